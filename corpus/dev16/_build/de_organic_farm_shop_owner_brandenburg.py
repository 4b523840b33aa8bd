"""dev16 persona (written blind as heldout22, session 4): heldout22 persona: Katrin Wendland, Bio-Gemüsehof mit Hofladen und Gemüsekiste im Oderbruch
(Brandenburg), 2026 export layout. Every message below is written by hand for this corpus.

Run: /work/main/.venv/bin/python corpus/dev16/_build/de_organic_farm_shop_owner_brandenburg.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-organic-farm-shop-owner-brandenburg"
OWNER = Person("me", "Katrin Wendland", "https://www.linkedin.com/in/katrin-wendland-gemuesehof",
               "Gemüsehof Wendland", "Inhaberin")
E = Export(SLUG, "2026", OWNER)
P = E.person
C = E.conv

# ---------------------------------------------------------------- people
P("anja", "Anja Berger", "", "UX Designerin", connected="2023-04-18")
P("moritz", "Moritz Kalinowski", "", "Lehrer", connected="2022-11-02")
P("deniz", "Deniz Aydın", "Restaurant Feldküche", "Küchenchef", connected="2024-06-10")
P("frank", "Frank Lehmann", "Kartonagen Lehmann GmbH", "Vertrieb Innendienst", connected="2019-03-15")
P("ines", "Ines Vogt", "Kita Pusteblume Pankow", "Leitung")
P("joerg", "Jörg Schimmelpfennig", "Hofkäserei Birkenhain", "Käsermeister", connected="2016-05-20")
P("andrei", "Andrei Popescu", "", "Saisonarbeiter / Gemüsebau")
P("marta", "Marta Nowak", "", "Erntehelferin", connected="2023-09-30")
P("sandra", "Sandra Kühn", "Grünes Land Personal", "Personalberaterin Agrar", connected="2025-01-08")
P("verband", "Thomas Reimann", "Bio-Anbauverband Märkische Erde e.V.", "Fachberatung Gemüsebau", connected="2015-02-11")
P("kreis", "Birgit Hoffmann", "Landkreis Märkisch-Oderland", "Wirtschaftsförderung", connected="2021-08-24")
P("landtech", "Uwe Krause", "Agrartechnik Seelow", "Werkstattleiter", connected="2017-04-03")
P("gast1", "Paula Seidel", "", "Projektmanagerin", connected="2024-09-15")
P("gast2", "Tobias Franke", "", "Softwareentwickler", connected="2022-07-01")
P("gast3", "Lena Hartwig", "", "Hebamme", connected="2025-05-12")
P("presse", "Michael Brandt", "Märkischer Bote", "Redakteur Lokales", connected="2020-10-06")
P("verband2", "Claudia Weiß", "Bio-Anbauverband Märkische Erde e.V.", "Veranstaltungen", connected="2018-01-19")
P("nachbar", "Holger Matthes", "Landwirtschaftsbetrieb Matthes", "Betriebsleiter", connected="2014-06-30")
P("lisa", "Lisa Engel", "", "Studentin Ökolandbau (HNE Eberswalde)", connected="2024-03-01")
P("studi", "Karl Neumann", "HNE Eberswalde", "Professor Ökolandbau", connected="2012-10-15")
P("noah", "Noah Fischer", "", "Student, Humboldt-Universität")
P("sam", "Sam O'Leary", "Little Fern Dining", "Head Chef", connected="2025-02-20")
P("aoife", "Aoife Byrne", "", "Farm volunteer")
P("steuer", "Renate Pohl", "Pohl & Partner Steuerberatung", "Steuerberaterin", connected="2016-01-12")
P("gutschein", "Heike Marquardt", "", "Rentnerin")
P("feld2", "Carsten Wolf", "Restaurant Feldküche", "Inhaber", connected="2024-06-12")
P("fahrer1", "Ronny Zielke", "Gemüsehof Wendland", "Auslieferung", connected="2020-04-01")
P("fahrer2", "Emre Kaya", "Gemüsehof Wendland", "Auslieferung (Minijob)", connected="2023-03-14")
P("markt", "Susanne Reich", "Markthalle Prenzlauer Berg", "Marktleitung", connected="2019-05-05")
P("foodcoop", "Jana Lorenz", "FoodCoop Wedding", "Einkauf (ehrenamtlich)")
P("catering", "Martin Scholz", "Scholz Catering Potsdam", "Geschäftsführer", connected="2021-03-09")
P("ernte", "Friederike Adam", "", "Ärztin")
P("schwester", "Birte Wendland", "", "Physiotherapeutin", connected="2013-05-01")

# wanted pitches
P("w_pack", "Vanessa Thiel", "Papierwerk Havelland", "Key Account Hofläden")
P("w_route", "Felix Brandes", "Tourenfuchs", "Gründer")
P("w_web", "Jonas Reuter", "", "Freiberuflicher Webentwickler")
P("w_water", "Stefan Ullrich", "Tropfwerk Bewässerung", "Fachberater Freiland")
P("w_kuehl", "Dirk Hempel", "Kältetechnik Hempel", "Inhaber")
P("w_laden", "Nadine Kraft", "Ladenbau Kraft", "Projektleitung")
P("w_datev", "Maximilian Ott", "KistenKasse", "Partner Success")
P("w_rec", "Yvonne Schubert", "AgrarTalente", "Recruiterin Gartenbau")
P("w_seed", "Gunnar Lindqvist", "Samenhaus Uckermark", "Sortenberatung")
P("w_photo", "Emma Richter", "", "Food-Fotografin")
P("w_tech", "Ralf Gebauer", "Landtechnik Gebauer", "Gebrauchtmaschinen")
P("w_bees", "Ole Svensson", "", "Imker (Nebenerwerb)")

# junk senders
P("j_seo", "Kevin Schulz", "WebBoost24", "Online Marketing Manager")
P("j_solar", "Patrick Meier", "SonnenErnte Energie", "Energieberater")
P("j_box", "Julia Hansen", "FrischKiste Direkt", "Partnerakquise")
P("j_cap", "Dennis Wagner", "Hofgewinn Marketing", "Geschäftsführer")
P("j_like", "Marcel Bauer", "", "Unternehmer | Mindset | Freiheit")
P("j_call", "Sebastian Krüger", "VertriebsTurbo", "Business Development")
P("j_ctp1", "Melanie Peters", "Social Harvest Agentur", "Social Media Beraterin",
  connected="2025-06-02", invite=("IN", "2025-06-02 07:55", "Hallo Katrin, tolle Bilder von deinem Hof! Lass uns vernetzen :)"))
P("j_ctp2", "Alexander Wolff", "GoldFuture Invest", "Vermögensberater",
  connected="2025-08-18", invite=("IN", "2025-08-18 19:12", "Guten Abend Frau Wendland, ich würde mich über eine Vernetzung freuen."))
P("j_ctp3", "Lukas Zimmermann", "AgriLead Solutions", "Account Manager",
  connected="2026-02-09", invite=("IN", "2026-02-09 08:30", ""))
P("j_bump1", "Sarah Klein", "Kassenprofi", "Vertrieb")
P("j_bump2", "Christian Roth", "LeadMaschine GmbH", "Head of Sales")
P("t1", "Daniel Hofmann", "Direktvermarkter Wachstum", "Coach")
P("t2", "Stefanie Brandt", "HofladenPlus", "Inhaberin")
P("t3", "Mario Schreiber", "Regional Erfolgreich", "Gründer")
P("t4", "Nicole Werner", "Landliebe Consulting", "Beraterin")
P("t5", "Jack Thompson", "FarmGrowth Agency", "Founder")
P("m1", "Florian Huber", "MailPilot", "Sales")
P("m2", "Katharina Busch", "Messe Grüne Tage", "Ausstellerbetreuung")
P("m3", "René Schäfer", "AgrarLeasing Direkt", "Finanzierungsberater")
P("m4", "Sven Jäger", "HygieneService Nord", "Vertrieb")
P("spon1", "AgrarSchutz Versicherung", "", "", url="https://www.linkedin.com/company/agrarschutz-versicherung")
P("spon2", "Traktorbank Leasing", "", "", url="https://www.linkedin.com/company/traktorbank-leasing")
P("award", "Tanja Frey", "Deutscher Genuss-Award", "Projektkoordination")
P("mag", "Oliver Lang", "Regional & Gut Magazin", "Anzeigenleitung")
P("pod", "Benjamin Koch", "Landwirtschaft Unplugged Podcast", "Gastakquise")
P("fluent", "Hannah Vogel", "Nachhaltig Digital", "Strategieberaterin")
P("g_pack", "Tim Berger", "PackMaxx", "Vertrieb Verpackung")
P("g_route", "Laura Schmitt", "FleetMaster Pro", "Sales Development")
P("g_water", "Jan Köhler", "AquaPlus Systeme", "Außendienst")
P("g_rec", "Michelle Wolf", "JobKraft Personal", "Personalvermittlerin")
P("g_photo", "Robin Graf", "BildStark Agentur", "Kundenberater")
P("mlm", "Sabine Lange", "", "Gesundheitscoach")
P("crypto", "Max Winter", "", "Krypto-Experte")
P("it", "Andreas Schwarz", "IT-Sicher24", "Vertrieb")
P("energy", "Philipp Braun", "StromSpar Partner", "Energiemakler")
P("eng", "Ryan Cooper", "GreenScale Ventures", "Partner")
P("g_web", "Dominik Schuster", "ShopSprint Agentur", "Projektberater")
P("g_seed", "Petra Köster", "Saatgut-Discount24", "Kundenservice")

# ================================================================ genuine
C("genuine", "box_customer_pause", "de", "Kistenkundin pausiert ihre Kiste im Urlaub", [
    ("anja", "2025-07-08 21:14", "Hallo Katrin, wir sind vom 21.7. bis 8.8. an der Ostsee. Kann ich die Kiste für die drei Wochen pausieren? Im Shop finde ich den Knopf nicht 🙈 Liebe Grüße aus Friedrichshain, Anja"),
    ("me", "2025-07-09 06:40", "Hallo Anja, hab ich für dich eingetragen, drei Wochen Pause. Ab 12.8. kommt sie wieder wie gewohnt. Schönen Urlaub!"),
    ("anja", "2025-07-09 07:02", "Danke dir!!"),
])
C("genuine", "box_customer_complaint", "de", "Kunde meldet fehlende Kartoffeln, freundlich", [
    ("moritz", "2025-10-03 18:30", "Moin Frau Wendland, in unserer Kiste heute waren keine Kartoffeln, stand aber auf dem Lieferschein. Kein Drama, wollte nur Bescheid sagen. Der Kürbis war übrigens der Hammer."),
    ("me", "2025-10-04 07:15", "Oh, das tut mir leid! Da hat beim Packen jemand geschlafen. Nächste Woche kommen 2 kg extra mit. Freut mich, dass der Hokkaido geschmeckt hat."),
])
C("genuine", "restaurant_quote_request", "de", "Berliner Restaurant fragt Angebot für wöchentliche Lieferung an", [
    ("deniz", "2025-04-14 10:45", "Hallo Katrin, wir haben uns auf dem Markt in der Markthalle unterhalten. Wir wollen ab Juni regionale Tomaten und Mangold fest auf die Karte nehmen. Könntest du mir ein Angebot machen für ca. 15 kg Tomaten (gern alte Sorten, gemischt) und 5 kg Mangold pro Woche, Lieferung dienstags nach Kreuzberg?"),
    ("me", "2025-04-14 20:10", "Hallo Deniz, schön von dir zu hören! Tomaten gemischt 5,80 €/kg, Mangold 4,20 €/kg netto, Lieferung dienstags ab 40 € Bestellwert frei Haus. Tomaten realistisch ab Mitte Juni, je nach Wetter. Passt das?"),
    ("deniz", "2025-04-15 09:30", "Passt. Carsten will noch auf die 5,80 drücken, aber ich sag ihm, dass die Dinger das wert sind 😄 Wir starten mit der ersten Lieferung, sobald du kannst."),
])
C("genuine", "vendor_price_change", "de", "Kartonagen-Lieferant kündigt Preiserhöhung der Kistenkartons an", [
    ("frank", "2025-11-20 13:00", "Sehr geehrte Frau Wendland, leider müssen wir zum 1. Januar die Preise für die Gemüsekartons (Format 40x30x20, bedruckt) um 7 % anpassen, bedingt durch die gestiegenen Papierpreise. Für Ihre Abnahmemenge von 2.000 Stück pro Quartal bedeutet das 0,94 € statt 0,88 € pro Karton. Wenn Sie noch im Dezember bestellen, gilt der alte Preis. Mit freundlichen Grüßen, Frank Lehmann"),
    ("me", "2025-11-20 19:45", "Hallo Herr Lehmann, danke für die Vorwarnung. Dann bitte 2.000 Stück noch zum alten Preis, Lieferung wie immer an den Hof."),
    ("frank", "2025-11-21 08:20", "Gern, ist notiert. Lieferung KW 50."),
])
C("genuine", "inbound_lead_kita", "de", "Kita möchte Gemüsekisten für Mittagessen kaufen", [
    ("ines", "2025-02-26 14:05", "Sehr geehrte Frau Wendland, wir sind eine Kita in Pankow mit 60 Kindern und kochen selbst. Unser Träger möchte mehr Bio und regional. Liefern Sie auch größere Mengen an Einrichtungen, und was würde das etwa kosten? Wir bräuchten zweimal die Woche Gemüse für ca. 70 Portionen."),
    ("me", "2025-02-26 19:30", "Liebe Frau Vogt, sehr gern! Für Einrichtungen machen wir eine Großkiste nach Saison, ca. 25 kg, 68 € netto, zweimal pro Woche nach Pankow ist machbar. Ich schicke Ihnen eine Liste, was wann verfügbar ist. Wollen Sie vorher mal mit den Erzieherinnen und ein paar Kindern auf den Hof kommen?"),
    ("ines", "2025-02-27 08:15", "Das wäre toll, die Kinder würden sich freuen! Ich melde mich wegen eines Termins im April."),
])
C("genuine", "peer_joint_offer", "de", "Nachbar-Käserei schlägt gemeinsame Käse-und-Gemüse-Kiste vor", [
    ("joerg", "2025-09-01 20:40", "Katrin, mir geht seit dem Hoffest was im Kopf rum: Eine gemeinsame Kiste, dein Gemüse plus 2 Stück Käse von uns, für Weihnachten. 39 € oder so. Du lieferst eh nach Berlin, ich mach die Käse-Etiketten. Was meinst du?"),
    ("me", "2025-09-02 06:50", "Jörg, gute Idee! Aber Kühlung ist das Problem, Ronny fährt ohne Kühlfahrzeug. Kriegen wir den Käse vakuumiert?"),
    ("joerg", "2025-09-02 07:30", "Klar, vakuumiert hält der locker. Lass uns Donnerstag mal rechnen, komm auf einen Kaffee rüber."),
    ("me", "2025-09-02 07:35", "Mach ich, nach der Ernte so um 14 Uhr."),
])
C("genuine", "seasonal_worker_applicant", "mixed", "Saisonarbeiter bewirbt sich auf Deutsch und Englisch", [
    ("andrei", "2026-01-12 17:20", "Guten Tag, mein Name ist Andrei, ich habe 3 Jahre Erfahrung bei Gemüse in Holland (Paprika, Gurken) and 1 year in Germany near Beelitz (asparagus). Ich suche Arbeit für Saison 2026, April bis Oktober. I have driving licence B. Haben Sie Platz?"),
    ("me", "2026-01-13 08:05", "Hallo Andrei, danke für die Nachricht. Yes, we need 2 people from April. Wir zahlen Mindestlohn plus Unterkunft im Hof (Zimmer zu zweit). Kannst du mir deine Telefonnummer schicken? Then we talk."),
    ("andrei", "2026-01-13 09:10", "Danke! My number is in your email. Bis bald."),
])
C("genuine", "seasonal_worker_returning", "de", "Erntehelferin fragt nach Terminen für nächste Saison", [
    ("marta", "2025-12-05 19:00", "Hallo Katrin, ich hoffe alles gut bei euch! Ich möchte gern nächstes Jahr wieder kommen. Wann fängt ihr an? Meine Schwester möchte auch kommen, sie hat Erfahrung mit Erdbeeren."),
    ("me", "2025-12-06 09:30", "Hallo Marta! Wie schön! Wir fangen am 7. April an. Deine Schwester ist herzlich willkommen, ich brauche eh noch jemanden. Grüße nach Poznań!"),
])
C("genuine", "recruiter_engaged", "de", "Personalberaterin, die sie beauftragt hat, meldet Kandidatin", [
    ("me", "2025-01-09 11:00", "Hallo Frau Kühn, danke für das Gespräch. Wie besprochen: Gärtner*in Gemüsebau (Vollzeit, unbefristet), Schwerpunkt Jungpflanzen und Folientunnel, ab März. Gehalt 2.900-3.200 brutto, Wohnung in Lindenhagen können wir vermitteln."),
    ("sandra", "2025-01-09 14:30", "Vielen Dank, Frau Wendland. Ich habe eine Kandidatin aus Sachsen im Kopf, die zurück aufs Land möchte. Ich melde mich nächste Woche."),
    ("sandra", "2025-01-17 10:10", "Guten Morgen, die Kandidatin (Frau M., Gärtnermeisterin, 8 J. Erfahrung) würde sich den Hof gern ansehen. Passt Ihnen der 24.1. vormittags?"),
    ("me", "2025-01-17 12:00", "24.1. um 10 Uhr passt. Gummistiefel mitbringen :)"),
])
C("genuine", "association_inspection", "de", "Anbauverband zur jährlichen Öko-Kontrolle", [
    ("verband", "2025-05-06 08:30", "Hallo Katrin, die jährliche Kontrolle ist dieses Jahr am 3. Juni. Bitte Saatgutbelege und Zukauflisten bereitlegen, vor allem die konventionellen Jungpflanzen mit Ausnahmegenehmigung vom letzten Frühjahr. Grüße, Thomas"),
    ("me", "2025-05-06 12:15", "Hi Thomas, 3.6. ist notiert. Die Ausnahmegenehmigung für die Sellerie-Jungpflanzen hab ich, liegt im Ordner."),
])
C("genuine", "landkreis_funding", "de", "Wirtschaftsförderung des Landkreises zu einem Förderaufruf", [
    ("kreis", "2025-03-18 10:00", "Sehr geehrte Frau Wendland, wie telefonisch besprochen: Der neue Aufruf zur Förderung regionaler Direktvermarktung läuft bis 30. April. Ihr Vorhaben (Kühlraum für den Hofladen) könnte passen. Ich habe Ihnen die Unterlagen per Mail geschickt. Bei Fragen gern melden."),
    ("me", "2025-03-18 13:40", "Vielen Dank, Frau Hoffmann! Ich setze mich am Wochenende dran und melde mich, falls ich beim Kostenplan hänge."),
])
C("genuine", "machinery_repair_quote", "de", "Landtechnik-Händler schickt Kostenvoranschlag für Reparatur", [
    ("me", "2025-04-02 07:10", "Moin Uwe, die Scharhacke hat's erwischt, ein Rahmenteil ist gerissen. Könnt ihr euch das diese Woche angucken? Brauch sie dringend für die Möhren."),
    ("landtech", "2025-04-02 08:45", "Moin Katrin, bring sie morgen früh vorbei. Schweißen plus neue Schare ca. 380 € plus MwSt., wenn's nur das Rahmenteil ist. Freitag fertig."),
    ("me", "2025-04-02 08:50", "Super, danke. Ronny bringt sie um 7."),
])
C("genuine", "vendor_price_change", "de", "Landtechnik-Werkstatt kündigt neue Stundensätze an", [
    ("landtech", "2025-12-15 16:00", "Hallo Katrin, kurze Info an unsere Stammkunden: Ab Januar kostet die Werkstattstunde 89 € statt 84 €, Anfahrt pauschal 45 €. Inspektionen vor der Saison bis Ende Februar gibt's noch zum alten Satz. Frohe Weihnachten schon mal!"),
    ("me", "2025-12-15 18:20", "Danke Uwe, dann meld ich den Schlepper für Februar zur Inspektion an. Euch auch frohe Weihnachten!"),
])
for key, when, text in [
    ("gast1", "2025-08-31 20:15", "Liebe Katrin, vielen Dank für das wunderschöne Hoffest gestern! Die Kinder reden nur noch von den Ziegen und vom Traktorfahren. Wir kommen nächstes Jahr auf jeden Fall wieder. Liebe Grüße, Paula"),
    ("gast2", "2025-08-31 21:02", "Hey Katrin, danke fürs Hoffest gestern, war richtig schön! Die Kartoffelsuppe war der Hit und die Führung über die Felder sehr spannend. Bis nächstes Jahr! Tobias"),
    ("gast3", "2025-09-01 07:30", "Hallo Katrin, danke für das tolle Hoffest! Wir haben den Tag so genossen, die Hofführung war super. Bis bald im Hofladen, Lena"),
]:
    C("genuine", "thanks_after_farm_festival", "de", f"fast gleicher Dank nach dem Hoffest ({key})", [
        (key, when, text),
        ("me", "2025-09-01 18:00", "Danke, dass ihr da wart! Freut mich riesig. Bis bald!"),
    ])
C("genuine", "journalist_story", "de", "Lokalredakteur möchte über die Gemüsekiste berichten", [
    ("presse", "2025-06-17 11:20", "Hallo Frau Wendland, wir planen eine Serie über Höfe im Oderbruch, die direkt nach Berlin liefern. Hätten Sie nächste Woche Zeit für ein Gespräch und ein paar Fotos auf dem Hof? Dauert etwa eine Stunde."),
    ("me", "2025-06-17 20:00", "Hallo Herr Brandt, gern. Mittwoch nach 15 Uhr, vormittags ist Ernte. Kommen Sie einfach auf den Hof, ich bin im Folientunnel."),
    ("presse", "2025-06-18 08:10", "Mittwoch 15:30, ich bringe den Fotografen mit. Danke!"),
])
C("genuine", "event_invite_contact", "de", "Verband lädt zur Wintertagung ein", [
    ("verband2", "2025-12-02 09:00", "Liebe Katrin, die Wintertagung Gemüsebau ist am 22./23. Januar in Eberswalde. Wir würden uns freuen, wenn du am Freitag kurz (10 Min) von euren Erfahrungen mit der Kiste im ersten Jahr mit eigener Tourenplanung erzählst. Mitglieder zahlen nichts, Übernachtung übernimmt der Verband."),
    ("me", "2025-12-02 21:10", "Hallo Claudia, mach ich gern. Schick mir bitte den Ablauf."),
])
C("genuine", "owner_started_neighbour", "de", "sie fragt den Nachbarn, ob sie die Dammfräse leihen kann", [
    ("me", "2025-04-22 06:30", "Moin Holger, brauchst du deine Dammfräse diese Woche? Meine Kartoffeln müssen rein und unsere ist noch bei Uwe in der Werkstatt."),
    ("nachbar", "2025-04-22 07:10", "Moin. Kannst sie Mittwoch holen, ich brauch sie erst Samstag wieder. Diesel auffüllen wär nett 😉"),
    ("me", "2025-04-22 07:12", "Logisch. Danke dir, hast was gut."),
])
C("genuine", "owner_started_former_intern", "de", "sie fragt eine ehemalige Praktikantin, ob sie wiederkommt", [
    ("me", "2025-02-03 19:00", "Hallo Lisa, wie läuft das Studium? Ich wollte fragen, ob du im Sommer wieder Lust hättest, diesmal als Werkstudentin, 2 Tage die Woche für die Kistenplanung?"),
    ("lisa", "2025-02-04 12:30", "Hallo Katrin!! Ja total gern! Ab Mitte Juni hätte ich Zeit, vorher sind Prüfungen."),
    ("me", "2025-02-04 18:45", "Perfekt, dann reden wir im Mai über die Details."),
])
C("genuine", "long_standing_contact", "de", "ehemaliger Professor, langjähriger Kontakt", [
    ("studi", "2016-06-10 10:00", "Liebe Frau Wendland, ich habe gehört, dass Sie den Hof übernommen haben. Herzlichen Glückwunsch und viel Erfolg! Ihre Diplomarbeit über Mischkulturen liegt übrigens immer noch bei mir im Regal."),
    ("me", "2016-06-10 21:00", "Lieber Herr Neumann, danke! Ich werde die Mischkulturen jetzt im Echten ausprobieren. Sie sind jederzeit eingeladen."),
    ("studi", "2021-09-02 14:15", "Ich komme gern mit meiner Exkursionsgruppe im Oktober vorbei, wenn es passt?"),
    ("me", "2021-09-02 20:30", "Sehr gern, wie immer!"),
    ("studi", "2025-10-08 09:20", "Es ist wieder Exkursionszeit. 18 Studierende, Donnerstag, den 23.10.? Wir bringen Kuchen mit."),
    ("me", "2025-10-08 12:00", "23.10. passt. Kuchen ist immer ein gutes Argument 😊"),
])
C("genuine", "foodcoop_in_spam", "de", "Anfrage einer FoodCoop, landete im Spam-Ordner", [
    ("foodcoop", "2025-05-26 22:40", "hallo! wir sind eine foodcoop im wedding (ca 40 haushalte) und suchen einen hof für gemüse, abholung wäre kein problem, wir haben ein lastenrad und ein auto. gebt ihr auch an foodcoops ab? lg jana"),
    ("me", "2025-06-02 07:30", "Hallo Jana, sorry, deine Nachricht war im Spam gelandet! Ja, machen wir gern. Ich schick dir unsere Großhandelsliste, Abholung ist freitags am Hofladen oder dienstags an unserer Berliner Packstation."),
], folder="SPAM")
C("genuine", "restaurant_english", "en", "English-speaking head chef asks about microgreens", [
    ("sam", "2025-03-04 15:30", "Hi Katrin, Deniz from Feldküche gave me your name. We're a small tasting-menu place in Neukölln. Do you grow any microgreens or edible flowers? We'd need small amounts weekly, maybe 500 g. Sorry my German is still terrible."),
    ("me", "2025-03-04 20:45", "Hi Sam, no worries! We do pea shoots, radish cress and nasturtium from May. Edible flowers (borage, calendula) June to September. I'll send you a price list in English."),
    ("sam", "2025-03-05 09:10", "Amazing, thank you!"),
])
C("genuine", "volunteer_applicant", "en", "Irish volunteer asks to help on the farm for the summer", [
    ("aoife", "2025-02-17 12:00", "Hello! I'm Aoife from Galway, I'm doing a gap year and I'd love to volunteer on an organic farm in Germany for 6-8 weeks this summer. I've worked on my uncle's farm (mostly sheep, but I'm not afraid of weeding!). Would you have space?"),
    ("me", "2025-02-18 07:40", "Hi Aoife, we have a caravan for volunteers in July/August. 5 mornings a week in exchange for food and accommodation. Can you send me a few lines about yourself by email?"),
])
C("genuine", "vendor_price_change", "de", "Steuerberaterin kündigt Honoraranpassung an", [
    ("steuer", "2025-10-22 09:45", "Liebe Frau Wendland, ab 2026 passen wir unsere Pauschale für die laufende Buchhaltung an: 265 € statt 240 € monatlich, die Jahresabschlusspauschale bleibt gleich. Hintergrund sind die neuen E-Rechnungspflichten. Bei Fragen rufen Sie mich gern an."),
    ("me", "2025-10-22 20:10", "Liebe Frau Pohl, danke für die Info, das ist in Ordnung. Muss ich wegen der E-Rechnung bei der Kistensoftware was umstellen?"),
    ("steuer", "2025-10-23 08:30", "Für Privatkunden nicht. Für die Restaurants und die Kita ja, ich schicke Ihnen eine Checkliste."),
])
C("genuine", "customer_voucher", "de", "ältere Kundin fragt nach einem Gutschein für die Enkelin", [
    ("gutschein", "2025-12-10 11:00", "Guten Tag Frau Wendland, meine Enkelin ist nach Berlin gezogen und ich würde ihr gern 3 Monate Gemüsekiste schenken. Geht das? Und wie bezahle ich das, ich habe kein PayPal. Mit freundlichem Gruß H. Marquardt"),
    ("me", "2025-12-10 18:30", "Liebe Frau Marquardt, das geht sehr gern! Sie können im Hofladen bar zahlen oder überweisen. Ich mache einen schönen Gutschein fertig, den können Sie Freitag abholen."),
    ("gutschein", "2025-12-11 09:00", "Wunderbar, dann komme ich Freitag vorbei."),
])
C("genuine", "restaurant_invoice", "de", "Restaurant-Inhaber zu einer Rechnung", [
    ("feld2", "2025-08-04 13:00", "Hallo Katrin, auf der Juli-Rechnung sind zweimal 15 kg Tomaten am 22.7. Wir hatten aber nur eine Lieferung. Kannst du mal schauen?"),
    ("me", "2025-08-04 19:20", "Hallo Carsten, stimmt, doppelt gebucht. Korrigierte Rechnung kommt morgen. Sorry!"),
    ("feld2", "2025-08-04 19:25", "Kein Ding. Die Tomaten waren übrigens wieder top."),
])
C("genuine", "delivery_team_group", "de", "Gruppe mit den Fahrern zur Touränderung", [
    ("me", "2025-11-03 06:00", "Morgen zusammen, wegen der Baustelle auf der B1 fährt Ronny diese Woche Pankow zuerst und dann Kreuzberg. Emre, du übernimmst Friedrichshain komplett."),
    ("fahrer1", "2025-11-03 06:12", "Alles klar Chefin"),
    ("fahrer2", "2025-11-03 06:40", "ok, brauch ich dann den großen Transporter?"),
    ("me", "2025-11-03 06:45", "Ja, der Caddy ist zu klein für die 38 Kisten."),
], title="Touren Berlin")
C("genuine", "friend_small_talk", "de", "Schwester, Smalltalk über Regen", [
    ("schwester", "2025-06-24 21:30", "Na, habt ihr endlich Regen abbekommen? Hier in Frankfurt (Oder) hat's eben geschüttet."),
    ("me", "2025-06-24 21:45", "12 Liter!! Ich hätte fast getanzt. Die Möhren danken es."),
    ("schwester", "2025-06-24 21:47", "Haha. Sonntag Kaffee bei Mama?"),
    ("me", "2025-06-24 21:50", "Wenn ich nicht im Hofladen stehe, ja."),
])
C("genuine", "market_price_change", "de", "Markthalle erhöht Standgebühr", [
    ("markt", "2025-09-15 10:00", "Liebe Händlerinnen und Händler, ab Januar 2026 beträgt die Standgebühr am Samstag 95 € statt 85 €. Die Strompauschale entfällt dafür. Wer seinen Stammplatz behalten möchte, gibt bitte bis 31.10. Bescheid. Viele Grüße, Susanne Reich"),
    ("me", "2025-09-15 19:00", "Hallo Susanne, wir behalten unseren Platz. Danke!"),
])
C("genuine", "thesis_interview", "de", "Student bittet um Interview für Abschlussarbeit", [
    ("noah", "2026-01-20 16:00", "Sehr geehrte Frau Wendland, ich schreibe meine Masterarbeit über Direktvermarktung zwischen Brandenburg und Berlin und würde Sie gern 30-45 Minuten interviewen (gern telefonisch). Wäre das im Februar möglich? Vielen Dank und viele Grüße, Noah Fischer"),
    ("me", "2026-01-20 20:30", "Hallo Herr Fischer, gern, im Februar ist es ruhiger. Schlagen Sie mir zwei Termine vor, am besten nachmittags."),
])
C("genuine", "inbound_lead_harvest_share", "de", "Interessentin will einen ganzen Ernteanteil kaufen", [
    ("ernte", "2026-02-11 21:00", "Hallo, Freundinnen von mir bekommen Ihre Kiste. Wir sind eine Hausgemeinschaft mit 5 Familien in Lichtenberg und würden gern gemeinsam etwas Größeres abnehmen, am liebsten für die ganze Saison im Voraus bezahlt. Bieten Sie so was an? Was würde das kosten?"),
    ("me", "2026-02-12 07:30", "Hallo Frau Adam, das klingt toll! Für eine Saison (April-November, wöchentlich) rechnen wir 1.150 € pro Haushalt bei großer Kiste, bei Vorauszahlung 5 % Rabatt. Lieferung an eine Adresse. Sollen wir mal telefonieren?"),
    ("ernte", "2026-02-12 08:10", "Ja gern, heute Abend?"),
])
C("genuine", "neighbour_wild_boar", "de", "Nachbar warnt wegen Wildschweinen", [
    ("nachbar", "2025-09-18 05:50", "Katrin, die Wildschweine waren heut Nacht in meinem Mais, die Rotte zieht Richtung deiner Kartoffeln. Zaun mal prüfen."),
    ("me", "2025-09-18 06:05", "Mist. Danke, guck ich gleich. Sag dem Jäger bitte auch Bescheid."),
])
C("genuine", "catering_quote", "de", "Catering fragt Angebot für eine Hochzeit an", [
    ("catering", "2025-07-22 14:00", "Hallo Frau Wendland, für eine Hochzeit am 20.9. in Potsdam bräuchten wir Kürbisse zur Deko (ca. 40 Stück, gemischt) und 30 kg Gemüse für das Buffet. Können Sie mir ein Angebot schicken? Abholung wäre möglich."),
    ("me", "2025-07-22 20:40", "Hallo Herr Scholz, Deko-Kürbisse 3,50 €/Stück, Gemüsemix fürs Buffet 3,90 €/kg, zusammen also ca. 257 € netto. Ende September haben wir Hokkaido, Butternut, Muskat und ein paar Zierkürbisse. Abholung am 19.9. ab 10 Uhr."),
    ("catering", "2025-07-23 09:00", "Perfekt, ist beauftragt. Danke!"),
])
C("genuine", "box_customer_thanks", "de", "Kundin bedankt sich für Rezeptzettel", [
    ("anja", "2025-11-14 19:30", "Katrin, der Rezeptzettel zur Steckrübe hat uns gerettet 😂 Ich hätte nie gedacht, dass ich Steckrübenpommes mag."),
    ("me", "2025-11-14 20:00", "Haha, das höre ich öfter! Nächste Woche kommt Pastinake, Rezept ist schon geschrieben."),
])

# ================================================================ wanted pitches
C("wanted_pitch", "packaging_from_post", "de", "Papiertüten-Hersteller bezieht sich auf ihren Post über Plastik in der Kiste", [
    ("w_pack", "2025-05-13 09:30", "Hallo Frau Wendland, in Ihrem Post letzte Woche schrieben Sie, dass Sie die Plastiktüten für Salat und Kräuter in der Kiste loswerden wollen, aber Papier bisher nach einem Tag durchweicht. Wir stellen in Rathenow beschichtete Papierbeutel mit Zellulose-Sichtfenster her, die Feuchtigkeit zwei bis drei Tage halten, heimkompostierbar. Für Ihre ca. 350 Kisten pro Woche würde ich Ihnen gern 200 Muster in zwei Größen kostenlos schicken, dann sehen Sie selbst, ob der Salat durchhält."),
    ("me", "2025-05-13 20:10", "Hallo Frau Thiel, ja bitte! Genau das Problem. Adresse steht auf der Website."),
])
C("wanted_pitch", "route_software_after_talk", "de", "Tourenplanungs-Gründer war bei ihrem Vortrag in Eberswalde", [
    ("w_route", "2026-01-26 11:00", "Hallo Katrin, ich war bei der Wintertagung am Freitag und habe deinen Kurzvortrag gehört. Du hast erzählt, dass ihr die Berliner Touren jeden Montag in Excel neu sortiert, weil Kunden pausieren, und dass die Fahrer trotzdem kreuz und quer fahren. Genau dafür bauen wir Tourenfuchs, ein kleines Tool für Höfe mit Kisten-Lieferung: liest die Pausen aus eurem Shop-Export und macht daraus Touren fürs Handy der Fahrer. Wir sind zu dritt in Eberswalde. Hättest du Lust, es einen Monat kostenlos mit einer eurer Touren zu testen?"),
    ("me", "2026-01-26 20:30", "Hallo Felix, klingt interessant. Ich hab aber wenig Zeit zum Einrichten. Wie viel Aufwand ist das?"),
    ("w_route", "2026-01-27 08:15", "Einrichten machen wir. Du schickst uns einmal den Export, den Rest machen wir."),
])
C("wanted_pitch", "webshop_fix_site_visit", "de", "Webentwickler hat ihren Shop ausprobiert und nennt konkrete Fehler", [
    ("w_web", "2025-03-27 13:00", "Hallo Frau Wendland, ich bin seit Herbst Kistenkunde bei Ihnen (Prenzlauer Berg) und Webentwickler. Zwei Dinge im Shop nerven mich als Kunde, und vermutlich nicht nur mich: Man kann die Kiste nur per Mail pausieren, und der Bestellschluss 'Sonntag 18 Uhr' wird auf dem Handy nirgends angezeigt. Beides lässt sich in Ihrem Shopsystem mit einem Plugin lösen. Ich würde es für 600 € einbauen, oder gegen Gemüsekisten, ehrlich gesagt :)"),
    ("me", "2025-03-27 19:45", "Haha, das mit den Gemüsekisten gefällt mir. Die Pause-Mails kosten mich jede Woche eine Stunde. Rufen Sie mich an?"),
])
C("wanted_pitch", "irrigation_specific_problem", "de", "Bewässerungsfirma benennt ihre konkrete Beregnungssituation", [
    ("w_water", "2025-07-02 08:00", "Guten Morgen Frau Wendland, im Artikel im Märkischen Boten stand, dass Sie Ihre 4 ha Freilandgemüse auf Sandboden aus einem einzigen Brunnen beregnen und im Juni nachts mit dem Umsetzen der Regner beschäftigt waren. Wir planen Tropfbewässerung mit Bodenfeuchtesensoren für Gemüsebaubetriebe in Brandenburg; bei Ihrem Boden spart das meist 30-40 % Wasser, und keiner muss nachts raus. Ich würde mir gern kostenlos den Brunnen und die Schläge ansehen und eine grobe Kostenschätzung machen."),
    ("me", "2025-07-02 21:00", "Hallo Herr Ullrich, das Nachts-Rausmüssen ist wirklich der Punkt. Kommen Sie gern nächste Woche vorbei, Dienstag?"),
])
C("wanted_pitch", "cold_room_mutual_contact", "de", "Kältetechniker kommt auf Empfehlung von Jörg (Hofkäserei)", [
    ("w_kuehl", "2025-03-24 17:30", "Hallo Frau Wendland, Jörg Schimmelpfennig von der Hofkäserei Birkenhain meinte, Sie planen einen Kühlraum für den Hofladen und haben einen Förderantrag beim Landkreis laufen. Wir haben bei Jörg vor zwei Jahren die Reifekammer gebaut. Für den Antrag brauchen Sie ein Angebot mit Energieeffizienzklasse, das kann ich Ihnen bis Ende nächster Woche schicken, wenn Sie mir die Maße durchgeben."),
    ("me", "2025-03-24 20:00", "Hallo Herr Hempel, das kommt wie gerufen! Raum ist 3 x 2,5 m, Höhe 2,40. Ich schick Ihnen ein Foto."),
])
C("wanted_pitch", "shopfitting_from_funding_notice", "de", "Ladenbauer hat den Förderbescheid im Amtsblatt gesehen", [
    ("w_laden", "2025-08-12 10:10", "Sehr geehrte Frau Wendland, im Amtsblatt des Landkreises wurde die Förderung für den Umbau Ihres Hofladens in Lindenhagen veröffentlicht, herzlichen Glückwunsch! Wir sind ein kleiner Ladenbauer aus Bad Freienwalde und haben drei Hofläden in der Region eingerichtet (Regale aus heimischer Kiefer, Gemüsekisten-Präsentation). Falls Sie noch Angebote für die Einrichtung einholen müssen, was der Bescheid ja meist verlangt, würden wir gern eines abgeben."),
])
C("wanted_pitch", "accounting_link_for_her_tools", "de", "Software-Partner kennt ihr Setup aus Shopsystem und Kartenterminal", [
    ("w_datev", "2025-10-28 14:00", "Hallo Frau Wendland, Frau Pohl (Ihre Steuerberaterin) hat erwähnt, dass Sie die Kistenbestellungen aus dem Shop und die Kartenzahlungen aus dem Hofladen jeden Monat händisch für die Buchhaltung zusammenführen. KistenKasse verbindet genau diese beiden Quellen und erzeugt einen Export, den Pohl & Partner direkt übernehmen kann, E-Rechnungen für Ihre Restaurantkunden inklusive. 19 € im Monat, monatlich kündbar. Frau Pohl kennt das Tool von zwei anderen Mandanten."),
    ("me", "2025-10-28 20:20", "Interessant. Ich frag Frau Pohl morgen und melde mich."),
])
C("wanted_pitch", "recruiter_candidate_for_job_ad", "de", "Agrar-Recruiterin hat eine passende Kandidatin zu ihrer Stellenanzeige", [
    ("w_rec", "2025-11-05 09:00", "Hallo Frau Wendland, ich habe Ihre Anzeige für eine*n Vorarbeiter*in Gemüsebau auf der Jobbörse des Verbands gesehen. Ich betreue gerade eine Gärtnerin (Fachrichtung Gemüse, 6 Jahre Bio-Betrieb bei Leipzig, Führerschein T), die mit Partner ins Oderbruch ziehen möchte. Honorar nur bei Einstellung, 15 % eines Jahresgehalts. Soll ich Ihnen das anonymisierte Profil schicken?"),
    ("me", "2025-11-05 12:30", "Ja, gern schicken."),
])
C("wanted_pitch", "seed_supplier_from_press", "de", "Saatgutfirma bezieht sich auf Zeitungsartikel über alte Sorten", [
    ("w_seed", "2025-06-30 15:00", "Hej Frau Wendland, ich habe im Märkischen Boten gelesen, dass Ihre Kunden nach den gestreiften Tomaten fragen, Sie aber Probleme mit Samenfestigkeit und Krautfäule hatten. Wir vermehren in der Uckermark samenfeste Sorten, darunter zwei gestreifte Fleischtomaten, die bei uns im Freiland spät Krautfäule bekommen haben. Ich schicke Ihnen gern Probetütchen für die nächste Saison. Viele Grüße aus Templin, Gunnar Lindqvist"),
    ("me", "2025-07-01 06:30", "Sehr gerne! Die Krautfäule war dieses Jahr wieder schlimm."),
])
C("wanted_pitch", "photographer_customer", "en", "food photographer who is a box customer offers photos for the shop", [
    ("w_photo", "2025-09-09 18:00", "Hi Katrin, I'm one of your box customers in Schöneberg (sorry, my German is only good enough for recipes). I'm a food photographer, and I noticed the product photos in your webshop are from 2019 or so and half the vegetables don't match what arrives now. I'd love to do a morning on the farm and shoot the autumn range for the shop and your Instagram. 450 € for 30 edited images, or part of it in boxes if that helps."),
    ("me", "2025-09-09 21:00", "Hi Emma, you're right, they're ancient 😅 Let's do it, early October when the squash is in?"),
])
C("wanted_pitch", "used_machine_for_her_tractor", "de", "Gebrauchtmaschinenhändler mit passender Hacke für ihren Schlepper", [
    ("w_tech", "2026-02-17 10:00", "Hallo Frau Wendland, Uwe Krause aus Seelow hat erzählt, dass Ihre alte Scharhacke letztes Frühjahr gerissen ist und Sie mit dem Fendt 208 und 50er Reihenabstand bei den Möhren arbeiten. Ich habe gerade eine gebrauchte Fingerhacke mit genau dieser Spurweite reinbekommen, Zustand gut, 4.200 € netto. Bevor sie online geht, wollte ich sie Ihnen anbieten. Fotos schicke ich gern."),
    ("me", "2026-02-17 12:00", "Hallo Herr Gebauer, schicken Sie mal Fotos. Kann ich die anschauen kommen?"),
])
C("wanted_pitch", "beekeeper_visited_farm", "de", "Imker war im Hofladen und möchte Bienenvölker aufstellen", [
    ("w_bees", "2026-03-02 19:30", "Hallo Frau Wendland, ich war am Samstag im Hofladen und habe gesehen, dass Sie am Feldrand die Blühstreifen mit Phacelia angelegt haben. Ich bin Imker in Letschin und suche Standplätze für 6 Völker. Vorschlag: Ich stelle sie an Ihren Blühstreifen auf, Sie bekommen Bestäubung für Kürbis und Zucchini und 20 Gläser Honig im Jahr für den Hofladen, den Rest können Sie zu Einkaufspreis verkaufen, wenn Sie mögen."),
    ("me", "2026-03-03 07:15", "Hallo Herr Svensson, das klingt nach einem guten Tausch! Kommen Sie gern mal vorbei, dann zeig ich Ihnen die Ecke."),
])

# ================================================================ junk
C("junk", "generic_seo_pitch", "de", "generisches SEO-Angebot", [
    ("j_seo", "2025-04-07 06:00", "Hallo Frau Wendland,\n\nwussten Sie, dass 93 % aller Kaufentscheidungen online beginnen? Mit WebBoost24 bringen wir Ihr Unternehmen auf Seite 1 bei Google. Garantiert.\n\nDarf ich Ihnen eine kostenlose Analyse schicken?\n\nBeste Grüße\nKevin Schulz"),
])
C("junk", "off_topic_solar", "de", "themenfremdes Solarangebot für Privathaus", [
    ("j_solar", "2025-05-20 12:30", "Guten Tag Frau Wendland, jetzt noch von der Förderung profitieren: Balkonkraftwerk + Speicher ab 0 € Anzahlung! Sparen Sie bis zu 40 % Stromkosten in Ihrem Eigenheim. Soll ich Ihnen unverbindlich ein Angebot erstellen?"),
])
C("junk", "offers_her_own_product", "de", "Kisten-Lieferdienst bietet ihr ausgerechnet Gemüsekisten an", [
    ("j_box", "2025-06-16 10:00", "Hallo Katrin,\n\nfrisches Bio-Gemüse direkt vor die Haustür! Mit FrischKiste Direkt erhältst du jede Woche saisonale Kisten von Höfen aus der Region. Als Neukundin bekommst du 50 % Rabatt auf die ersten drei Kisten. Code: HOF50\n\nGuten Appetit!\nJulia"),
])
C("junk", "capacity_for_new_clients", "de", "Agentur fragt, ob sie Kapazität für neue Kunden hat", [
    ("j_cap", "2025-07-14 09:00", "Hallo Frau Wendland, kurze Frage: Hätten Sie Kapazitäten für 30-50 neue Abokunden im nächsten Quartal? Wir bringen Direktvermarktern planbar neue Kunden über Meta-Ads. Lohnt sich ein kurzer Austausch?"),
])
C("junk", "like_minded_entrepreneurs", "de", "Vernetzen unter Gleichgesinnten", [
    ("j_like", "2025-08-05 22:10", "Hey Katrin 🙌 Ich vernetze mich gerade mit gleichgesinnten Unternehmer*innen, die mehr wollen als das Hamsterrad. Ich habe eine kleine Community aufgebaut, in der wir uns gegenseitig pushen. Hättest du Lust, mehr zu erfahren?"),
])
C("junk", "quick_15_minute_call", "de", "kurzer 15-Minuten-Call ohne Inhalt", [
    ("j_call", "2025-09-22 11:00", "Hallo Frau Wendland, hätten Sie diese Woche 15 Minuten für einen kurzen Call? Ich habe eine Idee, wie der Gemüsehof Wendland seinen Umsatz noch dieses Jahr deutlich steigern kann. Wie sieht es Donnerstag aus?"),
    ("j_call", "2025-09-29 11:00", "Hallo Frau Wendland, ich schiebe meine Nachricht nochmal nach oben. Passt Donnerstag oder Freitag?"),
])
C("junk", "connect_then_pitch", "de", "Social-Media-Agentur: Smalltalk, sie antwortet, Pitch in Nachricht 3", [
    ("j_ctp1", "2025-06-02 08:30", "Danke fürs Vernetzen, Katrin! Wie läuft die Saison bisher? Ich stell mir das gerade super stressig vor mit dem trockenen Frühjahr."),
    ("me", "2025-06-02 20:15", "Hallo Melanie, ja, ziemlich trocken, aber wir kommen klar. Danke der Nachfrage!"),
    ("j_ctp1", "2025-06-02 20:40", "Das freut mich! Ich hab mir euren Instagram-Account angeschaut, da steckt so viel Potenzial drin 🌱 Wir übernehmen für Höfe das komplette Social Media, 12 Posts + 8 Reels im Monat ab 890 €. Magst du ein kostenloses Strategiegespräch?"),
])
C("junk", "connect_then_pitch", "de", "Finanzberater: Smalltalk, dann Anlageprodukt in Nachricht 2", [
    ("j_ctp2", "2025-08-18 19:40", "Guten Abend Frau Wendland, vielen Dank für die Annahme. Sie haben ja einen wunderschönen Betrieb, ich komme selbst vom Land."),
    ("j_ctp2", "2025-08-19 08:00", "Gerade Selbstständige wie Sie denken oft zu spät an die Altersvorsorge. Mit unserem Goldsparplan sichern Sie Ihr Vermögen inflationsgeschützt ab. Darf ich Ihnen die Unterlagen zusenden?"),
])
C("junk", "connect_then_pitch", "de", "Leadgenerierung: nach Vernetzung Kompliment, dann Pitch mit Nachfass", [
    ("j_ctp3", "2026-02-09 09:00", "Hallo Katrin, cool, dass wir jetzt vernetzt sind! Bio aus Brandenburg, find ich klasse."),
    ("j_ctp3", "2026-02-11 09:00", "Kurz zu mir: Wir generieren für landwirtschaftliche Betriebe B2B-Leads (Großküchen, Gastro, Handel) über automatisierte LinkedIn-Kampagnen. Erstes Gespräch kostenlos. Interesse?"),
    ("j_ctp3", "2026-02-18 09:00", "Hallo Katrin, nur ein kurzes Follow-up 🙂"),
])
C("junk", "followup_bumps", "de", "Kassensystem-Vertrieb mit Nachfassen ohne Antwort", [
    ("j_bump1", "2025-03-03 08:00", "Hallo Frau Wendland, ist Ihre Kasse schon fit für die neue Belegpflicht? Kassenprofi bietet TSE-konforme Kassensysteme ab 29 €/Monat. Darf ich Ihnen ein Angebot machen?"),
    ("j_bump1", "2025-03-10 08:00", "Hallo Frau Wendland, ich wollte nochmal an meine Nachricht erinnern."),
    ("j_bump1", "2025-03-24 08:00", "Hallo Frau Wendland, soll ich das Thema schließen? Kurzes Ja/Nein genügt."),
])
C("junk", "followup_bumps", "de", "Leadagentur mit mehrfachen Erinnerungen", [
    ("j_bump2", "2025-10-06 07:30", "Frau Wendland, wir haben für einen Kunden aus der Lebensmittelbranche 240 qualifizierte Anfragen in 90 Tagen erzeugt. Soll ich Ihnen die Fallstudie schicken?"),
    ("j_bump2", "2025-10-13 07:30", "Kurze Erinnerung an die Fallstudie 🙂"),
    ("j_bump2", "2025-10-27 07:30", "Letzter Versuch: Ist jemand anderes bei Ihnen für Vertrieb zuständig?"),
])
C("junk", "template_direct_marketing_coach", "de", "Vorlage 1/5: Direktvermarkter-Coaching", [
    ("t1", "2025-04-28 09:10", "Hallo Katrin, ich bin auf dein Profil gestoßen und finde richtig stark, was du mit deinem Hof aufbaust. Ich helfe Direktvermarktern, jeden Monat 20-40 neue Stammkunden zu gewinnen, ohne Marktstand und ohne Flyer. Wärst du offen für ein kurzes Gespräch, ob das passen könnte?"),
])
C("junk", "template_direct_marketing_coach", "de", "Vorlage 2/5: Direktvermarkter-Coaching", [
    ("t2", "2025-06-23 10:00", "Hallo Frau Wendland, ich bin über Ihr Profil gestolpert und bin beeindruckt, was Sie mit Ihrem Hofladen aufgebaut haben. Wir helfen Hofläden, monatlich 30-50 neue Stammkunden zu gewinnen, ohne Zeitungsanzeigen und ohne Flyer. Wären Sie offen für ein kurzes Gespräch, ob das passt?"),
])
C("junk", "template_direct_marketing_coach", "de", "Vorlage 3/5: Direktvermarkter-Coaching", [
    ("t3", "2025-08-26 15:30", "Hey Katrin! Bin auf dein Profil gestoßen und finde mega, was du mit deinem Betrieb machst. Ich unterstütze regionale Erzeuger dabei, jeden Monat 25+ neue Abo-Kunden zu gewinnen, ganz ohne Marktstand oder Werbeblättchen. Offen für einen kurzen Austausch, ob das für dich passt?"),
])
C("junk", "template_direct_marketing_coach", "de", "Vorlage 4/5: Direktvermarkter-Coaching", [
    ("t4", "2025-11-10 08:45", "Liebe Katrin, ich bin auf dein Profil gestoßen und war beeindruckt von deiner Arbeit in der Landwirtschaft. Ich begleite Frauen in der Landwirtschaft dabei, monatlich 20-30 neue Stammkunden zu gewinnen, ohne Flyer und ohne Messen. Hast du Lust auf ein kurzes Kennenlerngespräch?"),
])
C("junk", "template_direct_marketing_coach", "en", "template 5/5 in English: direct-marketing coaching", [
    ("t5", "2026-01-27 11:00", "Hi Katrin, I came across your profile and was really impressed by what you're building with your farm. We help direct-to-consumer farms get 30-50 new subscribers every month, no markets and no flyers needed. Would you be open to a quick chat to see if it's a fit?"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("m1", "2025-07-29 06:00", "Hallo {{Vorname}},\n\nmit MailPilot versenden Sie Newsletter, die wirklich gelesen werden. Jetzt 30 Tage kostenlos testen!\n\nViele Grüße\nFlorian"),
])
C("junk", "merge_tag_failure", "de", "Messe-Angebot mit [Firma]-Platzhalter", [
    ("m2", "2025-09-08 09:00", "Sehr geehrte Damen und Herren von [Firma],\n\nsichern Sie sich jetzt Ihren Stand auf den Grünen Tagen 2026! Frühbucherpreis 1.890 € für 9 m². Anmeldeschluss 30.9.\n\nMit freundlichen Grüßen\nKatharina Busch"),
])
C("junk", "merge_tag_failure", "de", "Leasing-Angebot mit falschem Namen und Firma", [
    ("m3", "2025-12-01 10:30", "Hallo Frau Wendler, für den Milchviehbetrieb Wendler GmbH haben wir attraktive Leasingkonditionen für Melkroboter und Futtermischwagen. Darf ich Ihnen ein Angebot zukommen lassen?"),
])
C("junk", "merge_tag_failure", "de", "Hygiene-Service mit falscher Branche und leerem Platzhalter", [
    ("m4", "2026-02-24 13:30", "Guten Tag Frau Wendland, als Restaurant in %CITY% kennen Sie die Anforderungen an Hygiene und Schädlingsbekämpfung. HygieneService Nord bietet Rundum-Verträge ab 59 €/Monat. Darf ich einen Termin vorschlagen?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Agrarversicherung", [
    ("spon1", "2025-05-05 12:00", "<p>Hallo Katrin,</p><p>Hagel, Dürre, Starkregen: Schützen Sie Ihre Ernte mit der <strong>AgrarSchutz Mehrgefahrenversicherung</strong>. Jetzt Beitrag in 2 Minuten berechnen.</p><p><a href=\"https://example.com\">Zum Rechner</a></p>"),
], title="Sponsored Conversation", subject="Ihre Ernte, abgesichert")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Traktor-Leasing", [
    ("spon2", "2025-10-20 12:00", "<p>Hallo Katrin,</p><p>Neuer Schlepper ohne Eigenkapital? Leasing ab 0,9 % &ndash; Zusage in 24 Stunden.</p><p>Jetzt Angebot sichern.</p>"),
], title="Sponsored Conversation", subject="Leasing ab 0,9 %")
C("junk", "paid_award", "de", "kostenpflichtiger Award", [
    ("award", "2025-08-18 08:00", "Sehr geehrte Frau Wendland,\n\nherzlichen Glückwunsch! Der Gemüsehof Wendland wurde von unserer Jury für den Deutschen Genuss-Award 2025 in der Kategorie 'Hofladen des Jahres' nominiert. Um Ihre Auszeichnung zu bestätigen und das Siegel für Ihre Kommunikation nutzen zu dürfen, fällt eine einmalige Lizenzgebühr von 1.490 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag.\n\nMit besten Grüßen\nTanja Frey"),
])
C("junk", "paid_feature", "de", "bezahltes Advertorial im Magazin", [
    ("mag", "2025-10-01 10:00", "Hallo Frau Wendland, für unsere Sonderausgabe 'Die besten Höfe Brandenburgs' möchten wir Ihren Betrieb gern auf einer Doppelseite porträtieren. Die redaktionelle Präsentation inkl. Fotograf kostet 2.300 € netto (statt 3.400 €). Nur noch 4 Plätze frei!"),
])
C("junk", "paid_podcast", "de", "Podcast-Gastplatz gegen Gebühr", [
    ("pod", "2025-12-08 15:00", "Hi Katrin! Wir würden dich gern als Gast in 'Landwirtschaft Unplugged' haben 🎙️ (Top 10 in Agrar!). Unser Gastpaket für 490 € enthält das Interview, 5 Clips für Social Media und einen Newsletter-Beitrag. Sollen wir dir einen Termin im Januar reservieren?"),
])
C("junk", "fluent_generic_named_company", "de", "glatter Pitch nennt ihre Firma, passt aber auf jeden", [
    ("fluent", "2025-06-30 09:30", "Liebe Frau Wendland,\n\nder Gemüsehof Wendland steht für Werte, die heute wichtiger sind denn je: Nachhaltigkeit, Regionalität und Verantwortung. Genau deshalb schreibe ich Ihnen. Mit unserer ganzheitlichen Digitalstrategie machen wir nachhaltige Unternehmen wie den Gemüsehof Wendland sichtbar, von der Markenpositionierung über Content bis zur Conversion-Optimierung.\n\nWäre ein unverbindliches Kennenlernen in den nächsten Tagen für Sie interessant?\n\nHerzliche Grüße\nHannah Vogel"),
])
C("junk", "generic_packaging", "de", "generisches Verpackungsangebot (Gegenstück zu Papierwerk)", [
    ("g_pack", "2025-05-27 07:15", "Sehr geehrte Damen und Herren, PackMaxx ist Ihr Partner für Verpackungen aller Art: Kartons, Folien, Versandtaschen, Füllmaterial. Über 5.000 Artikel ab Lager. Fordern Sie jetzt unseren Katalog an!"),
])
C("junk", "generic_route_software", "de", "generische Flottensoftware (Gegenstück zu Tourenfuchs)", [
    ("g_route", "2026-02-02 11:00", "Hallo Frau Wendland, optimieren Sie Ihr Flottenmanagement mit FleetMaster Pro: GPS-Tracking, Fahrtenbuch, Tankkarten-Integration. Über 10.000 Fahrzeuge vertrauen uns. Kann ich Ihnen eine Demo zeigen?"),
    ("g_route", "2026-02-09 11:00", "Hallo Frau Wendland, kurze Erinnerung an meine Nachricht von letzter Woche."),
])
C("junk", "generic_irrigation", "de", "generisches Bewässerungsangebot (Gegenstück zu Tropfwerk)", [
    ("g_water", "2025-07-21 08:45", "Guten Tag, AquaPlus bietet Bewässerungssysteme für Garten, Landschaft und Landwirtschaft. Jetzt 15 % Sommerrabatt auf alle Regner und Pumpen! Hier geht's zum Shop."),
])
C("junk", "generic_recruiter", "de", "Personalvermittlung mit unpassenden Stellen (Gegenstück zu AgrarTalente)", [
    ("g_rec", "2025-11-24 12:30", "Hallo Katrin, ich habe spannende Jobangebote für dich! Aktuell suchen wir Lagerhelfer (m/w/d) in Ludwigsfelde, Kommissionierer in Schönefeld und Staplerfahrer in Berlin-Spandau. Attraktive Bezahlung. Schick mir gern deinen Lebenslauf!"),
])
C("junk", "generic_photo_agency", "de", "generische Fotoagentur (Gegenstück zur Fotografin)", [
    ("g_photo", "2025-09-29 11:00", "Hallo Frau Wendland, professionelle Bilder verkaufen besser! BildStark erstellt Produktfotos, Imagefilme und Drohnenaufnahmen für Unternehmen jeder Größe. Jetzt unverbindlich Angebot anfordern."),
])
C("junk", "mlm", "de", "Network-Marketing", [
    ("mlm", "2025-06-29 20:20", "Hallo Liebes 💚 Ich sehe, du bist eine starke Frau, die viel arbeitet! Ich habe ein Produkt gefunden, das meine Gesundheit UND meine Finanzen verändert hat. Magst du hören, wie du dir nebenbei ein Einkommen aufbauen kannst? Ganz unverbindlich 😊"),
])
C("junk", "off_topic_crypto", "de", "Krypto-Pitch", [
    ("crypto", "2025-11-11 06:30", "Hallo Katrin, ich habe mit einer KI-Trading-Strategie in 6 Monaten 340 % gemacht. Ich nehme noch 5 Leute in meine private Gruppe auf. Interesse?"),
])
C("junk", "generic_it_security", "de", "generischer IT-Sicherheits-Pitch", [
    ("it", "2026-01-05 09:00", "Frohes neues Jahr, Frau Wendland! Ist Ihr Unternehmen vor Cyberangriffen geschützt? IT-Sicher24 bietet Managed Security, Backup und Firewall für KMU. Lassen Sie uns einen 15-minütigen Termin vereinbaren."),
])
C("junk", "off_topic_energy", "de", "Strommakler-Pitch", [
    ("energy", "2025-09-15 07:45", "Guten Tag Frau Wendland, Gewerbestrom zu teuer? Wir vergleichen über 800 Anbieter und sparen Ihnen bis zu 30 %. Senden Sie mir einfach Ihre letzte Jahresabrechnung."),
])
C("junk", "generic_investor_english", "en", "English investor pitch, vague partnership", [
    ("eng", "2025-10-14 16:00", "Hi Katrin, we're a fund investing in sustainable food businesses across Europe. We'd love to explore synergies and a potential partnership with your company. Are you open to a 15-minute intro call next week? Our onboarding fee for the accelerator is €2,500, fully refundable on investment."),
])
C("junk", "generic_webshop_agency", "de", "generische Shop-Agentur (Gegenstück zum Webentwickler)", [
    ("g_web", "2025-04-15 08:20", "Hallo Frau Wendland, Ihr Onlineshop könnte so viel mehr! ShopSprint baut moderne, conversionstarke Shops in nur 14 Tagen, inkl. SEO und Zahlungsanbindung. Jetzt kostenloses Erstgespräch buchen: Nur diesen Monat 20 % Rabatt."),
])
C("junk", "generic_seed_mass_mail", "de", "Massenmail eines Saatgut-Discounters (Gegenstück zum Samenhaus)", [
    ("g_seed", "2025-12-29 07:00", "Liebe Gartenfreundin, lieber Gartenfreund! Die neue Saison kommt bestimmt: Sichern Sie sich jetzt 25 % auf über 3.000 Sorten Blumen-, Gemüse- und Rasensamen. Gratis-Versand ab 30 €. Ihr Team von Saatgut-Discount24"),
])

if __name__ == "__main__":
    E.write(HERE.parents[1] / SLUG,
            {"First Name": "Katrin", "Last Name": "Wendland",
             "Headline": "Bio-Gemüsebau im Oderbruch | Hofladen & Gemüsekiste für Berlin",
             "Summary": "Seit 2016 bewirtschafte ich den Gemüsehof Wendland in Lindenhagen: 6 ha Bio-Gemüse, "
                        "Hofladen (Fr/Sa) und die Oderbruch-Kiste, die wir jede Woche nach Berlin liefern. "
                        "Mitglied im Bio-Anbauverband Märkische Erde.",
             "Industry": "Farming", "Zip Code": "15328",
             "Geo Location": "Märkisch-Oderland, Brandenburg, Deutschland",
             "Websites": "[COMPANY:gemuesehof-wendland.de]"},
            [{"Company Name": "Gemüsehof Wendland", "Title": "Inhaberin",
              "Description": "Bio-Gemüsebau, Hofladen und Gemüsekisten-Lieferung nach Berlin.",
              "Location": "Lindenhagen, Brandenburg", "Started On": "Apr 2016", "Finished On": ""},
             {"Company Name": "Gärtnerei Sonnenfeld", "Title": "Gärtnerin Gemüsebau",
              "Description": "", "Location": "Potsdam", "Started On": "Sep 2011", "Finished On": "Mar 2016"}],
            ["Ökologischer Landbau", "Gemüsebau", "Direktvermarktung", "Hofladen", "Solawi",
             "Jungpflanzenanzucht"])
    print(E.summary())

"""Persona: self-employed event and stage-lighting technician in Hamburg (2026 layout, mostly German).

Written blind to the detector (dev27, session 4). Every message text below is hand-written.
Run: /work/main/.venv/bin/python corpus/dev27/_build/de_event_technician_freelancer_hamburg.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-event-technician-freelancer-hamburg"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Wiebke Thormählen", "https://www.linkedin.com/in/wiebke-thormaehlen-licht",
               "Thormählen Licht & Bühne", "Selbstständige Veranstaltungstechnikerin")
ex = Export(SLUG, "2026", owner)
P = ex.person
G, W, J = "genuine", "wanted_pitch", "junk"

# ---------------------------------------------------------------- genuine (35)

P("prod", "Malte Brodersen", "Kaiserkai Events GmbH", "Produktionsleiter", connected="2019-04-11")
ex.conv(G, "client_quote_request", "de", "Produktionsfirma fragt Angebot für Lichtdesign Firmenevent", [
    ("prod", "2025-09-02 10:14", "Moin Wiebke, wir haben im November die Jahresfeier einer Reederei im Schuppen 52, ca. 600 Gäste. "
     "Kannst du mir ein Angebot für Lichtdesign + Operating machen? Aufbau 13.11., Show 14.11., Abbau in der Nacht. Material kommt von uns über Nordlicht, "
     "also nur deine Tage. Bis Freitag wär super."),
    ("me", "2025-09-02 12:30", "Moin Malte, klingt gut! Ich mach dir 3 Tage à 520 € netto plus Vorproduktion 1 Tag im Büro. Schick ich dir heute Abend schriftlich."),
    ("prod", "2025-09-02 12:41", "Top, danke dir 👍"),
    ("me", "2025-09-02 21:05", "Angebot ist raus an die dispo@ Adresse."),
])

P("venue", "Birte Lüdemann", "Kulturspeicher Altona", "Technische Leiterin", connected="2020-02-02")
ex.conv(G, "venue_booking", "de", "Venue bucht sie für Konzertreihe, fragt Tagessatz", [
    ("venue", "2025-03-18 15:22", "Hallo Wiebke, wir machen ab Mai wieder die Donnerstagskonzerte (8 Termine). Hättest du Lust, die Licht-Betreuung zu übernehmen? "
     "Budget ist wie immer eng, sag mir deinen Satz für einen Abend inkl. Einleuchten."),
    ("me", "2025-03-19 09:10", "Hallo Birte, total gern. Für die Reihe mach ich 330 € pro Abend, wenn ich alle 8 bekomme. Schick mir die Termine, dann blocke ich sie."),
    ("venue", "2025-03-19 09:35", "Deal. Termine kommen per Mail."),
])

P("rental", "Jens Petersen", "Nordlicht Rental GmbH", "Vermietung & Disposition", connected="2016-08-22")
ex.conv(G, "vendor_price_change", "de", "Stamm-Verleih kündigt neue Mietpreise 2026 an", [
    ("rental", "2025-11-20 11:00", "Moin Wiebke, kurze Info vorab, bevor die offizielle Mail kommt: ab 1.1. gehen unsere Tagesmieten für die Movingheads und die Pulte um ca. 6 % hoch. "
     "Strom, Lager, Transport, kennst du ja. Für dich bleibt der Freelancer-Rabatt von 15 % natürlich. Die neue Preisliste schick ich dir Anfang Dezember."),
    ("me", "2025-11-20 13:48", "Danke für die Vorwarnung Jens. Gilt der alte Preis noch für Jobs, die ich dieses Jahr schon angefragt hab und die im Januar stattfinden?"),
    ("rental", "2025-11-20 14:05", "Ja, alles was bis 31.12. bestätigt ist, läuft zum alten Kurs."),
])

P("band", "Lasse Kröger", "Hafenkante (Band)", "Bandmanager", connected="2025-06-10",
  invite=("IN", "2025-06-09 23:10", "Moin! Hab dich beim Dockville gesehen, frage wegen Tour"))
ex.conv(G, "inbound_lead_buying", "de", "Band will sie als Tour-Lichtfrau buchen, fragt Preis", [
    ("band", "2025-06-10 10:05", "Moin Wiebke, wir gehen im Herbst auf Clubtour (14 Shows, Oktober/November) und suchen jemanden fürs Licht, der auch ein bisschen Design macht. "
     "Dein Licht beim Dockville war der Hammer. Was würdest du für so was nehmen? Wir sind keine riesige Band, aber wir zahlen fair."),
    ("me", "2025-06-10 18:30", "Moin Lasse, danke! Lust hätte ich. Für Clubtour rechne ich 380 €/Showtag, Off-Days 150 €, plus Design-Pauschale. Können wir telefonieren? Morgen ab 14 Uhr geht."),
    ("band", "2025-06-10 18:52", "Morgen 15 Uhr, ich ruf an."),
])

P("sound", "Okke Harms", "", "Freiberuflicher Tontechniker", connected="2014-05-30")
ex.conv(G, "peer_joint_offer", "de", "Tontechniker-Kollege schlägt gemeinsames Licht+Ton-Paket vor", [
    ("sound", "2025-01-12 20:45", "Na du. Mir geht seit dem Sommer was durch den Kopf: die kleinen Festivals im Umland fragen ständig nach Ton UND Licht aus einer Hand. "
     "Wollen wir nicht zusammen ein Paket anbieten? Ich mach Ton, du Licht, ein Angebot, eine Rechnung. Müssten nur klären, wer was abrechnet."),
    ("me", "2025-01-12 21:10", "Okke, das hab ich auch schon gedacht! Aber sauber mit Vertrag bitte, nicht wie damals mit Schorsch 😅 Lass uns nächste Woche schnacken."),
    ("sound", "2025-01-12 21:12", "Jo. Mittwoch in der Haifischbar?"),
])

P("recruiter", "Svenja Claußen", "Bühnenwerk Personal", "Personalberaterin", connected="2025-04-14")
ex.conv(G, "recruiter_engaged", "de", "Personalberaterin, auf die sie eingegangen ist (Festanstellung Lichtmeisterin)", [
    ("recruiter", "2025-04-15 09:00", "Guten Tag Frau Thormählen, ich suche für ein Hamburger Privattheater eine Beleuchtungsmeisterin (Vollzeit, ab Saisonbeginn). "
     "Ihr Profil passt sehr gut. Darf ich Ihnen Details schicken?"),
    ("me", "2025-04-15 19:40", "Hallo Frau Claußen, ja gern. Ich bin eigentlich gern selbstständig, aber eine Festanstellung in Hamburg würde ich mir anschauen."),
    ("recruiter", "2025-04-16 08:15", "Sehr gern! Details per Mail. Gehalt liegt bei ca. 4.300 € brutto, Tarif NV Bühne."),
    ("me", "2025-04-22 17:00", "Danke, hab's gelesen. Ich würde mich gern mit dem Theater treffen."),
])

P("azubi", "Finn Schümann", "", "Schüler", connected="2025-02-25")
ex.conv(G, "applicant_internship", "de", "Schüler bewirbt sich um Praktikum", [
    ("azubi", "2025-02-25 17:30", "Hallo Frau Thormählen, ich bin in der 11. Klasse und will nach dem Abi eine Ausbildung als Fachkraft für Veranstaltungstechnik machen. "
     "Könnte ich in den Sommerferien ein Praktikum bei ihnen machen? Ich mache schon Licht in unserer Schul-AG. Mein Lebenslauf ist im Anhang. LG Finn"),
    ("me", "2025-02-26 08:40", "Hi Finn, ich bin allein, also kein klassisches Praktikum, aber du kannst mich im Juli auf zwei, drei Jobs begleiten. Deine Eltern müssen zustimmen. Meld dich im Juni nochmal!"),
], attachments={0: "Lebenslauf_Finn_Schuemann.pdf"})

P("crewspam", "Tjark Ehlers", "", "Rigger", connected="2018-07-07")
ex.conv(G, "colleague_gig_spam", "de", "Kollege fragt nach Job, landete im SPAM-Ordner", [
    ("crewspam", "2025-07-28 13:00", "moin wiebke, hast du zufällig 20.-22.8. zeit? brauchen noch wen fürs licht beim stadtparkfest, zahlt gut, catering auch. sag bescheid"),
    ("me", "2025-08-04 09:10", "Tjark sorry!! Deine Nachricht war im Spam, keine Ahnung warum. Ist das noch aktuell?"),
    ("crewspam", "2025-08-04 09:30", "haha linkedin halt. ja, noch offen!"),
], folder="SPAM")

P("th1", "Merle Jürgensen", "Elbufer Festival", "Festivalleitung", connected="2021-06-01")
P("th2", "Hinnerk Dose", "Elbufer Festival", "Produktionsleitung", connected="2022-07-12")
P("th3", "Kaja Wendt", "Elbufer Festival", "Künstlerbetreuung", connected="2025-08-18")
ex.conv(G, "thanks_after_event", "de", "Dank nach dem Elbufer Festival (1 von 3)", [
    ("th1", "2025-08-18 11:00", "Liebe Wiebke, danke für dieses Wochenende! Der Sonnenuntergang mit deinem Licht auf der Hauptbühne war magisch. Nächstes Jahr wieder?"),
    ("me", "2025-08-18 12:30", "Immer gern, Merle! War ein tolles Festival."),
])
ex.conv(G, "thanks_after_event", "de", "Dank nach dem Elbufer Festival (2 von 3)", [
    ("th2", "2025-08-18 11:25", "Moin, danke für den Einsatz am Wochenende, vor allem Samstag bei dem Regen. Ohne dich hätten wir das nicht geschafft. Rechnung gern an mich."),
])
ex.conv(G, "thanks_after_event", "de", "Dank nach dem Elbufer Festival (3 von 3)", [
    ("th3", "2025-08-18 14:02", "Hey Wiebke, wollte mich auch nochmal bedanken für das Wochenende, hat super Spaß gemacht mit dir! Vielleicht sieht man sich ja beim nächsten Festival 😊"),
])

P("rental2", "Ole Matthiesen", "Lichtkontor Harburg", "Vermietung", connected="2019-09-09")
ex.conv(G, "owner_requests_quote", "de", "sie fragt beim Verleih ein Angebot an", [
    ("me", "2025-10-06 09:00", "Moin Ole, bräuchte für 14.-16.11. ein MA3 light mit Backup-Pult (onPC reicht) und 2 Nodes. Was kostet mich das für 3 Tage?"),
    ("rental2", "2025-10-06 10:20", "Moin! 3 Tage = 2 Mietfaktoren, also 640 € netto für alles, Abholung bei uns. Soll ich's reservieren?"),
    ("me", "2025-10-06 10:25", "Ja bitte, fest reservieren."),
])

P("sub", "Jasper Reimers", "", "Lichttechniker", connected="2021-03-03")
ex.conv(G, "owner_started_sub", "de", "sie sucht Vertretung für einen Job", [
    ("me", "2025-05-07 14:00", "Hey Jasper, ich hab am 24.5. eine Doppelbuchung verbockt 🙈 Könntest du für mich die Lesung im Literaturhaus fahren? Einfacher Job, 4 Stunden, 250 €."),
    ("sub", "2025-05-07 14:30", "Klar, mach ich. Schick mir den Plot"),
    ("me", "2025-05-07 14:31", "Du bist ein Schatz ❤️"),
])

P("oldfriend", "Anneke Voß", "Staatsoper Hamburg", "Beleuchterin", connected="2012-10-01")
ex.conv(G, "long_standing_friend", "de", "Ausbildungskollegin, jahrelanger Kontakt", [
    ("oldfriend", "2020-04-02 19:00", "Na, wie hältst du dich über Wasser ohne Jobs? Ich bin in Kurzarbeit und backe Brot wie alle 😂"),
    ("me", "2020-04-02 19:30", "Soforthilfe beantragt und Keller aufgeräumt. Brot kann ich nicht 😂"),
    ("oldfriend", "2023-12-24 10:00", "Frohe Weihnachten, Deern! Nächstes Jahr mal wieder Kohl und Pinkel?"),
    ("me", "2023-12-24 11:10", "Unbedingt! Frohe Weihnachten!"),
    ("oldfriend", "2025-10-20 21:30", "Bei uns wird nächstes Jahr eine Stelle frei, falls du doch mal sesshaft werden willst. Nur so."),
    ("me", "2025-10-20 21:45", "Haha, erzähl mal mehr beim Kohl!"),
])

P("tax", "Heike Brandt", "Brandt & Partner Steuerberatung", "Steuerberaterin", connected="2017-01-15")
ex.conv(G, "tax_adviser", "de", "Steuerberaterin zu Belegen und Umsatzsteuer", [
    ("tax", "2026-01-20 09:30", "Hallo Frau Thormählen, für die USt-Voranmeldung Dezember fehlen mir noch die Belege der Tour (Hotels, Diesel). "
     "Außerdem: Ihre Rechnungen an die niederländische Firma bitte mit Reverse Charge Hinweis, da war eine ohne. Können Sie bis 5.2. nachreichen?"),
    ("me", "2026-01-20 18:00", "Oh Mist, mach ich. Die Belege liegen noch in der Kiste im Bus 🙈 Bis Ende der Woche sind sie da."),
    ("tax", "2026-01-21 08:00", "Danke! Und denken Sie an die Rechnung für die Rücklage Einkommensteuer, der Bescheid kommt wohl im März."),
])

P("agency", "Carolin Nissen", "Blaupause Eventagentur", "Projektleiterin", connected="2023-02-17")
ex.conv(G, "agency_booking", "de", "Eventagentur bucht sie für eine Messe", [
    ("agency", "2025-02-17 16:00", "Hallo Wiebke, für die Internorga brauchen wir wieder jemanden für das Standlicht bei unserem Kunden. 5 Tage inkl. Aufbau, Konditionen wie letztes Jahr? Kurze Bestätigung reicht."),
    ("me", "2025-02-17 16:45", "Hallo Carolin, bestätige gern! Konditionen wie letztes Jahr passt."),
])

P("dispo", "Thore Lassen", "Kaiserkai Events GmbH", "Disposition", connected="2022-11-01")
ex.conv(G, "call_sheet", "de", "Dispo schickt Zeitplan für Aufbau", [
    ("dispo", "2025-11-10 17:15", "Moin, anbei der Zeitplan für Schuppen 52. Get-in 7:00, Rigg bis 12, Einleuchten ab 16 Uhr wenn die Deko durch ist. Parkplatz für deinen Bus ist reserviert."),
    ("me", "2025-11-10 18:00", "Danke Thore, passt."),
], attachments={0: "Zeitplan_Schuppen52.pdf"})

P("tl", "Gerrit Hansen", "Markthalle Kiel", "Technischer Leiter", connected="2024-01-09")
ex.conv(G, "venue_tech_info", "de", "Venue-Techniker schickt Hausrigg und fragt Plot", [
    ("tl", "2025-10-29 12:00", "Hallo Wiebke, für eure Show am 7.11.: Hausrigg-Plan anbei, Dimmer sind 24 Kanäle, Strom 63A CEE auf Bühne links. Schickst du mir euren Plot bis Montag?"),
    ("me", "2025-10-29 13:30", "Moin Gerrit, danke! Plot kommt am Wochenende. Kann man bei euch irgendwo Haze fahren oder schlägt die BMA an?"),
    ("tl", "2025-10-29 13:50", "Haze geht, wir schalten die Melder im Saal ab. Kostet 40 € für den Brandwachen-Aufschlag."),
], attachments={0: "Hausrigg_MarkthalleKiel.pdf"})

P("tourpm", "Daniel Whitfield", "Larkspur Touring Ltd", "Production Manager", connected="2024-06-03")
ex.conv(G, "international_client", "en", "UK production manager asks availability and rate", [
    ("tourpm", "2025-12-01 10:00", "Hi Wiebke, we're routing a European run for a folk act in March, Hamburg, Berlin, Copenhagen. Our LD can't do the Scandinavian leg. "
     "Would you be available 12-20 March as a local LD? What's your day rate in EUR?"),
    ("me", "2025-12-01 15:30", "Hi Daniel, 12-20 March works. My rate is 450 EUR per day for touring, travel and hotel on you. Can you send the rider and the previous plot?"),
    ("tourpm", "2025-12-02 09:00", "Perfect, sending both today. Cheers!"),
])

P("nlrental", "Sanne de Vries", "Lichtwerk Groningen", "Rental Manager", connected="2022-04-20")
ex.conv(G, "crossrent_colleague", "en", "Dutch rental colleague, cross-rental", [
    ("nlrental", "2025-06-12 11:11", "Hey Wiebke! Do you still know someone in Hamburg with 12 LED wash units spare for 27-29 June? Ours are all out for the TT weekend."),
    ("me", "2025-06-12 11:40", "Hey Sanne! Ask Jens at Nordlicht, say I sent you. He had some back yesterday."),
    ("nlrental", "2025-06-12 11:43", "You're the best, thanks!!"),
])

P("fest", "Hauke Tiedemann", "Nordlicht Rental GmbH", "Geschäftsführer", connected="2016-08-25")
ex.conv(G, "event_invitation_contact", "de", "Verleih-Chef lädt zur Hausmesse und Sommerfest ein", [
    ("fest", "2025-06-02 09:00", "Moin Wiebke, am 5.7. machen wir Hausmesse mit Grillen im Lager in Billbrook. Neue Geräte zum Anfassen, Bier zum Trinken. Kommst du?"),
    ("me", "2025-06-02 09:20", "Klar komme ich! Bring Okke mit."),
])

P("insurbroker", "Frauke Rohwer", "Rohwer Versicherungsmakler", "Maklerin", connected="2020-05-05")
ex.conv(G, "vendor_price_change", "de", "ihre Versicherungsmaklerin zu Beitragserhöhung Berufshaftpflicht", [
    ("insurbroker", "2025-11-04 10:30", "Hallo Wiebke, der Versicherer hebt die Prämie Ihrer Berufshaftpflicht ab 2026 um 9 % an (neue Prämie 612 € p.a.). "
     "Ich habe zwei Alternativangebote eingeholt, eines ist günstiger bei gleicher Deckung. Sollen wir kurz telefonieren?"),
    ("me", "2025-11-04 12:00", "Oh danke, ja bitte. Donnerstag vormittag?"),
    ("insurbroker", "2025-11-04 12:15", "Donnerstag 10 Uhr, ich ruf Sie an."),
])

P("amateur", "Gesa Oltmanns", "Speeldeel Blankenese e.V.", "Vorsitzende", connected="2025-09-15",
  invite=("IN", "2025-09-14 20:00", "Moin, wir sind eine plattdeutsche Theatergruppe und hätten eine Frage."))
ex.conv(G, "inbound_lead_buying", "de", "Amateurtheater will Lichtpult-Workshop buchen und fragt Preis", [
    ("amateur", "2025-09-15 10:00", "Moin Frau Thormählen, unser Verein hat ein neues Lichtpult gekriegt und keiner kann's bedienen 😅 "
     "Würden Sie für unsere Ehrenamtlichen einen Workshop machen, so ein Samstag? Was würde das kosten? Wir sind ein kleiner Verein, aber wir haben Fördergeld."),
    ("me", "2025-09-15 17:30", "Moin Frau Oltmanns, das mache ich gern! Ein Samstag (6 Std.) am eigenen Pult kostet 480 € plus Anfahrt. Welches Pult ist es denn?"),
    ("amateur", "2025-09-15 18:00", "Ein ETC irgendwas, ich schick ein Foto 😊"),
])

P("colleague", "Ronja Stührk", "", "Freie Lichtdesignerin", connected="2023-05-19")
ex.conv(G, "peer_advice_rates", "de", "Kollegin fragt nach Tagessätzen", [
    ("colleague", "2025-04-03 22:10", "Ey, kurze ehrliche Frage: Was nimmst du gerade so für einen Messetag? Ich hab das Gefühl, ich bin viel zu billig und trau mich nicht hoch"),
    ("me", "2025-04-03 22:25", "Messe unter 480 netto mach ich nicht mehr. Geh hoch, die zahlen das. Wir Frauen verkaufen uns immer zu günstig."),
    ("colleague", "2025-04-03 22:27", "Danke!! Genau das brauchte ich."),
])

P("xmas", "Björn Carstens", "Reederei Carstens & Söhne", "Leiter Unternehmenskommunikation", connected="2024-11-20")
ex.conv(G, "client_greeting", "de", "Ex-Kunde mit Weihnachtsgruß und Ausblick", [
    ("xmas", "2025-12-19 12:00", "Liebe Frau Thormählen, nochmal danke für das wunderbare Licht bei unserer Jubiläumsfeier. Frohe Festtage! Wir würden Sie 2026 gern wieder buchen."),
    ("me", "2025-12-19 14:00", "Vielen Dank, Herr Carstens, das freut mich sehr! Ihnen auch schöne Feiertage."),
])

P("journo", "Pia Lorenzen", "Bühnentechnik Magazin", "Redakteurin", connected="2025-03-03")
ex.conv(G, "journalist_request", "de", "Fachmagazin bittet um Interview (unbezahlt, redaktionell)", [
    ("journo", "2025-03-03 11:00", "Hallo Wiebke, ich schreibe für die Juni-Ausgabe über Frauen in der Veranstaltungstechnik und Selbstständigkeit. "
     "Hättest du Lust auf ein Interview, ca. 30 Minuten am Telefon? Es kostet dich nichts außer Zeit 😉"),
    ("me", "2025-03-03 16:20", "Sehr gern! Nächste Woche Dienstag oder Mittwoch?"),
    ("journo", "2025-03-03 16:30", "Mittwoch 10 Uhr?"),
    ("me", "2025-03-03 16:31", "Passt."),
])

P("student", "Lina Hoffmeister", "HAW Hamburg", "Masterstudentin", connected="2025-05-12")
ex.conv(G, "student_thesis", "de", "Studentin bittet um Interview für Masterarbeit", [
    ("student", "2025-05-12 14:00", "Hallo Frau Thormählen, ich schreibe meine Masterarbeit über Arbeitsbedingungen von Solo-Selbstständigen in der Veranstaltungsbranche nach Corona. "
     "Dürfte ich Sie dafür interviewen (ca. 45 Min., anonymisiert)? Das würde mir sehr helfen."),
    ("me", "2025-05-12 20:00", "Hallo Frau Hoffmeister, klar. Ich hab viel zu erzählen 😄 Schlagen Sie mir zwei Termine vor."),
])

P("crewa", "Moritz Janßen", "", "Bühnentechniker", connected="2020-10-10")
P("crewb", "Ilka Behrens", "", "Videotechnikerin", connected="2021-12-12")
ex.conv(G, "crew_group", "de", "Crew-Gruppe organisiert Gala-Aufbau", [
    ("crewa", "2025-11-28 19:00", "Moin Leute, Gala Freitag: wer fährt den Sprinter mit den Cases? Ich hab keinen Führerschein mehr bis Januar 🙄"),
    ("crewb", "2025-11-28 19:10", "Ich nehm den Video-Kram selbst mit."),
    ("me", "2025-11-28 19:25", "Ich fahr den Sprinter, hol dich um 6:30 am Bahnhof Altona ab Moritz."),
    ("crewa", "2025-11-28 19:26", "Legende"),
], title="Crew Gala Freitag", extra=["crewb"])

P("rigger", "Sönke Albers", "", "Rigger (SQ Q2)", connected="2019-02-14")
ex.conv(G, "safety_colleague", "de", "Rigger-Kollege zu Prüffristen der Motoren", [
    ("rigger", "2025-03-25 08:00", "Moin, kurze Warnung: bei Lichtkontor sind zwei der D8+ Motoren über die UVV-Prüffrist, Aufkleber von 2023. Bitte nicht nehmen, hab Ole Bescheid gesagt."),
    ("me", "2025-03-25 08:20", "Danke Sönke, gut dass du hinschaust."),
])

P("verband", "Kerstin Möller", "Netzwerk Veranstaltungstechnik Nord e.V.", "Vorstand", connected="2018-03-08")
ex.conv(G, "network_meetup", "de", "Berufsnetzwerk lädt zum Stammtisch", [
    ("verband", "2025-10-01 10:00", "Hallo Wiebke, Stammtisch am 16.10. im Aalhaus, Thema diesmal Künstlersozialkasse und Scheinselbstständigkeit. Magst du kurz von deiner Statusfeststellung erzählen?"),
    ("me", "2025-10-01 11:30", "Mach ich, 10 Minuten reichen hoffentlich 😄"),
])

P("latepay", "Nils Wiechmann", "Flutlicht Produktionen", "Geschäftsführer", connected="2021-07-01")
ex.conv(G, "invoice_followup", "de", "sie fragt nach offener Rechnung bei Stammkunde", [
    ("me", "2025-08-28 10:00", "Hallo Nils, die Rechnung vom Juni (RE-2025-041) ist noch offen. Kannst du mal bei der Buchhaltung nachhaken?"),
    ("latepay", "2025-08-28 15:00", "Oh sorry Wiebke, die ist durchgerutscht. Wird diese Woche überwiesen, versprochen."),
])

P("mentor", "Uwe Hinrichsen", "", "Beleuchtungsmeister i.R.", connected="2013-06-06")
ex.conv(G, "mentor", "de", "ehemaliger Meister, Smalltalk", [
    ("mentor", "2025-08-20 18:00", "Deern, hab dein Licht beim Elbufer auf Insta gesehen. Das Blau am Ende, das hast du von mir 😉 Stolz auf dich."),
    ("me", "2025-08-20 19:00", "Natürlich von dir, Uwe! Komm mal wieder mit in die Halle, Kaffee geht auf mich."),
])

P("ukband", "Ruby Hale", "", "Tour Manager", connected="2025-02-02")
ex.conv(G, "international_client", "en", "UK tour manager asks quote for three Hamburg shows", [
    ("ukband", "2025-02-03 13:00", "Hi Wiebke, a friend at Larkspur gave me your name. We've got 3 nights at a club on the Reeperbahn in April and need a local LD with "
     "a basic house rig. Could you quote for 3 shows plus one prep day?"),
    ("me", "2025-02-03 18:00", "Hi Ruby, happy to. 3 shows at 400 EUR plus prep day 300 EUR, net. Which venue?"),
    ("ukband", "2025-02-03 18:30", "Brilliant, it's Molotow-ish size, I'll send you the details."),
])

P("wedding", "Stefanie Kuhlmann", "Hochzeitsglück Nord", "Hochzeitsplanerin", connected="2025-01-20")
ex.conv(G, "client_quote_request", "de", "Hochzeitsplanerin fragt Preis für Scheunen-Licht", [
    ("wedding", "2025-01-21 09:30", "Hallo Wiebke, ich plane eine Hochzeit in einer Scheune in Dithmarschen im August, 120 Gäste. Das Paar wünscht sich warmes, stimmungsvolles Licht "
     "und ein bisschen Party ab Mitternacht. Kannst du mir grob sagen, was das mit Material kosten würde?"),
    ("me", "2025-01-21 20:00", "Hallo Stefanie, schöne Anfrage! Grob 1.800-2.400 € inkl. Material, Lichterketten, Floorspots, Partylicht und Anfahrt. Ich würd gern vorher die Scheune sehen."),
])

P("tourjob", "Bastian Rolfs", "Rolfs Showtechnik", "Inhaber", connected="2017-11-11")
ex.conv(G, "hiring_subcontract", "de", "Kollege will sie als Subunternehmerin für Tour einstellen", [
    ("tourjob", "2025-12-08 20:00", "Hi Wiebke, ich hab für Frühjahr eine Musical-Tour (40 Shows) an Land gezogen und brauch eine zweite Lichtperson, ganze Tour. "
     "Vertrag über mich, 420 €/Tag, Hotel und Catering gestellt. Interesse?"),
    ("me", "2025-12-09 08:30", "Interesse ja! Schick mir den Tourplan, ich muss gucken, was ich dann absagen müsste."),
    ("tourjob", "2025-12-09 09:00", "Kommt heute."),
])

# ---------------------------------------------------------------- wanted pitches (12)

P("w_rent", "Torben Klüver", "Kranlicht Verleih", "Inhaber", connected="2025-04-01")
ex.conv(W, "supplier_setup_known", "de", "neuer Verleih kennt ihr Setup (MA3, Spots) aus ihrem Rig-Post", [
    ("w_rent", "2025-04-02 09:15", "Moin Wiebke, ich hab deinen Post mit dem Rig vom Kulturspeicher gesehen: MA3 light, 12 Spots, 16 Washes, alles von Nordlicht. "
     "Wir haben in Wilhelmsburg neu aufgemacht und genau die Geräte im Bestand. Kein Ersatz für Jens, aber für die Wochen, wo bei ihm alles raus ist (Juni, Dezember) "
     "könnten wir dir Backup sein. Kann dir gern unsere Liste schicken."),
    ("me", "2025-04-02 11:00", "Moin Torben, Backup im Juni könnt ich echt brauchen. Schick mal."),
])

P("w_buch", "Jana Riedel", "Belegfix", "Customer Success", connected="2025-01-28")
ex.conv(W, "software_read_post", "de", "Buchhaltungs-App bezieht sich auf ihren Post über Belegchaos auf Tour", [
    ("w_buch", "2025-01-29 10:00", "Hallo Wiebke, dein Post über die Belegkiste im Bus hat mich zum Schmunzeln gebracht, aber das Problem kennen viele Tour-Leute. "
     "Belegfix fotografiert Tankquittungen und Hotelrechnungen direkt auf Tour, ordnet sie dem Job zu und schickt sie an DATEV, also direkt an Frau Brandt, falls sie DATEV nutzt. "
     "Für Solo-Selbstständige 9 € im Monat. Wenn du magst, richte ich es dir kostenlos ein."),
    ("me", "2025-01-29 19:00", "Haha, erwischt. Ja, zeig mal, 15 Minuten nächste Woche."),
])

P("w_workwear", "Mareike Sander", "Kernig Arbeitskleidung", "Gründerin", connected="2025-07-07")
ex.conv(W, "product_read_post", "de", "Workwear-Gründerin reagiert auf ihren Post über fehlende Frauen-Arbeitshosen", [
    ("w_workwear", "2025-07-08 08:30", "Hallo Wiebke, du hast vor zwei Wochen geschrieben, dass es keine Arbeitshose mit Kniepolstern gibt, die Frauen passt und in der man auf die Traverse klettern kann. "
     "Genau deswegen habe ich Kernig gegründet (Kiel). Wir machen eine Rigger-Hose im Frauenschnitt mit Holster-Taschen. Ich würde dir gern eine zum Testen schicken, ohne Haken."),
    ("me", "2025-07-08 09:10", "Oh wow, ja bitte! Größe 38, lang."),
])

P("w_recr", "Dirk Harmsen", "Schauspielhaus Nord", "Leitung Beleuchtung", connected="2025-09-22")
ex.conv(W, "recruiter_relevant_role", "de", "Theater sucht Lichtdesignerin für Gastproduktion, kennt ihre Arbeit", [
    ("w_recr", "2025-09-23 11:00", "Hallo Frau Thormählen, ich habe Ihr Licht im Kulturspeicher bei 'Fischbrötchenblues' gesehen. Wir suchen für eine Gastproduktion im Frühjahr eine Lichtdesignerin "
     "auf Honorarbasis, genau in dieser Ästhetik. Kein Vollzeitjob, sondern 6 Wochen. Wäre das interessant?"),
    ("me", "2025-09-23 14:00", "Ja, sehr! Wann könnten wir sprechen?"),
])

P("w_insur", "Carsten Meiners", "Meiners Technikversicherung", "Versicherungsmakler", connected="2025-08-11")
ex.conv(W, "mutual_contact_problem", "de", "Makler über gemeinsamen Kontakt Jens, nach ihrem Bus-Einbruch", [
    ("w_insur", "2025-08-12 09:00", "Hallo Wiebke, Jens Petersen von Nordlicht hat mir erzählt, dass dein Sprinter in Ottensen aufgebrochen wurde und die Hausrat nicht zahlt, weil es Betriebsinventar war. "
     "Ich mache nur Elektronik- und Transportversicherungen für Veranstaltungstechnik. Für dein Pult und die eigenen Geräte im Bus liegst du bei ca. 25 € im Monat. "
     "Wenn du magst, rechne ich's dir genau durch."),
    ("me", "2025-08-12 10:00", "Ja, das Thema brennt gerade. Bitte durchrechnen."),
])

P("w_tender", "Marco Jessen", "Lumenwerk Projekt GmbH", "Projektentwicklung", connected="2025-02-10")
ex.conv(W, "public_tender", "de", "Firma sah öffentliche Ausschreibung Kultursommer und schlägt Bietergemeinschaft vor", [
    ("w_tender", "2025-02-11 13:00", "Moin Frau Thormählen, die Stadt hat auf dem Vergabeportal die Lichttechnik für den Kultursommer im Stadtpark ausgeschrieben (Los 2, Betreuung 18 Abende). "
     "Wir haben das Material, aber niemanden, der die Bühne so kennt wie Sie, Sie haben da die letzten zwei Jahre für Flutlicht gefahren. "
     "Hätten Sie Interesse an einer Bietergemeinschaft? Frist ist der 3.3."),
    ("me", "2025-02-11 18:40", "Hm, spannend. Lassen Sie uns reden, bevor ich Flutlicht was sage. Donnerstag?"),
])

P("w_web", "Sophie Tamm", "", "Webdesignerin", connected="2025-10-13")
ex.conv(W, "site_visited", "de", "Webdesignerin hat ihre Seite angesehen, nennt konkrete Mängel", [
    ("w_web", "2025-10-14 10:00", "Hallo Wiebke, ich hab mir thormaehlen-licht.de angeschaut, nachdem ich dein Licht im Kulturspeicher gesehen habe. Ehrlich: die Seite zeigt Fotos von 2019, "
     "das Referenzen-Menü führt auf eine leere Seite und das Impressum hat noch die alte Adresse in Eimsbüttel. Deine aktuellen Jobs sind viel stärker. "
     "Ich könnte die Seite mit einem einfachen Portfolio neu machen, Festpreis 1.200 €."),
    ("me", "2025-10-14 12:00", "Autsch, das Impressum… Danke! Mach mir gern ein Angebot schriftlich."),
])

P("w_training", "Henrik Bolte", "Rigging Akademie Nord", "Ausbilder", connected="2025-03-24")
ex.conv(W, "talk_given", "de", "Ausbilder bezieht sich auf ihren Vortrag zu Übermüdung auf Crews", [
    ("w_training", "2025-03-25 08:00", "Hallo Wiebke, dein Vortrag auf dem Nord-Technik-Forum über Übermüdung beim Nachtabbau hat mich lange beschäftigt. "
     "Du hast erwähnt, dass du die SQ Q1 Rigging-Qualifikation angehen willst. Unser Kurs im Mai ist auf Nachtabbau-Szenarien ausgerichtet und hat noch 2 Plätze, "
     "mit Frauen-Rabatt über das Netzwerk Nord. Infos anbei, falls es passt."),
], attachments={0: "SQ_Q1_Mai_2025.pdf"})

P("w_van", "Kai Ohlsen", "Ohlsen Fahrzeugausbau", "Meister", connected="2025-06-16")
ex.conv(W, "noticed_setup", "de", "Fahrzeugausbauer sah ihr Instagram-Video vom vollgepackten Sprinter", [
    ("w_van", "2025-06-17 07:30", "Moin, ich hab dein Reel gesehen, wie du 18 Cases in den Sprinter tetrisst 😄 Bei einem L2H2 mit Zurrschienen im Boden lässt sich das mit zwei Airline-Schienen "
     "und einem festen Pult-Fach viel sicherer lösen, und die Pult-Case rutscht nicht mehr. Wir bauen sowas in Pinneberg, ca. 1.400 €. Wenn's interessiert, komm vorbei."),
    ("me", "2025-06-17 12:00", "Ha, ja, das Pult-Case ist tatsächlich schon zweimal umgefallen. Ich komm mal vorbei."),
])

P("w_storage", "Tanja Kasch", "LagerRaum Altona", "Vermietung", connected="2025-05-26")
ex.conv(W, "press_item", "de", "Lagerraum-Anbieter nach Zeitungsartikel über ihre Cases im Wohnzimmer", [
    ("w_storage", "2025-05-27 10:00", "Hallo Frau Thormählen, ich habe das Porträt im Abendblatt gelesen, und den Satz, dass Ihre Cases im Wohnzimmer stehen 🙂 "
     "Wir haben in der Schützenstraße ebenerdige Lagerboxen mit Rolltor, 8 m², rund um die Uhr zugänglich, 5 Minuten von Ihnen. Darf ich Ihnen eine Besichtigung anbieten?"),
    ("me", "2025-05-27 20:00", "Mein Freund würde Sie lieben. Ja, gerne anschauen."),
])

P("w_fixture", "Oliver Crane", "Brightforge Lighting", "Technical Sales Northern Europe", connected="2025-10-27")
ex.conv(W, "tools_setup", "en", "fixture maker refers to her rig and her comment about battery uplights", [
    ("w_fixture", "2025-10-28 09:00", "Hi Wiebke, you commented on a forum thread that battery uplights never survive a full wedding night. "
     "Our new battery wash runs 16 hours at full and takes W-DMX, which matches the receivers you already use with your MA3 light. "
     "I'm in Hamburg on 12 Nov and could leave two demo units with you for a weekend."),
    ("me", "2025-10-28 12:00", "If they really run 16 hours I'm interested. 12 Nov afternoon works."),
])

P("w_dispo", "Felix Carlsen", "Crewdeck", "Co-Founder", connected="2025-04-28")
ex.conv(W, "software_problem_named", "de", "Crew-Dispo-App bezieht sich auf ihre Frage nach Alternative zu WhatsApp-Gruppen", [
    ("w_dispo", "2025-04-29 09:00", "Moin Wiebke, du hast neulich gefragt, ob jemand eine Alternative zu 15 WhatsApp-Gruppen pro Produktion kennt. Wir haben Crewdeck genau dafür gebaut, "
     "in Hamburg, mit Leuten aus der Branche: Zeitplan, Plots und Dispo pro Job, Freelancer zahlen nichts. Magst du's auf einem echten Job testen?"),
    ("me", "2025-04-29 10:30", "Klingt gut. Ich probier's bei der Konzertreihe im Kulturspeicher."),
])

# ---------------------------------------------------------------- junk (38)

P("j_soft", "Patrick Vogel", "EventSuite Pro", "Sales Manager DACH", connected="2025-03-10")
ex.conv(J, "generic_software_pitch", "de", "generische Event-Software (Gegenstück zur Crew-App)", [
    ("j_soft", "2025-03-10 10:00", "Hallo Wiebke, Events effizient planen war noch nie so einfach! EventSuite Pro ist die All-in-One-Lösung für Ticketing, Teilnehmermanagement und Marketing. "
     "Über 5.000 Veranstalter vertrauen uns. Darf ich Ihnen eine kurze Demo zeigen?"),
])

P("j_acct", "Sabine Kraft", "FiBu24 Service", "Vertrieb", connected="2025-01-13")
ex.conv(J, "generic_accounting", "de", "generischer Buchhaltungsservice (Gegenstück zu Belegfix)", [
    ("j_acct", "2025-01-13 08:00", "Guten Tag, als Unternehmer haben Sie Besseres zu tun als Buchhaltung! Wir übernehmen Ihre laufende Buchhaltung ab 49 € im Monat. Jetzt kostenloses Erstgespräch sichern."),
])

P("j_web", "Dennis Kolb", "Webpiraten Agentur", "Projektmanager", connected="2025-08-04")
ex.conv(J, "generic_web_agency", "de", "vage Website-Pitch ohne Befund (Gegenstück zur Webdesignerin)", [
    ("j_web", "2025-08-04 07:45", "Hallo, ich habe mir Ihre Website angesehen und sehe großes Potenzial zur Optimierung in Design, Ladezeit und SEO. "
     "Gerne erstelle ich Ihnen eine kostenlose Analyse. Wann passt es Ihnen?"),
    ("j_web", "2025-08-11 07:45", "Ich wollte nur nachhaken, ob Sie meine Nachricht gesehen haben?"),
])

P("j_insur", "Thomas Lindner", "VersicherungsProfi24", "Berater", connected="2025-05-05")
ex.conv(J, "generic_insurance", "de", "generische Versicherungsberatung (Gegenstück zum Fachmakler)", [
    ("j_insur", "2025-05-05 12:00", "Hallo Frau Thormählen, sind Sie optimal abgesichert? Viele Selbstständige zahlen zu viel für ihre Versicherungen. Ich mache Ihnen einen kostenlosen Vergleich in 10 Minuten."),
])

P("j_solar", "Marcel Brinkmann", "SonnenDach Nord", "Energieberater", connected="2025-06-23")
ex.conv(J, "off_topic_product", "de", "Solaranlage fürs Eigenheim", [
    ("j_solar", "2025-06-23 18:00", "Moin Wiebke, schon mal über eine eigene PV-Anlage nachgedacht? Jetzt mit 0 % MwSt. Wir machen kostenlose Vor-Ort-Beratung in Hamburg und Umgebung."),
])

P("j_invest", "Nadine Fuchs", "Goldstein Vermögen", "Finanzcoach", connected="2025-02-19")
ex.conv(J, "off_topic_investment", "de", "Finanzcoaching/Investment", [
    ("j_invest", "2025-02-19 21:00", "Hallo Wiebke! Als Selbstständige denkst du bestimmt auch an deine Altersvorsorge 😊 Ich zeige Frauen, wie sie mit ETFs und Immobilien passiv Vermögen aufbauen. "
     "Lust auf ein unverbindliches Kennenlernen?"),
    ("j_invest", "2025-02-26 21:00", "Hey, wollte mich nochmal melden 😊 Hast du meine Nachricht gesehen?"),
])

P("j_same", "Ralf Stein", "ShowLight Komplett GmbH", "Vertrieb", connected="2025-07-21")
ex.conv(J, "offers_what_she_sells", "de", "bietet ihr genau ihre eigene Dienstleistung (Lichttechnik für Events) an", [
    ("j_same", "2025-07-21 09:00", "Sehr geehrte Frau Thormählen, planen Sie ein Event? Wir bieten professionelle Licht- und Bühnentechnik inklusive Techniker für Veranstaltungen jeder Größe. "
     "Fordern Sie jetzt Ihr unverbindliches Angebot an!"),
])

P("j_capacity", "Kevin Hartung", "AuftragsBooster", "Gründer", connected="2025-09-01")
ex.conv(J, "capacity_new_clients", "de", "fragt nach Kapazität für neue Aufträge (Leadgen)", [
    ("j_capacity", "2025-09-01 11:00", "Hey Wiebke, kurze Frage: Hättest du aktuell Kapazitäten für 5-10 neue Aufträge im Monat? Wir bringen Dienstleistern planbar Anfragen über Social Ads. "
     "Wenn nicht, alles gut!"),
])

P("j_lm", "Sebastian Richter", "Richter Holding", "Unternehmer | Investor | Mentor", connected="2025-04-22")
ex.conv(J, "like_minded_connect", "de", "Vernetzung unter gleichgesinnten Unternehmern", [
    ("j_lm", "2025-04-22 07:00", "Hallo Wiebke, ich vernetze mich gern mit gleichgesinnten Unternehmerinnen und Unternehmern aus Hamburg, die etwas bewegen wollen. "
     "Lass uns gern mal austauschen, vielleicht ergeben sich Synergien!"),
])

P("j_15", "Melanie Berg", "Wachstumswerk Consulting", "Business Coach", connected="2025-10-06")
ex.conv(J, "quick_call", "de", "kurzes 15-Minuten-Gespräch, generisch", [
    ("j_15", "2025-10-06 09:30", "Hi Wiebke, hast du diese Woche 15 Minuten für ein kurzes Gespräch? Ich helfe Selbstständigen, ihren Umsatz zu verdoppeln, ohne mehr zu arbeiten. "
     "Hier mein Kalender: calendly.com/melanieberg/15min"),
])

P("j_ctp1", "Florian Weise", "Weise Marketing", "Inhaber", connected="2025-11-03",
  invite=("IN", "2025-11-02 20:45", ""))
ex.conv(J, "connect_then_pitch", "de", "connect-then-pitch: Smalltalk, sie antwortet, Pitch in Nachricht 3", [
    ("j_ctp1", "2025-11-03 09:00", "Moin Wiebke, danke fürs Vernetzen! Bist du eigentlich noch viel auf Festivals unterwegs? Ich war dieses Jahr auf dem Dockville, mega."),
    ("me", "2025-11-03 12:10", "Moin! Ja, ich hab da sogar Licht gemacht 😄"),
    ("j_ctp1", "2025-11-03 12:20", "Wie cool! Übrigens, ich helfe Kreativen wie dir, über LinkedIn mehr Kunden zu gewinnen. Mit meinem Content-Paket postest du 3x pro Woche, ohne selbst schreiben zu müssen. "
     "Wollen wir das mal kurz besprechen?"),
])

P("j_ctp2", "Katrin Maas", "Balance Bewegt", "Gesundheitscoach", connected="2025-08-25",
  invite=("IN", "2025-08-24 21:30", "Hallo Wiebke, tolles Profil! Würde mich gern vernetzen."))
ex.conv(J, "connect_then_pitch", "de", "connect-then-pitch: Kompliment, dann Rückenkurs-Pitch ohne Antwort", [
    ("j_ctp2", "2025-08-25 08:00", "Danke fürs Annehmen! Als Veranstaltungstechnikerin trägst du bestimmt viel, oder? Wie geht's deinem Rücken? 😊"),
    ("j_ctp2", "2025-08-28 08:00", "Ich frag, weil ich ein 8-Wochen-Online-Programm für starke Rücken anbiete, speziell für Frauen in körperlichen Berufen. Jetzt zum Einführungspreis von 297 €. Interesse?"),
])

P("j_ctp3", "Tobias Engel", "Engel Finanzplanung", "Finanzberater", connected="2025-12-01",
  invite=("IN", "2025-11-30 19:00", ""))
ex.conv(J, "connect_then_pitch", "de", "connect-then-pitch: Frage nach ihrem Werdegang, dann Altersvorsorge", [
    ("j_ctp3", "2025-12-01 10:00", "Hallo Wiebke, danke für die Vernetzung. Spannender Beruf! Wie bist du zur Veranstaltungstechnik gekommen?"),
    ("me", "2025-12-01 20:00", "Über die Schultheater-AG, ganz klassisch."),
    ("j_ctp3", "2025-12-02 09:00", "Schön! Gerade Selbstständige in der Veranstaltungsbranche haben oft eine Rentenlücke. Ich biete eine kostenlose Rentenanalyse an, dauert nur 20 Minuten. Wann passt's?"),
    ("j_ctp3", "2025-12-09 09:00", "Kurz nachgehakt 🙂"),
])

P("j_bump", "Lena Hoppe", "Bewertungsheld", "Kundenberaterin", connected="2025-03-31")
ex.conv(J, "follow_up_bumps", "de", "drei Nachfass-Nachrichten ohne Antwort", [
    ("j_bump", "2025-03-31 09:00", "Hallo Wiebke, mehr Google-Bewertungen = mehr Aufträge. Bewertungsheld sammelt automatisch Bewertungen nach jedem Job. Interesse?"),
    ("j_bump", "2025-04-07 09:00", "Hallo Wiebke, ich wollte meine Nachricht nochmal nach oben holen."),
    ("j_bump", "2025-04-16 09:00", "Letzter Versuch: Soll ich das Thema bei Ihnen schließen?"),
])

P("j_bump2", "Andreas Krüger", "Druckerei Krüger Online", "Vertrieb", connected="2025-05-19")
ex.conv(J, "follow_up_bumps", "de", "Druckerei hakt nach ohne Antwort", [
    ("j_bump2", "2025-05-19 10:00", "Guten Tag, brauchen Sie Visitenkarten, Flyer oder Roll-Ups? Jetzt 20 % Neukundenrabatt."),
    ("j_bump2", "2025-05-26 10:00", "Nur eine kurze Erinnerung an unser Angebot, der Rabatt gilt noch bis Freitag."),
])

# one template, five senders (one in English)
P("t1", "Jessica Otto", "Sichtbar Agentur", "Geschäftsführerin", connected="2025-06-30")
P("t2", "Marvin Held", "Reichweite Plus", "Growth Manager", connected="2025-07-14")
P("t3", "Lisa Neumann", "Klickwerk Marketing", "Inhaberin", connected="2025-08-01")
P("t4", "Yannick Brand", "Kundenmagnet Nord", "Gründer", connected="2025-09-08")
P("t5", "Emily Carter", "Spotlight Growth Co.", "Founder", connected="2025-10-20")
ex.conv(J, "template_campaign", "de", "Vorlage 1/5: Aufträge über Social Media, Füllung Veranstaltungstechnik", [
    ("t1", "2025-06-30 10:05", "Hallo Wiebke, ich bin auf Thormählen Licht & Bühne gestoßen und finde richtig stark, was du in der Veranstaltungstechnik machst! "
     "Wir helfen Dienstleistern aus der Eventbranche, mit einem bewährten System jeden Monat 5-10 neue Kundenanfragen zu gewinnen, ohne Kaltakquise. "
     "Hättest du Lust auf ein kurzes Gespräch, um zu schauen, ob das passt?"),
])
ex.conv(J, "template_campaign", "de", "Vorlage 2/5: gleiche Vorlage, Füllung Lichtdesign", [
    ("t2", "2025-07-14 11:30", "Hallo Wiebke, bin auf dein Profil gestoßen und finde stark, was du im Lichtdesign machst! "
     "Wir helfen Kreativen aus der Eventbranche mit einem bewährten System, monatlich 5-10 neue Anfragen zu bekommen, ganz ohne Kaltakquise. "
     "Lust auf ein kurzes Gespräch, ob das passen könnte?"),
])
ex.conv(J, "template_campaign", "de", "Vorlage 3/5: gleiche Vorlage, Füllung Eventbranche Hamburg", [
    ("t3", "2025-08-01 09:00", "Hallo Frau Thormählen, ich bin auf Ihr Unternehmen gestoßen und finde toll, was Sie in der Hamburger Eventbranche machen! "
     "Wir unterstützen Dienstleister mit einem bewährten System dabei, jeden Monat 5-10 neue Kundenanfragen zu generieren, ohne Kaltakquise. "
     "Hätten Sie Lust auf ein kurzes Gespräch?"),
    ("t3", "2025-08-08 09:00", "Hallo Frau Thormählen, haben Sie meine Nachricht gesehen?"),
])
ex.conv(J, "template_campaign", "de", "Vorlage 4/5: gleiche Vorlage, Füllung Bühnentechnik", [
    ("t4", "2025-09-08 14:15", "Moin Wiebke, bin auf Thormählen Licht & Bühne gestoßen, richtig stark was du in der Bühnentechnik machst! "
     "Wir helfen Eventdienstleistern, mit einem bewährten System jeden Monat 5 bis 10 neue Anfragen zu bekommen, ohne Kaltakquise. Kurzes Gespräch, ob's passt?"),
])
ex.conv(J, "template_campaign", "en", "template 5/5: same template in English", [
    ("t5", "2025-10-20 15:00", "Hi Wiebke, I came across Thormählen Licht & Bühne and love what you're doing in event production! "
     "We help event service providers land 5-10 new client enquiries every month with a proven system, no cold outreach needed. "
     "Would you be up for a quick chat to see if it's a fit?"),
])

P("m1", "Nico Bauer", "LeadFabrik", "SDR", connected="2025-04-07")
ex.conv(J, "merge_tag_failure", "de", "ungefüllter {{Vorname}}-Platzhalter", [
    ("m1", "2025-04-07 13:00", "Hallo {{Vorname}}, mir ist aufgefallen, dass {{Firma}} gerade wächst. Wir helfen Teams wie Ihrem, mehr qualifizierte Termine zu buchen. Passt Donnerstag für einen kurzen Call?"),
])
P("m2", "Stefan Wolff", "Lohnbüro Digital", "Vertrieb", connected="2025-06-09")
ex.conv(J, "merge_tag_failure", "de", "falscher Name: Frau Thormann", [
    ("m2", "2025-06-09 09:30", "Sehr geehrte Frau Thormann, Ihr Unternehmen wächst, herzlichen Glückwunsch! Wir übernehmen die Lohnabrechnung für kleine Betriebe ab 8 € pro Mitarbeiter. Darf ich Ihnen ein Angebot senden?"),
])
P("m3", "Julia Hamann", "Cateringwelt", "Key Account", connected="2025-09-29")
ex.conv(J, "merge_tag_failure", "de", "falsche Firma und Branche: hält sie für ein Restaurant", [
    ("m3", "2025-09-29 11:00", "Liebes Team vom Restaurant Thormählen, als Großhändler für Gastronomiebedarf bieten wir Ihnen 15 % auf Ihre erste Bestellung Servietten und Einweggeschirr. Katalog anbei."),
], attachments={0: "Cateringwelt_Katalog.pdf"})
P("m4", "Robin Scholz", "TalentHub", "Talent Partner", connected="2025-11-17")
ex.conv(J, "merge_tag_failure", "de", "ungefüllte [Firma]- und [Branche]-Platzhalter", [
    ("m4", "2025-11-17 08:15", "Hallo Wiebke, ich verfolge [Firma] schon länger und bin beeindruckt von eurem Wachstum in der [Branche]. Wir vermitteln Top-Entwickler an Startups. Sucht ihr gerade?"),
])

P("sp1", "Lumio Business Banking", "Lumio", "", url="https://www.linkedin.com/company/lumio-business-banking")
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail für Geschäftskonto", [
    ("sp1", "2025-05-12 12:00", "Hallo Wiebke, das Geschäftskonto für Selbstständige: 0 € Kontoführung im ersten Jahr, Buchhaltung inklusive. Jetzt in 10 Minuten eröffnen."),
], title="Sponsored Conversation", subject="Dein neues Geschäftskonto")
P("sp2", "Fernakademie Wirtschaft", "Fernakademie Wirtschaft", "", url="https://www.linkedin.com/company/fernakademie-wirtschaft")
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail für berufsbegleitendes Studium", [
    ("sp2", "2025-09-15 12:00", "Wiebke, bereit für den nächsten Karriereschritt? Jetzt berufsbegleitend BWL studieren, 4 Wochen kostenlos testen."),
], title="Sponsored Conversation", subject="Studieren neben dem Job")
P("sp3", "Cloudvault Storage", "Cloudvault", "", url="https://www.linkedin.com/company/cloudvault-storage")
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail for cloud storage", [
    ("sp3", "2026-01-12 12:00", "Hi Wiebke, your files, everywhere. Get 2 TB of secure cloud storage for your business, 50% off for the first year."),
], title="Sponsored Conversation", subject="50% off business storage")

P("award", "Daniela Kessler", "Deutscher Mittelstandspreis der Besten", "Award Management", connected="2025-06-16")
ex.conv(J, "paid_award", "de", "Auszeichnung gegen Gebühr", [
    ("award", "2025-06-16 10:00", "Herzlichen Glückwunsch, Frau Thormählen! Ihr Unternehmen wurde als 'Top Dienstleister Hamburg 2025' ausgewählt. "
     "Für Urkunde, Siegel zur Nutzung auf Ihrer Website und die Pressemitteilung fällt eine einmalige Lizenzgebühr von 890 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag."),
])
P("feature", "Holger Stark", "Unternehmer Magazin Nord", "Anzeigenleitung", connected="2025-03-17")
ex.conv(J, "paid_feature", "de", "bezahltes Porträt im Magazin", [
    ("feature", "2025-03-17 14:00", "Hallo Frau Thormählen, unsere Redaktion möchte Sie in der Rubrik 'Macherinnen aus dem Norden' porträtieren! "
     "Für das ganzseitige Porträt inkl. Fotoshooting berechnen wir einen Kostenbeitrag von 1.950 €. Redaktionsschluss ist der 1.4."),
])
P("podcast", "Chris Bergmann", "Erfolgsfunk Podcast", "Host", connected="2025-10-27")
ex.conv(J, "paid_podcast", "de", "Podcast-Gastplatz gegen Produktionsbeitrag", [
    ("podcast", "2025-10-27 16:00", "Hey Wiebke! Ich würde dich gern als Gast in meinen Podcast 'Erfolgsfunk' einladen (Top 1 % in DE). "
     "Für Schnitt, Shownotes und Social Clips gibt es einen kleinen Produktionsbeitrag von 490 €. Hast du Lust?"),
    ("podcast", "2025-11-03 16:00", "Hi Wiebke, nur kurz nachgefragt, im Dezember ist noch ein Platz frei!"),
])

P("fluent", "Dr. Alexander Pohl", "Pohl & Partner Strategieberatung", "Partner", connected="2025-12-15")
ex.conv(J, "fluent_names_company", "de", "flüssiger Pitch mit Firmennamen, aber beliebig", [
    ("fluent", "2025-12-15 09:30", "Sehr geehrte Frau Thormählen, mit großem Interesse verfolge ich die Entwicklung von Thormählen Licht & Bühne. "
     "Unternehmen an einem solchen Punkt ihres Wachstums stehen oft vor der Frage, wie Strategie, Organisation und Kultur zusammen weiterentwickelt werden können. "
     "Gern würde ich mich mit Ihnen über Ihre Prioritäten für 2026 austauschen."),
])

P("j_recr", "Patrick Hein", "PersonalDirekt", "Recruiter", connected="2025-02-03")
ex.conv(J, "irrelevant_recruiter", "de", "Massen-Recruiting für Lagerjobs", [
    ("j_recr", "2025-02-03 06:45", "Hallo! Wir suchen ab sofort Lagermitarbeiter (m/w/d) in Vollzeit in Hamburg-Billbrook, 14 €/h, Schichtzulage. Bei Interesse einfach mit JA antworten!"),
], folder="SPAM")
P("j_recr2", "Laura Pfeiffer", "IT Talents Europe", "Senior Recruiter", connected="2025-07-28")
ex.conv(J, "irrelevant_recruiter", "en", "irrelevant recruiter (generic counterpart to the theatre offer)", [
    ("j_recr2", "2025-07-28 08:00", "Hi Wiebke, I have an exciting opportunity for a Senior Project Manager in a fast-growing SaaS company in Berlin. "
     "Your profile looks like a great match! Are you open to new challenges?"),
])
P("j_device", "Wang Lei", "Shenzhen StageStar Lighting Co.", "Export Manager", connected="2025-04-14")
ex.conv(J, "generic_product_catalogue", "en", "mass fixture catalogue from a factory (counterpart to tailored fixture pitch)", [
    ("j_device", "2025-04-14 03:00", "Dear Sir/Madam, we are professional manufacturer of stage lights: moving head, LED par, laser, fog machine. Factory price, OEM accepted. "
     "Please check our catalogue and tell me your requirement."),
], attachments={0: "StageStar_2025.pdf"}, folder="SPAM")
P("j_mlm", "Sandra Köhler", "", "Unabhängige Beraterin", connected="2025-05-05")
ex.conv(J, "off_topic_product", "de", "Nahrungsergänzung/MLM", [
    ("j_mlm", "2025-05-05 22:00", "Hallöchen Wiebke 🌸 ich hoffe, ich darf dir einfach schreiben! Ich hab da so ein Energie-Pulver, das mir bei Nachtschichten total hilft. "
     "Und man kann sich damit auch was dazuverdienen 😉 Magst du mehr wissen?"),
])
P("j_seo", "Rahul Verma", "TopRank Digital", "SEO Expert", connected="2025-08-18")
ex.conv(J, "generic_seo", "en", "SEO ranking guarantee", [
    ("j_seo", "2025-08-18 05:30", "Hello, I can rank your website on Google first page for your business keywords in 60 days. Guaranteed results. May I share price list?"),
])
P("j_coach", "Verena Sommer", "Strahlkraft Coaching", "Business Coach für Frauen", connected="2025-11-24")
ex.conv(J, "generic_coaching", "de", "Coaching für Unternehmerinnen", [
    ("j_coach", "2025-11-24 07:30", "Liebe Wiebke, viele erfolgreiche Frauen spüren: Da geht noch mehr! In meinem Mentoring findest du Klarheit, Fokus und mehr Sichtbarkeit. "
     "Hast du Lust auf ein kostenloses Klarheitsgespräch?"),
])
P("j_ai", "Fabian Kurz", "KI-Automatisierung Hamburg", "Gründer", connected="2025-12-08")
ex.conv(J, "generic_service_pitch", "de", "KI-Automatisierung für Unternehmen", [
    ("j_ai", "2025-12-08 08:00", "Hi Wiebke, wie viele Stunden verbringst du pro Woche mit wiederkehrenden Aufgaben? Wir automatisieren Prozesse mit KI und sparen Unternehmen bis zu 20 Stunden pro Woche. "
     "Kurzer Austausch?"),
])

ex.write(OUT,
         {"First Name": "Wiebke", "Last Name": "Thormählen",
          "Headline": "Veranstaltungstechnikerin & Lichtdesignerin (selbstständig) | Konzerte, Theater, Messen, Festivals | Hamburg",
          "Summary": "Ich mache Licht: Design, Einleuchten, Operating auf MA3. Von der Clubtour über die Firmenfeier im Schuppen bis zum Festival an der Elbe. "
                     "Ausgebildete Fachkraft für Veranstaltungstechnik, selbstständig seit 2016.",
          "Industry": "Events Services", "Geo Location": "Hamburg, Deutschland",
          "Websites": "[PERSONAL:thormaehlen-licht.de]"},
         [{"Company Name": "Thormählen Licht & Bühne", "Title": "Inhaberin, Lichtdesign & Veranstaltungstechnik",
           "Description": "Freiberuflich: Lichtdesign, Operating, technische Leitung.", "Location": "Hamburg", "Started On": "Apr 2016"},
          {"Company Name": "Nordlicht Rental GmbH", "Title": "Fachkraft für Veranstaltungstechnik (angestellt)",
           "Location": "Hamburg", "Started On": "Aug 2012", "Finished On": "Mar 2016"}],
         ["Lichtdesign", "grandMA3", "Veranstaltungstechnik", "Rigging", "Festivalproduktion", "Theaterbeleuchtung"])
print(ex.summary())

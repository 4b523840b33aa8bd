"""dev23 persona (written blind as heldout29, session 4): heldout29 persona: Anja Bräutigam, Metzgermeisterin, Metzgerei & Partyservice near Fulda.

Written blind to the detector (session 4). Layout 2021. All message texts are hand-written here;
running this script regenerates ../de-butcher-shop-owner-fulda byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-butcher-shop-owner-fulda"
OUT = Path(__file__).resolve().parents[1] / SLUG

ex = Export(SLUG, "2021", Person("me", "Anja Bräutigam", "https://www.linkedin.com/in/anja-braeutigam-7d20c4",
                                 "Metzgerei & Partyservice Bräutigam", "Inhaberin, Metzgermeisterin"))
P = ex.person
c = ex.conv
FIRMA = "Metzgerei & Partyservice Bräutigam"

# ---------------------------------------------------------------- people
P("obermeister", "Bernd Hohmann", "Fleischer-Innung Fulda", "Obermeister", connected="2017-03-20")
P("innung_gf", "Petra Gutberlet", "Kreishandwerkerschaft Fulda", "Geschäftsführerin", connected="2018-06-11")
P("bauer_klaus", "Klaus Wehner", "Wehner-Hof Rhöner Weiderind", "Landwirt", connected="2016-09-01")
P("bauer_moni", "Monika Schäfer", "Schäfer Rhönschaf & Landschwein", "Betriebsleiterin", connected="2019-04-02")
P("schlachthof", "Jürgen Leibold", "Schlachthof Osthessen eG", "Geschäftsführer", connected="2015-11-11")
P("verpackung", "Daan de Vries", "VacuPak Benelux B.V.", "Key Account Manager DACH", connected="2020-01-28")
P("technik", "Stefan Kircher", "Kircher Fleischereitechnik", "Servicetechniker", connected="2018-02-14")
P("gewuerz", "Elke Trabert", "Rhöngewürze Trabert", "Außendienst", connected="2016-05-05")
P("kunde_sabine", "Sabine Möller", "Sparkasse Fulda", "Filialleiterin", connected="2019-12-01")
P("kunde_firma", "Thomas Rübsam", "Rübsam Haustechnik GmbH", "Geschäftsführer", connected="2021-07-07")
P("kunde_hochzeit", "Lisa Hartmann", "", "Lehrerin", connected="2024-01-20",
  invite=("IN", "2024-01-19 20:14", "Hallo Frau Bräutigam, wir würden gerne wegen Catering für unsere Hochzeit anfragen."))
P("kunde_pfarrei", "Markus Jost", "Pfarrei St. Peter Petersberg", "Pfarrgemeinderat", connected="2020-08-15")
P("kunde_expat", "Megan Brooks", "Fulda Precision Components", "HR Business Partner", connected="2024-04-10",
  invite=("IN", "2024-04-09 11:00", "Hi Anja, a colleague recommended your catering - may I connect?"))
P("kollegin_baeckerei", "Claudia Vogler", "Bäckerei Vogler Künzell", "Bäckermeisterin", connected="2017-10-10")
P("azubi_jonas", "Jonas Kreß", "", "Schüler", connected="2024-02-05",
  invite=("IN", "2024-02-04 17:30", "Hallo, ich interessiere mich für eine Ausbildung bei Ihnen."))
P("azubi_mia", "Mia Heurich", FIRMA, "Auszubildende Fachverkäuferin", connected="2023-09-01")
P("filiale_gabi", "Gabi Hahn", FIRMA, "Filialleitung Künzell", connected="2018-03-03")
P("recruiter", "Nadine Storch", "Storch Personal Lebensmittelhandwerk", "Personalberaterin", connected="2024-05-06",
  invite=("OUT", "2024-05-06 21:00", "Hallo Frau Storch, Frau Gutberlet von der Kreishandwerkerschaft hat Sie empfohlen."))
P("journalistin", "Katja Wiegand", "Osthessen-Kurier", "Redakteurin Wirtschaft", connected="2024-10-01")
P("meisterschule", "Horst Eckhardt", "Fleischerschule Frankfurt", "Dozent", connected="2012-04-20")
P("freundin", "Sandra Gies", "", "", connected="2014-01-01")
P("cousin", "Michael Bräutigam", "Bräutigam Landtechnik", "Inhaber", connected="2013-05-05")
P("steuer", "Renate Nophut", "Steuerkanzlei Nophut", "Steuerberaterin", connected="2016-01-15")
P("glueck1", "Frank Kümpel", "Fleischerei Kümpel Hünfeld", "Metzgermeister", connected="2015-06-06")
P("glueck2", "Ulrike Schmitt", "Landfrauen Petersberg", "Vorsitzende", connected="2019-09-09")
P("glueck3", "Dieter Möller", "Gasthaus zur Linde", "Wirt", connected="2017-07-07")
P("dlg", "Hannes Ruppert", "Landesinnungsverband Hessen", "Referent Qualität", connected="2022-02-22")
P("feuerwehr", "Timo Kremer", "FFW Petersberg", "Wehrführer", connected="2020-05-01")
P("kita", "Julia Stock", "Kita Sonnenschein Petersberg", "Leitung", connected="2022-08-30")

# wanted pitchers
P("w_foto", "Lara Fehl", "Fehl Fotografie", "Food-Fotografin")
P("w_kasse", "Oliver Reith", "MetzKasse Systeme", "Vertrieb Hessen")
P("w_kaelte", "Sven Dittmar", "Dittmar Kältetechnik", "Inhaber")
P("w_social", "Jana Kolb", "", "Freiberufliche Social-Media-Managerin",
  invite=("IN", "2024-03-14 10:00", "Hallo Frau Bräutigam, Ihr Azubi-Video ist super!"), connected="2024-03-15")
P("w_recruit", "Timo Brandau", "HandwerksTalente Osthessen", "Personalberater")
P("w_darm", "Gerhard Zentgraf", "Zentgraf Naturdärme", "Vertrieb")
P("w_software", "Melanie Bott", "CaterPlan", "Kundenberaterin")
P("w_laden", "Ralf Stumpf", "Stumpf Ladenbau", "Projektleiter")
P("w_foerder", "Dr. Ines Lotz", "Lotz Fördermittelberatung", "Beraterin")
P("w_etiketten", "Patrick Heil", "Etikettenwerk Vogelsberg", "Vertrieb")
P("w_web", "Nico Gärtner", "Gärtner Webdesign Fulda", "Webentwickler")
P("w_energie", "Carina Weber", "RhönEnergie Beratung", "Energieberaterin")

# junk senders
P("j_bew1", "Kevin Schulte", "Sternemacher GmbH", "Sales Manager",
  invite=("IN", "2024-02-12 08:00", ""), connected="2024-02-12")
P("j_bew2", "Laura Dietz", "ReviewBoost Deutschland", "Account Executive",
  invite=("IN", "2024-04-15 09:00", ""), connected="2024-04-16")
P("j_bew3", "Marcel Kraus", "Top5Sterne Agentur", "Gründer")
P("j_bew4", "Sarah Winkler", "LocalRank Media", "Beraterin",
  invite=("IN", "2024-09-02 07:45", "Hallo Anja, gerne vernetzen!"), connected="2024-09-03")
P("j_bew5", "Jake Miller", "StarPilot Reviews", "Growth Manager")
P("j_merge1", "Dennis Roth", "Gastro Leasing Partner", "Vertrieb")
P("j_merge2", "Svenja Brandt", "KMU Digital Consulting", "Consultant")
P("j_merge3", "Florian Haas", "Haas Vertriebsberatung", "Inhaber")
P("j_merge4", "Tanja Lindner", "Azubi-Magnet", "Kundenberaterin")
P("j_coach", "Andreas Meister", "Unternehmer-Mindset Akademie", "Business-Coach",
  invite=("IN", "2024-05-20 19:30", "Unternehmer unter sich 💪"), connected="2024-05-21")
P("j_pv", "Heiko Wendt", "SonnenKraft Direkt", "Energieberater")
P("j_krypto", "Viktor Engel", "Engel Capital", "Vermögensberater")
P("j_award", "Susanne Kohl", "Deutscher Mittelstandspreis Regional", "Projektleitung")
P("j_magazin", "Bernhard Lauer", "Handwerk Exklusiv Magazin", "Anzeigenleitung")
P("j_catering", "Nicole Fuchs", "Fuchs Eventcatering", "Inhaberin",
  invite=("IN", "2024-11-04 12:00", ""), connected="2024-11-05")
P("j_wurst", "Lukas Feld", "WurstBox Online", "Partnermanager")
P("j_kapazitaet", "Yvonne Peters", "AuftragsPortal24", "Partnerbetreuung")
P("j_call", "Dominik Vogt", "CloudSoft Solutions", "Business Development",
  invite=("IN", "2024-06-24 08:10", ""), connected="2024-06-24")
P("j_netzwerk", "Ralf Schubert", "Erfolgskreis Mittelstand", "Netzwerkgründer")
P("j_web", "Sebastian Kurz", "Pixelwerk Agentur", "Projektmanager",
  invite=("IN", "2024-08-12 10:30", ""), connected="2024-08-13")
P("j_kasse", "Melissa Jung", "KassenPro Deutschland", "Vertrieb")
P("j_foto", "Ben Hofmann", "ImageFactory", "Kundenberater")
P("j_recruit", "Patrick Neumann", "JobSprint Personal", "Recruiter")
P("j_vertrieb", "Aylin Demir", "Versicherungsbüro Demir", "Finanzberaterin",
  invite=("IN", "2024-10-07 18:00", ""), connected="2024-10-08")
P("j_va", "Grace Santos", "BizAssist Philippines", "Client Success")
P("j_ki", "Moritz Albers", "KI-Turbo", "Gründer")
P("j_seo", "Rainer Ott", "SEO Rakete", "SEO-Berater")
P("j_flotte", "Janine Hübner", "E-Mobil Leasing Hessen", "Beraterin")
P("j_software", "Timo Lenz", "EventMaster Suite", "Account Manager")
P("j_fluent", "Christina Brehm", "GastroGrowth", "Head of Partnerships")
P("spon1", "LinkedIn Member", url="")
P("spon2", "LinkedIn Member", url="")

SPONSORED = "Sponsored Conversation"

# ============================================================ GENUINE
c("genuine", "vendor_existing_price_change", "de", "Rhöner Weiderind-Bauer kündigt höheren Preis pro kg an", [
    ("bauer_klaus", "2024-01-08 19:45", "Hallo Anja, frohes Neues! Muss dir leider was sagen, was dir net gefallen wird: ab Februar muss ich für die Färsen 40 Cent mehr pro Kilo Schlachtgewicht nehmen. Futter, Diesel, Tierarzt, alles teurer. Ich weiß, dass du seit 8 Jahren treu bei mir kaufst, deswegen sag ich's dir als Erste. Können gern mal drüber reden, wenn du am Hof bist."),
    ("me", "2024-01-08 21:10", "Ei Klaus, danke dass du's direkt sagst. Schön ist anders, aber ich versteh's. Ich komm Samstag vorbei, dann schwätze mer. Bleibt's bei zwei Tieren im Monat?"),
    ("bauer_klaus", "2024-01-09 06:30", "Ja, zwei im Monat, im Sommer gern drei wegen Grillsaison. Bis Samstag!"),
])
c("genuine", "vendor_existing_price_change", "en", "Dutch packaging supplier announces price increase for vacuum bags (English)", [
    ("verpackung", "2024-03-04 10:15", "Dear Anja, I hope all is well in Petersberg. I need to inform you that from 1 April our prices for vacuum pouches will increase by 7.5% due to raw material costs. Your current order of 20,000 pouches 200x300 would go from EUR 1,180 to EUR 1,268. If you order before 25 March I can still ship at the old price. Apologies for the bad news. Kind regards, Daan"),
    ("me", "2024-03-04 13:20", "Hello Daan, thank you for the early notice. Please send 30,000 at the old price then, the summer season is coming. Same delivery address as always."),
    ("verpackung", "2024-03-04 14:02", "Thank you Anja, order confirmed, delivery in week 12."),
])
c("genuine", "client_quote_request", "de", "Hochzeitspaar fragt Angebot für Catering an (Inbound-Lead)", [
    ("kunde_hochzeit", "2024-01-20 18:30", "Hallo Frau Bräutigam, vielen Dank fürs Annehmen! Wir heiraten am 14. September in der Scheune in Dipperz, ca. 110 Gäste. Meine Schwiegermutter schwärmt von Ihrem Spießbraten. Könnten Sie uns ein Angebot für ein Buffet machen (Spießbraten, was Vegetarisches, Salate, Nachtisch)? Und wie sieht es mit Geschirr und Personal aus?"),
    ("me", "2024-01-21 09:15", "Hallo Frau Hartmann, erstmal herzlichen Glückwunsch zur Verlobung! Der 14.9. ist noch frei. Ich schick Ihnen bis Mittwoch zwei Buffetvorschläge mit Preisen pro Person, Geschirr und Servicepersonal als Option. Wollen Sie vorher zum Probeessen kommen? Das machen wir im Frühjahr immer an einem Samstag."),
    ("kunde_hochzeit", "2024-01-21 10:02", "Sehr gerne Probeessen! Danke!!"),
    ("me", "2024-01-24 20:30", "Angebot ist per Mail raus. Variante 2 ist die, die die meisten nehmen. Anzahlung 30% bei Auftrag, Rest nach der Feier."),
    ("kunde_hochzeit", "2024-02-03 16:00", "Wir nehmen Variante 2 😊 Unterschriebenes Angebot kommt per Post."),
])
c("genuine", "inbound_lead", "en", "HR of local company wants to buy catering for summer party (English)", [
    ("kunde_expat", "2024-04-10 09:30", "Hi Anja, thanks for accepting. We're planning our summer BBQ for about 180 employees on 5 July at our site in Fulda. My colleague Tobias said your catering did his brother's company party and it was excellent. Could you send me a quote incl. grill station, sausages, steaks, some vegetarian options and salads? My German is still basic, sorry for writing in English!"),
    ("me", "2024-04-10 12:40", "Hi Megan, no problem at all! Yes, 5 July is possible. I will send you a quote by Friday, with a grill station and two of our staff. Do you need tables and tents too, or only food?"),
    ("kunde_expat", "2024-04-10 13:05", "Only food and the grill team, we have tents. Thank you!"),
    ("me", "2024-04-12 17:00", "Quote sent to your email. Price per person incl. VAT, minimum 150 people."),
    ("kunde_expat", "2024-04-18 10:10", "Approved by management 🎉 PO comes next week."),
])
c("genuine", "peer_joint_offer", "de", "Bäckermeisterin schlägt gemeinsames Angebot für Stadtfest-Catering vor", [
    ("kollegin_baeckerei", "2024-02-26 14:00", "Hallo Anja! Die Gemeinde hat für das Jubiläum im Juni (1.250 Jahre Künzell) eine Anfrage für die Verpflegung der Ehrengäste rausgeschickt. Alleine ist mir das zu groß. Wollen wir zusammen anbieten? Du Fleisch und warme Küche, ich Brot, Brötchen und Kuchen. Preise würd ich getrennt kalkulieren und dann in ein gemeinsames Angebot packen."),
    ("me", "2024-02-26 18:45", "Claudia, super Idee, bin dabei! Wer schreibt das Angebot? Ich hab im Moment mehr Luft als du glaub ich."),
    ("kollegin_baeckerei", "2024-02-26 19:00", "Du bist ein Schatz. Dann schick ich dir meine Preise bis Freitag. Abgabe ist 15.3."),
    ("me", "2024-03-14 22:10", "Angebot ist abgegeben. Daumen drücken!"),
    ("kollegin_baeckerei", "2024-04-02 08:30", "WIR HABEN DEN ZUSCHLAG!! 🥨🥩"),
])
c("genuine", "recruiter_relevant", "de", "Personalberaterin, die die Inhaberin selbst angeschrieben hat (Filialleitung gesucht)", [
    ("me", "2024-05-06 21:05", "Guten Abend Frau Storch, ich suche eine Filialleitung für meine Filiale in Eichenzell (Fleischereifachverkäuferin mit Erfahrung, gern auch Meisterin). Frau Gutberlet meinte, Sie hätten sich aufs Lebensmittelhandwerk spezialisiert. Was würde so eine Suche bei Ihnen kosten?"),
    ("recruiter", "2024-05-07 08:40", "Guten Morgen Frau Bräutigam, vielen Dank für Ihr Vertrauen! Ja, das ist genau unser Bereich. Unser Honorar liegt bei 18 % des ersten Jahresgehalts, fällig erst bei Einstellung. Ich schlage ein kurzes Telefonat vor, damit ich das Profil verstehe - passt Donnerstag 14 Uhr?"),
    ("me", "2024-05-07 12:15", "Donnerstag 14 Uhr passt, da ist es ruhig im Laden."),
    ("recruiter", "2024-06-20 16:00", "Frau Bräutigam, ich habe zwei Kandidatinnen, die ich Ihnen gerne vorstellen möchte. Profile kommen per Mail."),
    ("me", "2024-06-20 19:30", "Danke! Die zweite gefällt mir sehr. Vorstellungsgespräch gern nächste Woche."),
])
c("genuine", "applicant", "de", "Schüler bewirbt sich um Ausbildung", [
    ("azubi_jonas", "2024-02-05 16:20", "Hallo Frau Bräutigam, ich bin Jonas, 16, und gehe auf die Realschule in Petersberg. Ich hab im Praktikum in der 9. Klasse schon mal in einer Metzgerei gearbeitet und würde gern ab August eine Ausbildung zum Fleischer bei ihnen machen. Kann ich meine Bewerbung per Mail schicken oder soll ich vorbei kommen? Viele Grüße Jonas"),
    ("me", "2024-02-05 19:00", "Hallo Jonas, schön dass du dich meldest! Komm am besten einfach mal vorbei, Dienstag oder Donnerstag nach der Schule, und bring deine Zeugnisse mit. Dann zeig ich dir auch die Wurstküche. Viele Grüße, Anja Bräutigam"),
    ("azubi_jonas", "2024-02-05 19:12", "Super danke, ich komm am Dienstag!"),
])
c("genuine", "client_in_spam", "de", "Stammkunde (Pfarrei) fragt Preis für Pfarrfest - landete im SPAM-Ordner", [
    ("kunde_pfarrei", "2024-05-27 11:00", "Liebe Frau Bräutigam, wie jedes Jahr wollten wir Sie fürs Pfarrfest am 7. Juli anfragen: 400 Bratwürste, 150 Steaks, dazu Brötchen von der Bäckerei Vogler. Bleibt es bei den Preisen vom letzten Jahr? Herzliche Grüße, Markus Jost"),
    ("me", "2024-06-03 07:50", "Lieber Herr Jost, Entschuldigung für die späte Antwort, Ihre Nachricht war im Spam-Ordner gelandet! Natürlich machen wir das wieder. Bratwurst bleibt beim alten Preis, Steaks sind 20 Cent teurer wegen dem Schweinepreis. Ich notier's fest."),
], folder="SPAM")
c("genuine", "thanks_congrats", "de", "Glückwunsch zur Landesprämierung der Ahle Worscht (1 von 3)", [
    ("glueck1", "2024-10-14 20:10", "Herzlichen Glückwunsch zum Landessieg, Anja! Verdient. Die Worscht ist aber auch gut 👍"),
])
c("genuine", "thanks_congrats", "de", "Glückwunsch zur Landesprämierung (2 von 3)", [
    ("glueck2", "2024-10-14 21:30", "Herzlichen Glückwunsch zum Landessieg liebe Anja! Wir Landfrauen sind stolz auf dich!"),
    ("me", "2024-10-15 06:15", "Dankeschön Ulrike ❤️"),
])
c("genuine", "thanks_congrats", "de", "Glückwunsch zur Landesprämierung (3 von 3)", [
    ("glueck3", "2024-10-15 09:05", "Glückwunsch zum Landessieg! Verdient. Die Worscht kommt bei uns weiter auf die Vesperplatte 😉"),
])
c("genuine", "community", "de", "Obermeister der Innung, langjähriger Kontakt, Versammlung und Prüfungsausschuss", [
    ("obermeister", "2022-11-03 18:00", "Anja, die Innung sucht noch jemand für den Gesellenprüfungsausschuss. Hättest du Lust? Ist zweimal im Jahr."),
    ("me", "2022-11-03 20:00", "Ja, mach ich, Bernd. Wurde ja auch mal geprüft 😄"),
    ("obermeister", "2023-10-20 17:30", "Erinnerung: Innungsversammlung am 8.11. in der Linde. Thema u.a. Tierwohl-Kennzeichnung und der neue Mindestlohn."),
    ("me", "2023-10-20 18:00", "Bin da."),
    ("obermeister", "2024-09-16 19:00", "Hast du Lust, bei der nächsten Versammlung kurz was zu deiner Direktvermarktung mit dem Wehner-Hof zu erzählen? 15 Minuten reichen."),
    ("me", "2024-09-16 21:15", "Mach ich gern, aber nur wenn's danach Schnitzel gibt."),
])
c("genuine", "event_invite", "de", "Kreishandwerkerschaft lädt zum Neujahrsempfang ein", [
    ("innung_gf", "2025-01-07 10:00", "Liebe Frau Bräutigam, wir würden uns freuen, Sie beim Neujahrsempfang der Kreishandwerkerschaft am 24. Januar im Kongresszentrum zu sehen. Und: hätten Sie Lust, als Landessiegerin kurz auf die Bühne zu kommen? Nur ein Foto und zwei Sätze."),
    ("me", "2025-01-07 12:30", "Liebe Frau Gutberlet, gerne! Zwei Sätze schaff ich grad noch."),
])
c("genuine", "journalist", "de", "Journalistin will Porträt über Landessiegerin schreiben", [
    ("journalistin", "2024-10-16 10:00", "Hallo Frau Bräutigam, ich bin Redakteurin beim Osthessen-Kurier und würde gern ein kleines Porträt über Sie und die prämierte Ahle Worscht schreiben - mit Fotos in der Wurstküche. Hätten Sie nächste Woche eine Stunde Zeit?"),
    ("me", "2024-10-16 13:00", "Hallo Frau Wiegand, gerne! Mittwoch ab 14 Uhr, da ist die Wurstküche fertig und sauber 😄"),
    ("journalistin", "2024-10-16 13:10", "Prima, Mittwoch 14:30 bei Ihnen in Petersberg. Ich bring den Fotografen mit."),
])
c("genuine", "vendor_existing", "de", "Servicetechniker: Wartungstermin Kutter, Kostenvoranschlag", [
    ("technik", "2024-07-01 07:15", "Morgen Frau Bräutigam, der Kutter ist fällig für die Jahreswartung. Die Messerwelle würde ich bei der Gelegenheit tauschen, Kostenvoranschlag ca. 890 € netto inkl. Anfahrt. Passt Ihnen Montag 15.7. ab 14 Uhr?"),
    ("me", "2024-07-01 09:40", "Passt, aber bitte nicht vor 14 Uhr, vormittags wird gewurstet. Messerwelle ok."),
    ("technik", "2024-07-01 09:45", "Geht klar."),
])
c("genuine", "vendor_existing", "de", "Gewürzlieferantin, langjährig, Bestellung und neue Mischung", [
    ("gewuerz", "2024-03-18 11:00", "Hallo Anja, die neue Grillmischung ohne Glutamat ist da! Soll ich dir 5 kg zum Testen mitbringen, wenn ich Donnerstag eh zur Bestellung komme? Preis wie die alte."),
    ("me", "2024-03-18 11:30", "Ja bitte, und 10 kg Bratwurstgewürz wie immer."),
])
c("genuine", "vendor_existing_price_change", "de", "Schlachthof kündigt neue Schlachtgebühren an", [
    ("schlachthof", "2023-12-04 14:00", "Sehr geehrte Frau Bräutigam, wie auf der Mitgliederversammlung angekündigt, steigen die Schlachtgebühren zum 1.1. um 3,50 € pro Schwein und 12 € pro Rind. Die neue Gebührenordnung schicke ich Ihnen per Post. Bei Fragen rufen Sie mich gerne an. Mit freundlichen Grüßen, Jürgen Leibold"),
    ("me", "2023-12-04 16:20", "Danke Herr Leibold, hab's gesehen. Eine Frage: gilt das auch für die Rhönschafe?"),
    ("schlachthof", "2023-12-05 08:30", "Für Schafe bleibt's unverändert."),
])
c("genuine", "vendor_existing", "de", "Rhönschaf-Bäuerin, Liefermenge Ostern", [
    ("bauer_moni", "2024-02-19 20:00", "Ei guude Anja, wie viele Lämmer brauchst du für Ostern? Ich hab dies Jahr 14 schöne, kann dir 6 reservieren."),
    ("me", "2024-02-19 20:30", "Nehm ich alle 6! Letztes Jahr war Lammkeule schon Gründonnerstag ausverkauft."),
    ("bauer_moni", "2024-02-19 20:31", "Prima, notier ich."),
])
c("genuine", "client", "de", "Firmenkunde bestellt wiederkehrend Mittagstisch, Rechnungsfrage", [
    ("kunde_firma", "2024-06-03 07:30", "Hallo Frau Bräutigam, könnten wir den Mittagstisch für die Monteure ab Juli auf 3 Tage pro Woche erhöhen? Und die Rechnung für Mai hat noch den alten Preis pro Essen, nur damit Sie's wissen, nicht dass Sie sich ärgern."),
    ("me", "2024-06-03 08:20", "Guten Morgen Herr Rübsam, danke für den ehrlichen Hinweis! Ich korrigier die Rechnung. 3 Tage ab Juli ist kein Problem, Mo/Mi/Fr?"),
    ("kunde_firma", "2024-06-03 08:25", "Mo/Mi/Fr passt."),
])
c("genuine", "client", "de", "Stammkundin bestellt Weihnachtsbraten", [
    ("kunde_sabine", "2024-12-10 19:00", "Hallo Anja, kann ich bei dir auch über LinkedIn bestellen? 😅 Ich bräuchte für Heiligabend ein Rinderfilet, ca 1,5 kg, und 2 Kilo Bratwurst. Abholung am 23.?"),
    ("me", "2024-12-10 19:30", "Klar kannst du! Ist notiert, Abholung 23. in Petersberg. Ab 8 Uhr liegt's bereit."),
])
c("genuine", "colleague", "de", "Filialleiterin Künzell, interne Abstimmung", [
    ("filiale_gabi", "2024-08-09 06:10", "Morgen Chefin, die Kühltheke in Künzell macht wieder Geräusche. Soll ich Kircher anrufen oder machst du?"),
    ("me", "2024-08-09 06:25", "Ich ruf an. Bis dahin das Hackfleisch in die große Kühlzelle."),
])
c("genuine", "colleague", "de", "Azubine fragt wegen Berufsschule und Prüfung", [
    ("azubi_mia", "2024-04-15 17:00", "Hallo Frau Bräutigam, ich hab am 23. Mai die Zwischenprüfung. Kann ich am Tag davor freihaben zum Lernen? Liebe Grüße Mia"),
    ("me", "2024-04-15 18:10", "Klar Mia, kein Problem. Und wenn du Fragen zur Warenkunde hast, frag mich ruhig. Du schaffst das!"),
])
c("genuine", "friend", "de", "Meisterschul-Dozent, sehr langjähriger Kontakt", [
    ("meisterschule", "2023-05-12 10:00", "Liebe Anja, 10 Jahre Meisterbrief - ich hab's im Kalender gesehen 😉 Wie läuft der Laden?"),
    ("me", "2023-05-12 19:30", "Herr Eckhardt! Dass Sie daran denken! Läuft gut, jetzt drei Läden und der Partyservice. Ohne Ihre Kalkulationsstunden wär ich pleite."),
    ("meisterschule", "2023-05-13 08:00", "Das freut mich sehr. Besuch uns mal in Frankfurt, die Schüler können eine echte Unternehmerin gut gebrauchen."),
    ("me", "2024-11-20 20:00", "Versprochen ist versprochen: hätten Sie im Februar Platz für einen Gastvortrag?"),
    ("meisterschule", "2024-11-21 09:00", "Sehr gern! 12. Februar, 10 Uhr?"),
])
c("genuine", "friend", "de", "Freundin, Kaffeeklatsch", [
    ("freundin", "2024-09-22 21:30", "Anja!! Wann gehen wir endlich mal wieder auf den Zwiebelmarkt... oder wenigstens auf nen Kaffee in Fulda? Du arbeitest zu viel!"),
    ("me", "2024-09-22 22:00", "Ich weiß 🙈 Sonntag nachmittag? Café am Dom?"),
    ("freundin", "2024-09-22 22:02", "Abgemacht!"),
])
c("genuine", "family", "de", "Cousin fragt wegen Anhänger für Grillwagen", [
    ("cousin", "2024-05-02 12:00", "Hi Anja, der TÜV für deinen Grillanhänger ist im Juni fällig. Soll ich den vorher durchschauen? Bring ihn einfach in die Werkstatt."),
    ("me", "2024-05-02 12:20", "Du bist der Beste. Nächste Woche Dienstag?"),
])
c("genuine", "vendor_existing", "de", "Steuerberaterin, Unterlagen und Honorar-Anpassung", [
    ("steuer", "2024-02-01 09:00", "Liebe Frau Bräutigam, für den Jahresabschluss brauche ich noch die Inventur der Filialen. Außerdem: ab diesem Jahr passen wir unser Honorar für die Lohnbuchhaltung an, 2 € mehr pro Mitarbeiter und Monat. Die Details stehen in der Mail von letzter Woche."),
    ("me", "2024-02-01 20:45", "Inventurlisten schick ich bis Montag. Honorar ist ok, danke für die Info."),
])
c("genuine", "owner_started", "de", "Inhaberin fragt beim Landesinnungsverband nach Prämierungsregeln", [
    ("me", "2024-06-10 15:00", "Hallo Herr Ruppert, darf man bei der Landesprämierung dieses Jahr auch luftgetrocknete Rohwurst aus Rhönschaf einreichen, oder nur klassische Ahle Worscht? Danke und viele Grüße, Anja Bräutigam"),
    ("dlg", "2024-06-11 09:00", "Hallo Frau Bräutigam, beides geht, aber in getrennten Kategorien. Anmeldeschluss ist der 31. August. Die Gebühr pro Produkt bleibt bei 45 €."),
    ("me", "2024-06-11 10:00", "Danke! Dann melde ich beide an."),
])
c("genuine", "owner_started", "de", "Inhaberin schlägt Bauer Aktion 'Hoftag' vor", [
    ("me", "2024-04-22 21:00", "Klaus, was hältst du davon, wenn wir im Juni einen Hoftag bei dir machen? Ich bring den Grillwagen, du zeigst die Weide. Die Leute sollen sehen, wo ihr Fleisch herkommt."),
    ("bauer_klaus", "2024-04-23 06:00", "Gude Idee! 16. Juni? Dann sind die Kälber draußen."),
    ("me", "2024-04-23 06:30", "16. Juni. Ich mach Flyer."),
])
c("genuine", "community", "de", "Feuerwehr fragt Spende/Preis für Grillfest", [
    ("feuerwehr", "2024-07-29 20:00", "Hallo Anja, unser Feuerwehrfest ist am 24.8. Könntest du uns wieder 300 Bratwürste machen? Falls ein kleiner Vereinsrabatt drin ist, sagen wir nicht nein 😄"),
    ("me", "2024-07-29 20:40", "Für euch doch immer. 10% Vereinsrabatt wie letztes Jahr, und ein Kasten Bier für die Jugendfeuerwehr geht auf mich."),
])
c("genuine", "client", "de", "Kita fragt nach Mittagessen-Lieferung (Angebot)", [
    ("kita", "2024-11-11 13:00", "Sehr geehrte Frau Bräutigam, unser Mittagessen-Lieferant hört zum Jahresende auf. Könnten Sie sich vorstellen, für 45 Kinder täglich warmes Mittagessen zu liefern? Wir bräuchten ein Angebot mit Preis pro Portion und einen Beispiel-Speiseplan. Vegetarisch 2x pro Woche wäre wichtig."),
    ("me", "2024-11-11 19:00", "Liebe Frau Stock, das machen wir gern. Ich setze mich mit meiner Köchin zusammen und schicke Ihnen bis Ende nächster Woche ein Angebot und einen Vier-Wochen-Plan."),
    ("kita", "2024-11-12 08:00", "Wunderbar, danke!"),
])
c("genuine", "thanks_congrats", "de", "Kunde bedankt sich nach Hochzeit", [
    ("kunde_hochzeit", "2024-09-16 12:00", "Liebe Frau Bräutigam, vielen vielen Dank! Alle Gäste haben vom Spießbraten geschwärmt, und Ihr Team war so herzlich. Wir empfehlen Sie überall weiter!"),
    ("me", "2024-09-16 18:00", "Das freut uns sehr! Alles Gute für Ihre Ehe!"),
])
c("genuine", "colleague", "de", "Metzgerkollege aus Hünfeld, Aushilfe mit Ware", [
    ("glueck1", "2024-03-27 16:00", "Anja, mir ist die Räucherkammer ausgefallen, ausgerechnet vor Ostern. Kannst du mir 20 kg Kasseler mitmachen? Ich zahl dir natürlich den Preis, oder ich helf dir im Sommer aus."),
    ("me", "2024-03-27 16:30", "Bring's morgen früh vorbei, ich mach's mit. Bezahlen musst du nix, aber im Sommer will ich deine Hilfe beim Stadtfest 😉"),
    ("glueck1", "2024-03-27 16:31", "Deal. Danke dir!"),
])
c("genuine", "client", "de", "Landfrauen bestellen Kochkurs", [
    ("glueck2", "2024-01-30 10:00", "Liebe Anja, die Landfrauen würden gern einen Wurstkurs bei dir machen, so wie letztes Jahr die aus Hofbieber. Was würde das für 12 Frauen kosten?"),
    ("me", "2024-01-30 12:00", "Liebe Ulrike, 45 € pro Person inklusive Wurst zum Mitnehmen und Vesper. An einem Samstagnachmittag im März?"),
    ("glueck2", "2024-01-30 12:30", "Perfekt, ich frag rum und melde mich."),
])
c("genuine", "hiring_genuine", "de", "Filialleiterin empfiehlt Bekannte als Aushilfe", [
    ("filiale_gabi", "2024-10-21 14:00", "Chefin, die Tochter von meiner Nachbarin sucht nen Minijob samstags. Sie hat schon im Supermarkt an der Fleischtheke gearbeitet. Soll ich ihr sagen, sie soll sich melden?"),
    ("me", "2024-10-21 14:30", "Ja, unbedingt! Samstags brauchen wir in Künzell dringend jemand."),
])
c("genuine", "inbound_lead", "de", "Gastwirt will ihre Ahle Worscht im Großhandel kaufen (Preisanfrage)", [
    ("glueck3", "2024-11-04 10:30", "Hallo Anja, seit der Prämierung fragen die Gäste dauernd nach deiner Worscht. Könntest du uns regelmäßig beliefern, so 8-10 Kilo die Woche? Was würdest du mir als Wiederverkäufer pro Kilo machen?"),
    ("me", "2024-11-04 13:00", "Hallo Dieter, das freut mich! 8-10 Kilo schaff ich, wenn du mir 3 Wochen Vorlauf gibst, die Worscht muss ja reifen. Wiederverkäuferpreis schick ich dir heute Abend, mit Staffel ab 10 Kilo."),
    ("glueck3", "2024-11-04 13:10", "Super. Und auf die Karte schreiben wir 'von der Landessiegerin' 😄"),
])

# ============================================================ WANTED PITCH
c("wanted_pitch", "tailored_relevant_pitch", "de", "Food-Fotografin hat die Website besucht und nennt die veralteten Catering-Fotos", [
    ("w_foto", "2024-02-20 09:30", "Hallo Frau Bräutigam, ich bin Food-Fotografin aus Fulda und hab mir Ihre Partyservice-Seite angeschaut, weil wir im Herbst bei einer Hochzeit Ihr Buffet hatten (das war wirklich toll). Auf der Seite sind die Buffetfotos aber noch die alten mit Blitz und Alufolie, und die Preisliste ist als Scan eingebunden - das wird Ihrem Essen nicht gerecht. Ich würde Ihnen ein Shooting für die Catering-Seite anbieten, halber Tag, Festpreis 490 €. Ganz unverbindlich, nur falls Sie ohnehin über neue Bilder nachdenken."),
    ("me", "2024-02-20 20:00", "Hallo Frau Fehl, ertappt 😅 Die Fotos sind von 2015. Lassen Sie uns telefonieren."),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Kassenanbieter kennt ihr altes Kassensystem und die TSE-Frist", [
    ("w_kasse", "2024-05-13 10:00", "Sehr geehrte Frau Bräutigam, ich war letzte Woche in Ihrer Filiale in Künzell einkaufen und habe gesehen, dass dort noch die alte Waage-Kasse ohne Bonanbindung ans Warenwirtschaftssystem steht - das Modell wird ab nächstem Jahr vom Hersteller nicht mehr mit TSE-Updates versorgt. Wir rüsten gerade mehrere Metzgereien in Osthessen auf Waagen-Kassen-Verbund um, die Filialen können dann auch die Bestände untereinander sehen. Darf ich Ihnen eine Übersicht schicken, was das für drei Standorte kosten würde?"),
    ("me", "2024-05-13 13:00", "Das mit dem TSE-Update wusste ich nicht. Ja, schicken Sie mal."),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Kältetechniker nennt konkretes Problem (Kühlzelle Eichenzell, Stromkosten) nach Hinweis von Mitarbeiterin", [
    ("w_kaelte", "2024-08-26 16:00", "Guten Tag Frau Bräutigam, Ihr Servicetechniker Herr Kircher hat mir erzählt, dass die Kühlzelle in Eichenzell noch mit R404A läuft und im Sommer dauernd auf Störung geht. Das Kältemittel wird immer teurer und knapper. Wir haben uns auf die Umrüstung kleiner Kühlzellen im Lebensmittelhandwerk spezialisiert und es gibt dafür aktuell eine BAFA-Förderung. Soll ich mir die Anlage mal unverbindlich anschauen?"),
    ("me", "2024-08-26 18:30", "Ja, die Zelle macht mich wahnsinnig. Kommen Sie gern nächste Woche vorbei, am besten mit Kircher zusammen."),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Social-Media-Freiberuflerin bezieht sich auf ihr Azubi-Video", [
    ("w_social", "2024-03-15 10:00", "Hallo Frau Bräutigam, danke fürs Vernetzen! Ihr Instagram-Video mit Mia an der Wursttheke (\"Warum ich Fleischerin werde\") hat über 12.000 Aufrufe - für eine Metzgerei ist das enorm. Im Profil fehlt aber ein Link zur Bewerbung, und seitdem kam nichts mehr. Ich betreue zwei Handwerksbetriebe in der Rhön bei der Azubi-Suche über Social Media, 4 Stunden im Monat, Festpreis. Wenn Sie mögen, schicke ich Ihnen drei Ideen für Folge-Videos, kostenlos."),
    ("me", "2024-03-15 12:00", "Ja gern, schicken Sie die Ideen! Mia ist schon ganz stolz auf die Aufrufe."),
    ("w_social", "2024-03-15 12:05", "Mach ich bis Montag!"),
])
c("wanted_pitch", "tailored_recruiter", "de", "Personalberater mit konkreter Kandidatin für ihre Filialleitung (Stellenanzeige gesehen)", [
    ("w_recruit", "2024-05-21 08:00", "Guten Morgen Frau Bräutigam, ich habe Ihre Stellenanzeige für die Filialleitung Eichenzell in der Handwerkskammer-Börse gesehen. Ich betreue aktuell eine Fleischereifachverkäuferin (12 Jahre Erfahrung, davon 4 als Stellvertreterin in einer Filiale im Main-Kinzig-Kreis), die wegen Umzug nach Eichenzell wechseln möchte. Falls Sie noch keine Lösung haben, kann ich Ihnen das anonymisierte Profil schicken. Honorar nur bei Einstellung."),
    ("me", "2024-05-21 12:00", "Danke, ich habe schon jemanden beauftragt, aber schicken Sie das Profil ruhig."),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Naturdarm-Lieferant bezieht sich auf Zeitungsartikel über die Prämierung", [
    ("w_darm", "2024-10-22 14:00", "Sehr geehrte Frau Bräutigam, herzlichen Glückwunsch zur Landesprämierung, ich habe den Artikel im Osthessen-Kurier gelesen. Sie schreiben dort, dass Sie für die Ahle Worscht nur noch mit Mitteldärmen vom Rind arbeiten und die manchmal schwer in gleichbleibender Qualität zu bekommen sind. Wir sind ein kleiner Familienbetrieb aus dem Vogelsberg und sortieren Rindermitteldärme von Hand nach Kaliber. Gerne schicke ich Ihnen ein Probebündel."),
    ("me", "2024-10-22 19:00", "Probebündel gern! Kaliber 60/65 bitte."),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Catering-Software; kennt ihre Excel-Angebote, über Obermeister vermittelt", [
    ("w_software", "2024-09-30 11:00", "Hallo Frau Bräutigam, Bernd Hohmann von der Innung hat mir erzählt, dass Sie Ihre Catering-Angebote noch in Excel schreiben und Allergene von Hand auf jede Speisekarte tippen. CaterPlan ist genau für kleine Partyservices gebaut: Angebot, Allergenkennzeichnung und Einkaufsliste aus einer Rezeptur. Herr Hohmann nutzt es seit einem Jahr. Hätten Sie Lust auf eine Vorführung bei Ihnen im Laden?"),
    ("me", "2024-10-01 07:30", "Wenn Bernd es nutzt, schau ich's mir an. Montagnachmittag?"),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Ladenbauer nach Handelsregister-/Presseartikel über neue Filiale", [
    ("w_laden", "2025-02-10 09:00", "Guten Tag Frau Bräutigam, laut Osthessen-Kurier übernehmen Sie zum Sommer die leerstehende Metzgerei in Hünfeld-Mackenzell. Wir haben 2019 dort noch die Theke für den Vorbesitzer gebaut und kennen die Räume und die Anschlüsse. Falls Sie die Theke weiterverwenden oder umbauen wollen, kann ich Ihnen sagen, was noch gut ist und was nicht - Ortstermin kostenlos."),
    ("me", "2025-02-10 12:30", "Das ist ja ein Zufall. Ja, gern einen Ortstermin, ich hab die Schlüssel ab März."),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Fördermittelberaterin nennt LEADER-Rhön-Förderaufruf passend zu ihrem Hofladen-Plan", [
    ("w_foerder", "2024-11-25 10:00", "Sehr geehrte Frau Bräutigam, in Ihrem Vortrag bei der Innungsversammlung haben Sie erwähnt, dass Sie mit dem Wehner-Hof eine gemeinsame Regionaltheke planen. Die LEADER-Region Rhön hat gerade einen Förderaufruf für Direktvermarktung veröffentlicht (bis 40 % Zuschuss, Frist 31. Januar). Ich begleite solche Anträge; die Erstberatung ist kostenlos, danach Erfolgshonorar. Wollen wir kurz telefonieren?"),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Etikettendruck: nennt ihre handgeschriebenen Preisschilder und neue Herkunftskennzeichnung", [
    ("w_etiketten", "2024-02-05 15:00", "Hallo Frau Bräutigam, mir ist auf Ihrem Stand auf dem Fuldaer Wochenmarkt aufgefallen, dass Sie die Herkunft 'Rhöner Weiderind vom Wehner-Hof' auf jedes Etikett von Hand schreiben. Ab dem Frühjahr gilt die neue Herkunftskennzeichnung auch für unverpacktes Fleisch. Wir drucken kleine Auflagen vorgedruckter Etiketten, die auf Ihre Waage passen. Soll ich ein paar Muster schicken?"),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Webentwickler nennt konkreten Fehler im Online-Vorbestellformular", [
    ("w_web", "2024-12-02 20:00", "Guten Abend Frau Bräutigam, ich wollte über Ihre Website Weihnachtsbraten vorbestellen und das Formular hat nach dem Absenden eine Fehlerseite gezeigt (zweimal probiert, Firefox und Handy). Ich hab dann angerufen 😊 Ich bin Webentwickler hier in Fulda; falls Sie möchten, schaue ich mir das an - für Stammkunden umsonst, größere Umbauten natürlich nach Absprache."),
    ("me", "2024-12-02 21:00", "Oh nein, vor Weihnachten! Danke für den Hinweis. Ja bitte, schauen Sie es sich an, ich schick Ihnen die Zugangsdaten vom Hoster."),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Energieberaterin zu Abwärme der Räucheranlage", [
    ("w_energie", "2024-06-17 14:00", "Liebe Frau Bräutigam, im Osthessen-Kurier-Artikel über den Neubau Ihrer Wurstküche stand, dass die Räucherkammer und die Kühlung direkt nebeneinander liegen. Bei dieser Anordnung lässt sich oft die Abwärme für Warmwasser nutzen - bei einer Metzgerei in Tann haben wir so 30 % Gas eingespart. Für Handwerksbetriebe gibt es die Energieberatung Mittelstand mit 80 % Zuschuss. Hätten Sie Interesse an einem Vor-Ort-Termin?"),
])

# ============================================================ JUNK
# template: Google-Bewertungen, five senders, one in English
c("junk", "mass_template", "de", "Bewertungs-Template 1/5 (connect then pitch)", [
    ("j_bew1", "2024-02-12 08:30", "Hallo Anja, danke für die Vernetzung!"),
    ("j_bew1", "2024-02-14 09:00", "Hallo Anja, wussten Sie, dass 9 von 10 Kunden vor dem Kauf Google-Bewertungen lesen? Wir helfen Betrieben wie Metzgerei & Partyservice Bräutigam, in 30 Tagen 50+ neue 5-Sterne-Bewertungen zu sammeln - 100 % rechtssicher. Haben Sie 15 Minuten für ein kurzes Gespräch?"),
    ("j_bew1", "2024-02-21 09:00", "Hallo Anja, kurze Erinnerung an meine letzte Nachricht 🙂"),
])
c("junk", "mass_template", "de", "Bewertungs-Template 2/5", [
    ("j_bew2", "2024-04-17 10:00", "Hallo Frau Bräutigam, 9 von 10 Kunden lesen vor dem Einkauf Google-Bewertungen. Wir unterstützen Unternehmen wie Metzgerei & Partyservice Bräutigam dabei, innerhalb von 30 Tagen mehr als 50 neue 5-Sterne-Bewertungen zu erhalten - komplett rechtssicher. Wann passt Ihnen ein kurzes Telefonat?"),
])
c("junk", "mass_template", "de", "Bewertungs-Template 3/5", [
    ("j_bew3", "2024-06-05 13:00", "Servus Anja! Fakt: 90% der Kunden checken Google-Bewertungen, bevor sie irgendwo einkaufen. Wir bringen Betrieben wie deinem in 30 Tagen 50+ echte 5-Sterne-Bewertungen - rechtssicher und ohne Aufwand für dich. Lust auf ein 15-Minuten-Gespräch?"),
    ("j_bew3", "2024-06-12 13:00", "Hey Anja, nur kurz nachgehakt 😉"),
])
c("junk", "mass_template", "de", "Bewertungs-Template 4/5, Smalltalk erst, Inhaberin antwortet", [
    ("j_bew4", "2024-09-03 08:00", "Hallo Anja, schön, dass wir jetzt vernetzt sind! Wie läuft's bei euch in der Grillsaison?"),
    ("me", "2024-09-03 19:00", "Hallo, danke, viel zu tun, aber gut!"),
    ("j_bew4", "2024-09-04 08:00", "Das freut mich! Wusstest du, dass 9 von 10 Kunden vor dem Kauf Google-Bewertungen lesen? Wir helfen Metzgereien, in 30 Tagen 50+ neue 5-Sterne-Bewertungen zu bekommen. Sollen wir mal kurz telefonieren?"),
])
c("junk", "mass_template", "en", "review template 5/5, English version", [
    ("j_bew5", "2024-11-18 15:00", "Hi Anja, 9 out of 10 customers read Google reviews before they buy. We help businesses like Metzgerei & Partyservice Bräutigam get 50+ new 5-star reviews in 30 days, fully compliant. Do you have 15 minutes this week?"),
])
# merge-tag failures
c("junk", "merge_tag_fail", "de", "{{Vorname}} nicht ersetzt, Leasing", [
    ("j_merge1", "2024-03-11 10:00", "Hallo {{Vorname}}, als Gastronomiebetrieb wissen Sie, wie teuer neue Geräte sind. Mit Gastro Leasing Partner leasen Sie Kombidämpfer, Kühltechnik und Spülmaschinen ab 49 € im Monat. Darf ich Ihnen ein Angebot machen?"),
])
c("junk", "merge_tag_fail", "de", "[Firma]-Platzhalter, Digitalberatung", [
    ("j_merge2", "2024-07-08 09:00", "Sehr geehrte Frau Bräutigam, die Digitalisierung macht auch vor [Firma] nicht halt. Mit unserem KMU-Digital-Check finden wir in nur 2 Stunden Ihre größten Potenziale. Jetzt mit bis zu 50 % Förderung. Wann passt es Ihnen?"),
])
c("junk", "merge_tag_fail", "de", "falsche Anrede (Herr) und falscher Firmenname", [
    ("j_merge3", "2024-08-19 07:30", "Sehr geehrter Herr Bräutigam, als Geschäftsführer der Bäckerei Bräutigam GmbH kennen Sie sicher das Problem: der Vertrieb hängt an Ihnen persönlich. Ich zeige Ihnen in einem 30-minütigen Gespräch, wie Sie Ihren Umsatz planbar verdoppeln."),
])
c("junk", "merge_tag_fail", "de", "falscher Vorname (Andrea), Azubi-Marketing", [
    ("j_merge4", "2025-01-13 11:00", "Liebe Andrea, Azubis finden war noch nie so schwer! Mit Azubi-Magnet bekommen Sie garantiert 20 Bewerbungen in 4 Wochen. Für die Fleischerei Braun haben wir das schon geschafft. Kurzer Call diese Woche?"),
])
# sponsored
c("junk", "sponsored_inmail", "de", "Sponsored InMail Geschäftskonto", [
    ("spon1", "2024-04-29 12:00", "<p>Hallo Anja,</p><p>Ihr Geschäftskonto in 8 Minuten eröffnet &amp; 6 Monate kostenlos.</p><p>Jetzt starten</p>"),
], title=SPONSORED, subject="Geschäftskonto: 6 Monate kostenlos")
c("junk", "sponsored_inmail", "de", "Sponsored InMail Weiterbildung", [
    ("spon2", "2024-10-21 12:00", "<p>Anja, bereit für den nächsten Karriereschritt?</p><p>Berufsbegleitender Master in BWL - jetzt informieren &amp; Stipendium sichern.</p>"),
], title=SPONSORED, subject="Ihr Master neben dem Beruf")
# paid award / feature
c("junk", "paid_award", "de", "Preis 'Top-Handwerksbetrieb' gegen Gebühr", [
    ("j_award", "2024-05-06 09:00", "Sehr geehrte Frau Bräutigam, wir freuen uns, Ihnen mitzuteilen, dass Ihr Betrieb als 'Top-Handwerksbetrieb Hessen 2024' ausgezeichnet wurde! Urkunde, Siegel für Ihre Website und Pressemitteilung erhalten Sie gegen eine Lizenzgebühr von 690 € zzgl. MwSt. Bitte bestätigen Sie bis zum 15. Mai."),
    ("j_award", "2024-05-13 09:00", "Sehr geehrte Frau Bräutigam, die Frist zur Annahme Ihrer Auszeichnung läuft in zwei Tagen ab."),
])
c("junk", "paid_feature", "de", "Magazin-Porträt mit 'Kostenbeteiligung'", [
    ("j_magazin", "2024-10-28 10:00", "Liebe Frau Bräutigam, wir haben von Ihrer Prämierung gehört - herzlichen Glückwunsch! Für unsere Ausgabe 'Meister ihres Fachs' würden wir Sie gern mit einer Doppelseite porträtieren. Die Kostenbeteiligung für Layout und Fotograf beträgt 1.480 € netto. Soll ich Ihnen die Mediadaten schicken?"),
])
# connect then pitch
c("junk", "connect_then_pitch", "de", "Business-Coach: Unternehmer unter sich, dann Coaching-Pitch", [
    ("j_coach", "2024-05-21 07:00", "Moin Anja! Schön, dass wir uns vernetzt haben. Ich liebe es, mich mit echten Macherinnen auszutauschen 💪"),
    ("me", "2024-05-21 20:00", "Hallo, danke."),
    ("j_coach", "2024-05-22 07:00", "Sag mal, wie viele Stunden arbeitest du aktuell pro Woche? Die meisten Unternehmerinnen, mit denen ich arbeite, kamen bei 70 Stunden zu mir und sind heute bei 40 - bei mehr Gewinn. Ich hab noch 2 Plätze in meinem 90-Tage-Programm. Kostenloses Erstgespräch: mindset-akademie.de/termin"),
    ("j_coach", "2024-05-29 07:00", "Anja? Nur noch 1 Platz frei!"),
])
c("junk", "connect_then_pitch", "de", "Webagentur: Vernetzung, dann Website-Pitch", [
    ("j_web", "2024-08-13 11:00", "Hallo Frau Bräutigam, danke fürs Annehmen! Tolle Region, die Rhön - ich war letztes Jahr auf der Wasserkuppe."),
    ("j_web", "2024-08-15 11:00", "Ich hab mir Ihre Website angeschaut - da ist noch viel Luft nach oben! Wir erstellen moderne Websites für KMU ab 2.990 €, inklusive SEO-Paket. Darf ich Ihnen ein paar Referenzen zeigen?"),
])
c("junk", "connect_then_pitch", "de", "Versicherungsvermittlerin nach Vernetzung", [
    ("j_vertrieb", "2024-10-08 18:30", "Hallo Anja, danke für die Vernetzung! Ich finde es toll, wie viele Frauen heute selbstständig sind."),
    ("j_vertrieb", "2024-10-10 18:30", "Als Selbstständige denkst du bestimmt auch an deine Altersvorsorge? Ich mache einen kostenlosen Finanz-Check für Unternehmerinnen, 20 Minuten per Zoom. Wann hättest du Zeit?"),
    ("j_vertrieb", "2024-10-17 18:30", "Hallo Anja, hast du meine Nachricht gesehen? 😊"),
])
c("junk", "connect_then_pitch", "de", "Catering-Firma bietet ihr Catering an (verkauft, was sie verkauft)", [
    ("j_catering", "2024-11-05 12:30", "Hallo Frau Bräutigam, freut mich, dass wir vernetzt sind!"),
    ("j_catering", "2024-11-07 12:30", "Planen Sie schon Ihre Weihnachtsfeier? Fuchs Eventcatering liefert Buffets, Fingerfood und Grillstationen für Firmenfeiern ab 20 Personen in ganz Osthessen. Gern schicke ich Ihnen unser Angebot!"),
])
c("junk", "sells_what_you_sell", "de", "Online-Wurstversand bietet ihr Wurstpakete an", [
    ("j_wurst", "2024-09-16 10:00", "Hallo Anja, schon mal über Wurstpakete als Mitarbeitergeschenk nachgedacht? WurstBox liefert echte Handwerkswurst aus Deutschland direkt zu Ihren Mitarbeitern. Ab 25 Paketen 10 % Rabatt!"),
])
c("junk", "capacity_ask", "de", "Auftragsportal fragt nach Kapazitäten", [
    ("j_kapazitaet", "2024-04-08 09:00", "Guten Tag Frau Bräutigam, haben Sie aktuell Kapazitäten für neue Kunden? Über unser Portal suchen täglich Privat- und Firmenkunden nach Caterern in Ihrer Region. Die Registrierung ist im ersten Monat kostenlos."),
    ("j_kapazitaet", "2024-04-15 09:00", "Guten Tag Frau Bräutigam, ich wollte nochmal nachfragen, ob Sie Kapazitäten für neue Aufträge haben?"),
])
c("junk", "quick_call_ask", "de", "Cloud-Software: 15-Minuten-Call nach Vernetzung", [
    ("j_call", "2024-06-25 08:00", "Hallo Anja, vielen Dank für die Vernetzung! Wir helfen Unternehmen, ihre Prozesse mit Cloud-Lösungen effizienter zu gestalten. Hätten Sie diese Woche 15 Minuten für einen kurzen Austausch? Hier mein Kalender: termin.cloudsoft-solutions.de/dvogt"),
])
c("junk", "like_minded_networking", "de", "Unternehmer-Netzwerk, gleichgesinnte Unternehmer", [
    ("j_netzwerk", "2024-07-22 21:00", "Hallo Anja, ich baue gerade ein Netzwerk gleichgesinnter Unternehmer in Hessen auf, die sich gegenseitig pushen und Empfehlungen geben. Lass uns vernetzen und schauen, wie wir uns gegenseitig Mehrwert bieten können! 🚀"),
])
c("junk", "off_topic_product", "de", "Photovoltaik fürs Eigenheim", [
    ("j_pv", "2024-03-25 10:00", "Hallo Frau Bräutigam, Strompreise machen Ihnen zu schaffen? Mit SonnenKraft Direkt sparen Eigenheimbesitzer bis zu 80 % Stromkosten. Jetzt kostenlosen Solar-Check sichern!"),
])
c("junk", "mlm_crypto", "de", "Krypto-Vermögensaufbau", [
    ("j_krypto", "2024-12-09 22:00", "Hallo Anja, ich zeige Unternehmern, wie sie mit einem KI-gestützten Krypto-Trading-System passives Einkommen aufbauen. 2-3 % pro Woche sind realistisch. Soll ich dir mehr Infos schicken?"),
    ("j_krypto", "2024-12-16 22:00", "Anja? Das Angebot gilt nur noch diese Woche."),
])
c("junk", "off_topic_product", "de", "E-Auto-Leasing an Metzgerei", [
    ("j_flotte", "2024-05-27 14:00", "Hallo Frau Bräutigam, steigen Sie jetzt auf Elektro um! Gewerbeleasing für den Tesla Model Y ab 399 € netto im Monat. Begrenztes Kontingent - soll ich Ihnen eins reservieren?"),
])
c("junk", "generic_service_pitch", "de", "Generische Kassen-Werbung (Gegenstück zum passenden Kassenangebot)", [
    ("j_kasse", "2024-06-10 09:00", "Sehr geehrte Damen und Herren, sind Sie bereit für die Zukunft? KassenPro ist das moderne Kassensystem für Einzelhandel, Gastronomie und Dienstleister. Jetzt 3 Monate kostenlos testen!"),
])
c("junk", "generic_service_pitch", "de", "Generische Fotografie-Werbung (Gegenstück zur Food-Fotografin)", [
    ("j_foto", "2024-04-22 11:00", "Hallo Anja, professionelle Bilder sind das Aushängeschild jedes Unternehmens! Wir bieten Business-Portraits, Produktfotos und Imagefilme deutschlandweit zu fairen Preisen. Interesse?"),
])
c("junk", "recruiting_spam", "de", "Generischer Recruiter (Gegenstück zum passenden Personalberater)", [
    ("j_recruit", "2024-07-15 08:00", "Hallo Anja, sind Sie offen für neue Herausforderungen? Wir suchen aktuell Vertriebsmitarbeiter (m/w/d) im Außendienst, Top-Gehalt + Firmenwagen. Schicken Sie mir einfach Ihren Lebenslauf!"),
])
c("junk", "generic_service_pitch", "en", "offshore virtual assistants (English)", [
    ("j_va", "2024-09-23 03:00", "Hi Anja! Are you overwhelmed with admin tasks? Our virtual assistants from the Philippines can handle emails, bookkeeping and social media for only $8/hour. Book a free discovery call today!"),
])
c("junk", "generic_service_pitch", "de", "KI-Tool für Social Posts", [
    ("j_ki", "2025-02-03 16:00", "Hey Anja 👋 Mit KI-Turbo erstellst du in 5 Minuten Social-Media-Posts für einen ganzen Monat. Über 3.000 Unternehmen nutzen es schon. Willst du es 14 Tage kostenlos testen?"),
])
c("junk", "followup_bump", "de", "SEO-Berater, nur Nachfass-Nachrichten ohne Antwort", [
    ("j_seo", "2024-02-26 10:00", "Hallo Frau Bräutigam, ich hatte Ihnen letzte Woche eine E-Mail wegen Ihrer Google-Sichtbarkeit geschickt. Haben Sie sie erhalten?"),
    ("j_seo", "2024-03-04 10:00", "Hallo Frau Bräutigam, ich hake nochmal nach - Ihre Website verliert gerade Besucher an die Konkurrenz."),
    ("j_seo", "2024-03-18 10:00", "Letzter Versuch: soll ich das Thema für Sie schließen?"),
])
c("junk", "generic_service_pitch", "de", "Event-Software generisch (Gegenstück zu CaterPlan)", [
    ("j_software", "2024-08-05 09:30", "Guten Tag, organisieren Sie Events? EventMaster Suite ist die All-in-One-Plattform für Ticketing, Gästemanagement und Sitzpläne. Jetzt kostenlose Demo buchen!"),
])
c("junk", "fluent_generic", "de", "flüssige Nachricht mit Firmennamen, aber beliebig", [
    ("j_fluent", "2024-10-01 10:00", "Liebe Frau Bräutigam, ich verfolge Metzgerei & Partyservice Bräutigam schon eine Weile und bin beeindruckt, wie Sie Tradition und Qualität verbinden. Viele Betriebe wie Ihrer stehen heute vor der Herausforderung, online sichtbar zu bleiben und neue Zielgruppen zu erreichen. Genau da setzen wir mit GastroGrowth an: ganzheitliche Marketingstrategien, die messbar wirken. Hätten Sie in den nächsten Tagen Zeit für einen unverbindlichen Austausch?"),
    ("j_fluent", "2024-10-09 10:00", "Liebe Frau Bräutigam, ich wollte meine Nachricht noch einmal nach oben holen. Wäre Donnerstag eine Option?"),
])
c("junk", "quick_call_ask", "de", "Finanzberater will '15 Minuten' für Steueroptimierung", [
    ("j_krypto", "2024-08-12 20:00", "Hallo Anja, darf ich dir 15 Minuten meiner Zeit schenken? Ich zeige dir, wie Selbstständige legal bis zu 10.000 € Steuern im Jahr sparen."),
], subject="15 Minuten")
c("junk", "generic_service_pitch", "de", "Leasing-Nachfass ohne Bezug", [
    ("j_merge1", "2024-06-17 10:00", "Guten Tag, ich wollte nur nachfragen, ob Sie meine Nachricht zu unserem Gastro-Leasing gesehen haben. Aktuell gibt es 0 % Sonderzins!"),
], subject="Sonderzins")
c("junk", "off_topic_product", "de", "Werbegeschenke/Kugelschreiber", [
    ("j_merge2", "2024-11-25 09:00", "Hallo Frau Bräutigam, Weihnachten steht vor der Tür! Bedruckte Kugelschreiber, Tassen und Kalender mit Ihrem Logo - ab 100 Stück. Jetzt Katalog anfordern!"),
], subject="Werbeartikel")
c("junk", "like_minded_networking", "en", "English 'let's connect as like-minded entrepreneurs' with pitch", [
    ("j_va", "2025-01-20 03:00", "Hi Anja, I love connecting with like-minded entrepreneurs around the world! Let's support each other's growth. By the way, if you ever need help scaling, I run a team of 40 VAs ready to jump in."),
], subject="Let's connect")
c("junk", "generic_service_pitch", "de", "Bewertungs-Agentur, erneuter Versuch mit anderem Text", [
    ("j_bew3", "2024-12-02 13:00", "Hallo Anja, wie wär's mit einem Weihnachtsgeschenk für deinen Google-Auftritt? 🎁 Bis 31.12. gibt's unser Bewertungs-Paket 20 % günstiger."),
], subject="Weihnachtsaktion")
c("junk", "generic_service_pitch", "de", "Personaldienstleister Zeitarbeit generisch", [
    ("j_recruit", "2024-11-04 08:00", "Guten Tag Frau Bräutigam, Personalengpass? Wir stellen Ihnen kurzfristig Helfer für Produktion, Lager und Gastronomie zur Verfügung - ab morgen einsatzbereit. Rufen Sie mich an!"),
], subject="Personal sofort")

ex.write(OUT, {
    "First Name": "Anja", "Last Name": "Bräutigam",
    "Headline": "Metzgermeisterin | Inhaberin Metzgerei & Partyservice Bräutigam | Rhöner Weiderind & Ahle Worscht",
    "Summary": ("Ich führe in dritter Generation die Metzgerei Bräutigam in Petersberg bei Fulda, mit Filialen in "
                "Künzell und Eichenzell und einem Partyservice für Hochzeiten, Firmenfeiern und Vereinsfeste. "
                "Unser Fleisch kommt von Bauern aus der Rhön, die ich persönlich kenne; geschlachtet wird im "
                "Schlachthof Osthessen, gewurstet bei uns. Ich bilde aus und engagiere mich in der Fleischer-Innung Fulda."),
    "Industry": "Food & Beverages", "Zip Code": "36100", "Geo Location": "Petersberg, Hessen, Deutschland",
    "Websites": "[COMPANY:metzgerei-braeutigam.de]",
}, [
    {"Company Name": FIRMA, "Title": "Inhaberin, Metzgermeisterin",
     "Description": "Metzgerei mit drei Verkaufsstellen und Partyservice, eigene Wurstherstellung.",
     "Location": "Petersberg", "Started On": "Jan 2016", "Finished On": ""},
    {"Company Name": FIRMA, "Title": "Metzgermeisterin, Betriebsleitung", "Description": "Im elterlichen Betrieb",
     "Location": "Petersberg", "Started On": "Jun 2013", "Finished On": "Dec 2015"},
    {"Company Name": "Metzgerei Kümpel", "Title": "Fleischergesellin", "Description": "",
     "Location": "Hünfeld", "Started On": "Aug 2008", "Finished On": "Sep 2011"},
], ["Fleischerhandwerk", "Wurstherstellung", "Catering", "Partyservice", "Ausbildung", "Direktvermarktung",
    "Kalkulation", "Personalführung", "Lebensmittelhygiene", "HACCP", "Veranstaltungsplanung", "Einkauf"])
print(ex.summary())

"""dev13 persona (written blind as heldout19, session 3): Monika Zettler, owner of the family-run 40-room wellness hotel
Zettlerhof in Pfronten (Allgäu). 2026 export layout, mostly German with a few English
threads. Written blind to the detector code; every message text is hand-written here.
Run it to regenerate ../de-hotel-owner-family-run-allgaeu/ byte-identically."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-hotel-owner-family-run-allgaeu"
OWNER = Person("me", "Monika Zettler", "https://www.linkedin.com/in/monika-zettler-zettlerhof",
               "Wellnesshotel Zettlerhof", "Inhaberin & Gastgeberin")
x = Export(SLUG, "2026", OWNER)
P = x.person

# ---------------------------------------------------------------- people: genuine side
P("sepp", "Sepp Zettler", "Wellnesshotel Zettlerhof", "Küchenchef & Mitinhaber", connected="2014-05-01")
P("florian", "Florian Zettler", "Wellnesshotel Zettlerhof", "Junior-Chef, Revenue & Marketing", connected="2019-09-01")
P("anja", "Anja Riedmüller", "Wellnesshotel Zettlerhof", "Leitung Rezeption", connected="2017-03-12")
P("stammgast", "Klaus Hörmann", "", "Studiendirektor i.R.", connected="2012-08-20")
P("gruppe", "Brigitte Obermaier", "", "", connected="2025-02-10")
P("waesche", "Thomas Kögel", "Textilpflege Kögel GmbH", "Vertrieb Hotellerie", connected="2016-10-04")
P("tagung", "Dr. Julia Pfaffinger", "Allgäuer Präzisionstechnik AG", "Leitung Personalentwicklung", connected="2025-03-03",
  invite=("IN", "2025-03-03 08:12", "Grüß Gott Frau Zettler, wir suchen ein Haus für unsere Führungsklausur - darf ich Sie kontaktieren?"))
P("huette", "Martin Guggemos", "Berggasthof Hochalpe", "Wirt", connected="2018-06-15")
P("personal", "Sabine Wachter", "Wachter Personalberatung Gastro", "Inhaberin", connected="2024-11-20",
  invite=("OUT", "2024-11-20 14:30", "Servus Frau Wachter, Frau Lutz vom Tourismusverein hat Sie empfohlen. Ich suche einen Souschef."))
P("azubi", "Emily Schäffler", "", "Schülerin", connected="2025-01-28")
P("spa_bewerb", "Katharina Pirker", "Alpin Spa Resort Zell", "Kosmetikerin & Masseurin", connected="2025-04-02")
P("tv", "Regina Lutz", "Tourismusverein Vilstal", "Leitung Gästeservice", connected="2015-01-20")
P("ota", "Jana Brückner", "HolidayNest", "Market Manager Allgäu/Bodensee", connected="2021-05-18")
P("jacke", "Heike Sonnleitner", "", "", connected="2025-10-14")
P("peer1", "Andreas Rietzler", "Hotel Alpenglühn Oberstdorf", "Gastgeber", connected="2019-11-11")
P("peer2", "Verena Huber", "Landgasthof Huber", "Inhaberin", connected="2020-02-02")
P("peer3", "Stefan Brutscher", "Brutscher's Bergblick", "Geschäftsführer", connected="2023-06-06")
P("exazubi", "Leonie Kiechle", "Hotel Seegarten Zürich", "Guest Relations", connected="2020-07-31")
P("us_agent", "Carol Whitfield", "Blue Ridge Alpine Tours", "Owner", connected="2022-09-10")
P("journal", "Miriam Endres", "Reiselust Magazin", "Redakteurin Reise & Wellness", connected="2025-06-24")
P("bergbahn", "Georg Haslach", "Zinkenbahn Pfronten", "Geschäftsführer", connected="2013-12-01")
P("kaese", "Xaver Mayr", "Sennerei Mayr", "Senner", connected="2016-04-19")
P("sauna", "Ralf Dinser", "Dinser Saunabau", "Service & Wartung", connected="2018-01-15")
P("bank", "Christine Eberle", "Raiffeisenbank Vilstal", "Firmenkundenberaterin", connected="2011-03-08")
P("stb", "Petra Wohlfahrt", "Wohlfahrt & Partner Steuerberatung", "Steuerberaterin", connected="2012-09-27")
P("laerm", "Jürgen Kessler", "", "", connected="2025-08-18")
P("uk_guest", "Hannah Price", "", "Teacher", connected="2025-05-04")
P("bs_lehrer", "Herbert Schindele", "Berufsschule Oberallgäu-Süd", "Fachlehrer Hotellerie", connected="2022-10-01")
P("eigener_azubi", "Jonas Weixler", "Wellnesshotel Zettlerhof", "Auszubildender Koch", connected="2024-09-05")
P("nl_op", "Marieke de Vries", "Wandelreizen Van Dam", "Product Manager Germany & Austria", connected="2017-11-21")
P("yoga", "Lisa Martinelli", "", "Yogalehrerin & Retreatleiterin", connected="2022-04-14")
P("ihk", "Wolfgang Fendt", "Industrie- und Handelskammer, Prüfungswesen", "Referent Ausbildungsprüfungen", connected="2025-01-09")
P("freundin", "Gabi Schweiger", "", "Grundschullehrerin", connected="2014-02-14")
P("wein", "Matthias Ströbele", "Weinhandel Ströbele Lindau", "Inhaber", connected="2015-05-05")
P("tirol", "Hannes Pfurtscheller", "Hotel Sonnhof Tannheim", "Hotelier", connected="2016-08-08")
P("hochzeit", "Sophie Berktold", "", "", connected="2025-07-01")
P("foto", "Benedikt Rauch", "Rauch Fotografie Füssen", "Fotograf", connected="2019-04-04")

# ---------------------------------------------------------------- people: wanted pitches
P("wp_wohn", "Elias Gerstmayr", "Holzmodul Gerstmayr", "Vertrieb Mitarbeiterwohnen", connected="2025-09-12",
  invite=("IN", "2025-09-12 18:40", "Ihr Beitrag zu Mitarbeiterwohnungen hat mich sehr angesprochen - gerne vernetzen."))
P("wp_waerme", "Dipl.-Ing. Rupert Kreuzer", "Kreuzer Bädertechnik", "Inhaber", connected="2025-04-10")
P("wp_web", "Nina Haberl", "", "Freelance Webentwicklerin (Kempten)", connected="2025-05-20")
P("wp_direkt", "Tobias Merkt", "Direktbuchung Alpin", "Berater für Privathotels", connected="2025-03-17")
P("wp_kaese", "Karin Blenk", "Allgäuer Hofladen-Netzwerk", "Großkunden Hotellerie", connected="2025-06-02")
P("wp_spa", "Carina Wöhrle", "Wöhrle Innenarchitektur", "Innenarchitektin, Schwerpunkt Spa", connected="2025-07-29")
P("wp_pms", "Dominik Seitz", "Seitz IT-Service Gastro", "Hotelio-Partner", connected="2024-12-09")
P("wp_koch", "Alois Plattner", "Plattner Gastro Personal Südtirol", "Personalvermittler", connected="2025-02-26")
P("wp_us", "Megan Albright", "Trailwise Journeys", "Itinerary Designer, Europe", connected="2025-08-05")
P("wp_kosm", "Franziska Luible", "Alpkraut Naturkosmetik", "Außendienst Spa & Hotel", connected="2025-05-13")
P("wp_reels", "Luca Stadler", "Bergfilm Social", "Content Creator", connected="2025-10-06")
P("wp_pv", "Michael Rothärmel", "Sonnenkraft Ostallgäu", "Projektleiter Gewerbe-PV", connected="2025-03-25")

# ---------------------------------------------------------------- people: junk side
P("t1", "Kevin Brandl", "HotelBoost Marketing", "Growth Manager", connected="2025-01-15")
P("t2", "Laura Steinbach", "Direktbucher Pro", "Partner Success")
P("t3", "Marco Wenger", "Zimmerfüller GmbH", "Geschäftsführer", connected="2025-06-18")
P("t4", "Jasmin Aydin", "BookDirect Agentur", "Key Account", connected="2025-09-01")
P("t5", "Ryan Holloway", "StayMore Digital", "Head of Hospitality Growth")
P("j_buchh", "Sandra Kiefer", "Kiefer Outsourcing", "Business Development")
P("j_web", "Daniel Ost", "Webdesign Ost", "Webdesigner", connected="2025-02-05")
P("j_social", "Chiara Bonetti", "Likefabrik", "Social Media Managerin")
P("j_mark", "Patrick Lenz", "Umsatzplus Marketing", "Vertriebsleiter", connected="2025-04-22")
P("j_pms", "Nadine Röhrig", "CloudHotel Suite", "Sales Executive DACH")
P("j_recr", "Timo Gessler", "IT Talents Now", "Senior Recruiter", connected="2025-05-30")
P("j_solar", "Dirk Beuttler", "SolarHeim24", "Energieberater")
P("j_krypto", "Alexander Wolf", "", "Trader | Mentor | Freiheit", connected="2025-03-09")
P("j_cnc", "Henrik Vogt", "Vogt Zerspanung", "Vertrieb", connected="2025-08-11")
P("j_same", "Melanie Frank", "Wellness-Deals24", "Partnerbetreuung")
P("j_kapa", "Sven Adler", "Gruppenreisen Vermittlung Adler", "Inhaber", connected="2025-07-15")
P("j_gleich", "Roland Meissner", "Meissner Holding", "Unternehmer | Investor | Visionär", connected="2025-02-17")
P("j_15", "Julia Kranz", "ProfitPilot Beratung", "Unternehmensberaterin")
P("c1", "Stefanie Rehm", "Rehm Coaching", "Business Coach", connected="2025-04-28",
  invite=("IN", "2025-04-28 07:30", "Liebe Frau Zettler, ich war letzten Sommer bei Ihnen zu Gast - wunderschön! Gerne vernetzen."))
P("c2", "Oliver Baumann", "EnergieDirekt Süd", "Key Account Gewerbe", connected="2025-09-22",
  invite=("IN", "2025-09-22 11:05", ""))
P("c3", "Tanja Reuter", "Reuter Versicherungsmakler", "Versicherungsmaklerin", connected="2025-11-03",
  invite=("IN", "2025-11-03 20:10", "Hallo Monika, wir haben gemeinsame Kontakte im Allgäu - gerne vernetzen!"))
P("c4", "Benjamin Sauter", "Sauter Immobilien Invest", "Investment Advisor", connected="2025-06-09",
  invite=("IN", "2025-06-09 09:00", "Servus, toller Betrieb! Würde mich freuen."))
P("b1", "Lara Winkler", "ReviewRocket", "Sales Development")
P("b2", "Felix Hartung", "Gastro-Einkauf Online", "Vertrieb", connected="2025-03-31")
P("m1", "Nicole Jansen", "Hotelsterne Media", "Mediaberaterin")
P("m2", "Tim Brecht", "Kassensysteme Brecht", "Außendienst", connected="2025-10-20")
P("m3", "Aaron Mitchell", "Globex Staffing Solutions", "Talent Partner")
P("m4", "Susanne Falk", "Falk Werbetechnik", "Vertrieb", connected="2025-01-21")
P("sp1", "Fernstudium Akademie Plus", "Fernstudium Akademie Plus", "",
  url="https://www.linkedin.com/company/fernstudium-akademie-plus")
P("sp2", "TravelPulse Ads", "TravelPulse Ads", "", url="https://www.linkedin.com/company/travelpulse-ads")
P("aw", "Dr. Holger Wiesner", "Deutscher Gastgeber-Award", "Jury-Geschäftsstelle")
P("feat", "Bianca Lorenz", "Genussreisen Premium Magazin", "Anzeigenleitung")
P("pod", "Maximilian Ehrl", "Gastgeber-Gold Podcast", "Host", connected="2025-08-25")
P("fluent", "Constanze Vollmer", "Vollmer & Klein Hospitality Consulting", "Partnerin", connected="2025-10-27")
P("j_google", "Erik Sander", "TopSterne Bewertungen", "Kundenberater")
P("j_coach", "Marcel Pfeiffer", "Mindset Leaders", "Speaker & Coach", connected="2025-05-06")
P("j_energie", "Ramona Seifert", "Tarifcheck Gewerbe", "Energiemaklerin")
P("j_tiny", "Bernd Kasper", "TinyLiving Deutschland", "Vertriebspartner")

C = x.conv

# =================================================================== GENUINE (35)
C("genuine", "long_standing_guest", "de", "Stammgast seit 2009, Verlauf über mehrere Jahre", [
    ("stammgast", "2023-01-09 10:15", "Liebe Frau Zettler, wie jedes Jahr die Frage: Haben Sie für uns wieder Zimmer 12 vom 1. bis 15. August? Meine Frau besteht auf den Balkon mit Blick auf den Breitenberg. Herzliche Grüße, Klaus Hörmann"),
    ("me", "2023-01-09 11:02", "Lieber Herr Hörmann, selbstverständlich - Zimmer 12 ist für Sie reserviert, wie immer. Wir freuen uns! Grüßen Sie Ihre Frau."),
    ("stammgast", "2024-01-08 09:40", "Liebe Frau Zettler, das 15. Jahr! Gleiche Zeit, gleiches Zimmer? Und bitte richten Sie Ihrem Mann aus, dass die Kässpatzen das Beste am ganzen Urlaub sind."),
    ("me", "2024-01-08 10:20", "Fünfzehn Jahre - da müssen wir anstoßen! Zimmer 12 steht. Sepp hat sich sehr gefreut 😊"),
    ("stammgast", "2025-12-29 17:30", "Liebe Frau Zettler, leider müssen wir dieses Jahr verkürzen, meine Frau hat ein neues Knie. Ginge 5. bis 12. August? Und gibt es im Bad inzwischen einen Haltegriff? Entschuldigen Sie die Umstände."),
    ("me", "2025-12-29 18:05", "Lieber Herr Hörmann, gute Besserung an Ihre Frau! 5. bis 12. August passt. Und ja, Zimmer 12 hat seit dem Umbau eine bodengleiche Dusche mit Griff. Keine Umstände, für Sie doch nicht."),
])
C("genuine", "group_quote_request", "de", "Gast fragt Angebot für 60. Geburtstag mit 14 Zimmern an", [
    ("gruppe", "2025-02-10 19:20", "Grüß Gott Frau Zettler, mein Mann wird im Oktober 60 und wir möchten mit Familie und Freunden ein langes Wochenende bei Ihnen feiern. Ca. 26 Personen, 14 Zimmer, Fr-So, 17.-19.10. Samstagabend ein Festessen im Stüberl, gerne mit Allgäuer Menü. Was würde das ungefähr kosten? Und geht ein Sektempfang auf der Terrasse?"),
    ("me", "2025-02-11 09:30", "Liebe Frau Obermaier, herzlichen Glückwunsch schon mal an Ihren Mann! Das Wochenende ist noch frei. Ich schicke Ihnen bis Freitag ein Angebot mit Halbpension, Festmenü (4 Gänge) und Sektempfang - bei Regen machen wir den Empfang im Wintergarten. Gibt es Vegetarier oder Allergien?"),
    ("gruppe", "2025-02-11 10:15", "Drei Vegetarier und eine Zöliakie. Danke Ihnen!"),
    ("me", "2025-02-14 16:40", "Angebot ist per Mail raus: 2 Nächte HP im DZ ab 412 € p.P., Festmenü und Sektempfang inklusive, Option bis 15. März. Sepp kocht für die Zöliakie eigene Kässpatzen, keine Sorge."),
    ("gruppe", "2025-02-20 08:50", "Wir nehmen! Bestätigung kommt heute per Mail."),
], attachments={3: "https://www.linkedin.com/dms/angebot-obermaier-okt.pdf"})
C("genuine", "supplier_price_increase", "de", "bestehende Wäscherei kündigt Preiserhöhung an", [
    ("waesche", "2025-10-01 08:00", "Sehr geehrte Frau Zettler, leider müssen wir aufgrund gestiegener Energie- und Lohnkosten unsere Preise zum 1. Januar anpassen: Bettwäsche-Set von 3,85 € auf 4,10 €, Frottee pro kg von 2,40 € auf 2,55 €. Das Schreiben kommt auch per Post. Als langjährige Kundin biete ich Ihnen gern ein Gespräch über eine Zwei-Jahres-Vereinbarung mit Preisbindung an. Mit freundlichen Grüßen, Thomas Kögel"),
    ("me", "2025-10-01 12:20", "Servus Herr Kögel, schön ist anders, aber ich versteh's. Die Zwei-Jahres-Variante interessiert mich. Kommen Sie nächste Woche vorbei, wenn Sie eh die Tour nach Füssen fahren?"),
    ("waesche", "2025-10-01 13:05", "Mach ich, Dienstag gegen 10 Uhr."),
])
C("genuine", "inbound_lead_retreat", "de", "Firma möchte Führungsklausur buchen (Kaufinteresse)", [
    ("tagung", "2025-03-03 09:00", "Sehr geehrte Frau Zettler, danke fürs Vernetzen. Wir planen für Juni eine zweitägige Klausur für 18 Führungskräfte, gern abseits der üblichen Tagungshotels. Eine Kollegin war privat bei Ihnen und schwärmt. Haben Sie einen Tagungsraum mit Tageslicht für 20 Personen, und wäre ein Outdoor-Teil (Wanderung, Hütte) organisierbar? Budget liegt bei ca. 350 € pro Person und Nacht inkl. Tagungspauschale."),
    ("me", "2025-03-03 11:40", "Sehr geehrte Frau Dr. Pfaffinger, das freut mich! Unser Raum 'Alpspitz' hat große Fenster zum Tal, 20 Personen im U passen gut. Für den Outdoor-Teil arbeiten wir eng mit Martin Guggemos von der Hochalpe zusammen - Wanderung mit Brotzeit auf der Hütte geht wunderbar. Welche Daten schauen Sie an?"),
    ("tagung", "2025-03-03 14:00", "Wunderbar. 16.-18. Juni wäre ideal. Können Sie ein Angebot schicken?"),
    ("me", "2025-03-05 10:10", "Angebot ist per Mail unterwegs, Option bis 31. März. Gerne auch ein Telefonat, wenn Fragen sind."),
])
C("genuine", "peer_joint_package", "de", "Hüttenwirt schlägt gemeinsames Pauschalangebot vor", [
    ("huette", "2025-01-20 21:10", "Servus Moni! Hab mir überlegt: Mir könnten heuer im Sommer a gemeinsames Paket machen - 3 Nächte bei dir, an Tag mit geführter Wanderung zu mir auf d'Hochalpe mit Kässpatzen und Hüttenübernachtung, dann wieder runter zu dir in Spa. Der Tourismusverein würd's bewerben. Preis müsst ma zsammrechnen, i dacht so 90 € pro Person für mein Teil. Was meinst?"),
    ("me", "2025-01-21 07:45", "Servus Martin! Gute Idee, sowas fragen die Gäste eh ständig. 90 € mit Übernachtung und Frühstück auf der Hütte? Dann kalkulier ich mein Teil und wir treffen uns mit Regina vom Tourismus. Nächste Woche Donnerstag bei dir oben?"),
    ("huette", "2025-01-21 08:20", "Passt. Donnerstag 14 Uhr, bring gscheite Schuh mit, der Weg is no vereist 😄"),
])
C("genuine", "recruiter_engaged_fee", "de", "von der Inhaberin beauftragte Personalberaterin schickt Kandidaten und Honorar", [
    ("me", "2024-11-20 15:00", "Grüß Gott Frau Wachter, danke fürs Annehmen. Wie gesagt: Souschef (m/w/d) ab März, Vollzeit, Personalzimmer möglich. Mein Mann ist Küchenchef, es muss menschlich passen. Was sind Ihre Konditionen?"),
    ("personal", "2024-11-20 16:30", "Grüß Gott Frau Zettler, gern! Honorar: zwei Bruttomonatsgehälter, fällig bei Arbeitsantritt, Nachbesetzungsgarantie drei Monate. Ich melde mich in zwei Wochen mit ersten Profilen."),
    ("personal", "2024-12-05 09:15", "Drei Profile sind per Mail bei Ihnen. Meine Empfehlung: Herr Danner, derzeit Chef de Partie in Garmisch, will zurück ins Allgäu (Familie in Marktoberdorf)."),
    ("me", "2024-12-05 18:00", "Herr Danner klingt gut, Sepp möchte ihn zum Probekochen einladen. Geht der 17.12.?"),
    ("personal", "2024-12-06 08:30", "Ist bestätigt, 17.12. um 10 Uhr bei Ihnen."),
])
C("genuine", "apprentice_application", "de", "Bewerbung um einen Ausbildungsplatz als Hotelfachfrau", [
    ("azubi", "2025-01-28 17:45", "Sehr geehrte Frau Zettler, ich heiße Emily, bin 16 und mache im Sommer meinen Realschulabschluss in Füssen. Ich würde sehr gerne bei Ihnen eine Ausbildung zur Hotelfachfrau machen. Ich habe letztes Jahr schon ein Praktikum in der Jugendherberge gemacht und finde die Arbeit mit Gästen toll. Kann ich Ihnen meine Bewerbung schicken? Mit freundlichen Grüßen, Emily Schäffler"),
    ("me", "2025-01-29 08:30", "Liebe Emily, danke für deine Nachricht! Schick deine Bewerbung gern an Frau Riedmüller an der Rezeption (Mail steht auf unserer Website). Magst du vorher einen Schnuppertag machen? Dann siehst du, ob's dir gefällt."),
    ("azubi", "2025-01-29 15:10", "Ja sehr gerne!! In den Faschingsferien hätte ich Zeit."),
])
C("genuine", "job_application_spa", "de", "Masseurin aus Tirol bewirbt sich, fragt nach Gehalt", [
    ("spa_bewerb", "2025-04-02 20:00", "Grüß Gott Frau Zettler, ich hab gesehen, dass Sie eine Kosmetikerin/Masseurin fürs Spa suchen. Ich arbeite derzeit in Zell am See, möchte aber näher zu meinem Freund nach Reutte. Darf ich fragen, wie das Gehalt ausschaut und ob eine 4-Tage-Woche möglich wäre? Lebenslauf schicke ich gerne."),
    ("me", "2025-04-03 09:15", "Liebe Frau Pirker, danke für Ihr Interesse! Wir zahlen nach Tarif plus Umsatzbeteiligung an Produkten, 4-Tage-Woche mit 38,5 Std. ist bei uns im Spa Standard. Schicken Sie den Lebenslauf gern - und kommen Sie auf eine Probebehandlung vorbei, von Reutte ist's ja nur ein Katzensprung."),
])
C("genuine", "tourism_board_meeting", "de", "Tourismusverband lädt zur Gastgeberversammlung ein", [
    ("tv", "2025-03-18 10:00", "Liebe Monika, die Gastgeberversammlung ist am 9. April um 19 Uhr im Haus des Gastes. Themen: neue Gästekarte, Kurbeitrag 2026, Sommerprogramm. Magst du kurz was zu eurem Hütten-Paket mit Martin erzählen? 5 Minuten reichen. LG Regina"),
    ("me", "2025-03-18 12:00", "Liebe Regina, mach ich gern. Bringst du Beamer mit oder soll ich meinen Laptop mitbringen?"),
    ("tv", "2025-03-18 12:05", "Beamer ist da, bring einfach einen USB-Stick mit 👍"),
])
C("genuine", "ota_commission_change", "de", "bestehende Buchungsplattform kündigt Provisionsänderung an", [
    ("ota", "2025-09-15 11:00", "Hallo Frau Zettler, vorab zur Info, bevor die offizielle Mail kommt: Ab 1. Januar steigt die Standardprovision bei HolidayNest von 15 auf 16 %. Im Preferred-Programm bleiben Sie bei 15 %, wenn Sie die Verfügbarkeit auf mindestens 30 % der Zimmer halten. Ich rufe Sie gern an und gehe die Zahlen mit Ihnen durch."),
    ("me", "2025-09-15 14:20", "Hallo Frau Brückner, danke für die Vorwarnung. 30 % Verfügbarkeit ist für uns im Sommer nicht drin, da sind wir über Stammgäste voll. Rufen Sie mich bitte Donnerstag Vormittag an."),
    ("ota", "2025-09-15 14:45", "Gern, Donnerstag 10 Uhr."),
])
C("genuine", "spam_folder_guest", "de", "Gast fragt nach vergessener Jacke, im SPAM-Ordner gelandet", [
    ("jacke", "2025-10-14 21:30", "Hallo, wir waren letzte Woche im Zimmer 27 (Sonnleitner). Ich glaube, ich habe meine rote Softshelljacke im Ruheraum vom Spa liegen gelassen. Haben Sie die gefunden? Wir würden das Porto natürlich zahlen. Viele Grüße Heike"),
    ("me", "2025-10-20 08:10", "Liebe Frau Sonnleitner, entschuldigen Sie die späte Antwort, Ihre Nachricht war im Spam-Ordner! Ja, die Jacke hängt bei uns im Fundbüro. Ich schicke sie heute los, Porto übernehmen wir. Schöne Grüße aus Pfronten!"),
    ("jacke", "2025-10-20 09:00", "Oh wie lieb, danke!!"),
], folder="SPAM")
C("genuine", "event_thank_you", "de", "Dank nach dem Hoteliers-Stammtisch im Zettlerhof (1 von 3)", [
    ("peer1", "2025-11-06 22:10", "Liebe Monika, vielen Dank für den tollen Abend gestern bei euch! Der Austausch zum Thema Personal war super wertvoll, und das Essen sowieso. Bis zum nächsten Mal, Andreas"),
    ("me", "2025-11-07 08:15", "Danke Andreas, war schön dass du da warst!"),
])
C("genuine", "event_thank_you", "de", "Dank nach dem Hoteliers-Stammtisch im Zettlerhof (2 von 3)", [
    ("peer2", "2025-11-06 23:00", "Moni, vielen Dank für den schönen Abend gestern! Der Austausch zum Personal war echt wertvoll und Sepps Essen ein Traum. Bis bald, Verena"),
])
C("genuine", "event_thank_you", "de", "Dank nach dem Hoteliers-Stammtisch im Zettlerhof (3 von 3)", [
    ("peer3", "2025-11-07 07:40", "Guten Morgen Monika, danke nochmal für gestern Abend - toller Austausch zum Thema Personal, und das Essen war hervorragend. Gruß Stefan"),
    ("me", "2025-11-07 08:20", "Danke dir Stefan! Schick mir doch die Vorlage für euren Dienstplan, von der du erzählt hast."),
    ("peer3", "2025-11-07 08:45", "Mach ich heute noch."),
])
C("genuine", "owner_started_former_apprentice", "de", "Inhaberin schreibt ehemaliger Auszubildenden in Zürich", [
    ("me", "2025-06-02 20:30", "Liebe Leonie, ich hab gesehen, du bist jetzt in Zürich bei Guest Relations - wie schön! Ich bin so stolz auf dich. Wie geht's dir in der Stadt?"),
    ("exazubi", "2025-06-03 07:15", "Frau Zettler!! Danke!! Es ist super, aber alles so teuer hier 😅 Ich vermisse den Blick vom Personalzimmer. Wenn ich im Herbst heimkomme, schau ich vorbei!"),
    ("me", "2025-06-03 07:30", "Unbedingt! Sepp macht dir Kässpatzen."),
])
C("genuine", "owner_started_tour_operator", "en", "owner asks a US tour operator about next season's allotment", [
    ("me", "2025-10-08 16:00", "Hi Carol, hope you're well! Planning 2026 now - will you want the same allotment as this year (6 rooms, two weeks in September)? Our rates go up about 4% next year, I'll send the contract once you confirm."),
    ("us_agent", "2025-10-09 02:30", "Hi Monika! Yes please, same rooms and dates. Our guests rave about your place, especially the spa after the Tegelberg hike. 4% is fine. Send the contract over!"),
    ("me", "2025-10-09 08:00", "Wonderful, contract goes out today. Greetings to Tennessee!"),
])
C("genuine", "journalist_feature", "de", "Reisejournalistin möchte über familiengeführte Wellnesshotels berichten", [
    ("journal", "2025-06-24 11:30", "Liebe Frau Zettler, ich schreibe für das Reiselust Magazin eine Geschichte über familiengeführte Wellnesshotels im Allgäu - keine Anzeige, redaktionell. Ich würde gern zwei Nächte im Juli vorbeikommen und mit Ihnen und Ihrem Sohn über den Generationenwechsel sprechen. Hätten Sie Zeit?"),
    ("me", "2025-06-24 13:00", "Liebe Frau Endres, das freut uns sehr. Zweite Juliwoche passt gut, da ist Florian auch da. Ich halte Ihnen ein Zimmer frei."),
    ("journal", "2025-06-24 13:30", "Perfekt, 8.-10. Juli? Wir zahlen das Zimmer selbstverständlich, Verlagsregel."),
])
C("genuine", "event_invitation_real_contact", "de", "Bergbahn-Geschäftsführer lädt zum Jubiläum ein", [
    ("bergbahn", "2025-05-12 09:00", "Servus Moni, die Bergbahn wird heuer 70! Am 21. Juni feiern wir oben an der Bergstation mit Musi und Festgottesdienst. Du und Sepp seid herzlich eingeladen, als Ehrengäste quasi, weil's euch länger gibt als uns 😉 Sagst mir bis Ende Mai Bescheid?"),
    ("me", "2025-05-12 10:30", "Servus Georg, da sind mir dabei! Sepp fragt, ob er was zum Buffet beitragen darf. Vergelt's Gott für die Einladung."),
])
C("genuine", "supplier_cheese_prices", "de", "Sennerei kündigt neuen Käsepreis und Lieferrhythmus an", [
    ("kaese", "2025-04-20 07:00", "Servus Monika, ab Mai liefer i nur no dienstags und freitags, weil mei Bua jetzt auf der Alpe is. Bergkäs kost ab Mai 24,50 statt 23,80 das Kilo, Milchpreis halt. Passt des für euch?"),
    ("me", "2025-04-20 08:15", "Servus Xaver, passt scho. Dienstag und Freitag, dann bestell ich a bisserl mehr auf einmal. Grüß deinen Buam!"),
])
C("genuine", "maintenance_contract_quote", "de", "bestehender Saunabauer schickt Angebot für Wartungsvertrag", [
    ("sauna", "2025-08-28 14:00", "Hallo Frau Zettler, wie besprochen das Angebot für den Wartungsvertrag für Finnische Sauna, Biosauna und Dampfbad: zwei Wartungen pro Jahr inkl. Anfahrt 1.180 € netto, Notdienst innerhalb 24 Std. Ich hänge das PDF an."),
    ("me", "2025-08-28 16:30", "Danke Herr Dinser. Ist der Dampferzeuger-Entkalker da mit drin? Der hat uns letztes Jahr zweimal im Stich gelassen."),
    ("sauna", "2025-08-29 08:00", "Ja, Entkalkung ist drin, Ersatzteile nicht. Ich würde beim nächsten Termin den Erzeuger ohnehin tauschen, der ist 14 Jahre alt."),
], attachments={0: "https://www.linkedin.com/dms/dinser-wartung-2025.pdf"})
C("genuine", "bank_renovation_loan", "de", "langjährige Bankberaterin zum Finanzierungsgespräch Spa-Erweiterung", [
    ("bank", "2025-07-02 10:00", "Liebe Frau Zettler, die Unterlagen für die Spa-Erweiterung sind vollständig, danke. Die Förderbank hat eine Zinsverbilligung signalisiert. Ich würde gern mit Ihnen und Ihrem Sohn die Tilgungsvarianten besprechen - passt Ihnen der 15. Juli um 9 Uhr in der Filiale Pfronten?"),
    ("me", "2025-07-02 11:10", "Liebe Frau Eberle, der 15. passt. Florian bringt die aktualisierte Umsatzplanung mit."),
])
C("genuine", "tax_advisor", "de", "Steuerberaterin zu Kurbeitrag und Umsatzsteuer", [
    ("stb", "2025-02-04 15:00", "Hallo Monika, kurze Frage für den Jahresabschluss: Die Wellness-Pakete - habt ihr die Massagen 2024 separat auf der Rechnung ausgewiesen? Wegen der unterschiedlichen Steuersätze muss ich das aufteilen. Und der Kurbeitrag für Dezember fehlt noch in den Unterlagen."),
    ("me", "2025-02-04 16:20", "Hallo Petra, ja, seit März 2024 separat. Davor pauschal, ich weiß, ich weiß 🙈 Kurbeitrag Dezember schickt Anja dir morgen."),
])
C("genuine", "guest_complaint", "de", "Gast beschwert sich über Lärm, Inhaberin antwortet", [
    ("laerm", "2025-08-18 08:30", "Sehr geehrte Frau Zettler, wir hatten eigentlich einen erholsamen Aufenthalt gebucht, aber die Hochzeitsfeier am Samstag ging bis 2 Uhr nachts und unser Zimmer lag direkt über dem Saal. Das war uns bei der Buchung nicht gesagt worden. Ich finde, da wäre ein Hinweis angebracht gewesen."),
    ("me", "2025-08-18 10:15", "Sehr geehrter Herr Kessler, da haben Sie völlig recht, und es tut mir leid. Wir hätten Ihnen ein anderes Zimmer anbieten müssen. Ich erstatte Ihnen die Samstagnacht und würde mich freuen, wenn Sie uns noch einmal eine Chance geben - ohne Hochzeit im Haus, versprochen."),
    ("laerm", "2025-08-18 12:00", "Das ist fair, danke für die ehrliche Antwort."),
])
C("genuine", "guest_inquiry_english", "en", "UK couple asks about honeymoon package prices", [
    ("uk_guest", "2025-05-04 19:45", "Hello Mrs Zettler, my fiancé and I are getting married in September and looking for somewhere quiet with a good spa for our honeymoon. A friend stayed with you last year. Do you have a room with a view for 5 nights from 14 September, and do you have any special honeymoon packages? Sorry, my German is limited to 'Danke'!"),
    ("me", "2025-05-05 08:20", "Dear Hannah, congratulations! Yes, our 'Breitenberg' suite is free - balcony with mountain views. For honeymooners we add a couples' massage, a bottle of Allgäu sparkling wine and breakfast in the room. 5 nights half board would be 1,890 € for both of you. Shall I hold it?"),
    ("uk_guest", "2025-05-05 09:10", "That sounds perfect - please hold it! I'll email to confirm."),
])
C("genuine", "vocational_school_teacher", "de", "Berufsschullehrer zum Leistungsstand des Azubis", [
    ("bs_lehrer", "2025-03-10 13:00", "Grüß Gott Frau Zettler, kurze Rückmeldung zu Jonas Weixler: fachlich sehr gut, aber er hat im Februar drei Mal gefehlt, angeblich Frühdienst. Könnten Sie die Dienstpläne so legen, dass Berufsschultage frei bleiben? Ich will nicht, dass er die Zwischenprüfung vergeigt."),
    ("me", "2025-03-10 14:30", "Grüß Gott Herr Schindele, danke für den Hinweis - das geht gar nicht, ich kläre das mit meinem Mann und der Küche. Ab sofort ist Schule tabu. Jonas ist ein Guter, der packt das."),
])
C("genuine", "own_apprentice_shift", "de", "eigener Azubi fragt nach Schichttausch vor Prüfung", [
    ("eigener_azubi", "2025-06-18 21:00", "Hallo Frau Zettler, sorry dass ich hier schreib, aber darf ich am Freitag mit Luis tauschen? Ich hab Samstag praktische Prüfung und will ausgeschlafen sein. Der Chef hat gesagt ich soll Sie fragen."),
    ("me", "2025-06-18 21:15", "Freilich Jonas! Tausch mit Luis, und viel Glück am Samstag. Du schaffst das."),
    ("eigener_azubi", "2025-06-21 18:30", "BESTANDEN!! 🎉 Danke für alles!"),
    ("me", "2025-06-21 18:40", "Bravo!!! Montag gibt's Kuchen 🎂"),
])
C("genuine", "tour_operator_contract", "en", "Dutch hiking tour operator, existing partner, negotiates next year's rates", [
    ("nl_op", "2025-09-30 10:00", "Dear Monika, thank you again for a great season - our walkers loved the new packed lunches. For 2026 we'd like to keep 8 rooms weekly from June to September. Our contract says rates are reviewed annually; could you share the 2026 net rates by mid-October? We're also thinking about adding a 'Wandern & Wellness' week in early June."),
    ("me", "2025-09-30 15:20", "Dear Marieke, thank you, it's always a pleasure with your groups. 2026 net rates will be +4% on half board; I'll send the contract by 10 October. The June wellness week is a lovely idea - we could include two spa treatments per person. Let's talk by phone next week?"),
    ("nl_op", "2025-09-30 16:00", "Sounds good. Tuesday 2pm?"),
])
C("genuine", "freelancer_partner_retreat", "de", "Yogalehrerin plant gemeinsames Retreat und Aufteilung", [
    ("yoga", "2025-11-12 18:30", "Liebe Monika, für 2026 würde ich gern wieder zwei Retreats bei dir machen, im März und im Oktober. Gleiche Aufteilung wie letztes Jahr (du Zimmer und Verpflegung, ich Yoga und Marketing)? Ich würde den Teilnehmerpreis von 890 auf 940 € anheben, ist das ok?"),
    ("me", "2025-11-13 08:00", "Liebe Lisa, sehr gern! 940 € ist fair, unsere Zimmerrate steigt ja auch leicht. Termine: 19.-22. März und 15.-18. Oktober? Der Seminarraum ist frei."),
    ("yoga", "2025-11-13 08:30", "Perfekt, ich blocke beide 🙏"),
])
C("genuine", "chamber_examiner_request", "de", "IHK bittet sie, Prüferin zu werden", [
    ("ihk", "2025-01-09 11:00", "Sehr geehrte Frau Zettler, der Prüfungsausschuss Hotelfachleute in unserem Kammerbezirk sucht ab Sommer eine Prüferin aus einem Familienbetrieb. Herr Schindele von der Berufsschule hat Sie empfohlen. Es wären zwei Prüfungstermine im Jahr, Aufwandsentschädigung nach Satzung. Hätten Sie Interesse?"),
    ("me", "2025-01-10 09:00", "Sehr geehrter Herr Fendt, danke für die Anfrage. Ja, ich mache das gern - die Ausbildung liegt mir am Herzen. Schicken Sie mir die Unterlagen?"),
])
C("genuine", "friend_small_talk", "de", "Schulfreundin gratuliert zum 50-jährigen Hausjubiläum", [
    ("freundin", "2025-05-25 20:15", "Moni!!! 50 Jahre Zettlerhof, ich hab den Artikel in der Zeitung gesehen! Deine Mama wär so stolz. Wie habt ihr gefeiert?"),
    ("me", "2025-05-25 20:40", "Gabi! Danke dir ❤️ Mit der ganzen Belegschaft und Blasmusik, bis früh um drei. Mei, war das schön. Wann kommst du endlich mal zum Saunieren?"),
    ("freundin", "2025-05-25 20:45", "Pfingstferien! Versprochen."),
])
C("genuine", "management_group_chat", "de", "Gruppenchat der Hotelleitung zur Wochenplanung", [
    ("me", "2025-12-15 07:30", "Morgen zusammen. Diese Woche: Mittwoch Weihnachtsfeier-Gruppe Pfaffinger (18 Pers.), Freitag voll belegt, Sauna 2 ist ab Donnerstag wieder da. Sepp, brauchst du für Mittwoch Aushilfe?"),
    ("sepp", "2025-12-15 07:45", "Ja, oan für d'Spüle. Frag den Luis."),
    ("anja", "2025-12-15 08:00", "Freitag hab ich zwei Spätanreisen nach 22 Uhr, ich lass den Schlüsselsafe an."),
    ("florian", "2025-12-15 08:10", "Hab die Neujahrsraten online gestellt, 2 Zimmer noch frei."),
], title="Zettlerhof Leitung")
C("genuine", "supplier_wine_prices", "de", "Weinhändler (bestehend) mit neuen Jahrgangspreisen", [
    ("wein", "2025-03-25 16:00", "Liebe Frau Zettler, der neue Jahrgang vom Bodensee-Müller-Thurgau ist da. Leider 40 Cent teurer pro Flasche (7,90 € netto). Den Spätburgunder halte ich für Sie noch beim alten Preis, solange der 2023er reicht. Soll ich wie immer 120 Flaschen vom Weißen schicken?"),
    ("me", "2025-03-25 17:30", "Hallo Herr Ströbele, ja bitte, 120 Weiße und 60 vom Spätburgunder, solange er noch günstig ist 😉"),
])
C("genuine", "peer_exchange_staff_housing", "de", "befreundeter Hotelier aus Tirol zum Thema Personalwohnungen", [
    ("tirol", "2025-09-10 21:00", "Servus Monika, hab deinen Beitrag über Personalwohnungen gelesen. Mir haben im Tannheimer Tal grad dasselbe Problem. Wie habt ihr das mit der Gemeinde geregelt, Baurecht am Hotelgrund? Würd mich gern mal austauschen, vielleicht auf an Kaffee in Pfronten?"),
    ("me", "2025-09-11 07:30", "Servus Hannes! Gern, war a zähes Ringen mit dem Bauamt. Komm nächste Woche, Mittwoch Nachmittag?"),
    ("tirol", "2025-09-11 08:00", "Mittwoch passt, i bring an Strudel mit."),
])
C("genuine", "wedding_inquiry", "de", "Brautpaar möchte Hochzeit buchen und fragt Preise", [
    ("hochzeit", "2025-07-01 12:00", "Hallo Frau Zettler, wir heiraten nächstes Jahr im Juni standesamtlich in Pfronten und suchen eine Location für die Feier mit 70 Gästen. Ihr Saal sieht auf den Fotos traumhaft aus! Was kostet ein Hochzeitspaket ungefähr, und können die Gäste auch bei Ihnen übernachten?"),
    ("me", "2025-07-01 14:00", "Liebe Frau Berktold, herzlichen Glückwunsch! Für 70 Gäste passt unser Saal perfekt. Pakete starten bei 98 € pro Person (Sektempfang, Menü oder Buffet, Getränkepauschale). Zimmer reservieren wir Ihren Gästen gern zum Sonderpreis. Wollen Sie vorbeikommen und sich alles anschauen?"),
    ("hochzeit", "2025-07-01 14:20", "Ja, sehr gern! Samstag in zwei Wochen?"),
])
C("genuine", "owner_requests_quote_photographer", "de", "Inhaberin fragt ihren Fotografen nach einem Angebot für neue Prospektbilder", [
    ("me", "2025-02-24 09:00", "Servus Benedikt, wir brauchen neue Bilder fürs Spa und die renovierten Zimmer, am liebsten im März mit Schnee draußen. Was würde ein Tag kosten? Wie letztes Mal mit Nutzungsrechten für Web und Prospekt."),
    ("foto", "2025-02-24 11:30", "Servus Monika! Ganzer Tag inkl. Bearbeitung von ca. 40 Bildern und Nutzungsrechten: 1.450 € netto. Wenn ihr Models braucht, rechne ich extra. 12. oder 13. März wär bei mir frei."),
    ("me", "2025-02-24 12:00", "13. März, Models nehmen wir vom Personal 😄"),
])

# =================================================================== WANTED PITCHES (12)
C("wanted_pitch", "builder_post_reference", "de", "Holzmodul-Hersteller bezieht sich auf ihren Beitrag zu Mitarbeiterwohnungen", [
    ("wp_wohn", "2025-09-13 08:30", "Grüß Gott Frau Zettler, danke fürs Vernetzen. In Ihrem Beitrag schreiben Sie, dass Sie zwei Köche verloren haben, weil sie in Pfronten keine Wohnung fanden, und dass Ihnen der Platz hinter dem Parkplatz bleibt. Wir bauen Mitarbeiterwohnen in Holzmodulbauweise aus Allgäuer Fichte, 6-10 Apartments, Bauzeit vor Ort drei Wochen - unter anderem für zwei Hotels im Kleinwalsertal. Wenn Sie mögen, schaue ich mir die Fläche unverbindlich an und sage Ihnen, was dort realistisch ginge."),
    ("me", "2025-09-13 12:00", "Grüß Gott Herr Gerstmayr, das passt gerade gut. Wir reden eh mit dem Bauamt. Kommen Sie nächste Woche vorbei? Ich zeig Ihnen die Fläche."),
])
C("wanted_pitch", "engineer_talk_reference", "de", "Bädertechniker bezieht sich auf ihren Vortrag zu Energiekosten im Spa", [
    ("wp_waerme", "2025-04-10 17:00", "Sehr geehrte Frau Zettler, ich war beim Allgäuer Gastgebertag in Kempten in Ihrem Vortrag, als Sie erzählt haben, dass Ihr Hallenbad im Winter 2022 fast ein Drittel der Energiekosten verursacht hat. Das Abwasser aus Dusche und Beckenrückspülung geht bei den meisten Häusern ungenutzt in den Kanal. Wir bauen Wärmerückgewinnung für Hotelbäder nach, typischerweise 20-30 % weniger Wärmebedarf fürs Becken. Ich würde mir Ihre Technik gern einmal anschauen und Ihnen eine ehrliche Einschätzung geben, ob sich das bei Ihrer Beckengröße rechnet."),
    ("me", "2025-04-11 09:00", "Sehr geehrter Herr Kreuzer, das Drittel war keine Übertreibung, leider. Ja, schauen Sie sich's an. Unser Haustechniker ist dienstags da."),
])
C("wanted_pitch", "freelancer_site_bug", "de", "Webentwicklerin hat den Fehler im Buchungsformular auf ihrer Website gefunden", [
    ("wp_web", "2025-05-20 20:00", "Hallo Frau Zettler, ich wollte für meine Eltern ein Wellness-Wochenende bei Ihnen buchen und bin am Handy hängengeblieben: Bei den Wellness-Paketen springt die Seite nach der Auswahl des Anreisedatums wieder auf den Anfang, auf iPhone und Android. Auf dem Desktop geht's. Vermutlich ein Skriptfehler im Datumsfeld. Ich bin freiberufliche Webentwicklerin in Kempten und würde das für eine Pauschale von 280 € beheben, falls Ihre Agentur es nicht schnell macht. Gebucht habe ich übrigens telefonisch 🙂"),
    ("me", "2025-05-21 08:30", "Hallo Frau Haberl, oje, danke! Florian kümmert sich um die Website, ich leite Ihre Nachricht an ihn weiter. Und schön, dass Ihre Eltern kommen!"),
    ("florian", "2025-05-21 09:15", "Hallo Frau Haberl, Florian Zettler hier. Unsere Agentur antwortet seit zwei Wochen nicht - machen Sie es bitte. Ich schicke Ihnen die Zugangsdaten per Mail."),
])
C("wanted_pitch", "consultant_specific_problem", "de", "Direktbuchungs-Berater nennt konkretes Ratenparitätsproblem", [
    ("wp_direkt", "2025-03-17 10:00", "Guten Tag Frau Zettler, mir ist aufgefallen, dass Ihr Doppelzimmer Komfort für Juni auf HolidayNest mit 164 € angezeigt wird, auf Ihrer eigenen Website aber mit 178 € - vermutlich weil die Kurtaxe auf Ihrer Seite schon enthalten ist und auf der Plattform nicht. Gäste vergleichen das und buchen dann über die Plattform, mit 15 % Provision für Sie. Ich berate Privathotels im Allgäu bei der Direktbuchung; meist bringt schon eine saubere Preisdarstellung 5-10 % mehr Direktbuchungen. Ich schicke Ihnen gern einen Screenshot-Vergleich."),
    ("me", "2025-03-17 13:30", "Guten Tag Herr Merkt, das ist ja ärgerlich, und Sie haben recht mit der Kurtaxe. Schicken Sie den Vergleich bitte an mich und meinen Sohn Florian, der macht unser Revenue."),
])
C("wanted_pitch", "supplier_mutual_contact", "de", "regionales Hofladen-Netzwerk auf Empfehlung von Regina Lutz", [
    ("wp_kaese", "2025-06-02 09:30", "Liebe Frau Zettler, Regina Lutz vom Tourismusverein Vilstal hat mir gesagt, dass Sie für das Frühstücksbuffet mehr Produkte direkt von Höfen aus der Umgebung möchten, es aber zu aufwendig ist, mit zehn Bauern einzeln zu bestellen. Genau das machen wir: ein Bestellportal, eine Rechnung, Lieferung zweimal pro Woche, 23 Höfe aus dem Ostallgäu (Honig, Eier, Joghurt, Säfte, Wurst). Darf ich Ihnen eine Probekiste vorbeibringen?"),
    ("me", "2025-06-02 11:00", "Liebe Frau Blenk, die Regina hat gut zugehört 😄 Ja, bringen Sie die Kiste vorbei, am besten Donnerstag Vormittag, dann kann mein Mann gleich probieren."),
])
C("wanted_pitch", "designer_press_reference", "de", "Innenarchitektin bezieht sich auf Gemeinderatsbeschluss zur Spa-Erweiterung", [
    ("wp_spa", "2025-07-30 08:00", "Sehr geehrte Frau Zettler, im Ostallgäuer Kurier stand, dass der Gemeinderat Pfronten Ihrer Spa-Erweiterung zugestimmt hat - herzlichen Glückwunsch! Ich bin Innenarchitektin mit Schwerpunkt Spa und Ruhebereiche und habe unter anderem den Ruheraum im Hotel Sonnhof in Tannheim gestaltet (Herr Pfurtscheller gibt gerne Auskunft). Falls Sie für die Innengestaltung noch niemanden haben: Ich würde mich freuen, Ihnen meine Arbeiten zu zeigen."),
    ("me", "2025-07-30 10:00", "Sehr geehrte Frau Wöhrle, danke! Den Ruheraum beim Hannes kenne ich, der ist wirklich schön. Wir sind noch nicht festgelegt. Schicken Sie mir Ihre Mappe, dann telefonieren wir."),
])
C("wanted_pitch", "it_partner_tool_setup", "de", "IT-Dienstleister kennt ihr Hotelprogramm und die Kassenschnittstelle", [
    ("wp_pms", "2024-12-10 09:00", "Grüß Gott Frau Zettler, Sie arbeiten mit Hotelio als Hotelprogramm (steht in Ihrer Stellenanzeige für die Rezeption). Viele Häuser mit Hotelio und separatem Restaurant-Kassensystem buchen die Restaurantrechnungen noch von Hand aufs Zimmer. Ich bin zertifizierter Hotelio-Partner und richte die Schnittstelle Kasse-Zimmerkonto ein, Festpreis 890 €, ein halber Tag vor Ort. Darf ich Ihnen zwei Referenzhäuser im Ostallgäu nennen?"),
    ("me", "2024-12-10 12:30", "Grüß Gott Herr Seitz, genau das nervt meine Rezeption jeden Abend. Ja, bitte die Referenzen, und dann machen wir einen Termin im Januar."),
])
C("wanted_pitch", "recruiter_relevant_candidate", "de", "Südtiroler Personalvermittler mit passendem Koch zur Stellenanzeige", [
    ("wp_koch", "2025-02-27 10:00", "Guten Tag Frau Zettler, ich habe Ihre Anzeige für einen Souschef gesehen. Ich vermittle Köche aus Südtirol und habe aktuell einen Kandidaten, der genau ins Allgäu will: 34, sieben Jahre in einem Familienbetrieb mit 45 Zimmern in Meran, regionale Küche, bildet selbst aus. Falls die Stelle noch offen ist, schicke ich Ihnen sein anonymisiertes Profil. Honorar nur bei Einstellung."),
    ("me", "2025-02-27 14:00", "Guten Tag Herr Plattner, wir sind mit einem Kandidaten schon weit, aber schicken Sie das Profil trotzdem - wir suchen im Herbst noch jemanden für die Frühstücksküche."),
])
C("wanted_pitch", "travel_agent_blog_reference", "en", "US itinerary designer cites her English blog post about hut hikes", [
    ("wp_us", "2025-08-06 15:00", "Hi Monika, I design self-guided walking itineraries in the Alps for small groups of American travelers (mostly 55+, 4-8 people). I read the English version of your blog post 'From our spa to the Hochalpe and back' and it's exactly the kind of hut-and-spa combination our clients ask for. Would you consider a small allotment for us in June and September 2026? I'd include your hotel and Martin's hut as a two-stop package and handle all bookings in English."),
    ("me", "2025-08-06 17:00", "Hi Megan, how lovely that someone reads the English version! Yes, let's talk. June is tight, September is easier. Can you send me your usual contract terms?"),
])
C("wanted_pitch", "supplier_product_discontinued", "de", "Naturkosmetik-Außendienst weiß, dass ihr Spa-Produkt ausläuft", [
    ("wp_kosm", "2025-05-14 09:00", "Liebe Frau Zettler, in Ihrer Spa-Karte steht die 'Alpenrosen-Ganzkörperpackung' mit der Linie von Vitalalp. Vielleicht wissen Sie es schon: Vitalalp stellt die Profi-Linie zum Jahresende ein. Wir sind eine Naturkosmetikmanufaktur aus Immenstadt mit einer Alpenkräuter-Packung, die sich sehr ähnlich anwendet, und schulen Ihr Team kostenlos. Ich komme gern mit Proben vorbei."),
    ("me", "2025-05-14 10:15", "Liebe Frau Luible, das wusste ich tatsächlich noch nicht - danke! Unsere Spa-Leiterin ist Montag und Dienstag da, kommen Sie gern."),
])
C("wanted_pitch", "creator_posts_reference", "de", "Content Creator bezieht sich auf ihre Kässpatzen-Kochkurs-Posts", [
    ("wp_reels", "2025-10-07 19:00", "Servus Frau Zettler, Ihre Fotos vom Kässpatzen-Kochkurs mit Ihrem Mann haben auf Instagram mehr Likes als alles andere auf Ihrem Kanal - aber es gibt kein einziges Video davon. Ich drehe kurze Reels für Gastgeber im Allgäu (u. a. für die Hochalpe vom Martin Guggemos). Ein Drehtag beim nächsten Kochkurs, fünf Reels fertig geschnitten, 650 €. Lust drauf?"),
    ("me", "2025-10-08 08:30", "Servus Herr Stadler, der Martin hat schon von Ihnen erzählt. Nächster Kochkurs ist am 22. November, kommen Sie doch da."),
])
C("wanted_pitch", "installer_public_register", "de", "PV-Projektleiter bezieht sich auf Solarkataster und Lastprofil", [
    ("wp_pv", "2025-03-25 13:00", "Grüß Gott Frau Zettler, laut Solarkataster des Landkreises hat Ihr Haupthaus eine Südwest-Dachfläche von rund 420 m² mit sehr guter Eignung. Ein Hotel mit Sauna und Hallenbad hat tagsüber einen hohen Eigenverbrauch, deshalb rechnet sich PV bei Ihnen deutlich besser als bei einem Wohnhaus. Ich habe eine Grobrechnung gemacht (ca. 75 kWp, Eigenverbrauch ~80 %). Darf ich sie Ihnen schicken? Wir haben zuletzt beim Landgasthof Huber gebaut."),
    ("me", "2025-03-26 08:00", "Grüß Gott Herr Rothärmel, die Verena hat von euch erzählt. Ja, schicken Sie die Rechnung, ich schau sie mit meinem Sohn an."),
])

# =================================================================== JUNK (38)
C("junk", "template_direct_bookings", "de", "Vorlage 1/5: Direktbuchungen steigern", [
    ("t1", "2025-01-16 09:00", "Hallo Frau Zettler, wir helfen Hotels im Alpenraum, ihre Direktbuchungen innerhalb von 90 Tagen um bis zu 30 % zu steigern - ohne höhere Werbebudgets. Hätten Sie diese Woche 20 Minuten, um zu schauen, ob das auch für den Zettlerhof funktioniert?"),
])
C("junk", "template_direct_bookings", "de", "Vorlage 2/5: gleiche Nachricht, andere Füllung", [
    ("t2", "2025-03-04 10:30", "Guten Tag Monika, wir unterstützen Wellnesshotels dabei, ihre Direktbuchungen in 90 Tagen um bis zu 35 % zu erhöhen - ganz ohne mehr Werbebudget. Haben Sie in den nächsten Tagen 20 Minuten, damit wir prüfen, ob das für Ihr Hotel passt?"),
])
C("junk", "template_direct_bookings", "de", "Vorlage 3/5: nach Vernetzung", [
    ("t3", "2025-06-19 08:15", "Hallo Frau Zettler, danke für die Vernetzung! Wir helfen Familienhotels, in 90 Tagen bis zu 30 % mehr Direktbuchungen zu bekommen, ohne zusätzliches Werbebudget. Passen 20 Minuten diese Woche, um das für Ihr Haus durchzugehen?"),
])
C("junk", "template_direct_bookings", "de", "Vorlage 4/5: leicht umformuliert", [
    ("t4", "2025-09-02 14:00", "Hi Monika, kurze Frage: Wie hoch ist aktuell Ihr Direktbuchungsanteil? Wir helfen Hotels im Allgäu, diesen in 90 Tagen um bis zu 30 % zu steigern - ohne mehr Budget. Hättest du 20 Minuten diese Woche?"),
])
C("junk", "template_direct_bookings", "en", "template 5/5: same pitch in English", [
    ("t5", "2025-11-18 16:00", "Hi Monika, we help hotels in the Alps grow direct bookings by up to 30% in 90 days - without increasing ad spend. Would you have 20 minutes this week to see if this could work for Zettlerhof?"),
])
C("junk", "generic_service_bookkeeping", "de", "Buchhaltungs-Outsourcing generisch", [
    ("j_buchh", "2025-02-12 07:45", "Sehr geehrte Damen und Herren, lagern Sie Ihre Buchhaltung aus und sparen Sie bis zu 40 % Kosten! Unsere Experten übernehmen Belegerfassung, Lohn und Mahnwesen. Vereinbaren Sie jetzt ein unverbindliches Erstgespräch."),
])
C("junk", "generic_counterpart_web", "de", "generischer Webdesign-Pitch, Gegenstück zur Entwicklerin", [
    ("j_web", "2025-02-06 10:00", "Hallo, Ihre Website ist nicht mehr zeitgemäß und kostet Sie Kunden! Wir erstellen moderne, responsive Websites ab 1.999 €. Jetzt kostenlosen Website-Check anfordern!"),
])
C("junk", "generic_counterpart_social", "de", "generisches Social-Media-Angebot, Gegenstück zum Reels-Creator", [
    ("j_social", "2025-04-09 11:20", "Hallo! 📈 Mehr Follower, mehr Reichweite, mehr Kunden! Wir übernehmen Ihr komplettes Social Media ab 399 €/Monat. 3 Posts pro Woche, Stories und Community-Management. Interesse?"),
])
C("junk", "generic_counterpart_marketing", "de", "generisches 'mehr Buchungen'-Marketing, Gegenstück zum Direktbuchungs-Berater", [
    ("j_mark", "2025-04-23 09:00", "Guten Tag Frau Zettler, möchten Sie mehr Umsatz? Mit unseren bewährten Online-Marketing-Strategien gewinnen Unternehmen wie Ihres planbar neue Kunden. Lassen Sie uns telefonieren!"),
    ("j_mark", "2025-04-30 09:00", "Hallo Frau Zettler, ich wollte nur nachhaken - haben Sie meine Nachricht gesehen?"),
])
C("junk", "generic_counterpart_pms", "de", "generischer Cloud-Hotelsoftware-Pitch, Gegenstück zum Hotelio-Partner", [
    ("j_pms", "2025-05-27 13:00", "Hallo Monika, ist Ihr Hotelprogramm noch von gestern? CloudHotel Suite vereint PMS, Channel Manager und Booking Engine in einer Lösung. Jetzt 3 Monate kostenlos testen!"),
])
C("junk", "generic_counterpart_recruiter", "de", "Recruiter mit völlig unpassender IT-Stelle", [
    ("j_recr", "2025-05-31 10:00", "Hallo Monika, ich habe eine spannende Position als Senior Java Developer (m/w/d) in München, 85-95k, remote möglich. Ihr Profil passt super! Wann können wir telefonieren?"),
])
C("junk", "generic_counterpart_solar", "de", "Solar fürs Eigenheim, Gegenstück zum Gewerbe-PV-Angebot", [
    ("j_solar", "2025-06-05 18:30", "Hallo! Strompreise explodieren - jetzt mit Solar fürs Eigenheim unabhängig werden! Kostenlose Beratung, Förderung bis 30 %. Nur noch wenige Termine in Ihrer Region frei!"),
])
C("junk", "off_topic_crypto", "de", "Krypto-Trading-Angebot", [
    ("j_krypto", "2025-03-10 22:00", "Hey Monika 👋 Ich hab gesehen, dass du Unternehmerin bist. Ich zeige Leuten, wie sie mit Krypto ein zweites Einkommen aufbauen, 2-3 Stunden die Woche. Meine Schüler machen im Schnitt 4.000 € im Monat. Interesse? Schreib mir 'INFO'."),
])
C("junk", "off_topic_industrial", "de", "CNC-Zerspanung an ein Hotel", [
    ("j_cnc", "2025-08-12 08:00", "Sehr geehrte Frau Zettler, als Lohnfertiger für CNC-Dreh- und Frästeile bieten wir kurze Lieferzeiten und Toleranzen bis 0,01 mm. Gerne senden wir Ihnen ein Angebot für Ihre nächste Serie."),
])
C("junk", "offers_what_owner_sells", "de", "bietet ihr selbst einen Wellness-Kurzurlaub im Allgäu an", [
    ("j_same", "2025-07-08 12:00", "Liebe Monika, du hast dir eine Auszeit verdient! 🧖‍♀️ Exklusiv für dich: 3 Nächte im 4-Sterne-Wellnesshotel im Allgäu inkl. Halbpension und Spa ab nur 199 € p.P. Nur diese Woche buchbar!"),
])
C("junk", "capacity_for_new_clients", "de", "fragt nach Kapazitäten, dann kostenpflichtige Vermittlung", [
    ("j_kapa", "2025-07-16 10:00", "Grüß Gott Frau Zettler, kurze Frage: Haben Sie für Herbst noch Kapazitäten für neue Gruppen?"),
    ("me", "2025-07-16 12:00", "Grüß Gott, im Oktober unter der Woche ja. Um was für Gruppen geht es?"),
    ("j_kapa", "2025-07-16 12:30", "Super! Wir vermitteln Gruppen über unser Partnerportal. Für die Aufnahme berechnen wir eine einmalige Listungsgebühr von 490 € plus 12 % Vermittlungsprovision. Soll ich Ihnen den Partnervertrag schicken?"),
])
C("junk", "like_minded_entrepreneurs", "de", "Vernetzung unter 'gleichgesinnten Unternehmern'", [
    ("j_gleich", "2025-02-18 06:45", "Liebe Monika, ich vernetze mich gern mit gleichgesinnten Unternehmern, die etwas bewegen wollen 🚀 Ich baue gerade einen exklusiven Kreis von Machern auf. Lass uns doch mal telefonieren und schauen, wie wir uns gegenseitig pushen können!"),
])
C("junk", "quick_15_minute_call", "de", "kurzes 15-Minuten-Gespräch", [
    ("j_15", "2025-10-01 09:30", "Hallo Frau Zettler, hätten Sie nächste Woche 15 Minuten für ein kurzes Gespräch? Ich möchte Ihnen zeigen, wie andere Betriebe ihre Kosten um 20 % senken. Hier mein Kalender: profitpilot.example/termin"),
])
C("junk", "connect_then_pitch", "de", "angeblicher Ex-Gast, Inhaberin antwortet, dann Coaching-Pitch", [
    ("c1", "2025-04-28 08:00", "Liebe Frau Zettler, danke fürs Annehmen! Ihr Hotel ist wirklich ein Traum, das Frühstück mit Blick auf die Berge werde ich nie vergessen."),
    ("me", "2025-04-28 09:30", "Das freut mich sehr, vielen Dank! Hoffentlich bis bald wieder."),
    ("c1", "2025-04-29 07:45", "Ganz bestimmt! Übrigens: Viele Unternehmerinnen in Ihrer Position sind oft am Limit. In meinem 8-Wochen-Programm 'Chefin mit Leichtigkeit' sind noch zwei Plätze frei. Darf ich Ihnen die Infos schicken?"),
])
C("junk", "connect_then_pitch", "de", "Vernetzung ohne Notiz, Kompliment, dann Energievertrag", [
    ("c2", "2025-09-22 11:30", "Hallo Frau Zettler, schön, dass wir vernetzt sind! Toller Familienbetrieb."),
    ("c2", "2025-09-25 08:45", "Kurze Frage: Wann haben Sie zuletzt Ihre Strom- und Gasverträge verglichen? Für Gewerbekunden holen wir aktuell bis zu 25 % raus. Soll ich Ihnen ein Angebot machen? Dafür bräuchte ich nur Ihre letzte Jahresabrechnung."),
])
C("junk", "connect_then_pitch", "de", "angebliche gemeinsame Kontakte, Smalltalk, dann Versicherung", [
    ("c3", "2025-11-04 09:00", "Hallo Monika, danke fürs Vernetzen! Wie läuft die Saison bei euch?"),
    ("me", "2025-11-04 13:00", "Danke, gut! Jetzt ist Zwischensaison, wir renovieren."),
    ("c3", "2025-11-04 13:20", "Toll! Apropos Renovierung - ist dein Betrieb eigentlich richtig gegen Betriebsunterbrechung versichert? Viele Hotels sind massiv unterversichert. Ich mache dir gern einen kostenlosen Check."),
])
C("junk", "connect_then_pitch", "de", "Kompliment, dann Immobilien-Investment in Dubai", [
    ("c4", "2025-06-09 09:20", "Servus Monika, toller Betrieb, wirklich beeindruckend was ihr da aufgebaut habt!"),
    ("c4", "2025-06-11 18:00", "Du als erfolgreiche Unternehmerin suchst sicher nach Möglichkeiten, dein Kapital steueroptimiert anzulegen. Wir haben exklusive Off-Plan-Apartments in Dubai mit 8 % Rendite. Hast du Zeit für ein kurzes Telefonat?"),
])
C("junk", "follow_up_bumps", "de", "Bewertungssoftware mit drei unbeantworteten Erinnerungen", [
    ("b1", "2025-03-11 10:00", "Hallo Frau Zettler, mehr 5-Sterne-Bewertungen auf Google - automatisch! ReviewRocket sendet Ihren Gästen nach dem Aufenthalt eine SMS. Darf ich Ihnen eine Demo zeigen?"),
    ("b1", "2025-03-18 10:00", "Hallo Frau Zettler, ich wollte meine Nachricht nochmal nach oben holen."),
    ("b1", "2025-03-25 10:00", "Hallo Frau Zettler, haben Sie meine letzte Nachricht gesehen?"),
    ("b1", "2025-04-01 10:00", "Ich gehe davon aus, dass es gerade nicht passt. Soll ich mich in ein paar Monaten wieder melden?"),
])
C("junk", "follow_up_bumps", "de", "Gastro-Einkaufsportal stupst zweimal nach", [
    ("b2", "2025-04-01 14:00", "Hallo Monika, spar dir Zeit und Geld beim Einkauf! Über 30.000 Gastro-Artikel zu Großhandelspreisen. Registrier dich kostenlos!"),
    ("b2", "2025-04-08 14:00", "Hi Monika, kurze Erinnerung an meine letzte Nachricht 😊"),
    ("b2", "2025-04-15 14:00", "Letzter Versuch! Nicht dass das untergeht."),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("m1", "2025-01-27 09:00", "Hallo {{Vorname}}, als Gastgeber in {{Ort}} wissen Sie, wie wichtig Sichtbarkeit ist. Mit einem Eintrag im Hotelsterne-Verzeichnis erreichen Sie 2 Mio. Leser. Sichern Sie sich jetzt Ihren Platz!"),
])
C("junk", "merge_tag_failure", "de", "falscher Name und falsche Branche", [
    ("m2", "2025-10-21 11:00", "Hallo Herr Zeller, als Inhaber einer Bäckerei kennen Sie das Problem: lange Schlangen an der Kasse. Unser Kassensystem beschleunigt den Verkauf um 40 %. Darf ich vorbeikommen?"),
])
C("junk", "merge_tag_failure", "en", "English {first_name} and [Company] placeholders", [
    ("m3", "2025-08-14 15:00", "Hi {first_name}, I noticed [Company] is hiring! Globex Staffing can fill your open roles in under 14 days with pre-vetted talent. Shall we schedule a quick call?"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter [Hotelname] im Werbetechnik-Pitch", [
    ("m4", "2025-01-22 10:30", "Guten Tag Frau Zettler, ist [Hotelname] auch nachts gut sichtbar? Wir fertigen beleuchtete Werbeschilder und Leuchtbuchstaben für Betriebe in [Stadt]. Jetzt 10 % Frühbucherrabatt!"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Fernstudium", [
    ("sp1", "2025-03-20 12:00", "<p>Hallo Monika,</p><p>Bereit für den nächsten Karriereschritt? Mit unserem berufsbegleitenden <b>Fernstudium Hotelmanagement</b> zum Bachelor - flexibel neben dem Job.</p><p><a href=\"https://fernstudium-plus.example\">Jetzt kostenlos Infomaterial anfordern</a></p>"),
], title="Sponsored Conversation", subject="Ihr Bachelor neben dem Beruf")
C("junk", "sponsored_inmail", "en", "sponsored InMail: travel advertising platform", [
    ("sp2", "2025-06-26 12:00", "<p>Hi Monika,</p><p>Reach 12 million travellers with <b>TravelPulse Ads</b>. Hotels like yours see 3x more bookings.</p><p>Claim your &euro;200 ad credit today.</p>"),
], title="Sponsored Conversation", subject="€200 ad credit for your hotel")
C("junk", "paid_award", "de", "'Auszeichnung' gegen Lizenzgebühr", [
    ("aw", "2025-02-25 10:00", "Sehr geehrte Frau Zettler, wir freuen uns, Ihnen mitzuteilen, dass der Zettlerhof für den Deutschen Gastgeber-Award 2025 in der Kategorie 'Wellness & Familie' ausgewählt wurde! Für die Nutzung des Siegels, die Urkunde und den Eintrag im Award-Portal fällt eine Lizenzgebühr von 890 € zzgl. MwSt. an. Bitte bestätigen Sie bis 14. März."),
])
C("junk", "paid_feature", "de", "redaktionell aufgemachte Anzeige gegen Bezahlung", [
    ("feat", "2025-05-07 11:00", "Liebe Frau Zettler, für unsere Sommerausgabe 'Die schönsten Wellness-Oasen der Alpen' möchten wir Ihr Haus auf einer Doppelseite vorstellen. Der Kostenbeitrag für Text, Bilder und Layout beträgt 2.400 € netto. Es sind nur noch drei Plätze frei."),
])
C("junk", "paid_podcast", "de", "Podcast-Gastauftritt gegen Gebühr", [
    ("pod", "2025-08-26 09:00", "Hallo Monika! Du wärst der perfekte Gast für den Gastgeber-Gold Podcast 🎙️ Über 20.000 Hörer aus der Hotellerie. Für Produktion und Promotion fällt ein Beitrag von 390 € an. Soll ich dir einen Termin reservieren?"),
])
C("junk", "fluent_generic_company_named", "de", "flüssig formulierter Pitch mit Hotelname, aber beliebig", [
    ("fluent", "2025-10-28 08:00", "Liebe Frau Zettler, der Zettlerhof steht für gelebte Gastfreundschaft und Qualität - das spürt man sofort. Gerade familiengeführte Häuser wie Ihres stehen heute vor großen Herausforderungen: Fachkräfte, Kosten, Digitalisierung. Wir begleiten Hotels ganzheitlich auf dem Weg in die Zukunft. Ich würde mich freuen, in einem unverbindlichen Gespräch Potenziale für den Zettlerhof zu identifizieren."),
])
C("junk", "buy_reviews", "de", "Google-Bewertungen kaufen", [
    ("j_google", "2025-09-09 21:00", "Hallo, wir bieten echte Google-Bewertungen von deutschen Profilen. 10 Bewertungen 149 €, 50 Bewertungen 599 €. Diskret und sicher. Interesse?"),
])
C("junk", "generic_coaching", "de", "Mindset-Coaching", [
    ("j_coach", "2025-05-07 05:45", "Monika, was hält dich wirklich zurück? 🔥 In meinem kostenlosen Webinar zeige ich, wie du in 90 Tagen dein Business UND dein Leben auf das nächste Level bringst. Link in meinem Profil!"),
])
C("junk", "generic_energy_broker", "de", "Energiemaklerin generisch", [
    ("j_energie", "2025-11-11 10:00", "Sehr geehrte Damen und Herren, Gewerbestrom ab 19,9 ct/kWh! Jetzt Tarife vergleichen und wechseln. Wir übernehmen die Kündigung für Sie."),
])
C("junk", "generic_counterpart_housing", "de", "Tiny Houses für Privatkunden, Gegenstück zum Mitarbeiterwohnen", [
    ("j_tiny", "2025-08-19 17:00", "Hallo! Träumst du vom eigenen Tiny House? 🏡 Unsere Modelle ab 49.900 € schlüsselfertig. Jetzt Katalog anfordern und 1.000 € Frühbucherbonus sichern!"),
])

if __name__ == "__main__":
    x.write(HERE.parent / SLUG,
            {"First Name": "Monika", "Last Name": "Zettler",
             "Headline": "Gastgeberin mit Herz | Inhaberin Wellnesshotel Zettlerhof, Pfronten | Familienbetrieb in 3. Generation",
             "Summary": "40 Zimmer, Hallenbad, Saunalandschaft und die besten Kässpatzen im Ostallgäu (sagt mein Mann). Ich führe den Zettlerhof in dritter Generation, bilde aus und engagiere mich im Tourismusverband.",
             "Industry": "Hospitality", "Geo Location": "Pfronten, Bayern, Deutschland",
             "Websites": "[COMPANY:https://zettlerhof.example]"},
            [{"Company Name": "Wellnesshotel Zettlerhof", "Title": "Inhaberin & Gastgeberin",
              "Description": "Familiengeführtes Wellnesshotel mit 40 Zimmern im Allgäu.",
              "Location": "Pfronten", "Started On": "Jan 2004", "Finished On": ""},
             {"Company Name": "Wellnesshotel Zettlerhof", "Title": "Empfangschefin", "Description": "",
              "Location": "Pfronten", "Started On": "Sep 1994", "Finished On": "Dec 2003"},
             {"Company Name": "Hotel am See Bregenz", "Title": "Hotelfachfrau (Ausbildung)", "Description": "",
              "Location": "Bregenz", "Started On": "Sep 1991", "Finished On": "Aug 1994"}],
            ["Hotellerie", "Gastgeberin", "Ausbildung", "Wellness", "Revenue Management", "Personalführung",
             "Tourismus"])
    print(x.summary())

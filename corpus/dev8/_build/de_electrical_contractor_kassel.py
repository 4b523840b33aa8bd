"""dev8 persona (written blind as heldout10, session 3): Elektromeisterin with a 12-person contracting firm in Kassel (2026 layout).

Written blind to the detector code, session 3. Every message text is written by hand here;
running this script regenerates ../de-electrical-contractor-kassel/ byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-electrical-contractor-kassel"
OWNER = Person("me", "Sabine Hollerbach", "https://www.linkedin.com/in/sabine-hollerbach-elektro",
               "Hollerbach Elektrotechnik GmbH", "Geschäftsführerin / Elektromeisterin")
E = Export(SLUG, "2026", OWNER)
P = E.person
C = E.conv

# ---------------------------------------------------------------- people: genuine contacts
P("rauch", "Dirk Rauch", "Spedition Rauch & Söhne", "Leitung Facility Management", connected="2023-04-18")
P("gh", "Martina Köhler", "EGN Elektro-Großhandel Nordhessen", "Außendienst Installateure", connected="2017-09-05")
P("arch", "Tobias Wendt", "Wendt Lange Architekten PartGmbB", "Partner", connected="2025-09-28")
P("shk", "Jens Ahlborn", "Ahlborn Haustechnik GmbH", "Inhaber", connected="2016-03-11")
P("rec", "Franziska Obermeier", "Handwerk Personal Nordhessen", "Personalberaterin", connected="2025-05-20")
P("app1", "Luca Brandstätter", "", "Elektroniker für Energie- und Gebäudetechnik", connected="2025-10-02")
P("app2", "Omar Haddad", "", "Elektriker", connected="2025-11-14")
P("hwk", "Ulrike Sennewald", "Handwerkskammer Kassel", "Prüfungswesen", connected="2021-02-03")
P("t1", "Gerd Bölling", "Bölling Dachtechnik", "Dachdeckermeister", connected="2019-06-14")
P("t2", "Nadine Krämer", "Stadtwerke Melsungen", "Netzplanung", connected="2024-01-09")
P("t3", "Patrick Ohm", "Elektro Ohm", "Inhaber", connected="2018-10-22")
P("meisterschule", "Carolin Sturm", "Elektro Sturm GmbH", "Elektromeisterin", connected="2014-07-30")
P("netz", "Andreas Kuhlmann", "Netzgesellschaft Kassel-Land", "Netzanschlussmanagement", connected="2024-05-02")
P("ausbilder", "Heinz-Werner Pfaff", "", "Elektromeister i. R.", connected="2012-12-01")
P("presse", "Svenja Lüdtke", "Nordhessische Rundschau", "Redakteurin Wirtschaft", connected="2026-01-12")
P("innung", "Rainer Fackiner", "Elektro-Innung Kassel", "Obermeister", connected="2015-02-19")
P("obm", "Marco Seidel", "Hollerbach Elektrotechnik GmbH", "Obermonteur", connected="2019-08-01")
P("hv", "Birgit Lanz", "Lanz Immobilienverwaltung", "Objektbetreuung", connected="2022-03-15")
P("schule", "Holger Engelhardt", "Landkreis Kassel, Fachbereich Gebäudewirtschaft", "Sachgebietsleiter",
  connected="2023-11-20")
P("wb", "Katja Reinholz", "Voltaro Ladesysteme GmbH", "Partnermanagement Süd/Mitte", connected="2022-06-07")
P("nl", "Sander de Vries", "Zonnestroom Distributie B.V.", "Account Manager DACH", connected="2021-04-27")
P("uk", "Rachel Morton", "Tarrant Precision GmbH", "Site Operations Manager", connected="2025-12-03")
P("auto", "Stefan Iffland", "Autohaus Iffland", "Geschäftsführer", connected="2025-08-19")
P("student", "Miriam Osei", "Hochschule Nordhessen", "Masterstudentin Energietechnik", connected="2025-07-01")
P("exma", "Jonas Weitzel", "Gebäudetechnik Vogel", "Projektleiter", connected="2020-01-15")
P("bank", "Christoph Hain", "Kasseler Volksbank eG", "Firmenkundenbetreuer", connected="2018-04-09")
P("baecker", "Annette Rudolph", "Bäckerei Rudolph", "Geschäftsführerin", connected="2025-02-21")
P("kunde", "Klaus Dietrich", "Dietrich Metallbau", "Inhaber", connected="2024-06-30")
P("stb", "Yvonne Grebe", "Grebe & Partner Steuerberatung", "Steuerberaterin", connected="2016-11-03")
P("ak1", "Thorsten Mielke", "Mielke Elektro", "Inhaber", connected="2020-09-09")
P("ak2", "Sevgi Aydın", "Elektrotechnik Aydın", "Geschäftsführerin", connected="2021-05-05")
P("dank1", "Heiko Schwalm", "Schwalm Landtechnik", "Geschäftsführer", connected="2025-11-07")
P("dank2", "Petra Nolte", "Zimmerei Nolte", "Kaufm. Leitung", connected="2025-11-07")
P("dank3", "Benedikt Ruhl", "Ruhl Kälte-Klima", "Inhaber", connected="2025-11-08")
P("pruef", "Ingrid Vaupel", "Vaupel Sachverständigenbüro", "Sachverständige", connected="2019-03-12")
P("kita", "Dennis Hupfeld", "Ev. Kita Sonnenblume Vellmar", "Leitung", connected="2025-10-20")

# ---------------------------------------------------------------- people: wanted pitches
P("w_zeit", "Lena Hartig", "Baustellenbuch Software GmbH", "Kundenberatung Handwerk")
P("w_azubi", "Moritz Kling", "Lehrstelle Live", "Gründer", connected="2025-11-10",
  invite=("IN", "2025-11-09 18:12", "Hallo Frau Hollerbach, ich war gestern bei Ihrem Vortrag in der HWK. Gerne vernetzen!"))
P("w_web", "Jana Siebert", "Siebert Webdesign", "Freelancerin Web & UX")
P("w_lade", "Florian Brack", "ParkStrom Abrechnung GmbH", "Vertrieb Wohnungswirtschaft")
P("w_knx", "Tim Oberländer", "Oberländer Gebäudeautomation", "KNX-Programmierer (freiberuflich)")
P("w_aval", "Susanne Merz", "Merz Kautionsmakler", "Inhaberin")
P("w_visu", "Daniel Ebert", "Haustafel Systems", "Partner Account Manager")
P("w_rec", "Kerstin Wolff", "Technik Köpfe Personalberatung", "Senior Consultant Gebäudetechnik")
P("w_pv", "Ralf Gerlach", "Solarkontor Mitte GmbH", "Key Account Gewerbe")
P("w_dc", "Mikkel Sørensen", "Fjordcharge ApS", "Head of Installer Network DACH")
P("w_van", "Andrea Pohl", "Pohl Fahrzeugeinrichtungen", "Beratung & Vertrieb")
P("w_thermo", "Felix Ranft", "Ranft Luftbild & Thermografie", "Gründer")

# ---------------------------------------------------------------- people: junk senders
P("j_soft", "Maximilian Stern", "HandwerkPro Cloud", "Sales Development")
P("j_recr", "Jacqueline Baum", "FachkraftFinder24", "Recruiting Expertin",
  connected="2025-06-03", invite=("IN", "2025-06-02 09:40", ""))
P("j_seo", "Kevin Lorenz", "TopRank Agentur", "SEO Consultant")
P("j_pvcn", "Grace Lin", "Sunhaven Photovoltaic Co., Ltd.", "Overseas Sales Manager")
P("j_crypto", "Daniel Reuter", "", "Trader | Mentor | Finanzielle Freiheit")
P("j_plant", "Sophie Wagner", "GrünRaum Büropflanzen", "Kundenberatung")
P("j_pvsell", "Nico Hartmann", "SonnenPlus Energie", "Energieberater",
  connected="2025-07-14", invite=("IN", "2025-07-13 21:02", ""))
P("j_leads", "Patrick Bauer", "Anfragenmotor", "Partnerbetreuung")
P("j_net", "Ramona Fiedler", "Unternehmerinnen-Kreis Mitte", "Business Coach",
  connected="2025-09-02", invite=("IN", "2025-09-01 07:55", "Liebe Sabine, ich vernetze mich gern mit starken Unternehmerinnen!"))
P("j_15", "Tobias Hein", "Förderkompass Beratung", "Fördermittelberater")
P("j_ctp1", "Bernd Kallweit", "Kallweit Consulting", "Unternehmensberater Handwerk",
  connected="2025-04-22", invite=("IN", "2025-04-21 20:14", ""))
P("j_ctp2", "Larissa Vogt", "ProfitPlus Kalkulation", "Beraterin",
  connected="2025-08-26", invite=("IN", "2025-08-25 17:31", "Hallo Sabine, tolle Projekte bei euch!"))
P("j_ctp3", "Marcel Engel", "SolarLeads Deutschland", "Business Development",
  connected="2026-01-19", invite=("IN", "2026-01-19 08:02", ""))
P("j_bump1", "Oliver Schuster", "Flotte Digital", "Key Account Manager")
P("j_bump2", "Vanessa Krüger", "ArbeitsschutzPlus", "Beraterin Arbeitssicherheit")
P("j_tpl1", "Dennis Walter", "Handwerk Wachstum GmbH", "Gründer")
P("j_tpl2", "Julia Ortmann", "Meister Marketing", "Head of Growth")
P("j_tpl3", "Sebastian Kranz", "Auftragsplus", "Geschäftsführer")
P("j_tpl4", "Chris Albrecht", "Clientflow Agency", "Founder")
P("j_tpl5", "Melanie Voss", "Betriebsmagnet", "Projektleiterin")
P("j_tag1", "Alexander Funk", "Digitale Kanzlei Funk", "Partner")
P("j_tag2", "Steffi Brandt", "Werbetechnik Brandt", "Vertrieb")
P("j_tag3", "Ricardo Mendes", "LeadBridge Europe", "Growth Manager")
P("j_tag4", "Jan Peters", "ProBau Versicherungsmakler", "Makler")
P("s_leasing", "Transporter Leasing Direkt", "", "",
  url="https://www.linkedin.com/company/transporter-leasing-direkt")
P("s_card", "Kontora Business", "", "", url="https://www.linkedin.com/company/kontora-business")
P("s_webinar", "Energiewende Akademie", "", "", url="https://www.linkedin.com/company/energiewende-akademie")
P("j_award", "Heike Roth", "Deutscher Handwerkspreis der Mittelstandsinitiative", "Jurybüro")
P("j_mag", "Thomas Kurz", "Macherinnen Magazin", "Anzeigenleitung")
P("j_fluent", "Dr. Philipp Saalfeld", "Saalfeld Transformation Partners", "Managing Partner")
P("j_energy", "Marko Jansen", "Strompreis Direkt", "Energieeinkauf Gewerbe")
P("j_va", "Aisha Rahman", "Remote Desk Solutions", "Client Success")
P("j_auto", "Ryan Cole", "ScaleReach", "Outbound Specialist")
P("j_immo", "Manuel Franke", "Capital Wohnwert", "Investmentberater")
P("j_ki", "Lisa Neumann", "ChatWerk KI", "Sales")
P("j_rev", "Tim Hoffmann", "SternePlus", "Account Executive")
P("j_web2", "Sandra Keller", "Pixelhandwerk Agentur", "Kundenberaterin")
P("j_coach", "Gabriele Stein", "", "Coach für Unternehmerinnen | Mindset | Erfolg")
P("j_knx", "Henrik Stahl", "SmartHome Vertrieb Deutschland", "Partnermanager")
P("j_kredit", "Jürgen Lapp", "Finanzkontor Mittelstand", "Finanzierungsberater")

# ================================================================ GENUINE (35)
C("genuine", "client_quote_request", "de", "Bestandskunde fragt Angebot für 8 Wallboxen am Depot an, Termin vereinbart", [
    ("rauch", "2026-02-03 08:14", "Moin Frau Hollerbach,\nwir wollen am Depot in Lohfelden jetzt doch auf E-Transporter umstellen, erstmal 8 Fahrzeuge. Können Sie uns ein Angebot für 8 Ladepunkte machen, inkl. Lastmanagement? Der Hausanschluss ist ja von Ihnen 2023 schon mal angeschaut worden.\nGruß Dirk Rauch"),
    ("me", "2026-02-03 12:40", "Hallo Herr Rauch, sehr gerne. Ich würde mir das vorher mit meinem Obermonteur noch mal vor Ort anschauen, v.a. wegen der Kabelwege zur Halle 2. Passt Ihnen Donnerstag 7:30?"),
    ("rauch", "2026-02-03 13:05", "Donnerstag 7:30 passt. Tor 3, ich sag dem Pförtner Bescheid."),
    ("me", "2026-02-06 16:20", "Danke für die Führung heute. Angebot kommt bis Mitte nächster Woche per Mail, ich rechne einmal mit 11 kW und einmal mit 22 kW, dann können Sie vergleichen."),
])
C("genuine", "vendor_price_change", "de", "Großhändler kündigt Preiserhöhung Kabel/Kupferzuschlag an", [
    ("gh", "2025-03-12 10:02", "Hallo Sabine,\nkurze Info vorab, bevor das offizielle Schreiben kommt: ab 1. April passen wir die Listenpreise bei NYM und den Erdkabeln an, im Schnitt +6 %, plus der Kupferzuschlag wie immer tagesaktuell. Wenn ihr für die Halle in Baunatal noch größere Mengen braucht, bestell lieber bis Ende März, dann halte ich dir die alten Konditionen.\nLG Martina"),
    ("me", "2025-03-12 11:30", "Danke dir für die Vorwarnung! Ich lass Marco die Mengen bis Freitag zusammenschreiben und schick dir dann die Bestellung."),
    ("gh", "2025-03-12 11:41", "Super, mach das 👍"),
])
C("genuine", "inbound_lead", "de", "Architekt möchte KNX-Gebäudeautomation für Neubau beauftragen", [
    ("arch", "2025-10-01 14:22", "Sehr geehrte Frau Hollerbach,\nwir planen in Baunatal einen Büroneubau (ca. 2.400 m² BGF, drei Geschosse) für einen Bauherrn aus der Region. Gewünscht sind KNX für Licht, Sonnenschutz und Einzelraumregelung sowie eine einfache Visualisierung. Herr Ahlborn hat Sie uns empfohlen. Hätten Sie Interesse und Kapazität, im Frühjahr einzusteigen? Wir würden Ihnen gern die Entwurfsplanung schicken und ein Budgetangebot anfragen.\nMit freundlichen Grüßen\nTobias Wendt"),
    ("me", "2025-10-01 18:05", "Sehr geehrter Herr Wendt,\nvielen Dank für die Anfrage und Grüße an Jens. Ja, Interesse haben wir. Schicken Sie mir die Pläne gern an info@, dann melde ich mich mit einer ersten Kostenschätzung. Ein kurzes Telefonat vorab wäre hilfreich – wie sieht es bei Ihnen Montag Vormittag aus?"),
    ("arch", "2025-10-02 09:10", "Montag 10 Uhr gerne, ich rufe Sie an. Pläne sind unterwegs."),
])
C("genuine", "peer_joint_offer", "de", "SHK-Partner schlägt gemeinsames Angebot Wärmepumpe+PV vor", [
    ("shk", "2025-06-17 19:48", "Sabine, hast du kurz Zeit die Woche? Die Wohnungsbaugenossenschaft in Vellmar will 6 Häuser auf Wärmepumpe umstellen und hätte gern PV direkt mit dabei. Ich würde vorschlagen wir machen ein gemeinsames Angebot, ich Heizung, du Elektro + PV + Zählerschrank. Die wollen einen Ansprechpartner, also könnte ich die Gesamtkoordination machen und du kommst als Nachunternehmer rein, oder wir machen ne ARGE light. Was meinst du?"),
    ("me", "2025-06-17 21:15", "Klingt gut Jens! Lieber ARGE light, dann hängen wir beide gleich drin. Die Zählerschränke sind in den 60er-Jahre-Häusern bestimmt alle fällig, das müssen wir sauber einpreisen. Mittwochabend bei dir?"),
    ("shk", "2025-06-17 21:22", "Mittwoch 18 Uhr, ich mach Kaffee. Bring deine Kalkulation mit."),
])
C("genuine", "recruiter_engaged", "de", "Inhaberin hat Personalberaterin beauftragt; Kandidaten und Honorar", [
    ("me", "2025-05-20 09:12", "Hallo Frau Obermeier, Herr Ohm hat mir Sie empfohlen. Wir suchen seit Monaten einen Elektroniker für Gebäudetechnik mit KNX-Erfahrung, gern auch mit Perspektive Bauleitung. Arbeiten Sie auf Erfolgsbasis? Dann würde ich gern mal telefonieren."),
    ("rec", "2025-05-20 11:47", "Hallo Frau Hollerbach, danke für Ihre Nachricht und Grüße an Patrick Ohm. Ja, wir arbeiten erfolgsbasiert, 18 % vom Jahresbrutto, fällig erst bei Arbeitsantritt, mit 3 Monaten Nachbesetzungsgarantie. Ich hätte morgen 14 Uhr oder Freitag früh Zeit."),
    ("me", "2025-05-20 12:03", "Morgen 14 Uhr passt."),
    ("rec", "2025-06-11 16:30", "Wie besprochen: zwei Profile sind per Mail raus. Herr K. (31, KNX Partner, aktuell in Göttingen) wäre ab August verfügbar und möchte nach Kassel zurück. Geben Sie mir Bescheid, ob Sie ihn kennenlernen möchten?"),
    ("me", "2025-06-12 07:55", "Herrn K. würde ich gern kennenlernen, gern bei uns im Betrieb. Nächste Woche Dienstag oder Mittwoch Nachmittag."),
])
C("genuine", "applicant", "de", "Bewerbung eines Elektronikers per LinkedIn", [
    ("app1", "2025-10-02 20:41", "Guten Abend Frau Hollerbach,\nich habe Ihre Stellenanzeige für Elektroniker/in Energie- und Gebäudetechnik gesehen. Ich habe 2022 ausgelernt, bin zurzeit bei einem Industrieelektriker in Hann. Münden, möchte aber wieder mehr in die Gebäudetechnik und PV. Führerschein B ist vorhanden, BE mache ich gerade. Darf ich Ihnen meine Unterlagen hier schicken oder lieber per Mail?\nViele Grüße\nLuca Brandstätter"),
    ("me", "2025-10-03 08:30", "Hallo Herr Brandstätter, danke für Ihr Interesse! Gerne per Mail an bewerbung@hollerbach-elektro.de, Lebenslauf und Gesellenbrief reichen erstmal. Ich melde mich dann zeitnah."),
    ("app1", "2025-10-03 09:02", "Danke, ist raus!"),
], attachments={2: "https://www.linkedin.com/dms/lebenslauf-brandstaetter.pdf"})
C("genuine", "applicant", "mixed", "Bewerber mit Migrationshintergrund, Deutsch/Englisch gemischt", [
    ("app2", "2025-11-14 17:20", "Hallo Frau Hollerbach, ich bin Omar, Elektriker aus Aleppo, seit 2021 in Kassel. Mein Abschluss ist anerkannt als teilweise gleichwertig, ich mache Anpassungsqualifizierung bei der HWK. My German is B2, sorry if some mistakes. Ich suche eine Stelle als Helfer oder Monteur, gerne auch Photovoltaik. Do you have maybe a place?"),
    ("me", "2025-11-15 10:11", "Hallo Omar, dein Deutsch ist gut, keine Sorge! Wir können dich gern für die Anpassungsqualifizierung unterstützen – Frau Sennewald von der HWK kenne ich. Komm doch nächste Woche Montag um 7 Uhr in den Betrieb (Lilienthalstraße), dann fährst du einen Tag mit Marco mit."),
    ("app2", "2025-11-15 10:30", "Thank you so much!! Ich komme Montag. Vielen Dank"),
])
C("genuine", "client_service_request", "de", "Kita meldet Störung; landete im Spam-Ordner", [
    ("kita", "2026-01-26 07:31", "Guten Morgen Frau Hollerbach, entschuldigen Sie dass ich Sie hier anschreibe, Ihr Telefon ist noch nicht besetzt. In unserer Krippengruppe fliegt seit gestern immer wieder der FI raus, wenn die Spülmaschine läuft. Können Sie heute noch jemanden schicken? Sie haben bei uns letztes Jahr die Küche gemacht.\nDennis Hupfeld, Kita Sonnenblume"),
    ("me", "2026-01-26 09:48", "Hallo Herr Hupfeld, sorry, Ihre Nachricht ist bei mir im Spam gelandet. Marco ist um 11 bei Ihnen, bitte die Spülmaschine bis dahin nicht mehr benutzen."),
], folder="SPAM")
C("genuine", "thanks_after_talk", "de", "Dank nach HWK-Vortrag (1/3)", [
    ("dank1", "2025-11-07 21:04", "Liebe Frau Hollerbach, vielen Dank für Ihren Vortrag gestern in der Handwerkskammer! Besonders der Teil zu Eigenverbrauch und Lastspitzen war für uns Landtechniker Gold wert. Herzliche Grüße aus Wolfhagen, Heiko Schwalm"),
])
C("genuine", "thanks_after_talk", "de", "Dank nach HWK-Vortrag (2/3)", [
    ("dank2", "2025-11-07 22:15", "Hallo Frau Hollerbach, danke für den tollen Vortrag gestern in der HWK, sehr praxisnah! Ich nehme mir die Checkliste zum Zählerschrank mit in unsere nächste Besprechung. Viele Grüße, Petra Nolte"),
    ("me", "2025-11-08 08:40", "Danke Ihnen, Frau Nolte! Wenn Fragen aufkommen, melden Sie sich gern."),
])
C("genuine", "thanks_after_talk", "de", "Dank nach HWK-Vortrag (3/3)", [
    ("dank3", "2025-11-08 12:30", "Moin, danke für den Vortrag am Donnerstag! War echt gut und ohne Verkaufsblabla. Gruß Benedikt"),
])
C("genuine", "owner_started_peer", "de", "Inhaberin fragt Meisterschul-Kollegin nach Erfahrung mit Prüfgerät", [
    ("me", "2025-04-08 18:33", "Hi Caro, lange nix gehört! Kurze Frage: ihr habt doch letztes Jahr neue Installationstester angeschafft. Seid ihr zufrieden, v.a. mit der Software für die Protokolle? Bei uns ist der alte Tester nach 11 Jahren durch."),
    ("meisterschule", "2025-04-09 06:50", "Hey Sabine! Ja, Hardware top, Software naja. Das Protokoll-Programm ist bisschen umständlich, aber der Export nach PDF für die DGUV-Prüfungen klappt. Wenn du willst kannst du unseren mal zwei Tage ausleihen und testen. Und wir müssen echt mal wieder auf ein Bier!"),
    ("me", "2025-04-09 07:14", "Das wär mega, danke! Bier unbedingt, ich meld mich wegen nem Termin 🍺"),
])
C("genuine", "owner_started_grid", "de", "Inhaberin fragt Netzbetreiber nach Stand Einspeisezusage", [
    ("me", "2025-07-22 13:10", "Guten Tag Herr Kuhlmann, wir haben für den Kunden Dietrich Metallbau in Fuldabrück am 12.05. die Netzanschlussanfrage für eine 96-kWp-Anlage eingereicht (Vorgangsnr. liegt Ihnen vor). Können Sie mir sagen, wann mit der Zusage zu rechnen ist? Der Kunde möchte im September bauen."),
    ("netz", "2025-07-24 09:55", "Hallo Frau Hollerbach, der Vorgang liegt in der Netzprüfung. Wegen des Trafos in Fuldabrück brauchen wir eine Lastflussberechnung, das dauert leider noch ca. 3–4 Wochen. Ich gebe Ihnen Bescheid, sobald ich etwas habe."),
    ("me", "2025-07-24 10:20", "Danke für die Info, dann sage ich dem Kunden Oktober als Bautermin."),
])
C("genuine", "long_standing_mentor", "de", "Ehemaliger Ausbildungsmeister, Kontakt seit Jahren", [
    ("ausbilder", "2019-06-02 11:12", "Hallo Sabine, hab in der Zeitung gelesen, dass du den Betrieb jetzt als GmbH führst. Ich bin stolz auf dich, Mädel! Gruß Heinz-Werner"),
    ("me", "2019-06-02 19:40", "Danke Heinz-Werner, ohne dich hätte ich damals die Lehre nicht durchgezogen. Wir sehen uns beim Innungsfest!"),
    ("ausbilder", "2022-12-24 10:05", "Frohe Weihnachten dir und deinen Leuten. Bleib gesund."),
    ("me", "2022-12-24 12:30", "Dir auch, und Grüße an Gisela!"),
    ("ausbilder", "2025-09-14 16:22", "Sabine, mein Enkel will Elektroniker werden. Der ist fleißig aber bisschen verpeilt 😅 Hättest du ein Praktikum für ihn in den Herbstferien?"),
    ("me", "2025-09-14 18:01", "Na klar! Sag ihm, er soll sich bei mir melden, Herbstferien passt. Und verpeilt war ich mit 16 auch."),
    ("ausbilder", "2025-09-14 18:20", "Danke dir. Er schreibt dir die Tage."),
])
C("genuine", "journalist", "de", "Lokalredakteurin bittet um Interview zu Frauen im Handwerk", [
    ("presse", "2026-01-12 15:44", "Sehr geehrte Frau Hollerbach,\nich schreibe für die Wirtschaftsseite der Nordhessischen Rundschau eine kleine Serie über Frauen, die Handwerksbetriebe führen. Hätten Sie Lust, mitzumachen? Ca. 45 Minuten Gespräch, gern bei Ihnen im Betrieb, plus ein Foto. Erscheinen soll der Beitrag Anfang März.\nBeste Grüße, Svenja Lüdtke"),
    ("me", "2026-01-13 07:50", "Hallo Frau Lüdtke, gern! Am besten an einem Freitag Nachmittag, dann ist es ruhiger. 23. oder 30. Januar?"),
    ("presse", "2026-01-13 09:14", "Der 30. passt perfekt, 14 Uhr? Ich bringe unseren Fotografen mit."),
    ("me", "2026-01-13 09:20", "Gebongt."),
])
C("genuine", "event_invitation_contact", "de", "Obermeister lädt zur Innungsversammlung ein", [
    ("innung", "2025-02-10 12:00", "Liebe Kolleginnen und Kollegen, die Jahreshauptversammlung der Elektro-Innung findet am 14. März um 17 Uhr im Hotel Stadt Kassel statt. Tagesordnung kommt per Post. Sabine, wärst du bereit, 10 Minuten über eure Erfahrungen mit der Anmeldung von Balkonkraftwerken und Wallboxen beim Netzbetreiber zu erzählen? Gruß Rainer"),
    ("me", "2025-02-11 07:30", "Hallo Rainer, mach ich gern. 10 Minuten schaffe ich, vielleicht 12 😉"),
])
C("genuine", "colleague", "de", "Obermonteur schickt Baustellenupdate", [
    ("obm", "2025-09-05 15:58", "Chefin, Halle Baunatal: Unterkonstruktion ist fertig, Module kommen Dienstag. Der Dachdecker war heute da und meint die Attika muss an zwei Stellen noch abgedichtet werden bevor wir die Kabel durchführen. Hab Gerd Bescheid gesagt."),
    ("me", "2025-09-05 16:30", "Top, danke Marco. Schick mir bitte noch die Fotos von den Durchführungen für die Doku."),
    ("obm", "2025-09-05 16:45", "Sind in der Cloud im Ordner Baunatal/Doku."),
])
C("genuine", "client_service_request", "de", "Hausverwaltung meldet Ausfall Treppenhausbeleuchtung", [
    ("hv", "2025-12-01 08:05", "Guten Morgen Frau Hollerbach, in der Ludwig-Mond-Str. 14 ist seit dem Wochenende die komplette Treppenhausbeleuchtung aus. Mieter rufen schon an. Bitte um kurzfristige Prüfung, Auftrag wie immer über uns, Rahmenvertrag."),
    ("me", "2025-12-01 08:30", "Guten Morgen Frau Lanz, ist notiert, ein Kollege fährt heute bis Mittag vorbei."),
    ("hv", "2025-12-01 14:10", "Licht geht wieder, vielen Dank für die schnelle Hilfe!"),
])
C("genuine", "client_quote_request", "de", "Landkreis fragt Angebot für DGUV-V3-Prüfung an Schulen", [
    ("schule", "2025-08-12 10:40", "Sehr geehrte Frau Hollerbach,\nfür die Wiederholungsprüfung ortsveränderlicher Betriebsmittel (DGUV V3) an vier Grundschulen im Altkreis Hofgeismar benötigen wir ein Angebot. Es handelt sich um ca. 1.900 Geräte, Durchführung in den Herbstferien. Bitte Preis je Gerät und Pauschale für die Dokumentation getrennt ausweisen. Angebotsfrist 29.08.\nMit freundlichen Grüßen\nHolger Engelhardt"),
    ("me", "2025-08-12 11:15", "Sehr geehrter Herr Engelhardt, vielen Dank. Wir geben fristgerecht ein Angebot ab. Eine Frage: Sollen defekte Geräte direkt ausgesondert oder nur markiert werden?"),
    ("schule", "2025-08-12 13:02", "Nur markieren und in der Liste vermerken, die Aussonderung macht der Hausmeister."),
])
C("genuine", "existing_vendor_training", "de", "Wallbox-Hersteller (Partner) informiert über Schulung und neue Konditionen", [
    ("wb", "2025-04-02 09:30", "Hallo Frau Hollerbach, als zertifizierter Partner möchte ich Sie auf unsere Installateursschulung für die neue Generation am 15.05. in Frankfurt hinweisen. Außerdem ändern sich zum 1.6. die Partnerkonditionen: der Rabatt bleibt bei 32 %, aber die Mindestabnahme für Gold-Status steigt auf 60 Stück/Jahr. Ihr Umsatz liegt aktuell bei 48 – ich melde mich dazu gern telefonisch. Herzliche Grüße, Katja Reinholz"),
    ("me", "2025-04-02 10:55", "Hallo Frau Reinholz, danke. Zur Schulung melde ich zwei Monteure an. Wegen der Mindestabnahme lassen Sie uns gern telefonieren, mit dem Depot-Projekt könnten wir das knacken."),
])
C("genuine", "supplier_delay", "en", "Existing Dutch module distributor reports shipment delay", [
    ("nl", "2025-08-28 14:12", "Hi Sabine, bad news unfortunately: the container with your 420 modules is stuck in Rotterdam because of a customs check. Expected release is Tuesday, so delivery to Kassel Thursday or Friday next week instead of Monday. Sorry for this. I can offer free express for the inverters so at least those arrive on time."),
    ("me", "2025-08-28 15:40", "Hi Sander, thanks for letting me know early. Yes please send the inverters express. Friday at the latest, otherwise my roofers are gone to the next job."),
    ("nl", "2025-09-03 11:05", "Update: modules released, truck booked for Thursday morning. Tracking follows by mail."),
])
C("genuine", "inbound_lead", "en", "English-speaking site manager wants EV chargers and asks for quote", [
    ("uk", "2025-12-03 10:20", "Dear Ms Hollerbach,\nI manage the Kassel site of Tarrant Precision (we make hydraulic fittings, about 140 staff). We'd like to put in around 12 EV charging points for staff and visitors, and possibly PV on the car park later. Your firm came recommended by Stefan at Autohaus Iffland. Would you be able to quote? Apologies for writing in English, my German is still at the 'Guten Tag' stage.\nBest regards,\nRachel Morton"),
    ("me", "2025-12-03 13:00", "Dear Ms Morton, no problem at all, English is fine. We'd be happy to quote. Could we do a site visit next week? Tuesday or Wednesday morning would work on our side. Please also send me the most recent electricity bill so I can see your connection capacity."),
    ("uk", "2025-12-03 13:40", "Wednesday 9am is great. I'll get the bill from accounts."),
])
C("genuine", "inbound_lead", "de", "Autohaus will PV-Carport und Schnelllader kaufen", [
    ("auto", "2025-08-19 17:02", "Hallo Frau Hollerbach, danke fürs Vernetzen. Wie am Telefon kurz angesprochen: Wir wollen auf unserem Kundenparkplatz einen PV-Carport mit 20 Stellplätzen und zwei Schnellladern. Was würde sowas grob kosten? Kein verbindliches Angebot, erstmal Hausnummer für die Bank."),
    ("me", "2025-08-19 19:20", "Hallo Herr Iffland, als Hausnummer: Carport mit PV (ca. 80 kWp) inkl. Unterkonstruktion liegt grob bei 160–190 T€, die beiden Schnelllader je nach Leistung bei 45–70 T€ zzgl. Netzanschluss. Genau kann ich es erst nach Anfrage beim Netzbetreiber sagen. Soll ich die Anfrage schon stellen?"),
    ("auto", "2025-08-20 08:15", "Ja bitte, machen Sie das. Danke für die schnelle Antwort!"),
])
C("genuine", "student_request", "de", "Masterstudentin bittet um Interview für Abschlussarbeit", [
    ("student", "2025-07-01 13:37", "Hallo Frau Hollerbach,\nich schreibe meine Masterarbeit über Hemmnisse beim Ausbau von Ladeinfrastruktur im Gewerbe in Nordhessen. Hätten Sie 30 Minuten für ein Experteninterview (online oder telefonisch)? Die Ergebnisse würde ich Ihnen natürlich zuschicken.\nViele Grüße, Miriam Osei"),
    ("me", "2025-07-02 07:45", "Hallo Frau Osei, gerne, spannendes Thema! Schlagen Sie mir zwei Termine vor, am besten nach 16 Uhr."),
    ("student", "2025-07-02 08:30", "Vielen Dank! Ginge Dienstag 8.7. um 16:30 oder Donnerstag 10.7. um 17 Uhr?"),
    ("me", "2025-07-02 12:00", "Dienstag 16:30."),
])
C("genuine", "former_colleague_referral", "de", "Ehemaliger Kollege empfiehlt Kunden weiter", [
    ("exma", "2025-05-06 12:14", "Servus Sabine! Wir sind total ausgelastet, aber ein Kunde von uns (Getränkehandel in Calden) braucht dringend eine neue Unterverteilung und Notbeleuchtung. Darf ich ihm deine Nummer geben? Der zahlt zuverlässig."),
    ("me", "2025-05-06 12:40", "Servus Jonas, klar, gib sie ihm. Danke dir! Wie läufts bei Vogel?"),
    ("exma", "2025-05-06 13:01", "Viel zu tun, zu wenig Leute, das Übliche 😄"),
])
C("genuine", "owner_started_bank", "de", "Inhaberin fragt Bankberater nach Finanzierung eines Transporters", [
    ("me", "2025-03-03 08:20", "Hallo Herr Hain, wir brauchen zum Sommer einen weiteren Transporter (elektrisch, ca. 58 T€ netto). Was hätten Sie da im Angebot, Kredit oder Leasing über Ihre Tochter? Gern auch mit KfW, falls da was passt."),
    ("bank", "2025-03-03 11:35", "Guten Tag Frau Hollerbach, gern. Für E-Nutzfahrzeuge kann ich Ihnen einen Investitionskredit über 5 Jahre zu derzeit 4,1 % effektiv anbieten, Leasing über unsere Partnergesellschaft rechne ich Ihnen parallel. Passt ein Termin am 11.03. um 9 Uhr in der Filiale Wilhelmshöhe?"),
    ("me", "2025-03-03 12:00", "Passt, bis dann."),
])
C("genuine", "client_quote_request", "de", "Bäckerei-Kette fragt nach Lastmanagement und Angebot", [
    ("baecker", "2025-02-21 15:10", "Hallo Frau Hollerbach, wir hatten uns beim Neujahrsempfang der IHK kurz unterhalten. Unser Stromversorger hat uns die Leistungspreise um 30 % erhöht, weil morgens um 4 alle Öfen gleichzeitig anlaufen. Sie meinten, da lässt sich mit einer Steuerung was machen. Können Sie uns das mal anschauen und ein Angebot machen? Hauptbetrieb ist in Niestetal."),
    ("me", "2025-02-22 09:30", "Hallo Frau Rudolph, ja, genau so ein Fall. Ich würde erst eine Lastgangmessung über 2 Wochen machen, das kostet pauschal 480 € netto und wird beim Auftrag verrechnet. Dann sehen wir, wie viel Spitze wir wegbekommen."),
    ("baecker", "2025-02-24 07:02", "Einverstanden, machen Sie das. Wann können Sie das Messgerät setzen?"),
    ("me", "2025-02-24 07:45", "Mittwoch früh, wir sind um 6 da, wenn das ok ist (ich weiß, Bäcker sind dann längst wach 😉)."),
])
C("genuine", "client_thanks", "de", "Kunde bedankt sich nach Fertigstellung und will Bewertung schreiben", [
    ("kunde", "2025-10-24 18:30", "Frau Hollerbach, die Anlage läuft seit einer Woche und wir haben heute schon 60 % Eigenverbrauch gehabt. Ihre Jungs haben sauber gearbeitet, auch die Aufräumerei war vorbildlich. Ich schreib Ihnen gern eine Bewertung, wo hätten Sie die am liebsten?"),
    ("me", "2025-10-25 09:12", "Herr Dietrich, das freut mich riesig! Google wäre super. Und danke für die Geduld mit dem Netzbetreiber…"),
])
C("genuine", "tax_advisor", "de", "Steuerberaterin erinnert an Unterlagen für Jahresabschluss", [
    ("stb", "2025-04-15 10:00", "Hallo Sabine, kleiner Reminder: für den Jahresabschluss 2024 fehlen uns noch die Inventurliste und die Aufstellung der unfertigen Leistungen (v.a. Halle Baunatal). Schaffst du das bis Ende April? Sonst wird's mit der Bank-Frist eng."),
    ("me", "2025-04-15 20:45", "Hi Yvonne, ja, Inventur ist gezählt, muss nur noch getippt werden. Spätestens 28.4. hast du alles."),
])
C("genuine", "peer_group_chat", "de", "Arbeitskreis E-Mobilität der Innung (Gruppe)", [
    ("ak1", "2025-06-25 20:10", "Hallo zusammen, hat jemand schon Erfahrung mit den neuen Vorgaben zur Steuerbarkeit nach §14a bei Wallboxen im Bestand? Der Netzbetreiber will bei mir plötzlich ein Steuergerät sehen."),
    ("ak2", "2025-06-25 20:31", "Ja, bei uns genauso. Wir bauen seitdem standardmäßig die Steuerbox mit ein und preisen es direkt ins Angebot ein."),
    ("me", "2025-06-25 21:02", "Wir auch. Ich kann beim nächsten Treffen mal unsere Checkliste mitbringen, die wir für den Netzbetreiber nutzen."),
    ("ak1", "2025-06-25 21:05", "Das wäre klasse Sabine 👍"),
], title="AK E-Mobilität Innung Kassel", extra=["innung"])
C("genuine", "roofer_partner", "de", "Dachdecker-Partner stimmt Termine ab", [
    ("t1", "2025-04-29 06:45", "Morgen Sabine. Für die Scheune in Zierenberg: Ich kann erst ab 19.5. mit dem Dach, vorher bin ich in Wolfhagen. Reicht euch das?"),
    ("me", "2025-04-29 07:20", "Reicht, wir machen vorher eh noch den Zählerplatz. Dann Module ab 26.5."),
    ("t1", "2025-04-29 07:22", "Passt. Gruß an Marco."),
])
C("genuine", "exam_board", "de", "HWK fragt nach Einsatz im Prüfungsausschuss", [
    ("hwk", "2025-03-20 11:30", "Sehr geehrte Frau Hollerbach, für die Gesellenprüfung Teil 2 im Sommer fehlt uns im Prüfungsausschuss Elektro noch eine Arbeitgebervertreterin. Wären Sie bereit, an drei Tagen im Juni (24.–26.6.) mitzuwirken? Eine Entschädigung nach Satzung ist vorgesehen."),
    ("me", "2025-03-21 08:10", "Sehr geehrte Frau Sennewald, ja, das mache ich gern. Bitte schicken Sie mir die Unterlagen."),
])
C("genuine", "peer_chat", "de", "Befreundeter Elektromeister fragt nach Aushilfe mit Messgerät", [
    ("t3", "2025-11-19 16:40", "Sabine, blöde Frage: habt ihr zufällig morgen euren Netzanalysator frei? Unserer ist in der Kalibrierung und der Kunde drängelt."),
    ("me", "2025-11-19 17:05", "Klar, kannst ihn um 7 im Lager abholen. Aber bis Freitag zurück, den brauchen wir bei der Bäckerei."),
    ("t3", "2025-11-19 17:06", "Du bist die Beste. Bier geht auf mich."),
])
C("genuine", "expert_colleague", "de", "Sachverständige stimmt Abnahme einer Anlage ab", [
    ("pruef", "2025-09-30 09:15", "Hallo Frau Hollerbach, für die Abnahme der Notstromversorgung im Pflegeheim Baunatal bräuchte ich noch das Messprotokoll der Selektivitätsprüfung. Können Sie mir das bis Freitag schicken? Termin vor Ort bleibt der 8.10."),
    ("me", "2025-09-30 10:02", "Hallo Frau Vaupel, schicke ich Ihnen heute noch per Mail."),
])
C("genuine", "grid_operator_contact", "de", "Stadtwerke-Kontakt antwortet auf Frage zu Messkonzept", [
    ("me", "2025-10-14 14:20", "Hallo Frau Krämer, kurze Frage zum Messkonzept bei der Mieterstrom-Anlage in Melsungen: Akzeptieren Sie inzwischen das virtuelle Summenzählermodell, oder braucht ihr weiterhin den physischen Summenzähler?"),
    ("t2", "2025-10-15 08:50", "Hallo Frau Hollerbach, seit Juli akzeptieren wir das virtuelle Modell, wenn alle Zähler intelligente Messsysteme sind. Ich schicke Ihnen das Merkblatt per Mail."),
    ("me", "2025-10-15 09:05", "Super, danke!"),
])

# ================================================================ WANTED PITCHES (12)
C("wanted_pitch", "software_post_reference", "de", "Zeiterfassungs-Software bezieht sich konkret auf ihren Post über Stundenzettel", [
    ("w_zeit", "2025-05-14 11:20", "Hallo Frau Hollerbach,\nIhr Post letzte Woche über die „Stundenzettel-Archäologie“ am Monatsende hat mich zum Schmunzeln gebracht – und Sie schrieben, dass Ihre Monteure die Zettel oft erst freitags im Auto ausfüllen und dann Baustellen vertauscht werden. Genau dafür bauen wir Baustellenbuch: Zeiten werden per Handy direkt auf die Baustelle gebucht, offline-fähig (Sie erwähnten die Funklöcher im Reinhardswald), und der Export geht in Ihr Lohnprogramm. Ein 12-Personen-Betrieb zahlt bei uns 89 € im Monat. Wenn Sie mögen, richte ich Ihnen einen Testzugang mit Ihren echten Baustellen ein, 30 Tage kostenlos. Kein Anruf nötig, wenn Sie lieber selbst klicken.\nViele Grüße\nLena Hartig"),
    ("me", "2025-05-15 19:30", "Hallo Frau Hartig, ok, Sie haben meinen Post tatsächlich gelesen 😄 Schicken Sie mir den Testzugang, ich lasse Marco und zwei Monteure damit rumspielen."),
])
C("wanted_pitch", "recruiting_talk_reference", "de", "Azubi-Marketing-Agentur bezieht sich auf ihren HWK-Vortrag (nach Vernetzung)", [
    ("w_azubi", "2025-11-10 09:05", "Guten Morgen Frau Hollerbach,\ndanke fürs Annehmen! Sie haben im Vortrag gesagt, dass sich auf Ihre drei Ausbildungsplätze 2025 genau ein Jugendlicher beworben hat, und dass die Schüler in Kassel Sie über die Ausbildungsmesse nicht mehr erreichen. Wir machen mit Betrieben in Nordhessen kurze Videos vom echten Arbeitstag (gedreht von Azubis, nicht von Werbeleuten) und spielen die gezielt im Umkreis von 25 km an Schüler der 9./10. Klasse aus. Beim Dachdecker Bölling in Ihrer Nachbarschaft kamen so 2025 sieben Bewerbungen. Falls das für 2026 interessant ist, schicke ich Ihnen gern das Beispielvideo und die Kosten (ab 1.200 € pro Kampagne). Wenn nicht, auch kein Problem.\nMoritz Kling"),
    ("me", "2025-11-10 12:50", "Hallo Herr Kling, Gerd hat mir davon tatsächlich schon erzählt. Schicken Sie mir das Video gern."),
])
C("wanted_pitch", "web_site_visited", "de", "Webdesignerin hat ihre Website besucht und konkrete Mängel benannt", [
    ("w_web", "2025-06-23 14:02", "Hallo Frau Hollerbach,\nich bin Jana, Webdesignerin aus Kassel-Wehlheiden. Ich habe mir Ihre Seite angeschaut, weil ich eine Wallbox suche – und dabei zwei Dinge gesehen, die Sie vermutlich Anfragen kosten: Das Kontaktformular lässt sich auf dem iPhone nicht abschicken (der Button liegt unter dem Cookie-Banner), und unter „Referenzen“ ist das neueste Projekt von 2019, obwohl Sie auf LinkedIn ständig große PV-Dächer zeigen. Das Formular kann ich Ihnen für eine kleine Pauschale (ca. 150 €) reparieren, die Referenzen wären ein größeres Paket. Und ganz unabhängig davon: Für die Wallbox melde ich mich über Ihr Telefon 😉\nLiebe Grüße, Jana Siebert"),
    ("me", "2025-06-23 17:20", "Oh je, das mit dem Formular wusste ich nicht. Danke! Machen Sie mir für das Formular bitte ein kurzes Angebot per Mail."),
])
C("wanted_pitch", "billing_specific_problem", "de", "Anbieter für Ladestrom-Abrechnung nennt konkretes Problem bei WEG-Projekten", [
    ("w_lade", "2025-07-08 10:30", "Sehr geehrte Frau Hollerbach,\nin der Diskussion unter dem Beitrag der Innung zu Wallboxen in Eigentümergemeinschaften haben Sie geschrieben, dass Ihre Projekte oft daran hängen, wer den Ladestrom pro Stellplatz abrechnet, weil die Hausverwaltungen das nicht übernehmen wollen. Wir übernehmen genau diesen Teil: eichrechtskonforme Zählung je Ladepunkt, monatliche Abrechnung an die Eigentümer, Auszahlung an die WEG. Für Sie als Installateur heißt das: Sie können der Verwaltung ein Komplettpaket anbieten, ohne selbst abzurechnen. Wir zahlen Installationspartnern keine Provision, dafür ist es für die WEG günstiger (2,90 € je Ladepunkt/Monat). Ich würde Ihnen gern ein Beispiel aus Göttingen zeigen – gern auch nur per Mail.\nFlorian Brack"),
])
C("wanted_pitch", "freelancer_mutual_contact", "de", "Freiberuflicher KNX-Programmierer, empfohlen von Jens Ahlborn", [
    ("w_knx", "2025-10-06 18:15", "Hallo Frau Hollerbach,\nJens Ahlborn meinte, Sie haben mit dem Büroneubau in Baunatal ein größeres KNX-Projekt in Aussicht und intern nur einen Kollegen, der programmiert. Ich bin freiberuflicher KNX-Programmierer (Partner seit 2011, vorher 9 Jahre bei einem Systemintegrator in Fulda) und habe ab Februar wieder Kapazität, 2–3 Tage pro Woche. Ich würde nicht verkaufen, sondern nur ETS-Programmierung, Inbetriebnahme und Doku übernehmen, abgerechnet nach Stunden (78 €). Referenzen aus Nordhessen gebe ich gern. Melden Sie sich einfach, wenn das Projekt konkret wird.\nBeste Grüße, Tim Oberländer"),
    ("me", "2025-10-07 07:40", "Hallo Herr Oberländer, das kommt tatsächlich gerade recht. Lassen Sie uns nächste Woche telefonieren, wenn ich die Pläne habe."),
])
C("wanted_pitch", "surety_public_register", "de", "Kautionsmaklerin bezieht sich auf GmbH-Eintrag und öffentliche Vergaben", [
    ("w_aval", "2025-08-26 11:11", "Sehr geehrte Frau Hollerbach,\nich habe gesehen, dass Ihre Firma bei der Vergabe des Landkreises zur DGUV-Prüfung an Schulen als Bieterin geführt ist und Sie laut Vergabeplattform in diesem Jahr auch beim Feuerwehrhaus Ahnatal den Zuschlag hatten. Bei öffentlichen Aufträgen über 250 T€ werden meist Vertragserfüllungs- und Gewährleistungsbürgschaften verlangt, die bei der Hausbank Kreditlinie binden. Ich vermittle Avalrahmen über Kautionsversicherer, für Betriebe Ihrer Größe typischerweise 300–500 T€ Rahmen bei 1–1,5 % p. a., ohne Sicherheiten aus der Kreditlinie. Falls Ihre Bank das schon gut löst, ignorieren Sie mich gerne. Ansonsten schicke ich Ihnen eine kurze Übersicht.\nMit freundlichen Grüßen, Susanne Merz"),
])
C("wanted_pitch", "software_tools_setup", "de", "Visualisierungs-Anbieter weiß, welchen Server sie einsetzt (Abkündigung)", [
    ("w_visu", "2025-12-09 13:40", "Hallo Frau Hollerbach,\nin Ihren Referenzen (Pflegeheim Baunatal, Verwaltungsgebäude Lanz) sieht man auf den Fotos die Visualisierung auf dem älteren Logikserver, dessen Hersteller den Support Ende 2026 einstellt – Sicherheitsupdates gibt es dann keine mehr. Wir bieten für genau diese Anlagen einen Migrationspfad an: Das Projekt wird importiert, die Oberflächen bleiben für die Nutzer gleich. Für Partner ist die erste Migration kostenlos, damit Sie sehen, wie lange es wirklich dauert. Sollen wir das an einer Ihrer Anlagen einmal durchspielen?\nDaniel Ebert, Haustafel Systems"),
    ("me", "2025-12-10 08:05", "Guter Hinweis, das war mir so nicht klar. Pflegeheim wäre ein guter Kandidat. Rufen Sie mich nächste Woche an."),
])
C("wanted_pitch", "recruiter_relevant_role", "de", "Personalberaterin mit passendem Kandidaten für ihre offene Bauleiterstelle", [
    ("w_rec", "2026-01-20 08:50", "Guten Morgen Frau Hollerbach,\nSie suchen seit November einen Bauleiter Elektro (Ihre Anzeige bei der Arbeitsagentur). Ich betreue gerade einen Elektrotechnikermeister (44, aktuell Bauleiter bei einem Großinstallateur in Kassel, vorher 10 Jahre Monteur im Gewerbebau, KNX und PV), der aus familiären Gründen keine Montagewochen mehr machen möchte und gezielt einen kleineren Betrieb in der Region sucht. Gehaltsvorstellung 68–72 T€. Honorar nur bei Einstellung. Wenn Sie Interesse haben, schicke ich das anonymisierte Profil."),
    ("me", "2026-01-20 12:15", "Ja, bitte schicken Sie das Profil."),
])
C("wanted_pitch", "supplier_project_post", "de", "PV-Großhändler bezieht sich auf ihr Hallendach-Projekt", [
    ("w_pv", "2025-09-24 15:30", "Hallo Frau Hollerbach,\nglückwunsch zur Halle in Baunatal – 310 kWp auf Trapezblech, und laut Ihrem Post mussten Sie wegen Lieferverzug bei den Modulen zwei Wochen schieben. Wir sind Großhändler in Fulda und halten für Gewerbe-Installateure fest reservierte Palettenkontingente (Glas-Glas, 440–450 W, für Trapezblech freigegeben), Abholung oder Lieferung innerhalb 48 h in Nordhessen. Ich schicke Ihnen gern die aktuelle Preisliste für Abnahmen ab 5 Paletten – ohne Rahmenvertrag."),
])
C("wanted_pitch", "charger_partner_press", "en", "Danish DC charger maker needs local installer for a Kassel project from the press", [
    ("w_dc", "2025-11-25 10:00", "Hello Ms Hollerbach,\nwe were awarded the charging hub at the new logistics park in Lohfelden (the announcement was in the regional press last week, 24 DC chargers in phase one). Our contract requires a certified local electrical contractor for installation and first-level service within 4 hours. Your firm came up because you are a certified partner of Voltaro and already did the depot at Spedition Rauch next door. We pay installation per charger plus a service retainer. I'd be glad to send the technical package and our installer terms – and can do a call in English or with our German colleague in Hamburg.\nBest, Mikkel Sørensen"),
    ("me", "2025-11-25 16:30", "Hello Mr Sørensen, thanks, that sounds interesting. Please send the package and I'll have a look with my site lead."),
])
C("wanted_pitch", "van_fitout_setup", "de", "Fahrzeugeinrichter bezieht sich auf ihre konkreten Transporter", [
    ("w_van", "2025-06-04 09:20", "Hallo Frau Hollerbach,\nauf Ihrem Foto zur Firmenflotte sieht man, dass Sie gerade von Diesel- auf E-Transporter umstellen. Die Regale aus den alten Fahrzeugen passen in die E-Modelle meist nicht, weil der Boden höher liegt, und das Mehrgewicht zählt voll gegen die Zuladung. Wir bauen Leichtbau-Einrichtungen speziell für Elektriker-Fahrzeuge (Kabeltrommelhalter, Leiterträger), ca. 35 kg leichter als Stahl. Wenn Sie wissen, welches Modell Sie bestellen, schicke ich Ihnen einen Vorschlag mit Gewichtsbilanz."),
])
C("wanted_pitch", "thermography_site_visited", "de", "Thermografie-Drohnenservice bezieht sich auf ihre Wartungsverträge auf der Website", [
    ("w_thermo", "2025-04-16 16:45", "Hallo Frau Hollerbach,\nauf Ihrer Website bieten Sie Wartungsverträge für gewerbliche PV-Anlagen an. Wir fliegen Thermografie mit Drohne und liefern pro Anlage einen Bericht mit Hotspots und defekten Bypass-Dioden – als Subunternehmer unter Ihrem Namen, damit der Kunde bei Ihnen bleibt. Für Anlagen bis 500 kWp rechnen wir 390 € pauschal. Ich bin aus Edermünde, also kurze Anfahrt. Bei Interesse fliege ich eine Ihrer Anlagen einmal zum Testpreis."),
])

# ================================================================ JUNK (38)
C("junk", "generic_software_pitch", "de", "Generische Handwerkersoftware (Gegenstück zu Baustellenbuch)", [
    ("j_soft", "2025-03-25 10:12", "Hallo Sabine,\nkennen Sie das? Zettelchaos, verlorene Stunden, unzufriedene Kunden. Mit HandwerkPro Cloud digitalisieren über 5.000 Betriebe ihre komplette Verwaltung – von Angebot bis Rechnung. Lassen Sie uns in einer kostenlosen Demo zeigen, wie Sie bis zu 10 Stunden pro Woche sparen. Wann passt es Ihnen?\nBeste Grüße"),
])
C("junk", "generic_recruiting", "de", "Generisches Recruiting nach Vernetzung (Gegenstück zu Lehrstelle Live)", [
    ("j_recr", "2025-06-03 08:15", "Hallo Sabine, danke für die Vernetzung! 😊 Fachkräftemangel? Wir finden in 30 Tagen qualifizierte Mitarbeiter für Ihr Unternehmen – garantiert! Über 300 zufriedene Kunden aus Handwerk, Pflege und Gastronomie. Darf ich Ihnen unser Konzept in 10 Minuten vorstellen?"),
])
C("junk", "generic_seo", "de", "Generische SEO-Agentur (Gegenstück zu Webdesignerin)", [
    ("j_seo", "2025-07-30 11:00", "Guten Tag,\nwir haben Ihre Webseite analysiert und festgestellt, dass sie bei Google nicht optimal gefunden wird. Über 70 % Ihrer potenziellen Kunden gehen Ihnen dadurch verloren! Unsere SEO-Experten bringen Sie auf Seite 1. Gerne sende ich Ihnen eine kostenlose Analyse zu. Einfach kurz mit JA antworten.\nKevin Lorenz, TopRank Agentur"),
])
C("junk", "generic_supplier_offshore", "en", "Mass-sent solar panel factory pitch (counterpart to Solarkontor)", [
    ("j_pvcn", "2025-10-09 03:22", "Dear Sir/Madam,\nGood day! This is Grace from Sunhaven Photovoltaic, a Tier 1 manufacturer with 15 years experience. We supply high efficiency mono PERC and TOPCon modules 410W-580W with best price and 30 years warranty. CE, TÜV certified. We are looking for distributors and installers in your country. Kindly let me know your requirement, I will send you the best quotation.\nBest regards\nGrace"),
    ("j_pvcn", "2025-10-16 02:58", "Dear friend, did you receive my last message? We have stock in Rotterdam warehouse now, fast delivery. Waiting for your reply."),
])
C("junk", "off_topic_trading", "de", "Trading-Mentor, völlig themenfremd", [
    ("j_crypto", "2025-05-19 22:41", "Hey Sabine 👋 Ich sehe, du bist Unternehmerin – Respekt! Hast du schon mal darüber nachgedacht, dein Geld für dich arbeiten zu lassen? Ich helfe Menschen, sich mit Trading ein zweites Einkommen aufzubauen, nur 1 Stunde am Tag. Schreib mir einfach INFO und ich schick dir die Details. 🚀"),
])
C("junk", "off_topic_product", "de", "Büropflanzen-Leasing ohne Bezug", [
    ("j_plant", "2025-09-15 09:30", "Sehr geehrte Frau Hollerbach,\nwussten Sie, dass Pflanzen im Büro die Produktivität um bis zu 15 % steigern? GrünRaum bietet Pflanzenkonzepte im Mietmodell inklusive Pflege, bundesweit. Gerne erstellen wir Ihnen ein individuelles Angebot für Ihre Büroräume. Ich freue mich auf Ihre Rückmeldung!\nSophie Wagner"),
])
C("junk", "offers_what_owner_sells", "de", "Energieberater will ihr eine PV-Anlage verkaufen (nach Vernetzung)", [
    ("j_pvsell", "2025-07-14 10:02", "Hallo Frau Hollerbach, danke fürs Vernetzen! Darf ich fragen: Haben Sie für Ihr Firmendach schon mal über eine Photovoltaikanlage nachgedacht? Bei den aktuellen Strompreisen rechnet sich das für Gewerbebetriebe schon nach 6–8 Jahren. Wir übernehmen Planung, Förderung und Installation aus einer Hand. Soll ich Ihnen eine kostenlose Wirtschaftlichkeitsberechnung machen?"),
    ("me", "2025-07-14 12:30", "Hallo Herr Hartmann, wir sind ein PV-Installationsbetrieb 🙂 Unser Dach ist seit 2019 voll."),
    ("j_pvsell", "2025-07-14 12:42", "Ah super, dann sind Sie ja vom Fach! Wie sieht es denn mit einem Batteriespeicher aus? Da hätten wir gerade ein Aktionsangebot."),
])
C("junk", "capacity_for_new_clients", "de", "Leadverkäufer fragt nach Kapazität für neue Aufträge", [
    ("j_leads", "2025-04-07 08:02", "Hallo Sabine,\nkurze Frage: Haben Sie aktuell noch Kapazitäten für neue PV- und Wärmepumpen-Aufträge in Ihrer Region? Wir haben laufend qualifizierte Anfragen von Hausbesitzern, die wir an ausgewählte Partnerbetriebe weitergeben. Pro Region nehmen wir nur 2 Betriebe auf. Soll ich Ihnen die Konditionen schicken?"),
])
C("junk", "like_minded_entrepreneurs", "de", "Vernetzung als gleichgesinnte Unternehmerinnen, dann Coaching-Programm", [
    ("j_net", "2025-09-02 10:00", "Liebe Sabine, schön, dass wir jetzt vernetzt sind! Ich liebe es, mich mit gleichgesinnten Unternehmerinnen auszutauschen, die etwas bewegen wollen. 💫 Was ist aktuell deine größte Herausforderung im Business?"),
    ("j_net", "2025-09-05 09:12", "Ich frage, weil ich gerade mein Mastermind-Programm „Unternehmerin mit Leichtigkeit“ für Herbst öffne – nur 8 Plätze. Darin lernst du, wie du mehr Umsatz machst und trotzdem Zeit für dich hast. Hast du diese Woche 20 Minuten für ein unverbindliches Kennenlerngespräch?"),
])
C("junk", "quick_call", "de", "Fördermittelberatung will ein schnelles 15-Minuten-Gespräch", [
    ("j_15", "2025-05-27 13:20", "Hallo Frau Hollerbach,\nviele Unternehmen lassen jedes Jahr tausende Euro an Fördermitteln liegen, weil sie die Programme nicht kennen. Ich würde Ihnen gern in einem kurzen 15-Minuten-Call zeigen, welche Förderungen für Sie in Frage kommen. Wie wäre Donnerstag um 10 oder 14 Uhr?"),
])
C("junk", "connect_then_pitch", "de", "Berater: Smalltalk nach Vernetzung, Pitch in Nachricht 2", [
    ("j_ctp1", "2025-04-22 09:10", "Hallo Frau Hollerbach, schön, dass wir vernetzt sind! Ich komme ursprünglich auch aus Nordhessen (Melsungen). Wie lange gibt es Ihren Betrieb schon?"),
    ("j_ctp1", "2025-04-24 08:30", "Ich frage, weil ich mit Handwerksbetrieben zwischen 10 und 30 Mitarbeitern an der Nachfolge- und Wachstumsstrategie arbeite. Viele Inhaber stecken im Tagesgeschäft fest. Mein 90-Tage-Programm schafft da Struktur. Wollen wir uns mal 30 Minuten austauschen?"),
])
C("junk", "connect_then_pitch", "de", "Kalkulationsberaterin: Smalltalk, Inhaberin antwortet, Pitch in Nachricht 3", [
    ("j_ctp2", "2025-08-26 19:02", "Hallo Sabine, danke fürs Annehmen! Ich hab eure PV-Fotos gesehen, richtig schöne Arbeit. Ist das in Kassel?"),
    ("me", "2025-08-27 07:15", "Danke! Ja, das war eine Halle in Baunatal."),
    ("j_ctp2", "2025-08-27 08:01", "Toll! Sag mal, wie kalkulierst du eigentlich deine Stundensätze? Die meisten Handwerksbetriebe lassen 20–30 % Gewinn liegen, weil sie falsch kalkulieren. Ich habe dafür einen Online-Kurs mit Kalkulations-Tool entwickelt, aktuell zum Einführungspreis von 497 €. Soll ich dir den Link schicken?"),
])
C("junk", "connect_then_pitch", "de", "Leadverkäufer: Vernetzung am Morgen, Kompliment, dann Pitch", [
    ("j_ctp3", "2026-01-19 08:40", "Guten Morgen Frau Hollerbach, danke für die Annahme! Ich verfolge Ihre Beiträge zur Energiewende im Mittelstand schon eine Weile, sehr inspirierend."),
    ("j_ctp3", "2026-01-20 10:05", "Wir arbeiten mit über 200 Solarteuren zusammen und liefern exklusive Terminanfragen von Eigenheimbesitzern direkt in den Kalender. Keine Vorkasse, nur 89 € pro wahrgenommenem Termin. Hätten Sie Lust, das mal 4 Wochen zu testen?"),
    ("j_ctp3", "2026-01-27 09:15", "Hallo Frau Hollerbach, ich hake hier nochmal nach – ist das Thema für Sie interessant?"),
])
C("junk", "follow_up_bump", "de", "Flotten-Software mit drei Nachfass-Nachrichten ohne Antwort", [
    ("j_bump1", "2025-02-11 14:00", "Hallo Frau Hollerbach,\nwie managen Sie aktuell Ihre Firmenfahrzeuge? Mit Flotte Digital behalten Sie Kosten, Führerscheinkontrolle und UVV-Prüfungen im Blick. Gern zeige ich Ihnen das System."),
    ("j_bump1", "2025-02-18 14:00", "Hallo Frau Hollerbach, ich wollte nur sichergehen, dass meine Nachricht nicht untergegangen ist. 🙂"),
    ("j_bump1", "2025-02-27 14:00", "Hallo nochmal! Ich weiß, Sie sind sicher sehr beschäftigt. Soll ich mich lieber in ein paar Monaten wieder melden?"),
    ("j_bump1", "2025-03-10 14:00", "Letzte Nachricht von mir, versprochen: Falls das Thema doch mal relevant wird, melden Sie sich gern!"),
])
C("junk", "follow_up_bump", "de", "Arbeitsschutz-Beratung, zweimal nachgehakt", [
    ("j_bump2", "2025-10-20 11:30", "Sehr geehrte Frau Hollerbach, sind Ihre Gefährdungsbeurteilungen auf dem neuesten Stand? Bei einer Prüfung durch die BG drohen empfindliche Bußgelder. Wir übernehmen das komplett für Sie. Darf ich Ihnen ein Angebot machen?"),
    ("j_bump2", "2025-10-28 09:00", "Kurze Erinnerung an meine Nachricht von letzter Woche."),
    ("j_bump2", "2025-11-12 09:00", "Frau Hollerbach? Ich würde mich über eine kurze Rückmeldung freuen, auch wenn es ein Nein ist."),
])
C("junk", "template_campaign", "de", "Vorlage 1/5: planbare Anfragen für Handwerksbetriebe", [
    ("j_tpl1", "2025-03-04 09:14", "Hallo Sabine,\nich bin auf dein Profil gestoßen und finde stark, was du mit Hollerbach Elektrotechnik aufgebaut hast. Wir helfen Handwerksbetrieben, jeden Monat planbar 15–25 neue Kundenanfragen zu gewinnen – ohne von Empfehlungen abhängig zu sein. Hast du diese Woche 15 Minuten, damit ich dir zeige, wie das bei einem Elektrobetrieb aus Bayern funktioniert hat?\nViele Grüße, Dennis"),
])
C("junk", "template_campaign", "de", "Vorlage 2/5: gleiche Vorlage, andere Agentur", [
    ("j_tpl2", "2025-04-15 10:02", "Hi Sabine,\nbin gerade über dein Profil gestolpert – richtig stark, was du mit Hollerbach Elektrotechnik GmbH aufgebaut hast! Wir unterstützen Handwerksunternehmen dabei, Monat für Monat planbar 20–30 neue Anfragen zu generieren, ohne sich auf Mundpropaganda verlassen zu müssen. Hättest du 15 Minuten, damit ich dir das Beispiel eines Elektrikers aus NRW zeige?\nLG Julia"),
])
C("junk", "template_campaign", "de", "Vorlage 3/5: Sie-Form, leicht umformuliert", [
    ("j_tpl3", "2025-06-30 08:45", "Guten Tag Frau Hollerbach,\nich bin auf Ihr Profil aufmerksam geworden und bin beeindruckt, was Sie mit Hollerbach Elektrotechnik aufgebaut haben. Wir helfen Handwerksbetrieben, jeden Monat planbar 10–20 neue Kundenanfragen zu gewinnen – unabhängig von Empfehlungen. Hätten Sie diese Woche 15 Minuten Zeit? Dann zeige ich Ihnen, wie das bei einem Elektrobetrieb aus Niedersachsen funktioniert hat.\nSebastian Kranz"),
])
C("junk", "template_campaign", "en", "Template 4/5: same template in English", [
    ("j_tpl4", "2025-09-09 16:20", "Hi Sabine,\ncame across your profile and love what you've built at Hollerbach Elektrotechnik. We help trades businesses get a predictable 15-25 new customer enquiries every month without relying on word of mouth. Got 15 minutes this week so I can show you how we did it for an electrician in Austria?\nCheers, Chris"),
])
C("junk", "template_campaign", "de", "Vorlage 5/5: gleiche Vorlage, Hessen-Beispiel", [
    ("j_tpl5", "2025-12-02 09:05", "Hallo Sabine,\nich bin auf dein Profil gestoßen und finde es mega, was du mit Hollerbach Elektrotechnik aufgebaut hast! Wir helfen Handwerksbetrieben, jeden Monat planbar 15–25 neue Anfragen zu bekommen – ganz ohne Abhängigkeit von Empfehlungen. Hast du 15 Min diese Woche? Dann zeig ich dir, wie das bei einem SHK-Betrieb aus Hessen geklappt hat.\nLiebe Grüße, Melanie"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {first_name} nicht ersetzt", [
    ("j_tag1", "2025-05-05 07:30", "Hallo {first_name},\nals Kanzlei für digitale Buchhaltung unterstützen wir Unternehmen wie {company_name} dabei, Belege automatisch zu verarbeiten und die Zusammenarbeit mit dem Steuerberater zu vereinfachen. Darf ich Ihnen ein kurzes Video dazu schicken?"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} in Werbetechnik-Pitch", [
    ("j_tag2", "2025-08-05 13:10", "Hallo {{Vorname}}, Ihre Firmenfahrzeuge sind Ihre beste Werbung! Wir bieten Fahrzeugbeschriftung zum Festpreis, bundesweit mit mobilen Teams. Jetzt 20 % Frühbucherrabatt sichern!"),
])
C("junk", "merge_tag_failure", "en", "[Company] placeholder left in English outreach", [
    ("j_tag3", "2025-10-21 15:45", "Hi Sabine, I noticed [Company] is growing fast in the [Industry] space. We connect European B2B companies with decision makers through AI-personalised outreach. Worth a quick chat?"),
])
C("junk", "wrong_name_company", "de", "Falscher Name und falsche Firma (Sanitär)", [
    ("j_tag4", "2026-02-16 10:20", "Hallo Herr Hollerbach,\nals Inhaber von Hollerbach Sanitär & Heizung wissen Sie, wie wichtig eine gute Betriebshaftpflicht ist. Wir haben spezielle Tarife für SHK-Betriebe mit bis zu 25 % Ersparnis. Darf ich Ihnen einen Vergleich erstellen?\nJan Peters"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Transporter-Leasing", [
    ("s_leasing", "2025-06-16 12:00", "<p>Hallo Sabine,</p><p>Ihr neuer E-Transporter ab 299&nbsp;€ netto im Monat – jetzt mit Gewerbeprämie. <strong>Nur bis 30.06.</strong></p><p><a href=\"https://example.com/leasing\">Angebot sichern</a></p>"),
], title="Sponsored Conversation", subject="Ihr E-Transporter ab 299 € im Monat")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Geschäftskonto/Kreditkarte", [
    ("s_card", "2025-10-01 12:00", "<p>Hallo Sabine,</p><p>Schluss mit Papierkram: Das Geschäftskonto mit Echtzeit-Buchhaltung und 1&nbsp;% Cashback auf alle Ausgaben. Eröffnung in 10 Minuten.</p><p><a href=\"https://example.com/konto\">Jetzt kostenlos testen</a></p>"),
], title="Sponsored Conversation", subject="1 % Cashback für Ihr Unternehmen")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Webinar zu Energiewende", [
    ("s_webinar", "2026-02-04 12:00", "<p>Hallo Sabine,</p><p>Sind Sie bereit für 2026? In unserem <strong>kostenlosen Webinar</strong> erfahren Sie alles über neue Förderungen, Speicher und Vermarktung.</p><p>Jetzt Platz sichern – limitierte Teilnehmerzahl!</p>"),
], title="Sponsored Conversation", subject="Kostenloses Webinar: Energiewende 2026")
C("junk", "paid_award", "de", "Bezahlte Auszeichnung „Top Handwerksbetrieb“ mit Gebühr", [
    ("j_award", "2025-09-22 10:40", "Sehr geehrte Frau Hollerbach,\nherzlichen Glückwunsch! Ihr Unternehmen wurde von unserer Jury für die Auszeichnung „Top Handwerksbetrieb Hessen 2025“ nominiert. Die Auszeichnung umfasst Urkunde, Siegel zur Verwendung auf Website und Fahrzeugen sowie eine Pressemitteilung. Für die Aufnahme erheben wir eine einmalige Bearbeitungsgebühr von 890 € zzgl. MwSt. Bitte bestätigen Sie bis 30.09., damit wir Sie berücksichtigen können."),
])
C("junk", "paid_feature", "de", "Magazin-Porträt gegen Gebühr", [
    ("j_mag", "2025-11-18 14:15", "Liebe Frau Hollerbach,\nfür unsere Frühjahrsausgabe „Macherinnen im Mittelstand“ suchen wir inspirierende Unternehmerinnen aus dem Handwerk, und Ihr Profil hat uns sofort angesprochen. Wir würden Sie gern mit einem ganzseitigen Porträt vorstellen, inklusive professionellem Fotoshooting und Verbreitung auf unseren Kanälen. Der Kostenbeitrag für die Produktion liegt bei 1.490 € netto. Darf ich Ihnen die Mediadaten schicken?"),
])
C("junk", "fluent_generic_company_named", "de", "Flüssig formuliert, nennt Firma, aber völlig austauschbar", [
    ("j_fluent", "2025-08-11 07:55", "Sehr geehrte Frau Hollerbach,\nHollerbach Elektrotechnik steht – das wird schon beim ersten Blick auf Ihr Profil deutlich – für Qualität, Verlässlichkeit und regionale Verwurzelung. Gerade Unternehmen mit diesem Anspruch stehen heute vor der Aufgabe, Wachstum, Digitalisierung und Mitarbeiterbindung in Einklang zu bringen. Als Partner mittelständischer Unternehmen begleiten wir genau diese Transformationsprozesse, pragmatisch und umsetzungsstark. Ich würde mich freuen, Ihnen in einem kurzen Austausch einige Impulse mitzugeben, die sich bei vergleichbaren Unternehmen bewährt haben.\nMit besten Grüßen\nDr. Philipp Saalfeld"),
])
C("junk", "generic_energy_broker", "de", "Energieeinkauf-Angebot an Energieunternehmen", [
    ("j_energy", "2025-03-18 09:45", "Guten Tag Frau Hollerbach,\nzahlen Sie zu viel für Strom und Gas? Wir vergleichen über 800 Versorger und sichern Ihnen die besten Gewerbekonditionen. Kostenlos und unverbindlich. Schicken Sie mir einfach Ihre letzte Abrechnung."),
])
C("junk", "offshore_assistant", "en", "Virtual assistant agency, English mass pitch", [
    ("j_va", "2025-07-21 05:10", "Hi Sabine!\nAre you spending too much time on admin tasks? Our trained virtual assistants handle emails, scheduling, bookkeeping and social media for just $8/hour. Many business owners in Germany already trust us. Would you be open to a free trial week?"),
])
C("junk", "automation_lead_gen", "en", "LinkedIn automation tool pitch in English", [
    ("j_auto", "2025-12-15 17:35", "Hey Sabine - quick one. What if you could book 30+ meetings a month on LinkedIn on autopilot? Our tool runs personalised campaigns for you 24/7. No credit card needed for the trial. Interested?"),
])
C("junk", "off_topic_investment", "de", "Immobilien-Kapitalanlage, themenfremd", [
    ("j_immo", "2025-04-28 19:15", "Hallo Frau Hollerbach,\nals Unternehmerin zahlen Sie vermutlich zu viel Steuern. Mit einer Kapitalanlage-Immobilie können Sie Ihre Steuerlast deutlich senken und gleichzeitig Vermögen aufbauen – ohne Eigenkapital. Ich zeige Ihnen gern in 20 Minuten, wie das geht."),
])
C("junk", "generic_ai_tool", "de", "KI-Chatbot für jede Branche", [
    ("j_ki", "2026-02-23 11:00", "Hallo Sabine, KI verändert gerade jede Branche – auch Ihre! Mit ChatWerk beantwortet ein KI-Assistent Kundenanfragen auf Ihrer Website rund um die Uhr. Einrichtung in 5 Minuten, keine Technikkenntnisse nötig. Jetzt 14 Tage gratis testen!"),
])
C("junk", "review_service", "de", "Google-Bewertungen kaufen/generieren", [
    ("j_rev", "2025-06-09 15:30", "Hallo Frau Hollerbach, mehr 5-Sterne-Bewertungen = mehr Aufträge. Mit SternePlus erhöhen Unternehmen ihre Google-Bewertungen in wenigen Wochen deutlich. Negative Bewertungen? Auch da helfen wir. Interesse an einem kostenlosen Check?"),
])
C("junk", "generic_web_agency", "de", "Zweite generische Webagentur", [
    ("j_web2", "2025-12-29 10:25", "Hallo Sabine, ist Ihre Website fit für 2026? Viele Handwerker-Websites sind veraltet und nicht mobil optimiert. Wir erstellen Ihnen eine moderne Website in nur 14 Tagen, ab 49 € im Monat. Sollen wir uns kurz dazu austauschen?"),
])
C("junk", "generic_coach", "de", "Mindset-Coach für Unternehmerinnen", [
    ("j_coach", "2025-03-08 08:00", "Liebe Sabine, zum Weltfrauentag ein Gedanke: Du bist nicht erschöpft, weil du zu viel arbeitest – sondern weil du dir zu wenig erlaubst. 🌸 In meinem kostenfreien Workshop zeige ich Unternehmerinnen, wie sie aus dem Hamsterrad kommen. Soll ich dir den Link schicken?"),
])
C("junk", "generic_smart_home_partner", "de", "Massen-Partnerprogramm Smart Home (Gegenstück zu KNX-Freelancer)", [
    ("j_knx", "2025-10-13 14:50", "Sehr geehrte Damen und Herren,\nwerden Sie jetzt zertifizierter Partner von SmartHome Vertrieb Deutschland! Wir suchen bundesweit Elektrofachbetriebe, die unsere Smart-Home-Komplettsysteme bei Endkunden installieren. Attraktive Margen, Leads inklusive, Partnergebühr nur 99 € monatlich. Jetzt unverbindlich informieren!"),
])
C("junk", "generic_financing", "de", "Generischer Finanzierungsvermittler (Gegenstück zur Kautionsmaklerin)", [
    ("j_kredit", "2025-09-01 09:00", "Guten Tag, benötigen Sie Liquidität für Ihr Unternehmen? Wir vermitteln Firmenkredite bis 500.000 € ohne Bankgespräch, Zusage in 48 Stunden, auch bei negativer Schufa. Jetzt kostenlos Anfrage stellen!"),
    ("j_kredit", "2025-09-15 09:00", "Guten Tag, haben Sie meine Nachricht erhalten? Unser Angebot gilt nur noch diesen Monat."),
])


def main() -> None:
    E.write(HERE.parent / SLUG, profile={
        "First Name": "Sabine", "Last Name": "Hollerbach",
        "Headline": "Elektromeisterin | Geschäftsführerin Hollerbach Elektrotechnik GmbH | PV, Ladeinfrastruktur, KNX",
        "Summary": ("Wir sind ein Elektrofachbetrieb mit 12 Leuten in Kassel-Bettenhausen: Elektroinstallation, "
                    "Photovoltaik und Wallboxen für Gewerbe und Wohnungswirtschaft, KNX-Gebäudeautomation, "
                    "DGUV-V3-Prüfungen. Ausbildungsbetrieb seit 2014."),
        "Industry": "Construction", "Geo Location": "Kassel, Hessen, Deutschland",
        "Websites": "[COMPANY:https://www.hollerbach-elektro.de]",
    }, positions=[
        {"Company Name": "Hollerbach Elektrotechnik GmbH", "Title": "Geschäftsführerin",
         "Description": "Elektroinstallation, PV, Ladeinfrastruktur, Gebäudeautomation",
         "Location": "Kassel", "Started On": "Jan 2013", "Finished On": ""},
        {"Company Name": "Elektro Pfaff", "Title": "Elektromeisterin / Bauleitung", "Description": "",
         "Location": "Baunatal", "Started On": "Aug 2006", "Finished On": "Dec 2012"},
    ], skills=["Photovoltaik", "KNX", "Elektroinstallation", "Ladeinfrastruktur", "DGUV V3", "Ausbildung"])
    print(E.summary())


if __name__ == "__main__":
    main()

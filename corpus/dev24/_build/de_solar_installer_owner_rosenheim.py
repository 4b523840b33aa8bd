"""dev24 persona (written blind as heldout30, session 4): Persona (heldout30, written blind): Veronika Stadler, owner of Stadler Sonne & Wärme GmbH,
a 15-person photovoltaic and heat-pump installer in Stephanskirchen near Rosenheim.
2026 export layout; mostly German (Upper Bavarian colour), a few English threads.
Every message text below is invented and hand-written."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-solar-installer-owner-rosenheim"
OWNER = Person("me", "Veronika Stadler", "https://www.linkedin.com/in/veronika-stadler-sonne",
               "Stadler Sonne & Wärme GmbH", "Geschäftsführerin")
X = Export(SLUG, "2026", OWNER)
p = X.person
c = X.conv

# ---------------------------------------------------------------- people: genuine contacts
p("home1", "Markus Obermaier", "Klinikum Rosenheim", "Oberarzt", connected="2025-10-02")
p("farmer1", "Josef Hinterstoißer", "Hinterstoißer-Hof", "Landwirt", connected="2025-09-14")
p("cust_wp", "Gabriele Mayrhofer", "Grundschule Prutting", "Lehrerin", connected="2024-05-20")
p("whole1", "Thomas Reiter", "Alpensolar Großhandel GmbH", "Key Account Manager Süd", connected="2019-03-11")
p("whole2", "Sandra Kögl", "Elektro-Zentrale Inn GmbH", "Innendienst", connected="2021-07-07")
p("grid", "Florian Wimmer", "Inntal Netz GmbH", "Netzanschluss Erzeugungsanlagen", connected="2020-02-18")
p("elec", "Andi Brunhuber", "Elektro Brunhuber", "Inhaber / Elektromeister", connected="2018-06-01")
p("bank", "Christina Brandl", "Raiffeisenbank Mangfalltal eG", "Firmenkundenberaterin", connected="2017-11-23")
p("azubi", "Lukas Dengler", "", "Schüler, Mittelschule Raubling", connected="2026-01-19")
p("solarteur", "Mehmet Kaya", "SonnenWerk Traunstein", "Solarmonteur", connected="2025-12-03")
p("rec_ok", "Julia Haslinger", "Handwerk & Karriere Personalberatung", "Personalberaterin", connected="2025-08-30")
p("roofer", "Sepp Gschwendtner", "Gschwendtner Bedachungen", "Dachdeckermeister", connected="2016-04-12")
p("fest1", "Hubert Kreuzpointner", "Kreuzpointner Holzbau", "Geschäftsführer", connected="2015-09-09")
p("fest2", "Anja Lechner", "Energieagentur Inn-Chiemgau", "Energieberaterin", connected="2019-05-05")
p("fest3", "Rudi Pfaffinger", "Gemeinde Stephanskirchen", "Erster Bürgermeister", connected="2020-06-30")
p("spamlead", "Claudia Westermayr", "", "", connected=None)
p("hwk", "Barbara Zehentmair", "Kreishandwerkerschaft Rosenheim", "Ausbildungsberaterin", connected="2018-02-26")
p("refcust", "Dr. Peter Lindl", "Lindl Zahnärzte", "Zahnarzt", connected="2023-04-14")
p("meister", "Wolfgang Bichler", "Bichler Haustechnik", "Installateurmeister", connected="2010-03-15")
p("bgm", "Martina Huber", "Gemeinde Riedering", "Bürgermeisterin", connected="2022-10-10")
p("agency_ev", "Stefan Loferer", "Energieagentur Inn-Chiemgau", "Projektleiter", connected="2019-05-05")
p("journo", "Katrin Nußbaumer", "Inntal-Anzeiger", "Redakteurin Wirtschaft", connected="2024-03-01")
p("expat", "Jennifer Collins", "", "Software Engineer (remote)", connected="2026-02-09")
p("friend", "Resi Obermeier", "Sparkasse Rosenheim-Bad Aibling", "Filialleiterin", connected="2013-08-19")
p("monteur", "Tobias Huber", "Stadler Sonne & Wärme GmbH", "Monteur PV", connected="2021-09-01")
p("stb", "Herbert Maier", "Kanzlei Maier & Partner", "Steuerberater", connected="2016-01-12")
p("insure", "Georg Staudacher", "Staudacher Versicherungsmakler", "Versicherungsmakler", connected="2017-07-17")
p("farmer2", "Kathi Aschauer", "Aschauer Milchviehbetrieb", "Landwirtin", connected="2019-04-02")
p("wp_rep", "Michael Ertl", "ThermaNord Wärmepumpen", "Außendienst Bayern Süd", connected="2022-01-20")
p("geruest", "Ferdl Schnaitl", "Schnaitl Gerüstbau", "Inhaber", connected="2018-09-30")
p("hv", "Sabine Rottmann", "Rottmann Immobilienverwaltung", "Geschäftsführerin", connected="2026-02-20")
p("ex_azubi", "Simon Gruber", "Elektro Gruber Bad Endorf", "Elektromeister", connected="2017-09-01")
p("meisterin", "Lena Wieser", "Stadler Sonne & Wärme GmbH", "Projektleiterin / Elektromeisterin", connected="2022-03-01")
p("rma", "Pieter de Vries", "Voltaris Inverters B.V.", "Technical Account Manager DACH", connected="2021-11-15")
p("eberater", "Franz Xaver Daxer", "Daxer Energieberatung", "Energieberater (BAFA)", connected="2018-12-12")

# ---------------------------------------------------------------- people: wanted pitches
p("w_netz", "Carina Feldmeier", "Anmeldeprofi", "Gründerin", invite=("IN", "2026-01-27 20:11", "Hallo Frau Stadler, Ihr Post zum Netzbetreiber-Chaos hat mir aus der Seele gesprochen. Würde mich über die Vernetzung freuen."), connected="2026-01-28")
p("w_hydraulik", "Benedikt Rauch", "Rauch TGA-Planung", "Ingenieur TGA")
p("w_web", "Miriam Holzner", "", "Webentwicklerin (freiberuflich)")
p("w_montage", "Dominik Lehner", "Lehner Montageteam GmbH", "Geschäftsführer")
p("w_leasing", "Peter Stöckl", "MangfallLeasing GmbH", "Vertrieb Gewerbekunden")
p("w_direkt", "Johanna Bergmann", "Isarstrom Direktvermarktung", "Partnermanagement Installateure")
p("w_statik", "Georg Kaltenecker", "Ingenieurbüro Kaltenecker", "Tragwerksplaner")
p("w_software", "Nico Brenninger", "HandwerkFlow", "Vertrieb Bayern")
p("w_recruit", "Sabrina Ostler", "Alpen Personal", "Personalberaterin Elektrohandwerk")
p("w_whole", "Martin Eder", "Solarhandel Süd", "Niederlassungsleiter Kolbermoor")
p("w_drohne", "Felix Amann", "Amann Luftbild", "Drohnenpilot & Thermografie")
p("w_noise", "Mads Kjeldsen", "QuietHouse ApS", "Sales Manager DACH")

# ---------------------------------------------------------------- people: junk senders
p("j_soft", "Kevin Schulze", "CraftCloud Solutions", "Sales Development Representative")
p("j_recruit", "Laura Becker", "TopTalent Recruiting", "Recruiting Consultant")
p("j_web", "Dennis Wolf", "Pixelwerk Agentur", "Account Manager")
p("j_montage", "Serkan Yilmaz", "ProMontage24", "Vertrieb")
p("j_leads", "Patrick Neumann", "SolarLeads Deutschland", "Partnermanager")
p("j_pvroof", "Marcel Jung", "GreenRoof Energy GmbH", "Energieberater Gewerbe")
p("j_wp", "Jana Krüger", "WärmeJetzt GmbH", "Vertriebsleiterin")
p("j_capacity", "Tim Hoffmann", "Auftragsbörse Pro", "Kundenbetreuer")
p("j_likeminded", "Sven Richter", "Richter Holding", "Unternehmer | Investor | Mentor")
p("j_15min", "Lisa Wagner", "ProfitBoost Consulting", "Business Consultant")
p("j_ctp1", "Florian Schmid", "FleetMaster Telematik", "Regionalleiter Süd", connected="2026-02-02", invite=("IN", "2026-02-02 07:48", ""))
p("j_ctp2", "Christian Bauer", "Bauer Finanzkonzepte", "Finanzberater", connected="2026-01-12", invite=("IN", "2026-01-11 19:30", "Servus Frau Stadler, als Rosenheimer Unternehmer würde ich mich gern mit Ihnen vernetzen!"))
p("j_ctp3", "Melanie Vogt", "Benefitia", "Key Account Managerin", connected="2025-11-17", invite=("IN", "2025-11-17 08:03", ""))
p("j_bump1", "Jonas Keller", "Inkasso Direkt Süd", "Vertrieb")
p("j_bump2", "Alexander Braun", "Google-Bewertungen Pro", "Berater")
p("j_tpl1", "Marie Schulte", "Fachkraft Funnel", "Recruiting-Expertin")
p("j_tpl2", "David Meyer", "Handwerker Recruiting Agentur", "Geschäftsführer")
p("j_tpl3", "Nina Fischer", "Social Recruiting Pro", "Beraterin")
p("j_tpl4", "Robin Lange", "Azubi Magnet", "Gründer")
p("j_tpl5", "Ryan Cole", "TradeHire Global", "Growth Manager")
p("j_merge1", "Sarah Weber", "DigitalBoost Marketing", "Account Executive")
p("j_merge2", "Philipp Hartmann", "FörderCheck24", "Fördermittelberater")
p("j_merge3", "Andreas König", "Arbeitskleidung Direkt", "Außendienst")
p("j_merge4", "Nadine Schäfer", "Kassensysteme Plus", "Vertrieb")
p("j_spon1", "Solarplaner Pro", "", "", url="https://www.linkedin.com/company/solarplaner-pro")
p("j_spon2", "FinanzAkademie Süd", "", "", url="https://www.linkedin.com/company/finanzakademie-sued")
p("j_spon3", "EV Fleet Europe", "", "", url="https://www.linkedin.com/company/ev-fleet-europe")
p("j_award", "Manuela Frank", "Deutscher Mittelstands-Award", "Projektleitung")
p("j_tv", "Oliver Krause", "Unternehmer im Fokus TV", "Redaktion")
p("j_fluent", "Benjamin Roth", "Vertriebsexzellenz GmbH", "Senior Partner")
p("j_crypto", "Marco Lehmann", "Lehmann Wealth", "Vermögensberater")
p("j_yacht", "Stefanie Graf", "Event & Incentive Reisen", "Sales")
p("j_direkt", "Tobias Winter", "EnergyTrade Europe", "Business Developer")
p("j_factoring", "Kai Schneider", "Liquidität Jetzt", "Finanzierungsberater")
p("j_drohne", "Max Lorenz", "SkyPics Media", "Inhaber")
p("j_china", "Lily Zhang", "Sunrise PV Technology Co., Ltd.", "Overseas Sales Manager")
p("j_csrd", "Henrik Vogel", "ESG Compliance Partner", "Senior Consultant")
p("j_office", "Tanja Schröder", "BüroEntlastung24", "Virtuelle Assistenz")

ATT = "https://www.linkedin.com/dms/"

# ================================================================ GENUINE (35)
c("genuine", "inbound_buyer", "de", "Hausbesitzer fragt Angebot PV + Speicher an", [
    ("home1", "2026-02-10 21:14", "Guten Abend Frau Stadler, ein Kollege hat Sie empfohlen (Dr. Fellner, Sie haben bei ihm in Bad Aibling gebaut). Wir haben ein EFH in Großkarolinenfeld, Süddach ca. 70 m², Baujahr 2004. Wir hätten gern PV mit Speicher, Verbrauch ca. 5.200 kWh. Können Sie uns ein Angebot machen? Wann hätten Sie frühestens Zeit für einen Vor-Ort-Termin?"),
    ("me", "2026-02-11 07:32", "Guten Morgen Herr Obermaier, danke für die Anfrage und Grüße an Dr. Fellner! Von der Fläche her passen ca. 11-12 kWp drauf, mit 10 kWh Speicher liegen wir grob bei 19.000-22.000 € brutto (0 % MwSt. auf PV). Genau kann ich's erst nach dem Termin sagen. Vor-Ort ginge am 24.2. nachmittags oder 27.2. vormittags?"),
    ("home1", "2026-02-11 12:50", "Der 27. vormittags passt, 9 Uhr? Adresse schick ich per Mail."),
    ("me", "2026-02-11 13:05", "Passt, 9 Uhr. Bis dann!"),
])
c("genuine", "inbound_buyer", "de", "Landwirt will PV auf Stadldach, fragt Preis und Einspeisung", [
    ("farmer1", "2026-01-08 19:40", "Griaß Eahna Frau Stadler. Mia ham an neien Stadl baut, Dach Richtung Süd-West, guad 600 qm, Trapezblech. Mei Nachbar sagt Sie machen des guad. Was kost so a Anlag ungefähr und was krieg i no fürs Einspeisen? Brauch ma an neuen Trafo?"),
    ("me", "2026-01-09 07:10", "Griaß Eahna Herr Hinterstoißer! Auf 600 qm Trapezblech gehen gut 100 kWp. Grob rechnen Sie mit 750-850 € pro kWp netto, je nach Statik. Bei der Größe brauchen wir Direktvermarktung, Einspeisevergütung allein gibt's da nimmer. Ob ein Trafo nötig ist, klär ich mit der Inntal Netz über eine Netzanfrage. Darf ich nächste Woche raus kommen und mir den Stadl anschauen?"),
    ("farmer1", "2026-01-09 20:02", "Ja freile. Dienstag nach der Stallarbeit, so um zehne. Kaffee gibt's."),
    ("me", "2026-01-09 20:15", "Wunderbar, bis Dienstag um 10!"),
    ("farmer1", "2026-01-21 18:30", "Angebot ist kemma, danke. Mia redn no mit da Bank, dann gib i Bscheid."),
])
c("genuine", "customer_complaint", "de", "Bestandskundin: Wärmepumpe brummt nachts, Service", [
    ("cust_wp", "2026-02-03 22:05", "Hallo Frau Stadler, entschuldigen Sie die späte Nachricht. Unsere Wärmepumpe brummt seit ein paar Tagen nachts ziemlich laut, der Nachbar hat sich schon beschwert. Ist das normal bei der Kälte?"),
    ("me", "2026-02-04 07:05", "Guten Morgen Frau Mayrhofer, nein, normal ist das nicht. Klingt nach Vereisung am Ventilator oder der Nachtabsenkung. Der Tobias kommt heute zwischen 14 und 16 Uhr vorbei und schaut's an, ist noch in der Gewährleistung, kostet Sie nix."),
    ("cust_wp", "2026-02-04 18:40", "Vielen Dank, Herr Huber war da, Lüfter war vereist und eine Einstellung falsch. Jetzt ist Ruhe. Super Service!"),
])
c("genuine", "vendor_price_change", "de", "Großhändler kündigt Preisanpassung Wechselrichter/Speicher an", [
    ("whole1", "2026-01-15 09:20", "Servus Vroni, kurze Vorwarnung bevor die offizielle Mail kommt: ab 1. März gehen die Speicher von Voltaris um ca. 6 % hoch, Module bleiben stabil, Unterkonstruktion minus 3 %. Wenn ihr für die Frühjahrsprojekte noch was braucht, bestellt bis Ende Februar zum alten Preis. Gruß Thomas"),
    ("me", "2026-01-15 12:40", "Servus Thomas, danke dir, des ist fair. Ich schick dir bis Freitag eine Sammelbestellung: 14 Speicher 10 kWh und 20 Hybrid-WR. Geht Lieferung auf Abruf?"),
    ("whole1", "2026-01-15 13:05", "Abruf bis Ende Mai geht. Ich halt dir die Ware."),
])
c("genuine", "supplier_delay", "de", "Großhandel Innendienst meldet Lieferverzug", [
    ("whole2", "2026-02-18 10:45", "Hallo Frau Stadler, leider verzögert sich die Lieferung der Zählerschränke (Auftrag 44812) um ca. 2 Wochen, Hersteller hat Engpass. Alternativ könnten wir ein gleichwertiges Modell eines anderen Herstellers liefern, Preis identisch. Wie wollen Sie verfahren?"),
    ("me", "2026-02-18 11:30", "Hallo Frau Kögl, bitte das Alternativmodell schicken, wenn es die gleichen Maße hat. Die Baustelle in Prutting kann nicht warten. Danke!"),
])
c("genuine", "grid_operator", "de", "Netzbetreiber zu Netzanschluss und Zählertausch", [
    ("grid", "2026-01-29 08:30", "Sehr geehrte Frau Stadler, zu Ihrer Netzanfrage Hinterstoißer (108 kWp, Flurnr. 412/3): Ein Anschluss am bestehenden Trafo ist bis 80 kVA Einspeiseleistung möglich, darüber wäre eine Verstärkung nötig. Wir empfehlen eine Begrenzung oder ein Gespräch zu den Kosten. Mit freundlichen Grüßen, F. Wimmer"),
    ("me", "2026-01-29 10:15", "Grüß Gott Herr Wimmer, danke für die schnelle Rückmeldung. Wir planen mit Begrenzung auf 80 kVA und Speicher. Reicht Ihnen dafür das geänderte Datenblatt per Portal?"),
    ("grid", "2026-01-29 11:02", "Ja, bitte übers Portal hochladen, dann geht die Zusage in ca. 3 Wochen raus."),
])
c("genuine", "subcontractor", "de", "Elektriker, den sie beauftragt, Termine und Tagessatz", [
    ("me", "2026-02-05 17:10", "Servus Andi, hast im März Luft für zwei Zählerschrank-Umbauten? Prutting und Riedering, jeweils ein Tag. Gleicher Tagessatz wie letztes Jahr?"),
    ("elec", "2026-02-05 19:44", "Servus Vroni. Prutting 10.3. geht, Riedering erst 24.3. Tagessatz muss i leider auf 720 netto anheben, Material wie immer extra. Passt des no?"),
    ("me", "2026-02-05 20:01", "Passt scho. Trag's ein, ich schick dir die Pläne."),
])
c("genuine", "bank_financing", "de", "Bank zu Kundenfinanzierung und gemeinsamem Infoabend", [
    ("bank", "2026-02-12 14:00", "Liebe Frau Stadler, wie besprochen: Für Ihre Kunden können wir den Energiesparkredit mit 3,49 % eff. (10 J. fest) anbieten, Entscheidung in 3 Tagen. Hätten Sie Lust, im April einen gemeinsamen Infoabend in unserer Geschäftsstelle Kolbermoor zu machen? Wir übernehmen Raum und Brezn."),
    ("me", "2026-02-12 16:20", "Liebe Frau Brandl, sehr gern! Donnerstag 16.4. wäre ideal, da ist auch der Michael von ThermaNord in der Gegend. Ich bereite 20 Minuten PV + Wärmepumpe vor."),
    ("bank", "2026-02-13 08:15", "16.4. ist notiert, Einladung geht an unsere Kunden."),
])
c("genuine", "job_applicant", "de", "Schüler bewirbt sich um Ausbildungsplatz Elektroniker", [
    ("azubi", "2026-01-19 16:32", "Sehr geehrte Frau Stadler,\nich heiße Lukas und gehe in die 9. Klasse in Raubling. Ich interessiere mich für eine Ausbildung als Elektroniker für Energie- und Gebäudetechnik ab September. Haben Sie noch einen Platz frei? Ein Praktikum würde ich auch gern machen.\nMit freundlichen Grüßen\nLukas Dengler"),
    ("me", "2026-01-19 18:05", "Hallo Lukas, super dass du dich meldest! Ja, wir haben noch einen Platz. Komm doch in den Faschingsferien für eine Praktikumswoche, dann sehen wir uns gegenseitig an. Schick mir deine Bewerbung an info@ per Mail, gern mit Zeugnis."),
    ("azubi", "2026-01-19 18:20", "Vielen Dank!! Mach ich heute noch."),
])
c("genuine", "job_applicant", "de", "Solarmonteur fragt nach Stelle", [
    ("solarteur", "2025-12-04 20:10", "Servus, i bin seit 4 Jahr Monteur in Traunstein, hab aber jeden Tag 50 min Fahrt. Suchts ihr no Leit? Dach, DC, alles, Führerschein C1 hab i a."),
    ("me", "2025-12-05 07:40", "Servus Mehmet, ja, wir suchen! Magst am Samstag auf an Kaffee vorbeikommen? Dann zeig ich dir die Halle und wir reden über Gehalt und Firmenauto."),
    ("solarteur", "2025-12-05 08:02", "Samstag 10 Uhr passt. Bis dann"),
])
c("genuine", "recruiter_engaged", "de", "Personalberaterin, die sie beauftragt hat, schickt Kandidaten für Meisterstelle", [
    ("rec_ok", "2026-02-02 11:00", "Hallo Frau Stadler, wie vereinbart die erste Rückmeldung zur Suche Elektromeister/Projektleitung: Ich habe zwei Kandidaten, die ich Ihnen guten Gewissens vorstellen kann - ein Meister aus Wasserburg (38, viel Erfahrung mit Speicher und Netzanmeldung) und eine Meisterin aus Bad Endorf, die nach der Elternzeit 32 Std. sucht. Honorar wie vereinbart 22 % des Jahresbruttos bei Einstellung. Profile kommen per Mail."),
    ("me", "2026-02-02 12:30", "Danke Frau Haslinger, das klingt beides interessant. 32 Std. wäre für uns machbar. Können wir mit beiden nächste Woche Gespräche machen?"),
    ("rec_ok", "2026-02-02 13:10", "Ich stimme Termine ab und melde mich morgen."),
])
c("genuine", "peer_joint_offer", "de", "Dachdecker schlägt gemeinsames Angebot Dachsanierung + PV vor", [
    ("roofer", "2026-01-22 19:00", "Servus Vroni, bei mia fragt jeder zweite Kunde, der a neues Dach will, ob ma glei PV drauf machen kann. Wie wärs, wenn mia a gemeinsames Paket anbieten - i mach Dach und Unterkonstruktion, du Module und Elektrik, ein Angebot, ein Gerüst. Gerüst teilen spart dem Kunden locker 2.000 €. Mia miassn halt ausmachen wer die Gewährleistung führt."),
    ("me", "2026-01-23 07:15", "Sepp, des is a guade Idee. Gewährleistung jeder für sein Gewerk, aber ein Ansprechpartner für den Kunden. Komm nächste Woch amoi vorbei, dann machen mir a Musterkalkulation."),
    ("roofer", "2026-01-23 07:40", "Mittwoch nach Feierabend. I bring a Tragl Bier mit."),
])
c("genuine", "thanks_event", "de", "Dank nach Firmenjubiläum (1/3)", [
    ("fest1", "2025-09-14 10:12", "Liebe Vroni, vielen Dank für das wunderbare Fest gestern zum 10-jährigen! Hat alles gepasst, Spanferkel, Musi, und die Führung durch die Halle. Auf die nächsten zehn!"),
    ("me", "2025-09-14 11:00", "Danke Hubert, schön dass ihr da wart! Die Kinder reden heut noch vom Hüpfburg-Stadl."),
])
c("genuine", "thanks_event", "de", "Dank nach Firmenjubiläum (2/3)", [
    ("fest2", "2025-09-14 12:30", "Liebe Frau Stadler, vielen Dank für das schöne Fest gestern zum Jubiläum! Es war alles wunderbar organisiert. Auf die nächsten zehn Jahre!"),
])
c("genuine", "thanks_event", "de", "Dank nach Firmenjubiläum (3/3)", [
    ("fest3", "2025-09-15 08:05", "Liebe Frau Stadler, herzlichen Dank für das schöne Fest am Samstag zum 10-jährigen Jubiläum. Alles war wunderbar organisiert - weiter so und auf die nächsten zehn Jahre!"),
    ("me", "2025-09-15 09:10", "Vielen Dank, Herr Bürgermeister, und danke für die nette Rede!"),
])
c("genuine", "inbound_buyer_spam", "de", "echte Angebotsanfrage einer Hausbesitzerin landete im SPAM-Ordner", [
    ("spamlead", "2026-02-21 13:44", "Hallo, wir haben Ihre Anlage beim Nachbarn in Söchtenau gesehen und bräuchten auch ein Angebot: Wärmepumpe statt Ölheizung, 160 m² Wohnfläche, Baujahr 1978, Fußbodenheizung nur im EG. Wann könnten Sie vorbeikommen? Gruß C. Westermayr"),
], folder="SPAM")
c("genuine", "owner_outreach", "de", "Inhaberin fragt bei Kreishandwerkerschaft nach Stand auf Ausbildungsmesse", [
    ("me", "2026-01-13 09:00", "Grüß Gott Frau Zehentmair, gibt es auf der Ausbildungsmesse im März noch einen Stand für uns? Wir würden gern eine kleine PV-Anlage zum Anfassen mitbringen. Was kostet der Stand heuer?"),
    ("hwk", "2026-01-13 11:45", "Grüß Gott Frau Stadler, für Innungsbetriebe ist der Stand kostenlos, Strom haben wir. Ich trag Sie ein - Halle 2, direkt neben den Dachdeckern."),
    ("me", "2026-01-13 12:00", "Perfekt, neben dem Sepp passt eh. Danke!"),
])
c("genuine", "owner_outreach", "de", "Inhaberin bittet Bestandskunden um Referenz", [
    ("me", "2025-11-05 18:30", "Guten Abend Dr. Lindl, Ihre Anlage auf der Praxis läuft jetzt ein Jahr - wie zufrieden sind Sie? Dürften wir Sie auf unserer Website als Referenz nennen, evtl. mit einem Foto vom Dach?"),
    ("refcust", "2025-11-06 12:15", "Sehr zufrieden, die Stromrechnung hat sich halbiert. Gern als Referenz, Foto ist ok, nur bitte ohne Patientenparkplatz im Bild :)"),
])
c("genuine", "long_standing_contact", "de", "alter Meisterschulkollege, Nachrichten über Jahre", [
    ("meister", "2021-04-20 20:00", "Servus Vroni, lang nix ghört! Machst jetz a Wärmepumpen? Hob's im Wochenblatt gelesen."),
    ("me", "2021-04-20 21:10", "Servus Wolfi! Ja, seit heuer. Kannst mir mal zeigen wie man an Hydraulikplan g'scheit zeichnet, des war nie meins :)"),
    ("meister", "2023-12-22 18:00", "Frohe Weihnachten an dich und dei Mannschaft! Nächstes Jahr Meisterschul-Treffen beim Happinger Hof?"),
    ("me", "2023-12-23 10:00", "Dir auch! Treffen bin i dabei."),
    ("meister", "2026-02-01 19:30", "Du, i hätt an Kunden in Rohrdorf, der will PV zur Wärmepumpe, i mach nur die Heizung. Darf i eam dei Nummer geben?"),
    ("me", "2026-02-01 19:45", "Freilich, danke dir Wolfi!"),
])
c("genuine", "public_client", "de", "Bürgermeisterin fragt nach PV auf Bauhof, Ausschreibung", [
    ("bgm", "2026-02-16 15:00", "Liebe Frau Stadler, der Gemeinderat hat gestern beschlossen, auf dem Bauhof und der Turnhalle PV zu errichten. Wir schreiben beschränkt aus und würden Sie gern zur Angebotsabgabe auffordern. Unterlagen kommen über das Vergabeportal, Abgabe bis 20.3. Hätten Sie grundsätzlich Interesse?"),
    ("me", "2026-02-16 17:20", "Liebe Frau Huber, ja, großes Interesse! Wäre eine Begehung der Dächer vor Abgabe möglich?"),
    ("bgm", "2026-02-17 08:30", "Ja, Sammeltermin am 3.3. um 14 Uhr am Bauhof."),
])
c("genuine", "event_invitation", "de", "Energieagentur lädt sie als Referentin ein", [
    ("agency_ev", "2026-01-07 10:10", "Hallo Veronika, gutes neues Jahr! Wir machen am 12. März wieder den Infoabend 'Wärmepumpe im Altbau' im Ballhaus. Magst du wieder den Praxisteil übernehmen? Letztes Mal war's der beste Teil laut Feedbackbögen :)"),
    ("me", "2026-01-07 12:00", "Gutes Neues, Stefan! Ja, bin dabei. Diesmal mit Beispiel aus Söchtenau, Baujahr 1972 mit Heizkörpern."),
])
c("genuine", "press_enquiry", "de", "Lokaljournalistin fragt nach Balkonkraftwerken und Wartezeiten", [
    ("journo", "2026-02-25 11:20", "Hallo Frau Stadler, ich schreibe über Balkonkraftwerke und ob sich große Anlagen noch lohnen. Hätten Sie 15 Minuten für ein Telefonat? Gern auch mit einem Zitat zu aktuellen Wartezeiten bei Installateuren."),
    ("me", "2026-02-25 13:00", "Hallo Frau Nußbaumer, gerne. Morgen zwischen 12 und 13 Uhr? Ich bin unter der Büronummer erreichbar."),
    ("journo", "2026-02-25 13:15", "Perfekt, ich ruf um 12:15 an."),
])
c("genuine", "inbound_buyer", "en", "English-speaking expat asks for PV and heat pump quote", [
    ("expat", "2026-02-09 19:05", "Hi Veronika, sorry my German isn't good enough for this yet! We bought an old farmhouse near Prien last year and want to get rid of the oil heating - thinking heat pump plus solar. A neighbour said you speak English. Could you come and have a look and give us a rough price? Happy to pay for the visit."),
    ("me", "2026-02-10 07:50", "Hi Jennifer, no problem at all, English is fine! For an old farmhouse we'd first check the radiators and insulation - a heat pump only makes sense with the right flow temperature. The first visit is free. Could I come on Friday 20th around 2pm?"),
    ("expat", "2026-02-10 08:30", "Friday 20th works. Thank you so much, see you then!"),
])
c("genuine", "friend", "de", "Freundin, Smalltalk und Treffen", [
    ("friend", "2026-02-14 20:30", "Vroni! Lebst du no? Seit dem Herbstfest nix mehr von dir ghört. Gehma nächste Woch amoi zum Schafkopfen beim Wirt in Schloßberg?"),
    ("me", "2026-02-14 21:15", "Resi! I leb, aber nur knapp, die Leit wolln alle gleichzeitig a Wärmepumpe :) Donnerstag geht!"),
    ("friend", "2026-02-14 21:20", "Donnerstag. Und du zahlst die erste Runde, Frau Unternehmerin."),
])
c("genuine", "employee", "de", "Monteur fragt nach Urlaub und Firmenwagen", [
    ("monteur", "2026-01-30 17:45", "Hallo Chefin, kann i die Woch nach Ostern Urlaub nehmen? Und der Sprinter macht wieder des Geräusch vorn links, soll i den in die Werkstatt bringen?"),
    ("me", "2026-01-30 18:10", "Hallo Tobi, Urlaub passt, trag's in den Kalender. Sprinter bitte morgen früh zum Autohaus, ich ruf an."),
])
c("genuine", "vendor_price_change", "de", "Steuerberater kündigt neue Honorare an", [
    ("stb", "2026-01-09 10:00", "Sehr geehrte Frau Stadler, zum Jahresbeginn passen wir unsere Honorare an: Die monatliche Buchhaltungspauschale steigt von 480 auf 520 € netto, der Jahresabschluss bleibt unverändert. Für Rückfragen stehe ich gern zur Verfügung. Außerdem: Wollen wir im Februar die Investitionsplanung für die neue Halle besprechen?"),
    ("me", "2026-01-09 13:00", "Grüß Gott Herr Maier, verstanden. Investitionsplanung gern, am besten 10.2. nachmittags?"),
    ("stb", "2026-01-09 14:20", "10.2. um 15 Uhr ist eingetragen."),
])
c("genuine", "vendor_contract_renewal", "de", "Versicherungsmakler zu Beitragserhöhung Betriebshaftpflicht", [
    ("insure", "2025-12-01 09:00", "Hallo Frau Stadler, die Betriebshaftpflicht wird zum 1.1. teurer, Grund sind die höheren Lohnsummen und die neue Deckung für Dacharbeiten. Neuer Jahresbeitrag 3.840 € statt 3.210 €. Ich habe zwei Alternativangebote eingeholt, eins davon wäre 300 € günstiger bei gleicher Deckung. Wollen wir telefonieren?"),
    ("me", "2025-12-01 12:30", "Hallo Herr Staudacher, ja bitte, morgen Vormittag. Wichtig ist mir die Deckung für Schäden an Wärmepumpen-Fundamenten."),
])
c("genuine", "long_standing_customer", "de", "langjährige Landwirtin will Erweiterung und Speicher", [
    ("farmer2", "2024-06-12 20:00", "Hallo Vroni, Anlag auf'm Kuhstall lauft wie a Glöckerl. Danke nochmal!"),
    ("me", "2024-06-13 07:00", "Freut mi, Kathi!"),
    ("farmer2", "2026-02-08 21:15", "Servus Vroni, jetzt wo die Einspeisevergütung für unsere alte Anlag ausläuft, überleg ma an Speicher und vielleicht noch was auf den Maschinenschuppen. Was meinst? Und gibt's da was an Förderung?"),
    ("me", "2026-02-09 07:20", "Servus Kathi! Speicher macht bei euch mit der Melkanlage total Sinn, da habt's morgens und abends den Verbrauch. Förderung gibt's über das Landesprogramm für Landwirte, den Antrag machen mir mit. I komm nächste Woch vorbei."),
])
c("genuine", "event_invitation", "de", "Hersteller-Außendienst lädt zu Schulung ein", [
    ("wp_rep", "2026-01-20 08:45", "Servus Veronika, am 5. und 6. März ist die Fachhandwerker-Schulung zur neuen Propan-Serie im Werk, für Partnerbetriebe kostenlos inkl. Übernachtung. Wie viele Plätze brauchst?"),
    ("me", "2026-01-20 09:30", "Servus Michael, zwei bitte: Lena und der Tobi."),
])
c("genuine", "vendor_price_change", "de", "Gerüstbauer mit neuen Preisen 2026", [
    ("geruest", "2026-01-05 07:30", "Servus Vroni, Gutes Neues. Ab Februar kost des Standardgerüst EFH 11 € statt 10 € pro qm für 4 Wochen, Verlängerung bleibt. Diesel und Lohn halt. Wennst vorher noch was brauchst, sag Bescheid."),
    ("me", "2026-01-05 08:15", "Servus Ferdl, passt. Obermaier Ende März kommt eh, des machen ma zum neuen Preis."),
])
c("genuine", "inbound_buyer", "de", "Hausverwaltung fragt nach Mieterstrom-Angebot", [
    ("hv", "2026-02-20 10:30", "Sehr geehrte Frau Stadler, wir verwalten eine Wohnanlage mit 18 Einheiten in Kolbermoor. Die Eigentümerversammlung möchte PV mit Mieterstrom bzw. gemeinschaftlicher Gebäudeversorgung prüfen. Bieten Sie so etwas an, inkl. Messkonzept? Wir bräuchten bis Mitte April ein Angebot für die Versammlung."),
    ("me", "2026-02-20 15:40", "Sehr geehrte Frau Rottmann, ja, das machen wir, das Messkonzept stimmen wir mit der Inntal Netz ab. Ich bräuchte Dachpläne und die Verbrauchsdaten der letzten 2 Jahre. Eine Besichtigung Anfang März wäre ideal."),
])
c("genuine", "former_apprentice", "de", "ehemaliger Azubi bedankt sich, jetzt Meister", [
    ("ex_azubi", "2025-10-18 19:00", "Hallo Vroni, wollt dir nur sagen: Meisterprüfung bestanden! Ohne deine Geduld in der Ausbildung wär i nie so weit kommen. Vergelt's Gott."),
    ("me", "2025-10-18 19:30", "Simon, des freit mi narrisch! Herzlichen Glückwunsch! Und wenn du amoi an Job suchst, du weißt wo i wohn :)"),
])
c("genuine", "team_group", "de", "Baustellen-Gruppenchat mit Projektleiterin und Dachdecker", [
    ("meisterin", "2026-02-19 07:10", "Guten Morgen, Gerüst Hofmann in Prutting steht. Sepp, könnt ihr morgen die Haken setzen?"),
    ("roofer", "2026-02-19 07:25", "Ja, ab 8. Schnee is weg."),
    ("me", "2026-02-19 07:40", "Super. Module kommen Freitag um 9, Lena nimmst du die Lieferung an?"),
    ("meisterin", "2026-02-19 07:42", "Mach ich."),
], title="Baustelle Hofmann Prutting", attachments={0: ATT + "geruestplan-hofmann.pdf"})
c("genuine", "supplier_rma", "en", "inverter distributor handles a warranty case, in English", [
    ("me", "2026-02-06 14:00", "Hi Pieter, we have a 10 kW hybrid inverter (serial ending 7731) showing error 3021 after a firmware update. Customer is without battery for 5 days now. Can you ship a replacement in advance?"),
    ("rma", "2026-02-06 15:30", "Hi Veronika, sorry about that. 3021 is a known issue with 4.12 - I'll send you a hotfix file today, if it doesn't solve it we ship an advance replacement from our Munich warehouse tomorrow."),
    ("me", "2026-02-07 09:00", "Hotfix worked. Thanks a lot!"),
])
c("genuine", "referral_partner", "de", "Energieberater vermittelt Kunden", [
    ("eberater", "2026-02-24 18:00", "Hallo Veronika, ich hab grad einen iSFP für ein Haus in Vogtareuth gemacht, die wollen Wärmepumpe + PV und fragen nach einem Betrieb. Darf ich dich empfehlen? Den Fahrplan schick ich dir mit Einverständnis der Kunden."),
    ("me", "2026-02-24 18:30", "Servus Franz Xaver, gern, danke! Schick einfach."),
], attachments={0: ATT + "isfp-vogtareuth-auszug.pdf"})

# ================================================================ WANTED PITCHES (12)
c("wanted_pitch", "software_post", "de", "Netzanmelde-Software bezieht sich auf ihren Post über Netzbetreiber-Chaos", [
    ("w_netz", "2026-01-28 09:15", "Hallo Frau Stadler, danke fürs Vernetzen. In Ihrem Post schreiben Sie, dass Ihr Büro pro Anlage 3-4 Stunden mit Formularen für die Inntal Netz verbringt und dass die E.8-Datenblätter ständig zurückkommen. Genau dafür haben wir Anmeldeprofi gebaut: Die Formulare der bayerischen Netzbetreiber sind hinterlegt, Datenblätter Ihrer Wechselrichter sind drin. Wenn Sie mögen, machen wir eine Anmeldung eines echten Projekts gemeinsam, kostenlos. Wenn's nix ist, auch gut."),
    ("me", "2026-01-28 12:00", "Hallo Frau Feldmeier, da bin ich neugierig. Haben Sie die Inntal Netz wirklich drin? Die sind speziell :)"),
    ("w_netz", "2026-01-28 12:30", "Ja, seit Herbst, inkl. ihrer Sonderformulare für Speicher. Ich schick Ihnen zwei Terminvorschläge."),
])
c("wanted_pitch", "engineering_talk", "de", "TGA-Planer bezieht sich auf ihren Vortrag bei der Energieagentur", [
    ("w_hydraulik", "2025-10-22 08:40", "Guten Tag Frau Stadler, ich war bei Ihrem Vortrag 'Wärmepumpe im Altbau' in Rosenheim. Sie sagten, der hydraulische Abgleich sei bei fast jedem Projekt der Engpass, weil Ihnen die Heizlastberechnungen fehlen. Ich bin Ingenieur und mache genau das als Dienstleistung für Handwerksbetriebe: raumweise Heizlast und Abgleich nach Verfahren B, Lieferung in 5 Werktagen, 390 € pro EFH. Vielleicht passt's ja für Ihre Frühjahrsprojekte."),
    ("me", "2025-10-22 12:10", "Herr Rauch, das wär tatsächlich eine Entlastung. Schicken Sie mir bitte eine Beispielberechnung?"),
])
c("wanted_pitch", "web_site_visited", "de", "Webentwicklerin hat ihre Website besucht und den kaputten Anfrage-Rechner gefunden", [
    ("w_web", "2026-02-11 19:20", "Hallo Frau Stadler, ich wollte bei Ihnen eigentlich für meine Eltern eine Anfrage stellen und habe gemerkt, dass der PV-Rechner auf Ihrer Seite am Handy nach Schritt 2 hängen bleibt (iPhone und Android getestet), und das Kontaktformular auf der Karriereseite führt auf eine 404. Ich bin freiberufliche Webentwicklerin aus Bad Aibling. Die Reparatur wären vermutlich 2-3 Stunden. Wenn Sie mögen, schicke ich Ihnen Screenshots, auch ganz ohne Auftrag."),
    ("me", "2026-02-11 20:05", "Oh mei, das wusste ich nicht! Bitte Screenshots schicken - und ein Angebot gleich mit."),
])
c("wanted_pitch", "capacity_press", "de", "Montagefirma bezieht sich auf Zeitungsinterview zu Wartezeiten", [
    ("w_montage", "2026-03-02 10:00", "Grüß Gott Frau Stadler, im Inntal-Anzeiger haben Sie gesagt, dass Ihre Kunden derzeit 4 Monate auf die Montage warten und Sie vor allem bei großen Stalldächern Leute bräuchten. Wir sind eine Montagekolonne aus Passau (6 Mann, DGUV-geschult, eigener Teleskoplader) und haben April/Mai Kapazität für Aufdach auf Trapezblech, ohne Elektrik, nach Ihren Vorgaben. Referenzen von zwei Betrieben im Rottal gebe ich gerne weiter."),
    ("me", "2026-03-02 11:30", "Grüß Gott Herr Lehner, das kommt wie gerufen. Rufen Sie mich bitte morgen an, dann reden wir über den Hinterstoißer-Stadl."),
])
c("wanted_pitch", "leasing_mutual_contact", "de", "Leasinggesellschaft über gemeinsame Kontaktperson (Bankberaterin) empfohlen", [
    ("w_leasing", "2026-02-26 09:00", "Sehr geehrte Frau Stadler, Frau Brandl von der Raiffeisenbank hat mir erzählt, dass Sie für die zwei neuen Monteure Transporter brauchen und ungern Liquidität für den Kauf binden. Wir leasen Nutzfahrzeuge inkl. Werkstatteinbau (Sortimo-Regale, Kabeltrommelhalter) als Paket, Laufzeit passend zur Abschreibung. Frau Brandl meinte, ein kurzer Vergleich mit dem Kredit wäre für Sie interessant - soll ich einen rechnen?"),
])
c("wanted_pitch", "direct_marketing_register", "de", "Direktvermarkter fand ihre Anlagen im Marktstammdatenregister", [
    ("w_direkt", "2026-02-04 14:20", "Hallo Frau Stadler, im Marktstammdatenregister sehe ich, dass Sie seit 2024 vier landwirtschaftliche Anlagen über 100 kWp im Raum Rosenheim in Betrieb genommen haben - bei der Größe braucht jede davon einen Direktvermarkter. Wir sind ein kleiner Münchner Direktvermarkter, der für Installateure einen Rahmenvertrag anbietet: Ihre Kunden unterschreiben ein zweiseitiges Formular, Fernsteuerbarkeit übernehmen wir. Darf ich Ihnen die Konditionen für Ihre Landwirte schicken?"),
    ("me", "2026-02-04 17:00", "Gern, aber bitte transparent mit Gebühren pro MWh, meine Bauern lesen das Kleingedruckte."),
])
c("wanted_pitch", "engineering_tender", "de", "Statiker bezieht sich auf Ausschreibung der Gemeinde Riedering", [
    ("w_statik", "2026-02-23 08:00", "Sehr geehrte Frau Stadler, ich habe gesehen, dass die Gemeinde Riedering PV auf Bauhof und Turnhalle ausschreibt und Sie als Bieterin zugelassen sind. Für die Turnhalle (Holzleimbinder, Baujahr 1986) verlangt das Leistungsverzeichnis einen Standsicherheitsnachweis. Ich habe 2019 die Dachsanierung der Halle statisch begleitet und habe die Pläne noch. Ich könnte den Nachweis kurzfristig liefern."),
    ("me", "2026-02-23 09:15", "Das ist ja ein Zufall - ja bitte, Angebot an info@. Die Abgabe ist am 20.3."),
])
c("wanted_pitch", "software_tools", "de", "Handwerkersoftware passt zu ihrem Planungstool und Datanorm des Großhändlers", [
    ("w_software", "2026-01-14 10:30", "Hallo Frau Stadler, Thomas Reiter von Alpensolar hat erwähnt, dass Sie Ihre Angebote noch aus dem Solarplaner in Excel kopieren und dann die Großhandelspreise per Hand nachziehen. HandwerkFlow übernimmt die Stückliste direkt aus dem Planer und holt die Preise über Datanorm von Alpensolar und Elektro-Zentrale Inn. Aus Angebot wird Auftrag, Stundenzettel der Monteure kommen per App dazu. Interesse an 30 Minuten mit einem Ihrer echten Angebote?"),
])
c("wanted_pitch", "recruiter_relevant", "de", "Personalberaterin mit passendem Kandidaten für ausgeschriebene Elektromeisterstelle", [
    ("w_recruit", "2026-01-26 13:00", "Hallo Frau Stadler, ich habe Ihre Stellenanzeige 'Elektromeister (m/w/d) PV und Wärmepumpe' in der Jobbörse der Handwerkskammer gesehen. Ich betreue derzeit einen Meister aus Stephanskirchen, der bei einem großen Netzbetreiber arbeitet und zurück ins Handwerk möchte - Netzanmeldungen und Messkonzepte kann er im Schlaf. Erfolgshonorar, kein Retainer. Soll ich Ihnen das anonymisierte Profil schicken?"),
    ("me", "2026-01-26 16:00", "Ja, bitte schicken. Ich arbeite aber schon mit einer Beraterin, also nur dieser eine Kandidat bitte."),
])
c("wanted_pitch", "wholesale_local", "de", "neue Großhandelsfiliale in Kolbermoor, weiß dass sie nach München fährt", [
    ("w_whole", "2025-11-20 07:45", "Servus Frau Stadler, wir eröffnen am 1. Dezember eine Filiale in Kolbermoor. Einer Ihrer Monteure hat beim Kollegen in München-Ost erzählt, dass er zweimal die Woche wegen Speichern und Kabel nach München fährt. Bei uns gibt's Abholung ab 6:30 Uhr, Speicher und Wechselrichter auf Lager, und für die ersten drei Monate Ihren aktuellen Großhandelsrabatt garantiert. Schaut's gern auf a Weißwurst vorbei, Eröffnung ist am 3.12."),
])
c("wanted_pitch", "drone_posts", "de", "Drohnen-Thermografie bezieht sich auf ihre Projektfotos auf LinkedIn", [
    ("w_drohne", "2026-01-16 12:00", "Hallo Frau Stadler, ich verfolge Ihre Projektposts - beim Stadl in Höslwang schrieben Sie, das Aufmaß habe mit Leiter und Maßband einen halben Tag gedauert. Ich mache mit der Drohne Dachaufmaß (Genauigkeit ca. 2 cm) und Thermografie von Bestandsanlagen für die Wartung, im Landkreis für 180 € pro Dach. Wenn Sie wollen, fliege ich ein Dach Ihrer Wahl gratis zum Vergleich."),
    ("me", "2026-01-16 13:10", "Das Angebot nehm ich an. Nächste Woche Hinterstoißer in Söchtenau?"),
])
c("wanted_pitch", "supplier_post_en", "en", "Danish noise-enclosure maker refers to her post about a heat-pump noise complaint", [
    ("w_noise", "2026-02-06 09:00", "Hello Veronika, I hope English is fine. I read your post about the customer in Prutting whose neighbour complained about the outdoor unit at night, and your point that many Bavarian plots are too small for the required distance. We make acoustic enclosures for outdoor units (tested -9 dB(A), approved by most big heat-pump brands, including the ThermaNord units you install). We have a German distributor in Augsburg. Would a datasheet and price list be useful?"),
    ("me", "2026-02-06 11:30", "Hello Mads, yes please - datasheet and prices. The -9 dB would have saved me a lot of trouble."),
])

# ================================================================ JUNK (38)
c("junk", "generic_software", "de", "generische Handwerkersoftware (Gegenstück zu HandwerkFlow)", [
    ("j_soft", "2026-01-20 09:00", "Hallo Veronika,\n\nwie viel Zeit verlieren Sie täglich mit Zettelwirtschaft? CraftCloud ist die All-in-One-Software für Handwerker: Angebote, Rechnungen, Zeiterfassung. Über 5.000 Betriebe vertrauen uns.\n\nHaben Sie diese Woche 20 Minuten für eine Demo?\n\nBeste Grüße\nKevin"),
])
c("junk", "generic_recruiting", "de", "generische Recruiting-Agentur (Gegenstück zu Alpen Personal)", [
    ("j_recruit", "2026-01-29 08:30", "Hallo Frau Stadler, Fachkräftemangel? Wir finden für Sie die besten Talente - schnell, effizient und zuverlässig. Kontaktieren Sie uns für ein unverbindliches Erstgespräch!"),
])
c("junk", "generic_web", "de", "generische Webagentur (Gegenstück zur Webentwicklerin)", [
    ("j_web", "2026-02-03 10:15", "Hallo Frau Stadler, Ihre Website ist das Aushängeschild Ihres Unternehmens. Wir erstellen moderne, SEO-optimierte Websites ab 2.990 €. Darf ich Ihnen unverbindlich unser Portfolio zusenden?"),
])
c("junk", "generic_montage", "de", "generisches Montage-Angebot ohne Bezug (Gegenstück zu Lehner)", [
    ("j_montage", "2026-02-09 06:50", "Sehr geehrte Damen und Herren, wir bieten PV-Montage deutschlandweit zu Top-Preisen. Freie Kapazitäten ab sofort. Bei Interesse melden Sie sich."),
])
c("junk", "lead_selling", "de", "Verkauf von Solar-Leads", [
    ("j_leads", "2026-01-22 11:00", "Hallo Veronika, möchten Sie mehr PV-Anfragen in Ihrer Region? Wir liefern exklusive, vorqualifizierte Solar-Leads ab 39 € pro Lead. Keine Vertragsbindung. Soll ich Ihnen unser Testpaket mit 10 Leads freischalten?"),
])
c("junk", "offers_what_she_sells", "de", "bietet ihr eine PV-Anlage für das Firmendach an", [
    ("j_pvroof", "2026-02-12 14:30", "Sehr geehrte Frau Stadler, haben Sie schon darüber nachgedacht, Ihre Energiekosten mit einer eigenen Photovoltaikanlage auf Ihrem Firmendach zu senken? Wir planen und installieren Gewerbeanlagen schlüsselfertig. Gerne erstellen wir Ihnen eine kostenlose Wirtschaftlichkeitsberechnung."),
])
c("junk", "offers_what_she_sells", "de", "bietet ihr Wärmepumpen-Installation an", [
    ("j_wp", "2026-01-26 16:40", "Hallo Frau Stadler, die Heizungswende kommt! Mit WärmeJetzt erhalten Sie Ihre neue Wärmepumpe inklusive Förderantrag und Installation in nur 6 Wochen. Jetzt kostenlosen Beratungstermin sichern!"),
])
c("junk", "capacity_for_clients", "de", "fragt, ob sie Kapazität für neue Aufträge hat", [
    ("j_capacity", "2026-02-17 09:30", "Hallo Veronika, kurze Frage: Haben Sie aktuell Kapazitäten für neue Aufträge? Auf unserer Plattform suchen jeden Monat tausende Kunden Handwerker - für nur 89 € im Monat sind Sie dabei."),
])
c("junk", "like_minded", "de", "Vernetzung als gleichgesinnte Unternehmer", [
    ("j_likeminded", "2026-01-04 23:10", "Hallo Veronika, ich vernetze mich gerne mit gleichgesinnten Unternehmerinnen und Unternehmern, die etwas bewegen wollen. Lass uns schauen, wie wir uns gegenseitig unterstützen können! Beste Grüße, Sven"),
])
c("junk", "quick_call", "de", "kurzer 15-Minuten-Call", [
    ("j_15min", "2026-02-10 08:00", "Hallo Frau Stadler, hätten Sie diese Woche 15 Minuten für einen kurzen Austausch? Ich zeige Ihnen, wie Handwerksbetriebe ihren Gewinn um 20 % steigern. Passt Ihnen Donnerstag 10 Uhr?"),
])
c("junk", "connect_then_pitch", "de", "vernetzt sich, Smalltalk, nach ihrer Antwort Telematik-Pitch", [
    ("j_ctp1", "2026-02-02 08:10", "Danke für die Vernetzung, Frau Stadler! Wie läuft's bei Ihnen im Winter - ist PV jetzt eher Nebensaison?"),
    ("me", "2026-02-02 12:00", "Hallo Herr Schmid, eigentlich gar nicht, Wärmepumpen laufen im Winter auf Hochtouren."),
    ("j_ctp1", "2026-02-03 08:00", "Spannend! Dann sind Ihre Fahrzeuge sicher viel unterwegs. FleetMaster zeigt Ihnen in Echtzeit, wo Ihre Monteure sind, und senkt Spritkosten um bis zu 15 %. Darf ich Ihnen ein Testgerät schicken?"),
])
c("junk", "connect_then_pitch", "de", "Finanzberater vernetzt sich als Rosenheimer, dann Altersvorsorge-Pitch", [
    ("j_ctp2", "2026-01-12 07:30", "Servus Frau Stadler, schön, dass es mit der Vernetzung geklappt hat! Ich bin auch aus der Gegend - Rosenheim ist einfach die schönste Stadt Bayerns, oder?"),
    ("j_ctp2", "2026-01-15 07:30", "Übrigens: Als Unternehmerin haben Sie bestimmt wenig Zeit für die eigene Altersvorsorge. Viele meiner Mandanten nutzen steueroptimierte Modelle. Wollen wir uns auf einen Kaffee treffen?"),
    ("j_ctp2", "2026-01-24 07:30", "Hallo Frau Stadler, ich melde mich nochmal wegen des Kaffees :)"),
])
c("junk", "connect_then_pitch", "de", "vernetzt sich, gratuliert, dann Mitarbeiter-Benefits-Pitch", [
    ("j_ctp3", "2025-11-17 09:00", "Hallo Veronika, danke fürs Annehmen! Glückwunsch übrigens zum 10-jährigen Jubiläum, hab die Fotos gesehen."),
    ("j_ctp3", "2025-11-19 09:00", "Kurze Frage: Wie binden Sie Ihre Mitarbeiter? Mit der Benefitia-Karte schenken Sie bis zu 50 € im Monat steuerfrei. Ich zeige es Ihnen gern in 15 Minuten!"),
])
c("junk", "follow_up_bump", "de", "Inkasso-Angebot mit Nachfassern ohne Antwort", [
    ("j_bump1", "2025-12-02 10:00", "Hallo Frau Stadler, offene Rechnungen belasten Ihre Liquidität. Wir übernehmen Ihr Forderungsmanagement ab 0 € Grundgebühr. Darf ich Infos schicken?"),
    ("j_bump1", "2025-12-09 10:00", "Hallo Frau Stadler, ich wollte mein Anliegen nochmal nach oben holen."),
    ("j_bump1", "2025-12-18 10:00", "Hallo Frau Stadler, haben Sie meine letzte Nachricht gesehen?"),
])
c("junk", "follow_up_bump", "de", "Google-Bewertungen-Dienst mit Nachfassern", [
    ("j_bump2", "2026-01-07 15:00", "Hallo Veronika, mehr 5-Sterne-Bewertungen = mehr Aufträge. Wir helfen Handwerkern, ihre Google-Bewertungen zu vervielfachen. Interesse?"),
    ("j_bump2", "2026-01-14 15:00", "Nur kurz nachgefasst :)"),
    ("j_bump2", "2026-01-28 15:00", "Hallo Veronika, letzte Nachricht von mir - soll ich Ihnen noch ein Beispiel schicken?"),
])
c("junk", "mass_template", "de", "Recruiting-Vorlage 1/5", [
    ("j_tpl1", "2026-02-05 09:10", "Hallo Veronika, ich habe gesehen, dass Stadler Sonne & Wärme gerade Mitarbeiter sucht. Wir helfen Handwerksbetrieben, mit Social-Media-Recruiting in 30 Tagen mindestens 20 qualifizierte Bewerbungen zu bekommen - ohne Jobbörsen. Wäre das für Sie interessant?"),
])
c("junk", "mass_template", "de", "Recruiting-Vorlage 2/5", [
    ("j_tpl2", "2026-02-06 13:45", "Hallo Frau Stadler, ich habe gesehen, dass Stadler Sonne & Wärme GmbH aktuell neue Mitarbeiter sucht. Wir helfen Handwerksbetrieben, über Social Media in 30 Tagen 20+ qualifizierte Bewerber zu gewinnen, ganz ohne Stellenbörsen. Wäre das interessant für Sie?"),
])
c("junk", "mass_template", "de", "Recruiting-Vorlage 3/5", [
    ("j_tpl3", "2026-02-11 08:20", "Hi Veronika! Hab gesehen, dass ihr bei Stadler Sonne & Wärme gerade sucht. Wir helfen Handwerksbetrieben, in 30 Tagen mindestens 20 qualifizierte Bewerbungen über Social Media zu bekommen. Wäre das was für euch?"),
])
c("junk", "mass_template", "de", "Recruiting-Vorlage 4/5", [
    ("j_tpl4", "2026-02-13 17:05", "Hallo Frau Stadler, wie ich sehe, sucht Stadler Sonne & Wärme nach Verstärkung - auch Azubis? Wir helfen Handwerksbetrieben, in 30 Tagen 20 qualifizierte Bewerbungen über Social Media zu generieren, ohne teure Jobportale. Interessiert?"),
])
c("junk", "mass_template", "en", "recruiting template 5/5 in English", [
    ("j_tpl5", "2026-02-16 10:00", "Hi Veronika, I noticed Stadler Sonne & Wärme is hiring right now. We help trade businesses get at least 20 qualified applicants in 30 days through social media recruiting - no job boards needed. Would this be interesting for you?"),
])
c("junk", "merge_tag_failure", "de", "unausgefüllter {{Vorname}}-Platzhalter", [
    ("j_merge1", "2026-01-19 08:00", "Hallo {{Vorname}}, ich habe mir Ihr Unternehmen angesehen und sehe großes Potenzial für mehr Sichtbarkeit auf Instagram. Sollen wir sprechen?"),
])
c("junk", "merge_tag_failure", "de", "unausgefüllter [Firmenname]-Platzhalter", [
    ("j_merge2", "2026-02-02 11:30", "Sehr geehrte Frau Stadler, wussten Sie, dass [Firmenname] möglicherweise Anspruch auf bis zu 50.000 € Fördermittel hat? Mit unserem kostenlosen Förder-Check finden Sie es in 5 Minuten heraus."),
])
c("junk", "merge_tag_failure", "de", "falscher Name (Herr Stadler) bei Arbeitskleidung", [
    ("j_merge3", "2026-01-13 07:20", "Sehr geehrter Herr Stadler, ausgestattet für jede Baustelle: Arbeitskleidung mit Firmenlogo ab 25 Stück zu Sonderpreisen. Gerne sende ich Ihnen unseren Katalog."),
])
c("junk", "merge_tag_failure", "de", "falsche Firma (Sonnenkraft Huber GmbH) bei Kassensystem", [
    ("j_merge4", "2026-02-19 12:00", "Hallo Veronika, als Inhaberin der Sonnenkraft Huber GmbH wissen Sie, wie wichtig ein zuverlässiges Kassensystem ist. Unser TSE-konformes System gibt's jetzt für 29 € im Monat!"),
])
c("junk", "sponsored_inmail", "de", "Sponsored InMail Planungssoftware", [
    ("j_spon1", "2026-01-10 12:00", "<p>Hallo Veronika,</p><p>Planen Sie PV-Anlagen in 10 Minuten statt 2 Stunden. Jetzt 14 Tage kostenlos testen &ndash; keine Kreditkarte nötig.</p>"),
], title="Sponsored Conversation", subject="PV-Planung in 10 Minuten")
c("junk", "sponsored_inmail", "de", "Sponsored InMail Weiterbildung", [
    ("j_spon2", "2026-02-01 12:00", "<p>Veronika, werden Sie zur Finanzexpertin!</p><p>Berufsbegleitender Zertifikatskurs &bdquo;Controlling f&uuml;r F&uuml;hrungskr&auml;fte&ldquo; &ndash; jetzt anmelden.</p>"),
], title="Sponsored Conversation", subject="Ihr nächster Karriereschritt")
c("junk", "sponsored_inmail", "en", "Sponsored InMail EV fleet in English", [
    ("j_spon3", "2026-02-22 12:00", "<p>Hi Veronika,</p><p>Electrify your company fleet with zero downpayment. Exclusive leasing offers for business leaders in Germany.</p>"),
], title="Sponsored Conversation", subject="Electrify your fleet")
c("junk", "paid_award", "de", "'Award' mit Teilnahmegebühr", [
    ("j_award", "2026-01-23 10:00", "Sehr geehrte Frau Stadler, herzlichen Glückwunsch! Ihr Unternehmen wurde für den Deutschen Mittelstands-Award 2026 in der Kategorie 'Nachhaltigkeit' nominiert. Für die Teilnahme, Siegel-Nutzungsrechte und das Gala-Ticket erheben wir eine Gebühr von 1.490 € zzgl. MwSt. Bitte bestätigen Sie bis Monatsende."),
])
c("junk", "paid_feature", "de", "TV-Interview gegen Produktionskostenbeteiligung", [
    ("j_tv", "2026-02-14 11:00", "Hallo Frau Stadler, unsere Redaktion möchte Sie als Vorzeige-Unternehmerin im Format 'Unternehmer im Fokus' porträtieren. Ausstrahlung online mit über 500.000 Zuschauern. Die Produktionskostenbeteiligung beträgt 2.900 €. Wann hätten Sie Zeit für ein Vorgespräch?"),
])
c("junk", "fluent_generic", "de", "flüssiger Pitch nennt ihre Firma, passt aber auf jeden", [
    ("j_fluent", "2026-02-18 07:30", "Liebe Frau Stadler, bei Stadler Sonne & Wärme steht Qualität offensichtlich an erster Stelle - das spürt man. Genau deshalb glaube ich, dass unser Vertriebstraining perfekt zu Ihnen passt: Wir helfen ambitionierten Unternehmen wie Ihrem, ihre Abschlussquote nachhaltig zu steigern und Wachstum planbar zu machen. Wäre ein kurzer Austausch für Sie wertvoll?"),
])
c("junk", "off_topic_finance", "de", "Vermögensberatung / Krypto", [
    ("j_crypto", "2026-01-16 20:00", "Hallo Veronika, als erfolgreiche Unternehmerin haben Sie sicher schon über Diversifikation nachgedacht. Unsere Mandanten investieren in Gold, Krypto und Private Equity mit attraktiven Renditen. Lust auf ein unverbindliches Gespräch?"),
])
c("junk", "off_topic_travel", "de", "Incentive-Reisen für Mitarbeiter", [
    ("j_yacht", "2026-02-20 10:10", "Hallo Frau Stadler, belohnen Sie Ihr Team mit einer unvergesslichen Incentive-Reise! Segeltörn in Kroatien, Teamevent in Dubai - wir organisieren alles. Frühbucherrabatt bis 31.3."),
])
c("junk", "generic_direct_marketing", "de", "generischer Direktvermarkter (Gegenstück zu Isarstrom)", [
    ("j_direkt", "2026-02-25 09:00", "Sehr geehrte Damen und Herren, EnergyTrade Europe bietet Direktvermarktung für erneuerbare Energien zu Top-Konditionen. Kontaktieren Sie uns für ein individuelles Angebot."),
])
c("junk", "off_topic_factoring", "de", "Factoring-Angebot", [
    ("j_factoring", "2026-01-30 14:00", "Hallo Frau Stadler, sofortige Liquidität durch Factoring! Verkaufen Sie Ihre offenen Rechnungen und erhalten Sie innerhalb von 24 Stunden Ihr Geld. Jetzt unverbindlich anfragen."),
])
c("junk", "generic_drone", "de", "generische Drohnenfotos (Gegenstück zu Amann Luftbild)", [
    ("j_drohne", "2026-01-25 18:00", "Hallo! Spektakuläre Luftaufnahmen für Ihr Marketing - Imagefilme, Immobilien, Events. Jetzt Angebot anfordern!"),
])
c("junk", "generic_supplier", "en", "generic Chinese module manufacturer pitch in English (counterpart of Solarhandel Süd)", [
    ("j_china", "2026-02-08 03:15", "Dear Sir/Madam,\nGood day! This is Lily from Sunrise PV. We are professional manufacturer of solar panels, inverters and batteries with 15 years experience. Best price and high quality, CE certified. Please kindly check our catalogue and tell me your requirement.\nBest regards"),
])
c("junk", "irrelevant_compliance", "de", "CSRD-Berichtspflicht-Pitch für 15-Personen-Betrieb", [
    ("j_csrd", "2026-01-21 09:45", "Hallo Frau Stadler, ist Ihr Unternehmen bereit für die CSRD-Berichtspflicht? Unsere Experten erstellen Ihren Nachhaltigkeitsbericht rechtssicher und effizient. Jetzt kostenloses Erstgespräch vereinbaren."),
])

c("junk", "generic_admin_service", "de", "generische Büro-Assistenz, nennt weder Netzbetreiber noch Anmeldungen (Gegenstück zu Anmeldeprofi)", [
    ("j_office", "2026-02-04 06:30", "Hallo Veronika, ertrinken Sie in Papierkram? Unsere virtuellen Assistentinnen übernehmen Ihre Büroarbeit flexibel ab 29 € pro Stunde. Jetzt kostenloses Kennenlerngespräch buchen!"),
    ("j_office", "2026-02-11 06:30", "Hallo Veronika, nur eine kurze Erinnerung an meine Nachricht von letzter Woche :)"),
])

PROFILE = {
    "First Name": "Veronika", "Last Name": "Stadler",
    "Headline": "Geschäftsführerin Stadler Sonne & Wärme GmbH | PV, Speicher, Wärmepumpen im Landkreis Rosenheim",
    "Summary": "Elektromeisterin, seit 2015 selbstständig. 15 Leute, Photovoltaik auf Häusern und Höfen, Wärmepumpen im Bestand. Ausbildungsbetrieb.",
    "Industry": "Renewables & Environment", "Geo Location": "Stephanskirchen, Bayern, Deutschland",
    "Websites": "[COMPANY:https://stadler-sonne-waerme.example]",
}
POSITIONS = [
    {"Company Name": "Stadler Sonne & Wärme GmbH", "Title": "Geschäftsführerin", "Location": "Stephanskirchen", "Started On": "Sep 2015"},
    {"Company Name": "Elektro Huber & Söhne", "Title": "Elektromeisterin", "Location": "Rosenheim", "Started On": "Mar 2010", "Finished On": "Aug 2015"},
]
SKILLS = ["Photovoltaik", "Wärmepumpen", "Elektrotechnik", "Energiespeicher", "Ausbildung", "Netzanschluss"]

if __name__ == "__main__":
    X.write(Path(__file__).resolve().parents[1] / SLUG, PROFILE, POSITIONS, SKILLS)
    print(X.summary())

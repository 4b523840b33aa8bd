"""Persona de-car-dealership-owner-graz (heldout7, written blind in session 2).

Gerald Pichler, third-generation owner of Autohaus Pichler GmbH in Graz-Liebenau
(brand dealer and workshop for the fictional make Auro, plus used cars).
Austrian German throughout, a little English. Export in the 2026 layout.
Every message below is written by hand for this corpus.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-car-dealership-owner-graz"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Gerald Pichler", "https://www.linkedin.com/in/gerald-pichler-autohaus")
ex = Export(SLUG, "2026", owner)
P, C = ex.person, ex.conv

# ------------------------------------------------------------------ people
# genuine
P("gebiet", "Martina Schöllauer", "Auro Automobile Austria", "Gebietsleiterin Süd", connected="2019-03-12")
P("werkst", "Florian Kainz", "Autohaus Pichler GmbH", "Werkstattleiter", connected="2016-08-01")
P("verk", "Sandra Hofer", "Autohaus Pichler GmbH", "Verkaufsberaterin", connected="2021-02-15")
P("lehrl", "Lukas Gruber", "Autohaus Pichler GmbH", "Lehrling Kfz-Technik", connected="2025-09-02")
P("obmann", "Herbert Lackner", "SV Thondorf 1952", "Obmann", connected="2018-05-05")
P("kunde1", "Elisabeth Wagner", "Steiermärkische Gebietskrankenkasse", "Sachbearbeiterin", connected="2024-06-10")
P("kunde2", "Michael Strobl", "Strobl Elektrotechnik", "Geschäftsführer", connected="2022-10-20")
P("kunde3", "Daniela Posch", "", "Lehrerin")
P("fleet", "Andreas Url", "Pflegedienst Mittelsteiermark", "Leiter Fuhrpark", connected="2025-10-06",
  invite=("IN", "2025-10-05 19:30", "Guten Abend Herr Pichler, ich hätte eine Anfrage zu Firmenfahrzeugen."))
P("journo", "Katharina Reisinger", "Kleine Zeitung", "Redakteurin Wirtschaft")
P("wko", "Dr. Bernhard Zach", "WKO Steiermark", "Geschäftsführer Landesgremium Fahrzeughandel", connected="2017-11-11")
P("htl", "Ingrid Maierhofer", "HTL Graz-Gösting", "Abteilungsvorständin Fahrzeugtechnik")
P("reifen", "Thomas Gsellmann", "Reifen Gsellmann", "Verkaufsleiter", connected="2015-04-22")
P("dms", "Petra Kollmann", "AutoLine DMS Österreich", "Kundenbetreuung", connected="2023-01-30")
P("bank", "Christoph Fink", "Auro Bank Austria", "Händlerbetreuer", connected="2020-07-07")
P("bewerb", "Stefan Radl", "", "Kfz-Techniker")
P("exmit", "Julia Pammer", "", "Kauffrau", connected="2020-01-15")
P("thank1", "Werner Kogler", "", "Pensionist", connected="2025-05-14")
P("thank2", "Renate Kogler", "", "", connected="2025-05-15")
P("thank3", "Samir Hadžić", "Hadžić Bau", "Bauleiter", connected="2025-06-02")
P("kunde_en", "Tom Hargreaves", "AVL List", "Powertrain Engineer")
P("slo", "Matej Kranjc", "Kranjc d.o.o.", "Director")
P("bruder", "Robert Pichler", "Autohaus Pichler GmbH", "Prokurist", connected="2012-01-01")
P("nachbar", "Gernot Url", "Tischlerei Url", "Tischlermeister", connected="2019-09-09")
P("gutacht", "DI Sonja Felber", "Sachverständigenbüro Felber", "Kfz-Sachverständige", connected="2021-04-04")
P("versich", "Markus Pölzl", "Grazer Wechselseitige", "Schadenreferent", connected="2022-03-03")
P("rotary", "Dr. Helga Stadler", "Rotary Club Graz-Süd", "Präsidentin", connected="2018-10-10")

# wanted pitches
P("w_foto", "Clemens Aigner", "Aigner Fahrzeugfotografie", "Fotograf")
P("w_ladeg", "Verena Moser", "Voltwerk Ladetechnik", "Projektleiterin Gewerbe")
P("w_hv", "Ing. Peter Schaffer", "HV-Akademie Süd", "Trainer Hochvolt")
P("w_radio", "Nina Rauch", "Antenne Süd Werbung", "Kundenberaterin")
P("w_pv", "Alexander Krenn", "Sonnwerk PV", "Gewerbekunden Steiermark")
P("w_ci", "Mag. Sabine Url-Mayr", "Retail Design Graz", "Architektin, Schwerpunkt Autohaus-CI")
P("w_tool", "Harald Weiß", "Werkzeug Weiß", "Außendienst")
P("w_reifenhotel", "Jonas Pirker", "RimStore Software", "Gründer")
P("w_gw", "Birgit Hammer", "Gebrauchtwagen-Aufbereitung Hammer", "Inhaberin")
P("w_lehr", "Mario Fuchs", "Lehrlingsmarketing Steiermark", "Berater")
P("w_kfz_anw", "Mag. Dominik Rath", "Kanzlei Rath", "Rechtsanwalt, Kfz-Handelsrecht")
P("w_reinigung", "Oksana Bilyk", "Glanzwerk Gebäudereinigung", "Verkauf")

# junk
P("j_t1", "Kevin Leitgeb", "AutoLeads Pro", "Head of Growth")
P("j_t2", "Nadine Fritsch", "DealerBoost Marketing", "Account Managerin")
P("j_t3", "Patrick Sommer", "MotorFunnel", "Geschäftsführer")
P("j_t4", "Yvonne Kraus", "Leadwerk Digital", "Sales")
P("j_tiktok", "Dominik Haas", "Reelmotion Agentur", "Social Media Stratege",
  connected="2025-04-07", invite=("IN", "2025-04-06 20:15", ""))
P("j_ads", "Lisa Brenner", "Klickstark Online Marketing", "Google Ads Expertin")
P("j_crm", "Jakob Meier", "CarCRM Cloud", "Account Executive DACH")
P("j_fin", "Stefanie Lutz", "Factorio Finanz", "Finanzierungsberaterin")
P("j_crypto", "Max Winter", "Krypto Elite Netzwerk", "Investor")
P("j_award", "Redaktion Top-Autohaus", "Top Autohaus Award DACH", "Jury-Büro")
P("j_mag", "Sven Otto", "Wirtschaftsmagazin Erfolgsköpfe", "Anzeigenleitung")
P("j_recr", "Melanie Vogt", "PersonalPlus Zeitarbeit", "Recruiterin")
P("j_merge1", "Tobias Lang", "Autohaus-Marketing24", "Vertrieb")
P("j_merge2", "Anna Kern", "SmartLeasing Partner", "Business Development")
P("j_merge3", "Ralf Dietz", "Dietz Consulting", "Unternehmensberater")
P("j_merge4", "Olga Sidorova", "Webflow Masters", "Sales")
P("j_like", "Manuel Ebner", "Ebner Holding", "Unternehmer | Investor | Speaker",
  connected="2025-10-13", invite=("IN", "2025-10-12 22:01", "Hallo Gerald, gleichgesinnte Unternehmer sollten sich vernetzen!"))
P("j_call", "Bernd Schuster", "Schuster Sales Academy", "Verkaufstrainer")
P("j_ctp", "Carina Lechner", "Lechner Energieberatung", "Energieberaterin",
  connected="2025-02-17", invite=("IN", "2025-02-16 18:30", ""))
P("j_ctp2", "Philipp Zangl", "Zangl Vermögensberatung", "Vermögensberater",
  connected="2025-11-03", invite=("IN", "2025-11-02 09:12", "Servus Gerald, würde mich freuen!"))
P("j_bump", "Jennifer Wolf", "ReviewRocket", "Customer Success")
P("j_wash", "Dragan Petrović", "CleanCar Chemie", "Vertrieb Südosteuropa")
P("j_spam1", "Lucky Winner Team", "Global Auto Lotto", "Support")
P("j_spam2", "Emma Schneider", "Schneider Investments", "Beraterin")
P("j_spam3", "Erik Holm", "Nordic Car Import", "Export")
P("j_en", "Ryan Cole", "DealerAI", "Founder & CEO")
P("j_en2", "Priya Shah", "OffshoreBPO Solutions", "Business Development")
P("j_mlm", "Sabrina Koch", "VitaLife Team", "Teampartnerin",
  connected="2025-07-21", invite=("IN", "2025-07-20 21:40", ""))
P("j_drohne", "Fabian Roth", "SkyView Drohnenvideos", "Pilot")
P("j_seo", "Timo Berger", "RankHoch", "SEO-Berater")
P("j_infl", "Leonie Sattler", "", "Content Creator | 48k Follower")
P("j_fb", "Kristina Novak", "Finanzkarriere Österreich", "Karriere-Coach")
P("j_pod", "Oliver Kranz", "Mittelstand Mikrofon Podcast", "Host")
P("j_exp", "Aleksandar Ilić", "EuroCar Export Broker", "Einkauf")
P("j_fleet", "Marco Bianchi", "TrackFleet Telematics", "Sales Manager DACH")
P("sp_tele", "TrackFleet", "", "", url="https://www.linkedin.com/company/trackfleet")
P("schulung", "Karin Weninger", "Auro Academy Austria", "Trainingskoordination", connected="2020-02-02")
P("sp_lade", "ChargeNow Business", "", "", url="https://www.linkedin.com/company/chargenow-business")
P("sp_leasing", "FlexiLease Österreich", "", "", url="https://www.linkedin.com/company/flexilease-oesterreich")

# ------------------------------------------------------------------ genuine
C("genuine", "manufacturer_regional_manager", "de", "Gebietsleiterin about targets and a dealer meeting", [
    ("gebiet", "2025-09-15 08:40", "Servus Gerald, kurz vorab zum Händlermeeting am 2. Oktober in Wien: Wir würden gern euer Zulassungsziel für Q4 besprechen, ihr liegt bei den E-Modellen 14 % unter Plan. Keine Panik, aber bring bitte eure Lagerliste mit. Außerdem gibt's die neuen Vorführwagen-Konditionen."),
    ("me", "2025-09-15 09:20", "Servus Martina, danke für die Vorwarnung. Wir haben im September schon 6 Auro E-Cross ausgeliefert, das sieht im System noch nicht gut aus, weil die Zulassungen erst diese Woche durchgehen. Bring ich alles mit."),
    ("gebiet", "2025-09-15 09:25", "Passt, bis dann!"),
])
C("genuine", "staff", "de", "Werkstattleiter about a broken lift and customer backlog", [
    ("werkst", "2026-01-12 07:05", "Chef, Hebebühne 3 ist wieder kaputt, Hydraulik. Techniker von Maha kommt erst Donnerstag. Wir müssen 4 Pickerl-Termine verschieben, soll Sandra die Kunden anrufen?"),
    ("me", "2026-01-12 07:20", "Ja bitte, und jedem einen Gratis-Ersatzwagen anbieten, falls er einen braucht. Ich ruf bei Maha an, ob's schneller geht."),
])
C("genuine", "staff", "de", "Verkäuferin about a customer discount request", [
    ("verk", "2025-06-03 16:50", "Hallo Gerald, der Herr Strobl will beim Auro Vento Kombi 8 % plus Winterräder gratis, mit Eintausch von seinem alten Caddy. Ich bin bei 6 %. Darf ich auf 7 gehen, wenn er heute unterschreibt?"),
    ("me", "2025-06-03 17:05", "7 % ja, Winterräder zum Einkaufspreis. Er ist ein guter Firmenkunde."),
    ("verk", "2025-06-03 18:30", "Unterschrieben! 🎉"),
])
C("genuine", "staff_apprentice", "de", "Lehrling asks about a day off for Berufsschule exam", [
    ("lehrl", "2025-11-18 19:30", "Hallo Herr Pichler, entschuldigen Sie die Nachricht hier. Ich hab am 27. die Teilprüfung in der Berufsschule und wollte fragen ob ich am 26. frei haben kann zum Lernen? Florian hat gesagt ich soll Sie fragen."),
    ("me", "2025-11-18 20:05", "Hallo Lukas, passt, nimm dir den Tag. Viel Erfolg!"),
])
C("genuine", "sponsorship_club", "de", "football club chairman about renewing the shirt sponsorship - talks money", [
    ("obmann", "2025-05-20 10:00", "Lieber Gerald, die Saison ist fast vorbei und wir sind tatsächlich in die Oberliga aufgestiegen! Der Vorstand würde den Trikotsponsor-Vertrag gern um zwei Jahre verlängern. Wegen der höheren Liga steigen die Kosten für Dressen und Fahrten, wir würden über 6.500 statt 5.000 Euro pro Saison reden. Hast du nächste Woche Zeit auf einen Kaffee?"),
    ("me", "2025-05-20 12:30", "Herbert, gratuliere euch allen! Natürlich verlängern wir. Über den Betrag reden wir beim Kaffee, Dienstag 9 Uhr bei mir im Schauraum?"),
    ("obmann", "2025-05-20 12:45", "Dienstag 9 Uhr passt. Danke dir!"),
])
C("genuine", "sponsorship_club", "de", "club invites him to the season finale", [
    ("obmann", "2025-06-10 18:00", "Gerald, am Samstag ist Saisonabschluss am Sportplatz ab 16 Uhr, mit Grillen. Die Burschen würden sich freuen, wenn du kurz ein paar Worte sagst als Sponsor. Familie gern mitbringen!"),
    ("me", "2025-06-10 18:40", "Wir kommen gern!"),
])
C("genuine", "customer_repair", "de", "customer asks about a repair quote, attachment of damage photo", [
    ("kunde1", "2025-08-04 13:15", "Grüß Gott Herr Pichler, mir ist beim Einparken jemand in die hintere Tür gefahren (Auro Lumo, Bj. 2021). Foto anbei. Können Sie mir einen Kostenvoranschlag machen? Die Versicherung des anderen zahlt."),
    ("me", "2025-08-04 14:00", "Grüß Gott Frau Wagner, das tut mir leid. Kommen Sie am besten morgen zwischen 7 und 9 vorbei, Herr Kainz schaut sich das an und wir schicken den KV direkt an die Versicherung."),
], attachments={0: "https://www.linkedin.com/dms/prv/image/tuer-hinten-links.jpg"})
C("genuine", "customer_purchase", "de", "inbound lead wants to buy, asks for price and financing", [
    ("kunde3", "2025-03-11 20:10", "Hallo Herr Pichler, ich bin Lehrerin aus Raaba und suche einen gebrauchten Kombi für die Familie, max. 18.000 Euro. Ihr Auro Vento auf willhaben (Inserat mit dem grauen Kombi, 62.000 km) gefällt mir sehr. Ist der noch da? Und geht eine Finanzierung über 48 Monate?"),
    ("me", "2025-03-11 20:45", "Guten Abend Frau Posch, ja, der Vento ist noch da. Finanzierung über 48 Monate ist kein Problem, ich rechne Ihnen gern zwei Varianten durch. Wann möchten Sie zur Probefahrt kommen?"),
    ("kunde3", "2025-03-12 07:10", "Samstag Vormittag, geht das?"),
    ("me", "2025-03-12 07:30", "Samstag 10 Uhr, ich reserviere ihn bis dahin."),
])
C("genuine", "fleet_lead", "de", "fleet manager wants to buy 12 vehicles - inbound lead, talks offers and a call", [
    ("fleet", "2025-10-06 11:00", "Sehr geehrter Herr Pichler, wir sind ein mobiler Pflegedienst mit 140 Mitarbeiterinnen und müssen bis Frühjahr 12 Kleinwagen ersetzen, bevorzugt elektrisch. Ein Kollege hat Ihr Haus empfohlen. Könnten Sie uns ein Angebot inkl. Service-Paket legen? Ein kurzes Telefonat diese Woche wäre ideal."),
    ("me", "2025-10-06 11:40", "Sehr geehrter Herr Url, vielen Dank für die Anfrage. Ich rufe Sie morgen um 10 Uhr an, wenn's recht ist, dann klären wir Kilometerleistung und Ladesituation bei Ihnen im Betrieb."),
    ("fleet", "2025-10-06 12:00", "Morgen 10 Uhr passt."),
])
C("genuine", "journalist", "de", "journalist asks about EV sales slump", [
    ("journo", "2025-02-04 15:20", "Sehr geehrter Herr Pichler, ich schreibe für die Kleine Zeitung über die Lage im steirischen Autohandel nach dem Ende der E-Auto-Förderung. Hätten Sie morgen 15 Minuten für ein Telefonat? Gern auch mit Foto im Schauraum."),
    ("me", "2025-02-04 16:00", "Gern, morgen ab 14 Uhr bin ich erreichbar."),
])
C("genuine", "association_invitation", "de", "WKO Gremium invites him to speak", [
    ("wko", "2025-04-14 09:00", "Lieber Herr Pichler, beim Branchentreff des Fahrzeughandels am 22. Mai würden wir gern einen Familienbetrieb zum Thema Nachfolge zu Wort kommen lassen. Sie sind in dritter Generation - wären Sie für ein 10-minütiges Impulsstatement zu haben?"),
    ("me", "2025-04-14 10:30", "Lieber Herr Dr. Zach, sehr gerne. Vielleicht nehme ich meine Tochter mit, die steigt gerade ein."),
])
C("genuine", "school_request", "de", "HTL asks for internships and a workshop visit", [
    ("htl", "2025-01-22 10:15", "Sehr geehrter Herr Pichler, unsere 4. Jahrgänge Fahrzeugtechnik suchen Pflichtpraktikumsplätze für Juli/August. Hätten Sie 1-2 Plätze? Und wäre eine Werkstattführung im März möglich?"),
    ("me", "2025-01-22 11:00", "Sehr geehrte Frau Maierhofer, zwei Praktikumsplätze ja, Führung auch. Bitte Terminvorschläge an unser Büro."),
])
C("genuine", "existing_vendor", "de", "tyre supplier about an existing winter-tyre order delay", [
    ("reifen", "2025-10-08 14:00", "Servus Gerald, Info zu eurer Winterreifen-Bestellung: 60 Stück 205/55 R16 kommen erst KW 44 statt KW 42, Lieferant in Slowenien hängt. Die restlichen Dimensionen kommen pünktlich. Sorry!"),
    ("me", "2025-10-08 14:20", "Ärgerlich, aber danke fürs Bescheidsagen. Bitte die 205er dann direkt ins Reifenhotel liefern."),
])
C("genuine", "existing_vendor", "de", "DMS vendor about a scheduled update of the existing system", [
    ("dms", "2025-07-01 09:00", "Guten Morgen Herr Pichler, am Samstag 12. Juli zwischen 18 und 22 Uhr spielen wir das Update 11.4 für Ihr AutoLine-System ein. Bitte informieren Sie Ihr Team, dass in dieser Zeit keine Auftragserfassung möglich ist."),
    ("me", "2025-07-01 09:30", "Danke, ist notiert."),
])
C("genuine", "bank_partner", "de", "manufacturer bank about an existing financing contract - mentions financing but genuine", [
    ("bank", "2025-12-02 10:00", "Hallo Herr Pichler, beim Finanzierungsvertrag der Frau Posch (Vento Kombi) fehlt noch die unterschriebene SEPA-Lastschrift. Könnten Sie die bis Freitag nachreichen? Sonst kann ich den Vertrag nicht aktivieren."),
    ("me", "2025-12-02 10:30", "Mach ich, Sandra schickt sie heute noch."),
])
C("genuine", "job_applicant", "de", "mechanic applies for a job", [
    ("bewerb", "2025-08-18 21:00", "Guten Abend Herr Pichler, ich habe gesehen, dass Sie einen Kfz-Techniker mit Hochvolt-Ausbildung suchen. Ich arbeite seit 6 Jahren in einer Werkstatt in Leibnitz und habe die HV2-Schulung. Darf ich Ihnen meine Unterlagen schicken?"),
    ("me", "2025-08-19 07:15", "Guten Morgen Herr Radl, sehr gern an office@autohaus-pichler.at, z.H. Florian Kainz. Wir melden uns diese Woche."),
])
C("genuine", "former_employee", "de", "former employee asks for a reference", [
    ("exmit", "2025-03-03 12:00", "Hallo Gerald, lange nicht gehört! Ich bewerbe mich gerade bei der Stadt Graz und die wollen ein Dienstzeugnis mit Referenz. Dürfte ich dich als Ansprechpartner angeben?"),
    ("me", "2025-03-03 12:40", "Hallo Julia, natürlich, sehr gerne. Alles Gute!"),
])
C("genuine", "thanks", "de", "customer thanks after car handover (near-duplicate 1)", [
    ("thank1", "2025-05-15 18:00", "Lieber Herr Pichler, vielen Dank für die nette Übergabe unseres neuen Lumo! Wir fühlen uns bei Ihnen seit 30 Jahren gut aufgehoben."),
])
C("genuine", "thanks", "de", "customer's wife sends a near-identical thank-you (near-duplicate 2)", [
    ("thank2", "2025-05-15 19:10", "Lieber Herr Pichler, vielen Dank für die nette Übergabe unseres neuen Lumo! Wir fühlen uns bei Ihnen seit vielen Jahren gut aufgehoben. Liebe Grüße auch an Frau Hofer!"),
    ("me", "2025-05-16 08:00", "Liebe Frau Kogler, danke, das freut uns sehr! Gute Fahrt!"),
])
C("genuine", "thanks", "de", "another customer thank-you (near-duplicate 3)", [
    ("thank3", "2025-06-03 17:00", "Servus Herr Pichler, danke für die schnelle Übergabe vom Transporter, passt alles perfekt. Wir fühlen uns bei Ihnen gut aufgehoben!"),
])
C("genuine", "customer_in_spam", "en", "genuine Slovenian buyer in SPAM, asks about price and export papers", [
    ("slo", "2025-09-29 06:50", "Hello Mr Pichler, I am a small company owner from Maribor. I am interested in the used Auro Transit van (2022, white) on your website. What is the net price for export to Slovenia and can you prepare the COC and export plates? I can come on Friday with cash transfer."),
], folder="SPAM")
C("genuine", "family", "de", "brother and co-manager about a family matter and the business", [
    ("bruder", "2025-12-20 22:10", "Gerald, Mama fragt wegen Weihnachten, ob wir heuer bei dir feiern. Und: vergiss nicht, die Jahresprämien fürs Team müssen bis 23. überwiesen sein."),
    ("me", "2025-12-20 22:30", "Ja, bei uns. Prämien sind schon freigegeben. 👍"),
])
C("genuine", "neighbour", "de", "local carpenter asks for a quick favour", [
    ("nachbar", "2025-04-02 07:00", "Servus Gerald, mein Sprinter macht so ein Klackern vorn links. Könnte Florian heute kurz draufschauen? Ich brauch ihn morgen für eine Montage in Weiz."),
    ("me", "2025-04-02 07:15", "Komm um 10 vorbei, ich sag's ihm."),
])
C("genuine", "expert_appraiser", "de", "appraiser about an accident car valuation", [
    ("gutacht", "2025-08-06 11:00", "Hallo Herr Pichler, das Gutachten zum Lumo von Frau Wagner ist fertig: Reparaturkosten 3.240 Euro netto, kein Totalschaden. Ich schicke es an die Versicherung, Kopie an Sie."),
    ("me", "2025-08-06 11:10", "Danke, dann bestellen wir die Tür gleich."),
])
C("genuine", "insurer_claim", "de", "insurance case handler about a claim payment", [
    ("versich", "2025-08-20 09:30", "Sehr geehrter Herr Pichler, die Reparaturrechnung zum Schadensfall 4471-25 wurde freigegeben, Zahlung erfolgt diese Woche direkt an Ihr Haus."),
])
C("genuine", "rotary_invite", "de", "Rotary president invites him to a charity event", [
    ("rotary", "2025-10-20 17:45", "Lieber Gerald, unser Benefiz-Punschstand am Jakominiplatz sucht noch jemanden, der uns wieder den Transporter für Aufbau und Abbau leiht. Und natürlich bist du herzlich zum Ausschenken eingeladen! 5.-7. Dezember."),
    ("me", "2025-10-20 18:30", "Transporter gehört euch. Ausschenken am Samstag, gern!"),
])
C("genuine", "owner_outreach", "de", "owner contacts a former customer about a recall (owner-started)", [
    ("me", "2025-02-24 09:00", "Grüß Gott Herr Strobl, für Ihren Caddy bzw. jetzt den Vento gibt es eine Rückrufaktion zur Software des Bremsassistenten. Dauert ca. 40 Minuten, ist kostenlos. Wann passt es Ihnen?"),
    ("kunde2", "2025-02-24 11:15", "Danke für die Info! Donnerstag früh bring ich ihn vorbei."),
])
C("genuine", "owner_outreach", "de", "owner asks the manufacturer for demo-car support (owner-started)", [
    ("me", "2026-02-09 08:30", "Hallo Martina, wir haben am 14. März den Frühlings-Tag der offenen Tür. Könnt ihr uns den neuen Auro E-Cross GT als Vorführer für das Wochenende zur Verfügung stellen?"),
    ("gebiet", "2026-02-09 13:00", "Hallo Gerald, ich schau, was geht. Ein GT ist für Graz eingeplant, ich reservier ihn für euch."),
    ("me", "2026-02-09 13:20", "Super, danke!"),
])
C("genuine", "customer_repair", "de", "Pickerl appointment and question about costs", [
    ("kunde2", "2025-11-04 16:30", "Hallo Herr Pichler, bei meinem Transporter ist das Pickerl im Dezember fällig. Was kostet die §57a-Überprüfung mit Service bei euch? Und gibt's noch Termine vor Weihnachten?"),
    ("me", "2025-11-04 17:00", "Hallo Herr Strobl, Pickerl plus großes Service liegt beim Transporter bei ca. 480 Euro, je nach Verschleißteilen. Termine gibt's noch am 9. und 11. Dezember."),
    ("kunde2", "2025-11-04 17:05", "Nehm den 9. Danke!"),
])
C("genuine", "staff", "de", "staff group chat about the open day", [
    ("verk", "2026-03-02 12:00", "Fürs Frühlingsfest: Ich hab Würstel und Getränke beim Spar bestellt, Hüpfburg kommt von der Feuerwehr. Braucht noch wer was?"),
    ("werkst", "2026-03-02 12:15", "Ich brauch zwei Lehrlinge für Reifenwechsel-Demo."),
    ("me", "2026-03-02 12:30", "Lukas und Elias sind eingeteilt. Danke euch!"),
], title="Team Frühlingsfest", extra=["lehrl", "bruder"])
C("genuine", "congrats", "de", "manufacturer congratulates on service award (not paid)", [
    ("gebiet", "2025-11-27 15:00", "Gerald, gratuliere! Ihr seid bei der Kundenzufriedenheitsumfrage bester Servicebetrieb Region Süd. Die Urkunde bring ich beim nächsten Besuch mit."),
    ("me", "2025-11-27 15:20", "Wahnsinn, danke! Das geht ans Werkstatt-Team."),
])
C("genuine", "customer_complaint", "de", "customer complains about a repair invoice - talks price, genuine", [
    ("kunde1", "2025-08-29 10:00", "Herr Pichler, ich habe die Rechnung bekommen und da steht zusätzlich eine Leihwagenpauschale von 90 Euro drauf, obwohl mir der Wagen gratis angeboten wurde. Können Sie das bitte prüfen?"),
    ("me", "2025-08-29 10:40", "Frau Wagner, Sie haben völlig recht, das ist ein Fehler. Wir schicken Ihnen eine korrigierte Rechnung, entschuldigen Sie bitte."),
])
C("genuine", "english_customer", "en", "English-speaking expat customer wants a test drive", [
    ("kunde_en", "2025-07-07 18:20", "Hi Gerald, I'm a British engineer who just moved to Graz for AVL. Looking to buy or lease an electric estate - your E-Cross Touring looks right. Do your salespeople speak English? Would love a test drive next week."),
    ("me", "2025-07-07 19:00", "Hi Tom, welcome to Graz! Yes, Sandra Hofer speaks excellent English. I'll ask her to get in touch tomorrow to book the test drive."),
])
C("genuine", "staff", "de", "saleswoman shares a customer referral, short", [
    ("verk", "2025-09-09 08:05", "FYI: Der Pflegedienst-Chef hat vom Herrn Url (Tischlerei) von uns gehört. Lieben Dank an deinen Nachbarn 😄"),
])

C("genuine", "manufacturer_training", "de", "manufacturer academy about mandatory training for staff", [
    ("schulung", "2025-12-15 10:00", "Sehr geehrter Herr Pichler, für die Markteinführung des Auro E-Cross GT ist die Produktschulung für alle Verkaufsberater verpflichtend. Termine: 20. oder 21. Jänner in Wien. Bitte melden Sie Ihre Teilnehmer bis 9. Jänner an."),
    ("me", "2025-12-15 10:45", "Danke, Frau Hofer und Herr Pichler (Robert) kommen am 20."),
])
C("genuine", "english_customer_followup", "mixed", "expat customer writes half German half English after purchase, archived", [
    ("kunde_en", "2025-08-28 17:40", "Servus Gerald! Quick update: der E-Cross läuft super, but the app keeps asking me for a 'Freischaltcode'. Sandra said you'd know. Danke!"),
    ("me", "2025-08-28 18:10", "Servus Tom! Der Code steht im Übergabeprotokoll, Seite 2 - otherwise come by and we activate it in 5 minutes."),
], folder="ARCHIVE")

# ------------------------------------------------------------------ wanted pitches
C("wanted_pitch", "used_car_photography", "de", "photographer noticed dark photos in his willhaben listings", [
    ("w_foto", "2025-03-25 10:00", "Grüß Gott Herr Pichler, ich habe mir Ihre 38 Gebrauchtwagen-Inserate auf willhaben angeschaut: gute Autos, aber viele Fotos sind im Winter am Hof bei Gegenlicht entstanden und wirken dunkel. Ich fotografiere für drei Grazer Händler mit mobilem Lichtzelt direkt bei Ihnen vor Ort, 25 Euro pro Fahrzeug inkl. 20 Bilder. Ich mache Ihnen gern fünf Autos gratis zum Vergleich."),
    ("me", "2025-03-25 11:10", "Interessant. Kommen Sie nächsten Mittwoch vorbei, dann probieren wir's."),
])
C("wanted_pitch", "ev_charging", "de", "charging installer read about his showroom extension", [
    ("w_ladeg", "2025-06-17 14:30", "Sehr geehrter Herr Pichler, in der Kleinen Zeitung habe ich gelesen, dass Sie den Schauraum in Liebenau erweitern und ab 2026 mehr Elektro-Vorführwagen anbieten. Bei einem Umbau ist der ideale Zeitpunkt für Ladeinfrastruktur: Wir haben bereits zwei Autohäuser in der Steiermark mit 22-kW-Ladepunkten plus einem DC-Lader ausgestattet und kennen die Auro-Vorgaben für die Händler-Ladeinfrastruktur. Darf ich Ihnen ein Referenzprojekt zeigen?"),
])
C("wanted_pitch", "hv_training", "de", "HV trainer refers to his job ad for HV technicians", [
    ("w_hv", "2025-08-25 09:15", "Hallo Herr Pichler, ich sehe, Sie suchen seit Wochen einen Kfz-Techniker mit Hochvolt-Qualifikation. Alternativ schulen wir Ihre eigenen Mitarbeiter: HV2 in vier Tagen bei Ihnen in der Werkstatt, gefördert über die SFG. Bei 3 Teilnehmern sind Sie mit Förderung bei ca. 1.100 Euro pro Person."),
    ("me", "2025-08-25 10:00", "Das klingt vernünftig. Schicken Sie mir bitte Termine für Oktober."),
])
C("wanted_pitch", "radio_anniversary", "de", "radio ad sales picks up his 60-year anniversary", [
    ("w_radio", "2025-01-28 11:00", "Lieber Herr Pichler, 2026 feiert das Autohaus Pichler 60 Jahre - gratuliere schon jetzt! Für Jubiläen machen wir gern eine kleine Reportage-Serie ('Drei Generationen Pichler') mit Spots im Großraum Graz. Die Bäckerei Kern hat das letztes Jahr gemacht, das Feedback war sehr gut. Hätten Sie Lust, das im Herbst zu besprechen?"),
])
C("wanted_pitch", "solar_workshop_roof", "de", "PV company noticed his new workshop hall roof", [
    ("w_pv", "2025-05-06 13:40", "Grüß Gott Herr Pichler, wir haben gesehen, dass Ihre neue Werkstatthalle (Baustelle an der Liebenauer Hauptstraße) fast fertig ist. Mit ca. 900 m² Flachdach und Ihren Ladepunkten wäre eine 150-kWp-Anlage wirtschaftlich sehr interessant, tagsüber verbrauchen Sie den Strom ja fast komplett selbst. Wir würden Ihnen eine kostenlose Ertragsrechnung erstellen."),
])
C("wanted_pitch", "ci_renovation", "de", "architect knows the manufacturer's 2026 CI deadline", [
    ("w_ci", "2025-09-30 16:00", "Sehr geehrter Herr Pichler, wie Sie wissen, müssen alle Auro-Händler die neue Corporate Identity bis Ende 2026 umsetzen. Wir haben die CI-Umbauten für die Auro-Betriebe in Klagenfurt und Leoben geplant und kennen die Abnahmekriterien des Importeurs. Gerne zeige ich Ihnen, wie wir dort die Kosten um rund 20 % unter der Importeursschätzung gehalten haben."),
    ("me", "2025-09-30 17:30", "Das Thema liegt tatsächlich auf meinem Tisch. Rufen Sie mich nächste Woche an."),
])
C("wanted_pitch", "workshop_tools", "de", "tool rep refers to his new HV workshop bays", [
    ("w_tool", "2025-10-14 08:00", "Servus Herr Pichler, Florian Kainz hat mir erzählt, dass ihr zwei HV-Arbeitsplätze einrichtet. Für die Auro-Akkus braucht ihr einen Hubtisch mit 800 kg; wir hätten ein Vorführgerät, das ich euch zwei Wochen zum Testen hinstellen kann."),
])
C("wanted_pitch", "tyre_hotel_software", "de", "software founder references his tyre-storage service", [
    ("w_reifenhotel", "2025-09-02 12:00", "Hallo Herr Pichler, auf Ihrer Website bewerben Sie das Reifenhotel mit 1.200 Stellplätzen. Ich habe eine kleine Software gebaut, die Einlagerung per QR-Code erfasst und Kunden automatisch an den Wechseltermin erinnert, mit Schnittstelle zu AutoLine. Zwei Betriebe in der Oststeiermark nutzen sie. Darf ich Ihnen in 20 Minuten zeigen, wie das aussieht?"),
])
C("wanted_pitch", "car_detailing", "de", "detailer noticed his used-car stock and offers preparation", [
    ("w_gw", "2025-04-22 10:30", "Grüß Gott Herr Pichler, ich bin Fahrzeugaufbereiterin in Raaba, 5 Minuten von Ihnen. Ich hab gesehen, dass Sie viele Leasingrückläufer im Gebrauchtwagenbestand haben. Ich bereite die Autos bei Ihnen am Hof auf (Innenraum, Politur, Geruch), Fixpreis 180 Euro pro Fahrzeug. Referenz: Autohaus Trummer in Gleisdorf."),
])
C("wanted_pitch", "apprentice_marketing", "de", "apprentice recruiting adviser references his unfilled apprenticeship", [
    ("w_lehr", "2025-06-24 15:00", "Hallo Herr Pichler, Ihre Lehrstelle Kfz-Technik steht seit März beim AMS drin. Wir machen für steirische Betriebe kurze Videos mit den eigenen Lehrlingen, die wir an Schulen und auf Instagram ausspielen. Beim Autohaus in Weiz haben sich dadurch 9 Jugendliche beworben. Interesse an einem Beispielvideo?"),
])
C("wanted_pitch", "legal_agency_contract", "de", "lawyer addresses the new agency-agreement model of his make", [
    ("w_kfz_anw", "2025-11-11 09:00", "Sehr geehrter Herr Pichler, Auro Automobile Austria stellt 2026 auf das Agenturmodell um - die neuen Verträge werden gerade an die Händler verschickt. Ich habe bereits sechs steirische Händler bei der Prüfung begleitet, insbesondere zu Provisionen und Ausgleichsanspruch. Ein erstes Gespräch ist kostenlos."),
])
C("wanted_pitch", "cleaning_showroom", "de", "cleaning firm mentions his showroom glass front", [
    ("w_reinigung", "2025-02-12 13:00", "Guten Tag Herr Pichler, ich fahre täglich an Ihrem Schauraum vorbei - die große Glasfront ist wirklich schön, aber nach dem Streusalz-Winter sieht man jeden Spritzer. Wir reinigen Glasfassaden mit Reinwasser-System ohne Hebebühne, für Ihre Front wären das ca. 240 Euro pro Reinigung. Gern mache ich eine Probe."),
])

# ------------------------------------------------------------------ junk
TEMPLATE = [
    ("j_t1", "2025-02-03 07:10", "Sehr geehrter Herr Pichler,\n\nich bin auf das Autohaus Pichler aufmerksam geworden und wollte kurz nachfragen: Wie viele qualifizierte Probefahrt-Anfragen bekommen Sie aktuell pro Monat?\n\nWir helfen Autohäusern in Österreich, mit unserem bewährten System 30-50 zusätzliche Anfragen pro Monat zu generieren - ohne Vorabkosten.\n\nHätten Sie diese Woche 15 Minuten für ein kurzes Gespräch?"),
    ("j_t2", "2025-04-14 07:45", "Hallo Herr Pichler,\n\nich bin auf das Autohaus Pichler GmbH gestoßen und wollte kurz nachfragen: Wie viele qualifizierte Kaufanfragen erhalten Sie derzeit monatlich?\n\nWir unterstützen Autohäuser in der Steiermark dabei, mit unserem bewährten System 40+ zusätzliche Anfragen pro Monat zu gewinnen - komplett ohne Risiko.\n\nHätten Sie nächste Woche 15 Minuten für ein kurzes Telefonat?"),
    ("j_t3", "2025-07-07 06:30", "Servus Gerald,\n\nbin auf dein Autohaus aufmerksam geworden und wollte kurz nachfragen: Wie viele qualifizierte Probefahrt-Anfragen bekommt ihr aktuell im Monat?\n\nWir helfen Autohäusern im DACH-Raum, mit unserem bewährten System 30-60 zusätzliche Anfragen im Monat zu generieren - ohne Fixkosten.\n\nHast du diese Woche 15 Minuten Zeit?"),
    ("j_t4", "2025-10-20 07:20", "Sehr geehrter Herr Pichler,\n\nich bin auf Ihr Autohaus aufmerksam geworden und wollte nachfragen: Wie viele qualifizierte Leasing-Anfragen bekommen Sie aktuell pro Monat?\n\nWir helfen Autohäusern in Österreich, mit unserem bewährten System 35-50 zusätzliche Anfragen monatlich zu generieren - ohne Vorabkosten.\n\nHätten Sie in den nächsten Tagen 15 Minuten für ein kurzes Gespräch?"),
]
for index, message in enumerate(TEMPLATE, 1):
    C("junk", "lead_gen_template", "de", f"lead-gen template, sender {index} of 4", [message])

C("junk", "social_media_connect_pitch", "de", "TikTok agency connect-then-pitch naming the dealership", [
    ("j_tiktok", "2025-04-07 09:00", "Hey Gerald, danke fürs Vernetzen! Coole Bilder von eurem Schauraum 🔥"),
    ("j_tiktok", "2025-04-09 09:30", "Kurze Frage: Habt ihr beim Autohaus Pichler schon mal über TikTok nachgedacht? Wir machen Autohäuser viral - 100k Views in 30 Tagen garantiert. Call diese Woche?"),
    ("j_tiktok", "2025-04-16 10:00", "Push 🙂"),
])
C("junk", "google_ads", "de", "Google Ads pitch, generic", [
    ("j_ads", "2025-05-12 11:00", "Hallo Herr Pichler, wussten Sie, dass 87 % aller Autokäufer online recherchieren? Mit professionell betreuten Google-Ads-Kampagnen holen Sie das Maximum aus Ihrem Budget. Kostenloser Account-Check gefällig?"),
])
C("junk", "crm_software", "de", "CRM software pitch naming the dealership, with bumps", [
    ("j_crm", "2025-08-26 10:00", "Hallo Herr Pichler, wie managt das Autohaus Pichler aktuell seine Leads? Mit CarCRM Cloud verpasst Ihr Verkaufsteam keine Anfrage mehr - automatisches Follow-up, WhatsApp-Integration, Dashboards. Händler steigern ihre Abschlussquote im Schnitt um 23 %. Darf ich Ihnen eine Demo zeigen?"),
    ("j_crm", "2025-09-02 10:00", "Hallo Herr Pichler, ich wollte meine Nachricht nochmal nach oben holen. Passt Ihnen Donnerstag?"),
    ("j_crm", "2025-09-12 10:00", "Herr Pichler, ich nehme an, das Thema hat gerade keine Priorität. Soll ich mich im nächsten Quartal nochmal melden?"),
])
C("junk", "factoring", "de", "factoring/financing pitch", [
    ("j_fin", "2025-03-18 14:00", "Sehr geehrter Herr Pichler, Liquiditätsengpässe im Fahrzeughandel? Mit unserem Factoring erhalten Sie Ihr Geld innerhalb von 24 Stunden. Keine Bonitätsprüfung, keine versteckten Kosten. Wann darf ich Sie anrufen?"),
])
C("junk", "crypto", "de", "crypto scheme, in SPAM", [
    ("j_crypto", "2025-06-30 23:10", "Hallo Gerald, als Unternehmer weißt du: Geld muss arbeiten. Unser Krypto-Netzwerk erzielt 12 % monatlich. Nur noch 3 Plätze frei. Interesse?"),
], folder="SPAM")
C("junk", "paid_award", "de", "paid 'Top Autohaus' award", [
    ("j_award", "2025-09-22 08:00", "Sehr geehrter Herr Pichler, herzlichen Glückwunsch! Das Autohaus Pichler GmbH wurde von unserer Jury als 'Top Autohaus 2025' ausgewählt. Das Siegelpaket (Urkunde, Siegel für Website und Schaufenster, Pressemitteilung) erhalten Sie für eine einmalige Lizenzgebühr von 1.290 Euro zzgl. USt. Bitte bestätigen Sie bis 30.09."),
])
C("junk", "paid_feature", "de", "paid magazine portrait", [
    ("j_mag", "2025-01-15 13:00", "Sehr geehrter Herr Pichler, für unsere Ausgabe 'Erfolgreiche Familienunternehmen Österreichs' möchten wir Sie porträtieren. Eine ganzseitige Präsentation inklusive Interview kostet 2.450 Euro. Die Plätze sind begrenzt."),
])
C("junk", "unrelated_recruiting", "de", "temp agency recruits him for an unrelated job", [
    ("j_recr", "2025-05-05 08:30", "Hallo! 😊 Du suchst eine neue Herausforderung? Wir suchen Lagermitarbeiter (m/w/d) in Wien-Simmering, Schichtarbeit, 2.100 Euro brutto. Jetzt bewerben!"),
])
C("junk", "merge_tag_failure", "de", "unfilled merge tag", [
    ("j_merge1", "2025-02-25 07:00", "Hallo {{Vorname}},\n\nals Partner von über 300 Autohäusern wissen wir, wie schwer es ist, Werkstatt-Termine zu füllen. Unsere Terminbuchungs-Kampagnen füllen Ihre Werkstatt in 14 Tagen. Kurzer Austausch?"),
])
C("junk", "merge_tag_failure", "de", "square-bracket company placeholder", [
    ("j_merge2", "2025-04-28 09:10", "Sehr geehrter Herr Pichler, ich möchte [FIRMENNAME] gern unser exklusives Leasing-Partnerprogramm vorstellen. Sichern Sie sich jetzt bis zu 1,5 % Provision auf jedes vermittelte Leasing!"),
])
C("junk", "merge_tag_failure", "de", "wrong name in greeting", [
    ("j_merge3", "2025-07-29 10:00", "Sehr geehrter Herr Pichlmayr, als Unternehmensberater begleite ich mittelständische Betriebe bei der Digitalisierung. Ich bin sicher, dass auch Ihr Unternehmen davon profitieren kann. Wann hätten Sie 30 Minuten?"),
])
C("junk", "merge_tag_failure", "en", "wrong company name, English web pitch", [
    ("j_merge4", "2025-11-25 05:40", "Hi Gerald, I checked the website of Autohaus Huber and found several UX issues costing you conversions. We build premium Webflow sites for dealerships from EUR 1,990. Shall I send a free mockup?"),
])
C("junk", "like_minded", "de", "like-minded entrepreneurs connect-then-pitch", [
    ("j_like", "2025-10-13 07:00", "Gerald, schön, dass wir uns vernetzt haben! Ich schätze es sehr, mich mit gleichgesinnten Unternehmern auszutauschen."),
    ("j_like", "2025-10-15 07:00", "Übrigens: Ich lade ausgewählte Unternehmer zu meinem exklusiven Mastermind-Retreat in Kitzbühel ein. Investition 4.900 Euro, nur 12 Plätze. Soll ich dir die Details schicken?"),
])
C("junk", "quick_call", "de", "sales trainer, quick 15-min call", [
    ("j_call", "2025-12-01 16:00", "Hallo Herr Pichler, haben Sie diese Woche 15 Minuten? Ich zeige Ihnen, wie Ihre Verkäufer 30 % mehr abschließen. Kein Verkaufsgespräch, versprochen."),
])
C("junk", "energy_connect_pitch", "de", "energy consultant, small talk then pitch", [
    ("j_ctp", "2025-02-17 10:00", "Hallo Herr Pichler, danke für die Vernetzung! Ein schöner Betrieb, den Sie da haben."),
    ("me", "2025-02-17 12:00", "Danke!"),
    ("j_ctp", "2025-02-19 10:00", "Gern! Darf ich fragen, wie hoch Ihre Stromkosten im Jahr sind? Wir senken Gewerbestromkosten um bis zu 35 % durch einen Anbieterwechsel. Ich bräuchte nur Ihre letzte Jahresabrechnung."),
])
C("junk", "wealth_connect_pitch", "de", "wealth adviser, small talk then pitch", [
    ("j_ctp2", "2025-11-03 08:00", "Servus Gerald, danke fürs Annehmen! Wie läuft das Jahresendgeschäft?"),
    ("j_ctp2", "2025-11-05 08:30", "Weil wir gerade beim Jahresende sind: Als Unternehmer solltest du die Gewinnfreibetrags-Investition nicht verschenken. Ich hätte da ein paar interessante Fonds. Auf einen Kaffee?"),
])
C("junk", "review_bump", "de", "review platform bump sequence", [
    ("j_bump", "2025-03-03 09:00", "Hallo Herr Pichler, haben Sie meine letzte Nachricht gesehen?"),
    ("j_bump", "2025-03-10 09:00", "Ich wollte das nur nochmal nach oben schieben 🙂"),
    ("j_bump", "2025-03-18 09:00", "Letzter Versuch: Mehr 5-Sterne-Bewertungen für Ihr Autohaus, automatisiert. Interesse ja/nein?"),
])
C("junk", "car_wash_chemicals", "de", "generic car-care chemicals pitch", [
    ("j_wash", "2025-06-16 07:30", "Sehr geehrte Damen und Herren, wir sind Hersteller von Autopflegeprodukten und suchen Händler in Österreich. Großhandelspreise, Mindestbestellung 1 Palette. Katalog anbei."),
], attachments={0: "https://www.linkedin.com/dms/prv/doc/katalog-2025.pdf"})
C("junk", "lottery_scam", "en", "prize scam in SPAM", [
    ("j_spam1", "2025-08-08 02:00", "CONGRATULATIONS!!! Your LinkedIn profile has been selected to WIN a brand new SUV. Claim your prize now by confirming your bank details."),
], folder="SPAM")
C("junk", "investment_spam", "de", "investment spam in SPAM", [
    ("j_spam2", "2025-10-01 22:30", "Hallo, ich bin Emma. Ich habe mit einer Goldinvestition in 3 Monaten 40.000 Euro verdient. Möchtest du wissen wie? Schreib mir auf WhatsApp."),
], folder="SPAM")
C("junk", "car_import_spam", "en", "used-car import offer, generic, SPAM", [
    ("j_spam3", "2025-12-09 06:00", "Dear dealer, we offer 200+ used cars from Scandinavia at wholesale prices. Full list in attachment. Best price guaranteed!"),
], folder="SPAM", attachments={0: "https://www.linkedin.com/dms/prv/doc/stocklist.xlsx"})
C("junk", "ai_tool_english", "en", "AI chatbot for dealers, English, names the dealership", [
    ("j_en", "2025-05-27 15:00", "Hi Gerald, I built DealerAI - an AI assistant that answers Autohaus Pichler's website leads 24/7 in 30 languages and books test drives automatically. Dealers in Texas saw a 41% lift in appointments. Worth a 15-min look?"),
])
C("junk", "offshore_bpo", "en", "offshore BPO, generic", [
    ("j_en2", "2025-01-08 04:10", "Dear Sir/Madam, we are a leading BPO company offering data entry, call centre and bookkeeping services at 70% less cost. Kindly let us know your requirement."),
])
C("junk", "mlm", "de", "MLM connect-then-pitch", [
    ("j_mlm", "2025-07-21 20:00", "Hallo Gerald! Danke für die Annahme 🌞 Was machst du am liebsten in deiner Freizeit?"),
    ("j_mlm", "2025-07-23 20:30", "Ich frag, weil ich gerade ein Team aufbaue - mit Nahrungsergänzung ein zweites Standbein, ganz flexibel. Wäre das was für dich oder deine Mitarbeiter? 💪"),
])
C("junk", "drone_video", "de", "drone video pitch, generic", [
    ("j_drohne", "2025-08-12 12:00", "Hallo! Wir machen professionelle Drohnenvideos für Unternehmen aller Art. Jetzt Sommeraktion: 20 % Rabatt! Melde dich einfach."),
])
C("junk", "seo", "de", "SEO pitch naming the dealership website", [
    ("j_seo", "2025-11-17 09:40", "Hallo Herr Pichler, autohaus-pichler.at rankt für 'Autohaus Graz' nur auf Seite 3. Ich bringe Sie in 90 Tagen auf Seite 1, sonst zahlen Sie nichts. Kurzer Call?"),
])
C("junk", "influencer_free_car", "de", "influencer wants a free car for 'reach'", [
    ("j_infl", "2025-06-02 21:15", "Hallöchen! 💕 Ich bin Leonie, Lifestyle-Creatorin aus Wien mit 48k Followern. Ich würde euch gern eine Kooperation vorschlagen: Ihr stellt mir für 3 Monate ein Auto zur Verfügung, ich poste dafür 2 Reels. Win-win! 😘"),
])
C("junk", "mlm_recruiting", "de", "recruiting for a financial-adviser career, unrelated", [
    ("j_fb", "2025-09-15 19:00", "Hallo Gerald! Dein Profil ist mir aufgefallen, du wirkst sehr kommunikativ 🙂 Hast du schon mal über eine Karriere als selbstständiger Finanzberater nachgedacht? Freie Zeiteinteilung, Top-Verdienst. Infoabend am Donnerstag!"),
])
C("junk", "paid_podcast", "de", "podcast feature with production fee", [
    ("j_pod", "2025-03-31 11:30", "Hallo Herr Pichler, wir möchten Sie in unserem Podcast 'Mittelstand Mikrofon' vorstellen! 30 Minuten Interview, professionell produziert, auf allen Plattformen. Für die Produktion berechnen wir eine Pauschale von 690 Euro. Sind Sie dabei?"),
    ("j_pod", "2025-04-07 11:30", "Hallo Herr Pichler, nur eine kurze Erinnerung an mein Angebot von letzter Woche - es gibt noch 2 Aufnahmetermine im April."),
])
C("junk", "export_broker_spintax", "de", "export broker mass message, broken grammar", [
    ("j_exp", "2025-07-14 05:20", "Sehr geehrte Autohaus, wir kaufen Ihre alle Gebrauchtwagen sofort Barzahlung, auch Unfallwagen, beste Preis in Österreich. Bitte senden Liste."),
])
C("junk", "telematics_bump", "en", "telematics vendor English pitch with follow-up", [
    ("j_fleet", "2025-10-27 09:00", "Hi Gerald, are you still tracking your loaner fleet in Excel? TrackFleet gives dealers real-time GPS and mileage for every courtesy car. 15 minutes next week?"),
    ("j_fleet", "2025-11-04 09:00", "Hi Gerald, circling back on this - happy to send a short video instead if that's easier."),
])
C("junk", "sponsored_inmail", "en", "Sponsored InMail for telematics", [
    ("sp_tele", "2026-01-20 12:00", "<p>Hi Gerald,</p><p>Join 4,000 dealers who track their fleet with TrackFleet. Book your free demo today.</p>"),
], title="Sponsored Conversation", subject="Your fleet, in real time")
C("junk", "sponsored_inmail", "de", "Sponsored InMail for charging", [
    ("sp_lade", "2025-04-01 12:00", "<p>Hallo Gerald,</p><p>Laden Sie Ihre Firmenflotte günstiger: ChargeNow Business jetzt 3 Monate gratis testen.</p>"),
], title="Sponsored Conversation", subject="Ihre Flotte lädt günstiger")
C("junk", "sponsored_inmail", "de", "Sponsored InMail for leasing", [
    ("sp_leasing", "2025-09-09 12:00", "<p>Hallo Gerald,</p><p>Flexibles Leasing f&uuml;r Unternehmer&nbsp;- ab 199 &euro; im Monat. Jetzt Angebot sichern!</p>"),
], title="Sponsored Conversation", subject="Exklusiv für Unternehmer")

ex.write(
    OUT,
    {"First Name": "Gerald", "Last Name": "Pichler",
     "Headline": "Geschäftsführer Autohaus Pichler GmbH | Auro-Vertragspartner Graz | Familienbetrieb seit 1966",
     "Summary": "Dritte Generation im Familienbetrieb: Neuwagen, Gebrauchtwagen, Werkstätte und Reifenhotel in Graz-Liebenau. 38 Mitarbeiterinnen und Mitarbeiter, 6 Lehrlinge.",
     "Industry": "Motor Vehicle Retail", "Geo Location": "Graz, Steiermark, Österreich",
     "Websites": "[COMPANY:autohaus-pichler.at]"},
    [{"Company Name": "Autohaus Pichler GmbH", "Title": "Geschäftsführer",
      "Description": "Auro-Vertragshändler und Servicepartner", "Location": "Graz",
      "Started On": "Jan 2009", "Finished On": ""},
     {"Company Name": "Autohaus Pichler GmbH", "Title": "Verkaufsleiter",
      "Description": "", "Location": "Graz", "Started On": "Sep 2001", "Finished On": "Dec 2008"}],
    ["Automobilhandel", "Verkauf", "Mitarbeiterführung", "Werkstattmanagement", "Gebrauchtwagen"],
)
print(ex.summary())

"""dev41 persona 2: Dr. Birgit Overbeck, Chefapothekerin der Krankenhausapotheke des
Klinikum Aasee in Münster. The pharmacy also supplies outside hospitals and oncology
practices (Fremdversorgung, Zytostatika-Herstellung): that is what she sells.

Written blind to unpitch's code. Every message below is written by hand for this corpus.
Run: /work/main/.venv/bin/python corpus/dev41/_build/de_pharmacist_hospital_pharmacy_munster.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-pharmacist-hospital-pharmacy-munster"
OUT = HERE.parents[1] / SLUG

owner = Person("me", "Birgit Overbeck", "https://www.linkedin.com/in/birgit-overbeck-apotheke",
               "Klinikum Aasee Münster", "Chefapothekerin")
ex = Export(SLUG, "2021", owner)
P = ex.person
C = ex.conv
SPONSORED = "Sponsored Conversation"

# ------------------------------------------------------------------ people
P("kemper", "Jonas Kemper", "Klinikum Aasee Münster", "Assistenzarzt Innere Medizin", connected="2019-10-01")
P("onko", "Dr. Meike Schulze-Althoff", "Klinikum Aasee Münster", "Oberärztin Hämatologie/Onkologie", connected="2016-05-12")
P("pdl", "Thorsten Brinkhaus", "Klinikum Aasee Münster", "Pflegedirektor", connected="2017-01-09")
P("its", "Anja Wessels", "Klinikum Aasee Münster", "Stationsleitung Intensivstation 2", connected="2018-03-03")
P("gh", "Ralf Tenhagen", "Pharmahandel Westfalen GmbH", "Key Account Klinik", connected="2015-11-20")
P("gh2", "Sandra Lütke-Wöstmann", "Pharmahandel Westfalen GmbH", "Innendienst Klinikversorgung", connected="2019-04-04")
P("referent", "Markus Hölscher", "Nordpharm Biologics", "Klinikreferent Münsterland", connected="2014-06-06")
P("kammer", "Dr. Ulrike Dammann", "Apothekerkammer Westfalen-Lippe", "Referentin Weiterbildung", connected="2012-09-09")
P("pta_azubi", "Lea Brüggemann", "Klinikum Aasee Münster", "PTA-Praktikantin", connected="2020-09-01")
P("bewerberin", "Hannah Wiethölter", "Marien-Apotheke Greven", "Apothekerin", connected="2021-02-15")
P("reha", "Dr. Klaus Averbeck", "Reha-Zentrum Emsaue Telgte", "Kaufmännischer Direktor")
P("praxis", "Dr. Selin Yıldız", "Onkologische Gemeinschaftspraxis Hiltrup", "Fachärztin Hämatologie/Onkologie")
P("peer_os", "Dr. Frank Hartmann", "Klinikum Hasetal Osnabrück", "Chefapotheker", connected="2011-04-04")
P("recr", "Christiane Vogt", "Vogt Health Consulting", "Personalberaterin Pharmazie", connected="2020-11-02")
P("autom", "Benedikt Ahlers", "Dosomat Systems GmbH", "Service & Vertrag", connected="2018-08-08")
P("amts_sw", "Julia Hartkamp", "MediCheck Software AG", "Customer Success Manager", connected="2019-12-12")
P("presse", "Tobias Niehues", "Münstersche Rundschau", "Redakteur Lokales")
P("landesgr", "Dr. Petra Kösters", "Landesgruppe Westfalen der Krankenhausapotheker", "Sprecherin", connected="2010-10-10")
P("dank1", "Dr. Lukas Terhorst", "Klinikum Aasee Münster", "Assistenzarzt Chirurgie", connected="2021-03-18")
P("dank2", "Dr. Maria Tebbe", "Klinikum Aasee Münster", "Oberärztin Geriatrie", connected="2015-02-02")
P("dank3", "Sven Roling", "Klinikum Aasee Münster", "Assistenzarzt Urologie", connected="2021-03-18")
P("anaest", "Dr. Heinrich Bußmann", "St.-Lamberti-Krankenhaus Münster", "Chefarzt Anästhesie", connected="2013-07-07")
P("prof", "Prof. Dr. Gerd Schmedding", "Universität Münster", "Institut für Pharmazeutische Technologie (em.)", connected="2009-06-01")
P("nachbar", "Dr. Ines Pohlmann", "St.-Lamberti-Krankenhaus Münster", "Leiterin Krankenhausapotheke", connected="2012-02-02")
P("studi", "Katrin Egbers", "Universitätsklinikum Freiburg", "Fachapothekerin Klinische Pharmazie", connected="2008-07-07")
P("gf", "Dr. Stefan Rottmann", "Klinikum Aasee Münster", "Kaufmännischer Geschäftsführer", connected="2016-01-01")
P("hygiene", "Monika Schlüter", "Klinikum Aasee Münster", "Hygienefachkraft", connected="2017-05-05")
P("impfz", "Oliver Kampmann", "Impfzentrum Münster", "Organisatorische Leitung")
P("team_a", "Dr. Jan Bröcker", "Klinikum Aasee Münster", "Oberapotheker", connected="2014-04-01")
P("team_b", "Sabine Stegemann", "Klinikum Aasee Münster", "Leitende PTA", connected="2013-01-10")
P("ptaschule", "Elke Rensing", "PTA-Schule Münster", "Fachbereichsleiterin", connected="2018-10-10")
P("geri", "Dr. Till Wigger", "Klinikum Aasee Münster", "Facharzt Geriatrie", connected="2019-05-05")
P("pj", "Merve Arslan", "Universität Münster", "Pharmaziestudentin, 8. Semester")
P("nl", "Joost van der Berg", "Ziekenhuis Twentevaart Enschede", "Ziekenhuisapotheker", connected="2020-06-06")
P("labor", "Heike Rüschoff", "Reinraumbedarf Kolbe KG", "Vertriebsinnendienst", connected="2017-03-03")

# wanted pitch senders
P("w_autom", "Christoph Landwehr", "Unidos Kommissioniertechnik", "Vertrieb Krankenhaus Nord-West")
P("w_amts", "Dr. Nina Falkenberg", "Therapiepfad GmbH", "Produktmanagerin AMTS")
P("w_kuehl", "Dirk Osthues", "KühlKurier Münsterland", "Geschäftsführer")
P("w_reinraum", "Matthias Beckord", "CleanVal Qualifizierung", "Leiter Reinraumvalidierung")
P("w_temp", "Laura Sendker", "Thermosense GmbH", "Vertrieb Gesundheitswesen")
P("w_recr", "Ben Kortmann", "PTA-Direkt Personalvermittlung", "Recruiter Pharmazie")
P("w_import", "Oksana Fischer", "Medimport Service GmbH", "Einzelimporte §73 AMG")
P("w_ethanol", "Gerrit Honerlage", "Alkohol & Chemie Vertrieb Emsland", "Gebietsleiter")
P("w_nl", "Femke de Wit", "ShortageMap B.V.", "Co-founder")
P("w_grafik", "Johanna Lammers", "Lammers Grafik", "Freie Grafikdesignerin, barrierefreie Kommunikation")
P("w_herst", "Philipp Wöstmann", "RezepturPro Software", "Vertrieb")
P("w_bio", "Katharina Borgmann", "Vitalis Biosimilars", "Medical Science Liaison")

# junk senders
P("j_autom", "Sven Hagedorn", "ApoRobot Vertrieb", "Vertriebsleiter")
P("j_ki", "Kevin Schramm", "HealthAI Solutions", "Sales Development")
P("j_log", "Marcel Kunz", "SpeedLog Express", "Neukundengewinnung")
P("j_recr", "Jessica Pohl", "PharmaSales Talents", "Recruiterin")
P("j_temp", "Nicole Weber", "LoggerShop24", "Vertrieb")
P("j_maske", "Andreas Krüger", "ProtectTrade Import", "Inhaber")
P("t1", "Florian Brandt", "Prozessplus Beratung", "Partner")
P("t2", "Melanie Roth", "ClinicFlow Consulting", "Senior Beraterin")
P("t3", "Daniel Hess", "Effizienzwerk", "Business Development")
P("t4", "Sarah Klein", "MedOptimum", "Beraterin")
P("t5", "Ryan Cooper", "CareLean Partners", "Director, DACH")
P("m1", "Patrick Engel", "Digitale Klinik Akademie", "Vertrieb")
P("m2", "Tanja Seidel", "Health Recruiting Solutions", "Senior Consultant")
P("m3", "Lars Becker", "KlinikMarketing Pro", "Berater")
P("m4", "Stefanie Wolf", "Hospital Performance Group", "Managerin")
P("s_mba", "Hochschule für Gesundheitsmanagement", url="https://www.linkedin.com/company/hs-gesundheitsmanagement")
P("s_sw", "Paperless Pro", url="https://www.linkedin.com/company/paperless-pro")
P("j_award", "Franziska Lehmann", "Deutscher Gesundheits-Award", "Leitung Auszeichnungen")
P("j_feature", "Holger Brauer", "Gesundheitswirtschaft Kompakt", "Anzeigenleitung")
P("j_same", "Michael Thiel", "OnkoPrep Herstellbetrieb", "Leitung Kundenbetreuung")
P("j_cap", "Vanessa Graf", "ApoWachstum", "Gründerin")
P("j_like", "Robin Maier", "Maier Invest", "Unternehmer | Investor | Speaker")
P("j_15", "Dominik Frey", "CloudPraxis", "Account Executive")
P("j_ctp1", "Jens Heitmann", "Heitmann Finanzkonzepte", "Finanzberater für Heilberufe",
  connected="2021-01-12", invite=("IN", "2021-01-11 19:30", "Hallo Frau Overbeck, ich würde mich gern mit Ihnen vernetzen. Beste Grüße aus Coesfeld!"))
P("j_ctp2", "Carina Lux", "LuxCoaching", "Coach für Führungskräfte",
  connected="2021-05-04", invite=("IN", "2021-05-03 07:55", ""))
P("j_ctp3", "Timo Westkamp", "ErgoFlex Büromöbel", "Fachberater",
  connected="2020-11-24", invite=("IN", "2020-11-23 20:10", "Hallo Birgit, schön, dass wir beide aus dem Münsterland kommen!"))
P("j_bump1", "Nadine Scholz", "Webdesign Scholz", "Inhaberin")
P("j_bump2", "Erik Lange", "Fördermittel Direkt", "Berater")
P("j_pv", "Uwe Tiemann", "SonnenDach NRW", "Energieberater")
P("j_krypto", "Alex Neumann", "CoinFuture", "Community Manager")
P("j_fluent1", "Dr. Carsten Vogel", "Vogel & Partner Krankenhausberatung", "Managing Partner")
P("j_fluent2", "Isabel Kraft", "KlinikFinanz Consulting", "Principal")
P("j_nem", "Sebastian Ott", "VitaPlus Nahrungsergänzung", "Außendienst Apotheken")
P("j_it", "Priyanka Nair", "Infosolve Global", "Business Development Manager")
P("j_coach", "Martina Ebert", "Balance Leadership", "Coach")
P("j_kongress", "Leonie Busch", "Future Hospital Summit", "Delegate Management")
P("j_pod", "Kai Brenner", "Pharma Talk Spotlight", "Host")
P("j_webinar", "Thomas Rieger", "Digital Health Insights", "Events")

# ------------------------------------------------------------------ genuine
C("genuine", "ward_doctor_question", "de", "Assistenzarzt fragt Vancomycin-Dosierung bei Niereninsuffizienz",
  [("kemper", "2021-02-09 22:14", "Hallo Frau Overbeck, sorry für die späte Nachricht. Patient auf der 4B, Kreatinin-Clearance ca. 25, wir wollen Vancomycin starten. Gibt es bei Ihnen eine Hausempfehlung für die Loading Dose? Im Intranet finde ich nur die alte Tabelle von 2017."),
   ("me", "2021-02-10 07:05", "Guten Morgen Herr Kemper, Loading Dose gewichtsadaptiert wie gehabt, danach Spiegel vor der 3. Gabe. Die neue Tabelle liegt seit Januar im AMTS-Ordner, ich schicke Ihnen den Link. Rufen Sie gern die 4711 an, Herr Bröcker ist heute im Stationsdienst."),
   ("kemper", "2021-02-10 07:20", "Super, danke! Hat geklappt.")])

C("genuine", "ward_doctor_request", "de", "Oberärztin Onkologie braucht Samstag eine Zytostatika-Zubereitung",
  [("onko", "2021-04-16 15:40", "Birgit, wir haben morgen früh eine Neuaufnahme, die dringend mit dem R-CHOP starten muss. Schafft ihr eine Herstellung am Samstag? Ich weiß, ist eigentlich nicht vorgesehen..."),
   ("me", "2021-04-16 16:02", "Meike, schick die Anforderung bis 18 Uhr, dann kriegt Sabine das mit der Rufbereitschaft hin. Aber bitte mit vollständigem Körpergewicht und Größe, letztes Mal mussten wir zweimal nachfragen 😉"),
   ("onko", "2021-04-16 16:05", "Versprochen. Ihr seid die Besten")])

C("genuine", "nursing_management", "de", "Pflegedirektor zur Umstellung der Stationsbelieferung",
  [("pdl", "2020-10-05 09:30", "Sehr geehrte Frau Dr. Overbeck, für die Umstellung der Stationsbestände auf das Modulsystem hätte ich gern noch einen gemeinsamen Termin mit den Stationsleitungen. Passt Ihnen der 20.10. um 14 Uhr im Konferenzraum 3?"),
   ("me", "2020-10-05 11:00", "Lieber Herr Brinkhaus, der 20. passt. Ich bringe die Auswertung der Verfallsdaten mit, die überzeugt meistens mehr als jede Folie.")])

C("genuine", "icu_shortage", "de", "Intensivstation fragt nach Alternative wegen Propofol-Engpass",
  [("its", "2020-04-02 06:45", "Guten Morgen, wir haben nur noch 30 Ampullen Propofol 2% auf Station. Kommt heute was? Sonst müssen wir mit dem Oberarzt über Alternativen reden."),
   ("me", "2020-04-02 07:10", "Moin Frau Wessels, Lieferung kommt laut Großhandel erst Montag. Wir haben 1% in ausreichender Menge, das Volumen verdoppelt sich halt. Ich kläre mit Dr. Bußmanns Team, ob die uns 50 Stück leihen. Ich melde mich bis 10."),
   ("me", "2020-04-02 09:35", "Leihe klappt, 50 Ampullen kommen mittags mit dem Fahrdienst."),
   ("its", "2020-04-02 09:40", "Sie sind ein Schatz. Danke!")])

C("genuine", "vendor_price_change", "de", "Großhändler kündigt Kühlketten-Zuschlag an (bestehender Lieferant)",
  [("gh", "2021-03-01 10:00", "Hallo Frau Overbeck, vorab persönlich, bevor das offizielle Schreiben kommt: Ab 1. Mai erheben wir pro Kühlkettenlieferung einen Zuschlag von 4,50 €, weil wir auf validierte Boxen mit Datenlogger umstellen. Bei Ihrer Bestellfrequenz wären das ca. 110 € im Monat. Wenn Sie auf drei Kühllieferungen pro Woche bündeln, halbiert sich das."),
   ("me", "2021-03-01 13:20", "Hallo Herr Tenhagen, danke für die Vorwarnung. Bündeln geht nicht bei allen Stationen, aber wir schauen uns das an. Schicken Sie mir bitte die Zuschlagsregelung schriftlich, ich muss das mit dem Einkauf abstimmen."),
   ("gh", "2021-03-01 13:35", "Mache ich, kommt heute noch per Mail.")])

C("genuine", "vendor_supply_info", "de", "Innendienst Großhandel zu Lieferverzögerung",
  [("gh2", "2020-12-14 08:10", "Guten Morgen Frau Overbeck, die Sammellieferung Heparin verschiebt sich auf Donnerstag, Hersteller hat Produktionsprobleme. Brauchen Sie eine Teilmenge vorab?"),
   ("me", "2020-12-14 08:40", "Ja bitte, 200 Stück vorab, der Rest Donnerstag ist ok."),
   ("gh2", "2020-12-14 08:55", "Ist raus, kommt mit der Mittagstour.")])

C("genuine", "field_rep_recall", "de", "bekannter Klinikreferent informiert über Chargenrückruf",
  [("referent", "2021-06-22 12:05", "Hallo Frau Dr. Overbeck, nur zur Info, damit Sie es nicht erst morgen aus der AMK-Meldung erfahren: Charge B2104 unseres Infliximab-Biosimilars wird vorsorglich zurückgerufen (Etikettierfehler, kein Qualitätsmangel am Inhalt). Laut unserer Liste haben Sie 12 Packungen davon bekommen. Austausch läuft über den Großhandel."),
   ("me", "2021-06-22 12:30", "Danke Herr Hölscher, wir sperren die Charge sofort. Bitte die Rücknahmebestätigung an die Apothekenadresse."),
   ("referent", "2021-06-22 12:32", "Wird gemacht.")])

C("genuine", "chamber", "de", "Apothekerkammer fragt sie als Prüferin an",
  [("kammer", "2021-01-18 11:00", "Sehr geehrte Frau Dr. Overbeck, dürfen wir Sie für die Fachapothekerprüfungen Klinische Pharmazie am 23. und 24. März als Prüferin einplanen? Die Prüfungen finden coronabedingt in der Kammer mit Abstand statt. Zudem läuft Ihre Weiterbildungsbefugnis zum 30.6. aus, bitte denken Sie an den Verlängerungsantrag."),
   ("me", "2021-01-18 14:10", "Liebe Frau Dammann, 23.3. gerne, am 24. habe ich Arzneimittelkommission. Den Antrag schicke ich diese Woche."),
   ("kammer", "2021-01-19 08:45", "Vielen Dank, ich trage Sie für den 23. ein.")])

C("genuine", "trainee", "de", "PTA-Praktikantin fragt zum Einsatzplan (du)",
  [("pta_azubi", "2020-09-28 17:30", "Hallo Birgit, darf ich nächste Woche auch mal mit in den Reinraum? Frau Stegemann meinte ich soll dich fragen. Für meinen Praktikumsbericht wär das mega"),
   ("me", "2020-09-28 18:10", "Hallo Lea, klar, Dienstag ab 10. Aber nur zuschauen hinter der Scheibe, ok? Und vorher die Hygieneschulung im Intranet machen."),
   ("pta_azubi", "2020-09-28 18:12", "Jaaa danke!! Mach ich heute noch")])

C("genuine", "applicant", "de", "Apothekerin bewirbt sich um Weiterbildungsstelle",
  [("bewerberin", "2021-02-15 20:00", "Sehr geehrte Frau Dr. Overbeck, ich habe gesehen, dass Sie eine Weiterbildungsstelle Klinische Pharmazie ausgeschrieben haben. Ich arbeite seit drei Jahren in einer öffentlichen Apotheke in Greven und möchte unbedingt in die Klinik. Meinen Lebenslauf habe ich angehängt. Über eine Rückmeldung würde ich mich sehr freuen."),
   ("me", "2021-02-16 07:50", "Liebe Frau Wiethölter, danke für Ihre Bewerbung. Bitte schicken Sie die Unterlagen zusätzlich an unsere Personalabteilung (Kennziffer APO-2021-03). Ich würde Sie gern Anfang März zu einem Gespräch einladen, gern mit einer Hospitation am Vormittag."),
   ("bewerberin", "2021-02-16 08:15", "Vielen Dank! Habe es an die Personalabteilung geschickt. Anfang März passt mir jeder Tag.")],
  attachments={0: "https://www.linkedin.com/dms/lebenslauf-wiethoelter.pdf"})

C("genuine", "inbound_lead_quote", "de", "Reha-Klinik möchte Versorgungsvertrag und bittet um Angebot",
  [("reha", "2020-08-11 10:20", "Sehr geehrte Frau Dr. Overbeck, unser bisheriger Versorger stellt die Fremdversorgung zum Jahresende ein. Wir haben 140 Betten (Orthopädie, Neurologie). Könnten Sie uns ein Angebot für einen Versorgungsvertrag nach § 14 ApoG machen, inklusive Stationsbegehungen? Gern auch ein Gespräch vor Ort in Telgte."),
   ("me", "2020-08-11 16:00", "Sehr geehrter Herr Dr. Averbeck, vielen Dank für Ihr Interesse. Das können wir grundsätzlich leisten. Für ein Angebot bräuchte ich Ihre Verbrauchsdaten der letzten 12 Monate und die Anzahl der Stationen. Ein Termin vor Ort am 25. oder 27. August wäre möglich."),
   ("reha", "2020-08-12 09:00", "Die Daten lasse ich Ihnen zukommen. Der 27. um 10 Uhr wäre ideal."),
   ("reha", "2020-09-30 14:00", "Danke für das Angebot, unser Aufsichtsrat hat zugestimmt. Vertragsentwurf geht Ihnen über die Rechtsabteilung zu.")])

C("genuine", "inbound_lead_quote", "de", "Onkologische Praxis fragt Angebot für Zytostatika-Herstellung an",
  [("praxis", "2021-05-19 13:00", "Liebe Frau Overbeck, wir sind eine onkologische Praxis in Hiltrup mit ca. 25 Zubereitungen pro Woche. Unsere bisherige Apotheke hört auf. Stellen Sie auch für externe Praxen her? Wenn ja, was würde das kosten und wie läuft die Lieferung?"),
   ("me", "2021-05-19 17:40", "Liebe Frau Dr. Yıldız, ja, wir versorgen bereits zwei Praxen. Abrechnung nach Hilfstaxe, Lieferung zweimal täglich mit validierten Transportboxen. Ich schicke Ihnen ein Angebot mit den Bestellzeiten. Passt ein kurzer Anruf Freitag?"),
   ("praxis", "2021-05-20 08:10", "Freitag 12:30 wäre gut. Danke für die schnelle Antwort!")])

C("genuine", "peer_joint_offer", "de", "Chefapotheker-Kollege schlägt gemeinsames Angebot für Ausschreibung vor",
  [("peer_os", "2021-03-22 19:15", "Hallo Birgit, hast du die Ausschreibung vom Kreiskrankenhaus Ibbenbüren gesehen? Komplette Arzneimittelversorgung inkl. Zytos. Allein ist das für uns beide zu groß, aber gemeinsam: ihr die Zytos, wir den Rest? Würde mich über ein Telefonat freuen."),
   ("me", "2021-03-23 07:30", "Hallo Frank, gesehen ja, und ich hab genau dasselbe gedacht. Mein GF muss mitspielen, aber ich bin dafür. Donnerstag 17 Uhr?"),
   ("peer_os", "2021-03-23 07:45", "Passt. Ich schick dir vorher unsere Kalkulationsbasis."),
   ("peer_os", "2021-04-20 18:00", "Bietergemeinschaft ist unterschrieben. Auf gute Zusammenarbeit!")])

C("genuine", "recruiter_engaged", "de", "Personalberaterin, die sie beauftragt hat, schickt Profile und Honorar",
  [("me", "2020-11-02 10:00", "Hallo Frau Vogt, Herr Hartmann hat Sie empfohlen. Wir suchen seit einem Jahr eine/n Fachapotheker/in für Klinische Pharmazie, die Stelle bekommen wir über Anzeigen nicht besetzt. Wie sind Ihre Konditionen?"),
   ("recr", "2020-11-02 14:30", "Hallo Frau Dr. Overbeck, danke für Ihr Vertrauen. Unser Honorar liegt bei 22% des ersten Jahresgehalts, fällig erst bei Einstellung. Ich schicke Ihnen den Vertrag und würde mir gern die Stelle bei einem Termin in Münster genau erklären lassen."),
   ("me", "2020-11-03 09:00", "Einverstanden, Vertrag gern an mich. Termin am 10.11.?"),
   ("recr", "2020-12-07 11:00", "Anbei drei anonymisierte Profile. Kandidatin 2 wäre ab April verfügbar und kommt ursprünglich aus Warendorf.")],
  attachments={3: "https://www.linkedin.com/dms/vogt-profile-fachapotheker.pdf"})

C("genuine", "vendor_price_change", "de", "Automatenhersteller kündigt Erhöhung der Wartungspauschale an",
  [("autom", "2020-11-16 09:00", "Sehr geehrte Frau Dr. Overbeck, wie im Vertrag vorgesehen passen wir die Wartungspauschale für Ihren Unit-Dose-Automaten zum 1.1.2021 um 3,8% an (Indexklausel). Das Schreiben geht per Post an den Einkauf. Gern erläutere ich die Berechnung."),
   ("me", "2020-11-16 12:00", "Danke Herr Ahlers. Bitte die Berechnung mit dem Index an den Einkauf, Frau Kruse prüft das. Und wann kommt endlich das Update für die Blisterkamera?"),
   ("autom", "2020-11-16 12:30", "Das Update ist für KW 3 eingeplant, der Techniker meldet sich.")])

C("genuine", "vendor_maintenance", "de", "AMTS-Softwarehersteller kündigt Wartungsfenster an",
  [("amts_sw", "2021-04-07 15:00", "Hallo Frau Overbeck, das Update auf Version 8.2 mit den neuen Interaktionsdaten würden wir gern am 14.4. ab 20 Uhr einspielen. Das System ist dann ca. 2 Stunden nicht erreichbar. Passt das für Sie?"),
   ("me", "2021-04-07 16:10", "Geht klar, ich informiere die Stationen. Bitte nicht später als 22 Uhr fertig sein, dann kommen die Nachtanforderungen."),
   ("amts_sw", "2021-04-14 21:40", "Update erfolgreich abgeschlossen, System wieder online.")])

C("genuine", "journalist", "de", "Lokaljournalist fragt nach Impfstoff-Vorbereitung",
  [("presse", "2021-01-08 11:30", "Guten Tag Frau Dr. Overbeck, wir möchten für die Wochenendausgabe darüber berichten, wie die Krankenhausapotheken in Münster den Impfstoff für die Mitarbeitenden vorbereiten. Hätten Sie Zeit für ein kurzes Telefonat, gern auch mit Foto im Labor?"),
   ("me", "2021-01-08 13:00", "Guten Tag Herr Niehues, grundsätzlich gern, aber bitte über unsere Pressestelle (Frau Drees), die stimmt Fotos ab. Telefonat ginge Montag Nachmittag."),
   ("presse", "2021-01-08 13:10", "Mache ich, danke!")])

C("genuine", "event_invitation_contact", "de", "Landesgruppe lädt sie als Referentin zum Herbsttreffen ein",
  [("landesgr", "2020-06-15 10:00", "Liebe Birgit, hättest du Lust, beim Herbsttreffen der Landesgruppe (diesmal leider online) über eure Unit-Dose-Umstellung zu berichten? 30 Minuten plus Diskussion. Honorar gibt's wie immer keins, aber ewigen Ruhm."),
   ("me", "2020-06-15 18:30", "Liebe Petra, ewiger Ruhm reicht mir 😄 Ich mach's. Schick mir den Termin."),
   ("landesgr", "2020-06-16 08:00", "Toll! 24. September, 16 Uhr.")])

C("genuine", "thanks_after_talk", "de", "Dank 1 von 3 nach ihrer ABS-Fortbildung",
  [("dank1", "2021-03-18 17:45", "Liebe Frau Dr. Overbeck, vielen Dank für die Fortbildung heute zu Antibiotic Stewardship. Die Fallbeispiele waren super praxisnah. Danke auch fürs Vernetzen!")])
C("genuine", "thanks_after_talk", "de", "Dank 2 von 3 nach derselben Fortbildung",
  [("dank2", "2021-03-18 18:30", "Birgit, toller Vortrag heute! Die Folie mit den Oralisierungskriterien hänge ich bei uns im Arztzimmer auf. Danke!"),
   ("me", "2021-03-18 19:00", "Danke Maria, freut mich! Ich schick dir die Folie als PDF.")])
C("genuine", "thanks_after_talk", "de", "Dank 3 von 3 nach derselben Fortbildung",
  [("dank3", "2021-03-19 07:15", "Guten Morgen Frau Overbeck, danke für die Fortbildung gestern. Sehr hilfreich, gerade für uns Berufsanfänger. Viele Grüße, Sven Roling")])

C("genuine", "colleague_spam_folder", "de", "Chefarzt eines Nachbarhauses, fälschlich im Spam gelandet",
  [("anaest", "2021-05-10 06:30", "Liebe Frau Overbeck, hier der Link zu unserem gemeinsamen SOP-Entwurf zur Propofol-Substitution, bitte einmal drüberschauen, bevor wir das in der AG vorstellen: https://teams.stlamberti-ms.de/sop-propofol. Gruß, H. Bußmann"),
   ("anaest", "2021-05-17 06:35", "Hatten Sie Gelegenheit? Die AG tagt Mittwoch.")],
  folder="SPAM")

C("genuine", "owner_started_congrats", "de", "sie gratuliert ihrem Doktorvater zur Emeritierung",
  [("me", "2020-10-01 09:00", "Lieber Herr Prof. Schmedding, zur Emeritierung ganz herzliche Glückwünsche! Ohne Ihre Geduld mit meinen Tablettierversuchen wäre ich nie Apothekerin geworden. Ich hoffe, Sie haben jetzt mehr Zeit für die Leeze und den Aasee."),
   ("prof", "2020-10-02 16:00", "Liebe Frau Overbeck, wie schön, von Ihnen zu hören! Die Tablettierversuche sind legendär, das stimmt. Kommen Sie doch mal auf einen Kaffee vorbei, wenn Corona es wieder zulässt."),
   ("me", "2020-10-02 18:00", "Sehr gern, sobald es geht!")])

C("genuine", "owner_started_peer", "de", "sie bittet die Nachbarapotheke um Aushilfe bei einem Engpass",
  [("me", "2021-01-27 07:20", "Liebe Ines, habt ihr zufällig 20 Ampullen Noradrenalin 1 mg übrig? Unser Großhändler liefert erst Freitag und die ITS ist voll. Wir gleichen nächste Woche aus."),
   ("nachbar", "2021-01-27 07:45", "Klar, 20 gehen. Fahrdienst kann um 10 los. Bei uns ist gerade Midazolam knapp, falls ihr da was habt..."),
   ("me", "2021-01-27 07:50", "Midazolam haben wir, ich leg 30 Ampullen dazu. Danke dir!")])

C("genuine", "longstanding_friend", "de", "Studienfreundin aus Freiburg, jährlicher Austausch",
  [("studi", "2019-12-23 20:00", "Frohe Weihnachten nach Münster! Kriegst du diesmal Heiligabend frei oder bist du wieder Rufdienst?"),
   ("me", "2019-12-24 09:00", "Rufdienst natürlich 🙄 Frohe Weihnachten dir, grüß Thomas!"),
   ("studi", "2020-12-22 19:30", "Dieses Jahr wenigstens keine Ausrede für ein Treffen... Zoom-Glühwein am 27.?"),
   ("me", "2020-12-22 21:00", "Zoom-Glühwein ist gebongt. Ich hab noch Pinkus im Keller, das muss weg.")])

C("genuine", "management", "de", "Geschäftsführer zum Budget und Stellenplan",
  [("gf", "2020-09-21 08:00", "Frau Overbeck, für die Wirtschaftsplanung 2021 brauche ich bis Ende Oktober Ihre Personalplanung und die erwarteten Mehrkosten durch die Fremdversorgung Telgte. Können wir am 5.10. sprechen?"),
   ("me", "2020-09-21 09:30", "Herr Rottmann, 5.10. passt. Ich bringe die Deckungsbeitragsrechnung mit, Telgte trägt sich ab Monat 4 selbst und finanziert eine zusätzliche PTA-Stelle."),
   ("gf", "2020-09-21 09:40", "Das höre ich gern.")])

C("genuine", "hygiene_colleague", "de", "Hygiene zur Eigenherstellung von Händedesinfektion (2020)",
  [("hygiene", "2020-03-17 13:00", "Birgit, die Spender auf den Normalstationen sind bald leer und der Lieferant sagt frühestens April. Könnt ihr die Rezeptur nach der Allgemeinverfügung herstellen?"),
   ("me", "2020-03-17 13:30", "Ja, wir haben gestern Ethanol bekommen. 200 Liter bis Freitag, abgefüllt in 1-Liter-Flaschen. Etiketten nach Vorgabe, bitte gib mir die Verteilung pro Station."),
   ("hygiene", "2020-03-17 13:40", "Du rettest uns. Liste kommt in einer Stunde.")])

C("genuine", "vaccination_centre", "de", "Impfzentrum koordiniert Impfstoffübergabe",
  [("impfz", "2021-01-14 18:00", "Sehr geehrte Frau Dr. Overbeck, wir würden gern die überzähligen Dosen vom Wochenende für Ihr Klinikpersonal bereitstellen. Können Sie die Verdünnung und Aufziehung am Samstag früh übernehmen? Abholung 7 Uhr am Messe-Eingang."),
   ("me", "2021-01-14 19:15", "Herr Kampmann, ja. Zwei Apotheker und eine PTA sind ab 7 Uhr da, Kühlbox bringen wir mit. Bitte die Chargendokumentation mitgeben."),
   ("impfz", "2021-01-14 19:20", "Wird vorbereitet. Vielen Dank!")])

C("genuine", "team_group", "de", "Leitungsrunde der Apotheke als Gruppenchat",
  [("team_a", "2021-06-07 07:30", "Kurze Info: Die Kühlzelle 2 hat heute Nacht Alarm geschlagen, Temperatur war 40 min bei 9 °C. Ware ist gesperrt, Bewertung läuft."),
   ("team_b", "2021-06-07 07:35", "Techniker ist bestellt, kommt um 9."),
   ("me", "2021-06-07 07:50", "Danke euch. Jan, bitte Stabilitätsdaten bei den Herstellern anfragen, bevor wir was verwerfen. Wat mutt, dat mutt."),
   ("team_a", "2021-06-07 11:00", "Alles freigegeben bis auf die zwei Insuline.")],
  title="Leitung Apotheke")

C("genuine", "school_cooperation", "de", "PTA-Schule fragt nach Praktikumsplätzen",
  [("ptaschule", "2021-04-26 10:00", "Liebe Frau Overbeck, für das Praktikum ab September suchen wir noch zwei Plätze in der Krankenhausapotheke. Hätten Sie dieses Jahr Kapazität? Frau Brüggemann hat übrigens mit Bestnote abgeschlossen, sie schwärmt von Ihnen."),
   ("me", "2021-04-26 12:45", "Liebe Frau Rensing, das freut mich für Lea! Zwei Plätze ja, bitte die Namen bis Juni.")])

C("genuine", "ward_doctor_thanks", "de", "Geriater bedankt sich für Medikationsanalyse",
  [("geri", "2021-05-28 16:20", "Danke für die Medikationsanalyse bei Frau K. (14 Präparate → jetzt 8). Die Tochter war ganz gerührt. Bis Montag, ich komme mit der Leeze zur AMTS-Visite."),
   ("me", "2021-05-28 17:00", "Gern! Bei dem Wetter fahr ich auch übern Pättkesweg. Bis Montag.")])

C("genuine", "longstanding_colleague", "de", "langjähriger Oberapotheker, Send und Geburtstag",
  [("team_a", "2020-10-15 20:00", "Alles Gute zum Geburtstag, Chefin! Dieses Jahr leider ohne Send-Runde, aber Pinkus geht auch auf der Terrasse."),
   ("me", "2020-10-15 20:30", "Danke Jan! Nächstes Jahr holen wir den Send nach, Riesenrad inklusive.")])

C("genuine", "applicant", "de", "Pharmaziestudentin bewirbt sich um PJ-Platz",
  [("pj", "2021-06-14 21:00", "Sehr geehrte Frau Dr. Overbeck, ich studiere in Münster im 8. Semester und würde gern die erste Hälfte meines Praktischen Jahres ab Mai 2022 in Ihrer Krankenhausapotheke machen. Ist das möglich? Ich habe Wahlpflicht Klinische Pharmazie belegt."),
   ("me", "2021-06-15 08:00", "Liebe Frau Arslan, grundsätzlich ja, wir nehmen zwei PJler pro Halbjahr. Schicken Sie mir bitte Lebenslauf und Notenübersicht, dann machen wir ein kurzes Gespräch im Juli.")])

C("genuine", "cross_border_peer", "en", "Dutch hospital pharmacist, cross-border shortage exchange in English",
  [("nl", "2020-04-09 09:00", "Dear Birgit, thanks again for the tip about the dexmedetomidine supplier. We now have the opposite problem: too much cisatracurium. If you need some, we could do a formal transfer through our wholesaler. Best, Joost"),
   ("me", "2020-04-09 10:30", "Dear Joost, that's very kind. Our ICU would take 100 vials. Let me check with our wholesaler how the paperwork works across the border and come back to you today."),
   ("nl", "2020-04-09 10:45", "Great. Stay safe over there!")])

C("genuine", "owner_started_quote_request", "de", "sie fragt beim Reinraumlieferanten ein Angebot an",
  [("me", "2021-02-02 11:00", "Hallo Frau Rüschoff, bitte ein Angebot für 40 Paar Isolatorhandschuhe Größe 8, gleiche Spezifikation wie letzte Bestellung, und die aktuelle Lieferzeit."),
   ("labor", "2021-02-02 14:20", "Hallo Frau Dr. Overbeck, Angebot anbei. Der Preis ist leider um 6% gestiegen (Rohstoffe), Lieferzeit aktuell 3 Wochen."),
   ("me", "2021-02-02 15:00", "Passt, Bestellung kommt über den Einkauf.")],
  attachments={1: "https://www.linkedin.com/dms/angebot-kolbe-isolatorhandschuhe.pdf"})

# ------------------------------------------------------------------ wanted pitches
C("wanted_pitch", "automation_talk", "de", "Automatenanbieter bezieht sich auf ihren Vortrag bei der Landesgruppe",
  [("w_autom", "2020-10-02 09:20", "Sehr geehrte Frau Dr. Overbeck, ich habe Ihren Vortrag beim Herbsttreffen der Landesgruppe gehört. Der Engpass, den Sie beschrieben haben, nämlich dass der Unit-Dose-Automat nachts steht, weil die Kommissionierung der Nicht-Blister-Ware von Hand läuft, ist genau der Punkt, an dem unser Kommissionierer ansetzt. Er arbeitet mit Ihrem Dosomat-System zusammen. Darf ich Ihnen eine Referenz in Bielefeld zeigen, die das so betreibt?"),
   ("me", "2020-10-05 08:00", "Die Referenz in Bielefeld interessiert mich tatsächlich. Schicken Sie mir den Ansprechpartner dort.")])

C("wanted_pitch", "amts_article", "de", "AMTS-Anbieter nimmt Bezug auf ihren Fachartikel",
  [("w_amts", "2021-03-08 11:00", "Sehr geehrte Frau Dr. Overbeck, Ihr Artikel in der Krankenhauspharmazie zum Medikationsabgleich bei Aufnahme hat bei uns intern viel Diskussion ausgelöst, vor allem Ihre Zahl, dass 42% der Hausmedikationslisten unvollständig waren. Wir entwickeln ein Modul, das den bundeseinheitlichen Medikationsplan direkt einliest und mit MediCheck, das Sie ja nutzen, kompatibel ist. Hätten Sie Interesse, das als Pilothaus kostenfrei zu testen?")])

C("wanted_pitch", "logistics_tender", "de", "Kurierdienst antwortet auf ihre öffentliche Ausschreibung",
  [("w_kuehl", "2021-05-31 14:00", "Sehr geehrte Frau Dr. Overbeck, wir haben Ihre Ausschreibung auf dem Vergabemarktplatz NRW gesehen (Transport von Parenteralia zu externen Praxen, Los 2). Wir fahren bereits für zwei Apotheken in Münster GDP-konform mit validierten Boxen und Temperaturprotokoll. Unser Angebot reichen wir fristgerecht ein; falls Sie vorab eine Probefahrt nach Hiltrup sehen möchten, organisieren wir das gern."),
   ("me", "2021-05-31 16:00", "Danke, Fragen zum Verfahren bitte ausschließlich über die Vergabeplattform. Eine Probefahrt ist im Verfahren nicht vorgesehen.")])

C("wanted_pitch", "cleanroom_mutual_contact", "de", "Reinraumvalidierer über gemeinsamen Kontakt Dr. Hartmann",
  [("w_reinraum", "2021-04-12 10:10", "Guten Tag Frau Dr. Overbeck, Frank Hartmann aus Osnabrück meinte, dass Sie für die neue Zytostatika-Herstellung im Rahmen der Bietergemeinschaft Ibbenbüren die Reinraumqualifizierung erweitern müssen. Wir haben dort letztes Jahr die Requalifizierung gemacht. Ich könnte Ihnen ein Angebot für die Erstqualifizierung der zweiten Werkbank bis Ende Mai machen, falls das zeitlich passt.")])

C("wanted_pitch", "temperature_monitoring_setup", "de", "Temperaturmonitoring-Anbieter sieht ihre Papierlisten im Post",
  [("w_temp", "2021-01-21 12:00", "Hallo Frau Overbeck, auf dem Foto in Ihrem Beitrag zur Impfstofflagerung hängen an den Kühlschränken noch handschriftliche Temperaturlisten. Bei -70 °C-Schränken plus Kühlzellen ist das ein großer Aufwand, und Alarme nachts kommen dann nur über die Haustechnik. Unser Funksystem schickt Alarme direkt an den Rufdienst und erstellt die Dokumentation automatisch. Ich lasse Ihnen gern zwei Sensoren zum Testen da.")])

C("wanted_pitch", "recruiter_relevant_site", "de", "PTA-Vermittler hat ihre Stellenanzeige gesehen",
  [("w_recr", "2021-02-22 09:00", "Guten Morgen Frau Dr. Overbeck, auf der Karriereseite des Klinikum Aasee sind seit Dezember zwei PTA-Stellen mit Schwerpunkt aseptische Herstellung ausgeschrieben. Ich habe aktuell zwei PTA mit Reinraumerfahrung aus Rheine und Hamm, die wechseln möchten. Vermittlungshonorar nur bei Einstellung. Soll ich Ihnen die anonymisierten Profile schicken?"),
   ("me", "2021-02-22 12:00", "Ja, bitte schicken.")])

C("wanted_pitch", "import_specific_problem", "de", "Einzelimport-Dienstleister zum konkreten Propofol-Engpass",
  [("w_import", "2020-04-06 08:30", "Sehr geehrte Frau Dr. Overbeck, Sie hatten in der Landesgruppen-Mailingliste geschrieben, dass Propofol 2% bei Ihnen nur noch für wenige Tage reicht. Wir können kurzfristig Ware aus Italien als Einzelimport nach § 73 Abs. 3 AMG beschaffen, Lieferzeit 4 Werktage, mit den nötigen Unterlagen für Ihre Dokumentation. Wenn das hilft, schicke ich sofort ein Angebot.")])

C("wanted_pitch", "ethanol_press", "de", "Ethanol-Lieferant nach Zeitungsbericht über ihre Eigenherstellung",
  [("w_ethanol", "2020-03-30 10:00", "Guten Tag Frau Dr. Overbeck, ich habe in der Münsterschen Rundschau gelesen, dass Ihre Apotheke Händedesinfektion selbst herstellt und der Ethanol knapp wird. Wir haben noch Ethanol 96% in 200-Liter-Fässern aus einer Brennerei im Emsland, mit Analysenzertifikat, Lieferung innerhalb von 48 Stunden. Wenn Sie Bedarf haben, rufen Sie mich gern direkt an.")])

C("wanted_pitch", "shortage_platform_post", "en", "Dutch startup references her post on cross-border shortage exchange",
  [("w_nl", "2020-05-12 14:00", "Hi Dr Overbeck, I read your LinkedIn post about exchanging ICU drugs with Enschede during the first wave, and how most of the time went into finding out who had stock. We're building a shared shortage map for hospital pharmacies in NL and are starting a pilot with five German border hospitals. Free during the pilot. Would you be open to a 30-minute video call?")])

C("wanted_pitch", "designer_specific_problem", "de", "Grafikerin bemerkt, dass ihr Patientenflyer nicht barrierefrei ist",
  [("w_grafik", "2021-06-02 19:00", "Hallo Frau Overbeck, ich gestalte barrierefreie Patienteninformationen. Ihr Flyer 'Medikamente richtig einnehmen' auf der Klinikwebseite ist inhaltlich toll, aber das PDF ist nicht screenreader-tauglich und die Schrift ist für ältere Patient*innen sehr klein. Ich könnte eine Version in Leichter Sprache mit Piktogrammen machen, Festpreis 680 €. Ein Beispiel aus dem Klinikum Detmold hänge ich an.")],
  attachments={0: "https://www.linkedin.com/dms/beispiel-leichte-sprache.pdf"})

C("wanted_pitch", "software_tools", "de", "Herstellungssoftware nennt ihre Excel-Protokolle",
  [("w_herst", "2020-11-30 10:00", "Hallo Frau Dr. Overbeck, in Ihrem Vortrag beim Herbsttreffen zeigten Sie kurz ein Herstellungsprotokoll aus Excel. Viele Häuser machen das so, aber mit der Fremdversorgung Telgte wächst das Volumen. RezepturPro erzeugt die Protokolle nach § 7 ApBetrO direkt aus der Anforderung und übernimmt Ihre bestehenden Vorlagen. Ein Testzugang für drei Monate wäre kostenlos.")])

C("wanted_pitch", "biosimilar_question", "de", "MSL beantwortet ihre Frage aus einer Diskussion",
  [("w_bio", "2020-09-25 09:00", "Guten Morgen Frau Dr. Overbeck, in der Diskussion gestern beim Herbsttreffen fragten Sie, ob es Daten zur Umstellung von Patient*innen mit laufender Adalimumab-Therapie auf Biosimilars bei über 75-Jährigen gibt. Wir haben dazu eine Registerauswertung (n=310), die ich Ihnen gern schicke. Gern stelle ich sie auch Ihrer Arzneimittelkommission vor."),
   ("me", "2020-09-25 10:30", "Die Auswertung gern, danke. Über eine Vorstellung in der AMK entscheiden wir im Herbst.")])

# ------------------------------------------------------------------ junk
C("junk", "generic_automation", "de", "Kommissionierer-Werbung für Offizin, Gegenstück zum Landesgruppen-Pitch",
  [("j_autom", "2020-10-20 08:00", "Sehr geehrte Damen und Herren, mit unserem ApoRobot sparen Apotheken bis zu 2 Stunden Zeit pro Tag in der Offizin. Jetzt mit Aktionsrabatt bis 31.10.! Vereinbaren Sie einen Vorführtermin in Ihrer Apotheke.")])

C("junk", "generic_ai_software", "de", "generische KI-Software, Gegenstück zum AMTS-Pitch",
  [("j_ki", "2021-03-15 09:45", "Hi Birgit, KI revolutioniert gerade das Gesundheitswesen. Unsere Plattform hilft Kliniken, mit künstlicher Intelligenz effizienter zu werden. Wann hast du 20 Minuten für eine Demo?")])

C("junk", "generic_logistics", "de", "Kurier-Massenmail, Gegenstück zum Ausschreibungs-Pitch",
  [("j_log", "2021-06-08 11:00", "Hallo, suchen Sie einen zuverlässigen Logistikpartner? SpeedLog Express liefert deutschlandweit, 24h, zu Top-Konditionen. Jetzt Angebot anfordern!")])

C("junk", "irrelevant_recruiter", "de", "Außendienst-Stelle an eine Chefapothekerin",
  [("j_recr", "2020-11-09 10:00", "Hallo Birgit, ich habe eine spannende Position als Pharmareferent (m/w/d) im Raum Dortmund mit Firmenwagen zur Privatnutzung. Dein Profil passt super! Hast du Lust auf einen kurzen Austausch?"),
   ("j_recr", "2020-11-16 10:00", "Hi Birgit, hast du meine Nachricht gesehen? 😊")])

C("junk", "generic_temperature_logger", "de", "Datenlogger-Werbung, Gegenstück zum Monitoring-Pitch",
  [("j_temp", "2021-01-25 13:00", "Temperaturlogger ab 19,90 €! Jetzt im LoggerShop24 bestellen, Versand am selben Tag. Nur diese Woche: 10% Rabatt mit Code KALT10.")])

C("junk", "ppe_broker", "de", "Masken-Händler 2020",
  [("j_maske", "2020-04-14 23:50", "Sehr geehrte Frau Overbeck, wir haben sofort verfügbar 2 Mio FFP2 Masken, CE-zertifiziert, Mindestabnahme 50.000 Stück, Preis 3,20 €/Stück, Vorkasse. Bei Interesse schnell melden, Ware ist begrenzt!!")])

C("junk", "template_efficiency", "de", "Massenvorlage 1 von 5: Prozesseffizienz",
  [("t1", "2021-02-01 08:30", "Hallo Frau Overbeck, ich bin auf Ihr Profil gestoßen und war beeindruckt von Ihrer Arbeit beim Klinikum Aasee Münster. Wir unterstützen Entscheider im Gesundheitswesen dabei, ihre Prozesse um bis zu 30% effizienter zu gestalten. Hätten Sie Interesse an einem kurzen Austausch?")])
C("junk", "template_efficiency", "de", "Massenvorlage 2 von 5, leicht verändert",
  [("t2", "2021-02-17 10:15", "Liebe Frau Overbeck, beim Stöbern bin ich auf Ihr Profil gestoßen und Ihre Arbeit als Chefapothekerin hat mich beeindruckt. Wir helfen Führungskräften in Kliniken, Abläufe um bis zu 35% effizienter zu machen. Wären Sie offen für ein kurzes Gespräch?")])
C("junk", "template_efficiency", "de", "Massenvorlage 3 von 5",
  [("t3", "2021-03-03 14:00", "Hallo Birgit, ich bin über dein Profil gestolpert und finde deine Arbeit in der Krankenhauspharmazie beeindruckend. Wir unterstützen Entscheider im Gesundheitswesen, Prozesse bis zu 30% effizienter zu gestalten. Lust auf einen kurzen Austausch?"),
   ("t3", "2021-03-10 14:00", "Hi Birgit, ich hole meine Nachricht nochmal nach oben. Wie sieht's aus?")])
C("junk", "template_efficiency", "de", "Massenvorlage 4 von 5",
  [("t4", "2021-04-12 09:00", "Sehr geehrte Frau Dr. Overbeck, ich bin auf Ihr Profil gestoßen und war beeindruckt von Ihrer Tätigkeit im Klinikum Aasee. Wir begleiten Entscheiderinnen im Gesundheitswesen dabei, ihre Prozesse um bis zu 30% effizienter aufzustellen. Darf ich Ihnen kurz zeigen, wie?")])
C("junk", "template_efficiency", "en", "mass template 5 of 5, English version",
  [("t5", "2021-05-05 16:20", "Hi Birgit, I came across your profile and was impressed by your work at Klinikum Aasee Münster. We help healthcare decision-makers make their processes up to 30% more efficient. Would you be open to a brief exchange?")])

C("junk", "merge_tag_failure", "de", "nicht ersetztes {{Vorname}}",
  [("m1", "2020-12-01 07:30", "Hallo {{Vorname}}, die Digitalisierung macht auch vor {{Firma}} nicht halt. Sichern Sie sich jetzt einen Platz in unserem Online-Seminar 'Digitale Klinik 2021'!")])

C("junk", "merge_tag_failure", "de", "falscher Name in Recruiting-Nachricht",
  [("m2", "2021-03-29 12:00", "Hallo Sabine, ich hoffe, es geht dir gut! Ich habe eine spannende Position als Leitung Qualitätsmanagement in einem MedTech-Unternehmen, die perfekt zu deinem Werdegang passt. Hast du Zeit für ein vertrauliches Gespräch?")])

C("junk", "merge_tag_failure", "de", "Platzhalter [Firma] stehen geblieben",
  [("m3", "2020-08-24 10:00", "Sehr geehrte Frau Overbeck, wir haben gesehen, dass [Firma] in [Stadt] wächst. Mit unseren Online-Marketing-Lösungen gewinnen Kliniken wie [Firma] bis zu 40% mehr Patienten. Kostenlose Erstanalyse?")])

C("junk", "merge_tag_failure", "de", "falscher Arbeitgeber im Pitch",
  [("m4", "2021-04-20 09:15", "Liebe Frau Overbeck, herzlichen Glückwunsch zu Ihrer Arbeit an der Uniklinik Köln! Gerade große Häuser wie die Uniklinik Köln profitieren von unserem Benchmarking. Hätten Sie 15 Minuten?")])

C("junk", "sponsored_inmail", "de", "Sponsored InMail für einen MBA Gesundheitsmanagement",
  [("s_mba", "2020-09-14 12:00", "<p>Hallo Birgit,</p><p>Führung im Gesundheitswesen braucht Managementwissen. Unser berufsbegleitender <b>MBA Gesundheitsmanagement</b> startet im März &ndash; jetzt Infoabend buchen!</p>")],
  title=SPONSORED, subject="Ihr nächster Karriereschritt")

C("junk", "sponsored_inmail", "en", "sponsored InMail for document software, in English",
  [("s_sw", "2021-02-08 12:00", "<p>Hi Birgit,</p><p>Go paperless in 30 days. Paperless Pro digitises your documents &amp; workflows. <b>Start your free trial.</b></p>")],
  title=SPONSORED, subject="Still drowning in paper?")

C("junk", "paid_award", "de", "Auszeichnung gegen Gebühr",
  [("j_award", "2021-05-11 10:00", "Sehr geehrte Frau Dr. Overbeck, wir freuen uns, Ihnen mitzuteilen, dass Sie für den Deutschen Gesundheits-Award 2021 in der Kategorie 'Top-Apothekerin des Jahres' nominiert wurden. Das Auszeichnungspaket (Urkunde, Siegel zur Nutzung, Online-Porträt) erhalten Sie für 890 € zzgl. MwSt. Bitte bestätigen Sie bis 20.5.")])

C("junk", "paid_feature", "de", "bezahltes Porträt als redaktionelle Anfrage getarnt",
  [("j_feature", "2020-07-07 11:30", "Sehr geehrte Frau Dr. Overbeck, für unsere Sonderausgabe 'Köpfe der Klinikpharmazie' möchten wir Sie gern porträtieren. Für ein ganzseitiges Porträt inkl. Foto berechnen wir einen Kostenbeitrag von 1.490 €. Darf ich Ihnen die Mediadaten schicken?"),
   ("j_feature", "2020-07-21 11:30", "Sehr geehrte Frau Dr. Overbeck, Redaktionsschluss ist Freitag. Sollen wir Sie einplanen?")])

C("junk", "offers_what_she_sells", "de", "Herstellbetrieb bietet ihr Zytostatika-Herstellung an",
  [("j_same", "2021-06-01 08:00", "Sehr geehrte Damen und Herren, lagern Sie Ihre Zytostatika-Herstellung an uns aus! OnkoPrep beliefert Krankenhäuser und Praxen bundesweit, GMP-zertifiziert, Lieferung innerhalb von 24 h. Fordern Sie jetzt unsere Preisliste an.")])

C("junk", "capacity_for_clients", "de", "Leadgenerierung: Kapazität für neue Kunden?",
  [("j_cap", "2021-01-05 09:00", "Hallo Birgit, kurze Frage: Hast du aktuell Kapazitäten für neue Kunden? Wir bringen Apotheken planbar 20+ neue Stammkunden pro Monat. Wenn ja, zeig ich dir gern, wie."),
   ("j_cap", "2021-01-12 09:00", "Hallo Birgit, nur ein kurzes Follow-up 🙂")])

C("junk", "like_minded_entrepreneurs", "de", "Vernetzen als gleichgesinnte Unternehmer",
  [("j_like", "2020-12-28 22:00", "Hallo Birgit, ich vernetze mich gern mit gleichgesinnten Unternehmerinnen, die etwas bewegen wollen. Lass uns connecten und schauen, wie wir uns gegenseitig Mehrwert bieten können! 🚀")])

C("junk", "quick_15_min_call", "de", "kurzes 15-Minuten-Telefonat für Praxissoftware",
  [("j_15", "2021-04-28 08:10", "Hallo Frau Overbeck, hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat? Ich möchte Ihnen zeigen, wie CloudPraxis Ihre Terminverwaltung vereinfacht. Passt Ihnen Donnerstag?")])

C("junk", "connect_then_pitch", "de", "vernetzt, plaudert über Münsterland, Pitch in Nachricht 3",
  [("j_ctp1", "2021-01-12 08:00", "Danke fürs Vernetzen, Frau Overbeck! Arbeiten Sie noch direkt in Münster? Ich bin oft an der Promenade unterwegs."),
   ("me", "2021-01-12 18:00", "Ja, am Aasee. Schöne Ecke."),
   ("j_ctp1", "2021-01-13 09:00", "Herrlich! Übrigens: Viele Apothekerinnen in Führungspositionen verschenken bei der Altersvorsorge bares Geld. Ich habe mich auf Heilberufe spezialisiert. Darf ich Ihnen unverbindlich eine Analyse erstellen?")])

C("junk", "connect_then_pitch", "de", "vernetzt, Kompliment, dann Coaching-Angebot",
  [("j_ctp2", "2021-05-04 09:00", "Liebe Birgit, danke für die Annahme! Ich bewundere Frauen in Führungspositionen im Gesundheitswesen, gerade in diesen Zeiten."),
   ("j_ctp2", "2021-05-06 09:00", "Ich begleite Führungsfrauen dabei, nach der Pandemie wieder in ihre Kraft zu kommen. Mein 8-Wochen-Programm startet im Juni, es gibt noch 3 Plätze. Magst du ein kostenloses Kennenlerngespräch?")])

C("junk", "connect_then_pitch", "de", "vernetzt über Münsterland, dann Büromöbel",
  [("j_ctp3", "2020-11-24 10:00", "Hallo Birgit, danke fürs Annehmen! Wie läuft es in der Klinik gerade mit Corona?"),
   ("me", "2020-11-24 20:00", "Anstrengend, aber wir kommen klar. Danke der Nachfrage."),
   ("j_ctp3", "2020-11-25 08:30", "Das glaube ich! Gerade jetzt ist gutes Arbeiten wichtig: Unsere ergonomischen Stehtische gibt es bis Jahresende 25% günstiger. Soll ich einen Katalog schicken?")])

C("junk", "bump_no_reply", "de", "Webdesign mit zwei Erinnerungen ohne Antwort",
  [("j_bump1", "2021-02-03 10:00", "Hallo Frau Overbeck, ich habe mir die Webseite Ihrer Apotheke angesehen, da ist noch viel Potenzial! Wollen wir telefonieren?"),
   ("j_bump1", "2021-02-10 10:00", "Hallo nochmal, kurze Erinnerung an meine Nachricht."),
   ("j_bump1", "2021-02-24 10:00", "Frau Overbeck, ich gehe davon aus, dass kein Interesse besteht? Ein kurzes Nein reicht auch 🙂")])

C("junk", "bump_no_reply", "de", "Fördermittelberater mit Erinnerungen",
  [("j_bump2", "2020-08-03 09:00", "Guten Tag, wussten Sie, dass Sie bis zu 80% Förderung für Digitalisierungsprojekte erhalten können? Wir übernehmen den kompletten Antrag."),
   ("j_bump2", "2020-08-12 09:00", "Guten Tag, ich wollte nochmal nachhaken."),
   ("j_bump2", "2020-08-26 09:00", "Letzte Erinnerung: Das Förderprogramm endet bald!")])

C("junk", "off_topic_product", "de", "Photovoltaik fürs Eigenheim",
  [("j_pv", "2021-04-06 18:30", "Hallo Frau Overbeck, Hausbesitzer im Münsterland sparen mit Photovoltaik bis zu 70% Stromkosten. Wir haben nächste Woche noch Termine für eine kostenlose Dachanalyse frei. Interesse?")])

C("junk", "off_topic_product", "de", "Krypto-Community",
  [("j_krypto", "2021-02-19 23:15", "Hey Birgit! 🚀 Bitcoin steht kurz vor dem nächsten Ausbruch. In unserer exklusiven Community teilen wir täglich Signale. Jetzt 7 Tage gratis testen!")])

C("junk", "fluent_generic_named_company", "de", "flüssige Beratung, nennt das Klinikum, passt auf jedes Haus",
  [("j_fluent1", "2021-03-24 07:40", "Sehr geehrte Frau Dr. Overbeck, das Klinikum Aasee Münster steht, wie viele Häuser in NRW, vor großen Herausforderungen: Fachkräftemangel, Kostendruck und die Umsetzung des Krankenhauszukunftsgesetzes. Unsere Beratung hat Häusern wie dem Klinikum Aasee geholfen, diese Themen strukturiert anzugehen. Ich würde mich über einen unverbindlichen Austausch sehr freuen.")])

C("junk", "fluent_generic_named_company", "de", "flüssige Finanzberatung, nennt das Klinikum",
  [("j_fluent2", "2020-10-13 08:20", "Liebe Frau Overbeck, für das Klinikum Aasee bieten sich mit dem Krankenhauszukunftsfonds gerade jetzt einmalige Chancen. Wir begleiten Kliniken von der Förderstrategie bis zur Umsetzung und würden uns freuen, auch das Klinikum Aasee zu unterstützen. Wann passt Ihnen ein kurzer Termin?")])

C("junk", "off_topic_product", "de", "Nahrungsergänzung für die Offizin an eine Klinikapotheke",
  [("j_nem", "2020-11-02 10:30", "Guten Tag, nehmen Sie jetzt unser Vitamin D3+K2 in Ihr Sortiment auf! Hohe Marge, Dekomaterial gratis, Schaufensteraktion inklusive. Ich komme gern in Ihrer Apotheke vorbei.")])

C("junk", "offshore_it", "en", "offshore IT in English",
  [("j_it", "2021-05-25 05:40", "Dear Birgit, greetings from Infosolve! We are a leading IT company providing healthcare software development at affordable prices. Kindly let me know a suitable time for a call to discuss your requirements.")])

C("junk", "leadership_coaching", "de", "Burnout-Coaching für Führungskräfte",
  [("j_coach", "2021-01-19 07:00", "Liebe Birgit, Führungskräfte im Gesundheitswesen sind gerade am Limit. Mein Programm 'Gelassen führen' hilft dir, Stress abzubauen. Jetzt Frühbucherpreis 1.997 € sichern!")])

C("junk", "paid_event_pass", "de", "Kongresseinladung mit Teilnahmegebühr",
  [("j_kongress", "2021-06-09 10:00", "Sehr geehrte Frau Dr. Overbeck, Sie gehören zu einem ausgewählten Kreis von Entscheidern, die wir zum Future Hospital Summit in Berlin einladen. Ihr exklusives Ticket zum Vorzugspreis von 1.290 € (statt 1.890 €) halten wir bis Freitag für Sie bereit.")])

C("junk", "mass_webinar", "de", "Massen-Webinareinladung",
  [("j_webinar", "2020-06-23 11:00", "Einladung: Webinar 'Digitale Transformation im Krankenhaus' am 30.6. um 11 Uhr. Jetzt kostenlos anmelden, Plätze begrenzt! Teilen Sie die Einladung gern mit Ihrem Team.")])

C("junk", "paid_podcast", "de", "Podcast-Gastauftritt gegen Produktionspauschale",
  [("j_pod", "2021-03-02 19:45", "Hallo Birgit, wir würden dich super gern als Gästin in unserem Podcast 'Pharma Talk Spotlight' haben! Für Schnitt, Promotion und dein persönliches Clip-Paket fällt eine Produktionspauschale von 349 € an. Soll ich dir einen Aufnahmetermin reservieren?")])

profile = {"First Name": "Birgit", "Last Name": "Overbeck",
           "Headline": "Chefapothekerin | Krankenhausapotheke Klinikum Aasee Münster | Fachapothekerin Klinische Pharmazie",
           "Summary": "Leitung der Krankenhausapotheke mit Unit-Dose-Versorgung, Zytostatika-Herstellung und Versorgung externer Kliniken und Praxen. Antibiotic Stewardship, AMTS, Ausbildung von PTA und Pharmazeut*innen im Praktikum.",
           "Industry": "Hospitals and Health Care", "Geo Location": "Münster, Nordrhein-Westfalen, Deutschland",
           "Websites": "https://www.klinikum-aasee.de/apotheke"}
positions = [
    {"Company Name": "Klinikum Aasee Münster", "Title": "Chefapothekerin", "Location": "Münster", "Started On": "Jul 2014"},
    {"Company Name": "Klinikum Aasee Münster", "Title": "Oberapothekerin", "Location": "Münster", "Started On": "Jan 2009", "Finished On": "Jun 2014"},
    {"Company Name": "Universität Münster", "Title": "Wissenschaftliche Mitarbeiterin (Promotion)", "Location": "Münster", "Started On": "Oct 2004", "Finished On": "Dec 2008"},
]
skills = ["Klinische Pharmazie", "Arzneimitteltherapiesicherheit", "Zytostatika-Herstellung", "Antibiotic Stewardship",
          "Unit-Dose-Versorgung", "Personalführung", "Vergaberecht"]

if __name__ == "__main__":
    ex.write(OUT, profile, positions, skills)
    print(ex.summary())

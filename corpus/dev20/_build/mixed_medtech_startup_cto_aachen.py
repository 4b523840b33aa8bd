"""dev20 persona (written blind as heldout26, session 4): heldout26 persona 3: Dr. Johanna Reuschenbach, CTO of a 20-person Aachen medtech start-up (ECG patch).

Written blind to the code (session 4): every message below is written by hand for this corpus.
Running this script regenerates ../mixed-medtech-startup-cto-aachen byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-medtech-startup-cto-aachen"
OWNER = Person("me", "Johanna Reuschenbach", "https://www.linkedin.com/in/johanna-reuschenbach-0d3f7e",
               "Kardiolyt GmbH", "CTO & Co-Founder")
ex = Export(SLUG, "2026", OWNER)
P = ex.person

# ---------------------------------------------------------------- people
P("nb_audit", "Rüdiger Hansmann", "QualiMed Benannte Stelle GmbH", "Lead Auditor", connected="2024-03-14")
P("nb_review", "Dr. Elena Vasquez", "QualiMed Benannte Stelle GmbH", "Clinical Reviewer", connected="2025-02-10")
P("klinik", "PD Dr. Stefan Offermanns", "Klinikum Aachen-Nord", "Oberarzt Kardiologie", connected="2022-06-01")
P("studynurse", "Femke Janssen", "Maasland Heart Centre", "Clinical Research Nurse", connected="2025-01-20")
P("vc", "Charlotte Whitfield", "Northbridge Health Ventures", "Partner", connected="2023-09-18")
P("angel", "Hans-Peter Leuchtenberg", "", "Business Angel", connected="2019-12-02")
P("cm", "Daniel Novák", "Brno Medical Assembly s.r.o.", "Key Account Manager", connected="2023-05-05")
P("cm_de", "Sabine Kreutzer", "Eifel Medizintechnik Fertigung GmbH", "Vertriebsleitung", connected="2025-06-11",
  invite=("OUT", "2025-06-11 08:12", "Hallo Frau Kreutzer, wir hatten uns auf der COMPAMED kurz gesprochen."))
P("lab", "Jonas Pütz", "Aachener Institut für Biomedizinische Technik", "Doktorand", connected="2024-10-08")
P("fw_eng", "Moritz Hambloch", "Kardiolyt GmbH", "Firmware Engineer", connected="2021-08-01")
P("ble_eng", "Lucía Ferrer", "Kardiolyt GmbH", "Embedded Software Engineer", connected="2024-02-01")
P("recruiter", "Tanja Esser", "Esser & Brandt Executive Search", "Partnerin", connected="2025-03-03",
  invite=("OUT", "2025-03-03 17:45", ""))
P("applicant", "Arjun Raghavan", "", "Embedded Systems Engineer")
P("ce1", "Dr. Annika Loosen", "Heartwise Diagnostics", "VP Clinical", connected="2021-02-14")
P("ce2", "Bastian Kohl", "Kohl Regulatory", "Freelance RA Consultant", connected="2020-07-07")
P("ce3", "Priya Anand", "Northbridge Health Ventures", "Associate", connected="2023-09-20")
P("spam_lead", "Dr. Pieter Claes", "Cardiologiepraktijk Claes", "Cardiologist")
P("praxis", "Dr. Melanie Schiefer", "Kardiologische Gemeinschaftspraxis Köln-Deutz", "Fachärztin für Innere Medizin und Kardiologie")
P("telemed", "Marco Bellandi", "VitalLink Telemedicine", "Head of Partnerships", connected="2025-07-01")
P("peer", "Katharina Dohmen", "Pulsevia GmbH", "CEO", connected="2022-11-11")
P("journo", "Ralf Sieben", "Aachener Tagespost", "Wirtschaftsredakteur", connected="2025-09-25")
P("meetup", "Tom Vermeulen", "Euregio MedTech Meetup", "Organiser", connected="2023-01-30")
P("doktorvater", "Prof. Dr. Werner Klinkenberg", "Aachener Institut für Biomedizinische Technik", "Institutsleiter", connected="2015-04-01")
P("excolleague", "Rebecca Holt", "Larkspur Medical", "Director Hardware Engineering", connected="2017-10-10")
P("emc", "Thomas Lauscher", "EMV-Prüflabor Stolberg", "Projektleiter", connected="2024-01-09")
P("ceo", "Felix Brammertz", "Kardiolyt GmbH", "CEO & Co-Founder", connected="2019-06-01")
P("qm", "Ingrid Wergen", "Kardiolyt GmbH", "Qualitätsmanagementbeauftragte", connected="2022-04-01")
P("cro", "Hannah Lindqvist", "Nordic Trial Services AB", "Project Manager", connected="2024-11-04")
P("patent", "Dr. Axel Quadflieg", "Quadflieg Patentanwälte", "Patentanwalt", connected="2020-03-03")
P("dsb", "Martina Offergeld", "Klinikum Aachen-Nord", "Datenschutzbeauftragte")
P("pilotuser", "Dr. Samuel Okoro", "Maasland Heart Centre", "Cardiology Fellow", connected="2025-04-15")
P("excolleague_pcb", "Sven Thelen", "Rurtal Elektronik GmbH", "Vertrieb", connected="2018-05-22")
P("student", "Lea Mertens", "", "Masterstudentin Medizintechnik")
P("vc_assoc", "Oliver Grant", "Meridian Life Science Capital", "Investment Associate", connected="2025-10-02")
P("friend", "Nina Jöris", "", "", connected="2014-08-08")

# wanted pitches
P("w_bio", "Dr. Helen Ashby", "Ashby BioCompat Labs", "Study Director")
P("w_reg", "Christoph Wüllenweber", "Wüllenweber MDR Consulting", "Inhaber")
P("w_adhesive", "Mark Delaney", "Tenacia Medical Adhesives", "Application Engineer")
P("w_recruit", "Judith Braun", "Embedded Talents", "Senior Recruiterin", connected="2025-05-12",
  invite=("IN", "2025-05-11 19:20", "Hallo Frau Reuschenbach, ich hätte eine passende Kandidatin für Ihre Firmware-Stelle."))
P("w_reimb", "Dr. Sophie van Dijk", "Pathway Reimbursement Partners", "Managing Consultant")
P("w_eqms", "Benedikt Schruff", "TraceLine eQMS", "Solutions Engineer")
P("w_battery", "Akira Tanabe", "FlexCell Power", "Sales Engineer Europe")
P("w_steril", "Gabriele Heinen", "Sterilpack Eschweiler GmbH", "Business Development")
P("w_grant", "Laura Mancini", "Fundwise EU", "Senior Grant Writer")
P("w_sec", "Niklas Haas", "Haas Security Labs", "Medical Device Security Researcher")
P("w_ux", "Carina Wollgarten", "Nutzbar Usability Engineering", "Geschäftsführerin")
P("w_cm2", "Petr Dvořák", "Morava Electronics Medical", "Business Development Manager")

# junk
P("j_seo", "Jason Hill", "GrowthPeak Digital", "SEO Specialist")
P("j_dev", "Vikram Nair", "Synapse Softworks", "Director Business Development")
P("j_crypto", "Melissa Brandt", "", "Trader | Mentorin")
P("j_office", "Uwe Krautkrämer", "BüroWelt Direkt", "Außendienst")
P("j_sells", "Dr. Ahmed Saleh", "CardioTrack Global", "Business Development")
P("j_capacity", "Ryan McAllister", "MedLead Pipeline", "Founder")
P("j_likeminded", "Sebastian Wirtz", "Wirtz Impact Ventures", "Founder | Investor | Visionary")
P("j_15min", "Lena Hoffmann", "Scale Partners", "Senior Consultant")
P("j_ctp1", "Daniel Morales", "Nearshore Hub", "Partner", connected="2025-10-20",
  invite=("IN", "2025-10-20 06:40", ""))
P("j_ctp2", "Anja Peltzer", "Peltzer Coaching", "Executive Coach", connected="2025-04-02",
  invite=("IN", "2025-04-01 20:15", "Hallo Johanna, spannende Gründerin, lass uns vernetzen!"))
P("j_ctp3", "Chris Whitman", "CloudFort IT", "Account Executive", connected="2025-08-11",
  invite=("IN", "2025-08-10 12:00", ""))
P("j_bump", "Marina Schulte", "TalentBridge Employer Branding", "Beraterin")
P("j_tpl1", "Kevin Brooks", "DevForce Nearshore", "Head of Sales")
P("j_tpl2", "Ana Popescu", "Carpathian Code", "Partnership Manager")
P("j_tpl3", "Mateusz Wójcik", "VistulaDev", "Business Development")
P("j_tpl4", "Sarah Cohen", "Elevate Engineering Teams", "Growth Lead")
P("j_tpl5", "Marcel Brückner", "DevTeam Ost GmbH", "Vertrieb")
P("j_merge1", "Brianna Scott", "PipelinePro", "SDR")
P("j_merge2", "Tobias Reinartz", "Fördermittel Direkt", "Berater")
P("j_merge3", "Olga Ivanova", "MedTech Data Solutions", "Sales Director")
P("j_merge4", "Dennis Frings", "Leasing Partner West", "Vertrieb")
P("spon1", "LinkedIn Member", url="")
P("spon2", "CloudVault", url="https://www.linkedin.com/company/cloudvault-storage")
P("spon3", "LinkedIn Member", url="")
P("j_award", "Dr. Michael Steinfeld", "European Healthcare Innovation Awards", "Awards Committee")
P("j_feature", "Jennifer Walsh", "MedTech Leaders Quarterly", "Editorial Partnerships")
P("j_podcast", "Marvin Kessel", "Startup Stories DE", "Host")
P("j_fluent", "Isabelle Fontaine", "Ardent Brand Partners", "Managing Director")
P("j_bio", "Zhang Wei", "Global Testing Services", "Sales Manager")
P("j_mdr", "Kerstin Baum", "MDR Ready GmbH", "Vertrieb")
P("j_adhesive", "Raj Patel", "Apex Industrial Tapes", "Export Executive")
P("j_recruit", "Peter Schmitz", "TopJob Personaldienstleistungen", "Recruiter")
P("j_qms", "Nicole Fischer", "QualityDocs Software", "Account Executive")
P("j_grant", "Holger Zimmermann", "Förderprofi24", "Fördermittelberater")
P("j_sec", "Alex Turner", "SecureNow", "Cybersecurity Sales")
P("j_mlm", "Jessica Langen", "", "Gesundheit & Lifestyle")
P("j_verzeichnis", "Frank Bohlen", "Gewerbeverzeichnis Deutschland Online", "Kundenservice")

C = ex.conv

# ================================================================ GENUINE (35)
C("genuine", "notified_body", "de", "Benannte Stelle: Termine für das Stufe-2-Audit", [
    ("nb_audit", "2025-03-10 09:15", "Sehr geehrte Frau Dr. Reuschenbach,\nfür das Stufe-2-Audit nach MDR schlagen wir den 12. bis 14. Mai vor, vor Ort in Aachen. Bitte halten Sie die Designhistorie und die Risikomanagementakte bereit. Das Audit umfasst 5 Audittage à 1.680 € zzgl. Reisekosten, wie im Angebot vom Januar.\nMit freundlichen Grüßen\nRüdiger Hansmann"),
    ("me", "2025-03-10 14:30", "Sehr geehrter Herr Hansmann, der 12.-14. Mai passt. Ich schicke Ihnen bis Ende März die aktualisierte Dokumentenliste. Parkplätze reservieren wir Ihnen im Hof."),
])
C("genuine", "notified_body", "en", "notified body clinical reviewer asks about the clinical evaluation", [
    ("nb_review", "2025-06-03 10:40", "Dear Dr Reuschenbach,\nin reviewing the Clinical Evaluation Report (rev. 4) I have two questions:\n1) the equivalence claim to the predicate Holter relies on data from a different electrode geometry. Please justify or remove.\n2) the AF detection sensitivity from the Maastricht study is reported per patient, the performance claim is per episode. Please align.\nA written response within 30 days would keep the timeline. Kind regards, Elena Vasquez"),
    ("me", "2025-06-03 16:05", "Dear Dr Vasquez, thank you for the clear questions. We will drop the equivalence route and rely on our own clinical data, and re-report sensitivity per episode. Response by 27 June."),
])
C("genuine", "study_partner", "de", "Oberarzt des Studienzentrums zur Rekrutierung", [
    ("klinik", "2025-02-18 19:50", "Liebe Johanna, kurzer Stand aus der Kardio: 41 von 60 Patienten eingeschlossen, 3 Drop-outs wegen Hautreizung am Tag 5. Können wir am Donnerstag mit eurem Team über die Pflaster-Position sprechen? Und die Studiennurse fragt, ob ihr noch Ladeschalen nachschicken könnt, zwei sind kaputt. Beste Grüße, Stefan"),
    ("me", "2025-02-18 21:10", "Lieber Stefan, danke! Donnerstag 13 Uhr bei euch? Ich bringe Moritz und 5 neue Ladeschalen mit. Die Hautreizungen schauen wir uns ganz genau an."),
    ("klinik", "2025-02-19 07:02", "13 Uhr passt, Seminarraum 2. Bis dann."),
])
C("genuine", "study_partner", "en", "Maastricht study nurse about shipping patches and consent forms", [
    ("studynurse", "2025-03-25 08:30", "Hi Johanna, we're running low on patches for the Maastricht arm, only 14 left and we have 9 patients next week. Could you send another box of 50? Also the Dutch consent form v2.1 still says 'version 2.0' in the footer, our ethics office noticed. Groetjes, Femke"),
    ("me", "2025-03-25 09:15", "Hi Femke, box of 50 leaves today by courier, should be with you Thursday. Footer: oops, thank you, corrected version comes from Ingrid today."),
    ("studynurse", "2025-03-27 11:02", "Box arrived, thanks!"),
])
C("genuine", "investor_board", "en", "lead investor preparing the board meeting", [
    ("vc", "2025-09-08 17:20", "Hi Johanna, ahead of the board on the 18th: could you include a one-pager on the CE timeline with the two scenarios (with and without the extra bench tests), and a realistic COGS per patch at 10k and 50k units? The Brno price increase worries me a bit. Thanks, Charlotte"),
    ("me", "2025-09-09 08:40", "Will do. COGS at 10k is about €11.80 after the Brno increase, at 50k we think €7.20 if we move to the second source. One-pager by Friday."),
    ("vc", "2025-09-09 09:00", "Perfect, thank you."),
])
C("genuine", "investor_longstanding", "de", "langjähriger Business Angel, locker", [
    ("angel", "2025-12-22 11:00", "Liebe Johanna, frohe Weihnachten an das ganze Team! Was für ein Jahr, vom Audit bis zum Zertifikat. Ich hab gestern bei Nobis Printen für euch besorgt, bring ich im Januar vorbei. Und sag Felix, er soll sich über die Feiertage mal ausruhen 😉 Herzlich, Hans-Peter"),
    ("me", "2025-12-22 13:40", "Lieber Hans-Peter, danke, ohne dich hätte es 2019 gar nicht angefangen. Printen werden mit Begeisterung empfangen! Schöne Feiertage euch."),
])
C("genuine", "vendor_existing_price_change", "en", "contract manufacturer announces a unit price increase", [
    ("cm", "2025-08-27 14:10", "Dear Johanna,\nI'm sorry to bring bad news: our adhesive supplier has increased the price of the hydrocolloid laminate by 22% from October. For your patch this means the unit price goes from €9.40 to €10.15 for orders placed after 1 October. Orders placed before then stay at the current price. I'm happy to discuss volume commitments that could soften this.\nBest regards, Daniel"),
    ("me", "2025-08-28 08:30", "Hi Daniel, thanks for the early notice. We'll place the Q4 order before October. Let's talk about a 12-month commitment in September, can you send a proposal?"),
    ("cm", "2025-08-28 09:12", "Proposal next week. Thank you for understanding."),
])
C("genuine", "owner_started_quote_request", "de", "CTO fragt einen zweiten Fertiger nach einem Angebot für 10.000 Einheiten", [
    ("me", "2025-06-11 08:20", "Hallo Frau Kreutzer, danke fürs Vernetzen! Wie auf der COMPAMED besprochen: Wir suchen einen Second Source für die Endmontage unseres EKG-Pflasters (Flex-PCB, Kleberlaminat, Verpackung, ISO 13485). Könnten Sie uns ein Angebot für 10.000 und 50.000 Einheiten pro Jahr machen? Die Spezifikation schicke ich nach NDA."),
    ("cm_de", "2025-06-11 11:45", "Hallo Frau Dr. Reuschenbach, sehr gern. NDA geht heute raus. Wir würden uns die Linie bei Ihnen gern einmal ansehen, wären Sie am 24.6. in Aachen?"),
    ("me", "2025-06-11 12:00", "24.6. passt, 10 Uhr."),
    ("cm_de", "2025-07-15 16:30", "Angebot ist per Mail raus: 10k zu 8,90 €/Stk, 50k zu 6,70 €/Stk, Werkzeugkosten einmalig 18.500 €."),
])
C("genuine", "university_lab", "de", "Doktorand zur Kooperation bei der Signalverarbeitung", [
    ("lab", "2025-01-14 15:05", "Hallo Johanna, Prof. Klinkenberg meinte, ich soll mich direkt bei dir melden. Ich arbeite an Bewegungsartefakt-Unterdrückung mit Beschleunigungssensor-Fusion und hätte gern echte Rohdaten von eurem Pflaster (anonymisiert natürlich). Im Gegenzug könnt ihr den Algorithmus nutzen. Ginge das über einen Kooperationsvertrag?"),
    ("me", "2025-01-14 18:20", "Hallo Jonas, sehr gern! Die Daten aus der Belastungs-EKG-Testreihe wären ideal. Ich kläre den Vertrag mit unserer Rechtsabteilung (= Felix 😄), dann treffen wir uns."),
])
C("genuine", "colleague", "de", "Firmware-Engineer zum Release-Stand", [
    ("fw_eng", "2025-04-09 22:14", "Hi Johanna, RC3 ist durch die Unit-Tests, aber der Langzeittest zeigt nach ~96h einen Speicherleck im BLE-Stack-Wrapper, ca. 40 Byte/h. Reicht für 7 Tage noch, aber ich würd's gern vor dem Freeze fixen. Freeze um 2 Tage schieben ok?"),
    ("me", "2025-04-10 07:30", "Moritz, ja, schieb den Freeze. Lieber jetzt sauber, als dass die Benannte Stelle es findet. Danke fürs späte Dranbleiben, geh heute früher heim."),
])
C("genuine", "colleague", "en", "embedded engineer about a Bluetooth bug on one phone model", [
    ("ble_eng", "2025-05-06 16:45", "Hi Johanna, the reconnection bug only happens on two Android phones (both with the same chipset). I can reproduce it on the test phone. The workaround is to delay the connection parameter update by 2 seconds. Do we need a change request for that or is it a bugfix under the current one?"),
    ("me", "2025-05-06 17:10", "Good find Lucía! It changes timing behaviour, so please open a CR, Ingrid will want the impact analysis. Small one is fine."),
    ("ble_eng", "2025-05-06 17:12", "Ok, CR-118 opened 👍"),
])
C("genuine", "recruiter_engaged", "de", "CTO beauftragt Executive Search für Regulatory Affairs Manager, Honorar", [
    ("me", "2025-03-03 17:50", "Hallo Frau Esser, danke für die Annahme. Wir suchen eine:n Regulatory Affairs Manager:in mit MDR-Erfahrung Klasse IIa, idealerweise mit Software/SaMD. Standort Aachen, 2 Tage remote möglich. Wie sind Ihre Konditionen?"),
    ("recruiter", "2025-03-04 09:30", "Hallo Frau Dr. Reuschenbach, vielen Dank. Unser Honorar liegt bei 28 % des Zieljahresgehalts, in drei Raten (Auftrag, Shortlist, Vertragsunterschrift). Bei einem Start-up Ihrer Größe bieten wir alternativ 25 % mit Zahlung erst bei Unterschrift. Passt Ihnen ein Briefing am Freitag?"),
    ("me", "2025-03-04 10:05", "Die 25%-Variante bitte. Freitag 9 Uhr per Video."),
    ("recruiter", "2025-04-11 14:20", "Shortlist mit drei Profilen ist in Ihrem Postfach. Kandidatin 2 kommt aus einem Kölner Diagnostik-Unternehmen und wäre ab Juli frei."),
])
C("genuine", "job_applicant", "en", "embedded engineer applies for the firmware role", [
    ("applicant", "2025-05-20 12:30", "Dear Dr Reuschenbach,\nI applied for the Firmware Engineer position through your website last week and wanted to introduce myself briefly. I've spent 4 years on nRF52-based wearables (Zephyr, BLE, low-power) at a hearing aid company in Eindhoven and I'm moving to Aachen in August for family reasons. I'd love to work on a medical-grade product again. Happy to share code samples.\nKind regards, Arjun Raghavan"),
    ("me", "2025-05-20 20:15", "Dear Arjun, thanks for reaching out, I've seen your application. Lucía will invite you for a technical interview next week. Eindhoven to Aachen is a good move, the Printen are better 😉"),
    ("applicant", "2025-05-21 07:40", "Thank you, looking forward to it!"),
])
C("genuine", "thanks_congrats", "en", "congratulations on the CE certificate (1 of 3)", [
    ("ce1", "2025-11-19 09:12", "Huge congratulations on the CE mark, Johanna! Well deserved after all those years. 🎉"),
    ("me", "2025-11-19 12:00", "Thank you Annika! Drinks at Medica?"),
])
C("genuine", "thanks_congrats", "en", "congratulations on the CE certificate (2 of 3)", [
    ("ce2", "2025-11-19 10:40", "Congratulations on the CE certificate, Johanna, great news and very well deserved!"),
])
C("genuine", "thanks_congrats", "de", "Glückwunsch zum CE-Zertifikat (3 von 3)", [
    ("ce3", "2025-11-19 13:05", "Herzlichen Glückwunsch zum CE-Zertifikat, Johanna! Riesiger Meilenstein für Kardiolyt 🎉"),
])
C("genuine", "inbound_lead_spam_folder", "en", "Belgian cardiologist wants to buy patches; LinkedIn put it in SPAM", [
    ("spam_lead", "2025-12-04 18:30", "Dear Dr Reuschenbach, I read about your CE-marked ECG patch. I run a cardiology practice in Hasselt and we currently send about 40 patients a month to hospital for Holter monitoring. Would your patch be available in Belgium, and at what price per recording? I would be interested in a trial. Best regards, Pieter Claes"),
    ("me", "2025-12-10 08:50", "Dear Dr Claes, my apologies for the late reply, your message ended up in a filtered folder. Yes, we can supply Belgium from January. Our colleague Felix will send you pricing and a trial kit proposal today."),
], folder="SPAM")
C("genuine", "inbound_lead", "de", "Kardiologische Praxis möchte Pilotgeräte kaufen", [
    ("praxis", "2026-01-13 12:40", "Sehr geehrte Frau Dr. Reuschenbach, wir sind eine kardiologische Gemeinschaftspraxis mit vier Ärztinnen in Köln-Deutz. Unsere Langzeit-EKG-Rekorder sind alt und die Patienten hassen die Kabel. Wir würden gern 20 Pflaster-Sets für einen Pilot bestellen. Was kostet das pro Auswertung, und wie läuft die Abrechnung (EBM)? Mit freundlichen Grüßen, M. Schiefer"),
    ("me", "2026-01-13 17:15", "Sehr geehrte Frau Dr. Schiefer, vielen Dank! Pilot mit 20 Sets: 39 € pro Aufzeichnung inkl. Auswertungssoftware, Abrechnung als Langzeit-EKG nach EBM wie bisher. Ich schicke Ihnen das Angebot und einen Termin für die Einweisung, gern in Ihrer Praxis."),
    ("praxis", "2026-01-14 08:20", "Sehr schön, dann freuen wir uns auf das Angebot."),
])
C("genuine", "inbound_lead_partner", "en", "telemedicine company wants to integrate the patch and asks for license pricing", [
    ("telemed", "2025-07-02 10:05", "Hi Johanna, thanks for connecting! We run remote cardiac monitoring for about 3,000 patients in Italy and Austria. We'd like to integrate your patch data into our platform via API. Could you send your API documentation and tell me how you price integration partners (per device, per recording, or flat license)? Ciao, Marco"),
    ("me", "2025-07-02 14:30", "Hi Marco, great to hear. API docs under NDA, I'll send it today. For partners we do per recording, €28 at your volume, or a flat annual license we can discuss. Call next week?"),
    ("telemed", "2025-07-02 14:45", "Tuesday 3pm CET works."),
])
C("genuine", "peer_joint_offer", "de", "Start-up-Kollegin schlägt gemeinsames Angebot für eine Klinik-Ausschreibung vor", [
    ("peer", "2025-10-07 20:30", "Hey Johanna, die Uniklinik-Verbund West hat eine Ausschreibung für Telemonitoring nach Herz-OP rausgegeben, sie wollen EKG + Blutdruck als ein Paket. Wir mit unserer Manschette allein sind zu klein, ihr allein auch. Gemeinsames Angebot? Ich hätte Lust. Kaffee am Markt diese Woche?"),
    ("me", "2025-10-07 21:05", "Kathi, ja! Hab die Ausschreibung auch gesehen und geseufzt. Donnerstag 8:30 am Elisenbrunnen?"),
    ("peer", "2025-10-07 21:06", "Deal ☕"),
])
C("genuine", "journalist", "de", "Lokaljournalist möchte über das CE-Zertifikat berichten", [
    ("journo", "2025-11-20 10:30", "Guten Tag Frau Dr. Reuschenbach, ich habe von Ihrer CE-Zulassung gehört und würde gern für den Wirtschaftsteil über Kardiolyt schreiben: Aachener Gründung aus der Hochschule, 20 Mitarbeitende, jetzt am Markt. Hätten Sie nächste Woche eine halbe Stunde? Beste Grüße, Ralf Sieben"),
    ("me", "2025-11-20 13:00", "Gern, Herr Sieben. Dienstag 10 Uhr bei uns in der Jülicher Straße? Unser CEO Felix Brammertz kommt auch dazu."),
])
C("genuine", "event_invite", "en", "meetup organiser invites her to speak", [
    ("meetup", "2025-09-15 11:00", "Hi Johanna, our next Euregio MedTech Meetup is on 23 October in Maastricht (Brightlands), theme 'From prototype to CE'. Would you give a 15-minute talk on your MDR journey? Honest war stories welcome. Beer and bitterballen after 🙂 Tom"),
    ("me", "2025-09-15 18:20", "Happy to, Tom! War stories I have plenty."),
])
C("genuine", "mentor_longstanding", "de", "ehemaliger Doktorvater, herzlich", [
    ("doktorvater", "2025-11-21 08:00", "Liebe Johanna, ich habe es in der Zeitung gelesen und mich sehr gefreut. Als du 2015 mit dem ersten Pflaster-Prototypen aus Klebeband und einem Arduino ins Labor kamst, hätte ich das nicht gedacht. Hut ab! Komm doch mal wieder zum Institutskolloquium. Herzliche Grüße, Werner Klinkenberg"),
    ("me", "2025-11-21 09:30", "Lieber Herr Klinkenberg, danke! Der Arduino liegt übrigens noch in meiner Schublade. Ich komme gern zum Kolloquium im Januar."),
])
C("genuine", "owner_started_advice", "en", "CTO asks a former colleague for advice on a 60601 test lab", [
    ("me", "2025-01-28 21:10", "Hi Rebecca, long time! Quick question from one hardware person to another: which lab did you use for IEC 60601-1-11 (home use) at Larkspur? Our current lab's queue is 14 weeks and we can't wait that long."),
    ("excolleague", "2025-01-29 07:45", "Hey Johanna! We used a lab near Munich, about 6 weeks lead time, bit pricey but very good with wearables. I'll send you the contact. And congrats on the funding, saw it in the news!"),
    ("me", "2025-01-29 08:10", "Thank you so much!"),
])
C("genuine", "vendor_existing", "de", "EMV-Labor verschiebt den Prüftermin, Preis bleibt", [
    ("emc", "2025-04-22 13:20", "Hallo Frau Reuschenbach, leider muss ich Ihren EMV-Prüftermin vom 5. auf den 12. Mai verschieben, die Absorberhalle ist wegen Wartung zu. Der Preis (3 Tage, 7.450 € netto) bleibt. Ist das für Sie machbar? Entschuldigung für die Umstände."),
    ("me", "2025-04-22 14:00", "Hallo Herr Lauscher, ärgerlich aber machbar. Bitte den 12. fest einplanen."),
])
C("genuine", "colleague_cofounder", "de", "CEO zum Budget für 2026", [
    ("ceo", "2025-10-29 23:05", "Jo, bin grad über dem Budget 2026. Die 3 Stellen in deinem Team sind drin, aber die zweite Fertigungslinie müssen wir auf Q3 schieben, sonst reicht die Runway nicht bis zur Series B. Können wir morgen 8 Uhr kurz drüber sprechen? Sorry für die späte Nachricht."),
    ("me", "2025-10-30 06:50", "8 Uhr passt. Q3 ist ok, wenn Eifel Medizintechnik als Second Source bis dahin qualifiziert ist."),
])
C("genuine", "colleague_quality", "de", "Qualitätsmanagerin zu einer CAPA", [
    ("qm", "2025-02-20 10:10", "Hallo Johanna, wegen der Hautreizungen in der Studie müssen wir eine CAPA eröffnen. Kannst du bis Freitag die technische Ursachenanalyse (Klebstoff, Feuchtigkeit, Tragedauer) liefern? Ich brauche deine Unterschrift auch noch unter den Risikomanagementbericht Rev. 6."),
    ("me", "2025-02-20 10:40", "Ja, Freitag. Unterschrift komm ich gleich rüber."),
])
C("genuine", "vendor_existing_contract", "en", "CRO project manager on a contract amendment", [
    ("cro", "2025-07-30 09:20", "Hi Johanna, attached is the contract amendment for the extension of the monitoring visits (2 extra sites, 6 visits). Total change: +€14,200. Please have it signed by both managing directors. Let me know if you have questions on the budget lines."),
    ("me", "2025-07-30 11:00", "Thanks Hannah, looks fine, Felix and I will sign this week."),
], attachments={0: "https://www.linkedin.com/dms/contract-amendment-3.pdf"})
C("genuine", "advisor_existing", "de", "Patentanwalt zum Prüfungsbescheid und Kosten", [
    ("patent", "2025-05-14 15:45", "Sehr geehrte Frau Dr. Reuschenbach, das EPA hat einen Prüfungsbescheid zur Elektrodenanordnung erlassen, Frist 4 Monate. Die Einwände sind aus meiner Sicht gut ausräumbar. Die Erwiderung würde ca. 2.800 € netto kosten. Sollen wir einen Termin zur Besprechung vereinbaren?"),
    ("me", "2025-05-14 17:30", "Ja, gern. Nächste Woche Mittwoch per Video?"),
])
C("genuine", "study_partner_dpo", "de", "Datenschutzbeauftragte der Klinik zur DSFA", [
    ("dsb", "2025-01-08 11:30", "Sehr geehrte Frau Dr. Reuschenbach, für die Verlängerung der Studie benötige ich eine aktualisierte Datenschutz-Folgenabschätzung, insbesondere zur Cloud-Speicherung der EKG-Rohdaten (Serverstandort?). Bis wann könnten Sie diese liefern?"),
    ("me", "2025-01-08 14:20", "Sehr geehrte Frau Offergeld, die Server stehen in Frankfurt (ISO 27001). Die aktualisierte DSFA schicke ich Ihnen bis zum 20.01."),
])
C("genuine", "customer_feedback", "en", "pilot user reports skin irritation and app feedback", [
    ("pilotuser", "2025-08-19 19:40", "Hi Johanna, feedback from our first 30 pilot patients: recordings were excellent, but 4 patients had redness after day 5, all of them older women with thin skin. Also the app's 'patch placed correctly' check is too strict, nurses needed 3 tries sometimes. Happy to discuss. Sam"),
    ("me", "2025-08-19 21:00", "Thanks Sam, this is really valuable. The redness matches what we saw in Aachen. Could we do a call Friday with Lucía about the placement check?"),
    ("pilotuser", "2025-08-20 07:30", "Friday 2pm works."),
])
C("genuine", "former_colleague_now_vendor", "de", "ehemaliger Kollege arbeitet jetzt bei einem Bestücker und fragt persönlich", [
    ("excolleague_pcb", "2025-06-30 18:00", "Hallo Johanna, lange nicht gesprochen, seit der Zeit am Institut! Ich bin jetzt bei Rurtal Elektronik im Vertrieb. Ich hab gehört, ihr sucht einen Second Source. Wir machen Flex-PCB-Bestückung nach ISO 13485 in Düren. Ich will dich nicht nerven, aber falls ihr ein Angebot wollt, mache ich das gern. Und sonst einfach mal auf ein Bier? Sven"),
    ("me", "2025-07-01 08:15", "Sven! Schön von dir zu hören. Bier auf jeden Fall. Angebot gern, aber wir sind schon weit mit einem Fertiger, also keine großen Hoffnungen. Schick mir die Kontaktdaten, ich geb's an den Einkauf."),
])
C("genuine", "applicant_thesis", "de", "Masterstudentin fragt nach einer Abschlussarbeit", [
    ("student", "2025-09-30 12:00", "Hallo Frau Dr. Reuschenbach, ich studiere Medizintechnik im 3. Master-Semester und suche ab Januar eine Masterarbeit im Bereich Signalverarbeitung oder Embedded. Ihr EKG-Pflaster finde ich total spannend. Hätten Sie ein Thema? Lebenslauf und Notenspiegel schicke ich gern. Viele Grüße, Lea Mertens"),
    ("me", "2025-09-30 19:30", "Hallo Frau Mertens, ja, wir hätten ein Thema zur Erkennung von Vorhofflimmern bei Bewegung. Schicken Sie mir die Unterlagen, dann reden wir mit Moritz zusammen."),
])
C("genuine", "investor_inbound", "en", "VC associate asks for data room access after an intro", [
    ("vc_assoc", "2025-10-03 09:00", "Hi Johanna, thanks for connecting and for the chat with Charlotte's intro last week. Our partners would like to look deeper ahead of your Series B. Could you give us access to the data room, particularly the clinical data and the COGS model? We'd sign your NDA of course."),
    ("me", "2025-10-03 11:20", "Hi Oliver, sure. Felix will send the NDA today, after signing you'll get access."),
])
C("genuine", "friend", "de", "Freundin fragt nach Treffen, Öcher Lokalkolorit", [
    ("friend", "2026-02-10 20:40", "Hey Jo! Fettdonnerstag Öcher Fastelovend, bist du dabei oder musst du wieder arbeiten? 😅 Wir ziehen ab 11 Uhr vom Markt los. Verkleidung: Pflicht!"),
    ("me", "2026-02-10 21:02", "Ich nehm mir frei! Ich geh als EKG-Kurve, Felix als Pflaster 😂"),
    ("friend", "2026-02-10 21:03", "Hahaha, perfekt"),
])

# ================================================================ WANTED PITCHES (12)
C("wanted_pitch", "tailored_post", "en", "biocompatibility lab cites her post about skin irritation on day 5", [
    ("w_bio", "2025-03-03 10:20", "Dear Dr Reuschenbach,\nyour post about patients developing redness on day 5 and the open question of whether it's the adhesive or trapped moisture was refreshingly honest. Under ISO 10993-10/-23 the standard tests use 24-48h exposure, which may not reproduce a day-5 reaction. We run an extended-wear irritation protocol (7 days, occluded) that notified bodies have accepted for two other wearable patches. Happy to share the protocol and a quote (ca. €9k). Helen Ashby"),
    ("me", "2025-03-03 14:10", "Dear Dr Ashby, that is precisely the gap. Please send protocol and quote, and which notified bodies accepted it."),
])
C("wanted_pitch", "tailored_talk", "de", "MDR-Berater bezieht sich auf ihren Vortrag zur Software-Klassifizierung", [
    ("w_reg", "2025-10-27 09:40", "Guten Morgen Frau Dr. Reuschenbach, ich war am Donnerstag beim Euregio MedTech Meetup in Maastricht. Ihr Punkt, dass die AF-Erkennungssoftware nach Regel 11 eventuell IIb statt IIa wird, sobald Sie eine Therapieempfehlung anzeigen, ist für Ihre geplante App-Version 2 entscheidend. Ich habe genau diese Abgrenzung bei zwei Herzrhythmus-Apps mit einer Benannten Stelle durchgefochten. Ein Workshop (1 Tag, 2.400 €) mit Ihrem Team würde Klarheit schaffen, bevor Sie entwickeln. Interesse? Christoph Wüllenweber"),
    ("me", "2025-10-27 12:15", "Herr Wüllenweber, Sie treffen einen wunden Punkt. Können wir nächste Woche telefonieren?"),
])
C("wanted_pitch", "tailored_public_register", "en", "adhesive supplier read the 7-day wear target in the public study registry", [
    ("w_adhesive", "2025-04-14 13:30", "Hello Johanna, I read your study entry in the German Clinical Trials Register: 7-day continuous wear, primary endpoint includes adhesion. Most hydrocolloid laminates we see start lifting at the edges around day 4 in people who sweat or shower. We make a silicone-acrylic hybrid adhesive for exactly 7-14 day ECG wear, already in two CE-marked patches, with biocompatibility data available. Could I send samples cut to your patch outline if you share the DXF? Mark Delaney"),
    ("me", "2025-04-15 08:00", "Hi Mark, edge lifting on day 4-5 is exactly our problem. Sending the DXF under NDA today."),
])
C("wanted_pitch", "tailored_recruiter", "de", "Recruiterin mit passender Firmware-Kandidatin, nennt Stack und Stelle", [
    ("w_recruit", "2025-05-12 08:10", "Guten Morgen Frau Dr. Reuschenbach, danke fürs Vernetzen. In Ihrer Stellenanzeige für den Firmware Engineer suchen Sie Zephyr RTOS, nRF53 und Erfahrung mit IEC 62304. Ich habe eine Kandidatin aus Köln, 6 Jahre Embedded bei einem Insulinpumpen-Hersteller, genau dieser Stack, Software-Sicherheitsklasse C. Sie sucht ein kleines Team mit echtem Produkt. Honorar 20 %. Darf ich das anonymisierte Profil schicken? Judith Braun"),
    ("me", "2025-05-12 12:30", "Ja bitte, klingt passend. Profil gern an mich direkt."),
])
C("wanted_pitch", "tailored_mutual_contact", "en", "reimbursement consultant introduced by the Maastricht cardiologist", [
    ("w_reimb", "2025-06-16 10:00", "Dear Johanna, Dr Samuel Okoro suggested I contact you. He mentioned that Dutch and Belgian practices love the patch clinically but don't know how to bill for it. We help diagnostic device companies get reimbursement codes in the Benelux; for ambulatory ECG there's an existing code your patch can fall under with the right dossier. A first assessment for NL and BE would be €6,500. Would a short call be helpful? Kind regards, Sophie van Dijk"),
    ("me", "2025-06-16 15:30", "Dear Sophie, Sam mentioned you. Yes, let's talk, this is our biggest open question in Benelux."),
])
C("wanted_pitch", "tailored_tools", "de", "eQMS-Anbieter kennt ihr Confluence/GitHub-Setup aus der Stellenanzeige", [
    ("w_eqms", "2025-02-05 14:00", "Hallo Frau Dr. Reuschenbach, in Ihrer Ausschreibung für die QM-Stelle steht, dass Ihre Designhistorie in Confluence und die Anforderungen als GitHub-Issues geführt werden. Das ist für 20 Leute clever, aber bei der Rückverfolgbarkeit nach IEC 62304 für das Audit wird es schmerzhaft. Wir lesen GitHub und Confluence direkt an und erzeugen die Traceability-Matrix automatisch, ohne dass Ihre Entwickler das Tool wechseln müssen. Darf ich es Ihnen an einem Ihrer echten Requirements zeigen? Benedikt Schruff"),
])
C("wanted_pitch", "tailored_site_visit", "en", "battery maker read the product page and suggests a thinner cell", [
    ("w_battery", "2025-09-22 07:50", "Dear Dr Reuschenbach, on your product page the patch is listed as 7 days on a CR2032 coin cell, 6.1 mm thick. We make flexible lithium cells 0.5 mm thin with similar capacity that could bring your patch thickness down by about 4 mm and remove the bump under the shirt that your FAQ mentions. They are already used in a medical temperature patch. May I send you datasheets and two samples? Akira Tanabe"),
    ("me", "2025-09-22 19:00", "Dear Mr Tanabe, interesting, send datasheets please. Peak current during BLE transmission is our concern."),
])
C("wanted_pitch", "tailored_press_item", "de", "Sterilisationsdienstleister bezieht sich auf den Zeitungsartikel zur Skalierung", [
    ("w_steril", "2025-11-27 10:15", "Sehr geehrte Frau Dr. Reuschenbach, in der Aachener Tagespost stand, dass Sie 2026 auf 50.000 Pflaster hochfahren und die Endmontage in die Region holen wollen. Wir sind ein Lohnsterilisierer in Eschweiler (EO und Verpackungsvalidierung nach ISO 11607), 15 Minuten von Ihnen. Aktuell sterilisieren Sie vermutlich in Tschechien mit. Bei lokaler Montage könnten wir die Logistik deutlich verkürzen. Darf ich Sie zu einer Werksbesichtigung einladen? Gabriele Heinen"),
    ("me", "2025-11-27 14:40", "Sehr geehrte Frau Heinen, ja, das ist ein Thema. Besichtigung gern im Januar."),
])
C("wanted_pitch", "tailored_tender", "en", "grant writer names a specific EU call and her TRL", [
    ("w_grant", "2025-08-04 09:30", "Hi Johanna, the EIC Accelerator cut-off on 1 October has a challenge on 'Digital health for early detection of cardiovascular disease'. From your public CORDIS entry, your previous EU project ended at TRL 6, and your CE mark would bring you to TRL 8, which fits exactly. We've written 11 successful Accelerator proposals in medtech. Our fee is €8,000 plus 3% success fee. Worth a 30-minute call to check eligibility? Laura Mancini"),
])
C("wanted_pitch", "tailored_setup", "en", "security researcher found a concrete BLE pairing issue in her app", [
    ("w_sec", "2025-07-21 16:00", "Dr Reuschenbach, I'm a medical device security researcher. While looking at your companion app (Android v1.4) I noticed the patch uses 'Just Works' BLE pairing, so the ECG stream can be read by anyone nearby during the first connection. Not catastrophic, but notified bodies now ask about this under MDCG 2019-16. I'm disclosing this privately first. If you want, I can do a full pre-submission security assessment of app and firmware (fixed price €12k), but the finding is yours either way. Niklas Haas"),
    ("me", "2025-07-21 18:30", "Mr Haas, thank you for the responsible disclosure. Lucía will contact you tomorrow. Please send the assessment offer as well."),
])
C("wanted_pitch", "tailored_article", "de", "Usability-Agentur bezieht sich auf ihren Artikel über ältere Patientinnen", [
    ("w_ux", "2025-09-02 11:00", "Liebe Frau Dr. Reuschenbach, Ihr LinkedIn-Artikel 'Warum 80-Jährige unser Pflaster falsch herum kleben' hat mir sehr gefallen. Die Idee mit der farbigen Lasche ist gut, aber für die summative Evaluation nach IEC 62366 brauchen Sie genau diese Nutzergruppe formal getestet. Wir führen solche Studien mit Seniorinnen in Aachen und Köln durch, inklusive Bericht für die Technische Dokumentation. Darf ich Ihnen ein Angebot schicken? Herzliche Grüße, Carina Wollgarten"),
    ("me", "2025-09-02 15:10", "Liebe Frau Wollgarten, ja bitte. Wir brauchen das ohnehin vor der Zulassung der v2."),
])
C("wanted_pitch", "tailored_post", "en", "second contract manufacturer refers to her post about single-source risk", [
    ("w_cm2", "2025-09-10 12:20", "Dear Johanna, I saw your post after the adhesive price increase, where you wrote that having one contract manufacturer and one adhesive supplier keeps you up at night. We are an ISO 13485 assembler in Olomouc with two qualified hydrocolloid sources, and we already produce a flexible ECG electrode for a Dutch client. I understand you may qualify a German second source; if a second quote helps your negotiation, I'd be glad to provide it. Petr Dvořák"),
])

# ================================================================ JUNK (38)
C("junk", "generic_service_pitch", "en", "generic SEO pitch", [
    ("j_seo", "2025-02-11 10:00", "Hi Johanna,\n\nI came across your website and noticed a few technical SEO issues that may be hurting your rankings. We specialise in helping businesses like yours get more organic traffic and leads.\n\nCan I send you a free audit report?\n\nCheers,\nJason"),
])
C("junk", "generic_service_pitch", "en", "offshore software development pitch", [
    ("j_dev", "2025-03-18 05:40", "Hello Johanna, Greetings from Synapse Softworks! We are a CMMI Level 5 software company with 600+ engineers providing AI, ML, blockchain, IoT, mobile and web development. We have worked with Fortune 500 companies. Please let us know your requirements for a free consultation. Regards, Vikram"),
    ("j_dev", "2025-03-25 05:40", "Hello Johanna, just following up on my previous email. Looking forward to hearing from you."),
])
C("junk", "mlm_crypto", "de", "Trading-Mentoring", [
    ("j_crypto", "2025-05-29 22:10", "Hey Johanna 😊 du bist ja echt erfolgreich! Hast du schon mal überlegt, dein Geld für dich arbeiten zu lassen? Ich trade seit einem Jahr mit einem Mentor und kann davon leben. Ich zeig's dir gern unverbindlich 🚀"),
])
C("junk", "off_topic_product", "de", "Büromöbel-Angebot", [
    ("j_office", "2025-06-23 09:00", "Sehr geehrte Damen und Herren, ergonomische Büromöbel zu Top-Preisen! Höhenverstellbare Schreibtische ab 399 €, Bürostühle ab 199 €. Jetzt Katalog anfordern und 10 % Neukundenrabatt sichern."),
])
C("junk", "sells_what_you_sell", "en", "ECG patch maker offers her its ECG patch for her employees", [
    ("j_sells", "2025-04-08 12:15", "Dear Johanna, is your organisation looking for a smart, wire-free solution for cardiac monitoring? CardioTrack Global offers a CE-marked wearable ECG patch with AI-based arrhythmia detection and 14-day recording. We are looking for distributors and corporate health partners in Germany. Could we schedule a meeting to present our solution?"),
])
C("junk", "capacity_ask", "en", "lead-gen asks if she has capacity for more hospital clients", [
    ("j_capacity", "2025-02-25 15:30", "Hi Johanna, quick one: do you have capacity to take on 10+ new hospital or clinic accounts this quarter? We book qualified meetings with procurement heads for medtech companies. You only pay per meeting held. Want me to send over a 2-min video?"),
    ("j_capacity", "2025-03-04 15:30", "Hi Johanna, bumping this, still interested in more accounts?"),
])
C("junk", "like_minded_networking", "en", "like-minded founders networking", [
    ("j_likeminded", "2025-07-14 06:55", "Hi Johanna! I love connecting with like-minded founders who are changing the world 🌍 Let's stay in touch, support each other's journey and see where synergies might come up. Onwards and upwards! Sebastian"),
])
C("junk", "quick_call_ask", "de", "15-Minuten-Call mit Kalenderlink", [
    ("j_15min", "2025-06-05 14:00", "Hallo Johanna, ich helfe Tech-Gründer:innen dabei, ihr Go-to-Market zu skalieren und in 6 Monaten den Umsatz zu verdoppeln. Hast du diese Woche 15 Minuten für einen kurzen Austausch? Hier mein Kalender: https://cal.scalepartners.example/lena/15"),
    ("j_15min", "2025-06-12 14:00", "Hallo Johanna, ich schiebe das nochmal nach oben, 15 Minuten reichen!"),
    ("j_15min", "2025-06-24 14:00", "Letzter Versuch 🙂 Soll ich mich in ein paar Monaten nochmal melden?"),
])
C("junk", "connect_then_pitch", "en", "connect, small talk, then nearshore developers in message 2", [
    ("j_ctp1", "2025-10-21 07:30", "Hi Johanna, thanks for accepting! Impressive journey at Kardiolyt. How's the team growing?"),
    ("j_ctp1", "2025-10-23 07:30", "Johanna, many medtech startups struggle to hire embedded and cloud engineers fast enough. We provide dedicated nearshore teams in Mexico and Colombia at 50% of German costs. Would you be open to a short call next week?"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, CTO antwortet auf Smalltalk, dann Coaching-Pitch", [
    ("j_ctp2", "2025-04-02 09:00", "Hallo Johanna, danke für die Vernetzung! Wie schaffst du es als Gründerin eigentlich, Job und Privatleben unter einen Hut zu bringen? 😊"),
    ("me", "2025-04-02 12:40", "Hallo Anja, ehrlich gesagt gar nicht so gut, aber Radfahren in der Eifel hilft."),
    ("j_ctp2", "2025-04-02 12:55", "Das kenne ich so gut! Genau dafür habe ich mein 12-Wochen-Programm 'Leading without Burnout' für Gründerinnen entwickelt. Es startet am 1. Mai, 2.900 €, und es sind noch 3 Plätze frei. Soll ich dir die Infos schicken?"),
    ("j_ctp2", "2025-04-09 10:00", "Hi Johanna, hast du dir das schon angeschaut? Die Plätze gehen schnell weg 💛"),
])
C("junk", "connect_then_pitch", "en", "connect, two pleasantries, then managed IT pitch in message 3", [
    ("j_ctp3", "2025-08-11 09:00", "Hi Johanna, thanks for connecting!"),
    ("j_ctp3", "2025-08-13 09:00", "Hope your week is going well!"),
    ("j_ctp3", "2025-08-18 09:00", "Johanna, we help growing companies with managed IT, Microsoft 365 and cybersecurity for a fixed monthly fee per user. Do you have 20 minutes for an intro call?"),
])
C("junk", "followup_bump", "de", "Employer-Branding-Pitch mit unbeantworteten Erinnerungen", [
    ("j_bump", "2025-01-13 10:00", "Hallo Frau Dr. Reuschenbach, im Wettbewerb um Fachkräfte entscheidet die Arbeitgebermarke. Wir entwickeln Karriereseiten und Recruiting-Kampagnen, die wirken. Darf ich Ihnen Referenzen zeigen?"),
    ("j_bump", "2025-01-20 10:00", "Hallo Frau Dr. Reuschenbach, ich wollte nur kurz nachhaken."),
    ("j_bump", "2025-01-29 10:00", "Guten Tag, haben Sie meine Nachricht gesehen?"),
    ("j_bump", "2025-02-12 10:00", "Ich gehe davon aus, dass das Thema gerade nicht passt. Alles Gute!"),
])
C("junk", "mass_template", "en", "funding-news template for developers, sender 1 of 5", [
    ("j_tpl1", "2025-01-27 11:00", "Hi Johanna, congrats on the recent funding round at Kardiolyt! Scaling an engineering team after a raise is never easy. We help funded startups add senior developers in 2 weeks instead of 4 months, fully managed. Would it make sense to chat for 15 minutes? Kevin"),
])
C("junk", "mass_template", "en", "funding-news template for developers, sender 2 of 5", [
    ("j_tpl2", "2025-02-04 09:25", "Hi Johanna, congratulations on Kardiolyt's recent funding! Scaling engineering after a raise is never easy. We help funded start-ups add senior developers in 2 weeks rather than 4 months, fully managed from Romania. Would a quick 15-minute chat make sense? Ana"),
])
C("junk", "mass_template", "en", "funding-news template for developers, sender 3 of 5", [
    ("j_tpl3", "2025-02-19 13:10", "Hey Johanna, congrats on the funding round at Kardiolyt GmbH! Growing an engineering team after raising is never easy. We help funded startups add senior devs in 2 weeks instead of 4 months. Does a 15 min chat make sense? Mateusz"),
    ("j_tpl3", "2025-02-26 13:10", "Hi Johanna, just bringing this back to the top!"),
])
C("junk", "mass_template", "en", "funding-news template for developers, sender 4 of 5", [
    ("j_tpl4", "2025-03-12 16:45", "Hi Johanna, congratulations on your recent raise at Kardiolyt! Scaling engineering after a funding round is never easy. We help funded startups hire senior engineers in 2 weeks instead of 4 months, fully managed. Worth a 15-minute chat? Sarah"),
])
C("junk", "mass_template", "de", "Finanzierungsrunden-Template auf Deutsch, Absender 5 von 5", [
    ("j_tpl5", "2025-03-26 08:30", "Hallo Johanna, herzlichen Glückwunsch zur Finanzierungsrunde bei Kardiolyt! Ein Entwicklerteam nach einer Runde zu skalieren ist nie einfach. Wir helfen finanzierten Start-ups, Senior-Entwickler in 2 Wochen statt 4 Monaten an Bord zu holen, komplett gemanagt. Lohnt sich ein 15-Minuten-Gespräch? Marcel"),
])
C("junk", "merge_tag_fail", "en", "sales template with {first_name} and {company}", [
    ("j_merge1", "2025-05-06 14:00", "Hi {first_name}, I noticed {company} has been growing fast and wanted to reach out. We help B2B teams book 20+ qualified meetings a month on autopilot. Open to a quick chat?"),
])
C("junk", "merge_tag_fail", "de", "Fördermittel-Angebot mit {{Vorname}} und [Unternehmen]", [
    ("j_merge2", "2025-06-17 10:30", "Hallo {{Vorname}}, wussten Sie, dass [Unternehmen] Anspruch auf bis zu 500.000 € Fördermittel haben könnte? Wir prüfen Ihre Förderfähigkeit kostenlos und übernehmen die Antragstellung. Wann passt ein kurzes Telefonat?"),
])
C("junk", "merge_tag_fail", "en", "data services pitch with the wrong name and wrong company", [
    ("j_merge3", "2025-08-26 11:45", "Hi Michael, congratulations on the FDA clearance at NeuroSense! Our team provides clinical data management and biostatistics services for device companies. Would you be interested in a short introduction call?"),
])
C("junk", "merge_tag_fail", "de", "Leasing-Angebot mit falscher Branche und Anrede", [
    ("j_merge4", "2025-10-14 08:20", "Sehr geehrter Herr Reuschenbach, als Inhaber eines erfolgreichen Handwerksbetriebs wissen Sie, wie wichtig zuverlässige Maschinen sind. Mit Leasing Partner West finanzieren Sie Bagger, Transporter und Werkzeuge flexibel. Darf ich Ihnen ein Angebot machen?"),
])
C("junk", "sponsored_inmail", "en", "Sponsored InMail for an executive leadership programme", [
    ("spon1", "2025-02-28 12:00", "<p>Hi Johanna,</p><p>As a senior technology leader, you know that leading through change requires new skills. Our 6-week online programme for CTOs starts soon &ndash; apply now for early-bird pricing.</p>"),
], title="Sponsored Conversation", subject="Lead with confidence: CTO programme")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for cloud storage", [
    ("spon2", "2025-07-09 12:00", "<p>Hi Johanna,</p><p>Your data deserves better. CloudVault offers secure, GDPR-compliant storage with 99.99% uptime &amp; 30 days free.</p><p><b>Start free trial</b></p>"),
], title="Sponsored Conversation", subject="Secure storage for growing teams")
C("junk", "sponsored_inmail", "de", "Sponsored InMail für eine Messe", [
    ("spon3", "2025-09-30 12:00", "<p>Hallo Johanna,</p><p>Treffen Sie über 5.000 Entscheider:innen auf dem Digital Future Kongress in Frankfurt. Jetzt Ticket sichern &ndash; 20&nbsp;% Rabatt mit Code LINKED20.</p>"),
], title="Sponsored Conversation", subject="Ihr Ticket für den Digital Future Kongress")
C("junk", "paid_award", "en", "pay-to-enter healthcare innovation award", [
    ("j_award", "2025-12-02 10:00", "Dear Dr Reuschenbach, we are delighted to inform you that Kardiolyt has been nominated for the European Healthcare Innovation Awards 2026 in the category 'Wearable of the Year'. To confirm your nomination and attend the gala in Vienna, please complete registration with the nominee package (€1,950, includes 2 gala seats and winner's logo licence). Deadline: 20 December."),
])
C("junk", "paid_feature", "en", "paid magazine profile disguised as editorial", [
    ("j_feature", "2025-11-25 15:00", "Hi Johanna, our editors have selected you for our upcoming issue '30 MedTech Leaders to Watch 2026'. Your profile includes a professional interview and photo feature. There is a production fee of €2,400 to secure your spot. Shall I send the booking form?"),
])
C("junk", "paid_podcast", "de", "Podcast-Gastplatz gegen Gebühr", [
    ("j_podcast", "2025-08-05 09:30", "Hi Johanna! Ich hoste 'Startup Stories DE', einen der Top-Podcasts für Gründer:innen. Deine Story wäre perfekt für unsere Hörer! Für Produktion und Promotion fällt ein Beitrag von 490 € an. Hast du Lust? 🎙️"),
])
C("junk", "fluent_generic_pitch", "en", "fluent brand pitch naming the company, fits anyone", [
    ("j_fluent", "2025-12-09 11:30", "Dear Johanna,\n\nI've been following Kardiolyt's journey with real admiration. It's rare to see a company combine such strong technology with a mission that genuinely matters.\n\nIn our experience, companies at exactly this inflection point often find that their brand hasn't yet caught up with their ambition. We partner with visionary leaders to sharpen positioning, elevate their visual identity and craft narratives that resonate with investors and customers alike.\n\nWould you be open to an exploratory conversation in the new year?\n\nWarm regards,\nIsabelle"),
])
C("junk", "generic_service_pitch", "en", "generic testing lab pitch, counterpart of the tailored biocompatibility lab", [
    ("j_bio", "2025-03-20 03:15", "Dear Sir/Madam, Global Testing Services provides testing and certification for electronics, toys, textiles, cosmetics and medical devices (CE, FCC, RoHS, REACH, ISO). Fast turnaround and competitive price. Please send your inquiry."),
])
C("junk", "generic_service_pitch", "de", "generisches MDR-Beratungsangebot, Gegenstück zum Berater", [
    ("j_mdr", "2025-10-30 10:00", "Sehr geehrte Damen und Herren, ist Ihr Unternehmen fit für die MDR? Wir unterstützen Hersteller aller Klassen bei Technischer Dokumentation, QMS, klinischer Bewertung und Audit-Vorbereitung. Jetzt kostenloses Erstgespräch vereinbaren!"),
])
C("junk", "generic_service_pitch", "en", "generic industrial tape pitch, counterpart of the tailored adhesive supplier", [
    ("j_adhesive", "2025-04-28 06:10", "Dear Purchase Manager, we are manufacturer of all kinds of adhesive tapes: BOPP, masking, double sided, foam, duct tape, with ISO 9001. Good quality and best price. Kindly send us your requirement and we will quote."),
])
C("junk", "recruiting_spam", "de", "Personaldienstleister für alle Positionen, Gegenstück zur Recruiterin", [
    ("j_recruit", "2025-05-26 07:30", "Guten Tag, suchen Sie Personal? Wir vermitteln Fachkräfte in allen Bereichen: Lager, Produktion, Büro, IT, Pflege. Schnell und unkompliziert. Melden Sie sich gern!"),
])
C("junk", "generic_service_pitch", "en", "generic document management pitch, counterpart of the tailored eQMS vendor", [
    ("j_qms", "2025-02-17 16:20", "Hi Johanna, still managing documents in shared drives? QualityDocs is the easy document management system for ISO 9001 teams of every industry. Book a demo and get 2 months free!"),
    ("j_qms", "2025-02-24 16:20", "Hi Johanna, did you get a chance to look at QualityDocs?"),
])
C("junk", "generic_service_pitch", "de", "generisches Fördermittel-Angebot, Gegenstück zur Grant-Writerin", [
    ("j_grant", "2025-07-22 09:15", "Hallo Frau Reuschenbach, Fördermittel sind bares Geld! Wir finden die passenden Programme für Ihr Unternehmen, egal welche Branche. Kostenloser Förder-Check in 5 Minuten. Jetzt Termin buchen!"),
])
C("junk", "generic_service_pitch", "en", "generic cybersecurity pitch, counterpart of the tailored security researcher", [
    ("j_sec", "2025-08-28 13:00", "Hi Johanna, cyberattacks on SMEs increased by 300% last year. Is your business protected? SecureNow offers 24/7 threat monitoring, phishing training and firewall management from €99/month. Can we schedule a free security check?"),
])
C("junk", "mlm_crypto", "de", "Network-Marketing Wellness", [
    ("j_mlm", "2025-11-03 21:30", "Hi Johanna 💛 Du wirkst so motiviert! Ich baue gerade ein Team im Bereich Gesundheit auf, flexibel von zu Hause, mit tollem Zusatzeinkommen. Magst du dir das mal anhören? Ganz unverbindlich 🙂"),
])
C("junk", "off_topic_product", "de", "kostenpflichtiger Branchenbuch-Eintrag als 'Datenabgleich' getarnt", [
    ("j_verzeichnis", "2026-01-20 08:05", "Sehr geehrte Frau Dr. Reuschenbach, zur Aktualisierung Ihres Firmeneintrags (Kardiolyt GmbH, Jülicher Straße, Aachen) bitten wir Sie, die Daten im beigefügten Formular zu prüfen und unterschrieben zurückzusenden. Der Premium-Eintrag kostet 849 € netto pro Jahr, Laufzeit 3 Jahre. Vielen Dank für Ihre Mitwirkung."),
])
C("junk", "generic_service_pitch", "de", "dieselbe Beraterin schickt später einen neuen Generik-Pitch", [
    ("j_15min", "2025-11-18 14:00", "Hallo Johanna, neues Jahr, neue Ziele! Wir starten im Januar ein Sales-Bootcamp für Tech-Gründer:innen. Early-Bird bis 15.12. Interesse?"),
])

PROFILE = {
    "First Name": "Johanna", "Last Name": "Reuschenbach",
    "Headline": "CTO & Co-Founder Kardiolyt | Wearable ECG patch | Embedded, MDR, clinical validation",
    "Summary": ("Co-founder and CTO of Kardiolyt GmbH in Aachen. We build a 7-day wearable ECG patch with "
                "on-device AF detection, CE-marked under MDR in 2025. I lead hardware, firmware and clinical "
                "engineering (about 12 of our 20 people). PhD in biomedical engineering from Aachen. "
                "Ich schreibe hier über Medizintechnik, MDR und alles, was beim Skalieren schiefgeht."),
    "Industry": "Medical Equipment Manufacturing", "Zip Code": "52068",
    "Geo Location": "Aachen, Nordrhein-Westfalen, Deutschland",
    "Websites": "[COMPANY:kardiolyt.example]",
}
POSITIONS = [
    {"Company Name": "Kardiolyt GmbH", "Title": "CTO & Co-Founder",
     "Description": "Wearable ECG patch, MDR class IIa, hardware/firmware/clinical engineering.",
     "Location": "Aachen", "Started On": "Jun 2019", "Finished On": ""},
    {"Company Name": "Aachener Institut für Biomedizinische Technik", "Title": "Wissenschaftliche Mitarbeiterin",
     "Description": "Promotion zu textilintegrierten EKG-Elektroden.", "Location": "Aachen",
     "Started On": "Oct 2014", "Finished On": "May 2019"},
    {"Company Name": "Larkspur Medical", "Title": "Hardware Engineer (Intern, then Working Student)",
     "Description": "", "Location": "Eindhoven", "Started On": "Mar 2012", "Finished On": "Sep 2014"},
]
SKILLS = ["Medical Devices", "Embedded Systems", "ECG", "Signal Processing", "MDR", "ISO 13485",
          "IEC 62304", "IEC 60601", "Bluetooth Low Energy", "Clinical Studies", "Risk Management",
          "Hardware Development", "Team Leadership", "Zephyr RTOS"]

if __name__ == "__main__":
    ex.write(HERE.parent / SLUG, PROFILE, POSITIONS, SKILLS)
    print(ex.summary())

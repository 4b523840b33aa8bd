"""Persona: independent cybersecurity consultant in Zug, Swiss German and English (2026 layout).

Written blind to the detector in session 2; every message is original.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-cybersecurity-consultant-zug"
OWNER = Person("me", "Reto Imfeld", "https://www.linkedin.com/in/reto-imfeld-sec",
               "Imfeld Security GmbH", "Founder & Independent Security Consultant")

ex = Export(SLUG, "2026", OWNER)
P, C = ex.person, ex.conv

# ------------------------------------------------------------------ people
P("incident", "Beat Arnold", "Arnold & Partner Treuhand AG", "Geschäftsführer", connected="2022-05-12")
P("ciso", "Helena Marchetti", "Lakeside Commodities SA", "CISO", connected="2025-02-03")
P("cfp", "Dr. Nina Baumann", "Alpine Security Days", "Chair, Programme Committee", connected="2021-11-20")
P("cfp2", "Jakob Frei", "Alpine Security Days", "Programme Committee", connected="2024-01-15")
P("client_retainer", "Sandra Kälin", "Zugerland Kantonalbank-Stiftung", "Leiterin Informatik", connected="2020-09-09")
P("client_pharma", "Marco Steiner", "Steiner Medtech AG", "Head of IT", connected="2023-03-03")
P("gemeinde", "Urs Iten", "Einwohnergemeinde Baar", "Leiter Informatik", connected="2025-06-01")
P("lawyer", "lic. iur. Corinne Wyss", "Wyss Rechtsanwälte", "Rechtsanwältin", connected="2019-04-04")
P("peer", "Fabian Gisler", "Gisler Offensive Security", "Independent Pentester", connected="2018-10-10")
P("peer2", "Aline Dubois", "", "Freelance Incident Responder (Lausanne)", connected="2020-02-02")
P("journalist", "Lorenz Hürlimann", "Innerschweizer Tagblatt", "Wirtschaftsredaktor", connected="2025-09-01")
P("applicant", "Kevin Bühler", "", "Informatiker EFZ, OSCP", connected="2025-10-10")
P("student", "Lea Hausheer", "Hochschule Luzern – Informatik", "MSc Student Information Security")
P("isss", "Thomas Zürcher", "Swiss Information Security Society", "Vorstand, Events", connected="2016-05-05")
P("insurer", "Rachel Ammann", "Helvetia Cyber Underwriting", "Claims Panel Manager", connected="2024-04-04")
P("thanks1", "Patrizia Müller", "Müller Transport AG", "HR & Admin", connected="2025-11-12")
P("thanks2", "Roger Schuler", "Müller Transport AG", "Werkstattleiter", connected="2025-11-12")
P("thanks3", "Daniela Zeller", "Müller Transport AG", "Buchhaltung", connected="2025-11-13")
P("former_client", "Oliver Hegglin", "Hegglin Immobilien AG", "CEO", connected="2021-01-01")
P("spam_client", "Nadia Rohner", "Rohner Architektur GmbH", "Partnerin", connected="2023-07-07")
P("friend", "Simon Achermann", "", "Freund, Informatiker", connected="2012-12-12")
P("uni", "Prof. Dr. Martin Odermatt", "Hochschule Luzern", "Dozent Cyber Security", connected="2019-09-09")
P("startup", "Priya Raman", "Veriflow Labs AG", "CTO & Co-founder", connected="2025-08-20")
P("accountant_existing", "Monika Schwerzmann", "Schwerzmann Treuhand", "Treuhänderin", connected="2017-01-01")
P("mssp_partner", "David Keller", "Keller IT Services GmbH", "Inhaber", connected="2022-02-02")
P("intro", "Claudia Rüttimann", "Zug Commodity Association", "Managing Director", connected="2019-03-03")
P("intro_target", "Stefan Lang", "Nordlicht Trading AG", "COO", connected="2025-05-20")

P("dpo", "Sara Baumgartner", "Baumgartner Datenschutz", "Datenschutzberaterin", connected="2021-06-06")
P("gewerbe", "Ruth Villiger", "Gewerbeverein Cham", "Präsidentin", connected="2025-09-15")
P("excolleague", "Jana Köchli", "Big Four Advisory (Zürich)", "Director, Cyber", connected="2011-02-01")

# wanted pitches
P("wp_forensic", "Dr. Adrian Zwicky", "Zwicky Digital Forensics", "Leiter Mobile Forensik")
P("wp_insurance", "Marcel Bachmann", "Bachmann Versicherungsbroker", "Broker für IT-Dienstleister")
P("wp_lawyer", "Dr. Sibylle Trachsel", "Trachsel Legal", "Rechtsanwältin, IT-Recht")
P("wp_dropbox", "Jonas Wiederkehr", "Packetwerk GmbH", "Gründer")
P("wp_translate", "Chloé Favre", "", "Traductrice spécialisée IT (DE/EN→FR)")
P("wp_threatintel", "Eitan Levi", "SignalDepth", "Partner Manager, DACH", invite=("IN", "2025-04-07 08:30", "Hi Reto, enjoyed your talk at Alpine Security Days on LNK-based initial access."), connected="2025-04-07")
P("wp_cowork", "Andrea Meier", "Werkhof Zug", "Community Lead")
P("wp_treuhand", "Pascal Nussbaumer", "Nussbaumer Treuhand für Einzelfirmen", "Treuhänder")
P("wp_lab", "Mirjam Blatter", "OT Testbench AG", "Business Development")
P("wp_bugbounty", "Luca Bernasconi", "Swiss Bounty Hub", "Head of Triage")
P("wp_reporting", "Tim Lehmann", "Findings.ch", "Co-Founder")
P("wp_bike", "Samuel Gut", "Zuger Velokurier", "Geschäftsführer")
P("wp_hw", "Anouk Steiger", "Keyforge Hardware", "Sales Engineer")

# junk
P("ptaas1", "Kyle Henderson", "PentestCloud", "Enterprise Account Executive")
P("ptaas2", "Sophie Lindqvist", "AutoPwn.io", "Growth Manager", invite=("IN", "2025-03-18 09:00", ""), connected="2025-03-18")
P("ptaas3", "Raj Patel", "BreachSim Platform", "Senior SDR")
P("ptaas4", "Laura Meinhardt", "SecureScan Europe", "Sales Development Representative")
P("ptaas5", "Ethan Brooks", "VulnPilot", "Business Development")
P("j_whitelabel", "Arjun Mehta", "CyberShield Outsourcing Pvt Ltd", "Director Partnerships")
P("j_iso", "Markus Fehr", "ISO-Zertifizierung Schweiz GmbH", "Senior Berater")
P("j_merge1", "Brian O'Neill", "LeadLoop", "SDR")
P("j_merge2", "Vanessa Hug", "SwissWeb Agentur", "Kundenberaterin")
P("j_merge3", "Daniel Crane", "SOCaaS Global", "Account Executive")
P("j_merge4", "Tanja Schmid", "KMU Finanzpartner", "Beraterin")
P("j_crypto", "Maximilian Vogt", "ZugChain Ventures", "Founder | Web3 Visionary")
P("j_award", "Stephanie Cole", "Cyber Excellence Awards DACH", "Awards Manager")
P("j_feature", "Anil Gupta", "Enterprise Security Review", "Editorial Partnerships")
P("j_recruit", "Jessica Haller", "Care Personal AG", "Personalberaterin Pflege")
P("j_connect", "Christian Bolt", "Bolt Ventures", "Serial Entrepreneur | Speaker | Investor", invite=("IN", "2025-06-02 20:00", "Hi Reto, gerne vernetze ich mich mit gleichgesinnten Unternehmern!"), connected="2025-06-02")
P("j_ctp", "Megan Ross", "ThoughtLeader Studio", "LinkedIn Ghostwriter", invite=("IN", "2025-09-15 11:00", ""), connected="2025-09-15")
P("j_ctp2", "Florian Wenger", "Wenger Vorsorge", "Finanzplaner", invite=("IN", "2025-02-10 18:30", ""), connected="2025-02-10")
P("j_ctp3", "Nathan Cruz", "CyberLeads Pro", "Founder", invite=("IN", "2025-10-20 07:45", "Fellow security person here!"), connected="2025-10-20")
P("j_leadgen", "Oskar Lindberg", "B2B Pipeline Engine", "CEO")
P("j_vciso", "Patrick Roth", "vCISO Partners Schweiz", "Partner")
P("j_bump", "Hannah Kim", "ComplyFast", "Account Executive")
P("j_coach", "Barbara Kunz", "Kunz Coaching", "Business Coach für Selbstständige")
P("j_web", "Noah Frischknecht", "Pixelwerk Zürich", "Webdesigner")
P("j_offshore", "Sanjay Verma", "SecureOps Offshore", "Business Development Manager")
P("j_event", "Mia Lawson", "Global CISO Summit Series", "Delegate Relations")
P("j_mlm", "Carla Ruiz", "", "Lifestyle-Unternehmerin | Freiheit | Reisen")
P("j_capacity", "Roman Ammann", "MandatsBörse Schweiz", "Partner Relations")
P("j_awareness", "Lisa Keller", "PhishTrainer", "Partner Sales")
P("j_recruit2", "Tom Whitaker", "Apex Talent Partners", "Principal Recruiter")
P("j_seo", "Nicole Egli", "Suchmaschinen-Profis GmbH", "SEO-Beraterin")
P("j_dubai", "Omar Haddad", "Freezone Setup Partners", "Company Formation Advisor")
P("j_furniture", "Kim Vogel", "ErgoOffice Schweiz", "Verkaufsberaterin")
P("j_badge", "Lucas Martin", "Scanly Events", "Account Manager")
P("sp_bank", "Alpenbank Business", url="https://www.linkedin.com/company/alpenbank-business")
P("sp_cloud", "NimbusGuard", url="https://www.linkedin.com/company/nimbusguard")
P("sp_exec", "Institut für Führung St. Gallen", url="https://www.linkedin.com/company/institut-fuehrung-sg")

# ------------------------------------------------------------------ genuine
C("genuine", "incident", "de", "Kunde mit Ransomware-Vorfall am Samstag", [
    ("incident", "2025-11-08 06:42", "Reto, wir haben ein Problem. Alle Dateien auf dem Fileserver haben seit heute Nacht die Endung .lckd und auf jedem Desktop liegt eine Lösegeldforderung. Kannst du heute kommen? Ich zahle, was es kostet."),
    ("me", "2025-11-08 06:55", "Beat, nichts ausschalten, aber alle Netzwerkkabel der Server ziehen. Nicht mit den Erpressern Kontakt aufnehmen. Ich bin um 8 bei euch. Ruf bitte auch die Versicherung an, Policennummer bereithalten."),
    ("incident", "2025-11-08 07:01", "Ok. Kabel gezogen. Danke!!"),
    ("me", "2025-11-10 19:30", "Kurzes Update: Backups vom Donnerstag sind sauber, Wiederherstellung läuft. Eintrittsvektor war der alte VPN-Zugang. Bericht folgt Mittwoch."),
])
C("genuine", "quote_request", "en", "CISO asks for a pentest quote with scope document (hard: offer/pricing)", [
    ("ciso", "2026-01-13 10:05", "Hi Reto, we met briefly at the ISSS breakfast. We need an external pentest of our trading portal and the Azure tenant behind it before our FINMA audit in March. Scope attached. Could you send a quote and your earliest availability? We'd like a call next week to go through it — 30 minutes should do."),
    ("me", "2026-01-13 14:20", "Hi Helena, thanks for thinking of me. I've looked at the scope: roughly 8 days incl. reporting. I can start 9 Feb. Quote follows tomorrow; Tuesday 10:00 for the call?"),
    ("ciso", "2026-01-13 14:48", "Tuesday 10:00 works. Looking forward."),
], attachments={0: "https://www.linkedin.com/dms/lakeside-pentest-scope-2026.pdf"})
C("genuine", "cfp", "en", "conference CfP committee invites him to submit and review", [
    ("cfp", "2025-12-02 09:00", "Dear Reto,\n\nThe Call for Papers for Alpine Security Days 2026 (Lucerne, 17–18 June) closes on 31 January. Your 2025 talk was among the highest rated, so the committee would very much welcome a submission from you again. We'd also love to have you on the review committee this year (about 10 reviews, mid-February). Would you be available?\n\nBest regards,\nNina"),
    ("me", "2025-12-02 17:30", "Dear Nina, thank you — yes to both. I'm thinking of a talk on incident response in small Treuhand offices."),
    ("cfp", "2025-12-03 08:15", "That sounds perfect for our audience. I'll add you to the reviewer list."),
])
C("genuine", "cfp", "en", "CfP committee: acceptance and speaker logistics", [
    ("cfp2", "2026-02-20 16:00", "Hi Reto, congratulations — your talk 'Ransomware at the Treuhand next door' has been accepted. Speakers get a free pass and a hotel night. Please confirm by 1 March and send a 50-word bio."),
    ("me", "2026-02-20 18:10", "Great news, confirmed! Bio follows this week."),
])
C("genuine", "existing_client", "de", "Bestandskundin: jährlicher Pentest, Budget", [
    ("client_retainer", "2025-08-18 13:30", "Grüezi Herr Imfeld, wie jedes Jahr möchten wir im Oktober den Pentest der Stiftungsplattform durchführen. Das Budget ist gleich wie letztes Jahr bewilligt. Passt Ihnen KW 42? Freundliche Grüsse, Sandra Kälin"),
    ("me", "2025-08-18 15:00", "Grüezi Frau Kälin, KW 42 passt. Ich schicke Ihnen die Offerte und die Autorisierungserklärung zur Unterschrift."),
])
C("genuine", "existing_client", "en", "client asks about retest after fixes", [
    ("client_pharma", "2025-05-06 11:00", "Hi Reto, dev says all criticals from your report are fixed. Can you do the retest this month? Also, the auditor asked whether your report covers ISO 13485 cyber requirements — can you add a paragraph?"),
    ("me", "2025-05-06 12:30", "Retest on the 20th works. I'll add the mapping to the report, no charge."),
])
C("genuine", "quote_request", "de", "Gemeinde-Informatikleiter fragt Offerte nach Phishing-Vorfall an", [
    ("gemeinde", "2025-06-03 08:20", "Grüezi Herr Imfeld\n\nNach einem Phishing-Vorfall letzte Woche möchte der Gemeinderat eine externe Überprüfung unserer M365-Umgebung sowie eine Phishing-Sensibilisierung für rund 120 Mitarbeitende. Könnten Sie uns eine Offerte machen? Wir müssen drei Offerten einholen, aber Sie wurden uns von der Gemeinde Cham empfohlen.\n\nFreundliche Grüsse\nUrs Iten"),
    ("me", "2025-06-03 10:45", "Grüezi Herr Iten, sehr gerne. Ich schlage ein kurzes Vorgespräch vor, damit die Offerte passt – Donnerstag 14 Uhr?"),
    ("gemeinde", "2025-06-03 11:02", "Donnerstag passt, ich schicke eine Einladung."),
])
C("genuine", "legal", "de", "Anwältin sucht Gutachter für Forensik (Stundensatz)", [
    ("lawyer", "2025-09-22 17:10", "Lieber Reto, ich vertrete einen KMU-Kunden in einem Streit mit seinem IT-Dienstleister nach einem Datenabfluss. Wärst du bereit, ein Parteigutachten zu erstellen? Bitte nenn mir deinen Stundensatz und ob du einen Interessenkonflikt siehst (Gegenpartei: Keller IT Services)."),
    ("me", "2025-09-23 07:30", "Liebe Corinne, Keller IT ist leider ein Partner von mir – da sehe ich einen Konflikt. Ich empfehle dir Aline Dubois in Lausanne, sie macht das sehr gut."),
])
C("genuine", "peer", "mixed", "befreundeter Pentester bietet Unterauftrag an (hard: other consultant, but subcontract)", [
    ("peer", "2025-04-14 20:15", "Hoi Reto, ich hab für Mai ein grösseres Assessment bei einer Versicherung, Web + AD, und bin knapp. Hättest du 5 Tage für mich als Sub? Tagessatz wie letztes Mal. Der Kunde will English reporting, passt dir sicher."),
    ("me", "2025-04-14 21:00", "Hoi Fabian, ja gern. Schick mir die Rules of Engagement."),
    ("peer", "2025-04-14 21:05", "Merci! Kommt morn."),
])
C("genuine", "peer", "en", "incident responder colleague asks for help with a case", [
    ("peer2", "2025-07-02 09:30", "Salut Reto, I have a BEC case with a Zug company, they want someone on-site in German. Could you take the on-site interviews next Tuesday? I'll handle the mailbox forensics remotely."),
    ("me", "2025-07-02 10:10", "Sure Aline, Tuesday is free. Send me the contact."),
])
C("genuine", "journalist", "de", "Journalist: Interview zu Cyberangriffen auf KMU", [
    ("journalist", "2025-09-01 14:00", "Grüezi Herr Imfeld, ich schreibe über die Häufung von Cyberangriffen auf Zuger KMU. Hätten Sie diese Woche 20 Minuten für ein telefonisches Gespräch? Gerne anonymisiert zu konkreten Fällen."),
    ("me", "2025-09-01 16:00", "Grüezi Herr Hürlimann, gerne, morgen 11 Uhr. Keine Kundennamen, aber Muster kann ich erklären."),
])
C("genuine", "applicant", "de", "Bewerber Junior-Pentester", [
    ("applicant", "2025-10-11 19:00", "Grüezi Herr Imfeld, ich habe gesehen, dass Sie eventuell einen Junior suchen. Ich habe vor kurzem die OSCP gemacht und arbeite aktuell im Support bei einem MSP. Dürfte ich Ihnen meinen Lebenslauf schicken? Freundliche Grüsse, Kevin Bühler"),
    ("me", "2025-10-12 09:30", "Hoi Kevin, sehr gerne. Schick ihn mir an die Geschäftsadresse, ich melde mich nächste Woche."),
])
C("genuine", "research", "de", "Studentin bittet um Interview für Masterarbeit", [
    ("student", "2026-01-27 13:45", "Guten Tag Herr Imfeld, ich schreibe meine Masterarbeit über Incident-Response-Bereitschaft in Schweizer KMU. Prof. Odermatt hat mir empfohlen, Sie anzufragen. Hätten Sie 45 Minuten für ein Experteninterview im Februar?"),
])
C("genuine", "association", "de", "ISSS: Einladung als Referent zum Lunch-Event", [
    ("isss", "2025-03-04 08:00", "Lieber Reto, für den ISSS-Lunch im Mai in Zürich suchen wir noch einen Praxisvortrag (20 Min). Hättest du Lust, über Lessons Learned aus KMU-Vorfällen zu sprechen? Spesen übernehmen wir natürlich."),
    ("me", "2025-03-04 12:10", "Lieber Thomas, gerne! Welches Datum?"),
    ("isss", "2025-03-04 12:30", "21. Mai, 12:00. Merci!"),
])
C("genuine", "insurer", "en", "cyber insurer invites him onto incident response panel (hard: rates, contract)", [
    ("insurer", "2025-04-04 15:00", "Hello Reto, we're expanding our incident response panel for SME claims in central Switzerland. Several of our brokers mentioned you. Panel members agree to a 4-hour response SLA and a capped hourly rate of CHF 240. Would you be interested? I can send the framework agreement."),
    ("me", "2025-04-05 09:00", "Hello Rachel, interested, yes. Please send the agreement; the SLA should be fine for the canton of Zug and Lucerne."),
])
C("genuine", "thanks", "de", "Dank nach Awareness-Schulung (nahezu gleich 1)", [
    ("thanks1", "2025-11-14 16:00", "Vielen Dank für die spannende Schulung gestern! Ich schaue jetzt jede Mail zweimal an 😅"),
])
C("genuine", "thanks", "de", "Dank nach Awareness-Schulung (nahezu gleich 2)", [
    ("thanks2", "2025-11-14 16:30", "Vielen Dank für die spannende Schulung gestern, hat sogar in der Werkstatt allen gefallen!"),
    ("me", "2025-11-14 17:00", "Merci Roger, freut mich!"),
])
C("genuine", "thanks", "de", "Dank nach Awareness-Schulung (nahezu gleich 3)", [
    ("thanks3", "2025-11-15 08:10", "Vielen Dank für die spannende Schulung! Ich schaue jetzt jede Rechnung zweimal an 🙂"),
])
C("genuine", "owner_started", "de", "Owner schreibt ehemaligem Kunden nach Vorfallwelle", [
    ("me", "2025-10-02 08:00", "Grüezi Oliver, nur als Hinweis: es läuft gerade eine Welle gefälschter Rechnungsmails an Immobilienverwaltungen in Zug. Falls ihr Fragen habt, meldet euch."),
    ("former_client", "2025-10-02 09:30", "Danke Reto, sehr aufmerksam. Wir haben tatsächlich gestern so eine bekommen. Könntest du nächste Woche für eine Stunde vorbeikommen und das Team briefen? Verrechne es normal."),
    ("me", "2025-10-02 10:00", "Gerne, Dienstag 9 Uhr?"),
])
C("genuine", "incident", "de", "Kundin meldet verdächtiges Login – im SPAM-Ordner gelandet", [
    ("spam_client", "2025-12-19 22:40", "Reto, sorry für die späte Nachricht. Microsoft meldet ein Login aus Nigeria auf meinem Konto, ich habe das Passwort geändert. Muss ich noch etwas machen? Hier der Screenshot: https://1drv.ms/i/s!rohner-login"),
], folder="SPAM")
C("genuine", "peer", "mixed", "Datenschutzberaterin schlägt gemeinsame Offerte vor (hard: other consultant, pricing)", [
    ("dpo", "2025-12-20 10:15", "Hoi Reto, ein Spital in Zug möchte eine kombinierte Prüfung: revDSG-Compliance (mach ich) plus technischer Security Check (dein Teil). Shall we send a joint offer? Ich dachte an je separate Positionen, damit's transparent bleibt. Budget ca. CHF 35k."),
    ("me", "2025-12-20 11:00", "Hoi Sara, gerne, good idea. Schick mir die Ausschreibung, ich mache meinen Teil bis Mittwoch."),
])
C("genuine", "event", "de", "Gewerbeverein lädt zu Vortrag ein", [
    ("gewerbe", "2025-09-30 18:00", "Grüezi Herr Imfeld, der Gewerbeverein Cham organisiert im November einen Informationsabend 'Cyberrisiken für Gewerbebetriebe'. Wären Sie bereit, ein Referat von 30 Minuten zu halten? Ein kleines Honorar und ein Apéro sind selbstverständlich."),
    ("me", "2025-10-01 08:15", "Grüezi Frau Villiger, sehr gerne. Bitte schicken Sie mir das Datum."),
])
C("genuine", "thanks", "en", "former colleague congratulates on 7 years of the company", [
    ("excolleague", "2025-03-03 09:00", "7 years of Imfeld Security — congrats Reto! Still remember you telling the partners you'd do it 'for a year or two'. 🎉"),
    ("me", "2025-03-03 12:00", "Haha, thanks Jana! The partners were right to be sceptical."),
])
C("genuine", "friend", "mixed", "Freund fragt privat nach Router-Tipp (Schweizerdeutsch/Englisch)", [
    ("friend", "2025-08-09 21:00", "Hoi Reto, chasch mer churz säge welle Router du empfiehlsch? Mini Swisscom Box isch voll laggy und ich will nöd scho wieder irgendöppis Unsichers kaufe 😂 budget so 200."),
    ("me", "2025-08-09 21:20", "Hoi Simi, nimm en Fritzbox oder Ubiquiti, beides okay. Firmware-Updates automatisch aktivieren, default creds ändern, fertig."),
])
C("genuine", "research", "de", "Dozent lädt zu Gastvorlesung ein", [
    ("uni", "2025-02-11 10:00", "Lieber Reto, hättest du im April wieder Zeit für eine Gastvorlesung im Modul Offensive Security? 2 Lektionen, Honorar wie letztes Jahr."),
    ("me", "2025-02-11 12:00", "Klar, Martin. Gib mir zwei Daten zur Auswahl."),
])
C("genuine", "inbound_lead", "en", "startup CTO wants to buy security review before fundraising", [
    ("startup", "2025-08-21 09:15", "Hi Reto, thanks for connecting. We're a 12-person Zug startup, raising our Series A in Q4, and our lead investor wants an independent security review (architecture + pentest light). A friend at Lakeside recommended you. What would something like that cost, roughly? We're on AWS, Next.js, Postgres."),
    ("me", "2025-08-21 11:00", "Hi Priya, happy to help. A typical scope like that is 5–6 days. Let's do a 30-min call so I can size it properly — Friday?"),
    ("startup", "2025-08-21 11:20", "Friday 14:00 works!"),
])
C("genuine", "existing_vendor", "de", "eigene Treuhänderin: MWST-Abrechnung", [
    ("accountant_existing", "2025-07-15 09:00", "Hoi Reto, die MWST-Abrechnung Q2 ist bereit zur Kontrolle. Bitte noch die Spesen der Konferenz in Luzern nachreichen. Gruess Monika"),
    ("me", "2025-07-15 18:00", "Mach ich heute Abend, merci!"),
])
C("genuine", "partner", "de", "MSP-Partner vermittelt Kunden (hard: talks about partnership/commission)", [
    ("mssp_partner", "2025-03-25 14:10", "Hoi Reto, einer unserer Kunden (Logistik, 80 MA) will einen Pentest vor der ISO-Zertifizierung. Darf ich dich empfehlen? Wie immer ohne Provision, aber wir würden gern beim Abschlussmeeting dabei sein, damit wir die Massnahmen umsetzen können."),
    ("me", "2025-03-25 15:00", "Hoi David, sehr gern, merci. Klar, ihr seid beim Abschluss dabei."),
])
C("genuine", "intro", "en", "association director introduces a COO who needs help", [
    ("intro", "2025-05-20 10:00", "Reto, meet Stefan, COO of Nordlicht Trading. They had a near-miss with a fake payment instruction last week and want someone to look at their processes. Stefan, Reto is the person I trust most on this in Zug. Over to you both!"),
    ("intro_target", "2025-05-20 11:15", "Thanks Claudia. Reto, would you have time for a coffee this week? Happy to come to your office."),
    ("me", "2025-05-20 12:00", "Hi Stefan, gladly — Thursday 9:00 at my office on Baarerstrasse?"),
])
C("genuine", "existing_client", "de", "Bestandskunde fragt kurz nach", [
    ("client_pharma", "2025-12-11 08:00", "Reto, schnelle Frage: Ist die Log4j-Sache von 2021 für unsere alten Messgeräte noch relevant? Auditor fragt."),
    ("me", "2025-12-11 08:30", "Ja, wenn die Firmware nie aktualisiert wurde. Ich schick dir eine kurze Stellungnahme."),
])
C("genuine", "cfp", "en", "committee asks him to moderate a panel, no reply yet", [
    ("cfp", "2026-03-09 12:00", "Reto, one more ask: would you moderate the closing panel on 'SMEs and the new ISG reporting duty'? 45 minutes, four panellists. I know it's a lot, no worries if not."),
])
C("genuine", "quote_request", "de", "Gemeinde bestätigt Auftrag nach Offerte (Preise)", [
    ("gemeinde", "2025-07-01 09:00", "Grüezi Herr Imfeld, der Gemeinderat hat Ihre Offerte über CHF 18'400 gestern genehmigt. Können wir die Phishing-Schulung noch vor den Sommerferien durchführen?"),
    ("me", "2025-07-01 09:40", "Grüezi Herr Iten, das freut mich. Ich könnte am 8. oder 10. Juli."),
])
C("genuine", "peer", "de", "Kollege fragt nach Empfehlung für Tool", [
    ("peer", "2025-11-28 17:00", "Welches Reporting-Tool verwendest du eigentlich? Ich bin Word leid."),
    ("me", "2025-11-28 17:30", "Ich teste gerade Findings.ch, sieht gut aus. Zeig ich dir beim nächsten Bier."),
])
C("genuine", "insurer", "en", "insurer hotline assigns a case", [
    ("insurer", "2025-10-14 06:30", "Reto, panel assignment: BEC at a law firm in Lucerne, policyholder contact below. Please confirm within 4 hours as per SLA."),
    ("me", "2025-10-14 06:52", "Confirmed. Calling them now."),
])
C("genuine", "thanks", "en", "congrats on the accepted talk", [
    ("ciso", "2026-02-24 18:00", "Saw your talk is on the Alpine Security Days programme — congrats! See you there."),
])

# ------------------------------------------------------------------ wanted pitches
C("wanted_pitch", "forensics", "de", "Forensiklabor bietet Mobile-Extraktion als Subunternehmer an, bezieht sich auf Panel-Rolle", [
    ("wp_forensic", "2025-11-11 14:30", "Grüezi Herr Imfeld, als Mitglied im Helvetia-Panel bekommen Sie sicher BEC-Fälle, bei denen Handys mit Authenticator-Apps eine Rolle spielen. Wir machen in Luzern gerichtsverwertbare Mobile-Extraktionen (Cellebrite, GrayKey) und arbeiten auf Wunsch ausschliesslich als Ihr Subunternehmer, ohne Kundenkontakt. Interessiert an unserer Preisliste?"),
    ("me", "2025-11-12 08:00", "Grüezi Herr Zwicky, ja, das fehlt mir tatsächlich. Bitte Preisliste senden."),
])
C("wanted_pitch", "insurance", "de", "Broker für IT-Dienstleister: Berufshaftpflicht inkl. Pentest-Schäden", [
    ("wp_insurance", "2025-02-18 14:00", "Grüezi Herr Imfeld\n\nIn Ihrem Beitrag zu Pentests in Produktionsumgebungen erwähnten Sie den Fall, als ein Scan eine SPS lahmlegte. Die meisten Berufshaftpflichtpolicen für Berater schliessen genau solche 'beauftragten Eingriffe' aus. Ich betreue rund 40 unabhängige Security-Berater in der Deutschschweiz und kann Ihnen zeigen, welche Klauseln Sie prüfen sollten – auch wenn Sie bei Ihrem Versicherer bleiben.\n\nFreundliche Grüsse\nMarcel Bachmann"),
    ("me", "2025-02-19 08:00", "Grüezi Herr Bachmann, das ist tatsächlich ein wunder Punkt. Gerne einen Termin."),
])
C("wanted_pitch", "legal", "de", "IT-Rechtsanwältin: Vorlage Autorisierungserklärung nach seinem Post", [
    ("wp_lawyer", "2025-06-24 11:30", "Guten Tag Herr Imfeld, Ihr Post über den Kunden, der die Autorisierung nachträglich bestritt, hat mich beschäftigt. Nach Art. 143bis StGB ist das für Pentester heikel. Ich habe eine Muster-Autorisierung mit Haftungsregelung für Schweizer Pentester erarbeitet (Fixpreis CHF 900, inkl. Anpassung auf Ihre AGB). Wenn es Sie interessiert, schicke ich Ihnen ein Beispiel."),
])
C("wanted_pitch", "hardware", "en", "Swiss drop-box hardware referencing his physical-security talk", [
    ("wp_dropbox", "2025-07-08 16:00", "Hi Reto, in your ISSS lunch talk you said the hardest part of physical pentests is a drop box that survives 3 weeks under a desk without being noticed. We build exactly that in Winterthur: PoE-powered, LTE fallback, looks like a cable-management box. Happy to lend you one for your next engagement, no strings."),
    ("me", "2025-07-08 19:00", "Ha, you were there. Yes, I'd like to try one in September."),
])
C("wanted_pitch", "translation", "mixed", "Übersetzerin bietet Berichte auf Französisch an (DE/FR/EN Mischung)", [
    ("wp_translate", "2025-09-29 10:00", "Bonjour Monsieur Imfeld – oder Grüezi! Ich habe gesehen, dass Ihre Website nur DE/EN ist, aber Sie im Panel von Helvetia Cyber auch Westschweizer Kunden betreuen. I translate pentest and incident reports into French (CVSS, MITRE terms all consistent), 48h turnaround. Would a sample page help?"),
])
C("wanted_pitch", "threat_intel", "en", "threat intel vendor after his talk, connect then tailored pitch", [
    ("wp_threatintel", "2025-04-07 09:00", "Thanks for connecting. In your talk you showed the Treuhand phishing kits coming from a Telegram channel you were watching by hand. We index those channels for DACH-language lures; for independent IR consultants there's a single-seat licence (CHF 190/month). Want a 2-week trial with your incident IOC list loaded?"),
])
C("wanted_pitch", "coworking", "de", "Coworking mit abschliessbarem Laborraum in Zug", [
    ("wp_cowork", "2025-01-20 09:30", "Hoi Reto, ich hab gelesen, dass du dein Büro an der Baarerstrasse wegen der Sanierung verlassen musst. Im Werkhof Zug haben wir ab März einen abschliessbaren Raum mit separatem Netz und Tresor – ideal, wenn du Kunden-Hardware für Tests hier hast. Willst du ihn anschauen?"),
])
C("wanted_pitch", "treuhand", "de", "Treuhänder für Einzelfirmen: GmbH-Umstellung nach Firmenwachstum", [
    ("wp_treuhand", "2025-05-27 15:00", "Grüezi Herr Imfeld, im Handelsregister habe ich gesehen, dass Ihre GmbH nun einen Mitarbeiter anmeldet. Beim Übergang vom Einzelberater zum Arbeitgeber (BVG, UVG, Lohnausweis) stolpern viele. Ich betreue ausschliesslich Ein- bis Fünf-Personen-Firmen in Zug und kann Ihnen eine Checkliste schicken – kostenlos."),
])
C("wanted_pitch", "ot_lab", "en", "OT test bench rental referencing his SPS incident", [
    ("wp_lab", "2025-03-11 13:20", "Hello Reto, your post about the PLC that stopped during a client scan struck a chord. We rent out OT test benches (Siemens S7, Rockwell, Phoenix) in Rotkreuz, by the day, so consultants can rehearse scans before touching production. Would you like a tour? 15 minutes from Zug."),
])
C("wanted_pitch", "bug_bounty", "de", "Bug-Bounty-Plattform sucht ihn als Triager, bezieht sich auf seine CVEs", [
    ("wp_bugbounty", "2025-10-06 10:10", "Grüezi Herr Imfeld, wir haben Ihre beiden CVEs in Schweizer Gemeindesoftware gesehen. Für unsere Programme mit Behörden suchen wir einen deutschsprachigen Triager auf Mandatsbasis (ca. 2 Tage/Monat, CHF 1'400/Tag). Würde Sie das interessieren?"),
    ("me", "2025-10-06 14:00", "Grundsätzlich ja, wenn es keine Konflikte mit meinen Kunden gibt. Senden Sie mir Details."),
])
C("wanted_pitch", "reporting_tool", "en", "reporting tool founder references his complaint about Word reports", [
    ("wp_reporting", "2025-11-03 08:45", "Hi Reto, Fabian Gisler told me you're fed up with Word-based pentest reports. We built Findings.ch in Bern: findings library in DE/EN/FR, Swiss data residency, exports to the FINMA-style template your banking clients want. Free for solo consultants for the first 6 months."),
    ("me", "2025-11-03 12:00", "Fabian has a big mouth 😄 But yes, I'll try it."),
])
C("wanted_pitch", "courier", "de", "Velokurier für verschlüsselte Datenträger, Bezug auf Forensikfälle", [
    ("wp_bike", "2025-08-25 12:00", "Hoi Reto, wir haben für Wyss Rechtsanwälte schon mehrmals Beweismittel-Festplatten von dir abgeholt. Neu bieten wir eine dokumentierte Chain-of-Custody-Zustellung mit versiegelten Taschen und Protokoll an – genau für Forensik. Magst du den Ablauf anschauen?"),
])
C("wanted_pitch", "hardware_keys", "mixed", "Security-Key-Hersteller nach seinem Post zu MFA-Phishing (DE/EN)", [
    ("wp_hw", "2025-12-22 09:00", "Hallo Reto, dein Post zu den AiTM-Angriffen auf Zuger Treuhänder war super. We make FIDO2 keys in Neuchâtel and have a program for consultants: you get 20 demo keys for client workshops, your clients get 15% off. Interessiert?"),
])

# ------------------------------------------------------------------ junk
ptaas = [
    ("ptaas1", "2025-02-04 15:10", "Hi Reto, manual pentests are slow, expensive and outdated the day they're delivered. PentestCloud runs continuous, AI-powered penetration testing across your entire attack surface. Teams like yours cut testing costs by 70%. Worth a quick 15-minute call this week?"),
    ("ptaas2", "2025-03-18 09:20", "Thanks for connecting, Reto! Manual pentests are slow, costly, and outdated the moment they land. AutoPwn.io runs continuous, AI-driven pentesting across your whole attack surface — teams like Imfeld Security cut testing costs by 70%. Open to a quick 15-min chat?"),
    ("ptaas3", "2025-06-10 13:00", "Hey Reto — manual penetration tests are slow, pricey and stale the day you get the report. BreachSim delivers continuous AI-powered pentesting across your full attack surface, saving security teams up to 70%. Could we grab 15 minutes this week?"),
    ("ptaas4", "2025-09-09 10:30", "Hallo Reto, manuelle Penetrationstests sind langsam, teuer und schon bei Lieferung veraltet. SecureScan Europe bietet kontinuierliches, KI-gestütztes Pentesting über Ihre gesamte Angriffsfläche – bis zu 70 % günstiger. Hätten Sie 15 Minuten für einen kurzen Austausch?"),
    ("ptaas5", "2026-01-20 16:40", "Hi Reto, quick one: manual pentests = slow, expensive, outdated on delivery. VulnPilot runs continuous AI pentesting across your attack surface and teams save ~70%. 15 minutes this week?"),
]
bumps = {"ptaas1": [("ptaas1", "2025-02-11 15:10", "Hi Reto, floating this back to the top of your inbox. Any thoughts?")],
         "ptaas3": [("ptaas3", "2025-06-17 13:00", "Just following up, Reto!"),
                    ("ptaas3", "2025-06-24 13:00", "Reto, should I assume this isn't a priority right now?")]}
for key, when, text in ptaas:
    language = "de" if key == "ptaas4" else "en"
    C("junk", "template_campaign", language, f"PTaaS template to a pentester, several senders ({key})",
      [(key, when, text), *bumps.get(key, [])])
C("junk", "same_service", "en", "offshore firm selling white-label pentests to him: capacity for new clients", [
    ("j_whitelabel", "2025-05-13 05:30", "Dear Reto,\n\nGreetings from CyberShield! Do you have capacity for new clients? We offer white-label VAPT services to consultancies at 60% lower cost, delivered under your brand. We have 150+ certified testers (OSCP, CEH). Kindly share a suitable time for a discussion.\n\nWarm regards,\nArjun"),
], folder="SPAM")
C("junk", "same_service", "de", "ISO-27001-Berater verkauft ihm Zertifizierung (bietet selbst ähnliches an)", [
    ("j_iso", "2025-04-22 08:15", "Grüezi Herr Imfeld, ist Ihr Unternehmen bereit für ISO 27001? Kunden verlangen immer häufiger einen Nachweis. Wir begleiten KMU in nur 4 Monaten zur Zertifizierung – zum Fixpreis. Darf ich Ihnen unverbindlich unser Vorgehen vorstellen?"),
])
C("junk", "same_service", "de", "vCISO-Anbieter bietet ihm vCISO an", [
    ("j_vciso", "2025-08-05 10:00", "Guten Tag Herr Imfeld, als wachsendes Unternehmen brauchen Sie keinen Vollzeit-CISO – aber Sie brauchen Security-Führung. Unser vCISO-Modell bietet Ihnen ab CHF 2'900/Monat erfahrene Begleitung. Wann darf ich Sie anrufen?"),
])
C("junk", "merge_tag", "en", "merge tag {{first_name}} and {{company}}", [
    ("j_merge1", "2025-03-27 07:40", "Hi {{first_name}}, noticed {{company}} is scaling fast — congrats! We help B2B teams book 25+ demos a month with zero SDR headcount. Open to a quick chat?"),
])
C("junk", "merge_tag", "de", "Platzhalter [Name] Webagentur", [
    ("j_merge2", "2025-05-05 09:00", "Grüezi [Name], Ihre Website ist Ihre digitale Visitenkarte. Leider lädt sie auf dem Handy langsam. Wir von SwissWeb erstellen moderne Websites für KMU ab CHF 3'900. Darf ich Ihnen ein unverbindliches Angebot senden?"),
])
C("junk", "merge_tag", "en", "wrong name and company in SOC pitch", [
    ("j_merge3", "2025-07-23 14:00", "Hi Markus,\n\nAs Head of IT at Zentra Pharma, you know that threats never sleep. Our 24/7 SOCaaS gives companies your size enterprise-grade monitoring from $4/endpoint. Would Thursday work for a short intro?\n\nBest,\nDaniel"),
])
C("junk", "merge_tag", "de", "falscher Firmenname, Leasing/Finanzierung", [
    ("j_merge4", "2025-10-28 11:00", "Grüezi Herr Imfeld, wir unterstützen Unternehmen wie die Imfeld Bau AG bei der Finanzierung von Maschinen und Fahrzeugen. Dürfen wir Ihnen eine unverbindliche Offerte erstellen?"),
])
C("junk", "crypto", "en", "Crypto Valley token presale", [
    ("j_crypto", "2025-06-19 23:10", "Hey Reto! Fellow Zug local here 🚀 We're launching a security-focused token on Solana and giving early access to 50 selected cybersecurity leaders. Presale allocation closes Friday — 12x projected. Can I send you the whitepaper?"),
    ("j_crypto", "2025-06-21 22:00", "Only 9 spots left bro, let me know!"),
], folder="SPAM")
C("junk", "paid_award", "en", "paid award", [
    ("j_award", "2025-09-16 09:00", "Congratulations Reto! Imfeld Security GmbH has been selected as one of the 'Top 10 Cybersecurity Consultancies DACH 2025'. To receive your winner's package (certificate, logo rights, gala seat) a participation fee of EUR 1,450 applies. Please confirm by 30 September."),
])
C("junk", "paid_feature", "en", "paid magazine feature", [
    ("j_feature", "2025-11-18 12:00", "Hi Reto, our editors have shortlisted you for the cover story of Enterprise Security Review's 'Most Promising Security Consultants 2025'. Featured profiles are offered under our partnership plan starting at $2,500. Shall I reserve your slot?"),
])
C("junk", "recruiting_spam", "de", "völlig unpassendes Pflege-Recruiting", [
    ("j_recruit", "2025-04-01 10:00", "Grüezi Herr Imfeld, für eine renommierte Klinik im Raum Zürich suchen wir per sofort eine diplomierte Pflegefachperson HF (80–100 %). Ihr Profil passt hervorragend! Darf ich Sie anrufen?"),
])
C("junk", "like_minded", "de", "gleichgesinnte Unternehmer, dann 15-Minuten-Call", [
    ("j_connect", "2025-06-02 20:20", "Danke fürs Vernetzen, Reto! Ich tausche mich gerne mit gleichgesinnten Unternehmern aus. Ich helfe Selbstständigen, mit einem klaren System auf 7-stellige Umsätze zu skalieren. Hast du diese Woche Zeit für einen kurzen 15-Minuten-Call?"),
])
C("junk", "connect_then_pitch", "en", "small talk then LinkedIn ghostwriting pitch", [
    ("j_ctp", "2025-09-15 11:20", "Hey Reto, thanks for connecting! Love the security content. How long have you been independent?"),
    ("me", "2025-09-15 19:00", "About 7 years now."),
    ("j_ctp", "2025-09-17 09:00", "Amazing! Here's the thing — your expertise deserves a bigger audience. We ghostwrite 12 posts a month for technical founders, fully in your voice. Clients see 5x profile views in 60 days. Want to see a sample?"),
])
C("junk", "connect_then_pitch", "de", "Finanzplaner: Vernetzung, dann Säule 3a", [
    ("j_ctp2", "2025-02-10 18:45", "Grüezi Herr Imfeld, schön, dass wir vernetzt sind!"),
    ("j_ctp2", "2025-02-12 08:00", "Als Selbstständiger haben Sie bei der Säule 3a und der Pensionskasse grosses Optimierungspotenzial. In 20 Minuten zeige ich Ihnen, wie Sie jährlich mehrere tausend Franken Steuern sparen. Wann passt es Ihnen?"),
    ("j_ctp2", "2025-02-26 08:00", "Herr Imfeld, ich wollte nochmals nachfragen 🙂"),
])
C("junk", "connect_then_pitch", "en", "'fellow security person' then lead gen for MSSPs", [
    ("j_ctp3", "2025-10-20 08:00", "Hey Reto, always good to meet fellow security folks. Are you going to it-sa this year?"),
    ("j_ctp3", "2025-10-22 09:10", "Anyway — we help cybersecurity firms fill their calendar with CISOs. 10–15 booked meetings per month, or you don't pay. Mind if I send a 2-min Loom?"),
])
C("junk", "lead_gen", "en", "generic outbound pipeline pitch", [
    ("j_leadgen", "2025-01-14 14:30", "Reto — what would 20 extra qualified meetings per month mean for your pipeline? We build and run outbound for B2B companies. Pay per meeting. Quick call Thursday?"),
])
C("junk", "follow_up_bump", "en", "compliance tool bumps without context", [
    ("j_bump", "2025-08-26 15:00", "Hi Reto, following up on my note about ComplyFast — did it get lost?"),
    ("j_bump", "2025-09-02 15:00", "Bumping this in case it got buried 🙂"),
    ("j_bump", "2025-09-09 15:00", "Breakup message: should I close your file?"),
])
C("junk", "coaching", "de", "Business-Coaching generisch", [
    ("j_coach", "2025-03-31 07:30", "Hallo Reto, fühlst du dich als Selbstständiger manchmal im Hamsterrad? In meinem 8-Wochen-Programm lernst du, mehr zu verdienen und weniger zu arbeiten. Ich habe noch 2 Plätze frei. Sollen wir kurz telefonieren?"),
])
C("junk", "web_design", "de", "flüssiger Webdesign-Pitch mit Firmenname", [
    ("j_web", "2025-11-04 10:20", "Grüezi Herr Imfeld, ich habe mir die Website von Imfeld Security angesehen: fachlich top, aber das Design wirkt nicht so vertrauenswürdig wie Ihr Angebot. Gerade in der Security-Branche entscheidet der erste Eindruck. Ich gestalte Websites für Berater ab CHF 4'500 – darf ich Ihnen drei Ideen skizzieren?"),
])
C("junk", "same_service", "en", "offshore SOC pitch to a one-man consultancy", [
    ("j_offshore", "2025-12-03 06:00", "Dear Sir, SecureOps Offshore provides 24x7 SOC, VAPT, and compliance services at competitive prices. We are looking for partners in Switzerland. Please let us know your requirements so we can share a proposal."),
], folder="SPAM")
C("junk", "paid_event", "en", "pay-to-attend 'exclusive' CISO summit", [
    ("j_event", "2026-02-03 11:00", "Hi Reto, you've been selected to join 80 senior security leaders at the Global CISO Summit in Dubai. Solution-provider passes include 6 pre-booked 1:1 meetings with CISOs (EUR 7,900). Shall I hold a pass for Imfeld Security?"),
])
C("junk", "mlm", "de", "MLM Lifestyle", [
    ("j_mlm", "2025-07-29 21:15", "Hey Reto 🌴 ich suche 2-3 ambitionierte Menschen, die sich ein ortsunabhängiges Einkommen aufbauen wollen. Kein Verkauf, nur Empfehlungen! Darf ich dir ein kurzes Video schicken?"),
])
C("junk", "capacity", "de", "Mandatsbörse: 'Haben Sie Kapazitäten für neue Mandate?'", [
    ("j_capacity", "2025-05-20 09:00", "Grüezi Herr Imfeld, haben Sie aktuell Kapazitäten für neue Mandate? Über unsere Plattform erhalten Berater laufend Projektanfragen von Schweizer Unternehmen. Die Premium-Mitgliedschaft kostet CHF 290 pro Monat. Soll ich Ihnen einen Zugang einrichten?"),
])
C("junk", "same_service", "en", "awareness e-learning vendor pitches his own field generically", [
    ("j_awareness", "2025-08-12 10:30", "Hi Reto, did you know 91% of cyberattacks start with a phishing email? PhishTrainer helps organisations of any size train employees with automated simulations. Start your free trial today — or book a 15-minute demo!"),
])
C("junk", "recruiting_spam", "en", "irrelevant sales recruiting", [
    ("j_recruit2", "2025-10-15 16:00", "Hi Reto, I'm working on a Head of Sales EMEA role for a fast-growing martech scale-up (London, hybrid, £180k OTE). Your background caught my eye. Open to a confidential chat?"),
])
C("junk", "seo", "de", "flüssiger SEO-Pitch mit Suchbegriff und Firmenname", [
    ("j_seo", "2025-06-30 08:45", "Grüezi Herr Imfeld, wer 'Penetration Test Zug' googelt, findet Imfeld Security erst auf Seite 2 – hinter zwei Zürcher Anbietern. Mit unserer lokalen SEO-Strategie bringen wir Sie in 90 Tagen in die Top 3. Darf ich Ihnen eine kostenlose Analyse schicken?"),
    ("j_seo", "2025-07-07 08:45", "Grüezi Herr Imfeld, kurze Erinnerung an meine Nachricht von letzter Woche."),
])
C("junk", "offshore_company", "en", "Dubai free-zone company formation", [
    ("j_dubai", "2025-11-25 07:00", "Hello Reto, are you paying too much tax in Switzerland? Set up your consultancy in a Dubai free zone with 0% personal income tax, 100% ownership and a residence visa in 14 days. Packages from AED 12,500. Shall we talk?"),
], folder="SPAM")
C("junk", "office_furniture", "de", "generischer Büromöbel-Pitch", [
    ("j_furniture", "2025-02-25 13:00", "Guten Tag, gesunde Mitarbeitende sind produktive Mitarbeitende! Entdecken Sie unsere höhenverstellbaren Tische mit 20 % Frühlingsrabatt. Gerne beraten wir Sie in unserem Showroom in Zürich."),
])
C("junk", "event_tool", "en", "badge-scanning app pitch, not tailored", [
    ("j_badge", "2026-02-17 11:30", "Hi Reto, heading to any trade shows this year? Scanly turns badge scans into CRM leads instantly. Exhibitors capture 3x more leads. Can I send you a quick demo video?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail Geschäftskonto", [
    ("sp_bank", "2025-04-15 12:00", "<p>Grüezi Reto</p><p>Das Geschäftskonto für KMU &ndash; jetzt 12 Monate ohne Kontoführungsgebühr. Eröffnung in 10 Minuten.</p><p><a href='#'>Jetzt eröffnen</a></p>"),
], title="Sponsored Conversation", subject="12 Monate gebührenfrei")
C("junk", "sponsored_inmail", "en", "Sponsored InMail cloud security platform", [
    ("sp_cloud", "2025-10-07 12:00", "<p>Hi Reto,</p><p>See every misconfiguration across AWS, Azure and GCP in one dashboard. Get the 2025 Cloud Risk Report free.</p>"),
], title="Sponsored Conversation", subject="The 2025 Cloud Risk Report")
C("junk", "sponsored_inmail", "de", "Sponsored InMail Führungsseminar", [
    ("sp_exec", "2026-01-08 12:00", "<p>Grüezi Reto</p><p>Führen in unsicheren Zeiten: Unser Executive Programme startet im März. Sichern Sie sich jetzt Ihren Platz.</p>"),
], title="Sponsored Conversation", subject="Executive Programme 2026")

ex.write(Path(__file__).resolve().parents[1] / SLUG, {
    "First Name": "Reto", "Last Name": "Imfeld",
    "Headline": "Independent Security Consultant | Penetration Testing & Incident Response for Swiss SMEs | Zug",
    "Summary": "Pentests, Incident Response und Security-Beratung für KMU, Treuhänder und Gemeinden in der Zentralschweiz. OSCP, OSCE, CISSP. Speaker Alpine Security Days.",
    "Industry": "Computer & Network Security", "Geo Location": "Zug, Switzerland", "Zip Code": "6300",
    "Websites": "[COMPANY:https://imfeld-security.example]",
}, [
    {"Company Name": "Imfeld Security GmbH", "Title": "Founder & Independent Security Consultant", "Description": "Penetration testing, incident response, awareness training.", "Location": "Zug", "Started On": "Mar 2018"},
    {"Company Name": "Swiss Information Security Society", "Title": "Member", "Location": "Zürich", "Started On": "2016"},
    {"Company Name": "Big Four Advisory (Zürich)", "Title": "Senior Manager, Cyber", "Location": "Zürich", "Started On": "Jan 2011", "Finished On": "Feb 2018"},
], ["Penetration Testing", "Incident Response", "Active Directory Security", "ISO 27001", "Security Awareness"])
print(ex.summary())

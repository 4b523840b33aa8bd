"""dev16 persona (written blind as heldout22, session 4): heldout22 persona: Sabine Leitner, Informationssicherheitsbeauftragte (CISO) of a regional
hospital group in Linz, Austria (2024 export layout). Austrian German and English about half/half.
Every message below is written by hand for this corpus.

Run: /work/main/.venv/bin/python corpus/dev16/_build/mixed_hospital_it_security_officer_linz.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-hospital-it-security-officer-linz"
OWNER = Person("me", "Sabine Leitner", "https://www.linkedin.com/in/ACoAASabineLeitnerKDT",
               "Klinikverbund Donau-Traun", "Informationssicherheitsbeauftragte (CISO)")
E = Export(SLUG, "2024", OWNER)
P = E.person
C = E.conv

# ---------------------------------------------------------------- people
P("florian", "Florian Eder", "Klinikverbund Donau-Traun", "Teamleiter IT-Infrastruktur", connected="2018-03-12")
P("prim", "Prim. Dr. Elisabeth Wallner", "Klinikum Linz-Urfahr", "Primaria Innere Medizin", connected="2020-09-08")
P("ciaran", "Dr. Ciarán Walsh", "Klinikum Linz-Urfahr", "Visiting Research Fellow, Cardiology", connected="2024-10-01")
P("audit", "Mag. Gerald Pichler", "Alpen Audit & Assurance", "Lead Auditor NIS", connected="2022-05-17")
P("dsb", "Dr. Katharina Moser", "Datenschutzbehörde", "Referentin")
P("edr", "Hannah Mitchell", "Sentinelo Security", "Enterprise Account Manager DACH", connected="2021-06-29")
P("pentest", "Lukas Haider", "Donaubit Security", "Senior Penetration Tester", connected="2019-11-20")
P("conf_en", "Marieke de Vries", "HealthSec Europe", "Programme Chair", connected="2022-02-14")
P("conf_de", "Christoph Stadler", "IT-Sicherheitstag Linz", "Organisation", connected="2019-08-01")
P("t1", "Julia Reisinger", "Klinikum Linz-Urfahr", "IT-Koordinatorin Pflege", connected="2023-02-10")
P("t2", "Martin Gruber", "Salzach Kliniken", "CISO", connected="2017-10-05")
P("t3", "Tom Fletcher", "", "Security Architect", connected="2023-11-22")
P("privat", "Dr. Andreas Huemer", "Privatklinik am Pöstlingberg", "Kaufmännischer Direktor")
P("rec", "Verena Lang", "Alpine Tech Recruiting", "Senior Consultant IT Security", connected="2024-01-15")
P("appl_en", "Petr Novák", "", "SOC Analyst")
P("appl_de", "Lena Kaltenbrunner", "FH Hagenberg", "Studentin Sichere Informationssysteme")
P("katja", "Katja Brenner", "Universitätsklinikum Nordwest", "Informationssicherheit Medizintechnik", connected="2020-03-03")
P("br", "Helmut Aigner", "Klinikverbund Donau-Traun", "Betriebsratsvorsitzender", connected="2016-02-01")
P("uni", "Markus Hofbauer", "", "Softwareentwickler", connected="2011-06-30")
P("partner", "Dr. Siobhan Kelly", "St. Brigid's Hospital Galway", "Clinical Informatics Lead")
P("stat", "Andrea Pühringer", "Krankenhaus Traun", "Stationsleitung Chirurgie", connected="2021-04-12")
P("medvendor", "Daniel Schmid", "SonoVista Medical", "Service Manager Austria", connected="2019-09-09")
P("cert", "Stefan Wimmer", "Sektor-CERT Gesundheit", "Incident Handler", connected="2022-08-18")
P("gf", "Mag. Robert Lindner", "Klinikverbund Donau-Traun", "Geschäftsführer", connected="2016-01-10")
P("versich", "Claudia Hametner", "Hametner Versicherungsmakler", "Maklerin", connected="2020-12-01")
P("presse", "Bernhard Wieser", "Oberösterreichisches Tagblatt", "Redakteur")
P("meetup", "Anna Kovacs", "Upper Austria Security Meetup", "Co-Organizer", connected="2023-03-20")
P("raj", "Raj Menon", "Klinikverbund Donau-Traun", "Cloud Engineer", connected="2024-09-02")
P("peer_en", "Erik Lindholm", "Västra Regional Hospitals", "Head of Information Security", connected="2022-10-11")
P("oldboss", "Ingrid Steiner", "", "IT-Leiterin i.R.", connected="2014-05-05")
P("research", "Dr. Priya Raman", "Klinikum Linz-Urfahr", "Clinical Research Fellow, Oncology", connected="2024-04-03")
P("auditor_en", "Sophie Turner", "Northgate Assurance", "IT Audit Manager", connected="2023-07-19")
P("pressestelle", "Eva Hinterleitner", "Klinikverbund Donau-Traun", "Unternehmenskommunikation", connected="2017-09-25")

# wanted pitches
P("w_pt", "Matthias Brandstätter", "Ennsbit Labs", "Gründer, Medizintechnik-Pentests")
P("w_badge", "Laura Bennett", "TapFlow Identity", "Healthcare Solutions Lead")
P("w_aware", "Simon Leitgeb", "Awareness Werkstatt Linz", "Geschäftsführer")
P("w_iot", "Nikhil Rao", "MedAsset Visibility", "Regional Director DACH")
P("w_backup", "Thomas Kern", "Immutabel Backup GmbH", "Solution Architect")
P("w_rec", "Rachel Owens", "CyberPeople Europe", "Recruitment Lead, Security Operations")
P("w_idm", "Jakub Horak", "Linkbridge Identity", "Integration Engineer")
P("w_asm", "Philipp Mayrhofer", "", "Freiberuflicher Security-Berater")
P("w_iso", "Doris Wagner", "Zertifizierungsakademie Oberösterreich", "Kursleitung")
P("w_mds2", "Grace O'Brien", "", "Independent medical device security consultant")
P("w_print", "Reinhard Fuchs", "PrintSafe Austria", "Vertrieb Gesundheitswesen")
P("w_law", "Dr. Barbara Schrott", "Schrott Rechtsanwälte", "Rechtsanwältin, Datenschutz")

# junk senders
P("j_pt", "Kevin Marsh", "BreachProof Global", "Business Development Representative")
P("j_off", "Manuel Riegler", "Büroprofi Austria", "Verkaufsberater")
P("j_vciso", "Sandra Novak", "CISO-as-a-Service GmbH", "Partnermanagerin")
P("j_cap", "Ankit Sharma", "TechForce Staffing", "Delivery Manager")
P("j_like", "Jonas Pirker", "", "Founder | Speaker | Disruptor")
P("j_call", "Ashley Carter", "ZeroGate Networks", "Account Executive")
P("ctp1", "Daniela Hofer", "SecureMind Consulting", "Beraterin",
  connected="2025-03-10", invite=("IN", "2025-03-10 07:50", "Liebe Frau Leitner, ich würde mich freuen, mich mit Ihnen zu vernetzen!"))
P("ctp2", "Brandon Lee", "CloudArmor", "Regional Sales Manager",
  connected="2025-05-05", invite=("IN", "2025-05-05 16:20", "Hi Sabine, fellow security person here, would love to connect."))
P("ctp3", "Wolfgang Brunner", "Brunner IT-Services", "Vertrieb",
  connected="2025-09-15", invite=("IN", "2025-09-15 09:00", ""))
P("bump1", "Emily Foster", "PatchPilot", "SDR")
P("bump2", "Georg Moser", "DataVault Consulting", "Senior Sales Manager")
P("tp1", "Ryan O'Neill", "AlertZero AI", "Enterprise Sales")
P("tp2", "Megan Price", "SOCwise", "Account Director")
P("tp3", "Daniel Weber", "NoiseCut Security", "Sales Director DACH")
P("tp4", "Olivia Hart", "Triage.ai", "Account Executive")
P("tp5", "Marcus Chen", "SignalFirst", "Regional VP")
P("mt1", "Chloe Simmons", "VendorRisk360", "Sales")
P("mt2", "Bernd Auer", "KlinikConsult AT", "Vertrieb")
P("mt3", "Tyler Ross", "PhishNet Pro", "SDR")
P("mt4", "Sabrina Koller", "SecureDocs Austria", "Vertrieb")
P("spon1", "Vienna Business Institute", "", "", url="https://www.linkedin.com/company/vienna-business-institute")
P("spon2", "CloudShield", "", "", url="https://www.linkedin.com/company/cloudshield-security")
P("spon3", "Datenschutz Akademie", "", "", url="https://www.linkedin.com/company/datenschutz-akademie")
P("award", "Natalie Brooks", "DACH Security Excellence Awards", "Awards Manager")
P("mag", "Herbert Gruber", "Gesundheit & Technik Magazin", "Anzeigenverkauf")
P("paidtalk", "James Whitfield", "Global CISO Summit", "Speaker Partnerships")
P("pod", "Alex Brunner", "Cyber Kaffee Podcast", "Producer")
P("fluent", "Charlotte Hayes", "Resilient Horizons", "Strategic Partnerships")
P("g_sso", "Jason Clarke", "PassNova", "SDR")
P("g_aware", "Carina Huber", "Sicher Schulen GmbH", "Vertrieb")
P("g_iot", "Ethan Walker", "ConnectGuard", "Sales")
P("g_backup", "Patrick Zach", "BackupKönig", "Vertrieb")
P("g_rec", "Sophie Miller", "TalentBridge Global", "Recruiter")
P("g_iso", "Manfred Egger", "Seminar-Express", "Seminarberatung")
P("dubai", "Omar Haddad", "Gulf Horizon Realty", "Investment Consultant")
P("crypto", "Leon Steiner", "", "Trader | Mentor")
P("g_mdr", "Hayley Morgan", "ComplyMed Partners", "Business Development")
P("f1", "Oscar Bennett", "Paddock Prestige Hospitality", "Corporate Hospitality Manager")

# ================================================================ genuine
C("genuine", "it_team_incident", "de", "IT-Teamleiter meldet nächtlichen EDR-Alarm", [
    ("florian", "2025-02-04 06:42", "Servus Sabine, heut Nacht um 02:17 EDR-Alarm auf einem Befundungs-PC in der Radiologie Traun (verdächtiges PowerShell). Hab ihn isoliert, Radiologie arbeitet auf dem Ersatzgerät. Schaust du dir die Timeline an, bevor wir neu aufsetzen?"),
    ("me", "2025-02-04 07:05", "Guten Morgen, danke! Bitte noch NICHT neu aufsetzen, ich will erst ein Image. Bin um 8 im Büro."),
    ("florian", "2025-02-04 07:10", "Passt, Image läuft schon."),
    ("me", "2025-02-04 11:30", "Entwarnung: war ein falsch konfiguriertes Update-Skript vom Hersteller. Trotzdem Ticket an SonoVista, die sollen ihre Skripte signieren. Danke für die schnelle Reaktion!"),
])
C("genuine", "clinician_usb_question", "de", "Primaria fragt nach USB-Stick für Studiendaten", [
    ("prim", "2024-11-19 13:20", "Liebe Frau Leitner, mein Oberarzt möchte die pseudonymisierten Studiendaten auf einem USB-Stick zur Ethikkommission mitnehmen. Darf er das, oder wie machen wir das richtig? Danke und liebe Grüße, E. Wallner"),
    ("me", "2024-11-19 14:05", "Liebe Frau Primaria, bitte keinen privaten Stick. Die IT gibt verschlüsselte Dienst-Sticks aus (Ticket an den Servicedesk, dauert einen Tag), oder besser: Freigabe über das Austausch-Laufwerk, da bekommt die Ethikkommission einen Link. Ich ruf Ihren OA gern kurz an."),
    ("prim", "2024-11-19 14:30", "Wunderbar, bitte rufen Sie ihn an. Danke!"),
])
C("genuine", "clinician_vpn_request", "en", "visiting research fellow asks about VPN access", [
    ("ciaran", "2024-10-08 10:15", "Hi Sabine, I'm the new research fellow in cardiology (from Cork, here for 12 months). My home institution needs me to access their research server from here. Is that allowed from the hospital network, or do I need to use my own laptop at home? Didn't want to break any rules in week one!"),
    ("me", "2024-10-08 11:40", "Hi Ciarán, welcome to Linz and thanks for asking first! From the clinical network: no, outbound VPNs are blocked. We have a separate research Wi-Fi for exactly this. I'll ask Florian's team to set you up, you'll get an email today."),
    ("ciaran", "2024-10-08 11:52", "Brilliant, thanks a million."),
])
C("genuine", "auditor_quote", "de", "NIS-Prüfer schickt Angebot für die Überprüfung", [
    ("me", "2025-01-13 09:00", "Grüß Gott Herr Pichler, wir müssen heuer die NIS-Überprüfung machen, diesmal für alle vier Häuser. Können Sie mir bis Ende Jänner ein Angebot legen? Wie beim letzten Mal mit Vor-Ort-Tagen in Linz und Traun."),
    ("audit", "2025-01-22 16:10", "Sehr geehrte Frau Leitner, gerne. Für den erweiterten Umfang kalkulieren wir 14 Personentage, davon 6 vor Ort, in Summe EUR 23.800 netto. Termin wäre ab Mitte April möglich. Das Angebot kommt heute noch per Mail."),
    ("me", "2025-01-23 08:30", "Danke, ich gehe das mit der Geschäftsführung durch und melde mich bis Ende nächster Woche."),
])
C("genuine", "dpa_inquiry", "de", "Datenschutzbehörde mit Rückfrage zu einer Meldung", [
    ("dsb", "2025-03-27 10:00", "Sehr geehrte Frau Leitner, bezugnehmend auf Ihre Meldung vom 14.3. (Fehlversand von Befunden) ersuchen wir um Übermittlung der getroffenen Abhilfemaßnahmen bis 17.4. Die formelle Aufforderung ergeht parallel an die Datenschutzbeauftragte des Klinikverbunds. Mit freundlichen Grüßen, K. Moser"),
    ("me", "2025-03-27 11:15", "Sehr geehrte Frau Dr. Moser, danke für die Information. Wir übermitteln die Maßnahmen fristgerecht gemeinsam mit Frau Mag. Huber (DSB-intern)."),
])
C("genuine", "vendor_price_change", "en", "existing EDR vendor announces price change at renewal", [
    ("edr", "2025-04-02 14:00", "Hi Sabine, ahead of your renewal on 30 June: our list price per endpoint goes up 8% from July. Because you're on a 3-year framework, we can hold you at EUR 31.50 per endpoint (vs 34.00 list) if you renew for 3 years. Also, the 24/7 MDR add-on is now included in the Healthcare bundle. Happy to walk through the numbers with your procurement team."),
    ("me", "2025-04-02 16:20", "Thanks Hannah. Please send the written offer to procurement with me in cc. We need the Healthcare bundle details in German for the committee."),
    ("edr", "2025-04-03 09:05", "Will do, German version by Friday."),
])
C("genuine", "pentest_report_retest", "de", "Pentest-Firma liefert Bericht und bietet Retest an", [
    ("pentest", "2024-12-12 17:40", "Hallo Sabine, der Bericht zum Webportal-Pentest ist im Austausch-Ordner. Zwei High (Session-Handling, veraltete Bibliothek im Terminbuchungs-Modul), sonst nur Kleinkram. Retest ist im Angebot inkludiert, sagt einfach, wann ihr gepatcht habt."),
    ("me", "2024-12-13 08:15", "Danke Lukas! Die Bibliothek ist schon im Change für nächste Woche. Retest dann Mitte Jänner?"),
    ("pentest", "2024-12-13 08:40", "Mitte Jänner passt. Schöne Feiertage!"),
])
C("genuine", "conference_speaker_invite", "en", "conference programme chair she knows invites her to speak", [
    ("conf_en", "2024-09-10 11:00", "Dear Sabine, after your great talk in Rotterdam last year, we'd love to have you at HealthSec Europe 2025 in Vienna (March 12-13) on the medical device segmentation project. Travel and hotel covered for speakers. Would you be up for it?"),
    ("me", "2024-09-10 13:30", "Dear Marieke, thank you, that's very kind. Vienna is just around the corner for me, so happily yes. 30 minutes?"),
    ("conf_en", "2024-09-10 13:45", "30 min plus Q&A. I'll send the speaker form."),
])
C("genuine", "conference_logistics", "de", "Organisator des IT-Sicherheitstags zur Vortrags-Logistik", [
    ("conf_de", "2025-04-28 09:30", "Hallo Sabine, nur zur Bestätigung: Dein Vortrag 'Medizingeräte im Netz: was wirklich hilft' ist am 22. Mai um 10:15 im Saal 2. Folien bitte bis 19.5. schicken. Brauchst du was außer Beamer und Klicker?"),
    ("me", "2025-04-28 10:00", "Servus Christoph, passt alles. Ein Mikro zum Umhängen wär fein."),
])
for key, lang, when, text in [
    ("t1", "de", "2025-05-22 13:05", "Liebe Sabine, danke für den Vortrag heute! Die Beispiele aus der Pflege waren genau das, was die Kolleg:innen hören müssen. Magst du die Folien teilen?"),
    ("t2", "de", "2025-05-22 14:30", "Servus Sabine, danke für den Vortrag heut beim Sicherheitstag, sehr praxisnah. Kannst du mir die Folien schicken? LG Martin"),
    ("t3", "mixed", "2025-05-22 18:10", "Hi Sabine, thanks for your talk at the Sicherheitstag today, really practical. Would you mind sharing the slides? Cheers, Tom"),
]:
    C("genuine", "thanks_after_talk", lang, f"near-duplicate thank-you after her Sicherheitstag talk ({key})", [
        (key, when, text),
        ("me", "2025-05-23 08:00", "Danke! / Thanks! Slides are on the conference page now."),
    ])
C("genuine", "inbound_lead_training_licence", "de", "Privatklinik möchte das Awareness-Programm des Verbunds einkaufen", [
    ("privat", "2025-06-16 15:00", "Sehr geehrte Frau Leitner, wir haben gehört, dass der Klinikverbund sein Awareness-Programm für Gesundheitspersonal an andere Häuser lizenziert. Wir wären mit 220 Mitarbeitenden interessiert. Was würde das kosten und wie läuft das ab?"),
    ("me", "2025-06-16 17:20", "Sehr geehrter Herr Dr. Huemer, das stimmt. Die Lizenz für Häuser unter 300 MA liegt bei EUR 4.900 pro Jahr, inkl. jährlicher Aktualisierung und zwei Phishing-Simulationen. Gern stelle ich Ihnen das in einem Termin vor, bei uns oder bei Ihnen am Pöstlingberg."),
    ("privat", "2025-06-17 08:10", "Gern bei uns, kommende Woche Donnerstag 14 Uhr?"),
])
C("genuine", "peer_joint_procurement", "de", "CISO eines anderen Klinikverbunds schlägt gemeinsame Ausschreibung vor", [
    ("t2", "2024-08-20 19:30", "Sabine, Idee: Wir schreiben beide nächstes Jahr Pentests aus. Wenn wir eine gemeinsame Rahmenvereinbarung machen, kriegen wir bessere Tagsätze und die Bieter müssen sich mit Medizintechnik auskennen. Unsere Einkäufer reden eh miteinander. Was meinst?"),
    ("me", "2024-08-21 07:45", "Martin, gute Idee! Rechtlich müssen wir klären, wer federführend ausschreibt. Ich frag unsere Vergabe. Telefonieren wir Freitag?"),
    ("t2", "2024-08-21 08:00", "Freitag 9 Uhr passt."),
])
C("genuine", "recruiter_engaged", "de", "Recruiterin, die sie beauftragt hat, schickt Profile", [
    ("me", "2025-01-16 10:00", "Hallo Frau Lang, wie besprochen: SOC-Analyst:in (Level 2), Vollzeit, Linz, Gehalt laut KV plus Zulage, Deutsch B2 reicht. Bitte nur Leute, die Schichtbereitschaft nicht abschreckt."),
    ("rec", "2025-01-16 11:30", "Danke, Frau Leitner! Drei Profile hab ich im Kopf, eine davon mit Erfahrung im Krankenhausumfeld. Ich melde mich bis Freitag."),
    ("rec", "2025-01-24 15:00", "Die drei anonymisierten Profile sind in Ihrer Mailbox. Profil B ist sehr stark, aber bei Gehalt etwas höher."),
    ("me", "2025-01-24 16:10", "Danke, A und B würde ich gern kennenlernen."),
])
C("genuine", "applicant_soc", "en", "applicant from Brno asks about the SOC analyst position", [
    ("appl_en", "2025-02-03 20:00", "Dear Ms Leitner, I applied for the SOC Analyst position last week. I currently work in a MSSP in Brno and my German is B1 (improving). Is B1 acceptable, or would you require B2 from day one? I'd be happy to move to Linz. Thank you for your time. Petr Novák"),
    ("me", "2025-02-04 08:30", "Dear Mr Novák, thank you for applying. B1 with a plan to improve is fine, most of our tooling is in English anyway. We'll contact you this week about a first interview."),
])
C("genuine", "applicant_internship", "de", "FH-Studentin fragt nach Pflichtpraktikum", [
    ("appl_de", "2024-12-02 18:45", "Sehr geehrte Frau Leitner, ich studiere Sichere Informationssysteme in Hagenberg und suche für Sommer 2025 ein Pflichtpraktikum (12 Wochen). Besonders interessiert mich Sicherheit von Medizingeräten. Gibt es bei Ihnen die Möglichkeit? Lebenslauf hänge ich gern an. Mit freundlichen Grüßen, Lena Kaltenbrunner"),
    ("me", "2024-12-03 09:10", "Liebe Frau Kaltenbrunner, ja, wir nehmen jeden Sommer eine:n Praktikant:in. Bitte Lebenslauf an die Personalabteilung mit Vermerk 'Informationssicherheit', ich gebe Bescheid, dass er kommt."),
])
C("genuine", "owner_started_peer_question", "en", "she asks a German peer about segmenting medical devices", [
    ("me", "2024-06-05 09:15", "Hi Katja, we met at the Rotterdam conference. I remember you said you segmented 3,000 medical devices without stopping clinical operations. We're starting the same thing. Could I pick your brain for 30 minutes? Happy to share our asset inventory approach in return."),
    ("katja", "2024-06-05 12:00", "Hi Sabine, of course! Honestly the hard part wasn't the network, it was getting the device owners to agree on downtime windows. Thursday 3pm?"),
    ("me", "2024-06-05 12:10", "Perfect, Thursday 3pm. Thank you!"),
])
C("genuine", "owner_started_works_council", "de", "sie schreibt dem Betriebsrat wegen Protokollierung", [
    ("me", "2024-09-23 08:00", "Lieber Helmut, wir wollen ab Jänner Anmeldungen an den Stationsrechnern zentral protokollieren (Sicherheitsgründe, NIS). Mir ist wichtig, dass wir das vorher mit euch abstimmen, bevor Gerüchte über Mitarbeiterüberwachung entstehen. Hast du nächste Woche eine Stunde?"),
    ("br", "2024-09-23 10:30", "Liebe Sabine, danke, dass du vorher kommst. Wir brauchen dazu eine Betriebsvereinbarung. Dienstag 13 Uhr im BR-Büro?"),
    ("me", "2024-09-23 10:45", "Dienstag 13 Uhr, ich bring einen Entwurf mit."),
])
C("genuine", "long_standing_contact", "de", "Studienfreund aus der JKU, Kontakt über Jahre", [
    ("uni", "2017-12-22 19:00", "Frohe Weihnachten Sabine! Immer noch im Spital? 😄"),
    ("me", "2017-12-22 20:10", "Frohe Weihnachten Markus! Ja, und es wird nie langweilig. Wie geht's in Graz?"),
    ("uni", "2021-07-03 11:00", "Bin wieder in Linz! Bier am Donaustrand demnächst?"),
    ("me", "2021-07-03 13:00", "Endlich! Ja, nächste Woche."),
    ("uni", "2025-06-28 17:30", "Linzfest-Treffen wie jedes Jahr? Samstag, gleicher Platz."),
    ("me", "2025-06-28 18:00", "Fix. Ich bring die Decke mit."),
])
C("genuine", "partner_warning_in_spam", "en", "partner hospital warns of phishing wave; landed in spam", [
    ("partner", "2025-01-29 07:55", "Hi Sabine, Siobhan from Galway here (we met at HealthSec). Quick heads-up: we've had a wave of fake 'lab results portal' emails with very convincing German-language lures hitting European hospitals this week, including two in Austria we know of. Sender domains rotate daily. I can share IOCs if useful."),
    ("me", "2025-01-30 08:20", "Hi Siobhan, sorry for the delay, your message ended up in my spam folder (ironic!). Yes please, IOCs would be very welcome. Thank you for thinking of us."),
], folder="SPAM")
C("genuine", "clinician_password_complaint", "de", "Stationsleitung beschwert sich über neue Passwortregel", [
    ("stat", "2025-03-05 14:40", "Frau Leitner, seit der neuen Passwortregel sind in der Nacht zwei Kolleginnen aus dem System geflogen und haben 20 Minuten keinen Zugriff auf die Medikation gehabt. Das geht so nicht. Bitte um eine Lösung."),
    ("me", "2025-03-05 15:10", "Liebe Frau Pühringer, Sie haben völlig recht, das darf nicht passieren. Ich schalte für die Stationsrechner die Sperre nach Fehlversuchen heute noch auf einen Notfall-Entsperrcode um und komme morgen um 7 auf die Station, damit Sie mir zeigen, wo es hakt."),
    ("stat", "2025-03-05 15:30", "Danke. Um 7 bin ich da."),
])
C("genuine", "vendor_end_of_support", "en", "existing medical device vendor announces end of support and upgrade price", [
    ("medvendor", "2024-07-15 10:30", "Dear Ms Leitner, please note that the ultrasound workstations model SV-400 (14 units in your group) reach end of OS support in December 2025. The upgrade kit costs EUR 2,150 per unit incl. installation, or EUR 1,790 if ordered by 30 September. After December we can no longer provide security patches. Kind regards, Daniel Schmid"),
    ("me", "2024-07-15 13:00", "Dear Mr Schmid, thank you. Please send a formal offer for all 14 units and the list of open vulnerabilities on the current version, we need it for our risk assessment."),
])
C("genuine", "cert_warning", "de", "Sektor-CERT warnt vor Schwachstelle im PACS", [
    ("cert", "2024-10-24 16:50", "Hallo Sabine, Vorwarnung: Für das PACS, das ihr im Einsatz habt, kommt morgen ein Advisory (kritische Auth-Umgehung). Patch vom Hersteller ist da. Bitte nicht weitergeben bis zur Veröffentlichung. LG Stefan"),
    ("me", "2024-10-24 17:05", "Danke Stefan! Wir planen das Wartungsfenster für morgen Nacht."),
])
C("genuine", "management_request", "de", "Geschäftsführer bittet um NIS-Statusbericht", [
    ("gf", "2025-02-17 08:10", "Frau Leitner, für die Aufsichtsratssitzung am 3.3. brauche ich bis Freitag eine Seite zum Stand NIS: was erledigt, was offen, was es kostet. Bitte möglichst ohne Abkürzungen 🙂"),
    ("me", "2025-02-17 08:40", "Guten Morgen Herr Mag. Lindner, kommt bis Donnerstag. Ohne Abkürzungen, versprochen."),
])
C("genuine", "vendor_price_change", "de", "Versicherungsmaklerin zur Cyberpolizze mit Prämienerhöhung", [
    ("versich", "2024-11-04 11:00", "Liebe Frau Leitner, der Versicherer verlängert die Cyberpolizze, aber mit 12 % Prämienerhöhung (EUR 68.400 p.a.) und einem neuen Fragebogen zu MFA und Backups. Wenn wir MFA für alle Fernzugriffe nachweisen, würde er auf +5 % gehen. Können Sie mir bis 20.11. die Antworten liefern?"),
    ("me", "2024-11-04 13:30", "Liebe Frau Hametner, MFA für alle Fernzugriffe haben wir seit Sommer. Den Fragebogen fülle ich diese Woche aus."),
    ("versich", "2024-11-04 13:45", "Sehr gut, das hilft enorm."),
])
C("genuine", "journalist_request", "de", "Journalist bittet um Stellungnahme nach Angriff auf anderes Spital", [
    ("presse", "2025-07-09 09:30", "Sehr geehrte Frau Leitner, nach dem Angriff auf das Spital in der Steiermark: Wie gut sind oberösterreichische Häuser geschützt? Hätten Sie heute 10 Minuten für ein Telefonat?"),
    ("me", "2025-07-09 10:05", "Sehr geehrter Herr Wieser, danke für Ihre Anfrage. Bitte wenden Sie sich an unsere Unternehmenskommunikation, Frau Hinterleitner. Ich stehe dann gern mit ihr gemeinsam für Hintergrundfragen zur Verfügung."),
    ("me", "2025-07-09 10:06", "Zu konkreten Systemen und Produkten kann ich allerdings grundsätzlich nichts sagen, auch nicht im Hintergrund."),
], drafts={2})
C("genuine", "press_office_coordination", "de", "Pressestelle koordiniert die Anfrage mit ihr", [
    ("pressestelle", "2025-07-09 10:40", "Sabine, der Wieser vom Tagblatt hat sich gemeldet. Ich würd vorschlagen, du sagst allgemein was zu Übungen und Backups, nichts zu Systemen. Passt 14 Uhr für ein gemeinsames Telefonat?"),
    ("me", "2025-07-09 10:50", "Passt, 14 Uhr. Ich schick dir vorher drei Sätze."),
])
C("genuine", "meetup_invite", "en", "security meetup co-organiser invites her", [
    ("meetup", "2024-10-15 18:00", "Hey Sabine! Next Upper Austria Security Meetup is Nov 14 at the Tabakfabrik. Topic is OT/medical devices, would be great to have you there, even just for the discussion. Pizza and beer as usual 🍕"),
    ("me", "2024-10-15 19:20", "Wouldn't miss it! I'll bring two people from my team."),
])
C("genuine", "it_team_group_drill", "de", "Gruppe des IT-Teams zur Notfallübung", [
    ("florian", "2025-09-01 08:00", "Morgen zusammen, Notfallübung 'Ausfall KIS' ist am 24.9. von 8-12. Wer kann NICHT?"),
    ("raj", "2025-09-01 08:15", "I'm on leave 22-26 Sept, sorry!"),
    ("me", "2025-09-01 08:30", "Kein Problem Raj. Florian, ich übernehme die Moderation, Drehbuch kommt bis 15.9."),
    ("florian", "2025-09-01 08:35", "Super, danke."),
], title="IT Infrastruktur + ISMS")
C("genuine", "new_colleague_onboarding", "en", "new English-speaking cloud engineer asks about ISMS docs", [
    ("raj", "2024-09-09 11:00", "Hi Sabine, I just started in Florian's team. Where can I find the security policies? I'd like to read them before I touch the Azure tenant. Are they in English too?"),
    ("me", "2024-09-09 11:30", "Hi Raj, welcome! Great question to ask first. Policies are on the ISMS SharePoint, the cloud policy has an English version, the rest are German only for now. Let's have a coffee Thursday, I'll walk you through the important bits."),
    ("raj", "2024-09-09 11:32", "Thanks, Thursday works."),
])
C("genuine", "peer_template_request", "en", "Swedish peer asks for her tabletop exercise template", [
    ("peer_en", "2025-10-02 13:00", "Hi Sabine, I remember you mentioned a tabletop exercise for ransomware in hospitals where the clinical staff actually play along. Would you be willing to share the scenario? We're running one in November."),
    ("me", "2025-10-02 15:15", "Hi Erik, sure! I'll send the English version tonight. Just don't skip the part where the ward runs on paper for 4 hours, that's where the real learnings come from."),
    ("peer_en", "2025-10-02 15:20", "Thank you, I owe you a fika."),
])
C("genuine", "congrats_promotion", "de", "frühere Chefin gratuliert zur neuen Rolle", [
    ("oldboss", "2024-04-02 09:00", "Liebe Sabine, gerade gesehen: CISO für den ganzen Verbund! Ich hab's immer gewusst. Herzliche Gratulation!"),
    ("me", "2024-04-02 12:30", "Liebe Ingrid, danke! Ohne deine Schule damals wär ich nicht da. Kaffee im Mai?"),
    ("oldboss", "2024-04-02 13:00", "Sehr gern, ich meld mich."),
])
C("genuine", "clinician_ai_question", "en", "research fellow asks about using an AI tool with patient data", [
    ("research", "2025-05-06 16:20", "Hi Sabine, quick question: can I paste anonymised patient notes into a public AI chatbot to summarise them for my study? They don't have names."),
    ("me", "2025-05-06 16:45", "Hi Priya, please don't. Free-text notes are rarely truly anonymous (dates, rare diagnoses, ward names). We have an internal tool in pilot for this, I'll put you on the list. Can you send me a sample of what you need summarised?"),
    ("research", "2025-05-06 16:50", "Makes sense, thank you. Sending a dummy example."),
])
C("genuine", "owner_started_pentest_quote", "de", "sie fragt bei der bestehenden Pentest-Firma ein Angebot an", [
    ("me", "2025-08-25 09:00", "Hallo Lukas, für 2026 brauchen wir einen externen Pentest aller Webanwendungen plus WLAN in zwei Häusern. Kannst du mir bis Oktober ein Angebot schicken? Budget wird im Oktober fixiert."),
    ("pentest", "2025-08-25 11:20", "Hallo Sabine, gern. Grob geschätzt 18-20 Tage, Tagsatz bleibt bei 1.250 € netto. Genaues Angebot kommt Mitte September."),
])
C("genuine", "auditor_finding_followup", "en", "external IT auditor follows up on an audit finding", [
    ("auditor_en", "2024-08-06 10:00", "Hi Sabine, following up on finding 4 from the annual IT audit (privileged accounts without expiry). Could you send evidence of the new review process by 31 August? A screenshot of the last quarterly review would be enough."),
    ("me", "2024-08-06 11:10", "Hi Sophie, will do. The first quarterly review ran in July, I'll send the protocol next week."),
])

# ================================================================ wanted pitches
C("wanted_pitch", "pentest_after_talk", "de", "Medizintechnik-Pentester war bei ihrem Vortrag", [
    ("w_pt", "2025-05-26 09:00", "Sehr geehrte Frau Leitner, ich war beim IT-Sicherheitstag in Ihrem Vortrag. Sie haben gesagt, dass Sie für die 14 Ultraschall-Arbeitsplätze nicht wissen, was nach dem Betriebssystem-Update an Diensten offen ist, und der Hersteller keine Auskunft gibt. Wir sind ein kleines Linzer Team, das ausschließlich Medizingeräte testet (Herstellerfreigabe holen wir selbst ein). Ein Test von zwei Referenzgeräten wäre in 4 Tagen machbar. Ich würde Ihnen gern ein anonymisiertes Beispiel-Ergebnis zeigen."),
    ("me", "2025-05-26 14:00", "Guten Tag Herr Brandstätter, das interessiert mich tatsächlich. Schicken Sie mir das Beispiel, dann reden wir."),
])
C("wanted_pitch", "badge_login_from_post", "en", "identity vendor responds to her post on nurses' password fatigue", [
    ("w_badge", "2025-03-12 10:00", "Hi Sabine, your post about the night shift being locked out of the medication system after the new password policy really struck a chord, and I liked that you blamed the policy, not the nurses. We do tap-and-go badge login for shared clinical workstations: the nurse taps her existing ID badge, session follows her between PCs, password still required once per shift. Two Austrian hospitals use it with the same badge readers you have at the doors. Would a short demo with your ward lead be useful?"),
    ("me", "2025-03-12 12:00", "Hi Laura, yes, that's exactly the tension. Let's set up a demo, I'll bring Andrea from surgery."),
])
C("wanted_pitch", "awareness_bidder_from_tender", "de", "Linzer Awareness-Anbieter bezieht sich auf die öffentliche Ausschreibung", [
    ("w_aware", "2025-08-19 11:30", "Sehr geehrte Frau Leitner, wir haben Ihre Ausschreibung 'Security-Awareness-Schulungen für klinisches Personal' auf dem Vergabeportal gesehen und werden anbieten. Eine Frage vorab, weil es im Leistungsverzeichnis nicht klar ist: Sollen die Präsenz-Schulungen auch im Nachtdienst-Fenster angeboten werden? Wir machen das für zwei Pflegeheime in OÖ bereits so und halten es für den Pflegebereich für entscheidend."),
    ("me", "2025-08-19 13:00", "Guten Tag Herr Leitgeb, bitte stellen Sie die Frage formal über die Bieterfragen im Portal, dann beantworten wir sie für alle Bieter gleich. Der Punkt ist aber gut."),
])
C("wanted_pitch", "medical_asset_visibility_specific", "en", "vendor names the group's concrete device inventory problem from a press release", [
    ("w_iot", "2024-06-18 09:00", "Dear Sabine, the group's press release about the network renewal mentions roughly 4,000 networked medical devices from more than 60 manufacturers and no central inventory yet. That's exactly the situation our passive discovery sensor solves: it reads the traffic on a SPAN port, identifies device type, firmware and open vulnerabilities, without touching the devices. We can run a 2-week proof of value on one site (Traun would be a good size) at no cost. Would that be interesting before you start segmenting?"),
])
C("wanted_pitch", "backup_via_mutual_contact", "de", "Backup-Anbieter auf Empfehlung von Martin Gruber", [
    ("w_backup", "2024-11-25 14:00", "Guten Tag Frau Leitner, Martin Gruber von den Salzach Kliniken hat mir empfohlen, mich bei Ihnen zu melden. Er hat erzählt, dass Ihr Versicherer für die Cyberpolizze jetzt unveränderbare Backups nachweisen will. Wir haben das bei Martin für das KIS und das PACS umgesetzt, mit Wiederherstellungstest jedes Quartal. Ich würde Ihnen gern zeigen, wie das bei ihm aussieht, Martin ist bei einem Termin auch gern dabei."),
    ("me", "2024-11-25 16:20", "Grüß Gott Herr Kern, Martin hat mir schon gesagt, dass Sie sich melden. Termin gern, Anfang Dezember."),
])
C("wanted_pitch", "recruiter_candidates_for_open_role", "en", "security recruiter offers SOC candidates matching her job ad", [
    ("w_rec", "2025-02-10 11:00", "Hi Sabine, I saw your SOC Analyst Level 2 ad (Linz, shifts, German B1+). I have two candidates who fit: one from a Vienna MSSP who wants to move back to Upper Austria, and one with 3 years in a German university hospital SOC. Both accept shift work. My fee is 18% of first-year salary, only on hire. Shall I send anonymised profiles?"),
    ("me", "2025-02-10 14:00", "Hi Rachel, I already work with an agency on this, but the hospital SOC candidate sounds interesting. Send that one please."),
])
C("wanted_pitch", "identity_integration_for_her_stack", "en", "integration engineer knows her exact stack from conference slides", [
    ("w_idm", "2025-03-18 09:30", "Hi Sabine, in your HealthSec slides you showed your joiner/mover/leaver flow: HR system to Active Directory by script, then manual tickets for the KIS roles, which takes 2-3 days for new doctors. We build connectors for exactly that KIS and your HR system, so a new doctor gets KIS roles on day one and loses them on the last day automatically. We did it for a hospital in Brno. Would you like to see the architecture?"),
])
C("wanted_pitch", "attack_surface_site_visit", "de", "freier Berater hat Website angesehen und nennt konkrete Mängel", [
    ("w_asm", "2025-06-03 08:45", "Guten Morgen Frau Leitner, beim Terminbuchen für meine Mutter ist mir aufgefallen, dass auf termine.klinikverbund-dt.at das Zertifikat vor drei Tagen abgelaufen ist und es auf der Hauptdomain keine security.txt gibt (also auch keinen Meldeweg für Leute wie mich). Ich sage Ihnen das einfach so, ohne Bedingung. Falls Sie jemanden für eine regelmäßige externe Angriffsflächen-Analyse suchen: Das mache ich freiberuflich, monatlicher Bericht um 380 €."),
    ("me", "2025-06-03 09:20", "Guten Morgen, danke für den Hinweis, das Zertifikat wird gerade erneuert! Die security.txt nehme ich mit. Zu Ihrem Angebot melde ich mich."),
])
C("wanted_pitch", "iso_course_from_press", "de", "Zertifizierungsakademie bezieht sich auf Zeitungsbericht zur NIS-Pflicht", [
    ("w_iso", "2024-07-22 10:00", "Sehr geehrte Frau Leitner, im OÖ Tagblatt stand, dass der Klinikverbund als wesentliche Einrichtung unter das neue NIS-Gesetz fällt und ein Managementsystem nach ISO 27001 aufbaut. Wir bieten im Oktober in Linz einen ISO 27001 Lead Implementer-Kurs mit einem eigenen Tag für Gesundheitseinrichtungen an, auf Deutsch. Für Teams ab 3 Personen gibt es 15 % Nachlass. Das Programm schicke ich gern."),
])
C("wanted_pitch", "mds2_freelancer_from_post", "en", "medical device security freelancer answers her post about MDS2 forms", [
    ("w_mds2", "2024-09-03 15:00", "Hi Sabine, you posted asking whether anyone had a good way to get vendors to fill in MDS2 forms properly before purchase. I'm a former biomedical engineer doing this freelance for three hospitals in Ireland and one in Bavaria: I review the MDS2 and vendor answers in the procurement phase, 1.5 days per device type. Happy to share my checklist for free, whether or not you hire me."),
    ("me", "2024-09-03 17:30", "Hi Grace, I'd love the checklist, thank you! And let's talk about a pilot for our next CT purchase."),
])
C("wanted_pitch", "secure_print_specific_problem", "de", "Druckanbieter bezieht sich auf ihren Forumsbeitrag zu liegengebliebenen Befunden", [
    ("w_print", "2025-04-15 10:00", "Sehr geehrte Frau Leitner, Sie haben im Forum der österreichischen Krankenhaus-IT geschrieben, dass ausgedruckte Befunde in den Stationsdruckern liegen bleiben und das auch Ihre Meldung an die Datenschutzbehörde betroffen hat. Wir machen Follow-me-Printing für Spitäler: Der Ausdruck kommt erst, wenn die Pflegekraft ihren Ausweis an den Drucker hält. Mit Ihren Druckermodellen funktioniert das ohne Hardwaretausch. Darf ich eine Station als Pilot vorschlagen?"),
    ("me", "2025-04-15 13:10", "Grüß Gott Herr Fuchs, das passt leider sehr gut. Schicken Sie mir bitte die Kompatibilitätsliste."),
])
C("wanted_pitch", "privacy_law_from_public_decision", "de", "Datenschutzanwältin bezieht sich auf veröffentlichte Entscheidung", [
    ("w_law", "2025-10-06 09:00", "Sehr geehrte Frau Leitner, im RIS wurde die Entscheidung der Datenschutzbehörde zum Fehlversand von Befunden veröffentlicht (anonymisiert, aber der Sachverhalt ist für Insider erkennbar). Die Behörde hat ausdrücklich Schulungsmaßnahmen für das Sekretariatspersonal verlangt. Wir haben für zwei Spitäler in Wien genau solche Kurzschulungen (45 Min, auch online) gemacht, die der Behörde als Nachweis genügt haben. Wenn hilfreich, schicke ich Ihnen gern das Konzept."),
])

# ================================================================ junk
C("junk", "generic_pentest", "en", "generic pentest pitch (counterpart to Ennsbit)", [
    ("j_pt", "2024-07-08 06:15", "Hi Sabine,\n\nCyber attacks on organisations increased 38% last year. BreachProof Global offers comprehensive penetration testing for networks, web apps and cloud at competitive rates.\n\nCan we book a 15-minute call to discuss your security posture?\n\nKevin"),
])
C("junk", "off_topic_office", "de", "themenfremdes Büromöbel-Angebot", [
    ("j_off", "2024-09-16 10:00", "Sehr geehrte Frau Leitner, ergonomische Bürostühle und höhenverstellbare Tische jetzt mit 30 % Herbstrabatt! Bei Bestellung ab 10 Stück Lieferung und Montage gratis. Darf ich Ihnen unseren Katalog senden?"),
])
C("junk", "offers_her_own_job", "de", "CISO-as-a-Service wird der CISO angeboten", [
    ("j_vciso", "2024-10-21 09:00", "Liebe Frau Leitner,\n\nNIS2 stellt Gesundheitseinrichtungen vor große Herausforderungen. Mit unserem CISO-as-a-Service erhalten Sie einen erfahrenen Informationssicherheitsbeauftragten, ohne eine eigene Stelle schaffen zu müssen. Ab 2.900 € im Monat.\n\nSoll ich Ihnen ein Angebot für den Klinikverbund Donau-Traun erstellen?\n\nSandra Novak"),
])
C("junk", "capacity_for_new_projects", "en", "staffing firm asks about capacity as if she were a contractor", [
    ("j_cap", "2025-01-20 05:30", "Hello Sabine, hope you are doing well. Do you have capacity for new projects? We have 200+ certified security resources ready to deploy offshore at very competitive rates. Please share your requirements."),
])
C("junk", "like_minded_entrepreneurs", "de", "Vernetzung mit gleichgesinnten Gründern", [
    ("j_like", "2025-02-25 22:00", "Servus Sabine 🚀 Ich vernetze mich gerade mit inspirierenden Leuten, die etwas bewegen wollen. Ich baue einen exklusiven Kreis von Unternehmer:innen und Führungskräften auf. Wär das was für dich?"),
])
C("junk", "quick_15_minute_call", "en", "generic 15-minute call", [
    ("j_call", "2024-11-12 15:00", "Hi Sabine, do you have 15 minutes next week for a quick call? I'd love to share how ZeroGate helps healthcare organisations modernise their network security. What does Tuesday look like?"),
    ("j_call", "2024-11-19 15:00", "Hi Sabine, floating this back to the top. Tuesday or Wednesday?"),
])
C("junk", "connect_then_pitch", "de", "Beraterin: Smalltalk, sie antwortet, Pitch in Nachricht 3", [
    ("ctp1", "2025-03-10 08:30", "Danke für die Vernetzung, Frau Leitner! Ich bin auch aus Linz. Ganz schön was los in der Security-Welt gerade, oder?"),
    ("me", "2025-03-10 12:00", "Grüß Gott Frau Hofer, das kann man wohl sagen."),
    ("ctp1", "2025-03-10 12:20", "Eben! Deshalb biete ich NIS2-Readiness-Workshops für Führungskräfte an, 1 Tag, 1.900 € pro Teilnehmer:in. Viele Geschäftsführungen wissen gar nicht, dass sie persönlich haften. Darf ich Ihnen die Unterlagen schicken?"),
])
C("junk", "connect_then_pitch", "en", "cloud security sales: small talk then pitch in message 2", [
    ("ctp2", "2025-05-05 17:00", "Thanks for connecting Sabine! How's the weather in Austria? Always wanted to visit Salzburg."),
    ("ctp2", "2025-05-06 09:00", "Anyway, CloudArmor secures multi-cloud workloads with one agent. Many CISOs like you are consolidating tools this year. Open to a demo?"),
    ("ctp2", "2025-05-13 09:00", "Hi Sabine, just following up on my last note!"),
])
C("junk", "connect_then_pitch", "de", "IT-Dienstleister: Gratulation, dann Angebot", [
    ("ctp3", "2025-09-15 10:00", "Hallo Frau Leitner, spannendes Profil! Wie lange sind Sie schon im Gesundheitsbereich?"),
    ("me", "2025-09-15 18:30", "Hallo, seit gut zehn Jahren."),
    ("ctp3", "2025-09-16 08:00", "Wow, toll! Wir sind Ihr Partner für Managed Services, Helpdesk, Netzwerk und Drucker. Wann passt ein kurzes Kennenlernen?"),
])
C("junk", "followup_bumps", "en", "patch management pitch with bumps", [
    ("bump1", "2024-05-06 08:00", "Hi Sabine, how long does it take your team to patch critical vulnerabilities? PatchPilot automates patching for Windows, Linux and 3rd-party apps. 10-minute demo?"),
    ("bump1", "2024-05-13 08:00", "Hi Sabine, following up on my note below."),
    ("bump1", "2024-05-27 08:00", "Hi Sabine, should I assume patching isn't a priority right now?"),
])
C("junk", "followup_bumps", "de", "Datenschutz-Beratung mit Nachfassen", [
    ("bump2", "2024-08-12 07:30", "Sehr geehrte Frau Leitner, ist Ihr Unternehmen DSGVO-konform? Wir bieten externe Datenschutzbeauftragte und Audits zum Fixpreis. Dürfen wir Ihnen ein Angebot machen?"),
    ("bump2", "2024-08-26 07:30", "Sehr geehrte Frau Leitner, ich erlaube mir nachzufragen."),
    ("bump2", "2024-09-09 07:30", "Sehr geehrte Frau Leitner, letzte Erinnerung: Unser Aktionspreis gilt nur noch bis Monatsende."),
])
C("junk", "template_ai_soc", "en", "template 1/5: AI SOC alert fatigue", [
    ("tp1", "2024-06-24 09:00", "Hi Sabine, I noticed you lead information security at Klinikverbund Donau-Traun. Many healthcare CISOs tell us their team drowns in alerts. AlertZero uses AI to cut false positives by 90% so analysts focus on real threats. Worth a 20-minute conversation?"),
])
C("junk", "template_ai_soc", "en", "template 2/5: AI SOC alert fatigue", [
    ("tp2", "2024-09-30 10:30", "Hi Sabine, saw that you're heading security at Klinikverbund Donau-Traun. Most hospital security leaders we talk to say their analysts are buried in alerts. SOCwise uses AI to remove up to 85% of false positives so your team can focus on what matters. Open to a 20-minute chat?"),
])
C("junk", "template_ai_soc", "de", "Vorlage 3/5 auf Deutsch: KI-SOC gegen Alarmflut", [
    ("tp3", "2025-01-14 08:15", "Hallo Frau Leitner, ich habe gesehen, dass Sie die Informationssicherheit beim Klinikverbund Donau-Traun verantworten. Viele CISOs im Gesundheitswesen erzählen uns, dass ihr Team in Alarmen untergeht. NoiseCut reduziert Fehlalarme mit KI um bis zu 90 %, damit sich Ihre Analysten auf echte Bedrohungen konzentrieren. Wären 20 Minuten für ein Gespräch drin?"),
])
C("junk", "template_ai_soc", "en", "template 4/5: AI SOC alert fatigue", [
    ("tp4", "2025-04-07 14:00", "Hey Sabine 👋 noticed you run infosec at Klinikverbund Donau-Traun. Healthcare security teams keep telling us alert fatigue is their #1 problem. Triage.ai auto-resolves 9 out of 10 false positives with AI. Would a quick 20-min call make sense?"),
])
C("junk", "template_ai_soc", "en", "template 5/5: AI SOC alert fatigue", [
    ("tp5", "2025-08-11 11:00", "Sabine, I see you lead information security at Klinikverbund Donau-Traun. CISOs in healthcare tell us their analysts are overwhelmed by alerts. SignalFirst's AI filters up to 92% of false positives so your people can focus on true threats. Open to 20 minutes?"),
])
C("junk", "merge_tag_failure", "en", "unfilled {first_name} and {company} tags", [
    ("mt1", "2024-10-29 06:00", "Hi {first_name},\n\nThird-party risk is the #1 blind spot for {company}. VendorRisk360 automates supplier assessments end-to-end. Can I send a 2-minute video?\n\nChloe"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} und [Krankenhaus] im Text", [
    ("mt2", "2025-02-11 09:00", "Hallo {{Vorname}},\n\nwir unterstützen [Krankenhaus] bei der Optimierung der Patientenprozesse und Digitalisierung der Aufnahme. Darf ich Ihnen unsere Referenzen schicken?\n\nBeste Grüße\nBernd Auer"),
])
C("junk", "merge_tag_failure", "en", "phishing-simulation pitch to the wrong name and company", [
    ("mt3", "2025-06-16 13:00", "Hi Sarah, congrats on the growth at Danube Logistics! Companies like yours use PhishNet Pro to train employees with realistic phishing simulations. Want a free trial?"),
])
C("junk", "merge_tag_failure", "de", "Dokumentenmanagement mit falscher Anrede und Firma", [
    ("mt4", "2025-09-29 10:00", "Sehr geehrter Herr Leitner, für die Stadtwerke Steyr haben wir eine spannende Lösung zur digitalen Aktenverwaltung. Hätten Sie nächste Woche Zeit für eine Präsentation?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail: MBA-Programm", [
    ("spon1", "2024-05-27 12:00", "<p>Hallo Sabine,</p><p>Bereit für den nächsten Karriereschritt? Unser <strong>Executive MBA Digital Leadership</strong> startet im Herbst &ndash; berufsbegleitend, in Wien und online.</p><p><a href=\"https://example.com\">Jetzt Infoabend buchen</a></p>"),
], title="Sponsored Conversation", subject="Ihr nächster Karriereschritt")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: cloud security whitepaper", [
    ("spon2", "2024-12-02 12:00", "<p>Hi Sabine,</p><p>Download the <b>2025 Cloud Threat Report</b> and learn how leading CISOs stop breaches before they start.</p><p>Free download.</p>"),
], title="Sponsored Conversation", subject="2025 Cloud Threat Report")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Datenschutz-Lehrgang", [
    ("spon3", "2025-04-22 12:00", "<p>Hallo Sabine,</p><p>Werden Sie zertifizierte:r Datenschutzbeauftragte:r &ndash; in nur 5 Tagen. Frühbucherpreis bis 31.5.</p>"),
], title="Sponsored Conversation", subject="Zertifizierung in 5 Tagen")
C("junk", "paid_award", "en", "pay-to-win CISO award", [
    ("award", "2024-10-07 08:00", "Dear Sabine,\n\nCongratulations! You have been nominated for 'Healthcare CISO of the Year - DACH 2024'. To confirm your nomination and secure your seat at the gala dinner in Munich, the finalist package is EUR 2,450 (includes trophy, gala ticket and winner's media kit). Please confirm by 18 October.\n\nBest regards\nNatalie"),
])
C("junk", "paid_feature", "de", "bezahlte Reportage im Fachmagazin", [
    ("mag", "2025-01-27 10:00", "Sehr geehrte Frau Leitner, für unsere Ausgabe 'Cybersicherheit im Spital' möchten wir den Klinikverbund gern mit einer redaktionellen Reportage präsentieren. Die Kosten für die Doppelseite inkl. Interview betragen 3.200 € netto. Sollen wir Sie vormerken?"),
])
C("junk", "paid_speaking_slot", "en", "pay-to-speak conference slot", [
    ("paidtalk", "2025-03-03 16:00", "Hi Sabine, we'd love to feature you as a speaker at the Global CISO Summit in Dubai this October! Speaker packages start at USD 4,900 and include a 20-minute keynote slot, VIP lounge access and a professional video of your talk. Shall I hold a slot?"),
])
C("junk", "paid_podcast", "de", "Podcast-Gastauftritt gegen Gebühr", [
    ("pod", "2025-07-21 15:00", "Servus Sabine! Wir würden dich gern in den 'Cyber Kaffee' Podcast holen ☕ Unser Gastpaket um 590 € beinhaltet Aufzeichnung, Schnitt, 6 Social-Clips und Bewerbung an 12.000 Hörer:innen. Passt dir ein Termin im September?"),
])
C("junk", "fluent_generic_named_company", "en", "polished resilience pitch naming her employer, fits anyone", [
    ("fluent", "2024-08-26 09:30", "Dear Sabine,\n\nKlinikverbund Donau-Traun plays a vital role in its community, and resilience has never mattered more. At Resilient Horizons we partner with forward-thinking organisations like Klinikverbund Donau-Traun to build holistic cyber resilience strategies, aligning people, process and technology.\n\nWould you be open to exploring how we could support Klinikverbund Donau-Traun's journey in the year ahead?\n\nWarm regards,\nCharlotte"),
])
C("junk", "generic_sso", "en", "generic SSO/password pitch (counterpart to TapFlow)", [
    ("g_sso", "2025-03-24 07:00", "Hi Sabine, passwords are the #1 cause of breaches. PassNova offers enterprise SSO and password management for teams of every size. Start your free 30-day trial today!"),
])
C("junk", "generic_awareness", "de", "generisches Awareness-Angebot (Gegenstück zur Awareness Werkstatt)", [
    ("g_aware", "2025-08-25 09:00", "Sehr geehrte Frau Leitner, Ihre Mitarbeiter sind die größte Schwachstelle! Mit unseren E-Learnings zu Phishing, Passwörtern und Social Engineering machen Sie Ihr Team fit. Jetzt 20 % Einführungsrabatt sichern."),
])
C("junk", "generic_iot_security", "en", "generic IoT security pitch (counterpart to MedAsset)", [
    ("g_iot", "2024-07-01 10:00", "Hi Sabine, IoT devices are the new attack surface. ConnectGuard protects every connected device in your organisation. Can I send you our datasheet?"),
    ("g_iot", "2024-07-15 10:00", "Hi Sabine, did you get a chance to look at the datasheet?"),
])
C("junk", "generic_backup", "de", "generisches Backup-Angebot (Gegenstück zu Immutabel)", [
    ("g_backup", "2024-12-09 08:30", "Sehr geehrte Damen und Herren, Datenverlust kann teuer werden! BackupKönig sichert Ihre Daten automatisch in der Cloud, schon ab 9,90 € im Monat. Jetzt kostenlos testen."),
])
C("junk", "generic_recruiter", "en", "recruiter with unrelated roles (counterpart to CyberPeople)", [
    ("g_rec", "2025-05-19 12:30", "Hi Sabine, I have exciting opportunities for you! Currently hiring: Java Developer (Munich), SAP Consultant (Zurich), Scrum Master (remote). Competitive salaries. Please share your CV."),
])
C("junk", "generic_training", "de", "generischer Seminarkatalog (Gegenstück zur Zertifizierungsakademie)", [
    ("g_iso", "2024-08-05 07:00", "Guten Tag! Unser neues Seminarprogramm ist da: Über 400 Seminare zu Führung, Projektmanagement, Excel, Zeitmanagement und IT-Sicherheit. Frühbucherrabatt 10 % bis Ende August!"),
])
C("junk", "off_topic_property", "en", "Dubai property pitch", [
    ("dubai", "2024-11-18 06:30", "Dear Sabine, exclusive pre-launch villas in Dubai Hills with 9% guaranteed ROI and flexible payment plan. May I share the brochure?"),
])
C("junk", "off_topic_crypto", "de", "Krypto-Mentoring", [
    ("crypto", "2025-10-20 21:15", "Hallo Sabine, als IT-Profi verstehst du sicher die Blockchain 😉 Ich zeige ausgewählten Leuten, wie man mit Krypto-Arbitrage 2-3 % pro Woche macht. Interesse an einem kurzen Call?"),
])
C("junk", "generic_medtech_compliance", "en", "generic compliance consultancy (counterpart to the MDS2 freelancer)", [
    ("g_mdr", "2024-09-23 09:45", "Hi Sabine, navigating MDR, ISO 13485 and FDA requirements can be overwhelming. ComplyMed Partners is a one-stop shop for regulatory consulting, QMS and technical documentation. Shall we set up a discovery call?"),
])
C("junk", "off_topic_hospitality", "en", "corporate hospitality tickets", [
    ("f1", "2025-04-01 11:15", "Hi Sabine, treat your key clients to an unforgettable weekend at the Austrian Grand Prix! Our Paddock Club packages include hot laps, champagne reception and pit lane walk. Only 6 packages left for Spielberg. Can I send you the brochure?"),
])

if __name__ == "__main__":
    E.write(HERE.parents[1] / SLUG,
            {"First Name": "Sabine", "Last Name": "Leitner",
             "Headline": "CISO / Informationssicherheitsbeauftragte @ Klinikverbund Donau-Traun | Medizingeräte-Sicherheit | NIS",
             "Summary": "Ich verantworte die Informationssicherheit für vier Krankenhäuser in Oberösterreich: "
                        "ISMS, NIS-Compliance, Medizingeräte-Sicherheit und Awareness für klinisches Personal. "
                        "Speaker on medical device security and hospital incident readiness.",
             "Industry": "Hospitals and Health Care", "Zip Code": "4020",
             "Geo Location": "Linz, Upper Austria, Austria",
             "Websites": "[COMPANY:klinikverbund-dt.at]"},
            [{"Company Name": "Klinikverbund Donau-Traun", "Title": "Informationssicherheitsbeauftragte (CISO)",
              "Description": "Informationssicherheit für den gesamten Verbund (4 Häuser, ca. 5.200 Mitarbeitende).",
              "Location": "Linz", "Started On": "Apr 2024", "Finished On": ""},
             {"Company Name": "Klinikverbund Donau-Traun", "Title": "IT-Security Engineer",
              "Description": "", "Location": "Linz", "Started On": "Feb 2016", "Finished On": "Mar 2024"},
             {"Company Name": "Linzer Stadtdienste", "Title": "Systemadministratorin",
              "Description": "", "Location": "Linz", "Started On": "Sep 2011", "Finished On": "Jan 2016"}],
            ["Information Security", "ISO 27001", "NIS2", "Medical Device Security", "Incident Response",
             "Security Awareness", "Risk Management"])
    print(E.summary())

"""Persona: Mira Stojanović, CTO of Messwerk Software GmbH, Vienna (2024 layout).

Messwerk is a 30-person SaaS startup: metering and heating-cost billing software for
property managers (Hausverwaltungen). Austrian German and English.
Every message below was written by hand for this held-out set, blind to the detector.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person

SLUG = "mixed-startup-cto-vienna"
owner = Person("me", "Mira Stojanović", "https://www.linkedin.com/in/ACoAAMiraStojanovic",
               "Messwerk Software GmbH", "CTO & Co-Founder")
ex = Export(SLUG, "2024", owner)
P = ex.person
C = ex.conv

# ------------------------------------------------------------------ genuine people
P("app1", "Daniel Okonkwo", "Bolt", "Backend Engineer")
P("app2", "Stefan Gruber", "Raiffeisen Informatik", "Platform Engineer")
P("intern", "Leonie Hafner", "TU Wien", "Informatik-Studentin")
P("cust1", "Ing. Herbert Wallner", "Wallner Hausverwaltung GmbH", "Geschäftsführer", connected="2022-09-14")
P("cust2", "Katarzyna Nowak", "UrbanNest Property Services", "IT Lead", connected="2023-04-03")
P("lead1", "Mag. Sabine Reiter", "Wohnbau Donaustadt Gen.m.b.H.", "Leiterin Digitalisierung")
P("lead2", "Philippe Morel", "Habitat Gestion SA", "Head of Operations")
P("lab", "Univ.-Prof. Dr. Clemens Auer", "TU Wien, Research Unit Energy Informatics", "Professor", connected="2021-10-11")
P("ceo", "Jakob Brenner", "Messwerk Software GmbH", "CEO & Co-Founder", connected="2019-03-01")
P("inv", "Dr. Eva Lindqvist", "Danube Seed Partners", "Partner", connected="2022-06-20")
P("host", "Martin Schöberl", "Alpencloud GmbH", "Account Manager", connected="2021-02-17")
P("pentest", "Nina Aigner", "Redline Security", "Engagement Lead", connected="2023-11-08")
P("meetup", "Florian Wimmer", "Vienna Kotlin User Group", "Organizer", connected="2020-05-29")
P("conf", "Isabel Marquez", "Donau Dev Days", "Program Committee", connected="2023-02-14")
P("att1", "Thomas Huber", "Dynatrace", "Software Engineer", connected="2024-10-18")
P("att2", "Aylin Demir", "Bitpanda", "Engineering Manager", connected="2024-10-18")
P("att3", "Paul Leitner", "", "Freelance Android Developer", connected="2024-10-19")
P("excol", "Julia Steiner", "Runtastic", "Staff Engineer", connected="2016-07-07")
P("angel", "Georg Pammer", "", "Business Angel", connected="2019-01-15")
P("peercto", "Andreas Kofler", "Parkbase GmbH", "CTO", connected="2020-11-02")
P("peercto2", "Sarah Lehner", "Fluxpay", "VP Engineering")
P("journo", "Clara Höfler", "Wiener Tagblatt Digital", "Redakteurin Startups")
P("cand", "Vesna Marić", "Anyline", "Senior Frontend Engineer", connected="2024-05-02")
P("agency", "Tobias Resch", "Resch Tech Recruiting", "Managing Partner", connected="2023-08-22")
P("eng", "Ali Rahimi", "Messwerk Software GmbH", "Senior Backend Engineer", connected="2021-05-10")
P("oss", "Henrik Dahl", "", "Maintainer, ktor-metrics", connected="2022-01-19")
P("ffg", "Mag. Birgit Zöchling", "Österreichische Forschungsförderung", "Programmmanagerin", connected="2022-04-12")
P("cs", "Marlene Kogler", "Messwerk Software GmbH", "Customer Success Lead", connected="2020-09-01")
P("mentor", "Dr. Wolfgang Fasching", "", "Retired CTO, Mentor", connected="2015-03-03")
P("dpo", "Mag. Lisa Brandstätter", "Gemeinnützige Siedlungsgenossenschaft Ost", "Datenschutzbeauftragte")
P("sec", "Yusuf Korkmaz", "", "Security Researcher")
P("cust3", "Roland Steindl", "Steindl & Partner Immobilien", "Prokurist")

# ------------------------------------------------------------------ wanted-pitch people
P("w_k8s", "Bernhard Moser", "Moser Platform Consulting", "Kubernetes Consultant")
P("w_obs", "Emma Kowalski", "Tracewise", "Solutions Engineer")
P("w_iso", "DI Karin Pölzl", "Pölzl Compliance", "ISO 27001 Lead Auditor")
P("w_vc", "Max Hollerer", "Alpine Growth Ventures", "Principal")
P("w_kotlin", "Lucas Ferreira", "", "Freelance Kotlin Engineer")
P("w_ml", "Dr. Petra Winkler", "Anomalix (TU Graz spin-off)", "Co-Founder")
P("w_rec", "Hannah Pichler", "SRE Talent Austria", "Specialist Recruiter")
P("w_a11y", "Jonas Berger", "Barrierefrei Digital", "Accessibility Consultant")
P("w_lora", "Markus Egger", "Funkzähler Technik GmbH", "Head of Partnerships")
P("w_docs", "Olivia Grant", "", "Technical Writer (API docs)")
P("w_privacy", "Dr. Thomas Leeb", "Leeb Datenschutzrecht", "Rechtsanwalt")

# ------------------------------------------------------------------ junk people
P("t1", "Rahul Verma", "CodeNest Technologies", "Business Development Manager")
P("t2", "Anjali Sharma", "CodeNest Technologies", "Sr. BDE")
P("t3", "Oleksandr Petrenko", "DevForge Ukraine", "Partnerships")
P("t4", "Ahmed Khan", "Pixelcraft Solutions", "Client Relations")
P("mt1", "Jason Miller", "CloudTrim", "Account Executive")
P("mt2", "Lisa Baumgartner", "RecruitNow DACH", "Recruiterin")
P("mt3", "Kevin Lehmann", "Testautomation Pro", "Sales")
P("mt4", "Samantha Cole", "ScaleUp Capital Network", "Investor Relations")
P("sp1", "DataDoghouse", "DataDoghouse", "", url="https://www.linkedin.com/company/datadoghouse")
P("sp2", "Wirtschaftsakademie Wien", "Wirtschaftsakademie Wien", "", url="https://www.linkedin.com/company/wirtschaftsakademie-wien")
P("sp3", "HRFlow Cloud", "HRFlow Cloud", "", url="https://www.linkedin.com/company/hrflow-cloud")
P("ctp1", "Ryan Fletcher", "Kubeguard", "Founder & CEO",
  connected="2024-03-11", invite=("IN", "2024-03-10 16:05", "Hi Mira, fellow builder here - would love to connect!"))
P("ctp2", "Michaela Schwarz", "TopTalent Executive Search", "Senior Consultant",
  connected="2024-06-03", invite=("IN", "2024-06-02 19:40", ""))
P("ctp3", "Igor Novak", "Nearshore Balkan Devs", "CEO",
  connected="2024-09-23", invite=("IN", "2024-09-22 10:00", ""))
P("bump1", "Chris Donnelly", "LogStack", "SDR")
P("bump2", "Manuel Haas", "ITpersonal Haas", "Personalberater")
P("vcspam", "Oliver Grant", "Momentum Ventures", "Associate")
P("web3", "Kai Yamamoto", "ChainUp Labs", "Web3 Evangelist")
P("award", "Dr. Richard Kern", "Austrian Tech Leaders Awards", "Head of Jury")
P("podcast", "Nadine Fuchs", "CTO Talk Podcast", "Host")
P("likemind", "Alexander Wolf", "Wolf Ventures", "Serial Entrepreneur | Angel | Keynote Speaker")
P("quickcall", "Brian O'Neill", "SaaSGrowth Partners", "Partner")
P("fluent", "Sebastian Lang", "Lang Digital Advisory", "Managing Director")
P("beg", "Hacker Rohan", "", "Ethical Hacker | Bug Hunter")
P("leadgen", "Emily Carter", "PipelinePro", "Growth Lead")
P("cap", "Vikram Iyer", "WhiteLabel Dev Co", "Director")
P("spam1", "Sophia Lee", "Quantum Trade AI", "")
P("spam2", "Max Gewinn", "", "")
P("spam3", "Daniel Ross", "LinkedIn Growth Hacks", "Coach")
P("devtool", "Jessica Park", "DeployRocket", "Enterprise Sales")
P("mlm", "Sandra Huber", "", "Lebe deinen Traum ✨")
P("office", "Gernot Pfeiffer", "Büroservice Pfeiffer", "Vertrieb")

P("cust4", "Dominik Prantl", "Prantl Immobilienverwaltung", "IT-Verantwortlicher", connected="2023-06-12")
P("devrel", "Ines Oberleitner", "Austrian Startups", "Community Lead", connected="2021-09-30")
P("eng2", "Priya Menon", "Messwerk Software GmbH", "Backend Engineer", connected="2023-02-01")
P("app3", "Matteo Rossi", "Wien Energie", "Data Engineer")
P("cust5", "Elena Vasquez", "Habitat Gestion SA", "Project Manager")
P("student2", "Deniz Yilmaz", "TU Wien", "Master Student, Data Science")
P("rec3", "Sophie Brandt", "HireHub International", "Talent Acquisition")
P("saas2", "Tom Becker", "SecretVault.io", "Account Executive",
  connected="2024-11-11", invite=("IN", "2024-11-10 13:15", ""))
P("agency2", "Lena Hofbauer", "Pixelwerk Agentur", "Neukundenbetreuung")
P("trainer", "Mark Jennings", "Agile Excellence Ltd", "Certified Scrum Trainer")
P("mt5", "Raj Malhotra", "OutsourceIT Global", "Delivery Head")

# ================================================================== genuine
C("genuine", "applicant", "en", "engineer applies for senior backend role (hiring hard case)", [
    ("app1", "2024-02-05 19:30", "Hi Mira, I saw the Senior Backend Engineer (Kotlin) opening at Messwerk. I'm currently at Bolt in Tallinn and moving to Vienna in spring for family reasons. I've spent 3 years on event-driven billing systems, which sounds close to what you do with metering data. Would it be OK to send my CV directly to you, or should I go through the careers page?"),
    ("me", "2024-02-06 08:15", "Hi Daniel, thanks for reaching out! Please apply via the careers page (so it lands in our ATS) and mention this chat - I'll make sure it gets looked at this week."),
    ("app1", "2024-02-06 08:40", "Done. Thanks!"),
])
C("genuine", "applicant", "de", "platform engineer applies, Austrian German", [
    ("app2", "2024-04-15 20:10", "Servus Mira, ich hab gesehen, dass ihr einen DevOps/Platform Engineer sucht. Ich mach grad bei Raiffeisen Informatik Kubernetes-Betrieb und würd gern wieder in ein kleineres Team. Ist die Stelle noch offen und passt auch 32 Stunden?"),
    ("me", "2024-04-16 09:00", "Hallo Stefan, ja, noch offen, und 32h geht bei uns gut. Schick mir gern deinen CV, dann machen wir ein erstes Gespräch."),
])
C("genuine", "internship", "de", "TU student asks about internship", [
    ("intern", "2024-01-22 14:25", "Sehr geehrte Frau Stojanović, ich studiere Software Engineering an der TU Wien und suche für den Sommer ein Praktikum (8 Wochen). Bietet Messwerk so etwas an? Ich hab schon etwas Erfahrung mit Kotlin und React. Liebe Grüße, Leonie Hafner"),
    ("me", "2024-01-22 18:40", "Hallo Leonie, ja, wir nehmen heuer zwei Praktikant:innen. Bewirb dich bis Ende Februar über die Website, Gehalt nach KV."),
])
C("genuine", "customer_bug", "de", "customer reports CSV import bug", [
    ("cust1", "2024-03-04 08:05", "Grüß Gott Frau Stojanović, seit dem Update am Freitag bricht der Import der Zählerstände ab, sobald in der CSV ein Umlaut im Objektnamen steht (z. B. 'Währinger Straße'). Die Heizkostenabrechnung für 40 Objekte hängt. Können Sie da bitte dringend schauen?"),
    ("me", "2024-03-04 08:30", "Guten Morgen Herr Wallner, danke für die genaue Beschreibung – das ist ein Encoding-Fehler aus dem Release. Wir haben einen Fix, der geht heute um 12 Uhr live. Ich melde mich, sobald er draußen ist."),
    ("me", "2024-03-04 12:20", "Fix ist live. Bitte den Import nochmal starten."),
    ("cust1", "2024-03-04 12:45", "Funktioniert. Danke für die schnelle Hilfe!"),
])
C("genuine", "customer_bug", "en", "customer reports API 500 error", [
    ("cust2", "2024-05-14 10:40", "Hi Mira, our integration is getting HTTP 500 from /v2/readings when the date range spans a DST change (e.g. 2024-03-30 to 2024-04-01). Request IDs: 7f3a1c, 7f3a2d. Everything else works fine. Could your team take a look?"),
    ("me", "2024-05-14 11:10", "Thanks Katarzyna, great repro. Ali is on it - I'll update you by end of day."),
    ("me", "2024-05-14 17:30", "Fixed and deployed. The bug was in how we bucketed the hour that doesn't exist. Sorry for the trouble!"),
])
C("genuine", "inbound_lead", "de", "housing cooperative asks for enterprise pricing (price hard case)", [
    ("lead1", "2024-06-10 09:15", "Sehr geehrte Frau Stojanović, wir verwalten rund 9.000 Wohnungen und prüfen gerade einen Wechsel unserer Heizkostenabrechnungssoftware. Könnten Sie uns ein Angebot für die Enterprise-Version inkl. SSO und Schnittstelle zu SAP RE-FX schicken? Und gibt es einen Preis pro Einheit?"),
    ("me", "2024-06-10 11:00", "Sehr geehrte Frau Mag. Reiter, vielen Dank für Ihr Interesse! Ich habe unseren CEO Jakob Brenner in Kopie genommen – er schickt Ihnen bis Mittwoch ein Angebot. Die SAP-Schnittstelle haben wir bei zwei Kunden im Einsatz."),
    ("lead1", "2024-06-10 11:20", "Danke, wir freuen uns auf das Angebot."),
])
C("genuine", "inbound_lead", "en", "French property manager wants a demo call (call hard case)", [
    ("lead2", "2024-09-03 15:00", "Hello Mira, we manage 3,200 units in Lyon and are looking for a metering platform that supports wireless M-Bus. A contact in Vienna recommended Messwerk. Could we have a 30-minute demo call next week? Do you support French-language tenant reports?"),
    ("me", "2024-09-03 16:10", "Hi Philippe, thank you! Yes to wireless M-Bus; French reports are on the roadmap for Q1. Let's do the demo - Tuesday 10:00 CET?"),
    ("lead2", "2024-09-03 16:25", "Tuesday 10:00 works. Looking forward."),
])
C("genuine", "research_collaboration", "mixed", "university lab proposes thesis collaboration (German/English)", [
    ("lab", "2024-10-07 11:00", "Liebe Frau Stojanović, wir hätten eine Masterarbeit zum Thema 'Anomaly detection in heat-meter time series' zu vergeben und suchen einen Industriepartner mit anonymisierten Daten. The student, Ms. Yilmaz, is very strong in probabilistic modelling. Wären Sie grundsätzlich interessiert? Die Betreuung liegt bei uns, ein NDA ist selbstverständlich."),
    ("me", "2024-10-07 13:30", "Lieber Herr Prof. Auer, sehr gerne! Wir haben genau dafür schon einen Datensatz (ca. 4 Mio. Messwerte) vorbereitet. Shall we set up a kick-off with the student in November?"),
    ("lab", "2024-10-07 14:00", "Wunderbar. I'll propose dates."),
])
C("genuine", "cofounder", "de", "CEO about board meeting slides", [
    ("ceo", "2024-11-25 21:40", "Kannst du bis Donnerstag die Tech-Slides fürs Board fertig machen? Uptime, Hiring, Roadmap. Eva fragt sicher wieder nach den Cloud-Kosten."),
    ("me", "2024-11-25 21:55", "Mach ich. Cloud-Kosten sind um 18 % runter seit dem Umzug, das wird ihr gefallen 😄"),
])
C("genuine", "existing_investor", "en", "existing investor prepares tech due diligence for Series A", [
    ("inv", "2024-12-02 10:30", "Hi Mira, ahead of the Series A process, the lead investor will run a tech DD. Could you prepare a short data room section: architecture overview, security posture, key-person risks, and open-source licence scan? No rush, but ideally before Christmas."),
    ("me", "2024-12-02 12:00", "Hi Eva, on it. We have most of it from the ISO prep. Will share a folder by 18 December."),
])
C("genuine", "existing_vendor", "de", "hosting provider about contract renewal and price change", [
    ("host", "2024-08-26 13:20", "Hallo Frau Stojanović, Ihr Rahmenvertrag für die dedizierten Server läuft mit 30.11. aus. Bei Verlängerung um 24 Monate können wir den aktuellen Preis halten, sonst greift die neue Preisliste (+7 %). Sollen wir die Verlängerung vorbereiten?"),
    ("me", "2024-08-26 15:45", "Hallo Herr Schöberl, ja bitte, 24 Monate. Schicken Sie mir das Dokument zur Unterschrift."),
])
C("genuine", "existing_vendor", "en", "pentest firm schedules agreed engagement", [
    ("pentest", "2024-01-15 09:00", "Hi Mira, confirming the pentest window for the tenant portal: 5-9 February, testing from our two IPs (listed in the SoW). Could you whitelist them and name an on-call contact?"),
    ("me", "2024-01-15 09:40", "Confirmed. Ali Rahimi is the contact, I'll send his number by mail."),
])
C("genuine", "event_invitation", "de", "meetup asks her to give a talk", [
    ("meetup", "2024-07-09 17:00", "Servus Mira! Hättest du Lust, im Oktober beim Kotlin User Group Meetup über euer Coroutine-basiertes Import-Pipeline-Ding zu reden? 30 Minuten, Location ist diesmal bei Bitpanda. Pizza gibt's auch 🍕"),
    ("me", "2024-07-09 19:20", "Ja, gern! 17. Oktober würde passen."),
])
C("genuine", "event_invitation", "en", "conference accepts her talk, asks for slides", [
    ("conf", "2024-09-16 12:00", "Hi Mira, congratulations - your talk 'Billing-grade data pipelines on a startup budget' has been accepted for Donau Dev Days! We cover travel within Europe and one hotel night. Please confirm by 30 September and send a speaker photo."),
    ("me", "2024-09-16 13:00", "Wonderful, confirmed! Photo coming today."),
])
C("genuine", "thanks", "en", "attendee thanks after meetup talk (near-duplicate 1)", [
    ("att1", "2024-10-18 07:50", "Hi Mira, great talk yesterday at the Kotlin meetup - thanks for sharing the real numbers, very rare!"),
])
C("genuine", "thanks", "en", "attendee thanks after meetup talk (near-duplicate 2)", [
    ("att2", "2024-10-18 09:12", "Great talk yesterday at the Kotlin meetup, thanks for sharing the real numbers! Would you share the slides?"),
    ("me", "2024-10-18 10:00", "Thanks Aylin! Slides are on Speaker Deck, link in the meetup page."),
])
C("genuine", "thanks", "de", "attendee thanks after meetup talk (near-duplicate 3, German)", [
    ("att3", "2024-10-19 11:30", "Hallo Mira, danke für den super Talk beim Kotlin-Meetup! Hat mir echt geholfen, gerade bei der Backpressure-Geschichte."),
])
C("genuine", "congrats", "en", "former colleague congratulates on CTO role", [
    ("excol", "2024-01-08 18:00", "Mira!! CTO officially now? So happy for you. You were always the one who actually read the postmortems 😂 Coffee soon?"),
    ("me", "2024-01-08 19:10", "Haha thanks Julia ❤️ Yes, let's do coffee, Naschmarkt next week?"),
])
C("genuine", "intro", "de", "angel introduces another CTO about ISO 27001", [
    ("angel", "2024-04-02 08:45", "Liebe Mira, lieber Andreas – ich bring euch zwei mal zusammen. Andreas steht gerade vor ISO 27001, Mira hat das letztes Jahr durchgezogen. Ich glaube, ein Kaffee lohnt sich für beide."),
    ("peercto", "2024-04-02 09:30", "Danke Georg! Mira, hättest du nächste Woche eine halbe Stunde? Ich zahl den Kaffee ☕"),
    ("me", "2024-04-02 10:00", "Sehr gern. Donnerstag 9 Uhr im Café Prückel?"),
], title="Mira <> Andreas (ISO 27001)")
C("genuine", "peer_question", "de", "owner asks peer about on-call compensation", [
    ("me", "2024-05-21 20:00", "Hi Sarah, kurze Frage unter VP-Engineering-Kolleginnen: Wie vergütet ihr Rufbereitschaft in Österreich? Pauschale pro Woche oder nach Einsätzen? Wir führen das gerade ein und ich will es fair machen."),
    ("peercto2", "2024-05-21 21:15", "Hi Mira! Pauschale 250 € pro Woche plus Einsätze als Überstunden mit 50 % Zuschlag. Schick dir morgen unser internes Dokument."),
    ("me", "2024-05-21 21:20", "Du bist die Beste, danke!"),
])
C("genuine", "journalist", "de", "journalist asks about female CTOs in Vienna", [
    ("journo", "2024-03-06 10:10", "Hallo Frau Stojanović, ich schreibe zum Weltfrauentag einen Beitrag über Frauen in technischen Führungsrollen in Wiener Startups. Hätten Sie morgen 15 Minuten für ein kurzes Telefonat? Das Stück erscheint am 8. März."),
    ("me", "2024-03-06 11:00", "Hallo Frau Höfler, gerne – morgen 14 Uhr?"),
])
C("genuine", "hiring_negotiation", "en", "candidate negotiates offer (salary hard case)", [
    ("cand", "2024-06-20 18:30", "Hi Mira, thank you so much for the offer! I'm really excited about the team. The one thing I wanted to discuss: I was hoping for 78k rather than 72k, given I'd be the first dedicated frontend lead. Is there any flexibility, maybe with a review after six months?"),
    ("me", "2024-06-21 09:15", "Hi Vesna, thanks for being upfront. We can do 75k now with a guaranteed review at six months - and the lead title from day one. Does that work?"),
    ("cand", "2024-06-21 10:00", "That works. I'll sign today 🎉"),
])
C("genuine", "existing_vendor", "de", "retained recruiter sends shortlist (recruiter but engaged vendor)", [
    ("agency", "2024-03-18 16:30", "Hallo Mira, wie vereinbart anbei die Shortlist für die SRE-Position: drei Kandidat:innen, alle mit Kubernetes-Produktionserfahrung, zwei davon schon in Wien. Passt dir Freitag für ein Debriefing?"),
    ("me", "2024-03-18 17:10", "Danke Tobias, Freitag 11 Uhr passt."),
])
C("genuine", "customer_bug", "de", "customer bug report in SPAM folder", [
    ("cust3", "2024-07-29 09:45", "Sehr geehrte Frau Stojanović, bei uns werden im Mieterportal seit heute früh bei allen Objekten die Verbrauchswerte vom Vorjahr angezeigt. Mieter rufen bereits an. Bitte um Rückruf. Mit freundlichen Grüßen, Roland Steindl"),
], folder="SPAM")
C("genuine", "team", "de", "engineer asks for conference budget", [
    ("eng", "2024-02-12 12:30", "Hey Mira, darf ich zur KotlinConf nach Kopenhagen? Ticket + Hotel ca. 1.400 €. Ich würd danach intern was zu den neuen Compiler-Features erzählen."),
    ("me", "2024-02-12 13:00", "Klar, passt aus dem Weiterbildungsbudget. Buch früh, dann wird's billiger."),
])
C("genuine", "thanks", "en", "open-source maintainer thanks for sponsorship", [
    ("oss", "2024-08-01 22:00", "Hey Mira, just saw Messwerk became a GitHub sponsor of ktor-metrics. Thank you, genuinely - it pays for my CI minutes and then some."),
])
C("genuine", "grant_agency", "de", "funding agency reminds of interim report", [
    ("ffg", "2024-09-09 09:00", "Sehr geehrte Frau Stojanović, wir erinnern an den Zwischenbericht zum Projekt 'SmartMeter Analytics', fällig am 30.09. Bitte laden Sie ihn über das eCall-Portal hoch. Bei Fragen stehe ich gerne zur Verfügung."),
    ("me", "2024-09-09 10:00", "Vielen Dank für die Erinnerung, der Bericht kommt nächste Woche."),
])
C("genuine", "team", "mixed", "customer success escalation in German/English", [
    ("cs", "2024-11-04 16:00", "Mira, Wallner ist wieder etwas grantig – the PDF export of the Jahresabrechnung takes over 2 minutes for their biggest object. Können wir das priorisieren? They have a Mieterversammlung on Friday."),
    ("me", "2024-11-04 16:30", "Ja, I'll ask Ali to profile it tomorrow morning. Sag ihm, wir melden uns bis Mittwoch."),
])
C("genuine", "friend", "de", "mentor checks in", [
    ("mentor", "2024-12-23 10:00", "Liebe Mira, frohe Weihnachten! Wie geht's dir mit dem Wachstum? Meld dich im Jänner, dann gehen wir wieder einmal essen."),
    ("me", "2024-12-23 11:30", "Danke Wolfgang, dir auch! Jänner unbedingt, ich hab viele Fragen zum Thema Engineering Manager 😅"),
])
C("genuine", "customer_request", "de", "customer's DPO asks for data processing agreement", [
    ("dpo", "2024-02-26 11:20", "Sehr geehrte Frau Stojanović, als Datenschutzbeauftragte unserer Genossenschaft bitte ich um die aktuelle Auftragsverarbeitungsvereinbarung und die Liste Ihrer Subauftragsverarbeiter. Werden die Verbrauchsdaten ausschließlich in der EU gespeichert?"),
    ("me", "2024-02-26 13:40", "Sehr geehrte Frau Mag. Brandstätter, ja, ausschließlich in Rechenzentren in Österreich und Deutschland. AVV und Subprozessorliste schicke ich Ihnen heute per Mail."),
])
C("genuine", "security_report", "en", "specific responsible vulnerability report", [
    ("sec", "2024-10-28 23:10", "Hi Mira, I found an IDOR in the tenant portal: GET /api/tenant/documents/{id} returns other tenants' heating bills if you increment the id while logged in. I have not downloaded anything beyond two test requests. Details and a proof of concept are ready - where should I send them securely? I'm not asking for payment."),
    ("me", "2024-10-29 07:05", "Thank you so much for the responsible report. Please send it to security@messwerk.at with our PGP key (on the website). We're on it now."),
    ("me", "2024-10-29 14:00", "Fixed and verified. We'd like to credit you in our security.txt hall of fame, if you're happy with that."),
    ("sec", "2024-10-29 14:30", "Happy with that, thanks for the fast fix!"),
])

# ================================================================== wanted pitches
C("wanted_pitch", "devops_consulting", "en", "Kubernetes consultant referencing her blog post on Postgres failover", [
    ("w_k8s", "2024-04-22 10:00", "Hi Mira, I read your engineering blog post on running Postgres on bare-metal Kubernetes at Alpencloud - especially the part where Patroni failover took 90 seconds and you weren't sure why. I've debugged exactly that twice (it's usually the DCS TTL combined with the loop_wait default). Happy to do a free 30-min session with your team to look at your config - if it helps, great, if you then want more help, we can talk."),
    ("me", "2024-04-22 11:20", "That's exactly our problem 😅 Yes, let's do it. Thursday afternoon?"),
])
C("wanted_pitch", "observability", "en", "observability vendor referencing their public postmortem", [
    ("w_obs", "2024-08-06 14:20", "Hi Mira, your public postmortem from July mentioned you only noticed the import backlog after customers called, because queue lag wasn't in your dashboards. Tracewise can alert on consumer lag for your Kafka setup out of the box, and we have a startup plan under 300 €/month for your volume. Would a 20-minute walkthrough using your stack (Ktor + Kafka + Postgres) be useful?"),
])
C("wanted_pitch", "compliance", "de", "ISO auditor referencing their job ad and customer demands", [
    ("w_iso", "2024-01-29 09:30", "Sehr geehrte Frau Stojanović, in Ihrer Stellenausschreibung für einen Security Engineer steht, dass große Hausverwaltungen zunehmend ISO 27001 verlangen. Ich habe schon mehrere österreichische SaaS-Firmen Ihrer Größe zur Erstzertifizierung begleitet (Dauer meist 6–8 Monate) und kenne die Anforderungen der Genossenschaften. Wäre ein unverbindliches Gespräch interessant?"),
    ("me", "2024-01-29 12:00", "Ja, sehr. Können Sie mir vorab eine grobe Aufwandsschätzung schicken?"),
    ("w_iso", "2024-01-29 12:30", "Gerne, bis Mittwoch haben Sie sie."),
])
C("wanted_pitch", "investor", "en", "VC with a specific, informed thesis on their market", [
    ("w_vc", "2024-07-15 16:00", "Hi Mira, I've followed Messwerk since the Trending Topics piece on your Genossenschaft customers. The EU Energy Efficiency Directive's monthly consumption info requirement is our core thesis and you're one of three teams in DACH we think can own it. I know Jakob handles the fundraise - I'd value 30 minutes with you on the tech side, specifically how you handle wireless M-Bus decoding at scale. Open to it?"),
])
C("wanted_pitch", "freelancer", "en", "freelance Kotlin engineer who contributed to their OSS library", [
    ("w_kotlin", "2024-05-08 12:00", "Hi Mira, I'm the one who sent the PR for the DST handling in your open-source mbus-parser last month (thanks for merging!). I'm freelancing from Lisbon from June and I saw you're hiring backend engineers. If a 3-6 month contract would help bridge the gap while you hire, I'd love to help - I already know the parser code."),
    ("me", "2024-05-08 13:15", "Oh nice, that PR was great. Let's talk - can you send your rate and availability?"),
])
C("wanted_pitch", "ml_partnership", "de", "university spin-off offering anomaly detection for meter data", [
    ("w_ml", "2024-11-12 10:00", "Liebe Frau Stojanović, wir sind ein Spin-off der TU Graz und erkennen Leckagen und defekte Heizkostenverteiler automatisch in Verbrauchszeitreihen. Ich habe gesehen, dass Messwerk mit der TU Wien an einem ähnlichen Thema forscht – wir könnten das ergänzen statt konkurrieren: unsere Modelle laufen als Container on-prem, keine Daten verlassen Ihre Infrastruktur. Hätten Sie Lust auf einen Austausch?"),
])
C("wanted_pitch", "specialist_recruiter", "de", "specialist SRE recruiter with concrete candidate fit", [
    ("w_rec", "2024-03-25 09:00", "Hallo Mira, ich sehe, eure SRE-Stelle ist seit 10 Wochen online. Ich vermittle ausschließlich SREs in Österreich und habe aktuell zwei Kandidat:innen mit Bare-Metal-Kubernetes- und Patroni-Erfahrung, die in Wien bleiben wollen und in eure Gehaltsbandbreite (65–80k) passen. Wäre es okay, wenn ich dir anonymisierte Profile schicke?"),
])
C("wanted_pitch", "accessibility", "en", "accessibility audit referencing EU Accessibility Act and their tenant portal", [
    ("w_a11y", "2024-09-30 11:00", "Hi Mira, the European Accessibility Act applies from June 2025, and tenant portals used by consumers are likely in scope. I ran a quick automated check on your public demo of the Messwerk tenant portal: 23 contrast issues and the consumption chart has no text alternative. I do focused audits for SaaS teams (fixed price, 5 days). Want me to send the quick-check results for free?"),
    ("me", "2024-09-30 12:30", "Yes please send them - this is on our radar but nobody owns it yet."),
])
C("wanted_pitch", "hardware_partner", "de", "LoRaWAN meter gateway maker proposing integration", [
    ("w_lora", "2024-06-17 14:00", "Grüß Gott Frau Stojanović, wir produzieren in Oberösterreich LoRaWAN-Gateways für Funkzähler, die bereits bei einigen Ihrer Kunden (u. a. Wohnbau Donaustadt) verbaut sind. Aktuell exportieren die Hausverwaltungen unsere Daten per CSV zu Ihnen. Eine direkte API-Integration würde beiden Seiten Support-Aufwand sparen. Sollen wir die technischen Teams zusammenbringen?"),
])
C("wanted_pitch", "technical_writing", "en", "technical writer pointing to concrete gaps in their API docs", [
    ("w_docs", "2024-02-19 15:30", "Hi Mira, I integrate metering APIs for a living and recently used yours for a client. The reference is solid, but there's no guide for the first 30 minutes: auth, pagination and the readings-unit conversion caught us out. I write developer guides for B2B APIs (samples attached in my profile). Would a 'getting started' + 2 recipes package be worth discussing?"),
])
C("wanted_pitch", "legal", "de", "privacy lawyer referencing smart-meter data law and their DPA", [
    ("w_privacy", "2024-04-08 09:45", "Sehr geehrte Frau Stojanović, mit der Novelle des ElWOG und den neuen Vorgaben zu Viertelstundenwerten stellen sich für Anbieter wie Messwerk Fragen zur Zweckbindung. Ich habe Ihre öffentliche AVV gelesen – Punkt 4.2 würde ich nach der aktuellen DSB-Rechtsprechung nachschärfen. Gerne erläutere ich das in einem kurzen Gespräch, kostenfrei."),
])

# ================================================================== junk: template family (4 senders)
C("junk", "template_family", "en", "offshore dev shop template, sender 1", [
    ("t1", "2024-02-13 06:30", "Hi Mira, I noticed Messwerk is scaling its engineering team. We help fast-growing SaaS companies build dedicated offshore teams of senior developers at 60% lower cost, ready to start in 2 weeks. Would you be open to a quick 15-min call this week?"),
])
C("junk", "template_family", "en", "offshore template, sender 2 same firm, with bump", [
    ("t2", "2024-03-01 06:45", "Hi Mira, I see Messwerk is growing its engineering team. We help fast growing SaaS companies build dedicated offshore teams of senior developers at 60% lower cost - ready to start within 2 weeks. Are you open to a quick 15 min call this week?"),
    ("t2", "2024-03-08 06:45", "Hi Mira, just following up on my previous message. Let me know a good time!"),
])
C("junk", "template_family", "en", "offshore template, sender 3 other firm", [
    ("t3", "2024-05-06 09:00", "Hello Mira, I noticed Messwerk Software is scaling the engineering team. We help fast-growing SaaS companies build dedicated nearshore teams of senior developers at 50% lower cost, ready to start in 2 weeks. Open to a short 15-minute call?"),
])
C("junk", "template_family", "en", "offshore template, sender 4 with merge-tag leftover", [
    ("t4", "2024-07-22 05:10", "Hi Mira, I noticed {company_name} is scaling its engineering team. We help fast-growing SaaS companies build dedicated offshore teams at 60% lower cost. Would you be open to a quick 15-min call this week?"),
])

# ------------------------------------------------------------------ merge-tag failures
C("junk", "merge_tag_failure", "en", "cloud cost tool with {FirstName}", [
    ("mt1", "2024-01-16 15:00", "Hi {FirstName}, companies like yours overspend on AWS by 35% on average. CloudTrim finds the waste in 10 minutes. Want a free savings report?"),
])
C("junk", "merge_tag_failure", "de", "recruitment agency with [Vorname]", [
    ("mt2", "2024-04-29 08:20", "Hallo [Vorname], suchen Sie aktuell Entwickler? Wir haben sofort verfügbare Java- und .NET-Kandidaten in Ihrer Region. Erfolgsbasiert, kein Risiko!"),
])
C("junk", "merge_tag_failure", "de", "test automation vendor with wrong name and company", [
    ("mt3", "2024-08-12 10:00", "Hallo Marco, ich habe gesehen, dass Sie bei Parkbase für Qualität verantwortlich sind. Mit Testautomation Pro sparen Teams 70 % der manuellen Testzeit. Darf ich Ihnen eine Demo zeigen?"),
])
C("junk", "merge_tag_failure", "en", "investor network with unfilled tags", [
    ("mt4", "2024-10-21 17:30", "Dear {{first_name}}, congratulations on the progress at {{company}}! Our network of 2,000+ investors is looking for startups in {{industry}}. Pitch slots for our next virtual demo day are €1,500. Reserve yours now."),
])

# ------------------------------------------------------------------ sponsored
C("junk", "sponsored_inmail", "en", "sponsored monitoring tool", [
    ("sp1", "2024-03-18 12:00", "<p>Hi Mira,</p><p>See every trace, log and metric in one place. Start free with DataDoghouse &ndash; no credit card needed.</p>"),
], title="Sponsored Conversation", subject="Observability in 5 minutes")
C("junk", "sponsored_inmail", "de", "sponsored management course", [
    ("sp2", "2024-06-24 12:00", "<p>Hallo Mira,</p><p>F&uuml;hrung neu gedacht: Der Lehrgang &bdquo;Leadership f&uuml;r Tech-Manager&ldquo; startet im Herbst. Jetzt Fr&uuml;hbucherbonus sichern.</p>"),
], title="Sponsored Conversation", subject="Frühbucherbonus bis 31.7.")
C("junk", "sponsored_inmail", "en", "sponsored HR software", [
    ("sp3", "2024-11-04 12:00", "<p>Hi Mira,</p><p>Onboard new hires in half the time. HRFlow Cloud is free for teams under 50.</p>"),
], title="Sponsored Conversation", subject="Free for teams under 50")

# ------------------------------------------------------------------ connect-then-pitch
C("junk", "connect_then_pitch", "en", "DevOps security tool founder: small talk then pitch", [
    ("ctp1", "2024-03-11 09:00", "Thanks for connecting, Mira! Always great to meet other builders in the Vienna scene. How are you finding the ecosystem there?"),
    ("me", "2024-03-11 12:00", "Hi Ryan, it's good - small but very supportive."),
    ("ctp1", "2024-03-13 09:00", "Love that! Quick one - we built Kubeguard to give every cluster enterprise-grade security in one click. We're offering 3 months free to 10 startups this quarter. Want me to send an invite?"),
])
C("junk", "connect_then_pitch", "de", "executive search: compliment then generic job", [
    ("ctp2", "2024-06-03 08:00", "Liebe Mira, danke für die Vernetzung! Beeindruckender Werdegang 👏"),
    ("ctp2", "2024-06-05 08:00", "Ich betreue aktuell ein spannendes Mandat: Head of IT bei einem führenden Versicherungskonzern in Linz, SAP-Landschaft, 120 MA. Wäre das für dich interessant oder kennst du jemanden?"),
])
C("junk", "connect_then_pitch", "mixed", "nearshore agency: greeting then pitch, mixed languages", [
    ("ctp3", "2024-09-23 10:00", "Hallo Mira, danke fürs Connecten! Schöne Grüße aus Belgrad 🙂"),
    ("ctp3", "2024-09-25 10:00", "We are a nearshore team of 80 developers (Kotlin, React, Flutter) - same time zone, German-speaking PMs, from 35 €/h. Do you have projects where we can support? Let's have a quick call."),
])

# ------------------------------------------------------------------ bumps and assorted
C("junk", "follow_up_bump", "en", "logging tool SDR with bumps", [
    ("bump1", "2024-05-27 14:00", "Hi Mira, engineering teams using LogStack cut their logging bill in half. Worth a look for Messwerk?"),
    ("bump1", "2024-06-03 14:00", "Hi Mira, bumping this in case it got buried."),
    ("bump1", "2024-06-10 14:00", "Hi Mira - should I close your file? 🙂"),
])
C("junk", "follow_up_bump", "de", "IT personnel agency bump", [
    ("bump2", "2024-08-19 09:00", "Guten Tag Frau Stojanović, wir unterstützen Unternehmen bei der Besetzung von IT-Positionen. Haben Sie aktuell offene Stellen?"),
    ("bump2", "2024-09-02 09:00", "Guten Tag, ich darf mich nochmals melden. Über eine kurze Rückmeldung freue ich mich."),
])
C("junk", "investor_spam", "en", "generic VC mass message", [
    ("vcspam", "2024-04-03 17:00", "Hi Mira, I came across Messwerk and love what you're building! We invest in pre-seed to Series B across all sectors. Would love to learn more - are you currently raising?"),
])
C("junk", "crypto", "en", "web3 tokenisation pitch", [
    ("web3", "2024-02-27 03:30", "Hey Mira! Have you considered tokenizing your SaaS? Web3 loyalty tokens can 10x user engagement. We've launched 40+ tokens. Let's hop on a call! 🚀"),
])
C("junk", "paid_award", "de", "paid tech leader award", [
    ("award", "2024-09-10 10:00", "Sehr geehrte Frau Stojanović, wir freuen uns, Ihnen mitzuteilen, dass Sie zu den 'Top 50 Tech Leaders Austria 2024' gehören! Für Galaabend, Trophäe und Medienpaket fällt eine Teilnahmegebühr von 1.190 € an. Bitte bestätigen Sie Ihre Teilnahme bis 20.9."),
])
C("junk", "paid_podcast", "de", "paid podcast slot", [
    ("podcast", "2024-05-13 11:00", "Hallo Mira, wir würden dich gern als Gast im CTO Talk Podcast haben! Unser Sponsoring-Paket (495 €) umfasst Aufnahme, Schnitt und Social-Media-Clips. Sollen wir einen Termin fixieren?"),
])
C("junk", "networking_pitch", "en", "like-minded founders networking", [
    ("likemind", "2024-07-01 21:00", "Hi Mira, I love connecting with like-minded founders who think big. I'm building an exclusive circle of 7-figure entrepreneurs in DACH. Let's jump on a call and see how we can create synergies!"),
])
C("junk", "quick_call", "en", "growth agency 15-minute call", [
    ("quickcall", "2024-10-14 15:40", "Hi Mira, do you have 15 minutes this week for a quick call? I'd love to share how we help SaaS companies double their MRR."),
])
C("junk", "fluent_generic_naming_company", "de", "advisory flattering Messwerk generically", [
    ("fluent", "2024-01-30 09:00", "Sehr geehrte Frau Stojanović, Messwerk Software hat in den letzten Jahren eine beeindruckende Entwicklung hingelegt. Genau in dieser Phase sehen wir bei unseren Kunden oft enormes ungenutztes Potenzial in Digitalisierung, Prozessen und Vertrieb. Ich würde Ihnen gerne in einem kurzen Termin zeigen, wie andere Unternehmen Ihrer Größe ihren Umsatz um 30 % gesteigert haben."),
])
C("junk", "beg_bounty", "en", "beg bounty about missing DMARC", [
    ("beg", "2024-06-11 04:20", "Hello Security Team, I found a critical vulnerability in your website messwerk.at: DMARC record is missing, which allows email spoofing. Please let me know your bug bounty reward for this report. Regards"),
])
C("junk", "lead_generation", "en", "lead gen agency", [
    ("leadgen", "2024-03-26 16:10", "Hi Mira, we book 20+ demos per month for B2B SaaS companies - you only pay per meeting held. Would you like to see how we'd target your ICP?"),
])
C("junk", "capacity_pitch", "en", "white-label dev shop asking about capacity", [
    ("cap", "2024-12-03 07:30", "Hi Mira, are you at full capacity with client projects right now? We are a white-label dev team that agencies use for overflow work. Happy to take projects off your plate!"),
])
C("junk", "spam_folder", "en", "AI trading bot spam", [
    ("spam1", "2024-04-18 02:00", "Hi Mira, our AI trading bot returned 340% last year. Limited spots for new members. Reply 'INFO' to learn more."),
], folder="SPAM")
C("junk", "spam_folder", "de", "get-rich spam", [
    ("spam2", "2024-08-30 23:40", "Verdiene 5.000 € im Monat von zu Hause aus! Kein Risiko, keine Vorkenntnisse. Jetzt Platz sichern!"),
], folder="SPAM")
C("junk", "spam_folder", "en", "LinkedIn growth-hack spam", [
    ("spam3", "2024-12-15 20:00", "Want 10k followers in 30 days? My LinkedIn growth system works for CTOs too. DM me 'GROW'."),
], folder="SPAM")
C("junk", "generic_saas", "en", "deployment tool generic pitch with bump", [
    ("devtool", "2024-11-19 16:00", "Hi Mira 👋 Engineering teams ship 3x faster with DeployRocket. One-click previews, zero config. Fortune 500 companies trust us. Got 15 min?"),
    ("devtool", "2024-11-26 16:00", "Hi Mira, did you get a chance to look at my message?"),
])
C("junk", "mlm", "de", "MLM pitch", [
    ("mlm", "2024-10-02 21:30", "Hallo Mira ✨ Ich bin total begeistert von deinem Profil! Ich baue gerade ein Team von starken Frauen auf, die sich neben dem Job ein passives Einkommen mit Wellness-Produkten aufbauen. Darf ich dir mehr erzählen? 💕"),
])
C("junk", "generic_product", "de", "office supplies generic", [
    ("office", "2024-02-20 10:30", "Sehr geehrte Damen und Herren, wir beliefern Wiener Büros mit Kaffee, Wasser und Büromaterial – ab 100 € Bestellwert versandkostenfrei. Dürfen wir Ihnen ein Angebot senden?"),
])

C("genuine", "customer_bug", "mixed", "customer reports SSO bug mixing German and English", [
    ("cust4", "2024-09-16 08:20", "Hallo Mira, seit dem Azure-Update funktioniert bei uns der SSO-Login nicht mehr – error message is 'AADSTS50011: redirect URI mismatch'. Habt ihr an der Redirect-URL was geändert?"),
    ("me", "2024-09-16 08:50", "Hi Dominik, ja, we moved the auth callback to a new subdomain last week. Sorry, das hätten wir besser kommunizieren müssen. Neue URL kommt per Mail, dann geht's wieder."),
    ("cust4", "2024-09-16 09:30", "Passt, läuft wieder. Danke!"),
])
C("genuine", "event_invitation", "mixed", "startup community invites her as mentor at a hackathon", [
    ("devrel", "2024-02-28 13:00", "Hi Mira! Für den Climate Hackathon im April suchen wir noch Tech-Mentor:innen. It's one Saturday, 10-18h, mostly helping teams scope their ideas. Hättest du Lust?"),
    ("me", "2024-02-28 15:00", "Sehr gerne, count me in!"),
])
C("genuine", "team", "mixed", "engineer asks to switch team, German/English", [
    ("eng2", "2024-07-03 17:45", "Hi Mira, hast du diese Woche kurz Zeit? I'd like to talk about possibly moving to the data team after the billing release. Nothing urgent, aber ich wollte es früh ansprechen."),
    ("me", "2024-07-03 18:10", "Hi Priya, natürlich! Thursday 4pm, let's grab a coffee."),
])
C("genuine", "applicant", "mixed", "data engineer applies, English with German", [
    ("app3", "2024-08-08 21:00", "Hallo Mira, I hope it's okay to write here. Ich arbeite als Data Engineer bei Wien Energie and would love to join Messwerk's data team - ich kenne die Zählerdaten-Welt von der anderen Seite. Is the Data Engineer role still open?"),
    ("me", "2024-08-09 08:30", "Hi Matteo, yes it is, and that background sounds really relevant! Bitte über die Website bewerben, ich schau mir's persönlich an."),
])
C("genuine", "customer_request", "en", "customer's project manager asks about onboarding timeline", [
    ("cust5", "2024-10-21 09:00", "Hi Mira, Philippe asked me to coordinate our onboarding. We'd like to migrate 1,200 units in the first wave in January. Can your team support a data migration from our current Excel-based system, and what do you need from us?"),
    ("me", "2024-10-21 10:30", "Hi Elena, welcome! Yes - we need the meter list and the last 24 months of readings. I'll set up a kickoff with our onboarding lead for next week."),
])
C("genuine", "research_collaboration", "en", "thesis student introduces herself", [
    ("student2", "2024-11-14 16:00", "Dear Ms. Stojanović, I'm Deniz, the master student Prof. Auer mentioned. Thank you for agreeing to the collaboration! I've signed the NDA - could you let me know who will give me access to the anonymised dataset?"),
    ("me", "2024-11-14 17:00", "Hi Deniz, welcome! Priya Menon will set up your access this week. Looking forward to the kick-off."),
])
C("junk", "recruiting_spam", "en", "recruiter for unrelated sales role", [
    ("rec3", "2024-05-02 10:00", "Hi Mira, your profile caught my attention! We're hiring Account Executives for a leading insurance platform in Dubai, tax-free salary + commission. Interested?"),
])
C("junk", "connect_then_pitch", "en", "secrets manager: thanks then pitch", [
    ("saas2", "2024-11-11 10:00", "Hi Mira, thanks for accepting! Loved your Donau Dev Days talk title 🙂"),
    ("saas2", "2024-11-13 10:00", "Btw, teams like yours often have secrets scattered across env files. SecretVault.io fixes that in one afternoon. Want a demo? 15 min max."),
    ("saas2", "2024-11-20 10:00", "Hi Mira, any thoughts on the above?"),
])
C("junk", "irrelevant_service", "de", "design agency selling websites to the CTO", [
    ("agency2", "2024-03-12 09:30", "Hallo Mira, eure Website wirkt etwas in die Jahre gekommen. Wir gestalten moderne Webauftritte für Startups – Festpreis ab 4.900 €. Wollen wir uns kurz austauschen?"),
])
C("junk", "generic_training", "en", "scrum certification pitch", [
    ("trainer", "2024-06-18 08:00", "Hi Mira, is your team truly agile? Our 2-day Certified ScrumMaster course boosts team velocity by 40%. Next session in Vienna 12-13 September, 20% off if you book 3+ seats."),
])
C("junk", "merge_tag_failure", "en", "outsourcing pitch addressed to wrong person", [
    ("mt5", "2024-12-09 06:00", "Dear Sir, Greetings of the day! We have gone through the profile of Fluxpay and would like to offer our IT outsourcing services for your esteemed organization. Kindly share your requirements."),
])

OUT = Path(__file__).resolve().parents[1] / SLUG
ex.write(OUT,
         {"First Name": "Mira", "Last Name": "Stojanović",
          "Headline": "CTO & Co-Founder at Messwerk | Metering data platform for property managers | Kotlin, Kubernetes",
          "Summary": "Building Messwerk: heating-cost billing and metering software for Hausverwaltungen in Austria and Germany. "
                     "30 people, engineering team of 14. I care about boring, reliable data pipelines and kind engineering cultures.",
          "Industry": "Software Development", "Geo Location": "Vienna, Austria"},
         [{"Company Name": "Messwerk Software GmbH", "Title": "CTO & Co-Founder",
           "Description": "Engineering, infrastructure, security, hiring.",
           "Location": "Wien", "Started On": "Mar 2019", "Finished On": ""},
          {"Company Name": "Runtastic", "Title": "Senior Backend Engineer", "Description": "",
           "Location": "Linz", "Started On": "Jun 2014", "Finished On": "Feb 2019"}],
         ["Kotlin", "Kubernetes", "PostgreSQL", "Software Architecture", "Engineering Management",
          "ISO 27001", "Data Pipelines"])
print(ex.summary())

"""dev14 persona (written blind as heldout20, session 4): heldout20 persona: Mareike Stahl, co-founder and CEO of Belegra, a 12-person Berlin startup
selling document extraction to insurers.

Written by hand, blind to the detector (session 3). German and English about half/half; 2026 layout.
Run with the project venv; it rewrites ../mixed-ai-startup-founder-berlin/ byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-ai-startup-founder-berlin"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Mareike Stahl", "https://www.linkedin.com/in/mareike-stahl-belegra",
               "Belegra GmbH", "Co-Founder & CEO")
ex = Export(SLUG, "2026", owner)
P = ex.person
G, W, J = "genuine", "wanted_pitch", "junk"

# ---------------------------------------------------------------- people
P("elbmark", "Christoph Rademacher", "Elbmark Versicherung AG", "Leiter Schadenmanagement Digital", connected="2024-11-04")
P("veld", "Sanne Veldhuis", "Veldhuis Verzekeringen", "Head of Claims Operations", connected="2025-02-17")
P("cloud_am", "Hannah Brooks", "Stratus Cloud", "Startup Account Manager, DACH", connected="2023-06-01")
P("kv_lead", "Dr. Birte Lohmann", "Nordlicht Krankenversicherung a.G.", "Bereichsleiterin Leistungsbearbeitung")
P("peer_ocr", "Felix Auerbach", "Handschrift.ai", "Co-Founder", connected="2022-10-12")
P("rec_tom", "Tom Everett", "Everett Tech Talent", "Founder, ML recruiting", connected="2025-04-03",
  invite=("OUT", "2025-04-03 10:02", "Hi Tom, Jonas from Kettle Ventures recommended you for ML hiring."))
P("cand_ravi", "Ravi Subramanian", "", "Machine Learning Engineer")
P("werk", "Emma Schuster", "TU Berlin", "Studentin Informatik (M.Sc.)")
P("vc_lead", "Jonas Adeyemi", "Kettle Ventures", "Partner", connected="2023-09-19")
P("angel", "Ulrike Brandt", "", "Business Angel, ex-CIO Versicherung", connected="2021-05-03")
P("acc", "Maya Goldberg", "Foundry Insure Accelerator", "Program Manager", connected="2025-01-08")
P("conf", "Katja Reimers", "InsurTech Forum Hamburg", "Programmleitung", connected="2022-03-22")
P("gl1", "Paul Wenzel", "Kettle Ventures", "Associate", connected="2024-01-15")
P("gl2", "Lina Okafor", "Tally Health", "Founder", connected="2025-01-20")
P("gl3", "Sebastian Kühn", "Elbmark Versicherung AG", "Innovation Manager", connected="2024-11-04")
P("einkauf", "Andrea Wilkens", "Elbmark Versicherung AG", "Strategischer Einkauf", connected="2025-09-01")
P("inno_head", "Matthias Brenner", "Rhenania Leben AG", "Head of Innovation")
P("prof", "Prof. Dr. Anke Hoffmann", "TU Berlin", "Fachgebiet Maschinelles Lernen", connected="2017-10-16")
P("uni_freund", "Jakob Lindner", "", "Freund aus Studienzeiten", connected="2014-04-08")
P("journo", "Owen Gallagher", "Tech Quarter Europe", "Reporter, fintech & insurtech", connected="2024-06-27")
P("legal_elb", "Dr. Nora Feldmann", "Elbmark Versicherung AG", "Syndikusrechtsanwältin", connected="2025-10-06")
P("anwalt", "Timo Berger", "Berger Klein Startup-Recht", "Rechtsanwalt", connected="2022-08-30")
P("excol", "Grace Mwangi", "Halden & Price Consulting", "Principal", connected="2018-02-12")
P("cand_lea", "Lea Novak", "Parsely Labs", "Senior Backend Engineer")
P("grp_a", "Arjun Mehta", "Quillstack", "Founder", connected="2025-01-20")
P("grp_b", "Sophie Marchetti", "Tenantly", "Co-Founder", connected="2025-01-20")
P("it_arch", "Ralf Dittmer", "Elbmark Versicherung AG", "IT-Architekt", connected="2025-07-14")
P("vc_intro", "Priya Natarajan", "Meridian Insurance Group", "VP Claims Transformation")
P("elb_fach", "Jana Petersen", "Elbmark Versicherung AG", "Sachbearbeiterin Kfz-Schaden, Pilot-Keyuserin", connected="2025-06-02")
P("meetup", "Daniel Osei", "Berlin Applied ML Meetup", "Organiser", connected="2020-09-09")
P("si", "Kerstin Maaß", "Vireo Consulting GmbH", "Partnerin Versicherungs-IT", connected="2023-03-03")
P("mentor", "David Levin", "Foundry Insure Accelerator", "Mentor, ex-COO insurtech", connected="2025-01-09")
P("fraun", "Dr. Tobias Wehner", "Institut für Angewandte Dokumentanalyse", "Gruppenleiter", connected="2019-06-11")
# wanted pitches
P("w_label", "Ines Carvalho", "Annotrix", "Partnerships")
P("w_tax", "Claudia Reuter", "Reuter Steuerberatung", "Steuerberaterin, Startups & F&E")
P("w_iso", "Martin Quast", "Quast Compliance Partners", "ISO 27001 Lead Auditor")
P("w_rec", "Olivia Tan", "Lumen Search", "Principal, ML & Data")
P("w_gpu", "Lars Øvergaard", "Nordvolt Compute", "Head of Sales, DACH")
P("w_dno", "Stefanie Graf", "Kranich Assekuranzmakler", "Maklerin, Startup-Versicherungen")
P("w_obs", "Ben Castillo", "Tracewell", "Solutions Engineer")
P("w_ux", "Lukas Ortmann", "", "Freelance UX Designer, B2B-Tools")
P("w_pr", "Carla Heinrich", "Kompass PR", "Gründerin, PR für InsurTech")
P("w_dora", "Dr. Philipp Sauer", "Sauer Regulatory", "Rechtsanwalt, Aufsichtsrecht")
P("w_sales", "Richard Holm", "", "Fractional Enterprise Sales, insurance", connected="2025-11-12")
P("w_synth", "Aiko Tanaka", "Docforge Synthetic", "Founder")
# junk senders
P("j_dev", "Arvind Kumar", "CodeNest Technologies", "Business Development Manager")
P("j_lead", "Jake Morrison", "Signal Pipeline", "Growth Partner")
P("j_plant", "Nadine Vogel", "Grünes Büro", "Kundenberaterin")
P("j_bike", "Marco Steiner", "RadDienst Leasing", "Vertrieb")
P("j_idp", "Rachel Kim", "DocuMind AI", "Account Executive")
P("j_cap", "Ethan Clarke", "Founders Funnel", "Client Partner")
P("j_gleich", "Florian Busch", "Busch Ventures", "Serial Entrepreneur | Investor",
  connected="2025-08-04", invite=("IN", "2025-08-03 22:40", "Gleichgesinnte Gründer sollten sich vernetzen!"))
P("j_15", "Megan Price", "Orbital Sales", "SDR")
P("j_ctp1", "Kevin Hartmann", "Cloudbridge Consulting", "Senior Partner",
  connected="2025-09-22", invite=("IN", "2025-09-21 08:10", ""))
P("j_ctp2", "Amelia Foster", "Kernel Talent", "Talent Partner",
  connected="2025-10-13", invite=("IN", "2025-10-12 19:30", "Hi Mareike, love what you're building!"))
P("j_ctp3", "Sandra Lewandowski", "Zahlwerk Finanz", "Gründercoach",
  connected="2025-06-30", invite=("IN", "2025-06-29 17:00", ""))
P("j_ctp4", "Ryan O'Neill", "Pitchcraft", "Founder",
  connected="2026-01-19", invite=("IN", "2026-01-18 21:05", ""))
P("j_bump1", "Dmitri Volkov", "Offshore Data Services", "Sales Director")
P("j_bump2", "Jana Krämer", "Bürowelt Berlin", "Immobilienberaterin")
P("j_t1", "Noah Bennett", "Runway Partners", "Partner")
P("j_t2", "Chloe Adams", "Scalar Growth", "Head of Partnerships")
P("j_t3", "Liam Walsh", "Ascent Ops", "Founder")
P("j_t4", "Isabel Ferreira", "Ledger & Launch", "Consultant")
P("j_t5", "Moritz Vogt", "Startklar Partners", "Berater")
P("j_mt1", "Tyler Brooks", "Outbound Engine", "SDR")
P("j_mt2", "Laura Sommer", "Büroservice Plus", "Vertrieb")
P("j_mt3", "Hassan Ali", "SecureStack", "Account Executive")
P("j_mt4", "Rebecca Lang", "Finwise Recruiting", "Consultant")
P("j_sp1", "Vaultline Business", url="https://www.linkedin.com/company/vaultline-business")
P("j_sp2", "Datenhafen Cloud", url="https://www.linkedin.com/company/datenhafen-cloud")
P("j_award", "Victoria Hale", "European Innovation Awards Circle", "Nominations Team")
P("j_pod", "Sven Albrecht", "Gründergeflüster Podcast", "Host")
P("j_summit", "Natasha Ivanova", "Global AI Leaders Summit", "Speaker Acquisition")
P("j_named", "Oscar Lindqvist", "Flowgrid", "Enterprise AE")
P("j_rec", "Brian Cole", "Apex Staffing Solutions", "Recruiter")
P("j_iso", "Tanja Roth", "Zertifix", "Vertrieb")
P("j_cloud", "Ashok Reddy", "CloudSave Partners", "Cloud Consultant")
P("j_dno", "Holger Frank", "VersicherungsCheck24 Gewerbe", "Berater")
P("j_pr", "Jessica Moore", "Buzzwire PR", "Account Director")
P("j_fund", "Alexander Petrov", "Capital Connect Advisory", "Managing Director")
P("j_fakevc", "William Grant", "Horizon Peak Capital", "Investment Director")
P("j_label", "Wei Zhang", "DataLabel Pro", "Business Development")
P("j_token", "Julian Weiss", "TokenBridge", "Web3 Strategist")

ATT = "https://www.linkedin.com/dms/"

# ================================================================ GENUINE
ex.conv(G, "client_quote_request", "de", "Pilotkunde fragt Angebot für Produktivlizenz nach dem Pilot; Preisgespräch", [
    ("elbmark", "2025-09-15 09:20", "Hallo Frau Stahl, der Pilot in der Kfz-Schadenbearbeitung ist intern sehr gut angekommen, 71 % Dunkelverarbeitung bei den Gutachten. Der Vorstand möchte eine Produktivlizenz für 2026 prüfen. Können Sie mir bis Ende Oktober ein Angebot machen, Volumen ca. 180.000 Dokumente pro Jahr, Betrieb in unserer Azure-Umgebung?"),
    ("me", "2025-09-15 10:05", "Hallo Herr Rademacher, das freut uns riesig! Ja, Angebot kommt bis 24.10. Bei 180k Dokumenten liegen wir grob bei 0,42 € pro Dokument inklusive Modellpflege, für Private-Cloud-Betrieb kommt eine Plattformpauschale dazu. Mehrjahresvertrag würde den Stückpreis noch senken."),
    ("elbmark", "2025-09-15 10:30", "Das klingt im Rahmen. Bitte beide Varianten (1 und 3 Jahre) anbieten."),
    ("me", "2025-10-22 16:40", "Angebot wie besprochen anbei, beide Laufzeiten."),
], attachments={3: ATT + "belegra-angebot-elbmark-2026.pdf"})
ex.conv(G, "client_quote_request", "en", "Dutch insurer asks for tiered pricing for claims extraction", [
    ("veld", "2025-11-03 14:00", "Hi Mareike, following our demo: our claims team would like a proposal for medical invoices and repair quotes, Dutch and German documents, roughly 60k a year rising to 150k. Could you send tiered pricing? We'd start with a 3-month paid pilot."),
    ("me", "2025-11-03 15:30", "Hi Sanne, great to hear. I'll send tiers for 60k/100k/150k plus the pilot fee (we usually do €18k for three months, credited against the first year). Dutch models need a short fine-tuning on your samples, we'd need ~500 anonymised docs."),
    ("veld", "2025-11-04 08:45", "Perfect. Our DPO will ask about data residency, please include that."),
])
ex.conv(G, "vendor_price_change", "en", "cloud account manager announces GPU pricing change and end of credits", [
    ("cloud_am", "2025-12-01 11:00", "Hi Mareike, heads up ahead of your renewal: your startup credits end on 31 January, and from Q1 the on-demand price for the L4 GPU instances in Frankfurt goes up about 9%. If you commit to a 1-year reservation before 15 January I can hold the current rate and add 10k in credits. Happy to walk through the numbers with Yusuf."),
    ("me", "2025-12-01 13:20", "Thanks Hannah, appreciated. Yusuf will look at our usage and we'll get back to you before Christmas."),
])
ex.conv(G, "inbound_lead", "de", "Krankenversicherung hat ihren Vortrag gesehen und will kaufen", [
    ("kv_lead", "2025-10-09 17:15", "Sehr geehrte Frau Stahl, ich habe Ihren Vortrag beim InsurTech Forum gehört. Wir verarbeiten im Jahr rund 2 Millionen Arztrechnungen und Heil- und Kostenpläne, großteils noch manuell. Wir würden Belegra gern kennenlernen und ein Angebot für einen Pilot bekommen. Wer wäre bei Ihnen der richtige Ansprechpartner?"),
    ("me", "2025-10-09 18:00", "Sehr geehrte Frau Dr. Lohmann, vielen Dank, das bin ich selbst. Arztrechnungen (GOÄ) sind genau unser Kernthema. Passt Ihnen ein Termin nächste Woche, gern mit jemandem aus der IT? Ich schicke Ihnen vorab unsere Sicherheitsunterlagen."),
    ("kv_lead", "2025-10-10 08:30", "Dienstag 14 Uhr, per Teams. Einladung kommt von meiner Assistenz."),
])
ex.conv(G, "peer_joint_offer", "de", "befreundetes Startup schlägt gemeinsames Angebot für einen Versicherer vor", [
    ("peer_ocr", "2025-07-21 20:10", "Hey Mareike, die Rhenania will eine Lösung für handschriftliche Schadenmeldungen UND strukturierte Extraktion, also eigentlich wir beide. Wollen wir gemeinsam anbieten? Wir liefern die Handschrifterkennung, ihr die Extraktion und das Review-UI. Umsatz nach Anteil, ich würde 30/70 vorschlagen."),
    ("me", "2025-07-21 21:00", "Hey Felix, klingt gut. 30/70 passt, aber wer ist Generalunternehmer? Die wollen einen Vertrag, keine zwei. Lass uns das morgen kurz telefonieren."),
    ("peer_ocr", "2025-07-21 21:05", "Ihr, ihr habt schon die Lieferantenfreigabe. Ich ruf um 9 an"),
])
ex.conv(G, "recruiter_engaged", "en", "recruiter she engaged presents ML candidates and fees", [
    ("me", "2025-04-03 10:10", "Hi Tom, we're hiring two ML engineers (document AI, PyTorch, some MLOps). Berlin hybrid, €85-100k plus ESOP. Your 18% fee works for us if you can present people within 4 weeks."),
    ("rec_tom", "2025-04-17 16:00", "Hi Mareike, three profiles in your inbox. Strongest is a layout-model person from a Munich scale-up who wants to move to Berlin. All three confirmed the salary band. Can you do first calls next week?"),
    ("me", "2025-04-17 16:30", "Great, thanks. Tuesday and Thursday afternoons are free."),
])
ex.conv(G, "applicant", "en", "ML engineer applies to her job post", [
    ("cand_ravi", "2025-05-06 22:10", "Hi Mareike, I saw your post about the ML Engineer role at Belegra. I've spent three years on table extraction from scanned invoices at a logistics company and I'm moving to Berlin in August. I'd love to talk. GitHub and CV attached."),
    ("me", "2025-05-07 08:30", "Hi Ravi, thanks for reaching out, table extraction is very relevant for us. I've forwarded to Yusuf, he'll send you a slot for a first chat this week."),
], attachments={0: ATT + "ravi-subramanian-cv.pdf"})
ex.conv(G, "applicant", "de", "Werkstudentin bewirbt sich", [
    ("werk", "2025-09-29 12:40", "Hallo Frau Stahl, ich studiere Informatik im Master an der TU und habe gesehen, dass Belegra eine Werkstudentenstelle im Bereich Datenqualität ausgeschrieben hat. Ich habe bei Prof. Hoffmann im Projekt zu Formularerkennung mitgearbeitet. Ich könnte 20 Stunden/Woche. Ist die Stelle noch offen?"),
    ("me", "2025-09-29 14:15", "Hallo Frau Schuster, ja, die Stelle ist noch offen. Schicken Sie Ihren Lebenslauf bitte an jobs@, ich sorge dafür, dass Sie diese Woche eine Rückmeldung bekommen. Grüße an Anke!"),
])
ex.conv(G, "investor_update", "en", "lead investor asks about board prep and runway", [
    ("vc_lead", "2026-01-12 08:50", "Morning Mareike. For the board on the 29th, can you add a slide on pipeline conversion (pilots to paid) and the runway scenario with and without Elbmark signing in Q1? Also, good news: our LP in Zurich wants to meet you."),
    ("me", "2026-01-12 09:30", "Morning Jonas, will do both. Elbmark is in procurement now so I'm optimistic. Happy to meet the LP, send dates."),
    ("vc_lead", "2026-01-12 09:35", "Will do. Also: don't let procurement talk you down on price. You're cheaper than their manual process by a lot."),
])
ex.conv(G, "angel_checkin", "de", "Business Angel bietet Intro an", [
    ("angel", "2025-06-16 19:30", "Liebe Mareike, ich war gestern beim Sommerfest vom Verband und habe mit dem Schadenvorstand der Rhenania gesprochen. Die haben großen Druck bei den Hausratschäden. Soll ich ein Intro machen? Ansprechpartner wäre Matthias Brenner, Head of Innovation."),
    ("me", "2025-06-16 20:05", "Liebe Ulrike, unbedingt, danke dir! Ich schreib ihm dann auch direkt."),
])
ex.conv(G, "accelerator_logistics", "en", "accelerator program manager about demo day slot", [
    ("acc", "2025-03-20 10:00", "Hi Mareike, Demo Day is confirmed for 15 April at the Kühlhaus. You're slot 6 of 10, 5 minutes pitch + 3 Q&A. Please send the final deck by 8 April. Also we need dietary requirements for your two guests."),
    ("me", "2025-03-20 11:15", "Thanks Maya! Deck will be there on the 7th. Guests: one vegetarian, one no restrictions."),
])
ex.conv(G, "event_invite_real_contact", "de", "Konferenz-Programmleiterin, die sie kennt, lädt als Sprecherin ein", [
    ("conf", "2025-05-12 13:00", "Liebe Mareike, wir bauen gerade das Programm fürs InsurTech Forum im Oktober. Hättest du Lust, einen 20-Minuten-Talk zu 'Dunkelverarbeitung in der Schadenbearbeitung: was in der Praxis wirklich klappt' zu halten? Reise und Hotel übernehmen wir natürlich."),
    ("me", "2025-05-12 14:30", "Liebe Katja, sehr gern! Ich würde Zahlen aus dem Elbmark-Pilot zeigen, wenn die das freigeben."),
    ("conf", "2025-05-12 14:40", "Perfekt, ich trag dich für den 8.10. ein."),
])
ex.conv(G, "congrats_seed_round", "de", "Glückwunsch zur Finanzierungsrunde, fast gleichlautend #1", [
    ("gl1", "2025-02-04 09:10", "Herzlichen Glückwunsch zur Runde, Mareike! Hochverdient, freu mich auf die nächsten Schritte mit euch."),
])
ex.conv(G, "congrats_seed_round", "en", "congrats on the round, near-duplicate #2", [
    ("gl2", "2025-02-04 10:25", "Huge congrats on the round Mareike!! Well deserved, excited to see what's next for Belegra."),
    ("me", "2025-02-04 11:00", "Thank you Lina! Drinks after the next cohort session?"),
])
ex.conv(G, "congrats_seed_round", "de", "Glückwunsch zur Runde, fast gleichlautend #3", [
    ("gl3", "2025-02-04 12:40", "Glückwunsch zur Finanzierungsrunde, Frau Stahl! Hochverdient. Freue mich auf die weitere Zusammenarbeit im Pilot."),
])
ex.conv(G, "procurement_in_spam", "de", "echte Einkäuferin des Pilotkunden, im SPAM gelandet", [
    ("einkauf", "2025-11-18 08:30", "Sehr geehrte Frau Stahl, für die Lieferantenanlage benötigen wir noch Ihren Handelsregisterauszug (nicht älter als 3 Monate), die Bankverbindung auf Briefpapier und den unterschriebenen Verhaltenskodex. Ohne diese Unterlagen kann die Bestellung nicht ausgelöst werden. Mit freundlichen Grüßen, A. Wilkens"),
], folder="SPAM")
ex.conv(G, "owner_started_sales", "de", "sie schreibt nach Intro der Business Angel einen Versicherer an", [
    ("me", "2025-06-17 08:45", "Sehr geehrter Herr Brenner, Ulrike Brandt hat mir erzählt, dass Sie bei Hausratschäden mit dem Eingangsvolumen kämpfen. Wir extrahieren bei der Elbmark aus Kfz-Gutachten inzwischen über 70 % ohne manuelle Nacharbeit. Hätten Sie 30 Minuten für einen Austausch?"),
    ("inno_head", "2025-06-18 12:10", "Sehr geehrte Frau Stahl, Frau Brandt hat mir Sie schon angekündigt. Ja, gern, aber bitte nach den Sommerferien, ab 18. August."),
    ("me", "2025-06-18 12:20", "Sehr gern, ich melde mich Mitte August mit Terminvorschlägen."),
])
ex.conv(G, "owner_started_hiring_referral", "de", "sie fragt ihre ehemalige Professorin nach Absolventen", [
    ("me", "2025-03-03 18:00", "Liebe Anke, wir suchen zwei ML-Leute mit Dokumentenfokus. Hast du Absolventinnen oder Doktoranden, die nach der Promotion raus wollen? Wir zahlen fair und es gibt ESOP."),
    ("prof", "2025-03-04 09:40", "Liebe Mareike, schön von dir zu hören! Zwei Namen fallen mir ein, ich frage beide, ob ich den Kontakt weitergeben darf. Und bitte komm mal wieder zum Kolloquium, die Studierenden lieben Praxisgeschichten."),
])
ex.conv(G, "long_standing_friend", "de", "Studienfreund, Smalltalk und Grillen", [
    ("uni_freund", "2025-08-08 21:20", "Na, Frau CEO, schläfst du überhaupt noch? 😄 Wir grillen Samstag auf dem Tempelhofer Feld, komm doch vorbei."),
    ("me", "2025-08-08 21:45", "Schlafen wird überbewertet. Samstag klappt, ich bring Halloumi mit!"),
    ("uni_freund", "2025-08-08 21:46", "Deal. Ab 17 Uhr beim alten Tower"),
])
ex.conv(G, "journalist_request", "en", "tech journalist asks about the round and customers", [
    ("journo", "2025-01-28 16:00", "Hi Mareike, I'm writing about German insurtechs selling into incumbents. I hear you're about to announce a round. Could we do a 20-min call under embargo until the announcement? Also keen to know whether any insurer will go on record."),
    ("me", "2025-01-28 17:10", "Hi Owen, happy to. Announcement is 4 Feb, 7am CET. Thursday 11:00? I'll check if Elbmark will give a quote."),
])
ex.conv(G, "customer_contract_dpa", "de", "Syndikusrechtsanwältin des Kunden verhandelt AVV und Haftung", [
    ("legal_elb", "2025-10-28 10:15", "Sehr geehrte Frau Stahl, anbei unsere Anmerkungen zum Rahmenvertrag und zur AVV. Knackpunkte: Haftungsobergrenze (wir brauchen 2x Jahresauftragswert), Subunternehmer-Liste (bitte Rechenzentrumsstandorte ergänzen) und die DORA-Klauseln zu Exit-Strategie und Audit-Rechten."),
    ("me", "2025-10-28 11:00", "Vielen Dank, Frau Dr. Feldmann. Unser Anwalt Herr Berger meldet sich bis Freitag mit einem Gegenvorschlag, bei der Haftung sollten wir uns einigen können."),
], attachments={0: ATT + "elbmark-rahmenvertrag-anmerkungen.docx"})
ex.conv(G, "lawyer_esop", "de", "Startup-Anwalt zur ESOP-Vereinbarung und Kundenvertrag", [
    ("anwalt", "2025-10-29 09:00", "Hi Mareike, Elbmark-Anmerkungen habe ich gesehen. Haftung 2x ist marktüblich bei Versicherern, würde ich akzeptieren, aber Folgeschäden ausschließen. Separat: die VSOP-Vereinbarungen für die zwei neuen Engineers sind fertig, bitte noch prüfen."),
    ("me", "2025-10-29 09:45", "Danke Timo. Einverstanden mit dem Vorschlag. VSOP schaue ich heute Abend durch."),
])
ex.conv(G, "long_standing_colleague", "en", "former consulting colleague asks for advice; long-standing contact", [
    ("excol", "2025-07-30 19:00", "Mareike! Long time. One of my insurance clients is evaluating document extraction vendors and I honestly don't know how to compare accuracy claims. Can I buy you a coffee and pick your brain? Obviously Belegra would be on the list 😊"),
    ("me", "2025-07-30 19:40", "Grace!! Of course. The short answer: make every vendor run on the same 300 of your own documents. Long answer over coffee, next week?"),
    ("excol", "2025-07-30 19:45", "Next week, Wednesday at Roamers?"),
])
ex.conv(G, "owner_started_recruiting", "en", "she headhunts an engineer herself; candidate negotiates salary", [
    ("me", "2025-06-02 12:00", "Hi Lea, I enjoyed your talk on queue design at the Berlin Python meetup. We're a 10-person doc-AI startup for insurers and need a senior backend engineer who likes boring, reliable systems. Would you be open to a coffee?"),
    ("cand_lea", "2025-06-03 08:15", "Hi Mareike, thanks, that's kind. I'm not actively looking but happy to have a coffee. To be transparent, I'd need to be above €95k to move."),
    ("me", "2025-06-03 09:00", "Appreciate the transparency, that's in range for senior. Thursday at 9 near Moritzplatz?"),
    ("cand_lea", "2025-06-03 09:10", "Works!"),
])
ex.conv(G, "founder_group_chat", "mixed", "cohort founder group chat, German and English mixed", [
    ("grp_a", "2025-04-22 21:00", "Anyone else's enterprise customer asking for ISO 27001 before signing? We're 8 months away from certification"),
    ("grp_b", "2025-04-22 21:10", "Ja, bei uns auch. We did a bridge letter plus the pen test report, that was enough for them"),
    ("me", "2025-04-22 21:30", "Same here. Insurers additionally want DORA exit clauses. Ich kann euch unsere Vorlage schicken, die unser Anwalt gebaut hat."),
    ("grp_a", "2025-04-22 21:32", "Would be amazing, danke!"),
], title="Foundry Insure Cohort 7")
ex.conv(G, "customer_it_question", "de", "IT-Architekt des Kunden fragt zum On-Prem-Betrieb", [
    ("it_arch", "2025-07-14 14:30", "Hallo Frau Stahl, für die Architekturentscheidung: Läuft Belegra auch komplett ohne Internetzugang in unserem Rechenzentrum? Und welche GPU-Anforderungen haben Sie für 180k Dokumente/Jahr?"),
    ("me", "2025-07-14 15:10", "Hallo Herr Dittmer, ja, wir liefern Container-Images, die offline laufen, Modell-Updates kommen als signierte Pakete. Für das Volumen reicht eine L4 oder vergleichbar, ich lasse Ihnen von unserem CTO das Sizing-Dokument schicken."),
])
ex.conv(G, "investor_intro", "en", "investor intro leads to a large insurer contact", [
    ("vc_intro", "2025-11-20 18:00", "Hi Mareike, Jonas Adeyemi introduced us. We're looking at claims intake automation for our German and Austrian subsidiaries next year. Could you share a short overview and whether you've handled Austrian forms?"),
    ("me", "2025-11-21 08:30", "Hi Priya, thank you and thanks Jonas. Yes, Austrian forms are close to German for most claim types. Overview attached; happy to show a live demo on some of your documents."),
], attachments={1: ATT + "belegra-overview-2025.pdf"})
ex.conv(G, "customer_feedback", "de", "Keyuserin des Pilotkunden meldet Extraktionsfehler", [
    ("elb_fach", "2025-08-19 10:00", "Hallo Frau Stahl, kurze Rückmeldung aus der Sachbearbeitung: Bei Gutachten von einem bestimmten Sachverständigenbüro aus Bremen wird der Restwert immer als Reparaturkosten erkannt. Sonst sind wir echt begeistert, das Review-UI spart uns viel Klickerei!"),
    ("me", "2025-08-19 10:30", "Danke, Frau Petersen, super Hinweis! Können Sie mir 3-4 Beispiel-IDs schicken? Wir trainieren das bis nächste Woche nach."),
    ("elb_fach", "2025-08-19 10:45", "Schicke ich über das Ticketsystem, danke!"),
])
ex.conv(G, "vendor_credits_renewal", "en", "existing cloud vendor renews startup credits; genuine vendor", [
    ("cloud_am", "2025-06-10 09:15", "Hi Mareike, good news: since you closed your seed, you qualify for the next tier of our startup programme, 100k credits over 12 months. I just need a signed letter from your investor confirming the round."),
    ("me", "2025-06-10 10:00", "That's great, thanks Hannah! I'll ask Jonas for the letter today."),
])
ex.conv(G, "meetup_panel_invite", "en", "meetup organiser she knows invites her to a panel", [
    ("meetup", "2025-09-03 12:00", "Hey Mareike, we're doing a panel on 'LLMs vs. specialised models for documents' at the November meetup. You'd be perfect, you've been saying 'it depends' for years 😄 Interested?"),
    ("me", "2025-09-03 12:45", "Haha, it still depends. Count me in!"),
])
ex.conv(G, "vendor_price_change", "de", "Implementierungspartner verschickt neue Tagessätze", [
    ("si", "2026-01-07 09:30", "Hallo Mareike, frohes Neues! Kurz zur Info: unsere Tagessätze für Integrationsprojekte steigen ab Februar von 1.250 auf 1.350 €. Für das Elbmark-Projekt halten wir den alten Satz bis Projektende, wie vereinbart."),
    ("me", "2026-01-07 10:15", "Frohes Neues, Kerstin! Danke für die Info und dass Elbmark beim alten Satz bleibt."),
])
ex.conv(G, "mentor_advice", "en", "accelerator mentor advises on pricing and procurement", [
    ("mentor", "2025-10-23 20:00", "Saw your note about Elbmark pushing on price. Don't discount the per-document fee, give them a longer term or more volume instead. Once the unit price drops it never comes back. Call me tomorrow if you want to role-play the negotiation."),
    ("me", "2025-10-23 20:30", "That's exactly what I needed to hear. Calling you at 8."),
    ("me", "2025-10-23 20:31", "Sorry, 8:30, I have the school run."),
])
ex.conv(G, "research_grant_partner", "de", "Forschungsinstitut schlägt gemeinsamen Förderantrag vor", [
    ("fraun", "2025-11-26 15:00", "Hallo Frau Stahl, wir bereiten einen Antrag im KMU-innovativ-Programm zu robuster Dokumentenanalyse vor und suchen einen Anwendungspartner aus der Versicherungswirtschaft. Ihr Anteil wäre ca. 280.000 € über 3 Jahre, Förderquote für Sie 50 %. Interesse an einem Gespräch?"),
    ("me", "2025-11-26 16:30", "Hallo Herr Wehner, grundsätzlich ja. Die Eigenanteile müssen wir gut planen. Können wir im Januar sprechen?"),
    ("me", "2025-11-27 09:00", "Nachtrag: Mein CTO Yusuf Demir würde gern dabei sein."),
], drafts={2})
ex.conv(G, "candidate_offer", "en", "recruiter-sourced candidate accepts offer", [
    ("rec_tom", "2025-05-28 17:30", "Mareike, he's accepted! €96k + 0.25% VSOP, start 1 July. He asked if he can work from Munich the first two weeks while he moves."),
    ("me", "2025-05-28 17:45", "Fantastic! Yes, two weeks remote is fine. Thanks Tom, invoice whenever you're ready."),
])
ex.conv(G, "event_invite_real_contact", "de", "Innovation Manager des Pilotkunden lädt zum internen Innovationstag ein", [
    ("gl3", "2025-08-27 11:30", "Hallo Frau Stahl, am 25.09. haben wir unseren internen Innovationstag in Hamburg. Hätten Sie Lust, den Pilot zusammen mit Frau Petersen aus der Sachbearbeitung vorzustellen? 15 Minuten, danach Fragen. Anreise übernehmen wir."),
    ("me", "2025-08-27 12:10", "Hallo Herr Kühn, sehr gern! Gemeinsam mit Frau Petersen ist ideal, sie kann die Praxis viel besser erklären als ich."),
])

# ================================================================ WANTED PITCHES
ex.conv(W, "labelling_from_her_post", "en", "annotation vendor references her post on handwritten claim forms", [
    ("w_label", "2025-05-20 10:30", "Hi Mareike, your post on why accuracy on handwritten claim forms plateaus at 80% (checkbox fields and crossed-out amounts) was the most honest thing I've read on doc AI this year. Annotrix runs annotation teams in Lisbon who specialise in German insurance documents, and we handle exactly those edge cases with a two-pass review. If you need 5-10k labelled forms for the next training round, we could do a 500-doc test batch for free so you can check our agreement rates."),
    ("me", "2025-05-20 12:00", "Hi Ines, thanks! We do need more crossed-out amounts. Send me details on your data processing (GDPR, where the data lives)."),
])
ex.conv(W, "tax_advisor_from_talk", "de", "Steuerberaterin war bei ihrem Vortrag und bietet Forschungszulage an", [
    ("w_tax", "2025-10-14 09:00", "Guten Tag Frau Stahl, ich war beim InsurTech Forum in Ihrem Vortrag. Sie erwähnten, dass ein Drittel Ihres Teams an der Modellentwicklung für unstrukturierte Gutachten arbeitet. Das ist ziemlich sicher förderfähig über die Forschungszulage (25 % der Personalkosten, rückwirkend). Viele Startups wissen das nicht oder scheuen den Antrag. Wir machen das pauschal, ohne Erfolgsbeteiligung. Wollen wir in 20 Minuten prüfen, ob es passt?"),
])
ex.conv(W, "iso_from_site", "de", "ISO-Berater hat ihre Trust-Seite besucht und nennt DORA-Anforderungen", [
    ("w_iso", "2025-04-08 11:20", "Hallo Frau Stahl, auf Ihrer Website steht unter 'Sicherheit', dass Belegra 'auf dem Weg zur ISO 27001' ist. Bei Versicherern als Kunden kommen seit Januar zusätzlich die DORA-Anforderungen an IKT-Drittdienstleister dazu, und die Einkäufer fragen beides gleichzeitig ab. Wir begleiten Startups mit 10-30 Leuten in 6-9 Monaten zur Zertifizierung und bauen das DORA-Mapping direkt mit ein. Ein Erstgespräch kostet nichts."),
    ("me", "2025-04-08 13:00", "Hallo Herr Quast, das Timing ist tatsächlich gut. Was kostet so eine Begleitung ungefähr?"),
    ("w_iso", "2025-04-08 13:30", "Für Ihre Größe rechnen Sie mit 18-25k über das Projekt, plus Audit. Ich schicke Ihnen eine Übersicht."),
])
ex.conv(W, "recruiter_relevant_role", "en", "recruiter notices her ML role open for three months, has doc-AI candidates", [
    ("w_rec", "2025-07-08 15:45", "Hi Mareike, your ML Engineer (Document AI) role has been live since April, so I'm guessing the market is being difficult. We only place ML people and I currently have two candidates with layout-model experience (one from a German invoice-processing company, one ex-research at a Dutch university) who both want Berlin. I'm happy to work on a 15% fee and you only meet them if they've passed a technical screen I run with an ex-colleague from your field."),
])
ex.conv(W, "gpu_mutual_contact", "en", "EU GPU cloud introduced by her investor's name; sovereign hosting", [
    ("w_gpu", "2025-12-03 10:00", "Hi Mareike, Jonas Adeyemi mentioned you're renewing your cloud setup and that insurers keep asking about non-US hosting. We run GPU infrastructure in Norway and Frankfurt, owned and operated in the EU, no US parent. For your L4 workloads we'd be roughly 20% below list hyperscaler prices, and we sign the DORA addendum as standard. Happy to send a comparison for your current usage."),
    ("me", "2025-12-03 11:30", "Hi Lars, thanks, yes, send the comparison. Timing is good."),
])
ex.conv(W, "dno_from_register", "de", "Maklerin sah Kapitalerhöhung im Handelsregister; D&O für Startups", [
    ("w_dno", "2025-02-18 08:40", "Hallo Frau Stahl, Glückwunsch zur Finanzierungsrunde, die Kapitalerhöhung ist ja inzwischen im Handelsregister eingetragen. Mit Investoren im Beirat wird eine D&O-Versicherung meist Pflicht (steht oft im Beteiligungsvertrag), und Versicherer als Kunden verlangen zusätzlich eine Cyber- und Vermögensschadenhaftpflicht mit bestimmten Mindestsummen. Ich betreue ausschließlich Tech-Startups in Berlin und kann Ihnen alle drei Policen aus einer Hand anbieten. Soll ich Ihnen einen Vergleich machen?"),
])
ex.conv(W, "observability_from_job_ad", "en", "observability vendor read their stack in a job ad", [
    ("w_obs", "2025-08-26 17:20", "Hi Mareike, your backend job ad lists Kubernetes, Postgres, Celery and 'on-prem deployments at customers'. That last bit is painful to monitor because you can't ship telemetry to a SaaS. Tracewell has a self-hosted edition that runs inside the customer's cluster and exports only anonymised health metrics back to you. Two insurtechs in Munich use it for exactly this. Want a 30-min technical walkthrough with your CTO?"),
])
ex.conv(W, "ux_tried_product", "de", "Freelance-UX-Designer hat die Demo ausprobiert und nennt konkrete Probleme", [
    ("w_ux", "2025-09-09 21:00", "Hallo Frau Stahl, ich habe mir Ihre öffentliche Demo angeschaut. Das Extraktionsergebnis ist beeindruckend, aber im Review-Screen springt der Fokus nach jeder Korrektur zurück ans erste Feld, und die Konfidenzfarben (rot/grün) sind für farbenblinde Sachbearbeiter kaum unterscheidbar. Bei hunderten Belegen am Tag macht das viel aus. Ich arbeite seit 6 Jahren an Fachanwendungen für Versicherer und würde Ihnen gern einen kurzen Review-Report mit Vorschlägen machen, 2 Tage Aufwand zum Festpreis."),
    ("me", "2025-09-10 08:15", "Hallo Herr Ortmann, der Fokus-Bug ist uns bekannt, das mit den Farben nicht. Danke! Lassen Sie uns sprechen."),
])
ex.conv(W, "pr_from_press", "de", "PR-Agentur bezieht sich auf den Artikel über die Finanzierungsrunde", [
    ("w_pr", "2025-02-12 10:10", "Liebe Frau Stahl, ich habe den Tech-Quarter-Artikel über Ihre Runde gelesen. Auffällig war, dass Ihre Kunden nur anonym zitiert wurden. Wir machen seit 8 Jahren PR für InsurTechs und wissen, wie man Versicherer zu Referenzen bewegt (Fachpresse wie Versicherungsmagazine, gemeinsame Fallstudien, Fachkongresse). Darf ich Ihnen zeigen, wie wir das für einen Kfz-Schaden-Anbieter gemacht haben?"),
])
ex.conv(W, "lawyer_from_post", "de", "Aufsichtsrechtler bezieht sich auf ihren Post über Lieferantenfragebögen", [
    ("w_dora", "2025-06-24 18:30", "Hallo Frau Stahl, Ihr Post über den 340-Fragen-Lieferantenfragebogen eines Versicherers hat mich schmunzeln lassen, weil ich die Dinger auf der anderen Seite mitschreibe. Kleiner Tipp: Viele Fragen lassen sich mit einem einmal sauber aufgesetzten DORA-Informationspaket beantworten. Ich erstelle das für Dienstleister pauschal und es lässt sich für jeden Kunden wiederverwenden. Falls hilfreich, schicke ich Ihnen ein anonymisiertes Beispiel."),
])
ex.conv(W, "sales_consultant_mutual", "en", "fractional sales consultant mentions Kerstin Maaß and names their sales gap", [
    ("w_sales", "2025-11-13 09:00", "Hi Mareike, thanks for connecting. Kerstin Maaß from Vireo said you're doing all enterprise sales yourself while running the company. I spent 12 years selling claims software to German and Austrian insurers and now work fractionally (2 days/week) for early-stage companies. I could take procurement cycles like Elbmark's off your plate. Happy to share references."),
    ("me", "2025-11-13 12:00", "Hi Richard, Kerstin mentioned you. Let's talk in December."),
])
ex.conv(W, "synthetic_data_tools", "en", "synthetic data founder references her public benchmark repository", [
    ("w_synth", "2025-10-01 11:40", "Hi Mareike, I saw Belegra's open benchmark repo with 400 anonymised German claim forms. Nice work, and I noticed the issue where people ask for more damage-report variants. We generate synthetic insurance documents with realistic scan noise and stamps, German and Austrian formats. We could produce a 5k-document extension of your benchmark at cost if we can cite it. Interested?"),
])

# ================================================================ JUNK
ex.conv(J, "generic_dev_outsourcing", "en", "generic offshore development pitch", [
    ("j_dev", "2025-06-04 05:00", "Hi Mareike,\n\nHope you are doing well. We are a leading software development company with 300+ developers in AI, ML, web and mobile. We help startups build MVPs at 60% lower cost. Can we schedule a call to discuss your requirements?\n\nRegards,\nArvind"),
])
ex.conv(J, "generic_lead_gen", "en", "generic lead generation pitch", [
    ("j_lead", "2025-07-15 16:00", "Hey Mareike, we book 15-20 qualified demos per month for B2B SaaS founders through multichannel outbound. Pay per meeting. Worth a chat?"),
])
ex.conv(J, "off_topic_office_plants", "de", "themenfremd: Büropflanzen", [
    ("j_plant", "2025-04-15 10:00", "Hallo Frau Stahl, wie grün ist Ihr Büro? Wir bringen Pflanzen, Moosbilder und Pflege-Service in Berliner Büros. Jetzt im Frühling: erster Monat kostenlos!"),
])
ex.conv(J, "off_topic_bike_leasing", "de", "themenfremd: Dienstrad-Leasing", [
    ("j_bike", "2025-05-06 08:00", "Hallo Mareike, bieten Sie Ihren Mitarbeitenden schon Dienstradleasing an? Mit RadDienst ist das für Arbeitgeber kostenneutral. Ich zeige Ihnen gern in 10 Minuten, wie es funktioniert."),
])
ex.conv(J, "offers_her_own_product", "en", "IDP vendor pitches her the exact thing she sells", [
    ("j_idp", "2025-09-17 15:30", "Hi Mareike, still processing documents manually? DocuMind AI extracts data from invoices, contracts and forms with 99% accuracy, no training required. Insurers, banks and logistics companies trust us. Can I show you a 20-minute demo?"),
])
ex.conv(J, "capacity_new_clients", "en", "'do you have capacity for new clients?'", [
    ("j_cap", "2025-08-12 13:15", "Hi Mareike, quick question: does Belegra have capacity to onboard 5-10 new enterprise clients next quarter? If yes, we'd love to show you how we fill founders' calendars with decision makers."),
])
ex.conv(J, "like_minded_founders", "de", "'als gleichgesinnte Gründer vernetzen'", [
    ("j_gleich", "2025-08-04 09:00", "Hi Mareike, super, dass wir jetzt vernetzt sind! Ich liebe es, mich mit gleichgesinnten Gründerinnen auszutauschen. Lass uns gern mal schauen, wie wir gegenseitig Mehrwert schaffen können. Wann passt dir ein Call?"),
])
ex.conv(J, "quick_15_min_call", "en", "'quick 15 minute call' with no context", [
    ("j_15", "2025-10-21 22:30", "Hi Mareike, do you have 15 minutes for a quick call this week? I have an idea that could help Belegra hit its revenue targets faster. Thursday or Friday?"),
])
ex.conv(J, "connect_then_pitch", "de", "Connect-then-pitch: Smalltalk, dann Cloud-Beratung", [
    ("j_ctp1", "2025-09-22 08:30", "Guten Morgen Frau Stahl, danke für die Vernetzung! Spannend, was Sie bei Belegra machen."),
    ("j_ctp1", "2025-09-24 08:32", "Darf ich fragen: Wie hoch ist eigentlich Ihre monatliche Cloud-Rechnung? Wir senken Cloud-Kosten bei Startups im Schnitt um 35 %, rein erfolgsbasiert. Kurzer Call nächste Woche?"),
])
ex.conv(J, "connect_then_pitch", "en", "connect-then-pitch after owner replied: talent platform", [
    ("j_ctp2", "2025-10-13 09:00", "Hi Mareike! Thanks for accepting. Are you going to the Tech Open Air thing this year?"),
    ("me", "2025-10-13 10:30", "Hi Amelia, probably not this year, too much going on."),
    ("j_ctp2", "2025-10-13 10:35", "Totally get it! Speaking of busy - we help startups hire engineers in 2 weeks through our pre-vetted talent pool in Eastern Europe. Want me to send some profiles?"),
])
ex.conv(J, "connect_then_pitch", "de", "Connect-then-pitch: Finanzcoaching in Nachricht 3", [
    ("j_ctp3", "2025-06-30 07:00", "Hallo Mareike, schön, dass wir vernetzt sind 😊"),
    ("j_ctp3", "2025-07-01 07:10", "Wie geht es dir als Gründerin gerade so, alles im Griff?"),
    ("j_ctp3", "2025-07-03 07:15", "Viele Gründerinnen vergessen bei all dem Stress ihre eigene Altersvorsorge. Ich habe ein spezielles Konzept für Startup-Gründerinnen entwickelt. Lust auf ein kostenloses Erstgespräch?"),
])
ex.conv(J, "connect_then_pitch", "en", "connect-then-pitch: pitch-deck service", [
    ("j_ctp4", "2026-01-19 08:00", "Hey Mareike, great to connect! Saw you're in insurtech, such a hot space right now."),
    ("j_ctp4", "2026-01-21 08:05", "Are you raising in 2026? We design investor decks that raised over $400M for our clients. Packages from $3,900. Happy to review your current deck for free!"),
])
ex.conv(J, "follow_up_bump", "en", "data entry outsourcing plus two bumps", [
    ("j_bump1", "2025-05-13 04:30", "Dear Mareike, we provide data entry, document processing and back-office services for insurance companies at very competitive rates. 24/7 service with 99.5% accuracy. Kindly let me know your requirements."),
    ("j_bump1", "2025-05-20 04:30", "Dear Mareike, just following up on my previous message."),
    ("j_bump1", "2025-05-29 04:30", "Dear Mareike, I understand you're busy. Shall I close your file?"),
])
ex.conv(J, "follow_up_bump", "de", "Büroflächen-Maklerin mit Nachfass", [
    ("j_bump2", "2025-11-04 11:00", "Hallo Frau Stahl, Ihr Team wächst, passt das Büro noch? Wir haben aktuell attraktive Flächen in Kreuzberg und Mitte zwischen 200 und 500 qm. Ich stelle Ihnen gern eine Auswahl zusammen."),
    ("j_bump2", "2025-11-13 11:00", "Hallo Frau Stahl, ich wollte kurz nachhaken, ob Interesse an einer Besichtigung besteht."),
])
ex.conv(J, "template_multi_sender", "en", "shared template 1/5: 'congrats on the raise, we help post-seed startups'", [
    ("j_t1", "2025-02-06 14:00", "Hi Mareike, congrats on the recent raise! Exciting times for Belegra. We help post-seed startups scale their go-to-market so the next round comes faster. Would you be open to a quick chat next week?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 2/5 with different fill", [
    ("j_t2", "2025-02-07 09:20", "Hi Mareike, congrats on the seed round! Exciting times for you and the team. We help post-seed founders build a repeatable sales engine so the Series A comes faster. Open to a quick chat next week?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 3/5, slightly reworded", [
    ("j_t3", "2025-02-10 16:45", "Hey Mareike - congrats on the funding news! Exciting times ahead for Belegra. We help newly funded startups set up finance and ops so scaling doesn't break things. Would a short chat next week make sense?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 4/5 with a bump", [
    ("j_t4", "2025-02-12 11:00", "Hi Mareike, congrats on the recent raise! Exciting times for the Belegra team. We help post-seed startups hire their first 10 salespeople faster. Would you be open to a quick chat next week?"),
    ("j_t4", "2025-02-19 11:00", "Hi Mareike, floating this back up - still open to a chat?"),
])
ex.conv(J, "template_multi_sender", "de", "gleiche Vorlage 5/5 auf Deutsch", [
    ("j_t5", "2025-02-13 10:30", "Hallo Mareike, Glückwunsch zur aktuellen Finanzierungsrunde! Spannende Zeiten für Belegra. Wir helfen Startups nach der Seed-Runde, ihren Vertrieb zu skalieren, damit die nächste Runde schneller kommt. Hättest du nächste Woche Zeit für einen kurzen Austausch?"),
])
ex.conv(J, "merge_tag_failure", "en", "merge tag {first_name} unfilled", [
    ("j_mt1", "2025-03-25 17:00", "Hi {first_name}, loved your recent post about {topic}! We help {industry} companies like {company} book more meetings. Open to a quick chat?"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter {{Vorname}} und [Firma] nicht ersetzt", [
    ("j_mt2", "2025-06-11 09:45", "Hallo {{Vorname}}, als Geschäftsführerin von [Firma] kennen Sie das: Die Post stapelt sich. Unser digitaler Postservice scannt Ihre Briefe und stellt sie online bereit. Darf ich Ihnen ein Angebot schicken?"),
])
ex.conv(J, "merge_tag_failure", "en", "wrong name in greeting", [
    ("j_mt3", "2025-08-28 13:00", "Hi Melanie, as CTO at Belegra you're probably thinking about zero trust. SecureStack protects your endpoints with AI-powered threat detection. Can I send a short deck?"),
])
ex.conv(J, "merge_tag_failure", "de", "falsche Firma und Rolle eingesetzt", [
    ("j_mt4", "2025-12-09 15:20", "Hallo Frau Stahl, als Head of Finance bei der Elbmark Versicherung AG suchen Sie sicher erfahrene Controller. Wir haben aktuell drei hervorragende Kandidaten verfügbar. Wann können wir sprechen?"),
])
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail from a business account provider", [
    ("j_sp1", "2025-07-01 12:00", "<p>Hi Mareike,</p><p>Startups on Vaultline get <strong>4&#37; interest</strong> on idle cash and virtual cards for the whole team.</p><p><a href=\"https://vaultline.example\">Open your account</a></p>"),
], title="Sponsored Conversation", subject="Make your runway last longer")
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail eines Cloud-Anbieters", [
    ("j_sp2", "2025-11-10 12:00", "<p>Hallo Mareike,</p><p>KI-Workloads DSGVO-konform in Deutschland hosten: <b>Datenhafen Cloud</b> bietet GPU-Instanzen ab 0,89&nbsp;€/Std.</p><p>Jetzt 300&nbsp;€ Startguthaben sichern.</p>"),
], title="Sponsored Conversation", subject="300 € Startguthaben")
ex.conv(J, "paid_award", "en", "paid 'award' asking for a fee", [
    ("j_award", "2025-09-30 10:00", "Dear Mareike,\n\nWe are delighted to inform you that Belegra has been selected as a winner of the European Innovation Awards 2025 in the AI category. To receive your trophy, certificate and the winner's media package, please complete the registration and the administrative fee of €1,190.\n\nWarm regards,\nVictoria"),
])
ex.conv(J, "paid_podcast_slot", "de", "Podcast-Gastauftritt gegen Gebühr", [
    ("j_pod", "2025-04-29 19:00", "Hey Mareike! Wir würden dich gern in unserem Podcast 'Gründergeflüster' vorstellen (über 20.000 Hörer). Für die Produktion, Schnitt und Social-Media-Clips berechnen wir einen Kostenbeitrag von 590 €. Hast du Lust?"),
])
ex.conv(J, "paid_speaking_slot", "en", "pay-to-speak summit slot", [
    ("j_summit", "2025-05-27 13:30", "Hi Mareike, we'd love to have you as a speaker at the Global AI Leaders Summit in Dubai. Speaking packages (keynote slot, stage branding, VIP dinner) start at $4,500. Only 3 slots left in the fintech track!"),
])
ex.conv(J, "fluent_named_generic", "en", "fluent pitch naming Belegra that could go to anyone", [
    ("j_named", "2025-12-16 10:00", "Hi Mareike, Belegra is clearly on an exciting growth trajectory, and that's exactly why I'm reaching out. Flowgrid helps fast-growing teams like Belegra align goals, projects and people in one place. Teams similar to Belegra report 30% faster execution within a quarter. Would it make sense to explore how Flowgrid could support Belegra's plans for 2026?"),
])
ex.conv(J, "generic_recruiter", "en", "generic staffing pitch; counterpart of the tailored ML recruiter", [
    ("j_rec", "2025-07-22 15:00", "Hi Mareike, hiring? Apex Staffing Solutions fills tech, sales and admin roles across Europe in under 21 days. No placement, no fee. Let me know your open positions!"),
])
ex.conv(J, "generic_iso", "de", "generische ISO-Zertifizierung; Gegenstück zum ISO-Berater", [
    ("j_iso", "2025-04-10 08:30", "Sehr geehrte Damen und Herren, ISO 9001, ISO 14001, ISO 27001 - wir zertifizieren Sie schnell und günstig, Garantie auf Bestehen! Jetzt unverbindliches Angebot anfordern."),
])
ex.conv(J, "generic_cloud", "en", "generic cloud consultant; counterpart of the tailored GPU vendor", [
    ("j_cloud", "2025-12-05 06:00", "Hello Mareike, are you overpaying for AWS, Azure or GCP? Our certified cloud experts reduce bills by up to 50%. Free assessment available this month."),
])
ex.conv(J, "generic_business_insurance", "de", "generische Gewerbeversicherung; Gegenstück zur D&O-Maklerin", [
    ("j_dno", "2025-03-04 12:00", "Hallo Frau Stahl, ist Ihr Unternehmen richtig abgesichert? Vergleichen Sie jetzt über 50 Gewerbeversicherungen und sparen Sie bis zu 40 %. Ein Klick genügt!"),
])
ex.conv(J, "generic_pr", "en", "generic PR pitch; counterpart of the tailored PR agency", [
    ("j_pr", "2025-02-20 17:00", "Hi Mareike, want to be featured in Forbes, TechCrunch and Business Insider? Our PR packages guarantee at least 5 top-tier placements within 60 days. Let's talk!"),
])
ex.conv(J, "fundraising_fee", "en", "fundraising consultant asking for an upfront retainer", [
    ("j_fund", "2025-03-18 09:00", "Dear Mareike, we have helped 200+ startups close their rounds by putting them in front of our network of 1,500 investors. For a monthly retainer of €2,500 we handle your investor outreach end to end. Shall we schedule an intro call?"),
])
ex.conv(J, "fake_investor_fee", "en", "'investor' interested but requires a due-diligence fee", [
    ("j_fakevc", "2025-10-07 07:40", "Hi Mareike, Horizon Peak Capital is interested in investing $2-5M in Belegra. To proceed to term sheet, we require a standard due-diligence processing fee of $3,000. Please let me know when you are available."),
])
ex.conv(J, "generic_labelling", "de", "generische Datenannotation; Gegenstück zum Annotationsanbieter", [
    ("j_label", "2025-05-22 03:50", "Hallo, wir bieten Datenannotation für alle KI-Projekte: Bilder, Texte, Audio, Video. Günstigste Preise, schnelle Lieferung. Bitte teilen Sie uns Ihren Bedarf mit."),
])
ex.conv(J, "off_topic_web3", "de", "themenfremd: Tokenisierung/Web3", [
    ("j_token", "2025-08-19 20:00", "Hey Mareike, hast du schon mal über die Tokenisierung deines Startups nachgedacht? Mit TokenBridge kannst du Kapital von einer globalen Community einsammeln, ganz ohne VCs. Lass uns quatschen!"),
])

ex.write(OUT,
         profile={"First Name": "Mareike", "Last Name": "Stahl",
                  "Headline": "Co-Founder & CEO at Belegra | Document AI for insurers | Claims automation",
                  "Summary": "Belegra extracts data from claims documents, expert reports and medical invoices so insurers can process claims without retyping. 12 people in Berlin-Kreuzberg. Before: consultant for insurance IT, ML at TU Berlin.",
                  "Industry": "Software Development", "Zip Code": "10969",
                  "Geo Location": "Berlin, Germany",
                  "Websites": "[COMPANY:belegra.de]"},
         positions=[{"Company Name": "Belegra GmbH", "Title": "Co-Founder & CEO",
                     "Description": "Document extraction for insurers: claims, expert reports, medical invoices.",
                     "Location": "Berlin", "Started On": "Mar 2023", "Finished On": ""},
                    {"Company Name": "Halden & Price Consulting", "Title": "Senior Consultant, Insurance IT",
                     "Description": "", "Location": "Hamburg", "Started On": "Jan 2018", "Finished On": "Feb 2023"}],
         skills=["Document AI", "Machine Learning", "Insurance", "Claims Management", "Enterprise Sales",
                 "Fundraising", "Python"])
print(ex.summary())

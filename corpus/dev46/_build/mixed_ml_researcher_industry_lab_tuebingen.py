"""dev46 persona 3: Dr. Johanna Wiedemeyer, senior research scientist (probabilistic ML,
uncertainty quantification) at the industry lab Neckarlight Research in Tübingen.
2026 export layout, German and English about half/half. Written blind, session 5."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-ml-researcher-industry-lab-tuebingen"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Johanna Wiedemeyer", "https://www.linkedin.com/in/johanna-wiedemeyer-ml",
               "Neckarlight Research", "Senior Research Scientist")
e = Export(SLUG, "2026", owner)
P = e.person

# ---------------------------------------------------------------- people: genuine contacts
P("collab", "Prof. Daniel Okafor", "University of Tübingen", "Professor of Machine Learning",
  connected="2019-11-04")
P("phd1", "Moritz Haag", "University of Tübingen / Neckarlight", "PhD Student", connected="2023-10-02")
P("intern_appl", "Priyanka Raman", "University of Edinburgh", "PhD Student")
P("organiser", "Dr. Elena Marchetti", "Politecnico di Milano", "Assistant Professor", connected="2021-07-20")
P("wsorg", "Dr. Kwame Asante", "University of Amsterdam", "Postdoc", connected="2022-12-09")
P("cloud", "Stefan Rieger", "Schwarzwald Cloud GmbH", "Key Account Manager", connected="2023-03-15")
P("gpuvendor", "Laura Feng", "Helix Compute Systems", "Enterprise Sales EMEA", connected="2024-05-06")
P("recruit", "Bettina Kögel", "Kögel Tech Talent", "Personalberaterin",
  connected="2025-09-01", invite=("OUT", "2025-09-01 09:40", "Hallo Frau Kögel, wir suchen eine:n Research Engineer, können wir sprechen?"))
P("appl", "Felix Mürdter", "Bosch Center for AI", "Werkstudent")
P("journo_de", "Cornelia Saur", "Neckar-Bote", "Redakteurin Wissenschaft")
P("journo_en", "Adam Kowalski", "The Gradient Weekly", "Staff Writer")
P("mittelstand", "Jürgen Holzwarth", "Holzwarth Präzisionsteile GmbH", "Leiter Qualitätssicherung")
P("licensee", "Megan O'Leary", "Fathom Diagnostics Inc.", "VP Engineering")
P("peer", "Prof. Sabine Hägele", "Universität Stuttgart", "Professorin für Statistisches Lernen",
  connected="2020-02-14")
P("speaker", "Prof. Rafael Dominguez", "University of Cambridge", "Professor", connected="2024-06-18")
P("excol", "Dr. Anja Renz", "Max-Planck-Institut (ehemals)", "Data Scientist", connected="2018-05-22")
P("congr1", "Dr. Tomás Ferreira", "INRIA", "Research Scientist", connected="2022-04-11")
P("congr2", "Katrin Steimle", "Neckarlight Research", "Research Engineer", connected="2024-01-08")
P("congr3", "Dr. Hyun-woo Park", "KAIST", "Postdoc", connected="2025-06-02")
P("msc", "Lara Schäfer", "Universität Tübingen", "M.Sc. Informatik")
P("advisor", "Prof. Martin Lindgren", "ETH Zürich", "Professor", connected="2016-03-01")
P("kit", "Simon Bäuerle", "Trumpf", "Software Architect", connected="2012-10-15")
P("lead", "Dr. Tobias Krämer", "Neckarlight Research", "Head of Research", connected="2022-09-01")
P("colleague", "Nadia Benali", "Neckarlight Research", "Research Scientist", connected="2023-02-20")
P("meetup", "Philipp Gänzle", "Neckar AI Meetup", "Organisator", connected="2021-05-30")
P("editor", "Dr. Ingrid Solberg", "Transactions on Probabilistic Learning", "Action Editor",
  connected="2020-09-09")
P("visitor", "Arjun Nair", "IISc Bangalore", "PhD Student")
P("rg1", "Leonie Walz", "Universität Tübingen", "Postdoc", connected="2024-04-03")
P("rg2", "Ben Osei", "Neckarlight Research", "Research Scientist", connected="2024-04-05")
P("labeling", "Dominik Frey", "Sorgfalt Annotation GmbH", "Projektleiter", connected="2024-02-12")
P("exintern", "Chloé Garnier", "Mistral Valley Labs", "ML Engineer", connected="2023-09-30")
P("partner", "Dr. Heiko Renner", "Ostalb Automotive Systems", "Leiter Vorentwicklung",
  connected="2024-07-10")
P("local", "Giulia Romano", "AISTATS 2026 Local Organisation", "Local Chair", connected="2026-01-12")
P("dsb", "Martina Kuhn", "Neckarlight Research", "Datenschutzbeauftragte", connected="2022-10-01")
P("oss", "Sam Whitaker", "", "Software Engineer")
P("unikoll", "Prof. Ulrike Brenner", "Universität Tübingen", "Professorin für Informatik",
  connected="2021-01-19")

# ---------------------------------------------------------------- people: wanted pitches
P("sweep", "Noah Lindqvist", "Gridsweep", "Co-founder")
P("annot", "Dr. Sarah Albrecht", "RadioLabel", "Head of Medical Annotation")
P("docs", "Ines Carvalho", "", "Freelance Technical Writer")
P("gpucloud", "Mikael Berg", "Fjordcompute", "Research Partnerships")
P("freelance", "Yusuf Demirci", "", "Freelance Research Engineer")
P("foerder", "Claudia Vetter", "Vetter Projektbüro", "Beraterin Forschungsförderung")
P("slurm", "Rachel Stein", "Queuewise", "Solutions Engineer")
P("recr2", "Andreas Maurer", "Maurer Executive Search", "Partner")
P("scicomm", "Olivia Grant", "Lumen Science Media", "Producer")
P("venue", "Sophie Kienle", "Hotel am Schloss Tübingen", "Veranstaltungsverkauf")
P("figures", "Paula Ostertag", "", "Wissenschaftliche Illustratorin")
P("dataset", "Ethan Brooks", "Consensus Data", "Data Partnerships")

# ---------------------------------------------------------------- people: junk
P("tpl1", "Jake Morrison", "CloudTrim", "Account Executive")
P("tpl2", "Aisha Rahman", "SpendLens AI", "SDR")
P("tpl3", "Carlos Mendes", "OptiCompute", "Growth Lead")
P("tpl4", "Hendrik Lutz", "Kostenwolke", "Vertrieb")
P("tpl5", "Emily Tran", "BillWise Cloud", "Founder")
P("merge1", "Brandon Fisk", "DataDrive Solutions", "BDR")
P("merge2", "Selina Hartmann", "KI-Vermittlung24", "Vertrieb")
P("merge3", "Omar Siddiqui", "ModelMint", "Sales")
P("merge4", "Greg Patton", "TalentStack", "Recruiter")
P("spon1", "Voltgrid Cloud", "", "", url="https://www.linkedin.com/company/voltgrid-cloud")
P("spon2", "Institute of Executive AI Leadership", "", "", url="https://www.linkedin.com/company/exec-ai-leadership")
P("spon3", "Fintora Bank", "", "", url="https://www.linkedin.com/company/fintora-bank")
P("award", "Victoria Lang", "Global AI Women Awards", "Nominations Team")
P("journal", "Dr. Kevin Hale", "International Journal of Advanced AI Research", "Editorial Office")
P("summit", "Marcus Weber", "Future AI Summit Berlin", "Speaker Relations")
P("offshore", "Rohan Gupta", "AnnotateNow", "Business Development")
P("consult", "Lisa Ammann", "KI-Boost Beratung", "Geschäftsführerin")
P("capacity", "Timo Reich", "FreelanceAI Hub", "Talent Lead")
P("likeminded", "Derek Stone", "Stone Ventures", "Founder | Investor | Dreamer")
P("fifteen", "Hannah Becker", "Datavault", "Account Executive")
P("ctp1", "Lukas Pfister", "Pfister Vermögensberatung", "Finanzberater",
  connected="2026-02-09", invite=("IN", "2026-02-09 07:40", "Hallo Johanna, gerne würde ich mich mit Ihnen vernetzen!"))
P("ctp2", "Jessica Moore", "PitchPerfect Decks", "Founder",
  connected="2026-05-18", invite=("IN", "2026-05-18 14:10", ""))
P("ctp3", "Florian Sauter", "LabOps Cloud", "Enterprise Sales",
  connected="2026-09-07", invite=("IN", "2026-09-07 10:05", "Servus aus Stuttgart!"))
P("bump1", "Nina Petrov", "Vectorly", "Sales Development")
P("bump2", "Matthias Ebner", "Rechenkraft Leasing", "Vertrieb")
P("fluent", "Charlotte Hughes", "Apex Insight Partners", "Principal")
P("gengpu", "Ryan Cho", "CheapGPU.io", "Growth")
P("genlabel", "Maria Santos", "LabelFactory", "Sales Executive")
P("genrecr", "Kevin Wagner", "IT-Karriere Direkt", "Recruiter")
P("gendocs", "Arnav Shah", "WebDevPro", "Sales Manager")
P("genmlops", "Tyler Reed", "PipelineHQ", "SDR")
P("crypto", "Max Hoffmann", "Quantum Profit AI", "Partner")
P("crm", "Jenny Albers", "SalesPilot AI", "Account Executive")
P("visa", "Robert Chen", "Chen Immigration Law", "Attorney")
P("ghost", "Kim Schuster", "Thought Leader Studio", "LinkedIn Ghostwriterin")
P("podcast", "Dennis Kurz", "KI-Macher Podcast", "Host")
P("immo", "Sandra Berghof", "Berghof Kapitalanlagen", "Beraterin")
P("cowork", "Yannick Mohr", "Flexdesk Tübingen", "Community Manager")


def c(label, category, language, note, messages, **kw):
    return e.conv(label, category, language, note, messages, **kw)


# ================================================================== GENUINE
c("genuine", "academic_collaborator_deadline", "en", "long-time academic collaborator, paper draft before deadline", [
    ("collab", "2026-01-20 22:15", "Johanna, draft v3 attached. I rewrote section 4 but the calibration table still shows the old numbers. Can Moritz rerun ECE with 15 bins, not 10? Reviewers last time complained."),
    ("me", "2026-01-21 07:40", "Yes, I'll ask him today. Also I think Theorem 2 needs the Lipschitz assumption stated explicitly, otherwise R2 from last time will eat us alive."),
    ("collab", "2026-01-21 08:05", "Fair. Add it, I'll proofread tonight. 8 days left 🙃"),
    ("me", "2026-01-27 23:50", "Final numbers are in. ECE improved slightly with 15 bins, table updated. Submitting tomorrow at 10 unless you object."),
    ("collab", "2026-01-28 07:10", "No objection. Great work."),
], attachments={0: "https://www.linkedin.com/dms/draft_v3_calib.pdf"})
c("genuine", "phd_student_supervision", "de", "Doktorand, den sie mitbetreut: Experimente und GPU-Kontingent", [
    ("phd1", "2026-03-04 18:30", "Hallo Johanna, die Ensemble-Läufe auf ImageNet-C divergieren ab Seed 3 komplett. Ich glaub, es liegt am Warmup. Außerdem ist mein GPU-Kontingent für März fast aufgebraucht, kann ich bei Tobias mehr beantragen?"),
    ("me", "2026-03-04 19:05", "Hi Moritz, schick mir mal die Loss-Kurven. Warmup auf 5 Epochen hoch und LR halbieren, dann schauen wir. Wegen Kontingent: ja, schreib Tobias, ich sag ihm, dass es für die ICML-Rebuttal-Experimente ist."),
    ("phd1", "2026-03-04 19:12", "Danke, mach ich!"),
])
c("genuine", "internship_applicant", "en", "PhD student applies for a research internship", [
    ("intern_appl", "2026-02-11 10:20", "Dear Dr. Wiedemeyer, I'm a 3rd-year PhD student at Edinburgh working on conformal prediction under distribution shift. I read your paper on calibration under label noise and would love to apply for a summer internship at Neckarlight. Is there a specific process, or should I send my CV to you directly?"),
    ("me", "2026-02-11 13:45", "Dear Priyanka, thanks for reaching out! Please apply via the careers page (Research Intern, Probabilistic ML) and mention my name. Deadline is March 1. Your topic fits very well."),
    ("intern_appl", "2026-02-11 14:00", "Thank you, will do today!"),
])
c("genuine", "conference_organiser_invite", "en", "workshop organiser invites her as area chair", [
    ("organiser", "2026-04-02 09:00", "Hi Johanna, we're running the Uncertainty in Deep Learning workshop again at NeurIPS. Would you serve as area chair? It's about 12 papers, reviews due mid-September."),
    ("me", "2026-04-02 16:20", "Hi Elena, happy to. Please cap me at 12, September is brutal this year."),
    ("organiser", "2026-04-02 16:35", "Promise. Thank you!!"),
])
c("genuine", "review_request", "en", "co-organiser asks her to review three workshop papers", [
    ("wsorg", "2026-09-03 11:11", "Hey Johanna, sorry for the late ask: could you take 3 emergency reviews for the Bayesian Deep Learning workshop? Two reviewers dropped out. Due Sept 15."),
    ("me", "2026-09-03 12:00", "Okay, but only if at least one is about calibration 😄 Send them over."),
    ("wsorg", "2026-09-03 12:05", "Two of them are. You're a hero."),
])
c("genuine", "existing_vendor_price_change", "de", "bestehender Cloud-Anbieter kündigt Preisänderung für reservierte GPUs an", [
    ("cloud", "2026-06-15 10:00", "Hallo Frau Wiedemeyer, vorab persönlich: Zum 1. September passen wir die Preise für reservierte H100-Instanzen an, von 2,10 auf 2,35 Euro pro GPU-Stunde. Ihr laufender Rahmenvertrag bis Ende Januar bleibt davon unberührt. Für die Verlängerung kann ich Ihnen bei 24 Monaten Laufzeit 2,15 Euro anbieten. Sollen wir im Juli dazu telefonieren?"),
    ("me", "2026-06-15 14:30", "Danke für die frühe Info, Herr Rieger. Ja, gern im Juli, bitte mit Tobias Krämer zusammen, der entscheidet das Budget."),
    ("cloud", "2026-06-15 14:45", "Gern, ich schlage Ihnen beiden Termine vor."),
])
c("genuine", "owner_started_vendor_quote", "en", "she requested a GPU server quote; vendor replies with delay and new price", [
    ("me", "2026-04-20 09:30", "Hi Laura, could you update the quote for the two 8-GPU nodes from March? We'd like delivery before August."),
    ("gpuvendor", "2026-04-21 08:15", "Hi Johanna, updated quote attached. Unfortunately memory prices went up, so the total is about 6% higher (EUR 612k instead of 578k). Lead time is currently 10 weeks, so ordering by mid-May gets you delivery in late July."),
    ("me", "2026-04-21 10:00", "Thanks. I'll forward it to procurement today. Can you hold the price until May 15?"),
    ("gpuvendor", "2026-04-21 10:20", "Yes, valid until May 15."),
], attachments={1: "https://www.linkedin.com/dms/quote_helix_2x8_rev2.pdf"})
c("genuine", "recruiter_she_engaged", "de", "Personalberaterin, die sie selbst beauftragt hat: Honorar und Kandidaten", [
    ("me", "2025-09-01 09:45", "Hallo Frau Kögel, danke fürs Vernetzen. Wir suchen eine:n Research Engineer (JAX/PyTorch, verteiltes Training) in Tübingen. Wie sind Ihre Konditionen?"),
    ("recruit", "2025-09-02 08:30", "Hallo Frau Wiedemeyer, gern! Mein Honorar liegt bei 22 % des ersten Jahresgehalts, fällig bei Vertragsunterschrift, mit 3 Monaten Nachbesetzungsgarantie. Ich habe zwei Kandidaten im Kopf, einer sitzt sogar schon in Reutlingen."),
    ("me", "2025-09-02 09:10", "22 % ist ok, das hat unsere HR so freigegeben. Schicken Sie mir bitte die Profile."),
    ("recruit", "2025-09-05 16:00", "Profile sind per Mail unterwegs. Herr M. wäre ab Januar verfügbar."),
])
c("genuine", "job_applicant", "de", "Bewerber für Research-Engineer-Stelle", [
    ("appl", "2025-10-14 20:10", "Hallo Frau Wiedemeyer, ich habe mich auf die Research-Engineer-Stelle beworben und wollte kurz nachfragen, ob Remote-Anteile möglich sind. Ich wohne in Stuttgart und hab zwei kleine Kinder. Viele Grüße, Felix Mürdter"),
    ("me", "2025-10-15 08:30", "Hallo Herr Mürdter, zwei Tage remote pro Woche sind bei uns Standard, mehr nach Absprache. Ihre Unterlagen habe ich gesehen, wir melden uns nächste Woche für ein erstes Gespräch."),
])
c("genuine", "journalist_local", "de", "Lokaljournalistin möchte Interview über KI-Forschung in Tübingen", [
    ("journo_de", "2026-05-06 11:00", "Guten Tag Frau Wiedemeyer, ich schreibe für den Neckar-Boten eine Serie 'Tübingen denkt KI'. Hätten Sie Zeit für ein Gespräch über Ihre Arbeit zur Unsicherheit von KI-Modellen, gern so erklärt, dass es auch meine Oma versteht? 😊"),
    ("me", "2026-05-06 13:20", "Gern! Nächsten Mittwoch ab 14 Uhr, wir können uns auch in der Kunsthalle-Cafeteria treffen. Bitte die Zitate vorher kurz zur Freigabe schicken."),
    ("journo_de", "2026-05-06 13:30", "Mittwoch 14 Uhr, perfekt. Freigabe selbstverständlich."),
])
c("genuine", "journalist_tech", "en", "tech writer asks about her calibration paper", [
    ("journo_en", "2026-07-14 15:00", "Hi Dr. Wiedemeyer, I'm covering the debate around overconfident medical AI models and your recent preprint keeps coming up. Could I ask you three questions by email for a piece next week? Mostly about why ensembles are still underused in practice."),
    ("me", "2026-07-14 18:00", "Hi Adam, sure, send them over. I can answer by Friday."),
])
c("genuine", "inbound_lead_research_contract", "de", "Mittelständler möchte bezahltes Forschungsprojekt kaufen, fragt nach Kosten und Vertrag", [
    ("mittelstand", "2026-02-23 09:15", "Grüß Gott Frau Wiedemeyer, wir sind ein Zulieferer aus Reutlingen und haben bei der optischen Prüfung von Drehteilen ständig Fehlalarme. Ein Kollege hat Ihren Vortrag bei der IHK gehört. Macht Neckarlight auch Auftragsforschung für Firmen wie uns, und in welcher Größenordnung bewegt sich so etwas? Wir denken an ein halbes Jahr."),
    ("me", "2026-02-23 14:00", "Grüß Gott Herr Holzwarth, ja, wir machen solche Kooperationen. Ein sechsmonatiges Pilotprojekt liegt typischerweise zwischen 80.000 und 150.000 Euro, je nach Datenlage und Personaleinsatz. Der Vertrag läuft über unsere Business-Development-Abteilung. Haben Sie gelabelte Bilder der Fehlalarme? Dann können wir in einem ersten Gespräch schon viel abschätzen."),
    ("mittelstand", "2026-02-24 08:00", "Etwa 20.000 Bilder, davon ein paar Tausend gelabelt. Passt Ihnen Donnerstag?"),
    ("me", "2026-02-24 08:40", "Donnerstag 10 Uhr, ich lade meine Kollegin aus dem BD mit ein."),
])
c("genuine", "inbound_lead_commercial_license", "en", "US company wants to buy a commercial licence for her open-source library", [
    ("licensee", "2026-08-18 17:30", "Hi Johanna, we use calibrax (your uncertainty library) in a research prototype and now want to ship it inside a medical device. The repo says commercial use needs a separate licence from Neckarlight. Who do I talk to, and is there a rough price range? We'd need it signed by Q4."),
    ("me", "2026-08-19 09:00", "Hi Megan, great to hear it's useful! Commercial licences go through our licensing team; for a single product the annual fee is usually in the low five figures. I'll intro you to Jan from licensing by email today."),
    ("licensee", "2026-08-19 09:30", "Perfect, thank you!"),
])
c("genuine", "peer_joint_offer", "de", "Kollegin aus Stuttgart schlägt gemeinsame Summer School mit Gebührenteilung vor", [
    ("peer", "2026-03-17 16:45", "Liebe Johanna, was hältst Du von einer gemeinsamen Summer School 'Unsicherheit in ML' für Industrie und Uni, eine Woche im September? Stuttgart stellt Räume, Neckarlight die Rechenzeit für die Übungen. Industrieteilnehmer zahlen 1.200 Euro, Studierende nix, Überschuss teilen wir 50/50 für Stipendien."),
    ("me", "2026-03-17 20:10", "Sabine, super Idee! Ich muss das mit Tobias klären wegen Rechenzeit, aber ich bin optimistisch. Lass uns nächste Woche telefonieren."),
    ("peer", "2026-03-18 07:30", "Prima, Dienstag 17 Uhr?"),
    ("me", "2026-03-18 08:15", "Passt."),
])
c("genuine", "owner_started_speaker_invite", "en", "she invites a professor to the lab seminar, offers honorarium", [
    ("me", "2026-05-11 10:00", "Dear Rafael, would you give a talk at our Neckarlight seminar when you're in Tübingen for the Bebenhausen retreat in June? We cover travel from Stuttgart and a €500 honorarium."),
    ("speaker", "2026-05-12 08:20", "Dear Johanna, with pleasure. June 24 afternoon works best. Title to follow."),
    ("me", "2026-05-12 09:00", "Wonderful, June 24, 15:00. I'll book the big seminar room."),
])
c("genuine", "owner_started_dataset_question", "de", "sie fragt ehemalige Kollegin nach Datensatz-Lizenz", [
    ("me", "2025-11-10 13:00", "Hallo Anja, Du hattest doch am MPI den Multi-Annotator-Datensatz mitgebaut. Weißt Du, ob die Lizenz kommerzielle Forschung erlaubt? Die README ist da etwas schwammig."),
    ("excol", "2025-11-10 19:30", "Hi Johanna! Leider nur non-commercial. Aber schreib mal an Prof. Kessler, der hat früher schon Ausnahmen für Industriekooperationen gemacht, wenn man die Ergebnisse veröffentlicht."),
    ("me", "2025-11-10 19:45", "Danke Dir, das hilft!"),
])
c("genuine", "congrats_after_award", "en", "near-duplicate congrats #1 after best paper award at AISTATS", [
    ("congr1", "2026-05-04 09:30", "Congratulations on the best paper award at AISTATS, Johanna! Very well deserved, the calibration results were the highlight of the conference for me."),
])
c("genuine", "congrats_after_award", "de", "fast gleicher Glückwunsch #2 nach dem Best-Paper-Award", [
    ("congr2", "2026-05-04 10:05", "Herzlichen Glückwunsch zum Best Paper Award bei der AISTATS, Johanna! Hochverdient, die Kalibrierungsergebnisse waren echt das Highlight. 🎉"),
    ("me", "2026-05-04 12:00", "Danke Katrin! Ohne Deine Infrastruktur hätten wir die Experimente nie rechtzeitig geschafft."),
])
c("genuine", "congrats_after_award", "en", "near-duplicate congrats #3 after the award", [
    ("congr3", "2026-05-05 02:10", "Congrats on the AISTATS best paper award! Well deserved. The calibration results were really the highlight for me too. Hope to see you at NeurIPS."),
])
c("genuine", "msc_thesis_request_in_spam", "de", "Masterstudentin fragt nach Abschlussarbeit, landete im SPAM", [
    ("msc", "2026-06-29 21:45", "Sehr geehrte Frau Dr. Wiedemeyer, ich studiere Informatik im 3. Mastersemester an der Uni Tübingen und interessiere mich sehr für eine Masterarbeit zu Unsicherheitsschätzung bei Neckarlight. Prof. Brenner meinte, ich solle Sie direkt anschreiben. Wären Sie offen für ein kurzes Gespräch? Mit freundlichen Grüßen, Lara Schäfer"),
], folder="SPAM")
c("genuine", "long_standing_advisor", "en", "her former PhD advisor, thread over years", [
    ("advisor", "2025-12-22 17:00", "Dear Johanna, season's greetings from a snowy Zürich. I saw the Neckarlight calibration paper on arXiv, lovely work. Are you coming to the Dagstuhl seminar in March?"),
    ("me", "2025-12-23 09:30", "Dear Martin, thank you, and merry Christmas! Yes, I'll be at Dagstuhl. Saving you a seat at the wine cellar."),
    ("advisor", "2026-03-20 21:00", "It was good to see you at Dagstuhl. Your student Moritz asked the best question of the week, tell him."),
    ("me", "2026-03-21 08:00", "I will, he'll be thrilled!"),
])
c("genuine", "long_standing_friend", "mixed", "Studienfreund vom KIT seit 2012, schwäbisch, wechselt ins Englische", [
    ("kit", "2026-01-06 19:20", "Servus Johanna! Gutes Neues! Gehsch am Samschdig mit zum Stocherkahnrennen-Planungstreffen? Die Jungs wollen dieses Jahr endlich ned letzter werden 😂"),
    ("me", "2026-01-06 20:00", "Haha, gutes Neues Simon! Samstag ja, aber erst nach 3, ich muss vorher noch bissle schaffe. Deadline."),
    ("kit", "2026-01-06 20:05", "Deadline, Deadline. You researchers never stop. See you Saturday, ich bring Brezeln."),
])
c("genuine", "colleague_budget", "de", "Teamleiter fragt nach Compute-Budget für Q3", [
    ("lead", "2026-06-02 08:10", "Moin Johanna, brauch bis Freitag Deine Schätzung für GPU-Stunden im Q3. Die Cloud-Verlängerung steht an und ich will nicht wieder zu knapp kalkulieren."),
    ("me", "2026-06-02 09:30", "Mach ich. Grob 45.000 H100-Stunden, davon ein Drittel für Moritz' Ensembles. Details Freitag."),
    ("lead", "2026-06-02 09:32", "👍"),
])
c("genuine", "colleague_internal_seminar", "de", "Kollegin tauscht Termin im internen Seminar", [
    ("colleague", "2026-02-09 14:00", "Hey Johanna, könntest Du Deinen Reading-Group-Slot mit mir tauschen? Ich würde den 26.2. nehmen und Du den 5.3. Meine Eltern sind die Woche zu Besuch."),
    ("me", "2026-02-09 14:20", "Klar, kein Problem. Dann 5.3."),
])
c("genuine", "event_invitation_real_contact", "de", "Meetup-Organisator (bekannter Kontakt) lädt sie als Sprecherin ein", [
    ("meetup", "2026-09-14 12:00", "Hallo Johanna, magst Du beim Neckar AI Meetup im Oktober einen Talk halten? 20 Minuten, Publikum gemischt, viele Leute aus den Start-ups am Neckar. Hinterher Pizza und Bier im Sudhaus, wie immer."),
    ("me", "2026-09-14 13:00", "Gern, Philipp! Ich mach was zu 'Wann darf man einem Modell trauen?'. 22.10.?"),
    ("meetup", "2026-09-14 13:10", "22.10. ist notiert."),
])
c("genuine", "journal_review_request", "en", "journal action editor asks for a review", [
    ("editor", "2026-07-01 08:00", "Dear Johanna, would you review a submission on temperature scaling for large vision-language models? I think you're the ideal reviewer. Four weeks."),
    ("me", "2026-07-01 11:00", "Dear Ingrid, I'm swamped until mid-July but can do it if six weeks are possible."),
    ("editor", "2026-07-01 11:30", "Six weeks is fine. Thank you!"),
])
c("genuine", "visiting_student_letter", "en", "incoming visiting student asks for invitation letter she agreed to", [
    ("visitor", "2026-08-04 06:30", "Dear Dr. Wiedemeyer, thank you again for agreeing to host my 3-month visit from October. The German consulate asks for an official invitation letter stating the dates and that no salary is paid. Could you send one?"),
    ("me", "2026-08-04 10:00", "Dear Arjun, of course. HR will send a signed letter by Friday. Let me know if the consulate needs anything else."),
])
c("genuine", "reading_group", "mixed", "group: Tübingen Bayes reading group, mixed German/English", [
    ("rg1", "2026-04-07 09:00", "Next paper: the new one on Laplace approximations for transformers? I can present."),
    ("rg2", "2026-04-07 09:30", "Sounds good. Raum 2.14 auf der Morgenstelle or online?"),
    ("me", "2026-04-07 10:15", "Hybrid bitte, ich bin Donnerstag im Home Office. Danke Leonie fürs Präsentieren!"),
    ("rg1", "2026-04-07 10:20", "Klar, I'll send the Zoom link."),
], title="Tübingen Bayes Reading Group")
c("genuine", "existing_vendor_rate_change", "de", "bestehender Annotationsdienstleister kündigt neue Stundensätze an", [
    ("labeling", "2026-10-01 09:00", "Hallo Frau Wiedemeyer, eine Information für die Planung 2027: Unsere Sätze für medizinische Expertenannotation steigen ab Januar von 68 auf 74 Euro pro Stunde, da wir die Radiologen besser bezahlen müssen. Bestehende Aufträge rechnen wir bis Ende März zum alten Satz ab."),
    ("me", "2026-10-01 11:30", "Danke, Herr Frey. Nachvollziehbar. Der Dermatologie-Batch läuft dann ja noch zum alten Satz, oder?"),
    ("labeling", "2026-10-01 11:40", "Genau, der ist bis Februar fertig."),
])
c("genuine", "recommendation_letter_request", "en", "former intern asks for a recommendation letter", [
    ("exintern", "2026-10-20 19:00", "Hi Johanna! I'm applying to PhD programs (Stanford, ETH, Tübingen 🙂). Would you write one of my letters? Deadlines are Dec 1-15. I can send a summary of what I did during the internship."),
    ("me", "2026-10-20 21:00", "Hi Chloé, absolutely! Send the summary and the list of portals. Happy to see Tübingen on the list."),
])
c("genuine", "existing_client_requote", "de", "bestehender Industriepartner bittet um Angebot für Phase 2", [
    ("partner", "2026-07-22 14:00", "Hallo Frau Wiedemeyer, die Ergebnisse aus Phase 1 haben unseren Vorstand überzeugt. Könnten Sie uns ein Angebot für Phase 2 machen (12 Monate, Übertragung auf die Radarsensorik)? Am besten mit zwei Varianten: mit und ohne Doktorand."),
    ("me", "2026-07-22 16:30", "Hallo Herr Renner, das freut mich sehr! Ich setze mich mit unserem BD zusammen, Angebot mit beiden Varianten kommt bis Mitte August."),
    ("partner", "2026-07-22 16:45", "Sehr gut, vielen Dank."),
])
c("genuine", "conference_logistics", "en", "local chair handles her keynote travel reimbursement", [
    ("local", "2026-01-15 12:00", "Hi Johanna, welcome aboard as keynote speaker! Please book your own train/flight and hotel; we reimburse up to EUR 900 against receipts. Do you need a projector adapter for a Mac?"),
    ("me", "2026-01-15 13:10", "Thanks Giulia! Train from Stuttgart, so much less. Yes please, USB-C to HDMI."),
])
c("genuine", "data_protection_internal", "de", "Datenschutzbeauftragte fragt nach Einwilligungen für Datensatz", [
    ("dsb", "2026-03-25 10:30", "Hallo Johanna, für den neuen Dermatologie-Datensatz brauche ich noch die Einwilligungserklärungen bzw. die Bestätigung der Klinik, dass eine Rechtsgrundlage besteht. Kannst Du mir die bis Ende April schicken?"),
    ("me", "2026-03-25 11:00", "Hallo Martina, die Klinik hat die Bestätigung zugesagt, ich leite sie Dir weiter, sobald sie da ist."),
])
c("genuine", "open_source_bug_report", "en", "user of her library reports a bug; she replies", [
    ("oss", "2026-09-22 22:00", "Hi, sorry to DM, I opened an issue on calibrax but no response yet. reliability_diagram() crashes when a bin is empty (division by zero). Happy to send a PR if you want."),
    ("me", "2026-09-23 08:30", "Thanks Sam, and sorry for the silence, we're in rebuttal season. A PR would be great, please add a test with an empty bin."),
    ("oss", "2026-09-23 08:45", "Will do tonight."),
])
c("genuine", "uni_cosupervision", "de", "Professorin klärt Betreuungsvereinbarung für Doktorand", [
    ("unikoll", "2026-10-06 15:00", "Liebe Frau Wiedemeyer, für Herrn Haag müssen wir die Betreuungsvereinbarung erneuern, die Promotionskommission möchte Sie als Zweitbetreuerin offiziell eintragen. Könnten Sie das Formular unterschreiben, wenn ich es Ihnen schicke?"),
    ("me", "2026-10-06 16:00", "Liebe Frau Brenner, selbstverständlich. Gern auch digital."),
])

# ================================================================== WANTED PITCHES
c("wanted_pitch", "read_her_post", "en", "sweep scheduler refers to her post about wasted GPU hours on failed sweeps", [
    ("sweep", "2026-02-18 09:40", "Hi Johanna, your post last week about losing ~30% of a month's GPU budget to hyperparameter sweeps that diverged in the first epoch resonated a lot. Gridsweep kills runs early when the loss curve matches a divergence pattern and reallocates the GPUs inside the same Slurm job. We're free for research labs under 64 GPUs for the first year. Would a 20-minute look be useful?"),
    ("me", "2026-02-18 12:15", "It would actually. Does it work with JAX or only PyTorch Lightning?"),
    ("sweep", "2026-02-18 12:40", "Both, JAX via a small callback. I'll send a demo link."),
])
c("wanted_pitch", "after_her_talk", "de", "Annotationsfirma bezieht sich auf ihren Vortrag zu Label-Rauschen", [
    ("annot", "2026-06-08 10:00", "Hallo Frau Wiedemeyer, ich war bei Ihrem Vortrag auf den Tübinger KI-Tagen. Ihre Folie mit den 14 % widersprüchlichen Labels im Dermatologie-Datensatz ist mir hängen geblieben. Wir annotieren mit Fachärztinnen und liefern pro Bild drei unabhängige Labels plus Konfidenz, genau das, was Ihre Methode braucht. Ein Pilot mit 500 Bildern wäre für Sie kostenlos. Interesse?"),
    ("me", "2026-06-08 15:00", "Interessant, drei Labels pro Bild wäre ideal. Schicken Sie mir bitte Infos zum Datenschutz und zur Herkunft der Annotatorinnen."),
])
c("wanted_pitch", "visited_her_site", "en", "technical writer looked at her library docs and lists concrete breakage", [
    ("docs", "2026-09-28 11:00", "Hi Johanna, I've been using calibrax and looked through the docs site: the API reference for calibrax.metrics 404s since the 0.9 release, the quickstart still imports the old `calibrate()` name, and there's no page on conformal methods even though the module exists. I'm a freelance technical writer for scientific Python libraries; I could fix the build and write 3 tutorials over a month, fixed price EUR 3,800. Happy to do the 404 fix as a free PR first so you can see how I work."),
    ("me", "2026-09-28 14:00", "Oof, embarrassing but true. Yes, please send the PR and I'll talk to my lead about the rest."),
])
c("wanted_pitch", "specific_problem_named", "de", "GPU-Cloud nennt konkrete Speichergrenze aus ihrem Paper-Anhang", [
    ("gpucloud", "2026-03-10 16:00", "Hallo Frau Wiedemeyer, im Anhang C Ihres AISTATS-Papers schreiben Sie, dass die Deep Ensembles auf ViT-L wegen der 40 GB pro A100 nur mit 3 statt 5 Mitgliedern laufen konnten. Wir stellen Forschungsgruppen 80-GB-H100-Knoten mit Ökostrom aus Norwegen bereit und hätten für Ihr Nachfolgeprojekt 5.000 GPU-Stunden als Research Credit. Wäre das für die 5-Member-Experimente hilfreich?"),
    ("me", "2026-03-11 09:00", "Sehr aufmerksam gelesen! Ja, das wäre hilfreich. Was sind die Bedingungen für die Credits?"),
])
c("wanted_pitch", "mutual_contact", "en", "freelance engineer recommended by Prof. Okafor for her JAX port", [
    ("freelance", "2026-04-27 13:00", "Hi Johanna, Daniel Okafor suggested I reach out: he mentioned your group wants to port the ensemble training code from PyTorch to JAX before the summer and is short on engineering hands. I did a similar port for a Bayesian NN library last year (link on my profile). I'm available 3 days a week from June, contract or via an agency, whatever's easier for Neckarlight."),
    ("me", "2026-04-27 17:00", "Hi Yusuf, Daniel told me about you. Let's talk next week, I'll send a slot."),
])
c("wanted_pitch", "public_funding_notice", "de", "Projektbüro bezieht sich auf die veröffentlichte Förderzusage des Konsortiums", [
    ("foerder", "2026-07-07 10:00", "Sehr geehrte Frau Wiedemeyer, in der Pressemitteilung des Landes vom 1. Juli habe ich gelesen, dass das Konsortium 'KALIB' unter Ihrer Koordination gefördert wird, herzlichen Glückwunsch. Für Verbundprojekte mit fünf Partnern übernehmen wir Zwischenberichte, Mittelabrufe und die Abstimmung mit dem Projektträger, sodass Sie sich auf die Forschung konzentrieren. Ich kenne den Projektträger aus drei anderen Verbünden. Darf ich Ihnen ein Angebot schicken?"),
])
c("wanted_pitch", "knows_her_setup", "en", "Slurm monitoring vendor saw her lab's public cluster config", [
    ("slurm", "2026-05-25 15:30", "Hi Johanna, I noticed in your lab's public infra repo that the Slurm config has fair-share disabled and a single 'gpu' partition, which usually means the long ensemble jobs starve the quick debug runs. Queuewise adds per-user dashboards and suggests partition/QoS settings based on your actual job history. We have a free tier up to 32 nodes. Want me to share what we'd recommend for your config?"),
])
c("wanted_pitch", "recruiter_relevant_role", "de", "Headhunter mit passender Leitungsrolle im Bereich Unsicherheit", [
    ("recr2", "2026-08-25 09:00", "Guten Tag Frau Wiedemeyer, ich suche für eine KI-Einheit eines Stuttgarter Automobilkonzerns eine Leitung 'Safe & Reliable ML' (Team von 15 Personen). Die Rolle dreht sich explizit um Unsicherheitsquantifizierung für Perzeption, also genau Ihr Forschungsthema, Veröffentlichungen ausdrücklich erwünscht. Gehalt deutlich sechsstellig. Hätten Sie Interesse an einem vertraulichen Austausch?"),
    ("me", "2026-08-26 20:00", "Danke für die Nachricht. Ich bin gerade sehr zufrieden, aber für einen unverbindlichen Austausch im Herbst bin ich offen."),
])
c("wanted_pitch", "agency_saw_her_interview", "en", "science media agency saw her Neckar-Bote interview", [
    ("scicomm", "2026-06-02 10:00", "Hi Johanna, we read your interview in the Neckar-Bote ('Wann darf man einer KI trauen?') and loved the thermometer analogy you used for calibration. We produce 3-minute animated explainers for research papers, often funded from the dissemination budget of public projects. Your KALIB project would be a natural fit. Could I send you two examples?"),
])
c("wanted_pitch", "supplier_workshop_site", "de", "Hotel bezieht sich auf Datum und Teilnehmerzahl ihres Workshops von der Website", [
    ("venue", "2026-04-14 11:00", "Sehr geehrte Frau Wiedemeyer, auf der Website Ihres Workshops 'Reliable ML in Practice' habe ich gesehen, dass Sie vom 8. bis 10. Oktober mit rund 60 Teilnehmenden in Tübingen planen, der Ort aber noch 'tba' ist. Unser Saal fasst 70 Personen parlamentarisch, ist 5 Minuten vom Bahnhof, und wir hätten für das Datum noch ein Zimmerkontingent. Darf ich Ihnen ein Angebot mit Tagungspauschale schicken?"),
    ("me", "2026-04-14 13:30", "Ja, gern! Bitte mit Hybrid-Technik und vegetarischer Verpflegung kalkulieren."),
])
c("wanted_pitch", "freelancer_her_figures", "de", "Illustratorin weist auf nicht farbenblindtaugliche Abbildungen im Preprint hin", [
    ("figures", "2026-02-02 17:10", "Hallo Frau Wiedemeyer, ich bin wissenschaftliche Illustratorin und selbst rot-grün-farbenschwach. In Ihrem aktuellen arXiv-Preprint kann ich in Abb. 3 und 5 die Kurven für 'ensemble' und 'MC dropout' nicht unterscheiden. Ich überarbeite Abbildungen barrierefrei und im Stil der Zielkonferenz, pro Abbildung 120 Euro, gern auch als Matplotlib-Stylesheet für Ihre Gruppe."),
    ("me", "2026-02-02 19:00", "Oh, danke für den Hinweis, das ist uns gar nicht aufgefallen. Das Stylesheet klingt super, schicken Sie mir ein Angebot."),
])
c("wanted_pitch", "dataset_vendor_her_request", "en", "dataset vendor answers her public request for a multi-annotator dataset", [
    ("dataset", "2026-10-12 14:20", "Hi Johanna, saw your request in the calibrax GitHub discussions for a multi-annotator image dataset with raw disagreement (not majority vote) under a licence that allows industrial research. We license exactly that: 120k retail-product images, 5 annotators each, raw votes kept. Academic-industry pricing, and a free 5k sample for benchmarking. Shall I send the sample link?"),
])

# ================================================================== JUNK
tpl = [
    ("tpl1", "2026-03-02 15:00", "Hi Johanna, I came across your impressive work at Neckarlight Research in the AI space! We help AI teams cut their cloud GPU spend by up to 40% without changing a single line of code. Would you be open to a quick 15-minute call this week?", "en"),
    ("tpl2", "2026-03-04 09:20", "Hi Johanna! Saw your impressive work at Neckarlight in the machine learning space. We help AI teams reduce cloud GPU costs by up to 40% with zero code changes. Open to a quick 15-min call this week?", "en"),
    ("tpl3", "2026-03-05 18:45", "Hello Johanna, came across your great work at Neckarlight Research in the deep learning space. Our platform helps AI teams cut GPU cloud spend by as much as 40% without code changes. Do you have 15 minutes for a quick call this week?", "en"),
    ("tpl4", "2026-03-09 08:05", "Hallo Johanna, ich bin auf Ihre beeindruckende Arbeit bei Neckarlight Research im KI-Bereich gestoßen! Wir helfen KI-Teams, ihre GPU-Cloudkosten um bis zu 40 % zu senken, ohne eine Zeile Code zu ändern. Hätten Sie diese Woche 15 Minuten für einen kurzen Call?", "de"),
    ("tpl5", "2026-03-12 13:30", "Hey Johanna, stumbled on your impressive work at Neckarlight Research in the AI research space! We help AI teams cut GPU cloud costs up to 40% without touching their code. Quick 15-minute call this week?", "en"),
]
for i, (who, when, text, lang) in enumerate(tpl, 1):
    c("junk", "template_gpu_cost", lang, f"same GPU-cost template, sender {i} of 5" + (" (German variant)" if lang == "de" else ""),
      [(who, when, text)])
c("junk", "merge_tag_failure", "en", "literal {first_name} and {company}", [
    ("merge1", "2026-01-13 10:00", "Hi {first_name},\n\nI noticed {company} is scaling its data team. DataDrive Solutions provides end-to-end data engineering so your scientists can focus on models. Worth a chat?"),
])
c("junk", "merge_tag_failure", "de", "wörtliches {{Vorname}}", [
    ("merge2", "2026-02-17 08:45", "Hallo {{Vorname}},\n\nhaben Sie Kapazitäten für spannende KI-Projekte? Wir vermitteln Data Scientists an DAX-Konzerne, Tagessätze bis 1.200 Euro. Einfach Profil anlegen!"),
])
c("junk", "merge_tag_wrong_company", "en", "[Company] placeholder plus wrong company name", [
    ("merge3", "2026-05-12 16:20", "Hi Johanna, congrats on your new role at Neckarwerk AG! ModelMint helps [Company] deploy LLMs to production 10x faster. Could we grab 15 minutes?"),
])
c("junk", "merge_tag_wrong_name", "en", "addresses her as Julia", [
    ("merge4", "2026-07-28 11:00", "Hi Julia, your profile stood out! We have an exciting Senior Frontend Developer (React) opportunity in Munich, up to 85k. Interested?"),
])
c("junk", "sponsored_inmail", "en", "Sponsored InMail, GPU cloud promo", [
    ("spon1", "2026-02-01 12:00", "<p>Hi Johanna,</p><p>Train faster with <b>Voltgrid Cloud</b>: H200 clusters on demand, per-second billing &amp; $500 free credits for new teams.</p><p>Claim your credits today.</p>"),
], title="Sponsored Conversation", subject="$500 in GPU credits for your team")
c("junk", "sponsored_inmail", "en", "Sponsored InMail, executive AI course", [
    ("spon2", "2026-06-01 12:00", "<p>Johanna, lead the AI transformation.</p><p>Our 8-week Executive AI Leadership Certificate equips senior professionals to drive strategy. Next cohort starts soon &ndash; reserve your seat.</p>"),
], title="Sponsored Conversation", subject="Become an AI leader in 8 weeks")
c("junk", "sponsored_inmail", "de", "Sponsored InMail, Bank-Konto", [
    ("spon3", "2026-09-01 12:00", "<p>Hallo Johanna,</p><p>Ihr Gehalt verdient mehr: Mit dem Fintora Premium-Konto erhalten Sie 3,1&nbsp;% Zinsen aufs Tagesgeld. Jetzt in 10 Minuten eröffnen.</p>"),
], title="Sponsored Conversation", subject="3,1 % aufs Tagesgeld")
c("junk", "paid_award", "en", "'Top 50 Women in AI' award with a listing fee", [
    ("award", "2026-04-22 09:00", "Dear Johanna,\n\nWe are delighted to inform you that you have been selected as an honoree of the Global AI Women Awards 2026 (Top 50 Europe). To confirm your place in the awards publication and gala livestream, an honoree package fee of EUR 690 applies. Spots are limited; please confirm within 5 days."),
])
c("junk", "predatory_journal", "en", "predatory journal invitation with publication fee", [
    ("journal", "2026-03-30 03:15", "Dear Dr. Johanna Wiedemeyer,\n\nGreetings! We have read your esteemed paper and invite you to submit your valuable research to the International Journal of Advanced AI Research (IJAAIR). Fast peer review in 7 days. Article processing charge: USD 299 only. Kindly submit before the deadline."),
    ("journal", "2026-04-10 03:15", "Dear Dr. Johanna Wiedemeyer, gentle reminder regarding our special issue. Kindly submit your manuscript."),
])
c("junk", "pay_to_speak", "de", "Speaker-Slot auf Summit gegen 'Partnerpaket'", [
    ("summit", "2026-08-11 14:00", "Hallo Frau Wiedemeyer, wir würden Sie gern als Speakerin auf dem Future AI Summit Berlin begrüßen! Für Speaker aus der Industrie bieten wir ein Partnerpaket ab 2.900 Euro an, inkl. 20-Minuten-Slot, Logo und Leadliste. Darf ich Ihnen die Details senden?"),
])
c("junk", "generic_service_annotation", "en", "offshore annotation blast", [
    ("offshore", "2026-01-27 05:10", "Dear Sir/Madam, AnnotateNow offers image, text and video annotation at USD 3/hour with 99% accuracy. 500+ trained annotators. Please share your requirement for a free pilot."),
])
c("junk", "offers_what_she_sells", "de", "bietet ihr KI-Beratung und Modellentwicklung an", [
    ("consult", "2026-05-19 10:30", "Hallo Frau Wiedemeyer, KI ist die Zukunft, aber wo anfangen? KI-Boost Beratung entwickelt maßgeschneiderte Machine-Learning-Modelle für Ihr Unternehmen, von der Idee bis zum Produktivbetrieb. Lassen Sie uns über Ihre KI-Strategie sprechen!"),
])
c("junk", "capacity_new_clients", "de", "fragt nach Kapazität für neue Projekte/Kunden", [
    ("capacity", "2026-06-23 09:15", "Hi Johanna, kurze Frage: Hast Du aktuell Kapazitäten für neue Kunden? Wir haben mehrere Unternehmen, die ML-Expertinnen für Projekte suchen, Du zahlst nur 20 % Vermittlungsgebühr. Soll ich Dich aufnehmen?"),
])
c("junk", "like_minded_connect", "en", "'like-minded innovators' connect message", [
    ("likeminded", "2026-02-24 07:00", "Hi Johanna, always great to connect with like-minded innovators shaping the future of AI. Let's connect and explore how we can create value together! 🚀🌍"),
])
c("junk", "quick_15_min_call", "en", "'quick 15-minute call' vector DB pitch", [
    ("fifteen", "2026-04-08 16:00", "Hi Johanna, would you have 15 minutes this week for a quick call? Datavault is the enterprise data platform trusted by Fortune 500 AI teams. Tuesday or Wednesday?"),
])
c("junk", "connect_then_pitch", "de", "erst Smalltalk, sie antwortet, Pitch in Nachricht 3", [
    ("ctp1", "2026-02-10 08:10", "Hallo Johanna, danke fürs Vernetzen! Tübingen ist so eine schöne Stadt, ich war letzten Sommer beim Stocherkahnfahren dort."),
    ("me", "2026-02-10 12:00", "Gern! Ja, im Sommer ist es wirklich schön am Neckar."),
    ("ctp1", "2026-02-11 09:00", "Absolut! Übrigens, viele Wissenschaftlerinnen in der Industrie verschenken bei der Altersvorsorge bares Geld. Ich würde Ihnen gern in einem unverbindlichen Gespräch zeigen, wie Sie mit ETF-Sparplänen und Rürup steuerlich optimieren können. Wann passt es?"),
])
c("junk", "connect_then_pitch", "en", "compliment first, then pitch deck service, no reply", [
    ("ctp2", "2026-05-19 09:00", "Hi Johanna, thanks for connecting! Loved your AISTATS paper, congrats on the award 🏆"),
    ("ctp2", "2026-05-21 09:00", "Quick question: are you thinking about spinning out? We design investor pitch decks for deep-tech founders, 48h turnaround, from $1,500. Happy to share examples!"),
])
c("junk", "connect_then_pitch", "de", "Servus, dann Pitch, dann Nachfassen nach ihrer Antwort", [
    ("ctp3", "2026-09-08 09:00", "Servus Johanna, freut mich, dass es geklappt hat! Wie läuft's bei Neckarlight, viel los vor den Deadlines?"),
    ("me", "2026-09-08 18:30", "Hallo, ja, gerade Rebuttal-Zeit. Viel los."),
    ("ctp3", "2026-09-09 08:30", "Kenn ich 😅 Genau dafür haben wir LabOps Cloud gebaut: Ihre komplette Forschungsinfrastruktur als Managed Service, inklusive Cluster, Storage und MLOps. Wollen wir nächste Woche kurz sprechen?"),
    ("ctp3", "2026-09-16 08:30", "Hallo Johanna, ich hole das nochmal hoch. Passt Donnerstag?"),
])
c("junk", "follow_up_bumps", "en", "vector database pitch with three unanswered bumps", [
    ("bump1", "2026-01-06 10:00", "Hi Johanna, Vectorly is the fastest vector database for RAG. Can I show you a benchmark?"),
    ("bump1", "2026-01-13 10:00", "Hi Johanna, bumping this in case it got buried!"),
    ("bump1", "2026-01-20 10:00", "Hi Johanna, any thoughts on this?"),
    ("bump1", "2026-02-03 10:00", "Last follow-up, Johanna. Should I close the loop?"),
])
c("junk", "follow_up_bumps", "de", "Hardware-Leasing, zwei Nachfass-Nachrichten ohne Antwort", [
    ("bump2", "2026-10-05 09:00", "Guten Tag Frau Wiedemeyer, leasen statt kaufen: GPU-Server flexibel ab 36 Monaten. Darf ich Ihnen ein Angebot machen?"),
    ("bump2", "2026-10-12 09:00", "Ich wollte kurz nachhaken, ob meine Nachricht angekommen ist."),
    ("bump2", "2026-10-26 09:00", "Frau Wiedemeyer, haben Sie Interesse? Ein kurzes Ja/Nein genügt mir."),
])
c("junk", "fluent_generic_names_company", "en", "polished consulting pitch naming Neckarlight, fits any company", [
    ("fluent", "2026-04-29 11:00", "Dear Johanna,\n\nNeckarlight Research sits at a fascinating intersection of cutting-edge research and commercial impact. Organisations at this stage often face the challenge of translating innovation into scalable value. At Apex Insight Partners we help research-driven teams align strategy, talent and go-to-market to unlock their full potential.\n\nI would welcome the opportunity to share some perspectives tailored to Neckarlight. Would you be open to a brief conversation?"),
])
c("junk", "generic_counterpart_gpu", "en", "generic GPU rental blast (counterpart of Fjordcompute)", [
    ("gengpu", "2026-03-16 20:00", "🔥 H100s from $1.49/hr! CheapGPU.io has thousands of GPUs ready now. No contracts. Sign up and get started in minutes!"),
])
c("junk", "generic_counterpart_labeling", "en", "generic labelling pitch (counterpart of RadioLabel)", [
    ("genlabel", "2026-06-15 08:30", "Hi Johanna, looking for high-quality training data? LabelFactory delivers annotated data for any AI use case, fast and affordable. Let's set up a call!"),
])
c("junk", "generic_counterpart_recruiter", "de", "Recruiter mit unpassender Stelle (Gegenstück zum Headhunter)", [
    ("genrecr", "2026-08-31 10:00", "Hallo Johanna, ich habe eine spannende Position als SAP-Berater (m/w/d) in Heilbronn für Sie! 100 % remote möglich. Haben Sie Interesse?"),
])
c("junk", "generic_counterpart_docs", "en", "generic web/dev agency (counterpart of technical writer)", [
    ("gendocs", "2026-10-01 06:00", "Hello Johanna, we are a full-service web development agency. Website redesign, SEO, mobile apps. Very affordable pricing. Kindly let me know a good time to connect."),
])
c("junk", "generic_counterpart_mlops", "en", "generic MLOps platform (counterpart of Gridsweep/Queuewise)", [
    ("genmlops", "2026-05-26 12:00", "Hi Johanna, is your team struggling with MLOps? PipelineHQ is the all-in-one platform to build, deploy and monitor ML models. Book a demo!"),
])
c("junk", "off_topic_crypto", "de", "KI-Trading-Bot für Krypto", [
    ("crypto", "2026-07-15 22:40", "Hallo Johanna! Als KI-Expertin wirst Du das lieben: Unser Quantum-Profit-Algorithmus erzielt 3-8 % Rendite pro Woche mit Krypto. Ich nehme nur noch 5 Leute in die Beta. Interesse?"),
])
c("junk", "off_topic_saas", "de", "KI-CRM für Vertrieb, irrelevant", [
    ("crm", "2026-04-15 14:20", "Hallo Frau Wiedemeyer, verschwenden Ihre Vertriebsmitarbeiter Zeit mit manueller Dateneingabe? SalesPilot AI automatisiert Ihr CRM. Jetzt kostenlos testen!"),
])
c("junk", "off_topic_visa", "en", "immigration lawyer blast about US visas", [
    ("visa", "2026-09-29 17:00", "Hi Johanna, researchers like you may qualify for the EB-1A 'extraordinary ability' green card. Our firm has a 98% approval rate. Book a free eligibility assessment!"),
])
c("junk", "ghostwriting", "de", "LinkedIn-Ghostwriting-Angebot", [
    ("ghost", "2026-11-02 19:30", "Hallo Johanna, Du hast so spannende Forschung, aber auf LinkedIn sieht das kaum jemand! Ich schreibe für Wissenschaftlerinnen Posts, die viral gehen. Paket ab 790 Euro/Monat. Lust auf ein Kennenlernen?"),
])

c("junk", "paid_podcast_slot", "de", "Podcast-Gastauftritt gegen Produktionspauschale", [
    ("podcast", "2026-06-30 16:00", "Hallo Johanna, wir würden Dich total gern im KI-Macher Podcast haben (Top 10 in Technologie)! Für Gäste berechnen wir eine Produktionspauschale von 450 Euro, dafür bekommst Du Folge, Shortclips und einen Newsletter-Feature. Wann hättest Du Zeit?"),
    ("podcast", "2026-07-07 16:00", "Hi Johanna, nur kurz nachgefragt, es sind noch zwei Slots im August frei!"),
])
c("junk", "off_topic_real_estate", "de", "Kapitalanlage-Immobilie als Steuersparmodell", [
    ("immo", "2026-10-19 18:15", "Guten Abend Frau Wiedemeyer, als Spitzenverdienerin in der Forschung zahlen Sie vermutlich zu viel Steuern. Mit einer Neubau-Kapitalanlage in Reutlingen sparen Sie ab dem ersten Jahr. Darf ich Ihnen unverbindlich ein Exposé schicken?"),
])
c("junk", "off_topic_coworking", "de", "Coworking-Angebot für eine Forscherin mit Büro im Lab", [
    ("cowork", "2026-08-03 11:00", "Hi Johanna! Keine Lust mehr auf Homeoffice? Flexdesk Tübingen bietet Schreibtische ab 149 Euro/Monat, mit Kaffee-Flatrate und Community-Events. Erster Tag gratis, komm vorbei!"),
])

if __name__ == "__main__":
    e.write(OUT,
            {"First Name": "Johanna", "Last Name": "Wiedemeyer",
             "Headline": "Senior Research Scientist @ Neckarlight Research | Probabilistic ML, uncertainty & calibration | maintainer of calibrax",
             "Summary": "I work on uncertainty quantification and calibration for deep learning, from theory to deployment in industrial and medical settings. Co-supervising PhD students with the University of Tübingen. Ich freue mich über Anfragen zu Kooperationen und Abschlussarbeiten.",
             "Industry": "Research Services", "Zip Code": "72072", "Geo Location": "Tübingen, Baden-Württemberg, Germany",
             "Websites": "[COMPANY:https://neckarlight.example][OTHER:https://github.com/calibrax-example]"},
            [{"Company Name": "Neckarlight Research", "Title": "Senior Research Scientist",
              "Description": "Probabilistic ML, calibration, industry research collaborations.",
              "Location": "Tübingen", "Started On": "Sep 2022", "Finished On": ""},
             {"Company Name": "Max Planck Institute", "Title": "Postdoctoral Researcher", "Description": "",
              "Location": "Tübingen", "Started On": "Jan 2019", "Finished On": "Aug 2022"},
             {"Company Name": "ETH Zürich", "Title": "PhD Student", "Description": "Bayesian deep learning",
              "Location": "Zürich", "Started On": "Oct 2014", "Finished On": "Dec 2018"}],
            ["Machine Learning", "Bayesian Inference", "Uncertainty Quantification", "JAX", "PyTorch",
             "Deep Learning", "Statistics", "Scientific Writing"])
    print(e.summary())

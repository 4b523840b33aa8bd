"""dev24 persona (written blind as heldout30, session 4): Persona (heldout30, written blind): Nadine Schaub, HR Business Partner for Technical Operations
at Rheinpharma AG in Basel. 2024 export layout; Swiss German (standard and dialect) and English
about half and half. Every message text below is invented and hand-written."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-hr-business-partner-pharma-basel"
OWNER = Person("me", "Nadine Schaub", "https://www.linkedin.com/in/nadine-schaub-hrbp",
               "Rheinpharma AG", "HR Business Partner Technical Operations")
X = Export(SLUG, "2024", OWNER)
p = X.person
c = X.conv

# ---------------------------------------------------------------- people: genuine contacts
p("lm_qc", "Beat Zumsteg", "Rheinpharma AG", "Head of QC Laboratories", connected="2019-04-08")
p("lm_prod", "Sarah Whitcombe", "Rheinpharma AG", "Head of Sterile Manufacturing", connected="2021-02-15")
p("lm_eng", "Urs Bürgin", "Rheinpharma AG", "Teamleiter Engineering", connected="2018-11-30")
p("cand1", "Priya Raman", "BioNova Ireland", "Senior QA Specialist", connected="2024-01-22")
p("cand2", "Jonas Meier", "Lonzig Biologics", "Process Engineer", connected="2023-12-05")
p("search1", "Caroline de Montmollin", "Helvetia Executive Search", "Partner Life Sciences", connected="2020-06-18")
p("lms", "Oliver Grant", "LearnSphere", "Customer Success Director EMEA", connected="2021-09-02")
p("pk", "Thomas Hänggi", "Rheinpharma AG", "Präsident Personalkommission Basel", connected="2017-05-11")
p("unibs", "Simone Frey", "Universität Basel Career Service", "Corporate Relations", connected="2019-10-21")
p("coach1", "Dr. Martina Vogt", "Vogt Coaching & Supervision", "Executive Coach", connected="2022-03-03")
p("peer_hrbp", "Laurent Girardin", "Medivance SA", "Senior HR Business Partner", connected="2016-09-15")
p("startup", "Elena Kovac", "CellBridge Therapeutics", "COO", connected="2024-02-01")
p("lm_dev", "Fabienne Rüegg", "Rheinpharma AG", "Head of Analytical Development", connected="2020-01-07")
p("internal", "Marco Bianchi", "Rheinpharma AG", "Laborant QC", connected="2022-06-20")
p("grad", "Aarav Mehta", "ETH Zürich", "MSc Chemical Engineering student", connected="2024-02-11")
p("panel1", "Katrin Stöcklin", "Rheinpharma AG", "Diversity & Inclusion Lead", connected="2020-03-12")
p("panel2", "Daniel Wyss", "Rheinpharma AG", "Site Head Basel", connected="2015-08-24")
p("panel3", "Ayesha Khan", "Rheinpharma AG", "QA Manager", connected="2022-09-01")
p("spamcand", "Reto Fankhauser", "", "Automation Engineer", connected=None)
p("sourced", "Dr. Hannah Lindqvist", "Nordic Vaccines AB", "Associate Director QA", connected="2024-01-09")
p("formerco", "Chantal Perrin", "Novamed AG", "HR Director", connected="2012-04-02")
p("journo", "Lukas Gysin", "Basler Wirtschaftsblatt", "Wirtschaftsredaktor", connected="2023-05-16")
p("friend", "Mirjam Brodbeck", "Kantonsspital Baselland", "Pflegefachfrau", connected="2011-01-10")
p("pension", "Andrea Suter", "Pensionskasse Rheinpharma", "Leiterin Versichertenservice", connected="2018-02-14")
p("reloc", "James Porter", "SwissSettle Relocation", "Account Director", connected="2019-07-01")
p("lawyer", "lic. iur. Claudio Rossi", "Rossi Migration Law", "Rechtsanwalt", connected="2020-05-20")
p("lm_parent", "Nicole Aebi", "Rheinpharma AG", "Teamleiterin Packaging", connected="2019-03-03")
p("zeugnis", "Stefan Imhof", "", "Produktionsmitarbeiter", connected="2016-06-06")
p("intern", "Léa Fontaine", "Université de Genève", "Master student HR", connected="2023-03-01")
p("hrswiss", "Barbara Tschudin", "HR Basel Netzwerk", "Vorstand Programm", connected="2018-10-30")
p("pk2", "Roland Schweizer", "Rheinpharma AG", "Mitglied Personalkommission", connected="2017-05-11")
p("search2", "Mark Jennings", "Sterling Partners", "Principal", connected="2021-11-11")
p("global", "Rachel Kim", "Rheinpharma Inc.", "Director Global Compensation", connected="2020-08-08")
p("lm_uk", "Graham Ellis", "Rheinpharma AG", "Head of Supply Chain Basel", connected="2022-05-05")
p("fhnw", "Petra Hug", "FHNW Hochschule für Life Sciences", "Praxispartnerschaften", connected="2018-04-04")

# ---------------------------------------------------------------- people: wanted pitches
p("w_onboard", "Ivana Petrović", "Shiftboard Onboarding", "Customer Lead DACH", invite=("IN", "2024-02-19 18:45", "Hoi Nadine, your post about onboarding on night shift hit home. Would love to connect."), connected="2024-02-20")
p("w_assess", "Tobias Egli", "SkillSignal", "Co-Founder")
p("w_careers", "Giulia Moretti", "Talentbrücke Agentur", "Employer Branding Lead")
p("w_press", "Ruedi Stalder", "Stalder Interim Management", "Managing Partner")
p("w_coach", "Sandra Keller", "Keller Leadership", "Coach für neue Führungskräfte")
p("w_register", "Patrick Amstutz", "PayAlpin", "Payroll Services Aargau")
p("w_tools", "Hugo Lemaire", "RefCheck.io", "Partnerships Switzerland")
p("w_headhunter", "Isabelle Burckhardt", "Burckhardt & Iselin", "Partnerin HR Practice")
p("w_language", "Anna Schwab", "Sprachwerk Basel", "Firmenkurse")
p("w_article", "Ben Okoro", "", "Leadership facilitator")
p("w_kita", "Manuela Gerber", "Kita Rheinperle", "Geschäftsleiterin")
p("w_interim", "Felix Brunner", "QA Bridge Consulting", "Interim QA Lead")

# ---------------------------------------------------------------- people: junk senders
p("j_onboard", "Jake Morrison", "Onboardly", "Account Executive")
p("j_assess", "Sophie Turner", "TalentMetrics AI", "Head of Growth")
p("j_brand", "Kevin Frei", "Brand Boost GmbH", "Senior Berater")
p("j_interim", "Rahul Nair", "GlobalStaff Solutions", "Business Development Manager")
p("j_coach", "Jennifer Lopez-Hale", "Unstoppable You Coaching", "Transformational Coach")
p("j_payroll", "Simon Künzli", "LohnProfi Schweiz", "Verkauf")
p("j_hrtech", "Emma Clarke", "PeoplePulse", "SDR")
p("j_sells", "Martin Keller", "HR Outsourcing Partner AG", "Partner")
p("j_capacity", "Chris Baker", "ConsultLink", "Network Manager")
p("j_likeminded", "Roberto Ferrari", "Ferrari Ventures", "Visionary | Founder | Speaker")
p("j_15min", "Nina Hofer", "WorkVibe", "Account Executive")
p("j_ctp1", "Lars Andersen", "TeamTemp Analytics", "VP Sales DACH", connected="2024-01-15", invite=("IN", "2024-01-15 07:55", ""))
p("j_ctp2", "Claudia Moser", "Moser Vorsorge", "Finanzplanerin", connected="2023-11-27", invite=("IN", "2023-11-26 20:40", "Grüezi Frau Schaub, als Baslerin würde ich mich freuen, mich mit Ihnen zu vernetzen."))
p("j_ctp3", "Daniel Fischer", "Fit@Work", "Corporate Wellness Consultant", connected="2024-02-26", invite=("IN", "2024-02-26 12:10", ""))
p("j_bump1", "Ashley Green", "HireRight Now", "Talent Partner")
p("j_bump2", "Pascal Roth", "Event & Apéro Service", "Inhaber")
p("j_tpl1", "Megan Shaw", "ProStaff International", "Client Partner")
p("j_tpl2", "Alex Müller", "Pharmatalent Recruiting", "Senior Recruiter")
p("j_tpl3", "Tom Wilkins", "LifeSci Staffing", "Business Manager")
p("j_tpl4", "Sven Huber", "Swiss Talent Hub", "Account Manager")
p("j_tpl5", "Rebecca Stone", "NextHire Europe", "Director")
p("j_merge1", "Lena Brunner", "EngageNow", "Sales")
p("j_merge2", "Michael Scott", "TrainingPro", "Business Developer")
p("j_merge3", "Sabrina Hess", "Büromöbel Schweiz", "Beraterin")
p("j_merge4", "Jordan Blake", "DEI Consulting Group", "Consultant")
p("j_spon1", "TalentCloud", "", "", url="https://www.linkedin.com/company/talentcloud-hr")
p("j_spon2", "Executive Academy Zürich", "", "", url="https://www.linkedin.com/company/executive-academy-zuerich")
p("j_spon3", "SwissBank Private", "", "", url="https://www.linkedin.com/company/swissbank-private")
p("j_award", "Olivia Hunt", "European HR Excellence Awards", "Awards Manager")
p("j_podcast", "Marc Baumann", "HR Insider Podcast", "Host")
p("j_fluent", "Victoria Adams", "Culture Catalyst", "Partner")
p("j_crypto", "Adrian Keller", "Alpine Crypto Advisors", "Investment Advisor")
p("j_realestate", "Nicolas Brun", "Immo Invest Suisse", "Berater")
p("j_lang", "Carlos Mendes", "LinguaFast", "Corporate Sales")
p("j_kita", "Yvonne Graf", "KidsCare Network", "Business Development")
p("j_gifts", "Tamara Bühler", "Swiss Corporate Gifts", "Verkauf")
p("j_refcheck", "Dylan Brooks", "VeriFast Screening", "Enterprise Sales")
p("j_aihr", "Maya Patel", "RecruitBot AI", "Founding AE")

# ================================================================ GENUINE (35)
c("genuine", "hiring_request", "de", "Linienvorgesetzter will Laborantenstelle besetzen", [
    ("lm_qc", "2024-02-05 08:10", "Sali Nadine, mir händ jetzt definitiv d Zuesag für die zusätzlichi Laborantestell im QC Mikrobiologie. Chönne mir diese Woche kurz d Stelleausschriibig aluege? Ich möcht, dass sie bis Ende Monat online isch."),
    ("me", "2024-02-05 09:02", "Hoi Beat, super! Schick mir dr Entwurf, ich lueg ihn bis morn a. Denk dra: Lohnband 6 isch gsetzt, mir chönd nöd dr Lohn i d Uusschriibig neh."),
    ("lm_qc", "2024-02-05 09:15", "Merci, chunnt grad."),
])
c("genuine", "performance_case", "en", "line manager asks for advice on a difficult performance case", [
    ("lm_prod", "2024-01-29 17:45", "Hi Nadine, could we find 30 mins this week? I have a shift lead whose GMP documentation errors keep repeating - third deviation this quarter. I want to handle it fairly and by the book. Thinking PIP but not sure it's the right step yet."),
    ("me", "2024-01-30 08:05", "Hi Sarah, yes of course. Before PIP let's look at whether training records and workload are part of it - the night shift has been short two people since December. Thursday 10:00 in my office?"),
    ("lm_prod", "2024-01-30 08:20", "Thursday works. Thanks for the nudge on staffing, fair point."),
])
c("genuine", "candidate", "en", "candidate asks for interview feedback", [
    ("cand1", "2024-02-14 19:30", "Dear Nadine, thank you again for organising the panel interview last Tuesday. I wanted to ask if there's any update - I have another offer pending and need to answer them by Monday. I'm still very keen on the Basel role."),
    ("me", "2024-02-15 08:40", "Dear Priya, thanks for being transparent about the timing. The panel meets tomorrow afternoon and I'll call you on Friday either way. If it helps: feedback so far has been very positive."),
    ("cand1", "2024-02-15 09:02", "That's great to hear, thank you!"),
])
c("genuine", "offer_negotiation", "de", "Kandidat verhandelt Lohnangebot und Startdatum", [
    ("cand2", "2024-01-10 18:20", "Guten Abend Frau Schaub, vielen Dank für das Angebot. Ich habe es mit meiner Frau durchgesehen. Beim Lohn hatte ich etwas mehr erwartet, CHF 112'000 statt 105'000, weil ich auch die Pikettdienste übernehmen würde. Und wäre ein Start am 1. Mai statt 1. April möglich? Meine Kündigungsfrist ist 3 Monate."),
    ("me", "2024-01-11 09:30", "Guten Tag Herr Meier, danke für die offene Rückmeldung. Start am 1. Mai ist kein Problem. Beim Lohn kann ich Ihnen CHF 108'500 anbieten, die Pikettentschädigung kommt separat dazu (ca. CHF 4'000 pro Jahr). Passt das für Sie?"),
    ("cand2", "2024-01-11 18:00", "Das ist fair, ich nehme gerne an. Vielen Dank!"),
    ("me", "2024-01-12 08:15", "Wunderbar, der Vertrag kommt nächste Woche per Post. Willkommen bei Rheinpharma!"),
])
c("genuine", "search_firm_engaged", "en", "executive search firm she retained sends Head of QA shortlist and fee schedule", [
    ("search1", "2024-02-08 16:00", "Dear Nadine, as agreed in our kick-off, please find attached the long list summary for the Head of QA Sterile role: 11 profiles, 4 of whom are ready for first interviews. Second retainer instalment (one third of the fee, CHF 28,000) will be invoiced on presentation of the shortlist as per our contract. Could we schedule the calibration call with Sarah next week?"),
    ("me", "2024-02-08 17:10", "Dear Caroline, thanks - impressive turnaround. Calibration call Tuesday 14:00? I'll bring Sarah and Daniel. Please include the two internal candidates in the benchmark."),
    ("search1", "2024-02-08 17:30", "Tuesday 14:00 confirmed. Will do."),
], attachments={0: "https://www.linkedin.com/dms/longlist-head-qa-summary.pdf"})
c("genuine", "vendor_price_change", "en", "existing LMS vendor announces licence price increase at renewal", [
    ("lms", "2024-01-18 11:00", "Hi Nadine, hope the new year started well. Ahead of your renewal on 1 April I wanted to flag that our per-seat price for the Enterprise tier will increase from CHF 38 to CHF 42 per user per year. For your 1,850 seats that is about CHF 7,400 more. I can offer a 3-year lock at CHF 40 if you want to plan ahead. Happy to talk it through with procurement."),
    ("me", "2024-01-18 14:20", "Hi Oliver, thanks for the early heads-up. Please send the 3-year option in writing to me and to Procurement (Mr. Wenger). We also need the GMP training module validated before we sign anything."),
    ("lms", "2024-01-18 14:45", "Will do, including the validation package."),
])
c("genuine", "works_council", "de", "Personalkommission zur Konsultation Reorganisation", [
    ("pk", "2024-02-12 12:30", "Grüezi Frau Schaub, die Personalkommission möchte vor der Information an die Mitarbeitenden der Abfüllung noch einmal die Sozialplan-Eckwerte besprechen, insbesondere die Frühpensionierungsregel ab 60. Wäre nächster Mittwoch möglich?"),
    ("me", "2024-02-12 14:00", "Grüezi Herr Hänggi, ja, Mittwoch 13:30 im Sitzungszimmer Rhein. Ich bringe die Berechnungen der Pensionskasse mit. Herr Wyss nimmt die erste halbe Stunde teil."),
    ("pk", "2024-02-12 14:10", "Merci, das passt."),
])
c("genuine", "event_invitation", "de", "Uni Career Service lädt zur Karrieremesse ein, Standpreis", [
    ("unibs", "2024-01-15 10:00", "Liebe Frau Schaub, am 16. April findet wieder das Life Sciences Career Forum im Kollegienhaus statt. Gerne reservieren wir Ihnen wieder einen Stand (Standard CHF 1'200, Premium mit Kurzpräsentation CHF 2'400). Dürfen wir mit Ihnen rechnen?"),
    ("me", "2024-01-15 11:30", "Liebe Frau Frey, ja, gerne wieder Standard. Dieses Jahr bringen wir zwei Trainees mit, die selber in Basel studiert haben."),
])
c("genuine", "coach_engaged", "de", "Coach, die sie für eine Führungskraft beauftragt hat", [
    ("coach1", "2024-02-01 09:00", "Liebe Frau Schaub, das Coaching mit Herrn Bürgin ist gut gestartet, 3 von 8 Sitzungen sind durch. Wie vereinbart stelle ich die erste Hälfte (4 x CHF 320) per Ende Februar in Rechnung. Ein Zwischengespräch zu dritt würde ich im März vorschlagen."),
    ("me", "2024-02-01 10:15", "Liebe Frau Vogt, danke für das Update. Zwischengespräch gerne, ich schaue mit Urs einen Termin an."),
])
c("genuine", "peer_joint_offer", "mixed", "peer HRBP at another pharma proposes joint mentoring programme, cost split", [
    ("peer_hrbp", "2024-01-24 19:00", "Salut Nadine! Idee: Medivance und Rheinpharma machen zusammen ein cross-company mentoring programme for women in engineering? Wir hätten je 10 Mentees, a shared kick-off and the facilitator fee split 50/50 - she quoted CHF 18k total. Ça te dit?"),
    ("me", "2024-01-25 07:50", "Salut Laurent, ça me dit beaucoup! Ich muss es bei Katrin (D&I) und im Budget durchbringen, aber 9k for us is doable. Call next week?"),
    ("peer_hrbp", "2024-01-25 08:05", "Parfait, I'll send a slot."),
])
c("genuine", "inbound_buyer", "en", "start-up in the life-science park wants to buy seats in her GMP onboarding academy", [
    ("startup", "2024-02-02 13:15", "Hi Nadine, we met briefly at the Switzerland Innovation Park apéro. We're a 40-person cell therapy start-up and building our first GMP team. Daniel mentioned Rheinpharma sometimes opens its GMP onboarding academy to partner companies for a fee. Could we buy 6 seats for the May cohort? What would that cost?"),
    ("me", "2024-02-02 16:40", "Hi Elena, nice to hear from you! Yes, we do that for partners - it's CHF 1,950 per participant for the 5-day programme, including materials and lunch. May still has space. I'll connect you with our training coordinator for the contract."),
    ("startup", "2024-02-02 17:00", "Perfect, that's within budget. Thanks!"),
])
c("genuine", "inbound_buyer", "de", "interne Kundin will Plätze im Führungstraining kaufen (Kostenverrechnung)", [
    ("lm_dev", "2024-02-20 11:20", "Hoi Nadine, mis Team (Analytical Development) wott sich gern am neue Führigstraining beteilige. Mir hätte 5 nöii Teamleiter. Was chostet das pro Person interne und chönne mir no im Juni-Durchgang mitmache?"),
    ("me", "2024-02-20 13:00", "Hoi Fabienne, gern! Intern wird CHF 2'300 pro Person uf dini Kostestell verrechnet. Juni het no 6 Plätz. Schick mir d Näme bis Ende Monet."),
])
c("genuine", "job_applicant", "de", "interner Mitarbeiter bewirbt sich auf Stelle in anderem Team", [
    ("internal", "2024-02-06 20:10", "Guten Abend Frau Schaub, ich arbeite seit 2 Jahren als Laborant im QC und möchte mich auf die Stelle als Junior Validierungsspezialist bewerben. Muss ich vorher meinen Vorgesetzten informieren? Ich möchte es richtig machen."),
    ("me", "2024-02-07 08:00", "Guten Tag Herr Bianchi, schön, dass Sie sich intern weiterentwickeln möchten. Laut unserer Richtlinie informieren Sie Ihren Vorgesetzten spätestens, wenn Sie zum Gespräch eingeladen werden. Gerne können wir vorher kurz sprechen."),
    ("internal", "2024-02-07 08:30", "Vielen Dank, das mache ich."),
])
c("genuine", "job_applicant", "en", "ETH graduate asks about trainee programme", [
    ("grad", "2024-02-12 21:00", "Dear Ms Schaub, I'm finishing my MSc at ETH in August and am very interested in the Technical Operations trainee programme. Do you accept applicants who need a work permit? I'm an Indian citizen. Thank you for your time!"),
    ("me", "2024-02-13 08:30", "Dear Aarav, thanks for reaching out. Yes - Swiss graduates from non-EU countries can get a permit if the role is of high scientific or economic interest, and trainee roles in our area usually qualify. Applications open 1 March on our careers site. Good luck with your thesis!"),
])
c("genuine", "thanks_event", "de", "Dank nach Diversity-Day-Panel (1/3)", [
    ("panel1", "2024-03-08 17:30", "Liebe Nadine, herzlichen Dank fürs Moderieren heute! Das Panel war der Höhepunkt vom Diversity Day, alle reden noch davon."),
    ("me", "2024-03-08 18:00", "Merci Katrin, hät mir sehr Spass gmacht!"),
])
c("genuine", "thanks_event", "de", "Dank nach Diversity-Day-Panel (2/3)", [
    ("panel2", "2024-03-08 18:10", "Liebe Nadine, herzlichen Dank für die tolle Moderation heute. Das Panel war ein Höhepunkt des Diversity Day!"),
])
c("genuine", "thanks_event", "en", "thanks after Diversity Day panel (3/3)", [
    ("panel3", "2024-03-08 19:45", "Dear Nadine, thank you so much for moderating today - the panel was the highlight of Diversity Day! Merci vilmal."),
    ("me", "2024-03-09 09:00", "Thank you Ayesha, and thanks for sharing your story so openly."),
])
c("genuine", "candidate_in_spam", "de", "Kandidat fragt nach Bewerbungsstand; landete im SPAM-Ordner", [
    ("spamcand", "2024-02-22 07:15", "Grüezi Frau Schaub, ich habe mich vor drei Wochen als Automation Engineer (Ref. 24-0117) beworben und noch keine Eingangsbestätigung erhalten. Könnten Sie kurz prüfen, ob meine Unterlagen angekommen sind? Freundliche Grüsse, Reto Fankhauser"),
], folder="SPAM")
c("genuine", "owner_sourcing", "en", "owner approaches a candidate for the QA role", [
    ("me", "2024-01-09 10:00", "Dear Hannah, I came across your talk on aseptic process simulation at the PDA conference. We're building a new sterile fill line in Basel and I think your background could be a great match for a Head of QA role. Would you be open to a confidential conversation?"),
    ("sourced", "2024-01-10 19:30", "Dear Nadine, thank you - it's flattering. I'm not actively looking, but Basel is on my family's list. A first conversation is fine. Would Friday afternoon work?"),
    ("me", "2024-01-11 07:45", "Friday 15:00 CET works. I'll send a Teams link."),
])
c("genuine", "owner_outreach", "de", "Inhaberin fragt FHNW nach Praxisprojekt", [
    ("me", "2024-01-22 14:00", "Liebe Frau Hug, hätten Sie im Herbstsemester Studierende für ein Praxisprojekt zum Thema Schichtplanung und Ergonomie in der Abfüllung? Wir würden das Projekt betreuen und entschädigen."),
    ("fhnw", "2024-01-23 09:00", "Liebe Frau Schaub, sehr gerne! Die Projektausschreibung läuft bis 15. März, Entschädigung üblicherweise CHF 5'000 pro Projekt. Ich schicke Ihnen das Formular."),
])
c("genuine", "long_standing_contact", "mixed", "former colleague, threads over many years, switching languages", [
    ("formerco", "2019-06-14 17:00", "Nadine, tu me manques au bureau! How is the new job?"),
    ("me", "2019-06-14 18:20", "Chantal! Du fehlst mir auch. Busy but good, the people here are great."),
    ("formerco", "2022-12-20 12:00", "Joyeux Noël et bonne année! Lunch in January? Same place at the Marktplatz?"),
    ("me", "2022-12-20 13:00", "Gärn! 12. Januar?"),
    ("formerco", "2024-02-25 20:00", "Dis-moi, do you know a good HRBP for our R&D? We're hiring, and I trust your judgement more than any headhunter."),
    ("me", "2024-02-26 07:30", "I'll think about it - ask Laurent Girardin too, he knows everyone in Romandie."),
])
c("genuine", "press_enquiry", "de", "Journalist fragt nach 4-Tage-Woche Pilot", [
    ("journo", "2024-02-28 09:40", "Guten Tag Frau Schaub, ich recherchiere zu Pilotprojekten mit Arbeitszeitreduktion in der Basler Industrie. Ich habe gehört, Rheinpharma testet eine 4-Tage-Woche in der Instandhaltung. Wären Sie zu einem kurzen Gespräch bereit? Zitate würde ich selbstverständlich zur Freigabe vorlegen."),
    ("me", "2024-02-28 11:00", "Guten Tag Herr Gysin, grundsätzlich gerne, ich muss das aber mit unserer Kommunikationsabteilung abstimmen. Ich melde mich bis Freitag."),
])
c("genuine", "friend", "de", "Freundin, Fasnacht und Smalltalk", [
    ("friend", "2024-02-18 21:30", "Nadine!! Gosch am Morgestraich mit? Mir träffe üs wie immer am Spalebärg, 3:45 🥁 Und nachher Mählsuppe bi mir"),
    ("me", "2024-02-18 21:50", "Logisch! Ich bring Zibelewaije mit. Aber dasmol schlof ich vorher e paar Stund 😅"),
    ("friend", "2024-02-18 21:52", "Hahaha das seisch jedes Johr"),
])
c("genuine", "vendor_change", "de", "Pensionskasse informiert über Änderung Umwandlungssatz", [
    ("pension", "2024-01-25 14:00", "Liebe Frau Schaub, wie angekündigt senkt der Stiftungsrat den Umwandlungssatz per 1.1.2025 in Schritten. Wir würden gerne im März eine Infoveranstaltung für Ihre Mitarbeitenden in der Produktion anbieten, auch im Schichtbetrieb. Welche Zeiten würden passen?"),
    ("me", "2024-01-25 15:30", "Liebe Frau Suter, danke. Am besten zweimal: 13:45 (Schichtwechsel) und 17:00. Ich kläre die Räume."),
])
c("genuine", "vendor_price_change", "en", "relocation provider sends new price list", [
    ("reloc", "2024-01-08 09:15", "Hi Nadine, Happy New Year! Attached is our 2024 price list. Home search package goes from CHF 3,200 to CHF 3,450; school search stays the same. Because Rheinpharma is a framework client, the old prices apply to all assignments initiated before 31 March."),
    ("me", "2024-01-08 10:00", "Thanks James. We have 4 relocations coming in Q1, I'll make sure they're initiated before the deadline."),
], attachments={0: "https://www.linkedin.com/dms/swisssettle-prices-2024.pdf"})
c("genuine", "legal_advisor", "de", "Anwalt zu Arbeitsbewilligung Drittstaat und Honorar", [
    ("me", "2024-02-16 09:00", "Grüezi Herr Rossi, wir möchten eine indische Kandidatin (Senior QA) einstellen. Wie sieht es mit dem Kontingent im Kanton Basel-Stadt aus, und was kostet Ihre Begleitung des Gesuchs?"),
    ("lawyer", "2024-02-16 14:30", "Grüezi Frau Schaub, das Kontingent ist aktuell noch gut verfügbar. Für das komplette Gesuch inkl. Vorprüfung rechnen Sie mit CHF 2'800 pauschal. Bearbeitungszeit ca. 6-8 Wochen."),
    ("me", "2024-02-16 15:00", "Danke, bitte starten Sie mit der Vorprüfung, Unterlagen folgen."),
])
c("genuine", "line_manager_request", "de", "Teamleiterin fragt nach Teilzeit nach Mutterschaftsurlaub", [
    ("lm_parent", "2024-02-13 12:10", "Hoi Nadine, e Mitarbeiterin vo mir chunnt im April us em Mutterschaftsurlaub zrugg und möcht uf 60% reduziere. Im Schichtbetrieb isch das schwierig. Was sind üsi Möglichkeite? Ich wött ihre das nöd eifach abschlaa."),
    ("me", "2024-02-13 13:30", "Hoi Nicole, merci, dass du so dra ane gahsch. Mir händ zwei Möglichkeite: Jobsharing mit dr Kollegin, wo au reduziere wott, oder fixi Frühschicht. Lass üs am Donnerstag zäme luege."),
])
c("genuine", "reference_request", "de", "ehemaliger Mitarbeiter bittet um Zwischenzeugnis", [
    ("zeugnis", "2024-01-31 18:00", "Grüezi Frau Schaub, ich bräuchte für eine Wohnungsbewerbung ein Zwischenzeugnis bzw. eine Arbeitsbestätigung. Ist das möglich? Vielen Dank und freundliche Grüsse"),
    ("me", "2024-02-01 07:45", "Grüezi Herr Imhof, natürlich. Die Arbeitsbestätigung schicken wir Ihnen bis Freitag per Post."),
])
c("genuine", "former_intern", "en", "former intern thanks her, got a job", [
    ("intern", "2024-02-10 16:00", "Hi Nadine! Just wanted to let you know I got the junior HR role in Lausanne. Your feedback on my interview prep made all the difference. Merci infiniment!"),
    ("me", "2024-02-10 17:30", "Léa, congratulations!! They're lucky to have you. Keep in touch!"),
])
c("genuine", "event_invitation", "de", "HR-Netzwerk lädt sie als Referentin ein", [
    ("hrswiss", "2024-01-30 10:30", "Liebe Nadine, das HR Basel Netzwerk macht im Mai einen Anlass zum Thema 'Schichtarbeit und Fachkräftemangel'. Hättest du Lust, 20 Minuten aus der Praxis zu erzählen? Kein Honorar, aber ein sehr feines Apéro riche :)"),
    ("me", "2024-01-30 12:00", "Liebe Barbara, gern! Für ein Apéro riche mach ich fast alles. Schick mir die Details."),
])
c("genuine", "works_council", "de", "Mitglied Personalkommission, informelle Frage Homeoffice", [
    ("pk2", "2024-02-21 16:45", "Hoi Nadine, churzi Frog: Gilt die neu Homeoffice-Regelig au für d Lüt i dr Planig, wo halb im Büro und halb i dr Produktion sind? Es git e chli Unsicherheit."),
    ("me", "2024-02-21 17:10", "Hoi Roland, ja, für alli mit mehr als 50% Büroanteil. Ich schick morn e churzi FAQ a d Teamleiter."),
])
c("genuine", "search_firm_engaged", "en", "search firm from last year's mandate checks on placed candidate and final invoice", [
    ("search2", "2023-11-20 10:00", "Hi Nadine, it's been six months since Dr. Weber started as Site Engineering Lead. How is she settling in? Also a reminder that the guarantee period ends on 30 November, after which our final invoice (CHF 21,500) will be issued."),
    ("me", "2023-11-20 11:30", "Hi Mark, she's doing great - the team loves her. Invoice is fine, please send it to accounts payable with the PO number."),
])
c("genuine", "global_colleague", "en", "global compensation colleague about merit cycle", [
    ("global", "2024-02-01 22:00", "Hi Nadine, the merit budget for Switzerland is confirmed at 2.1% plus 0.4% for equity adjustments. Can you have the Technical Operations proposals in the tool by March 15? Let me know if the gender pay gap analysis needs extra time."),
    ("me", "2024-02-02 07:30", "Hi Rachel, March 15 is tight but doable. The pay gap analysis is done, I'll share the summary next week."),
])
c("genuine", "line_manager_request", "en", "UK expat line manager asks for an exception to the hiring freeze", [
    ("lm_uk", "2024-02-26 08:20", "Morning Nadine, I know there's a hiring freeze but we're losing our only customs specialist in May. Without her we can't release export batches. What do I need to get an exception approved?"),
    ("me", "2024-02-26 09:10", "Morning Graham, a one-page business case with the risk in CHF (delayed batches) and Daniel's signature. I'll pre-align with Finance so it doesn't get stuck. Want me to draft the template?"),
    ("lm_uk", "2024-02-26 09:15", "That would be brilliant, cheers."),
    ("me", "2024-02-26 09:40", "Graham, draft attached - please fill in the batch values and"),
], drafts={3})
c("genuine", "hr_group", "de", "Gruppenchat Führungskräfte zur Reorganisation Kommunikation", [
    ("lm_eng", "2024-02-15 07:30", "Guete Morge mitenand, wenn genau informiere mir d Schicht B? Die sind am Mäntig erscht am Obe do."),
    ("lm_qc", "2024-02-15 07:45", "Ich würd e separati Info am 18:00 mache."),
    ("me", "2024-02-15 08:00", "Einverstanden, ich bin am 18:00 au do. D Personalkommission isch informiert."),
], title="Reorg Abfüllung - Führung")

# ================================================================ WANTED PITCHES (12)
c("wanted_pitch", "hrtech_post", "en", "onboarding app refers to her post on night-shift onboarding", [
    ("w_onboard", "2024-02-20 09:00", "Hi Nadine, thanks for connecting. In your post you described new operators on night shift getting their SOP training from 'whoever happens to be on the line' and the 30% who leave in the first 6 months. We build a mobile onboarding app for shift workers - it works on the shared tablets in cleanroom gowning areas and logs training directly for GMP. A vaccine plant in Visp uses it on 3 shifts. Would a look be useful?"),
    ("me", "2024-02-20 12:30", "Hi Ivana, the GMP logging is the key question. If it really writes to our LMS, I'm interested. Can you send the validation documentation first?"),
])
c("wanted_pitch", "assessment_talk", "de", "Assessment-Startup bezieht sich auf ihren Vortrag zu skills-based hiring", [
    ("w_assess", "2023-11-14 10:00", "Grüezi Frau Schaub, ich war an Ihrem Referat an den HR Tagen in Zürich. Sie sagten, dass Sie bei Laboranten zunehmend auf Lehrabschluss verzichten und stattdessen praktische Tests machen möchten, aber die Auswertung zu viel Zeit braucht. Wir haben ein kurzes, validiertes Arbeitsprobe-Tool für Laborberufe entwickelt, auf Deutsch und Englisch. Darf ich Ihnen eine 10-Minuten-Demo an einem Ihrer Profile zeigen?"),
    ("me", "2023-11-14 14:00", "Grüezi Herr Egli, ja, gerne. Am liebsten mit dem Profil Laborant Mikrobiologie."),
])
c("wanted_pitch", "employer_branding_site", "de", "Agentur hat die Karriereseite angeschaut: Schichtstellen nur auf Englisch ausgeschrieben", [
    ("w_careers", "2024-01-17 11:00", "Guten Tag Frau Schaub, ich habe mir Ihre Karriereseite angesehen: 23 von 40 offenen Stellen sind Schichtstellen in der Produktion, aber alle sind nur auf Englisch ausgeschrieben und verlangen 'fluent German'. Das schreckt genau die Kandidatinnen aus dem Baselbiet und dem Elsass ab, die Sie suchen. Wir machen kurze, deutschsprachige Stellenanzeigen mit Schichtplan-Infos und testen sie auf regionalen Kanälen. Interesse an einem Beispiel für die Stelle 'Produktionsmitarbeiter Abfüllung'?"),
    ("me", "2024-01-17 14:30", "Ehrlich gesagt ein guter Punkt, der mir intern auch schon aufgefallen ist. Schicken Sie mir das Beispiel."),
])
c("wanted_pitch", "interim_press", "de", "Interim-Management bezieht sich auf Zeitungsartikel zum Standort Stein", [
    ("w_press", "2024-02-07 08:30", "Grüezi Frau Schaub, im Basler Wirtschaftsblatt stand, dass Rheinpharma für den neuen Standort in Stein AG bis 2025 rund 250 Stellen besetzen will und die Produktion im Herbst anläuft. Für solche Hochläufe stellen wir Interim-Schichtleiter und -Produktionsleiter mit GMP-Erfahrung, die in 4 Wochen verfügbar sind - zwei von ihnen haben gerade den Hochlauf einer Abfüllanlage in Visp begleitet. Wäre das für die Übergangszeit ein Thema?"),
])
c("wanted_pitch", "coach_mutual_contact", "de", "Coach über gemeinsamen Kontakt (Laurent Girardin) empfohlen", [
    ("w_coach", "2024-02-19 13:00", "Liebe Frau Schaub, Laurent Girardin von Medivance hat mir Ihren Namen gegeben. Er erzählte, dass Sie dieses Jahr viele Laboranten zu Teamleitern befördern und ein Programm für den Übergang suchen. Ich begleite seit 6 Jahren neue Führungskräfte aus technischen Berufen, mit Medivance habe ich ein 4-Modul-Programm gemacht. Laurent meinte, ich solle mich direkt melden. Hätten Sie Zeit für einen Kaffee?"),
    ("me", "2024-02-19 15:10", "Liebe Frau Keller, ja, Laurent hat mir von Ihnen erzählt. Kaffee gern, nächste Woche?"),
])
c("wanted_pitch", "payroll_register", "de", "Payroll-Dienstleister hat SHAB-Eintrag der neuen Tochtergesellschaft gelesen", [
    ("w_register", "2024-01-29 09:00", "Grüezi Frau Schaub, im SHAB habe ich die Eintragung der Rheinpharma Manufacturing Stein AG gesehen. Neue Gesellschaften im Aargau brauchen eine eigene Lohnbuchhaltung mit Anmeldung bei der SVA Aargau, der Quellensteuer und einer neuen BVG-Anschlusslösung. Wir haben das für zwei Pharma-Tochterfirmen in Stein und Sisseln aufgesetzt, inkl. Grenzgänger-Quellensteuer. Falls Ihr Payroll-Team Unterstützung beim Aufbau braucht, erkläre ich gerne unser Vorgehen."),
])
c("wanted_pitch", "hrtech_tools", "en", "reference-check tool integrates with the applicant tracking system she uses", [
    ("w_tools", "2024-02-13 10:20", "Hi Nadine, your careers site runs on TalentHub ATS (I could see it from the application links). We just released a native TalentHub connector for automated reference checks: the candidate nominates referees, questions are GMP-role specific, and results land directly in the candidate profile - no copying PDFs. It's GDPR and nDSG compliant with Swiss hosting. Would a short demo in your sandbox be useful?"),
])
c("wanted_pitch", "recruiter_relevant_role", "de", "Headhunterin mit passender HR-Leitungsrolle", [
    ("w_headhunter", "2024-01-23 19:00", "Liebe Frau Schaub, ich suche für ein Basler Medtech-Unternehmen (ca. 900 MA, zwei Produktionsstandorte) eine Leiterin HR Operations. Was mich auf Sie bringt: Ihre Erfahrung mit Sozialplanverhandlungen und Personalkommission sowie Ihr Aufbau der GMP-Academy - genau diese zwei Themen stehen dort an. Vertraulich, natürlich. Wäre ein unverbindliches Gespräch denkbar?"),
    ("me", "2024-01-23 21:00", "Liebe Frau Burckhardt, ich bin eigentlich zufrieden, aber ein Gespräch schadet nicht. Nächste Woche abends?"),
])
c("wanted_pitch", "language_school", "de", "Sprachschule kennt die Relocation-Zahlen aus ihrem Beitrag", [
    ("w_language", "2024-01-12 11:30", "Grüezi Frau Schaub, in Ihrem Beitrag im HR-Magazin schreiben Sie, dass Sie jährlich rund 60 internationale Fachkräfte nach Basel holen und viele nach einem Jahr noch kein Deutsch sprechen. Wir bieten Deutschkurse direkt am Standort, zugeschnitten auf Laborvokabular und Basler Alltag, auch zu Schichtzeiten. Gerne mache ich Ihnen ein Angebot für eine Pilotgruppe von 8 Personen."),
    ("me", "2024-01-12 15:00", "Das Schichtzeiten-Thema ist genau unser Problem. Bitte schicken Sie ein Angebot."),
])
c("wanted_pitch", "facilitator_article", "en", "leadership facilitator refers to her HR Today article on first-time managers", [
    ("w_article", "2024-02-09 14:00", "Hi Nadine, I read your HR Today piece on 'from best technician to first-time manager'. Your line that promoted lab techs 'lose the thing they were good at on day one' is exactly what I work on. I run 2-day, hands-on workshops for new technical leads in English and German, with follow-up peer groups. Happy to share the outline I used at a Muttenz chemicals site - no strings."),
    ("me", "2024-02-09 16:30", "Hi Ben, thanks - please do share the outline."),
])
c("wanted_pitch", "childcare_partner", "de", "Kita nahe Standort bezieht sich auf neue Elternzeit-Regelung", [
    ("w_kita", "2024-02-27 10:00", "Guten Tag Frau Schaub, ich habe gelesen, dass Rheinpharma ab Juli 20 Wochen Elternzeit für alle Elternteile einführt. Unsere Kita liegt fünf Gehminuten vom Werk im Klybeck und öffnet um 6:00 Uhr - passend zur Frühschicht. Wir bieten Firmen reservierte Plätze an; zwei andere Arbeitgeber im Quartier machen das bereits. Darf ich Ihnen die Konditionen schicken?"),
])
c("wanted_pitch", "interim_qa", "en", "interim QA lead offers cover while the Head of QA search runs", [
    ("w_interim", "2024-02-15 08:45", "Hi Nadine, I saw the Head of QA Sterile role on your careers page and heard from Caroline at Helvetia that the search will take a few more months. Until the new person starts, sterile sites often need someone to sign batch releases as QP. I'm an interim QA lead with QP eligibility in Switzerland and 3 sterile inspections behind me. Available from April for 4-6 months. Would that be of interest?"),
    ("me", "2024-02-15 11:00", "Hi Felix, actually yes - Sarah and I were just discussing interim cover. Can you send your CV?"),
])

# ================================================================ JUNK (38)
c("junk", "generic_hrtech", "en", "generic onboarding software (counterpart of Shiftboard)", [
    ("j_onboard", "2024-02-22 15:00", "Hi Nadine,\n\nOnboarding is broken. Onboardly fixes it. Our platform delivers delightful onboarding experiences that boost retention by 82%. Trusted by fast-growing companies worldwide.\n\nOpen to a quick demo?\n\nCheers,\nJake"),
])
c("junk", "generic_hrtech", "en", "generic AI assessment pitch (counterpart of SkillSignal)", [
    ("j_assess", "2024-01-16 09:00", "Hi Nadine, are you still hiring the old way? TalentMetrics uses AI to predict candidate success with 95% accuracy. HR leaders love us. Can I send you a short video?"),
])
c("junk", "generic_branding", "de", "generisches Employer Branding (Gegenstück zur Talentbrücke)", [
    ("j_brand", "2024-02-06 10:30", "Grüezi Frau Schaub, Ihre Arbeitgebermarke ist Ihr wichtigstes Kapital im War for Talents. Wir entwickeln ganzheitliche Employer-Branding-Strategien. Darf ich Ihnen unsere Referenzen senden?"),
])
c("junk", "generic_staffing", "en", "generic offshore staffing pitch (counterpart of interim management)", [
    ("j_interim", "2024-02-01 05:30", "Dear Nadine, greetings from GlobalStaff Solutions! We provide skilled resources in IT, finance and engineering at 60% lower cost. Kindly let me know a suitable time for a call."),
])
c("junk", "generic_coaching", "en", "generic life coaching (counterpart of Keller Leadership)", [
    ("j_coach", "2024-01-20 22:00", "Hey Nadine! Are you ready to unlock your FULL potential in 2024? My Unstoppable You programme has helped 500+ women leaders break through their limits. DM me 'READY' for a free session!"),
])
c("junk", "generic_payroll", "de", "generischer Lohnbuchhaltungs-Pitch (Gegenstück zu PayAlpin)", [
    ("j_payroll", "2024-02-14 08:00", "Guten Tag Frau Schaub, lagern Sie Ihre Lohnbuchhaltung aus und sparen Sie Zeit und Kosten! LohnProfi ist Ihr zuverlässiger Partner für KMU. Jetzt Offerte anfordern."),
])
c("junk", "generic_hrtech", "en", "generic engagement survey tool", [
    ("j_hrtech", "2024-02-08 13:00", "Hi Nadine, how engaged are your employees really? PeoplePulse gives you real-time engagement insights with pulse surveys. Would you be open to a 15-minute intro call?"),
])
c("junk", "offers_what_she_does", "de", "bietet HR-Business-Partnering als Outsourcing an, ihr eigener Job", [
    ("j_sells", "2024-01-25 11:00", "Grüezi Frau Schaub, fehlt Ihnen die Kapazität für strategisches HR Business Partnering? Unsere erfahrenen HR Business Partner unterstützen Ihre Linienvorgesetzten flexibel und kostengünstig - vom Rekrutierungsprozess bis zur Reorganisation. Gerne stelle ich Ihnen unser Modell vor."),
])
c("junk", "capacity_for_clients", "en", "asks whether she has capacity for new clients", [
    ("j_capacity", "2024-02-19 12:00", "Hi Nadine, quick one - do you have capacity to take on new clients at the moment? We match HR consultants with companies that need support. Joining is free for the first month."),
])
c("junk", "like_minded", "en", "connect as like-minded leaders", [
    ("j_likeminded", "2024-01-07 23:45", "Hi Nadine, I always enjoy connecting with like-minded visionaries who are passionate about growth. I believe we could create amazing synergies together. Let's connect and explore!"),
])
c("junk", "quick_call", "de", "kurzer 15-Minuten-Call", [
    ("j_15min", "2024-02-23 09:15", "Hallo Nadine, hättest du nächste Woche 15 Minuten für einen kurzen Call? Ich zeige dir, wie WorkVibe die Mitarbeiterzufriedenheit messbar macht. Dienstag oder Mittwoch?"),
])
c("junk", "connect_then_pitch", "en", "connects, small talk answered, then pitches people analytics", [
    ("j_ctp1", "2024-01-15 08:30", "Thanks for connecting, Nadine! Basel must be lovely this time of year - do you get to enjoy the Rhine much?"),
    ("me", "2024-01-15 18:00", "Hi Lars, more in summer - the Rhine swim is a must. Winter is mostly tram and office!"),
    ("j_ctp1", "2024-01-16 08:30", "Ha, I need to try that! Speaking of office - TeamTemp helps HR teams predict attrition before it happens. Would you have 20 minutes next week for a demo?"),
    ("j_ctp1", "2024-01-24 08:30", "Hi Nadine, just circling back on this one."),
])
c("junk", "connect_then_pitch", "de", "Finanzplanerin vernetzt sich als Baslerin, dann Vorsorgepitch", [
    ("j_ctp2", "2023-11-27 08:00", "Grüezi Frau Schaub, danke fürs Annehmen! Schön, dass wir beide in Basel zu Hause sind. Geniessen Sie die Herbstmesse?"),
    ("j_ctp2", "2023-11-29 08:00", "Übrigens: Viele Kaderleute unterschätzen die Lücke in ihrer Pensionskasse. Ich mache gratis eine Vorsorgeanalyse für Sie - wann hätten Sie 30 Minuten?"),
])
c("junk", "connect_then_pitch", "en", "wellness consultant connects, compliments, pitches", [
    ("j_ctp3", "2024-02-26 13:00", "Hi Nadine, great to connect! Loved your company's Diversity Day posts."),
    ("j_ctp3", "2024-02-28 13:00", "By the way, Fit@Work offers corporate yoga, massage days and mindfulness workshops. Companies see up to 25% fewer sick days! Can I send you our packages?"),
])
c("junk", "follow_up_bump", "en", "recruitment agency bumps without reply", [
    ("j_bump1", "2024-01-08 09:00", "Hi Nadine, we specialise in hard-to-fill roles. Do you have any open positions we could support?"),
    ("j_bump1", "2024-01-15 09:00", "Hi Nadine, following up on my previous note."),
    ("j_bump1", "2024-01-29 09:00", "Hi Nadine, I'll assume the timing isn't right - shall I check back next quarter?"),
])
c("junk", "follow_up_bump", "de", "Apéro-Service mit Nachfassern", [
    ("j_bump2", "2024-02-05 14:00", "Grüezi Frau Schaub, planen Sie ein Firmenevent? Wir liefern Apéros für 20 bis 500 Personen in der ganzen Region Basel."),
    ("j_bump2", "2024-02-12 14:00", "Grüezi Frau Schaub, ich erlaube mir, nochmals nachzufragen."),
    ("j_bump2", "2024-02-26 14:00", "Grüezi Frau Schaub, darf ich Ihnen unser Frühlingsmenü schicken?"),
])
c("junk", "mass_template", "en", "staffing template 1/5", [
    ("j_tpl1", "2024-02-09 09:00", "Hi Nadine, I noticed Rheinpharma is hiring across several functions. We have a pool of pre-vetted life sciences professionals ready to interview this week. Would it make sense to share a few profiles?"),
])
c("junk", "mass_template", "en", "staffing template 2/5", [
    ("j_tpl2", "2024-02-12 10:15", "Hi Nadine, I noticed Rheinpharma AG is hiring across multiple functions. We have a pool of pre-screened pharma professionals who can interview this week. Would it make sense to send over a few profiles?"),
])
c("junk", "mass_template", "en", "staffing template 3/5", [
    ("j_tpl3", "2024-02-13 08:40", "Hello Nadine - noticed Rheinpharma is currently hiring in several areas. We've got a pool of pre-vetted life science candidates ready to interview this week. Worth sharing a few profiles?"),
])
c("junk", "mass_template", "de", "Staffing-Vorlage 4/5 auf Deutsch", [
    ("j_tpl4", "2024-02-15 11:00", "Hallo Nadine, ich habe gesehen, dass Rheinpharma aktuell in mehreren Bereichen rekrutiert. Wir haben einen Pool an vorqualifizierten Life-Science-Fachkräften, die noch diese Woche für Interviews bereit sind. Macht es Sinn, Ihnen ein paar Profile zu schicken?"),
])
c("junk", "mass_template", "en", "staffing template 5/5", [
    ("j_tpl5", "2024-02-20 16:30", "Hi Nadine, I noticed Rheinpharma is hiring across several teams right now. We have a pool of pre-vetted professionals in life sciences ready to interview this week - would it make sense to share a few profiles with you?"),
])
c("junk", "merge_tag_failure", "de", "unausgefüllter {{Vorname}}-Platzhalter", [
    ("j_merge1", "2024-01-19 07:00", "Hallo {{Vorname}}, wie stark sind Ihre Mitarbeitenden wirklich engagiert? Mit EngageNow messen Sie es in Echtzeit. Darf ich Ihnen eine Demo zeigen?"),
])
c("junk", "merge_tag_failure", "en", "unfilled [Company] tag", [
    ("j_merge2", "2024-02-02 14:00", "Hi Nadine, I came across [Company] and thought our sales training could really help your team close more deals. Interested in a free workshop?"),
])
c("junk", "merge_tag_failure", "de", "falscher Name (Frau Schwab) bei Büromöbeln", [
    ("j_merge3", "2024-02-16 09:00", "Sehr geehrte Frau Schwab, ergonomische Büroarbeitsplätze steigern die Produktivität Ihrer Mitarbeitenden. Gerne beraten wir Sie bei der Einrichtung Ihrer neuen Büroräume."),
])
c("junk", "merge_tag_failure", "en", "wrong company (Basilea Chem) in a DEI consulting pitch", [
    ("j_merge4", "2024-01-31 15:20", "Hi Nadine, as HR leader at Basilea Chem, I'm sure inclusion is high on your agenda. Our DEI training has been delivered to 200+ organisations. Shall we set up a call?"),
])
c("junk", "sponsored_inmail", "en", "sponsored InMail HR software", [
    ("j_spon1", "2024-01-11 12:00", "<p>Hi Nadine,</p><p>Hire 2x faster with TalentCloud. See why 3,000 HR teams switched &ndash; book your free demo today.</p>"),
], title="Sponsored Conversation", subject="Hire 2x faster")
c("junk", "sponsored_inmail", "de", "Sponsored InMail Weiterbildung", [
    ("j_spon2", "2024-02-03 12:00", "<p>Grüezi Nadine</p><p>Bereit für den n&auml;chsten Karriereschritt? Unser Executive Master in HR Leadership startet im Herbst. Jetzt Infoabend buchen.</p>"),
], title="Sponsored Conversation", subject="Executive Master HR Leadership")
c("junk", "sponsored_inmail", "de", "Sponsored InMail Privatbank", [
    ("j_spon3", "2024-02-24 12:00", "<p>Liebe Nadine</p><p>Ihr Verm&ouml;gen verdient mehr. Exklusive Anlagel&ouml;sungen f&uuml;r F&uuml;hrungskr&auml;fte &ndash; vereinbaren Sie ein pers&ouml;nliches Gespr&auml;ch.</p>"),
], title="Sponsored Conversation", subject="Exklusive Anlagelösungen")
c("junk", "paid_award", "en", "HR 'award' nomination that requires a fee", [
    ("j_award", "2024-02-06 11:00", "Dear Nadine, congratulations! You have been nominated for HR Business Partner of the Year at the European HR Excellence Awards. To secure your place as a finalist, including the gala dinner and winner's logo, a registration fee of EUR 1,250 applies. Places are limited."),
])
c("junk", "paid_podcast", "de", "Podcast-Gastauftritt gegen Gebühr", [
    ("j_podcast", "2024-01-26 17:00", "Hallo Nadine, wir würden dich gerne als Gast im HR Insider Podcast haben! Unsere Hörerschaft: 15'000 HR-Profis im DACH-Raum. Für Produktion und Promotion verrechnen wir einen Unkostenbeitrag von CHF 490. Wann hättest du Zeit?"),
])
c("junk", "fluent_generic", "en", "fluent pitch naming her company but fits anyone", [
    ("j_fluent", "2024-02-21 07:40", "Dear Nadine, at Rheinpharma you're clearly committed to building a culture where people thrive - it shows. That's exactly why I think Culture Catalyst could be a powerful partner: we help forward-thinking organisations like yours unlock engagement, align leaders and create lasting change. Would you be open to exploring what this could look like for Rheinpharma?"),
])
c("junk", "off_topic_finance", "en", "crypto investment pitch", [
    ("j_crypto", "2024-01-13 21:15", "Hi Nadine, have you considered adding crypto to your portfolio? Our Swiss-regulated advisory has delivered 30%+ returns for clients. Let me know if you'd like a free consultation."),
])
c("junk", "off_topic_realestate", "de", "Immobilien-Investment-Pitch", [
    ("j_realestate", "2024-02-10 10:00", "Grüezi Frau Schaub, Renditeliegenschaften im Wallis ab CHF 450'000 - ideal als Altersvorsorge. Darf ich Ihnen unser aktuelles Portfolio zusenden?"),
])
c("junk", "generic_language", "en", "generic language app pitch (counterpart of Sprachwerk)", [
    ("j_lang", "2024-01-30 06:45", "Hi Nadine, LinguaFast helps employees learn any language 3x faster with our app. Corporate plans start at EUR 9 per user. Free trial for your team?"),
])
c("junk", "generic_childcare", "de", "generisches Kinderbetreuungs-Netzwerk (Gegenstück zur Kita Rheinperle)", [
    ("j_kita", "2024-02-29 08:30", "Sehr geehrte Damen und Herren, KidsCare Network bietet Unternehmen flexible Kinderbetreuungslösungen in der ganzen Schweiz. Steigern Sie Ihre Arbeitgeberattraktivität! Kontaktieren Sie uns für eine Offerte."),
])
c("junk", "off_topic_gifts", "de", "Firmengeschenke ohne Bezug", [
    ("j_gifts", "2024-02-17 11:30", "Grüezi Frau Schaub, schon an Ostern gedacht? Personalisierte Schoggihasen und Geschenkboxen für Ihre Mitarbeitenden und Kunden - jetzt mit 15% Frühbucherrabatt bestellen!"),
])

c("junk", "generic_screening", "en", "generic background-check vendor (counterpart of RefCheck.io)", [
    ("j_refcheck", "2024-02-14 04:50", "Hello Nadine, VeriFast delivers global background screening in 48 hours. Criminal, education, employment verification - all in one dashboard. Can I send you our pricing deck?"),
])
c("junk", "generic_ai_recruiting", "en", "AI recruiter tool, two bumps", [
    ("j_aihr", "2024-01-22 10:00", "Hi Nadine! Meet Ava, the AI recruiter that screens 1,000 applicants while you sleep. Teams cut time-to-hire by 70%. Worth a look?"),
    ("j_aihr", "2024-01-29 10:00", "Hey Nadine, bumping this in case it got buried!"),
])

PROFILE = {
    "First Name": "Nadine", "Last Name": "Schaub",
    "Headline": "HR Business Partner Technical Operations at Rheinpharma AG | Basel",
    "Summary": "HR Business Partner for ~1,200 people in manufacturing, QC and engineering. Shift work, GMP academies, works council partnership. Baslerin, Fasnächtlerin.",
    "Industry": "Pharmaceutical Manufacturing", "Geo Location": "Basel, Basel-Stadt, Switzerland",
}
POSITIONS = [
    {"Company Name": "Rheinpharma AG", "Title": "HR Business Partner Technical Operations", "Location": "Basel", "Started On": "Jun 2019"},
    {"Company Name": "Novamed AG", "Title": "HR Specialist / HR Generalist", "Location": "Basel", "Started On": "Aug 2012", "Finished On": "May 2019"},
]
SKILLS = ["HR Business Partnering", "Employee Relations", "Talent Acquisition", "Change Management", "Arbeitsrecht", "Compensation"]

if __name__ == "__main__":
    X.write(Path(__file__).resolve().parents[1] / SLUG, PROFILE, POSITIONS, SKILLS)
    print(X.summary())

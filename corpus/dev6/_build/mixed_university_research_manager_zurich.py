"""Persona: Dr. Regula Furrer, head of the research grants office at a university in Zurich.

Written blind to the detector (session 2). 2026 messages.csv layout (with ATTACHMENTS).
Swiss German, Standard German (Swiss spelling, no ß) and English. Every message is hand-written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-university-research-manager-zurich"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Regula Furrer", "https://www.linkedin.com/in/regula-furrer-grants",
               "Zürcher Hochschule für Life Sciences", "Leiterin Grants Office")
ex = Export(SLUG, "2026", owner)
P = ex.person


def junk(category: str, lang: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("junk", category, lang, note, messages, **kw)


def good(category: str, lang: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("genuine", category, lang, note, messages, **kw)


def wanted(category: str, lang: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("wanted_pitch", category, lang, note, messages, **kw)


# ------------------------------------------------------------------ junk: one template, four grant consultancies
TEMPLATE = [
    ("t1", "Oliver Grantham", "FundWin Consulting", "2025-02-11 09:05",
     "Dear Dr. Furrer,\n\nUniversities like ZHLS leave millions in Horizon Europe funding on the table every "
     "year. Our expert writers have helped clients achieve a 3x higher success rate on ERC and MSCA "
     "proposals. We handle everything from concept note to submission.\n\nWould you be open to a quick "
     "15-minute call to explore how we can support your researchers?\n\nBest regards,\nOliver", "INBOX"),
    ("t2", "Chiara Benedetti", "ProposalPro Europe", "2025-04-08 10:40",
     "Dear Dr. Furrer,\n\nInstitutions like Zürcher Hochschule für Life Sciences leave millions in Horizon "
     "Europe funding on the table each year. Our senior writers have helped clients reach a 3x higher "
     "success rate on ERC and Marie Curie proposals. We take care of everything from idea to submission.\n\n"
     "Would you be open to a short 15 minute call to see how we could support your faculty?\n\nKind regards,\nChiara", "INBOX"),
    ("t3", "Stefan Rieder", "EuroGrant Partners AG", "2025-06-17 08:15",
     "Dear Dr. Regula,\n\nUniversities like yours leave millions in Horizon Europe funding on the table "
     "every year. Our expert writers have helped clients achieve a 3x higher success rate on ERC and MSCA "
     "proposals. We handle everything from concept to submission.\n\nOpen to a quick 15-minute call "
     "to explore how we can support your researchers?\n\nBest,\nStefan", "SPAM"),
    ("t4", "Hannah Westbrook", "Apex Research Funding Ltd", "2025-10-21 14:30",
     "Dear Dr. Furrer,\n\nUniversities like ZHLS leave millions in Horizon Europe and SNSF funding on the "
     "table every year. Our PhD-level writers have helped clients achieve a 3x higher success rate on ERC "
     "proposals. We handle everything from concept note to submission.\n\nWould you be open to a quick "
     "15-minute call next week?\n\nWarm regards,\nHannah", "INBOX"),
]
for key, name, company, when, text, folder in TEMPLATE:
    P(key, name, company, "Director, Institutional Partnerships")
    junk("template_multi_sender", "en", f"grant-writing consultancy template, sender {name}",
         [(key, when, text)], folder=folder)
ex.conversations[0].messages.append(
    ("t1", "2025-02-18 09:10", "Hi Dr. Furrer, just following up on my note below. Would Thursday suit?"))

# ------------------------------------------------------------------ junk: predatory journals and conferences, merge tags
P("m1", "Editorial Office IJAMR", "International Journal of Advanced Multidisciplinary Research", "Editor")
junk("merge_tag_failure", "en", "predatory journal, [Author Name] placeholder",
     [("m1", "2025-03-03 03:12",
       "Dear Dr. [Author Name],\n\nGreetings from IJAMR! We have read your esteemed article and are "
       "pleased to invite you to submit your next manuscript for our upcoming issue. Peer review within 7 "
       "days. Article processing charge only 199 USD. Kindly submit before 15th March.\n\nEditorial Office")])
P("m2", "Dr. Samuel Okoro", "Global Scholars Publishing", "Managing Editor")
junk("predatory_journal", "en", "predatory journal invitation praising an article she never wrote",
     [("m2", "2025-09-09 04:45",
       "Dear Eminent Professor Furrer,\n\nWe were impressed by your outstanding paper on \"Protein folding "
       "kinetics in extremophiles\" and invite you to join the Editorial Board of the Journal of Frontier "
       "Biosciences. Board members enjoy 50% APC discount. Please send your CV and photo.")],
     folder="SPAM")
P("m3", "Conference Secretariat WCSS", "World Congress on Sustainable Science", "Organizing Committee")
junk("predatory_conference", "en", "predatory conference: invited speaker with registration fee",
     [("m3", "2025-05-20 06:30",
       "Dear Dr. Furrer,\n\nOn behalf of the Organizing Committee, we are delighted to invite you as a "
       "Keynote Speaker at the 9th World Congress on Sustainable Science, Dubai, 12-14 November. This "
       "prestigious gathering unites more than 1,500 eminent scientists, Nobel laureates, policy makers "
       "and industry leaders from over 80 countries under the theme \"Science for a Resilient "
       "Tomorrow\". Tracks include renewable energy, nanomedicine, climate finance, artificial "
       "intelligence, food security, higher education management and many more. All accepted abstracts "
       "will be published in our conference proceedings with DOI, and selected papers will be invited to "
       "our partner journals. Keynote speakers enjoy a 40-minute plenary slot, a certificate of "
       "recognition and a complimentary city tour. Speaker registration: EUR 899 (includes gala dinner "
       "and two nights' accommodation on request at a special rate). Kindly confirm your slot at the "
       "earliest and share your talk title and a short biography.\n\nWarm regards,\nConference Secretariat"),
      ("m3", "2025-06-03 06:31", "Gentle reminder: only 3 keynote slots remaining. Kindly revert.")])
P("m4", "Priya Raman", "SciConnect Events", "Program Manager")
junk("merge_tag_failure", "en", "conference invite with {{field}} tag and wrong field",
     [("m4", "2025-11-04 05:00",
       "Dear Dr. Furrer,\n\nYour contributions to {{research_field}} are widely recognized! We invite you to "
       "chair a session at the International Summit on Nanotechnology & Robotics, Barcelona. Early bird "
       "fee 650 EUR.")])
P("m5", "Markus Egli", "Lab Supply Direct", "Key Account Manager")
junk("merge_tag_failure", "de", "Laborbedarf, falscher Name (Prof. Keller, ETH)",
     [("m5", "2025-08-26 11:10",
       "Grüezi Frau Prof. Keller\n\nAls Leiterin des Labors an der ETH wissen Sie, wie wichtig "
       "zuverlässiges Verbrauchsmaterial ist. Diesen Monat erhalten Sie 20 % auf alle Pipettenspitzen. "
       "Darf ich Ihnen unseren Katalog zustellen?\n\nFreundliche Grüsse\nMarkus Egli")])
P("m6", "Sandra Lüthi", "EventHub Schweiz", "Sales")
junk("merge_tag_failure", "de", "Anrede HALLO FIRSTNAME",
     [("m6", "2026-01-13 09:00",
       "Hallo FIRSTNAME,\n\nPlanen Sie 2026 ein Firmenevent? Unsere Locations am Zürichsee bieten Platz "
       "für 20 bis 400 Gäste. Jetzt Frühbucherrabatt sichern!")])

# ------------------------------------------------------------------ junk: Sponsored InMail
P("s1", "Zürcher Privatbank", "Zürcher Privatbank", "", url="https://www.linkedin.com/company/zuercher-privatbank-demo")
junk("sponsored_inmail", "de", "Bankwerbung Vorsorge",
     [("s1", "2025-03-24 12:00",
       "<p>Grüezi Regula</p><p>Ihre Vorsorge verdient mehr. Entdecken Sie unsere 3a-Lösungen &ndash; "
       "jetzt Beratung buchen.</p>")],
     title="Sponsored Conversation", subject="Mehr aus Ihrer Säule 3a")
P("s2", "CloudSuite Analytics", "CloudSuite Analytics", "", url="https://www.linkedin.com/company/cloudsuite-analytics")
junk("sponsored_inmail", "en", "BI software ad",
     [("s2", "2025-09-30 12:00",
       "<p>Hi Regula,</p><p>Turn spreadsheets into dashboards in minutes. Free for teams up to 5.</p>"
       "<p><b>Start your trial &rarr;</b></p>")],
     title="Sponsored Conversation", subject="Dashboards without the headache")
P("s3", "Alpine Executive Education", "Alpine Business School", "", url="https://www.linkedin.com/company/alpine-exec-ed")
junk("sponsored_inmail", "en", "executive programme ad",
     [("s3", "2026-02-10 12:00",
       "<p>Regula, lead change with confidence. Our 6-day Leadership Intensive in St. Moritz starts in "
       "April. Download the brochure.</p>")],
     title="Sponsored Conversation", subject="Leadership Intensive 2026")

# ------------------------------------------------------------------ junk: connect then pitch
P("c1", "Luca Brunner", "GrantGPT", "Co-Founder", connected="2025-05-05",
  invite=("IN", "2025-05-04 22:10", ""))
junk("connect_then_pitch", "mixed", "Grüezi small talk, then English AI grant-writing pitch",
     [("c1", "2025-05-05 08:00", "Grüezi Frau Furrer, merci für die Vernetzung! Schön, jemanden aus der Forschungsförderung in Zürich kennenzulernen."),
      ("me", "2025-05-05 12:30", "Grüezi Herr Brunner, gern geschehen."),
      ("c1", "2025-05-07 08:10",
       "Quick one in English since our deck is in English: GrantGPT drafts complete SNSF and Horizon "
       "proposals from a researcher's CV and three bullet points. Universities save weeks per proposal. "
       "Can I show you a 15-minute demo?")])
P("c2", "Melanie Hofstetter", "Erfolgsmentoring Schweiz", "Business Mentorin", connected="2025-08-18",
  invite=("IN", "2025-08-17 19:00", "Lass uns als gleichgesinnte Frauen in Führung vernetzen!"))
junk("like_minded_entrepreneurs", "de", "Gleichgesinnte, dann Coaching-Programm",
     [("c2", "2025-08-18 07:30", "Liebe Regula, wie schön, dass wir jetzt vernetzt sind! 🌸 Ich liebe den Austausch mit Gleichgesinnten."),
      ("c2", "2025-08-21 07:45",
       "Darf ich dir eine Frage stellen? Wenn du in 90 Tagen doppelt so viel Klarheit und Einkommen "
       "hättest – wärst du offen dafür? Mein Programm \"Queen of Impact\" startet im September, 4 Plätze sind noch frei.")])
P("c3", "Tobias Kern", "ResearchFlow Software", "Account Executive DACH", connected="2025-10-06",
  invite=("IN", "2025-10-05 17:45", ""))
junk("connect_then_pitch", "de", "Wie war die Woche, dann Forschungsmanagement-Software + Nachfass",
     [("c3", "2025-10-06 09:00", "Hallo Frau Furrer, danke fürs Annehmen! Wie war Ihre Woche bisher?"),
      ("c3", "2025-10-08 09:05",
       "Hintergrund meiner Nachricht: Mit ResearchFlow verwalten Hochschulen Anträge, Budgets und "
       "Berichte an einem Ort. Hätten Sie nächste Woche 15 Minuten für einen kurzen Austausch?"),
      ("c3", "2025-10-20 09:03", "Frau Furrer, ich hake nochmal kurz nach 🙂")])

# ------------------------------------------------------------------ junk: bumps, recruiting, crypto, awards
P("f1", "Isabelle Marchetti", "DataVault Research Storage", "Sales Lead")
junk("follow_up_bump", "en", "research storage pitch with three bumps",
     [("f1", "2025-01-14 10:00",
       "Hi Regula, research data is growing 40% per year. DataVault offers compliant, Swiss-hosted storage "
       "for universities at half the price of the big clouds. Worth a chat?"),
      ("f1", "2025-01-21 10:00", "Bumping this to the top of your inbox!"),
      ("f1", "2025-01-29 10:00", "Hi Regula, did you have a chance to read my last message?"),
      ("f1", "2025-02-07 10:00", "Closing the loop — should I reach out to someone else on your team instead?")])
P("r1", "Fabienne Suter", "TalentPeak Executive Search", "Partner")
junk("recruiting_spam", "de", "fremde Stelle: Head of Sales SaaS",
     [("r1", "2025-07-01 11:20",
       "Grüezi Frau Furrer, Ihr Profil hat mich sehr angesprochen. Für einen schnell wachsenden "
       "SaaS-Kunden in Zug suche ich einen Head of Sales DACH (OTE CHF 240k). Wären Sie offen für einen "
       "vertraulichen Austausch?")])
P("x1", "Nathalie Graf", "", "Investor")
junk("crypto_mlm", "de", "Krypto-Renditen, Spam",
     [("x1", "2025-04-15 23:30",
       "Guten Abend Regula, ich hoffe, es geht dir gut. Ich zeige Akademikerinnen, wie sie mit "
       "automatisiertem Krypto-Trading wöchentlich 4 % Rendite erzielen. Darf ich dir mehr erzählen?")],
     folder="SPAM")
P("x2", "Daniela Zimmermann", "VitaGlow Network", "Executive Director")
junk("crypto_mlm", "mixed", "MLM skincare in Swiss German with English buzzwords",
     [("x2", "2025-11-18 20:10",
       "Hoi Regula! 💫 Ich ha grad es mega Business-Opportunity entdeckt: Premium Skincare, 100 % "
       "passive income, total flexibel näbem Job. Hesch 10 Minute für es kurzes Zoom? Financial freedom wartet!")])
P("a1", "Rebecca Lorne", "Global Research Excellence Awards", "Awards Director")
junk("paid_award", "en", "paid Research Leader award",
     [("a1", "2025-06-24 09:30",
       "Congratulations, Dr. Furrer! You have been shortlisted as Research Management Leader of the Year "
       "2025 (Europe). Winners receive a trophy and a feature in our global report. Participation fee: "
       "GBP 1,250. Please confirm by Friday.")])
P("a2", "Jay Patterson", "Research Leaders Podcast", "Host & Producer")
junk("paid_award", "en", "podcast appearance with sponsorship fee",
     [("a2", "2025-12-02 16:00",
       "Hey Regula! We'd love to feature you on Research Leaders (top 1% podcast in Education). Guests "
       "contribute a 590 USD production fee, which includes a professionally edited clip package. Interested?")])

# ------------------------------------------------------------------ junk: services she sells herself, off-topic, generic fluent
P("o1", "Céline Dubach", "ProposalCare GmbH", "Geschäftsführerin")
junk("sells_herself", "de", "Antragsberatung für Forschende an das Grants Office selbst",
     [("o1", "2025-03-11 10:30",
       "Grüezi Frau Furrer\n\nWir unterstützen Forschende bei SNF- und EU-Anträgen: Review, Budget, "
       "Lektorat. Viele Hochschulen haben dafür keine eigenen Ressourcen. Dürfen wir Ihnen unser Angebot "
       "für Ihre Forschenden vorstellen?\n\nFreundliche Grüsse")])
P("o2", "Ahmed El-Sayed", "ConsortiaHub", "EU Partnerships Manager")
junk("capacity_pitch", "en", "mass consortium-partner offer: capacity for new projects?",
     [("o2", "2025-07-15 13:00",
       "Dear Regula, does your university have capacity for new Horizon Europe projects this year? "
       "We match institutions into winning consortia — for a success fee of only 4% of your budget share. "
       "Let me know and I'll add you to our partner pool.")])
P("o3", "Kiran Patel", "Nexa Digital Studio", "Business Development")
junk("off_topic", "en", "offshore app development",
     [("o3", "2025-02-25 05:40",
       "Hello Regula,\nWe are a team of 200+ developers creating apps, portals and e-commerce for clients "
       "worldwide. Do you have any upcoming IT projects? Rates from 22 USD/hour.")], folder="SPAM")
P("o4", "Patrick Wyss", "LeadBooster Schweiz", "Inhaber")
junk("off_topic", "de", "B2B-Terminbuchung für Vertrieb an eine Uni-Forschungsmanagerin",
     [("o4", "2025-09-16 14:20",
       "Grüezi Frau Furrer, wir buchen für Schweizer KMU monatlich 10–15 qualifizierte Termine mit "
       "Entscheidern. Erfolgsbasiert. Wäre das für Ihren Vertrieb interessant?")])
P("o5", "Victoria Hale", "Insight Strategy Group", "Principal")
junk("generic_fluent", "en", "fluent generic pitch naming the institution",
     [("o5", "2025-11-25 10:00",
       "Hi Regula — I spent some time this morning reading about ZHLS's research strategy 2030. Impressive "
       "ambition. I'm curious whether you'd be open to exploring how our proprietary Impact Acceleration "
       "Framework helps institutions unlock their full funding potential. Fifteen minutes is all I'd need."),
      ("o5", "2025-12-03 10:01", "Hi Regula, just resurfacing this. Happy to work around your calendar.")])
P("o6", "Beat Amstutz", "SwissSecure IT", "Cyber Security Consultant")
junk("generic_fluent", "de", "Angst-Pitch Cyberangriff mit Hochschulnamen",
     [("o6", "2025-05-27 08:30",
       "Frau Furrer, Hochschulen wie die ZHLS sind aktuell das Hauptziel von Ransomware. Ein einziger "
       "Angriff kostet im Schnitt CHF 1,8 Mio. Wir offerieren Ihnen einen kostenlosen Security-Check. Passt Ihnen Dienstag?")])
P("o7", "Walter Gisler", "Goldvorsorge AG", "Berater")
junk("crypto_mlm", "de", "Goldsparplan, Massenanschreiben",
     [("o7", "2025-10-14 17:00",
       "Sehr geehrte Frau Furrer, in unsicheren Zeiten setzen kluge Anlegerinnen auf physisches Gold. "
       "Unser Sparplan startet ab CHF 100 pro Monat. Darf ich Ihnen die Unterlagen zusenden?")])
P("o8", "Lena Moser", "Swiss Startup Grants Portal", "")
junk("off_topic", "de", "Fördergeld-Köder, Spam",
     [("o8", "2026-01-27 22:40",
       "GRATULATION!! Ihr Unternehmen qualifiziert sich für bis zu CHF 100'000 nicht rückzahlbare "
       "Fördergelder. Nur noch 48 Stunden – jetzt Anspruch prüfen!")], folder="SPAM")
P("o9", "Dr. Helen Carter", "Thesis Masters Academic Services", "Director")
junk("off_topic", "en", "essay-mill offering to write students' theses",
     [("o9", "2025-04-29 07:15",
       "Dear Regula, your students deserve to succeed! We provide 100% original thesis and dissertation "
       "writing by PhD experts in all fields. Partner with us and receive 15% commission on every referral.")])
P("o10", "Reto Baumann", "Workshop Kaffee Service", "Verkauf")
junk("off_topic", "mixed", "Kaffeemaschine fürs Büro, Dialekt und Englisch",
     [("o10", "2025-08-05 11:00",
       "Hoi Regula, wie isch eigentlich de Kafi i eurem Büro? ☕ We offer premium bean-to-cup machines "
       "for free, you only pay the beans. Free trial week?")])

# ------------------------------------------------------------------ genuine
P("g1", "Prof. Dr. Martin Stähli", "ZHLS Institut für Mikrobiologie", "Professor", connected="2019-03-11")
good("researcher", "de", "Professor fragt SNF-Budget, Personalkosten, Anhang",
     [("g1", "2025-02-03 16:40",
       "Liebe Regula, ich sitze am SNF-Projektantrag (Einreichung 1. April). Darf ich für die Doktorandin "
       "die neuen SNF-Ansätze nehmen oder die ZHLS-Lohnskala? Und wie viel Overhead dürfen wir fürs "
       "Sequenzieren rechnen? Budgetentwurf im Anhang."),
      ("me", "2025-02-04 08:15",
       "Lieber Martin, nimm die SNF-Ansätze für Doktorierende, die ZHLS stockt nicht auf. Sequenzieren ist "
       "Sachkosten ohne Overhead, die Offerte der Core Facility reicht als Beleg. Ich schau mir den Entwurf "
       "morgen an und schicke dir Kommentare."),
      ("g1", "2025-02-04 08:30", "Merci vielmal!")],
     attachments={0: "https://www.linkedin.com/dms/budget_snf_staehli_v2.xlsx"})
P("g2", "Dr. Aurélie Chappuis", "Swiss National Science Foundation", "Scientific Officer", connected="2018-10-01")
good("funder", "mixed", "SNF scientific officer about info event, French-Swiss writing in German and English",
     [("g2", "2025-09-02 10:00",
       "Liebe Regula, wir machen am 14. Oktober eine Info-Veranstaltung zu den neuen Karrierefördergefässen. "
       "Would your office host it at ZHLS? We'd bring two speakers; you'd only need the room and coffee."),
      ("me", "2025-09-02 11:30", "Très volontiers! Hörsaal B ist reserviert, 13–15 Uhr. Ich schicke dir die Details."),
      ("g2", "2025-09-02 11:40", "Parfait, merci!")])
P("g3", "Thomas Wenger", "Revisia Audit AG", "Senior Auditor", connected="2025-01-20")
good("auditor", "de", "Auditor für EU-Projekt: Termin, Honorar, Belege",
     [("g3", "2025-01-20 14:00",
       "Sehr geehrte Frau Furrer, wie besprochen übernehmen wir das Certificate on the Financial Statements "
       "für das Horizon-Projekt NEMATODE. Unser Pauschalhonorar beträgt CHF 6'800 inkl. Spesen. Könnten Sie "
       "uns bis 10. Februar die Zeiterfassungen und die Personalkostenberechnung zustellen? Vor-Ort-Termin "
       "schlage ich den 24. Februar vor."),
      ("me", "2025-01-20 15:20", "Grüezi Herr Wenger, passt, die Unterlagen kommen bis am 7. Der 24. ist im Kalender."),
      ("g3", "2025-02-25 17:00", "Besten Dank für die gute Vorbereitung gestern. Es gibt keine Feststellungen; der Bericht folgt nächste Woche.")])
P("g4", "Noemi Bachmann", "ZHLS", "Masterstudentin Biotechnologie")
good("student", "de", "Studentin fragt nach Stipendium für Forschungsaufenthalt",
     [("g4", "2025-03-17 12:30",
       "Grüezi Frau Furrer, ich möchte im Herbst für meine Masterarbeit vier Monate nach Toronto. Gibt es "
       "an der ZHLS oder extern Stipendien dafür? Prof. Stähli hat gesagt, ich solle mich bei Ihnen melden."),
      ("me", "2025-03-17 14:00",
       "Grüezi Frau Bachmann, ja: schauen Sie sich das Mobility-Programm der ZHLS an (Frist 30. April) und "
       "zusätzlich die Stiftung für Nachwuchsforschung. Kommen Sie gern an die Sprechstunde am Donnerstag.")])
P("g5", "Jonas Meier", "ZHLS", "PhD Student", connected="2025-06-02")
good("student", "mixed", "PhD student in dialect about travel grant, with English form name",
     [("g5", "2025-06-02 09:45",
       "Hoi Regula, sorry für d'Störig. Ich ha de Travel Grant für d'Konferenz in Boston kriegt 🎉, aber "
       "ich weiss nöd, wie ich d'Reimbursement Form usfülle. Muss ich d'Boarding Pässe au ihreiche?"),
      ("me", "2025-06-02 10:05", "Hoi Jonas, gratuliere! Ja, Boarding Pässe und Hotelrechnig. Formular isch im Intranet unter Grants > Forms."),
      ("g5", "2025-06-02 10:07", "Merci! 🙏")])
P("g6", "Dr. Katrin Vogel", "Universität Basel, Grants Office", "Research Funding Advisor", connected="2016-05-12")
good("colleague", "de", "Kollegin anderer Uni: Austausch zu ERC-Interviewtraining",
     [("g6", "2025-04-22 13:10",
       "Liebe Regula, wir organisieren wieder Mock-Interviews für ERC-Kandidierende. Sollen wir eure zwei "
       "Starting-Grant-Leute dazunehmen? Panel mit drei Ex-Panelmitgliedern, Kosten teilen wir wie letztes Jahr."),
      ("me", "2025-04-22 14:00", "Sehr gern! Ich frag die beiden heute noch. Danke, Katrin!")])
P("g7", "Marta Kowalska", "Research Managers Network Switzerland", "Conference Chair", connected="2021-09-20")
good("event_invite", "en", "association invites her to give keynote",
     [("g7", "2025-07-08 09:00",
       "Dear Regula, the programme committee of our annual meeting in Lausanne (March 2026) would love "
       "you to open the second day with a 30-minute talk on post-award management for Horizon projects. "
       "We cover travel and one night; unfortunately no honorarium. Would you consider it?"),
      ("me", "2025-07-09 08:00", "Dear Marta, I'd be glad to. Please send the details."),
      ("g7", "2025-07-09 08:30", "Wonderful, thank you!")])
P("g8", "Simone Räber", "Zürcher Wochenpost", "Wissenschaftsjournalistin")
good("journalist", "de", "Journalistin zur Assoziierung an Horizon Europe",
     [("g8", "2025-03-05 15:00",
       "Grüezi Frau Furrer, ich schreibe über die Assoziierung der Schweiz an Horizon Europe und was sie für "
       "Zürcher Hochschulen konkret bedeutet. Hätten Sie morgen oder übermorgen 20 Minuten am Telefon?"),
      ("me", "2025-03-05 16:30", "Grüezi Frau Räber, gern. Morgen 11 Uhr, 044 555 01 72."),
      ("g8", "2025-03-05 16:32", "Merci, bis morgen.")])
for key, name, when, text, lang in [
    ("g9", "Dr. Lea Brändli", "2025-11-12 18:00",
     "Liebe Regula, der SNF-Entscheid ist da – bewilligt! Ohne deine Kommentare zum Budget und zur "
     "Zusammenfassung hätte es nicht geklappt. Herzlichen Dank für deine Unterstützung!", "de"),
    ("g10", "Dr. Samuel Odermatt", "2025-11-12 19:30",
     "Liebe Regula, unser SNF-Projekt ist bewilligt! Ohne deine Kommentare zum Budget und zur "
     "Zusammenfassung hätten wir das nicht geschafft. Ganz herzlichen Dank!", "de"),
    ("g11", "Dr. Priyanka Iyer", "2025-11-13 08:10",
     "Dear Regula, our SNSF project was approved! Your comments on the budget and the lay summary made all "
     "the difference. Thank you so much for your support!", "en"),
]:
    P(key, name, "ZHLS", "Principal Investigator")
    good("thanks", lang, f"near-duplicate funded-grant thank-you from {name}", [(key, when, text)])
P("g12", "Dr. Emeka Nwosu", "University of Lagos", "Senior Lecturer")
good("researcher", "en", "foreign researcher asks for letter of support; landed in SPAM",
     [("g12", "2025-08-19 07:20",
       "Dear Dr. Furrer, I am preparing an SNSF Lead Agency / SOR4D proposal with Prof. Stähli at ZHLS. "
       "He said your office issues the institutional letter of commitment. Could you tell me what "
       "information you need from our side? The deadline is 15 September.")],
     folder="SPAM")
P("g13", "Andrea Huber", "ZHLS Grants Office", "Grants Advisor", connected="2020-02-01")
good("colleague", "mixed", "own team member, dialect + English terms",
     [("g13", "2025-10-02 17:50",
       "Hoi Regula, chasch mer morn schnäll hälfe mit em Amendment fürs MSCA-Projekt? De Partner in Lyon "
       "wott s'Budget zwüsche de Work Packages verschiebe und ich bi nöd sicher, öb das es Amendment bruucht."),
      ("me", "2025-10-02 18:10", "Hoi Andrea, klar. Budget transfers zwüsche WPs bruuched keis Amendment, solang de Scope glich bliibt. Mir luegeds morn am 9i aa."),
      ("g13", "2025-10-02 18:11", "Super, merci!")])
P("g14", "Claudia Reinhart", "Perspektive HR Partner", "Recruiterin", connected="2025-04-01")
good("owner_initiated_hiring", "de", "Inhaberin sucht Grants Advisor über Recruiterin, Honorar",
     [("me", "2025-04-01 10:00",
       "Grüezi Frau Reinhart, Katrin Vogel aus Basel hat Sie empfohlen. Wir suchen eine/n Grants Advisor "
       "mit EU-Erfahrung (80–100 %). Machen Sie auch Suchen für Hochschulen?"),
      ("g14", "2025-04-01 13:30",
       "Grüezi Frau Furrer, ja, gern. Für öffentliche Institutionen arbeiten wir mit einem Pauschalhonorar "
       "von CHF 18'000 in zwei Tranchen. Sollen wir nächste Woche telefonieren, damit ich das Profil "
       "verstehe?"),
      ("me", "2025-04-01 14:00", "Gern, Dienstag 10 Uhr?"),
      ("g14", "2025-04-01 14:05", "Passt, ich rufe Sie an.")])
P("g15", "Elena Marković", "", "Research Funding Specialist", connected="2025-05-14")
good("applicant", "en", "applicant for grants advisor post",
     [("g15", "2025-05-14 20:00",
       "Dear Dr. Furrer, I applied yesterday for the Grants Advisor position. I have five years of "
       "experience in the EU office at the University of Ljubljana, mostly MSCA and ERC post-award. I'm "
       "learning German (B1) and moving to Zurich anyway in autumn. I'd be happy to answer any questions."),
      ("me", "2025-05-15 08:00", "Dear Ms Marković, thank you, your application is with us. We'll invite candidates by early June.")])
P("g16", "Roger Imhof", "Converis Research Systems", "Customer Success Manager", connected="2022-03-03")
good("vendor_existing", "de", "bestehender Softwareanbieter: Lizenzverlängerung mit Preis",
     [("g16", "2025-10-28 09:30",
       "Grüezi Frau Furrer, Ihre Lizenz für das Forschungsinformationssystem läuft am 31. Dezember aus. "
       "Für 2026 bleibt der Preis bei CHF 42'000; mit dreijähriger Laufzeit könnten wir 8 % Rabatt "
       "geben. Wie möchten Sie verlängern?"),
      ("me", "2025-10-28 11:00", "Grüezi Herr Imhof, bitte schicken Sie mir beide Offerten, ich muss es dem Rektorat vorlegen.")])
P("g17", "Sophie Dürr", "ZHLS Rektorat", "Stabsstelle Forschung", connected="2017-08-15")
good("colleague", "de", "Rektorat bittet um Zahlen für Jahresbericht",
     [("g17", "2026-01-08 10:15",
       "Liebe Regula, fürs Rektorat bräuchte ich bis Ende Monat die eingeworbenen Drittmittel 2025 nach "
       "Departement und Förderquelle. Gleiches Format wie letztes Jahr reicht. Danke dir!"),
      ("me", "2026-01-08 10:40", "Mach ich, kommt bis am 23.")])
P("g18", "Prof. Anna Lindqvist", "Karolinska Institutet", "Professor", connected="2024-11-11")
good("researcher", "en", "consortium coordinator asks about Swiss partner budget",
     [("g18", "2025-01-28 11:00",
       "Dear Regula, we're coordinating a Horizon Cluster 1 proposal with Prof. Stähli's group. With the "
       "Swiss association status, can ZHLS now be a regular beneficiary with EU funding, or do we still "
       "need SERI funding? I want the budget table right before the consortium meeting."),
      ("me", "2025-01-28 14:30",
       "Dear Anna, for 2025 calls ZHLS can participate as a regular beneficiary, but please check the "
       "transitional arrangement note I attach. Happy to join the consortium call if useful."),
      ("g18", "2025-01-28 14:45", "Very helpful, thank you! I'll send you the invite.")],
     attachments={1: "https://www.linkedin.com/dms/association_note_2025.pdf"})
P("g19", "Marco Albisser", "", "", connected="2008-06-20")
good("friend", "mixed", "old friend congratulates on new role, dialect with English",
     [("g19", "2025-01-06 21:00",
       "Regula!! Grad gseh, dass du jetzt Leiterin vom Grants Office bisch. Huge congrats! 🥂 Mir mönd "
       "das fiire, wenn du wieder emol in Luzern bisch."),
      ("me", "2025-01-06 21:20", "Merci Marco! Unbedingt, ich meld mi im Februar.")])
P("g21", "Prof. Daniel Okafor", "ZHLS", "Professor of Immunology")
P("g20", "Dr. Ruth Egger", "ZHLS Ethikkommission", "Geschäftsführerin", connected="2019-09-09")
good("intro", "mixed", "Vorstellung eines neuen Professors (Gruppe), Deutsch und Englisch",
     [("g20", "2025-09-15 09:00",
       "Liebe Regula, darf ich dir Prof. Daniel Okafor vorstellen? Er ist seit September bei uns in der "
       "Immunologie und plant einen ERC Consolidator. Daniel, Regula ist die beste Adresse für alles rund um Anträge."),
      ("g21", "2025-09-15 10:00", "Thank you Ruth! Dear Regula, sorry that my German is still basic. I'd love to meet to discuss the ERC timeline."),
      ("me", "2025-09-15 10:30", "Welcome, Daniel! No problem at all. How about Thursday at 2 in my office (Building C, 3rd floor)?")],
     title="Intro Okafor / Furrer")
P("g22", "Beatrice Kunz", "Stiftung für Nachwuchsforschung", "Geschäftsführerin", connected="2020-10-10")
good("funder", "de", "Stiftung fragt nach Nominierungen",
     [("g22", "2025-05-06 14:20",
       "Sehr geehrte Frau Furrer, die Stiftung vergibt dieses Jahr wieder drei Anschubfinanzierungen à "
       "CHF 50'000 für Postdocs. Könnten Sie die Ausschreibung an der ZHLS weiterleiten? Nominierungen "
       "bitte bis 30. Juni."),
      ("me", "2025-05-06 15:00", "Sehr geehrte Frau Kunz, sehr gern, ich verschicke es diese Woche an alle Departemente.")])
P("g23", "Lukas Frei", "ZHLS", "Hilfsassistent Grants Office")
good("student", "de", "Hilfsassistent schickt Stundenrapport",
     [("g23", "2025-12-19 16:30",
       "Hallo Regula, anbei mein Stundenrapport für Dezember (38 h). Ich bin vom 22.12. bis 5.1. weg. "
       "Schöne Festtage!"),
      ("me", "2025-12-19 17:00", "Danke Lukas, dir auch schöne Festtage!")],
     attachments={0: "https://www.linkedin.com/dms/stundenrapport_dez_frei.pdf"})
P("g24", "Pierre-Alain Rochat", "Innosuisse", "Innovation Advisor", connected="2023-04-04")
good("funder", "mixed", "Innosuisse advisor offers a call about a project with an SME",
     [("g24", "2025-06-10 09:20",
       "Grüezi Frau Furrer, one of your groups is preparing an innovation project with a medtech SME from "
       "Winterthur. The implementation partner's cash contribution seems too low. Could we have a short "
       "call this week before they submit? Sonst wird's beim Evaluationsgremium schwierig."),
      ("me", "2025-06-10 10:00", "Grüezi Herr Rochat, thank you for the heads-up. Thursday 9:00?"),
      ("g24", "2025-06-10 10:05", "Parfait.")])
P("g25", "Dr. Fiona McLeod", "University of Edinburgh", "Research Manager", connected="2025-03-20",
  invite=("OUT", "2025-03-19 18:00", "Enjoyed your session on timesheets at the network meeting!"))
good("owner_initiated", "en", "owner reaches out to a peer met at a conference",
     [("me", "2025-03-20 08:00",
       "Hi Fiona, thanks for connecting. Would you share the timesheet template you showed? We're "
       "redesigning ours for the next audit."),
      ("g25", "2025-03-20 12:30", "Of course! Here it is. Shout if anything's unclear."),
      ("me", "2025-03-20 13:00", "Brilliant, thank you!")],
     attachments={1: "https://www.linkedin.com/dms/timesheet_template_uoe.xlsx"})
P("g26", "Nicole Baumgartner", "Grant Compass GmbH", "Geschäftsführerin")
good("owner_initiated", "de", "Inhaberin fragt Antragssoftware an; Offerte mit Preis ist erbeten",
     [("me", "2025-08-12 10:00",
       "Grüezi Frau Baumgartner, wir prüfen Tools für die interne Antragsplanung. Könnten Sie mir eine "
       "Offerte für rund 25 Nutzende schicken und sagen, ob Sie Schweizer Hosting anbieten?"),
      ("g26", "2025-08-12 15:20",
       "Grüezi Frau Furrer, gern. Für 25 Nutzende liegt die Lizenz bei CHF 11'500 pro Jahr, Hosting in "
       "Zürich. Einführung zwei halbe Tage à CHF 900. Die Offerte im Anhang; gern zeige ich Ihnen das "
       "Tool in einer Demo."),
      ("me", "2025-08-13 08:30", "Danke, ich melde mich nach der Sitzung mit dem Rektorat.")],
     attachments={1: "https://www.linkedin.com/dms/offerte_grantcompass_zhls.pdf"})
P("g27", "Dr. Yusuf Demir", "ZHLS", "Postdoc", connected="2024-10-01")
good("researcher", "en", "postdoc asks about Ambizione eligibility",
     [("g27", "2025-09-23 17:40",
       "Hi Regula, quick question: my PhD defense was March 2021, so am I still eligible for Ambizione "
       "in the November call? I had 6 months of parental leave in 2023 if that counts."),
      ("me", "2025-09-24 08:20",
       "Hi Yusuf, yes, parental leave extends the window. Send me your dates and I'll double-check with the SNSF.")])
P("g28", "Heidi Schmid", "", "Pensionierte Laborantin", connected="2015-02-02")
good("thanks", "de", "ehemalige Kollegin gratuliert zur Beförderung",
     [("g28", "2025-01-09 10:00",
       "Liebe Regula, ich habe die Nachricht von deiner Beförderung gelesen. Ich freue mich so für dich! "
       "Du warst schon damals im Labor die Einzige, die die Formulare verstanden hat 😄 Herzliche Grüsse aus dem Engadin, Heidi")])
P("g29", "Dr. Isabel Santos", "European Research Council Executive Agency", "Project Adviser", connected="2023-06-06")
good("funder", "en", "ERC project adviser on a grant amendment",
     [("g29", "2025-12-09 11:00",
       "Dear Dr. Furrer, regarding the request to transfer the ERC grant of Dr. Brändli to ZHLS: we have "
       "received the host institution's letter. Could you confirm the start date of her employment? "
       "Then we can proceed with the amendment."),
      ("me", "2025-12-09 13:00", "Dear Dr. Santos, her contract starts on 1 February 2026. I'll upload the confirmation today.")])

# ------------------------------------------------------------------ wanted pitches
P("w1", "Dr. Hélène Aubert", "PanelReady Coaching", "Founder, former ERC panel member", connected="2025-04-14",
  invite=("IN", "2025-04-13 20:00", "Saw the ERC interview list, happy to help your two candidates."))
wanted("tailored_vendor", "en", "ERC interview coach who checked the public step-2 list",
     [("w1", "2025-04-14 08:30",
       "Dear Dr. Furrer, I noticed that two ZHLS researchers (Dr. Brändli and Dr. Iyer) are on the ERC "
       "Starting Grant step-2 list for LS6 and LS8. I sat on LS8 for two cycles. If your office doesn't "
       "already have this covered, I offer one-to-one mock interviews with a panel-style Q&A, CHF 1,400 per "
       "candidate. Happy to send references from Geneva and Bern."),
      ("me", "2025-04-14 09:10", "Thank you, Dr. Aubert. Basel is organising a panel for us, but a one-to-one for LS8 could be valuable. Could we talk Wednesday?")])
P("w2", "Sarah Küng", "Küng Scientific Translation", "Übersetzerin", connected="2025-02-17")
wanted("tailored_vendor", "de", "Übersetzerin weiss, dass die Medizin Anträge auf Deutsch vorentwirft",
     [("w2", "2025-02-18 09:00",
       "Grüezi Frau Furrer, in Ihrem Beitrag zum SNF-Workshop schrieben Sie, dass viele Forschende am "
       "Departement Gesundheit ihre Anträge zuerst auf Deutsch schreiben und die Übersetzung am Schluss "
       "zur Hektik führt. Ich übersetze seit zwölf Jahren biomedizinische Anträge ins Englische, auch für "
       "die Universität Bern. Für Ihre Forschenden könnte ich einen Hochschultarif von CHF 0.28 pro Wort "
       "anbieten.")])
P("w3", "Dr. Jacob Hendriks", "Open Diamond Press", "Publisher")
wanted("tailored_publisher", "en", "diamond OA publisher references the new ZHLS open-access policy",
     [("w3", "2025-07-22 14:00",
       "Dear Dr. Furrer, I read the new ZHLS open-access policy your office published in June, especially "
       "the point that APCs above CHF 2,500 will no longer be covered. We're a non-profit diamond OA "
       "publisher (no APCs) in microbiology and ecology, indexed in DOAJ and Scopus. Could I send you a "
       "one-page overview for your researchers' guidance page?")])
P("w4", "Manuel Hess", "BudgetBridge", "Product Lead", connected="2026-01-19")
wanted("tailored_vendor", "mixed", "vendor heard her talk about Excel budgets and SAP",
     [("w4", "2026-01-20 10:00",
       "Grüezi Frau Furrer, I was at your talk in Bern on post-award chaos, where you showed the 14 Excel "
       "versions of one Horizon budget. Our tool sits on top of SAP (which I believe ZHLS uses) and keeps "
       "one budget version per project. Wenn Sie möchten, zeige ich es Ihnen mit einem anonymisierten "
       "Projekt aus Ihrer Präsentation."),
      ("me", "2026-01-20 11:15", "Ha, the 14 versions were real. Yes, let's look at it — Februar?")])
P("w5", "Julia Steiner", "Storylab Wissenschaftskommunikation", "Inhaberin")
wanted("tailored_vendor", "de", "Lay-Summary-Workshop, kennt SNF-Bewertung und Jahresbericht",
     [("w5", "2025-10-07 13:30",
       "Grüezi Frau Furrer, im Jahresbericht der ZHLS steht, dass bei abgelehnten SNF-Anträgen die "
       "Laienzusammenfassung häufig kritisiert wurde. Ich gebe halbtägige Schreibworkshops genau dazu, "
       "zuletzt für das Graduiertenprogramm in St. Gallen. Für bis zu 16 Forschende CHF 2'200. Darf ich "
       "Ihnen ein Programm schicken?")])
P("w6", "Dr. Thomas Ammann", "DataPlan Consulting", "Research Data Manager")
wanted("tailored_vendor", "de", "DMP-Berater zur neuen SNF-Vorgabe nach ihrem Post",
     [("w6", "2025-03-26 08:45",
       "Grüezi Frau Furrer, Sie schrieben letzte Woche, dass Ihr Team mit den Rückfragen zu "
       "Datenmanagementplänen kaum nachkommt. Ich habe fünf Jahre die DMP-Beratung an der Uni Freiburg "
       "aufgebaut und biete jetzt Sprechstunden auf Mandatsbasis an, z. B. zwei Nachmittage pro Monat vor "
       "den SNF-Fristen. Wäre das eine Entlastung?")])
P("w7", "Dr. Nora Fischer", "Figura Scientific Design", "Scientific Illustrator", connected="2025-06-09")
wanted("tailored_vendor", "en", "illustrator saw a funded ERC proposal's figure praised by reviewers",
     [("w7", "2025-06-10 09:30",
       "Hi Regula, Lea Brändli told me the ERC reviewers singled out the overview figure in her proposal, "
       "which I drew. She said your office runs a proposal clinic each spring. I'd be happy to give a "
       "30-minute slot there on making one clear figure — free for the clinic; researchers who want "
       "more can book me separately.")])
P("w8", "Matthias Keller", "StatWerk Beratung", "Biostatistiker")
wanted("tailored_vendor", "de", "Biostatistiker, kennt Ablehnungsgründe aus Ethik-Sitzungen",
     [("w8", "2025-11-04 15:00",
       "Grüezi Frau Furrer, Dr. Egger von der Ethikkommission meinte, dass bei klinischen SNF-Anträgen der "
       "ZHLS oft die Fallzahlberechnung bemängelt wird. Ich bin Biostatistiker und mache das seit 10 "
       "Jahren für Spitäler. Für Ihre Forschenden könnte ich ein Kontingent von 20 Stunden pro Semester "
       "zu CHF 150/h anbieten.")])
P("w9", "Elif Yilmaz", "EuroLink Liaison Office", "EU Funding Advisor", connected="2025-01-30")
wanted("tailored_partner", "mixed", "EU liaison office on Swiss re-association, tailored to her MSCA post",
     [("w9", "2025-01-31 11:00",
       "Grüezi Frau Furrer, following your post about how many ZHLS postdocs lost the MSCA option in "
       "2022-2024: our Brussels office runs a two-day bootcamp for Swiss host institutions in April, "
       "specifically for re-entry into MSCA Postdoctoral Fellowships. Es hätte noch drei Plätze für "
       "Supervisors aus der ZHLS, CHF 450 pro Person.")])
P("w10", "Raphael Gerber", "Mockpanel.io", "Co-Founder")
wanted("tailored_vendor", "en", "reviewer-matching startup mentions her mock panel initiative",
     [("w10", "2025-12-16 10:00",
       "Dear Dr. Furrer, your LinkedIn post on recruiting emeritus professors as mock reviewers for "
       "internal deadlines was the most sensible thing I've read this year. We built a small tool that "
       "matches internal drafts to volunteer reviewers by keywords and tracks turnaround. Two Swiss "
       "universities use it. If it's helpful, I can set up a free pilot for your March internal round.")])
P("w11", "Monika Zürcher", "Sprachkurs Wissenschaft", "Deutschlehrerin")
wanted("tailored_vendor", "de", "Deutschkurs für internationale Forschende, nach Stellenwechsel-Post",
     [("w11", "2025-10-14 12:00",
       "Grüezi Frau Furrer, Sie haben geschrieben, dass immer mehr neue Professorinnen und Professoren an "
       "der ZHLS zuerst kein Deutsch sprechen und dass Gremiensitzungen dann schwierig werden. Ich biete "
       "Deutschkurse speziell für Hochschulgremien an (Protokolle, Sitzungsdeutsch). Eine Schnupperlektion "
       "kann ich kostenlos anbieten.")])

# ------------------------------------------------------------------ added: more junk
P("j1", "Dr. Amelia Brooks", "Horizon Scholarly Press", "Acquisitions Editor")
junk("predatory_journal", "en", "predatory book-chapter invitation with bump",
     [("j1", "2025-08-04 04:20",
       "Dear Dr. Furrer,\n\nIn recognition of your expertise, we cordially invite you to contribute a "
       "chapter to our forthcoming book \"Advances in Interdisciplinary Science, Vol. 12\". Publication "
       "fee of 349 USD applies after acceptance. Fast-track available."),
      ("j1", "2025-08-18 04:22", "Dear Dr. Furrer, we are yet to receive your kind response. Kindly reply at your earliest convenience.")])
P("j2", "Oscar Whitman", "Meridian Capital Talent", "Talent Partner")
junk("recruiting_spam", "en", "unrelated CRO role in London fintech",
     [("j2", "2025-10-07 12:00",
       "Hi Regula, hope you're well! I'm partnering with a Series C fintech in London looking for a Chief "
       "Revenue Officer. Your leadership experience stood out. Open to a quick confidential chat?")])
P("j3", "Team WinMoreGrants", "WinMoreGrants Academy", "")
junk("generic_template", "en", "mass webinar funnel: secrets to win an ERC",
     [("j3", "2025-11-11 07:00",
       "Hi Regula 👋 Only 48 hours left to register for our FREE masterclass: \"7 Secrets ERC Winners "
       "Never Tell You\". Seats are limited! Bonus: the first 50 registrants get our premium template "
       "pack (value €497).")])
P("j4", "Sina Marti", "Insights4Research", "Market Research")
junk("generic_template", "de", "Massen-Umfrage mit iPad-Verlosung",
     [("j4", "2025-06-03 09:15",
       "Hallo Regula! Nimm an unserer 3-minütigen Umfrage zu Forschungssoftware teil und gewinne ein iPad "
       "Air! 🎁 Deine Meinung zählt. Hier geht's zur Umfrage.")])
P("j5", "Redaktion Top Frauen Schweiz", "Top Frauen Schweiz Magazin", "Redaktion")
junk("paid_award", "de", "bezahltes Porträt 'Top 50 Frauen in der Wissenschaft'",
     [("j5", "2025-03-31 10:30",
       "Sehr geehrte Frau Furrer, die Redaktion hat Sie für die Ausgabe \"Top 50 Frauen in der Schweizer "
       "Wissenschaft\" ausgewählt. Das Porträt (1 Seite inkl. Fotoshooting) ist mit einem "
       "Publikationsbeitrag von CHF 2'900 verbunden. Dürfen wir Sie vormerken?")])

# ------------------------------------------------------------------ added: more genuine
P("h1", "Urs Zwicky", "ZHLS Finanzkontrolle", "Interner Revisor", connected="2018-01-15")
good("auditor", "de", "interne Revision kündigt Stichprobe an",
     [("h1", "2025-05-19 08:00",
       "Grüezi Frau Furrer, wir prüfen im Juni stichprobenweise die Overhead-Verrechnung bei den "
       "Innosuisse-Projekten 2024. Könnten Sie mir bis am 6. Juni die Liste der Projekte mit Kostenstellen "
       "schicken? Danach bräuchte ich eine Stunde mit Ihnen."),
      ("me", "2025-05-19 09:30", "Grüezi Herr Zwicky, kommt bis am 4. Juni. Termin gern am 11. Juni nachmittags.")])
P("h2", "Mia Schuler", "", "Bachelorstudentin Public Management")
good("applicant", "en", "student asks for internship in the grants office",
     [("h2", "2025-02-26 19:00",
       "Dear Dr. Furrer, I'm a bachelor student in public management at ZHAW and very interested in research "
       "administration. Would your office take an intern for 3 months this summer (60%)? I speak German, "
       "English and Italian. My CV is attached."),
      ("me", "2025-02-27 08:00", "Dear Ms Schuler, thank you! We do have a summer internship; please apply via the job portal by 15 March and mention our exchange.")],
     attachments={0: "https://www.linkedin.com/dms/cv_mia_schuler.pdf"})
P("h3", "Dr. Franziska Bühler", "Stiftung Alpenforschung", "Präsidentin des Stiftungsrats", connected="2021-03-03")
good("event_invite", "de", "Stiftung lädt in Jury ein",
     [("h3", "2025-09-29 16:00",
       "Liebe Frau Furrer, unser Stiftungsrat würde Sie gern als Jurymitglied für den Nachwuchspreis "
       "Alpenforschung gewinnen. Zwei Sitzungen pro Jahr in Chur, Spesen werden vergütet. Hätten Sie Interesse?"),
      ("me", "2025-09-30 08:15", "Liebe Frau Bühler, sehr gern, ich fühle mich geehrt. Senden Sie mir die Unterlagen?")])
P("h4", "Dr. Reto Flückiger", "ZHLS Institut für Umweltwissenschaften", "Gruppenleiter", connected="2019-12-12")
good("researcher", "mixed", "researcher missed internal deadline, dialect + English grant terms",
     [("h4", "2025-03-28 22:40",
       "Hoi Regula, ich weiss, ich bi z'spät für di interni Frist. De Co-PI in Wageningen het s'Work Package "
       "erst hüt gschickt. Chönntsch trotzdem no en Blick uf s'Budget werfe bevor mir am 3. April submitted? Sorry!"),
      ("me", "2025-03-29 09:00", "Hoi Reto, ok, aber nur s'Budget und d'Ethics Self-Assessment. Schick's bis Mäntig am 12i."),
      ("h4", "2025-03-29 09:05", "Du bisch en Schatz. Merci!"),
      ("h4", "2025-03-31 11:50", "Da isch's. S'Personal für Wageningen han ich uf 2 Jahr gstreckt, passt das so?"),
      ("me", "2025-03-31 16:20",
       "Hoi Reto, han's aagluegt. S'Budget isch grundsätzlich guet, aber drei Sache: 1) D'Equipment-Position "
       "für de Sensor (CHF 38'000) bruucht e Offerte, suscht streicht de SNF das. 2) Wageningen darf kei "
       "Overhead uf euri Sachmittel rechne, das muess use. 3) Bim Ethics Self-Assessment hesch bi "
       "\"personal data\" nei aagchrüüzlet, aber ihr mached Interviews mit Landwirt:innen. Das isch ja, "
       "und denn bruuchts en Satz zur Anonymisierig und zur Datespeicherig. S'Strecke vom Personal uf 2 "
       "Jahr isch ok, solang d'Arbeitspläne im Research Plan das au so zeiged. Mäld di, wenn du no "
       "Frage hesch, ich bi bis am 18i im Büro."),
      ("h4", "2025-03-31 16:45", "Alles klar, mach ich hüt no. Tuusig Dank!")])
P("h5", "Prof. em. Hans-Peter Wüthrich", "", "Professor emeritus, Zellbiologie", connected="2010-05-05")
good("owner_initiated", "de", "Inhaberin fragt Emeritus als Mock-Reviewer an",
     [("me", "2025-11-20 10:00",
       "Lieber Hans-Peter, wir bauen für die März-Frist ein internes Review-Panel mit Emeriti auf. Hättest "
       "du Lust, zwei Anträge aus der Zellbiologie zu lesen? Wir können ein kleines Honorar von CHF 300 "
       "pro Antrag zahlen."),
      ("h5", "2025-11-20 14:30", "Liebe Regula, mit Vergnügen. Das Honorar spendet ihr bitte an den Nachwuchsfonds. Schick mir die Anträge, wenn sie da sind."),
      ("me", "2025-11-20 15:00", "Du bist grossartig. Merci!")])
P("h6", "Tom Gallagher", "Research Europe Weekly", "Correspondent")
good("journalist", "en", "journalist asks about Swiss return to ERC",
     [("h6", "2026-02-03 13:00",
       "Hello Dr. Furrer, I'm writing a piece on how Swiss institutions are preparing for the first full ERC "
       "round after association. Could I ask you three questions by email, or a 15-minute call this week?"),
      ("me", "2026-02-03 15:40", "Hello Tom, email is easiest for me. Send them over; I'll reply by Thursday.")])
P("h7", "Sandro Pfister", "Axial SAP Consulting", "Projektleiter", connected="2024-09-10")
good("vendor_existing", "de", "bestehender SAP-Dienstleister: Go-live und Zusatzaufwand",
     [("h7", "2025-11-27 11:20",
       "Grüezi Frau Furrer, der Go-live für das neue Projektkostenmodul ist für den 12. Januar geplant. "
       "Für die zusätzliche Schnittstelle zum Forschungsinformationssystem schätzen wir 6 Personentage "
       "(CHF 9'600). Bitte bestätigen Sie, ob wir das in diese Phase nehmen."),
      ("me", "2025-11-27 13:00", "Grüezi Herr Pfister, ja, bitte aufnehmen. Bestellung kommt über den Einkauf.")])
good("thanks", "en", "same PI as an earlier thank-you, second thanks in English after the ERC transfer",
     [("g9", "2026-02-02 09:00",
       "Dear Regula, the ERC amendment went through and my first day at ZHLS was wonderful. Thank you so "
       "much for your support with the transfer — it made all the difference!")])
P("h9", "Prof. Giulia Rossi", "Università della Svizzera italiana", "Vice-Rector for Research", connected="2022-11-01")
good("colleague", "en", "peer vice-rector asks for exchange visit of the team",
     [("h9", "2025-06-25 10:00",
       "Dear Regula, our new grants team would love to visit your office for a day in September to see how "
       "you run the internal review rounds. Would that be possible? We'd happily return the favour in Lugano."),
      ("me", "2025-06-25 12:00", "Dear Giulia, with pleasure! 18 or 25 September would work for us.")])

# ------------------------------------------------------------------ added: one more wanted pitch
P("w12", "Dr. Kai Lehmann", "ORCID Connect Services", "Research Information Consultant")
wanted("tailored_vendor", "en", "consultant noticed ZHLS research profiles lack ORCID links before SNSF rule",
     [("w12", "2025-08-28 11:30",
       "Dear Dr. Furrer, I looked at the public researcher profiles on the ZHLS website: only about a third "
       "show an ORCID iD, and your research information system isn't pushing publications to ORCID yet. "
       "With the SNSF now requiring ORCID for all applicants, I helped two Swiss universities set up the "
       "integration in about three weeks. Would a short scoping call be useful?")])

if __name__ == "__main__":
    ex.write(OUT,
             {"First Name": "Regula", "Last Name": "Furrer",
              "Headline": "Leiterin Grants Office, Zürcher Hochschule für Life Sciences | SNF · Horizon Europe · ERC",
              "Summary": "Ich unterstütze Forschende von der Idee bis zum Schlussbericht: Antragsberatung, "
                         "Budgets, Verträge, Audits. Previously bench scientist in microbiology.",
              "Industry": "Higher Education", "Zip Code": "8001",
              "Geo Location": "Zürich, Schweiz", "Websites": "[OTHER:https://zhls.example/grants]"},
             [{"Company Name": "Zürcher Hochschule für Life Sciences", "Title": "Leiterin Grants Office",
               "Description": "Pre- and post-award support for 600 researchers.",
               "Location": "Zürich", "Started On": "Jan 2025", "Finished On": ""},
              {"Company Name": "Zürcher Hochschule für Life Sciences", "Title": "Senior Grants Advisor",
               "Location": "Zürich", "Started On": "Mar 2016", "Finished On": "Dec 2024"},
              {"Company Name": "Universität Bern", "Title": "Postdoc, Mikrobiologie",
               "Location": "Bern", "Started On": "Oct 2011", "Finished On": "Feb 2016"}],
             ["Research Funding", "Horizon Europe", "Grant Writing", "Research Administration",
              "Projektmanagement", "Audit Preparation"])
    print(ex.summary())

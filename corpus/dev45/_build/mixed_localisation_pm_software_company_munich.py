"""dev45 persona: Mira Lindqvist-Huber, localisation PM at a software company in Munich (2026 layout).

Written blind to the detector, session 5. Every message text below is written by hand.
German and English roughly half and half.
Run: /work/main/.venv/bin/python corpus/dev45/_build/mixed_localisation_pm_software_company_munich.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-localisation-pm-software-company-munich"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Mira Lindqvist-Huber", "https://www.linkedin.com/in/mira-lindqvist-huber",
               "Taktwerk Software GmbH", "Localization Project Manager")
ex = Export(SLUG, "2026", owner)
p = ex.person
c = ex.conv

# ------------------------------------------------------------------ people: genuine
p("amelie", "Amélie Rousseau", "Freelance", "DE>FR Software Translator", connected="2019-05-14")
p("lsp", "Tobias Haindl", "Isarsprachen GmbH", "Key Account Manager", connected="2020-10-02")
p("pm", "Jonas Wetterich", "Taktwerk Software GmbH", "Senior Product Manager", connected="2022-01-10")
p("dev", "Priyanka Raman", "Taktwerk Software GmbH", "Frontend Team Lead", connected="2022-03-01")
p("tms", "Hailey Brooks", "Phrasewell", "Customer Success Manager", connected="2021-06-30")
p("conf", "Sebastian Aigner", "L10n Days Vienna", "Programme Committee", connected="2018-11-20")
p("g1", "Veronika Stadler", "Freelance", "Übersetzerin EN/ES>DE", connected="2025-03-27")
p("g2", "Florian Huth", "BuildLoop GmbH", "Internationalization Engineer", connected="2025-03-27")
p("g3", "Sophie Carter", "Northlight Apps", "Localization Manager", connected="2025-03-28")
p("olena", "Olena Kravets", "Freelance", "Übersetzerin UK/RU/EN>DE", connected=None)
p("appl", "Diego Alvarado", "", "MA Translation Studies, LMU", connected=None)
p("recr", "Bettina Kreuzer", "Kreuzer Talent", "Personalberaterin Tech", connected="2025-01-20",
  invite=("OUT", "2025-01-20 17:45", "Hallo Frau Kreuzer, Jonas Wetterich meinte, Sie hätten uns schon einmal bei einer Junior-Stelle geholfen - wir suchen wieder."))
p("lead", "Marek Wiśniewski", "Polmet Fabryka Okuć", "Head of IT", connected=None)
p("partner", "Katrin Oberhuber", "ProdSense Analytics", "Partner Manager", connected="2023-07-07")
p("jp", "Yuki Tanabe", "Taktwerk Japan (Kanamori Trading)", "QA Reviewer", connected=None)
p("ex", "Stefan Moosbrugger", "Lingwerk AG", "Senior Project Manager", connected="2014-09-01")
p("ko", "Jae-won Park", "Freelance", "EN/DE>KO Translator", connected="2020-02-15")
p("prof", "Prof. Dr. Claudia Wendel", "Hochschule München", "Fakultät für Angewandte Sprachen", connected="2021-10-12")
p("legal", "Maximilian Ostler", "Taktwerk Software GmbH", "Legal Counsel", connected="2022-02-14")
p("kunde", "Lenka Dvořáková", "Brandl Maschinenbau GmbH", "Leiterin IT-Anwendungen", connected="2023-05-05")
p("press", "Judith Renner", "Sprachindustrie Aktuell", "Redakteurin", connected=None)
p("ux", "Paula Zeiler", "Taktwerk Software GmbH", "UX Writer", connected="2024-09-01")
p("rev", "Gerhard Pfisterer", "Freelance", "Fachlektor Maschinenbau", connected="2017-03-03")
p("forum", "Ingrid Maier", "Münchner Übersetzerforum e.V.", "Vorstand", connected="2016-06-06")
p("boss", "Rachel Owusu", "Lingwerk AG", "VP Delivery", connected="2014-08-15")
p("es", "Lucas Moreno", "Taktwerk Software GmbH", "Localization Coordinator (Madrid)", connected="2023-02-01")
p("pl", "Agnieszka Sowa", "Taktwerk Software GmbH", "Localization Engineer (Kraków)", connected="2023-04-01")
p("mkt", "Daniel Fitzgerald", "Taktwerk Software GmbH", "Product Marketing Manager", connected="2024-04-15")
p("mt", "Ana Petrović", "Vertalo MT", "Account Executive", connected="2023-11-11")
p("itlsp", "Giulia Ferraro", "Parola Viva Srl", "Project Manager", connected="2022-05-05")
p("intern", "Lea Hofbauer", "", "ehem. Werkstudentin Lokalisierung", connected="2023-09-30")
p("support", "Nico Brandstätter", "Taktwerk Software GmbH", "Support Knowledge Manager", connected="2024-01-08")
p("peer", "Tomás Quintero", "Fernhill Systems", "Localization Lead", connected=None)
p("dolm", "Corinna Weigl", "Weigl Konferenzdolmetschen", "Konferenzdolmetscherin", connected="2024-06-20")

# ------------------------------------------------------------------ people: wanted pitches
p("w_tms", "Arjun Mehta", "Stringlane", "Solutions Engineer", connected=None)
p("w_jp", "Haruka Ono", "Kotoba Bridge", "Business Development Europe", connected="2025-04-02",
  invite=("IN", "2025-04-02 09:00", "Hello Mira, I enjoyed your talk at the Munich l10n meetup last week."))
p("w_term", "Dorothee Falk", "", "Freiberufliche Terminologin", connected=None)
p("w_ci", "Kwame Mensah", "", "Freelance DevOps / i18n tooling", connected=None)
p("w_cjk", "Min-seo Han", "Seoul Lingua Partners", "Head of Partnerships", connected=None)
p("w_latam", "Valeria Ortiz", "Puente Localization", "Co-founder", connected=None)
p("w_rec", "Tanja Seidl", "Seidl & Wagner Executive Search", "Partnerin", connected=None)
p("w_mtqa", "Dr. Henrik Brauer", "QualiText Akademie", "Trainer MT-Qualität", connected=None)
p("w_sv", "Elin Sjöberg", "", "Freelance UX writer & translator (EN/DE>SV)", connected=None)
p("w_dolm", "Martina Gschwendtner", "DolmetschKollektiv Süd", "Projektleitung", connected=None)
p("w_video", "Benedikt Rauscher", "Untertitelwerk", "Gründer", connected=None)
p("w_mt", "Sarah Lindner", "Glossaro", "Customer Engineer", connected=None)

# ------------------------------------------------------------------ people: junk
p("j_lsp", "Rohit Kapoor", "GlobalTongue Translations", "Business Development Manager")
p("j_pps", "Andreas Kessler", "PlanFabrik Software", "Vertriebsleiter")
p("j_cap", "Jennifer Wolf", "LeadSprung", "Growth Hacker")
p("j_like", "Chris Donovan", "Donovan Capital", "Founder | Angel | Keynote Speaker")
p("j_call", "Laura Schmid", "ProcessPeak GmbH", "Sales Development")
p("cp1", "Patrick O'Neill", "TalentRocket", "Talent Partner", connected="2025-05-12",
  invite=("IN", "2025-05-12 08:20", "Hi Mira, would love to connect with fellow people in tech!"))
p("cp2", "Sandra Vogelsang", "Vogelsang Coaching", "Karriere-Coach", connected="2025-09-01",
  invite=("IN", "2025-09-01 20:00", ""))
p("cp3", "Elias Brunner", "DataNest", "Account Executive", connected="2025-02-17",
  invite=("IN", "2025-02-17 07:30", "Servus Mira, auch aus München - lass uns vernetzen!"))
p("b1", "Tim Fischer", "Workflowly", "Account Executive")
p("b2", "Nora Klein", "EventBadge Pro", "Vertrieb")
p("t1", "Dennis Wagner", "ScaleFirst", "Head of Growth")
p("t2", "Julia Roth", "RevenueForge", "Partnerships")
p("t3", "Michael Brandt", "Pipeline Partners", "Founder")
p("t4", "Emily Harper", "BlueOrbit Consulting", "Senior Consultant")
p("t5", "Markus Huber", "Umsatzkompass", "Berater")
p("m1", "Kevin Lutz", "StaffHub", "Recruiter")
p("m2", "Anna Schiller", "ContentMagnet", "Content Strategin")
p("m3", "Ryan Cole", "SecureStack", "Account Executive")
p("m4", "Carolin Busch", "TeamEvent München", "Eventmanagerin")
p("sp1", "Zentara Cloud", url="https://www.linkedin.com/company/zentara-cloud-example")
p("sp2", "MBA Online Akademie", url="https://www.linkedin.com/company/mba-online-akademie-example")
p("sp3", "TravelDesk Business", url="https://www.linkedin.com/company/traveldesk-business-example")
p("award", "Oliver Stanton", "Global Language Industry Awards", "Awards Director")
p("pod", "Melanie Fuchs", "Tech Leaders DACH Podcast", "Produzentin")
p("mag", "Richard Palmer", "Innovators Quarterly", "Editorial Director")
p("fluent", "Victoria Hale", "Meridian Advisory", "Principal")
p("j_tms", "Brian Walsh", "LocalizeNow", "SDR")
p("j_ltrans", "Mehmet Yilmaz", "Übersetzungsbüro Schnell", "Inhaber")
p("j_rec", "Steffi Braun", "JobMatch24", "Recruiterin")
p("j_dolm", "Peter Lang", "Dolmetscher-Vermittlung Deutschland", "Kundenservice")
p("j_video", "Amy Chen", "VidLingo AI", "Growth")
p("j_mt", "Lars Becker", "TranslateBot", "Sales")
p("crypto", "Alexander Grant", "", "Wealth Manager")
p("j_seo", "Fabian Groß", "Sichtbar Online", "SEO-Berater")
p("j_plants", "Carina Holz", "GrünBüro", "Kundenberaterin")
p("j_free", "Ramon Schäfer", "", "Übersetzer | Texter | Virtual Assistant")
p("j_fit", "Tina Albrecht", "FitWork Benefits", "Key Account Managerin")

# ======================================================================= genuine (35)
c("genuine", "vendor_price_change", "en", "long-standing freelance translator announces new rates",
  [("amelie", "2025-01-07 09:30", "Hi Mira, happy new year! A heads-up before I send the formal letter: from 1 March my rate for software strings goes from €0.13 to €0.14 per word, and the hourly rate for review from €48 to €52. Everything else (CAT discounts, weekend surcharge) stays as it is. I hope this is ok - it's my first increase in three years."),
   ("me", "2025-01-07 11:15", "Hi Amélie, happy new year to you too! Totally fair, I'll update the rate in our vendor system. Thanks for telling me personally."),
   ("amelie", "2025-01-07 11:20", "Merci beaucoup 🙏")])

c("genuine", "vendor_price_change", "de", "LSP-Account-Manager schickt neue Preisliste",
  [("lsp", "2025-11-18 14:00", "Hallo Mira, anbei unsere Preisliste für 2026. Die Wortpreise steigen im Schnitt um 3,5 %, MT-Post-Editing bleibt gleich. Für Japanisch und Koreanisch können wir dank neuer Partner sogar günstiger werden (-5 %). Lass uns gern im Dezember kurz telefonieren, bevor euer Einkauf die Bestellung freigibt."),
   ("me", "2025-11-18 16:40", "Hallo Tobias, danke dir. Die -5 % bei JA/KO freuen mich 😊 Passt der 4.12. um 10 Uhr?"),
   ("lsp", "2025-11-18 16:45", "4.12. um 10 passt, ich schick eine Einladung.")],
  attachments={0: "https://www.linkedin.com/dms/isarsprachen-preisliste-2026.pdf"})

c("genuine", "internal_release_planning", "en", "product manager on string freeze for release 7.2",
  [("pm", "2025-02-03 08:50", "Morning Mira - we're moving string freeze for 7.2 from Feb 14 to Feb 19, the scheduling module needs more time. Does that still give translators enough room before the 3 March release?"),
   ("me", "2025-02-03 09:20", "Morning! 19th is tight for Japanese and Korean. If freeze is the 19th I need the new strings in the TMS by 10am, and no changes after that. Can you promise that? 😅"),
   ("pm", "2025-02-03 09:25", "I'll promise it in writing in the release channel. Thanks for being flexible.")])

c("genuine", "internal_engineering_issue", "en", "frontend lead reports truncation found by pseudo-localisation",
  [("dev", "2025-03-12 15:10", "Hey, pseudo-loc run on the new dashboard flagged 23 truncated labels, mostly the German ones (surprise). Screenshot attached. Can your team give us max lengths or should we just let the buttons wrap?"),
   ("me", "2025-03-12 15:40", "Let them wrap please! Short translations in German usually end up as awful abbreviations. I'll check the Japanese ones separately though, wrapping there looks odd mid-word."),
   ("dev", "2025-03-12 15:45", "Deal 👍")],
  attachments={0: "https://www.linkedin.com/dms/pseudoloc-dashboard-truncation.png"})

c("genuine", "vendor_renewal_quote", "en", "TMS customer success with renewal quote",
  [("tms", "2025-06-02 17:00", "Hi Mira, your Phrasewell subscription renews on 1 August. The renewal quote for 12 seats on the Team plan is €14,400/year (list price went up 6% but I've kept you at last year's rate for one more year). If you want to add the 3 reviewer seats we talked about, it would be €16,200. Which version should I send to procurement?"),
   ("me", "2025-06-03 09:10", "Hi Hailey, thanks for holding the price! Please send the version with the 3 reviewer seats, I'll get it approved."),
   ("tms", "2025-06-03 09:30", "Great, sending it now.")])

c("genuine", "event_invitation_contact", "en", "conference committee contact invites her to speak",
  [("conf", "2025-04-22 10:00", "Hi Mira, after your Munich meetup talk on 'Japanese in 40 characters' made the rounds, the committee would love it as a 25-min session at L10n Days Vienna in October. Travel and hotel are covered for speakers. Interested?"),
   ("me", "2025-04-22 12:30", "Sebastian, I'd love that! I need to check with my manager about the travel days but I'm 90% sure."),
   ("conf", "2025-04-22 12:40", "Wunderbar. Abstract deadline is 31 May.")])

c("genuine", "thanks_after_talk", "de", "Dank nach Meetup-Vortrag (1 von 3)",
  [("g1", "2025-03-27 21:45", "Liebe Mira, danke für deinen Vortrag heute beim Lokalisierungs-Stammtisch! Das Beispiel mit dem japanischen Button, der nur noch 'Spei…' hieß, werde ich nie vergessen 😄 Würdest du die Folien teilen?"),
   ("me", "2025-03-28 08:30", "Danke dir, Veronika! Folien kommen heute über die Meetup-Seite.")])

c("genuine", "thanks_after_talk", "de", "Dank nach Meetup-Vortrag (2 von 3)",
  [("g2", "2025-03-27 22:10", "Servus Mira, danke für den Talk! Gerade das mit der Pseudo-Lokalisierung im CI nehm ich direkt mit ins Team. Falls du mal Lust hast, das mit unseren Entwicklern zu diskutieren: Einladung steht.")])

c("genuine", "thanks_after_talk", "en", "thank-you after meetup talk (3 of 3)",
  [("g3", "2025-03-28 07:55", "Hi Mira, thanks so much for yesterday's talk - I'm the one who asked about plurals in Polish. Really useful, and nice to meet another loc person in Munich!"),
   ("me", "2025-03-28 08:35", "Thanks Sophie, great question! Let's grab a coffee sometime.")])

c("genuine", "applicant_freelancer", "de", "Übersetzerin bewirbt sich für den Vendor-Pool",
  [("olena", "2025-05-20 11:00", "Sehr geehrte Frau Lindqvist-Huber, ich bin Übersetzerin für Ukrainisch, Russisch und Englisch ins Deutsche, seit 2022 in München, davor 8 Jahre bei einem Softwarehaus in Lwiw. Taktwerk bietet ja seit kurzem eine ukrainische Oberfläche an - falls Sie für Reviews oder Support-Texte Unterstützung brauchen, würde ich mich sehr freuen. Lebenslauf und Referenzen schicke ich gern."),
   ("me", "2025-05-21 09:00", "Liebe Frau Kravets, vielen Dank! Tatsächlich suchen wir für Ukrainisch noch einen zweiten Reviewer. Schicken Sie mir bitte Lebenslauf und Ihre Sätze, dann bekommen Sie einen kleinen bezahlten Testauftrag."),
   ("olena", "2025-05-21 09:30", "Sehr gern, ist unterwegs!")])

c("genuine", "applicant_job", "en", "graduate applies for junior localisation coordinator job",
  [("appl", "2025-02-11 18:00", "Dear Ms Lindqvist-Huber, I applied yesterday for the Junior Localization Coordinator position via your careers page. I'm finishing my MA at LMU (thesis on terminology consistency in MT output) and worked as a working student at a game localisation studio. I just wanted to say I'm really excited about the role, especially since Taktwerk ships in 14 languages. Thank you for your time!"),
   ("me", "2025-02-12 08:45", "Hi Diego, thanks for your note - I've seen your application and passed it on to our recruiter. You should hear from her this week."),
   ("appl", "2025-02-12 09:00", "Thank you very much!")])

c("genuine", "recruiter_engaged", "de", "Personalberaterin, die sie beauftragt hat, schickt Kandidaten",
  [("me", "2025-01-20 17:50", "Hallo Frau Kreuzer, danke fürs Vernetzen. Wir suchen eine:n Junior Localization Coordinator, gern mit Sprachenstudium und etwas Technikaffinität. Können Sie uns ein Angebot für die Suche schicken?"),
   ("recr", "2025-01-21 08:30", "Hallo Frau Lindqvist-Huber, sehr gern. Unsere Konditionen: 20 % vom Jahreszielgehalt, erst bei Vertragsunterschrift. Ich habe bereits zwei Profile im Kopf, eine davon aus der LMU. Passt Ihnen ein Call am Donnerstag?"),
   ("me", "2025-01-21 09:15", "Donnerstag 14 Uhr passt. Konditionen leite ich an HR weiter."),
   ("recr", "2025-02-13 16:00", "Hallo Frau Lindqvist-Huber, anbei drei Profile, darunter Herr Alvarado, der sich parallel direkt beworben hat. Feedback gern bis Montag.")])

c("genuine", "inbound_lead_buyer", "en", "manufacturer's IT head wants to buy licences with Polish UI",
  [("lead", "2025-07-08 10:20", "Hello Ms Lindqvist-Huber, we are a fittings manufacturer near Poznań and we evaluate Taktwerk for our two plants (about 80 users). Our workers need the shop-floor screens in Polish. I saw you are responsible for languages - is the Polish version complete, including the mobile app? And who can send us a price offer?"),
   ("me", "2025-07-08 11:40", "Hello Mr Wiśniewski, thank you for your interest! Yes, Polish is complete on web and mobile, our localisation engineer in Kraków reviews every release. I'm forwarding you to my colleague in sales, Frau Dietl, who will send you an offer and can arrange a demo in Polish."),
   ("lead", "2025-07-08 12:00", "Perfect, thank you for quick answer.")])

c("genuine", "peer_joint_offer", "de", "Partnerfirma schlägt gemeinsames lokalisiertes Paket vor",
  [("partner", "2025-09-15 13:30", "Hallo Mira, wir würden für den spanischen Markt gern ein gemeinsames Paket anbieten: Taktwerk + unser Analytics-Modul, komplett auf Spanisch, mit einem gemeinsamen Preis für Mittelständler. Könntet ihr die Begriffe in eurer Termbank mit unseren abgleichen? Wir teilen uns die Übersetzungskosten 50/50."),
   ("me", "2025-09-15 17:00", "Hallo Katrin, klingt gut! Ich schick dir unseren spanischen Glossar-Export. Wenn ihr eure Liste daneben legt, kann Lucas in Madrid die Abweichungen prüfen. Preis- und Vertragsthemen müssten aber über unser Partnermanagement laufen."),
   ("partner", "2025-09-16 08:20", "Klar, ich hab Thomas schon in CC. Danke!")])

c("genuine", "customer_feedback_spam_folder", "en", "Japanese reviewer from customer sends feedback, landed in spam",
  [("jp", "2025-08-04 03:10", "Dear Mira-san, this is Tanabe from Kanamori Trading. We tested version 7.4 Japanese UI with our customers. There are 6 places where 'lot' is translated as ロット and 3 places as 区画, our customers are confused. Please find the list attached. Thank you for your support."),
   ("me", "2025-08-11 08:00", "Dear Tanabe-san, my apologies, your message was filtered into my spam folder. Thank you very much for the list! We will standardise on ロット in 7.5. I will confirm when the fix is live."),
   ("jp", "2025-08-11 08:30", "Thank you very much, Mira-san.")],
  folder="SPAM", attachments={0: "https://www.linkedin.com/dms/ja-terminology-lot-7-4.xlsx"})

c("genuine", "long_standing_friend", "de", "ehemaliger Kollege aus LSP-Zeiten, Wiesn-Plan",
  [("ex", "2025-09-10 19:30", "Mira! Wiesn-Tisch am 27. im Schottenhamel, die alte Lingwerk-Truppe. Bist dabei?"),
   ("me", "2025-09-10 20:05", "Stefan!! Natürlich. Muss ich wieder das Dirndl von 2016 anziehen oder hab ich noch ein Jahr Schonfrist? 😂"),
   ("ex", "2025-09-10 20:07", "Tradition ist Tradition. 12 Uhr, nicht zu spät kommen diesmal")])

c("genuine", "owner_started_quote_request", "en", "she asks a translator for availability and a quote",
  [("me", "2025-10-06 09:00", "Hi Jae-won, release 7.6 has about 4,800 new words for Korean, plus a 1,200-word onboarding guide. Could you do it between 20 Oct and 7 Nov? Please send me a quote, same rates as last time are fine."),
   ("ko", "2025-10-06 13:30", "Hi Mira! Yes, I can do it. Quote: 4,800 x 0.12 = €576 and the guide €150, total €726. I'll review the guide with my colleague for free as usual."),
   ("me", "2025-10-06 14:00", "Perfect, PO follows this week. Thank you!")])

c("genuine", "owner_started_university", "de", "sie fragt Professorin nach einer Masterarbeit zum Thema MT-Qualität",
  [("me", "2025-04-29 16:00", "Liebe Frau Prof. Wendel, wir hätten ein schönes Thema für eine Masterarbeit: Vergleich von Glossar-Durchsetzung in drei MT-Systemen anhand unserer echten UI-Texte. Hätten Sie Studierende, die das interessieren könnte? Betreuung von unserer Seite wäre gesichert."),
   ("prof", "2025-04-30 10:15", "Liebe Frau Lindqvist-Huber, das klingt hervorragend! Ich stelle es in der nächsten Kolloquiumssitzung vor. Schicken Sie mir bitte eine halbe Seite Beschreibung."),
   ("me", "2025-04-30 11:00", "Mache ich, bis Freitag.")])

c("genuine", "internal_contract", "de", "Legal zum Vertrag mit neuem LSP",
  [("legal", "2025-06-16 11:00", "Hi Mira, den Rahmenvertrag mit Parola Viva habe ich geprüft. Zwei Punkte: Die AVV fehlt noch (die verarbeiten ja auch Support-Tickets mit Kundendaten), und die Haftungsgrenze von 5.000 € ist uns zu niedrig. Kannst du das mit Giulia klären?"),
   ("me", "2025-06-16 13:30", "Danke Max. Ich frage nach der AVV und schlage 50.000 € vor. Reicht das?"),
   ("legal", "2025-06-16 13:40", "50k reicht. Danke!")])

c("genuine", "client_quote_request", "de", "Kundin fragt Angebot für tschechische Lokalisierung ihrer Stammdaten",
  [("kunde", "2025-10-20 08:40", "Hallo Frau Lindqvist-Huber, wir rollen Taktwerk jetzt in unserem Werk in Plzeň aus. Die Standardoberfläche gibt es ja auf Tschechisch, aber unsere eigenen Stammdaten (ca. 3.000 Artikelbezeichnungen und 400 Arbeitsgangtexte) müssten auch übersetzt werden. Können Sie uns dafür ein Angebot machen, oder läuft das über den Vertrieb?"),
   ("me", "2025-10-20 10:10", "Hallo Frau Dvořáková, das machen wir gern. Schicken Sie mir bitte einen Export der Texte, dann lasse ich von unserem tschechischen Partner ein Angebot erstellen. Die kaufmännische Abwicklung läuft dann über Ihren Account Manager."),
   ("kunde", "2025-10-20 10:30", "Super, Export kommt heute Nachmittag.")])

c("genuine", "journalist", "de", "Fachjournalistin fragt Interview zu KI und Übersetzung an",
  [("press", "2025-05-06 14:00", "Hallo Frau Lindqvist-Huber, ich bereite für Sprachindustrie Aktuell einen Schwerpunkt 'KI in der Softwarelokalisierung - Erfahrungen aus der Praxis' vor. Hätten Sie 30 Minuten für ein Gespräch? Natürlich bekommen Sie Ihre Zitate vorab zur Freigabe."),
   ("me", "2025-05-06 16:30", "Hallo Frau Renner, gern, das muss ich nur kurz mit unserer Kommunikationsabteilung abstimmen. Ich melde mich bis Donnerstag."),
   ("me", "2025-05-08 09:00", "Freigabe ist da. Nächster Dienstag 11 Uhr?"),
   ("press", "2025-05-08 09:20", "Dienstag 11 Uhr, wunderbar. Ich rufe an.")])

c("genuine", "internal_style_question", "de", "UX-Writerin fragt nach Du oder Sie in der Oberfläche",
  [("ux", "2025-07-23 10:00", "Mira, kurze Grundsatzfrage: Das neue Onboarding duzt, der Rest der App siezt. Marketing will alles aufs Du umstellen. Was sagt der Styleguide und was sagen unsere Kunden im Maschinenbau?"),
   ("me", "2025-07-23 10:45", "Styleguide sagt Sie, und unsere Kunden (Schichtleiter, 55+, Oberpfalz) fänden Du in der App eher seltsam. Mein Vorschlag: Onboarding auch aufs Sie, und wir besprechen das Thema mal mit Daniel, bevor jemand eigenmächtig umstellt."),
   ("ux", "2025-07-23 10:50", "Danke, seh ich genauso. Ich stell's auf Sie zurück.")])

c("genuine", "freelancer_invoice", "de", "langjähriger Fachlektor zur Rechnung",
  [("rev", "2025-03-31 18:00", "Grüß Gott Frau Lindqvist-Huber, meine Rechnung für das Lektorat der Handbücher (Februar) ist noch offen, 30 Tage sind heute um. Könnten Sie bitte nachsehen? Vielleicht ist sie bei der Buchhaltung hängen geblieben."),
   ("me", "2025-04-01 08:30", "Grüß Gott Herr Pfisterer, das tut mir leid! Die Buchhaltung hatte die neue Bankverbindung nicht hinterlegt. Die Zahlung geht heute raus."),
   ("rev", "2025-04-01 09:00", "Vielen Dank für die schnelle Klärung!")])

c("genuine", "event_invitation_contact", "de", "Vorstand des Übersetzerforums lädt zum Sommerfest ein",
  [("forum", "2025-06-10 12:00", "Liebe Mira, unser Sommerfest ist am 18. Juli im Biergarten am Chinesischen Turm. Schön wäre, wenn du wieder ein paar Leute aus der Softwareecke mitbringst, die Freelancer freuen sich immer über direkte Kontakte zu Auftraggebern. Liebe Grüße, Ingrid"),
   ("me", "2025-06-10 18:00", "Liebe Ingrid, ich bin dabei und bringe Paula und Lucas mit (der ist an dem Tag zufällig in München)!")])

c("genuine", "mentor_congrats", "en", "former boss congratulates on promotion",
  [("boss", "2025-12-01 09:00", "Mira, just saw you're now leading localisation at Taktwerk - congratulations! I still remember you fixing the Hungarian plurals at 11pm in your first month at Lingwerk. Well deserved."),
   ("me", "2025-12-01 12:30", "Rachel, thank you so much! You taught me half of what I know (the other half was those Hungarian plurals). Coffee when you're next in Munich?"),
   ("boss", "2025-12-01 12:45", "Deal, I'm there in January.")])

c("genuine", "team_group_chat", "en", "loc team group chat with Madrid and Kraków",
  [("es", "2025-11-03 09:00", "Buenos días! Spanish 7.6 is done, only the help centre articles are left."),
   ("pl", "2025-11-03 09:12", "Polish done too. I found 3 strings with hardcoded dates in the export dialog, opened tickets."),
   ("me", "2025-11-03 09:30", "You two are the best. Agnieszka, can you tag them as release blockers? Priyanka's team said they can fix them today."),
   ("pl", "2025-11-03 09:32", "Done ✅")],
  title="Loc team 🌍")

c("genuine", "internal_launch", "en", "product marketing asks for PT-BR launch copy timeline",
  [("mkt", "2025-08-25 14:20", "Hi Mira, Brazil launch is confirmed for 15 October. We need the landing page, 3 emails and the app store texts in Brazilian Portuguese. Realistic to have them by 1 October? Budget is approved."),
   ("me", "2025-08-25 15:00", "Hi Daniel, yes if I get the final English by 10 Sept. I'd use a Brazilian transcreator for the landing page, not our normal UI translator - marketing copy needs a different touch."),
   ("mkt", "2025-08-25 15:10", "Makes sense. Final copy by 10 Sept, promise.")])

c("genuine", "vendor_price_change", "en", "MT vendor account executive on API pricing change",
  [("mt", "2025-09-29 10:00", "Hi Mira, I wanted to let you know personally before the announcement: from 1 January our API moves from per-character to per-token pricing. For your usage pattern (mostly short UI strings) it works out about 8% cheaper, but glossaries above 10,000 entries will need the Pro plan. Your largest glossary has 12,300 entries. Happy to walk you through options."),
   ("me", "2025-09-29 11:30", "Thanks Ana, good to know. Could you send a cost comparison for both plans based on our last 6 months?"),
   ("mt", "2025-09-29 11:45", "Will do by Wednesday.")])

c("genuine", "vendor_quality_issue", "en", "LSP project manager apologises for release notes error",
  [("itlsp", "2025-07-15 09:00", "Dear Mira, I am very sorry about the Italian release notes - our translator confused 'scheduling' with 'programmazione' in the programming sense. We have corrected the text and we will not charge for this job. We also added the term to your glossary so it does not happen again."),
   ("me", "2025-07-15 10:20", "Thanks Giulia, I appreciate the quick fix and the honesty. These things happen. Please double-check the 7.5 notes with the glossary before delivery."),
   ("itlsp", "2025-07-15 10:25", "Of course. Thank you for understanding.")])

c("genuine", "freelancer_smalltalk", "en", "Korean translator thanks for payment, small talk",
  [("ko", "2025-12-12 07:30", "Hi Mira, payment arrived, thank you! Also I visited Munich Christmas market last week with my wife, we drank too much Glühwein 😄 Next time I visit I will say hello!"),
   ("me", "2025-12-12 08:45", "Ha, that's what Glühwein is for! Please do say hello next time, I'll take you to a proper Wirtshaus.")])

c("genuine", "reference_request", "de", "ehemalige Werkstudentin bittet um Referenz",
  [("intern", "2025-10-01 17:00", "Hallo Mira, ich hoffe, es geht dir gut! Ich bewerbe mich gerade als Lokalisierungs-Koordinatorin bei einem Gaming-Studio in Berlin. Dürfte ich dich als Referenz angeben?"),
   ("me", "2025-10-01 19:30", "Hallo Lea! Na klar, sehr gern. Gib meine Handynummer an, ich sag nur Gutes 😊 Drück dir die Daumen!"),
   ("intern", "2025-10-01 19:35", "Danke dir!!")])

c("genuine", "event_invitation_contact", "de", "Professorin lädt zur Gastvorlesung ein",
  [("prof", "2025-11-10 09:30", "Liebe Frau Lindqvist-Huber, hätten Sie im Sommersemester Lust auf eine Gastvorlesung in meinem Seminar 'Softwarelokalisierung'? 90 Minuten, gern mit vielen Praxisbeispielen. Leider können wir nur ein symbolisches Honorar von 150 € zahlen."),
   ("me", "2025-11-10 12:00", "Liebe Frau Prof. Wendel, sehr gern! Schicken Sie mir einfach die möglichen Termine.")])

c("genuine", "internal_support_request", "de", "Support fragt nach Übersetzung der Wissensdatenbank",
  [("support", "2025-04-14 15:00", "Hi Mira, wir haben 60 neue Artikel in der Wissensdatenbank, nur auf Deutsch. Englisch ist Pflicht, Französisch und Spanisch wäre schön. Kannst du abschätzen, was das kostet und wie lange es dauert?"),
   ("me", "2025-04-14 16:30", "Hi Nico, schick mir die Wortzahl. Grob: EN per MT + Review ca. 2 Wochen, FR/ES per Agentur ca. 4 Wochen. Kosten kann ich dir nach der Analyse sagen."),
   ("support", "2025-04-14 16:40", "Knapp 38.000 Wörter. Sorry 😬"),
   ("me", "2025-04-14 16:45", "Haha, dann machen wir das in zwei Wellen.")])

c("genuine", "peer_exchange", "en", "peer loc lead asks to exchange experiences on TMS migration",
  [("peer", "2025-05-26 13:00", "Hi Mira, I'm the loc lead at Fernhill Systems in Barcelona. A mutual friend, Sophie Carter, told me you migrated your TMS last year. We're about to do the same and I'm nervous. Would you be open to a 30-min call to share what went wrong / right? Happy to return the favour anytime."),
   ("me", "2025-05-26 17:00", "Hi Tomás, of course! The short version: export your TM with all the metadata, and test your plurals before anything else. Thursday at 4?"),
   ("peer", "2025-05-26 17:10", "Thursday 4pm is great, thank you!")])

c("genuine", "owner_requested_quote", "de", "Dolmetscherin schickt das angefragte Angebot",
  [("me", "2025-06-20 10:00", "Hallo Frau Weigl, wie am Telefon besprochen: Für unsere Kundenkonferenz am 14. November brauchen wir Simultandolmetschen DE<>EN, ca. 6 Stunden. Könnten Sie mir ein Angebot schicken?"),
   ("dolm", "2025-06-20 15:30", "Hallo Frau Lindqvist-Huber, gern. Für 6 Stunden brauchen Sie zwei Dolmetscherinnen, Honorar je 1.150 € Tagessatz zzgl. Vorbereitung 200 € und Technik (Kabine) nach Aufwand. Angebot im Anhang."),
   ("me", "2025-06-20 16:00", "Vielen Dank, ich gebe es in die Freigabe.")],
  attachments={1: "https://www.linkedin.com/dms/angebot-weigl-kundenkonferenz.pdf"})

# ================================================================== wanted_pitch (12)
c("wanted_pitch", "tms_blog_post", "en", "TMS vendor cites her blog post on migration and ICU plurals",
  [("w_tms", "2025-01-28 10:00", "Hi Mira, I read your post on the Taktwerk engineering blog about migrating 40k segments and discovering afterwards that the ICU plural rules for Polish and Russian had been flattened to 'one/other'. That's exactly the case we built our import validator for: it parses ICU before import and refuses the file if categories are missing for the target locale. Not suggesting you migrate again (!), but our validator also runs as a standalone CLI - happy to give you a licence to run it on your current exports.")])

c("wanted_pitch", "lsp_after_talk", "en", "Japanese LSP cites her meetup talk on UI length",
  [("w_jp", "2025-04-02 09:15", "Hi Mira, thanks for connecting. Your talk on Japanese in 40 characters was great, especially the bit about translators never seeing the button. We work differently: our Japanese linguists review in the running app, not in spreadsheets, and send screenshots with every fix. Since you mentioned you're reviewing your JA vendor setup this year, could I send a short proposal for a pilot on one release?"),
   ("me", "2025-04-02 18:30", "Hi Haruka, thanks! In-app review is exactly what we're missing. Yes, please send the proposal, I'll look at it with Tanabe-san from our Japanese partner.")])

c("wanted_pitch", "terminology_site_visit", "de", "Terminologin hat die öffentliche Doku analysiert",
  [("w_term", "2025-03-03 20:00", "Hallo Frau Lindqvist-Huber, ich habe mir Ihre öffentliche Hilfe (docs.taktwerk.de) angesehen, weil ein Kunde von mir Taktwerk nutzt. Für dasselbe Konzept kommen dort 'Fertigungsauftrag', 'Produktionsauftrag', 'Auftrag' und 'Order' vor, teils auf derselben Seite. Das multipliziert sich natürlich in 14 Sprachen. Ich bereinige solche Bestände als Terminologin: Extraktion, Entscheidungsvorlage, Termbank-Import. Für Ihre Hilfe (ca. 900 Seiten) würde ich 6-8 Tage schätzen. Eine Beispielanalyse von 20 Seiten hänge ich an, kostenlos."),
   ("me", "2025-03-04 08:30", "Hallo Frau Falk, autsch, und danke. Die Analyse ist sehr hilfreich. Können wir nächste Woche telefonieren?")],
  attachments={0: "https://www.linkedin.com/dms/termanalyse-docs-taktwerk-20-seiten.pdf"})

c("wanted_pitch", "freelancer_tools_setup", "en", "i18n tooling freelancer refers to her public repo and CI setup",
  [("w_ci", "2025-06-24 11:00", "Hi Mira, I noticed Taktwerk's open-source UI kit on GitHub keeps strings as .po files and your CI only checks that the English catalog compiles. Two of the open issues there are German strings with broken placeholders (%s swapped for %d). I write small GitHub Actions that validate placeholders, plurals and max length for every locale on each PR. For your repo it'd be about two days' work, fixed price. Happy to open a draft PR first so you can see it working.")])

c("wanted_pitch", "lsp_mutual_contact", "en", "Korean LSP introduced by her translator Jae-won",
  [("w_cjk", "2025-10-14 08:00", "Dear Mira, Jae-won Park suggested I contact you - he mentioned Taktwerk is adding Chinese (Simplified) next year and that you prefer vendors who let you work directly with the linguists. We're a small Seoul/Shanghai team of in-house translators with manufacturing software experience, and Jae-won does some of our Korean QA. If useful, I could share two anonymised MES projects and our rates for ZH-CN.")])

c("wanted_pitch", "lsp_press_item", "en", "Latin American LSP cites the press release on Brazil and Mexico",
  [("w_latam", "2025-09-02 15:00", "Hi Mira, congratulations on the Brazil launch announced in your press release last week - and on Mexico next spring. One thing we see often: companies reuse Spain Spanish for Mexico and shop-floor users stumble over words like 'ordenador' or 'albarán'. We're a Mexico City/São Paulo LSP focused on manufacturing software; we'd happily review 300 of your ES-ES strings for Mexican usage at no cost so you can judge whether a separate es-MX is worth it.")])

c("wanted_pitch", "recruiter_matched_role", "de", "Headhunterin mit passender Head-of-Localization-Stelle",
  [("w_rec", "2025-11-24 09:00", "Hallo Frau Lindqvist-Huber, ich suche für einen Münchner Industriesoftware-Anbieter (ca. 400 MA, 11 Sprachen) eine Head of Localization, die gerade eine TMS-Migration hinter sich hat, ICU-Plurals nicht für eine Krankheit hält und ein Team von 3-4 Leuten aufbauen will. Nach Ihrem Blogbeitrag und Ihrem Vortrag in Wien klingt das sehr nach Ihnen. Remote-Anteil 60 %, Gehaltsband 95-110 T€. Hätten Sie Lust auf ein vertrauliches Gespräch?")])

c("wanted_pitch", "training_comment", "de", "MT-QA-Trainer antwortet auf ihren Kommentar zu MQM",
  [("w_mtqa", "2025-02-20 13:00", "Hallo Frau Lindqvist-Huber, unter dem Beitrag von Frau Renner schrieben Sie, dass Ihr Team MQM-Fehlerkategorien nutzt, aber die Bewertungen zwischen Reviewern stark schwanken. Genau dafür machen wir einen eintägigen Kalibrierungsworkshop: Alle Reviewer bewerten dieselben 50 Segmente aus Ihrem eigenen Material, danach besprechen wir Abweichungen. Inhouse in München 2.400 € für bis zu 8 Personen. Infos gern per Mail.")])

c("wanted_pitch", "freelancer_job_ad", "en", "Swedish UX writer cites Taktwerk's job ad for Gothenburg",
  [("w_sv", "2025-08-12 10:30", "Hej Mira, I saw Taktwerk is hiring a sales rep in Gothenburg, so I'm guessing Swedish is coming to the product soon. I'm a Swedish UX writer and translator (EN/DE>SV) who spent 5 years at a Swedish MES vendor, so I know the shop-floor vocabulary Swedish operators actually use. If you're setting up a Swedish vendor, I'd be glad to do a paid test of 500 words.")])

c("wanted_pitch", "interpreting_event_page", "de", "Dolmetschkollektiv nimmt Bezug auf die Konferenz-Seite",
  [("w_dolm", "2025-05-14 10:00", "Hallo Frau Lindqvist-Huber, auf der Website zur Taktwerk Connect 2025 steht, dass die Keynotes auf Deutsch sind und englischsprachige Gäste erwartet werden, aber noch kein Dolmetschen angegeben. Wir sind ein Münchner Kollektiv von Konferenzdolmetscherinnen DE/EN mit Erfahrung im Maschinenbau und bringen Flüstertechnik für bis zu 60 Gäste mit, eine Kabine braucht es dann nicht. Darf ich Ihnen ein Angebot für den 14. November machen?")])

c("wanted_pitch", "subtitles_specific_problem", "de", "Untertitelanbieter nennt konkrete Fehler in ihren Tutorials",
  [("w_video", "2025-10-27 16:00", "Servus Frau Lindqvist-Huber, Ihre YouTube-Tutorials zu Taktwerk sind sehr gut gemacht, aber die automatischen englischen Untertitel machen aus 'Rüstzeit' 'rust time' und aus 'Schicht' mal 'layer'. Bei 46 Videos und Kunden in 14 Ländern ist das schade. Wir erstellen geprüfte Untertitel mit Ihrer Termbank, EN plus 5 Sprachen für ca. 7 € pro Videominute und Sprache. Ein Video machen wir Ihnen gern kostenlos zur Probe.")])

c("wanted_pitch", "mt_interview", "de", "MT-Glossar-Anbieter zitiert ihr Interview",
  [("w_mt", "2025-06-30 11:00", "Hallo Frau Lindqvist-Huber, in Ihrem Interview in Sprachindustrie Aktuell sagten Sie, dass Ihr MT-System Glossarbegriffe bei Flexion im Deutschen ignoriert (z. B. 'Rüstzeiten' statt 'Rüstzeit'). Unser Tool setzt Glossare lemma-basiert vor der MT durch und funktioniert mit dem Anbieter, den Sie nutzen. Ich würde Ihnen gern zeigen, wie das mit 100 Ihrer echten Sätze aussieht - 20 Minuten, ganz ohne Folien.")])

# ======================================================================== junk (38)
c("junk", "generic_lsp", "en", "generic LSP 200 languages (counterpart to tailored LSPs)",
  [("j_lsp", "2025-02-05 06:30", "Dear Mira, GlobalTongue offers professional translation in 200+ languages by native speakers at the best prices in the industry. ISO certified, 24/7 support, fast turnaround. Please share your requirements and we'll send a free quote!")])

c("junk", "offers_what_company_sells", "de", "bietet ihr Produktionsplanungssoftware an",
  [("j_pps", "2025-03-18 09:00", "Sehr geehrte Frau Lindqvist-Huber, noch mit Excel in der Produktionsplanung? PlanFabrik ist die moderne Lösung für Feinplanung, Kapazitätsplanung und Shopfloor-Management. Gern zeige ich Ihnen in einer Demo, wie Ihr Unternehmen davon profitiert.")])

c("junk", "capacity_new_clients", "de", "Haben Sie Kapazitäten für neue Projekte?",
  [("j_cap", "2025-04-08 10:00", "Hey Mira, kurze Frage: Hättest du Kapazitäten für 5 neue Projekte pro Monat? Unser Lead-System bringt Dienstleistern planbar neue Kunden - ohne Kaltakquise. Soll ich dir ein kurzes Video schicken?")])

c("junk", "likeminded_entrepreneurs", "en", "like-minded entrepreneurs connect",
  [("j_like", "2025-01-15 05:45", "Hi Mira! I'm always looking to connect with like-minded visionaries who are passionate about growth and innovation. Let's connect and explore synergies! 🚀🌍")])

c("junk", "quick_call", "de", "kurzes 15-Minuten-Gespräch",
  [("j_call", "2025-05-27 14:00", "Hallo Frau Lindqvist-Huber, hätten Sie diese oder nächste Woche 15 Minuten Zeit? Ich würde Ihnen gern zeigen, wie wir Unternehmen wie Taktwerk helfen, Prozesse effizienter zu gestalten. Wie wäre es mit Mittwoch?")])

c("junk", "connect_then_pitch", "en", "connect then recruitment pitch in message 2",
  [("cp1", "2025-05-12 08:30", "Hi Mira, thanks for connecting! How are things at Taktwerk? Busy times I bet 😊"),
   ("cp1", "2025-05-14 09:00", "The reason I'm reaching out: we help fast-growing tech companies hire engineers 40% faster with our AI-powered talent platform. Are you hiring this quarter? Happy to share a case study.")])

c("junk", "connect_then_pitch", "de", "Smalltalk beantwortet, dann Coaching-Pitch",
  [("cp2", "2025-09-01 20:10", "Hallo Mira, schön dass wir vernetzt sind! Wie lange bist du schon in der Lokalisierung?"),
   ("me", "2025-09-02 08:15", "Hallo Sandra, gut zehn Jahre inzwischen, erst bei einer Agentur, jetzt auf Unternehmensseite."),
   ("cp2", "2025-09-02 08:40", "Wow, zehn Jahre! Viele Frauen in deiner Position fragen sich irgendwann: War's das schon? In meinem 8-Wochen-Programm 'Karriere neu denken' findest du deine nächste Stufe. Kostenloses Erstgespräch diese Woche?")])

c("junk", "connect_then_pitch", "de", "München-Smalltalk, dann Daten-Pitch in Nachricht 3",
  [("cp3", "2025-02-17 07:45", "Servus Mira! Welches Viertel? Ich bin in Haidhausen zuhause 😊"),
   ("cp3", "2025-02-18 08:00", "Der Schnee gestern war ja wieder Chaos auf dem Mittleren Ring..."),
   ("cp3", "2025-02-19 09:30", "Aber mal zum Business: DataNest liefert B2B-Kontaktdaten von über 5 Mio. Entscheidern in DACH, DSGVO-konform. Perfekt für euer Vertriebsteam! Kurzer Call?")])

c("junk", "follow_up_bumps", "en", "workflow tool pitch with unanswered bumps",
  [("b1", "2025-06-03 10:00", "Hi Mira, teams like yours lose 5 hours a week to manual handoffs. Workflowly automates approvals across your tools. Worth a quick look?"),
   ("b1", "2025-06-10 10:00", "Hi Mira, just bumping this to the top of your inbox!"),
   ("b1", "2025-06-17 10:00", "Hi Mira, any thoughts on my previous message?"),
   ("b1", "2025-06-30 10:00", "Hi Mira, I'll stop reaching out for now. If automation becomes a priority, you know where to find me!")])

c("junk", "follow_up_bumps", "de", "Eventbadge-Pitch mit Nachfassen ohne Antwort",
  [("b2", "2025-07-07 09:00", "Hallo Frau Lindqvist-Huber, planen Sie Events? Mit EventBadge Pro drucken Sie Namensschilder vor Ort in Sekunden. Darf ich Ihnen ein Angebot schicken?"),
   ("b2", "2025-07-14 09:00", "Hallo Frau Lindqvist-Huber, ich wollte nur kurz nachfragen, ob meine Nachricht angekommen ist?"),
   ("b2", "2025-07-28 09:00", "Letzter Versuch 🙂 Falls es gerade nicht passt, melden Sie sich gern später.")])

c("junk", "template_wave", "en", "template wave 1 of 5",
  [("t1", "2025-10-13 09:02", "Hi Mira, I noticed Taktwerk Software is growing fast in the manufacturing space. We help B2B SaaS companies turn their website into a pipeline machine - on average 37% more demo requests in 90 days. Would you be open to a quick chat to see if it makes sense for Taktwerk?")])

c("junk", "template_wave", "en", "template wave 2 of 5",
  [("t2", "2025-10-13 14:55", "Hi Mira - I noticed Taktwerk is growing fast in manufacturing software. We help B2B SaaS companies turn their website into a real pipeline machine (on average +37% demo requests within 90 days). Open to a quick chat to see if it could make sense for you?")])

c("junk", "template_wave", "en", "template wave 3 of 5",
  [("t3", "2025-10-14 08:20", "Hey Mira, noticed Taktwerk Software GmbH growing quickly in the manufacturing space! We help SaaS companies turn websites into pipeline machines, usually 37% more demo requests in 90 days. Quick chat to see if it fits?")])

c("junk", "template_wave", "en", "template wave 4 of 5",
  [("t4", "2025-10-15 11:11", "Hi Mira, I noticed that Taktwerk is scaling fast in the manufacturing sector. We help B2B software firms turn their websites into pipeline engines - 37% more demo requests in 90 days on average. Would a short chat make sense?")])

c("junk", "template_wave", "de", "Vorlagenwelle 5 von 5 auf Deutsch",
  [("t5", "2025-10-16 10:40", "Hallo Mira, mir ist aufgefallen, dass Taktwerk Software im Fertigungsbereich stark wächst. Wir helfen B2B-SaaS-Unternehmen, ihre Website zur Pipeline-Maschine zu machen - im Schnitt 37 % mehr Demo-Anfragen in 90 Tagen. Wäre ein kurzes Gespräch interessant?")])

c("junk", "merge_tag_failure", "en", "recruiting pitch with {first_name}",
  [("m1", "2025-03-04 08:00", "Hi {first_name}, I'm reaching out because {company_name} looks like a great fit for our developer staffing solutions. Would you be open to a quick call?")])

c("junk", "merge_tag_failure", "de", "Content-Pitch mit {{Firma}}-Platzhalter",
  [("m2", "2025-08-19 12:00", "Hallo Mira, ich habe mir den LinkedIn-Auftritt von {{Firma}} angesehen und sehe viel ungenutztes Potenzial. Mit unserer Content-Strategie steigern wir Reichweite und Leads für {{Firma}} nachhaltig. Interesse an einem kostenlosen Audit?")])

c("junk", "merge_tag_failure", "en", "security pitch with wrong name",
  [("m3", "2025-11-05 15:00", "Hi Michael, as CTO at Taktwerk you know how critical cloud security is. SecureStack helps engineering teams reduce vulnerabilities by 60%. Can I book 20 minutes with you?")])

c("junk", "merge_tag_failure", "de", "Teamevent-Pitch an falsche Firma",
  [("m4", "2025-06-25 10:30", "Hallo Frau Lindqvist-Huber, für das Sommerfest der Taktmann Logistik AG haben wir tolle Teamevent-Ideen: Floßfahrt, Kochkurs oder Escape Room. Darf ich Ihnen unseren Katalog schicken?")])

c("junk", "sponsored_inmail", "en", "sponsored cloud InMail",
  [("sp1", "2025-04-15 12:00", "<p>Hi Mira,</p><p>Cut your cloud bill by up to <b>40%</b> with Zentara Cloud. Free migration assessment for companies with 50+ employees.</p><p><a href=\"https://example.com\">Claim your assessment</a></p>")],
  title="Sponsored Conversation", subject="Save 40% on your cloud costs")

c("junk", "sponsored_inmail", "de", "gesponserte MBA-InMail",
  [("sp2", "2025-08-05 12:00", "<p>Hallo Mira,</p><p>Berufsbegleitend zum MBA &ndash; 100&nbsp;% online, staatlich anerkannt. Jetzt Stipendium bis 30.09. sichern!</p>")],
  title="Sponsored Conversation", subject="Ihr MBA neben dem Job")

c("junk", "sponsored_inmail", "en", "sponsored business travel InMail",
  [("sp3", "2025-11-20 12:00", "<p>Hi Mira,</p><p>Manage all business travel in one place. <b>TravelDesk Business</b> &ndash; free for teams up to 20.</p>")],
  title="Sponsored Conversation", subject="Business travel, simplified")

c("junk", "paid_award", "en", "language industry award that requires a fee",
  [("award", "2025-05-19 10:00", "Dear Mira, congratulations! You have been selected as a finalist for 'Localization Leader of the Year 2025' at the Global Language Industry Awards. To confirm your finalist status and secure your seat at the gala dinner in London, a finalist package fee of £895 applies. Kindly confirm by Friday."),
   ("award", "2025-05-26 10:00", "Dear Mira, a gentle reminder that finalist spots are limited. Shall I send you the payment link?")])

c("junk", "paid_podcast", "de", "Podcast-Gastauftritt gegen Gebühr",
  [("pod", "2025-09-23 11:00", "Hallo Mira, wir würden dich gern als Gast im Tech Leaders DACH Podcast haben! Unsere Episoden erreichen über 30.000 Entscheider. Für Produktion und Promotion fällt eine Beteiligung von 650 € an. Soll ich dir einen Slot reservieren?")])

c("junk", "paid_feature", "en", "magazine feature with editorial fee",
  [("mag", "2025-03-25 09:00", "Dear Mira, Innovators Quarterly is preparing a special issue on 'Women Shaping Global Tech' and our editors would like to feature you. A full-page profile with photo is available for an editorial contribution of €1,490. Limited spaces remain.")])

c("junk", "fluent_generic_company", "en", "fluent advisory pitch naming her company",
  [("fluent", "2025-07-01 08:30", "Dear Mira, I have been following Taktwerk Software GmbH's journey with real interest. As software companies expand internationally, the gap between strategic intent and operational execution often widens. At Meridian we work alongside leadership teams to close that gap with clarity and pace. I would welcome a conversation about where Taktwerk Software GmbH is heading and whether our perspective could be useful.")])

c("junk", "generic_tms", "en", "generic TMS pitch (counterpart to ICU validator)",
  [("j_tms", "2025-02-25 10:00", "Hi Mira, is your localization process holding you back? LocalizeNow is the all-in-one platform to translate your app, website and docs faster. Start a free 14-day trial today!")])

c("junk", "generic_translation_agency", "de", "generisches Übersetzungsbüro (Gegenstück zur Terminologin)",
  [("j_ltrans", "2025-04-23 09:00", "Sehr geehrte Damen und Herren, benötigen Sie Übersetzungen? Wir übersetzen schnell und günstig in alle Sprachen, auch beglaubigt. Fordern Sie noch heute Ihr unverbindliches Angebot an!")])

c("junk", "generic_recruiter", "de", "generische Recruiterin (Gegenstück zur Head-of-Stelle)",
  [("j_rec", "2025-11-26 10:00", "Hallo Mira, ich habe spannende Positionen in den Bereichen Vertrieb, Marketing und Projektmanagement bei Top-Arbeitgebern. Bist du offen für neue Herausforderungen? Schick mir gern deinen CV!")])

c("junk", "generic_interpreting", "de", "generische Dolmetschervermittlung (Gegenstück zum Kollektiv)",
  [("j_dolm", "2025-05-21 11:00", "Guten Tag, wir vermitteln Dolmetscher für alle Sprachen und Anlässe deutschlandweit. Günstige Preise, schnelle Verfügbarkeit. Rufen Sie uns an!")])

c("junk", "generic_video_ai", "en", "generic AI dubbing pitch (counterpart to subtitles)",
  [("j_video", "2025-10-29 07:00", "Hi Mira! Translate any video into 40+ languages with AI voices in one click 🎬 VidLingo is trusted by 10,000+ creators. Try it free today!")])

c("junk", "generic_mt", "en", "generic MT pitch (counterpart to glossary tool)",
  [("j_mt", "2025-07-02 13:00", "Hi Mira, why pay translators? TranslateBot translates your documents instantly with AI at a fraction of the cost. Book a demo and get 3 months free.")])

c("junk", "crypto", "en", "crypto/wealth pitch",
  [("crypto", "2025-01-30 22:00", "Hello Mira, I hope this message finds you well. I manage a private portfolio with consistent 12% monthly returns in digital assets. I'm only taking a few new partners this quarter. Would you like details?")])

c("junk", "generic_seo", "de", "generische SEO-Masche",
  [("j_seo", "2025-06-11 10:15", "Hallo Frau Lindqvist-Huber, Ihre Website rankt für wichtige Keywords nicht in den Top 10. Mit unserer SEO-Strategie verdoppeln wir Ihre organische Reichweite in 6 Monaten. Darf ich Ihnen eine kostenlose Analyse schicken?")])

c("junk", "off_topic_product", "de", "Büropflanzen",
  [("j_plants", "2025-03-10 09:30", "Hallo Mira, grüne Büros machen glückliche Teams 🌿 GrünBüro liefert Pflanzen inkl. Pflege für Ihr Office - jetzt mit 3 Monaten gratis. Darf ich Ihnen ein Angebot machen?")])

c("junk", "off_topic_product", "en", "off-topic finance webinar invite from the workflow-tool sender",
  [("b1", "2025-09-09 10:00", "Hi Mira, join our free webinar 'Automate your finance approvals' next Thursday - 300+ finance leaders already registered. Save your seat!")])

c("junk", "generic_freelancer_blast", "de", "Massen-Eigenwerbung eines Alles-Übersetzers (Gegenstück zu gezielten Freelancern)",
  [("j_free", "2025-04-16 07:10", "Guten Tag, ich biete Übersetzungen in Englisch, Französisch, Spanisch, Italienisch, Arabisch und Chinesisch, außerdem Texterstellung, Social Media und Dateneingabe. Zuverlässig und günstig ab 0,05 € pro Wort. Ich freue mich auf Ihre Aufträge!")])

c("junk", "off_topic_product", "de", "Firmenfitness-Benefit",
  [("j_fit", "2025-01-21 10:20", "Hallo Mira, Mitarbeitergesundheit ist Chefsache! Mit FitWork erhalten Ihre Mitarbeitenden Zugang zu über 5.000 Studios, steuerfrei als Benefit. Sollen wir kurz sprechen, wer bei Taktwerk dafür zuständig ist?")])

PROFILE = {
    "First Name": "Mira", "Last Name": "Lindqvist-Huber",
    "Headline": "Localization @ Taktwerk Software | TMS, ICU, MT quality | 14 languages, one product",
    "Summary": "Swedish-German, in Munich since 2012. I run localisation for Taktwerk's production planning software: "
               "vendors, TMS, pseudo-localisation in CI, terminology. Previously PM at Lingwerk AG. "
               "Organiser of the Munich l10n meetup (Lokalisierungs-Stammtisch).",
    "Industry": "Software Development", "Geo Location": "München, Bayern, Deutschland",
    "Websites": "[COMPANY:taktwerk.de]",
}
POSITIONS = [
    {"Company Name": "Taktwerk Software GmbH", "Title": "Localization Project Manager",
     "Description": "Localisation of web, mobile and docs into 14 languages.", "Location": "München",
     "Started On": "Jan 2022", "Finished On": ""},
    {"Company Name": "Lingwerk AG", "Title": "Project Manager", "Description": "Software localisation projects.",
     "Location": "München", "Started On": "Aug 2014", "Finished On": "Dec 2021"},
]
SKILLS = ["Localization", "Translation Management Systems", "Terminology", "Machine Translation",
          "Project Management", "Internationalization"]

if __name__ == "__main__":
    ex.write(OUT, PROFILE, POSITIONS, SKILLS)
    print(ex.summary())

"""Persona en-freelance-translator-cork (heldout7, written blind in session 2).

Sabine Kearney, German-born sole trader in Cork: German<>English technical translation
(mechanical engineering, automotive manuals, medical devices). Export in the 2023 layout.
Every message below is written by hand for this corpus.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-freelance-translator-cork"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Sabine Kearney", "https://www.linkedin.com/in/sabine-kearney-translation")
ex = Export(SLUG, "2023", owner)
P, C = ex.person, ex.conv

# ------------------------------------------------------------------ people
# genuine
P("fion", "Fionnuala Hegarty", "Ardmore Valves Ltd", "Technical Documentation Lead", connected="2020-03-11")
P("jonas", "Jonas Weidlich", "Lingwerk Übersetzungen GmbH", "Senior Project Manager", connected="2019-06-02")
P("ruth", "Ruth Okafor", "Freelance", "French & German > English Translator", connected="2018-09-20")
P("heiko", "Heiko Brandstätter", "Brandstätter Fördertechnik GmbH", "Geschäftsführer", connected="2021-11-05")
P("ciara", "Ciara Lynch", "ITI Ireland Network", "Events Coordinator", connected="2021-02-14")
P("declan", "Declan Murphy", "Irish Examiner", "Technology Correspondent")
P("aoife", "Aoife Crowley", "UCC", "MA Translation Studies student")
P("marek", "Marek Sobczak", "Medisys Galway", "Regulatory Affairs Manager")
P("tanja", "Tanja Fröhlich", "Freelance", "Übersetzerin EN>DE, Maschinenbau", connected="2017-04-30")
P("liam", "Liam O'Driscoll", "O'Driscoll & Co Accountants", "Partner", connected="2019-01-15")
P("greta", "Greta Lindqvist", "Termsmith Software AB", "Customer Success", connected="2022-01-20")
P("paddy", "Paddy Walsh", "Cork Chamber", "Member Relations", connected="2016-05-19")
P("susanne", "Susanne Keller", "Keller Medizintechnik AG", "Leitung Technische Redaktion", connected="2022-04-08")
P("niamh", "Niamh Barry", "Ardmore Valves Ltd", "Accounts Payable", connected="2022-08-01")
P("oisin", "Oisín Kelleher", "CIT Engineering", "Lecturer, Mechanical Engineering", connected="2015-10-10")
P("brid", "Bríd Ní Shúilleabháin", "Freelance", "Irish & English Translator", connected="2020-12-01")
P("dorothea", "Dorothea Vogt", "Lingwerk Übersetzungen GmbH", "Vendor Manager", connected="2019-06-02")
P("conor", "Conor Daly", "Daly Hydraulics", "Operations Director")
P("webinar1", "Hannah McCarthy", "Freelance", "Spanish > English Translator", connected="2023-02-28")
P("webinar2", "Eoin Fitzgerald", "Lexis Localisation", "Terminologist", connected="2023-03-01")
P("webinar3", "Paula Reinholt", "Freelance", "Übersetzerin", connected="2023-03-01")
P("mum", "Karin Albers", "", "", connected="2014-02-02")
P("spamclient", "Wolfgang Ebner", "Ebner Antriebstechnik", "Technischer Leiter")
P("kev", "Kevin Horgan", "Horgan Precision Engineering", "Managing Director", connected="2023-05-22",
  invite=("IN", "2023-05-21 17:48", "Hi Sabine, Fionnuala Hegarty gave me your name - would love to connect."))
P("rec_rel", "Meike Johannsen", "Wendt Automotive Systems", "Talent Acquisition")

# wanted pitches
P("w_mdr", "Lorenza Ricci", "MedLoc Partners", "Vendor Relations")
P("w_qa", "Tobias Renner", "Decima QA Tools", "Founder")
P("w_dtp", "Priya Natarajan", "LayoutBridge DTP", "Multilingual DTP Specialist")
P("w_interp", "Grainne Coffey", "Freelance", "Conference Interpreter DE/EN", connected="2023-01-09")
P("w_proof", "Alan Moriarty", "Freelance", "Engineer-turned-Reviser (EN)")
P("w_vat", "Siobhan Reidy", "Reidy Tax for Freelancers", "Tax Advisor")
P("w_cpd", "Dr. Ulrike Maass", "Fachakademie Medizinprodukte", "Seminarleitung")
P("w_dict", "Ronan Keogh", "VoiceFirst Ireland", "Dictation Setup Consultant")
P("w_glossary", "Bettina Horvath", "Technikwort Verlag", "Lektorat")
P("w_cowork", "Maeve Tobin", "The Loft Cork", "Community Manager")
P("w_insur", "Graham Pike", "Lexicover", "Account Manager, Professional Indemnity")
P("w_rec", "Johanna Pfeiffer", "Hexagon Drive Systems", "Head of Technical Communication")

# junk
P("j_tpl1", "Ravi Menon", "GlobeSpeak Language Solutions", "Vendor Manager")
P("j_tpl2", "Alina Popescu", "Lingua Nova Group", "Resource Coordinator")
P("j_tpl3", "Kevin Tran", "AsiaBridge Translations", "HR Executive - Linguists")
P("j_tpl4", "Fatima Haddad", "OmniLingo Services", "Vendor Onboarding")
P("j_cat", "Marcus Bell", "PolyglotPro AI", "Sales Development Rep")
P("j_web", "Dinesh Kumar", "PixelCraft Web Studio", "Business Development")
P("j_seo", "Amanda Stone", "RankRocket Digital", "Growth Consultant")
P("j_mlm", "Trish Delaney", "Freedom Wellness Collective", "Independent Ambassador",
  connected="2023-04-03", invite=("IN", "2023-04-02 19:12", ""))
P("j_crypto", "Leon Brandt", "Satoshi Yield Club", "Wealth Mentor")
P("j_award", "Olivia Grant", "Global Language Excellence Awards", "Nominations Team")
P("j_podcast", "Jason Fieldman", "The Solopreneur Hour", "Host & Producer")
P("j_va", "Maria Santos", "EasyAssist VA", "Client Success",
  connected="2023-06-13", invite=("IN", "2023-06-12 08:40", "Hi Sabine, would love to connect!"))
P("j_ghost", "Tyler Brooks", "ViralPost Agency", "Founder",
  connected="2022-11-08", invite=("IN", "2022-11-07 15:02", ""))
P("j_leads", "Sophie Carter", "ClientFlow Partners", "Lead Generation Specialist")
P("j_bump", "Nathan Price", "ScaleUp Outreach", "Account Executive")
P("j_recr", "Laura Mendes", "StaffHub Europe", "Recruitment Consultant")
P("j_annot", "Chris Wong", "DataLabel Crowd", "Community Recruiter")
P("j_merge1", "Eliza Novak", "TransPerfectly Ltd", "Vendor Manager")
P("j_merge2", "Bogdan Ilie", "Verbatim Hub", "Recruitment")
P("j_merge3", "Helen Marsh", "BrightLeaf Coaching", "Business Coach")
P("j_merge4", "Samir Qureshi", "OptiBooks Accounting", "Partner Manager")
P("j_like", "Derek Sullivan", "Sullivan Ventures", "Serial Entrepreneur",
  connected="2023-07-18", invite=("IN", "2023-07-17 21:30", ""))
P("j_call", "Ben Fowler", "Momentum Sales Systems", "Founder")
P("j_ctp", "Anja Richter", "Richter Business Coaching", "Coach für Selbstständige",
  connected="2023-03-20", invite=("IN", "2023-03-19 10:05", "Hallo Sabine, wir haben gemeinsame Kontakte."))
P("j_ctp2", "Mark Hennessy", "Hennessy Financial Planning", "Financial Planner",
  connected="2022-10-03", invite=("IN", "2022-10-02 18:44", ""))
P("j_spam1", "Ivan Petrov", "TopRank Translators Directory", "Listing Manager")
P("j_spam2", "Carla Jimenez", "QuickTrans Marketplace", "Partnerships")
P("j_spam3", "Rick Adler", "Forex Signals Pro", "Trader")
P("j_de", "Sven Pohlmann", "Übersetzerbüro Schnell & Günstig", "Inhaber")
P("j_logo", "Yusuf Aydin", "BrandNest Studio", "Creative Director")
P("j_app", "Grace Liu", "TransMatch App", "Growth Lead")
P("j_event", "Patrick Doran", "EuroTrade Expo", "Exhibitor Sales")
P("j_tpl5", "Nadia Karim", "LinguaLoop Inc.", "Vendor Recruitment")
P("sp_cat", "WordForge CAT", "", "", url="https://www.linkedin.com/company/wordforge-cat")
P("sp_bank", "Northpoint Business Banking", "", "", url="https://www.linkedin.com/company/northpoint-business-banking")
P("sp_course", "Skillary", "", "", url="https://www.linkedin.com/company/skillary-learning")

# ------------------------------------------------------------------ genuine
C("genuine", "direct_client_quote", "en", "existing client asks for quote on new manual, talks price and call", [
    ("fion", "2023-09-04 09:12", "Hi Sabine, hope the summer was good. We have the German supplier manual for the new DN200 gate valve series coming in next week - roughly 38 pages, lots of tables. Same glossary as last time. Could you give me a price and a rough turnaround? Happy to jump on a quick call if that's easier."),
    ("me", "2023-09-04 10:40", "Hi Fionnuala, lovely to hear from you. Send it over when it lands and I'll quote on the actual word count - if most of the tables repeat the DN150 ones the TM will take a good chunk off. Turnaround probably 6-7 working days. Call is fine, Thursday after 2?"),
    ("fion", "2023-09-04 11:02", "Thursday 2.30 works. Thanks!"),
])
C("genuine", "agency_existing_deadline", "mixed", "agency she works with about a deadline change and extra words", [
    ("jonas", "2023-08-21 14:03", "Hallo Sabine, kurze Frage zum Projekt LW-23-1187 (Bedienungsanleitung Verpackungsmaschine): der Kunde hat noch 2.400 Wörter nachgeschoben, Kapitel 9 und 10. Schaffst du das bis Freitag statt Mittwoch? Same rate, of course."),
    ("me", "2023-08-21 14:30", "Hallo Jonas, Freitag 12 Uhr geht, wenn ich die Dateien heute noch bekomme. Bitte die Referenz-PDF mitschicken, Kapitel 9 hat beim letzten Mal Abbildungen ohne Text gehabt."),
    ("jonas", "2023-08-21 14:41", "Perfekt, kommt in 20 Min über das Portal. Danke dir!"),
])
C("genuine", "colleague_passes_job", "en", "colleague passes on a job she cannot take", [
    ("ruth", "2023-05-15 18:22", "Sabine - I've been asked by a wind turbine maintenance firm in Kerry to do a German service manual. Way outside my comfort zone (I'm all contracts and marketing these days). Can I give them your name? They seem decent, pay on time according to a friend."),
    ("me", "2023-05-15 19:05", "Ruth, you're a star. Yes please, happy to take a look. Owe you a coffee at the next ITI meetup."),
    ("ruth", "2023-05-15 19:07", "Done. Contact is Pádraig, he'll email you."),
])
C("genuine", "direct_client_de", "de", "German client asks in German about a new order", [
    ("heiko", "2023-07-10 08:15", "Guten Morgen Frau Kearney, wir bringen im Herbst die neue Baureihe der Gurtförderer auf den britischen Markt. Die CE-Konformitätserklärung und die Betriebsanleitung (ca. 12.000 Wörter) müssten ins Englische. Könnten Sie uns ein Angebot machen? Termin wäre Ende August. Viele Grüße, Heiko Brandstätter"),
    ("me", "2023-07-10 09:02", "Guten Morgen Herr Brandstätter, sehr gerne. Schicken Sie mir bitte die Dateien (am liebsten das Word- oder InDesign-Original), dann erhalten Sie bis morgen ein Angebot. Ende August ist machbar."),
])
C("genuine", "event_invitation", "en", "ITI network asks her to speak at a regional event", [
    ("ciara", "2023-02-06 11:30", "Hi Sabine, the ITI Ireland Network is planning a spring CPD afternoon in Cork on 25 March. Would you be willing to give a 30-minute talk on terminology management for technical translators? We can't pay a fee but will cover travel and lunch, and there's a small speaker gift."),
    ("me", "2023-02-06 13:10", "Hi Ciara, I'd be delighted. 30 minutes plus questions is perfect. I'll send a title and abstract by the end of next week."),
])
C("genuine", "journalist", "en", "journalist asks for comment on AI and translation", [
    ("declan", "2023-04-12 16:45", "Hello Sabine, I'm writing a piece for the Irish Examiner about how machine translation is changing work for freelance translators in Munster. A colleague at UCC suggested you. Would you have 20 minutes for a phone chat this week? Happy to quote you by name or anonymously, your choice."),
    ("me", "2023-04-12 17:30", "Hi Declan, happy to talk. By name is fine. Tomorrow between 10 and 12 works for me."),
    ("declan", "2023-04-13 09:02", "Great, I'll ring at 10.30. Thanks a million."),
])
C("genuine", "student_advice", "en", "student asks for career advice", [
    ("aoife", "2023-03-22 20:11", "Hi Ms Kearney, sorry for the random message! I'm doing the MA in Translation Studies at UCC and I'm really interested in technical translation from German. Would you have any advice on building a specialism? I'd be so grateful for even a few lines."),
    ("me", "2023-03-23 08:40", "Hi Aoife, not random at all. Short version: pick one industry you genuinely find interesting, read its German trade press every week and build your own glossary from it. Happy to meet for a coffee in town some Friday if you like."),
    ("aoife", "2023-03-23 09:15", "That would be amazing, thank you so much!"),
])
C("genuine", "inbound_lead", "en", "inbound lead from medical device firm wants to buy, mentions budget and call", [
    ("marek", "2023-10-02 10:20", "Dear Sabine, we're a Galway medical device manufacturer and we have to get our IFUs and labelling reviewed for the German market under MDR. We've been let down by a big agency. I saw you're on the ITI directory with a medical devices specialism. Do you do EN>DE as well, or only into English? Budget is approved for this quarter. Could we have a 15-minute call to scope it?"),
    ("me", "2023-10-02 11:05", "Dear Marek, thanks for reaching out. I do translate into German (my native language) and I review EN>DE IFUs regularly. A scoping call is a good idea - would Wednesday 11:00 suit? Please send me the current German versions in advance if you can."),
    ("marek", "2023-10-02 11:30", "Wednesday 11:00 is booked. Files to follow by email."),
])
C("genuine", "colleague_de", "de", "German colleague asks for terminology help", [
    ("tanja", "2023-06-01 21:10", "Sabine, du Maschinenbau-Guru :) Wie würdest du 'Nachlaufsteuerung' bei einer Förderbandanlage übersetzen? Mein Kunde benutzt es etwas seltsam, im Sinne von: Band läuft nach Stopp noch kurz weiter zum Leeren."),
    ("me", "2023-06-02 07:55", "Hi Tanja! In dem Sinn würde ich 'run-on control' oder beschreibend 'overrun function (belt empties after stop)' nehmen. Frag aber nach, ob es nicht doch um die Folgesteuerung zwischen zwei Bändern geht."),
    ("tanja", "2023-06-02 08:20", "Danke dir, genau das frage ich jetzt nach!"),
])
C("genuine", "existing_vendor", "en", "her accountant about the tax return deadline", [
    ("liam", "2023-10-16 12:00", "Hi Sabine, just a reminder that the Form 11 deadline via ROS is 15 November. Could you send on the remaining invoices from German clients and your pension contribution statement by the end of the month? No stress."),
    ("me", "2023-10-16 12:45", "Thanks Liam, will do by Friday."),
])
C("genuine", "existing_vendor", "en", "CAT tool vendor about her existing licence (not a pitch)", [
    ("greta", "2023-01-24 09:30", "Hi Sabine, Greta from Termsmith here. Your licence renewal payment on 20 Jan failed (card expired, it seems). Your licence keeps working for 30 days - could you update the card in your account so nothing gets interrupted mid-project?"),
    ("me", "2023-01-24 10:10", "Oops, thanks Greta. Updated just now."),
    ("greta", "2023-01-24 10:25", "Got it, all green. Have a good week!"),
])
C("genuine", "association", "en", "Chamber of commerce membership renewal and event", [
    ("paddy", "2022-11-29 15:00", "Hi Sabine, thanks for renewing your Cork Chamber membership for another year. Just a heads up, our German-Irish business breakfast is on 12 December - given your work you'd probably meet a few useful people. Free for members."),
])
C("genuine", "direct_client_de", "de", "German medtech client with a short terminology question", [
    ("susanne", "2023-05-09 13:20", "Liebe Frau Kearney, eine kurze Rückfrage zur Gebrauchsanweisung: Sie haben 'Spülanschluss' mit 'flush port' übersetzt, unsere Kollegen in den USA sagen 'irrigation port'. Was ist hier richtig?"),
    ("me", "2023-05-09 14:05", "Liebe Frau Keller, beides kommt vor. 'Flush port' ist bei Kathetern üblicher, 'irrigation' eher bei chirurgischen Instrumenten mit Spülfunktion. Für Ihr Produkt passt 'flush port' - ich schicke Ihnen zwei Belegstellen aus FDA-Dokumenten per Mail."),
    ("susanne", "2023-05-09 14:12", "Super, vielen Dank!"),
])
C("genuine", "client_invoice", "en", "client's accounts payable about an invoice and PO number", [
    ("niamh", "2023-03-02 10:00", "Hi Sabine, your invoice SK-2023-014 is missing our PO number so it's been bounced by the system. Could you reissue with PO 45009817? Sorry about the hassle."),
    ("me", "2023-03-02 10:30", "No problem Niamh, reissued and sent to ap@ just now."),
])
C("genuine", "friend", "en", "old friend, lecturer, asks her to talk to students", [
    ("oisin", "2023-09-19 19:40", "Sabine! Long time. My final-year mech eng students are doing a module on documentation and the CE marking process. Would you come in for an hour and tell them why their German suppliers' manuals are unreadable? :) Pints after, obviously."),
    ("me", "2023-09-19 20:15", "Ha, I'd love to. Send me dates!"),
])
C("genuine", "colleague_referral", "en", "colleague returns the favour, wants to pass Irish-language overflow", [
    ("brid", "2023-08-08 09:05", "Hi Sabine, random one: a client of mine is asking for a German version of a tourism brochure. Not technical at all so maybe not your thing, but would you have a colleague you'd recommend? I'd rather send them to someone you trust."),
    ("me", "2023-08-08 09:40", "Hi Bríd, thanks for thinking of me. Tanja Fröhlich does lovely tourism work into German - I'll connect you both by email."),
])
C("genuine", "agency_existing_admin", "de", "vendor manager of an agency she works with updates payment terms", [
    ("dorothea", "2023-01-11 11:11", "Hallo Frau Kearney, zum neuen Jahr stellen wir unsere Zahlungsläufe um: Rechnungen, die bis zum 25. eingehen, werden ab Februar zum 10. des Folgemonats bezahlt. Ihr Wortpreis bleibt unverändert. Bei Fragen melden Sie sich gerne."),
    ("me", "2023-01-11 12:00", "Danke für die Info, passt für mich."),
])
C("genuine", "owner_outreach", "en", "owner herself approaches a possible client (owner-started)", [
    ("me", "2023-06-20 10:00", "Hi Conor, we met briefly at the Engineers Ireland evening in Cork last week - I'm the German technical translator who was talking about pump manuals. You mentioned you're taking over a German distributor's product line. If you ever need the documentation in English, I'd be glad to help. No pressure at all."),
    ("conor", "2023-06-22 17:30", "Hi Sabine, yes I remember. Funny timing - we got a box of German manuals last Tuesday and nobody here can read them. Can you send me your rates?"),
    ("me", "2023-06-22 18:00", "Great! I'll email you a rate sheet and a sample tonight."),
])
C("genuine", "thanks", "en", "thanks after webinar (near-duplicate 1)", [
    ("webinar1", "2023-03-02 09:10", "Thanks so much for yesterday's webinar on terminology management, Sabine. Really useful, especially the part about termbase fields. Great to connect!"),
])
C("genuine", "thanks", "en", "thanks after webinar (near-duplicate 2)", [
    ("webinar2", "2023-03-02 11:25", "Thanks for yesterday's webinar on terminology management, Sabine - really useful, especially the bit on termbase fields. Glad to connect."),
    ("me", "2023-03-02 12:00", "Thanks Eoin, glad it was useful!"),
])
C("genuine", "thanks", "de", "thanks after webinar (near-duplicate 3, German)", [
    ("webinar3", "2023-03-02 14:40", "Danke für das Webinar gestern zum Terminologiemanagement, Sabine! Sehr hilfreich, vor allem der Teil zu den Termbank-Feldern. Freut mich, dass wir jetzt vernetzt sind."),
])
C("genuine", "family", "de", "her mother's short message", [
    ("mum", "2023-12-24 08:00", "Frohe Weihnachten, mein Schatz! Ruf an, wenn ihr wach seid. Papa hat schon die Kamera aufgebaut 😊"),
    ("me", "2023-12-24 09:30", "Frohe Weihnachten! Wir rufen um 11 an ❤️"),
])
C("genuine", "direct_client_in_spam", "de", "genuine new client inquiry that landed in SPAM", [
    ("spamclient", "2023-11-07 07:45", "Sehr geehrte Frau Kearney, Ihr Name wurde uns vom BDÜ-Verzeichnis genannt. Wir benötigen die Übersetzung von drei Wartungshandbüchern für Servoantriebe ins Englische (ca. 25.000 Wörter, Lieferung gestaffelt bis Februar). Hätten Sie Kapazität? Über eine kurze Rückmeldung mit Ihren Konditionen würde ich mich freuen. Mit freundlichen Grüßen, Wolfgang Ebner"),
], folder="SPAM")
C("genuine", "new_client_call", "en", "new local client wants a call about pricing after connecting", [
    ("kev", "2023-05-23 08:30", "Hi Sabine, thanks for accepting. We're a small precision engineering shop in Little Island and we've just won a contract with a Bavarian OEM. They send drawings and specs in German. I'd like to understand how you charge - per word, per page? Can we do a quick 15-minute call this week?"),
    ("me", "2023-05-23 09:15", "Hi Kevin, congratulations on the contract! Usually per word, with a minimum fee for small jobs, and drawings by the hour. A quick call is perfect - tomorrow at 9?"),
    ("kev", "2023-05-23 09:20", "Tomorrow at 9 it is."),
])
C("genuine", "agency_existing_quality", "en", "agency PM forwards reviewer feedback on her job", [
    ("jonas", "2023-02-14 16:00", "Hi Sabine, the end client's reviewer sent feedback on the hydraulic press manual. Mostly preferential, two real points (torque units in 4.3). Could you have a look and accept/reject in the file by Thursday? Thanks!"),
    ("me", "2023-02-14 16:20", "Will do. Thanks for flagging."),
])
C("genuine", "group_colleagues", "en", "group chat with two colleagues organising a meetup", [
    ("ruth", "2023-10-05 12:00", "Right, Cork translators' Christmas lunch. Date options: 8 or 15 December?"),
    ("brid", "2023-10-05 12:20", "15 for me, 8 is the Oireachtas deadline week."),
    ("me", "2023-10-05 13:00", "15 works. I'll book the Spitjack again?"),
    ("ruth", "2023-10-05 13:05", "Perfect 👍"),
], title="Cork translators", extra=["tanja"])
C("genuine", "congrats", "en", "congratulations on 10 years in business", [
    ("fion", "2023-04-03 08:05", "Just saw your post - 10 years of Kearney Technical Translation! Congratulations, you've saved our bacon more than once."),
    ("me", "2023-04-03 08:40", "Aw, thank you Fionnuala! That means a lot."),
])
C("genuine", "congrats", "en", "congratulations on 10 years (near-duplicate)", [
    ("oisin", "2023-04-03 12:10", "10 years! Congratulations Sabine, well deserved."),
])
C("genuine", "relevant_recruiter_declined", "en", "in-house recruiter with a relevant role, owner declines politely", [
    ("rec_rel", "2023-08-29 10:00", "Hello Sabine, I'm recruiting for a Technical Translator DE/EN (in-house, hybrid, Cork office opening 2024) at Wendt Automotive Systems. Your background in automotive documentation stood out. Would you be open to a conversation? Salary band is 52-60k."),
    ("me", "2023-08-29 12:30", "Hi Meike, thank you, that's kind. I'm very happy freelancing, but if you ever need freelance support for overflow, I'd be glad to help."),
    ("rec_rel", "2023-08-29 13:00", "Understood! I'll pass your details on to our documentation team for freelance work."),
])
C("genuine", "direct_client_followup", "de", "German client follow-up asking about status, short", [
    ("heiko", "2023-08-24 16:50", "Frau Kearney, wie sieht's aus mit der Betriebsanleitung? Unser Messetermin rückt näher."),
    ("me", "2023-08-24 17:10", "Herr Brandstätter, ist fertig bis auf das Korrekturlesen, Sie bekommen alles am Montag früh."),
])
C("genuine", "event_invitation", "en", "invitation to a client's product launch", [
    ("susanne", "2023-09-12 10:00", "Dear Ms Kearney, we would like to invite you to the launch of our new infusion pump at MEDICA in Düsseldorf on 13 November. Our team would be delighted to thank you in person for the documentation work. A ticket is reserved for you if you'd like to come."),
    ("me", "2023-09-12 11:20", "Dear Ms Keller, what a lovely invitation! I'll check flights and let you know this week."),
])
C("genuine", "colleague_rate_question", "en", "colleague asks a question about rates - talks money but genuine", [
    ("ruth", "2023-01-30 17:45", "Quick Q: an agency offered me 0.09 for DE>EN patents. Is that insulting or normal these days? I've been out of patents for years."),
    ("me", "2023-01-30 18:10", "Low for patents, I'd say. I wouldn't go below 0.12 for anything with claims. Ask them what they pay for review too."),
])
C("genuine", "owner_outreach", "en", "owner chases a late payment at an agency (owner-started)", [
    ("me", "2023-07-03 09:00", "Hi Dorothea, invoice SK-2023-041 (due 10 June) still shows as open on my side. Could you check whether it's in the next payment run? Thanks!"),
    ("dorothea", "2023-07-03 11:30", "Hallo Frau Kearney, sorry - it was stuck in approval. It goes out with Friday's run. Apologies!"),
])
C("genuine", "intro", "en", "client introduces her to a colleague in another firm", [
    ("fion", "2023-11-20 14:00", "Sabine, I've mentioned you to Aidan in our sister company in Shannon - they're buying a German test rig and the manuals are a mess. He'll probably reach out on here. Hope that's OK!"),
    ("me", "2023-11-20 14:30", "Of course, thank you!"),
])

C("genuine", "agency_existing_new_job", "mixed", "agency she works with offers a new job at her usual rate - looks like an agency pitch but is an existing relationship", [
    ("dorothea", "2023-10-23 08:30", "Guten Morgen Frau Kearney, hätten Sie ab 6. November Kapazität für ca. 8.000 Wörter DE>EN? Safety data sheets for a lubricant manufacturer, your usual rate, deadline 17 November. Reference material and TM are ready."),
    ("me", "2023-10-23 09:10", "Guten Morgen, ja, das passt. Please send the PO and I'll confirm the delivery plan."),
])
C("genuine", "client_thanks", "de", "client says thanks after delivery, archived", [
    ("heiko", "2023-09-01 15:30", "Frau Kearney, die englische Betriebsanleitung ist beim Händler in Birmingham sehr gut angekommen. Herzlichen Dank für die schnelle und saubere Arbeit!"),
    ("me", "2023-09-01 16:00", "Das freut mich sehr, danke für die Rückmeldung!"),
], folder="ARCHIVE")

# ------------------------------------------------------------------ wanted pitches
C("wanted_pitch", "specialist_agency", "en", "MDR-specialist agency cites her ITI profile and offers a fair rate for a named project", [
    ("w_mdr", "2023-06-06 09:40", "Dear Sabine, I found you through the ITI directory, where you list medical devices and EN>DE. We're a small agency working only on MDR documentation and we have a recurring client (orthopaedic implants, IFUs and surgical technique guides) that needs a German translator with engineering background. Our rate for this client is EUR 0.15/word plus hourly review, payment in 30 days. If that's of interest, I'd send you a 300-word paid test. No hard feelings if you're fully booked."),
])
C("wanted_pitch", "tool_beta", "en", "QA tool founder read her article about decimal separators, offers beta", [
    ("w_qa", "2023-04-18 15:20", "Hi Sabine, I read your piece in the ITI Bulletin on number formats in DE>EN manuals (the torque table story made me wince). I'm building a QA checker that flags decimal comma/point mismatches and unit spacing in bilingual files, and your examples are exactly the cases we test on. Would you try the beta for free and tell me where it's wrong? I'd value one brutal email more than a call."),
    ("me", "2023-04-18 16:40", "Ha, that torque table still haunts me. Sure, send me a link."),
])
C("wanted_pitch", "dtp_partner", "en", "DTP specialist noticed she asks for InDesign files, offers layout partnership", [
    ("w_dtp", "2023-02-21 11:00", "Hello Sabine, on your website FAQ you say you prefer InDesign packages for manuals but can't return print-ready layout. I do multilingual DTP (InDesign/FrameMaker, mostly machine manuals in DE, EN, FR) and work with several freelance translators who pass the final layout step to me. If you'd like, I'll do one small file free so you can see the result. My rates are on my profile."),
])
C("wanted_pitch", "referral_partnership", "en", "interpreter proposes swapping referrals at trade fairs", [
    ("w_interp", "2023-01-16 10:30", "Hi Sabine, thanks for connecting. We met at the ITI AGM in Dublin. I interpret DE/EN at trade fairs (Hannover Messe, bauma) and clients regularly ask me to recommend someone for their written manuals. Would you be open to referring interpreting enquiries to me in return? No fees either way, just a mutual recommendation."),
    ("me", "2023-01-16 12:00", "Hi Gráinne, yes, great idea. I get interpreting requests a few times a year and never know who to send them to."),
])
C("wanted_pitch", "reviser_offer", "en", "engineer-reviser references her ISO 17100 statement", [
    ("w_proof", "2023-05-30 19:00", "Hi Sabine, your site says you work to ISO 17100, which means a second linguist has to revise. I'm a chartered mechanical engineer (20 years in process plants) who now revises English technical translations. If you ever need a reviser with an engineering eye for DE>EN, I'd be glad to do a trial on a short job. Rates negotiable for regular work."),
])
C("wanted_pitch", "tax_specialist", "en", "tax adviser addresses her EU client invoicing specifically", [
    ("w_vat", "2023-09-25 08:50", "Hi Sabine, I noticed from your profile that most of your clients are in Germany and Austria. I specialise in Irish sole traders who invoice EU businesses - reverse charge, VIES returns, and the German withholding questions that pop up with some agencies. If your accountant already has this covered, ignore me! If not, I do a free 20-minute check of one quarter's invoices."),
])
C("wanted_pitch", "cpd_course", "de", "MDR terminology course tailored to medtech translators", [
    ("w_cpd", "2023-03-14 09:00", "Sehr geehrte Frau Kearney, in Ihrem Profil haben Sie Medizinprodukte als Fachgebiet angegeben. Wir bieten im Mai ein zweitägiges Online-Seminar 'MDR-Terminologie für Übersetzer:innen' an, mit Schwerpunkt auf IFU, Kennzeichnung und UDI. Dozentin ist eine ehemalige Auditorin einer Benannten Stelle. Für BDÜ- und ITI-Mitglieder gibt es 15 % Rabatt. Das Programm sende ich Ihnen gerne zu."),
])
C("wanted_pitch", "dictation_setup", "en", "dictation consultant refers to her post about wrist strain", [
    ("w_dict", "2023-07-25 13:10", "Hi Sabine, sorry to hear about the wrist trouble you posted about last week. I set up speech recognition for translators (German and English profiles, integrated with CAT tools) and I've done it for three ITI members this year. A session is EUR 180 remote, including a custom vocabulary from your termbase. If it helps, I'm happy to answer questions here first."),
    ("me", "2023-07-25 14:00", "Thanks Ronan, actually timely. Does it work with Termsmith?"),
    ("w_dict", "2023-07-25 14:20", "Yes - I've set it up with Termsmith twice. I'll send you a two-minute video of it in action."),
])
C("wanted_pitch", "review_copy", "de", "publisher offers a review copy of an engineering dictionary, knows her field", [
    ("w_glossary", "2023-10-10 10:00", "Liebe Frau Kearney, wir bringen im Januar die 4. Auflage unseres Wörterbuchs Fördertechnik DE-EN heraus. Da Sie auf LinkedIn öfter über Begriffe aus der Fördertechnik schreiben, würden wir Ihnen gern ein kostenloses Rezensionsexemplar schicken - verbunden mit der Bitte um ehrliches Feedback. Interesse?"),
])
C("wanted_pitch", "coworking", "en", "co-working space refers to her post about working from home in Cork", [
    ("w_cowork", "2023-11-02 12:30", "Hi Sabine, I saw your post about the kitchen table office and the builders next door 😅 We're a quiet co-working space on MacCurtain Street with phone booths and a 'silent floor' that's popular with the two translators already here. Drop in for a free day any time - just mention this message."),
])
C("wanted_pitch", "insurance", "en", "professional indemnity insurer for translators, relevant to her medtech work", [
    ("w_insur", "2023-02-08 09:20", "Dear Sabine, as you translate IFUs for medical devices, you may find that some clients now ask for proof of professional indemnity cover of EUR 1m or more. We insure translators only, and our policy covers the life-sciences exclusion most general policies have. I'm happy to send a sample policy wording - no quote needed."),
])
C("wanted_pitch", "freelance_work_offer", "de", "technical communication head offers freelance work citing her conveyor-belt translations", [
    ("w_rec", "2023-12-05 09:00", "Hallo Frau Kearney, Herr Brandstätter hat Sie uns empfohlen - Ihre englische Betriebsanleitung für die Gurtförderer hat ihn überzeugt. Wir suchen für 2024 eine feste freiberufliche Übersetzerin DE>EN für unsere Getriebe-Dokumentation (ca. 150.000 Wörter/Jahr). Hätten Sie im Januar Zeit für ein Gespräch?"),
    ("me", "2023-12-05 10:30", "Hallo Frau Pfeiffer, vielen Dank für die Anfrage! Sehr gerne, die zweite Januarwoche passt mir gut."),
])

# ------------------------------------------------------------------ junk
TEMPLATE = [
    ("j_tpl1", "2023-02-13 06:12", "Hello Sabine,\n\nI came across your profile and was really impressed with your experience in German to English translation. GlobeSpeak Language Solutions is currently expanding our database of German linguists for ongoing projects in IT, legal and e-commerce.\n\nOur standard rate is USD 0.035 per word with payment via PayPal within 60 days. If interested, kindly fill in our vendor registration form and complete a free 500-word test.\n\nLooking forward to working with you!"),
    ("j_tpl2", "2023-04-04 07:30", "Dear Sabine,\n\nI came across your profile and was truly impressed by your expertise in English<>German translation. Lingua Nova Group is now expanding our pool of German linguists for upcoming projects in gaming, marketing and e-commerce.\n\nWe offer EUR 0.04 per word, payment via Payoneer within 45 days. If you are interested, please fill in our vendor form and take a short free test (400 words).\n\nLooking forward to collaborate!"),
    ("j_tpl3", "2023-06-28 05:55", "Hi Sabine,\n\nCame across your profile and I was impressed with your experience in German translation. AsiaBridge Translations is expanding our database of German linguists for long-term projects in legal, IT and subtitling.\n\nOur rate is USD 0.03/word, payment within 60 days by PayPal. Kindly fill our registration form and do a free sample test of 500 words.\n\nLooking forward to work with you."),
    ("j_tpl4", "2023-09-19 06:40", "Hello Sabine!\n\nI came across your profile and was very impressed with your experience in German-English translation. OmniLingo Services is currently expanding our database of German linguists for ongoing projects in e-commerce, travel and IT.\n\nStandard rate: 0.04 USD per word, payment via PayPal within 60 days. If interested, kindly fill the vendor registration form and complete a free 500 word test.\n\nLooking forward!"),
    ("j_tpl5", "2023-11-14 04:50", "Dear Linguist,\n\nI came across your profile and was impressed by your experience in German translation. LinguaLoop Inc. is expanding our pool of German linguists for ongoing projects in social media, IT and app localisation.\n\nOur rate is USD 0.03 per word via PayPal (net 60). Kindly fill in the vendor form and complete a free 500-word test.\n\nLooking forward to working with you!"),
]
for index, message in enumerate(TEMPLATE, 1):
    C("junk", "low_rate_agency_template", "en", f"low-rate agency template, sender {index} of 5", [message])

C("junk", "cat_tool_pitch", "en", "AI CAT tool pitch naming her business, fluent", [
    ("j_cat", "2023-05-03 14:00", "Hi Sabine, quick question - how much time does Kearney Technical Translation spend on repetitive segments each week? PolyglotPro AI lets freelance translators like you translate 3x faster with our adaptive MT engine, so you can take on more projects without burning out. Most users see ROI in the first week. Open to a 15-minute demo on Thursday?"),
    ("j_cat", "2023-05-10 09:00", "Hi Sabine, just following up on my note below. Would Thursday or Friday work better for a quick demo?"),
    ("j_cat", "2023-05-18 09:00", "Hi Sabine, I don't want to clutter your inbox - should I close your file, or is now just not the right time?"),
])
C("junk", "web_design", "en", "web design pitch naming the business", [
    ("j_web", "2023-03-09 04:22", "Hello Sabine, I visited the website of Kearney Technical Translation and noticed it is not fully mobile responsive and loads slowly. We are a team of 45 developers offering WordPress redesign from USD 299 only. Can I share some of our portfolio with you?"),
])
C("junk", "seo_pitch", "en", "SEO agency pitch, generic", [
    ("j_seo", "2023-08-15 16:30", "Hi Sabine! I help service businesses rank #1 on Google. I ran a quick audit and found 17 issues holding your website back. Want me to send the free report? It takes 2 minutes to review."),
])
C("junk", "mlm", "en", "connect-then-pitch MLM", [
    ("j_mlm", "2023-04-03 20:00", "Hey Sabine! Thanks for connecting 🌸 Love that you work for yourself - so inspiring! How's your week going?"),
    ("me", "2023-04-04 08:30", "Hi Trish, busy but good, thanks!"),
    ("j_mlm", "2023-04-05 19:40", "So glad to hear!! I'm actually expanding my team and looking for a few driven women who want an extra income stream alongside their business. No selling involved, just sharing products you already love. Would you be open to a quick zoom to hear more? 💕"),
])
C("junk", "crypto", "en", "crypto wealth scheme", [
    ("j_crypto", "2023-07-01 22:10", "Hello Sabine, I hope you're well. I'm helping a small group of professionals earn a passive 4-7% weekly from a Bitcoin arbitrage strategy. Fully automated, withdraw anytime. I'm only taking 5 new people this month. Shall I send details?"),
], folder="SPAM")
C("junk", "paid_award", "en", "paid award 'nomination'", [
    ("j_award", "2023-09-05 10:00", "Congratulations Sabine! 🏆 You have been shortlisted for the Global Language Excellence Awards 2023 in the category 'Freelance Translator of the Year - Ireland'. To confirm your shortlisting and receive your winner's package (certificate, digital badge, press release), a one-off administration fee of GBP 395 applies. Please confirm by Friday."),
])
C("junk", "paid_podcast", "en", "podcast feature with hidden fee", [
    ("j_podcast", "2023-06-14 17:00", "Hi Sabine, I host The Solopreneur Hour (top 2% globally!) and I'd love to feature your story. Our guests get a full episode, social clips and a backlink. We ask guests to contribute a small production fee of $497 to keep the show ad-free. Interested?"),
])
C("junk", "va_connect_pitch", "en", "connect-then-pitch virtual assistant", [
    ("j_va", "2023-06-13 09:00", "Thanks for connecting Sabine! Hope you're having a great day 😊"),
    ("j_va", "2023-06-15 09:05", "Hi Sabine, as a busy business owner, do you ever feel overwhelmed by admin tasks? Our VAs handle inbox, invoicing and scheduling from just $8/hour. Would you be open to a quick chat to see if we're a good fit?"),
])
C("junk", "ghostwriting", "en", "LinkedIn ghostwriting, connect then pitch", [
    ("j_ghost", "2022-11-08 11:00", "Appreciate the connect, Sabine. What's your biggest goal for 2023?"),
    ("j_ghost", "2022-11-10 11:00", "Quick one - most founders I talk to know they should post on LinkedIn but never find the time. We write 3 viral posts a week in your voice, guaranteed 10x reach in 90 days. Worth a chat?"),
    ("j_ghost", "2022-11-17 11:00", "Bumping this in case it got buried 👆"),
])
C("junk", "lead_gen", "en", "lead generation for 'your agency'", [
    ("j_leads", "2023-10-11 13:15", "Hi Sabine, do you have capacity for new clients in Q4? We book 10-15 qualified sales calls per month for translation agencies, fully done-for-you. Only pay for shows. Worth exploring?"),
])
C("junk", "follow_up_bump", "en", "bump-only sequence with no content of its own", [
    ("j_bump", "2023-01-17 08:00", "Hi Sabine, did you get a chance to look at my previous message?"),
    ("j_bump", "2023-01-24 08:00", "Hi Sabine, just floating this back to the top of your inbox."),
    ("j_bump", "2023-02-01 08:00", "Sabine - last try! Let me know if it makes sense to connect for 15 mins."),
])
C("junk", "unrelated_recruiting", "en", "recruiting spam for unrelated call-centre job", [
    ("j_recr", "2023-05-24 12:00", "Hi there! 🇩🇪 Are you a native German speaker? We're hiring Customer Service Agents for a leading e-commerce brand in Lisbon! Relocation package, free Portuguese lessons, sunny lifestyle! Apply now via the link, interviews this week!"),
])
C("junk", "data_annotation", "en", "AI data annotation gig mass message", [
    ("j_annot", "2023-08-02 03:30", "Hi, we are looking for German speakers to help train AI models. Flexible remote work, $12-18/hr, no experience needed. Sign up on our platform and start earning today!"),
])
C("junk", "merge_tag_failure", "en", "merge tag left unfilled", [
    ("j_merge1", "2023-03-27 07:00", "Hi {{first_name}},\n\nWe're TransPerfectly Ltd, a fast-growing LSP looking for experienced {{language_pair}} translators for long-term cooperation. Please send your CV and best rate.\n\nBest regards,\nEliza"),
])
C("junk", "merge_tag_failure", "en", "square-bracket placeholder", [
    ("j_merge2", "2023-07-12 06:15", "Dear [Translator Name], Verbatim Hub is building a team of [LANGUAGE] linguists. Join 5,000+ freelancers and get access to jobs daily. Registration fee only EUR 29 (one-time). Click to register."),
])
C("junk", "merge_tag_failure", "en", "wrong first name", [
    ("j_merge3", "2023-10-24 18:00", "Hi Sandra, I work with female founders who feel stuck at the same revenue level. My 12-week program helps you scale to 10k months without working more hours. Free strategy session this week?"),
])
C("junk", "merge_tag_failure", "en", "wrong company and generic accounting pitch", [
    ("j_merge4", "2023-02-28 09:45", "Hi Sabine, I noticed Kearney Legal Services is growing fast - congratulations! Are you still doing bookkeeping in spreadsheets? OptiBooks automates it for law firms. Can I show you a 10-minute demo?"),
])
C("junk", "like_minded", "en", "like-minded entrepreneurs connect-then-pitch", [
    ("j_like", "2023-07-18 08:00", "Great to connect with like-minded entrepreneurs, Sabine! Always looking to build relationships with business owners who think big."),
    ("j_like", "2023-07-20 08:00", "By the way, I run a private mastermind for 7-figure-minded founders. We have 2 seats left for September. Should I send you the application?"),
])
C("junk", "quick_call", "en", "quick 15 minute call, generic", [
    ("j_call", "2023-11-28 15:00", "Hey Sabine - got 15 minutes this week? I've got an idea that could double your revenue in 2024. Not a pitch, promise 🙂"),
])
C("junk", "coach_connect_pitch", "de", "German coach: connect then pitch", [
    ("j_ctp", "2023-03-20 09:00", "Hallo Sabine, danke fürs Vernetzen! Wie läuft das Geschäft gerade bei dir?"),
    ("j_ctp", "2023-03-22 09:30", "Ich frage, weil viele Selbstständige, mit denen ich arbeite, an ihrer Preisgestaltung verzweifeln. In meinem 6-Wochen-Programm 'Preise mit Selbstwert' lernst du, 30 % mehr zu verlangen. Hast du Lust auf ein kostenloses Erstgespräch?"),
])
C("junk", "financial_planner", "en", "financial planner, connect then pitch with small talk", [
    ("j_ctp2", "2022-10-03 10:00", "Hi Sabine, thanks for accepting! I see you're in Cork too - great city. Hope business is good."),
    ("j_ctp2", "2022-10-06 10:00", "As a self-employed professional, have you thought about your pension? I'm offering free 30-minute pension reviews this month for sole traders. Would you like to book a slot?"),
])
C("junk", "directory_listing", "en", "paid directory listing, in SPAM", [
    ("j_spam1", "2023-04-26 02:10", "Dear Translator, get listed on TopRank Translators Directory and receive 50+ job leads monthly! Premium listing just $19.99/month. Limited offer ends today!!!"),
], folder="SPAM")
C("junk", "marketplace", "en", "translation marketplace commission model, in SPAM", [
    ("j_spam2", "2023-08-22 03:40", "Hi! QuickTrans Marketplace connects you with clients worldwide. Set your own rates*, we take only 35% commission. Sign up free today!"),
], folder="SPAM")
C("junk", "forex", "en", "forex signals spam in SPAM", [
    ("j_spam3", "2023-12-02 23:59", "Hey dear, are you interested in forex trading? I made $4,200 last week with signals. Join my VIP group, link in bio."),
], folder="SPAM")
C("junk", "low_rate_agency_de", "de", "German budget agency offering low rates", [
    ("j_de", "2023-05-08 07:10", "Hallo Frau Kearney, wir suchen zuverlässige Übersetzer für Englisch-Deutsch. Wir zahlen 4 Cent pro Wort, Abrechnung quartalsweise. Bei Interesse senden Sie uns bitte Ihren Lebenslauf und eine Probeübersetzung von 2 Seiten (unvergütet)."),
])
C("junk", "logo_design", "en", "logo/branding pitch", [
    ("j_logo", "2023-09-27 11:11", "Hi Sabine, your brand deserves to stand out! We create premium logos and full brand identities starting at $149. 500+ happy clients. Want to see some samples?"),
])
C("junk", "app_signup", "en", "translation app pitch, generic", [
    ("j_app", "2023-02-02 17:00", "Hey Sabine 👋 TransMatch is the Tinder of translation - swipe, match with clients, get paid! Join 20,000 linguists. Early access link below, spots are limited!"),
])
C("junk", "trade_fair_exhibitor", "en", "trade fair stand selling, irrelevant", [
    ("j_event", "2023-01-09 10:00", "Dear Sabine, EuroTrade Expo 2023 in Birmingham still has premium exhibitor stands available from GBP 3,900. Put Kearney Technical Translation in front of 12,000 buyers! Early-bird ends Friday. Can I reserve a stand for you?"),
    ("j_event", "2023-01-16 10:00", "Hi Sabine, following up - only 4 stands left in Hall B."),
])
C("junk", "mtpe_low_rate", "mixed", "MT post-editing platform, low rate, mixed German/English", [
    ("j_tpl2", "2023-12-11 07:05", "Hallo Sabine! We have urgent MTPE projects EN>DE, ca. 200.000 Wörter, Rate EUR 0.012 per word (full post-editing). Bitte sofort Verfügbarkeit bestätigen, first come first served!"),
])
C("junk", "sponsored_inmail", "en", "Sponsored InMail from a CAT tool", [
    ("sp_cat", "2023-03-15 12:00", "<p>Hi Sabine,</p><p>Translate faster with WordForge CAT&nbsp;- now with built-in AI. Try it free for 30 days &amp; save 40% on your first year.</p><p><a href=\"https://example.invalid/wf\">Start free trial</a></p>"),
], title="Sponsored Conversation", subject="Your free WordForge trial")
C("junk", "sponsored_inmail", "en", "Sponsored InMail from a bank", [
    ("sp_bank", "2023-06-07 12:00", "<p>Hi Sabine,</p><p>Self-employed? Open a Northpoint business account in 10 minutes &amp; get EUR&nbsp;100 welcome credit.</p>"),
], title="Sponsored Conversation", subject="Banking built for sole traders")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for an online course", [
    ("sp_course", "2023-10-03 12:00", "<p>Hi Sabine,</p><p>Level up your career with 7,000+ courses. Get Skillary Premium free for one month.</p>"),
], title="Sponsored Conversation", subject="A gift for you, Sabine")

ex.write(
    OUT,
    {"First Name": "Sabine", "Last Name": "Kearney",
     "Headline": "German <> English technical translator | mechanical engineering, automotive, medical devices",
     "Summary": "Sole trader since 2013. I translate operating manuals, specifications and IFUs between German and English, working to ISO 17100 with a reviser. Native German speaker based in Cork. ITI qualified member, BDÜ member.",
     "Industry": "Translation and Localization", "Geo Location": "Cork, Ireland",
     "Websites": "[COMPANY:kearney-translation.ie]"},
    [{"Company Name": "Kearney Technical Translation", "Title": "Owner, technical translator DE<>EN",
      "Description": "Manuals, specifications, IFUs; TM and termbase work", "Location": "Cork",
      "Started On": "Apr 2013", "Finished On": ""},
     {"Company Name": "Lingwerk Übersetzungen GmbH", "Title": "In-house translator",
      "Description": "", "Location": "Stuttgart", "Started On": "Sep 2008", "Finished On": "Mar 2013"}],
    ["Technical Translation", "German", "Terminology Management", "Medical Devices", "Mechanical Engineering",
     "CAT Tools", "Proofreading"],
)
print(ex.summary())

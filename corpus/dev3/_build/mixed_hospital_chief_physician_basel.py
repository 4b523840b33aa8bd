"""Persona: Prof. Regula Imhof, chief physician (Chefärztin) of cardiology at a Basel hospital.

Layout: LinkedIn export 2018 (From,To,Date,Subject,Content,Direction,Folder; no conversation
id, so labels.csv carries the id derived from participants and subject). Swiss Standard
German (no ß, Swiss phrasing) and English. All messages hand-written for heldout3
(session 2), blind to the detector.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person

SLUG = "mixed-hospital-chief-physician-basel"
OWNER = Person("me", "Regula Imhof", "https://www.linkedin.com/in/regula-imhof-kardiologie")
x = Export(SLUG, "2018", OWNER)
P = x.person
C = x.conv

# ---------------------------------------------------------------- real contacts
P("col_liestal", "Beat Schneeberger", "Kantonsspital Baselland", "Leitender Arzt Kardiologie", connected="2011-04-12")
P("hausarzt", "Monika Rüegg", "Hausarztpraxis Gundeldingen", "Fachärztin Allgemeine Innere Medizin", connected="2013-09-05")
P("hausarzt2", "Thomas Brändli", "Gruppenpraxis Riehen", "Hausarzt", connected="2015-02-17")
P("angehoerige", "Sandra Keller", "", "", connected=None)
P("phd_lea", "Lea Schaffner", "Universität Basel", "PhD student, Cardiovascular Research", connected="2016-10-03")
P("phd_arjun", "Arjun Iyer", "Universität Basel", "PhD candidate", connected="2017-01-20")
P("esc_chair", "Henrik Lund", "Heart Failure Association", "Scientific Programme Committee", connected="2012-06-01")
P("herztage", "Daniel Gasser", "Basler Herztage", "Kongresssekretariat", connected="2014-11-11")
P("journalist", "Nadine Frei", "Rheinpost", "Wissenschaftsredaktorin", connected=None)
P("journalist_en", "Oliver Grant", "Science & Medicine Weekly", "Health Correspondent", connected=None)
P("editor", "Sofia Marques", "European Journal of Heart Research", "Associate Editor", connected="2010-03-15")
P("bew_assist", "Jonas Rieder", "", "Assistenzarzt Innere Medizin", connected="2018-02-05", invite=("IN", "2018-02-04 21:00", "Sehr geehrte Frau Prof. Imhof, ich würde mich gerne für eine Assistenzarztstelle bewerben."))
P("bew_fellow", "Elif Demir", "Hacettepe University", "Cardiology Fellow", connected="2018-04-16", invite=("IN", "2018-04-15 12:00", "Dear Prof. Imhof, I am interested in a research fellowship in Basel."))
P("studynurse", "Carla Pfister", "", "Study Nurse", connected="2017-11-27", invite=("OUT", "2017-11-26 19:00", "Liebe Frau Pfister, ich hätte eine Frage zu einer Stelle."))
P("cra", "Melanie Stucki", "Cardivance Clinical (CRO)", "Clinical Research Associate", connected="2016-05-09")
P("device_rep", "Marco Bernasconi", "Valvetec Schweiz", "Clinical Specialist", connected="2014-08-20")
P("thanks1", "Ruth Hänggi", "", "", connected="2017-12-12")
P("thanks2", "Peter Hänggi", "", "Pensioniert", connected="2017-12-13")
P("thanks3", "Fabienne Moser", "Spital Kleinbasel", "Assistenzärztin", connected="2016-11-01")
P("fortbildung", "Urs Wenger", "Ärztenetz Nordwest", "Präsident", connected="2012-01-30")
P("col_boston", "Rachel Kim", "Massachusetts cardiology group", "Associate Professor", connected="2009-09-09")
P("snsf", "Matthias Roth", "Forschungsförderung Stiftung Herz & Gefäss", "Wissenschaftlicher Sekretär", connected="2015-05-05")
P("mentor", "Hans-Rudolf Egli", "", "em. Professor für Kardiologie", connected="2008-02-02")
P("pflege", "Isabelle Gerber", "Spital Kleinbasel", "Leiterin Pflege Herzkatheterlabor", connected="2013-03-03")
P("dekanat", "Claudia Wyss", "Medizinische Fakultät Basel", "Studiendekanat", connected="2012-10-10")
P("herzverein", "Verena Jenny", "Herzverein beider Basel", "Präsidentin", connected="2016-04-04")
P("col_us_ref", "David Okonkwo", "University hospital, Toronto", "Program Director", connected="2011-07-07")
P("abstract", "Laura Fischer", "Swiss Cardiology Autumn Meeting", "Scientific Office", connected="2017-08-08")
P("statistik", "Stefan Meier", "Clinical Trial Unit Basel", "Biostatistiker", connected="2014-04-04")
P("advisory", "Dr. Andrea Cattaneo", "Nordwind Pharma AG", "Medical Affairs Lead Cardiology", connected="2015-06-06")
P("colleague_zh", "Nicole Huber", "Herzzentrum Zürich", "Chefärztin Kardiologie", connected="2010-01-25")
P("patient_spam", "Giuseppe Russo", "", "", connected=None)
P("freundin", "Barbara Stähelin", "Kunstmuseum", "Kuratorin", connected="2009-05-05")
P("alumni", "Martin Vogt", "", "Kardiologe, Praxis in Olten", connected="2011-11-11")

# ---------------------------------------------------------------- wanted pitch senders
P("w_msl", "Dr. Simone Kaufmann", "Helvion Pharma", "Medical Science Liaison Cardiology", connected="2018-03-01", invite=("IN", "2018-02-28 10:00", "Grüezi Frau Prof. Imhof, zu Ihrer Publikation im Januar."))
P("w_sizing", "Thomas Iseli", "CardioScan Analytics", "Clinical Applications", connected=None)
P("w_stats", "Dr. Katrin Bühler", "Bühler Biostatistik GmbH", "Inhaberin", connected=None)
P("w_transl", "Ardita Berisha", "Sprachbrücke Medizin", "Medizinische Übersetzerin", connected="2017-10-10", invite=("IN", "2017-10-09 08:00", ""))
P("w_illustr", "Jan de Vries", "Anatomica Illustrations", "Medical Illustrator", connected=None)
P("w_wearable", "Dr. Lukas Weibel", "Pulsewave (ETH spin-off)", "CEO", connected="2018-05-14", invite=("IN", "2018-05-13 22:00", "Guten Abend Frau Imhof, Ihr Vortrag zu Telemonitoring hat uns inspiriert."))
P("w_edit", "Helen Bradshaw", "CardioProse Editing", "Scientific Editor", connected=None)
P("w_sim", "Manuel Roth", "SimHeart Training", "Leiter Teamtrainings", connected=None)
P("w_dataprot", "lic. iur. Seraina Caduff", "Caduff Datenschutzrecht", "Rechtsanwältin", connected=None)
P("w_stream", "Nico Frey", "Rheinmedia Kongresstechnik", "Geschäftsführer", connected="2018-06-20", invite=("IN", "2018-06-19 14:00", ""))
P("w_ecrf", "Dr. Anna Lenz", "Castle Data Solutions", "Clinical Data Manager", connected=None)

# ---------------------------------------------------------------- junk senders
P("tpl_j1", "Emily Watson", "Journal of Cardiology and Vascular Research", "Editorial Assistant", connected=None)
P("tpl_j2", "Grace Miller", "International Journal of Heart Disorders", "Managing Editor", connected=None)
P("tpl_j3", "Sarah Johnson", "Open Access Cardiovascular Letters", "Editorial Office", connected="2018-07-02", invite=("IN", "2018-07-01 03:00", ""))
P("tpl_j4", "Anna Roberts", "Global Journal of Cardiac Sciences", "Journal Coordinator", connected=None)
P("j_conf", "Michael Brown", "World Cardiology Summit", "Program Manager", connected=None)
P("j_conf2", "Linda Scott", "CardioGlobal Congress Series", "Organizing Committee", connected=None)
P("j_award", "Dr. James Whitfield", "Global Healthcare Leadership Awards", "Nominations Director", connected=None)
P("j_whoswho", "Patricia Lane", "Marquis-style Top Doctors Registry", "Membership Coordinator", connected=None)
P("j_pharma", "Reto Zumbühl", "Medipharm Vertrieb Schweiz", "Aussendienst Kardiologie", connected=None)
P("j_medtech", "Kevin Hofstetter", "Cardiolink Devices", "Sales Manager DACH", connected=None)
P("j_praxis", "Sabrina Vogel", "Praxiswachstum Marketing", "Beraterin", connected=None)
P("j_tourism", "Omar Al-Sayed", "Gulf MedConnect", "Partnership Manager", connected="2018-01-15", invite=("IN", "2018-01-14 09:00", ""))
P("j_wealth", "Philipp Hunziker", "Hunziker Vermögenspartner", "Vermögensberater für Ärzte", connected="2018-03-19", invite=("IN", "2018-03-18 18:00", "Grüezi Frau Imhof, gerne würde ich mich mit Ihnen vernetzen."))
P("j_recruit", "Sven Andersson", "Nordic Medical Staffing", "Senior Recruiter", connected=None)
P("j_recruit2", "Jessica Lee", "PharmaCareers Global", "Talent Partner", connected=None)
P("j_crypto", "Viktor Sokolov", "", "Blockchain Investor", connected=None)
P("j_mlm", "Doris Imboden", "", "Unabhängige Beraterin | Gesundheit & Lifestyle", connected="2017-09-20", invite=("IN", "2017-09-19 20:00", ""))
P("j_mt1", "Daniel Scott", "MedWriters Pro", "Business Development", connected=None)
P("j_mt2", "Heike Baumann", "Kongressreisen Plus", "Vertrieb", connected=None)
P("j_mt3", "Rajesh Kumar", "TranscribeMed Solutions", "Account Executive", connected=None)
P("j_mt4", "Corinne Maurer", "Praxisbedarf Maurer", "Kundenberaterin", connected=None)
P("j_survey", "Amanda Brooks", "MedOpinion Panels", "Physician Recruitment", connected=None)
P("j_ghost", "Dr. Neha Gupta", "PublishFast Scientific", "Publication Consultant", connected=None)
P("j_likeminded", "Marc Aeschbacher", "Aeschbacher Leadership", "Executive Coach für Chefärzte", connected="2018-05-28", invite=("IN", "2018-05-27 07:00", "Gerne vernetze ich mich mit gleichgesinnten Führungspersönlichkeiten im Gesundheitswesen."))
P("j_bump", "Nina Zürcher", "Medlingua Übersetzungen", "Account Managerin", connected=None)
P("j_book", "Anastasia Petrenko", "Lambert-style Academic Publishing", "Acquisition Editor", connected=None)
P("j_ai", "Tobias Marti", "EchoGenius AI", "Head of Sales Switzerland", connected=None)
P("j_billing", "Sunil Mehra", "MedBill Outsourcing", "Business Development", connected=None)
P("j_smalltalk", "Roland Brügger", "Brügger Praxisimmobilien", "Immobilienberater", connected="2018-08-06", invite=("IN", "2018-08-05 12:00", ""))
P("j_webinar", "Kathrin Lutz", "Medical Leadership Academy", "Programmleitung", connected=None)
P("reg_freiburg", "Katrin Albers", "Universitäts-Herzzentrum Freiburg", "Oberärztin, Registerkoordination", connected="2016-09-19")
P("son_uk", "James Whitaker", "", "Civil Engineer", connected=None)
P("w_reha", "Dr. Beatrice Hürlimann", "Rehaklinik Schwarzwaldhöhe", "Chefärztin Kardiologische Rehabilitation", connected=None)
P("j_lab", "Chris Dalton", "LabStar Equipment", "Territory Manager", connected=None)
P("j_hotel", "Melanie Graf", "Seehotel Konferenz & Events", "Sales Managerin", connected=None)
P("j_capacity", "Deborah Stoll", "Selbstzahler-Akquise GmbH", "Partnerbetreuung", connected="2018-09-25", invite=("IN", "2018-09-24 10:00", ""))
P("j_scribe", "Ashley Morgan", "VoiceChart", "Account Executive", connected=None)
P("j_leasing", "Reto Kälin", "Medicar Leasing", "Kundenberater Ärzte", connected="2017-11-06", invite=("IN", "2017-11-05 17:00", "Grüezi Regula!"))
P("spon_hidden", "LinkedIn Member", "", "", url="")

# ================================================================ GENUINE
C("genuine", "colleague_referral", "de", "colleague refers patient for TAVI evaluation", [
    ("col_liestal", "2018-03-06 17:40", "Liebe Regula, darf ich dir einen Patienten zuweisen? 81-jährig, schwere symptomatische Aortenstenose, Chirurgie hat wegen Gebrechlichkeit abgelehnt. Wir hätten gerne eure TAVI-Abklärung. Unterlagen schicke ich per HIN-Mail. Herzliche Grüsse, Beat"),
    ("me", "2018-03-06 19:05", "Lieber Beat, gerne. Das Heart Team trifft sich am Donnerstag, ich nehme ihn auf die Liste. Das Sekretariat meldet sich bei ihm für den CT-Termin."),
    ("col_liestal", "2018-03-06 19:12", "Merci vielmal!"),
], subject="Zuweisung TAVI-Abklärung")
C("genuine", "gp_referral", "de", "GP asks for urgent appointment for a patient", [
    ("hausarzt", "2018-05-22 12:15", "Grüezi Frau Imhof, entschuldigen Sie den Weg über LinkedIn, Ihr Sekretariat ist heute nicht erreichbar. Eine Patientin von mir (Jg. 1948) hat seit zwei Wochen zunehmende Belastungsdyspnoe, NT-proBNP deutlich erhöht, neu Vorhofflimmern. Könnte sie diese Woche noch zu Ihnen in die Herzinsuffizienz-Sprechstunde? Freundliche Grüsse, Monika Rüegg"),
    ("me", "2018-05-22 13:00", "Grüezi Frau Rüegg, ja, Freitag 8.30 Uhr geht. Bitte schicken Sie die Zuweisung ans Sekretariat, ich informiere es. Freundliche Grüsse"),
])
C("genuine", "gp_question", "de", "GP asks about medication after discharge, quick call", [
    ("hausarzt2", "2018-09-11 16:50", "Hallo Frau Kollegin, kurze Frage zum Austrittsbericht von Herrn B.: Soll das Sacubitril/Valsartan weiter hochtitriert werden oder war 49/51 als Zieldosis gemeint? Falls einfacher, können wir auch kurz telefonieren, 5 Minuten reichen. Gruss, Thomas Brändli"),
    ("me", "2018-09-11 18:20", "Lieber Herr Brändli, bitte weiter hochtitrieren auf 97/103, wenn Blutdruck und Kreatinin es erlauben. Rufen Sie mich gerne morgen zwischen 12 und 13 Uhr an."),
])
C("genuine", "patient_family_in_spam", "de", "daughter of a patient asks for appointment, in SPAM folder", [
    ("angehoerige", "2018-10-02 21:30", "Sehr geehrte Frau Professor Imhof, entschuldigen Sie bitte, dass ich Ihnen hier schreibe. Mein Vater (79) wurde Ihnen vom Hausarzt zugewiesen, aber wir warten seit 5 Wochen auf einen Termin und er ist jetzt schon beim Treppensteigen sehr kurzatmig. Gibt es eine Möglichkeit, den Termin vorzuziehen? Ich danke Ihnen herzlich. Sandra Keller"),
], folder="SPAM", subject="Termin für meinen Vater")
C("genuine", "patient_thanks_in_spam_style", "en", "former patient writes from Italy in English, in SPAM", [
    ("patient_spam", "2018-06-18 09:05", "Dear Professor Imhof, you treated me last November when I had the heart attack during my business trip in Basel. I am back home in Bergamo and fully recovered, walking 5 km every day. I just wanted to say grazie from all my family. Giuseppe Russo"),
], folder="SPAM")
C("genuine", "phd_supervision", "en", "PhD student sends chapter draft and asks for meeting", [
    ("phd_lea", "2018-04-09 22:10", "Hi Regula, I've uploaded the draft of chapter 3 (the biomarker analysis) to the shared drive. Still messy in the discussion part. Could we meet this week? I'm free Thursday afternoon."),
    ("me", "2018-04-10 07:15", "Hi Lea, thanks! Thursday 15:00 in my office works. I'll read it tomorrow evening."),
], subject="Chapter 3 draft")
C("genuine", "phd_news", "en", "PhD student shares accepted abstract", [
    ("phd_arjun", "2018-06-05 11:30", "Regula!! Our abstract on sex differences in TAVI outcomes got accepted as an oral presentation in Munich 🎉 Can we do a practice run at the group meeting in August?"),
    ("me", "2018-06-05 11:45", "Fantastic news Arjun, congratulations! Yes, let's do the practice run on 21 August."),
], subject="ESC abstract accepted")
C("genuine", "congress_chair_invite", "en", "scientific committee invites her to chair a session, no fee", [
    ("esc_chair", "2017-11-20 14:00", "Dear Regula,\n\nOn behalf of the Scientific Programme Committee, I'm pleased to invite you to co-chair the session 'Heart failure with preserved ejection fraction: what's new in diagnosis' at our annual meeting in Vienna next May. Registration will be covered by the association as for all chairs. Please confirm by 15 December via the faculty portal; you'll receive a separate email with the link.\n\nWith best regards,\nHenrik"),
    ("me", "2017-11-21 08:30", "Dear Henrik, thank you very much, I'm happy to accept. I'll confirm via the portal."),
], subject="Invitation: session chair")
C("genuine", "own_congress_committee", "de", "congress secretariat of Basler Herztage about programme", [
    ("herztage", "2018-01-15 10:00", "Liebe Frau Imhof, anbei der Programmentwurf für die Basler Herztage. Könnten Sie bis Ende Monat die Vorsitze für die Sitzungen am Freitagnachmittag bestätigen? Ausserdem fragt die Industrieausstellung, ob wir 2 zusätzliche Stände zulassen. Herzliche Grüsse, Daniel Gasser"),
    ("me", "2018-01-15 18:40", "Lieber Herr Gasser, Vorsitze bestätige ich bis Freitag. Die zusätzlichen Stände bitte nur, wenn der Posterbereich nicht kleiner wird."),
], subject="Programm Basler Herztage")
C("genuine", "owner_invites_speaker", "en", "owner invites a colleague abroad to speak at her congress", [
    ("me", "2018-02-02 09:00", "Dear Rachel, we're planning the Basler Herztage for 8-9 November. Would you give the keynote on cardio-oncology? We cover travel, hotel and a modest honorarium of CHF 1,000. It would be wonderful to have you in Basel again."),
    ("col_boston", "2018-02-03 02:15", "Regula, what a lovely invitation. Yes! I just checked and I'm free. Let's talk about the topic next week."),
], subject="Keynote Basler Herztage 2018")
C("genuine", "journalist_request", "de", "journalist asks for interview on women's heart attack symptoms", [
    ("journalist", "2018-03-08 09:20", "Sehr geehrte Frau Prof. Imhof, zum heutigen Frauentag bereiten wir einen Beitrag über Herzinfarkte bei Frauen vor, die oft zu spät erkannt werden. Hätten Sie morgen 20 Minuten für ein Telefoninterview? Gerne schicke ich Ihnen die Zitate vorab zur Freigabe. Freundliche Grüsse, Nadine Frei, Rheinpost"),
    ("me", "2018-03-08 11:00", "Grüezi Frau Frei, gerne. Morgen um 13.00 Uhr, bitte über die Medienstelle einen Termin eintragen lassen."),
], subject="Anfrage Interview Herzinfarkt bei Frauen")
C("genuine", "journalist_request", "en", "English health correspondent asks for comment on a new trial", [
    ("journalist_en", "2018-08-27 16:00", "Dear Professor Imhof, I'm writing about the new heart failure trial presented in Munich today. Would you be willing to give an independent comment (2-3 sentences) on whether it will change practice? My deadline is tomorrow noon UK time. Many thanks, Oliver Grant"),
], subject="Comment request - heart failure trial")
C("genuine", "peer_review_request", "en", "editor colleague asks her to review a manuscript", [
    ("editor", "2018-07-11 13:30", "Dear Regula, I hope you are well. We have a manuscript on remote monitoring in heart failure that fits your expertise perfectly. Would you be able to review it within 3 weeks? I'll send the formal invitation through the system if you agree. Best wishes, Sofia"),
    ("me", "2018-07-11 20:10", "Dear Sofia, yes, happy to, please send it. Best, Regula"),
], subject="Review request")
C("genuine", "applicant", "de", "junior doctor applies for a residency position", [
    ("bew_assist", "2018-02-05 19:00", "Sehr geehrte Frau Prof. Imhof, vielen Dank für die Vernetzung. Ich bin aktuell im 2. Weiterbildungsjahr Innere Medizin in Aarau und möchte mich auf Kardiologie spezialisieren. Gibt es bei Ihnen ab 2019 eine Rotationsstelle? Über ein kurzes Gespräch würde ich mich sehr freuen. Mit freundlichen Grüssen, Jonas Rieder"),
    ("me", "2018-02-06 07:40", "Grüezi Herr Rieder, danke für Ihr Interesse. Bitte schicken Sie Ihre Unterlagen an unser Chefarztsekretariat; wir führen die Gespräche für 2019 im April."),
], subject="Bewerbung Assistenzarzt Kardiologie")
C("genuine", "applicant_fellow", "en", "foreign fellow asks about research fellowship and funding", [
    ("bew_fellow", "2018-04-16 10:30", "Dear Prof. Imhof, thank you for accepting. I am a cardiology fellow in Ankara with a strong interest in HFpEF imaging. I could apply for a 12-month research fellowship from the Swiss Government Excellence Scholarships. Would you be willing to host me? I attached my CV and two papers."),
    ("me", "2018-04-18 21:00", "Dear Dr. Demir, thank you. Your echo work is interesting. I'd be willing to support an application; please send me a one-page project idea and we'll arrange a Skype call."),
    ("bew_fellow", "2018-04-19 08:20", "Thank you so much! I will send it next week."),
], subject="Research fellowship Basel")
C("genuine", "owner_recruits", "de", "owner asks study nurse about a job, salary discussed", [
    ("me", "2017-11-27 08:00", "Liebe Frau Pfister, danke fürs Annehmen. Wir suchen ab Februar eine Study Nurse (80 %) für unsere Herzinsuffizienz-Studien. Frau Gerber meinte, Sie könnten interessiert sein. Hätten Sie Lust auf ein Gespräch?"),
    ("studynurse", "2017-11-28 19:45", "Guten Abend Frau Imhof, das freut mich sehr. Ja, gerne. Darf ich fragen, in welcher Lohnklasse die Stelle eingereiht ist? Ich bin aktuell bei 100 % im Unispital."),
    ("me", "2017-11-29 07:30", "Lohnklasse 15 nach kantonalem Reglement, je nach Erfahrungsstufe. Details gerne im Gespräch, passt Ihnen der 6. Dezember?"),
], subject="Study Nurse Stelle")
C("genuine", "existing_study_sponsor", "de", "CRA from existing trial schedules monitoring visit", [
    ("cra", "2018-06-25 10:10", "Grüezi Frau Prof. Imhof, für die Studie CV-2241 steht der nächste Monitoring-Besuch an. Wäre der 10. oder 12. Juli möglich? Ich bräuchte ca. 2 Stunden mit Frau Pfister und 15 Minuten mit Ihnen für die SAE-Unterschriften. Beste Grüsse, Melanie Stucki"),
    ("me", "2018-06-25 12:00", "Grüezi Frau Stucki, 12. Juli, 14 Uhr passt für mich."),
], subject="Monitoring Visit CV-2241")
C("genuine", "existing_vendor_safety", "de", "device rep about a field safety notice for existing valves", [
    ("device_rep", "2018-09-03 08:00", "Liebe Frau Imhof, ich möchte Sie vorab persönlich informieren: Heute geht eine Sicherheitsmitteilung zu den Einführsystemen der Charge 18-04 raus. Ihr Lager hat noch 3 Systeme aus dieser Charge, die wir morgen austauschen. Bereits implantierte Klappen sind nicht betroffen. Ich rufe Sie gern an, falls Fragen sind. Freundliche Grüsse, Marco Bernasconi"),
    ("me", "2018-09-03 08:30", "Danke für die rasche Info, Herr Bernasconi. Bitte den Austausch mit Frau Gerber koordinieren."),
], subject="Field Safety Notice Charge 18-04")
C("genuine", "thanks", "de", "patient's wife thanks (near-duplicate 1)", [
    ("thanks1", "2017-12-14 18:00", "Liebe Frau Professor Imhof, ganz herzlichen Dank für alles, was Sie und Ihr Team für meinen Mann getan haben. Wir sind so dankbar. Frohe Weihnachten! Ruth Hänggi"),
], subject="Danke")
C("genuine", "thanks", "de", "the patient himself thanks (near-duplicate 2)", [
    ("thanks2", "2017-12-14 19:10", "Liebe Frau Professor Imhof, auch von mir ganz herzlichen Dank für alles, was Sie und Ihr Team für mich getan haben. Frohe Weihnachten! Peter Hänggi"),
    ("me", "2017-12-15 07:50", "Lieber Herr Hänggi, liebe Frau Hänggi, herzlichen Dank, das freut das ganze Team. Schöne Festtage!"),
], subject="Danke von Herzen")
C("genuine", "thanks", "de", "resident thanks after rotation (near-duplicate 3)", [
    ("thanks3", "2018-07-31 17:00", "Liebe Frau Imhof, zum Ende meiner Rotation ganz herzlichen Dank für alles, was ich bei Ihnen und Ihrem Team lernen durfte. Es war eine tolle Zeit! Fabienne"),
], subject="Danke für die Rotation")
C("genuine", "cme_invite_fee", "de", "GP network invites her to give CME talk with honorarium", [
    ("fortbildung", "2018-02-19 13:00", "Liebe Frau Imhof, unser Ärztenetz organisiert am 14. Juni eine Fortbildung für Hausärztinnen und Hausärzte zur Herzinsuffizienz. Würden Sie das Hauptreferat (45 Min.) übernehmen? Wir zahlen ein Honorar von CHF 800 gemäss unseren Ansätzen. Mit kollegialen Grüssen, Urs Wenger"),
    ("me", "2018-02-19 17:30", "Lieber Herr Wenger, sehr gerne, der 14. Juni ist notiert."),
], subject="Fortbildung Herzinsuffizienz 14. Juni")
C("genuine", "grant_panel", "de", "foundation invites her to grant review panel", [
    ("snsf", "2018-01-08 09:30", "Sehr geehrte Frau Prof. Imhof, die Stiftung Herz & Gefäss möchte Sie für die Amtsperiode 2018–2021 in den wissenschaftlichen Beirat berufen (2 Sitzungen pro Jahr in Bern, Begutachtung von ca. 10 Gesuchen). Dürfen wir Ihnen die Unterlagen zustellen? Mit freundlichen Grüssen, Matthias Roth"),
    ("me", "2018-01-09 12:00", "Sehr geehrter Herr Roth, vielen Dank für das Vertrauen. Bitte senden Sie mir die Unterlagen."),
], subject="Berufung Wissenschaftlicher Beirat")
C("genuine", "mentor_congrats", "de", "retired mentor congratulates on professorship", [
    ("mentor", "2017-10-02 10:00", "Liebe Regula, soeben habe ich von deiner Ernennung zur Titularprofessorin gelesen. Herzliche Gratulation, es ist hochverdient! Ich erinnere mich gut an deine erste Echo-Sprechstunde 😊 Herzlich, Hans-Rudolf"),
    ("me", "2017-10-02 21:00", "Lieber Hans-Rudolf, was für eine Freude, von dir zu hören! Ohne dich wäre ich nicht Kardiologin geworden. Darf ich dich einmal zum Mittagessen einladen?"),
    ("mentor", "2017-10-03 08:15", "Sehr gerne, ruf mich an."),
], subject="Gratulation!")
C("genuine", "internal_colleague", "de", "cath lab nursing lead about schedule", [
    ("pflege", "2018-04-23 07:10", "Guete Morge Regula, chönd mir d'TAVI vom Mittwoch uf de Dunnschtig verschiebe? Mir sind am Mittwoch nur zwei im Labor. Lg Isabelle"),
    ("me", "2018-04-23 07:25", "Morge Isabelle, jo, passt. Ich sag's em Patient."),
], subject="")
C("genuine", "teaching_admin", "de", "dean's office about teaching schedule", [
    ("dekanat", "2018-08-14 11:00", "Sehr geehrte Frau Prof. Imhof, für das Herbstsemester fehlt uns noch Ihre Bestätigung für die Vorlesung 'Herz-Kreislauf' im 3. Studienjahr (4 Doppellektionen). Könnten Sie die Daten bis Ende Woche im Portal bestätigen? Freundliche Grüsse, Claudia Wyss"),
], subject="Lehrplanung HS 2018")
C("genuine", "patient_org_invite", "de", "patient association invites her to public talk", [
    ("herzverein", "2018-02-26 15:30", "Liebe Frau Imhof, der Herzverein beider Basel organisiert im Mai einen öffentlichen Vortragsabend im Volkshaus. Letztes Jahr kamen 200 Leute! Dürften wir Sie für einen Vortrag zum Thema 'Herzschwäche – was kann ich selber tun?' anfragen? Leider können wir nur ein kleines Dankeschön geben. Herzlich, Verena Jenny"),
    ("me", "2018-02-27 08:10", "Liebe Frau Jenny, sehr gerne, das mache ich ohne Honorar. Welches Datum schwebt Ihnen vor?"),
], subject="Publikumsvortrag Mai")
C("genuine", "reference_request", "en", "colleague asks for recommendation letter for a former fellow", [
    ("col_us_ref", "2018-10-08 14:45", "Hi Regula, Dr. Mbeki, who did her echo fellowship with you in 2016, has applied to our advanced heart failure program. Would you be willing to send a short letter of reference by 20 October? Thanks a lot, David"),
    ("me", "2018-10-08 20:30", "Hi David, absolutely, she was excellent. You'll have it by the end of next week."),
], subject="Reference for Dr. Mbeki")
C("genuine", "abstract_reviewer", "en", "national meeting asks her to review abstracts", [
    ("abstract", "2018-05-02 09:00", "Dear Prof. Imhof, the Swiss Cardiology Autumn Meeting would be grateful if you could again review abstracts in the heart failure track (about 25 abstracts, deadline 31 May). Log-in details will follow by email. Kind regards, Laura Fischer"),
], subject="Abstract review 2018")
C("genuine", "owner_asks_statistician", "de", "owner asks statistician for help with registry analysis", [
    ("me", "2018-03-26 16:00", "Lieber Stefan, hättest du im April ein paar Stunden für unser TAVI-Register? Es geht um eine Propensity-Score-Analyse, Lea würde die Daten vorbereiten. Wir können das über das Projektbudget abrechnen."),
    ("statistik", "2018-03-27 09:30", "Hoi Regula, ja, ab dem 9. April gerne. Schick mir das Analyse-Konzept, dann schätze ich den Aufwand."),
], subject="Register Analyse")
C("genuine", "advisory_board_invite", "de", "pharma medical affairs invites her to advisory board with honorarium", [
    ("advisory", "2018-04-30 11:00", "Sehr geehrte Frau Prof. Imhof, wir planen am 21. Juni in Zürich ein Advisory Board zur Versorgung von Herzinsuffizienz-Patienten nach Spitalaustritt in der Schweiz (6 Expertinnen und Experten, 4 Stunden). Wir würden uns freuen, wenn Sie teilnehmen. Die Entschädigung erfolgt nach den Richtlinien der SAMW; ein Vertrag würde über Ihr Spital laufen. Mit freundlichen Grüssen, Andrea Cattaneo"),
    ("me", "2018-05-02 10:00", "Sehr geehrte Frau Cattaneo, grundsätzlich gerne. Bitte senden Sie die Unterlagen an unsere Rechtsabteilung zur Prüfung."),
], subject="Advisory Board Herzinsuffizienz")
C("genuine", "colleague_exchange", "de", "fellow chief physician in Zurich exchanges on a new guideline", [
    ("colleague_zh", "2018-09-19 20:40", "Liebe Regula, wie setzt ihr die neue Empfehlung zur Eisensubstitution bei HFrEF praktisch um? Wir diskutieren gerade, ob das ambulant in der Tagesklinik läuft oder beim Hausarzt. Gruss aus Zürich, Nicole"),
    ("me", "2018-09-19 21:15", "Liebe Nicole, bei uns läuft's in der Tagesklinik, Hausärzte schicken die Patienten direkt. Ich schick dir unser internes Merkblatt."),
], subject="Eisensubstitution HFrEF")
C("genuine", "friend", "de", "friend invites her to an exhibition opening", [
    ("freundin", "2018-06-01 19:00", "Liebi Regula, am 14. isch d'Vernissage vo de neue Uusstellig, chunsch? Ich setz di uf d'Lischte. Bisous, Barbara"),
    ("me", "2018-06-01 22:00", "Liebi Barbara, sicher! Merci fürs Dänke a mi 😘"),
], subject="Vernissage")
C("genuine", "alumni_referral", "mixed", "former trainee, now in practice, asks in German-English mix", [
    ("alumni", "2018-07-16 18:30", "Hoi Regula, kurze Frage: I have a 45-year-old patient with suspected cardiac amyloidosis, sehr untypisch. Macht ihr inzwischen die DPD-Szintigraphie im Haus, or should I send him to Bern? Danke und Gruess, Martin"),
    ("me", "2018-07-16 19:10", "Hoi Martin, yes, we do it in-house since spring, schick ihn einfach mit Zuweisung an die Nuklearmedizin, cc mich."),
], subject="Amyloidose")

C("genuine", "registry_partner", "mixed", "registry partner in Freiburg switches between German and English", [
    ("reg_freiburg", "2018-10-10 15:20", "Liebe Regula, kurze Rückfrage zum Datenexport: the variable 'STS score' is missing for about 40 of our cases, weil wir das erst seit 2017 erfassen. Sollen wir die Fälle rausnehmen or impute? Viele Grüsse aus Freiburg, Katrin"),
    ("me", "2018-10-10 17:00", "Liebe Katrin, bitte drin lassen and flag them, Stefan macht eine Sensitivitätsanalyse. Danke!"),
], subject="Datenexport Register Q3")
C("genuine", "second_opinion_request", "en", "patient's son from UK asks about private second opinion and cost", [
    ("son_uk", "2018-08-30 21:10", "Dear Professor Imhof, my mother (84) lives in Riehen and has been told she needs a valve replacement. The family would like a second opinion before she decides. Would it be possible to see you privately, and what would such a consultation cost? I can travel over from Manchester to come with her. Kind regards, James Whitaker"),
    ("me", "2018-08-31 08:15", "Dear Mr Whitaker, of course. A second-opinion consultation is billed via Swiss tariff (roughly CHF 250-400 depending on the tests needed) and is usually covered by her basic insurance. Please ask her GP to send a referral; my office will find a date when you can attend."),
], subject="Second opinion for my mother")

# ================================================================ WANTED PITCH
C("wanted_pitch", "tailored_relevant_pitch", "de", "MSL offers subanalysis data matching her January paper", [
    ("w_msl", "2018-03-01 09:00", "Grüezi Frau Prof. Imhof, in Ihrer Publikation im Januar zur Hospitalisationsrate bei HFpEF-Patientinnen schreiben Sie, dass Daten zu Frauen über 75 fehlen. Wir haben eine noch unveröffentlichte Subgruppenanalyse aus unserer Phase-III-Studie mit genau dieser Population. Ich darf sie nicht verschicken, kann sie Ihnen aber gerne in einem wissenschaftlichen Austausch (30 Min., in Ihrem Büro) vorstellen. Wäre das von Interesse?"),
    ("me", "2018-03-01 18:00", "Grüezi Frau Kaufmann, ja, das interessiert mich tatsächlich. Bitte vereinbaren Sie einen Termin mit meinem Sekretariat."),
], subject="Subgruppenanalyse Frauen >75")
C("wanted_pitch", "tailored_relevant_pitch", "de", "TAVI sizing software referencing her published numbers", [
    ("w_sizing", "2018-04-04 14:20", "Sehr geehrte Frau Prof. Imhof, in Ihrem Jahresbericht 2017 nennen Sie 140 TAVI-Eingriffe und eine Rate an paravalvulären Lecks, die Sie senken möchten. Unsere CT-Auswertungssoftware misst den Anulus automatisch und wurde an zwei Schweizer Zentren validiert (Daten im Anhang). Wir bieten Zentren Ihrer Grösse eine 3-monatige Evaluation an, ohne Kosten und ohne Kaufverpflichtung."),
], subject="Anulus-Vermessung TAVI")
C("wanted_pitch", "tailored_relevant_pitch", "de", "biostatistics consultancy referencing her registry's open position", [
    ("w_stats", "2018-05-15 10:00", "Sehr geehrte Frau Imhof, ich habe gesehen, dass Ihr Team seit Februar eine Biostatistik-Stelle für das TAVI-Register ausgeschrieben hat. Falls die Besetzung noch dauert: Ich arbeite seit 12 Jahren mit Registerdaten in der Kardiologie (u.a. für zwei Schweizer Herzzentren) und könnte Analysen auf Mandatsbasis übernehmen, CHF 160/Std., Publikationsbeteiligung nach ICMJE-Regeln. Referenzen gerne auf Anfrage."),
], subject="Biostatistik TAVI-Register")
C("wanted_pitch", "tailored_relevant_pitch", "de", "medical translator referencing her talk about language barriers", [
    ("w_transl", "2017-10-11 20:00", "Liebe Frau Prof. Imhof, an Ihrem Vortrag im Volkshaus haben Sie erzählt, dass viele Ihrer Herzinsuffizienz-Patientinnen das Merkblatt zu Gewicht und Trinkmenge nicht verstehen, weil es nur auf Deutsch existiert. Ich bin medizinische Übersetzerin für Albanisch, Türkisch und Serbokroatisch und arbeite für zwei Basler Spitäler. Für Ihr zweiseitiges Merkblatt würde ich pro Sprache ca. CHF 180 verrechnen, mit Rückübersetzung zur Kontrolle."),
    ("me", "2017-10-12 08:00", "Liebe Frau Berisha, das kommt wie gerufen. Ich schicke Ihnen das Merkblatt, bitte offerieren Sie alle drei Sprachen."),
], subject="Merkblatt Herzinsuffizienz übersetzen")
C("wanted_pitch", "tailored_relevant_pitch", "en", "medical illustrator refers to her upcoming textbook chapter", [
    ("w_illustr", "2018-02-12 11:00", "Dear Professor Imhof, the publisher's announcement lists you as author of the chapter on valvular heart disease in the new edition of the internal medicine textbook. I illustrated the cardiology chapters of the previous edition and the editors are happy for authors to commission figures directly. If you'd like cleaner diagrams of TAVI access routes than the ones in the old edition, I'd be glad to send examples and a quote."),
], subject="Illustrations for your textbook chapter")
C("wanted_pitch", "tailored_relevant_pitch", "de", "ETH wearable startup seeks her as clinical partner", [
    ("w_wearable", "2018-05-14 08:30", "Guten Tag Frau Prof. Imhof, danke fürs Vernetzen. In Ihrem Vortrag zu Telemonitoring an den Herztagen sagten Sie, dass Gewichtskontrolle allein zu spät warnt. Unser Brustpflaster misst thorakale Impedanz und Atemfrequenz und wir planen eine Validierungsstudie bei Herzinsuffizienz. Wir suchen ein Zentrum mit Ihrer Erfahrung, die Studienfinanzierung über Innosuisse ist gesprochen. Dürfte ich Ihnen das Protokoll zeigen?"),
    ("me", "2018-05-14 19:30", "Guten Abend Herr Weibel, spannend. Schicken Sie mir das Protokoll, dann sehen wir uns im Juni."),
], subject="Klinische Partnerschaft Validierungsstudie")
C("wanted_pitch", "tailored_relevant_pitch", "en", "editing service refers to her student's preprint", [
    ("w_edit", "2018-08-20 15:00", "Dear Prof. Imhof, I read the preprint by your group on sex differences after TAVI (first author Arjun Iyer). The science is strong, but reviewers at the big journals often complain about language in results sections like this one. I'm a former cardiology researcher and now edit manuscripts for non-native authors, 48-hour turnaround, about EUR 0.06 per word. Happy to edit one page for free so you can judge."),
], subject="Language editing for your TAVI preprint")
C("wanted_pitch", "tailored_relevant_pitch", "de", "simulation training company for heart team emergencies", [
    ("w_sim", "2018-06-11 13:15", "Sehr geehrte Frau Imhof, Sie haben in einem Interview erwähnt, dass Ihr Team Notfälle im Hybrid-OP (z.B. Annulusruptur) bisher nur theoretisch bespricht. Wir bieten In-situ-Simulationstrainings für TAVI-Teams an, direkt in Ihrem Labor, mit Kardiologie, Herzchirurgie, Anästhesie und Pflege. Ein halbtägiges Training kostet CHF 4.800. Gerne schicke ich Ihnen das Szenario, das wir in Bern durchgeführt haben."),
], subject="Notfalltraining TAVI-Team")
C("wanted_pitch", "tailored_relevant_pitch", "de", "data protection lawyer referencing her cross-border registry", [
    ("w_dataprot", "2018-05-24 17:00", "Sehr geehrte Frau Prof. Imhof, ich habe gelesen, dass Ihr Register ab Herbst auch Daten aus Freiburg im Breisgau und Mulhouse aufnehmen soll. Mit der DSGVO ab morgen ändern sich die Anforderungen an solche grenzüberschreitenden Datenflüsse erheblich, auch für Schweizer Spitäler. Ich berate Forschungsgruppen zu Datenübermittlungsverträgen. Ein Erstgespräch ist kostenlos."),
], subject="DSGVO und Ihr trinationales Register")
C("wanted_pitch", "tailored_relevant_pitch", "de", "congress tech company offers streaming for her congress", [
    ("w_stream", "2018-06-20 10:30", "Grüezi Frau Imhof, danke für die Vernetzung. Ich habe gesehen, dass die Basler Herztage letztes Jahr keine Aufzeichnungen angeboten haben und mehrere Teilnehmende das in der Umfrage vermisst haben (sie ist auf Ihrer Website publiziert). Wir streamen und zeichnen medizinische Kongresse in der Region auf, inkl. Credit-Abfrage für die Fortbildungspunkte. Für zwei Säle und zwei Tage wären wir bei ca. CHF 9.500."),
    ("me", "2018-06-21 07:45", "Grüezi Herr Frey, guter Hinweis. Bitte schicken Sie die Offerte an Herrn Gasser vom Kongresssekretariat."),
], subject="Streaming Basler Herztage")
C("wanted_pitch", "tailored_relevant_pitch", "en", "eCRF provider referencing her registry expansion", [
    ("w_ecrf", "2018-09-24 09:40", "Dear Prof. Imhof, your registry paper mentions that data are still collected in spreadsheets at the participating sites. With the expansion to three countries planned, a validated eCRF could save your study nurses a lot of double entry. We host REDCap-based eCRFs for academic registries on Swiss servers, setup from CHF 3,000. I could show you the setup we built for another Swiss valve registry."),
], subject="eCRF for the TAVI registry")

C("wanted_pitch", "tailored_relevant_pitch", "de", "cardiac rehab clinic proposes transfer pathway for her TAVI patients", [
    ("w_reha", "2018-07-03 10:40", "Liebe Frau Kollegin Imhof, aus Ihrem Jahresbericht sehe ich, dass ein Teil Ihrer TAVI-Patientinnen aus dem Markgräflerland kommt und nach dem Eingriff lange auf einen Reha-Platz wartet. Wir sind eine kardiologische Reha 40 Minuten von Basel, deutsche Kostenträger sind bei uns geregelt. Wir könnten für Ihre Patienten aus Deutschland ein festes Kontingent mit Übernahme innerhalb von 5 Tagen anbieten. Darf ich Ihnen das Konzept vorstellen?"),
], subject="Reha-Übernahme nach TAVI")

# ================================================================ JUNK
# one predatory-journal template, four senders
C("junk", "template_predatory_journal", "en", "predatory journal template (sender 1)", [
    ("tpl_j1", "2018-01-22 04:10", "Dear Dr. Regula Imhof,\n\nGreetings from the Journal of Cardiology and Vascular Research!\n\nWe have gone through your esteemed article and are impressed by your contribution to the field. We kindly invite you to submit your next research article, review or case report to our upcoming issue. Article processing charges are highly nominal.\n\nAwaiting your kind response.\n\nEmily Watson\nEditorial Assistant"),
], subject="Call for papers - upcoming issue")
C("junk", "template_predatory_journal", "en", "predatory journal template (sender 2, spintax)", [
    ("tpl_j2", "2018-03-29 05:30", "Dear Dr. Imhof Regula,\n\nWarm greetings from the International Journal of Heart Disorders!\n\nWe went through your esteemed publication and were impressed by your valuable contribution to the field. We cordially invite you to submit your next research article, review or case report for our forthcoming issue. Article processing charges are very nominal.\n\nAwaiting your positive response.\n\nGrace Miller"),
], subject="Invitation to submit manuscript")
C("junk", "template_predatory_journal", "en", "predatory journal template (sender 3, after connecting)", [
    ("tpl_j3", "2018-07-02 03:50", "Dear Dr. Regula Imhof,\n\nGreetings from Open Access Cardiovascular Letters!\n\nWe have gone through your esteemed article and are impressed by your contribution. We kindly invite you to submit a research article, review, mini-review or case report to our Volume 4 Issue 3. Article processing charges are highly nominal (USD 499 only).\n\nAwaiting your kind response.\n\nSarah Johnson"),
    ("tpl_j3", "2018-07-16 03:50", "Dear Dr. Regula Imhof, this is a gentle reminder regarding our previous mail. Kindly let us know your interest."),
], subject="Manuscript invitation Vol 4 Issue 3")
C("junk", "template_predatory_journal", "en", "predatory journal template (sender 4, SPAM)", [
    ("tpl_j4", "2018-10-09 02:20", "Dear Dr. Regula Imhof,\n\nGreetings from the Global Journal of Cardiac Sciences!\n\nWe have gone through your esteemed article and are impressed by your contribution to the field. We kindly invite you to submit a manuscript for our special issue. Processing charges are highly nominal.\n\nAwaiting your kind response.\n\nAnna Roberts"),
], folder="SPAM", subject="Special issue invitation")
C("junk", "predatory_conference", "en", "keynote speaker invitation requiring registration fee", [
    ("j_conf", "2018-02-14 06:00", "Dear Dr. Imhof,\n\nIt is our pleasure to invite you as a Keynote Speaker at the 9th World Cardiology Summit, 22-23 October 2018, Dubai, UAE. Based on your eminent research, the organizing committee believes your presence would be an asset. Speaker registration fee: USD 799 (includes lunch and certificate). Kindly confirm your slot at the earliest as slots are limited."),
], subject="Keynote Speaker Invitation - World Cardiology Summit 2018")
C("junk", "predatory_conference", "en", "organizing committee membership offer with fee", [
    ("j_conf2", "2018-08-01 07:15", "Respected Dr. Imhof, we are delighted to offer you an Organizing Committee Member position for CardioGlobal 2019 in Rome. As a member you will receive a discounted registration (EUR 650 instead of 950) and your profile will be displayed on our website. Please reply with your photo and short bio."),
], subject="Organizing Committee Membership Offer")
C("junk", "paid_award", "en", "healthcare leadership award with fee", [
    ("j_award", "2018-04-25 12:00", "Dear Professor Imhof,\n\nCongratulations! You have been selected as 'Outstanding Cardiologist of the Year - Switzerland' by the Global Healthcare Leadership Awards 2018. Your award will be presented at our gala in London. To secure your award, trophy and press release, a nomination processing fee of GBP 1,250 is required by 15 May."),
], subject="Congratulations - Award Selection 2018")
C("junk", "paid_listing", "en", "top doctors registry paid membership", [
    ("j_whoswho", "2018-06-28 15:00", "Dear Dr. Imhof, your professional accomplishments have qualified you for inclusion in the 2018/2019 edition of the Top Doctors Registry. Featured members receive a framed certificate and a premium online profile for a one-time fee of USD 395. Please confirm your biographical details below."),
], subject="Your inclusion in Top Doctors 2018/2019")
C("junk", "pharma_generic_rep", "de", "generic pharma rep asks for quick 15-minute appointment", [
    ("j_pharma", "2018-01-30 08:45", "Grüezi Frau Dr. Imhof, gerne würde ich Ihnen unser neues Generikum im Bereich Antikoagulation in einem kurzen 15-minütigen Termin vorstellen. Wann hätten Sie Zeit? Ich komme auch gerne mit Gipfeli vorbei 😊 Freundliche Grüsse, Reto Zumbühl"),
    ("j_pharma", "2018-02-13 08:45", "Grüezi Frau Dr. Imhof, ich erlaube mir nochmals nachzufragen betreffend eines kurzen Termins."),
], subject="Kurzer Termin")
C("junk", "medtech_generic", "en", "generic medtech sales pitch", [
    ("j_medtech", "2018-03-13 10:20", "Hi Regula,\n\nI hope this finds you well! Cardiolink offers an innovative remote cardiac monitoring platform trusted by hundreds of clinics worldwide. Increase revenue, improve outcomes, and reduce readmissions. Can we schedule 15 minutes next week for a quick demo?\n\nBest,\nKevin"),
    ("j_medtech", "2018-03-20 10:20", "Hi Regula, just bumping this to the top of your inbox!"),
    ("j_medtech", "2018-03-27 10:20", "Hi Regula, I haven't heard back. Should I reach out to someone else in your team?"),
], subject="Quick question")
C("junk", "irrelevant_practice_marketing", "de", "private-practice marketing agency to a hospital chief", [
    ("j_praxis", "2018-05-07 09:00", "Grüezi Frau Dr. Imhof, wünschen Sie sich mehr Privatpatienten in Ihrer Praxis? Mit unserem Praxismarketing (Website, Google-Bewertungen, Social Media) steigern Arztpraxen ihre Patientenzahl im Schnitt um 30 %. Darf ich Ihnen ein unverbindliches Angebot machen?"),
], subject="Mehr Privatpatienten für Ihre Praxis")
C("junk", "connect_then_pitch_medical_tourism", "en", "connects then pitches medical tourism commissions", [
    ("j_tourism", "2018-01-15 10:00", "Dear Dr Regula, thank you for accepting my connection. Hope you are having a good week."),
    ("j_tourism", "2018-01-17 09:00", "Dear Dr Regula, Gulf MedConnect sends more than 500 patients per year from the GCC to Europe for cardiac treatment. We are looking for partner doctors in Switzerland. We handle everything and you receive VIP patients with attractive commission structure. Can we discuss on WhatsApp?"),
], subject="")
C("junk", "connect_then_pitch_wealth", "de", "wealth manager for doctors, small talk then pitch", [
    ("j_wealth", "2018-03-19 12:00", "Grüezi Frau Imhof, danke für die Annahme meiner Kontaktanfrage! Ich sehe, Sie sind Chefärztin am Spital Kleinbasel, eindrücklich. Wie geht es Ihnen?"),
    ("me", "2018-03-19 21:00", "Grüezi Herr Hunziker, danke, gut."),
    ("j_wealth", "2018-03-20 08:00", "Das freut mich! Ich betreue seit 15 Jahren Ärztinnen und Ärzte in Vermögensfragen: Pensionskasseneinkauf, Säule 3a, Steueroptimierung. Gerade Chefärzte lassen hier oft viel Geld liegen. Hätten Sie Lust auf einen unverbindlichen Kaffee?"),
], subject="Vernetzung")
C("junk", "recruiting_unrelated", "en", "locum recruiter for GP jobs in Norway", [
    ("j_recruit", "2018-04-11 13:00", "Hi Dr. Imhof, are you looking for a new challenge? We are recruiting General Practitioners for rural clinics in Northern Norway. Free Norwegian course, relocation package and excellent work-life balance. Interested?"),
], subject="GP opportunities in Norway")
C("junk", "recruiting_unrelated", "en", "pharma career recruiter for junior MSL role", [
    ("j_recruit2", "2018-09-05 16:30", "Hi Regula, I came across your profile and think you would be a great fit for a Medical Science Liaison role (entry level) with a leading pharma company in Zug. Would you be open to a quick chat about your career goals?"),
], subject="Exciting MSL opportunity")
C("junk", "crypto", "en", "crypto investment in SPAM", [
    ("j_crypto", "2018-01-05 23:40", "Hello Regula, doctors in Switzerland are making 5-10% weekly with our new blockchain fund. Minimum investment just 1000 CHF. Only 20 places left before the ICO closes. Reply for the whitepaper."),
], folder="SPAM", subject="Exclusive investment for doctors")
C("junk", "mlm", "de", "MLM health products after connecting", [
    ("j_mlm", "2017-09-20 20:30", "Liebe Regula, schön, dass wir vernetzt sind! 🌿 Als Ärztin weisst du ja, wie wichtig Prävention ist. Ich arbeite mit einer Schweizer Firma, die hochwertige Nahrungsergänzungen vertreibt, und suche Fachpersonen, die ihre Patienten beraten und dabei ein passives Einkommen aufbauen möchten. Darf ich dir mehr erzählen?"),
], folder="SPAM", subject="Prävention")
C("junk", "merge_tag_failure", "en", "unfilled last name tag", [
    ("j_mt1", "2018-02-27 07:00", "Dear Dr. {LastName},\n\nAre you struggling to find time to write your research papers? MedWriters Pro offers professional medical writing services by PhD-qualified writers. First manuscript 20% off!"),
], subject="Medical writing support")
C("junk", "merge_tag_failure", "de", "wrong gender and wrong name", [
    ("j_mt2", "2018-05-30 10:00", "Sehr geehrter Herr Dr. Müller, planen Sie schon Ihre Kongressreisen für den Herbst? Mit Kongressreisen Plus buchen Sie Flug und Hotel für ESC, AHA und TCT zu Vorzugspreisen. Gerne erstellen wir Ihnen ein unverbindliches Angebot."),
], subject="Kongressreisen 2018")
C("junk", "merge_tag_failure", "en", "bracket hospital placeholder", [
    ("j_mt3", "2018-07-24 06:30", "Dear Doctor,\n\nWe are pleased to offer medical transcription services to [Hospital Name] with 99% accuracy and 24-hour turnaround at USD 0.08 per line. HIPAA compliant. Please let us know a convenient time to discuss."),
], subject="Medical transcription services")
C("junk", "merge_tag_failure", "de", "unfilled salutation tag", [
    ("j_mt4", "2018-10-15 09:20", "Sehr geehrte/r {{Anrede}} {{Nachname}}, profitieren Sie jetzt von unserem Herbstangebot für Praxisbedarf: Handschuhe, Desinfektion und Verbandsmaterial mit 15 % Rabatt. Bestellen Sie bis 31. Oktober!"),
], subject="Herbstaktion Praxisbedarf")
C("junk", "paid_survey_panel", "en", "mass survey panel recruitment", [
    ("j_survey", "2018-03-02 18:00", "Hi Dr. Imhof, earn up to USD 300 per hour sharing your opinion in paid market research studies for cardiologists! Join 200,000 physicians on MedOpinion Panels. Sign-up takes 2 minutes."),
], subject="Paid research opportunity for cardiologists")
C("junk", "ghostwriting_publication", "en", "guaranteed publication service", [
    ("j_ghost", "2018-06-06 05:00", "Dear Doctor, we guarantee publication of your manuscript in Scopus-indexed journals within 60 days. Services include writing, editing, submission and revision. Special package for cardiology. Contact us on WhatsApp for price."),
], folder="SPAM", subject="Guaranteed publication")
C("junk", "like_minded_leaders", "de", "like-minded leaders then coaching pitch", [
    ("j_likeminded", "2018-05-28 08:00", "Liebe Frau Imhof, herzlichen Dank für die Vernetzung unter Gleichgesinnten! Als Chefärztin tragen Sie enorme Verantwortung. Ich begleite Führungspersonen im Gesundheitswesen in meinem 6-monatigen Leadership-Programm zu mehr Klarheit und Gelassenheit. Im Juni starten wir eine neue Gruppe in Basel. Darf ich Ihnen die Unterlagen senden?"),
], subject="Leadership-Programm für Chefärztinnen")
C("junk", "follow_up_bumps", "de", "translation agency with repeated bumps", [
    ("j_bump", "2018-08-13 10:00", "Grüezi Frau Imhof, benötigen Sie Übersetzungen für Publikationen, Studienunterlagen oder Patienteninformationen? Medlingua übersetzt in über 40 Sprachen. Gerne sende ich Ihnen unsere Preisliste."),
    ("j_bump", "2018-08-20 10:00", "Grüezi Frau Imhof, ich wollte mich kurz erkundigen, ob Sie meine Nachricht erhalten haben?"),
    ("j_bump", "2018-08-27 10:00", "Grüezi Frau Imhof, ein letztes Mal: Besteht Interesse an unserer Preisliste?"),
], subject="Medizinische Übersetzungen")
C("junk", "vanity_publisher", "en", "vanity academic publisher offers to publish her thesis", [
    ("j_book", "2018-04-19 11:11", "Dear Regula Imhof, during our research we came across your work and would like to publish it as a book. Publication is free of charge and you will receive royalties. Would you be interested in receiving more information?"),
], subject="Publication of your research as a book")
C("junk", "fluent_named_hospital", "de", "AI echo software pitch naming her hospital fluently", [
    ("j_ai", "2018-09-26 14:00", "Grüezi Frau Prof. Imhof, das Spital Kleinbasel hat sich als eines der führenden Herzzentren der Nordwestschweiz etabliert, gratuliere! Viele Kliniken Ihrer Grösse kämpfen mit Wartezeiten in der Echokardiographie. EchoGenius AI reduziert die Befundungszeit um bis zu 40 %. Gerne zeige ich Ihnen in einer kurzen 15-minütigen Demo, was das für Ihre Klinik bedeuten könnte. Passt Ihnen nächste Woche?"),
    ("j_ai", "2018-10-03 14:00", "Grüezi Frau Prof. Imhof, darf ich nochmals auf meine Nachricht zurückkommen?"),
], subject="Wartezeiten Echokardiographie")
C("junk", "irrelevant_outsourcing", "en", "medical billing outsourcing irrelevant to Swiss hospital", [
    ("j_billing", "2018-02-08 04:30", "Hello Regula,\n\nAre denied claims hurting your practice revenue? MedBill Outsourcing handles end-to-end revenue cycle management for US practices at 4% of collections. Can I share a case study?"),
], subject="Reduce claim denials")
C("junk", "connect_then_pitch_real_estate", "de", "small talk then practice real estate pitch", [
    ("j_smalltalk", "2018-08-06 13:00", "Grüezi Frau Imhof, danke fürs Annehmen! Wie war Ihr Sommer? Waren Sie in den Ferien?"),
    ("me", "2018-08-06 20:00", "Grüezi Herr Brügger, ja, im Engadin. Danke."),
    ("j_smalltalk", "2018-08-07 07:30", "Herrlich, das Engadin! Übrigens: Viele Chefärzte denken früher oder später an eine eigene Praxis. Wir haben aktuell exklusive Praxisflächen beim Bahnhof SBB, ideal für Kardiologie. Soll ich Ihnen das Dossier schicken?"),
], subject="Danke für die Vernetzung")
C("junk", "paid_course", "de", "paid leadership course mass message", [
    ("j_webinar", "2018-09-10 09:00", "Sehr geehrte Damen und Herren, sichern Sie sich jetzt einen der letzten Plätze im Lehrgang 'Medical Leadership Excellence' (CHF 6.900, 8 Module). Frühbucherrabatt bis 30. September!"),
], subject="Letzte Plätze: Medical Leadership Excellence")
C("junk", "irrelevant_product", "en", "lab equipment generic sales", [
    ("j_lab", "2018-05-09 14:00", "Hi Regula, is your lab due for an upgrade? LabStar is offering 25% off all benchtop centrifuges and -80 freezers until the end of the quarter. Can I send you a quote?"),
], subject="Q2 lab equipment offer")
C("junk", "irrelevant_venue", "de", "hotel conference venue mass message", [
    ("j_hotel", "2018-02-20 11:00", "Sehr geehrte Damen und Herren, planen Sie Ihr nächstes Teamseminar oder Ihre Fortbildung? Unser Seehotel bietet 6 Tagungsräume mit Seesicht, Tagespauschale ab CHF 89 pro Person. Gerne erwarte ich Ihre Anfrage."),
], subject="Tagen mit Seesicht")
C("junk", "capacity_question", "de", "capacity for self-paying patients then marketing pitch", [
    ("j_capacity", "2018-09-25 09:00", "Grüezi Frau Imhof, kurze Frage: Haben Sie aktuell Kapazitäten für zusätzliche Selbstzahler-Patienten?"),
    ("j_capacity", "2018-09-27 09:00", "Wir vermitteln zahlungskräftige Patienten aus dem In- und Ausland an Spezialistinnen wie Sie, Sie zahlen nur pro erschienenem Patient (CHF 180). Wann passt ein kurzes Telefonat?"),
], subject="Kurze Frage")
C("junk", "quick_call", "en", "AI dictation quick 15-minute call", [
    ("j_scribe", "2018-10-04 16:00", "Hi Dr. Imhof, physicians spend 2 hours a day on documentation. VoiceChart's AI scribe writes your notes while you talk to patients. Do you have 15 minutes on Tuesday or Thursday for a quick call?"),
], subject="2 hours back every day")
C("junk", "connect_then_pitch_leasing", "mixed", "Swiss German greeting then English leasing template", [
    ("j_leasing", "2017-11-06 08:00", "Grüezi Regula, merci für die Vernetzung! Schöne Woche 🙂"),
    ("j_leasing", "2017-11-08 08:00", "Dear Doctor, as a valued medical professional you are eligible for our exclusive Doctors' Car Programme: premium vehicles with up to 18% discount and all-inclusive leasing from CHF 590/month. Please let me know when we can arrange a test drive."),
], subject="Merci")
C("junk", "sponsored_inmail", "de", "sponsored MBA (hidden LinkedIn Member sender)", [
    ("spon_hidden", "2018-04-03 12:00", "<p>Guten Tag Regula,</p><p>Führen im Gesundheitswesen: Der berufsbegleitende <b>Executive MBA Healthcare</b> startet im Oktober. Jetzt Infoabend besuchen!</p>"),
], subject="Executive MBA Healthcare")
C("junk", "sponsored_inmail", "en", "sponsored conference software (hidden sender)", [
    ("spon_hidden", "2018-07-09 12:00", "<p>Hi Regula,</p><p>Planning a medical congress? <b>EventPro Suite</b> handles registrations, abstracts and CME credits in one place. Book a demo today.</p>"),
], subject="Run your next congress with EventPro")

x.write(
    Path(__file__).resolve().parents[1] / SLUG,
    {"First Name": "Regula", "Last Name": "Imhof",
     "Headline": "Chefärztin Kardiologie, Spital Kleinbasel | Titularprofessorin Universität Basel | Herzinsuffizienz & strukturelle Herzkrankheiten",
     "Summary": "Kardiologin mit Schwerpunkt Herzinsuffizienz, TAVI und Bildgebung. Leiterin des Heart Teams und des trinationalen TAVI-Registers am Oberrhein. Co-Präsidentin der Basler Herztage.",
     "Industry": "Hospital & Health Care", "Geo Location": "Basel, Switzerland",
     "Websites": ""},
    [
        {"Company Name": "Spital Kleinbasel", "Title": "Chefärztin Kardiologie",
         "Description": "Leitung Klinik für Kardiologie, Heart Team, Herzinsuffizienz-Sprechstunde", "Location": "Basel",
         "Started On": "Jan 2014", "Finished On": ""},
        {"Company Name": "Universität Basel", "Title": "Titularprofessorin", "Description": "Lehre und Forschung",
         "Location": "Basel", "Started On": "Sep 2017", "Finished On": ""},
        {"Company Name": "Kantonsspital Baselland", "Title": "Leitende Ärztin Kardiologie", "Description": "",
         "Location": "Liestal", "Started On": "Mar 2007", "Finished On": "Dec 2013"},
    ],
    ["Kardiologie", "Herzinsuffizienz", "TAVI", "Echokardiographie", "Klinische Forschung",
     "Heart Team", "Medical Education"],
)
print(x.summary())

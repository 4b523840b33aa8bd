"""Persona: Theresa Pichler, veterinarian and owner of a small-animal clinic in Innsbruck
(4 vets, orthopaedic surgery and rehabilitation). Austrian German and English.

Layout: LinkedIn export 2021 (no RECIPIENT PROFILE URLS, no draft columns).
All messages hand-written for this held-out set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person

SLUG = "mixed-veterinary-clinic-owner-innsbruck"
OWNER = Person("me", "Theresa Pichler", "https://www.linkedin.com/in/theresa-pichler-tierklinik")
x = Export(SLUG, "2021", OWNER)
P = x.person

# ---------------------------------------------------------------- real contacts
P("ref_schwaz", "Andreas Moser", "Tierarztpraxis Moser Schwaz", "Tierarzt", connected="2016-05-12")
P("vetmed_du", "Katharina Steiner", "Vetmeduni Wien", "Fachtierärztin Chirurgie", connected="2012-10-01")
P("client_huber", "Elisabeth Huber", "", "Pensionistin", connected="2020-11-02")
P("client_expat", "James Whitfield", "Universität Innsbruck", "Postdoctoral Researcher", connected="2021-02-25", invite=("IN", "2021-02-24 18:30", ""))
P("tourist", "Maartje de Vries", "", "Teacher", connected=None)
P("hundeverein", "Gerhard Obermair", "Hundesportverein Hall", "Obmann", connected="2021-03-29", invite=("IN", "2021-03-28 20:05", ""))
P("pharma", "Monika Rainer", "VetPharm Großhandel Tirol", "Außendienst", connected="2017-09-19")
P("roentgen", "Wolfgang Kofler", "Alpen Medizintechnik", "Servicetechniker", connected="2019-04-02")
P("student", "Lena Gruber", "Vetmeduni Wien", "Studentin Veterinärmedizin", connected="2021-01-11", invite=("IN", "2021-01-10 16:00", "Grüß Gott Frau Dr. Pichler, ich würde Sie gern wegen eines Praktikums kontaktieren."))
P("tfa", "Sabrina Egger", "", "Tierärztliche Ordinationsassistentin", connected="2021-06-08", invite=("IN", "2021-06-07 19:44", ""))
P("spain", "Lucía Fernández", "Clínica Veterinaria Sol", "Veterinarian", connected="2021-07-20", invite=("IN", "2021-07-19 10:10", "Hello Dr Pichler, I am a Spanish vet interested in working in Austria."))
P("locum", "Martin Wieser", "", "Tierarzt, Vertretungen", connected="2021-04-15", invite=("OUT", "2021-04-15 07:30", "Servus Martin, wir kennen uns vom Kongress in Salzburg."))
P("kammer", "Christoph Lechner", "Tierärztekammer Tirol", "Fortbildungsreferent", connected="2015-01-20")
P("congress", "Sarah O'Neill", "European Society of Small Animal Orthopaedics", "Scientific Committee", connected=None)
P("schule", "Petra Klotz", "Mittelschule Pradl", "Lehrerin", connected=None)
P("journal_de", "Stefan Hörtnagl", "Innsbrucker Rundschau", "Redakteur", connected="2021-07-12", invite=("IN", "2021-07-12 08:00", ""))
P("journal_en", "Helen Marsh", "Companion Vet Practice Journal", "Features Editor", connected=None)
P("j10_1", "Bernhard Wallnöfer", "Tierklinik Wörgl", "Tierarzt", connected="2014-09-09")
P("j10_2", "Anna Platzer", "Kleintierklinik Pichler", "Tierärztin", connected="2018-03-01")
P("j10_3", "Florian Strasser", "Bergrettung Tirol Hundestaffel", "Hundeführer", connected="2019-11-11")
P("j10_4", "Judith Mair", "VetPharm Großhandel Tirol", "Geschäftsführerin", connected="2013-06-06")
P("client_family", "Manuel Schett", "", "", connected="2021-09-03")
P("intro_ital", "Giulia Rossi", "Clinica Veterinaria Bolzano", "Veterinaria", connected="2017-04-21")
P("munich_spec", "Tobias Reindl", "Tierklinik Isartal", "Fachtierarzt Orthopädie", connected="2021-05-17")
P("friend_ski", "Vroni Pfurtscheller", "", "Physiotherapeutin", connected="2010-12-20")
P("friend_edi", "Fiona Campbell", "Royal (Dick) School of Vet Studies", "Lecturer", connected="2011-08-08")
P("spam_farmer", "Josef Haider", "", "Landwirt", connected=None)
P("notdienst_a", "Clemens Pircher", "Tierarztpraxis Pircher Telfs", "Tierarzt", connected="2015-03-03")
P("notdienst_b", "Eva Thaler", "Kleintierpraxis Hötting", "Tierärztin", connected="2016-02-02")
P("tierheim", "Ursula Kranebitter", "Tierheim Innsbruck-Mentlberg", "Leiterin", connected="2018-08-18")
P("bergrettung", "Simon Auer", "Bergrettung Tirol Hundestaffel", "Ausbildungsleiter", connected="2019-11-11")
P("physio_vendor", "Daniel Hofmann", "AquaPaw Systems", "Sales Manager DACH", connected="2021-03-08", invite=("OUT", "2021-03-08 09:00", ""))
P("ct_colleague", "Michael Gasser", "Tierklinik Salzburg-Süd", "Klinikleiter", connected="2014-04-14")
P("intern_thx", "Jakob Trenkwalder", "Vetmeduni Wien", "Student", connected="2020-08-01")
P("labor", "Nina Schwarz", "Vetlab Tirol", "Kundenservice", connected="2019-01-30")
P("zucht", "Herta Lackner", "Labrador Club Tirol", "Zuchtwartin", connected="2020-06-16")

# ---------------------------------------------------------------- wanted pitch senders
P("w_implant", "Rupert Ganner", "OrthoVet Implants Austria", "Produktspezialist", connected="2021-02-08", invite=("IN", "2021-02-07 21:00", "Grüß Gott, Ihr Beitrag zu den TPLO-Fällen hat mich interessiert."))
P("w_ct", "Sandra Pöll", "MobilCT Veterinär", "Geschäftsführerin", connected=None)
P("w_locum", "Birgit Zangerl", "", "Tierärztin, Urlaubsvertretung", connected="2021-04-26", invite=("IN", "2021-04-25 17:30", ""))
P("w_treadmill", "Oliver Grant", "HydroVet UK", "Export Manager", connected=None)
P("w_insure", "Markus Tschurtschenthaler", "AlpTier Versicherung", "Partnermanagement Tierärzte", connected=None)
P("w_course", "Anders Holm", "Nordic Orthopaedic Vet Academy", "Course Director", connected=None)
P("w_software", "Lisa Niederwieser", "ordi.vet Praxissoftware", "Gründerin", connected="2021-10-04", invite=("IN", "2021-10-03 12:00", ""))
P("w_research", "Katrin Berger", "Universität Innsbruck, Sportwissenschaft", "Senior Scientist", connected=None)
P("w_recruit", "Thomas Mayr", "VetJobs Alpen", "Personalberater", connected=None)
P("w_rehab", "Magdalena Wolf", "Hundereha Inntal", "Tierphysiotherapeutin", connected=None)
P("w_telerad", "Petr Novák", "RadiVet Reading", "Business Development", connected="2021-11-15", invite=("IN", "2021-11-14 14:14", ""))
P("w_anesth", "Julia Kirchmair", "Narkose-Akademie für Ordinationsassistenz", "Trainerin", connected=None)
P("w_web", "Philipp Obergasser", "Pfotenweb", "Webentwickler für Tierarztpraxen", connected=None)

# ---------------------------------------------------------------- junk senders
P("j_cons1", "Henrik Larsen", "Evergreen Veterinary Partners", "Acquisitions Director", connected=None)
P("j_cons2", "Sophie Müller", "Evergreen Veterinary Partners", "M&A Manager DACH", connected="2021-05-31", invite=("IN", "2021-05-31 06:00", ""))
P("j_cons3", "Richard Vaughan", "Evergreen Veterinary Partners", "Head of Partnerships", connected=None)
P("j_cons4", "Tom Berger", "Evergreen Veterinary Partners", "Corporate Development", connected="2021-10-25", invite=("IN", "2021-10-25 06:10", ""))
P("j_merge1", "Gerald Pfeifer", "Praxisglück Beratung", "Berater", connected=None)
P("j_merge2", "Ben Carter", "VetGrowth Marketing", "Founder", connected=None)
P("j_merge3", "Sonja Leitner", "Hygieneprofi Handels GmbH", "Vertrieb", connected="2021-08-16", invite=("IN", "2021-08-16 07:00", ""))
P("j_merge4", "Ahmed Karimi", "ClinicFlow SaaS", "SDR", connected=None)
P("j_spons1", "Alpenländische Ärztebank", "", "", url="https://www.linkedin.com/company/alpenlaendische-aerztebank")
P("hidden", "LinkedIn Member", "", "", url="")
P("j_ctp1", "Daniel Haas", "Webfuchs Agentur", "Geschäftsführer", connected="2021-02-15", invite=("IN", "2021-02-15 08:15", ""))
P("j_ctp2", "Chris Taylor", "PawPrint Digital", "Growth Lead", connected="2021-06-21", invite=("IN", "2021-06-20 23:00", "Hi Theresa, love what you do for animals! Let's connect."))
P("j_ctp3", "Manfred Steiner", "Steiner Versicherungsmakler", "Versicherungsmakler", connected="2021-09-13", invite=("IN", "2021-09-12 19:30", "Grüß Gott Frau Doktor, gerne würde ich mich mit Ihnen vernetzen!"))
P("j_tele", "Jonas Wirth", "PetDoc24", "Marketing", connected=None)
P("j_munich", "Laura Feldmann", "Tierzentrum München Nord", "Marketing", connected=None)
P("j_cap1", "Kevin Platter", "Neukunden-Turbo", "Inhaber", connected=None)
P("j_cap2", "Emily Watson", "Growthline", "Outreach Manager", connected=None)
P("j_like1", "René Gstrein", "Gstrein Holding", "Unternehmer | Investor | Speaker", connected="2021-03-22", invite=("IN", "2021-03-22 05:30", ""))
P("j_like2", "Olivia Bennett", "Bennett Ventures", "Entrepreneur", connected="2021-11-29", invite=("IN", "2021-11-29 03:00", ""))
P("j_call1", "Lukas Brunner", "Förderfit", "Berater", connected=None)
P("j_call2", "Sam Rivera", "Reviewly", "Account Executive", connected=None)
P("j_bump1", "Andrea Fink", "Stellenwerk Recruiting-Marketing", "Beraterin", connected=None)
P("j_bump2", "Jack Morris", "VetSupply Direct", "Sales Rep", connected=None)
P("j_off1", "Herbert Knapp", "Reifen Knapp", "LKW-Reifen Vertrieb", connected=None)
P("j_off2", "Patrick Zöhrer", "Skiverleih-Software Alpin", "Vertrieb", connected=None)
P("j_off3", "Victoria Lang", "Lang Immobilien", "Immobilienberaterin", connected=None)
P("j_recr1", "Nadine Kogler", "IT-Talente Austria", "Recruiterin", connected=None)
P("j_recr2", "Peter Unterberger", "Energie-Partner Vertrieb", "Teamleiter", connected="2021-07-05", invite=("IN", "2021-07-05 21:00", ""))
P("j_mlm", "Tanja Fischer", "", "Unabhängige Beraterin Tiernahrung", connected="2021-04-19", invite=("IN", "2021-04-19 20:20", ""))
P("j_crypto", "Mike Sanders", "Alpha Crypto Signals", "Trader", connected=None)
P("j_award", "Barbara Kern", "Österreichs Beste Tierärzte", "Redaktion", connected=None)
P("j_magazine", "Helmut Seidl", "Wirtschaftsprofile Tirol", "Anzeigenleitung", connected=None)
P("j_named", "Clara Vogel", "SternePlus Bewertungsmanagement", "Kundenberaterin", connected=None)
P("j_fake", "Dominik Frank", "Clipwerk Media", "Creative Director", connected=None)
P("j_pmc", "Gregory Walsh", "VetProfit Consulting", "Senior Consultant", connected=None)
P("j_recr3", "Aisha Bello", "Remote Talent Hub", "Recruiter", connected=None)
P("j_energy", "Roland Kathrein", "Energiespar-Profis", "Berater Gewerbekunden", connected=None)
P("j_franchise", "Nicole Brandl", "Wuff & Glanz Franchise", "Expansionsmanagerin", connected="2021-05-10", invite=("IN", "2021-05-10 07:20", ""))
P("j_prize", "Profil-Team", "Business Elite Netzwerk", "", connected=None)

C = x.conv

# ================================================================= JUNK
cons = [
    ("j_cons1", "2021-03-02 09:00", "Dear Dr. Pichler,\n\nI hope this message finds you well. Evergreen Veterinary Partners is a fast-growing group of independent veterinary clinics across Europe. We are always keen to speak with successful practice owners about the future of their clinic – whether that's succession planning, growth capital or simply reducing the administrative burden.\n\nWould you be open to a confidential, no-obligation conversation?\n\nKind regards,\nHenrik Larsen", "en"),
    ("j_cons2", "2021-06-01 08:30", "Sehr geehrte Frau Dr. Pichler,\n\nEvergreen Veterinary Partners ist eine wachsende Gruppe unabhängiger Tierarztpraxen in ganz Europa. Wir sprechen gerne mit erfolgreichen Praxisinhaberinnen über die Zukunft ihrer Klinik – ob Nachfolgeplanung, Wachstumskapital oder weniger Verwaltungsaufwand.\n\nWären Sie offen für ein vertrauliches, unverbindliches Gespräch?\n\nMit freundlichen Grüßen\nSophie Müller", "de"),
    ("j_cons3", "2021-08-24 10:15", "Hi Theresa,\n\nEvergreen Veterinary Partners is a rapidly growing family of independent vet practices across Europe. We love speaking with successful clinic owners about what's next – succession, growth capital, or simply less admin.\n\nOpen to a confidential chat?\n\nBest,\nRichard", "en"),
    ("j_cons4", "2021-10-26 09:45", "Dear Dr. Pichler,\n\nthank you for connecting. Evergreen Veterinary Partners is a fast-growing group of independent veterinary clinics in Europe, and we are always keen to speak with successful practice owners about the future of their clinic – succession planning, growth capital or reducing the administrative burden.\n\nWould you be open to a confidential, no-obligation call?\n\nBest regards,\nTom Berger", "en"),
]
for i, (who, when, text, language) in enumerate(cons):
    C("junk", "mass_template", language, f"vet consolidator acquisition template, sender {i + 1} of 4",
      [(who, when, text)], folder="SPAM" if i == 2 else "INBOX")

C("junk", "merge_tag_fail", "de", "{Vorname} unfilled, practice consulting", [
    ("j_merge1", "2021-02-10 07:45", "Hallo {Vorname},\n\nviele Praxisinhaber arbeiten 60 Stunden pro Woche und verdienen trotzdem zu wenig. In unserem Praxisglück-Programm zeigen wir Ihnen, wie Sie in 90 Tagen Ihren Gewinn um 30 % steigern. Darf ich Ihnen mehr erzählen?\n\nGerald Pfeifer"),
])
C("junk", "merge_tag_fail", "en", "'Dr. [Last Name]' placeholder, vet marketing", [
    ("j_merge2", "2021-04-06 15:30", "Dear Dr. [Last Name],\n\nAre you getting enough new clients for your practice? VetGrowth Marketing has helped 300+ veterinary practices in the US and Europe double their new client numbers with Facebook ads. Let's book a call!\n\nBen"),
])
C("junk", "merge_tag_fail", "de", "wrong name and wrong practice (Frau Hofer, Tierarztpraxis Huber)", [
    ("j_merge3", "2021-08-17 09:00", "Sehr geehrte Frau Hofer,\n\nwir haben gesehen, dass die Tierarztpraxis Huber stetig wächst – gratuliere! Für Praxen wie Ihre bieten wir Desinfektionsmittel und Einweghandschuhe zu Großhandelspreisen an. Ich schicke Ihnen gern unsere aktuelle Preisliste.\n\nFreundliche Grüße\nSonja Leitner"),
])
C("junk", "merge_tag_fail", "en", "{{company}} and {{city}} unfilled", [
    ("j_merge4", "2021-11-23 14:05", "Hi Theresa,\n\nI noticed {{company}} is one of the leading clinics in {{city}}. ClinicFlow helps practices automate reminders and reduce no-shows by 40%. Would you be up for a quick demo next week?\n\nAhmed"),
])
C("junk", "sponsored_inmail", "de", "Sponsored Conversation, practice financing bank", [
    ("j_spons1", "2021-05-11 12:00", "<p>Sehr geehrte Frau Dr.&nbsp;Pichler,</p><p>investieren Sie jetzt in Ihre Ordination: Praxisfinanzierung ab 1,9&nbsp;% Fixzins. <b>Vereinbaren Sie Ihr Beratungsgespräch.</b></p>"),
], title="Sponsored Conversation", subject="Ihre Praxisfinanzierung zu Top-Konditionen")
C("junk", "sponsored_inmail", "en", "hidden LinkedIn Member, leadership webinar", [
    ("hidden", "2021-09-28 14:00", "Theresa, leaders at top companies are rethinking hybrid work. Join our free webinar with industry experts on October 14."),
], subject="Free webinar: The future of hybrid leadership")
C("junk", "connect_then_pitch", "de", "small talk then website relaunch pitch", [
    ("j_ctp1", "2021-02-15 10:00", "Servus Theresa, danke für die Vernetzung! Bist du heuer schon zum Skifahren gekommen? ⛷️"),
    ("me", "2021-02-15 19:40", "Servus, ja, zweimal auf der Axamer 😊"),
    ("j_ctp1", "2021-02-17 08:30", "Sehr fein! Du, ich hab mir übrigens eure Homepage angeschaut – da ist noch viel Luft nach oben. Wir machen moderne Websites für Tierarztpraxen inkl. Online-Terminbuchung ab 2.490 €. Sollen wir mal telefonieren?"),
])
C("junk", "connect_then_pitch", "en", "compliment then generic vet marketing agency", [
    ("j_ctp2", "2021-06-21 08:00", "Hey Theresa, thanks for connecting! Your clinic looks amazing 🐶"),
    ("j_ctp2", "2021-06-23 08:05", "Quick question – are you happy with the number of new clients you're getting each month? We run done-for-you Google & Instagram ads for vet clinics. Most of our clients see results in 30 days. Worth a chat?"),
])
C("junk", "connect_then_pitch", "de", "greeting then insurance broker pitch", [
    ("j_ctp3", "2021-09-13 09:00", "Grüß Gott Frau Doktor, vielen Dank für die Annahme meiner Kontaktanfrage! Ich wünsche Ihnen eine erfolgreiche Woche."),
    ("j_ctp3", "2021-09-16 09:10", "Frau Doktor, darf ich fragen, wann Sie zuletzt Ihre Praxisversicherungen überprüft haben? Die meisten Ordinationen sind entweder über- oder unterversichert. Ein kostenloser Check dauert nur 20 Minuten."),
    ("j_ctp3", "2021-09-27 09:12", "Ich darf nochmals nachfragen, ob Interesse an einem kurzen Termin besteht?"),
])
C("junk", "sells_what_you_sell", "de", "online vet video consult ad sent to a vet", [
    ("j_tele", "2021-07-27 18:00", "Ist Ihr Liebling krank? 🐾 Mit PetDoc24 sprechen Sie in 5 Minuten per Video mit einer Tierärztin – rund um die Uhr, ab 29 €. Jetzt App laden und erste Beratung gratis!"),
], folder="SPAM")
C("junk", "sells_what_you_sell", "de", "Munich clinic advertises its TPLO surgery to her as a pet owner", [
    ("j_munich", "2021-10-12 11:20", "Liebe Tierfreundin, humpelt Ihr Hund? Das Tierzentrum München Nord ist spezialisiert auf Kreuzbandrisse und bietet die TPLO-Operation zum Fixpreis an. Jetzt Beratungstermin vereinbaren!"),
])
C("junk", "capacity_ask", "de", "lead agency asks if she accepts new patients", [
    ("j_cap1", "2021-03-16 08:00", "Hallo Frau Pichler, nehmen Sie aktuell noch neue Patienten auf? Wir bringen Tierarztpraxen 30+ Neukunden im Monat. Kurze Antwort genügt!"),
])
C("junk", "capacity_ask", "en", "agency asks if she has capacity for more clients", [
    ("j_cap2", "2021-12-07 16:30", "Hi Theresa – do you have capacity for more clients in 2022? If so, I'd love to share how we fill appointment books for clinics without any upfront cost."),
])
C("junk", "like_minded_networking", "de", "self-styled investor wants 'Austausch unter Unternehmern'", [
    ("j_like1", "2021-03-23 06:00", "Liebe Theresa, schön, dass wir uns vernetzt haben! Ich bin immer auf der Suche nach gleichgesinnten Unternehmerinnen und Unternehmern in Tirol, die etwas bewegen wollen. Lass uns doch mal auf einen Kaffee treffen und schauen, wo sich Synergien ergeben. 💪"),
])
C("junk", "like_minded_networking", "en", "generic entrepreneur networking", [
    ("j_like2", "2021-11-30 02:10", "Hi Theresa, I'm always excited to connect with like-minded business owners. Would love to hear your story and explore how we could support each other. Coffee chat soon?"),
])
C("junk", "quick_call_ask", "de", "subsidy advisor, '15 Minuten'", [
    ("j_call1", "2021-05-25 10:10", "Grüß Gott Frau Pichler! Wussten Sie, dass Sie für Digitalisierung bis zu 30 % Förderung bekommen? Hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat?"),
])
C("junk", "quick_call_ask", "en", "review management tool, quick call", [
    ("j_call2", "2021-09-07 15:50", "Hi Theresa! Do you have 15 mins this week? I'd love to show you how clinics get 5x more Google reviews on autopilot."),
])
C("junk", "followup_bump", "de", "recruiting marketing with bumps", [
    ("j_bump1", "2021-04-20 08:00", "Guten Tag Frau Pichler, Fachkräftemangel bei Tierärzten und Assistentinnen? Mit unseren Social-Media-Recruiting-Kampagnen finden Praxen in 4 Wochen neue Mitarbeiter. Darf ich Ihnen ein Beispiel zeigen?"),
    ("j_bump1", "2021-04-27 08:00", "Guten Tag Frau Pichler, ich wollte nur kurz nachhaken."),
    ("j_bump1", "2021-05-06 08:00", "Frau Pichler, ist das Thema für Sie gerade nicht relevant? Dann melde ich mich in ein paar Monaten wieder."),
])
C("junk", "followup_bump", "en", "generic vet supply rep, bumps", [
    ("j_bump2", "2021-10-19 11:00", "Hi Theresa, VetSupply Direct has great prices on sutures, gloves and disposables. Can I send you our catalogue?"),
    ("j_bump2", "2021-10-26 11:00", "Hi again Theresa, just following up!"),
    ("j_bump2", "2021-11-09 11:00", "Theresa, did you get a chance to look at my message?"),
])
C("junk", "off_topic_product", "de", "truck tyres", [
    ("j_off1", "2021-01-26 07:15", "Sehr geehrte Damen und Herren, wir bieten LKW-Reifen aller Marken zu Top-Preisen, Montage in ganz Tirol. Gerne erstellen wir Ihnen ein Angebot für Ihren Fuhrpark."),
])
C("junk", "off_topic_product", "de", "ski rental software", [
    ("j_off2", "2021-11-02 13:40", "Servus! Die Wintersaison steht vor der Tür ❄️ Mit unserer Skiverleih-Software sparen Sie bis zu 40 % Zeit beim Check-in. Demo gefällig?"),
])
C("junk", "off_topic_product", "de", "real estate investment offer, in SPAM", [
    ("j_off3", "2021-06-29 17:25", "Liebe Frau Dr. Pichler, exklusive Anlegerwohnungen in Innsbruck-Amras, 4 % Rendite garantiert, nur noch 3 Einheiten verfügbar. Darf ich Ihnen das Exposé senden?"),
], folder="SPAM")
C("junk", "recruiting_spam", "de", "SAP consultant job sent to a vet", [
    ("j_recr1", "2021-03-09 09:30", "Hallo Theresa, ich suche aktuell eine:n SAP S/4HANA Berater:in (Finance) in Wien, bis zu 85k. Dein Profil klingt spannend – hättest du Interesse an einem kurzen Austausch?"),
])
C("junk", "recruiting_spam", "de", "energy sales side job", [
    ("j_recr2", "2021-07-06 20:00", "Hey Theresa! Lust auf ein zweites Standbein? Als Vertriebspartnerin für Strom und Gas verdienst du flexibel von zu Hause. Keine Vorkenntnisse nötig! Melde dich, wenn du mehr wissen willst 😊"),
])
C("junk", "mlm_crypto", "de", "pet food network marketing", [
    ("j_mlm", "2021-04-20 21:00", "Hallo liebe Theresa 🐕💚 Als Tierärztin weißt du ja, wie wichtig gutes Futter ist! Ich bin Beraterin für ein tolles Premium-Tiernahrungsunternehmen und baue gerade mein Team auf. Als Tierärztin könntest du mit Empfehlungen super nebenbei verdienen! Magst du mehr erfahren?"),
    ("j_mlm", "2021-04-27 21:05", "Huhu, hast du meine Nachricht schon gesehen? 😊"),
])
C("junk", "mlm_crypto", "en", "crypto signals group", [
    ("j_crypto", "2021-05-18 23:55", "Hello Theresa, I made 312% profit last month with Bitcoin and altcoins. I help busy professionals do the same. Join my VIP signals group, first week free. Reply YES."),
], folder="SPAM")
C("junk", "paid_award", "de", "'Beste Tierärzte' listing with fee", [
    ("j_award", "2021-08-31 10:00", "Sehr geehrte Frau Dr. Pichler,\n\nIhre Klinik wurde von unserer Redaktion für das Ranking 'Österreichs Beste Tierärzte 2021' ausgewählt! Für das Qualitätssiegel, das Premium-Profil und die Urkunde fällt eine Lizenzgebühr von 1.290 € an. Bitte bestätigen Sie bis Monatsende.\n\nMit freundlichen Grüßen\nBarbara Kern"),
])
C("junk", "paid_feature", "de", "advertorial in business magazine presented as an interview", [
    ("j_magazine", "2021-04-13 11:00", "Grüß Gott Frau Dr. Pichler, für unsere nächste Ausgabe 'Erfolgreiche Unternehmerinnen in Tirol' würden wir gerne ein Porträt über Sie bringen. Der Kostenbeitrag für die ganzseitige Präsentation beträgt 1.750 € zzgl. USt. Darf ich Ihnen die Mediadaten schicken?"),
    ("me", "2021-04-13 18:20", "Danke, kein Interesse."),
])
C("junk", "generic_service_pitch", "de", "fluent review-management pitch naming her clinic", [
    ("j_named", "2021-07-13 10:30", "Liebe Frau Dr. Pichler,\n\ndie Kleintierklinik Pichler hat auf Google 4,6 Sterne – ein toller Wert! Wussten Sie aber, dass schon zwei negative Bewertungen potenzielle Neukunden abschrecken können? Mit SternePlus lassen wir unfaire Bewertungen professionell entfernen und sammeln automatisch neue 5-Sterne-Bewertungen.\n\nSoll ich Ihnen eine kostenlose Analyse Ihres Profils erstellen?\n\nHerzliche Grüße\nClara Vogel"),
])
C("junk", "fake_personalization", "de", "'toller Beitrag' then generic video production", [
    ("j_fake", "2021-12-14 09:20", "Hallo Theresa, super Beitrag letztens! 👏 Wir produzieren Imagefilme für Unternehmen aller Branchen – vom Handwerker bis zur Klinik. Ab 3.900 €. Wollen wir uns kurz austauschen?"),
])

C("junk", "generic_service_pitch", "en", "generic practice-profit consultant", [
    ("j_pmc", "2021-02-23 16:10", "Hello Theresa,\n\nMost practice owners leave 20-30% of potential profit on the table. Our proven 5-step framework has helped hundreds of clinics increase revenue without working more hours. I'd love to offer you a complimentary profit assessment.\n\nWhen works for a short call?\n\nGregory"),
])
C("junk", "recruiting_spam", "en", "remote customer support job sent to clinic owner", [
    ("j_recr3", "2021-08-03 13:00", "Hi! We are hiring REMOTE customer support agents (German speaking), 18 EUR/hour, flexible schedule, start immediately. Interested? Send me your CV in private message."),
])
C("junk", "quick_call_ask", "de", "energy cost consultant wants a short call", [
    ("j_energy", "2021-11-16 08:45", "Grüß Gott Frau Pichler, Ihre Stromkosten werden 2022 deutlich steigen. Wir prüfen Ihren Gewerbetarif kostenlos und sparen im Schnitt 23 %. Hätten Sie morgen 10 Minuten für ein Telefonat?"),
    ("j_energy", "2021-11-23 08:46", "Frau Pichler, darf ich nochmals nachfragen? Die günstigen Tarife sind nur noch bis Monatsende verfügbar."),
])
C("junk", "off_topic_product", "de", "dog grooming franchise pitched after connecting", [
    ("j_franchise", "2021-05-11 09:30", "Hallo Theresa, danke für die Vernetzung! 🐩 Als Tierärztin hast du ja täglich mit Hundebesitzern zu tun – wäre ein eigener Hundesalon als zweites Standbein nicht spannend? Unser Franchise-Konzept startet ab 35.000 € Eigenkapital. Ich schick dir gern die Infobroschüre!"),
])
C("junk", "generic_service_pitch", "de", "'selected profile' paid network, in SPAM", [
    ("j_prize", "2021-07-20 22:30", "Herzlichen Glückwunsch! Ihr Profil wurde für die Aufnahme in das Business Elite Netzwerk Österreich ausgewählt. Sichern Sie sich jetzt Ihre Mitgliedschaft zum Vorzugspreis von 49 €/Monat (statt 99 €). Angebot gültig 48 Stunden."),
], folder="SPAM")

# ================================================================= GENUINE
C("genuine", "colleague", "de", "referring vet sends a cruciate case, two-way", [
    ("ref_schwaz", "2021-01-19 17:20", "Servus Theresa, ich hätt wieder einen Kreuzbandriss für dich: Berner Sennenhund, 6 Jahre, 48 kg, hinten links, Schublade positiv. Besitzer wären bereit für TPLO. Kannst du ihn nächste Woche anschauen? Röntgen schick ich dir per Mail."),
    ("me", "2021-01-19 18:05", "Servus Andreas, danke dir! Dienstag 8:30 Voruntersuchung, OP dann wahrscheinlich Donnerstag. Schick die Bilder, dann plan ich schon mal."),
    ("ref_schwaz", "2021-01-19 18:10", "Passt, super, danke!"),
])
C("genuine", "colleague", "de", "surgeon friend at university, complicated case, du", [
    ("me", "2021-03-04 21:15", "Kathi, hast du kurz Zeit für einen Fall? Pudel, 3 Jahre, Patellaluxation Grad 4 beidseitig mit deutlicher Tibiatorsion. Würdest du beide Seiten in einer Sitzung machen oder gestaffelt?"),
    ("vetmed_du", "2021-03-05 07:40", "Morgen! Gestaffelt, 6–8 Wochen Abstand. Bei Grad 4 mit Torsion ist die Nachsorge beidseitig zu heftig. Schick mir die CT-Bilder, wenn ihr welche habt, dann schau ich's mir an."),
    ("me", "2021-03-05 08:02", "Danke dir, CT haben wir leider keins, nur Röntgen. Schick ich dir gleich."),
])
C("genuine", "thanks_congrats", "de", "client thanks after TPLO of her dog", [
    ("client_huber", "2021-02-22 16:00", "Liebe Frau Doktor Pichler, ich wollte mich nochmals recht herzlich bedanken. Die Bella läuft schon wieder die ganze Runde zum Lanser See und ist ganz die Alte. Ich hätte nie gedacht, dass das so gut wird. Vergelt's Gott und liebe Grüße, Elisabeth Huber"),
    ("me", "2021-02-22 18:30", "Liebe Frau Huber, das freut mich riesig! Grüßen Sie die Bella von uns 🐾"),
])
C("genuine", "client", "en", "expat client asks about rehab appointments", [
    ("client_expat", "2021-02-25 09:15", "Hi Dr Pichler, thanks for connecting. My dog Pepper had her cruciate surgery at your clinic two weeks ago (with Dr Platzer). We were told she should start hydrotherapy. Can we book that directly with you, and how many sessions do you usually recommend? Thanks a lot!\nJames"),
    ("me", "2021-02-25 12:40", "Hi James, yes, just call our front desk and ask for the underwater treadmill. Usually 8-10 sessions, twice a week. Our physio speaks English too."),
])
C("genuine", "client", "en", "Dutch tourist with injured hiking dog (emergency)", [
    ("tourist", "2021-08-07 18:55", "Hello, sorry to write here, we are on holiday in Stubaital and our dog cut her paw on a rock, it is bleeding a lot. Your clinic is open on Saturday evening? We can be there in 40 minutes. Maartje"),
    ("me", "2021-08-07 19:02", "Hi Maartje, yes, come now. Put a tight bandage or a sock with tape on the paw. Ring the emergency bell at the side entrance. Theresa"),
    ("tourist", "2021-08-07 19:03", "thank you!! we are driving now"),
])
C("genuine", "inbound_lead", "de", "dog sports club asks price for group checkups (hard: price, call)", [
    ("hundeverein", "2021-03-29 19:30", "Grüß Gott Frau Dr. Pichler,\n\nunser Verein (Agility und Obedience) möchte heuer für die Turniersaison für ca. 25 Hunde einen orthopädischen Check machen lassen. Wäre das bei Ihnen möglich, z. B. an einem Samstag? Und mit welchen Kosten müssten wir pro Hund rechnen? Gern können wir auch kurz telefonieren.\n\nMit sportlichen Grüßen\nGerhard Obermair, Obmann"),
    ("me", "2021-03-30 08:10", "Grüß Gott Herr Obermair, gern! Ein Samstag im April geht sich aus. Ich rufe Sie heute Nachmittag an, dann besprechen wir Umfang und Preis."),
])
C("genuine", "vendor_existing", "de", "wholesaler about delayed anaesthetic order and price change (hard)", [
    ("pharma", "2021-05-04 08:20", "Guten Morgen Frau Dr. Pichler, leider verzögert sich die Lieferung vom Propofol (Ihre Bestellung vom 28.4.) um ca. 10 Tage. Ich könnte Ihnen alternativ ein anderes Präparat anbieten, das ist pro Packung ca. 4 € teurer. Soll ich das so bestellen? Liebe Grüße Monika Rainer"),
    ("me", "2021-05-04 09:00", "Guten Morgen Frau Rainer, ja bitte, 5 Packungen vom Alternativpräparat, den Rest dann mit der normalen Lieferung."),
])
C("genuine", "vendor_existing", "de", "X-ray service technician about maintenance contract (hard)", [
    ("roentgen", "2021-09-20 10:30", "Sehr geehrte Frau Dr. Pichler, Ihr Wartungsvertrag für die Röntgenanlage läuft Ende Oktober aus. Die jährliche Konstanzprüfung wäre dann auch fällig. Ich schicke Ihnen das Verlängerungsangebot (Preis unverändert), wenn Sie wollen, kann ich die Prüfung gleich am 12.10. machen. MfG Wolfgang Kofler"),
    ("me", "2021-09-20 12:15", "Danke, Herr Kofler, 12.10. passt, bitte ab 13 Uhr wegen der OPs am Vormittag."),
])
C("genuine", "applicant", "de", "vet student asks for mandatory internship", [
    ("student", "2021-01-11 11:30", "Sehr geehrte Frau Dr. Pichler,\n\nich studiere im 9. Semester an der Vetmeduni Wien und interessiere mich sehr für Orthopädie. Ich würde gerne mein Pflichtpraktikum (6 Wochen) im Sommer bei Ihnen machen, da ich aus Innsbruck komme. Wäre das möglich?\n\nMit freundlichen Grüßen\nLena Gruber"),
    ("me", "2021-01-12 07:45", "Liebe Frau Gruber, grundsätzlich gerne! Schicken Sie mir bitte Lebenslauf und den gewünschten Zeitraum an ordination@kleintierklinik-pichler.at."),
])
C("genuine", "applicant", "de", "vet nurse applicant introduces herself", [
    ("tfa", "2021-06-08 20:10", "Hallo Frau Dr. Pichler, ich hab gesehen, dass Sie eine Ordinationsassistentin suchen. Ich hab die Ausbildung 2019 abgeschlossen und arbeite gerade in einer Gemischtpraxis im Zillertal, möchte aber nach Innsbruck ziehen. Darf ich mich bei Ihnen bewerben? LG Sabrina Egger"),
    ("me", "2021-06-09 07:30", "Hallo Frau Egger, sehr gerne! Schicken Sie die Unterlagen einfach per Mail, ich melde mich dann für ein Probearbeiten."),
])
C("genuine", "applicant", "en", "Spanish vet asks about job, non-native English", [
    ("spain", "2021-07-20 10:30", "Hello Dr Pichler, thank you for accept my invitation. I am veterinarian from Valencia with 5 years experience in small animals, I am doing the German course now (B1, I have B2 exam in October). I like very much orthopedics and I saw in your posts you do many TPLO. Do you think is possible to work in your clinic next year? I send my CV if you want. Thank you very much, Lucía"),
    ("me", "2021-07-21 08:00", "Hello Lucía, thank you! Please send your CV. After B2 we can talk again – we may have a position in spring."),
])
C("genuine", "hiring_genuine", "de", "she asks a locum vet for summer cover, two-way", [
    ("me", "2021-04-15 08:00", "Servus Martin, danke fürs Annehmen! Du machst ja Vertretungen – hättest du im August zwei Wochen Zeit? Wir bräuchten jemanden für die Sprechstunde, OPs macht die Anna."),
    ("locum", "2021-04-15 12:30", "Servus Theresa! 2.–13. August ginge. Mein Tagsatz ist 420 €, Unterkunft organisier ich selbst, hab Familie in Hall."),
    ("me", "2021-04-15 13:10", "Passt perfekt, fix! Ich schick dir die Details."),
])
C("genuine", "event_invite", "de", "vet chamber invites her to give CPD talk", [
    ("kammer", "2021-02-03 14:00", "Liebe Kollegin Pichler,\n\nfür die Herbstfortbildung der Tierärztekammer Tirol (6. November, Innsbruck) suchen wir noch eine Referentin zum Thema 'Kreuzbandriss beim Hund – konservativ oder operativ?'. Wir haben sofort an Sie gedacht. 45 Minuten plus Diskussion, Honorar nach Kammersatz.\n\nKollegiale Grüße\nChristoph Lechner"),
    ("me", "2021-02-03 19:30", "Lieber Herr Kollege Lechner, sehr gerne, ich sage zu!"),
])
C("genuine", "event_invite", "en", "orthopaedics congress invites her to present case series", [
    ("congress", "2021-06-15 13:00", "Dear Dr Pichler,\n\nthe scientific committee of the ESSAO congress in Ljubljana (March 2022) would like to invite you to present your case series on TPLO outcomes in working mountain dogs as a 15-minute short communication. Registration fee is waived for invited speakers. Please let us know by 15 July.\n\nBest wishes,\nSarah O'Neill"),
])
C("genuine", "event_invite", "de", "school teacher invites her for career day", [
    ("schule", "2021-10-05 15:20", "Sehr geehrte Frau Dr. Pichler, ich bin Lehrerin an der Mittelschule Pradl. Bei unserem Berufsorientierungstag am 18. November würden sich die Kinder sehr freuen, wenn jemand über den Beruf Tierärztin erzählt. Hätten Sie eine Stunde Zeit? Vielen Dank und liebe Grüße, Petra Klotz"),
    ("me", "2021-10-05 20:00", "Liebe Frau Klotz, sehr gerne! Ich bring ein Skelettmodell vom Hund mit 😊"),
])
C("genuine", "journalist", "de", "local reporter on heatstroke in hiking dogs", [
    ("journal_de", "2021-07-12 09:00", "Grüß Gott Frau Dr. Pichler, ich schreibe für die Rundschau einen Artikel über Hitzschlag bei Hunden auf Wanderungen. Sie haben dazu auf LinkedIn einen Beitrag geteilt. Hätten Sie Zeit für ein kurzes Telefoninterview? Am besten noch diese Woche, Redaktionsschluss ist Freitag. Danke, Stefan Hörtnagl"),
    ("me", "2021-07-12 11:45", "Grüß Gott, gern. Morgen 12:30 in der Mittagspause?"),
    ("journal_de", "2021-07-12 11:50", "Passt, ich ruf an!"),
])
C("genuine", "journalist", "en", "trade journal editor asks for article", [
    ("journal_en", "2021-11-16 10:10", "Dear Dr Pichler,\n\nI'm features editor at Companion Vet Practice Journal. Your recent LinkedIn post about running an underwater treadmill in a four-vet clinic generated a lot of discussion. Would you write a 1,200-word practical piece for our spring issue? We pay a modest fee of £250.\n\nWarm regards,\nHelen Marsh"),
])
anniversary = [
    ("j10_1", "2021-09-01 08:15", "Gratuliere zu 10 Jahren Kleintierklinik Pichler, Theresa! Weiter so!"),
    ("j10_2", "2021-09-01 09:02", "Alles Gute zum 10-jährigen Jubiläum!! 🎉 Bin stolz, Teil vom Team zu sein 💚"),
    ("j10_3", "2021-09-01 12:30", "Herzlichen Glückwunsch zum 10-jährigen! Danke für die Versorgung unserer Hunde, die Hundestaffel sagt Danke 🐕‍🦺"),
    ("j10_4", "2021-09-02 07:50", "Liebe Theresa, herzliche Gratulation zum 10-jährigen Jubiläum! Auf die nächsten 10 Jahre, Judith"),
]
for i, message in enumerate(anniversary):
    thread = [message]
    if i in (1, 3):
        thread.append(("me", "2021-09-02 19:00" if i == 1 else "2021-09-02 19:10", "Danke! ☺️"))
    C("genuine", "thanks_congrats", "de", f"congrats on clinic's 10th anniversary, near-duplicate {i + 1} of 4", thread)
C("genuine", "thanks_congrats", "de", "family thanks after their cat's surgery", [
    ("client_family", "2021-09-03 20:15", "Liebes Team der Kleintierklinik, danke für alles, was ihr für unseren Kater Mucki getan habt. Die Kinder haben ein Bild für euch gemalt, wir bringen's morgen vorbei! Liebe Grüße von Familie Schett"),
])
C("genuine", "intro_referral", "mixed", "South Tyrol colleague introduces Munich specialist, mixed German/English (group)", [
    ("intro_ital", "2021-05-17 10:00", "Ciao Theresa, ciao Tobias! Wie versprochen: Theresa, Tobias is the orthopaedic specialist I told you about, he does the total hip replacements. Tobias, Theresa has the busiest TPLO practice in Tirol 😉 I think you two should talk about referrals. Baci, Giulia"),
    ("munich_spec", "2021-05-17 13:30", "Danke Giulia! Frau Pichler, freut mich sehr. Für Hüftprothesen nehmen wir gern Überweisungen aus Tirol, und umgekehrt schicken wir Patienten aus dem Oberland lieber zu Ihnen als nach München. Telefonieren wir mal?"),
    ("me", "2021-05-17 18:45", "Grazie Giulia! Herr Reindl, sehr gerne – Donnerstag nach 17 Uhr?"),
])
C("genuine", "friend", "de", "friend, ski tour plan in Austrian dialect", [
    ("friend_ski", "2021-01-28 19:20", "servus theresa!! samstag skitour aufs birgitzköpfl? lawinenlage schaut passabel aus. 7 uhr parkplatz?"),
    ("me", "2021-01-28 20:05", "bin dabei! i bring an tee mit ☕"),
    ("friend_ski", "2021-01-28 20:06", "leiwand, baba!"),
])
C("genuine", "friend", "en", "friend from Edinburgh residency", [
    ("friend_edi", "2021-10-21 21:00", "Theresa! Saw the 10-year post, that's brilliant. Can't believe it's been that long since we were both sleeping in the on-call room in Edinburgh 😂 Any chance you're coming to London Vet Show? Drinks on me x"),
    ("me", "2021-10-22 07:30", "Fiona!! Not this year sadly, but I'm in Ljubljana in March for the ESSAO. Come?"),
])
C("genuine", "client", "de", "farmer's genuine question about his dog landed in SPAM", [
    ("spam_farmer", "2021-12-02 06:40", "Grias di Frau Doktor, unser Hofhund (Border Collie, 9 Jahr) hinkt seit 2 Wochen vorn rechts und wird nicht besser. Der Tierarzt im Tal meint, er soll zu euch zum Röntgen. Wann kann ich kommen? Sepp Haider, Gschnitz"),
], folder="SPAM")
C("genuine", "colleague", "de", "emergency rota group chat among Tyrolean vets", [
    ("notdienst_a", "2021-12-09 13:00", "Liebe Kolleginnen, für die Weihnachtsfeiertage fehlt uns noch jemand am 26.12. Theresa, Eva, könnt ihr euch das aufteilen?"),
    ("notdienst_b", "2021-12-09 14:15", "Ich kann den 26. tagsüber bis 18 Uhr nehmen."),
    ("me", "2021-12-09 15:30", "Dann übernehm ich ab 18 Uhr und die Nacht. Passt so, Clemens?"),
    ("notdienst_a", "2021-12-09 15:45", "Perfekt, danke euch beiden! Ich trag's ein."),
])
C("genuine", "partner_request", "de", "animal shelter asks for discount on neutering campaign (hard: prices)", [
    ("tierheim", "2021-03-15 10:45", "Liebe Theresa, wir haben wieder 30 Katzen aus einer Beschlagnahmung und müssen alle kastrieren. Können wir wieder den Tierheim-Tarif wie letztes Jahr haben? Ich weiß, die Zeiten sind schwer, aber wir hätten gern ein Angebot pro Kätzin und pro Kater. Danke dir! Ursula"),
    ("me", "2021-03-15 12:30", "Liebe Ursula, natürlich, gleicher Tarif wie letztes Jahr. Wir machen dienstags und donnerstags je 5 Tiere, wenn euch das passt."),
])
C("genuine", "partner_request", "de", "mountain rescue dog team asks for a short call about sponsored checkups", [
    ("bergrettung", "2021-10-13 19:00", "Servus Theresa, bei uns in der Hundestaffel kommen heuer 4 junge Hunde in die Ausbildung. Wir würden gern wieder die Röntgen-Voruntersuchung (HD/ED) bei dir machen. Hast du diese Woche 10 Minuten für ein kurzes Telefonat wegen Terminen und Kosten? Wir würden dich wieder als Sponsor auf der Homepage nennen. Danke, Simon"),
    ("me", "2021-10-13 20:10", "Servus Simon, logisch! Ruf mich morgen in der Früh an."),
])
C("genuine", "owner_inquiry", "de", "she asks a physio equipment vendor for a quote (hard: prices)", [
    ("me", "2021-03-08 09:15", "Sehr geehrter Herr Hofmann, wir überlegen, ein Unterwasserlaufband anzuschaffen. Platz haben wir ca. 3 x 4 m, Starkstrom ist vorhanden. Können Sie mir Preise und Lieferzeit für Ihr kleineres Modell nennen?"),
    ("physio_vendor", "2021-03-09 11:00", "Sehr geehrte Frau Dr. Pichler, vielen Dank für Ihre Anfrage! Das Modell für Kliniken Ihrer Größe liegt bei ca. 28.000 € netto inkl. Montage, Lieferzeit aktuell 10 Wochen. Gern komme ich vorbei und schaue mir den Raum an – wann passt es Ihnen?"),
    ("me", "2021-03-09 12:20", "Kommen Sie gerne am 22.3. um 14 Uhr."),
])
C("genuine", "owner_inquiry", "de", "she asks a colleague about their CT experience", [
    ("me", "2021-10-28 21:00", "Lieber Michael, ihr habt doch seit zwei Jahren ein CT. Rechnet sich das bei euch? Wir überlegen, ob wir mit 4 Tierärzten genug Fälle hätten."),
    ("ct_colleague", "2021-10-29 08:10", "Servus Theresa! Ehrlich: im ersten Jahr nicht, jetzt schon, weil wir auch für 6 Praxen aus dem Umland scannen. Ohne Überweiser würd ich's nicht machen. Komm doch mal vorbei und schau's dir an."),
])
C("genuine", "thanks_congrats", "de", "former intern thanks her", [
    ("intern_thx", "2021-01-05 18:00", "Liebe Frau Dr. Pichler, ich wollte mich noch einmal für das Praktikum im Sommer bedanken. Ich habe jetzt meine Diplomarbeit zum Thema Kreuzbandriss angemeldet – auch wegen Ihnen! Liebe Grüße, Jakob Trenkwalder"),
])
C("genuine", "vendor_existing", "de", "lab informs about new courier pickup times", [
    ("labor", "2021-06-01 09:00", "Grüß Gott Frau Dr. Pichler, ab 14. Juni holt unser Kurier die Proben in Pradl schon um 15:30 statt um 17 Uhr ab. Für Eilproben nach 15:30 können Sie weiterhin den Express bestellen (Aufpreis unverändert 18 €). Schöne Grüße, Nina Schwarz, Vetlab Tirol"),
])
C("genuine", "intro_referral", "de", "breed club recommends her to members, asks permission", [
    ("zucht", "2021-08-10 17:00", "Liebe Frau Dr. Pichler, bei unserer Mitgliederversammlung wurde gefragt, wo man in Tirol gut ED-Röntgen machen lassen kann. Dürfen wir Sie auf unserer Liste der empfohlenen Tierärzte nennen? Herzliche Grüße vom Labrador Club, Herta Lackner"),
    ("me", "2021-08-10 19:00", "Liebe Frau Lackner, sehr gerne, danke fürs Vertrauen!"),
])
C("genuine", "colleague", "mixed", "Italian colleague asks for a case opinion, German/English mix", [
    ("intro_ital", "2021-11-08 12:30", "Ciao Theresa! Kurze Frage: ich hab einen Labrador, TPLO vor 8 Wochen, now the X-ray shows the screw a bit loose proximal, but the dog walks fine. Would you revise or wait? Sorry für das Sprachgemisch 😅"),
    ("me", "2021-11-08 19:45", "Ciao Giulia! If he walks fine and the osteotomy is healing, I'd wait and re-X-ray in 4 weeks. Schick mir die Bilder, dann schau ich genauer."),
])

# ================================================================= WANTED PITCHES
C("wanted_pitch", "tailored_relevant_pitch", "de", "implant rep cites her TPLO case numbers and plate sizes", [
    ("w_implant", "2021-02-08 09:00", "Grüß Gott Frau Dr. Pichler,\n\nin Ihrem Beitrag schreiben Sie, dass Sie heuer auf 120 TPLOs zusteuern und bei großen Hunden über 50 kg öfter Lieferengpässe bei den 3,5-mm-Platten haben. Wir haben seit Jänner ein Konsignationslager in Innsbruck: Sie haben die gängigen Größen vor Ort und zahlen nur, was Sie implantieren. Für Kliniken ab 80 TPLOs im Jahr ist das ohne Mindestabnahme.\n\nDarf ich Ihnen das Konzept bei einem kurzen Besuch zeigen?\n\nMit freundlichen Grüßen\nRupert Ganner"),
    ("me", "2021-02-08 18:45", "Das klingt sinnvoll, die Engpässe nerven tatsächlich. Kommen Sie gern nächste Woche Mittwoch nach der Sprechstunde."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "mobile CT service answers her post about needing CT", [
    ("w_ct", "2021-10-30 10:00", "Sehr geehrte Frau Dr. Pichler,\n\nSie haben diese Woche gefragt, ob sich ein eigenes CT für eine Klinik mit vier Tierärzten rechnet. Eine Alternative: Wir kommen mit einem CT im Anhänger einmal pro Woche, z. B. jeden Dienstag, auf Ihren Parkplatz. Sie brauchen nur Starkstrom (CEE 32 A). Für die Tibiatorsionen und Ellbogen, die Sie erwähnen, reicht unser Gerät gut. Abrechnung pro Scan, keine Fixkosten. Zwei Kliniken in Salzburg und Kärnten arbeiten so.\n\nBei Interesse schicke ich Ihnen die Konditionen.\n\nFreundliche Grüße\nSandra Pöll"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "locum vet answers her post seeking summer cover with specifics", [
    ("w_locum", "2021-04-26 08:30", "Liebe Frau Dr. Pichler, ich habe Ihren Aufruf für die Urlaubsvertretung im Sommer gelesen. Ich bin Kleintierärztin mit 12 Jahren Erfahrung, habe zuletzt 3 Jahre in einer Orthopädie-Klinik in Graz gearbeitet (Nachsorge und Lahmheitsuntersuchungen, keine TPLO selbst). Ich könnte 16.–27. August und im Oktober, wohne in Rum. Mein Tagsatz ist 400 €. Liebe Grüße, Birgit Zangerl"),
    ("me", "2021-04-26 12:00", "Liebe Frau Zangerl, wunderbar, der August ist noch halb offen! Darf ich Sie anrufen?"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "treadmill maker references her hydrotherapy post and room size", [
    ("w_treadmill", "2021-04-29 14:30", "Dear Dr Pichler,\n\nIn your post you wrote that you're comparing underwater treadmills and that your room is only 3 x 4 m with a 2.3 m ceiling. Most units on the market need 2.5 m because of the door lift. Our compact model has side doors and fits under 2.2 m; a practice in Bregenz installed it in a former storage room. I'm happy to send the installation drawing so you can check it against your room before talking to anyone.\n\nKind regards,\nOliver Grant, HydroVet UK"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "pet insurer offers direct billing, cites her post on owners who can't afford TPLO", [
    ("w_insure", "2021-06-22 11:15", "Grüß Gott Frau Dr. Pichler,\n\nSie schrieben, dass Sie jede Woche Besitzer haben, die sich die TPLO nicht leisten können und dann konservativ behandeln, obwohl das bei großen Hunden selten gut geht. Wir bieten Kliniken in Tirol die Direktabrechnung an: Der Besitzer zahlt nur den Selbstbehalt, wir überweisen den Rest innerhalb von 10 Tagen an Sie. Für OP-Versicherungen, die vor der Diagnose abgeschlossen wurden, betrifft das immerhin rund 20 % Ihrer Patienten.\n\nDarf ich Ihnen den Partnervertrag schicken?\n\nMarkus Tschurtschenthaler"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "advanced TPLO course matched to her case series", [
    ("w_course", "2021-07-08 09:40", "Dear Dr Pichler,\n\nI saw you will present your TPLO series in mountain dogs at ESSAO. Since you mention a few cases of late meniscal tears, you might like our 2-day wet lab in Copenhagen on meniscal release and arthroscopy after TPLO (February, 12 participants, all surgeons with 100+ TPLOs). It's taught in English and ECTS/CPD accredited. Details attached.\n\nBest regards,\nAnders Holm"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Austrian practice software cites her complaint about drug documentation", [
    ("w_software", "2021-10-04 09:20", "Hallo Frau Dr. Pichler,\n\nIhr Post über die TÄHAV-Dokumentation ('jeden Freitag zwei Stunden Excel') hat mich als ehemalige Ordinationsassistentin sehr angesprochen. Unsere Praxissoftware erzeugt die Arzneimittel-Anwendungs- und Abgabebelege direkt aus der Behandlung und ist auf österreichische Vorgaben gebaut, nicht aus Deutschland übersetzt. Ich würde Ihnen gern an einem echten Freitag-Beispiel zeigen, was übrig bleibt.\n\nLiebe Grüße\nLisa Niederwieser"),
    ("me", "2021-10-04 20:15", "Hallo Frau Niederwieser, da bin ich neugierig. Schicken Sie mir bitte zwei Terminvorschläge."),
])
C("wanted_pitch", "research_collaboration", "de", "sports science researcher proposes study on her TPLO dogs", [
    ("w_research", "2021-05-04 16:00", "Sehr geehrte Frau Dr. Pichler,\n\nwir messen am Institut für Sportwissenschaft Gangbilder mit Drucksensor-Matten und möchten ein Projekt zu Hunden nach Kreuzbandoperation starten. Ihre Klinik operiert laut Ihrem Beitrag über 100 Fälle im Jahr, viele davon Berg- und Arbeitshunde – das wäre eine einzigartige Stichprobe. Für Sie entstehen keine Kosten, die Messungen machen wir in Ihren Räumen, und Sie wären Ko-Autorin.\n\nHätten Sie Interesse an einem Gespräch?\n\nKatrin Berger"),
])
C("wanted_pitch", "tailored_recruiter", "de", "vet recruiter with a concrete candidate for her advertised position", [
    ("w_recruit", "2021-09-07 10:00", "Sehr geehrte Frau Dr. Pichler,\n\nzu Ihrer Ausschreibung 'Tierärztin/Tierarzt mit Interesse an Orthopädie, 30-40 h': Ich betreue einen Tierarzt aus Südtirol (4 Jahre Erfahrung, assistiert bei ca. 60 TPLOs, möchte selbst operieren lernen), der ab Jänner nach Innsbruck zieht. Er spricht Deutsch und Italienisch. Meine Vermittlungsgebühr fällt nur bei Einstellung an. Darf ich Ihnen das Profil schicken?\n\nMit freundlichen Grüßen\nThomas Mayr"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "dog rehab centre proposes cooperation for her post-op patients", [
    ("w_rehab", "2021-11-30 09:30", "Liebe Frau Dr. Pichler,\n\nich bin Tierphysiotherapeutin in Wattens. Sie haben geschrieben, dass Ihr Laufband bis März ausgebucht ist und Patienten aus dem Unterland schwer zweimal pro Woche nach Innsbruck kommen. Ich könnte die Reha für Ihre TPLO-Patienten aus dem Raum Schwaz/Wattens übernehmen, nach Ihrem Protokoll und mit Bericht nach jeder dritten Einheit. Wollen wir uns mal zusammensetzen?\n\nLiebe Grüße\nMagdalena Wolf"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "teleradiology service references her new digital X-ray", [
    ("w_telerad", "2021-11-15 08:00", "Dear Dr Pichler,\n\nthank you for connecting. You mentioned that since switching to digital X-ray your team takes many more spine and elbow images, and that you'd like a second opinion on some of them. We offer reports by board-certified radiologists within 24 hours (4 hours urgent), directly from your PACS. Several Austrian clinics send us their cases in German and we answer in German. First 5 studies free so you can judge the quality.\n\nBest regards,\nPetr Novák"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "anaesthesia training for vet nurses tied to her hiring post", [
    ("w_anesth", "2021-06-29 13:00", "Hallo Frau Dr. Pichler, Sie suchen gerade eine Ordinationsassistentin und schreiben, dass die Narkoseüberwachung bei neuen Kolleginnen die längste Einschulung braucht. Wir bieten einen 2-tägigen Kurs 'Narkoseüberwachung für Assistentinnen' direkt in der Klinik an, an Ihren eigenen Monitoren. Nächster freier Termin Ende August, das würde zum Start der neuen Kollegin passen. Liebe Grüße, Julia Kirchmair"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "vet web developer notes her physio page lacks online booking (specific)", [
    ("w_web", "2021-12-06 15:00", "Grüß Gott Frau Dr. Pichler,\n\nmir ist aufgefallen, dass man auf Ihrer Website die Physio-Termine für das Laufband nicht online buchen kann, obwohl Sie schreiben, dass Ihre Rezeption mit Anrufen dafür überlastet ist. Ich baue nur Websites für Tierarztpraxen und könnte eine Buchungsstrecke nur für Laufband-Folgetermine einrichten (Ersttermin weiter telefonisch, wie Sie es wollen). Fixpreis 890 €, funktioniert mit Ihrer bestehenden Seite.\n\nViele Grüße\nPhilipp Obergasser"),
])

x.write(
    Path(__file__).resolve().parents[1] / SLUG,
    {"First Name": "Theresa", "Last Name": "Pichler",
     "Headline": "Tierärztin & Inhaberin Kleintierklinik Pichler Innsbruck | Orthopädie, TPLO, Rehabilitation",
     "Summary": "Seit 2011 führe ich die Kleintierklinik Pichler in Innsbruck-Pradl. Wir sind vier Tierärztinnen und Tierärzte und neun Assistentinnen, mit Schwerpunkt Orthopädie (Kreuzband, Patella, Ellbogen) und Physiotherapie mit Unterwasserlaufband. English spoken.",
     "Industry": "Veterinary", "Geo Location": "Innsbruck, Tirol, Österreich"},
    [
        {"Company Name": "Kleintierklinik Pichler", "Title": "Inhaberin, Tierärztin",
         "Description": "Orthopädie und Weichteilchirurgie, Rehabilitation", "Location": "Innsbruck",
         "Started On": "Sep 2011", "Finished On": ""},
        {"Company Name": "Royal (Dick) School of Veterinary Studies", "Title": "Resident in Small Animal Surgery",
         "Description": "", "Location": "Edinburgh", "Started On": "Sep 2007", "Finished On": "Jul 2010"},
    ],
    ["Orthopädie", "TPLO", "Kleintierchirurgie", "Tierphysiotherapie", "Praxisführung",
     "Diagnostische Bildgebung", "Veterinary Surgery"],
)
print(x.summary())

"""dev29 persona 3: clinical trial manager at a mid-size CRO in Berlin.

Written blind to the code (session 5). 2024 export layout (with one unsent draft),
German and English about half each. Run to regenerate the persona folder byte-identically.
"""
from __future__ import annotations

from _shared import OUT_ROOT, Export, Person

SLUG = "mixed-clinical-trial-manager-cro-berlin"
OWNER = Person("me", "Johanna Albrecht", "https://www.linkedin.com/in/johanna-albrecht-clinops",
               "Havelgrund Clinical Research GmbH", "Senior Clinical Trial Manager")

ex = Export(SLUG, "2024", OWNER)
P = ex.person

# ---------------------------------------------------------------- people: genuine
P("biotech", "Megan Caldwell", "Lumora Therapeutics Inc.", "VP Clinical Operations", connected="2024-02-26",
  invite=("IN", "2024-02-25 16:20", "Hi Johanna, Lumora is planning EU sites for a Phase II, would love to connect."))
P("pharma", "Dr. Ulrich Brenneke", "Brenneke Pharma GmbH", "Head of Clinical Development", connected="2019-09-10")
P("charite", "Prof. Dr. Sibylle Krämer", "Charité - Universitätsmedizin Berlin", "Oberärztin Dermatologie, PI", connected="2018-03-22")
P("leipzig", "Anja Hoffmeister", "Universitätsklinikum Leipzig", "Study Nurse", connected="2022-05-30")
P("ethik", "Dr. Carsten Wendt", "Ethik-Kommission des Landes Berlin", "Wissenschaftlicher Referent", connected="2021-11-08")
P("edc", "Rory Gallagher", "Castellum EDC Ltd", "Customer Success Director", connected="2020-01-15")
P("recruiter", "Svenja Marquardt", "Lifescience Talent Berlin", "Senior Recruiter", connected="2023-12-01")
P("cra_app", "Giulia Romano", "", "Clinical Research Associate", connected="2024-04-08",
  invite=("IN", "2024-04-07 22:05", "Hi Johanna, I'm relocating to Berlin and saw the CRA opening in your team."))
P("werkstudent", "Emre Demir", "Freie Universität Berlin", "Student M.Sc. Public Health", connected="2024-03-14")
P("conf", "Dr. Petra Lindner", "ClinOps Forum Berlin", "Programme Chair", connected="2017-10-02")
P("ty1", "Felix Hartung", "Medovia CRO", "Clinical Research Associate", connected="2024-05-17")
P("ty2", "Aisha Rahman", "Novexa Biotech", "Clinical Study Lead", connected="2024-05-17")
P("ty3", "Lukas Zimmer", "Helios Klinikum Berlin-Buch", "Studienkoordinator", connected="2024-05-18")
P("polish_cro", "Dr. Marta Kowalska", "Vistula Clinical Sp. z o.o.", "CEO", connected="2020-06-06")
P("basel", "Dr. Tobias Reinhardt", "Rhenus Pharma AG", "Global Study Director", connected="2012-04-15")
P("pi_hamburg", "Dr. Henrik Vogel", "Dermatologikum Hamburg-Eppendorf", "Facharzt, Prüfarzt", connected="2020-09-09")
P("old_colleague", "Sarah Okafor", "Medovia CRO", "Director Clinical Operations", connected="2015-07-07")
P("vienna", "OA Dr. Maximilian Huber", "Klinik Ottakring Wien", "Oberarzt Dermatologie")
P("journalist", "Clara Behrens", "Tagesspiegel Background Gesundheit", "Redakteurin", connected="2024-01-22")
P("lab", "Kieran Doyle", "EuroCentral Lab Services", "Account Manager", connected="2021-03-03")
P("warsaw", "Dr. Marek Nowicki", "Havelgrund Clinical Research Sp. z o.o.", "Clinical Operations Lead Poland", connected="2019-01-10")
P("patient_org", "Birgit Sander", "Psoriasis Selbsthilfe Berlin-Brandenburg e.V.", "Vorsitzende", connected="2023-06-01")
P("freelance_cra", "Jörg Wiemann", "", "Freiberuflicher CRA", connected="2016-02-18")
P("auditor", "Hannah Lee", "Lumora Therapeutics Inc.", "Senior GCP Auditor", connected="2024-06-20")
P("oldboss", "Dr. Andreas Winkler", "Havelgrund Clinical Research GmbH", "Managing Director", connected="2014-05-01")
P("uebersetzung", "Selin Aydın", "Linguamed Übersetzungen", "Projektmanagerin", connected="2021-08-19")
P("kks", "Dr. Ines Bachmann", "KKS Charité", "Leiterin Studienmanagement", connected="2019-11-11")
P("medmon", "Dr. Rajesh Iyer", "Brenneke Pharma GmbH", "Medical Monitor", connected="2022-02-02")
P("mentee", "Paula Schreiber", "Havelgrund Clinical Research GmbH", "Junior CRA", connected="2023-09-01")
P("friend", "Nina Hollstein", "Berliner Stadtreinigung", "Referentin Nachhaltigkeit", connected="2011-06-30")
P("krakow", "Dr. Piotr Zieliński", "Dermamed Kraków", "Principal Investigator", connected="2023-02-14")
P("iit", "PD Dr. Katrin Seidel", "Universitätsklinikum Magdeburg", "Sponsor-Vertreterin IIT", connected="2024-08-12")
P("dresden", "Dr. Kathrin Seifert", "Universitätsklinikum Dresden", "Leitung Studienzentrale Dermatologie", connected="2021-04-12")
P("ex_colleague_ref", "Daniel Moreau", "", "Clinical Project Manager", connected="2018-08-08")

# ---------------------------------------------------------------- people: wanted pitches
P("ctis", "Dr. Miriam Kühn", "", "Freiberufliche Regulatory Affairs Beraterin (CTIS)")
P("homenurse", "Oliver Grant", "CareAtHome Trials GmbH", "Director Business Development",
  connected="2024-05-21", invite=("IN", "2024-05-20 18:00", "Loved your ClinOps Forum talk on DCT elements."))
P("landing", "Elif Yurt", "Patientenweg Recruitment", "Gründerin")
P("registry", "Mark Jansen", "DermaPanel Recruitment", "Head of Patient Recruitment EU")
P("linguistic", "Agnieszka Wróbel", "Validata Linguistic Services", "Account Director")
P("integration", "Tom Whitfield", "SafetyBridge", "Solutions Consultant")
P("jobrec", "Katja Brandes", "Brandes Executive Search Life Sciences", "Partnerin")
P("japanese", "Yuki Tanaka-Berger", "", "Freelance Japanese-German medical interpreter")
P("lay", "Dr. Lisa Martens", "", "Freie Medical Writerin")
P("courier", "Stephan Roloff", "KühlKurier Berlin", "Key Account Manager")
P("booth", "Emily Carter", "TrialFile QC", "Account Executive")
P("gcp", "Dr. Florian Mayer", "GCP Academy Europe", "Head of Training")

# ---------------------------------------------------------------- people: junk
P("genreg", "Raj Patel", "Global Regulatory Solutions", "Business Development Manager")
P("gentele", "Chris Morgan", "HealthLink Telemedicine", "Sales Director")
P("genpat", "Jennifer Stone", "MegaPatient Network", "VP Sales")
P("genai", "Aaron Blake", "TrialGenius AI", "Account Executive")
P("genrec", "Mandy Krause", "TopTalent Personalberatung", "Recruiterin")
P("gentrans", "Sergio Alvarez", "Global Lingo 120", "Sales Executive")
P("genwriter", "Priya Sharma", "WriteRight Content Services", "Business Development")
P("gencourier", "Mario Becker", "Express Logistik 24", "Vertrieb")
P("samesell", "Dr. Viktor Petrov", "BalkanTrials CRO", "Business Development Director")
P("capacity", "Ashley Turner", "SponsorMatch", "Growth Manager")
P("likeminded", "Robin Engel", "Engel Impact", "Visionär | Speaker | Founder")
P("fifteen", "Jacob Hill", "OpsFlow", "Account Executive")
P("ctp1", "Benedikt Haas", "ErgoSit Büromöbel", "Vertriebsleiter",
  connected="2024-03-04", invite=("IN", "2024-03-03 20:11", ""))
P("ctp2", "Laura Mendes", "SiteBoost", "Partnerships Lead",
  connected="2024-07-15", invite=("IN", "2024-07-15 07:40", "Hi Johanna, fellow clinical research enthusiast here!"))
P("ctp3", "Philipp Ritter", "Ritter Immobilien Invest", "Investmentberater",
  connected="2024-09-09", invite=("IN", "2024-09-08 21:00", ""))
P("bump1", "Kevin O'Brien", "DataVault Clinical", "SDR")
P("bump2", "Sabrina Wolff", "Coaching für Frauen in Führung", "Coachin")
P("tpl1", "Nathan Reed", "ClinGrowth Partners", "Managing Partner")
P("tpl2", "Olivia Carter", "TrialLeads", "Head of Growth")
P("tpl3", "Ben Foster", "PharmaPipeline Agency", "Founder")
P("tpl4", "Isabelle Moreau", "BioReach Outreach", "Business Development")
P("tpl5", "Markus Jung", "Pharma Neukunden GmbH", "Geschäftsführer")
P("merge1", "Tyler Evans", "Cloudstaff Global", "Account Executive")
P("merge2", "Daniela Frey", "Seminarhaus am See", "Eventmanagerin")
P("merge3", "Josh Williams", "eSign Pro", "Sales")
P("merge4", "Jana Lorenz", "Druckservice Berlin", "Vertrieb")
P("spon1", "Nordwind Bank", "", "", url="https://www.linkedin.com/company/nordwind-bank")
P("spon2", "Executive Education Institute", "", "", url="https://www.linkedin.com/company/executive-education-institute")
P("spon3", "Clinexo Platform", "", "", url="https://www.linkedin.com/company/clinexo")
P("award", "James Whitmore", "Global Life Science Awards", "Awards Director")
P("feature", "Stefanie Graf", "Leading Women in Pharma", "Redaktion & Partnerschaften")
P("podcast", "Dan Fischer", "The ClinOps Growth Show", "Host")
P("fluent", "Henrik Sundberg", "Northbound Advisory", "Partner")
P("krypto", "Marie Lambert", "", "Investorin")
P("pkv", "Sven Dietrich", "Finanzkontor Dietrich", "Versicherungsmakler")
P("pmkurs", "Carolin Brandt", "ProjektAkademie Plus", "Bildungsberaterin")
P("seoagentur", "Julian Wendt", "Klickstark Agentur", "Online-Marketing-Berater")
P("webinar", "Thomas Keller", "Pharma Insights Webinars", "Event Manager")

G, W, J = "genuine", "wanted_pitch", "junk"

# ================================================================= GENUINE (35)
ex.conv(G, "inbound_lead_sponsor", "en", "US biotech wants to buy CRO services for Phase II in DE/PL/CZ", [
    ("biotech", "2024-02-26 15:00", "Hi Johanna, thanks for connecting. We're a 40-person biotech in Boston with a "
     "Phase II in moderate-to-severe psoriasis planned for Q4. We'd like a CRO for EU sites only (Germany, "
     "Poland, Czechia), about 18 sites and 160 patients. Your name came up twice at AAD. Could Havelgrund send "
     "an RFP response? Happy to sign a CDA first."),
    ("me", "2024-02-26 17:30", "Hi Megan, thank you - that's right in our wheelhouse. I'll loop in our business "
     "development lead for the CDA today. Could you share the synopsis and your target FPI? We typically "
     "turn a full proposal around in 3 weeks."),
    ("biotech", "2024-02-26 18:02", "CDA is coming from our legal. Target FPI is November. Budget is tight, so "
     "please also show a lean monitoring option (more remote SDV)."),
    ("me", "2024-03-19 10:00", "Proposal went out this morning, incl. a lean option with 40% remote monitoring. "
     "Happy to walk you through it this week."),
    ("biotech", "2024-03-19 14:20", "Got it, thanks! Thursday 4pm CET?"),
])
ex.conv(G, "sponsor_change_order", "de", "bestehender Sponsor: Budget-Änderung wegen zusätzlicher Visite", [
    ("pharma", "2024-06-11 09:15", "Liebe Frau Albrecht, nach dem Amendment 3 kommt ja die zusätzliche Visite in "
     "Woche 20 dazu. Bitte schicken Sie uns zeitnah einen Change Order mit den Mehrkosten, unsere "
     "Controller wollen das vor dem Q3-Forecast sehen. Bitte Monitoring und Site Payments getrennt ausweisen."),
    ("me", "2024-06-11 11:40", "Lieber Herr Dr. Brenneke, machen wir. Ich rechne mit ca. 42 T€ für die Site "
     "Payments (bei 120 Patienten) und 18 T€ Monitoring. Den formalen Change Order bekommen Sie bis Freitag."),
    ("pharma", "2024-06-11 12:05", "Danke. Das Monitoring hatte ich niedriger erwartet, lassen Sie uns das Freitag kurz besprechen."),
])
ex.conv(G, "site_budget_request", "de", "PI an der Charité bittet um höhere Fallpauschale wegen Rekrutierung", [
    ("charite", "2024-04-15 18:30", "Liebe Frau Albrecht, ehrlich gesagt lohnt sich die Studie für uns so nicht. "
     "Die Screening-Failure-Rate liegt bei 55 %, und jedes Screening kostet uns ca. 2 Stunden Studienpersonal. "
     "Können wir über eine Screening-Pauschale von 350 € reden? Sonst muss ich meine Study Nurse auf andere "
     "Projekte setzen."),
    ("me", "2024-04-16 08:20", "Liebe Frau Prof. Krämer, verstehe ich völlig. Ich spreche heute mit dem Sponsor. "
     "300 € halte ich für realistisch durchsetzbar, 350 € versuche ich. Geben Sie mir bis Ende der Woche?"),
    ("charite", "2024-04-16 08:45", "Einverstanden. Danke, dass Sie sich kümmern."),
    ("me", "2024-04-19 16:00", "Gute Nachricht: 325 € pro Screening, rückwirkend ab Januar. Vertragsnachtrag kommt nächste Woche."),
])
ex.conv(G, "site_query", "de", "Study Nurse fragt zu Visitenfenster und eCRF", [
    ("leipzig", "2024-07-02 10:05", "Hallo Johanna, kurze Frage: Patient 014 kann zur Woche-12-Visite erst am Tag +5 "
     "kommen, Fenster ist ±3. Ist das eine Protokollabweichung oder gibt's da eine Ausnahme? Und im eCRF "
     "lässt sich das Feld 'Visit date' nicht mehr ändern, wenn ich's schon gespeichert habe 🙈"),
    ("me", "2024-07-02 10:30", "Hallo Anja, das wäre eine minor deviation, bitte trotzdem machen und dokumentieren. "
     "Das Datum kann der CRA entsperren, ich sag Jörg Bescheid."),
    ("leipzig", "2024-07-02 10:32", "Super, danke dir!"),
])
ex.conv(G, "ethics_committee", "de", "Ethik-Kommission zu RFI-Frist im CTIS-Verfahren", [
    ("ethik", "2024-03-12 14:00", "Sehr geehrte Frau Albrecht, zur Studie EU CT 2023-50xxxx: Die Nachfragen (RFI) zum "
     "Teil II sind gestern im CTIS eingestellt worden. Bitte beachten Sie die Frist von 12 Tagen. Zur "
     "Patienteninformation gibt es zwei Punkte zur Verständlichkeit, die wir gerne vorab telefonisch klären würden."),
    ("me", "2024-03-12 15:10", "Sehr geehrter Herr Dr. Wendt, vielen Dank für den Hinweis. Ein kurzes Telefonat "
     "wäre sehr hilfreich - passt Ihnen morgen 10 Uhr?"),
    ("ethik", "2024-03-12 15:30", "Morgen 10 Uhr passt."),
])
ex.conv(G, "vendor_price_change", "en", "existing EDC vendor announces new per-study pricing", [
    ("edc", "2024-09-02 09:00", "Hi Johanna, hope summer was good. Giving you a heads-up before our formal notice: "
     "from 1 January Castellum moves to per-study pricing with a build fee of EUR 14k and EUR 1,100 per "
     "month per study. Your current studies stay on the legacy licence until close-out. Can we book an hour "
     "to model what it means for the two new studies you're bidding on?"),
    ("me", "2024-09-02 11:15", "Hi Rory, thanks for telling me early. The build fee is a big jump for small "
     "Phase II studies. Yes, let's talk - next Tuesday 2pm?"),
    ("edc", "2024-09-02 11:20", "Tuesday 2pm, invite sent."),
])
ex.conv(G, "recruiter_engaged", "de", "Inhaberin hat Recruiterin für zwei CRA-Stellen beauftragt", [
    ("me", "2023-12-04 09:00", "Hallo Frau Marquardt, danke nochmal für das Gespräch. Wie besprochen suchen wir "
     "zwei CRAs (Dermatologie/Onkologie, mind. 2 Jahre Monitoring, Deutsch C1, Reisebereitschaft 50 %). "
     "HR sagt, Sie haben den Rahmenvertrag. Können Sie loslegen?"),
    ("recruiter", "2023-12-04 10:40", "Hallo Frau Albrecht, sehr gerne! Wir arbeiten zu den Rahmenkonditionen "
     "(20 % Jahresgehalt). Gehaltsrahmen wie besprochen 58-66 T€? Dann stelle ich Ihnen bis Mitte Januar die "
     "ersten Profile vor."),
    ("me", "2023-12-04 11:00", "Ja, 58-66 T€ plus Dienstwagen. Danke!"),
    ("recruiter", "2024-01-17 16:30", "Drei Profile sind per Mail bei Ihnen. Kandidatin 2 hat noch ein anderes Angebot, wäre also dringend."),
    ("me", "2024-01-17 17:45", "Mit Kandidatin 2 gern schon diese Woche, Freitag 14 Uhr per Teams."),
])
ex.conv(G, "job_applicant", "en", "Italian CRA relocating to Berlin applies after connecting", [
    ("cra_app", "2024-04-08 08:15", "Dear Johanna, thank you for accepting. I have 3 years of CRA experience at a "
     "CRO in Milan, mainly oncology and one dermatology study. I'm moving to Berlin in June for family reasons. "
     "My German is B2 and improving (I take classes at the Goethe-Institut). Would it be possible to apply "
     "for the CRA role in your team even if my German isn't C1 yet?"),
    ("me", "2024-04-08 12:00", "Hi Giulia, please do apply through the careers page and mention me. For some "
     "German sites we need C1, but we also have Polish and Czech sites where English is fine. I'll make sure "
     "HR looks at your profile."),
    ("cra_app", "2024-04-08 12:10", "Grazie mille, I'll apply today!"),
])
ex.conv(G, "student_applicant", "de", "Student bewirbt sich als Werkstudent", [
    ("werkstudent", "2024-03-14 20:00", "Hallo Frau Albrecht, ich studiere Public Health an der FU und suche eine "
     "Werkstudentenstelle (15-20 h) in der klinischen Forschung. Ich habe gesehen, dass Havelgrund Werkstudierende "
     "im Bereich TMF sucht. Darf ich Ihnen meine Unterlagen schicken? Ich spreche Deutsch, Englisch und Türkisch."),
    ("me", "2024-03-15 08:50", "Hallo Herr Demir, ja, gerne an die Adresse in der Anzeige, mit Verweis auf mich. "
     "Türkisch ist bei unseren Berliner Zentren übrigens ein echtes Plus."),
])
ex.conv(G, "conference_speaker_invite", "mixed", "Konferenzorganisatorin lädt zum Vortrag ein (gemischt)", [
    ("conf", "2024-01-29 11:00", "Liebe Johanna, for the ClinOps Forum in May we'd love to have you on the DCT "
     "session - 20 min on what actually worked with home visits in eurer Psoriasis-Studie. Kein Honorar, "
     "aber Reisekosten und Speaker-Dinner. Hast du Lust?"),
    ("me", "2024-01-29 13:15", "Liebe Petra, sehr gern! I'll need the sponsor's ok for the data, aber das sollte "
     "klappen. Deadline for slides?"),
    ("conf", "2024-01-29 13:20", "Slides bis 30. April. Freu mich!"),
])
ex.conv(G, "thank_you_after_talk", "en", "attendee thanks after ClinOps Forum talk (1 of 3 near-duplicates)", [
    ("ty1", "2024-05-17 09:30", "Hi Johanna, thanks for your talk at ClinOps Forum yesterday! The point about "
     "home visits reducing dropouts in week 16-24 was really eye-opening. Great to connect."),
    ("me", "2024-05-17 12:00", "Thanks Felix, glad it was useful!"),
])
ex.conv(G, "thank_you_after_talk", "en", "attendee thanks after ClinOps Forum talk (2 of 3 near-duplicates)", [
    ("ty2", "2024-05-17 11:45", "Dear Johanna, thank you for your talk at the ClinOps Forum yesterday. Really "
     "practical insights on home visits and dropout. Glad to be connected!"),
])
ex.conv(G, "thank_you_after_talk", "de", "Dank nach dem ClinOps-Forum-Vortrag (3 von 3, fast gleich, deutsch)", [
    ("ty3", "2024-05-18 08:10", "Hallo Frau Albrecht, vielen Dank für Ihren Vortrag gestern beim ClinOps Forum! "
     "Die Erfahrungen mit Hausbesuchen waren für uns als Zentrum sehr interessant. Freue mich über die Vernetzung."),
    ("me", "2024-05-18 10:00", "Danke, Herr Zimmer! Gern auch mal zum Austausch, wir suchen noch Zentren in Berlin-Nord."),
])
ex.conv(G, "peer_joint_bid", "en", "small Polish CRO proposes joint proposal for a sponsor RFP", [
    ("polish_cro", "2024-02-28 19:00", "Hi Johanna! We got an RFP from Lumora too, for the same psoriasis Phase II. "
     "They seem to want a single CRO, but we're too small for Germany and you're thinner in Poland. What if "
     "we go in together - Havelgrund as lead, Vistula running PL sites with our own CRAs at our rates? "
     "Would probably save them 15% vs a big CRO."),
    ("me", "2024-02-29 08:30", "Hi Marta, funny timing. We have a Polish team now (Marek's), but not enough for "
     "10 sites. Let me check internally whether a partnership is acceptable. Can we talk Friday?"),
    ("polish_cro", "2024-02-29 08:45", "Friday 10am works. Let's keep it between us until then 🤫"),
])
ex.conv(G, "old_friend_pharma", "de", "langjähriger Kontakt aus Heidelberger Zeiten, jetzt in Basel", [
    ("basel", "2018-06-15 21:00", "Johanna! Lange nichts gehört. Bin jetzt in Basel, Global Study Director. Und du? Immer noch Berlin?"),
    ("me", "2018-06-16 09:30", "Tobi! Glückwunsch! Ja, Berlin für immer. Bin jetzt CTM bei Havelgrund. Schweiz steht dir bestimmt gut."),
    ("basel", "2021-12-23 18:00", "Frohe Weihnachten! Weißt du noch, die Laborweihnachtsfeier 2010 mit dem explodierten Glühweintopf? 😂"),
    ("me", "2021-12-23 19:40", "Wie könnte ich das vergessen. Dir auch frohe Weihnachten!"),
    ("basel", "2024-08-20 12:00", "Bin im Oktober in Berlin beim World Health Summit. Bier?"),
    ("me", "2024-08-20 12:30", "Unbedingt! Prater Garten, falls es noch warm ist."),
])
ex.conv(G, "owner_started_feasibility", "de", "Inhaberin fragt Prüfarzt, ob er an Machbarkeitsanfrage teilnimmt", [
    ("me", "2024-03-05 08:00", "Lieber Herr Dr. Vogel, wir haben eine neue Psoriasis-Studie (Phase II, Biologikum, "
     "Start Q4) und suchen Zentren in Norddeutschland. Ihr Zentrum war in der letzten Studie unter den besten "
     "Rekrutierern. Dürfte ich Ihnen den Feasibility-Fragebogen schicken?"),
    ("pi_hamburg", "2024-03-05 12:30", "Liebe Frau Albrecht, schicken Sie gern. Wir haben aber im Herbst schon zwei "
     "Konkurrenzstudien, das müsste ich mir die Einschlusskriterien genau ansehen."),
    ("me", "2024-03-05 12:45", "Verstehe, kommt heute per Mail."),
])
ex.conv(G, "owner_started_vendor_reference", "en", "owner asks former colleague for reference on eCOA vendors", [
    ("me", "2024-07-08 17:00", "Hi Sarah, quick one: you used an eCOA vendor for the atopic dermatitis study last "
     "year, right? How was it with itch diaries on patients' own phones? We're choosing between two for Lumora."),
    ("old_colleague", "2024-07-08 19:20", "Hey Jo! Compliance was fine, but the translations took forever - "
     "check how they handle linguistic validation. I'd go with whoever owns their translations. Call me tomorrow if you want details."),
    ("me", "2024-07-08 19:25", "Super helpful, thanks. Calling you at 9."),
])
ex.conv(G, "site_document_spam_folder", "de", "Oberarzt aus Wien schickt unterschriebene CDA, im Spam gelandet", [
    ("vienna", "2024-03-20 16:45", "Sehr geehrte Frau Albrecht, anbei die unterschriebene Vertraulichkeitsvereinbarung "
     "zurück. Wir sind grundsätzlich interessiert, an der Psoriasis-Studie teilzunehmen, und haben ca. 40 "
     "passende Patient:innen in der Ambulanz. Bitte schicken Sie das Synopsis. Mit besten Grüßen aus Wien, Max Huber"),
], folder="SPAM")
ex.conv(G, "journalist_request", "de", "Fachjournalistin fragt Gespräch zum Standort Deutschland an", [
    ("journalist", "2024-01-22 13:00", "Hallo Frau Albrecht, ich recherchiere zum Rückgang klinischer Studien in "
     "Deutschland und zum geplanten Medizinforschungsgesetz. Hätten Sie Zeit für ein Hintergrundgespräch aus "
     "CRO-Sicht? Gern auch ohne Namensnennung."),
    ("me", "2024-01-22 15:30", "Hallo Frau Behrens, gern, aber bitte nur als Hintergrund ohne Namen, das muss ich "
     "sonst mit unserer Kommunikation abstimmen. Donnerstag 17 Uhr?"),
    ("journalist", "2024-01-22 15:45", "Donnerstag 17 Uhr, danke!"),
])
ex.conv(G, "vendor_price_change", "en", "central lab vendor: dry ice surcharge and new kit pricing", [
    ("lab", "2024-10-01 10:00", "Hi Johanna, a quick note before the invoices surprise you: from November we "
     "add a dry ice surcharge of EUR 38 per frozen shipment, and kit prices go up 5% for new studies. Ongoing "
     "studies keep kit prices until the contract anniversary."),
    ("me", "2024-10-01 12:30", "Thanks Kieran. Can you send me the number of frozen shipments per site for Q3, "
     "so I can estimate the impact for Brenneke? They'll ask."),
    ("lab", "2024-10-02 09:00", "Attached in email, roughly 90 shipments in Q3."),
])
ex.conv(G, "internal_colleague", "mixed", "Kollege aus dem Warschauer Büro, gemischt", [
    ("warsaw", "2024-05-06 08:30", "Hi Johanna, the Kraków site still hasn't received the April payment. "
     "Dr. Zieliński is polite but annoyed. Kannst du bitte mal bei Finance nachfragen? My German is only good for this sentence 😅"),
    ("me", "2024-05-06 09:00", "Dein Deutsch ist besser als du denkst! I'll chase finance today, it's probably the "
     "new invoicing tool again."),
    ("warsaw", "2024-05-06 09:05", "Dzięki / danke!"),
])
ex.conv(G, "patient_organisation", "de", "Patientenorganisation bietet Review der Patientenmaterialien an", [
    ("patient_org", "2024-06-03 18:00", "Liebe Frau Albrecht, wie im letzten Jahr besprochen: Wir würden gern die "
     "Patienteninformation und das Tagebuch der neuen Studie aus Betroffenensicht lesen, bevor es zur "
     "Ethik geht. Ein kleines Honorar für den Verein wäre schön, muss aber nicht."),
    ("me", "2024-06-04 08:30", "Liebe Frau Sander, sehr gern, das hat uns letztes Mal viel gebracht. "
     "Ich beantrage beim Sponsor wieder 500 € für den Verein. Die Entwürfe schicke ich Ende Juni."),
])
ex.conv(G, "freelancer_rate", "de", "langjähriger freier CRA verhandelt Tagessatz für Verlängerung", [
    ("freelance_cra", "2024-08-26 19:00", "Hallo Johanna, der Vertrag für Brenneke läuft Ende September aus. "
     "Ich mach gern weiter, aber ich müsste auf 780 € Tagessatz gehen, Bahn und Hotels sind einfach teurer "
     "geworden. Bisher 720."),
    ("me", "2024-08-27 08:40", "Hallo Jörg, verstehe ich. 780 wird schwer, weil das Budget fix ist. 750 plus "
     "BahnCard 100 über uns? Dann kommst du effektiv besser weg."),
    ("freelance_cra", "2024-08-27 09:10", "Deal. Schick mir den Nachtrag."),
])
ex.conv(G, "sponsor_audit", "en", "sponsor auditor schedules audit", [
    ("auditor", "2024-06-20 15:00", "Hi Johanna, I'll be conducting the sponsor audit of the TMF and two sites "
     "in September. Could you propose two sites with the highest enrolment and share the TMF index by end of July?"),
    ("me", "2024-06-20 16:30", "Hi Hannah, will do. Charité and Leipzig are the top two, I'll check availability with the PIs."),
])
ex.conv(G, "congrats_promotion", "en", "managing director congratulates on promotion", [
    ("oldboss", "2024-01-08 08:00", "Johanna, congratulations on the Senior CTM role - announced officially today. "
     "Ten years ago you started as a CRA with us, and now you run our biggest dermatology programme. Proud of you."),
    ("me", "2024-01-08 09:10", "Thank you Andreas, that means a lot. Still remember my first monitoring visit - "
     "you told me to always bring snacks for the study nurses. Best advice ever."),
])
ex.conv(G, "vendor_quote", "de", "bestehende Übersetzungsagentur schickt Angebot für neue Sprachen", [
    ("uebersetzung", "2024-06-25 10:30", "Liebe Frau Albrecht, anbei wie gewünscht das Angebot für die "
     "Patienteninformation auf Türkisch und Arabisch inkl. Rückübersetzung: 2.840 € netto, Lieferung in "
     "10 Arbeitstagen. Gegenüber dem Vorjahr sind unsere Wortpreise um 4 % gestiegen."),
    ("me", "2024-06-25 11:00", "Danke, Frau Aydın. Passt, ich gebe das frei, sobald der Sponsor bestätigt."),
])
ex.conv(G, "network_event_invitation", "de", "KKS lädt zum Netzwerkabend für Studienmanagement ein", [
    ("kks", "2024-09-16 14:00", "Liebe Johanna, am 24. Oktober machen wir wieder unseren Netzwerkabend "
     "Studienmanagement im KKS, diesmal mit Thema ICH E6(R3). Kommst du? Die Kolleg*innen aus Buch "
     "wollten dich unbedingt mal persönlich treffen."),
    ("me", "2024-09-16 15:00", "Liebe Ines, bin dabei! Danke für die Einladung."),
])
ex.conv(G, "group_sae_followup", "en", "group chat sponsor medical monitor, site PI and owner on SAE", [
    ("medmon", "2024-07-15 08:10", "Good morning both, regarding the SAE for 01-007 (hospitalisation, "
     "pneumonia): could the site send the discharge letter? I need it for the causality assessment."),
    ("charite", "2024-07-15 09:00", "Good morning, discharge letter will be uploaded today, the patient is fine."),
    ("me", "2024-07-15 09:15", "Thanks both. I'll make sure the follow-up report goes in within the 15-day window."),
], extra=[])
ex.conv(G, "mentee_advice", "de", "Junior CRA bittet um Rat, Entwurf bleibt unversendet", [
    ("mentee", "2024-10-08 20:10", "Hi Johanna, darf ich dich was fragen? Ich hab ein Angebot von einer "
     "großen CRO bekommen, 8 T€ mehr. Aber ich lerne bei dir so viel. Was würdest du machen?"),
    ("me", "2024-10-08 21:30", "Paula, erstmal Glückwunsch! Lass uns morgen in Ruhe reden, nicht per Chat. "
     "Ich sag dir ehrlich, was ich denke - auch wenn ich dich ungern gehen lasse."),
    ("me", "2024-10-08 21:25", "Ehrlich gesagt würde ich an deiner Stelle"),
], drafts={2})
ex.conv(G, "friend_invitation", "de", "alte Freundin lädt zum Geburtstag ein", [
    ("friend", "2024-06-28 12:00", "Jo!! Ich werde 40 (hilfe). Grillen am Tempelhofer Feld, 13. Juli ab 16 Uhr. "
     "Bring gern Kuchen mit, und bitte kein Gerede über Studien 😛"),
    ("me", "2024-06-28 12:20", "Versprochen, kein Wort über Protokolle! Ich bring den Rhabarberkuchen."),
])
ex.conv(G, "site_payment_issue", "en", "Polish PI complains about late site payment", [
    ("krakow", "2024-05-07 11:00", "Dear Johanna, I don't like to write about money, but our April payment for "
     "the Brenneke study is now 5 weeks late, and my coordinators' salaries depend on it. Could you please check?"),
    ("me", "2024-05-07 12:00", "Dear Dr. Zieliński, I'm very sorry. It was a problem with our new invoicing "
     "system, finance confirmed the transfer goes out tomorrow. I'll make sure May is on time."),
    ("krakow", "2024-05-07 12:30", "Thank you, appreciated."),
])
ex.conv(G, "inbound_lead_iit", "de", "Uniklinik will Monitoring für IIT einkaufen", [
    ("iit", "2024-08-12 14:00", "Sehr geehrte Frau Albrecht, wir planen eine investigator-initiierte Studie "
     "(Phase IV, 6 Zentren, 200 Patient:innen) und brauchen eine CRO für Monitoring und Projektmanagement, "
     "da unser KKS keine Kapazitäten hat. Förderung über die DFG ist bewilligt, das Budget ist aber begrenzt. "
     "Könnten Sie uns ein Angebot machen?"),
    ("me", "2024-08-12 16:20", "Sehr geehrte Frau PD Dr. Seidel, gern. Für DFG-geförderte IITs haben wir ein "
     "schlankes Modell mit risikobasiertem Monitoring. Schicken Sie mir bitte Protokollentwurf und Budgetrahmen, "
     "dann melde ich mich mit einem ersten Angebot in zwei Wochen."),
])
ex.conv(G, "recommendation_request", "en", "former colleague asks for LinkedIn recommendation", [
    ("ex_colleague_ref", "2024-02-12 20:00", "Hi Johanna, I'm finally looking for something new after 6 years. "
     "Would you mind writing a short recommendation? You know my work from the oncology programme best."),
    ("me", "2024-02-13 08:00", "Of course, Daniel. I'll write it this week."),
])
ex.conv(G, "sponsor_protocol_deviation_call", "en", "medical monitor asks for call on deviation trend", [
    ("medmon", "2024-09-12 16:00", "Hi Johanna, I'm seeing a pattern of out-of-window labs at two German sites. "
     "Could we have a 30-min call with the CRAs next week? I'd rather fix it before the audit."),
    ("me", "2024-09-12 16:30", "Agree, Rajesh. Wednesday 11 CET, I'll bring Jörg and Paula."),
])

ex.conv(G, "site_contract_negotiation", "de", "Studienzentrale verhandelt Prüfarztvertrag und Overhead", [
    ("dresden", "2024-10-21 09:40", "Hallo Frau Albrecht, unsere Rechtsabteilung hat den Prüfarztvertrag für "
     "die Lumora-Studie durchgesehen. Zwei Punkte: Wir brauchen 25 % Overhead statt 20 % (Vorgabe der "
     "Verwaltung seit diesem Jahr), und die Zahlungen bitte quartalsweise statt halbjährlich. Sonst sieht es gut aus."),
    ("me", "2024-10-21 11:15", "Hallo Frau Dr. Seifert, quartalsweise ist kein Problem. Beim Overhead muss ich "
     "den Sponsor fragen, die haben einen Deckel von 22 %. Können wir uns bei 22 % treffen, wenn wir dafür die "
     "Screening-Pauschale erhöhen?"),
    ("dresden", "2024-10-21 11:50", "Das nehme ich mit in die Verwaltung. Ich melde mich bis Freitag."),
])

# ================================================================= WANTED PITCHES (12)
ex.conv(W, "ctis_freelancer_post", "de", "Hausaufgabe: ihr Beitrag über CTIS-RFI-Fristen; freie Regulatory-Beraterin", [
    ("ctis", "2024-03-27 19:00", "Hallo Frau Albrecht, Ihr Beitrag über drei parallele RFIs mit 12-Tages-Frist "
     "in einer Woche hat mich an meine letzte Festanstellung erinnert. Ich arbeite seit 2023 freiberuflich nur "
     "zu CTIS (Teil I und II, Transition, Redaktion der Antworten) und habe kurzfristig ab April 2 Tage pro "
     "Woche frei. Falls Sie für Spitzen eine erfahrene Hand brauchen: Tagessatz 850 €, auch tageweise."),
    ("me", "2024-03-28 08:10", "Das kommt zur richtigen Zeit. Können wir Dienstag telefonieren?"),
])
ex.conv(W, "home_nursing_talk", "en", "homework: her ClinOps Forum talk on home visits; home nursing provider", [
    ("homenurse", "2024-05-21 10:00", "Hi Johanna, thanks for connecting. In your talk you showed that most dropouts "
     "in the psoriasis study happened between week 16 and 24, when patients had to travel 60+ km to the site. "
     "We run GCP-trained nurses for home visits across Germany incl. Brandenburg and Mecklenburg, where you "
     "said coverage was the problem. Blood draws, PK samples with courier, and injections. Could I send our "
     "coverage map and per-visit rates for your next bid?"),
    ("me", "2024-05-21 12:40", "Yes please - Brandenburg was exactly the gap. Send rates."),
])
ex.conv(W, "recruitment_landing_page", "de", "Hausaufgabe: Rekrutierungsseite besucht; Formular nur deutsch, nicht mobil", [
    ("landing", "2024-07-23 11:00", "Hallo Frau Albrecht, ich habe mir die Rekrutierungsseite Ihrer Psoriasis-Studie "
     "für die Berliner Zentren angesehen. Zwei Dinge: Der Vorab-Fragebogen ist auf dem Handy kaum bedienbar "
     "(die Schieberegler springen), und es gibt ihn nur auf Deutsch, obwohl die Zentren in Neukölln und Wedding "
     "viele türkisch- und arabischsprachige Patient:innen haben. Wir bauen ethikkonforme mehrsprachige "
     "Pre-Screener und betreuen die Hotline. Darf ich Ihnen einen Vorschlag mit Kosten schicken?"),
])
ex.conv(W, "patient_recruitment_register", "en", "homework: ClinicalTrials.gov recruitment end extended twice; derm panel", [
    ("registry", "2024-04-30 09:00", "Dear Johanna, I noticed on ClinicalTrials.gov and the EU CT register that the "
     "estimated primary completion of your psoriasis study (Brenneke sponsor) has been moved twice, and Berlin "
     "and Leipzig are still listed as recruiting. We run a consented panel of about 6,000 dermatology patients "
     "in eastern Germany and can refer pre-screened patients to your sites, paid per randomised patient only. "
     "Could I share anonymised numbers for your inclusion criteria?"),
    ("me", "2024-04-30 11:30", "Possibly interesting. I'd need the sponsor's approval first. Send the numbers and the ethics setup you use."),
])
ex.conv(W, "linguistic_validation_mutual", "en", "homework: mutual contact Marek named; linguistic validation for eCOA", [
    ("linguistic", "2024-07-10 10:00", "Hi Johanna, Marek Nowicki from your Warsaw office mentioned you're choosing "
     "an eCOA vendor for a psoriasis study and that translation timelines are the worry. We do linguistic "
     "validation (cognitive debriefing, clinician review) for Polish, Czech and German itch and DLQI-type "
     "instruments, and we work with both eCOA vendors you're considering. Happy to give you realistic "
     "timelines so you can compare their claims."),
    ("me", "2024-07-10 11:00", "Marek is a good networker :) Yes, please send timelines, that's useful."),
])
ex.conv(W, "safety_integration_tools", "en", "homework: her EDC and manual SAE reconciliation from job ad; integration", [
    ("integration", "2024-02-20 14:00", "Hi Johanna, your team's job ad for a Clinical Data Coordinator mentions "
     "'monthly manual reconciliation of SAEs between Castellum EDC and the safety database'. We built a "
     "validated connector for exactly Castellum and the two most common safety databases; it flags "
     "mismatches daily instead of monthly. Two mid-size CROs use it. Would a 30-minute demo with your data "
     "manager make sense?"),
])
ex.conv(W, "executive_recruiter_relevant", "de", "Hausaufgabe: ihre Onkologie- und Dermatologie-Programme; passende Direktorenrolle", [
    ("jobrec", "2024-10-15 09:00", "Guten Tag Frau Albrecht, ich suche für ein Berliner Biotech (Series B, "
     "zwei Phase-II-Programme in Dermatologie und Onkologie) eine Leitung Clinical Operations. Sie verantworten "
     "laut Ihrem Profil genau diese Indikationen in Phase II, mit Zentren in DE und PL, und haben gerade die "
     "Senior-Rolle übernommen - ich verstehe also, wenn der Zeitpunkt nicht passt. Vergütung deutlich über "
     "CRO-Niveau. Darf ich Ihnen die Eckdaten vertraulich schicken?"),
    ("me", "2024-10-15 12:00", "Danke für die ehrliche Ansprache. Schicken Sie mir die Eckdaten, ich schaue sie mir an."),
])
ex.conv(W, "interpreter_press_release", "mixed", "homework: press release on Japanese sponsor win; interpreter, mixed", [
    ("japanese", "2024-09-03 18:00", "Hallo Frau Albrecht, ich habe die Pressemitteilung gelesen, dass Havelgrund "
     "die europäische Phase-III-Studie für einen japanischen Sponsor übernimmt. Congratulations! I'm a "
     "Japanese-German medical interpreter based in Berlin (ex-Pharma, GCP-trained), and I often support "
     "kick-off meetings and sponsor audits where the Japanese team prefers to speak Japanese. Falls das für "
     "Ihr Kick-off in Frage kommt, schicke ich gern Referenzen und meinen Tagessatz."),
])
ex.conv(W, "lay_summary_article", "de", "Hausaufgabe: ihr Fachartikel zu Laienzusammenfassungen; Medical Writerin", [
    ("lay", "2024-04-09 10:00", "Liebe Frau Albrecht, in Ihrem Artikel in der 'Klinischen Forschung' schreiben Sie, "
     "dass die Laienzusammenfassungen nach EU-CTR bei Havelgrund oft am Ende an der Projektleitung hängen "
     "bleiben. Ich schreibe seit sechs Jahren Lay Summaries auf Deutsch und Englisch, inklusive "
     "Lesbarkeitstest mit Patient:innen. Ein Beispiel aus der Dermatologie hänge ich an. Wenn es hilft, "
     "übernehme ich gern die nächste - Festpreis 1.800 €."),
    ("me", "2024-04-09 13:00", "Das Beispiel ist wirklich gut. Ich leite es an unser Medical Writing weiter, die entscheiden das."),
])
ex.conv(W, "cold_chain_courier_comment", "de", "Hausaufgabe: ihr Kommentar zu Temperaturabweichungen bei Hitzewelle", [
    ("courier", "2024-08-06 08:30", "Guten Morgen Frau Albrecht, Sie hatten unter dem Beitrag von Dr. Lindner "
     "kommentiert, dass Sie in der Hitzewelle drei Temperaturabweichungen bei Prüfpräparaten zwischen "
     "Depot und Berliner Zentren hatten. Wir fahren innerhalb Berlins nur mit aktiv gekühlten Fahrzeugen "
     "(2-8 °C und 15-25 °C), mit Datenlogger und PDF-Protokoll je Fahrt, GDP-zertifiziert. Eine "
     "Testfahrt für ein Zentrum übernehmen wir kostenlos. Interesse?"),
    ("me", "2024-08-06 10:00", "Ja, tatsächlich. Schicken Sie mir die Preisliste und das GDP-Zertifikat."),
])
ex.conv(W, "etmf_qc_booth_followup", "en", "homework: met at conference booth, answers her exact question", [
    ("booth", "2024-05-22 09:00", "Hi Johanna, we spoke at our booth at the ClinOps Forum - you asked whether our "
     "TMF QC tool can check for missing wet-ink signature pages on site delegation logs, since that was your "
     "top audit finding. Yes: it flags unsigned or undated delegation log pages and links the finding to the "
     "TMF reference model artifact. I made a 3-minute video on exactly that (link in email). Happy to run "
     "it on an anonymised export before your September audit."),
    ("me", "2024-05-22 11:00", "Good memory! I'll watch the video and come back to you."),
])
ex.conv(W, "gcp_training_forum_comment", "en", "homework: her DGPharMed forum question on E6(R3) training", [
    ("gcp", "2024-09-24 15:00", "Dear Johanna, in the DGPharMed member forum you asked for an E6(R3) refresher "
     "that isn't just slides, for a team of about 15 CRAs and CTMs in German and English. We run a half-day "
     "in-house workshop built around risk-based quality management cases from dermatology and oncology, "
     "bilingual, with certificates for the TMF. For 15 people it's EUR 3,200. Could I send the agenda?"),
])

# ================================================================= JUNK (38)
ex.conv(J, "generic_regulatory", "en", "generic regulatory consultancy (counterpart of CTIS freelancer)", [
    ("genreg", "2024-04-11 07:00", "Dear Sir/Madam, Global Regulatory Solutions provides end-to-end regulatory "
     "services for pharmaceutical, medical device, cosmetics and food supplements in 50+ countries. "
     "Kindly let us know your requirements."),
])
ex.conv(J, "generic_telehealth", "en", "generic telehealth pitch (counterpart of home nursing)", [
    ("gentele", "2024-06-05 16:00", "Hi Johanna, telehealth is the future of healthcare! HealthLink connects "
     "patients and providers with video consultations, e-prescriptions and more. Can we schedule a demo?"),
])
ex.conv(J, "generic_patient_recruitment", "en", "generic global patient database (counterpart of derm panel)", [
    ("genpat", "2024-05-14 13:00", "Hi Johanna, struggling with enrollment? MegaPatient Network has access to "
     "over 20 million patients worldwide across all therapeutic areas. We guarantee enrollment! "
     "Let's set up a quick call."),
])
ex.conv(J, "generic_ai_trials", "en", "generic AI for clinical trials (counterpart of safety connector)", [
    ("genai", "2024-03-06 17:00", "Hi Johanna, AI is transforming clinical trials. TrialGenius uses cutting-edge "
     "machine learning to accelerate every phase of your trials and cut costs by 30%. Are you exploring AI "
     "this year?"),
])
ex.conv(J, "generic_recruiter", "de", "generische Recruiterin, 'offen für Neues?'", [
    ("genrec", "2024-08-19 09:00", "Hallo Johanna, dein Profil ist mir direkt ins Auge gefallen! Bist du offen für "
     "neue Herausforderungen? Ich habe spannende Positionen bei Top-Arbeitgebern in ganz Deutschland. "
     "Lass uns gern telefonieren!"),
])
ex.conv(J, "generic_translation", "en", "generic translation agency (counterpart of linguistic validation)", [
    ("gentrans", "2024-07-30 08:00", "Hello! Global Lingo 120 offers professional translation in 120 languages. "
     "Legal, marketing, technical, medical - fast and affordable. Get 10% off your first order!"),
])
ex.conv(J, "generic_content_writing", "en", "generic content writing (counterpart of lay summaries)", [
    ("genwriter", "2024-04-23 06:30", "Hi Johanna, do you need high quality content for your blog, website or "
     "social media? Our writers deliver SEO-optimised articles from USD 0.04 per word. Free sample available!"),
])
ex.conv(J, "generic_courier", "de", "generischer Kurierdienst (Gegenstück zum Kühlkurier)", [
    ("gencourier", "2024-08-14 10:00", "Sehr geehrte Damen und Herren, Express Logistik 24 liefert Ihre Sendungen "
     "deutschlandweit am nächsten Tag. Jetzt Geschäftskundenkonto eröffnen und 20 % sparen!"),
])
ex.conv(J, "offers_what_she_sells", "en", "another CRO offers to run her trials", [
    ("samesell", "2024-02-13 10:00", "Dear Johanna, BalkanTrials is a full-service CRO offering feasibility, "
     "site management, monitoring, data management and regulatory submissions in Southeast Europe at "
     "competitive rates. Fast recruitment, treatment-naive patients. Are you looking to outsource your "
     "next clinical trial?"),
])
ex.conv(J, "capacity_for_clients", "en", "lead-gen asks if she has capacity for new sponsors", [
    ("capacity", "2024-06-18 14:00", "Hi Johanna, quick question - does your team have capacity for 2-3 new sponsor "
     "projects next quarter? We connect CROs with funded biotechs actively looking for partners."),
])
ex.conv(J, "like_minded_entrepreneurs", "de", "Vernetzung als gleichgesinnte Unternehmer:innen", [
    ("likeminded", "2024-04-02 22:00", "Hey Johanna! Ich liebe es, mich mit gleichgesinnten Macher:innen zu "
     "vernetzen, die die Welt verändern wollen 🌍✨ Lass uns connecten und schauen, wo wir gemeinsam Impact schaffen!"),
])
ex.conv(J, "quick_call", "en", "quick 15-minute call", [
    ("fifteen", "2024-09-10 15:00", "Hi Johanna, do you have 15 minutes this week? I'd love to show you how OpsFlow "
     "helps operations teams save time. Would Wednesday or Thursday work?"),
])
ex.conv(J, "connect_then_pitch", "de", "Büromöbel: Smalltalk, sie antwortet, dann Pitch", [
    ("ctp1", "2024-03-04 09:00", "Hallo Frau Albrecht, danke für die Vernetzung! Spannend, was Sie in der "
     "klinischen Forschung machen. Arbeiten Sie eigentlich viel im Homeoffice?"),
    ("me", "2024-03-04 18:30", "Hallo Herr Haas, ja, etwa die Hälfte, der Rest ist Reisen zu den Zentren."),
    ("ctp1", "2024-03-05 08:30", "Dann ist ein ergonomischer Arbeitsplatz ja doppelt wichtig! Unsere Stühle und "
     "höhenverstellbaren Tische gibt es auch für Homeoffice-Ausstattungen von Firmen. Soll ich Ihnen ein "
     "Angebot für Ihr Team machen?"),
])
ex.conv(J, "connect_then_pitch", "en", "site marketing: invite compliment, pitch in message 2", [
    ("ctp2", "2024-07-15 09:00", "Thanks for connecting Johanna! Always nice to meet fellow clinical research people 🙌"),
    ("ctp2", "2024-07-17 09:00", "By the way, SiteBoost helps research sites and CROs grow with social media "
     "marketing. Would you be open to a quick chat about your growth goals?"),
])
ex.conv(J, "connect_then_pitch", "de", "Immobilieninvestment nach Vernetzung, mit Nachfassen", [
    ("ctp3", "2024-09-09 10:00", "Hallo Johanna, freut mich, dass wir vernetzt sind!"),
    ("ctp3", "2024-09-10 10:00", "Als Gutverdienerin zahlst du sicher viel Steuern. Mit einer Kapitalanlage-"
     "Wohnung in Leipzig kannst du das ändern. Darf ich dir unser aktuelles Objekt zeigen?"),
    ("ctp3", "2024-09-17 10:00", "Hast du meine Nachricht gesehen? Es sind nur noch zwei Einheiten frei."),
])
ex.conv(J, "follow_up_bump", "en", "data vendor: bumps, no reply", [
    ("bump1", "2024-05-02 14:00", "Hi Johanna, clinical data teams using DataVault cut query resolution time by 50%. "
     "Interested in a quick demo?"),
    ("bump1", "2024-05-09 14:00", "Hi Johanna, just following up on my note below."),
    ("bump1", "2024-05-20 14:00", "Hi Johanna, should I reach out to someone else on your team instead?"),
])
ex.conv(J, "follow_up_bump", "de", "Coaching: Nachfassen ohne Antwort", [
    ("bump2", "2024-02-06 19:00", "Liebe Johanna, Frauen in Führung stehen vor besonderen Herausforderungen. "
     "In meinem 8-Wochen-Programm lernst du, mit Klarheit und Selbstvertrauen zu führen. Hast du Lust auf ein "
     "kostenloses Erstgespräch?"),
    ("bump2", "2024-02-14 19:00", "Liebe Johanna, ich wollte nochmal nachhaken 💛"),
])
ex.conv(J, "mass_template", "en", "biotech-introduction template, sender 1 of 5", [
    ("tpl1", "2024-01-16 09:00", "Hi Johanna, I noticed Havelgrund Clinical Research is doing great work in "
     "clinical trials. We help CROs like yours connect with 10+ funded biotech sponsors every month through "
     "targeted outreach. Would you be open to a short call next week to see if it's a fit?"),
])
ex.conv(J, "mass_template", "en", "biotech-introduction template, sender 2 of 5", [
    ("tpl2", "2024-03-26 10:20", "Hi Johanna, noticed Havelgrund is doing great work in clinical research. "
     "We help CROs connect with 10+ funded biotech sponsors each month using targeted outreach. Open to a "
     "brief call next week to see if there's a fit?"),
])
ex.conv(J, "mass_template", "en", "biotech-introduction template, sender 3 of 5", [
    ("tpl3", "2024-06-04 16:40", "Hey Johanna, I noticed Havelgrund Clinical Research GmbH is doing great work in "
     "dermatology trials. We help CROs like yours connect with 10-15 funded sponsors every month through "
     "targeted outreach. Would a quick call next week make sense?"),
])
ex.conv(J, "mass_template", "en", "biotech-introduction template, sender 4 of 5", [
    ("tpl4", "2024-08-27 11:05", "Hi Johanna, I noticed your company is doing great work in the CRO space. We help "
     "clinical service providers connect with 10+ funded biotechs every month via targeted outreach. "
     "Would you be open to a short chat next week?"),
])
ex.conv(J, "mass_template", "de", "Sponsor-Vermittlungs-Vorlage, Absender 5 von 5, auf Deutsch", [
    ("tpl5", "2024-10-22 08:30", "Hallo Johanna, mir ist aufgefallen, dass Havelgrund Clinical Research großartige "
     "Arbeit in der klinischen Forschung leistet. Wir helfen CROs wie Ihrer, jeden Monat mit 10+ finanzierten "
     "Biotech-Sponsoren in Kontakt zu kommen. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?"),
])
ex.conv(J, "merge_tag_failure", "en", "unfilled {FirstName} tag", [
    ("merge1", "2024-02-27 07:15", "Hi {FirstName}, scaling your team? Cloudstaff Global provides dedicated "
     "offshore staff from USD 9/hour. Let's talk about how we can support {CompanyName}!"),
])
ex.conv(J, "merge_tag_failure", "de", "unersetzter Platzhalter {{Vorname}}", [
    ("merge2", "2024-05-28 10:00", "Hallo {{Vorname}}, suchen Sie noch eine Location für Ihr nächstes Teamevent? "
     "Unser Seminarhaus am See bietet Tagungsräume, Übernachtung und Catering. Jetzt Frühbucher-Rabatt sichern!"),
])
ex.conv(J, "merge_tag_failure", "en", "wrong first name (Katharina)", [
    ("merge3", "2024-07-24 13:00", "Hi Katharina, are you still using paper signatures? eSign Pro makes contracts "
     "legally binding in seconds. Try it free for 14 days!"),
])
ex.conv(J, "merge_tag_failure", "de", "falscher Firmenname (Havelland Clinical)", [
    ("merge4", "2024-10-01 09:30", "Sehr geehrte Frau Albrecht, für Havelland Clinical drucken wir Broschüren, "
     "Poster und Messewände in Top-Qualität. Jetzt 15 % Rabatt auf die erste Bestellung!"),
])
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail, Bank", [
    ("spon1", "2024-03-19 12:00", "<p>Hallo Johanna,</p><p>Jetzt Tagesgeld mit 3,5 % p.a. sichern - nur für "
     "Neukunden.</p><p>Jetzt eröffnen</p>"),
], title="Sponsored Conversation", subject="3,5 % Tagesgeld")
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail, executive education", [
    ("spon2", "2024-06-25 12:00", "<p>Dear Johanna,</p><p>Lead with confidence. Our Executive Programme in "
     "Strategic Leadership starts in September.</p><p>Request a brochure</p>"),
], title="Sponsored Conversation", subject="Lead with confidence")
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail, clinical platform", [
    ("spon3", "2024-10-08 12:00", "<p>Hi Johanna,</p><p>Unify your clinical trial tech stack with Clinexo. "
     "Book a personalised demo today.</p>"),
], title="Sponsored Conversation", subject="One platform for your trials")
ex.conv(J, "paid_award", "en", "award nomination with entry fee", [
    ("award", "2024-08-05 10:00", "Dear Johanna, congratulations! You have been nominated for the Global Life "
     "Science Awards 2024 - Clinical Operations Leader of the Year. To secure your place in the final round, "
     "please complete your entry and the participation fee of EUR 1,950 by 30 August."),
])
ex.conv(J, "paid_feature", "de", "bezahltes Porträt 'Leading Women in Pharma'", [
    ("feature", "2024-03-08 09:00", "Liebe Johanna, zum Weltfrauentag möchten wir Sie in unserer Reihe Leading "
     "Women in Pharma vorstellen! Das Paket mit Interview, Fotoshooting und Social-Media-Kampagne kostet "
     "1.490 € zzgl. MwSt. Sollen wir Ihnen die Details schicken?"),
])
ex.conv(J, "paid_podcast", "en", "podcast guest slot with fee", [
    ("podcast", "2024-07-02 17:00", "Hey Johanna, we'd love to feature you on The ClinOps Growth Show! "
     "Our sponsored guest package (USD 900) includes the episode, clips and a newsletter feature. Interested?"),
])
ex.conv(J, "fluent_generic_named", "en", "fluent pitch naming her company, could go to anyone", [
    ("fluent", "2024-05-29 08:00", "Dear Johanna, Havelgrund Clinical Research has built an impressive track "
     "record, and organisations at this stage often find that sustainable growth depends on aligning "
     "operational excellence with a compelling commercial story. Northbound Advisory partners with leadership "
     "teams to unlock exactly that. I'd value a conversation about where Havelgrund wants to be in three years."),
])
ex.conv(J, "off_topic_crypto", "de", "Krypto-Investorin", [
    ("krypto", "2024-11-03 23:00", "Hallo Johanna, wie geht's? Ich habe mit Krypto-Trading finanzielle Freiheit "
     "erreicht und zeige das gerne anderen Frauen. Schreib mir, wenn du neugierig bist 💎"),
])
ex.conv(J, "generic_webinar", "de", "Massen-Webinareinladung", [
    ("webinar", "2024-09-30 11:00", "Hallo Johanna, exklusive Einladung: Unser kostenloses Webinar 'Die Zukunft "
     "der Pharmaindustrie 2030' am Donnerstag. Jetzt Platz sichern, limitierte Teilnehmerzahl!"),
    ("webinar", "2024-10-02 11:00", "Letzte Chance - morgen geht's los!"),
])

ex.conv(J, "off_topic_insurance", "de", "PKV-Vergleich für Angestellte", [
    ("pkv", "2024-01-09 20:30", "Hallo Johanna, als Angestellte über der Versicherungspflichtgrenze kannst du in "
     "die private Krankenversicherung wechseln und bis zu 300 € im Monat sparen. Ich mache dir einen "
     "kostenlosen Vergleich - wann passt es dir?"),
])
ex.conv(J, "generic_training", "de", "generischer Projektmanagement-Zertifikatskurs", [
    ("pmkurs", "2024-04-16 09:00", "Hallo Frau Albrecht, bringen Sie Ihre Karriere auf das nächste Level! Unser "
     "PMP-Vorbereitungskurs bereitet Sie in 6 Wochen auf die Zertifizierung vor - jetzt mit "
     "Bildungsgutschein förderfähig. Ich berate Sie gern persönlich."),
    ("pmkurs", "2024-04-25 09:00", "Hallo Frau Albrecht, der nächste Kurs startet bereits am 6. Mai. Sollen wir Ihnen einen Platz reservieren?"),
])
ex.conv(J, "generic_seo", "de", "SEO-Agentur für die CRO-Website", [
    ("seoagentur", "2024-11-12 10:10", "Hallo Frau Albrecht, ich habe mir die Website von Havelgrund angesehen - "
     "da ist bei Google noch viel Luft nach oben! Wir bringen Unternehmen aller Branchen auf Seite 1. "
     "Soll ich Ihnen eine kostenlose Analyse erstellen?"),
])

PROFILE = {
    "First Name": "Johanna", "Last Name": "Albrecht", "Headline":
    "Senior Clinical Trial Manager at Havelgrund Clinical Research | Dermatology & Oncology Phase II/III | DE/PL",
    "Summary": "Clinical operations in Berlin since 2014: site management, CTIS submissions, budgets and "
    "vendors for dermatology and oncology trials across Germany, Poland and Czechia. Former CRA. Dr. rer. nat. (Heidelberg).",
    "Industry": "Pharmaceutical Manufacturing", "Zip Code": "10115", "Geo Location": "Berlin, Germany",
    "Websites": "[COMPANY:https://havelgrund-cr.example.de]",
}
POSITIONS = [
    {"Company Name": "Havelgrund Clinical Research GmbH", "Title": "Senior Clinical Trial Manager",
     "Description": "Dermatology programme lead, 4 studies, 30 sites in DE/PL/CZ.",
     "Location": "Berlin", "Started On": "Jan 2024", "Finished On": ""},
    {"Company Name": "Havelgrund Clinical Research GmbH", "Title": "Clinical Trial Manager",
     "Description": "", "Location": "Berlin", "Started On": "Apr 2018", "Finished On": "Dec 2023"},
    {"Company Name": "Havelgrund Clinical Research GmbH", "Title": "Clinical Research Associate",
     "Description": "", "Location": "Berlin", "Started On": "May 2014", "Finished On": "Mar 2018"},
]
SKILLS = ["Clinical Trials", "ICH-GCP", "CTIS", "Clinical Monitoring", "Dermatology", "Oncology",
          "Vendor Management", "Budget Management", "EDC"]

if __name__ == "__main__":
    ex.write(OUT_ROOT / SLUG, PROFILE, POSITIONS, SKILLS)
    print(ex.summary())

"""dev35 persona 3: Merle Jansen, resident in ophthalmology at the (invented) Universitätsklinikum
Hamburg-Elbe, doing a PhD on OCT angiography in diabetic retinopathy on the side.
2026 export layout, German and English about half and half.

All messages are invented and written by hand for this corpus. Run this script to regenerate
../mixed-ophthalmology-resident-hamburg/ byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-ophthalmology-resident-hamburg"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Merle Jansen", "https://www.linkedin.com/in/merle-jansen-eye",
               "Universitätsklinikum Hamburg-Elbe", "Assistenzärztin Augenheilkunde")
ex = Export(SLUG, "2026", owner)
P = ex.person
C = ex.conv

# ------------------------------------------------------------------ people: genuine side
P("jonas", "Jonas Albers", "Universitätsklinikum Hamburg-Elbe", "Assistenzarzt Augenheilkunde", connected="2021-10-04")
P("prof", "Prof. Dr. Birte Hinrichsen", "Universitätsklinikum Hamburg-Elbe", "Leitende Oberärztin, Retina", connected="2021-11-15")
P("soren", "Søren Kjeldsen", "Aarhus Eye Research Unit", "Postdoctoral researcher", connected="2023-06-12")
P("participant", "Heinz-Dieter Brandt", "", "Rentner", connected="2025-03-03")
P("daughter", "Katrin Brandt-Möller", "Hamburger Sparkasse", "Filialleiterin", connected="2025-05-20")
P("nordic", "Dr. Ingrid Lund", "Nordic-German Retina Meeting", "Scientific Programme Chair", connected="2024-09-18")
P("editor", "Dr. Aisha Rahman", "Journal of Retinal Imaging", "Associate Editor", connected="2024-04-03")
P("zeissish", "Thomas Brügmann", "Optivance Medizintechnik GmbH", "Service Manager Nord", connected="2022-02-10")
P("startup", "Leon Hartmann", "RetiNova Diagnostics", "Co-founder & CMO", connected="2025-06-02")
P("praxis", "Dr. Silke Voss", "Augenzentrum Alstertal", "Praxisinhaberin", connected="2025-02-11")
P("kiel", "Dr. Hannes Petersen", "Universitätsklinikum Kiel (Augenklinik)", "Assistenzarzt", connected="2022-09-29")
P("ch_recruit", "Regula Meier", "Helvetia Medical Careers", "Senior Beraterin", connected="2025-08-14")
P("student", "Paul Wendt", "Universität Hamburg", "Medizinstudent, 7. Semester", connected="2025-04-22")
P("erasmus", "Inês Carvalho", "Universidade do Porto", "Medical student", connected="2025-01-30")
P("journo", "Svenja Roloff", "Elbe-Kurier", "Redakteurin Gesundheit", connected="2025-10-06")
P("ty1", "Dr. Mikkel Holm", "Odense University Hospital", "Ophthalmology resident", connected="2025-11-08")
P("ty2", "Laura Bianchi", "", "Optometrist & PhD student", connected="2025-11-08")
P("ty3", "Dr. Felix Brandt", "Augenklinik Lübeck", "Facharzt", connected="2025-11-09")
P("lyon", "Dr. Camille Rousseau", "Hospices Civils de Lyon", "Retina specialist", connected="2024-05-21")
P("london", "Dr. James Whitmore", "St Aldhelm Eye Hospital, London", "Clinical Research Fellow", connected="2025-02-25")
P("oa_alt", "Dr. Matthias Kruse", "Augenklinik Bremen-Mitte", "Oberarzt", connected="2020-02-01")
P("friend_de", "Lena Schröder", "", "Kinderärztin", connected="2014-10-01")
P("edinburgh", "Dr. Fiona MacLeod", "NHS Lothian", "Consultant Ophthalmologist", connected="2018-07-30")
P("fellow", "Dr. Arjun Menon", "Universitätsklinikum Hamburg-Elbe", "Research Fellow (Retina)", connected="2024-10-01")
P("nurse", "Birgit Tamm", "Universitätsklinikum Hamburg-Elbe", "Study Nurse", connected="2023-01-16")
P("stats", "Dr. Ole Fiedler", "Institut für Medizinische Biometrie, UKHE", "Statistiker", connected="2023-03-08")
P("nov", "Dr. Anke Lorenzen", "Nordwestdeutsche Ophthalmologen-Vereinigung", "Tagungssekretariat", connected="2022-05-05")
P("sekretariat", "Heike Wulff", "Universitätsklinikum Hamburg-Elbe", "Chefarztsekretariat Augenklinik", connected="2021-10-04")
P("locum_known", "Jan Behrens", "NordDienst Ärztevermittlung", "Disposition", connected="2024-03-01")
P("msl", "Dr. Rachel Stein", "Veridian Pharma", "Medical Science Liaison, Ophthalmology", connected="2023-11-20")
P("arvo_friend", "Dr. Emily Chen", "University of Toronto", "Clinical fellow", connected="2024-05-08")
P("rep_known", "Nadine Ehlers", "Optivance Medizintechnik GmbH", "Applikationsspezialistin", connected="2023-05-10")
P("csp", "Dr. Katja Neumann", "Clinician Scientist Programm UKHE", "Koordinatorin", connected="2022-12-01")

# ------------------------------------------------------------------ people: wanted pitches
P("w_device", "Marcus Feld", "Lumetra Imaging", "Clinical Applications Specialist", connected="2025-04-14")
P("w_stats", "Dr. Priya Natarajan", "", "Freelance biostatistician")
P("w_edit", "Dr. Sarah Collins", "Clearline Scientific Editing", "Senior Editor")
P("w_locum", "Anna Thielsen", "Küstenärzte Vermittlung", "Personalberaterin", connected="2025-09-02")
P("w_oa", "Dr. Stefan Marquardt", "MedCareer Nord", "Personalberater Fachärzte")
P("w_ecrf", "Julia Kessler", "StudyFlow eCRF", "Customer Success")
P("w_fundus", "Tim Rademacher", "PocketRetina", "Gründer", connected="2025-09-25")
P("w_tool", "Noah Fischer", "Citely", "Product Researcher")
P("w_journal", "Prof. Dr. Elena Marchetti", "Open Vision Research", "Guest Editor")
P("w_illu", "Clara Wiegand", "", "Medizinische Illustratorin")
P("w_travel", "Henrik Sommer", "StudyPay", "Partnerschaften Kliniken")
P("w_tax", "Dipl.-Kffr. Maren Otte", "Otte Steuerberatung für Heilberufe", "Steuerberaterin")

# ------------------------------------------------------------------ people: junk
P("j_pred1", "Dr. Grace Williams", "Journal of Ophthalmic Science and Clinical Research", "Editorial Office")
P("j_pred2", "Linda Morris", "International Summit on Eye and Vision Science", "Program Coordinator")
P("j_pred3", "Mary Johnson", "Global Medical Book Publishers", "Acquisitions Editor")
P("j_award", "Dr. Robert Lane", "International Healthcare Excellence Awards", "Awards Committee")
P("j_podcast", "Daniel Kurz", "Ärzte unter sich – Der Podcast", "Host")
P("j_chefarzt", "Michael Strauß", "Klinik-Personal Direkt", "Personalberater")
P("j_landarzt", "Sandra Heller", "Landarzt Jobs", "Recruiterin")
P("j_honorar", "Kevin Braun", "DocFlex Honorarärzte", "Account Manager")
P("j_spalt", "Frank Matthiesen", "OptiMed Handel", "Vertrieb Norddeutschland")
P("j_praxis", "Holger Wiese", "Praxisbörse Nord", "Praxisvermittler")
P("j_immo", "Christian Baer", "Denkmal-Invest für Ärzte", "Berater")
P("j_krypto", "Max Lindner", "", "Investor | Krypto | Freiheit")
P("j_bu", "Julia Roth", "MediSafe Versicherungen", "Beraterin für Heilberufe")
P("j_tele", "Ravi Kapoor", "VisionRead Teleophthalmology", "Business Development")
P("j_writing", "Olivia Grant", "MedWrite Pro", "Client Relations")
P("j_capacity", "Josh Miller", "PatientFlow Marketing", "Growth Lead")
P("j_likeminded", "Dr. Vincent Boateng", "", "Physician | Entrepreneur | Investor")
P("j_15min", "Rachel Adams", "ScribeAI", "Account Executive")
P("j_ctp1", "Dr. Nico Hahn", "MedTech Ventures", "Venture Partner",
  connected="2025-03-17", invite=("IN", "2025-03-17 10:02", "Hi Merle, spannendes Profil – gerne vernetzen!"))
P("j_ctp2", "Laura Vogt", "Ärzte-Finanzkontor", "Finanzberaterin für Mediziner",
  connected="2025-06-23", invite=("IN", "2025-06-23 21:10", ""))
P("j_ctp3", "Ben Carter", "OptiLearn", "Partnerships",
  connected="2025-10-13", invite=("IN", "2025-10-13 08:44", "Fellow eye enthusiast here!"))
P("j_ctp4", "Stefanie Ruhl", "Klinikservice Plus", "Key Account",
  connected="2026-01-12", invite=("IN", "2026-01-12 16:20", ""))
P("j_bump", "Amanda Brooks", "ResearchBoost", "Research Services Consultant")
P("j_tpl1", "Tobias Klein", "Alster Finanzberatung", "Berater für junge Ärzte")
P("j_tpl2", "Katharina Ott", "Ärzte Vermögen Nord", "Finanzplanerin")
P("j_tpl3", "Marco Engel", "Medicus Finanz", "Geschäftsstellenleiter")
P("j_tpl4", "Sophie Lange", "DocInvest Beratung", "Beraterin")
P("j_tpl5", "Richard Hale", "Expat Doctors Wealth", "Senior Adviser")
P("j_merge1", "Brian Walsh", "MedLeads", "SDR")
P("j_merge2", "Petra Schulz", "Fortbildung24", "Kundenbetreuung")
P("j_merge3", "Dr. Anil Shah", "DermaGlobal Conferences", "Program Director")
P("j_merge4", "Nina Hoffmann", "PraxisSoft", "Vertrieb")
P("j_fluent", "Dr. Constantin Bergmann", "HealthBridge Advisory", "Partner")
P("j_statgen", "Ahmed Raza", "Thesis & Stats Solutions", "Consultant")
P("j_editgen", "Emma Scott", "EditPerfect", "Customer Success")
P("j_ecrfgen", "Lukas Maier", "ClinTrial Solutions", "Sales")
P("s_bank", "Heilberufe Bank", "", "", url="https://www.linkedin.com/company/heilberufe-bank")
P("s_cme", "CMEnow", "", "", url="https://www.linkedin.com/company/cmenow")
P("s_soft", "Praxismanager Cloud", "", "", url="https://www.linkedin.com/company/praxismanager-cloud")

# ================================================================== GENUINE
C("genuine", "colleague_shift_swap", "de",
  "co-resident asks to swap a weekend night shift", [
      ("jonas", "2025-02-05 22:41", "Merle, Notfall-Frage: kannst du mit mir den Nachtdienst am 22. tauschen? Meine Schwester heiratet und ich hab's verpeilt. "
       "Ich nehm dafür deinen am 8. März, das ist eh ein Samstag 🙈"),
      ("me", "2025-02-05 23:05", "Klar, mach ich. Trag du es aber bitte bei Heike ein, ich hab keine Nerven für den Dienstplan heute"),
      ("jonas", "2025-02-05 23:06", "Du rettest mir das Leben ❤️"),
  ])

C("genuine", "supervisor_manuscript", "de",
  "supervisor sends comments on the manuscript and sets a deadline", [
      ("prof", "2025-03-12 07:15", "Liebe Merle, ich habe das Manuskript durch. Diskussion ist noch zu lang, und die Limitation mit den Projektionsartefakten "
       "im tiefen Plexus müssen wir offensiver angehen. Kommentare im Dokument. Schaffst du die Überarbeitung bis 28.3.? Dann kann es vor Ostern raus."),
      ("me", "2025-03-12 08:02", "Danke, Birte! Ja, 28.3. schaffe ich. Ich würde die Subgruppe mit HbA1c > 9 in den Supplement-Teil schieben, ok?"),
      ("prof", "2025-03-12 08:30", "Einverstanden."),
  ], attachments={0: "https://www.linkedin.com/dms/manuskript-octa-dr-v4-kommentare.docx"})

C("genuine", "collaborator_data_agreement", "en",
  "Danish co-author about a data use agreement and harmonising OCT-A scans", [
      ("soren", "2025-04-02 13:20", "Hi Merle! Our legal office finally approved the data use agreement. One remaining point: they want "
       "the pseudonymisation key to stay in Hamburg, which I think is fine for you? Also, did you manage to export the 6x6 scans with the same "
       "segmentation slab settings we agreed on?"),
      ("me", "2025-04-02 14:05", "Great news! Yes, the key stays with our trust office anyway. Scans are exported, 212 eyes so far, same slab settings. "
       "I'll upload to the SFTP after the DUA is signed on our side, hopefully next week."),
      ("soren", "2025-04-02 14:10", "Perfect. Skål!"),
  ])

C("genuine", "study_participant", "de",
  "study participant asks to move his appointment and about the expense allowance", [
      ("participant", "2025-03-04 09:30", "Sehr geehrte Frau Dr. Jansen, ich bin Teilnehmer in Ihrer Studie zur Netzhaut bei Diabetes. Mein Termin am 18. März "
       "passt leider nicht, da bin ich zur Kur. Geht auch Anfang April? Und bekomme ich die 30 Euro Fahrtgeld dann trotzdem? "
       "Mit freundlichen Grüßen H.-D. Brandt"),
      ("me", "2025-03-04 12:40", "Sehr geehrter Herr Brandt, kein Problem! Frau Tamm von der Studienzentrale ruft Sie an und gibt Ihnen einen Termin Anfang April. "
       "Die Aufwandsentschädigung bekommen Sie selbstverständlich auch dann. Kleiner Hinweis: ich bin noch keine Dr., aber danke für die Beförderung 😊"),
      ("participant", "2025-03-04 13:00", "Das kommt bestimmt bald! Vielen Dank."),
  ])

C("genuine", "study_participant_relative", "de",
  "daughter of a participant asks about results and eye drops", [
      ("daughter", "2025-05-21 19:15", "Guten Abend Frau Jansen, mein Vater (Herr Brandt) war letzte Woche bei Ihnen zur Studienuntersuchung. "
       "Er hat die Pupillen-Tropfen schlecht vertragen und war bis abends geblendet. Ist das normal? Und bekommt er einen Befund?"),
      ("me", "2025-05-21 20:30", "Guten Abend Frau Brandt-Möller, das ist leider normal und hält bis zu 6 Stunden an. Bitte nicht selbst Auto fahren nach der Untersuchung. "
       "Einen Befundbrief schicken wir an seinen Augenarzt, wenn wir etwas Auffälliges sehen. Ich rufe ihn morgen kurz an."),
      ("daughter", "2025-05-21 20:40", "Vielen Dank, das beruhigt mich."),
  ])

C("genuine", "congress_invitation", "en",
  "congress programme chair she knows invites her to give a talk with a travel grant", [
      ("nordic", "2025-06-10 10:00", "Dear Merle, the programme committee of the Nordic-German Retina Meeting (Copenhagen, 6-8 November) would be delighted "
       "if you presented your OCT-A progression data in the young investigators session, 10 minutes + 5 for questions. "
       "We can offer a travel grant of 600 EUR and waive the registration fee. Would you be available?"),
      ("me", "2025-06-10 11:15", "Dear Ingrid, thank you, I'm honoured! Yes, I'll be there. I'll check with Prof. Hinrichsen which dataset cut-off we can show."),
  ])

C("genuine", "reviewer_invitation", "en",
  "associate editor of a legitimate journal asks her to review", [
      ("editor", "2025-07-01 15:30", "Hi Merle, we met at the imaging workshop in Vienna last year. I'm handling a manuscript on OCT-A flow voids in "
       "proliferative DR and your name came up immediately. Would you be willing to review? The invitation comes via the system, "
       "I just wanted to say personally that it would really help."),
      ("me", "2025-07-01 17:45", "Hi Aisha, of course I remember! Happy to review, I'll accept in the system. 3 weeks ok?"),
      ("editor", "2025-07-01 17:50", "3 weeks is perfect, thank you!"),
  ])

C("genuine", "vendor_price_change", "de",
  "existing device vendor announces a higher service contract price for the study OCT", [
      ("zeissish", "2025-09-15 09:00", "Guten Morgen Frau Jansen, Sie sind ja bei uns als Ansprechpartnerin für das Studien-OCT eingetragen. "
       "Zur Info vorab: Der Servicevertrag für das Gerät verlängert sich zum 1.1. und steigt von 4.850 auf 5.320 € netto pro Jahr "
       "(neue Softwarelizenzen für die Angio-Analyse inklusive). Das offizielle Schreiben geht an den Einkauf. "
       "Falls Sie die Angio-Lizenz nicht brauchen, gibt es eine günstigere Variante."),
      ("me", "2025-09-15 10:20", "Danke für die Vorwarnung, Herr Brügmann. Die Angio-Lizenz brauchen wir unbedingt. Ich gebe es an den Einkauf und an Frau Prof. Hinrichsen weiter."),
  ])

C("genuine", "inbound_lead_buyer", "en",
  "medtech startup wants to hire her as a paid clinical advisor and asks for her rate", [
      ("startup", "2025-06-03 11:10", "Hi Merle, thanks for connecting. We're building an AI triage tool for diabetic retinopathy screening in pharmacies. "
       "Your paper on OCT-A artefacts is exactly the expertise we lack. Would you consider a paid advisory role, "
       "roughly 4 hours a month? What would your hourly rate be? We'd of course go through your hospital's secondary employment approval."),
      ("me", "2025-06-03 20:00", "Hi Leon, sounds interesting. I'd need the Nebentätigkeitsgenehmigung first, that takes ~4 weeks. "
       "For rates I'd orient myself on what advisory boards usually pay, around 150 EUR/h. Can you send me a short description of the role?"),
      ("startup", "2025-06-04 09:00", "150 works. Description is in your inbox. Thanks!"),
  ])

C("genuine", "inbound_lead_buyer", "de",
  "private eye practice wants to book her for a paid training talk for their staff", [
      ("praxis", "2025-02-12 13:00", "Liebe Frau Jansen, ich habe Ihren Vortrag bei der NOV-Fortbildung gehört. Hätten Sie Lust, für mein Praxisteam "
       "(12 MFA und 2 Orthoptistinnen) einen Abendvortrag zur OCT-Angiographie zu halten? Was würden Sie dafür verlangen?"),
      ("me", "2025-02-12 19:30", "Liebe Frau Dr. Voss, sehr gern! Für 60 Minuten plus Fragen würde ich 350 € nehmen. Ich müsste es als Nebentätigkeit anmelden, "
       "das ist aber Formsache. Passt ein Mittwochabend im April?"),
      ("praxis", "2025-02-13 08:15", "Wunderbar, der 16. April?"),
      ("me", "2025-02-13 08:30", "Notiert!"),
  ])

C("genuine", "peer_joint_offer", "de",
  "colleague from Kiel proposes a joint OCT-A wet lab and how to split the course fee", [
      ("kiel", "2025-04-28 21:00", "Moin Merle! Wilde Idee: wir beide machen auf der NOV-Tagung einen OCT-A-Hands-on-Kurs zusammen? "
       "Die zahlen pro Kurs 800 € an die Referenten. Du machst Artefakte und Segmentierung, ich die klinischen Fälle. 50/50?"),
      ("me", "2025-04-28 21:30", "Moin Hannes! Klingt super, bin dabei. 50/50 ist fair. Wir brauchen aber Geräte, ich frag Nadine von Optivance, ob sie eins stellen."),
      ("kiel", "2025-04-28 21:32", "Top 👍 Ich reich den Kursantrag ein."),
  ])

C("genuine", "recruiter_engaged", "de",
  "Swiss recruiter she contacted herself sends a concrete offer with salary", [
      ("me", "2025-08-15 20:10", "Liebe Frau Meier, danke für das Gespräch heute. Wie besprochen: ich schließe meinen Facharzt voraussichtlich im Herbst 2026 ab "
       "und interessiere mich für eine Stelle mit Forschungsanteil in der Deutschschweiz. Gerne unverbindlich auf dem Laufenden halten."),
      ("ch_recruit", "2025-08-18 10:00", "Liebe Frau Jansen, sehr gerne. Am Kantonsspital in der Ostschweiz wird ab Herbst 2026 eine Stelle als Oberärztin i.V. Retina frei, "
       "20 % Forschungszeit, Lohn ca. CHF 165'000. Unser Honorar trägt die Klinik, für Sie entstehen keine Kosten. Soll ich Ihr Profil anonym vorstellen?"),
      ("me", "2025-08-18 19:00", "Ja, gerne anonym."),
  ])

C("genuine", "doctoral_applicant", "de",
  "medical student applies for a doctoral thesis in her study", [
      ("student", "2025-04-23 17:45", "Hallo Frau Jansen, ich bin im 7. Semester und suche eine Doktorarbeit in der Augenheilkunde. "
       "Prof. Hinrichsen meinte, dass in Ihrer OCT-A-Studie noch ein Teilprojekt zur Choriokapillaris frei sein könnte. "
       "Ich habe ein Freisemester geplant und Erfahrung mit Python. Lebenslauf hängt an. Über eine Rückmeldung würde ich mich freuen!"),
      ("me", "2025-04-24 07:20", "Hallo Paul, ja, das Teilprojekt ist noch frei! Komm doch Donnerstag um 16 Uhr in die Studienzentrale, dann reden wir."),
  ], attachments={0: "https://www.linkedin.com/dms/cv-paul-wendt.pdf"})

C("genuine", "research_intern_applicant", "en",
  "Portuguese medical student applies for a research elective", [
      ("erasmus", "2025-01-31 12:00", "Dear Ms Jansen, I'm a 5th-year medical student in Porto. I read your group's paper on OCT-A and would love to do "
       "a 2-month research elective in your team this autumn (Erasmus funded, so no cost for you). My German is B1. Would this be possible?"),
      ("me", "2025-01-31 18:40", "Dear Inês, thanks for reaching out! Autumn could work. Please send a CV and a short motivation letter, I'll discuss it with my supervisor."),
      ("erasmus", "2025-02-01 09:10", "Obrigada! Sent both by email."),
  ])

C("genuine", "journalist_request", "de",
  "health journalist asks for an interview on children's myopia", [
      ("journo", "2025-10-07 11:30", "Hallo Frau Jansen, ich schreibe für den Elbe-Kurier über Kurzsichtigkeit bei Kindern und Handynutzung. "
       "Die Pressestelle hat Sie empfohlen. Hätten Sie diese Woche 15 Minuten für ein Telefonat?"),
      ("me", "2025-10-07 13:10", "Hallo Frau Roloff, gern, aber mein Schwerpunkt ist eigentlich die Netzhaut. Ich kann die Grundlagen erklären und Sie an unsere Kinder-Sprechstunde verweisen. "
       "Freitag 14 Uhr?"),
      ("journo", "2025-10-07 13:20", "Perfekt, danke!"),
  ])

C("genuine", "thank_you_after_talk", "en",
  "thank-you after her Copenhagen talk (1 of 3 near-duplicates)", [
      ("ty1", "2025-11-08 19:00", "Hi Merle, thanks for your great talk today in Copenhagen! The slide on projection artefacts in the DCP was super useful. "
       "We see the same in Odense."),
  ])
C("genuine", "thank_you_after_talk", "en",
  "thank-you after her Copenhagen talk (2 of 3 near-duplicates)", [
      ("ty2", "2025-11-08 20:30", "Thank you for the talk this afternoon, Merle! Really enjoyed it, especially the part on projection artefacts. "
       "Would love to stay in touch."),
      ("me", "2025-11-09 08:00", "Thank you Laura, likewise!"),
  ])
C("genuine", "thank_you_after_talk", "de",
  "thank-you after her Copenhagen talk (3 of 3 near-duplicates, in German)", [
      ("ty3", "2025-11-09 10:15", "Hallo Merle, danke für deinen tollen Vortrag gestern in Kopenhagen! Die Folie zu den Projektionsartefakten "
       "hab ich direkt abfotografiert 😄 Grüße aus Lübeck"),
      ("me", "2025-11-09 11:00", "Danke Felix! Schick ich dir gern als PDF."),
  ])

C("genuine", "collaborator_spam_folder", "en",
  "French co-author sends data and authorship question; landed in SPAM", [
      ("lyon", "2025-12-03 16:40", "Hi Merle, the Lyon cohort export is ready (94 eyes, same protocol). Before I send it: "
       "for the multicentre paper, would it be ok to have two authors from our side? My fellow did most of the grading. "
       "Bises, Camille"),
  ], folder="SPAM")

C("genuine", "owner_asks_for_code", "en",
  "owner started: asks a London research fellow for their segmentation code", [
      ("me", "2025-02-26 21:15", "Hi James, I really liked your poster on automated slab correction at the London meeting. "
       "Is the code available? We have the same problem with deep capillary plexus artefacts in our DR cohort and I'd love to compare."),
      ("london", "2025-02-27 09:30", "Hi Merle, thanks! It's going on GitHub once the paper is accepted, but I can share a private link now if you promise not to laugh at the code 😅"),
      ("me", "2025-02-27 10:00", "Promise! Thank you so much."),
  ])

C("genuine", "owner_asks_old_mentor", "de",
  "owner started: asks her former senior physician about a visiting stay", [
      ("me", "2025-05-06 19:30", "Lieber Matthias, lange nichts gehört! Ich würde gern zwei Wochen bei euch in Bremen hospitieren, "
       "um eure Makula-Sprechstunde kennenzulernen. Wäre das im Herbst denkbar?"),
      ("oa_alt", "2025-05-08 07:45", "Liebe Merle, wie schön von dir zu hören! Natürlich, melde dich bei unserem Sekretariat, ich sag dort Bescheid. Oktober wäre ideal."),
  ])

C("genuine", "friend_personal", "de",
  "old friend from medical school, small talk", [
      ("friend_de", "2025-08-30 18:20", "Merlchen! Lust auf Fischbrötchen an den Landungsbrücken am Sonntag? Ich hab endlich mal kein Wochenende Dienst 😭"),
      ("me", "2025-08-30 18:45", "JA! Ich hab Freitag Nacht, also Sonntag mittags? Dann bin ich wieder ein Mensch."),
      ("friend_de", "2025-08-30 18:46", "13 Uhr Brücke 10!"),
  ])

C("genuine", "long_standing_mentor", "en",
  "former elective supervisor in Edinburgh, long-standing contact", [
      ("edinburgh", "2025-12-20 12:00", "Merle, merry Christmas! Saw your Copenhagen talk was mentioned in the meeting newsletter. "
       "Seven years since you were the German student who asked more questions than all my registrars. Proud of you."),
      ("me", "2025-12-20 14:30", "Fiona, that made my day! Merry Christmas to you and Alasdair. I still use your slit lamp tricks every day."),
  ])

C("genuine", "colleague_question", "en",
  "international research fellow asks about the German specialist exam", [
      ("fellow", "2025-09-09 13:05", "Hi Merle, quick question: for the Facharzt exam, do they really ask about the Weiterbildungskatalog numbers? "
       "My logbook has 40 intravitreal injections too few and I'm panicking a bit."),
      ("me", "2025-09-09 13:30", "Don't panic! They check the logbook before admitting you, not in the exam itself. Talk to Heike, she can put you on the IVOM list more often."),
      ("fellow", "2025-09-09 13:32", "Thank you, that helps a lot 🙏"),
  ])

C("genuine", "study_nurse_logistics", "de",
  "study nurse about participant visits and missing consent forms", [
      ("nurse", "2025-06-18 08:10", "Moin Merle, bei zwei Teilnehmern fehlt die zweite Seite der Einwilligung (Datenschutz). "
       "Kannst du die beim nächsten Termin nachholen? Und Herr Brandt kommt am Donnerstag um 9."),
      ("me", "2025-06-18 08:25", "Moin Birgit, mach ich. Leg mir die Bögen bitte ins Fach. Danke!"),
  ])

C("genuine", "statistician_question", "de",
  "in-house statistician about the mixed model for both eyes", [
      ("me", "2025-03-20 16:00", "Hallo Ole, Reviewer 2 will, dass wir die Korrelation zwischen beiden Augen berücksichtigen. "
       "Reicht ein Random Intercept pro Patient oder brauchen wir GEE?"),
      ("stats", "2025-03-21 10:20", "Hallo Merle, Random Intercept reicht bei euren Fallzahlen. Ich schick dir den R-Code, musst nur die Variablennamen anpassen."),
      ("me", "2025-03-21 10:25", "Du bist Gold wert!"),
  ])

C("genuine", "congress_poster", "de",
  "regional society office confirms her poster and registration fee waiver", [
      ("nov", "2025-01-20 10:30", "Liebe Frau Jansen, Ihr Abstract zur OCT-A-Progression wurde als Poster angenommen. "
       "Als Assistenzärztin unter 35 ist die Tagungsgebühr für Sie erlassen. Bitte melden Sie sich trotzdem bis 15.2. online an."),
      ("me", "2025-01-20 12:00", "Vielen Dank, Frau Dr. Lorenzen, das ist eine schöne Nachricht!"),
  ])

C("genuine", "department_admin", "de",
  "department office about her rotation and the duty roster", [
      ("sekretariat", "2025-10-21 14:00", "Liebe Frau Jansen, der Chef möchte Sie ab Januar für 6 Monate in die OP-Rotation nehmen. "
       "Bitte sagen Sie mir bis Freitag, ob Sie Ihre Forschungstage mittwochs behalten wollen, dann plane ich das ein."),
      ("me", "2025-10-21 15:30", "Liebe Frau Wulff, danke! Ja, bitte die Mittwoche behalten, sonst schaffe ich die Doktorarbeit nie 😅"),
  ])

C("genuine", "vendor_price_change", "de",
  "locum agency she already works with announces a new hourly rate", [
      ("locum_known", "2025-03-25 11:00", "Hallo Merle, kurze Info: ab April zahlen wir für augenärztliche Wochenenddienste 95 € statt 90 € die Stunde, "
       "weil die Kliniken in Schleswig-Holstein höhere Sätze akzeptieren. Möchtest du im Mai wieder Dienste in Heide übernehmen?"),
      ("me", "2025-03-25 19:10", "Hallo Jan, schön! Mai geht nur das Wochenende 17./18. Trag mich da bitte ein."),
  ])

C("genuine", "advisory_board_invitation", "en",
  "MSL she knows invites her to an advisory board with an honorarium", [
      ("msl", "2025-10-15 09:40", "Hi Merle, we're holding a small advisory board in Frankfurt on 24 January on imaging endpoints in DR trials. "
       "8 participants, honorarium 1,200 EUR plus travel, contract via your hospital's compliance process. Would you be interested?"),
      ("me", "2025-10-15 12:00", "Hi Rachel, interested, yes. Please send the formal invitation so compliance can review it."),
  ])

C("genuine", "conference_friend", "en",
  "friend from a conference in Toronto, small talk", [
      ("arvo_friend", "2026-01-05 03:10", "Happy new year Merle!! Are you coming to the meeting in Salt Lake this May? We need our karaoke duo back 🎤"),
      ("me", "2026-01-05 09:00", "Happy new year Emily! Abstract submitted, fingers crossed. The karaoke duo is non-negotiable 😂"),
  ])

C("genuine", "device_loan_logistics", "de",
  "application specialist she knows schedules a loaner device for the wet lab", [
      ("rep_known", "2025-05-02 10:15", "Hi Merle, Hannes hat mir von eurem Hands-on-Kurs erzählt. Ich kann zwei OCT-Geräte für die NOV-Tagung stellen, "
       "inklusive Aufbau. Brauche nur bis Ende Mai die Raumnummer."),
      ("me", "2025-05-02 11:00", "Nadine, du bist die Beste! Raumnummer kommt, sobald wir sie haben."),
  ])

C("genuine", "research_program", "de",
  "clinician scientist programme coordinator about protected research time", [
      ("csp", "2025-11-24 13:00", "Liebe Frau Jansen, Ihr Antrag auf Verlängerung der Forschungsfreistellung (6 Monate ab Juli 2026) wurde bewilligt. "
       "Herzlichen Glückwunsch! Bitte reichen Sie bis 31.1. den Zwischenbericht ein."),
      ("me", "2025-11-24 14:45", "Das ist großartig, vielen Dank! Bericht kommt rechtzeitig."),
  ])

C("genuine", "collaborator_follow_up", "en",
  "owner started: follows up with Danish collaborator about the first joint results", [
      ("me", "2026-01-20 17:00", "Hi Søren, first pooled analysis is done: the vessel density drop predicts progression in both cohorts, "
       "HR 1.8 in Hamburg and 1.6 in Aarhus. Call next week to plan the paper?"),
      ("soren", "2026-01-20 18:15", "Wow, that's consistent! Tuesday 14:00 CET?"),
      ("me", "2026-01-20 18:20", "Tuesday works!"),
  ])

C("genuine", "owner_thanks_organiser", "en",
  "owner started: thanks the congress chair and asks about the session recording", [
      ("me", "2025-11-10 09:30", "Dear Ingrid, thank you again for the invitation, Copenhagen was wonderful and the questions after the talk were really useful. "
       "Will the young investigators session be recorded? My supervisor couldn't come and would love to see the discussion."),
      ("nordic", "2025-11-10 13:00", "Dear Merle, it was a pleasure! Yes, recordings go online for members in about two weeks, I'll send you a personal link. "
       "And do submit again next year."),
  ])

# ================================================================== WANTED PITCHES
C("wanted_pitch", "device_paper_reference", "en",
  "imaging vendor references her paper on segmentation artefacts and offers a fitting software module", [
      ("w_device", "2025-04-15 10:20", "Dear Merle, I read your paper on projection artefacts in the deep capillary plexus with great interest. "
       "In table 3 you note that 18% of scans had to be excluded because of segmentation errors in eyes with macular oedema. "
       "Our new projection-resolved analysis module was built for exactly that case, and it reads the raw files from the device your study uses. "
       "We'd be glad to run your excluded scans through it for free, so you can see if they become usable."),
      ("me", "2025-04-15 19:00", "That's a fair offer. Let me check with our data protection office whether we can share pseudonymised raw files."),
  ])

C("wanted_pitch", "statistician_abstract_reference", "en",
  "freelance biostatistician references her congress abstract and its specific method issue", [
      ("w_stats", "2025-05-12 08:30", "Hi Merle, I saw your abstract in the meeting book (poster B-112). You report vessel density change per eye with a t-test, "
       "but with 212 eyes from 118 patients that ignores the inter-eye correlation, which reviewers will flag. I'm a freelance biostatistician "
       "focused on ophthalmic trials; I'd be happy to re-run it as a mixed model. If your institute's biometry unit already helps you, ignore me, no hard feelings."),
      ("me", "2025-05-12 12:15", "Ha, you're right, and a reviewer already did. Our biometry colleague fixed it, but I'll keep your contact for the Aarhus pooling."),
  ])

C("wanted_pitch", "editing_mutual_contact", "en",
  "editing service introduced by name through a mutual contact", [
      ("w_edit", "2025-08-05 14:00", "Dear Merle, Dr. Camille Rousseau in Lyon mentioned that you're preparing the multicentre OCT-A paper and that the "
       "English of the discussion still needs work. We edited her last two retina papers. For a 4,500-word manuscript our substantive edit costs 420 EUR, "
       "turnaround 5 days, and we keep the terminology consistent with your earlier publications. Happy to do a free sample page."),
  ])

C("wanted_pitch", "locum_relevant", "de",
  "locum agency offers ophthalmology weekend services that fit her stage and region", [
      ("w_locum", "2025-09-03 09:00", "Liebe Frau Jansen, ich habe gesehen, dass Sie im 4. Weiterbildungsjahr Augenheilkunde sind und bereits für die Westküste Dienste gemacht haben. "
       "Die Augenklinik in Flensburg sucht für Oktober bis Dezember Honorarärztinnen für Wochenend-Rufdienste, ausdrücklich auch in Weiterbildung "
       "mit Facharzt-Hintergrund im Haus. 100 €/Std., Unterkunft gestellt. Wäre das für Sie interessant?"),
      ("me", "2025-09-03 20:00", "Durchaus! Welche Wochenenden genau?"),
  ])

C("wanted_pitch", "recruiter_relevant_role", "de",
  "recruiter with a relevant senior position with research time after her specialist exam", [
      ("w_oa", "2025-12-02 10:30", "Sehr geehrte Frau Jansen, eine norddeutsche Augenklinik mit eigener Retina-Forschungsgruppe sucht zum Herbst 2026 "
       "eine Fachärztin mit OCT-A-Schwerpunkt, 25 % Forschungszeit und Option auf Habilitation. Ihre Publikationen zur Diabetischen Retinopathie "
       "passen genau ins Profil, und der Zeitpunkt deckt sich mit Ihrem voraussichtlichen Facharztabschluss. Darf ich Ihnen Details schicken?"),
  ])

C("wanted_pitch", "ecrf_registry_reference", "de",
  "eCRF vendor references her study entry in the public trial register", [
      ("w_ecrf", "2025-07-08 11:00", "Guten Tag Frau Jansen, im Deutschen Register Klinischer Studien ist Ihre ELBE-DR-Studie mit 3 Visiten pro Jahr und "
       "geplant 300 Teilnehmenden eingetragen, dazu die Erweiterung um Aarhus und Lyon. Multizentrische Studien mit Papier-CRFs oder Excel stoßen da schnell "
       "an Grenzen. StudyFlow ist für akademische Studien bis 500 Teilnehmende kostenlos, DSGVO-konform in Frankfurt gehostet. "
       "Wollen Sie einen Testzugang?"),
  ])

C("wanted_pitch", "fundus_adapter_talk_reference", "de",
  "smartphone fundus adapter founder references her talk at a community screening event", [
      ("w_fundus", "2025-09-26 08:15", "Moin Frau Jansen, ich war beim Diabetes-Tag im Bürgerhaus Wilhelmsburg, als Sie erzählt haben, dass viele Patienten "
       "nie zum Augenarzt gehen und Sie für das Screening eigentlich eine mobile Lösung bräuchten. Wir bauen in Hamburg einen Smartphone-Fundusadapter "
       "für genau solche Einsätze. Ich würde Ihnen gern zwei Geräte für den nächsten Screening-Tag leihen, kostenlos."),
      ("me", "2025-09-26 12:30", "Das klingt gut! Der nächste Screening-Tag ist im November."),
  ])

C("wanted_pitch", "reference_tool_setup", "en",
  "research tool maker references her posted workflow (Zotero + LaTeX) and a concrete gap", [
      ("w_tool", "2025-11-18 16:20", "Hi Merle, your post about your thesis setup (Zotero, Better BibTeX, Overleaf) mentioned that the citations from your "
       "Zotero group with Aarhus keep duplicating. Citely syncs a Zotero group library into Overleaf and merges DOI duplicates. "
       "It's free for PhD students. No pressure, I just thought it solves the exact thing you complained about."),
  ])

C("wanted_pitch", "journal_special_issue_talk", "en",
  "guest editor invites a submission referencing her Copenhagen talk and states the fee openly", [
      ("w_journal", "2025-11-12 09:00", "Dear Ms Jansen, I chaired the session after yours in Copenhagen and your progression data would fit our "
       "special issue on OCT-A biomarkers in diabetic eye disease (deadline 30 April). Full disclosure: the journal is open access with an APC of "
       "1,900 EUR; your university has a publishing agreement that covers it. Would you consider submitting?"),
  ])

C("wanted_pitch", "illustrator_figure_specific", "en",
  "medical illustrator names a concrete problem with a figure in her paper", [
      ("w_illu", "2025-06-25 20:00", "Hi Merle, in your latest paper, figure 2 (the layer schematic) uses red and green for SCP and DCP, "
       "which about 8% of male readers, incl. some ophthalmologists, can't tell apart. I'm a medical illustrator in Hamburg. I'd redraw it colour-blind safe "
       "for your thesis for 180 EUR, and you'd keep full rights. Happy to send a quick sketch."),
      ("me", "2025-06-25 21:10", "Oh no, you're right. Send the sketch!"),
  ])

C("wanted_pitch", "participant_travel_specific", "de",
  "study payment provider references her post about participants dropping out due to travel costs", [
      ("w_travel", "2025-10-01 10:00", "Hallo Frau Jansen, Sie haben geschrieben, dass Ihnen in ELBE-DR Teilnehmende aus dem Umland abspringen, weil "
       "die Fahrtkostenerstattung sechs Wochen dauert. Mit StudyPay bekommen Teilnehmende nach der Visite sofort eine aufladbare Karte, die Abrechnung läuft "
       "über Ihr Drittmittelkonto. Zwei Unikliniken in Norddeutschland nutzen das schon. Darf ich es Ihnen und der Studienzentrale zeigen?"),
  ])

C("wanted_pitch", "tax_advisor_side_income", "de",
  "tax advisor for medical professions refers to her locum and advisory side income", [
      ("w_tax", "2026-01-14 09:15", "Liebe Frau Jansen, Sie erwähnten in einem Beitrag, dass Sie neben der Klinik Honorardienste und seit diesem Jahr auch "
       "Beratertätigkeiten machen. Dann werden Einkünfte aus selbständiger Arbeit fällig, oft mit Umsatzsteuerfrage beim Advisory Board. "
       "Ich betreue viele Klinikärztinnen genau in dieser Konstellation, die Erstberatung ist kostenlos."),
      ("me", "2026-01-14 19:20", "Das Thema schiebe ich tatsächlich vor mir her. Gerne ein Termin im Februar."),
  ])

# ================================================================== JUNK
C("junk", "predatory_journal", "en", "predatory journal call for papers with APC and flattery", [
    ("j_pred1", "2025-02-17 03:20", "Dear Esteemed Dr. Merle Jansen, Greetings from the Journal of Ophthalmic Science and Clinical Research! "
     "We have gone through your eminent article and are highly impressed. We cordially invite you to submit your valuable manuscript "
     "(research, review, case report, short communication) for our upcoming issue. Article processing charge is only USD 699. "
     "Kindly submit within 48 hours. Await your positive response."),
])
C("junk", "predatory_conference", "en", "predatory conference selling a speaker slot", [
    ("j_pred2", "2025-04-09 05:45", "Dear Dr. Jansen, On behalf of the organizing committee, we are pleased to invite you as a Speaker at the "
     "3rd International Summit on Eye and Vision Science in Dubai, UAE. Speaker registration: USD 849 (includes lunch and certificate). "
     "Kindly confirm your slot and share your biography."),
    ("j_pred2", "2025-04-23 05:45", "Dear Dr. Jansen, Gentle reminder! Limited slots remaining. Early bird registration ends soon."),
])
C("junk", "predatory_book_chapter", "en", "book chapter invitation with a publication fee", [
    ("j_pred3", "2025-07-22 07:10", "Dear Dr. Jansen, Based on your expertise in Ophthalmology, we would like to invite you to contribute a chapter "
     "to our forthcoming book 'Advances in Eye Diseases'. Chapter publication fee: 550 EUR. Please send your chapter title within one week."),
])
C("junk", "paid_award", "en", "paid award with a registration fee", [
    ("j_award", "2025-05-30 12:00", "Dear Dr. Merle Jansen, Congratulations! You have been selected as a finalist for the 'Top Young Ophthalmologist "
     "Award 2025'. To accept your award, please complete the registration (EUR 495), which includes your trophy, certificate and gala dinner in London."),
])
C("junk", "paid_podcast", "de", "podcast guest slot with a fee", [
    ("j_podcast", "2025-08-12 18:00", "Hallo Merle! Wir würden dich gerne als Gast in 'Ärzte unter sich' einladen, über 5.000 Hörer aus der Medizin! "
     "Für Schnitt und Promotion fällt eine Pauschale von 290 € an. Lust?"),
])
C("junk", "irrelevant_recruiter", "de", "recruiter with a head-of-internal-medicine job, irrelevant", [
    ("j_chefarzt", "2025-03-03 08:00", "Sehr geehrte Frau Jansen, für eine Klinik in Thüringen suchen wir eine/n Chefarzt/Chefärztin Innere Medizin "
     "mit Schwerpunkt Gastroenterologie. Attraktives Gehalt, Dienstwagen. Darf ich Ihnen mehr verraten?"),
])
C("junk", "irrelevant_recruiter", "de", "rural GP job mass message", [
    ("j_landarzt", "2025-06-16 10:30", "Hallo! 🏡 Landarzt werden in Mecklenburg-Vorpommern! Wir suchen Fachärzte für Allgemeinmedizin (m/w/d) "
     "mit Umsatzgarantie und Niederlassungsförderung. Melden Sie sich für ein unverbindliches Gespräch!"),
])
C("junk", "generic_locum_mass", "de", "locum agency mass message (counterpart of the tailored locum offer)", [
    ("j_honorar", "2025-09-04 07:00", "Liebe Ärztinnen und Ärzte, wir suchen bundesweit Honorarärzte aller Fachrichtungen! "
     "Top-Stundensätze, freie Zeiteinteilung. Jetzt registrieren und sofort Einsätze erhalten."),
])
C("junk", "generic_device_sale", "de", "slit lamp sale pitch to a resident who does not buy equipment", [
    ("j_spalt", "2025-05-14 13:00", "Sehr geehrte Frau Jansen, nur diesen Monat: Spaltlampen und Phoropter zum Aktionspreis! "
     "Ideal für Ihre Praxis. Gerne erstelle ich Ihnen ein individuelles Angebot."),
])
C("junk", "offtopic_practice_sale", "de", "dermatology practice for sale, off-topic", [
    ("j_praxis", "2025-10-28 09:00", "Sehr geehrte Frau Kollegin, zur Übernahme steht eine gut eingeführte Hautarztpraxis in Pinneberg (KV-Sitz, 2.800 Scheine/Quartal). "
     "Bei Interesse sende ich Ihnen gerne das Exposé."),
])
C("junk", "offtopic_real_estate", "de", "tax-saving real estate for doctors", [
    ("j_immo", "2025-11-03 19:45", "Sehr geehrte Frau Jansen, als Ärztin zahlen Sie vermutlich zu viel Steuern. Mit einer Denkmalimmobilie in Leipzig "
     "sparen Sie bis zu 15.000 € pro Jahr. Ich zeige Ihnen gerne in 20 Minuten, wie das funktioniert."),
])
C("junk", "offtopic_crypto", "de", "crypto mass message", [
    ("j_krypto", "2025-12-10 22:00", "Hey Merle 👋 Ärztinnen arbeiten viel zu viel für ihr Geld. Ich zeige dir, wie du mit Krypto-Staking ein zweites Einkommen aufbaust. "
     "Interesse an einem kostenlosen Webinar?"),
])
C("junk", "generic_insurance", "de", "disability insurance pitch for doctors", [
    ("j_bu", "2025-02-24 12:15", "Liebe Frau Jansen, haben Sie als junge Ärztin schon an Ihre Berufsunfähigkeitsversicherung gedacht? "
     "Jetzt ist der günstigste Zeitpunkt! Ich berate Sie gerne kostenlos."),
])
C("junk", "offer_what_she_sells", "en", "tele-ophthalmology reading service pitched to an ophthalmologist who reads OCTs herself", [
    ("j_tele", "2025-03-26 06:30", "Hi Merle, is your team overwhelmed with OCT reading? VisionRead provides 24/7 remote reading of OCT and fundus images "
     "by board-certified ophthalmologists, reports within 24 hours. Let's discuss how we can support your department."),
])
C("junk", "offer_what_she_sells", "en", "medical writing agency offers to write her publications", [
    ("j_writing", "2025-06-30 11:00", "Dear Dr. Jansen, struggling to find time to publish? MedWrite Pro's team of PhD writers can turn your data into "
     "a publication-ready manuscript in 4 weeks. Packages from $2,400. Reply to learn more."),
])
C("junk", "capacity_for_new_clients", "en", "asks a resident if she has capacity for new patients", [
    ("j_capacity", "2025-08-19 15:00", "Hi Merle, quick question, do you have capacity for more private patients? We help eye clinics fill their LASIK "
     "and cataract calendars with paid ads. Clinics see 30+ new consults a month."),
])
C("junk", "like_minded", "en", "let's connect as like-minded physician entrepreneurs", [
    ("j_likeminded", "2025-04-04 20:00", "Hi Merle, I love connecting with like-minded physicians who think beyond the clinic. "
     "Let's connect and explore how we can create value together! 🌍"),
])
C("junk", "quick_15_min_call", "en", "quick 15-minute call for an AI scribe", [
    ("j_15min", "2025-10-22 16:30", "Hi Merle, do you have 15 minutes this week? I'd love to show you how ScribeAI saves doctors 2 hours a day on documentation. "
     "Here's my calendar link, grab any slot: calendly.com/scribeai-rachel/15"),
])
C("junk", "connect_then_pitch", "de", "venture partner: small talk, she replies, pitch in message 3", [
    ("j_ctp1", "2025-03-17 10:30", "Danke fürs Vernetzen, Merle! Wie ist es gerade an der Uniklinik, viel los?"),
    ("me", "2025-03-17 21:00", "Gerne! Ja, wie immer 😅"),
    ("j_ctp1", "2025-03-18 08:15", "Kann ich mir vorstellen! Wir investieren mit einem Club von Ärzten in MedTech-Startups, Mindestbeteiligung 25.000 €. "
     "Ich würde dir gern unser aktuelles Portfolio in einem kurzen Call vorstellen."),
])
C("junk", "connect_then_pitch", "de", "financial adviser: compliment, then pitch, no reply", [
    ("j_ctp2", "2025-06-23 21:30", "Hallo Merle, schön, dass wir jetzt vernetzt sind! Augenheilkunde, tolles Fach."),
    ("j_ctp2", "2025-06-25 20:00", "Sag mal, hast du dich schon mal mit deiner Finanzplanung beschäftigt? Gerade in der Facharztausbildung verschenken viele Ärztinnen Potenzial. "
     "Ich biete eine kostenlose Erstanalyse an."),
    ("j_ctp2", "2025-07-02 20:00", "Hallo Merle, hast du meine Nachricht gesehen? 😊"),
])
C("junk", "connect_then_pitch", "en", "e-learning partnerships: small talk then pitch", [
    ("j_ctp3", "2025-10-13 09:00", "Hi Merle, thanks for connecting! Love seeing young ophthalmologists active on LinkedIn."),
    ("j_ctp3", "2025-10-15 09:00", "By the way, OptiLearn offers 200+ CME-accredited video courses for ophthalmologists. "
     "Institutional licences for your department start at 2,900 EUR/year. Can I send a proposal to you or your department head?"),
])
C("junk", "connect_then_pitch", "de", "hospital services seller: greeting, she answers, then pitch", [
    ("j_ctp4", "2026-01-12 16:45", "Hallo Frau Jansen, danke für die Annahme! Frohes neues Jahr noch 🎆"),
    ("me", "2026-01-12 20:00", "Danke, Ihnen auch!"),
    ("j_ctp4", "2026-01-13 08:30", "Wir bieten Kliniken Reinigungs- und Sterilgutlogistik aus einer Hand. Könnten Sie mir sagen, wer bei Ihnen für den Einkauf zuständig ist?"),
])
C("junk", "follow_up_bumps", "en", "research services pitch with bumps, never answered", [
    ("j_bump", "2025-05-05 11:00", "Hi Merle, ResearchBoost helps clinicians publish faster with our data analysis and manuscript support services. Interested?"),
    ("j_bump", "2025-05-12 11:00", "Hi Merle, following up on this!"),
    ("j_bump", "2025-05-19 11:00", "Just bumping this up in case it got lost 🙂"),
    ("j_bump", "2025-06-02 11:00", "Hi Merle, last try, should I close the loop?"),
])
C("junk", "template_finance_for_doctors", "de", "template 1/5: financial planning for young doctors", [
    ("j_tpl1", "2025-01-27 18:00", "Hallo Frau Jansen, als Assistenzärztin stehen Sie vor wichtigen finanziellen Entscheidungen: Berufsunfähigkeit, Altersvorsorge, "
     "Versorgungswerk. Ich begleite junge Ärztinnen in Hamburg auf diesem Weg. Hätten Sie Lust auf ein unverbindliches Kennenlernen?"),
])
C("junk", "template_finance_for_doctors", "de", "template 2/5: same template, other sender", [
    ("j_tpl2", "2025-03-31 19:10", "Liebe Frau Jansen, als junge Assistenzärztin stehen Sie jetzt vor wichtigen finanziellen Weichenstellungen: BU, Altersvorsorge, "
     "Versorgungswerk. Ich begleite Ärztinnen in Norddeutschland dabei. Wie wäre ein unverbindliches Kennenlernen?"),
])
C("junk", "template_finance_for_doctors", "de", "template 3/5: same template, slightly reworded", [
    ("j_tpl3", "2025-07-14 17:30", "Hallo Merle, in der Facharztausbildung stehen wichtige Finanzentscheidungen an: Berufsunfähigkeit, Vorsorge, Versorgungswerk. "
     "Ich unterstütze Ärztinnen und Ärzte in Hamburg dabei. Lust auf einen unverbindlichen Kaffee?"),
])
C("junk", "template_finance_for_doctors", "de", "template 4/5: same template with a bump", [
    ("j_tpl4", "2025-09-29 18:45", "Hallo Frau Jansen, als Assistenzärztin stehen bei Ihnen sicher wichtige finanzielle Entscheidungen an (BU, Altersvorsorge, Versorgungswerk). "
     "Ich begleite junge Medizinerinnen dabei. Hätten Sie Interesse an einem kurzen, unverbindlichen Kennenlernen?"),
    ("j_tpl4", "2025-10-06 18:45", "Hallo Frau Jansen, ich wollte mich noch einmal kurz melden 🙂"),
])
C("junk", "template_finance_for_doctors", "en", "template 5/5: same template in English", [
    ("j_tpl5", "2025-12-01 10:00", "Hi Merle, as a resident doctor you're facing some big financial decisions: income protection, pension, and the medical "
     "pension fund. I help young doctors in Germany navigate this. Would you be open to a no-obligation intro call?"),
])
C("junk", "merge_tag_failure", "en", "merge tag failure: {first_name}", [
    ("j_merge1", "2025-02-10 14:00", "Hi {first_name}, I noticed {hospital} is expanding its {specialty} department. We help hospitals reduce no-shows by 40%. "
     "Open to a quick chat?"),
])
C("junk", "merge_tag_failure", "de", "merge tag failure: {{Titel}} {{Nachname}}", [
    ("j_merge2", "2025-05-26 07:30", "Sehr geehrte/r {{Titel}} {{Nachname}}, sichern Sie sich jetzt Ihre CME-Punkte für 2025! "
     "Über 500 zertifizierte Fortbildungen ab 9,90 € im Monat."),
])
C("junk", "merge_tag_failure", "en", "wrong specialty in a mass invitation", [
    ("j_merge3", "2025-08-27 06:00", "Dear Dr. Jansen, as a leading dermatologist, you are invited to speak at the World Dermatology & Cosmetology Congress 2026. "
     "Please confirm your participation and submit your abstract."),
])
C("junk", "merge_tag_failure", "de", "placeholder [Praxisname] left in", [
    ("j_merge4", "2025-11-19 11:20", "Liebe Frau Jansen, wie zufrieden ist [Praxisname] mit der aktuellen Praxissoftware? PraxisSoft bietet Terminbuchung, "
     "Abrechnung und Telematik in einer Lösung. Darf ich Ihnen eine Demo zeigen?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail from a bank for medical professions", [
    ("s_bank", "2025-04-22 12:00", "<p>Liebe Frau Jansen,</p><p>Berufseinstieg in der Medizin? Mit dem Heilberufe-Konto&nbsp;Start "
     "erhalten Assistenzärztinnen 12 Monate kostenlose Kontoführung &amp; eine Kreditkarte.</p><p>Jetzt eröffnen</p>"),
], title="Sponsored Conversation", subject="Ihr Konto für den Berufsstart")
C("junk", "sponsored_inmail", "en", "Sponsored InMail from a CME platform", [
    ("s_cme", "2025-09-10 12:00", "<p>Hi Merle,</p><p>Earn CME credits on your commute. CMEnow offers 1,000+ accredited courses &ndash; "
     "<strong>first month free</strong>.</p><p>Start learning</p>"),
], title="Sponsored Conversation", subject="Free CME for a month")
C("junk", "sponsored_inmail", "de", "Sponsored InMail from practice software", [
    ("s_soft", "2026-02-03 12:00", "<p>Hallo Merle,</p><p>Sie planen die Niederlassung? Praxismanager Cloud macht den Start leicht &ndash; "
     "Terminbuchung, Abrechnung, TI.</p><p>Demo anfordern</p>"),
], title="Sponsored Conversation", subject="Ihre eigene Praxis, digital von Anfang an")
C("junk", "fluent_generic_names_company", "en", "fluent pitch naming her hospital but could be sent to anyone", [
    ("j_fluent", "2025-07-29 10:00", "Dear Merle, I've followed the impressive work coming out of Universitätsklinikum Hamburg-Elbe for some time. "
     "Institutions like yours face growing pressure to deliver excellent care while staying financially resilient. HealthBridge partners with "
     "forward-looking clinicians to turn ideas into impact. I'd welcome a brief exchange to learn about your priorities and share some perspectives."),
])
C("junk", "generic_counterpart_stats", "en", "generic thesis and statistics service (counterpart of the tailored biostatistician)", [
    ("j_statgen", "2025-05-13 04:30", "Hello Doctor, we provide SPSS, R, STATA data analysis, thesis writing and plagiarism removal for PhD scholars. "
     "100% satisfaction, fast delivery. WhatsApp us for a quote."),
])
C("junk", "generic_counterpart_editing", "en", "generic editing service (counterpart of the referred editing service)", [
    ("j_editgen", "2025-08-06 09:00", "Hi Merle, need English editing? EditPerfect offers fast, affordable editing for all academic fields. "
     "Get 20% off your first order with code FIRST20."),
])
C("junk", "generic_counterpart_ecrf", "de", "generic clinical trial software (counterpart of the registry-based eCRF pitch)", [
    ("j_ecrfgen", "2025-07-09 10:00", "Sehr geehrte Damen und Herren, ClinTrial Solutions bietet End-to-End-Software für klinische Studien: eCRF, ePRO, IWRS. "
     "Gerne stellen wir Ihnen unsere Plattform in einer Demo vor."),
])


def main() -> None:
    ex.write(OUT,
             {"First Name": "Merle", "Last Name": "Jansen",
              "Headline": "Assistenzärztin Augenheilkunde @ UK Hamburg-Elbe | PhD candidate: OCT angiography in diabetic retinopathy",
              "Summary": "Resident in ophthalmology (4th year) and doctoral researcher in the retina group. "
                         "ELBE-DR study: vessel density on OCT-A as a predictor of diabetic retinopathy progression. "
                         "Deutsch / English.",
              "Industry": "Hospitals and Health Care", "Geo Location": "Hamburg, Germany",
              "Websites": ""},
             [{"Company Name": "Universitätsklinikum Hamburg-Elbe", "Title": "Assistenzärztin Augenheilkunde",
               "Description": "Weiterbildung Augenheilkunde; Retina-Forschungsgruppe", "Location": "Hamburg",
               "Started On": "Oct 2021", "Finished On": ""},
              {"Company Name": "Universitätsklinikum Hamburg-Elbe", "Title": "Doctoral researcher (ELBE-DR study)",
               "Description": "OCT angiography biomarkers in diabetic retinopathy", "Location": "Hamburg",
               "Started On": "Jan 2023", "Finished On": ""}],
             ["Ophthalmology", "Optical Coherence Tomography", "Medical Retina", "Clinical Research",
              "Biostatistics", "Diabetic Retinopathy"])
    print(ex.summary())


if __name__ == "__main__":
    main()

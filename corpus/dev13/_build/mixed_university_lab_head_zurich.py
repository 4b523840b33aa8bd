"""dev13 persona (written blind as heldout19, session 3): Prof. Dr. Corinne Bättig, head of the Laboratory for Functional Porous
Materials at a (fictional) technical university in Zurich. 2024 export layout, Swiss
standard German (no ß) and English about half and half. Written blind to the detector code;
every message text is hand-written here.
Run it to regenerate ../mixed-university-lab-head-zurich/ byte-identically."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-university-lab-head-zurich"
OWNER = Person("me", "Corinne Bättig", "https://www.linkedin.com/in/corinne-baettig-zth",
               "ZTH Zürich", "Professor & Head, Laboratory for Functional Porous Materials")
x = Export(SLUG, "2024", OWNER)
P = x.person

# ---------------------------------------------------------------- people: genuine side
P("reto", "Reto Gisler", "ZTH Zürich", "PhD Student, Functional Porous Materials", connected="2021-10-04")
P("ananya", "Ananya Krishnan", "ZTH Zürich", "PhD Candidate", connected="2022-02-15")
P("mateo", "Mateo Ferrari", "ZTH Zürich", "Postdoctoral Researcher", connected="2021-06-01")
P("phd_app", "Daniel Osei", "", "MSc Materials Engineering, KNUST", connected="2024-01-22",
  invite=("IN", "2024-01-22 14:03", "Dear Prof. Bättig, I am applying for the PhD position on aerogel sorbents. May I connect?"))
P("tech_app", "Sandra Imhof", "Glattal Prüflabor AG", "Laborantin EFZ Chemie", connected="2024-03-11")
P("stiftung", "Dr. Beat Zumstein", "Stiftung für Werkstoffforschung Schweiz", "Programmleiter", connected="2019-05-20")
P("sem_vendor", "Urs Kälin", "Helvetia Analytik AG", "Service Manager Elektronenmikroskopie", connected="2017-09-09")
P("lead", "Markus Vonlanthen", "Isotherm Bauteile AG", "Leiter Entwicklung", connected="2024-02-05")
P("peer", "Prof. Élodie Marchand", "Université de Lausanne-Ouchy", "Associate Professor, Inorganic Materials", connected="2016-03-30")
P("headhunter", "Simon Ashworth", "Kellerman Executive Search", "Partner, Chemicals & Materials", connected="2023-09-18")
P("partner", "Dr. Gabriela Sutter", "Alpwand Dämmtechnik AG", "Head of R&D", connected="2020-11-11")
P("editor", "Prof. Hiroshi Tanabe", "Journal of Porous Solids", "Editor-in-Chief", connected="2018-07-07")
P("conf", "Dr. Ingrid Solheim", "International Sol-Gel Conference 2025", "Programme Chair", connected="2015-09-14")
P("spam_alum", "Chen Yuhan", "", "Former visiting student", connected="2022-08-30")
P("c_dek", "Prof. Thomas Brändli", "ZTH Zürich", "Dekan, Departement Materialwissenschaft", connected="2014-01-15")
P("c_mentor", "Prof. Janine Keller", "ZTH Zürich", "Professorin em.", connected="2012-04-04")
P("c_alum", "Dr. Kevin Murray", "Brightfield Coatings Ltd", "Senior Scientist", connected="2019-02-02")
P("beam", "Dr. Lukas Meienberg", "Paul-Wyss-Strahlungszentrum", "Beamline Scientist", connected="2018-10-10")
P("poro_vendor", "Claudia Rüegg", "Sorptec Schweiz GmbH", "Verkauf Laborgeräte", connected="2020-06-06")
P("advisor", "Prof. Michel Aubry", "Université Grenoble-Isère", "Professor Emeritus", connected="2011-11-11")
P("journo", "Barbara Egli", "Zürcher Tagesbote", "Wissenschaftsredaktorin", connected="2024-04-02")
P("tto", "Nicole Frei", "ZTH Transfer", "Patent Manager", connected="2020-01-20")
P("admin", "Monika Schaller", "ZTH Zürich", "Studienadministration", connected="2015-08-17")
P("ms_student", "Jonas Aebischer", "ZTH Zürich", "MSc Student Materialwissenschaft", connected="2024-02-28")
P("de_industry", "Dr. Frank Wetzlar", "Rheinhessen Filtertechnik GmbH", "Leiter F&E", connected="2022-05-05")
P("us_collab", "Prof. Rachel Goldberg", "Great Lakes Institute of Technology", "Professor of Chemical Engineering", connected="2017-04-21")
P("alum_ind", "Dr. Fabienne Roth", "Lonzara Specialty Chemicals", "Group Leader Materials", connected="2018-12-20")
P("friend", "Sabine Meili", "", "Physiotherapeutin", connected="2013-03-03")
P("safety", "Roger Hänggi", "ZTH Sicherheit, Gesundheit, Umwelt", "Sicherheitsbeauftragter", connected="2016-05-05")
P("inno", "Dr. Patrick Hürlimann", "Innovationsagentur Zürich-Nord", "Innovation Coach", connected="2023-06-12")
P("book_ed", "Dr. Sarah Whitcombe", "Halden Academic Press", "Commissioning Editor, Materials Science", connected="2021-03-09")
P("visitor", "Dr. Aiko Matsuda", "Tohoku Institute of Ceramics", "Assistant Professor", connected="2024-05-14")
P("lab_mgr", "Priska Wyss", "ZTH Zürich", "Laborleiterin / Lab Manager", connected="2013-10-01")

# ---------------------------------------------------------------- people: wanted pitches
P("wp_scd", "Dr. Tom Lindqvist", "NordCrit Instruments", "Application Scientist", connected="2024-03-19",
  invite=("IN", "2024-03-19 09:40", "Read your post on supercritical drying bottlenecks - would be glad to connect."))
P("wp_img", "Dr. Jana Hofstetter", "Porenbild GmbH", "Mitgründerin, Bildanalyse", connected="2023-11-27")
P("wp_illu", "Maya Goldstein", "", "Scientific Illustrator", connected="2024-02-20")
P("wp_transfer", "Stefan Rohner", "InertLink AG", "Technischer Vertrieb", connected="2023-10-16")
P("wp_eln", "Dr. Liam O'Driscoll", "Benchbook ELN", "Academic Partnerships", connected="2024-01-08")
P("wp_xrd", "Adrian Baumgartner", "Diffrakto Schweiz AG", "Key Account Hochschulen", connected="2024-04-22")
P("wp_soft", "Dr. Henrik Sorensen", "IsoLegacy Software", "Founder", connected="2023-08-28")
P("wp_prof", "Dr. Karin Bossert", "Bossert & Lenz Academic Search", "Beraterin für Berufungsverfahren", connected="2024-06-03")
P("wp_book", "James Holloway", "Cranmere Scientific Publishing", "Acquisitions Editor, Chemistry", connected="2023-12-04")
P("wp_grant", "Dr. Eva Kowalczyk", "Gradient Research Funding Advisors", "Senior EU Funding Advisor", connected="2024-02-12")
P("wp_dev", "Nico Brunner", "", "Freelance Research Software Engineer", connected="2024-05-06")
P("wp_co2", "Lea Baumann", "CaptAir Technologies AG", "CTO", connected="2024-07-01")

# ---------------------------------------------------------------- people: junk side
P("t1", "Dr. Emily Carter", "Global Journal of Advanced Materials Research", "Editorial Office")
P("t2", "Dr. Lisa Monroe", "International Journal of Nanoscience Frontiers", "Managing Editor")
P("t3", "Prof. Kevin Ortiz", "Open Access Materials Letters", "Editorial Assistant", connected="2024-02-26")
P("t4", "Dr. Anna Bennett", "World Review of Applied Chemistry", "Journal Manager")
P("t5", "Dr. Karl Hoffmann", "Europäische Zeitschrift für Werkstoffinnovation", "Redaktionsbüro")
P("j_web", "Ravi Mehta", "PixelCraft Solutions", "Business Development Executive")
P("j_watch", "Dominik Hess", "Hess Luxury Timepieces", "Private Client Advisor", connected="2023-12-11")
P("j_same", "Dr. Oliver Schenk", "PoroLab Services GmbH", "Vertrieb Auftragsanalytik", connected="2024-03-25")
P("j_cap", "Melissa Grant", "ProjectFlow Partners", "Client Partnerships")
P("j_gleich", "Marco Zanetti", "Zanetti Ventures", "Unternehmer | Business Angel | Visionär", connected="2024-01-30")
P("j_15", "Chris Delaney", "LabScale Consulting", "Growth Partner")
P("c1", "Dr. Sophie Lang", "Lang Academic Coaching", "Coach für Wissenschaftlerinnen", connected="2024-04-15",
  invite=("IN", "2024-04-15 07:20", "Liebe Frau Bättig, ich habe Ihren Vortrag an der Frauen-in-MINT-Tagung gehört. Gerne vernetzen!"))
P("c2", "Jason Whitley", "CloudBench Analytics", "Enterprise Account Executive", connected="2024-06-17",
  invite=("IN", "2024-06-17 15:00", ""))
P("c3", "Sven Hofer", "Hofer Finanzplanung", "Finanzplaner", connected="2023-11-06",
  invite=("IN", "2023-11-06 19:45", "Grüezi Frau Bättig, wir haben einige gemeinsame Kontakte an der ZTH. Würde mich freuen."))
P("c4", "Olivia Grant", "TalentBridge Academic", "Partnerships Lead", connected="2024-08-26",
  invite=("IN", "2024-08-26 10:10", "Hi Corinne, fellow Grenoble alum here! Would love to connect."))
P("b1", "Tyler Nguyen", "ResearchReach", "Sales Development Rep")
P("b2", "Yvonne Kessler", "Laborbedarf Direkt", "Aussendienst", connected="2024-01-17")
P("m1", "Dr. Priya Nair", "SciConf Global", "Conference Secretariat")
P("m2", "Martin Weber", "FörderProfi Beratung", "Berater")
P("m3", "Jennifer Moss", "BioAxis Recruitment", "Life Science Recruiter", connected="2024-05-20")
P("m4", "Tobias Keller", "Keller Übersetzungen", "Projektleiter")
P("sp1", "Alpine Executive Academy", "Alpine Executive Academy", "",
  url="https://www.linkedin.com/company/alpine-executive-academy")
P("sp2", "LinkedIn Member", "", "", url="")
P("sp3", "Quantara Cloud", "Quantara Cloud", "", url="https://www.linkedin.com/company/quantara-cloud")
P("aw", "Dr. Marcus Bell", "Global Research Excellence Awards", "Awards Committee")
P("pconf", "Dr. Helen Scott", "World Congress on Materials & Nanotechnology", "Program Coordinator")
P("feat", "Rebecca Stone", "Research Impact Review", "Senior Editor", connected="2024-03-04")
P("fluent", "Dr. Thomas Gerber", "Gerber & Partner Innovationsberatung", "Managing Partner", connected="2024-09-02")
P("j_ai", "Kevin Walsh", "ScholarAI", "Account Executive")
P("j_eln", "Nadine Hug", "DigiLab Solutions", "Vertriebsberaterin")
P("j_cat", "Heinz Amrein", "LabShop Schweiz", "Verkaufsberater")
P("j_recr", "Ashley Rivera", "FinTalent Partners", "Recruiter", connected="2024-07-08")
P("j_vanity", "Samuel Price", "Lumen Author Services", "Publishing Consultant")
P("j_grant", "Rachel Young", "GrantWinners", "Business Development")
P("j_coach", "Andrea Gut", "Führungsstark Coaching", "Executive Coach", connected="2024-05-27")
P("j_va", "Rhea Santos", "SwiftStaff Outsourcing", "Client Relations")
P("j_invest", "Luca Moretti", "", "Investor | Krypto | Freiheit", connected="2024-02-19")
P("j_lang", "Petra Zollinger", "Sprachwerk AG", "Kundenberaterin")

C = x.conv

# =================================================================== GENUINE (35)
C("genuine", "phd_student_travel", "de", "Doktorand fragt nach Reisebudget für Konferenz", [
    ("reto", "2024-03-04 09:10", "Hoi Corinne, mein Abstract für die Sol-Gel-Konferenz in Lissabon ist als Talk angenommen 🎉 Darf ich das Reisebudget vom Projekt brauchen? Flug plus Hotel wären ca. 1'400 Franken, die Registration 650 Euro."),
    ("me", "2024-03-04 10:02", "Gratuliere Reto! Ja, das geht vom SWF-Projekt. Bitte Zug bis Paris prüfen, falls es zeitlich geht - wir haben das CO2-Ziel im Departement. Und zeig mir den Talk zwei Wochen vorher."),
    ("reto", "2024-03-04 10:15", "Mach ich, merci vielmal!"),
])
C("genuine", "phd_student_committee", "en", "PhD candidate schedules her thesis committee meeting", [
    ("ananya", "2024-05-13 16:40", "Hi Corinne, I have polled the committee for my second-year meeting. Prof. Marchand can only do 18 or 19 June, and she prefers online. Would 19 June at 14:00 work for you? I'll book room HCI G3."),
    ("me", "2024-05-13 18:05", "19 June at 14:00 is fine. Please send the report to everyone by 5 June, and keep the outlook section honest - it's fine to say the amine loading didn't work yet."),
    ("ananya", "2024-05-13 18:20", "Thank you, will do. And yes, it's very much not working yet 😅"),
])
C("genuine", "postdoc_reference_letter", "en", "postdoc asks for a reference letter for faculty applications", [
    ("mateo", "2024-09-02 11:00", "Ciao Corinne, I'm applying for two assistant professor positions (Delft and Padova), deadlines 30 September and 15 October. Would you be willing to write letters? I can send you a summary of my projects so it's less work for you."),
    ("me", "2024-09-02 12:30", "Of course, Mateo - with pleasure. Send me the summary and the job ads. Let's also do a mock interview in October, I'll invite Élodie too, she's on a lot of search committees."),
    ("mateo", "2024-09-02 12:35", "That would be amazing, thank you!"),
])
C("genuine", "phd_applicant", "en", "applicant for an advertised PhD position", [
    ("phd_app", "2024-01-22 15:00", "Dear Prof. Bättig, thank you for connecting. I submitted my application for the PhD position 'Aerogel sorbents for direct air capture' through the ZTH portal last week. My MSc thesis was on silica xerogels from rice husk ash. I wanted to ask whether the position requires prior experience with supercritical drying, as I have only worked with ambient drying so far."),
    ("me", "2024-01-23 08:45", "Dear Daniel, thank you for your interest. Supercritical drying is not a requirement - we train everyone on our setup. Rice husk silica is an interesting background. Shortlisted candidates will be invited for online interviews in mid-February."),
    ("phd_app", "2024-01-23 09:10", "Thank you very much for the clear answer."),
])
C("genuine", "technician_applicant", "de", "Laborantin bewirbt sich auf die Stelle im Labor", [
    ("tech_app", "2024-03-11 18:30", "Grüezi Frau Prof. Bättig, ich habe mich auf die ausgeschriebene Stelle als Laborantin (80 %) beworben. Ich arbeite seit sechs Jahren in einem Prüflabor mit Gasadsorption und Quecksilberporosimetrie. Ich wollte nachfragen, ob ein Stellenantritt erst im August möglich wäre wegen meiner Kündigungsfrist."),
    ("me", "2024-03-12 07:50", "Grüezi Frau Imhof, danke für Ihre Nachricht. August wäre grundsätzlich möglich. Frau Wyss, unsere Laborleiterin, meldet sich diese Woche für ein Gespräch bei Ihnen."),
])
C("genuine", "funding_body_budget", "de", "Stiftung meldet Bewilligung mit gekürztem Budget", [
    ("stiftung", "2024-06-20 10:00", "Grüezi Frau Bättig, ich darf Ihnen vorab mitteilen, dass der Stiftungsrat Ihr Projekt 'Hydrophobe Aerogel-Granulate' bewilligt hat - allerdings mit 412'000 statt der beantragten 468'000 Franken. Die Kürzung betrifft die Geräteposition. Die offizielle Verfügung folgt. Bitte reichen Sie bis 31. Juli ein angepasstes Budget ein."),
    ("me", "2024-06-20 11:20", "Grüezi Herr Zumstein, herzlichen Dank für die gute Nachricht, trotz Kürzung. Das Gerät können wir teilweise über die Plattform im Departement abdecken. Angepasstes Budget kommt bis Mitte Juli."),
    ("stiftung", "2024-06-20 11:45", "Sehr gut, danke. Gratulation!"),
])
C("genuine", "vendor_service_price_increase", "de", "bestehender REM-Servicepartner kündigt höhere Servicevertragspreise an", [
    ("sem_vendor", "2024-10-01 08:30", "Grüezi Frau Bättig, der Servicevertrag für Ihr Rasterelektronenmikroskop läuft Ende Jahr aus. Leider steigen die Preise für 2025 um 6.5 % (neu CHF 18'940 pro Jahr), da der Hersteller die Ersatzteilpreise erhöht hat. Alternativ bieten wir einen Vertrag ohne Ersatzteile für CHF 12'300 an. Die Unterlagen schicke ich per Mail."),
    ("me", "2024-10-01 09:40", "Grüezi Herr Kälin, danke für die frühe Info. Die Kathode hat uns letztes Jahr allein 9'000 gekostet - ich tendiere zur Vollvariante. Können Sie mir die Ersatzteilkosten der letzten drei Jahre auflisten? Dann entscheide ich mit der Laborleitung."),
    ("sem_vendor", "2024-10-01 10:05", "Selbstverständlich, kommt bis Freitag."),
])
C("genuine", "inbound_lead_contract_research", "de", "Firma möchte Messungen als Auftragsforschung einkaufen", [
    ("lead", "2024-02-05 13:00", "Grüezi Frau Bättig, wir entwickeln Vakuumisolationspaneele und bräuchten für eine Materialqualifikation BET- und Porengrössenmessungen an ca. 40 Proben, möglichst mit Ihrer Interpretation. Bieten Sie so etwas als Dienstleistung an, und was würde das etwa kosten? Freundliche Grüsse, Markus Vonlanthen"),
    ("me", "2024-02-05 15:30", "Grüezi Herr Vonlanthen, ja, das machen wir über unsere Dienstleistungsplattform. Richtwert: CHF 180 pro Probe für BET plus BJH, Interpretation und kurzer Bericht nach Aufwand. Frau Wyss schickt Ihnen eine Offerte. Wären auch REM-Aufnahmen interessant?"),
    ("lead", "2024-02-05 16:00", "Ja, für 10 der Proben. Dann warte ich auf die Offerte, merci."),
])
C("genuine", "peer_joint_proposal", "en", "peer proposes a joint summer school with shared costs", [
    ("peer", "2024-01-15 21:00", "Corinne! I had an idea on the train back from Bern: a joint Lausanne-Zurich summer school on porous materials for PhD students, one week, alternating sites. We could split costs 50/50 - I estimate about 30k CHF total with speakers. The doctoral schools both have funds for this. Interested?"),
    ("me", "2024-01-16 07:30", "Élodie, yes! My students would love it. First edition in Zurich, second in Lausanne? I'll ask the doctoral school about co-funding. Let's draft a one-pager together next week."),
    ("peer", "2024-01-16 07:50", "Parfait. Call on Thursday?"),
    ("me", "2024-01-16 08:10", "Thursday 17:00."),
])
C("genuine", "recruiter_owner_engaged", "en", "executive search partner for an industry R&D role; owner had replied and had a call", [
    ("headhunter", "2023-09-18 10:00", "Dear Corinne, I lead a search for a VP Materials Research at a European specialty chemicals group (Basel region). The board is keen on someone with an academic profile in porous materials. Would you be open to a confidential conversation?"),
    ("me", "2023-09-18 19:40", "Dear Simon, thank you. I'm not actively looking, but I'm curious enough to have a call. Next Tuesday evening?"),
    ("headhunter", "2023-09-26 21:10", "Thank you for the conversation today. As discussed, I've sent the role specification and package outline (base CHF 260-290k plus bonus). Take your time; I'll follow up in two weeks unless you tell me otherwise."),
    ("me", "2023-10-09 08:15", "Simon, I've thought about it carefully. The role is attractive, but I have three PhD students in their final year and I won't leave them. Please keep me in mind for the future."),
    ("headhunter", "2023-10-09 09:00", "Completely understood, and it speaks for you. I'll stay in touch."),
])
C("genuine", "industry_partner_contract", "de", "Industriepartner zur Vertragsverlängerung und IP-Klausel", [
    ("partner", "2024-04-08 14:00", "Liebe Corinne, unsere Geschäftsleitung möchte das Kooperationsprojekt um zwei Jahre verlängern, mit CHF 150'000 pro Jahr. Die Rechtsabteilung wünscht aber eine Änderung der IP-Klausel: Exklusivlizenz für Bauanwendungen statt nur Vorkaufsrecht. Können wir das mit ZTH Transfer besprechen?"),
    ("me", "2024-04-08 16:20", "Liebe Gabriela, das freut mich sehr. Exklusiv für Bauanwendungen ist für uns wahrscheinlich ok, solange Filteranwendungen frei bleiben. Ich bringe Nicole Frei vom Transfer ins Gespräch. Passt euch der 22. April?"),
    ("partner", "2024-04-08 16:45", "22. April passt, wir kommen nach Zürich."),
])
C("genuine", "review_invitation", "en", "journal editor asks her to review a manuscript", [
    ("editor", "2024-02-27 06:00", "Dear Corinne, I would be grateful if you could review manuscript JPS-2024-0187 on hierarchical silica-cellulose aerogels. It is close to your work and we have struggled to find a qualified reviewer. Three weeks would be fine. Best regards, Hiroshi"),
    ("me", "2024-02-27 08:10", "Dear Hiroshi, happy to help, but I need four weeks - teaching peak. If that's acceptable, please send the invitation through the system."),
    ("editor", "2024-02-27 08:30", "Four weeks is fine. Thank you very much."),
])
C("genuine", "associate_editor_apc_change", "en", "editor informs her as associate editor about an APC price change", [
    ("editor", "2024-08-05 07:00", "Dear Associate Editors, a short note before the official announcement: the publisher will raise the open-access charge from USD 2,400 to USD 2,750 from January. Waivers for authors from lower-income countries stay unchanged. Please direct author questions to the editorial office. Best, Hiroshi"),
    ("me", "2024-08-05 09:15", "Thanks for the heads-up, Hiroshi. Will we still have the discount for society members? Several of my Swiss colleagues rely on it."),
    ("editor", "2024-08-05 10:00", "Yes, the 20% member discount remains."),
], title="JPS Associate Editors")
C("genuine", "keynote_invitation", "en", "conference programme chair invites her to give a keynote", [
    ("conf", "2024-03-18 12:00", "Dear Corinne, on behalf of the programme committee I'm delighted to invite you to give a keynote at the International Sol-Gel Conference 2025 in Bergen (8-12 September). We cover travel, accommodation and registration. We'd love a talk on aerogels for carbon capture. Could you let me know by end of April?"),
    ("me", "2024-03-18 14:30", "Dear Ingrid, what an honour - yes, gladly. Bergen in September sounds wonderful. I'll send a title by April."),
    ("conf", "2024-03-18 15:00", "Wonderful news, thank you!"),
])
C("genuine", "spam_folder_former_student", "en", "former visiting student asks for a recommendation, landed in SPAM", [
    ("spam_alum", "2024-10-21 03:20", "Dear Prof. Bättig, I hope you are well. I was a visiting student in your lab in summer 2022 (the hydrophobic coating project with Reto). I am now applying for PhD programmes in Europe and would be very grateful if you could write a short recommendation letter. The first deadline is 1 December. I understand if you are too busy. Best regards, Chen Yuhan"),
    ("me", "2024-10-28 08:30", "Dear Yuhan, apologies for the delay - your message was in my spam folder. Of course I remember you, your contact-angle data made it into Reto's paper. Yes, I'll write the letter. Please send the list of programmes and deadlines."),
], folder="SPAM")
C("genuine", "congratulations_prize", "de", "Gratulation zum Forschungspreis (1 von 3)", [
    ("c_dek", "2024-11-14 17:30", "Liebe Corinne, herzliche Gratulation zum Preis für Werkstoffforschung! Eine verdiente Anerkennung für dich und dein ganzes Team. Das Departement ist stolz. Thomas"),
    ("me", "2024-11-14 18:40", "Merci vielmal Thomas, das freut mich sehr!"),
])
C("genuine", "congratulations_prize", "de", "Gratulation zum Forschungspreis (2 von 3)", [
    ("c_mentor", "2024-11-14 19:10", "Liebe Corinne, herzliche Gratulation zum Preis für Werkstoffforschung! Verdiente Anerkennung für dich und dein Team. Ich bin sehr stolz auf dich. Herzlich, Janine"),
    ("me", "2024-11-14 20:00", "Liebe Janine, ohne dich wäre ich nie an der ZTH gelandet. Danke! Apéro nächste Woche?"),
])
C("genuine", "congratulations_prize", "en", "congratulations on the research prize (3 of 3)", [
    ("c_alum", "2024-11-15 08:05", "Dear Corinne, huge congratulations on the materials research prize! Well deserved recognition for you and the whole team. Best, Kevin"),
])
C("genuine", "owner_started_beamtime", "de", "Inhaberin fragt Beamline-Kontakt nach Messzeit", [
    ("me", "2024-04-29 09:00", "Sali Lukas, wir haben für Juni ein paar Aerogelproben, die wir gerne mit SAXS in situ während der CO2-Beladung messen würden. Gäbe es noch Kapazität vor der Sommerpause oder müssen wir offiziell beantragen?"),
    ("beam", "2024-04-29 11:40", "Sali Corinne, für 24 Stunden kann ich euch Inhouse-Zeit geben, Ende Juni. Für mehr müsstet ihr beim nächsten Call im September beantragen. Wer kommt von euch?"),
    ("me", "2024-04-29 12:00", "Ananya und Reto. Merci, du bist ein Schatz!"),
])
C("genuine", "owner_requests_quote", "de", "Inhaberin fragt beim bestehenden Lieferanten eine Offerte für ein Porosimeter an", [
    ("me", "2024-07-08 14:00", "Grüezi Frau Rüegg, unser altes Gerät macht es nicht mehr lange. Könnten Sie mir eine Offerte für ein Sorptionsgerät mit drei Analysestationen und Krypton-Option schicken? Hochschulrabatt wie beim letzten Mal wäre schön. Wir müssten bis Ende August bestellen, sonst verfällt das Budget."),
    ("poro_vendor", "2024-07-08 16:10", "Grüezi Frau Bättig, sehr gern. Ich schicke Ihnen bis Freitag eine Offerte inkl. 18 % Hochschulrabatt und Rücknahme des Altgeräts. Lieferzeit ca. 10 Wochen."),
    ("me", "2024-07-12 17:00", "Offerte erhalten, danke. Ich melde mich nach Rücksprache mit dem Einkauf."),
])
C("genuine", "long_standing_mentor", "en", "her PhD advisor in Grenoble, thread over many years", [
    ("advisor", "2018-12-20 10:00", "Chère Corinne, merry Christmas to you and your family. I read your paper in Materials Chemistry Letters - very elegant, the cellulose template idea. I'm proud to have had you in the lab."),
    ("me", "2018-12-20 12:00", "Cher Michel, thank you - that means a lot. Joyeux Noël to you and Hélène!"),
    ("advisor", "2021-06-03 09:30", "Corinne, I am finally retired. The lab is closed, the furnace went to a museum in Lyon, can you imagine. Come and visit us in Annecy when travel is allowed again."),
    ("me", "2021-06-03 18:00", "A museum! It deserves it. We'll come in August, promised."),
    ("advisor", "2024-09-10 16:00", "Corinne, I saw that you will give the keynote in Bergen next year. Hélène and I might come for the fjords. Still doing science at 78, only from the armchair."),
    ("me", "2024-09-10 19:00", "That would make my day, Michel. I'll reserve you a front-row seat."),
])
C("genuine", "journalist_interview", "de", "Wissenschaftsjournalistin bittet um Interview zu Aerogel-Dämmung", [
    ("journo", "2024-04-02 10:30", "Grüezi Frau Bättig, ich schreibe für den Zürcher Tagesboten einen Artikel über neue Dämmstoffe für Altbausanierungen. Wären Sie zu einem 30-minütigen Gespräch bereit, am liebsten diese oder nächste Woche? Ich würde gern auch kurz im Labor fotografieren."),
    ("me", "2024-04-02 13:00", "Grüezi Frau Egli, sehr gern. Donnerstag 10 Uhr bei uns im Labor? Bitte melden Sie sich an der Loge, ich hole Sie ab. Fotos sind ok, aber nicht in der Glovebox-Zone."),
    ("journo", "2024-04-02 13:15", "Perfekt, bis Donnerstag."),
])
C("genuine", "tech_transfer_patent", "de", "Technologietransfer zur Patentanmeldung", [
    ("tto", "2024-05-21 09:00", "Liebe Corinne, der Patentanwalt hat den Entwurf zur hydrophoben Granulierung überarbeitet. Er braucht bis 31. Mai die Messdaten zu Beispiel 3 (Wasseraufnahme nach 30 Tagen). Ausserdem: Publikation bitte erst nach Einreichung!"),
    ("me", "2024-05-21 10:00", "Liebe Nicole, Reto schickt die Daten bis Freitag. Und keine Sorge, das Paper liegt in der Schublade, bis du grünes Licht gibst."),
])
C("genuine", "admin_teaching", "de", "Studienadministration zur Stundenplanung", [
    ("admin", "2024-06-11 11:00", "Grüezi Frau Bättig, für das Herbstsemester ist Ihre Vorlesung 'Poröse Materialien' wieder auf Dienstag 8-10 Uhr gesetzt. Der Hörsaal wird wegen Renovation gewechselt (neu HG E7). Bitte bestätigen Sie bis Ende Juni, ob die Übungen wie bisher am Donnerstag stattfinden."),
    ("me", "2024-06-11 14:00", "Grüezi Frau Schaller, bestätigt, Übungen bleiben am Donnerstag 14-16 Uhr. Merci!"),
])
C("genuine", "lab_group_chat", "mixed", "Gruppenchat des Labors, Schweizerdeutsch und Englisch gemischt", [
    ("lab_mgr", "2024-09-16 08:05", "Hoi zäme, de Autoklav isch wieder defekt. Bitte bis morn nüt neus starte. The autoclave is broken again, please don't start new runs until tomorrow."),
    ("mateo", "2024-09-16 08:20", "Noooo, I had a batch planned today 😩"),
    ("ananya", "2024-09-16 08:22", "Can I use the small one in the basement?"),
    ("me", "2024-09-16 08:40", "Ananya yes, but book it with Priska. And reminder: group meeting Thursday 9:00, Reto presents. Gipfeli are on me."),
    ("reto", "2024-09-16 08:45", "Kein Druck also 😅"),
], title="FPM Lab")
C("genuine", "master_thesis_request", "de", "Masterstudent fragt nach einer Masterarbeit", [
    ("ms_student", "2024-02-28 17:00", "Grüezi Frau Bättig, ich habe Ihre Vorlesung im letzten Semester besucht und würde sehr gerne meine Masterarbeit in Ihrer Gruppe schreiben, idealerweise zu Aerogelen für die Wärmedämmung. Hätten Sie ab September ein Thema frei?"),
    ("me", "2024-02-28 19:00", "Grüezi Herr Aebischer, schön, dass Sie sich melden. Ja, wir haben ein Thema zu faserverstärkten Aerogel-Platten mit Alpwand. Kommen Sie nächste Woche in meine Sprechstunde (Mittwoch 13-14 Uhr)."),
    ("ms_student", "2024-02-28 19:10", "Sehr gerne, ich komme am Mittwoch!"),
])
C("genuine", "client_asks_quote", "de", "deutscher Industriepartner möchte Projekt erweitern und fragt Preis an", [
    ("de_industry", "2024-10-15 09:30", "Sehr geehrte Frau Bättig, die Ergebnisse aus der Machbarkeitsstudie haben unseren Vorstand überzeugt. Wir möchten ein Folgeprojekt über 18 Monate mit einer Doktorandin bei Ihnen finanzieren. Könnten Sie uns ein Angebot mit Budget und Meilensteinen schicken? Idealerweise bis Mitte November, dann kommt es ins Budget 2025."),
    ("me", "2024-10-15 11:00", "Sehr geehrter Herr Wetzlar, das freut mich sehr! Ein Angebot mit Meilensteinen erhalten Sie bis 8. November. Richtgrösse für 18 Monate Doktorat inkl. Overhead und Sachmittel: rund CHF 165'000. Die IP-Regeln stimmen wir mit ZTH Transfer ab."),
    ("de_industry", "2024-10-15 11:20", "Vielen Dank, das passt in unseren Rahmen."),
])
C("genuine", "international_collaborator", "en", "US collaborator about sample exchange and authorship", [
    ("us_collab", "2024-07-22 15:00", "Hi Corinne, the sorption results on your amine aerogels look great - 1.8 mmol/g at 400 ppm. I'd suggest Ananya as first author and my student Tyler second. Could you ship another 2 g of batch 7 before our breakout run in August? We'll cover the courier."),
    ("me", "2024-07-22 19:30", "Hi Rachel, fantastic! Authorship sounds right. Priska will ship on Monday - dry ice or is room temperature ok for your test?"),
    ("us_collab", "2024-07-22 20:00", "Room temperature is fine, just sealed under argon. Thanks!"),
])
C("genuine", "alumna_invites_talk", "de", "ehemalige Doktorandin lädt zu Vortrag in ihrer Firma ein", [
    ("alum_ind", "2024-08-19 12:00", "Liebe Corinne, wir haben im Oktober unseren internen Forschungstag in Visp. Hättest du Lust, einen Vortrag über eure neuen Sorbentien zu halten? Wir übernehmen natürlich Reise und ein kleines Honorar. Und es gäbe Raclette 😉"),
    ("me", "2024-08-19 13:30", "Liebe Fabienne, mit Raclette kriegst du mich immer. Sehr gern! Schick mir Datum und Zeitrahmen."),
])
C("genuine", "friend_small_talk", "de", "Freundin, Smalltalk übers Skifahren", [
    ("friend", "2024-01-28 20:00", "Sali Corinne! Bisch im Februar wieder z'Laax? Mir händ es Chalet für d'Sportferie, hettsch Luscht es Wuchenend z'cho?"),
    ("me", "2024-01-28 20:45", "Sali Sabine! Oh ja gern, aber nur s'zweite Wuchenend, vorher Prüefige. Ich bring Wy mit 🍷"),
    ("friend", "2024-01-28 20:50", "Super, freu mi!"),
])
C("genuine", "safety_audit", "de", "Sicherheitsbeauftragter kündigt Audit für Nanomaterialien an", [
    ("safety", "2024-03-26 08:00", "Grüezi Frau Bättig, im Rahmen der jährlichen Begehung möchten wir am 16. April Ihre Labore anschauen, Schwerpunkt Umgang mit Nanopulvern und die neuen Abzüge. Bitte halten Sie die aktualisierten Betriebsanweisungen bereit."),
    ("me", "2024-03-26 09:30", "Grüezi Herr Hänggi, der 16. passt. Frau Wyss wird Sie begleiten, ich stosse um 10 Uhr dazu."),
])
C("genuine", "innovation_coach", "de", "Innovationscoach zur Projekteingabe mit Industriepartner", [
    ("inno", "2024-01-10 10:00", "Grüezi Frau Bättig, ich habe Ihre Projektskizze mit Alpwand gelesen. Inhaltlich stark, aber die Marktbeschreibung ist noch zu wissenschaftlich. Ich schlage ein Telefon vor, bevor Sie einreichen - Frist ist der 5. Februar."),
    ("me", "2024-01-10 11:30", "Grüezi Herr Hürlimann, danke für das ehrliche Feedback. Morgen 16 Uhr?"),
    ("inno", "2024-01-10 11:45", "Passt, ich rufe Sie an."),
])
C("genuine", "book_chapter_invitation", "en", "commissioning editor of an edited volume asks for a chapter", [
    ("book_ed", "2024-05-02 10:00", "Dear Prof. Bättig, the editors of 'Porous Materials for Energy and Environment' (2nd edition) would like you to update your chapter on silica aerogels. The deadline would be 31 January 2025, length about 12,000 words. Would you be willing?"),
    ("me", "2024-05-02 16:00", "Dear Dr. Whitcombe, yes, I'll update it - with Mateo as co-author this time. January works."),
])
C("genuine", "visiting_researcher_request", "en", "Japanese researcher asks to visit the lab", [
    ("visitor", "2024-05-14 02:00", "Dear Prof. Bättig, I met your student Reto at the conference in Kyoto. I have a travel grant from my institute for a 3-month research stay in 2025. Would it be possible to visit your laboratory to learn your ambient-pressure drying method? I would bring my own funding."),
    ("me", "2024-05-14 08:30", "Dear Dr. Matsuda, Reto told me about your work on titania monoliths. You are very welcome. Spring 2025 would suit us best. Let's have a video call to discuss a small joint project."),
    ("visitor", "2024-05-14 09:00", "Thank you very much, I am very happy."),
])
C("genuine", "lab_manager_orders", "mixed", "Laborleiterin zu Bestellungen, Antwort teils auf Englisch für den Postdoc", [
    ("lab_mgr", "2024-11-25 07:45", "Morge Corinne, Bestellung flüssiger Stickstoff: der Lieferant erhöht ab Januar um 9 %. Sollen wir auf den grossen Tank umstellen? Mateo hat gefragt, ob er dazu etwas vorbereiten soll - he'd compare the costs in English for the department."),
    ("me", "2024-11-25 08:30", "Morge Priska. Ja, lass Mateo die Kosten vergleichen. Mateo, please include the installation cost and the boil-off losses, the department will ask."),
    ("mateo", "2024-11-25 09:00", "On it, will have it by Friday."),
], title="LN2 Bestellung")
C("genuine", "unsent_reply_draft", "en", "reviewer reminder; owner left a reply as unsent draft", [
    ("editor", "2024-03-25 06:00", "Dear Corinne, a gentle reminder that your review for JPS-2024-0187 is due on 27 March. If you need more time, just let me know."),
    ("me", "2024-03-25 07:30", "Dear Hiroshi, sorry, I need one more week - the report is half done."),
], drafts={1})

# =================================================================== WANTED PITCHES (12)
C("wanted_pitch", "instrument_post_reference", "en", "supercritical dryer vendor cites her post on drying bottlenecks", [
    ("wp_scd", "2024-03-20 08:00", "Dear Prof. Bättig, thanks for connecting. In your post you wrote that your single 250 ml autoclave limits the group to about six aerogel batches a week and that two students queue for it. We make supercritical CO2 dryers with four independent 100 ml chambers, so four students can run different recipes in parallel with separate pressure profiles. A lab in Trondheim with a very similar workflow switched last year - I can put you in touch with them. Would a demo with your own gels be useful? We can bring the instrument to Zurich."),
    ("me", "2024-03-20 10:15", "Dear Dr. Lindqvist, the queue is real, and the autoclave broke down again this week. A demo with our gels would be useful - and yes, please connect me with Trondheim."),
])
C("wanted_pitch", "software_talk_reference", "de", "Bildanalyse-Startup bezieht sich auf REM-Bilder aus ihrem Vortrag", [
    ("wp_img", "2023-11-28 09:00", "Grüezi Frau Bättig, ich war an Ihrem Vortrag am Materialforschungstag in Dübendorf. Sie haben erwähnt, dass die Porengrössenverteilung aus den REM-Bildern bei Ihnen noch von Hand mit ImageJ ausgewertet wird und dass das pro Probe zwei Stunden dauert. Genau dafür haben wir eine Software entwickelt, die Poren in REM- und FIB-Aufnahmen automatisch segmentiert, validiert gegen Hg-Porosimetrie. Ich würde gerne zehn Ihrer Bilder kostenlos auswerten, damit Sie die Ergebnisse mit Ihren Handauswertungen vergleichen können."),
    ("me", "2023-11-28 11:00", "Grüezi Frau Hofstetter, das ist ein faires Angebot. Reto schickt Ihnen zehn Bilder mit unseren Handauswertungen. Bin gespannt."),
])
C("wanted_pitch", "illustrator_site_reference", "en", "scientific illustrator read her group website and accepted paper", [
    ("wp_illu", "2024-02-21 10:00", "Dear Prof. Bättig, I saw on your group's news page that your paper on cellulose-templated aerogels was accepted in Advanced Porous Materials, and that the journal invites cover submissions from accepted papers. I'm a scientific illustrator with a chemistry PhD; I've made covers for two groups in Zurich (examples in my portfolio). For a cover I'd need a 30-minute call with the first author. Would that be of interest?"),
    ("me", "2024-02-21 13:00", "Dear Maya, we hadn't even thought of the cover. Please send me your portfolio and rates, I'll discuss with Reto."),
])
C("wanted_pitch", "vendor_specific_problem", "de", "Anbieter von Inert-Transferbehältern nennt ihr konkretes Problem beim Probentransport", [
    ("wp_transfer", "2023-10-17 08:30", "Grüezi Frau Bättig, in Ihrem letzten Paper steht im SI, dass die amin-funktionalisierten Proben beim Transport ans Strahlungszentrum Feuchtigkeit aufgenommen haben und zwei Messungen wiederholt werden mussten. Wir stellen Transferbehälter her, die unter Argon versiegelt bleiben und direkt an die Probenkammer andocken - das Zentrum in Villigen hat zwei davon im Einsatz. Ich würde Ihnen gern einen Behälter für Ihre nächste Messzeit leihweise zur Verfügung stellen."),
    ("me", "2023-10-17 10:00", "Grüezi Herr Rohner, das hat uns tatsächlich eine Woche gekostet. Ja, gerne leihweise für unsere Messzeit im Juni. Ich gebe Ihre Nachricht an Ananya weiter."),
])
C("wanted_pitch", "software_mutual_contact", "en", "ELN vendor referred by a named colleague", [
    ("wp_eln", "2024-01-09 09:00", "Dear Corinne, Prof. Élodie Marchand suggested I contact you - her group moved to our electronic lab notebook last year and she mentioned that your lab is looking for something that links synthesis records to the sorption instrument files. Benchbook does exactly that and is hosted in Switzerland, which was her main concern. She's happy to tell you about her experience. Could I show you a 20-minute demo built around an aerogel synthesis workflow?"),
    ("me", "2024-01-09 12:00", "Dear Liam, Élodie did rave about it. Yes, let's do a demo - could you include Priska Wyss, our lab manager? She'll be the one using it most."),
])
C("wanted_pitch", "vendor_public_tender", "de", "Gerätehersteller bezieht sich auf öffentliche Ausschreibung des Labors", [
    ("wp_xrd", "2024-04-23 08:00", "Grüezi Frau Bättig, wir haben auf der öffentlichen Beschaffungsplattform die Ausschreibung Ihres Departements für ein Röntgendiffraktometer mit Kleinwinkeloption gesehen (Eingabefrist 31. Mai). Wir werden anbieten. Da die Kleinwinkelanforderung für poröse Proben speziell ist, würden wir Ihnen gern vorab Testmessungen an drei Ihrer Aerogele anbieten - kostenlos und unabhängig vom Zuschlag, damit Sie unsere Daten mit Ihren bisherigen SAXS-Messungen vergleichen können."),
    ("me", "2024-04-23 09:30", "Grüezi Herr Baumgartner, Testmessungen nehmen wir gerne an, aber bitte alle Fragen zum Verfahren über die Plattform, damit es für alle Anbieter gleich ist. Frau Wyss schickt Ihnen die Proben."),
])
C("wanted_pitch", "software_tool_setup", "en", "software founder knows her exact legacy sorption instrument and its XP workstation", [
    ("wp_soft", "2023-08-29 10:00", "Dear Prof. Bättig, I noticed in your group's methods sections that you still run a Porolab 2000 for krypton isotherms. Those instruments are excellent, but the control software only runs on Windows XP and the raw files can't be opened by modern analysis tools. Many labs keep an offline XP PC just for it. I wrote a small converter that reads the raw files into standard AIF format and runs on current Windows and Linux. Free for academic use; paid support is optional. Would you like a copy?"),
    ("me", "2023-08-29 11:30", "Dear Dr. Sorensen, you have described our grey XP box exactly. Yes, please send it - Priska will test it."),
])
C("wanted_pitch", "recruiter_relevant_professorship", "de", "Beraterin in einem Berufungsverfahren für eine passende Professur", [
    ("wp_prof", "2024-06-04 09:00", "Sehr geehrte Frau Prof. Bättig, ich begleite als externe Beraterin das Berufungsverfahren für die W3-Professur 'Poröse Funktionsmaterialien' an einer Technischen Universität in Süddeutschland. Die Kommission hat Ihre Arbeiten zu Aerogel-Sorbentien ausdrücklich genannt und würde eine Bewerbung sehr begrüssen. Die Ausschreibung und das Profil sende ich Ihnen gerne vertraulich zu."),
    ("me", "2024-06-04 18:00", "Sehr geehrte Frau Bossert, danke für die Anfrage. Ich bin in Zürich sehr zufrieden, schaue mir die Ausschreibung aber gern an."),
])
C("wanted_pitch", "publisher_review_reference", "en", "acquisitions editor read her review article and proposes a monograph", [
    ("wp_book", "2023-12-05 11:00", "Dear Prof. Bättig, your review 'Aerogels beyond insulation' in Chemical Society Perspectives is one of the most downloaded in its issue, and two of our series editors independently suggested it could grow into a short monograph (around 200 pages) for graduate students. We'd offer a standard royalty contract, no author fees. Would you be open to a short call to discuss scope?"),
    ("me", "2023-12-05 15:00", "Dear Mr Holloway, I'm flattered. I'd only consider it with a co-author. Let's talk in January after the semester."),
])
C("wanted_pitch", "consultant_specific_call", "en", "EU funding advisor names the exact call and her Swiss association status", [
    ("wp_grant", "2024-02-13 09:00", "Dear Prof. Bättig, with Switzerland's renewed association to the EU research programme, the 2024 call on sorbent materials for direct air capture is open to your lab as full beneficiary again. It matches your amine-aerogel work closely, and the consortium led by a Dutch group is still looking for a materials partner - they asked me to find one. I advise consortia on proposal writing; my fee is paid by the coordinator, not by you. May I introduce you?"),
    ("me", "2024-02-13 11:00", "Dear Dr. Kowalczyk, yes, please introduce me. I'd want to see the work package split before committing."),
])
C("wanted_pitch", "freelancer_repo_reference", "de", "freier Software-Entwickler kennt ihr GitHub-Repository für Sorptionsauswertung", [
    ("wp_dev", "2024-05-07 20:00", "Grüezi Frau Bättig, ich habe das öffentliche Repository Ihrer Gruppe mit den Python-Skripten zur BET- und IAST-Auswertung gefunden. Die Skripte sind gut, aber es gibt drei offene Issues zu Einheiten beim Import, und die Doktorierenden müssen alles in der Kommandozeile ausführen. Ich bin Research Software Engineer (früher am Rechenzentrum der Uni Bern) und würde daraus ein kleines Paket mit Tests und einer einfachen Oberfläche machen. Ich habe einen der Issues bereits als Pull Request gelöst, damit Sie meine Arbeit sehen können."),
    ("me", "2024-05-08 08:00", "Grüezi Herr Brunner, den Pull Request hat Mateo gestern gemerged - danke! Schicken Sie mir eine Offerte, wir haben im Projekt etwas Budget für Software."),
])
C("wanted_pitch", "startup_paper_reference", "de", "CO2-Startup bezieht sich auf ihr Paper und bietet Teststand gegen Lizenzgespräch", [
    ("wp_co2", "2024-07-02 09:00", "Grüezi Frau Bättig, wir haben Ihr Paper zu amin-funktionalisierten Aerogelen gelesen - die Zyklenstabilität über 200 Zyklen ist für unsere Kollektoren genau das, was uns bei den heutigen Sorbentien fehlt. Wir bauen in Winterthur Module für Direct Air Capture. Wir würden Ihr Material gern auf unserem Teststand unter realen Bedingungen prüfen und bei Erfolg über eine Lizenz oder ein gemeinsames Innovationsprojekt sprechen."),
    ("me", "2024-07-02 11:00", "Grüezi Frau Baumann, das klingt spannend. Für Materialtransfer brauchen wir ein MTA über ZTH Transfer. Ich verbinde Sie mit Nicole Frei."),
])

# =================================================================== JUNK (38)
C("junk", "template_predatory_journal", "en", "template 1/5: predatory journal call for papers", [
    ("t1", "2024-01-11 03:15", "Dear Dr. Corinne Bättig, greetings from the Global Journal of Advanced Materials Research! We have read your excellent article and are pleased to invite you to submit your next manuscript to our upcoming issue. Rapid peer review within 7 days. Article processing charge only USD 699. Looking forward to your valuable contribution."),
])
C("junk", "template_predatory_journal", "en", "template 2/5: same template, other journal", [
    ("t2", "2024-03-07 04:40", "Dear Prof. Bättig, warm greetings from the International Journal of Nanoscience Frontiers! Having read your outstanding article, we cordially invite you to submit a manuscript for our forthcoming issue. Peer review within 10 days, APC only USD 599. We look forward to your esteemed contribution."),
])
C("junk", "template_predatory_journal", "en", "template 3/5: after connecting", [
    ("t3", "2024-02-27 02:10", "Dear Corinne, thanks for connecting! Greetings from Open Access Materials Letters. We read your excellent work and invite you to submit your next paper to our special issue. Fast review (7 days), APC just USD 499."),
])
C("junk", "template_predatory_journal", "en", "template 4/5: same wording, slight variation", [
    ("t4", "2024-06-18 05:00", "Dear Esteemed Researcher Dr. Bättig, greetings from World Review of Applied Chemistry! We read your impressive publication and kindly invite you to contribute your next manuscript. Review decision in 7 days, processing fee only USD 650. Awaiting your kind reply."),
])
C("junk", "template_predatory_journal", "de", "Vorlage 5/5: gleiche Vorlage auf Deutsch", [
    ("t5", "2024-09-24 04:30", "Sehr geehrte Frau Dr. Bättig, herzliche Grüsse von der Europäischen Zeitschrift für Werkstoffinnovation! Wir haben Ihren hervorragenden Artikel gelesen und laden Sie ein, Ihr nächstes Manuskript für unsere kommende Ausgabe einzureichen. Begutachtung innerhalb von 7 Tagen, Bearbeitungsgebühr nur 590 Euro."),
])
C("junk", "generic_service_web", "en", "generic web development pitch", [
    ("j_web", "2024-02-08 06:30", "Hi, I hope you are doing well. We are a leading web design and development company. We can redesign your website, make it mobile friendly and rank on Google first page. Very affordable prices. Shall I share our portfolio?"),
])
C("junk", "off_topic_luxury", "de", "Luxusuhren an eine Professorin", [
    ("j_watch", "2023-12-12 18:00", "Grüezi Frau Bättig, zum Jahresende haben wir eine kleine Auswahl seltener Vintage-Chronographen erhalten. Für ausgewählte Kundinnen organisieren wir private Besichtigungen an der Bahnhofstrasse. Darf ich Ihnen einen Termin reservieren?"),
])
C("junk", "offers_what_owner_sells", "de", "bietet ihr genau die Messdienstleistung an, die ihr Labor selbst verkauft", [
    ("j_same", "2024-03-26 10:00", "Sehr geehrte Frau Bättig, benötigen Sie zuverlässige BET-Oberflächen- und Porengrössenmessungen? Wir messen Ihre Proben schnell und preiswert, ab 95 Euro pro Probe, Ergebnisse in fünf Arbeitstagen. Fordern Sie jetzt Ihr individuelles Angebot an!"),
])
C("junk", "capacity_for_new_clients", "en", "asks if she takes new clients, then lead-gen", [
    ("j_cap", "2024-04-16 14:00", "Hi Corinne, are you currently taking on new clients or projects?"),
    ("j_cap", "2024-04-19 14:00", "Following up - we match consultants and service providers with companies that have budget ready. Our members get 3-5 qualified introductions a month for a flat fee. Want the details?"),
])
C("junk", "like_minded_entrepreneurs", "de", "Vernetzung als 'gleichgesinnte Unternehmer'", [
    ("j_gleich", "2024-01-31 07:00", "Hallo Corinne, ich vernetze mich gerne mit gleichgesinnten Unternehmerinnen und Machern 🚀 Ich glaube fest daran, dass wir gemeinsam mehr erreichen. Lass uns doch einen virtuellen Kaffee trinken und schauen, wie wir Synergien schaffen!"),
])
C("junk", "quick_15_minute_call", "en", "quick 15-minute call request", [
    ("j_15", "2024-05-22 15:30", "Hi Corinne, do you have 15 minutes this week? I'd love to show you how research organisations are scaling their commercial partnerships 3x faster. Grab a slot here: labscale.example/15min"),
])
C("junk", "connect_then_pitch", "de", "Coach bezieht sich auf Vortrag, Inhaberin antwortet, dann Coaching-Paket", [
    ("c1", "2024-04-15 08:00", "Liebe Frau Bättig, danke fürs Vernetzen! Ihr Vortrag hat mich sehr inspiriert, vor allem die Passage über Ihren Weg zur Professur."),
    ("me", "2024-04-15 12:30", "Danke, das freut mich!"),
    ("c1", "2024-04-16 07:40", "Sehr gern! Ich begleite Wissenschaftlerinnen in Führungspositionen, die mehr Gelassenheit im Alltag suchen. Mein 10-Wochen-Programm startet im Mai, es sind noch zwei Plätze frei (CHF 2'900). Darf ich Ihnen die Unterlagen senden?"),
])
C("junk", "connect_then_pitch", "en", "connects without note, compliments, pitches analytics platform", [
    ("c2", "2024-06-17 15:30", "Hi Corinne, great to connect! Impressive research portfolio."),
    ("c2", "2024-06-20 09:00", "Quick question - how does your institution currently manage research data analytics? CloudBench helps universities unify their data stack. Would you be the right person to talk to, or could you point me to your IT director?"),
    ("c2", "2024-06-27 09:00", "Hi Corinne, just circling back on this!"),
])
C("junk", "connect_then_pitch", "de", "gemeinsame Kontakte, Smalltalk, dann Finanzplanung", [
    ("c3", "2023-11-07 08:30", "Grüezi Frau Bättig, danke für die Vernetzung. Wie läuft das Semester?"),
    ("me", "2023-11-07 12:00", "Grüezi, danke, intensiv wie immer."),
    ("c3", "2023-11-07 12:20", "Das glaube ich! Gerade Professorinnen haben oft wenig Zeit für die eigene Vorsorge. Haben Sie Ihre Pensionskasse und die Säule 3a schon optimiert? Ich biete eine kostenlose Analyse an."),
])
C("junk", "connect_then_pitch", "en", "claims shared alma mater, then pitches staffing", [
    ("c4", "2024-08-26 10:30", "Hi Corinne, so nice to meet a fellow Grenoble alum! Do you miss the mountains there? Zurich must be a nice change."),
    ("c4", "2024-08-28 09:15", "By the way, TalentBridge helps universities hire international postdocs 40% faster with our pre-screened talent pool. Could we set up a call with your HR team?"),
])
C("junk", "follow_up_bumps", "en", "research marketing SDR with three unanswered bumps", [
    ("b1", "2024-02-14 16:00", "Hi Corinne, we help research labs amplify their impact with targeted science communication campaigns. Open to a quick chat?"),
    ("b1", "2024-02-21 16:00", "Hi Corinne, bumping this to the top of your inbox!"),
    ("b1", "2024-02-28 16:00", "Hi Corinne, did you see my note? Happy to send some examples."),
    ("b1", "2024-03-06 16:00", "Hi Corinne, I'll close the loop here. Let me know if timing is better later in the year."),
])
C("junk", "follow_up_bumps", "de", "Laborbedarf-Händler stupst zweimal nach", [
    ("b2", "2024-01-18 09:00", "Grüezi Frau Bättig, Laborbedarf Direkt bietet über 80'000 Artikel für Ihr Labor - Pipetten, Glaswaren, Verbrauchsmaterial. Jetzt Neukundenrabatt von 15 % sichern!"),
    ("b2", "2024-01-25 09:00", "Grüezi Frau Bättig, haben Sie meine Nachricht gesehen?"),
    ("b2", "2024-02-01 09:00", "Letzte Erinnerung: Der Neukundenrabatt gilt nur noch bis Ende Woche!"),
])
C("junk", "merge_tag_failure", "en", "broken {LastName} and [University] placeholders in conference invite", [
    ("m1", "2024-07-09 03:00", "Dear Dr. {LastName}, on behalf of the organising committee we are pleased to invite you as a Speaker at our conference. Researchers from [University] are highly welcome. Early-bird registration USD 899."),
])
C("junk", "merge_tag_failure", "de", "{{Anrede}} {{Nachname}} nicht ersetzt", [
    ("m2", "2024-09-10 08:00", "Sehr geehrte/r {{Anrede}} {{Nachname}}, wussten Sie, dass KMU in der Schweiz Fördergelder von bis zu CHF 500'000 erhalten können? Wir prüfen Ihre Förderfähigkeit kostenlos."),
])
C("junk", "merge_tag_failure", "en", "wrong name and wrong field", [
    ("m3", "2024-05-21 11:00", "Dear Dr. Müller, I was impressed by your oncology research at the University of Basel. I'm recruiting for a Clinical Trial Manager role with a leading CRO. Would you be open to a chat?"),
])
C("junk", "merge_tag_failure", "de", "falscher Firmenname im Übersetzungsangebot", [
    ("m4", "2024-10-08 10:00", "Grüezi Frau Bättig, benötigt die Bättig Treuhand AG professionelle Übersetzungen für Geschäftsberichte? Wir übersetzen in über 40 Sprachen, schnell und zuverlässig."),
])
C("junk", "sponsored_inmail", "en", "sponsored InMail: executive leadership programme", [
    ("sp1", "2024-02-20 12:00", "<p>Dear Corinne,</p><p>Lead with impact. The <b>Alpine Executive Leadership Programme</b> for senior professionals starts in April.</p><p>Scholarships available for academic leaders. <a href=\"https://alpine-academy.example\">Apply now</a></p>"),
], title="Sponsored Conversation", subject="Leadership programme for academic leaders")
C("junk", "sponsored_inmail", "de", "Sponsored Message von 'LinkedIn Member'", [
    ("sp2", "2024-06-05 12:00", "Exklusiv für Führungskräfte: Testen Sie jetzt 3 Monate kostenlos unseren Premium-Newsletter für Börsenwissen."),
], title="Sponsored Conversation", subject="Exklusives Angebot")
C("junk", "sponsored_inmail", "en", "sponsored InMail: cloud HPC credits", [
    ("sp3", "2024-09-17 12:00", "<p>Hi Corinne,</p><p>Run simulations 10x faster. Get <b>$5,000 in free HPC credits</b> for your research team with Quantara Cloud.</p><p>Offer ends 30 September.</p>"),
], title="Sponsored Conversation", subject="$5,000 free HPC credits")
C("junk", "paid_award", "en", "'award' that requires a nomination fee", [
    ("aw", "2024-04-09 01:00", "Dear Prof. Corinne Bättig, congratulations! You have been nominated for the Global Research Excellence Award 2024 (Best Researcher - Materials Science). To process your nomination and receive the award certificate and medal, a nomination fee of USD 349 is required."),
])
C("junk", "paid_speaker_slot", "en", "predatory conference 'keynote' with registration fee", [
    ("pconf", "2024-08-13 02:45", "Dear Dr. Bättig, we are delighted to invite you as a Keynote Speaker at the World Congress on Materials & Nanotechnology in Dubai. Please confirm your participation by completing the speaker registration (USD 1,199), which includes lunch and a certificate."),
])
C("junk", "paid_feature", "en", "research outreach feature for a fee", [
    ("feat", "2024-03-05 10:00", "Dear Corinne, we'd love to feature your research in Research Impact Review, read by policymakers and industry leaders. Our team writes a 6-page article in accessible language. The publication fee is GBP 2,450, often covered from grant dissemination budgets."),
])
C("junk", "fluent_generic_company_named", "de", "flüssiger Pitch mit Labornamen, aber beliebig", [
    ("fluent", "2024-09-03 08:00", "Sehr geehrte Frau Prof. Bättig, das Laboratory for Functional Porous Materials an der ZTH leistet bemerkenswerte Arbeit an der Schnittstelle von Wissenschaft und Anwendung. Gerade führende Forschungsgruppen wie Ihre stehen vor der Herausforderung, Innovationen erfolgreich in den Markt zu bringen. Wir begleiten Hochschulen und Spin-offs ganzheitlich auf diesem Weg. Gerne würde ich mich in einem kurzen Austausch mit Ihnen über mögliche Potenziale unterhalten."),
])
C("junk", "generic_counterpart_ai", "en", "generic AI research assistant, counterpart of the image-analysis pitch", [
    ("j_ai", "2024-01-24 17:00", "Hi Corinne, researchers using ScholarAI save 10+ hours a week on literature reviews and data analysis. Try it free for 14 days - no credit card needed!"),
])
C("junk", "generic_counterpart_eln", "de", "generische Digitalisierung, Gegenstück zum empfohlenen ELN", [
    ("j_eln", "2024-02-06 10:00", "Grüezi Frau Bättig, ist Ihr Unternehmen schon fit für die digitale Zukunft? DigiLab Solutions digitalisiert Ihre Prozesse von A bis Z. Vereinbaren Sie jetzt eine kostenlose Erstberatung."),
])
C("junk", "generic_counterpart_catalogue", "de", "generischer Gerätekatalog, Gegenstück zur Legacy-Software", [
    ("j_cat", "2024-05-14 08:00", "Grüezi! Unser neuer Laborgeräte-Katalog 2024 ist da: Zentrifugen, Waagen, Trockenschränke und mehr zu Top-Preisen. Jetzt kostenlos bestellen!"),
])
C("junk", "generic_counterpart_recruiter", "en", "recruiter with an irrelevant finance role", [
    ("j_recr", "2024-07-09 12:00", "Hi Corinne, hope you're well! I have an exciting opportunity for a Senior Financial Analyst in Zug - 140k CHF + bonus. Your background looks like a great fit. Open to a chat?"),
])
C("junk", "generic_counterpart_vanity_press", "en", "vanity publisher with author fees, counterpart of the tailored monograph offer", [
    ("j_vanity", "2024-04-24 13:00", "Hi Corinne, have you ever dreamed of becoming a published author? Lumen Author Services turns your ideas into a professionally published book in 90 days. Packages start at USD 3,999. Book your free consultation!"),
])
C("junk", "generic_counterpart_grants", "en", "generic grant writing, counterpart of the tailored EU call advisor", [
    ("j_grant", "2024-03-12 15:00", "Hi Corinne, struggling to win grants? Our expert writers have secured over $200M for clients. Let us write your next proposal - success rates up to 80%!"),
])
C("junk", "generic_coaching", "de", "Führungscoaching generisch", [
    ("j_coach", "2024-05-28 06:30", "Liebe Corinne, wie viel Potenzial lässt du als Führungskraft liegen? 💡 In meinem kostenlosen Webinar zeige ich die 5 Geheimnisse erfolgreicher Leader. Jetzt Platz sichern!"),
])
C("junk", "offshore_staffing", "en", "offshore virtual assistants", [
    ("j_va", "2024-08-20 04:00", "Dear Corinne, scale your business with dedicated virtual assistants starting at $7/hour. Data entry, admin, customer support. Let's schedule a call!"),
])
C("junk", "off_topic_crypto", "de", "Krypto-Mentoring", [
    ("j_invest", "2024-02-20 22:30", "Hey Corinne 👋 Schon mal über passives Einkommen mit Krypto nachgedacht? Ich zeige dir mein System, mit dem meine Schüler 3-5k im Monat nebenbei verdienen. Schreib mir 'START'!"),
])
C("junk", "generic_translation", "de", "generisches Übersetzungsangebot", [
    ("j_lang", "2024-11-05 09:00", "Grüezi, Sprachwerk AG übersetzt Ihre Dokumente in alle Landessprachen und Englisch - zertifiziert und termingerecht. Jetzt 10 % Rabatt auf den ersten Auftrag!"),
])

if __name__ == "__main__":
    x.write(HERE.parent / SLUG,
            {"First Name": "Corinne", "Last Name": "Bättig",
             "Headline": "Professor of Materials Science | Head, Laboratory for Functional Porous Materials, ZTH Zürich | Aerogels, sorbents, carbon capture",
             "Summary": "My group designs porous materials - aerogels, hybrid sorbents, porous ceramics - for thermal insulation and direct air capture. We work closely with industry partners and offer characterisation services. Ich betreue Doktorierende auf Deutsch und Englisch.",
             "Industry": "Higher Education", "Geo Location": "Zürich, Switzerland",
             "Websites": "[OTHER:https://fpm.zth.example]"},
            [{"Company Name": "ZTH Zürich", "Title": "Professor & Head, Laboratory for Functional Porous Materials",
              "Description": "Aerogels and porous sorbents for insulation and carbon capture; 12 researchers.",
              "Location": "Zürich", "Started On": "Aug 2015", "Finished On": ""},
             {"Company Name": "ZTH Zürich", "Title": "Assistant Professor (Tenure Track)", "Description": "",
              "Location": "Zürich", "Started On": "Feb 2011", "Finished On": "Jul 2015"},
             {"Company Name": "Université Grenoble-Isère", "Title": "PhD & Postdoc", "Description": "",
              "Location": "Grenoble", "Started On": "Oct 2004", "Finished On": "Dec 2010"}],
            ["Aerogels", "Sol-Gel Chemistry", "Gas Adsorption", "Materials Characterization",
             "Carbon Capture", "Research Management", "Teaching"])
    print(x.summary())

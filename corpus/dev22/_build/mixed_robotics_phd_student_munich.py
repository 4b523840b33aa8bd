"""dev22 persona (written blind as heldout28, session 4): heldout28 persona: second-year robotics PhD student in Munich, junior profile (2026 layout).

Written blind to the detector code (session 4). Every message below is invented by hand;
running this script regenerates corpus/heldout28/mixed-robotics-phd-student-munich byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-robotics-phd-student-munich"
OWNER = Person("me", "Leonie Brandstätter", "https://www.linkedin.com/in/leonie-brandstaetter-robotics",
               "TU München, Lehrstuhl für Taktile Robotik", "Doctoral Researcher")

ex = Export(SLUG, "2026", OWNER)
P = ex.person


def genuine(category: str, language: str, note: str, messages: list, **options: object) -> None:
    ex.conv("genuine", category, language, note, messages, **options)


def wanted(category: str, language: str, note: str, messages: list, **options: object) -> None:
    ex.conv("wanted_pitch", category, language, note, messages, **options)


def junk(category: str, language: str, note: str, messages: list, **options: object) -> None:
    ex.conv("junk", category, language, note, messages, **options)


# ---------------------------------------------------------------- people
P("prof", "Hartwig Lenz", "TU München", "Professor, Lehrstuhl für Taktile Robotik", connected="2022-07-14")
P("labmate_max", "Maximilian Obermaier", "TU München", "Doctoral Researcher", connected="2022-10-04")
P("postdoc", "Thiago Albuquerque", "TU München", "Postdoctoral Researcher", connected="2023-01-09")
P("conf_chair", "Prof. Elena Vasquez-Roth", "EuroManip 2026", "Publication Chair", connected="2025-11-02")
P("workshop_org", "Dr. Kenji Morioka", "Workshop on Tactile Sensing for Manipulation", "Organizer")
P("internship_hr", "Sophie Lindqvist", "Halvard Robotics", "University Recruiting", connected="2025-09-22")
P("recruiter_de", "Florian Grabmaier", "Grabmaier Tech Talents", "Recruiter Robotik & Embedded", connected="2025-03-17",
  invite=("OUT", "2025-03-17 18:05", "Hallo Herr Grabmaier, danke für den Vortrag beim Karriereabend - darf ich mich vernetzen?"))
P("oss_contrib", "Wei Zhang", "", "Robotics Software Engineer (open source)", connected="2025-06-30")
P("oss_maint", "Pauline Girard", "Ardent Motion", "Maintainer, ros2 driver stack")
P("applicant_ma", "Jakob Huber", "TU München", "M.Sc. Robotics student")
P("applicant_hiwi", "Aylin Demir", "TU München", "M.Sc. Informatics student")
P("inbound_startup", "Noah Feldman", "Grasply", "CTO")
P("parent", "Martina Eichinger", "", "Apothekerin")
P("peer_eth", "Lukas Meier", "ETH Zürich", "Doctoral Student, Robotic Systems Lab", connected="2024-05-28")
P("vendor_arm", "Ralf Kienzle", "Kinemo Robotik Vertrieb", "Service & Vertrieb Süd", connected="2023-02-15")
P("vendor_ft", "Daniela Hofbauer", "Messtechnik Hofbauer", "Technischer Vertrieb", connected="2025-04-02")
P("gpu_vendor", "Aaron Webb", "Lattice Compute", "Academic Programs", connected="2024-11-12")
P("cg_1", "Maria Santos", "Universidade do Porto", "PhD Student", connected="2025-10-16")
P("cg_2", "Tobias Rehm", "KIT", "Doctoral Researcher", connected="2025-10-16")
P("cg_3", "Hanna Kowalczyk", "TU Delft", "PhD Candidate", connected="2025-10-17")
P("journo", "Veronika Stadler", "Münchner Abendpost", "Wissenschaftsredakteurin")
P("friend_bsc", "Selin Aksoy", "Festo", "Entwicklungsingenieurin", connected="2019-10-01")
P("ex_mentor", "Urs Gasser", "Precimotion AG", "Head of Controls", connected="2021-09-15")
P("volunteer", "Chloé Dubois", "EuroManip 2026", "Student Volunteer Coordinator")
P("labmate_sara", "Sara Pichler", "TU München", "Doctoral Researcher", connected="2022-10-04")
P("labmate_ben", "Benedikt Wagner", "TU München", "Doctoral Researcher", connected="2023-04-01")
P("meetup", "Dominik Reiter", "Robotics Meetup München", "Organizer", connected="2023-11-20")
P("gradschool", "Claudia Pfister", "TU München Graduate School", "Referentin Promotionsangelegenheiten", connected="2024-10-01")
P("coauthor", "Dr. Ingrid Solberg", "NTNU Trondheim", "Associate Professor", connected="2024-09-09")
P("editor", "Prof. Marcus Hale", "Journal of Tactile Systems", "Associate Editor")
P("hiwi", "Lukas Strobl", "TU München", "Studentische Hilfskraft", connected="2025-01-10")
P("mentoring", "Dr. Birgit Lechner", "Infinia Automation", "Mentorin, MINT-Mentoring", connected="2025-02-01")
P("fair_contact", "Dr. Omar Haddad", "Schunkel Greiftechnik", "R&D Engineer", connected="2025-06-27")
P("alumna", "Dr. Katrin Haas", "Tactora", "Co-Founder & CTO", connected="2022-07-20")

# wanted-pitch senders
P("w_research_rec", "Rachel Okafor", "Meridian Robotics Research", "Research Recruiter")
P("w_sensor", "Sebastian Thaler", "Hautsinn Sensorik", "Gründer & CEO")
P("w_sim", "Isabel Navarro", "Simforge", "Academic Partnerships")
P("w_startup_job", "Moritz Kappler", "Tactora", "Head of Engineering")
P("w_annot", "Elif Yıldız", "Annotaro", "Research Data Partnerships")
P("w_calib", "Peter Lindner", "Kalibrierwerk", "Application Engineer")
P("w_incubator", "Dr. Julia Brenninger", "Deep Tech Bridge", "Program Manager")
P("w_industry_rec", "Andrea Kessler", "Kessler Automation", "Talent Acquisition, Corporate Research")
P("w_fingers", "Tom Hargreaves", "SoftTip Grippers", "Applications Lead")
P("w_summer", "Prof. Giulia Ferraro", "Summer School on Robot Touch", "Co-organiser")
P("w_pcb", "Nina Walch", "Walch Elektronikfertigung", "Projektingenieurin")
P("w_gpu", "Daniel Brooks", "Corvid Compute", "Research Solutions")

# junk senders
P("j_rec_java", "Ashley Cooper", "Nexa Talent", "Technical Recruiter")
P("j_sim", "Gregor Baum", "RoboSim Suite", "Sales")
P("j_incub", "Kevin Lutz", "Founders Rocket", "Community Lead")
P("j_gpu", "Samantha Lee", "CloudBurst GPU", "Account Executive")
P("j_tpl1", "Ryan Mitchell", "Stratos Talent", "Talent Partner")
P("j_tpl2", "Jessica Moore", "Velocity Hire", "Senior Recruiter")
P("j_tpl3", "Daniel Price", "Hirewell Partners", "Talent Lead")
P("j_tpl4", "Kai Neumann", "TalentSprint GmbH", "Recruiting Partner")
P("j_tpl5", "Olivia Hunt", "Catalyst Search", "Recruiter")
P("j_merge1", "Brian Walsh", "EduLeads", "Partnerships")
P("j_merge2", "Sandra Vogel", "KarriereBoost", "Vertrieb")
P("j_merge3", "Tyler Grant", "DevTalent Network", "Recruiter")
P("j_merge4", "Nils Haug", "ThesisPrint24", "Kundenservice")
P("j_sp1", "Hartwell Business School", "Hartwell Business School", "",
  url="https://www.linkedin.com/company/hartwell-business-school")
P("j_sp2", "Akademikerfinanz", "Akademikerfinanz", "",
  url="https://www.linkedin.com/company/akademikerfinanz")
P("j_award", "Chris Dalton", "Future Robotics Leaders", "Program Director")
P("j_journal", "Dr. Emily Watson", "International Journal of Advanced Robotic Engineering", "Editorial Office")
P("j_conf", "Conference Secretariat", "World Summit on Robotics & Automation", "Secretariat")
P("j_podcast", "Timo Krause", "Zukunft Denken Podcast", "Host")
P("j_samething", "Arjun Patel", "GraspWorks Solutions", "Business Development")
P("j_capacity", "Lisa Turner", "ScaleLeads", "Founder")
P("j_likeminded", "Alexander Berg", "Berg Ventures", "Founder | Visionär | Speaker")
P("j_15min", "Megan Clark", "Innovatech", "Partnerships")
P("j_ctp1", "Jonas Frühwirth", "Frühwirth Finanzplanung", "Finanzberater für Akademiker", connected="2025-05-05",
  invite=("IN", "2025-05-05 08:10", "Hallo Leonie, ich vernetze mich gern mit Nachwuchswissenschaftlerinnen der TUM!"))
P("j_ctp2", "Melanie Stroh", "", "Lifestyle & Freiheit | Mama | Netzwerkerin", connected="2025-07-21",
  invite=("IN", "2025-07-20 22:05", ""))
P("j_ctp3", "Patrick Engel", "Akademie für Doktorarbeiten", "Wissenschaftlicher Berater", connected="2025-09-08",
  invite=("IN", "2025-09-08 11:30", "Hallo, spannende Forschung! Würde mich über Vernetzung freuen."))
P("j_ctp4", "Jason Reed", "AlphaTrade Academy", "Trading Mentor", connected="2026-01-12",
  invite=("IN", "2026-01-11 19:40", ""))
P("j_bump1", "Mark Evans", "DataLabel Pro", "Sales")
P("j_bump2", "Stephanie Kurz", "Lernwerk Online", "Kooperationen")
P("j_crypto", "Victor Hale", "RoboToken", "Community Manager")
P("j_ghost", "Dr. Ralf Sommer", "Ghostwriter-Agentur Sommer", "Inhaber")
P("j_fluent", "Claire Benson", "PaperPilot AI", "Academic Success Lead")
P("j_sales", "Heike Rauch", "Vertriebsprofis Süd", "Personalberaterin")
P("j_immo", "Dennis Vogt", "Vogt Immobilieninvest", "Berater")
P("j_sensor", "Kurt Brenner", "SensorDirekt", "Vertrieb")
P("j_pcb", "Jenny Liu", "QuickPCB Global", "Sales Manager")
P("j_annot", "Oscar Nguyen", "LabelHive", "BDR")
P("j_survey", "Paul Jansen", "Panelwerk", "Recruiting Panel")

# ================================================================ GENUINE (35)
genuine("supervisor", "de", "Betreuer zu Paper-Entwurf und Deadline", [
    ("prof", "2026-02-23 21:40", "Hallo Leonie, habe den Entwurf gelesen. Die Slip-Experimente sind stark, aber Abschnitt 4 ist noch zu lang und die Baseline mit dem reinen Vision-Ansatz fehlt. Schaffst du das bis Freitag? Sonst lieber zur Herbst-Deadline. LG Hartwig"),
    ("me", "2026-02-24 07:55", "Hallo Hartwig, danke fürs schnelle Lesen! Die Vision-Baseline hat Thiago schon laufen, ich brauch nur noch die Plots. Freitag schaff ich. Abschnitt 4 kürze ich heute."),
    ("prof", "2026-02-24 08:10", "Gut. Dann Donnerstag 16 Uhr kurz drüber schauen."),
])
genuine("supervisor_travel_cost", "de", "Betreuer zur Dienstreise und Übernahme der Konferenzkosten", [
    ("me", "2025-11-10 10:20", "Hallo Hartwig, das Paper ist bei der EuroManip angenommen 🎉 Die Konferenz ist in Lissabon, Registrierung 520 € (Student) plus Flug und Hotel, insgesamt ca. 1.400 €. Geht das über das Projektbudget?"),
    ("prof", "2025-11-10 11:05", "Glückwunsch!! Ja, über das EU-Projekt, das ist genau dafür da. Stell bitte den Dienstreiseantrag vor der Buchung, sonst gibt's Ärger mit der Verwaltung. Und frag, ob du Student Volunteer machen kannst, dann sparst du die Registrierung."),
    ("me", "2025-11-10 11:12", "Mach ich, danke!"),
])
genuine("labmate", "de", "Laborkollege wegen Doppelbuchung des Roboterarms", [
    ("labmate_max", "2026-01-15 09:03", "Servus, hast du den Arm heut Nachmittag gebucht? Im Kalender steht beides, du und ich 14-18 Uhr 🙃"),
    ("me", "2026-01-15 09:10", "Oh mist, sorry, hab vergessen meinen alten Slot zu löschen. Nimm du ihn, ich mach heute eh Auswertung."),
    ("labmate_max", "2026-01-15 09:11", "Merci, Brezn geht auf mich"),
])
genuine("labmate_dataset", "mixed", "postdoc switching between English and German about the shared dataset", [
    ("postdoc", "2026-02-10 14:20", "Hey Leonie, the tactile dataset on the NAS - is the 'v3_clean' folder the one with the recalibrated sensors? I want to use it for the baseline."),
    ("me", "2026-02-10 14:35", "Ja genau, v3_clean is recalibrated, v3_raw is before. Aber Achtung: sequences 140-162 sind noch kaputt, the gripper slipped off the table mount. I'll delete them today."),
    ("postdoc", "2026-02-10 14:37", "Alles klar, danke! My German is getting better, no? 😄"),
    ("me", "2026-02-10 14:38", "Sehr gut, Thiago 😄"),
])
genuine("conference_registration", "en", "conference publication chair: accepted paper, registration fee deadline", [
    ("conf_chair", "2025-11-03 09:00", "Dear Leonie, congratulations again on the acceptance of paper #217. A reminder that at least one author must register by 15 December (author rate 640 EUR, student author rate 520 EUR) for the paper to be included in the proceedings. The camera-ready deadline is 1 December. Kind regards, Elena Vasquez-Roth"),
    ("me", "2025-11-03 10:30", "Dear Prof. Vasquez-Roth, thank you! I'll register as a student author. Could you confirm that student volunteers still need to pay the registration for an author paper?"),
    ("conf_chair", "2025-11-03 15:00", "Good question: yes, the author registration is still required, but volunteers get the social dinner and the workshop day free."),
])
genuine("event_invitation_talk", "en", "workshop organiser invites her to give a short talk", [
    ("workshop_org", "2025-12-05 02:15", "Dear Leonie, I'm co-organising the Workshop on Tactile Sensing for Manipulation at EuroManip 2026. Your paper on slip detection with low-cost tactile skins fits very well, and we'd like to invite you to give a 10-minute spotlight talk. No additional fee, just your time. Would you be available on the workshop day (17 June)? Best, Kenji Morioka"),
    ("me", "2025-12-05 08:40", "Dear Dr. Morioka, thank you very much for the invitation - yes, I'd be happy to give the spotlight talk!"),
])
genuine("internship_offer", "en", "company she applied to sends an internship offer with salary", [
    ("me", "2025-09-22 17:00", "Hi Sophie, thank you for the call today. As discussed, I'd be interested in the 4-month research internship in Gothenburg from April 2026, ideally on the in-hand manipulation team. I've sent my CV through the portal."),
    ("internship_hr", "2025-10-14 10:30", "Hi Leonie, great news: the team would like to offer you the internship! Monthly stipend is 28,000 SEK, plus relocation support and housing for the first month. Contract attached - please have a look and let me know if you have questions. We'd need your answer by 31 October."),
    ("me", "2025-10-14 18:20", "Hi Sophie, that's wonderful, thank you! I need to clarify the IP clause with my supervisor (my PhD is partly EU-funded) - could I come back to you by the 28th?"),
    ("internship_hr", "2025-10-15 08:05", "Of course, that's very common. I've also asked legal to send the standard academic addendum."),
], attachments={1: "https://www.linkedin.com/dms/halvard-internship-contract.pdf"})
genuine("recruiter_engaged", "de", "Recruiter, den sie nach einem Karriereabend selbst angeschrieben hat", [
    ("me", "2025-03-17 18:10", "Hallo Herr Grabmaier, danke für Ihren Vortrag gestern. Ich bin erst im ersten Jahr der Promotion, würde aber gern schon mal wissen, welche Firmen in Bayern an taktiler Sensorik arbeiten - für ein Praktikum 2026 oder später. Haben Sie da einen Überblick?"),
    ("recruiter_de", "2025-03-18 09:20", "Hallo Frau Brandstätter, sehr gerne! Drei kommen mir spontan in den Sinn, zwei Mittelständler im Allgäu und ein Startup in Garching. Für Praktika verlange ich nichts von Ihnen, die Firmen zahlen nur bei Festanstellungen. Wollen wir 20 Minuten telefonieren?"),
    ("me", "2025-03-18 09:45", "Sehr gern, Donnerstag nach 17 Uhr?"),
    ("recruiter_de", "2025-03-18 09:50", "Passt, ich rufe Sie an."),
])
genuine("open_source_collab", "en", "contributor coordinating a pull request on her package", [
    ("oss_contrib", "2025-07-01 13:10", "Hi Leonie, I opened a PR on tactile_grasp_ros adding support for the 16-taxel skins. Tests pass locally but CI fails on Humble because of the message definitions. Could you take a look when you have time? Also happy to maintain the skin driver part if you want help."),
    ("me", "2025-07-01 20:05", "Hi Wei, thanks so much! The Humble failure is my fault, the msg package isn't pinned. I'll fix CI tomorrow and review your PR. And yes, co-maintaining the driver would be amazing."),
    ("oss_contrib", "2025-07-02 07:30", "Great, thanks! I'll add the docs for the new skin too."),
])
genuine("owner_started_bug", "en", "she reports a bug to the maintainer of a driver stack", [
    ("me", "2025-05-12 11:00", "Hi Pauline, sorry to message here - the issue tracker is closed for new accounts. With the 0.9 driver, the gripper force command is ignored when the arm is in impedance mode. Is that known? I can send a minimal launch file."),
    ("oss_maint", "2025-05-12 16:40", "Hi Leonie, not known, thanks! Please send the launch file to the mailing list and I'll reproduce it. We can get you into the tracker too - spam bots forced us to close it."),
    ("me", "2025-05-12 16:55", "Sent, thanks!"),
])
genuine("job_applicant", "de", "Masterstudent bewirbt sich auf eine Masterarbeit bei ihr", [
    ("applicant_ma", "2025-12-01 19:30", "Hallo Frau Brandstätter, ich habe Ihre Ausschreibung für eine Masterarbeit zu 'Slip-Erkennung mit taktilen Sensoren' am Lehrstuhl gesehen. Ich studiere Robotik im 3. Semester, habe ROS 2 und PyTorch-Erfahrung aus dem Praktikum bei einem Automobilzulieferer. Hätten Sie Zeit für ein kurzes Gespräch? Notenauszug hänge ich an. Viele Grüße, Jakob Huber"),
    ("me", "2025-12-02 09:00", "Hallo Jakob, danke für dein Interesse! Am Lehrstuhl duzen wir uns übrigens 🙂 Komm gern am Donnerstag um 14 Uhr ins Labor (MW 1.042), dann zeige ich dir den Aufbau."),
    ("applicant_ma", "2025-12-02 09:12", "Super, danke, bis Donnerstag!"),
], attachments={0: "https://www.linkedin.com/dms/huber-notenauszug.pdf"})
genuine("job_applicant", "en", "international student applies for a HiWi position", [
    ("applicant_hiwi", "2026-01-20 12:00", "Hi Leonie, I saw the HiWi ad for data collection with the tactile gripper (8h/week). I'm a Master's student in Informatics and I worked with ROS in my bachelor's in Istanbul. My German is A2, is English ok for the job? Thanks, Aylin"),
    ("me", "2026-01-20 13:15", "Hi Aylin, yes, English is totally fine - the lab language is mostly English anyway. Please send your CV and transcript to me by email and we'll set up a short chat."),
])
genuine("inbound_lead_consulting", "en", "startup wants to pay her for a consulting day on her package", [
    ("inbound_startup", "2025-10-20 16:00", "Hi Leonie, we're a small startup in Berlin using your tactile_grasp_ros package for a fruit-picking gripper. It works great, but we're stuck on the calibration with our own sensor. Would you be open to a paid consulting day (remote)? Name your rate - we'd rather pay you than lose another month."),
    ("me", "2025-10-20 21:00", "Hi Noah, happy to hear it's useful! I'd need to check with my university about side work first (there are rules for PhD employees). If it's ok, I'd say 600 EUR for a day, and any fixes go back into the open-source repo. I'll get back to you this week."),
    ("inbound_startup", "2025-10-21 08:30", "Totally fair, and we're happy for fixes to go upstream. Looking forward to it."),
    ("me", "2025-10-24 12:10", "Got the ok from the university (Nebentätigkeitsanzeige). Would 6 November work?"),
])
genuine("inbound_lead_tutoring", "de", "Mutter möchte Nachhilfe in Mathe für ihren Sohn buchen", [
    ("parent", "2025-09-15 20:30", "Hallo Frau Brandstätter, Sie wurden mir von Frau Pichler (Mutter von Sara) empfohlen. Mein Sohn ist in der 11. Klasse am Gymnasium in Pasing und kämpft mit Analysis. Geben Sie noch Nachhilfe? Was nehmen Sie pro Stunde?"),
    ("me", "2025-09-15 21:10", "Hallo Frau Eichinger, ja, ich habe noch einen Platz am Dienstagabend frei. 30 € für 60 Minuten, bei Ihnen zu Hause oder online. Wollen wir mit einer Probestunde anfangen?"),
    ("parent", "2025-09-15 21:20", "Sehr gerne, nächsten Dienstag 18 Uhr bei uns?"),
])
genuine("peer_joint_offer", "en", "ETH PhD proposes co-organising a workshop and splitting sponsor costs", [
    ("peer_eth", "2025-11-25 18:45", "Hey Leonie! Crazy idea: shall we propose a workshop on low-cost tactile sensing at CoRL next year? You, me, and maybe Hanna from Delft. We could apply for the student travel sponsorship together and split the costs for the speakers' dinner. Deadline for proposals is 15 Jan."),
    ("me", "2025-11-26 07:30", "Lukas, love it! I'll have to ask Hartwig, but I think he'll like it. I can draft the call and speaker list. Who handles the money - does ETH have a way to receive sponsorship?"),
    ("peer_eth", "2025-11-26 08:10", "ETH can, I've done it once. Let's have a call Friday."),
])
genuine("vendor_price_change", "de", "Roboter-Händler kündigt höhere Wartungspauschale an (sie ist Laborverantwortliche)", [
    ("vendor_arm", "2025-12-08 10:00", "Hallo Frau Brandstätter, Sie sind ja jetzt die Ansprechpartnerin für die zwei Arme am Lehrstuhl. Zur Info vorab: Die Wartungspauschale steigt ab 1.3.2026 von 2.100 € auf 2.450 € pro Arm und Jahr. Wenn der Lehrstuhl vor Ende Februar für 2 Jahre verlängert, gilt noch der alte Preis. Das Angebot schicke ich an Sie und Frau Mayr im Sekretariat."),
    ("me", "2025-12-08 11:30", "Hallo Herr Kienzle, danke für die Info. Ich gebe das an Prof. Lenz weiter, die Entscheidung liegt bei ihm. Bitte das Angebot an Frau Mayr, ich bin nur in CC."),
    ("vendor_arm", "2025-12-08 11:40", "Gerne, so mache ich es."),
])
genuine("owner_started_quote", "de", "sie fragt selbst ein Angebot für einen Kraft-Momenten-Sensor an", [
    ("me", "2025-04-02 09:30", "Hallo Frau Hofbauer, wir haben uns auf der Messe kurz unterhalten. Wir bräuchten für den Lehrstuhl einen 6-Achsen-Kraft-Momenten-Sensor für einen Arm mit ISO-Flansch 50 mm, Messbereich ca. 200 N. Könnten Sie uns ein Angebot mit Hochschulrabatt schicken?"),
    ("vendor_ft", "2025-04-02 14:00", "Hallo Frau Brandstätter, gerne! Für Ihren Anwendungsfall würde ich das Modell mit 250 N empfehlen, inkl. Adapterplatte und EtherCAT-Interface. Listenpreis 6.900 €, Hochschulrabatt 15 %. Lieferzeit 6 Wochen. Angebot kommt per Mail."),
    ("me", "2025-04-02 14:30", "Danke! Gibt es die ROS 2-Treiber dazu offiziell oder nur Community?"),
    ("vendor_ft", "2025-04-02 15:10", "Offiziell, mit Beispiel-Launchfiles. Ich lege Ihnen den Link bei."),
])
genuine("vendor_price_change", "en", "existing GPU provider changes the academic plan pricing", [
    ("gpu_vendor", "2025-11-28 17:00", "Hi Leonie, a heads-up for your lab's academic account: from January the A100 academic rate changes from $1.10 to $1.35/hour, but we're adding 2,000 free hours per year for accounts that acknowledge us in publications. Your current credits stay valid until they run out. Any questions, ping me."),
    ("me", "2025-11-28 18:20", "Thanks Aaron. We acknowledge you already in the RA-L paper - does that count for the free hours?"),
    ("gpu_vendor", "2025-11-28 18:45", "It does, just send me the DOI once it's out."),
])
genuine("congrats_after_award", "en", "congrats after her best student paper award (1 of 3)", [
    ("cg_1", "2025-10-16 20:10", "Congratulations on the best student paper award today, Leonie! Well deserved, the live demo with the sliding cup was brilliant. Maria"),
    ("me", "2025-10-16 22:00", "Thank you Maria! And thanks for the question about the foam skin, I'm still thinking about it 😄"),
])
genuine("congrats_after_award", "de", "Glückwunsch zum Best Student Paper Award (2 von 3), fast gleich", [
    ("cg_2", "2025-10-16 21:30", "Glückwunsch zum Best Student Paper Award heute, Leonie! Absolut verdient, die Live-Demo mit dem rutschenden Becher war genial. Tobias"),
    ("me", "2025-10-16 22:05", "Danke dir, Tobias! Grüß mir Karlsruhe."),
])
genuine("congrats_after_award", "en", "congrats after the award (3 of 3), near-duplicate", [
    ("cg_3", "2025-10-17 07:50", "Congrats on the best student paper award yesterday, Leonie! Very well deserved - the live demo with the sliding cup was brilliant. Hanna"),
])
genuine("press_enquiry", "de", "Wissenschaftsredakteurin fragt nach einem Gespräch über Pflegeroboter", [
    ("journo", "2025-12-10 11:00", "Liebe Frau Brandstätter, ich schreibe für die Abendpost über Roboter in der Pflege und bin über die Pressemitteilung zu Ihrem Preis auf Sie gestoßen. Könnte ich Sie 20 Minuten dazu sprechen, warum Roboter so schlecht 'fühlen'? Gern auch im Labor. Die Pressestelle ist informiert."),
    ("me", "2025-12-10 13:30", "Liebe Frau Stadler, sehr gern! Ich möchte nur betonen, dass wir keine Pflegeroboter bauen, sondern Grundlagen zum Greifen - damit es keine falschen Erwartungen gibt. Dienstag 10 Uhr im Labor?"),
    ("journo", "2025-12-10 13:45", "Sehr fair, genau so will ich's auch darstellen. Dienstag passt."),
])
genuine("long_standing_friend", "de", "Freundin aus dem Bachelor in Stuttgart", [
    ("friend_bsc", "2026-01-04 19:00", "Leoooo, frohes Neues! Wie läuft die Promotion? Ich bin im Februar für ne Schulung in München, hast du Zeit für nen Abend? Augustiner, wie früher in Stuttgart nur mit besserem Bier 🍺"),
    ("me", "2026-01-04 20:15", "Selin!! Frohes Neues! Promotion läuft, Paper angenommen, Nerven dünn 😅 Februar unbedingt, schick mir die Daten!"),
    ("friend_bsc", "2026-01-04 20:17", "12.-14.2. ❤️"),
])
genuine("long_standing_mentor", "de", "ehemaliger Praktikumsbetreuer aus der Schweiz", [
    ("ex_mentor", "2025-10-18 09:30", "Hoi Leonie, ich habe gesehen, dass du den Best Student Paper Award geholt hast. Gratuliere! Ich erinnere mich gut an deinen ersten Tag bei uns, als der Regler den Tisch verschoben hat 😄 Wenn du mal in Zürich bist, melde dich. Herzlich, Urs"),
    ("me", "2025-10-18 12:00", "Lieber Urs, danke! Der Tisch hat mich geprägt, ich teste jetzt alles zuerst in Simulation 😄 Ich bin im Dezember bei Lukas an der ETH, dann melde ich mich!"),
])
genuine("spam_folder_genuine", "en", "conference volunteer coordinator's shift plan landed in SPAM", [
    ("volunteer", "2026-03-02 10:00", "Dear Leonie, welcome to the EuroManip 2026 student volunteer team! Your shifts: 15 June 08:00-12:00 (registration desk) and 16 June 13:00-17:00 (session room B). Please confirm by 15 March or we'll have to give the spot to the waiting list. Best, Chloé"),
    ("me", "2026-03-09 21:30", "Dear Chloé, so sorry for the late reply, your message ended up in my spam folder! Confirmed for both shifts, thank you."),
], folder="SPAM")
genuine("lab_group", "de", "Laborgruppe zur Weihnachtsfeier und Kaffeekasse", [
    ("labmate_sara", "2025-12-01 12:00", "Leute, Weihnachtsfeier am 18.12.? Hartwig hat ja gesagt, dass er das Essen zahlt, wir kümmern uns um Getränke."),
    ("labmate_ben", "2025-12-01 12:10", "18. passt. Wer macht Wichteln? Limit 10 €"),
    ("me", "2025-12-01 12:25", "Ich mach Wichteln 🎁 und die Kaffeekasse ist übrigens wieder bei -23 €, bitte alle 5 € rein 🙏"),
    ("labmate_max", "2025-12-01 12:31", "oops, das war ich mit dem Cappuccino-Pulver. zahl morgen"),
], title="LTR Doktoranden 🤖")
genuine("event_invitation_meetup", "de", "Meetup-Organisator lädt sie als Sprecherin ein", [
    ("meetup", "2025-04-28 18:00", "Hi Leonie, wir suchen für das Robotics Meetup im Juni noch eine zweite Sprecherin. Magst du 20 min zu deinem Open-Source-Paket erzählen? Location ist diesmal im Werk1, Pizza und Bier wie immer 🍕"),
    ("me", "2025-04-28 19:30", "Hey Dominik, ja gern! 20 min passt. Ich bring den kleinen Greifer mit für eine Live-Demo."),
    ("meetup", "2025-04-28 19:35", "Mega, ich trag dich ein."),
])
genuine("contract_extension", "de", "Graduate School zur Verlängerung des Arbeitsvertrags", [
    ("gradschool", "2025-08-12 10:00", "Sehr geehrte Frau Brandstätter, Ihr Arbeitsvertrag als wissenschaftliche Mitarbeiterin endet am 30.09.2025. Für die Verlängerung um 24 Monate benötigen wir bis 31.08. die unterschriebene Betreuungsvereinbarung und den Fortschrittsbericht. Die Eingruppierung bleibt bei E13 (65 %)."),
    ("me", "2025-08-12 11:20", "Sehr geehrte Frau Pfister, danke für die Erinnerung. Die Betreuungsvereinbarung ist unterschrieben, den Fortschrittsbericht schicke ich bis nächste Woche."),
])
genuine("coauthor", "en", "co-author about camera-ready and copyright form", [
    ("coauthor", "2025-11-27 08:00", "Hi Leonie, I went through the camera-ready, only two small things: Fig. 3 axis label is still in German ('Kraft') and the acknowledgement needs our Norwegian grant number (NFR 3xxxxx). I've signed the copyright form. Well done!"),
    ("me", "2025-11-27 09:10", "Thanks Ingrid! Haha, 'Kraft' sneaks in every time. Fixed both, uploading today."),
])
genuine("review_invitation", "en", "journal associate editor invites her to review", [
    ("editor", "2026-02-02 15:00", "Dear Ms Brandstätter, given your recent work on slip detection, I'd like to invite you to review a manuscript for the Journal of Tactile Systems on tactile-based grasp stability. Your supervisor has agreed to co-sign the review if you wish. Would you be able to submit within 4 weeks?"),
    ("me", "2026-02-02 17:40", "Dear Prof. Hale, thank you, I'd be glad to review it. I'll accept through the system today."),
])
genuine("reference_request", "de", "Hiwi bittet um ein Empfehlungsschreiben", [
    ("hiwi", "2026-03-05 16:20", "Hi Leonie, ich bewerb mich für ein Auslandssemester in Tokio und bräuchte ein Empfehlungsschreiben von jemandem, der mich fachlich kennt. Würdest du das machen? Deadline ist der 31.3. Danke dir!"),
    ("me", "2026-03-05 17:00", "Klar, Lukas! Schick mir die Infos zum Programm und deinen Lebenslauf, dann schreib ich es nächste Woche."),
])
genuine("mentoring", "de", "Mentorin aus dem MINT-Mentoring-Programm", [
    ("mentoring", "2025-06-20 19:00", "Liebe Leonie, wie war das Gespräch mit deinem Betreuer über die Publikationsstrategie? Und hast du dir überlegt, ob du das Praktikum im zweiten oder dritten Jahr machen willst? Lass uns im Juli wieder telefonieren."),
    ("me", "2025-06-20 20:30", "Liebe Birgit, das Gespräch lief gut - er ist einverstanden mit dem Praktikum 2026, wenn das Paper bis dahin draußen ist. Juli gern, vielleicht der 10.?"),
    ("mentoring", "2025-06-20 20:45", "10. Juli, 18 Uhr, ich ruf dich an."),
])
genuine("fair_contact_followup", "en", "engineer she met at the automation fair follows up on a dataset question", [
    ("fair_contact", "2025-06-27 09:30", "Hi Leonie, nice to meet you at the fair yesterday! As mentioned, we'd love to test our parallel gripper fingers on your slip benchmark. Is the dataset licence ok for use by a company if we only publish the results? Best, Omar"),
    ("me", "2025-06-27 11:00", "Hi Omar, nice to meet you too! The dataset is CC BY-NC, so for internal R&D I'd need to check with our tech transfer office. I'll ask and get back to you."),
    ("fair_contact", "2025-06-27 11:05", "Thanks, much appreciated."),
])
genuine("alumna_invitation", "de", "Alumna des Lehrstuhls lädt zum Lunch-Talk im Startup ein", [
    ("alumna", "2025-07-08 12:30", "Hallo Leonie, Katrin hier (ich war bis 2022 bei Hartwig). Wir machen bei Tactora einmal im Monat einen Lunch-Talk mit Leuten aus der Forschung - hättest du Lust, im September über dein Slip-Paper zu reden? Essen geht auf uns 😊"),
    ("me", "2025-07-08 13:00", "Hallo Katrin, sehr gern! Hartwig erzählt immer noch von deinem Sensor-Handschuh. September passt, schlag mir einen Termin vor."),
])
genuine("coauthor_rebuttal", "mixed", "lab mate and she draft a rebuttal, switching languages", [
    ("labmate_ben", "2025-08-30 22:10", "Reviewer 2 again wants a comparison with the GelSight-type sensors 🙄 Sollen wir einfach sagen, dass das out of scope ist?"),
    ("me", "2025-08-30 22:25", "Nee, lieber ehrlich: we don't have one, but we can cite the numbers from Yuan et al. and add a sentence on cost. Das kauft uns Sympathie."),
    ("labmate_ben", "2025-08-30 22:30", "Ok, you're right. Ich schreib's morgen früh, du liest gegen?"),
    ("me", "2025-08-30 22:31", "Deal."),
])

# ================================================================ WANTED PITCHES (12)
wanted("paper_she_wrote", "en", "research recruiter read her arXiv paper; internship on exactly that topic", [
    ("w_research_rec", "2025-08-04 16:00", "Hi Leonie, I'm recruiting for the manipulation team at Meridian Robotics Research in Zurich. Our lead, Dr. Ana Petrova, read your arXiv preprint on slip detection with low-cost tactile skins and specifically asked me to reach out - the team is starting a project on tactile-based regrasping and your approach to the sensor drift problem is very close to what they need. It's a 4-6 month paid research internship with a publication track, flexible on dates to fit your PhD. Would you be open to a 30-min call with Ana?"),
    ("me", "2025-08-04 19:00", "Hi Rachel, thanks, that sounds very relevant. I've already committed to an internship for spring 2026, but autumn 2026 or 2027 could work. Happy to talk to Ana."),
    ("w_research_rec", "2025-08-05 08:30", "Perfect, I'll set it up. Autumn 2026 is fine for them."),
])
wanted("talk_she_gave", "de", "Sensor-Startup war bei ihrem Meetup-Vortrag und bietet ein Entwicklerkit an", [
    ("w_sensor", "2025-06-16 09:15", "Hallo Leonie, ich war letzten Donnerstag beim Robotics Meetup im Werk1 und fand deinen Vortrag richtig gut. Du hast gesagt, dass die Skins nach ca. 2.000 Griffen durchscheuern und du deswegen ständig neu kalibrieren musst. Genau das lösen wir mit unserer Silikon-Deckschicht, die man tauschen kann, ohne neu zu kalibrieren. Ich würde dir gern ein Dev-Kit kostenlos ins Labor stellen, wenn du uns dafür ehrliches Feedback gibst - kein Haken. Sebastian"),
    ("me", "2025-06-16 12:30", "Hi Sebastian, das Durchscheuern nervt echt. Gern, schick das Kit an den Lehrstuhl, z.Hd. Brandstätter. Ich geb ehrliches Feedback, auch wenn's negativ ist 😉"),
    ("w_sensor", "2025-06-16 12:45", "So soll's sein! Geht morgen raus."),
])
wanted("her_repo_setup", "en", "simulation company built a plugin for her repo's MuJoCo setup", [
    ("w_sim", "2025-09-02 14:00", "Hi Leonie, I saw that tactile_grasp_ros uses MuJoCo for the sim side and that you have an open issue about simulating the skin's contact patch (#42). Our engineers wrote a small tactile-contact plugin that matches your taxel layout and posted it as a draft PR against your repo - no strings attached. If it's useful, we offer free academic licences for our full simulator; if not, the plugin stays open source anyway. Isabel"),
    ("me", "2025-09-02 18:30", "Hi Isabel, I just looked at the PR, that's actually a clever approach to the contact patch. I'll review it this week. Let's talk about the academic licence after that."),
])
wanted("mutual_contact", "de", "Startup-Ingenieur bietet Werkstudentenstelle an, auf Empfehlung von Katrin Haas", [
    ("w_startup_job", "2025-09-25 10:00", "Hallo Leonie, Katrin Haas hat mir nach deinem Lunch-Talk bei uns gesagt, ich soll mich unbedingt bei dir melden. Wir suchen jemanden, der 8-10 Stunden pro Woche an unserer Slip-Erkennung mitarbeitet - komplett remote möglich, und deine Betreuung an der TUM hätte Vorrang. Katrin meinte, das würde gut zu deiner Promotion passen, weil wir dieselbe Sensorik verwenden. Vergütung nach Werkstudententarif bzw. als Nebentätigkeit. Lust auf einen Kaffee? Moritz"),
    ("me", "2025-09-25 13:00", "Hallo Moritz, danke - und danke an Katrin. Klingt spannend, ich müsste es aber mit Hartwig und der Nebentätigkeitsregel klären. Kaffee gern nächste Woche."),
])
wanted("public_register", "en", "annotation company found her lab's EU project in CORDIS", [
    ("w_annot", "2025-07-14 11:30", "Dear Leonie, I came across the TACTILE-CARE project on CORDIS, where your chair is listed as responsible for the dataset deliverable D3.2 (due M24). We annotate synchronized tactile + video data and our team is entirely EU-based, which matters for the GDPR requirements in your data management plan. We could annotate a pilot batch of 500 sequences free of charge so you can compare it to your internal labels. Would that be helpful? Elif Yıldız"),
    ("me", "2025-07-14 15:00", "Dear Elif, the D3.2 deadline is indeed making us nervous. A pilot would be useful - I'll ask the project coordinator whether we can share data with a third party under the consortium agreement."),
])
wanted("specific_problem", "en", "calibration engineer answers her forum post about sensor drift", [
    ("w_calib", "2025-04-25 09:00", "Hi Leonie, I read your post on the ROS Discourse about the force-torque readings drifting 2-3 N over an hour. From the plots you posted, that looks like thermal drift from the motor at joint 7 rather than a sensor fault. We offer a temperature-compensated calibration for exactly that sensor family - about 450 EUR, 5 working days. Before paying anything, though, try letting the arm warm up for 20 minutes and re-biasing; if the drift drops, it's thermal. Peter"),
    ("me", "2025-04-25 11:45", "Hi Peter, thank you! I tried the warm-up this morning and the drift went down to 0.5 N, so you're right. I'll ask my professor about the compensated calibration."),
])
wanted("press_item", "de", "Deep-Tech-Programm hat die Pressemitteilung zu ihrem Preis gelesen", [
    ("w_incubator", "2025-10-23 10:30", "Liebe Frau Brandstätter, in der Pressemitteilung der TUM zu Ihrem Best Student Paper Award wird erwähnt, dass Ihre taktilen Skins für unter 30 € pro Stück herstellbar sind. Genau solche Forschungsergebnisse mit Kostenvorteil unterstützen wir im Deep Tech Bridge-Programm: 12 Monate, begleitend zur Promotion, mit Zugang zu Pilotkunden aus der Lebensmittellogistik. Kein Eigenkapital, keine Gebühren. Die nächste Bewerbungsrunde endet am 15.1. Darf ich Ihnen das Programm in 20 Minuten vorstellen? Julia Brenninger"),
    ("me", "2025-10-23 14:00", "Liebe Frau Brenninger, danke, spannend - ich bin aber noch unsicher, ob ich überhaupt gründen will. Ein unverbindliches Gespräch gern."),
])
wanted("recruiter_relevant_role", "de", "Konzernforschung bietet Praktikum genau in ihrem Thema an", [
    ("w_industry_rec", "2025-06-02 08:45", "Hallo Frau Brandstätter, für unsere Konzernforschung in Renningen suchen wir eine Doktorandin für ein 6-monatiges Praktikum zu taktiler Greifplanung für Kabelbäume. Unser Teamleiter hat Ihre Arbeit zur Slip-Erkennung auf der letzten Tagung gesehen. Das Praktikum ist so gestaltet, dass die Ergebnisse veröffentlicht werden dürfen. Hätten Sie Interesse? Andrea Kessler"),
    ("me", "2025-06-02 12:00", "Hallo Frau Kessler, vielen Dank! 2026 bin ich schon vergeben, aber für 2027 gern. Können Sie mir die Ausschreibung schicken?"),
])
wanted("her_tools_setup", "en", "gripper finger supplier read her paper's setup section", [
    ("w_fingers", "2025-12-15 13:00", "Hi Leonie, in the experimental setup of your EuroManip paper you mention that the rigid 2-finger gripper limits the contact area and you glued the skins on with tape. We make soft fingertips that bolt onto exactly that gripper and have a flat pocket designed for 16-taxel skins like yours. I'd be glad to send two pairs for free to test before the camera-ready of your next paper. Tom"),
    ("me", "2025-12-15 15:20", "Hi Tom, the tape is indeed embarrassing 😄 Yes please, send two pairs to the lab."),
])
wanted("poster_she_presented", "en", "summer school organiser saw her poster and recommends the course", [
    ("w_summer", "2026-02-18 09:00", "Dear Leonie, I saw your poster on slip detection at the Tactile Sensing workshop in October and think you'd benefit from our Summer School on Robot Touch in Genoa (7-11 July). Two of the lecturers work precisely on sensor drift compensation, which was the open question on your poster. Fee is 450 EUR including lodging, and we have 5 fee waivers for students who present - I'd encourage you to apply for one. Best, Giulia Ferraro"),
    ("me", "2026-02-18 12:00", "Dear Prof. Ferraro, thank you for remembering the poster! I'll apply for the fee waiver."),
])
wanted("repo_hardware_problem", "de", "Elektronikfertiger hat ihre Open-Hardware-Platine angesehen und nennt den abgekündigten Chip", [
    ("w_pcb", "2025-11-05 11:00", "Hallo Frau Brandstätter, ich habe mir die Platine für Ihre taktile Haut auf GitHub angesehen (Rev. C). Der Multiplexer, den Sie verwenden, ist seit Sommer abgekündigt - wer die Skins nachbauen will, bekommt ihn bald nicht mehr. Wir haben für zwei andere Forschungsgruppen ein Redesign auf einen pinkompatiblen Nachfolger gemacht. Für Ihre Platine wäre das ca. ein halber Tag Arbeit; wir fertigen dann auch Kleinserien ab 10 Stück. Soll ich Ihnen eine kurze Einschätzung schicken? Nina Walch"),
    ("me", "2025-11-05 13:40", "Oh, das wusste ich nicht - danke! Ja, bitte schicken Sie mir die Einschätzung."),
])
wanted("specific_problem_compute", "en", "GPU provider references her post about the lab cluster outage", [
    ("w_gpu", "2025-03-11 10:00", "Hi Leonie, I saw your post about your chair's Slurm cluster being down for two weeks right before the ICRA deadline - painful. For exactly that situation we have a burst option for academic groups: pay-as-you-go A100s, no contract, and your existing Slurm scripts run unchanged through our adapter. If it helps for the next deadline, I can set up a 100-hour trial on your university email. Daniel"),
])

# ================================================================ JUNK (38)
junk("generic_recruiter", "en", "generic recruiter with a Java role, counterpart of the research recruiter", [
    ("j_rec_java", "2025-05-20 10:00", "Hi Leonie, I came across your impressive profile! We have an exciting opportunity for a Senior Java Developer at a leading fintech in Frankfurt. 85-95k + bonus. Would you be open to a quick chat?"),
])
junk("generic_simulation", "en", "generic simulation software pitch", [
    ("j_sim", "2025-10-07 14:00", "Hi Leonie, RoboSim Suite is the industry's most powerful robotics simulation platform, trusted by 500+ companies. Accelerate your development cycles by 10x. Book a demo today!"),
])
junk("generic_incubator", "de", "generisches Gründerprogramm, Gegenstück zum Deep-Tech-Programm", [
    ("j_incub", "2025-11-13 17:30", "Hey Leonie! 🚀 Du hast eine Idee und willst gründen? Bei Founders Rocket bekommst du in 8 Wochen alles, was du brauchst: Coaching, Netzwerk, Investoren. Nur 1.990 € Teilnahmegebühr. Bewirb dich jetzt!"),
])
junk("generic_gpu", "en", "generic GPU cloud pitch", [
    ("j_gpu", "2025-08-19 09:00", "Hi Leonie, need more compute? CloudBurst offers the cheapest H100s on the market. Sign up today and get $500 in free credits!"),
    ("j_gpu", "2025-08-26 09:00", "Hi Leonie, just following up - your $500 credits are waiting!"),
])
junk("template_recruiting", "en", "mass template 1/5: 'stealth startup, your background stood out'", [
    ("j_tpl1", "2025-02-11 10:05", "Hi Leonie, your background in robotics really stood out to me! I'm working with a well-funded stealth startup that's redefining automation. They're looking for exceptional engineers to join their founding team. Would you be open to hearing more?"),
])
junk("template_recruiting", "en", "mass template 2/5, slightly different wording", [
    ("j_tpl2", "2025-04-08 13:20", "Hi Leonie - your robotics background really stood out! I'm partnering with a well-funded stealth startup that's redefining automation, and they're hiring exceptional engineers for the founding team. Open to hearing more?"),
])
junk("template_recruiting", "en", "mass template 3/5, different fill", [
    ("j_tpl3", "2025-06-24 08:40", "Hello Leonie, your background in machine learning really stood out to me. I'm working with a well-funded stealth startup that is redefining logistics, looking for exceptional engineers to join the founding team. Would you be open to hearing more?"),
])
junk("template_recruiting", "de", "Massenvorlage 4/5, die deutsche Variante", [
    ("j_tpl4", "2025-09-16 11:15", "Hallo Leonie, dein Hintergrund in der Robotik ist mir sofort aufgefallen! Ich arbeite mit einem gut finanzierten Stealth-Startup zusammen, das die Automatisierung neu definiert. Sie suchen außergewöhnliche Engineers für das Gründungsteam. Wärst du offen, mehr zu erfahren?"),
])
junk("template_recruiting", "en", "mass template 5/5 with a bump", [
    ("j_tpl5", "2026-01-27 15:00", "Hi Leonie, your robotics background stood out! Working with a well-funded stealth startup redefining automation - they need exceptional engineers for the founding team. Open to hearing more?"),
    ("j_tpl5", "2026-02-03 15:00", "Hi Leonie, bumping this in case you missed it!"),
])
junk("merge_tag_failure", "en", "unfilled {{first_name}} and {{university}}", [
    ("j_merge1", "2025-03-25 07:30", "Hi {{first_name}}, as a leader at {{university}}, you know how hard it is to reach students. EduLeads helps universities fill programs 3x faster. Can we chat?"),
])
junk("merge_tag_failure", "de", "nicht ersetzter Platzhalter [Vorname]", [
    ("j_merge2", "2025-05-14 12:00", "Hallo [Vorname], willst du beruflich endlich durchstarten? Mit dem KarriereBoost-Coaching findest du in 90 Tagen deinen Traumjob. Jetzt kostenloses Erstgespräch buchen!"),
])
junk("merge_tag_failure", "en", "wrong name (Laura) and wrong university", [
    ("j_merge3", "2025-07-29 16:45", "Hi Laura, congrats on your PhD at TU Berlin! We place top computer vision talent at FAANG companies. Would you like to join our talent network?"),
])
junk("merge_tag_failure", "de", "falsches Fach (BWL) in der Massenmail einer Druckerei", [
    ("j_merge4", "2025-10-02 09:00", "Sehr geehrte Frau Brandstätter, herzlichen Glückwunsch zur baldigen Abgabe Ihrer Dissertation in Betriebswirtschaftslehre! Sichern Sie sich jetzt 15 % Rabatt auf Ihre Hardcover-Bindung bei ThesisPrint24."),
])
junk("sponsored_inmail", "en", "Sponsored InMail for an MBA", [
    ("j_sp1", "2025-09-09 12:00", "<p>Hi Leonie,</p><p>Engineers make great leaders. Our <b>Global Executive MBA</b> is designed for technical professionals &ndash; weekend format, 20 months.</p><p>Early-bird discount ends 30 September.</p>"),
], title="Sponsored Conversation", subject="From engineer to leader")
junk("sponsored_inmail", "de", "Sponsored InMail einer Finanzberatung für Akademiker", [
    ("j_sp2", "2026-01-14 12:00", "<p>Hallo Leonie,</p><p>Berufseinstieg nach der Promotion? Sichern Sie sich jetzt Ihre <b>Berufsunf&auml;higkeitsversicherung</b> zu Studentenkonditionen.</p><p>Kostenloses Beratungsgespr&auml;ch vereinbaren.</p>"),
], title="Sponsored Conversation", subject="Für Doktorandinnen: jetzt vorsorgen")
junk("paid_award", "en", "'30 under 30' listing that requires a fee", [
    ("j_award", "2025-11-04 10:00", "Dear Leonie, congratulations! You have been nominated for the Future Robotics Leaders 30 Under 30 list 2026. To confirm your listing and receive your digital badge and certificate, a one-time processing fee of $299 applies. Nominations close Friday."),
])
junk("predatory_journal", "en", "predatory journal asking for a paid article", [
    ("j_journal", "2025-12-22 04:10", "Dear Esteemed Researcher, Greetings from IJARE! We have gone through your recent publication and are impressed. We invite you to submit your next manuscript to our journal. Fast peer review within 7 days. Article processing charge: 199 USD only. Looking forward to your valuable contribution."),
])
junk("predatory_conference", "en", "'keynote speaker' invitation with a registration fee", [
    ("j_conf", "2026-02-24 05:00", "Dear Dr. Leonie Brandstätter, on behalf of the organizing committee, we are honored to invite you as a Keynote Speaker at the World Summit on Robotics & Automation in Dubai. Speaker registration is EUR 749 and includes the gala dinner. Please confirm your participation at your earliest convenience."),
])
junk("paid_podcast", "de", "Podcast-Auftritt gegen Gebühr", [
    ("j_podcast", "2025-07-15 18:20", "Hallo Leonie, ich bin Host von 'Zukunft Denken' und würde dich gern als Gast einladen! Gäste beteiligen sich mit 290 € an der Produktion (Schnitt, Promotion, Reel für dein LinkedIn). Soll ich dir den Buchungslink schicken?"),
])
junk("sells_what_she_does", "en", "agency pitches ROS 2 grasping pipelines to a grasping researcher", [
    ("j_samething", "2025-08-12 11:00", "Hi Leonie, does your team need help with robotic grasping? GraspWorks builds custom ROS 2 grasping pipelines, including tactile sensing integration, for research labs and companies. Let us handle the engineering so you can focus on research. Can we schedule a call?"),
])
junk("capacity_for_clients", "en", "'capacity for new clients' sent to a PhD student", [
    ("j_capacity", "2025-04-15 08:30", "Hey Leonie, quick question - do you currently have capacity to take on 3-5 new clients? We fill consultants' calendars with pre-qualified B2B leads. Happy to walk you through it."),
])
junk("like_minded_connect", "de", "'gleichgesinnte Visionäre vernetzen'", [
    ("j_likeminded", "2025-06-03 23:00", "Hallo Leonie, ich vernetze mich gern mit gleichgesinnten Visionärinnen und Visionären, die die Zukunft gestalten wollen 🚀 Lass uns gegenseitig pushen! PS: Mein Founder-Circle hat noch einen Platz frei."),
])
junk("quick_call", "en", "'quick 15-minute call' with nothing specific", [
    ("j_15min", "2025-10-28 14:10", "Hi Leonie, I'll be brief: do you have 15 minutes this week for a quick call? I see great synergies between Innovatech and your work. How does Thursday look?"),
])
junk("connect_then_pitch", "de", "Finanzberater für Akademiker: Smalltalk, dann Vorsorge-Pitch", [
    ("j_ctp1", "2025-05-05 09:00", "Hallo Leonie, danke fürs Vernetzen! Robotik an der TUM, wie spannend. Woran forschst du genau?"),
    ("me", "2025-05-05 12:30", "Hallo Jonas, an taktilen Sensoren für Roboterhände."),
    ("j_ctp1", "2025-05-05 12:45", "Wow, Wahnsinn! Gerade als Doktorandin solltest du früh an deine Absicherung denken - Berufsunfähigkeit, Altersvorsorge, Steuervorteile. Ich berate viele Promovierende an der TUM. Wollen wir uns auf einen Kaffee in der Mensa treffen?"),
])
junk("connect_then_pitch", "de", "Smalltalk, dann Network-Marketing in Nachricht 3", [
    ("j_ctp2", "2025-07-21 08:15", "Hey Leonie 😊 danke für die Annahme! Dein Profil ist so inspirierend, Frauen in der Technik 💪"),
    ("j_ctp2", "2025-07-23 09:00", "Wie geht's dir so mit der Work-Life-Balance in der Promotion?"),
    ("j_ctp2", "2025-07-28 10:00", "Ich frag, weil ich selbst lange im Hamsterrad war - jetzt baue ich nebenbei ein Online-Business mit Wellness-Produkten auf und suche motivierte Frauen fürs Team. Magst du mal 15 Minuten zoomen? 🌸"),
])
junk("connect_then_pitch", "de", "'spannende Forschung', dann Ghostwriting für die Doktorarbeit", [
    ("j_ctp3", "2025-09-08 12:00", "Danke für die Vernetzung, Frau Brandstätter! Wie weit sind Sie mit Ihrer Promotion?"),
    ("j_ctp3", "2025-09-10 10:00", "Viele Promovierende unterschätzen den Schreibaufwand. Unsere Akademie unterstützt Sie diskret beim Verfassen einzelner Kapitel oder der gesamten Dissertation - promovierte Autoren aus Ihrem Fachgebiet. Darf ich Ihnen unsere Konditionen schicken?"),
])
junk("connect_then_pitch", "en", "connects, asks about her day, then a trading course", [
    ("j_ctp4", "2026-01-12 09:30", "Hi Leonie, thanks for connecting! How's your week going?"),
    ("me", "2026-01-12 18:00", "Hi Jason, busy but good, thanks!"),
    ("j_ctp4", "2026-01-12 18:10", "Glad to hear! Smart people like you often look for a second income. My students make 2-5k a month trading forex part-time. Want me to send you the free masterclass?"),
])
junk("follow_up_bumps", "en", "annotation service bumps without reply, counterpart of the tailored one", [
    ("j_bump1", "2025-03-04 10:00", "Hi Leonie, DataLabel Pro offers fast, affordable data annotation for AI teams. Bounding boxes, segmentation, you name it. Interested?"),
    ("j_bump1", "2025-03-11 10:00", "Hi Leonie, following up on my previous message."),
    ("j_bump1", "2025-03-20 10:00", "Hi Leonie, one last try - should I reach out to someone else on your team?"),
])
junk("follow_up_bumps", "de", "Online-Lernplattform, mehrere Nachfassnachrichten", [
    ("j_bump2", "2025-10-06 09:00", "Hallo Leonie, als Tutorin könntest du bei Lernwerk Online Kurse anbieten und passives Einkommen generieren! Interesse?"),
    ("j_bump2", "2025-10-13 09:00", "Hallo Leonie, ich wollte kurz nachhaken - hast du meine Nachricht gesehen?"),
])
junk("off_topic_crypto", "en", "robotics-themed crypto token", [
    ("j_crypto", "2025-08-30 22:45", "Hey Leonie! 🤖 RoboToken is the first crypto token backed by real-world robots. Early investors have seen 40x returns. Join our presale before it's too late!"),
])
junk("ghostwriting", "de", "Ghostwriting-Agentur für Doktorarbeiten, direkt", [
    ("j_ghost", "2025-12-03 08:00", "Sehr geehrte Doktorandin, Sie stehen unter Zeitdruck mit Ihrer Dissertation? Unsere promovierten Ghostwriter unterstützen Sie diskret und zuverlässig. Kostenloses Angebot innerhalb 24 Stunden."),
])
junk("fluent_named_generic", "en", "fluent, names her chair and topic, but a generic AI writing pitch", [
    ("j_fluent", "2026-02-09 10:00", "Hi Leonie, your work at the Chair of Tactile Robotics on slip detection is exactly the kind of research that deserves a wider audience - and I know how much time PhD students at TU München spend polishing papers instead of running experiments. PaperPilot AI drafts related-work sections, rewrites for clarity and formats for any venue in minutes. Researchers using it save 10+ hours per paper. Would you like a free Pro account to try it on your next submission?"),
])
junk("irrelevant_recruiter", "de", "Vertriebsjob ohne Bezug zu ihrem Profil", [
    ("j_sales", "2025-04-01 14:20", "Hallo Frau Brandstätter, Ihr Profil hat mich überzeugt! Für einen Kunden suche ich eine Key Account Managerin (m/w/d) im Außendienst für Verpackungsmaschinen. Attraktives Fixum + Provision + Firmenwagen. Darf ich Sie anrufen?"),
])
junk("off_topic_investment", "de", "Immobilien-Investment für Berufseinsteiger", [
    ("j_immo", "2025-11-20 19:00", "Hallo Leonie, wusstest du, dass du schon mit einem Doktorandengehalt eine Immobilie kaufen kannst? Ohne Eigenkapital, der Mieter zahlt den Kredit ab. Ich zeige dir in 30 Minuten, wie das geht. Wann passt's dir?"),
])
junk("generic_sensor", "de", "generisches Sensor-Angebot, Gegenstück zum Startup-Kit", [
    ("j_sensor", "2025-07-08 10:10", "Sehr geehrte Damen und Herren, SensorDirekt bietet Ihnen über 20.000 Sensoren ab Lager: Druck, Temperatur, Kraft, Näherung. Jetzt Katalog 2025 anfordern und 10 % Neukundenrabatt sichern!"),
])
junk("generic_pcb", "en", "generic PCB manufacturer, counterpart of the redesign offer", [
    ("j_pcb", "2025-06-10 03:20", "Dear Sir/Madam, QuickPCB Global offers PCB prototyping from $2 for 10 pcs, 24h fast delivery, free DFM check. Upload your Gerber files now!"),
])
junk("paid_survey_panel", "de", "Panel-Umfrage mit Prämie, massenhaft verschickt", [
    ("j_survey", "2025-05-27 11:00", "Hallo Leonie, wir suchen Fachkräfte aus Technik und IT für eine bezahlte Online-Umfrage (15 Min, 25 € Gutschein). Einfach über den Link registrieren und Profil ausfüllen!"),
])
junk("generic_annotation", "en", "generic data labelling pitch, a second counterpart of the CORDIS one", [
    ("j_annot", "2026-03-03 07:15", "Hi Leonie, LabelHive provides high-quality data labeling at scale for AI companies. 98% accuracy guaranteed, 50% cheaper than competitors. Can I send our pricing?"),
])

ex.write(HERE.parent / SLUG,
         {"First Name": "Leonie", "Last Name": "Brandstätter",
          "Headline": "PhD student in robotics @ TU München | tactile sensing, grasping, ROS 2",
          "Summary": "Second-year doctoral researcher working on slip detection with low-cost tactile skins. "
                     "Maintainer of tactile_grasp_ros. Ich freue mich über Austausch zu taktiler Sensorik.",
          "Industry": "Research", "Zip Code": "80333", "Geo Location": "München, Bayern, Deutschland",
          "Websites": "[PERSONAL:github.com/lbrandstaetter]"},
         [{"Company Name": "TU München, Lehrstuhl für Taktile Robotik", "Title": "Doctoral Researcher",
           "Description": "Tactile sensing for robust grasping.", "Location": "München",
           "Started On": "Oct 2024", "Finished On": ""},
          {"Company Name": "TU München", "Title": "Studentische Hilfskraft",
           "Description": "", "Location": "München", "Started On": "Apr 2022", "Finished On": "Sep 2024"},
          {"Company Name": "Precimotion AG", "Title": "Praktikantin Regelungstechnik",
           "Description": "", "Location": "Zürich", "Started On": "Sep 2021", "Finished On": "Feb 2022"}],
         ["ROS 2", "Python", "C++", "Tactile Sensing", "PyTorch", "MuJoCo", "Robotic Grasping"])
print(ex.summary())

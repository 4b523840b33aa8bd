"""Persona: Dorothea Kessel, owner of a 7-person architecture office in Dresden.

Layout: LinkedIn export 2023 (RECIPIENT PROFILE URLS, no draft columns).
All messages hand-written for this held-out set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person

SLUG = "de-architect-office-owner-dresden"
OWNER = Person("me", "Dorothea Kessel", "https://www.linkedin.com/in/dorothea-kessel-architektin")
x = Export(SLUG, "2023", OWNER)
P = x.person

# ---------------------------------------------------------------- real contacts
P("bauherr_lenz", "Matthias Lenz", "", "Projektleiter", connected="2021-06-02")
P("weg_ahrens", "Sabine Ahrens", "Hausverwaltung Ahrens", "Verwalterin", connected="2020-09-14")
P("statik_beyer", "Frank Beyer", "Ingenieurbüro Beyer Tragwerksplanung", "Inhaber", connected="2016-03-11")
P("studi_jana", "Jana Wolf", "wolf+raum Architekten Leipzig", "Partnerin", connected="2015-07-20")
P("scheune_voigt", "Kristin Voigt", "", "Lehrerin", connected="2023-02-05", invite=("IN", "2023-02-04 19:12", "Hallo Frau Kessel, wir würden Sie gern wegen eines Projekts kontaktieren."))
P("firma_seidel", "Rolf Seidel", "Seidel Elektrotechnik GmbH", "Geschäftsführer", connected="2023-03-21")
P("expat_okafor", "Chidi Okafor", "Infineon", "Senior Engineer", connected="2023-04-10", invite=("IN", "2023-04-09 20:41", ""))
P("fenster_haupt", "Uwe Haupt", "Haupt Fensterbau", "Vertrieb Objekt", connected="2019-05-03")
P("cad_lorenz", "Anja Lorenz", "CADwerk Sachsen", "Kundenbetreuung", connected="2018-01-22")
P("prakt_emil", "Emil Schröter", "TU Dresden", "Student Architektur", connected="2023-01-16", invite=("IN", "2023-01-15 11:03", "Hallo, ich interessiere mich für ein Praktikum in Ihrem Büro."))
P("bew_lea", "Lea Hartung", "", "M.Sc. Architektur", connected="2023-05-30", invite=("IN", "2023-05-29 09:20", ""))
P("bz_tina", "Tina Richter", "Baubüro Meißen", "Bauzeichnerin", connected="2023-06-13", invite=("OUT", "2023-06-12 08:15", "Hallo Frau Richter, ich würde Sie gern etwas fragen."))
P("kammer_fuchs", "Ulrike Fuchs", "Architektenkammer Sachsen", "Referentin Öffentlichkeitsarbeit", connected="2017-10-09")
P("prof_nagel", "Dietmar Nagel", "TU Dresden, Fakultät Architektur", "Professor Baukonstruktion", connected="2016-11-30")
P("werkbund_kirsch", "Heike Kirsch", "Architekturforum Dresden e.V.", "Vorstand", connected="2019-02-18")
P("presse_brandt", "Marlene Brandt", "Dresdner Stadtanzeiger", "Redakteurin Lokales", connected="2023-08-02", invite=("IN", "2023-08-01 10:30", "Guten Tag, ich bin Redakteurin und würde Sie gern zu Ihrem Projekt befragen."))
P("mag_hughes", "Owen Hughes", "Timber Spaces Quarterly", "Editor", connected=None)
P("gl_ralf", "Ralf Zimmermann", "Zimmerei Zimmermann & Söhne", "Zimmermeister", connected="2014-04-04")
P("gl_petra", "Petra Engel", "Engel Landschaftsarchitektur", "Inhaberin", connected="2018-06-21")
P("gl_sven", "Sven Ullrich", "Stadtplanungsamt Dresden", "Sachgebietsleiter", connected="2017-03-15")
P("gl_katja", "Katja Morgenstern", "Morgenstern Bauphysik", "Bauphysikerin", connected="2020-11-11")
P("kunde_hahn", "Bernd Hahn", "", "Rentner", connected="2022-03-08")
P("intro_kai", "Kai Neumann", "Neumann Landschaftsbau", "Geschäftsführer", connected="2016-08-08")
P("intro_bauherrin", "Yvonne Förster", "Förster Physiotherapie", "Inhaberin", connected="2023-07-05")
P("stb_wagner", "Gerd Wagner", "Wagner & Partner Steuerberatung", "Steuerberater", connected="2015-12-01")
P("freund_bea", "Bea Lindner", "Staatsschauspiel Dresden", "Bühnenbildnerin", connected="2013-09-09")
P("freund_tom", "Tom Seifert", "Freiberufler", "Fotograf", connected="2014-02-14")
P("spam_bauherr", "Florian Gruber", "", "Arzt", connected=None)
P("gemeinde_baer", "Ines Bär", "Gemeinde Moritzburg", "Bauamtsleiterin", connected="2021-10-20")
P("empf_koch", "Hans-Peter Koch", "", "", connected="2022-09-01")
P("erasmus_kowalska", "Zofia Kowalska", "Politechnika Wrocławska", "Architecture student", connected="2023-09-18", invite=("IN", "2023-09-17 14:02", "Dear Ms Kessel, I would like to ask about an internship."))
P("lehm_pohl", "Carsten Pohl", "Lehmbau Erzgebirge", "Technischer Berater", connected="2023-02-27", invite=("OUT", "2023-02-27 08:40", ""))
P("foto_sommer", "Lukas Sommer", "Sommer Architekturfotografie", "Fotograf", connected="2022-08-30")
P("kollege_reich", "Anke Reich", "Reich Architekten Radebeul", "Inhaberin", connected="2016-05-05")
P("netz_bauleiter", "Stefan Krüger", "Krüger Projektsteuerung", "Geschäftsführer", connected="2017-01-12")
P("prakt_ende", "Paula Weigel", "HTW Dresden", "Studentin", connected="2022-10-04")
P("zimmerei_chat", "Mario Keller", "Holzbau Keller", "Bauleiter", connected="2021-04-19")

# ---------------------------------------------------------------- wanted pitch senders
P("w_clt", "Johannes Brenner", "Lausitzer Holzelemente GmbH", "Objektberater Holzbau", connected="2023-03-02", invite=("IN", "2023-03-01 15:00", "Guten Tag Frau Kessel, Ihr Kita-Projekt in Radebeul hat mich beeindruckt."))
P("w_scan", "Nadine Lehmann", "Punktwolke Ost", "Projektleiterin 3D-Aufmaß", connected=None)
P("w_kalk", "Thomas Ebert", "Elbtal Kalkputze", "Fachberater Denkmal", connected="2023-05-08", invite=("IN", "2023-05-07 18:44", ""))
P("w_foto", "Miriam Jost", "Jost Fotografie", "Architekturfotografin", connected=None)
P("w_bim", "Daniel Vogt", "teamplan BIM-Beratung", "ArchiCAD-Trainer", connected="2023-06-20", invite=("IN", "2023-06-19 12:12", "Hallo Frau Kessel, Ihr Beitrag zu ArchiCAD Teamwork hat mich angesprochen."))
P("w_akustik", "Simone Arnold", "Arnold Akustik", "Akustikerin", connected=None)
P("w_foerder", "Peter Schlegel", "Denkmalförderung Schlegel", "Berater", connected="2023-07-24", invite=("IN", "2023-07-23 21:05", ""))
P("w_recruit", "Carolin Thiele", "Thiele Personalberatung Bau", "Personalberaterin", connected=None)
P("w_hoai", "Marco Reinhardt", "honorarwerk", "Gründer", connected=None)
P("w_fibre", "Erik Lindqvist", "Nordfiber Insulation AB", "Business Developer DACH", connected=None)
P("w_modell", "Greta Kühn", "Modellbau Kühn", "Modellbauerin", connected="2023-10-03", invite=("IN", "2023-10-02 10:10", ""))
P("w_licht", "Sebastian Frey", "Tageslicht+Planung", "Lichtplaner", connected=None)

# ---------------------------------------------------------------- junk senders
P("j_seo", "Kevin Albrecht", "Rankwerk Digital", "Head of Growth", connected=None)
P("j_lead1", "Dennis Marx", "Bauherrenmagnet", "Vertrieb", connected="2023-02-13", invite=("IN", "2023-02-13 07:50", ""))
P("j_lead2", "Lisa Kramer", "Bauherrenmagnet", "Business Development", connected="2023-04-24", invite=("IN", "2023-04-24 08:02", ""))
P("j_lead3", "Julian Ott", "PlanerPipeline", "Partner Manager", connected="2023-07-10", invite=("IN", "2023-07-10 06:55", ""))
P("j_lead4", "Sarah Böhm", "Bauherrenmagnet", "Vertriebsleitung", connected=None)
P("j_merge1", "Patrick Haas", "Vertriebsfunke", "Geschäftsführer", connected="2023-03-14", invite=("IN", "2023-03-14 09:00", ""))
P("j_merge2", "Melanie Scholz", "OfficeRaum Einrichtungen", "Key Account", connected=None)
P("j_merge3", "Robin Wendt", "KlickBau Webdesign", "Inhaber", connected="2023-08-21", invite=("IN", "2023-08-21 07:40", ""))
P("j_merge4", "Aarav Mehta", "GlobalBIM Outsourcing", "Sales Executive", connected=None)
P("j_spons1", "PlotPrint Leasing", "", "", url="https://www.linkedin.com/company/plotprint-leasing")
P("j_ctp1", "Oliver Baumann", "Baumann Finanzplanung", "Finanzberater", connected="2023-04-03", invite=("IN", "2023-04-02 22:10", "Hallo Dorothea, gerne vernetze ich mich mit Unternehmerinnen aus Dresden."))
P("j_ctp2", "Nina Franke", "AssistMe Virtual Office", "Gründerin", connected="2023-06-05", invite=("IN", "2023-06-05 06:31", ""))
P("j_ctp3", "Rahul Iyer", "DraftEdge Design Services", "Business Development Manager", connected="2023-09-04", invite=("IN", "2023-09-03 17:00", "Hi Dorothea, impressive portfolio! Let's connect."))
P("j_offshore", "Minh Tran", "VietCAD Studio", "Director", connected=None)
P("j_partnerarch", "Tobias Heinze", "HausFix Fertighausvermittlung", "Partnermanagement", connected=None)
P("j_cap1", "Marvin Schulz", "Akquise-Profis", "Inhaber", connected="2023-05-15", invite=("IN", "2023-05-15 08:00", ""))
P("j_cap2", "Jessica Moore", "Leadstream Partners", "Growth Consultant", connected=None)
P("j_like1", "Sandra Wilke", "Wilke Coaching", "Mindset-Mentorin", connected="2023-03-28", invite=("IN", "2023-03-28 20:20", "Liebe Dorothea, ich vernetze mich gern mit starken Frauen in Führung!"))
P("j_like2", "Brandon Keys", "Keys Ventures", "Serial Entrepreneur", connected="2023-08-09", invite=("IN", "2023-08-09 03:14", ""))
P("j_call1", "Jan Petersen", "Digitalbonus-Service", "Fördermittelexperte", connected=None)
P("j_call2", "Ethan Cole", "ScaleOps AI", "Account Executive", connected=None)
P("j_bump1", "Moritz Lange", "Lange Employer Branding", "Berater", connected=None)
P("j_bump2", "Franziska Roth", "ProjektCockpit Software", "Sales", connected="2023-09-12", invite=("IN", "2023-09-12 07:07", ""))
P("j_off1", "Alexander Dietrich", "CleanBot Systems", "Vertrieb Süd-Ost", connected=None)
P("j_off2", "Nico Braun", "E-Flotte Leasing", "Flottenberater", connected=None)
P("j_off3", "Sebastian Pfeiffer", "Werbeartikel Pfeiffer", "Verkauf", connected=None)
P("j_recr1", "Vanessa Keller", "Zukunft Finanzvertrieb", "Teamleiterin Recruiting", connected=None)
P("j_recr2", "Priya Nair", "CodeBridge Talent", "Technical Recruiter", connected=None)
P("j_mlm1", "Chantal Winter", "", "Unabhängige Vertriebspartnerin", connected="2023-07-01", invite=("IN", "2023-07-01 21:45", ""))
P("j_crypto", "Leon Hoffmann", "Crypto Wealth Circle", "Trader", connected=None)
P("j_award", "Anna Berger", "Deutscher Mittelstands-Award", "Jury-Koordination", connected=None)
P("j_podcast", "Max Krause", "Macher im Mittelstand Podcast", "Host", connected=None)
P("j_named", "Laura Schubert", "Talentmagnet Recruiting Marketing", "Beraterin", connected=None)
P("j_fake", "Felix Kaiser", "Reelkraft Social Media", "Creative Lead", connected=None)
P("j_ghost", "Dominik Weber", "Postfabrik", "LinkedIn-Ghostwriter", connected=None)
P("j_web", "Steffen Wolff", "Webagentur Wolff", "Webdesigner", connected=None)
P("j_solar", "Marcel Busch", "Sonnenstrom Direkt", "Energieberater", connected=None)
P("hidden", "LinkedIn Member", "", "", url="")

C = x.conv

# ================================================================= JUNK
C("junk", "generic_service_pitch", "de", "SEO agency, generic 'Architekturbüros' pitch", [
    ("j_seo", "2023-01-10 08:14", "Guten Tag Frau Kessel,\n\nwussten Sie, dass 93 % aller Bauherren ihren Architekten über Google suchen? Wir von Rankwerk Digital bringen Architekturbüros auf Seite 1 – garantiert innerhalb von 90 Tagen. Unsere Kunden verzeichnen im Schnitt 240 % mehr Anfragen.\n\nDarf ich Ihnen eine kostenlose Sichtbarkeitsanalyse schicken?\n\nBeste Grüße\nKevin Albrecht"),
])

lead_template = [
    ("j_lead1", "2023-02-14 09:02", "Hallo Frau Kessel,\n\ndanke fürs Vernetzen! Ich helfe Architekturbüros dabei, planbar 3–5 neue Bauherren pro Monat zu gewinnen – ohne Empfehlungsmarketing und ohne Kaltakquise.\n\nWäre das grundsätzlich interessant für Sie? Dann zeige ich Ihnen in 15 Minuten, wie das funktioniert.\n\nViele Grüße\nDennis"),
    ("j_lead2", "2023-04-25 10:31", "Guten Tag Dorothea,\n\nschön, dass wir jetzt vernetzt sind! Wir unterstützen Planungsbüros dabei, planbar 4-6 neue Bauherren pro Quartal zu gewinnen – ganz ohne Kaltakquise oder teure Messen.\n\nWäre das generell spannend für Sie? Gern zeige ich Ihnen in einem kurzen Gespräch, wie das abläuft.\n\nLiebe Grüße\nLisa"),
    ("j_lead3", "2023-07-11 07:58", "Hi Dorothea,\n\nvielen Dank für die Vernetzung. Wir helfen Architektur- und Ingenieurbüros, planbar 3-5 neue Bauherrenprojekte im Monat zu gewinnen, ohne auf Empfehlungen angewiesen zu sein.\n\nWäre das grundsätzlich ein Thema für dich? Dann zeige ich dir in 15 Minuten unser System.\n\nBeste Grüße\nJulian"),
    ("j_lead4", "2023-10-19 13:45", "Hallo Frau Kessel,\n\nich helfe Architekturbüros, planbar 3–5 neue Bauherren pro Monat zu gewinnen – ohne Kaltakquise und ohne Abhängigkeit von Empfehlungen.\n\nWäre das grundsätzlich interessant für Sie? In 15 Minuten zeige ich Ihnen gern, wie das funktioniert.\n\nHerzliche Grüße\nSarah Böhm"),
]
for i, message in enumerate(lead_template):
    C("junk", "mass_template", "de", f"lead-gen template 'planbar 3-5 neue Bauherren', sender {i + 1} of 4", [message],
      folder="SPAM" if i == 3 else "INBOX")
# the third lead-gen sender bumps once
x.conversations[-2].messages.append(("j_lead3", "2023-07-18 08:01", "Hi Dorothea, kurze Erinnerung an meine Nachricht von letzter Woche 🙂 Passt dir Donnerstag?"))

C("junk", "merge_tag_fail", "de", "unfilled {{firstName}} tag, sales training", [
    ("j_merge1", "2023-03-15 08:30", "Hallo {{firstName}},\n\nals Geschäftsführerin kennen Sie das: Der Vertrieb läuft, aber nicht planbar. In unserem 8-Wochen-Programm bringen wir Ihrem Team bei, Abschlussquoten zu verdoppeln.\n\nSollen wir mal sprechen?\n\nPatrick"),
])
C("junk", "merge_tag_fail", "de", "wrong name and wrong company (Daniela, Kessel Bau GmbH), office furniture", [
    ("j_merge2", "2023-05-22 11:12", "Sehr geehrte Frau Daniela,\n\nfür die Kessel Bau GmbH haben wir ein exklusives Angebot für ergonomische Büromöbel zusammengestellt: höhenverstellbare Schreibtische ab 399 €, Lieferung und Montage inklusive.\n\nIch freue mich auf Ihre Rückmeldung!\n\nMit freundlichen Grüßen\nMelanie Scholz"),
])
C("junk", "merge_tag_fail", "de", "[Firmenname] placeholder left in, web design", [
    ("j_merge3", "2023-08-22 09:05", "Hallo Dorothea,\n\nich habe mir die Website von [Firmenname] angesehen und sehe großes Potenzial! Mit einem modernen Relaunch könnten Sie deutlich mehr Kunden gewinnen. Wir erstellen Websites ab 1.990 € in nur 14 Tagen.\n\nHätten Sie Interesse an einem unverbindlichen Entwurf?\n\nGruß Robin"),
])
C("junk", "merge_tag_fail", "en", "{FIRST_NAME} and {COMPANY} left unfilled, BIM outsourcing", [
    ("j_merge4", "2023-11-06 05:40", "Hi {FIRST_NAME},\n\nHope you're doing well. I came across {COMPANY} and was really impressed by your work. We are a team of 120+ BIM modelers and can convert your 2D drawings into LOD 300 Revit models within 72 hours at a fraction of local costs.\n\nCan I share some samples?\n\nRegards,\nAarav"),
])
C("junk", "sponsored_inmail", "de", "Sponsored Conversation, plotter leasing", [
    ("j_spons1", "2023-03-07 12:00", "<p>Hallo Dorothea,</p><p>Großformatdrucker ab 49&nbsp;€ im Monat – jetzt mit 3 Monaten gratis Service. Ideal für Architektur- und Ingenieurbüros.</p><p><a href=\"https://example.com\">Angebot sichern</a></p>"),
], title="Sponsored Conversation", subject="Ihr neuer Plotter ab 49 € im Monat")
C("junk", "sponsored_inmail", "en", "hidden LinkedIn Member sponsored, executive MBA", [
    ("hidden", "2023-09-26 14:00", "Dorothea, take the next step in your leadership journey. Our Executive MBA fits around your schedule – 18 months, part-time, global network. Download the brochure today."),
], subject="Lead with confidence: Executive MBA info session")

C("junk", "connect_then_pitch", "de", "small talk first, then pension product for freelancers", [
    ("j_ctp1", "2023-04-03 07:45", "Hallo Dorothea, danke für die Vernetzung! Tolle Projekte, die du da machst. Wie läuft es gerade so bei dir in der Branche?"),
    ("me", "2023-04-03 12:10", "Danke, viel zu tun, wie immer 🙂"),
    ("j_ctp1", "2023-04-05 08:20", "Das freut mich! Sag mal, hast du als Selbstständige eigentlich schon deine Altersvorsorge optimiert? Viele Unternehmerinnen verschenken da jedes Jahr mehrere tausend Euro Steuervorteile. Ich hätte nächste Woche 20 Minuten für einen kostenlosen Check."),
])
C("junk", "connect_then_pitch", "de", "greeting then virtual assistant service", [
    ("j_ctp2", "2023-06-06 09:00", "Hallo Frau Kessel, schön, dass wir uns vernetzt haben! Ich wünsche Ihnen einen guten Start in die Woche ☀️"),
    ("j_ctp2", "2023-06-08 09:03", "Darf ich fragen, wie viel Zeit Sie aktuell mit E-Mails, Terminen und Rechnungen verbringen? Unsere virtuellen Assistentinnen übernehmen genau das – ab 25 Stunden im Monat. Ich schicke Ihnen gern unsere Preisliste."),
])
C("junk", "connect_then_pitch", "en", "compliment then offshore drafting (sells what she sells)", [
    ("j_ctp3", "2023-09-04 06:12", "Thank you for accepting my request Dorothea. Your portfolio is really impressive!"),
    ("j_ctp3", "2023-09-06 06:30", "Dorothea, we are a 200-member architectural design firm in Pune offering complete design development, permit drawings and 3D visualization for architects in Germany at 60% lower cost. Would you be open to a trial project?"),
    ("j_ctp3", "2023-09-13 06:28", "Hi Dorothea, just following up on my previous message. Please let me know your thoughts."),
])
C("junk", "sells_what_you_sell", "en", "offshore studio offers Entwurf/Genehmigungsplanung to an architect", [
    ("j_offshore", "2023-05-03 04:05", "Dear Architect,\n\nVietCAD Studio provides high quality architectural services: concept design, construction documents, 3D rendering and BIM. We work for many European architecture offices as an extension of their team. Price from 12 EUR/hour.\n\nLooking forward to cooperate with you.\nMinh"),
])
C("junk", "sells_what_you_sell", "de", "prefab house broker wants her as partner architect on commission", [
    ("j_partnerarch", "2023-08-15 10:10", "Guten Tag Frau Kessel,\n\nwir vermitteln deutschlandweit Fertighaus-Bauherren und suchen in Ihrer Region Partnerarchitekten für Entwurf und Bauantrag. Pauschal 2.900 € pro Haus, wir kümmern uns um die Akquise. Die Einstiegsgebühr für das Partnernetzwerk beträgt einmalig 490 €.\n\nInteresse? Dann melden Sie sich gern!\n\nTobias Heinze"),
])
C("junk", "capacity_ask", "de", "lead-gen asks about capacity for new clients", [
    ("j_cap1", "2023-05-16 07:30", "Hallo Frau Kessel, kurze Frage: Haben Sie aktuell noch Kapazitäten für neue Kunden? Wir hätten da was für Sie."),
    ("j_cap1", "2023-05-23 07:31", "Hallo nochmal, wollte nur sichergehen, dass meine Frage nicht untergegangen ist. 🙂"),
])
C("junk", "capacity_ask", "en", "US agency asking if she takes new clients", [
    ("j_cap2", "2023-10-10 15:22", "Hi Dorothea – are you taking on new clients this quarter? We've been helping design studios fill their calendar with qualified projects. If it's a fit, happy to send over a short video."),
])
C("junk", "like_minded_networking", "de", "mindset coach, women in leadership networking", [
    ("j_like1", "2023-03-29 06:45", "Liebe Dorothea,\n\nwie schön, dass wir jetzt verbunden sind! 💫 Ich liebe es, mich mit inspirierenden Unternehmerinnen auszutauschen, die genauso wie ich etwas bewegen wollen. Lass uns doch mal auf einen virtuellen Kaffee treffen und schauen, wie wir uns gegenseitig unterstützen können!\n\nHerzlichst, Sandra"),
])
C("junk", "like_minded_networking", "en", "'fellow entrepreneur' networking, no purpose", [
    ("j_like2", "2023-08-10 02:30", "Hey Dorothea! Always great to connect with like-minded entrepreneurs who are building something meaningful. I'd love to learn more about your journey and see if there are synergies. Open to a virtual coffee?"),
])
C("junk", "quick_call_ask", "de", "digital subsidy service, 15 minute call", [
    ("j_call1", "2023-06-27 10:00", "Guten Tag Frau Kessel, wussten Sie, dass Ihr Büro bis zu 50 % Zuschuss für Digitalisierungsprojekte bekommen kann? Haben Sie diese Woche 15 Minuten für einen kurzen Call? Ich schaue dann, welche Programme für Sie in Frage kommen."),
])
C("junk", "quick_call_ask", "en", "AI ops tool, 'quick 15 minutes'", [
    ("j_call2", "2023-09-19 16:05", "Hi Dorothea, quick question – would you be open to a 15 min call next Tuesday or Wednesday? We help small firms automate admin with AI agents. Worst case you walk away with a few ideas."),
])
C("junk", "followup_bump", "de", "employer branding, three unanswered bumps", [
    ("j_bump1", "2023-02-20 08:00", "Guten Tag Frau Kessel, Fachkräftemangel ist auch in der Architektur ein großes Thema. Wir entwickeln Arbeitgebermarken, die Bewerber anziehen. Darf ich Ihnen zeigen, wie?"),
    ("j_bump1", "2023-02-27 08:00", "Frau Kessel, ich wollte meine Nachricht noch einmal nach oben holen."),
    ("j_bump1", "2023-03-08 08:00", "Hallo Frau Kessel, ich gehe davon aus, dass das Thema aktuell keine Priorität hat? Kurze Rückmeldung würde mir helfen."),
])
C("junk", "followup_bump", "de", "project software, demo pitch then bumps", [
    ("j_bump2", "2023-09-13 07:15", "Hallo Dorothea, danke fürs Annehmen! Mit ProjektCockpit behalten Architekturbüros Stunden, Budgets und Termine im Blick. Lust auf eine Demo?"),
    ("j_bump2", "2023-09-20 07:15", "Hi Dorothea, nur eine kurze Erinnerung 😊"),
    ("j_bump2", "2023-10-02 07:16", "Hallo Dorothea, falls das gerade nicht passt, melde ich mich einfach im nächsten Quartal nochmal!"),
])
C("junk", "off_topic_product", "de", "cleaning robots for industrial halls", [
    ("j_off1", "2023-04-18 09:40", "Sehr geehrte Frau Kessel,\n\nunsere autonomen Reinigungsroboter reinigen bis zu 2.000 m² Hallenfläche pro Stunde – ohne Personal. Gern stelle ich Ihnen unser Mietmodell vor.\n\nMit freundlichen Grüßen\nAlexander Dietrich"),
])
C("junk", "off_topic_product", "de", "EV fleet leasing", [
    ("j_off2", "2023-07-04 13:13", "Hallo Frau Kessel, schon mal über E-Firmenwagen für Ihr Team nachgedacht? Aktuell Leasing ab 199 € netto, inkl. Wallbox. Melden Sie sich gern!"),
])
C("junk", "off_topic_product", "de", "promotional pens, in SPAM", [
    ("j_off3", "2023-11-14 10:20", "Guten Tag! Weihnachten steht vor der Tür 🎄 Kugelschreiber mit Ihrem Logo ab 0,29 €, Mindestmenge 500 Stück. Jetzt Katalog anfordern!"),
], folder="SPAM")
C("junk", "recruiting_spam", "de", "finance sales recruiting for a business owner", [
    ("j_recr1", "2023-05-09 19:00", "Hallo Dorothea! Dein Profil ist mir sofort aufgefallen 🚀 Wir suchen Quereinsteiger im Finanzvertrieb – flexible Arbeitszeiten, Einkommen bis 10.000 € im Monat möglich. Hast du Lust auf ein kurzes Kennenlernen?"),
])
C("junk", "recruiting_spam", "en", "Java developer role sent to an architect", [
    ("j_recr2", "2023-08-01 11:11", "Hi Dorothea,\n\nI'm hiring a Senior Java Developer (Spring, Kafka) for a fintech client in Berlin, hybrid, up to 95k. Your background looks like a great match! Are you open to a chat?\n\nBest, Priya"),
])
C("junk", "mlm_crypto", "de", "network marketing health products", [
    ("j_mlm1", "2023-07-02 20:10", "Hey Dorothea 💕 ich hoffe, es geht dir gut! Ich habe vor einem Jahr angefangen, nebenbei mit tollen Naturprodukten ein zweites Einkommen aufzubauen, und suche noch 2-3 motivierte Frauen für mein Team. Darf ich dir ein kurzes Video schicken? Ganz unverbindlich!"),
    ("j_mlm1", "2023-07-09 20:12", "Huhu, hast du meine Nachricht gesehen? 🌸"),
])
C("junk", "mlm_crypto", "de", "crypto trading signals, in SPAM", [
    ("j_crypto", "2023-06-15 23:40", "Guten Abend, ich teile in meiner privaten Gruppe täglich Trading-Signale. Letzten Monat +38 %. Für ausgewählte Unternehmer ist der Zugang aktuell kostenlos. Schreib mir 'INFO' und ich schicke dir den Link."),
], folder="SPAM")
C("junk", "paid_award", "de", "award with 'Teilnahmegebühr'", [
    ("j_award", "2023-04-11 10:00", "Sehr geehrte Frau Kessel,\n\nwir freuen uns, Ihnen mitzuteilen, dass Ihr Unternehmen für den Deutschen Mittelstands-Award 2023 in der Kategorie 'Architektur & Bau' nominiert wurde! Für die Aufnahme in die Finalistenliste, das Siegel und die Urkunde fällt eine einmalige Bearbeitungsgebühr von 1.850 € zzgl. MwSt. an.\n\nBitte bestätigen Sie Ihre Teilnahme bis zum 30.04.\n\nMit besten Grüßen\nAnna Berger"),
])
C("junk", "paid_podcast", "de", "podcast guest spot with production fee", [
    ("j_podcast", "2023-10-24 09:30", "Hi Dorothea, ich bin Max vom Podcast 'Macher im Mittelstand' (über 40.000 Hörer). Wir würden dich gern als Gast einladen! Für Produktion, Schnitt und Social-Media-Clips berechnen wir eine Pauschale von 690 €. Wann hättest du Zeit?"),
    ("me", "2023-10-24 18:02", "Hallo Max, danke, aber für Auftritte bezahle ich nicht. Viele Grüße"),
    ("j_podcast", "2023-10-25 07:45", "Verstehe ich! Für dich könnte ich auf 490 € runtergehen, weil mir das Thema Architektur wirklich am Herzen liegt."),
])
C("junk", "generic_service_pitch", "de", "fluent pitch naming Atelier Kessel, recruiting marketing", [
    ("j_named", "2023-03-02 08:50", "Guten Morgen Frau Kessel,\n\nich verfolge das Atelier Kessel schon eine Weile – starke Arbeit! Gerade bei Büros Ihrer Größe erleben wir oft, dass gute Bewerbungen ausbleiben, obwohl die Projekte spannend sind. Mit unseren Recruiting-Kampagnen auf Instagram und TikTok generieren wir für Architekturbüros im Schnitt 25 qualifizierte Bewerbungen in 30 Tagen.\n\nWann passt Ihnen ein kurzes Kennenlernen?\n\nHerzliche Grüße\nLaura Schubert"),
])
C("junk", "fake_personalization", "de", "mentions her Kita project, then generic reels/ads pitch", [
    ("j_fake", "2023-05-31 12:40", "Hallo Dorothea, gerade die Kita in Radebeul gesehen – mega! 🔥 Stell dir vor, wie das als Reel ankommen würde. Wir machen Social-Media-Content für Unternehmen jeder Branche, 12 Reels im Monat für 1.200 €. Sollen wir mal telefonieren?"),
])
C("junk", "generic_service_pitch", "de", "LinkedIn ghostwriting offer", [
    ("j_ghost", "2023-02-07 06:10", "Hallo Frau Kessel, Sie posten nur selten auf LinkedIn – dabei ist Ihre Expertise Gold wert. Wir schreiben 3 Beiträge pro Woche in Ihrem Namen, Sie müssen nur freigeben. Interesse?"),
])
C("junk", "generic_service_pitch", "de", "web design, in SPAM", [
    ("j_web", "2023-01-24 17:33", "Hallo, ich habe Ihr Profil gesehen. Brauchen Sie eine neue Website? Ich mache Webseiten günstig und schnell. Melden Sie sich."),
], folder="SPAM")
C("junk", "off_topic_product", "de", "private solar pitch to a business profile", [
    ("j_solar", "2023-04-26 18:18", "Guten Tag Frau Kessel, haben Sie schon eine PV-Anlage auf Ihrem Eigenheim? Jetzt ohne Anzahlung, Stromkosten sofort senken! Kostenlose Beratung vor Ort – wann passt es Ihnen?"),
])

# ================================================================= GENUINE
C("genuine", "client", "de", "client asks about building permit status, two-way", [
    ("bauherr_lenz", "2023-01-19 18:40", "Hallo Frau Kessel, gibt es schon was Neues vom Bauamt? Wir würden gern den Zimmermann für März festmachen."),
    ("me", "2023-01-20 08:05", "Guten Morgen Herr Lenz, die Nachforderung (Stellplatznachweis) habe ich letzte Woche eingereicht. Ich rechne mit der Genehmigung Mitte Februar. Den Zimmermann würde ich vorläufig für Anfang April reservieren."),
    ("bauherr_lenz", "2023-01-20 08:31", "Super, danke! Dann machen wir das so."),
])
C("genuine", "client", "de", "WEG property manager, window colour in listed building", [
    ("weg_ahrens", "2023-03-09 14:20", "Sehr geehrte Frau Kessel,\n\ndie Eigentümerversammlung hat gestern über die Fensterfarbe abgestimmt: Mehrheit für das Grau-Grün aus Ihrer Bemusterung (Variante B). Die Denkmalschutzbehörde müsste das noch bestätigen, oder?\n\nFreundliche Grüße\nSabine Ahrens"),
    ("me", "2023-03-09 16:02", "Liebe Frau Ahrens, ja, ich stimme Variante B diese Woche mit Frau Dr. Krause von der Unteren Denkmalschutzbehörde ab und melde mich dann. Danke für die schnelle Rückmeldung!"),
    ("weg_ahrens", "2023-03-16 09:12", "Prima, danke. Herr Haupt vom Fensterbau hat schon nach dem Termin gefragt."),
])
C("genuine", "colleague", "de", "structural engineer on a timber joist ceiling, du", [
    ("statik_beyer", "2023-02-02 17:55", "Hi Dorothea, hab mir die Holzbalkendecke im 2. OG angeschaut. Die Balken sind an den Auflagern teils ziemlich morsch, wir müssen da mit Laschen ran. Schick dir morgen eine Skizze. Schaffst du Donnerstag 10 Uhr Ortstermin?"),
    ("me", "2023-02-02 19:10", "Donnerstag 10 passt. Bring bitte das Feuchtemessgerät mit, ich will die Außenwand Nord auch checken."),
])
C("genuine", "colleague", "de", "former fellow student proposes joint competition entry", [
    ("studi_jana", "2023-05-12 21:03", "liebe doro, hast du die auslobung für die grundschule in freital gesehen? wäre das nicht was für uns zwei als arge? ihr habt die holzbau-erfahrung, wir die kapazität für die wettbewerbspläne. meld dich mal, bussi jana"),
    ("me", "2023-05-13 09:15", "Jana!! Ja, hab ich gesehen und schon an dich gedacht 😄 Telefonieren wir Montagabend?"),
    ("studi_jana", "2023-05-13 10:01", "montag 19 uhr, ich ruf an!"),
])
C("genuine", "inbound_lead", "de", "private client: barn conversion, asks capacity and fees (hard)", [
    ("scheune_voigt", "2023-02-06 20:15", "Hallo Frau Kessel,\n\nwir haben in Weinböhla einen alten Dreiseithof gekauft und möchten die Scheune zu Wohnraum umbauen (ca. 180 m²). Eine Bekannte hat Sie uns empfohlen. Haben Sie dieses Jahr noch Kapazität für so ein Projekt? Und können Sie grob sagen, mit welchen Kosten wir für die Planung rechnen müssen?\n\nViele Grüße\nKristin Voigt"),
    ("me", "2023-02-07 08:40", "Liebe Frau Voigt, vielen Dank für Ihr Vertrauen! Scheunenumbauten machen wir sehr gern. Das Honorar richtet sich nach der HOAI und den Baukosten, für einen ersten Eindruck komme ich gern unverbindlich vor Ort vorbei. Passt Ihnen ein Samstag im Februar?"),
    ("scheune_voigt", "2023-02-07 19:30", "Sehr gern! Der 18.02. vormittags wäre ideal."),
])
C("genuine", "inbound_lead", "de", "company wants office conversion, asks for fee offer and a call (hard)", [
    ("firma_seidel", "2023-03-22 11:45", "Guten Tag Frau Kessel,\n\nwir wollen unser Bürogebäude in Dresden-Klotzsche umbauen und um eine Werkstatthalle erweitern. Können Sie uns ein Honorarangebot für die Leistungsphasen 1 bis 4 machen? Gern vorab ein kurzes Telefonat, 15 Minuten reichen sicher.\n\nMit freundlichen Grüßen\nRolf Seidel\nSeidel Elektrotechnik GmbH"),
    ("me", "2023-03-22 13:20", "Sehr geehrter Herr Seidel, gern. Ich rufe Sie morgen gegen 10 Uhr an, dann kann ich die Eckdaten aufnehmen."),
])
C("genuine", "inbound_lead", "en", "expat buying an apartment in a Gründerzeit house", [
    ("expat_okafor", "2023-04-10 19:02", "Hello Ms Kessel,\n\nmy wife and I are about to buy a flat in an old building in Striesen (built 1898). We would like to open a wall between kitchen and living room and need someone to check if this is possible and handle the permit. Sorry that I write in English, my German is still B1. Would you take such a small job?\n\nBest regards,\nChidi Okafor"),
    ("me", "2023-04-11 08:22", "Dear Mr Okafor, no problem at all, English is fine. Yes, we can check this. Please send me the floor plan from the sales documents and I will tell you what we need (probably a structural engineer for an hour or two)."),
    ("expat_okafor", "2023-04-11 18:50", "Thank you! I just sent the PDF to your office email."),
])
C("genuine", "vendor_existing", "de", "window maker on existing order, delivery date and surcharge (hard)", [
    ("fenster_haupt", "2023-04-04 07:30", "Guten Morgen Frau Kessel,\n\nzum Auftrag Görlitzer Straße 12: Die Kastenfenster können wir in KW 21 liefern. Leider hat unser Glaslieferant die Preise zum 1. April um 6 % erhöht, das würde das Angebot um ca. 1.400 € netto verändern. Wie sollen wir verfahren? Ich schicke Ihnen gern die Nachtragskalkulation.\n\nViele Grüße\nUwe Haupt"),
    ("me", "2023-04-04 09:55", "Guten Morgen Herr Haupt, bitte schicken Sie mir die Nachtragskalkulation, ich bespreche das mit der WEG. KW 21 passt gut."),
])
C("genuine", "vendor_existing", "de", "CAD reseller about license renewal of her existing seats", [
    ("cad_lorenz", "2023-10-16 10:05", "Hallo Frau Kessel, Ihre 5 ArchiCAD-Lizenzen laufen zum 30.11. aus. Sie hatten im Sommer nach zwei zusätzlichen Teamwork-Plätzen gefragt – soll ich das Angebot für die Verlängerung gleich mit 7 Plätzen rechnen? Der Mengenrabatt greift ab 6."),
    ("me", "2023-10-16 12:40", "Ja bitte mit 7 rechnen, danke Frau Lorenz!"),
])
C("genuine", "applicant", "de", "student asks for internship", [
    ("prakt_emil", "2023-01-16 10:00", "Sehr geehrte Frau Kessel,\n\nich studiere im 7. Semester Architektur an der TU Dresden und suche für das Sommersemester ein Praxissemester (20 Wochen). Ihr Büro interessiert mich besonders wegen der Arbeit im Bestand – im Entwurf beschäftige ich mich gerade mit der Umnutzung einer Spinnerei. Darf ich Ihnen meine Unterlagen schicken?\n\nMit freundlichen Grüßen\nEmil Schröter"),
    ("me", "2023-01-17 07:50", "Lieber Herr Schröter, gern! Bitte an bewerbung@atelier-kessel.de, Portfolio max. 10 MB."),
])
C("genuine", "applicant", "de", "junior architect applies for advertised position", [
    ("bew_lea", "2023-05-30 08:15", "Guten Tag Frau Kessel, ich habe Ihre Stellenanzeige 'Architekt:in (m/w/d) für Sanierung und Denkmalpflege' gesehen und mich eben per Mail beworben. Ich habe meinen Master in Weimar gemacht, Abschlussarbeit zu Lehmputzen im Bestand. Ich wollte mich hier auch kurz persönlich vorstellen. Viele Grüße, Lea Hartung"),
])
C("genuine", "hiring_genuine", "de", "she approaches a draftswoman about a job, two-way", [
    ("me", "2023-06-13 08:20", "Hallo Frau Richter, danke fürs Annehmen. Ich habe gehört, dass das Baubüro Meißen Ende des Jahres schließt. Wir suchen ab Januar eine Bauzeichnerin in Teilzeit (25-30 h). Hätten Sie Interesse, sich das mal anzuschauen?"),
    ("bz_tina", "2023-06-13 17:45", "Hallo Frau Kessel, das ist ja ein Zufall, ja tatsächlich. Können Sie mir sagen, mit welcher Software Sie arbeiten? Ich bin fit in ArchiCAD, Revit weniger."),
    ("me", "2023-06-13 18:30", "Perfekt, wir arbeiten mit ArchiCAD. Kommen Sie doch nächste Woche auf einen Kaffee vorbei?"),
    ("bz_tina", "2023-06-14 07:10", "Gern, Dienstag nach 16 Uhr ginge bei mir."),
])
C("genuine", "event_invite", "de", "architects' chamber asks her to speak on Tag der Architektur", [
    ("kammer_fuchs", "2023-03-01 13:00", "Liebe Frau Kessel,\n\nfür den Tag der Architektur im Juni stellen wir ein Programm zu 'Weiterbauen im Bestand' zusammen. Hätten Sie Lust, die Sanierung Görlitzer Straße in einem 20-minütigen Kurzvortrag vorzustellen und anschließend eine Führung anzubieten? Eine Aufwandsentschädigung ist leider nicht vorgesehen, aber wir übernehmen die Pressearbeit.\n\nHerzliche Grüße\nUlrike Fuchs"),
    ("me", "2023-03-02 08:30", "Liebe Frau Fuchs, sehr gern! Ich kläre noch mit der Eigentümergemeinschaft, ob die Führung ins Treppenhaus darf."),
])
C("genuine", "event_invite", "de", "professor invites her to a guest crit", [
    ("prof_nagel", "2023-06-22 15:30", "Liebe Frau Kessel, am 12. Juli haben wir die Endpräsentation im Entwurf 'Holz in der Stadt' (Master). Hätten Sie Zeit und Lust, als Gastkritikerin dabei zu sein? Ca. 9 bis 15 Uhr, Mittagessen in der Mensa inklusive ;-) Beste Grüße, D. Nagel"),
    ("me", "2023-06-22 20:11", "Lieber Herr Nagel, da bin ich gern dabei!"),
])
C("genuine", "event_invite", "de", "architecture forum site tour invitation", [
    ("werkbund_kirsch", "2023-09-05 12:00", "Hallo Dorothea, unser nächster Baustellenrundgang ist am 23.9., wir schauen uns den Umbau des Straßenbahnhofs an. Magst du mitkommen? Anmeldung einfach hier per Nachricht. Liebe Grüße Heike"),
    ("me", "2023-09-05 12:40", "Bin dabei, mit einer Mitarbeiterin. Danke!"),
])
C("genuine", "journalist", "de", "local journalist asks for interview on listed building project", [
    ("presse_brandt", "2023-08-02 09:05", "Guten Tag Frau Kessel,\n\nich schreibe für den Stadtanzeiger eine Serie über sanierte Häuser in der Neustadt und würde gern über die Görlitzer Straße 12 berichten. Hätten Sie nächste Woche 30 Minuten für ein Gespräch, gern auch vor Ort mit Fotograf?\n\nViele Grüße\nMarlene Brandt"),
    ("me", "2023-08-02 11:30", "Guten Tag Frau Brandt, gern. Mittwoch 14 Uhr vor Ort? Ich frage die Hausverwaltung wegen der Fotos im Treppenhaus."),
    ("presse_brandt", "2023-08-02 11:42", "Mittwoch 14 Uhr passt perfekt. Danke!"),
])
C("genuine", "journalist", "en", "magazine editor asks for photos of the Kita", [
    ("mag_hughes", "2023-10-30 14:14", "Dear Dorothea,\n\nwe are preparing a feature on timber kindergartens in Central Europe for our winter issue and would love to include your Kita in Radebeul. Could you share plans and 4-6 photographs with credits? Deadline would be 20 November.\n\nKind regards,\nOwen Hughes, Timber Spaces Quarterly"),
])
congrats = [
    ("gl_ralf", "2023-09-28 18:30", "Glückwunsch zur Anerkennung beim Holzbaupreis, Dorothea! Hat Spaß gemacht, die Kita mit euch zu bauen. Ralf"),
    ("gl_petra", "2023-09-28 19:02", "Herzlichen Glückwunsch zur Anerkennung beim Holzbaupreis! Verdient 👏"),
    ("gl_sven", "2023-09-29 07:45", "Liebe Frau Kessel, herzlichen Glückwunsch zur Anerkennung beim Sächsischen Holzbaupreis! Beste Grüße aus dem Planungsamt"),
    ("gl_katja", "2023-09-29 12:10", "Glückwunsch zum Holzbaupreis!! 🎉 Die Bauphysik hat sich gelohnt 😉"),
]
for i, message in enumerate(congrats):
    thread = [message]
    if i in (0, 3):
        thread.append(("me", "2023-09-29 20:00" if i == 0 else "2023-09-29 20:05", "Danke dir! Ohne euch wäre das nix geworden 🙏"))
    C("genuine", "thanks_congrats", "de", f"congrats on timber prize, near-duplicate {i + 1} of 4", thread)
C("genuine", "thanks_congrats", "de", "client thanks after key handover", [
    ("kunde_hahn", "2023-07-17 10:10", "Liebe Frau Kessel, meine Frau und ich wollten uns noch einmal herzlich bedanken. Wir sind jetzt zwei Wochen im neuen Haus und fühlen uns rundum wohl. Die Idee mit dem Fenster zum Garten im Bad war goldrichtig! Herzliche Grüße, Bernd und Renate Hahn"),
])
C("genuine", "intro_referral", "de", "landscaper introduces a physiotherapist who needs an architect (group)", [
    ("intro_kai", "2023-07-05 16:00", "Hallo ihr beiden, ich stelle euch mal vor: Yvonne will ihre Praxis in ein altes Ladengeschäft in Pieschen verlegen und braucht jemanden für den Umbau. Dorothea ist die beste Architektin, die ich kenne, wenn es um Altbau geht. Rest macht ihr selbst 😉 Kai"),
    ("intro_bauherrin", "2023-07-05 17:20", "Danke Kai! Frau Kessel, ich würde mich sehr über einen Termin freuen. Der Mietvertrag beginnt im Oktober."),
    ("me", "2023-07-06 08:10", "Danke Kai! Liebe Frau Förster, sehr gern – ich schreibe Ihnen gleich separat mit Terminvorschlägen."),
])
C("genuine", "intro_referral", "de", "tax advisor recommends her to a client, asks if he may pass on contact", [
    ("stb_wagner", "2023-11-02 12:30", "Hallo Frau Kessel, ein Mandant von mir (Zahnarzt) möchte eine denkmalgeschützte Villa in Blasewitz kaufen und fragt nach einer Architektin, die eine Einschätzung zu den Sanierungskosten geben kann. Darf ich ihm Ihre Kontaktdaten geben? Gruß, G. Wagner"),
    ("me", "2023-11-02 14:05", "Lieber Herr Wagner, sehr gern, danke für die Empfehlung!"),
])
C("genuine", "friend", "de", "friend, lower-case chat about cinema", [
    ("freund_bea", "2023-02-16 21:40", "doro!!! kommst du freitag mit ins thalia? der neue kaurismäki läuft"),
    ("me", "2023-02-16 22:03", "jaaa, 20 uhr?"),
    ("freund_bea", "2023-02-16 22:04", "👍 ich hol die karten"),
])
C("genuine", "friend", "de", "birthday wishes with emoji", [
    ("freund_tom", "2023-08-19 08:00", "Alles Gute zum Geburtstag, Doro! 🎂🥂 Feier schön und lass die Baustellen heute mal Baustellen sein!"),
    ("me", "2023-08-19 12:30", "Danke Tom 😘 versprochen!"),
])
C("genuine", "inbound_lead", "de", "genuine enquiry from a doctor that landed in SPAM", [
    ("spam_bauherr", "2023-06-03 22:05", "Sehr geehrte Frau Kessel,\n\nich habe in der Zeitung über Ihren Umbau in der Neustadt gelesen. Wir ziehen nächstes Jahr aus München nach Dresden und haben ein Stadthaus von 1910 in Aussicht, das komplett saniert werden muss. Wären Sie grundsätzlich bereit, sich das Objekt vor dem Kauf mit uns anzusehen? Wir würden Ihren Aufwand selbstverständlich vergüten.\n\nMit freundlichen Grüßen\nDr. Florian Gruber"),
], folder="SPAM")
C("genuine", "inbound_lead", "de", "municipality invites tender participation, deadline and fees (hard)", [
    ("gemeinde_baer", "2023-08-28 09:00", "Sehr geehrte Frau Kessel,\n\ndie Gemeinde plant die Sanierung der alten Dorfschule als Bürgerhaus. Wir führen ein Verhandlungsverfahren nach VgV durch und würden uns freuen, wenn Ihr Büro einen Teilnahmeantrag einreicht. Die Unterlagen stehen ab 1.9. auf der Vergabeplattform, Frist ist der 29.9. Ihre Arbeit am Dreiseithof hat uns im Gemeinderat sehr überzeugt.\n\nMit freundlichen Grüßen\nInes Bär, Bauamt"),
])
C("genuine", "intro_referral", "de", "former client asks her to call his neighbour (hard: phone call ask)", [
    ("empf_koch", "2023-04-20 18:00", "Hallo Frau Kessel, unser Nachbar Herr Lindemann will sein Dach ausbauen und ist ganz neidisch auf unser Gaubenzimmer 😄 Könnten Sie ihn mal kurz anrufen? Nummer 0351 ******. Er weiß Bescheid. Danke und Grüße, H.-P. Koch"),
    ("me", "2023-04-21 07:55", "Danke, Herr Koch, mache ich heute Nachmittag!"),
])
C("genuine", "applicant", "en", "Polish student asks about an internship", [
    ("erasmus_kowalska", "2023-09-18 09:30", "Dear Ms Kessel,\n\nI am student of architecture in Wrocław and next year I will do Erasmus+ internship in Germany. I saw your renovation of the Gründerzeit house and I am very interested in heritage conservation, my diploma is about tenement houses in Wrocław. Is it possible to do internship in your office from March? My German is A2, English C1.\n\nBest regards\nZofia Kowalska"),
    ("me", "2023-09-19 08:45", "Dear Zofia, thank you for your message! Please send me your portfolio; March might work. English is fine in our office."),
])
C("genuine", "owner_inquiry", "de", "she asks a clay plaster supplier about a product", [
    ("me", "2023-02-27 08:45", "Hallo Herr Pohl, danke für die Vernetzung. Wir planen in einer Scheune Lehmputz auf Holzfaserplatten innen. Haben Sie dafür ein Systemdatenblatt und eine Referenz in der Nähe von Dresden, die wir anschauen könnten?"),
    ("lehm_pohl", "2023-02-28 10:30", "Guten Tag Frau Kessel, gern! Datenblatt kommt per Mail. Eine Referenz gibt es in Tharandt, ein Einfamilienhaus, die Bauherren zeigen das gern. Ich kann Sie begleiten, wenn Sie möchten."),
    ("me", "2023-02-28 11:02", "Prima, dann lassen Sie uns einen Termin machen."),
])
C("genuine", "owner_inquiry", "de", "she asks photographer friend about image rights", [
    ("me", "2023-10-31 09:10", "Hallo Lukas, eine englische Zeitschrift will die Kita-Fotos. Darf ich deine Bilder aus 2022 weitergeben, mit Credit? Zahlen die was, soll ich fragen?"),
    ("foto_sommer", "2023-10-31 12:20", "Hi Dorothea, klar, mit Credit 'Lukas Sommer'. Frag ruhig nach Honorar, aber wenn nicht, ist auch ok für mich."),
])
C("genuine", "colleague", "de", "colleague asks to borrow laser distance meter, du", [
    ("kollege_reich", "2023-05-24 16:16", "Du, Dorothea, unser Disto ist hinüber und ich hab morgen Aufmaß in Coswig. Kann ich mir eure ausleihen? Bring's Freitag zurück, versprochen."),
    ("me", "2023-05-24 16:40", "Klar, liegt ab 8 Uhr bei uns am Empfang."),
])
C("genuine", "hiring_genuine", "de", "peer asks if she knows a site manager (talks about hiring)", [
    ("netz_bauleiter", "2023-10-11 11:11", "Hallo Frau Kessel, wir suchen dringend eine Bauleitung für zwei Kitaprojekte in Pirna, gerne auch Teilzeit oder freiberuflich. Kennen Sie jemanden, der/die gerade offen wäre? Über eine Empfehlung würde ich mich sehr freuen. Beste Grüße, Stefan Krüger"),
    ("me", "2023-10-11 13:00", "Hallo Herr Krüger, mir fällt spontan Herr Adam ein, der war bis letztes Jahr bei uns. Ich frage ihn, ob ich den Kontakt weitergeben darf."),
])
C("genuine", "thanks_congrats", "de", "former intern says thanks", [
    ("prakt_ende", "2023-03-03 17:20", "Liebe Frau Kessel, ich wollte mich nochmal für das tolle Praktikum bedanken. Ich habe so viel gelernt, vor allem auf der Baustelle. Das Gutachten hat mir auch beim Master-Bewerben sehr geholfen! Liebe Grüße, Paula"),
    ("me", "2023-03-03 19:05", "Liebe Paula, sehr gern, und viel Erfolg! Halt uns auf dem Laufenden."),
])
C("genuine", "vendor_existing", "de", "carpenter site manager, Saxon chat about delivery on site", [
    ("zimmerei_chat", "2023-06-29 06:12", "Morsche Frau Kessel, der Kran kommt Mo erst um 9, nicht um 7. Die Elemente sind aber schon geladen. Geht das klar mit den Nachbarn wegen der Straßensperrung?"),
    ("me", "2023-06-29 07:00", "Guten Morgen Herr Keller, ich rufe beim Ordnungsamt an und verlängere die Sperrung bis 14 Uhr. Danke für die Info!"),
])
C("genuine", "thanks_congrats", "de", "client thanks, near-duplicate wording of another thanks", [
    ("bauherr_lenz", "2023-11-20 19:00", "Liebe Frau Kessel, wollte mich nochmal herzlich bedanken – Richtfest war super und alle sind begeistert vom Dachstuhl! Viele Grüße, Matthias Lenz"),
])

# ================================================================= WANTED PITCHES
C("wanted_pitch", "tailored_relevant_pitch", "de", "CLT supplier cites her Radebeul Kita and her post on ceiling elements", [
    ("w_clt", "2023-03-02 10:20", "Guten Tag Frau Kessel,\n\nin Ihrem Beitrag zur Kita 'Spatzennest' in Radebeul schreiben Sie, dass die Brettsperrholz-Deckenelemente aus Österreich kamen und die Lieferzeit Ihr größter Engpass war. Wir fertigen seit letztem Jahr BSP-Elemente bis 3,5 m Breite in Hoyerswerda, also rund 80 km von Dresden, mit derzeit 6 Wochen Vorlauf. Für Ihren Wettbewerbsentwurf in Pirna (Schulerweiterung, wenn ich das richtig gelesen habe) könnten wir eine Vorbemessung und Kostenschätzung kostenfrei beisteuern.\n\nWenn das für Sie interessant ist, schicke ich Ihnen gern unser Werksdatenblatt oder Sie besuchen uns im Werk.\n\nFreundliche Grüße\nJohannes Brenner"),
    ("me", "2023-03-03 08:15", "Guten Tag Herr Brenner, das klingt tatsächlich interessant, die Lieferzeit war wirklich ein Problem. Schicken Sie mir gern das Datenblatt, und einen Werksbesuch machen wir mit dem Team im April."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "3D laser scanning firm cites her post about manual surveying in listed building", [
    ("w_scan", "2023-04-13 09:10", "Hallo Frau Kessel,\n\nSie haben neulich gepostet, dass das Handaufmaß der Stuckdecken in der Görlitzer Straße drei Wochen gedauert hat. Genau dafür scannen wir: Ein Gründerzeithaus mit 4 Geschossen schaffen wir in 1–2 Tagen, Auswertung als Punktwolke direkt für ArchiCAD und verformungsgetreue Schnitte für die Denkmalbehörde. Beispiel anbei, ein Projekt in Görlitz mit ähnlichen Decken.\n\nFalls Sie ein nächstes Bestandsprojekt haben, mache ich Ihnen gern ein Angebot.\n\nViele Grüße\nNadine Lehmann, Punktwolke Ost"),
], attachments={0: "https://www.linkedin.com/dms/punktwolke-goerlitz-beispiel.pdf"})
C("wanted_pitch", "tailored_relevant_pitch", "de", "lime plaster rep offers technical site visit for her Gründerzeit project", [
    ("w_kalk", "2023-05-08 08:00", "Guten Morgen Frau Kessel,\n\nich habe gesehen, dass an der Görlitzer Straße jetzt die Fassade drankommt. Bei Gründerzeitfassaden mit altem Kalkputz erleben wir oft Probleme, wenn mit Zementputz ausgebessert wird. Wir stellen in Meißen Kalkputze nach historischen Rezepturen her und machen vorab kostenlos eine Putzanalyse vor Ort. Die Untere Denkmalschutzbehörde Dresden kennt unser Material aus der Sanierung am Bischofsweg.\n\nDarf ich einmal vorbeikommen?\n\nBeste Grüße\nThomas Ebert"),
    ("me", "2023-05-08 13:30", "Hallo Herr Ebert, gute Idee. Kommen Sie gern am Dienstag um 8 Uhr zur Baustellenbesprechung."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "architecture photographer proposes shoot for prize documentation", [
    ("w_foto", "2023-07-26 14:00", "Liebe Frau Kessel,\n\nich habe gelesen, dass die Kita Spatzennest für den Sächsischen Holzbaupreis eingereicht ist – herzlichen Glückwunsch zur Nominierung! Für die Preisdokumentation werden meist Bilder im genutzten Zustand verlangt. Ich fotografiere seit 12 Jahren Holzbauten, unter anderem für zwei Preisträger 2021, und könnte im August mit den Kindern und Erzieher:innen (mit Einverständnis der Eltern) eine Serie machen.\n\nMein Portfolio: jost-fotografie.example\n\nHerzliche Grüße\nMiriam Jost"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "ArchiCAD Teamwork trainer cites her post on switching seven people", [
    ("w_bim", "2023-06-20 10:00", "Hallo Frau Kessel,\n\nIhr Beitrag 'Sieben Leute, ein Modell' hat mich angesprochen – besonders der Teil, dass die Reservierungen in Teamwork bei Ihnen ständig Konflikte erzeugen. Das ist ein klassisches Einrichtungsthema (Ebenen- und Teilmodellstruktur), kein Bedienfehler. Ich biete für Büros Ihrer Größe einen Workshop-Tag vor Ort an, in dem wir Ihr echtes Projekt umstrukturieren. Ein Büro in Chemnitz hat danach die Konflikte fast auf null gebracht.\n\nDer Tag kostet 1.180 € netto. Wenn das passt, telefonieren wir vorher kurz, damit ich Ihre Projektdatei verstehe.\n\nViele Grüße\nDaniel Vogt"),
    ("me", "2023-06-21 07:30", "Hallo Herr Vogt, Sie haben das Problem genau getroffen 😅 Rufen Sie mich gern Donnerstag an."),
    ("w_bim", "2023-06-21 07:41", "Mache ich, Donnerstag 11 Uhr!"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "acoustician refers to her new Kita competition and reverberation issue", [
    ("w_akustik", "2023-11-08 15:00", "Sehr geehrte Frau Kessel,\n\nzu Ihrem zweiten Preis beim Wettbewerb Schulerweiterung Pirna gratuliere ich herzlich. In der Jurybegründung wird die offene Lernlandschaft hervorgehoben – genau da wird die Raumakustik erfahrungsgemäß kritisch (DIN 18041, Gruppe A4). Ich habe zwei ähnliche Lernlandschaften in Holzbauweise akustisch begleitet, ohne abgehängte Decken, mit Lochung im Brettsperrholz. Falls Sie in die Überarbeitung gehen, biete ich eine kurze Vorbemessung an.\n\nMit freundlichen Grüßen\nSimone Arnold"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "heritage subsidy adviser specific to listed buildings in her portfolio", [
    ("w_foerder", "2023-07-24 09:00", "Guten Tag Frau Kessel,\n\nIhre Bauherren an der Görlitzer Straße nutzen vermutlich die Denkmal-AfA. Was viele Architekturbüros nicht wissen: Seit diesem Jahr lässt sich das mit dem KfW-Effizienzhaus Denkmal kombinieren, wenn die Bescheinigung der Denkmalbehörde vor Baubeginn beantragt wird. Ich berate ausschließlich zu Denkmalobjekten in Sachsen und rechne erfolgsabhängig mit den Bauherren ab, für Sie als Planerin entstehen keine Kosten. Für Ihr Büro könnte das ein Argument in der Akquise sein.\n\nSoll ich Ihnen eine Übersicht schicken?\n\nViele Grüße\nPeter Schlegel"),
    ("me", "2023-07-25 08:30", "Ja, gern – die Kombination war mir so nicht klar."),
])
C("wanted_pitch", "tailored_recruiter", "de", "recruiter with a concrete candidate matching her posted heritage job", [
    ("w_recruit", "2023-06-01 12:00", "Sehr geehrte Frau Kessel,\n\nSie suchen laut Ihrer Anzeige eine Architektin für Sanierung und Denkmalpflege. Ich betreue gerade eine Kandidatin aus Leipzig (9 Jahre Berufserfahrung, LP 5–8 an zwei denkmalgeschützten Schulen, ArchiCAD), die aus familiären Gründen nach Dresden zieht und gezielt ein kleines Büro sucht. Mein Honorar wäre nur im Erfolgsfall fällig. Darf ich Ihnen das anonymisierte Profil senden?\n\nMit freundlichen Grüßen\nCarolin Thiele"),
    ("me", "2023-06-01 17:50", "Guten Tag Frau Thiele, ja, bitte schicken Sie das Profil."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "fee-controlling software cites her chamber talk on office controlling", [
    ("w_hoai", "2023-09-14 10:30", "Hallo Frau Kessel,\n\nich war bei Ihrem Vortrag 'Das kleine Büro und die Zahlen' bei der Kammer. Sie sagten, Sie führen die Stundenerfassung noch in Excel und sehen erst nach Projektende, ob die Leistungsphase auskömmlich war. Wir haben ein schlankes Tool gebaut (3 Architekten, 1 Entwickler), das Stunden direkt gegen die HOAI-Phasen rechnet und ab 5 Nutzern 19 € pro Kopf kostet. Wenn Sie mögen, importiere ich eine Ihrer Excel-Tabellen und zeige Ihnen das Ergebnis an Ihren eigenen Zahlen.\n\nBeste Grüße\nMarco Reinhardt"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Swedish wood-fibre insulation maker quotes her U-value post", [
    ("w_fibre", "2023-02-22 13:05", "Dear Ms Kessel,\n\nI read your post about the Kita roof where you needed U = 0.14 with only 240 mm build-up and had to switch to PUR in the end because no wood-fibre board with the required fire classification was available in time. Our new board reaches lambda 0.036 and is approved as B-s1,d0, which should make such a roof possible in timber only. We are just starting in Germany and are looking for three offices to test it in real projects; we would supply material for a pilot at cost.\n\nIf you are interested, I can send the technical approval (in German).\n\nBest regards,\nErik Lindqvist"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "model maker refers to her competition prize and offers final model", [
    ("w_modell", "2023-10-03 16:00", "Hallo Frau Kessel, ich habe Ihr Wettbewerbsmodell für Pirna in der Ausstellung im Rathaus gesehen – Sie hatten es selbst gebaut, oder? Falls Sie für die Überarbeitung ein Präsentationsmodell in Holz brauchen: Ich fräse Modelle im Maßstab 1:200 und 1:500 und arbeite öfter für kleine Büros in Dresden. Ein Modell in der Größe liegt bei ca. 1.600–2.200 €. Viele Grüße, Greta Kühn"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "daylight planner refers to barn conversion with few openings", [
    ("w_licht", "2023-03-27 11:00", "Guten Tag Frau Kessel,\n\nauf Ihrer Website steht, dass Sie gerade eine Scheune in Weinböhla zu Wohnraum umbauen. Bei Scheunen mit wenigen Öffnungen in der Giebelwand ist die Tageslichtversorgung nach DIN EN 17037 oft der Knackpunkt, gerade wenn die Denkmalpflege keine Dachflächenfenster will. Wir simulieren das für rund 650 € pro Nutzungseinheit und zeigen Alternativen (Lichtbänder, Lichtlenkung). Falls Sie das brauchen, melden Sie sich gern.\n\nMit freundlichen Grüßen\nSebastian Frey"),
])

x.write(
    Path(__file__).resolve().parents[1] / SLUG,
    {"First Name": "Dorothea", "Last Name": "Kessel",
     "Headline": "Architektin & Inhaberin Atelier Kessel Architektur | Bauen im Bestand, Denkmalpflege, Holzbau",
     "Summary": "Wir sind ein Büro mit sieben Leuten in der Dresdner Neustadt. Wir sanieren Gründerzeithäuser und Baudenkmale, bauen Kitas und Schulen in Holz und bauen Scheunen und Höfe zu Wohnraum um.",
     "Industry": "Architecture and Planning", "Geo Location": "Dresden, Sachsen, Deutschland",
     "Websites": "[COMPANY:atelier-kessel.de]"},
    [
        {"Company Name": "Atelier Kessel Architektur", "Title": "Inhaberin, Architektin",
         "Description": "Leistungsphasen 1-9, Bauen im Bestand, Denkmalpflege, Holzbau", "Location": "Dresden",
         "Started On": "Apr 2014", "Finished On": ""},
        {"Company Name": "Reich Architekten Radebeul", "Title": "Projektarchitektin", "Description": "",
         "Location": "Radebeul", "Started On": "Sep 2008", "Finished On": "Mar 2014"},
    ],
    ["Denkmalpflege", "Bauen im Bestand", "Holzbau", "HOAI", "ArchiCAD", "Bauleitung",
     "Wettbewerbe", "Energieeffizientes Bauen"],
)
print(x.summary())

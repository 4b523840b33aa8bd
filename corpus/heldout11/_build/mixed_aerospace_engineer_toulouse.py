"""heldout11 persona: Annika Wendeborn, German systems engineer at an aircraft-cabin supplier in
Toulouse, active in a German aerospace engineering association (2026 layout). German and English
about half/half.

Written blind to the detector in session 3. Every message text below is written by hand.
Run: /work/main/.venv/bin/python corpus/heldout11/_build/mixed_aerospace_engineer_toulouse.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-aerospace-engineer-toulouse"
OWNER = Person("me", "Annika Wendeborn", "https://www.linkedin.com/in/annika-wendeborn-4e81b0")

ex = Export(SLUG, "2026", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people: work, association, friends
P("lead", "Julien Marchetti", "Cabinora Systems", "Head of Systems Engineering, Galleys & Monuments", connected="2019-09-02")
P("hh", "Jan Petersen", "Cabinora Systems (Hamburg site)", "Systemingenieur Galley Inserts", connected="2019-10-14")
P("oem", "Clara Montaigne", "Aerostral Aircraft", "Cabin Integration Engineer", connected="2020-05-19")
P("supplier", "Uwe Kessler", "Kessler Präzisionsteile GmbH", "Vertriebsleiter Luftfahrt", connected="2021-03-08")
P("airline", "Siri Håkonsen", "Nordlys Air", "Manager Cabin Engineering", connected="2025-03-11",
  invite=("IN", "2025-03-10 09:12", "Hi Annika, Nordlys Air cabin engineering here - would like to ask you about galley retrofits."))
P("charter", "Markus Ebeling", "Ferienflug Rhein", "Leiter Technik Kabine", connected="2025-06-02")
P("consult", "Florian Brandes", "Brandes Systems Engineering", "Freiberuflicher MBSE-Berater", connected="2016-11-30")
P("recr", "Kerstin Albers", "Nordlicht Executive Search", "Senior Consultant Aerospace", connected="2025-05-20",
  invite=("OUT", "2025-05-19 21:40", "Hallo Frau Albers, ich interessiere mich für Ihre Suche im Raum Hamburg."))
P("student", "Moritz Hahn", "TU Braunschweig", "Masterstudent Luft- und Raumfahrttechnik", connected="2025-09-22")
P("journo", "Petra Ulbricht", "Kabine & Technik (Fachmagazin)", "Redakteurin", connected="2025-04-07")
P("bg", "Dr. Wolfgang Seifert", "VDLI Bezirksgruppe Frankreich", "Vorsitzender", connected="2019-11-20")
P("vdli", "Sabrina Kühn", "VDLI Geschäftsstelle", "Mitgliederservice & Veranstaltungen", connected="2020-01-15")
P("prof", "Prof. Dr. Hartmut Rössler", "TU Braunschweig", "Institut für Flugzeugbau", connected="2014-06-02")
P("talk1", "Benedikt Rauch", "Cabinora Systems", "Zulassungsingenieur", connected="2021-02-02")
P("talk2", "Lena Hartwig", "Aerostral Aircraft", "Requirements Engineer", connected="2025-10-17")
P("talk3", "Thomas Becker-Lefèvre", "", "Freelance stress engineer", connected="2025-10-16")
P("sensor", "Katharina Voigt", "Sensatec GmbH", "Application Engineer", connected="2013-10-01")
P("speaker", "Gareth Pryce", "Aeroform UK", "Chief Engineer, Hydrogen Systems", connected="2025-07-30",
  invite=("OUT", "2025-07-29 18:20", "Hi Gareth, I enjoyed your paper on LH2 tank venting - would you speak at our association evening?"))
P("uni_friend", "Johanna Sievers", "", "Ärztin", connected="2012-03-15")
P("firstboss", "Gerd Hinrichsen", "", "Abteilungsleiter a. D.", connected="2014-10-20")
P("safety", "Mehdi Benali", "Cabinora Systems", "Safety Engineer", connected="2020-02-10")
P("lab", "Élodie Garnier", "Cabinora Systems Test Centre", "Test Planning Coordinator", connected="2021-06-11")
P("proc", "Victor Lambert", "Aerostral Aircraft", "Procurement Manager, Cabin Systems", connected="2023-01-23")
P("stammtisch", "Ilse Moreau-Brandt", "Deutsch-Französischer Kreis Toulouse", "Organisatorin", connected="2020-03-28")
P("expo", "Henrik Lund", "Aerostral Aircraft", "Head of Cabin Interiors", connected="2021-09-01")
P("excol", "Stefanie Rohde", "Hamburger Kabinentechnik", "Projektleiterin", connected="2015-02-14")
P("cand", "Priya Raman", "", "Graduate, MSc Aerospace Systems (ISAE)", connected="2025-11-03")
P("toolvend", "Aurélien Chevalier", "ModelSpan Software", "Customer Success Manager", connected="2022-05-05")
P("ak", "Dr. Ralf Thiele", "VDLI Arbeitskreis Kabine", "Leiter Arbeitskreis", connected="2020-06-09")
P("mentee", "Svenja Lorenz", "Hanseatic Aero Services", "Junior Systems Engineer", connected="2024-09-12")
P("uni_tls", "Prof. Nathalie Roux", "École Supérieure d'Aéronautique du Midi", "Professor, Systems Engineering", connected="2022-10-03")
P("formercol", "Dennis Wagner", "Rigwerk Prüfsysteme", "Gründer", connected="2017-05-22")

# ---------------------------------------------------------------- people: pitchers
P("w_req", "Lukas Obermeier", "ReqLoom", "Solutions Engineer", connected="2025-02-18")
P("w_sysml", "Dr. Anja Feldmann", "Feldmann MBSE Training", "Trainerin SysML v2", connected="2025-10-20")
P("w_recr", "Oliver Grant", "Skybridge Talent", "Principal Recruiter, Cabin Systems", connected="2025-01-14")
P("w_tax", "Bettina Krause", "Krause Grenzgänger-Steuerberatung", "Steuerberaterin", connected="2025-04-28")
P("w_h2", "Dr. Sven Lindqvist", "H2Test Nord", "Business Development", connected="2025-08-06")
P("w_plugin", "Camille Durand", "TraceForge", "Product Specialist", connected="2025-06-25")
P("w_venue", "Bernard Castan", "Brasserie du Canal", "Responsable événements", connected="2025-09-02")
P("w_transl", "Isabelle Krüger", "", "Fachübersetzerin DE-FR-EN Luftfahrttechnik", connected="2025-11-18")
P("w_lang", "Mireille Daubert", "Langues & Ailes", "Französischlehrerin für Ingenieure", connected="2024-12-03")
P("w_cert", "Rolf Engstrand", "Engstrand Certification Services", "Freelance CVE Cabin Safety", connected="2025-05-06")
P("w_move", "Nadine Scholz", "Grenzenlos Umzüge", "Kundenberaterin internationale Umzüge", connected="2026-01-21")
P("w_part21", "Helmut Grabowski", "AeroCompliance Akademie", "Seminarleiter", connected="2025-03-25")

P("t1", "Ryan Whitaker", "CloudSim HPC", "Account Executive", connected="2025-02-03")
P("t2", "Emma Lindström", "FlowCompute", "Business Development Rep")
P("t3", "Daniel Okonkwo", "SimScale-Up Partners", "Sales Lead")
P("t4", "Tim Neubauer", "RechenWolke GmbH", "Vertrieb Industrie")
P("t5", "Grace Holloway", "HPC Nimbus", "Growth Manager", connected="2025-11-25")
P("m1", "Jake Turner", "TalentForge", "Recruitment Partner")
P("m2", "Stefan Kraft", "Konstrukt Engineering", "Vertrieb")
P("m3", "Aisha Rahman", "Apex Digital Solutions", "Marketing Consultant")
P("m4", "Chris Mallory", "BlueHorizon Consulting", "Managing Partner")
P("sp1", "LinkedIn Member", url="")
P("sp2", "Expat Finance Europe", url="https://www.linkedin.com/company/expat-finance-europe")
P("sp3", "Global Engineering MBA", url="https://www.linkedin.com/company/global-engineering-mba")
P("award", "Harper Quinn", "Women in Aerospace Leadership Awards", "Nominations Team")
P("mag", "Leonard Fitch", "Aerospace Leaders Review", "Editorial Director")
P("summit", "Dr. Marco Vitale", "Global Aviation Innovation Summit", "Speaker Relations")
P("sells", "Vikram Patel", "MonuTech Engineering Services", "Business Development Manager")
P("cap", "Sebastian Lorch", "Ingenieurbüro Lorch", "Inhaber")
P("likem", "Ralf Brückner", "Brückner Business Circle", "Unternehmer | Investor | Mentor")
P("quick", "Natalie Cheng", "Optima Digital", "Partnerships Manager")
P("ctp1", "Andreas Vogel", "ExpatVorsorge", "Finanzberater für Auslandsdeutsche", connected="2025-01-27",
  invite=("IN", "2025-01-26 19:45", "Hallo Annika, ich vernetze mich gern mit Deutschen in Frankreich!"))
P("ctp2", "Maxime Lefort", "BitYield Capital", "Investment Advisor", connected="2025-05-12",
  invite=("IN", "2025-05-11 22:10", ""))
P("ctp3", "Hannah Brooks", "AeroStaff Global", "Talent Partner", connected="2025-08-18",
  invite=("IN", "2025-08-17 08:30", "Hi Annika! Love seeing women in aerospace engineering, let's connect."))
P("ctp4", "Julia Brenner", "Profilglanz", "LinkedIn-Coach für Ingenieure", connected="2025-12-01",
  invite=("IN", "2025-11-30 16:00", "Hallo Annika, spannendes Profil! Lass uns vernetzen."))
P("bump1", "Arjun Mehta", "DraftPro CAD Services", "Business Development Executive")
P("bump2", "Holger Stamm", "PLMexpert Consulting", "Senior Berater")
P("offt1", "Daniela Wiegand", "Kapitalanlage Ost Immobilien", "Immobilienberaterin")
P("offt2", "Pierre Dumas", "Soleil Énergie Habitat", "Conseiller énergie")
P("fluent", "Rebecca Stone", "Altitude Growth Partners", "Senior Partner")
P("g_alm", "Kevin Doyle", "AppTrack ALM", "Account Executive")
P("g_kurs", "Miriam Haas", "Karriereakademie Online", "Bildungsberaterin")
P("g_recr", "Sandeep Kumar", "TechHire Solutions", "IT Recruiter")
P("g_fin", "Marco Engel", "Ingenieur-Finanzplan", "Finanzcoach")
P("g_venue", "Laura Petit", "EventSpace Toulouse", "Sales")
P("g_transl", "Translation Hub Team", "Translation Hub", "Client Services")
P("webinar", "Team KI-Engineering-Forum", "KI-Engineering-Forum", "Veranstaltungen")
P("mlm", "Tanja Reichel", "", "Mama | Mindset | Freiheit 🌸", connected="2025-10-09")
P("messe", "Frank Oltmanns", "Luftfahrt-Zuliefertag Nord", "Ausstellerberatung")
P("g_move", "Tobias Fink", "UmzugsPortal24", "Vertrieb")

# ---------------------------------------------------------------- genuine
C("genuine", "colleague_review", "en", "Team lead about the galley requirements baseline before the design review", [
    ("lead", "2025-02-10 08:40", "Annika, for the CDR on the 24th I need the requirements baseline frozen by Friday. Can you confirm the 14 open TBDs on the chiller interface are closed? If not, list the ones we carry as open items with an owner."),
    ("me", "2025-02-10 09:15", "Hi Julien, 11 of 14 are closed. The 3 open ones are all waiting on Aerostral (power budget for the chiller at ground ops). I'll put them in the open items list with Clara as owner on their side and me on ours."),
    ("lead", "2025-02-10 09:20", "Perfect, merci. Send me the list before you leave today."),
])
C("genuine", "colleague_interface", "de", "Hamburg colleague about the interface control document with galley inserts", [
    ("hh", "2025-03-04 14:05", "Moin Annika, kurze Frage zum ICD Rev. D: Beim Ofen-Insert ist der Steckerpinout auf Seite 34 anders als im Schaltplan von Hamburg. Welcher gilt? Wir wollen nächste Woche die Kabelbäume bestellen.\n\nGruß aus dem Regen, Jan"),
    ("me", "2025-03-04 14:40", "Moin Jan! Der Schaltplan gilt, im ICD ist Pin 7 und 8 vertauscht, mein Fehler beim Copy-Paste 🙈 Ich mache heute noch Rev. E und schick sie dir. Bestellt bitte erst danach."),
    ("hh", "2025-03-04 14:45", "Alles klar, danke dir!"),
    ("me", "2025-03-04 17:30", "Rev. E ist im PDM, Link anbei."),
], attachments={3: "https://www.linkedin.com/dms/ICD_galley_inserts_RevE.pdf"})
C("genuine", "customer_engineering", "en", "OEM integration engineer discusses a certification finding", [
    ("oem", "2025-06-17 16:20", "Hi Annika, the authority raised a finding on the galley G2 placard wording at the last audit. They want the 'do not operate during taxi' placard to reference the new AMM chapter. Can your team update the drawing? It's not urgent-urgent but we need it for the TC amendment in September."),
    ("me", "2025-06-17 17:05", "Hi Clara, yes, I'll raise an internal change. Is this a Class 2 change for you or do you need it as a minor change with a new dash number?"),
    ("oem", "2025-06-18 08:30", "Minor change, new dash number. Thanks!"),
])
C("genuine", "vendor_existing_price_change", "de", "Existing supplier of certified fittings announces a price increase", [
    ("supplier", "2025-09-01 10:00", "Sehr geehrte Frau Wendeborn, aufgrund der gestiegenen Preise für Luftfahrt-Aluminium (7075-T7351) und der neuen Prüfanforderungen müssen wir die Preise für die Seat-Track-Fittings KP-2210 und KP-2214 zum 1. Januar um 6,5 % anheben. Bestehende Rahmenaufträge liefern wir bis 31.12. zu den bisherigen Konditionen. Ihr Einkauf hat das offizielle Schreiben bereits erhalten, ich wollte Sie als technische Ansprechpartnerin aber direkt informieren. Mit freundlichen Grüßen, Uwe Kessler"),
    ("me", "2025-09-01 11:30", "Sehr geehrter Herr Kessler, danke für die direkte Info. Ich gebe es an unseren Einkauf weiter. Gibt es durch die neuen Prüfanforderungen auch Änderungen an der Dokumentation (CoC / Materialzeugnisse)?"),
    ("supplier", "2025-09-01 12:10", "Ja, ab Januar liefern wir zusätzlich das 3.2-Zeugnis mit. Ansonsten bleibt alles gleich."),
])
C("genuine", "inbound_lead", "en", "Airline cabin engineering manager wants a quote for a galley retrofit", [
    ("airline", "2025-03-11 08:45", "Hi Annika, thanks for connecting. We're planning a galley retrofit on 8 of our narrowbodies in winter 2026/27 (adding a second oven and a chiller in the aft galley). A colleague at Aerostral said you know the G2/G5 configuration best. Could you help us get a budgetary quote and a rough lead time? I'm happy to send our current LOPA."),
    ("me", "2025-03-11 09:30", "Hi Siri, thanks for reaching out! Yes, happy to help. I'll loop in our aftermarket sales manager, Damien, who handles quotes, and I'll support on the technical side. Please send the LOPA and your current galley part numbers to both of us - I'll check feasibility of the chiller (power and weight) first."),
    ("airline", "2025-03-11 10:02", "Great, sending today."),
    ("me", "2025-03-14 15:40", "Quick update: chiller is feasible with the existing power feeder. Damien will send the budgetary quote next week, lead time around 14 months."),
])
C("genuine", "inbound_lead", "de", "Charter airline technical lead asks for an offer for trolley compartments", [
    ("charter", "2025-06-02 11:15", "Guten Tag Frau Wendeborn, wir haben Sie auf der Aircraft Interiors Expo am Stand gesehen. Wir brauchen für 4 Flugzeuge zusätzliche Trolley-Compartments im vorderen Galley-Bereich und hätten gern ein Angebot inkl. Zertifizierung (STC oder über den OEM?). Können Sie uns sagen, an wen wir uns wenden sollen, bzw. das weiterleiten?"),
    ("me", "2025-06-02 13:40", "Guten Tag Herr Ebeling, danke für Ihre Anfrage! Ich leite es an unseren Vertrieb weiter (Damien Roche, Aftermarket) und bleibe technisch dabei. Zur Zulassung: für Ihre Baureihe geht das meist schneller über einen Service Bulletin des OEM. Könnten Sie uns die MSNs schicken?"),
    ("charter", "2025-06-03 08:20", "MSNs schicke ich per Mail. Vielen Dank für die schnelle Antwort!"),
])
C("genuine", "peer_joint_offer", "de", "Freelance MBSE consultant proposes a joint proposal for a research call with her company", [
    ("consult", "2025-04-14 20:30", "Hi Annika, ich hab den neuen Call im Luftfahrtforschungsprogramm gesehen: 'Digitale Zulassung von Kabinenkomponenten'. Cabinora + ich + das Institut von Rössler wären ein super Konsortium. Ich würde die MBSE-Methodik übernehmen, ihr den Use Case Galley. Mein Tagessatz läge bei 950 €, die Förderquote für KMU ist 50 %. Magst du das intern mal anfragen? Deadline ist 30. Juni."),
    ("me", "2025-04-15 07:50", "Florian, klingt super! Ich frag Julien, ob wir als französische Firma überhaupt antragsberechtigt sind (wir haben ja den Hamburger Standort, das könnte gehen). Meld mich bis Ende der Woche."),
    ("consult", "2025-04-15 08:02", "👍 Rössler ist schon dabei, hab gestern mit ihm telefoniert."),
    ("me", "2025-04-18 18:10", "Julien ist an Bord, über die Hamburger GmbH. Lass uns nächste Woche eine Skizze machen."),
])
C("genuine", "recruiter_engaged", "de", "Recruiter the owner contacted about a role in Hamburg; salary and timing discussion", [
    ("me", "2025-05-19 21:45", "Hallo Frau Albers, danke fürs Annehmen. Ich habe Ihre Anzeige für den Lead Systems Engineer Kabine in Hamburg gesehen. Ich bin seit 6 Jahren in Toulouse und überlege, nach Norddeutschland zurückzugehen. Können Sie mir mehr zum Team und zum Gehaltsrahmen sagen?"),
    ("recr", "2025-05-20 09:10", "Liebe Frau Wendeborn, sehr gern! Es ist ein Team von 9 Systemingenieur:innen, Schwerpunkt Galley- und Lavatory-Integration, der Rahmen liegt bei 85-98 T€ plus Bonus, 2 Tage Homeoffice. Haben Sie Donnerstag um 18 Uhr Zeit für ein Telefonat? Abends ist für Sie wahrscheinlich besser."),
    ("me", "2025-05-20 12:30", "Donnerstag 18 Uhr passt. Meine Kündigungsfrist in Frankreich sind 3 Monate, das sollte der Kunde wissen."),
    ("recr", "2025-05-23 19:05", "Danke für das gute Gespräch! Ich stelle Sie dem Hiring Manager vor, Termin kommt per Mail."),
    ("recr", "2025-10-30 17:40", "Herzlichen Glückwunsch zur Zusage! Start am 1. April passt für alle. Melden Sie sich gern, falls es Fragen zum Vertrag gibt."),
])
C("genuine", "hiring_applicant", "de", "Master's student asks about a thesis internship in her team", [
    ("student", "2025-09-22 15:30", "Sehr geehrte Frau Wendeborn, ich studiere im Master Luft- und Raumfahrttechnik an der TU Braunschweig und suche ab März eine Masterarbeit in der Industrie, gern im Ausland. Prof. Rössler meinte, Sie hätten vielleicht ein Thema im Bereich Anforderungsmanagement für Galley-Systeme? Meinen Lebenslauf schicke ich gern mit. Französisch spreche ich leider nur auf A2-Niveau."),
    ("me", "2025-09-23 08:20", "Hallo Herr Hahn, danke für Ihre Nachricht! Tatsächlich haben wir ein Thema zur Verifikationsplanung mit SysML. A2 reicht, im Team sprechen wir Englisch. Schicken Sie mir bitte Lebenslauf und Notenspiegel, dann spreche ich mit unserer HR. Kleine Warnung: ich selbst wechsle im April nach Hamburg, Betreuer wäre dann mein Kollege Benedikt."),
    ("student", "2025-09-23 09:01", "Vielen Dank! Das ist kein Problem, ich schicke alles heute."),
])
C("genuine", "journalist", "de", "Trade magazine editor asks for an interview about hydrogen in the galley", [
    ("journo", "2025-04-07 10:20", "Liebe Frau Wendeborn, ich bereite für 'Kabine & Technik' einen Schwerpunkt zur Brennstoffzelle in der Kabine vor. Herr Seifert vom VDLI hat Sie empfohlen. Hätten Sie Zeit für ein 30-minütiges Gespräch? Zitate würde ich natürlich vorher freigeben lassen, auch durch Ihre Pressestelle."),
    ("me", "2025-04-07 12:00", "Liebe Frau Ulbricht, gern, aber ich muss das mit unserer Kommunikation abstimmen. Ich melde mich bis Mittwoch."),
    ("me", "2025-04-09 09:15", "Freigabe ist da, allerdings nur zu allgemeinen Themen, nicht zu Kundenprojekten. Freitag 14 Uhr?"),
    ("journo", "2025-04-09 09:40", "Freitag 14 Uhr, ich rufe Sie an."),
])
C("genuine", "association", "de", "Chapter chair asks her to organize the next regulars' evening and a talk", [
    ("bg", "2025-08-25 19:00", "Liebe Annika, für den Herbst bräuchten wir wieder einen Vortragsabend der Bezirksgruppe. Hättest du Lust, selbst etwas zu erzählen? Dein Thema 'Vom Requirement zur Zulassung' wäre für die jüngeren Mitglieder ideal. Termin wäre der 15. Oktober, Raum wie immer. Herzliche Grüße, Wolfgang"),
    ("me", "2025-08-25 21:10", "Lieber Wolfgang, gerne! 15.10. passt. Ich frage auch noch Gareth Pryce für einen zweiten Vortrag zu Wasserstoff an, dann haben wir ein schönes Programm."),
    ("bg", "2025-08-26 07:30", "Wunderbar. Das Catering organisiere ich dann wieder über die Brasserie."),
])
C("genuine", "association_fee_change", "de", "Association office announces registration for the annual conference and a membership fee increase", [
    ("vdli", "2025-11-12 11:00", "Liebe Frau Wendeborn, die Anmeldung für die Jahrestagung 2026 in Bremen ist offen. Als Leiterin des Stammtischs Toulouse sind Sie zur Regionalsprecherrunde am Vortag eingeladen (Reisekosten erstattet). Zur Info: Die Mitgliederversammlung hat eine Beitragsanpassung auf 128 € pro Jahr beschlossen (bisher 112 €), gültig ab Januar. Die Rechnung kommt wie immer im Februar."),
    ("me", "2025-11-12 13:20", "Liebe Frau Kühn, danke! Ich melde mich an, inklusive Regionalsprecherrunde. Ab April bin ich übrigens in Hamburg, bitte dann die Adresse ändern - die neue schicke ich Ihnen."),
])
C("genuine", "mentor_spam_folder", "de", "Former professor invites her for a guest lecture; LinkedIn put it in SPAM", [
    ("prof", "2025-10-28 09:15", "Liebe Frau Wendeborn, liebe Annika (das Du haben wir ja bei Ihrer Abschlussfeier eingeführt, ich vergesse es immer wieder), hätten Sie Lust, im Sommersemester in meiner Vorlesung 'Kabinensysteme' eine Gastvorlesung zur Zulassungspraxis zu halten? Es gibt kein Honorar, aber Kaffee und ein dankbares Publikum. Herzlich, H. Rössler"),
    ("me", "2025-11-06 20:30", "Lieber Hartmut, entschuldige die späte Antwort, deine Nachricht lag im Spam-Ordner! Sehr gern, und ab April bin ich ja sowieso in Hamburg, da ist Braunschweig ein Katzensprung. Mai wäre ideal."),
    ("prof", "2025-11-07 08:00", "Wunderbar, dann der 20. Mai."),
], folder="SPAM")
C("genuine", "thanks_congrats", "de", "Thank-you after her association talk (1 of 3 near-duplicates)", [
    ("talk1", "2025-10-15 22:30", "Danke für den tollen Vortrag heute Abend, Annika! Sehr spannend und super verständlich erklärt."),
])
C("genuine", "thanks_congrats", "de", "Thank-you after her association talk (2 of 3 near-duplicates)", [
    ("talk2", "2025-10-16 07:45", "Liebe Frau Wendeborn, vielen Dank für den tollen Vortrag gestern Abend! Sehr spannend und super verständlich erklärt."),
    ("me", "2025-10-16 08:30", "Danke Ihnen, Frau Hartwig! Schön, dass Sie da waren."),
])
C("genuine", "thanks_congrats", "en", "Thank-you after her association talk (3 of 3 near-duplicates, English)", [
    ("talk3", "2025-10-16 09:10", "Thanks for the great talk last night Annika, really interesting and very clearly explained. (And my German survived 😄)"),
])
C("genuine", "owner_started_request", "de", "Owner asks an old classmate at a sensor company for a datasheet and a contact", [
    ("me", "2025-01-20 19:20", "Hi Kathi, lange nicht gehört! Kurze fachliche Frage: Habt ihr einen Temperatursensor, der nach DO-160 Kategorie für Galley-Umgebung qualifiziert ist? Wir suchen was für den neuen Chiller. Gibt's ein Datenblatt oder einen Ansprechpartner?"),
    ("sensor", "2025-01-21 08:35", "Annika!! Ja, der ST-440 wäre euer Kandidat. Ich schick dir das Datenblatt und verbinde dich mit unserem Key Account für Luftfahrt, Herrn Paulsen. Wie geht's dir in Toulouse? Immer noch 300 Sonnentage? 😎"),
    ("me", "2025-01-21 09:10", "Danke dir! Sonne ja, aber ich komme nächstes Jahr wahrscheinlich zurück nach Hamburg. Erzähl ich dir beim nächsten Telefonat."),
], attachments={1: "https://www.linkedin.com/dms/ST-440_datasheet.pdf"})
C("genuine", "owner_invites_speaker", "en", "Owner invites a British engineer to speak at the association evening", [
    ("me", "2025-07-30 09:00", "Hi Gareth, thanks for connecting! As mentioned, I coordinate the Toulouse group of a German aerospace engineers' association. Would you give a 30-minute talk on LH2 venting on 15 October? The evening is in English whenever we have non-German speakers. We can't pay a fee, but we cover travel from Bristol and dinner."),
    ("speaker", "2025-07-31 18:40", "Hi Annika, happy to! Travel covered is more than fair. I'll need to clear the slides with our export control team, so I'll have them ready a week before."),
    ("me", "2025-07-31 19:00", "Perfect, thank you! I'll send the logistics in September."),
])
C("genuine", "friend_longstanding", "de", "Longtime friend from university, small talk about the move", [
    ("uni_friend", "2025-11-01 21:00", "Annikaaaa! Hab gerade gesehen, dass du nach Hamburg ziehst?!? Warum erfahr ich das von LinkedIn 😤 Wir müssen telefonieren. Und du schuldest mir noch einen Cassoulet."),
    ("me", "2025-11-01 21:25", "Hahaha sorry Jo!! Es ist erst seit zwei Wochen fix. Sonntag telefonieren? Und den Cassoulet bring ich in der Dose mit 😄"),
    ("uni_friend", "2025-11-01 21:27", "Sonntag 11 Uhr. Keine Ausreden."),
])
C("genuine", "mentor_longstanding", "de", "First boss, long-standing mentor, congratulates and gives advice", [
    ("firstboss", "2025-11-04 10:00", "Moin Frau Wendeborn, ich habe gehört, Sie kommen zurück an die Elbe. Das freut mich. Ein Rat von einem alten Mann: nehmen Sie sich in den ersten 100 Tagen Zeit, die Leute kennenzulernen, bevor Sie Prozesse ändern. Ich habe das damals nicht gemacht."),
    ("me", "2025-11-04 12:15", "Lieber Herr Hinrichsen, danke! Ich erinnere mich gut an Ihre ersten 100 Tage 😉 Ich melde mich, wenn ich in Hamburg bin, dann gehen wir Fischbrötchen essen."),
])
C("genuine", "colleague_safety", "en", "Safety engineer colleague about the fault tree for the chiller", [
    ("safety", "2025-02-26 11:30", "Annika, the FTA for the chiller shows the overheat failure at 2.1e-7 per FH, target is 1e-7. I think we need the second thermal fuse after all. Can we talk before the CDR?"),
    ("me", "2025-02-26 11:45", "Ugh. Yes. 14h in the small meeting room? Bring the FTA, I'll bring the weight budget."),
    ("safety", "2025-02-26 11:47", "ok"),
])
C("genuine", "colleague_test_lab", "en", "Test centre coordinator schedules qualification test slots", [
    ("lab", "2025-05-05 08:10", "Hello Annika, for the DO-160 vibration and temperature tests on the chiller, we have slots in week 27 or week 31. Week 31 is during the summer closure so only 2 technicians. Which one do you prefer? Internal cost for the project is the same."),
    ("me", "2025-05-05 08:30", "Week 27 please, we need the results for the August review. Merci Élodie!"),
])
C("genuine", "customer_quote_change", "en", "OEM procurement asks for a quote for a design change request", [
    ("proc", "2025-07-08 14:00", "Dear Annika, we need a quote (non-recurring and recurring cost) for CCN-0417, the additional trolley stop on G5, before 25 July. Engineering asked me to contact you directly for the technical scope so the estimate is realistic this time. Could you confirm the number of drawings impacted?"),
    ("me", "2025-07-08 15:20", "Dear Victor, the CCN impacts 6 drawings and 2 test procedures. I'll give the hours estimate to our bid manager by Friday so the commercial offer reaches you before the 25th."),
    ("proc", "2025-07-08 15:25", "Thank you, that's very helpful."),
])
C("genuine", "event_invite", "de", "Organizer of the German-French circle invites her to the Christmas market evening", [
    ("stammtisch", "2025-11-20 18:00", "Liebe Annika, unser Weihnachtsabend ist am 12. Dezember bei Ilse zu Hause, mit Glühwein und Plätzchen. Da es dein letzter in Toulouse ist, musst du kommen! Bring gern jemanden mit."),
    ("me", "2025-11-20 19:30", "Ohhh, ich komme sehr gerne! Ich backe Vanillekipferl."),
])
C("genuine", "event_invite", "en", "OEM head of cabin interiors invites her to a supplier dinner in Hamburg", [
    ("expo", "2025-05-27 12:00", "Hi Annika, we're hosting a small dinner for key cabin suppliers during the Interiors Expo in Hamburg on June 4th, at the Speicherstadt. Julien will come too. Would be great to have you there - your team made the G5 program work."),
    ("me", "2025-05-27 13:10", "Thank you Henrik, that's really kind. I'll be there!"),
])
C("genuine", "thanks_congrats", "de", "Former colleague congratulates on the new job", [
    ("excol", "2025-11-02 09:30", "Glückwunsch zum neuen Job! Endlich wieder im Norden. Wir müssen unbedingt einen Kaffee trinken, wenn du da bist - vielleicht können unsere Teams sogar zusammenarbeiten."),
    ("me", "2025-11-02 10:00", "Danke Steffi! Kaffee auf jeden Fall 😊"),
])
C("genuine", "hiring_candidate", "en", "Graduate candidate asks about the junior systems engineer opening", [
    ("cand", "2025-11-03 17:00", "Dear Ms. Wendeborn, I recently graduated from the MSc Aerospace Systems in Toulouse and saw Cabinora's opening for a Junior Systems Engineer in your team. My thesis was on requirements verification for cabin lighting. I applied online; may I ask whether the position requires French at a professional level? My French is B1 and improving."),
    ("me", "2025-11-04 08:40", "Dear Ms. Raman, thank you for your message. B1 is fine - the team works in English, though French helps with suppliers. I've let our recruiter know about your application. Good luck!"),
    ("cand", "2025-11-04 09:00", "Thank you so much for your quick reply!"),
])
C("genuine", "vendor_existing_price_change", "en", "Existing MBSE tool vendor CSM announces a licence price change and migration", [
    ("toolvend", "2025-10-06 10:30", "Hello Annika, as your team's main contact for ModelSpan: from 2026 we move from perpetual + maintenance to subscription only. For your 12 floating licences this means approx. 2,150 EUR per licence per year instead of the current 1,600 EUR maintenance. Customers who sign before 15 Dec get a 15% loyalty discount for 3 years. I've also informed your purchasing. Happy to set up a call to discuss."),
    ("me", "2025-10-06 11:45", "Hi Aurélien, thanks for the heads-up. That's a big jump. I'll need to discuss with Julien and purchasing - please send me the written offer including the loyalty discount so we can compare."),
    ("toolvend", "2025-10-06 12:00", "Will do, today."),
])
C("genuine", "association", "de", "Working group lead asks her to review a position paper", [
    ("ak", "2025-06-23 16:40", "Hallo Annika, könntest du bis 10. Juli einen Blick auf unser Positionspapier 'Zulassung modularer Kabinenmonumente' werfen? Vor allem Kapitel 3, da geht es um die Schnittstellen. Du bist die einzige im AK, die das jeden Tag macht. Danke! Ralf"),
    ("me", "2025-06-23 18:00", "Mach ich, Ralf. Ich schicke dir Kommentare im Änderungsmodus."),
    ("me", "2025-07-09 22:10", "Kommentare sind unterwegs. Kapitel 3 hab ich ziemlich umgeschrieben, hoffe das ist ok 😅"),
])
C("genuine", "mentee_advice", "de", "Junior engineer asks for advice about working in France", [
    ("mentee", "2025-02-14 20:15", "Hallo Annika, wir haben uns auf der Jahrestagung kurz unterhalten. Ich überlege, mich in Toulouse zu bewerben. Wie war das bei dir mit Sprache, Steuern, Krankenversicherung? Ist es sehr kompliziert? Sorry für die vielen Fragen!"),
    ("me", "2025-02-15 10:00", "Hallo Svenja, gar kein Problem! Ehrlich: das erste Jahr ist Papierkram-Hölle (Carte Vitale hat 5 Monate gedauert), danach ist es toll. Steuern zahlst du in Frankreich, wenn du hier arbeitest und wohnst. Lass uns gern telefonieren, dann erzähl ich dir alles."),
    ("mentee", "2025-02-15 10:20", "Danke!!! Mittwoch abend?"),
])
C("genuine", "colleague_association", "de", "Hamburg colleague asks how to join the association", [
    ("hh", "2025-12-09 13:00", "Sag mal, lohnt sich der VDLI eigentlich? Ich überleg beizutreten, aber 128 € im Jahr ist ja nicht nix."),
    ("me", "2025-12-09 13:30", "Für mich hat es sich gelohnt, vor allem der Arbeitskreis Kabine. Und wenn ich in Hamburg bin, gründen wir einfach einen Stammtisch 😄 Ich schick dir den Link zum Antrag."),
])
C("genuine", "university_partner", "en", "Toulouse professor proposes a joint student project with her team", [
    ("uni_tls", "2025-01-08 11:00", "Dear Annika, following our discussion at the industry day: would Cabinora propose a student project for our 2nd-year systems engineering students (Feb-May, 5 students, 1 day a week)? Something on galley power management would be ideal. There is no cost for the company, but we need a tutor."),
    ("me", "2025-01-08 13:20", "Dear Nathalie, yes, I'd be glad to tutor. I'll send you a project description by the end of next week."),
    ("uni_tls", "2025-01-08 13:30", "Wonderful, thank you."),
])
C("genuine", "thanks_congrats", "en", "OEM engineer thanks her after a difficult review; long-standing contact", [
    ("oem", "2025-02-25 19:00", "Just wanted to say thanks for today. That CDR could have gone badly and you kept it calm and factual. Drinks on me next time at Le Florida."),
    ("me", "2025-02-25 19:20", "Haha thank you Clara. I'll hold you to that 🍷"),
])
C("genuine", "former_colleague_selling", "de", "Former colleague who now sells test rigs asks personally for advice and maybe a contact", [
    ("formercol", "2025-08-12 18:30", "Hey Annika, lange nicht gesprochen! Ich hab mich vor einem Jahr selbstständig gemacht und baue Prüfstände für Kabinenkomponenten. Kein Verkaufsgespräch, versprochen 😄 - aber wüsstest du, wer bei Cabinora über externe Prüfstände entscheidet? Und falls du Lust hast, würde ich gern mal deine ehrliche Meinung zu meinem Konzept hören."),
    ("me", "2025-08-13 07:50", "Hey Dennis, Glückwunsch zur Selbstständigkeit! Zuständig ist Élodie Garnier im Test Centre, ich kann dich vorstellen. Und ja, schick mir das Konzept, ich les es am Wochenende."),
    ("formercol", "2025-08-13 08:05", "Du bist die Beste. Schick ich heute."),
])
C("genuine", "colleague_handover", "en", "Team lead and owner plan her handover before leaving", [
    ("lead", "2025-11-05 17:30", "Annika, now that it's official - congratulations, even if it hurts us. Can we plan your handover? I'd like Benedikt to take over the G5 requirements and Mehdi the safety interface. Let's meet Monday."),
    ("me", "2025-11-05 18:00", "Thank you Julien, that means a lot. Monday works. I'll prepare a handover list by topic."),
])

# ---------------------------------------------------------------- wanted pitches
C("wanted_pitch", "tailored_relevant_pitch", "en", "Requirements tool vendor cites her post about DOORS-to-Excel traceability pain", [
    ("w_req", "2025-02-18 09:30", "Hi Annika, your post last week ('I spent 3 days reconciling a DOORS export with an Excel verification matrix, again') got a lot of nods from people I know. ReqLoom keeps requirements, verification and test evidence in one model and imports DOORS modules with links intact - we migrated a cabin lighting supplier's 9,000 requirements last year in two weeks. I can run your actual verification matrix template through an import for free so you can see if the links survive. Interested?"),
    ("me", "2025-02-18 12:20", "It was a cathartic post 😅 Honestly interesting, but the tool decision is Julien's. I'll forward this, and a demo with a real (sanitised) module would help convince him."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "SysML v2 trainer attended her association talk and offers an in-house course", [
    ("w_sysml", "2025-10-20 10:00", "Liebe Frau Wendeborn, ich war am Mittwoch beim Vortragsabend in Toulouse (ich wohne seit kurzem in Blagnac). Sie sagten, Ihr Team modelliert noch in SysML 1.6 und die Umstellung auf v2 sei 'das nächste große Ding, für das keiner Zeit hat'. Ich gebe SysML-v2-Schulungen speziell für Luftfahrtzulieferer, als 3-Tage-Inhouse-Kurs mit Ihren eigenen Galley-Beispielen statt Spielzeugmodellen, auf Deutsch oder Englisch. Für bis zu 10 Teilnehmende 6.900 €. Darf ich Ihnen das Kursprogramm schicken?"),
    ("me", "2025-10-20 13:40", "Liebe Frau Feldmann, ja, gern! Mit eigenen Beispielen ist genau der Punkt. Ich gebe es an Julien weiter, ich selbst bin ab April nicht mehr da, aber das Team braucht es."),
])
C("wanted_pitch", "tailored_recruiter", "en", "Recruiter with a specific cabin-systems lead role citing her ICD and certification experience", [
    ("w_recr", "2025-01-14 16:00", "Hi Annika, I'm recruiting a Cabin Systems Integration Lead for a galley-insert manufacturer in Hamburg (about 400 people, supplies ovens and chillers to both major OEMs). They need someone who owns ICDs between inserts and galley structures and has taken components through certification - which is exactly your G5 chiller work as described on your profile. You also mentioned in the VDLI newsletter interview that you'd like to return to Northern Germany at some point. Salary range 88-100k EUR, hybrid. Would a confidential call make sense?"),
    ("me", "2025-01-15 21:10", "Hi Oliver, that's well researched. Timing is a bit early for me, maybe in spring. Can you keep me in mind?"),
    ("w_recr", "2025-01-16 08:00", "Absolutely, I'll check in around April."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Cross-border tax advisor recommended by her colleague names her specific DE-FR situation", [
    ("w_tax", "2025-04-28 18:00", "Hallo Frau Wendeborn, Ihr Kollege Jan Petersen hat mir erzählt, dass Sie im nächsten Jahr von Toulouse nach Hamburg zurückziehen und Ihre Wohnung in Toulouse vermieten möchten. Genau das ist mein Schwerpunkt: Wegzugsjahr mit Einkünften in beiden Ländern, Mieteinkünfte in Frankreich nach dem DBA und die französische Rentenanwartschaft. Ein Erstgespräch (45 Min.) kostet 120 € und wird bei Mandatierung angerechnet. Falls hilfreich, melden Sie sich gern."),
    ("me", "2025-04-28 20:30", "Jan ist schneller als ich 😄 Aber ja, das Thema kommt. Lassen Sie uns im Herbst sprechen, wenn es konkret ist."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Hydrogen test facility cites the press release about her company's hydrogen galley demonstrator", [
    ("w_h2", "2025-08-06 10:00", "Dear Annika, I read Cabinora's press release from July about the fuel-cell galley demonstrator with Aerostral, where you're named as the systems lead. For the demonstrator you'll likely need H2 leak and permeation tests on the galley interface components. We run one of the few test cells in Europe certified for that at flight-relevant pressure and temperature ranges (−40 to +70 °C), 2 hours from Hamburg. Our next free slots are in Q1 2026. Happy to send you the test capabilities sheet and a budgetary price."),
    ("me", "2025-08-06 14:10", "Dear Sven, thanks, very relevant timing. Please send the capabilities sheet - I'll share it with our test centre."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Traceability plugin vendor references her tool stack (ModelSpan + Python scripts) from her talk slides", [
    ("w_plugin", "2025-06-25 09:20", "Hi Annika, in the slides from your VDLI talk you showed that your team generates the ARP4754A traceability report with custom Python scripts on top of ModelSpan exports. TraceForge is a ModelSpan plugin that does exactly that report natively, with the compliance matrix format EASA reviewers expect, and keeps working when ModelSpan updates (your scripts probably break every release?). Free 30-day trial for a project team. Would that be useful?"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Brasserie saw the association event page and offers the private room for the regulars' evening", [
    ("w_venue", "2025-09-02 12:00", "Bonjour Frau Wendeborn, ich habe auf der Website des VDLI gesehen, dass Ihr Stammtisch Toulouse jeden Monat stattfindet, mit 20-30 Teilnehmenden, und der Vortragsabend im Oktober noch einen Ort sucht. Unsere Brasserie am Canal du Midi hat einen separaten Raum für 35 Personen mit Beamer, und wir haben deutsches Bier vom Fass (Paulaner, pardon, kein Bremer 😉). Für Vereine machen wir ein Menü für 24 € pro Person. Ich schicke Ihnen gern Fotos vom Raum. Cordialement, Bernard Castan"),
    ("me", "2025-09-02 18:30", "Bonjour Monsieur Castan, das klingt gut! Ich bespreche es mit unserem Vorsitzenden, Herrn Seifert. Fotos gern per Mail."),
    ("w_venue", "2025-09-03 09:00", "Avec plaisir, ich schicke sie heute."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Technical translator noticed the position paper is only in German and offers FR/EN translation", [
    ("w_transl", "2025-11-18 16:10", "Hallo Frau Wendeborn, ich habe das neue Positionspapier des Arbeitskreises Kabine gelesen (sehr gut, Kapitel 3 besonders). Es gibt es bisher nur auf Deutsch, obwohl es sich an EASA und die französischen Mitglieder richtet. Ich bin Fachübersetzerin für Luftfahrttechnik (DE-FR-EN, früher 8 Jahre im Zulassungsbereich eines Zulieferers) und würde es zu einem Vereinstarif übersetzen: ca. 14 Seiten, 0,11 €/Wort, eine Woche. Soll ich Herrn Thiele direkt ansprechen oder lieber über Sie?"),
    ("me", "2025-11-18 20:00", "Hallo Frau Krüger, danke! Sprechen Sie Ralf Thiele direkt an und sagen Sie, ich finde die Idee gut."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "French teacher for engineers noticed her B2 level and offers C1 aerospace vocabulary course", [
    ("w_lang", "2024-12-03 18:20", "Hello Annika, your profile says French B2 and you work with French suppliers and EASA every day. I teach evening classes in Toulouse only for engineers in aerospace: negotiation with suppliers, technical meetings, writing to the DGAC. Small groups of 4, Tuesday evenings near Blagnac, 280 EUR per trimester, and most employers pay through the CPF. If you like, you can join one lesson for free."),
    ("me", "2024-12-04 07:40", "That's actually quite tempting, my supplier French is still... creative. What time on Tuesday?"),
    ("w_lang", "2024-12-04 08:00", "18:30 to 20:00. Next trial lesson is 10 December."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Freelance certification verification engineer cites the working-group minutes on CS 25.853", [
    ("w_cert", "2025-05-06 11:00", "Guten Tag Frau Wendeborn, im öffentlichen Protokoll des AK Kabine vom April steht, dass Ihr Team bei den Brennbarkeitsnachweisen nach CS 25.853 für die neue Verkleidung im Galley-Bereich auf eine Diskussion mit der Behörde zu Vergleichsnachweisen zusteuert. Ich war 11 Jahre CVE für Cabin Safety in einem DOA und habe genau solche Similarity-Argumente mehrfach durchbekommen. Ich arbeite freiberuflich, Tagessatz 1.050 €, auch tageweise. Vielleicht hilft Ihnen schon ein zweistündiger Review Ihres Nachweiskonzepts."),
    ("me", "2025-05-06 16:30", "Guten Tag Herr Engstrand, das Thema ist tatsächlich akut. Ich spreche mit unserem Zulassungskollegen Benedikt Rauch und melde mich."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "International mover read her post about moving back to Hamburg and knows the Toulouse specifics", [
    ("w_move", "2026-01-21 09:00", "Hallo Frau Wendeborn, ich habe Ihren Beitrag gelesen, dass Sie nach sechs Jahren Toulouse im April zurück nach Hamburg gehen - herzlichen Glückwunsch! Wir fahren zweimal im Monat die Strecke Toulouse-Hamburg mit Beiladung, d. h. Sie zahlen nur für den Platz, den Sie brauchen (ein 2-Zimmer-Haushalt liegt meist bei 2.400-2.900 €). Die Parkgenehmigung für den Umzugswagen in der Toulouser Innenstadt beantragen wir bei der Mairie für Sie, das ist dort oft das Nadelöhr. Soll ich Ihnen einen Besichtigungstermin per Video anbieten?"),
    ("me", "2026-01-21 19:00", "Die Parkgenehmigung hat mir beim Einzug tatsächlich Nerven gekostet 😅 Ja, gern ein Videotermin, am besten Samstag."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Part-21 training academy offers a speaker for the seminar the association chapter advertised as 'speaker wanted'", [
    ("w_part21", "2025-03-25 14:30", "Sehr geehrte Frau Wendeborn, auf der Veranstaltungsseite der Bezirksgruppe Frankreich steht für Juni ein Seminar 'Part-21J Grundlagen für Einsteiger' mit dem Vermerk 'Referent:in gesucht'. Wir bieten genau dieses Seminar seit 8 Jahren an und würden einen Referenten zum Vereinstarif stellen (halber Tag, 600 € statt 1.400 € inkl. Unterlagen, auf Deutsch, Präsenz in Toulouse). Falls Sie schon jemanden haben, ignorieren Sie meine Nachricht gern."),
    ("me", "2025-03-26 09:00", "Sehr geehrter Herr Grabowski, danke, wir haben tatsächlich noch niemanden. Ich gebe Ihr Angebot an Herrn Seifert weiter, er entscheidet über das Budget."),
])

# ---------------------------------------------------------------- junk: one template, five senders
C("junk", "mass_template", "en", "Cloud simulation template 1 of 5 (connected first)", [
    ("t1", "2025-02-04 15:00", "Hi Annika, thanks for connecting! We help engineering teams cut their simulation run times by up to 60% with on-demand cloud HPC - no hardware, no IT tickets. Would you be open to a quick chat to see if it fits your team at Cabinora?"),
])
C("junk", "mass_template", "en", "Cloud simulation template 2 of 5", [
    ("t2", "2025-04-22 10:10", "Hi Annika, we help engineering teams reduce simulation run times by 60% using on-demand cloud HPC. No hardware, no IT tickets. Open to a quick chat to see if it's a fit?"),
])
C("junk", "mass_template", "en", "Cloud simulation template 3 of 5 with bump", [
    ("t3", "2025-06-10 13:45", "Hello Annika - we're helping aerospace engineering teams cut simulation times by up to 60% with on-demand cloud HPC, no hardware and no IT tickets needed. Would a quick chat make sense?"),
    ("t3", "2025-06-17 13:47", "Hi Annika, just bringing this back to the top of your inbox."),
])
C("junk", "mass_template", "de", "Cloud simulation template 4 of 5, in German", [
    ("t4", "2025-09-16 09:30", "Hallo Frau Wendeborn, wir helfen Engineering-Teams, ihre Simulationslaufzeiten mit Cloud-HPC on demand um bis zu 60 % zu verkürzen - ohne eigene Hardware und ohne IT-Tickets. Hätten Sie Zeit für ein kurzes Gespräch?"),
])
C("junk", "mass_template", "en", "Cloud simulation template 5 of 5 (connected first) with calendar link", [
    ("t5", "2025-11-26 11:20", "Hi Annika, appreciate the connection! We help engineering teams cut simulation run times by up to 60% with on-demand cloud HPC. Worth a quick chat? Grab a slot here: meet.hpcnimbus.io/grace"),
])
# ---------------------------------------------------------------- junk: merge-tag failures
C("junk", "merge_tag_fail", "en", "Unfilled {first_name} in a recruiting-agency pitch", [
    ("m1", "2025-03-18 07:20", "Hi {first_name}, I noticed you're leading engineering at {company}. We specialise in placing top-tier engineering talent within 14 days. Are you currently hiring?"),
])
C("junk", "merge_tag_fail", "de", "Unfilled {{Vorname}} in an engineering services pitch", [
    ("m2", "2025-07-22 09:00", "Hallo {{Vorname}}, als Engineering-Dienstleister unterstützen wir Unternehmen wie {{Firma}} mit erfahrenen Konstrukteuren und Berechnungsingenieuren. Darf ich Ihnen unsere Referenzen schicken?"),
])
C("junk", "merge_tag_fail", "en", "Wrong name (Anja) in a marketing pitch", [
    ("m3", "2025-10-01 12:00", "Hi Anja, I love what you're doing in the software space! We help SaaS founders scale to 7 figures with done-for-you Facebook ads. Want to see our case studies?"),
])
C("junk", "merge_tag_fail", "en", "[Company] placeholder in a consulting pitch", [
    ("m4", "2026-02-10 15:30", "Hi Annika, I've been following [Company] for a while and I'm impressed by your growth. BlueHorizon helps leaders like you unlock operational excellence. Would you be open to a conversation?"),
])
# ---------------------------------------------------------------- junk: sponsored InMail
C("junk", "sponsored_inmail", "de", "Sponsored InMail from LinkedIn Member about a savings plan", [
    ("sp1", "2025-03-03 12:00", "<p>Hallo Annika,</p><p>Sichern Sie sich jetzt 3,1&nbsp;% Zinsen auf Ihr Tagesgeld &ndash; auch f&uuml;r Deutsche im Ausland. Konto in 10 Minuten er&ouml;ffnen.</p>"),
], title="Sponsored Conversation", subject="3,1 % Zinsen sichern")
C("junk", "sponsored_inmail", "en", "Sponsored InMail from an expat finance company", [
    ("sp2", "2025-09-09 12:00", "<p>Annika, living abroad?</p><p>Expat Finance Europe helps professionals like you build wealth across borders. Book your free portfolio review today.</p>"),
], title="Sponsored Conversation", subject="Your expat wealth plan")
C("junk", "sponsored_inmail", "en", "Sponsored InMail from an engineering MBA programme", [
    ("sp3", "2026-01-13 12:00", "<p>Hi Annika,</p><p>Engineers make great leaders. Our part-time Global Engineering MBA starts in September &ndash; apply before 28 February and save &euro;4,000.</p>"),
], title="Sponsored Conversation", subject="Lead the future of engineering")
# ---------------------------------------------------------------- junk: paid awards, features, slots
C("junk", "paid_award", "en", "Women-in-aerospace award that requires a fee", [
    ("award", "2025-06-04 10:00", "Dear Annika, congratulations! You have been selected as a finalist for the 2025 Women in Aerospace Leadership Awards. To secure your finalist status, gala seat and winner's profile, please complete registration (EUR 1,290) by June 20. We look forward to celebrating you!"),
])
C("junk", "paid_feature", "en", "Magazine interview offered for a fee", [
    ("mag", "2025-08-20 14:00", "Hi Annika, Aerospace Leaders Review would like to feature you in our 'Engineers Shaping Flight' series. The feature includes a professional interview, a two-page spread and social promotion. The publication fee is EUR 1,750. Shall I reserve your slot?"),
])
C("junk", "paid_speaking_slot", "en", "Summit 'speaker package' for a fee, with a bump", [
    ("summit", "2025-04-15 09:00", "Dear Annika, based on your expertise, our committee would like to invite you to speak at the Global Aviation Innovation Summit in Dubai. Our speaker package (EUR 2,900) includes a 20-minute keynote slot, hotel, and promotion to 5,000 attendees."),
    ("summit", "2025-04-29 09:00", "Dear Annika, a gentle reminder - only 3 speaker slots remain."),
])
# ---------------------------------------------------------------- junk: other shapes
C("junk", "sells_what_you_sell", "en", "Engineering services firm pitches galley/monument design to a galley supplier's engineer", [
    ("sells", "2025-05-14 08:30", "Hello Annika, MonuTech Engineering offers end-to-end design and certification of galleys, lavatories and cabin monuments for OEMs and airlines, at 40% lower cost thanks to our offshore delivery centre. Can we schedule a call to explore how we can support your cabin programs?"),
])
C("junk", "capacity_ask", "de", "Engineering office asks if she has capacity for new clients although she is employed", [
    ("cap", "2025-10-08 17:00", "Hallo Frau Wendeborn, haben Sie derzeit Kapazitäten für neue Kunden? Wir suchen für Projekte im Automotive-Bereich freie Systemingenieure, Remote möglich, Stundensatz nach Absprache."),
])
C("junk", "like_minded_networking", "de", "Networking as like-minded entrepreneurs", [
    ("likem", "2025-02-27 21:30", "Hallo Annika, ich vernetze mich gern mit gleichgesinnten Macherinnen und Unternehmern! In meinem Business Circle unterstützen wir uns gegenseitig beim Wachstum. Lust auf ein unverbindliches Kennenlern-Gespräch? 💡"),
])
C("junk", "quick_call_ask", "en", "Quick 15-minute call request with nothing specific", [
    ("quick", "2025-07-01 10:00", "Hi Annika, do you have 15 minutes this week for a quick call? I'd love to learn about your priorities and share how Optima Digital is helping companies like Cabinora."),
    ("quick", "2025-07-08 10:00", "Hi again Annika - would Thursday work for that quick 15 min?"),
])
C("junk", "connect_then_pitch", "de", "Expat financial advisor: small talk about Toulouse, owner answers, then pension product pitch", [
    ("ctp1", "2025-01-27 19:00", "Hallo Annika, danke fürs Vernetzen! Wie lange bist du schon in Toulouse? Ich war letztes Jahr dort, wunderschöne Stadt."),
    ("me", "2025-01-28 08:10", "Hallo Andreas, seit 2019. Ja, die Stadt ist toll."),
    ("ctp1", "2025-01-28 08:30", "Schön! Viele Deutsche im Ausland haben übrigens eine Lücke in der Altersvorsorge, weil die deutsche Rente nicht weiterläuft. Ich habe ein spezielles Konzept für Auslandsdeutsche - wollen wir mal 20 Minuten telefonieren?"),
])
C("junk", "connect_then_pitch", "en", "Crypto 'investment advisor' connects, small talk, then pitch", [
    ("ctp2", "2025-05-12 20:00", "Hello Annika, nice to connect with you. How is your day going?"),
    ("ctp2", "2025-05-14 20:05", "I'm helping professionals earn passive income through a managed crypto yield portfolio, 2-3% per week. Would you like me to explain how it works?"),
    ("ctp2", "2025-05-21 20:10", "Hi Annika, are you there?"),
])
C("junk", "connect_then_pitch", "en", "Staffing agency connects with compliments, then pitches contractor placement", [
    ("ctp3", "2025-08-18 09:00", "Hi Annika! Thanks for accepting 😊 Always inspiring to meet women in aerospace. How long have you been at Cabinora?"),
    ("me", "2025-08-18 12:30", "Hi Hannah, about six years now."),
    ("ctp3", "2025-08-18 12:45", "Amazing! We place contract engineers across Europe for aerospace and defence - if your team ever needs extra capacity, we can have CVs in 48 hours. Who would be the best person to speak with about hiring?"),
])
C("junk", "connect_then_pitch", "de", "LinkedIn coach connects, then sells a profile optimisation package", [
    ("ctp4", "2025-12-01 10:00", "Hallo Annika, schön, dass wir vernetzt sind! Ich sehe, du bist Ingenieurin - cooler Job!"),
    ("ctp4", "2025-12-04 10:05", "Kurze Frage: Wusstest du, dass 80 % der Recruiter dein Profil nach 6 Sekunden wegklicken? Mit meinem Profil-Glow-Up-Paket (349 €) wirst du sichtbar. Interesse an einem kostenlosen Profil-Check?"),
])
C("junk", "followup_bump", "en", "Offshore CAD drafting pitch with bumps", [
    ("bump1", "2025-03-24 06:30", "Hello Annika, greetings from DraftPro! We provide CAD drafting, 3D modelling and drawing conversion services for aerospace companies at very affordable rates. Kindly let me know if you have any requirement."),
    ("bump1", "2025-03-31 06:32", "Dear Annika, just following up on my earlier message."),
    ("bump1", "2025-04-09 06:35", "Dear Annika, kindly revert at your earliest convenience."),
])
C("junk", "followup_bump", "de", "PLM consulting pitch with unanswered bumps", [
    ("bump2", "2025-06-30 08:00", "Sehr geehrte Frau Wendeborn, ist Ihre PLM-Landschaft bereit für die Zukunft? Wir beraten Luftfahrtunternehmen bei der Einführung und Optimierung von PLM-Systemen. Gern stelle ich Ihnen unsere Leistungen in einem kurzen Termin vor."),
    ("bump2", "2025-07-07 08:00", "Sehr geehrte Frau Wendeborn, ich wollte mich noch einmal melden."),
    ("bump2", "2025-07-16 08:00", "Frau Wendeborn, darf ich Ihnen zumindest unsere Broschüre schicken?"),
])
C("junk", "off_topic_product", "de", "Real-estate investment pitch (Leipzig flats as tax shelter)", [
    ("offt1", "2025-04-02 18:45", "Hallo Frau Wendeborn, als gutverdienende Ingenieurin zahlen Sie bestimmt zu viel Steuern. Mit einer vermieteten Denkmalimmobilie in Leipzig sparen Sie Steuern und bauen Vermögen auf. Darf ich Ihnen ein Exposé zusenden?"),
])
C("junk", "off_topic_product", "en", "Home solar pitch from a French company written in English", [
    ("offt2", "2025-05-27 17:00", "Hello Annika, homeowners in Occitanie can now get solar panels with up to 80% subsidies. Our advisor can visit your home for a free assessment this week. Interested?"),
])
C("junk", "fluent_generic_names_company", "en", "Fluent consulting pitch that names Cabinora but could be sent to anyone", [
    ("fluent", "2025-09-24 10:30", "Hi Annika, I've been following Cabinora's progress in the cabin interiors market with real interest - the pace of innovation is impressive. At Altitude Growth Partners we help ambitious aerospace businesses like Cabinora accelerate transformation, strengthen their operating model and capture new growth. I'd welcome the chance to hear about your priorities for 2026 and share some perspectives. Would you have time for a conversation in the coming weeks?"),
])
C("junk", "generic_service_pitch", "en", "Generic ALM tool pitch (counterpart of the ReqLoom pitch)", [
    ("g_alm", "2025-03-10 16:00", "Hi Annika, still managing requirements in spreadsheets? AppTrack ALM is the all-in-one platform for requirements, tests and releases, trusted by 3,000 software teams. Start your free trial today!"),
])
C("junk", "generic_service_pitch", "de", "Generic online course pitch (counterpart of the SysML v2 training)", [
    ("g_kurs", "2025-11-04 19:00", "Hallo Annika, Zeit für den nächsten Karriereschritt? Unser Online-Kurs 'Projektmanagement kompakt' mit Zertifikat bringt dich in 6 Wochen weiter. Jetzt 40 % Rabatt sichern!"),
])
C("junk", "recruiting_spam", "en", "Generic IT recruiter blast for a Java developer role (counterpart of the tailored recruiter)", [
    ("g_recr", "2025-06-23 05:50", "Hi Annika, hope you are doing well. We have an urgent requirement for Senior Java Developer (Spring Boot, Microservices) in Paris, 6 months contract. Please share your updated CV and expected rate if interested."),
])
C("junk", "generic_service_pitch", "de", "Generic financial planning for engineers (counterpart of the cross-border tax advisor)", [
    ("g_fin", "2025-08-04 20:30", "Hallo Annika, Ingenieure verdienen gut - aber machen sie auch genug aus ihrem Geld? Ich helfe dir, Steuern zu sparen und Vermögen aufzubauen. Lass uns ein kostenloses Erstgespräch vereinbaren!"),
])
C("junk", "generic_service_pitch", "en", "Generic event venue pitch (counterpart of the brasserie)", [
    ("g_venue", "2025-10-21 11:00", "Hi Annika, planning your next corporate event? EventSpace Toulouse offers modern venues for 10 to 500 guests with full catering. Request a quote today!"),
])
C("junk", "generic_service_pitch", "en", "Generic translation agency pitch (counterpart of the technical translator)", [
    ("g_transl", "2025-12-15 09:10", "Dear Sir/Madam, Translation Hub provides professional translation in 120 languages at competitive rates. Fast turnaround, certified translators. Contact us for a free quote."),
])
C("junk", "generic_service_pitch", "de", "Generic moving portal pitch (counterpart of the international mover)", [
    ("g_move", "2026-02-02 12:00", "Hallo Annika, Umzug geplant? Bei UmzugsPortal24 vergleichst du kostenlos Angebote von über 800 Umzugsfirmen in ganz Deutschland. Jetzt bis zu 40 % sparen!"),
])

C("junk", "mass_webinar_invite", "de", "Mass webinar invitation", [
    ("webinar", "2025-09-30 07:00", "Hallo Annika, sei dabei! 🚀 Beim kostenlosen Online-Gipfel 'KI im Engineering 2025' zeigen 20 Top-Speaker, wie KI deine Entwicklung revolutioniert. Jetzt Platz sichern: ki-engineering-forum.example/gipfel"),
])
C("junk", "mlm_opportunity", "de", "Connects, then pitches a side-income 'opportunity'", [
    ("mlm", "2025-10-09 21:00", "Hey Annika 🌸 schön, dass wir vernetzt sind! Ich liebe es, starke Frauen in Männerdomänen zu sehen! Darf ich dir was zeigen, womit ich mir neben dem Job ein zweites Einkommen aufgebaut habe? Du wärst perfekt dafür!"),
    ("mlm", "2025-10-16 21:05", "Hey, nur kurz nachgefragt 😊 Soll ich dir das Video schicken?"),
])
C("junk", "event_booth_sales", "de", "Trade fair exhibitor-stand sales pitch to an engineer, with a bump", [
    ("messe", "2025-12-03 08:30", "Sehr geehrte Frau Wendeborn, präsentieren Sie Cabinora Systems auf dem Luftfahrt-Zuliefertag Nord 2026! Standflächen ab 4.900 €, Frühbucherrabatt bis 31.12. Soll ich Ihnen die Ausstellerunterlagen zusenden?"),
    ("messe", "2025-12-17 08:30", "Frau Wendeborn, der Frühbucherrabatt endet bald - darf ich Ihnen einen Stand reservieren?"),
])

ROOT = Path(__file__).resolve().parents[1]
ex.write(
    ROOT / SLUG,
    {
        "First Name": "Annika", "Last Name": "Wendeborn",
        "Headline": "Systemingenieurin / Systems Engineer Galleys & Cabin Monuments at Cabinora Systems | VDLI Stammtisch Toulouse",
        "Summary": ("Systems engineer for aircraft galleys and cabin monuments: requirements, interface control documents, "
                    "verification and certification (CS-25, DO-160, ARP4754A). Since 2019 in Toulouse at Cabinora Systems, "
                    "currently systems lead on a fuel-cell galley demonstrator. Ich koordiniere den Stammtisch Toulouse des "
                    "VDLI und arbeite im Arbeitskreis Kabine mit. Languages: German (native), English (C1), French (B2)."),
        "Industry": "Aviation and Aerospace Component Manufacturing", "Zip Code": "31700",
        "Geo Location": "Toulouse, Occitanie, France",
        "Websites": "",
    },
    [
        {"Company Name": "Cabinora Systems", "Title": "Systems Engineer, Galleys & Monuments", "Description": "Requirements and interface management, certification support, systems lead fuel-cell galley demonstrator", "Location": "Blagnac, Occitanie, France", "Started On": "Sep 2019", "Finished On": ""},
        {"Company Name": "Hamburger Kabinentechnik", "Title": "Entwicklungsingenieurin Kabinensysteme", "Description": "", "Location": "Hamburg", "Started On": "Oct 2014", "Finished On": "Aug 2019"},
        {"Company Name": "TU Braunschweig, Institut für Flugzeugbau", "Title": "Wissenschaftliche Hilfskraft", "Description": "", "Location": "Braunschweig", "Started On": "Apr 2012", "Finished On": "Sep 2014"},
    ],
    ["Systems Engineering", "Requirements Management", "SysML", "MBSE", "ARP4754A", "DO-160", "CS-25",
     "Interface Management", "Certification", "Aircraft Cabin Systems", "Python", "Französisch B2", "Projektmanagement"],
)
print(ex.summary())

"""dev40 persona: sales engineer for industrial robots near Augsburg (2026 layout).

Every message below is invented and written by hand for this corpus. Running this script
regenerates ../mixed-sales-engineer-industrial-robots-augsburg byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-sales-engineer-industrial-robots-augsburg"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Miriam Lechner", "https://www.linkedin.com/in/miriam-lechner-robotik")
ex = Export(SLUG, "2026", owner)
P = ex.person
C = ex.conv


def fresh(day: str, time: str = "08:05", note: str = "") -> dict[str, object]:
    """A stranger whose invitation and connection land just before the first message."""
    return {"connected": day, "invite": ("IN", f"{day} {time}", note)}


# ---------------------------------------------------------------- customers, partners, colleagues
P("donau", "Andreas Wiedemann", "Wiedemann Kunststofftechnik", "Leiter Produktion", connected="2019-05-07")
P("irish", "Siobhan Keane", "Keane's Craft Bakery", "Operations Director", connected=None)
P("integrator", "Thomas Rieger", "Rieger Automation", "Geschäftsführer", connected="2017-11-21")
P("service", "Deniz Yıldırım", "Kessler Robotik", "Teamleiter Field Service", connected="2018-03-01")
P("crm", "Hannah Price", "Pipewell CRM", "Customer Success Manager", connected="2022-02-10")
P("headhunter", "Florian Baumgartner", "Baumgartner & Partner Executive Search", "Partner", connected="2025-09-15")
P("student", "Lena Vogt", "Hochschule Augsburg", "Studentin Mechatronik", connected=None)
P("messe", "Katrin Seitz", "Messe Nürnberg ProMotion Expo", "Ausstellerservice", connected="2021-01-18")
P("techday1", "Georg Huber", "Huber Blechbearbeitung", "Inhaber", connected="2020-10-10")
P("techday2", "Priya Raman", "Lakeside Foods GmbH", "Engineering Manager", connected="2024-06-03")
P("techday3", "Stefan Ott", "Ott Verpackungen", "Technischer Leiter", connected="2022-09-29")
P("roi_customer", "Michaela Brunner", "Brunner Feinkost", "Werkleiterin", connected="2021-04-14")
P("uk_dist", "Oliver Grant", "Midlands Robotics Ltd", "Sales Director", connected="2020-07-08")
P("unifriend", "Jana Scholz", "Siemens", "Projektingenieurin", connected="2012-10-01")
P("czech", "Petr Novák", "Valtice Automotive s.r.o.", "Plant Engineering Lead", connected="2023-02-22")
P("poland", "Agnieszka Wróbel", "Polpak Sp. z o.o.", "Maintenance Manager", connected=None)
P("boss", "Dr. Ralf Kessler", "Kessler Robotik", "Vertriebsleiter", connected="2016-09-01")
P("colleague_jonas", "Jonas Fischer", "Kessler Robotik", "Application Engineer", connected="2019-01-15")
P("einkauf", "Sabine Mayr", "Wiedemann Kunststofftechnik", "Strategischer Einkauf", connected="2023-03-09")
P("journalist", "Dr. Bettina Lang", "Automation Praxis", "Redakteurin", connected="2025-10-02")
P("prof", "Prof. Dr. Markus Endres", "Hochschule Augsburg", "Professor für Robotik", connected="2015-04-20")
P("austria", "Clemens Hofer", "Hofer Anlagenbau", "Vertrieb", connected="2018-08-08")
P("safety", "Dr. Ute Kramer", "Kramer Maschinensicherheit", "Sachverständige", connected="2020-02-20")
P("maint", "Ludwig Strasser", "Wiedemann Kunststofftechnik", "Instandhaltung", connected="2024-01-11")
P("spain", "Carlos Ibáñez", "Robótica Levante", "Commercial Director", connected="2022-05-30")
P("italy", "Giulia Ferraro", "Ferraro Stampi", "Technical Manager", connected="2024-10-10")
P("excolleague", "Nils Petersen", "Nordwerk Automation", "Head of Sales", connected="2014-06-06")
P("arbeitskreis", "Dr. Heike Sommer", "IHK Schwaben", "Arbeitskreis Robotik Schwaben", connected="2019-12-12")
P("service_en", "Arjun Mehta", "Kessler Robotik", "Service Engineer", connected="2023-07-01")
P("refvisit", "Martin Köhler", "Köhler Getränke", "Produktionsleiter", connected=None)
P("leasing", "Ramona Gruber", "Schwaben Leasing", "Kundenbetreuerin", connected="2019-06-19")
P("demo", "Emily Carter", "Brightwell Packaging UK", "Head of Engineering", connected="2025-11-04")
P("climbing", "Tobi Wenger", "", "Physiotherapeut", connected="2021-09-09")
P("ohio", "Rick Delaney", "Buckeye Closures Inc.", "Project Manager", connected="2025-12-03",
  invite=("OUT", "2025-12-02 17:30", "Hi Rick, great meeting you at Pack Expo - Miriam"))
P("dutch", "Sanne de Vries", "Van Dijk Robotintegratie", "Technical Lead", connected="2023-05-15")
# ---------------------------------------------------------------- wanted pitches
P("w_cpq", "Laura Hinz", "Konfigura CPQ", "Account Executive")
P("w_leads", "Sebastian Roth", "Mittelstand Signals", "Gründer", **fresh("2025-07-02", "18:20", "Hallo Frau Lechner, war bei Ihrem Vortrag auf der ProMotion Expo."))
P("w_gripper", "Ben Hallworth", "SoftGrip Systems", "Application Engineer")
P("w_recr", "Charlotte Weber", "TechTalent Munich", "Principal Consultant")
P("w_sim", "Erik Lindholm", "CellForge", "Partner Manager")
P("w_booth", "Marco Bianchi", "Standwerk Messebau", "Projektleiter")
P("w_scanner", "Viktor Albrecht", "SafeScan Distribution", "Gebietsverkaufsleiter", **fresh("2025-10-20", "09:00", "Jonas Fischer meinte, wir sollten uns mal austauschen."))
P("w_tender", "Dr. Ines Kowalczyk", "Kowalczyk Systemintegration", "Geschäftsführerin")
P("w_training", "Robert Seiler", "RoboSkills Akademie", "Leiter Schulungen")
P("w_transl", "Rachel Holloway", "Precision Tech Translations", "Account Manager")
P("w_us", "Daniel Ortiz", "Keystone Market Entry", "Partner")
P("w_video", "Mia Schreiber", "Hallenfilm", "Producerin")
# ---------------------------------------------------------------- junk senders
P("j_crm", "Brandon Hayes", "SalesPilot CRM", "Account Executive")
P("j_leads", "Max Köster", "LeadRakete", "Head of Growth")
P("j_gripper", "Zhang Min", "Shenzhen Topgrip Automation", "Overseas Sales")
P("j_recr", "Kim Albers", "Hire Heroes", "Recruiter")
P("j_transl", "Natalia Ivanova", "GlobalWords", "Sales Manager")
P("j_pod", "Jake Sullivan", "Industry Leaders Unplugged", "Host")
P("j_award", "Melanie Frey", "Top Innovator Industrie Award", "Projektmanagerin")
P("j_mag", "Thorsten Beck", "Industrie Exzellenz Magazin", "Anzeigenberatung")
P("j_capacity", "Aaron Blake", "Blake Growth Co.", "Founder")
P("j_likeminded", "Julian Hartmann", "Hartmann Capital", "Unternehmer | Investor | Visionär")
P("j_15min", "Ashley Moore", "Outbound Engine", "SDR")
P("j_ctp1", "Lukas Zimmer", "ZimmerSales", "Vertriebsberater", **fresh("2025-11-17", "07:30"))
P("j_ctp2", "Rachel Kim", "Growthloop", "Partnerships", **fresh("2026-01-12", "16:45", "Hi Miriam, love your posts on automation!"))
P("j_ctp3", "Dirk Sauer", "Sauer Consulting", "Vertriebstrainer", **fresh("2025-09-02", "12:00"))
P("j_bump1", "Ethan Walsh", "DataEnrich", "Account Executive")
P("j_bump2", "Carina Lutz", "Lutz Event Staffing", "Inhaberin")
P("j_tpl1", "Jordan Reyes", "PipelineForge", "SDR")
P("j_tpl2", "Mason Clarke", "B2B Meetings Co.", "Business Development")
P("j_tpl3", "Sofia Marin", "Demandly", "Outreach Specialist")
P("j_tpl4", "Felix Brandt", "Terminprofi B2B", "Vertrieb")
P("j_tpl5", "Olivia Turner", "ClosedWon Agency", "Account Manager")
P("j_merge1", "Tyler Grant", "Nexa Outsourcing", "Sales")
P("j_merge2", "Sandra Pohl", "Pohl Werbetechnik", "Vertrieb")
P("j_merge3", "Matt Hughes", "Apex Sales Training", "Trainer")
P("j_merge4", "Heiko Brandl", "Brandl IT-Service", "Vertrieb")
P("j_spons1", "Cloudhaus ERP", "", "", url="https://www.linkedin.com/company/cloudhaus-erp")
P("j_spons2", "Northbridge Executive Education", "", "", url="https://www.linkedin.com/company/northbridge-exec-ed")
P("j_cobotrent", "Patrick Nolan", "CobotNow Rental", "Sales Manager")
P("j_crypto", "Vincent Ray", "", "Crypto Educator | 7-figure trader")
P("j_fluent", "Dr. Alexander Kühn", "Kühn Transformation Partners", "Managing Director")
P("j_solar", "Peter Haas", "SolarDach Bayern", "Energieberater")
P("j_coach", "Stephanie Lowe", "", "Career Coach for Women in Tech")
P("j_ai", "Ravi Kapoor", "AutoSDR.ai", "Founder")
P("j_hardware", "Kevin Lam", "Dragon Electronics", "Sales")
P("j_wine", "Bernd Fröhlich", "Weinkontor Fröhlich", "Firmenkunden")
P("j_dropship", "Chris Palmer", "", "E-commerce mentor")
P("j_usedrobots", "Hugo Lemaire", "ReRobot Marketplace", "Sales Manager")

# ================================================================ GENUINE
C("genuine", "customer_quote_request", "de", "Kunde fragt Angebot für zwei Palettierzellen an; harter Fall", [
    ("donau", "2025-10-06 08:10", "Guten Morgen Frau Lechner, wie am Telefon besprochen: Wir brauchen zwei Palettierzellen für Linie 3 und 4, je ca. 12 Kartons/min, Euro-Palette, max. 1,8 m Stapelhöhe. Können Sie uns bis Ende Oktober ein Angebot machen? Budgetrahmen liegt bei etwa 380k für beide."),
    ("me", "2025-10-06 09:00", "Guten Morgen Herr Wiedemann, danke! Ich kläre mit Jonas die Layouts und melde mich Mitte Oktober mit einem ersten Entwurf. Können Sie mir noch die Kartonmaße und das Packschema schicken?"),
    ("donau", "2025-10-06 09:20", "Kommt heute noch per Mail."),
    ("me", "2025-10-24 16:30", "Angebot anbei - zwei Zellen mit KR-600P inkl. Sicherheitstechnik und Inbetriebnahme, 356.400 € netto. Optional Lagenzwischenblatt-Magazin für 18.900 € je Zelle."),
], attachments={3: "https://www.linkedin.com/dms/angebot-wiedemann-palettierung-v1.pdf"})
C("genuine", "inbound_buyer", "en", "inbound lead from Ireland wants to buy cobots", [
    ("irish", "2025-11-12 11:45", "Hi Miriam, we saw your cobot demo video on YouTube - the one with the tray loading. We're a bakery in Cork, 140 staff, and we struggle to staff the night shift on our tray loading line. We'd like to buy 2-3 cobots this year. Could you tell me roughly what that costs and whether you work in Ireland?"),
    ("me", "2025-11-12 13:20", "Hi Siobhan, thanks for reaching out! Yes, we deliver to Ireland with our service partner in Limerick. A cobot cell for tray loading starts at around €68k per cell including gripper and safety. Could we set up a video call next week so I can understand the line?"),
    ("irish", "2025-11-12 13:40", "Great - Tuesday 10am Irish time works."),
])
C("genuine", "integrator_joint_offer", "de", "Integrator schlägt gemeinsames Angebot für Schweißzelle vor", [
    ("integrator", "2025-06-03 17:05", "Servus Miriam, wir haben eine Anfrage von einem Landmaschinenbauer in Dillingen für eine Schweißzelle mit Drehkipptisch. Machen wir's zusammen? Ihr Roboter + Positionierer, wir Schweißtechnik und Vorrichtungen. Ich bräuchte bis Freitag eure Preise, damit wir gemeinsam unter 250k bleiben."),
    ("me", "2025-06-03 17:40", "Hi Thomas, klar! Ich schick dir morgen Roboter + Positionierer mit Integratorenrabatt. Wer macht die CE?"),
    ("integrator", "2025-06-03 17:50", "CE machen wir, wie beim letzten Mal."),
])
C("genuine", "service_escalation", "de", "interner Service meldet Problem beim Kunden", [
    ("service", "2025-09-17 06:55", "Morgen Miriam, bei Ott Verpackungen steht Zelle 2 seit gestern Abend, Achse 4 meldet Übertemperatur. Ich fahr um 8 hin. Kannst du Herrn Ott kurz anrufen, er ist ziemlich angefressen."),
    ("me", "2025-09-17 07:05", "Mach ich sofort. Danke Deniz! Sag Bescheid, ob's der Motor ist - dann organisier ich Ersatz über Express."),
    ("service", "2025-09-17 10:30", "Lüfter verstopft, Pappstaub. Läuft wieder. Ich empfehle Filtermatten, schick dir die Teilenummer."),
])
C("genuine", "crm_price_change", "en", "existing CRM vendor announces price change; hard case", [
    ("crm", "2026-01-08 10:00", "Hi Miriam, happy new year! Heads-up before the renewal notice: from 1 March our Team plan goes from €39 to €45 per user per month. Your 14 seats would renew at €7,560 per year. If you renew annually before 15 February, we can lock the old price for another year. Happy to walk you through it on a call."),
    ("me", "2026-01-08 11:30", "Thanks Hannah. I'll check with Ralf whether we renew annually - sounds like we should. Can you send the quote for 14 seats at the current price?"),
    ("crm", "2026-01-08 11:45", "Quote is in your inbox."),
])
C("genuine", "headhunter_engaged", "de", "Headhunter, mit dem sie im Gespräch ist; harter Fall", [
    ("headhunter", "2025-09-16 09:00", "Hallo Frau Lechner, danke für das offene Gespräch gestern. Wie besprochen: Die Position als Head of Sales Automation bei dem Maschinenbauer im Allgäu ist mit 110-125k plus Dienstwagen dotiert. Das Zweitgespräch mit dem CEO könnte am 2. Oktober stattfinden. Passt Ihnen das?"),
    ("me", "2025-09-16 19:30", "Hallo Herr Baumgartner, danke. 2. Oktober passt, idealerweise nachmittags. Ich möchte vorher noch die genaue Teamgröße wissen."),
    ("headhunter", "2025-09-17 08:15", "Teamgröße 6, davon 2 im Innendienst. Ich bestätige 14 Uhr."),
])
C("genuine", "applicant_working_student", "de", "Studentin bewirbt sich als Werkstudentin", [
    ("student", "2025-12-01 20:10", "Sehr geehrte Frau Lechner, ich studiere Mechatronik im 5. Semester an der Hochschule Augsburg und habe Ihre Stellenanzeige für eine Werkstudentin im Application Engineering gesehen. Ich habe schon mit UR-Cobots im Labor gearbeitet und würde mich sehr freuen, Ihr Team zu unterstützen. Meine Unterlagen habe ich über das Portal eingereicht."),
    ("me", "2025-12-02 08:30", "Hallo Frau Vogt, danke! Ich gebe das an Jonas weiter, der die Stelle betreut. Er meldet sich diese Woche bei Ihnen."),
])
C("genuine", "fair_logistics", "de", "Messe-Ausstellerservice zu Aufbau und Standfläche", [
    ("messe", "2025-04-02 10:00", "Sehr geehrte Frau Lechner, Ihre Standfläche Halle 4, Stand 4-310 (120 m²) ist bestätigt. Aufbau ab 3.6. 7 Uhr. Bitte melden Sie bis 15.5. die Bodenlasten für die Roboterzellen, da Halle 4 max. 2 t/m² trägt."),
    ("me", "2025-04-02 11:00", "Danke, Frau Seitz. Die größte Zelle hat 1,4 t auf 4 m², das melden wir formell über das Portal."),
])
C("genuine", "thanks_after_techday", "de", "Dankesnachricht 1 nach dem Tech Day (fast gleich wie 2 und 3)", [
    ("techday1", "2025-05-16 17:40", "Hallo Frau Lechner, danke für den super Tech Day gestern! Die Biegezelle war genau das, was ich sehen wollte. Ich melde mich wegen einem Termin."),
    ("me", "2025-05-16 18:00", "Danke Herr Huber, freut mich sehr! Gerne."),
])
C("genuine", "thanks_after_techday", "en", "thank-you 2 after the Tech Day", [
    ("techday2", "2025-05-16 19:02", "Hi Miriam, thanks a lot for yesterday's Tech Day, really well organised. The palletizing demo was impressive. Let's talk about our line in Q3."),
])
C("genuine", "thanks_after_techday", "de", "Dankesnachricht 3 nach dem Tech Day", [
    ("techday3", "2025-05-17 08:20", "Moin, vielen Dank für den tollen Tech Day! Hat sich gelohnt. Grüße an Deniz."),
])
C("genuine", "owner_started_roi_check", "de", "Inhaberin fragt Bestandskundin nach ROI", [
    ("me", "2025-07-21 09:00", "Hallo Frau Brunner, jetzt läuft die Pick-and-Place-Zelle ein Jahr - wie sind Ihre Erfahrungen? Würden Sie mir ein paar Zahlen für eine Referenz geben (natürlich anonymisiert, wenn gewünscht)?"),
    ("roi_customer", "2025-07-21 14:30", "Hallo Frau Lechner, gerne! Amortisation nach 19 Monaten statt der geplanten 24, und wir haben die Nachtschicht auf zwei Personen reduziert. Namentlich ist ok."),
    ("me", "2025-07-21 14:40", "Wow, danke! Ich schick Ihnen den Entwurf zur Freigabe."),
])
C("genuine", "owner_started_distributor", "en", "owner contacts UK distributor about a lead", [
    ("me", "2025-11-05 10:15", "Hi Oliver, I met Emily Carter from Brightwell Packaging at PPMA - she's interested in a palletizing demo in the UK. Could your team host it in Coventry? I'd fly over."),
    ("uk_dist", "2025-11-05 12:00", "Hi Miriam, absolutely. Our demo cell is free the week of 24 November. Shall I pencil in Wednesday?"),
    ("me", "2025-11-05 12:05", "Perfect, Wednesday it is."),
])
C("genuine", "long_standing_friend", "de", "Studienfreundin, langjähriger Kontakt", [
    ("unifriend", "2025-12-20 21:15", "Miri!!! Frohe Weihnachten! Wann sehen wir uns endlich mal wieder? Ich bin zwischen den Jahren bei meinen Eltern in Königsbrunn."),
    ("me", "2025-12-20 21:40", "Jana!! Dir auch! 28. im Café Dichtl wie früher?"),
    ("unifriend", "2025-12-20 21:42", "Deal 🥳"),
])
C("genuine", "customer_complaint", "en", "Czech customer escalates cycle time issue", [
    ("czech", "2025-08-11 07:30", "Dear Miriam, after two weeks of production the cell reaches only 52 parts/hour instead of 60 in the contract. Our plant manager is not happy. We need a solution by end of month or we will discuss the final payment."),
    ("me", "2025-08-11 08:15", "Dear Petr, understood, and I'm sorry. I'm sending Jonas on Wednesday to optimise the paths - we saw at FAT that the gripper approach can be shortened. I'll join by phone."),
    ("czech", "2025-08-13 17:20", "Jonas did good work - 61 parts/hour now. Thank you for the quick reaction."),
])
C("genuine", "spam_folder_customer", "en", "Polish customer's spare part request went to spam", [
    ("poland", "2025-10-27 09:05", "Hello Mrs Lechner, we have two Kessler KR-210 from 2019. The vacuum gripper on robot 1 is damaged. Can you send quotation for a new gripper and the suction cups? Urgent please, production line is slow."),
    ("me", "2025-10-30 08:20", "Dear Agnieszka, I'm very sorry - your message landed in my spam folder. I've asked our spare parts team to send you a quotation today, with express delivery."),
    ("poland", "2025-10-30 09:00", "Thank you very much!"),
], folder="SPAM")
C("genuine", "internal_deal_review", "de", "Gruppenchat Team Süd zur Deal-Review", [
    ("boss", "2026-01-19 08:00", "Morgen Team, Deal-Review heute 14 Uhr. Miriam, bitte Wiedemann und Lakeside vorbereiten."),
    ("me", "2026-01-19 08:10", "Passt. Wiedemann hat mündlich zugesagt, PO kommt diese Woche."),
    ("colleague_jonas", "2026-01-19 08:12", "Für Lakeside brauch ich noch die Produktgewichte, sonst kann ich den Greifer nicht auslegen."),
    ("boss", "2026-01-19 08:30", "👍"),
], title="Team Süd")
C("genuine", "procurement_terms", "de", "Einkauf verhandelt Zahlungsbedingungen", [
    ("einkauf", "2025-11-18 11:00", "Sehr geehrte Frau Lechner, bevor wir die Bestellung auslösen: Wir bräuchten Zahlungsbedingungen 30/60/10 statt 40/50/10, und eine Verlängerung der Gewährleistung auf 24 Monate. Ist das machbar?"),
    ("me", "2025-11-18 14:20", "Sehr geehrte Frau Mayr, 30/60/10 kann ich freigeben. 24 Monate Gewährleistung gehen mit einem Wartungsvertrag (2.950 € p.a.). Soll ich das Angebot entsprechend anpassen?"),
    ("einkauf", "2025-11-19 09:00", "Ja, bitte. Danke!"),
])
C("genuine", "journalist_quote", "de", "Fachjournalistin möchte Zitat", [
    ("journalist", "2025-10-03 15:00", "Liebe Frau Lechner, danke für die Vernetzung. Für unseren Schwerpunkt 'Robotik im Mittelstand' suche ich eine Stimme aus dem Vertrieb: Was bremst KMU beim Einstieg am meisten? Zwei, drei Sätze würden reichen, Deadline Freitag."),
    ("me", "2025-10-03 16:40", "Liebe Frau Dr. Lang, gern! Kurz gesagt: nicht die Technik, sondern die Angst vor der Programmierung und fehlende Leute für die Inbetriebnahme. Ich schick Ihnen bis Donnerstag ein sauberes Zitat."),
])
C("genuine", "professor_project", "de", "Professor fragt nach Leihroboter für Studierendenprojekt", [
    ("prof", "2025-02-10 10:30", "Liebe Frau Lechner, für das Sommersemester bräuchten wir einen kleinen Roboter für ein Projekt zur Kommissionierung. Hätte Kessler einen Leihroboter, wie damals 2019? Die Studierenden präsentieren am Ende auch bei Ihnen."),
    ("me", "2025-02-10 11:15", "Lieber Herr Endres, ich frage Ralf, aber ich denke, der KR-6 aus dem Demoraum ist frei. Ich melde mich bis Ende der Woche."),
])
C("genuine", "referral_from_peer", "de", "ehemaliger Kollege vermittelt Lead", [
    ("austria", "2025-03-04 13:00", "Servus Miriam, ein Kunde von uns in Linz braucht Roboter zum Entgraten, das ist nicht unser Ding. Darf ich deine Nummer weitergeben? Ansprechpartner wäre Herr Leitner."),
    ("me", "2025-03-04 13:30", "Servus Clemens, ja sehr gern! Danke dir. Das nächste Bier am Plärrer geht auf mich."),
])
C("genuine", "safety_vendor_quote", "de", "bestehende Sicherheitssachverständige nennt Preis für Risikobeurteilung", [
    ("me", "2025-06-10 08:45", "Hallo Frau Dr. Kramer, wir brauchen wieder eine Risikobeurteilung und CE-Begleitung, diesmal für eine Palettierzelle mit Lichtvorhang statt Zaun. Was würden Sie dafür ansetzen?"),
    ("safety", "2025-06-10 12:10", "Hallo Frau Lechner, mit Begehung und Dokumentation 3,5 Tage, also 4.550 € netto. Wenn der Lichtvorhang Muting braucht, eher 4 Tage."),
    ("me", "2025-06-10 12:20", "Passt, Auftrag kommt per Mail."),
])
C("genuine", "customer_training", "de", "Instandhaltung fragt Schulungstermine an", [
    ("maint", "2026-02-02 07:20", "Hallo Frau Lechner, für die neuen Palettierer bräuchten wir Bedienerschulungen für 8 Leute, 2 Schichten. Geht das im März bei uns im Werk?"),
    ("me", "2026-02-02 08:00", "Hallo Herr Strasser, ja, ich frage Deniz nach Terminen. Wahrscheinlich KW 11."),
])
C("genuine", "distributor_spain", "en", "Spanish distributor asks about stock and pricing", [
    ("spain", "2025-04-23 12:30", "Hola Miriam! A customer in Valencia wants 3 units of the KR-20 with 6 weeks delivery. Do you have stock? And is the distributor price list 2025 valid until the end of the year?"),
    ("me", "2025-04-23 13:45", "Hola Carlos! Two from stock, the third in 8 weeks. Price list is valid until 31 December. Shall I reserve the two?"),
    ("spain", "2025-04-23 14:00", "Yes please, reserve!"),
])
C("genuine", "manager_target", "de", "Vorgesetzter zum Quartalsziel", [
    ("boss", "2025-12-15 18:30", "Miriam, super Quartal - du bist bei 112 %. Lass uns im Januar über dein Ziel 2026 und das Thema Teamlead reden."),
    ("me", "2025-12-15 19:00", "Danke Ralf! Gerne, ich bin gespannt."),
])
C("genuine", "retrofit_quote", "en", "Italian customer asks for a retrofit quote", [
    ("italy", "2025-10-14 10:10", "Dear Miriam, we have four old Kessler robots from 2008 on our die-casting line. Controllers are obsolete. Could you make an offer for controller retrofit, or would you recommend replacement? Please include your service price per day."),
    ("me", "2025-10-14 11:30", "Dear Giulia, for robots of that age we usually recommend a retrofit of the controller only; mechanics are usually fine. I'll ask our service team for a visit to check. Service day rate is €1,180 plus travel."),
    ("italy", "2025-10-14 12:00", "Okay, please organise the visit."),
])
C("genuine", "congrats_promotion", "en", "former colleague congratulates on new role", [
    ("excolleague", "2026-02-10 20:00", "Miriam! Just saw you're now Senior Sales Engineer. Well deserved - you carried half of our Bavaria business back in the day. Let's grab a coffee at automatica?"),
    ("me", "2026-02-10 21:15", "Thanks Nils! Definitely, see you in Munich."),
])
C("genuine", "event_invitation", "de", "Einladung vom Arbeitskreis Robotik Schwaben", [
    ("arbeitskreis", "2025-03-18 09:00", "Liebe Frau Lechner, der Arbeitskreis Robotik Schwaben trifft sich am 9. April bei der Firma Huber in Gersthofen. Thema: Fachkräftemangel und Automatisierung. Hätten Sie Lust, kurz aus der Praxis zu berichten? Anschließend Brotzeit."),
    ("me", "2025-03-18 10:10", "Liebe Frau Dr. Sommer, gerne! 15 Minuten reichen?"),
    ("arbeitskreis", "2025-03-18 10:20", "Perfekt."),
])
C("genuine", "service_colleague", "en", "service colleague (English) needs customer contact", [
    ("service_en", "2025-09-29 14:10", "Hi Miriam, I'm doing commissioning at Lakeside next week. Who is the contact for the safety acceptance on their side? Priya or someone from maintenance?"),
    ("me", "2025-09-29 14:30", "Hi Arjun, Priya Raman for sign-off, but the day-to-day is Max from maintenance. I'll send you both numbers."),
])
C("genuine", "reference_visit", "de", "Interessent möchte Referenzbesuch", [
    ("refvisit", "2026-01-27 10:00", "Hallo Frau Lechner, wir überlegen, eine Palettierzelle anzuschaffen. Bevor wir ein Angebot anfragen: Könnten wir uns eine laufende Anlage bei einem Kunden von Ihnen anschauen? Wir sind Getränkeabfüller in Nördlingen."),
    ("me", "2026-01-27 11:30", "Hallo Herr Köhler, sehr gerne. Frau Brunner von Brunner Feinkost hat sich als Referenz angeboten, das ist bei Ihnen fast um die Ecke. Ich frage nach einem Termin und schicke Ihnen gleich ein paar Eckdaten zur Zelle."),
    ("refvisit", "2026-01-27 11:45", "Super, danke."),
])
C("genuine", "leasing_rates", "de", "bestehender Leasingpartner informiert über neue Zinssätze", [
    ("leasing", "2025-08-01 09:15", "Hallo Frau Lechner, zur Info für Ihre Kundengespräche: Ab 1.9. steigen unsere Leasingfaktoren für Laufzeit 60 Monate von 1,78 % auf 1,86 %. Angebote, die bis 31.8. rausgehen, halten wir 8 Wochen zum alten Satz."),
    ("me", "2025-08-01 10:00", "Danke Frau Gruber, gut zu wissen. Das Wiedemann-Angebot geht dann noch im August raus."),
])
C("genuine", "demo_request", "en", "UK prospect asks for a demo at their plant", [
    ("demo", "2025-11-06 09:30", "Hi Miriam, great to meet you at PPMA. Oliver mentioned the demo in Coventry on the 26th - I'll bring two colleagues. Could you also show a mixed-case pattern? That's our pain point."),
    ("me", "2025-11-06 10:00", "Hi Emily, absolutely - we'll set up mixed-case palletizing with your carton sizes if you send them."),
    ("demo", "2025-11-06 10:10", "Sending them now."),
])
C("genuine", "friend_small_talk", "de", "Kletterfreund, Smalltalk", [
    ("climbing", "2025-10-08 19:45", "Servus! Donnerstag Boulderhalle? Hab gehört, die haben neue Routen im Überhang 😅"),
    ("me", "2025-10-08 20:05", "Bin dabei, aber nur wenn du mir nicht wieder die Schulter kaputt therapierst haha"),
])
C("genuine", "owner_started_invite_booth", "de", "Inhaberin lädt Kunden zum Messestand ein", [
    ("me", "2025-05-20 08:30", "Hallo Herr Huber, wir zeigen auf der ProMotion Expo die neue Biegezelle live. Hätten Sie Lust, am Stand vorbeizukommen? Ich kann Ihnen ein Gratisticket schicken."),
    ("techday1", "2025-05-20 09:40", "Gerne! Mittwoch bin ich in Nürnberg."),
    ("me", "2025-05-20 09:45", "Ticket kommt per Mail."),
])

C("genuine", "us_customer_install", "en", "first US customer plans installation; contract details", [
    ("ohio", "2026-02-11 15:20", "Hi Miriam, our PO for the two cells went out this morning. Per the contract we need the FAT in Gersthofen in April and site acceptance by end of June. Who's our point of contact for shipping and UL paperwork? Also, our plant is closed the week of July 4th, in case anyone plans to fly in then."),
    ("me", "2026-02-11 16:05", "Hi Rick, thank you - great news! I'll stay your main contact; for shipping and UL it's Arjun Mehta from our service team, I'll introduce you by email. Noted on July 4th."),
    ("ohio", "2026-02-11 16:10", "Perfect. Looking forward to working together."),
])
C("genuine", "partner_certification", "en", "Dutch integrator partner asks about programming certification", [
    ("dutch", "2025-05-05 09:40", "Hi Miriam, two of our new engineers need the Kessler programming certification before we can quote your robots to a Dutch dairy. Is there a course in June? And is the partner discount on training still 30%?"),
    ("me", "2025-05-05 10:30", "Hi Sanne, yes - the June course is 16-18 June in Gersthofen, and the partner discount is still 30% (so €1,470 per person). I'll reserve two seats."),
    ("dutch", "2025-05-05 10:45", "Great, please do. Dank je!"),
])
C("genuine", "customer_mixed_language", "mixed", "customer writes English, owner answers in German and English", [
    ("techday2", "2025-08-26 11:15", "Hi Miriam, our German plant manager Herr Vogel will join Thursday's call - can we do it in German? My German is okay for listening. I'll send the product weights before."),
    ("me", "2025-08-26 11:40", "Sure! Hallo zusammen - dann machen wir den Call am Donnerstag auf Deutsch, und ich fasse die Punkte danach für dich auf Englisch zusammen, Priya. Weights by Wednesday would be perfect."),
    ("techday2", "2025-08-26 11:45", "Danke! 😊"),
])

# ================================================================ WANTED PITCHES
C("wanted_pitch", "cpq_post", "en", "CPQ vendor quotes her post about building robot cell quotes in Excel", [
    ("w_cpq", "2025-08-19 09:20", "Hi Miriam, your post last week about spending two evenings rebuilding a palletizing quote because the Excel template broke when you added a second gripper option got a lot of 'same here' comments - including from me, I used to sell packaging machines. Konfigura plugs into Pipewell (which I believe you use, judging by your quote PDFs) and handles option dependencies like 'gripper B requires controller option C' automatically. We have three German robot OEMs on it. Worth 30 minutes to see your own palletizing quote rebuilt in it?"),
    ("me", "2025-08-19 12:10", "Ha, that post hit a nerve. OK - if you can rebuild the Wiedemann template (I'll send a sanitised version), I'm curious."),
    ("w_cpq", "2025-08-19 12:20", "Deal. I'll come back with a date."),
])
C("wanted_pitch", "leadgen_talk", "de", "Lead-Anbieter war bei ihrem Vortrag auf der ProMotion Expo", [
    ("w_leads", "2025-07-03 08:40", "Hallo Frau Lechner, danke fürs Annehmen! In Ihrem Vortrag 'Cobots für KMU' auf der ProMotion Expo sagten Sie, die besten Leads seien Betriebe, die gerade eine Förderung für Digitalisierung bekommen haben, aber noch keinen Integrator haben. Genau diese Daten werten wir aus: öffentliche Förderbescheide, Bauanträge für Hallenerweiterungen und Stellenanzeigen für 'Anlagenbediener' in Bayern und Baden-Württemberg. Ich könnte Ihnen eine Probeliste mit 30 Betrieben im Umkreis von 80 km um Augsburg zusammenstellen, kostenlos."),
    ("me", "2025-07-03 10:15", "Das ist tatsächlich interessant. Schicken Sie die Probeliste, ich schaue, wie viele wir schon kennen."),
])
C("wanted_pitch", "gripper_problem_named", "en", "gripper maker names a concrete problem from her application note", [
    ("w_gripper", "2025-05-27 14:00", "Hi Miriam, I read your application note on the Kessler site about palletizing recycled cardboard cases - you describe the vacuum dropping below holding force on porous cartons above 12 kg and having to slow the robot down. That's exactly what our foam-seal zone gripper is made for: it seals on porous and uneven surfaces and we see 30% less air consumption. I can send a test gripper to Gersthofen for two weeks, free, if you have a cell to try it on."),
    ("me", "2025-05-27 16:30", "That problem costs us cycle time at two customers. Yes, send it - Jonas will test it."),
])
C("wanted_pitch", "recruiter_relevant_role", "de", "Headhunterin mit passender Rolle (Key Account Robotik Food)", [
    ("w_recr", "2025-06-24 11:00", "Hallo Frau Lechner, ich suche für einen Robotikhersteller in München eine Key Account Managerin für Food & Beverage. Ihre Projekte bei Brunner Feinkost und Lakeside Foods, die Sie auf LinkedIn geteilt haben, sind genau das Profil, das der Kunde sich wünscht. Gehalt 95-105k, 2 Tage Homeoffice. Offen für ein kurzes, vertrauliches Gespräch?"),
    ("me", "2025-06-24 18:00", "Hallo Frau Weber, danke für die gezielte Anfrage. Aktuell nicht, aber ich behalte Sie im Hinterkopf."),
])
C("wanted_pitch", "sim_tools_setup", "en", "simulation plugin vendor noticed her cell layout tool in a demo video", [
    ("w_sim", "2025-09-09 10:45", "Hi Miriam, in your YouTube demo of the bending cell I noticed you build layouts in RoboArch and then export STEP files into Excel-based cycle time sheets. Our CellForge plugin reads RoboArch projects directly and gives you reach and cycle-time reports you can paste into quotes - no export step. Your sales team could use the free viewer. Would you like a trial licence for the Gersthofen team?"),
    ("me", "2025-09-09 13:00", "Good catch, that export step is painful. Send a trial licence, Jonas will play with it."),
])
C("wanted_pitch", "booth_visit", "de", "Messebauer hat ihren Stand besucht und das Problem gesehen", [
    ("w_booth", "2025-06-16 09:00", "Hallo Frau Lechner, ich war auf der ProMotion Expo an Ihrem Stand 4-310. Die Palettierzelle stand direkt am Gang, und der Schutzzaun hat den Besucherstrom so geblockt, dass die Leute an der Biegezelle vorbeigelaufen sind. Wir bauen Stände mit transparenten Sicherheitswänden und einem Umlauf um die Zellen. Darf ich Ihnen für 2026 einen Grundriss-Vorschlag machen? Kostet nichts."),
    ("me", "2025-06-16 10:20", "Stimmt leider, das haben wir auch bemerkt. Schicken Sie gerne einen Vorschlag."),
])
C("wanted_pitch", "scanner_mutual_contact", "de", "Sicherheitsscanner-Vertrieb über gemeinsamen Kontakt Jonas", [
    ("w_scanner", "2025-10-20 09:30", "Hallo Frau Lechner, Jonas Fischer hat mir erzählt, dass Sie bei der Wiedemann-Palettierung statt Zaun mit Lichtvorhang arbeiten wollen und die Frage nach Muting noch offen ist. Unser Laserscanner kann zwei Schutzfelder umschalten, dann braucht es kein Muting. Ich könnte am Montag mit einem Demogerät vorbeikommen."),
    ("me", "2025-10-20 10:45", "Das würde unsere CE-Diskussion deutlich vereinfachen. Montag 10 Uhr in Gersthofen?"),
])
C("wanted_pitch", "tender_joint_bid", "de", "Integratorin schlägt gemeinsames Angebot für öffentliche Ausschreibung vor", [
    ("w_tender", "2025-11-25 16:10", "Sehr geehrte Frau Lechner, die Stadtwerke Augsburg haben auf TED eine Sortieranlage für Wertstoffe mit Robotergreifern ausgeschrieben (Abgabe 20. Januar). Gefordert ist ein Hersteller mit Service innerhalb von 4 Stunden vor Ort - das können Sie aus Gersthofen, wir aus Stuttgart nicht. Wir hätten die Bildverarbeitung und Sortiersoftware. Gemeinsame Bietergemeinschaft?"),
    ("me", "2025-11-25 17:30", "Klingt spannend. Ich kläre das mit Ralf und melde mich bis Freitag."),
])
C("wanted_pitch", "training_press_item", "de", "Schulungsanbieter nach Zeitungsbericht über das neue Technikum", [
    ("w_training", "2026-01-14 08:30", "Hallo Frau Lechner, in der Augsburger Rundschau stand, dass Kessler im Frühjahr ein Technikum mit acht Demozellen eröffnet und dort Kundenschulungen anbieten will. Wir sind DGUV-zertifizierter Schulungsanbieter für Roboterbediener und hätten Interesse, Kurse in Ihrem Technikum unter Ihrer Marke durchzuführen - Sie stellen die Zellen, wir Trainer und Zertifikate. Interesse an einem Gespräch?"),
    ("me", "2026-01-14 10:00", "Gute Idee, wir haben tatsächlich noch keine Trainer. Ich gebe das an Deniz weiter, gerne Gespräch."),
])
C("wanted_pitch", "translation_site_problem", "en", "translation agency points to German leftovers in English manuals", [
    ("w_transl", "2025-04-08 13:20", "Hi Miriam, I was looking at the English operating manual for your KR-20 on the Kessler website: chapter 7 still has German warnings ('Achtung: Quetschgefahr') and the parameter table uses decimal commas, which is a problem for UK and US customers' safety audits. We specialise in machinery documentation (ISO 17100, EN ISO 20607). Could I offer a free review of one chapter?"),
    ("me", "2025-04-08 15:00", "Oh no. Thanks for pointing that out! I'll forward this to our documentation team - a free chapter review sounds good."),
])
C("wanted_pitch", "us_press_release", "en", "market-entry consultancy references the press release about entering the US", [
    ("w_us", "2026-02-17 15:30", "Hi Miriam, congratulations on the press release about Kessler entering the US with a first customer in Ohio. In our experience the hard part is the next 18 months: finding integrators who'll stock spare parts and offer UL-certified cells. We've placed three European robot makers with integrators in the Midwest. Happy to share the shortlist we'd start from - no charge for a first conversation."),
    ("me", "2026-02-17 17:00", "Thanks Daniel - that's exactly Ralf's question right now. Let's set up a call."),
])
C("wanted_pitch", "video_article", "de", "Videoproduzentin bezieht sich auf ihren Artikel", [
    ("w_video", "2025-03-25 10:00", "Hallo Frau Lechner, Ihr LinkedIn-Artikel 'Palettieren in 10 Tagen' über die Brunner-Inbetriebnahme ist super geschrieben - da steckt ein toller Film drin: Tag 1 leere Halle, Tag 10 läuft die Zelle. Wir drehen Case-Study-Videos für Maschinenbauer (zuletzt für einen Verpackungsmaschinenbauer aus Kempten), 3 Minuten ab 6.500 €. Hätten Sie Interesse?"),
    ("me", "2025-03-25 12:00", "Die Idee gefällt mir. Ich frage bei Frau Brunner nach, ob sie mitmacht."),
])

# ================================================================ JUNK
C("junk", "generic_crm", "en", "generic CRM pitch; counterpart of the CPQ pitch", [
    ("j_crm", "2025-07-28 09:00", "Hi Miriam,\n\nIs your sales team still juggling spreadsheets? SalesPilot is the AI-powered CRM that helps teams close 30% more deals.\n\n🚀 Pipeline automation\n🚀 Smart forecasting\n🚀 Email sequences\n\nDo you have 15 minutes this week?\n\nCheers,\nBrandon"),
])
C("junk", "generic_leadgen", "de", "generische Leadgenerierung; Gegenstück zum Förderdaten-Anbieter", [
    ("j_leads", "2025-08-12 10:00", "Hallo Miriam, wir generieren für B2B-Unternehmen planbar 30+ qualifizierte Leads pro Monat - garantiert! Mit unserem bewährten LinkedIn-System. Lust auf ein kurzes Erstgespräch?"),
])
C("junk", "generic_gripper", "en", "generic gripper exporter; counterpart of the tailored gripper pitch", [
    ("j_gripper", "2025-06-30 02:15", "Dear Sir, we are professional manufacturer of robot grippers and end effectors: vacuum, pneumatic, electric. High quality, competitive price, fast delivery. OEM/ODM welcome. Please send us your requirements."),
    ("j_gripper", "2025-07-14 02:15", "Dear Sir, kindly check our previous message. We have promotion this month."),
])
C("junk", "generic_recruiter", "de", "irrelevanter Recruiter; Gegenstück zur passenden Rolle", [
    ("j_recr", "2025-10-21 12:30", "Hi Miriam, ich hätte eine spannende Position als Java-Entwicklerin in Berlin für dich! Remote möglich, 75k. Dein Profil passt perfekt. Wann hast du Zeit für ein kurzes Telefonat?"),
])
C("junk", "generic_translation", "de", "generische Übersetzungsagentur; Gegenstück", [
    ("j_transl", "2025-05-06 08:00", "Sehr geehrte Damen und Herren, GlobalWords bietet Übersetzungen in über 100 Sprachen, schnell und günstig - ab 0,07 € pro Wort. Fordern Sie jetzt ein Angebot an!"),
])
C("junk", "paid_podcast_slot", "en", "paid podcast slot", [
    ("j_pod", "2025-09-30 15:00", "Hey Miriam! 🎙️ You've been handpicked to appear on Industry Leaders Unplugged (top 2% podcast on Apple). Guests get a full episode, 5 short clips and a feature on our site. There's a one-time production fee of $690. Want me to save you a spot in October?"),
])
C("junk", "paid_award", "de", "kostenpflichtiger Award", [
    ("j_award", "2025-04-15 09:00", "Sehr geehrte Frau Lechner, wir freuen uns, Ihnen mitzuteilen, dass die Kessler Robotik GmbH für den TOP INNOVATOR INDUSTRIE AWARD 2025 ausgewählt wurde! Zur Nutzung des Siegels und zur Teilnahme an der Preisverleihung buchen Sie bitte Ihr Partnerpaket (2.490 € zzgl. MwSt.)."),
])
C("junk", "paid_feature", "de", "bezahlter Magazinbeitrag", [
    ("j_mag", "2025-11-03 11:00", "Guten Tag Frau Lechner, für unsere Ausgabe 'Robotik made in Bayern' möchten wir Kessler Robotik mit einem zweiseitigen Unternehmensporträt vorstellen. Die Kostenbeteiligung beträgt 1.890 €. Darf ich Sie vormerken?"),
])
C("junk", "capacity_for_clients", "en", "asks if she has capacity for new clients", [
    ("j_capacity", "2025-12-09 16:00", "Hey Miriam, quick one - are you taking on new clients right now? We help consultants and agencies add $20k/month with our done-for-you outreach. Happy to share a case study."),
])
C("junk", "likeminded_entrepreneurs", "de", "gleichgesinnte Unternehmer", [
    ("j_likeminded", "2025-08-25 22:30", "Hallo Miriam, ich vernetze mich gerne mit gleichgesinnten Macherinnen und Unternehmern 🚀 Lass uns connecten und gemeinsam wachsen!"),
])
C("junk", "quick_15_min_call", "en", "quick 15-minute call", [
    ("j_15min", "2025-10-07 14:00", "Hi Miriam, I'll keep this short - can I grab 15 minutes of your time next week? I'd love to show you how we help manufacturing companies fill their sales pipeline. What does Tuesday look like?"),
])
C("junk", "connect_then_pitch", "de", "erst Smalltalk über Augsburg, Pitch in Nachricht 2 nach ihrer Antwort", [
    ("j_ctp1", "2025-11-17 08:00", "Hallo Miriam, danke fürs Vernetzen! Augsburg ist eine tolle Stadt, ich war letztens in der Fuggerei. Bist du gebürtige Augsburgerin?"),
    ("me", "2025-11-17 12:30", "Hallo Lukas, fast - aus Friedberg :)"),
    ("j_ctp1", "2025-11-18 08:10", "Ah schön! Kurze Frage: Wie generiert ihr aktuell Neukunden im Vertrieb? Wir helfen Vertriebsteams, mit unserem Outbound-System 40 % mehr Termine zu buchen. Wäre ein 20-minütiger Austausch interessant?"),
])
C("junk", "connect_then_pitch", "en", "flattering small talk then growth pitch in message 2, then bump", [
    ("j_ctp2", "2026-01-12 17:00", "Hi Miriam, thanks for connecting! Robotics is such an exciting space. What's the most surprising thing a customer has automated with your robots?"),
    ("j_ctp2", "2026-01-14 09:00", "Love that! By the way, we help B2B companies turn LinkedIn into a predictable lead engine - our clients get 15-25 demos a month. Worth a chat?"),
    ("j_ctp2", "2026-01-21 09:00", "Bumping this up, Miriam 🙂"),
])
C("junk", "connect_then_pitch", "de", "Vertriebstraining, Pitch in Nachricht 3", [
    ("j_ctp3", "2025-09-02 12:15", "Hallo Miriam, schön, dass wir jetzt vernetzt sind!"),
    ("j_ctp3", "2025-09-03 08:30", "Wie läuft's bei euch im Vertrieb gerade?"),
    ("j_ctp3", "2025-09-04 08:30", "Ich trainiere Vertriebsteams im Maschinenbau, damit sie höhere Preise durchsetzen. Mein 3-Tages-Workshop hat bei Kunden im Schnitt 12 % mehr Marge gebracht. Soll ich dir die Infos schicken?"),
])
C("junk", "followup_bump", "en", "data enrichment pitch with bumps", [
    ("j_bump1", "2025-03-10 09:00", "Hi Miriam, DataEnrich gives you verified emails and direct dials for 200M+ B2B contacts. Want a free trial with 100 credits?"),
    ("j_bump1", "2025-03-17 09:00", "Hi Miriam, following up - did you get a chance to look?"),
    ("j_bump1", "2025-03-31 09:00", "Hi Miriam, last note from me. Should I close your file?"),
])
C("junk", "followup_bump", "de", "Messe-Hostessen, Nachfassen ohne Antwort", [
    ("j_bump2", "2025-04-28 10:00", "Hallo Frau Lechner, Messe-Saison! Wir stellen professionelles Standpersonal, Hostessen und Promoter deutschlandweit. Darf ich Ihnen ein Angebot schicken?"),
    ("j_bump2", "2025-05-12 10:00", "Hallo Frau Lechner, kurze Erinnerung an meine Nachricht."),
])
C("junk", "template_mass", "en", "template 1 of 5: book meetings for robotics company", [
    ("j_tpl1", "2025-06-05 10:00", "Hi Miriam, saw that Kessler Robotik is growing fast - congrats! We help industrial companies book 20+ qualified meetings per month with decision makers. Would it make sense to chat for 15 minutes?"),
])
C("junk", "template_mass", "en", "template 2 of 5: same pitch, different fill", [
    ("j_tpl2", "2025-06-19 14:20", "Hey Miriam - noticed Kessler Robotik is scaling, congrats! We help manufacturing companies book 20+ qualified meetings a month with plant managers. Would a quick 15-minute chat make sense?"),
])
C("junk", "template_mass", "en", "template 3 of 5: same pitch, different fill", [
    ("j_tpl3", "2025-07-08 09:30", "Hi Miriam, I saw Kessler is growing - congrats on the momentum! We help automation companies book 20+ qualified sales meetings per month. Worth a 15-minute chat?"),
])
C("junk", "template_mass", "de", "Vorlage 4 von 5 auf Deutsch", [
    ("j_tpl4", "2025-07-22 11:00", "Hallo Frau Lechner, ich habe gesehen, dass Kessler Robotik stark wächst - Glückwunsch! Wir helfen Industrieunternehmen, jeden Monat 20+ qualifizierte Termine mit Entscheidern zu buchen. Wäre ein 15-minütiges Gespräch sinnvoll?"),
])
C("junk", "template_mass", "en", "template 5 of 5: same pitch, different fill", [
    ("j_tpl5", "2025-08-05 16:00", "Hi Miriam, saw Kessler Robotik is on a growth path - congrats! We help B2B tech companies book 20+ qualified meetings per month. Open to a quick 15 min chat?"),
])
C("junk", "merge_tag_failure", "en", "merge tag {first_name}", [
    ("j_merge1", "2025-02-18 07:00", "Hi {first_name},\n\nWhat if you could cut your back-office costs by 60%? Nexa provides dedicated offshore teams for data entry, quoting support and customer service. Open to a call?"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} und [Firma]", [
    ("j_merge2", "2025-09-22 09:00", "Hallo {{Vorname}}, wir bringen [Firma] groß raus: Fahrzeugbeschriftung, Banner und Messewände aus einer Hand. Dürfen wir ein Angebot schicken?"),
])
C("junk", "merge_tag_failure", "en", "wrong name (Martin) in sales training pitch", [
    ("j_merge3", "2025-12-02 18:00", "Hi Martin, as a sales leader you know that top performers aren't born, they're trained. Our 8-week program helps teams like yours increase win rates by 25%. Can I send you the syllabus?"),
])
C("junk", "merge_tag_failure", "de", "falsche Firma in IT-Service-Pitch", [
    ("j_merge4", "2026-02-24 10:30", "Hallo Frau Lechner, wir betreuen bereits mehrere Unternehmen in Gersthofen. Gerade für die Autohaus Sommer GmbH wäre unser Managed-IT-Paket ideal. Darf ich Ihnen einen Termin vorschlagen?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail eines ERP-Anbieters", [
    ("j_spons1", "2025-05-01 12:00", "<p>Hallo Miriam,</p><p>Ihr ERP bremst Sie aus? <b>Cloudhaus ERP</b> - die Cloud-Lösung für den Mittelstand. Jetzt kostenlos testen!</p>"),
], title="Sponsored Conversation", subject="Cloud-ERP für den Mittelstand")
C("junk", "sponsored_inmail", "en", "sponsored InMail from a business school", [
    ("j_spons2", "2025-10-15 12:00", "<p>Miriam, take your leadership to the next level.</p><p>Northbridge Executive Education: 6-week online programme in Strategic Sales Leadership. <a href=\"https://example.org\">Reserve your seat</a>.</p>"),
], title="Sponsored Conversation", subject="Strategic Sales Leadership")
C("junk", "sells_her_own_product", "en", "cobot rental company offers exactly what she sells", [
    ("j_cobotrent", "2025-09-16 10:00", "Hi Miriam, have you thought about automating your production? CobotNow rents out collaborative robots from €990/month - no big investment, fully supported. Could I show you how a cobot could help your factory?"),
])
C("junk", "off_topic_product", "en", "crypto trading pitch", [
    ("j_crypto", "2025-11-30 23:50", "Hi Miriam 👋 are you interested in earning passive income from crypto? My students make 5-15% weekly with my signals. DM me 'INFO'."),
])
C("junk", "fluent_generic_named", "de", "flüssiger Pitch mit Firmennamen, an jeden schickbar", [
    ("j_fluent", "2025-06-11 08:00", "Sehr geehrte Frau Lechner,\n\ndie Entwicklung der Kessler Robotik GmbH verfolge ich mit großem Interesse. Gerade Unternehmen wie Kessler Robotik stehen heute vor der Herausforderung, Wachstum, Effizienz und Kultur in Einklang zu bringen. Kühn Transformation Partners begleitet mittelständische Unternehmen bei genau diesem Spagat.\n\nGerne würde ich mit Ihnen besprechen, wie wir Kessler Robotik auf dem Weg in die nächste Wachstumsphase unterstützen können.\n\nMit besten Grüßen\nAlexander Kühn"),
])
C("junk", "off_topic_product", "de", "Photovoltaik ohne Bezug", [
    ("j_solar", "2025-04-07 09:00", "Grüß Gott Frau Lechner, mit einer PV-Anlage auf Ihrem Hallendach sparen Sie bis zu 70 % Stromkosten. Wir übernehmen alles von der Planung bis zur Förderung. Sind Sie die richtige Ansprechpartnerin?"),
])
C("junk", "generic_service", "en", "career coaching for women in tech", [
    ("j_coach", "2025-03-08 07:00", "Happy International Women's Day, Miriam! 💜 Are you ready to finally negotiate the salary you deserve? My 6-week coaching program has helped 300+ women in tech get promoted. Grab a free discovery call!"),
])
C("junk", "generic_service", "en", "AI SDR pitch with bump", [
    ("j_ai", "2026-02-03 10:00", "Hey Miriam, what if your outbound ran itself? AutoSDR.ai writes and sends personalised emails at scale. 3x pipeline in 60 days. 15 min to see a demo?"),
    ("j_ai", "2026-02-10 10:00", "Hey Miriam, circling back! Happy to send a 2-min video instead."),
])
C("junk", "off_topic_product", "en", "electronics components broker", [
    ("j_hardware", "2025-08-28 04:10", "Dear purchasing manager, we have big stock of original ICs, connectors, sensors, best price. Please send your BOM for quotation."),
])
C("junk", "off_topic_product", "de", "Weinpräsente für Firmenkunden", [
    ("j_wine", "2025-11-10 10:00", "Liebe Frau Lechner, die Weihnachtszeit naht! Überraschen Sie Ihre Kunden mit exklusiven Weinpräsenten, individuell verpackt mit Ihrem Logo. Bestellungen bis 1.12. mit 10 % Frühbucherrabatt."),
])
C("junk", "off_topic_product", "en", "dropshipping mentor", [
    ("j_dropship", "2025-07-19 21:00", "Hey Miriam, ever thought about building an online store on the side? I've helped 500+ people quit their 9-5 with dropshipping. Want my free blueprint?"),
])
C("junk", "generic_service", "de", "generische Vertriebsberatung mit Firmennamen im Betreff", [
    ("j_tpl4", "2025-09-09 11:00", "Hallo Frau Lechner, nur kurz nachgehakt zu meiner Nachricht im Juli - haben Sie diesen Monat Zeit für 15 Minuten?"),
], subject="Termine für Kessler Robotik")
C("junk", "sells_her_own_product", "en", "used-robot marketplace offers industrial robots to a robot maker", [
    ("j_usedrobots", "2025-12-16 09:10", "Hello Miriam, looking to automate on a budget? ReRobot has 400+ refurbished industrial robots in stock - 6-axis, SCARA, palletizers - with 12-month warranty, 60% below new price. Tell me your application and I'll send matching units."),
])

ex.write(
    OUT,
    profile={"First Name": "Miriam", "Last Name": "Lechner",
             "Headline": "Senior Sales Engineer Industrial Robotics | Palletizing, Cobots, Food & Packaging",
             "Summary": "Ich verkaufe Roboterzellen, die wirklich laufen - von der ersten Idee über das "
                        "Layout bis zur Abnahme. Schwerpunkt Palettierung, Pick-and-Place und Cobots für den Mittelstand.",
             "Industry": "Automation Machinery Manufacturing", "Geo Location": "Gersthofen, Bayern, Deutschland",
             "Websites": "[COMPANY:https://kessler-robotik.de]"},
    positions=[
        {"Company Name": "Kessler Robotik GmbH", "Title": "Senior Sales Engineer",
         "Description": "Vertrieb Industrieroboter und Roboterzellen, Süddeutschland, Österreich, Export.",
         "Location": "Gersthofen", "Started On": "Sep 2016", "Finished On": ""},
        {"Company Name": "Nordwerk Automation", "Title": "Application Engineer", "Description": "",
         "Location": "Augsburg", "Started On": "Oct 2012", "Finished On": "Aug 2016"},
    ],
    skills=["Technischer Vertrieb", "Industrieroboter", "Palettierung", "Cobots", "Angebotserstellung",
            "Key Account Management"],
)
print(ex.summary())

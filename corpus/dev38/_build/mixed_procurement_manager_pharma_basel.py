"""dev38 persona 3: Katrin Vogelsang, category manager lab supplies & CROs, pharma procurement, Basel.

Written blind to the code (session 5). All message texts are invented and written by hand here;
running this script regenerates ../mixed-procurement-manager-pharma-basel byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-procurement-manager-pharma-basel"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Katrin Vogelsang", "https://www.linkedin.com/in/katrin-vogelsang-procurement",
               "Rheinwerk Pharma AG", "Category Manager Lab Supplies & Clinical Services")
ex = Export(SLUG, "2026", owner)
p = ex.person
c = ex.conv

# ---------------------------------------------------------------- people: genuine
p("labhead", "Beat Schürch", "Rheinwerk Pharma AG", "Head of Analytical Development", connected="2019-04-01")
p("clinops", "Priya Raman", "Rheinwerk Pharma AG", "Clinical Operations Lead", connected="2021-11-15")
p("controller", "Corinne Imhof", "Rheinwerk Pharma AG", "Finance Business Partner R&D",
  connected="2020-02-10")
p("cro_bidder", "James Whitlock", "Meridian Clinical Research", "Director Business Development",
  connected="2023-06-06")
p("lab_bidder", "Sandra Gisler", "Labmaterial Gisler AG", "Key Account Managerin", connected="2018-09-12")
p("distri", "Thomas Brenner", "Vitrolab Distribution GmbH", "Key Account Manager Schweiz",
  connected="2017-03-03")
p("cro_exist", "Eleanor Fitch", "Corvena Bioanalytics", "Senior Contracts Manager", connected="2022-05-20")
p("startup", "Noah Keller", "Aarlight Therapeutics", "Co-Founder & COO")
p("affiliate", "Siobhán Doherty", "Rheinwerk Pharma Ireland", "Site Procurement Lead",
  connected="2022-09-09")
p("peer", "Reto Bühlmann", "Aquilon Biotech AG", "Lead Buyer Laboratory", connected="2020-06-18")
p("headhunter", "Daniela Frey", "Frey & Partner Executive Search", "Partnerin", connected="2025-09-03")
p("praktikum", "Lea Wyss", "FHNW Hochschule für Wirtschaft", "Studentin BSc Business Administration")
p("thx1", "Martin Egli", "Spital-Einkauf Nordwest", "Leiter Einkauf", connected="2025-11-06")
p("thx2", "Carla Bianchi", "Ticino Biotech SA", "Procurement Specialist", connected="2025-11-06")
p("thx3", "Urs Zimmermann", "Helvetic MedTech", "Category Manager Indirect", connected="2025-11-07")
p("spamkam", "Oliver Grant", "NordSera Biologicals", "Key Account Manager", connected="2024-01-10")
p("rfi_cro", "Dr. Anjali Mehta", "Lumos Clinical Pharmacology", "VP Business Development")
p("excolleague", "Jörg Pfeiffer", "Kurpfalz Chemie AG", "Leiter Strategischer Einkauf",
  connected="2012-07-01")
p("mentor", "Gisela Hartmann", "", "Ehem. Einkaufsdirektorin, Beirätin", connected="2011-03-15")
p("stamm", "Roger Amstutz", "Einkäufer-Stamm Basel", "Organisator", connected="2018-05-05")
p("legal", "Marc Dubois", "Rheinwerk Pharma AG", "Senior Legal Counsel", connected="2019-01-21")
p("qa", "Nadja Meier", "Rheinwerk Pharma AG", "QA Supplier Quality", connected="2020-08-08")
p("esourcing", "Hannah Lindqvist", "Sourcewell Cloud", "Customer Success Director",
  connected="2023-02-14")
p("consult", "Pieter de Vries", "Lattice Procurement Advisory", "Engagement Manager",
  connected="2025-04-22")
p("ehs", "Simon Frei", "Rheinwerk Pharma AG", "EHS Koordinator", connected="2021-06-30")
p("confo", "Lisa Huber", "Procure.CH Forum", "Programme Manager", connected="2025-07-01")
p("team", "Fabienne Schaub", "Rheinwerk Pharma AG", "Buyer Lab Supplies", connected="2022-03-01")
p("newsupp", "Daniel Steiner", "Kryo-Service Steiner GmbH", "Geschäftsführer", connected="2025-10-20")
p("scientist", "Dr. Moritz Lang", "Rheinwerk Pharma AG", "Senior Scientist Molecular Biology",
  connected="2023-10-10")
p("fasnacht", "Andrea Christen", "Rheinwerk Pharma AG", "Assistentin Global Procurement",
  connected="2019-05-05")
p("qbr", "Rahul Menon", "Corvena Bioanalytics", "Account Director", connected="2022-05-22")
p("global", "Kevin O'Brien", "Rheinwerk Pharma Inc.", "Global Category Lead Clinical Services",
  connected="2021-01-25")
p("zoll", "Patricia Stöckli", "Rheinport Customs AG", "Zolldeklarantin", connected="2024-04-04")
p("reference", "Tobias Kunz", "", "Procurement Analyst", connected="2021-07-07")
p("project", "Sarah Lüthi", "Rheinwerk Pharma AG", "Project Lead New Lab Building Kaiseraugst",
  connected="2024-11-11")

# ---------------------------------------------------------------- people: wanted pitches
p("w_market", "Elena Rossi", "Benchmate", "Head of Enterprise Sales DACH")
p("w_spend", "Dr. Jonas Weber", "Katalogwerk Consulting", "Partner")
p("w_cro", "Dr. Fiona Hale", "Hepatica Research", "Business Development Director")
p("w_rec", "Sabrina Vogt", "Talentbridge Life Sciences", "Senior Recruiter Procurement")
p("w_punch", "Lukas Hofer", "PunchPoint Integration", "Solution Architect")
p("w_recycle", "Mirjam Baumann", "TipCycle", "Co-Founderin")
p("w_move", "Stefan Roth", "LabRelocate Schweiz AG", "Projektleiter")
p("w_dryice", "Claudio Meier", "Polar Trockeneis AG", "Verkaufsleiter", connected="2025-12-02",
  invite=("IN", "2025-12-01 17:20", "Grüezi Frau Vogelsang, Reto Bühlmann hat mir Ihren Namen gegeben."))
p("w_chf", "Michaela Forster", "Helvolab AG", "Leiterin Verkauf Pharma")
p("w_interim", "Ruth Ackermann", "", "Interim Contract Manager Clinical Outsourcing")
p("w_esg", "Tom Verhoeven", "SupplyTrace", "Account Executive")
p("w_bench", "Dr. Samuel Ng", "RateLens", "Director, Outsourcing Benchmarks")

# ---------------------------------------------------------------- people: junk
p("j_market", "Jack Reynolds", "LabDeals Online", "Sales Representative")
p("j_cost", "Thorsten Kühn", "Einsparpotenzial Beratung", "Senior Berater")
p("j_cro", "Rajesh Kumar", "GlobalTrials CRO Services", "Business Development Manager")
p("j_rec", "Petra Schwarz", "Personal Direkt", "Personalberaterin")
p("j_eproc", "Ashley Cooper", "ProcureFlow", "Account Executive")
p("j_esg", "Hugo Lambert", "GreenScore Platform", "Sustainability Sales")
p("j_paas", "Stephan Graf", "SourcingHub Outsourcing", "Geschäftsführer")
p("j_cap", "Nathan Price", "Clientflow Agency", "Founder")
p("j_like", "Sandro Keller", "", "Unternehmer | Speaker | Visionär")
p("j_call", "Olivia Grant", "Spendwise AI", "SDR")
p("j_dubai", "Tarek Haddad", "Golden Sands Investments", "Immobilienberater Dubai")
p("j_yacht", "Victoria Ames", "AzureSea Charter", "Client Relations")
p("j_3a", "Roman Gerber", "Vorsorgeplan Schweiz", "Finanzberater", connected="2025-08-12",
  invite=("IN", "2025-08-11 19:30", "Grüezi Katrin, gerne vernetze ich mich mit Fachleuten aus Basel."))
p("j_ctp_en", "Greg Palmer", "Negotiation Edge", "Trainer", connected="2025-10-14",
  invite=("IN", "2025-10-13 08:10", ""))
p("j_ctp_de", "Janine Marti", "Teamevent Zauberberg", "Eventmanagerin", connected="2026-01-19",
  invite=("IN", "2026-01-18 21:45", "Hoi Katrin, würde mich freuen!"))
p("j_bump", "Ryan Mitchell", "SupplierIQ", "Business Development")
p("j_bump2", "Kerstin Lohmann", "Vertragsmanager24", "Vertrieb")
p("j_t1", "Alex Morgan", "CostLeap", "Partner")
p("j_t2", "Brianna Scott", "SaveStack", "Growth")
p("j_t3", "Dominik Richter", "Einkaufshebel GmbH", "Geschäftsführer")
p("j_t4", "Ethan Brooks", "Margin Partners", "Managing Director")
p("j_t5", "Chloe Evans", "ProcureBoost", "Client Partner")
p("j_m1", "Tyler Hunt", "DataDeck", "Sales")
p("j_m2", "Sven Kolb", "Messebau Kolb", "Akquise")
p("j_m3", "Grace Liu", "TalentPeak", "Recruiting")
p("j_m4", "Mark Stevens", "Laboratory Furniture Direct", "Sales Manager")
p("j_sp1", "Alpenbank Private", "Alpenbank Private", "",
  url="https://www.linkedin.com/company/alpenbank-private")
p("j_sp2", "CloudLedger", "CloudLedger", "", url="https://www.linkedin.com/company/cloudledger-erp")
p("j_sp3", "Lakeside Executive Education", "Lakeside Executive Education", "",
  url="https://www.linkedin.com/company/lakeside-exec-ed")
p("j_award", "Harriet Moss", "Global Procurement Excellence Awards", "Awards Director")
p("j_mag", "Claudia Berger", "CPO Perspektiven Magazin", "Redaktion Partnerschaften")
p("j_pod", "Derek Lowe", "Procurement Unplugged Podcast", "Producer")
p("j_fluent", "Isabel Navarro", "Vectra Analytics", "Enterprise Account Executive")
p("j_summit", "Oscar Hill", "Pharma Procurement Leaders Summit", "Speaker Relations")
p("j_office", "Marco Huber", "BüroPlus Schweiz", "Verkaufsberater")
p("j_transl", "Anja Zeller", "LinguaPro Übersetzungen", "Kundenbetreuung")
p("j_giveaway", "Patrick Blum", "Logo-Geschenke AG", "Verkauf")
p("j_kischulung", "Benjamin Stark", "KI-Akademie Plus", "Bildungsberater")

# ================================================================ GENUINE (35)
c("genuine", "internal_stakeholder_backorder", "de", "Laborleiter: Pipettenspitzen im Rückstand, Alternative gesucht", [
    ("labhead", "2025-09-15 08:12", "Sali Katrin, mir händ es Problem: die 200-µl-Filterspitzen von Vitrolab "
     "sind bis Mitte Oktober im Backorder. Wir haben noch für ca. 10 Tage. Gibt es eine validierte "
     "Alternative im Katalog? Sonst steht die Stabilitätsstudie. Liebe Grüess, Beat"),
    ("me", "2025-09-15 09:05", "Hoi Beat, danke für den Hinweis. Im Ariba-Katalog von Gisler gibt es die "
     "gleiche Spezifikation (low retention, gefiltert), die QA hat die 2023 schon mal geprüft. Ich "
     "bestelle heute 20 Racks als Überbrückung und kläre mit Thomas von Vitrolab das Lieferdatum."),
    ("labhead", "2025-09-15 09:20", "Merci vielmal, du rettest mir den Tag."),
])
c("genuine", "internal_quote_request", "en", "clinical ops lead asks her to get three quotes by Friday", [
    ("clinops", "2025-06-10 14:30", "Hi Katrin, we need a bioanalytical lab for the PK samples of the new "
     "Phase I (approx. 2,400 samples, LC-MS/MS, method transfer included). Could you get me three quotes "
     "by end of next week? Budget holder is Stefan, cost centre 4120."),
    ("me", "2025-06-10 16:00", "Hi Priya, yes. I'll send an RFQ to Corvena (framework), Lumos and one "
     "new supplier. Could you send me the draft lab manual and sample schedule so the quotes are "
     "comparable?"),
    ("clinops", "2025-06-10 16:20", "Sent by email. Thanks!"),
    ("me", "2025-06-20 17:45", "Comparison is in your inbox: Corvena CHF 318k, Lumos CHF 296k, the new "
     "one CHF 271k but no GLP inspection history. Let's discuss Monday."),
])
c("genuine", "internal_budget_savings", "de", "Finance-Partnerin zu Sparzielen 2026", [
    ("controller", "2025-10-02 11:00", "Grüezi Katrin, für die Budgetrunde 2026 bräuchte ich von dir die "
     "erwarteten Savings in Lab Supplies und CRO. Die GL will 4 % auf Drittkosten sehen. Reicht es bis "
     "am 17.?"),
    ("me", "2025-10-02 13:10", "Hallo Corinne, 4 % sind bei den CROs unrealistisch, die Rate Cards gehen "
     "eher hoch. Bei Lab Supplies komme ich mit der Ausschreibung auf ca. 6-7 %. Ich schicke dir bis zum "
     "15. eine Aufstellung mit Annahmen."),
    ("controller", "2025-10-02 13:30", "Super, danke. Dann argumentieren wir das gemeinsam."),
])
c("genuine", "tender_bidder_clarification", "en", "CRO bidder asks a clarification question in an ongoing RFP", [
    ("cro_bidder", "2025-11-18 09:40", "Dear Katrin, thank you for including Meridian in the RFP for the "
     "Phase II study. Quick question: section 4.2 asks for pass-through costs at cost, but the budget "
     "template has a line for a management fee on investigator payments. Should we price that or leave "
     "it at zero? Happy to submit the question via the portal if preferred."),
    ("me", "2025-11-18 10:30", "Dear James, please submit it via the Q&A in the portal so all bidders get "
     "the same answer. We'll publish responses on Friday."),
    ("cro_bidder", "2025-11-18 10:35", "Of course, done. Thanks."),
])
c("genuine", "tender_supplier_deadline", "de", "Lieferantin bittet um Fristverlängerung in der Ausschreibung", [
    ("lab_bidder", "2025-08-20 15:00", "Grüezi Frau Vogelsang, wir sind an der Offerte für die "
     "Ausschreibung Laborverbrauchsmaterial. Wegen der Ferien fehlt uns noch die Preisbestätigung eines "
     "Herstellers. Wäre eine Verlängerung um eine Woche allenfalls möglich? Freundliche Grüsse, S. Gisler"),
    ("me", "2025-08-20 16:30", "Grüezi Frau Gisler, das kann ich nur für alle Bieter gleich machen. Ich "
     "prüfe es und wir informieren morgen über das Portal."),
    ("me", "2025-08-21 09:00", "Die Frist ist für alle auf den 5. September verlängert."),
])
c("genuine", "existing_supplier_price_increase", "de", "bestehender Distributor kündigt Preiserhöhung an", [
    ("distri", "2025-10-27 10:00", "Hallo Frau Vogelsang, ich möchte Sie vorab informieren: per 1. Januar "
     "passen wir die Preise für Polypropylen-Verbrauchsmaterial um 5,8 % an (Harzpreise und Energie). Das "
     "offizielle Schreiben kommt nächste Woche. Für Rheinwerk würde ich gern eine Lösung finden."),
    ("me", "2025-10-27 14:00", "Hallo Herr Brenner, danke für die Vorwarnung. Unser Rahmenvertrag sieht "
     "Preisanpassungen nur mit Index-Nachweis und 90 Tagen Vorlauf vor. Bitte schicken Sie mir die "
     "Herleitung. 5,8 % bei gleichzeitig Backorder bei den Filterspitzen kann ich intern schwer erklären."),
    ("distri", "2025-10-28 09:15", "Verstanden. Ich komme mit Zahlen und einem Vorschlag: 3,2 % ab April."),
])
c("genuine", "existing_cro_rate_card_increase", "en", "existing CRO applies contractual rate-card increase", [
    ("cro_exist", "2025-12-03 11:20", "Dear Katrin, per clause 9.3 of our MSA, we will apply the annual "
     "rate-card adjustment of 3.5% effective 1 February (based on the Swiss CPI + labour index). Ongoing "
     "work orders keep their agreed budgets. The updated rate card is attached for your records."),
    ("me", "2025-12-03 15:00", "Dear Eleanor, thanks. The index in clause 9.3 gives me 2.1% for the "
     "period, not 3.5%. Could you share your calculation?"),
    ("cro_exist", "2025-12-04 09:30", "You're right, we used the wrong reference month. Revised to 2.1%, "
     "new rate card attached."),
], attachments={0: "https://www.linkedin.com/dms/corvena-ratecard-2026.pdf",
                2: "https://www.linkedin.com/dms/corvena-ratecard-2026-rev1.pdf"})
c("genuine", "inbound_buyer_surplus_equipment", "en", "startup wants to buy surplus lab equipment she is selling", [
    ("startup", "2026-01-12 13:00", "Hi Katrin, a friend at Rheinwerk mentioned you're handling the sale "
     "of lab equipment from the Muttenz site consolidation. We're a 12-person startup in Allschwil and "
     "would be very interested in the two biosafety cabinets, the -80 freezers and any CO2 incubators. Is "
     "there a list and how does the process work? We can pick up ourselves."),
    ("me", "2026-01-12 16:40", "Hi Noah, yes, I'm coordinating it. The list goes out next week via our "
     "asset disposal partner, offers are by sealed bid, minimum prices apply. Equipment is sold as-is "
     "with decontamination certificates. I'll add you to the distribution."),
    ("startup", "2026-01-12 17:00", "Perfect, thank you! We're especially keen on the freezers."),
])
c("genuine", "affiliate_joins_framework", "en", "Irish affiliate wants to buy under her lab gases framework", [
    ("affiliate", "2025-07-08 10:10", "Hi Katrin, we'd like to move our lab gases (N2, CO2, specialty "
     "mixes) onto the framework you negotiated for Basel. Is the supplier able to serve Cork under the same "
     "terms, and what do we need to sign? Our current contract ends in September."),
    ("me", "2025-07-08 12:30", "Hi Siobhán, great to hear. The framework allows affiliates to call off; "
     "pricing for Ireland is in annex C (delivery costs differ). I'll connect you with the account "
     "manager and send you the accession letter."),
])
c("genuine", "peer_joint_tender", "de", "Einkäufer einer anderen Firma schlägt gemeinsame Ausschreibung vor", [
    ("peer", "2025-05-21 17:30", "Hoi Katrin, beim letzten Stamm hast du erzählt, dass euer "
     "Trockeneis-Vertrag ausläuft. Unsere auch, Ende Jahr. Was meinst du: gemeinsame Ausschreibung "
     "Aquilon/Rheinwerk? Zusammen sind wir dreimal so viel Volumen, gleiche Standorte im Raum Basel. "
     "Kartellrechtlich müssten wir das natürlich sauber aufsetzen."),
    ("me", "2025-05-22 08:10", "Hoi Reto, gute Idee! Ich frage unsere Legal, wie wir das machen dürfen. "
     "Zmittag nächste Woche?"),
    ("peer", "2025-05-22 08:30", "Donnerstag im Acqua? 12 Uhr."),
])
c("genuine", "recruiter_engaged_by_owner", "de", "Headhunterin, mit der sie im Austausch ist: Stelle in Zug", [
    ("headhunter", "2025-09-04 09:00", "Liebe Frau Vogelsang, herzlichen Dank für das gute Gespräch "
     "gestern. Wie besprochen sende ich Ihnen die Stellenbeschreibung Head of Indirect Procurement (Zug, "
     "100 %, Salär CHF 170-190k plus Bonus). Der Kunde wäre offen für 90 %. Nächster Schritt wäre ein "
     "Gespräch mit dem CFO."),
    ("me", "2025-09-05 21:00", "Liebe Frau Frey, danke. Ich lese es in Ruhe. Ehrlich gesagt reizt mich "
     "Indirect weniger als R&D, aber ein Gespräch schadet nicht. Ginge es Ende September?"),
    ("headhunter", "2025-09-08 08:30", "Ich frage an und melde mich. Vertraulichkeit ist selbstverständlich."),
], attachments={0: "https://www.linkedin.com/dms/jd-head-indirect-zug.pdf"})
c("genuine", "applicant_internship", "de", "Studentin bewirbt sich für ein Praktikum im Einkauf", [
    ("praktikum", "2025-11-25 18:40", "Sehr geehrte Frau Vogelsang, ich studiere an der FHNW im 5. Semester "
     "und suche ab Februar ein 6-monatiges Praktikum im Einkauf. Ihr Vortrag am Procure.CH Forum über "
     "CRO-Outsourcing hat mich sehr interessiert. Gibt es bei Rheinwerk eine Möglichkeit? Mein Lebenslauf "
     "ist angehängt. Freundliche Grüsse, Lea Wyss"),
    ("me", "2025-11-26 08:30", "Liebe Frau Wyss, danke für Ihre Nachricht. Wir haben tatsächlich ab März "
     "eine Praktikumsstelle. Bitte bewerben Sie sich über das Karriereportal und schreiben Sie mir, wenn "
     "Sie es gemacht haben, dann schaue ich, dass es bei mir landet."),
], attachments={0: "https://www.linkedin.com/dms/cv-lea-wyss.pdf"})
c("genuine", "thanks_after_talk", "de", "Dank nach ihrem Vortrag am Forum (1 von 3)", [
    ("thx1", "2025-11-06 19:10", "Liebe Frau Vogelsang, herzlichen Dank für Ihren Vortrag heute am "
     "Procure.CH Forum. Die Idee mit den Rate-Card-Benchmarks übernehmen wir. Dürfte ich Ihre Folien "
     "haben?"),
    ("me", "2025-11-07 08:00", "Gerne, Herr Egli, die Folien kommen per Mail."),
])
c("genuine", "thanks_after_talk", "en", "thank-you after her forum talk (2 of 3)", [
    ("thx2", "2025-11-06 21:30", "Dear Katrin, thank you for your talk today at the Procure.CH Forum, "
     "very practical. The rate-card benchmark idea is great. Could you share your slides?"),
])
c("genuine", "thanks_after_talk", "de", "Dank nach ihrem Vortrag am Forum (3 von 3)", [
    ("thx3", "2025-11-07 07:45", "Grüezi Frau Vogelsang, danke für den spannenden Vortrag gestern am "
     "Forum. Die Rate-Card-Benchmarks sind eine super Idee. Wäre es möglich, die Folien zu erhalten? "
     "Besten Dank und Gruss, Urs Zimmermann"),
    ("me", "2025-11-07 09:15", "Grüezi Herr Zimmermann, sehr gern, ich schicke sie Ihnen."),
])
c("genuine", "genuine_in_spam", "en", "existing supplier's delivery delay notice landed in spam", [
    ("spamkam", "2025-07-29 16:50", "Dear Katrin, heads-up from NordSera: lot FBS-2507 for your standing "
     "order has failed our internal endotoxin spec and will not ship. The next qualified lot is ready in "
     "week 34. I can offer 10 bottles from a reserved lot next week so your cell culture group isn't "
     "stuck. Please let me know by Thursday."),
], folder="SPAM")
c("genuine", "owner_started_rfi", "en", "owner approaches a CRO for an RFI", [
    ("me", "2025-06-11 09:00", "Dear Dr Mehta, I'm the category manager for clinical services at "
     "Rheinwerk Pharma. We're looking for a bioanalytical partner for a Phase I PK study (LC-MS/MS, "
     "~2,400 samples). Would Lumos be interested in receiving an RFQ? Please confirm a contact for the "
     "CDA."),
    ("rfi_cro", "2025-06-11 13:20", "Dear Katrin, thank you for reaching out, we'd be very glad to. I've "
     "asked our contracts team to send the CDA today. Our lab in Basel-Stadt has capacity from August."),
    ("me", "2025-06-11 13:40", "Thank you. RFQ follows once the CDA is signed."),
])
c("genuine", "owner_asks_former_colleague", "de", "Inhaberin fragt ehemaligen Kollegen nach Benchmark", [
    ("me", "2025-10-06 20:00", "Hallo Jörg, lange nichts gehört! Kurze Frage unter uns: Wie habt ihr bei "
     "den Laborverbrauchsmaterialien die Preisgleitklausel gestaltet, Harzindex oder fixe Stufen? Ich "
     "stecke gerade in der Verhandlung."),
    ("excolleague", "2025-10-07 07:30", "Hallo Katrin! Schön von dir zu hören. Wir haben einen "
     "Harzindex mit Korridor ±3 %, alles darüber wird geteilt. Ruf mich am Wochenende an, dann erzähle ich "
     "mehr. Grüß mir den Rhein!"),
])
c("genuine", "long_standing_mentor", "de", "langjährige Mentorin, Smalltalk und Karriere", [
    ("mentor", "2025-06-01 10:00", "Liebe Katrin, ich habe deinen Namen im Programm vom Procure.CH Forum "
     "gesehen. Wie schön! Wie geht es dir in Basel, bist du schon im Rhein geschwommen?"),
    ("me", "2025-06-01 18:30", "Liebe Gisela, danke! Ja, letzte Woche zum ersten Mal, mit Wickelfisch und "
     "allem. Es geht mir gut, viel Arbeit. Übrigens hat mich eine Headhunterin angesprochen, darf ich dich "
     "mal um Rat fragen?"),
    ("mentor", "2025-06-01 19:00", "Immer. Ruf mich an, ich bin bis Mitte Juni im Schwarzwald."),
    ("mentor", "2025-12-22 09:00", "Frohe Weihnachten, liebe Katrin, und alles Gute für 2026!"),
])
c("genuine", "event_invite_real_contact", "de", "Organisator des Einkäufer-Stamms lädt ein", [
    ("stamm", "2026-01-26 12:00", "Hoi zäme, nächster Einkäufer-Stamm am 12. März im Safran Zunft, 18.30. "
     "Thema: Zollabwicklung nach dem neuen Abkommen. Katrin, könntest du 10 Minuten zu euren Erfahrungen "
     "mit Proben-Import erzählen?"),
    ("me", "2026-01-26 17:00", "Hoi Roger, gern! Ich bringe Patricia vom Zoll mit, wenn sie kann."),
])
c("genuine", "legal_contract_review", "en", "legal counsel on a CRO MSA liability cap", [
    ("legal", "2025-12-10 15:00", "Katrin, on the Meridian MSA draft: they want liability capped at the "
     "value of the work order. For a Phase II that's not acceptable to us. I'd propose 2x annual fees, "
     "with carve-outs for data protection and IP. Can you take that into the negotiation call tomorrow?"),
    ("me", "2025-12-10 16:10", "Yes, will do. Can you join for the first 15 minutes?"),
    ("legal", "2025-12-10 16:15", "I'll be there."),
])
c("genuine", "qa_supplier_audit", "de", "QA-Kollegin plant Lieferantenaudit", [
    ("qa", "2025-09-23 10:00", "Hallo Katrin, wir müssten Labmaterial Gisler vor dem Zuschlag noch "
     "auditieren (GMP-relevante Artikel). Passt dir die Woche 42? Ich würde Sandra Gisler anfragen."),
    ("me", "2025-09-23 10:45", "Hallo Nadja, Woche 42 passt, aber bitte ohne Hinweis auf die "
     "Ausschreibung, das muss neutral bleiben."),
])
c("genuine", "existing_platform_licence_price", "en", "existing e-sourcing vendor renewal with price change", [
    ("esourcing", "2026-02-02 09:30", "Hi Katrin, your Sourcewell Cloud subscription renews on 1 April. "
     "List price for the 15 buyer licences rises 6%, but as a reference customer we can hold 2025 pricing "
     "for a 2-year renewal. Shall I send the order form?"),
    ("me", "2026-02-02 11:00", "Hi Hannah, 2 years is fine if we can reduce to 12 licences, we're not "
     "using all 15. Please send the form with 12."),
    ("esourcing", "2026-02-02 13:20", "No problem, 12 licences at 2025 pricing, form attached."),
])
c("genuine", "consultant_engaged_change_order", "en", "consultancy they hired proposes a priced change order", [
    ("consult", "2025-07-15 17:00", "Hi Katrin, status on the spend cube: lab supplies mapped to 94%, CRO "
     "spend only 61% because many POs are free text. To get CRO to 90% we'd need 6 extra consultant days "
     "(CHF 13,200). Change order attached for your approval. Happy to discuss tomorrow."),
    ("me", "2025-07-16 08:40", "Hi Pieter, approved for 4 days, let's start with the top 20 suppliers and "
     "see how far we get."),
])
c("genuine", "ehs_dry_ice_issue", "de", "EHS-Kollege meldet Problem mit Trockeneislieferung", [
    ("ehs", "2025-11-27 07:20", "Morge Katrin, Trockeneis ist heute wieder zu spät gekommen (10.40 statt "
     "7.00) und zwei Boxen waren halb leer. Die Probenversände nach UK sind verschoben. Kannst du mit dem "
     "Lieferanten reden?"),
    ("me", "2025-11-27 08:00", "Morge Simon, schon das dritte Mal im November. Ich eskaliere heute und "
     "nehme das in die neue Ausschreibung mit auf."),
])
c("genuine", "conference_speaker_logistics", "en", "conference programme manager confirms her speaker slot", [
    ("confo", "2025-10-15 10:00", "Hi Katrin, just confirming your slot at the Procure.CH Forum: 6 "
     "November, 14:30-15:00, Hall B, in English. Please send slides by 31 October. Your free speaker "
     "ticket is in your inbox."),
    ("me", "2025-10-15 12:00", "Thanks Lisa, all noted. Slides will come by the 30th."),
])
c("genuine", "team_member_handover", "de", "Teammitglied, Ferienübergabe, du", [
    ("team", "2025-07-25 16:30", "Hoi Katrin, bin ab Montag zwei Wochen in den Ferien (Maggiatal 🙂). "
     "Offene POs und die zwei Reklamationen sind in der Übergabeliste. Bei Vitrolab bitte auf den "
     "Gutschriftsantrag achten."),
    ("me", "2025-07-25 17:00", "Danke Fabienne, schöne Ferien! Geniess es, und nicht die Mails "
     "anschauen."),
])
c("genuine", "new_supplier_onboarding", "de", "neu vergebener Lieferant fragt nach Portal-Registrierung", [
    ("newsupp", "2025-10-21 09:00", "Grüezi Frau Vogelsang, vielen Dank für den Zuschlag für die "
     "Stickstoff-Dewar-Befüllung. Wir haben die Einladung für das Lieferantenportal erhalten, aber das "
     "Feld für die UID-Nummer akzeptiert unser Format nicht. Wie sollen wir vorgehen?"),
    ("me", "2025-10-21 10:30", "Grüezi Herr Steiner, bitte ohne 'MWST' am Ende eingeben, nur CHE-xxx.xxx.xxx. "
     "Wenn es dann nicht geht, melde ich es unserem Master-Data-Team."),
    ("newsupp", "2025-10-21 11:00", "Hat funktioniert, merci!"),
])
c("genuine", "scientist_po_approval", "mixed", "Wissenschaftler bittet um PO-Freigabe, halb Englisch", [
    ("scientist", "2026-01-20 11:10", "Hi Katrin, kannst du bitte den PO für die custom primers approven? "
     "Der Supplier ist nicht im Katalog, but we've used them for years and the order is only CHF 1,840. "
     "Deadline ist Freitag, sonst verschiebt sich das Experiment."),
    ("me", "2026-01-20 12:00", "Hi Moritz, approved. Aber bitte lass den Supplier diesmal richtig "
     "onboarden, sonst haben wir das jedes Mal. I'll send you the form."),
    ("scientist", "2026-01-20 12:05", "Deal, danke!"),
])
c("genuine", "colleague_fasnacht_small_talk", "de", "Kollegin, Fasnacht, Smalltalk", [
    ("fasnacht", "2026-02-16 12:30", "Katrin, chunsch am Mäntig an Morgestraich? Mir träffe uns am 3.30 "
     "bim Spalebärg. Nimm warmi Schueh mit!"),
    ("me", "2026-02-16 13:00", "Ich komme! Mein erster Morgestraich, ich bin aufgeregt. 3.30 Uhr, puh."),
    ("fasnacht", "2026-02-16 13:05", "Denn trinke mir nachher e Mehlsuppe. 😄"),
])
c("genuine", "existing_cro_qbr", "en", "existing CRO account director schedules the quarterly review", [
    ("qbr", "2025-09-30 10:00", "Hi Katrin, time for our Q3 business review. Agenda: KPIs (sample "
     "turnaround, query rate), the two deviations in August, and capacity planning for 2026. Would 21 "
     "October in Basel work? We'll bring lunch."),
    ("me", "2025-09-30 14:00", "Hi Rahul, 21 October works, 10:00. Please include the root cause for both "
     "deviations."),
])
c("genuine", "global_category_alignment", "en", "global category lead aligning the preferred CRO list", [
    ("global", "2025-08-26 15:00", "Katrin, we're refreshing the global preferred provider list for "
     "clinical services. Can you send your scorecards for the three Basel CROs by mid-September? Also, "
     "any objection to adding Meridian as preferred for oncology?"),
    ("me", "2025-08-26 17:00", "Kevin, scorecards by the 12th. On Meridian: wait until the Phase II RFP "
     "is awarded, I don't want to pre-judge it."),
    ("global", "2025-08-26 17:15", "Fair point, will hold."),
])
c("genuine", "customs_broker_samples", "de", "Zolldeklarantin zu Proben-Import aus UK", [
    ("zoll", "2025-12-15 09:30", "Grüezi Frau Vogelsang, die Sendung mit den Humanproben aus Cambridge "
     "steht in Basel-Weil. Es fehlt die Bewilligung bzw. die Bestätigung, dass es sich um "
     "Forschungsmaterial ohne Handelswert handelt. Können Sie mir das bis 14 Uhr schicken?"),
    ("me", "2025-12-15 10:00", "Grüezi Frau Stöckli, ich kläre es mit der Studienleitung und schicke es "
     "bis Mittag."),
    ("zoll", "2025-12-15 15:00", "Verzollt, wird heute noch ausgeliefert. Gruss"),
])
c("genuine", "reference_request", "en", "former team member asks her to be a reference", [
    ("reference", "2025-08-04 19:00", "Hi Katrin, hope you're well! I'm in the final round for a "
     "procurement manager role in Zurich. Would you be willing to be a reference? They might call next "
     "week."),
    ("me", "2025-08-04 20:10", "Tobias, of course! Fingers crossed. Give them my mobile."),
    ("reference", "2025-08-15 12:00", "Got it!! Thank you so much."),
])
c("genuine", "internal_project_budget", "mixed", "Projektleiterin Neubau: Budget für Laborgeräte, Deutsch/Englisch gemischt", [
    ("project", "2026-02-24 10:15", "Hoi Katrin, for the Kaiseraugst building we need a first equipment "
     "budget bis Ende März: HPLCs, Kühlschränke, Abzüge, plus relocation costs. Kannst du mir sagen, "
     "welche Rahmenverträge wir nutzen können? The steering committee wants a number, not a range."),
    ("me", "2026-02-24 11:30", "Hoi Sarah, für HPLC und Kühlgeräte haben wir Rahmenverträge, die Abzüge "
     "kommen über den Bau. For relocation I'd ask two companies for a Richtofferte, one of them already "
     "contacted me. Können wir am Donnerstag 30 Minuten machen?"),
    ("project", "2026-02-24 11:40", "Donnerstag 14 Uhr, I'll send an invite."),
])

# ================================================================ WANTED PITCHES (12)
c("wanted_pitch", "marketplace_from_her_talk", "en", "lab marketplace references her forum talk on tail spend", [
    ("w_market", "2025-11-10 10:00", "Dear Katrin, I attended your session at the Procure.CH Forum. You "
     "said that 70% of your lab supplies POs are under CHF 500 and come from over 400 suppliers, and that "
     "scientists bypass the catalogue because it's missing niche items. That's exactly the gap Benchmate "
     "fills: one punch-out with 1,200 specialty lab suppliers, one invoice per month, and your negotiated "
     "framework prices shown first. We integrate with Ariba. Would a 30-minute session with your P2P team "
     "be useful?"),
    ("me", "2025-11-10 15:00", "Hi Elena, that number was from my slide, so you listened :) Yes, let's set "
     "up a session in December."),
])
c("wanted_pitch", "consulting_from_article", "de", "Berater bezieht sich auf ihren Artikel zur Katalog-Compliance", [
    ("w_spend", "2025-09-29 09:00", "Sehr geehrte Frau Vogelsang, Ihr Artikel in der 'Beschaffung Schweiz' "
     "über Katalog-Compliance im Labor hat mir gefallen, besonders der Punkt, dass Freitext-Bestellungen "
     "bei Ihnen 38 % ausmachen, weil die Katalogsuche in Ariba nach Artikelnummern statt nach "
     "Anwendungen funktioniert. Wir haben bei zwei Life-Science-Firmen die Katalogstruktur nach "
     "Anwendungen (z.B. 'qPCR', 'Zellkultur') neu aufgebaut, Freitextquote danach unter 15 %. Darf ich "
     "Ihnen die Fallstudie senden?"),
])
c("wanted_pitch", "cro_from_press_release", "en", "specialist CRO references Rheinwerk's Phase II press release", [
    ("w_cro", "2025-10-20 11:30", "Dear Katrin, congratulations on Rheinwerk's announcement last week that "
     "RW-214 is moving into Phase II in MASH. We're a liver-focused CRO with 40+ MASH trials, including "
     "biopsy reading and central histopathology, and established sites in Germany and Spain. I understand "
     "you may already be in an RFP; if there's still room for a specialist bidder, we'd be glad to "
     "receive it. If not, we'd love to be considered for the imaging/histology piece."),
    ("me", "2025-10-20 16:00", "Dear Dr Hale, thank you. The RFP is already out but we do plan a separate "
     "central histology tender. I'll add you to the list."),
])
c("wanted_pitch", "recruiter_relevant_role", "en", "recruiter with a relevant R&D procurement role", [
    ("w_rec", "2025-12-08 14:00", "Hi Katrin, I'm working on a Head of R&D Procurement role at a 300-person "
     "biotech in Basel (Series D, two assets in Phase III). They need someone who has run CRO sourcing and "
     "lab categories end-to-end, which is exactly your remit at Rheinwerk. It's R&D rather than indirect, "
     "reports to the CFO, 100% (80% possible), hybrid. Would you be open to a confidential conversation?"),
    ("me", "2025-12-09 08:00", "Hi Sabrina, R&D is the right direction for me. Send me a few details by "
     "email please."),
])
c("wanted_pitch", "punchout_from_her_setup", "en", "integrator knows her Ariba/cXML punchout setup", [
    ("w_punch", "2025-08-12 10:30", "Hi Katrin, your supplier portal page says Rheinwerk only accepts "
     "punch-out catalogues via cXML Level 2 in Ariba, and that's why several smaller Swiss lab suppliers "
     "are stuck on static CIF catalogues (we support two of them). We build and host the cXML punch-out "
     "for the supplier, so the cost is on their side, not yours. If you'd like more of your tail suppliers "
     "in punch-out, I'd be happy to talk about which ones."),
])
c("wanted_pitch", "recycling_from_post", "de", "Recycling-Startup bezieht sich auf ihren Post zu Laborplastik", [
    ("w_recycle", "2025-06-24 08:50", "Liebe Frau Vogelsang, Ihr Post über die 14 Tonnen Pipettenspitzen-"
     "Boxen pro Jahr am Standort Basel hat mich nicht losgelassen. Wir holen genau diese Boxen und Racks "
     "(nicht kontaminiert) bei Life-Science-Firmen in der Nordwestschweiz ab und lassen sie zu neuen Racks "
     "verarbeiten, mit CO2-Bilanz pro Quartal für Ihren Nachhaltigkeitsbericht. Zwei Labore in Allschwil "
     "machen bereits mit. Hätten Sie Lust auf ein Pilotprojekt?"),
    ("me", "2025-06-24 12:00", "Sehr gern. Ich verbinde Sie mit unserem EHS-Koordinator."),
])
c("wanted_pitch", "relocation_from_public_register", "de", "Laborumzug-Firma bezieht sich auf Baugesuch im Kantonsblatt", [
    ("w_move", "2026-02-05 10:00", "Grüezi Frau Vogelsang, im Kantonsblatt Aargau ist das Baugesuch für "
     "Ihr neues Laborgebäude in Kaiseraugst publiziert, Bezug laut Unterlagen 2027. Wir haben 2024 den "
     "Umzug von drei Analytiklaboren in der Region gemacht, inkl. Requalifizierung der HPLC-Anlagen und "
     "temperaturgeführtem Transport der Probenbestände. Für die Budgetplanung kann ich Ihnen gern eine "
     "Richtofferte machen, sobald Sie die Geräteliste haben."),
])
c("wanted_pitch", "supplier_via_mutual_contact", "de", "Trockeneislieferant auf Empfehlung von Reto Bühlmann", [
    ("w_dryice", "2025-12-02 09:00", "Grüezi Frau Vogelsang, danke fürs Vernetzen. Reto Bühlmann von Aquilon "
     "hat erzählt, dass Sie beide die Trockeneisversorgung gemeinsam ausschreiben wollen und dass die "
     "Lieferungen bei Ihnen in Muttenz oft zu spät kommen. Wir produzieren in Pratteln, also 10 Minuten "
     "entfernt, und liefern garantiert bis 7 Uhr. Wir würden uns gern an der Ausschreibung beteiligen."),
    ("me", "2025-12-02 14:00", "Grüezi Herr Meier, gern, ich nehme Sie in die Bieterliste auf. "
     "Unterlagen kommen im Januar."),
])
c("wanted_pitch", "distributor_specific_problem", "de", "Distributor nennt ihr Zoll-/EUR-Rechnungsproblem konkret", [
    ("w_chf", "2025-07-01 13:00", "Sehr geehrte Frau Vogelsang, viele Basler Labore bestellen bei deutschen "
     "Distributoren und bekommen Ware mit EUR-Rechnung über Weil am Rhein, mit Zollverzögerungen von 2-3 "
     "Tagen und separater Einfuhrmehrwertsteuer. Das haben Sie im Panel bei der Handelskammer auch "
     "erwähnt. Wir liefern ab Lager Pratteln verzollt, in CHF, mit Ariba-Katalog. Falls in Ihrer "
     "Ausschreibung Laborverbrauchsmaterial noch Platz ist, würden wir gerne offerieren."),
])
c("wanted_pitch", "interim_from_job_ad", "en", "interim contract manager references her long-open job ad", [
    ("w_interim", "2025-10-01 18:00", "Dear Katrin, I noticed your Senior Buyer Clinical Outsourcing "
     "position has been open since June. While you search, I could bridge the gap as an interim: I've "
     "negotiated CRO MSAs and work orders for 12 years (two Basel pharma companies, one US biotech), "
     "available from November at 80%, on site in Basel 3 days a week. Happy to send references."),
    ("me", "2025-10-02 07:50", "Dear Ruth, the timing is interesting, the Phase II contract comes just "
     "when we're short. Could we talk on Friday?"),
])
c("wanted_pitch", "esg_from_her_website", "en", "supplier ESG tool references Rheinwerk's supplier code", [
    ("w_esg", "2025-09-09 11:00", "Hi Katrin, I read Rheinwerk's new Supplier Code of Conduct on your "
     "website; it requires CO2 data from all suppliers above CHF 250k from 2026. For lab and CRO suppliers "
     "that's usually 60-80 companies, many too small to report properly. We collect and verify that data "
     "for you with a lightweight questionnaire (no supplier fee). Would a short walkthrough be helpful?"),
])
c("wanted_pitch", "benchmark_from_comment", "en", "benchmark provider answers her public question about CRO rates", [
    ("w_bench", "2026-01-14 09:20", "Hi Katrin, you asked in a comment under Reto Bühlmann's post whether "
     "anyone had a recent benchmark for CRO FTE rates for clinical monitoring in Switzerland vs Germany. "
     "We publish exactly that quarterly (Q4 2025: CRA FTE, CH median CHF 238k, DE EUR 176k). I'm happy to "
     "send you the summary for free; the full dataset is a subscription."),
    ("me", "2026-01-14 10:00", "Hi Samuel, please send the summary, thanks."),
])

# ================================================================ JUNK (38)
c("junk", "generic_lab_marketplace", "en", "generic lab supplies marketplace, counterpart of Benchmate", [
    ("j_market", "2025-11-12 08:00", "Hi Katrin, looking to save on lab supplies? LabDeals Online offers "
     "100,000+ products at up to 60% off list price. Free shipping on orders over $500. Check out our "
     "catalog!"),
])
c("junk", "generic_cost_reduction", "de", "generische Kostensenkungsberatung", [
    ("j_cost", "2025-06-30 09:00", "Sehr geehrte Frau Vogelsang, wir garantieren Ihnen 15 % Einsparung auf "
     "Ihre gesamten Einkaufskosten, erfolgsbasiert. Über 300 zufriedene Kunden. Wann dürfen wir uns "
     "vorstellen?"),
])
c("junk", "generic_offshore_cro", "en", "generic offshore CRO, counterpart of the specialist CRO", [
    ("j_cro", "2025-10-22 05:40", "Dear Sir/Madam, GlobalTrials is a full-service CRO offering Phase I-IV "
     "services in all therapeutic areas at 40% lower cost than western CROs. We have 500+ experienced "
     "professionals. Kindly let us know your requirement."),
])
c("junk", "recruiter_irrelevant_role", "de", "Personalberaterin mit unpassender Stelle", [
    ("j_rec", "2025-12-10 10:00", "Hallo Katrin, Ihr Profil passt perfekt zu einer spannenden Position: "
     "Verkaufsleiter/in Aussendienst Baumaschinen, Region Ostschweiz. Attraktives Fixum plus Provision, "
     "Firmenwagen. Interesse?"),
])
c("junk", "generic_eprocurement", "en", "generic e-procurement platform pitch", [
    ("j_eproc", "2025-08-14 15:00", "Hi Katrin, still managing procurement in spreadsheets? ProcureFlow "
     "digitizes your entire source-to-pay process in weeks. Teams like yours cut cycle times by 50%. Can "
     "I grab 15 minutes on your calendar?"),
])
c("junk", "generic_esg_platform", "en", "generic ESG platform, counterpart of SupplyTrace", [
    ("j_esg", "2025-09-11 10:00", "Hello Katrin, sustainability is no longer optional! GreenScore helps "
     "companies measure, report and improve their ESG performance. Book a demo today and receive a free "
     "ESG maturity assessment."),
])
c("junk", "offers_what_she_does", "de", "Procurement-Outsourcing bietet ihr ihren eigenen Job an", [
    ("j_paas", "2025-07-21 10:30", "Guten Tag Frau Vogelsang, ist Ihr Einkauf überlastet? Wir übernehmen "
     "Ihre komplette Beschaffung: Lieferantensuche, Ausschreibung, Verhandlung und Bestellabwicklung. Sie "
     "sparen Personalkosten und erhalten bessere Preise. Ein kurzes Gespräch?"),
])
c("junk", "capacity_for_new_clients", "en", "agency asks if she has capacity for new clients", [
    ("j_cap", "2025-08-27 08:00", "Hey Katrin, quick one: are you currently taking on new clients? We "
     "help consultants and agencies add $20k+/month in new revenue with our outbound system. Worth a "
     "chat?"),
])
c("junk", "like_minded_entrepreneurs", "de", "Vernetzung als gleichgesinnte Unternehmer", [
    ("j_like", "2025-07-02 12:00", "Hallo Katrin, ich vernetze mich gerne mit inspirierenden "
     "Persönlichkeiten und gleichgesinnten Unternehmern. Lass uns gemeinsam wachsen und voneinander "
     "lernen! 🚀"),
])
c("junk", "quick_15_min_call", "en", "quick 15-minute call for AI spend analytics", [
    ("j_call", "2025-11-03 14:00", "Hi Katrin, I'd love to show you how Spendwise AI is helping procurement "
     "leaders uncover hidden savings. Do you have 15 minutes on Thursday for a quick call?"),
])
c("junk", "off_topic_dubai_property", "de", "Immobilieninvestment Dubai", [
    ("j_dubai", "2025-09-18 22:00", "Hallo Katrin, haben Sie schon an Immobilien in Dubai gedacht? 8-10 % "
     "Mietrendite, steuerfrei, ab 250.000 CHF. Ich schicke Ihnen gern unsere aktuellen Projekte."),
])
c("junk", "off_topic_yacht", "en", "yacht charter", [
    ("j_yacht", "2025-05-28 11:00", "Dear Katrin, summer is around the corner! Discover exclusive yacht "
     "charters in the Mediterranean with AzureSea. Corporate packages available for team retreats. "
     "Shall I send our brochure?"),
])
c("junk", "connect_then_pitch", "de", "Vernetzen, Smalltalk, dann Säule-3a-Pitch", [
    ("j_3a", "2025-08-13 09:00", "Grüezi Katrin, danke fürs Annehmen! Schön, jemanden aus dem Pharmabereich "
     "in Basel kennenzulernen."),
    ("j_3a", "2025-08-15 10:00", "Darf ich fragen, ob Sie Ihre Säule 3a schon optimiert haben? Als "
     "Grenzgängerin bzw. Zugezogene gibt es oft steuerliche Vorteile, die niemand nutzt. Ich biete Ihnen "
     "gern eine kostenlose Vorsorgeanalyse an."),
])
c("junk", "connect_then_pitch_after_reply", "en", "connect-then-pitch after she answered small talk", [
    ("j_ctp_en", "2025-10-15 08:00", "Thanks for connecting Katrin! Were you at the Procure.CH Forum this "
     "year?"),
    ("me", "2025-10-15 12:30", "Hi Greg, I'll be speaking there in November actually."),
    ("j_ctp_en", "2025-10-16 07:50", "Fantastic! Speaking of which, our Negotiation Edge masterclass "
     "trains procurement teams to close 12% better deals. In-house 2-day workshop from CHF 18,000. Could "
     "I send the syllabus?"),
])
c("junk", "connect_then_pitch_third", "de", "Vernetzen, Teamevent-Pitch in Nachricht 3", [
    ("j_ctp_de", "2026-01-20 09:00", "Hoi Katrin, merci fürs Vernetzen! 😊"),
    ("j_ctp_de", "2026-01-22 09:00", "Wie war dein Start ins neue Jahr?"),
    ("j_ctp_de", "2026-01-26 09:00", "Übrigens: plant ihr schon euer Teamevent? Bei uns gibt es Fondue, "
     "Zauberei und Escape Room auf dem Berg, ab CHF 145 pro Person. Ich schicke dir gern eine Offerte!"),
])
c("junk", "follow_up_bumps", "en", "supplier-risk tool bumps with no reply", [
    ("j_bump", "2025-06-02 09:00", "Hi Katrin, SupplierIQ gives procurement teams real-time supplier risk "
     "alerts. Open to a demo?"),
    ("j_bump", "2025-06-09 09:00", "Hi Katrin, just floating this back to the top of your inbox."),
    ("j_bump", "2025-06-16 09:00", "Did you get a chance to look at my previous note?"),
    ("j_bump", "2025-06-30 09:00", "Last one from me, should I reach out to someone else on your team?"),
])
c("junk", "follow_up_bumps", "de", "Vertragsmanagement-Software mit Nachfass-Bumps", [
    ("j_bump2", "2025-09-01 10:00", "Hallo Frau Vogelsang, verlieren Sie auch manchmal den Überblick über "
     "Vertragsfristen? Vertragsmanager24 erinnert automatisch."),
    ("j_bump2", "2025-09-08 10:00", "Hallo Frau Vogelsang, kurze Erinnerung an meine Nachricht."),
    ("j_bump2", "2025-09-22 10:00", "Ich möchte nicht nerven, aber: Interesse?"),
])
c("junk", "template_savings", "en", "shared template 1/5: savings without headcount", [
    ("j_t1", "2026-02-09 09:00", "Hi Katrin, I came across your profile and was impressed by your work "
     "leading procurement at Rheinwerk Pharma. We help procurement teams in life sciences unlock 8-12% "
     "savings in 90 days without adding headcount. Would you be open to a brief conversation?"),
])
c("junk", "template_savings", "en", "shared template 2/5", [
    ("j_t2", "2026-02-10 15:00", "Hi Katrin, came across your profile and really impressed by your work "
     "leading procurement at Rheinwerk. We help pharma procurement teams unlock 8-12% savings in just 90 "
     "days, no extra headcount. Open to a brief chat?"),
])
c("junk", "template_savings", "de", "gleiche Vorlage 3/5, auf Deutsch", [
    ("j_t3", "2026-02-11 08:30", "Hallo Frau Vogelsang, ich bin auf Ihr Profil gestossen und war "
     "beeindruckt von Ihrer Arbeit im Einkauf bei Rheinwerk Pharma. Wir helfen Einkaufsteams in den Life "
     "Sciences, innerhalb von 90 Tagen 8-12 % Einsparungen zu realisieren, ohne zusätzliches Personal. "
     "Wären Sie offen für ein kurzes Gespräch?"),
])
c("junk", "template_savings", "en", "shared template 4/5", [
    ("j_t4", "2026-02-13 11:10", "Katrin, I came across your profile and was impressed by what you're doing "
     "in procurement at Rheinwerk Pharma AG. We help life-science buyers unlock 8 to 12% savings within 90 "
     "days, without adding headcount. Would a brief conversation make sense?"),
])
c("junk", "template_savings", "en", "shared template 5/5", [
    ("j_t5", "2026-02-17 10:00", "Hi Katrin! Came across your profile and I'm impressed by your procurement "
     "leadership at Rheinwerk. We help life sciences companies capture 8-12% savings in 90 days with zero "
     "added headcount. Open to a quick conversation?"),
])
c("junk", "merge_tag_failure", "en", "merge tag {first_name} left unfilled", [
    ("j_m1", "2025-06-17 07:00", "Hi {first_name}, I noticed {company_name} is growing fast. DataDeck helps "
     "teams like yours build dashboards in minutes. Worth a look?"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} und [Firma] stehen geblieben", [
    ("j_m2", "2025-08-05 10:30", "Hallo {{Vorname}}, plant [Firma] dieses Jahr einen Messeauftritt? Wir "
     "bauen Messestände schlüsselfertig, von 9 m² bis 200 m². Gerne unterbreiten wir Ihnen ein Angebot."),
])
c("junk", "merge_tag_wrong_name", "en", "wrong first name in the greeting", [
    ("j_m3", "2025-10-09 13:45", "Hi Kathleen, your background in marketing caught my eye! We're hiring a "
     "Head of Brand for a fintech in London. Interested?"),
])
c("junk", "merge_tag_wrong_company", "en", "wrong company in the fill", [
    ("j_m4", "2025-11-19 11:00", "Dear Katrin, congratulations on the new lab opening at Helvetia Chemicals "
     "in Geneva! We supply lab furniture and fume hoods at factory prices. May I send our catalogue?"),
])
c("junk", "sponsored_inmail", "de", "Sponsored InMail: Privatbank", [
    ("j_sp1", "2025-06-16 12:00", "<p>Grüezi Katrin,</p><p>Ihr Vermögen verdient eine persönliche "
     "Beratung. Lernen Sie Alpenbank Private kennen.</p>"),
], title="Sponsored Conversation", subject="Vermögensberatung für Fachkräfte")
c("junk", "sponsored_inmail", "en", "Sponsored InMail: ERP software", [
    ("j_sp2", "2025-09-22 12:00", "<p>Hi Katrin,</p><p>Close your books 3x faster with CloudLedger. "
     "See the 2-minute demo.</p>"),
], title="Sponsored Conversation", subject="Finance, automated")
c("junk", "sponsored_inmail", "en", "Sponsored InMail: executive education", [
    ("j_sp3", "2026-01-08 12:00", "<p>Hi Katrin,</p><p>Lead with strategy. Our Advanced Management "
     "Programme starts in April. Apply now.</p>"),
], title="Sponsored Conversation", subject="Your leadership journey")
c("junk", "paid_award", "en", "award that requires an entry fee", [
    ("j_award", "2025-07-14 09:00", "Dear Katrin, you've been nominated for Procurement Leader of the Year "
     "(DACH) at the Global Procurement Excellence Awards 2025! To proceed to the judging stage, please "
     "submit your entry with the €690 evaluation fee by 31 July."),
])
c("junk", "paid_feature", "de", "Porträt im Magazin gegen Bezahlung", [
    ("j_mag", "2025-10-13 11:30", "Liebe Frau Vogelsang, für unsere Ausgabe 'Frauen im Einkauf' würden wir "
     "Sie gerne porträtieren. Das Paket mit Interview, Fotoshooting und Online-Veröffentlichung kostet CHF "
     "2'900. Es sind nur noch wenige Plätze frei."),
])
c("junk", "paid_podcast_slot", "en", "podcast guest slot with a fee", [
    ("j_pod", "2025-12-01 16:00", "Hi Katrin! We'd love to feature you on Procurement Unplugged (50k "
     "monthly listeners). There's a small sponsorship contribution of $450 to cover production. Shall I "
     "send the booking link?"),
])
c("junk", "fluent_generic_names_company", "en", "fluent pitch naming Rheinwerk, fits any company", [
    ("j_fluent", "2025-11-24 10:10", "Hi Katrin, at Rheinwerk Pharma you're clearly committed to "
     "operational excellence and data-driven decisions. That's why I believe Vectra Analytics could be a "
     "strong fit: our platform unifies data from every corner of your business and surfaces actionable "
     "insights in real time. Leaders like you see a 30% improvement in decision speed within the first "
     "quarter. Would you be open to exploring what this could look like for your team?"),
])
c("junk", "paid_speaker_slot", "en", "speaking slot that requires sponsorship", [
    ("j_summit", "2026-01-27 09:40", "Hi Katrin, we'd love to have you as a speaker at the Pharma "
     "Procurement Leaders Summit in Amsterdam this May. Speaking slots are part of our Thought Leader "
     "package (€4,950), which includes a 20-minute session and two delegate passes."),
])
c("junk", "generic_office_supplies", "de", "Büromaterial generisch", [
    ("j_office", "2025-05-19 10:00", "Grüezi Frau Vogelsang, sparen Sie bei Büromaterial! BüroPlus "
     "Schweiz liefert über 20'000 Artikel am nächsten Tag. Jetzt 15 % Neukundenrabatt."),
])
c("junk", "generic_translation", "de", "Übersetzungsbüro generisch", [
    ("j_transl", "2025-07-07 09:00", "Sehr geehrte Damen und Herren, benötigen Sie Übersetzungen? Wir "
     "übersetzen in über 50 Sprachen, schnell und zuverlässig. Fordern Sie jetzt ein kostenloses Angebot "
     "an."),
])
c("junk", "generic_promo_gifts", "de", "Werbeartikel mit Logo", [
    ("j_giveaway", "2025-10-30 10:00", "Grüezi Frau Vogelsang, Weihnachten naht! Bedruckte Tassen, "
     "Powerbanks und Schoggi mit Ihrem Logo, ab 100 Stück. Bestellen Sie bis 15. November für Lieferung "
     "vor Weihnachten."),
])
c("junk", "generic_ai_training", "de", "generisches KI-Webinar für Teams", [
    ("j_kischulung", "2026-03-02 08:30", "Hallo Katrin, ist Ihr Team fit für KI? In unserem "
     "zweitägigen Praxisseminar lernen Mitarbeitende aller Abteilungen ChatGPT & Co. produktiv einzusetzen. "
     "Inhouse oder online, ab CHF 1'490 pro Person. Darf ich Ihnen die Termine schicken?"),
    ("j_kischulung", "2026-03-09 08:30", "Hallo Katrin, ich wollte kurz nachhaken, ob meine Nachricht "
     "angekommen ist. Die Frühbucherpreise gelten noch bis Freitag."),
])

ex.write(
    OUT,
    {"First Name": "Katrin", "Last Name": "Vogelsang", "Headline": "Category Manager Lab Supplies & "
     "Clinical Services (CRO) at Rheinwerk Pharma | Strategic Sourcing | Life Sciences",
     "Summary": "Ich verantworte bei Rheinwerk Pharma die Kategorien Laborverbrauchsmaterial, Laborgeräte-"
     "Service und klinische Dienstleistungen (CROs, Bioanalytik). Vorher 9 Jahre Einkauf in der Chemie. "
     "Sourcing, contract negotiation, supplier performance.",
     "Industry": "Pharmaceutical Manufacturing", "Geo Location": "Basel, Basel-Stadt, Switzerland",
     "Websites": ""},
    [{"Company Name": "Rheinwerk Pharma AG", "Title": "Category Manager Lab Supplies & Clinical Services",
      "Description": "Global category ownership for lab consumables, equipment services and CROs.",
      "Location": "Basel, Switzerland", "Started On": "Apr 2019", "Finished On": ""},
     {"Company Name": "Kurpfalz Chemie AG", "Title": "Senior Buyer Laborbedarf", "Description": "",
      "Location": "Ludwigshafen, Germany", "Started On": "Jul 2010", "Finished On": "Mar 2019"}],
    ["Strategic Sourcing", "Category Management", "Contract Negotiation", "SAP Ariba", "Clinical Outsourcing",
     "Supplier Relationship Management"],
)

if __name__ == "__main__":
    print(ex.summary())

"""dev42 persona: CFO of a Series-B biotech in Heidelberg (German and English).

Written blind to the detector, by hand. Running this script regenerates the folder
../mixed-biotech-cfo-series-b-heidelberg byte-identically.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-biotech-cfo-series-b-heidelberg"
OWNER = Person("me", "Johanna Brenner", "https://www.linkedin.com/in/johanna-brenner-cfo-a41f7e",
               "Kavera Therapeutics GmbH", "Chief Financial Officer")
ex = Export(SLUG, "2026", OWNER)
P = ex.person
G, W, J = "genuine", "wanted_pitch", "junk"

# ---------------------------------------------------------------- people: investors, board, advisors
P("leadvc", "Pieter van Dalen", "Northgate Life Sciences", "Partner", connected="2022-11-03")
P("vc2", "Dr. Annette Kühne", "Rhein-Main Bio Invest", "Investment Director", connected="2021-04-19")
P("auditor", "Markus Stadler", "Stadler Hoffmann Wirtschaftsprüfer", "Partner", connected="2019-06-11")
P("bank", "Christian Weidner", "Kurpfalz Bank", "Firmenkundenbetreuer Life Sciences", connected="2020-10-05")
P("chair", "Dr. Eleanor Whitcombe", "Kavera Therapeutics GmbH", "Chair of the Board", connected="2023-02-01")
P("grant", "Dr. Sebastian Roth", "Innovationsförderung Baden-Württemberg", "Projektbetreuer", connected="2022-06-22")
P("erp", "Rachel Evans", "Ledgerline ERP", "Customer Success Manager DACH", connected="2023-09-14")
P("treasury", "Jonas Falk", "Cashtrail", "Account Executive", connected="2024-03-04")
P("ib", "Alexander Moreau", "Halden & Co", "Managing Director, Healthcare", connected="2021-09-30")
P("headh", "Sandra Ehrlich", "Ehrlich Executive Search", "Partnerin", connected="2024-01-17")
P("applicant1", "Tobias Lenz", "", "Senior Accountant (HGB/IFRS)",
  invite=("IN", "2025-09-22 19:40", "Guten Abend Frau Brenner, ich habe mich gerade auf die Stelle als Senior Accountant beworben."),
  connected="2025-09-23")
P("applicant2", "Priyanka Desai", "", "FP&A Analyst",
  invite=("IN", "2025-05-06 08:15", ""), connected="2025-05-06")
P("peercfo", "Dr. Felix Hartmann", "Neckarlys Bio AG", "CFO", connected="2018-03-12")
P("pharmabd", "Kenji Morimoto", "Sakura Pharmaceutical Co.", "Director, Business Development Europe",
  invite=("IN", "2025-11-10 02:30", "Dear Ms Brenner, I would like to discuss KV-201 with you."),
  connected="2025-11-10")
P("familyoffice", "Konstantin von Arnim", "Arnim Family Office", "Investment Manager",
  invite=("IN", "2025-10-01 09:00", ""), connected="2025-10-01")
P("journo", "Lea Schubert", "Rhein-Neckar Wirtschaft", "Redakteurin", connected="2023-05-30")
P("network", "Dr. Michael Baumann", "BioNeckar e.V.", "Geschäftsführer", connected="2019-01-28")
P("congrats1", "Sarah O'Neill", "Cobalt Ventures", "Principal", connected="2022-05-14")
P("congrats2", "Dr. Daniel Krüger", "Kurpfalz Bank", "Bereichsleiter", connected="2020-10-06")
P("congrats3", "Olivia Grant", "Whitmore Legal", "Counsel", connected="2021-07-07")
P("lawyer", "Dr. Henrik Sommer", "Sommer Brandt Rechtsanwälte", "Partner, Corporate/VC", connected="2020-02-20")
P("excolleague", "Nina Albrecht", "Saatwerk AG", "Head of Finance", connected="2014-09-01")
P("taxadv", "Ulrike Haas", "Haas & Partner Steuerberatung", "Steuerberaterin", connected="2019-03-03")
P("ceo", "Dr. Amir Farouk", "Kavera Therapeutics GmbH", "CEO & Co-founder", connected="2022-10-10")
P("controller", "Jana Winter", "Kavera Therapeutics GmbH", "Controllerin", connected="2023-04-01")
P("dnobroker", "Ralf Meister", "Meister Industrieversicherungsmakler", "Geschäftsführer", connected="2021-12-01")
P("tto", "Dr. Katharina Ost", "Universität Heidelberg – Technologietransfer", "Lizenzmanagerin", connected="2022-01-15")
P("cro", "Tom Whelan", "Meridian Clinical Research", "Project Finance Lead", connected="2024-08-20")
P("friend", "Sophie Lang", "", "Kinderärztin", connected="2015-06-06")
P("mentor", "Richard Hollis", "", "Former CFO, non-executive director", connected="2016-11-11")
P("boardm", "Dr. Ralf Hinz", "Kavera Therapeutics GmbH", "Board Member, Audit Committee Chair", connected="2023-02-02")
P("werkstudent", "Mia Hoffmann", "", "Studentin BWL, Universität Mannheim",
  invite=("IN", "2026-01-12 17:00", ""), connected="2026-01-12")
P("eic", "Laura Bianchi", "European Innovation Agency (project office)", "Project Officer", connected="2024-02-10")

# ---------------------------------------------------------------- people: wanted pitchers
P("w_fx", "Daniel Osei", "Hedgewise", "Head of Corporate Sales",
  invite=("IN", "2025-06-04 08:40", "Your post on USD exposure in CRO contracts was spot on."),
  connected="2025-06-04")
P("w_fzul", "Dr. Carolin Weber", "Forschungszulage Partner", "Gründerin")
P("w_trialins", "Martin Engel", "Engel Clinical Insurance", "Spezialmakler klinische Prüfungen")
P("w_vat", "Emma Clarke", "VATback", "Senior Consultant")
P("w_ir", "Verena Graf", "", "Investor-Relations-Beraterin (freiberuflich)")
P("w_captable", "Philipp Neumann", "Captastic", "Customer Lead DACH")
P("w_consol", "Oliver Stein", "Closeflow", "Solutions Engineer")
P("w_recruit", "Anja Richter", "LifeSci Finance Talent", "Senior Consultant")
P("w_ib", "Charlotte Dufresne", "Arcadia Healthcare Partners", "Vice President")
P("w_timesheet", "Kerstin Mahler", "Projektzeit Cloud", "Vertrieb Forschungseinrichtungen")
P("w_translate", "Hannah Whitfield", "", "Freelance financial translator DE>EN")
P("w_usd", "Marc Delacroix", "Atlantic Commerce Bank", "Director, Life Sciences Banking Europe")

# ---------------------------------------------------------------- people: junk senders
P("t1", "Ethan Brooks", "Spendly", "Account Executive",
  invite=("IN", "2025-03-17 10:00", ""), connected="2025-03-17")
P("t2", "Megan Cole", "Spendly", "Senior AE")
P("t3", "Lukas Franke", "Ausgabenpilot", "Vertrieb")
P("t4", "Aaron Patel", "ProcureNow", "Business Development")
P("t5", "Grace Kim", "Billbridge", "Sales Executive")
P("mt1", "Jordan Miles", "FinStack", "SDR")
P("mt2", "Timo Berger", "Rechnungsfix", "Vertrieb")
P("mt3", "Hannah Price", "BoardPortal Pro", "Enterprise Sales")
P("mt4", "Kevin Schütz", "DataRoom24", "Sales Manager")
P("spons1", "CFO Summit Europe", "", "", url="https://www.linkedin.com/company/cfo-summit-europe")
P("spons2", "Globex Business Bank", "", "", url="https://www.linkedin.com/company/globex-business-bank")
P("spons3", "Auditly Software", "", "", url="https://www.linkedin.com/company/auditly-software")
P("award", "James Whitaker", "European Finance Leaders Awards", "Awards Manager")
P("podcast", "Nora Fischer", "Der CFO-Talk Podcast", "Host")
P("feature", "Steven Clarke", "BioPharma Insight Magazine", "Partnerships Director")
P("antibody", "Dr. Wei Zhang", "Apex Antibody Discovery", "BD Manager")
P("capacity", "Sandra Möller", "Möller Buchhaltungsservice", "Inhaberin")
P("likeminded", "Brandon Hayes", "Hayes Capital Network", "Founder | Angel | Speaker")
P("fifteen", "Julia Reimann", "Insightful BI", "Account Executive")
P("ctp1", "Maximilian Vogt", "Vogt Wealth", "Vermögensberater",
  invite=("IN", "2025-07-14 18:30", ""), connected="2025-07-14")
P("ctp2", "Chloe Martin", "LeanLab Consulting", "Managing Consultant",
  invite=("IN", "2025-09-01 09:10", "Hi Johanna, fellow Heidelberg fan here!"), connected="2025-09-01")
P("ctp3", "Florian Brandt", "Kaffeekultur Büro", "Gebietsleiter",
  invite=("IN", "2026-02-02 07:45", ""), connected="2026-02-02")
P("bump1", "Ryan O'Connor", "DebtBridge Capital", "Director")
P("bump2", "Melanie Schuster", "Zeiterfassung Plus", "Vertrieb")
P("crypto", "Victor Hale", "", "Digital Asset Strategist")
P("dubai", "Omar Nasser", "Gulf Prime Properties", "Senior Investment Advisor")
P("fluent", "Dr. Benedikt Kramer", "Kramer Transformation Partners", "Managing Partner")
P("j_fx", "Tanja Lorenz", "FX Direkt", "Kundenbetreuerin")
P("j_fzul", "Marcel Hinze", "Förderprofis", "Fördermittelberater")
P("j_vat", "Paul Hughes", "TaxRecover Global", "Business Development")
P("j_captable", "Lisa Brandner", "EquityHub", "Sales")
P("j_recruit", "Dennis Krause", "TopFinance Personal", "Personalberater")
P("j_ib", "Benjamin Roy", "Summit M&A Advisory", "Analyst")
P("j_erp", "Sven Maurer", "ERP Wechsel Jetzt", "Berater")
P("lab", "Katrin Seidel", "LabSupply Direct", "Vertrieb")
P("yacht", "Luca Romano", "Riviera Yacht Charter", "Corporate Events")
P("coach", "Bettina Roos", "Roos Leadership", "Executive Coach für weibliche Führungskräfte")
P("wine", "Henry Ashford", "Vintage Asset Partners", "Client Director")

# ================================================================ genuine (35)
ex.conv(G, "investor_board_prep", "en", "lead investor asks for Q3 numbers before the board", [
    ("leadvc", "2025-10-13 08:05", "Morning Johanna, could you send the Q3 cash and burn numbers before Thursday's board? Want to get ahead of the runway question, some LPs are asking."),
    ("me", "2025-10-13 08:40", "Morning Pieter, sure. Board pack goes out tomorrow at noon, I'll send you the cash slide today. Runway is 26 months on the current plan, 22 if we pull in the second Phase I site."),
    ("leadvc", "2025-10-13 08:42", "Perfect, thanks."),
    ("me", "2025-10-13 14:10", "Here you go."),
], attachments={3: "https://www.linkedin.com/dms/kavera-q3-cash.pdf"})
ex.conv(G, "investor_next_round", "de", "Bestandsinvestorin zum Timing der Series C", [
    ("vc2", "2025-12-03 17:20", "Liebe Johanna, wir machen im Januar unsere Reserveplanung für 2026. Rechnet ihr mit der Series C eher Q3 oder Q4? Und wie hoch wäre unser Pro-rata ungefähr?"),
    ("me", "2025-12-03 18:45", "Liebe Annette, Stand heute Q4, nach den Phase-I-Daten im Sommer. Bei einer Runde von 90–110 Mio. wäre euer Pro-rata grob 8–10 Mio. Ich schick dir Anfang Januar das aktualisierte Modell."),
    ("vc2", "2025-12-03 18:50", "Super, danke dir. Schöne Adventszeit!"),
])
ex.conv(G, "auditor_fee_change", "de", "Abschlussprüfer: Zeitplan und höheres Honorar", [
    ("auditor", "2025-09-15 10:30", "Sehr geehrte Frau Brenner, liebe Johanna, anbei vorab die Eckpunkte für die Prüfung des Jahresabschlusses 2025: Vorprüfung KW 47, Hauptprüfung ab 19.1. Wegen der erstmaligen Prüfung der Wandeldarlehen und des zusätzlichen IFRS-Reporting-Packages für Northgate müssen wir das Honorar auf 68.000 Euro netto anpassen (Vorjahr 54.000). Gern erläutere ich das in einem kurzen Call."),
    ("me", "2025-09-15 12:10", "Hallo Markus, danke für die Vorabinfo. Das IFRS-Package verstehe ich, bei den Wandeldarlehen hätte ich weniger Aufwand erwartet. Können wir Donnerstag 15 Uhr telefonieren?"),
    ("auditor", "2025-09-15 12:30", "Donnerstag 15 Uhr passt. Bis dann."),
])
ex.conv(G, "bank_venture_debt", "de", "Hausbank schickt indikatives Angebot für Venture Debt", [
    ("bank", "2025-06-18 09:00", "Liebe Frau Brenner, wie besprochen habe ich intern die Venture-Debt-Linie vorbesprochen: 10 Mio., 36 Monate, 12 Monate tilgungsfrei, Zins 3M-Euribor plus 6,5 %, Warrant-Coverage 5 %. Das indikative Term Sheet kommt heute per Mail. Wir müssten noch über den Cash-Covenant sprechen."),
    ("me", "2025-06-18 10:20", "Lieber Herr Weidner, danke, das ging schnell. Beim Covenant brauchen wir mindestens 6 Monate Runway-Puffer, nicht 9. Ich schau mir das Term Sheet an und melde mich bis Freitag."),
])
ex.conv(G, "board_chair", "en", "board chair on agenda and CEO succession topic", [
    ("chair", "2026-01-20 21:15", "Johanna, for the February board I'd like 30 minutes on the Series C process and a closed session at the end (board only). Could you also include a one-page sensitivity on the Japan licensing scenario? Thanks - E."),
    ("me", "2026-01-21 07:50", "Will do, Eleanor. I'll draft the agenda and send it to you before it goes to Amir."),
    ("me", "2026-01-21 07:51", "Also - should the Sakura numbers be in the main pack or a separate confidential annex?"),
    ("chair", "2026-01-21 08:30", "Separate annex please."),
])
ex.conv(G, "grant_agency", "de", "Förderbank: Mittelabruf und Verwendungsnachweis", [
    ("grant", "2025-04-07 11:00", "Sehr geehrte Frau Brenner, für den zweiten Mittelabruf im Projekt KV-Immunprofil fehlt uns noch der Zwischennachweis für 2024 mit den Personalstunden. Können Sie den bis 30.4. einreichen? Ansonsten verschiebt sich die Auszahlung auf Juli."),
    ("me", "2025-04-07 13:20", "Sehr geehrter Herr Dr. Roth, danke für den Hinweis. Der Nachweis ist fast fertig, Sie haben ihn bis 25.4. Mit freundlichen Grüßen, Johanna Brenner"),
])
ex.conv(G, "vendor_price_change", "en", "existing ERP vendor announces price increase at renewal", [
    ("erp", "2025-08-26 14:00", "Hi Johanna, quick heads-up before the official notice: with the new pricing model, your subscription moves from per-user to per-entity plus users from January. For Kavera (1 entity, 14 users) that's about 7% more per year. If you renew for 3 years before 31 Oct, we can keep the current price for year one. Happy to walk you through it."),
    ("me", "2025-08-27 09:10", "Hi Rachel, thanks for the heads-up. We may add a US entity next year - can you price that scenario too? Then I'll decide on the term."),
    ("erp", "2025-08-27 09:45", "Good point, I'll send both scenarios by Friday."),
])
ex.conv(G, "vendor_quote", "en", "treasury vendor sends quote after owner's demo request", [
    ("me", "2025-02-11 16:00", "Hi Jonas, thanks for the demo last week. Could you send a quote for 2 bank connections (Kurpfalz Bank plus one US bank later) and the cash forecasting module? 12 month term."),
    ("treasury", "2025-02-12 09:20", "Hi Johanna, of course. For 2 connections + forecasting: 1,150 EUR/month, onboarding one-off 3,500. Adding a US bank later is 150/month. Quote in your inbox."),
    ("me", "2025-02-12 10:00", "Thanks, I'll review with our CEO."),
])
ex.conv(G, "investment_banker_engaged", "en", "investment banker engaged for Series C preparation", [
    ("ib", "2025-11-24 19:30", "Johanna, thanks for the mandate confirmation. First draft of the investor list (62 names, tiered) is in the data room. I'd suggest we keep crossovers to 10 max until the Phase I readout. Can we do a working session next Tuesday in Frankfurt or Heidelberg?"),
    ("me", "2025-11-25 08:15", "Alexander, Heidelberg please, our office. Tuesday 10-13. I'll have Amir join for the last hour."),
    ("ib", "2025-11-25 08:20", "Great, see you then."),
])
ex.conv(G, "recruiter_engaged", "de", "beauftragte Personalberaterin mit Kandidaten für Head of Accounting", [
    ("headh", "2025-10-20 12:00", "Liebe Frau Brenner, kurzes Update zur Suche Head of Accounting: zwei Kandidatinnen sind im Prozess, eine aus einem börsennotierten Medtech in Mannheim, eine aus der Big Four mit Biotech-Mandaten. Beide sind bereit für ein Gespräch in KW 44. Das Honorar-Drittel wird mit der Präsentation fällig, wie vereinbart."),
    ("me", "2025-10-20 13:30", "Liebe Frau Ehrlich, sehr gut. Bitte Dienstag oder Mittwoch nachmittag, jeweils 90 Minuten. Rechnung gern an buchhaltung@."),
])
ex.conv(G, "applicant", "de", "Bewerber als Senior Accountant", [
    ("applicant1", "2025-09-23 08:10", "Guten Morgen Frau Brenner, danke fürs Annehmen. Ich wollte mich kurz persönlich vorstellen: 7 Jahre HGB/IFRS, davon 3 bei einem Wirtschaftsprüfer mit Fokus Life Sciences, aktuell Konzernbuchhaltung in Walldorf. Die Bewerbung ist über das Portal eingegangen. Ich freue mich, wenn es passt."),
    ("me", "2025-09-23 12:40", "Guten Tag Herr Lenz, danke für die Nachricht. Frau Winter aus meinem Team meldet sich diese Woche wegen eines ersten Gesprächs."),
])
ex.conv(G, "applicant", "en", "FP&A analyst candidate asks about the process", [
    ("applicant2", "2025-05-06 09:00", "Hi Johanna, I applied for the FP&A Analyst role last week. I'm currently in Munich at a medtech scale-up and would relocate to Heidelberg. My German is B2, improving. Is that enough for the role?"),
    ("me", "2025-05-06 17:30", "Hi Priyanka, thanks for reaching out. Working language in finance is mostly English, German helps with the tax side but isn't a must. We'll be in touch about next steps within two weeks."),
    ("applicant2", "2025-05-06 17:45", "That's great to hear, thank you!"),
])
ex.conv(G, "peer_joint_offer", "de", "befreundeter CFO schlägt gemeinsame Ausschreibung für D&O vor", [
    ("peercfo", "2025-03-25 18:00", "Hallo Johanna, verrückte Idee beim Abendessen gestern mit Meister: unsere D&O-Verträge laufen beide im Herbst aus. Wenn wir mit zwei, drei anderen Biotechs aus dem Netzwerk gemeinsam ausschreiben, kriegen wir vielleicht bessere Konditionen. Lust, das zusammen anzuschieben?"),
    ("me", "2025-03-25 19:20", "Felix, gute Idee. Ich frag auch bei Saatwerk. Lass uns nach dem BioNeckar-Treffen kurz zusammensitzen."),
    ("peercfo", "2025-03-25 19:25", "Deal."),
])
ex.conv(G, "inbound_licensing_lead", "en", "Japanese pharma wants to discuss licensing KV-201 for Japan", [
    ("pharmabd", "2025-11-10 03:00", "Dear Ms Brenner,\n\nThank you for accepting my invitation. Sakura Pharmaceutical is looking to in-license clinical-stage oncology assets for Japan and selected Asian markets, and KV-201 fits our strategy well. We would like to sign a CDA and receive non-confidential information first. Would you or Dr. Farouk be available for a call in the week of 24 November?\n\nBest regards,\nKenji Morimoto"),
    ("me", "2025-11-10 08:30", "Dear Mr Morimoto, thank you for your interest. I've copied our CEO on an email with our standard CDA. We can offer 25 or 26 November, 9:00 CET."),
    ("pharmabd", "2025-11-10 09:15", "Thank you. 25 November at 9:00 CET works for us."),
])
ex.conv(G, "inbound_investor", "de", "Family Office möchte sich an der nächsten Runde beteiligen", [
    ("familyoffice", "2025-10-01 10:00", "Sehr geehrte Frau Brenner, wir sind ein Family Office aus Hamburg mit Fokus auf Onkologie und haben die Series B verfolgt. Für die nächste Runde hätten wir Interesse an einem Ticket von 5–8 Mio. Wären Sie offen für ein Kennenlerngespräch? Gern auch persönlich in Heidelberg."),
    ("me", "2025-10-01 16:00", "Sehr geehrter Herr von Arnim, vielen Dank für Ihr Interesse. Wir bereiten die Runde gerade mit Halden & Co vor. Ich gebe Ihren Kontakt an Alexander Moreau weiter und würde Sie gern im November bei uns begrüßen."),
])
ex.conv(G, "press", "de", "Journalistin fragt nach der Finanzierungsrunde", [
    ("journo", "2025-03-12 11:00", "Hallo Frau Brenner, Glückwunsch zur Series B! Ich schreibe für die Rhein-Neckar Wirtschaft über Biotech-Finanzierungen in der Region. Hätten Sie 15 Minuten für ein Gespräch über die Runde und die Pläne mit dem Geld? Gern auch mit Ihrem CEO."),
    ("me", "2025-03-12 13:00", "Hallo Frau Schubert, danke! Gern, am besten mit Amir zusammen. Ich frage unsere Kommunikation nach einem Termin nächste Woche."),
])
ex.conv(G, "event_invitation", "de", "Netzwerk lädt zum CFO-Roundtable ein und bittet um Impulsvortrag", [
    ("network", "2025-04-28 09:30", "Liebe Johanna, unser nächster CFO-Roundtable ist am 19. Juni im Technologiepark. Thema: Forschungszulage in der Praxis. Magst du einen kurzen Impuls geben, wie ihr das bei Kavera aufgesetzt habt? 15 Minuten reichen."),
    ("me", "2025-04-28 11:15", "Lieber Michael, sehr gern. Ich bringe auch die Stolpersteine mit, da gab's genug :)"),
])
ex.conv(G, "congrats_after_event", "en", "congrats 1/3 after the Series B announcement", [
    ("congrats1", "2025-03-10 09:20", "Congratulations on closing the Series B, Johanna! Huge milestone for the team. Well deserved."),
])
ex.conv(G, "congrats_after_event", "de", "Glückwunsch 2/3 nach derselben Ankündigung", [
    ("congrats2", "2025-03-10 10:45", "Liebe Frau Brenner, herzlichen Glückwunsch zum Abschluss der Series B! Ein toller Erfolg für Kavera."),
    ("me", "2025-03-10 12:00", "Vielen Dank, Herr Dr. Krüger, und danke für die Unterstützung der Bank in der Zwischenzeit!"),
])
ex.conv(G, "congrats_after_event", "en", "congrats 3/3 after the same announcement", [
    ("congrats3", "2025-03-10 14:05", "Congratulations on the Series B close Johanna - a big milestone, well deserved! It was a pleasure working on it with you."),
])
ex.conv(G, "genuine_in_spam", "en", "company counsel's note about signing filtered to SPAM", [
    ("lawyer", "2025-07-08 17:50", "Johanna, the VSOP amendment and the shareholder resolution are ready for signature. Notary slot is Thursday 11:00 in Mannheim. Can you confirm Amir and you are both available? If not we need to move to next week because of the holidays."),
    ("me", "2025-07-09 07:30", "Henrik, sorry, this landed in my spam. Thursday 11:00 works for both of us."),
], folder="SPAM")
ex.conv(G, "owner_asks_peer", "de", "Inhaberin fragt ehemalige Kollegin nach Empfehlung für Lohnabrechnung", [
    ("me", "2025-01-14 20:00", "Hallo Nina, kurze Frage: wir wachsen über 40 Leute und die Lohnabrechnung über den Steuerberater wird knapp. Ihr habt doch letztes Jahr gewechselt, wie zufrieden seid ihr?"),
    ("excolleague", "2025-01-14 21:10", "Hi Johanna! Sehr zufrieden, hat 3 Monate gedauert bis alles lief, aber jetzt top. Ich schick dir den Kontakt, sag einen Gruß von mir, dann gibt's auch den Einrichtungsrabatt."),
    ("me", "2025-01-14 21:15", "Danke dir!! Essen gehen bald?"),
    ("excolleague", "2025-01-14 21:20", "Unbedingt!"),
])
ex.conv(G, "owner_outreach", "de", "Inhaberin fragt Steuerberaterin zur Forschungszulage", [
    ("me", "2024-11-05 09:00", "Liebe Frau Haas, können wir für 2024 die Forschungszulage auch für die Auftragsforschung beim CRO beantragen? Und bis wann müssten wir die Bescheinigung der BSFZ beantragen?"),
    ("taxadv", "2024-11-05 14:30", "Liebe Frau Brenner, ja, Auftragsforschung innerhalb der EU ist begünstigt, zu 70 % der Kosten. Die Bescheinigung können Sie jederzeit beantragen, ich würde aber nicht bis zum Jahresende warten. Ich schick Ihnen eine Checkliste."),
])
ex.conv(G, "long_standing_contact", "de", "ehemalige Kollegin aus Prüfungszeiten, seit Jahren in Kontakt", [
    ("excolleague", "2017-03-02 18:30", "Na, wie ist das Leben auf der anderen Seite? Vermisst du die Busy Season? :D"),
    ("me", "2017-03-02 19:00", "Kein bisschen! Obwohl, die Pizza um 23 Uhr im Besprechungsraum schon ein bisschen."),
    ("excolleague", "2021-06-15 12:10", "Hab gelesen, du bist jetzt CFO bei einem Biotech? Mega, Glückwunsch!"),
    ("me", "2021-06-15 20:00", "Danke dir! Noch ziemlich klein, aber spannend."),
    ("excolleague", "2024-08-03 10:00", "Grüße aus Südtirol! Hab hier im Hotel einen Flyer von eurem Kongress gesehen, die Welt ist klein."),
    ("me", "2024-08-03 18:20", "Haha, wir sind überall :) Erhol dich gut!"),
])
ex.conv(G, "internal_ceo", "en", "CEO asks about runway under a new scenario", [
    ("ceo", "2025-07-30 22:40", "Sorry for the late message. If we start the Belgian site in October instead of January, what does that do to runway? Need a rough number for my call with Pieter tomorrow at 8."),
    ("me", "2025-07-30 22:55", "Roughly minus 2 months, from 26 to 24. The CRO milestone payments come forward by 1.4m. I'll put a proper version in the board pack."),
    ("ceo", "2025-07-30 22:57", "Great, thanks. Go to sleep :)"),
])
ex.conv(G, "internal_team", "de", "Controllerin zum Monatsabschluss", [
    ("controller", "2025-11-03 16:20", "Hi Johanna, die CRO-Rechnung für Oktober fehlt noch, ich würde mit der Abgrenzung von 480k arbeiten. Passt das oder willst du auf die Rechnung warten?"),
    ("me", "2025-11-03 16:35", "Abgrenzen bitte, 480 ist plausibel. Tom hat mir die Zahl gestern mündlich bestätigt."),
    ("controller", "2025-11-03 16:36", "👍"),
])
ex.conv(G, "insurance_renewal", "de", "D&O-Makler zur Verlängerung und Prämie", [
    ("dnobroker", "2025-08-12 10:00", "Sehr geehrte Frau Brenner, der D&O-Versicherer bietet die Verlängerung mit 15 Mio. Deckung bei einer Prämie von 41.500 Euro an, plus 12 %. Begründung: klinische Phase und höhere Bewertung. Ich sondiere parallel den Markt, auch mit Blick auf die gemeinsame Ausschreibung mit Neckarlys. Zeit für ein Telefonat diese Woche?"),
    ("me", "2025-08-12 11:30", "Hallo Herr Meister, ja bitte, Mittwoch 14 Uhr. Bitte auch eine Variante mit 20 Mio. rechnen, für die Zeit nach der Series C."),
])
ex.conv(G, "legal_counsel", "en", "corporate counsel on VSOP pool increase", [
    ("lawyer", "2025-04-22 12:00", "Johanna, re the VSOP pool: the investors agreed to increase it to 12% fully diluted, but want the extra 2% reserved for the CMO and Head of Clinical hires. I'll draft the board resolution accordingly unless you see an issue."),
    ("me", "2025-04-22 12:45", "No issue, please go ahead. Can you also add the good/bad leaver clarification we discussed in March?"),
])
ex.conv(G, "tech_transfer_office", "de", "Technologietransfer der Uni: Meilensteinzahlung", [
    ("tto", "2025-06-02 09:15", "Liebe Frau Brenner, mit Dosierung des ersten Patienten in der Phase I ist laut Lizenzvertrag die Meilensteinzahlung über 250.000 Euro fällig. Die Rechnung geht Ihnen diese Woche zu. Herzlichen Glückwunsch übrigens zum Studienstart!"),
    ("me", "2025-06-02 10:00", "Liebe Frau Dr. Ost, danke! Ist eingeplant. Bitte die Rechnung an rechnungen@ mit Bezug auf den Lizenzvertrag von 2022."),
])
ex.conv(G, "cro_change_order", "en", "CRO finance lead sends a change order with higher budget", [
    ("cro", "2025-09-09 15:30", "Hi Johanna, following the protocol amendment (extra PK timepoints), the change order adds EUR 310k to the Phase I budget, mainly lab and data management. I've split it by milestone so you can see the cash impact per quarter. Could you review before we issue it formally?"),
    ("me", "2025-09-10 09:00", "Thanks Tom. The lab part looks high vs. the original unit prices - can you send the unit-price breakdown? Otherwise fine in principle."),
    ("cro", "2025-09-10 11:20", "Sure, sending now."),
], attachments={0: "https://www.linkedin.com/dms/CO-07-Kavera.xlsx"})
ex.conv(G, "friend", "de", "Freundin will am Wochenende laufen gehen", [
    ("friend", "2025-05-16 21:00", "Samstag Philosophenweg und dann Frühstück in der Altstadt? 8 Uhr Alte Brücke?"),
    ("me", "2025-05-16 21:20", "Ja! Aber bitte langsam, ich hatte die ganze Woche Board-Prep 😅"),
    ("friend", "2025-05-16 21:21", "Langsam ist mein zweiter Vorname"),
])
ex.conv(G, "mentor", "en", "mentor gives advice on the IPO-vs-Series-C question", [
    ("me", "2025-12-15 19:00", "Richard, could I pick your brain for 30 minutes in January? The board is starting to talk about a Nasdaq IPO instead of a Series C and I'd love your honest view on whether we're ready."),
    ("mentor", "2025-12-16 10:00", "Of course. Short answer: probably not yet, but it's the right question. Let's do a proper call on 8 Jan. Bring your SOX gap list, even if it's only in your head."),
    ("me", "2025-12-16 10:15", "Thank you! 8 Jan it is."),
])
ex.conv(G, "board_audit_committee", "en", "audit committee group thread", [
    ("boardm", "2026-02-04 08:00", "All, audit committee call moved to 17 Feb, 16:00 CET. Johanna, can we have the draft 2025 accounts and the going-concern memo 5 days before?"),
    ("me", "2026-02-04 08:30", "Yes, both will be in the data room by 12 Feb. Markus from the audit team will join for the first 20 minutes."),
    ("auditor", "2026-02-04 09:10", "Confirmed, I'll join."),
], title="Audit Committee", extra=["chair"])
ex.conv(G, "applicant", "de", "Werkstudentin bewirbt sich im Finance-Team", [
    ("werkstudent", "2026-01-12 17:30", "Hallo Frau Brenner, ich studiere BWL im 5. Semester in Mannheim (Schwerpunkt Finanzierung) und würde gern als Werkstudentin bei Kavera arbeiten, 16 Std./Woche. Suchen Sie aktuell jemanden? Ich freue mich sehr über eine kurze Rückmeldung."),
    ("me", "2026-01-13 08:00", "Hallo Frau Hoffmann, ja, ab März. Schicken Sie bitte Lebenslauf und Notenübersicht an jobs@, Betreff 'Werkstudentin Finance'."),
    ("werkstudent", "2026-01-13 08:20", "Vielen Dank, mache ich heute noch!"),
])
ex.conv(G, "grant_agency", "en", "EU project office on periodic report", [
    ("eic", "2025-02-20 10:00", "Dear Ms Brenner, a reminder that the first periodic report for the grant is due on 31 March, including the financial statement per beneficiary. Please note that personnel costs must be based on the daily rate method. Let me know if you need an extension."),
    ("me", "2025-02-20 11:30", "Dear Ms Bianchi, thank you, we're on track for 31 March. One question on the daily rate method - may I send it by email?"),
    ("eic", "2025-02-20 11:45", "Of course."),
])

# ================================================================ wanted pitches (12)
ex.conv(W, "fx_hedging_post", "en", "FX provider cites her post on USD exposure in CRO contracts", [
    ("w_fx", "2025-06-04 09:30", "Hi Johanna, thanks for connecting. In your post you wrote that about 40% of Kavera's Phase I costs are USD-denominated while all your cash is in EUR, and that a 10% move would cost you two months of runway. That's exactly the case we solve for clinical-stage biotechs: layered forwards matched to the CRO milestone schedule, no credit line needed thanks to your cash on deposit. Could I show you how that would look on your actual milestone plan?"),
    ("me", "2025-06-05 08:10", "Hi Daniel, happy to take a look. Send me some times for next week."),
])
ex.conv(W, "rd_tax_talk", "de", "Forschungszulage-Beraterin bezieht sich auf ihren Impulsvortrag", [
    ("w_fzul", "2025-06-20 18:10", "Liebe Frau Brenner, vielen Dank für Ihren Impuls gestern beim CFO-Roundtable! Sie sagten, dass Sie die Auftragsforschung beim belgischen Studienzentrum nicht geltend gemacht haben, weil die Abgrenzung zu unklar war. Genau das ist seit der Gesetzesänderung einfacher geworden. Ich habe das für zwei Biotechs im Technologiepark schon durchgezogen. Wenn Sie möchten, schaue ich mir Ihren Fall kostenlos an, bevor Sie sich entscheiden."),
    ("me", "2025-06-21 09:00", "Liebe Frau Dr. Weber, danke, das ist tatsächlich interessant. Meine Steuerberaterin wäre gern dabei. Können Sie uns zwei Termine vorschlagen?"),
])
ex.conv(W, "clinical_trial_insurance_site", "de", "Spezialmakler hat die Pipeline-Seite gelesen und kennt die Studienländer", [
    ("w_trialins", "2025-01-27 10:00", "Sehr geehrte Frau Brenner, auf Ihrer Website steht, dass KV-201 im zweiten Quartal in Deutschland und Belgien in die Phase I geht. Für Belgien gilt eine verschuldensunabhängige Haftung mit eigenen Mindestanforderungen an die Probandenversicherung, die viele deutsche Policen nicht abdecken. Ich bin auf klinische Prüfungen spezialisiert und kann Ihnen bis Ende Februar ein Angebot für beide Länder machen, damit die Ethikeinreichung nicht daran hängt."),
    ("me", "2025-01-27 14:00", "Sehr geehrter Herr Engel, danke, das ist ein wichtiger Punkt. Unser Makler ist dran, aber ein Vergleichsangebot ist willkommen. Unterlagen schickt Ihnen unsere Clinical Operations."),
])
ex.conv(W, "vat_recovery_problem", "en", "VAT recovery firm names concrete cross-border VAT problem", [
    ("w_vat", "2025-10-21 11:30", "Hi Johanna, clinical-stage companies running trials in Belgium and buying lab services in the UK usually pay foreign VAT that never comes back - Belgian site fees are often invoiced with VAT, and the UK refund claim has a strict 6-month deadline for non-UK businesses. We file these refund claims on a success fee. If Kavera's Belgian site invoices carry VAT, there's probably something to recover for 2025. Worth a 20-minute check?"),
])
ex.conv(W, "ir_advisor_mutual_contact", "de", "IR-Beraterin nennt Ralf Hinz als gemeinsamen Kontakt", [
    ("w_ir", "2025-12-09 14:00", "Liebe Frau Brenner, Ralf Hinz hat mir erzählt, dass Sie für 2026 neben der Series C auch einen möglichen Börsengang prüfen und dass Ihnen für die Investorenkommunikation jemand fehlt. Ich habe bis 2022 die IR bei einem Frankfurter Biotech geleitet und arbeite jetzt freiberuflich, auch tageweise. Ralf meinte, ein Kaffee würde sich lohnen. Hätten Sie im Januar Zeit?"),
    ("me", "2025-12-10 08:00", "Liebe Frau Graf, ja, Ralf hat Sie erwähnt. Gern im Januar, ich melde mich nach den Feiertagen mit Terminen."),
])
ex.conv(W, "cap_table_register", "de", "Cap-Table-Software bezieht sich auf die Handelsregistereintragung", [
    ("w_captable", "2025-04-03 09:00", "Guten Tag Frau Brenner, laut Handelsregister ist Ihre Kapitalerhöhung aus der Series B eingetragen – Glückwunsch. Mit jetzt über 30 Gesellschaftern, Wandeldarlehen und einem VSOP-Pool wird die Gesellschafterliste schnell zur Fehlerquelle, gerade wenn der Notar für die nächste Runde eine aktuelle Liste braucht. Captastic führt Gesellschafterliste, VSOP und Wasserfall-Szenarien an einer Stelle und exportiert die notarfähige Liste. Darf ich Ihnen das an Ihrer echten Struktur zeigen?"),
])
ex.conv(W, "consolidation_tool_setup", "en", "close software knows her DATEV + ERP + Excel setup from her job ad", [
    ("w_consol", "2025-09-25 10:15", "Hi Johanna, your Senior Accountant ad mentions 'month-end close in Ledgerline with DATEV export for the tax advisor, IFRS reporting package in Excel'. With a US entity coming, that Excel package becomes a consolidation. Closeflow connects to Ledgerline natively and produces the IFRS package and the HGB-to-IFRS bridge, so your new hire doesn't build it by hand. Happy to show you with sample data from a similar setup."),
])
ex.conv(W, "recruiter_job_ad", "de", "Personalberaterin bezieht sich auf ausgeschriebene Treasury-Stelle", [
    ("w_recruit", "2026-01-28 09:45", "Guten Tag Frau Brenner, ich habe gesehen, dass Sie einen Senior Treasury Manager mit USD-Erfahrung suchen. Ich besetze ausschließlich Finance-Rollen in Life Sciences in der Metropolregion und habe aktuell zwei Kandidaten, die bei einem Mannheimer Medtech das Hedging der US-Tochter aufgebaut haben. Wenn Sie nicht exklusiv mit jemandem arbeiten, schicke ich Ihnen gern anonymisierte Profile – Honorar nur bei Erfolg."),
    ("me", "2026-01-28 12:00", "Hallo Frau Richter, die Stelle ist nicht exklusiv vergeben. Schicken Sie mir bitte die Profile."),
])
ex.conv(W, "investment_bank_press", "en", "banker links the Phase I press release to a specific partnering option", [
    ("w_ib", "2025-06-03 16:00", "Dear Johanna, congratulations on the first patient dosed in the KV-201 trial (press release this morning). Given you kept ex-US rights, you may start getting inbound interest from Japan: we advised on three Japan-only oncology deals in the last two years, including one with upfront above 40m. If and when that happens, I'd be glad to share the deal terms benchmarks - no mandate expected."),
    ("me", "2025-06-04 09:00", "Dear Charlotte, thank you. We do have a bank for our financing, but the Japan benchmarks would be useful. Let's talk in the autumn."),
])
ex.conv(W, "grant_timesheet_problem", "de", "Zeiterfassung speziell für Förderprojekte, konkretes Problem", [
    ("w_timesheet", "2025-05-13 08:30", "Sehr geehrte Frau Brenner, wer parallel ein Landesförderprojekt und ein EU-Grant abrechnet, kennt das: Die eine Stelle will Stundennachweise pro Monat, die andere Tagessätze, und die Wissenschaftler schreiben am Quartalsende alles aus dem Gedächtnis nach. Projektzeit Cloud erfasst Projektstunden direkt im Labor-Kalender und erzeugt beide Nachweisformate. Ich habe gesehen, dass Kavera beide Fördertöpfe nutzt – passt das Thema bei Ihnen gerade?"),
])
ex.conv(W, "translator_register", "en", "freelance translator noticed German-only filings and a US lead investor", [
    ("w_translate", "2025-05-26 12:00", "Hi Johanna, I'm a freelance financial translator (ex-Big Four, German to English). I noticed Kavera's 2024 financial statements in the Bundesanzeiger are German only, while your Series B lead is a Dutch/US fund and you're talking about a US entity. If your investors need English versions of the annual accounts or the management report, I do those with HGB-correct terminology, usually within a week. Would a sample page help?"),
])
ex.conv(W, "usd_banking_press", "en", "bank offers USD account referencing the US-led round and CRO payments", [
    ("w_usd", "2025-03-18 14:30", "Dear Ms Brenner, with your Series B partly funded in USD by US investors and trial costs partly invoiced in USD, converting everything to EUR on arrival and back again for CRO payments costs you twice. We offer EUR and USD accounts for venture-backed biotechs in Germany with a single KYC and no minimum balance fees for the first year. I could send you the fee schedule so you can compare with your current setup."),
])

# ================================================================ junk (38)
ex.conv(J, "template_spend_management", "en", "template 1/5: spend management, names Series B", [
    ("t1", "2025-03-17 10:30", "Hi Johanna,\n\nCongrats on the recent Series B at Kavera Therapeutics! Scaling fast usually means finance teams drown in receipts and approvals.\n\nSpendly gives CFOs real-time visibility over every euro spent - cards, invoices and approvals in one place.\n\nWorth a quick chat next week?\n\nEthan"),
])
ex.conv(J, "template_spend_management", "en", "template 2/5: same vendor, other rep", [
    ("t2", "2025-04-15 11:00", "Hi Johanna,\n\nCongratulations on the recent funding round at Kavera! Scaling fast usually means finance teams drown in receipts and approvals.\n\nSpendly gives CFOs real-time visibility over every euro spent, all in one place.\n\nOpen to a quick chat?\n\nBest,\nMegan"),
])
ex.conv(J, "template_spend_management", "de", "Vorlage 3/5: deutsche Fassung derselben Vorlage", [
    ("t3", "2025-05-20 08:40", "Hallo Frau Brenner,\n\nherzlichen Glückwunsch zur Series B bei Kavera Therapeutics! Schnelles Wachstum bedeutet für Finanzteams meist eine Flut an Belegen und Freigaben.\n\nAusgabenpilot gibt CFOs in Echtzeit den Überblick über jeden ausgegebenen Euro – Karten, Rechnungen und Freigaben an einem Ort.\n\nHätten Sie nächste Woche Zeit für ein kurzes Gespräch?\n\nLukas"),
])
ex.conv(J, "template_spend_management", "en", "template 4/5: other vendor, slightly varied", [
    ("t4", "2025-07-08 13:15", "Hey Johanna,\n\nCongrats on the Series B at Kavera Therapeutics! Rapid growth usually means finance teams end up drowning in POs and approvals.\n\nProcureNow gives CFOs real-time control over every euro, from request to payment.\n\nWorth a quick chat?\n\nAaron"),
])
ex.conv(J, "template_spend_management", "en", "template 5/5: other vendor, wrong round in the fill", [
    ("t5", "2025-10-02 09:00", "Hi Johanna,\n\nCongrats on the recent Series A at Kavera Therapeutics! Scaling fast usually means finance teams drown in invoices and approvals.\n\nBillbridge gives CFOs real-time visibility over every payable in one place.\n\nQuick chat next week?\n\nGrace"),
])
ex.conv(J, "merge_tag_failure", "en", "raw {first_name} and {company} placeholders", [
    ("mt1", "2025-02-04 15:20", "Hi {first_name},\n\nHow is {company} handling its month-end close today? FinStack helps finance teams close 5 days faster. Would you be open to a 15-minute demo?\n\nJordan"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter {{Firma}} nicht ersetzt", [
    ("mt2", "2025-06-10 10:10", "Hallo Frau Brenner,\n\nwie viele Stunden verbringt {{Firma}} jeden Monat mit der Eingangsrechnungsprüfung? Rechnungsfix automatisiert den gesamten Prozess – DATEV-kompatibel.\n\nViele Grüße\nTimo Berger"),
])
ex.conv(J, "merge_tag_failure", "en", "wrong name and wrong company", [
    ("mt3", "2025-08-19 12:00", "Dear Thomas,\n\nAs CFO of Medivio AG, you know how painful board pack preparation can be. BoardPortal Pro brings your board materials, minutes and votes into one secure platform. Can I book you in for a demo?\n\nHannah"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter [Branche] stehen gelassen", [
    ("mt4", "2025-11-18 09:30", "Sehr geehrte Frau Brenner,\n\ngerade in der [Branche] sind sichere Datenräume für Due-Diligence-Prozesse unverzichtbar. DataRoom24 bietet Ihnen einen virtuellen Datenraum made in Germany ab 199 Euro im Monat.\n\nMit freundlichen Grüßen\nKevin Schütz"),
])
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail for a CFO summit", [
    ("spons1", "2025-04-01 12:00", "<p>Hi Johanna,</p><p>Join 600 finance leaders at <strong>CFO Summit Europe 2025</strong> in Amsterdam. Early-bird tickets &euro;1,290 until 30 April.</p><p><a href=\"#\">Reserve your seat</a></p>"),
], title="Sponsored Conversation", subject="Invitation: CFO Summit Europe")
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail einer Geschäftsbank", [
    ("spons2", "2025-09-15 12:00", "<p>Hallo Johanna,</p><p>Ihr Geschäftskonto ohne Grundgebühr &ndash; mit kostenloser Kreditkarte und 2,5&nbsp;% Zinsen aufs Tagesgeld für Unternehmen.</p><p>Jetzt in 10 Minuten eröffnen.</p>"),
], title="Sponsored Conversation", subject="Geschäftskonto ohne Grundgebühr")
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail for audit software", [
    ("spons3", "2026-01-08 12:00", "<p>Hi Johanna,</p><p>Audit season is coming. See how finance teams cut audit prep time in half with <strong>Auditly</strong>.</p><p>Download the free guide &amp; checklist.</p>"),
], title="Sponsored Conversation", subject="Cut your audit prep time in half")
ex.conv(J, "paid_award", "en", "CFO award shortlist with a participation fee", [
    ("award", "2025-05-27 10:00", "Dear Johanna,\n\nI'm delighted to let you know that you have been shortlisted for CFO of the Year - Life Sciences at the European Finance Leaders Awards 2025. To secure your finalist status, a participation fee of EUR 1,850 applies, which includes two seats at the awards dinner in London.\n\nKind regards,\nJames Whitaker"),
])
ex.conv(J, "paid_podcast", "de", "Podcast-Gastplatz gegen Gebühr", [
    ("podcast", "2025-08-05 19:00", "Hallo Johanna, wir würden dich gern als Gast in 'Der CFO-Talk' einladen! Für Produktion und Distribution fällt ein Unkostenbeitrag von 690 Euro an, dafür bekommst du das Video in voller Länge und 5 Shorts. Hast du Lust?"),
    ("podcast", "2025-08-19 19:00", "Hi Johanna, nur eine kurze Erinnerung – die Aufnahmeslots im September sind fast weg!"),
])
ex.conv(J, "paid_feature", "en", "magazine 'top 10 biotech' feature that needs a fee", [
    ("feature", "2025-04-23 14:00", "Dear Johanna,\n\nKavera Therapeutics has been selected for our upcoming 'Top 10 European Biotechs to Watch' issue. Selected companies receive a full-page profile and a digital badge. A publication fee of EUR 3,200 covers editorial and design. May I send the details?\n\nBest regards,\nSteven Clarke"),
])
ex.conv(J, "offers_own_service", "en", "offers antibody discovery services to an antibody company", [
    ("antibody", "2025-06-24 03:15", "Dear Johanna,\n\nAre you looking for a partner for therapeutic antibody discovery? Apex offers hybridoma, phage display and humanization services with fast turnaround and competitive pricing. We have supported 200+ biotech clients worldwide.\n\nCould we schedule a call?\n\nBest regards,\nDr. Wei Zhang"),
])
ex.conv(J, "capacity_for_clients", "de", "fragt, ob sie noch Mandanten aufnimmt", [
    ("capacity", "2025-03-19 08:30", "Hallo Frau Brenner, nehmen Sie aktuell noch neue Mandanten an? Ich biete vorbereitende Buchhaltung und Lohn für Selbstständige und kleine Kanzleien an und würde mich über eine Zusammenarbeit freuen."),
])
ex.conv(J, "like_minded_entrepreneurs", "en", "like-minded founders network pitch", [
    ("likeminded", "2025-07-22 22:00", "Hi Johanna, always great to connect with like-minded entrepreneurs! I run an invite-only network of founders and investors who help each other scale. Membership is limited - would you like to hear more?"),
])
ex.conv(J, "quick_call", "de", "15-Minuten-Call für BI-Software", [
    ("fifteen", "2025-10-14 10:00", "Hallo Frau Brenner, hätten Sie 15 Minuten für einen kurzen Austausch? Ich zeige Ihnen gern, wie Insightful BI Finanzteams bei besseren Entscheidungen unterstützt. Passt Ihnen Donnerstag um 10?"),
])
ex.conv(J, "connect_then_pitch", "de", "Vermögensberater: Smalltalk, Pitch nach ihrer Antwort", [
    ("ctp1", "2025-07-14 19:00", "Hallo Frau Brenner, danke für die Vernetzung! Sind Sie auch beim Heidelberger Herbst dabei? Ich bin jedes Jahr da."),
    ("me", "2025-07-15 07:50", "Hallo Herr Vogt, wenn es die Zeit zulässt, gern!"),
    ("ctp1", "2025-07-15 09:30", "Schön! Übrigens, gerade Führungskräfte in Ihrer Position haben oft ein Gehaltsniveau, bei dem sich eine strukturierte Vermögensplanung richtig lohnt – Stichwort Steueroptimierung. Darf ich Ihnen unverbindlich ein Konzept vorstellen?"),
])
ex.conv(J, "connect_then_pitch", "en", "consultancy: friendly opener, pitch in message 2", [
    ("ctp2", "2025-09-01 09:30", "Hi Johanna! Thanks for connecting. Heidelberg is such a beautiful city - do you live in the Altstadt?"),
    ("ctp2", "2025-09-03 09:30", "By the way, we help life science companies streamline their lab operations with lean methods - typically 20% cost savings. Would you be open to a short intro call?"),
])
ex.conv(J, "connect_then_pitch", "de", "Kaffeemaschinen: erst Grüße, Pitch in Nachricht 3", [
    ("ctp3", "2026-02-02 08:00", "Guten Morgen Frau Brenner, schön, dass wir vernetzt sind!"),
    ("ctp3", "2026-02-03 08:00", "Ich habe gesehen, dass Kavera wächst – toll!"),
    ("ctp3", "2026-02-05 08:00", "Bei wachsenden Teams ist guter Kaffee ein echter Motivationsfaktor. Wir stellen Vollautomaten zur Miete inkl. Service – jetzt mit 3 Monaten gratis. Darf ich mal vorbeikommen?"),
])
ex.conv(J, "follow_up_bumps", "en", "venture debt broker bumping without reply", [
    ("bump1", "2025-05-05 11:00", "Hi Johanna, we arrange non-dilutive growth capital for venture-backed companies from EUR 2m to 50m. Is Kavera considering debt this year?"),
    ("bump1", "2025-05-12 11:00", "Hi Johanna, bumping this up in case it got buried."),
    ("bump1", "2025-05-26 11:00", "Hi Johanna, I'll take the silence as a 'not now'. Feel free to reach out anytime."),
])
ex.conv(J, "follow_up_bumps", "de", "Zeiterfassung, mehrfach nachgehakt ohne Antwort", [
    ("bump2", "2025-11-04 14:00", "Hallo Frau Brenner, seit dem BAG-Urteil ist Arbeitszeiterfassung Pflicht. Ist Kavera schon vorbereitet? Zeiterfassung Plus ist in 5 Minuten eingerichtet."),
    ("bump2", "2025-11-11 14:00", "Hallo Frau Brenner, haben Sie meine letzte Nachricht gesehen?"),
    ("bump2", "2025-11-25 14:00", "Letzte Nachricht von mir – falls das Thema später relevant wird, melden Sie sich gern!"),
])
ex.conv(J, "off_topic_crypto", "en", "crypto strategist pitch", [
    ("crypto", "2025-02-26 23:30", "Hello Johanna, as a finance executive you understand diversification. Have you considered allocating part of your treasury to Bitcoin? I advise companies on digital asset treasury strategies. Open to a call?"),
])
ex.conv(J, "off_topic_property", "en", "Dubai property investment", [
    ("dubai", "2025-09-29 06:00", "Dear Johanna, I have an exclusive pre-launch opportunity in Dubai Hills: 2-bedroom apartments with 9% guaranteed return and golden visa eligibility. May I share the brochure?"),
])
ex.conv(J, "fluent_generic_names_company", "de", "flüssig formulierte Transformationsberatung, nennt Kavera, passt auf jeden", [
    ("fluent", "2025-08-07 10:30", "Sehr geehrte Frau Brenner,\n\nUnternehmen wie Kavera Therapeutics stehen an einem entscheidenden Punkt ihrer Entwicklung: Das Wachstum verlangt nach Strukturen, die Agilität und Effizienz in Einklang bringen. In unserer Arbeit mit ambitionierten Organisationen sehen wir, dass die Finanzfunktion dabei zum strategischen Taktgeber wird.\n\nGerne würde ich mit Ihnen in einem persönlichen Austausch beleuchten, wie Kavera diese Transformation erfolgreich gestalten kann.\n\nMit besten Grüßen\nDr. Benedikt Kramer"),
])
ex.conv(J, "generic_fx", "de", "generischer Devisenanbieter, Gegenstück zum FX-Pitch", [
    ("j_fx", "2025-03-25 09:15", "Hallo Frau Brenner, zahlen Sie bei Auslandsüberweisungen zu viel? Mit FX Direkt sparen Unternehmen bis zu 80 % gegenüber der Hausbank. Kostenloses Konto in 5 Minuten."),
])
ex.conv(J, "generic_rd_tax", "de", "generische Fördermittelberatung, Gegenstück zur Forschungszulage-Beraterin", [
    ("j_fzul", "2025-07-01 08:00", "Sehr geehrte Frau Brenner, wussten Sie, dass Unternehmen bis zu 4,2 Mio. Euro Forschungszulage erhalten können? Wir holen das Maximum für Sie heraus – auf Erfolgsbasis. Wann können wir telefonieren?"),
])
ex.conv(J, "generic_vat", "en", "generic VAT refund pitch, counterpart of the tailored VAT firm", [
    ("j_vat", "2025-12-02 10:40", "Hi Johanna, companies lose billions in unclaimed VAT every year. TaxRecover Global helps businesses of all sizes reclaim VAT on travel and expenses. No recovery, no fee. Shall we set up a call?"),
])
ex.conv(J, "generic_cap_table", "en", "generic equity management tool", [
    ("j_captable", "2025-06-17 15:00", "Hi Johanna, still managing your cap table in spreadsheets? EquityHub makes equity management simple for startups. Book a free demo today!"),
])
ex.conv(J, "generic_recruiter", "de", "generischer Personalberater, Gegenstück zur spezialisierten Beraterin", [
    ("j_recruit", "2025-10-28 07:50", "Hallo Frau Brenner, wir vermitteln Fach- und Führungskräfte im Bereich Finance & Accounting deutschlandweit. Haben Sie aktuell offene Positionen, bei denen wir unterstützen können?"),
])
ex.conv(J, "generic_ma_banker", "en", "generic M&A advisory, counterpart of the tailored banker", [
    ("j_ib", "2025-08-26 16:30", "Dear Johanna, Summit M&A Advisory works with mid-market companies across industries on sell-side and buy-side mandates. Are you exploring strategic options for Kavera in the next 12-24 months? Happy to share our recent tombstones."),
])
ex.conv(J, "generic_erp", "de", "generische ERP-Wechselberatung", [
    ("j_erp", "2025-11-27 11:10", "Sehr geehrte Frau Brenner, ist Ihr ERP noch zukunftssicher? Wir begleiten Mittelständler beim Wechsel auf moderne Cloud-ERP-Systeme. Kostenloser ERP-Check in 30 Minuten – wann passt es Ihnen?"),
])
ex.conv(J, "wrong_recipient_lab_supplies", "de", "Laborbedarf an die CFO statt an das Labor", [
    ("lab", "2025-04-08 09:20", "Sehr geehrte Frau Brenner, jetzt Laborbedarf bis zu 30 % günstiger! Pipettenspitzen, Handschuhe, Zellkulturplatten – Lieferung am nächsten Werktag. Darf ich Ihnen unseren Katalog zusenden?"),
])
ex.conv(J, "off_topic_yacht", "en", "corporate yacht charter pitch", [
    ("yacht", "2025-05-14 13:00", "Hi Johanna! Celebrate your team's success in style - our corporate yacht charters on the Côte d'Azur are perfect for offsites and investor events. Shall I send some options for this summer?"),
])
ex.conv(J, "off_topic_wine", "en", "fine wine investment pitch", [
    ("wine", "2025-11-06 17:45", "Dear Johanna, fine wine has outperformed equities over the past 20 years with low volatility. We help professionals build tax-efficient wine portfolios from 10,000. Would you be interested in our latest market report?"),
])
ex.conv(J, "generic_coaching", "de", "Executive Coaching, nicht auf sie zugeschnitten", [
    ("coach", "2025-10-07 20:15", "Liebe Johanna, als Frau in einer Führungsposition kennst du sicher das Gefühl, ständig beweisen zu müssen, dass du dazugehörst. In meinem Coaching-Programm 'Souverän an der Spitze' arbeiten wir genau daran. Magst du dir ein kostenloses Erstgespräch sichern?"),
])

if __name__ == "__main__":
    ex.write(Path(__file__).resolve().parents[1] / SLUG,
             {"First Name": "Johanna", "Last Name": "Brenner",
              "Headline": "CFO at Kavera Therapeutics | Financing clinical-stage oncology | ex-Audit",
              "Summary": "CFO of Kavera Therapeutics, a Heidelberg biotech developing antibody therapies for solid tumours. Series B closed in 2025. Before that: audit and transaction services, then finance lead at an agri-tech company.",
              "Industry": "Biotechnology Research", "Geo Location": "Heidelberg, Baden-Württemberg, Germany",
              "Websites": "[COMPANY:https://www.kavera-tx.example]"},
             [{"Company Name": "Kavera Therapeutics GmbH", "Title": "Chief Financial Officer",
               "Description": "Finance, fundraising, grants, investor relations, HR administration.",
               "Location": "Heidelberg", "Started On": "Jun 2021", "Finished On": ""},
              {"Company Name": "Saatwerk AG", "Title": "Head of Finance", "Description": "",
               "Location": "Mannheim", "Started On": "Jan 2017", "Finished On": "May 2021"},
              {"Company Name": "Stadler Hoffmann Wirtschaftsprüfer", "Title": "Prüfungsleiterin",
               "Description": "", "Location": "Frankfurt", "Started On": "Sep 2011",
               "Finished On": "Dec 2016"}],
             ["Corporate Finance", "Venture Capital", "IFRS", "HGB", "Fundraising",
              "Treasury", "Grant Management", "Biotechnology"])
    print(ex.summary())

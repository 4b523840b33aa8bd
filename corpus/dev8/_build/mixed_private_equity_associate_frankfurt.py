"""dev8 persona (written blind as heldout10, session 3): associate at a mid-market private-equity fund in Frankfurt (2024 layout).

Written blind to the detector code, session 3. German and English about half/half. Every message
text is written by hand here; running this script regenerates
../mixed-private-equity-associate-frankfurt/ byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-private-equity-associate-frankfurt"
OWNER = Person("me", "Johanna Seidel", "https://www.linkedin.com/in/johanna-seidel-pe",
               "Mainkai Capital Partners", "Senior Associate")
E = Export(SLUG, "2024", OWNER)
P = E.person
C = E.conv

# ---------------------------------------------------------------- people: genuine contacts
P("boutique", "Stefan Gottschalk", "Gottschalk & Rehm Corporate Finance", "Partner", connected="2020-03-12")
P("cfo", "Claudia Frenzel", "Hessen Gebäudetechnik Gruppe", "CFO", connected="2022-02-01")
P("data", "Natalie Brooks", "Dealscope", "Senior Account Manager, DACH", connected="2021-09-20")
P("vdr", "Markus Hild", "Datentresor AG", "Key Account Manager", connected="2022-05-11")
P("founder", "Wolfgang Reinartz", "Reinartz Industriereinigung GmbH", "Geschäftsführender Gesellschafter",
  connected="2024-02-26")
P("drone", "Pieter Jansen", "SkyInspect B.V.", "Founder & CEO", connected="2024-06-03")
P("clubpeer", "Ben Hartmann", "Lindwurm Equity", "Vice President", connected="2019-10-07")
P("hh", "Dr. Annette Vogl", "Vogl Executive Search", "Partnerin", connected="2024-01-15")
P("app_de", "Paul Steinbach", "", "Student B.Sc. BWL, Goethe-Universität", connected="2024-03-04")
P("app_en", "Chiara Romano", "", "MSc Finance student, Frankfurt School", connected="2024-09-10")
P("werk", "Uwe Kessler", "Rheinwerk Prüfdienste GmbH", "Werkleiter Standort Hanau", connected="2024-04-02")
P("c1", "Maximilian Roth", "Roth Kienle Rechtsanwälte", "Associate", connected="2021-06-18")
P("c2", "Sarah Brenner", "", "Investment Manager", connected="2018-11-02")
P("c3", "James Whitfield", "Harcourt Debt Partners", "Director", connected="2022-10-10")
P("expert", "Rainer Holtkamp", "", "Former Managing Director, Industrial Inspection | Advisor",
  connected="2023-07-11")
P("owner_tgt", "Gisela Brückner", "Brückner Rohrreinigung & Kanalservice", "Inhaberin",
  connected="2023-09-14")
P("exceo", "Dr. Thomas Albers", "", "Beirat | ehem. CEO Industrieservice", connected="2017-05-22")
P("unifriend", "Lea Marquardt", "Bundesbank", "Referentin", connected="2013-10-01")
P("london", "Oliver Grant", "Hawthorne Advisory", "Director, Transaction Services", connected="2018-09-03")
P("journo", "Carsten Imhof", "Börsen-Kurier", "Redakteur Private Equity", connected="2024-05-21")
P("law", "Victoria Lang", "Lang Weidner LLP", "Partner, Private Equity", connected="2020-01-28")
P("verband", "Michaela Dörr", "Bundesverband Technische Industriedienste", "Geschäftsführerin",
  connected="2022-09-05")
P("cdd", "Henrik Laue", "Laue Strategy Partners", "Principal", connected="2023-02-14")
P("ldd", "Dr. Felix Brandl", "Roth Kienle Rechtsanwälte", "Partner", connected="2021-06-18")
P("ceo_hg", "Andreas Wittich", "Hessen Gebäudetechnik Gruppe", "CEO", connected="2022-02-01")
P("bank", "Katharina Ulm", "Mainufer Bank AG", "Director Leveraged Finance", connected="2020-08-17")
P("lp", "Eleanor Shaw", "Calder Pension Trust", "Investment Director, Private Markets", connected="2023-03-09")
P("op", "Jürgen Matthes", "Mainkai Capital Partners", "Operating Partner", connected="2021-04-01")
P("processadv", "Daniel Weber", "Northbridge Corporate Finance", "Director", connected="2022-11-15")
P("exintern", "Noah Fischer", "", "Analyst", connected="2023-05-02")
P("team1", "Florian Becker", "Mainkai Capital Partners", "Principal", connected="2021-04-01")
P("team2", "Aylin Demir", "Mainkai Capital Partners", "Analyst", connected="2023-08-01")
P("hr_hg", "Sandra Pohl", "Hessen Gebäudetechnik Gruppe", "Leitung Personal", connected="2023-01-19")
P("mgmt", "Kai Lorenz", "Rheinwerk Prüfdienste GmbH", "CFO", connected="2024-03-28")

# ---------------------------------------------------------------- people: wanted pitches
P("w_expert", "Laura Eckstein", "Fachkreis Expert Network", "Project Manager Industrials")
P("w_mna", "Richard Hale", "Ashford Lane Partners", "Managing Director", connected="2024-05-17",
  invite=("IN", "2024-05-16 20:15", "Hi Johanna, enjoyed your remarks on buy-and-build at the panel today."))
P("w_pmi", "Dr. Carola Weiß", "Weiß Integration Advisory", "Geschäftsführerin")
P("w_tsa", "Martin Cole", "Cutover Partners", "Partner, Carve-outs")
P("w_icfo", "Bernd Strasser", "", "Interim CFO | Restrukturierung & PMI")
P("w_wi", "Nicole Berger", "Berger Transaktionsversicherungen", "Geschäftsführerin")
P("w_data", "Tom Haverkamp", "Sourcebeam", "Enterprise Sales, Private Equity")
P("w_hh", "Christian Ebner", "Ebner & Co. Executive Search", "Partner Private Equity Practice")
P("w_nachf", "Julia Sommer", "Nachfolgeradar", "Mitgründerin")
P("w_brand", "Hannah Fox", "Crewcall Employer Branding", "Client Director")
P("w_map", "Lukas Berg", "", "Freelance Market Research | Industrials")
P("w_uk", "Edward Lyons", "Pemberton Square Advisers", "Partner")

# ---------------------------------------------------------------- people: junk senders
P("j_expert", "Ryan Patel", "GlobalMind Experts", "Client Development Associate")
P("j_teaser", "Marco Bianchi", "Eurocap Deal Network", "Director")
P("j_berat", "Dr. Klaus Eder", "Eder Transformation", "Managing Partner")
P("j_interim", "Petra Hahn", "Interim Pool Deutschland", "Beraterin")
P("j_model", "Rohit Verma", "FinModel Outsourcing", "Business Development")
P("j_wealth", "Sebastian Krug", "Krug Vermögensplanung", "Finanzberater für Akademiker")
P("j_whisky", "Dennis Adler", "Fass & Anlage", "Investmentberater")
P("j_capital", "Marie Keller", "Wachstumskapital Direkt", "Investment Managerin")
P("j_cap", "Tyler Brooks", "FounderPipe", "Head of Investor Relations")
P("j_like", "Adrian Novak", "", "Finance Professional | Crypto Fund Founder",
  connected="2023-11-20", invite=("IN", "2023-11-19 23:05", "Hey Johanna, let's connect as fellow finance professionals!"))
P("j_15", "Jonas Meier", "DiligenceAI", "Account Executive")
P("j_ctp1", "Fabian Kurz", "Kurz Finanzkommunikation", "Gründer",
  connected="2024-02-06", invite=("IN", "2024-02-05 18:40", ""))
P("j_ctp2", "Amelia Stone", "Boardwise Talent", "Talent Partner",
  connected="2024-07-22", invite=("IN", "2024-07-21 10:12", "Hi Johanna, great to see more women in PE!"))
P("j_ctp3", "Tim Wagner", "Wagner Immobilienkontor", "Berater",
  connected="2024-09-03", invite=("IN", "2024-09-03 07:50", ""))
P("j_bump1", "Emily Carter", "Portfolio Pulse", "SDR")
P("j_bump2", "Simon Reich", "ESG Kompass", "Vertrieb")
P("j_tpl1", "Michael Ross", "DealMatch Pro", "Partnerships")
P("j_tpl2", "Sophie Turner", "Originate Hub", "Growth Lead")
P("j_tpl3", "Lars Petersen", "TargetFinder Europe", "Head of Sales")
P("j_tpl4", "Nina Weiler", "DealStrom", "Vertriebsleiterin")
P("j_tpl5", "Arjun Nair", "PipelineX Capital Tools", "Founder")
P("j_tag1", "Kevin Marsh", "Clearline Data", "SDR")
P("j_tag2", "Tanja Vogel", "Kanzlei Vogel Steuerberatung", "Partnerin")
P("j_tag3", "Jordan Blake", "Fundflow", "Account Executive")
P("j_tag4", "Ralf Schuster", "Schuster Relocation", "Inhaber")
P("s_member", "LinkedIn Member", "", "", url="")
P("s_mba", "Rheinland Business School", "", "", url="https://www.linkedin.com/company/rheinland-business-school")
P("s_bank", "Privatbank Sternwald", "", "", url="https://www.linkedin.com/company/privatbank-sternwald")
P("j_award", "Isabel Franke", "Finance Talents Award", "Organisationsteam")
P("j_pod", "Greg Morton", "Dealmakers Unfiltered", "Host")
P("j_fluent", "Dr. Moritz von Alten", "Alten & Partner Strategy", "Partner")
P("j_office", "Chloe Martin", "Workspace Central", "Enterprise Sales")
P("j_esg", "Andrea Lindner", "GreenLedger Software", "Sales Managerin")
P("j_ghost", "Philipp Mohr", "Investor Voice", "LinkedIn-Ghostwriter für Finance")
P("j_crypto", "Liam O'Connor", "Blocktide Capital", "Partner")
P("j_car", "Sven Hoffmann", "Premium Fahrzeugleasing", "Firmenkundenberater")
P("j_summit", "Grace Miller", "European PE Summit", "Delegate Sales")
P("j_vdr", "Nathan Cross", "SecureRoom VDR", "Business Development Representative")

# ================================================================ GENUINE (35)
C("genuine", "known_advisor_deal_flow", "de", "Bekannter M&A-Berater schickt Teaser, passt zum Fokus", [
    ("boutique", "2024-03-05 08:40", "Hallo Johanna,\nwie besprochen anbei der Teaser für „Projekt Kanal“: Kanalsanierung und -inspektion, Nordrhein-Westfalen/Hessen, 14 Mio. € Umsatz, 2,6 Mio. € EBITDA, Gesellschafter 63, Nachfolge. Wir sprechen eine Handvoll Investoren an. NDA folgt per Mail, wenn ihr Interesse habt.\nViele Grüße\nStefan"),
    ("me", "2024-03-05 10:15", "Danke Stefan, passt gut zu uns. Bitte NDA schicken, ich kläre intern bis Donnerstag."),
    ("boutique", "2024-03-05 10:22", "Ist raus."),
], attachments={0: "https://www.linkedin.com/dms/teaser-projekt-kanal.pdf"})
C("genuine", "portfolio_cfo", "de", "CFO einer Portfoliogesellschaft fragt zu Covenant und Budget", [
    ("cfo", "2023-11-14 17:30", "Hallo Frau Seidel, kurze Vorabinfo vor der Beiratssitzung: Mit der Übernahme Schaller liegen wir beim Leverage-Covenant Q4 voraussichtlich bei 4,6x gegen 5,0x – knapp, aber ok. Falls sich der Closing-Termin auf Januar schiebt, sieht es besser aus. Sollen wir das Budget 2024 mit oder ohne Schaller zeigen?"),
    ("me", "2023-11-14 18:45", "Hallo Frau Frenzel, danke! Bitte beide Varianten, Schaller als separate Spalte. Ich spreche das morgen mit Florian durch und melde mich."),
])
C("genuine", "vendor_price_change", "en", "Data provider announces renewal price increase", [
    ("data", "2024-08-20 14:10", "Hi Johanna,\nahead of your renewal on 1 October: the Dealscope Professional licence for 4 seats moves from EUR 38,400 to EUR 41,900 p.a. (+9%), mainly due to the new private-company financials module. If you commit to 2 years we can hold it at EUR 40,100. Happy to walk you through it."),
    ("me", "2024-08-21 09:05", "Hi Natalie, thanks. We'll need to discuss internally, and honestly the financials module is the only reason I'd accept an increase. Can you send a usage report for the last 12 months?"),
    ("data", "2024-08-21 09:40", "Of course, I'll send it by Friday."),
])
C("genuine", "vendor_price_change", "de", "Datenraum-Anbieter ändert Preismodell", [
    ("vdr", "2024-01-09 11:00", "Guten Tag Frau Seidel, zum 1. März stellen wir vom Seitenpreis auf Pauschalen pro Projekt um (Buy-Side-Datenraum bis 20 GB: 4.900 € für 6 Monate). Für Ihre laufenden Projekte gilt das alte Modell bis Projektende. Unterlagen kommen per Post, ich wollte Sie nur vorab informieren."),
    ("me", "2024-01-09 11:40", "Danke für die Info, Herr Hild. Für uns ist die Pauschale vermutlich sogar günstiger."),
])
C("genuine", "inbound_lead_founder", "de", "Unternehmer will Mehrheit verkaufen (Nachfolge) und fragt nach Gespräch", [
    ("founder", "2024-02-26 19:12", "Sehr geehrte Frau Seidel,\nmein Steuerberater hat mir Ihre Firma genannt. Ich bin 66 und meine Kinder wollen die Firma nicht übernehmen. Wir machen Industriereinigung in Hanau und Offenbach, 180 Mitarbeiter, seit 1987. Ich möchte verkaufen, aber nicht an einen Konkurrenten. Wären Sie an einem Gespräch interessiert? Ich bin kein Freund von langen Prozessen mit Beratern."),
    ("me", "2024-02-27 08:30", "Sehr geehrter Herr Reinartz,\nvielen Dank für Ihr Vertrauen. Ja, sehr gern. Mein Kollege Florian Becker und ich würden Sie gern persönlich in Hanau besuchen, ganz unverbindlich. Passt Ihnen der 7. oder 8. März?"),
    ("founder", "2024-02-27 12:00", "Der 8. März um 10 Uhr. Kaffee gibt es, Kuchen macht meine Frau."),
])
C("genuine", "inbound_lead_founder", "en", "Dutch founder seeks growth equity partner", [
    ("drone", "2024-06-03 16:25", "Hi Johanna,\nthanks for connecting. We're a Dutch company doing drone-based inspection of industrial sites (tanks, chimneys, roofs), EUR 9m revenue, profitable, growing 30%. We'd like to expand into Germany and are looking for a minority or majority partner who knows the German inspection market. Your fund's investment in Rheinwerk makes you an obvious candidate. Would you be open to a call?"),
    ("me", "2024-06-03 18:10", "Hi Pieter, thanks for reaching out - yes, definitely. Could you share a short deck beforehand? Then let's find a slot next week."),
    ("drone", "2024-06-04 07:50", "Deck is in your inbox. Tuesday afternoon?"),
])
C("genuine", "peer_club_deal", "en", "Peer at another fund proposes a club deal", [
    ("clubpeer", "2023-10-03 21:05", "Jo, off the record: we're looking at a TIC asset that's too big for us alone (EV ~140m). It'd be a great fit with Rheinwerk if you ever get there, and you've done the homework on the sector. Would Mainkai consider a club deal, 50/50? Happy to brief you and Florian under NDA."),
    ("me", "2023-10-04 07:45", "Ben, interesting. I'll raise it with Florian today. Send the NDA to both of us."),
    ("clubpeer", "2023-10-04 08:01", "Will do. Lunch at the usual place if it moves?"),
])
C("genuine", "recruiter_engaged", "de", "Headhunterin, mit der sie gesprochen hat, meldet sich mit nächsten Schritten", [
    ("hh", "2024-01-15 12:00", "Liebe Frau Seidel,\nvielen Dank für das offene Gespräch letzte Woche. Wie besprochen ist die VP-Position bei dem Münchner Fonds (Industrials, 300 Mio. Fonds) weiterhin offen; die Partner würden Sie gern Anfang Februar kennenlernen. Vergütung wie besprochen, Carry-Allokation würde im zweiten Gespräch konkretisiert. Darf ich Ihr Profil weitergeben?"),
    ("me", "2024-01-16 21:30", "Liebe Frau Vogl, danke. Ja, bitte weitergeben, aber streng vertraulich. Termine gehen bei mir am besten freitags."),
    ("hh", "2024-01-17 08:15", "Selbstverständlich. Ich melde mich mit Terminvorschlägen."),
    ("me", "2024-02-20 19:00", "Liebe Frau Vogl, nach reiflicher Überlegung bleibe ich vorerst bei Mainkai – bei uns steht gerade eine Beförderung an. Vielen Dank für Ihre Mühe, ich melde mich gern, wenn sich etwas ändert."),
])
C("genuine", "applicant", "de", "Student bewirbt sich um Praktikum im Deal-Team", [
    ("app_de", "2024-03-04 10:20", "Sehr geehrte Frau Seidel,\nich studiere BWL im 5. Semester an der Goethe-Uni und interessiere mich sehr für ein Praktikum im Investment-Team von Mainkai ab September (6 Monate). Vorerfahrung: Praktikum in der Transaction Services einer Big4 und Werkstudent im Controlling eines Maschinenbauers. Darf ich Ihnen meine Unterlagen schicken?\nMit freundlichen Grüßen\nPaul Steinbach"),
    ("me", "2024-03-04 12:10", "Hallo Herr Steinbach, gerne – bitte über unsere Website an careers@, dann landet es im richtigen Prozess. Erwähnen Sie gern, dass wir hier Kontakt hatten."),
])
C("genuine", "applicant", "en", "International student applies for analyst internship", [
    ("app_en", "2024-09-10 09:00", "Dear Ms Seidel,\nI'm an Italian MSc Finance student at Frankfurt School and I'm applying for your off-cycle internship. I did a summer internship at a mid-market fund in Milan (industrial services, two buy-and-builds). My German is B1 and improving. I'd be grateful for any advice on the application.\nBest regards,\nChiara Romano"),
    ("me", "2024-09-10 13:00", "Hi Chiara, thanks for reaching out. B1 is fine for the internship, most of our modelling work is in English. Apply via the website by the 30th, and mention the buy-and-build experience prominently."),
    ("app_en", "2024-09-10 13:05", "Thank you so much, will do!"),
])
C("genuine", "portfolio_management", "de", "Werkleiter einer Portfoliogesellschaft, neues Profil, im Spam-Ordner", [
    ("werk", "2024-04-02 06:55", "Guten Morgen Frau Seidel, Kessler hier, Werkleiter Hanau bei Rheinwerk. Ich habe ein neues Profil, deshalb schreibe ich von hier. Zum 100-Tage-Plan: die Akkreditierung für das neue Prüflabor verzögert sich bei der DAkkS um ca. 6 Wochen. Das betrifft Ihren Meilenstein 4. Wollte Sie informieren, bevor es im Reporting auftaucht."),
    ("me", "2024-04-03 18:20", "Guten Abend Herr Kessler, danke – die Nachricht war leider im Spam-Ordner. Gut, dass Sie Bescheid geben. Bitte nehmen Sie es so ins Reporting auf, mit der neuen Zeitschätzung."),
], folder="SPAM")
C("genuine", "congrats_after_deal", "de", "Glückwunsch nach Rheinwerk-Closing (1/3)", [
    ("c1", "2024-03-27 18:40", "Herzlichen Glückwunsch zum Closing bei Rheinwerk, Johanna! Hat ja doch noch vor Ostern geklappt 🎉 War eine Freude, mit euch zu arbeiten."),
    ("me", "2024-03-27 20:00", "Danke Max! Ohne eure Nachtschichten beim SPA wäre das nichts geworden."),
])
C("genuine", "congrats_after_deal", "de", "Glückwunsch nach Rheinwerk-Closing (2/3)", [
    ("c2", "2024-03-28 08:15", "Glückwunsch zu Rheinwerk! Toller Deal. Wir müssen dringend mal wieder essen gehen."),
])
C("genuine", "congrats_after_deal", "en", "Congrats after Rheinwerk closing (3/3)", [
    ("c3", "2024-03-28 09:30", "Congratulations on closing Rheinwerk, Johanna - great outcome and a pleasure working with the team on the unitranche. Looking forward to the add-ons!"),
    ("me", "2024-03-28 10:05", "Thank you James, and thanks for the flexibility on the delayed draw!"),
])
C("genuine", "owner_started_expert_call", "en", "Owner asks former industry executive for an expert call", [
    ("me", "2023-07-11 10:30", "Dear Mr Holtkamp, I'm an associate at Mainkai Capital in Frankfurt. We're studying the German market for industrial inspection and testing. Given your years running an inspection business, would you be open to a paid one-hour conversation? We'd keep it strictly general, no confidential information about your former employer."),
    ("expert", "2023-07-12 19:20", "Dear Ms Seidel, happy to help. Via an expert network or directly? Directly is easier for me, my daily rate as an advisor is EUR 1,800, one hour would be EUR 300. Next week Wednesday or Thursday afternoon works."),
    ("me", "2023-07-13 08:10", "Directly is perfect. Thursday 3pm? I'll send a short list of topics beforehand."),
])
C("genuine", "owner_started_sourcing", "de", "Inhaberin (Associate) schreibt Mittelständlerin proaktiv an; Antwort: später", [
    ("me", "2023-09-14 09:00", "Sehr geehrte Frau Brückner,\nich bin bei Mainkai Capital in Frankfurt für Beteiligungen an technischen Dienstleistern zuständig. Ihr Betrieb fiel mir in der Recherche zur Kanalsanierung in Hessen auf, besonders Ihre Spezialisierung auf Inliner-Verfahren. Falls Sie sich irgendwann mit Nachfolge oder Wachstumspartnern beschäftigen, würde ich mich über ein unverbindliches Kennenlernen freuen. Falls nicht, sehen Sie mir die Nachricht bitte nach."),
    ("owner_tgt", "2023-09-20 20:10", "Guten Abend Frau Seidel, danke für die freundliche Nachricht. Im Moment ist das kein Thema, mein Sohn steigt gerade ein. Aber in zwei, drei Jahren reden wir vielleicht über einen Partner für Wachstum. Melden Sie sich dann gern wieder. Mit freundlichen Grüßen, G. Brückner"),
    ("me", "2023-09-21 08:00", "Vielen Dank, Frau Brückner, das freut mich. Ich melde mich 2025 und wünsche Ihnen und Ihrem Sohn viel Erfolg!"),
])
C("genuine", "owner_started_board", "de", "Inhaberin fragt ehemaligen CEO nach Beiratsmandat", [
    ("me", "2024-04-10 17:45", "Lieber Herr Dr. Albers, wir haben mit Rheinwerk Prüfdienste gerade eine neue Plattform übernommen und suchen für den Beirat jemanden mit operativer Erfahrung im Industrieservice. Hätten Sie grundsätzlich Interesse und Kapazität? Vergütung und Co-Investment würden wir gern persönlich besprechen."),
    ("exceo", "2024-04-11 07:30", "Liebe Frau Seidel, das klingt reizvoll. Ich habe derzeit zwei Mandate, ein drittes ginge. Lassen Sie uns nächste Woche telefonieren, am besten Dienstag nach 16 Uhr."),
    ("me", "2024-04-11 08:05", "Dienstag 16:30, ich rufe Sie an. Danke!"),
])
C("genuine", "long_standing_friend", "de", "Studienfreundin aus Mannheim, Kontakt über Jahre", [
    ("unifriend", "2019-05-17 22:10", "Johaaaa, du bist jetzt wirklich nach Frankfurt gezogen?! Dann haben wir ja keine Ausrede mehr für Mittwochs-Weinschorle."),
    ("me", "2019-05-18 10:00", "Jaaa! Sachsenhausen, 3. Stock ohne Aufzug. Mittwoch bin ich dabei."),
    ("unifriend", "2021-04-01 12:30", "Glückwunsch zum neuen Job bei Mainkai! Private Equity, uiuiui. Wehe du hast keine Zeit mehr für mich."),
    ("me", "2021-04-01 13:10", "Danke! Zeit für dich hab ich immer, nur vielleicht erst ab 22 Uhr 😅"),
    ("unifriend", "2024-10-02 18:45", "Hast du am 19. Zeit? Wir feiern Malte's 35. im Garten, bring gern wen mit."),
    ("me", "2024-10-02 20:15", "Am 19. bin ich da! Bring ich Kuchen mit?"),
])
C("genuine", "long_standing_colleague", "en", "Former Big4 colleague in London, occasional catch-ups", [
    ("london", "2020-12-18 17:00", "Merry Christmas Jo! Still miss our late nights on the Stuttgart carve-out, weirdly. Hope Frankfurt is treating you well."),
    ("me", "2020-12-18 18:30", "Merry Christmas Oli! I do not miss the Stuttgart data room. Come visit when travel is possible again."),
    ("london", "2024-06-12 11:20", "Jo, random question: we've been asked to do VDD on a German inspection business and I remembered you bought Rheinwerk. Any chance you'd share (in general terms) what you found hardest to diligence? Totally fine if not."),
    ("me", "2024-06-12 19:05", "General terms, sure: accreditation scope vs what they actually sell, and how much revenue depends on 2-3 key inspectors. Call me on the weekend if you like."),
])
C("genuine", "journalist", "de", "Finanzjournalist fragt nach Einschätzung zum Mid-Market", [
    ("journo", "2024-05-21 14:00", "Hallo Frau Seidel, ich schreibe für den Börsen-Kurier über Nachfolgedeals im Mittelstand und würde gern mit Mainkai sprechen, auch gern mit Ihnen statt mit den Partnern. Zitate nur nach Freigabe. Hätten Sie diese Woche 20 Minuten?"),
    ("me", "2024-05-21 15:30", "Hallo Herr Imhof, danke für die Anfrage. Presse läuft bei uns über Florian Becker; ich habe ihn in cc per Mail gesetzt, er meldet sich heute noch."),
])
C("genuine", "event_invitation_contact", "en", "Law firm partner invites her to a PE breakfast", [
    ("law", "2023-10-16 09:10", "Dear Johanna, we're hosting a small breakfast on 9 November on the new merger-control thresholds and what they mean for buy-and-builds. About 20 people from mid-market funds. It would be lovely to have you there - and you'd be welcome to share your view on the Hessen Gebäudetechnik add-ons if you like."),
    ("me", "2023-10-16 11:00", "Dear Victoria, thank you, I'd love to come. Happy to say a few words informally."),
])
C("genuine", "event_invitation_contact", "de", "Verband lädt zur Jahrestagung ein (bekannter Kontakt)", [
    ("verband", "2024-07-08 10:15", "Liebe Frau Seidel, nach Ihrem Beitrag letztes Jahr würden wir uns freuen, Sie wieder bei der Jahrestagung am 26. September in Darmstadt zu sehen. Diesmal gibt es eine Session zum Thema Fachkräfte und Konsolidierung. Anmeldung wie immer über die Geschäftsstelle."),
    ("me", "2024-07-08 12:00", "Liebe Frau Dörr, danke, ich bin dabei und bringe vermutlich Herrn Wittich von der Hessen Gebäudetechnik mit."),
])
C("genuine", "requested_proposal", "en", "Commercial DD provider sends the quote she requested", [
    ("me", "2024-01-22 09:30", "Hi Henrik, as discussed: could you send a proposal for a red-flag commercial DD on Project Prism (testing lab, 3 sites)? Timeline 3 weeks, kick-off mid-February."),
    ("cdd", "2024-01-23 18:40", "Hi Johanna, proposal is in your inbox. Headline: fixed fee EUR 85k for red-flag, EUR 140k for full scope incl. 25 customer interviews. We can start 12 Feb. Happy to walk you through it tomorrow."),
    ("me", "2024-01-24 08:20", "Thanks Henrik. Red-flag scope first. Let's talk at 11."),
])
C("genuine", "requested_fee_estimate", "de", "Kanzlei sendet angefragte Kostenschätzung Legal DD", [
    ("ldd", "2024-01-25 16:05", "Liebe Frau Seidel, wie gewünscht unsere Schätzung für die Legal DD Projekt Prism: Red-Flag-Report, Fokus Gesellschaftsrecht, Arbeitsrecht, Akkreditierungen und Kundenverträge. Cap bei 65.000 € zzgl. USt., Abrechnung nach Aufwand darunter. Team wie bei Rheinwerk. Beste Grüße, Felix Brandl"),
    ("me", "2024-01-25 17:30", "Danke, Herr Dr. Brandl. Passt. Bitte die Akkreditierungsthemen priorisieren, da liegt das Risiko."),
])
C("genuine", "portfolio_ceo_addon", "de", "CEO einer Portfoliogesellschaft schlägt Add-on vor", [
    ("ceo_hg", "2024-05-07 19:50", "Frau Seidel, ich hatte heute Abend ein Bier mit dem Inhaber von Elektro Kramer in Gießen. Der würde verkaufen, 45 Leute, viel Wartung im Krankenhausbereich. Passt perfekt zu uns. Wollen wir das angehen? Er möchte keinen Berater einschalten."),
    ("me", "2024-05-07 21:10", "Herr Wittich, klingt sehr gut. Können Sie mir die letzten zwei Jahresabschlüsse besorgen? Dann rechne ich ein erstes Bewertungsband, bevor wir mit Florian sprechen."),
    ("ceo_hg", "2024-05-08 07:15", "Mach ich, er schickt sie mir bis Freitag."),
])
C("genuine", "lender_term_sheet", "en", "Debt fund sends term sheet for a live deal", [
    ("c3", "2024-02-08 15:20", "Johanna, indicative term sheet for Rheinwerk attached: unitranche EUR 32m, E+575, 6-year bullet, one covenant-lite leverage test, plus EUR 10m delayed draw for acquisitions. Valid until 29 Feb. Happy to discuss the DDTL conditions."),
    ("me", "2024-02-08 16:45", "Thanks James. The margin is a bit high vs the bank offer - can you get closer to 550? Let's talk tomorrow."),
    ("c3", "2024-02-08 16:50", "Let me see what credit committee says. Tomorrow 10am works."),
], attachments={0: "https://www.linkedin.com/dms/rheinwerk-ts-indicative.pdf"})
C("genuine", "deal_team_chat", "mixed", "Deal-Team-Gruppe, Deutsch/Englisch gemischt", [
    ("team1", "2024-02-29 22:10", "Team, SPA mark-up von der Gegenseite ist da. Jo, kannst du bitte die W&I-Exclusions gegen unsere DD findings mappen?"),
    ("me", "2024-02-29 22:30", "On it. Aylin, can you pull the list of red flags from the legal DD into a table? Spalten: finding, SPA clause, W&I covered yes/no."),
    ("team2", "2024-02-29 22:35", "Yes, mach ich. Ready by 9am."),
    ("team1", "2024-02-29 22:40", "Super, thanks both. Call at 10 with Roth Kienle."),
], title="Projekt Rheinwerk – Deal Team")
C("genuine", "portfolio_hr", "de", "Personalleiterin fragt zu Managementbeteiligung", [
    ("hr_hg", "2024-06-18 11:45", "Hallo Frau Seidel, zwei unserer Niederlassungsleiter haben nach dem MEP gefragt, ob sie noch einsteigen können. Gibt es da noch Pool-Anteile, und wer erklärt ihnen die Konditionen? Ich möchte nichts Falsches sagen."),
    ("me", "2024-06-18 13:00", "Hallo Frau Pohl, gute Frage. Es gibt noch einen kleinen Pool. Bitte sagen Sie den beiden, dass Herr Wittich und ich uns im Juli bei ihnen melden. Bis dahin gern keine Details."),
])
C("genuine", "bank_relationship", "de", "Bankberaterin zur Finanzierung eines Add-ons", [
    ("bank", "2024-05-29 10:30", "Hallo Frau Seidel, zum Add-on Kramer: Wir könnten die Akquisitionslinie im bestehenden Vertrag nutzen, Marge unverändert 3,25 %. Voraussetzung ist ein Leverage nach Akquisition unter 4,25x. Schicken Sie mir gern die Pro-forma-Zahlen."),
    ("me", "2024-05-29 11:15", "Danke Frau Ulm, Pro-forma kommt nächste Woche."),
])
C("genuine", "lp_coinvest", "en", "Existing LP asks about co-investment", [
    ("lp", "2023-12-05 14:00", "Hi Johanna, good to meet you at the AGM. As mentioned, Calder has a co-invest allocation for 2024. If Rheinwerk or any other deal needs equity beyond the fund's limit, please keep us in mind. We can turn around in 3 weeks."),
    ("me", "2023-12-05 16:20", "Hi Eleanor, thank you, great to meet you too. I'll flag it to Florian, Rheinwerk might indeed need a co-invest tranche."),
])
C("genuine", "operating_partner", "de", "Operating Partner prüft 100-Tage-Plan; ihre Antwort blieb Entwurf", [
    ("op", "2024-04-15 08:05", "Johanna, hab mir den 100-Tage-Plan für Rheinwerk angeschaut. Zu viele Meilensteine, zu wenig Owner. Mach max. 8 Punkte draus, jeweils ein Name dran. Sonst wird das nichts."),
    ("me", "2024-04-15 08:30", "Verstanden, ich kürze bis morgen. Danke!"),
], drafts={1})
C("genuine", "process_letter_known_advisor", "en", "Known sell-side advisor sends phase 2 process letter", [
    ("processadv", "2024-09-16 09:00", "Dear Johanna,\nthank you for your indicative offer on Project Atlas. We're pleased to invite Mainkai into phase 2. The process letter and VDR access follow by email. Binding offers are due 8 November; management presentations will be held 7-10 October in Frankfurt."),
    ("me", "2024-09-16 10:20", "Dear Daniel, thank you, we're pleased to continue. Please send the VDR invites to the team list."),
])
C("genuine", "reference_request", "en", "Former intern asks for a reference", [
    ("exintern", "2024-08-05 20:00", "Hi Johanna, hope you're well! I'm applying for analyst roles at two London funds and they want references. Would you be willing to be one? I loved my time at Mainkai."),
    ("me", "2024-08-06 07:45", "Hi Noah, of course! Give them my email. And good luck - you'll be great."),
])
C("genuine", "congrats_promotion", "de", "Ehemalige Kollegin gratuliert zur Beförderung", [
    ("c2", "2024-07-03 12:10", "Senior Associate!! Glückwunsch Johanna, hochverdient. Jetzt aber wirklich essen gehen, ich lade ein."),
    ("me", "2024-07-03 13:00", "Danke Sarah 🥰 nächste Woche Donnerstag?"),
])
C("genuine", "portfolio_reporting", "en", "Portfolio CFO sends monthly reporting pack with questions", [
    ("mgmt", "2024-07-12 17:00", "Hi Johanna, June reporting pack is uploaded. Revenue +4% vs budget, EBITDA slightly below due to the lab delay. One question: should we report the lab costs as one-off in the adjusted EBITDA bridge, or do you want them in the run-rate?"),
    ("me", "2024-07-12 18:30", "Hi Kai, thanks. One-off for now, with a footnote. We'll revisit when the accreditation is through."),
])

# ================================================================ WANTED PITCHES (12)
C("wanted_pitch", "expert_network_post_reference", "de", "Expertennetzwerk bezieht sich auf ihren Post zum fragmentierten Prüfmarkt", [
    ("w_expert", "2023-06-20 10:10", "Hallo Frau Seidel,\nIhr Beitrag zu den „1.400 kleinen Prüfdienstleistern, die niemand kennt“ war sehr treffend – besonders der Punkt, dass Akkreditierungsumfang und tatsächliches Geschäft oft auseinanderliegen. Wir haben im Netzwerk aktuell drei ehemalige Leiter von Akkreditierungsstellen sowie zwei frühere Geschäftsführer regionaler Prüfdienstleister (Aufzüge, Druckbehälter), die genau dazu sprechen können. Wenn Sie möchten, schicke ich Ihnen anonymisierte Kurzprofile – Calls ab 450 € pro Stunde, keine Mindestabnahme."),
    ("me", "2023-06-20 14:30", "Hallo Frau Eckstein, die Profile gern. Aufzüge interessiert mich besonders."),
])
C("wanted_pitch", "mna_talk_reference", "en", "M&A boutique refers to her panel remarks, after connecting", [
    ("w_mna", "2024-05-17 09:30", "Hi Johanna,\nthanks for connecting. On the panel you said the hardest part of buy-and-build in facility services is finding add-ons below EUR 5m revenue whose owners haven't been approached ten times. We've spent a year building exactly that list for Hessen and Rhineland-Palatinate: 46 electrical and HVAC maintenance firms, 20-80 staff, owners 58+, none in a process. We'd work on a retainer + success basis, and can share three anonymised profiles upfront so you can judge the quality."),
    ("me", "2024-05-17 12:00", "Hi Richard, that's relevant for Hessen Gebäudetechnik. Please send the three profiles."),
])
C("wanted_pitch", "pmi_site_visited", "de", "PMI-Beraterin hat Fonds-Website gesehen, nennt konkrete Add-ons", [
    ("w_pmi", "2024-01-30 13:20", "Sehr geehrte Frau Seidel,\nauf Ihrer Website sehe ich, dass die Hessen Gebäudetechnik Gruppe innerhalb von 14 Monaten drei Add-ons integriert hat (Schaller, Pfeifer Klima, Ostend Elektro). Aus Erfahrung: Nach dem dritten Zukauf kippt es meist bei ERP und Einsatzplanung, weil jede Firma ihre eigene Handwerkersoftware behalten hat. Wir haben diese Konsolidierung bei zwei vergleichbaren Plattformen gemacht und könnten in einem zweitägigen Quick-Check sagen, wo Sie stehen (Festpreis 9.500 €). Gerne auch nur ein Austausch."),
])
C("wanted_pitch", "carveout_specific_problem", "en", "Carve-out consultant names the TSA expiry problem concretely", [
    ("w_tsa", "2024-04-23 11:40", "Dear Johanna,\nRheinwerk was carved out of the Voss group, and based on the public closing announcement the IT and payroll services still run under a TSA. These TSAs typically run 12 months, which would put the exit at Q1 2025 - and the LIMS for the labs is usually the part that gets underestimated, because it's licensed to the parent. We do standalone IT for carve-outs in the EUR 50-300m range. I'd be happy to share a one-page TSA exit checklist with no strings attached."),
    ("me", "2024-04-23 14:00", "Hi Martin, the LIMS point is spot on. Please send the checklist."),
])
C("wanted_pitch", "interim_mutual_contact", "de", "Interim-CFO, empfohlen von gemeinsamem Beirat", [
    ("w_icfo", "2024-08-27 18:30", "Sehr geehrte Frau Seidel,\nDr. Albers hat mir erzählt, dass bei Rheinwerk der CFO zum Jahresende geht und Sie die Lücke überbrücken müssen. Ich war zuletzt 9 Monate Interim-CFO bei einem Prüfdienstleister im Carve-out (TSA-Ablösung, Reporting an den Fonds, Bankenkommunikation) und wäre ab November verfügbar. Tagessatz 1.650 €. Herr Dr. Albers kann Ihnen mehr zu meiner Arbeit sagen."),
    ("me", "2024-08-28 08:10", "Sehr geehrter Herr Strasser, danke, das kommt zur richtigen Zeit. Schicken Sie mir bitte Ihren CV, dann vereinbaren wir ein Gespräch."),
])
C("wanted_pitch", "wi_register_reference", "de", "W&I-Maklerin sieht neue Bidco im Handelsregister", [
    ("w_wi", "2024-09-09 09:15", "Guten Morgen Frau Seidel,\nim Handelsregister ist letzte Woche die MKC Industrie Beteiligungs II GmbH eingetragen worden, Geschäftsführer Herr Becker – das sieht nach einer neuen Transaktion bei Ihnen aus. Falls Sie eine W&I-Versicherung in Betracht ziehen: Wir haben 2024 vier Deals im Bereich technische Dienstleistungen platziert und kennen die typischen Ausschlüsse (Akkreditierung, Arbeitnehmerüberlassung). Ich kann Ihnen innerhalb von 48 Stunden indikative Quotes besorgen, unverbindlich."),
])
C("wanted_pitch", "data_vendor_tools_setup", "en", "Sourcing data vendor knows their CRM from their job ad", [
    ("w_data", "2024-03-19 15:00", "Hi Johanna,\nyour analyst job ad mentions you track deal flow in Kestrel CRM and tag targets by NACE code. We sync German Mittelstand company data (Bundesanzeiger financials, shareholder age, management changes) straight into Kestrel, mapped to NACE, so your analysts stop copy-pasting. For a fund focused on industrial services we'd start with ~11,000 companies in your size band. Happy to set up a trial sync on a sandbox instance."),
])
C("wanted_pitch", "recruiter_relevant_role", "de", "Headhunter mit passender VP-Rolle im Industrials-Fonds", [
    ("w_hh", "2024-10-01 08:45", "Guten Morgen Frau Seidel,\nich begleite die Suche nach einem Vice President für einen Frankfurter Mid-Market-Fonds mit Fokus auf technische Dienstleistungen und Buy-and-Build. Ihr Track Record (Rheinwerk, Hessen Gebäudetechnik) passt ungewöhnlich genau, und die Rolle wäre ein Schritt nach vorn mit eigener Deal-Verantwortung. Falls Sie offen sind, gern ein vertrauliches Gespräch – falls nicht, verstehe ich das natürlich, Sie sind gerade erst befördert worden."),
])
C("wanted_pitch", "supplier_sample_targets", "de", "Nachfolge-Datenanbieter schickt fünf passende Beispielziele", [
    ("w_nachf", "2024-06-25 10:00", "Hallo Frau Seidel,\nIhre Kriterien auf der Website (EBITDA 3–15 Mio., technische Dienstleister, DACH, Nachfolge) haben wir mal auf unsere Daten gelegt: 212 Treffer in Hessen, Bayern und BW. Fünf Beispiele mit Gesellschafter über 62 und ohne Familiennachfolge im Register: ein Aufzugsservice in Würzburg, zwei Kältetechniker in Nordbaden, ein Brandschutzprüfer bei Kassel, ein Industriereiniger in Aschaffenburg. Die Namen schicke ich Ihnen gern, wenn Sie sehen wollen, ob die Qualität stimmt. Lizenz ab 14.000 € p. a."),
    ("me", "2024-06-25 11:30", "Hallo Frau Sommer, gern die fünf Namen – wenn davon mindestens zwei neu für uns sind, reden wir."),
])
C("wanted_pitch", "agency_portfolio_problem", "en", "Employer branding agency names portfolio company's hiring problem", [
    ("w_brand", "2024-08-13 12:30", "Hi Johanna,\nHessen Gebäudetechnik currently has 38 open technician roles across job boards, some of them listed since February, and the careers page still shows the pre-merger logos of Schaller and Pfeifer. We run recruitment campaigns for technical service companies (videos with real technicians, targeted in a 30 km radius per branch) and typically fill 40% of roles within 4 months. I'd be happy to show a case from a facility services platform in NRW."),
])
C("wanted_pitch", "freelancer_post_comment", "de", "Freelancer bietet Marktkarte an, die zu ihrem Kommentar passt", [
    ("w_map", "2023-09-05 21:00", "Hallo Frau Seidel,\nSie hatten unter einem Beitrag geschrieben, dass es für Kanalsanierung keine brauchbare Marktübersicht gibt. Ich habe für eine Masterarbeit und danach privat eine Marktkarte mit 260 Unternehmen gebaut (Umsatzklassen, Verfahren, Region, Inhaberalter soweit öffentlich). Als Freelancer würde ich die gern aktualisieren und Ihnen exklusiv aufbereiten, ca. 6 Tage zu 600 €. Einen Auszug mit 20 Firmen schicke ich Ihnen vorab kostenlos."),
    ("me", "2023-09-06 07:50", "Hallo Herr Berg, sehr gern den Auszug!"),
])
C("wanted_pitch", "sellside_criteria_fit", "en", "UK sell-side adviser with a German target matching stated criteria", [
    ("w_uk", "2024-07-30 14:45", "Dear Johanna,\nwe're advising the UK parent of a German industrial-services subsidiary (non-destructive testing, 3 sites in Hesse and Lower Saxony, EUR 22m revenue, EUR 4m EBITDA) on a sale. Looking at your stated criteria and your Rheinwerk platform, this would be a natural add-on rather than a standalone. We're contacting only four parties. If of interest, I'll send the NDA."),
    ("me", "2024-07-30 17:00", "Dear Edward, thanks, yes please send the NDA."),
])

# ================================================================ JUNK (38)
C("junk", "generic_expert_network", "en", "Generic expert network (counterpart to Fachkreis)", [
    ("j_expert", "2023-08-08 13:00", "Hi Johanna,\nGlobalMind connects investors with 1M+ experts across every industry. Get fast insights for your due diligence with calls scheduled within 24 hours. Would you be open to a brief intro call?"),
])
C("junk", "mass_teaser_off_focus", "en", "Mass teaser for a SaaS company far outside her focus", [
    ("j_teaser", "2024-02-13 08:00", "Dear Investor,\nWe are pleased to present an exclusive opportunity: a fast-growing B2C mobile gaming studio in Portugal, EUR 3m ARR, seeking EUR 8m Series A. Strong founding team, 2M monthly active users. Please find the teaser attached and let us know if you would like to receive the information memorandum."),
], attachments={0: "https://www.linkedin.com/dms/teaser-gaming.pdf"})
C("junk", "generic_consulting", "de", "Generische Strategieberatung (Gegenstück zu PMI-Beraterin)", [
    ("j_berat", "2023-06-06 09:40", "Sehr geehrte Frau Seidel,\nwir unterstützen Private-Equity-Häuser bei der Wertsteigerung ihrer Portfoliounternehmen – von Strategie über Operational Excellence bis zur Digitalisierung. Gern stelle ich Ihnen unsere Referenzen in einem kurzen Gespräch vor."),
])
C("junk", "generic_interim", "de", "Interim-Management-Pool, generisch (Gegenstück zum Interim-CFO)", [
    ("j_interim", "2024-03-12 11:10", "Guten Tag Frau Seidel,\nbrauchen Ihre Beteiligungen kurzfristig Führungskräfte? Unser Pool umfasst über 3.000 geprüfte Interim Manager für alle Funktionen. Wir liefern Profile innerhalb von 48 Stunden. Darf ich Ihnen unsere Broschüre senden?"),
])
C("junk", "generic_outsourcing", "en", "Financial modelling outsourcing pitch", [
    ("j_model", "2023-11-28 06:30", "Hello Johanna,\nWe provide financial modelling, LBO models, CIM drafting and pitch book support for PE firms at 60% lower cost. Our team of CFA charterholders works in your time zone. Kindly let us know if we can do a free pilot for you."),
    ("j_model", "2023-12-07 06:30", "Hello Johanna, following up on my earlier message. Please let me know your thoughts."),
])
C("junk", "off_topic_wealth", "de", "Finanzberatung für Akademiker, themenfremd", [
    ("j_wealth", "2023-07-25 19:00", "Hallo Frau Seidel, als Besserverdienerin verschenken Sie jedes Jahr Geld bei Steuern und Altersvorsorge. Ich zeige Ihnen in 30 Minuten, wie Sie mit einer Nettopolice und Immobilien bis zu 4.000 € im Jahr sparen. Wann passt es Ihnen?"),
])
C("junk", "off_topic_investment", "de", "Whisky-Fass-Investment", [
    ("j_whisky", "2024-04-30 20:20", "Hallo Johanna, schon mal über Whisky-Fässer als Sachwertanlage nachgedacht? 12–18 % Rendite p. a., unabhängig von den Börsen. Gerade für Finanzprofis eine spannende Beimischung. Ich schicke dir gern unser Exposé."),
])
C("junk", "offers_what_owner_sells", "de", "Kapitalgeber bietet dem PE-Fonds Wachstumskapital an", [
    ("j_capital", "2023-10-10 10:00", "Sehr geehrte Frau Seidel,\nsuchen Sie Kapital für das weitere Wachstum Ihres Unternehmens? Wir beteiligen uns minderheitlich an etablierten Mittelständlern und unterstützen bei Nachfolge und Expansion. Gerne lernen wir Mainkai Capital Partners näher kennen."),
])
C("junk", "capacity_for_new_clients", "en", "Deal-intro service asks if she has capacity for new deals", [
    ("j_cap", "2024-01-30 16:30", "Hi Johanna, are you taking on new investments this quarter? We have a pipeline of 200+ founders actively raising. For a monthly membership of EUR 1,500 you get curated intros every week. Worth a chat?"),
])
C("junk", "like_minded_connect", "en", "Fellow-finance-professional connect, then crypto fund pitch", [
    ("j_like", "2023-11-20 08:00", "Hey Johanna! Great to connect with a fellow finance professional. Always good to grow the network with like-minded people 🙏"),
    ("j_like", "2023-11-23 18:30", "By the way, we're launching a market-neutral digital assets fund with 40% target returns. Allocations are limited - would you or your fund be interested in the deck?"),
])
C("junk", "quick_call", "de", "KI für Due Diligence, kurzer 15-Minuten-Call", [
    ("j_15", "2024-06-11 10:05", "Hallo Frau Seidel, nur eine kurze Frage: Hätten Sie 15 Minuten für einen schnellen Call? Wir zeigen Ihnen, wie unsere KI Due-Diligence-Berichte in Minuten statt Wochen erstellt. Dienstag oder Mittwoch?"),
])
C("junk", "connect_then_pitch", "de", "Finanzkommunikation: Smalltalk, Pitch in Nachricht 2", [
    ("j_ctp1", "2024-02-06 09:00", "Hallo Frau Seidel, danke fürs Vernetzen! Ich sehe, Sie waren auch in Mannheim – welcher Jahrgang?"),
    ("j_ctp1", "2024-02-08 09:15", "Kurz zum Hintergrund: Wir machen Kommunikation für Finanzinvestoren – Pressemitteilungen zu Deals, Thought Leadership, LinkedIn-Auftritt der Partner. Hätten Sie Interesse an einem Austausch?"),
])
C("junk", "connect_then_pitch", "en", "Talent firm: owner answers small talk, pitch in message 3", [
    ("j_ctp2", "2024-07-22 08:30", "Hi Johanna, thanks for accepting! Always great to see women building careers in PE. How long have you been at Mainkai?"),
    ("me", "2024-07-22 12:15", "Thanks Amelia, a bit over three years now."),
    ("j_ctp2", "2024-07-22 12:40", "Amazing! We actually help PE funds hire board members and C-suite for their portfolio companies with a 30-day shortlist guarantee. Would you or your partners be open to a 20-minute intro?"),
])
C("junk", "connect_then_pitch", "de", "Immobilienberater: Vernetzung morgens, Pitch am nächsten Tag", [
    ("j_ctp3", "2024-09-03 08:20", "Guten Morgen Frau Seidel, danke für die Vernetzung! Frankfurt ist gerade wunderschön im Spätsommer, oder?"),
    ("j_ctp3", "2024-09-04 08:45", "Ich berate Finanzprofis beim Aufbau eines Immobilienportfolios – Neubauwohnungen mit 5 % Sonder-AfA, ohne Eigenkapital. Gerade jetzt ein idealer Zeitpunkt. Darf ich Ihnen zwei Objekte in Offenbach zeigen?"),
])
C("junk", "follow_up_bump", "en", "Portfolio monitoring SDR, three bumps", [
    ("j_bump1", "2023-09-19 14:00", "Hi Johanna, how does Mainkai collect KPIs from portfolio companies today? Portfolio Pulse automates it end-to-end. Quick demo?"),
    ("j_bump1", "2023-09-26 14:00", "Floating this back up in case it got buried!"),
    ("j_bump1", "2023-10-04 14:00", "Hi Johanna, any thoughts? Happy to send a 2-min video instead."),
    ("j_bump1", "2023-10-16 14:00", "I'll assume the timing isn't right. Feel free to reach out anytime!"),
])
C("junk", "follow_up_bump", "de", "ESG-Software mit Nachfass-Nachrichten", [
    ("j_bump2", "2024-05-14 09:30", "Hallo Frau Seidel, ist Ihr Fonds auf die SFDR- und CSRD-Pflichten Ihrer Portfoliounternehmen vorbereitet? ESG Kompass erledigt das Reporting automatisch. Darf ich Ihnen eine Demo zeigen?"),
    ("j_bump2", "2024-05-22 09:30", "Ich wollte nur kurz nachhaken, ob meine Nachricht angekommen ist."),
    ("j_bump2", "2024-06-05 09:30", "Frau Seidel, ein letzter Versuch – das Thema wird 2025 für alle Fonds verpflichtend."),
])
C("junk", "template_campaign", "en", "Template 1/5: proprietary deal flow platform", [
    ("j_tpl1", "2023-08-29 10:00", "Hi Johanna,\nI noticed you're focused on deal sourcing at Mainkai Capital Partners. We help mid-market funds access 3x more proprietary deal flow by surfacing off-market companies before they hit a process. Would it make sense to hop on a 15-minute call next week?\nBest, Michael"),
])
C("junk", "template_campaign", "en", "Template 2/5: same wording, other vendor", [
    ("j_tpl2", "2023-12-12 11:15", "Hi Johanna,\nnoticed you're working on deal sourcing at Mainkai Capital. We help mid-market PE funds access 3x more proprietary deals by surfacing off-market companies before a banker gets involved. Would a 15-minute call next week make sense?\nCheers, Sophie"),
])
C("junk", "template_campaign", "en", "Template 3/5: slight rewording", [
    ("j_tpl3", "2024-03-26 09:45", "Hello Johanna,\nI see you focus on deal origination at Mainkai Capital Partners. We enable mid-market investors to see 3x more proprietary deal flow by identifying off-market companies before they run a sale process. Open to a 15-minute call next week?\nLars"),
])
C("junk", "template_campaign", "de", "Vorlage 4/5: gleiche Vorlage auf Deutsch", [
    ("j_tpl4", "2024-06-04 10:30", "Hallo Frau Seidel,\nich habe gesehen, dass Sie bei Mainkai Capital Partners für Deal Sourcing zuständig sind. Wir helfen Mid-Market-Fonds, 3x mehr proprietären Dealflow zu erschließen, indem wir Off-Market-Unternehmen identifizieren, bevor ein Verkaufsprozess startet. Hätten Sie nächste Woche 15 Minuten?\nNina Weiler"),
])
C("junk", "template_campaign", "en", "Template 5/5: same template, later", [
    ("j_tpl5", "2024-09-24 15:20", "Hi Johanna,\nsaw that you focus on sourcing at Mainkai Capital Partners. We help mid-market funds access 3x more proprietary deal flow - we surface off-market companies before they go to process. Worth 15 minutes next week?\nArjun"),
])
C("junk", "merge_tag_failure", "en", "{first_name} placeholder in data pitch", [
    ("j_tag1", "2023-10-24 16:10", "Hi {first_name},\nClearline Data gives investors real-time private company intelligence across 40 countries. Would love to set up a quick demo for your team at {company}."),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} in Steuerberatungs-Pitch", [
    ("j_tag2", "2024-01-16 08:50", "Hallo {{Vorname}},\nals Steuerkanzlei mit Schwerpunkt Private Equity betreuen wir Carried-Interest-Strukturen und Managementbeteiligungen. Gern stellen wir uns Ihnen persönlich vor."),
])
C("junk", "merge_tag_failure", "en", "[Fund Name] placeholder left in fund admin pitch", [
    ("j_tag3", "2024-04-09 13:30", "Hi Johanna, as [Fund Name] scales its portfolio, fund administration can become a bottleneck. Fundflow automates capital calls, distributions and LP reporting. Would you be open to a short call?"),
])
C("junk", "wrong_name_company", "de", "Falscher Name und falsche Firma", [
    ("j_tag4", "2024-08-06 11:00", "Sehr geehrte Frau Seibert,\nzu Ihrem Wechsel zu Mainzer Capital herzlichen Glückwunsch! Falls Sie für den Umzug nach Mainz Unterstützung brauchen: Wir organisieren Relocation für Fach- und Führungskräfte, inklusive Wohnungssuche und Behördengängen."),
])
C("junk", "sponsored_inmail", "en", "Sponsored InMail from 'LinkedIn Member' without profile", [
    ("s_member", "2023-06-27 12:00", "Join 500+ investors at our exclusive webinar on private credit opportunities in 2023. Register today - limited seats."),
], title="Sponsored Conversation", subject="Exclusive webinar: private credit 2023")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Executive MBA", [
    ("s_mba", "2023-11-07 12:00", "<p>Hallo Johanna,</p><p>Der nächste Karriereschritt wartet: Unser berufsbegleitender Executive MBA in Finance startet im April. <strong>Jetzt Infoabend buchen!</strong></p>"),
], title="Sponsored Conversation", subject="Ihr Executive MBA in Finance")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Privatbank", [
    ("s_bank", "2024-10-08 12:00", "<p>Hallo Johanna,</p><p>Exklusives Private Banking für junge Führungskräfte &ndash; persönliche Betreuung ab 100.000&nbsp;€ Anlagevolumen.</p><p><a href=\"https://example.com/private\">Mehr erfahren</a></p>"),
], title="Sponsored Conversation", subject="Private Banking für Führungskräfte")
C("junk", "paid_award", "de", "Kostenpflichtige Auszeichnung „Top 30 unter 30“", [
    ("j_award", "2023-09-12 14:00", "Liebe Frau Seidel,\nSie wurden für den „Finance Talents Award – 30 unter 30 im Private Equity“ nominiert! Alle Preisträgerinnen erhalten ein Porträt im Award-Magazin und Tickets für die Gala in Frankfurt. Für die Teilnahme fällt eine Verwaltungspauschale von 1.190 € an. Bitte bestätigen Sie bis Monatsende."),
])
C("junk", "paid_podcast", "en", "Podcast feature with a sponsorship fee", [
    ("j_pod", "2024-03-05 17:00", "Hi Johanna, I host Dealmakers Unfiltered, a podcast for private-market professionals. We'd love to feature you in our 'Rising Stars' series. Featured guests contribute a sponsorship fee of $1,200 for production and distribution. Interested?"),
])
C("junk", "fluent_generic_company_named", "de", "Flüssig, nennt Mainkai, aber austauschbar", [
    ("j_fluent", "2024-05-28 07:45", "Sehr geehrte Frau Seidel,\nMainkai Capital Partners hat sich im deutschen Mid-Market einen hervorragenden Ruf für partnerschaftliche Wertsteigerung erarbeitet. Gerade Häuser mit diesem Anspruch stehen heute vor der Frage, wie sich Value Creation in einem anspruchsvolleren Zinsumfeld systematisch absichern lässt. Wir begleiten Investoren genau an dieser Schnittstelle – fundiert, pragmatisch und mit messbarer Wirkung. Ich würde mich freuen, Ihnen in einem kurzen Austausch einige Perspektiven vorzustellen.\nMit besten Grüßen\nDr. Moritz von Alten"),
])
C("junk", "off_topic_office", "en", "Flexible office space pitch", [
    ("j_office", "2023-07-04 11:30", "Hi Johanna, is your team looking for flexible office space in Frankfurt? Our new location near the Opernplatz offers private offices from EUR 690/desk. Book a tour this week and get the first month free!"),
])
C("junk", "generic_esg_software", "de", "ESG-Software ohne Bezug zu ihren Themen", [
    ("j_esg", "2024-02-20 10:40", "Sehr geehrte Frau Seidel,\nNachhaltigkeit ist kein Trend mehr, sondern Pflicht. Mit GreenLedger erstellen Unternehmen jeder Größe ihren CO2-Fußabdruck in wenigen Klicks. Ich würde mich über ein kurzes Kennenlernen freuen."),
])
C("junk", "ghostwriting", "de", "LinkedIn-Ghostwriting für Investoren", [
    ("j_ghost", "2024-07-16 19:30", "Hallo Johanna, Investoren mit starker LinkedIn-Präsenz bekommen mehr Dealflow – das ist kein Geheimnis. Ich schreibe für Finance-Profis 3 Posts pro Woche in ihrer Stimme. Lust auf ein kostenloses Probe-Posting?"),
])
C("junk", "off_topic_crypto", "en", "Crypto fund seeding pitch", [
    ("j_crypto", "2024-08-20 21:45", "Hi Johanna - Blocktide is raising a seed round for our tokenised real-world-asset platform. Traditional PE is slow; tokenisation is the future. Would you be interested in getting in early? Deck attached."),
])
C("junk", "off_topic_car_leasing", "de", "Dienstwagen-Leasing, themenfremd", [
    ("j_car", "2023-10-31 12:20", "Hallo Frau Seidel, Ihr nächster Dienstwagen? Wir haben Sonderkonditionen für Führungskräfte: Premium-Elektro-SUV ab 489 € netto im Monat, inklusive Wartung. Soll ich Ihnen ein Angebot machen?"),
])
C("junk", "paid_event_ticket", "en", "Generic summit ticket sale", [
    ("j_summit", "2024-09-17 10:00", "Hi Johanna, the European PE Summit in London (Nov 14-15) is almost sold out! 800+ investors, 60 speakers. As a valued member of the community, you can still grab a delegate pass at EUR 2,490 (save 20% until Friday). Shall I reserve one for you?"),
])
C("junk", "generic_vdr", "en", "Generic data room pitch (she already has a VDR vendor)", [
    ("j_vdr", "2023-12-19 09:25", "Hi Johanna,\nstill using email and shared drives for due diligence? SecureRoom VDR is the trusted choice for M&A professionals worldwide: bank-grade security, AI redaction and unlimited users. Start a free 14-day trial today!"),
])


def main() -> None:
    E.write(HERE.parent / SLUG, profile={
        "First Name": "Johanna", "Last Name": "Seidel",
        "Headline": "Senior Associate @ Mainkai Capital Partners | Mid-market buyouts | Industrial services",
        "Summary": ("Mid-market private equity in Frankfurt: deal sourcing, due diligence and portfolio work "
                    "with technical and industrial service companies in DACH. Before: Transaction Services."),
        "Industry": "Venture Capital & Private Equity", "Geo Location": "Frankfurt am Main, Hessen, Deutschland",
        "Websites": "[COMPANY:https://www.mainkai-capital.de]",
    }, positions=[
        {"Company Name": "Mainkai Capital Partners", "Title": "Senior Associate",
         "Description": "Buy-and-build in industrial services; Rheinwerk Prüfdienste, Hessen Gebäudetechnik",
         "Location": "Frankfurt am Main", "Started On": "Jul 2024", "Finished On": ""},
        {"Company Name": "Mainkai Capital Partners", "Title": "Associate", "Description": "",
         "Location": "Frankfurt am Main", "Started On": "Apr 2021", "Finished On": "Jun 2024"},
        {"Company Name": "Hawthorne Advisory", "Title": "Senior Consultant, Transaction Services",
         "Description": "", "Location": "Frankfurt / London", "Started On": "Sep 2018", "Finished On": "Mar 2021"},
    ], skills=["Private Equity", "Due Diligence", "Financial Modeling", "M&A", "Buy-and-Build",
               "Industrial Services"])
    print(E.summary())


if __name__ == "__main__":
    main()

"""dev9 persona (written blind as heldout13, session 3): Regula Brügger, independent insurance broker for SMEs in Bern.

Written by hand, blind to the detector (session 3). 2026 export layout, Swiss German and
English about half/half. Running this script regenerates ../mixed-insurance-broker-bern
byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-insurance-broker-bern"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Regula Brügger", "https://www.linkedin.com/in/regula-bruegger-broker")
x = Export(SLUG, "2026", owner)
P = x.person

# ---------------------------------------------------------------- people
P("schreiner", "Urs Zürcher", "Zürcher Schreinerei AG", "Geschäftsführer", connected="2014-05-12")
P("medtech", "Priya Anand", "Aarelight Medical SA", "CFO", connected="2025-04-02")
P("ktg", "Daniel Wyss", "Helvetia Mutua Versicherungen", "Key Account Broker", connected="2013-09-09")
P("bvg", "Corinne Lehmann", "Sammelstiftung Aarepension", "Leiterin Brokerbetreuung", connected="2016-01-15")
P("cyberpeer", "Mark Hollingsworth", "Hollingsworth Cyber Risk GmbH", "Founder, cyber broker", connected="2021-11-03")
P("recruit", "Sandra Gerber", "Bernjob Personal AG", "Personalberaterin", connected="2025-06-30")
P("applicant", "Tim Oberli", "", "Versicherungsfachmann mit eidg. Fachausweis", connected="2025-09-08", invite=("IN", "2025-09-07 20:10", "Grüessech Frau Brügger, ich habe mich auf Ihr Inserat beworben."))
P("presse", "Matthias Stucki", "Berner Wirtschaftsblatt", "Redaktor Wirtschaft", connected="2025-03-20")
P("c1", "Beat Aebischer", "Aebischer Elektro GmbH", "Inhaber", connected="2018-02-02")
P("c2", "Simone Ryser", "KMU-Forum Bern", "Projektleiterin", connected="2019-10-10")
P("c3", "James Whitfield", "Quillon Software AG", "COO", connected="2024-01-17")
P("lloyds", "Olivia Marsh", "Thamesgate Specialty", "Cyber Underwriter", connected="2022-06-01")
P("treu", "Hansruedi Kämpf", "Kämpf Treuhand AG", "Treuhänder", connected="2011-03-03")
P("schaden", "Monika Hofer", "Café Hofer Länggasse", "Inhaberin", connected="2017-07-07")
P("hr_intl", "Elena Petrov", "Nordbridge Logistics Switzerland", "HR Lead", connected="2023-05-23")
P("kammer", "Roland Käser", "Handels- und Industrieverein Bern", "Geschäftsführer", connected="2015-04-14")
P("freundin", "Franziska Moser", "", "Physiotherapeutin", connected="2012-08-19")
P("excoll", "Reto Schneider", "Alpina Versicherungen", "Underwriter Haftpflicht", connected="2010-11-30")
P("verband", "Nadine Graf", "Verband unabhängiger Broker Schweiz", "Weiterbildung", connected="2016-09-05")
P("founder", "Lucas Meier-Grant", "Gletscherbyte AG", "CEO", connected="2022-09-14")
P("msp", "Stefan Baumgartner", "Baumgartner IT Services", "Geschäftsführer", connected="2019-12-01")
P("anwalt", "Claudia Rüfenacht", "Rüfenacht Legal", "Rechtsanwältin", connected="2017-03-28")
P("relocate", "Sarah Goldberg", "Tidewater Analytics", "Head of People, EMEA")
P("architekt", "Peter Blaser", "Blaser Architekten AG", "Partner", connected="2016-06-06")
P("mentor", "Graham Fairley", "", "Retired reinsurance underwriter", connected="2009-02-14")
P("accel", "Aisha Bello", "Aare Launchpad", "Program Manager", connected="2024-11-11")
P("vermieter", "Kurt Siegenthaler", "Siegenthaler Immobilien", "Verwalter", connected="2018-08-08")
P("crm", "Jasmin Huber", "Brokerdesk AG", "Customer Success", connected="2020-04-04")
P("praxis", "Dr. Andrea Steiner", "Praxis am Bärenplatz", "Ärztin, Praxisinhaberin", connected="2019-05-05")
P("kv", "Lea Zbinden", "", "KV-Lernende", connected="2024-08-12")
P("restaurant", "Marco Bianchi", "Trattoria Aarberg", "Owner")
P("stamm1", "Thomas Marti", "Marti Versicherungsbroker", "Inhaber", connected="2012-10-10")
P("stamm2", "Isabelle Fankhauser", "Fankhauser Risk", "Brokerin", connected="2014-02-20")
# wanted pitches
P("cybertool", "Jonas Lüthi", "RiskLens KMU", "Co-Founder", connected="2025-05-19")
P("pension", "Hannah Keller", "Vorsorgeradar", "Business Development")
P("webfix", "Noah Brunner", "", "Webentwickler (freelance)")
P("compliance", "Deborah Klein", "Vermittlerkompass", "Produktmanagerin")
P("secfirm", "Raphael Imhof", "Imhof Security Labs", "Partner", connected="2025-07-14")
P("thun", "Martina Bühler", "Werkraum Thun", "Community Managerin")
P("esign", "Ben Carter", "SignFlow Integrations", "Partner Manager")
P("recrel", "Nicole Sommer", "Finsure Talents", "Recruiterin Versicherung")
P("mga", "Florian Roth", "Medirisk Underwriting", "Underwriting Manager")
P("translate", "Emily Clarke", "", "Translator DE>EN, insurance & finance")
P("wholesale", "Tom Pettigrew", "Hartwell Wholesale Brokers", "Account Executive, Switzerland")
P("claimsapp", "Chiara Rossi", "Schadenpilot", "Sales")
# junk
P("tpl1", "Kevin Frei", "Terminmaschine GmbH", "Gründer")
P("tpl2", "Melanie Ackermann", "Brokerleads Schweiz", "Vertrieb")
P("tpl3", "Dario Costa", "FinanzTermine24", "Account Manager")
P("tpl4", "Jasmin Weber", "Vorsorge Leads AG", "Beraterin")
P("tpl5", "Ryan Mitchell", "AdvisorFlow", "Growth Partner")
P("mt1", "Luca Sutter", "Sutter Digital", "Berater")
P("mt2", "Amanda Reyes", "ScaleUp Outreach", "SDR")
P("mt3", "Patrick Frey", "OfficeWorld", "Verkauf")
P("mt4", "Olivia Grant", "GrowthNest", "Partnerships")
P("award", "Vanessa Lüscher", "Swiss Business Excellence Awards", "Award Management")
P("podcast", "Derek Sloane", "Money Makers Unplugged", "Host & Producer")
P("feature", "Karin Bösch", "Leaders of Switzerland Magazin", "Verlagsberaterin")
P("broker2", "Marco Gerber", "Optima Versicherungsberatung", "Kundenberater")
P("capacity", "Tyler Brooks", "ClientMagnet", "Founder")
P("likeminded", "Serge Dubois", "Dubois Ventures", "Entrepreneur | Coach | Speaker")
P("call15", "Nicole Hartmann", "SalesSprint", "Consultant")
P("ctp1", "Adrian Vogel", "Vogel Finanzcoaching", "Coach", connected="2025-05-12", invite=("IN", "2025-05-11 21:02", ""))
P("ctp2", "Megan Hart", "Brightpath Media", "Partnerships Lead", connected="2025-10-06", invite=("IN", "2025-10-05 08:15", "Hi Regula, love your posts on cyber for SMEs!"))
P("ctp3", "Yannick Roth", "Roth Immobilien Dubai", "Investment Advisor", connected="2025-12-01", invite=("IN", "2025-11-30 19:40", ""))
P("watch", "Luca Ferrari", "Ginevra Timepieces", "Private Client Advisor")
P("wine", "Sophie Dubois", "Cave du Léman", "Corporate Gifts")
P("crypto", "Alex Novak", "", "Web3 | DeFi | Freedom")
P("gencyber", "Gary Mendez", "CyberShield Pro", "Enterprise Sales")
P("genpension", "Fabian Moser", "PensionCompare Online", "Partner Manager")
P("genweb", "Alina Koch", "Webwerkstatt 360", "Kundenberaterin")
P("genrec", "Hassan Ali", "TopTalent Global", "Executive Recruiter")
P("gencomp", "Mike Larson", "ComplianceCloud", "Account Executive")
P("fluent", "Charlotte Weiss", "Weiss Brand Consulting", "Strategin")
P("fluent2", "Oliver Kent", "Kent & Co Advisory", "Managing Director")
P("bump", "Raj Patel", "InfoTech Outsourcing", "Business Development")
P("seo", "Manuel Hofstetter", "Rank1 Agentur", "SEO-Berater")
P("mba", "Grace Holloway", "Westbridge Business School", "Admissions Advisor")
P("sp1", "VorsorgePlus Bank", url="https://www.linkedin.com/company/vorsorgeplus-bank")
P("sp2", "Meetly", url="https://www.linkedin.com/company/meetly-scheduling")
P("sp3", "Ledgerwise", url="https://www.linkedin.com/company/ledgerwise-accounting")

C = x.conv

# ---------------------------------------------------------------- genuine
C("genuine", "client_quote_renewal", "de", "langjähriger KMU-Kunde will Offerte für Betriebshaftpflicht-Erneuerung", [
    ("schreiner", "2025-09-15 07:20", "Grüessech Regula, d'Betriebshaftpflicht lauft Ende Jahr us. Mir hei jetz ä neui CNC und zwöi Lüt meh. Chasch üs ä Offerte mache, äuä o mit ere andere Gsellschaft zum Vergliiche? Mir si nid unglücklech, aber d'Prämie isch letschts Jahr rächt ufe."),
    ("me", "2025-09-15 08:05", "Grüessech Urs, klar. I bruuch d'Lohnsumme 2025 und d'Inventarwärt vo de neue Maschine. De hole i drü Offerte ii. Bis Mitti Oktober hesch se."),
    ("schreiner", "2025-09-15 08:30", "Merci vielmal. Schicke dr's hüt Abe."),
    ("me", "2025-10-14 16:40", "Urs, hie d'Übersicht. Variante 2 isch 11 % günstiger bi glichem Dechigsumfang. Chöi mir's am Donnschtig bespräche?"),
], attachments={3: "https://www.linkedin.com/dms/offertvergleich-zuercher-bhv-2026.pdf"})
C("genuine", "inbound_lead_buyer", "en", "medtech startup CFO wants to buy cyber and D&O cover through her", [
    ("medtech", "2025-04-02 10:15", "Hi Regula, we're a 25-person medtech company in Bern, closing our Series A in June. Our investors require D&O and cyber cover before closing. A friend at Quillon said you placed theirs. Could you help us, and what do your fees look like?"),
    ("me", "2025-04-02 11:30", "Hi Priya, congrats on the round! Yes, happy to help. I'm paid by courtage from the insurer, so no separate fee for a standard placement. I'd need last year's financials, headcount, and your IT security setup. Shall we meet next week?"),
    ("medtech", "2025-04-02 12:00", "Perfect. Tuesday at our office in the Wankdorf area? 2pm?"),
    ("me", "2025-04-02 12:05", "Tuesday 2pm, see you there."),
])
C("genuine", "vendor_price_change", "de", "Versicherer kündigt Prämienerhöhung Krankentaggeld für Portfolio an", [
    ("ktg", "2025-08-20 14:00", "Hoi Regula, vorab inoffiziell: Wir werden per 1.1.2026 die Krankentaggeld-Tarife im KMU-Segment um durchschnittlich 8 % anpassen, bei schlechter Schadenquote mehr. Die offiziellen Schreiben kommen Ende September. Ich schicke dir die Liste der betroffenen Kunden aus deinem Bestand."),
    ("me", "2025-08-20 15:10", "Merci Dani für die Vorwarnung. Das wird Diskussionen geben. Kannst du bei Zürcher und Aebischer etwas machen? Die haben seit Jahren kaum Schäden."),
    ("ktg", "2025-08-21 08:00", "Schaue ich an. Bei guten Verläufen haben wir Spielraum."),
])
C("genuine", "vendor_price_change", "de", "Sammelstiftung informiert über Kostenanpassung und Umwandlungssatz", [
    ("bvg", "2025-10-06 09:30", "Liebe Frau Brügger, zur Information vor dem Versand an die angeschlossenen Betriebe: Die Verwaltungskosten pro versicherte Person steigen 2026 von CHF 185 auf CHF 198. Der Umwandlungssatz im überobligatorischen Teil sinkt auf 5.4 %. Gerne erläutern wir Ihnen das an unserem Broker-Apéro am 28. Oktober."),
    ("me", "2025-10-06 10:20", "Besten Dank, Frau Lehmann. Ich komme gern an den Apéro. Könnten Sie mir die Kundenbriefe vorab schicken?"),
])
C("genuine", "peer_joint_offer", "mixed", "befreundeter Cyber-Broker schlägt gemeinsames Angebot für grösseren Kunden vor", [
    ("cyberpeer", "2025-06-11 16:45", "Hi Regula, quick one: I've got a 180-person manufacturer in Burgdorf who wants one broker for everything. I only do cyber. Want to pitch together? You take P&C and BVG, I do cyber, split the courtage by line."),
    ("me", "2025-06-11 17:30", "Hoi Mark, klingt spannend. Who's their current broker? I don't want to step on Thomas Marti's toes if it's him."),
    ("cyberpeer", "2025-06-11 17:40", "It's one of the big ones, not Thomas. Coffee Friday?"),
    ("me", "2025-06-11 17:45", "Friday 9h at the Adrianos."),
])
C("genuine", "recruiter_engaged", "de", "Personalberaterin, die sie für die Suche einer Kundenberaterin beauftragt hat", [
    ("me", "2025-06-30 08:00", "Grüessech Frau Gerber, wie besprochen: Ich suche eine/n Kundenberater/in 80-100 %, mit Fachausweis und BVG-Erfahrung, Deutsch und Englisch. Lohnband 95-110k. Ihr Honorar von 18 % des Jahreslohns ist in Ordnung."),
    ("recruit", "2025-07-02 13:40", "Danke für das Briefing. Ich habe zwei Profile, eine Kandidatin von einer Sammelstiftung, einer aus dem Vertrieb eines Versicherers. Ich schicke beide bis Freitag."),
    ("recruit", "2025-07-11 10:00", "Die Kandidatin (Frau L.) hat 3 Monate Kündigungsfrist, wäre also per November da. Interview nächste Woche möglich?"),
    ("me", "2025-07-11 11:00", "Ja, Mittwoch 14 Uhr im Büro."),
])
C("genuine", "applicant", "de", "Bewerber meldet sich nach Vernetzung zum Stand seiner Bewerbung", [
    ("applicant", "2025-09-08 19:30", "Grüessech Frau Brügger, merci fürs Vernetzen. Ich habe mich letzte Woche als Kundenberater beworben. Ich bin seit 6 Jahren im Aussendienst, möchte aber lieber unabhängig beraten statt Produkte verkaufen. Falls Sie Fragen haben, gern jederzeit."),
    ("me", "2025-09-09 07:45", "Grüessech Herr Oberli, merci für die Nachricht. Ich melde mich bis Ende Woche mit einem Termin."),
])
C("genuine", "journalist", "de", "Wirtschaftsredaktor will Einschätzung zu Cyberangriffen auf KMU", [
    ("presse", "2025-03-20 11:00", "Guten Tag Frau Brügger, ich schreibe über den Hackerangriff auf die Gemeindeverwaltung letzte Woche und darüber, wie gut Berner KMU versichert sind. Hätten Sie Zeit für ein kurzes Telefonat heute oder morgen?"),
    ("me", "2025-03-20 11:40", "Guten Tag Herr Stucki, gern, morgen 9 Uhr? Ich kann allgemein reden, nicht über Kunden."),
    ("presse", "2025-03-20 11:45", "Selbstverständlich. Morgen 9 Uhr, ich rufe an."),
])
C("genuine", "congrats_after_event", "de", "Gratulation nach ihrem Referat am KMU-Tag (1/3)", [
    ("c1", "2025-11-06 18:30", "Super Referat hüt, Regula! Das Bispiel mit em gfälschte Rächnigsmail isch genau das wo üs letscht Jahr passiert isch. Merci!"),
    ("me", "2025-11-06 19:10", "Merci Beat! Freut mi."),
])
C("genuine", "congrats_after_event", "de", "Gratulation nach Referat (2/3)", [
    ("c2", "2025-11-06 19:00", "Liebe Regula, herzlichen Dank für dein tolles Referat! Das Beispiel mit der gefälschten Rechnung war sehr eindrücklich."),
])
C("genuine", "congrats_after_event", "en", "congrats after her talk (3/3, English)", [
    ("c3", "2025-11-07 08:15", "Great talk yesterday Regula, the fake invoice example really hit home. Thanks!"),
    ("me", "2025-11-07 09:00", "Thanks James, glad it was useful!"),
])
C("genuine", "owner_started_underwriter", "en", "owner asks London underwriter for cyber capacity for a client", [
    ("me", "2025-05-05 09:30", "Hi Olivia, hope you're well. I have a Swiss SaaS client (Quillon, 60 staff, CHF 14m revenue) looking for CHF 5m cyber limit. The local market tops out at 2m for them. Would Thamesgate look at an excess layer? Submission attached."),
    ("lloyds", "2025-05-06 15:20", "Hi Regula, yes, happy to look. Could you get their MFA coverage on privileged accounts and their backup test dates? Then I can quote within a week."),
    ("me", "2025-05-06 16:00", "Will do, thanks!"),
], attachments={0: "https://www.linkedin.com/dms/quillon-cyber-submission-2025.pdf"})
C("genuine", "long_standing_partner", "de", "Treuhänder (langjähriger Partner) vermittelt einen Kunden", [
    ("treu", "2025-04-22 17:00", "Hoi Regula, ich habe einen neuen Mandanten, eine Zahnarztpraxis mit 8 Angestellten, die haben noch alles über die Bank versichert, inklusive BVG. Darf ich deine Nummer weitergeben?"),
    ("me", "2025-04-22 17:20", "Hoi Hansruedi, sehr gern. Merci dir! Gibt's bald wieder mal ein Zmittag?"),
    ("treu", "2025-04-22 17:25", "Nächste Woche, Kornhauskeller?"),
])
C("genuine", "client_claim", "de", "Kundin mit Wasserschaden, Unterstützung im Schadenfall", [
    ("schaden", "2025-07-28 06:40", "Regula, hilfe, bi üs im Café isch hinech es Rohr platzt, alles under Wasser. D'Küche isch zue. Was muess i mache??"),
    ("me", "2025-07-28 06:55", "Monika, oh nei. Zersch Fotos vo allem mache, nüt wegwärfe. I mäld dr Schade grad jetz bi dr Gsellschaft und lüte dr am halb acht a. Betriebsunterbruch isch bi dir mitversicheret."),
    ("schaden", "2025-07-28 07:00", "Merci merci merci."),
])
C("genuine", "client_expat_pension", "en", "international client HR lead asks about BVG for expats", [
    ("hr_intl", "2025-12-03 10:00", "Hi Regula, we're hiring four people from the UK and US next quarter. Two will stay less than 2 years. How does BVG work for them, and can they take the money when they leave? Our current plan seems to have a long waiting period for the risk cover too."),
    ("me", "2025-12-03 11:20", "Hi Elena, good questions. Short version: they're in BVG from day one if above the threshold; withdrawal on leaving is limited for EU/EFTA destinations (only the supra-mandatory part). I'll review your plan's waiting period and send a note by Friday."),
])
C("genuine", "event_invitation", "de", "Geschäftsführer des Wirtschaftsvereins lädt zum Jahresanlass ein", [
    ("kammer", "2025-05-26 13:00", "Liebe Regula, am 19. Juni ist unser Sommeranlass im Rosengarten. Kommst du? Ich würde dich gern dem neuen Präsidenten vorstellen, er sucht jemanden für ein Referat zu Versicherungen im Herbst."),
    ("me", "2025-05-26 14:00", "Lieber Roland, ich komme gern! Merci für die Einladung."),
])
C("genuine", "friend", "de", "Freundin, Smalltalk", [
    ("freundin", "2025-08-02 20:30", "Hesch morn Zyt für ne Aareschwumm? D'Aare isch 22 Grad!"),
    ("me", "2025-08-02 20:45", "Jaa! Um 5 bim Marzili?"),
    ("freundin", "2025-08-02 20:46", "Abgmacht 🏊‍♀️"),
])
C("genuine", "ex_colleague", "de", "ehemaliger Kollege beim Versicherer fragt Rat", [
    ("excoll", "2025-10-20 12:10", "Hoi Regula, ich überlege mir, mich selbständig zu machen als Broker. Hättest du mal eine Stunde für mich? Ich zahle das Mittagessen."),
    ("me", "2025-10-20 12:40", "Hoi Reto, natürlich! Nächste Woche Donnerstag?"),
])
C("genuine", "association", "de", "Broker-Verband zu Weiterbildungsnachweis für das Vermittlerregister", [
    ("verband", "2025-11-18 09:00", "Guten Tag Frau Brügger, für die Meldung ans Vermittlerregister fehlen uns noch 4 Weiterbildungsstunden für 2025. Der Kurs 'BVG aktuell' am 4.12. würde zählen. Soll ich Sie anmelden?"),
    ("me", "2025-11-18 09:30", "Ja bitte, merci!"),
])
C("genuine", "client_thanks", "en", "startup CEO thanks her after a claim was paid", [
    ("founder", "2025-06-18 18:00", "Regula, the insurer paid the laptop theft claim in full, 9 days after filing. Honestly didn't expect that. Thanks for pushing them. Drinks on me next time."),
    ("me", "2025-06-18 18:30", "Great news Lucas! That's what I'm here for. I'll take you up on the drinks."),
])
C("genuine", "peer_joint_workshop", "de", "IT-Partner schlägt gemeinsamen Cyber-Workshop für Kunden vor (gemeinsames Angebot)", [
    ("msp", "2025-02-10 11:00", "Hoi Regula, sollen wir im Frühling wieder einen Cyber-Workshop für KMU machen? Letztes Mal hatten wir 35 Leute. Ich würde die Technik machen, du die Versicherungsseite. Kosten für Raum und Apéro teilen wir wie immer."),
    ("me", "2025-02-10 11:45", "Hoi Stefan, gern! April wäre gut. Ich frage im Kornhausforum nach einem Raum."),
])
C("genuine", "lawyer", "de", "Anwältin zu Regressfrage eines Kunden", [
    ("anwalt", "2025-09-02 15:30", "Liebe Frau Brügger, in der Sache Aebischer Elektro: Die Gegenseite bestreitet die Haftung. Könnten Sie mir die Deckungsbestätigung des Haftpflichtversicherers schicken?"),
    ("me", "2025-09-02 16:00", "Liebe Frau Rüfenacht, schicke ich Ihnen heute noch."),
])
C("genuine", "inbound_lead_buyer", "en", "company relocating staff to Bern asks her to handle accident and pension insurance", [
    ("relocate", "2025-11-10 09:00", "Dear Ms Brügger, we're opening a Bern office in March with 12 employees and need accident insurance (UVG), daily sickness and a pension plan. Our Zurich accountants recommended you. Could you propose a package and tell us your timeline?"),
    ("me", "2025-11-10 10:30", "Dear Ms Goldberg, thank you. Yes, that's exactly what I do. For a March start we should sign by end of January. Could you send me the expected salaries and ages (anonymized)? I'll come back with 2-3 options within three weeks."),
    ("relocate", "2025-11-10 11:00", "Great, sending the list today."),
])
C("genuine", "client_renewal_price", "de", "Architekturbüro beklagt Preis der Berufshaftpflicht, will neue Offerte", [
    ("architekt", "2026-01-12 08:30", "Grüessech Regula, d'Berufshaftpflicht isch schon wieder 6 % teurer. Gits da nüt Günstigers? Mir hei sit 10 Jahr kei Schade gha."),
    ("me", "2026-01-12 09:15", "Grüessech Peter, i lueg's a. Vo de Schadefreiheit her sötte mir öppis chönne mache. I frage zwei anderi Versicherer a und mälde mi bis Ändi Monet."),
    ("me", "2026-01-28 17:50", "Peter, zwöi Offerte si da, eini isch 9 % günstiger, aber mit höchem Sälbstbhaut. Wei mir"),
], drafts={2})
C("genuine", "mentor", "en", "long-standing mentor, small talk and advice", [
    ("mentor", "2025-04-14 19:00", "Regula, saw your name in the paper about cyber. Proud of you. Are you still taking on too many small clients? Remember what I said about minimum premiums 😉"),
    ("me", "2025-04-14 20:00", "Graham! Yes, still guilty. But I raised my minimum this year, you'd approve. How's Edinburgh?"),
    ("mentor", "2025-04-15 08:30", "Rainy. Golf is terrible. All is well."),
])
C("genuine", "event_invitation", "en", "accelerator invites her to give insurance office hours to startups", [
    ("accel", "2025-09-22 14:00", "Hi Regula, our autumn cohort has 10 startups and half of them asked about insurance basics. Would you do 2 hours of office hours on October 15? We can't pay much but we offer lunch and eternal gratitude 🙂"),
    ("me", "2025-09-22 15:00", "Happy to! Put me down."),
])
C("genuine", "vendor_price_change", "de", "Vermieter kündigt Mietzinserhöhung wegen Referenzzins an", [
    ("vermieter", "2025-02-24 10:00", "Sehr geehrte Frau Brügger, aufgrund der Anpassung der Nebenkosten erhöhen wir die Akontozahlung für Ihr Büro an der Spitalgasse ab 1. April um CHF 45 pro Monat. Das offizielle Formular folgt per Post."),
    ("me", "2025-02-24 11:00", "Danke für die Information, Herr Siegenthaler."),
])
C("genuine", "vendor_price_change", "de", "Broker-Software, die sie nutzt, kündigt neue Lizenzpreise an", [
    ("crm", "2025-10-28 09:00", "Hallo Frau Brügger, ab 2026 stellen wir auf ein neues Lizenzmodell um. Für Ihr Büro mit 3 Benutzern bedeutet das CHF 89 statt 79 pro Benutzer und Monat, dafür ist das Dokumentenarchiv neu inklusive. Gerne zeige ich Ihnen die Neuerungen in einer kurzen Session."),
    ("me", "2025-10-28 10:30", "Hmm, gut, wenn das Archiv dabei ist. Bitte Termin im November."),
])
C("genuine", "client_quote", "de", "Arztpraxis will Offerte für Praxisversicherung und Cyber", [
    ("praxis", "2025-03-03 12:30", "Liebe Frau Brügger, wir stellen auf elektronisches Patientendossier um und ich mache mir Sorgen wegen Cyber. Können Sie uns eine Offerte machen, gleich zusammen mit der Sachversicherung, die im Juni ausläuft?"),
    ("me", "2025-03-03 13:10", "Liebe Frau Dr. Steiner, sehr gern. Ich komme am Donnerstag über Mittag vorbei und nehme den Fragebogen mit."),
])
C("genuine", "trainee", "de", "KV-Lernende fragt nach Ferien", [
    ("kv", "2025-06-05 16:00", "Hallo Regula, dörft ich i de Herbstferie d'Wuche 41 frei näh? Mir göh mit de Klass uf Berlin."),
    ("me", "2025-06-05 16:30", "Klar Lea, isch guet. Viel Spass z'Berlin!"),
])
C("genuine", "inbound_lead_spam_folder", "en", "restaurant owner wants a quote, message landed in spam", [
    ("restaurant", "2025-08-11 22:15", "Hello Mrs Brügger, I run a restaurant in Aarberg (18 staff). My accountant says my insurance is a mess, three different companies and nobody explains anything. Can you take a look and make me an offer for everything together? I speak Italian and English, my German is not so good. Thank you, Marco"),
    ("me", "2025-08-14 08:30", "Dear Marco, sorry for the late reply, your message went to my spam folder. Yes, I'd be glad to help. Could I visit on Monday morning? Please have your current policies ready."),
    ("restaurant", "2025-08-14 09:00", "Monday 10 is good. Grazie!"),
], folder="SPAM")
C("genuine", "group_peers", "mixed", "Broker-Stamm: Gruppenchat zum nächsten Treffen, ein englischsprachiger Kollege", [
    ("stamm1", "2025-03-10 12:00", "Nächster Broker-Stamm am 27. März im Altes Tramdepot?"),
    ("stamm2", "2025-03-10 12:20", "Bi derbi."),
    ("me", "2025-03-10 13:00", "I o! Bringe d'Zahle zum KTG-Märt mit, das wird lustig."),
    ("cyberpeer", "2025-03-10 14:10", "Count me in, I'll bring the new cyber loss stats. Tramdepot beer is on Thomas this time 😄"),
], title="Broker-Stamm Bern")
C("genuine", "client_reference", "en", "client agrees to be a reference for a prospect (owner asked)", [
    ("me", "2025-12-09 14:00", "Hi James, a prospect (another software company) would like to talk to one of my clients about how I handled your cyber placement. Would you be OK with a short call?"),
    ("c3", "2025-12-09 16:30", "Sure, happy to. Give them my email."),
    ("me", "2025-12-09 16:45", "Thank you, much appreciated!"),
])
C("genuine", "client_smalltalk_renewal", "de", "langjähriger Kunde (Elektriker), Smalltalk und Vertragsfrage", [
    ("c1", "2026-01-20 07:10", "Morge Regula, guets Nöis! Chasch mer d'Police vom Firmeauto no schicke? Dr Garagist wott se gseh."),
    ("me", "2026-01-20 07:40", "Morge Beat, dir o! Chunnt grad per Mail. Wie isch dr Skiurlaub gsi?"),
    ("c1", "2026-01-20 07:45", "Super, aber dr Bueb het sech dr Arm broche 🙄 zum Glück isch er bi dr Unfallversicherig. Merci!"),
])
C("genuine", "medtech_followup", "mixed", "medtech client follow-up after placement, mixed languages", [
    ("medtech", "2025-07-01 09:00", "Hi Regula, Series A closed! The investors were happy with the D&O certificate. One question: our new Swiss-German COO asks whether the Kollektivkrankentaggeld can start already in August."),
    ("me", "2025-07-01 10:00", "Congrats!! Yes, August works. Ich schicke der COO direkt die Unterlagen auf Deutsch, if that's ok."),
    ("medtech", "2025-07-01 10:05", "Perfect, merci!"),
])

# ---------------------------------------------------------------- wanted pitches
C("wanted_pitch", "cyber_tool_post_reference", "de", "Cyber-Risk-Tool bezieht sich auf ihren Post über zu lange Fragebögen", [
    ("cybertool", "2025-05-19 09:00", "Grüessech Frau Brügger, Ihr Post über die 14-seitigen Cyber-Fragebögen, die kein Schreiner ausfüllen kann, hat bei uns im Team die Runde gemacht. Wir haben ein Tool gebaut, das einen externen Scan macht und die Antworten für die 3 grössten Schweizer Cyber-Versicherer vorausfüllt. Der KMU füllt danach nur noch 8 Fragen aus. Für Broker kostenlos in der Pilotphase. Darf ich es Ihnen 20 Minuten zeigen?"),
    ("me", "2025-05-19 10:30", "Das wäre ein Traum. Ja, gern, nächste Woche."),
])
C("wanted_pitch", "pension_talk_reference", "mixed", "BVG-Vergleichsplattform bezieht sich auf ihr Referat zur Sammelstiftung", [
    ("pension", "2025-11-10 10:00", "Hi Regula, I was at KMU-Tag and your point that small firms compare Sammelstiftungen only by Verzinsung und nicht by Verwaltungskosten und Deckungsgrad stuck with me. Our platform Vorsorgeradar shows exactly those three side by side for 40 Sammelstiftungen, updated quarterly. Broker licence is CHF 900 per year. Soll ich Ihnen einen Testzugang für einen Monat einrichten?"),
    ("me", "2025-11-10 11:00", "Ja, gerne. Send me the access."),
])
C("wanted_pitch", "web_dev_site_visited", "de", "Webentwickler hat ihre Website besucht: Offertformular mobil kaputt", [
    ("webfix", "2025-06-23 20:00", "Guten Abend Frau Brügger, ich wollte über Ihre Website eine Offerte für meine Einzelfirma anfragen und habe gemerkt, dass das Formular auf dem Handy beim Absenden hängen bleibt (Safari, iPhone). Ich bin Webentwickler, es liegt wahrscheinlich am Captcha-Plugin. Ich würde es Ihnen für pauschal CHF 250 reparieren. Und die Offerte für meine Firma hätte ich trotzdem gern 🙂"),
    ("me", "2025-06-23 21:00", "Oh nein, danke für den Hinweis! Ja, bitte reparieren Sie das. Und für Ihre Offerte melde ich mich morgen."),
])
C("wanted_pitch", "compliance_specific_problem", "de", "Compliance-Software nennt konkretes Problem: neue Informationspflicht und ihr veraltetes Informationsblatt", [
    ("compliance", "2025-02-17 08:45", "Sehr geehrte Frau Brügger, das Informationsblatt nach Art. 45 VAG, das auf Ihrer Website verlinkt ist, stammt noch von 2023 und enthält den neuen Hinweis zur Entschädigung durch Dritte nicht. Das wird bei der nächsten Kontrolle oft beanstandet. Unser Tool erstellt das Blatt automatisch aus Ihrem Registereintrag und hält es aktuell (CHF 35/Monat). Ich schicke Ihnen gern ein korrigiertes Muster gratis."),
    ("me", "2025-02-17 09:30", "Oh, gut zu wissen. Bitte schicken Sie mir das Muster."),
])
C("wanted_pitch", "mutual_contact_security", "de", "IT-Security-Firma über gemeinsamen Kontakt Hansruedi Kämpf", [
    ("secfirm", "2025-07-14 15:00", "Grüessech Frau Brügger, Hansruedi Kämpf meinte, ich solle mich bei Ihnen melden. Wir machen für KMU Phishing-Simulationen und MFA-Einführungen. Er sagte, einige Ihrer Kunden bekommen wegen fehlender MFA keine Cyber-Deckung. Wir könnten ein fixes Paket 'versicherbar in 30 Tagen' anbieten, das Sie Ihren Kunden empfehlen. Kaffee?"),
    ("me", "2025-07-14 16:00", "Das ist tatsächlich ein Problem bei 3-4 Kunden. Kaffee gern, nächsten Dienstag?"),
])
C("wanted_pitch", "register_item_branch", "de", "Coworking in Thun nimmt Bezug auf SHAB-Eintrag ihrer neuen Zweigniederlassung", [
    ("thun", "2025-09-29 10:00", "Hallo Frau Brügger, im SHAB habe ich gesehen, dass die Brügger Risk & Vorsorge GmbH eine Zweigniederlassung in Thun eingetragen hat. Falls Sie dort noch keinen Raum haben: Wir haben im Werkraum Thun ein kleines Büro mit Besprechungsraum für Kundentermine, 5 Min. vom Bahnhof, ab CHF 650/Monat, monatlich kündbar."),
    ("me", "2025-09-29 12:00", "Das kommt genau richtig, wir suchen noch. Kann ich es nächste Woche anschauen?"),
])
C("wanted_pitch", "tool_integration_setup", "en", "e-signature integration vendor knows she uses Brokerdesk", [
    ("esign", "2025-04-28 11:00", "Hi Regula, I saw in Brokerdesk's customer story that your office uses their CRM. We just released a certified e-signature integration for Brokerdesk: mandates and broker contracts signed with Swiss qualified signature straight from the client record, no PDF juggling. Early users are saving about an hour per new client. Would you like a 2-week trial?"),
    ("me", "2025-04-28 13:00", "Yes, the mandate paperwork is a pain. Let's try it."),
])
C("wanted_pitch", "recruiter_relevant_role", "de", "Versicherungs-Recruiterin mit passender Kandidatin für ihre offene Stelle", [
    ("recrel", "2025-07-07 09:10", "Grüessech Frau Brügger, ich habe Ihr Inserat für die Kundenberatung BVG/Sach gesehen. Ich vermittle nur im Versicherungsbereich und habe eine Kandidatin aus Bern mit Fachausweis, 5 Jahre Brokererfahrung, zweisprachig Deutsch/Englisch, die explizit in ein kleines unabhängiges Büro möchte. Da Sie bereits mit Bernjob arbeiten: Ich würde sie nur vorstellen, wenn Sie das möchten."),
    ("me", "2025-07-07 10:00", "Das ist fair. Schicken Sie mir das anonyme Profil."),
])
C("wanted_pitch", "mga_newsletter", "de", "Spezialversicherer für Arztpraxen nimmt Bezug auf ihren Newsletter", [
    ("mga", "2025-03-24 14:00", "Sehr geehrte Frau Brügger, in Ihrem Kunden-Newsletter schreiben Sie, dass rund ein Drittel Ihrer Kunden Arztpraxen sind und diese mit dem elektronischen Patientendossier neue Cyber-Risiken haben. Wir zeichnen ein Kombiprodukt Praxisversicherung + Cyber speziell für Praxen bis 20 Mitarbeitende, inkl. Datenschutzverletzung nach revDSG. Courtage marktüblich. Darf ich Ihnen die Unterlagen schicken?"),
    ("me", "2025-03-24 15:00", "Ja bitte, passt gerade für eine Praxis am Bärenplatz."),
])
C("wanted_pitch", "translator_bilingual_site", "en", "translator noticed the English version of her site has German leftovers", [
    ("translate", "2025-10-13 09:30", "Hi Regula, I noticed your site has an English version, which is great for Bern's expat founders, but the pension page still has three paragraphs in German and the cyber FAQ mixes 'Selbstbehalt' and 'deductible'. I translate insurance and pension content DE>EN (ex-claims handler). I'd fix the pension page and FAQ for a flat CHF 480, glossary included."),
    ("me", "2025-10-13 10:30", "Oops. Yes, please go ahead, and send me the glossary too."),
])
C("wanted_pitch", "wholesale_press_item", "en", "wholesale broker references press article on her cyber placement", [
    ("wholesale", "2025-04-01 10:00", "Dear Regula, I read the Berner Wirtschaftsblatt piece where you said local cyber capacity stops around CHF 2m for mid-sized tech companies. We're a wholesale broker with binding authority for excess cyber up to CHF 10m for Swiss SMEs, and we pay retail brokers standard commission. Happy to share our appetite guide."),
    ("me", "2025-04-01 11:00", "Thanks Tom, timely. Please send the appetite guide."),
])
C("wanted_pitch", "claims_tool_post", "mixed", "Schadenmeldungs-App bezieht sich auf ihren Post zum Wasserschaden im Café", [
    ("claimsapp", "2025-08-04 09:00", "Hoi Regula, your post about helping a café client at 7am after a pipe burst was great. Genau für solche Fälle haben wir Schadenpilot gebaut: der Kunde macht Fotos in der App, du bekommst alles strukturiert und kannst es direkt an die Gesellschaft weiterleiten. We have a free plan for brokers with up to 50 clients. Interested in a demo?"),
])

# ---------------------------------------------------------------- junk
C("junk", "generic_cyber_tool", "en", "generic cybersecurity pitch, counterpart of the cyber-risk tool", [
    ("gencyber", "2025-06-02 15:00", "Hi Regula,\n\nCyber threats are growing every day. CyberShield Pro offers enterprise-grade endpoint protection, SIEM and 24/7 SOC for businesses of all sizes.\n\nCan we schedule a demo next week?\n\nBest,\nGary"),
    ("gencyber", "2025-06-09 15:00", "Hi Regula, just following up, would Tuesday work?"),
])
C("junk", "generic_pension_platform", "de", "generische Vorsorge-Vergleichsplattform, Gegenstück zu Vorsorgeradar", [
    ("genpension", "2025-11-24 09:00", "Grüezi Frau Brügger, werden Sie Partner von PensionCompare Online und profitieren Sie von attraktiven Provisionen! Ihre Kunden vergleichen Säule 3a, Krankenkassen und Hypotheken mit einem Klick."),
])
C("junk", "generic_web_agency", "de", "generische Webagentur, Gegenstück zum Webentwickler", [
    ("genweb", "2025-07-21 10:00", "Guten Tag Frau Brügger, ist Ihre Website noch zeitgemäss? Webwerkstatt 360 erstellt moderne Websites für KMU ab CHF 2'900. Jetzt kostenloses Erstgespräch buchen!"),
])
C("junk", "generic_recruiter", "en", "generic executive recruiter, counterpart of the insurance recruiter", [
    ("genrec", "2025-07-15 06:30", "Dear Regula, TopTalent Global places world-class executives in every industry. Are you hiring? Let us help you find your next star."),
])
C("junk", "generic_compliance", "en", "generic compliance SaaS, counterpart of Vermittlerkompass", [
    ("gencomp", "2025-03-03 16:00", "Hi Regula, is your organization ready for GDPR, SOC 2 and ISO 27001? ComplianceCloud automates compliance for fast-growing companies. Book a 15-minute demo!"),
])
C("junk", "offers_what_she_sells", "de", "anderer Versicherungsberater bietet ihr eine Versicherungsanalyse an (ihr eigenes Angebot)", [
    ("broker2", "2025-05-05 10:00", "Grüezi Frau Brügger, sind Ihre Firma und Ihre Mitarbeitenden optimal versichert? Als unabhängige Versicherungsberatung analysieren wir Ihre bestehenden Policen kostenlos und finden Sparpotenzial von bis zu 30 %. Darf ich Ihnen einen Termin vorschlagen?"),
])
C("junk", "offers_what_she_sells", "en", "another broker pitches BVG review to her", [
    ("fluent2", "2025-09-15 09:00", "Hi Regula, most SMEs overpay for their pension fund by 15-20%. Kent & Co reviews your BVG plan for free and negotiates better terms. Interested?"),
])
C("junk", "capacity_for_clients", "en", "'do you have capacity for new clients?' lead-gen pitch", [
    ("capacity", "2025-04-07 14:00", "Hey Regula, quick question: do you have capacity for 5-10 new business clients next month? We help insurance advisors fill their calendar with qualified appointments."),
])
C("junk", "like_minded_entrepreneurs", "en", "let's connect as like-minded entrepreneurs", [
    ("likeminded", "2025-06-16 21:00", "Hi Regula! I love connecting with like-minded entrepreneurs who are passionate about making an impact. Let's connect and grow together 🚀"),
])
C("junk", "quick_15_minute_call", "en", "quick 15-minute call with a bump", [
    ("call15", "2025-10-13 08:00", "Hi Regula, do you have 15 minutes next week for a quick exchange? I have an idea how you could make your sales pipeline more predictable."),
    ("call15", "2025-10-20 08:00", "Hi Regula, just checking: would Tuesday or Wednesday suit you?"),
])
C("junk", "like_minded_entrepreneurs", "en", "women-founders networking ask with no purpose", [
    ("likeminded", "2025-12-15 20:30", "Regula, as a fellow business owner I truly believe we rise by lifting each other. Would love to have you in my network of high-achievers. Let's stay in touch and explore synergies in 2026! ✨"),
], subject="Synergies 2026")
C("junk", "off_topic_education", "en", "executive MBA scholarship pitch, off-topic", [
    ("mba", "2026-02-02 13:00", "Hi Regula, congratulations, your profile qualifies you for a 40% scholarship on our Global Executive MBA (online, 12 months). Only 5 places left for the March intake. Shall I reserve one for you?"),
], subject="Your scholarship")
C("junk", "connect_then_pitch", "de", "Vernetzen, Smalltalk, sie antwortet, dann Coaching-Pitch", [
    ("ctp1", "2025-05-12 08:30", "Hoi Regula, merci fürs Vernetzen! Wie läuft's bei dir so, viel los im Frühling?"),
    ("me", "2025-05-12 12:00", "Hoi Adrian, ja, Erneuerungssaison. Gut, danke!"),
    ("ctp1", "2025-05-12 12:30", "Kenne ich! Genau deshalb coache ich Selbständige, damit sie mehr Zeit und mehr Umsatz haben. Mein 8-Wochen-Programm ist für dich vielleicht spannend. Wann können wir telefonieren?"),
])
C("junk", "connect_then_pitch", "en", "connect with compliment, paid feature pitch in message 2", [
    ("ctp2", "2025-10-06 10:00", "Hi Regula, thanks for accepting! Your post on cyber for SMEs was spot on."),
    ("ctp2", "2025-10-08 10:10", "We run a business video series reaching 200k decision-makers. We'd love to feature you! Sponsored episodes start at CHF 2,400. Shall I send the deck?"),
    ("ctp2", "2025-10-15 10:10", "Hi Regula, bumping this up 🙂"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, Frage zur Ferienplanung, dann Immobilien in Dubai", [
    ("ctp3", "2025-12-01 18:00", "Grüezi Frau Brügger, schön vernetzt zu sein. Fahren Sie über die Festtage auch weg?"),
    ("me", "2025-12-02 07:30", "Grüezi, nein, wir bleiben in Bern. Ihnen schöne Festtage."),
    ("ctp3", "2025-12-02 08:00", "Danke! Übrigens, viele meiner Kunden aus der Schweiz investieren gerade in Dubai: 8 % Mietrendite, steuerfrei. Ich hätte ein exklusives Off-Plan-Projekt. Darf ich Ihnen die Unterlagen schicken?"),
])
C("junk", "template_lead_gen", "de", "Termin-Generierungs-Vorlage, Absender 1 von 5", [
    ("tpl1", "2025-08-18 07:30", "Hallo Regula,\n\nals Versicherungsbrokerin kennst du das: Empfehlungen sind super, aber nicht planbar. Wir liefern Versicherungsprofis in der Schweiz 15-20 qualifizierte Beratungstermine pro Monat, exklusiv und ohne Kaltakquise.\n\nWollen wir kurz telefonieren?\n\nBeste Grüsse\nKevin"),
])
C("junk", "template_lead_gen", "de", "Termin-Generierungs-Vorlage, Absender 2 von 5", [
    ("tpl2", "2025-08-19 09:00", "Grüezi Frau Brügger,\n\nals Versicherungsbrokerin kennen Sie das: Empfehlungen sind wertvoll, aber nicht planbar. Wir liefern Brokern in der ganzen Schweiz 20 qualifizierte Termine pro Monat, exklusiv für Sie und ohne Kaltakquise.\n\nHätten Sie Zeit für ein kurzes Telefonat?\n\nFreundliche Grüsse\nMelanie Ackermann"),
])
C("junk", "template_lead_gen", "de", "Termin-Generierungs-Vorlage, Absender 3 von 5, mit Nachfass", [
    ("tpl3", "2025-08-20 11:15", "Hallo Regula,\n\nals Finanz- und Versicherungsberaterin kennst du das: Weiterempfehlungen sind toll, aber nicht planbar. Wir liefern dir 10-15 qualifizierte Termine im Monat, exklusiv und ohne Kaltakquise.\n\nKurzer Call?\n\nLG Dario"),
    ("tpl3", "2025-08-27 11:15", "Hoi Regula, hast du meine Nachricht gesehen? 🙂"),
])
C("junk", "template_lead_gen", "de", "Termin-Generierungs-Vorlage, Absender 4 von 5", [
    ("tpl4", "2025-08-25 14:00", "Grüezi Frau Brügger,\n\nals Vorsorgeberaterin wissen Sie: Empfehlungen sind Gold wert, aber nicht planbar. Wir vermitteln Ihnen monatlich 12 qualifizierte Vorsorgetermine mit KMU-Inhabern, exklusiv und ohne Kaltakquise.\n\nDarf ich Sie kurz anrufen?\n\nHerzliche Grüsse\nJasmin Weber"),
])
C("junk", "template_lead_gen", "en", "appointment-setting template, sender 5 of 5, in English", [
    ("tpl5", "2025-09-01 16:00", "Hi Regula,\n\nAs an insurance broker you know: referrals are great, but they're not predictable. We deliver 15-20 qualified appointments a month to insurance professionals, exclusive to you and without cold calling.\n\nOpen to a quick call?\n\nBest,\nRyan"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("mt1", "2025-04-14 09:00", "Hallo {{Vorname}},\n\nich habe gesehen, dass du in der Versicherungsbranche tätig bist. Mit unserem LinkedIn-Ghostwriting steigerst du deine Reichweite um 300 %. Interesse?"),
])
C("junk", "merge_tag_failure", "en", "merge tag {first_name} and {company}", [
    ("mt2", "2025-06-23 13:00", "Hi {first_name}, I noticed {company} is growing fast! ScaleUp Outreach helps teams book more meetings with AI-powered outreach. Worth a chat?"),
])
C("junk", "merge_tag_failure", "de", "falscher Name, Büromaterial", [
    ("mt3", "2025-09-08 10:00", "Guten Tag Herr Baumann, wie am Telefon besprochen sende ich Ihnen unser Angebot für Büromöbel. Bei Bestellung bis Ende Monat erhalten Sie 15 % Rabatt."),
])
C("junk", "merge_tag_failure", "en", "[Company] placeholder and wrong industry", [
    ("mt4", "2025-11-03 11:30", "Hi Regula, I've been following [Company] and love what you're doing in the e-commerce space! GrowthNest helps online stores double their conversion rate. Can I send you a case study?"),
])
C("junk", "paid_award", "de", "'Award' mit Teilnahmegebühr", [
    ("award", "2025-05-20 09:00", "Herzliche Gratulation, Frau Brügger! Die Brügger Risk & Vorsorge GmbH wurde für den 'Swiss Business Excellence Award 2025' in der Kategorie Finanzdienstleistungen nominiert. Um Ihre Nomination zu bestätigen und an der Gala teilzunehmen, bitten wir um die Registrierungsgebühr von CHF 1'450."),
])
C("junk", "paid_podcast", "en", "podcast slot with a fee", [
    ("podcast", "2025-08-25 17:00", "Hi Regula! We'd love to have you on Money Makers Unplugged, our show is in the top 1% on Apple Podcasts. Guests contribute $397 towards production and promotion. Want me to send the booking link?"),
])
C("junk", "paid_feature", "de", "bezahltes Porträt im Magazin", [
    ("feature", "2025-10-27 10:00", "Sehr geehrte Frau Brügger, für unsere Ausgabe 'Die 50 inspirierendsten Unternehmerinnen der Schweiz' möchten wir Sie porträtieren. Die ganzseitige Präsenz inkl. Fotoshooting kostet CHF 2'200. Dürfen wir Sie einplanen?"),
])
C("junk", "off_topic_watch", "en", "luxury watch corporate gifts, off-topic", [
    ("watch", "2025-11-17 12:00", "Dear Regula, the holidays are the perfect time to reward your best clients. Ginevra Timepieces offers engraved Swiss watches as corporate gifts from CHF 390. May I send our catalogue?"),
])
C("junk", "off_topic_wine", "de", "Wein als Firmengeschenk, off-topic", [
    ("wine", "2025-11-24 10:00", "Bonjour Frau Brügger, überraschen Sie Ihre Kunden zu Weihnachten mit Weinen vom Genfersee! Firmenkunden erhalten 20 % Rabatt und Gratislieferung ab 24 Flaschen."),
])
C("junk", "off_topic_crypto", "en", "crypto pitch", [
    ("crypto", "2025-07-08 23:00", "Hey Regula, financial professionals like you are perfect for our new DeFi yield program. 2% weekly returns, fully automated. Want in? 🚀"),
])
C("junk", "fluent_names_company", "de", "flüssige Markenberatung mit Firmenname, austauschbar", [
    ("fluent", "2025-09-22 09:30", "Liebe Frau Brügger, ich beobachte die Entwicklung der Brügger Risk & Vorsorge GmbH mit grossem Interesse. Gerade in einem Markt, in dem Vertrauen alles ist, entscheidet eine klare Positionierung über nachhaltigen Erfolg. Gerne zeige ich Ihnen in einem unverbindlichen Gespräch, wie wir Marken wie Ihre noch stärker machen."),
])
C("junk", "fluent_names_company", "en", "fluent advisory pitch naming the company, generic", [
    ("fluent2", "2025-04-22 08:00", "Dear Regula, firms like Brügger Risk & Vorsorge are at an inflection point: digital disruption, changing client expectations, talent shortages. Kent & Co partners with ambitious leaders to unlock the next stage of growth. I'd welcome the opportunity to exchange perspectives."),
], subject="Growth perspectives")
C("junk", "follow_up_bump", "en", "offshore IT bumps without reply", [
    ("bump", "2025-03-10 05:00", "Dear Regula,\n\nWe are a leading IT outsourcing company offering web development, mobile apps, CRM customization and digital marketing at very competitive prices.\n\nPlease let me know your requirements.\n\nRegards,\nRaj"),
    ("bump", "2025-03-17 05:00", "Dear Regula, kindly check my previous message."),
    ("bump", "2025-03-31 05:00", "Dear Regula, I am following up again. Please revert at your earliest convenience."),
])
C("junk", "follow_up_bump", "de", "SEO-Agentur mit Nachfassen ohne Antwort", [
    ("seo", "2025-12-08 09:00", "Grüezi Frau Brügger, Ihre Website ist bei Google für 'Versicherungsbroker Bern' nicht auf Seite 1. Wir ändern das in 90 Tagen. Kostenloser Audit?"),
    ("seo", "2025-12-15 09:00", "Grüezi Frau Brügger, haben Sie meine Nachricht gesehen?"),
    ("seo", "2026-01-05 09:00", "Guten Start ins neue Jahr! Ist das Thema SEO für 2026 relevant?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Vorsorgebank", [
    ("sp1", "2025-05-28 12:00", "<p>Grüezi Regula</p><p>Jetzt in die Säule 3a investieren und Steuern sparen. VorsorgePlus bietet Ihnen bis zu 100 % Aktienanteil &amp; tiefe Gebühren.</p><p><strong>Jetzt Konto eröffnen</strong></p>"),
], title="Sponsored Conversation", subject="Steuern sparen mit 3a")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: scheduling tool", [
    ("sp2", "2025-09-10 12:00", "<p>Hi Regula,</p><p>Stop the back-and-forth emails. Meetly books meetings for you &ndash; free for teams up to 5.</p><p>Try it free.</p>"),
], title="Sponsored Conversation", subject="Book meetings faster")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: accounting software", [
    ("sp3", "2026-01-14 12:00", "<p>Hi Regula,</p><p>Close your books in half the time. Ledgerwise automates invoicing, expenses &amp; VAT for Swiss SMEs.</p><p>Get 2 months free.</p>"),
], title="Sponsored Conversation", subject="Accounting, automated")
C("junk", "quick_15_minute_call", "en", "quick call from the lead-gen founder, second thread", [
    ("capacity", "2025-05-19 14:00", "Regula, 15 minutes, I'll show you exactly how we'd get you 10 new clients in 30 days. Free. When works?"),
], subject="15 minutes?")


x.write(OUT,
        {"First Name": "Regula", "Last Name": "Brügger",
         "Headline": "Unabhängige Versicherungsbrokerin für KMU | Haftpflicht, BVG, Cyber | Brügger Risk & Vorsorge GmbH",
         "Summary": "Ich berate KMU im Raum Bern unabhängig zu Betriebs- und Berufshaftpflicht, "
                    "Personenversicherungen (BVG, KTG, UVG) und Cyber. Deutsch / English.",
         "Industry": "Insurance", "Geo Location": "Bern, Schweiz",
         "Websites": "[COMPANY:bruegger-risk.example]"},
        [{"Company Name": "Brügger Risk & Vorsorge GmbH", "Title": "Inhaberin & Brokerin",
          "Description": "Unabhängiger Versicherungsbroker für KMU, im Vermittlerregister eingetragen",
          "Location": "Bern", "Started On": "Mar 2013", "Finished On": ""},
         {"Company Name": "Alpina Versicherungen", "Title": "Underwriterin Haftpflicht",
          "Description": "", "Location": "Zürich", "Started On": "Sep 2006", "Finished On": "Feb 2013"}],
        ["Versicherungsberatung", "Berufliche Vorsorge (BVG)", "Cyber Insurance", "Risk Management",
         "Haftpflichtversicherung", "Dipl. Versicherungswirtschafterin HF"])
print(x.summary())

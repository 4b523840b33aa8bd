"""Persona dev36/mixed-esg-bond-analyst-luxembourg, written blind to the code (session 5).

Miriam Hollerbach, from Trier, is senior analyst for green and social bonds at Moselle Asset
Management S.A. in Luxembourg. The firm sells a green bond fund and a new social bond sub-fund
and runs segregated mandates for institutions. German, English and some French.
Export layout 2023. Every message below is written by hand for this corpus.
Run: /work/main/.venv/bin/python corpus/dev36/_build/mixed_esg_bond_analyst_luxembourg.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-esg-bond-analyst-luxembourg"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Miriam Hollerbach", "https://www.linkedin.com/in/miriam-hollerbach-lux",
               "Moselle Asset Management S.A.", "Senior Analyst, Green & Social Bonds")
ex = Export(SLUG, "2023", owner)
P = ex.person

# ---------------------------------------------------------------- people: genuine contacts
P("ir_utility", "Felix Obermaier", "Südwest Energie AG", "Investor Relations, Debt",
  connected="2020-03-11")
P("habitat", "Claire Moreau", "Habitat Solidaire Île-de-France", "Trésorière adjointe",
  connected="2021-09-27")
P("rating", "James Whitaker", "Northgate Ratings", "Director, Sustainable Finance",
  connected="2018-05-16")
P("dataprov", "Sabine Lorenz", "Kliva Data GmbH", "Key Account Managerin", connected="2019-02-04")
P("broker", "Moritz Engelhardt", "Bankhaus Rheinau", "Fixed Income Sales", connected="2017-06-20")
P("research", "Priyanka Das", "Caldwell Brothers", "Credit Research, ESG", connected="2021-11-02")
P("confer", "Laurent Schmit", "Luxembourg Sustainable Finance Forum", "Programme Lead",
  connected="2019-10-10")
P("panel1", "Emma Kowalski", "Northgate Ratings", "Associate Director", connected="2022-03-03")
P("panel2", "Jörg Walther", "Pensionskasse Chemie Südwest", "Portfoliomanager Renten",
  connected="2020-07-07")
P("panel3", "Nathalie Hoffmann", "Banque de Bonnevoie", "ESG Specialist", connected="2021-05-05")
P("hh_self", "Katja Brunnhuber", "Brunnhuber & Partner Executive Search", "Partnerin",
  connected="2023-02-14")
P("student", "Lena Albrecht", "Universität Trier", "Masterstudentin Economics",
  connected="2023-03-21")
P("junior", "Maxime Dubois", "Université de Liège", "MSc Finance", connected="2023-04-18")
P("peer", "Henrik Aas", "Ardennes Capital Partners", "ESG Fixed Income Analyst",
  connected="2019-11-19")
P("stiftung", "Dr. Ulrike Seifert", "Stiftung Lebensraum Mosel", "Vorständin Finanzen")
P("pk", "Thomas Reinhardt", "Versorgungswerk der Ingenieure Saar", "Leiter Kapitalanlage",
  connected="2022-09-29")
P("fo", "Pieter van Dam", "Van Dam Family Office", "Investment Director")
P("journo", "Anne Weyrich", "Luxemburger Finanzbrief", "Redakteurin", connected="2020-01-20")
P("issuer_nl", "Sanne de Vries", "Waterschap Rijnland-Oost", "Treasury Manager",
  connected="2021-06-14")
P("eikon", "Ravi Mehta", "Meridian Bond Data", "Account Manager", connected="2022-08-08")
P("ex_colleague", "Tobias Kern", "Mainbank Frankfurt", "Head of Credit Research",
  connected="2014-04-01")
P("uni_friend", "Carolin Steffes", "Europäische Kommission", "Policy Officer, DG FISMA",
  connected="2012-10-15")
P("cio", "Marc Feltgen", "Moselle Asset Management S.A.", "Chief Investment Officer",
  connected="2019-01-07")
P("pm", "Sofia Ricci", "Moselle Asset Management S.A.", "Portfolio Manager", connected="2019-01-10")
P("compliance", "Daniel Thill", "Moselle Asset Management S.A.", "Compliance Officer",
  connected="2020-02-02")
P("stadtwerke", "Rainer Kuhn", "Stadtwerke Moselland", "Leiter Treasury")
P("dinner", "Olivia Grant", "Northgate Ratings", "Managing Director, Benelux",
  connected="2018-09-12")
P("broker2", "Sebastian Marx", "Bankhaus Rheinau", "Head of Research Distribution",
  connected="2019-03-03")
P("prof", "Prof. Dr. Bernd Lauer", "Universität Trier", "Lehrstuhl Finanzwirtschaft",
  connected="2011-07-01")
P("spo", "Dr. Nina Hartmann", "Verde Assurance", "Second Party Opinions", connected="2020-11-11")
P("sales", "Julia Wagner", "Moselle Asset Management S.A.", "Institutional Sales DACH",
  connected="2021-01-04")
P("paris", "Hélène Garnier", "Banque Privée Saint-Honoré", "Sélection de fonds",
  connected="2022-12-01")
P("rec_firm", "Ben Hughes", "Kirchberg Talent", "Recruitment Consultant, Investments",
  connected="2023-05-02")
P("intern_old", "Paul Schneider", "", "Analyst", connected="2021-08-30")
P("ngo", "Aisha Bello", "Forest Finance Watch", "Researcher", connected="2023-06-06")

# ---------------------------------------------------------------- people: wanted pitches
P("w_eugbs", "Gabriel Santos", "Taxonomia Analytics", "Head of Partnerships")
P("w_parser", "Anna Vogt", "Allokata", "Mitgründerin & CEO")
P("w_impact", "Rosalind Pryce", "Pryce Impact Advisory", "Founder")
P("w_social", "Julien Lefèvre", "SocioMétrie", "Directeur commercial")
P("w_transl", "Martina Klein", "Klein Fachübersetzungen", "Inhaberin")
P("w_index", "Daniel Osei", "Lumen Index Solutions", "Custom Index Sales")
P("w_tool", "Florian Becker", "Greenmap Software", "Account Executive")
P("w_recruit", "Stefanie Huber", "Huber Search Finance", "Partnerin")
P("w_sat", "Erik Lindholm", "Orbital EPC Verify", "Business Development")
P("w_pr", "Isabel Frank", "Fondsstimme PR", "Geschäftsführerin")
P("w_datasci", "Nils Petersen", "", "Freelance Data Scientist, Quant ESG")
P("w_pai", "Megan O'Brien", "PAIlot Reporting", "Solutions Consultant")

# ---------------------------------------------------------------- people: junk senders
P("j_esgdata", "Brandon Lee", "ESG Insight Pro", "Sales Executive")
P("j_ai", "Tim Scholz", "BerichtKI", "Vertrieb")
P("j_rec", "Chloe Martin", "Apex Financial Recruitment", "Recruitment Consultant")
P("j_transl", "Petra Lang", "LinguaFix Übersetzungen", "Kundenbetreuung")
P("j_pr", "Kai Hoffmann", "Medienschub PR", "Berater")
P("j_clean", "Sandra Roth", "Glanz Gebäudereinigung", "Vertrieb")
P("j_yacht", "Luca Bianchi", "Azure Yacht Charters", "Charter Specialist")
P("j_fund", "Richard Hale", "Evergreen Impact Funds", "Wholesale Distribution")
P("j_research", "Manuel Ortmann", "Bondanalyse Plus", "Gründer")
P("j_capacity", "Jake Turner", "LeadEngine", "Founder")
P("j_likeminded", "Samantha Reid", "", "Founder | Investor | Visionary")
P("j_15", "Andreas Möller", "Möller Strategieberatung", "Partner")
P("j_ctp1", "Victoria Chen", "Crestline Private Wealth", "Wealth Advisor",
  invite=("IN", "2023-04-10 19:05", "Hi Miriam, fellow finance professional in Luxembourg, would love to connect!"),
  connected="2023-04-11")
P("j_ctp2", "Mehmet Yilmaz", "Gulf Prime Properties", "Investment Consultant",
  invite=("IN", "2023-07-17 06:30", ""), connected="2023-07-17")
P("j_ctp3", "Camille Roussel", "", "Coach en leadership féminin",
  invite=("IN", "2023-09-25 21:00", "Bonjour Miriam, ravie de rejoindre votre réseau !"),
  connected="2023-09-26")
P("j_bump1", "Natasha Ivanova", "FinTalks Webinars", "Event Manager")
P("j_bump2", "Holger Brandt", "Brandt Unternehmensberatung", "Senior Berater")
P("j_tpl1", "Marvin Fuchs", "ReportGrün", "Sales Manager")
P("j_tpl2", "Lisa Hartung", "CSRDeasy", "Account Executive")
P("j_tpl3", "Jan Peters", "Nachhaltig Berichten GmbH", "Vertrieb")
P("j_tpl4", "Eva Schuster", "ESGflow", "Business Development")
P("j_tpl5", "Ryan Mitchell", "GreenLedger Cloud", "Sales Development")
P("j_merge1", "Kevin Ward", "Outreach Partners", "SDR")
P("j_merge2", "Melanie Schulz", "Firmenfitness24", "Beraterin")
P("j_merge3", "Arnaud Petit", "Petit Conseil IT", "Chargé d'affaires")
P("j_merge4", "Stefan Neumann", "Vorsorge Direkt", "Vertrieb")
P("j_spon1", "Crestmoor Business School", url="https://www.linkedin.com/company/crestmoor-business-school")
P("j_spon2", "Kontoflex Bank", url="https://www.linkedin.com/company/kontoflex-bank")
P("j_spon3", "LinkedIn Member", url="")
P("j_award", "Harriet Cole", "Sustainable Investment Awards Global", "Awards Director")
P("j_feature", "Ralf Dietz", "Magazin Nachhaltige Finanzen", "Anzeigenleitung")
P("j_fluent", "Owen Parker", "Quantora Platforms", "Enterprise Account Executive")
P("j_token", "Dmitri Volkov", "CarbonChain Tokens", "Co-Founder")
P("j_seo", "Rajesh Kumar", "SEO Wizards", "Digital Consultant")
P("j_cowork", "Nadine Kraus", "Workspace Kirchberg", "Community Managerin")
P("j_terminal", "Chris Donovan", "TerminalOne", "Sales Director EMEA")
P("j_summit", "Grace Thompson", "Global ESG Leaders Summit", "Speaker Relations")
P("j_itfr", "Thomas Girard", "InfoGérance Plus", "Ingénieur commercial")

G, W, J = "genuine", "wanted_pitch", "junk"
C = ex.conv

# =============================================================== GENUINE (35)
C(G, "issuer_relations", "de", "IR eines Emittenten zur Roadshow, Fragen zur Mittelverwendung", [
    ("ir_utility", "2023-03-06 10:15", "Hallo Frau Hollerbach, wir planen Ende März eine neue grüne Anleihe (500 Mio., 8 Jahre) und sind am 22.03. in Luxemburg. Hätten Sie Zeit für ein Einzelgespräch? Das aktualisierte Framework schicke ich vorab."),
    ("me", "2023-03-06 14:40", "Hallo Herr Obermaier, gern, 22.03. ab 14 Uhr. Mich interessiert vor allem, wie hoch der Refinanzierungsanteil ist und ob die Gasnetz-Projekte wirklich raus sind."),
    ("ir_utility", "2023-03-06 15:05", "Refinanzierung max. 40 %, Gasnetz ist komplett raus, das steht auch so im Framework. 14 Uhr passt."),
])
C(G, "issuer_relations", "mixed", "trésorière d'un émetteur social, français et anglais", [
    ("habitat", "2023-05-15 09:30", "Bonjour Miriam, comme promis, voici notre rapport d'impact 2022. Nous avons ajouté le nombre de logements livrés par département. Let me know if the English version is clear enough for your committee."),
    ("me", "2023-05-15 16:20", "Merci Claire ! C'est beaucoup plus clair. One question: the 'beneficiaries' number, is it households or persons? My committee will ask."),
    ("habitat", "2023-05-16 08:45", "Households. Je corrige la note de bas de page dans la version finale."),
])
C(G, "rating_agency", "en", "rating agency analyst explains methodology change", [
    ("rating", "2022-11-08 13:00", "Hi Miriam, heads up that we're publishing the revised green bond assessment methodology on the 21st. Main change: we now score the issuer's transition plan, not just the use of proceeds. Happy to walk you through it before it goes live."),
    ("me", "2022-11-08 17:30", "Thanks James, yes please. Does it mean existing assessments get re-scored?"),
    ("rating", "2022-11-09 08:15", "Only at the next annual review. I'll send a slot for Thursday."),
])
C(G, "existing_vendor_price_change", "de", "Datenanbieter kündigt Preiserhöhung für die Lizenz an", [
    ("dataprov", "2022-10-04 09:00", "Liebe Frau Hollerbach, vorab persönlich: Zur Verlängerung Ihrer Lizenz ab 1.1.2023 erhöht sich der Preis für das Green-Bond-Modul um 12 %, von 38.000 auf 42.560 € p.a., weil wir die Taxonomie-Felder ausgebaut haben. Bei einer Laufzeit von 3 Jahren könnte ich die Erhöhung auf 7 % begrenzen. Wollen wir darüber sprechen?"),
    ("me", "2022-10-04 13:45", "Liebe Frau Lorenz, danke für die frühe Info. 3 Jahre mit 7 % ist interessant, aber ich brauche dann eine Ausstiegsklausel nach 2 Jahren. Ich stimme mich mit unserem Einkauf ab."),
    ("dataprov", "2022-10-04 14:10", "Eine Ausstiegsklausel nach 24 Monaten kann ich intern vorschlagen. Ich melde mich."),
])
C(G, "broker_new_issue", "de", "bekannter Broker informiert über neuen grünen Schuldschein", [
    ("broker", "2023-06-12 08:05", "Moin Miriam, Stadtwerke Rheinaue kommen mit einem grünen Schuldschein, 150 Mio., Tranchen 5/7/10 Jahre, Mittelverwendung Wärmepumpen und Netzausbau. SPO von Verde liegt vor. Soll ich dir das Paket schicken? Orderbuch öffnet Mittwoch."),
    ("me", "2023-06-12 09:20", "Moin Moritz, ja schick. Die 7 Jahre könnten passen. Gibt es ein Allokationsreporting auf Projektebene oder nur Portfolio?"),
    ("broker", "2023-06-12 09:35", "Projektebene, jährlich. Schicke alles gleich."),
])
C(G, "sell_side_research", "en", "sell-side analyst sends the greenium note she asked for", [
    ("me", "2023-01-23 11:00", "Hi Priyanka, I saw the summary of your greenium note on Bloomberg. Could you send me the full piece? Especially curious about the utilities sample."),
    ("research", "2023-01-23 14:30", "Hi Miriam, sent to your email. Utilities greenium came out at 4bp on average, but it's basically zero once you control for issue size. Happy to discuss!"),
    ("me", "2023-01-23 15:02", "Interesting, that matches what we see. Thanks!"),
])
C(G, "conference_speaker", "en", "forum programme lead invites her to a panel", [
    ("confer", "2023-04-03 10:00", "Dear Miriam, we'd be delighted to have you on the panel 'Allocation reporting: what investors actually read' at the Forum on 14 June. 45 minutes, four panellists, moderated by Anne Weyrich. Would you be available?"),
    ("me", "2023-04-03 12:15", "Dear Laurent, with pleasure. I have a few things to say about allocation reports, the title is perfect."),
    ("confer", "2023-04-03 12:30", "Wonderful. Briefing call in May, I'll send dates."),
])
C(G, "congrats_after_panel", "en", "congrats after her panel (1 of 3)", [
    ("panel1", "2023-06-14 18:40", "Great panel today Miriam! Your point about investors not reading 80-page impact reports got the biggest laugh and the most nods."),
])
C(G, "congrats_after_panel", "de", "Glückwunsch nach dem Panel (2 von 3)", [
    ("panel2", "2023-06-14 19:15", "Liebe Frau Hollerbach, tolles Panel heute! Sie haben genau das gesagt, was wir Investoren seit Jahren denken. Gerne mal auf einen Kaffee, wenn Sie in Mannheim sind."),
    ("me", "2023-06-15 08:10", "Danke Herr Walther! Sehr gern, ich bin im September in Mannheim."),
])
C(G, "congrats_after_panel", "en", "congrats after her panel (3 of 3)", [
    ("panel3", "2023-06-15 07:50", "Great panel yesterday Miriam! Really enjoyed your point on allocation reports. Let's grab lunch soon."),
])
C(G, "recruiter_engaged", "de", "Headhunterin, mit der sie über einen Wechsel nach Frankfurt spricht", [
    ("hh_self", "2023-02-14 17:00", "Liebe Frau Hollerbach, schön, dass wir heute telefonieren konnten. Wie besprochen: Die Position Head of Sustainable Fixed Income bei einer Frankfurter KVG, Gesamtpaket ca. 165-180k plus Bonus. Das Gespräch mit dem CIO wäre in der zweiten Märzwoche möglich."),
    ("me", "2023-02-14 21:30", "Liebe Frau Brunnhuber, danke. Ich bin interessiert, aber unter 170k fix und mit Präsenzpflicht 5 Tage müssen wir nicht weiterreden. Zweite Märzwoche passt, bitte Freitag."),
    ("hh_self", "2023-02-15 09:00", "Verstanden, ich kläre Fixum und Homeoffice vorab. Freitag 10.03. ist angefragt."),
])
C(G, "applicant", "de", "Masterstudentin bewirbt sich um ein Praktikum", [
    ("student", "2023-03-21 20:00", "Sehr geehrte Frau Hollerbach, ich studiere im Master Economics in Trier und schreibe meine Arbeit über Social Bonds. Ich würde sehr gerne ein 6-monatiges Praktikum in Ihrem Team machen, ab September. Prof. Lauer meinte, ich solle Sie direkt anschreiben. Darf ich Ihnen meinen Lebenslauf schicken?"),
    ("me", "2023-03-22 08:30", "Liebe Frau Albrecht, gern! Schicken Sie ihn mir und gleichzeitig über unser Karriereportal, sonst wird HR böse. Gruß an Prof. Lauer."),
])
C(G, "applicant", "mixed", "candidat junior, français puis anglais", [
    ("junior", "2023-04-18 12:00", "Bonjour Madame Hollerbach, je termine mon MSc Finance à Liège et je cherche un poste d'analyste junior en finance durable à Luxembourg. Sorry, I should probably write in English: I wrote my thesis on the social bond market in Belgium and would love to apply for the junior analyst role you posted."),
    ("me", "2023-04-19 09:10", "Bonjour Maxime, either language is fine! Please apply via the careers page and mention our chat. We'll do first interviews in May."),
])
C(G, "peer_joint_offer", "en", "peer at another asset manager proposes a joint engagement letter", [
    ("peer", "2023-08-28 10:30", "Hi Miriam, we both hold the Südwest Energie green bond and neither of us got a straight answer on the gas peakers. Would you co-sign an engagement letter with us? A couple of other Lux managers are in. More weight together."),
    ("me", "2023-08-28 15:00", "Henrik, yes in principle. Send me the draft, I'll need Compliance to clear it, shouldn't be a problem."),
    ("peer", "2023-08-28 15:20", "Draft by Friday. Merci!"),
])
C(G, "client_asks_quote", "de", "Stiftung fragt nach Gebühren für ein Spezialmandat", [
    ("stiftung", "2023-09-04 11:00", "Sehr geehrte Frau Hollerbach, unser Stiftungsrat möchte 25 Mio. € in ein Mandat mit grünen und sozialen Anleihen umschichten. Welche Verwaltungsgebühr würden Sie für ein Spezialmandat dieser Größe ansetzen, und wäre ein Ausschluss von Atomkraft möglich?"),
    ("me", "2023-09-04 14:20", "Sehr geehrte Frau Dr. Seifert, danke für Ihr Interesse. Ausschluss Atomkraft ist selbstverständlich möglich. Zur Gebühr meldet sich meine Kollegin Julia Wagner aus dem Vertrieb mit einem Angebot, ich bin für die Analyse dabei."),
    ("stiftung", "2023-09-04 15:00", "Sehr gut, dann warte ich auf Frau Wagner."),
])
C(G, "inbound_buyer", "de", "Versorgungswerk will in den Green-Bond-Fonds investieren", [
    ("pk", "2023-02-20 16:00", "Hallo Frau Hollerbach, nach Ihrem Vortrag in Saarbrücken haben wir intern beschlossen, 15 Mio. in Ihren Green-Bond-Fonds zu investieren. Welche Anteilsklasse kommt für uns infrage und wie läuft die Zeichnung ab?"),
    ("me", "2023-02-20 17:30", "Hallo Herr Reinhardt, das freut mich sehr! Für Sie kommt die I-Klasse infrage. Frau Wagner schickt Ihnen die Unterlagen zur Zeichnung, ich stelle den Kontakt gleich her."),
])
C(G, "inbound_buyer", "en", "Dutch family office asks for factsheet and minimum ticket", [
    ("fo", "2023-07-03 10:00", "Dear Ms Hollerbach, we're reviewing green bond funds for our fixed income sleeve. Could you share the latest factsheet, the minimum investment for the institutional share class and the SFDR classification?"),
    ("me", "2023-07-03 12:45", "Dear Mr van Dam, thank you. Article 9, minimum for the I-class is EUR 1m. I'll ask our sales colleague to send the factsheet and the periodic report today."),
])
C(G, "journalist", "de", "Journalistin möchte Zitat zum EU Green Bond Standard", [
    ("journo", "2023-10-09 13:20", "Hallo Miriam, ich schreibe über die Einigung zum EU Green Bond Standard. Hättest du ein, zwei Sätze für mich, ob Investoren das Label wirklich nachfragen werden? Bis morgen 12 Uhr wäre toll."),
    ("me", "2023-10-09 17:00", "Hallo Anne, gern: 'Das Label wird für Emittenten teurer als für Investoren hilfreich, solange die Taxonomie-Daten fehlen. Wir werden es begrüßen, aber nicht dafür bezahlen.' Darfst du so zitieren."),
    ("journo", "2023-10-09 17:10", "Perfekt, danke dir!"),
])
C(G, "owner_started", "en", "she asks an issuer for the overdue allocation report", [
    ("me", "2023-05-02 09:00", "Dear Sanne, we hold your 2021 green bond and are preparing our annual impact report. The 2022 allocation report isn't on your website yet. Is it coming soon?"),
    ("issuer_nl", "2023-05-02 15:30", "Dear Miriam, apologies, it's with the auditor. Expected end of May. I'll send it to you directly the day it's published."),
    ("me", "2023-05-02 15:45", "Thank you, that works for our timeline."),
])
C(G, "owner_asked_quote", "en", "she asks a data vendor for a quote on a social bond dataset", [
    ("me", "2023-03-13 10:30", "Hi Ravi, we're launching a social bond sub-fund. Could you send me a quote for your social bond KPI dataset, 3 users, with API access?"),
    ("eikon", "2023-03-14 09:00", "Hi Miriam, for 3 users plus API it would be USD 24,000 per year, 20% off the first year as a new module customer. I can set up a 30-day trial first if helpful."),
    ("me", "2023-03-14 09:40", "Trial please, starting next Monday."),
])
C(G, "friend_longstanding", "de", "früherer Kollege aus Frankfurt, Smalltalk", [
    ("ex_colleague", "2022-12-20 18:00", "Servus Miriam! Frohe Weihnachten aus Frankfurt. Wie ist's im Großherzogtum? Immer noch jeden Tag Stau auf der A1 aus Trier?"),
    ("me", "2022-12-20 19:30", "Servus Tobi! Frohe Weihnachten. Ich wohn jetzt in Bonnevoie, kein Stau mehr, dafür die Miete 😅 Wie geht's der Truppe?"),
    ("ex_colleague", "2022-12-20 19:45", "Alle gleich, nur älter. Wenn du im Frühjahr in Frankfurt bist: Äppler geht auf mich."),
    ("ex_colleague", "2023-04-14 12:00", "Und? Wann bist du da? Das Äppler-Angebot gilt noch."),
    ("me", "2023-04-14 13:10", "10. März war ich da, du warst in London 🙄 Nächstes Mal!"),
])
C(G, "friend_longstanding", "de", "Studienfreundin in Brüssel", [
    ("uni_friend", "2023-02-04 21:00", "Mimi! Wir haben endlich die Delegierten Rechtsakte durch. Ich brauch einen Wein. Kommst du mal nach Brüssel?"),
    ("me", "2023-02-04 21:30", "Glückwunsch!! Ich les die Dinger seit Wochen, du bist schuld 😄 Ende Februar komm ich für ein Wochenende."),
])
C(G, "internal_group", "en", "internal group chat for the investment committee", [
    ("cio", "2023-09-18 08:00", "Morning both. IC Thursday: Miriam, can you present the Südwest Energie engagement and your view on the new social housing issuer? 10 min each."),
    ("pm", "2023-09-18 08:25", "And please include the spread comparison vs conventional, the committee always asks."),
    ("me", "2023-09-18 08:40", "Will do, slides by Wednesday noon."),
], title="IC prep", extra=["pm"])
C(G, "compliance_internal", "en", "compliance colleague asks for review of SFDR disclosure", [
    ("compliance", "2023-01-30 14:00", "Hi Miriam, the CSSF asked for clarification on the sustainable investment definition in the periodic report. Could you review paragraph 4 with me tomorrow? 30 min is enough."),
    ("me", "2023-01-30 15:10", "Sure Daniel, 10:00 tomorrow in the small room."),
])
C(G, "issuer_reply_spam_folder", "de", "Treasurer eines Emittenten beantwortet ihre Fragen, landete im Spam", [
    ("stadtwerke", "2023-07-24 11:30", "Sehr geehrte Frau Hollerbach, danke für Ihre Fragen zum grünen Schuldschein. Zur Allokation: 62 % Wärmenetz, 38 % PV auf kommunalen Dächern; ein externes Gutachten zu DNSH liegt vor, ich schicke es Ihnen gern per Mail. Für ein Telefonat stehe ich diese Woche zur Verfügung."),
    ("me", "2023-08-07 09:00", "Sehr geehrter Herr Kuhn, entschuldigen Sie die späte Reaktion, Ihre Nachricht ist im Spam-Ordner gelandet. Bitte schicken Sie das Gutachten, und gern Telefonat am Donnerstag."),
], folder="SPAM")
C(G, "event_invite", "en", "rating agency MD invites her to a roundtable dinner", [
    ("dinner", "2023-10-16 12:00", "Dear Miriam, we're hosting a small investor roundtable dinner on 9 November in Luxembourg on transition bonds, about 12 people, Chatham House rules. It would be great to have your view at the table."),
    ("me", "2023-10-16 14:30", "Dear Olivia, thank you, I'd be glad to join."),
])
C(G, "existing_vendor_price_change", "en", "broker announces new research payment terms", [
    ("broker2", "2022-12-05 10:00", "Hi Miriam, as discussed at our review, our research package for 2023 moves to EUR 18,000 a year (from 15,000), now including the ESG credit notes and analyst access. Can you confirm you'd like to continue so I can update the agreement?"),
    ("me", "2022-12-05 16:00", "Hi Sebastian, the ESG notes are the part we actually use, so yes. Please send the updated agreement to our procurement inbox."),
])
C(G, "mentor_longstanding", "de", "ehemaliger Professor bittet um Gastvortrag", [
    ("prof", "2023-10-23 10:00", "Liebe Frau Hollerbach, würden Sie im Januar wieder einen Gastvortrag in meiner Vorlesung Nachhaltige Finanzmärkte halten? Die Studierenden fragen immer noch nach Ihrem Vortrag von 2021."),
    ("me", "2023-10-23 12:00", "Lieber Herr Lauer, sehr gerne! Schicken Sie mir zwei Termine zur Auswahl."),
])
C(G, "issuer_relations", "en", "issuer invites her to an investor call after her question", [
    ("issuer_nl", "2023-09-05 14:00", "Hi Miriam, following your question in May: we're holding an investor call on 20 September on our flood-defence projects and the 2022 allocation. Would you like to join? Only a handful of investors."),
    ("me", "2023-09-05 15:30", "Yes please, thanks for remembering."),
])
C(G, "vendor_longstanding", "de", "SPO-Anbieterin, bekannte Kontakt, zu einem Gutachten", [
    ("me", "2023-06-13 10:00", "Liebe Nina, kurze Frage zum Rheinaue-SPO: Habt ihr die Wärmepumpen gegen die Taxonomie-Kriterien geprüft oder nur gegen die ICMA-Prinzipien?"),
    ("spo", "2023-06-13 11:20", "Liebe Miriam, beides, aber die Taxonomie-Prüfung ist nur im Anhang B. Ich schick dir die Seite."),
])
C(G, "internal_colleague", "de", "Vertriebskollegin bittet sie in einen Kundentermin", [
    ("sales", "2023-09-05 09:00", "Hi Miriam, kannst du am 12.9. beim Call mit der Stiftung Lebensraum Mosel dabei sein? Die wollen unbedingt mit der Analystin sprechen, nicht nur mit mir 😄 Ich hab ihnen 0,35 % für das Mandat angeboten."),
    ("me", "2023-09-05 09:30", "Klar, trag mich ein. 0,35 % ist fair bei 25 Mio."),
])
C(G, "fund_selector", "mixed", "sélectionneuse de fonds parisienne, label Greenfin, FR/EN", [
    ("paris", "2023-01-16 10:00", "Bonjour Miriam, nous regardons votre fonds obligations vertes pour notre gamme. Est-ce que le fonds a le label Greenfin ou seulement ISR ? Our committee meets on the 30th."),
    ("me", "2023-01-16 11:45", "Bonjour Hélène, ISR oui, Greenfin en cours, audit en février. I'll send you the audit timeline before your committee."),
    ("paris", "2023-01-16 12:00", "Parfait, merci beaucoup."),
])
C(G, "recruiter_engaged", "en", "recruiter the firm engaged to find a junior analyst", [
    ("rec_firm", "2023-05-02 15:00", "Hi Miriam, thanks for the brief. Our fee is 20% of base salary, payable on start, 3 months rebate. I'll send 3-4 shortlisted profiles for the junior ESG analyst role within two weeks, French speakers prioritised as agreed."),
    ("me", "2023-05-02 16:10", "Thanks Ben. Also fine with German speakers if their French is conversational."),
    ("rec_firm", "2023-05-16 11:00", "Shortlist sent: 4 profiles, two trilingual. Let me know who you'd like to meet."),
])
C(G, "reference_request", "de", "ehemaliger Praktikant bittet um Empfehlung", [
    ("intern_old", "2023-11-06 19:00", "Hallo Miriam, ich bewerbe mich gerade bei der EIB als Junior Analyst. Dürfte ich dich als Referenz angeben? Das Praktikum bei euch war echt prägend für mich."),
    ("me", "2023-11-06 20:15", "Hallo Paul, sehr gerne! Gib meine Nummer an. Viel Erfolg!"),
])
C(G, "ngo_research", "en", "NGO researcher asks her view on a controversial issuer", [
    ("ngo", "2023-06-06 10:30", "Hi Miriam, I'm researching green bonds issued by pulp and paper companies with deforestation links. Your fund excluded one last year, I believe. Would you be willing to talk off the record about your reasoning?"),
    ("me", "2023-06-06 16:00", "Hi Aisha, happy to talk in general terms, not about a specific holding. Next Tuesday?"),
])

# =============================================================== WANTED PITCHES (12)
C(W, "wanted_post", "en", "EU GBS data vendor references her post on taxonomy alignment", [
    ("w_eugbs", "2023-10-25 09:00", "Hi Miriam, your post on the EU Green Bond Standard last week ended with: 'we'll embrace it the day someone gives us taxonomy alignment per bond, not per issuer.' That's literally our product: we map each green bond's use of proceeds to taxonomy activities and flag the DNSH gaps. We already cover 8 of your 10 largest holdings from your last periodic report. Could I show you your own portfolio in our tool?"),
    ("me", "2023-10-25 13:30", "You've read the report too. OK, show me, but with the Südwest Energie bond, that's the hard one."),
])
C(W, "wanted_talk", "de", "Startup, das Allokationsberichte ausliest, bezieht sich auf ihr Panel", [
    ("w_parser", "2023-06-19 10:00", "Liebe Frau Hollerbach, ich saß beim Forum in der dritten Reihe, als Sie sagten, Ihr Team tippe jedes Jahr 140 Allokationsberichte in Excel ab. Wir haben ein Tool gebaut, das genau diese Berichte (PDF, auch französische) ausliest und in ein einheitliches Schema bringt, mit Quellverweis auf die Seite. Zwei Luxemburger Häuser testen es gerade. Hätten Sie Interesse an einem Pilot mit 20 Ihrer Berichte?"),
    ("me", "2023-06-19 15:00", "Das Abtippen ist mein persönlicher Albtraum. Ja, gern einen Pilot, ich suche die 20 schlimmsten aus."),
])
C(W, "wanted_site", "en", "impact consultant read the fund's impact report on the website", [
    ("w_impact", "2023-04-24 11:00", "Dear Miriam, I went through the 2022 impact report on the Moselle AM website. It's one of the better ones, but the avoided-emissions figure (412k t CO2e) doesn't say whether you pro-rate by your share of the bond or count the full project, and there's no baseline. Reviewers are starting to ask exactly this. I've helped two Nordic managers fix their methodology note; it's usually a 6-day job. Would that be useful before your next report?"),
    ("me", "2023-04-24 16:30", "Fair critique, we pro-rate but don't say so. Let's talk next week."),
])
C(W, "wanted_specific_problem", "mixed", "données sociales: names the KPI gap in French social housing bonds", [
    ("w_social", "2023-08-21 09:30", "Bonjour Miriam, je me permets de vous écrire en français. For your new social bond sub-fund: most French social housing issuers report 'logements financés' but not rent levels vs. the local median, which is what shows the social benefit. We collect that from the bailleurs directly for 60 issuers, including Habitat Solidaire. Seriez-vous intéressée par un échantillon ?"),
    ("me", "2023-08-21 14:00", "Bonjour Julien, oui, c'est exactement le trou dans nos données. Send me the sample for Habitat Solidaire and two others."),
])
C(W, "wanted_mutual_contact", "de", "Fachübersetzerin, empfohlen von Sofia Ricci", [
    ("w_transl", "2023-03-27 10:00", "Liebe Frau Hollerbach, Sofia Ricci hat mir erzählt, dass Ihr Impact-Report dieses Jahr erstmals auch auf Französisch und Deutsch erscheinen soll und Sie mit maschinellen Übersetzungen unzufrieden waren. Ich übersetze seit 12 Jahren Fondsdokumentation (SFDR, KIDs, Jahresberichte) EN>DE/FR, mit einem Glossar, das ich gern an Ihre Begriffe anpasse. Für 40 Seiten wären es ca. 3.200 €."),
    ("me", "2023-03-27 13:00", "Sofia hat recht, die Maschine hat 'use of proceeds' als 'Verwendung von Erlösen aus Verkäufen' übersetzt. Schicken Sie mir gern ein Angebot."),
])
C(W, "wanted_public_register", "en", "index provider saw the new sub-fund in the public register", [
    ("w_index", "2023-05-30 10:00", "Hi Miriam, I noticed in the CSSF register that Moselle AM has added a 'Social Bond' sub-fund to the SICAV. Most social bond funds end up benchmarked against a broad green/social/sustainability index, which makes tracking error look odd. We build custom social-only benchmarks, e.g. excluding sovereign SSA paper if you like. Happy to share the one we built for a Paris manager."),
    ("me", "2023-05-30 15:15", "Benchmark choice is still open for us. Send the example please."),
])
C(W, "wanted_tools", "de", "Software-Anbieter kennt ihr Bloomberg-plus-Excel-Setup aus dem Webinar", [
    ("w_tool", "2023-02-27 11:00", "Hallo Frau Hollerbach, im Webinar des Fondsverbands haben Sie gesagt, dass Sie Taxonomie-Mappings aus Bloomberg ziehen und dann in drei Excel-Vorlagen pflegen, die nur Sie verstehen. Greenmap liest die Bloomberg-Felder direkt ein und führt das Mapping versioniert, mit Audit-Trail für die CSSF. Kein Systemwechsel, Excel-Export bleibt. Soll ich Ihnen das anhand von drei Ihrer Anleihen zeigen?"),
    ("me", "2023-02-27 16:00", "Dass nur ich sie verstehe, ist leider wahr. Zeigen Sie es mir, gern Anfang März."),
])
C(W, "wanted_recruiter", "de", "Headhunterin mit passender Leitungsposition bei einem Versorgungswerk", [
    ("w_recruit", "2023-08-14 09:00", "Sehr geehrte Frau Hollerbach, ich besetze für ein Münchner Versorgungswerk die Position Leitung Nachhaltige Rentenanlagen. Gesucht ist jemand, der Green und Social Bonds selbst analysiert hat und eine Engagement-Praxis mitbringt. Ihr Panel beim Forum und die Südwest-Energie-Initiative (in der Börsenpresse zitiert) passen sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch?"),
    ("me", "2023-08-14 19:00", "Sehr geehrte Frau Huber, ich bin bereits in einem anderen Prozess, aber hören Sie sich gern an: Was ist die Teamgröße?"),
])
C(W, "wanted_supplier", "en", "satellite EPC verification, refers to her published holdings", [
    ("w_sat", "2023-09-11 10:00", "Hi Miriam, your fund's annual report lists four covered green bonds backed by residential mortgages with 'EPC A or B' eligibility. We verify those EPC claims building by building using satellite and cadastre data, and in a recent sample ~9% of 'A' buildings were actually C or worse. For your four issuers I could run a free sample of 500 loans. Interested?"),
    ("me", "2023-09-11 14:45", "9% is worse than I'd have guessed. Yes, run it on the Dutch one first."),
])
C(W, "wanted_public_register", "de", "Fonds-PR, bezieht sich auf die Vertriebsanzeige bei der BaFin", [
    ("w_pr", "2023-07-10 10:00", "Liebe Frau Hollerbach, wir haben gesehen, dass Ihr Green-Bond-Fonds seit Juni in der BaFin-Datenbank für den Vertrieb in Deutschland gelistet ist. Wir machen Fonds-PR nur für den deutschen Markt (Fachpresse, Versicherer-Rundbriefe, Pensionskassen-Konferenzen) und hätten zwei Ideen, wie man Ihren Engagement-Ansatz bei Versorgungswerken bekannt macht. Darf ich Ihnen die kurz vorstellen?"),
    ("me", "2023-07-10 15:20", "Passt zeitlich gut. Ich leite Sie an Julia Wagner weiter, die verantwortet DACH."),
])
C(W, "wanted_post", "de", "freier Data Scientist bezieht sich auf ihren Fachartikel zum Greenium", [
    ("w_datasci", "2023-11-13 10:00", "Hallo Frau Hollerbach, ich habe Ihren Artikel in der Zeitschrift für Kapitalanlage über das Greenium bei Versorgern gelesen. Sie schreiben, die Emissionsgröße erklärt fast alles, konnten aber Liquidität nicht kontrollieren. Ich habe Bid-Ask-Daten für EUR-Versorgeranleihen seit 2018 und könnte Ihre Regression damit erweitern, als kleines Freelance-Projekt, ca. 5 Tage. Interesse?"),
    ("me", "2023-11-13 18:00", "Das war genau der Punkt, der mich gestört hat. Lassen Sie uns telefonieren."),
])
C(W, "wanted_specific_problem", "en", "PAI reporting vendor names the gap in her periodic report", [
    ("w_pai", "2023-03-20 12:00", "Hi Miriam, in your fund's SFDR periodic report, PAI 7 (biodiversity-sensitive areas) is marked 'data not available' for 38% of holdings, almost all the sub-sovereign issuers. We estimate that indicator for municipalities and regional issuers from project locations. I could run your sub-sovereign list through it for free so you see the coverage before the next report."),
    ("me", "2023-03-20 17:00", "That 38% haunts me. Send me the data request and I'll send the list."),
])

# =============================================================== JUNK (38)
C(J, "generic_counterpart_esg_data", "en", "generic ESG data pitch, counterpart to the EU GBS vendor", [
    ("j_esgdata", "2023-05-08 15:00", "Hi Miriam, ESG data is the foundation of sustainable investing. ESG Insight Pro covers 15,000+ companies with 300+ data points. Trusted by leading asset managers worldwide. Would you be open to a demo?"),
])
C(J, "generic_counterpart_report_ai", "de", "KI für Berichte, Gegenstück zum Allokations-Parser", [
    ("j_ai", "2023-07-04 09:00", "Hallo Miriam, mit BerichtKI erstellen Sie Berichte 10x schneller. Einfach Daten hochladen, KI schreibt den Rest. Für alle Branchen. Jetzt 14 Tage kostenlos testen!"),
])
C(J, "generic_counterpart_recruiter", "en", "generic recruiter, counterpart to the relevant role", [
    ("j_rec", "2023-03-01 08:30", "Hi Miriam, I have some exciting opportunities in financial services that may be of interest. Are you open to new roles at the moment? Happy to have a confidential chat."),
])
C(J, "generic_counterpart_translation", "de", "Übersetzungsbüro generisch, Gegenstück zur Fachübersetzerin", [
    ("j_transl", "2023-06-26 10:00", "Sehr geehrte Damen und Herren, LinguaFix übersetzt in über 80 Sprachen, schnell und günstig, ab 0,08 € pro Wort. Technisch, juristisch, medizinisch. Fordern Sie jetzt Ihr Angebot an!"),
])
C(J, "generic_counterpart_pr", "de", "PR-Agentur generisch, Gegenstück zur Fonds-PR", [
    ("j_pr", "2023-08-01 11:00", "Hallo Miriam, wollen Sie als Expertin in den Medien sichtbarer werden? Medienschub PR platziert Sie in Top-Medien. Pakete ab 1.500 € monatlich. Wann können wir sprechen?"),
])
C(J, "off_topic_product", "de", "Gebäudereinigung", [
    ("j_clean", "2023-04-17 08:00", "Guten Tag Frau Hollerbach, ist Ihr Büro wirklich sauber? Glanz Gebäudereinigung bietet Unterhaltsreinigung, Glasreinigung und Sonderreinigung zu Festpreisen. Gerne erstellen wir ein kostenloses Angebot."),
])
C(J, "off_topic_product", "en", "yacht charter", [
    ("j_yacht", "2023-05-22 12:00", "Hi Miriam, summer is coming! Treat your team or top clients to an unforgettable day on the Côte d'Azur aboard one of our luxury yachts. Corporate packages from EUR 8,900. Shall I send our brochure?"),
])
C(J, "sells_what_she_sells", "en", "a green bond fund pitched to a green bond fund manager", [
    ("j_fund", "2023-09-19 09:30", "Hi Miriam, are you looking to add sustainable fixed income to your portfolios? The Evergreen Global Green Bond Fund offers diversified exposure to the green bond market with an Article 9 classification. I'd love to send you our latest factsheet and arrange a call with our PM."),
])
C(J, "sells_what_she_sells", "de", "Anleiheanalyse als Dienstleistung einer Anleiheanalystin angeboten", [
    ("j_research", "2023-10-02 10:00", "Hallo Frau Hollerbach, Green-Bond-Analyse ist aufwendig. Bondanalyse Plus übernimmt für Sie die Bewertung von grünen und sozialen Anleihen, inkl. Impact-Kennzahlen, ab 450 € pro Anleihe. Sollen wir Ihnen ein Muster zusenden?"),
])
C(J, "capacity_new_clients", "en", "lead gen asks if she has capacity for new clients", [
    ("j_capacity", "2023-02-13 07:00", "Hi Miriam, quick one: are you able to take on new clients right now? We help financial advisors add 5-10 high-net-worth clients per month on autopilot. If you've got capacity, I'd love to show you how."),
])
C(J, "like_minded", "en", "let's connect as like-minded visionaries", [
    ("j_likeminded", "2023-08-08 22:00", "Hi Miriam! I love connecting with like-minded professionals who are passionate about making an impact 🌍 I'm building a community of visionary leaders. Would love to have you join our private network, let's hop on a call!"),
])
C(J, "quick_call", "de", "kurzer 15-Minuten-Call mit Nachfassen", [
    ("j_15", "2023-01-09 09:00", "Hallo Frau Hollerbach, hätten Sie 15 Minuten für ein kurzes Telefonat? Ich möchte Ihnen eine Idee vorstellen, die für Ihr Haus sehr interessant sein könnte."),
    ("j_15", "2023-01-17 09:00", "Hallo Frau Hollerbach, darf ich nochmal an mein Gesprächsangebot erinnern? 15 Minuten genügen."),
])
C(J, "connect_then_pitch", "en", "connect, small talk she answers, then wealth management pitch", [
    ("j_ctp1", "2023-04-11 08:30", "Thanks for connecting Miriam! How are you finding Luxembourg? I moved here from Singapore last year, still getting used to the weather 😅"),
    ("me", "2023-04-11 12:00", "Ha, the weather is an acquired taste. Welcome!"),
    ("j_ctp1", "2023-04-12 09:00", "Thank you! By the way, I help senior finance professionals structure their personal wealth: pension, tax optimisation between DE and LU, property. Would you be open to a complimentary review over coffee?"),
])
C(J, "connect_then_pitch", "de", "Vernetzung, dann Dubai-Immobilien in Nachricht 2", [
    ("j_ctp2", "2023-07-17 10:00", "Hallo Miriam, danke für die Vernetzung! Schöne Woche dir."),
    ("j_ctp2", "2023-07-19 10:00", "Hallo Miriam, kurze Frage: Hast du schon über Immobilien in Dubai als Investment nachgedacht? 8-10 % Mietrendite, steuerfrei. Ich schicke dir gern unsere aktuellen Off-Plan-Projekte."),
])
C(J, "connect_then_pitch", "mixed", "connexion, deux messages de small talk, puis coaching payant (français)", [
    ("j_ctp3", "2023-09-26 08:00", "Bonjour Miriam, merci pour la connexion ! Belle journée à vous ☀️"),
    ("j_ctp3", "2023-09-28 08:00", "J'adore voir des femmes dans la finance durable. Ce n'est pas toujours facile, n'est-ce pas ?"),
    ("j_ctp3", "2023-10-02 08:00", "Je propose un programme de coaching de 3 mois pour les femmes cadres qui veulent accéder au comité de direction. Il reste 2 places à 1 900 €. Voulez-vous que je vous envoie la brochure ?"),
])
C(J, "follow_up_bumps", "en", "webinar invitation with repeated bumps", [
    ("j_bump1", "2023-03-06 10:00", "Hi Miriam, you're invited to our exclusive webinar 'The Future of ESG Investing' on March 23. Register now, seats are limited!"),
    ("j_bump1", "2023-03-14 10:00", "Hi Miriam, just a reminder about our webinar next week. Don't miss out!"),
    ("j_bump1", "2023-03-21 10:00", "Hi Miriam, last chance to register! Only a few seats left."),
])
C(J, "follow_up_bumps", "de", "Unternehmensberatung mit Erinnerungen", [
    ("j_bump2", "2023-05-15 09:00", "Sehr geehrte Frau Hollerbach, wir unterstützen Unternehmen bei Prozessoptimierung und Digitalisierung. Hätten Sie Interesse an einem unverbindlichen Austausch?"),
    ("j_bump2", "2023-05-24 09:00", "Sehr geehrte Frau Hollerbach, ich wollte kurz nachfassen, ob meine Nachricht angekommen ist."),
    ("j_bump2", "2023-06-05 09:00", "Sehr geehrte Frau Hollerbach, falls das Thema gerade nicht passt, geben Sie mir gerne kurz Bescheid."),
])
C(J, "template_mass", "de", "CSRD-Software-Vorlage, Absender 1 von 5", [
    ("j_tpl1", "2023-11-06 09:12", "Hallo Miriam, die CSRD kommt, und viele Unternehmen sind noch nicht vorbereitet. Mit ReportGrün erstellen Sie Ihren Nachhaltigkeitsbericht in wenigen Wochen statt Monaten. Darf ich Ihnen in 20 Minuten zeigen, wie das bei Moselle Asset Management aussehen könnte?"),
])
C(J, "template_mass", "de", "CSRD-Software-Vorlage, Absender 2 von 5", [
    ("j_tpl2", "2023-11-07 14:30", "Hallo Frau Hollerbach, die CSRD rückt näher und viele Unternehmen sind noch nicht bereit. Mit CSRDeasy erstellen Sie Ihren Nachhaltigkeitsbericht in Wochen statt Monaten. Darf ich Ihnen in 15 Minuten zeigen, wie das für Moselle Asset Management funktionieren würde?"),
])
C(J, "template_mass", "de", "CSRD-Software-Vorlage, Absender 3 von 5", [
    ("j_tpl3", "2023-11-09 10:05", "Hi Miriam, CSRD steht vor der Tür und viele sind noch nicht vorbereitet. Mit uns erstellen Sie Ihren Nachhaltigkeitsbericht in wenigen Wochen statt Monaten. Kurze Demo, 20 Minuten, wie das bei Ihnen aussehen könnte?"),
])
C(J, "template_mass", "de", "CSRD-Software-Vorlage, Absender 4 von 5", [
    ("j_tpl4", "2023-11-13 08:50", "Hallo Miriam, die CSRD kommt schneller als gedacht, und die meisten Unternehmen sind noch nicht vorbereitet. ESGflow bringt Ihren Nachhaltigkeitsbericht in Wochen statt Monaten an den Start. Darf ich Ihnen zeigen, wie das bei Moselle aussehen könnte?"),
])
C(J, "template_mass", "en", "CSRD software template, sender 5 of 5, in English", [
    ("j_tpl5", "2023-11-15 16:20", "Hi Miriam, CSRD is coming and most companies aren't ready. With GreenLedger you can produce your sustainability report in weeks instead of months. Could I show you in 20 minutes what that would look like for Moselle Asset Management?"),
])
C(J, "merge_tag_failure", "en", "unfilled {first_name} and {company} tags", [
    ("j_merge1", "2023-02-06 07:10", "Hi {first_name},\n\nI noticed that {company} has been expanding and thought you might be interested in how we help similar teams book 20+ meetings a month with decision makers. Open to a quick chat?"),
])
C(J, "merge_tag_failure", "de", "falscher Vorname eingesetzt", [
    ("j_merge2", "2023-04-24 09:40", "Hallo Marion,\n\nFirmenfitness ist der Benefit Nr. 1! Mit Firmenfitness24 trainieren Ihre Mitarbeitenden in über 5.000 Studios. Darf ich Ihnen ein Angebot für Ihr Team machen?"),
])
C(J, "merge_tag_failure", "mixed", "balise {{Société}} non remplie, en français", [
    ("j_merge3", "2023-06-20 10:00", "Bonjour Miriam,\n\nchez Petit Conseil IT nous accompagnons des entreprises comme {{Société}} dans l'infogérance de leurs serveurs et postes de travail. Êtes-vous satisfaite de votre prestataire actuel ?"),
])
C(J, "merge_tag_failure", "de", "falsches Unternehmen eingesetzt", [
    ("j_merge4", "2023-10-30 11:00", "Hallo Frau Hollerbach, als Mitarbeiterin der Mosel Versicherung AG haben Sie Anspruch auf besondere Konditionen bei der betrieblichen Altersvorsorge. Sollen wir einen Termin vereinbaren?"),
])
C(J, "sponsored_inmail", "en", "sponsored InMail for an executive programme", [
    ("j_spon1", "2023-02-20 12:00", "<p>Hi Miriam,</p><p>Accelerate your career with the Crestmoor Executive Programme in Sustainable Finance &ndash; 100% online, start in April.</p><p>Download the brochure.</p>"),
], title="Sponsored Conversation", subject="Lead the green transition")
C(J, "sponsored_inmail", "de", "gesponserte InMail einer Direktbank", [
    ("j_spon2", "2023-06-05 12:00", "<p>Hallo Miriam,</p><p>3,5&nbsp;% Tagesgeld für Neukunden &ndash; jetzt in 10 Minuten online eröffnen.</p>"),
], title="Sponsored Conversation", subject="Mehr Zinsen für Ihr Geld")
C(J, "sponsored_inmail", "en", "sponsored message from a hidden sender", [
    ("j_spon3", "2023-09-04 12:00", "Discover how leading CFOs are cutting costs with cloud finance. Download the free 2023 benchmark report."),
], subject="Free report: CFO benchmark 2023")
C(J, "paid_award", "en", "paid 'award' with a fee", [
    ("j_award", "2023-08-29 10:00", "Dear Miriam, congratulations! You have been shortlisted for 'ESG Analyst of the Year - Europe 2023'. Finalists are featured at our gala in London and in our winners' supplement. A finalist package of GBP 1,650 covers the gala seat and feature. Please confirm by 8 September to secure your place."),
])
C(J, "paid_feature", "de", "bezahltes Interview im Fachmagazin", [
    ("j_feature", "2023-05-02 13:00", "Sehr geehrte Frau Hollerbach, für unsere Sonderausgabe 'Köpfe der nachhaltigen Finanzwelt' möchten wir Sie gern porträtieren. Für das Interview inkl. Foto und Online-Verlängerung berechnen wir einen Kostenbeitrag von 2.400 € zzgl. MwSt. Dürfen wir Sie einplanen?"),
])
C(J, "fluent_names_company", "en", "fluent platform pitch naming her firm but fitting anyone", [
    ("j_fluent", "2023-10-10 09:15", "Hi Miriam, Moselle Asset Management has built an impressive reputation in sustainable investing. As firms like yours scale, fragmented data and manual workflows can hold teams back. Quantora unifies data, analytics and reporting in one platform so investment teams can focus on what matters. Would it make sense to explore how Quantora could support Moselle's next stage of growth?"),
])
C(J, "off_topic_product", "en", "tokenised carbon credits", [
    ("j_token", "2023-07-26 23:30", "Hi Miriam, carbon credits are going on-chain! CarbonChain lets investors buy fractional tokenised credits with 40x upside potential. Early investor round closes Friday. Want the deck?"),
])
C(J, "generic_service_seo", "de", "SEO-Spam auf Deutsch", [
    ("j_seo", "2023-09-12 05:00", "Hallo, ich habe Ihre Website analysiert und 34 Fehler gefunden, die Ihr Google-Ranking verhindern. Ich kann alles günstig beheben und Sie auf Seite 1 bringen. Soll ich den Bericht schicken?"),
])
C(J, "off_topic_product", "de", "Coworking-Angebot ohne Bezug", [
    ("j_cowork", "2023-01-24 10:00", "Hallo Miriam, suchst du einen flexiblen Arbeitsplatz in Kirchberg? Bei Workspace Kirchberg bekommst du Hot Desks ab 250 €/Monat, Kaffee inklusive. Komm doch mal auf einen Probetag vorbei!"),
])
C(J, "generic_service", "en", "generic terminal alternative pitch", [
    ("j_terminal", "2023-02-28 14:00", "Hi Miriam, still paying for expensive terminals? TerminalOne gives you market data, news and analytics at a fraction of the cost. Switch in days. Can I book you in for a demo?"),
])
C(J, "paid_speaker_slot", "en", "pay-to-speak summit slot", [
    ("j_summit", "2023-04-05 11:00", "Dear Miriam, we'd love to invite you to speak at the Global ESG Leaders Summit in Dubai this October. Speaker packages start at USD 4,500 and include a keynote slot, branding and VIP dinner access. Shall I send you the speaker kit?"),
])
C(J, "generic_service", "mixed", "infogérance IT générique, en français", [
    ("j_itfr", "2023-03-27 09:00", "Bonjour Madame Hollerbach, nos équipes basées à Luxembourg gèrent votre parc informatique 24/7. Audit gratuit de votre infrastructure. Puis-je vous appeler cette semaine ?"),
    ("j_itfr", "2023-04-04 09:00", "Bonjour Madame Hollerbach, je me permets de relancer mon message précédent. Avez-vous un créneau ?"),
])

profile = {
    "First Name": "Miriam", "Last Name": "Hollerbach", "Maiden Name": "", "Address": "",
    "Birth Date": "", "Headline": "Senior Analyst Green & Social Bonds | Moselle Asset Management | Engagement, impact reporting",
    "Summary": "Analyse von grünen, sozialen und nachhaltigen Anleihen für unseren Article-9-Fonds und "
               "institutionelle Mandate. Engagement mit Emittenten, Impact-Reporting. "
               "Deutsch, English, français.",
    "Industry": "Investment Management", "Zip Code": "L-1724", "Geo Location": "Luxembourg",
    "Twitter Handles": "", "Websites": "", "Instant Messengers": "",
}
positions = [
    {"Company Name": "Moselle Asset Management S.A.", "Title": "Senior Analyst, Green & Social Bonds",
     "Description": "Green/social bond research, engagement, impact reporting.",
     "Location": "Luxembourg", "Started On": "Jan 2019", "Finished On": ""},
    {"Company Name": "Mainbank Frankfurt", "Title": "Credit Analyst, Utilities",
     "Description": "", "Location": "Frankfurt am Main", "Started On": "Apr 2014",
     "Finished On": "Dec 2018"},
]
skills = ["Green Bonds", "Social Bonds", "Credit Analysis", "EU Taxonomy", "SFDR",
          "Impact Reporting", "Fixed Income"]

if __name__ == "__main__":
    ex.write(OUT, profile, positions, skills)
    print(ex.summary())

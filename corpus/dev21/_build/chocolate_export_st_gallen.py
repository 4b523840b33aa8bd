"""dev21 persona (written blind as heldout27, session 4): Persona heldout27/mixed-chocolate-export-manager-st-gallen (written blind, session 4).

Andrea Zellweger is export manager at Confiserie Frehner AG in Flawil near St. Gallen, a
third-generation family chocolate maker (pralinés, Biberli, tablets). Swiss German and English
about half/half, 2026 export layout (quoted CSV, attachments), 2025-2026.
Every message below is written by hand for this corpus.
Run: /work/main/.venv/bin/python corpus/dev21/_build/chocolate_export_st_gallen.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-chocolate-export-manager-st-gallen"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Andrea Zellweger", "https://www.linkedin.com/in/andrea-zellweger-frehner",
               "Confiserie Frehner AG", "Export Manager")
ex = Export(SLUG, "2026", owner)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people
P("tokyo", "Haruka Mori", "Sakura Fine Foods K.K.", "Import Buyer", connected="2023-02-08")
P("chicago", "Dan Kowalski", "Lakeshore Gourmet Imports", "Purchasing Director", connected="2019-05-22")
P("dubai", "Farid Haddad", "Oasis Premium Trading LLC", "Operations Manager", connected="2021-01-30")
P("sweden", "Elin Bergqvist", "Nordsmak AB", "Category Manager")
P("fair", "Sabine Hoffmeister", "Confecta Cologne", "Ausstellerbetreuung", connected="2022-10-12")
P("forwarder", "Marco Rüegg", "Rheintal Logistik AG", "Key Account Manager", connected="2017-03-15")
P("karton", "Daniela Baumgartner", "Kartonagen Thurtal AG", "Verkauf Innendienst", connected="2016-08-04")
P("efo", "Beat Koller", "Exportförderung Ostschweiz", "Länderberater Asien", connected="2018-11-20")
P("prod", "Reto Gmür", "Confiserie Frehner AG", "Produktionsleiter", connected="2014-04-01")
P("ceo", "Ruedi Frehner", "Confiserie Frehner AG", "CEO / Inhaber", connected="2013-09-10")
P("kaese", "Claudia Inauen", "Alpstein Käserei AG", "Leiterin Export", connected="2020-06-18")
P("recruiter", "James Whitmore", "Meridian Executive Search Zurich", "Partner, Consumer Goods",
  connected="2025-03-04", invite=("OUT", "2025-03-04 08:30", "Hi James, Claudia Inauen recommended you for an APAC sales search."))
P("lernende", "Noemi Brändle", "", "Schülerin Sekundarschule Flawil")
P("jp_cand", "Yuki Tanabe-Meier", "", "Sales professional, Japanese / German / English")
P("korea", "Min-jun Park", "Hanbit Food Trading", "Managing Director")
P("thx1", "Priya Raman", "Marina Gourmet Pte Ltd", "Buyer", connected="2025-09-24")
P("thx2", "Lucas Tan", "Orchard Delicatessen", "Owner", connected="2025-09-24")
P("thx3", "Grace Lim", "Changi Travel Retail", "Category Buyer Confectionery", connected="2025-09-25")
P("presse", "Monika Egli", "Confiserie & Chocolatier Fachblatt", "Redaktorin")
P("swisscham", "Thomas Wyss", "Swiss Business Council Singapore", "Executive Director", connected="2019-09-01")
P("oldcol", "Sandra Bischof", "Chocolats Montagne SA", "Key Account Managerin Retail", connected="2011-02-14")
P("translator", "Aiko Brunner", "", "Übersetzerin Japanisch-Deutsch", connected="2022-04-05")
P("ihk", "Patrick Hug", "Industrie- und Handelskammer St.Gallen-Appenzell", "Ursprungszeugnisse", connected="2019-02-27")
P("canada", "Michelle Tremblay", "Laurentian Fine Foods", "VP Purchasing", connected="2015-10-30")
P("feinkost", "Jörg Albers", "Albers Feinkost GmbH", "Einkaufsleiter Süsswaren")
P("halal", "Omar Farouk", "Gulf Halal Certification Services", "Audit Coordinator", connected="2024-07-11")
P("marketing", "Lea Frehner", "Confiserie Frehner AG", "Leiterin Marketing", connected="2018-01-08")
P("dutyfree", "Sofia Marchetti", "AeroRetail Europe", "Senior Buyer Confectionery")
P("promo", "Christine Ammann", "Ostschweizer Kartonmacher", "Geschäftsführerin", connected="2012-05-05")
P("peer", "Stefan Huber", "Bergmühle Teigwaren AG", "Export Manager", connected="2021-11-02")
P("hotel", "Rania Aziz", "Azure Bay Hotels & Resorts", "Group Procurement Manager")
P("austria", "Florian Eder", "Eder Genusshandel GmbH", "Geschäftsführer", connected="2020-02-19")
P("hsg", "Jana Keller", "Universität St.Gallen", "Masterstudentin")
P("broker", "Werner Schläpfer", "Schläpfer Versicherungsbroker AG", "Broker Transportversicherung", connected="2016-01-25")
P("j_register", "Patricia Frey", "Exporteurverzeichnis Schweiz", "Kundenbetreuung")

# wanted
P("w_thermal", "Hugo Lindström", "ColdShield Packaging", "Business Development, MENA")
P("w_label", "Kenta Ishikawa", "Ishikawa Label Compliance", "Consultant")
P("w_design", "Mirjam Sutter", "Atelier Sutter Verpackungsdesign", "Inhaberin")
P("w_reefer", "Pascal Zünd", "ThermoFreight Schweiz AG", "Verkauf Lebensmittel", connected="2025-06-10",
  invite=("IN", "2025-06-10 07:55", "Grüezi Frau Zellweger, gerne würde ich mich mit Ihnen vernetzen."))
P("w_korea", "Soo-ah Lee", "K-Gate Market Entry", "Founder")
P("w_automation", "Urs Bänziger", "Bänziger Verpackungsmaschinen AG", "Verkaufsleiter")
P("w_edi", "Laura Fischer", "EDIbridge", "Solutions Consultant")
P("w_apac_recruit", "Nadine Wehrli", "Wehrli Sales Recruiting", "Senior Consultant Consumer Goods",
  connected="2025-05-12", invite=("IN", "2025-05-12 10:00", ""))
P("w_cocoa", "Valentina Cedeño", "Cooperativa Río Esmeralda", "Export Coordinator")
P("w_jp_web", "Mao Takahashi", "", "Freelance Japanese copywriter & translator")
P("w_booth", "Roger Zahner", "Zahner Messebau", "Projektleiter")
P("w_gulf", "Leila Mansour", "Crescent Market Insights", "Senior Analyst")

# junk
P("j_leads", "Aditya Sharma", "ExportLeads Global", "Business Development Manager")
P("j_l2", "Emma Collins", "TradeReach", "Growth Manager")
P("j_l3", "Marcus Hill", "ImporterMatch", "Partnerships")
P("j_l4", "Sophie Durand", "GlobalBuyerBase", "Sales Executive")
P("j_l5", "Tobias Graf", "HändlerFinder", "Vertrieb")
P("j_seo", "Kevin Roth", "SwissRank Digital", "SEO Consultant")
P("j_web", "Imran Qureshi", "WebCraft Technologies", "Business Analyst")
P("j_private", "Giulia Conti", "Dolce Privato Chocolate Manufacturing", "Private Label Sales")
P("j_kapaz", "Fabian Meier", "Terminwerk GmbH", "Vertrieb")
P("j_minded", "Jason Reid", "Reid Global Ventures", "Founder | Angel Investor | Keynote Speaker", connected="2025-04-14")
P("j_15", "Priyanka Nair", "FlowOps AI", "Account Executive")
P("j_ctp1", "Nico Schmid", "Helvetia Vorsorge Partner", "Finanzplaner", connected="2025-02-17",
  invite=("IN", "2025-02-17 18:40", "Hoi Andrea, schön wenn wir uns vernetzen!"))
P("j_ctp2", "Ashley Morgan", "BrightPath Leadership", "Executive Coach", connected="2025-10-06",
  invite=("IN", "2025-10-06 06:50", "Love your posts about exporting! Let's connect."))
P("j_ctp3", "Samuel Frei", "eCharge Flotten AG", "Berater E-Mobilität", connected="2026-01-12",
  invite=("IN", "2026-01-12 16:10", ""))
P("j_bump1", "Oliver Grant", "FreightMate", "Sales Development Representative")
P("j_bump2", "Nicole Wenger", "Büroprofi Schweiz", "Kundenberaterin")
P("j_mt1", "Rohan Mehta", "Zenith Outsourcing", "Client Partner")
P("j_mt2", "Carla Widmer", "MarkenPuls Agentur", "Beraterin")
P("j_mt3", "Brandon Lee", "Summit Trade Finance", "Relationship Manager")
P("j_mt4", "Melanie Roth", "SauberPlus Reinigung", "Verkauf")
P("j_sp1", "Helvetic Business Bank", "", "", url="https://www.linkedin.com/company/helvetic-business-bank")
P("j_sp2", "Global MBA Lausanne Online", "", "", url="https://www.linkedin.com/company/global-mba-lausanne-online")
P("j_award", "Victoria Blake", "European Food Excellence Awards", "Awards Manager")
P("j_pod", "Mario Keller", "Macher:innen Podcast Schweiz", "Host")
P("j_fluent", "Rebecca Stone", "Apex Growth Partners", "Principal")
P("j_pack", "Dennis Wu", "Shenzhen BestPack Co.", "Sales Manager")
P("j_freight", "Laura Hofer", "CargoStar Spedition", "Verkauf")
P("j_recruit", "Tim Schneider", "CodeHunters", "IT Recruiter")
P("j_transl", "Ana Silva", "TranslatePro 24", "Account Manager")
P("j_booth", "Dirk Neumann", "Messebau Express", "Vertrieb")
P("j_crypto", "Ryan Cole", "", "Web3 | DeFi | Building the future")
P("j_solar", "Andreas Koch", "SonnenDach Schweiz", "Energieberater")
P("j_market", "Nina Vogt", "MarketScope Reports", "Research Sales")
P("j_influ", "Chloe Martin", "SweetGram Influencers", "Partnerships")
P("j_wine", "Pierre Lambert", "Caves du Léman Direct", "Weinberater")
P("j_swiss", "Lena Aebi", "Swissness Consulting", "Partnerin")

# ---------------------------------------------------------------- genuine
C("genuine", "importer_quote_request", "en", "Japanese importer asks quote for Valentine's range", [
    ("tokyo", "2025-09-01 02:15", "Dear Andrea-san, thank you again for the samples in July. Our team liked the Grand Cru praliné box (16 pcs) very much. For Valentine 2026 we would like to order approx. 2,400 boxes, delivered Tokyo by Jan 10. Could you send a quotation FCA Flawil, and tell us if you can add a Japanese sticker label?"),
    ("me", "2025-09-01 09:40", "Dear Haruka-san, wonderful news. I'll prepare the quotation this week. Sticker labels are no problem, we did the same for Osaka last year. One question: would you prefer the pink or the gold ribbon?"),
    ("tokyo", "2025-09-01 10:05", "Gold ribbon please. It is more elegant for our customers."),
    ("me", "2025-09-03 16:20", "Quotation attached: CHF 21.40 per box FCA Flawil, Japanese labels included, production slot week 48. Valid until Sept 30."),
], attachments={3: "https://www.linkedin.com/dms/frehner-quotation-sakura-2026.pdf"})
C("genuine", "importer_reorder", "en", "long-standing US importer reorders and asks about shelf life", [
    ("chicago", "2025-03-11 15:30", "Hi Andrea, we're nearly out of the dark Biberli. Same as last time, 180 cases, but could you ship a month earlier? Also our new retailer wants 9 months shelf life at arrival, can you do that?"),
    ("me", "2025-03-11 17:10", "Hi Dan, 180 cases noted. Biberli have 10 months from production, so with sea freight you'd have around 8.5 at arrival. Air for part of it? Or I can ask Reto to produce closer to the vessel date."),
    ("chicago", "2025-03-11 17:45", "Produce closer to the vessel date sounds perfect. Thanks as always."),
])
C("genuine", "importer_claim", "en", "Dubai distributor reports melted shipment, claim", [
    ("dubai", "2025-07-21 11:20", "Andrea, bad news. The container arrived Jebel Ali yesterday and 14 cartons of pralines are bloomed and partly melted. The reefer logger shows 31 degrees for 9 hours during transshipment in Salalah. Photos are in your email. How do we handle this?"),
    ("me", "2025-07-21 12:05", "Farid, I'm so sorry. Please keep the cartons aside and don't destroy anything yet. I'm opening a claim with Rheintal Logistik and their insurer today. We'll send replacement by air at our cost next week, you shouldn't be without stock in August."),
    ("dubai", "2025-07-21 12:30", "Thank you, appreciated. That's why we work with you."),
])
C("genuine", "inbound_lead_buyer", "en", "Swedish importer wants samples and price list", [
    ("sweden", "2025-11-04 13:00", "Hi Andrea, I'm category manager at Nordsmak, we supply about 300 delis in Sweden and Norway. We're looking for a Swiss praliné range for Easter 2026 that is not the usual big brands. Could you send a price list and samples? Volume would start at 600 units per SKU."),
    ("me", "2025-11-04 15:30", "Hi Elin, thanks for thinking of us! Samples go out tomorrow by courier and I've attached our export price list 2026. For Easter we'd need your order by Jan 20. Happy to have a call next week."),
    ("sweden", "2025-11-05 08:10", "Great, Tuesday 10:00 works."),
], attachments={1: "https://www.linkedin.com/dms/frehner-export-pricelist-2026.pdf"})
C("genuine", "trade_fair", "de", "Messe-Organisation bestätigt Stand und Rechnung", [
    ("fair", "2025-10-20 09:30", "Sehr geehrte Frau Zellweger, Ihr Stand auf der Confecta 2026 ist bestätigt: Halle 10.2, Stand C041, 24 qm, Reihenstand. Die Rechnung über 9.840 EUR geht diese Woche raus. Bitte denken Sie an die Anmeldung Ihrer Standbauer bis 15.12."),
    ("me", "2025-10-20 10:15", "Vielen Dank Frau Hoffmeister. Wir bauen selbst mit Zahner Messebau, ich melde sie bis Ende November an."),
])
C("genuine", "vendor_price_change", "de", "Spediteur kündigt höheren Kühlzuschlag an", [
    ("forwarder", "2025-04-28 14:00", "Hoi Andrea, nur dass du's vorab weisst: ab 1. Juni steigt der Kühlzuschlag für Reefer nach Übersee von CHF 380 auf CHF 460 pro Container, die Reedereien haben aufgeschlagen. Für Sammelsendungen Luftfracht bleibt alles gleich. Offizielles Schreiben folgt."),
    ("me", "2025-04-28 15:40", "Merci Marco. Das tut weh. Kannst du mir für die USA-Sendungen bis Ende Jahr noch den alten Satz garantieren, wenn wir alle 6 Container über euch buchen?"),
    ("forwarder", "2025-04-29 08:20", "Ich hab's intern durchgebracht: CHF 400 bei 6 Containern. Besser gaht's nöd 🙂"),
])
C("genuine", "vendor_price_change", "de", "Kartonlieferant erhöht Preise, langjährig", [
    ("karton", "2025-01-13 10:10", "Grüezi Frau Zellweger, wie telefonisch angekündigt: Wegen der gestiegenen Papierpreise müssen wir die Faltschachteln per 1. März um 4.5% anpassen. Die neue Preisliste ist angehängt. Für bereits bestätigte Aufträge gilt der alte Preis."),
    ("me", "2025-01-13 11:30", "Grüezi Frau Baumgartner, danke für die Info. Ich bestelle dann die Ostersachen noch diese Woche, damit sie zum alten Preis laufen."),
], attachments={0: "https://www.linkedin.com/dms/kartonagen-thurtal-preisliste-maerz-2025.pdf"})
C("genuine", "export_promotion", "de", "Exportförderung lädt zur Delegationsreise Japan ein", [
    ("efo", "2025-05-19 08:45", "Hoi Andrea, mir mached im November e Delegationsreis nach Tokio und Osaka, mit B2B-Matchmaking mit Importeuren. Du wärsch perfekt dabei, au wäg em Sakura-Kontakt. Chosteanteil CHF 2'900, Flug separat. Intresse?"),
    ("me", "2025-05-19 09:30", "Hoi Beat, sehr gärn! Ich muess no mit em Ruedi rede wäg em Budget, aber ich gsehs positiv. Bis wänn muess ich mich melde?"),
    ("efo", "2025-05-19 09:41", "Bis Ende Juni. Merci!"),
])
C("genuine", "colleague_group", "de", "Produktions- und Exportplanung Weihnachten im Team", [
    ("prod", "2025-08-18 07:10", "Morge zäme. D'Linie 2 isch bis KW 46 voll. Wenn Japan no 2'400 Schachtle will, müemer Samstig schaffe oder d'Biberli für Kanada verschiebe."),
    ("me", "2025-08-18 07:35", "Kanada chönt ich um 2 Wuche schiebe, Michelle isch flexibel. Aber Japan isch no nöd bestätigt, erst Mitte Septämber."),
    ("ceo", "2025-08-18 08:02", "Samstig nur wänn's bestätigt isch. Andrea, bitte d'Marge für Japan no rechne bevor mir zuesäged."),
], title="Planung Q4", extra=["marketing"])
C("genuine", "colleague", "de", "Chef fragt nach Zahlen für Verwaltungsrat", [
    ("ceo", "2025-12-08 18:20", "Andrea, chasch mer bis Donnstig d'Exportzahle pro Land für de VR schicke? Und e Satz zu Dubai, wäg em Schadefall."),
    ("me", "2025-12-08 19:05", "Mach ich. Dubai isch erledigt, Versicherig het zahlt, CHF 11'200."),
])
C("genuine", "peer_joint_offer", "de", "Käserei schlägt gemeinsame Export-Geschenkbox vor", [
    ("kaese", "2025-06-02 16:00", "Hoi Andrea, ich hätt e Idee: e gemeinsami \"Ostschwiizer Genussbox\" für Japan und Singapur, eusi Appezeller-Mutschli plus eui Biberli und Pralinés. Mir teiled Verpackig und Fracht, jede verrechnet sini Produkt. Ich schätz, mir chönd en Endpris vo CHF 69 mache. Was meinsch?"),
    ("me", "2025-06-02 17:20", "Claudia, das gfallt mer! Nur Chäs und Schoggi im gliiche Kühlcontainer, mer müend luege wäg de Temperature. Lass eus nächst Wuche telefoniere."),
    ("kaese", "2025-06-02 17:25", "Super. Mittwuch am 10i?"),
])
C("genuine", "recruiter_engaged", "en", "owner engaged a search firm for APAC sales role, fee discussion", [
    ("me", "2025-03-04 08:35", "Hi James, thanks for connecting. We're hiring an Area Sales Manager APAC, based in Switzerland with 40% travel. Could you tell me your terms?"),
    ("recruiter", "2025-03-04 12:10", "Hi Andrea, great to hear from you, Claudia speaks very highly of Frehner. For this level our fee is 25% of first-year total cash, in three instalments, with a 6-month replacement guarantee. I'd suggest a 45-minute briefing to nail down the profile."),
    ("me", "2025-03-04 13:00", "25% is above our budget. Would you do 20% with the guarantee? Briefing on Friday 9:00 works."),
    ("recruiter", "2025-03-05 09:15", "22% and we have a deal. See you Friday."),
])
C("genuine", "job_applicant", "de", "Schülerin fragt nach Lehrstelle KV", [
    ("lernende", "2025-09-15 19:30", "Grüezi Frau Zellweger, ich bin in der 3. Sek in Flawil und würde gern eine KV-Lehre bei Frehner machen, am liebsten im Export weil ich gern Englisch und Französisch habe. Darf ich schnuppern kommen?"),
    ("me", "2025-09-16 08:10", "Hoi Noemi, sehr gern! Melde dich bei Frau Keller im Personalbüro, sie organisiert die Schnupperlehre. Ich zeige dir dann einen Tag im Export."),
    ("lernende", "2025-09-16 12:00", "Merci vielmal!!"),
])
C("genuine", "job_applicant", "en", "Japanese-speaking candidate applies for APAC role", [
    ("jp_cand", "2025-03-20 21:00", "Dear Ms. Zellweger, I saw the Area Sales Manager APAC role. I grew up in Kobe, live in Winterthur, and spent 6 years selling Swiss cheese to Japanese department stores. I applied via Meridian, but wanted to introduce myself directly as well. I'd love to talk."),
    ("me", "2025-03-21 08:40", "Dear Ms. Tanabe-Meier, thank you for reaching out. I'll make sure James includes your profile in the shortlist. Department store experience is exactly what we need."),
])
C("genuine", "importer_contact", "en", "Korean importer met at the fair, landed in SPAM", [
    ("korea", "2026-02-04 01:40", "Dear Andrea, it was a pleasure to meet you at the Confecta stand last week. As discussed, we would like to test your Biberli in 20 department store gift corners in Seoul for Chuseok. Could you please send the export price list and minimum order quantity? Best regards, Min-jun Park"),
], folder="SPAM")
C("genuine", "thanks_after_event", "en", "thank-you after the Swiss food night in Singapore (1/3)", [
    ("thx1", "2025-09-24 22:10", "Hi Andrea, thank you for a lovely evening at the Swiss Food Night yesterday! Your pralines were the hit of the night. Let's stay in touch."),
    ("me", "2025-09-25 02:30", "Thank you Priya, it was a pleasure! I'll send the catalogue when I'm back in Flawil."),
])
C("genuine", "thanks_after_event", "en", "thank-you after the Swiss food night in Singapore (2/3)", [
    ("thx2", "2025-09-25 00:45", "Thanks for the lovely evening at the Swiss Food Night, Andrea! The pralines were the highlight. Hope to stay in touch."),
])
C("genuine", "thanks_after_event", "en", "thank-you after the Swiss food night in Singapore (3/3)", [
    ("thx3", "2025-09-25 03:20", "Dear Andrea, thank you for a wonderful evening at the Swiss Food Night! Your pralines were a real highlight. Let's keep in touch."),
])
C("genuine", "journalist", "de", "Fachblatt-Redaktorin fragt zu Kakaopreisen", [
    ("presse", "2025-02-10 11:00", "Grüezi Frau Zellweger, ich schreibe für das Fachblatt über die Kakaopreise und wie Schweizer KMU im Export damit umgehen. Wären Sie für ein kurzes Gespräch bereit, gerne mit Zitat? Redaktionsschluss ist der 24. Februar."),
    ("me", "2025-02-10 14:15", "Grüezi Frau Egli, gerne. Donnerstag ab 14 Uhr passt mir. Zahlen zu unseren Preisen kann ich nicht nennen, aber zum Vorgehen schon."),
])
C("genuine", "event_invitation", "en", "Swiss business council invites her to the food night", [
    ("swisscham", "2025-07-08 09:00", "Hi Andrea, the Swiss Food Night in Singapore is on Sept 24 at the Residence. We'd love Frehner to showcase again, 200 guests, mostly buyers and F&B people. Would you come out? I can seat you with Changi Travel Retail."),
    ("me", "2025-07-08 10:30", "Thomas, count me in! Seating with Changi would be fantastic."),
])
C("genuine", "long_standing_contact", "de", "alte Arbeitskollegin meldet sich", [
    ("oldcol", "2025-11-28 20:10", "Hoi Andrea! Ich ha grad gseh dass ihr uf de Confecta sind. Ich bin au det, mit Montagne. Gömmer mal wie früener go es Kölsch trinke? 😄 Isch scho 10 Jahr her sit Hamburg..."),
    ("me", "2025-11-28 21:00", "Sandra!! Unbedingt! Und bitte nöd wieder bis am 2i, ich bin nümme 30."),
    ("oldcol", "2025-11-28 21:05", "Versproche isch nüt 😂"),
])
C("genuine", "owner_asks_quote", "de", "Inhaberin fragt Spediteur nach Luftfracht-Offerte", [
    ("me", "2025-09-04 08:00", "Hoi Marco, chasch mer e Offerte mache für Luftfracht ZRH-NRT, ca. 2'400 Schachtle, 1.9 Tonne, temperaturgführt 12-18 Grad, Abflug KW 50? Und falls möglich mit Datalogger."),
    ("forwarder", "2025-09-05 15:30", "Hoi Andrea, Offerte im Anhang: CHF 6.80/kg all-in inkl. Kühlcontainer und Logger, also rund CHF 12'900. Platz über Weihnachte isch knapp, ich würd bis Ende Oktober buche."),
    ("me", "2025-09-05 16:00", "Merci! Ich bestätig sobald Sakura unterschribe het."),
], attachments={1: "https://www.linkedin.com/dms/rheintal-offerte-luftfracht-nrt.pdf"})
C("genuine", "owner_started_vendor", "en", "owner asks translator to check Japanese labels", [
    ("me", "2025-10-02 10:20", "Hi Aiko, could you check the Japanese sticker text for the Sakura order again? The allergen wording changed. Same rate as last time is fine."),
    ("translator", "2025-10-02 13:00", "Hi Andrea, sure. Send me the file. There's a new format for the 'best before' wording this year, I'll fix that too. CHF 180 as usual."),
])
C("genuine", "chamber_certificate", "de", "IHK zum Ursprungszeugnis", [
    ("ihk", "2025-06-16 10:00", "Grüezi Frau Zellweger, beim Ursprungszeugnis für die Sendung nach Dubai fehlt die Unterschrift auf Seite 2. Können Sie es nochmals hochladen? Dann geht's heute noch raus."),
    ("me", "2025-06-16 10:20", "Oh, Entschuldigung! Ist hochgeladen. Merci für den Hinweis."),
])
C("genuine", "importer_price_negotiation", "en", "importer pushes back on new price list after cocoa increase", [
    ("canada", "2025-01-20 15:00", "Andrea, I got the 2025 price list. 14% on the tablets is a lot, my retailers will scream. I know cocoa is crazy right now. Is there any room on the Biberli at least? We've been partners for 10 years."),
    ("me", "2025-01-20 17:30", "Michelle, I know, and I'm sorry. Cocoa has tripled in 18 months. Biberli use less chocolate, so I can do +7% instead of +11% there if you keep the tablet volume. And payment terms can go to 60 days."),
    ("canada", "2025-01-21 14:00", "OK, that I can sell internally. Send me the revised offer."),
])
C("genuine", "inbound_lead_buyer", "de", "Feinkostkette will Produkte listen", [
    ("feinkost", "2025-08-25 09:00", "Guten Tag Frau Zellweger, wir sind eine Feinkostkette mit 38 Filialen in Norddeutschland und suchen für Weihnachten eine Schweizer Praliné-Marke. Ihre Pralinés haben wir in Zürich probiert. Können Sie uns Konditionen für Deutschland schicken, ab Lager Flawil?"),
    ("me", "2025-08-25 11:15", "Guten Tag Herr Albers, das freut mich sehr! Die Konditionen schicke ich Ihnen bis morgen, dazu ein Musterpaket. Für Weihnachten bräuchten wir die Bestellung bis 25. September."),
])
C("genuine", "certification", "en", "halal certifier schedules audit", [
    ("halal", "2025-04-07 09:30", "Dear Ms. Zellweger, your halal certificate for the praline range expires on June 30. We'd like to schedule the renewal audit in Flawil for the week of May 19. Please confirm a date."),
    ("me", "2025-04-07 11:00", "Dear Mr. Farouk, May 21 would suit us. Our quality manager will be present."),
])
C("genuine", "colleague", "de", "Marketing fragt nach Fotos für Japan", [
    ("marketing", "2025-10-14 14:00", "Hoi Andrea, brucht Sakura no Produktbilder mit japanischem Label für ihre Website? Dänn würd ich de Fotograf für nächst Wuche buche."),
    ("me", "2025-10-14 14:30", "Ja bitte, 3 Bilder: Schachtle offe, Schachtle zue, und Detail vom Label. Merci Lea!"),
])
C("genuine", "inbound_lead_buyer", "en", "airport retail buyer wants a travel retail pack", [
    ("dutyfree", "2025-05-06 16:10", "Hello Andrea, I buy confectionery for airport shops in Milan, Rome and Vienna. We're looking for a Swiss 'local hero' brand with a travel retail format, ideally 200-250g. Do you have something like that, and what would pricing be for 5,000 units?"),
    ("me", "2025-05-07 08:45", "Hello Sofia, we do: the Säntis 220g gift tin. For 5,000 units I can offer EUR 8.90 DAP Milan. Shall I send samples?"),
    ("dutyfree", "2025-05-07 09:30", "Yes please, to our Milan office."),
])
C("genuine", "congrats", "de", "Gratulation zur Beförderung", [
    ("promo", "2025-02-03 07:45", "Liebi Andrea, herzliche Gratulation zur neuen Rolle als Leiterin Export! Das hesch du dir mehr als verdient. Uf vieli wiiteri Jahr zäme 🍫"),
    ("me", "2025-02-03 08:30", "Merci vielmal Christine! Und eusi Schachtle sind jo au mitgwachse 😊"),
])
C("genuine", "peer_advice", "mixed", "peer asks about FDA registration, switches to English for the details", [
    ("peer", "2025-06-23 11:00", "Hoi Andrea, mir wänd nächst Johr i d'USA exportiere mit de Teigware. Ihr händ doch FDA-Erfahrig, oder? Wie lang het das duuret?"),
    ("me", "2025-06-23 13:30", "Hoi Stefan! Jo, isch machbar. In short: you need the Food Facility Registration, a US Agent, and Prior Notice for every shipment. Our registration took 3 weeks, the US Agent costs about USD 1,500 a year. Happy to share our checklist."),
    ("peer", "2025-06-23 13:45", "Du bisch en Schatz. Checklist gern!"),
])
C("genuine", "inbound_lead_buyer", "en", "hotel group asks quote for turndown chocolates", [
    ("hotel", "2025-11-17 10:30", "Dear Andrea, Azure Bay Hotels operates 9 resorts in the Gulf. We're replacing our turndown chocolates and would love a Swiss supplier. Estimated 180,000 pieces a year, individually wrapped with our logo. Could you quote?"),
    ("me", "2025-11-17 14:00", "Dear Ms. Aziz, thank you! We do custom-wrapped napolitains, halal certified. I'll send a quote and logo mock-up this week. Could you share your preferred flavours and cocoa percentage?"),
    ("hotel", "2025-11-18 08:20", "Dark 64% and milk. Logo files attached."),
], attachments={2: "https://www.linkedin.com/dms/azure-bay-logo-pack.zip"})
C("genuine", "importer_contact", "de", "österreichischer Importeur wegen Osterbestellung", [
    ("austria", "2026-01-19 09:15", "Servus Andrea, kurze Frage: Können wir die Osterbestellung noch um 40 Kartons Hasen aufstocken? Die sind letztes Jahr so schnell weg gewesen."),
    ("me", "2026-01-19 10:00", "Servus Florian, 40 Kartons gehen noch, wenn du bis Freitag bestätigst. Lieferung wie gehabt KW 10."),
    ("austria", "2026-01-19 10:10", "Bestätigt. Danke dir!"),
])
C("genuine", "student_survey", "de", "HSG-Studentin bittet um Interview für Masterarbeit", [
    ("hsg", "2025-03-31 15:00", "Grüezi Frau Zellweger, ich schreibe an der HSG meine Masterarbeit über Exportstrategien von Schweizer Familienunternehmen im Food-Bereich. Hätten Sie 30 Minuten für ein Interview? Die Antworten werden anonymisiert."),
    ("me", "2025-04-01 09:00", "Grüezi Frau Keller, gerne. Am besten nach Ostern, melden Sie sich einfach mit zwei Terminvorschlägen."),
])
C("genuine", "vendor_price_change", "de", "Versicherungsbroker kündigt höhere Transportprämie nach Schadenfall an", [
    ("broker", "2025-10-06 09:00", "Grüezi Frau Zellweger, die Transportpolice erneuert sich per 1.1. Nach dem Dubai-Schaden will der Versicherer die Prämie von 0.18% auf 0.24% des Warenwerts anheben. Ich habe ein Gegenangebot eines zweiten Versicherers bei 0.21%, falls Sie künftig bei Sendungen in den Golf Datenlogger und Thermohauben einsetzen. Sollen wir das besprechen?"),
    ("me", "2025-10-06 10:40", "Grüezi Herr Schläpfer, ja, die Thermohauben testen wir eh gerade. Bitte schicken Sie mir beide Offerten, dann telefonieren wir Donnerstag."),
])

# ---------------------------------------------------------------- wanted pitches
C("wanted_pitch", "tailored_thermal_packaging", "en", "thermal liner supplier cites her post about the melted Dubai shipment", [
    ("w_thermal", "2025-08-04 09:00", "Hi Andrea, I read your post about the bloomed pralines after the Salalah transshipment and your point that reefers only protect the container, not the hours at the port. We make thermal pallet covers that keep cargo under 20°C for about 36 hours when the reefer fails. A chocolate maker in Ticino cut their Gulf claims to zero last summer. Could I send you a test cover for one of your next Dubai shipments?"),
    ("me", "2025-08-04 11:30", "That's exactly the gap. Send a test cover, our next Dubai container leaves Sept 8."),
])
C("wanted_pitch", "tailored_label_compliance", "en", "Japan label consultant references her export forum talk", [
    ("w_label", "2025-04-16 07:30", "Dear Ms. Zellweger, I attended your talk at the Export Forum in St. Gallen where you described the three weeks your Osaka shipment sat in customs over the allergen label. The new food labelling standard tightens this again from April 2026. I review Japanese labels for European food exporters, typically CHF 350 per SKU with a 5-day turnaround. Happy to look at one label free so you can judge."),
    ("me", "2025-04-16 09:45", "Yes, that was painful. Let's try one label, I'll send the Grand Cru box."),
])
C("wanted_pitch", "tailored_packaging_design", "de", "Designerin war im Fabrikladen und sah die nur deutschen Verpackungen", [
    ("w_design", "2025-05-26 18:00", "Grüezi Frau Zellweger, ich war am Samstag mit einer Gruppe aus Singapur in Ihrem Fabrikladen in Flawil. Die Gäste waren begeistert, konnten aber bei den Biberli nicht lesen, was drin ist, weil alles nur auf Deutsch ist. Ich gestalte mehrsprachige Verpackungen für KMU (z.B. für die Appenzeller Alpenbitter-Reihe), ohne dass es überladen aussieht. Darf ich Ihnen zwei Skizzen zeigen?"),
    ("me", "2025-05-27 08:00", "Das ist ein berechtigter Punkt, gerade für den Export. Ja, zeigen Sie mal."),
])
C("wanted_pitch", "tailored_cold_chain", "de", "Kühlspediteur nennt das konkrete Sommerproblem USA-Ostküste", [
    ("w_reefer", "2025-06-10 08:10", "Danke fürs Vernetzen, Frau Zellweger. Ich habe gesehen, dass Lakeshore Gourmet in Chicago Ihre Biberli führt. Im Sommer ist bei Schokolade der Lkw-Nachlauf ab New York der Knackpunkt, nicht der Seeweg. Wir haben eine feste Kühl-Lkw-Verbindung Newark-Chicago mit durchgehendem Datenlogger. Wenn Sie wollen, rechne ich Ihnen die nächste Sendung parallel zu Ihrer jetzigen Lösung."),
    ("me", "2025-06-10 10:15", "Interessant, genau da hatten wir 2023 Ärger. Schicken Sie mir eine Vergleichsrechnung für Juli."),
])
C("wanted_pitch", "tailored_market_entry_referral", "en", "Korea market-entry consultant referred by Beat Koller", [
    ("w_korea", "2026-02-09 09:00", "Dear Andrea, Beat Koller from Exportförderung Ostschweiz mentioned that Hanbit Food Trading approached you at Confecta about Seoul department stores. I help Swiss food SMEs with Korean import registration (MFDS) and label translation; the registration is usually what delays the first shipment by 2-3 months. Would a short call help before you quote Hanbit?"),
])
C("wanted_pitch", "tailored_packaging_machine", "de", "Maschinenbauer bezieht sich auf Handelsregister/Presse zur neuen Linie", [
    ("w_automation", "2025-11-10 10:00", "Grüezi Frau Zellweger, laut St. Galler Tagblatt investiert Frehner CHF 8 Mio. in eine neue Pralinélinie, und im SHAB steht die Kapitalerhöhung. Ich nehme an, der Export wächst. Wir bauen Schachtel-Einlegeroboter, die auch kleine Losgrössen für Länderversionen (japanisches Label, Halal-Etikett) ohne Umrüstzeit können. Vielleicht ist das für Herrn Gmür interessant, gern zeigen wir es in Gossau im Werk."),
    ("me", "2025-11-10 13:00", "Das Thema Länderversionen ist bei uns tatsächlich ein Engpass. Ich leite es an Reto Gmür weiter, er meldet sich."),
])
C("wanted_pitch", "tailored_edi", "en", "EDI provider knows their SAP Business One setup", [
    ("w_edi", "2025-09-29 14:00", "Hi Andrea, your job ad for an export assistant mentions SAP Business One and 'manual order entry from retailer portals'. If the German Feinkost chains you're onboarding require EDI (most do), we provide a certified B1 add-on that turns their ORDERS and DESADV messages into B1 documents. Setup is typically 3 weeks. Would a short demo on your system be useful?"),
])
C("wanted_pitch", "tailored_recruiter", "de", "Recruiterin mit passendem Kandidaten für die APAC-Stelle", [
    ("w_apac_recruit", "2025-05-12 10:30", "Grüezi Frau Zellweger, danke für die Annahme. Ich habe Ihre Ausschreibung Area Sales Manager APAC gesehen. Ich kenne eine Kandidatin, die 8 Jahre für einen Ostschweizer Biskuithersteller Japan und Südkorea aufgebaut hat und Japanisch spricht. Falls die Stelle noch offen ist und Sie nicht exklusiv mit einer Firma arbeiten, schicke ich Ihnen gern ein anonymes Profil."),
    ("me", "2025-05-12 14:00", "Wir arbeiten mit Meridian, aber ein anonymes Profil schaue ich mir gern an."),
])
C("wanted_pitch", "tailored_cocoa_supplier", "en", "cocoa cooperative references their single-origin press release", [
    ("w_cocoa", "2025-03-03 15:00", "Dear Ms. Zellweger, we read Frehner's press release about the new single-origin tablets and that you're looking for traceable fine-flavour cocoa beyond Ghana. Our cooperative in Esmeraldas exports Nacional Arriba beans with full farm-level traceability, and we already ship to two Swiss makers via Antwerp. May we send you a 5 kg sample and our EUDR documentation?"),
    ("me", "2025-03-04 08:20", "Yes please, send it to the attention of our head of production, Reto Gmür. The EUDR documents are very welcome."),
])
C("wanted_pitch", "tailored_japanese_copy", "en", "Japanese copywriter spotted a specific error on their site", [
    ("w_jp_web", "2025-10-20 12:00", "Hello Andrea, I'm a Japanese copywriter in Zurich. I noticed on your Japanese product page that 'Biberli' is explained as a 'beaver cookie' (ビーバークッキー), which makes Japanese readers think of an animal. Most Swiss brands explain it as a gingerbread filled with almond paste. I'd be glad to rewrite the 6 Japanese pages before Valentine's, quote attached."),
    ("me", "2025-10-20 15:30", "Oh no, beaver cookie! Thank you. Let's talk tomorrow."),
], attachments={0: "https://www.linkedin.com/dms/takahashi-quote-jp-pages.pdf"})
C("wanted_pitch", "tailored_booth", "de", "Messebauer kennt Standnummer und Grösse auf der Confecta", [
    ("w_booth", "2025-10-27 09:00", "Grüezi Frau Zellweger, ich sehe im Ausstellerverzeichnis der Confecta, dass Sie in Halle 10.2 auf C041 einen Reihenstand von 24 qm haben, direkt am Eingang Süd. Dort staut es sich immer, wir hatten 2024 den Nachbarstand. Ein offener Tresen an der Gangseite mit Degustation würde die Leute anziehen statt blockieren. Falls Ihr Standbauer noch nicht fix ist, mache ich gern einen Entwurf."),
])
C("wanted_pitch", "tailored_market_research", "en", "analyst references the hotel turndown inquiry trend and halal certificate", [
    ("w_gulf", "2025-12-01 11:00", "Hi Andrea, I saw you listed on the Gulf Halal Certification register with a praline range. Hotel groups in the UAE and Saudi are moving turndown chocolate to European suppliers this year; we track tenders from 40 groups. I put together a free 2-page brief of open RFPs matching your certified range - want me to send it?"),
])

# ---------------------------------------------------------------- junk
C("junk", "template_campaign", "en", "importer-lead template, sender 1/5", [
    ("j_leads", "2025-02-03 05:10", "Hi Andrea, I see you're the Export Manager at Confiserie Frehner AG. We help food exporters connect with 500+ verified importers in the US, Middle East and Asia. Our clients typically close 3-5 new distributors in 90 days. Open to a quick call?"),
])
C("junk", "template_campaign", "en", "importer-lead template, sender 2/5", [
    ("j_l2", "2025-02-05 14:30", "Hi Andrea, noticed you're Export Manager at Confiserie Frehner AG. We help food and beverage exporters connect with 600+ verified importers across the US, Middle East and Asia. Clients usually sign 3-5 new distributors within 90 days. Open to a short call?"),
])
C("junk", "template_campaign", "en", "importer-lead template, sender 3/5", [
    ("j_l3", "2025-02-11 09:00", "Hey Andrea - I see you're the Export Manager at Confiserie Frehner AG. We connect confectionery exporters with 500+ verified importers in North America, the Gulf and Asia. Most clients land 3-5 new distributors in 90 days. Worth a quick call?"),
])
C("junk", "template_campaign", "en", "importer-lead template, sender 4/5, bumped", [
    ("j_l4", "2025-02-18 10:20", "Hi Andrea, I see you're Export Manager at Confiserie Frehner AG. We help food exporters get in front of 500+ verified importers in the US, Middle East and Asia, and clients typically close 3-5 new distributors in 90 days. Open to a quick call?"),
    ("j_l4", "2025-02-25 10:20", "Hi Andrea, just floating this back up. Open to a quick call?"),
])
C("junk", "template_campaign", "de", "Importeur-Leads-Template, Absender 5/5, auf Deutsch", [
    ("j_l5", "2025-03-03 08:00", "Hallo Frau Zellweger, ich sehe, Sie sind Export Manager bei der Confiserie Frehner AG. Wir bringen Lebensmittelexporteure mit über 500 geprüften Importeuren in den USA, im Nahen Osten und in Asien zusammen. Unsere Kunden gewinnen meist 3-5 neue Distributoren in 90 Tagen. Hätten Sie Zeit für ein kurzes Gespräch?"),
])
C("junk", "generic_seo", "de", "generischer SEO-Pitch", [
    ("j_seo", "2025-04-22 06:50", "Grüezi Frau Zellweger, Ihre Website rankt bei Google für wichtige Suchbegriffe nicht auf Seite 1. Wir von SwissRank Digital ändern das in 3 Monaten, garantiert. Darf ich Ihnen einen kostenlosen Audit schicken?"),
])
C("junk", "generic_web_design", "en", "offshore web dev pitch", [
    ("j_web", "2025-06-30 04:20", "Dear Andrea,\n\nGreetings of the day! We are a web and mobile app development company with 12+ years of experience. We can redesign your website with latest technologies at very affordable cost. Please share your requirements.\n\nRegards,\nImran"),
])
C("junk", "offers_what_she_sells", "en", "private-label chocolate maker offers chocolate to a chocolate maker", [
    ("j_private", "2025-07-15 10:00", "Hi Andrea, are you looking for a reliable chocolate supplier? Dolce Privato manufactures premium pralines, tablets and seasonal figures under your brand, MOQ just 500 units. We ship all over Europe. Can I send our catalogue?"),
])
C("junk", "capacity_new_clients", "de", "fragt nach Kapazität für Neukunden", [
    ("j_kapaz", "2025-08-12 09:40", "Hoi Andrea, kurze Frage: Hätten Sie aktuell Kapazität für neue Kunden? Wir vereinbaren qualifizierte Termine mit Entscheidern, Sie bezahlen nur pro Termin. Sollen wir kurz telefonieren?"),
])
C("junk", "like_minded_entrepreneurs", "en", "like-minded connection pitch", [
    ("j_minded", "2025-04-14 22:00", "Hey Andrea! Great to connect. I'm always looking to build relationships with like-minded leaders who are passionate about growth. Let's jump on a call and see how we can create synergies together!"),
])
C("junk", "quick_call", "en", "quick 15-minute call for AI ops tool", [
    ("j_15", "2025-05-20 08:15", "Hi Andrea, do you have 15 minutes this week? FlowOps AI helps manufacturing teams automate operations and cut costs by 30%. I'd love to show you a quick demo, would Thursday work?"),
])
C("junk", "connect_then_pitch", "de", "Smalltalk, Antwort, dann Vorsorge-Pitch", [
    ("j_ctp1", "2025-02-17 18:50", "Merci fürs Vernetzen, Andrea! Wie isch's bi dir, viel los im Export?"),
    ("me", "2025-02-18 07:30", "Hoi Nico, ja, immer Betrieb. Merci dir."),
    ("j_ctp1", "2025-02-18 08:15", "Das glaub ich! Grad Führungspersone vergässe oft d'eigeti Vorsorg. Ich mach dir gern e kostelosi Analyse vo dinere 3. Säule, dauert nur 30 Minute. Wänn hetsch Ziit?"),
])
C("junk", "connect_then_pitch", "en", "coach connects, compliments, pitches program", [
    ("j_ctp2", "2025-10-06 07:00", "Thanks for connecting, Andrea! I really enjoy your posts about exporting. How long have you been in the chocolate industry?"),
    ("j_ctp2", "2025-10-08 07:00", "I work with women leaders who feel stretched between travel and team. My 10-week 'Lead Without Burnout' program has 2 spots left for November, at CHF 2,400. Would you like the details?"),
])
C("junk", "connect_then_pitch", "de", "E-Mobilität-Berater vernetzt sich, dann Pitch ohne Antwort", [
    ("j_ctp3", "2026-01-12 16:15", "Grüezi Frau Zellweger, danke fürs Annehmen! Schöner Wintertag heute in der Ostschweiz."),
    ("j_ctp3", "2026-01-14 09:00", "Darf ich fragen, ob Ihre Firmenflotte schon elektrisch fährt? Wir elektrifizieren Flotten inkl. Ladeinfrastruktur ohne Investition. Ich würde Ihnen gern eine kostenlose Analyse machen."),
])
C("junk", "follow_up_bump", "en", "freight app SDR bumps three times", [
    ("j_bump1", "2025-03-10 09:00", "Hi Andrea, FreightMate lets you compare freight rates from 100+ carriers in seconds. Want a demo?"),
    ("j_bump1", "2025-03-17 09:00", "Hi Andrea, just following up on my last message. Any interest?"),
    ("j_bump1", "2025-03-26 09:00", "Hi Andrea, last try! If now's not the right time, just let me know."),
])
C("junk", "follow_up_bump", "de", "Büromaterial, nachgefasst", [
    ("j_bump2", "2025-09-08 10:00", "Grüezi Frau Zellweger, beziehen Sie Ihr Büromaterial schon bei Büroprofi? Neukunden erhalten 20% auf die erste Bestellung."),
    ("j_bump2", "2025-09-16 10:00", "Grüezi Frau Zellweger, ich wollte nachfragen, ob Sie meine Nachricht erhalten haben?"),
])
C("junk", "merge_tag_failure", "en", "unfilled {first_name} and {company}", [
    ("j_mt1", "2025-05-05 04:00", "Hi {first_name},\n\nI hope you're doing well! Zenith Outsourcing helps companies like {company} reduce operational costs by up to 70% with dedicated offshore teams. Would you be open to a brief call next week?"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("j_mt2", "2025-08-27 11:00", "Liebe/r {{Vorname}},\n\nIhre Marke verdient mehr Aufmerksamkeit! MarkenPuls entwickelt Markenstrategien für ambitionierte KMU. Wann dürfen wir Ihnen unser Konzept vorstellen?"),
])
C("junk", "merge_tag_failure", "en", "wrong company name", [
    ("j_mt3", "2025-10-13 13:00", "Hi Andrea, congratulations on Chocolaterie Dufour's impressive growth in Asia! Summit Trade Finance provides flexible export financing and letters of credit. Let's talk about how we can support Dufour's next phase."),
])
C("junk", "merge_tag_failure", "de", "[Firma] und falsche Branche", [
    ("j_mt4", "2025-11-24 08:30", "Grüezi Frau Zellweger, gerade in einer Arztpraxis wie [Firma] ist Hygiene entscheidend. SauberPlus bietet professionelle Praxisreinigung. Dürfen wir eine Offerte machen?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Geschäftskonto", [
    ("j_sp1", "2025-03-25 12:00", "<p>Grüezi Andrea</p><p>Exportieren Sie in Fremdwährungen? Mit dem Helvetic Business FX-Konto sparen Sie bis zu 70% Wechselgebühren.</p><p><a href=\"https://example.com/fx\">Mehr erfahren</a></p>"),
], title="Sponsored Conversation", subject="Fremdwährungen ohne Gebührenfalle")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: online MBA", [
    ("j_sp2", "2025-09-10 12:00", "<p>Hi Andrea,</p><p>Take your career global with a flexible <b>Online MBA</b>. Applications for the January intake close soon.</p>"),
], title="Sponsored Conversation", subject="Your global MBA starts in January")
C("junk", "paid_award", "en", "paid food award with entry and gala fee", [
    ("j_award", "2025-06-16 09:30", "Dear Andrea,\n\nWe're delighted to inform you that Confiserie Frehner AG has been shortlisted for the 'European Food Excellence Award 2025 - Best Swiss Chocolate Brand'. To confirm your shortlist position, an administration fee of EUR 1,950 is required, which includes gala tickets for two and the winner's logo package. Please confirm within 5 days."),
])
C("junk", "paid_podcast", "de", "Podcast mit Produktionsbeitrag", [
    ("j_pod", "2025-07-28 17:00", "Hoi Andrea, ich würde dich mega gern in meinem Podcast \"Macher:innen Schweiz\" haben! Für Schnitt, Promotion und Social Clips verrechnen wir einen Unkostenbeitrag von CHF 650. Bist du dabei?"),
])
C("junk", "fluent_generic_named", "en", "fluent pitch naming Frehner but fits anyone", [
    ("j_fluent", "2025-11-03 10:00", "Hi Andrea, Confiserie Frehner AG has built a remarkable reputation, and I imagine scaling internationally while protecting that heritage is top of mind. At Apex Growth Partners, we help companies like Frehner unlock sustainable growth through strategic clarity and operational excellence. Would you be open to exploring how we might support your journey?"),
])
C("junk", "generic_packaging", "en", "generic packaging pitch (counterpart of thermal liners)", [
    ("j_pack", "2025-08-11 03:30", "Dear Manager, we are professional manufacturer of paper boxes, gift boxes, mailer boxes with competitive price and high quality. MOQ 1000 pcs. Free sample available. Please contact us for quotation!"),
])
C("junk", "generic_freight", "de", "generischer Speditions-Pitch (Gegenstück zum Kühlspediteur)", [
    ("j_freight", "2025-06-18 09:00", "Grüezi Frau Zellweger, CargoStar bietet Transporte in ganz Europa, Teil- und Komplettladungen, zu Top-Preisen. Senden Sie uns Ihre nächste Anfrage!"),
])
C("junk", "irrelevant_recruiter", "de", "IT-Recruiter mit irrelevanter Stelle", [
    ("j_recruit", "2025-04-02 15:30", "Hallo Andrea, ich hätte eine spannende Rolle als DevOps Engineer in Zürich, 130-150k. Dein Profil klingt interessant, hast du Zeit für einen kurzen Call?"),
])
C("junk", "generic_translation", "en", "generic translation agency (counterpart of the copywriter)", [
    ("j_transl", "2025-10-23 06:00", "Hello Andrea, TranslatePro 24 offers fast, affordable translation in 120 languages. Certified translators, 24h turnaround. Get 10% off your first order!"),
])
C("junk", "generic_booth", "de", "generischer Messebauer (Gegenstück zu Zahner)", [
    ("j_booth", "2025-11-05 08:00", "Sehr geehrte Damen und Herren, Sie planen einen Messeauftritt? Messebau Express liefert Systemstände für jede Messe weltweit, schnell und günstig. Fordern Sie jetzt Ihr Angebot an!"),
])
C("junk", "off_topic_crypto", "en", "web3 investment pitch", [
    ("j_crypto", "2025-12-15 23:30", "Hey Andrea, have you looked into tokenizing real-world assets? We're launching a DeFi fund backed by commodities (yes, including cocoa 😉). Early investors get 3x allocation. DM me for the whitepaper."),
])
C("junk", "off_topic_product", "de", "Solaranlage für Privathaus", [
    ("j_solar", "2025-05-14 19:00", "Grüezi Frau Zellweger, ist Ihr Eigenheim schon mit Solar ausgerüstet? Mit den kantonalen Förderbeiträgen lohnt es sich jetzt mehr denn je. Kostenlose Beratung vor Ort!"),
])
C("junk", "paid_report", "en", "market research report sale", [
    ("j_market", "2025-01-28 10:00", "Hi Andrea, our new 'Global Chocolate Market 2025-2032' report (340 pages) is now available. Special price USD 3,950 instead of 4,950 this week only. Shall I send a sample?"),
])
C("junk", "generic_influencer", "en", "influencer marketing pitch", [
    ("j_influ", "2025-02-12 16:00", "Hi Andrea!! Valentine's is coming 💕 Let our network of 2,000 micro-influencers showcase your sweet treats! Packages from EUR 1,200. Let's chat!"),
])
C("junk", "off_topic_product", "de", "Weinhändler mit Firmengeschenk-Pitch", [
    ("j_wine", "2025-11-20 11:00", "Grüezi Frau Zellweger, suchen Sie noch Weihnachtsgeschenke für Ihre Kunden? Unsere Genfer Weine im Holzkistchen mit Ihrem Logo, ab 12 Stück. Bestellen Sie jetzt!"),
])
C("junk", "generic_consulting", "de", "Swissness-Beratung allgemein", [
    ("j_swiss", "2025-09-22 09:30", "Grüezi Frau Zellweger, Swissness ist ein starkes Verkaufsargument im Export. Wir helfen Schweizer Unternehmen, ihre Marke international zu positionieren. Gerne stelle ich Ihnen unser Angebot in einem unverbindlichen Gespräch vor."),
])
C("junk", "follow_up_bump", "de", "SEO-Agentur fasst nach (zweiter Thread)", [
    ("j_seo", "2025-05-06 06:50", "Grüezi Frau Zellweger, ich habe Ihnen vor zwei Wochen geschrieben wegen Ihres Google-Rankings. Haben Sie meine Nachricht gesehen?"),
    ("j_seo", "2025-05-20 06:50", "Letzte Nachricht von mir: Der kostenlose Audit ist noch bis Freitag verfügbar."),
])
C("junk", "paid_directory_feature", "de", "kostenpflichtiger Eintrag im Exporteurverzeichnis", [
    ("j_register", "2025-07-01 08:00", "Grüezi Frau Zellweger, Ihr Firmeneintrag im Exporteurverzeichnis Schweiz ist unvollständig. Sichern Sie sich jetzt den Premium-Eintrag mit Logo und Siegel \"Geprüfter Exporteur\" für CHF 490 pro Jahr, damit ausländische Käufer Sie finden. Bitte innert 10 Tagen bestätigen."),
])


if __name__ == "__main__":
    ex.write(
        OUT,
        {"First Name": "Andrea", "Last Name": "Zellweger",
         "Headline": "Leiterin Export | Confiserie Frehner AG | Swiss chocolate for Asia, the Gulf and North America",
         "Summary": "Dritte Generation Schokolade aus Flawil SG. I look after our importers in 14 countries, "
                    "trade fairs and everything from halal certificates to Japanese labels.",
         "Industry": "Food Production", "Zip Code": "9230", "Geo Location": "Flawil, St. Gallen, Switzerland",
         "Websites": "[COMPANY:frehner-confiserie.example]"},
        [{"Company Name": "Confiserie Frehner AG", "Title": "Leiterin Export / Export Manager",
          "Description": "Export sales, importer relations, trade fairs, export compliance.",
          "Location": "Flawil SG", "Started On": "Jun 2015", "Finished On": ""},
         {"Company Name": "Chocolats Montagne SA", "Title": "Key Account Managerin",
          "Description": "", "Location": "Hamburg", "Started On": "Mar 2010", "Finished On": "May 2015"}],
        ["Export Sales", "International Trade", "Confectionery", "Trade Fairs", "Japanese Market",
         "Halal Certification"],
    )
    print(ex.summary())

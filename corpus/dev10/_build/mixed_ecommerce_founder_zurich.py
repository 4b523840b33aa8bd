"""dev10 persona (written blind as heldout15, session 3): Noemi Brändli, founder of a Zurich e-commerce brand for outdoor gear.

Written blind to the detector's code (session 3). 2026 export layout (attachments,
all fields quoted), Swiss German (Swiss spelling, some dialect) and English about half
and half, plus a few threads that switch language. All texts are written by hand here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-ecommerce-founder-zurich"
OUT = Path(__file__).resolve().parents[1] / SLUG
SPONSORED = "Sponsored Conversation"

ex = Export(SLUG, "2026", Person("me", "Noemi Brändli", "https://www.linkedin.com/in/noemi-braendli",
                                  "Gratwerk AG", "Founder & CEO"))
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people: team, partners, customers
P("cofounder", "Luca Steiner", "Gratwerk AG", "Co-Founder & COO", connected="2019-02-11")
P("threepl", "Reto Egli", "PackHaus Logistik AG", "Key Account Manager", connected="2021-05-17")
P("corp", "Corinne Wyss", "Helvetia Rückversicherung Services", "HR Business Partner")
P("chur", "Gian-Andrea Caduff", "Caduff Sport Chur", "Inhaber", connected="2025-03-04")
P("japan", "Kenji Morimoto", "Yamabiko Trading Co.", "Import Manager")
P("socks", "Mirjam Zbinden", "Wollwerk Socks", "Founder", connected="2022-09-09")
P("recruiter", "Sandro Meier", "Talentgrat Recruiting", "Senior Consultant", connected="2025-06-02")
P("applicant", "Priya Raman", "", "Product Designer")
P("porto", "Inês Carvalho", "Têxteis Douro Lda", "Sales Director", connected="2020-01-28")
P("pop1", "Fabienne Gut", "Stadtwerk Zürich", "Projektleiterin")
P("pop2", "Marco Bernasconi", "", "Fotograf")
P("pop3", "Hannah Lindqvist", "Nordic Trail Magazine", "Editor")
P("founder_peer", "Dominik Frei", "Velovia", "Co-Founder", connected="2020-08-20")
P("angel", "Caroline Baker", "Kestrel Angels", "Partner", connected="2021-11-03")
P("alpinor", "Beat Hürlimann", "Alpinor AG", "Head of Product", connected="2014-04-01")
P("climb", "Seraina Casty", "", "", connected="2013-06-22")
P("journalist", "Adrian Koller", "Zürcher Wirtschaftsblatt", "Wirtschaftsredaktor", connected="2024-02-15")
P("assoc", "Ursina Bühler", "Outdoor Suisse", "Geschäftsführerin", connected="2019-10-10")
P("investor", "Thomas Ammann", "Limmat Ventures", "Partner", connected="2022-03-01")
P("galaxus", "Jan Vogel", "Galaxus", "Category Manager Sport", connected="2023-01-19")
P("creator", "Lara Hofstetter", "", "Content Creator | @lara.unterwegs", connected="2023-07-07")
P("customer", "Martin Schärer", "", "")
P("designer", "Ole Sørensen", "", "Freelance Technical Designer", connected="2025-01-20")
P("hub", "Amira Haddad", "Limmat Impact Lab", "Program Lead", connected="2022-05-12")
P("ops", "Jana Kälin", "Gratwerk AG", "Customer Care & Ops", connected="2023-03-01")
P("treuhand", "Peter Rüegg", "Rüegg Treuhand AG", "Treuhänder", connected="2019-03-15")
P("fan", "Eleanor Price", "", "")
P("intro", "Felix Brunner", "Bergsicht Ventures", "Founder", connected="2020-11-11")
P("vc", "Nadia Osei", "Northpeak Capital", "Principal")
P("student", "Lena Baumgartner", "ZHAW", "MSc Student Marketing")
P("photog", "Nico Bachmann", "Bachmann Bildwerk", "Fotograf", connected="2021-02-02")
P("exboss", "Monika Reist", "Alpinor AG", "CEO", connected="2014-04-02")
P("guide", "Jonas Tscharner", "Bergschule Surselva", "Bergführer & Inhaber", connected="2024-05-05")
P("sac", "Urs Rohner", "SAC Sektion Uto", "Materialchef", connected="2023-05-20")
P("berlin", "Sophie Krüger", "", "", connected="2016-09-01")

# ---------------------------------------------------------------- people: pitches
P("w_size", "Aarav Kapoor", "Fitwise", "Co-Founder")
P("w_crm", "Simone Graf", "Flowmail Agentur", "Geschäftsführerin")
P("w_cro", "Dario Lüthi", "", "Freelance Conversion Optimizer")
P("w_eu", "Tessa van Dijk", "Borderless Fulfilment", "Head of Partnerships")
P("w_pfas", "Elias Mathis", "Vorarlberger Membrantechnik", "Vertrieb Schweiz")
P("w_cfo", "Regula Schnyder", "Schnyder CFO Services", "Fractional CFO")
P("w_returns", "Ben Hartley", "Returnly Bridge", "Partnerships")
P("w_recruit", "Michèle Dubach", "Dubach Digital Talent", "Partnerin")
P("w_creator", "Tim Oberholzer", "", "Alpine Filmmaker | @tim.vertical")
P("w_mill", "Giulia Bassi", "Filatura Brenta Recycled", "Sales Manager DACH")
P("w_market", "Katharina Lenz", "Gipfelmarkt", "Brand Partnerships")
P("w_french", "Élodie Perrin", "", "Traductrice & copywriter FR")

P("j_shopify", "Arjun Patel", "Shopcraft Experts", "Shopify Partner")
P("j_amazon", "Lisa Maurer", "AMZ Growth Hub", "Amazon Consultant")
P("j_seo", "Robert Klein", "Suchmaschinen Helden", "Vertrieb")
P("j_books", "Mara Santos", "LedgerEase", "Client Success")
P("j_crypto", "Viktor Lang", "", "Krypto-Coach")
P("j_dubai", "Hamza Qureshi", "Palm Horizon Realty", "Senior Property Advisor")
P("j_3a", "Fabian Kunz", "Vorsorgeprofi Schweiz", "Finanzberater")
P("j_mlm", "Tamara Vukovic", "", "Freedom Lifestyle | Mentorin")
P("j_merch", "Wendy Zhou", "Topwin Bags Manufacturing", "Sales Manager")
P("j_capacity", "Jeremy Walsh", "Pipeline Pros", "Founder")
P("j_likeminded", "Chad Morrison", "Morrison Capital Group", "Founder | Angel | Speaker")
P("j_15min", "Patrick Roth", "Kassensturz Software", "Account Executive")
P("j_ctp1", "Samuel Wirz", "Wirz Finanzierungen", "Berater KMU",
  connected="2025-04-14", invite=("IN", "2025-04-13 19:45", ""))
P("j_ctp2", "Emily Carter", "Influx Creators", "Partnerships Lead",
  connected="2025-08-25", invite=("IN", "2025-08-24 10:10", "Hi Noemi, love your brand, would be great to connect!"))
P("j_ctp3", "Daniel Huber", "Huber Packaging Solutions", "Verkauf",
  connected="2026-02-09", invite=("IN", "2026-02-08 16:30", ""))
P("j_bump1", "Oscar Lindgren", "Reviewly", "SDR")
P("j_bump2", "Nadine Keller", "Bürowelt Express", "Aussendienst")
P("t1", "Jake Morgan", "Scalewave Agency", "Founder")
P("t2", "Ashley Brooks", "Growthlane", "CEO")
P("t3", "Ryan Cooper", "Adpilot Partners", "Head of Growth")
P("t4", "Kim Nguyen", "Brandrise Digital", "Managing Partner")
P("t5", "Manuel Brunner", "Umsatzmacher GmbH", "Geschäftsführer")
P("m1", "Leon Fischer", "Dropship Direkt", "Partnermanager")
P("m2", "Olivia Grant", "Crestline Recruiting", "Talent Partner")
P("m3", "Luis Moreno", "PackRight Global", "Business Development")
P("m4", "Heidi Bosshard", "Eventschmiede", "Beraterin")
P("s1", "Ledgerly Business", "", "", url="https://www.linkedin.com/company/ledgerly-business")
P("s2", "Alpin Executive Education", "", "", url="https://www.linkedin.com/company/alpin-executive-education")
P("award", "Vanessa Steiger", "Swiss Business Excellence Awards", "Award Manager")
P("feature", "Greg Holden", "Top 50 Founders Europe", "Editorial Team")
P("podcast", "Noah Widmer", "Gründergeflüster Podcast", "Host")
P("fluent", "Claire Dupont", "Commerceloop", "Senior Strategist")
P("j_sizegen", "Ahmed Saleh", "SizeAI", "Sales")
P("j_email", "Tyler Brooks", "Inboxify", "Email Marketing Specialist")
P("j_recruit", "Sabrina Lutz", "Jobrakete", "Recruiterin")
P("j_influencer", "Mia Schulz", "InfluencerHub Pro", "Account Manager")
P("j_translate", "Rajesh Kumar", "Global Lingua Services", "Business Development")
P("j_investors", "Victor Haas", "CapitalConnect", "Managing Director")

A_QUOTE = "https://www.linkedin.com/dms/prv/attachment/gratwerk-offerte-helvetia-2025.pdf"
A_LIST = "https://www.linkedin.com/dms/prv/attachment/packhaus-preisliste-2026.pdf"
A_PORTO = "https://www.linkedin.com/dms/prv/attachment/tdouro-quote-ss26.pdf"
A_CV = "https://www.linkedin.com/dms/prv/attachment/priya-raman-portfolio.pdf"
A_DECK = "https://www.linkedin.com/dms/prv/attachment/topwin-catalogue-2025.pdf"

# ================================================================= GENUINE (35)
C("genuine", "cofounder_stock", "de", "Mitgründer zur Lagerplanung Q4", [
    ("cofounder", "2025-09-02 07:40", "Hoi Noemi, d Regenjagge Sitka in M isch fast weg, 38 Stück no. Söll ich bi Porto nachbstelle oder warte mer uf d Herbstkollektion?"),
    ("me", "2025-09-02 08:05", "Bestell 300, aber nur M und L. S haben wir zu viel. Und frag Inês nach dem neuen Preis, die haben was angedeutet."),
    ("cofounder", "2025-09-02 08:07", "Mach ich 👍"),
])
C("genuine", "vendor_price_change", "de", "Bestehender 3PL kündigt Preiserhöhung an, sie verhandelt", [
    ("threepl", "2025-10-06 10:00", "Grüezi Noemi, wie telefonisch angekündigt, anbei die neue Preisliste ab 1.1.2026: Palettenplatz von CHF 18.– auf 21.– pro Monat, Pick & Pack unverändert. Hintergrund sind die höheren Energie- und Personalkosten in Rothrist. Bei Fragen melde dich jederzeit."),
    ("me", "2025-10-06 14:20", "Hoi Reto, danke. 16 % auf die Lagerkosten tut weh, wir haben 140 Paletten über den Winter. Können wir über einen Saisontarif reden, wenn wir im Frühling abbauen?"),
    ("threepl", "2025-10-07 09:30", "Verstehe ich. Ich kann dir für Nov–Feb CHF 19.50 anbieten, wenn du bis Ende März auf 90 Paletten runtergehst. Passt das?"),
    ("me", "2025-10-07 10:00", "Deal. Schick mir das bitte schriftlich."),
], attachments={0: A_LIST})
C("genuine", "client_quote_request", "de", "Firmenkundin will Offerte für 120 Jacken mit Logo (kauft bei ihr)", [
    ("corp", "2025-05-12 09:15", "Grüezi Frau Brändli, wir planen im September ein Team-Offsite im Engadin und möchten allen 120 Mitarbeitenden eine Gratwerk-Jacke mit unserem Logo schenken. Können Sie uns eine Offerte machen? Budget wäre ca. CHF 200 pro Stück. Freundliche Grüsse, Corinne Wyss"),
    ("me", "2025-05-12 11:30", "Grüezi Frau Wyss, das freut mich sehr! Für 120 Stück Sitka-Jacken mit gesticktem Logo (Brust links) kann ich Ihnen CHF 179.– pro Stück anbieten, inkl. Stick und Lieferung nach Zürich. Lieferzeit ca. 6 Wochen ab Grössenliste. Offerte im Anhang."),
    ("corp", "2025-05-13 08:20", "Vielen Dank, das passt. Ich kläre intern die Grössen und melde mich bis Ende Woche."),
], attachments={1: A_QUOTE})
C("genuine", "wholesale_inbound", "de", "Sportgeschäft in Chur will Wiederverkäufer werden (kauft bei ihr)", [
    ("chur", "2025-03-04 17:30", "Hoi Noemi, mir händ eus an dr ISPO kurz gseh. Mir würded gärn eui Rucksäck und d Sitka-Jagge im Lade in Chur füehre. Was sind eui Konditione für Händler? Mindestbstellmängi?"),
    ("me", "2025-03-04 20:10", "Hoi Gian-Andrea, mega cool! Händlermarge 45 %, Mindestbestellung CHF 3'000, Nachbestellungen ohne Minimum. Ich schick dir die Preisliste morgen. Kann ich im April mal vorbeikommen?"),
    ("chur", "2025-03-04 20:25", "Sehr gärn, chum verbii!"),
])
C("genuine", "distributor_inbound", "en", "Japanese importer wants to distribute her products (buyer)", [
    ("japan", "2025-06-18 02:10", "Dear Ms Brändli, we are an importer of European outdoor brands in Tokyo. Your 28L pack was featured in a Japanese hiking magazine and our retailers are asking for it. We would like to discuss exclusive distribution for Japan. Could you share your export price list and MOQ?"),
    ("me", "2025-06-18 08:45", "Dear Mr Morimoto, thank you, what a lovely surprise! I'd be happy to talk. We don't do exclusivity in year one, but we can agree targets for it. Would a video call next week work, perhaps Tuesday 9:00 CET (16:00 in Tokyo)?"),
    ("japan", "2025-06-18 09:30", "Tuesday is fine. Thank you."),
])
C("genuine", "peer_joint_offer", "mixed", "Befreundete Gründerin schlägt gemeinsames Bundle vor (Deutsch/Englisch gemischt)", [
    ("socks", "2025-10-20 21:00", "Hoi Noemi! Idee für Dezember: ein 'Winter Hike Bundle', eure Mütze + 2 Paar von eusne Merino-Socke, CHF 89 statt 104. We split revenue by product cost, each ships from their own warehouse? Oder zu kompliziert?"),
    ("me", "2025-10-20 21:30", "Love it! Aber shipping from two places = zwei Pakete, das hassen die Kunden. Könnt ihr 400 Paar zu PackHaus schicken? Then we ship everything together."),
    ("socks", "2025-10-20 21:34", "Easy. Call morgen?"),
    ("me", "2025-10-20 21:35", "11 Uhr ☕"),
])
C("genuine", "recruiter_engaged", "de", "Recruiter, den sie für die Marketingstelle beauftragt hat", [
    ("me", "2025-06-02 09:00", "Hoi Sandro, wie besprochen: Head of Performance Marketing, 80–100 %, Zürich, Budget CHF 120–135k. Wichtig: DTC-Erfahrung und Meta/Google selbst bedient, nicht nur Agenturen gesteuert."),
    ("recruiter", "2025-06-02 11:15", "Danke Noemi, ist notiert. Mein Honorar wie besprochen 20 % vom Jahreslohn, Drittel bei Auftrag. Ich schicke dir die Auftragsbestätigung."),
    ("recruiter", "2025-06-30 16:00", "Drei Kandidat:innen in der engeren Wahl, zwei davon aus dem Sportartikel-Bereich. Interviews nächste Woche?"),
    ("me", "2025-06-30 17:20", "Ja, Dienstag und Donnerstag Nachmittag."),
])
C("genuine", "job_applicant", "en", "Applicant for the product designer role", [
    ("applicant", "2025-02-10 19:30", "Hi Noemi, I applied for the Product Designer (Softgoods) role yesterday through your website. I'm currently at a backpack brand in Munich and spent the last two years on load-carrying systems. I've attached my portfolio here too, in case the upload didn't work. Would love to chat!"),
    ("me", "2025-02-11 08:15", "Hi Priya, got it, and the portfolio looks great. Jana will set up a first call for next week."),
    ("applicant", "2025-02-11 08:30", "Thank you so much!"),
], attachments={0: A_CV})
C("genuine", "supplier_in_spam", "en", "Existing production partner's message landed in the spam folder", [
    ("porto", "2025-11-24 15:10", "Hi Noemi, Inês here. I tried your email twice, no reply, so trying here. The SS26 quote is ready: Sitka jacket goes from EUR 41.20 to 43.80 per piece because of the new recycled face fabric. Production slot in January is held until Friday. Can you confirm?"),
], folder="SPAM", attachments={0: A_PORTO})
C("genuine", "thanks_after_event", "de", "Dank für die Einladung zur Pop-up-Eröffnung, 1 von 3 ähnlichen", [
    ("pop1", "2025-11-14 22:30", "Liebe Noemi, herzlichen Dank für die Einladung zur Eröffnung vom Pop-up Store! Schöner Abend, tolle Stimmung und die neue Kollektion ist mega. Viel Erfolg!"),
    ("me", "2025-11-15 09:00", "Danke Fabienne, schön warst du da!"),
])
C("genuine", "thanks_after_event", "de", "Dank für die Einladung zur Pop-up-Eröffnung, 2 von 3 ähnlichen", [
    ("pop2", "2025-11-15 08:10", "Merci für dr schön Abig gester am Pop-up! Super Stimmig, d Kollektion isch mega. Viel Erfolg!"),
])
C("genuine", "thanks_after_event", "en", "Thanks for the pop-up opening invitation, 3 of 3 near-duplicates (English)", [
    ("pop3", "2025-11-15 10:45", "Noemi, thank you so much for the invite to the pop-up opening last night! Lovely evening, great vibe, and the new collection looks fantastic. Best of luck with it!"),
    ("me", "2025-11-15 11:00", "Thanks Hannah! Let's talk about the review sample soon."),
])
C("genuine", "owner_started_peer_question", "de", "Sie fragt einen befreundeten Gründer nach Erfahrungen mit seinem 3PL", [
    ("me", "2025-01-13 20:00", "Hoi Dominik, kurze Frage: ihr seid doch letztes Jahr mit dem Lager nach Deutschland gewechselt wegen der EU-Kunden. Würdest du's wieder machen?"),
    ("founder_peer", "2025-01-13 21:15", "Hoi! Ja, für EU klar besser, Lieferzeit 2 statt 5 Tage. Aber doppelte Bestände sind ein Cash-Fresser. Ab ca. 30 % EU-Umsatz lohnt es sich, vorher nicht."),
    ("me", "2025-01-13 21:20", "Wir sind bei 22 %. Danke, das hilft!"),
])
C("genuine", "owner_started_fundraise", "en", "She reaches out to an existing angel about the seed extension", [
    ("me", "2025-03-20 08:30", "Hi Caroline, we're opening a small seed extension (CHF 1.2m) to finance inventory for the Japan launch. Before I send anything official: would Kestrel be interested in a pro-rata, and is there anyone in your network I should talk to?"),
    ("angel", "2025-03-20 14:00", "Hi Noemi, yes to pro-rata, send the update. And talk to Nadia Osei at Northpeak, they did two outdoor brands."),
    ("me", "2025-03-20 14:10", "Amazing, thank you!"),
])
C("genuine", "long_standing_colleague", "de", "Ehemaliger Kollege, Kontakt über Jahre", [
    ("alpinor", "2023-12-20 10:00", "Hoi Noemi, schöni Feiertäg! Ich hab eure Sitka an der Hardergrat-Tour gesehen, an einem Bergführer. Gratuliere!"),
    ("me", "2023-12-20 12:00", "Hoi Beat, das freut mich riesig! Dir auch schöni Feiertäg."),
    ("alpinor", "2024-10-02 09:00", "Hast du einen guten Lieferanten für recycelte Reissverschlüsse? Wir suchen was Neues."),
    ("me", "2024-10-02 11:30", "Ja, ich schick dir den Kontakt per Mail. Grüsse ins Büro!"),
    ("alpinor", "2025-09-10 08:00", "Apéro im Oktober? Ist lange her."),
    ("me", "2025-09-10 08:20", "Unbedingt, 16.10.?"),
])
C("genuine", "friend_smalltalk", "de", "Kletterpartnerin, privat (Mundart)", [
    ("climb", "2025-07-03 18:00", "Gömmer am Samstig id Wändli? Wetter gseht guet us"),
    ("me", "2025-07-03 18:30", "Unbedingt! 7 ab Zug? Ich nimm de Kaffi mit"),
    ("climb", "2025-07-03 18:31", "Perfekt 🧗‍♀️"),
])
C("genuine", "journalist_request", "de", "Wirtschaftsjournalist bittet um Einschätzung", [
    ("journalist", "2025-08-11 14:00", "Grüezi Frau Brändli, wir schreiben über Schweizer Onlinemarken, die unter den günstigen Importen aus Fernost leiden. Hätten Sie kurz Zeit für ein Gespräch? Mich interessiert, wie Sie Ihre Preise rechtfertigen."),
    ("me", "2025-08-11 16:00", "Grüezi Herr Koller, gerne. Morgen 10 Uhr telefonisch? Ich bitte um Gegenlesen der Zitate."),
    ("journalist", "2025-08-11 16:05", "Passt, danke!"),
])
C("genuine", "event_invite_contact", "en", "Industry association invites her to a panel (English thread)", [
    ("assoc", "2025-12-01 09:00", "Hi Noemi, for the Outdoor Suisse day at the trade fair in Bern (March) we'd love you on the panel 'Small brands, big retailers'. English is fine, half the audience is international. Are you in?"),
    ("me", "2025-12-01 10:30", "Hi Ursina, I'm in! Who else is on the panel?"),
    ("assoc", "2025-12-01 10:40", "Someone from Galaxus and a buyer from a Scandinavian chain. Details to follow."),
])
C("genuine", "investor_update", "en", "Lead investor asks about Q3 numbers", [
    ("investor", "2025-10-15 07:50", "Morning Noemi, saw the Q3 update. Margin dip is the fabric price? And how much of the Galaxus growth is cannibalising the shop?"),
    ("me", "2025-10-15 08:30", "Morning Thomas. Yes, fabric plus the Black Friday opt-out. Cannibalisation: we estimate 15–20 %, new customer share on Galaxus is 70 %. I'll send the cohort chart."),
    ("investor", "2025-10-15 08:35", "Great, thanks. Board prep call Friday?"),
    ("me", "2025-10-15 08:36", "Friday 14:00."),
])
C("genuine", "marketplace_fee_change", "de", "Bestehender Marktplatz-Partner informiert über neue Kommission", [
    ("galaxus", "2025-11-03 11:00", "Hoi Noemi, ab Januar ändern sich die Kommissionen in der Kategorie Outdoor-Bekleidung von 15 auf 16.5 %. Dafür kommt ihr neu in die Wintersport-Kampagne rein, ohne Zusatzkosten. Wenn du magst, können wir die Zahlen kurz anschauen."),
    ("me", "2025-11-03 13:40", "Hoi Jan, danke für die Info. Die Kampagne wäre gut. Können wir die Sitka als Hero-Produkt platzieren? Dann schluck ich die 1.5 % leichter."),
    ("galaxus", "2025-11-03 14:00", "Ich frag das Kampagnen-Team und melde mich."),
])
C("genuine", "creator_collab", "mixed", "Bestehende Creator-Kooperation, Preis für nächstes Shooting", [
    ("creator", "2025-04-22 12:00", "Hoi Noemi! Für de Sommer-Shoot am Oeschinensee: gleich wie letscht Jahr, 3 Reels + 10 Fotos, aber mini Rate gaht uf CHF 2'200 ufe. I hope that's ok, my reach doubled since last summer."),
    ("me", "2025-04-22 18:10", "Hoi Lara, passt, du hast's verdient. Aber bitte 2 Reels auf Englisch, wir starten in Japan und UK."),
    ("creator", "2025-04-22 18:15", "Deal! 🏔️"),
])
C("genuine", "production_quote", "en", "Production partner's quote for next batch (existing supplier)", [
    ("porto", "2025-05-27 10:00", "Hi Noemi, attached the quote for the AW25 re-order: 1,200 Sitka jackets at EUR 41.20, delivery week 34. Trims unchanged. Payment 30 % deposit as usual."),
    ("me", "2025-05-27 12:15", "Thanks Inês. Confirmed. Can we move delivery to week 33? The Galaxus campaign starts early."),
    ("porto", "2025-05-27 13:00", "Week 33 is possible, I'll confirm tomorrow."),
])
C("genuine", "customer_warranty", "de", "Kunde meldet defekten Reissverschluss", [
    ("customer", "2025-09-22 19:00", "Grüezi Frau Brändli, sorry, dass ich Sie hier anschreibe, aber der Kundendienst hat seit einer Woche nicht geantwortet. Der Reissverschluss meines Rucksacks (gekauft im Mai) ist nach zwei Touren kaputt. Was kann ich tun?"),
    ("me", "2025-09-22 20:15", "Grüezi Herr Schärer, das tut mir leid, auch das mit der Wartezeit. Ich habe Jana gebeten, Ihnen morgen ein Retourenetikett zu schicken, Sie bekommen einen neuen Rucksack."),
    ("customer", "2025-09-22 20:30", "Wow, danke für die schnelle Hilfe!"),
])
C("genuine", "owner_started_freelancer", "en", "She hires a freelance technical designer and agrees terms", [
    ("me", "2025-01-20 10:00", "Hi Ole, Mirjam from Wollwerk recommended you. We need tech packs for a new 40L pack, about 6 weeks of work. Would you be available in February, and what's your day rate?"),
    ("designer", "2025-01-20 15:30", "Hi Noemi, yes, February works. Day rate is EUR 650, or I can do the tech packs at a fixed EUR 9,500. I'd need your current tech pack template."),
    ("me", "2025-01-20 16:00", "Fixed price please. Contract coming tomorrow."),
])
C("genuine", "mentor_invite", "en", "Impact lab invites her to mentor founders", [
    ("hub", "2025-02-25 09:30", "Hi Noemi, our spring cohort has three consumer brands. Would you mentor one of them (2 hours a month)? Pro bono, but there's a great apéro at the end 🙂"),
    ("me", "2025-02-25 12:00", "Happy to! Ideally the one with a physical product."),
])
C("genuine", "team_group", "de", "Team-Gruppenchat zum Pop-up", [
    ("ops", "2025-11-10 08:00", "Pop-up: Lieferung kommt Mittwoch 9 Uhr, wer ist vor Ort?"),
    ("cofounder", "2025-11-10 08:05", "Ich bin da."),
    ("me", "2025-11-10 08:10", "Ich komm um 10 dazu. Bitte die Kassen-App testen, letztes Mal ging TWINT nicht."),
], title="Gratwerk Team")
C("genuine", "accountant", "de", "Treuhänder zur MWST-Abrechnung", [
    ("treuhand", "2025-07-28 10:00", "Grüezi Frau Brändli, für die MWST-Abrechnung Q2 fehlen mir noch die Galaxus-Abrechnungen April bis Juni. Frist ist der 31. August."),
    ("me", "2025-07-28 11:00", "Grüezi Herr Rüegg, Luca schickt sie heute noch. Danke für die Erinnerung!"),
])
C("genuine", "customer_feedback", "en", "Long-time customer sends product feedback", [
    ("fan", "2025-06-09 21:00", "Hi Noemi, I've used your 28L pack on the West Highland Way and the Tour du Mont Blanc now. Absolutely love it. One wish: a hip-belt pocket big enough for a phone. Keep up the great work!"),
    ("me", "2025-06-10 07:30", "Hi Eleanor, thank you so much! The bigger pocket is coming in the 2026 version, you're not the only one asking 😉"),
])
C("genuine", "warm_introduction", "en", "Fellow founder introduces her to an investor", [
    ("intro", "2025-03-24 09:00", "Nadia, meet Noemi, founder of Gratwerk, the best technical outdoor brand in Switzerland right now (I'm biased, I own three of their jackets). Noemi, Nadia invests in consumer brands at Northpeak. Over to you both!"),
    ("vc", "2025-03-24 10:30", "Thanks Felix! Noemi, would love to hear more. Free for a call this week?"),
    ("me", "2025-03-24 11:00", "Thanks Felix! Nadia, Thursday 16:00?"),
])
C("genuine", "student_thesis", "de", "Studentin fragt nach Interview für Masterarbeit", [
    ("student", "2025-04-02 13:00", "Grüezi Frau Brändli, ich schreibe an der ZHAW meine Masterarbeit über Retourenquoten bei Schweizer Online-Modehändlern. Hätten Sie 30 Minuten für ein Interview? Ich würde mich sehr freuen."),
    ("me", "2025-04-02 17:00", "Grüezi Frau Baumgartner, gerne. Schicken Sie mir ein paar Terminvorschläge."),
])
C("genuine", "vendor_quote_existing", "de", "Stammfotograf schickt Offerte für Frühlingskampagne", [
    ("photog", "2026-01-12 09:00", "Hoi Noemi, anbei die Offerte für die Frühlingskampagne: 2 Shooting-Tage Glarnerland, Assistent, Bildbearbeitung 60 Bilder, CHF 7'800 exkl. MWST. Wie letztes Jahr, nur der Assistent ist teurer geworden."),
    ("me", "2026-01-12 12:00", "Hoi Nico, passt. Können wir den zweiten Tag als Wettertag offen lassen?"),
    ("photog", "2026-01-12 12:10", "Klar, mach ich immer so."),
])
C("genuine", "former_boss_congrats", "de", "Ehemalige Chefin gratuliert zu 5 Jahren Gratwerk", [
    ("exboss", "2025-02-11 08:00", "Liebe Noemi, 5 Jahre Gratwerk! Ich weiss noch, wie du bei uns gekündigt hast und alle gesagt haben, das sei mutig. Es war richtig. Herzliche Gratulation!"),
    ("me", "2025-02-11 09:15", "Liebe Monika, danke! Ohne die Jahre bei Alpinor wäre das nicht gegangen."),
])
C("genuine", "peer_joint_tour", "de", "Bergführer schlägt gemeinsames Touren-Angebot mit Preis vor", [
    ("guide", "2025-05-05 19:00", "Hoi Noemi, mir hend e Idee: Gratwerk x Bergschule Surselva, e 2-Tages-Tour für Kundinne, Material vo euch zum Teste, mir füehre. Pro Person CHF 390, ihr bewerbet's im Newsletter. Was meinsch?"),
    ("me", "2025-05-05 21:00", "Hoi Jonas, mega Idee! Lass uns im Juni mal 2 Daten testen. Ich ruf dich morgen an wegen Versicherung."),
])
C("genuine", "b2b_repeat_order", "de", "SAC-Sektion bestellt wieder Jacken und fragt nach Preis", [
    ("sac", "2025-08-25 18:30", "Grüezi Frau Brändli, unsere Tourenleiter sind mit den Jacken vom letzten Jahr sehr zufrieden. Wir bräuchten nochmals 25 Stück. Gilt der Vereinspreis von CHF 165 noch?"),
    ("me", "2025-08-25 20:00", "Grüezi Herr Rohner, das freut mich! Ja, für Sie gilt der Vereinspreis noch bis Ende Jahr. Schicken Sie mir die Grössen?"),
    ("sac", "2025-08-26 07:30", "Mache ich, merci vielmal!"),
])
C("genuine", "friend_english", "en", "Old friend from Berlin, private", [
    ("berlin", "2025-06-28 20:00", "Noemi!!! We're getting married next June in Lisbon. Save the date, you're not allowed to say no 💍"),
    ("me", "2025-06-28 20:15", "WHAT! Congratulations!!! Of course I'll be there 🥂"),
])

# ================================================================= WANTED PITCHES (12)
C("wanted_pitch", "sizing_after_post", "en", "Size-recommendation startup refers to her post about returns", [
    ("w_size", "2025-03-11 09:00", "Hi Noemi, your post about the Sitka jacket having a 24 % return rate, mostly 'too small in the shoulders when layering', was refreshingly honest. Our tool asks shoppers what they plan to wear underneath and recommends a size based on your own garment measurements, not a generic chart. We work with two Scandinavian outdoor brands and cut size-related returns by about a third. Would you be up for a 4-week test on the Sitka page only?"),
    ("me", "2025-03-11 12:00", "Hi Aarav, that layering question is exactly our problem. Does it run on Shopify without a theme rebuild?"),
    ("w_size", "2025-03-11 12:20", "Yes, it's an app block. Happy to show you on Thursday."),
])
C("wanted_pitch", "crm_after_talk", "de", "CRM-Agentur bezieht sich auf ihren Vortrag", [
    ("w_crm", "2025-10-01 10:00", "Grüezi Frau Brändli, Ihr Vortrag am Digital Commerce Day ('Warum wir Black Friday auslassen') hat mich beeindruckt, vor allem die Zahl, dass 40 % Ihrer Black-Friday-Käufer nie wieder bestellt haben. Wir bauen E-Mail-Flows für Marken, die auf Stammkunden statt Rabatte setzen: Pflegehinweise nach 30 Tagen, Reparaturangebot nach einem Jahr, Touren-Tipps passend zum gekauften Produkt. Darf ich Ihnen zeigen, wie das für Gratwerk aussehen könnte?"),
    ("me", "2025-10-01 13:00", "Grüezi Frau Graf, das Reparaturangebot ist eine gute Idee. Schicken Sie mir ein Beispiel."),
])
C("wanted_pitch", "cro_after_shop_visit", "de", "Freelancer hat im Shop bestellt und nennt konkrete Checkout-Probleme", [
    ("w_cro", "2025-05-19 20:30", "Hoi Noemi, ich hab letzte Woche bei euch den 28L-Rucksack bestellt (super Teil!). Dabei zwei Sachen aufgefallen: TWINT erscheint auf dem Handy erst im letzten Checkout-Schritt, und die Versandkosten für Bestellungen unter CHF 80 sieht man erst ganz am Schluss. Das sind bei Schweizer Shops typischerweise die zwei grössten Abbruchgründe. Ich bin freier Conversion-Optimierer und mache solche Fixes für Shopify-Shops. Soll ich dir eine kurze Liste mit Screenshots schicken, gratis?"),
    ("me", "2025-05-19 21:00", "Gern, danke! Das mit TWINT wusste ich nicht."),
])
C("wanted_pitch", "eu_customs_specific", "en", "EU fulfilment service names her refused-parcel problem", [
    ("w_eu", "2025-07-08 11:00", "Hi Noemi, I ordered a Gratwerk beanie to Amsterdam to test your EU delivery: the courier asked me for EUR 14.90 in import VAT and fees at the door. Many EU customers refuse parcels in that situation. We handle IOSS registration and ship your EU orders duty-paid from a bonded warehouse near Basel, so customers pay once at checkout. Happy to show you what it would cost for your volume."),
    ("me", "2025-07-08 13:00", "Ouch. Yes, our refusal rate in NL and DE is terrible. Send me the pricing please."),
])
C("wanted_pitch", "membrane_mutual_contact", "de", "Membran-Lieferant kommt über namentlichen gemeinsamen Kontakt", [
    ("w_pfas", "2025-02-17 09:00", "Grüezi Frau Brändli, Beat Hürlimann von Alpinor hat mir Ihren Namen gegeben. Er meinte, Sie suchen für die Sitka eine PFAS-freie Membran, die auch nach 20 Wäschen noch dicht ist. Unsere Membran ist bluesign-zertifiziert und wird in Vorarlberg hergestellt, also kurze Wege nach Porto. Darf ich Ihnen Muster mit Prüfberichten schicken?"),
    ("me", "2025-02-17 11:00", "Grüezi Herr Mathis, ja bitte, gerne Muster an unser Büro in Zürich."),
])
C("wanted_pitch", "cfo_after_register", "de", "Fractional CFO nimmt Bezug auf SHAB-Eintrag zur Kapitalerhöhung", [
    ("w_cfo", "2025-06-16 08:30", "Guten Tag Frau Brändli, ich habe im SHAB gesehen, dass die Gratwerk AG ihr Aktienkapital erhöht hat, herzliche Gratulation zur Finanzierung. In dieser Phase (Lagerfinanzierung, Japan-Export, Reporting an neue Investoren) unterstütze ich Konsumgütermarken als Teilzeit-CFO, typischerweise 2 Tage pro Monat. Falls das Thema bei Ihnen aktuell ist, freue ich mich auf einen Austausch."),
])
C("wanted_pitch", "returns_fits_setup", "en", "Returns app names her Shopify + PackHaus setup", [
    ("w_returns", "2025-09-15 14:00", "Hi Noemi, I noticed your returns page says customers should email Jana and wait for a label, and your shop runs on Shopify with fulfilment by PackHaus in Rothrist. We have a live integration with PackHaus: customers pick the return reason in a portal, get a Swiss Post label instantly, and PackHaus sees the return before it arrives. The reason data also goes to your Shopify reports, which might help with the Sitka sizing issue you posted about. Interested in a demo?"),
    ("me", "2025-09-15 16:30", "Very relevant. Jana will want to see this. Next week?"),
])
C("wanted_pitch", "recruiter_for_her_job_ad", "de", "Recruiterin mit passenden Kandidaten für ihre ausgeschriebene Stelle", [
    ("w_recruit", "2025-07-21 09:00", "Grüezi Frau Brändli, Ihre Stelle 'Head of Performance Marketing' ist seit sieben Wochen ausgeschrieben. Ich habe zwei Kandidatinnen, die genau Ihre Anforderung erfüllen (Meta und Google selbst bedient): eine kommt von einer Zürcher Velo-Marke, die andere hat eine Schweizer Outdoor-DTC-Marke von 3 auf 11 Mio. begleitet. Beide in Zürich. Wenn Sie bereits mit einem Recruiter arbeiten, respektiere ich das natürlich."),
    ("me", "2025-07-21 12:00", "Grüezi Frau Dubach, wir arbeiten mit Talentgrat, aber schicken Sie mir die anonymisierten Profile, ich spreche das ab."),
])
C("wanted_pitch", "creator_specific_idea", "en", "Filmmaker pitches a concrete film with her products", [
    ("w_creator", "2025-04-07 18:00", "Hi Noemi, I'm doing the Haute Route from Chamonix to Zermatt in May and I'd love to film it with your 28L pack and the Sitka jacket. Your 2024 campaign was shot mostly in summer, so spring ski-touring would fill a gap in your content. I'd deliver a 4-minute film plus 6 vertical cuts, rights for 2 years, CHF 4,500. My last film for a Swiss bike brand is on my profile."),
    ("me", "2025-04-08 08:00", "Hi Tim, love the idea. Let's talk, my colleague Luca will join."),
])
C("wanted_pitch", "fabric_after_report", "en", "Recycled fabric mill refers to her transparency report", [
    ("w_mill", "2025-08-04 10:00", "Dear Noemi, I read your transparency report on gratwerk.ch: you reach 62 % recycled content and say the face fabric of the Sitka is the main gap because no recycled 20D nylon met your tear-strength spec. We have just released a recycled 20D ripstop with the tear values attached. If it fits, it would go straight to Têxteis Douro, whom we already supply. Shall I send swatches?"),
    ("me", "2025-08-04 11:20", "Yes please, and the test report. That's the one gap that bugs me."),
])
C("wanted_pitch", "marketplace_range_gap", "de", "Outdoor-Marktplatz nennt konkrete Sortimentslücke", [
    ("w_market", "2025-09-01 10:30", "Hallo Frau Brändli, wir sind ein deutscher Outdoor-Marktplatz und haben bei Tourenrucksäcken 25–30 L auffällig wenige nachhaltige Marken. Ihr 28L wäre bei uns in den Top 5 der Suche nach 'PFC-frei'. Da Sie laut Ihrem Interview im Zürcher Wirtschaftsblatt EU-Umsatz aufbauen wollen: Wir lagern auch auf Wunsch ein, damit Ihre Kunden keine Zollgebühren zahlen. Hätten Sie Interesse an einem Gespräch?"),
])
C("wanted_pitch", "french_translation_specific", "en", "French copywriter points out her missing French shop version", [
    ("w_french", "2025-10-13 09:00", "Bonjour Noemi, I'm a freelance copywriter from Lausanne. Your shop is in German and English only, but half of the comments under your Instagram post about the Dents du Midi are in French, and two people asked whether the sizing guide exists in French. I translate and adapt outdoor copy (not just translate), and could do the core shop pages plus sizing guide in about two weeks. Want a sample of one product page?"),
    ("me", "2025-10-13 10:30", "Bonjour Élodie! Yes, a sample for the Sitka page would be great."),
])

# ================================================================= JUNK (38)
C("junk", "generic_shopify_agency", "en", "Generic Shopify agency pitch, counterpart of the CRO freelancer", [
    ("j_shopify", "2025-02-03 05:40", "Hi Noemi, I'm a certified Shopify Partner with 8+ years of experience. I can redesign your store, speed it up and boost conversions. Affordable packages starting at $999. Can I send you my portfolio?"),
])
C("junk", "generic_amazon", "de", "Generisches Amazon-Agentur-Angebot", [
    ("j_amazon", "2025-03-17 09:00", "Hallo Noemi, verkaufst du schon auf Amazon? Wir bringen Marken in 90 Tagen auf Platz 1 ihrer Kategorie. Jetzt kostenlosen Account-Check sichern!"),
])
C("junk", "generic_seo", "de", "Generisches SEO-Angebot", [
    ("j_seo", "2025-04-28 07:15", "Guten Tag, Ihre Website hat Potenzial, aber wird bei Google kaum gefunden. Unsere SEO-Pakete bringen Sie auf Seite 1, garantiert. Darf ich Ihnen eine kostenlose Analyse schicken?"),
])
C("junk", "generic_bookkeeping", "en", "Offshore bookkeeping pitch", [
    ("j_books", "2025-05-06 04:00", "Hello Noemi, are you spending too much time on bookkeeping? LedgerEase provides dedicated accountants from $12/hour for e-commerce businesses. Free first month. Interested?"),
])
C("junk", "off_topic_crypto", "de", "Off-topic: Krypto-Coaching", [
    ("j_crypto", "2025-01-19 22:00", "Hey Noemi! Stell dir vor, du verdienst passiv mit Krypto, während du wanderst 😉 Ich zeige Unternehmerinnen meine Strategie, nur 5 Plätze frei. Interesse?"),
])
C("junk", "off_topic_property", "en", "Off-topic: Dubai off-plan property", [
    ("j_dubai", "2025-08-18 10:00", "Dear Noemi, exclusive off-plan opportunity in Dubai Hills with 9% guaranteed ROI and post-handover payment plan. Swiss investors love it. Can I send you the brochure?"),
])
C("junk", "off_topic_pension", "de", "Off-topic: Säule-3a-Beratung", [
    ("j_3a", "2025-11-25 12:00", "Grüezi Frau Brändli, haben Sie Ihre Säule 3a dieses Jahr schon optimal genutzt? Als Unternehmerin verschenken Sie sonst Steuervorteile. Gerne zeige ich Ihnen in einem kurzen Termin, wie viel Sie sparen können."),
])
C("junk", "mlm", "de", "MLM-Anwerbung", [
    ("j_mlm", "2025-06-23 21:45", "Hey Liebes 💕 ich hab dein Profil gesehen und finde dich so inspirierend! Ich baue gerade ein Team von starken Frauen auf, die sich etwas Eigenes aufbauen wollen, ganz flexibel vom Handy aus. Darf ich dir mehr erzählen?"),
])
C("junk", "sells_what_she_sells", "en", "Manufacturer offers custom branded backpacks, i.e. what she sells", [
    ("j_merch", "2025-09-01 03:30", "Dear Noemi, we are a professional manufacturer of custom backpacks, outdoor bags and jackets with your logo. Low MOQ 100 pcs, OEM/ODM, fast delivery. Perfect for your team or as corporate gifts! Please check our catalogue attached."),
], attachments={0: A_DECK})
C("junk", "capacity_new_clients", "en", "Asks about capacity for new clients, then lead-gen pitch", [
    ("j_capacity", "2025-04-15 15:30", "Hey Noemi, are you currently taking on new clients? We help consultants and agencies book 10-15 qualified sales calls per month on autopilot. If you've got capacity, I'd love to show you how."),
])
C("junk", "like_minded", "en", "Let's connect as like-minded entrepreneurs", [
    ("j_likeminded", "2025-02-20 19:00", "Hi Noemi, I love connecting with like-minded founders who are building something meaningful. I think there's real synergy between us. Let's hop on a call and explore how we can add value to each other's journey! 🔥"),
])
C("junk", "quick_15_min", "de", "Kurzer 15-Minuten-Call", [
    ("j_15min", "2025-06-04 10:00", "Hallo Frau Brändli, hätten Sie nächste Woche 15 Minuten Zeit? Ich möchte Ihnen kurz zeigen, wie Kassensturz Ihre Buchhaltung automatisiert. Wie sieht's am Dienstag aus?"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, Smalltalk, sie antwortet, dann Finanzierungs-Pitch", [
    ("j_ctp1", "2025-04-14 08:00", "Grüezi Frau Brändli, danke fürs Vernetzen! Ich habe gesehen, dass Sie auch gerne in den Bergen unterwegs sind. Wo waren Sie zuletzt?"),
    ("me", "2025-04-14 12:30", "Grüezi Herr Wirz, zuletzt auf Skitour im Safiental. Schönes Gebiet!"),
    ("j_ctp1", "2025-04-14 12:45", "Wunderbar! Übrigens: Wir vermitteln KMU-Kredite bis CHF 500'000 ohne Sicherheiten, Entscheid in 72 Stunden. Wäre das für Ihr Wachstum interessant? Ich hätte Donnerstag Zeit für einen Call."),
])
C("junk", "connect_then_pitch", "en", "Connect-then-pitch: compliment, then influencer platform pitch", [
    ("j_ctp2", "2025-08-25 09:00", "Thanks for connecting Noemi! Your brand is so aesthetic, love the mountain shots 😍"),
    ("j_ctp2", "2025-08-27 09:30", "Quick one: we've got 25,000 vetted creators on Influx. Brands like yours see 5x ROAS with our done-for-you campaigns. Open to a quick call this week?"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, dann Verpackungs-Pitch ohne Bezug", [
    ("j_ctp3", "2026-02-09 07:30", "Hallo Noemi, danke für die Vernetzung! Schöne Woche dir."),
    ("j_ctp3", "2026-02-11 08:15", "Hallo nochmals! Braucht ihr Versandkartons? Wir haben Standardkartons in allen Grössen ab Lager, Mengenrabatt ab 500 Stück. Soll ich dir die Preisliste schicken?"),
])
C("junk", "follow_up_bump", "en", "Review-tool follow-ups with no reply", [
    ("j_bump1", "2025-05-12 10:00", "Hi Noemi, Reviewly helps Shopify brands collect 3x more reviews with automated emails. Worth a quick chat?"),
    ("j_bump1", "2025-05-19 10:00", "Hi Noemi, bumping this up in case it got buried 🙂"),
    ("j_bump1", "2025-05-28 10:00", "Hi Noemi, should I talk to someone else on your team about this?"),
    ("j_bump1", "2025-06-10 10:00", "Closing the loop here. If reviews become a priority, you know where to find me!"),
])
C("junk", "follow_up_bump", "de", "Büromaterial-Nachfassen ohne Antwort", [
    ("j_bump2", "2025-09-08 13:00", "Grüezi Frau Brändli, dürfen wir Ihnen ein Angebot für Büromaterial und Kaffee für Ihr Büro machen?"),
    ("j_bump2", "2025-09-22 13:00", "Grüezi, ich melde mich nochmals wegen meiner letzten Nachricht. Haben Sie Interesse?"),
])
C("junk", "mass_template", "en", "Template variant 1 of 5 (agency)", [
    ("t1", "2025-07-01 09:10", "Hi Noemi, I came across your profile and was really impressed with what you're building at Gratwerk. We help e-commerce brands scale to 7 figures in 90 days using our proven paid social system. Would you be open to a quick call on Thursday to see if it's a fit?"),
])
C("junk", "mass_template", "en", "Template variant 2 of 5 (growth)", [
    ("t2", "2025-07-03 15:20", "Hi Noemi, came across your profile and I'm super impressed with what you're doing at Gratwerk AG! We help DTC brands increase revenue by 40% in 90 days with our proven growth framework. Open to a quick call Tuesday to see if we're a fit?"),
])
C("junk", "mass_template", "en", "Template variant 3 of 5 (ads)", [
    ("t3", "2025-07-09 11:00", "Hey Noemi - I came across your profile and was impressed by what you've built with Gratwerk. We help outdoor brands double ROAS within 90 days using our proven ad system. Free for a quick chat Friday to see if it's a fit?"),
])
C("junk", "mass_template", "en", "Template variant 4 of 5 (branding)", [
    ("t4", "2025-07-15 08:45", "Hi Noemi, I came across your profile and was genuinely impressed by what you're building at Gratwerk. We help consumer brands grow revenue by 35% in 90 days through our proven brand system. Would Monday work for a quick call to see if it's a fit?"),
])
C("junk", "mass_template", "de", "Vorlage Variante 5 von 5, deutsche Fassung", [
    ("t5", "2025-07-22 10:30", "Hallo Noemi, ich bin auf dein Profil gestossen und war echt beeindruckt, was du mit Gratwerk aufbaust. Wir helfen Onlineshops, ihren Umsatz in 90 Tagen um 40 % zu steigern, mit unserem bewährten System. Hättest du Donnerstag kurz Zeit, um zu schauen, ob es passt?"),
])
C("junk", "merge_tag_failure", "en", "Merge tag {first_name} left unfilled", [
    ("m1", "2025-03-03 06:00", "Hi {first_name}, want to add 1,000+ trending products to your store without holding inventory? Dropship Direkt connects {store_name} to 50 suppliers in one click. Start free today!"),
])
C("junk", "merge_tag_failure", "en", "Wrong name in the greeting", [
    ("m2", "2025-06-16 14:00", "Hi Naomi, I hope you're well! I'm working with some amazing sales candidates right now. Are you hiring for any SDR or account executive roles at your company?"),
])
C("junk", "merge_tag_failure", "en", "Wrong company name", [
    ("m3", "2025-10-27 09:00", "Hi Noemi, I see Gratwald Outdoor is shipping across Europe. PackRight can cut your packaging costs by 25% with our eco mailers. Can I send samples to your Bern warehouse?"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {{Firma}} nicht ersetzt", [
    ("m4", "2025-12-08 10:00", "Liebe Noemi, plant {{Firma}} schon das Firmenevent 2026? Wir organisieren unvergessliche Teamevents, vom Fondue-Plausch bis zum Escape Room. Gerne sende ich Ihnen Ideen!"),
])
C("junk", "sponsored_inmail", "en", "Sponsored InMail: business banking", [
    ("s1", "2025-04-01 12:00", "<p>Hi Noemi,</p><p>Multi-currency accounts for e-commerce: pay suppliers in EUR, USD and JPY with zero FX markup for 3&nbsp;months. <a href=\"https://ledgerly.example/ch\">Open your account</a></p>"),
], title=SPONSORED, subject="Noemi, pay suppliers abroad for less")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Weiterbildung", [
    ("s2", "2025-09-29 12:00", "<p>Grüezi Frau Brändli,</p><p>Leadership für Gründerinnen: das Executive Program in Luzern startet im Januar. Jetzt Infoabend buchen.</p>"),
], title=SPONSORED, subject="Executive Program für Gründerinnen")
C("junk", "paid_award", "de", "Award mit Gebühr für das Gewinnerpaket", [
    ("award", "2025-05-26 10:00", "Sehr geehrte Frau Brändli\n\nWir freuen uns, Ihnen mitzuteilen, dass die Gratwerk AG als Gewinnerin in der Kategorie 'Innovative E-Commerce-Marke 2025' ausgewählt wurde. Für die Teilnahme an der Gala und das Siegelpaket erheben wir eine Gebühr von CHF 2'450.\n\nFreundliche Grüsse\nVanessa Steiger"),
])
C("junk", "paid_feature", "en", "Paid 'Top 50 Founders' listing", [
    ("feature", "2025-08-12 16:00", "Hi Noemi, congratulations, you've been shortlisted for Top 50 Founders Europe 2025! To secure your profile in the list and the printed edition, a one-time editorial fee of EUR 1,200 applies. Shall I reserve your spot?"),
])
C("junk", "paid_podcast", "de", "Podcast-Auftritt gegen Bezahlung", [
    ("podcast", "2025-10-20 08:00", "Hoi Noemi, wir möchten dich gern im Gründergeflüster Podcast haben! Für die Sponsoring-Folge mit Interview, Social-Clips und Newsletter-Feature berechnen wir CHF 850. Hättest du Lust?"),
])
C("junk", "fluent_names_company", "en", "Fluent pitch that names Gratwerk but could go to anyone", [
    ("fluent", "2025-09-09 10:00", "Hi Noemi,\n\nI've been following Gratwerk's journey and I'm genuinely impressed by how you've built such a strong brand in a crowded market. Brands like Gratwerk often reach a point where growth plateaus because the customer journey isn't fully optimised across channels. At Commerceloop, we help ambitious brands unlock the next stage of growth with data-driven strategy.\n\nWould it make sense to have a conversation about where Gratwerk wants to be in 12 months?\n\nBest,\nClaire"),
])
C("junk", "generic_size_tool", "en", "Generic AI sizing pitch, counterpart of the tailored size tool", [
    ("j_sizegen", "2025-03-24 07:00", "Hi Noemi, returns killing your margins? SizeAI reduces returns by up to 50% for fashion brands with AI-powered fit predictions. Book a demo today!"),
])
C("junk", "generic_email_agency", "en", "Generic email marketing pitch, counterpart of the CRM agency", [
    ("j_email", "2025-10-06 13:00", "Hey Noemi! Did you know email can drive 30% of your store's revenue? We build high-converting Klaviyo flows for Shopify brands. Want me to send a free audit?"),
])
C("junk", "generic_recruiter", "de", "Massen-Recruiterin, Gegenstück zur passenden Kandidatenvorstellung", [
    ("j_recruit", "2025-08-11 09:30", "Hallo Noemi, suchst du neue Mitarbeitende? Wir finden Top-Talente in allen Bereichen in nur 14 Tagen. Erfolgshonorar, kein Risiko! Sollen wir telefonieren?"),
])
C("junk", "generic_influencer", "de", "Generische Influencer-Plattform, Gegenstück zum Filmemacher", [
    ("j_influencer", "2025-05-14 11:00", "Hi Noemi! Mit InfluencerHub Pro findest du in Minuten die perfekten Influencer für deine Marke, über 100.000 Profile. Teste jetzt 14 Tage gratis!"),
])
C("junk", "generic_translation", "en", "Generic translation agency, counterpart of the French copywriter", [
    ("j_translate", "2025-11-03 05:30", "Dear Sir/Madam, we offer professional translation services in 120+ languages at very competitive rates. Fast turnaround, native translators. Please let us know your requirements."),
])
C("junk", "generic_investor_matching", "en", "Paid investor-matching service", [
    ("j_investors", "2026-01-19 10:00", "Hi Noemi, raising capital? CapitalConnect gives you access to 5,000+ active investors. Our founders raised $200M last year. Membership from $2,500. Let's talk this week?"),
])


def main() -> None:
    ex.write(OUT, {
        "First Name": "Noemi", "Last Name": "Brändli",
        "Headline": "Founder & CEO Gratwerk | Technical outdoor gear from Zurich | DTC e-commerce",
        "Summary": "Ich habe Gratwerk 2020 gegründet: Rucksäcke und Bekleidung für Bergtouren, "
                   "PFAS-frei, in Europa produziert, online auf gratwerk.ch, bei Galaxus und in "
                   "ausgewählten Sportgeschäften. Before that, product manager at Alpinor.",
        "Industry": "Retail Apparel and Fashion", "Geo Location": "Zürich, Schweiz",
        "Websites": "[COMPANY:gratwerk.ch]",
    }, [
        {"Company Name": "Gratwerk AG", "Title": "Founder & CEO",
         "Description": "Technical outdoor gear, direct to consumer and wholesale.",
         "Location": "Zürich", "Started On": "Feb 2020", "Finished On": ""},
        {"Company Name": "Alpinor AG", "Title": "Product Manager Packs", "Description": "",
         "Location": "Zürich", "Started On": "Apr 2014", "Finished On": "Jan 2020"},
    ], ["E-Commerce", "Product Development", "Shopify", "Brand Building", "Outdoor Industry",
        "Supply Chain", "Fundraising"])
    print(ex.summary())


if __name__ == "__main__":
    main()

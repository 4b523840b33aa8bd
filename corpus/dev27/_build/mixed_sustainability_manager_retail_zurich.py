"""Persona: sustainability manager at a Swiss retail chain in Zurich (2024 layout, Swiss German and English).

Written blind to the detector (dev27, session 4). Every message text below is hand-written.
Run: /work/main/.venv/bin/python corpus/dev27/_build/mixed_sustainability_manager_retail_zurich.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-sustainability-manager-retail-zurich"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Corinne Bächli", "https://www.linkedin.com/in/corinne-baechli-sustainability",
               "Limmatmarkt AG", "Leiterin Nachhaltigkeit")
ex = Export(SLUG, "2024", owner)
P = ex.person
G, W, J = "genuine", "wanted_pitch", "junk"

# ---------------------------------------------------------------- genuine (35)

P("veg", "Ruedi Zbinden", "Seeland Gemüse Genossenschaft", "Geschäftsführer", connected="2018-05-14")
ex.conv(G, "vendor_price_change", "de", "Gemüse-Lieferant kündigt Preisanpassung wegen Bio-Umstellung an", [
    ("veg", "2025-02-10 07:40", "Grüezi Frau Bächli, ich möchte Sie persönlich informieren, bevor es offiziell über den Einkauf kommt: wegen der Umstellung auf Knospe-Bio "
     "bei drei weiteren Betrieben müssen wir die Preise für Lagerkarotten und Zwiebeln ab Juli um rund 4 % anpassen. Die Mengen bleiben garantiert. "
     "Ich weiss, dass Ihnen die Umstellung wichtig war, darum wollte ich es erklären."),
    ("me", "2025-02-10 09:15", "Grüezi Herr Zbinden, merci für die offene Info. Ich rede mit Beat vom Einkauf, für mich ist das gut begründet. Können Sie uns die Zahl der umgestellten Hektaren für den Bericht geben?"),
    ("veg", "2025-02-10 11:00", "Sicher, 46 Hektaren. Schicke ich Ihnen per Mail."),
])

P("lca", "Hannah Keller", "Carbonwise Consulting", "Senior Consultant", connected="2021-09-01")
ex.conv(G, "vendor_price_change", "en", "existing LCA consultancy announces new day rates", [
    ("lca", "2024-11-28 10:00", "Hi Corinne, ahead of our 2025 framework agreement: our day rates go up from CHF 1,450 to CHF 1,520 from January. "
     "For the Scope 3 recalculation we already scoped, we'll keep the old rate. Let me know if procurement needs a formal letter."),
    ("me", "2024-11-28 14:20", "Thanks Hannah. Yes please send the formal letter to Beat Imhof, he'll want it for the contract file."),
])

P("ngo", "Dr. Amara Osei", "Fair Cacao Alliance", "Programme Director", connected="2022-03-08")
ex.conv(G, "ngo_joint_campaign", "en", "NGO proposes joint living-income campaign", [
    ("ngo", "2025-04-02 15:00", "Dear Corinne, following our call in March: the Alliance would like to partner with Limmatmarkt on a living-income reference price pilot for your own-brand chocolate. "
     "We'd co-fund the baseline study. Could we bring in your category manager for the next meeting?"),
    ("me", "2025-04-03 08:30", "Dear Amara, yes, I've briefed Sandra Lüthi (confectionery). She's free on 15 or 16 April."),
    ("ngo", "2025-04-03 09:10", "16 April at 14:00 works for us. Thank you!"),
])

P("auditor", "Martin Stöckli", "SwissCert Audit AG", "Lead Auditor", connected="2019-06-20")
ex.conv(G, "owner_requests_quote", "de", "sie fragt Offerte für Re-Zertifizierung ISO 14001 an", [
    ("me", "2024-09-09 08:00", "Grüezi Herr Stöckli, unser ISO-14001-Zertifikat läuft im März aus. Könnten Sie uns eine Offerte für die Re-Zertifizierung machen, inkl. der zwei neuen Verteilzentren?"),
    ("auditor", "2024-09-10 10:30", "Grüezi Frau Bächli, gern. Mit den zwei zusätzlichen Standorten rechne ich mit 9 Audittagen, Offerte folgt bis Ende Woche."),
    ("auditor", "2024-09-13 16:00", "Offerte ist per Mail unterwegs. CHF 18'900 exkl. MwSt., Termine ab Januar möglich."),
    ("me", "2024-09-16 08:10", "Merci, ich gebe sie intern frei."),
])

P("proc", "Beat Imhof", "Limmatmarkt AG", "Leiter Einkauf Frischprodukte", connected="2017-02-01")
ex.conv(G, "colleague", "de", "Kollege Einkauf zum Lieferanten-Verhaltenskodex", [
    ("proc", "2025-01-22 13:30", "Hoi Corinne, chasch mir de neu Supplier Code no schicke? Ich han am Donnstig Jahresgspröch mit de Spanier und wett dä Teil über Wasser drinne ha."),
    ("me", "2025-01-22 13:45", "Hoi Beat, klar, schick ich dir grad. Seite 6 isch s Wasser-Kapitel. Säg mer, wie sie reagiered!"),
    ("proc", "2025-01-22 13:50", "Merci vielmal 👍"),
])

P("mkt", "Leonie Frei", "Limmatmarkt AG", "Head of Brand", connected="2020-08-15")
ex.conv(G, "colleague_green_claims", "en", "marketing colleague asks for green-claims check", [
    ("mkt", "2025-03-05 11:00", "Hi Corinne, can you check the claims for the new own-brand detergent campaign? Agency wrote 'climate neutral' on the bottle mock-up and I have a bad feeling."),
    ("me", "2025-03-05 11:20", "Your feeling is right 🙂 We can't say that, the offsets aren't enough and the new Swiss guidance is strict. Let's do 30 min today at 3?"),
    ("mkt", "2025-03-05 11:22", "Perfect, I'll book a room."),
])

P("journo", "Nadja Brunner", "Zürcher Tagblatt", "Redaktorin Wirtschaft", connected="2024-06-10")
ex.conv(G, "journalist_request", "de", "Journalistin fragt nach Plastikverpackungen", [
    ("journo", "2024-06-10 09:00", "Grüezi Frau Bächli, ich schreibe über den Rückgang von Plastikverpackungen im Detailhandel. Wäre ein kurzes Gespräch heute oder morgen möglich? "
     "Mich interessieren vor allem die Zahlen zu Früchten und Gemüse."),
    ("me", "2024-06-10 10:15", "Grüezi Frau Brunner, morgen um 11 passt. Bitte die Anfrage auch an unsere Medienstelle, die müssen Zitate freigeben."),
])

P("trade", "Tom Ashworth", "Retail Sustainability Review", "Editor", connected="2025-05-05")
ex.conv(G, "journalist_request", "en", "trade-press editor asks for interview (no fee)", [
    ("trade", "2025-05-05 13:00", "Hi Corinne, I'm editing a piece on how European grocers handle Scope 3 for own-brand products. Your panel remarks in Bern were quoted to me twice. "
     "Would you do a 20-min interview? Editorial, no cost of course."),
    ("me", "2025-05-06 08:00", "Happy to, Tom. Next Tuesday afternoon?"),
])

P("eth", "Lukas Gerber", "ETH Zürich", "Masterstudent Umweltnaturwissenschaften", connected="2024-10-02")
ex.conv(G, "student_thesis", "de", "ETH-Student bittet um Interview für Masterarbeit", [
    ("eth", "2024-10-02 18:30", "Grüezi Frau Bächli, ich schreibe meine Masterarbeit über Food Waste in den Verteilzentren von Schweizer Detailhändlern. "
     "Wäre es möglich, Sie für ca. 45 Minuten zu interviewen? Ich würde die Ergebnisse natürlich mit Ihnen teilen."),
    ("me", "2024-10-03 07:50", "Grüezi Herr Gerber, gern. Melden Sie sich bei meiner Assistentin Frau Kälin für einen Termin im November."),
])

P("hsg", "Mia Steiner", "University of St. Gallen", "MA Student", connected="2025-03-11")
ex.conv(G, "student_thesis", "en", "HSG student survey request", [
    ("hsg", "2025-03-11 20:00", "Dear Ms Bächli, I'm writing my master thesis on supplier engagement for Scope 3 in Swiss retail. Could you fill in a 10-minute survey or recommend someone in your team? Thank you so much!"),
    ("me", "2025-03-12 08:20", "Hi Mia, send me the link, I'll do it this week."),
])

P("canteen", "Patrick Wyss", "Gastro Mittag AG", "Leiter Betriebsgastronomie", connected="2025-01-20",
  invite=("IN", "2025-01-19 17:00", "Grüezi, Frage zu Ihrer Mehrweg-Box"))
ex.conv(G, "inbound_lead_buying", "de", "Kantinenbetreiber will Limmatmarkts Mehrwegbox-System kaufen", [
    ("canteen", "2025-01-20 08:30", "Grüezi Frau Bächli, wir betreiben 14 Personalrestaurants und möchten auf Mehrweg umstellen. Ihre ReBox aus den Filialen gefällt uns. "
     "Verkauft Limmatmarkt das System auch an Dritte? Wir bräuchten ca. 20'000 Boxen plus Rücknahme. Was würde das kosten?"),
    ("me", "2025-01-20 11:00", "Grüezi Herr Wyss, ja, wir haben seit letztem Jahr ein B2B-Angebot. Ich verbinde Sie mit unserem Business-Development, die machen Ihnen eine Offerte. Spannend für uns!"),
    ("canteen", "2025-01-20 11:15", "Sehr gut, danke."),
])

P("peer", "Stefan Hürlimann", "BauFix Schweiz AG", "Head of Sustainability", connected="2019-11-11")
ex.conv(G, "peer_joint_offer", "mixed", "Peer bei Baumarktkette schlägt gemeinsame Ausschreibung für Strom-PPA vor", [
    ("peer", "2024-08-20 16:00", "Hoi Corinne, weisch no, was mer am Forum über PPAs gseit händ? Mer überlegen jetzt konkret, zäme en Ausschreibig für e alpine Solaranlage z mache, "
     "so 25 GWh pro Jahr. Our CFO wants a partner to share volume risk. Hättet ihr Interesse?"),
    ("me", "2024-08-21 08:00", "Hoi Stefan, sehr! I need to get our energy procurement guy on board first. Chönd mer nächst Wuche telefoniere?"),
    ("peer", "2024-08-21 08:10", "Super, Dienstag 10 Uhr?"),
])

P("recruiter", "Olivia Marchetti", "Heidrick & Sonnleitner", "Partner, Sustainability Practice", connected="2025-05-20")
ex.conv(G, "recruiter_engaged", "en", "recruiter for Head of Sustainability at a bank, owner engaged", [
    ("recruiter", "2025-05-20 09:00", "Dear Corinne, I'm conducting a confidential search for a Head of Sustainability at a Zurich private bank. Would you be open to an exploratory conversation?"),
    ("me", "2025-05-20 21:00", "Dear Olivia, thank you. I'm happy at Limmatmarkt, but I'll listen. Thursday evening after 6 is easiest."),
    ("recruiter", "2025-05-21 08:30", "Thursday 18:30 then, I'll call your mobile."),
])

P("intern", "Noemi Rüegg", "", "BSc Umweltingenieurwesen ZHAW", connected="2025-02-17")
ex.conv(G, "job_applicant", "de", "Bewerbung für Praktikum im Nachhaltigkeitsteam", [
    ("intern", "2025-02-17 19:10", "Grüezi Frau Bächli, ich habe Ihre Ausschreibung für das Praktikum im Nachhaltigkeitsteam gesehen und mich über das Portal beworben. "
     "Ich wollte mich auch kurz persönlich melden: Meine Bachelorarbeit war zu Kältemitteln im Detailhandel, was mir zu Ihren Zielen zu passen scheint."),
    ("me", "2025-02-18 08:00", "Grüezi Frau Rüegg, danke, Ihre Bewerbung ist angekommen. Kältemittel, da haben wir viel zu tun 😊 Wir melden uns nächste Woche."),
])

P("spamngo", "Dr. Jonas Lindgren", "Nordic Food Systems Institute", "Researcher", connected="2024-12-02")
ex.conv(G, "research_request_spam", "en", "researcher asks for data sharing, landed in SPAM", [
    ("spamngo", "2024-12-02 10:00", "Dear Corinne, we're running an EU-funded comparison of retail food-waste reporting in six countries. "
     "Switzerland is missing. Would Limmatmarkt share anonymised 2023 figures? We would send you the full comparison before publication."),
    ("me", "2024-12-19 17:30", "Dear Jonas, apologies, your message was in my spam folder. Yes, we can share what's in our published report, and I'll check the rest with legal."),
    ("spamngo", "2024-12-20 08:00", "Wonderful, thanks Corinne."),
], folder="SPAM")

P("c1", "Sarah Good", "Planet Retail Network", "Programme Manager", connected="2025-06-13")
P("c2", "Reto Baumann", "Gemüsehof Baumann", "Inhaber", connected="2023-04-04")
P("c3", "Anja Vogt", "Konsumentenforum Schweiz", "Projektleiterin", connected="2025-06-13")
ex.conv(G, "thanks_after_event", "en", "congrats after her panel at the Swiss Retail Sustainability Forum (1 of 3)", [
    ("c1", "2025-06-13 08:45", "Corinne, great panel yesterday in Bern! The point about supplier data being a relationship, not a spreadsheet, landed with the whole room. Thank you!"),
    ("me", "2025-06-13 10:00", "Thanks Sarah, it was fun!"),
])
ex.conv(G, "thanks_after_event", "de", "Gratulation nach ihrem Panel am Forum (2 von 3)", [
    ("c2", "2025-06-13 09:10", "Grüezi Frau Bächli, gratuliere zum Auftritt gestern in Bern! Sie haben das mit den Bauern sehr fair gesagt. Merci."),
])
ex.conv(G, "thanks_after_event", "de", "Gratulation nach ihrem Panel am Forum (3 von 3)", [
    ("c3", "2025-06-13 11:30", "Liebe Frau Bächli, danke für das Panel gestern in Bern, sehr spannend! Schön, dass wir uns beim Apéro kennengelernt haben."),
    ("me", "2025-06-13 13:00", "Danke Ihnen, Frau Vogt! Melden wir uns wegen der Konsumentenumfrage."),
])

P("zhaw", "Prof. Dr. Michael Egli", "ZHAW", "Institut für Verpackungstechnik", connected="2024-04-15",
  invite=("OUT", "2024-04-14 20:00", "Grüezi Herr Egli, ich habe Ihre Studie zu Mehrweg-Kreisläufen gelesen und würde mich gern vernetzen."))
ex.conv(G, "owner_started_research", "de", "sie kontaktiert Verpackungsforscher", [
    ("me", "2024-04-15 08:00", "Grüezi Herr Egli, danke fürs Vernetzen. Wir überlegen, die ReBox auf Gemüse auszuweiten. Hätten Sie Interesse an einem gemeinsamen Projekt, z.B. mit Innosuisse?"),
    ("zhaw", "2024-04-16 09:30", "Grüezi Frau Bächli, sehr gern! Ich habe im Mai Zeit für ein erstes Treffen in Wädenswil."),
])

P("supplier_data", "Carlos Medina", "Frutas del Sur S.L.", "Export Manager", connected="2022-10-10")
ex.conv(G, "owner_started_supplier_data", "en", "owner asks supplier for CO2 data", [
    ("me", "2025-02-24 09:00", "Hi Carlos, for our Scope 3 update could you share the diesel and fertiliser data for the citrus we buy? Same template as last year."),
    ("supplier_data", "2025-02-25 17:00", "Hola Corinne, sure. The farms changed irrigation pumps to solar in 2024, so you'll see lower numbers. Will send by Friday."),
    ("me", "2025-02-25 17:30", "That's great news! Muchas gracias."),
])

P("friend", "Seraina Caduff", "Bündner Kantonalbank", "ESG Analystin", connected="2012-09-30")
ex.conv(G, "long_standing_friend", "de", "Studienfreundin, jahrelanger Austausch auf Mundart", [
    ("friend", "2020-12-24 11:00", "Schöni Wiehnacht, liebi Corinne! Hoffe, ihr chönd trotz allem es bitzli fiire 🎄"),
    ("me", "2020-12-24 13:00", "Merci Seraina, dir au! Nächschts Jahr wieder Skifahre in Laax?"),
    ("friend", "2023-02-18 19:00", "Laax war mega. Nächschts Jahr wieder!!"),
    ("friend", "2025-04-10 21:00", "Hey, hesch gseh, dass d Taxonomie-Regle wieder ändered? Ich drehe durch 🙃"),
    ("me", "2025-04-10 21:20", "Jaaa. Mer müend echt mal wieder es Glas Wii ha und zäme jammere 😄"),
])

P("mentor", "Dr. Urs Hofstetter", "", "ehemaliger CEO Limmatmarkt AG", connected="2014-05-05")
ex.conv(G, "mentor", "de", "ehemaliger CEO und Mentor meldet sich", [
    ("mentor", "2024-05-30 18:00", "Liebe Corinne, ich habe den Nachhaltigkeitsbericht gelesen, Sie haben das Kältemittel-Thema endlich angepackt. Das hätte ich vor zehn Jahren schon sollen. Bravo."),
    ("me", "2024-05-30 19:00", "Lieber Urs, das freut mich sehr von Ihnen zu hören. Kaffee im Sommer?"),
    ("mentor", "2024-05-30 19:30", "Sehr gern, im Sprüngli, wie immer."),
])

P("esgvendor", "Julien Moreau", "Sustainly SA", "Customer Success Manager", connected="2023-01-16")
ex.conv(G, "vendor_price_change", "en", "ESG-software vendor under contract announces renewal price", [
    ("esgvendor", "2025-08-18 09:00", "Hi Corinne, your Sustainly licence renews on 1 October. The new list price for 25 users is CHF 41,000 p.a. (+7%), "
     "but as a founding customer we can keep you at CHF 38,500 if you sign by 15 September. The new CSRD module is included."),
    ("me", "2025-08-18 15:00", "Thanks Julien. We'll likely renew, but I need to see the module before procurement signs. Can you demo it to my team next week?"),
    ("esgvendor", "2025-08-18 15:20", "Of course. Wednesday 27th at 10?"),
])

P("cfo", "Daniel Rohner", "Limmatmarkt AG", "Leiter Finanzen & Reporting", connected="2016-03-01")
ex.conv(G, "colleague_reporting", "mixed", "Finanzkollege zu Berichtspflicht nach OR und Zeitplan", [
    ("cfo", "2025-01-08 08:15", "Hoi Corinne, für de Bericht nach OR 964: de Verwaltigsrat wott de Entwurf bis 15. März. The auditors also want the climate KPIs by then. Isch das realistisch?"),
    ("me", "2025-01-08 08:40", "Hoi Daniel, knapp, aber ja, wenn Carbonwise d Scope-3-Zahle bis Ende Februar liefert. I'll confirm with Hannah today."),
])

P("assurance", "Michèle Favre", "Helvetia Assurance Partners AG", "Director, Sustainability Assurance", connected="2022-11-21")
ex.conv(G, "auditor_engagement", "de", "Prüfgesellschaft schickt Auftragsbestätigung mit Honorar", [
    ("assurance", "2025-02-03 14:00", "Guten Tag Frau Bächli, anbei die Auftragsbestätigung für die Prüfung mit begrenzter Sicherheit (Klimakennzahlen 2024). "
     "Honorar wie offeriert CHF 34'000. Bitte unterzeichnet zurück bis 14. Februar. Besten Dank."),
    ("me", "2025-02-03 16:30", "Guten Tag Frau Favre, danke, geht heute zur Unterschrift an Herrn Rohner."),
], attachments={0: "Auftragsbestaetigung_2025.pdf"})

P("coffee", "Gianluca Bernasconi", "Torrefazione Ticinese SA", "Direttore Qualità", connected="2020-07-07")
ex.conv(G, "supplier_certificate", "de", "Kaffeeröster zum erneuerten Fairtrade-Zertifikat", [
    ("coffee", "2024-07-15 10:00", "Buongiorno Frau Bächli, das neue Fairtrade-Zertifikat ist da, ich sende es an Qualitätssicherung. Und wir haben jetzt 100 % Bio bei der Hausmischung. Grazie für Ihre Geduld!"),
    ("me", "2024-07-15 11:00", "Grazie mille! Das ist eine schöne Nachricht, nehmen wir in den Bericht."),
])

P("team1", "Fabienne Kälin", "Limmatmarkt AG", "Assistentin Nachhaltigkeit", connected="2021-04-01")
P("team2", "Jan Sutter", "Limmatmarkt AG", "Sustainability Analyst", connected="2023-06-01")
ex.conv(G, "team_group", "de", "Team-Gruppenchat zur Klimawoche", [
    ("team2", "2024-09-02 08:30", "Morge zäme, für d Klimawuche bruche mer no 3 Freiwilligi für de Stand im Sihlcity. Wer chunnt?"),
    ("team1", "2024-09-02 08:40", "Ich mach de Samstig."),
    ("me", "2024-09-02 09:05", "Ich chume am Fritig. Jan, bitte d Flyer bis Mittwoch bstelle, gäll."),
    ("team2", "2024-09-02 09:06", "Wird gmacht 👍"),
], title="Team Nachhaltigkeit", extra=["team1"])

P("foodngo", "Esther Wälti", "Tavolata Zürich", "Koordinatorin", connected="2019-01-25")
ex.conv(G, "ngo_logistics", "de", "Food-Waste-NGO zu Abholzeiten", [
    ("foodngo", "2025-05-27 07:30", "Liebe Corinne, ab Juni können wir die Filiale Oerlikon nur noch dienstags und freitags abholen, uns fehlen Fahrer. Geht das für die Filiale?"),
    ("me", "2025-05-27 08:15", "Liebe Esther, ich kläre es mit dem Filialleiter. Vielleicht können wir euch mit dem Lieferwagen aushelfen, ich frage nach."),
])

P("apero", "Thomas Meili", "Green Business Zürich", "Geschäftsführer", connected="2018-10-10")
ex.conv(G, "event_invitation_contact", "de", "Netzwerk lädt zum Sommer-Apéro", [
    ("apero", "2025-06-20 12:00", "Hoi Corinne, am 3. Juli Sommerapéro auf der Dachterrasse am Hauptbahnhof. Wär schön, wenn du chunnsch, es sind vill Lüüt us em Detailhandel da."),
    ("me", "2025-06-20 13:00", "Gern, Thomas! Ich bring d Seraina mit, wenn das okay isch."),
])

P("canton", "Dr. Petra Ammann", "Kanton Zürich, AWEL", "Abteilung Abfallwirtschaft", connected="2023-09-05")
ex.conv(G, "authority_pilot", "de", "kantonale Behörde zu Pilotprojekt Mehrweg", [
    ("canton", "2024-11-11 10:00", "Sehr geehrte Frau Bächli, der Kanton möchte 2025 ein Mehrweg-Pilotprojekt in drei Gemeinden unterstützen. "
     "Hätte Limmatmarkt Interesse, mit zwei Filialen teilzunehmen? Wir laden am 2. Dezember zu einer Informationssitzung ein."),
    ("me", "2024-11-12 09:00", "Sehr geehrte Frau Ammann, ja, grundsätzlich sehr gern. Ich nehme an der Sitzung teil."),
])

P("store", "Marco Siegenthaler", "Limmatmarkt AG", "Filialleiter Winterthur", connected="2022-02-02")
ex.conv(G, "internal_quote", "de", "Filialleiter schickt Offerte für LED-Umrüstung zur Freigabe", [
    ("store", "2025-03-20 16:00", "Hoi Corinne, ich hab jetzt die Offerte vom Elektriker für LED in der Kühlabteilung: CHF 42'000, Einsparung ca. 60 MWh pro Jahr. Kannst du das aus dem Klimabudget mittragen?"),
    ("me", "2025-03-20 17:00", "Hoi Marco, das sieht gut aus. Schick mir die Offerte, ich mach den Antrag für die GL am 3. April."),
])

P("candidate", "Priya Raman", "", "Sustainability Data Analyst", connected="2025-07-01")
ex.conv(G, "job_applicant", "en", "candidate referred by colleague for analyst role", [
    ("candidate", "2025-07-01 19:00", "Dear Corinne, Jan Sutter suggested I reach out about the Sustainability Data Analyst opening. I've spent three years on Scope 3 modelling at a Dutch food company. "
     "My application is in, but I wanted to say hello directly. I'm relocating to Zurich in September."),
    ("me", "2025-07-02 08:00", "Hi Priya, thanks for the note, Jan spoke highly of you. We'll be in touch after the deadline on 15 July."),
])

P("lecture", "Prof. Dr. Karin Zeller", "Universität Zürich", "Professorin für Nachhaltiges Management", connected="2021-02-22")
ex.conv(G, "guest_lecture_invite", "en", "professor invites her to guest lecture", [
    ("lecture", "2024-09-25 14:00", "Dear Corinne, would you give a guest lecture in my Corporate Sustainability course on 27 November? 45 minutes plus Q&A, in English. The students loved you last year."),
    ("me", "2024-09-25 17:00", "Dear Karin, with pleasure. Same time as last year?"),
    ("lecture", "2024-09-25 17:15", "Yes, 10:15 in KOL-F-101. Thank you!"),
])

P("depeer", "Katharina Ebert", "Nordfrisch Handels GmbH", "Referentin Nachhaltigkeit", connected="2022-05-17")
ex.conv(G, "peer_exchange", "en", "German retail peer swaps notes on supplier surveys", [
    ("depeer", "2025-04-23 12:00", "Hi Corinne! Quick one: how did you get your small suppliers to answer the climate survey? We're at 18% response and my boss is nervous."),
    ("me", "2025-04-23 13:00", "Hi Katharina! Honestly: we stopped sending the survey and our buyers ask 5 questions in the annual meeting. Response went to 70%. Happy to share the questions."),
    ("depeer", "2025-04-23 13:05", "Yes please!! You're a lifesaver."),
])

P("boardngo", "Matthias Kuhn", "Stiftung Bodenleben", "Geschäftsführer", connected="2020-01-13")
ex.conv(G, "ngo_board_invite", "de", "Stiftung fragt sie für Stiftungsrat an", [
    ("boardngo", "2025-09-01 10:00", "Liebe Frau Bächli, unser Stiftungsrat sucht eine Person mit Erfahrung in Lieferketten. Könnten Sie sich ein Mandat vorstellen? Aufwand ca. 5 Sitzungen pro Jahr, ehrenamtlich."),
    ("me", "2025-09-02 08:00", "Lieber Herr Kuhn, das ehrt mich. Ich muss es intern abklären, melde mich bis Ende Monat."),
])

# ---------------------------------------------------------------- wanted pitches (12)

P("w_esg", "Sophie Lambert", "Scope3Lens", "Account Executive DACH", connected="2025-06-02")
ex.conv(W, "software_read_report", "en", "ESG data vendor refers to the gaps stated in her sustainability report", [
    ("w_esg", "2025-06-03 09:30", "Hi Corinne, I read Limmatmarkt's 2024 report. On page 41 you write that 62% of own-brand Scope 3 is still spend-based and that supplier-specific data "
     "is the main gap. We do exactly one thing: collect primary data from small food suppliers in German, French and Italian, and push it into Sustainly, which I saw you use. "
     "Happy to show how a Swiss cheese co-op did it, if useful."),
    ("me", "2025-06-04 08:00", "Hi Sophie, that's our biggest pain, yes. Let's do 30 minutes, with Jan from my team."),
])

P("w_pack", "Andreas Huber", "Kreislauf Verpackungen AG", "Verkaufsleiter", connected="2025-06-16")
ex.conv(W, "supplier_after_talk", "de", "Verpackungslieferant bezieht sich auf ihren Vortrag zur ReBox", [
    ("w_pack", "2025-06-17 08:00", "Grüezi Frau Bächli, an Ihrem Vortrag in Bern haben Sie gesagt, dass die ReBox bei Gemüse scheitert, weil die Deckel nach 30 Waschgängen undicht werden. "
     "Wir stellen in Thurgau Mehrwegdeckel aus PP-Rezyklat her, die 120 Zyklen im Industriespüler schaffen, geprüft von der ZHAW. Darf ich Ihnen Muster schicken?"),
    ("me", "2025-06-17 10:00", "Grüezi Herr Huber, ja, bitte Muster an Herrn Egli an der ZHAW und an mich."),
])

P("w_lca", "Dr. James Whitaker", "Tideline Climate Advisory", "Principal", connected="2024-10-14")
ex.conv(W, "public_register", "en", "climate adviser refers to Limmatmarkt's entry in the SBTi target register", [
    ("w_lca", "2024-10-15 11:00", "Dear Corinne, I noticed Limmatmarkt's near-term target was validated last month (it's now on the SBTi target dashboard). "
     "The FLAG target in there will need a deforestation-free commitment by end of 2025, which many retailers underestimate. We've helped two European grocers meet it. "
     "I'd be glad to share a short note on what the validators look for, no strings."),
    ("me", "2024-10-16 08:30", "Dear James, please do send the note. We have Carbonwise on Scope 3 but FLAG is new territory for us."),
])

P("w_transl", "Chiara Pedrazzini", "", "Übersetzerin DE/FR/IT", connected="2025-02-03")
ex.conv(W, "site_visited", "de", "Übersetzerin stellt fest, dass der Bericht nur DE/EN ist, trotz Filialen in Romandie und Tessin", [
    ("w_transl", "2025-02-04 09:00", "Grüezi Frau Bächli, ich habe auf limmatmarkt.ch gesehen, dass der Nachhaltigkeitsbericht nur auf Deutsch und Englisch vorliegt, "
     "obwohl Sie seit letztem Jahr 11 Filialen in der Romandie und im Tessin haben. Ich übersetze seit 12 Jahren Nachhaltigkeitsberichte ins Französische und Italienische "
     "(u.a. für zwei Kantonalbanken). Falls Sie das für 2025 planen, schicke ich gern eine Probeübersetzung von zwei Seiten."),
    ("me", "2025-02-04 11:00", "Grüezi Frau Pedrazzini, guter Punkt, das kam auch von unserer Filiale in Lugano. Ja, bitte Probeübersetzung."),
])

P("w_recr", "Thomas Gisler", "Gisler Executive Search", "Partner", connected="2025-09-08")
ex.conv(W, "recruiter_relevant_role", "en", "recruiter with relevant CSO role at a food cooperative", [
    ("w_recr", "2025-09-09 10:00", "Dear Corinne, I'm searching for a Chief Sustainability Officer for a Swiss food cooperative (member of the executive board). "
     "The board specifically mentioned the supplier-engagement approach you described at the Bern forum. It's a step up from your current role. Would you consider a confidential call?"),
    ("me", "2025-09-10 19:00", "Thank you, Thomas. I'm not looking, but I'd hear you out. Next week?"),
])

P("w_audit", "Sandra Moser", "Sozialaudit Schweiz GmbH", "Geschäftsführerin", connected="2025-03-17")
ex.conv(W, "mutual_contact", "de", "Sozialaudit-Firma über gemeinsamen Kontakt Beat Imhof", [
    ("w_audit", "2025-03-18 08:00", "Grüezi Frau Bächli, Beat Imhof hat mir erzählt, dass Sie für die spanischen Gemüselieferanten unabhängige Sozialaudits suchen, wegen der Erntehelfer in Almería. "
     "Wir machen das seit acht Jahren mit spanischsprachigen Auditorinnen, unangekündigt. Hätten Sie Zeit für ein kurzes Gespräch?"),
    ("me", "2025-03-18 09:30", "Grüezi Frau Moser, ja, Beat hat Sie erwähnt. Donnerstag 14 Uhr?"),
])

P("w_app", "Nico Brändli", "Rettomat", "Co-Founder", connected="2024-11-25")
ex.conv(W, "read_post", "de", "Food-Waste-Startup reagiert auf ihren LinkedIn-Post zu Abschreibungen bei Brot", [
    ("w_app", "2024-11-26 09:00", "Grüezi Frau Bächli, Ihr Post zu den Brot-Abschreibungen am Abend (8 % in den Bahnhofsfilialen) hat mich nicht losgelassen. "
     "Unsere App verkauft Überschüsse ab 18 Uhr an Pendler, wir laufen schon bei einer Bäckereikette in Bern und haben dort die Abschreibung halbiert. "
     "Wäre ein Test in zwei Bahnhofsfilialen denkbar?"),
    ("me", "2024-11-26 12:00", "Grüezi Herr Brändli, die Bahnhofsfilialen sind genau das Thema. Schicken Sie mir die Zahlen aus Bern."),
])

P("w_cool", "Mark Jansen", "CoolCircle Engineering", "Refrigeration Retrofit Lead", connected="2025-01-06")
ex.conv(W, "specific_problem_named", "en", "refrigeration engineer names their remaining R404A systems from the report", [
    ("w_cool", "2025-01-07 10:00", "Hi Corinne, your report says 38 stores still run R404A refrigeration and that the phase-out is planned 'by 2030'. "
     "With the Swiss ChemRRV rules tightening, the service gas for those will get scarce well before that. We retrofit to CO2 transcritical during night hours without closing the store. "
     "I could share the case study from a Dutch chain with similar store sizes."),
    ("me", "2025-01-07 14:00", "Mark, you're right that it's worrying us. Please send the case study to me and our facility manager, Roger Bühler."),
])

P("w_solar", "Fabian Keller", "Sonnenwerk Ostschweiz AG", "Projektleiter", connected="2024-08-05")
ex.conv(W, "public_tender", "de", "Solarfirma bezieht sich auf Limmatmarkts Ausschreibung auf simap", [
    ("w_solar", "2024-08-06 08:30", "Grüezi Frau Bächli, wir haben gesehen, dass Limmatmarkt auf simap die PV-Anlagen auf den Verteilzentren Dietikon und Schlieren ausgeschrieben hat. "
     "Wir werden ein Angebot einreichen, hätten aber vorher eine fachliche Frage zur Dachlast in Schlieren, die in den Unterlagen fehlt. Wer wäre die richtige Ansprechperson?"),
    ("me", "2024-08-06 10:00", "Grüezi Herr Keller, bitte alle Fragen über das Frageforum auf simap, damit alle Anbieter die gleiche Info haben. Danke fürs Interesse!"),
])

P("w_integr", "Elena Rossi", "DataBridge Sustainability", "Solution Architect", connected="2025-04-07")
ex.conv(W, "tools_setup", "en", "integrator knows her tool stack (Sustainly + SAP) and the manual export", [
    ("w_integr", "2025-04-08 09:00", "Hi Corinne, Julien at Sustainly mentioned that your team still exports energy data from SAP to Excel every month to load it into Sustainly. "
     "We've built a certified connector between the two, so the meter data flows nightly. Setup is about 10 days. Would a 20-minute demo with Jan be worth it?"),
    ("me", "2025-04-08 11:00", "Ha, Julien knows our pain. Yes, let's do it."),
])

P("w_textile", "Lara Fischer", "ReWear Kreislauf AG", "Business Development", connected="2025-08-25")
ex.conv(W, "press_item", "de", "Textilrecycler bezieht sich auf Zeitungsartikel zum Rücknahme-Pilot", [
    ("w_textile", "2025-08-26 09:00", "Grüezi Frau Bächli, im Zürcher Tagblatt stand, dass Limmatmarkt in fünf Filialen Textilien zurücknimmt und nicht weiss, wohin mit den 12 Tonnen. "
     "Wir sortieren in Frauenfeld und führen 60 % in die Wiederverwendung in der Schweiz zurück, mit Nachweis pro Lieferung. Darf ich Ihnen ein Angebot machen?"),
    ("me", "2025-08-26 13:00", "Grüezi Frau Fischer, ja, die Frage beschäftigt uns tatsächlich. Gerne ein Angebot mit Nachweisbeispiel."),
])

P("w_label", "Simon Baer", "Swiss Packaging Institute", "Head of Certification", connected="2024-06-17")
ex.conv(W, "read_interview", "mixed", "Zertifizierer reagiert auf ihr Zeitungsinterview zu Recyclingfähigkeit", [
    ("w_label", "2024-06-18 08:00", "Grüezi Frau Bächli, in Ihrem Interview mit dem Zürcher Tagblatt haben Sie gesagt, dass Sie bei Eigenmarken noch keine unabhängige Prüfung der Recyclingfähigkeit haben. "
     "Wir bieten genau das an, nach dem neuen Swiss Recyclability Standard. Happy to walk your packaging team through the criteria in English if that's easier for them."),
    ("me", "2024-06-18 09:00", "Grüezi Herr Baer, gerne. Our packaging lead is British, so English is perfect."),
])

# ---------------------------------------------------------------- junk (38)

P("j_esg", "Ryan Mitchell", "GreenMetrics AI", "SDR", connected="2025-02-10")
ex.conv(J, "generic_software_pitch", "en", "generic ESG software pitch (counterpart to the tailored Scope 3 pitch)", [
    ("j_esg", "2025-02-10 10:00", "Hi Corinne, ESG reporting is complex. GreenMetrics AI automates your entire sustainability reporting in one platform, CSRD, GRI, SASB, you name it. "
     "Trusted by 500+ companies. Can I show you a quick demo?"),
    ("j_esg", "2025-02-17 10:00", "Hi Corinne, circling back on this. Would next week work for a demo?"),
])
P("j_pack", "Li Mei", "Ningbo GreenPack Co., Ltd.", "Sales Manager", connected="2025-04-14")
ex.conv(J, "generic_product_catalogue", "en", "mass packaging catalogue (counterpart to tailored lid supplier)", [
    ("j_pack", "2025-04-14 03:00", "Dear Purchasing Manager, we are leading manufacturer of eco-friendly packaging: paper bag, PLA cup, bamboo cutlery. Low MOQ, factory price. Please send your inquiry."),
], folder="SPAM")
P("j_consult", "Markus Baumgartner", "Nachhaltig Erfolgreich GmbH", "Berater", connected="2024-09-16")
ex.conv(J, "offers_what_she_does", "de", "bietet 'Nachhaltigkeitsmanager auf Zeit' an, also genau ihre eigene Rolle", [
    ("j_consult", "2024-09-16 09:00", "Guten Tag Frau Bächli, viele Unternehmen haben keine Kapazität für ein eigenes Nachhaltigkeitsmanagement. "
     "Wir stellen Ihnen einen Nachhaltigkeitsmanager auf Zeit, der Strategie, Reporting und Lieferantenmanagement für Sie übernimmt. Darf ich Ihnen unser Angebot vorstellen?"),
])
P("j_transl", "Global Lingua Services", "Global Lingua", "Translation Team", connected="2025-05-12")
ex.conv(J, "generic_translation", "en", "generic translation agency (counterpart to the tailored translator)", [
    ("j_transl", "2025-05-12 08:00", "Hello, we provide professional translation in 120+ languages at the best price. Fast delivery, native speakers. Send us your documents for a free quote!"),
])
P("j_recr", "Aisha Khan", "TalentWave Global", "Recruiter", connected="2024-07-22")
ex.conv(J, "irrelevant_recruiter", "en", "irrelevant sales role (counterpart to tailored CSO search)", [
    ("j_recr", "2024-07-22 07:00", "Hi Corinne, I'm hiring for an Enterprise Account Executive at a fast-growing fintech in London. Your background looks amazing! Open to a chat?"),
])
P("j_solar", "Roman Zürcher", "SolarPlus Schweiz", "Energieberater", connected="2024-05-06")
ex.conv(J, "off_topic_product", "de", "Solaranlage fürs Eigenheim (Gegenstück zur Ausschreibungs-Antwort)", [
    ("j_solar", "2024-05-06 18:00", "Grüezi Frau Bächli, haben Sie schon an eine Solaranlage für Ihr Eigenheim gedacht? Jetzt mit Förderung bis CHF 8'000. Kostenlose Beratung vor Ort!"),
])
P("j_wine", "Henri Dubois", "Grand Cru Invest SA", "Client Advisor", connected="2025-01-13")
ex.conv(J, "off_topic_investment", "en", "wine investment pitch", [
    ("j_wine", "2025-01-13 12:00", "Dear Corinne, fine wine has delivered 10% annual returns over two decades. May I send you our 2025 Bordeaux en primeur allocation?"),
])
P("j_crypto", "Valentina Rossi", "Alpine Digital Assets", "Wealth Partner", connected="2024-10-21")
ex.conv(J, "off_topic_investment", "de", "Krypto-Anlage", [
    ("j_crypto", "2024-10-21 21:00", "Hallo Corinne, immer mehr Führungskräfte in der Schweiz investieren in digitale Assets mit KI-gestütztem Trading. Darf ich Ihnen das diskret vorstellen?"),
    ("j_crypto", "2024-10-28 21:00", "Hallo Corinne, hatten Sie Gelegenheit, meine Nachricht zu lesen?"),
], folder="SPAM")
P("j_capacity", "Jordan Blake", "ClientFlow Agency", "Founder", connected="2025-03-03")
ex.conv(J, "capacity_new_clients", "en", "asks if she has capacity for new clients (she is not a service provider)", [
    ("j_capacity", "2025-03-03 15:00", "Hey Corinne, quick question - do you have capacity to take on 5-10 new clients per month? We help consultants fill their pipeline on autopilot."),
])
P("j_lm", "Pascal Rüfenacht", "Rüfenacht Ventures", "Entrepreneur | Speaker | Investor", connected="2025-05-26")
ex.conv(J, "like_minded_connect", "de", "Vernetzung unter gleichgesinnten Unternehmern", [
    ("j_lm", "2025-05-26 07:00", "Hoi Corinne, ich vernetze mich gern mit gleichgesinnten Unternehmern und Macherinnen aus der Region Zürich. Lass uns doch mal austauschen, bestimmt gibt es Synergien!"),
])
P("j_15", "Ben Carter", "ScaleBright Consulting", "Managing Partner", connected="2024-12-09")
ex.conv(J, "quick_call", "en", "quick 15-minute call, generic", [
    ("j_15", "2024-12-09 09:00", "Hi Corinne, would you be open to a quick 15-minute call this week? I help leaders unlock growth through better processes. Calendar: calendly.com/bencarter/15"),
])

P("j_ctp1", "Sabrina Lehmann", "Sichtbar Consulting", "Personal Branding Coach", connected="2025-07-14",
  invite=("IN", "2025-07-13 20:00", ""))
ex.conv(J, "connect_then_pitch", "de", "connect-then-pitch: Smalltalk, sie antwortet, Pitch in Nachricht 3", [
    ("j_ctp1", "2025-07-14 08:00", "Hoi Corinne, merci fürs Vernetzen! Warst du auch am Forum in Bern? Ich fand das Panel zu Lieferketten spannend."),
    ("me", "2025-07-14 12:00", "Hoi Sabrina, ja, ich sass sogar auf dem Panel 😄"),
    ("j_ctp1", "2025-07-14 12:15", "Wow, super! Gerade Expertinnen wie du sollten auf LinkedIn viel sichtbarer sein. Ich habe ein 6-Wochen-Programm für Personal Branding, jetzt CHF 1'490 statt 1'990. "
     "Wollen wir kurz telefonieren?"),
])
P("j_ctp2", "Oliver Grant", "NetZero Partners", "Business Development", connected="2025-10-06",
  invite=("IN", "2025-10-05 22:00", "Hi Corinne, admire your work in sustainability!"))
ex.conv(J, "connect_then_pitch", "en", "connect-then-pitch: compliment, then offsets pitch with no reply", [
    ("j_ctp2", "2025-10-06 08:00", "Thanks for connecting, Corinne! It's great to meet fellow sustainability champions. What are you focused on this year?"),
    ("j_ctp2", "2025-10-09 08:00", "I ask because we offer high-quality carbon credits that let companies become climate neutral instantly. Happy to send a portfolio?"),
])
P("j_ctp3", "Michael Frey", "Frey Leadership Coaching", "Executive Coach", connected="2024-11-04",
  invite=("IN", "2024-11-03 18:00", ""))
ex.conv(J, "connect_then_pitch", "de", "connect-then-pitch: Frage nach Karriere, dann Coaching", [
    ("j_ctp3", "2024-11-04 09:00", "Grüezi Frau Bächli, danke für die Vernetzung. Wie sind Sie eigentlich zur Nachhaltigkeit gekommen?"),
    ("me", "2024-11-04 20:00", "Über ein Praktikum bei einer NGO, dann bin ich hängengeblieben."),
    ("j_ctp3", "2024-11-05 08:30", "Schön! Viele Führungskräfte in Ihrer Position fühlen sich zwischen Geschäftsleitung und Idealen zerrissen. In meinem Coaching-Programm finden Sie Ihre Balance wieder. Darf ich Ihnen Unterlagen senden?"),
    ("j_ctp3", "2024-11-12 08:30", "Kurz nachgefragt, Frau Bächli 🙂"),
])
P("j_bump", "Tanja Meier", "Bewertungspilot", "Kundenberaterin", connected="2025-04-07")
ex.conv(J, "follow_up_bumps", "de", "drei Nachfass-Nachrichten ohne Antwort", [
    ("j_bump", "2025-04-07 09:00", "Grüezi Frau Bächli, mit mehr Google-Bewertungen gewinnen Ihre Filialen mehr Kunden. Interesse an einer Demo?"),
    ("j_bump", "2025-04-14 09:00", "Grüezi Frau Bächli, ich hole meine Nachricht nochmals nach oben."),
    ("j_bump", "2025-04-23 09:00", "Soll ich das Thema schliessen?"),
])
P("j_bump2", "Kevin O'Neill", "OfficeGreen", "Account Manager", connected="2024-06-03")
ex.conv(J, "follow_up_bumps", "en", "plants-for-offices bumps without reply", [
    ("j_bump2", "2024-06-03 10:00", "Hi Corinne, bring nature into your office! We offer plant subscriptions for workplaces. Interested?"),
    ("j_bump2", "2024-06-17 10:00", "Hi Corinne, just following up on my last note."),
])

# one template, five senders (one in German)
P("t1", "Hailey Morgan", "Impact Stories Agency", "Founder", connected="2025-01-27")
P("t2", "Lucas Bennett", "GreenVoice Media", "Growth Director", connected="2025-03-24")
P("t3", "Freya Olsen", "Purpose Narrative Co.", "CEO", connected="2025-05-19")
P("t4", "Raphael Amstutz", "Wirkung Kommunikation", "Inhaber", connected="2025-08-11")
P("t5", "Nathan Price", "Sustain Story Lab", "Co-founder", connected="2025-10-27")
ex.conv(J, "template_campaign", "en", "template 1/5: sustainability storytelling, fills retail", [
    ("t1", "2025-01-27 10:00", "Hi Corinne, I came across your work at Limmatmarkt and love what you're doing for sustainable retail! "
     "We help sustainability leaders turn their impact into stories that win customers and talent, with a proven content system. "
     "Would you be open to a short call to see if there's a fit?"),
])
ex.conv(J, "template_campaign", "en", "template 2/5: same template, fills supply chains", [
    ("t2", "2025-03-24 11:00", "Hi Corinne, came across your profile and love what you're doing for sustainable supply chains! "
     "We help sustainability leaders turn impact into stories that win customers and talent using our proven content system. "
     "Open to a short call to see if there's a fit?"),
])
ex.conv(J, "template_campaign", "en", "template 3/5: same template, fills food industry", [
    ("t3", "2025-05-19 09:00", "Hello Corinne! I came across Limmatmarkt AG and really love what you're doing in the food industry. "
     "We help sustainability teams turn their impact into compelling stories with a proven content system. Would a short call make sense?"),
    ("t3", "2025-05-26 09:00", "Hi Corinne, just bumping this in case it got buried."),
])
ex.conv(J, "template_campaign", "de", "Vorlage 4/5: gleiche Vorlage auf Deutsch", [
    ("t4", "2025-08-11 14:00", "Grüezi Frau Bächli, ich bin auf Ihre Arbeit bei Limmatmarkt gestossen und finde toll, was Sie für den nachhaltigen Detailhandel machen! "
     "Wir helfen Nachhaltigkeitsverantwortlichen, ihre Wirkung in Geschichten zu verwandeln, die Kunden und Talente gewinnen, mit einem bewährten Content-System. "
     "Hätten Sie Lust auf ein kurzes Gespräch?"),
])
ex.conv(J, "template_campaign", "en", "template 5/5: same template reworded", [
    ("t5", "2025-10-27 15:00", "Hey Corinne, stumbled on your work at Limmatmarkt, love what you're doing for sustainable retail. "
     "Quick one: we've a proven content system that turns sustainability impact into stories that win customers and talent. Worth a short call to see if it fits?"),
])

P("m1", "Connor Hayes", "PipelineIQ", "SDR", connected="2024-08-26")
ex.conv(J, "merge_tag_failure", "en", "unfilled {first_name} / {company} tags", [
    ("m1", "2024-08-26 13:00", "Hi {first_name}, I noticed {company} is scaling fast and wanted to reach out. We help teams like yours book more qualified meetings. Free for a quick call Thursday?"),
])
P("m2", "Daniela Hug", "Lohn Service Plus", "Verkauf", connected="2025-06-30")
ex.conv(J, "merge_tag_failure", "de", "ungefüllter {{Vorname}}-Platzhalter", [
    ("m2", "2025-06-30 09:00", "Hallo {{Vorname}}, als Unternehmerin kennen Sie das: die Lohnbuchhaltung frisst Zeit. Wir übernehmen das ab CHF 9 pro Mitarbeiter. Darf ich eine Offerte senden?"),
])
P("m3", "Patrick Lang", "Event Solutions Zürich", "Key Account", connected="2025-09-22")
ex.conv(J, "merge_tag_failure", "en", "wrong name and wrong company (Carine at Limmatmode)", [
    ("m3", "2025-09-22 10:00", "Dear Carine, congratulations on Limmatmode's new autumn collection! We organise fashion shows and pop-up events for clothing brands. Can we set up a call?"),
])
P("m4", "Isabelle Roth", "ProcureNow", "Partnerships", connected="2024-12-16")
ex.conv(J, "merge_tag_failure", "en", "unfilled [Company] and [pain point] placeholders", [
    ("m4", "2024-12-16 08:00", "Hi Corinne, I saw that [Company] is focused on [pain point] this year. Our procurement platform helps teams like yours save 12% on indirect spend. Worth a look?"),
])

P("sp1", "Evergreen Executive Education", "Evergreen", "", url="https://www.linkedin.com/company/evergreen-executive-education")
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail for a sustainability leadership course", [
    ("sp1", "2025-02-24 12:00", "Corinne, lead the green transition. Our online Sustainability Leadership Certificate starts in April. Download the brochure today."),
], title="Sponsored Conversation", subject="Become a sustainability leader")
P("sp2", "Helvetic Business Bank", "Helvetic Business Bank", "", url="https://www.linkedin.com/company/helvetic-business-bank")
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail für ein Geschäftskonto", [
    ("sp2", "2025-07-07 12:00", "Grüezi Corinne, das Geschäftskonto für KMU: keine Kontoführungsgebühren im ersten Jahr. Jetzt online eröffnen."),
], title="Sponsored Conversation", subject="Ihr neues KMU-Konto")

P("award", "Charlotte Weber", "European Sustainability Excellence Awards", "Awards Manager", connected="2025-04-28")
ex.conv(J, "paid_award", "en", "award requiring a fee", [
    ("award", "2025-04-28 10:00", "Congratulations Corinne! Limmatmarkt AG has been selected as 'Sustainability Leader in Retail 2025 - DACH'. "
     "To confirm the award and receive your trophy, digital badge and PR package, a participation fee of EUR 1,850 applies. Please confirm by the 9th."),
])
P("feature", "Urs Wenger", "Wirtschaftsführer Schweiz", "Verlagsleiter", connected="2024-09-02")
ex.conv(J, "paid_feature", "de", "bezahltes Porträt im Magazin", [
    ("feature", "2024-09-02 14:00", "Grüezi Frau Bächli, unsere Redaktion hat Sie für die Rubrik 'Köpfe der Nachhaltigkeit' ausgewählt! "
     "Für das doppelseitige Porträt inkl. Fotoshooting verrechnen wir einen Unkostenbeitrag von CHF 3'200."),
])
P("podcast", "Kayla Brooks", "Green Leaders Podcast", "Host", connected="2025-11-10")
ex.conv(J, "paid_podcast", "en", "podcast slot with production fee", [
    ("podcast", "2025-11-10 16:00", "Hi Corinne! We'd love to feature you on the Green Leaders Podcast (top 1% globally). Guests contribute USD 750 towards production and promotion. Interested?"),
    ("podcast", "2025-11-17 16:00", "Hi Corinne, just checking in, we have two December slots left!"),
])
P("fluent", "Dr. Felix Brunschwiler", "Brunschwiler Strategy Partners", "Partner", connected="2025-09-29")
ex.conv(J, "fluent_names_company", "de", "flüssiger Pitch mit Firmennamen, aber beliebig", [
    ("fluent", "2025-09-29 09:00", "Sehr geehrte Frau Bächli, mit grossem Interesse verfolge ich die Entwicklung der Limmatmarkt AG. "
     "Unternehmen in einer solchen Phase stehen oft vor der Frage, wie Strategie, Organisation und Kultur gemeinsam weiterentwickelt werden können. "
     "Gerne würde ich mich mit Ihnen über Ihre Prioritäten für 2026 austauschen."),
])
P("j_offsets", "Aiden Cross", "CarbonZero Now", "Partnerships Lead", connected="2024-07-08")
ex.conv(J, "generic_service_pitch", "en", "carbon offsets for 'climate neutral' claims", [
    ("j_offsets", "2024-07-08 10:00", "Hi Corinne, become climate neutral today! Our verified offsets let you put a climate-neutral label on every product from CHF 8 per tonne. Let's talk?"),
])
P("j_mlm", "Jasmin Graf", "", "Unabhängige Beraterin", connected="2025-03-31")
ex.conv(J, "off_topic_product", "de", "Hautpflege-MLM", [
    ("j_mlm", "2025-03-31 22:00", "Hoi Corinne 🌸 ich hoffe, das ist okay, dass ich dir schreibe! Ich habe eine vegane Naturkosmetik-Linie entdeckt, die perfekt zu deinem nachhaltigen Lifestyle passt. "
     "Und man kann sich damit etwas dazuverdienen 😉 Magst du mehr hören?"),
])
P("j_seo", "Vikram Singh", "RankFirst Solutions", "Digital Marketing Expert", connected="2025-06-23")
ex.conv(J, "generic_seo", "en", "SEO ranking guarantee", [
    ("j_seo", "2025-06-23 05:00", "Hello, I can get your website on Google first page within 60 days. Guaranteed. May I share our packages?"),
])
P("j_office", "Sandro Bieri", "Kaffee Service Zürich", "Aussendienst", connected="2024-10-07")
ex.conv(J, "off_topic_product", "de", "Kaffeemaschinen fürs Büro", [
    ("j_office", "2024-10-07 11:00", "Grüezi, wir bieten Kaffeemaschinen fürs Büro zur Miete, inkl. Service und Bohnen. Jetzt 2 Monate gratis testen!"),
])
P("j_coach", "Nicole Widmer", "Strahlende Führung", "Coach für Frauen", connected="2025-08-04")
ex.conv(J, "generic_coaching", "de", "Coaching für Frauen in Führung", [
    ("j_coach", "2025-08-04 07:30", "Liebe Corinne, viele Frauen in Führungspositionen fragen sich: Ist das alles? In meinem Mentoring findest du Klarheit und Kraft. Kostenloses Erstgespräch?"),
])
P("j_ai", "Dominik Stalder", "KI Automation Schweiz", "Gründer", connected="2025-12-01")
ex.conv(J, "generic_service_pitch", "de", "KI-Automatisierung", [
    ("j_ai", "2025-12-01 08:00", "Grüezi Frau Bächli, wie viele Stunden verbringt Ihr Team mit repetitiven Aufgaben? Wir automatisieren Prozesse mit KI und sparen bis zu 20 Stunden pro Woche. Kurzer Austausch?"),
])
P("j_event", "Laura Kunz", "Swiss Leaders Summit", "Delegate Relations", connected="2025-01-06")
ex.conv(J, "paid_event_pitch", "de", "kostenpflichtiges 'exklusives' Gipfeltreffen", [
    ("j_event", "2025-01-06 10:00", "Grüezi Frau Bächli, Sie wurden für den Swiss Leaders Summit 2025 nominiert! Sichern Sie sich Ihr Delegierten-Ticket zum Vorzugspreis von CHF 2'450 (statt 3'900)."),
    ("j_event", "2025-01-13 10:00", "Nur noch wenige Plätze verfügbar, Frau Bächli!"),
])
ex.write(OUT,
         {"First Name": "Corinne", "Last Name": "Bächli",
          "Headline": "Leiterin Nachhaltigkeit / Head of Sustainability @ Limmatmarkt AG | Lieferketten, Klima, Kreislaufwirtschaft",
          "Summary": "Ich verantworte bei Limmatmarkt (140 Filialen) die Nachhaltigkeitsstrategie: Klimaziele, Lieferketten, Verpackung und Food Waste. "
                     "I believe supplier data is a relationship, not a spreadsheet.",
          "Industry": "Retail", "Geo Location": "Zürich, Schweiz",
          "Websites": "[COMPANY:limmatmarkt.ch]"},
         [{"Company Name": "Limmatmarkt AG", "Title": "Leiterin Nachhaltigkeit",
           "Description": "Nachhaltigkeitsstrategie, Bericht nach OR, Scope 3, Mehrweg (ReBox).", "Location": "Zürich", "Started On": "Feb 2017"},
          {"Company Name": "Fair Cacao Alliance", "Title": "Programme Officer", "Location": "Bern", "Started On": "Sep 2011", "Finished On": "Jan 2017"}],
         ["Sustainability Strategy", "Scope 3", "Supply Chain Management", "Circular Economy", "ESG Reporting", "Stakeholder Engagement"])
print(ex.summary())

"""dev18 persona (written blind as heldout24, session 4): Persona heldout24 / mixed-ski-school-owner-davos (written blind, session 4).

Corina Brunold owns Schneestern Ski- & Snowboardschule in Davos (40 seasonal instructors,
Kinderland at the Bolgen). Export layout 2026. Swiss German (written Swiss Standard German and
some dialect) and English about half and half. Every person, company and message is invented
and written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-ski-school-owner-davos"
OUT = HERE.parents[1] / SLUG

owner = Person("me", "Corina Brunold", "https://www.linkedin.com/in/corina-brunold-schneestern",
               "Schneestern Ski- & Snowboardschule Davos", "Inhaberin")
ex = Export(SLUG, "2026", owner)
P = ex.person
C = ex.conv

# ------------------------------------------------------------------ people
P("guest_uk", "Fiona Gallagher", "", "Paediatric nurse")
P("hotel", "Reto Casutt", "Hotel Alpenrösli Davos Platz", "Chef Concierge", connected="2016-12-01")
P("tourop", "James Holloway", "Summit Schools Travel", "Operations Manager", connected="2019-09-10")
P("skis", "Martina Gredig", "Bergkant Skis AG", "Key Account Managerin Verleih", connected="2018-04-20")
P("tourism", "Andrea Flütsch", "Destination Davos Gäste-Service", "Partnerbetreuung", connected="2017-05-15")
P("app_nz", "Hamish Cole", "", "Ski instructor (NZSIA Level 2)")
P("app_de", "Luisa Hartmann", "", "Skilehrer-Anwärterin, Sportstudentin")
P("app_back", "Nico Sprecher", "Schneestern", "Snowboardlehrer", connected="2020-12-20")
P("events", "Charlotte Dunn", "Peak Corporate Events", "Senior Event Manager")
P("guide", "Men Bivetti", "Bergführerbüro Davos", "Bergführer", connected="2015-11-30")
P("recruit", "Sabrina Ammann", "Alpin Hospitality Personal AG", "Personalberaterin", connected="2025-08-04")
P("spam_guest", "Pieter Jansen", "", "Architect")
P("race1", "Emma Whitcombe", "", "Parent", connected="2026-02-15")
P("race2", "Tom Hargreaves", "", "Parent")
P("race3", "Sandra Kuster", "", "Mutter von Lina", connected="2023-01-05")
P("bahnen", "Gian Luca Candrian", "Davos Bergbahnen AG", "Leiter Verkauf", connected="2016-10-10")
P("exinst", "Flurin Caduff", "", "Skilehrer / Landwirt", connected="2014-12-15")
P("friend", "Seraina Mettier", "Skischule Lenzerheide Süd", "Skischulleiterin", connected="2011-04-01")
P("famuk", "David Ashworth", "Ashworth & Co", "Partner", connected="2017-02-25")
P("lux", "Isabelle Moreau", "Grand Hotel Seehorn Davos", "Director of Sales", connected="2022-11-11")
P("dutch", "Marloes Bakker", "SneeuwReis Scholen", "Groepsreizen", connected="2024-06-06")
P("shop", "Beat Jenny", "Jenny Sport Davos", "Geschäftsführer", connected="2013-11-01")
P("inst_sick", "Ladina Hosang", "Schneestern", "Skilehrerin", connected="2022-12-10")
P("tourism2", "Jonas Bärtsch", "Destination Davos Gäste-Service", "Marketing & Content")
P("journo", "Rebecca Lyle", "", "Freelance travel writer")
P("adaptive", "Mark Feeney", "", "Retired firefighter")
P("treuhand", "Ursula Pleisch", "Pleisch Treuhand AG", "Treuhänderin", connected="2016-01-20")
P("sss", "Reto Giger", "Swiss Snowsports", "Ausbildungsleiter", connected="2012-09-01")
P("head1", "Mattia Sutter", "Schneestern", "Chef-Skilehrer", connected="2015-12-01")
P("head2", "Kirsty MacLeod", "Schneestern", "Head of Snowboard", connected="2019-12-05")
P("complain", "Oliver Brandt", "", "Software Engineer")
P("inst_room", "Sophie Turner", "", "Ski instructor (BASI Level 3)")
P("brandrep", "Dario Walser", "Bergkant Skis AG", "Aussendienst Graubünden", connected="2020-01-15")
P("corp", "Nadine Egli", "Zürisee Versicherungen AG", "HR Business Partnerin")
P("school", "Thomas Rüegg", "Kantonsschule Limmattal", "Sportlehrer")
P("gemeinde", "Claudio Ardüser", "Gemeinde Davos", "Bewilligungen & Sport")
# wanted pitches
P("w_sched", "Ellie Marsh", "SlopeDesk", "Co-founder")
P("w_kids", "Patrick Zogg", "Zwergli Schneesport-Material", "Verkauf Schweiz", connected="2025-10-26",
  invite=("IN", "2025-10-26 09:10", "Grüezi Frau Brunold, ich war am Schneesportforum in Chur - Ihr Referat zum Kinderland hat mich begeistert."))
P("w_photo", "Lena Gasser", "Pistenbild", "Fotografin")
P("w_phone", "Adam Price", "AlpineDesk Reception", "Founder")
P("w_china", "Wei Zhang", "Jade Peak Travel", "Product Manager Europe")
P("w_depot", "Remo Hassler", "Hassler Holzbau AG", "Projektleiter")
P("w_twint", "Simone Camenisch", "PayAlp", "Partnerbetreuung")
P("w_recruit", "Tom Bradley", "Snowcrew Recruitment", "Director", connected="2025-11-03",
  invite=("IN", "2025-11-03 20:14", "Hi Corina - saw your ad for February instructors, think I can help."))
P("w_helmet", "Fabienne Roth", "CleanHelm Schweiz", "Gründerin")
P("w_social", "Noah Keller", "", "Freelance content creator, ex-Skilehrer")
P("w_lawinen", "Sandro Bundi", "Lawinenkurs Graubünden", "Bergführer & Ausbildner")
P("w_transl", "Anke de Graaf", "", "Freelance vertaler NL-DE-EN")
# junk
P("j_seo", "Jake Morrison", "PeakRank Media", "Growth Lead")
P("j_forex", "Mike Rossi", "", "Trader | Mentor | Freedom")
P("j_lessons", "Tim Berger", "SkiBuddy Marketplace", "Partner Manager")
P("j_capacity", "Laura Frei", "Kundenfinder GmbH", "Business Development")
P("j_likeminded", "Marco Stettler", "Stettler Holding", "Entrepreneur | Visionär")
P("j_15", "Aaron Blake", "HospitalityROI", "Revenue Consultant")
P("j_ctp1", "Yannick Weber", "Weber Energie Beratung", "Energieberater",
  connected="2025-09-15", invite=("IN", "2025-09-15 08:20", ""))
P("j_ctp2", "Stacey Lang", "BrandLift Agency", "Account Director",
  connected="2025-10-06", invite=("IN", "2025-10-06 13:05", "Love your ski school's vibe!"))
P("j_ctp3", "Roger Zimmermann", "VorsorgePlus", "Finanzberater",
  connected="2025-12-01", invite=("IN", "2025-12-01 19:30", "Hoi Corina, gern vernetzt!"))
P("j_ctp4", "Chris Hunt", "Alpine Drone Films", "Founder",
  connected="2026-01-12", invite=("IN", "2026-01-12 10:00", ""))
P("j_bump1", "Sara Meier", "Textildruck Express", "Verkauf")
P("j_bump2", "Ben Carter", "GuestReviews Pro", "Sales")
P("j_tpl1", "Emily Ward", "StayBoost", "Partnerships")
P("j_tpl2", "Jack Dillon", "BookDirect Labs", "Account Executive")
P("j_tpl3", "Hannah Price", "RevPeak", "Business Development")
P("j_tpl4", "Sam Whitaker", "TourGrowth", "SDR")
P("j_tpl5", "Lukas Vogel", "Buchungsturbo GmbH", "Vertrieb")
P("j_merge1", "Kelly Adams", "SnowGear Wholesale", "Sales")
P("j_merge2", "Reto Maurer", "Maurer Reinigung", "Inhaber")
P("j_merge3", "Natalie Fox", "WellnessPro Spa Supplies", "Account Manager")
P("j_merge4", "Jan Koller", "Koller Gastro Systeme", "Verkauf")
P("s_bank", "Helvetia Privatbank", "Helvetia Privatbank", "",
  url="https://www.linkedin.com/company/helvetia-privatbank-example")
P("s_mba", "Lakeside Business School", "Lakeside Business School", "",
  url="https://www.linkedin.com/company/lakeside-business-school")
P("s_suv", "Alpina Motors", "Alpina Motors", "", url="https://www.linkedin.com/company/alpina-motors")
P("j_award", "Victoria Hale", "World Snow Tourism Awards", "Nominations Team")
P("j_guide", "Peter Brunner", "Schweizer Ferien Guide", "Anzeigenverkauf")
P("j_fluent", "Daniel Kessler", "Nexora Experience Cloud", "Enterprise Account Executive")
P("j_booking", "Olivia Reed", "SkiSchoolPro", "Sales")
P("j_photog", "Mia Huber", "FotoPunkt", "Fotografin")
P("j_staff", "Rick Jansen", "EuroStaff Agency", "Recruitment Manager")
P("j_call", "Priya Das", "CallBridge Outsourcing", "Business Development")
P("j_smm", "Lara Müller", "SocialBoost Agentur", "Account Managerin")
P("j_crypto", "Sven Olsen", "", "Web3 Investor")
P("j_dental", "Ana Petrova", "SmileAbroad", "Patient Coordinator")
P("j_podcast", "Grant Mills", "Mountain Business Podcast", "Host")
P("j_it", "Rahul Verma", "TechNova Solutions", "Business Development Manager")
P("j_shades", "Giulia Bernasconi", "Occhiali Alpini", "Export Manager")
P("j_kredit", "Thomas Brun", "KMU Kapital Direkt", "Finanzierungsberater")

# ------------------------------------------------------------------ genuine
C("genuine", "guest_quote_request", "en", "UK family asks for a price for private lessons over Christmas (client asking for a quote)", [
    ("guest_uk", "2025-10-14 21:05", "Hi Corina, we're coming to Davos 27 Dec - 3 Jan with our two kids (6 and 9, both have done one week before). Could you give me a price for private lessons every morning, 2 hours? Or is a group better for the little one? Thanks so much, Fiona"),
    ("me", "2025-10-15 08:10", "Hi Fiona, thank you for your message! Over New Year a 2-hour private for two kids is CHF 240 per morning, so CHF 1,440 for six mornings. Our Kinderland group for the 6-year-old is CHF 395 for five mornings incl. lunch option. Many families do group for the younger one and private for the older. Happy to hold either for you."),
    ("guest_uk", "2025-10-15 19:30", "That's really helpful. Let's do private for both for 3 mornings and group after that - is that possible?"),
    ("me", "2025-10-16 07:55", "Absolutely, I've reserved it. You'll get the booking link by email."),
])
C("genuine", "hotel_partner", "de", "langjähriger Hotel-Concierge, Gruppenkontingente", [
    ("hotel", "2025-12-08 09:30", "Hoi Corina, für die Woche 27.12. händ mir scho 14 Kids im Hotel, wo Gruppenkurs wänd. Chönd ihr wieder die Abholung vor dem Hotel um 9.15 mache?"),
    ("me", "2025-12-08 10:05", "Hoi Reto, klar, mach ich. 14 isch guet, ich plane zwei Gruppen. Schickst mir d'Liste mit Alter und Niveau?"),
    ("hotel", "2025-12-08 10:12", "Mach ich bis morn. Merci vielmal!"),
])
C("genuine", "tour_operator_rates", "en", "UK school tour operator renegotiating group rates (hard case: price, contract)", [
    ("tourop", "2025-09-22 11:00", "Hi Corina, hope the summer was good. For February half term we have 4 schools booked, about 160 pupils. Last year we paid CHF 38 per pupil per 2-hour session. Our clients are really pushing on price this year - could you do CHF 35 if we guarantee 5 days and commit to 2027 as well?"),
    ("me", "2025-09-22 14:20", "Hi James, lovely to hear from you. 35 is tough - instructor wages went up 4% this season. I could do 36.50 with the 2027 commitment and if you can stagger start times (9:00 and 10:30) so I don't need 16 instructors at the same moment."),
    ("tourop", "2025-09-23 09:15", "Staggered starts should work. 36.50 it is - I'll send the contract amendment."),
])
C("genuine", "vendor_price_change", "de", "bestehender Skilieferant kündigt Preiserhöhung für die Verleihflotte an (harter Fall: Preisänderung)", [
    ("skis", "2025-11-04 10:00", "Liebe Frau Brunold, ich möchte Sie vorab persönlich informieren: Für die Saison 2026/27 erhöhen sich die Preise für die Verleihflotte um 5,5 %, bedingt durch Material- und Transportkosten. Bei Bestellung bis 31. Januar garantieren wir Ihnen noch die aktuellen Konditionen inkl. Rückkauf der alten Ski zu 30 %. Gerne bespreche ich das mit Ihnen bei unserem Besuch im Dezember."),
    ("me", "2025-11-04 13:40", "Liebe Frau Gredig, danke für die frühe Info. Wir bestellen wohl im Januar wie immer, ich möchte aber über die Kinderski reden, die haben dieses Jahr arg gelitten."),
    ("skis", "2025-11-04 14:00", "Sehr gern, Dario bringt beim Besuch Muster vom neuen Kindermodell mit."),
])
C("genuine", "tourism_event_invite", "de", "Tourismusorganisation lädt zum Partnertreffen vor der Saison", [
    ("tourism", "2025-10-20 15:00", "Liebe Corina, am 20. November findet das Partnertreffen Winter im Kongresszentrum statt. Themen: Gästekarte, WEF-Woche und die neue Buchungsplattform. Wir würden uns freuen, wenn du kurz über die Kinderkurse am Bolgen berichten könntest. Liebe Grüsse, Andrea"),
    ("me", "2025-10-20 16:15", "Liebe Andrea, ich bin dabei und erzähle gern etwas. Wie lange habe ich?"),
    ("tourism", "2025-10-20 16:30", "10 Minuten, ganz locker."),
])
C("genuine", "applicant", "en", "instructor applicant from New Zealand with CV", [
    ("app_nz", "2025-08-12 07:40", "Hi Corina, I'm a NZSIA Level 2 instructor from Wanaka, just finished my 5th season at Cardrona. I'd love to work a northern winter in Davos. I speak English and basic German (working on it!). My CV and certificates are attached. Would you have anything from mid-December? Cheers, Hamish"),
    ("me", "2025-08-13 09:00", "Hi Hamish, thanks for applying! Your profile looks good. We do take NZSIA Level 2 - can you do a video call next week? Also, do you already have an EU/EFTA passport? It makes the permit much easier."),
    ("app_nz", "2025-08-13 09:45", "Yes - I've got a UK passport through my mum. Any day next week works, I'm 10 hours ahead of you."),
], attachments={0: "https://www.linkedin.com/dms/hamish-cole-cv-2025.pdf"})
C("genuine", "applicant", "de", "Anwärterin aus Deutschland bewirbt sich", [
    ("app_de", "2025-09-03 18:20", "Grüezi Frau Brunold, ich studiere Sport in Freiburg im Breisgau und habe den Swiss Snowsports Kids Instructor letzten Winter gemacht. Ich würde mich sehr gerne für die Saison 2025/26 bei Ihnen bewerben, idealerweise im Kinderland. Ich kann ab 20. Dezember bis Ende März. Lebenslauf folgt per Mail. Freundliche Grüsse, Luisa Hartmann"),
    ("me", "2025-09-04 08:00", "Grüezi Frau Hartmann, danke für die Bewerbung! Kinderland suchen wir tatsächlich noch. Schicken Sie den Lebenslauf an jobs@, dann melde ich mich für ein Telefonat."),
])
C("genuine", "returning_instructor", "de", "Snowboardlehrer kommt zurück, Dialekt", [
    ("app_back", "2025-07-28 20:10", "Hoi Corina! Bin wieder im Land 🙂 Hesch no Platz für mi die Saison? Würd gern wieder Snowboard Kids mache und vielleicht mal Freestyle Gruppe am Jakobshorn."),
    ("me", "2025-07-28 20:40", "Nico!! Sicher hani Platz für di. Freestyle Gruppe chömmer rede, Kirsty plant das. Chunnsch mal uf en Kafi verbi?"),
    ("app_back", "2025-07-28 20:45", "Gern, nächsti Wuche!"),
])
C("genuine", "inbound_buyer", "en", "corporate event company wants to BUY a ski day for 30 guests in WEF week (hard case: inbound lead, price)", [
    ("events", "2025-11-18 10:30", "Hi Corina, I organise client events for a London bank during WEF week. We'd like a private ski morning on 22 January for about 30 guests, mixed levels, some complete beginners, followed by lunch on the mountain. Could Schneestern provide instructors and what would it cost? We need a quote by Friday for budget approval."),
    ("me", "2025-11-18 13:15", "Hi Charlotte, thank you, happy to help. WEF week is tight but the 22nd works. For 30 guests I'd plan 5 instructors (groups of 6 by level) for 3 hours: CHF 2,750 incl. equipment advice and meeting point service. Lunch I'd book with the Jatzhütte directly. I'll send a formal quote tomorrow."),
    ("events", "2025-11-18 13:40", "Perfect, that's within what we hoped. Tomorrow is great."),
])
C("genuine", "peer_joint_offer", "de", "Bergführer schlägt gemeinsames Freeride-/Lawinenkurs-Paket vor (harter Fall: gemeinsames Angebot, Preise)", [
    ("guide", "2025-10-02 19:00", "Sali Corina, i han mir überleit: Viele vo dine Gäst wänd Freeride, aber chönd nüt über Lawine. Was meinsch zu me Päckli: Tag 1 du mit Technik im Gelände am Parsenn, Tag 2 mir mit LVS und Lawinenkunde. 2 Täg, max 6 Lüt, CHF 690 pro Person, mir teilet je nach Tag. Lueg mal, ob das für di stimmt."),
    ("me", "2025-10-03 08:20", "Sali Men, mega Idee! Das frögt jedi Wuche öpper. Price passt, aber mir bruuched es fixes Datum pro Monat, sust wirds chaotisch. Sollemer am Friitig zäme luege?"),
    ("guide", "2025-10-03 08:30", "Friitig 17 Uhr im Büro. Bring d Kalender mit."),
])
C("genuine", "recruiter_engaged", "de", "Personalberaterin, die sie für die Büroleitung beauftragt hat (harter Fall: Recruiter, Honorar)", [
    ("me", "2025-08-04 11:00", "Guten Tag Frau Ammann, danke für das Gespräch. Wie besprochen suchen wir eine Büroleitung ab 1. November, 80-100 %, Deutsch und Englisch, idealerweise Italienisch. Das Inserat schicke ich Ihnen per Mail."),
    ("recruit", "2025-08-04 14:30", "Grüezi Frau Brunold, vielen Dank. Unser Honorar beträgt wie besprochen 15 % des Jahreslohns, fällig bei Stellenantritt, mit 3 Monaten Garantie. Ich melde mich mit ersten Profilen in rund zwei Wochen."),
    ("recruit", "2025-08-21 09:00", "Grüezi Frau Brunold, ich habe drei Dossiers geschickt. Frau B. aus Klosters wäre sofort verfügbar und spricht Italienisch."),
    ("me", "2025-08-21 12:10", "Danke! Frau B. möchte ich gern kennenlernen, am liebsten nächsten Dienstag."),
])
C("genuine", "guest_spam_folder", "en", "returning guest's booking question that landed in SPAM", [
    ("spam_guest", "2026-01-07 19:20", "Hello Corina, we skied with Mattia last year and my daughter still talks about him. We are in Davos again 14-21 February. Is Mattia available for private lessons in the afternoons? Best regards, Pieter Jansen (Rotterdam)"),
], folder="SPAM")
C("genuine", "thanks_after_event", "en", "parent thank-you after the Kids Race Day (near duplicate 1/3)", [
    ("race1", "2026-02-15 18:30", "Hi Corina, thank you so much for the kids race today! Olivia hasn't taken her medal off. The instructors were amazing with the little ones. See you next year!"),
])
C("genuine", "thanks_after_event", "en", "parent thank-you after the Kids Race Day (near duplicate 2/3)", [
    ("race2", "2026-02-15 19:05", "Thanks so much for the race today Corina - Jack is over the moon with his medal. Great instructors, lovely day. See you next year!"),
    ("me", "2026-02-15 19:30", "Thank you Tom! Jack skied brilliantly. See you next season!"),
])
C("genuine", "thanks_after_event", "de", "Dank einer Mutter nach dem Kinderrennen (Beinahe-Duplikat 3/3)", [
    ("race3", "2026-02-15 20:10", "Liebe Corina, vielen Dank für das tolle Kinderrennen heute! Lina trägt die Medaille sogar zum Znacht 😄 Ein grosses Merci an alle Skilehrer. Bis nächstes Jahr!"),
])
C("genuine", "owner_started_supplier", "de", "sie schreibt den Bergbahnen wegen Saisonabos für Skilehrer", [
    ("me", "2025-09-15 09:00", "Grüezi Gian Luca, wir haben diese Saison 40 Skilehrer statt 34. Können wir das Kontingent für die Personalabos entsprechend erhöhen, zu den gleichen Konditionen wie letztes Jahr?"),
    ("bahnen", "2025-09-16 11:20", "Hoi Corina, grundsätzlich ja. Für die 6 zusätzlichen brauche ich bis Ende Oktober die Namen und Ausweiskopien. Konditionen bleiben gleich."),
    ("me", "2025-09-16 11:45", "Super, merci! Liste kommt."),
])
C("genuine", "owner_started_rehire", "de", "sie fragt einen früheren Skilehrer für die Februar-Spitze an (Dialekt)", [
    ("me", "2025-12-28 21:00", "Hoi Flurin, wie gohts uf em Hof? Du, mir händ im Februar wieder Not am Maa. Hettsch Ziit für 2 Wuche, 9.-20. Februar? Wie immer Erwachseni Fortgschritteni."),
    ("exinst", "2025-12-29 07:15", "Hoi Corina! Chüeh sind zfriede 😄 Februar goht, aber nume vormittags, am Nomittag muess i in Stall."),
    ("me", "2025-12-29 07:40", "Vormittag passt perfekt. Merci, bisch en Schatz!"),
])
C("genuine", "long_standing_friend", "de", "Freundin und Skischulleiterin in Lenzerheide, Austausch", [
    ("friend", "2026-01-20 21:30", "Hoi Corina, wie lauft d'Saison bi dir? Bi üs fehled 5 Lehrer wege Grippe, es isch es Puff. Häsch du au so vill Absage vo Guide-Gruppe wege de Schneelag?"),
    ("me", "2026-01-20 21:50", "Hoi Seraina! Bi üs au Grippe, 3 Lüt usgfalle. Absage zum Glück nöd so vill. Mir müend mal wieder zäme es Bier trinke, nach de Saison?"),
    ("friend", "2026-01-20 21:55", "Unbedingt! Aprile z'Chur?"),
])
C("genuine", "long_standing_guest", "en", "British family who come every year, small talk and booking", [
    ("famuk", "2025-11-30 17:00", "Corina! Booked flights - 14th to 21st Feb as always. The boys are now taller than me and insist on the black runs at Parsenn, so please give them someone brave. How are you? Did the new office at the Bolgen work out?"),
    ("me", "2025-11-30 19:20", "David! So good to hear. Yes, the new office is lovely - finally heating that works. I'll put the boys with Kirsty, she'll tire them out. Same hotel?"),
    ("famuk", "2025-11-30 19:40", "Same hotel, same table at the Bolgenplaza bar. Looking forward to it."),
])
C("genuine", "hotel_quote_request", "en", "luxury hotel asks for a quote for a WEF delegation's private instructor (client asking for a quote)", [
    ("lux", "2025-12-10 10:00", "Dear Corina, one of our WEF delegations would like a dedicated ski instructor for 4 days (19-22 January), available on call from 7:00, discreet, English and French. Could you send us a quote? They are used to premium service."),
    ("me", "2025-12-10 11:40", "Dear Isabelle, we can do that with Mattia, who speaks French. Full-day private on call during WEF week is CHF 880 per day, so CHF 3,520 for four days, plus lift pass. I'll send the written offer today."),
    ("lux", "2025-12-10 11:55", "Thank you, that's perfect. I'll confirm with the delegation's office."),
])
C("genuine", "tour_operator_quote", "en", "Dutch school-trip operator asks for a quote for 60 pupils", [
    ("dutch", "2025-10-08 13:20", "Hello Corina, we're planning a school trip for 60 pupils (14-16 years) 9-13 March. Mostly beginners. Could you quote for 3 hours per day, 5 days? Also, do your instructors speak some Dutch? Groeten, Marloes"),
    ("me", "2025-10-08 16:00", "Hi Marloes, for 60 pupils in groups of 10, 3 hours per day for 5 days it's CHF 175 per pupil. We have one Dutch-speaking instructor and the rest teach in English, which usually works well for that age. Shall I send a formal offer?"),
    ("dutch", "2025-10-09 09:00", "Yes please, and can you hold the dates for 2 weeks?"),
    ("me", "2025-10-09 09:10", "Done, held until 23 October."),
])
C("genuine", "rental_partner", "de", "Sportgeschäft-Partner wegen Skischuhproblem", [
    ("shop", "2026-01-03 08:10", "Morge Corina, zwei vo dine Kinder händ geschter Schuh vo üs gha, wo nöd passt händ. Sorry, Lehrling hät falsch gmässe. Chönd die hüt vor em Kurs verbi cho? Mir tuschet gratis."),
    ("me", "2026-01-03 08:25", "Morge Beat, kei Problem, ich säg de Eltere, sie sölled um 8.45 chli früener cho."),
])
C("genuine", "instructor_sick", "de", "Skilehrerin meldet sich krank", [
    ("inst_sick", "2026-01-16 06:30", "Morge Corina, sorry, ich ha Fieber und chan hüt nöd. D'Gruppe Bärli isch am 9.30 bim Kinderland."),
    ("me", "2026-01-16 06:45", "Guet Besserig Ladina! Ich organisier Ersatz. Blib im Bett."),
])
C("genuine", "tourism_photo_shoot", "de", "Tourismus-Marketing fragt nach Fotoshooting", [
    ("tourism2", "2026-01-26 14:00", "Hallo Frau Brunold, wir machen am 4. Februar ein Shooting für die Winterkampagne und würden gern eine Kindergruppe im Kinderland fotografieren (mit Einverständnis der Eltern). Wäre das möglich? Die Bilder dürften Sie natürlich auch nutzen."),
    ("me", "2026-01-26 15:30", "Hallo Herr Bärtsch, sehr gern. Ich frage die Eltern der Mittwochsgruppe an. Bitte bis 11 Uhr, dann gibt's Zvieri und die Motivation ist weg 😉"),
])
C("genuine", "journalist", "en", "travel writer wants to feature the Kinderland (no fee asked)", [
    ("journo", "2025-11-10 12:00", "Hi Corina, I'm writing a piece on family-friendly ski resorts in Switzerland for a UK Sunday paper and Davos is one of five. Several parents recommended Schneestern's Kinderland. Could I join a morning in January and ask you a few questions? No fees involved on either side, just a visit."),
    ("me", "2025-11-10 14:15", "Hi Rebecca, that's lovely to hear. Yes, of course. The week of 12 January is calmer, any morning that week."),
])
C("genuine", "adaptive_lessons", "en", "guest with a disability asks about sit-ski lessons", [
    ("adaptive", "2025-10-29 18:00", "Hi, I had a spinal injury two years ago and I'm keen to try sit-skiing. Do you offer adaptive lessons in Davos or can you recommend someone? I'd be there in early March."),
    ("me", "2025-10-30 08:30", "Hi Mark, thank you for asking. We have one instructor certified for sit-ski (Kirsty) and we can borrow a bi-ski from the regional association. Let's talk by phone about what you need, and I'll check the accessible route from the car park to the Jakobshorn lift."),
    ("adaptive", "2025-10-30 09:00", "That's brilliant, thank you. Call any time after 10 UK time."),
])
C("genuine", "fiduciary", "de", "Treuhänderin wegen Quellensteuer der ausländischen Skilehrer", [
    ("treuhand", "2025-11-25 10:15", "Grüezi Corina, für die neuen Skilehrer aus UK und NZ brauche ich bis 10. Dezember die Arbeitsbewilligungen und Wohnadressen in Davos, wegen der Quellensteuer. Und bitte denk dran, die Saisonverträge vor Stellenantritt unterschreiben zu lassen."),
    ("me", "2025-11-25 11:00", "Grüezi Ursula, merci, schicke ich dir gesammelt nächste Woche."),
])
C("genuine", "association_course", "de", "Swiss Snowsports zu Ausbildungsdaten", [
    ("sss", "2025-09-29 09:00", "Hallo Corina, die Daten für die Ausbildungskurse Kids Instructor im Dezember sind draussen: 8.-12.12. in Davos. Ihr könnt bis zu 6 Anwärter anmelden. Wie viele sind es bei euch?"),
    ("me", "2025-09-29 10:30", "Hallo Reto, 5 sicher, evtl. 6. Ich melde sie bis Mitte Oktober an."),
])
C("genuine", "group_head_instructors", "mixed", "Gruppenchat mit Chef-Skilehrern, Wetter und Pistenschliessung, Deutsch/Englisch", [
    ("head1", "2026-01-09 06:40", "Morge zäme, Parsenn obe zue wege Wind. Mir mached alli Erwachsene Gruppe am Jakobshorn."),
    ("head2", "2026-01-09 06:45", "Morning! Snowboard kids stay at Bolgen, I'll move the freestyle group to the afternoon."),
    ("me", "2026-01-09 06:50", "Merci, sounds good. I'll call the hotels about later pickup. Chli Glühwein am Abig für alli?"),
    ("head1", "2026-01-09 06:51", "👍"),
], title="Schneestern Lead Team")
C("genuine", "guest_complaint", "en", "guest complaint about group size", [
    ("complain", "2026-02-18 17:45", "Hi, our son was in a group of 11 today, not max 8 like your website says. He barely skied. Not what we paid for."),
    ("me", "2026-02-18 18:30", "Dear Oliver, I'm really sorry - you're right, that shouldn't have happened. Two instructors were ill and we merged groups. I'll refund today's lesson and tomorrow he'll be in a group of 7 with Ladina. Again, apologies."),
    ("complain", "2026-02-18 18:50", "Thanks, appreciate the quick response."),
])
C("genuine", "instructor_housing", "en", "instructor asks about staff accommodation", [
    ("inst_room", "2025-10-21 22:10", "Hi Corina, sorry to bother you - is there still a room in the staff flat in Davos Dorf? The place I found fell through. I can pay the same as last year."),
    ("me", "2025-10-22 07:30", "Hi Sophie, one room left, it's yours. CHF 650 a month like last year. Keys from 15 December."),
    ("inst_room", "2025-10-22 07:45", "Lifesaver! Thank you!!"),
])
C("genuine", "brand_demo_day", "de", "Aussendienst des Skilieferanten zum Testtag", [
    ("brandrep", "2025-12-02 16:00", "Hoi Corina, für den Testtag am 10.1. bringe ich 30 Paar Ski mit. Kann ich das Zelt wieder neben eurem Treffpunkt am Bolgen aufstellen?"),
    ("me", "2025-12-02 16:20", "Sicher, Dario. Gleicher Platz wie letztes Jahr."),
])
C("genuine", "corporate_team_day", "de", "HR einer Zürcher Firma will einen Teamtag buchen (Inbound-Lead)", [
    ("corp", "2025-11-05 11:00", "Grüezi Frau Brunold, wir planen im März einen Teamtag in Davos für 18 Personen, davon 6 Anfänger. Könnten Sie uns einen Halbtageskurs mit anschliessendem Plauschrennen offerieren? Budget ist vorhanden, wichtig ist uns eine gute Organisation."),
    ("me", "2025-11-05 14:00", "Grüezi Frau Egli, sehr gern. Mit drei Lehrern (Anfänger, Mittel, Fortgeschritten) und Plauschrennen mit Zeitmessung rechnen wir mit CHF 1'650. Offerte folgt morgen per Mail."),
])
C("genuine", "school_camp_quote", "de", "Sportlehrer fragt Offerte für Skilager an", [
    ("school", "2025-09-10 20:00", "Guten Abend Frau Brunold, wir kommen im Januar mit 45 Schülerinnen und Schülern ins Skilager nach Davos. Wir haben eigene Leiter, bräuchten aber für 12 Snowboard-Anfänger drei Tage Unterricht. Was würde das kosten?"),
    ("me", "2025-09-11 07:45", "Guten Abend Herr Rüegg, für 12 Anfänger in zwei Gruppen, 3 Tage à 3 Stunden: CHF 1'440 total, Schulrabatt schon abgezogen. Ich schicke Ihnen gern eine Offerte."),
])
C("genuine", "municipality_permit", "de", "Gemeinde zur Bewilligung fürs Kinderland-Zelt", [
    ("gemeinde", "2025-10-13 10:00", "Grüezi Frau Brunold, Ihr Gesuch für das beheizte Zelt beim Kinderland ist bewilligt, mit Auflage Rückbau bis 15. April. Die Verfügung kommt per Post."),
    ("me", "2025-10-13 10:30", "Vielen Dank, Herr Ardüser!"),
])

# ------------------------------------------------------------------ wanted pitches
C("wanted_pitch", "scheduling_post", "en", "scheduling software founder cites her post about instructor no-shows on WhatsApp", [
    ("w_sched", "2025-10-01 09:00", "Hi Corina, your post about spending every evening in January matching 40 instructors to 300 lessons in WhatsApp and a spreadsheet really resonated - especially the bit about the 6 am sick calls. SlopeDesk does exactly that for ski schools: instructors mark availability in an app, it proposes assignments by level and language, and a sick call automatically offers the group to free instructors. Two schools in Austria use it with 30-50 instructors. Would a demo before the season help?"),
    ("me", "2025-10-01 12:30", "Hi Ellie, ha, that post came from the heart. Yes, demo please - but it needs to handle private and group lessons and our hotel pickups."),
    ("w_sched", "2025-10-01 13:00", "It does pickups as a resource. I'll book 30 minutes next week."),
])
C("wanted_pitch", "kids_equipment_talk", "de", "Kinderausrüster bezieht sich auf ihr Referat am Schneesportforum", [
    ("w_kids", "2025-10-26 09:40", "Danke fürs Vernetzen, Frau Brunold! Ihr Referat in Chur hat mir gezeigt, wie viel Sie im Kinderland mit wenig Material machen - vor allem Ihr Punkt, dass Förderbänder bei Ihnen die Hälfte der Zeit wegen Warteschlangen verloren gehen. Wir vertreiben kleine Parcours-Elemente (Tore, Wellen, Tierfiguren), mit denen die Kinder neben dem Band üben können. Ich würde Ihnen gern ein Set für zwei Wochen leihweise hinstellen, kostenlos, und Sie entscheiden danach."),
    ("me", "2025-10-27 08:00", "Grüezi Herr Zogg, das klingt gut. Leihweise gern, ab Mitte Dezember."),
])
C("wanted_pitch", "photographer_slope_visit", "de", "Fotografin war am Bolgen und hat die Kinderkurse gesehen", [
    ("w_photo", "2026-01-05 19:15", "Guten Abend Frau Brunold, ich war heute mit meinem Neffen am Bolgen und habe gesehen, wie viele Eltern am Zaun vom Kinderland stehen und mit dem Handy fotografieren. Ich bin Fotografin aus Davos und würde am Freitag beim Abschlussrennen professionelle Bilder machen, die Eltern können sie online kaufen, Sie erhalten 15 % und haben keinen Aufwand. Darf ich mich vorstellen kommen?"),
])
C("wanted_pitch", "phone_specific_problem", "en", "reception service names the concrete problem from her Google reviews", [
    ("w_phone", "2025-11-12 08:30", "Hi Corina, I noticed three of your recent Google reviews mention that nobody picks up the phone between 8 and 9:30 in the morning - which is of course exactly when you're at the meeting point. We answer phones for ski schools in Verbier and Laax in German, English and French during peak hours, take bookings into your system and text you the urgent ones. It's CHF 490 a month for December to March. Would it be worth a trial over Christmas?"),
])
C("wanted_pitch", "mutual_contact_china", "en", "tour operator introduced by Reto Casutt at the Alpenrösli", [
    ("w_china", "2025-09-30 10:00", "Dear Ms Brunold, Reto Casutt at Hotel Alpenrösli suggested I contact you. We bring small groups of families from Shanghai and Shenzhen to Davos (12-16 guests), and Reto mentioned you have an instructor who speaks Mandarin. Our guests are mostly first-time skiers and want the same instructor all week. Could we discuss a partnership for 6 groups this winter? We usually work on a net rate with 10% commission."),
    ("me", "2025-09-30 14:00", "Dear Mr Zhang, thank you - yes, Mei joined us last season. Let's talk, could you send me your group dates?"),
])
C("wanted_pitch", "press_item_depot", "de", "Holzbauer bezieht sich auf Zeitungsartikel zur Expansion ans Rinerhorn", [
    ("w_depot", "2025-08-19 11:00", "Grüezi Frau Brunold, in der Davoser Zeitung stand, dass Schneestern ab dieser Saison auch am Rinerhorn Kurse anbietet und dort ein Treffpunkt mit Skidepot geplant ist. Wir haben für die Bergbahnen in Klosters einen mobilen Treffpunkt in Holzbauweise gebaut, der im Frühling abgebaut werden kann - das passt vielleicht zu den Bewilligungsauflagen dort. Falls noch nicht entschieden: Ich komme gern vorbei und bringe Fotos mit."),
])
C("wanted_pitch", "payment_tools_setup", "de", "Zahlungsanbieter bezieht sich auf ihr Buchungssystem und Twint", [
    ("w_twint", "2025-11-20 13:00", "Hallo Frau Brunold, auf Ihrer Buchungsseite sehe ich, dass Sie SkiPlan nutzen und Twint nur vor Ort am Schalter annehmen. Viele Gäste fragen nach Twint bei der Online-Buchung, und bei Absagen wegen Wetter müssen Sie im Moment von Hand zurückzahlen. Unser Plugin verbindet SkiPlan mit Twint, inklusive automatischer Rückerstattung bei Kursabsage. Gebühr 1,3 % pro Transaktion, keine Fixkosten. Möchten Sie das testen?"),
    ("me", "2025-11-21 08:00", "Hallo Frau Camenisch, das mit den Rückzahlungen ist tatsächlich ein Albtraum. Schicken Sie mir bitte die Unterlagen."),
])
C("wanted_pitch", "recruiter_relevant_role", "en", "instructor recruitment agency responds to her February job ad", [
    ("w_recruit", "2025-11-03 20:30", "Thanks for connecting, Corina. I saw your ad for 6 extra instructors for 7 Feb - 8 March, English-speaking, Swiss Snowsports or equivalent. We have a pool of BASI Level 2 and 3 instructors who finish their UK dry-slope season in January and are free exactly then; most have EU passports. We handle travel and you pay a placement fee of CHF 350 per instructor. Want me to send five profiles?"),
    ("me", "2025-11-04 07:40", "Hi Tom, yes please send profiles. EU passport is a must."),
])
C("wanted_pitch", "helmet_hygiene", "de", "Anbieterin von Helmdesinfektion bezieht sich auf ihren Kinderhelmverleih", [
    ("w_helmet", "2025-11-27 10:30", "Grüezi Frau Brunold, auf Ihrer Website steht, dass im Kinderland Helme gratis ausgeliehen werden - über 150 am Tag in der Hochsaison. Wir haben ein Trocknungs- und UV-Desinfektionsgerät für 24 Helme, das in einen kleinen Raum passt. Die Skischule Engelberg-Titlis nutzt es seit letztem Winter, Eltern schätzen das sehr. Darf ich Ihnen Unterlagen und Mietpreise schicken?"),
])
C("wanted_pitch", "social_media_freelancer", "mixed", "ehemaliger Skilehrer bietet Content an, bezieht sich auf ihre Reels (Deutsch/Englisch)", [
    ("w_social", "2025-09-05 18:00", "Hoi Corina, ich bin Noah, war bis 2023 Skilehrer in Arosa und mache jetzt Content für Bergbetriebe. Dein Reel 'first turns at Bolgen' hat 40k Views, aber der Kanal postet nur im Dezember. I'd suggest 2 reels a week during the season, English for the UK families, Deutsch für die Schweizer. Ich filme selber auf Ski. CHF 1'200 pro Monat. Interessiert?"),
])
C("wanted_pitch", "avalanche_training", "de", "Lawinenausbildner bezieht sich auf ihr neues Freeride-Angebot", [
    ("w_lawinen", "2025-11-14 17:00", "Grüezi Frau Brunold, ich habe gesehen, dass Schneestern diesen Winter Freeride-Gruppen am Parsenn anbietet. Nach dem Unfall am Weissfluhjoch letzten Winter fordern viele Versicherer nachweisbare Lawinenausbildung der Lehrpersonen. Ich biete einen eintägigen internen Kurs für Ihr Team an (LVS, Sondieren, Entscheidungsfindung), für max. 12 Personen CHF 1'800. Vielleicht passt das vor Weihnachten?"),
])
C("wanted_pitch", "translation_dutch_guests", "en", "freelance translator noticed many Dutch reviews and no Dutch site", [
    ("w_transl", "2025-09-18 09:00", "Hello Corina, I'm a Dutch translator living in Chur. I noticed that about a third of your Google reviews are in Dutch, but your website is only German and English - and the booking page has no Dutch at all. I translate for tourism businesses (two hotels in Klosters) and could translate your kids' course and school-trip pages for CHF 480. Happy to send a sample page first."),
])

# ------------------------------------------------------------------ junk
C("junk", "generic_seo", "en", "generic SEO pitch", [
    ("j_seo", "2025-08-25 09:00", "Hi Corina, I ran a quick audit of your website and found 27 technical SEO issues holding you back. We help businesses rank #1 on Google. Want me to send the full report for free?"),
])
C("junk", "off_topic_forex", "en", "off-topic trading", [
    ("j_forex", "2025-09-08 22:00", "Hey Corina 😎 Imagine making money while you ski. My students earn 2-5k a month trading forex 30 mins a day. Want to see how?"),
])
C("junk", "offers_what_she_sells", "de", "Skilehrer-Marktplatz will ihr Skilektionen vermitteln", [
    ("j_lessons", "2025-10-15 10:00", "Hallo Corina, suchst du für deinen nächsten Skiurlaub einen Privatlehrer? Auf SkiBuddy findest du über 2'000 Skilehrer in der ganzen Schweiz, auch in Davos, buchbar in 2 Minuten! Mit dem Code WINTER25 sparst du 15 %."),
])
C("junk", "capacity_new_clients", "de", "Haben Sie Kapazitäten für neue Kunden?", [
    ("j_capacity", "2025-09-24 08:30", "Grüezi Frau Brunold, kurze Frage: Hätten Sie diesen Winter noch Kapazitäten für neue Kunden? Wir generieren für Dienstleister planbar Anfragen über Google und Meta Ads. Soll ich Ihnen zeigen, wie?"),
])
C("junk", "like_minded_entrepreneurs", "de", "Vernetzen unter gleichgesinnten Unternehmern", [
    ("j_likeminded", "2025-11-02 07:00", "Hoi Corina, ich vernetze mich gern mit gleichgesinnten Unternehmerinnen und Unternehmern, die Grosses vorhaben. 🚀 Ich bin überzeugt, dass wir voneinander profitieren können. Lass uns connecten!"),
])
C("junk", "quick_15_min_call", "en", "quick 15-minute call about revenue", [
    ("j_15", "2025-10-10 14:00", "Hi Corina, do you have 15 minutes this week? We help hospitality businesses increase revenue by 25% with dynamic pricing. Quick call Thursday?"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, Smalltalk, dann Energieberatung", [
    ("j_ctp1", "2025-09-15 09:00", "Hoi Corina, merci fürs Vernetzen! Freust du dich schon auf den Winter?"),
    ("j_ctp1", "2025-09-17 08:30", "Ich frage, weil gerade die Energiekosten bei vielen Betrieben in den Bergen explodieren. Wir analysieren kostenlos Ihre Strom- und Heizkosten und finden im Schnitt 18 % Sparpotenzial. Wann passt ein kurzer Termin?"),
])
C("junk", "connect_then_pitch", "en", "connect, owner replies to small talk, then branding agency pitch", [
    ("j_ctp2", "2025-10-06 13:30", "Hi Corina! Thanks for accepting. Davos must be stunning right now - are you a skier yourself?"),
    ("me", "2025-10-06 18:00", "Hi Stacey, since I was 3 🙂 Counting the days until the lifts open."),
    ("j_ctp2", "2025-10-06 18:10", "Amazing!! Speaking of which, have you thought about a full rebrand before the season? BrandLift has helped 200+ brands refresh their logo, website and socials in 4 weeks. I'd love to send you our packages!"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, Kompliment, dann Vorsorge", [
    ("j_ctp3", "2025-12-01 19:45", "Hoi Corina, schön, dass es geklappt hat mit dem Vernetzen! Tolle Skischule hast du."),
    ("j_ctp3", "2025-12-03 08:00", "Als Unternehmerin denkst du sicher auch an deine Vorsorge, oder? Die 3. Säule ist bei Selbstständigen oft nicht optimal. Ich mache dir gern eine kostenlose Analyse, 20 Minuten, auch per Zoom."),
    ("j_ctp3", "2025-12-10 08:00", "Hoi Corina, wollte nur nachfragen, ob du meine Nachricht gesehen hast?"),
])
C("junk", "connect_then_pitch", "en", "connect, small talk, then drone video pitch", [
    ("j_ctp4", "2026-01-12 10:20", "Hey Corina, great to connect! Epic snow this week in Graubünden, right?"),
    ("j_ctp4", "2026-01-14 09:00", "Quick one: we make cinematic drone films for resorts and hotels. Packages start at CHF 4,900. Want to see our showreel?"),
])
C("junk", "follow_up_bumps", "de", "Textildruck mit Nachfassen ohne Antwort", [
    ("j_bump1", "2025-08-11 10:00", "Grüezi Frau Brunold, brauchen Sie Teamjacken, Mützen oder T-Shirts mit Logo? Wir drucken ab 10 Stück, Lieferung in 5 Tagen."),
    ("j_bump1", "2025-08-18 10:00", "Grüezi Frau Brunold, ich wollte kurz nachhaken."),
    ("j_bump1", "2025-09-01 10:00", "Grüezi nochmals, jetzt 10 % Herbstrabatt!"),
])
C("junk", "follow_up_bumps", "en", "review management pitch with unanswered bumps", [
    ("j_bump2", "2025-12-15 11:00", "Hi Corina, get more 5-star reviews automatically! GuestReviews Pro sends review requests after every visit. Free trial?"),
    ("j_bump2", "2025-12-22 11:00", "Hi Corina, just bumping this up 🙂"),
    ("j_bump2", "2026-01-05 11:00", "Happy New Year Corina! Still keen to show you GuestReviews Pro."),
])
C("junk", "template_direct_bookings", "en", "shared template 1/5: direct bookings", [
    ("j_tpl1", "2025-08-28 15:00", "Hi Corina, I came across Schneestern and love what you're building in Davos! We help hospitality businesses like yours grow direct bookings by 40% and cut OTA commissions. Would you be open to a quick chat next week?"),
])
C("junk", "template_direct_bookings", "en", "shared template 2/5: different sender, slightly reworded", [
    ("j_tpl2", "2025-09-19 10:30", "Hi Corina, just came across Schneestern Ski- & Snowboardschule and love what you're building in Davos. We help tourism businesses like yours increase direct bookings by up to 40% and reduce commissions. Open to a quick chat next week?"),
])
C("junk", "template_direct_bookings", "en", "shared template 3/5: fill says hotel", [
    ("j_tpl3", "2025-10-23 09:15", "Hey Corina, came across your hotel and love what you're building in Davos! We help hotels like yours grow direct bookings 40% and cut OTA fees. Quick chat next week?"),
    ("j_tpl3", "2025-10-30 09:15", "Hey Corina, floating this back up!"),
])
C("junk", "template_direct_bookings", "en", "shared template 4/5: fill says tour business", [
    ("j_tpl4", "2025-11-26 16:00", "Hi Corina, I noticed Schneestern is growing fast in the tours & activities space! We help activity providers like you boost direct bookings by 40% while cutting third-party commissions. Would a short call next week make sense?"),
])
C("junk", "template_direct_bookings", "de", "gleiche Vorlage 5/5: deutsche Variante", [
    ("j_tpl5", "2026-01-21 10:00", "Hallo Corina, ich bin auf Schneestern gestossen und finde toll, was Sie in Davos aufbauen! Wir helfen Tourismusbetrieben wie Ihrem, die Direktbuchungen um 40 % zu steigern und Provisionen zu senken. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?"),
])
C("junk", "merge_tag_failure", "en", "merge-tag failure: {first_name}", [
    ("j_merge1", "2025-09-02 08:00", "Hi {first_name}, as a leading ski retailer in {city}, you'll love our wholesale prices on goggles and gloves. MOQ only 50 units. Catalogue attached!"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter-Fehler: [Firma]", [
    ("j_merge2", "2025-10-28 09:00", "Grüezi Frau Brunold, wir reinigen Büros und Gewerbeflächen in ganz Graubünden. Gerne offerieren wir [Firma] eine Unterhaltsreinigung zu fairen Konditionen. Freundliche Grüsse"),
])
C("junk", "merge_tag_failure", "en", "wrong name", [
    ("j_merge3", "2025-12-04 12:00", "Dear Petra, thank you for visiting our booth at the spa expo! As promised, here is our price list for massage tables and towels for Wellnesshotel Seeblick. Let me know if you have any questions."),
])
C("junk", "merge_tag_failure", "de", "falscher Firmenname", [
    ("j_merge4", "2026-02-03 09:30", "Grüezi Frau Brunold, für Ihr Restaurant Schneeberg empfehlen wir unser neues Kassensystem mit Tischbestellung per QR-Code. Darf ich eine Demo vereinbaren?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Privatbank", [
    ("s_bank", "2025-11-11 12:00", "<p>Grüezi Corina</p><p>Als Unternehmerin verdienen Sie eine Vermögensverwaltung, die Sie versteht. Vereinbaren Sie jetzt ein Erstgespräch mit der Helvetia Privatbank.</p><p><a href=\"https://example.invalid/bank\">Termin buchen</a></p>"),
], title="Sponsored Conversation", subject="Ihre Vermögensverwaltung, Corina")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: executive MBA", [
    ("s_mba", "2025-09-25 12:00", "<p>Hi Corina,</p><p>Take the next step with the Lakeside Executive MBA &ndash; designed for leaders who can&rsquo;t step away from their business.</p><p>Info session on 14 October.</p>"),
], title="Sponsored Conversation", subject="Executive MBA info session")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Geländewagen", [
    ("s_suv", "2026-01-28 12:00", "<p>Hallo Corina</p><p>Der neue Alpina X4 &ndash; gebaut für die Berge. Jetzt Probefahrt in Chur vereinbaren.</p>"),
], title="Sponsored Conversation", subject="Probefahrt im neuen Alpina X4")
C("junk", "paid_award", "en", "paid award with fee", [
    ("j_award", "2025-10-07 10:00", "Dear Corina, congratulations! Schneestern has been nominated for Best Ski School in Switzerland 2026 at the World Snow Tourism Awards. To confirm your nomination and appear in the public vote, a participation fee of EUR 690 applies. Winners receive a trophy and digital badge."),
    ("j_award", "2025-10-21 10:00", "Dear Corina, only 3 days left to confirm your nomination!"),
])
C("junk", "paid_feature", "de", "Anzeigenverkauf getarnt als redaktioneller Beitrag", [
    ("j_guide", "2025-08-20 14:00", "Grüezi Frau Brunold, der Schweizer Ferien Guide 2026 stellt die besten Skischulen vor. Wir möchten Schneestern mit einem Porträt (halbe Seite) aufnehmen - Kostenbeitrag CHF 1'150. Anmeldeschluss 15. September."),
])
C("junk", "paid_podcast", "en", "paid podcast slot", [
    ("j_podcast", "2025-11-06 15:00", "Hi Corina, we'd love to have you on the Mountain Business Podcast! Guests get a full episode plus promo clips. We ask for a production fee of USD 295. Shall I send the booking link?"),
])
C("junk", "fluent_named_generic", "en", "fluent pitch naming her school but could go to anyone", [
    ("j_fluent", "2025-12-09 09:45", "Hi Corina, Schneestern Ski- & Snowboardschule clearly puts guest experience first, and in a market as competitive as Davos that's what sets leaders apart. Nexora Experience Cloud helps experience-led brands unify guest data, personalise every touchpoint and turn one-time visitors into lifelong advocates. I'd love to learn about your priorities for the coming year. Would Tuesday or Thursday work for a brief introduction?"),
])
C("junk", "generic_booking_software", "en", "generic booking software (counterpart of the scheduling pitch)", [
    ("j_booking", "2025-09-12 09:00", "Hi Corina, still managing bookings manually? SkiSchoolPro is the #1 booking software for ski schools worldwide. Online booking, payments, CRM - all in one. Book a demo!"),
])
C("junk", "generic_photography", "de", "generische Fotografin (Gegenstück zur Fotografin am Bolgen)", [
    ("j_photog", "2025-10-01 18:00", "Hallo Corina, brauchst du neue Businessfotos? Ich biete Porträt- und Firmenshootings ab CHF 390 an. Termine im Oktober frei!"),
])
C("junk", "generic_staffing", "en", "generic staffing agency (counterpart of the instructor recruiter)", [
    ("j_staff", "2025-11-19 10:00", "Hello Corina, EuroStaff provides reliable seasonal workers for hotels, restaurants and cleaning - from 24h notice. Competitive hourly rates. Can we send our offer?"),
])
C("junk", "generic_call_center", "en", "generic call centre (counterpart of the reception service)", [
    ("j_call", "2025-10-17 05:00", "Dear Corina, greetings from CallBridge! We offer 24/7 inbound and outbound call centre services, lead generation and customer support at 70% lower cost. Kindly share your requirement."),
])
C("junk", "generic_social_media", "de", "generische Social-Media-Agentur (Gegenstück zum Content-Freelancer)", [
    ("j_smm", "2025-09-09 11:00", "Hallo Frau Brunold, mehr Follower, mehr Kunden! Unsere Agentur betreut Ihre Social-Media-Kanäle komplett - ab CHF 590 im Monat. Kostenloses Erstgespräch?"),
])
C("junk", "off_topic_crypto", "en", "off-topic crypto", [
    ("j_crypto", "2026-02-10 23:00", "Hi Corina, I'm putting together a small group of investors for an early-stage Web3 project with guaranteed 3x. Can I send you the deck?"),
])
C("junk", "off_topic_dental", "en", "off-topic dental tourism", [
    ("j_dental", "2025-08-14 16:00", "Hello Corina! Save up to 70% on dental implants with our all-inclusive packages in Sofia. Flights and hotel included. Would you like a free consultation?"),
])
C("junk", "generic_it_outsourcing", "en", "generic IT outsourcing", [
    ("j_it", "2026-02-24 07:00", "Hi Corina, hope you are doing well. We are a leading IT company offering web, mobile app, AI and ERP development at very affordable rates. Let us know if you have any requirements."),
    ("j_it", "2026-03-03 07:00", "Hi Corina, just following up on my previous message. Looking forward to your response."),
])
C("junk", "off_topic_sunglasses", "mixed", "Sonnenbrillen-Grosshandel, halb Deutsch halb Englisch", [
    ("j_shades", "2025-12-18 10:30", "Grüezi Corina! Exclusive offer for Swiss retailers: polarised sunglasses from CHF 9 per piece, minimum order 100. Perfekt für Ihren Shop! Free samples on request, einfach antworten."),
])
C("junk", "generic_business_loan", "de", "Firmenkredit-Pitch mit Nachfassen", [
    ("j_kredit", "2026-02-17 08:00", "Grüezi Frau Brunold, brauchen Sie Liquidität für die Nebensaison? Wir vermitteln KMU-Kredite bis CHF 500'000 in 48 Stunden, ohne Bankgespräch. Darf ich Ihnen ein unverbindliches Angebot senden?"),
    ("j_kredit", "2026-02-26 08:00", "Grüezi Frau Brunold, ich erlaube mir, nochmals nachzufragen."),
])

ex.write(OUT,
         {"First Name": "Corina", "Last Name": "Brunold",
          "Headline": "Inhaberin Schneestern Ski- & Snowboardschule Davos | Kinderland Bolgen | Swiss Snowsports Instruktorin",
          "Summary": "Seit 2014 führe ich Schneestern in Davos: Privat- und Gruppenkurse für Kinder und Erwachsene, Snowboard, Freeride, Schulen und Firmen. Rund 40 Skilehrerinnen und Skilehrer pro Saison. We teach in German, English, Italian, French, Dutch and Mandarin.",
          "Industry": "Leisure, Travel & Tourism", "Zip Code": "7270",
          "Geo Location": "Davos, Graubünden, Schweiz",
          "Websites": "[COMPANY:https://schneestern-davos.example]"},
         [{"Company Name": "Schneestern Ski- & Snowboardschule Davos", "Title": "Inhaberin",
           "Description": "Skischule mit Kinderland am Bolgen, 40 Lehrpersonen.",
           "Location": "Davos", "Started On": "Jul 2014", "Finished On": ""},
          {"Company Name": "Skischule Lenzerheide Süd", "Title": "Skilehrerin / Klassenlehrerin",
           "Description": "", "Location": "Lenzerheide", "Started On": "Dec 2006",
           "Finished On": "Apr 2014"}],
         ["Schneesport", "Skiunterricht", "Kinderunterricht", "Tourismus", "Personalführung",
          "Gastfreundschaft", "Event Management"])
print(ex.summary())

"""Held-out persona 8a: operations manager of a 3PL warehouse in Rotterdam (2026 layout).

Written blind to the detector (session 2). Colleagues and carriers write non-native English;
a few German carriers and vendors write German. Every message is original.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "en-logistics-warehouse-manager-rotterdam"
SPONSORED = "Sponsored Conversation"

owner = Person("me", "Sanne Verhoeven", "https://www.linkedin.com/in/sanne-verhoeven-ops",
               "Havenkade Logistics B.V.", "Operations Manager")
x = Export("en-logistics-warehouse-manager-rotterdam", "2026", owner)
p, c = x.person, x.conv

# ------------------------------------------------------------------ genuine
p("dirk", "Dirk Hoogland", "Van Rijn Transport", "Planner", connected="2021-06-14")
c("genuine", "carrier", "en", "carrier: trailer stuck at terminal, two-way", [
    ("dirk", "2025-10-02 06:48", "Goodmorning Sanne, trailer 47 with the Peakform containers is still standing at the terminal. Customs put a hold on it yesterday evening. I expect release around 11:00 but I can not promise it. Shall I move the slot of dock 9 to this afternoon?"),
    ("me", "2025-10-02 07:05", "Morning Dirk, yes please move it to 14:00. Let me know as soon as you hear from customs, I need to tell the inbound team."),
    ("dirk", "2025-10-02 11:32", "Released! Driver is on his way, ETA 13:40. Sorry for the hassle."),
])

p("frank", "Frank Lübbers", "Spedition Kerkhoff GmbH", "Disponent", connected="2023-02-01")
c("genuine", "carrier", "de", "German carrier: ramp slot change", [
    ("frank", "2025-11-18 15:20", "Hallo Frau Verhoeven, unser Fahrer für die Tour Duisburg–Rotterdam am Donnerstag steht leider im Stau an der A15 wegen einer Vollsperrung. Können wir das Zeitfenster von 10 Uhr auf 12:30 Uhr schieben? Die Ladung (22 Paletten Ersatzteile) ist unverändert. Danke und Gruß, Frank Lübbers"),
    ("me", "2025-11-18 15:41", "Hallo Herr Lübbers, 12:30 an Rampe 4 geht. Bitte CMR wie immer vorab mailen. Gruß, Sanne Verhoeven"),
])

p("lotte", "Lotte Brandsma", "Peakform Nutrition", "Supply Chain Lead", connected="2024-03-08")
c("genuine", "customer", "en", "customer: pallets missing vs ASN, asks for quick call", [
    ("lotte", "2025-12-03 09:12", "Hi Sanne, our ASN for container TGHU 448120 says 26 pallets but your receipt in the portal shows 23. Our finance team is asking if we need to claim at the supplier or if something went wrong at your side. Do you have 15 minutes for a quick call today? I'm free after 14:00."),
    ("me", "2025-12-03 09:40", "Hi Lotte, checking with the inbound shift now. Call at 14:30 works, I'll send a Teams link."),
    ("me", "2025-12-03 13:55", "Update before our call: 3 pallets were double-stacked and scanned as one. Correct count 26. We'll fix the receipt, no claim needed."),
    ("lotte", "2025-12-03 14:01", "Great, that saves us a headache. Let's still keep the 14:30, short."),
])

p("owen", "Owen Gallagher", "Brightwell Spares Ltd", "Logistics Manager", connected="2024-09-20")
c("genuine", "customer", "en", "UK customer: customs docs for export, price question", [
    ("owen", "2026-01-14 10:03", "Hello Sanne, we're sending the first consolidated export to Birmingham next week. What do you need from us for the export declaration, and is the €38 per shipment handling fee from the offer still valid for 2026? Cheers, Owen"),
    ("me", "2026-01-14 11:15", "Hi Owen, commercial invoice with HS codes and EORI, plus packing list per pallet. The fee is still €38 until end of Q2. I'll loop in our customs colleague."),
])

p("ahmed", "Ahmed El Idrissi", "Havenkade Logistics B.V.", "Chair Works Council", connected="2020-01-10")
c("genuine", "works_council", "en", "works council: consultation on peak roster", [
    ("ahmed", "2025-10-09 16:22", "Dear Sanne, the works council received the draft roster for peak (week 46 until 52). Some colleagues are worried about the extra Saturday shifts. As you know for roster changes we have a right of consent. Can we plan a meeting with the OR next week? Tuesday or Wednesday after 15:00 suits us."),
    ("me", "2025-10-09 17:03", "Hi Ahmed, of course. Wednesday 15:30 in the canteen meeting room? I'll bring the volume forecast so everybody sees where the Saturdays come from."),
    ("ahmed", "2025-10-09 17:20", "Good, I will tell it to the members. Thanks."),
])

p("ingrid", "Ingrid Bakker", "Nederlandse Arbeidsinspectie", "Inspector", connected="2025-11-03",
  invite=("IN", "2025-11-03 09:30", "Regarding the announced inspection at your site."))
c("genuine", "safety_inspector", "en", "labour inspectorate announces inspection (connection just before)", [
    ("ingrid", "2025-11-03 10:05", "Dear Ms Verhoeven, as announced by letter we will visit your Waalhaven site on 20 November, focus on internal transport and racking. Please have ready: the risk inventory (RI&E), forklift certificates of operators, and the latest racking inspection report. Contact me here or via the number in the letter if the date is a problem."),
    ("me", "2025-11-03 10:40", "Dear Ms Bakker, thank you, 20 November is fine. I'll receive you myself at the gatehouse at 09:00."),
])

p("tomasz", "Tomasz Nowak", "Havenkade Logistics B.V.", "Shift Leader Night", connected="2022-08-30")
c("genuine", "colleague", "en", "night shift leader: forklift damage incident", [
    ("tomasz", "2025-12-12 05:51", "Hi Sanne, small incident tonight. Reach truck 12 hit beam in aisle 31, level 2. Nobody hurt. I put the location blocked and made photos. Racking is a bit bend. Can the inspection company come today?"),
    ("me", "2025-12-12 06:30", "Thanks Tomasz, good that you blocked it. I'll call them at 8. Please write the incident form before you go home."),
    ("tomasz", "2025-12-12 06:33", "Already done 👍"),
])

p("priya", "Priya Raman", "Havenkade Logistics B.V.", "WMS Project Lead", connected="2023-05-22")
c("genuine", "colleague", "en", "WMS go-live slip", [
    ("priya", "2026-02-05 18:10", "Sanne, the vendor needs two more weeks for the wave-picking interface. Go-live moves from 6 to 20 April at earliest. I know it's close to the Easter volume. Can we talk tomorrow morning about whether we keep the old WMS for the e-com zone until May?"),
])

p("kofi", "Kofi Mensah", "", "Team Leader Warehouse", connected="2026-01-20",
  invite=("IN", "2026-01-20 20:11", "Hi Sanne, I applied for the team leader inbound role."))
c("genuine", "applicant", "en", "applicant for team leader inbound", [
    ("kofi", "2026-01-20 20:25", "Dear Sanne, I have applied via your website for the Team Leader Inbound vacancy. I have 6 years experience in a cross-dock in Moerdijk, leading 20 operators, and I have my VCA-VOL. I would love to hear more about the role and the shift pattern."),
    ("me", "2026-01-21 08:47", "Hi Kofi, thanks, I saw your application. HR will contact you this week for a first interview."),
])

p("marta", "Marta Kowalczyk", "Hogeschool Rotterdam", "Student Logistics Management")
c("genuine", "applicant", "en", "student asks about graduation internship", [
    ("marta", "2025-09-16 12:40", "Hello Ms Verhoeven, I am third year student Logistics Management. For my graduation internship (Feb–June) I look for a company where I can research slotting in an e-commerce zone. Do you offer internships at Havenkade? I attached nothing yet, I can send my CV if interesting."),
])

p("fenna", "Fenna de Graaf", "Logistiek Netwerk Zuid-Holland", "Programme Manager", connected="2024-11-11")
c("genuine", "speaker_invite", "en", "association speaker invite, asks 15-min call", [
    ("fenna", "2025-09-24 11:00", "Hi Sanne, on 27 November we host our members' breakfast on peak season staffing. After your comments at the spring session I'd really like you on stage for 20 minutes about how you plan flex capacity. No fee unfortunately, but breakfast is on us 🙂 Could we have a quick 15-minute call next week to align on the content?"),
    ("me", "2025-09-25 08:15", "Hi Fenna, happy to. Thursday 10:00?"),
    ("fenna", "2025-09-25 08:31", "Perfect, invite is coming."),
])

p("bas", "Bas Jorritsma", "Erasmus University", "Lecturer Supply Chain", connected="2019-04-02")
c("genuine", "event_invite", "en", "lecturer asks guest lecture", [
    ("bas", "2026-02-17 14:02", "Hi Sanne, would you be willing to give a guest lecture to our minor students on 12 March (45 min, about real-life warehouse KPIs)? Last year's students still talk about your dock-to-stock story."),
])

for key, name, when, text in [
    ("stud1", "Noor Haddou", "2025-10-23 19:02", "Dear Sanne, thank you for the tour through the warehouse today! It was really interesting to see how the e-commerce zone works in real life, especially the put-to-light wall. Kind regards, Noor"),
    ("stud2", "Jesse van Dam", "2025-10-23 20:15", "Hi Sanne, thanks a lot for the tour today, very interesting to see the e-commerce zone and the put-to-light wall in real life. Best regards, Jesse"),
    ("stud3", "Lisa Chen", "2025-10-24 08:30", "Dear Ms Verhoeven, thank you for showing us around the warehouse yesterday. Seeing the put-to-light wall and the e-commerce zone in practice was very interesting. Kind regards, Lisa"),
]:
    p(key, name, "Erasmus University", "Student", connected=when[:10])
    c("genuine", "thanks", "en", "near-duplicate thank-you after student tour", [(key, when, text)])

p("eva", "Eva Timmermans", "Portline Forwarding", "Customer Service Manager", connected="2016-03-12")
c("genuine", "congrats", "en", "former colleague congrats on 10 years", [
    ("eva", "2026-03-02 09:10", "Ten years at Havenkade already! Congrats Sanne, I still remember you arriving as a shift planner with that enormous binder. Drinks soon?"),
    ("me", "2026-03-02 12:44", "Haha the binder is still in my cupboard. Yes! Friday after work?"),
])

p("hugo", "Hugo Meijer", "Cargo & Supply Weekly", "Journalist", connected="2025-11-25",
  invite=("IN", "2025-11-25 13:02", "Journalist, article on warehouse labour shortage"))
c("genuine", "journalist", "en", "journalist interview request", [
    ("hugo", "2025-11-25 13:20", "Hi Sanne, I'm writing a piece on labour shortage in Rotterdam port warehouses for our January issue. Your post about the night shift bonus got a lot of reactions. Would you do a 20-minute phone interview? I'll send quotes for approval before publication."),
    ("me", "2025-11-25 15:02", "Hi Hugo, yes, but I need our communication team to approve. Can you send your questions by mail first?"),
    ("hugo", "2025-11-25 15:10", "Of course, sending them today."),
])

p("jeroen", "Jeroen Smit", "Havenkade Logistics B.V.", "Managing Director", connected="2016-02-01")
p("elif", "Elif Yilmaz", "Lumera Cosmetics", "Head of Operations")
c("genuine", "intro_lead", "en", "MD introduces inbound prospect wanting pallet rates (group)", [
    ("jeroen", "2026-01-08 09:00", "Elif, meet Sanne, our operations manager. Sanne, Lumera is looking for a 3PL for their Benelux e-commerce from Q3. I told Elif you are the person to show her the site."),
    ("elif", "2026-01-08 09:45", "Thanks Jeroen! Sanne, nice to meet you. We're talking about ca. 800 pallet places and 1,500 orders per day at peak. Could you share an indication of your storage rate per pallet per week and pick fee per order line? And a site visit in February?"),
    ("me", "2026-01-08 10:30", "Hi Elif, welcome. Our commercial colleague will send indicative rates this week; for the visit, 4 or 11 February both work for me."),
], title="Lumera x Havenkade")

p("nordkap", "Sven Aalders", "Nordkap Outdoor", "COO")
c("genuine", "inbound_lead", "en", "inbound lead wants warehousing quote (buying what owner sells)", [
    ("nordkap", "2025-09-30 16:44", "Hi Sanne, we are an outdoor gear webshop growing out of our own small warehouse in Gouda. Looking for ~1,200 pallet places incl. fulfilment, returns handling. A colleague recommended Havenkade. Can we jump on a quick call to see if we fit, and what the price range per pallet would be?"),
    ("me", "2025-10-01 08:20", "Hi Sven, thanks for thinking of us. Yes, let's talk. Thursday 11:00? I'll ask our sales colleague Mark to join for the pricing part."),
])

p("hefbrug", "Ruud Kalkman", "Hefbrug Service Rotterdam", "Service Planner", connected="2021-01-19")
c("genuine", "vendor_existing", "en", "forklift lessor: scheduled maintenance + extension offer", [
    ("hefbrug", "2025-11-05 08:00", "Goodmorning Sanne, our technicians will do the yearly maintenance on your 14 reach trucks from 17 to 19 November, 4 trucks per day. Please let me know if this is ok for the planning. Also: your lease contract ends in March, I will send you the offer for extension with the new lithium batteries next week, as you asked."),
    ("me", "2025-11-05 09:12", "Hi Ruud, 17-19 is fine but not more than 3 trucks at once on the 18th please, we have a big inbound. Offer is welcome."),
    ("hefbrug", "2025-11-05 09:30", "Noted, 3 on the 18th."),
])

p("flex", "Yvonne Kramer", "Flexwerk Rijnmond", "Account Planner", connected="2022-09-05")
c("genuine", "vendor_existing", "en", "staffing agency they use: confirm extra pickers", [
    ("me", "2025-11-12 10:00", "Hi Yvonne, for week 47 we need 12 extra order pickers on early shift, reach truck certificate for at least 4. Can you confirm by Friday?"),
    ("flex", "2025-11-12 14:25", "Hi Sanne, 12 is possible, 5 with reach truck certificate. I send the names on Thursday. Same rate as week 45."),
])

p("rack", "Martijn Oosterhuis", "StelTech Racking", "Project Manager", connected="2025-06-10")
c("genuine", "vendor_existing", "en", "racking supplier: delivery of mezzanine beams", [
    ("rack", "2026-01-27 13:40", "Hi Sanne, the extra beams for the mezzanine (order 25-1187) will be delivered on 3 February instead of 30 January, the galvanizing took longer. Installation crew stays on 4-5 February. Sorry for the delay."),
    ("me", "2026-01-27 14:02", "Ok Martijn, thanks for the heads up. Please make sure the truck arrives before 10:00, after that the yard is full."),
])

p("recr", "Charlotte Wijnberg", "Wijnberg Search", "Partner", connected="2025-12-01")
c("genuine", "recruiter_engaged", "en", "recruiter she hired sends site manager profiles", [
    ("me", "2025-12-01 16:00", "Hi Charlotte, as discussed: site manager for our new Botlek location, start Q2. I'll send the job profile by mail."),
    ("recr", "2026-01-09 11:30", "Hi Sanne, happy new year! I have two strong candidates for the Botlek role: one from a cold-store in Barendrecht, one from automotive in Born. Both open to talk. Shall I plan interviews on 20 or 21 January?"),
    ("me", "2026-01-09 12:10", "21 January afternoon please."),
])

p("customs", "Koen Willemse", "Willemse Douane-expediteurs", "Customs Broker", connected="2020-07-14")
c("genuine", "customs_broker", "en", "genuine customs broker message landed in SPAM", [
    ("customs", "2026-02-11 07:55", "Sanne, MRN for container MSKU 7730214 is released, T1 closed. Please release the pick for Brightwell, documents are in your mailbox. Koen"),
], folder="SPAM")

p("joris", "Joris Verbeek", "", "", connected="2012-09-01")
c("genuine", "friend", "en", "university friend catching up", [
    ("joris", "2025-12-20 21:10", "Hey Sanne, long time! I'm back in Rotterdam from Singapore in January. Beer at the usual place in Kralingen?"),
    ("me", "2025-12-21 10:05", "Joris!! Yes of course. Second week of January?"),
])

p("peer", "Annemiek Dekker", "Maasdelta Fulfilment", "Operations Manager", connected="2018-05-15")
c("genuine", "peer", "en", "owner asks peer about AMRs", [
    ("me", "2025-10-14 19:30", "Hi Annemiek, we're looking at AMRs for our e-com zone. You had a pilot last year, right? Would you share honestly how it went?"),
    ("peer", "2025-10-15 07:50", "Hi Sanne, honestly: good for goods-to-person with small items, bad with our mixed carton sizes. And the WMS integration took 4 months instead of 6 weeks. Happy to show you the setup, come for coffee."),
    ("me", "2025-10-15 08:10", "Super helpful, thanks! I'll come by."),
])

p("vca", "Rob Hendriks", "Veilig Werken Opleidingen", "Course Coordinator", connected="2025-09-08")
c("genuine", "requested_quote", "en", "owner asks training institute for course dates; they give price", [
    ("me", "2025-09-08 10:00", "Hello Rob, do you have VCA-basis course dates in October for 8 people, preferably in English?"),
    ("vca", "2025-09-08 13:20", "Hi Sanne, yes: 14+15 October in English at our Rotterdam location. Price €295 per person incl. exam. Shall I reserve 8 places?"),
    ("me", "2025-09-08 13:45", "Yes please, names follow tomorrow."),
])

p("gem", "Mohamed Bouzid", "Gemeente Rotterdam", "Traffic Coordinator Port Area", connected="2025-09-02")
c("genuine", "municipality", "en", "municipality: road closure affects truck access", [
    ("gem", "2025-09-02 09:00", "Dear Ms Verhoeven, from 22 September to 3 October the Waalhaven Oostzijde will be closed between 20:00 and 05:00 for road works. Trucks to your site should use the detour via the Kruithuisweg. Signs will be placed. Please inform your carriers."),
])

p("damage", "Wouter Lammers", "Groen & Co Dranken", "Logistics Coordinator", connected="2023-10-10")
c("genuine", "customer", "en", "customer complaint damaged goods, claim", [
    ("damage", "2026-02-24 08:40", "Hi Sanne, the order to Albert Heijn DC Zwolle came in with 2 pallets broken, bottles everywhere. They refused the pallets. I need a damage report from your side for the insurance. Can you send photos of the loading?"),
    ("me", "2026-02-24 09:30", "Hi Wouter, very sorry. Loading photos are in the system, I'll send them together with the report today. Looks like the pallets shifted in transport, but we'll check."),
])

p("baltic", "Andrius Petrauskas", "Baltic Road Cargo", "Dispatcher", connected="2025-08-19")
c("genuine", "carrier", "en", "carrier dispatcher: ADR paperwork", [
    ("baltic", "2025-10-21 12:00", "Hello, tomorrow our driver load 6 pallets ADR class 3 for Vilnius. Please prepare the transport document with UN numbers, driver has only the orange plates and the equipment. Thank you"),
])

p("mentee", "Sofia Lindqvist", "Coolport Logistics", "Junior Planner", connected="2026-02-03",
  invite=("IN", "2026-02-03 18:00", "Hi Sanne, could I ask you for career advice?"))
c("genuine", "mentoring", "en", "junior planner asks career advice", [
    ("mentee", "2026-02-03 18:20", "Hi Sanne, I saw your talk at the breakfast session. I'm 2 years in planning and wonder if I should go to the floor as a team leader first before a management role. Would you have 20 min for a coffee sometime? I'm not selling anything, promise 🙂"),
    ("me", "2026-02-04 08:00", "Hi Sofia, sure. The answer is yes, go to the floor 😉 but let's talk. Next Friday lunch?"),
])

p("fin", "Pieter de Boer", "Havenkade Logistics B.V.", "Controller", connected="2019-09-01")
c("genuine", "colleague", "en", "controller about dock leveller budget", [
    ("fin", "2025-09-19 15:00", "Sanne, for the 2026 budget I need the quote for the 6 new dock levellers before 1 October. Do you have it already or shall I ask the supplier?"),
    ("me", "2025-09-19 15:30", "I have it, mailing you now. €96k excluding installation."),
])

p("logi", "Karin Vos", "LogiDays Utrecht", "Content Manager", connected="2025-12-09")
c("genuine", "speaker_invite", "en", "trade fair panel invite, no cost for speakers", [
    ("logi", "2025-12-09 10:30", "Dear Sanne, for LogiDays 2026 (14-16 April) we're putting together a panel on 'Automation with people, not against them'. Fenna de Graaf recommended you. Speakers don't pay anything and get a free stand pass. Would you be interested? I can send the panel briefing."),
    ("me", "2025-12-10 09:00", "Hi Karin, interested, but it's close to our WMS go-live. Please send the briefing and I'll confirm before Christmas."),
])

p("thx", "Rachid Amrani", "Peakform Nutrition", "E-commerce Director", connected="2024-03-08")
c("genuine", "thanks", "en", "customer thanks after peak", [
    ("thx", "2026-01-06 10:00", "Sanne, just wanted to say: Black Friday to Christmas without a single day of backlog. Our customer service had the quietest December ever. Please say thanks to the whole team from us. Cake is coming on Thursday."),
])

p("safe", "Henk Jansen", "VNO Safety Network", "Member", connected="2014-11-20")
c("genuine", "congrats", "en", "congrats on safety milestone post", [
    ("safe", "2025-11-28 17:45", "365 days without lost time incident in a 3-shift warehouse — that is not luck, that is hard work. Well done Sanne and team!"),
])

p("exemp", "Dennis Ogunbiyi", "", "Reach Truck Driver", connected="2022-02-15")
c("genuine", "reference", "en", "former employee asks reference", [
    ("exemp", "2026-03-05 12:20", "Hi Sanne, I hope you are well. I'm applying for a team leader job at a warehouse in Waddinxveen. Can I give your name as reference? You were my manager until 2024."),
    ("me", "2026-03-05 19:00", "Hi Dennis, of course, good luck! Give them my mobile."),
])

p("ins", "Femke Roos", "Roos Assurantiën", "Account Manager", connected="2021-03-30")
c("genuine", "vendor_existing", "en", "insurance broker about claim, existing relationship", [
    ("ins", "2025-12-16 11:00", "Hi Sanne, the insurer approved the claim for the damaged racking in aisle 31, minus the deductible of €2,500. Payout within 3 weeks. Could you send the invoice of the repair once you have it?"),
])

# ------------------------------------------------------------------ wanted pitches
p("wrack", "Gerrit Smulders", "RackSafe Inspecties", "Inspector / Owner")
c("wanted_pitch", "racking_inspection", "en", "racking inspection tailored to mezzanine post and EN 15635", [
    ("wrack", "2026-02-09 08:15", "Hi Sanne, congratulations on the new mezzanine at Waalhaven (saw your post with the beam delivery). Under EN 15635 the new bays need an expert inspection within the first year, and since the inspectorate was with you in November you probably want the report in order. We do this for three other 3PLs in the port; a 42,000 m² site is usually 1.5 days. If useful, I could combine it with your annual inspection in April so the floor is only disturbed once."),
])

p("wamr", "Isabel Moreau", "Orbital Picking Systems", "Solutions Engineer")
c("wanted_pitch", "robotics", "en", "AMR vendor references her panel quote and WMS migration timing", [
    ("wamr", "2025-12-15 14:00", "Hi Sanne, at the Logistiek Netwerk breakfast you said your pickers in the e-com zone walk 14 km per shift and that you would never automate before the WMS migration is stable. Fair point. We do goods-to-person for small items with mixed totes; our integrations run on the same WMS you're moving to. I'm not asking for a meeting now — would it help if I sent you a one-page sketch for 2,000 order lines/day that you can keep for after go-live?"),
    ("me", "2025-12-16 09:20", "Hi Isabel, that's a refreshingly honest approach. Yes, send the sketch. Let's talk in June."),
])

p("wsolar", "Maarten Kuipers", "Dakstroom Energie", "Project Developer")
c("wanted_pitch", "energy", "en", "solar + battery, looked at roof and grid congestion", [
    ("wsolar", "2025-10-29 11:10", "Dear Ms Verhoeven, I looked at Havenkade's hall 3 on the satellite maps: roughly 11,000 m² of flat roof without panels. With the grid congestion in the Waalhaven area, a new connection for your planned electric reach trucks will probably take years. A rooftop system with a battery could cover the charging peak at shift change. We did something similar for a cold store in Ridderkerk. Interested in a calculation based on your actual load profile?"),
])

p("wdock", "Tessa van Leeuwen", "DockGuard Benelux", "Account Manager")
c("wanted_pitch", "dock_safety", "en", "dock restraint system referencing inspection focus and 24 docks", [
    ("wdock", "2025-11-26 09:00", "Hi Sanne, the inspectorate announced that trailer creep at loading docks is a focus in the port area this winter. Your site has 24 docks and, from the photos on your careers page, no wheel chocks with signal lights. We install restraint systems that block the dock door until the trailer is secured. Would a free check of two docks be helpful before your next inspection?"),
])

p("wtrain", "Ana Popescu", "Multilingual Forklift Training", "Trainer")
c("wanted_pitch", "training", "en", "forklift refresher in Polish/Romanian, saw job ads", [
    ("wtrain", "2026-01-13 13:00", "Hello Sanne, I noticed Havenkade posts its reach truck vacancies in Polish and Romanian too. We give refresher training in those languages (and English), on your own trucks and racking, 4 hours per group of 6. Clients see fewer near-misses because people actually understand the instructor. Happy to send the programme."),
    ("me", "2026-01-13 15:40", "Hi Ana, please send it, we have a group of 10 Romanian colleagues who need a refresher."),
])

p("wwms", "Frederik Claes", "Cutover Consulting", "WMS Test Lead")
c("wanted_pitch", "wms_consulting", "en", "WMS cutover test support, references key-user job ad and April go-live", [
    ("wwms", "2026-02-12 16:30", "Hi Sanne, your job ad for two WMS key users mentions a go-live in April. The step most teams underestimate is end-to-end testing with real carrier labels and wave releases. I've done cutovers on this WMS at two Benelux 3PLs; I could write and run the test scripts with your key users for 6 weeks. If the timing is already covered, ignore me."),
])

p("wexo", "Lena Vermeulen", "Ergolift Exoskeletons", "Product Specialist")
c("wanted_pitch", "ergonomics", "en", "exoskeleton trial referencing her absenteeism post", [
    ("wexo", "2025-10-06 10:20", "Hi Sanne, your post on absenteeism in the picking team (back complaints as number one reason) stayed with me. We make passive exoskeletons for lifting between knee and shoulder height, the typical carton picking movement. We could lend you two units for four weeks, free, and your works council can be involved from day one."),
])

p("wcust", "Oliver Brandt", "BorderLine Customs Software", "Sales Engineer")
c("wanted_pitch", "customs_software", "en", "customs software for UK exports, references T1 post", [
    ("wcust", "2026-02-18 09:00", "Hi Sanne, you wrote last week that every UK shipment still costs your team half an hour of manual T1 paperwork. Our software pulls the packing list from the WMS and prefills export and transit declarations; it's used by a few Rotterdam 3PLs with a similar UK share. Would a short demo with your customs colleague be useful?"),
])

p("wlang", "Marloes Hartman", "TaalWerkt", "Founder")
c("wanted_pitch", "language_course", "en", "Dutch lessons for international staff, references works council newsletter", [
    ("wlang", "2025-09-29 12:00", "Dear Sanne, in your works council newsletter (shared publicly by Ahmed) I read that colleagues asked for Dutch lessons on site. We teach 'work floor Dutch' in the canteen, in 1-hour blocks right after shift. Materials use your own safety signs and instructions. If interesting, I'd be glad to offer a pilot group."),
])

p("wpallet", "Niels Jonker", "PalletLoop", "Business Developer")
c("wanted_pitch", "pallet_pooling", "en", "pallet pooling after her complaint about pallet exchange", [
    ("wpallet", "2026-03-03 14:00", "Hi Sanne, your rant about pallet exchange with supermarket DCs made me laugh, and it's exactly the problem we solve. For 3PLs with drinks customers we take over the pool administration and collection of empties. Given your Groen & Co volumes it could save your yard a lot of space. Open to a short comparison?"),
])

p("wcctv", "Yusuf Demir", "YardWatch Security", "Consultant")
c("wanted_pitch", "security", "en", "yard security after reported theft at Waalhaven", [
    ("wcctv", "2025-12-02 08:45", "Hi Sanne, the Havenkrant reported two trailer thefts at Waalhaven Zuid last month, one at a neighbour of yours. We install camera analytics that alert on movement near parked trailers outside working hours, connected to your own gatehouse. Would a free walk-around of your yard help?"),
])

p("wlabel", "Bram Visser", "PackRight Automation", "Sales Engineer")
c("wanted_pitch", "packaging", "en", "auto-bagging referencing packing operator vacancies and e-com volumes", [
    ("wlabel", "2025-09-12 10:00", "Hello Sanne, I see Havenkade has had six packing operator vacancies open since summer. We install auto-bagging machines that one operator can run for 600 e-com orders per hour; a 3PL in Venlo cut their packing team from 9 to 4 with it and moved people to picking. Could I show you the Venlo line? They're happy to host a visit."),
])

# ------------------------------------------------------------------ junk
template = [
    ("lg1", "Ryan Cole", "PipelineForge", "2025-10-07 09:14",
     "Hi Sanne, I came across Havenkade Logistics and was impressed by your growth in the logistics space. We help 3PLs land 8-12 qualified meetings with shippers every month, fully done for you. Do you have capacity for new clients right now? Open to a quick 15-minute call this week?"),
    ("lg2", "Megan Price", "LeadHarbor", "2025-10-21 14:02",
     "Hello Sanne, I came across Havenkade Logistics B.V. and was really impressed by your work in the supply chain space. We help logistics providers book 5-10 qualified sales meetings with shippers per month, done for you. Do you currently have capacity to take on new clients? Open to a quick 15 min call next Tuesday?"),
    ("lg3", "Daniel Okafor", "ScaleReach Partners", "2025-11-04 11:30",
     "Hey Sanne! Came across Havenkade and was impressed by the growth in the warehousing space. We help 3PL companies get 8-12 qualified meetings with new shippers each month, completely done-for-you. Got capacity for new clients? Open to a quick 15-minute chat this week?"),
    ("lg4", "Chloe Martin", "B2B Growth Engine", "2025-12-01 16:45",
     "Hi Sanne, I came across Havenkade Logistics and was impressed by your work in the logistics space. We help 3PLs land 10+ qualified meetings with shippers every month. Do you have capacity for new clients? Quick 15-minute call this week?"),
]
for key, name, company, when, text in template:
    p(key, name, company, "Founder")
    c("junk", "template_campaign", "en", f"lead-gen template campaign ({company})", [(key, when, text)])
c("junk", "followup_bump", "en", "template sender bumps twice", [
    ("lg1", "2025-11-02 09:00", "Hi Sanne, I know you're busy running a warehouse 🙂 Just floating this back to the top. Still open to a quick 15-minute call?"),
    ("lg1", "2025-11-16 09:00", "Sanne, last try — should I close your file? Happy to reconnect whenever you have capacity for new clients."),
])

p("mt1", "Jason Whitfield", "Apex Freight Software", "Account Executive")
c("junk", "merge_tag_failure", "en", "merge tag {first_name}", [
    ("mt1", "2025-09-23 08:00", "Hi {first_name}, as {job_title} at {company_name} you know how painful manual dock scheduling is. Our platform cuts waiting times by 37%. Worth a quick chat?"),
])
p("mt2", "Priyanka Sharma", "Nexa Offshore Services", "Business Development")
c("junk", "merge_tag_failure", "en", "bracket placeholder [Name]", [
    ("mt2", "2025-10-15 10:30", "Dear [Name], I hope this message finds you well. We provide dedicated back-office staff (data entry, invoicing, order processing) at 60% lower cost for companies like [Company]. Can we schedule a short call?"),
])
p("mt3", "Kevin Brooks", "Forklift Direct", "Sales")
c("junk", "merge_tag_failure", "en", "wrong name and company (Sandra at DHL)", [
    ("mt3", "2025-11-10 12:00", "Hi Sandra, congrats on everything you're doing at DHL Supply Chain! We have 40 refurbished counterbalance forklifts ready to ship this month at unbeatable prices. Shall I send the list?"),
    ("mt3", "2025-11-24 12:00", "Hi Sandra, just following up on the forklifts — stock is moving fast!"),
])
p("mt4", "Alicia Gomez", "TalentBridge EU", "Recruiter")
c("junk", "merge_tag_failure", "en", "full-caps merge of name and headline", [
    ("mt4", "2026-01-19 07:30", "Hi SANNE VERHOEVEN - OPERATIONS MANAGER | 3PL | WAREHOUSING | LEAN, we have an exciting opportunity that fits your profile perfectly! Our client, a fast-growing insurance company, is hiring Financial Advisors (commission-based, unlimited income). Interested?"),
])

p("sp1", "Northbridge Business", "", "", url="https://www.linkedin.com/company/northbridge-business")
c("junk", "sponsored_inmail", "en", "Sponsored InMail: business credit card", [
    ("sp1", "2025-10-10 12:00", "<p>Hi Sanne,</p><p>Business expenses piling up? Get the Northbridge <b>Business Platinum</b> card with 2% cashback on fuel &amp; freight.</p><p><a href='https://example.invalid'>Apply in 5 minutes</a></p>"),
], title=SPONSORED, subject="Sanne, 2% cashback on every freight invoice")
p("sp2", "Westbury School of Management", "", "", url="https://www.linkedin.com/company/westbury-som")
c("junk", "sponsored_inmail", "en", "Sponsored InMail: executive MBA", [
    ("sp2", "2026-02-20 12:00", "<p>Dear Sanne,</p><p>Ready to take the next step? Our part-time <b>Executive MBA in Supply Chain Leadership</b> starts in September. Scholarships available for early applicants.</p><p>Download the brochure today.</p>"),
], title=SPONSORED, subject="Scholarships for the Executive MBA – apply now")

p("ctp1", "Mark Delaney", "Delaney Offshore Accounting", "Director",
  connected="2025-10-01", invite=("IN", "2025-10-01 08:10", ""))
c("junk", "connect_then_pitch", "en", "connect-then-pitch: small talk then bookkeeping", [
    ("ctp1", "2025-10-01 09:02", "Thanks for connecting Sanne! How's the week going in Rotterdam?"),
    ("me", "2025-10-01 12:30", "Busy but good, thanks."),
    ("ctp1", "2025-10-03 10:15", "Glad to hear! Quick one — we help companies outsource their bookkeeping and payroll to our team in Manila at a fraction of the cost. Could I send you a short deck?"),
])
p("ctp2", "Alex Rivera", "MindPeak Coaching", "Founder & Coach",
  connected="2025-11-13", invite=("IN", "2025-11-13 19:40", "Let's connect as like-minded entrepreneurs!"))
c("junk", "connect_then_pitch", "en", "like-minded entrepreneurs then coaching", [
    ("ctp2", "2025-11-13 20:01", "Great to be connected, Sanne! Always love meeting like-minded entrepreneurs. What are you working on these days?"),
    ("ctp2", "2025-11-18 08:30", "Sanne, I work with high-performing leaders who feel stuck at their current level. My 12-week program has helped 300+ executives 3x their impact. Would you be open to a free discovery call?"),
    ("ctp2", "2025-12-02 08:30", "Just checking you saw my last message 🙏"),
])
p("ctp3", "Vikram Nair", "AppSprint Solutions", "CEO",
  connected="2026-01-26", invite=("IN", "2026-01-26 06:55", ""))
c("junk", "connect_then_pitch", "en", "connect-then-pitch: compliments then app development", [
    ("ctp3", "2026-01-26 07:10", "Hi Sanne, nice to connect with you. Your profile is really inspiring!"),
    ("ctp3", "2026-01-28 07:10", "We build custom mobile apps and websites for businesses of every size. Our clients see 200% more engagement. Can we schedule a quick 15-minute call to discuss your project?"),
])

p("bump", "Steve Harlow", "Global Handling Equipment", "Sales Manager")
c("junk", "followup_bump", "en", "generic equipment pitch bumped three times", [
    ("bump", "2025-09-15 09:00", "Hi Sanne, we supply pallet trucks, stackers and forklifts from leading brands. Let me know if you need anything."),
    ("bump", "2025-09-22 09:00", "Just bumping this to the top of your inbox."),
    ("bump", "2025-10-06 09:00", "Hi again — any interest?"),
])
p("robo", "Natalie Quinn", "NextGen Warehouse AI", "Growth Manager")
c("junk", "generic_relevant_template", "en", "generic robotics 'revolutionize' template", [
    ("robo", "2025-12-08 10:00", "Hi Sanne, are you ready to revolutionize your warehouse with AI-powered robotics? Leading companies are cutting costs by up to 70%. Let's book a quick 15-minute call so I can show you how."),
])
p("staff1", "Radu Ionescu", "EuroWorkforce Solutions", "Business Developer")
c("junk", "staffing_generic", "en", "generic staffing agency offer", [
    ("staff1", "2025-09-30 07:45", "Hello, we are supplying reliable workers from Eastern Europe for warehouses, production and construction. Low rates, fast delivery of personnel, housing arranged. Please contact me for our price list."),
])
p("staff2", "Jörg Hinrichs", "ProPersonal Nord GmbH", "Vertrieb")
c("junk", "staffing_generic", "de", "German staffing agency generic pitch", [
    ("staff2", "2025-11-06 08:15", "Guten Tag, wir sind ein Personaldienstleister aus Bremen und stellen kurzfristig Lagerhelfer, Staplerfahrer und Kommissionierer bereit – auch für die Niederlande. Haben Sie aktuell Bedarf? Ich würde mich über ein kurzes Telefonat freuen."),
])
p("rec1", "Hannah Lowe", "Premier Sales Careers", "Talent Partner")
c("junk", "recruiting_spam", "en", "recruiting spam for unrelated sales role", [
    ("rec1", "2025-10-28 13:00", "Hi Sanne! Your background caught my eye. We're hiring ambitious people for a remote B2B sales role in solar panels — OTE €120k. No experience needed. Interested in a quick chat?"),
])
p("crypto", "Emily Zhang", "", "Investor")
c("junk", "crypto_scam", "en", "crypto 'uncle trader' scam", [
    ("crypto", "2025-11-20 22:10", "Hello dear, I see you are in logistics. My uncle is a professional crypto trader and he helped me earn 30% every month. I can teach you for free, just message me on WhatsApp."),
], folder="SPAM")
p("mlm", "Tamara Klerks", "", "Independent Wellness Partner")
c("junk", "mlm", "en", "MLM wellness business opportunity", [
    ("mlm", "2026-01-04 20:00", "Hey lovely! New year, new goals? ✨ I'm building a team of strong women who want an extra income from home with our plant-based wellness products. Would you be open to hearing more? No pressure!"),
])
p("award", "Richard Sterling", "European Logistics Excellence Awards", "Awards Director")
c("junk", "paid_award", "en", "paid award shortlist with entry fee", [
    ("award", "2025-12-04 11:00", "Dear Sanne, congratulations! Havenkade Logistics has been shortlisted for the European Logistics Excellence Awards 2026 in the category 'Warehouse Operator of the Year'. To confirm your place in the final, a participation package of €1,950 applies (gala dinner for 2, trophy and winners' media kit). Please confirm by Friday."),
])
p("pod", "Jake Morrison", "Supply Chain Titans Podcast", "Host")
c("junk", "paid_podcast", "en", "podcast guest spot for a fee", [
    ("pod", "2026-02-02 15:00", "Hi Sanne, we'd love to feature you as a guest on Supply Chain Titans (top 2% podcast worldwide)! Our guests share their leadership journey with 50k+ listeners. There is a small production fee of $750 which covers editing and promotion. Shall I send the booking link?"),
])
p("mag", "Olivia Grant", "Women in Supply Chain Review", "Editor")
c("junk", "paid_feature", "en", "paid 'Top 10 Women in Logistics' feature", [
    ("mag", "2025-10-17 09:30", "Hi Sanne, our editorial team has selected you for our 'Top 10 Women Leaders in Logistics 2025' edition! Featured leaders receive a full-page profile, a digital badge and a framed certificate. The feature package is €2,400. Let me know and I'll send the interview form."),
])
p("seo", "Arjun Mehta", "RankBoost Digital", "SEO Consultant")
c("junk", "irrelevant_service", "en", "SEO agency generic", [
    ("seo", "2025-09-18 05:30", "Hi, I checked your website and found 37 SEO errors that are hurting your Google ranking. I can fix them and get you on page 1. May I send you a free audit report?"),
], folder="SPAM")
p("va", "Grace Santos", "ClearDesk Virtual Assistants", "Founder")
c("junk", "capacity_pitch", "en", "virtual assistant agency", [
    ("va", "2026-02-26 03:40", "Hi Sanne, are you drowning in admin? Our trained virtual assistants handle email, scheduling and data entry from $9/hour. Do you have 15 minutes this week to explore?"),
])
p("gift", "Lucy Hammond", "BrandedThreads", "Sales Lead")
c("junk", "irrelevant_product", "en", "branded socks / corporate gifts", [
    ("gift", "2025-11-27 10:00", "Hi Sanne! Christmas is coming 🎄 Surprise your team with custom branded socks and hoodies — minimum order only 50 pieces. Want me to send a free mock-up with your logo?"),
])
p("other3pl", "Stefan Maes", "FlexStore Logistics", "Commercial Manager")
c("junk", "sells_same_service", "en", "another 3PL pitching warehousing to a 3PL", [
    ("other3pl", "2026-01-22 09:00", "Dear Sir/Madam, are you looking for a reliable logistics partner? FlexStore offers warehousing, fulfilment, cross-docking and transport across Benelux. Competitive rates, flexible contracts. Let us know your requirements and we will make you an offer."),
])
p("fwd", "Linda Wu", "Shenzhen Ocean Express", "Overseas Sales")
c("junk", "irrelevant_service", "en", "Chinese forwarder generic rates", [
    ("fwd", "2025-10-24 04:15", "Dear friend, good day! Do you have any shipments from China? We can offer best sea freight and air freight rates, DDP door to door. Please kindly share your cargo details for quotation. Thanks!"),
    ("fwd", "2025-11-07 04:15", "Dear friend, any update? Best rates this month!"),
])
p("fx", "Robert Lang", "Alpine Capital Markets", "Senior Wealth Advisor")
c("junk", "investment_scam", "en", "forex investment in SPAM", [
    ("fx", "2026-01-30 23:00", "Hello Sanne, I manage a private forex fund with guaranteed 12% monthly returns. Minimum investment €5,000. Only 5 spots left for Q1. Reply YES for details."),
], folder="SPAM")
p("ai", "Ethan Park", "InboxPilot AI", "Co-founder")
c("junk", "irrelevant_product", "en", "AI inbox agent generic", [
    ("ai", "2026-03-09 17:00", "Sanne — what if your inbox answered itself? InboxPilot's AI agents handle follow-ups, scheduling and CRM updates 24/7. Founders save 10 hrs/week. Worth a look?"),
])
p("solarjunk", "Tim de Wit", "GreenPower Deals", "Energy Consultant")
c("junk", "generic_relevant_template", "en", "generic energy template, contrast to tailored solar pitch", [
    ("solarjunk", "2025-12-11 09:30", "Hi, are you the right person for energy decisions in your company? We help businesses cut energy costs by up to 40%. Free, no-obligation scan. When can we call?"),
])
p("film", "Gabriele Rossi", "WrapMaster Europe", "Export Sales")
c("junk", "generic_relevant_template", "en", "stretch film unbeatable prices", [
    ("film", "2026-02-16 08:00", "Good morning! We are a manufacturer of stretch film, pallet wrap and tapes with best quality and unbeatable prices. Can I send you our catalogue and price list?"),
])
p("dinner", "Sophie Laurent", "C-Suite Roundtables", "Partnerships Director")
c("junk", "paid_event", "en", "exclusive roundtable with sponsorship fee", [
    ("dinner", "2026-01-12 14:00", "Hi Sanne, we're hosting an exclusive roundtable for 12 hand-picked logistics executives in Amsterdam. As a thought leader, you'd have a seat at the table and a speaking slot — partner contribution €3,500. Would you like to reserve?"),
])
p("rec2", "Marco Bellini", "Swiss Talent Group", "Headhunter")
c("junk", "recruiting_spam", "en", "recruiter pitching candidates for sales team", [
    ("rec2", "2025-09-10 11:00", "Hi Sanne, I have 3 pre-screened senior sales executives available immediately for your team. Our fee is only 15% of first-year salary. Shall I send their CVs?"),
])
p("dejunk", "Matthias Brenner", "LagerTech Software AG", "Key Account Manager")
c("junk", "template_german", "de", "German generic software pitch", [
    ("dejunk", "2025-11-25 09:00", "Sehr geehrte Damen und Herren, mit unserer Cloud-Lagerverwaltung steigern Sie Ihre Effizienz um bis zu 35 %. Über 500 zufriedene Kunden vertrauen uns bereits. Darf ich Ihnen unverbindlich eine Demo zeigen? Mit freundlichen Grüßen"),
])
p("mix1", "Stephanie Krüger", "Kontor Marketing", "Inhaberin")
c("junk", "irrelevant_service", "mixed", "German/English social media agency pitch", [
    ("mix1", "2026-03-11 10:00", "Hi Sanne! Wir sind eine Social-Media-Agentur aus Düsseldorf. We help B2B companies go viral on LinkedIn and TikTok 🚀 Unsere Kunden gewinnen im Schnitt 5.000 Follower in 3 Monaten. Lust auf einen kurzen Call?"),
])

x.write(OUT, {
    "First Name": "Sanne", "Last Name": "Verhoeven",
    "Headline": "Operations Manager at Havenkade Logistics | 3PL warehousing & e-commerce fulfilment",
    "Summary": "Running a 42,000 m² contract logistics site in the port of Rotterdam: three shifts, 160 colleagues, e-commerce, FMCG and spare parts customers.",
    "Industry": "Transportation, Logistics, Supply Chain and Storage", "Geo Location": "Rotterdam, South Holland, Netherlands",
}, [
    {"Company Name": "Havenkade Logistics B.V.", "Title": "Operations Manager", "Location": "Rotterdam", "Started On": "Mar 2021"},
    {"Company Name": "Havenkade Logistics B.V.", "Title": "Shift Planner", "Location": "Rotterdam", "Started On": "Mar 2016", "Finished On": "Mar 2021"},
], ["Warehouse Management", "Lean", "WMS", "People Management", "Contract Logistics", "Health & Safety"])
print(x.summary())

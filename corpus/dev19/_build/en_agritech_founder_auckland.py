"""dev19 persona (written blind as heldout25, session 4): heldout25 persona 1: Josie Te Kani, founder of Wetfoot Sensors Ltd (Auckland, 9 people),
soil-moisture probes for dairy farms and kiwifruit orchards. English only, 2024 export layout.

Written blind to the unpitch code (session 4). Every message text below is written by hand.
Run: /work/main/.venv/bin/python corpus/dev19/_build/en_agritech_founder_auckland.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-agritech-founder-auckland"
OWNER = Person("me", "Josie Te Kani", "https://www.linkedin.com/in/josie-te-kani-4b71e2",
               "Wetfoot Sensors Ltd", "Founder & CEO")
ex = Export(SLUG, "2024", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people: genuine side
P("dairy_matamata", "Graeme Fulton", "Fulton Family Dairy", "Owner-operator", connected="2024-02-11")
P("kiwi_tepuke", "Anand Sharma", "Sharma Orchards Te Puke", "Orchard Manager", connected="2021-06-04")
P("cm_onehunga", "Lorraine Vesey", "Manukau Electronics Assembly", "Account Manager", connected="2022-03-17")
P("dist_paddock", "Tama Rewiti", "Paddock & Co Rural Supplies", "Category Manager - Irrigation", connected="2022-09-30")
P("angel_rob", "Rob Ainsley", "Harbourside Angels", "Angel Investor", connected="2021-11-02")
P("grant_officer", "Pania Whitcombe", "AgriGrowth NZ", "Investment Manager, Regional Fund", connected="2023-05-19")
P("applicant_fw", "Dmitri Okafor", "", "Embedded Software Engineer", connected="2024-08-20")
P("recruiter_mel", "Mel Garrity", "Kauri Talent", "Principal Consultant - Engineering", connected="2024-04-03")
P("peer_irrig", "Hamish McAlister", "FlowRight Irrigation Design", "Director", connected="2020-09-14")
P("journo", "Sophie Lindqvist", "The Rural Ledger", "Reporter", connected="2024-01-22")
P("expo_org", "Bernadette Kohu", "Central Plateau Agri Expo", "Exhibitor Coordinator", connected="2022-11-08")
P("thanks_1", "Callum Reid", "Reid Agronomy", "Agronomist", connected="2024-06-13")
P("thanks_2", "Aria Ngata", "Bay Kiwi Growers Coop", "Grower Services Lead", connected="2024-06-13")
P("thanks_3", "Fergus Dunlop", "", "Dairy farmer, Putaruru", connected="2024-06-14")
P("friend_lou", "Louisa Park", "Tidewater Design", "Industrial Designer", connected="2017-03-09")
P("excol_ben", "Ben Taufa", "Southern Spark Energy", "Senior Data Engineer", connected="2018-07-21")
P("spam_grower", "Walter Brennan", "Brennan Estate Wines", "Vineyard Manager")
P("hydro_prof", "Dr Miriama Ellis", "University of Waikato", "Senior Lecturer, Soil Physics",
  connected="2023-08-30", invite=("OUT", "2023-08-28 20:14", "Kia ora Miriama, loved your paper on pugging and soil water. Would be great to connect."))
P("coop_rep", "Shane Whitiora", "Waipā Dairy Cooperative", "Farm Services Rep",
  connected="2024-03-05", invite=("OUT", "2024-03-04 07:55", ""))
P("cm_sz", "Kevin Luo", "Pearl River PCBA", "Business Development Manager", connected="2023-10-12")
P("mentor", "Diane Harcourt", "", "Board member & mentor", connected="2019-02-15")
P("student", "Liam Cheung", "University of Auckland", "BE (Hons) Mechatronics student", connected="2024-09-02")
P("battery_cust", "Trevor Gallagher", "Gallagher Holdings (Reporoa)", "Farm Owner", connected="2023-01-10")
P("lora_vendor", "Priyanka Nair", "Kiwi IoT Networks", "Customer Success Manager", connected="2022-02-14")
P("lawyer", "Oliver Tane", "Tane Marsh Legal", "Partner", connected="2021-05-27")
P("excol_2", "Sarah Whyte", "Wetfoot Sensors Ltd", "Former Field Technician", connected="2021-09-01")
P("orchard_lead", "Kerry-Anne Moss", "Eastpack Orchards", "Orchard Operations Manager", connected="2024-10-08")
P("aus_dist", "Brett Coulter", "Coulter Ag Supply (QLD)", "Managing Director", connected="2024-07-15")
P("council", "Jenna Hira", "Waikato Regional Council", "Sustainable Land Use Advisor", connected="2023-12-01")
P("pod_friend", "Marcus Leota", "Grass Roots Podcast", "Host", connected="2022-05-03")
P("hw_contractor", "Nick Sandoval", "Sandoval Engineering", "Contract Hardware Engineer", connected="2023-04-18")
P("vc_assoc", "Ella Brightwater", "Longwhite Ventures", "Associate", connected="2024-05-21",
  invite=("OUT", "2024-05-20 18:02", "Hi Ella, we met briefly at the agritech breakfast. Keen to stay in touch."))
P("discussion", "Ross Hamblyn", "Tokoroa Farmer Discussion Group", "Convenor", connected="2023-07-07")
P("friend_mere", "Mere Karaka", "", "Kiwifruit grower & old flatmate", connected="2016-05-12")
P("applicant_cs", "Hannah Ruck", "", "Agronomist", connected="2024-11-18")

# ---------------------------------------------------------------- people: wanted pitches
P("coat", "Vikram Desai", "Conformal Shield Ltd", "Applications Engineer")
P("ux_free", "Gemma Ostrowski", "", "Freelance UX researcher - rural & field software")
P("battery_sup", "Arthur Pennington", "CellCraft Power Solutions", "Technical Sales, Industrial Cells")
P("appdev", "Ravi Menon", "Northbeam Mobile", "Co-founder")
P("freight", "Donna McKechnie", "Backroad Freight Co", "Business Development")
P("rdti", "Caroline Ashby", "Ashby R&D Advisory", "R&D Tax Specialist")
P("testrig", "Jonas Feld", "Benchline Test Systems", "Field Application Engineer")
P("recruit_good", "Tom Heremaia", "Circuit People Recruitment", "Embedded & Hardware Recruiter")
P("aus_compliance", "Fiona Blackwood", "Tasman Compliance Partners", "Senior Consultant")
P("orchard_sw", "Lucas Ferreira", "OrchardLens", "Partnerships Lead")
P("video_good", "Kiri Paewai", "Long Paddock Media", "Director / Camera")
P("ip_attorney", "Harriet Colquhoun", "Colquhoun IP", "Patent Attorney")

# ---------------------------------------------------------------- people: junk
P("tpl_1", "Jordan Blake", "ScaleForge Growth", "Founder")
P("tpl_2", "Aisha Raman", "PipelinePilot", "Growth Partner")
P("tpl_3", "Connor Hayes", "Apex Outreach Co", "Head of Partnerships")
P("tpl_4", "Tobias Kern", "Wachstumswerk GmbH", "Geschäftsführer")
P("tpl_5", "Nadia Petrovic", "LeadLoop Agency", "Client Success Director")
P("merge_1", "Ethan Cole", "BrightPath Digital", "SEO Strategist")
P("merge_2", "Samantha Reyes", "CloudDesk VA", "Operations Lead")
P("merge_3", "Mark Villiers", "Sentinel Cyber", "Account Executive")
P("merge_4", "Priya Kaur", "DataBridge Analytics", "Sales Development Rep")
P("spons_1", "LinkedIn Member", url="")
P("spons_2", "LinkedIn Member", url="")
P("spons_3", "LinkedIn Member", url="")
P("award", "Gloria Hastings", "Asia-Pacific Business Excellence Awards", "Awards Director")
P("podcast_paid", "Derek Vance", "Founders Unfiltered Podcast", "Producer")
P("magazine", "Imogen Stratton", "Innovators Quarterly", "Editorial Partnerships")
P("same_product", "Ryan Koh", "TerraPulse IoT", "Regional Sales Manager")
P("capacity", "Bianca Moretti", "ClientStream Partners", "Partner")
P("likeminded", "Kwame Asante", "Asante Ventures", "Serial Entrepreneur | Mindset Coach")
P("quickcall", "Lily Tran", "Optimise HR", "Business Development")
P("ctp_1", "Gavin Marsh", "Insight Sales Training", "Sales Coach",
  connected="2024-04-15", invite=("IN", "2024-04-15 08:02", "Hi Josie, love seeing agritech founders in NZ. Let's connect!"))
P("ctp_2", "Chloe Durant", "Momentum Brand Studio", "Brand Strategist",
  connected="2024-09-09", invite=("IN", "2024-09-08 21:47", ""))
P("ctp_3", "Hassan Farouk", "NearshoreDev Solutions", "VP Sales",
  connected="2025-01-13", invite=("IN", "2025-01-13 02:15", "Would be great to be connected with you."))
P("bump_1", "Stacey Lowe", "ExpenseEase", "Account Executive")
P("bump_2", "Declan Moore", "RankRocket SEO", "Growth Consultant")
P("offtopic_1", "Vincent Laurent", "Horologe Privé", "Private Client Advisor")
P("fluent", "Amelia Stone", "Nexora AI", "Enterprise Partnerships")
P("coat_generic", "Ahmed Siddiqui", "GlobalPCB Services", "Sales Manager")
P("app_generic", "Rahul Verma", "CodeCraft Technologies", "Business Development Executive")
P("grant_generic", "Shelley Burke", "FundingFinders NZ", "Funding Consultant")
P("recruit_generic", "Jasmine Holt", "TalentWave Global", "Talent Acquisition Partner")
P("video_generic", "Marco Bellini", "ViralMotion Studios", "Creative Director")
P("offshore", "Sunil Joshi", "Infinisoft Outsourcing", "Director - Offshore Delivery")
P("bookkeep", "Tracey Quinn", "SnapBooks", "Bookkeeping Consultant")
P("investor_fee", "Leonard Price", "Capital Connect Network", "Investor Relations Director")
P("web3", "Zane Holloway", "AgriChain DAO", "Community Lead")
P("expo_dubai", "Rana Haddad", "Global Smart Tech Expo", "Exhibition Sales")
P("forex", "Kyle Benton", "", "Financial freedom mentor")
P("dinner", "Olivia Sterling", "The Founders Table", "Community Director")

# ================================================================ GENUINE (35)
C("genuine", "inbound_lead_quote", "en", "dairy farmer asks price for 12 probes; owner quotes",
  [("dairy_matamata", "2024-02-12 19:41", "Evening Josie. Saw your stand at the field day on Saturday, we talked about the pugging on my back paddocks. I'm keen on maybe 12 probes across the 160ha. What would that set me back all up incl the app? Cheers Graeme"),
   ("me", "2024-02-13 07:12", "Kia ora Graeme, great to hear from you! For 12 probes it'd be $389 + GST each, plus the app at $29/month for the whole farm (not per probe). Install is free if you're within 90 min of Hamilton, which you are. Happy to come out and pick the spots with you - does next Thursday arvo work?"),
   ("dairy_matamata", "2024-02-13 12:30", "Thursday good. After milking so say 2pm. Is there any discount if I go 15?"),
   ("me", "2024-02-13 12:52", "At 15 I can do $365 each. See you Thursday 2pm, I'll bring a couple of demo units."),
   ("dairy_matamata", "2024-02-22 20:05", "Good yarn today. Send the invoice through for 15, wife does the books - fulton.dairy@ mailbox you've got.")])

C("genuine", "client_support", "en", "long-time kiwifruit customer, readings flatlined after rain",
  [("kiwi_tepuke", "2021-06-05 10:10", "Hi Josie, thanks for connecting. Probes went in on Tuesday, the lads are stoked with the dashboard."),
   ("me", "2021-06-05 11:40", "Awesome, thanks Anand! Shout if anything looks off."),
   ("kiwi_tepuke", "2023-02-16 08:22", "Morning. Probe 4 in the gold block has been sitting on 41% for 3 days since that big rain. Others have dropped back. Stuck?"),
   ("me", "2023-02-16 08:47", "Could be waterlogged around the sensor if that corner holds water - or the cable's been nicked by the mower. Can you send a photo of where it comes out of the ground?"),
   ("kiwi_tepuke", "2023-02-16 09:30", "Yep mower. Sorry 🙈"),
   ("me", "2023-02-16 09:41", "Ha, happens every season. I'll courier a replacement lead today, no charge this time."),
   ("kiwi_tepuke", "2024-11-28 16:05", "Hey Josie - renewing for another season. Any chance of adding 6 more for the new G3 block before Xmas?"),
   ("me", "2024-11-28 17:20", "Absolutely. I'll get Sarah's replacement, Ropata, to book in the install for week of 9 Dec.")])

C("genuine", "vendor_price_change", "en", "contract manufacturer announces 7% price increase from July",
  [("cm_onehunga", "2024-05-03 14:15", "Hi Josie,\n\nJust a heads up before it goes out formally: from 1 July our assembly rates go up 7% across the board - mainly labour and the new SMT line lease. Your PO for the 500-unit run in August would land at the new rate.\n\nIf you can lock the PO in before 30 June we'll hold the current price. Happy to talk it through.\n\nLorraine"),
   ("me", "2024-05-03 16:02", "Thanks for the early warning Lorraine, appreciated. Let me check cash flow with our CFO and come back to you by Friday. Could we split it - 300 now, 200 in Aug?"),
   ("cm_onehunga", "2024-05-06 09:11", "Split is fine as long as the 300 are confirmed by 30 June. I'll send the revised quote.")])

C("genuine", "distributor_quote_request", "en", "rural retailer wants wholesale quote for 200 units",
  [("dist_paddock", "2024-07-22 10:32", "Hi Josie, we're planning our spring irrigation catalogue. Could you send through wholesale pricing for 200 probes, delivered to our Hamilton DC, and your current dealer margin structure? Need it by the 5th if poss."),
   ("me", "2024-07-22 13:18", "Hi Tama - sure thing. Will have the price sheet to you by Friday. Are you wanting us to do installs for your customers or will your field reps do them?"),
   ("dist_paddock", "2024-07-22 14:01", "Our reps would do most of them, but we'd want you to train them. Maybe a half day at the DC?"),
   ("me", "2024-07-26 11:55", "Price sheet sent to your email. Half day training included for orders over 150 units. Let me know if the numbers work.")])

C("genuine", "investor_update", "en", "angel investor asks for board pack and a call",
  [("angel_rob", "2024-03-18 06:40", "Josie - can you get the Q4 numbers into the board pack before Thursday? And I'd like 20 min beforehand to talk about the bridge round, just you and me."),
   ("me", "2024-03-18 07:35", "Will do. Wed 4pm for the chat? I'll call you."),
   ("angel_rob", "2024-03-18 07:50", "👍")])

C("genuine", "grant_officer", "en", "government grant officer about milestone 2 report",
  [("grant_officer", "2024-08-14 11:00", "Kia ora Josie,\n\nA reminder that the milestone 2 report for your Regional Fund co-investment is due 30 August. We'll need the field trial data summary and the invoice evidence for the matched spend. If the trial has slipped, please let me know early - we can usually agree a variation.\n\nNgā mihi,\nPania"),
   ("me", "2024-08-14 13:27", "Kia ora Pania, thanks. Trial is on track, but the invoice evidence for the enclosure tooling is from two suppliers - is it fine if I combine them in one spreadsheet with the PDFs attached?"),
   ("grant_officer", "2024-08-15 09:02", "Yes, that's fine. Please label each line with the budget code from the agreement.")])

C("genuine", "applicant", "en", "firmware engineer applies for role",
  [("applicant_fw", "2024-08-21 21:12", "Hi Josie,\n\nI saw the Embedded Engineer role on your careers page. I've spent 4 years on low-power LoRa devices (mostly water meters) at a utility contractor in Christchurch and I'm moving to Auckland in October. Sleep current is my favourite topic, which I suspect matters for a probe that lives in a paddock for 5 years.\n\nCV is attached to the application. Happy to chat any time.\n\nDmitri"),
   ("me", "2024-08-22 08:05", "Hi Dmitri, thanks - yes, sleep current is basically my whole personality these days. Got your application. Could you do a video call Tuesday 10am with me and Nick, our hardware lead?"),
   ("applicant_fw", "2024-08-22 08:30", "Tuesday 10 works. Thanks!")])

C("genuine", "recruiter_engaged", "en", "recruiter owner engaged sends shortlist and fee terms",
  [("me", "2024-04-03 15:20", "Hi Mel, Oliver Tane suggested I talk to you. We're hiring a senior hardware engineer (RF + low power). Do you work on retained or contingency?"),
   ("recruiter_mel", "2024-04-03 16:44", "Hi Josie, thanks for reaching out! For a role like that I'd suggest contingency at 16% of base, with a 3-month replacement guarantee. I'll send over terms. Could we do a 30 min brief this week?"),
   ("me", "2024-04-04 09:10", "16 is a bit rich for a 9-person startup... 14%?"),
   ("recruiter_mel", "2024-04-04 10:02", "I can do 14% if you give me 3 weeks exclusivity. Deal?"),
   ("me", "2024-04-04 10:15", "Deal."),
   ("recruiter_mel", "2024-04-29 17:30", "Shortlist of 3 sent to your email. My pick is candidate B - did the RF on a livestock tracker. Let me know who you'd like to meet.")])

C("genuine", "peer_joint_offer", "en", "irrigation designer proposes a joint bundle offer for orchards",
  [("peer_irrig", "2024-09-03 12:12", "Jose! Got an idea. Half my kiwifruit clients ask me after the design job how they'll know if the schedule's right. What if we did a joint package - my irrigation design + 8 of your probes + 1 season of tuning? I reckon we could price it around $14k and split it by what each of us puts in. Keen for a beer and a chat?"),
   ("me", "2024-09-03 12:40", "Love it. Beer Friday at the usual? Bring rough numbers, I'll bring mine."),
   ("peer_irrig", "2024-09-03 12:41", "Sweet as."),
   ("peer_irrig", "2024-09-09 08:20", "Drafted a one-pager for the package, sent to your gmail. Have a look at the margin split on p2, I might be too greedy 😅")])

C("genuine", "journalist", "en", "rural reporter wants interview about dry summer",
  [("journo", "2024-01-23 09:40", "Hi Josie, I'm writing a piece for The Rural Ledger on how farmers are managing water through this dry summer, and a couple of growers mentioned your probes. Would you have 15 minutes for a phone interview this week? Deadline is Friday."),
   ("me", "2024-01-23 10:05", "Hi Sophie, happy to. Thursday morning any time before 11. I can also put you onto a grower who's used them for 3 seasons if you'd like a farmer's voice."),
   ("journo", "2024-01-23 10:20", "That would be perfect - Thursday 9:30 then, and yes please to the grower!")])

C("genuine", "event_invite", "en", "expo coordinator (known contact) invites to exhibit again",
  [("expo_org", "2024-02-26 13:00", "Hi Josie, hope the season's treating you well! Site bookings for this year's Agri Expo open next week - you had site C14 last year near the dairy pavilion, want me to hold it for you? Early-bird rate runs until 15 March."),
   ("me", "2024-02-26 19:22", "Hi Bernadette! Yes please hold C14. Same power setup as last year."),
   ("expo_org", "2024-02-27 08:15", "Done, it's yours. Invoice to follow.")])

C("genuine", "thanks_congrats", "en", "thank-you after owner's field day talk (1 of 3)",
  [("thanks_1", "2024-06-13 18:20", "Thanks for the session at the Waikato field day today Josie, really useful stuff on probe placement. The bit about avoiding stock tracks was gold.")])
C("genuine", "thanks_congrats", "en", "thank-you after owner's field day talk (2 of 3)",
  [("thanks_2", "2024-06-13 20:02", "Thanks so much for today Josie! Really useful session, our growers got a lot out of the placement tips. Would love the slides if you're sharing."),
   ("me", "2024-06-14 07:30", "Thanks Aria! Slides are on our website under Resources, no login needed.")])
C("genuine", "thanks_congrats", "en", "thank-you after owner's field day talk (3 of 3)",
  [("thanks_3", "2024-06-14 06:55", "Cheers for yesterday, good session. Learnt heaps on where to put the probes. Will be in touch when the budget allows")])

C("genuine", "friend", "en", "old friend, small talk and a catch-up",
  [("friend_lou", "2023-11-19 21:33", "Oi stranger. Saw the Rural Ledger article - who even are you now, famous sensor lady 😂 dinner soon? Kids miss you"),
   ("me", "2023-11-19 22:01", "Haha hardly famous. YES dinner. Sat 2nd? I'll bring pav"),
   ("friend_lou", "2023-11-19 22:05", "Done. Don't bring the supermarket one again")])

C("genuine", "reference_request", "en", "former colleague asks for a reference",
  [("excol_ben", "2024-06-30 17:45", "Hey Josie, hope Wetfoot's going great. Quick favour - I've applied for a lead role at an energy retailer and they've asked for a reference from someone who managed me. Would you be ok if I put you down? It's been a while since the Southern Spark days, totally fine if not."),
   ("me", "2024-07-01 08:12", "Of course Ben! Put me down, my mobile's the same. Good luck!")])

C("genuine", "inbound_lead_spam_folder", "en", "vineyard manager wants to buy probes; landed in SPAM",
  [("spam_grower", "2024-10-21 11:15", "Good morning, I manage a 40 hectare vineyard near Gisborne. We've been looking at moisture monitoring for a while and a neighbour recommended your probes. Could you tell me whether they suit clay loam, and send pricing for 10 to 15 units? We'd want them installed before Christmas. Regards, Walter Brennan")],
  folder="SPAM")

C("genuine", "owner_started_research", "en", "owner reaches out to soil scientist for a trial collaboration",
  [("me", "2023-08-30 20:30", "Hi Miriama, thanks for connecting. We'd love to validate our probes against your neutron probe data on the Ruakura plots. Would your group be open to a small collaboration? We'd supply 20 units free."),
   ("hydro_prof", "2023-09-01 10:14", "Kia ora Josie, that sounds promising. I have a Masters student who could take this on next year. Can we meet in person - I'm in Auckland on the 14th?"),
   ("me", "2023-09-01 10:30", "14th is perfect. Coffee near the uni at 10?"),
   ("hydro_prof", "2024-04-11 15:02", "Hi Josie, first months of data from the trial attached to the email I just sent. Correlation is better than I expected at 30cm, weaker at 60cm. Let's talk.")])

C("genuine", "owner_started_trial", "en", "owner offers dairy coop field rep a trial",
  [("me", "2024-03-05 08:10", "Hi Shane, thanks for accepting. I run Wetfoot - soil moisture probes for dairy. Would the coop be interested in a 5-farm trial this autumn to see if it helps with effluent timing? No cost to the farmers."),
   ("coop_rep", "2024-03-06 12:45", "Hi Josie, could be of interest. Effluent compliance is a big one for our members right now. Send me something I can put in front of the farm services team meeting on the 20th."),
   ("me", "2024-03-06 14:00", "Will do - two-pager by the 15th.")])

C("genuine", "owner_started_supplier_quote", "en", "owner asks overseas contract manufacturer for a quote",
  [("me", "2023-10-12 09:30", "Hi Kevin, we're looking for a second source for our PCBA (4-layer, ~120 parts, LoRa module). Volume 1,000-2,000 per year. Could you quote on the BOM I can send over?"),
   ("cm_sz", "2023-10-12 15:02", "Dear Josie, thank you for your inquiry. Yes we can quote. Please send the BOM, Gerber and the assembly drawing. Lead time normally 4-5 weeks."),
   ("me", "2023-10-13 08:40", "Sent to your email just now."),
   ("cm_sz", "2023-10-18 11:20", "Quote sent. Unit price USD 23.40 at 1k MOQ. Please check and let me know questions.")])

C("genuine", "mentor_longstanding", "en", "mentor since 2019, check-ins over years",
  [("mentor", "2019-02-16 08:00", "Lovely to meet you at the incubator, Josie. Happy to be a sounding board - monthly coffee?"),
   ("me", "2019-02-16 09:15", "Yes please! Thank you Diane."),
   ("mentor", "2022-08-03 19:40", "How did the seed round close in the end?"),
   ("me", "2022-08-03 20:55", "Closed at $1.2m, all signed this week. Couldn't have done it without your advice on the term sheet."),
   ("mentor", "2024-10-02 07:12", "Thinking of you with the bridge round. Remember: the best time to raise is when you don't need to. Coffee next week?"),
   ("me", "2024-10-02 07:40", "Always. Tues 8am Ponsonby?")])

C("genuine", "internship_ask", "en", "student asks about summer internship",
  [("student", "2024-09-03 22:18", "Hi Ms Te Kani, I'm a 3rd year mechatronics student and I'm really interested in agritech. Do you take summer interns? I've built a LoRa weather station for my final year project. Sorry if this is the wrong place to ask!"),
   ("me", "2024-09-04 07:50", "Hi Liam - not the wrong place at all. We're taking one intern this summer, applications close 30 Sept. Send your CV and a photo of the weather station to jobs@ our domain."),
   ("student", "2024-09-04 08:02", "Thank you so much!!")])

C("genuine", "customer_complaint_warranty", "en", "customer complains about battery life, warranty",
  [("battery_cust", "2024-07-09 13:25", "Josie, 3 of my probes have died after 14 months. You said 5 year battery. Not impressed. What are you going to do about it"),
   ("me", "2024-07-09 14:10", "Hi Trevor, sorry - that's not good enough and it's covered. We found a batch in 2023 with a faulty regulator. I'll replace all three free and send someone to swap them this week. Which paddocks are they in?"),
   ("battery_cust", "2024-07-09 15:30", "Races 4, 7 and the one by the effluent pond. Appreciate the quick reply."),
   ("me", "2024-07-11 16:45", "All swapped, Ropata says they're reporting again. Let me know if anything else drops out.")])

C("genuine", "vendor_price_change", "en", "existing IoT network vendor announces new data plan pricing",
  [("lora_vendor", "2024-10-15 10:00", "Hi Josie,\n\nWanted to let you know personally before the email goes out: we're restructuring our device plans from 1 January. Your current plan ($1.10/device/month, 700 devices) moves to the Growth tier at $0.95/device/month but with a 1,000 device minimum, or you can stay on a legacy plan at $1.25.\n\nGiven your growth I think the Growth tier works out cheaper by mid-year, but let's look at your numbers together. Free Thursday?\n\nPriyanka"),
   ("me", "2024-10-15 11:30", "Thanks Priyanka. Thursday 2pm. Can you bring a projection for 850 and 1,200 devices?")])

C("genuine", "legal_contract", "en", "lawyer about shareholder agreement and distributor contract",
  [("lawyer", "2024-07-16 16:00", "Josie - I've had a look at the Coulter exclusivity draft. Clause 7 gives them Australia and NZ. I assume that's a mistake? Also the term is 5 years with no performance targets. Call me when you can."),
   ("me", "2024-07-16 16:20", "NZ definitely not! Calling in 10.")])

C("genuine", "former_employee_congrats", "en", "owner congratulates former field tech on new job",
  [("me", "2024-09-19 12:00", "Sarah!! Congrats on the new role at the regional council, they're lucky to have you. Don't be a stranger."),
   ("excol_2", "2024-09-19 18:40", "Thanks Josie ❤️ Miss the team already. Send me a photo when the new enclosures arrive!")])

C("genuine", "inbound_lead_demo", "en", "orchard operations manager wants a demo for 30 orchards",
  [("orchard_lead", "2024-10-09 08:30", "Hi Josie, we manage 30 kiwifruit orchards around Te Puke and Katikati and we're reviewing moisture monitoring for next season. Anand Sharma speaks highly of you. Could you do an online demo for me and our two technical managers? Also need to understand bulk pricing and whether your data exports to our own systems."),
   ("me", "2024-10-09 09:12", "Hi Kerry-Anne, thanks and nice to hear from Anand's neighbours! Happy to. Export is CSV and an API. How about Tuesday 15th, 10am, 45 min?"),
   ("orchard_lead", "2024-10-09 10:00", "Tuesday 10am works. Calendar invite coming from my side."),
   ("orchard_lead", "2024-10-16 14:20", "Thanks for the demo. Could you send a formal quote for 120 probes, 3 year licence? Our board meets 6 Nov.")])

C("genuine", "distribution_contract", "en", "Australian distributor wants exclusive rights",
  [("aus_dist", "2024-07-15 15:00", "G'day Josie. Met your Tama from Paddock & Co at a conference in Brisbane, he says you're looking at Australia. We run 14 stores across QLD and northern NSW, lot of cane and horticulture. We'd want exclusivity for QLD for 3 years. Can we talk terms?"),
   ("me", "2024-07-15 17:20", "Hi Brett, yes we're keen. Exclusivity is possible with minimum volumes. I'll have our lawyer send a draft. Video call next Monday?"),
   ("aus_dist", "2024-07-15 17:25", "Monday arvo my time works."),
   ("aus_dist", "2024-08-02 09:10", "Got the draft, mostly fine. We'd want the year 1 minimum at 300 not 500. Rest is good.")])

C("genuine", "council_pilot", "en", "council advisor invites to apply for pilot funding",
  [("council", "2023-12-04 11:30", "Hi Josie, we're running a small pilot on nitrate leaching in the upper catchment next year and soil moisture is part of it. There'll be a procurement process in February, but I wanted to flag it early - it would be great if Wetfoot put in a proposal."),
   ("me", "2023-12-04 12:02", "Thanks Jenna, that's really kind. Please add me to the notification list for when it opens."),
   ("council", "2024-02-07 09:00", "It's open now - on the council's procurement page. Closes 1 March.")])

C("genuine", "podcast_invite_free", "en", "podcast host (real contact) invites her as guest, no fee",
  [("pod_friend", "2024-05-08 20:10", "Kia ora Josie! Keen to come on Grass Roots for an episode about tech on farms that farmers actually use? Very casual, we record at my place in Cambridge, usually 45 min. No prep needed other than a good story about a stuck probe 😄"),
   ("me", "2024-05-08 21:00", "Haha I have SO many stuck probe stories. Yes! June sometime?"),
   ("pod_friend", "2024-05-09 07:15", "June 12th, 10am? Kettle will be on.")])

C("genuine", "contractor_invoice", "en", "contract hardware engineer sends invoice and timeline",
  [("hw_contractor", "2024-02-28 17:05", "Hi Josie, invoice for Feb is in your inbox - 62 hours. Rev D enclosure drawings done, waiting on the gasket samples before I can finalise. Realistically March 20 for the release."),
   ("me", "2024-02-29 08:20", "Thanks Nick. 20th is fine. Paid today."),
   ("hw_contractor", "2024-03-20 16:55", "Rev D released. Sending the pack to Lorraine at Manukau Electronics for quoting.")])

C("genuine", "investor_followup", "en", "VC associate follows up on owner's pitch deck",
  [("me", "2024-05-21 09:00", "Hi Ella, thanks for connecting. As mentioned at breakfast, we're raising a $2.5m pre-Series A in Q3. Deck attached in the email I sent your work address. Would love your thoughts."),
   ("vc_assoc", "2024-05-23 14:40", "Hi Josie, thanks for sending. Partners liked the unit economics slide. Are you free for a 45 min call with Sam (partner) on the 4th? We'd want to dig into churn and the Australian plans."),
   ("me", "2024-05-23 15:00", "The 4th works. Any time after 1pm.")])

C("genuine", "community_event", "en", "farmer discussion group invites her to speak",
  [("discussion", "2023-07-08 18:30", "Hi Josie, I convene the Tokoroa farmer discussion group. We meet monthly at the rugby club. Would you come and talk for 20 min at our August meeting about moisture monitoring? We can't pay but there's a decent feed."),
   ("me", "2023-07-08 19:10", "Would love to Ross. Send me the date."),
   ("discussion", "2023-07-09 08:00", "Tues 15 Aug, 7.30pm. Cheers.")])

C("genuine", "friend", "en", "old flatmate, congrats on funding and kiwifruit banter",
  [("friend_mere", "2022-08-05 20:20", "SAW THE NEWS. $1.2m!!! So proud of you e hoa 🎉"),
   ("me", "2022-08-05 20:45", "Thanks Mere!! Still can't believe it"),
   ("friend_mere", "2024-01-30 19:02", "Frost on the 28th wiped out part of my green block 😭 please invent a frost probe"),
   ("me", "2024-01-30 19:30", "Oh no, so sorry. Frost is on the roadmap, promise. Call you tomorrow")])

C("genuine", "applicant", "en", "agronomist applies for customer success role",
  [("applicant_cs", "2024-11-19 07:45", "Hi Josie,\n\nI applied for the Customer Success role yesterday. A bit of background you won't see in the CV: I spent 6 years as a field agronomist in the Bay of Plenty and half my clients were kiwifruit growers who were always asking me when to irrigate. I'd love to be on the side that answers that with data.\n\nHannah"),
   ("me", "2024-11-19 09:10", "Thanks Hannah, that's a great fit on paper. We're shortlisting next week, I'll be in touch either way.")])

# ================================================================ WANTED PITCHES (12)
C("wanted_pitch", "tailored_supplier_post", "en", "coating supplier cites her post on corrosion in volcanic soils",
  [("coat", "2024-03-12 10:05", "Hi Josie,\n\nYour post last week about the probe boards corroding at the cable gland in the Rotorua pumice soils caught my eye - the photo of the green crust around the connector pins is a textbook case of moisture wicking along the cable jacket.\n\nWe make a silicone conformal coating plus a gland potting kit that's been used on water meters in geothermal areas. Happy to send free samples for 20 boards so you can run them in your worst site over winter. No catch, I'd just like the field data.\n\nVikram"),
   ("me", "2024-03-12 11:30", "Vikram, that's very timely. Yes please - send them to our Onehunga workshop. Will share the results."),
   ("coat", "2024-03-12 11:42", "On its way Thursday.")])

C("wanted_pitch", "tailored_freelancer_talk", "en", "UX researcher saw her field day talk about app onboarding",
  [("ux_free", "2024-06-18 09:20", "Hi Josie, I was at the back of the shed at the Waikato field day when you said half your farmers never open the app after week two. I do UX research for rural software - mostly sitting in utes and milking sheds watching people use apps on cracked phones. I'd offer a 5-farm onboarding study: interviews, a recorded walk-through, and a ranked list of fixes, 3 weeks, fixed price $6,800. Would that be useful?"),
   ("me", "2024-06-18 12:15", "Ha, cracked phones is so real. Can you send me a sample report from a previous project?"),
   ("ux_free", "2024-06-18 13:00", "Sent to the hello@ address - anonymised report from a stock-feed ordering app.")])

C("wanted_pitch", "tailored_supplier_site", "en", "battery supplier read her datasheet on the website",
  [("battery_sup", "2024-01-16 08:50", "Good morning Josie. I read the datasheet on your website - the probe runs on a single AA-size lithium thionyl chloride cell with a 15-minute LoRa reporting interval, and the 5-year claim assumes 20°C. In Waikato winters that cell chemistry loses capacity and you'll see passivation delays on the first transmit after a long sleep. We supply a hybrid cell with a small capacitor pack that solves exactly that, same footprint. I can send 10 for testing and a discharge curve at 5°C. Worth a look?")])

C("wanted_pitch", "tailored_agency_problem", "en", "mobile agency names her Android sync bug from app store reviews",
  [("appdev", "2024-08-06 14:30", "Hi Josie,\n\nI read through the Play Store reviews of the Wetfoot Paddock app - several farmers in the last two months say readings only sync when they open the app in the house on wifi, not out in the paddock. From the pattern it looks like background sync is being killed by battery optimisation on Samsung and Oppo phones, which are what most farmers have.\n\nWe fixed the same thing for a livestock weighing app last year. I'd be happy to do a free 1-hour code review with your dev to confirm, then quote the fix.\n\nRavi, Northbeam Mobile"),
   ("me", "2024-08-06 17:00", "You're right about the reviews, it's been driving us nuts. Let me loop in our dev, Aroha. Next week?")])

C("wanted_pitch", "tailored_supplier_mutual_contact", "en", "freight company referred by Tama at Paddock & Co",
  [("freight", "2024-08-20 10:10", "Hi Josie, Tama Rewiti at Paddock & Co suggested I get in touch. He mentioned your rural delivery surcharges are eating the margin on single-probe replacement orders - we run a consolidated rural freight network out of Hamilton and Tauranga, flat $14 to any RD address in Waikato/BOP. Tama's been using us for two years. Happy to run your last 3 months of consignments through our pricing and show you the difference.")])

C("wanted_pitch", "tailored_consultant_press", "en", "R&D tax consultant saw the grant press release",
  [("rdti", "2023-06-02 09:00", "Hi Josie,\n\nCongratulations on the Regional Fund co-investment announced in the press release last week. One thing founders often miss: the grant-funded portion can't be claimed for the R&D tax incentive, but your firmware work on adaptive sampling that isn't in the grant scope likely can - at 15%. For a team your size that's often $40-60k a year.\n\nI work with a handful of hardware start-ups on exactly that split. If useful, I can look at your grant agreement scope for free and tell you whether there's a claim worth making.\n\nCaroline Ashby"),
   ("me", "2023-06-05 19:30", "Hi Caroline, thanks - I didn't know about that interaction. Let's talk. Are you free Thursday?"),
   ("rdti", "2023-06-05 20:00", "Thursday 11am - I'll send a link.")])

C("wanted_pitch", "tailored_vendor_tools", "en", "test-rig vendor read her job ad stack",
  [("testrig", "2024-08-27 11:45", "Hi Josie,\n\nYour embedded engineer job ad mentions Zephyr on nRF chips and 'automating our end-of-line test, currently a person with a multimeter'. We build small production test fixtures for exactly that setup - pogo-pin bed, a Python runner, current profiling for sleep mode, results into a CSV per serial number. For a 500-unit run it usually pays for itself in the first batch.\n\nI've put a 2-page example of a fixture we did for a LoRa tracker here: benchline.example/lora-fixture. Happy to quote if you send a board photo.\n\nJonas")])

C("wanted_pitch", "tailored_recruiter", "en", "recruiter with a candidate matching her RF hardware role",
  [("recruit_good", "2024-05-02 13:10", "Hi Josie, I know you're working with Kauri Talent on your senior hardware role, so I won't tread on toes. But I've got a candidate who isn't on the market publicly: she designed the antenna and low-power board for a buried soil sensor at an Australian agritech that shut down last month. Relocating to Auckland anyway. If Mel's exclusivity has ended I can introduce you directly at 12%."),
   ("me", "2024-05-02 14:40", "Exclusivity ended last week actually. Send me the anonymised profile.")])

C("wanted_pitch", "tailored_consultant_press", "en", "compliance consultant read article about Australia expansion",
  [("aus_compliance", "2024-08-12 08:30", "Hi Josie, I read in The Rural Ledger that Wetfoot is about to start selling through a distributor in Queensland. Before the first shipment: radio equipment sold in Australia needs RCM marking and registration on the ACMA database, and your LoRa module certification from the module vendor doesn't cover your finished product. We get NZ hardware companies through this in about 6 weeks. I can send a checklist for free so you know what you're dealing with.")])

C("wanted_pitch", "tailored_vendor_integration", "en", "orchard software vendor read her API docs",
  [("orchard_sw", "2024-11-05 10:00", "Hi Josie, I'm at OrchardLens - about 400 kiwifruit orchards use us for spray diaries and block records. A couple of them (including Eastpack, I believe you're talking to Kerry-Anne) asked if we can show Wetfoot moisture next to the irrigation log. I had a look at your public API docs: the /readings endpoint with block tags maps almost one-to-one onto our block IDs. We'd build the integration at our cost if you'd list us as a partner. 20 minutes to look at it together?"),
   ("me", "2024-11-05 10:40", "Oh that's a good one. Yes - Friday 1pm?")])

C("wanted_pitch", "tailored_freelancer_site", "en", "videographer noticed her website uses overseas stock photos",
  [("video_good", "2024-04-22 19:30", "Kia ora Josie. Bit cheeky but - the hero photo on your website is a Dutch tulip farm and the one on the pricing page is a Californian vineyard (I recognised it from a stock site). For a product sold to Waikato dairy farmers that's a missed chance. I shoot on farms for a living, Matamata-based. A half-day shoot on one of your customers' farms with install footage and a 60-sec testimonial would be $2,200. Happy to show you my work from the dairy co-op campaign."),
   ("me", "2024-04-22 20:10", "Haha busted. It's been on my list for a year. Send me your reel.")])

C("wanted_pitch", "tailored_professional_register", "en", "patent attorney saw her published NZ patent application",
  [("ip_attorney", "2024-09-10 09:15", "Dear Josie,\n\nI noticed your provisional patent application for the 'multi-depth capacitive probe with sacrificial guard electrode' was published on the IPONZ register. If you plan to sell in Australia, the 12-month convention deadline for filing there (or a PCT application) falls on 28 November.\n\nI act for several NZ agritech companies and would be glad to give you a fixed quote for a PCT filing and a view on whether the claims as drafted hold up against the prior art I'm aware of. No obligation.\n\nHarriet Colquhoun"),
   ("me", "2024-09-10 11:00", "Thanks Harriet, our current attorney is semi-retired and I hadn't heard from him on the deadline. Yes, please send the quote.")])

# ================================================================ JUNK (38)
# same template, five senders (one in German)
C("junk", "mass_template", "en", "growth agency template (1 of 5)",
  [("tpl_1", "2024-03-04 03:12", "Hi Josie,\n\nI came across Wetfoot Sensors and was really impressed by what you're building. We help ambitious founders add 15-30 qualified sales meetings per month with a done-for-you outbound system - no extra hires needed.\n\nWould you be open to a short chat to see if it's a fit?\n\nBest,\nJordan")])
C("junk", "mass_template", "en", "growth agency template (2 of 5)",
  [("tpl_2", "2024-05-14 04:40", "Hi Josie,\n\nI came across Wetfoot Sensors Ltd and was genuinely impressed by what you're building. We help ambitious founders add 20-40 qualified sales meetings a month with a done-for-you outbound engine - no new hires required.\n\nOpen to a short chat to see if it's a fit?\n\nCheers,\nAisha")])
C("junk", "mass_template", "en", "growth agency template (3 of 5)",
  [("tpl_3", "2024-07-30 02:55", "Hey Josie,\n\nCame across Wetfoot and was really impressed with what you're building in agritech. We help ambitious founders book 15-30 qualified meetings per month through a done-for-you outbound system, without extra hires.\n\nWould you be open to a quick chat to see if it's a fit?\n\nConnor")])
C("junk", "mass_template", "de", "growth agency template in German (4 of 5)",
  [("tpl_4", "2024-09-17 06:20", "Hallo Josie,\n\nich bin auf Wetfoot Sensors gestoßen und war wirklich beeindruckt von dem, was Sie aufbauen. Wir helfen ambitionierten Gründern, 15-30 qualifizierte Vertriebstermine pro Monat zu gewinnen - mit einem Done-for-you-Outbound-System, ganz ohne zusätzliche Einstellungen.\n\nWären Sie offen für ein kurzes Gespräch, um zu sehen, ob es passt?\n\nBeste Grüße\nTobias Kern")])
C("junk", "mass_template", "en", "growth agency template (5 of 5) with bump",
  [("tpl_5", "2024-11-25 05:05", "Hi Josie, came across Wetfoot Sensors and was really impressed by what you're building. We help ambitious founders add 15-30 qualified sales meetings a month with our done-for-you outbound system, no extra hires needed. Open to a short chat to see if it's a fit?"),
   ("tpl_5", "2024-12-02 05:10", "Hi Josie, just floating this back to the top of your inbox 🙂")])

# merge-tag failures
C("junk", "merge_tag_fail", "en", "SEO pitch with {first_name} placeholder",
  [("merge_1", "2024-02-20 01:30", "Hi {first_name},\n\nI noticed your website could be ranking much higher on Google. We've helped 200+ businesses in your industry get to page 1 in 90 days. Can I send you a free audit?")])
C("junk", "merge_tag_fail", "en", "virtual assistant pitch with [Company] tag",
  [("merge_2", "2024-04-09 22:10", "Hi Josie, running [Company] must keep you incredibly busy! Our Philippines-based virtual assistants handle inbox, calendar and admin from just $9/hour so you can focus on growth. Want a free 1-week trial?")])
C("junk", "merge_tag_fail", "en", "cyber pitch addressed to wrong name",
  [("merge_3", "2024-06-25 00:45", "Hi Rachel,\n\nAs Head of IT, protecting your organisation against ransomware is probably top of mind. Sentinel Cyber offers 24/7 managed detection from $1,500/month. Do you have 15 minutes next week?")])
C("junk", "merge_tag_fail", "en", "analytics pitch with the wrong company name",
  [("merge_4", "2024-10-01 03:33", "Hi Josie, loved reading about everything happening at AgriSense Solutions! Companies like yours are sitting on data gold. DataBridge turns your spreadsheets into live dashboards in a week. Worth a chat?")])

# sponsored InMail
C("junk", "sponsored_inmail", "en", "sponsored InMail for an MBA programme",
  [("spons_1", "2024-03-21 12:00", "<p>Hi Josie,</p><p>Ready to lead at the next level? Our 12-month Executive MBA is designed for busy founders &amp; leaders. Applications for the September intake close soon.</p><p><a href=\"https://emba.example/apply\">Download the brochure</a></p>")],
  title="Sponsored Conversation", subject="Lead at the next level")
C("junk", "sponsored_inmail", "en", "sponsored InMail for cloud accounting software",
  [("spons_2", "2024-08-07 12:00", "<p>Josie, close your books 3x faster.</p><p>Join 50,000 small businesses that switched to LedgerLite. Try it free for 30 days &amp; get 50% off your first 6 months.</p>")],
  title="Sponsored Conversation", subject="50% off for 6 months")
C("junk", "sponsored_inmail", "en", "sponsored InMail for an enterprise IoT webinar",
  [("spons_3", "2024-11-12 12:00", "<p>Hi Josie,</p><p>Join our free webinar: <b>Scaling IoT Deployments in 2025</b>. Hear from leaders at the world's biggest telcos.</p><p>Register now &amp; get the whitepaper.</p>")],
  title="Sponsored Conversation", subject="Free webinar: Scaling IoT")

# paid award / feature / podcast
C("junk", "paid_award", "en", "award with a 'processing fee'",
  [("award", "2024-04-30 08:00", "Dear Josie,\n\nCongratulations! Wetfoot Sensors Ltd has been shortlisted for the 2024 Asia-Pacific Business Excellence Award in the category 'Most Innovative AgriTech Company - New Zealand'.\n\nTo confirm your place, please complete the winner's package (NZD 1,450 + GST), which includes the trophy, digital badge and a feature in our annual report.\n\nKind regards,\nGloria Hastings")])
C("junk", "paid_podcast", "en", "podcast guest slot for a fee",
  [("podcast_paid", "2024-06-05 23:15", "Hey Josie! We'd love to feature you on Founders Unfiltered - 2M+ downloads. Our guest spots are sponsored at $750 USD which covers production, promo clips and a backlink. Spots for June are filling fast. Interested?"),
   ("podcast_paid", "2024-06-12 23:20", "Hi Josie, just checking you saw this - 2 June spots left!")])
C("junk", "paid_feature", "en", "magazine 'feature' that costs money",
  [("magazine", "2024-09-24 04:00", "Hi Josie, our editorial team has selected you for a profile in the upcoming 'Women Transforming Agriculture' edition of Innovators Quarterly. Featured profiles are part of our partnership programme (from $2,900). Would you like the media kit?")])

# offers of what she sells
C("junk", "sells_what_you_sell", "en", "competitor offers her soil-moisture monitoring for 'her farm'",
  [("same_product", "2024-02-08 02:10", "Hi Josie,\n\nAre you still guessing when to irrigate? TerraPulse soil moisture sensors give you real-time readings from every paddock, straight to your phone. Farmers save up to 30% on water. I'd love to set you up with a free trial kit for your farm - when's a good time for a call?")])

C("junk", "capacity_ask", "en", "lead vendor asks if she has capacity for new clients",
  [("capacity", "2024-05-28 21:30", "Hi Josie, quick question - do you have capacity for new clients right now? We have a pipeline of businesses actively looking for partners like you. We only charge when you close. Let me know and I'll share details.")])

C("junk", "like_minded_networking", "en", "like-minded entrepreneurs connect ask",
  [("likeminded", "2024-03-27 10:10", "Hi Josie! I love connecting with like-minded entrepreneurs who are building something meaningful 🚀 Let's connect and support each other's journey! Also, I host a mastermind for 7-figure founders - happy to share more if you're interested. 🙏")])

C("junk", "quick_call_ask", "en", "HR software wants quick 15-minute call",
  [("quickcall", "2024-07-17 02:02", "Hi Josie, do you have 15 minutes this week for a quick call? I'd like to show you how Optimise HR can streamline your people processes. Here's my calendar: cal.optimisehr.example/lily")])

# connect-then-pitch
C("junk", "connect_then_pitch", "en", "sales coach: small talk, then pitch in message 2",
  [("ctp_1", "2024-04-15 09:30", "Thanks for connecting Josie! How's the season looking down there? Must be a busy time for agritech."),
   ("me", "2024-04-15 12:10", "Hi Gavin, it's been a dry one, so busy yes!"),
   ("ctp_1", "2024-04-16 08:45", "Good to hear! Speaking of busy - most founders I talk to are stuck being the top salesperson in their business. My 6-week Sales Accelerator gets your team closing without you. I've got 2 spots left this intake. Want me to send the details?")])
C("junk", "connect_then_pitch", "en", "brand studio: compliments, then rebrand pitch, then bump",
  [("ctp_2", "2024-09-09 07:15", "Hi Josie, lovely to connect! Your journey from engineering to founder is so inspiring."),
   ("ctp_2", "2024-09-11 07:20", "I had a look at your branding and I think there's a big opportunity to modernise it and really stand out in a crowded market. We do full rebrands for startups from $8k. Would you be open to a chat?"),
   ("ctp_2", "2024-09-18 07:25", "Hi Josie, bumping this in case it got buried!")])
C("junk", "connect_then_pitch", "en", "offshore dev shop connects then pitches dedicated team",
  [("ctp_3", "2025-01-13 03:40", "Hello Josie, thank you for accepting my request. Hope you are having a wonderful day."),
   ("ctp_3", "2025-01-14 03:35", "Josie, we are a 300-member software company providing dedicated developers for startups at 60% lower cost. IoT, AI, mobile, web - all under one roof. Can we schedule a call to discuss your upcoming projects?"),
   ("ctp_3", "2025-01-21 03:50", "Just following up on my previous message. Kindly let me know a suitable time.")])

# follow-up bumps, no reply
C("junk", "followup_bump", "en", "expense software: three bumps no reply",
  [("bump_1", "2024-02-27 22:00", "Hi Josie, still chasing receipts at month end? ExpenseEase automates expense claims for teams of 5-50. Free for 30 days."),
   ("bump_1", "2024-03-05 22:00", "Hi Josie, following up on my note below. Worth a look?"),
   ("bump_1", "2024-03-14 22:00", "Josie - last one from me, I promise! Let me know if the timing is better next quarter.")])
C("junk", "followup_bump", "en", "SEO consultant bumps twice",
  [("bump_2", "2024-10-22 01:15", "Hi Josie, I ran a quick check on your site and found 37 SEO issues holding it back. Want me to send the report?"),
   ("bump_2", "2024-10-29 01:10", "Hey Josie, did you get a chance to see my last message?"),
   ("bump_2", "2024-11-05 01:12", "Hi again - should I close your file?")])

C("junk", "off_topic_product", "en", "luxury watches private client pitch",
  [("offtopic_1", "2024-05-06 05:40", "Dear Josie, as a successful founder you appreciate true craftsmanship. Horologe Privé offers exclusive access to rare Swiss timepieces before they reach the market. May I send you our private catalogue?")])

C("junk", "fluent_generic_names_company", "en", "AI platform pitch that names her company but says nothing specific",
  [("fluent", "2024-08-28 09:00", "Hi Josie,\n\nI've been following Wetfoot Sensors for a while and love how you're bringing innovation to such an important industry. At Nexora AI we help forward-thinking companies like Wetfoot unlock the power of AI across operations, sales and customer experience - typically delivering 30% efficiency gains in the first quarter.\n\nI'd love to explore how we could partner. Would you be open to a conversation next week?\n\nWarm regards,\nAmelia")])

# generic counterparts of wanted pitches
C("junk", "generic_service_pitch", "en", "generic PCB services (counterpart to coating supplier)",
  [("coat_generic", "2024-03-19 02:45", "Dear Sir/Madam,\n\nWe are leading PCB manufacturer and assembly service provider with 15 years experience. We offer PCB fabrication, SMT assembly, conformal coating, box build for all industries. Competitive price and fast delivery. Please send us your inquiry.\n\nBest Regards\nAhmed")])
C("junk", "generic_service_pitch", "en", "generic app development (counterpart to mobile agency)",
  [("app_generic", "2024-08-13 04:20", "Hi Josie, hope you are doing well. We are a top-rated app development company building iOS, Android and web apps for startups and enterprises. Our portfolio includes 500+ apps. Do you have any app idea or project in mind? Happy to provide a free quote.")])
C("junk", "generic_service_pitch", "en", "generic funding finder (counterpart to R&D tax specialist)",
  [("grant_generic", "2024-06-11 20:00", "Hi Josie, did you know there are over $1 billion in government grants available to NZ businesses? Most business owners never claim what they're entitled to. We find and apply for funding on your behalf - success fee only. Can I ask you 3 quick questions to see what you qualify for?")])
C("junk", "recruiting_spam", "en", "generic recruiter (counterpart to specialist recruiter)",
  [("recruit_generic", "2024-04-18 03:00", "Hi Josie, we are a global talent partner helping companies hire top talent across tech, finance, sales and operations. Are you currently hiring? We'd love to support your growth. Let me know a good time to connect!")])
C("junk", "generic_service_pitch", "en", "generic video studio (counterpart to farm videographer)",
  [("video_generic", "2024-05-15 06:30", "Hi Josie! Video is the #1 way to grow your brand in 2024 📈 We create scroll-stopping video content for businesses of all sizes. Check out our showreel and let's make something amazing together!"),
   ("video_generic", "2024-05-22 06:35", "Hi Josie, just checking in on this! We have a special 20% discount running this month.")])

C("junk", "generic_service_pitch", "en", "offshore outsourcing, generic",
  [("offshore", "2023-11-07 04:10", "Greetings Josie,\n\nInfinisoft is an ISO-certified IT outsourcing company. We provide offshore teams in software, QA, data entry and customer support. Save up to 70% on operating costs. Kindly share your requirement so we can propose the right team.\n\nRegards,\nSunil Joshi")])
C("junk", "generic_service_pitch", "en", "bookkeeping pitch, generic",
  [("bookkeep", "2023-09-12 21:40", "Hi Josie, are you spending your weekends on bookkeeping? SnapBooks takes care of your books, GST and payroll for a fixed monthly fee. Let's have a chat about how we can give you your time back!")])
C("junk", "investor_access_fee", "en", "investor network that charges founders",
  [("investor_fee", "2024-06-19 09:30", "Hi Josie, I see you are raising. Capital Connect gives founders access to 3,500+ active angel investors and family offices. Membership is $2,400/year and includes 3 pitch events. Only 10 agritech spots this year. Shall I reserve one for you?")])
C("junk", "mlm_crypto", "en", "web3 tokenize farm data",
  [("web3", "2024-02-14 15:15", "gm Josie 🌱 AgriChain is tokenizing farm data on-chain so farmers get paid for every reading. Sensor companies who integrate get $AGRI airdrops + governance rights. Whitelist closes Friday. DM me for the partner link 🔥")])
C("junk", "paid_exhibition", "en", "overseas trade-show booth sales, generic",
  [("expo_dubai", "2024-10-08 07:00", "Dear Josie,\n\nGlobal Smart Tech Expo returns to Dubai this December with 40,000 visitors from 120 countries. Limited booth space available from USD 6,500. Secure your space now and connect with global buyers!\n\nBest regards,\nRana Haddad")])
C("junk", "mlm_crypto", "en", "forex mentorship off-topic",
  [("forex", "2024-12-09 10:45", "Hey Josie, I hope you don't mind me reaching out. I help busy professionals build a second income through forex trading in just 1 hour a day. My students are making $3-5k extra per month. Would you be open to hearing how?")])

C("junk", "paid_event_seat", "en", "'exclusive' CEO dinner with a seat fee",
  [("dinner", "2024-07-03 08:30", "Hi Josie, I'm hosting an intimate dinner for 12 hand-picked CEOs in Auckland on the 25th - great food, better conversations. Seats are $495 (fully tax-deductible). Shall I save you one?"),
   ("dinner", "2024-07-10 08:30", "Hi Josie, 3 seats left for the 25th! Let me know 🙂")])

ex.write(
    HERE.parent / SLUG,
    profile={
        "First Name": "Josie", "Last Name": "Te Kani", "Maiden Name": "", "Address": "",
        "Birth Date": "",
        "Headline": "Founder & CEO at Wetfoot Sensors | Soil moisture probes for NZ dairy & kiwifruit",
        "Summary": ("I started Wetfoot Sensors in 2019 after too many summers watching farmers irrigate "
                    "on gut feel. We design and sell rugged multi-depth soil-moisture probes and a simple "
                    "app for dairy farms and kiwifruit orchards. Nine of us in Onehunga, Auckland - "
                    "engineers, field techs and a very patient office manager. Always keen to talk "
                    "to growers, distributors and people who love low-power hardware."),
        "Industry": "Farming", "Zip Code": "1061", "Geo Location": "Auckland, New Zealand",
        "Twitter Handles": "", "Websites": "[COMPANY:wetfootsensors.example.nz]", "Instant Messengers": "",
    },
    positions=[
        {"Company Name": "Wetfoot Sensors Ltd", "Title": "Founder & CEO",
         "Description": "Soil-moisture probes and app for dairy and horticulture.",
         "Location": "Auckland, New Zealand", "Started On": "Mar 2019", "Finished On": ""},
        {"Company Name": "Southern Spark Energy", "Title": "Hardware Team Lead",
         "Description": "Smart meter hardware and field trials.", "Location": "Hamilton, New Zealand",
         "Started On": "Feb 2014", "Finished On": "Feb 2019"},
        {"Company Name": "Southern Spark Energy", "Title": "Electronics Engineer", "Description": "",
         "Location": "Hamilton, New Zealand", "Started On": "Jan 2011", "Finished On": "Feb 2014"},
    ],
    skills=["Embedded Systems", "LoRaWAN", "Product Development", "Agritech", "Irrigation",
            "Soil Science", "Start-ups", "Fundraising", "Hardware Design", "Team Leadership",
            "Distribution Partnerships", "Field Trials"],
)
print(ex.summary())

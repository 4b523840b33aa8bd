"""dev28 persona 1: Maree Callaghan, owner of Rivulet & Rook Distilling in the Huon Valley,
Tasmania (whisky and gin). 2023 export layout, English only except one German template variant.
Written blind to the detector code, session 4. All texts written by hand."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-craft-distillery-owner-tasmania"
OWNER = Person("me", "Maree Callaghan", "https://www.linkedin.com/in/maree-callaghan-rivulet",
               "Rivulet & Rook Distilling", "Owner & Head Distiller")
ex = Export(SLUG, "2023", OWNER)
P = ex.person
G, W, J = "genuine", "wanted_pitch", "junk"

# ---------------------------------------------------------------- people
P("bottleo", "Darren Pask", "Salamanca Cellars", "Store Manager", connected="2019-03-11")
P("barmgr", "Ingrid Solberg", "The Wharf Lantern Bar", "Bar Manager", connected="2023-02-02")
P("distrib", "Rohan Mehta", "Southern Pour Distribution", "National Accounts", connected="2020-08-19")
P("cooper", "Gavin Trethewey", "Tamar Cooperage", "Sales", connected="2018-05-30")
P("glass", "Lucy Fenwick", "Bass Strait Glass & Closures", "Account Manager", connected="2019-11-04")
P("tourop", "Jess Kinnear", "Huon Trails Tours", "Owner", connected="2021-04-22")
P("guild", "Dougal McIver", "Tasmanian Craft Distillers Guild", "Secretary", connected="2017-07-14")
P("visitor", "Priya Natarajan", "", "", connected="2023-03-20")
P("ty1", "Tom Abernethy", "Launceston Gin Society", "Convenor", connected="2023-06-25")
P("ty2", "Sally Wu", "Harbour Tastings", "Events", connected="2023-06-25")
P("ty3", "Ben Kowalczyk", "Spirit of the South Festival", "Volunteer Coordinator", connected="2023-06-26")
P("applicant", "Ellie Brazendale", "", "Hospitality student", connected="2023-08-01")
P("recruit", "Fiona Lacey", "Apple Isle Talent", "Recruitment Consultant", connected="2023-01-09")
P("journo", "Nick Haddow-Reyes", "Table & Terroir Magazine", "Features Writer")
P("mentor", "Alastair Brown", "", "Retired brewer", connected="2014-02-03")
P("cooper2", "Sandra Kettle", "Kettle & Stave", "Cooper", connected="2022-09-12")
P("hotel", "Marcus Leung", "The Battery Point Hotel", "F&B Director", connected="2022-10-01")
P("feast", "Georgie Pullen", "Midwinter Long Table", "Producer", connected="2020-05-05")
P("japan", "Kenji Oyama", "Oyama Shoten", "Buyer")
P("acct", "Heather Quill", "Quill & Partners Accountants", "Partner", connected="2018-01-22")
P("friend", "Bec Donnelly", "Huon Valley Council", "Community Development Officer", connected="2016-09-09")
P("corpgift", "Anthony Sarris", "Derwent Legal", "Practice Manager", connected="2023-09-04")
P("peerdist", "Callum Yates", "Frog Gully Distillery", "Distiller", connected="2019-02-17")
P("student", "Zoe Hartigan", "University of Tasmania", "Honours student")
P("grants", "Michelle Tan", "Business Tasmania", "Grants Officer", connected="2021-12-12")
P("photog", "Lachie Ruddock", "Ruddock Pictures", "Photographer", connected="2022-11-15")
P("cafe", "Anna-Lise Byrne", "The Fern Tree Pantry", "Owner", connected="2023-07-07")
P("bottler", "Greg Harcourt", "Northside Contract Bottling", "Operations", connected="2023-04-18")
P("staff", "Kayla Doyle", "Rivulet & Rook Distilling", "Cellar Door Host", connected="2022-01-10")
P("lounge", "Trish Evandale", "Southern Cross Air", "Lounge Beverage Buyer", connected="2015-06-01")
P("pepper", "Wayne Poulter", "Poulter's Pepperberry", "Grower", connected="2020-02-28")
P("awardsj", "Helen Stroud", "Australian Distilled Spirits Show", "Chief Steward", connected="2019-10-10")
P("podcast", "Ollie Vance", "Two Drams Down podcast", "Host", connected="2022-03-03")
P("comm1", "Rachel Ng", "Tasmanian Craft Distillers Guild", "Treasurer", connected="2018-04-04")
P("comm2", "Stu Bellamy", "Bellamy Bay Spirits", "Owner", connected="2017-08-08")
P("freightgen", "Jason Kirby", "Lead Logistics", "Owner")
# wanted pitchers
P("labeldes", "Tessa Moorhouse", "Moorhouse Studio", "Packaging Designer")
P("freightw", "Samir Haddad", "Coral & Cape Freight", "Export Coordinator")
P("booking", "Isabel Forde", "Tastebook", "Partnerships", connected="2023-05-14",
  invite=("IN", "2023-05-14 09:12", "Hi Maree, popped into your cellar door on Saturday. Would love to connect."))
P("water", "Paul Venables", "ClearFlow Process Water", "Process Engineer")
P("caskbroker", "Hamish Laird", "Laird Cask Brokerage", "Director", connected="2023-08-29")
P("fitout", "Nadia Cirillo", "Cirillo Joinery & Fitout", "Estimator")
P("xero", "Declan O'Shea", "Ledgerline Consulting", "Consultant")
P("recruitw", "Mel Atherton", "Distilled Careers", "Specialist Recruiter")
P("photow", "Ruby Lim", "", "Product Photographer")
P("exportjp", "Aiko Brennan", "Kaze Trading", "Export Agent")
P("glassw", "Oscar Dunphy", "Tasman Lightweight Glass", "Business Development")
P("pigs", "Jacqui Muir", "Muir Family Farm", "Farmer", connected="2023-10-02")
# junk senders
P("seo", "Arjun Kapoor", "RankRocket Digital", "Growth Consultant")
P("crypto", "Blake Hunter", "", "Trader | Mentor | Freedom Seeker")
P("privlabel", "Vanessa Moore", "Pure Craft Spirits Co.", "Business Development", connected="2023-07-19")
P("capacity", "Liam Carter", "BrightPath Partners", "Founder")
P("likemind", "Chris Dalton", "Dalton Ventures", "Serial Entrepreneur | Visionary", connected="2023-04-02",
  invite=("IN", "2023-04-02 07:40", "Hi Maree, let's connect as like-minded entrepreneurs!"))
P("fifteen", "Megan Foster", "ScaleWise", "Business Coach")
P("ctp1", "Rick Palmer", "Palmer Growth Co.", "Consultant", connected="2023-09-11",
  invite=("IN", "2023-09-11 08:03", ""))
P("ctp2", "Sophie Grant", "Elevate Hospitality Marketing", "Account Director", connected="2023-10-16",
  invite=("IN", "2023-10-16 19:22", "Love the look of your gins!"))
P("ctp3", "Dylan Shaw", "Cashflow Collective", "Finance Partner", connected="2022-11-28",
  invite=("IN", "2022-11-28 12:10", ""))
P("bump", "Kristen Bales", "Outreachly", "SDR")
P("tpl1", "Jordan Blake", "BottleBoost", "Growth Manager")
P("tpl2", "Amy Sinclair", "CaskReach", "Partnerships")
P("tpl3", "Nathan Ross", "PourPoint Media", "Founder")
P("tpl4", "Hannah Price", "DramDigital", "Marketing Lead")
P("tpl5", "Felix Brandt", "Flaschenpost Growth GmbH", "Head of Partnerships")
P("merge1", "Kyle Benson", "ProspectPro", "Sales Executive")
P("merge2", "Tara Webb", "Horizon Packaging Solutions", "Sales")
P("merge3", "Marco Silva", "Vinoteca Marketing", "CEO")
P("merge4", "Diana Frost", "Synergy Business Lending", "Broker")
P("spon1", "Crestline Bank Business", "", "", url="https://www.linkedin.com/company/crestline-bank-business")
P("spon2", "Stackly CRM", "", "", url="https://www.linkedin.com/company/stackly-crm")
P("spon3", "AdVerity Academy", "", "", url="https://www.linkedin.com/company/adverity-academy")
P("award", "Charlotte Hayes", "Global Beverage Excellence Awards", "Awards Director")
P("podpay", "Ryan Mitchell", "Founders On Fire Podcast", "Producer")
P("fluent", "Isaac Turner", "Northstar Brand Partners", "Brand Strategist")
P("labelgen", "Kevin Oduya", "LabelPro Print Solutions", "Sales")
P("bookgen", "Lara Jennings", "Reservio Hub", "Account Executive")
P("recgen", "Gary Howell", "TopTier Recruitment", "Director")
P("photogen", "Stella Marks", "SnapCommerce", "Studio Lead")
P("china", "Kevin Zhao", "Dragon Gate Export", "Consultant")
P("mlm", "Jodie Ellis", "", "Wellness Mum | Freedom Lifestyle", connected="2023-03-03")
P("nftcask", "Theo Grant", "CaskChain", "Founder")
P("appdev", "Rahul Verma", "CodeNest Solutions", "Business Development Manager")
P("ghost", "Brooke Allen", "Ghostly Content", "LinkedIn Ghostwriter")
P("video", "Max Rowe", "TestiVid", "Founder")
P("caskinvest", "Oliver Kane", "Heritage Cask Investments", "Investment Manager")
P("solar", "Brett Yolland", "SunSaver Energy", "Energy Consultant")
P("crm2", "Natalie Hsu", "Pipeline Pilot", "SDR")

# ---------------------------------------------------------------- genuine
ex.conv(G, "client_reorder", "en", "long-standing bottle shop reorders, price talk", [
    ("bottleo", "2023-10-03 10:14", "Morning Maree. We're down to two bottles of the Rook Peated and none of the Pepperberry Gin. Can you do 2 cases of each before the Taste? Same pricing as last time or has it gone up?"),
    ("me", "2023-10-03 12:40", "Hey Darren! Yep can do, I'll drop them down Thursday. Gin's the same, the Peated goes up $4 a bottle wholesale from November because the casks cost me more this year. I'll honour the old price on this order though."),
    ("bottleo", "2023-10-03 12:55", "Legend. Thursday's perfect. Cheers"),
])
ex.conv(G, "inbound_lead_quote", "en", "bar manager wants a quote for a house gin pour, hard case: quote", [
    ("barmgr", "2023-08-14 16:02", "Hi Maree, Ingrid from the Wharf Lantern here. We're redoing our cocktail list for spring and the owners want a Tassie gin as our house pour. Could you send me a quote for roughly 18 bottles a month? Ideally 1L if you do them. Happy to jump on a call."),
    ("me", "2023-08-14 18:30", "Hi Ingrid, lovely to hear from you. We don't do 1L yet but the 700ml Pepperberry is $52 wholesale ex GST, and at 18/month I can take that to $48 on a 6 month agreement. Want me to bring some down for the team to try?"),
    ("barmgr", "2023-08-15 09:11", "Yes please!! Tuesday arvo works, we open at 4."),
    ("me", "2023-08-15 09:20", "Done, see you Tuesday about 2."),
])
ex.conv(G, "distributor_contract", "en", "distributor negotiating contract terms, hard case: contract", [
    ("distrib", "2023-06-05 11:00", "Maree - attached the draft of the renewed distribution agreement for VIC and NSW. Main change is the volume tiers and we'd like 60 day terms instead of 30. Have a look and let me know if you want to talk it through."),
    ("me", "2023-06-06 08:45", "Thanks Rohan. 60 days is a stretch for a business my size, can we meet at 45? The tiers look fine. Call Thursday?"),
    ("distrib", "2023-06-06 09:30", "45 is doable I reckon, I'll run it past Priscilla. Thursday 10am works."),
], attachments={0: "https://www.linkedin.com/dms/southern-pour-agreement-2023-draft.pdf"})
ex.conv(G, "vendor_price_change", "en", "existing cooperage announces price rise, hard case: price change", [
    ("cooper", "2023-02-20 14:21", "G'day Maree, heads up before you place the winter order: ex-bourbon barrels are going up to $310 landed (from $275) from 1 April, freight out of Kentucky has gone mad. Re-coopered 100L port casks stay at $420 for now. If you order before end of March I'll hold the old price on up to 10."),
    ("me", "2023-02-21 07:50", "Ouch but thanks for the warning Gav. Put me down for 8 bourbon at the old price, I'll confirm the port ones after I've done the budget."),
    ("cooper", "2023-02-21 08:15", "Sweet, 8 locked in. Invoice to follow."),
])
ex.conv(G, "vendor_lead_time", "en", "glass supplier: lead time and MOQ change for existing account", [
    ("glass", "2023-09-18 10:05", "Hi Maree, just letting you know the 700ml Nordic flint is now on a 14 week lead time and the MOQ goes to one full pallet (1,260). Price per unit unchanged. Want me to pencil in a pallet for Feb so you're covered for the summer?"),
    ("me", "2023-09-18 13:12", "14 weeks! Yes please pencil in Feb, thanks for looking after me Lucy."),
])
ex.conv(G, "peer_joint_offer", "en", "tour operator proposes a joint package, hard case: joint offer and pricing", [
    ("tourop", "2023-05-02 19:40", "Hey Maree, random idea. What if we did a 'Huon Spirits & Orchards' day tour together? I bring a minibus of 12, you do the still-house tour and a 4-dram flight, we finish at the cider place. I'd charge $189pp and pay you $35 a head. Worth a chat?"),
    ("me", "2023-05-02 20:15", "Love it. $35 is a bit tight with a 4 dram flight, could we do $40 and I throw in a mini of the gin each? Come for a cuppa next week?"),
    ("tourop", "2023-05-02 20:22", "Deal in principle! Wed morning?"),
    ("me", "2023-05-02 20:30", "Wed 10. Bring the kelpie, Kayla misses him"),
])
ex.conv(G, "association", "en", "guild secretary about AGM and excise submission", [
    ("guild", "2023-07-28 09:00", "Morning Maree, AGM is 24 Aug at the Moonah hall, 6pm. Could you say a few words on the excise remission submission since you did most of the drafting? 5 minutes tops. Also, membership renewals are out, $380 this year for small producers."),
    ("me", "2023-07-28 10:32", "Happy to Dougal. Renewal paid this morning."),
])
ex.conv(G, "visitor_thanks", "en", "visitor thanks after a cellar door visit", [
    ("visitor", "2023-03-21 21:15", "Hi Maree! We visited on Sunday with my parents from Chennai and they have not stopped talking about the tasting. Dad wanted me to ask if you ship to Melbourne? He wants the peated one for his birthday haha"),
    ("me", "2023-03-22 08:10", "Oh that's so lovely, thank you Priya! Yes we ship Australia wide from our website, use code CHENNAI10 for 10% off for your dad :)"),
])
ex.conv(G, "thanks_after_event", "en", "near-duplicate thank-you 1 of 3 after the Launceston masterclass", [
    ("ty1", "2023-06-26 08:30", "Thanks so much for the masterclass on Saturday Maree, the group loved it. The peated vs unpeated side-by-side was a highlight. Hope to have you back next year!"),
])
ex.conv(G, "thanks_after_event", "en", "near-duplicate thank-you 2 of 3 after the Launceston masterclass", [
    ("ty2", "2023-06-26 09:47", "Hi Maree, thank you for Saturday's masterclass! Everyone enjoyed it, especially the side by side of peated and unpeated. Would love to have you back next year."),
    ("me", "2023-06-26 12:00", "Thanks Sally, was a ripper crowd!"),
])
ex.conv(G, "thanks_after_event", "en", "near-duplicate thank-you 3 of 3 after the Launceston masterclass", [
    ("ty3", "2023-06-27 07:55", "Thanks heaps for Saturday Maree, really enjoyed the masterclass and the volunteers got a taste too which was very kind. Hope to see you again next year!"),
])
ex.conv(G, "job_applicant", "en", "applicant for the cellar door role, hard case: hiring", [
    ("applicant", "2023-08-02 17:20", "Hi Maree, I saw your post about the weekend cellar door role. I'm finishing my Cert IV in hospitality at TasTAFE, have my RSA, and worked two summers at a winery in Cygnet. I've attached my resume. I'd love to come in for a chat if you're still looking."),
    ("me", "2023-08-03 09:00", "Hi Ellie, thanks for applying. Could you come in Saturday at 11 for a trial hour? Paid of course."),
    ("applicant", "2023-08-03 09:41", "Yes! Thank you so much, see you Saturday"),
], attachments={0: "https://www.linkedin.com/dms/ellie-brazendale-resume.pdf"})
ex.conv(G, "recruiter_engaged", "en", "recruiter the owner engaged to find an assistant distiller, hard case: fees", [
    ("me", "2023-01-10 08:20", "Hi Fiona, thanks for connecting. As discussed, we're looking for an assistant distiller, full time, ideally with some fermentation experience. What's your fee structure?"),
    ("recruit", "2023-01-10 11:05", "Hi Maree, great to chat yesterday. Our fee is 15% of first year base, with a 3 month replacement guarantee. I already have two people in mind, one from a brewery in Launceston. I'll send profiles by Friday."),
    ("me", "2023-01-10 11:30", "Sounds fair. Looking forward to it."),
    ("recruit", "2023-01-13 15:50", "Profiles attached. Let me know who you'd like to meet."),
])
ex.conv(G, "press_request", "en", "journalist asks for an interview", [
    ("journo", "2023-04-11 13:10", "Hi Maree, I'm writing a piece for Table & Terroir on women running distilleries in Tasmania for our winter issue. Would you have 30 minutes in the next fortnight for a phone interview? We'd also love a photo at the still if that's possible."),
    ("me", "2023-04-11 16:44", "Hi Nick, I'd be delighted. Any morning next week except Tuesday (mashing day). Photos at the still are fine, just not in steel caps and ugg boots please"),
    ("journo", "2023-04-12 08:02", "Ha! Thursday 9am then. I'll call your mobile."),
])
ex.conv(G, "long_standing_contact", "en", "old mentor from brewing days, small talk", [
    ("mentor", "2023-09-30 18:00", "Saw the Rook Peated on the shelf at the Cascade bottle-o today. Bought one out of pride. Your old boss is very chuffed, girl. How's the new wash still going?"),
    ("me", "2023-10-01 09:12", "Al!! That made my week. The still is going beautifully, touch wood. Come down for lunch when the weather turns, Mum's asking after you too."),
    ("mentor", "2023-10-01 10:00", "Will do. Keep the fire lit."),
])
ex.conv(G, "owner_started_supplier", "en", "owner asks a cooper for sherry cask availability", [
    ("me", "2022-09-13 09:30", "Hi Sandra, Callum at Frog Gully said you've got some ex-oloroso hogsheads coming in. Any chance I could grab 3? What would they cost?"),
    ("cooper2", "2022-09-13 14:02", "Hi Maree, yes should have 6 in October. $690 each re-coopered, can do 3 for you. I'll let you know when they land."),
    ("me", "2022-09-13 14:20", "Brilliant thanks."),
])
ex.conv(G, "owner_started_lead", "en", "owner reaches out to a hotel bar to get listed", [
    ("me", "2022-10-02 10:15", "Hi Marcus, thanks for connecting. We met briefly at the Hospo Awards. I'd love to drop off some samples of our new port-cask whisky for the Battery Point bar if you're open to it."),
    ("hotel", "2022-10-04 16:30", "Hi Maree, absolutely. Leave them with the front desk marked for me and I'll taste with the bar team on Friday."),
    ("hotel", "2022-10-10 11:00", "We loved it. Can you send pricing for 6 bottles a month? We'd like to feature it on the winter list."),
    ("me", "2022-10-10 12:05", "Fantastic! $89 a bottle wholesale ex GST. I'll send the credit application through."),
])
ex.conv(G, "event_invite_contact", "en", "producer she knows invites her to pour at the Midwinter Long Table", [
    ("feast", "2023-04-28 15:00", "Maree! We're doing the Long Table again on 21 June. Would Rivulet & Rook like to pour the welcome drink? We cover the spirits at cost plus you get two seats. Let me know by end of May x"),
    ("me", "2023-04-28 17:40", "Wouldn't miss it Georgie! Count us in."),
])
ex.conv(G, "inbound_lead_spam_folder", "en", "genuine overseas buyer in the SPAM folder wants to buy a cask", [
    ("japan", "2023-07-11 02:14", "Dear Ms Callaghan, I am buyer for a small whisky shop in Osaka. We tasted your Rook Peated at a bar in Tokyo and want to ask if you sell a single cask for our shop (bottled for us, around 200 bottles). Please tell me possible price and schedule. Thank you very much."),
    ("me", "2023-07-20 09:30", "Dear Oyama-san, my apologies, your message landed in my spam folder! Yes we can do a single cask. I will email you a proposal this week. Thank you for tasting our whisky."),
], folder="SPAM")
ex.conv(G, "accountant", "en", "accountant about excise and BAS", [
    ("acct", "2023-07-05 10:00", "Hi Maree, reminder we need the excise return figures by the 14th for the June quarter BAS. Also our fees for the annual tax return are going up 5% from July, new engagement letter coming by email."),
    ("me", "2023-07-05 15:30", "Thanks Heather, will get the stock sheets to you by Monday."),
])
ex.conv(G, "friend_congrats", "en", "friend congratulates on medal", [
    ("friend", "2023-11-02 20:10", "GOLD!!! Just saw it on the council facebook. So proud of you Mar. Drinks at the Grove on Friday, I'm shouting"),
    ("me", "2023-11-02 20:25", "Haha thank you!! Friday yes. I'll bring a bottle for the barman"),
])
ex.conv(G, "inbound_lead_corporate", "en", "law firm wants 120 gift bottles, hard case: quote and discount", [
    ("corpgift", "2023-09-05 11:22", "Hi Maree, I'm organising our client Christmas gifts this year and the partners would like something local. Could you quote 120 bottles of the Pepperberry Gin, ideally with a gift tag or engraving with our logo? Delivery to Hobart CBD by 1 December."),
    ("me", "2023-09-05 14:10", "Hi Anthony, thanks for thinking of us! For 120 I can do $61 each incl GST with a printed swing tag with your logo. Engraving adds $9 a bottle. Delivery to the CBD is free. Want me to send a formal quote?"),
    ("corpgift", "2023-09-05 14:48", "Yes please, swing tag version. Invoice to Derwent Legal, PO to follow."),
])
ex.conv(G, "peer_colleague", "en", "fellow distiller borrows a pump and swaps botanicals", [
    ("peerdist", "2023-03-09 07:12", "Mar, my transfer pump just died mid-run. Can I borrow yours till Monday? I'll swap you a kilo of lemon myrtle for the trouble."),
    ("me", "2023-03-09 07:25", "Course. Shed's unlocked, it's next to the IBCs. Lemon myrtle gratefully accepted."),
])
ex.conv(G, "student_research", "en", "honours student asks for a research interview", [
    ("student", "2023-05-16 12:00", "Hi Ms Callaghan, I'm doing my honours thesis at UTAS on water use in Tasmanian distilleries. Would you be willing to do a 20 min interview? It's anonymous and I can share the results."),
    ("me", "2023-05-17 08:30", "Hi Zoe, sure. Email me at the distillery address and we'll find a time. Good topic!"),
])
ex.conv(G, "grant_officer", "en", "grant officer follow-up on a funded project", [
    ("grants", "2023-03-01 09:45", "Hi Maree, just a reminder the milestone report for your Business Growth Grant (the cellar door expansion) is due 31 March. Give me a call if you need an extension."),
    ("me", "2023-03-01 10:10", "Thanks Michelle, builder's running late so I might need two weeks. I'll call you."),
])
ex.conv(G, "vendor_delivery", "en", "photographer she hired sends launch photos and invoice", [
    ("photog", "2022-11-20 17:30", "Hey Maree, gallery from the gin launch is up, link below. Invoice is in your inbox, $1,150 as quoted. Some cracker shots of the crowd around the still."),
    ("me", "2022-11-20 19:05", "They're gorgeous Lachie, thank you! Paying tomorrow."),
], attachments={0: "https://www.linkedin.com/dms/launch-gallery-link.txt"})
ex.conv(G, "inbound_lead_wholesale", "en", "cafe wants to stock miniatures, asks wholesale prices", [
    ("cafe", "2023-07-08 13:30", "Hi! I run a little pantry in Fern Tree, we stock local stuff for the walkers coming down off the mountain. Do you do minis? Would love a wholesale price list."),
    ("me", "2023-07-08 15:00", "Hi Anna-Lise, we do 50ml minis of both gins and the whisky, $9.50 wholesale, min 24 mixed. I'll email the full list."),
    ("cafe", "2023-07-08 15:12", "Perfect, thank you!"),
])
ex.conv(G, "requested_quote", "en", "contract bottler sends the quote she asked for, hard case: quote", [
    ("me", "2023-04-18 16:00", "Hi Greg, could you quote bottling 2,400 x 700ml for us in July? Our glass, your labelling line, we'd supply labels."),
    ("bottler", "2023-04-19 10:40", "Hi Maree, for 2,400 units with your glass and labels it's $1.35 per unit plus a $350 line setup. Could fit you in the week of 17 July. Price holds for 30 days."),
    ("me", "2023-04-19 12:00", "Great, book us in please."),
])
ex.conv(G, "staff", "en", "staff member asks for roster change", [
    ("staff", "2023-10-20 19:45", "Hey Maree, would it be ok if I swap Sunday 29th with Ellie? I've got my cousin's wedding. Sorry for the late notice"),
    ("me", "2023-10-20 20:00", "No worries Kayla, all good, have fun!"),
])
ex.conv(G, "inbound_lead_old_contact", "en", "long-time contact now at an airline wants the gin for the lounge", [
    ("lounge", "2023-06-13 12:15", "Maree! Long time. I'm buying for the Southern Cross lounges now and we're looking at a Tasmanian gin for the Hobart and Melbourne lounges. Would you be able to do about 40 bottles a month? Need pricing and a spec sheet."),
    ("me", "2023-06-13 13:30", "Trish!! What a great surprise. Yes we can do 40 a month. I'll send the spec sheet today and pricing by Friday, can I call you Thursday?"),
    ("lounge", "2023-06-13 13:45", "Thursday's good. Still have the same mobile."),
])
ex.conv(G, "vendor_price_change", "en", "pepperberry grower announces harvest and new price", [
    ("pepper", "2023-04-03 18:20", "Evening Maree. Harvest was down this year with the wet summer so I have to go up to $78/kg for dried berries. I've kept 6kg aside for you as usual. Let me know if you want it all."),
    ("me", "2023-04-03 19:00", "Thanks Wayne, yes I'll take all 6. Can I pick up Saturday?"),
    ("pepper", "2023-04-03 19:30", "Anytime after 9."),
])
ex.conv(G, "judging_invite", "en", "invitation to judge at a spirits show (no fee asked)", [
    ("awardsj", "2023-07-20 10:00", "Hi Maree, we'd love you on the gin panel at this year's show, judging 14-15 September in Melbourne. Travel and accommodation covered. Let me know if you can make it."),
    ("me", "2023-07-21 08:00", "Honoured Helen, yes please!"),
])
ex.conv(G, "podcast_invite_free", "en", "local podcast host invites her as guest, no fee", [
    ("podcast", "2023-01-25 20:30", "Hey Maree, Ollie from Two Drams Down. We're doing an episode on Tassie gin botanicals and you're the first person I thought of. Recording at our place in North Hobart, takes an hour, beers after. Keen?"),
    ("me", "2023-01-26 07:30", "Keen! Send me some dates."),
])
ex.conv(G, "association_group", "en", "guild committee group chat", [
    ("comm1", "2023-09-12 08:15", "Morning all, the bank fees on the Guild account are going up to $15 a month. I suggest we move to the credit union, any objections?"),
    ("comm2", "2023-09-12 08:40", "No objection from me."),
    ("me", "2023-09-12 09:05", "Fine by me Rach. Also, can we add the cellar door signage grant to next month's agenda?"),
    ("guild", "2023-09-12 10:00", "Added. Thanks all."),
], title="Guild committee")
ex.conv(G, "event_followup", "en", "guild secretary confirms her AGM talk", [
    ("guild", "2023-08-25 08:00", "Cheers for last night Maree, the excise update went down a treat. Minutes will be out next week."),
])

# ---------------------------------------------------------------- wanted pitches
ex.conv(W, "packaging_design", "en", "designer refers to her post about the label reprint", [
    ("labeldes", "2023-05-09 10:30", "Hi Maree, I read your post about having to reprint 3,000 labels because the ABV text didn't meet the size rule on the 700ml. Painful! I'm a packaging designer in Launceston and I've done compliant labels for two cideries and a meadery here. If the gin label redesign is still on the cards I'd be happy to do a compliance check of your current artwork for free and show you what I'd change. No worries if not."),
    ("me", "2023-05-10 08:00", "Hi Tessa, ha, yes that post came from the heart. A free check would be great actually, I'll email the artwork."),
])
ex.conv(W, "freight_export", "en", "freight forwarder who heard her talk on exporting to Singapore", [
    ("freightw", "2023-08-30 14:00", "Hi Maree, I was in the audience at the Export Tasmania forum last week when you talked about the nightmare of the pallet sitting in Singapore customs for three weeks. We do consolidated spirits shipments Hobart-Singapore monthly, with the excise paperwork handled at our end, and we've got a bonded partner in Jurong. Would a rate card be useful for your next shipment?"),
])
ex.conv(W, "booking_software", "en", "booking software rep visited her cellar door and saw the paper diary", [
    ("booking", "2023-05-14 09:30", "Hi Maree, thanks for connecting! We came in for a tasting on Saturday (the gin flight was fab) and I noticed Kayla juggling the paper diary and the phone when a bus group rolled up. I work for Tastebook, a booking system built for cellar doors, and it syncs with Square which I saw you use. Happy to set you up on a free month to see if it helps on busy weekends."),
    ("me", "2023-05-15 19:10", "Ha, guilty. That was a wild Saturday. Send me the details."),
])
ex.conv(W, "process_water", "en", "engineer names her cooling water scaling problem", [
    ("water", "2023-02-07 11:10", "Hi Maree, I read in the Huon News piece that your condenser runs on bore water and you had to shut down for a week in January when it scaled up. We install small softening and heat-exchange loops for distilleries and breweries, and did the one at Frog Gully last year (Callum's happy to vouch). Would a site visit to look at your setup be useful?"),
])
ex.conv(W, "cask_broker", "en", "cask broker mentions mutual contact Dougal", [
    ("caskbroker", "2023-08-29 16:00", "Hi Maree, Dougal McIver suggested I get in touch. He mentioned you're after ex-Apera and ex-Tawny casks from Australian wineries for the next batch of the Rook. I broker casks from four Barossa and McLaren Vale wineries and currently have twelve 100L tawny barriques. Happy to send photos and specs."),
    ("me", "2023-08-29 18:20", "Hi Hamish, yes Dougal's right. Photos and prices would be great."),
])
ex.conv(W, "fitout_tender", "en", "joiner saw her development application on the council register", [
    ("fitout", "2023-01-18 09:00", "Good morning Maree, I noticed the development application for the cellar door extension at Rivulet & Rook on the Huon Valley Council register. We're a small joinery in Huonville and we've done the bars at two cellar doors in the valley. If you haven't locked in a fitout contractor, we'd be glad to quote from your architect's plans."),
])
ex.conv(W, "accounting_integration", "en", "consultant refers to her Shopify and Xero setup and manual excise", [
    ("xero", "2023-06-20 15:15", "Hi Maree, you mentioned in the Guild newsletter that you still do excise stock reconciliation by hand from Shopify exports into Xero every month. I build small integrations for producers that pull sales, stock movements and excise into Xero automatically. Did one for a Bruny Island distillery. Happy to show you a 10 min demo with your kind of data."),
])
ex.conv(W, "recruiter_relevant", "en", "specialist recruiter with a candidate for her advertised assistant distiller role", [
    ("recruitw", "2023-01-16 10:00", "Hi Maree, I saw your ad for an assistant distiller on the Guild jobs board. I work only in distilling and brewing and have a candidate who ran the stills at a Scottish craft distillery for three years and is moving to Hobart with her partner in March. Happy to send her anonymised profile, no obligation."),
    ("me", "2023-01-16 11:10", "Thanks Mel, I'm already working with someone but send it through, good people are rare."),
])
ex.conv(W, "photography", "en", "photographer noticed the glare on her bottle shots", [
    ("photow", "2023-03-14 20:00", "Hi Maree, I love your new Pepperberry Gin bottle, but the shots on your website have a lot of glare on the copper foil so the rook on the label is hard to see. I specialise in shooting reflective bottles (did the range for a Cygnet cider maker). I'd be happy to reshoot one bottle for free so you can compare."),
])
ex.conv(W, "export_agent", "en", "export agent cites her gold medal", [
    ("exportjp", "2023-11-06 09:00", "Hi Maree, congratulations on the gold for the Rook Peated at the Distilled Spirits Show, I saw it in Drinks Trade. We represent six small Australian producers in Japan and peated single malts from Tasmania are in demand with the Osaka bars we work with. Would you be open to a conversation about representation?"),
])
ex.conv(W, "supplier_glass", "en", "glass supplier names her bottle weight and freight costs", [
    ("glassw", "2023-10-09 13:30", "Hi Maree, your 700ml Nordic bottle weighs about 720g empty, which is probably adding a fair bit to your freight costs to the mainland. We make a 520g version of almost the same shape in lighter flint glass, same neck finish so your corks still fit. Could I send you two samples?"),
])
ex.conv(W, "byproduct_buyer", "en", "farmer saw her post about spent grain waste", [
    ("pigs", "2023-10-03 07:30", "Hi Maree, saw your post about paying to have the spent grain taken away. We run pigs 10 minutes from you and would happily collect it twice a week for free. Maybe a ham at Christmas in return :)"),
    ("me", "2023-10-03 08:05", "Jacqui you're a lifesaver. Call me!"),
])

# ---------------------------------------------------------------- junk
ex.conv(J, "generic_seo", "en", "generic SEO pitch", [
    ("seo", "2023-03-07 04:12", "Hi Maree, I came across your website and noticed it is not ranking on the first page of Google for several important keywords. We are a team of 45+ SEO experts helping businesses increase traffic by 300%. Can I send you a free audit report?"),
])
ex.conv(J, "off_topic_product", "en", "off-topic crypto trading mentorship", [
    ("crypto", "2023-02-14 22:30", "Hey Maree!! Quick question - are you open to earning an extra income stream from home? I help busy business owners make passive income trading crypto with just 20 mins a day. DM me 'FREEDOM' and I'll send you the details 🚀"),
])
ex.conv(J, "offers_what_she_sells", "en", "contract distillery offers to make gin for her", [
    ("privlabel", "2023-07-20 10:00", "Hi Maree, thanks for connecting. We produce award-winning premium gin under your own brand, from just 300 bottles. Perfect for venues, hotels and businesses that want their own signature spirit without the hassle of distilling. Would you like our price list?"),
])
ex.conv(J, "capacity_new_clients", "en", "lead gen asks about capacity for new clients", [
    ("capacity", "2023-04-19 06:45", "Hi Maree, quick one - do you have capacity to take on new clients at the moment? We help businesses like yours book 10-20 qualified appointments a month on autopilot. No retainer, pay per result."),
])
ex.conv(J, "like_minded_connect", "en", "like-minded entrepreneurs then pitch", [
    ("likemind", "2023-04-02 08:00", "Thanks for connecting Maree! Always great to connect with like-minded entrepreneurs who are passionate about growth. I'd love to learn more about your journey. I'm building a mastermind of 7-figure founders, let me know if you'd like an invite."),
])
ex.conv(J, "quick_call", "en", "quick 15-minute call", [
    ("fifteen", "2023-05-23 03:30", "Hi Maree, I help business owners scale without burning out. Do you have 15 minutes this week for a quick call? I think there's real potential for Rivulet & Rook to double revenue in the next 12 months."),
])
ex.conv(J, "connect_then_pitch", "en", "connect then pitch: small talk, pitch in message 2 after no answer", [
    ("ctp1", "2023-09-11 09:00", "Thanks for accepting Maree! How's spring treating you down in Tassie?"),
    ("ctp1", "2023-09-14 09:00", "By the way, I work with hospitality brands on growth strategy. We just helped a boutique winery triple its DTC sales. Would you be open to a short call to see if we could do the same for you?"),
])
ex.conv(J, "connect_then_pitch", "en", "connect then pitch: owner answers small talk, pitch follows", [
    ("ctp2", "2023-10-16 20:00", "Hi Maree, thanks for connecting! Your gin labels are gorgeous. Is the rook a local bird?"),
    ("me", "2023-10-17 07:40", "Thanks Sophie! Ha, no, it's a nickname my grandad had. The rivulet is real though."),
    ("ctp2", "2023-10-17 09:15", "Love that story! So I run an agency that does social media and influencer campaigns for food and beverage brands. Our packages start at $2,400/month. Can I send you our case studies?"),
    ("ctp2", "2023-10-24 09:15", "Hi Maree, just floating this back to the top of your inbox :)"),
])
ex.conv(J, "connect_then_pitch", "en", "connect then pitch: finance pitch in message 3", [
    ("ctp3", "2022-11-28 13:00", "Cheers for the connect Maree."),
    ("ctp3", "2022-11-30 10:00", "Hope business is booming in the lead up to Christmas!"),
    ("ctp3", "2022-12-02 10:00", "Reason I reached out: we offer fast unsecured business loans up to $250k, approval in 24 hours. Perfect for stocking up before the silly season. Want me to run the numbers?"),
])
ex.conv(J, "follow_up_bump", "en", "follow-up bumps with no reply", [
    ("bump", "2023-06-01 14:00", "Hi Maree, I'm reaching out because we help consumer brands automate outbound prospecting. Open to a chat?"),
    ("bump", "2023-06-06 14:00", "Hi Maree, just following up on my last message."),
    ("bump", "2023-06-13 14:00", "Hi Maree, bumping this again in case it got buried!"),
    ("bump", "2023-06-22 14:00", "Last try Maree - should I close your file?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 1/5: marketplace for craft spirits", [
    ("tpl1", "2023-08-08 08:02", "Hi Maree, I noticed Rivulet & Rook is doing great things in the craft spirits space. We help independent distilleries get their products in front of 50,000+ buyers through our online marketplace. Would you be open to a quick chat this week?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 2/5", [
    ("tpl2", "2023-08-09 11:40", "Hi Maree, I noticed Rivulet & Rook Distilling is doing amazing things in the spirits space. We help independent distilleries get their bottles in front of 40,000+ trade buyers via our platform. Would you be open to a short chat this week?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 3/5", [
    ("tpl3", "2023-08-15 16:20", "Hey Maree - noticed Rivulet and Rook is doing great things in craft whisky! We help independent distillers put their products in front of 60,000+ buyers through our media network. Open to a quick chat this week?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 4/5", [
    ("tpl4", "2023-08-21 07:55", "Hi Maree, I noticed your distillery is doing great things in the gin space. We help independent distilleries get their products in front of 50k+ buyers through our digital channels. Would you be open to a quick chat next week?"),
])
ex.conv(J, "template_multi_sender", "de", "shared template 5/5, German variant", [
    ("tpl5", "2023-08-23 09:10", "Hallo Maree, mir ist aufgefallen, dass Rivulet & Rook im Craft-Spirits-Bereich Großartiges leistet. Wir helfen unabhängigen Destillerien, ihre Produkte über unseren Marktplatz vor mehr als 50.000 Einkäufer in Europa zu bringen. Hätten Sie diese Woche Zeit für ein kurzes Gespräch?"),
])
ex.conv(J, "merge_tag_failure", "en", "merge tag {first_name}", [
    ("merge1", "2023-02-28 05:00", "Hi {first_name}, I hope this message finds you well! I wanted to reach out because {company_name} looks like a perfect fit for our sales acceleration program. Are you free for a call on Thursday?"),
])
ex.conv(J, "merge_tag_failure", "en", "merge tag [Company]", [
    ("merge2", "2023-05-30 06:30", "Hi Maree, I've been following [Company] for a while and I'm impressed with your growth. We supply custom packaging solutions for brands of all sizes. Can I send you a free sample pack?"),
])
ex.conv(J, "merge_tag_failure", "en", "wrong name in greeting", [
    ("merge3", "2023-09-26 12:00", "Hi Sharon, loved your recent work at Rivulet & Rook Distilling! We are a full-service marketing agency specialised in wine. We'd love to help you reach more wine lovers this vintage. Let's talk?"),
])
ex.conv(J, "merge_tag_failure", "en", "wrong company name", [
    ("merge4", "2023-10-30 04:45", "Hi Maree, congratulations on the growth at Harbourside Plumbing Pty Ltd! Cash flow is king for trades businesses. We can get you an equipment loan for vans and tools in 48 hours. Interested?"),
])
ex.conv(J, "sponsored_inmail", "en", "sponsored InMail business banking", [
    ("spon1", "2023-04-12 10:00", "<p>Hi Maree,</p><p>Open a Crestline Business account today and get $0 monthly fees for 12 months &amp; a bonus $200.</p><p>Apply in 10 minutes.</p>"),
], title="Sponsored Conversation", subject="Banking built for small business")
ex.conv(J, "sponsored_inmail", "en", "sponsored InMail CRM", [
    ("spon2", "2023-08-01 10:00", "Hi Maree, sales teams using Stackly close 28% more deals. Start your free trial today - no credit card needed."),
], title="Sponsored Conversation", subject="Close more deals with Stackly")
ex.conv(J, "sponsored_inmail", "en", "sponsored InMail online course", [
    ("spon3", "2023-11-14 10:00", "<p>Maree, become a certified digital marketer in 8 weeks.</p><p>Enrol now &amp; save 40%.</p>"),
], title="Sponsored Conversation", subject="Upskill in 8 weeks")
ex.conv(J, "paid_award", "en", "paid award with winner's package fee", [
    ("award", "2023-06-19 09:00", "Dear Maree, I'm delighted to inform you that Rivulet & Rook Distilling has been selected as a winner of the 2023 Global Beverage Excellence Award for 'Best Craft Distillery - Oceania'. To receive your trophy, digital badge and feature in our winners' magazine, the winner's package is AUD 1,890. Please confirm by Friday to secure your listing."),
])
ex.conv(J, "paid_podcast", "en", "podcast slot that costs a fee", [
    ("podpay", "2023-09-05 02:00", "Hi Maree! We'd love to feature you as a guest on Founders On Fire, a top 1% business podcast with listeners in 40 countries. There is a small production fee of $750 to cover editing and promotion. Spots are limited this season. Interested?"),
])
ex.conv(J, "fluent_generic_named", "en", "fluent pitch naming her company but could be sent to anyone", [
    ("fluent", "2023-07-03 08:30", "Hi Maree, Rivulet & Rook Distilling has a great story, and I think more people deserve to hear it. At Northstar we help ambitious brands find their voice, sharpen positioning and build a community that converts. Our clients typically see a 2-4x uplift in engagement within 90 days. I'd love to share a few ideas tailored to Rivulet & Rook Distilling - would you be open to a brief conversation?"),
])
ex.conv(J, "generic_label_print", "en", "generic label printer (counterpart to the tailored designer)", [
    ("labelgen", "2023-05-11 03:10", "Hello, we print premium labels for all industries at factory-direct prices. Digital, flexo, foil and embossing. MOQ 500. Reply for a catalogue and get 15% off your first order."),
])
ex.conv(J, "generic_booking_software", "en", "generic booking software (counterpart to tailored one)", [
    ("bookgen", "2023-06-27 05:30", "Hi Maree, are you still taking bookings by phone? Reservio Hub is the #1 booking platform for salons, clinics, gyms and more. Try it free for 30 days!"),
])
ex.conv(J, "generic_recruitment", "en", "generic recruitment agency (counterpart to specialist recruiter)", [
    ("recgen", "2023-02-02 06:00", "Hi Maree, are you hiring this year? TopTier Recruitment places top talent across sales, IT, admin and more. Our fees start at 12%. Let me know if you'd like to see our current candidates."),
])
ex.conv(J, "generic_photography", "en", "generic product photography (counterpart to tailored photographer)", [
    ("photogen", "2023-04-04 07:15", "Hi Maree! Are your product photos converting? SnapCommerce delivers white-background e-commerce photos from $15 per image, 48h turnaround. Ship us your products today!"),
])
ex.conv(J, "generic_export", "en", "generic China export pitch (counterpart to Japan agent)", [
    ("china", "2023-11-08 01:20", "Dear Sir/Madam, we help Australian brands enter the Chinese market through Tmall and WeChat. Huge demand for Australian products!! Please contact for package price."),
])
ex.conv(J, "generic_freight", "en", "generic freight savings pitch (counterpart to export forwarder)", [
    ("freightgen", "2023-09-04 06:00", "Hi Maree, is your business overpaying for freight? We compare 30+ carriers to save you up to 40%. Happy to run a free comparison if you send me your last 3 invoices."),
])
ex.conv(J, "mlm", "en", "MLM wellness pitch from a connection", [
    ("mlm", "2023-03-04 21:00", "Hey lovely! I've been watching your journey and you are such an inspiration 💕 I've recently partnered with an amazing wellness company and I'm looking for a couple of driven women to join my team. Would you be open to hearing more? No pressure x"),
])
ex.conv(J, "off_topic_investment", "en", "NFT whisky cask token pitch", [
    ("nftcask", "2023-01-30 11:00", "Hi Maree, we are tokenising whisky casks on the blockchain so fans can own a share. Distilleries list casks for free and get paid upfront in USDC. Want to be one of our launch partners? Limited spots."),
])
ex.conv(J, "offshore_dev", "en", "offshore app development", [
    ("appdev", "2023-06-08 04:40", "Greetings Maree, hope you are doing good. We are a leading software company offering mobile app and web development at very affordable rates ($18/hr). Do you have any requirement currently? Kindly revert."),
    ("appdev", "2023-06-15 04:40", "Dear Maree, gentle reminder on my previous message. Kindly revert."),
])
ex.conv(J, "ghostwriting", "en", "LinkedIn ghostwriting", [
    ("ghost", "2023-10-11 07:00", "Hi Maree, founders who post 3x a week on LinkedIn get 5x more inbound. I write posts in your voice so you don't have to. Want 3 free sample posts?"),
])
ex.conv(J, "video_testimonials", "en", "video testimonial tool", [
    ("video", "2023-08-17 08:00", "Hey Maree, what if your happy customers could record video reviews in 60 seconds? TestiVid makes it easy. 14-day free trial - shall I send you a link?"),
])
ex.conv(J, "investment_scheme", "en", "cask investment scheme pitched to a distiller", [
    ("caskinvest", "2023-05-05 10:00", "Dear Maree, whisky casks have outperformed gold over the last decade. Heritage Cask Investments offers Scottish casks from £5,000 with projected returns of 12% p.a. May I send you our brochure?"),
])
ex.conv(J, "off_topic_product", "en", "solar pitch with follow-up", [
    ("solar", "2023-02-22 09:00", "Hi Maree, energy bills going up? With the new government rebate you could get solar panels installed for $0 upfront. Can I book you a free assessment?"),
    ("solar", "2023-03-01 09:00", "Hi Maree, just checking you saw my message about the $0 upfront solar offer?"),
])
ex.conv(J, "quick_call", "en", "SDR asks for 15 minutes for a sales tool", [
    ("crm2", "2023-11-20 22:00", "Hi Maree - I'll keep this short. We help teams like yours spend less time on admin and more time selling. Worth 15 minutes next Tuesday or Wednesday?"),
])

if __name__ == "__main__":
    ex.write(Path(__file__).resolve().parents[1] / SLUG,
             {"First Name": "Maree", "Last Name": "Callaghan",
              "Headline": "Owner & Head Distiller at Rivulet & Rook Distilling | Huon Valley whisky & gin",
              "Summary": "Small-batch single malt and gin from a rivulet in the Huon Valley. Cellar door open Thu-Sun.",
              "Industry": "Beverage Manufacturing", "Zip Code": "7109",
              "Geo Location": "Huonville, Tasmania, Australia",
              "Websites": "[COMPANY:rivuletandrook.example]"},
             [{"Company Name": "Rivulet & Rook Distilling", "Title": "Owner & Head Distiller",
               "Location": "Huon Valley, Tasmania", "Started On": "Mar 2017"},
              {"Company Name": "Cascade Ridge Brewing", "Title": "Brewer",
               "Location": "Hobart", "Started On": "Feb 2009", "Finished On": "Jan 2017"}],
             ["Distilling", "Whisky", "Gin", "Cellar Door", "Small Business", "Excise"])
    print(ex.summary())

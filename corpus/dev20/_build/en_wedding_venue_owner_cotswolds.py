"""dev20 persona (written blind as heldout26, session 4): heldout26 persona 1: Harriet Ashcombe, owner of a barn wedding venue in the Cotswolds.

Written blind to the code (session 4): every message below is written by hand for this corpus.
Running this script regenerates ../en-wedding-venue-owner-cotswolds byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-wedding-venue-owner-cotswolds"
OWNER = Person("me", "Harriet Ashcombe", "https://www.linkedin.com/in/harriet-ashcombe-b7e21c",
               "Nether Aldbury Tithe Barn", "Owner")
ex = Export(SLUG, "2024", OWNER)
P = ex.person

# ---------------------------------------------------------------- people
P("daisy", "Daisy Penhallow", "NHS Gloucestershire", "Physiotherapist")
P("tom_c", "Tom Catterick", "Catterick & Lowe Surveyors", "Associate")
P("rosalind", "Rosalind Ferrars", "Ferrars Weddings & Events", "Wedding Planner", connected="2019-04-02")
P("gilbert", "Gilbert Mayhew", "Mayhew's Kitchen Catering", "Director", connected="2020-02-18")
P("bryony", "Bryony Thwaite", "Wild Hedgerow Flowers", "Florist", connected="2021-06-09")
P("poppy", "Poppy Larkin", "Nether Aldbury Tithe Barn", "Events Manager", connected="2022-01-10")
P("clerk", "Margaret Hebden", "Nether Aldbury Parish Council", "Parish Clerk", connected="2023-05-03")
P("recruiter", "Owen Trelawney", "Vale Hospitality Recruitment", "Senior Consultant", connected="2024-01-15",
  invite=("OUT", "2024-01-15 09:40", "Hi Owen, Poppy's cousin said you're the one to talk to about events staff."))
P("applicant", "Imogen Stace", "The Lygon Court Hotel", "Events Assistant", connected="2024-02-20")
P("open1", "Felicity Baird", "", "", connected="2023-11-02")
P("open2", "Marcus Oyelaran", "", "", connected="2023-12-01")
P("open3", "Hattie Greaves", "Greaves Photography", "Photographer", connected="2022-09-14")
P("photog", "Sebastian Kemble", "Kemble Light Studio", "Wedding Photographer", connected="2021-03-22")
P("oldfriend", "Clemmie Atwood", "The Royal Crescent Hotel", "Front Office Manager", connected="2012-07-30")
P("journo", "Nadia Proudfoot", "Wolds & Vale Magazine", "Features Writer", connected="2024-03-05")
P("network", "Jeremy Halloran", "Gloucestershire Wedding Suppliers Network", "Organiser", connected="2020-09-12")
P("mother", "Elaine Rushworth", "", "Retired teacher")
P("corporate", "Priyanka Moss", "Fenwick Agritech Ltd", "Office Manager")
P("wednest", "Callum Rudge", "WedNest", "Account Manager", connected="2021-01-08")
P("bar", "Danny Fairclough", "Drovers Mobile Bars", "Owner", connected="2020-06-01")
P("farmer", "Geoffrey Lamport", "Lamport Farm", "Farmer", connected="2018-03-03")
P("couple_after", "Ollie Marchbank", "", "")
P("accountant", "Sunita Keswick", "Keswick & Dunn Chartered Accountants", "Partner", connected="2017-11-20")
P("band", "Freddie Ambrose", "The Hay Bale Ramblers", "Band Leader", connected="2019-08-08")
P("thatcher", "Alun Pritchard", "Pritchard Roofing & Stone", "Proprietor", connected="2023-02-11",
  invite=("OUT", "2023-02-11 08:15", ""))
P("insurer_ex", "Rachel Dunstan", "Cotswold Mutual Brokers", "Commercial Account Handler", connected="2019-10-04")
P("anniv", "Beatrice Oduya", "", "")
P("planner2", "Lottie Vane", "Vane & Lark Planning", "Wedding Planner", connected="2022-04-19")
P("exstaff", "Kieran Bostock", "The Malt House Inn", "Bar Supervisor", connected="2021-05-27")
P("vicar", "Revd Simon Ellery", "Benefice of the Four Aldburys", "Rector", connected="2020-03-15")
P("student", "Amelia Grange", "Cirencester College", "Student")
P("peer", "Tristan Holloway", "Upper Slaughterford Granary", "Co-owner", connected="2019-05-05")
P("cake", "Nell Bramwell", "Bramwell Bakes", "Cake Maker", connected="2020-11-11")
P("congrats", "Marjorie Tillotson", "Tillotson Estate Agents", "Partner", connected="2015-06-01")
P("tourism", "Alison Carver", "Visit North Cotswolds", "Partnerships Lead", connected="2022-10-10")

# wanted pitches
P("w_light", "Jonah Pettifer", "Glowworm Event Lighting", "Founder", connected="2024-04-02",
  invite=("IN", "2024-04-01 18:22", "Hi Harriet, loved your cart-shed post. Would be glad to connect."))
P("w_acoustic", "Dr Helen Marwood", "Marwood Acoustics", "Acoustic Consultant")
P("w_web", "Ravi Chaudhry", "Ravi Chaudhry Web", "Freelance Web Developer")
P("w_soft", "Isla Brennan", "Vowly Venue Software", "Partnerships")
P("w_recruit", "Georgina Pell", "Hartwell Events Recruitment", "Recruitment Consultant")
P("w_linen", "Matthew Okafor", "Cotswold Linen Hire", "Sales Manager")
P("w_loos", "Sandra Whitcombe", "Posh Privy Trailers", "Owner")
P("w_integr", "Leo Fairhurst", "Fairhurst Digital", "Automation Consultant")
P("w_tents", "Abigail North", "Canvas & Kettle Bell Tents", "Director")
P("w_drone", "Rhys Morgan-Fitch", "Skylark Aerial Films", "Drone Operator")
P("w_insure", "Philip Sandys", "Sandys Hospitality Insurance", "Account Executive")
P("w_copy", "Esme Calloway", "", "Freelance Copywriter")

# junk
P("j_seo", "Brandon Keyes", "RankRocket Digital", "Growth Consultant")
P("j_web", "Aarav Mehta", "PixelForge Solutions", "Business Development Executive")
P("j_forex", "Sophia Lange", "", "Financial Freedom Coach")
P("j_pumps", "Viktor Hrabal", "Hrabal Industrial Pumps s.r.o.", "Export Manager")
P("j_venue", "Candice Rowley", "Ashdown Park Estate Weddings", "Sales Coordinator")
P("j_capacity", "Kyle Durant", "BrideFlow Leads", "Founder")
P("j_likeminded", "Desmond Ackroyd", "Ackroyd Ventures", "Serial Entrepreneur | Investor | Speaker")
P("j_15min", "Tiffany Marr", "ScaleSmart Consulting", "Senior Partner")
P("j_ctp1", "Nathan Crewe", "Crewe Growth Partners", "Managing Director", connected="2024-05-13",
  invite=("IN", "2024-05-13 07:51", ""))
P("j_ctp2", "Holly Brightwell", "Brightwell Social", "Social Media Strategist", connected="2024-06-20",
  invite=("IN", "2024-06-19 21:10", "Love what you're doing with the barn!"))
P("j_ctp3", "Mohammed Rafiq", "Elevate BPO", "Client Partner", connected="2024-02-06",
  invite=("IN", "2024-02-05 16:44", ""))
P("j_bump", "Gareth Pillinger", "Payfair Card Terminals", "Merchant Services Advisor")
P("j_tpl1", "Chloe Winterbourne", "VenueBoost Marketing", "Head of Partnerships")
P("j_tpl2", "Ryan Oduya-Blake", "WeddingLift Media", "Founder")
P("j_tpl3", "Jasmine Tully", "AisleAds Agency", "Client Success Lead")
P("j_tpl4", "Dominic Staunton", "BookedSolid Venues", "Director")
P("j_tpl5", "Lukas Brenner", "Hochzeitsreich Marketing GmbH", "Geschäftsführer")
P("j_merge1", "Ashley Turnbull", "LeadLantern", "SDR")
P("j_merge2", "Ben Harrow", "Clickwise Ltd", "Account Executive")
P("j_merge3", "Patricia Nunes", "Evergreen Reviews", "Reputation Specialist")
P("j_merge4", "Connor Leary", "Quantum Staffing", "Talent Partner")
P("spon1", "LinkedIn Member", url="")
P("spon2", "Ledgerly", url="https://www.linkedin.com/company/ledgerly-accounting")
P("spon3", "LinkedIn Member", url="")
P("j_award", "Victoria Sallis", "UK Luxury Wedding Awards", "Awards Director")
P("j_feature", "Jamie Rutland", "Top Barns Britain", "Editorial Partnerships")
P("j_podcast", "Monica Fairweather", "The Venue Visionaries Podcast", "Host & Producer")
P("j_fluent", "Eleanor Hayes", "Northstar Brand Studio", "Brand Strategist")
P("j_light", "Kevin Doyle", "Lumen Event Supplies", "Sales")
P("j_soft", "Priya Natarajan", "EventSphere CRM", "Account Executive")
P("j_recruit", "Scott Mallory", "TopTalent Solutions", "Recruitment Director")
P("j_insure", "Wayne Chalk", "InsureDirect Business", "Business Advisor")
P("j_copy", "Liam Foster", "WordSmiths Global", "Content Lead")
P("j_va", "Joy Macaraeg", "DeskHelp Virtual Assistants", "Client Relations")
P("j_loan", "Stuart Beaumont", "FastFund Business Finance", "Funding Specialist")
P("j_ghost", "Amber Quinlan", "Thought Leader Labs", "LinkedIn Ghostwriter")
P("j_drone", "Craig Whitlow", "SkyShots UK", "Sales Manager")
P("j_energy", "Neil Parfitt", "Utility Saver Direct", "Energy Consultant")

C = ex.conv

# ================================================================ GENUINE (35)
C("genuine", "inbound_lead_quote", "en", "couple asks for a quote for a September Saturday, 110 guests", [
    ("daisy", "2024-02-03 20:14", "Hi Harriet! My fiance Tom and I came past the barn on a walk from Aldbury Woods last weekend and peeked through the gate (sorry!). We're looking at a Saturday in September 2025, roughly 110 day guests and 140 in the evening. Could you send over a price for that and what's included? We'd love a viewing too if possible x"),
    ("me", "2024-02-04 09:02", "Hi Daisy, no apology needed, everyone peeks! Saturdays in Sept 2025 are £8,950 for exclusive use from 11am to midnight, including tables, chairs, the cart shed for wet-weather drinks and our events manager on the day. Catering is from our recommended list. I still have the 6th and the 20th free. Viewings are Wednesday evenings or Saturday mornings, which suits?"),
    ("daisy", "2024-02-04 12:47", "Ooh the 20th! Saturday morning please, 10ish? Tom wants to know if dogs are allowed at the ceremony, our spaniel Biscuit is basically the ring bearer"),
    ("me", "2024-02-04 13:30", "Saturday 10th Feb at 10 it is. Biscuit is very welcome on a lead, we've had two spaniels and a very stubborn dachshund this year already. Park by the duck pond and I'll come and find you."),
    ("daisy", "2024-02-10 14:05", "Thank you so much for this morning, we're in love. Could you hold the 20th while we sort the deposit? And could you send the contract so Tom's dad can read it (he's a solicitor, sorry in advance)"),
    ("me", "2024-02-10 16:20", "Holding it for 7 days. Contract and T&Cs on their way to your email now, tell Tom's dad to be gentle with clause 9 :)"),
])
C("genuine", "client_contract", "en", "booked couple's contract / deposit questions", [
    ("tom_c", "2024-02-14 11:31", "Hello Harriet, Tom here, Daisy's other half. Deposit of £2,000 sent this morning by bank transfer, ref CATTERICK20SEP. One question from my father on clause 9: if the barn can't be used because of something on your side (storm damage etc.) is the deposit fully refunded or moved to a new date, our choice? Thanks"),
    ("me", "2024-02-14 12:10", "Got it, thank you Tom, receipt to follow. On clause 9, your choice: full refund or transfer to any free date within 18 months. I'll add a sentence to make that explicit and reissue the contract for signature."),
    ("tom_c", "2024-02-14 12:18", "Perfect. Cheers!"),
])
C("genuine", "intro_referral", "en", "long-standing planner refers a couple and asks about her planner commission", [
    ("rosalind", "2023-09-07 08:45", "Morning lovely. I have a couple from London, very relaxed, 80 guests, want a Friday in May 2024 and I immediately thought of you. Are Fridays still at the lower rate? And is the 10% planner thing still how we do it or have you changed it since last year?"),
    ("me", "2023-09-07 09:30", "Ros! Yes Fridays are £5,400 in May, and 10% as always, nothing's changed. Send them my way, I'll make sure the wisteria is out for them"),
    ("rosalind", "2023-09-07 09:34", "You're a star. Their names are Anya and Jules, they'll email today x"),
])
C("genuine", "vendor_existing_price_change", "en", "recommended caterer announces 2025 price rise", [
    ("gilbert", "2024-07-22 16:05", "Hi Harriet, hope the summer's treating you kindly. Wanted to let you know personally before our 2025 brochure goes out: our per-head prices go up by about 7% from January. Lamb and butter have gone silly and we've had to put the team's hourly rates up, which I'm glad about. Couples who already have a signed quote keep the 2024 price. I'll send the new sheet for your welcome pack. Any questions give me a ring."),
    ("me", "2024-07-23 08:12", "Thanks for the heads-up Gilbert, much appreciated. Completely understandable. Yes please send the sheet, I'll swap it into the packs in August."),
])
C("genuine", "peer_joint_offer", "en", "florist proposes a joint winter wedding package", [
    ("bryony", "2023-10-02 19:41", "Hiya! Mad idea while I was stripping holly this afternoon: what if we did a joint winter package for Jan-Feb weddings? Your off-peak rate + my winter foliage bundle (candles, ivy, dried hydrangea, the lot) at a combined price, say 10% off both. I've had loads of couples ask about small winter dos. Could do a styled shoot in the barn to launch it. Thoughts?"),
    ("me", "2023-10-03 07:55", "Not mad at all, I love it. Jan-Feb is dead for me. Shall we meet for a coffee at the Corner Cupboard Thursday and work out the numbers?"),
    ("bryony", "2023-10-03 08:20", "Thursday 10am, I'll bring samples 🌿"),
    ("bryony", "2023-10-12 17:03", "Draft price sheet attached in email. I've put £3,950 all in for up to 50 guests, tell me if that makes you wince."),
    ("me", "2023-10-12 21:14", "Bit low for me on Saturdays, fine on weekdays. Let's do £3,950 Sun-Thu and £4,450 Fri/Sat?"),
    ("bryony", "2023-10-13 07:30", "Deal!"),
])
C("genuine", "colleague_staff", "en", "events manager about bank holiday rota", [
    ("poppy", "2024-05-20 18:22", "Evening H, the rota for bank hol weekend: I've got myself, Josh and Amira on Saturday, but nobody for the Monday turnaround. Can you ask your nephew or shall I ring the agency? Also the lock on the bridal room is sticking again"),
    ("me", "2024-05-20 19:05", "I'll ask Alfie tonight. Please don't ring the agency, last time they sent someone in flip-flops. I'll WD40 the lock tomorrow."),
    ("poppy", "2024-05-20 19:07", "😂 fair"),
])
C("genuine", "community_parish", "en", "parish clerk about noise and the fireworks notice", [
    ("clerk", "2024-03-12 10:10", "Dear Mrs Ashcombe, Following the parish council meeting on 5th March, councillors asked me to pass on that two residents on Mill Lane raised late music on Saturdays last summer. No formal complaint has been made. The council would welcome it if you could remind bands to finish amplified music at 11pm and let us know of any fireworks in advance so we can warn horse owners. Kind regards, Margaret Hebden, Parish Clerk"),
    ("me", "2024-03-12 14:40", "Dear Margaret, thank you for letting me know so kindly. We'll keep the 11pm cut-off strictly this year and I'm putting a sound limiter on the band's power supply. I'll send the fireworks dates for the season by the end of the month, and I'd be happy to come to the April meeting if that helps."),
    ("clerk", "2024-03-13 09:02", "That is very helpful, thank you. The April meeting is on the 2nd at 7.30pm in the village hall."),
])
C("genuine", "recruiter_engaged", "en", "owner started: engaged recruiter to hire a wedding coordinator, fees discussed", [
    ("me", "2024-01-15 09:45", "Hi Owen, thanks for connecting. I'm looking for a full-time wedding coordinator from March, 2-3 years' venue experience, must drive (we're 4 miles from the nearest bus). Could you tell me your fee and how you'd go about it?"),
    ("recruiter", "2024-01-15 13:20", "Hi Harriet, great to hear from you. For a role around £28-30k our fee is 15% of first-year salary, payable on start, with a 12-week rebate if it doesn't work out. I'd advertise locally and go through our hospitality pool. Can we have a 20-minute call Wednesday so I get the feel of the venue?"),
    ("me", "2024-01-15 13:44", "Wednesday at 2pm works. 15% is fine."),
    ("recruiter", "2024-02-01 10:05", "Update: three shortlisted CVs in your inbox. Strongest is probably the second one, she's been at a manor house venue near Evesham."),
])
C("genuine", "job_applicant", "en", "applicant for the wedding coordinator role", [
    ("applicant", "2024-02-20 21:33", "Dear Harriet, I saw your advert for a wedding coordinator on the Cotswold Jobs board and have applied via email but wanted to say hello here too. I've been an events assistant at the Lygon Court for two years and have run about 30 weddings on my own. I grew up in Blockley so I know the lanes (and the flooding at the ford!). I'd love the chance to chat. Best wishes, Imogen"),
    ("me", "2024-02-21 08:30", "Hi Imogen, thanks for getting in touch, I've got your CV. Could you come in for an informal chat on Tuesday 27th at 11?"),
    ("applicant", "2024-02-21 08:41", "Yes definitely, thank you! See you Tuesday."),
])
C("genuine", "thanks_congrats", "en", "thank-you after the spring open day (1 of 3)", [
    ("open1", "2024-03-17 19:12", "Thank you so much for today's open day Harriet, the barn looked absolutely beautiful with the blossom. We're going to talk it over and be in touch next week!"),
])
C("genuine", "thanks_congrats", "en", "thank-you after the spring open day (2 of 3)", [
    ("open2", "2024-03-17 20:40", "Thanks for a lovely open day! Really beautiful venue, and the cake samples didn't hurt. Hope to be in touch soon."),
])
C("genuine", "thanks_congrats", "en", "thank-you after the spring open day (3 of 3), supplier", [
    ("open3", "2024-03-18 08:05", "Thanks for having me at the open day yesterday Harriet, great to meet so many lovely couples. Photos from the day coming your way this week!"),
    ("me", "2024-03-18 08:30", "Thank you Hattie, it was a joy. Can't wait to see them."),
])
C("genuine", "owner_started_permission", "en", "owner asks a photographer for permission to use his images", [
    ("me", "2023-11-06 10:15", "Hi Seb, hope you're well! Would you mind if I used 4-5 of your shots from the Marchbank wedding on the new website? Happy to credit you on every page and link to your site."),
    ("photog", "2023-11-06 12:02", "Course you can! Credit as Kemble Light Studio please. I'll send you the full-res versions without the watermark tonight."),
    ("me", "2023-11-06 12:10", "Brilliant, thank you x"),
])
C("genuine", "friend_longstanding", "en", "old friend from hotel school days", [
    ("oldfriend", "2024-04-28 22:01", "Harri!!! Just saw your barn in the Telegraph weekend supplement, the little paragraph about the swallows. So proud of you. Are you ever in Bath? It's been far too long, the last time was Hen's 40th and I still have the photo of you in the fountain"),
    ("me", "2024-04-29 07:48", "Clemmie! Ha, that photo must never see daylight. I'm in Bath for a supplier thing on 15 May, lunch?"),
    ("oldfriend", "2024-04-29 08:15", "Lunch. Sally Lunn's for old times' sake. 1pm. Don't be late, you always are"),
])
C("genuine", "journalist", "en", "magazine writer wants to feature the barn (no fee)", [
    ("journo", "2024-03-05 11:20", "Hi Harriet, I'm writing a piece for the June issue of Wolds & Vale on family-run venues that have restored old farm buildings. The tithe barn's restoration (I read you found the medieval carpenters' marks under the render) would be a lovely centrepiece. Could I visit for an hour and bring our photographer? There's no cost of course, it's editorial."),
    ("me", "2024-03-05 12:31", "Hi Nadia, how lovely. Yes please! Any weekday morning in the next fortnight except Thursdays. The carpenters' marks are best in the morning light."),
    ("journo", "2024-03-05 12:45", "Tuesday 12th at 9.30? I'll bring Hamish and his enormous lens."),
    ("me", "2024-03-05 13:01", "Perfect, kettle will be on."),
])
C("genuine", "event_invite", "en", "suppliers network supper invitation", [
    ("network", "2024-01-09 09:00", "Hi Harriet, the New Year supper for the Gloucestershire Wedding Suppliers Network is on Thursday 25th January at The Fox at Lower Oddington, 7pm. £32 a head for two courses, pay on the night. Bryony and Gilbert are coming. Can I put you down? Would also love 5 minutes from you on how the winter package is going"),
    ("me", "2024-01-09 12:40", "Put me down Jeremy, and yes happy to do 5 minutes."),
])
C("genuine", "inbound_question_spam_folder", "en", "mother of the bride asks about wheelchair access; LinkedIn put it in SPAM", [
    ("mother", "2024-06-02 15:27", "Dear Ms Ashcombe, forgive me writing here, I couldn't find a phone number that worked. My daughter is marrying at your barn in August (Rushworth/Kaur) and my husband uses a wheelchair. Is there level access into the barn and to the toilets, and could we park near the door? Many thanks, Elaine Rushworth"),
    ("me", "2024-06-05 09:10", "Dear Elaine, I'm so sorry for the slow reply, your message went into a folder I rarely check. Yes: level access through the main doors, an accessible toilet in the cart shed, and we'll reserve the space by the porch for you. My number is 01608 x 4 x 1 9 2, do ring any time."),
], folder="SPAM")
C("genuine", "inbound_lead_corporate", "en", "company wants to hire the barn for their summer party", [
    ("corporate", "2024-04-09 13:02", "Hi Harriet, I organise our staff summer party (about 60 people, we're an agritech company in Moreton). We'd like a Thursday or Friday evening in July, BBQ style, maybe a cricket game on the lawn?! Do you do corporate bookings and could you send rates?"),
    ("me", "2024-04-09 16:15", "Hi Priyanka, we do, weekday evenings 5-11pm are £1,950 in July, plus catering. Gilbert at Mayhew's does a great hog roast and we have stumps and a very old bat. Thursday 18th or Friday 26th are free."),
    ("corporate", "2024-04-10 09:30", "Thursday 18th please! Can you send a booking form and an invoice for the deposit to accounts@ (I'll send the address by email)"),
])
C("genuine", "vendor_existing_price_change", "en", "booking platform account manager: listing renewal price rising", [
    ("wednest", "2024-08-01 10:00", "Hi Harriet, Callum from WedNest. Your premium listing renews on 1 October. Just flagging that the annual price moves from £1,140 to £1,290 this year (first increase since 2021). We've added the availability calendar sync you asked for. If you'd like to stay on the old price, you can lock in a 2-year renewal before 31 August. Happy to jump on a call if useful."),
    ("me", "2024-08-02 08:55", "Thanks Callum. How many enquiries did my listing actually send last year? If you can send me the stats I'll decide on the 2-year option."),
    ("wednest", "2024-08-02 11:10", "Of course: 214 enquiries, 31 viewings logged, 9 bookings tagged as from WedNest. Full report on email."),
])
C("genuine", "vendor_existing", "en", "mobile bar contractor on the licence / TENs", [
    ("bar", "2024-04-15 17:45", "Alright H. Quick one - are we still doing bars under your premises licence this year or do you want me to apply TENs for each event like 2022? Council want them 10 working days ahead now."),
    ("me", "2024-04-15 18:02", "Under the premises licence Danny, it came through in November. I'll send you a copy and the DPS details."),
])
C("genuine", "neighbour", "en", "neighbouring farmer about overflow parking in his field", [
    ("farmer", "2024-05-28 06:40", "Harriet. Top field is cut so yr welcome to use it for parking this Saturday. Gate code same. Keep them off the bit by the trough its soft."),
    ("me", "2024-05-28 07:15", "Thank you Geoffrey, you're a saint. Bottle of something coming your way."),
    ("farmer", "2024-05-28 07:16", "Sloe gin if going"),
])
C("genuine", "client_thanks_review", "en", "couple thanks after their wedding and leaves a review", [
    ("couple_after", "2023-10-16 12:02", "Harriet, Poppy and everyone, THANK YOU. Saturday was the best day of our lives. Even the rain at 4pm turned out magical under the cart shed with the festoons. We've left a review on WedNest and Google. Hope to come back for our first anniversary!"),
    ("me", "2023-10-16 14:30", "Oh Ollie, thank you both so much. It was a joy. Anniversary drinks on the house when you come."),
])
C("genuine", "vendor_existing", "en", "accountant on the VAT quarter", [
    ("accountant", "2024-07-03 09:12", "Morning Harriet, VAT return for Q1 is due 7 Aug. Can you send the deposit schedule and the bar commission statements from Danny by the 20th? Also we need to talk about whether the glamping counts as holiday accommodation for VAT purposes before you take bookings."),
    ("me", "2024-07-03 10:01", "Will do. Can we talk glamping next week? Tuesday afternoon?"),
    ("accountant", "2024-07-03 10:20", "Tuesday 3pm, I'll call you."),
])
C("genuine", "vendor_existing_price_change", "en", "band she often recommends sends 2025 rates", [
    ("band", "2024-09-10 20:02", "Evening Harriet! Our 2025 rates are out - 2x45 min sets plus DJ playlist is now £1,650 (was £1,500), first increase in three years, fuel etc. Still doing the ceilidh option. Could you update the supplier sheet? Cheers, Fred. PS the couple last Saturday were an absolute hoot"),
    ("me", "2024-09-11 08:03", "Updated, thanks Fred! They were, weren't they."),
])
C("genuine", "owner_started_quote_request", "en", "owner asks a roofer for a quote for stone-tile repairs", [
    ("me", "2023-02-11 08:20", "Hi Alun, Geoffrey Lamport gave me your name. After the February storms we've lost maybe 30 stone tiles off the north slope of the barn and the ridge is looking sorry for itself. Could you come and give me a quote? It needs to be done before our first wedding on 15 April."),
    ("thatcher", "2023-02-12 19:30", "Hello Harriet, yes Geoffrey said you might be in touch. I can come Thursday morning to look. Stonesfield-type slates are hard to get now so I may need to use reclaimed, I'll price both. April is do-able if we start early March."),
    ("thatcher", "2023-02-18 17:50", "Quote emailed: £6,420 + VAT with reclaimed slates, scaffold included. Can start 6 March."),
    ("me", "2023-02-18 20:05", "That's fine Alun, go ahead. Please book the scaffold."),
])
C("genuine", "vendor_existing", "en", "insurance broker renewal", [
    ("insurer_ex", "2024-09-02 11:40", "Dear Harriet, your venue and public liability policy renews on 1 October. Premium from the insurer is £3,212 (up from £2,980), mostly because of the increased rebuild value we agreed after the roof works. I'll email the schedule. Let me know if you'd like me to check alternative quotes."),
    ("me", "2024-09-02 13:15", "Thanks Rachel. Please do check a couple of alternatives, but I'm happy to stay if it's close."),
])
C("genuine", "returning_client", "en", "former couple asks to book an anniversary dinner", [
    ("anniv", "2024-06-11 19:20", "Hi Harriet, we married at the barn in June 2019 and it's our 5th anniversary this month! I know you don't usually do small things but is there any chance we could have a picnic on the lawn by the ha-ha on Sunday 23rd? Happy to pay of course."),
    ("me", "2024-06-12 07:50", "Beatrice! Happy 5 years. Sunday afternoon is free after the turnaround, come from 4pm, no charge, just promise to send a photo."),
])
C("genuine", "client_quote_request", "en", "planner asks availability and prices for several dates", [
    ("planner2", "2024-03-25 10:30", "Hi Harriet, Lottie from Vane & Lark. I've a couple torn between three dates in 2025: Fri 13 June, Sat 21 June, Sun 7 Sept. 120 guests, they'd want the glamping too if it's ready. Could you let me know availability and the price for each? Also is the glamping bookable separately?"),
    ("me", "2024-03-25 14:02", "Hi Lottie: 13 June free (£6,900), 21 June gone I'm afraid, 7 Sept free (£7,200 Sunday). Glamping should open May 2025, 8 bell tents, £140/tent/night, booked separately through us."),
    ("planner2", "2024-03-25 14:10", "Super, thank you! Will come back to you by Friday."),
])
C("genuine", "reference_request", "en", "former bar staff asks for a reference", [
    ("exstaff", "2024-01-22 12:12", "Hi Harriet, hope all's good at the barn. I'm applying for a bar manager job at the Bell in Stow and they want a reference from my last two employers. Would you be ok to be one? I worked for you 2021-2022 weekends."),
    ("me", "2024-01-22 18:30", "Of course Kieran, give them my email. Good luck!"),
])
C("genuine", "community_church", "en", "rector about ceremony timings at the church", [
    ("vicar", "2024-02-27 09:45", "Dear Harriet, just to give you good notice: St Kenelm's will be closed for the organ restoration from 1-28 July. Two of your couples have church blessings booked in that window. I'm contacting them directly, but wondered if a blessing in the barn itself might work as a fallback? I'm happy to come to you. Every blessing, Simon"),
    ("me", "2024-02-27 11:20", "Thank you Simon, that's very kind. Yes, the barn works, we'll set up the old pews at the threshing floor end."),
])
C("genuine", "applicant_work_experience", "en", "college student asks for work experience", [
    ("student", "2024-04-30 16:55", "Hello Mrs Ashcombe, my name is Amelia and I'm studying Hospitality at Cirencester College. We need to do 10 days work experience in June and I'd really love to do it at a wedding venue. I'm hard working and can drive. Would you consider me? Thank you for reading"),
    ("me", "2024-05-01 08:40", "Hi Amelia, thanks for asking so nicely. Yes, I'd be happy to have you. Please ask your tutor to email me the placement forms and we'll sort the dates."),
    ("student", "2024-05-01 09:02", "Thank you so so much!!"),
])
C("genuine", "peer_referral_swap", "en", "peer venue proposes referring overflow enquiries both ways", [
    ("peer", "2023-12-04 15:10", "Hi Harriet, Tristan at the Granary. We turned away 40-odd enquiries for 2024 dates we already had booked, and I'm guessing you did too. Fancy an informal arrangement where we pass on each other's overflow? No commission, just goodwill. I'd rather send them to you than to a hotel."),
    ("me", "2023-12-04 18:30", "Tristan, yes. Exactly the same here. Let's share a list of dates each month?"),
    ("peer", "2023-12-04 18:41", "Perfect. I'll set up a shared sheet."),
])
C("genuine", "vendor_existing", "en", "cake maker shares her updated hygiene rating", [
    ("cake", "2024-05-09 13:14", "Hi Harriet! Just to say we had our food hygiene inspection yesterday and got 5 stars again 🎂 If you want to update the supplier list with the new certificate I've put it in our shared folder. x"),
    ("me", "2024-05-09 13:40", "Well done Nell! Done."),
])
C("genuine", "event_invite_speaker", "en", "tourism body invites her to speak on a panel", [
    ("tourism", "2024-08-20 10:20", "Hi Harriet, we're running a small panel on 'Year-round visitors' for North Cotswolds businesses on 17 October at the Chipping Norton Theatre. Would you speak for 10 minutes about your winter weddings with Bryony? It's unpaid I'm afraid but lunch is good and you'll be in front of about 80 local businesses."),
    ("me", "2024-08-20 12:05", "Happy to Alison, I'll check with Bryony and confirm by Friday."),
])

C("genuine", "thanks_congrats", "en", "long-standing contact congratulates her on the magazine feature", [
    ("congrats", "2024-06-08 10:33", "Harriet, just read the Wolds & Vale article over breakfast. What a lovely piece, and that photo of the oak trusses! Many congratulations. Remind me to tell you the story of when we sold that barn to your father-in-law x"),
    ("me", "2024-06-08 11:02", "Marjorie, thank you! I've heard the version with the tractor. Would love the real one over a glass."),
])

# ================================================================ WANTED PITCHES (12)
C("wanted_pitch", "tailored_post", "en", "lighting hire cites her post about the cart-shed wet-weather plan", [
    ("w_light", "2024-04-02 09:30", "Hi Harriet, thanks for connecting. Your post last week about moving drinks into the cart shed when it rains really stuck with me, especially the line about the shed feeling 'like a garage with bunting' after dark. That's exactly the kind of space we light: we rig warm dimmable festoons and a couple of hidden uplighters on the oak posts, no drilling, takedown in 40 minutes. I've attached two photos from a similar open-fronted shed at a farm in Herefordshire. If it's useful I could come and do a free test rig on a quiet weekday. Jonah"),
    ("me", "2024-04-03 19:40", "Ha, I did say that. The photos look lovely. What would a permanent rig cost roughly?"),
    ("w_light", "2024-04-04 08:12", "For that shed (I'm guessing 4 bays from your photos) around £1,800-£2,300 installed. I'll know properly after a look. Wednesday next week?"),
])
C("wanted_pitch", "tailored_public_record", "en", "acoustic consultant read the parish council minutes on noise", [
    ("w_acoustic", "2024-03-20 14:00", "Dear Ms Ashcombe, I read in the published minutes of the Nether Aldbury Parish Council (5 March) that Mill Lane residents raised late music from the barn, and that you'd offered to fit a sound limiter. I'm an independent acoustic consultant in Cheltenham; I've set up limiters for three barn venues. The trap is usually that the limiter is set on the wrong readings: I'd measure at the two closest Mill Lane properties on an event night and set the limiter to match, with a short report you can give the council. Fixed fee £650. Happy to send references. Helen Marwood"),
    ("me", "2024-03-21 09:00", "Dear Helen, this is timely. Could you do Saturday 13 April? It's a big band night."),
])
C("wanted_pitch", "tailored_site_visit", "en", "web developer found concrete bugs on her enquiry form", [
    ("w_web", "2024-01-29 20:15", "Hi Harriet, I was looking at barn venues for my sister and went through your site on my phone. Two things you might not know: the enquiry form's 'Send' button sits under the cookie banner on iPhones so it can't be tapped, and the availability calendar still shows 2023 as the latest year. I'm a freelance developer in Stroud, I could fix both in an afternoon, fixed £180. No hard feelings if you've got someone already, just thought you'd want to know. Ravi"),
    ("me", "2024-01-30 08:20", "Oh no, that explains why enquiries dried up in January. Yes please, can you start this week?"),
])
C("wanted_pitch", "tailored_talk", "en", "venue software vendor heard her talk at the wedding fair", [
    ("w_soft", "2023-11-14 11:00", "Hi Harriet, I was in the audience at the Cheltenham Wedding Show on Sunday when you talked about running 70 weddings a year from a Google Sheet and a paper diary, and the double-booking in 2022 that nearly gave you a heart attack. Vowly is built by two ex-venue managers for exactly that: one calendar, deposits and payment reminders, supplier sheets per wedding. We import your spreadsheet for you. It's £49/month for a venue your size. Would a 20-minute demo with your own data be useful? Isla"),
])
C("wanted_pitch", "tailored_recruiter", "en", "events recruiter with a candidate matched to her advert", [
    ("w_recruit", "2024-02-08 10:45", "Hi Harriet, I saw your wedding coordinator advert on Cotswold Jobs (March start, must drive). I have a candidate who fits unusually well: 3 seasons at a barn venue near Tetbury, lives in Moreton, full licence, and wants fewer hotel shifts. I know you may already be with an agency; if so I'm happy to introduce her on the same terms. Our fee would be 12%. Shall I send her anonymised CV? Georgina"),
    ("me", "2024-02-08 13:00", "Hi Georgina, I'm already working with Owen at Vale, but please send it and I'll be straight with you both."),
])
C("wanted_pitch", "tailored_mutual_contact", "en", "linen hire company introduced by her planner friend", [
    ("w_linen", "2023-06-06 09:20", "Hello Harriet, Rosalind Ferrars suggested I get in touch. She mentioned you've been having trouble with the hired tablecloths coming back with wax on them and being charged for it every week. We do linen hire on a flat rate including wax and wine removal, delivered Thursdays, collected Mondays, which would fit your Saturday turnarounds. Would you like a price for your 14 round tables? Matthew, Cotswold Linen Hire"),
    ("me", "2023-06-06 12:30", "Hi Matthew, Ros is right, the wax charges are a nightmare. Yes please send a price."),
    ("w_linen", "2023-06-06 15:02", "Flat £165 per event for 14 rounds plus 4 trestles, incl. napkins. Sample coming in the post."),
])
C("wanted_pitch", "tailored_specific_problem", "en", "luxury loo trailer hire names her 120-guest facilities limit", [
    ("w_loos", "2024-05-14 16:30", "Hi Harriet, your WedNest listing says evening numbers are capped at 120 'due to facilities', and your planning notice for the glamping says up to 150. If it's the loos holding you back, we hire a 3+1 luxury trailer that runs off a standard 16A socket and a hose, no mains drainage needed (holding tank emptied Monday). Several barns around Burford use us for exactly that. £495 per weekend. Could I come and look at where it would go? Sandra"),
    ("me", "2024-05-15 10:10", "It's exactly the loos. Come Thursday?"),
])
C("wanted_pitch", "tailored_tools", "en", "automation consultant noticed her Squarespace + Calendly setup", [
    ("w_integr", "2024-06-03 10:05", "Hi Harriet, I noticed your viewing bookings go through Calendly but the enquiry form on your Squarespace site emails you separately, so couples fill in their details twice and you re-type them into your sheet (I tested it, sorry!). I could connect the form, Calendly and your spreadsheet so each enquiry becomes one row automatically and the viewing link is sent in the reply. One-off £350, no subscription. Would that help? Leo"),
])
C("wanted_pitch", "tailored_press_item", "en", "bell tent supplier saw the local press item about glamping permission", [
    ("w_tents", "2024-04-18 12:00", "Dear Harriet, congratulations on the planning consent for the glamping meadow, I read about it in the Cotswold Journal this week. We make 5m bell tents in heavy cotton canvas with wooden floors and wood burners, and we set up for a few venues that sell tents to wedding guests. As the consent mentions 8 pitches and no permanent structures, our demountable decks might help keep within that. Would you like a brochure and a price for 8? Abigail"),
    ("me", "2024-04-19 08:30", "Yes please, brochure and price. Also do you store them over winter?"),
])
C("wanted_pitch", "tailored_social_post", "en", "drone videographer refers to her dusk reel and notes the nearby airfield", [
    ("w_drone", "2024-07-09 19:00", "Hi Harriet, your Instagram reel of the barn at dusk with the swallows is gorgeous. I'm a CAA-licensed drone operator in Cirencester; a couple of couples have asked me about aerial shots at yours. Worth knowing: you're inside the Little Rissington airfield zone, so flights need a permission request, which I handle. If you'd like a short aerial clip of the barn and meadow for your own marketing, I'd do it at cost (£250) in exchange for being on your supplier list. Rhys"),
])
C("wanted_pitch", "tailored_insurance", "en", "hospitality insurer notes the new glamping business needs new cover", [
    ("w_insure", "2024-05-02 11:30", "Good morning Ms Ashcombe, I read in the Cotswold Journal that Nether Aldbury Tithe Barn is adding glamping. Many venue policies exclude overnight guests in temporary structures, so it's worth checking yours before the first booking. We specialise in small venues with accommodation. I'd be glad to review your current schedule free of charge and tell you where the gap is, even if you stay with your broker. Kind regards, Philip Sandys"),
    ("me", "2024-05-02 14:00", "Good point, I'll ask Rachel first, but thank you."),
])
C("wanted_pitch", "tailored_article", "en", "copywriter read her magazine feature and offers venue copy", [
    ("w_copy", "2024-06-20 08:50", "Hi Harriet, I read the Wolds & Vale piece on the barn restoration (the carpenters' marks!) and then your website, and honestly the magazine tells your story better than your own pages do. The 'About' page doesn't mention the restoration at all. I write for small hospitality businesses in Gloucestershire; I'd rewrite your Home, About and Weddings pages in your voice for £420. Two examples attached. Esme"),
    ("me", "2024-06-21 07:30", "Fair cop. Let's talk, can you call Monday?"),
])

# ================================================================ JUNK (38)
C("junk", "generic_service_pitch", "en", "generic SEO pitch", [
    ("j_seo", "2024-02-12 10:02", "Hi Harriet,\n\nI was checking your website and noticed it isn't ranking on page 1 of Google for several high-value keywords in your industry. Our team can get you to the top with our proven white-hat SEO strategy. We've helped 500+ businesses worldwide grow their organic traffic by up to 300%.\n\nWould you be interested in a free SEO audit?\n\nBest regards,\nBrandon"),
])
C("junk", "generic_service_pitch", "en", "generic web redesign pitch, counterpart of the tailored web fix", [
    ("j_web", "2024-03-04 06:45", "Hello Harriet, Greetings of the day! We are a leading web design and development company having 12+ years experience. I have gone through your website and found it can be improved in design, speed and mobile responsiveness. We provide services in WordPress, Shopify, Wix, Custom PHP, Mobile App at very affordable price. Please share your requirement, I will send you proposal. Thanks & Regards, Aarav"),
    ("j_web", "2024-03-11 06:40", "Hi Harriet, just following up on my previous message. Kindly let me know if you are interested."),
])
C("junk", "off_topic_product", "en", "forex/crypto coaching", [
    ("j_forex", "2024-01-19 23:10", "Hey dear 😊 I see you are a business owner, that's amazing! Have you ever thought about making your money work for you? I've been trading forex with a mentor for 6 months and I'm now making 2-3k a week passive. I'm helping a few people get started this month. Can I show you how it works?"),
])
C("junk", "off_topic_product", "en", "industrial pumps for a wedding venue", [
    ("j_pumps", "2024-05-06 08:00", "Dear Sir/Madam, Hrabal Industrial Pumps is a leading European manufacturer of centrifugal, submersible and dosing pumps for water treatment, chemical and mining sectors. We are looking for new distributors in United Kingdom. Please find our catalogue at our website. We would be happy to send you a price list. Best regards, Viktor Hrabal, Export Manager"),
])
C("junk", "sells_what_you_sell", "en", "another venue offers her a venue for her own event", [
    ("j_venue", "2024-03-27 14:22", "Hi Harriet! Planning a special celebration or your next team event? Ashdown Park Estate is a stunning countryside venue with a converted barn, beautiful gardens and exclusive use packages from £4,500. We'd love to host you! Can I send you our brochure and 2025 availability? Candice"),
])
C("junk", "capacity_ask", "en", "lead-gen asks if she has capacity for more couples", [
    ("j_capacity", "2024-01-08 12:00", "Hi Harriet, quick question, do you have capacity for 5-10 more weddings next year? We send venues pre-qualified couples with confirmed budgets through our paid ads system. You only pay per booked viewing. If yes, I'll send over a short video explaining how it works."),
    ("j_capacity", "2024-01-15 12:00", "Hi Harriet, just circling back on this. Are you open to more bookings in 2025?"),
])
C("junk", "like_minded_networking", "en", "like-minded entrepreneurs connection", [
    ("j_likeminded", "2024-04-22 07:30", "Hi Harriet, I came across your profile and I'm always keen to connect with like-minded entrepreneurs and business owners who are making an impact. I believe in the power of networking and collaboration. Looking forward to learning from each other and exploring potential synergies! Desmond 🚀"),
])
C("junk", "quick_call_ask", "en", "quick 15-minute call with calendar link", [
    ("j_15min", "2024-06-10 15:05", "Hi Harriet - I help owners of service businesses add £10k+ per month without working more hours. Would you be open to a quick 15-minute call this week to see if it's a fit? Here's my calendar: https://cal.scalesmart.example/tiffany/15min"),
    ("j_15min", "2024-06-17 15:05", "Hi Harriet, bumping this in case it got buried! 15 minutes is all it takes."),
    ("j_15min", "2024-06-26 15:05", "Last try Harriet 🙂 Shall I close your file?"),
])
C("junk", "connect_then_pitch", "en", "connect, small talk, then a growth pitch in message 2", [
    ("j_ctp1", "2024-05-14 08:12", "Thanks for connecting Harriet! Your barn looks stunning, how long have you been in the wedding business?"),
    ("j_ctp1", "2024-05-16 08:10", "Harriet, I work with owners in hospitality to build a predictable pipeline of bookings through outbound and paid social. We typically add 20-30% revenue in 90 days. Would you be open to exploring this on a short call next week?"),
])
C("junk", "connect_then_pitch", "en", "connect, owner answers small talk, then social media pitch", [
    ("j_ctp2", "2024-06-20 10:01", "Hi Harriet, thanks so much for accepting! I'm a huge fan of barn weddings 💕 What's your favourite season at the venue?"),
    ("me", "2024-06-20 12:30", "Hi Holly, probably September, the light in the meadow is something else."),
    ("j_ctp2", "2024-06-20 12:42", "Ahh September is the dream! Speaking of dreamy - I noticed your Instagram posts aren't getting the engagement they deserve. I manage content for hospitality brands, 12 posts + 8 reels a month for £799. Could I put together a quick proposal for you?"),
    ("j_ctp2", "2024-06-27 09:00", "Hi Harriet, did you get a chance to think about my proposal? 😊"),
])
C("junk", "connect_then_pitch", "en", "connect then offshore outsourcing pitch in message 3", [
    ("j_ctp3", "2024-02-06 09:00", "Hello Harriet, thank you for accepting my request. Hope you are doing great!"),
    ("j_ctp3", "2024-02-08 09:00", "How is business going this season?"),
    ("j_ctp3", "2024-02-12 09:00", "Harriet, we are offering dedicated offshore teams for bookkeeping, customer service, data entry and lead generation at 60% less cost than local hiring. Can we schedule a call to discuss your requirements?"),
])
C("junk", "followup_bump", "en", "card terminals pitch plus unanswered bumps", [
    ("j_bump", "2024-03-01 11:15", "Hi Harriet, are you overpaying on card fees? Most hospitality businesses are. Send me a recent statement and I'll show you how much you could save, no obligation."),
    ("j_bump", "2024-03-08 11:15", "Hi Harriet, just bumping this to the top of your inbox."),
    ("j_bump", "2024-03-15 11:15", "Hi again, did you see my message about card fees?"),
    ("j_bump", "2024-03-29 11:15", "Harriet, I'll assume the timing isn't right. Feel free to reach out whenever."),
])
C("junk", "mass_template", "en", "venue marketing template, sender 1 of 5", [
    ("j_tpl1", "2024-02-19 09:14", "Hi Harriet, I came across Nether Aldbury Tithe Barn and love what you've built. We've helped 40+ UK wedding venues fill their off-peak dates with our done-for-you Facebook & Instagram ads system, on average 11 extra bookings in the first 6 months. Would you be open to a quick chat to see if we could do the same for you? Chloe"),
])
C("junk", "mass_template", "en", "venue marketing template, sender 2 of 5", [
    ("j_tpl2", "2024-03-06 13:40", "Hey Harriet, came across Nether Aldbury Tithe Barn and really love what you've built there. We've helped over 50 wedding venues across the UK fill their quiet midweek dates using our done-for-you Meta ads system - on average 9 extra bookings in 6 months. Open to a quick chat to see if we could do the same for you? Ryan"),
])
C("junk", "mass_template", "en", "venue marketing template, sender 3 of 5", [
    ("j_tpl3", "2024-04-11 10:20", "Hi Harriet! I came across your venue, Nether Aldbury Tithe Barn, and love what you've created. Our agency has helped 35+ wedding venues fill off-peak dates with a done-for-you paid ads system (average 12 extra bookings in the first 6 months). Would you be open to a short chat to see if we could get you the same results? Jasmine"),
    ("j_tpl3", "2024-04-18 10:20", "Hi Harriet, just floating this back up! Any thoughts?"),
])
C("junk", "mass_template", "en", "venue marketing template, sender 4 of 5", [
    ("j_tpl4", "2024-05-21 16:02", "Hi Harriet, I came across Nether Aldbury Tithe Barn and I love what you've built. We've helped 60+ venues fill their off-peak calendar with our done-for-you ads system - 10 extra bookings on average in 6 months, guaranteed or you don't pay. Open to a quick chat? Dominic"),
])
C("junk", "mass_template", "de", "venue marketing template, sender 5 of 5, in German to an English owner", [
    ("j_tpl5", "2024-06-04 09:00", "Hallo Harriet, ich bin auf Nether Aldbury Tithe Barn gestoßen und finde toll, was Sie aufgebaut haben. Wir haben über 40 Hochzeitslocations geholfen, ihre Nebensaison mit unserem Done-for-you-Anzeigensystem zu füllen, im Schnitt 11 zusätzliche Buchungen in den ersten 6 Monaten. Hätten Sie Lust auf ein kurzes Gespräch? Viele Grüße, Lukas"),
])
C("junk", "merge_tag_fail", "en", "lead-gen template with unfilled {first_name}", [
    ("j_merge1", "2024-01-25 14:00", "Hi {first_name}, I noticed {company_name} is growing fast and wanted to reach out. At LeadLantern we help businesses like yours book 15-20 qualified sales meetings a month on autopilot. Worth a chat?"),
])
C("junk", "merge_tag_fail", "en", "PPC pitch with [Company] placeholder", [
    ("j_merge2", "2024-04-02 11:11", "Hi Harriet, I was impressed by what [Company] is doing in the [Industry] space. We manage Google Ads for businesses like yours and typically cut cost-per-lead by 40%. Would you be interested in a free account audit?"),
])
C("junk", "merge_tag_fail", "en", "review-management pitch with the wrong name and wrong venue", [
    ("j_merge3", "2024-05-30 09:09", "Hi Sarah, congratulations on everything you've achieved at Cotswold Manor Hotel! Did you know 9 out of 10 guests read reviews before booking? Evergreen Reviews helps hotels collect 5-star reviews automatically. Can I show you a quick demo?"),
])
C("junk", "merge_tag_fail", "en", "staffing agency message with a broken {{FirstName}} tag and the wrong industry", [
    ("j_merge4", "2024-07-15 08:30", "Hello {{FirstName}}, As a leader in the manufacturing sector, you know how hard it is to find reliable warehouse staff. Quantum Staffing supplies pre-vetted temporary workers within 48 hours. Let me know a good time to talk."),
])
C("junk", "sponsored_inmail", "en", "Sponsored InMail for a business credit card", [
    ("spon1", "2024-03-14 12:00", "<p>Hi Harriet,</p><p>Small business owners like you deserve more from their card. Get 1.5% cashback on every business purchase &amp; no annual fee in year one.</p><p><strong>Apply in 5 minutes</strong></p>"),
], title="Sponsored Conversation", subject="Earn cashback on your business spend")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for accounting software", [
    ("spon2", "2024-05-08 12:00", "<p>Hi Harriet,</p><p>Still doing your books in spreadsheets? Ledgerly automates invoicing, expenses and Making Tax Digital returns.</p><p>Start your free 30-day trial today &amp; get 50% off for 6 months.</p>"),
], title="Sponsored Conversation", subject="Making Tax Digital made simple")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for an executive MBA webinar", [
    ("spon3", "2024-08-12 12:00", "<p>Dear Harriet,</p><p>Ready to take your leadership to the next level? Join our free webinar on the Executive MBA for entrepreneurs.</p><p>Register now &ndash; places are limited.</p>"),
], title="Sponsored Conversation", subject="Your invitation: Executive MBA webinar")
C("junk", "paid_award", "en", "pay-to-win wedding venue award", [
    ("j_award", "2024-04-25 10:00", "Dear Harriet, Congratulations! Nether Aldbury Tithe Barn has been shortlisted as a Regional Finalist in the UK Luxury Wedding Awards 2024 (Barn Venue of the Year - South West). To confirm your place and receive your finalist logo, certificate and listing, please choose a finalist package (from £395 + VAT) via the link below before 10 May. Warm regards, Victoria Sallis, Awards Director"),
    ("j_award", "2024-05-07 10:00", "Dear Harriet, a gentle reminder that finalist packages close on 10 May. Don't miss the chance to showcase your achievement!"),
])
C("junk", "paid_feature", "en", "paid magazine feature dressed as editorial", [
    ("j_feature", "2024-02-26 16:30", "Hi Harriet, our editorial team has selected your venue to appear in Top Barns Britain's 2024 'Hidden Gems' issue, reaching over 250,000 engaged couples. A full-page feature with professional copywriting is available at a special partner rate of £1,250 (normally £2,400). Shall I reserve your page?"),
])
C("junk", "paid_podcast", "en", "podcast guest slot that costs a fee", [
    ("j_podcast", "2024-07-01 09:45", "Hi Harriet! I host The Venue Visionaries, a top-ranked podcast for wedding industry leaders. I'd love to feature your story as a guest! We have a small production contribution of £297 which covers editing, promotion and a professional clip pack for your socials. Interested? 🎙️"),
])
C("junk", "fluent_generic_pitch", "en", "fluent brand-strategy pitch that names the venue but fits anyone", [
    ("j_fluent", "2024-05-17 11:25", "Hi Harriet,\n\nI hope this finds you well. I've been following Nether Aldbury Tithe Barn for a little while and it's clear you've built something really special, with a brand that people genuinely connect with.\n\nIn my experience, businesses at your stage often reach a point where the brand story hasn't quite caught up with the quality of the experience. That's where we come in: we help ambitious founders clarify their positioning, refresh their visual identity and tell their story in a way that converts.\n\nWould you be open to a relaxed conversation sometime in the next couple of weeks?\n\nWarmly,\nEleanor"),
])
C("junk", "generic_service_pitch", "en", "generic event lighting pitch, counterpart of the tailored lighting offer", [
    ("j_light", "2024-03-18 08:05", "Hi, we supply LED uplighters, festoon lights, fairy lights, neon signs and star cloths for events of all sizes at trade prices. Free delivery on orders over £500. Please see our catalogue and let us know if you need anything!"),
])
C("junk", "generic_service_pitch", "en", "generic CRM pitch, counterpart of the tailored venue software", [
    ("j_soft", "2024-02-01 17:20", "Hi Harriet, businesses like yours are losing up to 30% of leads due to poor follow-up. EventSphere CRM is the all-in-one platform to manage leads, pipelines, invoices and marketing automation. Can I book you in for a 30-minute demo this week?"),
    ("j_soft", "2024-02-09 17:20", "Following up, Harriet, are you free Thursday or Friday for the demo?"),
])
C("junk", "recruiting_spam", "en", "generic recruiter offering candidates for any role, counterpart of the tailored recruiter", [
    ("j_recruit", "2024-02-14 07:55", "Hi Harriet, are you hiring? TopTalent Solutions has a pool of 10,000+ pre-screened candidates across IT, finance, sales, healthcare and more. Send us your open roles and we'll get you CVs within 24 hours. No placement, no fee!"),
])
C("junk", "generic_service_pitch", "en", "generic business insurance comparison, counterpart of the tailored insurer", [
    ("j_insure", "2024-06-24 13:00", "Hi Harriet, when did you last review your business insurance? Most SMEs overpay by up to 35%. I can get you quotes from 20+ insurers in minutes. Reply YES and I'll call you."),
])
C("junk", "generic_service_pitch", "en", "generic content-writing pitch, counterpart of the tailored copywriter", [
    ("j_copy", "2024-04-08 04:30", "Hello, Do you need high quality SEO blog posts, website content, product descriptions or press releases? We provide 100% original human-written content from native writers starting at $0.03/word. Bulk discounts available. Reply for samples."),
])
C("junk", "generic_service_pitch", "en", "virtual assistant agency", [
    ("j_va", "2024-03-22 02:10", "Hi Harriet! Are you drowning in admin? 😅 Our Filipino virtual assistants can handle your emails, scheduling, social media and bookkeeping from just $6/hour. Let me know if you'd like a free trial week!"),
])
C("junk", "off_topic_product", "en", "business loan offer", [
    ("j_loan", "2024-01-30 10:45", "Hi Harriet, great news - your business may qualify for up to £250,000 in unsecured funding with decisions in 24 hours. No impact on your credit score to check eligibility. Shall I send the link?"),
])
C("junk", "generic_service_pitch", "en", "LinkedIn ghostwriting pitch", [
    ("j_ghost", "2024-08-05 19:00", "Hey Harriet 👋 Most founders know they should post on LinkedIn but never find the time. I ghostwrite for busy CEOs: 3 posts a week in your voice, you just approve. My clients average 5x more profile views in 60 days. Want me to write your first post for free?"),
])
C("junk", "generic_service_pitch", "en", "generic drone footage pitch, counterpart of the tailored drone offer", [
    ("j_drone", "2024-06-14 12:30", "Hi there, SkyShots UK offers stunning 4K drone photography and videography for real estate, construction, events and marketing nationwide. Packages from £199. Let us know if you'd like to book!"),
])
C("junk", "off_topic_product", "en", "energy broker cold pitch", [
    ("j_energy", "2024-07-23 09:20", "Hi Harriet, is your business energy contract up for renewal in the next 12 months? We compare 30+ suppliers to find you the best deal. Could you send me a recent bill so I can run a comparison?"),
    ("j_energy", "2024-08-06 09:20", "Hi Harriet, just a quick follow-up on the energy comparison. Happy to help whenever suits."),
])

PROFILE = {
    "First Name": "Harriet", "Last Name": "Ashcombe",
    "Headline": "Owner, Nether Aldbury Tithe Barn | Exclusive-use barn weddings in the North Cotswolds",
    "Summary": ("I run Nether Aldbury Tithe Barn, a restored 15th-century tithe barn near Moreton-in-Marsh "
                "that we hire out for weddings, small celebrations and the odd company summer party. "
                "Exclusive use, around 70 weddings a year, a short list of local caterers, florists and "
                "bands I trust, and from 2025 a small glamping meadow for guests. Couples and planners, "
                "do get in touch for dates and prices."),
    "Industry": "Events Services", "Zip Code": "GL56", "Geo Location": "Moreton-in-Marsh, England, United Kingdom",
    "Websites": "[COMPANY:netheraldburybarn.example]",
}
POSITIONS = [
    {"Company Name": "Nether Aldbury Tithe Barn", "Title": "Owner",
     "Description": "Restored tithe barn wedding venue; exclusive-use weddings and private events.",
     "Location": "Nether Aldbury, Gloucestershire", "Started On": "Apr 2016", "Finished On": ""},
    {"Company Name": "The Lygon Court Hotel", "Title": "Weddings & Events Manager", "Description": "",
     "Location": "Broadway, Worcestershire", "Started On": "Sep 2009", "Finished On": "Mar 2016"},
    {"Company Name": "The Royal Crescent Hotel", "Title": "Events Coordinator", "Description": "",
     "Location": "Bath", "Started On": "Jul 2005", "Finished On": "Aug 2009"},
]
SKILLS = ["Wedding Venues", "Event Management", "Hospitality", "Weddings", "Customer Service",
          "Small Business Ownership", "Supplier Management", "Historic Buildings", "Licensing",
          "Budgeting", "Team Leadership", "Event Planning"]

if __name__ == "__main__":
    ex.write(HERE.parent / SLUG, PROFILE, POSITIONS, SKILLS)
    print(ex.summary())

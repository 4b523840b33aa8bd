"""dev46 persona 1: Maren Doucette, taproom & events manager at Tidewrack Brewing Co.,
East Bayside, Portland, Maine. 2024 export layout, English only. Written blind, session 5."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-microbrewery-taproom-manager-portland-maine"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Maren Doucette", "https://www.linkedin.com/in/maren-doucette-tidewrack",
               "Tidewrack Brewing Co.", "Taproom & Events Manager")
e = Export(SLUG, "2024", owner)
P = e.person

# ---------------------------------------------------------------- people: genuine contacts
P("dottie", "Dottie Pelletier", "The Galley Room", "Bar Manager", connected="2016-05-11",
  invite=("OUT", "2016-05-10 22:41", ""))
P("casey", "Casey Thibodeau", "The Bilge Pumps", "Bassist / booking", connected="2023-06-02")
P("reggie", "Reggie Amaral", "Holy Mackerel Fish Tacos", "Owner", connected="2022-04-19")
P("lou", "Lou Carrigan", "Harbormaster Distributing", "Account Rep, Greater Portland",
  connected="2021-02-08")
P("tapledger", "Priya Natarajan", "TapLedger POS", "Customer Success Manager", connected="2022-09-14")
P("guild", "Hollis Beaulieu", "Pine State Brewers' Guild", "Events Coordinator", connected="2019-03-22")
P("hr", "Janelle Ouellette", "Lobsterpot Software", "People & Culture Lead")
P("planner", "Beth Anne Sirois", "Sirois & Sea Weddings", "Lead Planner", connected="2023-11-30")
P("oyster", "Tobias Whitcomb", "Casco Shellfish Co.", "Co-founder", connected="2020-08-15")
P("recruit", "Dana Kowalczyk", "Harborline Hospitality Staffing", "Senior Recruiter",
  connected="2025-01-09", invite=("OUT", "2025-01-09 10:12", "Hi Dana, got your name from Hollis at the guild. Need summer help."))
P("appl1", "Shay Merrithew", "", "Bartender")
P("appl2", "Owen Tardif", "Maine Maritime Museum", "Events Assistant")
P("journo", "Gretchen Lavoie", "Casco Weekly", "Food & Drink Writer")
P("band2", "Silas Pomeroy", "Fore River Fiddlers", "Fiddle", connected="2024-02-27")
P("brewer2", "Nate Gagnon", "Stroudwater Ale Works", "Head Brewer", connected="2018-10-03")
P("chamber", "Rosalind Quint", "Portland Regional Chamber", "Programs Director", connected="2019-09-17")
P("thx1", "Courtney Bouchard", "Maine Medical Partners", "Nurse Practitioner", connected="2024-08-01")
P("thx2", "Amos Leclerc", "Leclerc Woodworks", "Owner", connected="2021-05-05")
P("thx3", "Theresa Nadeau", "Bayside Neighborhood Assoc.", "Board Member", connected="2023-04-12")
P("lostjacket", "Marcus Fenderson", "Unum", "Claims Analyst")
P("headbrewer", "Ike Vachon", "Tidewrack Brewing Co.", "Head Brewer", connected="2019-01-15")
P("boss", "Lorna Tidewell", "Tidewrack Brewing Co.", "Co-owner", connected="2018-12-01")
P("celiac", "Pam Hutchins", "Westbrook Schools", "Librarian")
P("shelter", "Kerry-Ann Mosher", "Munjoy Paws Rescue", "Volunteer Coordinator", connected="2022-11-03")
P("trivia", "Declan Sewall", "Sewall Trivia Co.", "Quizmaster", connected="2021-09-09")
P("tour", "Wendell Pike", "Old Port Pint Walks", "Owner")
P("corp", "Felicia Grondin", "Northbeam Insurance", "Office Manager", connected="2023-05-20")
P("excowork", "Jamie Rioux", "Harraseeket Inn", "Food & Beverage Director", connected="2015-07-28")
P("agent", "Cora Lindqvist", "Lindqvist Artist Mgmt", "Booking Agent")
P("tent", "Gus Thurlow", "Thurlow Tent & Party", "Sales", connected="2020-06-10")
P("bakery", "Mireille Ouimet", "Ouimet Bakehouse", "Owner", connected="2021-10-21")
P("prof", "Dr. Alana Fitch", "USM Tourism & Hospitality", "Assistant Professor")
P("friend", "Tasha Royce", "L.L.Brine Provisions", "Operations", connected="2017-03-14")
P("prom1", "Hank Dube", "Eastern Prom Beer Garden", "Committee Chair", connected="2022-03-01")
P("prom2", "Sofia Caron", "Eastern Prom Beer Garden", "Volunteer Lead", connected="2022-03-05")
P("evplan", "Renée Gallant", "Gallant Events", "Owner", connected="2020-01-13")

# ---------------------------------------------------------------- people: wanted pitches
P("glass", "Barry Oakes", "Ridgeline Glassworks", "Hospitality Accounts")
P("ticket", "Hannah Voss", "Doorlist", "Partnerships (New England)")
P("photo", "Eli Brackett", "Eli Brackett Photo", "Photographer")
P("sound", "Kofi Mensah-Hart", "Quietyard Audio", "Sound Engineer")
P("pretzel", "Greta Sundqvist", "Twist & Salt Pretzel Co.", "Founder")
P("heater", "Wes Colby", "Dockside Patio Rentals", "Owner")
P("loyalty", "Ari Feldstein", "Pourback", "Head of Partnerships")
P("recr2", "Noor Haddad", "Hollow Pine Search", "Hospitality Recruiter")
P("agency", "Molly Strand", "Fogline Marketing", "Account Director")
P("cider", "Ezra Pennell", "Stonewall Orchard Cider", "Sales")
P("chalk", "Luz Ibarra", "Luz Letters", "Sign Painter")
P("sched", "Tom Okafor", "ShiftHarbor", "Account Executive")

# ---------------------------------------------------------------- people: junk
P("tpl1", "Bryce Halvorsen", "RankLocal Pro", "Growth Consultant")
P("tpl2", "Kendra Mills", "FootFall Digital", "Client Success")
P("tpl3", "Rahul Verma", "MapPack Masters", "Business Development")
P("tpl4", "Stacy Greer", "Nearby Nation", "Partner")
P("tpl5", "Logan Pritchett", "Visibly Local", "Founder")
P("merge1", "Chad Bellweather", "GrowthForge", "SDR")
P("merge2", "Alyssa Trent", "EventEngine AI", "BDR")
P("merge3", "Vince Delacroix", "Staffwise", "Talent Partner")
P("merge4", "Morgan Kess", "CaterCloud", "Sales")
P("spon1", "Ledgerly Business Card", "", "", url="https://www.linkedin.com/company/ledgerly-business")
P("spon2", "Halberd School of Management", "", "", url="https://www.linkedin.com/company/halberd-som")
P("award", "Penelope Ashworth", "New England Hospitality Review", "Awards Desk")
P("podcast", "Jared Fiske", "The Hustle Hour Podcast", "Host & Producer")
P("books", "Irene Castell", "Numbers First Bookkeeping", "Sales")
P("solar", "Derek Yoon", "SunStack Industrial", "Regional Manager")
P("venue", "Brianna Cole", "The Loft at Mill Creek", "Events Sales")
P("capacity", "Gareth Sims", "PartyPipe", "Founder")
P("likeminded", "Raymond Achebe-Lowe", "Elevate Mindset Group", "CEO | Visionary | Speaker")
P("fifteen", "Cassidy Moreau", "OptiMargin", "Account Executive")
P("ctp1", "Pete Landry", "Brightwater Merchant Services", "Merchant Advisor",
  connected="2025-02-10", invite=("IN", "2025-02-10 08:03", "Hi Maren, fellow Mainer here, would love to connect!"))
P("ctp2", "Sabrina Olde", "Kegstream Analytics", "Founder",
  connected="2025-04-14", invite=("IN", "2025-04-14 16:22", ""))
P("ctp3", "Julian Marsh", "Cinder Capital", "Associate",
  connected="2025-06-03", invite=("IN", "2025-06-03 11:47", "Love the Tidewrack vibe. Let's connect!"))
P("bump1", "Tiffany Rourke", "Reviewboost", "Sales Lead")
P("bump2", "Karl Brenner", "Linen Loop", "Territory Manager")
P("fluent", "Olivia Hartwell", "Brandcraft Collective", "Strategy Lead")
P("genglass", "Dwayne Prior", "PromoWare Direct", "Sales Associate")
P("genticket", "Sienna Blake", "TixNow", "Growth")
P("genphoto", "Marco Belli", "SnapPro Studios", "Business Dev")
P("genloyal", "Jenna Wu", "PerkPunch", "SDR")
P("genrecr", "Lance Ruddock", "Apex Career Partners", "Recruiter")
P("va", "Rico Santos", "OffshoreEase", "Client Relations")
P("mlm", "Ashlee Dunning", "", "Wellness Entrepreneur")
P("fortyunder", "Grant Whitby", "Hospitality Leaders Quarterly", "Editor")
P("appdev", "Nikhil Rao", "Codecraft Labs", "Sales Manager")
P("realestate", "Sterling Voss", "Voss Realty Partners", "Investor Relations")
P("social", "Kayla Brooks", "ViralPint Media", "Founder")
P("nft", "Zane Corrigan", "BrewChain", "Community Lead")
P("leads", "Harper Quist", "DataNest Leads", "Account Manager")


def c(label, category, note, messages, **kw):
    return e.conv(label, category, "en", note, messages, **kw)


# ================================================================== GENUINE
c("genuine", "long_standing_friend", "friend from her old bar job since 2016, years-long thread", [
    ("dottie", "2023-02-14 21:10", "happy valentines from behind the bar lol. nobody ordered anything but espresso martinis tonight, send help"),
    ("me", "2023-02-15 09:02", "Ha! We did a stout flight special and sold out by 8. Miss working with you Dot"),
    ("dottie", "2024-09-03 13:30", "Saw Tidewrack on the list for the harvest fest. You running the booth again?"),
    ("me", "2024-09-03 14:05", "Yup, me and two of the beertenders. Come by, first pour's on me"),
    ("dottie", "2025-03-18 18:44", "Chowder at Gilbert's before the season gets crazy? Thursday?"),
    ("me", "2025-03-18 19:20", "Thursday works. 6ish? I'll be wicked hungry"),
])
c("genuine", "band_booking_fee", "local band she books, talks door split vs flat fee", [
    ("casey", "2025-04-02 10:15", "Hey Maren! Any Fridays open in May for the Bilge Pumps? We've got a new drummer who actually shows up on time now"),
    ("me", "2025-04-02 11:40", "Ha, progress. May 16 or May 30 are open. Same deal as last year? $300 flat plus a tab for the band, or we can do 70/30 on a $10 door if you want to try ticketed"),
    ("casey", "2025-04-02 12:02", "Flat is easier for us honestly. May 16, 8-11?"),
    ("me", "2025-04-02 12:10", "Booked. I'll put it on the socials next week. Load in through the Anderson St door please, not the front"),
])
c("genuine", "food_truck_schedule_fee", "food truck partner; schedule + her parking fee going up, discussed openly", [
    ("me", "2025-03-10 09:30", "Hi Reggie, putting together the truck calendar for summer. Want your usual Saturdays again? Heads up the parking spot fee goes from $50 to $65 a day this year, we got hit with the new lot lease."),
    ("reggie", "2025-03-10 12:48", "Yeah makes sense, everything's up. Put me down for every Sat June thru Sept except July 4 weekend, we're at the Eastern Prom thing"),
    ("me", "2025-03-10 13:02", "Done. Contract coming by email this week"),
])
c("genuine", "existing_distributor_price_change", "her distributor rep announcing keg deposit and can price changes", [
    ("lou", "2025-01-06 08:20", "Morning Maren. Quick heads up before it hits the invoice: starting Feb 1 keg deposits go to $50 for halves and $40 for sixtels, and the guest-tap cider line goes up about 4% across the board. I know, I know. Happy to walk you through it when I swing by Thursday."),
    ("me", "2025-01-06 09:45", "Ugh, thanks for the warning at least. Thursday's fine, bring the updated sheet and I'll look at trimming the guest taps to 2."),
    ("lou", "2025-01-06 09:51", "Will do. Also have a couple of NH sours you might like for the spring board."),
])
c("genuine", "existing_vendor_price_change", "POS vendor they use announces plan price increase", [
    ("tapledger", "2024-11-19 15:00", "Hi Maren, I wanted to reach out personally ahead of the email: TapLedger's Pro plan is moving from $129 to $149/month per terminal on January 1. Because Tidewrack has been with us since 2022 you're eligible to lock in $135 if you renew annually before Dec 15. Let me know if you want me to send the renewal link or hop on a call to go over it."),
    ("me", "2024-11-20 10:12", "Thanks Priya. Send the annual link, I'll run it past Lorna. We've got 3 terminals right?"),
    ("tapledger", "2024-11-20 10:30", "Correct, 3 terminals plus the KDS screen (that one stays free). Link sent to your email!"),
])
c("genuine", "guild_festival_volunteers", "brewers' guild coordinator: festival booth + volunteer ask", [
    ("guild", "2025-05-05 14:22", "Hi Maren! Summer Session festival is Aug 9 on the waterfront. Tidewrack has a booth if you want it, and I'm desperate for 2 pour volunteers per brewery for the 1-4 shift. Also we're trying to keep the 4oz pour rule this year, ME liquor folks were strict last time."),
    ("me", "2025-05-06 08:40", "We're in. I'll send Ike and one of the beertenders for the 1-4. Booth same size as last year?"),
    ("guild", "2025-05-06 09:15", "10x10, same as last year. Thanks, you're a lifesaver"),
])
c("genuine", "inbound_quote_request_private_event", "inbound lead wants to BUY a holiday party; quote discussed", [
    ("hr", "2025-09-22 11:05", "Hi Maren, I'm planning our holiday party for about 60 people (Lobsterpot Software, we're just up on Fox St). A coworker had her birthday at Tidewrack and raved. Do you do partial buyouts on a weeknight in mid-December, and roughly what would that cost with food?"),
    ("me", "2025-09-22 13:30", "Hi Janelle! We'd love to have you. For 60 on a weeknight we usually do the mezzanine + back bar: $600 room fee, drink tickets at $8 each or an open tab with a minimum, and Holy Mackerel or Ouimet Bakehouse can cater (~$22-28/pp). Dec 10, 11 or 17 are open. Want me to put together a formal quote?"),
    ("hr", "2025-09-22 14:02", "Yes please! Dec 11 ideally. Drink tickets, 2 per person, and let's go with the tacos."),
    ("me", "2025-09-22 14:20", "Perfect, I'll email the quote tomorrow. 50% deposit holds the date."),
])
c("genuine", "inbound_wedding_buyout", "wedding planner books rehearsal dinner buyout, asks pricing", [
    ("planner", "2025-07-08 16:40", "Hi Maren, I have a couple from away (NJ) who want a super casual rehearsal dinner, 45 guests, Friday Oct 3. They found you on Instagram and love the string lights. Is a full buyout possible and what's your minimum for a Friday?"),
    ("me", "2025-07-08 17:15", "Hi Beth Anne! Full Friday buyout is a $3,500 food & bev minimum, 6-10pm. Oct 3 is still open. I can hold it 72 hrs for you."),
    ("planner", "2025-07-09 09:00", "Please hold! They'll sign this week. Can they bring a lobster bake caterer?"),
    ("me", "2025-07-09 09:22", "Yes, outside caterers are fine with proof of insurance. Holding until Friday noon."),
])
c("genuine", "peer_joint_offer", "oyster farm proposes joint ticketed oysters & stouts night, revenue split", [
    ("oyster", "2025-10-01 19:12", "Maren! Idea: Oysters & Stouts night in November, we shuck, you pour. Thinking $45 ticket, 6 oysters + 3 pours, split 50/50 after costs? We'd cap at 50."),
    ("me", "2025-10-02 08:30", "Love this. Ike has the oyster stout coming out Nov 7 anyway. 50/50 works, I'll run the ticketing on our end. Nov 13?"),
    ("oyster", "2025-10-02 08:55", "13th it is. I'll send you a short agreement so nobody argues later ;)"),
])
c("genuine", "recruiter_she_engaged", "staffing recruiter she reached out to; fee terms + candidates", [
    ("me", "2025-01-09 10:20", "Hi Dana, thanks for connecting. We need 3 seasonal beertenders May-Oct, weekends mostly. What are your terms?"),
    ("recruit", "2025-01-09 15:45", "Hi Maren! For seasonal hourly placements we charge 12% of the first season's wages, payable after 30 days, with a free replacement if someone walks in the first 4 weeks. I have two people with Old Port experience already. Want resumes?"),
    ("me", "2025-01-10 08:10", "Yes, send them over. 12% is fine if they can actually pour a proper pint lol"),
    ("recruit", "2025-01-14 11:30", "Sent both to your email. Kaylee can start early May, Deshawn after Memorial Day."),
])
c("genuine", "job_applicant", "applicant for beertender role", [
    ("appl1", "2025-03-28 20:05", "Hi Maren, I saw the beertender posting on your Instagram. I've bartended 3 years at a place in Biddeford, have my TIPS cert, and I know a decent amount about hops (homebrewer). Could I drop off a resume or should I apply online?"),
    ("me", "2025-03-29 10:00", "Hi Shay, thanks for reaching out! Apply on the site so it gets to Lorna too, and mention you messaged me. We're doing interviews April 7-9."),
    ("appl1", "2025-03-29 10:32", "Done, thank you!!"),
])
c("genuine", "job_applicant_events", "applicant for events assistant role, with salary question", [
    ("appl2", "2025-02-17 12:40", "Hello Ms. Doucette, I applied for the Events Assistant position last week. I currently coordinate school groups and private rentals at the museum. I wanted to ask whether the role is hourly or salaried? The post said $21-24 but not which."),
    ("me", "2025-02-18 09:15", "Hi Owen, it's hourly, $21-24 depending on experience, ~30 hrs/wk with more in summer. Your application looks great, expect a call from me this week."),
])
c("genuine", "journalist_feature", "local food writer wants to feature trivia night, no fee", [
    ("journo", "2025-06-11 15:20", "Hi Maren, I'm writing a roundup of the best weeknight trivia in Portland for Casco Weekly. Readers keep nominating Tidewrack's Tuesday night. Could I come by next Tuesday and ask you a few questions? And could Declan (the quizmaster?) be quoted?"),
    ("me", "2025-06-11 16:05", "Oh that's fun! Yes, come by around 6:30 before it starts. I'll ask Declan, he'll love the attention."),
])
c("genuine", "owner_started_band_booking", "she reaches out to a fiddle band for her Sea Shanty Sundays", [
    ("me", "2024-12-02 11:00", "Hi Silas, caught the Fore River Fiddlers at the Holiday Stroll. Any chance you'd play one of our Sea Shanty Sundays in Feb? 3-5pm, $250 and beer."),
    ("band2", "2024-12-03 09:27", "Hi Maren, we'd be delighted. Feb 9 or 23 both work for us. We're 4 players, need 4 chairs without arms!"),
    ("me", "2024-12-03 10:01", "Feb 23 then. Armless chairs noted, I'll steal them from the office."),
])
c("genuine", "owner_started_collab_brew", "she proposes a collaboration brew to a peer head brewer", [
    ("me", "2025-08-19 14:10", "Nate! Ike and I want to do a collab for Maine Beer Week. Something with Maine-grown oats? Your place or ours?"),
    ("brewer2", "2025-08-20 07:45", "Count us in. Brew at yours, our system's booked till Oct. I've been wanting to do an oat pils, hear me out"),
    ("me", "2025-08-20 08:02", "An oat pils sounds deranged and I'm in. I'll get you and Ike on a thread."),
])
c("genuine", "event_invitation_real_contact", "Chamber contact invites her to a breakfast panel", [
    ("chamber", "2025-04-22 09:00", "Hi Maren, we're doing an 'Eat, Drink, Stay' hospitality breakfast on May 15 at the Holiday Inn by the Bay. Would you join as a guest (free for members) or even say 3 minutes about the taproom's neighbourhood events? No pressure."),
    ("me", "2025-04-22 10:30", "Happy to come. I'll do the 3 minutes if I can bring stickers."),
    ("chamber", "2025-04-22 10:34", "Stickers encouraged!"),
])
c("genuine", "thanks_after_event", "near-duplicate thank-you #1 after the 5th anniversary block party", [
    ("thx1", "2025-07-13 10:12", "Thank you for such a fun anniversary block party yesterday! The fiddle set was my favorite. Happy 5 years Tidewrack!"),
])
c("genuine", "thanks_after_event", "near-duplicate thank-you #2 after the block party", [
    ("thx2", "2025-07-13 12:40", "Great block party yesterday, thanks for having us. Happy 5th birthday to Tidewrack! The fiddle set was a highlight."),
    ("me", "2025-07-13 13:05", "Thanks Amos! And thanks again for building that bar top, people kept asking about it."),
])
c("genuine", "thanks_after_event", "near-duplicate thank-you #3 after the block party", [
    ("thx3", "2025-07-14 08:30", "Thanks so much for a wonderful anniversary party on Saturday. The neighbors loved it and it was all wrapped up by 9 like you promised. Happy 5 years!"),
])
c("genuine", "customer_lost_item_in_spam", "genuine guest asking about a lost jacket, landed in SPAM", [
    ("lostjacket", "2025-03-02 11:20", "Hi, sorry to message you on here, I couldn't find a phone number. I left a green Patagonia jacket at the taproom Saturday night, near the shuffleboard. Any chance someone turned it in? Thanks, Marcus"),
], folder="SPAM")
c("genuine", "colleague_release_planning", "head brewer (colleague) coordinates release and tap list", [
    ("headbrewer", "2025-10-20 07:12", "Oyster stout kegs will be ready Nov 6 not 7. Can we tap it the Thursday? Also I need to pull the Kölsch, it's getting tired"),
    ("me", "2025-10-20 08:30", "Thursday works. I'll move the Kölsch off and put the hazy in its spot. Cans for the release or draft only?"),
    ("headbrewer", "2025-10-20 08:41", "Draft only, 4-packs week after"),
])
c("genuine", "colleague_owner_numbers", "co-owner asks about Q3 event revenue", [
    ("boss", "2025-10-03 17:55", "Can you pull private event revenue for Q3 before Monday's meeting? Want to compare to last year before we decide on the patio heaters."),
    ("me", "2025-10-03 18:20", "Yep. Rough number: $41k vs $33k last Q3. Full breakdown Monday AM."),
    ("boss", "2025-10-03 18:22", "👍 nice"),
])
c("genuine", "guest_question", "guest asks about gluten-reduced options", [
    ("celiac", "2025-05-20 19:30", "Hello, I have celiac and my book club wants to meet at your taproom. Do you carry anything that's actually gluten free, not just gluten reduced? Thank you!"),
    ("me", "2025-05-21 09:10", "Hi Pam! We always have one cider on (right now a dry one from Stonewall Orchard) and a seltzer. Nothing from our own brewhouse is GF, sorry. Your club is very welcome!"),
])
c("genuine", "nonprofit_pint_night", "rescue shelter organises pint night with her", [
    ("shelter", "2025-01-27 13:15", "Hi Maren! Would Tidewrack host another Pints for Paws in March? Last year's raised $1,900 for us. Same deal, $1 per pint?"),
    ("me", "2025-01-27 14:00", "Absolutely. March 19? And bring the adoptable puppies again, it was the best night of the year."),
    ("shelter", "2025-01-27 14:08", "19th is perfect. Puppies confirmed 🐶"),
])
c("genuine", "existing_vendor_rate_change", "trivia host she works with announces rate increase", [
    ("trivia", "2025-08-28 22:10", "Hey Maren, heads up I'm raising my weekly rate from $150 to $175 starting October. Been the same for 3 years and question-writing is eating my weekends. Totally get it if you need to talk it over with Lorna."),
    ("me", "2025-08-29 09:00", "Fair enough Declan, you're worth it. $175 from October, I'll update the standing invoice."),
])
c("genuine", "inbound_tour_operator_group_rate", "walking-tour operator wants to add her taproom and buy group flights", [
    ("tour", "2025-04-08 10:00", "Hi Maren, I run Old Port Pint Walks (small groups, 10-14 people). We'd like to add Tidewrack as our East Bayside stop Thursday-Sunday starting June. Could we arrange a group rate on a 4-beer flight, and is a 2:30 slot realistic on Saturdays?"),
    ("me", "2025-04-08 12:15", "Hi Wendell! Yes to Thursdays and Sundays any time, Saturdays 2:30 is tight but doable if you text 15 min out. Group flight would be $14 instead of $16 for 10+. Want me to write that up?"),
    ("tour", "2025-04-08 12:40", "That works. Please do, I'll sign and send a card on file."),
])
c("genuine", "existing_client_requote", "corporate client asks to re-quote annual summer outing", [
    ("corp", "2025-04-30 10:05", "Hi Maren! Northbeam's summer outing again? Same as last year, patio, 35 people, late July. Could you send the updated price, I need to get it approved by finance this month."),
    ("me", "2025-04-30 11:20", "Hi Felicia! Love having you guys. Patio rental went up a bit, $450 (was $400), rest the same. July 24 or 31?"),
    ("corp", "2025-04-30 11:45", "July 24. Send the quote and I'll push it through."),
])
c("genuine", "long_standing_former_coworker", "former coworker from 2015 congratulates on events growth", [
    ("excowork", "2025-02-02 20:15", "Saw the Tidewrack piece in the Press Herald!! Proud of you. Remember when we ran the Harraseeket clambake with one working Sterno?"),
    ("me", "2025-02-03 08:00", "Jamie!! I still have nightmares about that Sterno. Come down for a pint, it's been too long."),
])
c("genuine", "booking_agent_reply_open_call", "agent answers her open call for summer acts, talks guarantee", [
    ("agent", "2025-03-05 14:30", "Hi Maren, responding to your post looking for acoustic acts for the patio this summer. I represent Wren Halloway (folk, Vermont-based). She's routing through Portland July 17-19. Her guarantee for a 2-set patio show is usually $400, flexible for a good room. Would any of those dates work?"),
    ("me", "2025-03-05 16:02", "Hi Cora, thanks! July 18 could work. We can do $350 + dinner + a 4-pack, the patio fits about 80. Send me a couple of live clips?"),
    ("agent", "2025-03-05 16:30", "Will do, sending links to your email now."),
])
c("genuine", "owner_started_vendor_quote", "she asks a tent rental vendor for a quote", [
    ("me", "2025-05-27 09:45", "Hi Gus, need a quote for a 20x40 tent with sides for the block party July 12, plus 8 tables. Same as 2023?"),
    ("tent", "2025-05-27 13:10", "Hey Maren. 20x40 frame tent w/ sides, setup July 11, pickup July 14, 8 six-ft tables: $1,480 delivered. Price is up ~8% from 2023, vinyl and fuel. I'll hold the tent for you till Friday."),
    ("me", "2025-05-27 13:30", "Fine, book it. Deposit by card?"),
    ("tent", "2025-05-27 13:34", "Yep, I'll send the link."),
])
c("genuine", "neighbour_business", "bakery neighbour about parking during block party", [
    ("bakery", "2025-06-30 07:30", "Morning! For the block party on the 12th, are you closing Anderson St or just the lot? My Saturday pickup customers need to get in till 1."),
    ("me", "2025-06-30 08:15", "Just the lot and only from 2pm, street stays open. And save me a morning bun please"),
    ("bakery", "2025-06-30 08:17", "Deal 🥐"),
])
c("genuine", "guest_lecture_invite", "professor invites her to speak to hospitality students", [
    ("prof", "2025-09-09 11:00", "Dear Ms. Doucette, I teach Event Management at USM. Would you be willing to speak to my class (about 25 students) for 45 minutes on planning community events at a small venue? Any Wednesday in October, 10am. Unfortunately there's no honorarium, but students are great."),
    ("me", "2025-09-09 15:30", "Hi Dr. Fitch, I'd be glad to. October 15 works. I'll bring the block party budget as a case study."),
])
c("genuine", "friend_reference_request", "friend asks for a reference for a job", [
    ("friend", "2025-08-05 21:00", "hey lady. I'm applying for an ops manager role at a distillery in Freeport. Could I list you as a reference? You saw me wrangle the Brine pop-up chaos 😅"),
    ("me", "2025-08-05 21:20", "Of course! Tell them to call my cell. Good luck!!"),
])
c("genuine", "group_committee_planning", "group thread: Eastern Prom beer garden committee", [
    ("prom1", "2025-05-12 18:00", "Hi both, can we lock the pour schedule for the beer garden? I have Tidewrack down for Saturday 12-4 and Sunday 2-6."),
    ("prom2", "2025-05-12 18:30", "I need 2 more volunteer wristbands from each brewery by Friday."),
    ("me", "2025-05-12 19:10", "Saturday 12-4 works, Sunday I can only do 2-5. Wristband names coming tomorrow."),
    ("prom1", "2025-05-12 19:15", "No problem, I'll get Stroudwater to cover 5-6."),
], title="Eastern Prom Beer Garden 2025")
c("genuine", "event_planner_deposit", "event planner she works with confirms headcount and deposit", [
    ("evplan", "2025-10-14 10:00", "Hi Maren, final headcount for the Pemberton Medical event on 10/24 is 72 (up from 65). I'll pay the remaining deposit once you send the revised invoice. Any change to the per-head?"),
    ("me", "2025-10-14 11:15", "Hi Renée, per-head stays $38, so the new total is $2,736 + tax and gratuity. Revised invoice in your inbox."),
    ("evplan", "2025-10-14 11:20", "Got it, paying today. Thank you!"),
])

# ================================================================== WANTED PITCHES
c("wanted_pitch", "supplier_read_her_post", "glassware supplier cites her post about losing pint glasses at trivia", [
    ("glass", "2025-06-20 09:15", "Hi Maren, I read your post last week about losing 40-odd nonic pints a month, mostly on trivia nights when the tables get crowded. That's a really common break pattern with annealed glass. We make a rim-tempered 16oz nonic that survives the dishwasher-to-ice-bath shock much better; one Burlington taproom cut their monthly breakage by about half. I can drop off a case of 24 for you to run on a trivia night, no charge. If they don't hold up, you keep them for free."),
    ("me", "2025-06-20 10:02", "Ha, that post got more replies than anything I've ever written. Sure, drop a case by Tuesday before 5."),
])
c("wanted_pitch", "ticketing_after_her_talk", "ticketing platform refers to her guild summit talk on no-shows", [
    ("ticket", "2025-03-14 13:00", "Hi Maren, I was in the room for your talk at the Pine State Taproom Summit on no-shows for ticketed events (the slide with 31% no-shows at your free-ticket beer pairing stuck with me). Doorlist does small deposit tickets ($5 that convert to a drink credit) for venues under 200. I think it would fix exactly that. Would you be open to trying it on one event with no platform fee?"),
    ("me", "2025-03-15 09:30", "Okay that's actually a smart fit. Send me details, our next pairing is April 10."),
    ("ticket", "2025-03-15 10:10", "Great! Sending a one-pager to your email now."),
])
c("wanted_pitch", "photographer_visited_taproom", "photographer visited the taproom and noticed the website photos are outdated", [
    ("photo", "2025-08-11 15:40", "Hi Maren, I had a pint at Tidewrack Saturday (the rye saison, great). Afterwards I looked at your website and the gallery still shows the taproom before the mural and the mezzanine were added. I shoot for a few Portland restaurants; I could do a 2-hour evening shoot during a busy night, plus the event space empty for your private-events page, for $650 with 40 edited images. Happy to send my portfolio."),
    ("me", "2025-08-12 09:00", "You're not wrong, those photos are from 2020. Send portfolio please."),
])
c("wanted_pitch", "named_specific_problem", "sound engineer names her patio noise complaints concretely", [
    ("sound", "2025-05-02 11:25", "Hi Maren, I saw on the East Bayside neighbourhood association minutes that the patio music at Tidewrack came up twice this spring (sound carrying to Anderson St after 8). I'm a local sound engineer; for patios like yours I usually swap the two big PA speakers for 4 small directional ones aimed at the seating, and set a limiter at ~80 dB at the property line. Installation is a day. Could I come measure one evening? No charge for the measurement."),
    ("me", "2025-05-02 14:00", "Oof, you found the minutes. Yes please, come Friday around 7."),
])
c("wanted_pitch", "mutual_contact_referral", "pretzel bakery reaches out via Dottie Pelletier", [
    ("pretzel", "2025-02-25 10:30", "Hi Maren, Dottie Pelletier at the Galley Room suggested I get in touch. She mentioned your old pretzel supplier closed in January and you've been doing chips in the meantime. We bake Bavarian-style pretzels in Westbrook, deliver Tue/Fri, and can do a beer-cheese dip from your stout if Ike is up for it. I could drop off samples this week."),
    ("me", "2025-02-25 11:15", "Dottie is the best. Yes, samples please! Thursday afternoon?"),
])
c("wanted_pitch", "public_record_patio_expansion", "patio rental firm read planning board approval", [
    ("heater", "2025-09-30 08:50", "Hi Maren, congratulations on the planning board approving Tidewrack's patio extension (I saw it on the Sept 24 agenda). Since the extension was approved for use through November, you might want heat for the shoulder season. We rent propane and electric patio heaters by the month, delivered and serviced, $140/heater/month. Your approved plan shows about 900 sq ft; that's usually 5-6 heaters. Want a quote?"),
    ("me", "2025-09-30 09:40", "Good timing, we were literally talking about heaters this week. Send a quote for 6 electric."),
])
c("wanted_pitch", "integration_for_her_pos", "loyalty app built for TapLedger, noticed her PDF QR menu", [
    ("loyalty", "2025-07-15 14:00", "Hi Maren, noticed Tidewrack runs TapLedger (your receipts show it) and your QR code opens a PDF tap list. Pourback plugs straight into TapLedger: live tap list that updates when a keg is swapped, plus a punch card that lives in the guest's phone. No new hardware. Two Maine taprooms on TapLedger use it. Worth a 20-minute demo?"),
])
c("wanted_pitch", "recruiter_relevant_role", "recruiter with an events-director role that fits her experience", [
    ("recr2", "2025-09-16 12:00", "Hi Maren, I'm recruiting a Director of Events & Taproom Experience for a 3-location brewery in Burlington, VT (confidential until the first call). They specifically want someone who has run community events at a neighbourhood taproom, and your block party and Sea Shanty Sundays series are the reason I'm writing. Range is $78-90k plus bonus. Would you be open to a confidential chat, even just to hear it out?"),
    ("me", "2025-09-17 20:30", "Flattered, but not looking to leave Portland right now. Keep me in mind for the future though."),
])
c("wanted_pitch", "agency_knows_her_series", "marketing agency referencing her Sea Shanty Sundays and cruise traffic", [
    ("agency", "2025-04-16 09:00", "Hi Maren, we work with the Old Port shops on cruise-season traffic. Your Sea Shanty Sundays would be perfect for the passengers' 'things to do' printout that the port hands out; the ships docking Sundays in Sept/Oct carry about 2,000 passengers each. We can get you listed and design a small rack card for $400 one-off. Interested?"),
])
c("wanted_pitch", "supplier_gf_gap", "cider maker noticed guests asking for GF options in her reviews", [
    ("cider", "2025-03-20 15:30", "Hi Maren, Ezra from Stonewall Orchard Cider in Limington. I saw a few of your Google reviews mention there's not much for gluten-free friends at Tidewrack. We make a dry and a blueberry cider in sixtels; Lou at Harbormaster can bring them on his route, so no new account for you. Want me to send a tasting pack?"),
    ("me", "2025-03-20 16:45", "Yes! We've been meaning to fix that. Send it to the taproom attn. Maren."),
])
c("wanted_pitch", "freelancer_saw_her_chalkboards", "sign painter noticed her chalkboard tap list unreadable from the back", [
    ("chalk", "2025-01-22 13:10", "Hi Maren, I was at trivia last Tuesday and couldn't read your tap board from the back tables (the yellow chalk on green gets lost under the Edison bulbs). I'm a sign painter in Portland, I could paint a permanent frame with magnetic beer-name strips you swap by hand, high contrast, readable at 40 ft. About $900 for the big board. Photos of my work at the Rosemont shop are on my profile."),
])
c("wanted_pitch", "software_from_job_post", "scheduling software referencing her post hiring 6 part-time staff", [
    ("sched", "2025-03-03 10:45", "Hi Maren, I saw your post hiring 6 part-time beertenders and the line 'shift swaps happen over text, we'll sort it out'. ShiftHarbor is built for exactly that: staff swap shifts in the app, you approve with one tap, and it checks hours against Maine's minor-labor rules. Free for teams under 10 for the first season. Want me to set up a trial for your summer crew?"),
])

# ================================================================== JUNK
tpl = [
    ("tpl1", "2025-02-03 09:00", "Hi Maren, I came across Tidewrack Brewing Co. and love what you're doing in the craft beer space! We've helped local businesses like yours increase foot traffic by 37% in 90 days with our Google Maps ranking system. Would you be open to a quick chat this week to see if it's a fit?"),
    ("tpl2", "2025-02-05 14:20", "Hi Maren! Came across Tidewrack Brewing and I'm impressed by what you're building in the brewery space. We've helped businesses like yours boost foot traffic by 37% within 90 days using our local map ranking system. Open to a quick chat this week?"),
    ("tpl3", "2025-02-07 07:35", "Hello Maren, I came across Tidewrack and really like what you do in the hospitality industry. Our Map Pack system has helped local businesses like yours grow walk-ins by 37% in just 90 days. Would you be open to a short chat to see if we're a fit?"),
    ("tpl4", "2025-02-11 16:10", "Hey Maren - stumbled on Tidewrack Brewing Co. and love what you're doing in the food & beverage space! We help local businesses increase foot traffic 37% in 90 days with Google Maps ranking. Worth a quick chat this week?"),
    ("tpl5", "2025-02-18 11:55", "Hi Maren, I came across Tidewrack Brewing Co. and love what you're doing in the local events space. We've helped businesses like yours see 37% more foot traffic in 90 days through our map ranking framework. Any chance you'd be open to a quick chat?"),
]
for i, m in enumerate(tpl, 1):
    c("junk", "template_local_seo", f"same local-SEO template, sender {i} of 5 with different fill", [m])
c("junk", "merge_tag_failure", "literal {first_name} merge tag", [
    ("merge1", "2025-05-06 10:00", "Hi {first_name},\n\nGrowthForge helps {company_name} book 20+ qualified sales meetings every month without hiring SDRs. Can I send over a 2-minute video?"),
])
c("junk", "merge_tag_failure", "[Name]/[Company] placeholders left in", [
    ("merge2", "2025-06-17 13:30", "Hi [Name], love what [Company] is doing! EventEngine AI automates your event registrations, reminders and follow-ups so your team can focus on what matters. Do you have 15 minutes Thursday?"),
])
c("junk", "merge_tag_wrong_name", "addresses her as Melissa", [
    ("merge3", "2025-07-22 08:45", "Hi Melissa, hope your week is off to a great start! Staffwise places pre-vetted hospitality staff in 48 hours. Restaurants like yours save an average of $12k per year on hiring. Could we chat?"),
])
c("junk", "merge_tag_wrong_company", "names the wrong company (a winery)", [
    ("merge4", "2025-08-26 15:15", "Hi Maren, congrats on everything happening at Harborline Winery! CaterCloud makes catering orders effortless for venues like yours, one dashboard, 200+ caterers. Open to a quick demo?"),
])
c("junk", "sponsored_inmail", "Sponsored InMail, business credit card", [
    ("spon1", "2025-04-01 12:00", "<p>Hi Maren,</p><p>Small businesses earn <strong>3% cash back</strong> on every purchase with the Ledgerly Business Card. No annual fee. Apply in 5 minutes &amp; get a decision today.</p>"),
], title="Sponsored Conversation", subject="Earn 3% back on every business purchase")
c("junk", "sponsored_inmail", "Sponsored InMail, executive MBA", [
    ("spon2", "2025-09-02 12:00", "<p>Maren, ready for the next step?</p><p>The Halberd Executive MBA fits around your career: weekend modules, global network, 18 months. Download the brochure today.</p>"),
], title="Sponsored Conversation", subject="Your leadership journey starts here")
c("junk", "paid_award", "'finalist' award that requires a $495 publication fee", [
    ("award", "2025-05-14 09:30", "Dear Maren,\n\nCongratulations! Tidewrack Brewing Co. has been shortlisted as a finalist for the 2025 New England Hospitality Excellence Awards in the category 'Best Taproom Experience'. To confirm your finalist status and secure your feature in the winners' edition, a one-time publication fee of $495 applies. Finalists also receive a digital badge and crystal trophy.\n\nPlease confirm by Friday to guarantee placement."),
])
c("junk", "paid_podcast_slot", "podcast guest slot with a 'production fee'", [
    ("podcast", "2025-06-03 17:00", "Hey Maren! I host The Hustle Hour, top 2% podcast on Apple for entrepreneurs. We'd love to feature your story! Guests cover a small production investment of $350 which includes editing, a promo reel and a feature on our socials (45k followers). When can we get you on?"),
    ("podcast", "2025-06-10 17:00", "Bumping this up Maren, only 3 guest slots left for July!"),
])
c("junk", "generic_service_bookkeeping", "generic bookkeeping pitch", [
    ("books", "2025-01-15 11:00", "Hi Maren, tax season is coming! Numbers First Bookkeeping helps small business owners get their books clean, reconciled and CPA-ready for a flat monthly fee starting at $299. Want a free review of your books?"),
])
c("junk", "off_topic_product", "industrial solar for a leased taproom", [
    ("solar", "2025-03-25 13:45", "Hi Maren, with energy prices rising, SunStack is helping commercial property owners cut utility bills by up to 60% with zero upfront cost. Do you own your building? Let's find 15 minutes to see how much you could save."),
])
c("junk", "offers_what_she_sells", "another venue pitching private events/tastings to her", [
    ("venue", "2025-10-07 10:30", "Hi Maren! Planning your team's holiday party? The Loft at Mill Creek offers private event space for 20-150 guests, craft beer & cocktail packages, and in-house catering. Book before Nov 1 and get a complimentary champagne toast! Can I send you our packages?"),
])
c("junk", "capacity_new_clients", "asks if she has capacity for new private-event clients, lead-gen", [
    ("capacity", "2025-08-04 08:20", "Hi Maren, quick question: do you have capacity for new private-event clients this quarter? PartyPipe sends venues pre-qualified party inquiries every week. Pay per booked event only. Interested?"),
])
c("junk", "like_minded_connect", "'let's connect as like-minded entrepreneurs'", [
    ("likeminded", "2025-02-27 06:30", "Hello Maren, I see we're both passionate entrepreneurs driving growth and impact. I'd love to connect with like-minded leaders and explore synergies. Let's connect and grow together! 🚀"),
])
c("junk", "quick_15_min_call", "'quick 15-minute call' margin pitch", [
    ("fifteen", "2025-04-29 14:00", "Hi Maren, do you have a quick 15 minutes this week? OptiMargin helps hospitality businesses uncover hidden profit in their cost of goods. Most of our clients find 4-7% in the first month. Would Wednesday or Thursday work?"),
])
c("junk", "connect_then_pitch", "connect-then-pitch: small talk, she answers, pitch in msg 3", [
    ("ctp1", "2025-02-11 09:10", "Thanks for connecting Maren! Fellow Mainer here. How's the winter treating the taproom? Must be quiet in February."),
    ("me", "2025-02-11 12:30", "Ha, quieter, but trivia keeps us going. Thanks for connecting!"),
    ("ctp1", "2025-02-12 08:45", "Love it! Quick one while I have you: Brightwater can cut your card processing fees, most breweries we look at are overpaying by 0.4-0.8%. If you send me a recent statement I'll do a free analysis. Sound good?"),
])
c("junk", "connect_then_pitch", "connect-then-pitch: compliment first, pitch in msg 2, no reply", [
    ("ctp2", "2025-04-15 10:00", "Hi Maren, great to connect! Your hazy release photos were 🔥"),
    ("ctp2", "2025-04-17 10:00", "Curious, how are you tracking keg levels and pour waste today? Kegstream's flow sensors show you exactly where beer is lost, most taprooms recover 8% of revenue. Happy to send a short demo video!"),
])
c("junk", "connect_then_pitch", "connect-then-pitch: investment pitch after small talk", [
    ("ctp3", "2025-06-04 08:00", "Hi Maren! Thanks for accepting. Beautiful weather for the patio this week I bet."),
    ("me", "2025-06-04 17:00", "It's been packed! Thanks."),
    ("ctp3", "2025-06-05 09:20", "Glad to hear. Have you and the owners thought about growth capital? Cinder Capital funds revenue-based loans up to $500k for craft beverage brands, decision in 72 hours. Could I send details?"),
    ("ctp3", "2025-06-12 09:20", "Just floating this back to the top of your inbox Maren!"),
])
c("junk", "follow_up_bumps", "review-generation pitch with 3 unanswered bumps", [
    ("bump1", "2025-07-01 10:00", "Hi Maren, businesses with 200+ Google reviews get 2x more walk-ins. Reviewboost automates review requests by text. Can I show you?"),
    ("bump1", "2025-07-08 10:00", "Hi Maren, just following up on my last message!"),
    ("bump1", "2025-07-15 10:00", "Hi Maren, not sure if you saw this, thoughts?"),
    ("bump1", "2025-07-29 10:00", "Last try Maren 🙂 should I close your file?"),
])
c("junk", "follow_up_bumps", "linen service pitch with unanswered bumps", [
    ("bump2", "2025-09-08 09:00", "Hello Maren, Linen Loop provides bar towels, aprons and mats for restaurants and bars with weekly delivery. Can I get you a price?"),
    ("bump2", "2025-09-15 09:00", "Following up on this Maren."),
    ("bump2", "2025-09-29 09:00", "Hi again! Still interested in reducing your linen costs?"),
])
c("junk", "fluent_generic_names_company", "polished branding pitch naming Tidewrack, fits anyone", [
    ("fluent", "2025-05-28 11:30", "Hi Maren,\n\nTidewrack Brewing Co. clearly has a loyal community, and brands with strong communities are exactly the ones that benefit most from a cohesive brand story. At Brandcraft Collective we partner with ambitious hospitality brands to sharpen positioning, elevate visual identity and turn guests into lifelong advocates.\n\nI'd love to share a few ideas specific to Tidewrack. Would you be open to a conversation next week?"),
])
c("junk", "generic_counterpart_glassware", "generic promo glassware blast (counterpart of tailored glass pitch)", [
    ("genglass", "2025-06-24 12:00", "Hi there! PromoWare Direct offers custom logo pint glasses, koozies, tote bags and more at wholesale prices. Minimum order only 144 units. Check out our summer catalog!"),
])
c("junk", "generic_counterpart_ticketing", "generic ticketing pitch (counterpart of Doorlist)", [
    ("genticket", "2025-03-18 15:00", "Hi Maren, TixNow is the #1 all-in-one ticketing platform for events of every size. Lower fees, faster payouts, and powerful marketing tools. Sign up free today!"),
])
c("junk", "generic_counterpart_photo", "generic photo studio pitch (counterpart of photographer)", [
    ("genphoto", "2025-08-14 10:10", "Hello! SnapPro Studios offers professional product, headshot and corporate photography nationwide. Packages start at $199. Let me know if you'd like our rate card."),
])
c("junk", "generic_counterpart_loyalty", "generic loyalty app (counterpart of Pourback)", [
    ("genloyal", "2025-07-21 13:00", "Hi Maren, customer retention is the key to growth. PerkPunch's loyalty platform helps businesses increase repeat visits by 25%. Book a demo here!"),
    ("genloyal", "2025-07-28 13:00", "Hi Maren, circling back on PerkPunch!"),
])
c("junk", "generic_recruiter_irrelevant", "recruiter with unrelated insurance sales role", [
    ("genrecr", "2025-10-09 16:00", "Hi Maren, your background caught my eye! We're hiring Financial Services Representatives, unlimited earning potential, flexible schedule, full training provided. Interested in learning more?"),
])
c("junk", "offshore_assistant", "virtual assistant agency", [
    ("va", "2025-01-28 04:15", "Dear Maren, Are you spending too much time on admin tasks? OffshoreEase provides dedicated virtual assistants from $6/hour for email, scheduling, bookkeeping and social media. Reply YES for a free trial week."),
])
c("junk", "mlm_side_hustle", "wellness MLM 'opportunity'", [
    ("mlm", "2025-03-09 21:40", "Hey girl!! 💕 I saw your profile and you seem like such a go-getter. I've been working with an amazing wellness brand and I'm looking for a few motivated women to join my team. Totally flexible, you can do it from your phone! Would you be open to hearing more? No pressure!!"),
])
c("junk", "paid_feature", "'40 under 40' feature with a sponsorship fee", [
    ("fortyunder", "2025-07-30 08:00", "Hi Maren, you've been nominated for Hospitality Leaders Quarterly's '40 Under 40 in Hospitality'. Selected honorees receive a full-page profile; there's a sponsorship contribution of $750 to cover design and print. Shall I send the questionnaire?"),
])
c("junk", "off_topic_app_dev", "app development pitch", [
    ("appdev", "2025-02-20 05:50", "Hi Maren, Do you have an app idea? Codecraft Labs builds iOS and Android apps at 40% lower cost than US agencies. 200+ apps delivered. Let's schedule a call."),
])
c("junk", "off_topic_real_estate", "real estate investment pitch", [
    ("realestate", "2025-09-18 18:30", "Maren, accredited investors in our network are earning 14% annual returns on multifamily properties in the Sun Belt. Would you like to see our current offering?"),
])
c("junk", "generic_social_media", "generic social media management pitch naming craft beer", [
    ("social", "2025-05-19 12:20", "Hey Maren! Love the craft beer scene 🍻 We help breweries go viral on TikTok and Instagram. Packages from $999/mo with 30 posts + reels. Want a free audit of your page?"),
])
c("junk", "off_topic_web3", "NFT membership pitch for breweries", [
    ("nft", "2025-01-05 23:10", "gm Maren! BrewChain lets breweries launch NFT mug club memberships on-chain. Your most loyal fans become holders and get perks forever. We're onboarding 10 founding breweries. Want in?"),
])

c("junk", "off_topic_lead_list", "sells a contact list of 'brewery decision makers'", [
    ("leads", "2025-08-19 07:05", "Hi Maren,\n\nWould you be interested in acquiring a verified list of 12,400 craft brewery and taproom decision makers in the US with emails and direct dials? 95% deliverability guaranteed. Let me know and I can share pricing and a sample.\n\nRegards, Harper"),
    ("leads", "2025-08-26 07:05", "Hi Maren, did you get a chance to review my previous email?"),
])

if __name__ == "__main__":
    e.write(OUT,
            {"First Name": "Maren", "Last Name": "Doucette",
             "Headline": "Taproom & Events Manager at Tidewrack Brewing Co. | Community events, live music, private parties",
             "Summary": "I run the taproom and events at Tidewrack in East Bayside: trivia, Sea Shanty Sundays, the July block party and a lot of private events. Hospitality lifer, Portland native.",
             "Industry": "Beverage Manufacturing", "Zip Code": "04101", "Geo Location": "Portland, Maine, United States",
             "Websites": "[COMPANY:https://tidewrackbrewing.example]"},
            [{"Company Name": "Tidewrack Brewing Co.", "Title": "Taproom & Events Manager",
              "Description": "Front of house, events calendar, private bookings, bands, food trucks.",
              "Location": "Portland, Maine", "Started On": "Jan 2019", "Finished On": ""},
             {"Company Name": "Harraseeket Inn", "Title": "Banquet Captain", "Description": "",
              "Location": "Freeport, Maine", "Started On": "May 2014", "Finished On": "Dec 2018"},
             {"Company Name": "The Galley Room", "Title": "Bartender", "Description": "",
              "Location": "Portland, Maine", "Started On": "Jun 2011", "Finished On": "Apr 2014"}],
            ["Event Planning", "Hospitality Management", "Beer", "Bartending", "Live Music Booking",
             "Community Engagement", "Point of Sale Systems"])
    print(e.summary())

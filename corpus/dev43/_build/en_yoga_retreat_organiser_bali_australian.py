"""Persona: Bec Hollings, Australian yoga teacher running retreats in Bali and Byron Bay.

Written by hand and blind to the detector (dev43, session 5). English only, 2024 layout.
Running this script regenerates the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-yoga-retreat-organiser-bali-australian"
OUT = Path(__file__).resolve().parents[1] / SLUG

PROFILE = {
    "First Name": "Rebecca", "Last Name": "Hollings",
    "Headline": "Yoga teacher & founder, Salt & Frangipani Retreats | Bali + Byron Bay retreats",
    "Summary": ("Byron girl, ex-physio, 500hr yoga teacher. I run small-group yoga retreats in Ubud, "
                "Sidemen and the Byron hinterland: max 16 guests, slow mornings, proper food, no "
                "Instagram circus."),
    "Industry": "Wellness and Fitness Services", "Zip Code": "2481",
    "Geo Location": "Byron Bay, New South Wales, Australia",
    "Websites": "[COMPANY:saltandfrangipani.example]",
}
POSITIONS = [
    {"Company Name": "Salt & Frangipani Retreats", "Title": "Founder & Lead Teacher",
     "Description": "Small-group yoga retreats in Bali (Ubud, Sidemen) and Byron Bay.",
     "Location": "Byron Bay, NSW", "Started On": "Feb 2017", "Finished On": ""},
    {"Company Name": "Salt & Frangipani Retreats", "Title": "Weekly classes, Suffolk Park Hall",
     "Description": "Community vinyasa and yin classes.", "Location": "Suffolk Park, NSW",
     "Started On": "Jun 2016", "Finished On": ""},
    {"Company Name": "Northern Rivers Physio Co", "Title": "Physiotherapist",
     "Description": "", "Location": "Lismore, NSW", "Started On": "Jan 2010", "Finished On": "Dec 2016"},
]
SKILLS = ["Vinyasa Yoga", "Yin Yoga", "Retreat Planning", "Physiotherapy", "Event Management",
          "Hospitality", "Small Business"]


def people(x: Export) -> None:
    p = x.person
    # genuine contacts
    p("ketut", "Ketut Arsana", "Taman Lumut Retreat Ubud", "Sales & Events Manager", connected="2018-03-11")
    p("wayan", "Wayan Sudiarta", "Rumah Padi Sidemen", "Villa Manager", connected="2019-07-02")
    p("mel", "Melissa Carver", "Coastline Group Travel", "Group Travel Consultant", connected="2019-01-20")
    p("jess", "Jessica Tran", "Freelance", "Yin & Restorative Yoga Teacher", connected="2021-05-14")
    p("aroha", "Aroha Ngata", "", "Yoga teacher (RYT-200)", connected="2024-08-30")
    p("sam", "Sam Okafor", "Breathe Deep Co", "Breathwork Facilitator", connected="2022-02-08")
    p("grace", "Grace Pemberton", "Hinterland People", "Hospitality Recruiter", connected="2024-06-18",
      invite=("OUT", "2024-06-18 10:05", "Hi Grace, Lou from Bangalow Kitchen said you're the one for hospo roles up here. Keen to chat about a retreat coordinator."))
    p("kate", "Kate Lindqvist", "Northside Legal", "HR Manager", connected="2024-09-03")
    p("zahra", "Zahra Haddad", "", "Marketing, Sydney", connected="2023-11-02")
    p("retreatly", "Tom Beckett", "Retreatly", "Partner Success Manager", connected="2020-10-12")
    p("lani", "Lani Hooper", "Lani Hooper Photography", "Photographer", connected="2022-04-04")
    p("fiona", "Fiona Gale", "", "Guest, Byron autumn retreat", connected="2024-05-21")
    p("priya", "Priya Raman", "", "Guest, Byron autumn retreat", connected="2024-05-21")
    p("hannah", "Hannah Doyle", "", "Guest, Byron autumn retreat", connected="2024-05-22")
    p("bella", "Isabella Moretti", "", "Nurse, Gold Coast", connected="2017-09-09")
    p("dan", "Daniel Whiteley", "Northern Rivers Physio Co", "Senior Physiotherapist", connected="2014-06-30")
    p("olivia", "Olivia Strand", "Wander & Wellness Magazine", "Features Editor", connected="2024-07-15")
    p("matt", "Matt Rourke", "The Slow Stretch Podcast", "Host", connected="2023-02-27")
    p("nina", "Nina Castellano", "Byron Makers Collective", "Community Organiser", connected="2020-11-30")
    p("claire", "Claire Benton", "", "Teacher, Melbourne", connected="2024-03-10")
    p("made", "Made Pradnyani", "Taman Lumut Retreat Ubud", "Head Chef", connected="2022-09-18")
    p("tash", "Natasha Kerr", "", "Guest 2023 Sidemen", connected="2023-06-25")
    p("kombu", "Ellie Marsh", "Fizzgig Kombucha", "Brand Partnerships", connected="2022-12-01")
    p("ruby", "Ruby Sands", "", "Content creator, slow travel", connected="2024-07-29",
      invite=("OUT", "2024-07-29 19:40", "Hi Ruby, love your Flores series. Would you be up for a chat about Sidemen?"))
    p("gareth", "Gareth Pike", "Coral Coast Insurance Brokers", "Account Manager", connected="2019-02-14")
    p("komang", "Komang Wirawan", "Bali Easy Transport", "Owner", connected="2018-04-22")
    p("cody", "Cody Fraser", "Tallow Surf School", "Head Coach", connected="2021-09-09")
    p("steph", "Stephanie Ng", "Studio Ananda Mullumbimby", "Studio Owner", connected="2020-02-16")
    p("annie", "Annie Blackwood", "", "Yoga teacher trainer", connected="2015-08-08")
    p("rob", "Rob Delaney", "Delaney & Co Accountants", "Accountant", connected="2017-07-01")
    p("jo", "Joanne Petrie", "", "Guest 2022 Ubud", connected="2022-10-10")
    p("liam", "Liam Carroll", "", "Guest 2023 Byron", connected="2023-05-02")
    p("tara", "Tara Quinn", "Lanka Slow Retreats", "Founder", connected="2021-03-03",
      invite=("OUT", "2021-03-03 08:00", ""))
    p("bryn", "Bryn Walsh", "Bryn Walsh Sound", "Sound healer", connected="2024-04-01",
      invite=("OUT", "2024-04-01 13:12", "Heard your gong session at Mullum, would love to connect"))
    p("mira", "Mira Jovanovic", "Northern Rivers Wellness Fest", "Program Director", connected="2021-01-19")
    p("sophie", "Sophie Adair", "", "Guest", connected="2024-10-02")
    # wanted pitches
    p("hugo", "Hugo Lemaire", "Hugo Lemaire Films", "Retreat & hospitality videographer", connected="2024-08-12",
      invite=("IN", "2024-08-12 07:50", "Hi Bec - your post about the Ubud sunrise light got me. Videographer based in Canggu."))
    p("anouk", "Anouk de Vries", "Shalabook", "Co-founder", connected="2024-09-20")
    p("tess", "Tess Morgan", "Rova Travel Cover", "Partnerships, group & retreat policies")
    p("putu", "Putu Eka Saputra", "Omah Jati Sidemen", "Owner")
    p("leah", "Leah Fortune", "Groundwork Mats", "Founder", connected="2024-09-25",
      invite=("IN", "2024-09-25 18:20", "Loved your talk at the Wellness Fest on plastic-free retreats!"))
    p("ines", "Ines Cardoso", "Sumbawa Sea Lodge", "Director of Guest Experience")
    p("morgan", "Morgan Ellis", "Hinterland Harvest Co-op", "Wholesale")
    p("yasmin", "Yasmin Clarke", "Clarke Bookkeeping", "Bookkeeper (GST & cross-border)")
    p("gede", "Gede Mahendra", "Tirta Journeys", "Cultural guide")
    p("abby", "Abby Reynolds", "The Loft Byron", "Studio manager", connected="2024-10-14")
    p("kai", "Kai Nakamura", "Squarepeg Studio", "Squarespace developer")
    p("rosa", "Rosa Jimenez", "Reefkind Sunscreen", "Community & retreat partnerships")
    # junk
    p("rankly", "Arjun Mehta", "RankLift Digital", "SEO Specialist")
    p("solar", "Brendan Holt", "BrightVolt Commercial Lighting", "Business Development Manager")
    p("bliss", "Chantelle Rivers", "Bliss Island Retreats", "Retreat Host")
    p("leadflow", "Marcus Dane", "WellnessLeads Pro", "Client Acquisition", connected="2024-10-20",
      invite=("IN", "2024-10-20 06:12", ""))
    p("kyle", "Kyle Brandt", "Brandt Ventures", "Serial Entrepreneur | Investor | Dad", connected="2024-07-01",
      invite=("IN", "2024-07-01 21:44", "Let's connect as like-minded entrepreneurs!"))
    p("tyler", "Tyler Vance", "ScaleOps Agency", "Growth Partner")
    p("sienna", "Sienna Hart", "Elevate Wellness Marketing", "Founder", connected="2024-09-09",
      invite=("IN", "2024-09-09 08:30", "Hi Bec! Fellow Byron lover here :)"))
    p("jared", "Jared Cole", "Pinnacle Finance Partners", "Wealth Advisor", connected="2024-08-20",
      invite=("IN", "2024-08-20 17:02", ""))
    p("dee", "Deanna Booth", "Radiant Life Global", "Independent Wellness Leader", connected="2024-06-10",
      invite=("IN", "2024-06-10 11:11", "Hey lovely, your energy is amazing!"))
    p("raj", "Rajesh Kumar", "Appsmith Solutions", "Business Development")
    p("olly", "Olly Grant", "Packed Out Retreats", "Founder")
    p("t2", "Brianna Kells", "Full Mat Method", "Retreat Growth Coach")
    p("t3", "Dominic Shaw", "Soulful Scale", "Founder & Coach")
    p("t4", "Priscilla Moana", "Ignite Retreat Marketing", "Head of Growth")
    p("t5", "Harper Quinlan", "Quinlan Creative", "Wellness Funnel Specialist")
    p("mt1", "Shauna Delgado", "Zenith Booking Systems", "Sales Executive")
    p("mt2", "Victor Lang", "LangMedia", "Account Director")
    p("mt3", "Carly Briggs", "Pure Presence PR", "PR Consultant")
    p("mt4", "Amir Farouk", "Globalstaff VA", "Partnerships")
    p("sp1", "Ascend Business Bank", "Ascend Business Bank", "", url="https://www.linkedin.com/company/ascend-business-bank")
    p("sp2", "Payloom", "Payloom", "", url="https://www.linkedin.com/company/payloom")
    p("award", "Lauren Whitby", "APAC Wellness Awards", "Awards Coordinator")
    p("pod", "Brent Ashford", "The Empowered CEO Show", "Producer")
    p("mag", "Jade Sullivan", "Luxe Living Asia", "Editorial Partnerships")
    p("fluent", "Oscar Pennington", "Meridian Growth Studio", "Partner")
    p("photo", "Dimitri Volkov", "Snapforce Media", "Photography & Video")
    p("bookx", "Kelsey Ward", "BookingHive", "Account Executive")
    p("insx", "Nathan Cruz", "SafeTrip Direct", "Sales")
    p("webx", "Farhan Ali", "PixelCraft Webs", "Web Designer")
    p("bkx", "Melanie Howe", "TaxEase Online", "Client Growth")
    p("villax", "Kadek Surya", "Bali Dream Villas Agency", "Marketing")
    p("infl", "Skye Valentine", "", "Lifestyle & travel influencer | 14k")
    p("crypto", "Leon Marks", "Apex Digital Assets", "Crypto Educator")
    p("va2", "Joy Santos", "RemoteReady", "Virtual Assistant")
    p("bump", "Gavin Doherty", "Clearview Merchant Services", "Business Development")
    p("cpt2", "Riley Summers", "Summit Coaching Co", "Business Coach", connected="2024-10-30",
      invite=("IN", "2024-10-30 09:00", "Hi Bec, saw we're both in wellness, would be great to connect"))
    p("gym", "Trent Hadley", "IronCore Equipment", "Sales Manager")
    p("llm", "Noah Fielding", "SmartChat AI", "Founder")
    p("printx", "Gina Lowe", "Promo Planet", "Promotional Products")


def conversations(x: Export) -> None:
    c = x.conv
    # ------------------------------------------------------------ genuine
    c("genuine", "client_quote_request", "en", "inbound lead wants to buy a retreat spot, asks price for twin share",
      [("claire", "2024-09-14 20:11", "Hi Bec, my sister and I are looking at your Ubud retreat in March. What's the price for twin share vs the single room? And is the deposit refundable if one of us can't get leave? Thanks heaps, Claire"),
       ("me", "2024-09-15 08:02", "Hi Claire! Lovely to hear from you. Twin share is $2,890 AUD each, single room $3,450. Deposit is $600 and transferable to another retreat up to 60 days out (not refundable, sorry - the villa holds the rooms for us). Happy to jump on a call if easier?"),
       ("claire", "2024-09-15 12:40", "Perfect, a call would be great. Tues arvo?"),
       ("me", "2024-09-15 13:05", "Tues 4pm Melbourne time works. I'll send a link :)")])
    c("genuine", "corporate_retreat_quote", "en", "HR manager wants a quote for a 2-day team retreat at Byron",
      [("kate", "2024-09-04 09:30", "Hello Rebecca, I'm the HR manager at Northside Legal. We're planning a two-day wellbeing retreat for 14 staff in the Byron hinterland in February. Could you send a quote including accommodation, classes and meals? Budget is roughly $1,200 per head but there's some flex."),
       ("me", "2024-09-04 16:45", "Hi Kate, thanks for thinking of us! February works. I'll put together two options (Koonyum Ridge House vs the Bangalow cottages) and send a proper quote by Friday. Any dietary or mobility needs I should know about?"),
       ("kate", "2024-09-05 08:10", "Two vegetarians, one coeliac. One colleague has a knee replacement so gentle options please."),
       ("me", "2024-09-06 15:20", "Quote's in your inbox. Option A comes in at $1,140pp all inclusive. Let me know what the partners say!")])
    c("genuine", "venue_price_change", "en", "existing Ubud venue announces 2025 rate increase",
      [("ketut", "2024-08-01 10:15", "Dear Bec, hope you are well and the Byron winter is not too cold! Please note our 2025 group rates: the full villa buyout goes up 8% from 1 April 2025 because of the new tourist levy and staff wages. Your March 2025 booking stays at the 2024 rate as agreed. New contract attached by email. Suksma!"),
       ("me", "2024-08-01 18:30", "Thanks Ketut, appreciate the heads up and holding March for us. I'll sign and send back this week. Say hi to Made!"),
       ("ketut", "2024-08-02 09:00", "Received with thanks. See you in March!")])
    c("genuine", "contract_teacher_hire", "en", "owner hires a yin teacher for the March retreat, fee discussion",
      [("me", "2024-07-10 14:00", "Hey Jess! Are you free 8-15 March for Ubud? I'd love you to take the evening yin sessions again. Same deal as last year or do you need to adjust your rate?"),
       ("jess", "2024-07-10 19:22", "Omg yes!! I'm in. I'd need to go up to $220 a day this time, flights have gone nuts. Still includes my room and food yeah?"),
       ("me", "2024-07-11 07:50", "Totally fair. $220/day plus room, food and I cover the flight up to $650. I'll send the contractor agreement."),
       ("jess", "2024-07-11 08:03", "Deal. Can't wait xx")])
    c("genuine", "job_applicant", "en", "teacher applies to assist on retreats",
      [("aroha", "2024-08-31 11:00", "Kia ora Bec, I finished my 200hr in Rishikesh last year and have been teaching in Auckland since. I'd love to assist on one of your retreats - I'm happy to help with logistics, mat setup, anything. CV and a short video of my class are on my profile. Would you consider me for 2025?"),
       ("me", "2024-09-02 09:15", "Kia ora Aroha, thanks for reaching out so thoughtfully. I do take one assistant per retreat. Could you send me a 20 min recorded flow? I'll be choosing for the July Sidemen retreat in October."),
       ("aroha", "2024-09-02 10:01", "Will do, thank you!")])
    c("genuine", "peer_joint_offer", "en", "breathwork peer proposes co-hosted retreat and revenue split",
      [("sam", "2024-06-20 17:30", "Bec! Been thinking - what if we co-host a breath + yin weekend in Byron in spring? I bring my mailing list (about 3k), you bring the venue and yoga. 50/50 after costs? Could price it at $890 for the weekend."),
       ("me", "2024-06-21 08:12", "Ooh I like it. I'd want to cap it at 14 people though. Let's chat properly - coffee at Bayleaf Friday?"),
       ("sam", "2024-06-21 08:40", "Friday 9 it is")])
    c("genuine", "recruiter_engaged", "en", "owner engaged a hospitality recruiter to find a Bali retreat coordinator; fees discussed",
      [("me", "2024-06-18 10:20", "Hi Grace, thanks for connecting. I'm after a part-time retreat coordinator, ideally someone who's lived in Bali and speaks Bahasa. What's your fee structure for a role like that?"),
       ("grace", "2024-06-18 15:44", "Hi Bec, lovely to meet you. For part-time roles I charge a flat $3,500 placement fee, half upfront. I've got two people in mind already - one ex-Four Seasons in Jimbaran. Shall I set up intros?"),
       ("me", "2024-06-19 07:30", "Yes please. Flat fee works."),
       ("grace", "2024-07-02 12:00", "Intro emails sent to you both. Let me know how the chats go!")])
    c("genuine", "travel_agent_group_flights", "en", "long-standing travel agent holds group flights",
      [("mel", "2024-10-01 13:00", "Hi Bec, I've got a group hold on the Brisbane-Denpasar Virgin flights for 7 March, 10 seats at $780 return. Need names by 15 Nov or the fare goes back into the pool. Want me to keep it?"),
       ("me", "2024-10-01 13:40", "Yes keep it! 6 names so far, I'll send them through. You're a legend Mel"),
       ("mel", "2024-10-01 13:42", "Ha anytime :)")])
    c("genuine", "platform_commission_change", "en", "existing booking platform announces commission change",
      [("retreatly", "2024-09-10 09:00", "Hi Rebecca, a heads-up before the official email: from 1 January our host commission goes from 12% to 13.5% for listings without the Preferred badge. You qualify for Preferred if you keep your response time under 24h - you're at 31h right now. Happy to walk you through it."),
       ("me", "2024-09-10 21:05", "Hi Tom, thanks for flagging. Ugh, fair call on the response time. What exactly counts - first reply only?"),
       ("retreatly", "2024-09-11 08:30", "First reply to a new enquiry, yes. Auto-replies don't count unfortunately.")])
    c("genuine", "owner_requests_quote", "en", "owner asks a known photographer for a shoot quote",
      [("me", "2024-05-02 11:00", "Hey Lani! Would you be up for shooting the May Byron retreat for a day? Mostly candid stuff and the food. What would you charge these days?"),
       ("lani", "2024-05-02 18:20", "Hey you! For a full day plus 60 edited images I'm at $1,400. Half day $800. I'd love to come back up to Koonyum."),
       ("me", "2024-05-03 08:00", "Full day please! 18 May?"),
       ("lani", "2024-05-03 09:15", "Locked in")])
    c("genuine", "thank_you_after_retreat", "en", "near-duplicate thank-you 1 after the Byron autumn retreat",
      [("fiona", "2024-05-21 19:30", "Bec, thank you so much for the most beautiful weekend. I haven't slept this well in years. The Sunday yin was everything. See you next time x")])
    c("genuine", "thank_you_after_retreat", "en", "near-duplicate thank-you 2 after the same retreat",
      [("priya", "2024-05-21 21:02", "Thank you so much Bec for a beautiful weekend! Best sleep I've had in ages. That Sunday yin session... wow. Hope to see you again soon!"),
       ("me", "2024-05-22 07:40", "Priya it was so lovely having you. Look after that hamstring!")])
    c("genuine", "thank_you_after_retreat", "en", "near-duplicate thank-you 3 after the same retreat",
      [("hannah", "2024-05-22 10:12", "Hi Bec, just wanted to say thank you for such a beautiful weekend at Koonyum. Slept better than I have in years and the Sunday yin was a highlight. Already looking at Bali!")])
    c("genuine", "long_standing_friend", "en", "old friend catch-up",
      [("bella", "2024-08-08 22:15", "Oi stranger! Are you back from Bali yet? Coffee when I'm down in Byron next week?"),
       ("me", "2024-08-09 06:50", "Back and freezing haha. YES. Thursday? I'll shout"),
       ("bella", "2024-08-09 07:10", "Thurs! x")])
    c("genuine", "former_colleague", "en", "physio ex-colleague refers a patient to classes",
      [("dan", "2024-03-18 12:30", "Hey Bec, hope the retreats are going gangbusters. I've got a patient, post-ACL, who'd benefit from a gentle yin class. Still running Suffolk Park Tuesdays? Mind if I send her your way?"),
       ("me", "2024-03-18 17:00", "Danny! Yes still Tuesdays 6pm. Send her along, I'll keep an eye on the knee. Miss the Lismore lunches"),
       ("dan", "2024-03-18 17:30", "Ha the pies were better than the lunches. Cheers!")])
    c("genuine", "journalist_feature", "en", "magazine editor wants to feature the retreat (no fee)",
      [("olivia", "2024-07-16 10:00", "Hi Bec, I'm putting together a feature on small-group retreats in Bali for our summer issue and one of our readers recommended you. Could I ask you 5 questions by email and use two photos? No cost, of course - it's editorial."),
       ("me", "2024-07-16 14:30", "Hi Olivia, I'd be honoured. Fire away - and Lani Hooper's shots are all licensed for press, I'll send a few."),
       ("olivia", "2024-07-17 09:10", "Wonderful, questions sent to your email. Deadline is 2 August.")])
    c("genuine", "podcast_invite_genuine", "en", "long-standing podcast host invites her for an episode, free",
      [("matt", "2024-04-10 08:00", "Bec! We've been saying it for a year - come on the pod. Topic: why you went from physio to retreats, and your take on injuries in yoga. I'll come to you, recorder in a backpack."),
       ("me", "2024-04-10 12:20", "Haha ok ok, you've worn me down. Any Wednesday in May?"),
       ("matt", "2024-04-10 12:45", "15 May, your place, I'll bring the banana bread")])
    c("genuine", "event_invitation_contact", "en", "community organiser invites her to run a class at makers market",
      [("nina", "2024-10-05 16:00", "Hi Bec, the Makers Collective summer market is 7 Dec. Would you like to run a free 30 min sunrise class on the green again? Last year's was our most photographed moment haha. We'll give you a stall for retreat flyers."),
       ("me", "2024-10-06 08:30", "Count me in! Same spot by the fig tree?"),
       ("nina", "2024-10-06 08:45", "Same fig, same chaos")])
    c("genuine", "guest_question_spam_folder", "en", "real past guest asking to rebook ended up in spam",
      [("tash", "2024-10-22 20:05", "Hi Bec, it's Tash from Sidemen last June - the one who fell in the rice paddy lol. My partner wants to come this time. Is there a couple's room for July 2025 and what would it cost? Sorry if this is the wrong place to ask!")],
      folder="SPAM")
    c("genuine", "venue_chef_menu", "en", "head chef at Ubud venue plans the menu",
      [("made", "2024-10-12 11:00", "Hi Bec, for March group I make new menu. You want again the tempeh rendang night? Also 2 guests gluten free I think? Please confirm."),
       ("me", "2024-10-12 19:00", "Made!! Yes please the rendang night is famous now. 3 gluten free actually, one dairy free. Terima kasih!"),
       ("made", "2024-10-13 08:00", "Ok noted 3 GF 1 DF. Sampai jumpa")])
    c("genuine", "guest_transfer_request", "en", "guest injured, asks to transfer booking",
      [("jo", "2024-02-05 09:45", "Hi Bec, I broke my wrist (bike, don't ask). Is there any chance I can move my March Ubud spot to the Sidemen retreat in July?"),
       ("me", "2024-02-05 12:00", "Oh no Jo! Of course, that's what the transfer is for. Moved you to July. Rest up and no downward dogs for a while!"),
       ("jo", "2024-02-05 12:30", "You're the best, thank you")])
    c("genuine", "sponsor_renewal", "en", "existing kombucha sponsor renews with new terms",
      [("kombu", "2024-09-18 14:00", "Hey Bec! Time flies - our sponsorship deal ends in December. We'd love to renew for 2025: product for every guest welcome pack plus a $1,500 fee per retreat for the Fizzgig tasting session. One ask: 2 stories per retreat instead of 1. Thoughts?"),
       ("me", "2024-09-19 09:00", "Hey Ellie, love working with you guys. 2 stories is fine, but I'd keep the tasting optional for guests. Send over the contract and I'll have a look."),
       ("kombu", "2024-09-19 09:30", "Totally fine. Contract coming your way!")])
    c("genuine", "owner_invites_creator", "en", "owner invites a slow-travel creator as content partner",
      [("me", "2024-07-29 19:45", "Hi Ruby, thanks for connecting! I run small retreats in Sidemen and your Flores series is exactly the vibe. Would you want to join the July retreat as a guest in exchange for a few honest posts? No script."),
       ("ruby", "2024-07-30 08:20", "Hi Bec! That's so kind. I only post about places I'd actually recommend, so honest really means honest haha. Could I bring my partner and pay for his spot?"),
       ("me", "2024-07-30 09:00", "Of course, and I wouldn't want it any other way. Partner rate is $2,100 for him."),
       ("ruby", "2024-07-30 09:30", "Perfect, let's do it")])
    c("genuine", "insurance_premium_change", "en", "existing broker flags public liability premium increase",
      [("gareth", "2024-06-03 10:00", "Hi Bec, renewal time for your public liability and professional indemnity. The underwriter has loaded the overseas activities component, so the premium is up from $1,860 to $2,140. I've asked a second insurer for comparison. Want me to hold off binding till I hear back?"),
       ("me", "2024-06-03 13:10", "Yes please hold off, thanks Gareth. Let me know what the other one says."),
       ("gareth", "2024-06-10 11:00", "Second quote came in at $1,990 with same cover. Recommend we switch. OK?"),
       ("me", "2024-06-10 11:30", "Go for it!")])
    c("genuine", "supplier_transfers", "en", "Bali driver confirms transfers and price",
      [("me", "2024-10-20 09:00", "Hi Komang! March group again, 14 people, airport to Ubud on 8 March around 2pm, back 15 March. Same price as last year?"),
       ("komang", "2024-10-20 14:30", "Halo Bu Bec! Yes can. Two Hiace, 1.400.000 each way per van, little bit up because petrol. OK?"),
       ("me", "2024-10-20 15:00", "OK deal. See you in March!")])
    c("genuine", "partner_addon_pricing", "en", "surf school partner sets price for add-on lessons",
      [("cody", "2024-01-12 07:30", "G'day Bec, for your Feb retreat, surf lessons at Tallows for your mob would be $65pp for 2 hours, boards and wetties included. Minimum 6. Keen?"),
       ("me", "2024-01-12 10:00", "Keen! Put us down for Saturday 7am. I'll confirm numbers Thursday."),
       ("cody", "2024-01-12 10:05", "Sweet as")])
    c("genuine", "studio_hire", "en", "studio owner quotes room hire for a workshop",
      [("me", "2024-08-25 16:00", "Hi Steph, could I hire the big room for a Sunday arvo workshop on 13 Oct, 2-5pm? What's the rate now?"),
       ("steph", "2024-08-25 20:15", "Hi love! $55/hr, or $150 flat for 3hrs if you let my teachers join free :) 13 Oct is open."),
       ("me", "2024-08-26 07:10", "Flat rate and your teachers are very welcome. Booking it!")])
    c("genuine", "mentor_long_standing", "en", "former teacher trainer, long-standing mentor",
      [("annie", "2024-03-01 09:00", "My darling Bec, I'm finally retiring from running trainings next year. I'd love to talk to you about taking over the anatomy module for the Byron school. No rush. Love, A"),
       ("me", "2024-03-01 12:00", "Annie!! That would be a huge honour. Can I buy you lunch at The Farm and talk about it?"),
       ("annie", "2024-03-01 13:00", "Only if there's cake")])
    c("genuine", "accountant_gst", "en", "her accountant about BAS and GST on Bali packages",
      [("rob", "2024-07-20 10:00", "Hi Bec, doing your BAS. Quick one: the Sidemen retreat income - were those packages sold to Aussie residents and paid into the CBA account? Affects the GST treatment on the accommodation component."),
       ("me", "2024-07-20 11:30", "Hi Rob, yes all Aussies except two Kiwis, all into CBA. I'll send the Retreatly payout report."),
       ("rob", "2024-07-20 11:45", "Perfect, thanks.")])
    c("genuine", "gift_voucher_purchase", "en", "guest wants to buy a gift voucher",
      [("liam", "2024-11-02 19:00", "Hi Bec, Liam from the Byron retreat last year. I want to buy my wife a weekend retreat as a Christmas present. Do you do gift vouchers? Budget around $900."),
       ("me", "2024-11-03 08:15", "Hi Liam, what a gift! Yes - vouchers are valid 18 months. The spring Byron weekend is $890. I'll send a payment link and a printable voucher."),
       ("liam", "2024-11-03 08:40", "Legend, thanks")])
    c("genuine", "owner_asks_peer", "en", "owner asks a peer organiser for a Sri Lanka venue tip",
      [("me", "2024-02-14 10:00", "Hi Tara, hope the season's been good! I'm toying with a Sri Lanka retreat for 2026 - any venue near Weligama you'd trust with 14 people?"),
       ("tara", "2024-02-15 07:00", "Hi Bec! Try Kanda Lodge - family run, great shala, they understand yoga groups. Tell them I sent you. Happy to share my supplier list too."),
       ("me", "2024-02-15 08:00", "You're an angel, thank you!")])
    c("genuine", "owner_hires_sound_healer", "en", "owner asks sound healer for rate for retreat session",
      [("me", "2024-04-02 09:00", "Hi Bryn, thanks for connecting! Would you do a gong bath for my May retreat at Koonyum (16 people), Saturday evening? What's your fee?"),
       ("bryn", "2024-04-02 16:00", "Hi Bec, lovely. For a 75-minute session up to 20 people it's $480 including travel from Mullum. I bring everything."),
       ("me", "2024-04-02 17:00", "Booked, 18 May 6:30pm. Thank you!")])
    c("genuine", "festival_invitation", "en", "festival program director invites her to teach",
      [("mira", "2024-06-12 12:00", "Hi Bec, we'd love you back on the program for the Wellness Fest in September - the plastic-free retreats talk plus one morning class. Same honorarium as last year ($400) and two guest passes."),
       ("me", "2024-06-12 14:00", "Yes! Thanks Mira. Could the talk be in the afternoon slot? Mornings are for the class."),
       ("mira", "2024-06-12 14:30", "Done - 2pm Saturday.")])
    c("genuine", "alumni_group", "en", "group chat of the Ubud retreat alumni",
      [("jo", "2024-04-02 18:00", "Who's coming to the Byron reunion picnic?? Bringing my famous pavlova"),
       ("tash", "2024-04-02 18:20", "Me! Bec are you teaching a little flow first?"),
       ("me", "2024-04-02 19:00", "Of course! 10am at Tallow, picnic after. Bring a mat or a towel")],
      title="Ubud crew 2023 \U0001F33A", extra=["liam"])
    c("genuine", "guest_dietary_followup", "en", "new guest with allergy question",
      [("sophie", "2024-10-03 08:00", "Hi Bec, just booked the July Sidemen retreat! I have a nut allergy (anaphylactic). Is the kitchen ok with that?"),
       ("me", "2024-10-03 09:30", "Hi Sophie, welcome! Yes, Wayan's kitchen has handled it before. I'll brief them and we'll keep an EpiPen in the first aid kit as well as yours."),
       ("sophie", "2024-10-03 10:00", "Such a relief, thank you")])
    c("genuine", "venue_manager_long_standing", "en", "long-standing Sidemen villa manager",
      [("wayan", "2024-09-01 07:00", "Om swastiastu Bec. Rainy season start early this year, the road to villa have small landslide but already fix. July dates are fine. Also we build new shala roof, more wide now!"),
       ("me", "2024-09-01 10:00", "Om swastiastu Wayan! Glad the road is fixed. Can't wait to see the new roof. Salam to your family.")])
    c("genuine", "guest_referral", "en", "marketing friend refers colleagues to a retreat",
      [("zahra", "2024-08-14 21:00", "Bec! Three girls from my work want to do your Byron spring weekend. Do you do a group discount if they book together?"),
       ("me", "2024-08-15 07:30", "Hey Zahra! 10% off for 3+ booking together. Tell them to use code ZAHRA at checkout :)"),
       ("zahra", "2024-08-15 08:00", "They're going to lose it, thank you!")])

    # ------------------------------------------------------------ wanted pitches
    c("wanted_pitch", "videographer_read_post", "en", "videographer refers to her post about sunrise light in Ubud",
      [("hugo", "2024-08-13 08:00", "Hi Bec, thanks for accepting. Your post last week about never managing to capture what the 6am light does in the Taman Lumut shala stuck with me - that east-facing bamboo wall is brutal for phones. I shoot small retreats around Ubud and Sidemen, quietly, no drones over people doing savasana. If you're in Ubud in March I could come for the sunrise session and one evening, and you'd get a 90s film plus stills. Happy to send two examples from similar shalas.")])
    c("wanted_pitch", "booking_software_site_visit", "en", "booking software founder noticed her Google Form plus bank transfer deposit flow",
      [("anouk", "2024-09-21 09:30", "Hi Bec, I went through your booking process on saltandfrangipani as if I were a guest: Google Form, then an email with bank details, then a manual confirmation a day later. I'm guessing you're reconciling deposits by hand, and in two currencies for the Bali trips. We built Shalabook for exactly this size (10-20 guests, deposits, room types, waitlist). Would a 20-minute screen share be useful? No pressure if the spreadsheet is working."),
       ("me", "2024-09-22 19:00", "Ha, you've caught me. The spreadsheet is very much not working. Do you handle transferable deposits?"),
       ("anouk", "2024-09-23 08:00", "Yes - deposit credit moves with the guest to another date. I'll show you Thursday if that suits?")])
    c("wanted_pitch", "insurance_read_article", "en", "retreat insurer read her blog article about a guest evacuation",
      [("tess", "2024-07-05 11:00", "Hi Rebecca, I read your piece on the Salt & Frangipani journal about the guest who needed evacuating from Nusa Penida last year and how long it took to sort out whose travel insurance covered what. That gap between the guest's own policy and the organiser's liability is exactly what our group retreat policy covers - evacuation is coordinated centrally, not guest by guest. If useful I can send a one-page comparison with what a typical PL policy leaves out for Bali activities.")])
    c("wanted_pitch", "venue_mutual_contact", "en", "Sidemen villa owner mentions Wayan by name",
      [("putu", "2024-06-28 15:00", "Hello Bec, my name is Putu, I own Omah Jati, two valleys over from Rumah Padi. Wayan is my cousin and he told me Rumah Padi cannot take your group in August because of the wedding booking. We have 8 rooms, a shala for 18 and our kitchen can cook plant-based. If you want I can send photos and our group rate, or you can ask Wayan about us first :)"),
       ("me", "2024-06-28 20:00", "Hi Putu! Wayan did mention you. Yes please send photos and the rate for 10-17 August.")])
    c("wanted_pitch", "mats_heard_talk", "en", "mat supplier heard her festival talk on plastic-free retreats",
      [("leah", "2024-09-26 08:00", "Hi Bec, thanks for connecting. Your talk at the Wellness Fest made me rethink our packaging - especially the bit about guests leaving PVC mats behind in Bali because they don't fit in luggage. We make cork and natural rubber travel mats, 1.5mm, that fold. I'd love to offer you a retreat set of 16 at wholesale so guests can use them on-site and you never need loaner PVC mats again. Could I send you one to try first?")])
    c("wanted_pitch", "recruiter_relevant_role", "en", "resort recruiter offers a seasonal guest-teacher contract matching her profile",
      [("ines", "2024-10-08 10:00", "Hi Rebecca, I run guest experience at Sumbawa Sea Lodge (12 rooms, opened last year). We're looking for a lead teacher for two 3-week residencies in 2025 - someone who can teach and also understands bodies, which is why your physio background jumped out. Your retreats run March and July, so I'd suggest May and October to avoid clashes. Fee is USD 3,800 per residency plus flights and a villa. Would you be open to a chat?")])
    c("wanted_pitch", "farm_supplier_local", "en", "hinterland produce co-op knows her Byron retreat uses a caterer",
      [("morgan", "2024-03-20 09:00", "Hi Bec, Morgan from Hinterland Harvest in Federal. I saw on your retreat page that the Koonyum weekends are catered by Jules from Green Ant Kitchen - we already supply Jules on Fridays. If you wanted a 'meet the farmer' morning for your guests we could host a small farm walk on the Saturday, 30 minutes from Koonyum, and Jules could cook from what they pick. Just an idea, happy to chat.")])
    c("wanted_pitch", "bookkeeper_specific_problem", "en", "bookkeeper names her GST question on overseas packages",
      [("yasmin", "2024-08-02 14:00", "Hi Bec, you asked on LinkedIn last month whether GST applies to the accommodation part of your Bali retreats when the guests are Australian. Short answer: it depends how the package is structured, and most retreat hosts I see are over-paying on the overseas component. I'm a bookkeeper who only works with travel and retreat businesses. Not trying to poach you from your accountant - I often work alongside them. Would a 15-min chat to look at your package structure be helpful?")])
    c("wanted_pitch", "cultural_guide_itinerary", "en", "Balinese guide references her itinerary and the water temple day",
      [("gede", "2024-05-15 10:00", "Om swastiastu Bec, I saw on your March itinerary that you visit Tirta Empul on day 4. In March that temple is very crowded with tour buses after 9am. I guide small groups to a smaller family spring temple near Sebatu, with a local pemangku (priest) who explains the melukat ceremony properly, and proper sarongs for everyone. Many of your guests maybe will prefer it quieter. I can show you next time you are in Ubud, no charge for this.")])
    c("wanted_pitch", "studio_space_public_notice", "en", "studio manager read the council notice about the hall closure",
      [("abby", "2024-10-15 12:00", "Hi Bec, thanks for connecting. I saw the Byron Shire notice that Suffolk Park Hall closes for renovations from February to June - I know you run your Tuesday classes there. The Loft is 5 minutes away and we have Tuesday 6pm free. We'd do a community rate of $35/hr for the closure period so your regulars don't have to scatter. Happy to show you the room whenever.")])
    c("wanted_pitch", "web_dev_tools_setup", "en", "Squarespace dev spotted her site setup and the broken mobile booking button",
      [("kai", "2024-06-11 09:00", "Hi Bec, I build on Squarespace only. Tried booking on your site from my phone and the 'Reserve my spot' button on the Ubud page sits under the cookie banner on iPhones, so it can't be tapped. It's a 10-minute CSS fix and I'm happy to just tell you the line. If you ever want the retreat pages templated so adding a new date doesn't mean copying a whole page, that's what I do for a living.")])
    c("wanted_pitch", "sponsor_reef_safe", "en", "reef-safe sunscreen brand references her welcome pack and surf morning",
      [("rosa", "2024-04-22 11:00", "Hi Bec, I noticed in your Byron retreat reel that the welcome pack already has Fizzgig and a linen bag, and that the Saturday includes surf at Tallows. We're a small Northern Rivers reef-safe sunscreen brand and would love to add a full-size zinc for every guest, free, plus a donation of $5 per guest to Cape Byron marine rescue. No posting requirements. Would that fit?")])

    # ------------------------------------------------------------ junk
    c("junk", "generic_seo", "en", "generic SEO pitch",
      [("rankly", "2024-10-02 04:10", "Hi, I was looking at your website and noticed it is not ranking on the first page of Google for important keywords. We are a team of 50+ SEO experts and can bring your site to page 1 within 3 months with guaranteed results. Can I send you a free audit report? Regards, Arjun")])
    c("junk", "off_topic_product", "en", "commercial LED lighting off-topic",
      [("solar", "2024-07-12 10:00", "Hi Rebecca, businesses like yours are cutting energy bills by up to 60% by switching to commercial LED high-bay lighting with government rebates. Do you own or lease your premises? I can arrange a free site assessment this week.")])
    c("junk", "same_offer_as_owner", "en", "another retreat pitching their own Bali retreat to her",
      [("bliss", "2024-09-03 12:00", "Hi beautiful soul! ✨ Are you ready to reconnect with YOU? Join our 7-day Bali Awakening Retreat in Ubud this March - yoga, sound healing, cacao ceremony and more. Early bird 20% off ends Friday! Only 4 spots left. Reply 'BLISS' for the brochure 🌺")])
    c("junk", "capacity_for_clients", "en", "lead-gen asks if she has capacity for new clients, connect-then-pitch",
      [("leadflow", "2024-10-21 07:00", "Hi Bec, quick question - do you have capacity to take on 10-15 new retreat guests next quarter? We work with wellness businesses and have a list of pre-qualified clients actively searching. Worth a chat?")])
    c("junk", "like_minded_entrepreneurs", "en", "like-minded entrepreneurs connect then crypto-ish pitch",
      [("kyle", "2024-07-02 08:00", "Hey Rebecca! Thanks for connecting. Always great to meet like-minded entrepreneurs who are crushing it 🔥 What's the biggest challenge in your business right now?"),
       ("kyle", "2024-07-05 08:00", "Anyway, I've been helping a few founders build a second income stream through a private investment community. Returns have been insane this year. Would you be open to hearing more?")])
    c("junk", "quick_call", "en", "quick 15-minute call",
      [("tyler", "2024-08-27 15:30", "Hi Rebecca, I'll keep it short. We help service businesses automate their client onboarding and save 10+ hours per week. Do you have 15 minutes this Thursday or Friday for a quick call? Here's my calendar link: calendly.example/tyler-vance")])
    c("junk", "connect_then_pitch_after_reply", "en", "small talk, owner replies, then marketing pitch",
      [("sienna", "2024-09-10 09:00", "Hi Bec! Thanks for connecting 😊 I spend a lot of time in Byron too - do you have a favourite café?"),
       ("me", "2024-09-10 12:00", "Hi Sienna! Hard to beat Bayleaf for coffee, haha"),
       ("sienna", "2024-09-12 09:00", "Ooh good shout! So the reason I reached out: I run Elevate Wellness Marketing and we help retreat leaders sell out every event with our signature Soul-Led Launch framework. Would you be open to a discovery call next week? We have two spots left for October onboarding.")])
    c("junk", "connect_then_pitch_finance", "en", "connect then wealth advisor pitch in message 2",
      [("jared", "2024-08-21 09:00", "Hi Rebecca, thanks for connecting. Hope you're having a great week!"),
       ("jared", "2024-08-23 09:00", "As a successful business owner you've probably thought about tax-effective ways to grow your wealth. I help small business owners structure their super and investments. Are you free for a no-obligation chat?")])
    c("junk", "connect_then_pitch_mlm", "en", "MLM essential-oils business opportunity after compliments",
      [("dee", "2024-06-11 10:00", "Hey lovely! I just came across your profile and had to say hi 💕 How long have you been teaching?"),
       ("me", "2024-06-11 20:00", "Hi Deanna, about 9 years now!"),
       ("dee", "2024-06-12 07:30", "Amazing!! I knew you had that spark. I'm actually building a team of wellness-minded women with an essential oils brand and you'd be PERFECT. It's a business you can run alongside your yoga. Can I send you a quick video?"),
       ("dee", "2024-06-17 07:30", "Hey hun, just bumping this up in case you missed it! 🌿")])
    c("junk", "off_topic_app_dev", "en", "generic app development agency",
      [("raj", "2024-05-14 03:20", "Dear Sir/Madam, Greetings from Appsmith Solutions! We are a leading IT company offering mobile app development, web development, digital marketing and software solutions at very competitive prices. Please let us know your requirements. Thanks & Regards, Rajesh")])
    c("junk", "template_fill_retreats", "en", "template 1/5: fill your retreats with high-ticket guests",
      [("olly", "2024-08-05 06:00", "Hi Bec, I help retreat leaders fill every retreat with 12+ high-ticket guests in 60 days - without paid ads or burning out on Instagram. We just helped a Bali retreat sell out in 3 weeks. Open to seeing how it could work for Salt & Frangipani?")])
    c("junk", "template_fill_retreats", "en", "template 2/5: same offer, varied wording",
      [("t2", "2024-08-19 07:15", "Hey Rebecca, I help retreat hosts fill their retreats with 15+ premium guests in 90 days - no paid ads, no posting every day. One of my clients in Bali sold out in 4 weeks. Would you be open to seeing how this could work for your retreats?")])
    c("junk", "template_fill_retreats", "en", "template 3/5",
      [("t3", "2024-09-02 05:40", "Hi Bec! I help yoga retreat leaders fill every single retreat with 10+ high-paying guests within 60 days, without ads or burnout. Just helped a retreat in Tulum sell out in 3 weeks 🙌 Open to a quick look at how it could work for Salt and Frangipani Retreats?")])
    c("junk", "template_fill_retreats", "en", "template 4/5 with follow-up bump",
      [("t4", "2024-09-16 06:30", "Hi Rebecca, we help retreat organisers fill their retreats with 12+ high-ticket guests in 60 days, no paid ads. A Byron client of ours sold out in 3 weeks. Open to seeing how it could work for you?"),
       ("t4", "2024-09-23 06:30", "Hi Rebecca, just floating this back to the top of your inbox :)")])
    c("junk", "template_fill_retreats", "en", "template 5/5, Australian-slang version",
      [("t5", "2024-10-07 08:00", "G'day Bec! I help retreat leaders pack out every retreat with 12+ high-ticket guests in 60 days - no ads, no burnout. Just helped a Bali retreat sell out in 3 weeks. Keen to see how it'd work for Salt & Frangipani?")])
    c("junk", "merge_tag_failure", "en", "unfilled {first_name} tag",
      [("mt1", "2024-07-23 01:00", "Hi {first_name}, I noticed {company_name} is growing fast! Zenith Booking Systems helps studios like yours manage class bookings, memberships and payments in one place. Can I show you a quick demo?")])
    c("junk", "merge_tag_failure", "en", "wrong name and wrong company",
      [("mt2", "2024-06-04 09:00", "Hi Rachel, loved what you're doing at Sunrise Pilates Studio! LangMedia helps boutique fitness brands triple their social reach. Do you have time for a quick chat next week?")])
    c("junk", "merge_tag_failure", "en", "bracketed [Company] placeholder",
      [("mt3", "2024-05-29 22:00", "Hi Rebecca, I've been following [Company] for a while and I think your story deserves to be told in the media. Pure Presence PR secures features in top-tier publications for wellness founders. Packages from $2,500/month. Interested?")])
    c("junk", "merge_tag_failure", "en", "placeholder {{industry}} left in VA pitch",
      [("mt4", "2024-04-16 05:00", "Hello Rebecca, are you spending too much time on admin in your {{industry}} business? Our trained virtual assistants start from $8/hr and can handle email, bookings and social media. Let me know if you'd like a free trial week.")])
    c("junk", "sponsored_inmail", "en", "sponsored business bank InMail",
      [("sp1", "2024-08-15 12:00", "<p>Hi Rebecca,</p><p>Running a growing business? Ascend Business Bank gives you a fee-free transaction account, instant invoicing and 4.75% p.a. on your business savings.</p><p>Open an account in 10 minutes &amp; get $200 cashback.</p>")],
      title="Sponsored Conversation", subject="Get $200 cashback on your business account")
    c("junk", "sponsored_inmail", "en", "sponsored payments InMail",
      [("sp2", "2024-10-09 12:00", "<p>Hi Rebecca,</p><p>Take payments in 135+ currencies with Payloom. Perfect for businesses selling internationally.</p><p>Join 40,000 businesses &mdash; sign up free today.</p>")],
      title="Sponsored Conversation", subject="Get paid in any currency")
    c("junk", "paid_award", "en", "paid award listing fee",
      [("award", "2024-09-25 10:00", "Dear Rebecca, congratulations! Salt & Frangipani Retreats has been shortlisted for the APAC Wellness Awards 2024 in the category 'Best Boutique Retreat Provider'. To confirm your place and receive your winner's logo and trophy, a one-off recognition fee of AUD 495 applies. Please confirm by 5 October."),
       ("award", "2024-10-03 10:00", "Dear Rebecca, a gentle reminder that your shortlisting expires on 5 October. Don't miss this opportunity to showcase your achievement!")])
    c("junk", "paid_podcast_slot", "en", "paid podcast guest slot",
      [("pod", "2024-05-08 16:00", "Hi Rebecca, our team thinks your story would inspire our 200k+ listeners on The Empowered CEO Show! We have a few guest slots open for next month. There's a small production investment of $997 which includes a professionally edited episode and promo clips. Shall I send the booking link?")])
    c("junk", "paid_feature", "en", "paid magazine feature",
      [("mag", "2024-06-26 09:00", "Hello Rebecca, Luxe Living Asia is preparing a special section on 'Asia's Most Inspiring Wellness Founders'. We'd love to include you with a full-page profile. Our editorial package starts at USD 1,200. Can I send the media kit?")])
    c("junk", "fluent_generic_names_company", "en", "fluent pitch naming her company but fits anyone",
      [("fluent", "2024-10-16 08:00", "Hi Bec, I've been following Salt & Frangipani Retreats and love the calm, intentional brand you've built. Businesses at your stage often hit a ceiling where word of mouth isn't enough to keep growing predictably. At Meridian we partner with founder-led brands to build scalable growth systems across content, paid and CRM. Would you be open to a conversation about where you want the business to be in 12 months?")])
    c("junk", "generic_photographer", "en", "generic counterpart to the videographer pitch",
      [("photo", "2024-08-30 11:00", "Hi, we are a professional photography and videography team providing high quality content for businesses of all sizes. Product shoots, corporate headshots, events and more. Affordable packages available. Let us know if you are interested!")])
    c("junk", "generic_booking_software", "en", "generic counterpart to the booking software pitch",
      [("bookx", "2024-09-24 14:00", "Hi Rebecca, are you still managing bookings manually? BookingHive is the #1 all-in-one booking platform trusted by 10,000+ businesses. Salons, gyms, clinics and more. Start your free 14-day trial today!"),
       ("bookx", "2024-10-01 14:00", "Hi Rebecca, following up on my last message. Did you get a chance to look at BookingHive?"),
       ("bookx", "2024-10-08 14:00", "Last try - happy to close the loop if now isn't the right time!")])
    c("junk", "generic_insurance", "en", "generic counterpart to the retreat insurance pitch",
      [("insx", "2024-07-09 10:00", "Hi Rebecca, traveling soon? SafeTrip Direct offers comprehensive travel insurance at unbeatable prices. Get a quote in 60 seconds and save 15% with code LINKEDIN15.")])
    c("junk", "generic_web_design", "en", "generic counterpart to the Squarespace pitch",
      [("webx", "2024-06-19 02:30", "Hello, I hope you are doing well. I am a web designer and I can redesign your website with modern look, mobile friendly and SEO optimized. I have 8 years experience. Price is very reasonable. Can I share my portfolio?")])
    c("junk", "generic_bookkeeping", "en", "generic counterpart to the GST bookkeeper pitch",
      [("bkx", "2024-08-09 09:00", "Hi Rebecca, tax time stress? TaxEase Online lodges your business tax return from just $199. Fast, easy and 100% online. Book a free consultation today!")])
    c("junk", "generic_villa_rental", "en", "generic counterpart to the Sidemen villa pitch",
      [("villax", "2024-07-03 08:00", "Hello dear, we have many luxury villas in Bali for rent - Seminyak, Canggu, Uluwatu. Daily, monthly, yearly. Private pool, best price guarantee. Contact us for catalog on WhatsApp!")])
    c("junk", "influencer_free_stay", "en", "influencer asks for a free stay with a generic template",
      [("infl", "2024-09-29 13:00", "Hey there! 🌸 I'm a lifestyle & travel creator with 14k engaged followers. I love your brand and would love to collaborate! In exchange for a complimentary stay for me and my partner, I can offer 3 reels, 5 stories and a dedicated post. Let me know if you're interested! xx")])
    c("junk", "crypto_pitch", "en", "crypto education pitch",
      [("crypto", "2024-03-22 18:00", "Hi Rebecca, have you ever considered making your money work for you while you sleep? I teach busy professionals how to trade crypto with just 20 minutes a day. Free masterclass this Sunday - want the link?")])
    c("junk", "generic_va", "en", "generic virtual assistant pitch",
      [("va2", "2024-02-28 03:00", "Hello! I am an experienced virtual assistant offering admin support, data entry, email management and social media. I am hardworking and reliable. I hope we can work together!")])
    c("junk", "follow_up_bump", "en", "merchant services pitch with bumps and no reply",
      [("bump", "2024-05-06 09:00", "Hi Rebecca, we're helping small businesses cut card processing fees by up to 40%. Can I run a free comparison on your last statement?"),
       ("bump", "2024-05-13 09:00", "Hi Rebecca, just checking you saw my note?"),
       ("bump", "2024-05-27 09:00", "Hi Rebecca, I'll assume the timing isn't right. Feel free to reach out anytime.")])
    c("junk", "connect_then_pitch_coaching", "en", "connect then coaching pitch in message 3",
      [("cpt2", "2024-10-31 09:00", "Hi Bec, great to be connected! Love seeing women building in the wellness space 🙌"),
       ("cpt2", "2024-11-02 09:00", "Are you heading to any events this summer?"),
       ("cpt2", "2024-11-04 09:00", "By the way, I run a 12-week mastermind for wellness business owners ready to hit their first $250k year. Next intake starts in January - want me to send through the details?")])
    c("junk", "off_topic_gym_equipment", "en", "commercial gym equipment pitch",
      [("gym", "2024-04-24 11:00", "Hi Rebecca, outfitting a new facility? IronCore supplies commercial-grade racks, treadmills and free weights with 0% finance for 24 months. Request our 2024 catalogue today.")])
    c("junk", "generic_ai_chatbot", "en", "generic AI chatbot pitch",
      [("llm", "2024-10-28 07:00", "Hi Rebecca, 78% of customers expect an instant answer. SmartChat AI answers your website enquiries 24/7 and books them straight into your calendar. Setup takes 5 minutes. Want a free trial?")])
    c("junk", "generic_promo_products", "en", "promotional merch pitch",
      [("printx", "2024-03-05 10:00", "Hi there, looking for branded merchandise for your next event? Custom drink bottles, tote bags, lanyards and more - no minimum order on selected items. Get 10% off your first order.")])


def build() -> Export:
    owner = Person("me", "Rebecca Hollings", "https://www.linkedin.com/in/rebecca-hollings-yoga")
    export = Export(SLUG, "2024", owner)
    people(export)
    conversations(export)
    return export


def main() -> None:
    export = build()
    export.write(OUT, PROFILE, POSITIONS, SKILLS)
    print(export.summary())


if __name__ == "__main__":
    main()

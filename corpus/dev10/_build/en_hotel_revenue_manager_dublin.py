"""dev10 persona (written blind as heldout15, session 3): Clodagh Maguire, revenue manager of a 4-star city hotel in Dublin.

Written blind to the detector's code (session 3). 2018 export layout, English only apart
from one German copy of a mass template. All texts are invented and written by hand here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-hotel-revenue-manager-dublin"
OUT = Path(__file__).resolve().parents[1] / SLUG

ex = Export(SLUG, "2018", Person("me", "Clodagh Maguire",
                                  "https://www.linkedin.com/in/clodagh-maguire-rev",
                                  "The Halpenny Hotel", "Revenue Manager"))
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people: colleagues and contacts
P("declan", "Declan Furlong", "The Halpenny Hotel", "General Manager", connected="2015-03-02")
P("ronan", "Ronan Tierney", "The Halpenny Hotel", "Director of Sales", connected="2015-04-19")
P("siobhan", "Siobhán Kehoe", "The Halpenny Hotel", "Front Office Manager", connected="2016-01-11")
P("aisling", "Aisling Daly", "The Halpenny Hotel", "Reservations Supervisor", connected="2016-06-30")
P("niamh", "Niamh Costigan", "Ashgrove House Hotel", "Revenue Manager", connected="2014-10-08")
P("padraig", "Pádraig Ó Súilleabháin", "Corrib Bay Hotel Galway", "General Manager", connected="2011-05-27")
P("orla", "Orla Fennelly", "Tideway Hotels", "Cluster Sales Manager", connected="2010-09-15")
P("gillian", "Gillian Roche", "Summit Congress Partners", "Senior Project Manager")
P("mattias", "Mattias Berg", "Brightwater Software", "Travel & Events Lead")
P("bernadette", "Bernadette Nolan", "", "")
P("karl", "Karl Oyelaran", "RateBridge", "Account Manager, UK & Ireland", connected="2016-02-22")
P("hannah", "Hannah Vos", "Booking.com", "Market Manager Dublin", connected="2017-01-16")
P("grainne", "Gráinne Walsh", "Harbourline Hospitality Search", "Principal Consultant", connected="2018-06-04")
P("tomas", "Tomás Reidy", "", "BSc Hospitality Management graduate")
P("marcy", "Marcy Hollander", "Emerald Trails Tours", "Contracting Manager", connected="2016-11-03")
P("thank1", "Eimear Costello", "The Quayside Lodge", "Revenue Analyst")
P("thank2", "Lorcan Fahy", "Fitzwilliam Court Hotel", "Reservations Manager")
P("thank3", "Sadhbh Mulvey", "Liberty Row Hotel", "Assistant Revenue Manager")
P("fiachra", "Fiachra Nally", "Meridian Point Hotel", "Revenue Manager", connected="2013-02-14")
P("deirdre", "Deirdre Kinsella", "Technological University Dublin", "Lecturer, Hospitality Management", connected="2017-09-21")
P("maeve", "Maeve Harrington", "", "", connected="2008-09-01")
P("colm", "Colm Brophy", "Hospitality Ireland Review", "Deputy Editor", connected="2017-05-10")
P("eoin", "Eoin Brady", "Dublin Revenue Network", "Chair", connected="2014-03-18")
P("emer", "Emer Gallagher", "Corrib Bay Hotel Galway", "Sales & Marketing Manager", connected="2012-07-07")
P("location", "Rory Cashin", "Greenlight Pictures", "Location Manager")
P("dmc", "Yvonne Delaney", "Shamrock Incentives DMC", "Head of Operations", connected="2015-08-12")
P("women", "Carmel Dunphy", "Women in Irish Hospitality", "Mentoring Lead", connected="2018-01-25")
P("intern", "Jakub Nowicki", "Hotel Carraig", "Night Manager", connected="2017-04-03")
P("owner", "Fergal Halpenny", "Halpenny Hotels Ltd", "Managing Director", connected="2015-03-05")
P("asker", "Lisa Cronin", "The Docklands Inn", "Revenue & Reservations Manager", connected="2018-02-12")
P("audit", "Brendan Keogh", "Keogh Revenue Advisory", "Principal", connected="2016-09-09")
P("lawpa", "Ciara Molloy", "Kirwan Hale Solicitors", "Office Manager", connected="2017-11-30")
P("visit", "Shane Whelan", "Dublin Convention Bureau", "Business Development Manager", connected="2016-05-05")
P("intro", "Úna Garvey", "Hotel & Catering Ireland", "Events Director", connected="2013-06-06")

# ---------------------------------------------------------------- people: pitches
P("w_loop", "Sinéad Treacy", "GuestLoop", "Co-founder")
P("w_data", "Darragh Kelleher", "", "Freelance data engineer")
P("w_web", "Ailbhe Rowan", "Pixel & Pint Studio", "UX Lead")
P("w_parity", "Martin Sheehy", "ParityHawk", "Hotel Partnerships")
P("w_groups", "Conor Redmond", "BlockBook", "Founder")
P("w_feas", "Helen Ashby", "Ashby Hospitality Advisory", "Director")
P("w_rms", "Pieter de Wit", "Yieldwise", "Sales Director EMEA")
P("w_recruit", "Neasa Kilbride", "Quarterdeck Executive Search", "Partner, Hospitality")
P("w_photo", "Ruairí Byrne", "", "Hotel photographer")
P("w_meta", "Olga Petrenko", "Metaroute", "Hotel Marketing Consultant")
P("w_gig", "Stephen Quigley", "Gigstay Packages", "Partnerships Manager")
P("w_interim", "Yasmin Farouk", "", "Interim Revenue Analyst")

P("j_seo", "Rahul Mehta", "RankRocket Digital", "Business Development Executive")
P("j_app", "Kevin Adebayo", "Appforge Labs", "Growth Manager")
P("j_va", "Jessa Ramos", "TaskBridge Staffing", "Client Relations")
P("j_solar", "Gary Leddy", "SunSmart Homes Ireland", "Energy Advisor")
P("j_crypto", "Alex Moreau", "", "Wealth Mentor")
P("j_dubai", "Tariq Hassan", "Marina Crest Properties", "Investment Consultant")
P("j_rooms", "Priya Nair", "Bedsphere Direct", "Corporate Accommodation Specialist")
P("j_capacity", "Dylan Marsh", "LeadHarbour", "Partnerships")
P("j_likeminded", "Brandon Kessler", "Kessler Ventures", "Serial Entrepreneur | Investor | Speaker")
P("j_15min", "Natalie Quinlan", "Voxley", "Account Executive")
P("j_ctp1", "Owen Marchetti", "StayScore", "Head of Sales UK&I",
  connected="2018-04-17", invite=("IN", "2018-04-16 21:14", ""))
P("j_ctp2", "Ciarán Lyster", "Hush Linen Services", "Business Development",
  connected="2018-07-03", invite=("IN", "2018-07-02 18:40", "Hi Clodagh, fellow Dub here, would love to connect!"))
P("j_ctp3", "Melissa Trent", "ChatNest AI", "Partnerships",
  connected="2018-09-10", invite=("IN", "2018-09-09 08:05", ""))
P("j_bump1", "Jordan Pike", "Upsello", "SDR")
P("j_bump2", "Fiona Laird", "Cleanroom Facilities Ltd", "Sales Manager")
P("t1", "Ethan Cole", "Growthwise Media", "Founder")
P("t2", "Sophie Turner-Hale", "Brightpeak Marketing", "Managing Partner")
P("t3", "Mark Devlin", "Leadlane", "Director")
P("t4", "Aaron Fisk", "Clickhouse Partners", "CEO")
P("t5", "Lukas Brenner", "Wachstumswerk GmbH", "Geschäftsführer")
P("m1", "Daniel Okafor", "PrintPro Solutions", "Sales Lead")
P("m2", "Rebecca Shaw", "Staffwell Recruitment", "Recruiter")
P("m3", "Hugo Lambert", "TableTap", "Business Development")
P("m4", "Chloe Anders", "Cloudfront IT Services", "Account Manager")
P("s1", "Cardvault Business", "", "", url="https://www.linkedin.com/company/cardvault-business")
P("s2", "Northwind MBA", "", "", url="https://www.linkedin.com/company/northwind-mba")
P("award", "Victoria Sands", "European Hospitality Excellence Awards", "Awards Director")
P("feature", "Paul Garrity", "Hospitality Leaders Quarterly", "Editorial Partnerships")
P("podcast", "Jasmine Holt", "The Hotelier Hour Podcast", "Guest Booking")
P("fluent", "Oliver Grant", "Revenuestack", "Senior Consultant")
P("j_rms", "Tanya Welch", "OptiRate RMS", "Business Development")
P("j_parity", "Igor Sokolov", "RateGuard Pro", "Sales")
P("j_webgen", "Mohammed Aziz", "WebCrafters Global", "Project Coordinator")
P("j_recruit", "Bethany Clarke", "Apex Talent Solutions", "Recruitment Consultant")
P("j_drone", "Liam Doherty", "SkyShot Media", "Owner")
P("j_mlm", "Kayleigh Morton", "", "Wellness Entrepreneur | Mum of 2")
P("j_meta", "Daniela Ruiz", "DirectBoost Hotel Marketing", "Growth Consultant")
P("j_webinar", "Sam Whitfield", "Hospitality Tech Summit Online", "Community Manager")

# ================================================================= GENUINE (35)
C("genuine", "colleague_budget", "en", "GM on 2019 budget, ADR and RevPAR targets; talks prices internally", [
    ("declan", "2018-09-18 08:12", "Morning Clodagh. Fergal wants the 2019 budget draft by the 5th. Can you have rooms revenue by segment ready for Thursday? He's asking about ADR for Q1, thinks we're leaving money on the table in Feb."),
    ("me", "2018-09-18 08:40", "Morning! Yes, Thursday is grand. Honestly Feb is soft because of the Six Nations timing next year, only one home match. I'll show him the pickup from last year so he sees it."),
    ("declan", "2018-09-18 08:43", "Perfect. And put in a line on the VAT change, if it goes back to 13.5 in the budget we need a plan."),
    ("me", "2018-09-18 09:01", "Already modelling both scenarios. Will have it on one page, promise."),
], subject="2019 budget")
C("genuine", "colleague_group_quote", "en", "DoS and RM debate displacement for a group quote", [
    ("ronan", "2018-08-02 14:20", "Pharma group came back, 45 rooms x 3 nights 16-18 Oct, they want 169 incl breakfast. Can we do it?"),
    ("me", "2018-08-02 14:55", "Not at 169. 17th is the Bruce Springsteen-level demand night, we'll sell transient at 230+. I can do 179 on 16th and 18th and 215 on the 17th, or 189 flat if they take the meeting room."),
    ("ronan", "2018-08-02 15:02", "Flat 189 with the room, I think they'll bite. Sending now"),
    ("me", "2018-08-02 15:04", "Go for it. Cut-off 30 days please, not 14 like last time!!"),
], subject="Pharma group Oct")
C("genuine", "client_quote_request", "en", "Conference organiser requests a quote for a room block; inbound lead buying", [
    ("gillian", "2018-06-12 10:31", "Dear Clodagh,\n\nI'm organising the European Society for Paediatric Nephrology meeting at the Convention Centre, 11-14 April 2019. We expect around 600 delegates and are looking for a block of 60 rooms for 3 nights close to the venue. Your colleague at the desk gave me your name.\n\nCould you send a quote incl. breakfast, with your attrition and cancellation terms?\n\nKind regards,\nGillian Roche\nSummit Congress Partners"),
    ("me", "2018-06-12 12:05", "Dear Gillian,\n\nThanks a million for thinking of us. We can offer 60 rooms (40 doubles, 20 twins) 11-14 April at €172 per room per night incl. breakfast and VAT. Attrition 20% up to 45 days out, full release at 30 days. I'll send the formal proposal by email this afternoon.\n\nWould you like to see the hotel when you're next in Dublin?\n\nBest,\nClodagh"),
    ("gillian", "2018-06-13 09:10", "Lovely, thank you. I'll be over on the 26th for the site visit at the CCD, could I drop in around 3pm?"),
    ("me", "2018-06-13 09:22", "Perfect, 3pm on the 26th. Ask for me at reception."),
], subject="Room block April 2019 - ESPN meeting")
C("genuine", "corporate_rate_rfp", "en", "Travel manager asks for a 2019 corporate rate; inbound buyer", [
    ("mattias", "2018-09-25 16:44", "Hi Clodagh, we're opening our Dublin office in January (about 40 people on Sir John Rogerson's Quay) and will have a lot of visitors from Stockholm. Would you be able to quote a corporate rate for 2019? Rough estimate 350 room nights a year, mostly Mon-Thu."),
    ("me", "2018-09-25 17:30", "Hi Mattias, congrats on the new office! For that volume I can offer a fixed 2019 rate of €149 Mon-Thu, €20 off BAR at weekends, last room availability excluded. Shall we jump on a call to go through it?"),
    ("mattias", "2018-09-26 08:02", "Sounds good. Thursday 10:00 Irish time?"),
    ("me", "2018-09-26 08:15", "Thursday 10:00 works. I'll send the invite."),
])
C("genuine", "wedding_block_inquiry", "en", "Mother of the bride asks for a room block; private inbound buyer", [
    ("bernadette", "2018-05-03 21:17", "Hello Clodagh, forgive me messaging you here, I couldn't get through on the phone. My daughter is getting married in St Audoen's on 7th September and we'd need about 20 rooms for guests coming from Boston. Is there any kind of group price? Many thanks, Bernadette Nolan"),
    ("me", "2018-05-04 09:05", "Hi Bernadette, not at all, and congratulations to your daughter! I can hold 20 rooms for the 6th and 7th September at €165 per night with breakfast, guests book with a code until 6 August. Would that suit?"),
    ("bernadette", "2018-05-04 11:40", "Oh that's wonderful, yes please. What do I need to do?"),
    ("me", "2018-05-04 11:52", "I'll email you the booking link and code today. Just forward it to the guests."),
], subject="Wedding guests September")
C("genuine", "vendor_price_change", "en", "Existing channel manager announces a fee increase; owner negotiates", [
    ("karl", "2018-10-01 11:00", "Hi Clodagh, hope the summer was good to you. Heads up before the official letter: from 1 January our per-property fee moves from €189 to €229/month, because of the new two-way PMS connector and the extra channels. Happy to talk it through."),
    ("me", "2018-10-01 13:26", "Hi Karl, thanks for telling me directly. 21% is a big jump. We've been with you since 2014 and never had a real outage, but I'll need something to bring to Declan. Can you do a 2-year lock at the old rate?"),
    ("karl", "2018-10-02 09:15", "I'll ask. I think I can get you €199 fixed for 24 months. Will confirm by Friday."),
], subject="Pricing 2019")
C("genuine", "ota_market_manager", "en", "OTA market manager arranges the quarterly review call", [
    ("hannah", "2018-07-09 10:20", "Hi Clodagh, time for our Q3 review. Your conversion dropped a bit on mobile since the photos changed, and I have some data on the August dates where you're closed out. Free Wed or Thu?"),
    ("me", "2018-07-09 10:48", "Hi Hannah, Thursday 2pm? And please bring the cancellation data by booking window, I want to see if the non-ref share changed."),
    ("hannah", "2018-07-09 11:02", "Thursday 2pm booked. Will do."),
])
C("genuine", "peer_joint_offer", "en", "Peer revenue manager proposes a joint package offer", [
    ("niamh", "2018-04-24 19:02", "Clo! Mad idea. The Theatre Festival people asked if we'd do a hotel+show package this October, but we only have 90 rooms. Want to go in on it together? Same price point, €145 B&B + 2 tickets, split the allocation 50/50. They'd take 15% on the ticket side."),
    ("me", "2018-04-24 19:40", "Not mad at all. Early October is soft for us midweek. I'd want Sun-Wed only and a cap of 10 rooms a night. Call tomorrow?"),
    ("niamh", "2018-04-24 19:42", "Deal. 11am? Bring coffee energy"),
    ("me", "2018-04-25 12:30", "Good chat. Send me the draft contract from the festival and I'll loop Declan in."),
], subject="Theatre fest package")
C("genuine", "recruiter_engaged", "en", "Recruiter the owner engaged with about a cluster role", [
    ("grainne", "2018-06-04 15:10", "Hi Clodagh, thanks for connecting. As mentioned on the phone, the cluster revenue role covers three hotels in Cork and Kinsale, reporting to the COO. Salary band is 62-70k plus bonus. Would you like me to put you forward?"),
    ("me", "2018-06-04 20:41", "Hi Gráinne, thanks for the detail. I'm interested but Cork would mean a move, so I'd want to understand how much can be done remotely. Can we talk Thursday evening?"),
    ("grainne", "2018-06-05 08:30", "Of course. Thursday 6pm, I'll call your mobile."),
    ("grainne", "2018-06-15 12:05", "Quick update: they're happy with 2 days a week in Cork. First interview options 21 or 22 June."),
    ("me", "2018-06-15 13:20", "22nd please, morning if possible."),
], subject="Cluster Revenue Manager - Cork")
C("genuine", "job_applicant", "en", "Graduate applies for the revenue analyst role", [
    ("tomas", "2018-08-20 18:05", "Dear Ms Maguire,\n\nI saw the Revenue Analyst vacancy at The Halpenny on the IHF jobs board and wanted to introduce myself. I finished my degree in May and did my placement in reservations at a hotel in Killarney, where I built the weekly pickup report in Excel. I've attached my CV to my application email.\n\nI'd love the chance to learn from your team.\n\nKind regards,\nTomás Reidy"),
    ("me", "2018-08-21 08:30", "Hi Tomás, thanks for reaching out, got your CV. We're doing first interviews on 3 and 4 September, Aisling will be in touch to book a slot."),
    ("tomas", "2018-08-21 08:44", "Thank you so much!"),
])
C("genuine", "client_in_spam", "en", "Existing tour operator client, landed in the spam folder", [
    ("marcy", "2018-10-15 13:02", "Hi Clodagh!! Marcy here from Emerald Trails. Sending this here as my emails seem to bounce. We'd like to confirm the allotment for next season, same as 2018: 8 rooms every Tuesday May-Sept. Can you hold the same rate (152 net) or is there an increase coming? Thanks hon"),
], folder="SPAM", subject="2019 allotment")
C("genuine", "thanks_after_talk", "en", "Thank-you after her talk, 1 of 3 near-duplicates", [
    ("thank1", "2018-03-22 17:40", "Hi Clodagh, thanks so much for your talk at the Dublin Revenue Forum today. The match-weekend slide was a revelation, we always open too cheap. Would love to stay in touch!"),
    ("me", "2018-03-22 20:10", "Thanks Eimear, delighted it was useful! Shout if you want the template."),
])
C("genuine", "thanks_after_talk", "en", "Thank-you after her talk, 2 of 3 near-duplicates", [
    ("thank2", "2018-03-22 18:02", "Thanks for the great talk today Clodagh, really enjoyed the bit on match weekends and minimum stays. Great to connect."),
])
C("genuine", "thanks_after_talk", "en", "Thank-you after her talk, 3 of 3 near-duplicates", [
    ("thank3", "2018-03-23 09:15", "Hi Clodagh, thank you for yesterday's talk at the forum! The match weekend pricing example was brilliant. Would it be ok to share your slides with my GM?"),
    ("me", "2018-03-23 10:02", "Of course Sadhbh, I'll send them over."),
])
C("genuine", "owner_started_research", "en", "Owner asks a peer about his RMS experience", [
    ("me", "2018-02-06 11:15", "Hi Fiachra, long time! Quick one: you moved to an RMS last year, didn't you? Was it worth it for a 200-room property? We're still on spreadsheets and I'm trying to build a case."),
    ("fiachra", "2018-02-06 13:30", "Clodagh! Yes, we went live in March. Honestly worth it but it took 4 months before I trusted it. Happy to show you over a pint, the integration with our PMS was the painful bit."),
    ("me", "2018-02-06 13:41", "Pint it is. Thursday in the Stag's Head?"),
    ("fiachra", "2018-02-06 13:50", "Sound, 6ish."),
])
C("genuine", "owner_started_interns", "en", "Owner asks a lecturer about interns", [
    ("me", "2017-10-02 10:10", "Hi Deirdre, we'd like to take a revenue intern for the spring semester. Do your third years do placements from January?"),
    ("deirdre", "2017-10-03 15:22", "Hi Clodagh, yes they do, 6 months from mid-January. Send me a short job description and I'll circulate it. Would you also consider giving a guest lecture? The students would love it."),
    ("me", "2017-10-03 16:00", "Will send the JD this week, and yes to the lecture, just give me a date."),
], subject="Spring placement")
C("genuine", "long_standing_mentor", "en", "Former boss, long-standing contact across years", [
    ("padraig", "2016-12-20 09:30", "Happy Christmas Clodagh. Race week was a record this year, you'd have loved it. Hope Dublin is treating you well."),
    ("me", "2016-12-20 12:11", "Happy Christmas Pádraig! Record, of course it was. Miss the Galway madness. Give my love to Mairéad."),
    ("padraig", "2017-11-14 08:05", "Clodagh, a favour. Would you take a call from a young one of ours who wants to move into revenue? Emer's niece."),
    ("me", "2017-11-14 08:40", "Of course, give her my number."),
    ("padraig", "2018-07-31 22:10", "Sold out all week again. Pricing was your old grid, still works!"),
    ("me", "2018-08-01 07:55", "Ha, that grid has outlived three PMSs. Well done!"),
])
C("genuine", "friend_smalltalk", "en", "College friend, Christmas plans", [
    ("maeve", "2017-12-01 19:30", "Are we doing the annual Shannon reunion or are we too old now"),
    ("me", "2017-12-01 19:45", "Never too old. 15th? Somewhere that isn't a hotel bar please, I live in one"),
    ("maeve", "2017-12-01 19:47", "Ha! Kehoe's on the 15th so. I'll tell the girls"),
])
C("genuine", "journalist_request", "en", "Journalist asks for comment on the VAT change", [
    ("colm", "2018-10-09 16:00", "Hi Clodagh, we're doing a piece on how Dublin hotels will price after the tourism VAT rate goes back to 13.5% in January. Would you give us a few lines, on or off the record? Deadline Friday noon."),
    ("me", "2018-10-09 17:12", "Hi Colm, happy to, on the record as long as Declan is ok with it. Short version: we won't pass the full 4.5 points to leisure guests in Q1, but corporate contracts will move. I'll send a proper quote tomorrow."),
    ("colm", "2018-10-09 17:20", "Brilliant, thanks."),
], subject="VAT piece")
C("genuine", "event_invite_contact", "en", "Network chair invites her to the Christmas meetup", [
    ("eoin", "2018-11-05 12:00", "Hi Clodagh, Dublin Revenue Network Christmas drinks are on 6 Dec at the Ashgrove, 6:30pm. Niamh is hosting. Can you say a few words about the forum recap? Five minutes max, I promise."),
    ("me", "2018-11-05 13:15", "Count me in. Five minutes, no slides!"),
])
C("genuine", "colleague_overbooking", "en", "Front office manager on a walk plan", [
    ("siobhan", "2018-09-29 06:55", "Clodagh we're 6 over for tonight, the rugby crowd didn't cancel like you predicted 🙃 Walk plan?"),
    ("me", "2018-09-29 07:20", "Sorry!! Call Ashgrove and Meridian, Niamh and Fiachra said they'd take walks at 160. Non-ref guests and loyalty members stay with us, walk the OTA prepaid flexible ones first, and comp the taxi."),
    ("siobhan", "2018-09-29 07:22", "On it"),
])
C("genuine", "sister_hotel_colleague", "en", "Old colleague in Galway shares race-week strategy", [
    ("emer", "2018-06-20 10:00", "Hey, Pádraig said you might know: did you ever set a 3-night min stay for race week via the channel manager or just on the OTA extranets?"),
    ("me", "2018-06-20 10:35", "Via the channel manager, always, otherwise one extranet forgets and you get a one-nighter on the Thursday. Set it on arrival date, not stay-through."),
    ("emer", "2018-06-20 10:37", "You're a legend, thanks"),
])
C("genuine", "inbound_long_stay", "en", "Film production wants a long-stay rate; inbound buyer", [
    ("location", "2018-03-05 14:30", "Hi Clodagh, we're shooting in Temple Bar and around the quays from 9 April for six weeks. Need 25 rooms for crew, Sunday to Friday. What would a long-stay rate look like? Laundry included would be a plus."),
    ("me", "2018-03-05 15:10", "Hi Rory, sounds exciting. For 25 rooms x 6 weeks Sun-Fri I could do €118 room only, laundry twice a week included, breakfast +€12. Weekends you'd release. Could you send the exact dates and I'll hold them for 7 days?"),
    ("location", "2018-03-06 09:00", "Great, sending the schedule now. Can we sign by Friday?"),
    ("me", "2018-03-06 09:20", "Yes, contract will be with you tomorrow."),
], subject="Crew accommodation April-May")
C("genuine", "existing_dmc_client", "en", "Existing DMC client asks for incentive-group rates", [
    ("dmc", "2018-08-14 11:11", "Hi Clodagh, the German insurance incentive is confirmed for 18-21 Sept 2019! 38 rooms. Can you give me rates and a private dinner option? They loved you in 2017."),
    ("me", "2018-08-14 12:40", "Yvonne, brilliant news. €199 incl. breakfast, and the Liffey Room for dinner at €65 pp. I'll hold 38 rooms until 1 October."),
    ("dmc", "2018-08-14 12:45", "Perfect xx"),
])
C("genuine", "mentoring_invite", "en", "Women-in-hospitality network invites her as mentor", [
    ("women", "2018-02-02 09:45", "Hi Clodagh, we're launching the 2018 mentoring round and your name came up twice from last year's mentees. Would you mentor one person for six months? An hour a month, coffee on us."),
    ("me", "2018-02-02 11:00", "Would be honoured, yes."),
])
C("genuine", "former_intern_reference", "en", "Former intern asks for a reference", [
    ("intern", "2018-05-15 23:40", "Hi Clodagh, hope you're well! I'm applying for an Assistant Revenue Manager role in Belfast, would you be ok being my referee? Sorry for the late message, night shift 🙂"),
    ("me", "2018-05-16 08:02", "Jakub! Of course, delighted. Give them my email. Best of luck!"),
    ("intern", "2018-05-30 10:10", "Got it!!! Thank you so much for the reference."),
    ("me", "2018-05-30 10:30", "Brilliant, congratulations, you earned it."),
])
C("genuine", "owner_director", "en", "Hotel owner questions rates for the big match weekend", [
    ("owner", "2018-10-20 10:05", "Clodagh, All Blacks at the Aviva on 17 Nov. What are we charging? Someone told me the Merrion Row place is at 400."),
    ("me", "2018-10-20 10:30", "We're at €329 with 2-night min, 88% sold. I'll go to €369 for the last 20 rooms on Monday. I don't want to go to 400, the reviews after that weekend matter for the whole of Q1."),
    ("owner", "2018-10-20 10:45", "Fair enough. Your call."),
])
C("genuine", "congrats_shortlist", "en", "Contact congratulates her on an industry shortlisting", [
    ("orla", "2018-04-10 08:30", "Congrats on the shortlist for Revenue Manager of the Year!! So deserved. Long way from the Tideway night audit 😄"),
    ("me", "2018-04-10 08:50", "Ah thanks Orla! Those night audits made me, in fairness."),
])
C("genuine", "peer_asks_advice", "en", "Peer asks her advice on channel managers", [
    ("asker", "2018-02-13 14:05", "Hi Clodagh, thanks for accepting. Eoin said you're the person to ask: we're choosing between two channel managers and one is RateBridge. Any regrets?"),
    ("me", "2018-02-13 16:30", "Hi Lisa, no regrets. Support is good and Karl picks up the phone. Watch the per-channel fees, negotiate them at signing. Happy to chat."),
    ("asker", "2018-02-13 16:40", "Thank you, that's really helpful."),
])
C("genuine", "vendor_quote_existing", "en", "Existing revenue consultant sends his quote for the yearly audit", [
    ("audit", "2018-11-12 09:00", "Hi Clodagh, as agreed, the quote for the 2019 revenue audit: same scope as this year (segmentation, OTA contracts, rate structure review), €4,500 + VAT, on site 2 days in February. Let me know and I'll send the engagement letter."),
    ("me", "2018-11-12 11:30", "Thanks Brendan. Can we add a half day on group displacement? Then send the letter and I'll get it signed."),
    ("audit", "2018-11-12 11:45", "Add €900 for the half day. Letter coming."),
], subject="2019 audit quote")
C("genuine", "corporate_client_admin", "en", "Corporate client's office manager asks about invoices", [
    ("lawpa", "2018-07-02 12:12", "Hi Clodagh, our accounts team is asking why June invoices show €159 instead of our agreed €145. Could you check?"),
    ("me", "2018-07-02 12:50", "Hi Ciara, apologies, two bookings came through an OTA instead of the corporate code. I've asked accounts to reissue at €145."),
    ("lawpa", "2018-07-02 13:00", "Thank you!"),
])
C("genuine", "colleague_group_chat", "en", "Weekly revenue meeting group chat with colleagues", [
    ("ronan", "2018-10-22 08:30", "Revenue meeting moved to 11 today, Declan's stuck in the Four Courts traffic"),
    ("aisling", "2018-10-22 08:34", "Grand, I'll bring the no-show report"),
    ("me", "2018-10-22 08:36", "11 works. Ronan bring the Nov group wash please"),
], title="Revenue meeting", subject="Revenue meeting", extra=["declan"])
C("genuine", "warm_introduction", "en", "Contact introduces her to a potential event partner", [
    ("intro", "2018-01-17 10:00", "Clodagh, meet Shane from the Convention Bureau. He's building the 2019 citywide calendar and wants hotels' input on which weeks need help. Shane, Clodagh is the sharpest revenue head in town. I'll leave you two to it!"),
    ("visit", "2018-01-17 11:30", "Thanks Úna. Clodagh, would you have 30 minutes next week?"),
    ("me", "2018-01-17 12:00", "Thanks Úna! Shane, Tuesday 10am at the hotel?"),
], subject="Intro: Clodagh / Shane")
C("genuine", "owner_started_bureau", "en", "Owner starts a thread with the convention bureau about 2019 events", [
    ("me", "2018-09-04 09:15", "Hi Shane, do you have any update on the 2019 association conferences? I'm setting the group ceilings and would rather not give away the wrong weeks."),
    ("visit", "2018-09-04 14:40", "Hi Clodagh, two new ones confirmed: a dental congress 6-9 May (2,000 pax) and an IT security event 24-26 Sept. Both at the CCD."),
    ("me", "2018-09-04 14:52", "Gold, thank you. Coffee on me next time."),
], subject="2019 citywide events")
C("genuine", "colleague_reservations", "en", "Reservations supervisor asks about rate loading", [
    ("aisling", "2018-04-03 09:10", "Hi, the Easter rates didn't push to Expedia, only Booking. Did you change the mapping?"),
    ("me", "2018-04-03 09:25", "Ugh, no. I'll ring Karl at RateBridge. Close Expedia for Sat till it's fixed please."),
    ("aisling", "2018-04-03 09:26", "Done"),
])

# ================================================================= WANTED PITCHES (12)
C("wanted_pitch", "crm_after_post", "en", "Direct-booking CRM founder refers to her post on OTA commission", [
    ("w_loop", "2018-05-08 10:20", "Hi Clodagh, I read your post last week about paying 18% on a guest who'd stayed with you four times before. That stuck with me, because that's exactly the case we built GuestLoop for: we match returning OTA guests in your PMS and send them a member rate before their next trip. Two Dublin hotels are piloting it. Would a 20-minute demo on your own data be useful? No worries if the timing's wrong."),
    ("me", "2018-05-08 13:05", "Hi Sinéad, fair play, that's the exact problem. Which PMS do you connect to?"),
    ("w_loop", "2018-05-08 13:20", "Keystay is live, the Opera connector is in beta. Thursday?"),
])
C("wanted_pitch", "data_after_talk", "en", "Freelance data engineer refers to her talk on match weekends", [
    ("w_data", "2018-03-27 09:40", "Hi Clodagh, I was at the Revenue Forum and your point about opening match weekends too cheap because nobody tracks the fixture list until the draw made me laugh, because I built exactly that for a hotel group in Limerick: a calendar feed of every Aviva, Croke Park and 3Arena date, pushed into Excel every morning. Happy to set it up for you as a small fixed-price job (around €1,200). Want me to send what it looks like?"),
    ("me", "2018-03-27 12:00", "Go on then, send me a screenshot."),
])
C("wanted_pitch", "web_after_site_visit", "en", "UX agency visited her booking engine and names a concrete mobile bug", [
    ("w_web", "2018-07-18 15:30", "Hi Clodagh, I tried to book a room on halpennyhotel.ie on my phone last night (genuinely, my parents are coming up). The date picker resets when you change the number of guests, and the price shows in GBP first if you're on mobile data. I'd bet you lose a chunk of mobile bookings there. We're a small Dublin studio and fix booking flows for hotels; I'm happy to send a two-page audit of your flow for free. If it's useful we can talk about the fix."),
    ("me", "2018-07-18 16:02", "Oh no, the GBP thing again. Yes please send the audit."),
])
C("wanted_pitch", "parity_specific_problem", "en", "Parity vendor names a concrete rate leak for her hotel", [
    ("w_parity", "2018-06-25 11:05", "Hi Clodagh, a concrete one: on Saturday 14 July your Superior Double is being sold on two wholesale sites at €187 when your website shows €209. That's almost certainly a bed-bank rate leaking from one of your tour-operator contracts. We monitor this daily for about 60 Irish hotels and flag the source contract. Screenshots attached in my email to reservations. Worth a look?"),
    ("me", "2018-06-25 11:40", "That would explain a lot. Which contract?"),
    ("w_parity", "2018-06-25 11:55", "Looks like a US wholesaler via a DMC rate. Can show you on a call, 15 minutes."),
])
C("wanted_pitch", "groups_mutual_contact", "en", "Group-booking software founder, introduced via a named mutual contact", [
    ("w_groups", "2018-09-12 09:00", "Hi Clodagh, Niamh Costigan at the Ashgrove suggested I get in touch. She's been using BlockBook for group RFPs since spring and mentioned you're handling 30+ group requests a month by email. It gives you a displacement check before you quote. Niamh said you'd want to see the displacement bit. Coffee sometime?"),
    ("me", "2018-09-12 10:30", "Niamh did mention it. Send me a couple of dates."),
])
C("wanted_pitch", "feasibility_planning_register", "en", "Advisor found the extension in the planning register", [
    ("w_feas", "2018-08-28 14:10", "Dear Clodagh,\n\nI noticed that Halpenny Hotels Ltd lodged a planning application (DCC ref. 3612/18) for a 38-bedroom extension on the adjoining building on Crane Lane. We specialise in room-mix and revenue feasibility for extensions: which room types, what ADR uplift, what it does to your group mix. We did the same for two Dublin hotels of your size last year. If the design is still open, a short conversation could save some expensive decisions.\n\nBest regards,\nHelen Ashby"),
    ("me", "2018-08-29 09:15", "Hi Helen, it's still open. I'll forward this to Fergal, he's leading the project."),
], subject="Your Crane Lane extension")
C("wanted_pitch", "rms_fits_setup", "en", "RMS vendor names her exact PMS and channel manager", [
    ("w_rms", "2018-04-30 10:00", "Hi Clodagh, your reservations agent job ad from April mentions Keystay PMS and RateBridge and 'strong Excel'. We have a certified two-way connector to both, so the Yieldwise RMS could push recommendations straight into RateBridge without anyone copying rates from a spreadsheet. Three hotels in Ireland run this exact stack with us. Would it help to see a demo with your own last 12 months?"),
])
C("wanted_pitch", "recruiter_relevant_role", "en", "Executive search with a role matched to her background", [
    ("w_recruit", "2018-10-03 18:00", "Hi Clodagh, I'm recruiting a Director of Revenue for a 310-room hotel opening in the Docklands in 2020 (client confidential for now). They want someone who has run revenue for a Dublin city-centre property with a strong group segment, and who knows the Galway/regional side too. Your time at the Corrib Bay and your talk at the forum on events-driven pricing fit that very well. Salary 85-95k. Open to a confidential chat?"),
    ("me", "2018-10-04 07:50", "Hi Neasa, thanks, not actively looking but I'd listen. Next week?"),
])
C("wanted_pitch", "photos_after_press", "en", "Photographer saw the refurbishment press and checked the OTA photos", [
    ("w_photo", "2018-05-21 12:30", "Hi Clodagh, I saw in Hospitality Ireland Review that you finished refurbishing 40 rooms on floors 3 and 4. On Booking.com your listing still shows the old green carpets in 8 of the 12 room photos. I shoot hotel rooms for OTAs (happy to send examples from the Liberty Row and Fitzwilliam Court). Half a day would cover both new room types. Would you like a quote?"),
    ("me", "2018-05-21 13:10", "Ha, the green carpets. Yes, send a quote please."),
])
C("wanted_pitch", "metasearch_specific", "en", "Metasearch consultant describes a concrete gap in her price listings", [
    ("w_meta", "2018-02-20 10:45", "Hi Clodagh, I checked The Halpenny on TripAdvisor and Trivago for 10 dates in March: your own website never appears in the price box, only two OTAs. Your booking engine supports a metasearch feed, it's just not switched on. We set that up and manage bids on commission (12%, below OTA levels). Happy to send the 10-date comparison if useful."),
])
C("wanted_pitch", "concert_packages", "en", "Concert package company names events near the hotel", [
    ("w_gig", "2018-01-09 16:20", "Hi Clodagh, we package tickets + hotel for fans travelling to Dublin gigs. For the big summer stadium shows at Croke Park, we're looking for a 4-star on the quays within walking distance of the bus route to the stadium. You're 20 minutes on foot. We'd take 20 rooms per show night at a net rate you set, non-refundable, paid 30 days out. Interested?"),
    ("me", "2018-01-09 17:30", "Interested. Which dates exactly?"),
    ("w_gig", "2018-01-09 17:45", "Will send the list tomorrow morning."),
])
C("wanted_pitch", "interim_after_job_ad", "en", "Interim analyst offers cover until the analyst hire starts", [
    ("w_interim", "2018-08-22 08:15", "Hi Clodagh, I saw you're hiring a Revenue Analyst and that interviews are only in September. I'm an interim analyst (ex-Meridian group, 5 years) and could cover the daily pickup, rate loading and the STR reports for 6-8 weeks until your new hire is up to speed, 3 days a week on site. Day rate is €280. Would that help over the busy autumn?"),
])

# ================================================================= JUNK (38)
C("junk", "generic_seo", "en", "Generic SEO agency pitch", [
    ("j_seo", "2018-03-14 06:10", "Hi Clodagh,\n\nI was going through your website and found some issues that are stopping you ranking on page 1 of Google. We are a team of 50+ SEO experts offering White Hat SEO, link building, social media and web design at affordable prices. Can I send you a free audit and proposal?\n\nRegards,\nRahul"),
], subject="Website ranking issues")
C("junk", "generic_app_dev", "en", "Generic app development pitch", [
    ("j_app", "2018-04-05 13:00", "Hey Clodagh! Have you ever thought about having your own mobile app? We've built 300+ apps for startups and enterprises. Fixed price, fast delivery. Open to a chat this week?"),
])
C("junk", "offshore_staffing", "en", "Offshore virtual assistant pitch", [
    ("j_va", "2018-06-11 04:30", "Good day Clodagh! Are you overwhelmed with admin tasks? Our dedicated virtual assistants start at $8/hour and can handle email, data entry, bookkeeping and social media. Free trial week. Shall I send our rate card?"),
])
C("junk", "off_topic_solar", "en", "Off-topic: home solar panels", [
    ("j_solar", "2018-05-29 19:00", "Hi Clodagh, with the SEAI grant you could save up to 70% on your electricity bills at home. We're doing free home surveys in your area this month. Would you like me to book one in?"),
])
C("junk", "off_topic_crypto", "en", "Off-topic: crypto trading mentoring", [
    ("j_crypto", "2018-01-30 22:45", "Hi dear, I see you are a successful professional. I help busy women create a second income from crypto trading with only 1 hour per day. My students made 40% last month. Are you open to learning more?"),
])
C("junk", "off_topic_property", "en", "Off-topic: Dubai investment property", [
    ("j_dubai", "2018-09-02 10:00", "Dear Clodagh, exclusive pre-launch offer: luxury 1-bed apartments in Dubai Marina from AED 950,000 with 8% guaranteed rental yield and 5-year payment plan. Can I share the brochure?"),
], subject="Guaranteed 8% rental yield")
C("junk", "sells_what_she_sells", "en", "Bed bank offers her cheap Dublin hotel rooms, i.e. what she sells", [
    ("j_rooms", "2018-07-24 11:11", "Hi Clodagh, do you or your team travel to Dublin, London or Paris? We offer corporate clients up to 40% off 4-star hotel rates in Dublin city centre, with free cancellation and monthly invoicing. Happy to set up a free account for your company!"),
])
C("junk", "capacity_new_clients", "en", "Asks if she has capacity for new clients, then lead-gen pitch", [
    ("j_capacity", "2018-05-15 15:00", "Hi Clodagh, quick question: do you have capacity to take on new clients at the moment? We generate qualified B2B appointments for consultants on a pay-per-meeting basis. If you're open to 5-10 new client calls a month, I'd love to show you how."),
])
C("junk", "like_minded", "en", "Let's connect as like-minded entrepreneurs", [
    ("j_likeminded", "2018-02-27 20:20", "Hi Clodagh, always great to connect with like-minded entrepreneurs who are passionate about growth! I'm building a network of high performers and I think we could add real value to each other. Let's jump on a call and see where we can collaborate. 🚀"),
])
C("junk", "quick_15_min", "en", "Quick 15-minute call request, generic", [
    ("j_15min", "2018-08-08 09:30", "Hi Clodagh, do you have 15 minutes this week for a quick call? I'd love to show you how Voxley helps teams like yours cut phone costs by 30%. What does Wednesday look like?"),
])
C("junk", "connect_then_pitch", "en", "Connect-then-pitch: small talk, owner answers, pitch in message 3", [
    ("j_ctp1", "2018-04-17 08:45", "Thanks for connecting Clodagh! How's the season looking in Dublin? Busy I'd imagine with all the events."),
    ("me", "2018-04-17 10:12", "Thanks Owen, yes busy enough, the summer looks strong."),
    ("j_ctp1", "2018-04-17 10:30", "Great to hear! Actually that's why I wanted to reach out: StayScore helps hotels increase review scores by 0.4 points in 90 days through automated guest surveys. Would you be open to a 20 min demo next week?"),
])
C("junk", "connect_then_pitch", "en", "Connect-then-pitch: fellow Dub small talk, pitch in message 2", [
    ("j_ctp2", "2018-07-03 09:05", "Cheers for the connect Clodagh! Great to see more Dubs in hospitality. Where did you study?"),
    ("j_ctp2", "2018-07-05 11:20", "By the way, we supply hotel linen and towel rental across Leinster, usually 15-20% cheaper than the big providers. Who looks after housekeeping procurement at the Halpenny? Would love to send a price list."),
])
C("junk", "connect_then_pitch", "en", "Connect-then-pitch: compliment first, AI chatbot pitch after", [
    ("j_ctp3", "2018-09-10 07:30", "Hi Clodagh, thanks for accepting! Love your profile, the hotel looks beautiful."),
    ("me", "2018-09-10 12:10", "Thank you!"),
    ("j_ctp3", "2018-09-10 12:14", "You're welcome 😊 Quick question: how are you handling guest questions at night? ChatNest's AI chatbot answers 80% of queries automatically and increases direct bookings. Can I show you in a 15 min call?"),
])
C("junk", "follow_up_bump", "en", "Follow-up bumps with no reply", [
    ("j_bump1", "2018-03-01 10:00", "Hi Clodagh, Upsello helps hotels sell room upgrades before arrival. Hotels see €20k+ extra revenue a year. Worth a chat?"),
    ("j_bump1", "2018-03-08 10:00", "Hi Clodagh, just bumping this to the top of your inbox. Any thoughts?"),
    ("j_bump1", "2018-03-15 10:00", "Hi again, I know you're busy. Should I reach out to someone else on your team?"),
    ("j_bump1", "2018-03-27 10:00", "Last try! If upsells aren't a priority right now, no worries, I'll close your file."),
], subject="Upgrade revenue")
C("junk", "follow_up_bump", "en", "Cleaning services follow-ups with no reply", [
    ("j_bump2", "2018-10-02 14:00", "Dear Clodagh, we provide commercial cleaning for offices and hotels in Dublin. Can we quote for your building?"),
    ("j_bump2", "2018-10-16 14:00", "Hi Clodagh, following up on my previous message. We'd be delighted to provide a free quote."),
    ("j_bump2", "2018-11-06 14:00", "Hi Clodagh, just checking you saw my messages?"),
])
C("junk", "mass_template", "en", "Template variant 1 of 5 (growth agency)", [
    ("t1", "2018-06-05 09:02", "Hi Clodagh, I came across your profile and was really impressed by what The Halpenny Hotel is doing in hospitality. We help hospitality companies increase their bookings by 35% in 90 days using our proven system. Would you be open to a quick call on Thursday to see if it's a fit?"),
])
C("junk", "mass_template", "en", "Template variant 2 of 5 (marketing agency)", [
    ("t2", "2018-06-07 14:30", "Hi Clodagh, I came across your profile and I'm really impressed with what you're doing at The Halpenny Hotel. We help hotels increase direct revenue by 40% within 90 days with our proven framework. Are you open to a short call on Tuesday to explore if it's a fit?"),
])
C("junk", "mass_template", "en", "Template variant 3 of 5 (lead gen)", [
    ("t3", "2018-06-12 11:45", "Hey Clodagh, came across your profile and was impressed by the work at The Halpenny. We help companies in the leisure & travel space get 30% more leads in 90 days using a proven outbound system. Free for a quick call Friday to see if it's a fit?"),
])
C("junk", "mass_template", "en", "Template variant 4 of 5 (PPC agency)", [
    ("t4", "2018-06-20 16:05", "Hi Clodagh - I came across your profile and was really impressed by what The Halpenny Hotel is building. We help hospitality brands grow bookings by 50% in 90 days through our proven paid ads system. Would you be open to a quick call Monday to see if we're a fit?"),
])
C("junk", "mass_template", "de", "Template variant 5 of 5, German copy sent to an English speaker", [
    ("t5", "2018-06-26 08:20", "Hallo Clodagh, ich bin auf Ihr Profil gestoßen und war beeindruckt, was The Halpenny Hotel in der Hotellerie leistet. Wir helfen Hotels, ihre Buchungen in 90 Tagen um 35 % zu steigern – mit unserem bewährten System. Hätten Sie am Donnerstag Zeit für ein kurzes Gespräch, um zu sehen, ob es passt?"),
])
C("junk", "merge_tag_failure", "en", "Merge tag left unfilled ({first_name})", [
    ("m1", "2018-02-15 10:10", "Hi {first_name},\n\nAre you still ordering brochures, menus and signage from your current printer? PrintPro offers 25% off your first order for {company_name}. Reply YES and I'll send samples."),
])
C("junk", "merge_tag_failure", "en", "Wrong name in the greeting", [
    ("m2", "2018-04-19 12:00", "Hi Sinéad, hope you're keeping well! I'm working with several hospitality clients looking for experienced Chefs de Partie. Do you have any hiring needs at the moment? Happy to send CVs."),
])
C("junk", "merge_tag_failure", "en", "Placeholder [Company] left in text", [
    ("m3", "2018-08-30 17:45", "Hi Clodagh, I noticed [Company] is growing fast! TableTap lets your guests order and pay from their phones, cutting wait times by 30%. Can I book you in for a demo?"),
])
C("junk", "merge_tag_failure", "en", "Wrong company name in the pitch", [
    ("m4", "2018-10-25 09:00", "Hi Clodagh, I see that at Riverbank Resort & Spa you're managing a large IT estate. Cloudfront offers 24/7 managed IT support at a fixed monthly cost. Can we book 20 minutes?"),
])
C("junk", "sponsored_inmail", "en", "Sponsored InMail: business credit card", [
    ("s1", "2018-05-02 12:00", "<p>Hi Clodagh,</p><p>Get 2% cashback on all business spend with the Cardvault Business card. No annual fee in year one.</p><p><a href=\"https://cardvault.example/apply\">Apply now</a></p>"),
], subject="Clodagh, earn 2% cashback on business spend")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: MBA programme", [
    ("s2", "2018-09-18 12:00", "<p>Dear Clodagh,</p><p>Take your leadership to the next level with the Northwind Executive MBA. Weekend classes, global network. Applications for January close soon.</p>"),
], subject="Your Executive MBA invitation")
C("junk", "paid_award", "en", "Award 'win' that requires a winner's package fee", [
    ("award", "2018-07-11 10:00", "Dear Clodagh,\n\nCongratulations! Following our research team's review, The Halpenny Hotel has been selected as WINNER of 'Best Boutique City Hotel - Ireland 2018' in the European Hospitality Excellence Awards.\n\nTo confirm your award, please choose a winner's package (from €1,450 + VAT) which includes your trophy, digital logo and feature in our winners' magazine.\n\nWarm regards,\nVictoria Sands"),
], subject="Congratulations - Award Winner 2018")
C("junk", "paid_feature", "en", "Paid magazine feature offer", [
    ("feature", "2018-03-08 13:30", "Hi Clodagh, we're profiling 12 inspiring women leaders in hospitality for our summer issue and you were recommended. The feature includes a 2-page interview and professional photoshoot. There is a contribution of €995 towards production costs. Can I reserve your spot?"),
])
C("junk", "paid_podcast", "en", "Podcast guest slot that costs money", [
    ("podcast", "2018-10-10 15:00", "Hi Clodagh! We'd love to have you as a guest on The Hotelier Hour, listened to by 20,000+ hotel professionals. Our premium guest package (€650) includes the episode, promo clips and a backlink. Interested?"),
])
C("junk", "fluent_names_company", "en", "Fluent flattering pitch naming her hotel but generic", [
    ("fluent", "2018-05-24 11:00", "Hi Clodagh,\n\nI've been following The Halpenny Hotel for a while and I love how you've positioned yourselves in a competitive Dublin market. Hotels like The Halpenny often have hidden revenue sitting in their data: in our experience 5-8% of total revenue. At Revenuestack we help revenue leaders unlock it with smarter insights and automation.\n\nWould it make sense to explore this together over a short call?\n\nBest,\nOliver"),
])
C("junk", "generic_rms", "en", "Generic RMS pitch, counterpart of the tailored RMS pitch", [
    ("j_rms", "2018-05-10 09:00", "Hi Clodagh, are you still pricing rooms manually? OptiRate RMS uses AI to set the optimal price for every room, every day. Hotels see up to 20% RevPAR growth. Book your free demo today!"),
])
C("junk", "generic_parity", "en", "Generic parity tool pitch, counterpart of the specific parity pitch", [
    ("j_parity", "2018-07-30 08:00", "Dear hotelier, rate disparity is costing hotels millions. RateGuard Pro monitors all channels 24/7 and alerts you instantly. Special offer: 3 months free. Reply to get started."),
])
C("junk", "generic_web_agency", "en", "Generic web redesign pitch, counterpart of the UX audit pitch", [
    ("j_webgen", "2018-08-16 05:50", "Hello, we are a leading web design company. Is your website mobile friendly and modern? We design responsive websites from $499. Please share your requirements and we will send a proposal."),
])
C("junk", "generic_recruiter", "en", "Mass recruiter message, counterpart of the tailored role", [
    ("j_recruit", "2018-09-06 10:30", "Hi Clodagh, I have an exciting opportunity that could be a great fit for your background! My client is a market leader offering a competitive salary and great benefits. Are you open to new opportunities? Please send me your updated CV."),
])
C("junk", "generic_photo_video", "en", "Drone video pitch, generic counterpart of the photographer", [
    ("j_drone", "2018-04-26 16:00", "Hi Clodagh, stand out with stunning drone videos of your business! Packages from €299. We work with businesses all over Ireland. Let me know if you'd like to see our showreel."),
])
C("junk", "mlm_wellness", "en", "MLM wellness products", [
    ("j_mlm", "2018-01-14 21:30", "Hey lovely! 💕 Random message but I've just started with an amazing wellness brand and I'm looking for a few motivated ladies to join my team. Flexible, work from your phone, life-changing. Can I send you some info hun?"),
])
C("junk", "generic_metasearch", "en", "Generic 'double direct bookings' pitch, counterpart of metasearch", [
    ("j_meta", "2018-02-22 07:45", "Hi Clodagh, want to DOUBLE your direct bookings in 2018? Our hotel marketing system combines Google Ads, metasearch and email to drive commission-free revenue. Limited spots for Irish hotels. Reply 'INFO' for details."),
])
C("junk", "mass_webinar", "en", "Mass webinar invitation", [
    ("j_webinar", "2018-11-01 13:00", "Hi Clodagh, you're invited! Join 2,000+ hoteliers at the Hospitality Tech Summit Online on 22 Nov. Early-bird all-access pass €149 (save 50%). Secure your seat here: hts-online.example/pass"),
])


def main() -> None:
    ex.write(OUT, {
        "First Name": "Clodagh", "Last Name": "Maguire",
        "Headline": "Revenue Manager at The Halpenny Hotel, Dublin | pricing, distribution, groups",
        "Summary": "Revenue manager of a 186-room 4-star hotel on the Liffey quays. Pricing, OTA "
                   "and channel management, group displacement and forecasting. Previously at the "
                   "Corrib Bay Hotel in Galway.",
        "Industry": "Hospitality", "Geo Location": "Dublin, Ireland",
        "Websites": "[COMPANY:halpennyhotel.ie]",
    }, [
        {"Company Name": "The Halpenny Hotel", "Title": "Revenue Manager",
         "Description": "Pricing, distribution, groups and forecasting for a 186-room 4-star city hotel.",
         "Location": "Dublin, Ireland", "Started On": "Mar 2015", "Finished On": ""},
        {"Company Name": "Corrib Bay Hotel Galway", "Title": "Revenue & Reservations Manager",
         "Description": "", "Location": "Galway, Ireland", "Started On": "May 2011",
         "Finished On": "Feb 2015"},
        {"Company Name": "Tideway Hotels", "Title": "Night Auditor", "Description": "",
         "Location": "Dublin, Ireland", "Started On": "Sep 2009", "Finished On": "Apr 2011"},
    ], ["Revenue Management", "Pricing Strategy", "Channel Management", "Forecasting",
        "Group Sales", "Hospitality Industry", "Microsoft Excel"])
    print(ex.summary())


if __name__ == "__main__":
    main()

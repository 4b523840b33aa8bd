"""dev21 persona (written blind as heldout27, session 4): Persona heldout27/en-care-home-administrator-vancouver (written blind, session 4).

Lorna Castellanos runs Salal House, a 90-bed long-term care home in East Vancouver.
English only, 2024 export layout. Every message below is written by hand for this corpus.
Run: /work/main/.venv/bin/python corpus/dev21/_build/care_home_vancouver.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-care-home-administrator-vancouver"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Lorna Castellanos", "https://www.linkedin.com/in/lorna-castellanos-4b81a2",
               "Salal House Care Centre", "Administrator")
ex = Export(SLUG, "2024", owner)

P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people
# long-standing and working contacts
P("priya", "Priya Dhillon", "BC Hydro", "Project Coordinator", connected="2022-02-11")
P("tom", "Tom Gallagher", "Gallagher Marine Electric", "Owner", connected="2021-07-30")
P("marisol", "Marisol Reyes", "Salal House Care Centre", "Registered Nurse", connected="2019-05-14")
P("ruth", "Ruth Adebayo", "Fraserview Lodge", "Executive Director", connected="2016-03-02")
P("danica", "Danica Whitford", "Pacific Coastal Health Authority", "Licensing Officer", connected="2020-09-18")
P("harbour", "Glen Marchetti", "Harbourline Medical Supply", "Account Manager", connected="2018-10-04")
P("tidewater", "Kristy Lam", "Tidewater Food Services", "Regional Director", connected="2017-06-21")
P("wendy", "Wendy Osei", "Burnaby General Hospital", "Discharge Planner", connected="2021-11-09")
P("sunita", "Sunita Grewal")
P("nadia", "Nadia Petrenko", "Evergreen Manor", "Administrator", connected="2019-01-15")
P("kestrel", "Josh Whelan", "Kestrel Health Talent", "Senior Recruiter", connected="2024-02-27",
  invite=("OUT", "2024-02-27 09:10", "Hi Josh, Nadia Petrenko gave me your name for a DOC search."))
P("femi", "Femi Adeyemi", "", "Licensed Practical Nurse", connected="2024-05-03")
P("jaspreet", "Jaspreet Sandhu", "Langara College", "Health Care Assistant student")
P("kenji", "Kenji Watanabe", "", "Software developer, Osaka")
P("amrit", "Amrit Bains", "Cedarview Retirement Living", "General Manager", connected="2023-04-10")
P("colette", "Colette Fraser", "Mountainside Care", "Director of Care", connected="2022-08-19")
P("ivan", "Ivan Kowalczyk", "Brightwater Seniors Home", "Administrator", connected="2021-03-03")
P("leah", "Leah Morrison", "East Van Ledger", "Reporter", connected=None)
P("bernie", "Bernadette Kwan", "Coastal Care Providers Association", "Events Lead", connected="2015-11-23")
P("gail", "Gail Sutherland", "Retired", "Nurse educator", connected="2009-04-06")
P("rx", "Hamid Rahimi", "Renfrew Community Pharmacy", "Pharmacist / Owner", connected="2018-02-12")
P("june", "June Halvorsen", "Halvorsen Music Therapy", "Music Therapist", connected="2020-01-28")
P("otis", "Otis Ng", "Salal House Care Centre", "Volunteer Coordinator", connected="2022-09-01")
P("ruthdoc", "Ruth Okonkwo", "Salal House Care Centre", "Director of Care", connected="2018-07-16")
P("craig", "Craig Mbeki", "Salal House Care Centre", "Facilities Manager", connected="2020-04-02")
P("eleanor", "Eleanor Price", "", "Daughter of a resident", connected=None)
P("drlee", "Dr. Simon Lee", "Renfrew Family Practice", "Family Physician", connected="2017-09-05")
P("careledger", "Rachel Dubois", "CareLedger Systems", "Customer Success Manager", connected="2021-05-20")
P("coastheat", "Manny Santos", "CoastAir Mechanical", "Estimator", connected="2023-06-30")
P("union", "Dale Rutherford", "Hospital Employees Union local", "Shop Steward", connected="2019-10-11")
P("ubc", "Dr. Ayesha Qureshi", "University of British Columbia", "Assistant Professor, Nursing", connected=None)
P("choir", "Pastor Ken Lindgren", "Renfrew Lutheran Church", "Pastor", connected="2020-12-01")
P("exstaff", "Tiago Ferreira", "Lions Gate Care", "Care Aide", connected="2019-08-08")
P("dietitian", "Hannah Lowry", "Lowry Nutrition Consulting", "Registered Dietitian", connected="2018-04-19")
P("casual", "Brenda Yu", "NurseLink Staffing", "Client Services Lead", connected="2020-06-05")
P("grandson", "Marcus Price-Aoki", "", "Student, Tokyo", connected=None)
P("tourA", "Sophie Tran", "Rosewood Gardens", "Administrator", connected="2023-09-14")
P("tourB", "Peter Janssen", "Lakeshore Care Home", "Operations Manager", connected="2016-05-30")
P("tourC", "Mei-Ling Chu", "Hillcrest Lodge", "Director of Care", connected="2023-10-03")

# wanted pitches
P("w_sensor", "Derek Olafson", "NightWatch Care Tech", "Clinical Solutions Lead")
P("w_garden", "Ines Moreau", "Moreau Therapeutic Landscapes", "Principal", connected="2024-04-15",
  invite=("IN", "2024-04-15 17:02", "Hi Lorna, I design dementia gardens in the Lower Mainland. Would love to connect."))
P("w_hvac", "Raj Chopra", "Northshore Building Engineering", "Mechanical Engineer, P.Eng.")
P("w_translate", "Li Wen Ho", "Bridgeword Translation Co-op", "Coordinator")
P("w_integr", "Anton Brekke", "MedCart Connect", "Partnerships")
P("w_recruit", "Sandra Kaye", "Tallpine Search", "Healthcare Recruiter", connected="2024-06-04",
  invite=("IN", "2024-06-04 11:40", ""))
P("w_inspect", "Fiona Gallant", "Gallant Compliance Advisory", "Former licensing officer, consultant")
P("w_photo", "Dev Raman", "Dev Raman Photography", "Photographer")
P("w_cloth", "Cheryl Bouchard", "EasyDress Adaptive Apparel", "Founder")
P("w_family", "Oliver Strand", "KinLoop", "Co-founder")
P("w_music", "Tessa Quinlan", "Quinlan Strings", "Violinist / program lead")
P("w_elev", "Marco DeLuca", "Summit Lift Services", "Service Sales")

# junk
P("j_seo", "Brayden Cole", "RankRise Digital", "Growth Consultant")
P("j_web", "Ayan Mukherjee", "PixelForge Studio", "Business Development")
P("j_jet", "Veronica Hale", "SkyLuxe Charters", "Private Aviation Advisor")
P("j_ltc", "Gordon Pike", "Maple Crest Senior Residences", "Community Relations")
P("j_cap", "Stacey Wren", "LeadLadder", "Partnerships Manager")
P("j_likeminded", "Tyler Boone", "Boone Ventures", "Serial Entrepreneur | Investor | Speaker", connected="2024-03-12")
P("j_15min", "Nikhil Rao", "OptiStaff AI", "Account Executive")
P("j_ctp1", "Carly Jensen", "Brightline Benefits Group", "Benefits Advisor", connected="2024-07-08",
  invite=("IN", "2024-07-08 08:55", "Hi Lorna, always happy to connect with healthcare leaders in Vancouver!"))
P("j_ctp2", "Ryan Fitzgerald", "Apex Energy Solutions", "Energy Consultant", connected="2024-09-02",
  invite=("IN", "2024-09-02 19:20", ""))
P("j_ctp3", "Monique Tessier", "Clarity Coaching Co.", "Executive Coach", connected="2023-11-20",
  invite=("IN", "2023-11-20 07:45", "Love what you do for seniors. Let's connect!"))
P("j_bump1", "Jared Lindqvist", "CloudPay Payroll", "Sales Development Rep")
P("j_bump2", "Alina Voss", "SecureShred Plus", "Territory Manager")
P("j_t1", "Kyle Brennan", "ShiftWise", "Account Executive")
P("j_t2", "Hailey Dunmore", "RosterPro", "Growth Lead")
P("j_t3", "Omar Siddiqui", "CareCrew Cloud", "Sales Manager")
P("j_t4", "Brooke Tanaka", "StaffSpring", "Business Development")
P("j_t5", "Luis Ortega", "ClockIn Health", "Partner Manager")
P("j_mt1", "Dwayne Pratt", "Vertex Outsourcing", "Client Partner")
P("j_mt2", "Kimberly Shaw", "BrightPath Marketing", "Director")
P("j_mt3", "Sean Mahoney", "Atlas Insurance Brokers", "Commercial Lines Advisor")
P("j_mt4", "Priscilla Ong", "GreenLeaf Janitorial", "Sales")
P("j_sp1", "Northbridge Business School", "", "", url="https://www.linkedin.com/company/northbridge-business-school")
P("j_sp2", "Cascadia Business Bank", "", "", url="https://www.linkedin.com/company/cascadia-business-bank")
P("j_sp3", "VitaCloud EHR", "", "", url="https://www.linkedin.com/company/vitacloud-ehr")
P("j_award", "Melanie Cross", "Healthcare Leaders Review", "Editorial Director")
P("j_pod", "Trent Delaney", "The Visionary Leader Podcast", "Host & Producer")
P("j_fluent", "Grace Whitaker", "Elevate Workforce Analytics", "Strategic Accounts")
P("j_sensor", "Bobby Kwan", "SafeStep Sensors", "Sales Representative")
P("j_ehr", "Natalie Brooks", "MediSuite Pro", "Account Executive")
P("j_recruit", "Evan Price", "Summit Talent Partners", "Technical Recruiter")
P("j_landsc", "Dustin Ferrell", "ProScape Landscaping", "Owner")
P("j_photo", "Jenna Lowe", "Lowe Headshots", "Photographer")
P("j_transl", "Ahmed Karimi", "GlobalLingo Solutions", "Business Development Manager")
P("j_va", "Rhea Santos", "RemoteStaff Asia", "Client Success")
P("j_invest", "Victor Chen", "Pinnacle Wealth Partners", "Wealth Advisor", connected="2023-08-22")
P("j_mlm", "Tammy Rowe", "", "Wellness Entrepreneur | Mom of 3 | Living my best life", connected="2023-05-05")
P("j_franch", "Harold Beck", "SeniorCare Franchise Group", "Franchise Development")
P("j_lift", "Craig Holloway", "Universal Elevator Co.", "Sales Director")
P("j_family", "Zoe Patel", "ConnectFam", "Growth Marketing")

# ---------------------------------------------------------------- genuine (35)
C("genuine", "family_member", "en", "resident's daughter about a lost hearing aid, owner replies", [
    ("priya", "2024-02-19 20:14", "Hi Lorna, sorry to message you here but I couldn't get through on the main line. Mom's left hearing aid has gone missing again, the nurses think it went out with the laundry. She's pretty frustrated because she can't follow the TV at all. Is there anything you can do?"),
    ("me", "2024-02-20 07:52", "Hi Priya, no need to apologise. I've asked laundry to check the lint traps and the lost and found this morning. If it doesn't turn up by Thursday we'll cover a replacement through our lost-items policy, I'll call you either way."),
    ("priya", "2024-02-22 16:30", "They found it!! In a sock apparently. Thank you so much, Mom is thrilled."),
])
C("genuine", "family_member", "en", "son asks about visits during outbreak", [
    ("tom", "2023-12-28 12:03", "Lorna - saw the sign on the door about the outbreak on 2 East. Can I still come Sunday to see Dad? Bringing my kids."),
    ("me", "2023-12-28 13:40", "Hi Tom. Yes, essential visitors are still welcome, but please mask, and it might be better to leave the little ones home until we're declared over - hopefully next week. Your dad's unit is not affected so far."),
    ("tom", "2023-12-28 13:55", "Makes sense. Thanks for the straight answer."),
])
C("genuine", "colleague", "en", "RN asks about a reference and shift swap", [
    ("marisol", "2024-03-14 22:47", "hey Lorna, quick one - I'm doing my BScN bridging at Kwantlen in the fall and they want a reference from my manager. would you be ok writing one? also can I swap my sat night for Ruth's sunday day, she said ok"),
    ("me", "2024-03-15 08:05", "Of course, send me the form. And the swap is fine, just put it in the book so scheduling sees it. Proud of you!"),
])
C("genuine", "health_authority", "en", "licensing officer follow-up after inspection", [
    ("danica", "2023-10-04 10:12", "Good morning Lorna, following up on the routine inspection on Sept 26. Two items to close: the expired fire drill log for nights, and the missing care plan review dates for three residents on 1 West. Please send your corrective plan by Oct 18."),
    ("me", "2023-10-05 15:20", "Thanks Danica. Night drill was done on Oct 2 and is logged now. Care plan reviews for the three residents are booked for next week. I'll send the written plan Monday."),
    ("danica", "2023-10-10 09:01", "Received, thank you. This closes the file from our side."),
])
C("genuine", "vendor_price_change", "en", "existing supplier announces price increase, owner negotiates", [
    ("harbour", "2023-11-21 14:10", "Hi Lorna, giving you a heads up before the formal letter goes out: our incontinence product line goes up 6.5% on January 1 because of resin and freight costs. Your contract pricing is locked until March 31 so nothing changes for you until Q2. Happy to walk through options, including the store-brand briefs that would net you roughly even."),
    ("me", "2023-11-22 09:30", "Glen, appreciate the early warning. 6.5% hurts on a 90 bed budget. Can you send me the per-case comparison for the store brand and what the increase looks like if we sign a 2-year term?"),
    ("harbour", "2023-11-24 11:45", "Attached the sheet. On a 24 month term I can hold it to 3.9%. Call me whenever."),
])
C("genuine", "vendor_price_change", "en", "food service contractor raises per-diem, long-standing", [
    ("tidewater", "2024-08-12 08:41", "Morning Lorna. Hope the heat isn't too bad over there. As discussed at the quarterly, raw food cost per resident day is going from $11.20 to $11.85 effective Oct 1. I've put the breakdown in an email but wanted you to hear it from me first."),
    ("me", "2024-08-12 10:02", "Thanks Kristy. Not thrilled but understood. Can we keep the Friday fish option? The residents would riot."),
    ("tidewater", "2024-08-12 10:15", "Ha, the fish stays. Promise."),
])
C("genuine", "inbound_lead_buyer", "en", "family wants a private-pay respite bed, asks rates", [
    ("sunita", "2024-06-10 21:33", "Hello Ms Castellanos, my father has advanced Parkinson's and my mother needs a break this summer. We are looking at a 2-3 week private pay respite stay in August. Do you offer that and what does it cost per day? We live near Nanaimo St so Salal House would be ideal."),
    ("me", "2024-06-11 08:15", "Hello Sunita, yes we have one private respite suite. August is still partly open. The rate is $385/day including meals, meds administration and activities; physio is extra. I'd suggest a tour first, would Thursday at 2 work?"),
    ("sunita", "2024-06-11 08:40", "Thursday works. Thank you for replying so fast."),
    ("me", "2024-06-13 16:20", "Lovely to meet you both today. I've penciled Aug 5 to 23 - please confirm by Monday and I'll send the agreement."),
])
C("genuine", "referral_partner", "en", "hospital discharge planner asks about a bed", [
    ("wendy", "2024-01-16 11:02", "Hi Lorna, do you have any female beds opening up in the next 2 weeks? I have an 84 y/o lady, mild dementia, mobile with walker, waiting in acute for 19 days. Placement has her on your list as first choice."),
    ("me", "2024-01-16 11:48", "Hi Wendy, we have one likely on 1 West around the 25th. Can you call me at 2? I'd like to hear more about her evenings."),
    ("wendy", "2024-01-16 11:50", "Calling at 2!"),
])
C("genuine", "peer_joint_offer", "en", "peer administrator proposes sharing a wound-care educator", [
    ("nadia", "2024-04-02 13:15", "Lorna, crazy idea. Evergreen and Salal both need a wound care nurse educator but neither of us can justify a full FTE. What if we co-hire one at 0.5 each and split the costs? I did rough numbers, around $52k each per year incl benefits. Want to grab coffee and see if our boards would go for it?"),
    ("me", "2024-04-02 17:48", "Not crazy at all, I was thinking the same after our pressure injury numbers last quarter. Coffee Friday at Commercial Drive? I'll bring our budget lines."),
    ("nadia", "2024-04-02 18:01", "Done. 9:30 at the usual spot."),
])
C("genuine", "recruiter_engaged", "en", "owner hires a recruiter for a director of care search, discusses fee", [
    ("me", "2024-02-27 09:15", "Hi Josh, thanks for connecting. Our Director of Care is retiring in June and I'd like help with the search. What are your terms for a permanent placement?"),
    ("kestrel", "2024-02-27 13:30", "Hi Lorna, thanks for reaching out and congrats to your DOC on the retirement. For a DOC role we charge 18% of first-year base, a third on engagement, with a 6 month guarantee. I can share 3 LTC references. When could we do a proper intake call?"),
    ("me", "2024-02-27 14:02", "18% is a bit over what I budgeted. Could you do 15 without the engagement fee? Tuesday at 10 for intake."),
    ("kestrel", "2024-02-28 08:20", "Let's meet in the middle at 16.5 and keep the engagement fee small ($2,000, credited). Tuesday at 10 confirmed."),
])
C("genuine", "job_applicant", "en", "LPN applies and asks about wage", [
    ("femi", "2024-05-03 19:22", "Good evening Ms. Castellanos. I saw the LPN posting for Salal House on the BC health jobs site. I have 6 years LPN experience, 3 in long term care in Alberta, and I just moved to Vancouver. Can I ask what the starting wage is and whether nights are required? I have sent my resume by email too."),
    ("me", "2024-05-04 09:10", "Hi Femi, welcome to Vancouver! Our LPN rate follows the collective agreement, starting around $38 with your experience placed higher. Nights are rotational but not permanent. Our Director of Care Ruth will call you next week."),
    ("femi", "2024-05-04 09:33", "Thank you so much, looking forward."),
])
C("genuine", "job_applicant", "en", "care aide student asks about practicum job", [
    ("jaspreet", "2024-03-27 15:40", "hi! i'm finishing my HCA program at langara in april, i did my practicum at salal on 2 east with Marisol and loved it. are you hiring casual HCAs? sorry if this isn't the right way to ask"),
    ("me", "2024-03-27 18:12", "Hi Jaspreet, Marisol spoke very highly of you. This is a fine way to ask :) Please apply on our careers page and mention her, I'll flag it."),
])
C("genuine", "family_member", "en", "grandson abroad thanks for video calls, landed in SPAM", [
    ("grandson", "2024-01-08 03:12", "Dear Ms. Castellanos, I am Eleanor Price's son Marcus, studying in Tokyo. I just wanted to thank you and the activity team for setting up the weekly video calls with my grandmother Dorothy. She recognised me on Sunday for the first time since October. It meant the world to me. Happy new year to all the staff."),
], folder="SPAM")
C("genuine", "thanks_after_event", "en", "thank-you after the leaders meetup hosted at Salal (1/3)", [
    ("tourA", "2023-10-27 18:05", "Lorna, thank you so much for hosting the LTC leaders meetup today! The tour of your memory care unit gave me so many ideas. Really appreciated the honesty about what didn't work."),
    ("me", "2023-10-27 20:11", "Thanks Sophie, glad you came. Let me know when you're ready to look at the sensory room plans."),
])
C("genuine", "thanks_after_event", "en", "thank-you after the leaders meetup hosted at Salal (2/3)", [
    ("tourB", "2023-10-27 19:40", "Thanks for hosting today Lorna, great meetup and great tour. The memory care unit is really something. See you at the association AGM."),
])
C("genuine", "thanks_after_event", "en", "thank-you after the leaders meetup hosted at Salal (3/3)", [
    ("tourC", "2023-10-28 08:02", "Thank you for hosting us yesterday, Lorna! Great meetup, and the tour of memory care was so helpful. Would love to stay in touch."),
])
C("genuine", "journalist", "en", "reporter asks for comment on staffing shortages", [
    ("leah", "2024-09-17 10:20", "Hi Lorna, I'm a reporter with the East Van Ledger working on a piece about staffing in long-term care after the new hours-per-resident targets. Would you be willing to talk on the record for 20 minutes this week? Deadline is Friday noon."),
    ("me", "2024-09-17 12:44", "Hi Leah, happy to. I can't speak for other homes but can talk about what it takes us to hit 3.36 hours. Wednesday 3pm by phone?"),
    ("leah", "2024-09-17 12:51", "Perfect, I'll call the main number."),
])
C("genuine", "event_invitation", "en", "association contact invites her to speak at the AGM panel", [
    ("bernie", "2024-03-05 09:30", "Lorna! It's been ages. We're putting together a panel for the CCPA AGM in Richmond on May 23 on 'reducing agency staff dependence'. Your name came up immediately. 45 min, three panelists. Interested?"),
    ("me", "2024-03-05 12:15", "Bernie! Yes, count me in, as long as I don't have to wear a blazer"),
    ("bernie", "2024-03-05 12:17", "No blazers required. I'll send details."),
])
C("genuine", "long_standing_contact", "en", "old nursing school friend catching up", [
    ("gail", "2024-07-21 16:00", "Lorna my dear, saw your photo from the strawberry social, you look exactly the same as in 1994. I'm finally retired and spending the summer up at the cabin on Hornby. If you ever escape, the guest room is yours."),
    ("me", "2024-07-21 21:08", "Gail!! The same as 1994 is very generous. I might actually take you up on that in September. Still making that terrible blackberry wine?"),
    ("gail", "2024-07-22 07:45", "It's improved. Slightly."),
])
C("genuine", "owner_started_vendor", "en", "owner asks pharmacy about delivery change", [
    ("me", "2024-05-28 08:20", "Morning Hamid, the night nurses tell me the weekend delivery is now coming at 9pm instead of 5. That's right during HS med pass. Anything we can do?"),
    ("rx", "2024-05-28 09:45", "Sorry Lorna, our driver quit. I'll do Saturday runs myself until I hire someone, you'll have them by 5:30."),
    ("me", "2024-05-28 09:50", "You're a gem, thank you."),
])
C("genuine", "owner_asks_quote", "en", "owner asks music therapist for a quote to restart sessions", [
    ("me", "2024-01-09 14:00", "Hi June, happy new year! The family council has raised money to bring music therapy back. Could you give me a quote for weekly group sessions on both memory units, say 40 weeks?"),
    ("june", "2024-01-10 10:30", "Lorna, that's wonderful news. My rate for a 45-min group is $110, so two groups a week is $220, and for a 40-week commitment I'd do $200/week, $8,000 total. I can start the first week of February."),
    ("me", "2024-01-10 11:02", "That fits. I'll get the contract to you Friday."),
])
C("genuine", "colleague", "en", "volunteer coordinator about high school volunteers", [
    ("otis", "2024-09-05 15:33", "Hey Lorna, Windermere Secondary wants to send 12 grade 11s for their service hours. I'd need to run TB screening and the orientation. Ok to say yes?"),
    ("me", "2024-09-05 16:10", "Yes please, but stagger them, max 4 per afternoon. And have them do the reading buddies program, the residents loved it last year."),
])
C("genuine", "colleague_group", "en", "leadership group chat about an outbreak", [
    ("ruthdoc", "2023-12-22 06:48", "Morning both. 4 new cases on 2 East overnight, all residents, mild. Public health notified. I've cancelled the carol sing in the dining room."),
    ("craig", "2023-12-22 07:05", "I'll set up the extra hand sanitizer stations and get housekeeping on high touch cleaning twice per shift."),
    ("me", "2023-12-22 07:20", "Thanks both. I'll email families by 10. Ruth, can you ask Dr Lee about antivirals for the two with COPD?"),
], title="Salal leadership", extra=["craig"])
C("genuine", "family_member", "en", "family complaint about lost sweaters, resolved", [
    ("eleanor", "2024-10-02 18:20", "Lorna, I hate to complain again, but mum has lost 3 cardigans in 2 months. They are all labelled. It's her favourite blue one this time."),
    ("me", "2024-10-03 08:05", "Eleanor, you're not complaining, you're right. We've found two of them on 2 West, I'm sorry. We're switching to heat-sealed labels next month so this stops happening."),
])
C("genuine", "physician", "en", "attending physician scheduling rounds", [
    ("drlee", "2024-06-26 17:45", "Lorna, I'm away July 8-19. Dr. Mathers will cover rounds Tuesdays. Can someone make sure the new admits have their med recs ready?"),
    ("me", "2024-06-26 18:30", "Will do. Enjoy the time off, Simon."),
])
C("genuine", "vendor_price_change", "en", "care records vendor announces per-bed price increase and renewal", [
    ("careledger", "2024-07-15 11:00", "Hi Lorna, your CareLedger agreement renews Sept 30. As announced in our newsletter, list price moves from $14 to $16.50 per bed per month. As a customer since 2021 you're eligible for the loyalty rate of $15.25 if you sign a 3 year renewal before Aug 31. Happy to set up a call with your finance lead."),
    ("me", "2024-07-16 09:12", "Hi Rachel, thanks. We'll need the eMAR module included at that rate, otherwise I'll have to look around. Can you send the renewal draft with that?"),
    ("careledger", "2024-07-18 14:26", "Got approval, eMAR included at $15.25 for 3 years. Draft is in your inbox."),
])
C("genuine", "owner_asks_quote", "en", "owner asks mechanical contractor for heat pump quote after the heat dome", [
    ("me", "2023-06-30 10:00", "Hi Manny, thanks for walking the building on Tuesday. Could you send the quote for cooling the two dining rooms and the 2 East lounge? We need something before the next heat wave."),
    ("coastheat", "2023-07-06 16:45", "Hi Lorna, quote is in your email: three ductless heat pump systems, $48,200 plus GST, install in 3 weeks from approval. There is a provincial grant for LTC cooling that might cover up to half, I put the link in."),
    ("me", "2023-07-07 08:30", "Thanks, applying for the grant today."),
])
C("genuine", "union", "en", "shop steward wants to meet about scheduling", [
    ("union", "2024-04-18 13:00", "Hi Lorna, a few of the HCAs raised concerns about the new 8-hour rotation and short changes. Can we meet before the next labour management committee?"),
    ("me", "2024-04-18 15:20", "Sure Dale. Tuesday 1:30 in my office, and bring the specific shifts so we can look at them properly."),
])
C("genuine", "research_request", "en", "university researcher invites the home to a study", [
    ("ubc", "2024-02-06 09:40", "Dear Ms. Castellanos, I lead a small study on outdoor space use by residents living with dementia. Your garden was mentioned by a colleague. We'd like to observe garden use for 6 afternoons this spring, with ethics approval and no cost to the home. Would you consider it?"),
    ("me", "2024-02-07 11:25", "Dr. Qureshi, we'd be glad to take part. Please send the ethics documents and I'll take it to our family council."),
])
C("genuine", "community", "en", "pastor offers the church choir for Christmas", [
    ("choir", "2023-11-29 12:12", "Hi Lorna, our choir would love to come sing carols again. Would Dec 17 after lunch suit? No charge of course, just coffee and those shortbreads."),
    ("me", "2023-11-29 13:02", "Ken, the residents ask about you every year. Dec 17 at 1:30 is perfect, shortbread guaranteed."),
])
C("genuine", "reference_request", "en", "former employee asks for a reference", [
    ("exstaff", "2024-08-30 20:05", "Hi Lorna! Hope you're good. I'm applying for the RN program at BCIT and need a reference from a past manager. Would you be ok with that? I miss Salal"),
    ("me", "2024-08-31 09:14", "Tiago! Of course. Send me the link. And we miss you too, the residents still ask about the guy with the ukulele."),
])
C("genuine", "congrats", "en", "long-standing peer congratulates on 10 years at Salal", [
    ("ivan", "2024-04-09 07:30", "Congrats on 10 years at Salal House, Lorna! Still remember when you showed up with a spreadsheet and a thermos and turned the place around."),
    ("me", "2024-04-09 08:15", "Ha, the thermos is still going. Thanks Ivan!"),
])
C("genuine", "peer_advice", "en", "peer asks about accreditation experience", [
    ("colette", "2024-05-15 14:22", "Hi Lorna, we're going for Accreditation Canada for the first time next year. Was the survey as brutal as people say? Any tips on the medication reconciliation piece?"),
    ("me", "2024-05-15 19:40", "Not brutal, just thorough. Do a mock survey 3 months out. For med rec, pick 10 random charts and trace them end to end with your pharmacist. Happy to share our binder."),
    ("colette", "2024-05-16 07:12", "You're the best. Yes please to the binder."),
])
C("genuine", "contract_renewal", "en", "consultant dietitian contract renewal with rate", [
    ("dietitian", "2024-03-01 10:10", "Hi Lorna, my contract with Salal ends March 31. I'd like to renew at the same 16 hours a month; my hourly rate goes from $85 to $90, first change since 2021. Let me know if that works."),
    ("me", "2024-03-01 12:30", "Hannah, that's fair. I'll send the renewal for another 2 years."),
])
C("genuine", "vendor_price_change", "en", "existing staffing agency announces new casual RN rate", [
    ("casual", "2024-03-20 16:05", "Hi Lorna, a heads up that our casual RN bill rate moves to $92/hr on April 1 (LPN $71, HCA $49). I know you've been cutting agency hours and honestly good for you, but when you need us we're here."),
    ("me", "2024-03-21 08:40", "Thanks Brenda. We'll keep you for the summer gaps. Please make sure the invoices show the shift dates, finance keeps sending them back."),
])
C("genuine", "owner_started_colleague", "en", "owner checks with facilities manager about the elevator", [
    ("me", "2024-08-19 07:10", "Craig, elevator 2 stuck again last night? Night staff said they carried trays up."),
    ("craig", "2024-08-19 07:35", "Yep, third time this month. Summit's tech is coming at 10 but honestly we need the modernization quote."),
    ("me", "2024-08-19 07:40", "Agreed. Let's put it on the capital list for the board."),
])

# ---------------------------------------------------------------- wanted pitches (12)
C("wanted_pitch", "tailored_fall_sensors", "en", "bed-exit sensors, cites her post on night falls", [
    ("w_sensor", "2024-04-24 10:05", "Hi Lorna, I read your post about the 11 night-time falls on 2 West this winter and the point you made about alarms waking the whole hallway. We make silent bed-exit pads that page only the assigned aide's phone. Fraserview Lodge ran a 60 day pilot with us last year and went from 9 night falls to 3. Could I send you their summary? No pressure at all."),
    ("me", "2024-04-24 13:30", "Send it over, Derek. The hallway noise is exactly the problem."),
])
C("wanted_pitch", "tailored_dementia_garden", "en", "garden designer visited the site and names wheelchair-height issue", [
    ("w_garden", "2024-04-16 09:12", "Thanks for connecting, Lorna. I walked past Salal House on Sunday and looked at the garden photos on your website. The raised beds look like about 90 cm; for residents in wheelchairs 60-70 cm with knee space works much better. I've done two memory gardens in Burnaby with grant funding from the Rotary. Would a free 30 minute walk-through be useful?"),
    ("me", "2024-04-16 11:40", "Funny you say that, half the residents can't reach the tomatoes. Yes, let's do a walk-through."),
])
C("wanted_pitch", "tailored_hvac_tender", "en", "engineer references the health authority's cooling funding notice", [
    ("w_hvac", "2024-05-09 08:20", "Good morning Ms. Castellanos. The health authority posted the second intake of the LTC Cooling & Air Quality fund last week, with the June 30 deadline and the requirement for a stamped engineering assessment. Your home isn't on the first-round recipients list, so I assume you may apply. We've done the assessment for four LTC homes in Vancouver for the first intake, all funded. Happy to quote the assessment if useful."),
])
C("wanted_pitch", "tailored_translation_referral", "en", "translation co-op referred by mutual contact Ruth Adebayo", [
    ("w_translate", "2024-06-18 14:00", "Hi Lorna, Ruth Adebayo at Fraserview Lodge suggested I contact you. She mentioned that you're sending your family letters in English only and that many of your families read Cantonese, Punjabi and Tagalog. We're a translator co-op that does exactly that for Fraserview, monthly newsletter turnaround in 3 days. Could I send you our rates?"),
    ("me", "2024-06-18 16:10", "Ruth mentioned you! Yes please, and include Vietnamese if you have it."),
])
C("wanted_pitch", "tailored_integration", "en", "med-cart vendor knows her CareLedger setup", [
    ("w_integr", "2024-09-10 11:30", "Hi Lorna, I noticed on CareLedger's customer page that Salal House is on their eMAR module. We just released a certified connector between CareLedger eMAR and automated medication carts, so nurses stop double-entering on the cart. If you're looking at carts in the next year, I'd be glad to show you how it works with your version."),
])
C("wanted_pitch", "tailored_recruiter", "en", "recruiter with a relevant DOC candidate for the posted role", [
    ("w_recruit", "2024-06-04 12:02", "Hi Lorna, thanks for accepting. I saw Salal House's Director of Care posting. I'm working with a DOC candidate who is relocating from Kelowna: 12 years in LTC, led their home through accreditation, and lives 10 minutes from Renfrew. I know you may be working with another firm; if so just say and I'll step back."),
    ("me", "2024-06-04 15:44", "I am working with Kestrel, but send me the anonymised profile and we'll see."),
])
C("wanted_pitch", "tailored_compliance", "en", "consultant read the public inspection report and names the two citations", [
    ("w_inspect", "2023-10-16 09:00", "Dear Lorna, I spent 14 years as a licensing officer and now help care homes with corrective plans. Your last public inspection report lists two items (night fire drill log and care plan review dates). Both are common and easy to systematize; I have a simple audit calendar I can adapt to your home in a half-day session, $600 flat. If you've already got it covered, ignore me!"),
])
C("wanted_pitch", "tailored_photo_day", "en", "photographer saw the family council newsletter", [
    ("w_photo", "2024-07-25 13:15", "Hello Lorna, my aunt lives at Salal and I read the family council newsletter where families asked for updated photos of residents. I do portrait days in care homes: 5 minutes per resident, wheelchair-friendly setup in the lounge, prints for families at cost. Would the activity team be open to it in the fall?"),
    ("me", "2024-07-25 18:00", "That's a lovely idea, I'll pass it to Otis our volunteer coordinator."),
])
C("wanted_pitch", "tailored_adaptive_clothing", "en", "adaptive clothing founder references her laundry labelling post", [
    ("w_cloth", "2024-10-08 10:40", "Hi Lorna, your post about switching to heat-sealed labels made me smile, we hear the lost cardigan story weekly. We make adaptive cardigans with sewn-in name tabs and magnetic closures that hold up to industrial laundry at 71C. Would a sample pack for your laundry lead to test be helpful?"),
])
C("wanted_pitch", "tailored_family_app", "en", "family app founder cites her comment in an admin group", [
    ("w_family", "2024-02-13 16:50", "Hi Lorna, in the BC LTC Administrators group you wrote that families phone the nursing station 40+ times a day for updates. We built KinLoop for that: the unit posts one daily update per resident in 30 seconds and families get it by text. Brightwater Seniors Home uses it (Ivan said I could mention him). Free trial for one unit?"),
    ("me", "2024-02-14 08:30", "Ivan did rave about this. One unit trial on 2 East, let's talk next week."),
])
C("wanted_pitch", "tailored_music_program", "en", "violinist references her AGM talk about programs", [
    ("w_music", "2024-05-27 19:10", "Hi Lorna, I was in the audience at the CCPA AGM on Thursday when you said recreation budgets get cut first when agency costs rise. I run a small string trio that plays in care homes and I'd be glad to offer Salal a sliding scale so the memory units still get live music. Could we chat?"),
])
C("wanted_pitch", "tailored_elevator", "en", "lift company read the press item about elevator breakdowns", [
    ("w_elev", "2024-09-24 09:30", "Hi Lorna, I read the East Van Ledger story where your staff mentioned carrying meal trays up the stairs during elevator outages. Your lifts look like 1990s hydraulic units from the permit record. We do partial modernizations (controller and valve) for about a third of a full replacement, in 3 weeks per car. I'd be happy to do a free condition assessment."),
])

# ---------------------------------------------------------------- junk (38)
C("junk", "generic_seo", "en", "generic SEO pitch", [
    ("j_seo", "2024-03-03 06:12", "Hi Lorna, I came across your website and noticed it isn't ranking on the first page of Google for several important keywords. We help businesses like yours increase organic traffic by 300% in 90 days. Would you be open to a free audit?"),
])
C("junk", "generic_web_design", "en", "generic website redesign pitch", [
    ("j_web", "2024-05-19 03:40", "Hello Lorna,\n\nHope you are doing well. We are a team of 60+ designers and developers offering affordable website redesign, mobile apps and e-commerce solutions. Our rates start at $15/hour. Kindly let me know a suitable time to discuss.\n\nRegards\nAyan"),
])
C("junk", "off_topic_product", "en", "private jet charter pitch to a care home administrator", [
    ("j_jet", "2024-06-02 15:00", "Hi Lorna, summer travel season is here! SkyLuxe offers members-only access to light jets from YVR to Whistler, Palm Springs and Cabo with no membership fees. Can I send you our empty-leg deals?"),
])
C("junk", "offers_what_she_sells", "en", "a senior residence advertises care beds to her", [
    ("j_ltc", "2024-08-07 11:11", "Hi Lorna, is a loved one needing more support at home? Maple Crest Senior Residences in Surrey has immediate openings in our brand-new long-term care and assisted living suites, with 24/7 nursing, chef-prepared meals and a full activity calendar. Book your private tour today and receive your first month at 20% off!"),
])
C("junk", "capacity_new_clients", "en", "asks if she has capacity for new clients", [
    ("j_cap", "2024-04-11 09:00", "Hi Lorna, quick question - do you have capacity for new clients right now? We send pre-qualified leads to healthcare businesses on a pay-per-appointment basis. Most of our clients add 8-12 new clients per month."),
])
C("junk", "like_minded_entrepreneurs", "en", "connect as like-minded entrepreneurs", [
    ("j_likeminded", "2024-03-12 20:30", "Hey Lorna! Always great to connect with like-minded entrepreneurs who are building something meaningful. I'm growing my network of high-performers in the Vancouver area. Would love to learn more about your journey and see how we can add value to each other!"),
])
C("junk", "quick_call", "en", "quick 15-minute call for AI staffing", [
    ("j_15min", "2024-07-30 08:02", "Hi Lorna - do you have 15 minutes this week for a quick call? OptiStaff AI helps healthcare organizations reduce labour costs with AI-powered scheduling. I think there could be a great fit. Does Thursday or Friday work?"),
])
C("junk", "connect_then_pitch", "en", "small talk first, then employee benefits pitch after she answered", [
    ("j_ctp1", "2024-07-08 09:02", "Thanks for connecting Lorna! How's your summer going so far? Any plans to get away?"),
    ("me", "2024-07-08 12:40", "Hi Carly, busy but good, maybe a few days on the Sunshine Coast."),
    ("j_ctp1", "2024-07-09 08:15", "Sounds amazing! Anyway, the reason I reached out: a lot of organizations are rethinking their group benefits this year as premiums climb. We help employers save 15-25% without reducing coverage. Would you be open to a complimentary benefits review?"),
])
C("junk", "connect_then_pitch", "en", "connected, small talk, then solar pitch without reply", [
    ("j_ctp2", "2024-09-02 19:25", "Hey Lorna, thanks for the add! Hope you had a great long weekend."),
    ("j_ctp2", "2024-09-04 10:00", "Just curious, has your organization looked at solar yet? With the new federal incentives most commercial buildings can cut their energy bill by 40% with zero upfront cost. Happy to run a free analysis for your building!"),
])
C("junk", "connect_then_pitch", "en", "coach connects, compliments, then sells coaching package", [
    ("j_ctp3", "2023-11-20 07:50", "So glad we connected, Lorna! I love seeing leaders in senior care. What's the biggest challenge on your plate right now?"),
    ("me", "2023-11-20 12:10", "Staffing, like everyone."),
    ("j_ctp3", "2023-11-20 12:20", "I hear that so often! That's actually why I created my 12-week Resilient Leader program. Leaders who complete it report 50% less burnout. I have 2 spots left for January - want me to send the details?"),
])
C("junk", "follow_up_bump", "en", "payroll SDR bumps three times with no reply", [
    ("j_bump1", "2024-01-15 09:00", "Hi Lorna, I'm reaching out because CloudPay helps organizations like yours automate payroll and save hours every pay period. Open to a short demo?"),
    ("j_bump1", "2024-01-22 09:00", "Hi Lorna, just bumping this to the top of your inbox. Would love to show you CloudPay."),
    ("j_bump1", "2024-01-31 09:00", "Hi Lorna, I haven't heard back so I'll assume payroll isn't a priority right now. Should I close your file?"),
])
C("junk", "follow_up_bump", "en", "document shredding bumps twice", [
    ("j_bump2", "2024-05-06 14:20", "Hi Lorna, does Salal House have a secure document shredding provider? We offer on-site shredding with certificates of destruction."),
    ("j_bump2", "2024-05-13 14:20", "Following up on my note below, Lorna. Any interest?"),
])
C("junk", "template_campaign", "en", "scheduling-software template, sender 1/5", [
    ("j_t1", "2024-02-05 10:00", "Hi Lorna, I noticed you're the Administrator at Salal House Care Centre. Most care homes we talk to lose 10+ hours a week filling shifts by phone. ShiftWise fills open shifts in minutes with one tap. Worth a quick chat?"),
])
C("junk", "template_campaign", "en", "scheduling-software template, sender 2/5", [
    ("j_t2", "2024-02-07 13:30", "Hi Lorna, I saw that you're the Administrator at Salal House Care Centre. Most care homes we speak with lose 12+ hours every week filling shifts over the phone. RosterPro fills open shifts in minutes with a single tap. Worth a short chat?"),
])
C("junk", "template_campaign", "en", "scheduling-software template, sender 3/5", [
    ("j_t3", "2024-02-12 08:45", "Hey Lorna - noticed you lead Salal House. Most long-term care homes we talk to lose 10+ hours weekly filling shifts by phone. CareCrew Cloud fills open shifts in minutes, one tap. Open to a quick chat?"),
])
C("junk", "template_campaign", "en", "scheduling-software template, sender 4/5", [
    ("j_t4", "2024-02-20 16:10", "Hi Lorna, I noticed you're Administrator at Salal House Care Centre. Most senior care providers we talk to waste 10+ hours a week filling shifts over the phone. StaffSpring fills open shifts in minutes with one tap. Worth a quick conversation?"),
])
C("junk", "template_campaign", "en", "scheduling-software template, sender 5/5, bumped", [
    ("j_t5", "2024-03-01 11:20", "Hi Lorna, I see you're the Administrator at Salal House Care Centre. Most care homes we talk to lose 10+ hours every week filling shifts by phone. ClockIn Health fills open shifts in minutes with one tap. Worth a quick chat?"),
    ("j_t5", "2024-03-08 11:20", "Hi Lorna, circling back on this. Worth a quick chat?"),
])
C("junk", "merge_tag_failure", "en", "unfilled first_name tag", [
    ("j_mt1", "2024-06-14 04:30", "Hi {first_name},\n\nI hope this message finds you well. At Vertex Outsourcing we help {company_name} reduce back-office costs by up to 60% through dedicated offshore teams. Can we set up a 20-minute call?"),
])
C("junk", "merge_tag_failure", "en", "bracket placeholder for company", [
    ("j_mt2", "2024-08-26 10:10", "Hi Lorna, I've been following [Company] for a while and love what you're doing in the [Industry] space. BrightPath helps brands like yours turn social media into a lead machine. Can I send over a few ideas?"),
])
C("junk", "merge_tag_failure", "en", "wrong name and wrong company", [
    ("j_mt3", "2024-10-15 12:00", "Hi Linda, I'm reaching out because Cedar Grove Senior Living's liability policy is likely up for renewal soon. We've helped dozens of senior living communities save on premiums. When would be a good time to talk?"),
])
C("junk", "merge_tag_failure", "en", "wrong company name for a janitorial pitch", [
    ("j_mt4", "2024-01-23 09:25", "Hello Lorna, I'm sure the team at Sunrise Dental Clinic takes cleanliness seriously! GreenLeaf offers eco-friendly commercial cleaning at competitive rates. Can we provide a free quote?"),
])
C("junk", "sponsored_inmail", "en", "sponsored InMail for an executive MBA", [
    ("j_sp1", "2024-04-03 12:00", "<p>Hi Lorna,</p><p>Ready to lead at the next level? The Northbridge Executive MBA is built for busy healthcare leaders &mdash; study online, graduate in 20 months.</p><p><a href=\"https://example.com/emba\">Download the brochure</a></p>"),
], title="Sponsored Conversation", subject="Lead at the next level")
C("junk", "sponsored_inmail", "en", "sponsored InMail for a business credit card", [
    ("j_sp2", "2024-06-20 12:00", "<p>Hi Lorna,</p><p>Earn 3% cash back on every business purchase with the Cascadia Business Visa&reg;. No annual fee in year one.</p>"),
], title="Sponsored Conversation", subject="3% back on business spend")
C("junk", "sponsored_inmail", "en", "sponsored InMail for an EHR webinar", [
    ("j_sp3", "2024-09-12 12:00", "<p>Hi Lorna,</p><p>Join our free webinar: <b>5 ways modern EHRs cut charting time in half</b>. Seats are limited!</p>"),
], title="Sponsored Conversation", subject="Free webinar: charting in half the time")
C("junk", "paid_award", "en", "paid leadership award with publication fee", [
    ("j_award", "2024-05-02 09:00", "Dear Lorna,\n\nCongratulations! Our editorial board has selected you as one of the 'Top 10 Healthcare Leaders to Watch in 2024'. Your profile will appear in our print and digital issue. To confirm your feature, a publication fee of USD 1,450 applies (covers editorial, design and your framed award plaque). Please confirm by Friday to secure your placement."),
])
C("junk", "paid_podcast", "en", "podcast guest slot that requires a sponsorship fee", [
    ("j_pod", "2024-07-11 17:30", "Hi Lorna, I host The Visionary Leader Podcast (top 2% globally) and I'd love to feature your story. Guests cover a $750 production contribution which includes a professionally edited episode, clips for social and a press release. Let me know and I'll send my booking link!"),
])
C("junk", "fluent_generic_named", "en", "fluent pitch naming her home but fits anyone", [
    ("j_fluent", "2024-08-14 10:45", "Hi Lorna, Salal House Care Centre is clearly committed to excellence, and I can imagine that workforce planning is top of mind for you. Elevate helps organizations like Salal House turn workforce data into actionable insights, so leaders can make confident decisions and drive meaningful outcomes. Would you be open to exploring whether there's a fit?"),
])
C("junk", "generic_fall_sensors", "en", "generic fall-sensor pitch (counterpart of tailored one)", [
    ("j_sensor", "2024-04-29 07:55", "Hi Lorna, falls are a leading concern in senior care. SafeStep Sensors offers cutting-edge fall detection technology for hospitals, clinics and senior living. Can I send you a brochure and pricing?"),
])
C("junk", "generic_ehr_switch", "en", "generic EHR switch pitch (counterpart of integration)", [
    ("j_ehr", "2024-09-18 13:00", "Hi Lorna, is your team still using outdated paper charts or legacy software? MediSuite Pro is the all-in-one EHR trusted by 2,000+ clinics. Let's book a demo!"),
])
C("junk", "irrelevant_recruiter", "en", "recruiter with an irrelevant tech sales role", [
    ("j_recruit", "2024-05-22 15:15", "Hi Lorna, your background looks like a great match for a Senior Enterprise Account Executive role with a fast-growing SaaS company (remote, OTE $240k). Are you open to new opportunities?"),
])
C("junk", "generic_landscaping", "en", "generic commercial landscaping pitch", [
    ("j_landsc", "2024-04-22 08:30", "Hi there Lorna, spring is here! ProScape offers full service commercial landscaping: lawn care, hedge trimming, snow removal. Free estimates. Let us know if you need anything!"),
])
C("junk", "generic_headshots", "en", "generic corporate headshots pitch", [
    ("j_photo", "2024-08-01 12:30", "Hi Lorna! Your LinkedIn photo is the first impression you make. Book a professional headshot session with Lowe Headshots, $199 this month only."),
])
C("junk", "generic_translation", "en", "generic translation agency pitch", [
    ("j_transl", "2024-06-24 05:10", "Dear Sir/Madam Lorna,\n\nGlobalLingo provides professional translation in 150+ languages for legal, medical, technical and marketing documents. Fast turnaround, ISO certified. Kindly share your requirements for a quotation."),
])
C("junk", "generic_virtual_assistant", "en", "offshore virtual assistants", [
    ("j_va", "2024-03-26 02:15", "Hi Lorna, are you overwhelmed with admin tasks? Hire a full-time virtual assistant from $6/hour. Our VAs handle email, data entry, bookkeeping and social media. Reply YES to get 3 profiles."),
])
C("junk", "wealth_management", "en", "connection turns into wealth management pitch", [
    ("j_invest", "2023-08-23 18:00", "Hi Lorna, thanks for connecting. Many healthcare professionals I work with are concerned about retirement planning and tax efficiency. I'd love to offer you a complimentary portfolio review over coffee."),
])
C("junk", "mlm_recruiting", "en", "wellness MLM recruiting", [
    ("j_mlm", "2023-05-06 21:45", "Hey girl!! I saw you work in healthcare so I KNOW you care about wellness like I do. I've been partnering with an amazing plant-based company and it has changed my life. Would you be open to hearing how you could earn extra income from your phone? No pressure!!"),
])
C("junk", "franchise_opportunity", "en", "senior home-care franchise opportunity", [
    ("j_franch", "2024-10-21 10:00", "Hi Lorna, with your background in senior care, have you ever thought about owning your own business? SeniorCare Franchise Group is expanding in British Columbia with territories available from $85,000. Let me send you our franchise kit."),
])
C("junk", "generic_elevator", "en", "generic elevator sales pitch (counterpart of tailored)", [
    ("j_lift", "2024-10-01 11:00", "Hello Lorna, Universal Elevator offers elevators, escalators and moving walkways for commercial and residential buildings. Contact us for a quote on your next project."),
])
C("junk", "generic_family_app", "en", "generic engagement app (counterpart of KinLoop)", [
    ("j_family", "2024-03-04 16:00", "Hi Lorna! ConnectFam is the #1 engagement platform for senior living marketing teams: boost move-ins, nurture leads and automate follow-ups. Want to see a 10-minute demo?"),
])


if __name__ == "__main__":
    ex.write(
        OUT,
        {"First Name": "Lorna", "Last Name": "Castellanos",
         "Headline": "Administrator, Salal House Care Centre | Long-term care | East Vancouver",
         "Summary": "I run a 90-bed long-term care home in East Vancouver. Interested in dementia care, "
                    "staffing that keeps people, and gardens residents can actually use.",
         "Industry": "Hospital & Health Care", "Zip Code": "V5R", "Geo Location": "Vancouver, British Columbia, Canada",
         "Websites": "[COMPANY:salalhouse.example]"},
        [{"Company Name": "Salal House Care Centre", "Title": "Administrator",
          "Description": "Operations, licensing, budget and people for a 90-bed long-term care home.",
          "Location": "Vancouver, BC", "Started On": "Apr 2014", "Finished On": ""},
         {"Company Name": "Lions Gate Care", "Title": "Director of Care",
          "Description": "", "Location": "North Vancouver, BC", "Started On": "Jun 2006", "Finished On": "Mar 2014"},
         {"Company Name": "St. Columba Hospital", "Title": "Registered Nurse",
          "Description": "", "Location": "Vancouver, BC", "Started On": "Sep 1995", "Finished On": "May 2006"}],
        ["Long-term Care", "Dementia Care", "Healthcare Management", "Licensing & Compliance",
         "Staff Scheduling", "Budgeting"],
    )
    print(ex.summary())

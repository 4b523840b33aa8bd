"""dev41 persona 1: Niamh Pendlebury, A321 captain at Pennine Airways (Manchester base),
local union council chair for the Flight Crew Union, and on her days off a TRI who runs
Pendlebury Pilot Prep (airline assessment and sim-check preparation for cadets).

Written blind to unpitch's code. Every message below is written by hand for this corpus.
Run: /work/main/.venv/bin/python corpus/dev41/_build/en_airline_pilot_union_rep_manchester.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-airline-pilot-union-rep-manchester"
OUT = HERE.parents[1] / SLUG

owner = Person("me", "Niamh Pendlebury", "https://www.linkedin.com/in/niamh-pendlebury-man",
               "Pennine Airways", "Captain A321 / FCU local council chair")
ex = Export(SLUG, "2026", owner)
P = ex.person
C = ex.conv
SPONSORED = "Sponsored Conversation"

# ------------------------------------------------------------------ people
P("dave", "Dave Rowbotham", "Pennine Airways", "Captain A320/A321", connected="2013-06-02")
P("priya", "Priya Chaudhry", "Flight Crew Union", "Industrial Officer", connected="2019-02-11")
P("gaz", "Gary Whitworth", "Pennine Airways", "Crew Scheduler, MAN", connected="2017-09-30")
P("nsaa", "Helen Ormerod", "Northern Skies Aviation Academy", "Head of Training", connected="2022-03-14")
P("tom", "Tom Ingham", "", "Cadet pilot (integrated ATPL)", connected="2025-10-02")
P("simsure", "Rob Clegg", "SimSure Training Manchester", "Bookings & Accounts", connected="2021-05-20")
P("marcus", "Marcus Oyelaran", "Freelance", "TRI/SFI A320", connected="2018-11-08")
P("recr_eng", "Hannah Leadbetter", "Altimeter Talent", "Senior Aviation Recruiter", connected="2025-08-19")
P("applicant", "Callum Doyle", "Pennine Airways", "First Officer A320", connected="2020-01-15")
P("journo", "Ruth Okonjo", "Manchester Evening Courier", "Business & Transport Reporter")
P("nwas", "Graham Sefton", "North West Aviation Society", "Programme Secretary", connected="2016-04-22")
P("ty1", "Aisha Farooq", "Pennine Airways", "Second Officer", connected="2026-02-12")
P("ty2", "Jess Kenyon", "Lakeland Flight Training", "Student pilot", connected="2026-02-12")
P("ty3", "Olu Adebayo", "Pennine Airways", "First Officer A321", connected="2024-07-07")
P("spamfriend", "Siobhan McGrath", "Gulf Crescent Airlines", "Captain B787", connected="2011-09-01")
P("mentor", "Bernard Haslam", "", "Retired Training Captain", connected="2012-01-20")
P("bristol", "Kieran Walsh", "Pennine Airways", "FCU Local Rep, BRS base", connected="2020-10-10")
P("oldfo", "Leanne Cropper", "Northway Jet", "Captain E190", connected="2013-03-03")
P("alder", "Stuart Pickavance", "Alder Bridge Financial Planning", "Chartered Financial Planner", connected="2019-06-18")
P("member", "Ryan Tattersall", "Pennine Airways", "First Officer A320", connected="2021-04-01")
P("schedmgr", "Joanne Platt", "Pennine Airways", "Head of Crew Planning", connected="2018-02-02")
P("hr", "Mark Entwistle", "Pennine Airways", "Employee Relations Manager", connected="2019-09-09")
P("cadet2", "Priyanka Mistry", "Pennine Airways", "Cadet First Officer", connected="2024-05-12")
P("nsaa2", "Phil Garside", "Northern Skies Aviation Academy", "Chief Flight Instructor", connected="2015-07-01")
P("ato", "Carol Breen", "Pennine Type Rating Centre", "Training Manager", connected="2019-12-01")
P("runmate", "Sophie Lund", "Pennine Airways", "Cabin Manager", connected="2016-08-08")
P("mate", "Becky Hulme", "Stockport Grammar", "Head of Science", connected="2012-05-05")
P("ballotq", "Imran Shah", "Pennine Airways", "Senior First Officer", connected="2022-11-11")
P("fcuconf", "Denise Boardman", "Flight Crew Union", "Events & Conference Officer", connected="2019-02-11")
P("airport", "Lewis Brennan", "Manchester Ringway Airport Ops", "Ground Ops Training Lead")
P("careers", "Amanda Royle", "Didsbury High School", "Careers Lead")
P("ame", "Dr Fiona Gillespie", "Cheadle Aeromedical", "Aeromedical Examiner", connected="2014-10-10")
P("council_a", "Wes Partington", "Pennine Airways", "FCU Local Council, MAN", connected="2020-03-03")
P("subs", "Lorraine Ashcroft", "Flight Crew Union", "Membership Services Manager", connected="2019-02-11")
P("council_b", "Nadia Rahman", "Pennine Airways", "FCU Local Council, MAN", connected="2021-03-03")

# wanted pitch senders
P("w_pension", "Elliot Marsden", "Flightline Wealth", "Pensions specialist for flight crew")
P("w_sim", "Karen Dugdale", "Ringway Sim Hub", "Commercial Manager")
P("w_recr", "Tariq Hussain", "Contrail Recruitment", "Principal Consultant, Training Roles")
P("w_fatigue", "Ingrid Solberg", "RestWise Analytics", "Head of Partnerships UK")
P("w_law", "Martin Fogarty", "Fogarty Lyle Solicitors", "Partner, Employment & Trade Union Law")
P("w_booking", "Chloe Stanway", "Slotwise", "Founder")
P("w_headset", "Dominic Airey", "QuietDeck Avionics", "Trade Sales Manager")
P("w_lol", "Yvonne Crabtree", "Aviators Mutual Cover", "Scheme Manager")
P("w_web", "Sam Fairclough", "Fairclough Web", "Freelance web developer")
P("w_acct", "Nikhil Desai", "Desai & Co Aviation Accountants", "Director")
P("w_print", "Bev Openshaw", "Red Rose Print Co-operative", "Print Manager")
P("w_icao", "Agnieszka Nowak", "SkySpeak English", "Examiner & Founder")

# junk senders
P("j_ifa", "Craig Bentley", "Summit Horizon Wealth", "Wealth Manager")
P("j_sim", "Noel Fry", "SimTime Global", "Sales Executive")
P("j_recr", "Stacey Moore", "Crewline Staffing", "Talent Acquisition")
P("j_web", "Rahul Verma", "PixelCraft Studios", "Business Development")
P("j_crm", "Jason Pike", "LeadFlow CRM", "Account Executive")
P("t1", "Brandon Keyes", "Apex Pipeline Partners", "Growth Lead")
P("t2", "Megan Hollis", "BookedSolid Agency", "Client Success")
P("t3", "Arjun Mehta", "ScaleRight Outreach", "Partnerships")
P("t4", "Liam O'Rourke", "Quantum Appointments", "Founder")
P("t5", "Kelly Brandt", "Northstar Growth", "Outreach Specialist")
P("m1", "Tyler Grant", "Elevate Coaching Co", "Director")
P("m2", "Vanessa Cole", "Prime Talent Solutions", "Recruitment Partner")
P("m3", "Owen Blake", "BrightPath Digital", "Consultant")
P("m4", "Gemma Marsh", "Horizon Leadership", "Executive Coach")
P("s_mba", "Kingsbridge Business School", url="https://www.linkedin.com/company/kingsbridge-business-school")
P("s_card", "Velocity Rewards Card", url="https://www.linkedin.com/company/velocity-rewards-card")
P("s_cloud", "Nimbus Workspace", url="https://www.linkedin.com/company/nimbus-workspace")
P("j_award", "Patricia Vance", "Global Aviation Excellence Awards", "Nominations Director")
P("j_pod", "Ben Carver", "Cockpit Chronicles Podcast", "Host & Producer")
P("j_same", "Declan Ferris", "CheckRide Ready", "Founder & Coach")
P("j_cap", "Sara Whitlock", "FullDiary Marketing", "Head of Growth")
P("j_like", "Zane Ashford", "Ashford Ventures", "Serial Entrepreneur | Investor")
P("j_15", "Vikram Rao", "Codeloom Technologies", "Business Development Manager")
P("j_ctp1", "Gareth Lomas", "Lomas Property Partners", "Property Investor",
  connected="2025-09-03", invite=("IN", "2025-09-02 21:14", "Hi Niamh, always good to connect with fellow aviation people!"))
P("j_ctp2", "Harriet Quinn", "Quinn Ghostwriting", "LinkedIn Ghostwriter",
  connected="2025-11-18", invite=("IN", "2025-11-17 08:40", ""))
P("j_ctp3", "Josh Delaney", "PeopleStack HR", "Solutions Consultant",
  connected="2026-01-20", invite=("IN", "2026-01-19 16:05", "Hi Niamh, I work with a lot of union reps and would love to connect."))
P("j_bump1", "Ella Simmons", "RankRise SEO", "SEO Consultant")
P("j_bump2", "Mia Torres", "TaskHive Virtual Assistants", "Client Onboarding")
P("j_solar", "Dean Hargreaves", "SunSave Solar North", "Home Energy Advisor")
P("j_watch", "Luca Bellini", "Aviator Timepieces Ltd", "Private Client Advisor")
P("j_fluent1", "Oliver Strand", "Climb Digital", "Paid Social Lead")
P("j_fluent2", "Rachel Dunmore", "Dunmore Leadership Partners", "Principal")
P("j_forex", "Marcus Bell", "Freedom Trading Academy", "Mentor")
P("j_mlm", "Chantelle Rigby", "Wanderlux Lifestyle", "Independent Brand Partner")
P("j_headset", "Andy Cooke", "HeadsetDirect UK", "Sales")
P("j_lol", "Simon Reed", "IncomeShield Direct", "Protection Adviser")
P("j_ghost", "Laura Penn", "Legacy Memoir Press", "Acquisitions Editor")
P("j_summit", "Faisal Karim", "Aviation Leadership Summit", "Delegate Relations")

# ------------------------------------------------------------------ genuine
C("genuine", "colleague_longstanding", "en", "fellow captain since 2013, trip swap and banter",
  [("dave", "2025-03-08 19:22", "Evening Niamh. Any chance you'd take my Faro on the 21st? Our Kayleigh's got her dance thing and I'll never hear the end of it if I miss it"),
   ("me", "2025-03-08 20:05", "Go on then. You owe me a brew and a Dublin night-stop in the summer though"),
   ("dave", "2025-03-08 20:07", "Deal. Putting the swap in now. You're a star"),
   ("dave", "2025-10-14 07:41", "Are you in the crew room today? Left your flight bag tag on my seat in the sim last week, it's in my pigeon hole"),
   ("me", "2025-10-14 08:12", "Ta Dave, I'll grab it after the Palma. Thought I'd lost it for good")])

C("genuine", "union_office", "en", "union industrial officer, pay talks, asks for a call",
  [("priya", "2025-11-03 10:15", "Hi Niamh, company have come back with a revised offer on the 2026 pay deal: 4.2% plus a scope clause on wet-leases. Can we have a call Tuesday before the local council meets? I'd like your read on how MAN will take it before we decide whether to put it to a ballot."),
   ("me", "2025-11-03 12:40", "Tuesday 2pm works, I'm on standby till noon. Honestly the scope clause will matter more up here than the headline number, lads were livid about the wet-lease summer."),
   ("priya", "2025-11-03 12:52", "That's what I thought. Sending a Teams invite. Bring the survey numbers if you can."),
   ("priya", "2025-11-04 15:30", "Thanks for today, really useful. I'll draft the members' briefing and send it your way before it goes out.")])

C("genuine", "crew_scheduling", "en", "crew scheduler, roster query and fatigue report follow-up",
  [("me", "2025-07-19 06:02", "Morning Gaz, I've been given a 05:10 report after a 23:40 finish on the 22nd. Pretty sure that breaks the minimum rest in the local agreement, can you have a look?"),
   ("gaz", "2025-07-19 07:30", "Morning. Yeah that's a system error, the Heraklion delay knocked it out. I'll pull the early off you and give it to standby."),
   ("me", "2025-07-19 07:34", "Cheers. I'll still put a fatigue report in so it's logged, nothing personal!"),
   ("gaz", "2025-07-19 07:36", "None taken, please do, helps us argue for another standby at MAN")])

C("genuine", "inbound_lead_quote", "en", "flight school asks her for a quote for assessment-prep workshops (wants to buy)",
  [("nsaa", "2025-09-09 14:20", "Hi Niamh, Phil Garside suggested I get in touch. We've got 18 integrated students finishing in February and the airlines' sim assessments are where we lose them. Would you be able to run three half-day prep workshops at our Barton site in January? Could you send me a quote with your day rate and what's included?"),
   ("me", "2025-09-09 21:10", "Hi Helen, thanks for thinking of me. Yes, January works around my roster if we fix dates early. Three half days with max 6 per group would be £1,350 all in, including the briefing pack and a mock group exercise. Sim time would be extra if you want a session in the box."),
   ("nsaa", "2025-09-10 09:05", "That's within budget. Can you hold 13, 20 and 27 Jan? I'll get our finance team to raise a PO and send a short contract over."),
   ("me", "2025-09-10 09:40", "Pencilled in. Send the contract whenever, I'll sign and return."),
   ("nsaa", "2025-09-18 11:11", "Contract attached, signed our side. Looking forward to it!")],
  attachments={4: "https://www.linkedin.com/dms/nsaa-workshop-contract-jan26.pdf"})

C("genuine", "inbound_lead", "en", "cadet asks price for one-to-one sim assessment prep",
  [("tom", "2025-10-02 18:45", "Hi Niamh, sorry to message out of the blue. I found your site through the Northern Skies student group. I've got a Pennine cadet assessment on 14 November and I'm bricking it about the sim part. Do you do one to one sessions and how much are they?"),
   ("me", "2025-10-02 19:30", "Hi Tom, no need to apologise. Yes I do: 2 hour briefing + 2 hours in a fixed-base A320 sim at SimSure in Trafford Park is £290. Most people do two sessions. I can't tell you anything about the actual assessment content obviously, but we'll get your scan and raw data flying sorted."),
   ("tom", "2025-10-02 19:41", "Brilliant thats a lot less than I thought. Can we do two, maybe the 25th Oct and 1st Nov?"),
   ("me", "2025-10-02 19:58", "25th yes, 1st I'm in Tenerife. Could do 3rd Nov evening? I'll send you a booking link and the prep notes."),
   ("tom", "2025-11-15 20:12", "Passed!!! Thank you so much, the bit about calling out the automation modes saved me")])

C("genuine", "vendor_price_change", "en", "sim centre she rents from announces hourly price increase",
  [("simsure", "2026-01-06 09:00", "Hi Niamh, happy new year. Just a heads-up before it goes out formally: from 1 April our A320 FNPT hourly rate goes from £320 to £365 (ex VAT), driven by the new visual system and the landlord's service charge. Existing block bookings made before 31 March stay at the old rate. Give me a shout if you want to lock some in."),
   ("me", "2026-01-06 18:22", "Ouch but fair, the new visuals are miles better. Can you put me down for a 20 hour block at the current rate? Mostly weekday evenings."),
   ("simsure", "2026-01-07 08:30", "Done, invoice to follow. 20 hrs valid till end of December.")])

C("genuine", "peer_joint_offer", "en", "fellow TRI proposes a joint bootcamp offer and fee split",
  [("marcus", "2025-05-12 21:03", "Niamh! Mad idea. You do the assessment prep, I do the interview / HR side for the big carriers. What if we packaged a weekend bootcamp together, £495 a head, 8 people, split 50/50 after sim costs? I've had three flight schools asking for exactly that."),
   ("me", "2025-05-13 07:15", "Not mad at all. I'd want it 60/40 on the sim day since I'm booking the box, 50/50 on the rest. And we need a simple written agreement so nobody falls out."),
   ("marcus", "2025-05-13 07:50", "Fair. I'll draft something and we can go through it over a pint at the Ape & Apple?"),
   ("me", "2025-05-13 08:02", "Thursday, 7ish. You're buying.")])

C("genuine", "recruiter_engaged", "en", "owner asked a recruiter about a training captain role; package discussed",
  [("me", "2025-08-19 13:14", "Hi Hannah, I saw the Training Captain A320 vacancy you posted for a Manchester-based operator. I'm not actively looking but I'd like to know the package and whether they'd credit my TRI time."),
   ("recr_eng", "2025-08-19 15:30", "Hi Niamh, thanks for reaching out! Base is £138k plus £12k training allowance, 5/4 roster, and yes they credit TRI/SFI time towards the TRE pathway. Happy to set up a confidential call with their Head of Training?"),
   ("me", "2025-08-20 09:02", "Let's do a call, but confidential please, I'm a union rep here and it'd be awkward."),
   ("recr_eng", "2025-08-20 09:20", "Totally understood. I'll only share your name once you've said yes. Thursday 4pm?"),
   ("me", "2025-08-20 09:25", "Thursday 4pm is good.")])

C("genuine", "applicant", "en", "FO applies for a local council vacancy, sends a statement",
  [("applicant", "2025-04-22 22:10", "Hi Niamh, I'd like to put myself forward for the vacant MAN local council seat. I've attached a short statement. I've been a member since 2020 and did the H&S rep course last year. Happy to chat if you want to know more before nominations close."),
   ("me", "2025-04-23 08:05", "Thanks Callum, great to see someone from the newer FOs stepping up. Got the statement. Nominations need a proposer and seconder too, have you got those sorted?"),
   ("applicant", "2025-04-23 08:31", "Olu's proposing and Sophie said she'd second (she's still a member from her pilot days)."),
   ("me", "2025-04-23 08:40", "Sophie's cabin now so she can't second I'm afraid. Ask Wes, he'll do it.")],
  attachments={0: "https://www.linkedin.com/dms/doyle-candidate-statement.pdf"})

C("genuine", "journalist", "en", "local reporter asks comment on ballot; owner refers to press office",
  [("journo", "2025-11-20 16:02", "Hi Niamh, I'm writing about the possible ballot at Pennine Airways for tomorrow's paper. Could you give me a couple of lines on how Manchester-based pilots feel? Deadline 6pm, sorry for the short notice."),
   ("me", "2025-11-20 16:40", "Hi Ruth, I can't comment personally while talks are live. Please go through the FCU press office (Priya Chaudhry's team), they'll give you a statement today."),
   ("journo", "2025-11-20 16:44", "Understood, thanks for pointing me in the right direction.")])

C("genuine", "event_invitation_contact", "en", "aviation society she knows invites her to speak",
  [("nwas", "2025-12-01 11:00", "Dear Niamh, on behalf of the committee, would you give the February evening lecture? Something on the flight deck view of fatigue and rostering would go down a storm. Usual format, 45 mins plus questions, at the Airport Hotel in Ringway. We can offer travel expenses and a very average buffet."),
   ("me", "2025-12-01 19:45", "Graham, I'd be delighted. Wednesday 11 Feb if I can swap a trip. Average buffet is my favourite kind."),
   ("nwas", "2025-12-02 08:00", "Splendid, 11 Feb it is. I'll send the flyer draft.")])

C("genuine", "thanks_after_talk", "en", "thank-you 1 of 3 after her society lecture",
  [("ty1", "2026-02-12 08:12", "Hi Niamh, thank you for last night's talk, it was brilliant. Really useful to hear how the fatigue reports actually get used. Hope it's ok to connect!")])
C("genuine", "thanks_after_talk", "en", "thank-you 2 of 3 after the same lecture",
  [("ty2", "2026-02-12 09:47", "Thanks so much for the talk last night! As a student it was really reassuring to hear how honest you were about fatigue. Thanks for accepting my request too"),
   ("me", "2026-02-12 12:30", "Thanks Jess, good luck with the skills test!")])
C("genuine", "thanks_after_talk", "en", "thank-you 3 of 3 after the same lecture",
  [("ty3", "2026-02-12 10:05", "Cracking talk last night Captain. Thanks for plugging the fatigue reporting, a few of the newer lads came and asked me about it after.")])

C("genuine", "old_friend_spam_folder", "en", "old cadet course friend, wrongly filtered into spam",
  [("spamfriend", "2025-06-03 04:12", "Oi Pendlebury! Long time. I'm back in Manchester for three weeks in July visiting Mam. Fancy a curry on Wilmslow Road like old times? Here's my UK number in case LinkedIn eats this: 07700 900412"),
   ("spamfriend", "2025-06-10 05:20", "Just checking you got this, know you never look at LinkedIn!")],
  folder="SPAM")

C("genuine", "owner_started_congrats", "en", "owner congratulates her old mentor on retiring",
  [("me", "2025-04-01 10:00", "Bernard, heard from Dave you finally hung up the headset. Congratulations! You were the reason I survived my command course. Hope the allotment's ready for you."),
   ("mentor", "2025-04-02 15:33", "Niamh love, thank you. The allotment's a disgrace but I've got time now. Proud of what you're doing with the union, keep at it."),
   ("me", "2025-04-02 17:10", "Will do. Pint at the Railway when I'm next on days off?"),
   ("mentor", "2025-04-02 17:25", "Always.")])

C("genuine", "owner_started_peer", "en", "owner asks another base rep about their fatigue agreement",
  [("me", "2025-06-17 14:20", "Hi Kieran, how did Bristol get the company to agree to the 2-sector cap on earlies after a late? We're trying to get the same at MAN."),
   ("bristol", "2025-06-17 19:02", "Hiya, mostly data: six months of fatigue reports showing the 4-sector earlies were the problem. I'll send you the paper we gave them, strip the names out first."),
   ("me", "2025-06-17 19:30", "Legend. I owe you one."),
   ("bristol", "2025-06-19 08:15", "Sent to your union email. Good luck with Platt!")])

C("genuine", "longstanding_catchup", "en", "former FO, annual catch-up since 2013",
  [("oldfo", "2024-12-20 20:00", "Merry Christmas Captain P! Still remember you talking me through that crosswind into Leeds. Made command on the E190 this year"),
   ("me", "2024-12-21 09:10", "Leanne that's fantastic news!! Well deserved. Have a lovely Christmas x"),
   ("oldfo", "2025-12-19 21:30", "Another year another Christmas message. Hope you're keeping the management on their toes"),
   ("me", "2025-12-20 08:45", "Always. Merry Christmas, love to the family")])

C("genuine", "vendor_existing_fee", "en", "her existing financial planner books annual review and mentions fee change",
  [("alder", "2025-09-01 09:30", "Hi Niamh, it's that time again. Could we book your annual review for October? Please note our ongoing advice fee moves from 0.75% to 0.7% for portfolios over £250k, so a small saving for you. I'll also want to revisit the tapered annual allowance now your salary has gone up."),
   ("me", "2025-09-02 20:00", "Hi Stuart, October's fine, I'm off 14-17th. Yes please on the taper, it's doing my head in."),
   ("alder", "2025-09-03 08:15", "15th at 10am at our Altrincham office then. Bring your latest P60 and the Pennine scheme statement.")])

C("genuine", "member_casework", "en", "member asks union rep to accompany him to a hearing",
  [("member", "2025-08-05 23:40", "Hi Niamh, sorry for the late message. I've been called to an investigation meeting on Thursday about the unstable approach in Alicante. Can you come with me as my rep? I'm not sleeping tbh"),
   ("me", "2025-08-06 06:50", "Hi Ryan. Yes I'll be there. Don't write anything to anyone about it in the meantime. Call me at 10 today and we'll go through the ASR and the timeline. And try and get some sleep, this is a just-culture process."),
   ("member", "2025-08-06 07:02", "Thank you. Will ring at 10"),
   ("member", "2025-08-08 17:30", "Outcome was retraining only. Couldn't have done that without you")])

C("genuine", "management_consultation", "en", "head of crew planning schedules rostering consultation",
  [("schedmgr", "2025-10-08 12:00", "Niamh, ahead of the summer 26 roster build I'd like a consultation meeting with the local council on the new pattern options. Could you and two reps do 22 October, 10:00 in the Ops building?"),
   ("me", "2025-10-08 13:15", "Hi Joanne, 22nd works. Please share the pattern options a week before so we can canvass members. We'll also want to see the standby numbers."),
   ("schedmgr", "2025-10-08 13:30", "Fair. I'll send them by the 15th.")])

C("genuine", "management_contract", "en", "employee relations asks union to nominate reps for joint working group terms",
  [("hr", "2026-01-14 09:20", "Hi Niamh, as agreed in the recognition agreement we're setting up the joint working group on the new pilot contract terms (part-time and seniority). Could the FCU nominate two reps by the end of the month? Draft terms of reference attached."),
   ("me", "2026-01-14 17:05", "Thanks Mark. We'll nominate by the 28th. Section 4 of the ToR needs amending, the company can't have the casting vote. I'll send tracked changes."),
   ("hr", "2026-01-15 08:40", "Understood, send them over and we'll discuss.")],
  attachments={0: "https://www.linkedin.com/dms/jwg-terms-of-reference-draft.docx"})

C("genuine", "mentee_thanks", "en", "cadet she mentored thanks her after line check",
  [("cadet2", "2025-06-28 20:20", "Hi Niamh! Just passed my final line check. Wanted to say thanks for all the tips and for not laughing at my radio calls in the early days"),
   ("me", "2025-06-28 21:05", "Ha! Your radio calls were fine. Well done Priyanka, properly proud of you. Enjoy it.")])

C("genuine", "reference_request", "en", "chief flight instructor asks for a reference for a former student",
  [("nsaa2", "2025-02-11 10:30", "Morning Niamh, one of ours (Ellie Chadwick) has put you down as a reference for the Pennine cadet scheme since you did her mock assessment. Would you be ok to fill in the form? Link should come from their HR."),
   ("me", "2025-02-11 12:00", "Morning Phil, yes happy to. She was excellent. Tell her well done on getting this far."),
   ("nsaa2", "2025-02-11 12:10", "Will do, cheers. And thanks for sending Helen our way, she was chuffed.")])

C("genuine", "contract_freelance_days", "en", "type-rating centre offers contract for next season's freelance TRI days",
  [("ato", "2025-11-25 15:00", "Hi Niamh, we'd like to book you for 12 TRI days on the A320 type rating courses between March and June. Day rate would be £650 (up from £600) and we'll cover parking. Contract attached, can you confirm which dates work with your Pennine roster?"),
   ("me", "2025-11-26 09:30", "Hi Carol, thanks! I can do 10 of the 12 for sure, the two in May clash with my line check. Will sign and mark the dates."),
   ("ato", "2025-11-26 10:00", "10 is great. Send it back when you can.")],
  attachments={0: "https://www.linkedin.com/dms/ptrc-freelance-tri-2026.pdf"})

C("genuine", "friend_charity", "en", "cabin crew friend invites her to a charity 10k",
  [("runmate", "2025-04-10 18:00", "Niamh!! We're doing the Great Manc 10k for the air ambulance. Team Pennine. You in? Before you say no, there's cake"),
   ("me", "2025-04-10 18:30", "I've not run since the Christmas party. Go on then, put me down. Slowest member of the team though"),
   ("runmate", "2025-04-10 18:32", "That's the spirit!!! Sponsorship page going up tomorrow")])

C("genuine", "friend_smalltalk", "en", "school friend, football tickets and small talk",
  [("mate", "2025-09-25 21:15", "Are you around on the 18th? Our Dan's got a spare for City v Villa. Might be your only chance to see them this season the way your roster goes"),
   ("me", "2025-09-26 07:30", "Gutted, I'm in Lanzarote that day. Next time! How's the new job at school?"),
   ("mate", "2025-09-26 07:45", "Year 9s are feral. Love it really. Brew soon x")])

C("genuine", "member_question", "en", "member asks about ballot timing and eligibility",
  [("ballotq", "2025-11-24 12:12", "Hi Niamh, quick one. If there's a ballot will the ballot papers go to my home address or union email? I moved to Bolton in August and not sure I updated it"),
   ("me", "2025-11-24 13:00", "Home address, it's a postal ballot by law. Update it on the members' portal today, the register gets frozen when the ballot's announced."),
   ("ballotq", "2025-11-24 13:05", "Done, cheers")])

C("genuine", "event_invitation_contact", "en", "union events officer invites her to the annual conference dinner",
  [("fcuconf", "2025-03-03 10:00", "Hi Niamh, you've been put forward by the MAN council to receive a long-service rep award at the conference dinner in Blackpool on 16 May. Can you let me know if you'll attend and any dietary requirements?"),
   ("me", "2025-03-03 11:20", "Oh that's lovely, thank you. Yes I'll be there, no dietary requirements. Do I need to say anything??"),
   ("fcuconf", "2025-03-03 11:45", "Just a thank you, no speech unless you want one!")])

C("genuine", "inbound_lead_quote", "en", "airport ground ops asks price for a CRM talk for their staff",
  [("airport", "2025-07-01 10:45", "Hi Niamh, we run a quarterly safety day for our ramp and dispatch staff and someone mentioned you did a great CRM session at Northern Skies. Would you do a 90 minute session on communication between ramp and flight deck for around 60 people? What would you charge?"),
   ("me", "2025-07-01 20:30", "Hi Lewis, love that idea, the turnaround is where half our issues start. For a 90 min session with Q&A I'd charge £450 plus parking. I'd want a quick call first to hear what your incidents look like."),
   ("airport", "2025-07-02 08:15", "Perfect. Call Friday 11am? I'll send a calendar invite.")])

C("genuine", "event_invitation_contact", "en", "school careers lead invites her to careers day",
  [("careers", "2025-01-15 14:30", "Dear Captain Pendlebury, Becky Hulme passed on your details. We're holding a careers fair on 6 March and would love a pilot there, especially a woman captain for our Year 10 girls. It's unpaid I'm afraid, but we'd be very grateful."),
   ("me", "2025-01-15 19:00", "Hi Amanda, I'd love to. Provided I can swap the day I'll come in uniform, the kids love that. Send me the timings.")])

C("genuine", "owner_started_vendor", "en", "owner asks her aeromedical examiner for a renewal slot",
  [("me", "2025-05-05 09:00", "Hi Dr Gillespie, my Class 1 runs out end of June. Have you got any slots in early June? I'll need the audiogram this year too."),
   ("ame", "2025-05-06 08:30", "Hi Niamh, 3 June 9:30 or 10 June 14:00. Audiogram included. Fee is £245 this year."),
   ("me", "2025-05-06 08:45", "3rd June please.")])

C("genuine", "union_group", "en", "local council group chat before a meeting",
  [("council_a", "2025-10-20 17:00", "Who's bringing the survey printouts on Wednesday?"),
   ("council_b", "2025-10-20 17:15", "I'll do it, I'm in the office anyway. Niamh do you want the standby graphs in colour?"),
   ("me", "2025-10-20 18:02", "Colour please Nadia. And everyone: we do not agree to anything on the day, we take it back to members."),
   ("council_a", "2025-10-20 18:05", "👍")],
  title="MAN local council")

C("genuine", "colleague_longstanding", "en", "scheduler old colleague, command anniversary banter",
  [("gaz", "2024-04-03 12:00", "Ten years since your command upgrade today according to the system. Feel old yet?"),
   ("me", "2024-04-03 12:30", "Cheeky sod. Yes."),
   ("gaz", "2024-04-03 12:31", "Cake in scheduling then is it")])

C("genuine", "vendor_price_change", "en", "union membership office announces subscription increase to reps",
  [("subs", "2026-02-02 09:30", "Hi Niamh, as a local chair you'll get this before members do: conference approved a subs rise from £38.50 to £41.00 a month for captains from 1 April, first rise in three years. Could you mention it at your next council meeting so it doesn't come as a shock? Q&A sheet attached."),
   ("me", "2026-02-02 12:15", "Thanks Lorraine. Will do. Can you add a line about the hardship fund? That's always the first question."),
   ("subs", "2026-02-02 12:40", "Good shout, I'll add it and resend.")],
  attachments={0: "https://www.linkedin.com/dms/fcu-subs-2026-qa.pdf"})

# ------------------------------------------------------------------ wanted pitches
C("wanted_pitch", "pension_specialist_post", "en", "pension adviser cites her post about the DB scheme closure and taper",
  [("w_pension", "2025-07-08 11:02", "Hi Niamh, I read your post last week about Pennine closing the legacy final salary section and the knock-on for captains hitting the tapered annual allowance. You were spot on that most pilots won't notice until the tax bill arrives. We only advise flight crew, and we've run a free workshop for two other union branches on exactly that taper problem. Would the MAN council want one? No obligation to use us afterwards."),
   ("me", "2025-07-09 09:12", "That's actually useful. Send me the outline of the workshop and I'll raise it at council.")])

C("wanted_pitch", "sim_provider_site", "en", "sim centre saw her prep site and offers late-evening slots",
  [("w_sim", "2025-10-21 13:30", "Hi Niamh, I came across Pendlebury Pilot Prep while looking at who runs assessment prep in the North West. Your site says sessions run weekday evenings after 6, which is exactly when our new A320 FNPT II in Wythenshawe sits empty. We could do £290/hr for a 10 hour block on evenings only. Fancy a look round the box some time?")])

C("wanted_pitch", "recruiter_relevant_role", "en", "recruiter with a TRI-relevant role that mentions her talk and rating",
  [("w_recr", "2026-02-16 10:10", "Hi Niamh, a friend of mine was at your fatigue talk at the North West Aviation Society last week and said it was the best one they've had. I'm recruiting a part-time Ground & Sim Instructor for an ATO at Manchester (A320, 6-8 days a month, fits around a line roster). Your TRI rating and the assessment prep work look like a natural fit. Worth a quick chat?")])

C("wanted_pitch", "fatigue_software_press", "en", "fatigue analytics vendor references press coverage of the union's fatigue survey",
  [("w_fatigue", "2025-12-03 09:45", "Dear Niamh, I saw the Manchester Evening Courier piece quoting you on the MAN fatigue survey (38% of respondents reporting a micro-sleep). We build a tool that turns anonymised fatigue reports into roster-level evidence, the kind of thing that helped the Bristol reps in their negotiation. Our union tier is free for local councils. Would a 20-minute demo be of interest to your council?"),
   ("me", "2025-12-04 07:30", "Possibly. Send me a sample report and the data protection terms first, I'm not putting member data anywhere without that.")])

C("wanted_pitch", "employment_law_referral", "en", "employment solicitor introduced via the union industrial officer",
  [("w_law", "2025-08-12 16:20", "Hi Niamh, Priya Chaudhry at the FCU suggested I contact you. We've been advising the union nationally on the just-culture protocol in disciplinary cases, and she mentioned you've had a couple of investigations at MAN recently. I'm running a two-hour session for local reps on accompanying members, free under the union's retainer. Could I hold a place for you and two colleagues?")])

C("wanted_pitch", "booking_tool_setup", "en", "booking tool founder names her Google Form + PayPal setup",
  [("w_booking", "2025-06-15 20:10", "Hi Niamh, I'm a former flying instructor who now builds booking software for small training outfits. I noticed your site takes bookings through a Google Form and then a separate PayPal link, and the availability calendar is a PDF. That usually means chasing people for payment by hand. Slotwise could put sim slots, deposits and your roster gaps on one page. I'd set it up free for the first three months in exchange for honest feedback. Interested?")])

C("wanted_pitch", "headset_talk", "en", "headset supplier follows up on a point from her talk",
  [("w_headset", "2026-02-18 12:00", "Hi Niamh, in your NWAS talk you mentioned that several MAN crew have flagged hearing fatigue on the older passive headsets. We supply ANR headsets to two UK airline union branches at a group rate (about 30% off list) and would happily lend the council a few demo units for a month so members can try them on the line. Would that be useful?")])

C("wanted_pitch", "insurance_tender", "en", "loss-of-licence insurer answers the union's published request for quotes",
  [("w_lol", "2025-09-22 10:00", "Dear Ms Pendlebury, we saw the FCU MAN council's request for quotes for group loss-of-licence cover published on the union website (closing 10 October). We're a mutual that only insures flight crew. Attached is an indicative quote for 240 members at the £100k and £150k benefit levels, including mental health claims, which I know was a concern raised at your AGM. Happy to present to the council."),
   ("me", "2025-09-22 19:40", "Thanks Yvonne, received. We'll be shortlisting on the 15th.")],
  attachments={0: "https://www.linkedin.com/dms/amc-lol-indicative-quote.pdf"})

C("wanted_pitch", "web_fix_specific", "en", "web developer spotted her booking page is broken on mobile",
  [("w_web", "2025-04-28 08:30", "Morning Niamh, not a hard sell I promise. I was looking at pilot prep courses for my nephew and your booking page on pendleburypilotprep.co.uk cuts off the submit button on an iPhone, so you might be losing enquiries. It's probably a 20 minute fix to the form's width. Happy to do it for £60 or just tell you what to change if you've got someone already."),
   ("me", "2025-04-28 12:10", "Oh no. Thanks for telling me! Just checked and you're right. Go on, do it for the £60.")])

C("wanted_pitch", "accountant_problem", "en", "aviation accountant names her sole-trader MTD problem",
  [("w_acct", "2025-10-30 14:14", "Hi Niamh, I work only with pilots. Since you run Pendlebury Pilot Prep alongside your PAYE job, from April 2026 you'll fall into Making Tax Digital for income tax if the combined qualifying income is over £50k, which means quarterly updates from the prep business. Most pilot clients only find out when HMRC writes. We do a fixed £480/yr package for exactly that set-up. Shall I send details?")])

C("wanted_pitch", "printer_post", "en", "union print co-op saw her ballot leaflet post",
  [("w_print", "2025-11-27 11:30", "Hi Niamh, saw your post with the ballot leaflets from the crew room, great design! If the council needs more for the next round, we're a unionised print co-op in Salford and print for several branches. 2,000 A5 leaflets on recycled stock would be £85, next-day. Just say if useful.")])

C("wanted_pitch", "language_test_site", "en", "ICAO English examiner read her site FAQ on overseas cadets",
  [("w_icao", "2025-03-19 17:05", "Hello Niamh, your FAQ page says a lot of your cadets come from Poland and Spain and ask where to sit the ICAO English test. I'm a CAA-approved examiner in Manchester. I'd offer your students a 15% discount and same-week results. I could send a short flyer you could put on that FAQ page if you like.")])

# ------------------------------------------------------------------ junk
C("junk", "generic_financial_adviser", "en", "generic wealth pitch, counterpart of the pilot pension specialist",
  [("j_ifa", "2025-07-15 09:00", "Hi Niamh, are you confident your pension is working as hard as you are? At Summit Horizon we help busy professionals unlock their financial freedom with a tailored wealth plan. Would you be open to a complimentary consultation this week?")])

C("junk", "generic_sim_time", "en", "mass sim-time offer, counterpart of the tailored sim centre",
  [("j_sim", "2025-10-25 10:00", "Hello! SimTime Global has sim availability in Madrid, Dubai and Bangkok at competitive rates. Type ratings, recurrent, and dry-lease. Please let me know your training needs and I will share our price list.")])

C("junk", "irrelevant_recruiter", "en", "cabin crew and ground roles sent to a captain",
  [("j_recr", "2025-05-20 12:30", "Hi there! We are hiring Cabin Crew and Ground Handling Supervisors for a growing carrier in the Middle East. Tax-free salary and accommodation! Apply now and share with your network"),
   ("j_recr", "2025-05-27 12:30", "Just bumping this in case you missed it :)")])

C("junk", "generic_web_redesign", "en", "generic website redesign pitch",
  [("j_web", "2025-04-30 06:12", "Dear Sir/Madam, I visited your website and found several issues with design and SEO ranking. We can redesign your website with modern look at very affordable price. Kindly share your WhatsApp number so we can discuss.")])

C("junk", "generic_crm", "en", "generic CRM pitch",
  [("j_crm", "2025-06-20 15:00", "Hey Niamh, teams like yours are losing up to 30% of leads to messy spreadsheets. LeadFlow CRM centralises everything in one dashboard. Can I send over a 2-min video?")])

C("junk", "template_appointments", "en", "mass template 1 of 5: appointments for airline captains",
  [("t1", "2025-08-04 09:05", "Hi Niamh, I came across your profile and was really impressed by your work at Pennine Airways. We help aviation leaders like you book 3-5 qualified appointments every week without cold calling. Open to a quick chat to see if it's a fit?")])
C("junk", "template_appointments", "en", "mass template 2 of 5, slightly varied",
  [("t2", "2025-08-11 14:20", "Hi Niamh! Came across your profile and I'm impressed with what you're doing at Pendlebury Pilot Prep. We help training business owners like you land 4-6 qualified sales calls a week, no cold calling needed. Would you be open to a quick chat?")])
C("junk", "template_appointments", "en", "mass template 3 of 5, union framing",
  [("t3", "2025-09-02 08:45", "Hello Niamh, I came across your profile and was really impressed by your work with the Flight Crew Union. We help organisation leaders like you secure 3-5 qualified meetings every week without any cold outreach. Open to a short chat to see if there's a fit?"),
   ("t3", "2025-09-09 08:45", "Hi Niamh, just floating this back to the top of your inbox. Worth a chat?")])
C("junk", "template_appointments", "en", "mass template 4 of 5",
  [("t4", "2025-10-13 17:30", "Hey Niamh - stumbled on your profile and was impressed by your work in aviation. We help founders like you book 5+ qualified appointments weekly without cold calling or ads. Open to a quick chat?")])
C("junk", "template_appointments", "en", "mass template 5 of 5",
  [("t5", "2025-12-01 10:10", "Hi Niamh, I came across your profile and was genuinely impressed by your work as Captain A321. We help leaders like you get 3 to 5 qualified appointments every single week, without cold calling. Would you be open to a quick chat this week?")])

C("junk", "merge_tag_failure", "en", "unfilled {first_name} tag in a coaching pitch",
  [("m1", "2025-05-06 07:00", "Hi {first_name}, as a leader in {industry}, you know burnout is real. Our 12-week executive coaching programme helps high performers reclaim their time. Can I send you the brochure?")])

C("junk", "merge_tag_failure", "en", "wrong name in a recruiting pitch",
  [("m2", "2025-07-30 11:11", "Hi Sharon, I hope you're well! I have an exciting opportunity for a Senior Operations Manager in logistics that I think would suit your background perfectly. Are you open to a confidential conversation?")])

C("junk", "merge_tag_failure", "en", "[Company] placeholder left in",
  [("m3", "2025-09-15 13:00", "Hi Niamh, I noticed [Company] is growing fast and thought you might be looking to improve your digital presence. We've helped companies like [Company] increase leads by 200%. Free audit?")])

C("junk", "merge_tag_failure", "en", "wrong company name in a leadership coaching pitch",
  [("m4", "2025-11-10 09:30", "Hi Niamh, congratulations on all your success at SkyBridge Airways! Leaders at SkyBridge are often juggling a lot, and our leadership coaching helps them thrive. Would you be open to a 15 minute intro?")])

C("junk", "sponsored_inmail", "en", "sponsored InMail for an executive MBA",
  [("s_mba", "2025-09-01 12:00", "<p>Hi Niamh,</p><p>Ready to take the next step in your career? The Kingsbridge <b>Executive MBA</b> is designed for senior professionals in aviation and transport.</p><p>Applications for the January intake close soon &ndash; download the brochure today.</p>")],
  title=SPONSORED, subject="Your next career move starts here")

C("junk", "sponsored_inmail", "en", "sponsored InMail for a rewards credit card",
  [("s_card", "2025-11-05 12:00", "<p>Niamh, earn <b>3x points</b> on every flight you book.</p><p>The Velocity Rewards Card: no foreign transaction fees &amp; lounge access. Apply in minutes.</p>")],
  title=SPONSORED, subject="Frequent flyer? Get more from every trip")

C("junk", "sponsored_inmail", "en", "sponsored InMail for collaboration software",
  [("s_cloud", "2026-01-12 12:00", "<p>Hi Niamh,</p><p>Teams using Nimbus Workspace save 6 hours a week. Start your free 30-day trial &ndash; no credit card required.</p>")],
  title=SPONSORED, subject="Work smarter in 2026")

C("junk", "paid_award", "en", "award nomination that asks for an inclusion fee",
  [("j_award", "2025-06-02 10:00", "Dear Niamh, congratulations! You have been shortlisted for the Global Aviation Excellence Awards 2025 in the category Inspirational Female Captain of the Year. To confirm your place, winners' package including trophy, gala dinner seat and feature in our digital magazine is £495 + VAT. Please confirm by Friday to secure your award."),
   ("j_award", "2025-06-09 10:00", "Dear Niamh, final reminder, your nomination will be released to the next candidate if not confirmed today.")])

C("junk", "paid_podcast", "en", "podcast guest slot with a production fee",
  [("j_pod", "2025-08-21 19:00", "Hey Niamh! Love your content. We'd love to have you on Cockpit Chronicles, reaching 40k aviation fans. Guests cover a small production fee of £250 which includes a professionally edited clip pack for your socials. Want me to send the booking link?")])

C("junk", "offers_what_she_sells", "en", "sim-check prep coaching pitched to a TRI who sells it",
  [("j_same", "2025-03-25 16:40", "Hi Niamh, nervous about your next OPC/LPC? At CheckRide Ready our experienced coaches prepare pilots for sim checks and airline assessments with a 97% pass rate. First session 20% off for new clients!")])

C("junk", "capacity_for_clients", "en", "lead-gen agency asks if she has capacity for new clients",
  [("j_cap", "2025-05-14 08:00", "Hi Niamh, quick question - do you have capacity for new clients right now? We fill coaching and training calendars with pre-qualified leads on a pay-per-booking basis. If yes, I'll share how it works.")])

C("junk", "like_minded_entrepreneurs", "en", "connect as like-minded entrepreneurs",
  [("j_like", "2025-07-01 22:30", "Hi Niamh, I love connecting with like-minded entrepreneurs who are building something meaningful. I'm always looking to grow my network with high-achievers. Let's connect and see how we can add value to each other!"),
   ("j_like", "2025-07-12 22:30", "Hey Niamh, I'm putting together a small mastermind for driven entrepreneurs, first month free. Interested?")])

C("junk", "quick_15_min_call", "en", "offshore dev team wants a quick 15-minute call",
  [("j_15", "2025-10-07 05:30", "Hello Niamh, hope you are doing well. We provide dedicated developers for web and mobile at 60% lower cost. Do you have 15 minutes this week for a quick call? Please share a suitable time.")])

C("junk", "connect_then_pitch", "en", "connects, chats about flying, pitch for property investment in message 3",
  [("j_ctp1", "2025-09-03 08:15", "Thanks for connecting Niamh! Always wanted to ask a pilot, what's the most beautiful approach you fly into?"),
   ("me", "2025-09-03 19:00", "Hard to beat Funchal on a clear day, or Innsbruck in winter."),
   ("j_ctp1", "2025-09-04 09:20", "Amazing! Speaking of views, I help high earners like pilots build a passive income portfolio of serviced apartments in Liverpool, 9% yields guaranteed. Could I send you our investor pack?")])

C("junk", "connect_then_pitch", "en", "connects, compliments Manchester, then ghostwriting pitch",
  [("j_ctp2", "2025-11-18 10:02", "Hi Niamh, thanks for accepting! I see you're in Manchester, I lived in Ancoats for years, love that city."),
   ("j_ctp2", "2025-11-20 10:05", "By the way, I noticed you don't post much on LinkedIn. I ghostwrite for senior professionals so they build authority without spending hours writing. Three posts a week for £600/month. Want to see some examples?")])

C("junk", "connect_then_pitch", "en", "connects as someone who works with union reps, then HR software pitch",
  [("j_ctp3", "2026-01-20 09:00", "Thanks for connecting Niamh. Must be a busy time for union reps with all the pay talks going on?"),
   ("me", "2026-01-20 21:00", "Never a dull moment!"),
   ("j_ctp3", "2026-01-21 08:30", "Ha I bet. PeopleStack helps HR teams manage employee relations cases end to end. Who looks after HR tech purchasing at Pennine Airways? Would love an intro."),
   ("j_ctp3", "2026-01-28 08:30", "Hi Niamh, just following up on the intro request!")])

C("junk", "bump_no_reply", "en", "SEO agency bumps three times without reply",
  [("j_bump1", "2025-03-03 09:00", "Hi Niamh, I ran a quick check and your site isn't ranking for 'pilot assessment prep'. We can get you to page 1 in 90 days. Interested?"),
   ("j_bump1", "2025-03-10 09:00", "Hi Niamh, just following up on my last message."),
   ("j_bump1", "2025-03-17 09:00", "Niamh, I don't want to be a bother. Should I close your file?")])

C("junk", "bump_no_reply", "en", "virtual assistant service with bumps",
  [("j_bump2", "2025-06-09 11:00", "Hi Niamh! Drowning in admin? Our virtual assistants start from £9/hr and handle your inbox, calendar and bookkeeping."),
   ("j_bump2", "2025-06-16 11:00", "Hey, bumping this up!"),
   ("j_bump2", "2025-06-30 11:00", "Last try, promise. Would a free trial week help?")])

C("junk", "off_topic_product", "en", "solar panels for her home",
  [("j_solar", "2025-04-14 18:00", "Hi Niamh, homeowners in Greater Manchester are saving up to £1,100 a year on energy bills with solar. We have installers in your area next week. Can I book you a free survey?")])

C("junk", "off_topic_product", "en", "luxury pilot watch dealer",
  [("j_watch", "2025-12-08 12:00", "Dear Captain, as a pilot you'll appreciate precision. We have just received a limited allocation of aviation chronographs for private clients before Christmas. May I send you our private catalogue?")])

C("junk", "fluent_generic_named_company", "en", "fluent ads pitch naming her prep business, could go to anyone",
  [("j_fluent1", "2025-08-26 13:40", "Hi Niamh, Pendlebury Pilot Prep is clearly doing great things, and the training space is booming right now. We help ambitious training businesses scale with paid social campaigns that actually convert - typically 3x ROAS within 60 days. Would it be worth a conversation about what that could look like for Pendlebury Pilot Prep?")])

C("junk", "fluent_generic_named_company", "en", "fluent leadership pitch naming the airline",
  [("j_fluent2", "2025-10-01 07:55", "Good morning Niamh. With Pennine Airways navigating growth and change, leaders like you are under more pressure than ever. Our leadership development partnerships help organisations like Pennine Airways build resilient, high-performing teams. I'd welcome the chance to share a few ideas - would a brief call next week suit?")])

C("junk", "trading_course", "en", "forex mentoring pitch",
  [("j_forex", "2025-02-14 23:10", "Hi Niamh, imagine replacing your salary while you're flying around the world. I mentor professionals to trade forex in 30 mins a day. Spaces in my February group are limited, shall I send the details?")])

C("junk", "mlm_brand_partner", "en", "lifestyle brand partner recruitment",
  [("j_mlm", "2025-05-31 20:20", "Hey lovely! You seem like such a positive go-getter. I'm looking for a few travel-loving women to join my team, it's flexible and fits round any schedule, perfect for crew life! Can I tell you more? x")])

C("junk", "generic_headset_pitch", "en", "headset discount blast, counterpart of the tailored headset supplier",
  [("j_headset", "2025-11-03 14:00", "Flash sale! Up to 40% off aviation headsets this week only. Free UK delivery. Shop now using code FLY40.")])

C("junk", "generic_insurance", "en", "generic income protection blast, counterpart of the tailored insurer",
  [("j_lol", "2025-09-29 09:15", "Hi Niamh, what would happen to your family if you couldn't work tomorrow? Income protection from just £12 a month. Get a quote in 60 seconds.")])

C("junk", "ghostwriting_book", "en", "memoir ghostwriting with a package fee",
  [("j_ghost", "2025-12-15 15:00", "Dear Niamh, every pilot has a story the world needs to hear. Our team will ghostwrite and publish your memoir, packages from £4,950. Shall we book a discovery session?")])

C("junk", "paid_event_pass", "en", "summit delegate pass sold as an invitation",
  [("j_summit", "2026-01-08 10:30", "Dear Niamh, you are invited to join 300 aviation leaders at the Aviation Leadership Summit in Dubai this April. As a selected executive, you qualify for our early-bird delegate pass at £1,950 (regular £2,600). Reply YES to reserve.")])

profile = {"First Name": "Niamh", "Last Name": "Pendlebury",
           "Headline": "Captain A321 at Pennine Airways | FCU local council chair (MAN) | TRI | Pendlebury Pilot Prep",
           "Summary": "Airline captain based in Manchester. Union rep for flight crew at MAN. On days off I help cadets prepare for airline sim assessments.",
           "Industry": "Airlines and Aviation", "Geo Location": "Manchester, England, United Kingdom",
           "Websites": "https://pendleburypilotprep.co.uk"}
positions = [
    {"Company Name": "Pennine Airways", "Title": "Captain A320/A321", "Location": "Manchester", "Started On": "Apr 2014"},
    {"Company Name": "Flight Crew Union", "Title": "Local Council Chair, MAN", "Location": "Manchester", "Started On": "Jan 2019"},
    {"Company Name": "Pendlebury Pilot Prep", "Title": "Founder & TRI", "Description": "Airline assessment and sim check preparation", "Location": "Manchester", "Started On": "Sep 2020"},
    {"Company Name": "Pennine Airways", "Title": "First Officer A320", "Location": "Manchester", "Started On": "Mar 2008", "Finished On": "Mar 2014"},
]
skills = ["Airline Operations", "Crew Resource Management", "Flight Instruction", "Trade Union Representation",
          "Fatigue Risk Management", "A320 Family", "Negotiation"]

if __name__ == "__main__":
    ex.write(OUT, profile, positions, skills)
    print(ex.summary())

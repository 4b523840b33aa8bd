"""dev15 persona (written blind as heldout21, session 4): Persona en-school-district-it-director-ohio (heldout21, written blind): Renee Hostetler,
director of technology at the invented Cedar Fork Local Schools in Wayne County, Ohio.
Every message below is written by hand for this corpus. Layout 2024.
Run: /work/main/.venv/bin/python corpus/dev15/_build/en_school_district_it_director_ohio.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-school-district-it-director-ohio"
OWNER = Person("me", "Renee Hostetler", "https://www.linkedin.com/in/renee-hostetler-cfls",
               "Cedar Fork Local Schools", "Director of Technology")
x = Export(SLUG, "2024", OWNER)
P = x.person

# ----------------------------------------------------------------- people: genuine
P("kurt", "Kurt Amstutz", "Cedar Fork Local Schools", "Superintendent", connected="2016-08-02")
P("loretta", "Loretta Gingerich", "Cedar Fork Elementary", "Principal", connected="2017-01-19")
P("darnell", "Darnell Whitcomb", "Cedar Fork Local Schools", "Board of Education Member", connected="2021-01-11")
P("sue", "Sue Ellen Troyer", "Cedar Fork Local Schools", "Treasurer/CFO", connected="2015-10-05")
P("brad", "Brad Nussbaum", "Cedar Fork High School", "Engineering & Robotics Teacher", connected="2019-09-03")
P("mindy", "Mindy Hochstetler", "Cedar Fork Middle School", "Art Teacher", connected="2022-08-22")
P("tj", "TJ Lapinski", "Cedar Fork Local Schools", "Network Technician", connected="2020-06-15")
P("gwen", "Gwen Rausch", "Rausch E-Rate Advisors", "Principal Consultant", connected="2014-03-27")
P("marty", "Marty Oyler", "Killbuck Valley Local Schools", "Technology Coordinator", connected="2018-11-09")
P("jolene", "Jolene Barkhimer", "Tri-County Talent Partners", "Recruiter, IT & Public Sector", connected="2025-02-20")
P("isaac", "Isaac Yoder", "", "IT Support Specialist", connected=None)
P("hannah", "Hannah Schrock", "Wooster Daily Ledger", "Education Reporter", connected="2023-05-04")
P("cheryl", "Cheryl Vandermark", "Buckeye K-12 Tech Summit", "Program Chair", connected="2019-04-12")
P("pete", "Pete Kandel", "North Central Ohio ITC", "Instructional Tech Specialist", connected="2022-10-10")
P("amy", "Amy Stutzman", "Holmes Valley Local Schools", "Curriculum Director", connected="2021-03-03")
P("raj", "Raj Mehta", "Orrville City Schools", "Director of Technology", connected="2020-02-14")
P("deb", "Deb Fankhauser", "State Office of School Connectivity", "Grant Program Manager", connected="2024-01-08")
P("vince", "Vince Bontrager", "", "Retired Technology Director", connected="2011-07-30")
P("kayla", "Kayla Mast", "RosterBridge SIS", "Customer Success Manager", connected="2019-07-01")
P("don", "Don Reidenbach", "Heartland Device Solutions", "Account Executive", connected="2018-05-16")
P("gary", "Gary Hershberger", "Cedar Fork Local Schools", "Board President", connected="2016-08-03")
P("melissa", "Melissa Carp", "Wayne Rural Fiber Co-op", "Business Account Rep", connected="2017-06-21")
P("dep", "Deputy Luis Arriaga", "Wayne County Sheriff's Office", "School Resource Officer", connected="2023-09-12")
P("tammy", "Tammy Wengerd", "Cedar Fork PTO", "President", connected="2022-04-02")
P("ellie", "Ellie Sprunger", "University of Akron", "Student, Computer Information Systems", connected="2025-03-18")
P("frank", "Frank Liechty", "Liechty & Moore Insurance", "Commercial Lines Agent", connected="2019-12-02")
P("rosa", "Rosa Delgado", "Tri-State Office Systems", "Account Manager", connected="2018-08-08")
P("nate", "Nate Kauffman", "Cedar Fork Local Schools", "Help Desk Technician", connected="2021-09-27")
P("cindy", "Cindy Beachy", "Wayne Community College", "Dean, Business & IT", connected="2020-10-20")
P("jen", "Jen Sommers", "St. Brendan Catholic School", "Principal", connected=None)
P("village", "Ron Zimmerly", "Village of Cedar Fork", "Village Administrator", connected="2019-05-05")
P("beth", "Beth Hartzler", "Cedar Fork High School", "English Teacher", connected="2018-02-11")
P("monica", "Monica Graber", "Smithville-Green Local Schools", "Technology Director", connected="2022-06-06")
P("trev", "Trevor Eash", "Dalton Local Schools", "Network Administrator", connected="2023-02-27")
P("alvin", "Alvin Weaver", "", "Former Cedar Fork Help Desk Technician", connected="2019-08-19")

# ----------------------------------------------------------------- people: wanted pitches
P("w_filter", "Colleen Brandt", "Waypoint Filtering", "K-12 Solutions Engineer", connected="2025-04-02")
P("w_wifi", "Eric Lindqvist", "SignalPath RF Design", "Wireless Engineer", connected="2025-03-06",
  invite=("IN", "2025-03-05 19:40", "Enjoyed your session at the ITC tech day on phone-free bell schedules and Wi-Fi load. Would like to connect."))
P("w_voip", "Sandra Pruitt", "Lakeshore Unified Comms", "Public Sector Sales", connected=None)
P("w_cable", "Mike Dunlap", "Dunlap Low Voltage", "Owner", connected="2025-01-28")
P("w_a11y", "Priya Raman", "Ramp Accessibility Studio", "Founder", connected=None)
P("w_repair", "Jake Holcomb", "BenchFix Device Repair", "Operations Lead", connected="2024-11-14")
P("w_sync", "Tom Albrecht", "ClassLink Helper Tools", "Integration Engineer", connected=None)
P("w_recruit", "Dana Whitfield", "Harlan Search Group", "Senior Recruiter, Education Leadership", connected="2025-05-01",
  invite=("IN", "2025-04-30 17:05", "Hi Renee, I recruit for Ohio district technology leadership roles. Would be glad to connect."))
P("w_grant", "Karen Oberholtzer", "", "Freelance Grant Writer (K-12)", connected="2024-12-09")
P("w_backup", "Steve Malloy", "Ironvault Backup", "Solutions Architect", connected=None)
P("w_refurb", "Lina Osei", "SecondBell Device Recovery", "Partnerships", connected="2025-06-10")
P("w_pd", "Marcus Greer", "Chalkline Learning", "Lead Facilitator", connected="2025-07-21")

# ----------------------------------------------------------------- people: junk
P("j_filter", "Tyler Boone", "NetGuardian Pro", "Business Development", connected=None)
P("j_voip", "Ashley Kerr", "CloudTalk Direct", "Account Executive", connected=None)
P("j_web", "Rahul Verma", "PixelForge Digital", "Growth Consultant", connected=None)
P("j_staff", "Brittany Sloan", "Apex IT Staffing", "Talent Acquisition Partner", connected=None)
P("j_reit", "Greg Vanover", "Meridian Capital Partners", "Wealth Advisor", connected="2024-10-03")
P("j_coach", "Lisa Marchetti", "Elevate Executive Coaching", "Certified Coach", connected=None)
P("j_msp", "Kevin Strand", "EduManaged IT", "VP Sales", connected=None)
P("j_capacity", "Olivia Hart", "LeadNest", "Partnership Manager", connected=None)
P("j_like", "Derek Pham", "", "Entrepreneur | Investor | Speaker", connected="2025-01-15",
  invite=("IN", "2025-01-14 22:05", "Hi Renee, always looking to connect with like-minded leaders!"))
P("j_15min", "Jordan Blake", "Synergy Solutions Group", "Director of Partnerships", connected=None)
P("j_ctp1", "Chad Whitaker", "BrightPath EdTech", "Regional Manager", connected="2025-02-11",
  invite=("IN", "2025-02-10 16:22", ""))
P("j_ctp2", "Megan Fowler", "Solara Energy Partners", "Energy Consultant", connected="2025-04-16",
  invite=("IN", "2025-04-15 08:47", "Fellow Ohioan here, would love to connect!"))
P("j_ctp3", "Brandon Lusk", "VisionBoard Displays", "Territory Manager", connected="2025-08-26",
  invite=("IN", "2025-08-25 13:10", ""))
P("j_bump", "Nicole Ames", "Quantix Analytics", "SDR", connected=None)
P("j_bump2", "Ryan Cole", "SecureStack", "Account Development Rep", connected=None)
P("t1", "Josh Mercer", "Pinnacle Device Leasing", "Education Specialist", connected=None)
P("t2", "Kelsey Rowe", "TechSave Partners", "Client Advisor", connected=None)
P("t3", "Andre Simmons", "ClassGear Supply", "Account Executive", connected=None)
P("t4", "Heather Lyle", "Campus Hardware Direct", "K-12 Sales", connected=None)
P("t5", "Lukas Brenner", "EduTech Vertrieb GmbH", "Vertriebsleiter", connected=None)
P("m1", "Stacy Dunn", "OptiCloud", "Business Development", connected=None)
P("m2", "Vikram Nair", "SkyLink Consulting", "Lead Generation", connected=None)
P("m3", "Amber Collins", "Tidewater Print Solutions", "Sales", connected=None)
P("m4", "Phil Gaines", "Roster360", "Account Executive", connected=None)
P("sp1", "Stratos Cloud", "", "", url="https://www.linkedin.com/company/stratos-cloud-k12")
P("sp2", "LearnLoop", "", "", url="https://www.linkedin.com/company/learnloop-edu")
P("sp3", "Northgate University Online", "", "", url="https://www.linkedin.com/company/northgate-online")
P("j_award", "Natalie Price", "EdTech Leaders Review", "Editorial Director", connected=None)
P("j_pod", "Cody Reyes", "The Future of Learning Podcast", "Host & Producer", connected=None)
P("j_fluent", "Samantha Ortiz", "Beacon Cyber", "Strategic Accounts", connected=None)
P("j_wifi", "Bryce Holt", "AirWave Pros", "Sales Manager", connected=None)
P("j_backup", "Connor Walsh", "DataSafe Now", "Cyber Resilience Advisor", connected=None)
P("j_grant", "Whitney Moore", "GrantGenius", "Funding Specialist", connected=None)
P("j_pd", "Travis Knox", "AI Ready Teachers", "Founder", connected=None)
P("j_buyback", "Erin Shaw", "RecycleTech Buyback", "Asset Recovery", connected=None)
P("j_meet", "Zach Porter", "PipelineBoost", "Founder", connected=None)
P("j_vape", "Lauren Tate", "SafeAir Sensors", "School Safety Consultant", connected=None)
P("j_dev", "Ankit Sharma", "CodeCraft Offshore", "Business Head", connected=None)
P("j_fluent2", "Owen Sterling", "Keystone Workflow", "Enterprise Sales", connected=None)

# ======================================================================== genuine (35)
x.conv("genuine", "colleague_request", "en", "principal: Chromebook cart not charging, asks for a tech",
       [("loretta", "2025-09-08 07:42", "Morning Renee! The cart in Mrs. Yoder's 2nd grade room is dead again, none of the 24 chromebooks charged overnight. Breaker is fine, I checked (well, our custodian did, lol). Can somebody swing by before lunch?"),
        ("me", "2025-09-08 07:55", "Ugh, that cart. Nate is at the elementary at 9 anyway, I'll have him look at the power strip first. If it's the cart itself we still have the spare in the Media Center."),
        ("loretta", "2025-09-08 11:20", "Nate fixed it!! Loose plug on the back. You guys are the best.")])
x.conv("genuine", "superintendent_board_prep", "en", "superintendent wants levy tech slides for board work session",
       [("kurt", "2025-10-02 16:10", "Renee - for the Oct 20 work session I'd like 3-4 slides on what the permanent improvement levy would cover on the tech side. Device refresh cycle, the network core, cameras. Plain English please, the board glazes over at acronyms."),
        ("me", "2025-10-02 17:02", "Will do. Rough numbers: device refresh ~$310k/yr on a 4-year cycle, core switches ~$140k one time, camera expansion ~$85k. I'll have a draft to you by Wednesday."),
        ("kurt", "2025-10-03 06:58", "Perfect. And thank you for the 'no acronyms' part in advance.")])
x.conv("genuine", "board_member_question", "en", "board member asks about cyber insurance MFA requirement",
       [("darnell", "2025-05-13 20:41", "Hi Renee, question before Thursday's meeting. The insurance renewal packet says we need MFA on 'all remote access' or the premium goes up. Are we there? Don't want to be blindsided."),
        ("me", "2025-05-14 07:30", "Good question Darnell. Staff email and VPN have MFA since last spring. The one gap is the HVAC vendor's remote login, we're closing that before June 1. I'll put it in writing for the packet."),
        ("darnell", "2025-05-14 08:12", "Great, that's what I needed. Thanks for being straight with me.")])
x.conv("genuine", "vendor_price_change", "en", "existing SIS vendor announces per-student price increase for FY27",
       [("kayla", "2025-11-04 10:15", "Hi Renee, I wanted you to hear this from me before the formal letter goes out. Starting July 1, 2026, RosterBridge per-student pricing moves from $7.40 to $8.15. Your current contract runs through June 30, so nothing changes this year. If you sign a 3-year renewal before March 31 we can hold it at $7.80. Happy to hop on a call whenever suits you."),
        ("me", "2025-11-04 13:48", "Thanks for the heads up Kayla, appreciated. That's about a $1,400 jump for us at current enrollment. Send me the renewal quote for both options (1-yr and 3-yr) and I'll take it to Sue Ellen."),
        ("kayla", "2025-11-05 09:02", "Done, both quotes are in your inbox. And the gradebook export fix is in the December release, finally!")])
x.conv("genuine", "erate_consultant", "en", "long-time E-rate consultant: Form 471 window, contract renewal",
       [("gwen", "2025-01-13 09:00", "Happy New Year Renee! Window opens Jan 15 per USAC's calendar. I've got your Category 2 budget at $118,412 remaining for this cycle. Are we still doing the switches + the APs at the high school?"),
        ("me", "2025-01-13 09:40", "Happy New Year! Yes to both. Bids came back Friday, I'll send you the bid matrix today. Also - our agreement with you renews in March, same terms?"),
        ("gwen", "2025-01-13 10:05", "Same terms, same fee. I'll send the engagement letter. 11 years now, can you believe it?"),
        ("me", "2025-01-13 10:07", "Don't remind me :) Bid matrix coming your way.")])
x.conv("genuine", "peer_joint_purchase", "en", "neighbouring district proposes joint bid for access points",
       [("marty", "2025-02-25 14:30", "Hey Renee. Crazy idea. You're doing APs at the high school, we're doing APs at both buildings next summer. What if Killbuck and Cedar Fork put out one RFP together? Bigger quantity, better pricing, and we split the legal review. Raj at Orrville might want in too."),
        ("me", "2025-02-25 15:12", "Not crazy at all. E-rate wise each district still files its own 471, but a joint RFP is fine as long as the evaluation is documented per district. Let me ask Gwen how she'd want it structured."),
        ("marty", "2025-02-25 15:20", "Sweet. Coffee at the Dutch Kitchen Thursday? My treat this time, I owe you from the whole fiber mess."),
        ("me", "2025-02-25 15:21", "Deal. 7:30.")])
x.conv("genuine", "recruiter_engaged", "en", "recruiter the district engaged sends network tech candidates",
       [("me", "2025-02-19 11:00", "Hi Jolene, Sue Ellen gave me your name. We're trying to fill a network technician position, posted twice already with no luck. Is this something Tri-County does on a contingency basis for schools?"),
        ("jolene", "2025-02-20 08:35", "Hi Renee! Yes, we place with several districts in Wayne and Holmes. Contingency, 15% of first-year salary, 90-day guarantee. Can you send the job description and the salary range?"),
        ("me", "2025-02-20 09:10", "Attached. Range is $52-61k, PERS, full district benefits."),
        ("jolene", "2025-03-04 16:45", "I have two candidates worth your time. One is coming out of a hospital IT shop in Mansfield, one is a Navy vet with a CCNA. Resumes sent to your email. Could you do interviews the week of the 17th?"),
        ("me", "2025-03-04 17:30", "Both look solid. Tuesday 18th and Wed 19th work, afternoons.")])
x.conv("genuine", "job_applicant", "en", "applicant for help desk technician position",
       [("isaac", "2025-06-03 19:22", "Hello Mrs. Hostetler, I applied for the Help Desk Technician opening through the district website last week. I just wanted to say I'm very interested. I did two summers of device imaging at Triway and I have my A+. Thank you for your time."),
        ("me", "2025-06-04 08:15", "Hi Isaac, thanks for reaching out. I got your application, we're scheduling interviews for next week. Our secretary Pam will call you to set a time."),
        ("isaac", "2025-06-04 08:31", "Thank you so much!")])
x.conv("genuine", "inbound_lead_shared_services", "en", "private school wants to buy help-desk services from the district",
       [("jen", "2025-07-15 10:30", "Hi Renee, we haven't met. I'm the new principal at St. Brendan. Father Tom said Cedar Fork provides IT support to the county library under a shared services agreement. Would the district consider something similar for us? We have about 140 students, 60 Chromebooks, a handful of staff PCs and a very tired server. What would that cost roughly?"),
        ("me", "2025-07-15 14:02", "Hi Jen, welcome to the area! Yes, we do that for the library (8 hrs/week on site plus remote). For your size I'd guess 4-6 hrs a week. Our board sets the rate, currently $58/hr. Let me put together a proper quote and a draft agreement - could I come look at the server room next week?"),
        ("jen", "2025-07-15 14:40", "That would be wonderful. Tuesday after 1?"),
        ("me", "2025-07-15 14:45", "Tuesday at 1:30. See you then.")])
x.conv("genuine", "client_quote_request", "en", "village asks the district for a quote on dark fiber lease",
       [("village", "2025-03-27 13:05", "Renee, Ron Zimmerly at the village. Council wants to connect the new water treatment building to village hall. Your fiber ring goes right past it on Mill St. Would the district lease us a pair? Need a number for the April 14 council agenda."),
        ("me", "2025-03-27 15:22", "Hi Ron. We have spare strands on that segment. Our last lease (to the fire district) was $1,200 setup plus $95/month, 10-year term. I'd need board approval but I don't see a problem. I'll email you a formal quote tomorrow."),
        ("village", "2025-03-27 15:30", "Appreciate it. That's less than half what the phone company wanted.")])
x.conv("genuine", "journalist", "en", "local reporter asks about the phishing incident and phone policy",
       [("hannah", "2025-09-23 11:15", "Hi Renee, Hannah from the Ledger. Two things: (1) I heard some staff got a fake 'payroll update' email last week, can you confirm whether any data was exposed? (2) I'm doing a piece on the new phone-free policy, how has it affected the network, if at all? On deadline Thursday 4pm."),
        ("me", "2025-09-23 12:40", "Hi Hannah. (1) Yes, 31 staff got it, 2 clicked, nobody entered credentials - our filter caught the login page. No data exposed. You can quote me on that. (2) Honestly the Wi-Fi has never been happier. Peak clients at the HS dropped from about 1,900 to 1,100. Happy to talk by phone tomorrow morning."),
        ("hannah", "2025-09-23 12:52", "That's great, very usable. I'll call at 9:30 if that works?"),
        ("me", "2025-09-23 12:55", "9:30 works.")])
x.conv("genuine", "event_invitation", "en", "conference chair she knows invites her onto a panel",
       [("cheryl", "2025-08-11 09:30", "Renee! Planning the Buckeye K-12 Tech Summit in Columbus, Feb 24-25. We'd love you on the 'Small District, Big Network' panel with two other directors. No fee of course, we cover the hotel and your registration. Interested?"),
        ("me", "2025-08-11 10:18", "I'd love to. Let me make sure the 24th isn't a board meeting week... it isn't. Count me in. Who else is on it?"),
        ("cheryl", "2025-08-11 10:30", "Monica Graber from Smithville-Green and a fellow from down near Marietta. I'll send the speaker form this week. Yay!")])
x.conv("genuine", "thanks_after_talk", "en", "thank-you after her ITC tech day session (1 of 3)",
       [("pete", "2025-03-06 15:44", "Thanks again for presenting today Renee. The part about shifting bell times to spread the login rush was gold, three people asked me for your slides already. Okay if I post them on the ITC shared drive?"),
        ("me", "2025-03-06 16:20", "Thanks Pete, glad it landed! Yes, go ahead and post them.")])
x.conv("genuine", "thanks_after_talk", "en", "thank-you after her ITC tech day session (2 of 3)",
       [("amy", "2025-03-06 17:05", "Great session today! Thank you for being so honest about what didn't work too. We're going to steal your bell schedule idea next fall.")])
x.conv("genuine", "thanks_after_talk", "en", "thank-you after her ITC tech day session (3 of 3)",
       [("raj", "2025-03-07 07:50", "Really enjoyed your talk yesterday. Thanks for sharing the numbers, hardly anybody does that. Let's catch up at the spring meeting."),
        ("me", "2025-03-07 08:12", "Thanks Raj! Yes, definitely, and I still want to hear how your camera migration went.")])
x.conv("genuine", "state_agency", "en", "state grant programme manager: cybersecurity grant report due",
       [("deb", "2025-06-17 09:20", "Good morning Ms. Hostetler, this is a friendly reminder that the year-one expenditure report for your School Cybersecurity Improvement grant is due June 30. Cedar Fork is one of the few districts that has already submitted the training logs, thank you! The remaining item is the itemized invoice summary."),
        ("me", "2025-06-17 10:05", "Thanks Deb. Our treasurer is finishing the invoice summary, you'll have it by the 25th."),
        ("deb", "2025-06-26 08:40", "Received, all complete. Have a good summer!")])
x.conv("genuine", "long_standing_mentor", "en", "retired mentor, friendly catch-up over the years",
       [("vince", "2023-12-20 18:10", "Merry Christmas kiddo. Still keeping the lights on at Cedar Fork? I heard the board finally approved the fiber to the bus garage. Only took them 9 years after I asked."),
        ("me", "2023-12-21 08:30", "Merry Christmas Vince! Yes, your bus garage fiber is live, I thought of you when we lit it up. How's Florida?"),
        ("vince", "2024-06-02 12:00", "Florida is hot. Back in Ohio for the summer. Lunch at the diner in Kidron some time?"),
        ("me", "2024-06-03 07:45", "Absolutely. How about the 14th?"),
        ("vince", "2025-12-18 17:25", "Another year gone. Proud of you, I hear your name every time somebody in the region has a network question. Merry Christmas to you and Dave."),
        ("me", "2025-12-18 19:02", "Vince, that means a lot. Merry Christmas! Lunch in June again, my turn to pay.")])
x.conv("genuine", "teacher_request", "en", "robotics teacher needs software installed and ports opened",
       [("brad", "2025-01-07 14:22", "Hey Renee, happy new year. For the VEX season we need the coding app on the 18 lab laptops and the competition field controller needs to talk over the network. Last year it got blocked by something. Can TJ take a look before Jan 17?"),
        ("me", "2025-01-07 15:00", "Yep, it's the guest VLAN isolating it. TJ will set up a separate SSID for the field. Installs go out through the management console tonight."),
        ("brad", "2025-01-07 15:05", "You rock. Kids will be thrilled.")])
x.conv("genuine", "teacher_request", "en", "art teacher asks about iPad stylus budget",
       [("mindy", "2025-04-28 12:31", "hi renee sorry to bug you. is there any money left for styluses for the art room ipads? like 25 of them, the cheap ones are fine. if not no worries ill ask the PTO"),
        ("me", "2025-04-28 13:10", "Hi Mindy, not a bug at all. I have about $600 left in the instructional tech line. 25 of the $18 ones fits. Send me the link and I'll do the PO."),
        ("mindy", "2025-04-28 13:12", "YAY thank you!!")])
x.conv("genuine", "vendor_contract_renewal", "en", "device supplier under contract: battery recall and next order",
       [("don", "2025-10-14 09:45", "Renee, heads up: the manufacturer issued a battery advisory for a batch of the 11\" models. 47 of your serials are on the list. We'll swap them at no charge, I can have a tech on site the week of Oct 27. Also your next refresh (220 units) - pricing is held through Dec 15 per our contract."),
        ("me", "2025-10-14 10:30", "Thanks Don. Oct 28 at the middle school works, we'll pull the affected ones. On the refresh, send me the quote with the 3-yr accidental damage option too, I want to compare."),
        ("don", "2025-10-14 11:00", "You'll have it this afternoon.")])
x.conv("genuine", "treasurer_po", "en", "treasurer: PO approval and budget question",
       [("sue", "2025-04-09 15:55", "Renee, PO for the core switches is $139,860. That's over the $50k bid threshold so it needs board approval on the 17th - can you write a 2-sentence explanation for the agenda? Also E-rate reimbursement comes back to the general fund, correct?"),
        ("me", "2025-04-09 16:20", "Yes, BEAR reimbursement goes to general fund. Agenda text: 'Approve purchase of network core switches from lowest responsive bidder, 80% eligible for federal E-rate reimbursement. Replaces equipment past end of support.'"),
        ("sue", "2025-04-09 16:22", "Perfect, that's going in verbatim.")])
x.conv("genuine", "former_employee_reference", "en", "former help desk tech asks for a reference",
       [("alvin", "2025-05-20 21:10", "Hi Renee! Hope you're doing good. I'm applying for a systems admin job at Wayne Health and they want a reference from a past supervisor. Would you be willing? I totally understand if you're too busy."),
        ("me", "2025-05-21 07:20", "Alvin! Of course. Give them my cell. You were the best imaging tech I ever had, I'll tell them that."),
        ("alvin", "2025-05-21 07:48", "Thank you!! I'll let you know how it goes.")])
x.conv("genuine", "owner_started_peer_advice", "en", "she asks a peer about his MDM migration",
       [("me", "2025-08-28 13:00", "Hi Trevor, Raj mentioned Dalton moved off the old MDM over the summer. How painful was it? We're thinking about it for next year and I'd love the honest version."),
        ("trev", "2025-08-28 16:45", "Ha, the honest version: the migration itself was fine, the re-enrollment of 600 iPads was not. Budget 3 days with 4 people. Happy to show you our runbook."),
        ("me", "2025-08-28 17:02", "That would be amazing. I'll bring donuts.")])
x.conv("genuine", "friend_congrats", "en", "board president congratulates her on 10 years",
       [("gary", "2025-08-01 19:30", "Congratulations on 10 years with the district Renee. You took us from one T1 line to where we are now. The board appreciates you more than we say."),
        ("me", "2025-08-01 20:05", "Thank you Gary, that's really kind. It's been a good 10 years.")])
x.conv("genuine", "vendor_maintenance", "en", "fiber co-op rep: maintenance window and new rate sheet",
       [("melissa", "2025-07-02 11:40", "Hi Renee, two things. We've got a maintenance window on the Rt 30 backbone July 19, 11pm-3am. Also the new business rate sheet goes into effect Sept 1, your 1 Gig stays at $640/mo, but the 2 Gig tier dropped to $790 if you ever want it."),
        ("me", "2025-07-02 12:15", "Thanks Melissa. July 19 is fine, no summer school that night. And $790 for 2 Gig is tempting... let me check what E-rate would cover and get back to you."),
        ("melissa", "2025-07-02 12:20", "Sounds good. Enjoy the 4th!")])
x.conv("genuine", "school_safety", "en", "school resource officer asks for camera access",
       [("dep", "2025-01-29 10:05", "Morning Ms. Hostetler. Principal Gingerich said you're the one to ask. Could I get view-only access to the cameras at the elementary from my cruiser laptop? Sheriff's office will sign whatever agreement you need."),
        ("me", "2025-01-29 11:30", "Hi Deputy Arriaga. Yes, we did the same for your predecessor. There's a one-page MOU, I'll send it over; once the sheriff signs, TJ sets up the account in a day."),
        ("dep", "2025-01-29 11:34", "Appreciate it.")])
x.conv("genuine", "pto_donation", "en", "PTO president about donating old laptops to families",
       [("tammy", "2025-06-10 18:45", "Hi Renee!! The PTO was wondering if the old laptops you're retiring could go to families who don't have a computer at home? We'd handle the sign up."),
        ("me", "2025-06-10 20:00", "Hi Tammy, great idea. They have to be wiped and declared surplus by the board first, that's the July meeting. After that I'm all for it. Probably about 40 units."),
        ("tammy", "2025-06-10 20:03", "Woohoo! Thank you!!")])
x.conv("genuine", "internship_applicant", "en", "university student asks for a summer internship",
       [("ellie", "2025-03-18 15:00", "Hello Ms. Hostetler, I'm a junior in CIS at Akron and a Cedar Fork grad (class of '22). Does the district take summer interns in the tech department? I'd be happy to image Chromebooks all summer, honestly."),
        ("me", "2025-03-19 08:00", "Hi Ellie! We do, usually one or two a summer, paid through the student worker program ($14/hr). Send your resume to me and I'll forward it to HR. Go Cougars."),
        ("ellie", "2025-03-19 08:40", "Sent! Thank you so much!")])
x.conv("genuine", "insurance_broker_premium", "en", "existing insurance agent: cyber premium renewal quote",
       [("frank", "2025-05-06 14:10", "Renee, renewal quote came back for the cyber policy. Premium $18,900, up from $16,200, BUT the carrier will knock 8% off if we get the MFA attestation signed by everyone. Can you fill in the attached questionnaire by May 20?"),
        ("me", "2025-05-06 15:00", "Will do Frank. Only open item is the HVAC vendor, fixed by June 1. Can I note that as 'in progress'?"),
        ("frank", "2025-05-06 15:08", "Yes, with the date. Carrier is fine with that.")])
x.conv("genuine", "vendor_lease_quote", "en", "copier vendor: lease ending, renewal quote",
       [("rosa", "2025-02-03 10:20", "Hi Renee! Your copier lease ends June 30. I've put together two options for the renewal: like-for-like at $2,840/mo, or fewer but faster machines at $2,310/mo. Can we set up a call to go through them? 20 minutes max."),
        ("me", "2025-02-03 11:45", "Hi Rosa. The second option sounds interesting but I need the click rates too. Thursday at 2?"),
        ("rosa", "2025-02-03 11:50", "Thursday at 2, I'll send the invite.")])
x.conv("genuine", "peer_group", "en", "regional tech directors' group chat about a phishing wave",
       [("monica", "2025-09-16 07:10", "Anyone else getting the fake 'DocuSign - Treasurer' emails this morning? We've had 12 so far."),
        ("raj", "2025-09-16 07:14", "Yes, 8 here. Sender domain is a lookalike of the ITC."),
        ("me", "2025-09-16 07:20", "We got 31. Blocking the domain and the sending IPs now, will post the IOCs in the shared doc."),
        ("monica", "2025-09-16 07:22", "Thanks Renee, you're a saint.")],
       title="Wayne-Holmes Tech Directors", extra=["marty"])
x.conv("genuine", "staff_outage", "en", "her technician reports weekend server outage",
       [("tj", "2025-11-15 22:48", "FYI the file server at the MS went down around 9pm, UPS battery died during the storm. I'm on my way over. Will text if it's worse."),
        ("tj", "2025-11-15 23:55", "Back up. Replaced the battery with the spare. No data loss. We need to order 2 more batteries though."),
        ("me", "2025-11-16 07:40", "Thank you TJ, above and beyond. Order the batteries Monday, put it on the maintenance line. And take Friday afternoon off.")])
x.conv("genuine", "event_invitation", "en", "teacher invites her to the student showcase",
       [("beth", "2025-04-22 14:00", "Renee, the juniors are presenting their digital storytelling projects May 8 at 6pm in the auditorium. Half of them used the green screen room you set up. Would mean a lot if you could come!"),
        ("me", "2025-04-22 14:30", "Wouldn't miss it. See you on the 8th!")])
x.conv("genuine", "advisory_board", "en", "community college dean asks her to join the IT advisory board",
       [("cindy", "2025-10-21 13:15", "Hi Renee, our Networking program needs an advisory board member from K-12 IT. It's two evening meetings a year and reviewing the curriculum. You'd be perfect. Would you consider it?"),
        ("me", "2025-10-21 16:00", "Hi Cindy, I'd be happy to. Two of my techs came through your program, so it's the least I can do."),
        ("cindy", "2025-10-22 08:20", "Wonderful! I'll send the details for the November 12 meeting.")])
x.conv("genuine", "spam_folder_genuine", "en", "help desk tech writing from personal account, landed in spam",
       [("nate", "2025-12-27 10:15", "Hey it's Nate, writing from my personal. Work phone died. The snow day alert didn't go out through the call system this morning, parents are calling the board office. Can you log in? I can't reach the vendor."),
        ("me", "2025-12-27 10:40", "Just saw this, sorry - it landed in my spam folder! Logged in, the alert is going out now. Thank you for flagging.")],
       folder="SPAM")
x.conv("genuine", "peer_colleague", "en", "peer director asks to borrow a spare switch",
       [("monica", "2025-11-20 12:05", "Weird ask: our gym switch fried and the replacement is 3 weeks out. Do you have a spare 24-port POE we could borrow until then? Basketball season starts next week and the scoreboard runs on it."),
        ("me", "2025-11-20 12:30", "We have one on the shelf. TJ can drop it off tomorrow morning. Just return it before the spring."),
        ("monica", "2025-11-20 12:31", "I owe you. Big time.")])

# ======================================================================== wanted pitches (12)
x.conv("wanted_pitch", "tailored_post", "en", "content filter engineer cites her post about filtering take-home Chromebooks off-network",
       [("w_filter", "2025-04-03 09:12", "Hi Renee, I read your post last week about students getting around the filter when the Chromebooks go home and join hotspots, and the CIPA question it raises for the district. That's exactly the off-network case we built Waypoint's on-device agent for: policies follow the device, no proxy, no PAC files. We're already running at two Wayne County districts so I know the ITC setup you're on. Would it be useful if I sent you a 2-page comparison with what you have now? No call needed unless you want one."),
        ("me", "2025-04-03 12:30", "Actually yes, send it. Our renewal is in August, so timing is good.")])
x.conv("wanted_pitch", "tailored_talk", "en", "Wi-Fi engineer saw her ITC talk and offers a predictive survey for the new wing",
       [("w_wifi", "2025-03-07 10:00", "Thanks for connecting, Renee. Your slide on the login spike at 7:52 stuck with me, that's textbook co-channel contention in a gym-adjacent wing. You mentioned the new science wing opens in 2026. We do predictive RF designs from CAD drawings before the drywall goes up, which is when APs are cheapest to place right. If that's useful I can show you a sample from a district your size. If not, I just really liked the talk.")])
x.conv("wanted_pitch", "tailored_public_rfp", "en", "phone vendor cites the board-approved VoIP RFP from public minutes",
       [("w_voip", "2025-06-24 08:45", "Hello Ms. Hostetler. I saw in the June 16 board minutes that Cedar Fork approved issuing an RFP to replace the phone system, and that the RFP asks for E911 dispatchable location under Kari's Law / RAY BAUM'S. We've deployed that at 14 Ohio districts, including the per-room location mapping your RFP calls for. We'll be submitting a response; in the meantime, would a reference call with a district of similar size help your evaluation?"),
        ("me", "2025-06-24 10:10", "Thanks Sandra. Please route all questions through the RFP contact listed in the document so every bidder gets the same answers, but yes, a reference list in your response would be welcome.")])
x.conv("wanted_pitch", "tailored_mutual_contact", "en", "cabling contractor referred by her E-rate consultant by name",
       [("w_cable", "2025-01-29 13:00", "Hi Renee, Gwen Rausch suggested I get in touch. She mentioned you're pulling new Cat6A at the high school for the AP refresh and that your last contractor left the IDF labels a mess. We're a 9-person low voltage shop out of Orrville, we did Raj's buildings last summer. Happy to bid when you go out for it, and we always label both ends. :)"),
        ("me", "2025-01-29 14:20", "Ha, Gwen doesn't forget anything. Bid goes out Feb 10, I'll make sure you get it.")])
x.conv("wanted_pitch", "tailored_site_visit", "en", "accessibility firm audited specific pages of the district website",
       [("w_a11y", "2025-08-05 11:30", "Dear Ms. Hostetler, I'm reaching out because the DOJ's Title II web accessibility rule gives districts your size until April 2027, and I took a look at cedarforkschools.org. Mostly in good shape! But the board agendas are scanned PDFs with no text layer, the lunch menu is an image, and the athletics calendar can't be used by keyboard. Those three are the most common complaint triggers. We fix exactly this for Ohio districts at a fixed fee. I'd be glad to send the full list I found, free either way.")])
x.conv("wanted_pitch", "tailored_specific_problem", "en", "repair depot names her Chromebook repair backlog from a forum thread",
       [("w_repair", "2024-11-15 09:10", "Hi Renee, you mentioned in the Ohio K-12 tech forum that you've got 90-some cracked screens waiting and only one tech doing repairs between tickets. We run a depot in Canton: we pick up on Monday, bring back Friday, parts at cost plus $19 labor per unit. We keep a spare pool of your exact model so kids aren't without a device. If you want, I can take a batch of 20 as a trial with no commitment."),
        ("me", "2024-11-15 10:00", "Timing is good, we're drowning. What's your turnaround on keyboards?"),
        ("w_repair", "2024-11-15 10:20", "Same week for keyboards. I'll send the price sheet.")])
x.conv("wanted_pitch", "tailored_tools", "en", "integration engineer knows her SIS and rostering sync issue",
       [("w_sync", "2025-09-03 14:00", "Hi Renee, we noticed Cedar Fork uses RosterBridge for the SIS and Google Classroom for courses. If you're on RosterBridge 11, the nightly export drops co-teachers from sections, which breaks Classroom rosters every time a schedule changes. We built a small connector that fixes that specific gap (keeps both teachers, syncs every 30 min). It's $1.10/student/year. Happy to give you a 30-day trial on your own data.")])
x.conv("wanted_pitch", "tailored_recruiter_role", "en", "search firm recruiter with a relevant CTO role, names her E-rate and fiber work",
       [("w_recruit", "2025-05-02 10:30", "Hi Renee, thanks for connecting. I'm leading the search for Chief Technology Officer at a 6,000-student district in central Ohio (confidential until the board announces). They specifically want someone who has run E-rate Category 1 fiber builds, and the write-up in the Ledger about your district-owned ring is the reason I'm writing you and not 50 other people. Salary band is $128-142k. Not asking for a resume, just 20 minutes to see if it's even interesting."),
        ("me", "2025-05-02 19:00", "Flattered, Dana. I'm happy where I am but I'm always willing to listen. Next Tuesday after 3?"),
        ("w_recruit", "2025-05-03 08:15", "Tuesday at 3:30 it is. Thanks!")])
x.conv("wanted_pitch", "tailored_public_eligibility", "en", "grant writer cites the state cyber grant round and the district's rural eligibility",
       [("w_grant", "2024-12-10 09:00", "Hi Renee! The state opened round 2 of the school cybersecurity grant yesterday and it adds a rural priority tier. Cedar Fork qualifies under the NCES locale code (rural fringe), and your round-1 award already covers training, so round 2 could fund the EDR licenses you'd need to keep going. I write these for small districts, flat fee, paid only if awarded. Deadline is Feb 7. Want me to send the scoring rubric?")])
x.conv("wanted_pitch", "tailored_press_item", "en", "backup vendor cites her newspaper quote about the phishing attempt",
       [("w_backup", "2025-09-26 08:20", "Hello Renee, I read the Ledger piece where you explained how the filter stopped last week's payroll phish. Credit to your team. The part that caught my eye was you saying the student data backups still live on the same NAS as the file server. Immutable off-site copies for a district your size run about $3,800/yr with us. If you ever want a second opinion on that setup, I'm 40 minutes away in Canton.")])
x.conv("wanted_pitch", "tailored_setup", "en", "device recovery firm knows her model's auto-update expiration date",
       [("w_refurb", "2025-06-11 10:15", "Hi Renee, your post on sustainability in device refresh got me curious, so I looked it up: the 11\" model Cedar Fork deployed in 2021 hits its auto-update expiration in June 2026. We buy back exactly that model, wipe to NIST 800-88 with certificates, and right now pay $22-31 a unit depending on condition. That's usually enough to cover cases for the new fleet. Should I send a buyback estimate for ~350 units?"),
        ("me", "2025-06-11 12:00", "Yes please, the full estimate with the certificate process described.")])
x.conv("wanted_pitch", "tailored_talk_policy", "en", "PD trainer cites her summit session and the district's posted AI policy",
       [("w_pd", "2025-07-22 13:40", "Hi Renee, I was in the back row for your Buckeye Summit session on AI guidance. Then I read the AI use policy your board adopted in May, it's one of the clearest I've seen. The gap you named yourself was teachers not knowing what 'approved tool' means in practice. We run a half-day PD built around a district's own policy, not a generic one. For your 140 teachers it'd be a single in-service day. Interested in a sample agenda built on your policy?"),
        ("me", "2025-07-22 15:10", "You were paying attention. Send the agenda, our in-service day is Aug 18.")])

# ======================================================================== junk (38)
x.conv("junk", "generic_content_filter", "en", "generic web filter pitch, counterpart of the tailored one",
       [("j_filter", "2025-03-12 10:05", "Hi Renee, are you 100% confident your students are safe online? NetGuardian Pro is the #1 rated content filtering solution for schools, trusted by 3,000+ districts. Cloud based, AI powered, CIPA compliant. I'd love to show you a quick demo. What does your calendar look like this week?")])
x.conv("junk", "generic_voip", "en", "generic VoIP pitch, counterpart of the RFP-based one",
       [("j_voip", "2025-05-19 15:30", "Hey Renee! Still paying too much for your phone system? Businesses that switch to CloudTalk save an average of 40% on their monthly bill. Unlimited calling, mobile app, auto attendant. Can I send over a free quote?")])
x.conv("junk", "generic_web_redesign", "en", "generic website redesign, counterpart of the accessibility one",
       [("j_web", "2025-07-30 06:12", "Hello Renee,\n\nI came across your website and noticed a few areas of improvement in design, SEO and mobile responsiveness. We are a full service digital agency with 10+ years of experience. We can redesign your website at very affordable price.\n\nShall I send you our portfolio and pricing?\n\nRegards,\nRahul")])
x.conv("junk", "generic_staffing", "en", "IT staffing pitch with no relation to her opening",
       [("j_staff", "2025-04-14 12:00", "Hi Renee, Apex IT Staffing has a bench of pre-vetted cloud engineers, DevOps and data scientists ready to start immediately. Whether you need contract, contract-to-hire or direct placement, we've got you covered. Who is the best person to talk to about your hiring needs for 2025?")])
x.conv("junk", "off_topic_investment", "en", "wealth advisor pitches real-estate fund right after connecting",
       [("j_reit", "2024-10-04 07:30", "Thanks for connecting Renee! As an education professional you probably have a 403(b) and pension, but have you thought about passive income through multifamily real estate? Our fund returned 14.2% last year. I'm hosting a private webinar for educators Thursday, want me to save you a seat?")])
x.conv("junk", "off_topic_coaching", "en", "executive coaching pitch, off-topic",
       [("j_coach", "2025-06-02 20:15", "Hi Renee, women in leadership often carry the invisible load of self-doubt. What if you could step into your power in just 90 days? My Elevate program has helped 200+ female executives get promoted and double their impact. Let's chat, I have 2 spots left for June!")])
x.conv("junk", "offers_what_she_does", "en", "managed-IT firm offers to take over the district help desk she runs",
       [("j_msp", "2025-08-19 09:00", "Hi Renee, running IT for a school district with a small team is a lot. EduManaged IT becomes your entire technology department: help desk, network, devices, E-rate, 24/7. Districts save up to 35% versus in-house staff. Would you be open to a conversation about outsourcing?")])
x.conv("junk", "capacity_for_clients", "en", "lead-gen firm asks whether she takes new clients",
       [("j_capacity", "2025-02-06 11:11", "Hi Renee, quick question - do you have capacity to take on new clients right now? We connect IT consultants with pre-qualified businesses looking for exactly your services. No upfront cost, we only earn when you close. Worth a chat?")])
x.conv("junk", "like_minded_connect", "en", "like-minded connect, then networking fluff and a course",
       [("j_like", "2025-01-15 08:00", "Thanks for accepting Renee! I love connecting with like-minded leaders who are making an impact. I'm building a community of high performers who want to scale their influence. Would love to learn more about your journey!"),
        ("j_like", "2025-01-22 08:00", "Hey Renee, following up - I just launched my Influence Accelerator masterclass ($297, 50% off this week for my network). Thought you'd be a perfect fit!")])
x.conv("junk", "quick_call", "en", "quick 15 minute call, no context",
       [("j_15min", "2025-10-07 13:45", "Hi Renee, I'll keep this short. Do you have 15 minutes this week for a quick call? I think there's a strong synergy between what Synergy Solutions does and Cedar Fork Local Schools. Tuesday or Wednesday?")])
x.conv("junk", "connect_then_pitch", "en", "small talk about Ohio winter, pitch in message 2 after she replied",
       [("j_ctp1", "2025-02-11 09:20", "Hi Renee, thanks for connecting! Crazy winter we're having in Ohio huh? How many snow days is Cedar Fork at now?"),
        ("me", "2025-02-11 12:05", "Five already, and it's only February! Calamity days are going to be tight."),
        ("j_ctp1", "2025-02-11 12:30", "Ha, I bet! Speaking of snow days, that's actually why I reached out. BrightPath's remote learning platform lets districts turn calamity days into Blizzard Bag days with zero prep. We're offering a free pilot to 5 Ohio districts this semester. Could I get 15 min on your calendar?")])
x.conv("junk", "connect_then_pitch", "en", "fellow-Ohioan opener, solar pitch in message 2 with no reply",
       [("j_ctp2", "2025-04-16 10:00", "Hey Renee! Great to connect with another Ohioan. Are you a Guardians fan or a Reds fan? :)"),
        ("j_ctp2", "2025-04-18 10:00", "Anyway, wanted to share something. Schools across Ohio are cutting energy costs by 30-50% with zero-down solar. With the federal incentives ending soon, now is the time. Can I send a free savings estimate for Cedar Fork?")])
x.conv("junk", "connect_then_pitch", "en", "compliments her post, pitches interactive displays in message 3",
       [("j_ctp3", "2025-08-26 09:00", "Hi Renee, appreciate the connect. Saw you're in the K-12 space, such important work."),
        ("me", "2025-08-26 12:00", "Thanks, it keeps me busy!"),
        ("j_ctp3", "2025-08-27 08:40", "I bet! How's back to school going?"),
        ("j_ctp3", "2025-08-29 09:15", "Reason I ask - VisionBoard has 86\" interactive displays at 40% off list through Sept 30 for districts, plus free install. Would love to get you a quote for your classrooms!")])
x.conv("junk", "follow_up_bumps", "en", "analytics SDR bumps three times with no reply",
       [("j_bump", "2025-03-03 09:00", "Hi Renee, Quantix helps organizations turn data into decisions with AI-powered dashboards. Open to a brief chat?"),
        ("j_bump", "2025-03-10 09:00", "Hi Renee, just bumping this to the top of your inbox. Any interest?"),
        ("j_bump", "2025-03-17 09:00", "Renee - didn't want this to get lost. Worth 10 minutes?"),
        ("j_bump", "2025-03-31 09:00", "I'll assume the timing isn't right. Should I close your file?")])
x.conv("junk", "follow_up_bumps", "en", "security vendor bumps twice with no reply",
       [("j_bump2", "2025-10-20 14:00", "Hi Renee, 1 in 3 school districts experienced a cyber incident last year. SecureStack offers a free vulnerability scan. Interested?"),
        ("j_bump2", "2025-10-27 14:05", "Following up on my previous message, Renee. Did you get a chance to look?"),
        ("j_bump2", "2025-11-05 14:10", "Hi again, circling back one last time :)")])
x.conv("junk", "template_campaign", "en", "shared template 1/5: device cost savings",
       [("t1", "2025-05-05 09:14", "Hi Renee, I noticed Cedar Fork Local Schools is doing great things for students. We help K-12 technology leaders like you cut device costs by up to 30% without sacrificing quality. Would you be open to a brief conversation next week?")])
x.conv("junk", "template_campaign", "en", "shared template 2/5: device cost savings, reworded",
       [("t2", "2025-05-06 10:02", "Hi Renee - I noticed Cedar Fork Local Schools is doing amazing work for its students. TechSave helps school technology leaders like yourself reduce device spend by up to 30% without sacrificing quality. Open to a quick conversation next week?")])
x.conv("junk", "template_campaign", "en", "shared template 3/5: device cost savings, reworded",
       [("t3", "2025-05-08 16:40", "Hello Renee, noticed that Cedar Fork Local is doing great things for kids! ClassGear helps K-12 IT leaders like you cut classroom tech costs by up to 30% without giving up quality. Any chance you're open to a brief chat next week?")])
x.conv("junk", "template_campaign", "en", "shared template 4/5: device cost savings, reworded",
       [("t4", "2025-05-12 08:05", "Hi Renee, I noticed your district is doing great things for students. Campus Hardware Direct helps technology directors like you cut device costs by up to 30% - without sacrificing quality. Would you be open to a short conversation this week?")])
x.conv("junk", "template_campaign", "de", "shared template 5/5: the same template in German, sent to an Ohio district",
       [("t5", "2025-05-13 07:30", "Hallo Renee, mir ist aufgefallen, dass Cedar Fork Local Schools großartige Arbeit für seine Schüler leistet. Wir helfen IT-Verantwortlichen an Schulen wie Ihnen, die Gerätekosten um bis zu 30 % zu senken, ohne Abstriche bei der Qualität. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?")])
x.conv("junk", "merge_tag_failure", "en", "unfilled {first_name} tag",
       [("m1", "2025-01-21 10:00", "Hi {first_name},\n\nI hope this message finds you well! OptiCloud helps {company_name} migrate to the cloud in weeks, not months. Can we schedule 15 minutes to discuss?")])
x.conv("junk", "merge_tag_failure", "en", "wrong first name in a mass message",
       [("m2", "2025-02-26 07:45", "Hi Rachel, hope you're having a great week! I help IT leaders generate qualified B2B leads on autopilot. Would you be interested in 10-15 new appointments per month?")])
x.conv("junk", "merge_tag_failure", "en", "[Company] placeholder left in",
       [("m3", "2025-06-30 11:20", "Good morning Renee, we work with organizations like [Company] to reduce printing costs by up to 25%. Our managed print program includes free assessment. Would you like to learn more?")])
x.conv("junk", "merge_tag_failure", "en", "wrong district named, copied from another send",
       [("m4", "2025-09-09 13:30", "Hi Renee, congrats on everything happening at Cedar Falls Community Schools! Iowa districts have been switching to Roster360 for SIS because of our state reporting module. Could I show you a 20-minute demo?")])
x.conv("junk", "sponsored_inmail", "en", "sponsored InMail from a cloud vendor",
       [("sp1", "2025-04-01 12:00", "<p>Hi Renee,</p><p>Is your district ready for the next ransomware wave? Download our free <b>K-12 Cloud Security Playbook</b> and see how 500+ districts protect student data.</p><p>Get the playbook &rarr;</p>")],
       title="Sponsored Conversation", subject="Free K-12 Cloud Security Playbook")
x.conv("junk", "sponsored_inmail", "en", "sponsored InMail from a learning platform",
       [("sp2", "2025-08-14 12:00", "<p>Hi Renee,</p><p>Back-to-school is here! Teachers using LearnLoop save 5 hours a week on grading. Start your district's free trial today &ndash; no credit card required.</p>")],
       title="Sponsored Conversation", subject="Save teachers 5 hours a week")
x.conv("junk", "sponsored_inmail", "en", "sponsored InMail for an online degree",
       [("sp3", "2025-10-30 12:00", "<p>Renee, ready for the next step?</p><p>Earn your Doctorate in Educational Leadership 100% online. Apply by Nov 15 and we'll waive the $50 application fee.</p>")],
       title="Sponsored Conversation", subject="Your doctorate, on your schedule")
x.conv("junk", "paid_award", "en", "award nomination that turns out to cost a fee",
       [("j_award", "2025-07-08 09:00", "Congratulations Renee! You have been shortlisted for the 2025 Top 25 K-12 Technology Leaders to Watch. Our editorial team was impressed by your contributions to education technology. To confirm your spot and receive a full-page profile in our winter issue, plus digital badge and plaque, a participation fee of $1,495 applies. Spots are limited, please confirm by Friday."),
        ("me", "2025-07-08 10:30", "What exactly did your editorial team find impressive?"),
        ("j_award", "2025-07-08 10:45", "Your leadership and innovation in the education sector! We'd be delighted to feature you. I can offer an early-bird rate of $1,195 if you confirm today.")])
x.conv("junk", "paid_podcast", "en", "podcast guest slot with a production fee",
       [("j_pod", "2025-09-15 17:20", "Hi Renee, I host The Future of Learning Podcast (top 5% globally!) and would love to have you as a guest to share your story. We cover production, editing and promotion to our 40k listeners. There is a small investment of $750 to cover production costs. Shall I send the booking link?")])
x.conv("junk", "fluent_generic_named", "en", "polished but generic cybersecurity pitch naming the district",
       [("j_fluent", "2025-11-11 08:30", "Hi Renee, I've been following the incredible work Cedar Fork Local Schools is doing to prepare students for a digital future. As districts like yours expand their digital footprint, protecting sensitive data becomes mission-critical. Beacon Cyber partners with forward-thinking education leaders to deliver end-to-end security that scales with your goals. I'd welcome the opportunity to explore how we might support Cedar Fork's journey. Would you have time for a brief conversation in the coming weeks?")])
x.conv("junk", "generic_wifi", "en", "generic Wi-Fi pitch, counterpart of the tailored RF design",
       [("j_wifi", "2025-03-20 11:00", "Hi Renee, is slow Wi-Fi holding your organization back? AirWave Pros designs and installs enterprise wireless for businesses of all sizes. Free site survey this month only! Reply YES and I'll set it up.")])
x.conv("junk", "generic_backup", "en", "generic backup pitch, counterpart of the press-based one",
       [("j_backup", "2025-10-02 09:40", "Hello Renee, ransomware attacks increased 300% last year. Is your data protected? DataSafe Now offers enterprise-grade backup and disaster recovery at SMB prices. Let's set up a 15-minute discovery call.")])
x.conv("junk", "generic_grant", "en", "generic grant service, counterpart of the tailored grant writer",
       [("j_grant", "2025-01-09 10:20", "Hi Renee! Did you know there are billions in untapped grant funding available for organizations like yours? GrantGenius uses AI to match you with grants you qualify for. Sign up today for a free funding report!")])
x.conv("junk", "generic_pd", "en", "generic AI teacher training, counterpart of the tailored PD",
       [("j_pd", "2025-07-29 07:00", "Hi Renee, AI is changing education forever. Is your staff ready? Our AI Ready Teachers certification gives educators the skills they need. Group discounts available for schools. Let me know if you'd like the brochure!")])
x.conv("junk", "generic_buyback", "en", "generic IT asset buyback, counterpart of the tailored one",
       [("j_buyback", "2025-06-25 13:30", "Hi Renee, do you have old laptops, phones or servers sitting in storage? We buy used IT equipment and pay top dollar. Free pickup nationwide. Get an instant quote today!")])
x.conv("junk", "lead_gen_irrelevant", "en", "appointment-setting pitch irrelevant to a school district",
       [("j_meet", "2025-08-04 18:00", "Renee - what if you had 20+ qualified sales meetings on your calendar every month without lifting a finger? PipelineBoost does the outreach, you just show up and close. Guaranteed results or you don't pay. Interested?")])
x.conv("junk", "generic_product", "en", "vape detector pitch sent to everyone in education",
       [("j_vape", "2025-02-18 10:10", "Hi Renee, vaping in school bathrooms is an epidemic. SafeAir sensors detect vape, THC and even aggression keywords in real time. Special pricing for districts that order before spring break. Can I send a quote?")])
x.conv("junk", "offshore_dev", "en", "offshore software development pitch",
       [("j_dev", "2025-04-22 05:30", "Dear Renee,\n\nGreetings from CodeCraft! We are a leading software development company with 250+ developers in web, mobile, AI/ML and blockchain. We offer dedicated resources at $18/hour. Kindly let me know your requirement so we can discuss further.\n\nThanks & Regards\nAnkit")])
x.conv("junk", "fluent_generic_named", "en", "workflow automation, polished and generic with her title",
       [("j_fluent2", "2025-12-02 09:05", "Hi Renee, as Director of Technology at Cedar Fork Local Schools, you're likely balancing rising expectations with limited resources. Keystone Workflow helps leaders like you automate manual processes, reduce errors and free up your team for strategic work. Many of our clients see ROI within 90 days. Would it make sense to connect for 15 minutes to see if there's a fit?")])

PROFILE = {"First Name": "Renee", "Last Name": "Hostetler",
           "Headline": "Director of Technology at Cedar Fork Local Schools",
           "Summary": "Ten years keeping a rural Ohio district connected: fiber ring, 1:1 Chromebooks, E-rate, "
                      "cybersecurity on a school budget. I post about what works and what doesn't.",
           "Industry": "Primary/Secondary Education", "Zip Code": "44691",
           "Geo Location": "Wooster, Ohio, United States", "Websites": "cedarforkschools.org"}
POSITIONS = [
    {"Company Name": "Cedar Fork Local Schools", "Title": "Director of Technology",
     "Description": "District network, devices, E-rate, student data privacy, shared IT services for the county library.",
     "Location": "Cedar Fork, Ohio", "Started On": "Aug 2015", "Finished On": ""},
    {"Company Name": "North Central Ohio ITC", "Title": "Network Specialist", "Description": "",
     "Location": "Wooster, Ohio", "Started On": "Jun 2009", "Finished On": "Jul 2015"},
]
SKILLS = ["E-Rate", "Network Administration", "Google Workspace for Education", "Chromebook Management",
          "Cybersecurity", "Budgeting", "Project Management"]

if __name__ == "__main__":
    x.write(Path(__file__).resolve().parents[1] / SLUG, PROFILE, POSITIONS, SKILLS)
    print(x.summary())

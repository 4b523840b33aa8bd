"""dev42 persona: HR manager of a 30-branch community pharmacy chain in Glasgow.

Written blind to the detector, by hand. Running this script regenerates the folder
../en-community-pharmacy-chain-hr-manager-glasgow byte-identically.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-community-pharmacy-chain-hr-manager-glasgow"
OWNER = Person("me", "Ailsa McBride", "https://www.linkedin.com/in/ailsa-mcbride-hr-7c1e02",
               "Kelvinbrae Pharmacy Group", "HR Manager")
ex = Export(SLUG, "2024", OWNER)
P = ex.person
G, W, J = "genuine", "wanted_pitch", "junk"

# ---------------------------------------------------------------- people: colleagues & contacts
P("paisley", "Gordon Baird", "Kelvinbrae Pharmacy Group", "Branch Manager, Paisley Causeyside",
  connected="2019-04-02")
P("govan", "Shabana Iqbal", "Kelvinbrae Pharmacy Group", "Pharmacy Manager, Govan Road",
  connected="2020-01-15")
P("dennis", "Kerry-Ann Lafferty", "Kelvinbrae Pharmacy Group", "Dispensing Assistant",
  connected="2022-08-30")
P("prereg", "Tomasz Wojcik", "University of the West (student)", "MPharm Student",
  invite=("IN", "2024-01-08 21:14", "Hi Ailsa, I met your colleague at the careers fair and would love to connect."),
  connected="2024-01-09")
P("techapp", "Rhona Gillespie", "", "Pharmacy Technician (GPhC registered)",
  invite=("IN", "2024-05-19 18:40", ""), connected="2024-05-20")
P("payroll", "Derek Muir", "Thistlepay Bureau", "Client Services Lead", connected="2017-10-11")
P("hrsw", "Natalie Cho", "StaffLedger HR", "Account Manager, Scotland", connected="2021-06-03")
P("agency", "Craig Fulton", "Merchant City Recruitment", "Senior Consultant - Pharmacy",
  connected="2022-02-21")
P("union", "Billy Rennie", "Retail & Pharmacy Workers Union", "Area Organiser, West of Scotland",
  connected="2018-09-05")
P("svq", "Lorna Haggerty", "Forth & Clyde Training", "Programme Coordinator", connected="2020-11-12")
P("peer", "Graham Sneddon", "Lomond Dental Care", "People Manager", connected="2016-03-08")
P("carehome", "Jacqueline Orr", "Braeside Care Homes", "Head of Operations",
  invite=("IN", "2024-09-02 08:55", "Hello Ailsa - hoping you can point me to the right person re staff flu jabs."),
  connected="2024-09-02")
P("journo", "Euan Forsyth", "The Glasgow Courier", "Health Reporter", connected="2023-02-14")
P("forum", "Moira Campbell", "West of Scotland HR Forum", "Events Convenor", connected="2015-05-27")
P("oldboss", "Isobel Grant", "Lanark Healthcare", "HR Business Partner", connected="2012-07-19")
P("careers", "Peter Adair", "University of the West", "Careers Adviser, Pharmacy", connected="2021-10-04")
P("thx1", "Chloe Devlin", "Kelvinbrae Pharmacy Group", "Branch Manager, Shawlands", connected="2021-03-01")
P("thx2", "Fraser Lindsay", "Kelvinbrae Pharmacy Group", "Pharmacy Manager, Clydebank", connected="2020-06-12")
P("thx3", "Aileen Shaw", "Kelvinbrae Pharmacy Group", "Area Manager, Renfrewshire", connected="2019-09-23")
P("locum", "Niamh Docherty", "", "Locum Pharmacist",
  invite=("IN", "2024-02-26 07:31", ""), connected="2024-02-26")
P("headh", "Siobhan Reilly", "Carrick Search", "Partner, HR & Healthcare practice", connected="2023-05-09")
P("leaver", "Jamie Boyle", "Kelvinbrae Pharmacy Group", "Pharmacy Technician, Dennistoun",
  connected="2021-11-17")
P("ohprov", "Dr Ruth Kerr", "Clyde Occupational Health", "Clinical Lead", connected="2018-01-30")
P("lawyer", "Alasdair Munro", "Munro Tait Solicitors", "Partner, Employment", connected="2017-05-04")
P("formeremp", "Stacey McGowan", "", "Medicines Counter Assistant", connected="2020-02-10")
P("super", "Kenneth Law", "Kelvinbrae Pharmacy Group", "Superintendent Pharmacist", connected="2016-08-15")
P("sds", "Hazel Brodie", "Skills Partnership Scotland", "Employer Engagement Adviser", connected="2022-09-06")
P("bm1", "Declan Hughes", "Kelvinbrae Pharmacy Group", "Branch Manager, Partick", connected="2019-04-05")
P("bm2", "Fiona Rae", "Kelvinbrae Pharmacy Group", "Branch Manager, Coatbridge", connected="2019-05-11")
P("student", "Amira Hassan", "", "Pharmacy student, year 3",
  invite=("IN", "2024-04-02 20:10", "Hi, I'd love to ask about summer placements if that's ok!"),
  connected="2024-04-03")
P("friend", "Karen Buchanan", "NHS Greater Glasgow", "Practice Nurse", connected="2013-11-02")
P("interviewee", "Ross McAllister", "", "Assistant Store Manager",
  invite=("IN", "2024-07-09 13:02", ""), connected="2024-07-09")
P("college", "Dr Mhairi Lennox", "Glasgow Metro College", "Head of Health & Care", connected="2019-02-18")
P("areamgr", "Stuart Kerr", "Kelvinbrae Pharmacy Group", "Operations Director", connected="2016-08-16")

# ---------------------------------------------------------------- people: wanted pitchers
P("w_onboard", "Hannah Ferrie", "Settle In", "Co-founder",
  invite=("IN", "2024-03-05 10:12", "Your post on first-90-days churn hit home - would love to connect."),
  connected="2024-03-05")
P("w_rota", "Callum Niven", "ShiftWell", "Sales Lead, UK Healthcare", connected="2024-06-14")
P("w_careers", "Mhairi Gow", "", "Freelance recruitment marketer")
P("w_reval", "Priya Nair", "RegCheck", "Customer Success")
P("w_oh", "Lesley Watt", "Watt Occupational Health", "Occupational Health Nurse Adviser")
P("w_lanark", "Sean Gallacher", "Pharmacy People Scotland", "Director",
  connected="2024-08-20", invite=("IN", "2024-08-19 17:44", ""))
P("w_integr", "Ewan Paterson", "Paterson Data", "Freelance HR systems consultant")
P("w_svq", "Joanne McKay", "Dispense Ready Academy", "Business Development")
P("w_photo", "Rory Kinnear", "", "Photographer")
P("w_hrd", "Catriona Bell", "Ardmore Executive", "Associate Director")
P("w_eap", "Martin Quigley", "Listening Post EAP", "Partnerships Manager")
P("w_payroll", "Jennifer Lowe", "Saltire Payroll Services", "Business Development Manager")

# ---------------------------------------------------------------- people: junk senders
P("t1", "Bradley Cole", "HireLoop AI", "Growth Executive",
  invite=("IN", "2024-02-12 09:01", ""), connected="2024-02-12")
P("t2", "Sophie Marsh", "HireLoop AI", "Account Executive")
P("t3", "Nikhil Verma", "TalentPulse", "Business Development")
P("t4", "Lauren Pike", "RecruitRocket", "Partnerships")
P("t5", "Jonas Brandt", "Talentwerk Digital", "Vertrieb DACH & UK")
P("mt1", "Tyler Ashby", "PeopleStack", "SDR")
P("mt2", "Gemma Rourke", "BrightBadge", "Sales")
P("mt3", "Owen Hale", "Rotaflow", "Business Development")
P("mt4", "Dana Whitfield", "Elevate Wellness", "Corporate Partnerships")
P("award", "Victoria Lang", "UK People Excellence Awards", "Awards Director")
P("podcast", "Marcus Reid", "The HR Frontline Podcast", "Host & Producer")
P("feature", "Helen Carver", "Healthcare Leaders Review", "Editorial Partnerships")
P("flu", "Ben Osei", "JabReady Workplace Health", "Corporate Sales")
P("capacity", "Leah Morton", "", "Virtual Assistant & Bookkeeper")
P("likeminded", "Darren Knox", "Knox Ventures", "Founder | Investor | Mindset Coach")
P("fifteen", "Ashley Burns", "Cloudmetric", "Account Executive")
P("ctp1", "Gary Sloan", "Sloan Leadership", "Executive Coach",
  invite=("IN", "2024-04-22 07:50", ""), connected="2024-04-22")
P("ctp2", "Kirsty Bain", "Bain Digital", "Founder",
  invite=("IN", "2024-06-03 12:15", "Fellow Glaswegian here :)"), connected="2024-06-03")
P("ctp3", "Michael Tran", "SecureStack", "Regional Manager",
  invite=("IN", "2024-10-07 16:05", ""), connected="2024-10-07")
P("bump1", "Chris Dalton", "LeadGenix", "Head of Growth")
P("bump2", "Olivia Strand", "Benefit Bridge", "Partner Manager")
P("crypto", "Raymond Lau", "", "Portfolio Manager | Digital Assets")
P("merch", "Jodie Parr", "Branded Bits UK", "Sales Manager")
P("seo", "Ahmed Raza", "Rankfast Media", "SEO Consultant")
P("fluent", "Philippa Stone", "Northstar Culture", "Culture Consultant")
P("j_rota", "Sam Whittle", "RotaGenie", "Sales Development")
P("j_onboard", "Kayleigh Ward", "OnboardHQ", "BDR")
P("j_agency", "Tom Reeve", "MedStaff Direct", "Recruitment Consultant")
P("j_eap", "Natasha Pryce", "WellMind Corporate", "Account Director")
P("j_payroll", "Ian Webb", "PayStream Outsourcing", "Sales Executive")
P("va", "Maria Santos", "Offshore Talent Partners", "Client Success")
P("ghost", "Zoe Kendrick", "Ghostpost", "Founder")
P("dubai", "Faisal Kareem", "Emirates Property Gateway", "Investment Consultant")
P("furniture", "Neil Harding", "ErgoWorks", "Workplace Consultant")
P("spons1", "StaffLoop", "", "", url="https://www.linkedin.com/company/staffloop")
P("spons2", "Kingsway Business School", "", "", url="https://www.linkedin.com/company/kingsway-business-school")
P("teamday", "Becky Lomax", "Highland Fling Events", "Corporate Events Manager")
P("solar", "Paul Ritchie", "SunGain Commercial", "Commercial Energy Adviser")

# ================================================================ genuine (35)
ex.conv(G, "branch_staffing", "en", "branch manager needs locum cover approved over Easter", [
    ("paisley", "2024-03-18 08:12", "Morning Ailsa. Bad news, Lynsey's off for 2 weeks from Thursday (op got brought forward). That leaves me with no second pharmacist over Easter. Can I get sign off for locum cover Thu-Tue? Craig at Merchant City says he's got someone."),
    ("me", "2024-03-18 09:05", "Hi Gordon, sorry to hear that, hope she's ok. Yes go ahead, max 6 days at the agreed rate. Send me the timesheet after so payroll don't query it."),
    ("paisley", "2024-03-18 09:11", "Magic, cheers. Will do."),
])
ex.conv(G, "employee_relations", "en", "pharmacy manager asks for a confidential grievance meeting", [
    ("govan", "2024-05-07 19:40", "Hi Ailsa, sorry to message on here at this time. One of my team has raised a formal complaint about a colleague and I'm not sure I've handled the first conversation right. Could we talk tomorrow before I open up? Don't want to put anything in the branch email."),
    ("me", "2024-05-07 20:02", "Of course Shabana, you did the right thing flagging it. I'll call you at 8.15. Don't promise any outcomes yet, just note down what was said and when."),
    ("govan", "2024-05-07 20:05", "Thank you. Talk then x"),
])
ex.conv(G, "employee_query", "en", "dispensing assistant asks about maternity pay", [
    ("dennis", "2024-02-20 14:33", "hiya Ailsa its Kerry-Ann from Dennistoun, sorry to bother you on linkedin but my work email isnt working on my phone. Just wondering how the enhanced maternity pay works, is it after 1 year or 2? Im due in september"),
    ("me", "2024-02-20 15:10", "Hi Kerry-Ann, congratulations!! No bother at all. It's after 26 weeks' service by your 15th week before the due date, so you're fine. I'll post the policy to the branch and we can sit down with your manager in March to plan dates."),
    ("dennis", "2024-02-20 15:12", "ah brilliant thank you so much!!"),
])
ex.conv(G, "applicant", "en", "MPharm student applying for a foundation training year post", [
    ("prereg", "2024-01-09 10:02", "Dear Ms McBride,\n\nThank you for accepting my request. I am in my 4th year of the MPharm and very interested in a foundation training year with Kelvinbrae for 2025/26, ideally in a branch with a busy NHS Pharmacy First service. I have attached nothing here as I know you use the online portal - I have applied there this morning (ref FT-2025-118).\n\nWould it be possible to know when interviews are likely to be held?\n\nKind regards,\nTomasz Wojcik"),
    ("me", "2024-01-10 08:47", "Hi Tomasz, thanks for applying. We shortlist in February and interview the first two weeks of March, at our Hillington office. You'll get an email from the portal either way. Good luck!"),
    ("prereg", "2024-03-15 17:20", "Hi again, just wanted to say thanks for the interview on Tuesday, I really enjoyed meeting you and Mr Law."),
])
ex.conv(G, "applicant", "en", "pharmacy technician enquires about vacancy; owner answers", [
    ("techapp", "2024-05-20 07:58", "Hi Ailsa, I saw the technician post for Dennistoun & Riddrie. I'm registered, currently in hospital pharmacy but want back into community. Is there any flexibility on hours? I can do 4 days but not Saturdays every week."),
    ("me", "2024-05-20 12:30", "Hi Rhona, thanks for getting in touch. We can usually do alternate Saturdays across the two branches. Please apply through the careers page and mention our chat, I'll look out for it."),
    ("techapp", "2024-05-20 12:41", "Done! thanks"),
    ("me", "2024-05-29 16:04", "Hi Rhona, just to say Fiona from our team will be in touch about an interview next week."),
])
ex.conv(G, "vendor_price_change", "en", "existing payroll bureau announces price change from April", [
    ("payroll", "2024-01-25 11:15", "Hi Ailsa, Happy new year (late!). Wanted to give you a heads up before the formal letter: our per-payslip fee goes from 4.10 to 4.45 from 1 April, first change in three years. Pension auto-enrolment reporting stays included. Happy to go through it on a call if your FD has questions."),
    ("me", "2024-01-25 13:22", "Thanks Derek, appreciate the early warning. Can you send me the letter by email so I can put it in the budget pack? And confirm the year-end P60 run isn't affected."),
    ("payroll", "2024-01-25 13:40", "Will do today. P60s all on the current fee, no change there."),
])
ex.conv(G, "vendor_contract_renewal", "en", "HR software account manager sends renewal quote", [
    ("hrsw", "2024-08-12 09:30", "Hi Ailsa, hope summer's treating you well. Your StaffLedger contract renews on 1 Oct. I've put together the renewal quote for 520 employees including the absence module you asked about in June - it comes in at 2.85 per head per month on a 3-year term, or 3.10 on 1 year. Shall I book 30 mins to walk you through?"),
    ("me", "2024-08-13 08:15", "Hi Natalie, yes please, Thursday afternoon works. Can you also price the e-learning add-on separately? We may do that through Forth & Clyde instead."),
    ("hrsw", "2024-08-13 08:40", "Sure thing, invite sent for Thu 2pm."),
])
ex.conv(G, "recruiter_engaged", "en", "agency recruiter the owner engaged sends pharmacist shortlist", [
    ("me", "2024-06-04 10:02", "Hi Craig, we've got two pharmacist manager roles (Coatbridge, Airdrie) going live next week. Same terms as the Paisley search? Fee 15%, 12 week rebate."),
    ("agency", "2024-06-04 10:44", "Hi Ailsa, yes same terms no problem. I've already got one lady in mind for Airdrie, lives in Chapelhall, 6 years at an independent. I'll send CVs by Friday."),
    ("agency", "2024-06-07 16:55", "3 CVs in your inbox. The Coatbridge one is a bit junior but keen. Let me know who you want to see."),
    ("me", "2024-06-10 09:12", "Thanks Craig - let's see CV 1 and 3. Tue or Wed next week."),
])
ex.conv(G, "union", "en", "union organiser arranging pay talks", [
    ("union", "2024-02-06 12:05", "Afternoon Ailsa. Members have asked me to get the pay review dates in the diary. Can we do the first meeting before the end of Feb? I'd also like the sick pay proposal on the agenda, as discussed at the last JCC."),
    ("me", "2024-02-06 14:20", "Hi Billy, yes, I'll send three dates. Sick pay can go on the agenda but I'll need the branch reps' feedback in writing first."),
    ("union", "2024-02-06 14:31", "Fair enough. I'll get it to you by the 16th."),
])
ex.conv(G, "training_quote", "en", "existing training provider quotes next SVQ cohort", [
    ("svq", "2024-07-02 10:18", "Hi Ailsa! Our September SVQ Pharmacy Services cohort is filling up. For your 8 learners it would be 1,150 per learner, less the apprenticeship funding for the under-25s. I can hold the places until 19 July - do you want me to pencil them in?"),
    ("me", "2024-07-02 11:30", "Hi Lorna, yes please pencil 8. I'll confirm names by the 15th, two might drop if they're not through probation."),
    ("svq", "2024-07-02 11:35", "Perfect, done x"),
])
ex.conv(G, "peer_joint_offer", "en", "peer HR manager proposes a joint occupational health tender", [
    ("peer", "2024-04-16 17:45", "Ailsa! Long time. Mad idea: our OH contract is up in the autumn too. If we went out together as Kelvinbrae + Lomond Dental we'd be 800ish staff, which would get us a far better rate per referral. Fancy a coffee to talk about a joint tender?"),
    ("me", "2024-04-16 19:10", "Graham that's not mad at all. Ruth at Clyde OH has been hinting at a price rise so good timing. Coffee next week? Tinderbox on Byres Rd?"),
    ("peer", "2024-04-16 19:22", "Tuesday 8am. You're buying ;)"),
])
ex.conv(G, "inbound_lead", "en", "care home group wants to buy staff flu vaccinations from the chain", [
    ("carehome", "2024-09-02 09:10", "Hello Ailsa, thanks for connecting. We run six care homes in East Dunbartonshire and Lanarkshire (about 420 staff) and want to arrange flu jabs on site this October. A colleague said Kelvinbrae does workplace clinics. Could you tell me who to speak to and roughly what it costs per jab?"),
    ("me", "2024-09-02 10:25", "Hi Jacqueline, yes we do. Our services team runs them - I've passed your details to Stuart Kerr who will send a quote today. For that size it's usually a set fee per clinic day plus the vaccine."),
    ("carehome", "2024-09-02 10:31", "That's great, thank you very much."),
    ("carehome", "2024-09-05 15:02", "Just to say Stuart sent the quote and we're going ahead. Really appreciate the quick help."),
])
ex.conv(G, "press", "en", "health reporter asks for comment on pharmacist shortage", [
    ("journo", "2024-10-14 11:40", "Hi Ailsa, Euan from the Courier. I'm writing a piece on community pharmacies cutting hours because they can't get pharmacists. Would Kelvinbrae be willing to comment, or could you give me 10 minutes on background? Deadline Thursday."),
    ("me", "2024-10-14 12:15", "Hi Euan, I'd need to run it past our comms people first. Can you send me your questions by email and I'll come back to you tomorrow?"),
    ("journo", "2024-10-14 12:18", "Of course, sending now. Thanks."),
])
ex.conv(G, "event_invitation", "en", "HR forum convenor invites her to the spring meeting", [
    ("forum", "2024-03-01 09:00", "Hi Ailsa, we're doing the spring meet at the Lighthouse on 25 April, topic is flexible working in frontline roles. Any chance you'd do 15 minutes on how you handle weekend rotas across 30 branches? Totally fine to say no!"),
    ("me", "2024-03-01 12:48", "Hi Moira, I'd love to. Put me down, I'll send a couple of slides nearer the time."),
    ("forum", "2024-03-01 13:01", "Brilliant!! Thank you x"),
])
ex.conv(G, "owner_reference_request", "en", "owner asks former boss about a candidate reference", [
    ("me", "2024-06-19 15:30", "Hi Isobel, hope you're well! Quick one - Paula Simpson has applied for our area manager job and listed you as a referee from her Lanark days. Would you be ok with a quick call?"),
    ("oldboss", "2024-06-19 18:02", "Hi Ailsa! Yes of course. She was great, very organised. I'm free Friday after 2."),
    ("me", "2024-06-19 18:10", "Perfect, I'll call at 2.30. Thanks so much."),
])
ex.conv(G, "owner_outreach", "en", "owner books a careers fair stand with the university", [
    ("me", "2023-09-11 09:20", "Hi Peter, are the October pharmacy careers fair bookings open yet? We'd like a stand again, ideally near the entrance like last year."),
    ("careers", "2023-09-11 11:05", "Hi Ailsa, yes, booking went live yesterday. I've put Kelvinbrae down provisionally for stand 4. The form is on the employer portal, and it's the same 120 charge as last year."),
    ("me", "2023-09-11 11:20", "Great stuff, will fill it in today."),
])
ex.conv(G, "long_standing_contact", "en", "old colleague, years of occasional catch-ups", [
    ("oldboss", "2019-12-20 18:00", "Merry Christmas Ailsa! How's the new job treating you?"),
    ("me", "2019-12-21 10:14", "Merry Christmas Isobel! It's busy but I love it. 22 branches and growing. We need a proper catch up in the new year."),
    ("oldboss", "2021-05-03 12:20", "Saw you were on the Herald list of HR people to watch, well done you!!"),
    ("me", "2021-05-03 13:00", "Haha stop it. Thanks though x"),
    ("oldboss", "2024-11-08 19:05", "Are you going to the HR Forum Christmas lunch? Would be nice to see you properly"),
    ("me", "2024-11-08 20:30", "Yes! Booked yesterday. Sit together?"),
])
ex.conv(G, "thank_you_after_event", "en", "thank-you note 1 of 3 after her talk at the HR forum", [
    ("thx1", "2024-04-25 20:10", "Thanks so much for mentioning Shawlands in your talk today Ailsa, the team were chuffed when I told them. Really good session."),
])
ex.conv(G, "thank_you_after_event", "en", "thank-you note 2 of 3 after the same talk", [
    ("thx2", "2024-04-25 21:02", "Thanks for a great talk today Ailsa, really good to hear how the rota changes came about. Clydebank are proud to be the guinea pigs!"),
    ("me", "2024-04-26 08:30", "Thanks Fraser, couldn't have done it without you lot."),
])
ex.conv(G, "thank_you_after_event", "en", "thank-you note 3 of 3 after the same talk", [
    ("thx3", "2024-04-26 07:45", "Thanks for a great talk yesterday Ailsa - lots of people came up to me after asking about the rota pilot. Well done."),
])
ex.conv(G, "genuine_in_spam", "en", "locum pharmacist offering shifts, filtered to SPAM", [
    ("locum", "2024-02-26 08:02", "Hi Ailsa, I'm a locum pharmacist based in Renfrew, moving back from Manchester. Gordon Baird said Paisley sometimes needs cover and that you look after the locum list. I'm free most weekdays in March. Who should I send my GPhC number and indemnity cert to?"),
    ("me", "2024-03-04 09:15", "Hi Niamh, sorry, your message went into my spam folder! Please send to locums@ our main domain and I'll get you added this week."),
], folder="SPAM")
ex.conv(G, "headhunter_engaged", "en", "headhunter the owner replied to about an HR director role", [
    ("headh", "2024-09-18 12:00", "Hi Ailsa, following our chat at the CIPD dinner: the Head of People role at the housing association is now live. 900 staff, hybrid, reports to the CEO. Would you be open to an exploratory conversation, in confidence?"),
    ("me", "2024-09-18 21:15", "Hi Siobhan, thanks for remembering. I'm happy where I am but it's worth a chat. Could do lunchtime Monday."),
    ("headh", "2024-09-19 08:05", "Monday 12.30, I'll call your mobile. Thanks Ailsa."),
])
ex.conv(G, "employee_leaving", "en", "technician resigns and agrees to an exit chat", [
    ("leaver", "2024-07-22 17:30", "Hi Ailsa, just wanted to let you know personally that I've handed in my notice. I got a hospital post at the QEUH. Really sad to leave Dennistoun, the team has been amazing."),
    ("me", "2024-07-23 09:00", "Jamie, congratulations, that's a great move for you. We'll miss you! Would you mind a 20-minute exit chat with me before you go? Always helps us learn."),
    ("leaver", "2024-07-23 09:20", "Yes of course, any day in the next 2 weeks."),
])
ex.conv(G, "vendor_price_change", "en", "existing occupational health provider proposes a new rate card", [
    ("ohprov", "2024-05-02 10:00", "Dear Ailsa, as mentioned at our review, our referral fee will rise from 165 to 185 from 1 August given nurse salary increases. I know that's unwelcome. We can hold the old rate if you sign a 2-year extension before 30 June. Happy to discuss."),
    ("me", "2024-05-02 16:40", "Thanks Ruth. We may be going out to tender jointly with another employer this autumn so I can't commit to 2 years just now. Can we talk options next week?"),
    ("ohprov", "2024-05-03 09:02", "Understood. Wednesday 10am?"),
])
ex.conv(G, "legal_advice", "en", "employment solicitor on a tribunal claim", [
    ("lawyer", "2024-01-16 16:20", "Ailsa, the ET1 from the former Cambuslang employee came through. I'd suggest we lodge the ET3 by the 9th and consider an early conciliation offer. Can you get me the disciplinary file and the rota records for October?"),
    ("me", "2024-01-16 17:05", "Thanks Alasdair. I'll courier the file tomorrow. Rota records are in StaffLedger, I'll export them."),
])
ex.conv(G, "reference_request", "en", "former employee asks for a reference", [
    ("formeremp", "2024-03-27 20:45", "hi ailsa hope your well, I worked at the Rutherglen branch till 2022. Ive applied for a job at the council and they want a reference from my last employer, is it ok to put your name?"),
    ("me", "2024-03-28 08:50", "Hi Stacey, of course. Put HR at Kelvinbrae with the hr@ email and I'll make sure it gets done quickly. Good luck!"),
])
ex.conv(G, "internal_colleague", "en", "superintendent pharmacist on registration checks", [
    ("super", "2024-10-01 07:30", "Morning. Can you pull a list of everyone whose GPhC renewal is due before end of Nov? Two locums last year nearly slipped through."),
    ("me", "2024-10-01 08:10", "Will do by lunchtime. I'll add the techs too."),
])
ex.conv(G, "funding_agency", "en", "skills agency adviser on modern apprenticeship funding", [
    ("sds", "2024-06-25 13:00", "Hi Ailsa, just confirming the contribution for the 8 modern apprentices starting September. It's paid to the training provider in stages so you shouldn't see an invoice for the funded part. Any questions give me a shout."),
    ("me", "2024-06-25 13:45", "Thanks Hazel, that's really helpful. Lorna at Forth & Clyde is sorting the learner details."),
])
ex.conv(G, "branch_managers_group", "en", "group chat with branch managers about the Christmas rota", [
    ("me", "2023-11-06 09:00", "Hi all - Christmas rotas please by 17 Nov. Reminder: max 2 people off per branch on 27-29 Dec, and Boxing Day volunteers get the usual double time."),
    ("bm1", "2023-11-06 09:12", "Partick will be done by Friday"),
    ("bm2", "2023-11-06 10:40", "Coatbridge struggling for cover 29th, can I borrow someone from Airdrie?"),
    ("me", "2023-11-06 11:02", "Fiona, speak to Aileen, she's fine with it in principle."),
], title="Branch managers - rotas", extra=["paisley"])
ex.conv(G, "student_placement", "en", "student asks about a summer placement", [
    ("student", "2024-04-03 19:30", "Hi Ailsa! Thank you for accepting. I'm a 3rd year at the uni and looking for a summer placement in community pharmacy, June to August. Do you take summer students and how do I apply? Thanks so much :)"),
    ("me", "2024-04-04 09:15", "Hi Amira, we do! Applications close on 19 April, the link is on our careers page under 'students'. Pick two branches you could travel to easily."),
    ("student", "2024-04-04 09:30", "amazing thank you!!"),
])
ex.conv(G, "friend", "en", "friend arranging a hillwalk", [
    ("friend", "2024-08-29 21:10", "Still on for Ben Ledi Saturday? Forecast says dry till 3 then rain obviously"),
    ("me", "2024-08-29 21:25", "Aye! Pick you up at 7. Bring the good crisps"),
    ("friend", "2024-08-29 21:26", "ha deal"),
])
ex.conv(G, "payroll_query", "en", "payroll bureau asks about a late overtime file", [
    ("payroll", "2024-10-22 15:00", "Hi Ailsa, we've not had the overtime file from Airdrie and Coatbridge for this month. Cut-off is tomorrow 12 noon, otherwise it'll go in November."),
    ("me", "2024-10-22 15:20", "Sorry Derek, chasing now. You'll have it by 10."),
])
ex.conv(G, "candidate_thanks", "en", "interviewee thanks her after interview", [
    ("interviewee", "2024-07-11 18:00", "Hi Ailsa, thanks for your time today for the area operations role. It was good to hear about the branch growth plans. Please let me know if you need anything else from me, e.g. references."),
    ("me", "2024-07-12 08:30", "Thanks Ross, we'll be in touch by the end of next week."),
])
ex.conv(G, "event_invitation", "en", "college head invites her to an employer panel", [
    ("college", "2024-01-29 12:20", "Dear Ailsa, we're holding our employer panel for the pharmacy services students on 6 March. Would you or someone from Kelvinbrae be willing to sit on it? About an hour, plus tea and a scone, which I know is the real draw."),
    ("me", "2024-01-29 14:00", "Ha, the scone sold it. Yes, I'll come, and I might bring one of our apprentices."),
])
ex.conv(G, "internal_colleague", "en", "operations director on new Lanarkshire branches headcount", [
    ("areamgr", "2024-08-05 08:00", "Ailsa, board approved the 4 Lanarkshire sites. We need headcount plans by end of month - 2 pharmacists, 3 techs, 6 counter staff per site roughly. Can we sit down Thursday?"),
    ("me", "2024-08-05 08:22", "Yes. I'll bring a recruitment timeline and cost per hire from the last openings."),
])

# ================================================================ wanted pitches (12)
ex.conv(W, "onboarding_app_post", "en", "cites her LinkedIn post on early-leaver churn among dispensing assistants", [
    ("w_onboard", "2024-03-05 11:30", "Hi Ailsa, thanks for connecting. Your post last week about losing roughly 4 in 10 new dispensing assistants before month six really stuck with me, especially the bit about new starters feeling they were 'thrown at the till on day one'. We built Settle In for exactly that: a phone-first 12-week plan per role, with the branch manager getting a nudge when a check-in is missed. We've got two Scottish pharmacy groups on it (happy to put you in touch). Would a 20-min look be useful, or is it too early?"),
    ("me", "2024-03-06 09:40", "Hi Hannah, thanks - it's not too early. Could you send me something short I can share with our ops director first?"),
    ("w_onboard", "2024-03-06 10:02", "Of course, one-pager and a reference contact coming your way today."),
])
ex.conv(W, "rota_software_talk", "en", "rota vendor refers to the talk she gave at the HR forum", [
    ("w_rota", "2024-06-14 14:10", "Hi Ailsa, I was at the West of Scotland HR Forum in April and your bit on weekend rotas was the best 15 minutes of the afternoon. You mentioned the hardest constraint is always having a responsible pharmacist on site while keeping weekends fair for the counter staff. ShiftWell handles that as a hard rule per branch and shows a 'weekend fairness' score per person. Would it be worth showing you on one of your branches' real rotas? No worries if the timing's wrong."),
])
ex.conv(W, "careers_site_review", "en", "freelancer visited the careers page and names concrete issues", [
    ("w_careers", "2024-05-13 09:55", "Hi Ailsa, I'm a freelance recruitment marketer in Glasgow. I was looking at the Kelvinbrae careers page (my sister works at your Shawlands branch!) and noticed a few things: the Apply button goes to a 404 on mobile for the counter assistant roles, and four ads are titled just 'Dispenser' with no branch or hours. On phones that's most of your applicants. I'd be happy to do a free 30-min audit write-up, and if it's useful I can quote for rewriting the ads. Either way, the 404 is worth fixing today."),
    ("me", "2024-05-13 10:30", "Mhairi thank you, I've just checked and you're right about the 404, mortifying. IT are on it. Send me the audit, I'll have a look."),
])
ex.conv(W, "compliance_tracker_problem", "en", "names the registration renewal tracking problem concretely", [
    ("w_reval", "2024-10-09 12:00", "Hello Ailsa, if you're tracking GPhC renewal and revalidation dates for ~60 pharmacists and ~90 technicians plus a rotating locum pool in spreadsheets, you'll know the pain of a locum lapsing without anyone noticing until they're booked. RegCheck checks the public register every night and emails the branch and HR 30/14/3 days before a renewal. It imports from StaffLedger directly. Would you like a trial on your locum list only?"),
])
ex.conv(W, "occupational_health_mutual_contact", "en", "mutual contact Graham Sneddon named as referrer", [
    ("w_oh", "2024-05-21 16:15", "Hi Ailsa, Graham Sneddon at Lomond Dental suggested I get in touch - he mentioned you're both thinking of a joint OH tender this autumn. I'm an independent OH nurse adviser, I cover the west of Scotland and I already do management referrals for two retail chains with shift staff. If it helps I'm happy to send a sample report and my rates, so you have a benchmark even if you go with a larger provider."),
    ("me", "2024-05-22 08:30", "Hi Lesley, yes Graham mentioned you. A benchmark would be useful, please send."),
])
ex.conv(W, "recruiter_press_item", "en", "pharmacy recruiter responds to press story about 4 new Lanarkshire branches", [
    ("w_lanark", "2024-08-20 10:05", "Hi Ailsa, congratulations on the Lanarkshire expansion, saw the piece in the Hamilton Advertiser. Four new sites means roughly 8 pharmacists and 12 technicians in a patch where everyone is fighting over the same people. We only do community pharmacy in Scotland and we've got 14 technicians registered with us living within 20 minutes of Wishaw and Motherwell. If you want, I'll send anonymised profiles and you can decide if it's worth a conversation."),
    ("me", "2024-08-21 17:00", "Hi Sean, thanks. We mostly use one agency but I'd look at the technician profiles. Send them over."),
])
ex.conv(W, "hr_systems_consultant_setup", "en", "consultant knows her setup: StaffLedger plus Excel rotas", [
    ("w_integr", "2024-02-02 13:20", "Hi Ailsa, your job ad for an HR Administrator says the role includes 'exporting StaffLedger absence data into the rota spreadsheets weekly'. I'm a freelance HR systems consultant and I've automated exactly that link for two other StaffLedger customers (it has an API for absence, most people don't know). Usually 3-4 days' work, fixed price. That would take a chunk out of the new hire's week. Worth a call?"),
])
ex.conv(W, "training_provider_job_ad", "en", "training provider refers to their specific apprentice intake and branch spread", [
    ("w_svq", "2024-06-10 10:40", "Hi Ailsa, I noticed you're advertising 8 modern apprentice dispensing roles across Paisley, Govan, Coatbridge and Airdrie. Travelling to one college day a week is often what makes apprentices drop out when branches are that spread out. We deliver the SVQ fully in-branch with a visiting assessor, so nobody loses a day. Not trying to take you away from your current provider - but if you need a second provider for the Lanarkshire sites, I'd love to chat."),
])
ex.conv(W, "photographer_site_visit", "en", "photographer noticed US stock photos on her recruitment pages", [
    ("w_photo", "2024-09-25 20:05", "Hi Ailsa, bit of a cheeky one. I do staff photography for retail and healthcare in Glasgow. Your careers pages use stock photos with US pharmacy counters (the prescription bags and the 'Rx' sign give it away). With the new Lanarkshire branches opening, would you like real photos of your own teams? I'd do a half day in two branches and you'd own the images. Examples at my site. Totally understand if it's not a priority."),
    ("me", "2024-09-26 12:10", "Ha, I never noticed the Rx sign. Send me a price for 2 branches."),
])
ex.conv(W, "headhunter_relevant_role", "en", "headhunter with a relevant senior HR role in healthcare retail", [
    ("w_hrd", "2024-11-04 08:30", "Dear Ailsa, I'm recruiting a People Director for a Scottish healthcare retailer (optician chain, 40 practices, similar shift and registration issues to community pharmacy). Your move from 22 to 30 branches while keeping the union relationship constructive is exactly the background the chair asked for. Would you be open to a confidential conversation? If not, I'd really value a recommendation."),
])
ex.conv(W, "eap_survey_reference", "en", "EAP provider references the sector burnout survey she contributed to", [
    ("w_eap", "2024-03-12 11:00", "Hi Ailsa, I read the Scottish pharmacy employers' wellbeing survey you contributed to: the figure that 1 in 3 counter staff had faced verbal abuse from customers in the last month was shocking. Our EAP includes a dedicated post-incident line for exactly that, with a callback within an hour, and we report usage by branch so you can see hotspots. Would you like the anonymised report from a similar-sized chain?"),
])
ex.conv(W, "payroll_job_ad", "en", "payroll provider noticed her payroll administrator vacancy", [
    ("w_payroll", "2024-04-08 09:00", "Hi Ailsa, I saw Kelvinbrae advertising for a Payroll & Pensions Administrator. If the reason is that the bureau handles the run but your team still keys 30 branches' overtime by hand, we might help: we take the overtime straight from branch timesheets and handle Scottish rate tax and auto-enrolment in the same service. If you're fully happy with your current bureau, no worries at all, I just thought it might save you the hire."),
])

# ================================================================ junk (38)
# one template, five senders (one in German)
ex.conv(J, "template_recruiting_tech", "en", "template 1/5: recruiting AI, fills HR manager + healthcare", [
    ("t1", "2024-02-12 09:40", "Hi Ailsa,\n\nI came across your profile and was really impressed by what you're doing at Kelvinbrae Pharmacy Group. Leaders in healthcare are telling us hiring has never been harder.\n\nHireLoop AI helps HR teams cut time-to-hire by 47% with automated screening and scheduling.\n\nWould you be open to a quick chat next week?\n\nBest,\nBradley"),
])
ex.conv(J, "template_recruiting_tech", "en", "template 2/5: same company, another rep, same text", [
    ("t2", "2024-03-19 14:05", "Hi Ailsa,\n\nI came across your profile and was really impressed by what you're doing at Kelvinbrae. HR leaders in retail are telling us hiring has never been harder.\n\nHireLoop AI helps teams like yours cut time-to-hire by 47% through automated screening and interview scheduling.\n\nOpen to a quick chat next week?\n\nCheers,\nSophie"),
])
ex.conv(J, "template_recruiting_tech", "en", "template 3/5: other vendor, same wording with different figure", [
    ("t3", "2024-05-02 06:12", "Hello Ailsa,\n\nI came across your profile and was truly impressed by your work at Kelvinbrae Pharmacy Group. People leaders in pharmacy are telling us that hiring has never been tougher.\n\nTalentPulse helps HR teams reduce time-to-hire by 52% with AI screening.\n\nWould you be open for a quick chat this week?\n\nRegards,\nNikhil"),
])
ex.conv(J, "template_recruiting_tech", "en", "template 4/5: another vendor, wrong industry fill", [
    ("t4", "2024-07-16 10:30", "Hi Ailsa,\n\nCame across your profile and was really impressed by what you're doing at Kelvinbrae Pharmacy Group. Leaders in hospitality are telling us that hiring has never been harder.\n\nRecruitRocket helps HR teams cut time-to-hire by 47% - automated screening, scheduling, the lot.\n\nQuick chat next week?\n\nLauren"),
])
ex.conv(J, "template_recruiting_tech", "de", "template 5/5: German version of the same template", [
    ("t5", "2024-09-10 08:15", "Hallo Ailsa,\n\nich bin auf Ihr Profil gestoßen und war wirklich beeindruckt von Ihrer Arbeit bei Kelvinbrae Pharmacy Group. Führungskräfte im Gesundheitswesen sagen uns, dass Recruiting noch nie so schwer war.\n\nTalentwerk Digital hilft HR-Teams, die Time-to-Hire um 47 % zu senken – mit automatisiertem Screening und Terminplanung.\n\nHätten Sie nächste Woche Zeit für ein kurzes Gespräch?\n\nBeste Grüße\nJonas"),
])
# merge-tag failures
ex.conv(J, "merge_tag_failure", "en", "raw {first_name} placeholder", [
    ("mt1", "2024-01-23 15:00", "Hi {first_name},\n\nQuick question - is {company_name} still managing employee records in spreadsheets? PeopleStack replaces 6 tools with one platform. Worth 15 minutes?\n\nTyler"),
])
ex.conv(J, "merge_tag_failure", "en", "[Company] placeholder left in", [
    ("mt2", "2024-04-30 11:11", "Hello Ailsa,\n\nEmployee recognition is the #1 driver of retention at [Company]. BrightBadge lets your team send digital badges and rewards in seconds. We'd love to offer [Company] a free 30-day pilot.\n\nBest,\nGemma"),
])
ex.conv(J, "merge_tag_failure", "en", "wrong name (Morag) and wrong company", [
    ("mt3", "2024-06-26 09:45", "Hi Morag,\n\nI noticed Highland Hotels is growing fast - congrats! Managing shift patterns across that many sites can be a headache. Rotaflow automates your rota in minutes. Can I send over a short video?\n\nOwen"),
])
ex.conv(J, "merge_tag_failure", "en", "double-brace {{role}} placeholder in wellness pitch", [
    ("mt4", "2024-10-02 13:30", "Hi Ailsa, as a {{role}} you know burnout is costing businesses like yours thousands every year. Elevate Wellness runs mindfulness workshops for teams of any size - virtual or in person. Can I send our brochure?"),
])
# sponsored InMail
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail for an HR platform webinar", [
    ("spons1", "2024-05-14 12:00", "<p>Hi Ailsa,</p><p>Join 2,000+ HR leaders at our free live webinar: <strong>&quot;Hiring in 2024: What Really Works&quot;</strong>.</p><p>Save your seat today &amp; get our salary benchmark report free.</p>"),
], title="Sponsored Conversation", subject="Free webinar: Hiring in 2024")
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail for an executive MBA", [
    ("spons2", "2024-10-21 12:00", "<p>Dear Ailsa,</p><p>Ready for the next step? Our part-time Executive MBA fits around your career &ndash; study online with residential weekends in London.</p><p>Applications for January close soon. <a href=\"#\">Find out more</a></p>"),
], title="Sponsored Conversation", subject="Your leadership journey starts here")
# paid award / podcast / feature
ex.conv(J, "paid_award", "en", "shortlisted for an award with an entry fee", [
    ("award", "2024-07-03 10:00", "Dear Ailsa,\n\nCongratulations! Following nominations from across the industry, you have been shortlisted for HR Manager of the Year (Healthcare) at the UK People Excellence Awards 2024.\n\nTo confirm your place, a finalist administration fee of 495 + VAT applies, which includes one seat at the gala dinner in Birmingham.\n\nPlease confirm by Friday to secure your shortlisting.\n\nWarm regards,\nVictoria"),
])
ex.conv(J, "paid_podcast", "en", "podcast guest slot that costs money", [
    ("podcast", "2024-08-08 16:45", "Hey Ailsa! Love your profile. We'd love to feature you as a guest on The HR Frontline Podcast (top 5% globally!). We cover a small production fee of 350 to keep the show ad-free, and you get the episode plus 10 short clips for your socials. Interested?"),
    ("podcast", "2024-08-15 09:10", "Hi Ailsa, just bumping this - we only have 3 guest slots left for September!"),
])
ex.conv(J, "paid_feature", "en", "magazine feature for a fee", [
    ("feature", "2024-02-28 11:20", "Dear Ailsa,\n\nOur editorial team has selected Kelvinbrae Pharmacy Group for a two-page profile in the spring issue of Healthcare Leaders Review, read by 80,000 decision makers. Featured organisations contribute towards design and distribution (from 1,950). Can I send the media pack?\n\nKind regards,\nHelen"),
])
# offers exactly what she sells
ex.conv(J, "offers_own_service", "en", "offers workplace flu vaccinations to a pharmacy chain", [
    ("flu", "2024-09-09 09:30", "Hi Ailsa,\n\nFlu season is around the corner! Protect your workforce with on-site flu vaccinations delivered by our qualified clinicians. We come to your workplace, minimal disruption, from just 14.99 per jab.\n\nShall I check availability for your offices in October?\n\nBen"),
])
ex.conv(J, "capacity_for_clients", "en", "asks whether she has capacity for new clients", [
    ("capacity", "2024-03-26 18:00", "Hi Ailsa! Hope you're having a lovely week. Are you currently taking on new clients? I'm a virtual assistant and bookkeeper and I'd love to support your business with admin so you can focus on growth :)"),
])
ex.conv(J, "like_minded_entrepreneurs", "en", "like-minded entrepreneurs connect message", [
    ("likeminded", "2024-05-09 22:15", "Hi Ailsa, I like to connect with like-minded entrepreneurs who are serious about scaling. I run a private mastermind for 7-figure business owners. Would love to share what's working for our members right now. Open to it?"),
])
ex.conv(J, "quick_call", "en", "quick 15-minute call request", [
    ("fifteen", "2024-06-18 10:00", "Hi Ailsa - do you have 15 minutes this week for a quick call? I'd love to show you how Cloudmetric can help Kelvinbrae Pharmacy Group make better decisions with data. What does Thursday look like?"),
])
# connect then pitch
ex.conv(J, "connect_then_pitch", "en", "coach connects, small talk, pitch in message 2 after no answer", [
    ("ctp1", "2024-04-22 08:10", "Thanks for connecting Ailsa! How's your week going?"),
    ("ctp1", "2024-04-25 08:05", "I work with HR leaders who feel stretched thin and want to step into more strategic influence. I've got 2 spaces on my 12-week Leadership Accelerator. Would you like the details?"),
])
ex.conv(J, "connect_then_pitch", "en", "web agency chats about Glasgow, pitches after owner answers", [
    ("ctp2", "2024-06-03 12:30", "Hi Ailsa! Always nice to connect with a fellow Glaswegian. Are you Southside or West End? :)"),
    ("me", "2024-06-03 18:40", "Hi Kirsty, West End! You?"),
    ("ctp2", "2024-06-04 09:10", "Southside girl through and through haha. Anyway, the reason I reached out - I had a look at your website and I think it could be doing much more for you. We build conversion-focused sites for local businesses from 2,500. Fancy a free mockup?"),
])
ex.conv(J, "connect_then_pitch", "en", "cyber security rep: compliment, then pitch in message 3", [
    ("ctp3", "2024-10-07 16:20", "Hi Ailsa, great to connect!"),
    ("ctp3", "2024-10-08 09:00", "Love what Kelvinbrae is doing in the community. Pharmacies really are the heart of the high street."),
    ("ctp3", "2024-10-10 09:00", "With the rise in ransomware in healthcare, I wanted to offer you a free cyber risk assessment. Takes 20 minutes. When works for you?"),
])
# follow-up bumps
ex.conv(J, "follow_up_bumps", "en", "lead gen agency bumping three times without reply", [
    ("bump1", "2024-01-10 10:00", "Hi Ailsa, we book 15-20 qualified sales meetings a month for B2B companies. Would more pipeline help Kelvinbrae in Q1?"),
    ("bump1", "2024-01-17 10:00", "Hi Ailsa, just floating this back to the top of your inbox."),
    ("bump1", "2024-01-24 10:00", "Ailsa - I'll assume it's not a priority right now. Should I close your file?"),
])
ex.conv(J, "follow_up_bumps", "en", "benefits platform follow-ups with no reply", [
    ("bump2", "2024-11-05 14:00", "Hi Ailsa, are your employees getting the most from their benefits? Benefit Bridge offers discounts at 900+ retailers at no cost to employers."),
    ("bump2", "2024-11-12 14:00", "Hi again Ailsa, did you get a chance to see my last message?"),
    ("bump2", "2024-11-20 14:00", "Last try! Happy to send a 2-minute video instead if easier."),
])
# off topic
ex.conv(J, "off_topic_crypto", "en", "crypto investment pitch", [
    ("crypto", "2024-03-03 23:40", "Hello Ailsa, hope you're doing good. I manage a small group of professionals who grow their savings through digital assets with a 12% monthly return. Are you open to diversifying your income?"),
])
ex.conv(J, "off_topic_merch", "en", "branded merchandise pitch", [
    ("merch", "2024-02-15 11:50", "Hi Ailsa! Looking for branded hoodies, mugs or tote bags for your team? We do no-minimum orders with 5-day turnaround. Can I send you our catalogue?"),
])
ex.conv(J, "seo_pitch", "en", "SEO pitch with generic claims", [
    ("seo", "2024-07-29 07:15", "Hi, I was checking your website and found some errors that are stopping you from ranking on page 1 of Google. I can share a full report free of charge. Shall I send it?"),
])
ex.conv(J, "fluent_generic_names_company", "en", "fluent culture consultancy pitch naming the company but fit for anyone", [
    ("fluent", "2024-08-27 09:20", "Hi Ailsa,\n\nIt's clear that Kelvinbrae Pharmacy Group puts people at the heart of everything it does. In our work with forward-thinking organisations, we see that the businesses who thrive are the ones that treat culture as a strategic asset, not an afterthought.\n\nNorthstar Culture partners with leadership teams to build values-driven cultures that attract and retain top talent. I'd welcome the opportunity to explore how we might support Kelvinbrae's next chapter.\n\nWarm wishes,\nPhilippa"),
])
# generic counterparts of the wanted pitches
ex.conv(J, "generic_rota_software", "en", "generic rota software, counterpart of the tailored rota pitch", [
    ("j_rota", "2024-02-07 15:15", "Hi Ailsa, are you still building rotas in Excel? RotaGenie saves managers 5 hours a week. Over 3,000 businesses trust us. Can I book you in for a demo?"),
])
ex.conv(J, "generic_onboarding", "en", "generic onboarding app, counterpart of the tailored onboarding pitch", [
    ("j_onboard", "2024-04-11 12:00", "Hi Ailsa, 1 in 5 new hires leave within 45 days. OnboardHQ makes onboarding seamless with automated checklists and e-signatures. Would you be open to a quick demo?"),
])
ex.conv(J, "generic_recruitment_agency", "en", "generic medical staffing agency, counterpart of the tailored recruiter", [
    ("j_agency", "2024-08-28 08:45", "Hi Ailsa, MedStaff Direct supplies nurses, doctors, carers and pharmacists across the UK 24/7. Any vacancies you're struggling to fill at the moment? We'd love to be added to your PSL."),
    ("j_agency", "2024-09-04 08:45", "Hi Ailsa, following up on the below, let me know if you have any roles I can help with!"),
])
ex.conv(J, "generic_eap", "en", "generic EAP, counterpart of the tailored EAP pitch", [
    ("j_eap", "2024-03-20 10:10", "Hi Ailsa, mental health is the number one challenge for employers in 2024. WellMind Corporate provides a 24/7 employee assistance programme for businesses of all sizes. Could I send you a proposal?"),
])
ex.conv(J, "generic_payroll", "en", "generic payroll outsourcing, counterpart of the tailored payroll pitch", [
    ("j_payroll", "2024-05-15 13:25", "Hi Ailsa, is payroll taking up too much of your time? PayStream takes care of everything from payslips to pensions. Let's set up a call to see if we're a fit."),
])
ex.conv(J, "offshore_staffing", "en", "offshore virtual staff pitch", [
    ("va", "2024-06-11 04:30", "Hi Ailsa, did you know you can save up to 70% on staffing costs by hiring dedicated offshore professionals? We provide admin, HR and accounts staff from the Philippines. Let me know if you want to see some profiles!"),
])
ex.conv(J, "ghostwriting", "en", "LinkedIn ghostwriting pitch", [
    ("ghost", "2024-09-30 19:45", "Hey Ailsa, your LinkedIn could be your biggest recruiting tool. We write 3 posts a week in your voice so you grow your audience on autopilot. Want to see some examples?"),
])
ex.conv(J, "off_topic_property", "en", "Dubai off-plan property investment", [
    ("dubai", "2024-04-15 06:20", "Dear Ailsa, exclusive opportunity: off-plan apartments in Dubai Marina with guaranteed 8% rental yield and 0% tax. Only 12 units left. Shall I send the brochure?"),
])
ex.conv(J, "office_furniture", "en", "ergonomic office furniture pitch", [
    ("furniture", "2024-01-31 11:00", "Hi Ailsa, with hybrid working here to stay, is your office set up for the way your team works today? ErgoWorks can do a free workspace audit. Let me know a good time."),
])
ex.conv(J, "off_topic_energy", "en", "commercial solar panels pitch", [
    ("solar", "2024-10-15 10:40", "Hi Ailsa, energy bills still high? Businesses across Scotland are cutting costs by up to 40% with commercial solar. We handle everything from survey to installation. Would you be the right person to speak to about your premises?"),
])
ex.conv(J, "off_topic_team_events", "en", "team-building away day pitch, not aimed at her situation", [
    ("teamday", "2024-02-22 12:35", "Hi Ailsa! Planning your next team away day? From whisky tasting to raft building on Loch Lomond, we create unforgettable experiences for teams of 10-200. Drop me a line and I'll send some ideas!"),
    ("teamday", "2024-03-07 12:35", "Hi Ailsa, just checking you saw this? Summer dates are going fast :)"),
])

if __name__ == "__main__":
    ex.write(Path(__file__).resolve().parents[1] / SLUG,
             {"First Name": "Ailsa", "Last Name": "McBride",
              "Headline": "HR Manager at Kelvinbrae Pharmacy Group | 30 community pharmacies across Glasgow & the west",
              "Summary": "Looking after the people side of a growing community pharmacy group: recruitment, employee relations, training and the odd Christmas rota crisis.",
              "Industry": "Pharmaceuticals", "Geo Location": "Glasgow, Scotland, United Kingdom",
              "Websites": "[COMPANY:https://www.kelvinbrae-pharmacy.example]"},
             [{"Company Name": "Kelvinbrae Pharmacy Group", "Title": "HR Manager",
               "Description": "HR for 30 branches and around 520 staff.", "Location": "Glasgow",
               "Started On": "Aug 2019", "Finished On": ""},
              {"Company Name": "Lanark Healthcare", "Title": "HR Advisor", "Description": "",
               "Location": "Lanark", "Started On": "Mar 2012", "Finished On": "Jul 2019"}],
             ["Employee Relations", "Recruitment", "Workforce Planning", "CIPD",
              "Employment Law", "Training & Development"])
    print(ex.summary())

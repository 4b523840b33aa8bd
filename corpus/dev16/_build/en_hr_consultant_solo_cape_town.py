"""dev16 persona (written blind as heldout22, session 4): heldout22 persona: Nadia van Wyk, independent HR and employment-relations consultant in
Cape Town (2021 export layout). Every message below is written by hand for this corpus.

Run: /work/main/.venv/bin/python corpus/dev16/_build/en_hr_consultant_solo_cape_town.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-hr-consultant-solo-cape-town"
OWNER = Person("me", "Nadia van Wyk", "https://www.linkedin.com/in/nadia-van-wyk-hr-7c1e02",
               "Van Wyk People Practice", "Independent HR & Employment Relations Consultant")
E = Export(SLUG, "2021", OWNER)
P = E.person
C = E.conv

# ---------------------------------------------------------------- people
P("thabo", "Thabo Mokoena", "Mokoena's Bakehouse", "Owner", connected="2021-06-14")
P("ruth", "Ruth Abrahams", "Tafelberg Payroll Services", "Client Relationship Manager", connected="2019-02-08")
P("pieter", "Pieter Louw", "Louw Family Wines", "Operations Director")
P("kagiso", "Kagiso Dlamini", "Dlamini Fourie Attorneys", "Partner: Labour & Employment", connected="2017-09-21")
P("megan", "Megan Fortuin", "Harbour Talent", "Senior Recruitment Consultant", connected="2023-01-30")
P("sipho", "Sipho Ndlovu", "", "BCom HR Management graduate")
P("ayesha", "Ayesha Parker", "Greenpoint Logistics", "HR Intern", connected="2022-03-11")
P("lwazi", "Lwazi Mthembu", "Cape Retail Group", "HR Officer", connected="2021-11-02")
P("carmen", "Carmen Jacobs", "Seapoint Dental Studio", "Practice Manager", connected="2020-05-19")
P("heinrich", "Heinrich Botha", "Botha & Co Accountants", "Director", connected="2018-08-30")
P("leigh", "Leigh-Anne Daniels", "Western Cape People Practitioners Forum", "Events Convenor", connected="2016-04-04")
P("fatima", "Fatima Isaacs", "Kaapse Nuus Business Desk", "Journalist")
P("johan", "Johan Steyn", "Dlamini Fourie Attorneys", "Associate", connected="2022-08-10")
P("marlene", "Marlene Engelbrecht", "", "Retired HR Executive", connected="2014-07-01")
P("david", "David Okafor", "Kloof Street Guesthouse", "Owner", connected="2022-02-17")
P("zoe", "Zoe Hendricks", "Byte Bay Labs", "Co-founder & COO", connected="2023-05-08")
P("nomsa", "Nomsa Khumalo", "Mokoena's Bakehouse", "Bookkeeper")
P("jess", "Jess Morkel", "", "Trail runner", connected="2015-10-12")
P("grant", "Grant Petersen", "PeopleLedger", "Account Manager, Africa", connected="2020-11-23")
P("tumi", "Tumi Sithole", "Sithole HR Advisory", "Principal Consultant", connected="2019-09-14")
P("anwar", "Anwar Salie", "Peninsula University of Technology", "Lecturer, Human Resource Management", connected="2021-02-22")
P("bronwyn", "Bronwyn Adams", "Adams Franchise Group", "Franchise Owner (4 stores)")
P("rashaad", "Rashaad Moos", "Shield Risk Brokers", "Short-term Insurance Broker", connected="2019-01-15")
P("simone", "Simone du Plessis", "Obs Works Coworking", "Community Manager", connected="2022-01-10")
P("kyle", "Kyle Arendse", "Cape Retail Group", "Regional Ops Manager", connected="2021-11-05")
P("lindiwe", "Lindiwe Zulu", "Western Cape People Practitioners Forum", "Member", connected="2023-06-01")
P("hannes", "Hannes Kruger", "Kruger Engineering Works", "Managing Director", connected="2020-07-07")
P("naledi", "Naledi Mabuza", "Sowetan Voices Podcast", "Host", connected="2021-04-27")
P("priya", "Priya Naidoo", "Freshwater Foods", "HR Manager", connected="2018-03-14")
P("ilse", "Ilse Visser", "Western Cape People Practitioners Forum", "Member", connected="2023-06-01")
P("mandla", "Mandla Cele", "Table Bay Hotels", "Training Coordinator", connected="2024-02-19")

# wanted pitches
P("claire", "Claire Wessels", "", "Freelance B2B copywriter", connected="2024-04-02")
P("thando", "Thando Ngcobo", "Little Lion Films", "Producer")
P("ryan", "Ryan Fisher", "", "Freelance web developer")
P("olivia", "Olivia Brink", "ClearRoster", "Partnerships Lead")
P("sizwe", "Sizwe Radebe", "Thrive Employee Wellness", "Business Development")
P("amira", "Amira Hassan", "Kaapse Tale Translations", "Founder")
P("dean", "Dean Marais", "", "Independent IT & automation consultant")
P("chantal", "Chantal Roux", "Atlas Executive Search", "Principal, Interim HR")
P("estelle", "Estelle Coetzee", "The Lab at 41 Lower Main", "Venue Manager")
P("vusi", "Vusi Nkosi", "Fine Print Audio", "Podcast Producer")
P("gerda", "Gerda Pretorius", "Mindmark Assessments", "Regional Consultant")
P("kim", "Kim Solomons", "", "Virtual assistant (bilingual)")

# junk senders
P("brad", "Brad Kellerman", "Rank Rocket Digital", "Growth Strategist")
P("jaco", "Jaco van der Merwe", "SunVolt Energy", "Sales Consultant")
P("lauren", "Lauren Smit", "PeopleFirst Outsourced HR", "Business Development Manager")
P("ahmed", "Ahmed Karim", "Pipeline Partners", "Founder")
P("ricky", "Ricky Moodley", "", "Entrepreneur | Investor | Visionary")
P("tyler", "Tyler Brooks", "ScaleUp Sales Co", "SDR")
P("kayla", "Kayla Ferreira", "GhostPost Studio", "LinkedIn Ghostwriter",
  connected="2024-08-12", invite=("IN", "2024-08-12 07:41", "Hi Nadia! Loved your post on probation periods. Would be great to connect."))
P("marco", "Marco Rossi", "Apex Wealth Circle", "Wealth Mentor",
  connected="2024-10-03", invite=("IN", "2024-10-03 18:02", "Hello Nadia, let's connect."))
P("shaun", "Shaun Williams", "BookedOut Appointments", "Client Success",
  connected="2025-01-20", invite=("IN", "2025-01-20 10:15", ""))
P("nicole", "Nicole Pillay", "LedgerLite", "Account Executive")
P("ben", "Ben Hartley", "Velocity Lead Gen", "Head of Growth")
P("t1", "Jordan Mills", "Consultant Growth Engine", "Partner")
P("t2", "Sam Nkuna", "Retainer Rush", "Director")
P("t3", "Aiden Clarke", "ClientFlow Systems", "Founder")
P("t4", "Lisa-Marie Groenewald", "Signature Scale", "Growth Coach")
P("t5", "Oliver Grant", "Retainer Engine UK", "Managing Partner")
P("m1", "Trent Hollis", "OutreachIQ", "Sales")
P("m2", "Priscilla Mensah", "Summit Events Africa", "Partnership Manager")
P("m3", "Devon Jacobs", "KwikFund Business Finance", "Funding Specialist")
P("m4", "Anele Zwane", "BrightDesk CRM", "Account Executive")
P("spon1", "Stellenbosch Executive Academy", "", "", url="https://www.linkedin.com/company/stellenbosch-executive-academy")
P("spon2", "Karoo Business Bank", "", "", url="https://www.linkedin.com/company/karoo-business-bank")
P("spon3", "Webinarly", "", "", url="https://www.linkedin.com/company/webinarly")
P("award", "Delia Warner", "African Business Excellence Awards", "Awards Coordinator")
P("mag", "Greg Lombard", "SME Leaders Quarterly", "Editorial Partnerships")
P("pod", "Chris Nel", "The Founder Fireside Podcast", "Guest Booking")
P("ai", "Ethan Pierce", "HireMind AI", "Enterprise Sales")
P("copy", "Megan Lee", "WordSmiths Global", "Content Lead")
P("video", "Jason Botha", "ClipFactory", "Business Development")
P("hrsw", "Rachel Adeyemi", "StaffStack HRIS", "Sales Executive")
P("eap", "Paul Venter", "WellBeing Direct", "Corporate Sales")
P("rec", "Kirsten Hall", "TopTier Recruitment", "Recruitment Consultant")
P("mlm", "Charmaine Olivier", "", "Wellness Coach | Financial Freedom")
P("dubai", "Faisal Rahman", "Emirates Vista Properties", "Investment Advisor")
P("it", "Vikram Shah", "SecureNet IT Solutions", "Business Development Executive")
P("va", "Joy Santos", "RemoteHands VA", "Client Onboarding")
P("prof", "Liam O'Connor", "ProfilePro", "LinkedIn Profile Specialist")
P("expo", "Natasha King", "Africa HR Expo", "Exhibitor Sales")
P("seo2", "Hendrik Vos", "Digital Spark Agency", "Account Manager",
  connected="2025-03-03", invite=("IN", "2025-03-03 08:05", "Hi Nadia, fellow Capetonian here - keen to connect!"))

# ================================================================ genuine
C("genuine", "client_quote_request", "en", "bakery client asks for a quote to chair a disciplinary hearing", [
    ("thabo", "2024-02-05 07:48", "Morning Nadia. Sorry to bug you so early. We've got a situation with one of the drivers again (stock going missing, second time). I think we need a proper hearing this time and I don't want to chair it myself after last year's mess. What would you charge to chair it? Probably next week sometime."),
    ("me", "2024-02-05 08:31", "Morning Thabo, no stress. For a single hearing I charge R6,500 chairing fee incl. the written outcome, plus R850/hr for prep if the charge sheet needs work. Send me what you have and I'll tell you if it's hearing-ready."),
    ("thabo", "2024-02-05 09:02", "Shot. That's fine. Nomsa will send you the statements and the CCTV stills this afternoon."),
    ("me", "2024-02-05 09:05", "Perfect. I'll pencil in Wednesday 14th, 10am at the bakery."),
])
C("genuine", "vendor_price_change", "en", "existing payroll provider announces annual fee increase", [
    ("ruth", "2024-01-16 11:20", "Hi Nadia, hope you had a good break. Just a heads-up before the formal letter goes out: from 1 March our per-payslip fee goes from R38 to R41 and the monthly platform fee for bureau clients goes up 6%. Your referral discount stays as is. Happy to walk you through it if any of your clients ask."),
    ("me", "2024-01-16 12:04", "Thanks Ruth, appreciate the warning. A couple of my smaller clients will grumble but R3 a slip is fair. Can you send me the letter so I can forward it?"),
    ("ruth", "2024-01-16 12:10", "Will do, end of the week."),
])
C("genuine", "inbound_lead_retainer", "en", "wine farm wants to buy a monthly HR retainer", [
    ("pieter", "2024-03-12 15:33", "Good afternoon Ms van Wyk. Kagiso Dlamini gave me your name. We're a family wine farm outside Stellenbosch, about 45 permanent staff and up to 120 seasonal during harvest. Our HR is basically my wife and a filing cabinet. We'd like someone on a monthly retainer: contracts, disciplinary support, and getting our EE reporting sorted. Could you tell me how your retainers work and what they cost?"),
    ("me", "2024-03-12 17:10", "Good afternoon Pieter, thanks for reaching out and for the kind referral from Kagiso. My retainers start at R9,800/month for up to 8 hours, with hearings and CCMA prep billed separately. For a farm with seasonal workers I'd suggest we start with a once-off audit of contracts (about R14,000) and then the retainer. Can I come out next week to see the setup?"),
    ("pieter", "2024-03-13 08:02", "That sounds reasonable. Tuesday or Thursday morning works. Come for coffee, the road is gravel for the last 3km so don't bring a low car :)"),
    ("me", "2024-03-13 08:15", "Ha, noted. Thursday 9:30 then."),
])
C("genuine", "peer_joint_offer", "en", "labour lawyer proposes a joint SME workshop package", [
    ("kagiso", "2024-04-08 13:02", "Nadia, idea. Every second SME client asking me about the new EE sector targets has no clue where to start. What if we package a half-day workshop together: me on the legal side, you on the practical plan + templates. Charge R3,500 a head, cap at 20. Split 50/50 after venue. Thoughts?"),
    ("me", "2024-04-08 13:40", "Love it. I'd want to give them a proper EE plan template to take home, otherwise it's just another talk. 50/50 works. Shall we pitch it to the Forum first as a member discount?"),
    ("kagiso", "2024-04-08 14:11", "Yes. Let's do a call Thursday, I'll bring a draft outline."),
    ("me", "2024-04-11 16:45", "Sent you the outline with my comments. I moved the Q&A to the end and added a case study. Johan can help with the venue?"),
    ("kagiso", "2024-04-11 17:20", "Perfect, I'll ask him."),
])
C("genuine", "recruiter_engaged", "en", "recruiter she briefed for a client's HR admin role sends shortlist", [
    ("me", "2024-05-02 09:14", "Hi Megan, thanks for the chat yesterday. As discussed: HR & payroll administrator for my client Kruger Engineering (Epping), permanent, R22-26k CTC, must know VIP or similar payroll. Fee 12% as agreed. They'd like to interview before end of May."),
    ("megan", "2024-05-02 10:30", "Got it Nadia, thanks for the brief. I have two people in mind already. Will come back with a shortlist by next Friday."),
    ("megan", "2024-05-10 15:48", "Hi Nadia, shortlist of 4 sent to your email. Strongest is candidate 2 (8 yrs payroll, currently in Bellville). Candidate 4 is a bit junior but very sharp. Let me know which ones Hannes wants to see."),
    ("me", "2024-05-10 16:20", "Thanks! Will go through it with him on Monday."),
])
C("genuine", "applicant_internship", "en", "HR graduate applies for an internship with her practice", [
    ("sipho", "2024-06-18 19:22", "Dear Ms van Wyk\n\nMy name is Sipho Ndlovu and I completed my BCom in HR Management at the end of last year. I read your article about chairing fair hearings and it's exactly the type of work I want to learn. I know you work on your own but I wanted to ask if you'd consider taking an intern, even part time. I have my own laptop and transport. My CV is attached.\n\nKind regards\nSipho"),
    ("me", "2024-06-20 08:05", "Hi Sipho, thanks for the lovely message. I can't take a full-time intern right now, but I might need help with a large filing/contract audit in August. Would you be available 3 days a week for about 6 weeks? Paid, obviously."),
    ("sipho", "2024-06-20 08:40", "Yes definitely! Thank you so much."),
])
C("genuine", "mentee_cv_feedback", "en", "mentee asks for CV feedback", [
    ("ayesha", "2024-07-03 20:11", "Hi Nadia! Sorry it's late. Could you pls look at my CV before I apply for the HR generalist post at Freshwater Foods? I feel like it's too long"),
    ("me", "2024-07-04 07:30", "Morning! It is a bit long :) Cut the school stuff and put the internship projects first with numbers (how many files, how many staff). Send me v2 tonight."),
    ("ayesha", "2024-07-04 21:05", "v2 sent!! thank you"),
])
C("genuine", "mentee_congrats", "en", "mentee shares news of professional registration", [
    ("lwazi", "2024-08-15 12:44", "Nadia!!! I got my professional registration letter today. Honestly could not have done the portfolio without your Sunday voice notes. Thank you!!"),
    ("me", "2024-08-15 13:02", "LWAZI! So proud of you. Drinks on me next time you're in town."),
])
for key, when, text in [
    ("lindiwe", "2024-09-12 11:05", "Thank you for this morning's session on incapacity vs poor performance, Nadia. The flowchart alone was worth getting up at 6 for. Would you mind sharing the slides?"),
    ("ilse", "2024-09-12 11:48", "Thanks for the session at the Forum breakfast today! Really practical, especially the bit on ill-health incapacity. Could I get a copy of the slides please?"),
    ("mandla", "2024-09-12 14:20", "Hi Nadia, thank you for this morning's talk at the breakfast. Very practical. I'd appreciate the slides if you're sharing them. Regards, Mandla"),
]:
    C("genuine", "thanks_after_talk", "en", f"near-duplicate thank-you after the Forum breakfast talk ({key})", [
        (key, when, text),
        ("me", "2024-09-12 17:30", "Thanks so much for coming! Slides are on the Forum's member page, Leigh-Anne uploaded them this afternoon."),
    ])
C("genuine", "association_speaker_invite", "en", "HR association invites her to speak at annual conference", [
    ("leigh", "2024-06-03 10:10", "Hi Nadia, the committee would love you to do the ER panel at the annual conference on 17 October (Century City). No fee unfortunately, but we cover parking and lunch and you'll get a free ticket for a guest. Are you in?"),
    ("me", "2024-06-03 11:25", "Of course I'm in. Who else is on the panel?"),
    ("leigh", "2024-06-03 11:40", "Kagiso and someone from the Bargaining Council, still confirming. Will send the brief."),
])
C("genuine", "journalist_comment", "en", "business journalist asks for comment on minimum wage increase", [
    ("fatima", "2025-02-11 09:02", "Hi Nadia, I'm writing a piece on how small businesses in the Western Cape are handling the new national minimum wage from 1 March. Could I get 2-3 lines from you on what SMEs should check before then? Deadline is 3pm today, sorry for the rush."),
    ("me", "2025-02-11 09:40", "Hi Fatima, sure: 1) check every hourly rate incl. part-timers and domestic workers, 2) check that deductions don't push anyone below the minimum, 3) update contracts and payroll before the 25th run. Happy to be quoted as independent HR consultant."),
    ("fatima", "2025-02-11 09:44", "Perfect, thank you!"),
])
C("genuine", "event_invite_contact", "en", "labour law firm year-end braai invitation from a contact", [
    ("johan", "2024-11-20 16:05", "Hey Nadia, our year-end braai is on Friday 6 Dec at the office in Gardens, from 5pm. Kagiso specifically said to make sure you come. Partners welcome. RSVP by the 1st?"),
    ("me", "2024-11-20 18:30", "Yes please! Will bring Jan. Anything I can bring?"),
    ("johan", "2024-11-21 08:10", "Just yourselves. Maybe a salad if you insist haha"),
])
C("genuine", "owner_started_referral", "en", "she asks a long-time HR manager for a referral for a client", [
    ("me", "2024-03-25 08:55", "Hi Priya, long time! Quick one: do you still use that EAP provider you liked? A client of mine had a traumatic robbery at the store and I want to recommend someone decent."),
    ("priya", "2024-03-25 10:12", "Hi Nadia! Yes, still with them, they were brilliant after our warehouse incident. I'll send you the contact person's details on email. Hope you're well, we must do lunch."),
    ("me", "2024-03-25 10:20", "Thank you! Lunch yes, April?"),
])
C("genuine", "owner_started_vendor_renewal", "en", "she asks her HR software vendor about renewal, vendor quotes", [
    ("me", "2024-10-01 09:30", "Hi Grant, my PeopleLedger subscription renews in November. I've added two more clients this year. What would the multi-company licence cost me for 2025?"),
    ("grant", "2024-10-02 14:15", "Hi Nadia, thanks for asking early. For up to 15 client companies the consultant licence would be R2,150/month billed annually (currently you pay R1,700 for 10). I can hold the 2024 rate on the extra seats if you sign before 15 Nov."),
    ("me", "2024-10-02 15:00", "OK that's fair. Send the quote, I'll sign this month."),
])
C("genuine", "long_standing_contact", "en", "former boss checks in, long-standing contact", [
    ("marlene", "2019-12-18 09:10", "Merry Christmas my girl. Still enjoying being your own boss?"),
    ("me", "2019-12-18 12:30", "Merry Christmas Marlene! Loving it, terrified every January, but loving it."),
    ("marlene", "2022-06-30 17:45", "Saw your name in the paper! Proud of you."),
    ("me", "2022-06-30 18:02", "Haha it was one quote but I'll take it. How's retirement and the garden?"),
    ("marlene", "2024-12-20 08:20", "Another year done. Coffee in Kalk Bay in January? My treat this time."),
    ("me", "2024-12-20 09:15", "Yes! Will message you after the 6th."),
])
C("genuine", "client_urgent_ccma", "en", "guesthouse client received a CCMA referral", [
    ("david", "2024-05-21 18:40", "Nadia we got a CCMA notice today from the ex-housekeeper, unfair dismissal. Conciliation is on the 4th. Can you help? I'm panicking a bit"),
    ("me", "2024-05-21 19:02", "Don't panic. Send me a photo of the notice and everything from her file. We'll do a prep session Monday. Conciliation is not the end of the world, often it settles."),
    ("david", "2024-05-21 19:10", "Thank you. Sending now."),
])
C("genuine", "client_contract_review_quote", "en", "startup asks for a quote to review employment contracts", [
    ("zoe", "2024-06-06 11:11", "Hi Nadia, we're 18 people now and our contracts are a copy-paste from a UK template 🙈 Could you quote for reviewing and localising them? Devs, one sales person, ops. Also need a remote work policy."),
    ("me", "2024-06-06 13:20", "Hi Zoe! Yes, happy to. Three contract templates + remote work policy: R18,500 fixed, two rounds of changes, done in 3 weeks. I'd also check the IP and restraint clauses, those UK ones often don't hold here."),
    ("zoe", "2024-06-07 09:00", "Great, go ahead. Can you send a quote on letterhead for our finance person?"),
    ("me", "2024-06-07 09:30", "Sent."),
])
C("genuine", "client_staff_in_spam", "en", "client's bookkeeper writes from an unknown profile; landed in spam", [
    ("nomsa", "2024-02-09 14:55", "Good day Mrs van Wyk, I am the bookkeeper at Mokoena's Bakehouse. Thabo asked me to send you the driver's statements and the stock count sheets for the hearing. I have emailed it to info@ but please confirm you got it. Thank you. Nomsa"),
    ("me", "2024-02-12 08:03", "Hi Nomsa, sorry, your message went to my spam folder here. Yes got it all, thank you!"),
], folder="SPAM")
C("genuine", "friend_small_talk", "en", "friend small talk about a trail run", [
    ("jess", "2024-08-31 17:05", "Lion's Head sunrise tomorrow? Meeting at 5:30 at the usual spot. Bring a headlamp this time lol"),
    ("me", "2024-08-31 19:40", "Ugh fine. If it's windy I'm going home."),
    ("jess", "2024-08-31 19:41", "it's never windy 😇"),
])
C("genuine", "partner_referral", "en", "payroll provider refers a new client to her", [
    ("ruth", "2024-09-03 10:33", "Hi Nadia, one of our new bureau clients (a dental practice in Sea Point, 11 staff) needs help with a dismissal that went badly wrong. I gave them your number, hope that's ok. Practice manager is Carmen."),
    ("me", "2024-09-03 10:50", "Thanks Ruth! Yes of course. I'll keep an eye out."),
])
C("genuine", "new_client_dental", "en", "referred practice manager asks for help and a price", [
    ("carmen", "2024-09-03 15:10", "Hi Nadia, Ruth from Tafelberg Payroll suggested I contact you. We let a dental assistant go last week without a hearing (I know, I know). She's threatening CCMA. How much would it cost for you to advise us? We're small so budget is tight."),
    ("me", "2024-09-03 15:45", "Hi Carmen, thanks for getting in touch. First consult is an hour at R950, I'll tell you honestly where you stand and what the options are (sometimes a reinstatement offer or settlement is the cheapest route). Can you do Thursday?"),
    ("carmen", "2024-09-03 16:02", "Thursday 2pm. Thank you!"),
])
C("genuine", "vendor_product_notice", "en", "current HR software vendor notices a data migration", [
    ("grant", "2025-02-20 08:45", "Hi Nadia, heads up: we're moving all SA customers to the Johannesburg data centre on the weekend of 8 March. The system will be read-only from Sat 06:00 to Sun 18:00. No action needed, but if you have payroll deadlines that weekend let me know and we'll schedule around you."),
    ("me", "2025-02-20 09:10", "Thanks Grant, that weekend is fine."),
])
C("genuine", "client_invoice_query", "en", "client confirms payment and asks about an invoice line", [
    ("hannes", "2024-06-28 12:00", "Nadia, paid INV-2024-061 this morning. Quick question: the line 'recruitment coordination' - is that separate from the agency fee?"),
    ("me", "2024-06-28 12:35", "Thanks Hannes. Yes, that's my time for the brief, interviews and offer letter (6 hrs). The 12% is billed by Harbour Talent directly. Shout if anything looks off."),
    ("hannes", "2024-06-28 12:40", "No that makes sense, thanks."),
])
C("genuine", "peer_subcontract", "en", "peer consultant in Joburg asks her to cover a Cape Town hearing", [
    ("tumi", "2024-10-14 09:20", "Hey Nadia, are you free on 29 Oct? My client's Cape Town branch needs a hearing chaired and I can't fly down that week. Usual rate, I'll pass the whole fee through. Dishonesty charge, should be 3-4 hours."),
    ("me", "2024-10-14 10:05", "Hi Tumi, 29th is free. Send me the pack and I'll do a pre-read. Where is the branch?"),
    ("tumi", "2024-10-14 10:15", "Montague Gardens. You're a star, thanks."),
])
C("genuine", "guest_lecture_invite", "en", "lecturer invites her to guest lecture", [
    ("anwar", "2025-03-04 13:30", "Dear Nadia, would you be willing to give a guest lecture to our third-year HRM class on disciplinary procedures in practice? 2 hours, any Tuesday in April. We have a small honorarium of R1,500."),
    ("me", "2025-03-04 18:10", "Hi Anwar, I'd love to. 15 April works. Can I bring a mock hearing role-play? Students always remember that better than slides."),
    ("anwar", "2025-03-05 07:55", "That would be fantastic. Confirmed for the 15th."),
])
C("genuine", "accountant_joint_client", "en", "accountant partner about a shared client's retrenchments", [
    ("heinrich", "2024-07-22 16:40", "Nadia, Kruger Engineering is looking at cutting 4 positions because of the steel contract they lost. Hannes asked me to run the numbers on severance. Can we align before he talks to the staff? Don't want him doing a section 189 on the fly."),
    ("me", "2024-07-22 17:05", "Agreed, absolutely not on the fly. Can you do Thursday 8am? I'll bring the consultation timeline."),
    ("heinrich", "2024-07-22 17:30", "Thursday 8 at my office. Coffee's bad but free."),
])
C("genuine", "association_group", "en", "committee group chat about breakfast logistics", [
    ("leigh", "2024-09-05 09:00", "Morning all, breakfast on the 12th: we're at 64 registrations. Venue can take 70. Nadia, do you need a projector or will you bring your own?"),
    ("lindiwe", "2024-09-05 09:22", "I can do registration desk from 6:45."),
    ("me", "2024-09-05 09:40", "Projector please, I'll bring the clicker. And name tags would be great, half the room won't know each other."),
    ("leigh", "2024-09-05 10:01", "Done and done."),
], title="Forum Sept breakfast", extra=["ilse"])
C("genuine", "client_thanks", "en", "client thanks her after completing a retrenchment process", [
    ("hannes", "2024-10-30 15:15", "Nadia, last consultation done, agreements signed, nobody went to the CCMA. I know it wasn't fun for anyone but it was done properly. Thank you. Send me your final invoice."),
    ("me", "2024-10-30 15:40", "Thank you Hannes. You handled the hard conversations well. Invoice coming tomorrow."),
])
C("genuine", "former_mentee_hiring", "en", "former mentee now hiring asks for candidate suggestions", [
    ("kyle", "2025-01-14 11:20", "Hi Nadia, hope 2025 started well. We're hiring an ER specialist for the Northern Suburbs stores. Lwazi said you always know who's good. Anyone you'd recommend? Job spec attached."),
    ("me", "2025-01-14 12:10", "Hi Kyle, I'll have a think. There's one person from the Forum who might be perfect. Let me ask her first before I pass on her name."),
])
C("genuine", "inbound_lead_training", "en", "franchise owner wants a quote for manager training", [
    ("bronwyn", "2024-11-05 20:30", "Hi Nadia, I own 4 coffee franchises in the southern suburbs. My store managers need training on warnings and hearings, they keep getting it wrong and I keep paying for it. Do you do in-house training? What would a day for 8 managers cost?"),
    ("me", "2024-11-06 07:45", "Hi Bronwyn, yes I do. A full-day in-house session for up to 10 managers is R16,000 incl. workbook and templates. I'd tailor it with examples from your stores. Early Jan is quiet for you?"),
    ("bronwyn", "2024-11-06 08:30", "Mid-Jan is perfect. Let's lock 15 Jan."),
])
C("genuine", "vendor_price_change", "en", "insurance broker renewal with a premium increase", [
    ("rashaad", "2025-01-08 10:00", "Hi Nadia, your professional indemnity renewal is due 1 Feb. Underwriter has come back with a 9% increase (R7,640 p.a. vs R7,010) - unfortunately that's across the board this year. Cover stays at R2.5m. Shall I renew as is or do you want me to get an alternative quote?"),
    ("me", "2025-01-08 11:20", "Hi Rashaad, please get one alternative quote but I'm probably staying. Thanks for the heads-up."),
    ("rashaad", "2025-01-15 09:30", "Alternative was more expensive with a higher excess. Renewed as is, docs on email."),
])
C("genuine", "podcast_invite_contact", "en", "podcast host she knows invites her as unpaid guest", [
    ("naledi", "2024-04-16 19:00", "Hey Nadia! We're doing an episode on 'your rights when you're fired' for young workers. Would you come on as a guest? Recording in Woodstock, about 40 min. No cost, we just buy you coffee :)"),
    ("me", "2024-04-16 20:15", "Sounds great, count me in. Which week?"),
    ("naledi", "2024-04-17 08:30", "Week of the 29th. Will send options."),
])
C("genuine", "cowork_price_change", "en", "coworking space she rents from announces new rates", [
    ("simone", "2024-12-02 12:00", "Hi Nadia, a quick note to our dedicated-desk members: from January the desk rate goes to R3,200/month (from R2,950). Meeting room credits stay at 4 hours. If you want to lock the old rate for 12 months, let me know before 20 Dec."),
    ("me", "2024-12-02 13:05", "Hi Simone, yes please lock me in for 12 months at the old rate."),
    ("simone", "2024-12-02 13:20", "Done! Have a lovely holiday."),
])
C("genuine", "client_reschedule", "en", "client reschedules a session because of load-shedding", [
    ("carmen", "2024-10-09 07:20", "Morning Nadia, stage 4 from 10 this morning and our generator is broken 🙄 Can we move our session to Friday?"),
    ("me", "2024-10-09 07:35", "Of course. Friday 10am? Or I'm happy to do it over the phone if that's easier."),
    ("carmen", "2024-10-09 07:40", "Friday at the practice please. Thanks!!"),
])

# ================================================================ wanted pitches
C("wanted_pitch", "copywriting_from_post", "en", "copywriter cites her LinkedIn post on consistent disciplinary codes", [
    ("claire", "2024-04-03 10:25", "Hi Nadia, thanks for connecting. Your post last week about SMEs applying their disciplinary code inconsistently (the example of the two late-coming cashiers) got a lot of comments from owners asking 'so what do I do?'. I'm a freelance copywriter who works mostly with consultants. I could turn that post and the follow-up comments into a short downloadable guide ('5 checks before you issue a warning') for your website, to collect emails from exactly those owners. Fixed price R4,800 incl. layout. Happy to send two examples I did for a tax practitioner."),
    ("me", "2024-04-03 12:40", "Hi Claire, funny, I was thinking of doing exactly that. Send the examples?"),
    ("claire", "2024-04-03 13:05", "Sent to your email. No pressure at all."),
])
C("wanted_pitch", "video_after_talk", "en", "video producer attended her Forum talk and suggests explainer videos", [
    ("thando", "2024-09-16 09:30", "Hi Nadia, I was at the Forum breakfast last week (I was there with a client from the hospitality side). Your flowchart on incapacity vs poor performance was the clearest thing I've seen on that topic. We make short explainer videos for trainers. Your flowchart would work really well as a 90-second animated piece that your SME clients can send to their supervisors. Would you like to see a 20-second test I could make from your slide, free, before we talk budget?"),
])
C("wanted_pitch", "website_fix_specific", "en", "web developer visited her site and names concrete problems", [
    ("ryan", "2024-05-14 14:02", "Hi Nadia, I was looking for an HR consultant for my brother's restaurant and ended up on vanwykpeople.co.za. Two things you might not know: the 'Book a consult' button does nothing on an iPhone (tried Safari and Chrome), and your contact form collects ID numbers without any POPIA notice. Both are quick fixes. I'm a freelance dev in Observatory, I'd do both for R2,500. And yes, my brother will probably call you anyway :)"),
    ("me", "2024-05-14 16:20", "Oh no, thanks for telling me! Who knows how many people gave up. Can you do it this week?"),
    ("ryan", "2024-05-14 16:35", "Thursday. I'll need access to the hosting panel."),
])
C("wanted_pitch", "hr_software_specific_problem", "en", "vendor names her problem of tracking leave for many small clients in spreadsheets", [
    ("olivia", "2024-07-09 11:11", "Hi Nadia, in the Forum Q&A thread you mentioned you're tracking leave balances for 14 small clients in separate spreadsheets and that it eats your Fridays. ClearRoster has a consultant view where each client is a separate company but you log in once, and their staff apply for leave on their phones. It also exports to the payroll format Tafelberg Payroll uses, so nothing changes for Ruth's team. If useful I can set up a sandbox with two of your clients' structures (dummy names) so you can see if it saves you the Fridays."),
])
C("wanted_pitch", "eap_via_mutual_contact", "en", "EAP provider introduced by name through her lawyer contact", [
    ("sizwe", "2024-04-22 10:40", "Good morning Nadia, Kagiso Dlamini suggested I get in touch. He mentioned that a few of your small clients (retail and hospitality) have had staff go through robberies and that there's no wellness support for businesses under 50 people. We run a pay-per-use employee assistance line: no monthly fee, the employer pays R650 per counselling session only when it's used. Kagiso thought it might be something you could recommend. Would a 20-minute coffee in Obs work some time?"),
    ("me", "2024-04-22 12:00", "Hi Sizwe, that's actually a real gap, yes. Coffee Thursday?"),
])
C("wanted_pitch", "translation_tender_panel", "en", "translation agency saw her appointment to a provincial SME programme panel", [
    ("amira", "2024-08-06 09:15", "Dear Nadia, congratulations on your appointment to the service-provider panel for the provincial SME Support Programme (we saw the list on the tender bulletin). The terms require workshop materials in English, Afrikaans and isiXhosa. We're a small Cape Town translation house, we've done employment contracts and disciplinary codes for two labour law firms. If you'd like, we can quote per workshop pack so it's predictable for your budget."),
    ("me", "2024-08-06 10:30", "Hi Amira, yes, I'll need that. Please quote for two packs of about 25 pages each."),
])
C("wanted_pitch", "automation_for_her_tools", "en", "IT consultant refers to her specific tools", [
    ("dean", "2024-10-22 08:50", "Hi Nadia, I saw in your Forum talk slides (the 'my toolkit' page at the end) that you run PeopleLedger, Google Workspace and an e-signature tool side by side and re-type new employee details in all three. I build small automations for solo practices. I could link them so one new-hire form in Google fills PeopleLedger and creates the contract for signing. Usually a 2-day job. Happy to show you one I did for an accountant in Pinelands."),
])
C("wanted_pitch", "recruiter_relevant_role", "en", "interim HR recruiter with a contract role fitting her retrenchment experience", [
    ("chantal", "2024-11-12 14:30", "Hi Nadia, I read your article on running a section 189 process in a small company without losing the team's trust. I'm looking for an independent ER consultant for a logistics client in Montague Gardens: restructuring of their depot, 3 days a week for 4 months from February, consultant rate. It's built for someone who keeps their own practice going on the other days. Would you be open to a call to hear the details?"),
    ("me", "2024-11-12 16:45", "Hi Chantal, possibly, depending on rate and which days. Let's talk Thursday."),
])
C("wanted_pitch", "venue_from_event_page", "en", "venue manager saw her public workshop listing", [
    ("estelle", "2024-04-29 10:05", "Hi Nadia, I saw on the Forum events page that you and Kagiso are running the EE workshop for 20 people on 6 June and the venue is still 'TBC'. We're a training room on Lower Main Road, 2 minutes from your coworking space. Seats 24 classroom style, screen, coffee station. For a half day it's R3,900 incl. tea and muffins. Happy to hold the date for a week if you want to come look."),
    ("me", "2024-04-29 11:15", "Hi Estelle, that's very handy. I'll pop in tomorrow after lunch."),
])
C("wanted_pitch", "podcast_production_from_press", "en", "podcast producer refers to her newspaper quote", [
    ("vusi", "2025-02-19 16:00", "Hi Nadia, I read your comments in the business pages on the minimum wage increase. Short and practical, which is rare. Have you thought about a short monthly audio brief for your SME clients (10 min, 'what changed in labour law this month')? We produce that kind of thing for two accounting firms. You'd record in our studio in Woodstock once a month, we edit and publish. R2,200 per episode. No obligation, just an idea that fits what you already do."),
])
C("wanted_pitch", "assessments_from_article", "en", "assessment supplier responds to her article criticising generic tests", [
    ("gerda", "2024-06-25 09:40", "Hello Nadia, your article 'Stop using personality tests to hire cashiers' made me laugh because I agree with most of it, and I sell assessments. What you describe (short, job-specific, cheap) is exactly our 15-minute skills screen for retail and hospitality, R120 per candidate, no personality stuff. If you'd like to trial it for free on the next hire for one of your clients, I'll set it up."),
])
C("wanted_pitch", "va_answers_her_request", "en", "virtual assistant replies to her post asking for admin help", [
    ("kim", "2025-03-10 13:15", "Hi Nadia, you posted that you're looking for a part-time admin person for scheduling and invoicing who can also answer in Afrikaans. I'm a VA based in Bellville, fully bilingual, 6 years with a medical practice and a law firm. I use Google Workspace daily. I can do 10-15 hours a week at R220/hr. CV and references on request."),
    ("me", "2025-03-10 14:00", "Hi Kim, thanks! Please send the CV, I'll look this week."),
])

# ================================================================ junk
C("junk", "generic_seo_pitch", "en", "generic SEO / web pitch", [
    ("brad", "2024-03-18 05:14", "Hi Nadia,\n\nI noticed your website isn't ranking on page 1 of Google for key terms in your industry. We help businesses like yours get 3x more traffic with proven SEO strategies.\n\nCan I send you a free audit?\n\nBrad"),
])
C("junk", "off_topic_solar", "en", "off-topic solar product pitch", [
    ("jaco", "2024-05-08 12:00", "Good day Nadia, tired of load shedding?? SunVolt offers complete inverter + battery packages from R89,999 with 0% deposit financing. Limited time installation special for Cape Town businesses and homes. Reply YES for a free site visit!"),
])
C("junk", "offers_her_own_service", "en", "outsourced HR company pitching HR services to an HR consultant", [
    ("lauren", "2024-06-11 09:00", "Hi Nadia,\n\nRunning a business is hard enough without worrying about HR compliance! PeopleFirst takes HR off your plate: contracts, disciplinary hearings, CCMA representation and policies, all from R1,499/month.\n\nWould you like a free HR health check for Van Wyk People Practice?\n\nLauren"),
])
C("junk", "capacity_for_new_clients", "en", "lead-gen agency asks if she has capacity", [
    ("ahmed", "2024-07-15 10:30", "Hi Nadia, quick question - do you have capacity to take on 5-10 new clients next month? We've got a system that fills calendars for consultants. Worth a chat?"),
])
C("junk", "like_minded_entrepreneurs", "en", "vague networking-as-entrepreneurs opener", [
    ("ricky", "2024-08-02 21:47", "Hey Nadia! Always great to connect with like-minded entrepreneurs who are building something meaningful 🚀 I'm putting together a small circle of high-performing business owners to share ideas and opportunities. Would you be open to hearing more?"),
])
C("junk", "quick_15_minute_call", "en", "generic quick-call request", [
    ("tyler", "2024-09-23 14:05", "Hi Nadia, do you have 15 minutes this week for a quick call? I have an idea that could help Van Wyk People Practice grow revenue this quarter. What does Thursday look like?"),
    ("tyler", "2024-09-30 14:05", "Hi Nadia, just bumping this to the top of your inbox. Thursday or Friday?"),
])
C("junk", "connect_then_pitch", "en", "ghostwriter: small talk, she answers, pitch in message 3", [
    ("kayla", "2024-08-12 08:20", "Thanks for connecting Nadia! How's your week going? Cape Town weather behaving?"),
    ("me", "2024-08-12 12:10", "Hi Kayla, thanks, not bad! It's raining sideways as usual."),
    ("kayla", "2024-08-12 12:45", "Haha classic! So I had a look at your profile and you're posting once a month, which means most of your network never sees you. I write 3 posts a week for consultants in their voice, packages from $450/month. Want me to send over some samples?"),
])
C("junk", "connect_then_pitch", "en", "wealth mentor: small talk then investment pitch in message 2", [
    ("marco", "2024-10-03 18:30", "Hi Nadia, thank you for accepting. Where are you based? I love South Africa, visited Cape Town in 2019."),
    ("marco", "2024-10-04 09:15", "I'm asking because I mentor a few professionals who want to create a second income from forex with a proven system, 8-12% a month. It only takes 30 minutes a day. Would you like me to share how it works?"),
])
C("junk", "connect_then_pitch", "en", "appointment setter: compliment first, pitch in message 2 after no reply", [
    ("shaun", "2025-01-20 11:00", "Hey Nadia, love what you're sharing about HR for small businesses. Such an important topic!"),
    ("shaun", "2025-01-22 11:00", "By the way, we book 15-20 qualified sales meetings a month for HR consultants, pay per meeting. Open to a trial?"),
])
C("junk", "connect_then_pitch", "en", "fellow Capetonian agency: small talk, she replies, pitch follows", [
    ("seo2", "2025-03-03 09:00", "Morning Nadia! Always nice to meet other Cape Town business people. How long have you been running your practice?"),
    ("me", "2025-03-03 10:20", "Morning Hendrik, about 8 years now."),
    ("seo2", "2025-03-03 10:25", "Amazing! We're a digital agency in Claremont, we've helped 200+ local businesses with websites, SEO and social media management. Would you be open to a quick call to see how we can get you more leads online?"),
    ("seo2", "2025-03-10 09:00", "Hi Nadia, just following up on this 🙂"),
])
C("junk", "followup_bumps", "en", "accounting software pitch with bumps and no reply", [
    ("nicole", "2024-04-04 08:00", "Hi Nadia, are you still reconciling invoices by hand? LedgerLite automates bookkeeping for small businesses. Can I show you a 10-minute demo?"),
    ("nicole", "2024-04-11 08:00", "Hi Nadia, following up on my previous message. Would a demo this week work?"),
    ("nicole", "2024-04-18 08:00", "Hi Nadia, I don't want to be a pest! Should I close your file?"),
])
C("junk", "followup_bumps", "en", "lead gen bumps", [
    ("ben", "2024-10-07 07:30", "Nadia - we generated 312 qualified B2B leads for a consulting firm last quarter. Interested in the case study?"),
    ("ben", "2024-10-14 07:30", "Just circling back, Nadia. Case study?"),
    ("ben", "2024-10-24 07:30", "Last try 🙂 Should I send it to someone else in your team?"),
])
# one template, five senders
C("junk", "template_retainer_agency", "en", "template 1/5: retainer-client agency", [
    ("t1", "2024-05-06 09:12", "Hi Nadia, I came across your profile and was really impressed by your work in HR consulting. We help independent consultants sign 4-6 new retainer clients every month without cold calling or paid ads. Would you be open to a quick chat to see if it's a fit?"),
])
C("junk", "template_retainer_agency", "en", "template 2/5: retainer-client agency", [
    ("t2", "2024-06-19 10:02", "Hi Nadia, came across your profile and I'm really impressed by what you do in employment relations. We help consultants land 5-8 new retainer clients a month, no cold calling, no ads. Open to a quick chat to see if it could be a fit?"),
])
C("junk", "template_retainer_agency", "en", "template 3/5: retainer-client agency", [
    ("t3", "2024-08-27 15:40", "Hey Nadia! I came across your profile and was impressed by your work in people management. We help coaches and consultants sign 3-5 new high-ticket clients monthly without cold calling or running ads. Would you be open to a quick chat to see if it's a good fit?"),
])
C("junk", "template_retainer_agency", "en", "template 4/5: retainer-client agency", [
    ("t4", "2024-11-04 08:30", "Hi Nadia 👋 I came across your profile and loved your work in HR. I help women consultants get 4-6 new retainer clients each month - no cold outreach, no ad spend. Open to a quick chat to see if it's a fit?"),
])
C("junk", "template_retainer_agency", "en", "template 5/5: retainer-client agency, British wording", [
    ("t5", "2025-01-28 11:00", "Dear Nadia, I happened upon your profile and was genuinely impressed with your work in HR advisory. We support independent consultancies to secure 5-7 new retained clients per month, without cold calling or advertising. Might you be open to a brief conversation to see whether there is a fit?"),
])
C("junk", "merge_tag_failure", "en", "merge tag {first_name} left unfilled", [
    ("m1", "2024-07-30 06:00", "Hi {first_name},\n\nI noticed {company_name} is growing fast. Our AI outreach tool helps teams book 30% more meetings. Worth a look?\n\nTrent"),
])
C("junk", "merge_tag_failure", "en", "event sponsorship pitch with [Company] placeholder", [
    ("m2", "2024-09-09 09:00", "Dear Nadia,\n\nWe'd love to see [Company] as a sponsor at the Africa Leadership Summit 2025 in Sandton. Gold packages include a stand, 2 speaking minutes and 4 VIP passes. Please find the prospectus attached.\n\nKind regards\nPriscilla"),
])
C("junk", "merge_tag_failure", "en", "business funding pitch with wrong name", [
    ("m3", "2024-12-03 10:45", "Hi Natalie, need working capital for Van Wyk Attorneys? We approve business loans up to R5m in 48 hours, no collateral. Reply and I'll send the application link."),
])
C("junk", "merge_tag_failure", "en", "CRM pitch with wrong company in it", [
    ("m4", "2025-02-04 13:30", "Hi Nadia, congrats on all the growth at Cape Coastal Realty! Agents like you are using BrightDesk to follow up with every lead automatically. Can I set you up with a free 14-day trial?"),
])
C("junk", "sponsored_inmail", "en", "sponsored InMail: executive education", [
    ("spon1", "2024-05-20 12:00", "<p>Hi Nadia,</p><p>Take the next step in your leadership journey. Our <strong>Executive Programme in Strategic Leadership</strong> starts in August &ndash; apply by 30 June and save 15%.</p><p><a href=\"https://example.com\">Download the brochure</a></p>"),
], title="Sponsored Conversation", subject="Lead with confidence")
C("junk", "sponsored_inmail", "en", "sponsored InMail: business bank account", [
    ("spon2", "2024-10-15 12:00", "<p>Hi Nadia,</p><p>Switch to a business account with zero monthly fees for 12 months. Open in 10 minutes on your phone.</p><p>Terms apply.</p>"),
], title="Sponsored Conversation", subject="Zero fees for a year")
C("junk", "sponsored_inmail", "en", "sponsored InMail: webinar platform", [
    ("spon3", "2025-02-25 12:00", "<p>Hi Nadia,</p><p>Host webinars that actually convert. Try Webinarly <b>free for 30 days</b> &ndash; no credit card needed.</p>"),
], title="Sponsored Conversation", subject="Your free trial is waiting")
C("junk", "paid_award", "en", "pay-to-win business award", [
    ("award", "2024-08-19 08:00", "Dear Nadia,\n\nCongratulations! Van Wyk People Practice has been shortlisted for 'Best Boutique HR Consultancy - Western Cape 2024' at the African Business Excellence Awards. To confirm your award and receive your trophy, digital badge and a feature in our winners' publication, the participation fee is R8,950 excl. VAT. Please confirm by Friday to secure your place.\n\nWarm regards\nDelia"),
])
C("junk", "paid_feature", "en", "paid magazine feature", [
    ("mag", "2024-10-01 10:00", "Hi Nadia, we're putting together our 'Top HR Minds in Africa' special edition and your profile stood out. A full-page editorial feature with professional photo shoot is R14,500 (normally R22,000). Only 6 spots left. Shall I reserve one?"),
])
C("junk", "paid_podcast", "en", "podcast guest slot for a fee", [
    ("pod", "2024-12-09 15:00", "Hey Nadia! We'd love to have you as a guest on The Founder Fireside (top 5% podcast globally 🎙️). Our guest package is $597 and includes the interview, 10 short clips and a feature in our newsletter to 40k founders. Want to grab a spot in January?"),
])
C("junk", "fluent_generic_named_company", "en", "polished AI hiring tool pitch naming her company but generic", [
    ("ai", "2024-07-01 09:30", "Hi Nadia,\n\nI've been following Van Wyk People Practice and it's clear you care deeply about people. That's exactly why I thought of you. HireMind AI helps organisations like yours reduce time-to-hire by 60% with intelligent screening, automated scheduling and predictive analytics, all in one platform trusted by 500+ companies.\n\nWould it make sense to explore how HireMind could support Van Wyk People Practice's growth in 2024?\n\nBest,\nEthan"),
])
C("junk", "generic_copywriting", "en", "generic content writing pitch (counterpart to Claire)", [
    ("copy", "2024-05-27 07:15", "Hi Nadia, is your content working as hard as you are? WordSmiths Global creates SEO-optimised blogs, newsletters and LinkedIn posts for businesses of all sizes. Packages from $299/month. Can I send you our portfolio?"),
])
C("junk", "generic_video", "en", "generic video production pitch (counterpart to Thando)", [
    ("video", "2024-11-18 11:00", "Hi Nadia, video is the #1 way to engage your audience in 2025. ClipFactory produces explainer videos, testimonials and social reels at affordable prices. Would you like a free quote?"),
])
C("junk", "generic_hr_software", "en", "generic HRIS pitch (counterpart to Olivia)", [
    ("hrsw", "2024-08-08 10:10", "Hi Nadia, still managing HR on spreadsheets? StaffStack is the all-in-one HRIS for growing teams: leave, payroll, performance and more. Book a demo and get 2 months free!"),
    ("hrsw", "2024-08-20 10:10", "Hi Nadia, just checking you saw this. Demo slots still open this week."),
])
C("junk", "generic_eap", "en", "generic wellness programme pitch (counterpart to Sizwe)", [
    ("eap", "2024-09-24 08:45", "Good day Nadia,\n\nEmployee burnout costs companies millions every year. WellBeing Direct offers a comprehensive corporate wellness programme with 24/7 counselling, wellness days and an app. Could we schedule a call with your HR decision-maker?\n\nRegards\nPaul"),
])
C("junk", "generic_recruiter", "en", "recruiter with irrelevant roles (counterpart to Chantal)", [
    ("rec", "2024-10-28 12:30", "Hi Nadia, I have some exciting opportunities that might interest you! Currently recruiting for Sales Representatives (Gauteng), a Call Centre Team Leader and an Area Manager in Durban. Attractive packages. Please send your updated CV."),
])
C("junk", "mlm", "en", "MLM / supplements pitch", [
    ("mlm", "2024-06-30 20:20", "Hi lovely 💕 I saw your profile and you seem like such a driven woman! I've been working with an amazing wellness brand that has changed my life and my finances. Would you be open to hearing how you could earn from home? No pressure xx"),
])
C("junk", "off_topic_property", "en", "Dubai property investment pitch", [
    ("dubai", "2024-11-11 06:30", "Dear Nadia, exclusive off-plan opportunity in Dubai Marina: 8% guaranteed rental yield, 1% monthly payment plan, golden visa eligible. Can I share the brochure and floor plans?"),
])
C("junk", "generic_it_security", "en", "generic IT/cybersecurity services pitch", [
    ("it", "2025-01-06 09:00", "Hi Nadia, Happy New Year! Is your business protected from cyber attacks? SecureNet offers managed IT, cloud backup and cybersecurity for SMEs. Let's schedule a 15-minute discovery call."),
])
C("junk", "generic_va", "en", "offshore VA agency pitch (counterpart to Kim)", [
    ("va", "2024-12-16 03:00", "Hi Nadia! Are you overwhelmed with admin tasks? Our trained virtual assistants start at just $6/hour. Hire your VA today and get back 20 hours a week!"),
])
C("junk", "followup_bumps", "en", "LinkedIn profile optimisation with bumps", [
    ("prof", "2024-06-03 07:00", "Hi Nadia, your LinkedIn profile could be losing you clients. I optimise profiles for consultants (headline, banner, about section) for a once-off $199. Interested?"),
    ("prof", "2024-06-10 07:00", "Hi again Nadia, just following up!"),
    ("prof", "2024-06-24 07:00", "Nadia, last message from me - offer ends Friday."),
])
C("junk", "expo_stand_pitch", "en", "expo stand sales disguised as partnership", [
    ("expo", "2025-02-12 09:30", "Hi Nadia, I'd love to discuss a partnership opportunity with you! Africa HR Expo 2025 brings together 3,000+ HR leaders. We have a few premium exhibition stands left at an early-bird rate of R38,000. Shall I send the floor plan?"),
])

if __name__ == "__main__":
    E.write(HERE.parents[1] / SLUG,
            {"First Name": "Nadia", "Last Name": "van Wyk",
             "Headline": "Independent HR & Employment Relations Consultant | Helping Cape Town SMEs get HR right",
             "Summary": "I help small and medium businesses in the Western Cape with employment contracts, "
                        "disciplinary processes, CCMA preparation, employment equity and manager training. "
                        "Before going solo in 2016 I spent 11 years in retail HR.",
             "Industry": "Human Resources", "Zip Code": "7925",
             "Geo Location": "Cape Town, Western Cape, South Africa",
             "Websites": "[COMPANY:vanwykpeople.co.za]"},
            [{"Company Name": "Van Wyk People Practice", "Title": "Founder & HR Consultant",
              "Description": "Outsourced HR, employment relations, hearings, EE and training for SMEs.",
              "Location": "Observatory, Cape Town", "Started On": "Mar 2016", "Finished On": ""},
             {"Company Name": "Cape Retail Group", "Title": "Regional HR Manager",
              "Description": "", "Location": "Cape Town", "Started On": "Jan 2005", "Finished On": "Feb 2016"}],
            ["Employment Relations", "Disciplinary Hearings", "Labour Law", "Employment Equity",
             "HR Policies", "Training & Facilitation", "CCMA"])
    print(E.summary())

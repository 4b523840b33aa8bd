"""heldout55 persona: Bronwyn Tait, speech pathologist and owner of a small paediatric clinic
in Marrickville (Sydney). Written blind to the detector code, session 5. Layout 2024.

Run: /work/main/.venv/bin/python corpus/heldout55/_build/en_speech_therapist_clinic_owner_sydney.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-speech-therapist-clinic-owner-sydney"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Bronwyn Tait", "https://www.linkedin.com/in/bronwyn-tait-saltbush",
               "Saltbush Speech Clinic", "Principal Speech Pathologist & Owner")
ex = Export(SLUG, "2024", owner)
P, C = ex.person, ex.conv

# ---------------------------------------------------------------- genuine

P("kylie", "Kylie Ngata", "Westpac", "Business Analyst", connected="2023-11-02")
C("genuine", "parent_price_enquiry", "en", "parent asks cost of initial assessment and waitlist; hard: price talk", [
    ("kylie", "2024-02-12 20:41", "Hi Bronwyn, sorry to message you on here, a friend from playgroup said you're the person to talk to. Our son Manaia is 2 yrs 8 months and has maybe 15 words. GP said wait and see but honestly I'm over waiting. How long is your waitlist at the moment and what does an initial assessment cost? We don't have an NDIS plan (yet?)"),
    ("me", "2024-02-13 07:55", "Hi Kylie, no need to apologise at all. Initial assessment is $285 for 90 mins incl. a short written summary; Medicare rebates are possible if your GP does a Chronic Disease Management plan. Waitlist for assessments is about 6 weeks right now, therapy is longer. If you ring Lani at the front desk and mention you messaged me she'll pop you on the list. And trust your gut - 15 words at 2.8 is worth a look."),
    ("kylie", "2024-02-13 08:20", "Thank you so much!! Calling her now. Ka pai"),
])

P("gemma", "Gemma Lowrie", "Dulwich Hill Public School", "Learning and Support Teacher", connected="2022-08-19")
C("genuine", "school_quote_request", "en", "school asks for a quote for kindy screening; hard: quote", [
    ("gemma", "2024-03-04 15:32", "Hi Bronwyn! Hope term 1 is treating you ok. Our principal has finally found a bit of money in the budget (miracles happen) and we'd love to get a speech and language screen done for all of Kindergarten - 3 classes, 64 kids. Could you send through a quote? Ideally weeks 3-5 of term 2. Also whether you'd do a short staff meeting after to go through results."),
    ("me", "2024-03-04 18:10", "Gemma that's fantastic news. Yes, can do. Rough numbers: screening at 15 min per child with two of us on site = 3 days, plus a staff session of 45 min and a one-page summary per child. I'll put a proper quote on letterhead together tomorrow so your business manager has something to file."),
    ("gemma", "2024-03-04 18:26", "Legend. She'll need an ABN on it and the insurance certificate too, sorry, department rules"),
    ("me", "2024-03-05 12:02", "All attached in the email I just sent to your school address - $3,480 ex GST all up, and I've held 13-15 May for you. Let me know if the dates work."),
    ("gemma", "2024-03-07 09:14", "Approved!!! 13-15 May locked in. Thank you x"),
])

P("drpatel", "Dr Anand Patel", "Dulwich Hill Family Practice", "General Practitioner", connected="2020-05-11")
C("genuine", "gp_referral", "en", "GP discusses a referral pathway", [
    ("drpatel", "2024-04-09 12:48", "Bronwyn, quick one between patients. I've got a 4yo with a pretty significant stutter, family is keen to start before school. Do you do Lidcombe or should I send them elsewhere? Happy to do the CDM paperwork either way."),
    ("me", "2024-04-09 13:30", "Hi Anand, we do, Ayesha on my team is trained and has two spots opening in May. Send the referral through to the usual fax/email and mark it attention Ayesha. Thanks for thinking of us."),
    ("drpatel", "2024-04-09 13:33", "Perfect, will do this arvo."),
])

P("drhuang", "Dr Felicity Huang", "Sydney Children's Paediatrics", "Developmental Paediatrician", connected="2016-07-22")
C("genuine", "long_standing_paediatrician", "en", "long-standing contact, catch-up and referrals", [
    ("me", "2024-06-18 19:05", "Felicity! Long time. Saw your name on the program for the developmental conference in August - are you presenting? Would love to grab a coffee while we're both in the city. Also, thank you for the last three referrals, families were lovely."),
    ("drhuang", "2024-06-19 06:52", "Bron! Yes, 20 minutes on toe walking of all things, don't ask. Coffee absolutely. The Thursday? And thank YOU - the twins' mum sent me a card saying you'd changed their lives, which I'm pretending I had something to do with."),
    ("me", "2024-06-19 07:40", "Ha. Thursday it is, I'll find somewhere that isn't the conference centre coffee."),
    ("drhuang", "2024-08-22 16:15", "Was so good to see you. Sending the article on late-talker outcomes I mentioned - it's the Melbourne cohort one. Next time dinner, not coffee."),
])

P("sasha", "Sasha Demetriou", "Bridgeway Support Coordination", "Support Coordinator", connected="2023-03-14")
C("genuine", "ndis_coordinator_capacity", "en", "NDIS coordinator asks if she has capacity for a participant; hard: capacity and pricing talk", [
    ("sasha", "2024-05-21 10:03", "Hi Bronwyn, I'm coordinating for a 6yo participant in Petersham, ASD level 2, currently non-speaking with some PECS. Plan has capacity building budget for about 40 hrs of speech across 12 months. Do you have capacity to take him on? Family prefers Tuesday or Thursday after school. You'd be charging at the price guide rate I assume?"),
    ("me", "2024-05-21 12:40", "Hi Sasha, thanks for thinking of us. We could do Thursdays 3:45 from mid-June with Ayesha, with me supervising the AAC side. Yes, price guide rate, and we'd bill travel if it's home visits. Could you send the plan goals and the service agreement template your families use?"),
    ("sasha", "2024-05-21 12:58", "Amazing, sending both now. Mum is very keen to try a speech device, so great fit."),
    ("sasha", "2024-06-04 09:10", "Service agreement signed by mum, she's dropping it in to you today. Thanks again"),
])

P("gumleaf", "Trent Muir", "Gumleaf Learning Supplies", "Account Manager", connected="2019-02-27")
C("genuine", "existing_vendor_price_change", "en", "existing resource supplier announces price rise; hard: vendor pricing", [
    ("gumleaf", "2024-05-28 11:20", "Hi Bronwyn, heads up before EOFY - from 1 July our prices on the printed card sets and the articulation decks go up about 8% (freight and paper, same story as everyone). Your clinic discount of 12% stays. If you want to get your next order in before 30 June at current prices just shoot it through to me directly and I'll sort it."),
    ("me", "2024-05-28 17:45", "Thanks Trent, appreciate the warning. I'll get Lani to do a stocktake this week - probably 4 x the /s/ cluster decks and the narrative cards again, the kids destroy them."),
    ("gumleaf", "2024-05-29 08:02", "Too easy. They're built to be loved to death 😄"),
])

P("chartnest", "Olivia Barnes", "ChartNest", "Customer Success Manager", connected="2021-09-09")
C("genuine", "software_renewal_price_change", "en", "current practice software announces renewal price change; hard: contract", [
    ("chartnest", "2024-07-30 09:30", "Hi Bronwyn, I'm your new CSM at ChartNest since Mei moved teams. Your annual plan renews on 1 September. Quick transparency note: the per-practitioner price moves from $59 to $65/month on renewal, but we're including the online intake forms that you asked Mei about last year. Happy to jump on a call to walk through it, or I can just email the renewal summary. Whatever is easier!"),
    ("me", "2024-07-30 13:12", "Hi Olivia, email is fine thanks. We'll also be adding a practitioner in October (hopefully), can that be pro-rated?"),
    ("chartnest", "2024-07-30 13:40", "Yes, pro-rated from the day you add them. Summary is in your inbox. Welcome to the new staff member in advance!"),
])

P("rhi", "Rhiannon Clarke", "Little Hands OT", "Occupational Therapist & Director", connected="2018-10-03")
C("genuine", "peer_joint_offer", "en", "peer OT proposes a joint holiday program offer with pricing; hard: joint offer", [
    ("rhi", "2024-08-05 21:14", "Ok hear me out. School holiday program, Oct hols, joint speech + OT. 'Ready for Big School' - 4 mornings, 6 kids max, half in your room half in mine, we swap groups at morning tea. I've costed it at $640 per child for the week, which families can claim under NDIS or private health depending. Split 50/50 after the room cost. Thoughts?? Don't say you're too busy"),
    ("me", "2024-08-06 06:30", "I'm too busy. Also I'm in. 6 kids feels right. Can we do $660 so we can afford decent materials and not do the laminating at midnight again?"),
    ("rhi", "2024-08-06 07:02", "$660 done. I'll draft a flyer and a simple agreement between our two businesses so the accountants don't cry."),
    ("me", "2024-08-06 07:04", "Perfect. Coffee Friday to finalise?"),
])

P("recruiter_ah", "Marcus Webb", "Allied Health Talent Partners", "Senior Recruitment Consultant", connected="2024-07-01")
C("genuine", "engaged_recruiter", "en", "recruiter the owner engaged for a new-grad role; owner started; hard: fees and hiring", [
    ("me", "2024-07-01 10:15", "Hi Marcus, Rhiannon Clarke gave me your name. I'm looking to hire a new grad or 1-2 year speech pathologist, 0.8 FTE, paediatrics, start around October. I've had my own ad up for 5 weeks with two applicants. What are your fees for a permanent placement?"),
    ("recruiter_ah", "2024-07-01 11:02", "Hi Bronwyn, thanks for reaching out, and Rhi's a gem. For permanent placements we charge 15% of first-year base, with a 3 month replacement guarantee. For a new grad at 0.8 that's usually somewhere around $11-12k. I've got two final-year students from Macquarie I've been speaking with who want paeds specifically. Shall I send anonymised profiles?"),
    ("me", "2024-07-01 12:30", "Yes please. Happy with those terms - send the agreement over."),
    ("recruiter_ah", "2024-07-08 16:44", "Agreement signed on our side, profiles attached via email. Candidate B has done a placement with a Key Word Sign focus which you mentioned you wanted."),
])

P("applicant1", "Hannah O'Sullivan", "Macquarie University", "Speech Pathology Student (final year)", connected="2024-07-10",
  invite=("IN", "2024-07-10 18:30", "Hi Bronwyn, I'm applying for your new grad role and would love to connect."))
C("genuine", "job_applicant", "en", "new grad applicant with questions; hard: hiring", [
    ("applicant1", "2024-07-10 18:42", "Hi Bronwyn, thank you for accepting! I've submitted my application through Marcus at Allied Health Talent but wanted to say hi directly. I did my paeds placement at a clinic in Penrith and fell in love with early intervention. Could I ask what supervision looks like for a new grad at Saltbush? That's the thing I care most about."),
    ("me", "2024-07-11 08:15", "Hi Hannah, lovely to hear from you. New grads get 1 hour of formal supervision a week for the first 6 months, plus we have case discussion every Friday lunch (I bring the pastries). You'd also get a reduced caseload for the first term. Marcus will set up an interview for next week I think."),
    ("applicant1", "2024-07-11 08:33", "That sounds perfect. Thank you so much, see you next week!"),
])

P("applicant2", "Deepa Raman", "", "Speech Pathologist", connected="2024-08-28")
C("genuine", "job_applicant_experienced", "en", "experienced applicant asks about part-time and pay; hard: hiring and money", [
    ("applicant2", "2024-08-28 20:02", "Hi Bronwyn, I saw through a friend that you might be hiring. I'm an experienced speechie (9 yrs, mostly school-age language and literacy) coming back after parental leave. I'm only able to do 3 days, school hours. Is that something you would consider, and what's the pay range? Totally understand if not."),
    ("me", "2024-08-29 07:30", "Hi Deepa, I'd absolutely consider it, literacy is a gap for us. Pay for your experience would sit around $48-52 an hour plus super, flexible school hours no problem. Could you send your CV and we'll have a chat?"),
    ("applicant2", "2024-08-29 09:15", "Oh wonderful. CV coming now via email. Thank you!"),
])

P("journo", "Ellie Ferreira", "Inner West Bugle", "Reporter", connected="2024-04-26")
C("genuine", "journalist_request", "en", "local journalist asks for comment on speech delays", [
    ("journo", "2024-04-26 14:10", "Hi Bronwyn, Ellie from the Inner West Bugle here. I'm doing a piece on whether kids who were toddlers in lockdown are showing more speech delays now. A few parents mentioned your clinic. Could you do a 10 min phone interview this week? Deadline Friday."),
    ("me", "2024-04-26 16:20", "Hi Ellie, happy to. I'll be careful not to overclaim - the research is still catching up. Thursday 12:30 works."),
    ("journo", "2024-04-26 16:25", "Thursday 12:30 great, I'll call the clinic number."),
    ("journo", "2024-05-09 08:30", "Piece is up online today, print edition Saturday. Thanks for being so clear, I used your line about 'less time at the shops meant fewer words heard'."),
])

P("unilecturer", "Assoc. Prof. Mark Delaney", "University of Sydney", "Clinical Education Coordinator, Speech Pathology", connected="2017-03-10")
C("genuine", "event_invitation_real_contact", "en", "university contact invites her to guest lecture", [
    ("unilecturer", "2024-03-18 11:05", "Hi Bronwyn, hope the clinic is thriving. Would you be up for a 2-hour guest lecture to our 3rd years on running a small private practice? Week 9, semester 2. We pay a modest casual rate, and the students always rate the practitioner lectures highest."),
    ("me", "2024-03-19 20:45", "Hi Mark, I'd love to. Will they be horrified if I talk about BAS and payroll?"),
    ("unilecturer", "2024-03-20 08:10", "Horrified, and grateful later. I'll send the booking form."),
])

P("placement", "Jacinta Moore", "University of Sydney", "Placement Coordinator", connected="2021-02-15")
C("genuine", "student_placement_contract", "en", "placement coordinator sends contract for student placement; hard: contract", [
    ("placement", "2024-01-22 10:40", "Hi Bronwyn, confirming two students for your term 2 placement (Tues/Wed). I've sent the updated placement agreement - the insurance clause changed slightly this year, so could you or your practice manager sign the new version rather than reusing last year's?"),
    ("me", "2024-01-22 15:10", "Thanks Jacinta, signed and sent back. Who are the students?"),
    ("placement", "2024-01-23 09:00", "Emily Tran and Jonah Keats. Both keen on early intervention."),
])

P("childcare", "Mel Garraway", "Banksia Early Learning Centre", "Centre Director", connected="2024-06-03",
  invite=("IN", "2024-06-03 09:15", "Hi Bronwyn, would love to chat about PD for my educators."))
C("genuine", "inbound_lead_wants_to_buy", "en", "childcare director wants to book paid staff training; hard: inbound buyer asking price", [
    ("childcare", "2024-06-03 09:40", "Hi Bronwyn, thanks for connecting! One of our families goes to you and raves about you. We'd love to book you for a PD evening for our 18 educators on supporting language in the toddler room. What do you charge for something like that and when could you do it? We have some PD budget left before EOFY."),
    ("me", "2024-06-03 12:05", "Hi Mel, thanks so much. A 2-hour evening session with handouts is $950 + GST, I'd come to you. Could do Tues 25 or Wed 26 June from 6:30?"),
    ("childcare", "2024-06-03 12:30", "Wed 26 please! Can you invoice us before 30 June?"),
    ("me", "2024-06-03 12:41", "Will do. Booked in."),
])

P("library", "Tom Ashby", "Inner West Council Libraries", "Children's Services Librarian", connected="2023-09-12")
C("genuine", "inbound_lead_council_booking", "en", "council library wants to book and pay her for talks; hard: fee discussion", [
    ("library", "2024-09-02 13:20", "Hi Bronwyn, following up our chat at the Marrickville library open day - we've got budget for a 'Talking Toddlers' session for parents at 3 branches in Term 4. Could you send your fee and an invoice template we can put through as a supplier? We'd need your public liability certificate too."),
    ("me", "2024-09-02 19:00", "Hi Tom, so glad this came through. $420 per session including a take-home tip sheet, so $1,260 for the three. Paperwork coming by email tomorrow."),
])

# three near-duplicate thank-you notes after her talk at the Early Years Forum
P("forum1", "Chloe Barrett", "Sparrow Family Day Care", "Educator", connected="2024-03-14")
P("forum2", "Nadia Haddad", "Lakemba Community Hub", "Family Worker", connected="2024-03-14")
P("forum3", "Jess Kwan", "", "Early Childhood Teacher", connected="2024-03-15")
C("genuine", "thanks_after_talk", "en", "near-duplicate thank-you after her forum talk (1/3)", [
    ("forum1", "2024-03-14 16:02", "Hi Bronwyn, thanks so much for your talk at the Early Years Forum today. The bit about not testing kids with 'say this' was so useful, I'm going to try it with my little ones tomorrow!"),
])
C("genuine", "thanks_after_talk", "en", "near-duplicate thank-you after her forum talk (2/3)", [
    ("forum2", "2024-03-14 18:47", "Thank you for your talk today at the forum Bronwyn. Really useful for the families we see, especially the part about bilingual kids. Would it be ok to share your slides with our team?"),
    ("me", "2024-03-15 07:20", "Of course Nadia, I'll send them through. Thanks for coming!"),
])
C("genuine", "thanks_after_talk", "en", "near-duplicate thank-you after her forum talk (3/3)", [
    ("forum3", "2024-03-15 09:10", "Hi Bronwyn, just wanted to say thanks for the talk at the forum yesterday, loved it. So practical!"),
])

P("unimate", "Claire Okonkwo", "Hunter New England Health", "Senior Speech Pathologist", connected="2012-11-30")
C("genuine", "old_friend_in_spam", "en", "old uni friend's message landed in SPAM (has a link)", [
    ("unimate", "2024-02-05 21:33", "BRON. It's Claire from uni!! I'm coming down to Sydney for the dysphagia course in March, staying in Newtown. Drinks? Here's the course link so you can see which week: https://events.example.org/dysphagia-2024 - would be so good to see you, it's been what, 4 years??"),
    ("me", "2024-03-01 19:10", "Claire!! Sorry, LinkedIn hid this in a spam folder of all places. Yes yes yes, drinks. What night are you free?"),
    ("unimate", "2024-03-01 20:02", "Haha LinkedIn knows me too well. Wednesday 13th? that karaoke bar on King St for old times' sake"),
], folder="SPAM")

P("oldsup", "Margaret Ellery", "", "Speech Pathologist (retired)", connected="2011-04-05")
C("genuine", "long_standing_mentor", "en", "former clinical supervisor, yearly check-in", [
    ("oldsup", "2024-01-03 10:12", "Happy new year, Bronwyn dear. I read about your second room in the local paper. Very proud of you. I'm mostly in the garden these days but let me know if you ever want a second pair of eyes on a tricky case."),
    ("me", "2024-01-03 15:40", "Margaret! Happy new year. I still use your 'wait ten seconds' rule every single day. I might take you up on the tricky case offer - and I owe you a lunch."),
    ("oldsup", "2024-01-04 09:02", "I'll hold you to the lunch. Bring photos of the new room."),
])

P("ayesha", "Ayesha Karimi", "Saltbush Speech Clinic", "Speech Pathologist", connected="2022-01-17")
C("genuine", "colleague_roster", "en", "staff member about roster and leave", [
    ("ayesha", "2024-09-10 07:05", "Morning! Bit of a curveball - my sister's wedding moved to the 18th of Oct so I need the Friday off. Could I swap my Friday kids to the Thursday arvo? I've checked with 3 of the 4 families already."),
    ("me", "2024-09-10 07:31", "Of course, congrats to her! Use room 2 on the Thursday, Rhi's not using it. Let Lani know so ChartNest reminders go out right."),
    ("ayesha", "2024-09-10 07:33", "You're the best, thanks Bron"),
])

P("accountant", "Gavin Mitchell", "Mitchell & Co Accountants", "Principal", connected="2019-06-30")
C("genuine", "own_accountant_fees", "en", "her accountant about EOFY and his fee change; hard: vendor pricing", [
    ("accountant", "2024-06-12 16:00", "Hi Bronwyn, EOFY checklist is in your email. Two things: 1) your super guarantee for Ayesha goes to 11.5% from 1 July, I've updated payroll; 2) our fixed fee for your annual package goes from $4,200 to $4,500 this year - we've held it for three years so hope that's fair. Also, if you're buying new assessment kits, get them before the 30th."),
    ("me", "2024-06-12 20:15", "All fair Gavin, thank you. Kit order already placed :)"),
])

P("builder", "Sam Kowalski", "Kowalski Joinery & Fitouts", "Owner", connected="2024-02-20")
C("genuine", "owner_requested_quote", "en", "owner asked a builder for a fit-out quote; owner started", [
    ("me", "2024-02-20 12:00", "Hi Sam, Rhiannon said you did her clinic fit-out. I'm converting the back room of our terrace in Marrickville into a second therapy room: partition wall, a window into the hallway (for observation), built-in shelving and some acoustic treatment. Could you come and quote?"),
    ("builder", "2024-02-20 17:20", "Hi Bronwyn, yep can do. Thursday 8am before my other job? Will need to check if the wall is load bearing, those old terraces can be fun."),
    ("me", "2024-02-20 17:45", "Thursday 8 is great."),
    ("builder", "2024-02-24 18:02", "Quote sent through - $18,600 inc GST, 3 weeks, can start 8 April. Glass for the observation window is the big line item, let me know if you want to look at options."),
])

P("friend", "Lucy Tran", "Tran Physio", "Physiotherapist", connected="2015-08-08")
C("genuine", "friend_anniversary", "en", "friend congratulates on 5 years of the clinic", [
    ("friend", "2024-10-01 08:45", "FIVE YEARS of Saltbush today according to LinkedIn!! Remember when you ran it out of that one room above the chemist? So proud of you. Champagne on me this weekend"),
    ("me", "2024-10-01 12:10", "Lucyyyy. The chemist room with the smell of Deep Heat. I'll never forget. Saturday?"),
    ("friend", "2024-10-01 12:15", "Saturday 🥂"),
])

P("teacher2", "Paul Nguyen", "St Brigid's Primary", "Year 2 Teacher", connected="2023-05-09")
C("genuine", "teacher_progress_meeting", "en", "teacher organises progress meeting for a student", [
    ("teacher2", "2024-05-14 15:50", "Hi Bronwyn, Paul here, Year 2 at St Brigid's. Mum of one of your clients (you know who!) has asked if you could join our learning support meeting on the 28th, 3:15, via Teams. Would that work? 20 mins max, I promise."),
    ("me", "2024-05-14 19:02", "Hi Paul, yes, send me the link. I'll bring his latest goals."),
])

P("peer_stutter", "Georgia Lam", "Northside Speech", "Speech Pathologist", connected="2020-10-10")
C("genuine", "peer_referral", "en", "peer asks for a referral recommendation", [
    ("peer_stutter", "2024-07-23 14:00", "Hi Bronwyn, random q - do you know anyone in the Inner West doing adult voice work? Got a teacher with nodules who lives in Leichhardt and I don't want to send her to the north shore twice a week."),
    ("me", "2024-07-23 16:30", "Hey Georgia! Try Sarah at Annandale Voice Clinic, she's excellent with teachers. Tell her I sent you."),
    ("peer_stutter", "2024-07-23 16:32", "Lifesaver, thank you!"),
])

P("mumsgroup", "Bec Harrow", "", "Admin, Inner West Mums & Bubs", connected="2023-06-01")
C("genuine", "community_qna_invite", "en", "community group admin invites her for a free Q&A", [
    ("mumsgroup", "2023-06-01 21:10", "Hi Bronwyn, I run the Inner West Mums & Bubs group (about 9k members). Speech questions come up literally daily. Would you ever do a live Q&A in the group? No payment sorry, we're all volunteers, but happy to pin your clinic details."),
    ("me", "2023-06-02 09:00", "Hi Bec, I'd love to. Maybe an evening after bedtime? 8pm Tuesday 20th?"),
    ("mumsgroup", "2023-06-02 09:45", "Perfect, I'll post the announcement!"),
])

P("planmgr", "Raj Subramaniam", "ClearPath Plan Management", "Accounts Officer", connected="2022-10-25")
C("genuine", "plan_manager_invoice", "en", "plan manager about overdue invoices; hard: payments", [
    ("me", "2024-08-12 11:30", "Hi Raj, we have 4 invoices for two of your participants that are now over 30 days (Jun-Jul). Could you check where they are? I've resent them to accounts@ this morning."),
    ("planmgr", "2024-08-12 14:45", "Hi Bronwyn, apologies - our system rejected them because of the old support item number. I've fixed them manually and they'll be paid Thursday."),
    ("me", "2024-08-12 14:50", "Thanks Raj, appreciated."),
])

P("audiologist", "Ben Castellano", "Sound Start Audiology", "Paediatric Audiologist", connected="2018-04-16")
C("genuine", "cross_referral_colleague", "en", "audiologist colleague cross-referral", [
    ("audiologist", "2024-04-30 10:20", "Bronwyn, the little boy you sent me last week has glue ear both sides - ENT referral done. Worth holding off on formal language testing until after grommets probably. Will send the report."),
    ("me", "2024-04-30 11:00", "Thanks Ben, that explains a lot. Will let mum know we'll pause the assessment."),
])

P("podcastreal", "Anna Whitlock", "The Small Humans Podcast", "Host", connected="2024-07-15")
C("genuine", "free_podcast_invite", "en", "genuine free podcast invitation from a parenting podcast", [
    ("podcastreal", "2024-07-15 20:30", "Hi Bronwyn, I host a little parenting podcast (The Small Humans Podcast, ~4k listeners, mostly Sydney parents). Ellie Ferreira's piece in the Bugle got me thinking - would you come on and talk about late talkers? 40 mins, recorded at my place in Enmore, no cost to you of course."),
    ("me", "2024-07-16 07:45", "Hi Anna, that sounds lovely. Any weekday morning in August after 9:30."),
    ("podcastreal", "2024-07-16 08:00", "Tues 6 Aug 10am? I'll send the address and the rough questions."),
])

P("network1", "Priya Mehta", "Marrickville Allied Health Network", "Coordinator", connected="2021-06-21")
P("network2", "Dan Fogarty", "Fogarty Podiatry", "Podiatrist", connected="2019-11-11")
C("genuine", "local_network_group", "en", "group chat of local allied health network planning a meetup", [
    ("network1", "2024-09-16 12:00", "Hi all, next network catch-up: Thurs 10 Oct, 6pm, at the Henson. Topic: NDIS pricing changes and how everyone's coping. RSVP here!"),
    ("network2", "2024-09-16 12:40", "In. Someone please bring an explainer, I still don't understand the July changes"),
    ("me", "2024-09-16 13:05", "I'm in. I'll bring my notes from the plan manager saga, could save you all some grief."),
], title="Marrickville Allied Health", extra=["rhi"])

P("exclient", "Joanne Pappas", "", "", connected="2022-03-03")
C("genuine", "former_client_parent_update", "en", "former client's mum sends an update", [
    ("exclient", "2024-02-08 17:30", "Hi Bronwyn, just had to tell you - Theo started kindy last week and his teacher said he's one of the chattiest in the class!!! 2 years ago he had 10 words. Thank you for everything xx"),
    ("me", "2024-02-08 18:00", "Joanne this made my whole week. Give him a high five from me 🙌"),
])

P("lani", "Lani Fonoti", "Saltbush Speech Clinic", "Practice Coordinator", connected="2022-07-04")
C("genuine", "colleague_admin", "en", "front desk colleague about a booking clash, unanswered draft reply", [
    ("lani", "2024-10-08 08:12", "Bron, double booking Thurs 3:45 (Ayesha's AAC boy and a new assessment). I can move the assessment to Friday 9 if you're ok to take it?"),
    ("me", "2024-10-08 08:20", "Yes move it, I'll take Friday 9. Thanks Lani"),
    ("me", "2024-10-08 08:21", "also can you order more"),
], drafts={2})

P("school_principal", "Karen Dawes", "Dulwich Hill Public School", "Principal", connected="2021-10-18")
C("genuine", "school_followup_results", "en", "principal thanks after screening and asks about next year budget", [
    ("school_principal", "2024-06-20 15:30", "Bronwyn, thank you for the kindy screening. The staff session was the best PD we've had this year. I'm putting the same amount into next year's budget - could we lock in something similar for 2025, maybe Year 1 follow-ups too?"),
    ("me", "2024-06-21 08:10", "Thank you Karen, that's so kind. Yes, let's pencil in term 1 for Year 1 follow-ups and I'll send a combined quote in November."),
])

# ---------------------------------------------------------------- wanted pitches

P("wp_dev", "Sione Havili", "Havili Digital", "Freelance Web Developer", connected="2024-04-03",
  invite=("IN", "2024-04-03 10:00", "Read your waitlist post - had an idea, mind if I connect?"))
C("wanted_pitch", "pitch_from_her_post", "en", "freelancer quotes her LinkedIn post about a 7-month waitlist and proposes a triage form", [
    ("wp_dev", "2024-04-03 10:20", "Hi Bronwyn, your post last week about the 7-month therapy waitlist stuck with me, especially the line about families ringing every fortnight 'just to check' and Lani spending half her mornings on it. I build small tools for clinics. Idea: a waitlist page where families see their rough position and can update availability themselves, synced to a simple sheet Lani controls. No patient data beyond first name + postcode. I did something similar for a physio in Newtown (happy to intro). Fixed price around $1,800. Worth a look? If not, no stress, love the post either way."),
    ("me", "2024-04-04 20:10", "Hi Sione, that's actually exactly the pain. Can you send me a mock-up? And yes please to the physio intro."),
    ("wp_dev", "2024-04-05 09:00", "Mock-up link via email, and I've cc'd Dana from Newtown Physio."),
])

P("wp_books", "Laila Farouk", "Two Tongues Press", "Publisher", connected="2024-05-15")
C("wanted_pitch", "pitch_from_her_article", "en", "bilingual picture book publisher read her clinic blog article on bilingual kids", [
    ("wp_books", "2024-05-15 11:30", "Dear Bronwyn, I read your article on the Saltbush blog, 'Two languages don't cause a speech delay', and nodded the whole way through - particularly your advice to parents to keep reading in their home language. We're a small Sydney press publishing dual-language picture books (Arabic, Vietnamese, Greek and Tagalog alongside English). Would a sample pack for your waiting room be useful? No charge for the samples; clinics that like them order at a 25% trade discount. I'd also be glad to hear which languages your families ask for most."),
    ("me", "2024-05-16 08:00", "Hi Laila, yes please! Arabic and Vietnamese mostly, and we get a lot of Nepali families too."),
])

P("wp_video", "Callum Reid", "Reid Frame Productions", "Videographer", connected="2024-03-20")
C("wanted_pitch", "pitch_from_her_talk", "en", "videographer attended her forum talk and proposes short parent videos from it", [
    ("wp_video", "2024-03-20 16:00", "Hi Bronwyn, I was filming the other sessions at the Early Years Forum last week and caught the end of yours - the '10 second wait' demo with the toy car had the whole room laughing. It'd make a brilliant 60-second video for parents. I do short explainer series for health practices (mostly physios and GPs around the Inner West). Three 60-90 sec clips filmed in your clinic in one morning, captioned, $2,200. Happy to show you the series I did for Dulwich Hill Family Practice."),
    ("me", "2024-03-21 12:00", "Ha, the toy car. Anand at Dulwich Hill is a friend, I'll ask him. Send me the examples please."),
])

P("wp_web", "Georgie Sinclair", "Lantana Studio", "Web Designer", connected="2024-01-29")
C("wanted_pitch", "pitch_site_visited", "en", "web designer looked at her site and names concrete faults", [
    ("wp_web", "2024-01-29 13:15", "Hi Bronwyn, a friend of mine takes her daughter to Saltbush and I had a look at your website while she was raving. Two things I noticed, in case useful: the 'Book an assessment' button goes to a 404 on mobile (works on desktop), and the NDIS page says you're 'registration pending' from 2021 which might put coordinators off. I'm a one-person studio in Ashfield and I fix small sites for health practices. The two fixes would be a couple of hours; a proper refresh would be more like $3k. Either way, wanted to flag the button!"),
    ("me", "2024-01-29 19:40", "Oh no, the button!! Thank you. Yes, can you quote the quick fixes? And maybe we talk refresh after the new room is done."),
    ("wp_web", "2024-01-29 20:00", "$240 for both fixes, can do them Wednesday."),
])

P("wp_billing", "Corinne Oduya", "Tidy Claims", "NDIS Billing Consultant", connected="2024-08-20")
C("wanted_pitch", "pitch_specific_problem", "en", "billing consultant names the exact NDIS support-item rejection problem she's hitting", [
    ("wp_billing", "2024-08-20 09:45", "Hi Bronwyn, I heard you speak up at the Marrickville Allied Health Network last month about plan managers rejecting invoices since the July support item changes. You're not alone - the 15_ items for therapy assistants and the new travel codes tripped up most small practices I work with. I offer a one-off invoice template audit for ChartNest users: I check every item code and rate against the current price guide and fix your templates, fixed $390. Would that help?"),
    ("me", "2024-08-21 07:50", "Yes it would - we had 4 rejections from one plan manager alone. Can you do it next week?"),
])

P("wp_bookkeeper", "Hamish Turner", "Ledgerleaf Bookkeeping", "Bookkeeper", connected="2024-09-04")
C("wanted_pitch", "pitch_mutual_contact", "en", "bookkeeper introduced by name via her peer Rhiannon", [
    ("wp_bookkeeper", "2024-09-04 10:10", "Hi Bronwyn, Rhiannon Clarke at Little Hands OT suggested I get in touch - I do her books and she mentioned you're setting up a joint holiday program and might need a simple way to split income between the two businesses. I specialise in allied health practices on Xero and can set up tracking categories for the program so the 50/50 split and room cost come out clean each term. Usually about 3 hours to set up. Happy to have a quick chat or just send you the steps?"),
    ("me", "2024-09-04 12:00", "Hi Hamish, yes Rhi mentioned you. Send me the steps and a price, thanks."),
])

P("wp_tender", "Vanessa Ho", "Bright Bid Consulting", "Tender Writer", connected="2024-06-25")
C("wanted_pitch", "pitch_public_tender", "en", "tender writer names a specific public tender relevant to her school work", [
    ("wp_tender", "2024-06-25 14:30", "Hi Bronwyn, I noticed the NSW Department of Education has opened a panel for school-based speech pathology services in the Inner West and Canterbury-Bankstown areas (closes 2 August). Given you already screen at Dulwich Hill PS (your clinic's news page mentions it), you'd be a strong fit. I write tender responses for small allied health providers - I'd draft the capability statement and the pricing schedule with you. Fixed fee $1,500. If you're not interested in government panels, no worries at all."),
    ("me", "2024-06-26 09:20", "Hi Vanessa, I hadn't seen that, thank you. Not sure we have the capacity, but let's talk Monday."),
])

P("wp_sms", "Josh Patterson", "RemindWell", "Founder", connected="2024-02-14")
C("wanted_pitch", "pitch_her_tools", "en", "vendor noticed her ChartNest booking widget and offers a compatible add-on", [
    ("wp_sms", "2024-02-14 09:00", "Hi Bronwyn, I saw your booking page runs on ChartNest. ChartNest's built-in reminders only go out by email for the plan you're on, and a lot of paediatric clinics tell us parents miss them. We make a small SMS add-on that plugs into ChartNest's appointment feed: reminder 48h and 2h before, and parents can reply 'C' to confirm. $29/month, no lock-in, 30-day free trial. Given you mentioned no-shows in your waitlist post, thought it might be relevant."),
])

P("wp_recruiter", "Nicole Fraser", "Paeds Talent Co", "Recruitment Consultant", connected="2024-07-18")
C("wanted_pitch", "pitch_recruiter_relevant_role", "en", "recruiter saw her job ad and offers a specifically matching candidate", [
    ("wp_recruiter", "2024-07-18 11:00", "Hi Bronwyn, I saw your ad for a 0.8 FTE paediatric speech pathologist. I have a candidate who might be unusually well matched: 2 years' experience, fluent in Arabic (your clinic site mentions many families from Lakemba and Bankstown), Key Word Sign trained, and lives in Tempe. She's only open to small clinics. Our fee is 14%. I know you may already be working with someone, just didn't want you to miss her."),
    ("me", "2024-07-18 15:10", "Hi Nicole, I am working with another agency but Arabic is a real gap. Can you send her anonymised profile?"),
])

P("wp_translate", "Thuy Le", "Harbour Languages", "Director", connected="2024-05-13")
C("wanted_pitch", "pitch_from_press_item", "en", "translator read her quote in the Bugle article and offers handout translations", [
    ("wp_translate", "2024-05-13 10:00", "Hello Bronwyn, I read the Inner West Bugle article where you said many of your families speak Arabic or Vietnamese at home and that your parent handouts are only in English. We're a NAATI-certified translation agency in Cabramatta. We could translate your 6 parent handouts into Arabic and Vietnamese, keeping your layout, for $85 per page per language. I can also find a speech pathologist reviewer so terms like 'expressive language' come out right."),
])

P("wp_aac", "Imogen Pryor", "Talkbridge AAC", "Clinical Support Specialist", connected="2024-08-26")
C("wanted_pitch", "pitch_from_event_listing", "en", "AAC device supplier saw her workshop listing and offers loan devices", [
    ("wp_aac", "2024-08-26 13:00", "Hi Bronwyn, I saw on the Inner West Council events page that you're running an AAC parent workshop at Marrickville Library in November. We lend out trial devices (3 tablets with our core word app) for free for parent sessions - no sales pitch on the day, promise, just the devices and a quick handout. If families want to trial one afterwards it goes through their therapist, which is you. Would that be helpful?"),
    ("me", "2024-08-27 08:00", "Hi Imogen, yes - parents always want to touch the devices. Can we talk logistics in October?"),
])

P("wp_insurance", "Lachlan Boyd", "Gumtree Insurance Brokers", "Broker, Allied Health", connected="2024-09-18")
C("wanted_pitch", "pitch_public_register", "en", "broker saw a new business name registration for her second site", [
    ("wp_insurance", "2024-09-18 09:30", "Hi Bronwyn, I noticed on the ABN register that 'Saltbush Speech Ashfield' was registered last month - congratulations on the second site. A second premises usually needs to be added to your public liability and contents cover, and if you're taking on staff there, workers comp is calculated per site in NSW. I only broker for allied health practices. Happy to do a free review of your current policies against the new site; if your current broker has it covered, great."),
])

# ---------------------------------------------------------------- junk

P("j_web", "Ravi Kumar", "PixelPeak Solutions", "Business Development Executive")
C("junk", "generic_web_design", "en", "generic website redesign pitch, counterpart of the tailored web designer", [
    ("j_web", "2024-02-02 04:12", "Hello, I was going through your website and noticed it has some issues with design and performance. We are a leading web development company with 10+ years of experience and 500+ happy clients worldwide. We offer Website Redesign, Ecommerce, Mobile Apps, SEO and Digital Marketing at very affordable rates. Can I send you a proposal? Regards, Ravi"),
])

P("j_seo", "Alicia Grant", "RankRocket", "SEO Specialist")
C("junk", "generic_seo", "en", "generic SEO pitch with follow-up bump", [
    ("j_seo", "2024-03-11 02:30", "Hi there, your site isn't appearing on the first page of Google for important keywords in your industry. We can guarantee page 1 rankings within 90 days or your money back. Shall I send a free audit?"),
    ("j_seo", "2024-03-18 02:31", "Hi, just following up on my previous message. Did you get a chance to look at it?"),
])

# one template, five senders (one in German)
P("t1", "Brody Sanders", "PatientFlow Marketing", "Growth Consultant")
P("t2", "Kayla Morrison", "ClinicBoost AU", "Partnerships Lead")
P("t3", "Jared Fell", "Apex Health Growth", "Founder")
P("t4", "Melissa Cho", "CareLeads", "Client Success Manager")
P("t5", "Florian Bauer", "PraxisWachstum GmbH", "Account Executive")
C("junk", "mass_template_new_patients", "en", "template 1/5: new patients per month promise", [
    ("t1", "2024-04-15 09:02", "Hi Bronwyn, I came across Saltbush Speech Clinic and was really impressed with the work you're doing in speech pathology. We help allied health clinics add 20-30 new patients per month using our proven patient acquisition system. Would you be open to a quick chat to see if it's a fit?"),
])
C("junk", "mass_template_new_patients", "en", "template 2/5: same template, different fill", [
    ("t2", "2024-05-06 10:15", "Hey Bronwyn, came across Saltbush Speech Clinic and I'm really impressed by the work you do in paediatric therapy! We help clinics like yours add 25-40 new patients every month with our proven system. Open to a quick chat to see if it'd be a fit?"),
])
C("junk", "mass_template_new_patients", "en", "template 3/5: slightly varied wording", [
    ("t3", "2024-06-10 08:44", "Hi Bronwyn - I recently came across your clinic and was genuinely impressed by the work you're doing in the speech space. We help healthcare practices bring in 20-30 new patients per month through our proven acquisition framework. Would you be open to a quick chat this week?"),
    ("t3", "2024-06-17 08:44", "Hi Bronwyn, bumping this in case it got buried!"),
])
C("junk", "mass_template_new_patients", "en", "template 4/5: same template", [
    ("t4", "2024-07-22 11:30", "Hi Bronwyn, I came across Saltbush Speech and was impressed with what you're doing in children's speech therapy. We help clinics add 20-30 new patients a month using our proven patient system. Worth a quick chat to see if it fits?"),
])
C("junk", "mass_template_new_patients", "de", "template 5/5: German copy of the same template sent to a Sydney clinic", [
    ("t5", "2024-08-19 07:10", "Hallo Bronwyn, ich bin auf Saltbush Speech Clinic gestoßen und war wirklich beeindruckt von Ihrer Arbeit im Bereich Logopädie. Wir helfen Praxen, jeden Monat 20-30 neue Patienten zu gewinnen - mit unserem bewährten System. Hätten Sie Lust auf ein kurzes Gespräch, um zu sehen, ob es passt?"),
])

P("j_merge1", "Tanya Briggs", "ScaleSmart", "Sales Development Rep")
C("junk", "merge_tag_failure", "en", "unfilled {first_name} tag", [
    ("j_merge1", "2024-05-02 06:00", "Hi {first_name}, I noticed {company_name} is growing fast and wanted to reach out. We help businesses like yours automate their admin so you can focus on what matters. Are you free for a call Tuesday or Wednesday?"),
])

P("j_merge2", "Derek Holm", "BrightDesk VA", "Director")
C("junk", "merge_tag_failure", "en", "[Company] placeholder left in", [
    ("j_merge2", "2024-06-03 05:45", "Hi Bronwyn, loved seeing what [Company] is doing in the [Industry] space! We provide dedicated virtual assistants from $9/hour who can handle your inbox, scheduling and data entry. Want me to send over some profiles?"),
])

P("j_merge3", "Owen Pike", "Stellar Finance Partners", "Commercial Lending Manager")
C("junk", "merge_tag_wrong_name", "en", "wrong name and wrong company filled in", [
    ("j_merge3", "2024-07-08 14:20", "Hi Sharon, congrats on everything you've built at Bayside Dental Group! Many practice owners like yourself are looking at equipment finance before EOFY. We can approve up to $250k in 24 hours. Can I give you a quick call?"),
])

P("j_merge4", "Kim Lawson", "ReviewRise", "Reputation Specialist")
C("junk", "merge_tag_failure", "en", "{{clinic_name}} double-brace tag unfilled", [
    ("j_merge4", "2024-09-09 03:15", "Hey Bronwyn! Patients trust reviews more than anything. {{clinic_name}} currently has fewer Google reviews than your top 3 competitors. Our automated review engine gets clinics 50+ 5-star reviews in 60 days. Interested?"),
])

P("j_spon1", "Harbourline Business Finance", "Harbourline", "",
  url="https://www.linkedin.com/company/harbourline-business-finance")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: business loan", [
    ("j_spon1", "2024-03-25 12:00", "<p>Hi Bronwyn,</p><p>Ready to grow? Small business owners can access up to <strong>$500,000</strong> in unsecured funding with decisions in as little as 24 hours.</p><p>Check your eligibility in 2 minutes &amp; see your rate without affecting your credit score.</p><p><a href=\"https://harbourline.example/apply\">Check eligibility</a></p>"),
], title="Sponsored Conversation", subject="Funding for your business, Bronwyn")

P("j_spon2", "Eastmere Business School", "Eastmere Business School", "",
  url="https://www.linkedin.com/company/eastmere-business-school")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: MBA", [
    ("j_spon2", "2024-08-02 12:00", "<p>Hi Bronwyn,</p><p>Healthcare leaders are turning to our <em>Executive MBA (Health Management)</em> to take the next step. Applications for the February intake close soon.</p><p>Download the brochure &amp; join our online info evening.</p>"),
], title="Sponsored Conversation", subject="Your next step, Bronwyn")

P("j_award", "Stephanie Lord", "Australian Health Business Awards", "Awards Manager")
C("junk", "paid_award", "en", "award 'win' that requires a fee", [
    ("j_award", "2024-06-24 09:00", "Dear Bronwyn, congratulations! Saltbush Speech Clinic has been selected as a finalist for 'Sydney's Top 10 Paediatric Clinics 2024'. Finalists are chosen from our research team's review of thousands of businesses. To confirm your finalist status and receive your digital badge, trophy and feature in our winners' magazine, a participation fee of $495 + GST applies. Please confirm by Friday to secure your place."),
    ("j_award", "2024-07-01 09:00", "Dear Bronwyn, a reminder that your finalist place expires in 48 hours."),
])

P("j_podcast", "Chad Everett", "Health Leaders Unplugged", "Podcast Producer")
C("junk", "paid_podcast_slot", "en", "podcast guest slot with a fee", [
    ("j_podcast", "2024-05-20 22:00", "Hi Bronwyn, our team thinks your story would resonate with our audience of 50,000+ health entrepreneurs. We'd love to feature you as a guest on Health Leaders Unplugged! Guest spots include professional editing, promotion to our audience and a blog feature. There is a production investment of $750 to secure your episode. Can I send the booking link?"),
])

P("j_magazine", "Renee Faulkner", "Women in Business Spotlight", "Features Editor")
C("junk", "paid_feature", "en", "magazine 'feature' that is a paid advertorial", [
    ("j_magazine", "2024-04-08 11:11", "Hi Bronwyn, we're putting together our 'Inspiring Women Founders' issue and you've been shortlisted for a two-page feature! Featured founders receive a professionally written profile, photoshoot and digital copy. The feature package is $1,290 (discounted from $1,990 for shortlisted founders this week only)."),
])

P("j_sells_same", "Aaron Pillay", "SpeakEasy Online", "Partnerships Manager")
C("junk", "offer_of_what_she_sells", "en", "online speech therapy service pitched to a speech therapy clinic", [
    ("j_sells_same", "2024-03-06 08:30", "Hi Bronwyn, is your child or your staff's children struggling with speech? SpeakEasy Online connects families with qualified speech therapists via video within 48 hours - no waitlists! We'd love to offer your team an employee benefit package. Can I send more info?"),
])

P("j_capacity", "Lena Fox", "FullBook Growth", "Founder")
C("junk", "capacity_for_new_clients", "en", "'do you have capacity for new clients?' opener", [
    ("j_capacity", "2024-04-22 07:00", "Hi Bronwyn, quick question - do you have capacity to take on new clients at the moment?"),
    ("j_capacity", "2024-04-25 07:00", "If so, we help therapy practices fill their calendar with pre-qualified bookings on a pay-per-appointment basis. Happy to explain in a quick call."),
])

P("j_likeminded", "Todd Richards", "Unleashed Founder Coaching", "Business Coach",
  connected="2024-05-29", invite=("IN", "2024-05-29 06:45", "Hi Bronwyn, always keen to connect with like-minded entrepreneurs!"))
C("junk", "like_minded_entrepreneurs", "en", "'connect as like-minded entrepreneurs' then coaching pitch", [
    ("j_likeminded", "2024-05-29 07:02", "Thanks for connecting Bronwyn! I love connecting with like-minded entrepreneurs who are passionate about making an impact. I help business owners break through the 7-figure ceiling without working more hours. Would love to hear about your goals for the next 12 months - open to a chat?"),
])

P("j_15min", "Megan Shaw", "Offshore Ready", "Business Development Manager")
C("junk", "quick_15_minute_call", "en", "quick 15-minute call request for offshore staff", [
    ("j_15min", "2024-06-17 05:10", "Hi Bronwyn, do you have 15 minutes this week for a quick call? We help Australian practices save up to 70% on admin costs with fully trained offshore staff. I promise I won't take more than 15 mins of your time!"),
    ("j_15min", "2024-06-24 05:10", "Hi Bronwyn, following up - would Thursday at 2pm suit for that quick 15-minute call?"),
    ("j_15min", "2024-07-01 05:10", "Last try! Let me know if now isn't the right time and I'll close your file."),
])

P("j_ctp1", "Nathan Crowe", "Thrive NDIS Growth", "Director",
  connected="2024-07-25", invite=("IN", "2024-07-25 08:10", ""))
C("junk", "connect_then_pitch", "en", "connect-then-pitch: small talk, owner answers, pitch follows", [
    ("j_ctp1", "2024-07-25 08:30", "Thanks for connecting Bronwyn! Love seeing clinicians doing such meaningful work with kids. How long have you been running Saltbush?"),
    ("me", "2024-07-25 19:00", "Thanks Nathan! Five years this October."),
    ("j_ctp1", "2024-07-26 08:15", "Amazing milestone! Speaking of growth - we help NDIS providers scale to 2-3 new locations with our done-for-you marketing and intake system. Most clients see ROI within 60 days. Are you free for a call next week to see if it's a fit?"),
])

P("j_ctp2", "Isabella Grant", "Summit Wealth Advisers", "Financial Adviser",
  connected="2024-09-11", invite=("IN", "2024-09-11 17:40", "Hi Bronwyn, would love to connect with local business owners."))
C("junk", "connect_then_pitch", "en", "connect-then-pitch: small talk unanswered, pitch in message 2, bump in 3", [
    ("j_ctp2", "2024-09-11 18:00", "Hi Bronwyn, thanks for accepting! Hope your week's going well. Are you based in the Inner West too?"),
    ("j_ctp2", "2024-09-14 10:00", "I work with a lot of health practice owners who are great at what they do but haven't had time to get their super, tax structure and personal wealth sorted. I'd love to offer you a complimentary strategy session."),
    ("j_ctp2", "2024-09-24 10:00", "Hi Bronwyn, just bumping this up. Still happy to offer the complimentary session."),
])

P("j_ctp3", "Liam Hartley", "SolarEdge Commercial", "Energy Consultant",
  connected="2024-10-02", invite=("IN", "2024-10-02 07:30", ""))
C("junk", "connect_then_pitch", "en", "connect-then-pitch: off-topic solar after a small talk exchange", [
    ("j_ctp3", "2024-10-02 07:45", "Hey Bronwyn, great to connect. Saw the congrats on 5 years, what a milestone!"),
    ("me", "2024-10-02 12:00", "Thanks Liam, appreciate it."),
    ("j_ctp3", "2024-10-03 09:00", "No worries! Quick one - with power prices rising, have you considered commercial solar for your clinic? Businesses are cutting bills by 60% with zero upfront cost. I can do a free assessment."),
])

P("j_bumps", "Grace Newell", "Workflow Wizards", "Automation Consultant")
C("junk", "follow_up_bumps_no_reply", "en", "three bumps with no reply", [
    ("j_bumps", "2024-02-19 04:00", "Hi Bronwyn, we build custom AI automations that save businesses 20+ hours a week. Would you like to see a demo?"),
    ("j_bumps", "2024-02-26 04:00", "Just floating this to the top of your inbox 🙂"),
    ("j_bumps", "2024-03-04 04:00", "Hi Bronwyn, any thoughts on the above?"),
    ("j_bumps", "2024-03-11 04:00", "I'll assume now isn't a good time. Feel free to reach out if things change!"),
])

P("j_fluent", "Marcus Ellington", "Voxly AI", "Head of Partnerships")
C("junk", "fluent_names_company_generic", "en", "fluent AI receptionist pitch naming her clinic but generic", [
    ("j_fluent", "2024-08-14 10:30", "Hi Bronwyn, I've been following Saltbush Speech Clinic for a while and it's clear you care deeply about the families you serve. That's exactly why I think you'd appreciate Voxly - an AI receptionist that answers every call 24/7, books appointments and never puts a parent on hold. Clinics like Saltbush Speech Clinic typically recover 15-20% of missed bookings in the first month. Would you be open to a 10-minute demo next week?"),
])

P("j_crypto", "Victor Lim", "", "Investor")
C("junk", "off_topic_crypto", "en", "off-topic crypto trading pitch", [
    ("j_crypto", "2024-05-09 23:10", "Hello Bronwyn, I hope you don't mind me reaching out. I have been mentoring a small group of professionals in digital asset trading and they are seeing consistent weekly returns. As a business owner you might be interested in diversifying. Let me know and I can share more details."),
])

P("j_wine", "Penny Marsh", "Cellar Door Corporate Gifts", "Sales Manager")
C("junk", "off_topic_gifting", "en", "off-topic corporate wine gifting", [
    ("j_wine", "2024-10-14 09:00", "Hi Bronwyn, Christmas is just around the corner! Thank your clients and team with our premium Hunter Valley wine hampers, custom branded with your logo. Order 20+ before 15 November and get free delivery Australia wide."),
])

P("j_recruit", "Zoe Patel", "TopTier Staffing", "Talent Acquisition Specialist")
C("junk", "generic_recruiter", "en", "generic recruiter mass pitch, counterpart of the tailored recruiter", [
    ("j_recruit", "2024-07-19 06:00", "Hi Bronwyn, are you hiring? We have a pool of top-tier candidates across sales, admin, customer service and healthcare ready to start immediately. No placement, no fee. Let me know your current vacancies!"),
])

P("j_video", "Jordan Blake", "ViralEdge Media", "Creative Director")
C("junk", "generic_video_production", "en", "generic video production pitch, counterpart of the tailored videographer", [
    ("j_video", "2024-04-01 03:20", "Hi Bronwyn, video is the #1 way to grow your brand in 2024. We create scroll-stopping content for businesses of every size - reels, TikToks, explainers and more. Packages from $499/month. Can I send our showreel?"),
])

P("j_sms", "Ethan Brooks", "PracticePilot", "Sales Executive")
C("junk", "generic_practice_automation", "en", "generic practice software switch pitch, counterpart of the tailored SMS add-on", [
    ("j_sms", "2024-03-27 01:00", "Hi Bronwyn, still using old-school practice management software? PracticePilot is the all-in-one platform for healthcare businesses - booking, billing, reminders, telehealth and marketing in one place. Switch today and get 3 months free. Book a demo: practicepilot.example/demo"),
])

P("j_bookkeeping", "Sandra Ko", "NumbersNow", "Business Development")
C("junk", "generic_bookkeeping", "en", "generic bookkeeping pitch, counterpart of the introduced bookkeeper", [
    ("j_bookkeeping", "2024-09-05 05:00", "Hi Bronwyn, are you spending too much time on your books? NumbersNow offers fixed-price bookkeeping from $199/month for small businesses in any industry. Let me know if you'd like a free consultation."),
])

P("j_translate", "Mohammed Rahim", "GlobalWords Translations", "Sales Executive")
C("junk", "generic_translation", "en", "generic translation pitch, counterpart of the tailored translator", [
    ("j_translate", "2024-06-06 02:40", "Dear Sir/Madam, GlobalWords provides professional translation services in over 120 languages for legal, medical, technical and marketing documents. Fast turnaround and competitive prices. Please let us know if you have any translation requirements."),
])

P("j_insure", "Brett Collins", "CoverCompare Business", "Account Manager")
C("junk", "generic_insurance", "en", "generic business insurance pitch, counterpart of the tailored broker", [
    ("j_insure", "2024-09-20 08:00", "Hi Bronwyn, are you paying too much for business insurance? Most small businesses are overpaying by up to 30%. Get a free quote in 5 minutes."),
])

P("j_franchise", "Craig Monroe", "FranchiseForward", "Franchise Development Consultant")
C("junk", "franchise_pitch", "en", "turn your business into a franchise pitch", [
    ("j_franchise", "2024-08-07 09:30", "Hi Bronwyn, have you ever thought about franchising your business? We've helped 80+ Australian brands franchise nationally. Your model could be worth millions. I'd love to show you how in a quick call."),
])

P("j_fbads", "Kiara Walsh", "Allied Ads Co", "Founder")
C("junk", "generic_ads_pitch", "en", "Facebook ads for allied health, generic", [
    ("j_fbads", "2024-05-27 06:30", "Hey Bronwyn! We run Facebook and Instagram ads exclusively for allied health practices. Our last 3 clients booked out their calendars in 30 days. Want me to record a free 5-minute video audit of your ads?"),
])

P("j_va2", "Patrick Doyle", "OutsourceOz", "Partnerships")
C("junk", "offshore_staffing", "en", "offshore admin staffing pitch", [
    ("j_va2", "2024-10-09 04:45", "Hi Bronwyn, hire a full-time medical receptionist from the Philippines for $1,400/month. Fully trained in Australian healthcare systems. Would you like to see available candidates?"),
])

P("j_ebook", "Hayley Morgan", "Clinic Owners Academy", "Community Manager")
C("junk", "generic_course_pitch", "en", "course/masterclass pitch", [
    ("j_ebook", "2024-02-26 20:00", "Hi Bronwyn! We're hosting a FREE masterclass: 'How Clinic Owners Can Step Back From Treating and Still Grow Revenue'. Spots are limited to 100. Want me to save you a seat?"),
])

P("j_merch", "Tyler Quinn", "BrandBox Promo", "Sales")
C("junk", "off_topic_merch", "en", "promotional merchandise pitch", [
    ("j_merch", "2024-03-13 00:50", "Hi Bronwyn, get your logo on pens, tote bags, water bottles and more! Minimum order only 50 units. Ask about our end of financial year specials."),
])

P("j_ctp4", "Sophie Lane", "Mindful Profit Co", "Founder",
  connected="2024-04-17", invite=("IN", "2024-04-17 20:05", "Hi Bronwyn! Fellow female founder here, would love to connect."))
C("junk", "connect_then_pitch", "en", "connect-then-pitch: fellow female founder small talk, then paid group program", [
    ("j_ctp4", "2024-04-17 20:20", "Thanks so much for connecting Bronwyn! It's so lovely to meet other women building businesses that help people. What's been your biggest win this year?"),
    ("me", "2024-04-18 07:30", "Hi Sophie, probably finally opening a second therapy room!"),
    ("j_ctp4", "2024-04-18 08:00", "Wow congrats!! That's huge. You know, many of the women I work with hit a wall right after expansion. My 12-week Profit With Purpose program helps you double profit without burning out. Doors close Friday - want me to send the details? 💛"),
])

P("j_leads", "Ryan Moss", "B2B LeadGen Pros", "CEO")
C("junk", "generic_lead_gen", "en", "B2B lead generation pitch, irrelevant", [
    ("j_leads", "2024-01-16 03:00", "Hi Bronwyn, we generate 30-50 qualified B2B meetings per month for companies in your industry using LinkedIn and cold email. Pay only for meetings held. Would you be open to exploring?"),
])

P("j_uniform", "Dina Shah", "ScrubLife", "Sales Rep")
C("junk", "off_topic_uniforms", "en", "branded scrubs/uniforms pitch", [
    ("j_uniform", "2024-06-28 09:10", "Hi Bronwyn, upgrade your team's look with our custom embroidered scrubs and polos! 15% off your first order for healthcare clinics this month."),
])

P("j_apps", "Ankit Sharma", "AppCraft Labs", "Business Analyst")
C("junk", "generic_app_dev", "en", "build-your-own-app pitch", [
    ("j_apps", "2024-07-04 04:25", "Hi, hope you are doing well. Do you have any requirement for mobile app development? We are an ISO certified company providing iOS and Android apps at 50% less cost than local agencies. Please share your requirement."),
])

ex.write(
    OUT,
    {"First Name": "Bronwyn", "Last Name": "Tait",
     "Headline": "Speech Pathologist | Owner, Saltbush Speech Clinic | Late talkers, AAC & early literacy",
     "Summary": "Paediatric speech pathologist running a small clinic in Marrickville, Sydney. "
                "I work with toddlers, preschoolers and school-age kids, NDIS participants and the "
                "schools and GPs around them. Occasional guest lecturer.",
     "Industry": "Medical Practices", "Zip Code": "2204", "Geo Location": "Sydney, New South Wales, Australia",
     "Websites": "[COMPANY:saltbushspeech.example.com.au]"},
    [
        {"Company Name": "Saltbush Speech Clinic", "Title": "Principal Speech Pathologist & Owner",
         "Description": "Paediatric speech pathology clinic in the Inner West. Assessments, therapy, "
                        "school screening, parent workshops.",
         "Location": "Marrickville, NSW", "Started On": "Oct 2019", "Finished On": ""},
        {"Company Name": "Sydney Local Health District", "Title": "Speech Pathologist",
         "Description": "Community paediatrics.", "Location": "Sydney", "Started On": "Feb 2012",
         "Finished On": "Sep 2019"},
    ],
    ["Speech Pathology", "Early Intervention", "AAC", "Paediatrics", "NDIS", "Small Business",
     "Literacy", "Parent Coaching"],
)
print(ex.summary())

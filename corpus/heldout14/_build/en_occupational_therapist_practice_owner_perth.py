"""heldout14 persona: owner of a small occupational-therapy practice in Perth, WA (2026 layout).

Written by hand, blind to the detector. Run to regenerate the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-occupational-therapist-practice-owner-perth"
OWNER = Person("me", "Bronwyn Hadley", "https://www.linkedin.com/in/bronwyn-hadley-ot-4c1e9a")
ex = Export(SLUG, "2026", OWNER)
P = ex.person


def genuine(category: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("genuine", category, "en", note, messages, **kw)


def wanted(category: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("wanted_pitch", category, "en", note, messages, **kw)


def junk(category: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("junk", category, "en", note, messages, **kw)


# ---------------------------------------------------------------- genuine
P("leanne", "Leanne Forsyth", "Forsyth Family", "Parent", connected="2025-02-11")
genuine("client_quote_request", "parent of NDIS participant asks what an FCA costs before booking", [
    ("leanne", "2025-03-04 19:42", "Hi Bronwyn, our support coordinator gave me your name. My son Cooper (14) needs a functional capacity assessment before his plan review in June. Can you tell me roughly what it costs and how long the wait is? We're self managed so I need to budget it out of capacity building. Thanks, Leanne"),
    ("me", "2025-03-05 08:10", "Hi Leanne, thanks for getting in touch. For a full FCA we quote 8-10 hours at the current NDIS therapy rate, which includes the home visit, standardised assessments and the written report. I'll email you a formal quote and service agreement today. Wait is currently about 5 weeks, so June is very doable."),
    ("leanne", "2025-03-05 08:31", "That's great thank you!! Got the email. Signing it tonight."),
])
P("dimitra", "Dimitra Kallis", "Brightpath Support Coordination", "Senior Support Coordinator", connected="2022-08-19")
genuine("referral_support_coordinator", "support coordinator referring two participants, asks rates and capacity", [
    ("dimitra", "2025-04-14 10:05", "Morning Bron! I've got two new participants in Midland, both adults with acquired brain injury, needing AT assessments (one for a power chair, one bathroom mods). Are you taking referrals at the moment? And can you send me your current rate card, the plan managers keep asking."),
    ("me", "2025-04-14 12:48", "Hi Dimitra, yes for Midland we can fit both in May. Rate card attached to my email just now. Send referrals through the usual form please x"),
    ("dimitra", "2025-04-14 12:55", "Legend. Done ✅"),
])
P("gareth", "Gareth Pillay", "Ashfield Primary School", "Deputy Principal", connected="2024-11-02")
genuine("school_quote_request", "school asks for a quote for a term-long handwriting program", [
    ("gareth", "2025-05-20 15:32", "Hi Bronwyn, we met at the Inclusive Ed cluster meeting. Our Year 1 and 2 teachers are keen on a whole-class handwriting and fine motor program for Term 3, one session a week for 9 weeks plus some teacher PD. Could you put together a quote? Budget is tight but the P&C has offered to chip in."),
    ("me", "2025-05-21 07:55", "Hi Gareth, lovely to hear from you. Happy to. I'd suggest a 45-min weekly session per class run by one of our OTs with an AHA, a screening at week 1 and 9 and a 90 min PD after school. I'll send a quote with two options (2 classes / 4 classes) by Friday."),
    ("gareth", "2025-05-23 16:02", "Got it, option B looks good. I'll take it to the principal Monday and get back to you about the PO."),
    ("gareth", "2025-06-02 09:14", "Approved! PO coming from our registrar. Can we start week 2 of term?"),
])
P("marisol", "Marisol Tan", "Jacaranda Grove Aged Care", "Facility Manager", connected="2025-05-30")
genuine("aged_care_contract", "aged care facility wants a contract for falls and seating assessments", [
    ("marisol", "2025-06-11 13:20", "Hello Bronwyn, we're a 96-bed home in Bassendean and our previous OT contractor has just retired. We need someone for falls risk assessments, seating and pressure care, roughly 6 hours a week. Would you be interested in a 12-month contract? Could we do a call this week to talk about scope and fees?"),
    ("me", "2025-06-11 17:41", "Hi Marisol, yes definitely interested. Thursday 2pm works for me, or Friday morning. I'll bring our standard contractor agreement so we can adjust it to your needs."),
    ("marisol", "2025-06-12 08:03", "Thursday 2pm, I'll send an invite. Thank you!"),
    ("marisol", "2025-07-01 11:30", "Contract signed by our CEO, copy in your inbox. Looking forward to working together."),
])
P("shane", "Shane Dwyer", "Mobility West", "Account Manager", connected="2019-06-17")
genuine("vendor_price_change", "existing equipment hire supplier announces new rental prices", [
    ("shane", "2025-06-03 09:00", "Hi Bronwyn, heads up before it goes out officially: from 1 July our trial-hire rates go up 6% (freight and insurance mostly). Your current account discount stays. Anything you book before 30 June is at the old rate, so if you've got power chair trials coming up it's worth locking them in."),
    ("me", "2025-06-03 10:22", "Thanks Shane, appreciate the heads up. I'll get Tara to book the two trials for the Forsyth and Nguyen files this week."),
])
P("ruby", "Ruby Ashcroft", "CareLedger", "Customer Success Manager", connected="2023-03-08")
genuine("vendor_price_change", "current practice software announces plan price change, owner asks about annual billing", [
    ("ruby", "2025-08-18 14:10", "Hi Bronwyn, I'm your account manager at CareLedger. Just letting you know personally that from your October renewal the Practice plan moves from $39 to $45 per practitioner per month. If you switch to annual billing before renewal we can keep you at $41. Happy to answer any questions."),
    ("me", "2025-08-19 09:30", "Hi Ruby, how does annual work for practitioners who join mid-year? We're hiring a new grad in Feb."),
    ("ruby", "2025-08-19 10:02", "Good question - new seats are pro-rated to your renewal date at the same annual rate. I'll send you the switch form."),
])
P("callum", "Callum Reid", "Reid Physiotherapy Bayswater", "Principal Physiotherapist", connected="2018-09-05")
genuine("peer_joint_offer", "physio peer proposes a joint OT+physio falls package for aged care", [
    ("callum", "2025-07-09 18:45", "Bron, crazy idea. Jacaranda Grove and two other homes have asked me about falls prevention. What if we pitched a joint package, physio strength program + your environmental assessments, one price per resident per quarter? Would save them juggling two contractors. Beer Friday to nut out numbers?"),
    ("me", "2025-07-09 20:12", "Ha, I literally just signed with Jacaranda. Yes let's do it. Friday 5 at the Bayswater Hotel?"),
    ("callum", "2025-07-09 20:15", "Perfect. I'll bring a rough spreadsheet."),
    ("callum", "2025-07-14 08:20", "Sent you the draft pricing. I've put us at $210 per resident per quarter, have a look and tell me if your hours make sense."),
])
P("helena", "Helena Brookes", "Allied Health Connect Recruitment", "Recruitment Consultant", connected="2025-01-20")
genuine("recruiter_engaged", "owner asked a recruiter to find a senior paediatric OT, they discuss the fee", [
    ("me", "2025-01-20 11:15", "Hi Helena, Callum Reid said you found his last two physios. I'm looking for a senior paediatric OT (4+ years), 0.8 FTE, Bayswater. Could you send me your terms?"),
    ("helena", "2025-01-20 13:40", "Hi Bronwyn, thanks for reaching out! Our fee is 15% of first year base, with a 3 month replacement guarantee. I've got two candidates in mind already, one returning from the UK. Can I call you tomorrow to take a proper brief?"),
    ("me", "2025-01-20 14:02", "Yes, call after 12:30."),
    ("helena", "2025-02-06 16:55", "Candidate profiles sent to your email. Sophie is the one I'd push - ex-NHS, did school-based work in Bristol."),
])
P("anjali", "Anjali Menon", "", "Occupational Therapy Graduate", connected="2025-10-22")
genuine("job_applicant", "new grad OT applies for the graduate position", [
    ("anjali", "2025-10-22 21:07", "Dear Bronwyn,\n\nI'm finishing my OT degree this November and saw your graduate position advertised. I did my final placement in paediatrics at a community health service and really enjoyed school-based work. I've attached my CV and would love the chance to interview.\n\nKind regards,\nAnjali Menon"),
    ("me", "2025-10-23 08:40", "Hi Anjali, thanks for applying! I've passed your CV to our senior OT Jess. Are you available for a chat next Wednesday afternoon?"),
    ("anjali", "2025-10-23 09:01", "Yes, any time after 1pm works. Thank you so much!"),
], attachments={0: "https://www.linkedin.com/dms/anjali-menon-cv.pdf"})
P("tom_uk", "Tom Whitcombe", "NHS Somerset", "Occupational Therapist Band 6", connected="2025-04-02")
genuine("job_applicant", "UK OT asks about visa sponsorship before applying", [
    ("tom_uk", "2025-04-02 07:12", "Hi Bronwyn, apologies for the cold message. My partner and I are moving to Perth in September (she has a job at a hospital there). I'm a band 6 OT with 5 yrs in community and wheelchair services. Do you ever take on overseas-trained OTs? I'm going through AHPRA registration now. Not after sponsorship, I'll be on her visa."),
    ("me", "2025-04-03 12:15", "Hi Tom, not cold at all, good timing. Wheelchair and seating experience is gold for us. Send me your CV and let's talk once your AHPRA is through."),
])
P("nadia_j", "Nadia Okonjo", "The Perth Weekly Standard", "Health Reporter", connected="2025-09-15")
genuine("journalist_request", "journalist asks for comment on NDIS therapy price changes", [
    ("nadia_j", "2025-09-15 10:20", "Hi Bronwyn, I'm writing a piece on how the new NDIS therapy pricing is affecting small allied health practices in WA. A colleague said you've been outspoken about travel claims. Would you be up for a 10 min phone interview today or tomorrow? Deadline is Thursday."),
    ("me", "2025-09-15 11:02", "Hi Nadia, happy to. Tomorrow 9:30? My mobile is on my profile."),
    ("nadia_j", "2025-09-18 17:30", "Story is up, thanks so much for your time. Hope I got your quotes right!"),
])
P("kath", "Kath Moreland", "OT Network WA", "Branch Events Coordinator", connected="2017-05-12")
genuine("event_invitation", "branch events lead from a long-known network invites her to speak", [
    ("kath", "2025-02-17 12:00", "Hi Bron, hope the year's started well! We're planning the WA paediatric day for 16 August. Would you be willing to do a 30 min session on your school handwriting outcomes data? Lots of people asked about it after your poster last year. No fee sadly but we'd cover lunch and your registration :)"),
    ("me", "2025-02-17 19:45", "Hi Kath, would love to. Put me down. Title TBC!"),
])
P("ella_t", "Ella Thompson", "Little Steps Paediatric Therapy", "Occupational Therapist", connected="2025-08-17")
genuine("thank_you_after_talk", "thank-you note 1 of 3 after her talk at the paediatric day", [
    ("ella_t", "2025-08-17 09:12", "Hi Bronwyn, just wanted to say thanks for your session yesterday. The bit about screening at week 1 and 9 was so useful, we're going to try it in our school program. Would you mind if I emailed you a question about the outcome measure?"),
    ("me", "2025-08-17 14:30", "Thanks Ella! Of course, email away."),
])
P("sam_b", "Samira Bakr", "Kids Therapy Hub Joondalup", "Senior OT", connected="2025-08-16")
genuine("thank_you_after_talk", "thank-you note 2 of 3 after the paediatric day talk", [
    ("sam_b", "2025-08-16 20:41", "Thanks so much for your talk today Bronwyn, really practical. Loved the before/after handwriting samples. Great to connect!"),
])
P("lucy_w", "Lucy Warrender", "", "OT Student, Curtin", connected="2025-08-18")
genuine("thank_you_after_talk", "thank-you note 3 of 3 after the talk, from a student", [
    ("lucy_w", "2025-08-18 08:05", "Hi Bronwyn! Thank you for your talk at the paeds day on Saturday, it honestly made me want to do school based OT. Thanks for connecting with a lowly student haha"),
    ("me", "2025-08-18 12:10", "Not lowly at all! Good luck with your final year Lucy."),
])
P("georgie", "Georgie Mancini", "South Metro Health", "Senior OT", connected="2012-03-01")
genuine("long_standing_friend", "uni friend of 15 years, catching up", [
    ("georgie", "2024-12-20 19:30", "Merry Christmas lovely!! When are we having that dinner we've been promising for a year"),
    ("me", "2024-12-21 09:15", "Ha I know. January? After the kids go back"),
    ("georgie", "2025-01-29 18:02", "Ok it's after the kids went back 😂 Friday 7th? Thai place in Vic Park?"),
    ("me", "2025-01-29 20:40", "YES. Booked for 7pm."),
    ("georgie", "2025-11-04 12:33", "Saw you in the paper about the NDIS stuff! Famous now. Proud of you x"),
])
P("mick", "Mick Lavender", "Southwest Therapy Co", "Director", connected="2021-07-23")
genuine("owner_started_collaboration", "owner approaches a Bunbury OT about sharing regional outreach", [
    ("me", "2025-03-18 16:00", "Hi Mick, long time. We keep getting referrals from Collie and Harvey that we can't cover from Perth. Would you be open to us sharing a monthly outreach clinic? We'd bring AT and home mods, you do paeds. Keen to hear if that's even workable for you."),
    ("mick", "2025-03-19 07:50", "G'day Bron. Funny you ask, we've been talking about the same thing. Let's jump on a call next week, Tues arvo?"),
    ("me", "2025-03-19 08:30", "Tues 3pm done."),
])
P("darren_b", "Darren Cole", "Cole Built Renovations", "Owner / Builder", connected="2024-05-09")
genuine("owner_started_vendor_quote", "owner asks a builder she works with for a quote on a client's bathroom modification", [
    ("me", "2025-05-07 13:25", "Hi Darren, I've got another bathroom for you - participant in Lockridge, hob-less shower, grab rails, raised toilet. Scope report attached. Can you quote within 2 weeks? NDIS needs two quotes as usual."),
    ("darren_b", "2025-05-07 18:10", "No worries Bronwyn, I'll get out there Saturday. Is the family ok with me calling direct?"),
    ("me", "2025-05-08 07:40", "Yes, mum's number is on page 2."),
    ("darren_b", "2025-05-19 15:22", "Quote sent to you and the plan manager. $18,400 inc GST, bit higher than last time because tiling costs have gone up a fair bit sorry."),
], attachments={0: "https://www.linkedin.com/dms/lockridge-scope-report.pdf"})
P("priscilla", "Priscilla Nguyen", "", "", connected="2025-06-20")
genuine("client_message_in_spam", "parent's appointment question that landed in the spam folder (contains a link)", [
    ("priscilla", "2025-06-20 22:14", "Hi Bronwyn sorry to message here, I couldn't get through on the phone. Khoa's school sent this letter about his sensory breaks (link: bit.ly/khoa-iep-2025) can we talk about it at Tuesday's appointment? Also can we move to 4pm instead of 3:30, I finish work late. Thanks Priscilla"),
    ("me", "2025-06-23 08:05", "Hi Priscilla, sorry, your message went into my spam folder! 4pm Tuesday is fine, and yes bring the letter and we'll go through it together."),
], folder="SPAM")
P("jess", "Jess Ferreira", "Karri Lane Occupational Therapy", "Senior Occupational Therapist", connected="2020-02-14")
genuine("staff_rostering", "her senior OT asks about leave and cover", [
    ("jess", "2025-09-02 06:55", "Morning! Sorry to do this on LinkedIn, my phone died. Can I swap my Friday school session with Mei? Sophie's sick. Also reminder I'm on leave 22 Sept - 3 Oct, is the locum sorted?"),
    ("me", "2025-09-02 07:20", "Of course, hope she feels better. Locum starts the 22nd, Helena confirmed yesterday."),
])
P("noel", "Noel Brandt", "Clearway Plan Management", "Accounts Officer", connected="2023-10-10")
genuine("invoice_query", "plan manager queries an invoice line item", [
    ("noel", "2025-10-07 11:45", "Hi Bronwyn, query on invoice KL-2291 for participant J. Horvat: the report writing line is 3.5 hrs but the service agreement says max 3. Can you confirm or reissue? Cheers, Noel"),
    ("me", "2025-10-07 15:30", "Hi Noel, you're right, the variation was agreed by email but not added to the SA. I'll reissue at 3 hrs and we'll bill the rest after the participant signs the variation."),
    ("noel", "2025-10-07 15:41", "Thanks, appreciate it."),
])
P("irene", "Dr Irene Salvatore", "School of Allied Health", "Clinical Education Coordinator, OT", connected="2019-02-25")
genuine("placement_request", "uni coordinator asks the practice to host OT students", [
    ("irene", "2025-11-12 09:30", "Dear Bronwyn, thank you again for hosting two students this year, both spoke very highly of the placement. Would Karri Lane be able to take two 4th year students for Block 1 next year (Feb-Apr)? I know it's a big ask with your growth."),
    ("me", "2025-11-13 16:22", "Hi Irene, yes we can take two. Jess will be the supervisor again. Please send the paperwork."),
])
P("dr_lin", "Dr Howard Lin", "Bayswater Family Medical", "General Practitioner", connected="2021-04-30")
genuine("gp_referral", "GP asks if she can see an older patient after a fall", [
    ("dr_lin", "2025-07-21 12:50", "Hi Bronwyn, I have an 81 y/o patient, lives alone in Maylands, two falls in 6 weeks. Home Care Package level 2. Could your team do a home safety assessment soon? I'll fax... kidding, I'll send the referral through the portal."),
    ("me", "2025-07-21 13:30", "Ha, thanks Howard. Yes, we'll see her next week."),
])
P("pete_acc", "Peter Osei", "Osei & Partners Accountants", "Partner", connected="2016-08-08")
genuine("own_accountant", "her accountant about payroll tax threshold as she hires", [
    ("pete_acc", "2025-11-25 10:10", "Bronwyn, with the two new hires in Feb you'll be getting close to the WA payroll tax threshold. Nothing to panic about but let's do a quick 20 min call before Christmas so I can show you the numbers. Tuesday or Thursday?"),
    ("me", "2025-11-25 12:00", "Thursday pls. After 3."),
])
P("annette", "Annette Boyle", "", "Retired teacher", connected="2025-04-28")
genuine("client_thanks", "former aged-care client's daughter thanks the team", [
    ("annette", "2025-04-28 17:15", "Dear Bronwyn, I wanted to thank you and Mei for everything you did for Mum over the last year. The bathroom changes and the chair meant she could stay at home until the end, which is what she wanted. She adored Mei. With gratitude, Annette"),
    ("me", "2025-04-29 08:02", "Dear Annette, thank you for taking the time to write this. I'll pass it on to Mei, it will mean a lot. Thinking of you and your family."),
])
P("wade", "Wade Harrington", "Pilbara Iron Services", "HSE & Wellbeing Manager", connected="2025-10-01")
genuine("inbound_lead_buyer", "mining services firm wants to buy ergonomic and return-to-work assessments", [
    ("wade", "2025-10-01 14:00", "Hi Bronwyn, I run wellbeing for a mining services company with about 300 staff, most FIFO out of Perth. We're looking for an OT provider for workstation ergonomic assessments at our Welshpool office and return-to-work assessments after injuries. Do you do that sort of work? If so can you send pricing, ideally per assessment? Quick call would be good too."),
    ("me", "2025-10-01 16:45", "Hi Wade, yes we do - workplace assessments are about 15% of our work. I'll send a per-assessment price list and a sample report. Could do a call Friday morning?"),
    ("wade", "2025-10-02 07:30", "Friday 8:30 perfect. Thanks for the quick response."),
    ("wade", "2025-10-20 11:00", "Procurement has approved you as a preferred supplier. First 12 workstation assessments to be booked in November, Kelly from my team will be in touch."),
])
P("fiona_loc", "Fiona Grant", "LocumCare Allied Health", "Placement Consultant", connected="2025-08-25")
genuine("recruiter_engaged", "owner asks locum agency for cover during leave, agency replies with rates", [
    ("me", "2025-08-25 09:00", "Hi Fiona, I need a paeds OT locum 22 Sept - 3 Oct, 4 days/week, Bayswater. Is that something you can fill at short notice?"),
    ("fiona_loc", "2025-08-25 11:20", "Hi Bronwyn, yes I have someone - Rachel, 8 years paeds, available from the 15th. Our rate is $98/hr + super, no placement fee for under 4 weeks. Shall I send her CV?"),
    ("me", "2025-08-25 11:35", "Yes please."),
])
P("marcus_pod", "Marcus Ellery", "Rolling On (podcast)", "Host, disability advocate", connected="2023-06-14")
genuine("podcast_invite_unpaid", "disability advocate she knows invites her onto his podcast, no fee", [
    ("marcus_pod", "2025-10-08 13:40", "Hey Bron! Season 4 of Rolling On is about getting the right chair. Would you come on and talk about AT trials and why they take forever? 45 min, very chill, I record at home in Inglewood. You'd be doing me a massive favour."),
    ("me", "2025-10-08 18:00", "Marcus, I'd love to. Name the day."),
    ("marcus_pod", "2025-10-08 18:22", "Wed 22nd, 10am? Coffee's on me."),
])
P("deb", "Deb Carrington", "Carrington Speech Pathology", "Speech Pathologist", connected="2015-10-15")
genuine("congrats_anniversary", "long-time colleague congratulates her on 10 years of the practice", [
    ("deb", "2025-03-10 08:30", "Happy 10 years Karri Lane!!! 🎉 Remember when you started in that tiny room above the newsagent? So proud of you."),
    ("me", "2025-03-10 12:45", "Deb! The room with no aircon. I don't miss it. Thank you x"),
])
P("raj_pm", "Raj Subramaniam", "Eastway Property Group", "Commercial Property Manager", connected="2020-11-30")
genuine("lease_renewal", "property manager sends lease renewal terms with rent increase", [
    ("raj_pm", "2025-12-03 14:00", "Hi Bronwyn, your lease at 14 King William St expires 28 Feb. Landlord is offering a 3+3 renewal with a 4.5% increase and CPI thereafter. Please let me know by 15 Jan if you want to proceed or negotiate. Happy to discuss."),
    ("me", "2025-12-04 09:10", "Hi Raj, we'd like to stay but 4.5% is steep given the aircon issues. Could the landlord replace the unit in room 3 as part of the renewal?"),
    ("raj_pm", "2025-12-10 16:30", "Landlord agrees to replace the unit before renewal and hold the increase at 3.5%. Docs to follow."),
])
P("kylie_n", "Kylie Dunstan", "Midland Allied Health", "Practice Manager", connected="2022-03-22")
P("omar_n", "Omar Haddad", "Hills Podiatry", "Podiatrist", connected="2023-09-09")
genuine("local_network_group", "group chat of local allied health owners organising a meetup", [
    ("kylie_n", "2025-11-03 10:00", "Hi all, end of year allied health drinks? Thinking 28 Nov at the Guildford pub. Bring your practice managers!"),
    ("omar_n", "2025-11-03 10:45", "I'm in"),
    ("me", "2025-11-03 12:10", "Count us in, probably 4 from Karri Lane"),
    ("kylie_n", "2025-11-03 12:20", "Great, I'll book the back room"),
], title="Eastern suburbs allied health owners", extra=["callum"])
P("hannah_m", "Hannah Pike", "", "OT, 2 years experience", connected="2024-02-01")
genuine("mentoring", "young OT she mentors asks about going private", [
    ("hannah_m", "2025-06-30 20:11", "Hi Bronwyn, can I pick your brain again? I'm thinking of leaving the hospital to go into private practice but I'm scared about the NDIS paperwork. Did you find it overwhelming at the start?"),
    ("me", "2025-07-01 07:30", "Totally, the first year was a lot. Happy to have a coffee and talk it through, next Tuesday morning?"),
    ("hannah_m", "2025-07-01 07:45", "Thank you!! Tuesday works"),
])
P("bev", "Beverley Quinn", "Jacaranda Grove Aged Care", "Director of Nursing", connected="2025-07-01")
genuine("existing_client_contract_renewal", "existing aged-care client wants to extend hours and asks for revised fee", [
    ("bev", "2026-02-16 09:40", "Hi Bronwyn, the falls numbers since your team started are down a lot, the board noticed. We'd like to extend to 10 hours a week from April. Can you send a revised fee schedule? Also interested in Callum's joint program you mentioned."),
    ("me", "2026-02-16 13:15", "Hi Bev, that's wonderful news. I'll send the revised schedule this week and set up a meeting with Callum for the joint program."),
])
P("audit", "Teresa Vance", "Assure Quality Auditing", "Lead Auditor", connected="2025-01-09")
genuine("audit_booking", "her NDIS quality auditor books the mid-term audit and confirms the fee", [
    ("audit", "2025-01-09 10:30", "Hi Bronwyn, as per our agreement your mid-term verification audit is due by April. I have 11 March or 25 March available. Fee is as quoted in the engagement letter ($2,650 + GST). Please confirm a date."),
    ("me", "2025-01-10 08:45", "Hi Teresa, 25 March please."),
])
P("tara", "Tara McKenzie", "Karri Lane Occupational Therapy", "Practice Coordinator", connected="2021-01-18")
genuine("staff_admin", "practice coordinator flags an urgent admin question", [
    ("tara", "2026-01-13 17:55", "Bron quick one, the NDIS portal is down again and three claims bounced. Do you want me to hold the rest until tomorrow or push them through the plan managers directly?"),
    ("me", "2026-01-13 18:20", "Hold til tomorrow, thanks Tara. Go home!"),
])

# ---------------------------------------------------------------- wanted pitches
P("vicki_va", "Vicki Raines", "Raines Admin Support", "NDIS Virtual Assistant", connected="2025-05-12",
  invite=("IN", "2025-05-12 08:30", "Hi Bronwyn, your post about service agreements made me laugh and cry. Would love to connect."))
wanted("va_post_reference", "VA for NDIS admin refers to her post about service agreements eating her Sundays", [
    ("vicki_va", "2025-05-12 14:10", "Thanks for connecting Bronwyn. Your post last week about spending Sundays on service agreements and the 'variation for a variation' saga really stuck with me. I was a practice coordinator at a paeds OT clinic in Cannington for 6 years and now do exactly that work remotely for 4 small WA practices: SAs, variations, plan manager follow-ups, all in CareLedger. If it'd help, I could take the Sunday pile off you for a trial month at 10 hrs/week. No pressure at all, and happy to give you references from the practices I work with."),
    ("me", "2025-05-13 19:30", "Vicki this is very tempting. Can you send me the references and your hourly rate?"),
    ("vicki_va", "2025-05-13 20:02", "Absolutely, sent to your work email. $52/hr, invoiced monthly."),
])
P("oren", "Oren Blackwood", "ScribeLine Education", "Head of Partnerships", connected="2025-08-20")
wanted("edtech_talk_reference", "handwriting assessment app refers to her paediatric day talk and her outcome measure", [
    ("oren", "2025-08-20 10:30", "Hi Bronwyn, I was in the back row at your paeds day session on Saturday. You mentioned the week 1 / week 9 screening takes your team about 6 hours per class to score by hand. We make a tablet app that scores letter formation and spacing from a photo of the worksheet, and we'd love to see if it matches your manual scores. Would you trial it free for Term 4 with one class? If it doesn't save you time, you'll have lost nothing and I'll buy the coffees."),
    ("me", "2025-08-21 09:10", "Interesting. How does it handle left-handers? That's where our manual scores differ most."),
    ("oren", "2025-08-21 09:40", "Great question, that's exactly where we'd value your data. Our model was retrained on left-handed samples in June but I'd love an OT's eye on it."),
])
P("liam_web", "Liam Corrigan", "Corrigan Web Studio", "Web Developer", connected="2025-03-25")
wanted("web_site_visited", "web developer visited her site, names the PDF referral form and the broken mobile booking button", [
    ("liam_web", "2025-03-25 16:45", "Hi Bronwyn, I tried to refer my dad to you last week (he's on a Home Care Package in Embleton) and noticed two things on karrilaneot.com.au: the referral form is a PDF you have to print and scan, and on an iPhone the 'Book an assessment' button sits under the cookie banner so you can't tap it. I build accessible sites for small health practices, and I'd be glad to quote on an online referral form that drops into your inbox, plus the mobile fix. Either way, thought you'd want to know about the button."),
    ("me", "2025-03-26 12:00", "Oh no, thanks for telling me about the button! Yes please send a quote for the form. And did your dad get booked in?"),
    ("liam_web", "2025-03-26 12:25", "He did, seeing Mei on Thursday. Quote sent!"),
])
P("sienna_bill", "Sienna Foley", "ClaimPath", "Partnerships Lead, WA", connected="2025-09-22")
wanted("billing_tool_problem_named", "billing tool names the new travel claim rules and her CareLedger setup", [
    ("sienna_bill", "2025-09-22 11:00", "Hi Bronwyn, read your comments in the Standard about the travel claim changes - especially the point that your OTs now log travel in CareLedger and then someone re-types it for the plan managers. ClaimPath has a CareLedger integration that splits travel time and non-labour travel costs automatically under the new rules, and we work with 30-odd WA practices. If it's useful I can show you on your own data, 20 minutes, and if it doesn't fit I'll say so."),
    ("me", "2025-09-24 13:40", "Tara does this re-typing every Friday so yes, show me. Next week?"),
])
P("priya_aq", "Priya Deshmukh", "Eastlake Aquatic Centre", "Programs Coordinator", connected="2025-06-26")
wanted("mutual_contact_named", "aquatic centre offers pool time, named mutual contact Kylie Dunstan", [
    ("priya_aq", "2025-06-26 09:15", "Hi Bronwyn, Kylie Dunstan from Midland Allied Health mentioned you've been looking for warm-water pool time for your hydro sessions since the hospital pool closed to private providers. We've just opened two 45-min lane slots on Tuesday and Thursday mornings in our 34-degree program pool, with a hoist. Happy to show you around whenever suits - here's our allied health rate sheet."),
    ("me", "2025-06-26 10:05", "Yes!! Kylie is a gem. Can I come Friday at 9?"),
], attachments={0: "https://www.linkedin.com/dms/eastlake-allied-health-rates.pdf"})
P("grant_w", "Moira Kendrick", "Kendrick Grant Writing", "Grant Writer", connected="2025-04-08")
wanted("grant_register_reference", "grant writer saw her registration groups and a specific community grant round", [
    ("grant_w", "2025-04-08 15:20", "Hi Bronwyn, the WA Community Inclusion grants opened this week and one stream funds 'sensory-accessible community spaces' up to $60k. Looking at the NDIS provider register, Karri Lane is registered for AT and home mods and you run school programs, so the sensory room you posted about last year could fit well. I've written 3 successful applications in that stream. I work on a fixed fee ($1,800) rather than a percentage. Worth a chat before the 30 May close?"),
    ("me", "2025-04-09 09:00", "Ooh I didn't know about this stream. Yes let's chat."),
])
P("ned_int", "Ned Farrow", "Farrow Systems", "Integration consultant", connected="2026-01-19")
wanted("tools_setup_reference", "integration consultant saw CareLedger and Xero in her job ad", [
    ("ned_int", "2026-01-19 10:40", "Hi Bronwyn, saw your practice coordinator job ad lists 'CareLedger and Xero reconciliation' as a core duty. If your invoices are being matched by hand, that's usually because CareLedger's Xero sync posts NDIS and plan-managed payments to the same clearing account. I've fixed this for a few allied health practices with a small rule set, usually 3-4 hours of work. Happy to have a look for free and tell you if it's that."),
    ("me", "2026-01-20 08:15", "That is EXACTLY our problem. Can you look next week?"),
])
P("beth_rec", "Beth Sandhu", "Kinetic Health Talent", "Senior Recruiter, Allied Health", connected="2025-11-27")
wanted("recruiter_candidate_relevant", "recruiter with a concrete candidate matching her advertised paeds/school role", [
    ("beth_rec", "2025-11-27 13:30", "Hi Bronwyn, I noticed your ad for a paediatric OT with school-based experience. I'm working with an OT who's relocating from Adelaide in January: 6 years paeds, ran a handwriting program across 5 schools, trained in sensory integration, wants 4 days. She specifically asked about practices doing school work in Perth's east. Would you like her anonymised profile? Standard 12% fee if you hire."),
    ("me", "2025-11-28 07:50", "Yes please send it."),
])
P("tilly", "Tilly Marchetti", "Freo Sensory Co", "Founder / maker", connected="2025-07-15")
wanted("supplier_post_seen", "local maker saw her sensory room photo and noticed the weighted blankets", [
    ("tilly", "2025-07-15 12:00", "Hi Bronwyn! Loved the photos of your new sensory room. I noticed you're using the imported weighted lap pads - we make them in Fremantle with washable covers and removable weights (so no more tumble dryer disasters). I'd love to drop off two samples for your OTs to try, no strings. Would next week work?"),
    ("me", "2025-07-16 17:10", "Ha, you found our tumble dryer disaster photo. Yes please drop them off, Tara is at reception Mon-Thu."),
])
P("jonah_photo", "Jonah Pereira", "Pereira Visuals", "Photographer & videographer", connected="2025-09-26")
wanted("agency_press_reference", "videographer saw the newspaper story, proposes accessible video content", [
    ("jonah_photo", "2025-09-26 09:00", "Hi Bronwyn, saw you in the Perth Weekly Standard piece on therapy pricing. You said families often don't know what an OT home visit involves until the day. I make short, captioned explainer videos for disability services (I did the ones on the Rolling On podcast site). A 90-second 'what happens at your first visit' video could answer that. Quote attached if you're curious, totally fine if not."),
    ("me", "2025-10-03 14:20", "Marcus's videos are great. Let me think about it after the school term finishes."),
], attachments={0: "https://www.linkedin.com/dms/pereira-visuals-quote.pdf"})
P("kane_mods", "Kane Whitlock", "AccessFirst Home Modifications", "Director", connected="2025-11-10")
wanted("builder_post_reference", "home mods builder read her post on builders ignoring OT scope reports", [
    ("kane_mods", "2025-11-10 16:30", "Hi Bronwyn, your post about builders ignoring the OT scope and installing grab rails at the 'standard' height really hit home. We're a small team in Malaga that only does NDIS and HCP home mods - every job gets a site meeting with the OT before we quote and a sign-off photo set against your report. Could I send you two recent scope-vs-finish examples? If you ever need a second quote, we'd love to be on your list."),
    ("me", "2025-11-11 08:20", "Yes send them. Always need second quotes, Darren is booked out till March."),
])
P("ari_route", "Ari Kowalczyk", "Roundabout Scheduling", "Co-founder", connected="2026-02-03")
wanted("software_job_ad_setup", "rostering app refers to her job ad mentioning hills travel and home-visit rostering", [
    ("ari_route", "2026-02-03 11:10", "Hi Bronwyn, your job ad mentions 'home visits across the hills and eastern suburbs, travel planned by our coordinator'. We build a scheduling tool for allied health home visits that groups appointments by suburb and pushes travel time into CareLedger. A practice in Kalamunda cut their travel by about a fifth. I'm a former community physio so I know it's never that simple - happy to show you with a week of your real appointments, anonymised."),
])

# ---------------------------------------------------------------- junk
P("seo1", "Ryan Matthews", "RankRise Digital", "Growth Consultant")
junk("generic_seo", "generic SEO pitch", [
    ("seo1", "2025-03-12 03:14", "Hi Bronwyn,\n\nI was checking your website and noticed it isn't ranking on page 1 for important keywords. We are a team of 40+ SEO experts helping businesses get more traffic, leads and sales. Can I send you a free audit report?\n\nBest,\nRyan"),
])
P("webgen", "Kashif Anwar", "PixelForge Solutions", "Business Development Executive")
junk("generic_web_design", "generic website redesign pitch, counterpart of the tailored web developer", [
    ("webgen", "2025-04-22 02:40", "Hello Bronwyn, hope you are doing good. Your website design looks outdated and is not mobile friendly. We design modern, responsive websites starting at just $499. Shall I share our portfolio? Looking forward to your positive reply."),
])
P("vagen", "Mae Santos", "StaffAway Global", "Client Partner")
junk("generic_va", "generic offshore VA pitch, counterpart of the NDIS admin VA", [
    ("vagen", "2025-05-29 01:22", "Hi Bronwyn! Are you drowning in admin tasks? 🙋‍♀️ Our virtual assistants handle email, calendar, bookkeeping, social media and more from just $9/hour. Busy business owners like you save 20+ hours a week. Want to hop on a quick call to see how we can help?"),
    ("vagen", "2025-06-05 01:25", "Hi Bronwyn, just following up on my previous message. Let me know if you're interested!"),
    ("vagen", "2025-06-14 01:30", "Bronwyn, I'll assume now isn't the right time. Feel free to reach out whenever you need an extra pair of hands!"),
])
P("crypto", "Jason Wei", "Apex Digital Assets", "Portfolio Advisor")
junk("off_topic_crypto", "off-topic crypto investment", [
    ("crypto", "2025-06-08 22:10", "Hi Bronwyn, as a successful business owner you may be interested in diversifying into digital assets. Our clients achieved 38% returns last year with our managed crypto strategy. Would you be open to a confidential chat?"),
])
P("solar", "Daniel Pryce", "SunCore Energy WA", "Energy Consultant")
junk("off_topic_solar", "solar panels for her home", [
    ("solar", "2025-10-14 09:05", "G'day Bronwyn! With power prices going up again, now is the perfect time to go solar. Our 6.6kW systems are fully installed from $3,990 with the government rebate. Would you like a free quote for your home?"),
])
P("wine", "Charlotte Beaumont", "Cellar Capital", "Private Client Manager")
junk("off_topic_investment", "fine wine investment pitch", [
    ("wine", "2025-08-02 20:00", "Dear Bronwyn, fine wine has outperformed the ASX200 over the past 15 years. I'd like to share our latest Bordeaux allocation with you - minimum investment $10,000. When would be a good time to talk?"),
])
P("same1", "Courtney Blake", "TeleTherapy Direct", "Partnerships Manager")
junk("offers_her_own_service", "telehealth company offering NDIS OT reports to an OT practice owner", [
    ("same1", "2025-07-30 10:00", "Hi Bronwyn, do your clients need Functional Capacity Assessments or AT reports? TeleTherapy Direct provides fast NDIS-compliant OT reports via telehealth, turnaround in 10 days, Australia wide. We'd love to partner with you so your participants can access our OTs. Can we set up a time to discuss a referral partnership?"),
])
P("same2", "Mitch Harlow", "NDIS Leads Pro", "Founder")
junk("capacity_new_clients", "lead gen asking if she has capacity for new clients", [
    ("same2", "2025-08-12 08:00", "Hey Bronwyn, quick question - do you have capacity for 10-15 new NDIS participants per month? We connect allied health providers with pre-qualified participants with funded plans. Only working with one OT practice per area. Worth a chat?"),
    ("same2", "2025-08-19 08:00", "Hi Bronwyn, bumping this up. We have 2 spots left in the Perth metro area."),
])
P("likemind", "Darius Koenig", "Koenig Ventures", "Serial Entrepreneur | Investor | Speaker")
junk("like_minded_connect", "let's connect as like-minded entrepreneurs", [
    ("likemind", "2025-09-09 05:30", "Hi Bronwyn, I'm always looking to connect with like-minded entrepreneurs who are making an impact. I'd love to hear more about your journey and share some ideas about scaling. Let's connect and see how we can add value to each other!"),
])
P("quick15", "Tanya Wilkes", "ScaleUp Coaching Co", "Business Coach for Healthcare Owners")
junk("quick_15_minute_call", "quick 15-minute call pitch", [
    ("quick15", "2025-10-21 07:10", "Hi Bronwyn, I help healthcare practice owners double their revenue without working more hours. Do you have 15 minutes this week for a quick call? I have a few ideas for Karri Lane that I think you'll find valuable. Here's my calendar: calendly.com/tanya-scaleup/15min"),
])
P("ctp1", "Brett Lawson", "Lawson Finance Group", "Business Lending Specialist",
  connected="2025-11-04", invite=("IN", "2025-11-03 19:45", "Hi Bronwyn, fellow Perth local here - always great to grow my network!"))
junk("connect_then_pitch", "connect-then-pitch: small talk, owner replies, pitch in message 3", [
    ("ctp1", "2025-11-04 08:10", "Thanks for connecting Bronwyn! How's your week going? Been a scorcher in Perth hasn't it"),
    ("me", "2025-11-04 12:30", "Haha yes it has! All good thanks."),
    ("ctp1", "2025-11-05 09:00", "Glad to hear! The reason I reached out - we help healthcare practices access unsecured business loans up to $250k, approved in 24 hours, no financials needed. Perfect for fit-outs or expansion. Are you planning any growth in the next 12 months?"),
])
P("ctp2", "Jade Monaghan", "ReviewBoost", "Reputation Specialist",
  connected="2026-01-07", invite=("IN", "2026-01-06 21:00", ""))
junk("connect_then_pitch", "connect-then-pitch: compliment first, Google reviews pitch second, no reply", [
    ("ctp2", "2026-01-07 07:30", "Hi Bronwyn, thanks for accepting! Love what you're doing in the OT space, such important work 💛"),
    ("ctp2", "2026-01-09 07:32", "By the way, I noticed your practice only has a few Google reviews. We help clinics get 50+ five star reviews in 60 days on autopilot. Would it be worth a quick chat?"),
])
P("ctp3", "Lachlan Boyd", "Boyd Insurance Brokers", "Senior Broker",
  connected="2025-12-01", invite=("IN", "2025-11-30 18:20", "Hi Bronwyn, I see we're both in the health space in WA. Let's connect!"))
junk("connect_then_pitch", "connect-then-pitch: question about her business, then insurance pitch in message 2", [
    ("ctp3", "2025-12-01 09:00", "Thanks for the connection Bronwyn. Out of interest, how long have you been running Karri Lane?"),
    ("me", "2025-12-01 18:40", "Ten years this March."),
    ("ctp3", "2025-12-02 08:05", "Great effort! Most practices your size are underinsured for professional indemnity and cyber. I can review your current policies and usually save 20-30%. Can I book in a 15 min review?"),
    ("ctp3", "2025-12-09 08:05", "Hi Bronwyn, just following up on the review?"),
])
# one template, five senders, varied fills
P("tpl1", "Josh Carver", "LeadLadder", "Head of Growth")
junk("template_campaign", "template 1/5: 'came across your profile... help practices get more clients'", [
    ("tpl1", "2025-05-06 04:12", "Hi Bronwyn, I came across your profile and was really impressed by what you've built at Karri Lane. We help allied health practices book 15-20 extra appointments a month without spending more on ads. Open to a quick chat next week to see if it's a fit?"),
])
P("tpl2", "Natasha Ivers", "Clinic Catalyst", "Partner")
junk("template_campaign", "template 2/5: same template, different fill", [
    ("tpl2", "2025-06-17 04:03", "Hi Bronwyn, came across your profile and was impressed by what you've built with Karri Lane Occupational Therapy. We help therapy clinics add 20+ new patients a month without increasing ad spend. Open to a quick chat next week to see if it could be a fit?"),
])
P("tpl3", "Omar Said", "GrowthPilot Health", "Founder")
junk("template_campaign", "template 3/5: same template, with a bump", [
    ("tpl3", "2025-07-22 03:58", "Hey Bronwyn - I came across your profile and was genuinely impressed with your work in occupational therapy. We help healthcare businesses get 10-15 new bookings per month without paying for more ads. Would you be open to a quick chat next week?"),
    ("tpl3", "2025-07-29 03:58", "Hey Bronwyn, just floating this back to the top of your inbox 🙂"),
])
P("tpl4", "Ellie Fraser", "PatientFlow Agency", "Client Success")
junk("template_campaign", "template 4/5: same template, slightly reworded", [
    ("tpl4", "2025-09-30 04:20", "Hi Bronwyn, I stumbled across your profile and was impressed with everything you've built. We help practices like yours fill their calendar with 15+ extra appointments every month, no extra ad spend required. Any chance you're open to a short chat next week?"),
])
P("tpl5", "Viktor Lang", "MedMarketing Hub", "CEO")
junk("template_campaign", "template 5/5: same template, wrong profession filled in", [
    ("tpl5", "2026-01-27 04:11", "Hi Bronwyn, came across your profile and was really impressed by what you've built as a physiotherapist. We help clinics get 20 new patients a month without increasing their ad budget. Open to a quick chat next week to see if it fits?"),
])
P("merge1", "Sophie Lindqvist", "BrightFunnel", "SDR")
junk("merge_tag_failure", "unfilled {first_name} tag", [
    ("merge1", "2025-04-03 02:55", "Hi {first_name},\n\nI noticed {company_name} is growing fast - congrats! We help companies like yours automate outbound with AI so your team can focus on closing. Worth a 15 minute chat?"),
])
P("merge2", "Aiden Cross", "Cross Digital", "Account Executive")
junk("merge_tag_failure", "wrong name (Brenda) and wrong company", [
    ("merge2", "2025-08-26 05:10", "Hi Brenda, loved reading about Karri Physio Group's recent expansion! We help practices like yours streamline intake with our smart forms. Can I send over a short demo video?"),
])
P("merge3", "Priyanka Rao", "Outbound Engine", "Growth Specialist")
junk("merge_tag_failure", "[Company] placeholder left in", [
    ("merge3", "2025-12-16 03:30", "Hi Bronwyn, I work with leaders at companies like [Company] to help them hire top tech talent 60% faster. Would you be open to learning how we could support [Company]'s hiring goals in 2026?"),
])
P("spon1", "Harbourline Bank", "", "", url="https://www.linkedin.com/company/harbourline-bank")
junk("sponsored_inmail", "Sponsored InMail from a bank", [
    ("spon1", "2025-06-10 12:00", "<p>Hi Bronwyn,</p><p>Running a practice means juggling cash flow. With a Harbourline Business Everyday account, you get <strong>$0 monthly fees</strong> for 12 months &amp; instant payments.</p><p><a href=\"https://harbourline.example/open\">Open an account today</a></p>"),
], title="Sponsored Conversation", subject="Business banking that works as hard as you")
P("spon2", "Apex MBA Online", "", "", url="https://www.linkedin.com/company/apex-mba-online")
junk("sponsored_inmail", "Sponsored InMail for an online MBA", [
    ("spon2", "2025-11-19 12:00", "<p>Bronwyn, ready for your next step?</p><p>Our 100% online Healthcare Leadership MBA fits around your clinic hours. Applications for the March intake close soon &ndash; <a href=\"https://apexmba.example\">download the brochure</a>.</p>"),
], title="Sponsored Conversation", subject="Lead with confidence: Healthcare MBA")
P("award", "Simone Patel", "WA Business Excellence Awards", "Awards Coordinator")
junk("paid_award", "award 'finalist' with an entry fee", [
    ("award", "2025-07-07 10:00", "Congratulations Bronwyn! Karri Lane Occupational Therapy has been shortlisted as a finalist in the 2025 WA Healthcare Business Excellence Awards (Allied Health category). To confirm your finalist status and receive your winner's kit, a participation fee of $695 + GST applies. Places are limited, please confirm by Friday."),
])
P("feature", "Greg Holloway", "Leaders in Health Magazine", "Editorial Director")
junk("paid_feature", "paid magazine feature", [
    ("feature", "2025-09-03 11:45", "Hi Bronwyn, our editorial team has selected you to be featured in our upcoming 'Top 10 Allied Health Leaders to Watch' issue. The feature includes a 2-page profile, professional interview and digital badge. Investment for featured leaders is $1,450. Can I send you the media kit?"),
])
P("podpaid", "Chloe Barnes", "The Healthcare Founders Show", "Guest Booking Manager")
junk("paid_podcast", "podcast guest slot that requires a fee", [
    ("podpaid", "2025-12-08 09:20", "Hi Bronwyn! We'd love to have you as a guest on The Healthcare Founders Show (top 2% podcast globally 🎙️). Our guests share their story with 50k+ listeners. There is a small production fee of $397 to secure your episode. Shall I send the booking link?"),
])
P("fluent", "Rebecca Stanton", "Meridian Consulting Partners", "Director")
junk("fluent_generic_names_company", "polished message naming her company but could go to anyone", [
    ("fluent", "2025-10-28 08:30", "Hi Bronwyn,\n\nKarri Lane Occupational Therapy is clearly doing meaningful work in the community, and I imagine growth brings its own challenges - people, systems and time. At Meridian we partner with purpose-driven organisations to unlock operational excellence and sustainable growth. I'd welcome the opportunity to understand your priorities for the year ahead and share how we've helped similar organisations. Would you be open to a brief conversation?\n\nWarm regards,\nRebecca"),
])
P("recgen", "Tyler Nash", "TalentSurge Recruitment", "Recruitment Consultant")
junk("generic_recruiter", "generic recruiter offering candidates, counterpart of the tailored recruiter", [
    ("recgen", "2025-12-11 06:45", "Hi Bronwyn, are you hiring? We have a pool of pre-screened candidates across sales, admin, IT and healthcare ready to start immediately. No upfront fees. Let me know what roles you're looking to fill!"),
])
P("billgen", "Hamish Ortega", "InvoiceEase", "Sales Executive")
junk("generic_billing_software", "generic invoicing software pitch, counterpart of the tailored billing tool", [
    ("billgen", "2025-10-09 02:15", "Hi Bronwyn, still chasing unpaid invoices? InvoiceEase automates your billing and payment reminders so you get paid 2x faster. Start your free 14-day trial today, no credit card required! 🚀"),
    ("billgen", "2025-10-16 02:15", "Hi Bronwyn, did you get a chance to check out InvoiceEase? Happy to give you a quick demo."),
])
P("photogen", "Ivan Petrov", "ContentKings Media", "Creative Director")
junk("generic_video_agency", "generic video agency, counterpart of the tailored videographer", [
    ("photogen", "2025-11-20 05:00", "Hi Bronwyn, video is the #1 way to grow your brand in 2026. We create scroll-stopping content for businesses of all sizes: reels, TikToks, ads and more. Packages from $799/month. Interested in seeing some examples?"),
])
P("ghost", "Meg Dalton", "Thought Leader Studio", "LinkedIn Ghostwriter")
junk("ghostwriting", "LinkedIn ghostwriting pitch", [
    ("ghost", "2025-06-24 07:00", "Bronwyn, your expertise deserves a bigger audience! I help busy founders post 3x a week on LinkedIn without writing a word. My clients average 10x more profile views in 90 days. Want me to send a sample post written for you?"),
])
P("offshore", "Rahul Verma", "CodeNest Technologies", "Business Head")
junk("offshore_dev", "offshore app development", [
    ("offshore", "2025-05-15 03:45", "Greetings Bronwyn,\n\nWe are a leading IT company providing web development, mobile app development, CRM, ERP, AI and blockchain solutions at affordable cost. Do you have any requirements? Kindly share your requirements so we can provide a quotation.\n\nThanks & Regards"),
])
P("expo", "Natalie Cho", "Perth Health & Wellness Expo", "Exhibitor Sales")
junk("event_sponsorship_sales", "expo stand sales dressed as an invitation", [
    ("expo", "2026-02-24 10:30", "Hi Bronwyn, you're invited to exhibit at the Perth Health & Wellness Expo this May! 12,000 visitors over 2 days. Early bird booths from $2,900. Only 8 allied health spaces left - shall I hold one for Karri Lane?"),
])
P("ai_note", "Ben Archer", "NoteGenie AI", "Founding AE")
junk("generic_ai_notes", "generic AI clinical notes tool with bumps", [
    ("ai_note", "2026-03-03 01:00", "Hi Bronwyn, clinicians spend 2 hours a day on notes. NoteGenie writes them for you in seconds using AI. Join 5,000+ practitioners. Free trial?"),
    ("ai_note", "2026-03-10 01:00", "Hi Bronwyn, following up on NoteGenie - any thoughts?"),
    ("ai_note", "2026-03-18 01:00", "Last try Bronwyn - should I close your file?"),
])
P("franchise_opp", "Scott Rennie", "TherapyPlus Franchising", "Franchise Development Manager")
junk("franchise_pitch", "pitch to convert her practice into a franchise", [
    ("franchise_opp", "2025-08-05 11:00", "Hi Bronwyn, have you considered joining a national network? TherapyPlus franchisees enjoy brand recognition, central marketing and referral pipelines. Independent practices that convert typically see 30% revenue growth. Let's chat!"),
])
P("mlm", "Kerri-Ann Walsh", "Self-employed", "Wellness Entrepreneur | Mum of 3")
junk("mlm_recruitment", "MLM recruitment disguised as opportunity", [
    ("mlm", "2025-07-19 21:30", "Hiii Bronwyn! 💕 Random question but are you open to an extra income stream? I've partnered with an amazing Aussie wellness brand and I'm looking for a few health professionals to join my team. It's all done from your phone! No pressure, happy to send info xx"),
])
P("pitchdeck", "Edward Quaye", "Cloudframe Partners", "Managing Partner")
junk("generic_cybersecurity", "generic cybersecurity audit pitch", [
    ("pitchdeck", "2025-04-15 06:00", "Hi Bronwyn, cyber attacks on small healthcare providers increased 300% last year. Is your patient data protected? We offer a free vulnerability assessment for a limited time. Reply YES to book."),
])
P("spon3", "Trellis HR", "", "", url="https://www.linkedin.com/company/trellis-hr-software")
junk("sponsored_inmail", "Sponsored InMail for HR software", [
    ("spon3", "2026-03-24 12:00", "<p>Hi Bronwyn,</p><p>Onboarding, payroll &amp; rosters in one place. <strong>Try Trellis HR free for 30 days.</strong></p><p><a href=\"https://trellis.example/trial\">Start free trial</a></p>"),
], title="Sponsored Conversation", subject="Spend less time on HR admin")
P("ai_lead", "Nico Ferrante", "Agentic Outreach", "Co-founder")
junk("quick_15_minute_call", "AI SDR pitch asking for 15 minutes, with a bump", [
    ("ai_lead", "2026-04-07 02:20", "Bronwyn - what if you had an AI sales rep prospecting for Karri Lane 24/7? Our clients add $40k pipeline per month. 15 mins Thursday?"),
    ("ai_lead", "2026-04-14 02:20", "Bumping this in case it got buried 👆"),
])

if __name__ == "__main__":
    ex.write(
        Path(__file__).resolve().parents[1] / SLUG,
        {"First Name": "Bronwyn", "Last Name": "Hadley",
         "Headline": "Occupational Therapist | Practice Principal, Karri Lane Occupational Therapy | NDIS, aged care & school programs",
         "Summary": "I run Karri Lane OT in Bayswater, a team of eight OTs and assistants working with NDIS participants, older people living at home and kids in schools across Perth's east. Assistive technology, home modifications, handwriting and sensory programs.",
         "Industry": "Hospital & Health Care", "Geo Location": "Perth, Western Australia, Australia",
         "Websites": "[COMPANY:karrilaneot.com.au]"},
        [{"Company Name": "Karri Lane Occupational Therapy", "Title": "Founder & Practice Principal",
          "Description": "Private OT practice, registered NDIS provider (AT, home mods, therapy supports), aged care and school contracts.",
          "Location": "Bayswater, WA", "Started On": "Mar 2015", "Finished On": ""},
         {"Company Name": "Royal Metro Hospital", "Title": "Senior Occupational Therapist",
          "Description": "Rehab and community outreach.", "Location": "Perth, WA",
          "Started On": "Jan 2009", "Finished On": "Feb 2015"}],
        ["Occupational Therapy", "Assistive Technology", "Home Modifications", "Paediatrics",
         "NDIS", "Aged Care", "Sensory Processing", "Practice Management"],
    )
    print(ex.summary())

"""dev38 persona 1: Gráinne Fitzmaurice, psychotherapist and school counsellor, Dublin.

Written blind to the code (session 5). All message texts are invented and written by hand here;
running this script regenerates ../en-school-counsellor-private-practice-dublin byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-school-counsellor-private-practice-dublin"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Gráinne Fitzmaurice", "https://www.linkedin.com/in/grainne-fitzmaurice-lantern",
               "Lantern Room Counselling", "Psychotherapist & School Counsellor")
ex = Export(SLUG, "2024", owner)
p = ex.person
c = ex.conv

# ---------------------------------------------------------------- people: genuine
p("breda", "Breda Keogh", "Keogh Clinical Supervision", "Clinical Supervisor", connected="2016-03-11")
p("declan", "Declan Moriarty", "Ardcarn Community College", "Deputy Principal", connected="2019-09-02")
p("orla", "Orla Ní Bhriain", "Scoil Mhuire Gan Smál, Inchicore", "Principal", connected="2025-02-20")
p("paula", "Paula Redmond", "", "Parent", connected=None)
p("kieran", "Kieran Doyle", "", "Parent", connected="2024-11-03")
p("lisa", "Lisa Mahon", "Brightwire Software Dublin", "People & Culture Lead")
p("fionn", "Fionn Carberry", "Little Acorns Play Therapy", "Play Therapist", connected="2021-06-14")
p("megan", "Megan O'Shaughnessy", "Practora", "Customer Success Manager", connected="2022-01-19")
p("tadhg", "Tadhg Brophy", "Brophy & Kane Insurance Brokers", "Account Executive", connected="2017-05-08")
p("guild", "Sinéad Lalor", "Irish Guild of Counsellors & Psychotherapists", "Membership Officer",
  connected="2018-10-01")
p("ronan", "Ronan Tierney", "Irish Guild of Counsellors & Psychotherapists", "Leinster Branch Chair",
  connected="2019-04-22")
p("carmel", "Carmel Hegarty", "CareStaff Health Recruitment", "Senior Recruiter", connected="2025-04-28")
p("aisling", "Aisling Furlong", "", "Trainee Psychotherapist", connected="2025-05-30")
p("jennifer", "Jennifer Walsh", "The Dublin Courier", "Education Correspondent")
p("thx1", "Maeve Costigan", "Tallaght Youth Service", "Youth Worker", connected="2025-03-08")
p("thx2", "Eoin Gleeson", "Coláiste Naomh Pádraig", "Guidance Counsellor", connected="2025-03-08")
p("thx3", "Yvonne Dempsey", "", "Counsellor in private practice", connected="2025-03-09")
p("clodagh", "Clodagh Barrett", "St Vincent's University Hospital", "Senior Clinical Psychologist",
  connected="2014-09-30")
p("niamhf", "Niamh Farrell", "", "Secondary teacher", connected="2013-02-02")
p("hugh", "Hugh Lennon", "Lennon Property", "Landlord", connected="2020-08-15")
p("gp", "Dr. Maurice Quinlan", "Rathmines Family Practice", "General Practitioner", connected="2021-02-10")
p("cpd", "Gemma Tully", "Oakfield Training Institute", "Course Administrator", connected="2025-01-12")
p("spammum", "Bernadette Cullen", "", "", connected=None)
p("podfriend", "Ciara Madigan", "", "Psychotherapist, host of 'The Quiet Room' podcast",
  connected="2019-11-11")
p("ucd", "Prof. Anne-Marie Hickey", "Dublin Institute of Counselling Studies", "Programme Director",
  connected="2018-06-01")
p("etb", "Patrick Gorman", "Dublin South ETB", "Wellbeing Coordinator", connected="2023-09-19")
p("acct", "Frances McGrath", "McGrath Accountancy", "Chartered Accountant", connected="2015-01-20")
p("webguy", "Shane Dolan", "Dolan Digital", "Web Developer", connected="2020-03-03")
p("cover", "Lorraine Kinsella", "", "Counsellor / Psychotherapist", connected="2017-07-07")
p("peer1", "Dervla Hanratty", "", "Psychotherapist", connected="2016-10-10")
p("peer2", "Conor Mulvey", "", "Psychotherapist", connected="2016-10-12")
p("student", "Róisín Kavanagh", "Trinity College Dublin", "Student", connected="2025-06-20")
p("safeg", "Tom Bracken", "Ardcarn Community College", "Designated Liaison Person",
  connected="2022-08-30")
p("marian", "Marian Fogarty", "Coláiste Bríde, Clondalkin", "Principal", connected="2024-10-01")
p("client", "Stephen Kirwan", "", "", connected="2024-09-14")
p("grad", "Bríd Nagle", "Ardcarn Community College", "Year Head, 6th Year", connected="2020-01-09")

# ---------------------------------------------------------------- people: wanted pitches
p("w_notes", "Saoirse Kelleher", "Quillnote", "Co-founder")
p("w_web", "Darragh Whyte", "", "Freelance web developer")
p("w_cpd", "Dr. Helen Rafferty", "Adolescent Therapy Institute", "Director of Training")
p("w_rec", "Alan Byrne", "Byrne Education Recruitment", "Education Recruiter")
p("w_ins", "Nuala Corcoran", "Corcoran Therapist Cover", "Broker")
p("w_sand", "Peadar Hennessy", "Sandtray Supplies Ireland", "Owner", connected="2025-05-12",
  invite=("IN", "2025-05-11 20:14", "Hi Gráinne, Breda Keogh suggested I get in touch."))
p("w_books", "Louise Garvey", "Garvey Bookkeeping", "Bookkeeper")
p("w_pub", "Martin Quirke", "Liffey Press", "Commissioning Editor")
p("w_sound", "Gavin Ruane", "QuietWorks Acoustic", "Founder")
p("w_tender", "Elaine Brannigan", "Brannigan Bid Support", "Bid Writer")
p("w_interp", "Oksana Melnyk", "Tochka Interpreting", "Interpreter, mental-health settings")
p("w_design", "Kate Mulcahy", "Mulcahy Design", "Graphic Designer")

# ---------------------------------------------------------------- people: junk
p("j_pms", "Bradley Hurst", "TheraDesk Pro", "Sales Development Rep")
p("j_web", "Vikram Sethi", "PixelRise Web Solutions", "Business Development")
p("j_cpd", "Amber Collins", "CPD Hub Online", "Partnerships")
p("j_rec", "Tyler Grant", "Apex Talent Partners", "Recruitment Consultant")
p("j_ins", "Gordon Pryce", "Shieldwise Insurance", "Business Advisor")
p("j_tend", "Sandra Holm", "TenderWinners", "Growth Consultant")
p("j_solar", "Mick Hanley", "SunSmart Homes", "Energy Consultant")
p("j_crypto", "Elijah Stone", "", "Wealth mentor | Forex | Freedom")
p("j_fork", "Rafael Ortiz", "LiftLine Leasing", "Account Manager")
p("j_ther", "Hannah Bright", "MindMatch Online", "Partnerships Lead")
p("j_leads", "Josh Kramer", "Full Diary Marketing", "Founder")
p("j_like", "Kelvin Asante", "", "Serial Entrepreneur | Investor | Speaker")
p("j_seo", "Priya Nair", "RankLift SEO", "SEO Specialist")
p("j_coach", "Danielle Morrow", "Six Figure Practice", "Business Coach for Therapists",
  connected="2025-02-04", invite=("IN", "2025-02-03 07:48", ""))
p("j_ads", "Ryan Cusack", "Clicks & Co", "Google Ads Partner", connected="2025-06-10",
  invite=("IN", "2025-06-09 21:05", "Hi Gráinne, always good to connect with Dublin professionals."))
p("j_va", "Marisol Reyes", "ReadyHands VA", "Virtual Assistant", connected="2025-08-18",
  invite=("IN", "2025-08-17 13:40", ""))
p("j_bump", "Owen Fletcher", "Leadspring", "Outreach Manager")
p("j_bump2", "Chloe Addison", "BrandBloom Studio", "Brand Strategist")
p("j_t1", "Jason Pike", "Growthwell Partners", "Founder")
p("j_t2", "Melissa Tran", "Apptly", "Client Success")
p("j_t3", "Stefan Krüger", "Terminwerk GmbH", "Geschäftsführer")
p("j_t4", "Liam Proctor", "BookedSolid", "Head of Partnerships")
p("j_t5", "Aoife Sherlock", "Pipeline Ninjas", "Business Development")
p("j_m1", "Trevor Blake", "Zenova Wellness Tech", "Sales")
p("j_m2", "Gary Moss", "Prime Office Supplies", "Account Manager")
p("j_m3", "Natalie Quinn", "Smiles Marketing", "Client Acquisition")
p("j_m4", "Ben Hartigan", "LeadLoop", "Partnerships")
p("j_sp1", "Northbridge Business School", "Northbridge Business School", "",
  url="https://www.linkedin.com/company/northbridge-business-school")
p("j_sp2", "Tillpay", "Tillpay", "", url="https://www.linkedin.com/company/tillpay-payments")
p("j_sp3", "Rosterly", "Rosterly", "", url="https://www.linkedin.com/company/rosterly-hr")
p("j_award", "Jessica Vale", "Irish Health & Wellbeing Excellence Awards", "Awards Coordinator")
p("j_mag", "Conor Wright", "Dublin Business Spotlight", "Features Editor")
p("j_pod", "Sasha Linden", "The Thriving Practitioner Podcast", "Guest Booking")
p("j_bot", "Mark Delaney", "ConverseIQ", "AI Solutions Consultant")
p("j_ghost", "Rebecca Stanton", "AuthorPath Publishing", "Author Success Coach")
p("j_summit", "Luke Bennett", "Wellness Business Summit", "Community Manager")
p("j_oils", "Tara Lyons", "", "Wellness advocate | Mum of 3 | Living my best life",
  connected="2025-09-01", invite=("IN", "2025-08-31 22:10", "Love your profile! Let's connect x"))
p("j_cbt", "Kevin Short", "Accredit Academy", "Course Advisor")

# ================================================================ GENUINE (35)
c("genuine", "supervisor_long_standing", "en", "her clinical supervisor since 2016 arranging supervision", [
    ("breda", "2025-01-08 09:12", "Happy new year Gráinne! Are we back to the second Thursday rhythm for "
     "supervision? I have the 9th or the 16th free at 11."),
    ("me", "2025-01-08 12:40", "Happy new year Breda! The 16th suits better, the 9th is my first day back "
     "in Ardcarn and it'll be mayhem. I've a tricky one I want to bring, a Transition Year lad."),
    ("breda", "2025-01-08 13:02", "16th it is. Bring the process notes if you have them. Kettle will be on."),
    ("breda", "2025-09-02 17:30", "Hope the summer was restful. Same arrangement for this term? Also I'm "
     "putting my fee up to €95 from October, first change in three years, hope that's ok."),
    ("me", "2025-09-03 08:15", "Of course, totally fair. Same arrangement please. See you on the 11th."),
])
c("genuine", "school_referral", "en", "deputy principal refers a student, confidential logistics", [
    ("declan", "2025-02-11 15:47", "Hi Gráinne, hope you're keeping well. We've a second year girl, "
     "parents have consented, who we'd like you to see when you're in on Wednesdays. Form tutor is worried "
     "about attendance since Christmas. Can I pencil her in for the 10.40 slot? I'll leave the consent "
     "form in the usual place."),
    ("me", "2025-02-11 19:05", "Hi Declan, yes, 10.40 Wednesday is free from next week. I'll pick up the "
     "form. Can you ask the tutor to jot down anything they've noticed, dates etc.?"),
    ("declan", "2025-02-12 08:20", "Will do. Thanks a million."),
])
c("genuine", "school_quote_request", "en", "new school asks for a quote for weekly counselling next year", [
    ("orla", "2025-03-04 10:22", "Dear Gráinne, Declan Moriarty in Ardcarn speaks very highly of you. "
     "We're hoping to have a counsellor in one day a week from September (approx 540 students). Could you "
     "send me a quote for a full day per week over the school year, and say whether that would include "
     "time for meeting parents and the care team? Our board meets on the 25th."),
    ("me", "2025-03-04 21:10", "Dear Orla, thank you, and thanks to Declan! I'd be delighted to talk. For "
     "a full day (6 student sessions plus a care team slot) my rate is €480 per day, invoiced monthly for "
     "33 school weeks. Parent meetings within the day are included; evening information nights are €150 "
     "each. I'll email a written quote tomorrow. Would a quick call Thursday help before the board meets?"),
    ("orla", "2025-03-05 08:01", "That's very helpful. Thursday at 4 would suit, I'll ring you."),
    ("orla", "2025-03-27 16:45", "Good news, the board approved it. Can we meet in May to plan?"),
])
c("genuine", "parent_inbound_booking", "en", "parent wants to book sessions for her teenager, asks fees", [
    ("paula", "2025-04-14 22:31", "Hi, sorry for messaging on here, I couldnt find a phone number on your "
     "site. My son is 15 and has been having a very hard time since his dad and I separated. A friend "
     "said you work with teenagers. Do you have any spaces and what do you charge? We're in Harold's Cross "
     "so Rathmines would be ideal"),
    ("me", "2025-04-15 09:02", "Hi Paula, thanks for reaching out, and I'm sorry things are hard at the "
     "moment. I do have a space on Tuesdays at 4.30 from the 29th. Sessions are €70 (I have two reduced "
     "fee places at €45 if that would help). I usually meet a parent first on their own. My number is on "
     "the contact page now, it had fallen off, thank you for flagging!"),
    ("paula", "2025-04-15 09:30", "Thank you so much. Tuesdays are perfect. I'll ring you at lunchtime."),
])
c("genuine", "parent_reschedule", "en", "parent of a client rescheduling, short", [
    ("kieran", "2025-05-19 07:55", "Morning Gráinne, Cian has a county final Thursday evening (!!) any "
     "chance of moving him to Friday? Sorry for short notice"),
    ("me", "2025-05-19 08:40", "No bother at all, Friday 5pm is free. Best of luck to him!"),
    ("kieran", "2025-05-23 21:12", "They won! He'll be unbearable on Friday ha"),
])
c("genuine", "inbound_workshop_lead", "en", "HR lead wants to buy a staff wellbeing workshop, asks rates", [
    ("lisa", "2025-06-03 11:18", "Hi Gráinne, I saw your piece in the Courier about exam stress and "
     "wondered if you do anything for workplaces. Lots of our team are parents of teens and it came up in "
     "our pulse survey. Would you run a lunchtime session (60-75 min, ~40 people, hybrid) on supporting "
     "teenagers through exams? What would the fee be?"),
    ("me", "2025-06-03 13:50", "Hi Lisa, what a lovely idea. Yes, I do a version of that for parents' "
     "associations. For a 75-minute hybrid session with Q&A the fee is €650, plus a one-page handout. "
     "Late September would suit me, before the mocks panic starts."),
    ("lisa", "2025-06-04 09:05", "Perfect. Can you send an invoice to accounts@ once we fix the date? "
     "I'm thinking Wednesday 24th Sept."),
    ("me", "2025-06-04 09:40", "24th is in the diary. I'll send the details."),
])
c("genuine", "peer_joint_offer", "en", "play therapist proposes a joint transition package for schools", [
    ("fionn", "2025-01-27 20:02", "G! Mad idea. Three of the primaries I work with are asking about 6th "
     "class to first year transition. What if we offered a joint package: I do groups in the primaries in "
     "May, you pick them up in first year in September, one fee to the school and we split it. Could pitch "
     "it to the Crumlin cluster. Pint and a chat?"),
    ("me", "2025-01-28 07:30", "Not mad at all, I've been thinking the same. Pint yes. Thursday in the "
     "Bowery? We'd need to sort consent and info sharing properly before we price anything."),
    ("fionn", "2025-01-28 08:14", "Thursday 7. I'll bring a rough costing, something like €2,400 per "
     "school for the year split 50/50?"),
    ("me", "2025-01-28 08:20", "Bring it and we'll pull it apart :)"),
])
c("genuine", "vendor_price_change", "en", "existing practice-software vendor announces a price increase", [
    ("megan", "2025-07-01 10:00", "Hi Gráinne, as one of our longest-standing Practora customers I wanted "
     "to let you know personally before the email goes out: from 1 September the Solo plan moves from "
     "€29 to €36 per month. Nothing changes in your features, and SMS reminders stay included. If you "
     "switch to annual billing before then you keep €29/month for another year."),
    ("me", "2025-07-01 18:22", "Thanks for the heads up Megan. Can you confirm the annual option includes "
     "the secure notes export? I need that for when I close my files."),
    ("megan", "2025-07-02 09:10", "Yes, full export included on every plan. I can switch you over today "
     "if you'd like?"),
    ("me", "2025-07-02 09:25", "Go on so, switch me to annual."),
])
c("genuine", "insurance_renewal_existing", "en", "her broker of many years: renewal, premium up", [
    ("tadhg", "2025-08-12 14:30", "Hi Gráinne, your professional indemnity renews on 1 October. Insurer "
     "is coming in 7% higher this year (sector wide, not a claims thing). Can you confirm roughly how many "
     "client hours per week and whether the school contracts have grown? I'll shop it around as usual."),
    ("me", "2025-08-12 20:11", "Hi Tadhg, about 22 hours a week now, two schools from September (Ardcarn "
     "and Scoil Mhuire in Inchicore), plus the odd workshop. Thanks for shopping around."),
    ("tadhg", "2025-08-20 11:05", "Got a better quote from the second insurer, same cover, €28 cheaper "
     "than last year in fact. Docs by email."),
])
c("genuine", "association_cpd_audit", "en", "professional association: CPD audit notice", [
    ("guild", "2025-03-18 09:00", "Dear Gráinne, you've been randomly selected for this year's CPD audit. "
     "Please upload your CPD log for the last 12 months by 30 April. The portal link is in your member "
     "area. Any questions let me know."),
    ("me", "2025-03-18 12:15", "Thanks Sinéad, will do. Does supervision count towards the hours or only "
     "courses?"),
    ("guild", "2025-03-18 14:40", "Supervision is separate, it doesn't count towards the 30 CPD hours, but "
     "reading groups and conference workshops do."),
])
c("genuine", "event_invite_real_contact", "en", "branch chair invites her to speak at a branch evening", [
    ("ronan", "2025-09-15 19:20", "Gráinne, hope the new term is treating you well. Leinster branch is "
     "doing an evening on counselling in schools on 13 November, and your name came up straight away. "
     "Would you do 30 minutes plus questions? It's in the Ashling, tea and biscuits, no fee I'm afraid "
     "but we'll cover parking!"),
    ("me", "2025-09-16 08:00", "Ronan, I'd be glad to. Happy to speak about working across two schools "
     "and the referral pathways. Send me the details."),
])
c("genuine", "recruiter_engaged_by_owner", "en", "owner contacted a health recruiter about part-time roles", [
    ("me", "2025-04-28 21:30", "Hi Carmel, thanks for connecting. I'm a psychotherapist in private "
     "practice and school counselling. I'm curious about part-time (2 days) roles in youth mental health "
     "services in south Dublin from next year. Do you handle those?"),
    ("carmel", "2025-04-29 09:45", "Hi Gráinne, great to hear from you. Yes, I have a 0.4 FTE senior "
     "counsellor post with a youth service in Tallaght, €58-64k pro rata, start January. I'd need a CV "
     "and your accreditation details. No obligation, happy to have a chat first."),
    ("me", "2025-04-29 12:00", "Could we talk Friday? I'd want to keep Wednesdays for Ardcarn."),
    ("carmel", "2025-04-29 12:30", "Friday 2pm, I'll ring you. Wednesdays shouldn't be a problem."),
])
c("genuine", "applicant_placement", "en", "trainee asks for a placement / associate room, sends CV", [
    ("aisling", "2025-05-30 16:22", "Dear Gráinne, I am in the third year of my psychotherapy training "
     "and I'm looking for a placement for 2025/26, ideally with adolescents. I've attached my CV. I "
     "understand you may not take trainees but I'd be very grateful for even a short conversation. I also "
     "volunteered with Childline for two years."),
    ("me", "2025-06-02 10:10", "Hi Aisling, thank you for your message. I can't offer a clinical placement "
     "in private practice, but Ardcarn may be open to a trainee under the school's supervision structure. "
     "I'll ask Declan. Would you like to meet for a coffee in the meantime?"),
    ("aisling", "2025-06-02 10:45", "That would be brilliant, thank you so much. Any morning next week."),
], attachments={0: "https://www.linkedin.com/dms/aisling-furlong-cv.pdf"})
c("genuine", "journalist_request", "en", "education journalist asks for a comment on exam stress", [
    ("jennifer", "2025-05-27 13:05", "Hi Gráinne, I'm writing a piece on Leaving Cert stress for Monday's "
     "paper. Would you be willing to give me 3-4 lines on what parents can actually do in the last two "
     "weeks? Deadline Friday noon, sorry it's tight."),
    ("me", "2025-05-27 15:40", "Hi Jennifer, happy to. Briefly: keep routines boring, food and sleep "
     "first, don't do post-mortems after each paper, and let them know the result doesn't decide their "
     "worth. I can ring you if you need more."),
    ("jennifer", "2025-05-27 15:52", "That's perfect, thank you!"),
])
c("genuine", "thanks_after_talk", "en", "thank-you note after her conference workshop (1 of 3)", [
    ("thx1", "2025-03-09 10:14", "Hi Gráinne, just wanted to say thanks for your workshop at the Guild "
     "conference in Athlone yesterday. The bit about the 'walking session' with boys really stuck with me. "
     "Would you mind sharing the slides?"),
    ("me", "2025-03-09 18:00", "Thanks Maeve, so glad it was useful. I'll send them on Monday."),
])
c("genuine", "thanks_after_talk", "en", "thank-you note after her conference workshop (2 of 3)", [
    ("thx2", "2025-03-09 11:30", "Gráinne, thanks for a great workshop in Athlone yesterday. Really "
     "practical. If you're ever sharing the slides I'd love a copy. Eoin"),
])
c("genuine", "thanks_after_talk", "en", "thank-you note after her conference workshop (3 of 3)", [
    ("thx3", "2025-03-09 21:47", "Hello Gráinne, thank you for the workshop yesterday at the conference, "
     "it was the best session of the weekend for me. Would you be willing to share your slides? Thanks "
     "again, Yvonne"),
    ("me", "2025-03-10 09:05", "Thank you Yvonne, that's very kind. Slides on the way by email."),
])
c("genuine", "owner_started_colleague_referral", "en", "owner asks an old colleague for a specialist referral", [
    ("me", "2025-02-24 20:30", "Clodagh, hope you're well. Quick one: do you know anyone taking on "
     "adolescent eating disorder referrals privately on the southside at the moment? Family I'm working "
     "with have been on a waiting list for months."),
    ("clodagh", "2025-02-25 07:50", "Hi love. Try Dr Sorcha Lynch in Milltown, she has a few spaces. Tell "
     "her I sent you. We must get that lunch we keep promising!"),
    ("me", "2025-02-25 08:02", "You're a star. Lunch in March, I'll text you."),
])
c("genuine", "old_friend_small_talk", "en", "friend from college, chat and plans", [
    ("niamhf", "2024-12-19 22:05", "Are you around for the Christmas drinks on the 27th? Grogan's as "
     "always. The whole gang is coming, even Ciarán from Galway"),
    ("me", "2024-12-20 08:10", "Wouldn't miss it! Finished in Ardcarn today, I am fried."),
    ("niamhf", "2024-12-20 08:12", "Ha same, 2nd years were feral. See you there x"),
])
c("genuine", "landlord_rent", "en", "landlord of her therapy room, rent review", [
    ("hugh", "2025-06-20 12:00", "Hi Gráinne, hope all good. Rent review on the room is due in August. "
     "I'm proposing €620/month from September (from €580) and I'll get the sash windows in the front room "
     "sorted over the summer. Let me know your thoughts."),
    ("me", "2025-06-21 10:30", "Hi Hugh, thanks. €620 is ok if the windows are done, the draught and "
     "street noise are a real issue for confidentiality. Could you confirm the dates for the work?"),
    ("hugh", "2025-06-21 11:15", "Windows week of 11 August. Deal."),
])
c("genuine", "gp_referral", "en", "GP refers an adult patient, asks availability", [
    ("gp", "2025-01-15 13:10", "Dear Gráinne, I have a patient in her 30s, low mood following a "
     "bereavement, who would prefer to see someone locally rather than wait. Would you have capacity "
     "in the next few weeks? I'll give her your details with her consent."),
    ("me", "2025-01-15 18:45", "Dear Maurice, thanks for thinking of me. I can offer a Monday morning "
     "from early February. Please do pass on my number."),
])
c("genuine", "cpd_course_booked", "en", "CPD provider she booked with sends joining details and invoice", [
    ("me", "2025-01-12 19:00", "Hi Gemma, I've just booked the Working with Self-Harm in Adolescents "
     "course (Feb, 3 Saturdays). Can you send an invoice to the practice? I need it for my accounts."),
    ("cpd", "2025-01-13 10:20", "Hi Gráinne, thanks for booking. Invoice attached (€420). Joining details "
     "and the reading list will come a week before. Parking is free on Saturdays."),
], attachments={1: "https://www.linkedin.com/dms/oakfield-invoice-2025-014.pdf"})
c("genuine", "genuine_in_spam", "en", "former client's mother says thank you; landed in spam", [
    ("spammum", "2025-06-30 21:40", "Hello Gráinne you wont remember me but you saw my daughter Leah two "
     "years ago when she was in 3rd year. She got her Leaving Cert results and she's off to do nursing in "
     "Galway. I just wanted you to know. Thank you for everything you did for her. Bernadette"),
], folder="SPAM")
c("genuine", "podcast_invite_real_contact", "en", "colleague invites her onto her unpaid podcast", [
    ("podfriend", "2025-07-22 10:30", "Gráinne! Series 4 of The Quiet Room is about therapy with young "
     "people and I'd love you on it. 40 mins, recorded in my kitchen, no fees either way, we just chat. "
     "Any Friday in September?"),
    ("me", "2025-07-22 14:00", "Ciara I'd love that. Friday 19th? I'm terrible on recordings though, "
     "you'll have to edit out all my ums"),
    ("podfriend", "2025-07-22 14:05", "Everyone says that. 19th at 11, I'll have scones."),
])
c("genuine", "guest_lecture_paid", "en", "programme director offers her a paid guest lecture", [
    ("ucd", "2025-08-28 09:30", "Dear Gráinne, we'd love you to give the guest lecture on school-based "
     "counselling for our MSc students again this year, 2 hours on 21 October. The honorarium is €300. "
     "Last year's feedback was excellent."),
    ("me", "2025-08-28 11:45", "Dear Anne-Marie, thank you, I'd be happy to. The 21st is a Tuesday so "
     "afternoon would be best."),
    ("ucd", "2025-08-28 12:10", "2-4pm, room 1.14. Thank you!"),
])
c("genuine", "etb_panel_rates", "en", "ETB wellbeing coordinator asks for rates for their panel", [
    ("etb", "2025-04-02 15:00", "Hi Gráinne, we're updating our panel of approved counsellors for the "
     "schools in the ETB. Would you send your current sessional rate and your accreditation number? "
     "The formal procurement goes out on eTenders later in the year but I'd like your details on file."),
    ("me", "2025-04-03 08:30", "Hi Patrick, sessional rate is €75 for schools (€70 private). Accreditation "
     "number to follow by email. Thanks for including me."),
])
c("genuine", "accountant_long_standing", "en", "her accountant since 2015, tax return documents", [
    ("acct", "2025-09-10 10:00", "Hi Gráinne, Form 11 deadline coming up. Can you send me the school "
     "invoices for 2024 and the Practora statements? Also, did you buy any equipment last year?"),
    ("me", "2025-09-10 21:00", "Hi Frances, will send tomorrow. Only a new armchair and a white noise "
     "machine, receipts in the folder."),
    ("acct", "2025-09-11 09:15", "Grand, thanks."),
])
c("genuine", "existing_web_hosting_renewal", "en", "the developer who built her site, hosting renewal price", [
    ("webguy", "2025-03-20 11:00", "Hi Gráinne, your hosting and domain renew next month, €190 for the "
     "year (went up €20, sorry, my provider increased). Want me to renew as usual? Also happy to fix that "
     "contact form thing you mentioned."),
    ("me", "2025-03-20 19:30", "Yes please renew, and yes to the form, people keep telling me it's not "
     "working on their phones."),
    ("webguy", "2025-03-21 10:00", "On it."),
])
c("genuine", "colleague_cover", "en", "colleague agrees to cover urgent contacts during her holiday", [
    ("me", "2025-07-10 16:00", "Lorraine, would you be able to be my emergency contact for clients again "
     "while I'm in Kerry 1-15 August? Same as last year. I'll return the favour in October."),
    ("cover", "2025-07-10 17:30", "Of course. Send me the sheet. Enjoy Kerry, hope the weather behaves!"),
])
c("genuine", "peer_group_scheduling", "en", "peer supervision group sorting a date", [
    ("peer1", "2025-10-01 20:00", "Peer group: October? I can do 14th or 21st evening."),
    ("peer2", "2025-10-01 20:45", "21st for me, 14th is parent teacher meeting for my lot."),
    ("me", "2025-10-02 07:30", "21st works. My place this time, 7.30, I'll do soup."),
], title="Peer group", extra=["peer2"])
c("genuine", "former_student_thanks", "en", "former school student now at university says thanks", [
    ("student", "2025-06-21 14:00", "Hi Ms Fitzmaurice! Not sure if you remember me from Ardcarn. Just "
     "finished first year in Trinity and got a 2.1 in everything. I wouldn't have got through 5th year "
     "without our Wednesdays. Thank you"),
    ("me", "2025-06-21 19:20", "Róisín, of course I remember! That is fantastic news, well done. Mind "
     "yourself over the summer."),
])
c("genuine", "safeguarding_logistics", "en", "school DLP arranging the safeguarding refresher", [
    ("safeg", "2025-08-25 10:00", "Hi Gráinne, the Children First refresher for staff is on the 29th at "
     "9.30. You're not obliged as external but you're welcome. Also I've updated the reporting flowchart, "
     "copy in your pigeonhole."),
    ("me", "2025-08-25 12:00", "Thanks Tom, I'll come along, good to hear it with the staff."),
])
c("genuine", "owner_started_outreach_to_school", "en", "owner offers her service to a school principal", [
    ("me", "2024-10-01 20:15", "Dear Marian, thank you for connecting. We met briefly at the Dublin South "
     "principals' wellbeing morning. I provide in-school counselling to Ardcarn CC and have one day a week "
     "free from January. If Coláiste Bríde is looking at counselling support I'd be happy to send you "
     "information."),
    ("marian", "2024-10-03 09:40", "Dear Gráinne, thanks for following up. We are actually stretched at "
     "the moment, please send the information and your rates and I'll bring it to the care team."),
    ("me", "2024-10-03 19:00", "Will do, thank you Marian."),
    ("marian", "2024-11-12 14:20", "We'd like to start with a half day from January if that still works?"),
])
c("genuine", "client_receipt_request", "en", "adult client asks for receipts for a health insurance claim", [
    ("client", "2024-12-09 18:30", "Hi Gráinne, sorry to bother you. My health insurer needs receipts with "
     "your accreditation number on them to pay out for the sessions since September. Could you send them "
     "when you get a chance? No rush before Christmas."),
    ("me", "2024-12-10 09:15", "Hi Stephen, not a bother. I'll email a combined receipt for the 11 "
     "sessions today."),
    ("me", "2024-12-10 09:16", "(and see you Thursday as usual)"),
], folder="ARCHIVE", drafts={2})
c("genuine", "event_invite_graduation", "en", "year head invites her to the 6th year graduation", [
    ("grad", "2025-05-07 12:45", "Gráinne, the 6th years asked specifically that you be invited to the "
     "graduation mass and dinner on the 22nd. Seven o'clock in the hall. They'd be thrilled if you came, "
     "you've seen a fair few of them through."),
    ("me", "2025-05-07 16:30", "Ah Bríd that's so lovely. Tell them I'll be there, wouldn't miss it."),
])

# ================================================================ WANTED PITCHES (12)
c("wanted_pitch", "notes_software_from_post", "en", "notes app founder references her post on paper notes and GDPR", [
    ("w_notes", "2025-02-18 10:40", "Hi Gráinne, I read your post last week about still keeping paper "
     "process notes in a locked cabinet because you don't trust where cloud notes are stored, and the "
     "line about 'GDPR requests keep me up at night'. I'm one of two founders of Quillnote, a notes tool "
     "built with Irish therapists: data stays in Dublin, notes are encrypted on your device, and a subject "
     "access request export is one click, with process notes kept separate as the Guild guidance suggests. "
     "No pressure at all, but if you want I can show you in 20 minutes, or just send you our DPIA so you "
     "can read it first."),
    ("me", "2025-02-18 21:00", "Send me the DPIA please, I'll have a read."),
])
c("wanted_pitch", "web_fix_from_site_visit", "en", "freelancer visited her site, found the mobile booking form broken", [
    ("w_web", "2025-03-12 09:15", "Hi Gráinne, I hope you don't mind me reaching out. I was looking for a "
     "counsellor for my niece and found your site. On my phone (iPhone, Safari) the contact form on the "
     "'Appointments' page spins and never sends, and the phone number isn't in the footer on mobile. "
     "Desktop works fine. It looks like a plugin conflict on the WordPress form. I'm a freelance developer "
     "in Drumcondra; happy to tell you exactly what's wrong for free so your own developer can fix it, or "
     "I can do it for a small fixed fee."),
])
c("wanted_pitch", "cpd_from_her_talk", "en", "training director references her Athlone workshop", [
    ("w_cpd", "2025-03-24 14:30", "Dear Gráinne, I was in the room for your workshop at the Guild "
     "conference and was struck by your point about boys who disclose self-harm only in 'side by side' "
     "settings. We're running a 2-day certificate in Adolescent Risk Assessment in May that builds exactly "
     "on that, including walk-and-talk and school-based safety planning. Given your two-school caseload "
     "I thought it might be genuinely useful. 12 CPD hours, €380. I'd also love to have you as a guest "
     "contributor on day 2 if you were open to it."),
])
c("wanted_pitch", "recruiter_relevant_role", "en", "education recruiter with a relevant school counsellor role", [
    ("w_rec", "2025-05-06 11:00", "Hi Gráinne, I'm recruiting a school counsellor for a new pilot across "
     "three DEIS secondary schools in Dublin 12 and 22, two days a week, funded for three years. I noticed "
     "you've been in Ardcarn in Crumlin since 2019 and you speak about cross-school referral pathways, "
     "which is the core of the role. It could sit alongside your practice. Salary band €62-70k pro rata. "
     "Would you like the job spec?"),
    ("me", "2025-05-06 20:00", "Hi Alan, please do send the spec, no promises."),
])
c("wanted_pitch", "insurance_from_register", "en", "broker read the CORU register changes relevant to her", [
    ("w_ins", "2025-04-09 09:50", "Hi Gráinne, with the counsellor/psychotherapist register opening under "
     "CORU this year, many practitioners who work in schools as well as privately are finding their "
     "indemnity policy only covers one setting. Your profile shows both. We're a small broker that only "
     "insures therapists and we've written a one-page checklist on what the new registration means for "
     "cover. Happy to send it, no strings; if you ever want a second quote, I'm here."),
])
c("wanted_pitch", "supplier_via_mutual_contact", "en", "sandtray supplier referred by her supervisor by name", [
    ("w_sand", "2025-05-12 08:30", "Hi Gráinne, thanks for connecting. Breda Keogh mentioned at her "
     "supervision group that you were thinking of bringing sandtray work into your room for the younger "
     "teens and that space is tight. We make a fold-down wall-mounted tray (60x50) that fits small rooms, "
     "and miniature starter sets. Breda has one in her practice if you want to see it. Happy to drop one "
     "over to Rathmines for you to try."),
    ("me", "2025-05-12 13:10", "Ah that's great, yes I'd love to see it. I'll ask Breda on Thursday too."),
])
c("wanted_pitch", "bookkeeper_specific_problem", "en", "bookkeeper names her late-paying school invoices problem", [
    ("w_books", "2025-06-16 10:20", "Hi Gráinne, I heard you on Ciara Madigan's podcast episode last year "
     "saying the hardest part of school work is chasing invoices that go through boards of management and "
     "take 60+ days. I do bookkeeping for about 15 therapists and allied health folks and I handle exactly "
     "that: monthly invoicing to schools and ETBs, chasing, and keeping the VAT exemption records tidy "
     "for your accountant. From €60 a month. If that's not a headache anymore, ignore me!"),
])
c("wanted_pitch", "publisher_from_press", "en", "publisher read her newspaper quote, invites a book chapter", [
    ("w_pub", "2025-06-05 15:00", "Dear Gráinne, I read your comments in Monday's Dublin Courier on exam "
     "stress ('keep routines boring') and they were the most sensible thing in the piece. We're "
     "commissioning an edited book for Irish parents of teenagers, out next autumn, and I'd like to invite "
     "you to write the chapter on exams and pressure (about 5,000 words). Contributors receive a fee and "
     "royalty share. Would you be open to a call?"),
    ("me", "2025-06-06 09:00", "Dear Martin, how lovely. Yes, let's talk. Could you send the outline?"),
])
c("wanted_pitch", "soundproofing_from_her_setup", "en", "acoustic firm saw her post about noise in her Georgian room", [
    ("w_sound", "2025-06-24 12:00", "Hi Gráinne, you posted a photo of your room in Rathmines asking how "
     "other therapists deal with street noise and being overheard through the door. Old sash windows and "
     "a panelled door like that are the two weak spots. Secondary glazing often isn't allowed on protected "
     "structures, but a removable acoustic panel for the inner window and a drop seal on the door usually "
     "cut speech noise by about half. We've done four therapy rooms in Georgian houses. Happy to call out "
     "and measure for free."),
])
c("wanted_pitch", "bid_writer_from_tender", "en", "bid writer references the ETB counselling tender on eTenders", [
    ("w_tender", "2025-10-06 10:30", "Hi Gráinne, Dublin South ETB has just published its tender for "
     "school counselling services (on eTenders, closing 14 November, 4 lots by area). Lot 2 covers Crumlin "
     "and Inchicore, where you already work in two schools. Sole practitioners often lose marks on the "
     "quality sections (safeguarding policy, clinical governance) rather than on price. I've helped three "
     "counsellors bid for similar panels. I can review your draft for a fixed €350. Good luck either way!"),
    ("me", "2025-10-06 21:00", "Thanks Elaine, I'd missed that it was out. Let me read it first and I'll "
     "come back to you."),
])
c("wanted_pitch", "interpreter_from_post", "en", "interpreter saw her post on Ukrainian students", [
    ("w_interp", "2025-02-04 16:00", "Dear Gráinne, I saw your post about the number of Ukrainian students "
     "in your school and how hard it is to offer counselling through a classmate translating. I am a "
     "Ukrainian and Russian interpreter trained specifically for mental-health sessions (confidentiality, "
     "first-person interpreting, debrief after). I work with two HSE services. If the school has funding "
     "I could be available on Wednesdays."),
    ("me", "2025-02-05 08:40", "Oksana, thank you. I'll raise it with the principal this week."),
])
c("wanted_pitch", "designer_from_her_leaflet", "en", "designer critiques her school referral leaflet from a photo", [
    ("w_design", "2025-09-09 13:00", "Hi Gráinne, I saw your photo of the new referral leaflet for "
     "students. The content is lovely but the self-referral QR code sits on the fold and won't scan, and "
     "the grey-on-teal text will be hard to read for some students with dyslexia. I design for a few "
     "youth services and I'd happily fix both for €120, or just send you the two changes to make yourself."),
])

# ================================================================ JUNK (38)
c("junk", "generic_practice_software", "en", "generic practice software pitch, counterpart of Quillnote", [
    ("j_pms", "2025-02-25 15:12", "Hi Gráinne, are you still using spreadsheets to manage your practice? "
     "TheraDesk Pro is the #1 all-in-one platform for healthcare professionals: scheduling, billing, "
     "notes, telehealth and more. Practices like yours save 10 hours a week. Can I send you a demo link?"),
    ("j_pms", "2025-03-04 09:01", "Hi Gráinne, just circling back on this. Would Thursday or Friday work "
     "for a 15-min demo?"),
])
c("junk", "generic_web_redesign", "en", "generic web redesign, counterpart of the site-visit fix", [
    ("j_web", "2025-03-15 06:30", "Hello, I visited your website and found it is not up to date with modern "
     "standards. We are offering Website redesign, SEO, E-commerce, Mobile app at affordable price. Please "
     "share your WhatsApp number to discuss further. Regards"),
])
c("junk", "generic_cpd_bundle", "en", "mass CPD webinar bundle, counterpart of the tailored course", [
    ("j_cpd", "2025-03-27 11:11", "Hi there! 🎓 Need CPD hours before your renewal? Get unlimited access to "
     "200+ accredited webinars for just €99/year. Topics include trauma, mindfulness, nutrition, business "
     "skills and more. Offer ends Sunday!"),
])
c("junk", "recruiter_irrelevant_role", "en", "recruiter with an unrelated sales role", [
    ("j_rec", "2025-05-09 14:00", "Hi Gráinne, your background caught my eye! I'm hiring an Account "
     "Executive for a fast-growing SaaS scale-up in Dublin 2. OTE €90k, great culture, hybrid. Your "
     "people skills would be a perfect fit. Open to a chat this week?"),
])
c("junk", "generic_insurance", "en", "generic business insurance pitch", [
    ("j_ins", "2025-04-14 10:00", "Hi Gráinne, are you paying too much for business insurance? Shieldwise "
     "compares 20+ insurers for SMEs in minutes. Most businesses save 30%. Reply YES and I'll send a "
     "quote."),
])
c("junk", "generic_tender_service", "en", "generic tender alert / win service", [
    ("j_tend", "2025-10-08 08:45", "Hi Gráinne, did you know there are over 5,000 public tenders published "
     "in Ireland every year? TenderWinners finds the right ones for your business and our experts write "
     "winning bids. Clients win 3x more contracts. Book your free strategy call: calendly link below."),
])
c("junk", "off_topic_solar", "en", "off-topic home solar panels", [
    ("j_solar", "2025-04-22 17:30", "Hi Gráinne, with SEAI grants still available, now is the perfect time "
     "to go solar! We're installing in Dublin 6 this month. Free survey, no obligation. Interested?"),
])
c("junk", "off_topic_forex", "en", "forex/wealth mentoring scam-ish", [
    ("j_crypto", "2025-01-30 23:50", "Hello dear, how are you doing today? I came across your profile and "
     "I see you are hard working woman. I want to share with you how I make $3,000 weekly with forex "
     "trading with small capital. Are you interested to learn?"),
])
c("junk", "off_topic_forklift", "en", "off-topic forklift leasing", [
    ("j_fork", "2025-07-08 09:20", "Hi Gráinne, LiftLine Leasing offers flexible short and long term "
     "forklift rental for warehouses across Leinster. Electric, diesel and reach trucks available with "
     "next-day delivery. Can I send you our price list?"),
])
c("junk", "offers_what_she_sells", "en", "online therapy platform pitches counselling to her", [
    ("j_ther", "2025-05-20 10:05", "Hi Gráinne! Running a business is stressful. MindMatch connects you "
     "and your team with licensed therapists online within 24 hours, from just €49 a session. Support "
     "your mental health and your staff's wellbeing. Want a free first session code?"),
])
c("junk", "capacity_for_new_clients", "en", "lead-gen agency asks if she can take new clients", [
    ("j_leads", "2025-06-02 08:00", "Hey Gráinne, quick question: do you have capacity for 10-20 new "
     "clients per month? We help therapists and coaches fill their calendars with our done-for-you ads "
     "system. No results, no fee."),
])
c("junk", "like_minded_entrepreneurs", "en", "let's connect as like-minded entrepreneurs", [
    ("j_like", "2025-01-14 12:00", "Hi Gráinne, I'm always looking to connect with like-minded "
     "entrepreneurs who are passionate about growth and making an impact. I think we could add a lot of "
     "value to each other's networks. Let's connect and explore synergies! 🚀"),
])
c("junk", "quick_15_min_call", "en", "quick 15-minute call for SEO", [
    ("j_seo", "2025-08-05 10:30", "Hi Gráinne, I have a few ideas on how Lantern Room Counselling could "
     "rank on page 1 of Google for 'therapist near me'. Do you have 15 minutes this week for a quick call? "
     "I promise it will be worth your time."),
])
c("junk", "connect_then_pitch", "en", "connect-then-pitch: small talk, then coaching offer in message 2", [
    ("j_coach", "2025-02-05 08:12", "Thanks for connecting Gráinne! I love the work you do with teenagers, "
     "such important work 💛"),
    ("j_coach", "2025-02-08 09:30", "I'm curious, have you ever thought about scaling your practice beyond "
     "1:1? My Six Figure Practice programme helps therapists create group programmes and online courses "
     "so they can earn more while working less. I have 2 spots left for February. Want the details?"),
])
c("junk", "connect_then_pitch_after_reply", "en", "connect-then-pitch after she answered the small talk", [
    ("j_ads", "2025-06-11 10:02", "Hi Gráinne, thanks for accepting! Are you based in Dublin city yourself?"),
    ("me", "2025-06-11 19:40", "Hi Ryan, yes, Rathmines."),
    ("j_ads", "2025-06-12 08:55", "Lovely part of town! Reason I ask, we're running Google Ads for a few "
     "Dublin clinics and getting bookings at €11 each. I could set up a campaign for you this week, "
     "management is €399/month plus ad spend. Shall I send a proposal?"),
])
c("junk", "connect_then_pitch_third", "en", "connect-then-pitch: pitch arrives in the third message", [
    ("j_va", "2025-08-19 11:00", "Hi Gráinne! Thank you for accepting my invite 😊"),
    ("j_va", "2025-08-21 11:00", "Hope you're having a great week! What's keeping you busy these days?"),
    ("j_va", "2025-08-25 11:00", "I help busy practitioners get their time back by handling inbox, "
     "calendar, invoicing and social media. Packages from $12/hour. Would you like to see how I could "
     "support you?"),
])
c("junk", "follow_up_bumps", "en", "follow-up bumps with no reply", [
    ("j_bump", "2025-04-01 09:00", "Hi Gráinne, we help service businesses generate 30+ qualified leads a "
     "month on LinkedIn. Worth a chat?"),
    ("j_bump", "2025-04-08 09:00", "Hi Gráinne, just bumping this to the top of your inbox."),
    ("j_bump", "2025-04-15 09:00", "Any thoughts on my last message?"),
    ("j_bump", "2025-04-29 09:00", "I'll assume the timing isn't right. Should I close your file?"),
])
c("junk", "follow_up_bumps", "en", "branding bumps with no reply", [
    ("j_bump2", "2025-09-03 14:00", "Hi Gráinne, your brand deserves to stand out! We create logos, "
     "colour palettes and Instagram templates for wellness brands. Check out our portfolio?"),
    ("j_bump2", "2025-09-10 14:00", "Hey Gráinne, following up in case this got buried 🙂"),
    ("j_bump2", "2025-09-24 14:00", "Hi again! Last follow-up from me."),
])
c("junk", "template_appointments", "en", "shared template 1/5: appointments without ads", [
    ("j_t1", "2025-07-14 10:00", "Hi Gráinne, I came across Lantern Room Counselling and was impressed by "
     "what you're building in Dublin. We help counselling practices get 10-15 qualified appointments every "
     "month without spending on ads. Would you be open to a quick chat to see if it's a fit?"),
])
c("junk", "template_appointments", "en", "shared template 2/5", [
    ("j_t2", "2025-07-16 15:20", "Hi Gráinne, I came across Lantern Room and was really impressed with "
     "what you're building in Rathmines. We help wellness businesses get 10-15 new qualified bookings "
     "every month without paid ads. Open to a quick chat to see if it's a good fit?"),
])
c("junk", "template_appointments", "de", "shared template 3/5, in German", [
    ("j_t3", "2025-07-17 08:40", "Hallo Gráinne, ich bin auf Lantern Room Counselling gestoßen und war "
     "beeindruckt, was Sie in Dublin aufbauen. Wir helfen Praxen, jeden Monat 10-15 qualifizierte Termine "
     "zu bekommen, ganz ohne Werbebudget. Wären Sie offen für ein kurzes Gespräch, um zu sehen, ob es "
     "passt?"),
])
c("junk", "template_appointments", "en", "shared template 4/5", [
    ("j_t4", "2025-07-21 12:05", "Hey Gráinne! Came across Lantern Room Counselling and honestly impressed "
     "by what you're building over in Dublin. We help therapy practices book 10-15 qualified "
     "consultations a month, no ad spend needed. Up for a quick chat to see if it fits?"),
])
c("junk", "template_appointments", "en", "shared template 5/5", [
    ("j_t5", "2025-07-23 09:15", "Hi Gráinne, I came across your practice and I'm impressed by what you're "
     "building in Dublin. We help healthcare businesses land 10 to 15 qualified appointments every month "
     "without ads. Would you be open to a quick chat to see if we're a fit?"),
])
c("junk", "merge_tag_failure", "en", "merge tag {first_name} left unfilled", [
    ("j_m1", "2025-05-13 07:00", "Hi {first_name}, as a leader in {industry}, you know how important "
     "employee wellbeing is. Zenova's wellness app boosts engagement by 40%. Can I show you a 10-minute "
     "demo?"),
])
c("junk", "merge_tag_failure", "en", "placeholder [Company] left in", [
    ("j_m2", "2025-06-17 10:30", "Dear Gráinne, I'm reaching out to see if [Company] would benefit from "
     "reliable office supplies delivered next day. We offer 15% off your first order for new business "
     "accounts."),
])
c("junk", "merge_tag_wrong_name", "en", "wrong first name and wrong business type", [
    ("j_m3", "2025-08-12 13:45", "Hi Siobhan, I noticed Rathmines Dental Care is getting great reviews! "
     "We help dental clinics turn those reviews into new patients with our Smile Funnel system. Fancy a "
     "chat?"),
])
c("junk", "merge_tag_wrong_company", "en", "wrong company in the fill", [
    ("j_m4", "2025-09-16 11:00", "Hi Gráinne, congrats on everything you're doing at Bloom Physio "
     "Clinic! We help clinics like yours automate patient reactivation. Would love to share how."),
])
c("junk", "sponsored_inmail", "en", "sponsored InMail: business school MBA", [
    ("j_sp1", "2025-03-03 12:00", "<p>Hi Gráinne,</p><p>Ready to lead? The Northbridge Executive MBA "
     "fits around your career. Applications for the autumn intake close soon.</p><p>Download the "
     "brochure today.</p>"),
], title="Sponsored Conversation", subject="Your next step: Executive MBA")
c("junk", "sponsored_inmail", "en", "sponsored InMail: payments terminal", [
    ("j_sp2", "2025-05-26 12:00", "<p>Hi Gráinne,</p><p>Take card payments anywhere with Tillpay. "
     "0% fees for your first 3 months.</p>"),
], title="Sponsored Conversation", subject="Get paid faster")
c("junk", "sponsored_inmail", "en", "sponsored InMail: HR rostering software", [
    ("j_sp3", "2025-09-29 12:00", "<p>Hi Gráinne,</p><p>Rosterly makes shift planning effortless for "
     "teams of every size. Start your free trial.</p>"),
], title="Sponsored Conversation", subject="Scheduling your team, sorted")
c("junk", "paid_award", "en", "award nomination that requires a fee", [
    ("j_award", "2025-04-07 09:00", "Dear Gráinne, congratulations! Lantern Room Counselling has been "
     "shortlisted for Counselling Practice of the Year (Leinster) at the 2025 Irish Health & Wellbeing "
     "Excellence Awards. To confirm your place, please complete the entry pack and the €395 + VAT "
     "administration fee by Friday. Gala dinner tickets are available separately."),
])
c("junk", "paid_feature", "en", "paid magazine feature", [
    ("j_mag", "2025-05-05 11:30", "Hi Gráinne, we're putting together our 'Top 10 Therapists in Dublin' "
     "feature for the summer edition and we'd love to include you. A full-page profile with photo is "
     "€650, or a half page for €390. Only 3 places left."),
])
c("junk", "paid_podcast_slot", "en", "podcast guest slot with a production fee", [
    ("j_pod", "2025-06-09 16:00", "Hi Gráinne! Our host loved your profile and would like to invite you as "
     "a guest on The Thriving Practitioner Podcast (top 2% globally!). There is a one-off production and "
     "promotion fee of $297 that covers editing, show notes and social clips. Shall I send the booking "
     "link?"),
])
c("junk", "fluent_generic_names_company", "en", "fluent AI chatbot pitch that names her practice but fits anyone", [
    ("j_bot", "2025-07-29 10:10", "Hi Gráinne, at Lantern Room Counselling you clearly put your clients at "
     "the centre of everything you do. That's exactly why I think ConverseIQ could be a great fit: our AI "
     "assistant answers enquiries 24/7, qualifies leads and books appointments straight into your "
     "calendar, so you never miss an opportunity again. Businesses like yours see a 35% uplift in "
     "conversions within the first month. Would you be open to exploring this together?"),
])
c("junk", "paid_publishing", "en", "pay-to-publish book offer", [
    ("j_ghost", "2025-08-20 15:00", "Hi Gráinne, have you ever thought about writing a book? Becoming a "
     "published author is the #1 way to build authority. Our done-for-you programme takes you from idea "
     "to Amazon bestseller in 90 days. Investment starts at $4,500. Shall we chat?"),
])
c("junk", "paid_summit_ticket", "en", "generic summit ticket push", [
    ("j_summit", "2025-09-08 09:40", "Hi Gráinne, you're invited! The Wellness Business Summit London brings "
     "together 500+ coaches, therapists and healers. Use code LINKEDIN50 for 50% off VIP tickets (now "
     "£249). Don't miss out!"),
])
c("junk", "connect_then_pitch_mlm", "en", "connect then MLM essential oils pitch", [
    ("j_oils", "2025-09-02 20:00", "Hiya Gráinne! Thanks for connecting lovely 😊 how are you?"),
    ("j_oils", "2025-09-04 20:30", "I've been using these amazing oils to help with anxiety and sleep and "
     "honestly they've changed my life. I think your clients would love them too! I'm looking for a few "
     "women to join my team, it's flexible and you can earn from home. Can I send you some info hun?"),
])
c("junk", "cheap_certificate", "en", "mass cheap CBT certificate", [
    ("j_cbt", "2025-10-03 10:00", "Hi Gráinne, become a certified CBT practitioner in just 4 weeks! 100% "
     "online, internationally accredited. Was £1,200, now only £149 for this week only. Enrol now."),
])

ex.write(
    OUT,
    {"First Name": "Gráinne", "Last Name": "Fitzmaurice", "Headline": "Psychotherapist (MIGCP) | School "
     "Counsellor | Working with teenagers and their families",
     "Summary": "I run Lantern Room Counselling in Rathmines, Dublin 6, and work as school counsellor in "
     "Ardcarn Community College, Crumlin. Adolescents, anxiety, bereavement, family change.",
     "Industry": "Mental Health Care", "Geo Location": "Dublin, County Dublin, Ireland",
     "Websites": "[PERSONAL:lanternroomcounselling.ie]"},
    [{"Company Name": "Lantern Room Counselling", "Title": "Psychotherapist", "Description":
      "Private practice for adolescents and adults.", "Location": "Rathmines, Dublin",
      "Started On": "Sep 2017", "Finished On": ""},
     {"Company Name": "Ardcarn Community College", "Title": "School Counsellor (contract)",
      "Description": "", "Location": "Crumlin, Dublin", "Started On": "Sep 2019", "Finished On": ""},
     {"Company Name": "Harbour Youth Project", "Title": "Youth Support Worker", "Description": "",
      "Location": "Dublin", "Started On": "Jan 2012", "Finished On": "Aug 2017"}],
    ["Psychotherapy", "Adolescent Counselling", "Bereavement", "Safeguarding", "Clinical Supervision"],
)

if __name__ == "__main__":
    print(ex.summary())

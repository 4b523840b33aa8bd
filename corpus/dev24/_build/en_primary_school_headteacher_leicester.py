"""dev24 persona (written blind as heldout30, session 4): Persona (heldout30, written blind): Claire Hollingworth, headteacher of Aylestone Brook
Primary School, a 400-pupil primary in Leicester. 2021 export layout; English apart from one
German copy of a mass-sent template. Every message text below is invented and hand-written."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-primary-school-headteacher-leicester"
OWNER = Person("me", "Claire Hollingworth", "https://www.linkedin.com/in/claire-hollingworth-abp",
               "Aylestone Brook Primary School", "Headteacher")
X = Export(SLUG, "2021", OWNER)
p = X.person
c = X.conv

# ---------------------------------------------------------------- people: genuine contacts
p("gov", "Dev Mistry", "Aylestone Brook Primary School", "Chair of Governors", connected="2016-05-12")
p("adviser", "Rachel Okafor", "Leicester City Council", "School Improvement Adviser", connected="2017-09-20")
p("parent1", "Sunita Chauhan", "Leicester Royal Infirmary", "Staff Nurse", connected="2019-10-03")
p("parent2", "Lee Bramley", "Bramley Plastering", "Owner", connected="2020-11-18")
p("y4", "Tom Ashby", "Aylestone Brook Primary School", "Year 4 Teacher", connected="2018-09-05")
p("cater", "Marion Pegg", "Soar Valley School Meals Ltd", "Account Manager", connected="2017-03-14")
p("uniform", "Gary Tilley", "Tilley's Schoolwear", "Director", connected="2015-06-30")
p("trainee", "Aisha Begum", "University of Leicester", "PGCE Primary Trainee", connected="2021-01-11")
p("applicant", "Owen Pritchard", "Braunstone Community Primary", "Class Teacher", connected="2021-03-02")
p("agency_ok", "Natalie Frew", "Kingfisher Education Staffing", "Senior Consultant - Primary", connected="2019-02-25")
p("journo", "Imogen Carr", "East Midlands Echo", "Education Reporter", connected="2020-02-07")
p("head2", "Sanjay Patel", "Rushey Fields Primary", "Headteacher", connected="2014-11-09")
p("head3", "Bev Hollis", "Wigston Lane Primary", "Headteacher", connected="2016-01-22")
p("dance", "Kerry-Ann Lowe", "Step Up Dance Leicester", "Founder", connected="2021-02-15")
p("nursery", "Paul Vickers", "Little Acorns Day Nursery", "Manager", connected="2020-06-01")
p("phonics_buyer", "Hannah Greaves", "Oadby Road Primary", "English Lead")
p("ex_dep", "Marcus Lyle", "Castle Hill Primary", "Headteacher", connected="2013-04-18")
p("gov2", "Ruth Simmonds", "Aylestone Brook Primary School", "Governor", connected="2018-10-10")
p("ofsted_la", "Pete Harrop", "Leicester City Council", "Head of Primary Education", connected="2015-09-14")
p("oldpupil", "Jade Whitfield", "Loughborough University", "Student", connected="2021-04-01")
p("music", "Sophie Brennan", "Leicester-Shire Music Partnership", "Area Coordinator", connected="2018-04-19")
p("author", "Kiran Dhillon", "", "Children's author", connected="2021-01-25")
p("unifriend", "Nicola Thorpe", "Nottingham Trent University", "Senior Lecturer", connected="2012-07-02")
p("ta", "Becky Rowe", "Aylestone Brook Primary School", "Teaching Assistant", connected="2019-09-09")
p("senco", "Farah Hussain", "Rushey Fields Primary", "SENCo", connected="2017-12-01")
p("sport", "Jordan Mears", "Leicester Schools Sport Partnership", "PE Coach", connected="2018-07-16")
p("it", "Alan Cooke", "City Schools ICT Traded Services", "Account Lead", connected="2016-08-23")
p("gurdwara", "Jaswinder Singh", "Guru Nanak Community Centre", "Outreach Volunteer", connected="2019-11-12")
p("pcso", "Kelly Dunmore", "Leicestershire Police", "PCSO", connected="2020-09-28")
p("uni_lect", "Dr Alastair Finch", "University of Leicester", "PGCE Primary Programme Lead", connected="2018-03-08")
p("govcand", "Mohammed Rafiq", "Rafiq Accountancy", "Accountant", connected="2021-03-20")
p("dep", "Lisa Kemp", "Aylestone Brook Primary School", "Deputy Headteacher", connected="2017-09-01")
p("bursar", "Graham Oakes", "Aylestone Brook Primary School", "School Business Manager", connected="2016-03-03")
p("ta_app", "Priya Lakhani", "", "Teaching Assistant (Level 3)", connected="2021-04-14")
p("mentor", "Margaret Dunne", "", "Retired headteacher", connected="2011-02-14")

# ---------------------------------------------------------------- people: wanted pitches
p("w_attend", "Helen Marsh", "PresentPath", "Partnerships Lead", invite=("IN", "2021-02-03 19:40", "Hi Claire, your post on persistent absence really struck a chord - would love to connect."), connected="2021-02-04")
p("w_oracy", "Daniel Osei", "", "Freelance oracy trainer", connected="2020-11-25")
p("w_outdoor", "Fern Whitaker", "Muddy Boots Outdoor Learning", "Founder")
p("w_phonics", "Catherine Rigby", "Rigby Literacy Consulting", "Early Reading Consultant")
p("w_salt", "Amrit Gill", "Talk Together SALT", "Speech and Language Therapist")
p("w_library", "Joe Haddon", "ReadNook Furniture", "Schools Sales")
p("w_devices", "Sam Turville", "Second Byte Refurb", "Education Account Manager")
p("w_supply", "Leanne Cross", "Charnwood Teachers", "Recruitment Consultant - Leicester City")
p("w_cater", "Yusuf Mirza", "Greenplate Kitchens", "Business Development")
p("w_uniform", "Rosie Lang", "Swapshop Uniform", "Co-founder")
p("w_minibus", "Craig Benton", "Midshires Minibus Leasing", "Schools Account Manager")
p("w_mural", "Tasha Reid", "", "Muralist & community artist")

# ---------------------------------------------------------------- people: junk senders
p("j_attend", "Brad Keller", "AttendIQ", "Growth Executive")
p("j_oracy", "Sienna Moor", "Elevate Schools Group", "Head of Partnerships")
p("j_outdoor", "Ryan Platt", "PlayScape Direct", "Sales Executive")
p("j_phonics", "Gemma Lowry", "Phonix Pro", "Regional Lead")
p("j_crypto", "Victor Ansell", "Ansell Wealth Partners", "Wealth Manager")
p("j_seo", "Arjun Mehta", "RankRocket Digital", "SEO Specialist")
p("j_cpd", "Liam Doherty", "Phonics Academy Online", "Partnerships Manager")
p("j_capacity", "Stacey Burke", "LeadFlow Consultants", "Client Success")
p("j_likeminded", "Jason Ward", "Ward Ventures", "Serial Entrepreneur | Investor | Speaker")
p("j_15min", "Chloe Banks", "Edvantage Cloud", "Account Executive")
p("j_ctp1", "Mark Fenwick", "ClassComms", "Regional Director", connected="2021-03-08", invite=("IN", "2021-03-08 08:12", ""))
p("j_ctp2", "Olivia Hart", "Brightwave Leadership", "Executive Coach", connected="2021-01-19", invite=("IN", "2021-01-18 21:05", "Hello Claire, fellow leader in education here - would be lovely to connect!"))
p("j_ctp3", "Ben Sutcliffe", "SafeSite Compliance", "Business Development Manager", connected="2020-12-02", invite=("IN", "2020-12-01 17:30", ""))
p("j_bump1", "Amy Fielding", "Payroll Partners UK", "Business Development")
p("j_bump2", "Tyler Grant", "Schoolsite Studio", "Web Design Consultant")
p("j_tpl1", "Hayley Dunn", "BrightWatt Energy", "Energy Consultant")
p("j_tpl2", "Connor Reeves", "VoltSave Schools", "Energy Partner")
p("j_tpl3", "Megan Price", "EcoBill Solutions", "Senior Consultant")
p("j_tpl4", "Lukas Brenner", "EnergieKonzept Europa", "Key Account Manager")
p("j_tpl5", "Dean Hooper", "PowerWise UK", "Business Energy Advisor")
p("j_merge1", "Kayleigh Moss", "TeachTrack", "Sales Development Rep")
p("j_merge2", "Nathan Cole", "FundFinder Grants", "Grant Advisor")
p("j_merge3", "Sophie Lam", "Sparkle Cleaning Services", "Business Manager")
p("j_merge4", "Warren Fox", "Prime Print Solutions", "Account Manager")
p("j_spon1", "ClassCloud", "", "", url="https://www.linkedin.com/company/classcloud-learning")
p("j_spon2", "Northgate Business School", "", "", url="https://www.linkedin.com/company/northgate-business-school")
p("j_spon3", "FleetLease UK", "", "", url="https://www.linkedin.com/company/fleetlease-uk")
p("j_award", "Gina Roberts", "Education Excellence Awards", "Awards Director")
p("j_podcast", "Rob Mayhew", "The School Leaders Show", "Host & Producer")
p("j_magazine", "Tanya Walsh", "Headship Today Magazine", "Features Editor")
p("j_fluent", "Oliver Grant", "Insight Learning Analytics", "Head of Schools")
p("j_supply", "Zoe Hammond", "TeachNow Recruitment", "Recruitment Consultant")
p("j_cater", "Darren Lewis", "FoodFirst Contract Catering", "New Business Manager")
p("j_ai", "Ethan Rowe", "LessonGenie AI", "Founder")
p("j_franchise", "Steve Morley", "KidsKode Franchising", "Franchise Development")
p("j_minibus", "Gareth Shaw", "AutoLease Direct", "Leasing Specialist")
p("j_mural", "Kyle Dawson", "BrandWall Media", "Creative Director")
p("j_devices", "Priyanka Rao", "TechBridge Solutions", "Business Development Executive")

# ================================================================ GENUINE (35)
c("genuine", "parent_query", "en", "parent asks about Y6 SATs booster sessions; long thread", [
    ("parent1", "2021-03-01 20:14", "Hi Mrs Hollingworth, sorry to message you on here, I couldn't get through on the school phone today. Riya in 6K said there are booster sessions for SATs after half term? Is that for everyone or only some kids? She's a bit worried she's not on the list."),
    ("me", "2021-03-02 07:41", "Hi Sunita, no problem at all. Boosters are Tuesday and Thursday after school from 8 March, they're open to the whole of Year 6 - nobody is left off. Mr Khan will send the letter home on Friday. Tell Riya not to fret, she's doing really well."),
    ("parent1", "2021-03-02 08:05", "Ah thank you that's put her mind at rest. Does she need to bring anything? And is there a snack, she's starving by half 3 lol"),
    ("me", "2021-03-02 08:20", "Just a pencil case! There's toast and fruit at 3.20 before they start."),
    ("parent1", "2021-03-02 08:22", "Brilliant, thanks duck x"),
])
c("genuine", "parent_complaint", "en", "parent unhappy about lunch portions; resolved politely", [
    ("parent2", "2021-02-11 18:50", "Claire its Lee Bramley, Alfie's dad. Not being funny but he's come home starving three days this week saying the jacket potatoes are tiny. Hes 10 and growing. Can someone look at it please"),
    ("me", "2021-02-12 08:10", "Hi Lee, thanks for telling me rather than stewing on it. I've asked our catering manager to check the portion guidance for upper KS2 and I'll pop into the hall myself at lunch today. Children can also ask for seconds of bread and salad - I'll make sure Alfie knows."),
    ("parent2", "2021-02-12 18:31", "Cheers. He said you came round the tables today, he was made up. Seconds of bread went down well"),
    ("me", "2021-02-15 16:02", "Glad to hear it. We've also agreed bigger potatoes for Years 5 and 6 from next week. Let me know if it's still an issue."),
])
c("genuine", "staff_cpd", "en", "Y4 teacher asks to attend maths CPD, cost discussed", [
    ("y4", "2021-01-20 19:22", "Hiya Claire, is it ok if I apply for the mastery maths course at the hub? It's 3 twilights and £120, they've got spaces in Feb. Happy to feed back at staff meeting after."),
    ("me", "2021-01-21 07:05", "Yes go for it Tom. Send Graham the booking link so it comes out of the CPD budget, not your pocket! Feedback at the March staff meeting would be ace."),
    ("y4", "2021-01-21 07:30", "Top, thanks!"),
])
c("genuine", "governance", "en", "chair of governors, budget meeting prep; long-standing contact", [
    ("gov", "2021-03-15 21:03", "Evening Claire. Had a look at the draft budget Graham sent. The deficit for 22/23 is a bit scary if the energy costs go the way he thinks. Can we have 30 mins before FGB on Thursday?"),
    ("me", "2021-03-16 06:58", "Morning Dev. Yes - 5.15 in my office? I'll bring the staffing model with two options. Option B holds a TA post vacant, I don't love it but it's honest."),
    ("gov", "2021-03-16 07:40", "5.15 works. I'll bring biscuits. The good ones, not the council ones."),
])
c("genuine", "governance", "en", "chair of governors, older thread about headteacher appraisal", [
    ("gov", "2019-10-02 19:12", "Claire, the external adviser for your appraisal is confirmed for 14 Nov. Rachel Okafor again, hope that's ok."),
    ("me", "2019-10-02 20:30", "That's fine, Rachel knows us well. Thanks Dev."),
])
c("genuine", "local_authority", "en", "LA adviser arranging visit", [
    ("adviser", "2021-02-22 12:40", "Hi Claire, I'd like to come in for the spring visit - focus on reading in KS1 and the catch-up funding. Any of 9, 10 or 16 March?"),
    ("me", "2021-02-22 16:55", "Hi Rachel, 10 March please. Lisa and our English lead will join. Could you send the agenda beforehand so I can warn the Year 1 team?"),
    ("adviser", "2021-02-23 09:12", "Booked, agenda to follow by Friday. See you on the 10th."),
])
c("genuine", "vendor_price_change", "en", "existing caterer announces meal price increase from April; hard case with prices", [
    ("cater", "2021-02-26 10:15", "Dear Claire,\n\nAs discussed with Graham at our last review, I'm writing to confirm our pricing from 1 April 2021. Due to food inflation and the new living wage rates, the price per paid meal will rise from £2.18 to £2.31. Universal infant free school meal funding stays the same so there's no change for KS1.\n\nI know budgets are tight. I'm happy to come in and go through the menu options that could soften it - we have a 3-week cycle that saves about 6p a meal.\n\nKind regards,\nMarion"),
    ("me", "2021-02-26 14:44", "Thanks Marion, appreciated that you gave us notice. Yes please come in - can you do the week of 8th? Graham will set it up. We'd want to keep the halal and veggie options exactly as they are."),
    ("cater", "2021-02-26 15:20", "Of course, no changes there. I'll liaise with Graham."),
])
c("genuine", "supplier_quote_requested", "en", "owner asks existing uniform supplier for a PE kit quote", [
    ("me", "2021-01-13 17:20", "Hi Gary, hope you and Pam are keeping well. We're thinking of changing the PE kit to a plain navy top with a small embroidered logo to keep costs down for families. Could you quote for a top and shorts, roughly 90 sets a year? And could we keep the price under £12 a set for parents?"),
    ("uniform", "2021-01-14 09:02", "Hello Claire, all well here ta. Good shout. Navy poly top with a 5cm logo is £6.40, shorts £4.10, so £10.50 a set retail. If you let us hold stock in school for September we can shave another 30p. I'll email a proper quote to Graham."),
    ("me", "2021-01-14 12:11", "That's great, thank you. Governors meet on the 28th, I'll come back to you after."),
    ("uniform", "2021-02-01 08:47", "Morning Claire, any news from the governors? No rush, just so I can plan embroidery slots."),
    ("me", "2021-02-01 19:30", "Yes - approved! Graham will send the order for a starting batch. Thanks Gary."),
])
c("genuine", "trainee_placement", "en", "PGCE trainee asks about placement logistics", [
    ("trainee", "2021-01-12 18:05", "Dear Mrs Hollingworth, I've been told I'm placed at Aylestone Brook from 22 Feb with Year 3. Is there anything I should read before I start? I'm really excited (and a bit nervous!)"),
    ("me", "2021-01-13 07:15", "Hi Aisha, welcome! Mrs Patel in Year 3 will be your class mentor. Have a look at our behaviour policy and the Year 3 curriculum map on the website. Come in at 8.15 on your first day and sign in at reception - the parking is a nightmare so maybe get the 14 bus."),
    ("trainee", "2021-01-13 07:40", "Thank you so much, will do!"),
])
c("genuine", "job_applicant", "en", "applicant for Y2 teacher post asks to visit", [
    ("applicant", "2021-03-03 19:45", "Dear Claire, I'm interested in the Year 2 teacher post advertised on the council jobs site. I'm currently at Braunstone Community Primary (4 years, KS1 lead for phonics). Would it be possible to look round before the closing date?"),
    ("me", "2021-03-04 07:50", "Hi Owen, thanks for getting in touch. Visits are on Tuesday 9th at 4pm or Wednesday 10th at 9.30 - which suits? Bring any questions about our phonics scheme, we're changing it this year."),
    ("applicant", "2021-03-04 08:30", "Tuesday 4pm would be perfect, thank you."),
    ("me", "2021-03-04 08:41", "Great, see you then."),
])
c("genuine", "recruiter_engaged", "en", "supply agency she uses sends candidate for maternity cover she asked for", [
    ("me", "2021-02-08 16:30", "Hi Natalie, we need a maternity cover for Year 5 from after Easter to July. Long-term, ideally someone who's taught upper KS2 recently. Could you see who you've got? Usual rates."),
    ("agency_ok", "2021-02-09 11:12", "Hi Claire, thanks for thinking of us again. I've got two: Priya (NQT+2, was at a school in Evington, strong maths) and Colin (experienced, ex-deputy, semi-retired, wants 4 days). Day rate £185 for Priya, £210 for Colin, same terms as last year. Want me to send CVs?"),
    ("me", "2021-02-09 12:01", "Yes please, both. 5 days is really what we need though."),
    ("agency_ok", "2021-02-09 12:20", "CVs emailed. Priya can do 5 days. Shall I book a trial morning?"),
])
c("genuine", "press_enquiry", "en", "local journalist asks for comment on reading garden", [
    ("journo", "2021-04-06 10:02", "Hi Claire, Imogen from the Echo. We're doing a piece on schools that used lottery money for outdoor reading spaces - I saw your reading garden on the school newsletter. Could I come and take a few photos and have a quick chat next week? Happy to go through the press office if easier."),
    ("me", "2021-04-06 12:30", "Hi Imogen, lovely to hear from you. Yes, happy to - I'll need to check photo consent for the children, but Thursday afternoon could work. The council press office like a heads-up, I'll copy them in."),
    ("journo", "2021-04-06 12:45", "Thursday is perfect. Thanks!"),
])
c("genuine", "event_invitation", "en", "fellow head invites her to the city primary heads network meeting", [
    ("head2", "2021-03-10 17:31", "Claire, the primary heads cluster is back in person (fingers crossed) on 29 April at the King Power conference room - I'm chairing. Would you do 10 mins on how you ran the catch-up tutoring? People keep asking me about it."),
    ("me", "2021-03-10 19:02", "Go on then, for you Sanjay. 10 mins max, and I want a decent cup of tea."),
    ("head2", "2021-03-10 19:10", "Ha, I can't promise the tea. Cheers duck."),
])
c("genuine", "peer_joint_offer", "en", "neighbouring head proposes a joint holiday club offer to parents with cost split", [
    ("head3", "2021-03-18 20:10", "Hi Claire, thinking ahead to the summer. The HAF funding for holiday clubs is back. What if Wigston Lane and Aylestone Brook put in a joint offer - one club at your site (your hall is bigger), we supply two staff, costs split 50/50? Provider quoted £28 per child per day, funding covers the FSM kids, we'd charge others £15."),
    ("me", "2021-03-19 07:20", "Ooh I like it. My only worry is the site supervisor's hours - the council will charge us for lettings time. Can we do a call next week and look at numbers? Graham can model it."),
    ("head3", "2021-03-19 07:44", "Perfect. Tues 4pm on Teams? I'll send a link."),
    ("me", "2021-03-19 07:46", "Done."),
])
c("genuine", "inbound_buyer", "en", "dance school wants to hire the school hall, asks price", [
    ("dance", "2021-02-16 14:20", "Hi Claire, thanks for accepting. I run Step Up Dance and we're looking for a hall for Saturday mornings 9-12 from May. Somebody said your school hires out the hall. What would you charge and is there parking?"),
    ("me", "2021-02-16 16:40", "Hi Kerry-Ann, yes we do lettings. The hall is £32 an hour at weekends including the site supervisor, so £96 for the morning, invoiced termly. Parking for about 15 cars on the staff car park. You'd need your own public liability insurance and DBS for staff."),
    ("dance", "2021-02-16 17:02", "That's in budget. Can I come and see it? We have insurance and all DBS'd."),
    ("me", "2021-02-17 08:05", "Of course - Graham our business manager handles lettings, I'll ask him to get in touch."),
])
c("genuine", "inbound_buyer", "en", "nursery asks to rent field and about wraparound places", [
    ("nursery", "2021-03-24 13:00", "Hello Claire, Paul from Little Acorns. We're bursting and wondered if you'd consider renting us part of your field for outdoor play two afternoons a week? Also some of our parents want to buy places at your after-school club for older siblings - is there space and what's the daily rate?"),
    ("me", "2021-03-24 17:15", "Hi Paul. Field - possibly, I need to talk to governors about safeguarding and the gate. After-school club is £9.50 a session till 5.30, £12 till 6. We have spaces Mon, Wed, Fri. Siblings of our own pupils get priority, but I'd happily take your families if they live local."),
    ("nursery", "2021-03-25 08:11", "Thanks, that's really helpful. I'll pass the rates on."),
])
c("genuine", "inbound_buyer", "en", "another school wants to buy places on her phonics CPD", [
    ("phonics_buyer", "2021-02-19 15:30", "Hi Claire, sorry for the message out of the blue - I'm English lead at Oadby Road. We hear you're running the phonics training for the cluster in March. Could we buy 3 places for our Reception and Y1 staff? What's the cost per head?"),
    ("me", "2021-02-19 18:10", "Hi Hannah, not out of the blue at all! It's £60 per person for the two sessions, including the resource pack. Send me names and I'll get Graham to invoice."),
    ("phonics_buyer", "2021-02-22 09:05", "Amazing. Names: Ellie Tate, Jo Marsh and me. Thank you!"),
])
c("genuine", "congrats_event", "en", "congrats after Ofsted Good report (1/3)", [
    ("ex_dep", "2021-04-12 19:22", "Just seen the Ofsted report! Congratulations Claire - Good in every area and that line about the reading culture is all you. So proud of you and the team."),
    ("me", "2021-04-12 20:01", "Thanks Marcus - you laid a lot of those foundations too. Drinks soon?"),
])
c("genuine", "congrats_event", "en", "congrats after Ofsted Good report (2/3)", [
    ("gov2", "2021-04-12 20:40", "Congratulations Claire, just read the report. Well deserved - the whole team should be really proud. See you at FGB."),
    ("me", "2021-04-12 21:05", "Thank you Ruth, and thanks to the governors for everything."),
])
c("genuine", "congrats_event", "en", "congrats after Ofsted Good report (3/3)", [
    ("ofsted_la", "2021-04-13 08:15", "Congratulations Claire, just read the report. Well deserved - please pass my thanks on to the whole team."),
])
c("genuine", "former_pupil_thanks", "en", "former pupil thanks her; landed in SPAM", [
    ("oldpupil", "2021-04-02 23:10", "Hi Mrs H!! You probably don't remember me, I was in your Year 6 class at Braunstone in 2009 (the one who cried at the Twycross Zoo trip lol). I'm doing my teacher training now and honestly a lot of it is because of you. Just wanted to say thank you. Jade x"),
], folder="SPAM")
c("genuine", "owner_outreach", "en", "owner asks music partnership about whole-class ukulele", [
    ("me", "2021-01-27 16:05", "Hi Sophie, are you still running the whole-class ukulele programme for Year 3? We had to stop it in lockdown and the kids keep asking. What would it cost for summer term, two classes?"),
    ("music", "2021-01-28 10:30", "Hi Claire! Yes, it's back from April. Two classes for a term is £640 with the hub subsidy, instruments included. I can pencil you in for Tuesdays?"),
    ("me", "2021-01-28 12:00", "Tuesdays are perfect. Pencil away."),
])
c("genuine", "owner_outreach", "en", "owner invites local author for World Book Day", [
    ("me", "2021-01-25 19:40", "Hi Kiran, I'm head at Aylestone Brook - our Year 2s have fallen in love with your book about the runaway samosa. Would you be up for a virtual visit for World Book Day on 4 March? We have a small budget for author fees."),
    ("author", "2021-01-26 09:15", "Oh this made my morning! Yes I'd love to. My school visit fee is £250 for half a day, virtual is £150. Would a 45 min session with Q&A work?"),
    ("me", "2021-01-26 12:40", "Perfect. I'll get the booking form over."),
    ("author", "2021-03-04 14:20", "Thank you for having me today - those questions about whether samosas have feelings will stay with me forever x"),
])
c("genuine", "friend", "en", "old uni friend small talk and meet-up", [
    ("unifriend", "2021-03-27 10:12", "Claire!! How are you surviving? Are you still doing the parkrun at Victoria Park? We should finally do that walk round Bradgate we keep talking about"),
    ("me", "2021-03-27 11:30", "Nic! Surviving on tea and biscuits. Parkrun is cancelled still but I've been going round anyway. Bradgate Easter holidays? Bring the dog"),
    ("unifriend", "2021-03-27 11:45", "Deal. Tues 6th? I'll bring the flask"),
])
c("genuine", "reference_request", "en", "TA asks for a reference for HLTA course", [
    ("ta", "2021-03-09 20:00", "Hi Claire sorry to bother you at night. Ive applied for the HLTA course at the college and they want a reference from my head. Would you mind? Theres no rush its by the 26th"),
    ("me", "2021-03-10 07:10", "Not a bother at all Becky, I'd be delighted. Send me the link and I'll do it this week. So pleased you're going for it!"),
])
c("genuine", "colleague_resources", "en", "SENCo at partner school shares resources", [
    ("senco", "2021-02-04 15:55", "Hi Claire, Farah from Rushey Fields. I promised Sanjay I'd send you our sensory circuit timetable - it's in the shared drive folder. Happy for your SENCo to pop over and see it running."),
    ("me", "2021-02-04 16:40", "Thank you Farah, that's really kind. I'll get Jas to message you."),
])
c("genuine", "vendor_contract_renewal", "en", "sports partnership coach renews PE contract with new price", [
    ("sport", "2021-03-05 13:20", "Hi Claire, contract for next year: still 2 days a week coaching plus the after-school football club. Price goes up to £5,400 for the year (from £5,100) because of the new minibus for fixtures. Let me know if you want to keep it the same or change days."),
    ("me", "2021-03-05 15:40", "Hi Jordan, we'll keep it. Could we swap the Friday to a Monday though? Friday afternoons are our assembly and celebration time."),
    ("sport", "2021-03-05 16:02", "Should be fine, I'll check with Wigston Lane and come back to you."),
])
c("genuine", "vendor_price_change", "en", "council ICT traded service announces SLA price rise", [
    ("it", "2021-02-17 09:30", "Dear Claire, I'm writing to all our schools ahead of the SLA renewal. From April the Gold ICT support package rises 4% to £7,280 per year; Silver stays at £5,100. The broadband element is unchanged. If you'd like to review which package suits, I can come out. Regards, Alan"),
    ("me", "2021-02-17 12:15", "Thanks Alan. Could you send a breakdown of how many call-outs we used last year? If we're under Silver levels we might step down."),
    ("it", "2021-02-17 14:02", "Will do, I'll pull the report by Friday."),
])
c("genuine", "community", "en", "gurdwara volunteer arranges Vaisakhi assembly visit", [
    ("gurdwara", "2021-03-30 11:10", "Sat Sri Akal Claire ji, last year's Vaisakhi assembly was so well received. We would love to come again on 14 April, maybe with a short talk on seva and the langar. Is that ok?"),
    ("me", "2021-03-30 13:00", "Sat Sri Akal Jaswinder, we'd be honoured. 9.10 in the hall? The children still talk about the parshad!"),
    ("gurdwara", "2021-03-30 13:22", "9.10 is perfect. We will bring some again."),
])
c("genuine", "community_safety", "en", "PCSO about parking outside school gates", [
    ("pcso", "2021-01-29 10:40", "Morning Claire, we've had more complaints from residents on Brookside Road about parking on the zigzags at pick-up. Would you be ok with us doing a couple of visible patrols next week and maybe a note in your newsletter?"),
    ("me", "2021-01-29 11:05", "Morning Kelly, yes please! I'll put something in Friday's newsletter. The Year 6 road safety officers would love to help with a poster campaign too."),
])
c("genuine", "event_invitation", "en", "university programme lead invites her to speak to PGCE trainees", [
    ("uni_lect", "2021-02-10 12:00", "Dear Claire, we'd love you to speak to our primary PGCE cohort on 23 March about what heads look for in ECT applications. 40 minutes plus questions, online. We can offer the usual £100 honorarium. Would you be willing?"),
    ("me", "2021-02-10 19:30", "Dear Alastair, happy to. I'll keep it practical - personal statements that don't start with 'Ever since I was a child...'. No need for the honorarium, put it towards the trainees' book fund."),
    ("uni_lect", "2021-02-11 08:45", "Ha! They will need to hear that. Thank you, I'll send the link."),
])
c("genuine", "governance", "en", "prospective parent governor asks what's involved", [
    ("govcand", "2021-03-21 19:00", "Hi Claire, I'm thinking of standing for parent governor. I'm an accountant so maybe I could help with finance? How much time does it actually take?"),
    ("me", "2021-03-22 07:30", "Hi Mohammed, that's great news. Roughly one evening meeting every half term plus a committee - Resources would love an accountant! There's some training too. I'm happy to have a chat by phone if helpful."),
    ("govcand", "2021-03-22 08:10", "A phone chat would be great, I'll ring the office to book a time."),
])
c("genuine", "staff_group", "en", "SLT group chat about the reopening rota", [
    ("dep", "2021-03-04 18:30", "Rota for Monday attached. I've put myself on the gate at 8.30 and Graham on the car park."),
    ("bursar", "2021-03-04 18:45", "Fine by me. Hi-vis jackets are in the cupboard by the office."),
    ("me", "2021-03-04 19:10", "Thanks both. I'll do the hall and the Year 6 door. Let's meet at 8 for 10 mins. Welcome back chocolate is on me."),
], title="SLT", extra=[])
c("genuine", "job_applicant", "en", "TA applicant follows up on application", [
    ("ta_app", "2021-04-14 17:00", "Dear Mrs Hollingworth, I applied for the Level 3 TA role last week. I've worked 6 years in a SEN school in Beaumont Leys and am fluent in Gujarati and Punjabi. Just wanted to check my form came through ok."),
    ("me", "2021-04-15 07:45", "Dear Priya, yes it did, thank you. Shortlisting is on Monday and we'll be in touch either way by Wednesday."),
])
c("genuine", "long_standing_contact", "en", "retired former mentor, catch-ups across years", [
    ("mentor", "2018-07-20 16:00", "End of another year Claire! Hope you're taking a proper break this summer."),
    ("me", "2018-07-20 18:30", "Thanks Margaret - Cornwall for two weeks, no laptop. Promise."),
    ("mentor", "2019-12-18 10:00", "Happy Christmas to you and the team. Saw the nativity photos on the school page - those tea towel headdresses never change!"),
    ("me", "2020-04-01 20:10", "Margaret, just thinking of you. Running a school from the kitchen table is not something you prepared me for! Hope you're safe."),
    ("mentor", "2020-04-02 09:00", "Nothing prepares anyone for this. You are doing fine, I'm sure. Ring me whenever you need a moan."),
    ("mentor", "2021-04-13 11:00", "I hear congratulations are in order! Proud of you, dear."),
])

# ================================================================ WANTED PITCHES (12)
c("wanted_pitch", "edtech_attendance", "en", "attendance software; cites her post on persistent absence and her 14% figure", [
    ("w_attend", "2021-02-05 12:10", "Hi Claire, thanks for connecting. Your post about persistent absence going from 9% to 14% after the lockdowns - and the bit about the Friday phone calls your office does by hand - stuck with me. I work at PresentPath: we pull the registers from your MIS each morning and send parents a text in their home language (we cover Gujarati, Punjabi, Polish, Somali). A Leicester school similar to yours cut first-day chasing from two hours to twenty minutes. If that's useful I could show you on your own anonymised data; if not, no worries at all."),
    ("me", "2021-02-06 09:20", "Hi Helen, the home-language texts are interesting. Send me something I can show our attendance officer?"),
    ("w_attend", "2021-02-06 10:00", "Will do - two-page summary and the price for 400 pupils (£1.10 per pupil per year) coming to your inbox today."),
])
c("wanted_pitch", "oracy_training", "en", "freelance oracy trainer refers to her talk at the heads conference", [
    ("w_oracy", "2021-01-15 18:40", "Dear Claire, I was in the audience at the East Midlands heads conference in November when you talked about children coming back from lockdown with 'no words for their feelings'. I'm a former Leicester teacher and now train staff in oracy - mainly talk routines in EYFS and KS1. I'd be glad to run a free taster twilight for your Reception and Year 1 team if that fits your plans for next term. No pressure either way."),
    ("me", "2021-01-16 10:05", "Hi Daniel, thanks for this. A taster could work after half term - let me speak to Lisa."),
])
c("wanted_pitch", "outdoor_learning", "en", "outdoor learning supplier visited school website, mentions the new forest school area", [
    ("w_outdoor", "2021-03-12 09:30", "Hi Claire, I saw on the Aylestone Brook website that your Year 1s have started forest school on the patch behind the field (the photos of the den building are ace). Lots of schools at that stage find the ground turns to a bog by March - we make mud kitchens and log circles from local reclaimed timber and could fit them on your site in a day. I'm based in Blaby so can come and look for free."),
])
c("wanted_pitch", "phonics_consultant", "en", "phonics consultant quotes the school's own Ofsted-style report point about KS1 reading", [
    ("w_phonics", "2021-04-14 13:15", "Dear Claire, congratulations on the recent report. I noticed the one area for development was making sure 'pupils who fall behind in phonics in Year 1 catch up quickly'. That's exactly the piece I've been working on with three city schools this year - 6-week keep-up groups your TAs can run themselves. I'd be happy to share the materials and the results from one of those schools if helpful."),
    ("me", "2021-04-14 19:30", "Hi Catherine, yes please share - that's our priority for the autumn."),
])
c("wanted_pitch", "speech_therapy", "en", "speech therapist referred by chair of governors by name", [
    ("w_salt", "2021-02-24 16:20", "Hi Claire, Dev Mistry suggested I get in touch - we sit on the same residents' committee. He said you've got a long wait for NHS speech and language referrals for Reception. I'm an independent SALT and work with two other Leicester primaries on a half-day-a-week basis (screening plus training your TAs). Dev thought it might help with the backlog. Could we have a short chat?"),
    ("me", "2021-02-24 18:00", "Hi Amrit, Dev did mention you. Yes, our wait is 30+ weeks. Let's talk - Monday after school?"),
])
c("wanted_pitch", "library_furniture", "en", "library furniture supplier read the local newspaper piece on the reading garden", [
    ("w_library", "2021-04-20 10:00", "Hi Claire, I read the Echo article about your outdoor reading garden - lovely to see. Imogen's piece mentioned the plan to turn the old ICT suite into a library next. We're a small Leicestershire firm that does school library fit-outs from around £4k, with low kinderboxes for KS1. Happy to send photos of one we did in Syston if useful."),
])
c("wanted_pitch", "device_refurb", "en", "refurb vendor knows her Chromebook setup and MIS", [
    ("w_devices", "2021-03-16 11:45", "Hi Claire, your business manager Graham mentioned at the council ICT forum that half your Chromebooks are on the 2022 auto-update cut-off and that you manage them through Google Admin. We sell refurbished Chromebooks with at least 4 years of updates left and enrol them into your existing admin console before they arrive, so nothing for your techie to do. 30 units would be about £4,200. Would a quote be useful?"),
    ("me", "2021-03-16 15:00", "Yes, send it to Graham and me. The cut-off is a real headache."),
])
c("wanted_pitch", "recruiter_relevant", "en", "recruiter with a specific candidate for her advertised Year 2 post", [
    ("w_supply", "2021-03-05 14:00", "Hi Claire, I saw your Year 2 vacancy on the council jobs board (closing 19 March). I'm working with a teacher who might be a strong fit: 5 years in KS1, currently at a school in Highfields, speaks Gujarati, and lives ten minutes from you. She's looking for a permanent role not supply. No fee unless you appoint - happy to send an anonymised CV."),
    ("me", "2021-03-05 16:30", "Hi Leanne, yes please send it over. Our fee terms will need to go via Graham."),
])
c("wanted_pitch", "catering_tailored", "en", "caterer responds to her parents' survey post on halal options", [
    ("w_cater", "2021-03-23 09:15", "Hi Claire, I saw your post sharing the parent survey results - 38% asking for more halal hot options and the comment about kids skipping the fish on Fridays. We cook in Belgrave and supply four city primaries with a fully halal menu, priced within the £2.30 band. When your catering contract comes up, we'd love to put in a proposal. I can bring tasting samples for the school council anytime."),
])
c("wanted_pitch", "uniform_swap", "en", "preloved uniform platform responds to her post on uniform costs", [
    ("w_uniform", "2021-01-18 20:00", "Hi Claire, your post about families spending £100+ on uniform and the spare-clothes cupboard your office runs really resonated. We run a free preloved uniform rail scheme with two schools in Leicester - the PTA runs it, we supply the rails and a simple booking page, and it costs the school £0 (we're funded by a local trust). Would you like the contact at Mellor Street Primary to hear how it works for them?"),
    ("me", "2021-01-19 07:30", "Yes! Please do pass on their details. Our PTA chair will love this."),
])
c("wanted_pitch", "minibus_lease", "en", "minibus leasing firm saw PTA fundraising target in newsletter", [
    ("w_minibus", "2021-02-25 15:10", "Hi Claire, your newsletter says the PTA is fundraising towards a minibus and is at £6,800 of the £9,000 target. With that as a deposit, a 3-year lease on a 16-seater with D1-free driving (under 3.5t, so staff with a normal licence can drive it) would be about £210 a month. Sharing in case it helps the PTA decide between buying and leasing."),
])
c("wanted_pitch", "mural_artist", "en", "muralist visited school at open evening, proposes mural with pupils", [
    ("w_mural", "2021-03-31 19:20", "Hi Claire, I came to your open evening with my nephew last week and couldn't stop looking at the big grey wall by the infant entrance. I paint murals with children (I did the one at Evington leisure centre). I'd love to design one with your school council - pupils draw, I paint. Around £1,500 including weatherproofing, and there's an arts council small grant I could help you apply for."),
    ("me", "2021-04-01 08:40", "Tasha, that wall depresses me every day! Let's talk after Easter."),
])

# ================================================================ JUNK (38)
c("junk", "generic_edtech", "en", "generic attendance software pitch (counterpart of PresentPath)", [
    ("j_attend", "2021-02-18 10:00", "Hi Claire,\n\nAre you struggling with attendance? AttendIQ is the #1 attendance platform trusted by 2,000+ schools. Automated alerts, beautiful dashboards, AI-powered insights.\n\nWould you be open to a demo this week?\n\nBest,\nBrad"),
])
c("junk", "generic_cpd", "en", "generic school-improvement CPD pitch (counterpart of oracy trainer)", [
    ("j_oracy", "2021-01-28 09:00", "Hello Claire, At Elevate Schools Group we transform teaching and learning through evidence-based CPD. Our programmes cover oracy, metacognition, behaviour and leadership. We have worked with schools across the UK to drive outstanding outcomes. Shall I send over our brochure?"),
])
c("junk", "generic_equipment", "en", "generic playground equipment catalogue (counterpart of mud kitchen)", [
    ("j_outdoor", "2021-03-20 11:30", "Hi there Claire! Spring is here and it's the perfect time to upgrade your outdoor space!! PlayScape Direct offers 20% off all climbing frames, canopies and play bark this month. Check out our full catalogue at the link in my profile."),
])
c("junk", "generic_consultant", "en", "generic phonics programme pitch (counterpart of Rigby)", [
    ("j_phonics", "2021-04-15 08:20", "Dear Headteacher, Phonix Pro is a DfE-aligned systematic synthetic phonics programme used by thousands of children. Let me know if you'd like a free trial for your school."),
])
c("junk", "off_topic_finance", "en", "wealth manager pitching investments to a headteacher", [
    ("j_crypto", "2021-02-02 13:00", "Hi Claire, as a successful professional you've probably thought about how to make your money work harder. Our clients are diversifying into digital assets and property with returns of 12-18%. Would you be open to a quick chat about your financial goals?"),
])
c("junk", "off_topic_seo", "en", "SEO agency pitching a school as a business", [
    ("j_seo", "2021-01-08 05:40", "Hi Claire, I was checking your website and found it's not ranking on Google first page for your main keywords. We can bring your business to top 3 positions in 90 days with guaranteed results. Can I send a free audit report?"),
])
c("junk", "offers_what_she_sells", "en", "online phonics training for her teachers - she runs the cluster phonics training herself", [
    ("j_cpd", "2021-02-23 12:00", "Hi Claire, do your staff need phonics training? Our online course trains Reception and KS1 teachers in just 4 hours, £49 per person with certificate. Perfect for schools who don't have an in-house expert. Group discounts available!"),
])
c("junk", "capacity_for_clients", "en", "asks if she has capacity for new clients", [
    ("j_capacity", "2021-03-11 14:15", "Hey Claire, quick question - do you currently have capacity to take on new clients? We connect consultants with businesses that are actively looking for help. Our members see 5-10 new leads per month."),
])
c("junk", "like_minded", "en", "connect as like-minded entrepreneurs", [
    ("j_likeminded", "2021-01-31 22:10", "Hi Claire, I love connecting with like-minded entrepreneurs and leaders who are making an impact. I think there could be some great synergies between us. Let's connect and see where it goes! Jason"),
])
c("junk", "quick_call", "en", "quick 15-minute call request", [
    ("j_15min", "2021-03-02 10:00", "Hi Claire, hope you're well! I'd love to grab a quick 15 minutes in your calendar to show you how Edvantage Cloud helps schools save time on admin. Does Thursday at 2pm work?"),
])
c("junk", "connect_then_pitch", "en", "connects, small talk, then pitches parent comms app", [
    ("j_ctp1", "2021-03-08 09:01", "Thanks for connecting Claire! How are things in Leicester? Must be a busy time with schools fully back."),
    ("me", "2021-03-08 17:40", "Hi Mark, it is busy but lovely to have everyone back in."),
    ("j_ctp1", "2021-03-09 08:30", "Great to hear! Reason I ask - ClassComms is helping schools replace paper letters and text messages with one app. Most schools save £3k a year. Would you be up for a 20-min demo next week?"),
])
c("junk", "connect_then_pitch", "en", "connects as fellow leader, then pitches coaching package", [
    ("j_ctp2", "2021-01-19 09:10", "Hi Claire, lovely to connect. I really admire the work headteachers have been doing this year. How are you looking after yourself?"),
    ("j_ctp2", "2021-01-26 09:10", "Hi Claire, just following up! I work with school leaders on resilience and burnout. My 12-week Thrive Leader programme is £1,950 and I have two spaces left this term. Shall we book a discovery call?"),
])
c("junk", "connect_then_pitch", "en", "connects, compliments, pitches compliance software", [
    ("j_ctp3", "2020-12-02 10:00", "Hi Claire, thanks for accepting my request. Saw you're a headteacher in Leicester - my mum was a dinner lady at a school in Wigston for years!"),
    ("j_ctp3", "2020-12-04 10:00", "Anyway, the reason I reached out: SafeSite is the all-in-one compliance platform for schools - fire logs, legionella, asbestos registers, all in one place. Can I book you in for a quick demo?"),
    ("j_ctp3", "2020-12-14 09:30", "Hi Claire, did you get a chance to look at my last message?"),
])
c("junk", "follow_up_bump", "en", "payroll outsourcing; three bumps without reply", [
    ("j_bump1", "2021-01-12 09:00", "Hi Claire, we help organisations like yours take the hassle out of payroll and pensions. Can I send you some info?"),
    ("j_bump1", "2021-01-19 09:00", "Hi Claire, just bumping this to the top of your inbox!"),
    ("j_bump1", "2021-01-28 09:00", "Hi Claire, I know you're busy - is payroll something you handle in-house?"),
    ("j_bump1", "2021-02-09 09:00", "Last try! Should I close your file?"),
])
c("junk", "follow_up_bump", "en", "school website redesign; bumps without reply", [
    ("j_bump2", "2021-02-15 16:00", "Hi Claire, I noticed your school website could use a refresh. We build modern, Ofsted-compliant school websites from £2,500. Interested?"),
    ("j_bump2", "2021-02-22 16:00", "Hi Claire, following up on my previous message."),
    ("j_bump2", "2021-03-08 16:00", "Hi Claire, any thoughts? Happy to send examples."),
])
c("junk", "mass_template", "en", "energy template 1/5", [
    ("j_tpl1", "2021-02-01 10:30", "Hi Claire, I came across Aylestone Brook Primary School and was really impressed by what you're doing. We help schools cut their energy bills by up to 30% with zero upfront cost. Would it be worth a quick conversation to see how much Aylestone Brook Primary School could save?"),
])
c("junk", "mass_template", "en", "energy template 2/5", [
    ("j_tpl2", "2021-02-03 14:10", "Hi Claire, I came across Aylestone Brook Primary School and I'm really impressed with what you do. We help schools reduce energy costs by up to 30% with no upfront investment. Would it be worth a short chat to see what Aylestone Brook could save?"),
])
c("junk", "mass_template", "en", "energy template 3/5", [
    ("j_tpl3", "2021-02-08 09:45", "Hello Claire, I recently came across Aylestone Brook Primary and was really impressed by the work you're doing. Our clients cut their energy bills by up to 30%, no upfront cost. Worth a quick conversation to see what your school could save?"),
])
c("junk", "mass_template", "de", "energy template 4/5, sent in German to an English school", [
    ("j_tpl4", "2021-02-09 11:00", "Hallo Claire, ich bin auf Aylestone Brook Primary School gestoßen und war wirklich beeindruckt von Ihrer Arbeit. Wir helfen Schulen, ihre Energiekosten um bis zu 30 % zu senken - ohne Vorabinvestition. Wäre ein kurzes Gespräch sinnvoll, um zu sehen, wie viel Sie sparen könnten?"),
])
c("junk", "mass_template", "en", "energy template 5/5", [
    ("j_tpl5", "2021-02-16 08:30", "Hi Claire - came across Aylestone Brook Primary School and was genuinely impressed by what you are doing. We help schools like yours slash energy bills by up to 30% with zero upfront cost. Could a quick conversation be worthwhile?"),
])
c("junk", "merge_tag_failure", "en", "unfilled {first_name} tag", [
    ("j_merge1", "2021-03-17 07:30", "Hi {first_name}, I noticed {company_name} is growing fast! TeachTrack helps schools track pupil progress in real time. Would you be open to a quick demo?"),
])
c("junk", "merge_tag_failure", "en", "unfilled [School Name] tag", [
    ("j_merge2", "2021-01-21 12:00", "Dear Claire, there is over £50m of grant funding available to schools this year and [School Name] could be missing out. Our grant writers have a 92% success rate. Reply YES and I'll send details."),
])
c("junk", "merge_tag_failure", "en", "wrong name (Janet) in a cleaning pitch", [
    ("j_merge3", "2021-02-26 13:30", "Hi Janet, hope you're well! We're a commercial cleaning company covering Leicester and Leicestershire. We'd love to quote for cleaning your offices. Are you free for a quick call this week?"),
])
c("junk", "merge_tag_failure", "en", "wrong company (Highfield Academy) in a printing pitch", [
    ("j_merge4", "2021-03-25 10:00", "Hi Claire, I noticed Highfield Academy has a big open day coming up - we print banners, prospectuses and signage at trade prices. Let me know if you'd like a quote!"),
])
c("junk", "sponsored_inmail", "en", "sponsored InMail for a learning platform", [
    ("j_spon1", "2021-02-14 12:00", "<p>Hi Claire,</p><p>Join 10,000 teachers using ClassCloud to plan lessons in half the time. Start your free 30-day trial today &ndash; no card needed.</p>"),
], title="Sponsored Conversation", subject="Plan lessons in half the time")
c("junk", "sponsored_inmail", "en", "sponsored InMail for an executive MBA", [
    ("j_spon2", "2021-03-06 12:00", "<p>Claire, ready to take your leadership to the next level?</p><p>Our part-time Executive MBA fits around your career. Applications for September close soon.</p>"),
], title="Sponsored Conversation", subject="Your next career step")
c("junk", "sponsored_inmail", "en", "sponsored InMail for car leasing", [
    ("j_spon3", "2021-04-08 12:00", "<p>Hi Claire, treat yourself this spring.</p><p>Brand new electric cars from &pound;199/month. Exclusive offers for LinkedIn members.</p>"),
], title="Sponsored Conversation", subject="Exclusive EV offers")
c("junk", "paid_award", "en", "award 'finalist' requiring an entry fee", [
    ("j_award", "2021-03-29 15:00", "Dear Claire, congratulations! You've been shortlisted as a finalist for Primary Headteacher of the Year in the Education Excellence Awards 2021. To confirm your place and receive your finalist trophy and feature, there is a participation fee of £495 + VAT. Please confirm by Friday."),
])
c("junk", "paid_podcast", "en", "podcast guest slot with a 'production fee'", [
    ("j_podcast", "2021-02-12 19:00", "Hi Claire, we'd love to have you as a guest on The School Leaders Show (top 5% podcast!). Guests share their leadership story with our 20k listeners. There's a small production fee of £295 to cover editing and promotion. Interested?"),
])
c("junk", "paid_feature", "en", "magazine 'feature' that is paid advertorial", [
    ("j_magazine", "2021-01-25 11:30", "Hi Claire, we're putting together a special feature on 'Inspirational Heads of the Midlands' and would like to include Aylestone Brook. Featured schools contribute £850 towards design and distribution. Can I pencil you in?"),
])
c("junk", "fluent_generic", "en", "fluent pitch naming her school but fits any school", [
    ("j_fluent", "2021-03-19 08:45", "Dear Claire, at Aylestone Brook Primary School you clearly care deeply about every child's progress. That's why I think Insight Learning Analytics could be a game-changer: we turn your assessment data into clear, actionable insights so your leaders can focus on what matters most - the children. Schools like yours are seeing real impact. Would you be open to exploring how we could support Aylestone Brook on its journey?"),
])
c("junk", "generic_recruitment", "en", "generic supply agency pitch (counterpart of Charnwood)", [
    ("j_supply", "2021-03-15 07:50", "Hi Claire, are you looking for supply teachers? TeachNow has hundreds of qualified teachers ready to start tomorrow. Competitive rates. Save my number for when you need cover!"),
])
c("junk", "generic_catering", "en", "generic contract catering pitch (counterpart of Greenplate)", [
    ("j_cater", "2021-03-01 10:20", "Hi Claire, FoodFirst is a leading contract caterer serving schools, hospitals and workplaces nationwide. We'd love the opportunity to discuss your catering requirements. When is your contract up for renewal?"),
])
c("junk", "generic_ai_tool", "en", "AI lesson planning tool pitch", [
    ("j_ai", "2021-04-09 21:30", "Hey Claire! LessonGenie uses AI to write lesson plans, worksheets and reports in seconds. Teachers LOVE it. Would you like free access for your staff? Just reply and I'll set it up."),
])
c("junk", "franchise_offer", "en", "franchise business opportunity", [
    ("j_franchise", "2021-03-26 12:00", "Hi Claire, with your background in education, have you ever thought about running your own business? KidsKode franchise owners earn £60k+ teaching coding to children. Investment from £14,995. Fancy a chat?"),
])
c("junk", "generic_leasing", "en", "generic vehicle leasing pitch (counterpart of minibus lease)", [
    ("j_minibus", "2021-03-03 11:11", "Hi Claire, looking for a new vehicle? AutoLease Direct offers the best prices on vans, cars and minibuses across the UK. Get a quote in 60 seconds on our website!"),
])
c("junk", "generic_signage", "en", "generic wall graphics agency (counterpart of muralist)", [
    ("j_mural", "2021-04-05 09:30", "Hi Claire, transform your walls into powerful brand statements! BrandWall Media creates stunning wall graphics for offices, schools and retail spaces. Free design consultation this month."),
])
c("junk", "generic_it", "en", "generic IT reseller pitch (counterpart of refurb vendor)", [
    ("j_devices", "2021-03-22 06:55", "Hi Claire, I hope this message finds you well. TechBridge Solutions is a leading provider of IT hardware, software and managed services. We offer competitive pricing on laptops, tablets and networking. Please let me know if you have any upcoming requirements."),
])

PROFILE = {
    "First Name": "Claire", "Last Name": "Hollingworth",
    "Headline": "Headteacher at Aylestone Brook Primary School, Leicester",
    "Summary": "Headteacher of a 400-pupil city primary. Early reading, attendance, and making sure every child in our community is known. Proud Leicester lass.",
    "Industry": "Primary/Secondary Education", "Geo Location": "Leicester, England, United Kingdom",
}
POSITIONS = [
    {"Company Name": "Aylestone Brook Primary School", "Title": "Headteacher", "Location": "Leicester", "Started On": "Sep 2016"},
    {"Company Name": "Castle Hill Primary", "Title": "Deputy Headteacher", "Location": "Leicester", "Started On": "Sep 2011", "Finished On": "Aug 2016"},
    {"Company Name": "Braunstone Community Primary", "Title": "Class Teacher / KS2 Lead", "Location": "Leicester", "Started On": "Sep 2004", "Finished On": "Aug 2011"},
]
SKILLS = ["School Leadership", "Early Reading", "Safeguarding", "Curriculum Development", "Primary Education", "Staff Development"]

if __name__ == "__main__":
    X.write(Path(__file__).resolve().parents[1] / SLUG, PROFILE, POSITIONS, SKILLS)
    print(X.summary())

"""heldout16 persona: director of a city library service in Glasgow (2024 layout, English only).

Written blind to the detector, session 3. Every message text below is written by hand.
Run: /work/main/.venv/bin/python corpus/heldout16/_build/en_public_library_director_glasgow.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-public-library-director-glasgow"
OUT = Path(__file__).resolve().parents[1] / SLUG
OWNER = Person("me", "Catriona Baird", "https://www.linkedin.com/in/catriona-baird-4c1e07")

ex = Export(SLUG, "2024", OWNER)
p = ex.person
c = ex.conv

# ====================================================================== genuine

p("gordon", "Gordon Pryce", "Lexicore Systems", "Senior Account Manager, UK Public Sector",
  connected="2019-02-11")
c("genuine", "vendor_price_change", "en",
  "existing library management system vendor announces renewal uplift; owner pushes back on price",
  [("gordon", "2024-01-15 09:12",
    "Hi Catriona, hope the new year's treating you well. A heads-up before the formal letter lands: "
    "from the April renewal the Lexicore LMS subscription goes up 6.5% across all our Scottish "
    "customers (hosting costs plus the new accessibility module being folded in). For Clyde Libraries "
    "that takes the annual figure from £48,200 to £51,333. I know budgets are brutal this year so "
    "I wanted you to hear it from me first rather than from procurement."),
   ("me", "2024-01-15 13:40",
    "Thanks Gordon, appreciate the warning, although I can't pretend it's welcome. We're being asked "
    "to find 4% savings across the service. Would Lexicore look at a three-year term at the current "
    "rate? I'd rather have certainty than the accessibility module, to be honest."),
   ("gordon", "2024-01-16 08:55",
    "Understood. A 3-year term at this year's rate isn't something I can sign off alone but I've "
    "asked. Could we do a call Thursday or Friday? I'll bring our commercial director."),
   ("me", "2024-01-16 09:20", "Friday 11am works. Send the invite to my work address please."),
  ])

p("alison", "Alison Kerr", "Cathcart High School", "Depute Head Teacher", connected="2021-09-02")
c("genuine", "client_quote_request", "en",
  "secondary school asks for a quote for the Schools Library Service subscription; owner answers",
  [("alison", "2024-05-07 16:02",
    "Hello Catriona, we met at the literacy network in March. Our librarian post was cut last year "
    "and the pupils are really feeling it. Could you send me a quote for the Schools Library Service "
    "for session 24/25? About 1,100 pupils, we'd want the book box exchange and ideally a few "
    "author visits. I need something on paper for our SLT by the end of the month."),
   ("me", "2024-05-08 08:31",
    "Hi Alison, lovely to hear from you and sorry about the post, you're not the only school. For "
    "1,100 pupils the standard package is £3,950 for the year; adding three author visits brings it "
    "to £4,600. I've asked Shona in our schools team to put a proper quote together for you and "
    "she'll have it with you by Friday."),
   ("alison", "2024-05-08 09:10", "That's brilliant, thank you! Will look out for Shona's email."),
  ])

p("niamh", "Niamh Osei", "Brightwater Analytics", "Events & Culture Lead")
c("genuine", "inbound_lead_room_hire", "en",
  "tech firm wants to hire the central library reading room for a paid event and asks for rates",
  [("niamh", "2023-09-19 11:47",
    "Hi Catriona, sorry for the cold message! I'm organising our company's 10-year celebration in "
    "November (roughly 120 people, evening, some speeches and a drinks reception). Our team "
    "absolutely loves the Reading Room at Anderston Central and someone said it can be hired. "
    "Could you tell me the rates and who I should speak to? Happy to pay for staff time and "
    "security obviously."),
   ("me", "2023-09-19 14:05",
    "Hi Niamh, not cold at all, this is exactly the kind of booking we want! Evening hire of the "
    "Reading Room is £1,150 plus VAT for up to 4 hours, catering through our approved list. I'm "
    "copying in our venue team by email, they'll confirm dates. Which Friday were you thinking?"),
   ("niamh", "2023-09-19 14:31", "Friday 17th Nov ideally, or the 24th. Amazing, thank you!!"),
  ])

p("derek", "Derek Fullarton", "Westway Housing Association", "Tenant Services Manager",
  connected="2022-03-30")
c("genuine", "inbound_lead_service", "en",
  "housing association wants to buy the home delivery library service for sheltered housing",
  [("derek", "2024-02-27 10:20",
    "Morning Catriona. Our sheltered housing residents in Knightswood keep asking about books. Is the "
    "home delivery service something a housing association can pay for, for a block of 60 flats? "
    "We have a wee bit of wellbeing budget left before March 31st and I'd rather spend it on this "
    "than on another set of leaflets."),
   ("me", "2024-02-27 12:48",
    "Derek, yes! We do a contracted version for housing providers: monthly visit, rotating stock, "
    "large print and audio. For 60 flats it'd be around £2,400 a year. If you want to get it in "
    "before year-end I can get an order form to you this week."),
   ("derek", "2024-02-27 13:02", "Perfect, send it over. I'll get it signed off."),
  ])

p("fiona", "Fiona Rennie", "Tay Libraries", "Head of Library Services", connected="2014-06-18")
c("genuine", "peer_joint_offer", "en",
  "peer director proposes a joint e-book procurement with shared costs",
  [("fiona", "2023-11-02 19:14",
    "Catriona - mad idea or not: what if Tay and Clyde went to market together for e-books and "
    "e-audio next year? Our contract with the current platform ends the same month as yours. "
    "Joint tender, shared licence pool for the titles nobody reads in both cities, split the "
    "management fee. I've sketched numbers, we'd save maybe 15-18% each."),
   ("me", "2023-11-03 07:58",
    "Not mad at all. Our procurement folk will want a lead authority, and the pooled licences need "
    "legal to look at them, but I'm in principle. Send me your sketch?"),
   ("fiona", "2023-11-03 08:30", "Sending to your work email now. Coffee at the conference?"),
   ("me", "2023-11-03 08:41", "Definitely. And you're buying, Dundee owes me one."),
  ])

p("ross", "Ross McAllister", "Saltire Talent", "Director, Public Sector Digital",
  connected="2024-03-05", invite=("OUT", "2024-03-05 09:30", ""))
c("genuine", "recruiter_engaged", "en",
  "owner engages a recruiter for her Digital Services Manager vacancy; fee and shortlist talk",
  [("me", "2024-03-05 09:41",
    "Hi Ross, Mhairi at the council said you found their data lead last year. We're struggling to "
    "fill a Digital Services Manager post (grade 9, hybrid, Glasgow). Two rounds of adverts, "
    "nobody with both library and product experience. Would you take it on, and what's your fee?"),
   ("ross", "2024-03-05 11:15",
    "Hi Catriona, thanks for reaching out and yes, happy to. For public sector roles we work on 15% "
    "of first-year salary, payable on start, no retainer. I already have two people in mind: one "
    "from a university library systems team, one from a Scottish charity's digital team."),
   ("me", "2024-03-05 11:52", "15% is fine. Can you send CVs by the 20th?"),
   ("ross", "2024-03-19 16:40",
    "Three CVs sent to your inbox. The second one (Kirsty) is very strong, she's available from June."),
   ("me", "2024-03-20 08:05", "Thanks Ross, will read tonight and come back to you."),
  ])

p("tomasz", "Tomasz Wrona", "", "MSc Information Management student")
c("genuine", "applicant", "en",
  "applicant for the outreach librarian post asks about the role before applying",
  [("tomasz", "2024-06-10 21:33",
    "Dear Ms Baird, I am planning to apply for the Outreach Librarian post in Easterhouse (closing "
    "date 24 June). I have volunteered two years at the Polish Saturday school library and I finish "
    "my MSc in August. Is it OK if my start date is in September? I don't want to waste your time "
    "if that is a problem. Thank you for any advice."),
   ("me", "2024-06-11 08:14",
    "Dear Tomasz, thanks for asking rather than guessing. September would be fine, please mention "
    "it in your application. Good luck!"),
   ("tomasz", "2024-06-11 08:47", "Thank you very much, I will apply this week."),
  ])

p("harriet", "Harriet Sloan", "Sloan & Vesey Literary", "Literary Agent")
c("genuine", "author_event_spam_folder", "en",
  "literary agent arranges an author event; LinkedIn put it in SPAM; owner replied later",
  [("harriet", "2024-02-05 10:02",
    "Dear Catriona, I represent Malcolm Drysdale, whose new novel is set around the Clyde shipyards. "
    "He'd love to do an event at a Glasgow library during his March tour, ideally Govan or "
    "Partick. His fee is waived for libraries. Could you let me know if there's a date that works? "
    "Apologies for reaching out here, I couldn't find the events team's address."),
   ("me", "2024-02-19 18:22",
    "Harriet, I'm so sorry, this was sitting in my spam folder! We'd love to have Malcolm. Partick "
    "has Thursday 21st March free. Could you email events@ and we'll take it from there?"),
   ("harriet", "2024-02-20 09:10", "No harm done! Emailing now. He'll be thrilled."),
  ], folder="SPAM")

p("lorna", "Lorna Chisholm", "Glasgow Reads Partnership", "Volunteer Coordinator",
  connected="2020-05-14")
p("kenny", "Kenny Mutasa", "St Roch's Primary", "P6 Teacher", connected="2024-05-17")
p("anne_m", "Anne Maguire", "", "Retired teacher, library volunteer", connected="2018-10-09")
c("genuine", "thanks_after_event", "en", "thank-you after the Glasgow Reads launch night (1 of 3)",
  [("lorna", "2024-05-17 08:12",
    "What a night! Thank you Catriona for everything last night, the volunteers were buzzing on "
    "the bus home. The wee speech about the Springburn reading group had me greeting."),
   ("me", "2024-05-17 09:30", "Thank YOU Lorna, none of it happens without your team x")])
c("genuine", "thanks_after_event", "en", "thank-you after the Glasgow Reads launch night (2 of 3)",
  [("kenny", "2024-05-17 10:45",
    "Thanks so much for last night Catriona, great evening. My class are already asking when they "
    "can come back to the library!")])
c("genuine", "thanks_after_event", "en", "thank-you after the Glasgow Reads launch night (3 of 3)",
  [("anne_m", "2024-05-17 12:03",
    "Thank you for a lovely evening last night. So good to see the place full. Anne"),
   ("me", "2024-05-17 12:20", "Lovely to see you too Anne, thanks for coming along.")])

p("ishbel", "Ishbel Grant", "", "Author", connected="2017-11-22")
c("genuine", "owner_started_author_invite", "en",
  "owner invites an author for Book Week Scotland; fee agreed",
  [("me", "2023-08-29 10:15",
    "Hi Ishbel, hope the edits are going well. Any chance you'd do an event for us in Book Week "
    "Scotland (20-26 Nov)? Shawlands library, evening, your new one plus a Q&A. We can pay the "
    "standard £200 plus travel."),
   ("ishbel", "2023-08-30 22:41",
    "Catriona!! Yes please. Thursday 23rd would be best. Could you stretch to £250? My agent will "
    "ask me why I didn't ask, ha."),
   ("me", "2023-08-31 08:02", "£250 it is. You're worth it. Will confirm via email."),
   ("ishbel", "2023-08-31 08:30", "Brilliant. Looking forward to it 📚"),
  ])

p("graeme", "Graeme Souter", "Aberdeen City Libraries", "Collections Manager", connected="2012-04-03")
c("genuine", "long_standing_contact", "en", "former colleague from Aberdeen catching up",
  [("graeme", "2024-04-12 20:15",
    "Well well, saw you on the telly last week defending the Sunday openings. Fair play. How's the "
    "family? Still running up hills at the weekend or has the knee finally given in?"),
   ("me", "2024-04-13 09:02",
    "Ha, the knee gave in, I walk up hills now. Family all well, Euan starts uni in September. How's "
    "things at the Granite City? Still fighting about the stack room?"),
   ("graeme", "2024-04-13 10:40",
    "Always. We should get a dinner in when I'm down for the conference in June."),
   ("me", "2024-04-13 10:52", "Deal. Text me the dates."),
  ])

p("cllr_boyd", "Cllr Margaret Boyd", "Glasgow City Council", "Convener, Culture & Communities",
  connected="2022-06-01")
c("genuine", "council_budget", "en", "council convener about the budget consultation on opening hours",
  [("cllr_boyd", "2023-12-04 17:55",
    "Catriona, before the papers go out: the finance team are modelling a 5% cut to the libraries "
    "line. I need your honest view on what that means in hours per branch, not the spin version. "
    "Can you get me something by Monday?"),
   ("me", "2023-12-04 19:30",
    "Margaret, thank you for asking first. Short version: 5% is roughly 180 opening hours a week "
    "across the estate, or two branches at half days. I'll send the branch-by-branch by Sunday night."),
   ("cllr_boyd", "2023-12-04 19:44", "Appreciated. Keep it between us until the 12th please."),
  ])

p("jen_courier", "Jennifer Muir", "Glasgow Evening Courier", "Local Government Reporter",
  connected="2021-01-20")
c("genuine", "journalist", "en", "reporter asks for comment on rumoured branch closures",
  [("jen_courier", "2024-01-22 14:02",
    "Hi Catriona, Jennifer from the Courier. We're hearing Pollokshields and Maryhill are on a list "
    "for reduced hours. Would you or someone from Clyde Libraries comment? Deadline 6pm today."),
   ("me", "2024-01-22 14:35",
    "Hi Jennifer, no decisions have been made, the council sets the budget on 22 February. I'll "
    "ask our press office to send you a line within the hour."),
  ])

p("prof_ahmed", "Dr Samira Ahmed", "Caledonia University", "Senior Lecturer, Information Science",
  connected="2019-09-12")
c("genuine", "event_invite", "en", "university lecturer invites owner to speak at a symposium",
  [("prof_ahmed", "2024-07-02 11:30",
    "Dear Catriona, we're holding a small symposium on 'Libraries as civic infrastructure' on 14 "
    "November. Would you give the closing talk (30 min)? Our students still cite your warm spaces "
    "data. We can cover travel but sadly no fee, we're a humble department."),
   ("me", "2024-07-03 08:50", "Samira, I'd be honoured. Put me down. Travel is a 10 minute walk, dinnae worry."),
   ("prof_ahmed", "2024-07-03 09:05", "Wonderful! I'll send details in September."),
  ])

p("bilal", "Bilal Haq", "Clyde Libraries & Learning", "Branch Manager, Springburn",
  connected="2016-08-15")
c("genuine", "colleague_incident", "en", "branch manager reports a leak in the children's library on a Sunday",
  [("bilal", "2023-10-15 10:48",
    "Sorry to message on a Sunday. Water coming through the ceiling in the kids' section, the "
    "roof again. I've moved the picture books, closed that area, facilities are sending someone. "
    "Do we cancel Bookbug tomorrow?"),
   ("me", "2023-10-15 11:02",
    "Thanks Bilal, you did exactly right. Move Bookbug to the community room if it's dry, otherwise "
    "cancel and put a notice on Facebook. I'll chase the roof repair with estates first thing."),
   ("bilal", "2023-10-15 11:05", "Community room is fine. Will do 👍"),
  ])

p("hamish", "Hamish Ogilvie", "CodeBairns", "Volunteer organiser", connected="2023-06-28")
c("genuine", "community", "en", "volunteer wants to start a free Saturday coding club in a branch",
  [("hamish", "2023-06-29 20:11",
    "Hi Catriona, I run a volunteer coding club for kids in the southside (all free, we're all "
    "software folk giving our Saturdays). Our church hall is being sold. Would a library have a "
    "room with decent wifi for 15 kids, 10-12 on Saturdays? We bring our own laptops."),
   ("me", "2023-06-30 09:25",
    "Hamish, that sounds great. Shawlands has the Learning Suite free on Saturday mornings. I'll get "
    "the branch manager, Ruth, to give you a shout."),
  ])

p("carol_ns", "Carol Dunlop", "Northern Shelf Books", "Customer Relationship Manager",
  connected="2020-02-07")
c("genuine", "vendor_existing_terms", "en",
  "existing book supplier about a delivery delay and new discount terms",
  [("carol_ns", "2024-08-20 15:10",
    "Hi Catriona, apologies that the September children's order will be about 10 days late, our "
    "new warehouse in Livingston is still bedding in. To make up for it we'll apply an extra 2% "
    "on that invoice. Also, from October our standard library discount moves from 38% to 36% on "
    "adult hardbacks (publishers have cut our terms). Happy to talk it through."),
   ("me", "2024-08-21 09:00",
    "Thanks for being upfront Carol. The delay is OK as long as the Book Week stock is in by 1 Nov. "
    "The 36% I'll need to take to our procurement lead; the framework says 38% minimum, so we may "
    "need a conversation."),
   ("carol_ns", "2024-08-21 10:12", "Fair enough. Book Week stock is guaranteed. Speak soon."),
  ])

p("euan_ed", "Euan Paterson", "Edina Libraries", "Service Development Manager", connected="2017-03-01")
c("genuine", "reference_request", "en", "peer asks for a reference for a former staff member",
  [("euan_ed", "2024-04-25 12:20",
    "Hi Catriona, Rhona Baxter has applied for our young people's services lead and gave you as a "
    "referee. Could you spare 10 minutes on the phone this week? Her interview went really well."),
   ("me", "2024-04-25 13:05", "Of course, Rhona's great. Tomorrow 2-4 I'm free, call the office."),
  ])

p("phd_lin", "Mei Lin", "Caledonia University", "PhD researcher", connected="2024-01-29")
c("genuine", "research_request", "en", "PhD student asks to interview the owner about warm spaces",
  [("phd_lin", "2024-01-30 10:10",
    "Dear Catriona, I'm a second-year PhD student looking at how public libraries became 'warm "
    "banks' in 2022-23. Dr Ahmed suggested I contact you. Could I interview you for about 45 "
    "minutes, online or in person? Participation is anonymous and I'll send the ethics sheet."),
   ("me", "2024-01-31 08:40", "Happy to help. Send the sheet and some dates in February."),
   ("phd_lin", "2024-01-31 09:15", "Thank you so much! Sent to your work email."),
  ])

p("amira", "Amira Yousef", "Govanhill Welcome Network", "Coordinator", connected="2022-11-11")
c("genuine", "community", "en", "community group asks about rooms for an ESOL conversation cafe",
  [("amira", "2023-03-08 13:25",
    "Hello Catriona, our conversation cafe for new arrivals has grown to 40 people and the room at "
    "the community centre is too small. Could we use the Govanhill library hall on Wednesdays? We "
    "have no money for room hire, I am sorry to ask."),
   ("me", "2023-03-08 16:40",
    "Hi Amira, community groups like yours don't pay for rooms in our branches, please don't "
    "apologise. Speak to Gillian at the desk and she'll put you in the diary."),
   ("amira", "2023-03-08 17:02", "Thank you!! This means a lot for our families."),
  ])

p("trust_officer", "Peter Lennox", "Carrick Memorial Trust", "Grants Officer", connected="2021-05-05")
c("genuine", "funder", "en", "existing funder reminds about the end-of-grant report and a possible renewal",
  [("trust_officer", "2023-07-03 09:45",
    "Dear Catriona, a gentle reminder that the end-of-grant report for the Family Reading Project is "
    "due on 31 July. The trustees were very taken with the case studies last time. Between us, "
    "they'd welcome an application for a second phase, up to £40k over two years."),
   ("me", "2023-07-03 10:30",
    "Dear Peter, thank you, the report is nearly done. And that is very good news, we'll get a "
    "second-phase outline to you in September."),
  ])

p("isla_arch", "Isla Rutherford", "Rutherford Muir Architects", "Associate Director",
  connected="2022-09-14")
c("genuine", "contractor_fee_change", "en",
  "architect on the Partick refurbishment sends snags and a revised fee for extra work",
  [("isla_arch", "2024-09-09 17:20",
    "Hi Catriona, snag list for Partick is on the shared drive, nothing dramatic. One thing I need "
    "to flag: the extra design work on the accessible entrance (the ramp redesign after the "
    "structural survey) takes our fee up by £6,800. I've put the breakdown in a variation note "
    "for your sign-off. Happy to walk you through it on site Thursday."),
   ("me", "2024-09-10 08:15",
    "Thanks Isla. I expected something like that after the survey. Thursday on site, 10am? Bring "
    "the variation note and we'll go through it with Stuart from estates."),
   ("isla_arch", "2024-09-10 08:33", "10am Thursday. See you there."),
  ])

p("pauline", "Pauline Hood", "Scottish Reading Alliance", "Programme Manager, Early Years",
  connected="2018-02-20")
c("genuine", "partner", "en", "national reading charity partner asks for Bookbug session numbers",
  [("pauline", "2024-03-14 14:14",
    "Hi Catriona, it's that time of year! Could your team send the Bookbug session and attendance "
    "figures for Q3 and Q4 by the 29th? Also, we'd love Clyde to pilot the new bilingual packs "
    "(Urdu and Polish) if you have capacity."),
   ("me", "2024-03-15 09:00", "Figures will come from Lesley. And yes to the pilot, Govanhill and Pollokshields would be ideal."),
  ])

p("kirsten", "Kirsten Mowat", "", "", connected="2011-05-30")
c("genuine", "friend", "en", "university friend congratulates on a decade in the job",
  [("kirsten", "2024-08-01 21:05",
    "Linkedin tells me it's ten years since you took over the libraries! Proud of you hen. Also "
    "you owe me a phone call, it's been months. Sunday?"),
   ("me", "2024-08-01 21:40", "Ten years 😳 Sunday afternoon, I'll phone you. x"),
  ])

p("nora_f", "Nora Virtanen", "Tampere City Library", "Library Director",
  connected="2023-08-27", invite=("OUT", "2023-08-27 18:10", "Lovely to meet you at the conference in Rotterdam!"))
c("genuine", "owner_started_peer", "en", "owner follows up with a Finnish director she met at a conference",
  [("me", "2023-08-28 08:30",
    "Hi Nora, it was such a pleasure to hear about your makerspace model. Would you be open to a "
    "video call with my team in the autumn? We're planning something similar for Easterhouse."),
   ("nora_f", "2023-08-29 07:15",
    "Hello Catriona! Yes of course. October is best for us. Our makerspace manager Jussi can join, "
    "his English is better than mine :)"),
   ("me", "2023-08-29 09:00", "Your English is perfect! I'll suggest some dates."),
  ])

p("craig_ct", "Craig Dunn", "Clydebank Rovers Community Trust", "Head of Community",
  connected="2023-01-19")
c("genuine", "inbound_partnership_paid", "en",
  "football club community trust wants to pay for reading sessions with their youth teams",
  [("craig_ct", "2023-01-19 15:40",
    "Hi Catriona, we've got money from a sponsor for a 'reading for boys' project with our U10-U14 "
    "teams. We'd like to pay the library to run 8 sessions at the ground over the spring. Can you "
    "send me a price? Our sponsor wants it all booked by February."),
   ("me", "2023-01-20 08:50",
    "Craig, what a great idea. Our outreach team charges £120 a session including books the boys "
    "can keep, so £960 for eight. I'll get Callum from outreach to call you."),
   ("craig_ct", "2023-01-20 09:22", "Spot on. Tell Callum to bring a ball 😂"),
  ])

p("msp_office", "Rachel Fairlie", "Office of Alasdair Kemp MSP", "Caseworker", connected="2022-08-08")
c("genuine", "constituent_enquiry", "en", "MSP caseworker asks about a constituent's library card issue",
  [("msp_office", "2023-05-16 11:11",
    "Dear Ms Baird, a constituent in Maryhill has contacted Mr Kemp because her son's library card "
    "was blocked over £14 in fines from 2019, which the family can't pay. I understand fines were "
    "abolished for children. Could you look into it? Details by email if you prefer."),
   ("me", "2023-05-16 12:30",
    "Dear Rachel, you're right, children's fines were written off in 2021. Please email me the "
    "details and I'll make sure the block is removed today."),
  ])

p("leah", "Leah Campbell", "", "Graduate trainee", connected="2022-04-12")
c("genuine", "reference_request", "en", "former trainee asks for a reference",
  [("leah", "2024-10-01 18:22",
    "Hi Catriona! Hope you're well. I've been offered an interview for a librarian post at a school "
    "in Stirling, could I put you down as a referee? I learnt so much during my traineeship."),
   ("me", "2024-10-01 19:10", "Of course Leah, that would be a pleasure. Go get it!"),
   ("leah", "2024-10-01 19:15", "Thank you!! 🥹"),
  ])

p("donald_bk", "Donald Finlay", "Finlay's Bookshop", "Owner", connected="2015-12-02")
c("genuine", "peer_joint_offer", "en",
  "independent bookseller proposes a joint ticketed author event with revenue split",
  [("donald_bk", "2024-02-12 12:12",
    "Catriona, we've got Elspeth Drummond for a signing in April and our shop holds 40 at a push. "
    "Fancy doing it jointly in Partick library? Tickets £5 redeemable against the book, we split "
    "the ticket money 50/50 after the author's fee, we bring the books and a till."),
   ("me", "2024-02-12 14:40",
    "I like it. Our rule is events must have free places too, so could we do 20 free tickets for "
    "library members and sell the rest? Then 50/50 works for me."),
   ("donald_bk", "2024-02-12 15:02", "Done. I'll send you a draft of the ticket page."),
  ])

p("gavin_it", "Gavin Reid", "Glasgow City Council", "ICT Service Delivery Lead", connected="2019-07-16")
c("genuine", "colleague_costs", "en", "council IT colleague about the cost of the branch wifi upgrade",
  [("gavin_it", "2024-06-25 10:05",
    "Hi Catriona, quote for the public wifi upgrade across the 19 branches came back at £212k, which "
    "is 30k over what you'd pencilled. Options: phase it over two years, or drop the outdoor access "
    "points. Let me know which you prefer and I'll put it to the board."),
   ("me", "2024-06-25 11:30", "Phase it. Easterhouse and Springburn first please, they have the most public PC use."),
   ("gavin_it", "2024-06-25 11:40", "Noted, will do."),
   ("me", "2024-06-25 11:48", "And could we ask them about the outdoor points as a separate"),
  ], drafts={3})

p("heads_west1", "Moira Fraser", "Renfrew Libraries", "Libraries Manager", connected="2016-09-09")
p("heads_west2", "Stuart Doig", "Lanark Libraries", "Head of Libraries", connected="2018-04-04")
p("heads_west3", "Shabana Malik", "Inverclyde Libraries", "Service Manager", connected="2020-10-10")
c("genuine", "peer_group", "en", "group chat of west-of-Scotland heads of service arranging a meeting",
  [("heads_west1", "2024-09-02 09:00",
    "Morning all, next West heads meeting: does 3 October in Paisley work? Agenda so far: e-book "
    "costs, security staffing, the national strategy consultation."),
   ("heads_west2", "2024-09-02 09:40", "Works for me. Can we add the summer reading challenge numbers?"),
   ("me", "2024-09-02 10:15", "3rd is fine. I'll bring the joint e-book tender update from Fiona and me."),
   ("heads_west3", "2024-09-02 12:01", "Yes from me. I'll bring scones."),
  ], title="West Heads of Service")

p("ruth_sh", "Ruth Gallacher", "Clyde Libraries & Learning", "Branch Manager, Shawlands",
  connected="2015-01-12")
c("genuine", "colleague", "en", "owner asks a branch manager to host the coding club; short",
  [("me", "2023-06-30 09:31",
    "Ruth, a volunteer called Hamish Ogilvie runs a free coding club for kids and needs a Saturday "
    "room. Could the Learning Suite work 10-12? He'll be in touch."),
   ("ruth_sh", "2023-06-30 10:02", "No bother, the suite's empty on Saturdays anyway. Will sort."),
  ])

p("unite_rep", "Jim Carty", "UNISON Glasgow City branch", "Steward, Libraries", connected="2019-03-03")
c("genuine", "staff_relations", "en", "union steward about weekend rota changes",
  [("unite_rep", "2024-02-28 16:45",
    "Catriona, members at Maryhill are unhappy about the new Sunday rota being put up without "
    "consultation. Can we have a meeting before it goes live on the 1st of April?"),
   ("me", "2024-02-28 17:30", "Jim, fair point, that shouldn't have gone up yet. Let's meet Monday, I'll ask HR to join."),
  ])

# ====================================================================== wanted pitches

p("w_grant", "Zoe Imrie", "Imrie Bid Writing", "Freelance bid writer")
c("wanted_pitch", "tailored_post", "en",
  "freelance bid writer responds to the owner's post on the warm spaces funding cliff with a concrete plan",
  [("w_grant", "2024-01-09 12:40",
    "Hi Catriona, I read your post on Sunday about the warm spaces funding ending in March and the "
    "9,400 visits across the winter that'll have no money behind them next year. That figure is "
    "exactly what the National Lottery's community strand wants to see. I write bids for Scottish "
    "charities and public bodies (last year: £1.2m across 11 bids, two of them libraries in Fife). "
    "I'd happily draft the outline for a two-year warm spaces bid on a fixed fee of £1,800, only "
    "billed if you decide to submit. No hard feelings if you have this covered."),
   ("me", "2024-01-10 09:12",
    "Hi Zoe, thanks, that's actually useful timing. Which libraries in Fife? I'd like to talk to them first."),
   ("w_grant", "2024-01-10 09:40", "Kirkcaldy and Glenrothes, I'll put you in touch with Moira there."),
  ])

p("w_kiosk", "Anders Holm", "OpenShelf Access", "Business Development, UK")
c("wanted_pitch", "tailored_talk", "en",
  "extended-access technology vendor cites the owner's conference talk about Easterhouse hours",
  [("w_kiosk", "2023-10-24 08:50",
    "Dear Catriona, I was in the audience in Perth when you talked about Easterhouse being open only "
    "22 hours a week while the queue at the door on Saturday morning starts at 9:40. We make the "
    "staff-less access system that Tampere and two Danish municipalities use for early mornings and "
    "evenings (door, lights, self-service and CCTV linked to your LMS). I know you met Nora "
    "Virtanen at the Rotterdam conference, she can tell you honestly how it went for them. Would "
    "you like a short demo, or a visit to a UK site in Cumbria?"),
  ])

p("w_sign", "Marcus Reilly", "Reilly Wayfinding", "Designer")
c("wanted_pitch", "tailored_site_visit", "en",
  "wayfinding designer visited the Govanhill branch and describes a concrete signage problem",
  [("w_sign", "2024-03-27 15:10",
    "Hi Catriona, I spent a rainy afternoon in Govanhill library last week (my daughter's Bookbug "
    "group). Lovely building, but the children's library is behind the stairwell and the only sign "
    "pointing to it is the laminated A4 next to the lift. Three families asked the desk while I sat "
    "there. I design wayfinding for listed buildings (recently the Paisley museum annexe), and I'd "
    "be glad to sketch a low-cost option that Historic Environment Scotland would accept. No charge "
    "for the sketch."),
   ("me", "2024-03-28 08:20",
    "Marcus, you're absolutely right about that sign, it's been bugging me for years. Send me the sketch."),
  ])

p("w_mobile", "Heather Cairns", "Cairns Specialist Vehicles", "Sales Director")
c("wanted_pitch", "tailored_public_item", "en",
  "vehicle converter names the owner's ageing diesel mobile library and the Glasgow low emission zone",
  [("w_mobile", "2024-02-14 10:30",
    "Good morning Catriona. The Courier piece on 6 February mentioned your mobile library (the 2009 "
    "diesel) has been off the road twice this winter and that it can't enter the LEZ from June "
    "without an exemption. We convert and build electric mobile libraries; our last one went to a "
    "Welsh county in 2023 and runs 90 miles a day on one charge. If a replacement is on your "
    "capital list for 25/26, I'd be glad to share costs and the Welsh team's running figures."),
   ("me", "2024-02-15 11:00",
    "Hi Heather, it is on the list but not funded yet. The running figures would help my case, yes please."),
  ])

p("w_story", "Callum Yates", "Hen & Ladder Theatre", "Co-director")
c("wanted_pitch", "tailored_mutual_contact", "en",
  "children's theatre company introduced by a named mutual contact pitches library performances",
  [("w_story", "2024-06-18 13:05",
    "Hi Catriona, Fiona Rennie at Tay Libraries suggested I get in touch. We did our 'Bookworm Bus' "
    "storytelling show in six Dundee branches this spring, and she mentioned you were looking for "
    "something for the summer reading challenge finale. It's 45 minutes, two actors, needs no more "
    "space than a story corner. £380 per performance, less for a run of five or more."),
   ("me", "2024-06-18 17:30",
    "Hi Callum, Fiona spoke highly of it. Could you do 5 branches in the week of 12 August?"),
   ("w_story", "2024-06-19 09:00", "We can. I'll send a proposal for five at £330 each."),
  ])

p("w_rfid", "Priya Nandakumar", "Lumen RFID Solutions", "Public Sector Account Lead")
c("wanted_pitch", "tailored_tender", "en",
  "RFID supplier refers to the owner's prior information notice for self-service replacement",
  [("w_rfid", "2024-07-29 09:55",
    "Dear Ms Baird, we noticed the prior information notice Clyde Libraries published on Public "
    "Contracts Scotland for replacing the self-service kiosks and RFID security gates in 19 "
    "branches. The notice invites pre-market engagement before 30 August. We'd welcome a 30-minute "
    "session with your project team; we can also show how the kiosks would read your existing "
    "tags, so the stock wouldn't need retagging."),
  ])

p("w_dev", "Oskar Lindqvist", "Stackbridge Software", "Founder")
c("wanted_pitch", "tailored_tools", "en",
  "developer noticed the library uses Lexicore LMS plus a separate ticketing tool and offers a connector",
  [("w_dev", "2023-11-20 14:22",
    "Hi Catriona, quick one from a fellow Glaswegian. Booking a Bookbug session on your site sends "
    "you to Ticketcrest, and then staff re-key attendance into Lexicore for the stats (a branch "
    "manager told me this at the Shawlands coding club, which my son attends). We've built a "
    "connector between Ticketcrest and Lexicore for a library service in Yorkshire: attendance flows "
    "into the LMS overnight. Happy to show it to whoever runs your digital side."),
   ("me", "2023-11-21 09:00",
    "Ha, Ruth would have told you that. Yes, worth a look once our new Digital Services Manager starts."),
  ])

p("w_headhunt", "Felicity Barrow", "Harcourt Leadership Search", "Partner, Culture & Heritage")
c("wanted_pitch", "tailored_recruiter", "en",
  "headhunter approaches the owner about a chief executive role at a heritage library trust",
  [("w_headhunt", "2024-09-16 16:30",
    "Dear Catriona, I'm leading the search for the next Chief Executive of the Northern Heritage "
    "Libraries Trust (the independent trust that runs the three subscription libraries in Edinburgh, "
    "Perth and Inverness). The board specifically mentioned your work on the Partick refurbishment "
    "and the warm spaces evidence you gave to the Scottish Parliament's culture committee. Would you "
    "be open to a confidential conversation? The closing date is 18 October."),
   ("me", "2024-09-17 20:45", "Dear Felicity, thank you. I'm not looking, but I'd be happy to hear more. Next week?"),
  ])

p("w_publicist", "Jodie Fenwick", "Marram Books", "Publicity Manager")
c("wanted_pitch", "tailored_local_author", "en",
  "publicist pitches a debut author whose novel is set in Springburn for a library event",
  [("w_publicist", "2024-08-06 11:00",
    "Hi Catriona, our debut author Kyle Henderson grew up on Springburn Road and his novel is set "
    "in the 1970s Springburn library (he says the old card catalogue is a main character!). It's "
    "out on 3 October. Would Springburn library host the Glasgow launch? No author fee, we'd bring "
    "stock and wine. He remembers the librarian who got him reading."),
   ("me", "2024-08-06 13:20", "Oh that's lovely. Yes. I'll connect you with Bilal, the branch manager."),
  ])

p("w_digit", "Rhiannon Pugh", "Halide Imaging", "Heritage Digitisation Manager")
c("wanted_pitch", "tailored_press_item", "en",
  "digitisation firm read about the glass plate negatives found in the Maryhill basement",
  [("w_digit", "2023-04-18 10:10",
    "Dear Catriona, I read in the Courier that staff found around 600 glass plate negatives of "
    "Maryhill in the 1930s in the library basement. Glass plates that have been in a damp basement "
    "need careful handling before scanning (we'd check for silvering and flaking first). We've "
    "digitised similar collections for two Scottish archives. I'd be happy to visit and give a free "
    "condition assessment, and a fixed quote for scanning if useful."),
   ("me", "2023-04-18 12:00", "Hi Rhiannon, that would be very welcome. Our archivist Morven will contact you."),
  ])

p("w_dementia", "Grace Lamont", "Lamont Inclusive Practice", "Dementia-friendly design consultant")
c("wanted_pitch", "tailored_article", "en",
  "consultant cites the owner's article on the dementia-friendly Shawlands branch and offers staff training",
  [("w_dementia", "2023-09-05 09:30",
    "Dear Catriona, your piece in the Scottish Library Review about making Shawlands dementia "
    "friendly was honest about what didn't work, especially the patterned carpet and the staff "
    "feeling they hadn't had enough training. I train frontline staff in libraries and museums "
    "(half-day sessions, Alzheimer Scotland-accredited content). If you roll this out to more "
    "branches I'd love to help; I can offer two pilot sessions at cost."),
  ])

p("w_light", "Owen Strachan", "Lanternwell Heritage Lighting", "Project Engineer")
c("wanted_pitch", "tailored_building", "en",
  "heritage lighting engineer refers to the council capital programme item on the listed central library",
  [("w_light", "2024-05-21 14:00",
    "Hi Catriona, the council's capital programme (item 14) lists relighting of Anderston Central "
    "Library for 2025, a Category B-listed building. We specialise in LED retrofits in listed "
    "interiors where the fittings themselves are protected: we keep the original brass pendants and "
    "replace only the gear inside. Happy to show you our work at a Dundee church hall. No pressure."),
  ])

# ====================================================================== junk

# -- junk counterparts to the wanted pitches
p("j_grant", "Brett Calloway", "FundRise Partners", "Funding Strategist",
  connected="2024-02-02", invite=("IN", "2024-02-01 17:45", ""))
c("junk", "generic_counterpart_grants", "en", "generic grant-finding pitch, could go to any organisation",
  [("j_grant", "2024-02-03 09:02",
    "Hi Catriona, did you know that over £3 billion in grants goes unclaimed every year? Our "
    "funding specialists have helped 400+ organisations secure the money they deserve. We work on "
    "a success basis. Would you be open to a quick chat about your funding goals for 2024?"),
   ("j_grant", "2024-02-09 09:03", "Hi Catriona, just following up on my previous message. Any thoughts?"),
  ])

p("j_kiosk", "Dylan Forsyth", "KioskPoint UK", "Business Development Executive")
c("junk", "generic_counterpart_kiosk", "en", "generic self-service kiosk pitch, no homework",
  [("j_kiosk", "2023-11-28 11:15",
    "Hello, are you looking to reduce queues and free up staff time? KioskPoint's self-service "
    "kiosks are used by retailers, gyms, councils and hospitals across the UK. Book a free demo "
    "today and get 10% off your first order! Reply YES for our brochure."),
  ])

p("j_sign", "Tanya Rigg", "SignRight Print", "Sales", connected="2024-04-15",
  invite=("IN", "2024-04-14 12:00", "Hi, love to connect"))
c("junk", "generic_counterpart_signage", "en", "generic print and signage pitch after connecting",
  [("j_sign", "2024-04-16 10:00",
    "Thanks for connecting Catriona! We print banners, pull-ups, window graphics, vehicle wraps "
    "and office signage. Fast turnaround, UK wide delivery. Can I send you our price list?"),
  ])

p("j_scan", "Gareth Mold", "DocuScan Direct", "Account Executive")
c("junk", "generic_counterpart_digitisation", "en", "generic document scanning pitch",
  [("j_scan", "2023-05-09 08:40",
    "Hi there, is your office drowning in paper? DocuScan Direct scans, indexes and securely "
    "shreds your files from just 3p per page. GDPR compliant. Let me know a good time to talk."),
   ("j_scan", "2023-05-23 08:41", "Hi, bumping this in case it got buried. Paperless in 2023? 📄"),
  ])

p("j_recruit", "Chloe Banner", "Apex Growth Talent", "Talent Partner")
c("junk", "recruiting_spam", "en", "recruiter with an irrelevant SaaS sales role",
  [("j_recruit", "2024-06-04 13:13",
    "Hi Catriona! Your profile caught my eye 👀 I'm hiring a VP of Sales for a fast-growing "
    "fintech in London (OTE £220k, equity). You'd be a great fit with your leadership experience. "
    "Open to a chat?"),
  ])

# -- generic service pitches
p("j_seo", "Raj Menon", "RankSprint Digital", "SEO Consultant")
c("junk", "generic_service_pitch", "en", "SEO agency, generic",
  [("j_seo", "2023-07-11 06:12",
    "Hi, I was going through your website and found some issues that are stopping you from "
    "ranking on the first page of Google. I can share a free audit report. Shall I send it?"),
  ])

p("j_web", "Olivia Strand", "Pixelcraft Studio", "Founder", connected="2023-08-08",
  invite=("IN", "2023-08-07 22:10", ""))
c("junk", "generic_service_pitch", "en", "web design pitch claiming the site looks outdated",
  [("j_web", "2023-08-09 07:30",
    "Hey Catriona, hope you're well! Honestly, your website could be losing you customers. In 2023 "
    "a modern, mobile-first site is a must. We build stunning sites from £999. Want to see some of "
    "our work?"),
  ])

p("j_hr", "Sam Whitlow", "PeoplePulse HR", "Partnerships Manager")
c("junk", "generic_service_pitch", "en", "HR software pitch",
  [("j_hr", "2024-03-12 10:00",
    "Hi Catriona, managing holidays, rotas and payroll in spreadsheets? PeoplePulse brings it all "
    "into one app that your team will actually love. Trusted by 5,000+ SMEs. Free 30-day trial, no "
    "card needed. Worth a look?"),
  ])

p("j_cyber", "Liam Hardcastle", "Sentinel Cyber Group", "Security Advisor")
c("junk", "generic_service_pitch", "en", "cybersecurity pen test pitch using fear",
  [("j_cyber", "2024-07-18 15:45",
    "Catriona, 1 in 3 UK organisations suffered a cyber attack last year. Would your team pass a "
    "phishing test? We're offering complimentary penetration tests to 5 organisations in Scotland "
    "this month. Shall I reserve one for you?"),
   ("j_cyber", "2024-07-25 15:46", "Only 2 spots left, Catriona. Let me know!"),
  ])

p("j_chatbot", "Ethan Voss", "Convo.ai", "Growth Lead")
c("junk", "generic_service_pitch", "en", "AI chatbot pitch",
  [("j_chatbot", "2024-05-02 12:30",
    "Hi Catriona 👋 Imagine answering 80% of customer questions automatically, 24/7. Our AI "
    "assistant plugs into your website in 10 minutes. Companies like yours cut support costs by "
    "half. Can I show you a 2-min video?"),
  ])

p("j_coach", "Bella Hartmann", "Rise Leadership", "Executive Coach")
c("junk", "generic_service_pitch", "en", "executive coaching pitch",
  [("j_coach", "2023-10-03 19:00",
    "Hi Catriona, as a leader, when was the last time you invested in YOURSELF? I help busy "
    "executives unlock clarity, confidence and impact in just 12 weeks. I have 2 spaces left for "
    "the autumn cohort. Would you like the details?"),
  ])

# -- off-topic products
p("j_solar", "Kevin Dray", "SunVault Commercial", "Energy Consultant")
c("junk", "off_topic_product", "en", "commercial solar for warehouses",
  [("j_solar", "2023-06-06 09:09",
    "Hi Catriona, with energy prices where they are, is your business looking at solar for your "
    "warehouse or factory roof? We install 50-500kW systems with 0% finance and ROI under 4 years."),
  ])

p("j_crypto", "Alexander Wu", "", "Investor | Mentor | Crypto enthusiast")
c("junk", "mlm_crypto", "en", "crypto trading opportunity",
  [("j_crypto", "2024-04-03 23:40",
    "Hello Catriona, how are you doing today? I came across your profile and I must say you seem "
    "like a smart woman. I've been making consistent profits trading BTC with the help of a "
    "mentor. Would you be interested to know how it works?"),
   ("j_crypto", "2024-04-06 23:12", "Hello?"),
  ])

p("j_kitchen", "Nadia Petrova", "ProChef Equipment Ltd", "Sales Manager")
c("junk", "off_topic_product", "en", "commercial kitchen equipment",
  [("j_kitchen", "2023-02-14 10:10",
    "Dear Sir/Madam, ProChef Equipment supplies combi ovens, blast chillers and dishwashers for "
    "restaurants, hotels and canteens. Spring promotion: 15% off all combi ovens. Kind regards, Nadia"),
  ], folder="ARCHIVE")

# -- sells what she sells
p("j_venue", "Josh Kemp", "The Merchant Rooms", "Venue Sales Manager", connected="2024-08-12",
  invite=("IN", "2024-08-11 10:00", ""))
c("junk", "sells_what_you_sell", "en", "venue pitches its event space to the owner who hires out rooms herself",
  [("j_venue", "2024-08-13 11:00",
    "Hi Catriona, planning any events, conferences or team away days in Glasgow this year? The "
    "Merchant Rooms offers stunning heritage spaces for 20-250 guests, right in the city centre. "
    "I'd love to invite you for a show round!"),
  ])

p("j_reading", "Hollie Grange", "StoryStars Learning", "Partnerships")
c("junk", "sells_what_you_sell", "en", "company offers the owner a schools reading programme, which her service itself sells",
  [("j_reading", "2024-01-24 14:00",
    "Hi Catriona, does your organisation support literacy in local schools? StoryStars delivers "
    "reading programmes, book boxes and author visits to primary and secondary schools. We'd love "
    "to partner with you to bring StoryStars to your area. When would suit for a call?"),
  ])

# -- capacity, like-minded, quick call
p("j_capacity", "Wesley Gunn", "Gunn Outsourcing", "Managing Partner")
c("junk", "capacity_ask", "en", "asks whether she has capacity for new clients",
  [("j_capacity", "2023-09-12 08:00",
    "Hi Catriona, quick question: do you currently have capacity to take on new clients? We have "
    "a steady flow of referrals we can't handle ourselves and we're looking for partners in your space."),
  ])

p("j_likeminded", "Sienna Knox", "Knox Ventures", "Serial Entrepreneur | Speaker | Mum of 3",
  connected="2023-12-01", invite=("IN", "2023-11-30 21:30",
                                    "Hi Catriona, always great to connect with like-minded entrepreneurs!"))
c("junk", "like_minded_networking", "en", "like-minded entrepreneurs networking invitation into a paid circle",
  [("j_likeminded", "2023-12-02 08:15",
    "Hey Catriona! So glad we connected. I love meeting like-minded entrepreneurs who are passionate "
    "about growth. I run a private mastermind for ambitious women founders. Would you be open to "
    "hearing more? 💫"),
  ])

p("j_quickcall", "Dominic Hale", "Leadstream", "Account Executive")
c("junk", "quick_call_ask", "en", "quick 15-minute call with a booking link",
  [("j_quickcall", "2024-09-24 10:30",
    "Hi Catriona, I'll keep this short. We help organisations like Clyde Libraries & Learning book "
    "more qualified meetings. Do you have 15 minutes this week for a quick call? Grab a slot here: "
    "https://meet.leadstream-cal.io/dominic-h"),
   ("j_quickcall", "2024-10-01 10:31", "Hi Catriona, circling back on this. Still keen to chat for 15 mins."),
   ("j_quickcall", "2024-10-08 10:29", "Last try! If now isn't a good time, just let me know and I'll close your file."),
  ])

# -- connect-then-pitch
p("j_ctp1", "Ryan Mallory", "Northpoint Facilities", "Business Development Manager",
  connected="2024-04-22", invite=("IN", "2024-04-22 08:05", "Fellow Glaswegian here, would be good to connect."))
c("junk", "connect_then_pitch", "en",
  "small talk about Glasgow, owner answers, then a facilities cleaning pitch in message 3",
  [("j_ctp1", "2024-04-23 09:10",
    "Thanks for accepting Catriona! Always nice to connect with people doing good things in the "
    "city. How's your week going?"),
   ("me", "2024-04-23 12:40", "Hi Ryan, busy but fine, thanks. Yourself?"),
   ("j_ctp1", "2024-04-24 08:55",
    "Good to hear! Reason I ask: we provide commercial cleaning and facilities management for "
    "offices and public buildings across the central belt. Could we arrange a quick call to see "
    "if we could save you money on your current contract?"),
  ])

p("j_ctp2", "Amelia Price", "BrightPath Marketing", "Marketing Consultant",
  connected="2023-06-19", invite=("IN", "2023-06-19 07:40", ""))
c("junk", "connect_then_pitch", "en", "thank-you for connecting, then a social media management pitch with bumps",
  [("j_ctp2", "2023-06-20 08:00", "Hi Catriona, thanks for connecting! Loving your content 😊"),
   ("j_ctp2", "2023-06-22 08:00",
    "I noticed you're not posting consistently on LinkedIn. We manage social media for busy "
    "leaders: 12 posts a month, written in your voice, from £450/month. Interested?"),
   ("j_ctp2", "2023-06-29 08:00", "Just bumping this up, Catriona! 🙌"),
  ])

p("j_ctp3", "Harvey Lister", "Lister Wealth", "Financial Planner",
  connected="2024-07-08", invite=("IN", "2024-07-07 19:00", ""))
c("junk", "connect_then_pitch", "en", "compliment on her profile, then a pension review pitch",
  [("j_ctp3", "2024-07-08 20:00",
    "Great to connect Catriona. Very impressive career, ten years leading a city library service "
    "is no small thing!"),
   ("me", "2024-07-09 07:45", "Thank you Harvey."),
   ("j_ctp3", "2024-07-09 08:30",
    "My pleasure. I work with senior public sector leaders on their pensions and retirement "
    "planning. Many of my clients didn't realise how much they could optimise their LGPS. Fancy a "
    "free no-obligation review?"),
   ("j_ctp3", "2024-07-16 08:30", "Hi Catriona, just checking you saw this?"),
  ])

# -- follow-up bumps with no reply
p("j_bump", "Connor Bates", "ClearLedger", "Sales Development Rep")
c("junk", "followup_bump", "en", "accounting software pitch followed by three unanswered bumps",
  [("j_bump", "2023-03-01 09:00",
    "Hi Catriona, would you be the right person to speak to about finance automation at your company?"),
   ("j_bump", "2023-03-06 09:00", "Hi Catriona, just floating this back to the top of your inbox."),
   ("j_bump", "2023-03-13 09:00", "Hi Catriona, I know you're busy. Would a different time work better?"),
   ("j_bump", "2023-03-20 09:00", "Hi Catriona, I'll assume it's not a priority right now. Should I reach out in Q3?"),
  ])

# -- one template, five senders (one in German)
p("j_tpl1", "Marco Ferri", "ScaleUp Ops", "Founder")
c("junk", "mass_template", "en", "template A: 'impressed by your work at X, we help Y save 30%' (1 of 5)",
  [("j_tpl1", "2024-03-18 08:10",
    "Hi Catriona, I came across your profile and was really impressed by what you've built at Clyde "
    "Libraries & Learning. We help public sector leaders cut admin costs by up to 30% using "
    "smart automation. Would you be open to exploring whether this could work for you?"),
  ])
p("j_tpl2", "Hannah Leigh", "Streamline Partners", "Head of Growth")
c("junk", "mass_template", "en", "template A (2 of 5): names swapped, a few words varied",
  [("j_tpl2", "2024-03-21 14:30",
    "Hi Catriona, I came across your profile and was truly impressed by what you're doing at Clyde "
    "Libraries & Learning. We help nonprofit leaders reduce operational costs by up to 30% through "
    "smart automation. Would you be open to exploring if this could be a fit?"),
  ])
p("j_tpl3", "Aiden Cross", "OptiFlow Consulting", "Partner")
c("junk", "mass_template", "en", "template A (3 of 5)",
  [("j_tpl3", "2024-04-02 10:00",
    "Hello Catriona, I came across your profile and was impressed by the work you're leading at "
    "Clyde Libraries & Learning. We help education and culture leaders save up to 30% on admin "
    "with smart automation. Open to exploring whether it fits?"),
   ("j_tpl3", "2024-04-09 10:00", "Hi Catriona, any thoughts on the above?"),
  ])
p("j_tpl4", "Priyanka Dass", "Leanwise", "Business Consultant")
c("junk", "mass_template", "en", "template A (4 of 5)",
  [("j_tpl4", "2024-04-15 16:45",
    "Hi Catriona! Came across your profile and I'm really impressed by what you've built at Clyde "
    "Libraries. We help leaders in your industry cut costs by up to 30% with smart automation - "
    "would you be open to exploring this?"),
  ])
p("j_tpl5", "Jonas Reuter", "Prozessfabrik GmbH", "Gründer")
c("junk", "mass_template", "de", "template A (5 of 5), sent in German to an English-speaking owner",
  [("j_tpl5", "2024-04-22 07:55",
    "Hallo Catriona, ich bin auf Ihr Profil gestoßen und war wirklich beeindruckt, was Sie bei Clyde "
    "Libraries & Learning aufgebaut haben. Wir helfen Führungskräften, ihre Verwaltungskosten mit "
    "smarter Automatisierung um bis zu 30% zu senken. Wären Sie offen, das gemeinsam auszuloten?"),
  ])

# -- merge-tag failures
p("j_mt1", "Tyler Brooks", "Growthify", "SDR")
c("junk", "merge_tag_fail", "en", "unfilled {first_name} tag",
  [("j_mt1", "2023-11-07 10:00",
    "Hi {first_name}, I noticed {company_name} is growing fast! We help teams like yours close more "
    "deals with AI-powered outreach. Worth a chat?"),
  ])
p("j_mt2", "Megan Holt", "VividEvents", "Account Manager")
c("junk", "merge_tag_fail", "en", "[Company] placeholder left in",
  [("j_mt2", "2024-02-20 11:20",
    "Hi Catriona, congratulations on all the success at [Company]! We create unforgettable "
    "corporate events and team-building days. Could we send you our 2024 brochure?"),
  ])
p("j_mt3", "Oliver Kent", "Kent & Marsh Legal", "Business Development")
c("junk", "merge_tag_fail", "en", "wrong name: addressed to Sarah",
  [("j_mt3", "2023-08-15 09:30",
    "Dear Sarah, following our research into leading organisations in your sector, we'd like to "
    "introduce our employment law retainer service. Fixed monthly fee, unlimited advice. May I call?"),
  ])
p("j_mt4", "Freya Lund", "Culturevox", "Partnerships Manager")
c("junk", "merge_tag_fail", "en", "wrong organisation: thinks she works at a museum",
  [("j_mt4", "2024-06-12 13:00",
    "Hi Catriona, I loved the recent exhibition at Glasgow Museums! Our audio-guide app could make "
    "your galleries even more engaging for visitors. Let me know if you'd like a demo for your museum."),
  ])

# -- Sponsored InMail
p("j_spon1", "LinkedIn Member", url="")
c("junk", "sponsored_inmail", "en", "sponsored InMail for an MBA programme",
  [("j_spon1", "2023-10-10 12:00",
    "<p>Hi Catriona,</p><p>Ready for the next step? Our Executive MBA fits around your career "
    "&amp; family. Join a free information evening on 24 October.</p><p>Apply today.</p>"),
  ], title="Sponsored Conversation", subject="Your next career move starts here")
p("j_spon2", "LinkedIn Member", url="")
c("junk", "sponsored_inmail", "en", "sponsored InMail for a cloud software webinar",
  [("j_spon2", "2024-05-14 12:00",
    "<p>Hi Catriona,</p><p>See how public sector teams are saving 40% on cloud costs. Register for "
    "our live webinar&nbsp;&ndash; seats are limited.</p>"),
  ], title="Sponsored Conversation", subject="Exclusive webinar invitation")
p("j_spon3", "LinkedIn Member", url="")
c("junk", "sponsored_inmail", "en", "sponsored InMail for a leadership whitepaper",
  [("j_spon3", "2024-09-03 12:00",
    "<p>Catriona, download our 2024 Leadership Report: what 1,000 CEOs say about hybrid work.</p>"
    "<p><a href=\"#\">Get the report</a></p>"),
  ], title="Sponsored Conversation", subject="The 2024 Leadership Report")

# -- paid awards / features / podcast
p("j_award", "Victoria Lang", "Public Sector Excellence Awards", "Awards Director")
c("junk", "paid_award", "en", "shortlisted for an award that needs a fee",
  [("j_award", "2024-03-04 09:00",
    "Dear Catriona, congratulations! You have been shortlisted for Scottish Public Sector Leader of "
    "the Year 2024. To confirm your place at the ceremony and in the winners' publication, there "
    "is a participation fee of £495 + VAT. Please confirm by Friday."),
  ])
p("j_feature", "Simon Ashby", "Leaders Today Magazine", "Editorial Partnerships")
c("junk", "paid_feature", "en", "paid magazine feature disguised as editorial",
  [("j_feature", "2023-12-12 15:00",
    "Hi Catriona, we're putting together our 'Women Leading Scotland' issue and would love to feature "
    "you with a full-page profile and interview. There is a small contribution of £1,200 towards "
    "production. Can I book you in?"),
  ])
p("j_podcast", "Tasha Bloom", "The Visionary Leaders Show", "Producer")
c("junk", "paid_podcast", "en", "podcast guest slot with a sponsorship fee",
  [("j_podcast", "2024-08-27 18:00",
    "Hey Catriona! Our team thinks your story would inspire our 50k listeners 🎙️ We'd love to have "
    "you as a guest. Guest spots come with a one-off sponsorship of $750 which covers editing and "
    "promotion. Shall I send the booking link?"),
  ])

# -- fluent junk naming her company
p("j_fluent", "Laura Finch", "Engagely", "Customer Success Director")
c("junk", "fluent_named_company", "en", "friendly, fluent pitch that names Clyde Libraries but fits anyone",
  [("j_fluent", "2024-10-07 09:45",
    "Hi Catriona, I hope autumn in Glasgow is treating you kindly! I've been following Clyde "
    "Libraries & Learning for a while and it's clear you really care about engaging your community. "
    "That's exactly why I thought of you: Engagely helps mission-driven organisations turn their "
    "audience into loyal advocates with personalised email journeys. Teams similar to yours have "
    "seen engagement rise by 60%. I'd love to share a few ideas tailored to Clyde Libraries, no "
    "strings attached. Would next Tuesday or Wednesday work for a chat?"),
  ])

p("j_print3d", "Noah Griggs", "Forge3D", "Sales")
c("junk", "off_topic_product", "en", "industrial 3D printer pitch",
  [("j_print3d", "2023-04-25 13:00",
    "Hi Catriona, are you still outsourcing your prototyping? Our industrial 3D printers cut "
    "prototype lead times from weeks to hours. Special financing available this quarter."),
  ])

p("j_leads", "Imran Sheikh", "B2B Data Hub", "Data Specialist")
c("junk", "generic_service_pitch", "en", "contact lists for sale",
  [("j_leads", "2023-01-17 07:20",
    "Hi, we provide verified B2B email lists of decision makers in any industry: 98% accuracy, "
    "GDPR compliant. Want a free sample of 100 contacts?"),
  ], folder="ARCHIVE")


if __name__ == "__main__":
    ex.write(
        OUT,
        {"First Name": "Catriona", "Last Name": "Baird",
         "Headline": "Director of Libraries at Clyde Libraries & Learning | Libraries are civic infrastructure",
         "Summary": ("I lead Glasgow's public library service for Clyde Libraries & Learning: 19 branches, "
                     "a central library, mobile and home delivery services and the Schools Library "
                     "Service. We also hire out our event spaces and run outreach programmes for "
                     "schools, housing providers and community partners. Passionate about warm, "
                     "welcoming, free public space."),
         "Industry": "Libraries", "Geo Location": "Glasgow, Scotland, United Kingdom",
         "Websites": "[COMPANY:clydelibraries.example]"},
        [{"Company Name": "Clyde Libraries & Learning", "Title": "Director of Libraries",
          "Description": "Public library service for the city of Glasgow on behalf of the council.",
          "Location": "Glasgow", "Started On": "Aug 2014", "Finished On": ""},
         {"Company Name": "Aberdeen City Libraries", "Title": "Head of Community Libraries",
          "Description": "", "Location": "Aberdeen", "Started On": "Mar 2008", "Finished On": "Jul 2014"},
         {"Company Name": "Falkirk Libraries", "Title": "Senior Librarian, Young People",
          "Description": "", "Location": "Falkirk", "Started On": "Sep 2001", "Finished On": "Feb 2008"}],
        ["Library Management", "Public Libraries", "Community Engagement", "Strategic Planning",
         "Budget Management", "Stakeholder Management", "Literacy", "Event Management",
         "Public Sector", "Leadership", "Partnership Working", "Digital Inclusion"],
    )
    print(ex.summary())

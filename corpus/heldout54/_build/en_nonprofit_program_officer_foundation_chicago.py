"""heldout54 persona: a program officer at a Chicago family foundation (2023 layout, English).

Written blind to the detector code in session 5; every message text is written by hand here.
Run it to regenerate ../en-nonprofit-program-officer-foundation-chicago/ byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-nonprofit-program-officer-foundation-chicago"
OWNER = Person("me", "Theresa Kowalczyk", "https://www.linkedin.com/in/theresa-kowalczyk-hff",
               "Halvorsen Family Foundation", "Program Officer, Economic Opportunity")
ex = Export(SLUG, "2023", OWNER)
P = ex.person

# ---------------------------------------------------------------- people: genuine contacts
P("marisol", "Marisol Quintero", "Pilsen Works Alliance", "Executive Director", connected="2017-03-14")
P("deshawn", "DeShawn Ellery", "Garfield Park Trades Academy", "Executive Director", connected="2019-06-02")
P("anneke", "Anneke Voss", "North Lawndale Kitchen Collective", "Founder", connected="2021-10-19")
P("corey", "Corey Blanchard", "Austin Youth Build", "Development Director", connected="2020-01-08")
P("priya", "Priya Ramaswamy", "Back of the Yards Credit Union", "Community Programs Lead", connected="2022-04-27")
P("lwelch", "Lorna Welch", "Englewood Makers Co-op", "Co-Director", connected="2023-01-30")
P("tobias", "Tobias Nwankwo", "Chatham Home Care Cooperative", "Founder", connected="2023-02-21")
P("hollis", "Hollis Parr", "Pullman Trust", "Senior Program Officer", connected="2015-09-10")
P("denise", "Denise Arroyo", "Pullman Trust", "Vice President of Programs", connected="2014-05-22")
P("gunnar", "Gunnar Halvorsen", "Halvorsen Family Foundation", "Board Chair", connected="2016-02-01")
P("ingrid", "Ingrid Halvorsen-Ruiz", "Halvorsen Family Foundation", "Board Member", connected="2018-11-12")
P("kwame", "Kwame Adjei-Boateng", "Halvorsen Family Foundation", "Program Associate", connected="2021-07-06")
P("ruth", "Ruth Ostrowski", "Lakeshore Evaluation Partners", "Principal", connected="2018-03-03")
P("brendan", "Brendan Fahey", "Grantwell", "Customer Success Manager", connected="2020-09-15")
P("nadia", "Nadia Suleiman", "Suleiman Research & Evaluation", "Independent Evaluator", connected="2019-05-17")
P("mcgrath", "Colleen McGrath", "Ridgeway Search Partners", "Partner", connected="2022-11-02")
P("jules", "Jules Okonkwo-Baird", "", "Grants professional", connected="2023-03-18")
P("ebarrett", "Eli Barrett", "Chicago Ledger", "Reporter, Economy & Labor", connected="2022-08-09")
P("fiona", "Fiona Dvorak", "Lakefront Philanthropy Forum", "Program Director", connected="2016-10-04")
P("meg", "Meg Tierney", "", "", connected="2008-09-01")
P("luis", "Luis Carrasco", "City of Chicago, Dept. of Family & Support Services", "Deputy Commissioner",
  connected="2012-06-11")
P("amara", "Amara Whitfield", "Garfield Park Trades Academy", "Program Coordinator", connected="2022-12-01")
P("hsu", "Raymond Hsu", "", "Retired, formerly Senior Program Officer", connected="2011-04-20")
P("kaplan", "Dr. Miriam Kaplan", "Loyola School of Social Work", "Clinical Professor", connected="2017-08-28")
P("oyelaran", "Temi Oyelaran", "West Loop Community Bank", "Head of Community Investment",
  connected="2023-04-04")
P("bergstrom", "Karl Bergstrom", "Bergstrom Wealth Advisors", "Senior Advisor", connected="2023-05-30")
P("fatima", "Fatima Haddad", "Little Village Women's Network", "Executive Director")
P("rhode", "Dana Rhode", "Twin Cities Common Good Fund", "Program Officer", connected="2019-10-10")
P("annika", "Annika Lindqvist", "Garfield Park Trades Academy", "Board Treasurer", connected="2022-12-05")
P("joelp", "Joel Pietrowski", "Austin Youth Build", "Executive Director", connected="2016-06-16")
P("bea", "Beatriz Soto", "Pilsen Works Alliance", "Program Manager", connected="2021-03-09")
P("wcook", "Wendell Cook", "Chatham Business Association", "President", connected="2013-02-02")

# ---------------------------------------------------------------- people: wanted pitches
P("prentiss", "Alma Prentiss", "Prentiss & Vale Evaluation", "Co-founder")
P("koh", "Danny Koh", "", "Freelance data designer")
P("whitcombe", "Sara Whitcombe", "Lakeview Digital", "Product Lead")
P("zielinski", "Magda Zielinski", "Two Bridges Language Services", "Founder")
P("harland", "Owen Harland", "Harland Leadership Search", "Managing Director")
P("ferreira", "Renata Ferreira", "Ferreira Facilitation", "Facilitator")
P("banerjee", "Dr. Sunil Banerjee", "Lakeside University Income Studies Lab", "Research Director")
P("ostlund", "Pete Ostlund", "Northbound Data Co.", "Founder")
P("imani", "Imani Brooks", "Brooks Type & Print", "Owner / Designer")
P("grady", "Maureen Grady", "Grady Lyle CPAs", "Partner, Private Foundations")
P("tillman", "Ava Tillman", "", "Freelance writer")
P("nakamura", "Ken Nakamura", "Commonvote", "Co-founder")

# ---------------------------------------------------------------- people: junk senders
P("tpl1", "Brayden Kessler", "Apex Growth Partners", "Managing Partner")
P("tpl2", "Chelsea Morrow", "BrightPath Digital", "Founder & CEO")
P("tpl3", "Nikhil Varma", "ScaleUp Outsourcing", "Business Development Manager")
P("tpl4", "Jordan Pike", "Summit Revenue Co.", "Growth Lead")
P("tpl5", "Leah Castellano", "Pinnacle Impact Marketing", "Partner")
P("merge1", "Tyler Gaines", "LeadForge", "Account Executive")
P("merge2", "Sofia Marchetti", "CloudNest Solutions", "Partnerships")
P("merge3", "Greg Holloway", "Holloway Insurance Group", "Agent")
P("merge4", "Kimberly Santos", "Elevate Coaching", "Executive Coach")
P("spon1", "Northgate University Online MBA", "Northgate University", "",
  url="https://www.linkedin.com/company/northgate-university-online")
P("spon2", "Vantacloud", "Vantacloud", "", url="https://www.linkedin.com/company/vantacloud")
P("award", "Victoria Lang", "Midwest Impact Leaders Awards", "Nominations Committee")
P("podcast", "Chad Brennan", "The Purpose Driven Leader Podcast", "Host & Producer")
P("feature", "Monica Reyes", "Philanthropy Today Magazine (Spotlight Series)", "Editorial Partnerships")
P("grantfund", "Marcus Delacroix", "Federal Grants Access Network", "Funding Specialist")
P("fundcap", "Jenna Hart", "Rapid Capital for Nonprofits", "Funding Advisor")
P("capacity", "Ethan Brooks", "ClientFlow Agency", "Founder")
P("likeminded", "Rick Salazar", "Salazar Ventures", "Entrepreneur | Investor | Speaker")
P("quickcall", "Dylan Ross", "RankRise SEO", "SEO Strategist")
P("ctp1", "Heather Vance", "Vance Leadership Coaching", "Leadership Coach",
  connected="2023-05-02", invite=("IN", "2023-05-01 19:12",
                                  "Hi Theresa, always happy to connect with fellow Chicagoans in the social sector!"))
P("ctp2", "Bryce Caldwell", "DonorSpring CRM", "Nonprofit Solutions Consultant",
  connected="2023-08-14", invite=("IN", "2023-08-13 21:40", ""))
P("ctp3", "Stacy Moreland", "WealthLens Screening", "Director, Nonprofit Partnerships",
  connected="2023-09-19", invite=("IN", "2023-09-18 16:05",
                                  "Fellow Sox fan here, would love to connect!"))
P("bump1", "Aaron Whitley", "Meridian Board Solutions", "Sales Director")
P("bump2", "Courtney Feld", "TalentBridge Staffing", "Recruiter")
P("solar", "Jake Lindgren", "SunPeak Home Solar", "Energy Consultant")
P("crypto", "Victor Lam", "Orion Digital Assets", "Wealth Strategist")
P("furniture", "Pam Hutchins", "OfficeWorks Interiors", "Sales Rep")
P("fleet", "Derek Sollis", "TrakFleet GPS", "Regional Manager")
P("offshore", "Rahul Mehta", "CodeBridge Technologies", "VP Sales")
P("geneval", "Connor Blake", "Impact Metrics Group", "Business Development")
P("gensoft", "Lindsey Park", "GrantGenius AI", "Account Executive")
P("genrecr", "Tanya Coles", "Velocity Talent", "Senior Tech Recruiter")
P("genacct", "Steve Marino", "Marino Bookkeeping", "Owner")
P("gentrans", "Alicia Gómez", "GlobalSpeak Translations", "Account Manager")
P("fluent", "Nathan Cole", "Storyline Brand Studio", "Creative Director")
P("aiwrite", "Bella Novak", "GrantScribe AI", "Growth")
P("summit", "Jessica Tran", "Global Executive Leadership Summit", "Delegate Relations")
P("golf", "Ray Dunmore", "Lone Star Business Alliance", "Events Chair")
P("appts", "Kyle Benton", "MeetingMachine", "Founder")

C = ex.conv

# =================================================================== GENUINE (35)
C("genuine", "grantee_report_extension", "en",
  "long-standing grantee ED asks for a two-week extension on the interim report",
  [("marisol", "2023-03-02 08:14",
    "Morning Theresa! Quick one. Our interim report is due the 15th and our data person just went on "
    "family leave. Any chance we could get two more weeks? I'd rather send you something real than "
    "something rushed."),
   ("me", "2023-03-02 09:40",
    "Of course, Marisol. Let's say March 31. I'll note it in Grantwell so you don't get the automated "
    "nag emails. Hope she and the baby are doing well!"),
   ("marisol", "2023-03-02 10:02", "You're a lifesaver. Baby girl, 7 lbs 2 oz, everyone's great."),
   ("me", "2023-03-02 10:05", "Oh that's wonderful. Congrats to the whole team!")])

C("genuine", "site_visit_thanks", "en", "grantee thanks her for the site visit, shares photos link",
  [("deshawn", "2023-04-20 17:31",
    "Theresa, thanks for coming out Tuesday even with that sleet. The apprentices were talking about "
    "your questions all afternoon (in a good way). I'll have Amara send the cohort numbers we promised."),
   ("me", "2023-04-20 18:12",
    "It was the best two hours of my week. The welding bay alone! Looking forward to the numbers, no rush."),
   ("deshawn", "2023-04-21 07:55", "Will do. Have a good weekend.")])

C("genuine", "convening_thanks", "en", "thank-you after the Westside Workforce Convening (1 of 3)",
  [("corey", "2023-06-09 16:20",
    "Thank you for pulling together yesterday's convening. I left with three new contacts and a much "
    "better sense of where the city money is going. Really well run."),
   ("me", "2023-06-09 16:48", "Thanks Corey, glad it was useful. Good to see Austin Youth Build so well represented!")])

C("genuine", "convening_thanks", "en", "thank-you after the Westside Workforce Convening (2 of 3)",
  [("priya", "2023-06-09 18:03",
    "Thank you for yesterday's convening! So useful to hear from the other grantees, and the lunch "
    "was great too. Let's find time to talk about the savings match idea."),
   ("me", "2023-06-12 08:30", "Thank you Priya! Yes, let's. I'll send a couple of times this week.")])

C("genuine", "convening_thanks", "en", "thank-you after the Westside Workforce Convening (3 of 3)",
  [("lwelch", "2023-06-10 10:11",
    "Thanks so much for yesterday's convening, Theresa. First time our co-op was in a room like that "
    "and everyone was so welcoming. Grateful!")])

C("genuine", "applicant_question", "en", "first-time LOI applicant asks about eligibility of a fiscal sponsor",
  [("tobias", "2023-02-27 13:44",
    "Hello Ms. Kowalczyk, I run a small home care cooperative in Chatham (11 worker-owners). We're "
    "fiscally sponsored by the Chatham Business Association while our 501c3 is pending. Are we "
    "eligible to submit an LOI for the spring cycle, or should we wait? Thank you for your time."),
   ("me", "2023-02-28 09:05",
    "Hi Tobias, thanks for asking before you put in the work. Yes, fiscally sponsored groups are "
    "eligible; you'll just need a letter from CBA confirming the sponsorship. Happy to do a 20-minute "
    "call if it helps, the LOI is short."),
   ("tobias", "2023-02-28 09:31", "That would help a lot. Thursday afternoon works for me."),
   ("me", "2023-02-28 09:40", "Thursday 2pm then, I'll send a Zoom link.")])

C("genuine", "declined_applicant_feedback", "en", "declined applicant politely asks for feedback",
  [("anneke", "2023-07-25 11:02",
    "Hi Theresa, we got the decline letter for the spring cycle. Disappointed of course but I'd really "
    "value any feedback, especially on the budget section. Would you have 15 minutes sometime?"),
   ("me", "2023-07-25 15:20",
    "Hi Anneke, I'm sorry it wasn't a yes this round. Honestly it was close. Budget was fine; the "
    "committee wanted to see how the kitchen gets to break-even. Let's talk Friday at 10?"),
   ("anneke", "2023-07-25 15:41", "Friday at 10 is perfect, thank you. That's helpful already.")])

C("genuine", "peer_funder_joint_rfp", "en", "peer funder proposes a joint RFP and co-funding split",
  [("hollis", "2023-01-18 14:22",
    "Theresa, Denise and I have been talking about the home care cooperatives space. Would Halvorsen "
    "consider a joint RFP with us this fall? We were thinking $600k pooled, 50/50, one application "
    "for the groups. I know your board would need to weigh in."),
   ("me", "2023-01-18 16:05",
    "Oh I love this. Gunnar will ask about governance first thing, so let's sketch who decides what. "
    "Coffee next week? I can come down to Pullman."),
   ("hollis", "2023-01-18 16:30", "Tuesday 9:30 at the Pullman Cafe? I'll bring a one-pager."),
   ("me", "2023-01-18 16:33", "See you there.")])

C("genuine", "board_member_docket", "en", "board chair asks about June docket",
  [("gunnar", "2023-05-15 07:02",
    "Theresa - can you send me the June docket by the 1st? Ingrid wants to read the co-op grants "
    "closely this time. Also are we still doing the bus tour in September?"),
   ("me", "2023-05-15 08:15",
    "Yes and yes. Docket by May 31 at the latest, and the bus tour is Sept 14, I'm holding the date "
    "with all three sites."),
   ("gunnar", "2023-05-15 08:20", "Great. Thank you.")])

C("genuine", "board_member_site_visit", "en", "board member wants to join a site visit",
  [("ingrid", "2023-08-03 19:45",
    "Hi T! Could I tag along on one of the co-op visits before the board meeting? I'd like to see "
    "one in person and not just read about it. Mornings are better for me."),
   ("me", "2023-08-04 08:50",
    "Absolutely. Tobias at Chatham Home Care said any Wednesday morning works. Aug 16?"),
   ("ingrid", "2023-08-04 09:12", "Aug 16 it is. I'll drive, I know parking down there is a pain.")])

C("genuine", "vendor_price_change", "en", "existing evaluation contractor announces 2024 rate increase",
  [("ruth", "2023-10-11 10:30",
    "Hi Theresa, a heads-up before you build the 2024 budget: our day rate goes from $1,250 to $1,350 "
    "starting January. First change in three years. Your current contract runs through December at "
    "the old rate, and I'm happy to hold it for the co-op study if you sign the extension before "
    "Dec 1."),
   ("me", "2023-10-11 13:02",
    "Thanks for the warning, Ruth, that's helpful. I'll put the extension in front of Kwame this "
    "week so we lock in the old rate."),
   ("ruth", "2023-10-11 13:10", "Perfect. Thanks for being easy to work with, as always.")])

C("genuine", "vendor_renewal_pricing", "en", "current grants-software CSM explains renewal pricing",
  [("brendan", "2023-09-05 15:00",
    "Hi Theresa, your Grantwell renewal is coming up Nov 1. Pricing is moving to per-user; for your "
    "5 seats that's $8,400/yr vs. $7,900 now. I can offer a 2-year lock at $8,100 if that helps with "
    "budgeting. Happy to hop on a call with you and Kwame."),
   ("me", "2023-09-06 09:20",
    "Thanks Brendan. Can you send the 2-year quote in writing? Also, is the mobile LOI form "
    "included in that tier or extra?"),
   ("brendan", "2023-09-06 10:44",
    "Quote is in your inbox. Mobile form is included from the spring release, no add-on."),
   ("me", "2023-09-06 10:50", "Great, thank you.")])

C("genuine", "owner_requests_quote", "en", "owner asks an evaluator for a quote; evaluator replies with scope and price",
  [("me", "2023-02-06 11:12",
    "Hi Nadia, hope you're well. We're piloting a guaranteed income project with 120 families in "
    "North Lawndale and I need a small implementation evaluation, mostly interviews. Would you be "
    "able to send a rough quote? Timeline would be April to October."),
   ("nadia", "2023-02-07 08:40",
    "Hi Theresa! Sounds like a great project. Rough numbers: 24 interviews, two focus groups, a "
    "short memo in July and a final report in October. I'd estimate $38-42k depending on "
    "translation. I can send a proper proposal by Friday."),
   ("me", "2023-02-07 09:05", "That's in range. Friday would be great, thank you!"),
   ("nadia", "2023-02-10 16:22", "Proposal sent to your work email. Let me know what questions you have.")])

C("genuine", "inbound_room_rental", "en", "nonprofit asks the rate to rent the foundation's convening room",
  [("fatima", "2023-04-03 12:15",
    "Hello Theresa, a friend at Pilsen Works told me the foundation rents out its community room to "
    "nonprofits. We're planning a 40-person training on May 20 (Saturday). What's the rate, and is "
    "catering allowed? We'd want it 9 to 3."),
   ("me", "2023-04-03 14:30",
    "Hi Fatima, yes! For nonprofits it's $150 for a full day, waived for grantees. Outside catering "
    "is fine. Let me check Saturday access with our facilities person and I'll confirm."),
   ("fatima", "2023-04-03 14:45", "Wonderful. $150 is very doable for us."),
   ("me", "2023-04-04 10:10", "Confirmed for May 20, 9-3. I'll send the room agreement by email.")])

C("genuine", "engaged_recruiter", "en", "search firm the foundation hired sends the grants manager shortlist",
  [("mcgrath", "2023-03-22 17:10",
    "Theresa, we have four strong finalists for the Grants Manager search. I've uploaded the packets. "
    "Two have Grantwell admin experience, which I know was high on your list. Can we hold "
    "interviews the week of April 3?"),
   ("me", "2023-03-23 08:05",
    "Thanks Colleen, that was fast. Week of April 3 works. Kwame and I will sit on all four, Gunnar "
    "wants to meet the final two."),
   ("mcgrath", "2023-03-23 08:30", "Noted, I'll send holds today.")])

C("genuine", "job_applicant", "en", "applicant for the Grants Associate role follows up",
  [("jules", "2023-03-28 20:12",
    "Dear Ms. Kowalczyk, I applied for the Grants Associate position last week and wanted to say how "
    "much I appreciated the note in the posting about paying for interview time. I've spent six years "
    "on the grantee side at a food pantry and would love to bring that perspective. Thank you for "
    "considering me."),
   ("me", "2023-03-29 09:15",
    "Hi Jules, thanks for reaching out. Ridgeway Search is managing the process; you'll hear from "
    "them about next steps either way by mid-April."),
   ("jules", "2023-03-29 09:22", "Thank you, that's good to know!")])

C("genuine", "journalist_request", "en", "reporter asks for comment on guaranteed income pilot",
  [("ebarrett", "2023-08-22 13:05",
    "Hi Theresa, Eli Barrett at the Chicago Ledger. I'm writing on the North Lawndale guaranteed "
    "income pilot. Could you talk for 10-15 min on the record about why Halvorsen funded the "
    "evaluation? Deadline Thursday."),
   ("me", "2023-08-22 14:40",
    "Hi Eli, happy to. Let me loop in our comms consultant, and I can do tomorrow at 11."),
   ("ebarrett", "2023-08-22 14:52", "11 works. I'll call your office line.")])

C("genuine", "event_invitation_contact", "en", "contact at a philanthropy forum invites her to speak on a panel",
  [("fiona", "2023-07-10 09:30",
    "Theresa! Would you speak on our October panel on trust-based reporting? 45 minutes, three "
    "panelists, me moderating. No slides required (I know you hate them)."),
   ("me", "2023-07-10 12:01", "Ha, you know me. Yes, send me the date and who else is on it."),
   ("fiona", "2023-07-10 12:20", "Oct 19, 2pm, Union League Club. Denise Arroyo and someone from the city.")])

C("genuine", "colleague_internal", "en", "program associate asks about docket write-ups",
  [("kwame", "2023-05-24 16:40",
    "Do you want the co-op write-ups in the old template or the new two-pager? Gunnar said shorter "
    "last time lol"),
   ("me", "2023-05-24 16:55", "Two-pager. Shorter is always right with Gunnar."),
   ("kwame", "2023-05-24 16:56", "Figured. Thx")])

C("genuine", "friend_small_talk", "en", "grad school friend, Cubs tickets and catching up",
  [("meg", "2023-06-28 21:14",
    "T!!! I have two extra tickets for the Cubs on the 8th, bleachers, you in? It's been forever"),
   ("me", "2023-06-28 21:30", "YES. It's been way too long. I'll bring sunscreen this time"),
   ("meg", "2023-06-28 21:32", "lol remember 2014. ok meet at the Addison stop at 12:30")])

C("genuine", "former_colleague_intro", "en", "city deputy commissioner asks for an intro to a grantee",
  [("luis", "2023-02-14 10:00",
    "Theresa, hope the new year is treating you well. Could you introduce me to DeShawn at Garfield "
    "Park Trades? We're redoing the summer jobs contracts and I want their input early."),
   ("me", "2023-02-14 11:20", "Done, check your inbox. He's been wanting to talk to the city about exactly that."),
   ("luis", "2023-02-14 11:25", "Appreciate you!")])

C("genuine", "mentee_career_advice", "en", "grantee staffer asks for career advice about moving to philanthropy",
  [("amara", "2023-09-12 19:30",
    "Hi Theresa, hope this isn't weird. I'm thinking about moving into philanthropy in a year or two. "
    "Would you have time for a coffee sometime? Totally fine if not."),
   ("me", "2023-09-13 07:45",
    "Not weird at all! I'd love to. Next Thursday morning near Garfield Park? My treat."),
   ("amara", "2023-09-13 08:02", "That would be great, thank you!!")])

C("genuine", "spam_folder_new_ed", "en", "new ED of a grantee introduces herself; landed in SPAM",
  [("bea", "2023-11-06 09:14",
    "Hi Theresa, I wanted you to hear it from me: Marisol is stepping back at the end of the year "
    "and the board asked me to serve as interim ED. I'd love to meet before the renewal conversation. "
    "Do you have time in the next two weeks?")],
  folder="SPAM")

C("genuine", "ribbon_cutting_invite", "en", "grantee invites her to a ribbon cutting",
  [("wcook", "2023-09-25 12:00",
    "Theresa, we're cutting the ribbon on the new Chatham small business hub Oct 7 at 10am. Would mean "
    "a lot to have you there. Coffee and Brown Sugar Bakery cake on us."),
   ("me", "2023-09-25 12:40", "Wouldn't miss it, Wendell. Especially not for that cake.")])

C("genuine", "owner_asks_peer", "en", "owner asks a Minneapolis peer about participatory grantmaking",
  [("me", "2023-04-11 14:00",
    "Hi Dana, I keep hearing about your community panel process. We're thinking about something "
    "similar for the co-op fund. Could I pick your brain for half an hour? Happy to buy you a beer "
    "next time you're in Chicago."),
   ("rhode", "2023-04-12 08:20",
    "Hi Theresa! Happy to. Fair warning, it's a lot more work than people think, but worth it. "
    "How about next Wednesday at 1 CT?"),
   ("me", "2023-04-12 08:35", "Perfect. And the beer offer stands.")])

C("genuine", "evaluator_draft_report", "en", "existing evaluator shares draft memo and schedules review call",
  [("nadia", "2023-07-21 17:02",
    "Theresa, the July memo draft is in the shared folder. Two of the families asked that their "
    "quotes not be used even anonymized, so I took those out. Can we review Tuesday?"),
   ("me", "2023-07-22 10:15", "Thanks Nadia, of course. Tuesday at 3 works. Reading it this weekend."),
   ("nadia", "2023-07-25 16:50", "Thanks for a great call. I'll have the revised version by Aug 4.")])

C("genuine", "inbound_cofunder", "en", "wealth advisor for a family wants to co-fund the co-op fund",
  [("bergstrom", "2023-06-01 11:30",
    "Ms. Kowalczyk, I advise a Chicago family who read about the co-op fund in Crain's. They'd like "
    "to contribute around $250,000 over two years, ideally alongside Halvorsen rather than starting "
    "their own process. Who would be the right person to discuss a pooled arrangement with?"),
   ("me", "2023-06-01 14:10",
    "Hi Karl, thanks for reaching out, that's very generous. I'm the right person to start with. "
    "Could we set up a call next week? I'll loop in our executive director."),
   ("bergstrom", "2023-06-01 14:30", "Next Tuesday or Wednesday morning works on our end.")])

C("genuine", "grant_agreement_amendment", "en", "grantee treasurer asks about amending the grant agreement",
  [("annika", "2023-10-02 15:15",
    "Hi Theresa, Annika (treasurer at GPTA). We'd like to move $18k from equipment to stipends in "
    "year two. Does that need a formal amendment to the agreement or just a letter?"),
   ("me", "2023-10-03 08:40",
    "Hi Annika, anything over 10% of a line needs a short amendment. I'll send the template; it's "
    "one page and I can turn it around in a week."),
   ("annika", "2023-10-03 09:00", "Great, thank you.")])

C("genuine", "long_standing_mentor", "en", "retired mentor checks in",
  [("hsu", "2023-12-18 10:05",
    "Theresa, saw your name in the Ledger piece. Proud of you. Lunch in January? I'm retired, I have "
    "nothing but time and opinions."),
   ("me", "2023-12-18 12:30",
    "Raymond!! Thank you. Lunch in January for sure, I want your opinions. Manny's?"),
   ("hsu", "2023-12-18 12:41", "Manny's. Corned beef. Jan 10.")])

C("genuine", "guest_lecture_invite", "en", "professor invites her to guest lecture",
  [("kaplan", "2023-01-24 16:00",
    "Hi Theresa, my Community Practice seminar meets Wednesdays 6-9. Would you come talk about "
    "how foundations decide? The students always ask for you after last year."),
   ("me", "2023-01-25 08:30", "I'd be glad to. March 8 or 15?"),
   ("kaplan", "2023-01-25 09:00", "March 15. Thank you!")])

C("genuine", "funders_table_group", "en", "group thread of the funders table scheduling the next meeting",
  [("denise", "2023-11-14 09:00",
    "All, proposing Dec 6 for the last funders table of the year. Hosting at Pullman. Theresa, could "
    "you give a 5-min update on the co-op RFP?"),
   ("oyelaran", "2023-11-14 09:35", "Dec 6 works for West Loop Community Bank."),
   ("me", "2023-11-14 10:02", "Works for me and yes to the update."),
   ("hollis", "2023-11-14 10:10", "I'll bring the numbers from our side.")],
  title="Westside Jobs Funders Table")

C("genuine", "letter_of_support", "en", "grantee asks for a letter of support for a federal application",
  [("joelp", "2023-02-20 13:20",
    "Theresa, we're applying for the DOL YouthBuild grant again. Would you write a letter of support? "
    "I can send a draft to save you time. Due March 3."),
   ("me", "2023-02-20 15:00", "Happy to, Joel. Send the draft and I'll make it sound like me."),
   ("joelp", "2023-02-20 15:04", "You're the best. Sending now.")])

C("genuine", "software_support_ticket", "en", "current software vendor follows up on a portal bug she reported",
  [("me", "2023-05-08 09:12",
    "Hi Brendan, three applicants told us the LOI form times out when they attach a budget over 5MB. "
    "Is that something on your end?"),
   ("brendan", "2023-05-08 11:45",
    "Hi Theresa, yes, we found it, it's a limit on the upload service. Fix goes out Thursday. I'll "
    "extend your LOI deadline in the system by 48 hours if you want."),
   ("me", "2023-05-08 11:50", "Yes please, thank you.")])

C("genuine", "bank_partner_followup", "en", "community bank contact follows up on savings match idea",
  [("oyelaran", "2023-06-15 16:00",
    "Theresa, following up on Priya's savings match idea from the convening. Our CRA team would "
    "match up to $50k. Worth a call with Priya and you?"),
   ("me", "2023-06-15 16:30", "Absolutely. I'll set it up for next week.")])

C("genuine", "conference_logistics", "en", "peer from Minneapolis sorts out conference logistics",
  [("rhode", "2023-09-28 20:05",
    "Are you still doing the Midwest Grantmakers Summit in Milwaukee? I'm driving down Tuesday and "
    "could grab you in Evanston on the way. Lol that's not on the way but I'll do it."),
   ("me", "2023-09-28 20:20", "Ha! I'll take the Hiawatha, but I'll save you a seat at the dinner."),
   ("rhode", "2023-09-28 20:22", "Deal. Bring cheese curds back for me.")])

# =================================================================== WANTED PITCHES (12)
C("wanted_pitch", "evaluation_after_article", "en",
  "evaluation firm cites her article on trust-based reporting and offers a matching light-touch method",
  [("prentiss", "2023-03-09 10:20",
    "Hi Theresa, I read your piece in the Lakefront Forum newsletter, 'What we stopped asking "
    "grantees for.' The line about reports that get written for nobody stuck with me. We've been "
    "doing 45-minute 'reporting conversations' instead of written reports for two Milwaukee funders, "
    "and we write them up for the funder, not the grantee. If that's useful for the co-op fund, I'm "
    "happy to share the template, no strings. And if you ever want help running it, we do that too."),
   ("me", "2023-03-10 08:30", "Alma, I'd love to see the template. Thank you for actually reading it!"),
   ("prentiss", "2023-03-10 09:00", "Sent to your email. Happy to talk whenever.")])

C("wanted_pitch", "data_design_after_talk", "en",
  "freelance data designer heard her summit talk about dashboards nobody reads",
  [("koh", "2023-10-20 14:15",
    "Hi Theresa, I was in the back row for your 'dashboards nobody reads' talk in Milwaukee. Your "
    "example of the 40-tab grantee spreadsheet is basically my whole career. I make one-page, "
    "printable data summaries for small funders, usually 3-4 a year per client. Here are two I did "
    "for a Madison community foundation: [link]. If the co-op fund ever needs one, I'd love to help.")])

C("wanted_pitch", "software_after_site_visit", "en",
  "grant software vendor visited her application portal and names the mobile/PDF problem",
  [("whitcombe", "2023-04-18 11:00",
    "Hello Theresa, I went through your spring LOI process as a test applicant (sorry, I withdrew "
    "it right after). Two things jumped out: the budget has to be a PDF upload, and the form doesn't "
    "save progress on a phone. For the small co-ops you're funding, a lot of LOIs get started on a "
    "phone. Our add-on sits on top of Grantwell and fixes both; it's $900 a year for a foundation "
    "your size. Worth a 20-minute look?"),
   ("me", "2023-04-19 09:45",
    "Ha, you're right on both. We've had complaints. Let me ask Brendan whether Grantwell fixes it "
    "first; if not, I'll come back to you.")])

C("wanted_pitch", "translation_specific_problem", "en",
  "language services firm noticed the RFP is English-only while funding Pilsen and Little Village",
  [("zielinski", "2023-05-22 09:30",
    "Dear Theresa, I noticed the co-op RFP on your site is only in English, while three of your "
    "current grantees run their programs mostly in Spanish and one in Polish. We're a small "
    "Chicago firm (Archer Heights) and translate RFPs and reporting forms for two community "
    "foundations. A 6-page RFP in Spanish and Polish would be about $680 with a 5-day turnaround. "
    "If that's of interest I can send samples.")])

C("wanted_pitch", "recruiter_relevant_role", "en",
  "executive recruiter with a senior program role matching her workforce portfolio",
  [("harland", "2023-11-28 15:40",
    "Hi Theresa, I'm running the search for a Director of Economic Mobility at a national foundation "
    "opening a Chicago office. They specifically want someone who has funded worker cooperatives and "
    "run a guaranteed income evaluation, which is a short list, and your name came up twice. Fully "
    "confidential. Would you be open to a conversation, even just to hear what it is?"),
   ("me", "2023-11-29 12:10", "I'm not looking, but I'll listen. Can you send the description?"),
   ("harland", "2023-11-29 12:30", "Sending to your personal email now. Thanks for being open.")])

C("wanted_pitch", "facilitator_mutual_contact", "en",
  "facilitator referred by Denise Arroyo for the board retreat",
  [("ferreira", "2023-07-06 10:05",
    "Hi Theresa, Denise Arroyo at Pullman Trust suggested I get in touch. She mentioned Halvorsen's "
    "board is planning a retreat on whether to spend down, and that you're the one pulling it "
    "together. I facilitated Pullman's strategy retreat last year. If it's helpful, I'd be glad to "
    "share how we structured the family-member vs. independent director conversations there."),
   ("me", "2023-07-06 13:30",
    "Renata, thanks, Denise spoke highly of you. Can you send a short proposal? Likely a day and a "
    "half in February."),
   ("ferreira", "2023-07-07 08:45", "Will do by next week.")])

C("wanted_pitch", "research_after_press_release", "en",
  "university research lab saw the pilot press release and offers an evaluation partnership",
  [("banerjee", "2023-01-31 12:00",
    "Dear Ms. Kowalczyk, I saw the Halvorsen press release announcing the North Lawndale guaranteed "
    "income pilot (120 families, 18 months). Our lab runs the administrative-data linkage for three "
    "similar pilots in Illinois; we could add employment and benefits outcomes at no cost to the "
    "foundation, since it's grant-funded on our side. Could we set up a short call with you and "
    "your evaluator?")])

C("wanted_pitch", "tooling_connector", "en",
  "small data firm noticed her team exports Grantwell reports into Excel and offers a connector",
  [("ostlund", "2023-06-20 14:45",
    "Hi Theresa, in your Lakefront Forum webinar you mentioned Kwame exports Grantwell reports to "
    "Excel every quarter and rebuilds the pivot tables by hand. We built a small connector that "
    "does exactly that refresh automatically for Grantwell customers. It's $60/month, no contract. "
    "Happy to set up a 2-week trial on a copy of your data.")])

C("wanted_pitch", "design_specific_problem", "en",
  "local designer noticed the annual report PDF is 48MB and not screen-reader accessible",
  [("imani", "2023-08-29 10:10",
    "Hi Theresa, I'm a designer in Bronzeville (and a Garfield Park Trades alum, class of 2016). I "
    "tried to read your 2022 annual report on my phone: it's a 48MB PDF and a screen reader can't "
    "get past the cover. I do accessible annual reports for small nonprofits and foundations, "
    "usually $3,500-5,000. Would you want me to take a pass at the 2023 one?"),
   ("me", "2023-08-29 13:30",
    "Imani, that's embarrassing and also very useful. Yes, let's talk in September when we start "
    "planning it.")])

C("wanted_pitch", "cpa_public_990", "en",
  "CPA firm read the public 990-PF and names the payout and excise tax issue",
  [("grady", "2023-04-26 09:00",
    "Hello Theresa, I work only with private foundations. Looking at Halvorsen's public 990-PF for "
    "2021, your qualifying distributions landed just over the 5% line and the excise tax was at "
    "the 1.39% rate. With the co-op RFP coming, there may be room to plan the timing of "
    "distributions. If your finance lead would find a second opinion useful, I'd be glad to talk.")])

C("wanted_pitch", "writer_after_post", "en",
  "freelance writer responds to her LinkedIn post about collecting grantee stories with consent",
  [("tillman", "2023-10-03 20:00",
    "Hi Theresa, your post last week about not wanting 'poverty photos' in the annual report was "
    "great. I write profiles for nonprofits where the subject reads and approves everything before "
    "it's used, and I pay participants for their time. If you're planning stories for the co-op "
    "fund, I'd love to be considered. Some samples: [link]")])

C("wanted_pitch", "platform_after_qna_question", "en",
  "participatory grantmaking platform cites the question she asked at a webinar Q&A",
  [("nakamura", "2023-05-03 17:15",
    "Hi Theresa, you asked during yesterday's webinar how to pay community panelists without "
    "creating a tax headache. We built exactly that into Commonvote: stipends go out as gift cards "
    "under the IRS threshold and we handle the paperwork. Dana Rhode's fund uses it. Want a demo?"),
   ("me", "2023-05-04 08:00", "Dana mentioned you. Yes, a demo would be useful. Next week?"),
   ("nakamura", "2023-05-04 08:15", "Tuesday 11am CT? I'll send an invite.")])

# =================================================================== JUNK (38)
C("junk", "template_growth_call", "en", "template 1/5: impressed by your work, 15-min call",
  [("tpl1", "2023-02-08 08:02",
    "Hi Theresa, I came across your profile and was really impressed by the work you're doing at "
    "Halvorsen Family Foundation. We help foundation leaders unlock predictable growth through "
    "proven systems. Would you be open to a quick 15-minute call next week?")])

C("junk", "template_growth_call", "en", "template 2/5: same shape, different fill",
  [("tpl2", "2023-03-15 07:45",
    "Hi Theresa! Came across your profile and was so impressed with what you're doing at the "
    "Halvorsen Family Foundation. We help nonprofit leaders build a digital presence that converts. "
    "Open to a quick 15 min chat next week?")])

C("junk", "template_growth_call", "en", "template 3/5: same shape, outsourcing fill",
  [("tpl3", "2023-05-10 04:12",
    "Hello Theresa, I came across your profile and was truly impressed by the work you are doing "
    "with Halvorsen Family Foundation. We help organizations like yours reduce operational costs by "
    "up to 60%. Would you be available for a quick 15-minute call this week?")])

C("junk", "template_growth_call", "en", "template 4/5: same shape, revenue fill, follow-up bump",
  [("tpl4", "2023-06-21 08:30",
    "Hi Theresa - came across your profile and really impressed by your work at Halvorsen Family "
    "Foundation. We help philanthropy leaders scale revenue without adding headcount. Worth a quick "
    "15-minute call?"),
   ("tpl4", "2023-06-28 08:30", "Hi Theresa, just floating this back to the top of your inbox!")])

C("junk", "template_growth_call", "en", "template 5/5: same shape, marketing fill",
  [("tpl5", "2023-09-06 09:10",
    "Hey Theresa, I stumbled on your profile and I'm impressed by the impact Halvorsen Family "
    "Foundation is making. We help mission-driven leaders amplify their brand and attract more "
    "donors. Would a quick 15-minute call next week make sense?")])

C("junk", "merge_tag_failure", "en", "merge tag failure {first_name}",
  [("merge1", "2023-02-22 10:00",
    "Hi {first_name}, I noticed {company_name} is growing fast. We help teams like yours book 30+ "
    "qualified meetings a month. Do you have 10 minutes on Thursday?")])

C("junk", "merge_tag_failure", "en", "merge tag failure [Name] [Company]",
  [("merge2", "2023-04-05 06:30",
    "Hi [Name], hope you're well! I wanted to reach out because [Company] looks like a perfect fit "
    "for our cloud migration offering. Are you the right person to talk to about IT infrastructure?")])

C("junk", "merge_tag_wrong_name", "en", "wrong name and wrong company",
  [("merge3", "2023-07-17 11:20",
    "Hi Rebecca, congrats on your recent growth at Halverson Industries! As a business owner you "
    "know how important it is to protect your assets. Can I send you a quick quote for commercial "
    "liability coverage?")])

C("junk", "merge_tag_failure", "en", "merge tag failure {{FirstName}} in coaching pitch",
  [("merge4", "2023-10-30 07:00",
    "{{FirstName}}, as a leader in the nonprofit space, are you feeling burned out? My 12-week "
    "executive coaching program has helped 500+ leaders reclaim their time. Spots are limited for Q1!")])

C("junk", "sponsored_inmail", "en", "Sponsored InMail for an online MBA",
  [("spon1", "2023-03-01 12:00",
    "<p>Hi Theresa,</p><p>Ready to take the next step? The Northgate Online MBA lets working "
    "professionals earn a top-ranked degree in as little as 18 months.</p><p>Apply by April 1 and "
    "we'll waive your application fee.</p>")],
  title="Sponsored Conversation", subject="Theresa, your MBA is closer than you think")

C("junk", "sponsored_inmail", "en", "Sponsored InMail for a cloud webinar",
  [("spon2", "2023-08-08 12:00",
    "<p>Hi Theresa,</p><p>Join our exclusive live webinar: <b>5 ways CFOs are cutting cloud spend "
    "in 2023</b>.</p><p>Save your seat today &amp; get the free playbook.</p>")],
  title="Sponsored Conversation", subject="Exclusive webinar invitation")

C("junk", "paid_award", "en", "paid 'award' nomination with a fee",
  [("award", "2023-04-13 13:00",
    "Congratulations Theresa! You have been selected as a finalist for the 2023 Midwest Impact "
    "Leaders Award. To confirm your finalist status and receive your crystal trophy and feature "
    "profile, a participation fee of $495 applies. Please confirm by Friday to secure your place.")])

C("junk", "paid_podcast", "en", "podcast guest slot that costs money",
  [("podcast", "2023-05-31 10:30",
    "Hi Theresa, our team loves your story and would like to invite you as a featured guest on The "
    "Purpose Driven Leader Podcast (top 2% globally!). Guest spots include professional editing and "
    "promotion for a one-time investment of $1,200. Shall I send the booking link?")])

C("junk", "paid_feature", "en", "paid magazine spotlight",
  [("feature", "2023-09-14 09:00",
    "Hi Theresa, Philanthropy Today is running a Spotlight Series on visionary foundation leaders "
    "and we'd love to feature you. Packages start at $2,750 and include a full-page profile and "
    "digital badge. Interested?"),
   ("feature", "2023-09-21 09:00", "Just checking in, Theresa, only 3 spots remain for the fall issue!")])

C("junk", "offers_what_she_does", "en", "offers grant funding to a grant maker",
  [("grantfund", "2023-02-15 15:30",
    "Hi Theresa, did you know your organization may qualify for up to $250,000 in federal and "
    "private grant funding? Our specialists find, write and submit grants for you. Let's find out "
    "how much funding Halvorsen Family Foundation qualifies for!")])

C("junk", "offers_what_she_does", "en", "offers fast nonprofit capital to a funder",
  [("fundcap", "2023-06-06 08:45",
    "Hi Theresa! Need funding fast? We provide flexible capital to nonprofits and foundations in "
    "as little as 48 hours. No collateral, simple application. Reply YES and I'll send details.")])

C("junk", "capacity_for_clients", "en", "'do you have capacity for new clients?'",
  [("capacity", "2023-07-12 07:20",
    "Hey Theresa, quick question: do you have capacity for new clients right now? We fill calendars "
    "for service businesses with pre-qualified leads, pay per appointment. Let me know!")])

C("junk", "like_minded_entrepreneurs", "en", "connect as like-minded entrepreneurs",
  [("likeminded", "2023-08-17 22:10",
    "Hi Theresa, I love connecting with like-minded entrepreneurs who are building something great. "
    "I'm always looking to add value to my network. Let's connect and see how we can help each "
    "other grow!")])

C("junk", "quick_call_seo", "en", "quick 15-minute call for SEO",
  [("quickcall", "2023-10-17 05:50",
    "Hi Theresa, I ran a quick audit of your website and found 27 SEO issues hurting your Google "
    "ranking. Do you have 15 minutes for a quick call so I can walk you through them?")])

C("junk", "connect_then_pitch", "en",
  "connected the day before; small talk about Chicago, pitch in message 3 after she replied",
  [("ctp1", "2023-05-02 09:00",
    "Thanks for connecting, Theresa! How are you holding up with this cold May? I swear we skipped spring."),
   ("me", "2023-05-02 12:30", "Ha, right? I've still got my winter coat by the door."),
   ("ctp1", "2023-05-03 08:15",
    "Same here! By the way, I work with nonprofit leaders who are overwhelmed and running on empty. "
    "My 90-day Lead With Ease program helps you get 10 hours a week back. Would you be open to a "
    "complimentary discovery call?")])

C("junk", "connect_then_pitch", "en", "connected then compliments, then fundraising CRM pitch to a funder",
  [("ctp2", "2023-08-14 10:00",
    "Hi Theresa, great to be connected! Really enjoying your posts."),
   ("ctp2", "2023-08-16 10:05",
    "I help development teams raise more with DonorSpring, the CRM built for fundraisers. Most "
    "teams see 30% more recurring gifts in year one. Can I show you a quick demo?")])

C("junk", "connect_then_pitch", "en", "connected as 'fellow Sox fan', pitch in message 2",
  [("ctp3", "2023-09-19 09:30",
    "Hey Theresa! Thanks for connecting. Rough season for the Sox huh?"),
   ("me", "2023-09-19 18:00", "Don't remind me."),
   ("ctp3", "2023-09-20 08:00",
    "Haha. On another note: WealthLens screens your donor database for major-gift capacity in "
    "minutes. Organizations like yours typically find 12% more prospects. Open to a 15 min demo?"),
   ("ctp3", "2023-09-27 08:00", "Hi Theresa, bumping this up in case it got buried!")])

C("junk", "followup_bump_no_reply", "en", "board software pitch with two bumps, never answered",
  [("bump1", "2023-01-10 09:00",
    "Hi Theresa, board meetings taking too much prep time? Meridian's board portal cuts prep by 50%. "
    "Can we set up a short demo?"),
   ("bump1", "2023-01-17 09:00", "Following up on my note below, Theresa. Any interest?"),
   ("bump1", "2023-01-31 09:00",
    "Hi Theresa, I haven't heard back so I'll assume the timing isn't right. Should I close your file?")])

C("junk", "followup_bump_no_reply", "en", "staffing agency pitch with bump",
  [("bump2", "2023-11-08 13:15",
    "Hi Theresa, are you hiring this quarter? TalentBridge supplies temp admin and warehouse staff "
    "within 24 hours."),
   ("bump2", "2023-11-15 13:15", "Hi again! Just following up on my previous message.")])

C("junk", "off_topic_product", "en", "residential solar pitch",
  [("solar", "2023-04-24 18:30",
    "Hi Theresa, homeowners in Cook County are eligible for new solar incentives that cut electric "
    "bills to $0. Would you like a free roof assessment this week?")])

C("junk", "off_topic_product", "en", "crypto wealth pitch",
  [("crypto", "2023-07-02 23:05",
    "Hello Theresa, I help high-net-worth professionals diversify into digital assets with "
    "institutional-grade security. Our clients averaged 38% returns last year. Can I share our deck?")])

C("junk", "off_topic_product", "en", "office furniture pitch",
  [("furniture", "2023-08-24 11:00",
    "Hi Theresa, is your team returning to the office? We have ergonomic chairs and sit-stand desks "
    "at 40% off for bulk orders. Happy to send a catalog.")])

C("junk", "off_topic_product", "en", "fleet GPS tracking pitch",
  [("fleet", "2023-10-09 07:40",
    "Hi Theresa, how many vehicles does your fleet have? TrakFleet GPS cuts fuel costs by 20%. "
    "Let me know and I'll put together pricing.")])

C("junk", "offshore_dev", "en", "offshore development team pitch",
  [("offshore", "2023-03-27 03:30",
    "Dear Theresa, hope you are doing great. We are a leading software development company with 250+ "
    "engineers offering web, mobile and AI solutions at competitive rates. Kindly let me know if "
    "you have any requirement.")])

C("junk", "generic_evaluation", "en", "generic impact measurement pitch (counterpart of the evaluation wanted pitch)",
  [("geneval", "2023-05-17 10:00",
    "Hi Theresa, measuring impact is hard. Impact Metrics Group helps organizations of all sizes "
    "prove their value with data-driven dashboards and reports. Would you like to see how we've "
    "helped 200+ clients?")])

C("junk", "generic_grant_software", "en", "generic AI grant software pitch (counterpart of the software wanted pitch)",
  [("gensoft", "2023-09-26 14:00",
    "Hi Theresa, still managing grants in spreadsheets? GrantGenius AI is the all-in-one platform "
    "for grantmakers. Automate everything! Book a demo this week and get 20% off your first year.")])

C("junk", "generic_recruiter", "en", "recruiter with an unrelated sales role (counterpart of the recruiter wanted pitch)",
  [("genrecr", "2023-11-20 12:00",
    "Hi Theresa, I have an exciting opportunity for an Enterprise Account Executive at a fast-growing "
    "SaaS startup. OTE $220k, fully remote. Your background looks like a great fit! Are you open to "
    "new opportunities?")])

C("junk", "generic_accounting", "en", "generic bookkeeping pitch (counterpart of the CPA wanted pitch)",
  [("genacct", "2023-01-26 16:20",
    "Hi Theresa, tax season is coming! Marino Bookkeeping helps small business owners stay "
    "organized and stress-free. First month free. Let's chat!")])

C("junk", "generic_translation", "en", "generic translation pitch (counterpart of the translation wanted pitch)",
  [("gentrans", "2023-06-13 05:10",
    "Dear Theresa, GlobalSpeak offers professional translation in 120+ languages for all industries. "
    "Fast, accurate and affordable. Please find attached our rate card and contact us for any needs.")])

C("junk", "fluent_names_company", "en", "fluent marketing pitch that names her foundation but fits anyone",
  [("fluent", "2023-07-27 09:45",
    "Hi Theresa, the Halvorsen Family Foundation is clearly doing meaningful work, and I think more "
    "people deserve to hear about it. Organizations like yours often struggle to tell their story in "
    "a way that cuts through the noise. At Storyline, we craft brand narratives that inspire action "
    "and build lasting loyalty. Would you be open to exploring what that could look like for "
    "Halvorsen?")])

C("junk", "irrelevant_ai_tool", "en", "AI grant-writing tool pitched to a grant maker",
  [("aiwrite", "2023-04-19 06:55",
    "Hi Theresa! Writing grant applications takes forever. GrantScribe AI drafts winning proposals in "
    "minutes so your team can focus on the mission. Try it free for 14 days!")])

C("junk", "paid_event_ticket", "en", "mass invite to a paid executive summit",
  [("summit", "2023-10-24 08:00",
    "Dear Theresa, you've been hand-picked to attend the Global Executive Leadership Summit in Las "
    "Vegas this December. Delegate passes are $1,995 (early-bird). Secure your seat among 500 "
    "visionary leaders!")])

C("junk", "irrelevant_sponsorship", "en", "sponsorship ask for an unrelated out-of-state golf outing",
  [("golf", "2023-03-20 14:00",
    "Hi Theresa, the Lone Star Business Alliance Charity Golf Classic in Houston is seeking sponsors! "
    "Hole sponsorships start at $2,500 with logo placement and a foursome. Can I count you in?")])

C("junk", "appointment_setting", "en", "appointment-setting agency pitch",
  [("appts", "2023-12-05 06:00",
    "Theresa, what if your calendar filled itself? MeetingMachine books 20+ sales meetings per month "
    "for B2B companies, guaranteed. Quick call this week?")])


def main() -> None:
    out = Path(__file__).resolve().parents[1] / SLUG
    ex.write(out,
             {"First Name": "Theresa", "Last Name": "Kowalczyk",
              "Headline": "Program Officer, Economic Opportunity at the Halvorsen Family Foundation | "
                          "worker co-ops, guaranteed income, West Side neighborhoods",
              "Summary": "I fund community organizations on Chicago's West and South Sides working on "
                         "jobs, worker ownership and household income. Grew up in Back of the Yards. "
                         "Trust-based reporting evangelist.",
              "Industry": "Philanthropy", "Zip Code": "60608", "Geo Location": "Chicago, Illinois",
              "Websites": "https://halvorsenfamilyfoundation.example"},
             [{"Company Name": "Halvorsen Family Foundation", "Title": "Program Officer, Economic Opportunity",
               "Description": "Workforce, worker cooperatives and guaranteed income portfolio.",
               "Location": "Chicago, Illinois", "Started On": "Aug 2017", "Finished On": ""},
              {"Company Name": "Pullman Trust", "Title": "Program Associate", "Description": "",
               "Location": "Chicago, Illinois", "Started On": "Jun 2012", "Finished On": "Jul 2017"},
              {"Company Name": "Pilsen Works Alliance", "Title": "Case Manager", "Description": "",
               "Location": "Chicago, Illinois", "Started On": "Sep 2008", "Finished On": "May 2012"}],
             ["Grantmaking", "Program Evaluation", "Community Development", "Workforce Development",
              "Nonprofit Management", "Facilitation"])
    print(ex.summary())


if __name__ == "__main__":
    main()

"""heldout11 persona: Maren Holloway, enterprise AE at an HR-software company in Austin (2024 layout).

Written blind to the detector in session 3. Every message text below is written by hand.
Run: /work/main/.venv/bin/python corpus/heldout11/_build/en_saas_account_executive_austin.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-saas-account-executive-austin"
OWNER = Person("me", "Maren Holloway", "https://www.linkedin.com/in/maren-holloway-7c21e9")

ex = Export(SLUG, "2024", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people: colleagues, clients, friends
P("rvp", "Darnell Pruitt", "Corvella", "Regional Vice President, Enterprise Sales", connected="2021-03-15")
P("se", "Tomás Villarreal", "Corvella", "Senior Solutions Engineer", connected="2021-04-02")
P("sops", "Becca Lindqvist", "Corvella", "Sales Operations Manager", connected="2021-05-11")
P("cs", "Keisha Brandt", "Corvella", "Director, Customer Success", connected="2021-06-20")
P("mkt", "Owen Fairbanks", "Corvella", "Field Marketing Manager", connected="2022-01-10")
P("lead1", "Gloria Esparza", "St. Brendan Health Partners", "VP, Human Resources", connected="2024-02-27",
  invite=("IN", "2024-02-26 17:40", "Hi Maren - we met briefly at SHRM Texas. Would like to follow up about Corvella."))
P("lead2", "Nathaniel Okoro", "Redline Freight Systems", "Chief People Officer", connected="2023-11-08")
P("cust1", "Holly Brennan", "Pecan Valley Credit Union", "HRIS Manager", connected="2022-08-19")
P("cust2", "Raj Subramanian", "Brightwater Logistics", "Director of People Operations", connected="2022-05-03")
P("cfo", "Linda Castellano", "Brightwater Logistics", "Chief Financial Officer", connected="2023-09-12")
P("vend", "Cody Marsh", "Prospectly", "Customer Success Manager", connected="2022-09-01")
P("payroll", "Simone Achebe", "Ledgerline Payroll", "Partner Account Manager", connected="2022-11-14")
P("recr", "Whitney Sorensen", "Talentbridge Search", "Partner, GTM Recruiting", connected="2024-04-03",
  invite=("OUT", "2024-04-02 21:05", "Hi Whitney - saw your post about the Strategic AE search. Happy to chat."))
P("appl", "Jordan Whitfield", "", "Customer Service Lead at Hill Country Outfitters", connected="2024-06-11")
P("spamfriend", "Carrie-Anne Dupree", "Lone Star Pediatrics", "Practice Manager", connected="2014-09-30")
P("dinner1", "Marcus Oyelaran", "Tejas Energy Co-op", "HR Director", connected="2024-05-16")
P("dinner2", "Felicity Tran", "Colorado River Community College District", "Associate VP, HR", connected="2024-05-17")
P("dinner3", "Brent Hollister", "Sunbelt Home Builders", "VP People", connected="2024-05-16")
P("champ", "Adaeze Nwosu", "Meridian Ortho Group", "Head of People", connected="2020-02-11")
P("oldmgr", "Phil Abernathy", "Stackwise", "VP Sales", connected="2016-07-19")
P("mentor", "Gwen Talbot", "", "Retired CRO, advisor", connected="2013-05-06")
P("journo", "Sasha Lindgren", "HR Tech Dispatch", "Senior Reporter", connected="2024-07-22")
P("userconf", "Eli Montgomery", "Pecan Valley Credit Union", "Chief Human Resources Officer", connected="2022-08-20")
P("prospect", "Trevor Kim", "Alamo Regional Transit", "HR Operations Manager", connected="2023-06-02")
P("legal", "Priscilla Vance", "Redline Freight Systems", "Senior Counsel, Procurement", connected="2024-01-09")
P("impl", "Hector Salinas", "Bluebonnet Consulting Group", "Managing Partner", connected="2021-10-05")
P("peer", "Dana Whitcomb", "Fluxpoint Security", "Enterprise Account Executive", connected="2020-08-14")
P("intro", "Rosalind Ayers", "Austin Women in Revenue", "Community Lead", connected="2019-03-22")
P("introd", "Curtis Lang", "Hays County ISD", "Executive Director of HR", connected="2024-03-19")
P("alum", "Kayla Benitez", "Texas State University", "Student, Marketing", connected="2024-08-01",
  invite=("IN", "2024-07-31 20:14", "Hi! Fellow Bobcat here, would love to ask you about getting into sales."))
P("rfp", "Martin Ochoa", "Travis Bend County", "Purchasing Agent", connected="2024-08-26")
P("friend", "Lacey Fontaine", "Eastside Run Club", "Run club organizer", connected="2018-04-12")
P("confplan", "Nadia Petrossian", "Hill Country Revenue Summit", "Program Director", connected="2024-02-05")
P("formercol", "Lena Marsh-Ortiz", "Deckhand", "Co-founder", connected="2017-02-08")
P("cschurn", "Andre Beaumont", "Corvella", "Customer Success Manager", connected="2023-03-01")

# ---------------------------------------------------------------- people: pitchers
P("w_post", "Ivy Castellanos", "Relay Signals", "Founder", connected="2024-03-12")
P("w_talk", "Gareth Mills", "Mills Negotiation Lab", "Negotiation coach", connected="2024-04-22")
P("w_recr", "Anika Sorensen-Ruiz", "Northpath Talent", "Executive Recruiter, HR Tech", connected="2024-09-03")
P("w_data", "Benji Okafor", "Wardline Data", "Account Executive, Healthcare", connected="2024-05-29")
P("w_rfp", "Colette Amari", "Answerly", "Account Executive", connected="2024-06-17")
P("w_gov", "Sterling Ashby", "Capitol Procurement Advisors", "Principal", connected="2024-08-19")
P("w_tool", "Ravi Menon", "Syncfold", "Co-founder", connected="2024-01-23")
P("w_deck", "Juniper Hale", "", "Freelance presentation designer", connected="2024-07-09")
P("w_event", "Mateo Guerrero", "Barrow & Vine Private Dining", "Events Manager", connected="2024-05-30")
P("w_coach", "Nicole Sato", "Second Chair Coaching", "Leadership coach for new sales managers", connected="2024-08-15")
P("w_gift", "Paloma Reyes", "Kindred Crate", "Corporate Gifting Lead", connected="2024-04-10")
P("w_cert", "Howard Lyle", "Qualify Academy", "Program Manager", connected="2024-10-02")

P("t1", "Brady Kessler", "PipeForge", "Founder", connected="2024-01-17")
P("t2", "Samira Haddad", "Outbound Orbit", "Growth Partner")
P("t3", "Lucas Ferreira", "MeetingMint", "CEO", connected="2024-03-04")
P("t4", "Kendra Voss", "ApexBook Demand", "Head of Partnerships")
P("t5", "Ryan Delacroix", "Calendarly Growth", "Managing Director", connected="2024-07-28")
P("m1", "Tanner Briggs", "LeadHarbor", "SDR Team Lead")
P("m2", "Jessamyn Clarke", "Glowbright Media", "Account Strategist")
P("m3", "Derek Fowler", "Northstar Cloud Partners", "Business Development")
P("m4", "Ally Prescott", "Vantage Comp Advisors", "Wealth Advisor")
P("sp1", "LinkedIn Member", url="")
P("sp2", "Ridgeline University Online", url="https://www.linkedin.com/company/ridgeline-university-online")
P("award", "Harriet Lowe", "SaaS Sales Excellence Awards", "Awards Coordinator")
P("pod", "Chad Romero", "The Closer's Corner Podcast", "Host & Producer")
P("hris", "Vivian Kowalski", "PeopleNest HR", "Senior Sales Executive")
P("cap", "Dwayne Pickett", "Referral Bridge", "Founder")
P("likem", "Asher Goldberg", "Goldberg Ventures", "Serial entrepreneur | Investor | Speaker")
P("quick", "Melanie Strand", "Cloudrise Solutions", "Business Development Manager")
P("ctp1", "Zach Hemphill", "Funnelcraft Studio", "Founder", connected="2024-02-13",
  invite=("IN", "2024-02-12 08:30", "Hey Maren, fellow Austinite here - let's connect!"))
P("ctp2", "Brianna Lott", "Elevate Wealth Partners", "Financial Professional", connected="2024-06-24",
  invite=("IN", "2024-06-23 19:02", ""))
P("ctp3", "Kaden Worley", "Synergyx AI", "Partnerships", connected="2024-09-09",
  invite=("IN", "2024-09-08 15:47", "Saw we're both in enterprise SaaS. Would be great to connect."))
P("ctp4", "Sofia Marchand", "Lumen Ghostwriting", "LinkedIn ghostwriter", connected="2024-04-30",
  invite=("IN", "2024-04-29 11:20", "Loved your recent post! Let's connect :)"))
P("bump1", "Eric Danforth", "Velocity Dev Partners", "Client Partner")
P("bump2", "Lorraine Pike", "TalentLoop Staffing", "Recruitment Consultant")
P("offt1", "Gunnar Ostby", "Sunward Solar Texas", "Energy Consultant")
P("offt2", "Farid Nassar", "Palm Crest Properties", "Real estate investment advisor")
P("fluent", "Chelsea Morrow", "Scalewell Partners", "Director of Growth")
P("g_post", "Tyler Ng", "HireSignal", "Sales Director")
P("g_recr", "Blake Harmon", "Apex Talent Solutions", "Senior Recruiter")
P("g_rfp", "Priya Natarajan", "ProposalPilot", "BDR")
P("g_gift", "Jenna Walsh", "GiftLoop", "Account Executive")
P("g_coach", "Damien Cross", "Closer Mindset Academy", "Founder & Sales Coach")
P("g_data", "Kurt Yates", "ContactMine", "Sales Manager")
P("va", "Rhea Santos", "Remote Assist Pros", "Client Relations")
P("mag", "Victor Hale", "Executive Voices Magazine", "Editorial Partnerships")
P("seo", "Arjun Pillai", "RankRocket Digital", "SEO Specialist")
P("mlm", "Taryn Brooks", "", "Mompreneur | Wellness | Financial freedom", connected="2024-08-12")
P("booth", "Greg Summers", "HR Expo Southwest", "Exhibitor Sales")
P("webinar", "Tiffany Gould", "RevOps Collective", "Community Manager")

# ---------------------------------------------------------------- genuine
C("genuine", "colleague_pipeline", "en", "RVP asks about Q3 quota and pipeline coverage; owner replies with numbers", [
    ("rvp", "2024-06-28 16:12", "Hey Maren, prepping for the forecast call Monday. Where are you at on Q3? I have you at 62% of quota committed, 1.8x coverage on the rest. Does that match your view? Want to make sure Redline is still a commit and not best case."),
    ("me", "2024-06-28 17:03", "Pretty close. I'd put Redline as commit, legal is on the 2nd round of redlines but nothing scary. St. Brendan I'd keep as best case until Gloria gets budget sign-off. Coverage is more like 2.1x if you count the county RFP but I don't want to count that yet."),
    ("rvp", "2024-06-28 17:10", "Perfect. Leave the county out. Thanks!"),
])
C("genuine", "colleague_demo_prep", "en", "SE colleague coordinates a demo and pricing slide for a prospect", [
    ("se", "2024-03-05 09:41", "Morning! For the St. Brendan demo Thursday - do they care more about the nurse scheduling integration or performance reviews? Trying to decide what to lead with."),
    ("me", "2024-03-05 10:02", "Performance reviews 100%. Their current process is paper forms for 4,000 clinical staff, Gloria said it literally. Scheduling is a phase 2 thing. Also pls don't show the pricing slide, I'll send a quote separately after."),
    ("se", "2024-03-05 10:05", "got it, no pricing slide. I'll build the demo env with a hospital org chart"),
    ("me", "2024-03-05 10:06", "you're the best 🙌"),
])
C("genuine", "inbound_lead", "en", "Inbound lead (HR VP at hospital group) wants a demo and pricing for Corvella; connected after a conference", [
    ("lead1", "2024-02-27 08:55", "Maren, thanks for connecting. We're finally replacing our performance review process (it is very manual) and your platform came up twice in my peer group. Could you send me pricing for roughly 4,000 employees and some times for a demo? We'd like to have a decision before our budget cycle closes in April."),
    ("me", "2024-02-27 09:20", "Hi Gloria, great to hear from you again! Absolutely. I'll send a ballpark by end of day and a couple of demo slots next week - would Tuesday or Thursday afternoon work for your team? Happy to bring our solutions engineer who has set this up for two other health systems."),
    ("lead1", "2024-02-27 11:47", "Thursday afternoon is best. Please include our HRIS manager and our CNO's chief of staff on the invite, I'll email their addresses."),
    ("me", "2024-02-27 11:52", "Perfect, will do. Talk soon!"),
])
C("genuine", "inbound_lead", "en", "Chief People Officer asks for a quote for 3,500 seats and multi-year terms", [
    ("lead2", "2023-11-09 14:30", "Hi Maren - Nathaniel here from Redline Freight. We spoke briefly after your webinar. We're looking at Corvella for our drivers and warehouse staff, about 3,500 people total. Can you put together a quote with a 3-year option? Our CFO will ask about onboarding costs too, so please break those out."),
    ("me", "2023-11-09 15:02", "Hi Nathaniel, thanks for reaching out! Yes - I'll put together 1-year and 3-year options with implementation broken out separately. One question: do your drivers need mobile-only access? That changes the license tier."),
    ("lead2", "2023-11-09 15:40", "Mostly mobile, yes. Warehouse folks share kiosks."),
    ("me", "2023-11-10 10:15", "Got it. Quote is in your inbox - let me know when would be a good time for a quick call to walk through it with your CFO."),
    ("lead2", "2023-11-13 08:22", "Received, thanks. Let's do Thursday at 2."),
])
C("genuine", "client_renewal_quote", "en", "Existing customer asks for renewal pricing and adding a module", [
    ("cust1", "2024-05-06 13:18", "Hi Maren! Our renewal is coming up in August. Could you send me renewal pricing and also a quote for adding the learning module? I need it for our budget meeting on the 20th. Also — any chance we can lock the rate for 2 years? Last year's increase hurt a bit lol"),
    ("me", "2024-05-06 14:01", "Hi Holly! Of course. I'll send both the renewal and the learning add-on by Friday. On the 2-year lock, I think we can do that if we co-term the learning module. Let me check with my deal desk and come back to you."),
    ("cust1", "2024-05-06 14:05", "Thank you!! 🙏"),
    ("me", "2024-05-10 11:30", "Sent! 2-year lock approved with the co-term. Let me know if you want me to join the budget meeting to answer questions."),
])
C("genuine", "vendor_existing_price_change", "en", "Existing data vendor CSM announces price change at renewal for her team's seats", [
    ("vend", "2024-08-14 10:05", "Hi Maren, quick heads-up before your team's Prospectly renewal on Oct 1: our per-seat price is going from $95 to $110/month for the Pro plan, and mobile number credits move to a separate bundle. Since your team has 6 seats on an annual plan I wanted to flag it early so you can budget. If you renew by Sept 15 we can keep the current rate for one more year. Happy to jump on a call with you and Becca."),
    ("me", "2024-08-14 10:48", "Thanks for the heads up Cody. Looping in Becca since she owns the contract. Honestly the mobile credits are the only reason we use you so that bundle change is a bummer."),
    ("vend", "2024-08-14 11:02", "Totally understand. I'll see what I can do on credits if you renew early. Will send Becca the renewal order form."),
])
C("genuine", "partner_joint_offer", "en", "Payroll partner proposes a joint bundle offer for a shared prospect", [
    ("payroll", "2024-04-16 15:22", "Hey Maren! So Brightwater mentioned they're also looking at payroll next year. What if we did a joint proposal - Corvella + Ledgerline with the integration pre-built, and a shared discount on implementation? We did something like this with your Dallas team last year and it closed in 6 weeks. Want to grab 30 min to map it out?"),
    ("me", "2024-04-16 15:51", "Oh I like that. Raj has been complaining about their payroll provider for a year. Let's do it - does Friday 10am work?"),
    ("payroll", "2024-04-16 16:03", "Friday 10 works. I'll bring the numbers from the Dallas deal."),
    ("me", "2024-04-19 11:15", "Great session. I'll draft the joint pricing page and send it Monday."),
])
C("genuine", "recruiter_engaged", "en", "Recruiter the owner reached out to about a Strategic AE role; they schedule a call and discuss comp", [
    ("me", "2024-04-02 21:10", "Hi Whitney, thanks for accepting. I saw your post about the Strategic AE search for a workforce management company. Not actively looking but I'd be curious to hear more - what's the OTE range and is it remote-friendly for Austin?"),
    ("recr", "2024-04-03 08:44", "Hi Maren, thanks for reaching out! OTE is $300-340k with a 50/50 split, uncapped, and yes it's remote with Texas territory. Do you have 20 minutes Thursday? I'd love to hear about your current book and quota attainment."),
    ("me", "2024-04-03 09:12", "Thursday at 12:30 works."),
    ("recr", "2024-04-05 14:40", "Great chatting! As discussed, I'll send the job description and intro you to the hiring VP next week. No pressure at all."),
    ("me", "2024-04-12 18:20", "Thanks Whitney - after thinking about it I'm going to stay put through my President's Club year. But please keep me in mind for 2025."),
    ("recr", "2024-04-12 18:31", "Totally understand, congrats on the Club trip! I'll check back in the new year."),
])
C("genuine", "hiring_applicant", "en", "Applicant asks about the SDR opening on her team", [
    ("appl", "2024-06-11 19:05", "Hi Maren, I saw you posted that your team is hiring an SDR. I've been a customer service lead at Hill Country Outfitters for 3 years and I really want to move into tech sales. I applied through the careers page yesterday but wanted to reach out directly too. I know I don't have SaaS experience but I handle 60+ customer conversations a day and I'm good at it. Would you be open to a short chat?"),
    ("me", "2024-06-12 08:30", "Hi Jordan, thanks for reaching out directly, that's exactly what a good SDR does :) I'll flag your application to our recruiting team. Quick question - are you ok with being in the office 3 days a week?"),
    ("appl", "2024-06-12 08:41", "Yes absolutely! I live in Round Rock, so the office is easy."),
    ("me", "2024-06-12 09:02", "Great. You should hear from Alyssa in recruiting this week."),
    ("appl", "2024-06-27 17:30", "Just wanted to say thank you - I got the offer today! Starting July 15."),
])
C("genuine", "friend_spam_folder", "en", "Old friend's message that LinkedIn put in SPAM; owner answers", [
    ("spamfriend", "2023-10-21 20:44", "MAREN HOLLOWAY is that you??? hi hi hi. it's Carrie-Anne from Baylor, dorm 3rd floor. I found you through Mike's wedding photos lol. Are you still in Austin?? I'm moving there in January for work, would love to get margaritas"),
    ("me", "2023-10-24 12:10", "Carrie-Anne!!! Sorry, this went to my spam folder somehow 😂 YES still in Austin, text me: 512-555-0148. Margaritas are mandatory."),
], folder="SPAM")
C("genuine", "thanks_congrats", "en", "Thank-you after customer dinner (1 of 3 near-duplicates)", [
    ("dinner1", "2024-05-16 21:47", "Maren, thank you for hosting last night. Great food, even better conversation. Let's stay in touch!"),
])
C("genuine", "thanks_congrats", "en", "Thank-you after customer dinner (2 of 3 near-duplicates)", [
    ("dinner2", "2024-05-17 07:58", "Thanks so much for the dinner last night Maren! Really great group and great conversation. Stay in touch!"),
    ("me", "2024-05-17 08:30", "So glad you could make it Felicity!"),
])
C("genuine", "thanks_congrats", "en", "Thank-you after customer dinner (3 of 3 near-duplicates)", [
    ("dinner3", "2024-05-16 22:15", "Thank you for hosting last night, Maren - great food and great conversation. Let's stay in touch."),
])
C("genuine", "owner_prospecting_former_champion", "en", "Owner reaches out to a former champion who moved to a new company (she sells)", [
    ("me", "2024-01-08 09:15", "Adaeze! Congrats on the Head of People role at Meridian Ortho. How's the first month going? If you ever want to compare notes on how you rolled out reviews at your last place, I'm around."),
    ("champ", "2024-01-09 18:02", "Thank you Maren!! It's a lot. They are still on spreadsheets for everything, you can imagine. Honestly I was going to message you - can we talk in February once I've got my bearings? I'd want to bring Corvella in."),
    ("me", "2024-01-09 18:20", "Would love that. I'll ping you the first week of Feb."),
    ("me", "2024-02-05 10:00", "Hi! As promised - does next Wed or Thu work for a quick catch up?"),
    ("champ", "2024-02-05 12:47", "Thu 3pm central. Send the invite!"),
])
C("genuine", "owner_asks_reference", "en", "Owner asks her former manager to be a reference; long-standing contact", [
    ("me", "2023-03-14 19:30", "Hi Phil, hope all is well at Stackwise! Random ask - Corvella is putting me up for a promotion to Strategic AE and they want a reference from a previous manager. Would you be ok with a 15 min call from our VP?"),
    ("oldmgr", "2023-03-15 07:12", "Of course. You were the best rep I ever had, tell them to call anytime. Proud of you kid."),
    ("me", "2023-03-15 07:40", "Thank you Phil, means a lot ❤️"),
])
C("genuine", "mentor_longstanding", "en", "Long-standing mentor catches up and gives advice about moving into management", [
    ("mentor", "2022-12-20 11:00", "Merry Christmas Maren! Saw your Club announcement. Still remember you crying in my office after losing the Dell deal in 2014. Look at you now."),
    ("me", "2022-12-20 13:25", "Gwen!! Merry Christmas. Ha, I still think about that deal. Question for you if you have time in January: I'm thinking about whether to go into management or stay an IC. Would love your take."),
    ("mentor", "2022-12-21 09:10", "Always. Coffee at Jo's on South Congress, second week of Jan. My treat."),
    ("mentor", "2024-07-02 16:40", "How's the management question sitting these days? Saw you're hiring an SDR - is that for you?"),
    ("me", "2024-07-02 17:15", "Sort of! I'm mentoring the SDR, which is my trial run. Coffee soon?"),
])
C("genuine", "journalist", "en", "Trade reporter asks for a quote about AI features in HR software buying", [
    ("journo", "2024-07-23 13:05", "Hi Maren, I'm a reporter at HR Tech Dispatch writing about how buyers are evaluating AI features in HR software. A colleague suggested I talk to someone who actually sells to large employers. Would you have 15 minutes this week? It can be on background if you prefer, and I'd need your comms team's OK presumably."),
    ("me", "2024-07-23 14:22", "Hi Sasha, happy to help. Let me run it by our comms lead first - will get back to you by tomorrow."),
    ("me", "2024-07-24 10:10", "Comms says yes, on the record is fine. Wed 11am?"),
    ("journo", "2024-07-24 10:30", "Perfect, calling you then."),
])
C("genuine", "event_invite", "en", "Customer CHRO invites her to their internal HR summit happy hour", [
    ("userconf", "2024-09-10 12:20", "Hi Maren, we're hosting our annual HR leadership offsite in Fredericksburg on Oct 17. There's a happy hour the night before and Holly and I would love to have you there - you've been a big part of our rollout. No presentation needed, just come hang out."),
    ("me", "2024-09-10 13:02", "Eli, that's so kind, I'd love to. Count me in!"),
])
C("genuine", "colleague_territory", "en", "Sales ops colleague about territory changes in the CRM", [
    ("sops", "2023-12-18 15:33", "hey! heads up, for FY25 territories, the hospital accounts over 5k employees move to the new healthcare pod. You keep St. Brendan since it's open pipe, but 4 of your accounts move. Spreadsheet is in the shared drive. Any objections, tell me before Friday pls"),
    ("me", "2023-12-18 16:40", "Ugh ok. Which 4? I have real conversations going with Mercy Hill."),
    ("sops", "2023-12-18 16:52", "Mercy Hill is one. I can write an exception if you have activity logged in the last 60 days."),
    ("me", "2023-12-18 16:55", "I do - 3 meetings in Nov. Will send you the notes."),
])
C("genuine", "client_escalation", "en", "Customer's people-ops director escalates an implementation problem", [
    ("cust2", "2023-08-07 08:10", "Maren, I hate to do this over LinkedIn but our implementation consultant has been out for two weeks and nobody is answering. Our go-live is in 3 weeks. Can you help?"),
    ("me", "2023-08-07 08:25", "Raj, I'm so sorry. I'm calling Keisha right now and will have someone on your calendar today. You'll hear from me by noon."),
    ("me", "2023-08-07 11:40", "Update: Andre from our CS team is taking over, he'll call you at 1pm. And we'll credit you the two lost weeks of services."),
    ("cust2", "2023-08-07 11:55", "Thank you. That's why we bought from you."),
])
C("genuine", "thanks_congrats", "en", "Former colleague congratulates on President's Club", [
    ("peer", "2023-02-02 18:44", "PRESIDENT'S CLUB!!! Congrats lady, so well deserved. Where's the trip this year?"),
    ("me", "2023-02-02 19:10", "Cabo!! Thank you Dana 🥹 how's Fluxpoint treating you?"),
    ("peer", "2023-02-02 19:30", "Good! Q1 is slow but we'll see. Also want to compare comp plans sometime, mine has a weird decelerator above 150%"),
    ("me", "2023-02-02 19:33", "Ugh decelerators. Yes let's compare, drinks in Feb?"),
])
C("genuine", "friend", "en", "Run club friend small talk about Saturday run and a race", [
    ("friend", "2024-03-21 06:02", "Are you doing the Saturday long run? We're going 14 miles on the Ladybird loop, meeting at 6:30 at the boathouse"),
    ("me", "2024-03-21 07:15", "14!! I'll do 10 and meet you at the coffee truck lol"),
    ("friend", "2024-03-21 07:20", "deal. also sign up for the Cap10k before prices go up friday"),
])
C("genuine", "colleague_webinar", "en", "Field marketing asks her to co-host a customer webinar", [
    ("mkt", "2023-10-02 11:11", "Hi Maren! We're doing a webinar for HR leaders in manufacturing on Nov 8. Would you co-host with Raj from Brightwater? You have the best stories about their rollout. 45 min, I'll write the slides."),
    ("me", "2023-10-02 12:05", "Yes if Raj is in. Could we do 30 min instead? People drop after 30."),
    ("mkt", "2023-10-02 12:07", "30 it is!"),
])
C("genuine", "prospect_reply_to_owner", "en", "Owner's outreach to a prospect; he says check back next fiscal year", [
    ("me", "2023-06-02 10:00", "Hi Trevor, thanks for connecting. Saw that Alamo Regional Transit is hiring about 200 operators this year - congrats. Curious how you're handling onboarding at that volume? We work with a couple of transit agencies in Texas on exactly that."),
    ("prospect", "2023-06-05 16:48", "Hi Maren. Appreciate the note. We're mid-contract with our current vendor until next September, so nothing before then. Feel free to check back in Q2 next year."),
    ("me", "2023-06-05 17:00", "Will do, thanks Trevor. Good luck with the hiring push!"),
    ("me", "2024-04-08 09:30", "Hi Trevor - checking back as promised. Is the vendor review still planned for this summer?"),
    ("prospect", "2024-04-09 13:12", "Yes. RFP goes out in June. I'll make sure you're on the list."),
])
C("genuine", "client_contract_legal", "en", "Prospect's counsel negotiates MSA redlines and liability cap", [
    ("legal", "2024-01-10 09:45", "Ms. Holloway, I'm counsel for Redline Freight on the Corvella MSA. Our main open points are the liability cap (we need 2x annual fees, not 1x) and data residency. Can we get your legal team on a call this week? We'd like to sign before the quarter ends."),
    ("me", "2024-01-10 10:20", "Hi Priscilla, thanks - I'll set it up with our deputy GC. Data residency should be easy, we host US-only. The cap I'll need to escalate but I understand the ask. Would Thursday at 10 work?"),
    ("legal", "2024-01-10 10:41", "Thursday at 10 works."),
])
C("genuine", "intro_referral", "en", "Implementation partner refers a lead who needs a new HR platform", [
    ("impl", "2024-03-19 12:30", "Maren, introducing you to Curtis Lang at Hays County ISD - they're replacing their HR system for ~3,000 staff and I told him you're the person to talk to. Curtis, Maren is great, she won't waste your time."),
    ("introd", "2024-03-19 14:02", "Thanks Hector. Maren, nice to meet you. We have a board meeting in May where I'd like to present two options. Can you send me some materials and pricing for public sector?"),
    ("me", "2024-03-19 14:30", "Thanks Hector! Curtis, great to meet you. I'll send our K-12 overview and a public sector pricing sheet today. Would a 30 minute call next week help before your board prep?"),
    ("introd", "2024-03-20 08:15", "Yes. Tuesday morning."),
])
C("genuine", "client_invoice_question", "en", "Customer CFO asks about invoicing and a multi-year prepay discount", [
    ("cfo", "2023-09-12 16:05", "Maren, Linda Castellano, CFO at Brightwater. Raj says you're our rep. Two things: our invoices are going to the wrong AP address, and I'd like to know what discount you'd give us for prepaying 2 years upfront."),
    ("me", "2023-09-12 16:30", "Hi Linda, nice to meet you! I'll get the AP address fixed today with our billing team. On prepay - typically 6-8% for 2 years, but let me get an exact number. Can I send it by Friday?"),
    ("cfo", "2023-09-12 16:33", "Friday is fine."),
])
C("genuine", "advice_request", "en", "University student asks for career advice about sales", [
    ("alum", "2024-08-01 20:20", "Hi Maren! Thank you for accepting. I'm a senior at Texas State studying marketing and I keep hearing that tech sales is a good path. Did you start as an SDR? What would you do differently? Sorry if this is a lot, I'm just trying to figure things out"),
    ("me", "2024-08-02 07:45", "Hi Kayla! Not a lot at all. Yes, I started as an SDR in 2013. Biggest thing: pick a company with a good manager over a company with a cool logo. Happy to do a 20 min call if helpful - does next week work?"),
    ("alum", "2024-08-02 08:10", "Omg yes thank you!! Any day after 3pm works"),
])
C("genuine", "inbound_rfp", "en", "County purchasing agent notifies her of an open RFP for HR software", [
    ("rfp", "2024-08-26 10:30", "Good morning Ms. Holloway. Travis Bend County has issued RFP #24-117 for a human capital management system (approx. 1,900 employees). Your company was on our vendor list from a previous inquiry. Questions are due Sept 13, responses due Oct 4. The documents are on the county procurement portal. Please confirm if Corvella intends to respond."),
    ("me", "2024-08-26 11:05", "Good morning Mr. Ochoa, thank you for letting us know. Yes, Corvella intends to respond. I'll submit our questions through the portal by the 13th."),
])
C("genuine", "colleague_churn_risk", "en", "CS colleague flags a churn risk at one of her accounts", [
    ("cschurn", "2024-02-20 13:40", "Hey, heads up: Pecan Valley's usage dropped 40% since January. Holly mentioned budget pressure on our QBR. Might be worth a check-in from you before renewal chatter starts."),
    ("me", "2024-02-20 14:02", "Thanks Andre. I'll take Holly to lunch next week. Do you know if it's the learning team or the managers not logging in?"),
    ("cschurn", "2024-02-20 14:10", "Mostly managers. Review cycle ended in Dec, so some of it is seasonal."),
    ("me", "2024-02-20 14:12", "ok that's less scary. still doing lunch 🌮"),
])
C("genuine", "community_speaking_invite", "en", "Community lead invites her to speak at a women-in-revenue meetup (unpaid)", [
    ("intro", "2024-01-29 17:00", "Maren! We're planning the March Austin Women in Revenue meetup, theme is 'negotiating your comp plan'. Would you be on the panel? It's at Capital Factory, 6-8pm, super casual, and of course there's pizza."),
    ("me", "2024-01-29 17:40", "I would love to. I have opinions about comp plans 😂"),
    ("intro", "2024-01-29 17:42", "That's why we asked!"),
])
C("genuine", "event_speaker_logistics", "en", "Conference program director sends speaker logistics for her talk", [
    ("confplan", "2024-02-05 10:00", "Hi Maren, thrilled to confirm you for the Hill Country Revenue Summit on April 18! Your session 'Multi-threading the enterprise deal' is at 2:15pm, Ballroom B, 25 minutes plus Q&A. Please send slides by April 10. We cover parking and lunch."),
    ("me", "2024-02-05 10:30", "Thanks Nadia! Slides will be there by the 10th. Is there a clicker or should I bring my own?"),
    ("confplan", "2024-02-05 10:44", "We have clickers. See you there!"),
    ("confplan", "2024-04-19 09:00", "Thank you for a fantastic session yesterday - it was our highest-rated breakout. Recording will be up in two weeks."),
])
C("genuine", "peer_comp_notes", "en", "Industry peer swaps notes about a SKO and quota", [
    ("peer", "2024-01-25 12:15", "How was your SKO? Ours announced a 20% quota increase with the same territory. Everyone is thrilled obviously 🙃"),
    ("me", "2024-01-25 12:40", "lol ours was 15% but they gave us the healthcare pod. Net net similar. Are you thinking of leaving?"),
    ("peer", "2024-01-25 12:44", "thinking. not doing. yet."),
])

C("genuine", "former_colleague_selling", "en", "Former Stackwise colleague, now a founder, asks personally for product feedback and a possible pilot", [
    ("formercol", "2024-05-20 20:05", "Hi Maren!! Long time. So, I finally did the thing and started a company - Deckhand, it builds mutual action plans from call notes. I'm not trying to sell you, I promise, but you're the best enterprise AE I know and I'd love 30 min of brutal feedback. And if you hate it, tell me why. Drinks on me at Yellow Jacket?"),
    ("me", "2024-05-21 07:50", "LENA! Congrats!! Of course. Brutal feedback is my love language. Thursday after 5?"),
    ("formercol", "2024-05-21 08:02", "Thursday 5:30. 🍻"),
    ("me", "2024-05-24 09:15", "Really liked it btw. If you want a pilot user, I'd try it on two deals - but I'd need to ask Becca about security review first."),
    ("me", "2024-05-24 09:40", "Also the pricing page on your site says 'contact us' - just put a number there, AEs hate that lol"),
], drafts={4})
C("genuine", "owner_asks_client_reference", "en", "Owner asks a happy customer to be a reference call for a prospect", [
    ("me", "2024-03-25 11:20", "Hi Holly! Favor to ask - Hays County ISD is evaluating us and they'd love to talk to a customer who rolled out reviews to frontline staff. Would you do a 20 min reference call? Totally fine to say no."),
    ("cust1", "2024-03-25 12:02", "Happy to! Just not the week of April 8, we have our audit."),
    ("me", "2024-03-25 12:10", "Thank you!! I'll give Curtis your email and tell him to avoid that week."),
])

# ---------------------------------------------------------------- wanted pitches
C("wanted_pitch", "tailored_relevant_pitch", "en", "Job-change alert tool founder cites her post about a champion leaving mid-deal", [
    ("w_post", "2024-03-13 09:20", "Hi Maren - your post last week about losing a six-figure renewal because your champion left and nobody told you for two months really stuck with me. That exact story is why I started Relay Signals. We watch your closed-won and open-pipe contacts and ping you in Salesforce the day one changes jobs, plus who replaced them. For a book like yours (hospital systems, large employers) it usually catches 10-15 moves a quarter. Would you want to see it against your own account list? I can run a free backfill on 50 accounts so you see what you missed last year."),
    ("me", "2024-03-13 12:45", "Ha, that post hit a nerve with a lot of people. The backfill is interesting. What data do you need from me?"),
    ("w_post", "2024-03-13 13:10", "Just a CSV of account names and champion names - nothing from Salesforce until you decide. I'll send a secure upload link."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Negotiation coach references her summit talk and offers a workshop on procurement pushback", [
    ("w_talk", "2024-04-22 08:30", "Hi Maren, I was in the audience at your Hill Country Revenue Summit session. The part about how procurement enters late and undoes three months of value selling was spot on - and the question from the audience about 'what do you give up when they ask for 20%' you said you still struggle with. That's literally what I teach. I run a half-day workshop for enterprise teams selling into healthcare and public sector where the procurement office has all the power. If your RVP would consider it for the team, I'm happy to send the outline. No hard feelings if not - great talk either way."),
])
C("wanted_pitch", "tailored_recruiter", "en", "Executive recruiter with a specific strategic AE role in HR tech, references her segment and Club", [
    ("w_recr", "2024-09-03 11:00", "Hi Maren, I'm recruiting a Strategic Account Executive for a Series D workforce-planning company (HR tech, about 600 people). They sell into 5,000+ employee organisations, heavy healthcare vertical - your St. Brendan type accounts, and they want someone who has sold to CHROs and CFOs together. I saw you made President's Club in 2022 and 2023 at Corvella and spoke at the Hill Country summit on multi-threading. Texas-based, remote, OTE $330k, healthcare accounts in TX/OK/LA. Worth a confidential 20 minute call?"),
    ("me", "2024-09-04 19:22", "Thanks Anika, this is more specific than most. Can you share the company name confidentially? I'll be honest that I'm cautious about moving before my Q4 payout."),
    ("w_recr", "2024-09-05 08:05", "Of course, sending by email. Start date is flexible to Feb - they know about Q4 payouts."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Healthcare data vendor names her specific problem finding hospital HR buyers (from her comment)", [
    ("w_data", "2024-05-29 14:00", "Hi Maren, you commented on Darnell's post that half of the hospital HR directors in your CRM have left or changed titles and that generic data tools don't know the difference between a CNO and a CHRO. We only do healthcare org charts - 6,200 US hospitals, HR and nursing leadership verified by phone every 90 days. I pulled the 40 Texas hospitals over 2,000 staff and we have current HR leaders for 38 of them. Happy to send you that list as a sample, no strings. If it's useful, we can talk about a team licence."),
    ("me", "2024-05-30 08:15", "Ok that's a relevant sample. Send it over and I'll compare with what we have."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "RFP software AE named by a mutual contact (Keisha) who said she is buried in security questionnaires", [
    ("w_rfp", "2024-06-17 10:40", "Hi Maren, Keisha Brandt from your CS team sat next to me at the Austin CS leaders dinner and mentioned your enterprise reps lose whole weeks to security questionnaires and RFPs - she said you personally did three county RFPs last quarter. Answerly builds an answer library from your past responses (we'd start with the ones you already have) so the next questionnaire is 70% prefilled. I'd be glad to show it on one of your real RFPs. Would that be useful, or is this owned by someone else at Corvella?"),
    ("me", "2024-06-17 11:30", "Keisha isn't wrong 😅 It's owned by our proposal manager, Jess Park. I'll intro you, but I'd like to be on the call."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Public-sector procurement consultant cites the Travis Bend County RFP and Texas DIR cooperative contracts", [
    ("w_gov", "2024-08-29 09:15", "Ms. Holloway, I saw on the Travis Bend County procurement portal that Corvella registered interest in RFP #24-117 (HCM system). I'm a former county purchasing director; I help software vendors respond to Texas public sector RFPs and get onto the DIR cooperative contract so that the next ISD or county can buy without a full RFP. Corvella doesn't appear on DIR yet. Two practical points for this RFP: the county scores references from other Texas public entities heavily, and HUB subcontracting plans are mandatory above $100k. If helpful I can review your response before submission for a fixed fee. Happy to talk."),
    ("me", "2024-08-29 10:40", "This is helpful, I didn't know about the HUB plan. Can you send your fixed fee and an example of a response you reviewed?"),
    ("w_gov", "2024-08-29 11:02", "Will send both today."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Chrome extension vendor references her Outreach+Salesforce setup and a logging gap she mentioned", [
    ("w_tool", "2024-01-23 16:30", "Hey Maren, in your podcast interview on Sales Hacks Texas you said you run everything through Outreach and Salesforce but LinkedIn conversations never make it into the CRM, so your manager thinks you don't multi-thread. We built Syncfold for exactly that: it logs LinkedIn threads you choose to the right Salesforce contact and opportunity, with one click, no bulk scraping. It's $12 a month per seat and works alongside Outreach. Want a free seat for a month to try it on your St. Brendan-sized deals?"),
    ("me", "2024-01-24 09:00", "Ha, you actually listened to the podcast. I'll take the trial seat, but I'll need our IT to approve the extension first."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Freelance presentation designer references her carousel post and offers to redo her talk slides", [
    ("w_deck", "2024-07-09 13:20", "Hi Maren, I loved your carousel '5 slides I cut from every discovery deck' - especially slide 3 on the 'about us' slide nobody reads. I'm a freelance presentation designer and work mostly with individual AEs and SEs on their personal deck templates. I noticed your Hill Country talk slides (the ones you shared after) are still on the default template with really dense charts. I'd love to redesign that deck into a reusable template for your future talks - flat fee $900, two rounds of revisions. Here's a before/after I did for another AE: juniperhale.design/work/ae-talk"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Private dining events manager saw her customer-dinner photos and proposes Dallas venue for next roundtable", [
    ("w_event", "2024-05-30 15:00", "Hi Maren, I saw the photos from your HR leaders dinner in Austin (the long table at Juniper Smokehouse looked great). You mentioned in the post that you're doing the next one in Dallas in the fall. We run the private dining room at Barrow & Vine in Uptown - seats 18 at one table, which fits your format, has AV for a short presentation, and we can do a fixed menu under $120 per head incl. wine, which I know matters for vendor-hosted dinners with public sector guests. Happy to send the menu and hold a date."),
    ("me", "2024-05-31 09:30", "Good timing, I'm looking at Oct 23 or 24. Send me the menu and confirm the $120 cap includes tip?"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Coach for first-time sales managers replies to her comment about moving into leadership", [
    ("w_coach", "2024-08-15 10:10", "Hi Maren, thanks for accepting. You wrote in the comments on Gwen Talbot's post that you're mentoring an SDR as a 'trial run' before deciding on management. I coach top ICs through exactly that decision - the first six sessions are about whether you actually want the job, before any 'how to manage' stuff. Several of my clients decided to stay IC, which is a good outcome too. If you want, I can share the workbook I use in session one; it's free and I won't follow up unless you reply."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Corporate gifting lead looked at Corvella's site and suggests HR Appreciation Day gifts for her customers", [
    ("w_gift", "2024-04-10 12:00", "Hi Maren, I was on Corvella's customer page and noticed your customers are almost all HR teams - and HR Professionals Day is Sept 16. We put together small boxes from Texas makers (Austin coffee, a Fredericksburg candle, a handwritten card) that reps send to their customer HR teams that week; for 20-30 accounts it usually fits within a rep's discretionary budget, about $45 per box shipped. We can also match your brand teal. Would a sample box be useful?"),
    ("me", "2024-04-11 08:20", "Cute idea actually. Send a sample to the office, I'll show my RVP."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Training provider notes her MEDDPICC skill and offers a healthcare-specific advanced cohort", [
    ("w_cert", "2024-10-02 14:40", "Hi Maren, your profile lists MEDDPICC and you wrote about multi-threading hospital deals, so I thought this one might fit: we're running a small advanced cohort (12 people) just for AEs who sell into health systems, focused on the Economic Buyer and Paper Process parts - CFO sign-off and hospital procurement committees. It's four Thursday sessions in November, $1,200, often covered by enablement budgets. I'm happy to send the syllabus to you or your enablement lead."),
])

# ---------------------------------------------------------------- junk: one template, five senders
C("junk", "mass_template", "en", "Meeting-booking template sender 1 of 5 (connected first)", [
    ("t1", "2024-01-18 09:02", "Hi Maren, thanks for connecting! I help B2B SaaS teams book 15-20 qualified sales meetings every month without adding headcount. We handle the list building, copywriting and follow-ups - you just show up to the calls. Would you be open to a quick chat to see if it's a fit for Corvella?"),
])
C("junk", "mass_template", "en", "Meeting-booking template sender 2 of 5", [
    ("t2", "2024-02-07 10:15", "Hey Maren, I help SaaS companies book 20-25 qualified sales meetings per month without hiring more SDRs. We take care of lead lists, copy and follow-up - your team just takes the calls. Open to a quick chat to see if it's a fit?"),
])
C("junk", "mass_template", "en", "Meeting-booking template sender 3 of 5, with a bump", [
    ("t3", "2024-03-05 08:47", "Hi Maren - I help B2B software teams book 15+ qualified meetings a month without adding headcount. We handle lists, copy and follow-ups, your AEs just show up. Would you be open to a quick chat to see if it could work for Corvella?"),
    ("t3", "2024-03-12 08:50", "Hi Maren, just floating this back to the top of your inbox 🙂"),
])
C("junk", "mass_template", "en", "Meeting-booking template sender 4 of 5, varied wording", [
    ("t4", "2024-05-21 13:30", "Maren - we help HR tech companies add 20 qualified sales meetings a month to the calendar, no new hires needed. Lists, messaging, follow-up: all handled by us. Worth a quick chat to see if it's a fit?"),
])
C("junk", "mass_template", "en", "Meeting-booking template sender 5 of 5 (connected first) with calendar link", [
    ("t5", "2024-07-29 11:05", "Hi Maren, appreciate the connection! I help B2B SaaS companies book 15-20 qualified meetings per month without adding headcount. We do the list building, copy and follow-ups - you just show up. Open to a quick chat? Here's my calendar: calendarly-growth.io/ryan/15min"),
])
# ---------------------------------------------------------------- junk: merge-tag failures
C("junk", "merge_tag_fail", "en", "Unfilled {first_name} placeholder", [
    ("m1", "2024-02-20 07:30", "Hi {first_name}, I noticed {company_name} is growing quickly and thought you might be interested in how LeadHarbor helps sales teams double their reply rates with AI-personalized sequences. Do you have 15 minutes next week?"),
])
C("junk", "merge_tag_fail", "en", "Wrong company name in a generic marketing pitch", [
    ("m2", "2024-04-04 15:12", "Hi Maren, love what you and the team are building at Workday! We're a full-service B2B marketing agency and we've helped 100+ tech companies increase inbound leads by 300%. Would it make sense to set up a call with our strategist?"),
])
C("junk", "merge_tag_fail", "en", "[Company] placeholder left in cloud consulting pitch", [
    ("m3", "2024-06-03 12:44", "Hello Maren, I came across [Company] and was impressed with your growth. At Northstar Cloud Partners we help companies like [Company] cut AWS costs by up to 40%. Would you be open to a short intro call?"),
])
C("junk", "merge_tag_fail", "en", "Wrong first name in a wealth-management pitch", [
    ("m4", "2024-09-18 18:20", "Hi Karen, as a successful sales professional you've probably got RSUs and commissions that make tax season complicated. I help tech sales leaders keep more of what they earn. Do you have 20 minutes this week for a complimentary review?"),
])
# ---------------------------------------------------------------- junk: sponsored InMail
C("junk", "sponsored_inmail", "en", "Sponsored InMail from LinkedIn Member about a business credit card", [
    ("sp1", "2024-03-01 12:00", "<p>Hi Maren,</p><p>Sales pros travel a lot. Earn 5x points on flights &amp; hotels with the Summit Business Card &mdash; no annual fee the first year.</p><p>Apply in minutes.</p>"),
], title="Sponsored Conversation", subject="Earn 5x points on every client trip")
C("junk", "sponsored_inmail", "en", "Sponsored InMail from an online university about an executive MBA", [
    ("sp2", "2024-08-09 12:00", "<p>Maren, ready to lead?</p><p>Ridgeline University's 100% online Executive MBA is designed for sales professionals like you. Classes start October 7. Download the brochure today.</p>"),
], title="Sponsored Conversation", subject="Your next step: an Executive MBA")
# ---------------------------------------------------------------- junk: paid features, awards, podcast
C("junk", "paid_award", "en", "Awards program asks for a nomination fee after 'selecting' her", [
    ("award", "2024-05-08 10:00", "Congratulations Maren! You have been shortlisted for the 2024 Top 50 Women in SaaS Sales award. Our committee was impressed by your profile. To confirm your place and receive your trophy, digital badge and feature in our winners' journal, please complete the winner's package registration ($1,450). Only 12 spots left in your category!"),
    ("award", "2024-05-15 10:00", "Hi Maren, a reminder that your shortlisting expires Friday. Don't miss this recognition!"),
])
C("junk", "paid_podcast", "en", "Podcast host offers a guest slot for a 'production fee'", [
    ("pod", "2024-06-19 14:25", "Hey Maren! Our team handpicked you to be a featured guest on The Closer's Corner, a top 1% sales podcast. Guests get a full episode, social clips and a feature article. There's a small production investment of $750 to cover editing and promotion. Want me to send you the booking link?"),
])
C("junk", "paid_feature", "en", "Magazine 'feature' for a fee", [
    ("mag", "2024-10-07 09:40", "Hi Maren, I'm reaching out from Executive Voices Magazine. We're preparing our 'Revenue Leaders to Watch' issue and would like to include a 1-page profile of you. Placement is $2,200 and includes professional copywriting and a certificate. Interested?"),
])
# ---------------------------------------------------------------- junk: other shapes
C("junk", "sells_what_you_sell", "en", "HR software salesperson pitches HR software to an HR software AE", [
    ("hris", "2024-02-14 11:00", "Hi Maren, is your HR team still juggling spreadsheets for performance reviews and onboarding? PeopleNest is an all-in-one HR platform that helps growing companies automate reviews, onboarding and time-off in one place. Companies like yours save 10+ hours a week. Can I show you a 20 minute demo?"),
])
C("junk", "capacity_ask", "en", "Lead broker asks if she has capacity for new clients and wants a referral fee", [
    ("cap", "2024-04-25 16:40", "Hi Maren, quick question - do you have capacity to take on new clients right now? We have a steady flow of companies looking for HR software and send them to partners for a 15% referral fee on first-year contract value. Let me know if you're open to receiving leads."),
])
C("junk", "like_minded_networking", "en", "Serial entrepreneur wants to connect as like-minded entrepreneurs", [
    ("likem", "2024-07-16 21:15", "Hi Maren! Always looking to connect with like-minded entrepreneurs and high performers. I'm building a mastermind for founders and top sales leaders who want to 10x their income and impact. Would love to get to know you - are you open to a quick call to see how we can add value to each other?"),
])
C("junk", "quick_call_ask", "en", "Quick 15-minute call ask about unspecified cloud solutions", [
    ("quick", "2024-05-02 09:05", "Hi Maren, I'll keep it short - could we have a quick 15-minute call this week? I'd love to learn more about Corvella and share how Cloudrise Solutions has helped similar companies. What time works for you?"),
    ("quick", "2024-05-09 09:05", "Hi Maren, following up on my note - does Thursday or Friday work for 15 minutes?"),
])
C("junk", "connect_then_pitch", "en", "Austin neighbour small talk, owner replies, then a funnel-building pitch", [
    ("ctp1", "2024-02-13 08:40", "Hey Maren, thanks for connecting! Always nice to meet other Austin folks. Are you going to SXSW this year?"),
    ("me", "2024-02-13 12:10", "Hi Zach! Probably just a couple of the free events, the badges are wild."),
    ("ctp1", "2024-02-13 12:25", "Haha totally. Btw - I run a studio that builds high-converting sales funnels and landing pages for SaaS. We just did a project that boosted demo requests 3x. Would you be the right person to chat with at Corvella, or could you point me to your marketing lead?"),
])
C("junk", "connect_then_pitch", "en", "Connects, compliments, then pitches life insurance and a 'financial plan'", [
    ("ctp2", "2024-06-24 10:00", "Hi Maren! Thanks for accepting. I love connecting with women in leadership. How has your summer been?"),
    ("ctp2", "2024-06-27 10:02", "I work with professionals in tech to build tax-free retirement strategies using indexed universal life policies. Many of my clients didn't know this existed! Would you be open to a 15 min chat this week?"),
    ("ctp2", "2024-07-05 09:00", "Hi Maren, just bumping this up in case it got buried!"),
])
C("junk", "connect_then_pitch", "en", "Fellow-SaaS connect, small talk, then AI SDR pitch after she answered", [
    ("ctp3", "2024-09-09 09:30", "Thanks for connecting Maren! How's Q3 looking on your side? Always curious how other enterprise teams are doing this year."),
    ("me", "2024-09-09 18:00", "Busy but good! Long sales cycles as always."),
    ("ctp3", "2024-09-10 08:15", "Totally hear that. That's actually why I reached out - Synergyx AI gives every AE an autonomous AI SDR that prospects 24/7 and books meetings while you sleep. Teams see 4x pipeline in 60 days. Can I show you a quick demo?"),
    ("ctp3", "2024-09-17 08:15", "Hi Maren - any thoughts on the above?"),
])
C("junk", "connect_then_pitch", "en", "Ghostwriter compliments a post, then pitches a generic ghostwriting package", [
    ("ctp4", "2024-04-30 14:10", "Hi Maren, thanks for connecting! Really enjoyed your content. What inspired you to start posting?"),
    ("ctp4", "2024-05-03 14:12", "I help busy professionals grow their personal brand on LinkedIn with done-for-you posts - 12 posts a month, written in your voice, for $1,500/month. My clients get 5x more profile views. Want to hop on a call to see if we're a fit?"),
])
C("junk", "followup_bump", "en", "Offshore dev team pitch with two unanswered bumps", [
    ("bump1", "2024-03-18 07:10", "Hello Maren, hope you are doing well. We are a software development company with 250+ engineers providing dedicated teams for web, mobile and AI projects at 40% lower cost. Let me know if you have any requirements."),
    ("bump1", "2024-03-25 07:12", "Hi Maren, following up on my previous message. Please let me know if you have any upcoming projects."),
    ("bump1", "2024-04-02 07:15", "Hi Maren, just checking if you had a chance to see my messages?"),
])
C("junk", "followup_bump", "en", "Staffing agency pitch with unanswered bumps", [
    ("bump2", "2024-07-08 14:00", "Hi Maren, are you hiring sales talent this year? TalentLoop has a pool of pre-vetted SDRs and AEs ready to start in 2 weeks. Flat fee, no retainer."),
    ("bump2", "2024-07-15 14:02", "Just bumping this to the top of your inbox, Maren!"),
    ("bump2", "2024-07-24 14:05", "Last try - should I reach out to someone else on your team?"),
])
C("junk", "off_topic_product", "en", "Solar panel pitch", [
    ("offt1", "2024-05-14 17:55", "Hi Maren! Texas homeowners are cutting their electric bills by up to 70% with our zero-down solar program. With the federal tax credit this year is the best time to switch. Can I send you a free savings estimate for your home?"),
])
C("junk", "off_topic_product", "en", "Off-plan real estate investment pitch", [
    ("offt2", "2024-08-21 06:30", "Dear Maren, greetings! Exclusive opportunity: off-plan waterfront apartments with guaranteed 9% rental yield and flexible payment plans. Perfect for high-earning professionals looking to diversify. Shall I send you the brochure?"),
])
C("junk", "fluent_generic_names_company", "en", "Fluent friendly pitch that names Corvella but fits anyone", [
    ("fluent", "2024-06-12 10:30", "Hi Maren, I've been following Corvella's journey and I'm really impressed by the momentum - it's clear the team is doing something special in the HR space. At Scalewell Partners we work with fast-growing companies like Corvella to unlock the next stage of growth through strategy, operations and go-to-market excellence. I'd love to learn about your priorities for the rest of the year and share a few ideas. Would you be open to a conversation next week?"),
])
C("junk", "generic_service_pitch", "en", "Generic job-change tracking pitch (junk counterpart of the Relay Signals pitch)", [
    ("g_post", "2024-04-15 08:00", "Hi Maren, did you know 30% of your buyers change jobs every year? HireSignal tracks job changes so your team never misses an opportunity. Trusted by 2,000+ sales teams. Can I get 15 minutes on your calendar?"),
])
C("junk", "recruiting_spam", "en", "Generic recruiter blast for an unrelated junior crypto sales role", [
    ("g_recr", "2024-09-24 12:10", "Hi Maren, I came across your profile and think you'd be a great fit for an exciting opportunity! My client, a fast-growing Web3 startup, is hiring Business Development Representatives. Competitive base + tokens. Are you open to new opportunities?"),
])
C("junk", "generic_service_pitch", "en", "Generic RFP software pitch (counterpart of the Answerly pitch)", [
    ("g_rfp", "2024-07-30 11:45", "Hi Maren! Are RFPs slowing down your team? ProposalPilot uses AI to answer RFPs 10x faster. Teams like yours save hundreds of hours per year. Would you be open to a 15-min demo next week?"),
])
C("junk", "generic_service_pitch", "en", "Generic corporate gifting pitch (counterpart of the Kindred Crate pitch)", [
    ("g_gift", "2024-11-04 10:20", "Hi Maren, the holidays are coming! GiftLoop makes corporate gifting effortless with 5,000+ gifts from top brands. Want me to send you our holiday catalog?"),
])
C("junk", "generic_service_pitch", "en", "Generic sales coaching / mindset pitch (counterpart of the negotiation workshop)", [
    ("g_coach", "2024-03-27 20:00", "Maren, what if you could close 2x more deals in the next 90 days? My Closer Mindset program has helped 1,000+ reps break through their limiting beliefs and hit quota every month. I only take 5 new clients per month. Want to see if you qualify?"),
])
C("junk", "generic_service_pitch", "en", "Generic contact-data pitch (counterpart of the healthcare data vendor)", [
    ("g_data", "2024-06-26 15:30", "Hi Maren, need more accurate B2B contacts? ContactMine gives you 200M+ verified emails and direct dials across every industry. Get 100 free credits when you sign up this month!"),
])
C("junk", "generic_service_pitch", "en", "Virtual assistant agency pitch", [
    ("va", "2024-01-30 03:15", "Hello Maren, good day! Are you overwhelmed with admin tasks? Our virtual assistants can handle your email, calendar, CRM updates and lead research starting at $8/hour. Free trial for 1 week. Looking forward to hear from you."),
])
C("junk", "generic_service_pitch", "en", "SEO agency pitch that ignores she is an individual AE", [
    ("seo", "2024-02-28 05:40", "Hi Maren, I checked your website and found 27 SEO errors that are stopping you from ranking on page 1 of Google. I can fix them and get you more traffic and sales. Shall I send you the full audit report free of cost?"),
])
C("junk", "mlm_opportunity", "en", "Connects, then pitches a 'side income' wellness business opportunity", [
    ("mlm", "2024-08-12 21:30", "Hey girl! So happy we connected 💕 I love seeing strong women in sales! Random q - are you open to hearing about something I've been doing on the side? It's helped me replace my corporate income in 18 months, and with your sales skills you'd crush it!!"),
    ("mlm", "2024-08-19 21:31", "Hey! Just following up, no pressure at all 😊 I can send you a quick 5 min video!"),
])
C("junk", "event_booth_sales", "en", "Expo exhibitor-booth sales blast", [
    ("booth", "2024-09-03 08:10", "Hi Maren, exhibitor booths for HR Expo Southwest (Phoenix, Feb 2025) are 70% sold. Put Corvella in front of 4,000 HR decision makers! Early-bird 10x10 booth $6,900 until Sept 30. Can I reserve one for you?"),
    ("booth", "2024-09-17 08:10", "Hi Maren - only 11 booths left. Should I hold one for Corvella?"),
])
C("junk", "mass_webinar_invite", "en", "Mass webinar invite from a community she never joined", [
    ("webinar", "2024-10-14 13:00", "Hi Maren 👋 You're invited! Join 3,000+ revenue leaders at our free virtual summit 'The Future of Pipeline' on Nov 6. Speakers from top SaaS brands. Save your seat: revopscollective.io/summit"),
])

ROOT = Path(__file__).resolve().parents[1]
ex.write(
    ROOT / SLUG,
    {
        "First Name": "Maren", "Last Name": "Holloway",
        "Headline": "Strategic Account Executive at Corvella | Enterprise HR software | Healthcare & public sector",
        "Summary": ("I help large employers - hospital systems, counties, school districts and logistics companies - "
                    "replace paper and spreadsheet HR processes with Corvella's performance, onboarding and learning platform. "
                    "Ten years in B2B sales, President's Club 2022 and 2023. I write about multi-threading, "
                    "procurement and enterprise deal cycles. Based in Austin, TX."),
        "Industry": "Software Development", "Zip Code": "78704", "Geo Location": "Austin, Texas, United States",
        "Websites": "[COMPANY:https://corvella.example]",
    },
    [
        {"Company Name": "Corvella", "Title": "Strategic Account Executive", "Description": "Enterprise HR software, healthcare and public sector territory (TX, OK, LA).", "Location": "Austin, Texas", "Started On": "Apr 2023", "Finished On": ""},
        {"Company Name": "Corvella", "Title": "Enterprise Account Executive", "Description": "Net-new enterprise accounts, 1,000-10,000 employees.", "Location": "Austin, Texas", "Started On": "Mar 2021", "Finished On": "Mar 2023"},
        {"Company Name": "Stackwise", "Title": "Mid-Market Account Executive", "Description": "", "Location": "Austin, Texas", "Started On": "Jun 2016", "Finished On": "Feb 2021"},
        {"Company Name": "Dataway Systems", "Title": "Sales Development Representative", "Description": "", "Location": "Dallas, Texas", "Started On": "Jul 2013", "Finished On": "May 2016"},
    ],
    ["Enterprise Software Sales", "MEDDPICC", "Salesforce", "Outreach", "Negotiation", "Public Sector Sales",
     "Healthcare Sales", "Human Resources Information Systems", "Pipeline Management", "Forecasting",
     "Value Selling", "RFP Responses", "Account Planning", "Mentoring"],
)
print(ex.summary())

"""dev25 persona (written blind as heldout31, session 4): heldout31 persona 1: COO of a chain of nine physiotherapy clinics in south-east Queensland.

Written blind to the detector code (session 4). 2024 export layout, English with one German
template copy. Run it to regenerate ../en-physiotherapy-clinic-chain-coo-brisbane byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-physiotherapy-clinic-chain-coo-brisbane"
OWNER = Person("me", "Renee Tallis", "https://www.linkedin.com/in/renee-tallis-coo",
               "Moreton Move Physiotherapy", "Chief Operating Officer")

e = Export(SLUG, "2024", OWNER)
P = e.person

# ------------------------------------------------------------------ people: genuine contacts
P("kath", "Kath Dunleavy", "Moreton Move Physiotherapy", "Clinic Manager, Chermside", connected="2019-03-11")
P("tomasz", "Tomasz Wierzbicki", "Moreton Move Physiotherapy", "Senior Physiotherapist, Paddington", connected="2021-07-02")
P("coral", "Priya Raman", "Coral Coast Health Fund", "Provider Relations Manager", connected="2020-10-19")
P("physiq", "Ben Carrick", "Physiq Practice Software", "Account Manager, QLD", connected="2020-02-04")
P("leasing", "Lorraine Ha", "Ipswich Riverside Shopping Centre", "Leasing Manager", connected="2022-05-30")
P("hannah", "Hannah Obi", "Allied Talent QLD", "Senior Consultant, Allied Health", connected="2023-08-14")
P("grad", "Jayden Murphy", "", "Physiotherapy graduate, Griffith University", connected="2025-01-20")
P("bowen", "Shaun McAllister", "Bowen Basin Haulage", "HSE Manager", connected="2025-02-03")
P("agedcare", "Marguerite Nolan", "Banksia Grove Aged Care", "Facility Manager")
P("ep", "Lachlan Pereira", "Pereira Exercise Physiology", "Director", connected="2018-06-21")
P("journo", "Georgia Whitlam", "The Southside Chronicle", "Health Reporter", connected="2024-11-02")
P("forum", "Dr Anita Kaur", "Queensland Allied Health Leaders Forum", "Program Chair", connected="2021-04-09")
P("ty1", "Mei Ling Tan", "Sunshine Coast Physio Co", "Practice Owner", connected="2025-03-14")
P("ty2", "Callum Reid", "Reid Sports Physio", "Owner", connected="2025-03-14")
P("ty3", "Bernadette O'Shea", "Toowoomba Allied Health", "Operations Lead", connected="2025-03-15")
P("uq", "Dr Farah Siddiqui", "University of Queensland", "Clinical Placement Coordinator, Physiotherapy", connected="2025-01-28")
P("coo", "Marcus Delaney", "Bayside Dental Group", "COO", connected="2017-09-05")
P("oldboss", "Gail Prentice", "Gold Coast Health", "Director of Allied Health (retired)", connected="2014-05-12")
P("gp", "Dr Oliver Nguyen", "Carindale Family Practice", "GP and Practice Principal")
P("accountant", "Steph Kowalczyk", "Kowalczyk & Partners", "Partner", connected="2016-08-01")
P("leaving", "Aroha Ngata", "Moreton Move Physiotherapy", "Physiotherapist, Redcliffe", connected="2020-01-15")
P("northlakes", "Dean Fitzsimmons", "Moreton Move Physiotherapy", "Clinic Manager, North Lakes", connected="2022-02-28")
P("rugby", "Trent Kafoa", "Wynnum Wharfies RLFC", "Football Manager", connected="2023-01-10")
P("chair", "Robert Ashworth", "Moreton Move Physiotherapy", "Chair of the Board", connected="2018-02-12")
P("friend", "Simone Baptiste", "Queensland Ballet", "Company Manager", connected="2013-11-30")
P("broker", "Wes Harrington", "Harrington Insurance Brokers", "Account Executive", connected="2019-06-06")
P("ref", "Isla Brennan", "Sydney Sports Medicine Centre", "Physiotherapist", connected="2021-02-01")
P("mktg", "Dani Ferreira", "Saltwater Creative", "Account Director", connected="2023-04-03")
P("tomhr", "Nikita Sharma", "Moreton Move Physiotherapy", "Physiotherapist, Carindale", connected="2022-08-08")
P("mgr_spr", "Ellie Crossan", "Moreton Move Physiotherapy", "Clinic Manager, Springfield", connected="2024-06-01")
P("mgr_red", "Pat O'Rourke", "Moreton Move Physiotherapy", "Clinic Manager, Redcliffe", connected="2019-11-04")
P("builder", "Gus Themistocleous", "Themis Fitouts", "Project Manager", connected="2024-02-19")
P("podhost", "Kylie Braddock", "The Allied Health Exec podcast", "Host", connected="2020-09-09")
P("sportsdoc", "Dr Hamish Lowe", "Brisbane Sports & Exercise Medicine", "Sports Physician", connected="2015-03-03")

# ------------------------------------------------------------------ people: wanted pitches
P("w_sms", "Josh Whitford", "Recallr", "Partnerships Lead", connected="2025-02-10")
P("w_rec", "Amira Haddad", "PhysioPath Recruitment", "Principal Recruiter", connected="2025-04-02")
P("w_data", "Connor Ellery", "", "Freelance Data Analyst (healthcare)", connected="2025-03-16")
P("w_reformer", "Sione Tapueluelu", "Pilates Equipment Services QLD", "Service Technician & Owner")
P("w_clean", "Rachael Burgess", "SparkClean Commercial", "Business Development", connected="2025-05-07")
P("w_tender", "Howard Tsang", "Clearwater Bid Consulting", "Principal", connected="2025-06-11")
P("w_recept", "Leah Donnelly", "Frontdesk Collective", "Founder")
P("w_xero", "Vikram Pillai", "Ledgerline Integrations", "Consultant", connected="2025-01-09")
P("w_ndis", "Natalie Fraser", "Fraser Compliance", "NDIS Audit Consultant")
P("w_grad", "Oscar Lindqvist", "MentorLoop Health", "Partnerships Manager", connected="2025-07-01")
P("w_gbp", "Tayla Young", "Local Pulse Marketing", "Owner (health practices only)")
P("w_uk", "Fiona McLeish", "Southern Cross Physio Migration", "Director, UK & Ireland recruitment")

# ------------------------------------------------------------------ people: junk senders
P("t1", "Brandon Mercer", "ScaleHealth Growth", "Founder & CEO")
P("t2", "Alyssa Cortez", "PipelinePros", "Growth Consultant")
P("t3", "Dominic Faulkner", "ClinicBoost Media", "Head of Partnerships")
P("t4", "Jess Ward", "Apex Patient Acquisition", "Client Success")
P("t5", "Lukas Brenner", "Wachstumswerk GmbH", "Geschäftsführer")
P("mt1", "Kyle Stenson", "Lead Ninjas", "SDR")
P("mt2", "Courtney Blake", "BrightHire Solutions", "Talent Partner")
P("mt3", "Raj Malhotra", "SmileCare Marketing", "Senior Strategist")
P("spon1", "Vantage Payroll", "", "", url="https://www.linkedin.com/company/vantage-payroll")
P("spon2", "CloudDesk Telehealth", "", "", url="https://www.linkedin.com/company/clouddesk-telehealth")
P("spon3", "Northbridge MBA", "", "", url="https://www.linkedin.com/company/northbridge-business-school")
P("award", "Trina Vossberg", "Australian Health Business Excellence Awards", "Nominations Director")
P("feature", "Mark Gellert", "Leaders in Health Magazine", "Editorial Partnerships")
P("podpay", "Zane Ortiz", "CEO Spotlight Radio", "Booking Producer")
P("mobilephysio", "Chloe Ang", "FlexiPhysio Mobile", "Founder")
P("leads", "Darren Kobayashi", "PatientFlow Leads", "Business Development")
P("likeminded", "Stacey Valente", "Valente Ventures", "Serial Entrepreneur | Investor | Mum")
P("quick15", "Tim Rourke", "NetGuard Managed IT", "Account Executive")
P("ctp1", "Amber Sinclair", "Elevate Leadership Coaching", "Executive Coach",
  connected="2025-05-19", invite=("IN", "2025-05-18 20:11", "Hi Renee, love what you're building at Moreton Move! Would be great to connect."))
P("ctp2", "Grant Holloway", "SunVolt Commercial Solar", "Commercial Energy Advisor",
  connected="2025-08-04", invite=("IN", "2025-08-03 07:45", "Fellow Brisbane local here, keen to connect."))
P("ctp3", "Priscilla Yeo", "Offshore Staff Hub", "Partnerships",
  connected="2025-09-09", invite=("IN", "2025-09-08 13:02", ""))
P("bump1", "Ryan Castell", "WebWorks Digital", "Director")
P("bump2", "Melanie Fox", "TapPay Merchant Services", "Business Banking Specialist")
P("crypto", "Jordan Wexley", "Meridian Property Wealth", "Investment Strategist")
P("gifts", "Hayley Munro", "Boxed & Branded", "Corporate Gifting Specialist")
P("airecept", "Ethan Shore", "VoxAssist AI", "Co-founder")
P("gensms", "Brianna Tolley", "RemindMe SMS", "Sales")
P("genrec", "Kurt Vandenberg", "Talent Everywhere Group", "Recruitment Director")
P("gendata", "Sasha Ivanova", "InsightGrid", "Business Development Manager")
P("gentender", "Phil Okonjo", "WinBids Australia", "Bid Specialist")
P("genseo", "Noah Patel", "RankRocket SEO", "SEO Consultant")
P("broker2", "Clive Ashdown", "Ashdown Business Brokers", "Senior Broker")
P("chairs", "Nadia Fenwick", "ErgoSeat Direct", "B2B Sales")
P("planner", "Liam Costa", "Costa Wealth Advisory", "Financial Adviser")
P("coach2", "Ivy Chambers", "", "Mindset Coach for Female Founders")
P("va", "Marco Dela Cruz", "VirtualOps PH", "Client Partnerships")
P("pushy", "Declan Hurst", "Uniform Hub AU", "Sales Manager")


def c(label: str, category: str, language: str, note: str, *messages: tuple[str, str, str],
      **options: object) -> None:
    e.conv(label, category, language, note, list(messages), **options)


# ================================================================== genuine (35)
c("genuine", "staff_operations", "en", "long-standing clinic manager, roster gap",
  ("kath", "2025-06-02 07:41", "Morning Renee. Two of my physios are off with the flu that's going round, Tuesday and Wednesday are looking ugly. Can I borrow Sam from Paddington for the two days? Tomasz says he can spare him if you OK it."),
  ("me", "2025-06-02 07:58", "Yes go for it. Log it as a cross-clinic shift so payroll picks up the travel. Hope you're not next!"),
  ("kath", "2025-06-02 08:03", "Touch wood. Ta 🙏"))
c("genuine", "staff_development", "en", "physio asking for CPD budget for a course",
  ("tomasz", "2025-04-14 16:20", "Hi Renee, hope the week's going OK. I'd like to do the advanced dry needling course in Sydney in August, it's $1,180 plus flights. Is there room in the CPD budget for Paddington this year or should I wait for next FY?"),
  ("me", "2025-04-15 09:12", "Hi Tomasz, there's room. Put it through the normal form and cc Kath so the roster gets sorted. Flights are on us if you share what you learn at the September in-service."),
  ("tomasz", "2025-04-15 09:30", "Deal, thanks heaps!"))
c("genuine", "vendor_price_change", "en", "health fund changes rebate schedule, existing partner",
  ("coral", "2025-05-20 11:02", "Hi Renee, a heads-up before the formal letter lands: from 1 July our recognised-provider rebate for standard physio consults goes from $58 to $61 but the gap-free arrangement will only cover initial consults, not follow-ups. I know that touches your front desk scripts. Happy to jump on a call with you and your billing lead this week if useful."),
  ("me", "2025-05-20 12:40", "Thanks for the early warning Priya, that's a real change for us. Thursday 2pm works for a call, I'll bring Joanne from billing."),
  ("coral", "2025-05-20 12:44", "Perfect, invite coming through."))
c("genuine", "vendor_price_change", "en", "existing practice-software vendor announces new pricing",
  ("physiq", "2025-03-03 10:15", "Hi Renee, wanted to tell you personally rather than you reading it in an email. From 1 June our per-practitioner licence moves from $79 to $89/month. For multi-site customers on annual terms we can hold you at $84 if you renew before 30 April. Let me know if you'd like a quote for the renewal."),
  ("me", "2025-03-04 08:22", "Hi Ben, appreciate the personal note. Please send the annual quote for 9 sites / 64 practitioners and I'll take it to the board on the 20th."),
  ("physiq", "2025-03-04 09:05", "Will do, quote in your inbox by lunch."),
  ("me", "2025-03-21 15:10", "Board approved, we'll sign the annual. Send the contract through to me and Steph our accountant."))
c("genuine", "lease_negotiation", "en", "landlord, lease renewal and rent review for Ipswich clinic",
  ("leasing", "2025-01-22 14:05", "Hi Renee, the Ipswich lease option falls due in April. Centre management is proposing a 4.5% increase plus the new marketing levy. Keen to sit down before the formal offer goes out."),
  ("me", "2025-01-23 09:30", "Hi Lorraine, thanks. 4.5% plus a levy is a big ask given the carpark works have cut our foot traffic since October. Can we meet on site next week? Tuesday morning suits."),
  ("leasing", "2025-01-23 10:02", "Tuesday 9.30 at the centre office. I'll bring the traffic counts."),
  ("me", "2025-02-11 17:45", "Thanks for today. For the record we'd accept 3% with the levy waived for the first year, five year term plus five option."))
c("genuine", "recruiter_engaged", "en", "recruiter she briefed, sends shortlist",
  ("me", "2025-05-05 08:15", "Hi Hannah, as discussed we're going ahead with the Springfield clinic manager search. Brief attached in email, fee as per our terms last year."),
  ("hannah", "2025-05-05 08:40", "Thanks Renee, on it. I'll have a longlist by the 16th."),
  ("hannah", "2025-05-19 16:55", "Shortlist of three is in your inbox. My pick is the candidate from Logan, ran a 7-physio clinic for four years and her references are glowing. Salary expectations between 115 and 122k plus super."),
  ("me", "2025-05-20 07:50", "Great work. Can you line up interviews for Thursday and Friday afternoon?"))
c("genuine", "job_applicant", "en", "new graduate applying for a role",
  ("grad", "2025-01-21 19:34", "Hi Renee, I'm finishing my physio degree at Griffith in a few weeks and did my final placement at your Carindale clinic with Nikita. I saw the graduate roles advertised for Springfield and North Lakes. I've applied through the website but wanted to say hi directly. I'd love to work somewhere with a proper grad mentoring program like yours."),
  ("me", "2025-01-22 08:10", "Hi Jayden, Nikita spoke highly of you. I've flagged your application to Ellie at Springfield, she'll be in touch about interviews in early Feb."),
  ("grad", "2025-01-22 08:31", "Thank you so much!"))
c("genuine", "inbound_lead_quote", "en", "mining company wants onsite injury-prevention physio, asks for a quote",
  ("bowen", "2025-02-04 06:12", "G'day Renee, we've got 140 drivers and maintenance crew on rotating rosters out of our Brisbane depot and our manual handling injury numbers are not where they should be. We're after a physio who can come onsite fortnightly, do pre-start stretching sessions and early intervention. Does Moreton Move do that sort of thing? If so could you send through a quote?"),
  ("me", "2025-02-04 09:25", "Hi Shaun, yes we run onsite programs for three industrial clients already. I'll get our workplace lead to call you to scope it, then we'll send a quote with a per-visit and a monthly option."),
  ("bowen", "2025-02-04 09:40", "Beauty, cheers."),
  ("bowen", "2025-02-20 13:15", "Quote received, looks good. Our GM wants to start with a 3 month trial before signing the 12 month agreement. That OK?"),
  ("me", "2025-02-20 14:02", "Absolutely, I'll have the trial agreement to you by Monday."))
c("genuine", "inbound_lead_quote", "en", "aged care facility wants weekly physio visits",
  ("agedcare", "2025-07-08 10:50", "Hello Renee, our previous physio provider has retired and we need someone to cover weekly visits for about 60 residents at our Redcliffe facility, plus falls assessments. Are you taking on aged care work and what would the pricing look like?"),
  ("me", "2025-07-08 13:20", "Hi Marguerite, thanks for thinking of us. Our Redcliffe team does aged care visits already. Could I call you tomorrow to understand the funding side before I put a proposal together?"),
  ("agedcare", "2025-07-08 13:41", "Yes please, any time after 10."))
c("genuine", "peer_joint_offer", "en", "exercise physiologist proposes joint NDIS package",
  ("ep", "2025-08-12 12:30", "Renee! Long time. Had an idea over the weekend: we keep getting NDIS participants who need both physio and EP, and they hate juggling two providers. What if we did a joint package, shared care plan, one intake, split the invoice? I'd want to agree pricing so neither of us undercuts the other. Beer at the Breakfast Creek to chat?"),
  ("me", "2025-08-12 18:02", "Lachie, love it. Breakie Creek Thursday after 5? Bring rough numbers and I'll bring our NDIS billing data."),
  ("ep", "2025-08-12 18:10", "Done. First round's on me."))
c("genuine", "media_request", "en", "journalist about physio wait times",
  ("journo", "2025-11-03 09:05", "Hi Renee, I'm writing a piece on wait times for allied health on the southside after the Logan hospital story. Would you have 10 minutes for a quick chat today or tomorrow? Happy to keep it on background if you prefer."),
  ("me", "2025-11-03 10:12", "Hi Georgia, happy to help on the record. I can do 3.30 today, my mobile is on our website under media."))
c("genuine", "event_speaker_invite", "en", "real contact invites her to speak at forum",
  ("forum", "2024-11-18 15:22", "Hi Renee, we'd love you back on the program for the Allied Health Business Summit in March, ideally the operations track. Your session last year on running multi-site rosters is still the one people ask me about. No fee I'm afraid but we cover travel and the dinner."),
  ("me", "2024-11-19 07:45", "Anita, I'd be honoured. Thinking of a talk on utilisation and no-shows across nine clinics, real numbers. Does that fit?"),
  ("forum", "2024-11-19 08:20", "Perfect fit. I'll pencil you in for Friday 14 March, 11am."))
c("genuine", "thanks_after_event", "en", "thank-you after her summit talk (1 of 3)",
  ("ty1", "2025-03-14 17:22", "Renee, thank you for your talk today, the utilisation numbers were so useful. We're only 3 clinics but the no-show chart hit home. Hope to catch up at the next one!"),
  ("me", "2025-03-15 08:40", "Thanks Mei Ling! Lovely to meet you, shout if you want the slide with the reminder timings."))
c("genuine", "thanks_after_event", "en", "thank-you after her summit talk (2 of 3)",
  ("ty2", "2025-03-14 18:05", "Thanks for your talk today Renee, really useful numbers on utilisation. The no-show chart was an eye opener. Cheers, Callum"))
c("genuine", "thanks_after_event", "en", "thank-you after her summit talk (3 of 3)",
  ("ty3", "2025-03-15 09:47", "Hi Renee, thank you for the talk yesterday - really useful, especially the utilisation numbers and the no-show chart. Would love to catch up next time you're up Toowoomba way."),
  ("me", "2025-03-15 10:02", "Thanks Bernadette, I'll let you know next time I'm up the range."))
c("genuine", "owner_started_partnership", "en", "owner contacts uni placement coordinator",
  ("me", "2025-01-29 11:30", "Hi Dr Siddiqui, I'm COO at Moreton Move. We'd like to offer more clinical placements for UQ students across our Springfield and North Lakes clinics from semester 2. Who is the right person to talk to about the placement agreement?"),
  ("uq", "2025-01-30 14:15", "Hi Renee, thanks for reaching out, that's me! We are short of musculoskeletal placements on the north side so this is very welcome. I'll send the standard agreement and we can set up a meeting in Feb."),
  ("me", "2025-01-30 14:40", "Wonderful, thank you."))
c("genuine", "owner_started_peer_advice", "en", "owner asks fellow COO about rostering software",
  ("me", "2025-09-02 20:14", "Hey Marcus, random one. You moved Bayside onto a new rostering system last year didn't you? How did it go with the dentists? We're thinking of ditching spreadsheets finally."),
  ("coo", "2025-09-03 07:02", "Ha yes. Painful for 2 months then great. Happy to show you our setup, come for coffee in Wynnum?"),
  ("me", "2025-09-03 07:30", "Yes please. Friday?"),
  ("coo", "2025-09-03 07:31", "Friday 8am, Fish Cafe. 👍"))
c("genuine", "long_standing_mentor", "en", "former boss, years of catch-ups",
  ("oldboss", "2023-06-12 18:30", "Saw the news about the ninth clinic. So proud of you love. Still remember you as the new grad who reorganised my whole outpatient booking system in week two."),
  ("me", "2023-06-12 19:55", "Gail! That means a lot. You taught me everything about running a department. Lunch soon?"),
  ("oldboss", "2024-12-20 09:10", "Merry Christmas Renee. Lunch in Jan, my shout this time. Burleigh?"),
  ("me", "2024-12-20 12:01", "Merry Christmas! Burleigh in Jan sounds perfect. Will message after the school holidays."),
  ("oldboss", "2025-10-02 16:44", "Any chance you'd mentor a young physio I know who wants to go into management? I told her you're the best there is."),
  ("me", "2025-10-02 17:30", "Of course. Pass on my details."))
c("genuine", "referral_partner", "en", "GP wants a referral pathway, landed in SPAM",
  ("gp", "2025-06-17 12:48", "Hi Renee, we're a GP practice 400m from your Carindale clinic and send a lot of patients your way already. Would you be open to a more formal referral pathway for our chronic pain patients on care plans, with shared reports? Happy to pop in and meet your clinic manager."),
  folder="SPAM")
c("genuine", "advisor_existing", "en", "accountant, EOFY payroll tax",
  ("accountant", "2025-06-10 15:33", "Hi Renee, with the contractor physios at Springfield we need to look at payroll tax grouping before 30 June. Can you send me the contractor agreements? Our fee for the review is included in the annual engagement, no extra."),
  ("me", "2025-06-10 16:05", "Thanks Steph, sending them tonight."))
c("genuine", "staff_farewell", "en", "physio moving to Townsville",
  ("leaving", "2025-08-25 21:15", "Hi Renee, wanted to tell you myself before the resignation email. My partner got a job in Townsville so we're moving up in October. I've loved working at Redcliffe, thank you for everything."),
  ("me", "2025-08-26 07:20", "Aroha, congrats to your partner and sad for us! If you want, I know the owner of a great clinic in Townsville, happy to make an intro. And you'll always have a reference from me."),
  ("leaving", "2025-08-26 07:45", "That would be amazing, thank you 😭"))
c("genuine", "staff_operations", "en", "clinic manager about storm closure",
  ("northlakes", "2025-02-28 16:02", "Storm's taken out the power along Anzac Ave, we've got no lights and no Physiq. Cancelling the rest of today's patients, I'll ring them all. Back tomorrow hopefully."),
  ("me", "2025-02-28 16:10", "No worries Dean, safety first. Send the team home. Let me know if the fridge with the ice packs is a problem."),
  ("northlakes", "2025-03-01 07:12", "Power back on at 6, all good. Bit of water under the back door, nothing major."))
c("genuine", "inbound_lead_contract", "en", "rugby league club renewing physio cover contract",
  ("rugby", "2025-10-14 17:30", "Renee mate, the board wants to renew the physio cover for next season and add the women's side. Can you send through a new price for both teams, game day plus two trainings a week?"),
  ("me", "2025-10-15 08:45", "Hi Trent, great news about the women's side. I'll send a revised proposal by Friday, we'll hold the men's rate and do a combined discount."),
  ("rugby", "2025-10-15 09:10", "Legend. Up the Wharfies."))
c("genuine", "board", "en", "board chair, strategy day",
  ("chair", "2025-07-21 06:50", "Renee, can you take the utilisation section for the strategy day on 8 Aug? 20 mins. And could we get a rough P&L impact of the health fund rebate change?"),
  ("me", "2025-07-21 08:15", "Yes and yes. Will have both to you by the 4th."))
c("genuine", "friend", "en", "old friend, Ekka catch-up",
  ("friend", "2025-08-07 12:12", "Ekka people's day is Wednesday, are you taking the kids? We're doing strawberry sundaes at 11 and then the showbags 🙈"),
  ("me", "2025-08-07 12:30", "Yes! Meet at the sundae stand. Bringing both kids and possibly a husband."),
  ("friend", "2025-08-07 12:31", "Perfect, see you there x"))
c("genuine", "vendor_price_change", "en", "insurance broker renewal premium up",
  ("broker", "2025-09-29 11:40", "Hi Renee, the professional indemnity and public liability renewal is in. Unfortunately the premium has gone up 12% across the market for allied health. I've got a second quote from another insurer at 7%, slightly higher excess. Can we go through the options on a call before 15 October?"),
  ("me", "2025-09-29 13:05", "Thanks Wes. Send both and I'll call you Thursday."))
c("genuine", "reference_request", "en", "former physio asks for a reference",
  ("ref", "2025-04-03 19:02", "Hi Renee, hope you're well! I'm applying for a senior role at the Sydney Swans medical team (!!) and they want a reference from a previous manager. Would you be willing?"),
  ("me", "2025-04-04 07:30", "Isla, of course! Good luck, they'd be lucky to have you."))
c("genuine", "vendor_existing", "en", "existing marketing agency monthly report",
  ("mktg", "2025-05-02 10:30", "Hi Renee, April report sent. Google Ads bookings up 18% for Springfield, Paddington flat. Proposing we move $600 from Paddington to North Lakes for May. Ok to proceed?"),
  ("me", "2025-05-02 11:15", "Ok to proceed. Can we also test a Facebook ad for the new women's health service at Carindale?"),
  ("mktg", "2025-05-02 11:20", "Will brief creative this afternoon."))
c("genuine", "staff_hr", "en", "physio asks about parental leave",
  ("tomhr", "2025-03-24 13:45", "Hi Renee, sorry to message here, couldn't find the parental leave policy on the drive. We're expecting in September 🙂 Could you point me to it?"),
  ("me", "2025-03-24 14:00", "Congratulations Nikita!! It's in HR > Policies > Leave. Let's have a chat about the handover whenever you're ready, no rush."))
c("genuine", "team_group_chat", "en", "group chat with clinic managers about Christmas party",
  ("kath", "2024-11-27 15:10", "Xmas party: are we doing Howard Smith Wharves again or something different this year?"),
  ("mgr_spr", "2024-11-27 15:22", "Something closer to the western suburbs pls, Springfield crew always have the longest drive!"),
  ("mgr_red", "2024-11-27 15:40", "Redcliffe jetty has a lovely function room, just saying"),
  ("me", "2024-11-27 16:05", "Ha. I'll put a poll in Teams. Budget is $85 a head."),
  title="Clinic Managers 2024", extra=["northlakes"])
c("genuine", "vendor_quote_existing", "en", "fitout builder sends a variation quote",
  ("builder", "2025-03-31 14:20", "Hi Renee, the Springfield fitout needs an extra hand basin in treatment room 4 to meet the infection control audit. Variation quote is $2,340 plus GST. Need your approval by Wednesday to keep the handover date."),
  ("me", "2025-03-31 15:02", "Approved, go ahead. Please send the variation paperwork to accounts."))
c("genuine", "event_invitation_contact", "en", "podcast host she knows invites her (free)",
  ("podhost", "2025-10-20 10:00", "Renee! Would you come on the pod to talk about scaling from 3 to 9 clinics? Usual format, 40 mins, recorded at my place in Bulimba. Bring Lachie if you want, the joint NDIS thing sounds like great content."),
  ("me", "2025-10-20 12:15", "Love to Kylie. November works, send me dates."))
c("genuine", "referral_partner", "en", "long-standing sports physician sends a referral question",
  ("sportsdoc", "2025-07-30 18:40", "Renee, have a young cricketer with a stress fracture who needs a physio on the southside with bone stress experience. Who's your best at Carindale these days?"),
  ("me", "2025-07-30 19:05", "Nikita is great with bone stress, she's back from leave in Feb though. Until then Aiden at Carindale. I'll tell them to expect the referral."),
  ("sportsdoc", "2025-07-30 19:10", "Thanks Renee, always reliable."))
c("genuine", "staff_operations", "en", "Springfield manager opening week logistics",
  ("mgr_spr", "2025-04-28 08:05", "Keys collected! The signage people are coming at 10 but the shopping centre says we need a permit for the lift. Do you have the contact for centre management?"),
  ("me", "2025-04-28 08:20", "Yes, it's Bree on 3288 ... actually I'll call her now and sort it. Congrats on day one!"))
c("genuine", "staff_operations", "en", "Redcliffe manager about Aroha's replacement",
  ("mgr_red", "2025-09-01 12:30", "With Aroha going we'll be one down from October. Hannah at Allied Talent reckons she can find someone in 6 weeks. Can I brief her directly or do you want to?"),
  ("me", "2025-09-01 12:55", "Brief her directly, same terms as Springfield. Copy me in."))
c("genuine", "vendor_existing", "en", "Physiq account manager follow-up on an outage (existing vendor)",
  ("physiq", "2025-08-11 09:02", "Hi Renee, sorry again about Friday's outage. As a goodwill gesture we're crediting one month of SMS fees across all nine sites. Let me know if any clinic had data issues."),
  ("me", "2025-08-11 09:40", "Thanks Ben, appreciated. North Lakes had two double bookings, Dean will email support."))

# ================================================================== wanted pitches (12)
c("wanted_pitch", "software_post_read", "en", "SMS reminder vendor read her LinkedIn post on no-shows and knows her software",
  ("w_sms", "2025-03-18 09:30", "Hi Renee, I read your post after the Summit about no-shows sitting at 11.8% across your clinics and that the 48-hour SMS reminder moved it less than you hoped. We build a two-way reminder layer on top of Physiq (native integration, no double entry) where patients can reschedule by reply and the slot goes to the waitlist automatically. Two Brisbane multi-site practices cut no-shows to about 6% with it. If it's useful I can run your last 3 months of appointment data through it and show you what would have happened, free. No pressure either way."),
  ("me", "2025-03-19 07:55", "Hi Josh, that's actually relevant. Send me what data you'd need, I'll check with our privacy officer first."),
  ("w_sms", "2025-03-19 08:10", "Great, just de-identified appointment status and times. Sending the spec now."))
c("wanted_pitch", "recruiter_press_item", "en", "physio recruiter saw press about Springfield opening, offers candidates",
  ("w_rec", "2025-04-03 14:10", "Hi Renee, congratulations on the Springfield clinic, I saw the piece in the Springfield Reporter. New clinics usually need one or two experienced musculoskeletal physios who can carry a caseload from day one. I recruit only physios in SEQ and currently have two senior candidates living in Springfield Lakes and Augustine Heights who want to stop commuting to the city. Would it be worth a 10 min chat to see if either fits?"),
  ("me", "2025-04-04 09:00", "Hi Amira, timing is good. Ellie, our clinic manager there, will call you."))
c("wanted_pitch", "freelancer_talk_attended", "en", "data analyst attended her talk, offers utilisation dashboard",
  ("w_data", "2025-03-17 20:05", "Hi Renee, I was in the audience for your utilisation session on Friday. You mentioned you still build the weekly practitioner utilisation report by hand from Physiq exports into Excel, and it eats your Monday mornings. I'm a freelance analyst who has built exactly that for two dental groups: automatic pull, one dashboard per clinic, alert when someone drops under 75%. Fixed price, about 3 weeks. Happy to show you a demo with dummy data if you're curious."),
  ("me", "2025-03-18 12:30", "Ha, you were listening. Yes, send me the demo link."))
c("wanted_pitch", "supplier_site_visited", "en", "pilates equipment servicer noticed her reformer classes on the website",
  ("w_reformer", "2025-06-24 11:18", "Hi Renee, I noticed on your website that four of your clinics run clinical reformer classes, and from the photos the reformers at Paddington look like the older Balanced Body Allegro model. Those springs should be swapped every 2 years for safety. I service reformers for physio clinics around Brisbane and can do all four sites on a Sunday so no classes are lost. Happy to quote per machine if you send me the count."),
  ("me", "2025-06-25 08:10", "Good spotting. I'll ask the managers to count and get back to you."))
c("wanted_pitch", "supplier_mutual_contact", "en", "commercial cleaner referred by her clinic manager by name",
  ("w_clean", "2025-05-08 10:40", "Hi Renee, Dean Fitzsimmons from your North Lakes clinic suggested I get in touch. We clean his neighbour's GP clinic and he mentioned your current cleaners have missed the treatment rooms a few times. We do healthcare-grade cleans with a logbook that matches infection control audit requirements. Could I do a free walk-through at North Lakes and quote?"),
  ("me", "2025-05-08 12:05", "Hi Rachael, Dean did mention you. Yes, please arrange a time with him directly."))
c("wanted_pitch", "consultant_public_tender", "en", "bid consultant names an actual Metro North tender",
  ("w_tender", "2025-06-12 09:15", "Hi Renee, Metro North Health has just released tender MNH-2025-114 for outsourced outpatient physiotherapy at Redcliffe and Caboolture, closing 18 July. Your Redcliffe and North Lakes clinics are well placed for it. I write health tenders (I did the last two community allied health bids that won in Metro South). If you're thinking of bidding I can help with the response for a fixed fee, or just review your draft. Either way I thought you'd want to know it's out."),
  ("me", "2025-06-12 10:40", "Thanks Howard, hadn't seen it. Let's talk Monday."))
c("wanted_pitch", "service_problem_named", "en", "reception service called the clinic after hours and got voicemail",
  ("w_recept", "2025-07-15 08:30", "Hi Renee, honest opening: I rang your Indooroopilly clinic at 5.40pm and 6.15pm last Tuesday to book and got voicemail both times, and your online booking only shows slots 3 days out. Clinics we work with find 20-30% of new-patient calls come after 5. We're a small Brisbane team of trained receptionists (ex-practice staff) who answer overflow and after-hours calls straight into Physiq. Happy to send our rates or trial it at one clinic for a month."),
  ("me", "2025-07-15 09:50", "Ouch, fair point. Send me the rates and I'll talk to the Indooroopilly manager."))
c("wanted_pitch", "integration_tools_named", "en", "integration consultant names her Physiq + Xero setup and claims reconciliation",
  ("w_xero", "2025-01-10 13:00", "Hi Renee, we met briefly at the Xero roadshow at the Convention Centre. You said your team reconciles HICAPS and health fund claims from Physiq into Xero by hand for nine sites. We've built a connector for exactly Physiq + Xero + HICAPS that matches claims daily and flags rejections. Fixed setup fee, then monthly. I can show it to your finance lead with your own sandbox data if that helps."))
c("wanted_pitch", "consultant_public_register", "en", "NDIS audit consultant saw registration renewal date on the public register",
  ("w_ndis", "2025-08-05 10:10", "Hello Renee, the NDIS Commission provider register shows Moreton Move's registration renewal is due in November, which means the mid-term audit window opens soon. I prepare allied health providers for verification audits, mostly physio and OT practices in QLD. Given you added the Springfield site this year, the auditor will want to see it in your policies. Happy to do a gap review for a fixed price if useful."),
  ("me", "2025-08-06 08:00", "Thanks Natalie, useful reminder. Can you send a quote for the gap review?"))
c("wanted_pitch", "partner_article_read", "en", "graduate mentoring platform read her magazine article on retention",
  ("w_grad", "2025-07-02 09:45", "Hi Renee, I read your article in Allied Health Business on keeping new grads past the 18-month mark, especially the point that your best retention came from pairing grads with a mentor from another clinic. That's what our platform does: cross-site matching, check-in prompts and a simple report for the clinic manager. We offer it free for the first cohort to practices running a formal grad program. Would you like to see it?"),
  ("me", "2025-07-03 18:20", "Interesting, yes, send me a short demo video first."))
c("wanted_pitch", "agency_business_problem", "en", "health-only marketing agency noticed outdated Google profile after Redcliffe move",
  ("w_gbp", "2025-09-16 15:30", "Hi Renee, your Redcliffe clinic moved to Anzac Ave in June but the Google Business profile still shows the old Redcliffe Parade address and the map pin sends people to the old site (two reviews mention it). That's an easy fix but it's one of those things nobody owns. I only do local search for health practices. I can fix all nine profiles and keep them current for a small monthly fee, or just tell you what to change for free."),
  ("me", "2025-09-16 16:45", "Oh no. Please tell me what to change, and send the monthly option too."))
c("wanted_pitch", "recruiter_job_ads", "en", "UK physio migration recruiter saw her long-open job ads",
  ("w_uk", "2025-10-06 07:30", "Hi Renee, your four physio roles on Seek (Springfield, North Lakes, Redcliffe and Ipswich) have been open since August. We place UK and Irish physios who already hold AHPRA registration or are in the final stage, with visa sponsorship handled by our migration agent. Three of our current candidates want Brisbane specifically. Placement fee only on start. Would you like their anonymised profiles?"),
  ("me", "2025-10-06 12:00", "Yes please, send the profiles."))

# ================================================================== junk (38)
c("junk", "template_lead_gen", "en", "lead-gen template, sender 1",
  ("t1", "2025-02-12 09:02", "Hi Renee, I came across Moreton Move Physiotherapy and was genuinely impressed by your growth. We help healthcare businesses like yours add 30-50 new patients a month with our done-for-you acquisition system. No lock-in contracts. Open to a quick chat this week?"))
c("junk", "template_lead_gen", "en", "lead-gen template, sender 2",
  ("t2", "2025-04-22 10:15", "Hi Renee! I came across Moreton Move Physiotherapy and was really impressed by what you've built. We help health businesses like yours add 40+ new patients every month with a done-for-you system. No lock in. Would you be open to a quick chat this week?"))
c("junk", "template_lead_gen", "en", "lead-gen template, sender 3",
  ("t3", "2025-06-03 14:40", "Hey Renee, came across Moreton Move and was impressed by the growth. We help clinics like yours add 30-50 new patients a month through our done-for-you acquisition engine, with no lock in contracts. Open to a quick chat?"))
c("junk", "template_lead_gen", "en", "lead-gen template, sender 4",
  ("t4", "2025-08-19 08:55", "Hi Renee, I came across Moreton Move Physiotherapy and was genuinely impressed by your growth! We help allied health businesses add 30 to 50 new patients monthly with our done-for-you patient acquisition system. Zero lock-in. Open to a quick chat this week?"))
c("junk", "template_lead_gen", "de", "lead-gen template, sender 5, same template in German",
  ("t5", "2025-09-30 11:20", "Hallo Renee, ich bin auf Moreton Move Physiotherapy gestoßen und war wirklich beeindruckt von Ihrem Wachstum. Wir helfen Gesundheitsunternehmen wie Ihrem, jeden Monat 30-50 neue Patienten zu gewinnen, mit unserem Done-for-you-System. Keine Vertragsbindung. Hätten Sie diese Woche Zeit für ein kurzes Gespräch?"))
c("junk", "merge_tag_failure", "en", "unfilled first_name tag",
  ("mt1", "2025-03-25 07:12", "Hi {first_name}, noticed {company_name} is growing fast in the healthcare space. Our SDR team books 15+ qualified meetings a month for founders like you. Worth a chat?"))
c("junk", "merge_tag_failure", "en", "wrong name and wrong company",
  ("mt2", "2025-05-28 12:33", "Hi Rachel, congrats on everything you're doing at Moreton Dental! We place top-tier dental nurses and hygienists within 14 days. Can I send you some profiles?"))
c("junk", "merge_tag_failure", "en", "[Company] placeholder left in",
  ("mt3", "2025-07-09 16:00", "Hi Renee, I've been following [Company] for a while and love your approach to [pain point]. We've helped 200+ practices double their bookings. Would you be open to a 15 minute call?"))
c("junk", "sponsored_inmail", "en", "sponsored payroll InMail",
  ("spon1", "2025-04-01 00:00", "<p>Hi Renee,</p><p>Running payroll for multiple sites? Vantage Payroll handles awards, super &amp; STP Phase 2 in one place.</p><p><a href=\"https://example.com\">Book your free demo</a></p>"),
  title="Sponsored Conversation", subject="Payroll for multi-site businesses")
c("junk", "sponsored_inmail", "en", "sponsored telehealth InMail",
  ("spon2", "2025-08-14 00:00", "<p>Hi Renee,</p><p>Telehealth is here to stay. CloudDesk lets your practitioners consult from anywhere&nbsp;&mdash; fully compliant, fully branded.</p><p>Start your 30-day free trial today.</p>"),
  title="Sponsored Conversation", subject="Bring your clinic online")
c("junk", "sponsored_inmail", "en", "sponsored MBA InMail",
  ("spon3", "2025-10-27 00:00", "<p>Renee, ready for the next step in your career?</p><p>The Northbridge Executive MBA fits around your schedule. Applications for the February intake close soon.</p>"),
  title="Sponsored Conversation", subject="Your Executive MBA journey")
c("junk", "paid_award", "en", "award finalist with entry fee",
  ("award", "2025-05-13 09:00", "Dear Renee, congratulations! Moreton Move Physiotherapy has been shortlisted as a finalist in the 2025 Australian Health Business Excellence Awards (Allied Health category). To confirm your finalist status and receive your trophy and digital badge, a participation fee of $1,495 + GST applies. Gala dinner tickets are available separately. Please confirm by Friday to secure your place."))
c("junk", "paid_feature", "en", "magazine feature that costs money",
  ("feature", "2025-06-19 13:30", "Hi Renee, our editorial team has selected you for a profile in the upcoming 'Women Leading Healthcare' edition of Leaders in Health Magazine. The feature includes a 2-page interview, professional photography and distribution to 40,000 executives. The investment for the feature package is $2,900. Shall I send through the booking form?"))
c("junk", "paid_podcast", "en", "podcast guest slot with a fee",
  ("podpay", "2025-07-24 10:45", "Hey Renee! Our producers think your story would resonate with our audience of 500k business owners. We'd love to have you as a featured guest on CEO Spotlight Radio. There is a small production fee of $750 which covers editing, promotion and your guest clip package. Interested?"))
c("junk", "offers_what_she_sells", "en", "mobile physio offers physio services to her staff",
  ("mobilephysio", "2025-05-06 11:55", "Hi Renee, does your team ever suffer from back pain or desk-related niggles? FlexiPhysio brings qualified physiotherapists to your workplace for onsite treatment and ergonomic assessments. We'd love to offer Moreton Move staff a free wellness morning!"))
c("junk", "capacity_for_clients", "en", "patient lead seller asking about capacity",
  ("leads", "2025-03-10 15:20", "Hi Renee, quick question - do you have capacity for new patients at the moment? We generate pre-qualified physio patient leads in Brisbane and sell them exclusively per suburb. Only $45 per lead, first 10 free."))
c("junk", "like_minded_connect", "en", "let's connect as like-minded entrepreneurs",
  ("likeminded", "2025-02-26 21:48", "Hi Renee! I love connecting with like-minded female entrepreneurs who are building something big 💫 I'm a serial entrepreneur and investor and I'm always looking to grow my network of high achievers. Would love to connect and see how we can support each other!"),
  ("likeminded", "2025-03-05 20:10", "Hi again Renee, I'm hosting a small online masterclass for ambitious women in business next week, spots are limited. Want me to save you one?"))
c("junk", "quick_call", "en", "quick 15-minute call, managed IT",
  ("quick15", "2025-04-09 08:30", "Hi Renee, hoping to grab 15 minutes with you this week to share how we're helping healthcare organisations protect patient data with managed IT and cyber security. Does Thursday 10am or Friday 2pm work?"))
c("junk", "connect_then_pitch", "en", "coach: small talk, owner replies, pitch in message 3",
  ("ctp1", "2025-05-19 08:05", "Thanks for connecting Renee! How's the week treating you? Brisbane weather has been glorious hasn't it ☀️"),
  ("me", "2025-05-19 12:10", "Hi Amber, it has! Busy week but good."),
  ("ctp1", "2025-05-20 07:45", "Love that! Speaking of busy - I work with female executives who are stretched thin to reclaim 10 hours a week without burning out. My 12-week program has a few spots opening in June. Would you be open to a discovery call to see if it's a fit?"))
c("junk", "connect_then_pitch", "en", "solar: fellow local small talk, pitch in message 2",
  ("ctp2", "2025-08-04 09:10", "Cheers for connecting Renee. Always good to meet fellow Brisbane locals. Go the Broncos this weekend? 🏉"),
  ("ctp2", "2025-08-06 09:00", "By the way, with nine clinics your power bills must be significant. We've helped businesses across SEQ cut energy costs by up to 60% with commercial solar and zero upfront cost. Can I run a free savings estimate for you?"))
c("junk", "connect_then_pitch", "en", "offshore staffing: thanks for connecting then pitch",
  ("ctp3", "2025-09-09 10:30", "Hi Renee, thanks for accepting my request. I really enjoy your content!"),
  ("ctp3", "2025-09-10 10:31", "I wanted to share - we help Australian businesses build offshore teams in the Philippines at up to 70% less cost. Admin, reception, billing, marketing. Would you like to see some candidate profiles?"),
  ("ctp3", "2025-09-17 10:29", "Hi Renee, just bumping this up in case it got lost."))
c("junk", "follow_up_bumps", "en", "website agency bumps with no reply",
  ("bump1", "2025-01-14 09:00", "Hi Renee, I had a look at your website and I think there are a few quick wins we could make to improve conversion. Would you be open to a free audit?"),
  ("bump1", "2025-01-21 09:00", "Hi Renee, just following up on my message below. Happy to send the audit over."),
  ("bump1", "2025-01-30 09:00", "Hi Renee, circling back one more time - did you get a chance to look at this?"),
  ("bump1", "2025-02-12 09:00", "I'll take the silence as a no for now 🙂 Feel free to reach out if anything changes!"))
c("junk", "follow_up_bumps", "en", "merchant services bumps with no reply",
  ("bump2", "2025-06-30 14:00", "Hi Renee, are you overpaying for EFTPOS? Most clinics we review save $3-8k a year on merchant fees. Could I take a look at one of your statements?"),
  ("bump2", "2025-07-08 14:00", "Hi Renee, following up on the below!"),
  ("bump2", "2025-07-22 14:00", "Hey Renee, one last nudge - the offer of a free fee review stands."))
c("junk", "off_topic_investment", "en", "property investment pitch",
  ("crypto", "2025-03-03 19:30", "Hi Renee, as a successful executive you've probably thought about how to make your income work harder. Our clients are building property portfolios of 5+ properties using a proven strategy. I'm running a private webinar on Thursday night, would you like an invite?"))
c("junk", "off_topic_product", "en", "corporate gifting",
  ("gifts", "2025-11-04 11:11", "Hi Renee! With Christmas around the corner, have you sorted your team and client gifts yet? Our branded hampers start at $59 and we handle delivery Australia-wide 🎁 Can I send our catalogue?"))
c("junk", "fluent_names_company", "en", "AI receptionist pitch naming her company but generic (counterpart to reception pitch)",
  ("airecept", "2025-07-29 09:40", "Hi Renee, Moreton Move Physiotherapy is clearly a leader in the allied health space, and leaders like you know that every missed call is a missed opportunity. VoxAssist is an AI receptionist that answers 100% of calls 24/7, books appointments and never takes a sick day. Businesses like yours see up to 35% more bookings. Would you be open to a quick demo?"))
c("junk", "generic_counterpart_sms", "en", "generic SMS reminders (counterpart to tailored Recallr pitch)",
  ("gensms", "2025-04-16 10:05", "Hi Renee, are no-shows costing your business money? RemindMe SMS sends automated appointment reminders for any industry - salons, dentists, trades and more. Plans from $29/month. Want a free trial?"))
c("junk", "generic_counterpart_recruiter", "en", "generic recruiter (counterpart to tailored recruiter pitches)",
  ("genrec", "2025-05-15 15:15", "Hi Renee, we're a full service recruitment agency with top candidates across all industries - sales, admin, IT, healthcare and more. If you're hiring this year, we'd love to be your recruitment partner. Can I send over our terms?"))
c("junk", "generic_counterpart_data", "en", "generic BI dashboards (counterpart to analyst pitch)",
  ("gendata", "2025-04-02 13:20", "Hi Renee, data is the new oil! InsightGrid helps companies of every size turn data into insight with beautiful dashboards. Would love to show you a 20-min demo."))
c("junk", "generic_counterpart_tender", "en", "generic tender writing (counterpart to bid consultant)",
  ("gentender", "2025-08-21 12:00", "Hi Renee, are you missing out on government contracts? WinBids helps businesses in every sector win more tenders. Our success rate is 78%. Let's chat about your tender pipeline."))
c("junk", "generic_counterpart_seo", "en", "generic SEO agency (counterpart to local-search pitch)",
  ("genseo", "2025-09-25 07:50", "Hello Renee, I was checking your website and found some errors that are affecting your Google ranking. I can fix them and get you to page 1. Can I send you a full report and price?"))
c("junk", "business_broker", "en", "business broker generic buyer story",
  ("broker2", "2025-10-09 16:25", "Hi Renee, I'm working with several cashed-up buyers looking to acquire established businesses in the health sector in QLD. If you've ever thought about an exit, a confidential valuation costs nothing. Open to a chat?"))
c("junk", "off_topic_product", "en", "ergonomic chairs",
  ("chairs", "2025-02-18 10:10", "Hi Renee, is your office furniture supporting your team's health? ErgoSeat offers bulk discounts on ergonomic chairs for businesses. Get 20% off orders over 10 chairs this month!"))
c("junk", "off_topic_finance", "en", "financial adviser generic",
  ("planner", "2025-08-28 18:00", "Hi Renee, most high-income professionals are paying far too much tax and not using super effectively. I'd love to offer you a complimentary strategy session. When suits?"))
c("junk", "coach_pitch", "en", "mindset coach generic DM",
  ("coach2", "2025-01-06 06:30", "New year, new you Renee! ✨ If 2025 is the year you finally step into your power as a leader, my Limitless Leader program is open for enrolments. DM me 'READY' for details!"))
c("junk", "outsourcing_pitch", "en", "virtual assistants generic",
  ("va", "2025-11-12 13:13", "Hi Renee, hope you're doing great! Are you looking to free up your time? Our virtual assistants can handle admin, data entry, social media and customer support from only $9/hr. Let me know if you'd like a free trial week."),
  ("va", "2025-11-19 13:13", "Hi Renee, just checking if you saw my message?"))
c("junk", "pushy_after_decline", "en", "uniform supplier keeps pushing after a polite no",
  ("pushy", "2025-02-04 10:00", "Hi Renee, are your clinic teams still in the same scrubs they started with? We supply embroidered uniforms to businesses of all sizes, minimum order just 20 units. Catalogue attached!"),
  ("me", "2025-02-05 08:30", "Thanks Declan, we're locked into a supplier for another two years. All the best."),
  ("pushy", "2025-02-05 08:41", "Totally understand! Most of our clients said the same before switching 😉 Could I at least send samples so you can compare? No obligation."),
  ("pushy", "2025-02-19 08:40", "Hi Renee, samples are ready to post, which clinic should I send them to?"))


def main() -> None:
    out = Path(__file__).resolve().parents[1] / SLUG
    profile = {
        "First Name": "Renee", "Last Name": "Tallis",
        "Headline": "COO at Moreton Move Physiotherapy | 9 clinics across SEQ | Allied health operations",
        "Summary": "Physiotherapist turned operator. I look after the operations, people and systems of "
                   "Moreton Move Physiotherapy's nine clinics from Redcliffe to Springfield.",
        "Industry": "Hospitals and Health Care", "Zip Code": "4101",
        "Geo Location": "Brisbane, Queensland, Australia",
        "Websites": "[COMPANY:https://moretonmove.example.com.au]",
    }
    positions = [
        {"Company Name": "Moreton Move Physiotherapy", "Title": "Chief Operating Officer",
         "Description": "Operations, people and growth across 9 clinics in south-east Queensland.",
         "Location": "Brisbane, Queensland", "Started On": "Feb 2018", "Finished On": ""},
        {"Company Name": "Gold Coast Health", "Title": "Physiotherapy Team Leader, Outpatients",
         "Description": "", "Location": "Southport, Queensland", "Started On": "Jan 2011",
         "Finished On": "Jan 2018"},
    ]
    skills = ["Healthcare Operations", "Physiotherapy", "Multi-site Management", "Workforce Planning",
              "NDIS", "Practice Management"]
    e.write(out, profile, positions, skills)
    print(e.summary())


if __name__ == "__main__":
    main()

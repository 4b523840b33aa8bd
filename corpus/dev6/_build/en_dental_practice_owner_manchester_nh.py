"""Persona: Dr. Maureen Castellano, owner of a three-dentist practice in Manchester, NH.

Written blind to the detector (session 2). 2024 messages.csv layout. Every message is hand-written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-dental-practice-owner-manchester-nh"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Maureen Castellano", "https://www.linkedin.com/in/maureen-castellano-dmd",
               "Mill Yard Dental Partners", "Owner & Lead Dentist")
ex = Export(SLUG, "2024", owner)
P = ex.person


def junk(category: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("junk", category, "en", note, messages, **kw)


def good(category: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("genuine", category, "en", note, messages, **kw)


def wanted(category: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("wanted_pitch", category, "en", note, messages, **kw)


# ------------------------------------------------------------------ junk: one template, four senders
TEMPLATE_SENDERS = [
    ("t1", "Brody Kessler", "ChairFill Growth", "2024-02-06 09:14",
     "Hi Dr. Castellano,\n\nI came across Mill Yard Dental Partners and was impressed by your 5-star reviews. "
     "We help dental practices like yours add 25-40 new patients every month with our done-for-you "
     "patient acquisition system. No long contracts, and you only pay for results.\n\n"
     "Would you be open to a quick 15-minute call this week to see if it's a fit?\n\nBest,\nBrody", "INBOX"),
    ("t2", "Kayla Voss", "SmileStream Marketing", "2024-03-19 13:40",
     "Hello Dr. Castellano,\n\nI stumbled upon Mill Yard Dental Partners and loved your patient reviews! "
     "We help dental offices like yours bring in 30-45 new patients each month using our proven "
     "patient acquisition system. No long-term contracts — you only pay for results.\n\n"
     "Are you open to a quick 15 minute chat next week to see if it's a fit?\n\nCheers,\nKayla", "INBOX"),
    ("t3", "Deshawn Pruitt", "Apex Practice Leads", "2024-05-02 08:03",
     "Hi Dr. Maureen,\n\nI found Mill Yard Dental and was impressed by your Google rating. We help "
     "dental clinics like yours add 20-35 new patients every month with our done-for-you patient "
     "acquisition system. No long contracts and you only pay for results.\n\n"
     "Would you be open to a quick 15-min call this week to see if we're a fit?\n\nThanks,\nDeshawn", "SPAM"),
    ("t4", "Leah Moravec", "BrightChair Media", "2024-07-23 16:22",
     "Hi Dr. Castellano,\n\nI came across Mill Yard Dental Partners and was impressed by your 4.9-star "
     "reviews. We help practices like yours add 25-40 new patients per month with our done-for-you "
     "patient acquisition system. No long contracts, and you only pay for results.\n\n"
     "Open to a quick 15-minute call Thursday or Friday to see if it's a fit?\n\nLeah", "INBOX"),
]
for key, name, company, when, text, folder in TEMPLATE_SENDERS:
    P(key, name, company, "Growth Consultant")
    junk("template_multi_sender", f"patient-acquisition template, sender {name}",
         [(key, when, text)], folder=folder)
junk_followup = ex.conversations[-1]
junk_followup.messages.append(("t4", "2024-07-30 09:01",
                               "Hi Dr. Castellano, just bumping this up in case it got buried. Does Thursday work?"))

# ------------------------------------------------------------------ junk: merge-tag failures
P("m1", "Garrett Hollings", "ClaimPilot RCM", "Account Executive")
junk("merge_tag_failure", "billing outsourcing, raw {first_name} tag",
     [("m1", "2023-11-08 10:12",
       "Hi {first_name},\n\nDental practices lose an average of 11% of collections to denied and "
       "underpaid claims. ClaimPilot takes your entire insurance billing off your team's plate for a flat "
       "percentage. Worth a conversation?\n\nGarrett")])
P("m2", "Priya Nandakumar", "Voxly AI", "Partnerships")
junk("merge_tag_failure", "AI receptionist, [Name]/[Company] placeholders",
     [("m2", "2024-01-17 15:30",
       "Dear [Name],\n\nI noticed [Company] is growing fast — congratulations! Missed calls are the #1 "
       "source of lost revenue for healthcare offices. Voxly's AI receptionist answers 24/7, books "
       "appointments and never calls in sick.\n\nCan I show you a 10-minute demo?")])
P("m3", "Colton Ridge", "Pixelcraft Studio", "Founder")
junk("merge_tag_failure", "web redesign addressed to wrong dentist and wrong practice",
     [("m3", "2024-04-11 11:45",
       "Hi Dr. Patel! Loved what you're building at Bright Smiles of Nashua. Your site is good but it "
       "could be converting 3x better. We rebuild dental websites in 14 days. Want me to send over a "
       "free mockup?")])
P("m4", "Janelle Fitch", "CareCredit Alternatives Group", "Senior Advisor")
junk("merge_tag_failure", "patient financing, wrong practice name (orthodontics)",
     [("m4", "2023-09-26 14:05",
       "Hi Maureen,\n\nQuick one — is Granite State Orthodontics still offering in-house payment plans? "
       "We help orthodontic practices approve 92% of applicants for treatment financing with zero "
       "recourse to the office. Happy to send our rate sheet."),
      ("m4", "2023-10-03 09:20", "Following up on this, Maureen. Any interest?")])
P("m5", "Tristan Bo", "LeadSpark", "SDR")
junk("merge_tag_failure", "scraped headline pasted into greeting",
     [("m5", "2024-08-14 07:55",
       "Hi Maureen Castellano, DMD | Owner at Mill Yard Dental Partners | Implants, Aligners & Family "
       "Dentistry,\n\nI help owners like you get 10+ qualified B2B meetings a month on autopilot. Interested?")])

# ------------------------------------------------------------------ junk: Sponsored InMail
P("s1", "Northfield Business Bank", "Northfield Business Bank", "",
  url="https://www.linkedin.com/company/northfield-business-bank")
junk("sponsored_inmail", "bank ad for practice loans",
     [("s1", "2024-03-05 12:00",
       "<p>Hi Maureen,</p><p>Expanding your practice? Get pre-qualified for up to $2M in practice "
       "financing in minutes &mdash; no impact on your credit score.</p><p><b>Check your rate today.</b></p>")],
     title="Sponsored Conversation", subject="Practice financing made simple")
P("s2", "Orbit Payroll", "Orbit Payroll", "", url="https://www.linkedin.com/company/orbit-payroll")
junk("sponsored_inmail", "payroll software ad",
     [("s2", "2024-06-18 12:00",
       "<p>Hi Maureen,</p><p>Payroll shouldn&rsquo;t eat your Friday. Small businesses switching to Orbit "
       "get 3 months free.</p><p>Claim your offer &rarr;</p>")],
     title="Sponsored Conversation", subject="3 months of payroll, on us")
P("s3", "Meridian Executive MBA", "Meridian School of Business", "",
  url="https://www.linkedin.com/company/meridian-executive-mba")
junk("sponsored_inmail", "executive MBA ad",
     [("s3", "2023-10-30 12:00",
       "<p>Maureen, leaders in Healthcare choose the Meridian Executive MBA. Weekend format, 18 months. "
       "Download the brochure.</p>")],
     title="Sponsored Conversation", subject="Your next step as a leader")

# ------------------------------------------------------------------ junk: connect-then-pitch
P("c1", "Rhett Amador", "StaffBridge Remote", "Founder", connected="2024-02-20",
  invite=("IN", "2024-02-19 21:10", ""))
junk("connect_then_pitch", "small talk then offshore front-desk assistants",
     [("c1", "2024-02-20 08:30", "Thanks for connecting, Maureen! Always great to meet fellow New England business owners. How's your winter treating you?"),
      ("me", "2024-02-20 12:02", "Ha, lots of snow days and reschedules. Hope yours is good."),
      ("c1", "2024-02-22 09:15",
       "Totally get it! Speaking of reschedules — we place trained virtual dental receptionists from the "
       "Philippines at $9/hour, fully managed. Many offices cut front-desk costs by 60%. Do you have 15 "
       "minutes this week?")])
P("c2", "Whitney Sandoval", "Harborline Dental Partners", "Director of Corporate Development",
  connected="2024-05-06", invite=("IN", "2024-05-05 18:44", "Love your posts on community dentistry!"))
junk("connect_then_pitch", "connect then DSO acquisition pitch + bump",
     [("c2", "2024-05-07 10:00", "Maureen, thank you for accepting! Really enjoy your content."),
      ("c2", "2024-05-13 10:05",
       "I wanted to share something I think could be relevant. We're a private-equity backed DSO "
       "expanding across New England and partnering with top practices like yours. Our model is simple: "
       "owners keep full clinical autonomy while we take care of everything that keeps you up at night — "
       "HR, payroll, insurance credentialing, marketing, IT, purchasing and compliance. Our partner "
       "doctors typically see a 20-30% increase in collections within 18 months thanks to our group "
       "purchasing power and centralized revenue cycle team, and many see a significant liquidity event "
       "while still practicing the way they want. Every partnership is customized, and there's no "
       "obligation to explore. Would you have 15 minutes for an exploratory chat in the next couple of "
       "weeks? I'm flexible on timing."),
      ("c2", "2024-05-27 10:07", "Hi Maureen — circling back on my note. Happy to work around your schedule.")])
P("c3", "Nico Brandt", "ReviewRocket", "Growth Lead", connected="2023-12-04",
  invite=("IN", "2023-12-03 16:20", ""))
junk("connect_then_pitch", "how's your week then reputation management",
     [("c3", "2023-12-04 14:11", "Hey Maureen, glad we're connected! How's your week going so far?"),
      ("c3", "2023-12-06 14:30",
       "Reason I ask — we help local businesses get 50+ new 5-star Google reviews in 30 days with our "
       "automated text system. Want me to send a quick video of how it works?")])
P("c4", "Amara Lindqvist", "Peak Performance Collective", "Business Mentor", connected="2024-09-09",
  invite=("IN", "2024-09-08 07:30", "Let's connect as like-minded entrepreneurs!"))
junk("like_minded_entrepreneurs", "mastermind for like-minded entrepreneurs",
     [("c4", "2024-09-10 06:45",
       "Hi Maureen! I love connecting with driven, like-minded entrepreneurs. I run a private mastermind "
       "for 7-figure business owners ready to scale without burning out. Doors open this week for 5 "
       "spots. Would you like the details?")])

# ------------------------------------------------------------------ junk: follow-up bumps
P("f1", "Sienna Cortez", "RankDentist SEO", "SEO Strategist")
junk("follow_up_bump", "SEO pitch with three bumps",
     [("f1", "2024-01-09 09:00",
       "Hi Maureen, I ran a quick audit and your practice isn't showing on page 1 for \"dentist near me\". "
       "We guarantee top-3 map rankings in 90 days. Interested?"),
      ("f1", "2024-01-16 09:00", "Just floating this back to the top of your inbox!"),
      ("f1", "2024-01-24 09:00", "Hi Maureen, did you get a chance to see my last message?"),
      ("f1", "2024-02-02 09:00", "I haven't heard back so I'll assume now isn't the right time. Should I close your file?")])
P("f2", "Marcus Oyelaran", "ReelCare Video", "Producer")
junk("follow_up_bump", "video marketing plus bump",
     [("f2", "2024-06-03 13:12",
       "Hi Dr. Castellano, video is the #1 way patients choose a dentist in 2024. We produce monthly "
       "social content for healthcare brands — script, shoot, edit, post. Can I send our packages?"),
      ("f2", "2024-06-11 13:15", "Bumping this in case it slipped through. Packages start at $1,200/mo.")])

# ------------------------------------------------------------------ junk: recruiting, crypto, MLM
P("r1", "Hunter Blaylock", "Apexion Talent", "Senior Recruiter")
junk("recruiting_spam", "unrelated sales manager job in Texas",
     [("r1", "2024-04-24 10:30",
       "Hi Maureen, your background caught my eye! I'm recruiting a Regional Sales Manager (medical "
       "devices) for a fast-growing client in Dallas, TX. OTE $180k + car allowance. Open to a confidential chat?")])
P("r2", "Tamsin Greer", "Liberty Legacy Financial", "Field Director")
junk("recruiting_spam", "be your own boss insurance agent recruiting",
     [("r2", "2023-08-15 19:40",
       "Hi Maureen! Have you ever thought about building a second income stream? We're expanding in NH "
       "and looking for leaders who want to be their own boss. Licensing is covered, flexible hours. "
       "Open to hearing more?")])
P("x1", "Victor Reyes", "", "Crypto Educator")
junk("crypto_mlm", "crypto trading mentorship", [
    ("x1", "2024-03-28 22:15",
     "Good evening Maureen, I hope you're doing well. I've been helping professionals like you earn "
     "steady weekly returns from crypto arbitrage, 100% hands-free. My students averaged 14% last month. "
     "Can I show you how it works?")], folder="SPAM")
P("x2", "Kendra Lowell", "PureBloom Wellness", "Diamond Leader")
junk("crypto_mlm", "essential oils MLM for patients",
     [("x2", "2023-10-12 20:05",
       "Hi lovely! 🌿 So many dental offices are adding our clove & peppermint oil kits to their patient "
       "goodie bags — and earning a commission on every reorder! I'd love to tell you how my team "
       "works. Would you be open to it?")])
P("x3", "Dalton Creed", "Summit Multifamily Partners", "Investor Relations")
junk("crypto_mlm", "real estate syndication for high-earning dentists",
     [("x3", "2024-07-08 11:00",
       "Dr. Castellano — most high-earning dentists overpay in taxes. Our multifamily syndications offer "
       "accelerated depreciation and 8% preferred returns. Accredited investors only. Would you like "
       "our current deal deck?")])

# ------------------------------------------------------------------ junk: paid awards, podcasts, features
P("a1", "Lorraine Beckett", "America's Premier Dentists", "Awards Coordinator")
junk("paid_award", "Top dentist award with package fee",
     [("a1", "2024-02-27 10:10",
       "Congratulations, Dr. Castellano! You have been selected as a 2024 Premier Dentist of New "
       "England. Honorees receive a crystal plaque, digital badge and a feature in our national edition. "
       "The honoree package is $1,495. Please confirm by Friday to secure your listing.")])
P("a2", "Jett Holloway", "Dental Growth Masters Podcast", "Host")
junk("paid_award", "podcast guest spot with production fee",
     [("a2", "2024-05-20 15:25",
       "Hey Maureen! Our team thinks you'd be an AMAZING guest on Dental Growth Masters (top 2% "
       "podcast globally). We cover a small $650 production fee that guests contribute. Want to grab a recording slot?")])
P("a3", "Celeste Arden", "Women Leading Healthcare Magazine", "Editorial Team")
junk("paid_award", "paid magazine feature",
     [("a3", "2023-11-29 09:45",
       "Dear Maureen, we are curating our \"Women Leading Healthcare 2024\" issue and would be honored to "
       "feature you. Featured leaders receive a full-page profile and professional photoshoot "
       "(sponsorship tiers from $2,400). Shall I send the media kit?")])

# ------------------------------------------------------------------ junk: capacity, services she sells, off-topic
P("o1", "Jordan Pike", "PatientMatch Network", "Partner Success")
junk("capacity_pitch", "do you have capacity for new patients, pay per lead",
     [("o1", "2024-08-27 12:40",
       "Hi Maureen, do you have capacity for new patients right now? We connect practices with "
       "pre-screened patients at $85 per booked lead. Let me know and I'll open up your zip code.")])
P("o2", "Farrah Quint", "AlignNow Pro", "Practice Growth Manager")
junk("sells_herself", "offers clear aligners as a new service to an aligner provider",
     [("o2", "2024-01-30 11:05",
       "Hi Dr. Castellano, have you ever considered offering clear aligners in your practice? "
       "AlignNow Pro lets general dentists start aligner cases with zero training. Patients love it. "
       "Can I send you a starter kit?")])
P("o3", "Beau Harlan", "SunPeak Commercial Solar", "Energy Consultant")
junk("off_topic", "commercial solar for a leased unit",
     [("o3", "2023-07-18 10:20",
       "Hi Maureen, businesses in New Hampshire can now cut power bills by up to 70% with zero-down "
       "commercial solar. Do you own your building? I'd love to run a free savings estimate.")])
P("o4", "Ilya Sorensen", "Nexabyte Labs", "Business Development")
junk("off_topic", "offshore app development",
     [("o4", "2024-04-02 04:50",
       "Hello Maureen,\nWe are a team of 120+ engineers building web and mobile apps for startups and "
       "enterprises. Do you have any upcoming software projects? Our rates start from $18/hour.")],
     folder="SPAM")
P("o5", "Courtney Vale", "Shipwise 3PL", "Account Manager")
junk("off_topic", "fulfilment warehouse pitch",
     [("o5", "2024-09-17 14:14",
       "Hi Maureen, are you happy with your current fulfillment partner? Shipwise offers 2-day shipping "
       "nationwide and Amazon FBA prep. Can I quote your next shipment?")])
P("o6", "Rowan Ashby", "SecureShield Compliance", "HIPAA Specialist")
junk("generic_fluent", "generic HIPAA fear pitch naming the practice",
     [("o6", "2024-03-12 08:40",
       "Maureen, I took a look at Mill Yard Dental Partners online. Practices your size are the #1 "
       "target for ransomware and HIPAA fines now average $1.5M. We'd like to offer a complimentary "
       "risk assessment. Do you have 15 minutes Tuesday?"),
      ("o6", "2024-03-19 08:41", "Maureen, following up. The complimentary assessment slots fill quickly.")])
P("o7", "Skylar Benning", "ScaleWorks Consulting", "Managing Partner")
junk("generic_fluent", "fluent proprietary growth system pitch",
     [("o7", "2024-10-01 10:30",
       "Hi Maureen — I spent some time on Mill Yard Dental Partners' website this morning. Beautiful "
       "work, and it's clear you care about your patients. I'm curious: are you open to exploring how our "
       "proprietary Practice Scale Framework helps owners double profit without adding chairs? A quick "
       "15 minutes is all I'd need.")])
P("o8", "Penny Marchetti", "Five Star Boost", "")
junk("off_topic", "buy Google reviews, spam folder",
     [("o8", "2024-06-25 03:12",
       "Get 50 real 5-star Google reviews delivered in 7 days!!! Guaranteed non-drop. Reply YES for price list.")],
     folder="SPAM")
P("o9", "Lin Wei", "Shenzhen BrightDent Lab", "Sales")
junk("generic_template", "mass offshore dental-lab price list",
     [("o9", "2023-09-04 02:30",
       "Dear Doctor,\nWe are a FDA-registered dental laboratory. Zirconia crowns from $39, PFM $29, "
       "dentures $69. Free shipping for first 5 cases. Please reply for our full catalog.\nBest regards")])
P("o10", "Gordon Pratt", "Heritage Practice Transitions", "Broker")
junk("generic_template", "practice broker: thinking of selling?",
     [("o10", "2024-02-13 16:00",
       "Dr. Castellano, have you considered what your practice is worth in today's market? We have "
       "qualified buyers actively looking in your area. A confidential valuation is free. Reply "
       "\"VALUE\" and I'll be in touch.")])
P("o11", "Marisol Tate", "Capital Bridge Funding", "Funding Specialist")
junk("off_topic", "business loan 'approved' spam",
     [("o11", "2024-08-05 23:48",
       "Congratulations!! Your business has been pre-approved for up to $250,000 in working capital. "
       "No collateral. Funds in 24hrs. Click to claim before the offer expires.")], folder="SPAM")
P("o12", "Travis Oakes", "Coffee Culture Office", "Regional Sales")
junk("off_topic", "office coffee service",
     [("o12", "2023-12-12 11:30",
       "Hi Maureen, are your employees still drinking bad office coffee? ☕ We install premium bean-to-cup "
       "machines free with a monthly plan. Want a free trial week?")])

# ------------------------------------------------------------------ genuine
P("g1", "Ethan Dubois", "", "Electrician", connected="2021-05-02")
good("patient", "patient with chipped tooth, emergency slot",
     [("g1", "2024-03-02 08:12",
       "Hi Dr. C, sorry to bug you on here on a Saturday. Bit into something at breakfast and a chunk of my "
       "front tooth came off. Not painful, just ugly. Any chance of getting in Monday?"),
      ("me", "2024-03-02 09:40",
       "Hi Ethan, no bother. Call the office at 8 on Monday and tell Jess I said to put you in the 10:30 "
       "emergency slot. Avoid very hot/cold drinks till then."),
      ("g1", "2024-03-02 09:44", "You're the best, thank you!")])
P("g2", "Rachel Ngata", "Merrimack Precision Tool", "HR Manager", connected="2024-04-03",
  invite=("IN", "2024-04-02 13:15", "Hi Dr. Castellano, I'd like to talk about a dental benefit for our staff."))
good("inbound_lead", "employer wants on-site screening day for 60 staff, asks for prices and a call",
     [("g2", "2024-04-03 10:20",
       "Thanks for connecting! We're a 60-person machine shop in Bedford and we want to add something "
       "dental to our wellness program. Would your office do an on-site screening day, or a discounted "
       "cleaning package for our employees? What would that cost roughly?"),
      ("me", "2024-04-03 17:05",
       "Hi Rachel, we'd love to. We did something similar for a credit union last year: a free screening "
       "day on site and then exams + cleanings at $140 for anyone without coverage. Could we do a 15-minute "
       "call to see what your team needs?"),
      ("g2", "2024-04-04 08:30", "Perfect. Thursday at 2?"),
      ("me", "2024-04-04 09:01", "Thursday at 2 works. I'll call your desk line.")])
P("g3", "Bianca Ferreira", "", "Registered Dental Hygienist", connected="2024-06-10")
good("applicant", "hygienist applying to job post",
     [("g3", "2024-06-10 19:22",
       "Hello Dr. Castellano, I saw your post that Mill Yard is hiring a hygienist for 4 days a week. I've "
       "been an RDH for six years, currently in Concord, and I'm licensed for local anesthesia in NH. "
       "I've attached my resume through the job link too. I'd love to come in for a working interview."),
      ("me", "2024-06-11 07:50",
       "Thanks Bianca! Your resume looks great. Can you do a working interview next Wednesday morning? "
       "We pay for the day, of course."),
      ("g3", "2024-06-11 08:15", "Yes, Wednesday works. See you then!")])
P("g4", "Tyler Saucier", "", "Dental Assisting Student at Manchester Community College")
good("applicant", "assistant student asking about a position",
     [("g4", "2024-05-14 16:00",
       "Hi Dr. Castellano, I'm finishing the dental assisting certificate at MCC in June. My instructor "
       "Mrs. Lavoie said your office sometimes hires new grads. Are you looking for anyone this summer? "
       "I'm radiology certified.")])
P("g5", "Dana Whitcomb", "Northeast Dental Search", "Principal Recruiter", connected="2024-01-22")
good("owner_initiated_hiring", "owner asks recruiter to find an associate; fee terms discussed",
     [("me", "2024-01-22 12:30",
       "Hi Dana, Dr. Rahman at Elm Street Ortho said you found her associate last year. We're looking for "
       "a third general dentist, ideally 2-5 years out, comfortable with molar endo. Do you take searches in southern NH?"),
      ("g5", "2024-01-23 09:10",
       "Hi Maureen, thanks for reaching out, and say hi to Dr. Rahman! Yes, we cover all of NH. Our fee "
       "is 20% of first-year base, half at signing and half after 90 days, with a replacement guarantee. "
       "Want to set up a call to go over the role?"),
      ("me", "2024-01-23 12:45", "That works. How about Friday at noon?"),
      ("g5", "2024-01-23 13:02", "Booked. I'll send a calendar invite.")])
P("g6", "Kurt Manning", "Patterson-Lowe Dental Supply", "Territory Representative", connected="2019-09-11")
good("vendor_existing", "supply rep about backordered composite on her order",
     [("g6", "2024-02-08 11:30",
       "Maureen, heads up on order #4471-22: the A2 composite and the large nitrile gloves are backordered "
       "till the 20th. I can sub the A2 from the other line at the same price if you want it sooner. Let me know."),
      ("me", "2024-02-08 12:15", "Sub the composite please, gloves can wait. Thanks Kurt."),
      ("g6", "2024-02-08 12:20", "Done, ships tomorrow.")])
P("g7", "Anh Pham", "Granite Craft Dental Lab", "Lab Owner", connected="2020-03-16")
good("vendor_existing", "lab asks about shade on a crown case",
     [("g7", "2023-10-17 14:40",
       "Hi Dr. Castellano, on the case for patient J.M. (#8 e.max) the shade tab photo reads closer to "
       "A1 than the B1 on the Rx. Which do you want us to follow? We can also do a stump shade check if you send one."),
      ("me", "2023-10-17 15:10", "Go with A1, the photo is right. Thanks for catching it!")])
P("g8", "Samuel Achterberg", "Queen City Oral Surgery", "Oral & Maxillofacial Surgeon", connected="2018-11-02")
good("colleague", "oral surgeon about a shared patient referral",
     [("g8", "2024-07-11 17:30",
       "Maureen, saw your referral for Mrs. Delgado. Bone graft healed nicely; she's ready for you to "
       "restore #30 in about 8 weeks. I'll send the post-op CBCT to your office."),
      ("me", "2024-07-11 18:02", "Great news, thank you Sam. We'll schedule her for September.")])
P("g9", "Lauren Beaulieu", "Beaulieu Orthodontics", "Orthodontist", connected="2019-04-22")
good("colleague", "orthodontist invites team to lunch and learn",
     [("g9", "2023-09-13 12:00",
       "Hi Maureen! We're hosting a lunch & learn for referring offices on Oct 12 about early "
       "interceptive treatment. Lunch is on us, 1 CE credit. Would you and your hygienists like to come?"),
      ("me", "2023-09-13 20:10", "Count us in, probably 4 of us. Thanks Lauren!")])
P("g10", "Helen Marchand", "NH Dental Society", "Continuing Education Chair", connected="2022-10-05")
good("event_invite", "state dental society asks her to speak at annual session",
     [("g10", "2024-01-04 10:00",
       "Dear Dr. Castellano, the CE committee would like to invite you to speak at our Annual Session in "
       "June on running a multi-dentist practice in a small city. 45 minutes plus Q&A; we offer an "
       "honorarium of $500 and cover travel. Would you consider it?"),
      ("me", "2024-01-05 08:20", "I'd be honored, Helen. Please send me the details and the deadline for slides."),
      ("g10", "2024-01-05 09:00", "Wonderful! I'll email the speaker packet today.")])
P("g11", "Frank Desrochers", "Rotary Club of Manchester", "Program Chair", connected="2023-02-14")
good("event_invite", "rotary club speaker invitation",
     [("g11", "2024-09-03 07:45",
       "Good morning Maureen, our Rotary lunch on Oct 9 needs a speaker. Would you talk for 20 minutes about "
       "kids' oral health and the school sealant program? Lunch included, no fancy slides needed.")])
P("g12", "Olivia Tran", "Queen City Ledger", "Health Reporter")
good("journalist", "reporter asks for comment on fluoride vote",
     [("g12", "2024-10-08 15:20",
       "Hi Dr. Castellano, I'm writing about the city council's upcoming vote on water fluoridation. "
       "Would you have 10 minutes for a phone interview tomorrow? I'm on deadline Thursday 5pm."),
      ("me", "2024-10-08 16:45", "Happy to help. Call the office after 1pm tomorrow: (603) 555-0148."),
      ("g12", "2024-10-08 16:47", "Thank you, talk then.")])
P("g13", "Priscilla Huang", "Huang Family Dentistry", "Dentist", connected="2014-06-01")
good("friend", "dental school classmate congratulates on 10 years",
     [("g13", "2024-08-20 21:15",
       "TEN YEARS of Mill Yard!!! Saw the photo of the anniversary cake. So proud of you, Mo. Still "
       "remember you crying over the prosth practical in 3rd year 😂 Dinner when I'm up in NH in October?"),
      ("me", "2024-08-20 21:40", "Haha I'll never live that down. YES to dinner, text me dates ❤️")])
# near-duplicate thank-you notes from shadow-day students
for key, name, when, text in [
    ("g14", "Ava Lambert", "2024-04-19 18:10",
     "Dear Dr. Castellano, thank you so much for letting me shadow at your office on Tuesday. "
     "Watching the implant consult was amazing and it made me even more sure I want to go into dentistry. "
     "Thank you for your time! - Ava"),
    ("g15", "Mateo Figueroa", "2024-04-19 19:02",
     "Dear Dr. Castellano, thank you so much for letting me shadow at your office on Tuesday. "
     "Seeing the implant consult was really cool and it made me more sure I want to study dentistry. "
     "Thanks for your time! Mateo"),
    ("g16", "Grace O'Connell", "2024-04-20 10:30",
     "Hi Dr. Castellano, thank you for letting me shadow on Tuesday! The implant consult was my "
     "favorite part. It made me even more sure about applying to dental school. Thank you for your time, Grace"),
]:
    P(key, name, "", "Student at Central High School")
    good("thanks", f"near-duplicate shadow-day thank-you from {name}", [(key, when, text)])
P("g17", "Doreen Pelletier", "", "Retired teacher", connected="2024-02-28")
good("thanks", "patient thanks after implant",
     [("g17", "2024-02-28 14:00",
       "Dr. Castellano, I wanted to say thank you properly. After 20 years of hiding my smile with that "
       "bridge, I finally have my tooth back. You and Kelly were so patient with my nerves. Bless you all.")])
P("g19", "Sofia Lindgren", "", "General Dentist")
P("g18", "Martin Oyelowo", "Amoskeag Credit Union", "Branch Manager", connected="2020-08-30")
good("intro", "friend introduces a dentist relocating to NH",
     [("g18", "2024-03-21 09:30",
       "Maureen, meet Dr. Sofia Lindgren (cc'd) — she's relocating from Minnesota with her husband in "
       "the summer and looking for an associate role. I told her you were hiring. Sofia, Maureen runs "
       "the best practice in town (biased, I'm a patient)."),
      ("g19", "2024-03-21 10:15",
       "Thank you Martin! Dr. Castellano, it's nice to meet you. I'd love to learn more about the position if it's still open."),
      ("me", "2024-03-21 12:00", "Thanks Martin! Sofia, lovely to meet you. It is open — can you do a video call next week?")],
     title="Sofia / Maureen intro")
P("g20", "Jasmine Carter", "", "Dental Assistant", connected="2021-07-15")
good("reference_request", "former assistant asks for a reference letter",
     [("g20", "2024-05-29 20:40",
       "Hi Dr. C! Hope everyone at the office is well. I'm applying to the hygiene program at NHTI and they "
       "need a letter from a former employer. Would you be willing to write one? Deadline is June 15.")])
P("g21", "Lisa Gagnon", "Parker-Varney Elementary School", "School Nurse")
good("school_nurse", "school nurse message landed in SPAM: sealant day",
     [("g21", "2024-09-24 13:30",
       "Hello Dr. Castellano, I'm the nurse at Parker-Varney Elementary. Last spring your hygienists did the "
       "sealant day for our 2nd graders and parents are asking if it will happen again. Could we find a date in November?")],
     folder="SPAM")
P("g22", "Bill Kostopoulos", "Mill Yard Properties", "Property Manager", connected="2017-03-01")
good("landlord", "property manager about HVAC work",
     [("g22", "2024-07-29 16:00",
       "Maureen, the HVAC contractor needs access to your suite's rooftop unit on Aug 6 between 7 and 9am. "
       "Can someone let them in before patients arrive?"),
      ("me", "2024-07-29 16:30", "Yes, Jess opens at 7. I'll let her know.")])
P("g23", "Alan Whitford", "Whitford & Cole CPAs", "Partner", connected="2016-01-10")
good("advisor_existing", "CPA about Q3 estimated taxes and a call",
     [("g23", "2024-09-05 10:00",
       "Hi Maureen, Q3 estimates are due the 15th. With the equipment purchase this year your numbers "
       "changed a lot. Can we do a quick call Monday so I can confirm the amounts before I send vouchers?"),
      ("me", "2024-09-05 11:30", "Monday 8am works, before my first patient.")])
P("g24", "Rosa Villanueva", "Granite Mutual Dental", "Provider Relations Representative", connected="2022-06-20")
good("vendor_existing", "insurer provider rep about fee schedule renewal",
     [("g24", "2024-06-04 09:30",
       "Hi Dr. Castellano, your participating provider agreement renews July 1. The 2024 fee schedule "
       "includes a 3.5% increase on D1110 and D0120. I'll mail the amendment; please sign and return by June 20."),
      ("me", "2024-06-04 12:00", "Thanks Rosa. Any movement on D2740? We asked about that last year."),
      ("g24", "2024-06-04 14:10", "Not this cycle, unfortunately, but I noted your request for the next review.")])
P("g25", "Greg Lundqvist", "Merrimack Valley Bank", "Business Banking Officer", connected="2018-05-12")
good("vendor_existing", "bank officer with loan offer she applied for",
     [("g25", "2024-02-15 15:45",
       "Maureen, good news: credit approved the equipment loan for the two new operatories. $185,000, "
       "7-year term, 6.9% fixed. I'll have closing docs ready next week. Any questions, call my cell."),
      ("me", "2024-02-15 17:20", "Fantastic, thank you Greg!")])
P("g26", "Noah Bissonnette", "Pinnacle Dental Equipment", "Installation Coordinator", connected="2024-02-20")
good("vendor_existing", "equipment install date for purchased chairs",
     [("g26", "2024-03-18 08:00",
       "Hi Dr. Castellano, your two chairs and delivery units are scheduled to arrive April 8. Install "
       "takes two days; the plumber needs to cap the old lines beforehand. Does April 8-9 still work?"),
      ("me", "2024-03-18 12:30", "Yes. We blocked ops 4 and 5 those days."),
      ("g26", "2024-03-18 12:40", "Great, confirmed.")])
P("g27", "Janet Morrissey", "NHTI Dental Hygiene Program", "Clinical Coordinator", connected="2021-09-01")
good("education_partner", "hygiene program asks for externship spots",
     [("g27", "2024-01-11 11:11",
       "Hi Maureen, would Mill Yard host two senior hygiene students for externship rotations this "
       "spring? Tuesdays, Feb through April. Your office was a favorite last year.")])
P("g28", "Carla Jimenez", "", "", connected="2024-05-01")
good("patient", "patient's daughter asks about Medicare Advantage dental",
     [("g28", "2024-05-02 19:50",
       "Hi, my mom is a patient of Dr. Tran. She just switched to a Medicare Advantage plan with dental "
       "coverage through Granite Mutual. Do you accept it? She has an appointment in June."),
      ("me", "2024-05-03 07:45", "Hi Carla, yes we do. Ask her to bring the new card to the appointment and we'll verify benefits beforehand.")])
P("g29", "Everett Langley", "Riverside Senior Living", "Executive Director", connected="2024-08-12")
good("inbound_lead", "senior living director wants a contract for resident care",
     [("g29", "2024-08-13 10:00",
       "Dr. Castellano, we have 90 residents and our current dental provider retired. Could your practice "
       "see our residents, either on-site quarterly or by transport? We'd want a proposal with pricing "
       "for exams and cleanings. Can we talk this week?"),
      ("me", "2024-08-13 13:40", "Yes, very interested. I'm free Wednesday after 4 or Friday at lunch."),
      ("g29", "2024-08-13 14:00", "Friday at 12:15, I'll call."),
      ("g29", "2024-08-16 13:30",
       "Thanks for the call, Dr. Castellano. As promised, here is what we'd need in the proposal so I can "
       "take it to our board on the 28th. We have 90 residents: about 60 in assisted living who can travel "
       "with our van, and 30 in memory care who really can't leave the building. For the assisted living "
       "group we'd like a standing block at your office, maybe one morning a month, with exams, cleanings "
       "and X-rays billed to their own insurance where they have it. For memory care we'd want quarterly "
       "on-site visits with a portable setup, and a per-visit fee we can budget for. Our nurses would "
       "handle consent with families and send medication lists ahead. We'd also love a short in-service "
       "for our aides on daily mouth care, since that's where things fall apart. If you could include "
       "pricing for each piece separately, that helps the board compare. Thank you again, this is a big "
       "relief for our families."),
      ("me", "2024-08-19 07:40",
       "Got it, Everett. I'll have the proposal to you by the 23rd, with each piece priced separately. "
       "Happy to do the aide in-service myself."),
      ("g29", "2024-08-19 08:05", "Perfect. Thank you!")])
P("g30", "Kevin Tran", "Mill Yard Dental Partners", "Associate Dentist", connected="2020-07-01")
good("colleague", "associate dentist about schedule swap",
     [("g30", "2024-06-27 21:05",
       "Hey Maureen, can I swap my Friday the 12th for Wednesday the 10th? Daughter's recital. I already "
       "checked with Kelly, hygiene schedule works."),
      ("me", "2024-06-27 21:30", "Of course, enjoy the recital!")])
P("g31", "Tessa Okonjo", "Little Teeth Pediatric Dentistry", "Pediatric Dentist")
good("owner_initiated", "owner proposes cross-referrals to a pediatric dentist",
     [("me", "2023-08-08 12:10",
       "Hi Dr. Okonjo, welcome to Manchester! We see a lot of young families and sometimes need a "
       "pediatric specialist for anxious kids or sedation cases. Would you be open to coffee to talk "
       "about referrals both ways?"),
      ("g31", "2023-08-09 08:00", "Hi Maureen, I'd love that! Next Tuesday at Café la Reine, 7:30?"),
      ("me", "2023-08-09 08:30", "See you there.")])
P("g32", "Dr. Leonard Fisch", "Atlantic Sleep Dentistry Institute", "Course Director")
good("owner_initiated", "owner asks course director for level-1 course; he replies with prices",
     [("me", "2023-11-14 19:00",
       "Hi Dr. Fisch, I'm interested in your Level 1 dental sleep medicine course. Is there a spring "
       "date, and is there a discount for bringing a second dentist?"),
      ("g32", "2023-11-15 07:30",
       "Hi Dr. Castellano, the spring course is March 8-9 in Boston. Tuition is $1,950, and the second "
       "doctor from the same practice is $1,450. Happy to hold two seats for a week."),
      ("me", "2023-11-15 08:10", "Please hold two. I'll register tonight.")])
P("g33", "Hannah Beaumont", "", "", connected="2022-12-01")
good("thanks", "congrats on readers' poll (free)",
     [("g33", "2024-07-15 08:30", "Congrats on being voted Best Dentist in the readers' poll again! Well deserved 👏"),
      ("me", "2024-07-15 09:00", "Thank you Hannah! Our patients are the best.")])
P("g34", "Omar Haddad", "Tufts University School of Dental Medicine", "DMD Candidate 2025")
good("student_advice", "dental student asks for advice on buying a practice",
     [("g34", "2024-10-14 18:30",
       "Dr. Castellano, I'm a third-year at Tufts and want to own a practice in NH someday. I read your "
       "interview about buying your first practice at 32. Would you have 20 minutes for a call sometime "
       "this fall? I'd really value your advice."),
      ("me", "2024-10-15 07:10", "Happy to, Omar. Send me two or three evening times that work.")])
P("g35", "Gabe Lacasse", "Granite State Study Club", "Coordinator", connected="2019-01-20")
good("event_invite", "study club monthly meeting reminder",
     [("g35", "2024-02-01 09:00",
       "Hi all — February study club is the 15th at 6:30, Dr. Achterberg presenting on socket "
       "preservation. Dinner provided. Please RSVP by the 10th."),
      ("me", "2024-02-01 12:00", "RSVP yes for me and Kevin.")])
P("g36", "Aisha Rahman", "Mill Yard Dental Partners", "Dentist", connected="2021-03-10")
good("colleague", "partner dentist group chat about hygienist hiring",
     [("g36", "2024-06-12 18:00",
       "Bianca's working interview went great. Patients loved her and her perio charting is excellent. I vote we offer."),
      ("g30", "2024-06-12 18:20", "Agree, she was fast and gentle."),
      ("me", "2024-06-12 19:00", "Great, I'll call her tomorrow with an offer.")],
     title="Mill Yard docs")

# ------------------------------------------------------------------ wanted pitches
P("w1", "Derek Aucoin", "Lakes Region IT", "Owner", connected="2024-03-26",
  invite=("IN", "2024-03-25 12:00", "Read your paperless post, local IT guy here."))
wanted("tailored_vendor", "local IT who knows they run Open Dental and read her paperless post",
     [("w1", "2024-03-26 09:30",
       "Hi Maureen, I read your post about finishing the move to paperless charts on Open Dental. "
       "Nice work. One thing I see at a lot of offices after that switch: the backups sit on the same "
       "server as the database. We look after four practices in Concord and Nashua. If you'd like, I'll "
       "check your backup setup for free while I'm in Manchester next week, no strings."),
      ("me", "2024-03-26 12:15", "That's actually a fair point. Can you come Wednesday at 1?")])
P("w2", "Shauna Pell", "Clarion Imaging", "Territory Manager, New England")
wanted("tailored_vendor", "CBCT rep referred by her oral surgeon, knows about implant program",
     [("w2", "2024-06-20 11:00",
       "Dr. Castellano, Dr. Achterberg mentioned you're starting to place implants in-house and currently "
       "send patients to him for scans. Our compact CBCT fits a 9x10 operatory like your op 3 (he "
       "showed me the photo from your renovation post). Would a 30-minute demo at your office help you decide?")])
P("w3", "Lucía Paredes", "Puente Language Services", "Founder")
wanted("tailored_vendor", "translation for Spanish patient forms after checking their site",
     [("w3", "2023-10-05 10:40",
       "Hola Dr. Castellano, your website says \"Hablamos español\" and I know Mill Yard sees many families "
       "from the West Side, but your new-patient and consent forms are only in English. I'm a certified "
       "medical translator in Manchester; I could translate the six forms on your site for a flat $480. "
       "Happy to send a sample page first.")])
P("w4", "Dr. Ingrid Sato", "Atlantic Sleep Dentistry Institute", "Faculty")
wanted("tailored_ce", "level-2 sleep course offered because she finished level 1",
     [("w4", "2024-04-02 14:20",
       "Dr. Castellano, it was great having you and Dr. Tran in the Level 1 course in March. Since you "
       "mentioned screening every new adult patient, our Level 2 (titration and medical billing) in "
       "Providence in September might fit. Alumni pay $1,200. No pressure, just wanted you to know.")])
P("w5", "Nadia Brooks", "Brooks Interiors", "Interior Designer", connected="2023-07-10")
wanted("tailored_vendor", "designer saw renovation post and waiting room photo",
     [("w5", "2023-07-11 15:00",
       "Hi Maureen, I saw your post asking patients what they'd like in the new waiting room — and that "
       "half the answers were \"somewhere for kids\". I designed the family waiting area at Elliot "
       "Pediatrics. If you'd like, I can sketch two options for your space at no charge."),
      ("me", "2023-07-12 08:00", "Oh I love Elliot Pediatrics' room. Yes please, send them over.")])
P("w6", "Paul Demers", "Demers Dental CPA Group", "Partner")
wanted("tailored_vendor", "dental CPA referred by a mutual friend, knows about partner buy-in",
     [("w6", "2024-08-28 10:30",
       "Dr. Castellano, Priscilla Huang suggested I reach out. She said you're planning to bring Dr. "
       "Rahman in as a partner next year. We've structured about 30 dental buy-ins in New England and "
       "I'd be glad to share how others have valued goodwill. If useful, a 30-minute call is on me.")])
P("w7", "Megan Rourke", "Granite Temps Dental Staffing", "Owner")
wanted("tailored_vendor", "local staffing agency noticed the long-open hygienist posting",
     [("w7", "2024-05-21 09:10",
       "Hi Maureen, I noticed your hygienist posting has been up since April. While you search, I have "
       "an NH-licensed RDH with anesthesia permit who lives in Goffstown and is free Tuesdays and Thursdays. "
       "Temp rate is $58/hr. Want her resume?"),
      ("me", "2024-05-21 10:30", "Yes, please send it.")])
P("w8", "Craig Fontaine", "RingLogic Phones", "Healthcare Account Rep")
wanted("tailored_vendor", "phone vendor noticed reviews about hold times and Open Dental integration",
     [("w8", "2024-07-02 13:45",
       "Hi Dr. Castellano, I read through Mill Yard's Google reviews and the only complaints in the last "
       "year are about waiting on hold. Our phone system pops the patient's Open Dental chart when they call "
       "and rolls over to the back office after three rings instead of going to hold. Worth a look?")])
P("w9", "Elena Kowalczyk", "ClearPath Patient Education", "Content Director")
wanted("tailored_vendor", "patient-education videos, saw her talk at the state meeting",
     [("w9", "2024-06-24 16:00",
       "Dr. Castellano, I was in the audience at your Annual Session talk. You said the hardest part of "
       "aligner consults is explaining attachments. We make 60-second chairside videos in English and "
       "Spanish, and there's one on exactly that. Here's a free link to it for your team; if it helps, "
       "our library is $89/month."),
      ("me", "2024-06-25 07:30", "Thanks Elena, the attachments video is good. Let me show the team.")])
P("w10", "Jonah Pierce", "Pierce Portraits", "Photographer", connected="2024-09-14")
wanted("tailored_vendor", "photographer noticed outdated team photos on the website",
     [("w10", "2024-09-16 10:00",
       "Hi Maureen, congrats on the 10-year anniversary! I noticed the team page on your site still shows "
       "Dr. Kowal, who I think retired. I shoot headshots on-site in about 2 hours, in your operatories "
       "so it looks like your office. Package for 12 people is $900.")])
P("w11", "Renee Holtz", "Vista Loupes", "Clinical Consultant")
wanted("tailored_vendor", "loupes rep read her post on neck pain",
     [("w11", "2024-01-25 12:00",
       "Dr. Castellano, your post about neck pain after long implant days really hit home. Many dentists "
       "with your kind of working distance do better with a steeper declination angle. I can bring two "
       "trial pairs measured to you for a week, no cost. Would that be helpful?")])
P("w12", "Dr. Patricia Lemay", "Manchester Community College", "Continuing Education Director")
wanted("tailored_training", "college offers EFDA training since she's hiring assistants",
     [("w12", "2024-05-16 11:20",
       "Hi Maureen, Tyler Saucier told us you're hiring. Our Expanded Function Dental Assistant course "
       "starts in September, evenings, $2,100 per student, and qualifies under the new NH rules. If you'd "
       "sponsor an existing assistant, we hold seats for employer-sponsored students.")])

if __name__ == "__main__":
    ex.write(OUT,
             {"First Name": "Maureen", "Last Name": "Castellano",
              "Headline": "Owner & Lead Dentist at Mill Yard Dental Partners | Family, Implant & Sleep Dentistry",
              "Summary": "Three-dentist family practice in the Millyard, Manchester NH. Implants, clear "
                         "aligners, sleep apnea appliances, and a lot of kids' first visits.",
              "Industry": "Hospitals and Health Care", "Zip Code": "03101",
              "Geo Location": "Manchester, New Hampshire, United States",
              "Websites": "[OTHER:https://millyarddental.example]"},
             [{"Company Name": "Mill Yard Dental Partners", "Title": "Owner & Lead Dentist",
               "Description": "General, cosmetic and implant dentistry; three dentists, 14 staff.",
               "Location": "Manchester, NH", "Started On": "Aug 2014", "Finished On": ""},
              {"Company Name": "Riverbend Family Dental", "Title": "Associate Dentist",
               "Location": "Nashua, NH", "Started On": "Jul 2009", "Finished On": "Jul 2014"}],
             ["Restorative Dentistry", "Dental Implants", "Clear Aligners", "Dental Sleep Medicine",
              "Practice Management", "Patient Education"])
    print(ex.summary())

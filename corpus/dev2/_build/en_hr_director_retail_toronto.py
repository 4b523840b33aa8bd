"""Persona: Marisol Tavares, Director of Human Resources at a 48-store outdoor retail chain
in Ontario (head office Toronto, distribution centre in Mississauga).

Layout: LinkedIn export 2026 (every field quoted, ATTACHMENTS, IS MESSAGE DRAFT).
All messages hand-written for this held-out set.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person

SLUG = "en-hr-director-retail-toronto"
OWNER = Person("me", "Marisol Tavares", "https://www.linkedin.com/in/marisol-tavares-hr")
x = Export(SLUG, "2026", OWNER)
P = x.person

# ---------------------------------------------------------------- real contacts
P("vp_ops", "Derek Osei", "Harbourline Outfitters", "VP Store Operations", connected="2019-03-04")
P("peer_hr", "Janelle Fraser", "Northgate Pharmacy Group", "Director, People & Culture", connected="2018-10-22")
P("cand_sm", "Andre Lavoie", "Sport Cove", "Assistant Store Manager", connected="2025-04-07", invite=("IN", "2025-04-06 21:10", "Hi Marisol, I applied for the Store Manager role in Barrie and wanted to introduce myself."))
P("emp_dc", "Gurpreet Sandhu", "Harbourline Outfitters", "DC Lead Hand", connected="2024-08-19")
P("rec_search", "Colin MacAulay", "MacAulay Search Partners", "Managing Partner", connected="2022-05-11")
P("rec_ref", "Tanya Brooks", "Altitude Talent", "Senior Recruiter", connected="2025-06-02", invite=("IN", "2025-06-01 15:30", ""))
P("payroll_am", "Victor Nguyen", "ClearLedger Payroll", "Client Success Manager", connected="2021-01-15")
P("bgcheck", "Rachel Kim", "VerityScreen", "Account Manager", connected="2023-02-08")
P("college", "Fatima Haddad", "Lakeshore College", "Employer Relations Coordinator", connected="2023-09-12")
P("summit", "Owen Patel", "Retail People Summit", "Program Chair", connected="2020-11-03")
P("roundtable", "Lisa Chen", "Ontario Retail HR Roundtable", "Chapter President", connected="2017-06-27")
P("reporter1", "Noah Bergstrom", "Canadian Retail Wire", "Reporter", connected=None)
P("reporter2", "Amira Siddiqui", "The Etobicoke Standard", "Business Reporter", connected="2025-09-30", invite=("IN", "2025-09-29 13:13", "Hi Marisol, I'm a reporter working on a story about the minimum wage increase."))
P("anniv1", "Karen Doucette", "Harbourline Outfitters", "Regional Manager, East", connected="2016-02-02")
P("anniv2", "Mike Rutherford", "Pinecrest Consulting", "Principal", connected="2015-05-19")
P("anniv3", "Sophie Tremblay", "Harbourline Outfitters", "Store Manager, Kanata", connected="2020-07-07")
P("anniv4", "Jordan Ellis", "Rexall", "HR Business Partner", connected="2019-12-12")
P("thanks_ex", "Brianna Walsh", "Loblaw Digital", "People Coordinator", connected="2021-08-30")
P("old_boss", "Patricia Moreau", "", "Retired CHRO", connected="2012-04-01")
P("chro_peer", "Samuel Adeyemi", "Trailside Foods", "Chief People Officer", connected="2026-02-16")
P("dei", "Renée Castillo", "Castillo Inclusion Advisory", "Principal", connected="2025-10-20", invite=("OUT", "2025-10-20 09:00", ""))
P("colleague_intro", "Heather Quinn", "Harbourline Outfitters", "Director, Legal", connected="2018-01-09")
P("friend1", "Tess O'Hara", "", "", connected="2011-09-10")
P("friend2", "Dani Ruiz", "TTC", "Planner", connected="2014-03-21")
P("spam_cand", "Kwame Mensah", "", "Logistics Coordinator", connected=None)
P("cand_out", "Elena Popescu", "Mountain Equipment Hub", "Talent Acquisition Partner", connected="2025-07-14", invite=("OUT", "2025-07-14 08:02", "Hi Elena, would love to chat about a TA Lead role on my team."))
P("sched_vendor", "Adam Clarke", "ShiftWise", "Account Executive", connected="2026-03-03", invite=("OUT", "2026-03-03 10:00", ""))
P("store_mgr", "Luis Ferreira", "Harbourline Outfitters", "Store Manager, Yorkdale", connected="2022-11-11")
P("counsel", "Meredith Shaw", "Shaw Lindgren LLP", "Partner, Employment Law", connected="2019-06-14")
P("ex_coll", "Kevin Doherty", "Canadian Tire", "Senior Manager, TA", connected="2017-09-05")
P("newcomer", "Rafael Souza", "", "Retail professional", connected="2026-05-11", invite=("IN", "2026-05-10 22:40", "hello Marisol, I am new in Canada and looking for job in retail"))
P("run_a", "Nadia Farah", "Harbourline Outfitters", "HR Coordinator", connected="2023-03-03")
P("run_b", "Ben Whitfield", "Harbourline Outfitters", "Marketing Manager", connected="2021-05-05")
P("mall", "George Papadakis", "Sherway Property Group", "Property Manager", connected="2025-12-01", invite=("IN", "2025-11-30 11:11", ""))
P("student", "Chloe Martin", "Lakeshore College", "Business student", connected="2026-10-09", invite=("IN", "2026-10-08 19:00", ""))
P("coffee", "Priyanka Shah", "Sobeys", "HR Manager", connected="2016-07-17")
P("rfp_vendor", "Mark Lindqvist", "LearnTrail LMS", "Enterprise Sales", connected="2026-06-02", invite=("OUT", "2026-06-02 09:45", ""))

# ---------------------------------------------------------------- wanted pitch senders
P("w_sched", "Hannah Liu", "RosterLoop", "Head of Retail Partnerships", connected=None)
P("w_volume", "Darnell Hayes", "QuickHire Text", "Enterprise AE", connected="2025-10-06", invite=("IN", "2025-10-05 16:45", "Marisol, your post on 90-day turnover was excellent. Would love to connect."))
P("w_french", "Geneviève Roy", "Parlons Ensemble Formation", "Directrice", connected=None)
P("w_newcomer", "Abdi Warsame", "Bridges Employment Services", "Employer Partnerships Lead", connected="2025-08-18", invite=("IN", "2025-08-17 12:00", ""))
P("w_recruit", "Claire Whitmore", "Whitmore Executive Search", "Partner", connected=None)
P("w_safety", "Ray Kowalczyk", "SafeLift Training", "Training Director", connected=None)
P("w_onboard", "Yasmin Aziz", "Floorstart", "Co-founder", connected="2026-04-22", invite=("IN", "2026-04-21 08:08", "Loved your Summit talk on the first 90 days."))
P("w_research", "Liam O'Connor", "Toronto Metropolitan University", "Assistant Professor, HRM", connected=None)
P("w_benefits", "Nicole Baptiste", "Baptiste Benefits Group", "Group Benefits Advisor", connected=None)
P("w_leader", "Grant Holloway", "Holloway Assessment", "Principal", connected=None)
P("w_aoda", "Mei Tanaka", "AccessFirst Training", "Founder", connected=None)
P("w_video", "Jasper Cole", "Northlight Films", "Director", connected="2026-08-25", invite=("IN", "2026-08-24 18:20", ""))

# ---------------------------------------------------------------- junk senders
P("j_stay1", "Kyle Burton", "Stayfactor", "SDR", connected="2025-03-10", invite=("IN", "2025-03-10 07:01", ""))
P("j_stay2", "Ashley Grant", "Stayfactor", "Business Development Rep", connected="2025-05-26", invite=("IN", "2025-05-26 07:04", ""))
P("j_stay3", "Tyler Morrison", "Stayfactor", "SDR", connected=None)
P("j_stay4", "Megan Price", "Stayfactor", "Account Development", connected="2026-01-19", invite=("IN", "2026-01-19 06:58", ""))
P("j_stay5", "Zach Fleming", "Stayfactor", "SDR", connected=None)
P("j_merge1", "Brett Holt", "PulseCheck Surveys", "Sales", connected=None)
P("j_merge2", "Olivia Sanders", "Peak Staffing Solutions", "Business Development", connected="2025-07-28", invite=("IN", "2025-07-28 08:30", ""))
P("j_merge3", "Sunil Kapoor", "HireGenius AI", "Growth", connected=None)
P("j_merge4", "Amanda Fox", "WellnessWorks", "Partnerships", connected=None)
P("j_spons1", "PayCentral", "", "", url="https://www.linkedin.com/company/paycentral-hcm")
P("j_spons2", "Westbridge School of Business", "", "", url="https://www.linkedin.com/company/westbridge-business")
P("hidden", "LinkedIn Member", "", "", url="")
P("j_ctp1", "Chad Donnelly", "TrueCheck Background", "Director of Sales", connected="2025-04-14", invite=("IN", "2025-04-13 20:00", "Hi Marisol, fellow Torontonian here, would be great to connect!"))
P("j_ctp2", "Serena Blake", "Podium Speakers Bureau", "Booking Agent", connected="2025-11-03", invite=("IN", "2025-11-03 09:09", ""))
P("j_ctp3", "Marcus Reid", "Escape Team Events", "Corporate Events", connected="2026-06-15", invite=("IN", "2026-06-15 12:00", ""))
P("j_recr1", "Natalie Greene", "CareFirst Staffing", "Healthcare Recruiter", connected=None)
P("j_recr2", "Jason Lee", "Summit Life Financial", "Recruiting Manager", connected="2026-03-23", invite=("IN", "2026-03-23 21:00", ""))
P("j_recr3", "Ivan Petrov", "DataForge Talent", "Tech Recruiter", connected=None)
P("j_fract", "Dana Whitaker", "Fractional People Co.", "Founder", connected=None)
P("j_hrout", "Steven Wu", "HRassist Outsourcing", "Business Development", connected=None)
P("j_cap", "Bianca Romero", "Lumen Lead Gen", "Outreach Specialist", connected=None)
P("j_like1", "Trevor Banks", "Banks Global Holdings", "Founder & CEO", connected="2025-08-04", invite=("IN", "2025-08-04 02:02", ""))
P("j_like2", "Crystal Moon", "Moon Rising Coaching", "Mindset Coach", connected="2026-09-01", invite=("IN", "2026-09-01 19:45", "Love connecting with powerful women leaders! 💜"))
P("j_call1", "Ryan Hughes", "BenefitBridge", "Sales Executive", connected=None)
P("j_call2", "Logan Pierce", "TalentOS", "Account Executive", connected=None)
P("j_bump1", "Eric Sandoval", "MetricHR Analytics", "Enterprise Sales", connected=None)
P("j_bump2", "Holly Carter", "CultureCanvas", "Partnerships", connected="2026-02-09", invite=("IN", "2026-02-09 06:40", ""))
P("j_off1", "Bradley Stone", "RankRise SEO", "Founder", connected=None)
P("j_off2", "Vikram Desai", "ChemPro Industrial", "Sales Manager", connected=None)
P("j_off3", "Alexis Monroe", "Azure Coast Charters", "Charter Specialist", connected=None)
P("j_mlm", "Courtney Lane", "", "Wellness Entrepreneur", connected="2025-05-05", invite=("IN", "2025-05-05 22:22", ""))
P("j_crypto", "Daniel Whitmore", "BlockYield Capital", "Investment Advisor", connected=None)
P("j_award", "Sophia Grant", "Canadian HR Excellence Awards", "Awards Director", connected=None)
P("j_podcast", "Blake Turner", "The People Leader Show", "Host & Producer", connected=None)
P("j_named1", "Melissa Hart", "Frontline Staffing Group", "Regional Sales Director", connected=None)
P("j_named2", "Justin Park", "Engagely", "Account Executive", connected=None)
P("j_fake", "Kaitlyn Shore", "BrandLift Agency", "Strategist", connected=None)
P("j_ats", "Gavin Moore", "HireStack ATS", "Sales", connected=None)
P("j_eap", "Rita Gomez", "MindBalance EAP", "Business Development", connected=None)

C = x.conv

# ================================================================= JUNK
stay = [
    ("j_stay1", "2025-03-11 13:02", "Hi Marisol,\n\nThanks for connecting! Quick question: is employee turnover on your radar this year? Stayfactor helps HR leaders reduce frontline attrition by up to 35% with AI-powered stay interviews.\n\nWorth a 15-minute chat?\n\nKyle"),
    ("j_stay2", "2025-05-27 14:10", "Hey Marisol,\n\nappreciate the connection! Quick question – is frontline turnover a priority for you this quarter? Stayfactor helps people leaders cut attrition by up to 35% using AI-driven stay interviews.\n\nWould a quick 15 min chat make sense?\n\nBest,\nAshley"),
    ("j_stay3", "2025-09-09 16:45", "Hi Marisol – is employee turnover on your radar this year? Stayfactor helps HR teams reduce hourly attrition by up to 35% with AI-powered stay interviews. Open to a 15-minute conversation next week?\n\nTyler"),
    ("j_stay4", "2026-01-20 14:00", "Hi Marisol,\n\nthanks for accepting! Quick question: is retention on your radar for 2026? Stayfactor helps HR leaders reduce frontline turnover by up to 35% with AI stay interviews.\n\nWorth 15 minutes?\n\nMegan"),
    ("j_stay5", "2026-07-07 15:15", "Hi Marisol,\n\nQuick question: is employee turnover on your radar this year? At Stayfactor we help HR leaders like you reduce frontline attrition by up to 35% with AI-powered stay interviews.\n\nWorth a 15-minute chat?\n\nZach"),
]
for i, message in enumerate(stay):
    C("junk", "mass_template", "en", f"Stayfactor retention template, sender {i + 1} of 5", [message],
      folder="SPAM" if i == 4 else "INBOX")

C("junk", "merge_tag_fail", "en", "{{first_name}} unfilled, engagement surveys", [
    ("j_merge1", "2025-02-18 10:00", "Hi {{first_name}},\n\nEngagement surveys shouldn't take 6 weeks to analyze. PulseCheck gives you real-time insights across every location. Would you be the right person to talk to about this at {{company_name}}?\n\nBrett"),
])
C("junk", "merge_tag_fail", "en", "wrong name and wrong company (Maria, Harbour Freight)", [
    ("j_merge2", "2025-07-29 09:15", "Hi Maria,\n\nI noticed Harbour Freight is hiring for multiple locations. Peak Staffing Solutions can supply pre-screened general labourers and warehouse associates within 48 hours. Let me know if you'd like our rate card!\n\nOlivia"),
])
C("junk", "merge_tag_fail", "en", "[Name] and [pain point] placeholders left in", [
    ("j_merge3", "2025-12-02 03:20", "Hello [Name],\n\nI saw that your team is struggling with [pain point]. HireGenius AI screens 1,000 resumes in minutes so recruiters can focus on what matters. Can I send you a 2-minute demo video?\n\nCheers,\nSunil"),
])
C("junk", "merge_tag_fail", "en", "%FIRSTNAME% tag, wellness app", [
    ("j_merge4", "2026-04-14 11:30", "Hey %FIRSTNAME%! 🌿 Burnout is costing companies like yours thousands. WellnessWorks gives every employee access to meditation, coaching and fitness in one app. Can we find 20 minutes this week?"),
])
C("junk", "sponsored_inmail", "en", "Sponsored Conversation, HCM suite", [
    ("j_spons1", "2025-06-10 12:00", "<p>Hi Marisol,</p><p>See how HR leaders are saving 10+ hours a week with one unified platform for payroll, time and talent.</p><p><b>Book your personalized demo&nbsp;today.</b></p>"),
], title="Sponsored Conversation", subject="Marisol, unify payroll and HR in one place")
C("junk", "sponsored_inmail", "en", "Sponsored Conversation, business school certificate", [
    ("j_spons2", "2026-02-24 12:00", "<p>Hi Marisol, advance your career with our Executive Certificate in Strategic HR Leadership. Next cohort starts in April &ndash; limited seats available.</p>"),
], title="Sponsored Conversation", subject="Executive Certificate in Strategic HR Leadership")
C("junk", "sponsored_inmail", "en", "hidden LinkedIn Member sponsored webinar", [
    ("hidden", "2026-09-15 14:00", "Marisol, join 2,000+ HR leaders at our free virtual summit on the future of work. Save your seat now."),
], subject="You're invited: Future of Work Virtual Summit")

C("junk", "connect_then_pitch", "en", "'fellow Torontonian' small talk, then background checks", [
    ("j_ctp1", "2025-04-14 09:00", "Thanks for connecting, Marisol! Crazy weather this week eh? Hope you're staying dry."),
    ("me", "2025-04-14 12:30", "Ha, yes! Thanks Chad."),
    ("j_ctp1", "2025-04-16 09:05", "Anyway, I wanted to reach out since we work with a lot of retail brands. TrueCheck delivers criminal record checks in under 24 hours at $19 flat. Who handles background screening on your end?"),
])
C("junk", "connect_then_pitch", "en", "compliment, then speakers bureau pitch", [
    ("j_ctp2", "2025-11-03 15:00", "Hi Marisol, thanks for connecting! Your profile is so inspiring 🙌"),
    ("j_ctp2", "2025-11-05 15:01", "I'm reaching out because we represent some of North America's top motivational keynote speakers – Olympians, astronauts, bestselling authors. Do you have any company events coming up in 2026? Would love to share our roster."),
])
C("junk", "connect_then_pitch", "en", "greeting, then escape room team building, then bump", [
    ("j_ctp3", "2026-06-16 10:00", "Hey Marisol! Happy Monday 😊"),
    ("j_ctp3", "2026-06-18 10:02", "Hope your week is going well! Are you planning any team building this summer? Our escape room experiences are perfect for teams of 10-200. Use code HR15 for 15% off!"),
    ("j_ctp3", "2026-06-29 10:03", "Just bumping this up in case it got buried!"),
])
C("junk", "recruiting_spam", "en", "nursing roles sent to a retail HR director", [
    ("j_recr1", "2025-08-12 08:40", "Hello! We have URGENT openings for Registered Nurses and PSWs across the GTA, signing bonus up to $5,000. Are you interested or do you know someone? Please share!"),
])
C("junk", "recruiting_spam", "en", "commission-only insurance advisor recruiting", [
    ("j_recr2", "2026-03-24 07:55", "Hi Marisol, I came across your profile and you seem like someone with great people skills! We're expanding our team of financial advisors. Be your own boss, unlimited earning potential, full training provided. Free for a quick chat this week?"),
])
C("junk", "recruiting_spam", "en", "data engineer role, in SPAM", [
    ("j_recr3", "2026-05-19 16:20", "Hi, we are looking for Senior Data Engineer (Snowflake, dbt, Airflow) for remote contract role 6 months, $85/hr. Please send updated resume if interested."),
], folder="SPAM")
C("junk", "sells_what_you_sell", "en", "fractional HR leader pitch to an HR director", [
    ("j_fract", "2025-10-14 13:30", "Hi Marisol,\n\nGrowing companies don't always need a full-time HR leader. Our fractional HR directors step in for 1-3 days a week and handle everything from policies to employee relations and performance management. Would this be helpful for your organization?\n\nDana"),
])
C("junk", "sells_what_you_sell", "en", "outsourced HR department offer", [
    ("j_hrout", "2026-08-11 09:10", "Hello Marisol, is your HR team stretched thin? HRassist becomes your outsourced HR department – handbooks, investigations, onboarding, compliance – for a flat monthly fee. Happy to send pricing."),
])
C("junk", "capacity_ask", "en", "asks if she is taking new clients (she has none)", [
    ("j_cap", "2025-09-23 17:05", "Hi Marisol! Are you currently taking on new clients? We help consultants and agencies book 10-15 qualified sales calls per month on autopilot. Let me know and I'll send details!"),
])
C("junk", "like_minded_networking", "en", "'like-minded leaders' with no purpose", [
    ("j_like1", "2025-08-05 04:15", "Marisol, great to be connected. I make it a point to build relationships with like-minded leaders who are driving change. Let's set up a time to get to know each other and explore synergies."),
])
C("junk", "like_minded_networking", "en", "mindset coach, 'powerful women' networking, emoji", [
    ("j_like2", "2026-09-02 20:00", "Hi beautiful soul 💜 I'm so grateful we connected! I'm building a circle of high-vibe women leaders who lift each other up ✨ Would you be open to a virtual coffee so I can learn more about your journey?"),
])
C("junk", "quick_call_ask", "en", "benefits platform, quick 15-minute call", [
    ("j_call1", "2025-11-18 11:11", "Hi Marisol, do you have 15 minutes this Thursday or Friday? I'd love to show you how BenefitBridge can cut your benefits admin in half. Here's my calendar link: calendly.example/ryan-bb"),
])
C("junk", "quick_call_ask", "en", "talent platform asks for a quick call, twice", [
    ("j_call2", "2026-10-06 09:30", "Marisol – any chance you're free for a quick call this week? Would love to learn about your hiring goals and share what we're seeing across the industry."),
    ("j_call2", "2026-10-13 09:31", "Hi Marisol, circling back on this. Would Tuesday at 2pm work?"),
])
C("junk", "followup_bump", "en", "HR analytics vendor, three bumps unanswered", [
    ("j_bump1", "2025-05-06 08:00", "Hi Marisol, I lead enterprise partnerships at MetricHR. We turn HRIS data into board-ready dashboards. Worth a look?"),
    ("j_bump1", "2025-05-13 08:00", "Following up on my note below, Marisol."),
    ("j_bump1", "2025-05-22 08:00", "Hi Marisol, I know you're busy – should I reach out to someone else on your team about this?"),
    ("j_bump1", "2025-06-03 08:00", "Marisol, last note from me! If the timing isn't right, no worries at all."),
])
C("junk", "followup_bump", "en", "culture deck design agency bumps", [
    ("j_bump2", "2026-02-10 07:30", "Hi Marisol! We design beautiful culture decks and employee handbooks that people actually read. Want to see examples?"),
    ("j_bump2", "2026-02-17 07:30", "Hi again! Just wanted to make sure this didn't slip through the cracks 🙂"),
])
C("junk", "off_topic_product", "en", "SEO services to an in-house HR director", [
    ("j_off1", "2025-03-25 05:50", "Hi Marisol, I noticed your website isn't ranking on the first page of Google for important keywords. We can fix that in 60 days. Want a free audit?"),
])
C("junk", "off_topic_product", "en", "industrial solvents", [
    ("j_off2", "2025-10-28 04:10", "Dear Sir/Madam, ChemPro Industrial supplies high quality industrial solvents, degreasers and lubricants at competitive prices. Kindly share your requirement and we will send quotation."),
], folder="SPAM")
C("junk", "off_topic_product", "en", "yacht charter offer", [
    ("j_off3", "2026-05-05 18:00", "Hi Marisol, planning your summer getaway? ☀️ We have last-minute availability on luxury yacht charters in the Mediterranean, exclusive rates for LinkedIn members. Shall I send our brochure?"),
])
C("junk", "mlm_crypto", "en", "MLM wellness 'side income'", [
    ("j_mlm", "2025-05-06 21:30", "Hey girl! 💕 I hope this doesn't come across weird but I just love your energy! I've been working with an amazing wellness company and I'm looking for a couple of driven women to join my team. Are you open to hearing about a way to earn extra income from your phone?"),
    ("j_mlm", "2025-05-12 21:31", "Hey! Just checking you saw my message 😊"),
])
C("junk", "mlm_crypto", "en", "crypto yield investment", [
    ("j_crypto", "2026-01-27 23:00", "Good evening Marisol. Our clients are earning 2-3% weekly returns through our managed crypto yield strategy. Minimum investment $5,000. I can share our performance report if you are interested in growing your wealth."),
], folder="SPAM")
C("junk", "paid_award", "en", "HR award with 'finalist package' fee", [
    ("j_award", "2025-09-02 10:30", "Dear Marisol,\n\nCongratulations! You have been shortlisted for the Canadian HR Excellence Awards 2025 in the category 'Retail HR Leader of the Year'. To confirm your finalist status, please select one of our recognition packages (starting at $2,450) which includes your trophy, gala seat and feature profile.\n\nWarm regards,\nSophia Grant"),
])
C("junk", "paid_podcast", "en", "podcast guest slot with a sponsorship fee", [
    ("j_podcast", "2026-04-28 13:00", "Hi Marisol! I host The People Leader Show (top 5% globally 🎙️). We'd love to feature you as a guest. Guests contribute a $750 production fee which covers editing, promo clips and a custom audiogram. Interested?"),
])
C("junk", "generic_service_pitch", "en", "fluent staffing pitch naming Harbourline", [
    ("j_named1", "2025-10-21 09:45", "Hi Marisol,\n\nCongrats on all the growth at Harbourline Outfitters! With the holidays around the corner, I imagine seasonal hiring is top of mind. Frontline Staffing Group places thousands of temporary retail associates across Ontario every season, and we'd love to be a resource for you.\n\nDo you have 15 minutes next week to connect?\n\nBest,\nMelissa"),
])
C("junk", "generic_service_pitch", "en", "engagement survey vendor naming Harbourline", [
    ("j_named2", "2026-03-10 14:20", "Hi Marisol, I've been following Harbourline Outfitters and love what your team is doing. Companies like yours use Engagely to measure and improve employee engagement with pulse surveys. Would you be open to seeing how it could work for Harbourline?"),
])
C("junk", "fake_personalization", "en", "'loved your recent post' then generic branding pitch", [
    ("j_fake", "2026-07-21 10:10", "Hi Marisol, loved your recent post! So insightful. 👏 At BrandLift we help leaders build their personal brand on LinkedIn and grow their following by 10x. Would you be interested in a free strategy session?"),
])
C("junk", "generic_service_pitch", "en", "ATS vendor, generic", [
    ("j_ats", "2025-12-09 08:20", "Hi Marisol,\n\nAre you still using spreadsheets to track candidates? HireStack ATS helps teams hire faster with automated workflows, job board posting and interview scheduling. Plans start at $99/month.\n\nInterested in a free trial?\n\nGavin"),
])
C("junk", "generic_service_pitch", "en", "EAP vendor, generic", [
    ("j_eap", "2026-08-26 15:40", "Hello Marisol, Mental health matters. MindBalance EAP offers 24/7 counselling for your employees and their families. I'd love to set up a short call to walk you through our plans."),
])

# ================================================================= GENUINE
C("genuine", "colleague", "en", "VP Store Ops on holiday staffing plan, two-way", [
    ("vp_ops", "2025-09-15 17:40", "Marisol – regional managers are asking for the holiday headcount numbers. Can we lock them by Friday? I'm thinking 880 seasonal, with the extra 40 going to the three new stores."),
    ("me", "2025-09-15 18:05", "Yes, Friday works. I'd hold 20 back as a floater pool for the Ottawa stores, they lost the most people in December last year."),
    ("vp_ops", "2025-09-15 18:11", "Makes sense. Send me the final split and I'll push it to the RMs."),
])
C("genuine", "colleague", "en", "peer HR director benchmarks wages (hard: talks about rates)", [
    ("peer_hr", "2025-10-02 12:10", "Hi Marisol! Hope fall is treating you well. Quick benchmark question for our comp review: what are you paying seasonal associates in the GTA this year? We're debating $18.25 vs $19. Totally fine if you can't share exact numbers."),
    ("me", "2025-10-02 14:45", "Hi Janelle! We landed at $18.75 base with a $1 premium for weekend closing shifts. Happy to compare notes on retention after the season. Lunch in January?"),
    ("peer_hr", "2025-10-02 15:00", "Super helpful, thank you! Lunch in January for sure."),
])
C("genuine", "applicant", "en", "store manager candidate introduces himself", [
    ("cand_sm", "2025-04-07 08:30", "Hi Marisol,\n\nThank you for connecting. I applied last week for the Store Manager position in Barrie. I've been an ASM at Sport Cove for four years and led our store through a full remodel last spring. I know you get a lot of messages, so I'll keep it short: I'd really love the chance to interview.\n\nBest,\nAndre"),
    ("me", "2025-04-08 09:10", "Hi Andre, thanks for reaching out. I've flagged your application to Karen, our Regional Manager for that area – you should hear from her this week."),
])
C("genuine", "applicant", "en", "internal employee asks about DC supervisor posting", [
    ("emp_dc", "2025-06-20 22:15", "Hi Marisol sorry to message here, I saw the DC Supervisor posting on the board. I'm lead hand on nights since 2 years. Is it ok if I apply even if I don't have the forklift trainer cert yet? thank you"),
    ("me", "2025-06-21 09:00", "Hi Gurpreet, absolutely, please apply! The cert can be done after hiring, we pay for it."),
])
C("genuine", "vendor_existing", "en", "retained search firm shortlist update and invoice (hard)", [
    ("rec_search", "2025-08-06 16:00", "Marisol,\n\nShortlist for the VP Distribution search is in your inbox – four candidates, two with unionized DC experience as you asked. The second retainer invoice ($18,500) goes out tomorrow per our agreement. Can we book 30 minutes Thursday to walk through the profiles?\n\nColin"),
    ("me", "2025-08-06 18:20", "Thanks Colin. Thursday 10am works. Please include Derek in the invite."),
], attachments={0: "https://www.linkedin.com/dms/VP-Distribution-shortlist.pdf"})
C("genuine", "reference_request", "en", "recruiter asks for a reference on a former employee", [
    ("rec_ref", "2025-06-02 10:00", "Hi Marisol, I'm working with Brianna Walsh on a People Coordinator role and she listed you as a reference. Would you have 10 minutes this week for a quick reference call? Thank you so much!\nTanya"),
    ("me", "2025-06-02 11:30", "Happy to – she was great. Call me Wednesday after 3."),
])
C("genuine", "vendor_existing", "en", "payroll provider on year-end and renewal pricing (hard)", [
    ("payroll_am", "2025-11-04 09:30", "Hi Marisol,\n\nTwo things before year-end: (1) T4 processing cut-off is January 16 this year, please make sure the seasonal terminations are in by then; (2) your contract renews March 1. We're proposing a 3.5% increase on the per-employee fee, but I can hold current pricing if you sign for two years. Happy to discuss.\n\nVictor"),
    ("me", "2025-11-04 13:00", "Thanks Victor. Noted on the cut-off. I'll need to review the renewal with Finance – let's talk in December."),
])
C("genuine", "vendor_existing", "en", "background check vendor about turnaround issue on current contract", [
    ("bgcheck", "2025-10-30 08:15", "Hi Marisol, I saw your team's note about checks taking 5+ days for Quebec-born candidates. That's on us – a court registry backlog. We've added a manual search option at no extra cost for your account through January. Sorry for the hassle!\nRachel"),
])
C("genuine", "event_invite", "en", "college invites her to career fair", [
    ("college", "2026-01-13 11:00", "Hello Marisol,\n\nWe'd love to have Harbourline back at our Spring Career Fair on March 12. Last year our students really enjoyed your booth. Table is free for employer partners; let me know by Feb 6 and I'll reserve it.\n\nBest,\nFatima"),
    ("me", "2026-01-13 15:20", "Hi Fatima, count us in! Nadia from my team will coordinate."),
])
C("genuine", "event_invite", "en", "summit chair invites her to speak", [
    ("summit", "2025-12-03 14:00", "Marisol, your session on the first 90 days was one of our highest-rated last year. Would you come back for a 30-minute talk in May? Theme is 'frontline careers'. Speaker pass and travel covered for out-of-towners, which I realize you are not 😄"),
    ("me", "2025-12-04 08:45", "I'd love to, Owen. Let me think about an angle – maybe our store manager succession program."),
])
C("genuine", "event_invite", "en", "HR roundtable asks her to join a panel", [
    ("roundtable", "2026-09-22 19:10", "Hi Marisol! Our November roundtable is on scheduling laws and part-time workforces. Would you sit on the panel with Janelle from Northgate and someone from the Ministry? Evening event, downtown, dinner provided."),
])
C("genuine", "journalist", "en", "trade reporter on holiday hiring", [
    ("reporter1", "2025-10-08 13:30", "Hi Marisol,\n\nI'm writing a piece for Canadian Retail Wire on how mid-size chains are approaching holiday hiring this year. Would you be available for a 15-minute phone interview before Thursday? Happy to send questions in advance.\n\nNoah Bergstrom"),
    ("me", "2025-10-08 16:00", "Hi Noah, I'd need to loop in our comms team first. Can you email questions to media@harbourline.example?"),
])
C("genuine", "journalist", "en", "local reporter on minimum wage increase", [
    ("reporter2", "2025-09-30 09:45", "Hi Marisol, thanks for accepting. I'm working on a story about how employers in Etobicoke are handling tomorrow's minimum wage increase. Would you be comfortable sharing a comment, even a short written one?"),
])
anniv = [
    ("anniv1", "2026-04-01 09:15", "Congrats on 7 years, Marisol! 🎉"),
    ("anniv2", "2026-04-01 11:40", "Congrats on the work anniversary!"),
    ("anniv3", "2026-04-01 13:02", "Happy work anniversary Marisol! Thank you for everything you do for us in the stores 💙"),
    ("anniv4", "2026-04-02 08:20", "Congrats on 7 years at Harbourline!"),
]
for i, message in enumerate(anniv):
    thread = [message]
    if i == 2:
        thread.append(("me", "2026-04-01 18:00", "Thank you Sophie, that means a lot! See you at the Kanata visit."))
    C("genuine", "thanks_congrats", "en", f"work anniversary congrats, near-duplicate {i + 1} of 4", thread)
C("genuine", "thanks_congrats", "en", "former employee thanks her for a reference", [
    ("thanks_ex", "2025-06-18 19:30", "Marisol!! I got the job at Loblaw Digital 🎉 Tanya told me your reference was amazing. Thank you so much for everything, I learned so much on your team."),
    ("me", "2025-06-18 20:10", "So happy for you Brianna! They're lucky to have you."),
])
C("genuine", "intro_referral", "en", "former boss introduces a CHRO peer (group)", [
    ("old_boss", "2026-02-16 10:00", "Marisol, Samuel – connecting you two as promised. Samuel just took over people at Trailside and is building a store manager development program; Marisol built one at Harbourline that I still brag about. Coffee on me next time I'm in town. – Patricia"),
    ("chro_peer", "2026-02-16 12:30", "Thank you Patricia! Marisol, would love to learn from your experience. Any chance you're free for a coffee near Union in the next couple of weeks?"),
    ("me", "2026-02-16 14:05", "Thanks Patricia! Samuel, happy to – how's Tuesday the 24th, 8:30am?"),
])
C("genuine", "intro_referral", "en", "she asked legal colleague for a DEI advisor; intro follows (owner started)", [
    ("me", "2025-10-17 10:00", "Heather, do you still have the name of the inclusion advisor who did the manager training at your previous company? We need help with our accommodation process."),
    ("colleague_intro", "2025-10-17 10:25", "Yes! Renée Castillo. Very practical, no fluff. I'll tell her you might reach out."),
])
C("genuine", "owner_inquiry", "en", "she contacts the DEI advisor herself, two-way", [
    ("me", "2025-10-20 09:05", "Hi Renée, Heather Quinn recommended you. We're reworking our workplace accommodation process for stores and would like outside help. Could you share how you usually scope that kind of work?"),
    ("dei", "2025-10-20 16:40", "Hi Marisol, thank you, and hi to Heather! Usually a 2-week discovery (interviews with 6-8 managers + policy review) and then a proposal. I've attached a one-pager with ranges. Happy to talk next week."),
], attachments={1: "https://www.linkedin.com/dms/castillo-scope-onepager.pdf"})
C("genuine", "friend", "en", "friend, lowercase brunch chat", [
    ("friend1", "2025-07-26 10:12", "brunch tmrw?? lady marmalade 11?"),
    ("me", "2025-07-26 10:30", "yesss. i'll be 10 min late, you know me"),
    ("friend1", "2025-07-26 10:31", "lol obviously 😂"),
])
C("genuine", "friend", "en", "book club reminder", [
    ("friend2", "2026-01-08 20:00", "Book club moved to my place on the 22nd! Still reading the Miriam Toews one. Bring snacks not wine, Ruth already said she's bringing 4 bottles 🍷"),
])
C("genuine", "applicant", "en", "genuine candidate message that landed in SPAM", [
    ("spam_cand", "2025-12-15 07:20", "Dear Ms. Tavares,\n\nI applied for the Inventory Control Supervisor role at your Mississauga distribution centre (req #4471). I have 6 years in logistics, including cycle counting and WMS migration at a 3PL. I wanted to confirm my application was received, since the portal showed an error.\n\nKind regards,\nKwame Mensah"),
], folder="SPAM")
C("genuine", "hiring_genuine", "en", "she approaches a TA candidate, two-way", [
    ("me", "2025-07-14 08:10", "Hi Elena, thanks for connecting. I'm building out a Talent Acquisition Lead role on my team – high-volume, 48 stores plus the DC. A couple of people mentioned your name. Would you be open to a confidential chat?"),
    ("cand_out", "2025-07-14 12:45", "Hi Marisol, thank you for thinking of me! I'm fairly happy where I am but always open to a conversation. What's the salary range?"),
    ("me", "2025-07-14 13:30", "$95-110k plus bonus. Coffee next week?"),
    ("cand_out", "2025-07-14 14:02", "That works. Wednesday after 4?"),
])
C("genuine", "owner_inquiry", "en", "she asks scheduling vendor for a quote (hard: pricing, call)", [
    ("me", "2026-03-03 10:15", "Hi Adam, we're looking at scheduling tools for ~2,100 employees across 48 stores. Could you send ballpark pricing and whether you integrate with Workday?"),
    ("sched_vendor", "2026-03-03 15:30", "Hi Marisol, thanks for reaching out! Yes, we have a certified Workday integration. At your size, pricing would land around $3.10-3.60 per employee per month depending on modules. A 30-minute call would help me tailor a proposal – would Thursday work?"),
    ("me", "2026-03-04 08:20", "Thursday 2pm works. Please include the integration specialist."),
])
C("genuine", "colleague", "en", "store manager asks about leave policy for an employee", [
    ("store_mgr", "2025-11-27 18:45", "Hi Marisol, sorry for the LinkedIn msg, my email is acting up. One of my keyholders needs 3 weeks off in Jan for family caregiver leave. Do I need a doctor's note up front or can she send it after? Don't want to get this wrong."),
    ("me", "2025-11-27 19:30", "Hi Luis, good question – she can provide it after, no need to hold up the request. I'll send you the leave checklist tomorrow morning."),
])
C("genuine", "vendor_existing", "en", "employment lawyer on an ongoing file", [
    ("counsel", "2026-06-09 16:15", "Marisol – the other side came back on the Yorkdale matter. They're open to mediation in July. Can we schedule a call this week to discuss settlement authority? Also, our invoice for May is attached."),
], attachments={0: "https://www.linkedin.com/dms/ShawLindgren-invoice-May.pdf"})
C("genuine", "hiring_genuine", "en", "ex-colleague asks if she is hiring, to refer someone", [
    ("ex_coll", "2026-07-30 12:00", "Hey Marisol! Are you guys hiring in HR at all? I have a fantastic HR generalist on my team who is relocating to Barrie for family reasons and I'd hate to lose her to a random company. Happy to make an intro."),
    ("me", "2026-07-30 13:10", "Kevin, perfect timing – we have an HR Business Partner opening for the north region. Please intro!"),
])
C("genuine", "applicant", "en", "newcomer from Brazil asking for job advice, non-native English", [
    ("newcomer", "2026-05-11 09:00", "hello Marisol, thank you for accept. I arrive in Toronto 3 months ago from Brazil, i worked 8 years in retail sports store (gerente de loja, store manager). I apply in many places but no answer, maybe because no canadian experience. You think I can apply for assistant manager in Harbourline or is better start in sales associate? sorry my english"),
    ("me", "2026-05-11 12:20", "Hi Rafael, welcome to Canada! Your English is fine. Please apply for the ASM postings – 8 years of store management counts. Send me your name once you apply and I'll make sure a recruiter looks at it."),
    ("newcomer", "2026-05-11 12:40", "thank you so much!! 🙏"),
])
C("genuine", "colleague", "en", "group chat organising charity run team", [
    ("run_a", "2026-08-04 11:00", "Hi both! Registration for the Waterfront 5K closes Friday. We have 23 people signed up for Team Harbourline so far 🏃"),
    ("run_b", "2026-08-04 11:20", "Amazing. Marketing can do the shirts again. Marisol, are you running or cheering this year?"),
    ("me", "2026-08-04 12:00", "Running! Slowly. Nadia please add me."),
])
C("genuine", "partner_business", "en", "mall property manager offers space for a hiring event", [
    ("mall", "2025-12-01 10:30", "Hi Marisol, George from Sherway here. Your store team mentioned you'll need about 60 hires for the new location. We can offer the community room in the mall for a two-day hiring event in January at no cost to tenants. Let me know the dates you prefer."),
    ("me", "2025-12-01 15:00", "That's very generous, George! January 14-15 would be ideal."),
])
C("genuine", "thanks_congrats", "en", "student thanks her after career fair", [
    ("student", "2026-10-09 08:30", "Hi Ms. Tavares, thank you for taking time to talk to me at the Lakeshore career fair yesterday. Your advice about asking for cross-training in my part-time job was really helpful. I've applied for the HR co-op posting!\nChloe"),
])
C("genuine", "friend", "en", "ex-colleague proposes coffee", [
    ("coffee", "2026-10-20 13:20", "Marisol! It's been forever. Are you around for coffee the week of Nov 3? I want to hear about the new stores and I have gossip 😄"),
    ("me", "2026-10-20 17:00", "YES. Thursday the 6th?"),
])
C("genuine", "owner_inquiry", "en", "RFP reply from LMS vendor with pricing and call ask (hard)", [
    ("me", "2026-06-02 10:00", "Hi Mark, we've included LearnTrail in our RFP for a learning platform for store employees. Deadline for written responses is June 20. Documents are attached."),
    ("rfp_vendor", "2026-06-19 17:45", "Hi Marisol, our response is submitted. In short: mobile-first, French and English, $4.20 per active user/month, no setup fee for 2,000+ users. Could we get 20 minutes with your team to demo the store manager dashboard?"),
    ("me", "2026-06-22 09:00", "Thanks Mark. Shortlisted vendors will be notified by July 3."),
], attachments={0: "https://www.linkedin.com/dms/Harbourline-LMS-RFP-2026.pdf"})

# ================================================================= WANTED PITCHES
C("wanted_pitch", "tailored_relevant_pitch", "en", "scheduling vendor cites her predictable-schedules post and Ottawa turnover", [
    ("w_sched", "2025-11-12 10:20", "Hi Marisol,\n\nYour post about moving store schedules to two weeks' notice stuck with me, especially the part where Ottawa stores lost 40% of seasonal hires before Christmas because shifts changed last minute. We built RosterLoop for exactly that: managers publish two weeks out, associates swap shifts between themselves within rules you set, and you see which stores break the notice window. Outdoor and sporting goods chains of 30-60 stores are our typical customer; we have a Workday connector.\n\nIf it's useful, I can run your last holiday schedule (anonymized) through it and show you where the late changes came from. No call needed unless you want one.\n\nHannah"),
    ("me", "2025-11-13 08:30", "Hi Hannah, that would actually be interesting. Let me check with Derek what we can share."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "high-volume hiring vendor references her 90-day turnover numbers", [
    ("w_volume", "2025-10-06 09:00", "Hi Marisol,\n\nIn your post you said 90-day turnover went from 48% to 31% after you started calling applicants within 48 hours. The bottleneck you mentioned was store managers not having time to call. QuickHire lets applicants book their own interview slot by text in the managers' calendars; a 30-store grocery chain in Manitoba cut time-to-interview from 6 days to 1.5. For your 900 seasonal hires, I think it could help most in the Ottawa and Barrie stores.\n\nHappy to send the Manitoba case study.\n\nDarnell"),
])
C("wanted_pitch", "tailored_relevant_pitch", "mixed", "French training provider for Ottawa/Gatineau bilingual stores", [
    ("w_french", "2025-06-24 11:45", "Bonjour Marisol,\n\nJ'ai vu votre publication sur la difficulté de recruter des associés bilingues pour vos magasins d'Ottawa. In English in case that's easier: we run workplace French courses for retail staff, 45 minutes twice a week in the break room, focused on exactly what associates say on the floor. Three of your competitors' stores in the Rideau Centre use us. We could start with a pilot at Kanata and Rideau.\n\nBien à vous,\nGeneviève Roy"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "newcomer employment non-profit offers a hiring partnership", [
    ("w_newcomer", "2025-08-18 10:00", "Hi Marisol,\n\nThank you for connecting. I saw on your careers page that the Mississauga DC is hiring 40 warehouse associates for fall. We work with newcomers who already hold forklift certification from their home countries and help them get the Ontario equivalent. Our placement program is free for employers (government funded), and we do the first screening. Would you be open to a pilot with 8-10 candidates?\n\nAbdi"),
    ("me", "2025-08-19 09:15", "Hi Abdi, yes – please contact Gurpreet and Nadia, I'll let them know."),
])
C("wanted_pitch", "tailored_recruiter", "en", "executive recruiter with a specific CHRO role matching her succession program", [
    ("w_recruit", "2026-05-26 12:00", "Dear Marisol,\n\nI'm retained by a family-owned grocery chain (62 stores, Ontario and Maritimes) to find their first Vice President, People. The board specifically wants someone who has built a store manager pipeline from within; Patricia Moreau mentioned your 'Lead the Floor' program and that 70% of your new store managers now come from it. Compensation is well above a director level and includes equity participation.\n\nWould you be open to a confidential conversation, even if only to hear more?\n\nClaire Whitmore"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "forklift safety trainer references the DC's JHSC post", [
    ("w_safety", "2026-01-22 08:30", "Hi Marisol,\n\nYou shared that your Mississauga DC's Joint Health & Safety Committee flagged forklift near-misses during peak season, mostly with new seasonal operators. We do on-site forklift refresher and pedestrian-awareness training in 3-hour blocks on night shift, so you don't lose a day of picking. I'd suggest starting before your February inventory count.\n\nRay Kowalczyk"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "onboarding micro-learning founder cites her summit talk", [
    ("w_onboard", "2026-04-22 09:00", "Hi Marisol,\n\nThank you for connecting! At the Summit you said new hires quit in week 2 because nobody shows them the stockroom or the till refunds. We built Floorstart: 3-minute videos shot in the actual store that a new hire watches on their phone before each first shift. We'd film at one Harbourline store for free so you can judge whether it moves your week-2 numbers.\n\nYasmin"),
])
C("wanted_pitch", "research_collaboration", "en", "university researcher offers free exit-interview study", [
    ("w_research", "2025-03-18 15:15", "Dear Ms. Tavares,\n\nI'm a researcher studying why part-time retail workers leave in their first three months. Your interview in Canadian Retail Wire mentioned that Harbourline runs exit surveys at all 48 stores. Would you consider a research partnership? We would analyze anonymized exit data at no cost and share the findings with you before publication. Ethics approval is in place.\n\nKind regards,\nLiam O'Connor"),
    ("me", "2025-03-19 10:00", "Dear Dr. O'Connor, this is of real interest. Let's set up a call with our legal team to discuss data sharing."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "benefits advisor analysis of part-time eligibility from her careers page", [
    ("w_benefits", "2026-06-30 11:10", "Hi Marisol,\n\nYour careers page says Harbourline offers benefits to part-timers after 12 months with 20+ hours a week. That's rare in retail and I think it's under-used as a hiring message. I specialize in plans for part-time retail workforces and could show you how two chains structured a cheaper health spending account for part-timers from month 3. Happy to send a two-page comparison.\n\nNicole"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "assessment-centre designer cites her 'Lead the Floor' program", [
    ("w_leader", "2025-12-16 14:40", "Marisol,\n\nI read the Retail People Summit recap about 'Lead the Floor'. You mentioned you still choose participants on their managers' recommendation and want something fairer. We design one-day assessment centres for retail (a staffing exercise, a difficult conversation role-play, a P&L case) and train your RMs as assessors. I'd be glad to show you the version we built for a 35-store pharmacy chain.\n\nGrant Holloway"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "AODA training tailored to her three store openings", [
    ("w_aoda", "2026-02-03 10:05", "Hi Marisol, congrats on the three new stores opening this spring. Under the AODA customer service standard every new associate needs accessibility training before they work with customers. We offer a 25-minute retail-specific module in English and French that plugs into your LMS and logs completion. For 180 new hires, that's a flat $1,100. Would that be useful for the openings?\n\nMei"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "film-maker references her 'Trail Crew' hiring campaign", [
    ("w_video", "2026-08-25 10:00", "Hi Marisol,\n\nI walked past your Queen Street store last week and saw the 'Join the Trail Crew' hiring posters. They're great but the QR code leads to a generic job board page. We make 60-second employee stories for retail recruiting: one associate, one real shift, no actors. For the holiday campaign, two stories (a stockroom night and a weekend climbing-gear fitting) could go straight onto that landing page. Budget range $6-8k for both.\n\nJasper"),
    ("me", "2026-08-26 09:20", "Funny, our marketing team said the same about that page. Can you send examples?"),
    ("w_video", "2026-08-26 09:45", "Absolutely – three links coming by email."),
])

x.write(
    Path(__file__).resolve().parents[1] / SLUG,
    {"First Name": "Marisol", "Last Name": "Tavares",
     "Headline": "Director, Human Resources at Harbourline Outfitters | Frontline hiring, retention & store leadership",
     "Summary": "I lead HR for Harbourline Outfitters, an outdoor retailer with 48 stores in Ontario and a distribution centre in Mississauga (about 2,100 people). I care about hourly workers getting predictable schedules, real training and a path to store management.",
     "Industry": "Retail", "Geo Location": "Toronto, Ontario, Canada"},
    [
        {"Company Name": "Harbourline Outfitters", "Title": "Director, Human Resources",
         "Description": "HR for 48 stores and one DC: talent acquisition, employee relations, learning, total rewards.",
         "Location": "Toronto, Ontario", "Started On": "Apr 2019", "Finished On": ""},
        {"Company Name": "Northgate Pharmacy Group", "Title": "Senior HR Business Partner", "Description": "",
         "Location": "Toronto, Ontario", "Started On": "Jun 2013", "Finished On": "Mar 2019"},
    ],
    ["Talent Acquisition", "High-volume Hiring", "Employee Relations", "Workday", "Ontario ESA",
     "Workforce Planning", "Leadership Development", "Retail Operations"],
)
print(x.summary())

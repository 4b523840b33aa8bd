"""dev35 persona 1: Ifeoma Balogun, founder of Ogene Studio, a 15-person mobile app agency
in Yaba, Lagos, with clients in the UK and US. 2024 export layout, English only.

All messages are invented and written by hand for this corpus. Run this script to regenerate
../en-mobile-app-agency-founder-lagos/ byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-mobile-app-agency-founder-lagos"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Ifeoma Balogun", "https://www.linkedin.com/in/ifeoma-balogun-ogene",
               "Ogene Studio Ltd", "Founder & CEO")
ex = Export(SLUG, "2024", owner)
P = ex.person
C = ex.conv

# ------------------------------------------------------------------ people: genuine side
P("tobi", "Tobi Adewale", "Ogene Studio Ltd", "Lead Android Engineer", connected="2019-03-11")
P("kemi", "Oluwakemi Ogunleye", "Ogene Studio Ltd", "Operations Manager", connected="2020-01-06")
P("dapo", "Dapo Fashola", "Ogene Studio Ltd", "Senior iOS Engineer", connected="2021-07-19")
P("harriet", "Harriet Lowe", "Pennyworth Money", "Head of Product", connected="2022-05-03",
  email="harriet@pennyworth.example")
P("marcus", "Marcus Whitfield", "Cadence Health Inc.", "CEO & Co-founder", connected="2022-09-14")
P("sibu", "Sibusiso Dlamini", "Ogene Studio Ltd", "QA Lead (contract)", connected="2023-02-02")
P("rachel", "Rachel Obi-Hart", "Hartwell Foundation", "Programmes Director", connected="2024-02-27")
P("kwame", "Kwame Asante", "Sankofa Digital (Accra)", "Managing Partner", connected="2021-11-30")
P("yinka", "Yinka Oladipo", "TalentBridge Africa", "Senior Tech Recruiter", connected="2023-10-09")
P("chuka", "Chukwuebuka Nnaji", "", "Flutter Developer", connected="2024-03-12")
P("amara", "Amarachi Eze", "University of Lagos", "Computer Science student", connected="2024-01-21")
P("segun", "Segun Akinola", "Baobab Angels", "Angel investor", connected="2020-06-18")
P("ngozi", "Ngozi Umeh", "Yaba Launchpad Hub", "Community Lead", connected="2019-09-02")
P("lola", "Lola Martins", "TechSavannah", "Reporter", connected="2024-04-15")
P("bisi", "Bisi Adekunle", "", "Mobile developer", connected="2024-05-26")
P("femi", "Femi Oyebanji", "Paystride", "Engineering Manager", connected="2024-05-26")
P("zainab", "Zainab Musa", "", "Product designer", connected="2024-05-27")
P("oliver", "Oliver Grant", "Northgate NHS Trust Digital", "CTO", connected="2024-06-03")
P("nneka", "Nneka Chukwu", "Independent consultant", "Former colleague", connected="2018-04-10")
P("jason", "Jason Park", "Loopline Labs", "Founder", connected="2024-03-20")
P("eniola", "Eniola Badmus", "Former Androxa", "VP Engineering", connected="2017-08-15")
P("chioma", "Chioma Okafor", "", "Friend", connected="2016-12-01")
P("dele", "Dele Odunsi", "Odunsi & Partners Chartered Accountants", "Partner", connected="2019-01-28")
P("funmi", "Funmilayo Ajayi", "She Codes Naija", "Founder", connected="2020-10-12")
P("victor", "Victor Ekpo", "GDG Lagos", "Organiser", connected="2018-11-05")
P("tunde", "Tunde Bakare", "Zenpay (Lagos)", "Mobile Engineer", connected="2021-06-01")
P("sam", "Samuel Reid", "Loopline Labs", "Head of Ops", connected="2024-03-20")
P("hauwa", "Hauwa Bello", "Yaba Workspace Co.", "Membership Manager", connected="2021-02-15")
P("wale", "Wale Adebayo", "", "Android Engineer", connected="2022-08-08")
P("ada_law", "Adaora Nwosu", "Nwosu Legal", "Principal Counsel", connected="2022-03-01")
P("ibrahim", "Ibrahim Sule", "UK-Nigeria Tech Link", "Programme Manager", connected="2023-05-22")
P("toyin", "Toyin Afolabi", "Yaba College of Technology", "Lecturer, Computer Science", connected="2023-01-09")
P("priya", "Priya Raman", "Cadence Health Inc.", "Finance Lead", connected="2023-03-10")
P("devcloud", "Mara Jennings", "StackHive Device Cloud", "Account Manager", connected="2022-01-17")
P("kofi", "Kofi Mensah", "Ogene Studio Ltd", "Backend Engineer", connected="2022-11-01")

# ------------------------------------------------------------------ people: wanted pitches
P("w_cloud", "Ayodele Coker", "Nimbus Cost Advisory", "Cloud FinOps Consultant", connected="2024-04-02")
P("w_device", "Emeka Obiora", "LowEnd Device Lab", "Co-founder", connected="2024-05-29")
P("w_recruit", "Hadiza Garba", "KotlinWorks Talent", "Recruiter", connected="2024-02-12")
P("w_fx", "Seun Alabi", "Kora Receivables Ltd", "Partnerships", connected="2024-03-04")
P("w_copy", "Grace Ibe", "", "Freelance UX writer")
P("w_design", "Tom Ashby", "Fieldnote Design (London)", "Design Director", connected="2024-04-22")
P("w_tender", "Musa Danjuma", "ClearGate Compliance", "NDPR Compliance Lead")
P("w_ci", "Lars Holm", "Runway CI", "Developer Relations")
P("w_insure", "Bukola Shittu", "Harbour Risk Brokers (Lagos)", "Commercial Insurance Broker", connected="2024-06-12")
P("w_solar", "Obinna Eze", "Sunhaus Energy", "Commercial Solar Engineer", connected="2024-01-30")
P("w_crash", "Dana Whitlock", "Tracebit", "Solutions Engineer")
P("w_payroll", "Kelechi Amadi", "PayePal HR Services", "Payroll & Pension Advisor", connected="2024-02-20")

# ------------------------------------------------------------------ people: junk
P("j_seo", "Rahul Mehta", "RankRise Digital", "Growth Consultant")
P("j_lead", "Brandon Cole", "PipelineForge", "Founder")
P("j_land", "Chinedu Obi", "Lekki Gardens Estate Ltd", "Real Estate Consultant")
P("j_crypto", "Alex Monroe", "AlphaSignals Pro", "Trading Mentor")
P("j_offshore", "Vikram Singh", "CodeCraft Offshore", "Business Development Manager")
P("j_whitelabel", "Oksana Bilyk", "DevSquad Europe", "Partnership Manager")
P("j_capacity", "Kevin Hart", "SalesLift Agency", "Outreach Specialist")
P("j_likeminded", "Grant Holloway", "", "Serial Entrepreneur | Visionary | Speaker")
P("j_15min", "Megan Foster", "ScaleOps", "Account Executive")
P("j_ctp1", "Daniel Oyelaran", "Prime Growth Partners", "Business Coach",
  connected="2024-03-05", invite=("IN", "2024-03-05 09:12", "Hi Ifeoma, love what you're building at Ogene! Would be great to connect."))
P("j_ctp2", "Stephanie Cruz", "BrandLoom", "Brand Strategist",
  connected="2024-04-18", invite=("IN", "2024-04-18 15:40", ""))
P("j_ctp3", "Olamide Ajibola", "Wealthbridge Capital", "Investment Advisor",
  connected="2024-06-20", invite=("IN", "2024-06-20 08:02", "Fellow Lagosian in tech, let's connect"))
P("j_ctp4", "Ryan Mitchell", "HireStack", "Talent Partner",
  connected="2024-07-08", invite=("IN", "2024-07-08 13:30", ""))
P("j_bump", "Jessica Tran", "Appreneur Marketing", "Partnerships Lead")
P("j_tpl1", "Marco Bellini", "Nexa Outsourcing", "Director of Partnerships")
P("j_tpl2", "Sandeep Rao", "BrightBridge Tech", "VP Sales")
P("j_tpl3", "Emily Carter", "ClientConnect Global", "Partnerships Manager")
P("j_tpl4", "Ahmed Farouk", "NileBridge Digital", "Head of Alliances")
P("j_tpl5", "Liam O'Connor", "Fairway Referrals", "Founder")
P("j_merge1", "Nathan Brooks", "Uplift Leads", "SDR")
P("j_merge2", "Sophie Lin", "CloudMigrate", "Account Executive")
P("j_merge3", "Tariq Hussain", "Zenith Apps", "Business Development")
P("j_merge4", "Paul Edwards", "GrowthHack Media", "Consultant")
P("j_award", "Victoria Adams", "Africa Business Excellence Awards", "Nominations Director")
P("j_feature", "Hannah Blake", "Global CEO Digest", "Editorial Partnerships")
P("j_podcast", "Mike Duval", "Founders Unfiltered Podcast", "Host & Producer")
P("j_fluent", "Claire Whitman", "Meridian Growth Co.", "Strategic Partnerships")
P("j_cloudgen", "Steve Marshall", "CloudSavers", "Sales Director")
P("j_recruitgen", "Priyanka Shah", "GlobalHire Solutions", "Talent Acquisition")
P("j_fxgen", "Daniel Kim", "PayGlobe", "Business Development")
P("j_designgen", "Arjun Nair", "PixelPerfect Studio", "Creative Director")
P("j_qagen", "Olga Petrova", "TestRight QA", "Sales Manager")
P("j_solargen", "Ikenna Udeh", "PowerPlus Solar", "Sales Executive")
P("j_books", "Rebecca Stone", "LedgerLight Bookkeeping", "Client Success")
P("j_hair", "Blessing Nwankwo", "Luxe Virgin Hair Lagos", "CEO")
P("j_mba", "Jonathan Price", "Executive Leadership Academy", "Admissions Advisor")
P("j_insgen", "Fatima Yusuf", "SecureLife Assurance", "Financial Advisor")
P("j_broker", "Derek Lawson", "AppDealFlow", "Managing Director")
P("s_aws", "CloudRocket", "", "", url="https://www.linkedin.com/company/cloudrocket-hosting")
P("s_mba", "Westbury Business School", "", "", url="https://www.linkedin.com/company/westbury-business-school")

# ================================================================== GENUINE
C("genuine", "client_quote_request", "en",
  "UK fintech client asks for a quote for phase 2; price talk with an existing client", [
      ("harriet", "2024-05-06 10:14", "Morning Ifeoma! Board signed off on phase 2 of the Pennyworth app yesterday 🎉 "
       "We want the savings pots + the open banking link for Monzo/Starling customers. Could you put together a quote "
       "and a rough timeline? Ideally I'd have something before our exec meeting on the 16th."),
      ("me", "2024-05-06 11:02", "Harriet that's brilliant news, congrats to the whole team! Yes, I'll get Tobi and "
       "Dapo to size it this week. Quick q: do you want us to keep the same day rate structure as phase 1 or a fixed price this time?"),
      ("harriet", "2024-05-06 11:20", "Fixed price if you can, finance prefers it. Happy to pay a bit of a premium for the certainty tbh."),
      ("me", "2024-05-10 17:45", "Sent the proposal to your email just now. Fixed price £68,400 for both features, 14 weeks, "
       "with a 10% contingency we only draw on if the open banking provider changes their API again 🙃. Let me know when you want to walk through it."),
      ("harriet", "2024-05-13 09:03", "Got it, reading now. Might push back a little on the contingency but overall looks right. Call Weds 3pm UK?"),
      ("me", "2024-05-13 09:10", "Weds 3pm UK works. Talk then!"),
  ])

C("genuine", "client_contract_renewal", "en",
  "US client renews the retainer; talks about SOW, rates and invoice timing", [
      ("marcus", "2024-01-08 16:30", "Happy new year Ifeoma! We're renewing the maintenance retainer for the Cadence app. "
       "Legal will send the new SOW. One ask: can we move from 40 to 60 hours a month from Feb? The clinic rollout in Texas is going to be busy."),
      ("me", "2024-01-08 17:15", "Happy new year Marcus! Yes we can do 60. Our 2024 rate goes to $48/hr (was $45) — "
       "I flagged that in Nov. I'll ask Kemi to update the SOW draft so your legal has one doc."),
      ("marcus", "2024-01-09 14:02", "$48 is fair. Send it over. Priya will handle the invoices as usual."),
  ])

C("genuine", "vendor_price_change", "en",
  "existing device-testing vendor announces a price change to a current customer", [
      ("devcloud", "2024-02-19 12:00", "Hi Ifeoma, hope all is well in Lagos. Heads up before it goes out by email: from 1 April "
       "the Team plan you're on moves from $199 to $249/month, because we're adding the new Samsung A-series and Tecno devices "
       "you asked for last year. As an existing customer you can lock the old price for 12 months if you switch to annual "
       "before 31 March. Happy to jump on a call if you want to compare plans."),
      ("me", "2024-02-20 08:41", "Thanks for the heads up Mara. Annual at the old price sounds good, please send the invoice "
       "in USD to accounts@ and Kemi will sort it."),
      ("devcloud", "2024-02-20 15:10", "Done — invoice sent. Thanks for sticking with us!"),
  ])

C("genuine", "inbound_lead_buyer", "en",
  "UK charity wants to commission an app from the agency; inbound buyer asking for rates", [
      ("rachel", "2024-02-28 13:22", "Hello Ifeoma, thanks for accepting. Our trustee Femi Ade pointed me to you. "
       "We're a small foundation in Leeds that runs mentoring for young carers and we'd like a simple app "
       "(check-ins, messaging with mentors, safeguarding reporting). Budget is modest, around £25-30k. "
       "Is that a project Ogene would take on, and what would you need from us to give an estimate?"),
      ("me", "2024-02-28 14:05", "Hi Rachel, lovely to hear from you and thanks to Femi for the intro! Yes, absolutely the kind of work we love. "
       "Could you share any safeguarding policy you already have and a list of who'd use the app (young people, mentors, staff)? "
       "Then I can do a 30 min discovery call and send a ballpark within a week."),
      ("rachel", "2024-02-29 10:48", "Perfect. I'll email the policy today. Tuesday 11am UK for the call?"),
      ("me", "2024-02-29 11:30", "Tuesday 11am works, I'll send an invite."),
  ])

C("genuine", "peer_joint_offer", "en",
  "peer agency in Accra proposes a joint bid and revenue split for a bank project", [
      ("kwame", "2024-03-18 09:05", "Ife! How far? Listen, a regional bank (HQ in Accra, branches in Lagos and Abidjan) "
       "wants a new mobile banking app. They asked us but it's too big for my team alone and they want a Nigerian partner "
       "for the Lagos rollout. Would you do a joint proposal with us? I was thinking 55/45 split, you lead mobile, we lead backend + integration."),
      ("me", "2024-03-18 10:20", "Kwame!! I'm very interested. 55/45 sounds reasonable if the scope split is what you said. "
       "Let's get a proper teaming agreement though, remember the wahala with the Abidjan bank job in 2021 😅"),
      ("kwame", "2024-03-18 10:31", "Haha I remember. Yes, teaming agreement first. I'll send a draft. Deadline for the RFP is 12 April."),
  ])

C("genuine", "recruiter_engaged", "en",
  "recruiter the owner engaged to hire a senior iOS engineer sends shortlist and fee terms", [
      ("me", "2023-10-10 12:00", "Hi Yinka, thanks for the chat yesterday. As discussed, we need a senior iOS engineer (SwiftUI, ideally fintech experience), "
       "remote within Nigeria, budget up to ₦1.6m/month. Please go ahead."),
      ("yinka", "2023-10-10 12:40", "Thanks Ifeoma. Confirming our fee is 15% of first-year gross, payable 50% on acceptance and 50% after 60 days. "
       "I'll send a shortlist within two weeks."),
      ("yinka", "2023-10-24 17:05", "Shortlist is in your inbox: 4 candidates. I'd look at Dapo Fashola first, strong SwiftUI and he did the Zenpay payments flows. "
       "Available for interviews Thursday/Friday."),
      ("me", "2023-10-25 08:30", "Seen, Dapo and Halima look great. Let's do Thursday."),
  ])

C("genuine", "job_applicant", "en",
  "junior Flutter developer applies for a role; owner answers", [
      ("chuka", "2024-03-13 21:14", "Good evening ma. I saw on your company page that Ogene is hiring a junior Flutter developer. "
       "I finished a 9-month bootcamp last year and have 2 apps on Play Store (a campus bus tracker and a small POS app for my uncle's shop). "
       "I have attached my CV and GitHub. I would be very grateful for a chance to interview. Thank you ma."),
      ("me", "2024-03-14 08:20", "Hi Chukwuebuka, thanks for reaching out. Please send the CV to careers@ogenestudio.ng too so it's in our tracker. "
       "The bus tracker is a nice touch, Kemi will be in touch about a take-home task."),
      ("chuka", "2024-03-14 08:35", "Thank you so much ma, I have sent it now."),
  ], attachments={0: "https://www.linkedin.com/dms/chuka-cv-2024.pdf"})

C("genuine", "internship_request", "en",
  "Unilag student asks for SIWES internship placement", [
      ("amara", "2024-01-22 10:00", "Hello Ms Balogun, my name is Amarachi, 300L Computer Science at Unilag. I need a 6-month SIWES placement "
       "from June and I'd really like to learn mobile dev in a real agency. I can do basic Kotlin and I'm learning Jetpack Compose. "
       "Is there any chance Ogene takes interns this year?"),
      ("me", "2024-01-23 19:10", "Hi Amarachi! We take 2 SIWES students a year. Applications open in March, keep an eye on our page. "
       "Do a small Compose project before then, it helps a lot."),
      ("amara", "2024-01-23 19:25", "Thank you! Will do 🙏🏾"),
  ])

C("genuine", "colleague_internal", "en",
  "team lead asks about a client escalation and a release plan", [
      ("tobi", "2024-06-11 22:47", "Ife sorry for late msg. Pennyworth build 3.4.1 got rejected by Google for the SMS permission again. "
       "I think we need to drop the SMS retriever fallback. Can I tell Harriet tomorrow or do you want to?"),
      ("me", "2024-06-11 23:02", "Tell her, you know the details better. Copy me. And go and sleep abeg 😂"),
      ("tobi", "2024-06-11 23:03", "Lol ok boss"),
  ])

C("genuine", "freelancer_invoice", "en",
  "contract QA lead sends invoice and asks about availability", [
      ("sibu", "2024-04-30 15:20", "Hi Ifeoma, invoice for April attached (62 hrs). Also, I'm off 20-24 May for my sister's wedding in Durban, "
       "so I'll front-load the Cadence regression run that week."),
      ("me", "2024-05-02 09:00", "Thanks Sibu, paid today. Enjoy the wedding! Front-loading is perfect."),
  ], attachments={0: "https://www.linkedin.com/dms/invoice-sd-2024-04.pdf"})

C("genuine", "investor_update", "en",
  "long-standing angel investor asks for the quarterly update", [
      ("segun", "2024-04-08 07:55", "Morning Ife. Q1 numbers? Also how is the FX situation affecting you, saw the naira did its thing again."),
      ("me", "2024-04-08 09:30", "Morning Segun! Q1 revenue $212k, up 18% on Q4. FX is honestly helping on costs since most revenue is USD/GBP, "
       "but salaries had to be adjusted twice. Full update by Friday."),
      ("segun", "2024-04-08 09:41", "Good. Proud of you. Let's do lunch when I'm back from Abuja."),
  ])

C("genuine", "event_invite_from_contact", "en",
  "tech hub community lead invites her to speak on a panel at demo day", [
      ("ngozi", "2024-05-02 14:10", "Ifeoma my darling! Demo day is 25 May at the hub. Would you be on the panel 'Building for export: "
       "Nigerian agencies with foreign clients'? 30 mins, then small chops 😄"),
      ("me", "2024-05-02 15:00", "For you Ngozi, anything. Count me in. Who else is on it?"),
      ("ngozi", "2024-05-02 15:12", "Femi from Paystride and maybe Kwame from Accra on video. I'll send details."),
  ])

C("genuine", "journalist_request", "en",
  "tech journalist asks for comment on FX and agencies", [
      ("lola", "2024-04-16 11:30", "Hi Ifeoma, I'm writing a piece for TechSavannah on how Nigerian dev agencies handle dollar payments after the "
       "FX changes. Could I get 3-4 sentences from you, or a 10-min call? Deadline Thursday."),
      ("me", "2024-04-16 13:05", "Hi Lola, happy to. Call tomorrow 10am? Please don't quote our revenue figures though."),
      ("lola", "2024-04-16 13:20", "Of course. 10am it is, thank you!"),
  ])

C("genuine", "thank_you_after_talk", "en",
  "thank-you note after her demo day panel (1 of 3 near-duplicates)", [
      ("bisi", "2024-05-26 09:12", "Thank you for your talk yesterday at Yaba Launchpad, ma. The part about pricing in dollars but paying costs in naira was so real. "
       "Learnt a lot!"),
  ])
C("genuine", "thank_you_after_talk", "en",
  "thank-you note after her demo day panel (2 of 3 near-duplicates)", [
      ("femi", "2024-05-26 10:40", "Thanks for the great panel yesterday Ifeoma, really enjoyed sharing the stage. Your point about scoping "
       "in writing before any UK call is gold. Let's catch up soon."),
      ("me", "2024-05-26 12:00", "Thank you Femi! It was fun. Yes let's do coffee."),
  ])
C("genuine", "thank_you_after_talk", "en",
  "thank-you note after her demo day panel (3 of 3 near-duplicates)", [
      ("zainab", "2024-05-27 08:05", "Hi Ifeoma, thank you for the talk on Saturday at the Launchpad! I learnt so much, especially the bit on pricing in dollars. "
       "Would love to connect."),
  ])

C("genuine", "client_intro_spam_folder", "en",
  "new CTO of an NHS trust digital team introduces himself; landed in SPAM", [
      ("oliver", "2024-06-04 09:30", "Dear Ifeoma, I've just joined Northgate's digital team as CTO and inherited the patient appointments app your team built. "
       "I'd like to understand the roadmap and the support contract before our budget round in July. Could we set up an intro call next week?"),
  ], folder="SPAM")

C("genuine", "owner_reaches_out_old_colleague", "en",
  "owner started: asks a former colleague for a referral to a bank", [
      ("me", "2024-02-05 18:20", "Nneka! Long time. Hope you and the twins are well. Quick one: you're still close to people at the bank "
       "you consulted for last year? We're bidding on their app revamp and I'd love 15 mins with someone on the digital team."),
      ("nneka", "2024-02-06 07:40", "Ife!!! Twins are wahala but fine 😂 Yes, I'll connect you with Chidi, he's head of digital channels now. Give me a day."),
      ("me", "2024-02-06 08:00", "You're a star. Thank you!"),
  ])

C("genuine", "owner_follow_up_prospect", "en",
  "owner started: follows up with a US founder met at a London event", [
      ("me", "2024-03-21 10:15", "Hi Jason, great meeting you at the Africa tech side event in London. As promised, here's our case study for the "
       "logistics app we built for a Birmingham client. Happy to chat about Loopline whenever suits."),
      ("jason", "2024-03-22 16:48", "Thanks Ifeoma! Impressive work. We're finalising our seed round, I'll come back to you in May when we're ready to build the driver app."),
      ("jason", "2024-05-14 15:02", "Hey Ifeoma, as promised! Round closed. Can you send a proposal for the driver app? I'm looping in Sam who runs ops."),
      ("sam", "2024-05-14 15:30", "Hi Ifeoma, Sam here. Main thing for us is offline-first, our drivers lose signal a lot in rural Ohio."),
      ("me", "2024-05-14 17:00", "Congrats on the round! Offline-first is our bread and butter, we build for Lagos traffic and network 😄 Proposal by next Tuesday."),
  ], attachments={0: "https://www.linkedin.com/dms/ogene-case-study-logistics.pdf"})

C("genuine", "long_standing_mentor", "en",
  "former boss checks in; long-standing contact", [
      ("eniola", "2024-01-15 20:00", "Happy birthday Ifeoma! Can't believe the shy intern from 2014 now runs a 15-person shop. Still owe you that suya."),
      ("me", "2024-01-15 21:10", "Oga Eniola!! Thank you sir 🙏🏾 I'll collect the suya, don't think I forgot."),
  ])

C("genuine", "friend_personal", "en",
  "university friend, personal small talk", [
      ("chioma", "2024-07-02 13:15", "Babe are you coming for Uju's introduction on the 20th? Aso-ebi is emerald green this time o. "
       "I can help you collect if you're busy."),
      ("me", "2024-07-02 13:40", "I'm coming!! Please collect for me, I'll send the money tonight. Emerald green, chai, my complexion will shine"),
      ("chioma", "2024-07-02 13:41", "😂😂 sent you the account details"),
  ])

C("genuine", "own_accountant", "en",
  "her own accountant about company tax filing and fees", [
      ("dele", "2024-05-20 11:00", "Good morning Ifeoma. CIT filing for 2023 is due end of June. We still need the bank statements for the "
       "dom account and the Q4 contractor invoices. Our fee stays at ₦850k for the year-end work, same as last year."),
      ("me", "2024-05-20 12:25", "Morning Dele. Kemi will send everything by Friday. Thanks for holding the fee!"),
  ])

C("genuine", "community_mentoring_request", "en",
  "founder of a women-in-tech group asks her to mentor", [
      ("funmi", "2024-02-08 09:30", "Hi Ifeoma! She Codes Naija cohort 6 starts in March. Would you mentor 3 ladies doing the mobile track? "
       "2 hours a month, online. No pressure if you're swamped."),
      ("me", "2024-02-08 10:12", "Yes! Put me down. Maybe mix levels so they learn from each other."),
  ])

C("genuine", "hackathon_judge_invite", "en",
  "GDG organiser she knows invites her to judge a hackathon", [
      ("victor", "2023-09-04 16:00", "Hey Ife, DevFest Lagos hackathon again this November. You judged so well last year, can we count on you? "
       "Same format, Saturday only."),
      ("me", "2023-09-05 07:50", "Count me in Victor. Send me the date once confirmed."),
  ])

C("genuine", "peer_tech_question", "en",
  "mobile engineer at a fintech asks a technical question, peer chat", [
      ("tunde", "2024-03-27 19:05", "Ife quick one, how are you guys handling Play Integrity API on the cheap Tecno phones? We're seeing "
       "false negatives on like 6% of devices."),
      ("me", "2024-03-27 19:30", "Same wahala here. We fall back to server-side checks + device binding for those. Tobi wrote a small note on it, I'll forward."),
      ("tunde", "2024-03-27 19:31", "Legend 🙌🏾"),
  ])

C("genuine", "client_finance_payment", "en",
  "US client's finance lead about a wire transfer and invoice details", [
      ("priya", "2024-02-12 14:15", "Hi Ifeoma, our bank is asking for the intermediary bank SWIFT for the Jan invoice. Can you confirm?"),
      ("me", "2024-02-12 15:00", "Hi Priya, just emailed the full wire instructions incl. the intermediary (Citibank NY). Sorry for the hassle!"),
      ("priya", "2024-02-13 13:40", "Received, payment released today."),
  ])

C("genuine", "coworking_price_change", "en",
  "existing coworking space announces a desk price increase", [
      ("hauwa", "2024-06-17 10:00", "Hi Ifeoma, just letting you know personally before the email goes out: from August, dedicated desks go from "
       "₦180k to ₦215k per month because of the diesel and power costs. Your team has 8 desks so I wanted to give you time to plan. "
       "If you commit to 6 months we can keep it at ₦195k."),
      ("me", "2024-06-17 11:20", "Thanks for telling me directly Hauwa. Let me talk to Kemi, we'll probably take the 6 months."),
  ])

C("genuine", "employee_resignation", "en",
  "developer gives notice, warm exchange", [
      ("wale", "2024-04-02 18:00", "Good evening Ifeoma. I wanted to tell you before HR: I've accepted an offer in Toronto and I'll be relocating in June. "
       "I will serve my full notice and do the handover properly. Thank you for everything, Ogene made me a real engineer."),
      ("me", "2024-04-02 18:45", "Wale, congratulations! Sad for us but very happy for you. Let's plan the handover next week. Japa well 😄"),
  ])

C("genuine", "lawyer_quote", "en",
  "lawyer she engaged sends a quote for contract templates", [
      ("me", "2024-01-29 09:15", "Hi Adaora, we need updated MSA and SOW templates that work for UK and US clients (governing law, IP assignment, NDPR). Can you quote?"),
      ("ada_law", "2024-01-30 14:40", "Hi Ifeoma, for MSA + SOW + a DPA addendum: ₦1.2m flat, two rounds of review, 3 weeks. Happy to start Monday if that works."),
      ("me", "2024-01-30 15:00", "Works. Please send the engagement letter."),
  ])

C("genuine", "trade_mission_invite", "en",
  "programme manager she knows invites her to a UK trade mission", [
      ("ibrahim", "2024-04-25 12:00", "Hi Ifeoma, the UK-Nigeria Tech Link mission to Manchester is on 9-13 Sept. We have 12 slots for "
       "Nigerian tech firms with existing UK clients. You'd be a great fit, want me to hold a slot? Flights are self-funded, the programme covers hotels."),
      ("me", "2024-04-25 14:30", "Please hold one! Pennyworth is in Manchester, so it would be perfect."),
  ])

C("genuine", "guest_lecture_request", "en",
  "lecturer invites her to give a guest lecture", [
      ("toyin", "2024-02-14 11:00", "Good morning Mrs Balogun. Our HND students would benefit so much from a guest lecture on how a real app project runs "
       "from quote to release. Would you consider coming to Yabatech one Thursday in March? We can't pay much but we'll feed you well."),
      ("me", "2024-02-14 12:10", "Good morning! I'd be happy to. Any Thursday after the 10th."),
  ])

C("genuine", "client_referral_group", "en",
  "existing client introduces her to another founder in a group thread", [
      ("marcus", "2024-06-24 17:00", "Ifeoma, meet Priya's old boss Dana — sorry, wrong Dana, meet Jason Park, no… ok let me start over 😅 "
       "Ifeoma, this is Samuel Reid, he runs ops at a startup my friend advises and they need a mobile team. Samuel, Ifeoma's team built our app, highly recommend."),
      ("sam", "2024-06-24 17:40", "Ha, Marcus, we've actually met! Ifeoma is already quoting our driver app. But thanks for the glowing reference, helps me sell it internally."),
      ("me", "2024-06-24 18:05", "Small world 😄 Thanks Marcus, I owe you one."),
  ], extra=["priya"])

C("genuine", "backend_engineer_question", "en",
  "team engineer asks for approval to buy tooling", [
      ("kofi", "2024-05-08 10:30", "Ife, can we upgrade the error-tracking plan? We're hitting the event quota every month since Cadence went live in Texas. It's +$80/month."),
      ("me", "2024-05-08 10:45", "Yes go ahead, put it under Cadence cost centre so we can pass it through."),
  ])

C("genuine", "operations_payroll", "en",
  "ops manager asks about salary review timing", [
      ("kemi", "2024-03-01 08:15", "Morning. Reminder that we promised the team a salary review in March because of inflation. "
       "I've prepared a sheet with two scenarios (15% and 22%). When can we sit?"),
      ("me", "2024-03-01 08:40", "Let's do Monday 10am. I'm leaning 22% for juniors, 15% for seniors. Let's see the numbers."),
  ])

C("genuine", "investor_intro_offer", "en",
  "angel offers to introduce her to a fund; owner cautious", [
      ("segun", "2024-06-28 19:30", "Ife, a friend at a London fund is looking at African services businesses that sell abroad. "
       "Not VC style, more revenue-based financing. Want an intro? No obligation."),
      ("me", "2024-06-29 08:00", "Sure, an intro can't hurt. Thanks Segun."),
  ])

C("genuine", "new_hire_welcome", "en",
  "newly hired iOS engineer (from the recruiter shortlist) says thanks after first week", [
      ("dapo", "2023-11-24 18:10", "End of week one! Thanks for the warm welcome Ifeoma, the team is amazing. Already shipped my first PR on Pennyworth."),
      ("me", "2023-11-24 18:30", "Welcome again Dapo! Happy to have you 🙌🏾"),
  ])

# ================================================================== WANTED PITCHES
C("wanted_pitch", "cloud_cost_post_reference", "en",
  "FinOps consultant cites her post about the AWS bill in naira; concrete, relevant", [
      ("w_cloud", "2024-04-03 09:40", "Hi Ifeoma, your post last week about the AWS bill jumping from ₦1.9m to ₦4.6m after the devaluation hit home. "
       "You mentioned 3 staging environments running 24/7 for Cadence and Pennyworth. I do fixed-fee FinOps reviews for Nigerian teams "
       "(₦450k, one week); for setups like yours the quick wins are usually scheduled shutdowns for staging and Graviton for the Node APIs. "
       "If useful, I can do a free 20-min look at your Cost Explorer export first."),
      ("me", "2024-04-03 12:10", "Hi Ayodele, that's actually timely. Send me what you'd need for the free look."),
  ])

C("wanted_pitch", "device_lab_talk_reference", "en",
  "device lab founder references her demo day talk about low-end Android phones", [
      ("w_device", "2024-05-29 10:05", "Hi Ifeoma, I was in the audience at Yaba Launchpad on Saturday. When you said half your Android bugs only show up "
       "on 2GB-RAM Tecno and Itel phones and your cloud device farm doesn't have them, I nearly stood up 😅 "
       "We run a physical device lab in Ikeja with 140 low-end devices popular in West Africa, rentable by the hour with remote access. "
       "Would you like a free week for the Pennyworth-type flows you mentioned?"),
  ])

C("wanted_pitch", "recruiter_relevant_careers_page", "en",
  "recruiter with a Kotlin talent pool saw the open role on her careers page", [
      ("w_recruit", "2024-02-13 11:25", "Good morning Ifeoma. I saw on ogenestudio.ng/careers that you've had the mid-level Android (Kotlin + Compose) role open "
       "since December. I run a small pool of pre-vetted Kotlin engineers in Lagos and Ibadan, three of them have shipped Compose apps for UK fintechs. "
       "Our fee is 12% and only on hire. Shall I send 2-3 anonymised profiles?"),
      ("me", "2024-02-13 13:00", "Yes please, send them."),
  ])

C("wanted_pitch", "fx_receivables_problem_named", "en",
  "receivables provider names her concrete problem: slow GBP/USD settlement from UK/US clients", [
      ("w_fx", "2024-03-05 14:00", "Hi Ifeoma, in your TechSavannah quote you said UK client payments sometimes take 9 days to land in your dom account "
       "and you lose about 3% on intermediaries. We give Nigerian exporters a UK sort code and a US ACH account in the company's own name, "
       "same-day settlement, flat 0.5%. Pennyworth and Cadence could pay you locally in their own currency. Worth a 20-minute walkthrough?"),
  ])

C("wanted_pitch", "ux_writer_site_visited", "en",
  "freelance UX writer visited her site and names specific copy problems in the case studies", [
      ("w_copy", "2024-06-06 16:45", "Hi Ifeoma, I went through ogenestudio.ng this weekend. Your work is strong but the case studies undersell it: "
       "the Cadence page never says the app cut no-shows by 31% (it's buried in the image caption), and the contact button says 'Submit' which "
       "UK buyers skim past. I'm a freelance UX writer (ex-fintech, 6 years). I'd rewrite the 4 case studies + home hero for a flat ₦380k. "
       "Happy to send a free rewrite of the Cadence intro so you can judge."),
      ("me", "2024-06-07 09:15", "Wow, you really read it. Send the Cadence intro, let's see."),
  ])

C("wanted_pitch", "design_partner_mutual_contact", "en",
  "London design studio introduced by a mutual contact by name", [
      ("w_design", "2024-04-23 10:00", "Hi Ifeoma, Harriet Lowe at Pennyworth suggested I get in touch. She mentioned you sometimes get UK briefs "
       "where the client wants a London design lead in the room for workshops. That's exactly what we do at Fieldnote: we run the discovery "
       "and design, and hand over to a build partner. Would you be open to a coffee when you're in London for the September mission?"),
      ("me", "2024-04-23 11:40", "Hi Tom, yes, Harriet mentioned you. Let's talk in September."),
  ])

C("wanted_pitch", "compliance_tender_reference", "en",
  "compliance firm references a public tender listing her company as pre-qualified", [
      ("w_tender", "2024-05-15 09:00", "Dear Ms Balogun, I saw Ogene Studio on the Lagos State Ministry of Health pre-qualification list for the "
       "clinic appointments app tender (LSMOH/ICT/2024/07). Section 4.2 requires an NDPR data protection compliance audit certificate at bid stage. "
       "We are a licensed DPCO and can deliver the audit in 10 working days, before the 6 June bid deadline. Fee is fixed at ₦1.1m. "
       "Can I send our licence and a sample report?"),
  ])

C("wanted_pitch", "ci_vendor_tools_setup", "en",
  "CI vendor noticed from her public repo that macOS builds time out; offers fitting plan", [
      ("w_ci", "2024-03-08 13:30", "Hi Ifeoma, I maintain a few Flutter CI examples and came across your open-source ogene_otp_field package. "
       "Your GitHub Actions macOS jobs have been timing out at 6h on the integration tests since February (I counted 11 red runs). "
       "Runway CI has M2 runners and caches the Pods folder, most Flutter repos go under 15 minutes. Open source is free on our plan; "
       "for your client work we have a team plan, but honestly I'd start with the free one and see."),
  ])

C("wanted_pitch", "insurance_press_item", "en",
  "insurance broker references a press item on her UK health contract and the PI cover it needs", [
      ("w_insure", "2024-06-13 12:20", "Good afternoon Ifeoma. Congratulations on the Northgate NHS Trust contract in Lagos Business Journal last week. "
       "NHS suppliers usually need professional indemnity of at least £1m and cyber cover; most Nigerian insurers don't write that in sterling. "
       "We place it through a Lloyd's partner; for a 15-person agency the premium is typically £2,400-3,100 a year. "
       "Would you like a quote before your contract starts?"),
      ("me", "2024-06-13 14:00", "Good timing actually, their procurement asked about this. Please send the form."),
  ])

C("wanted_pitch", "solar_specific_problem", "en",
  "solar engineer names her concrete problem: generator costs at the Yaba office", [
      ("w_solar", "2024-01-31 08:30", "Hi Ifeoma, you posted that diesel for the office generator now costs you more than two junior salaries a month. "
       "For an 8-desk office with laptops, 2 ACs and a server rack, a 10kVA inverter + 15kWh lithium setup usually pays back in about 14 months "
       "at current diesel prices. I can do a free site survey at your Yaba office and give you a proper load report, no obligation."),
      ("me", "2024-01-31 09:50", "We're in a shared workspace so the landlord controls the generator, but my house office... let's talk."),
  ])

C("wanted_pitch", "crash_tool_talk_reference", "en",
  "crash-reporting vendor references her DevFest talk about ANRs", [
      ("w_crash", "2023-12-04 15:10", "Hi Ifeoma, I watched your DevFest Lagos talk on YouTube, the bit where you showed ANR rates doubling on Android Go devices. "
       "Tracebit groups ANRs by device RAM class and network type, which is exactly the slice you had to build by hand in BigQuery. "
       "We have a startup plan for agencies managing multiple client apps. Would a 2-week trial on the Cadence app be interesting?"),
  ])

C("wanted_pitch", "payroll_compliance_team_size", "en",
  "payroll and pension advisor addresses her 15-person team and PAYE/pension obligations", [
      ("w_payroll", "2024-02-21 10:45", "Hello Ifeoma. From your company page Ogene has grown from 9 to 15 staff in a year and you're hiring again. "
       "At 15+ employees Lagos IRS audits PAYE more closely and the ITF 1% contribution kicks in. "
       "We run payroll, PAYE remittance, pension (PenCom) and ITF filings for agencies your size for ₦120k/month. "
       "If Kemi is doing it in spreadsheets today, I can show her how the switch works."),
  ])

# ================================================================== JUNK
C("junk", "generic_seo_pitch", "en", "generic SEO pitch", [
    ("j_seo", "2024-02-02 06:15", "Hi Ifeoma, I was checking your website and noticed it is not ranking on the first page of Google for many keywords. "
     "We are a leading SEO agency with 10+ years of experience and can bring your website to the top. Can I send you a free audit report?"),
])

C("junk", "lead_gen_generic", "en", "generic lead generation pitch", [
    ("j_lead", "2024-03-11 15:30", "Hey Ifeoma — we help agency owners add $30k-$50k/month in new retainers using a done-for-you LinkedIn + cold email system. "
     "No ads, no fluff. Worth a chat?"),
])

C("junk", "offtopic_real_estate", "en", "off-topic land sale pitch", [
    ("j_land", "2024-04-20 11:00", "Good day ma! 🏡 Own a plot in Ibeju-Lekki, close to the Dangote refinery and new airport! 600sqm from ₦4.5m, "
     "instalment payment up to 12 months, C of O in view. Limited plots left! Call or WhatsApp 0803 000 0000."),
])

C("junk", "offtopic_trading_signals", "en", "off-topic trading signals", [
    ("j_crypto", "2024-05-05 22:40", "Hi Ifeoma, as a successful entrepreneur you know the value of multiple income streams. "
     "My students make 5-12% weekly with my forex & crypto signals. Only 10 spots left this month. Interested?"),
])

C("junk", "offer_what_she_sells", "en", "offshore firm offers mobile app development to an app agency", [
    ("j_offshore", "2024-01-18 07:02", "Dear Ifeoma, Greetings from CodeCraft! We are a 250+ member team of iOS, Android, Flutter and React Native developers. "
     "We build high quality mobile apps at very affordable cost ($18/hour). Please let me know if you have any requirement for mobile app development. "
     "We would be happy to assist you."),
])

C("junk", "offer_what_she_sells", "en", "white-label developers offered to an agency that sells the same", [
    ("j_whitelabel", "2024-03-25 12:20", "Hi Ifeoma! Are you looking to scale your agency without hiring? DevSquad Europe provides white-label Flutter and "
     "Swift developers who work under your brand. Senior devs from €35/h. Let me know and I'll share some CVs."),
])

C("junk", "capacity_for_new_clients", "en", "asks if she has capacity for new clients", [
    ("j_capacity", "2024-04-09 14:00", "Hi Ifeoma, quick question — do you have capacity to take on new clients this quarter? "
     "We've got a few businesses looking for exactly what you do. Let me know and I'll explain how it works."),
    ("j_capacity", "2024-04-16 14:05", "Hi Ifeoma, just checking if you saw my message? Happy to share more."),
])

C("junk", "like_minded_entrepreneurs", "en", "let's connect as like-minded entrepreneurs", [
    ("j_likeminded", "2024-02-26 19:00", "Hi Ifeoma, I came across your profile and I'm impressed with your journey. "
     "I'm always looking to connect with like-minded entrepreneurs who are passionate about growth and impact. "
     "Let's connect and see how we can add value to each other! 🚀"),
])

C("junk", "quick_15_min_call", "en", "quick 15-minute call request", [
    ("j_15min", "2024-05-21 16:45", "Hi Ifeoma, hope your week's going well! I'd love to grab a quick 15 minutes to show you how ScaleOps helps "
     "teams like Ogene Studio streamline operations. Does Thursday or Friday work? Here's my calendar: calendly.com/megan-scaleops/15min"),
])

C("junk", "connect_then_pitch", "en", "business coach: small talk after connecting, pitch in message 2 after she replied", [
    ("j_ctp1", "2024-03-05 09:30", "Thanks for connecting Ifeoma! How's business in Lagos these days? The traffic alone must be a full-time job 😄"),
    ("me", "2024-03-05 12:15", "Haha thanks Daniel, it's busy but good."),
    ("j_ctp1", "2024-03-06 08:00", "Love that! Quick one — I run a 12-week 'Scale to 7 Figures' coaching programme for founders. "
     "Most agency owners I work with are stuck doing sales themselves. Investment is $2,997 and I have 2 spots for April. Want the details?"),
])

C("junk", "connect_then_pitch", "en", "brand strategist: small talk then pitch in message 3 with no reply", [
    ("j_ctp2", "2024-04-18 16:00", "Hi Ifeoma, thanks for connecting! Always nice to meet fellow creatives."),
    ("j_ctp2", "2024-04-20 10:30", "Hope you're having a great weekend! What's been the biggest win for Ogene this year?"),
    ("j_ctp2", "2024-04-23 09:15", "By the way, we help agencies rebrand to attract premium international clients. Our brand sprint package starts at $4,500. "
     "Would you be open to a quick call this week?"),
])

C("junk", "connect_then_pitch", "en", "investment advisor: connect-then-pitch with owambe small talk", [
    ("j_ctp3", "2024-06-20 08:30", "Good morning Ifeoma, thanks for accepting! Are you going to the Lagos Startup Week this year?"),
    ("me", "2024-06-20 09:45", "Morning! Maybe, not sure yet."),
    ("j_ctp3", "2024-06-20 10:00", "Nice. By the way, I help high-earning professionals protect their wealth from naira devaluation with dollar-denominated "
     "investment notes (12% p.a.). Minimum $10,000. Can I send you the brochure?"),
])

C("junk", "connect_then_pitch", "en", "recruitment platform: connect, compliment, then pitch", [
    ("j_ctp4", "2024-07-08 14:00", "Hi Ifeoma, great to connect! Your team's portfolio looks amazing."),
    ("j_ctp4", "2024-07-09 09:00", "Are you hiring at the moment? HireStack gives you access to 50,000+ pre-screened African developers, "
     "subscription from $499/month. I'd love to set you up with a free trial."),
])

C("junk", "follow_up_bumps", "en", "app marketing pitch with three bumps, never answered", [
    ("j_bump", "2024-01-10 17:00", "Hi Ifeoma, we help app developers get 10,000+ downloads in 30 days with our ASO and influencer packages. Interested?"),
    ("j_bump", "2024-01-17 17:00", "Hi Ifeoma, following up on my last message 🙂"),
    ("j_bump", "2024-01-24 17:00", "Bumping this to the top of your inbox!"),
    ("j_bump", "2024-02-07 17:00", "Hi Ifeoma, I'll assume the timing isn't right. Should I close your file?"),
])

C("junk", "template_outsourcing_broker", "en", "template 1/5: client referral broker, upfront fee", [
    ("j_tpl1", "2024-02-14 10:00", "Hi Ifeoma, I noticed Ogene Studio does great work in mobile development. We partner with agencies to bring them "
     "qualified US and UK clients looking to outsource app projects. We only work with 3 agencies per country. "
     "Would you be open to a short call to see if it's a fit?"),
])
C("junk", "template_outsourcing_broker", "en", "template 2/5: same broker template, different sender and fill", [
    ("j_tpl2", "2024-03-01 08:45", "Hello Ifeoma, I noticed that Ogene Studio Ltd does excellent work in app development. We partner with software agencies "
     "to connect them with qualified clients from the USA, UK and Canada looking to outsource projects. We work with only 3 agencies per region. "
     "Open to a short call to explore the fit?"),
])
C("junk", "template_outsourcing_broker", "en", "template 3/5: same template, Nigeria fill", [
    ("j_tpl3", "2024-04-04 13:15", "Hi Ifeoma! Noticed Ogene does great work in mobile apps. We partner with dev shops to bring them qualified clients from "
     "North America and Europe who want to outsource. We only take on 3 agencies in Nigeria. Would a short call make sense?"),
])
C("junk", "template_outsourcing_broker", "en", "template 4/5: same template, Africa fill, asks for onboarding fee", [
    ("j_tpl4", "2024-05-09 11:30", "Dear Ifeoma, I noticed your agency does great work in mobile development. NileBridge partners with a few agencies in Africa "
     "to bring them qualified clients from the Gulf and Europe looking to outsource. We only onboard 3 agencies per country "
     "(one-time onboarding fee applies). Open to a short call?"),
])
C("junk", "template_outsourcing_broker", "en", "template 5/5: same template reworded, with bump", [
    ("j_tpl5", "2024-06-12 09:20", "Hey Ifeoma, came across Ogene Studio, great mobile work! We introduce a handful of agencies (max 3 per country) to US "
     "companies that want to outsource their app builds. Quick call to see if it fits?"),
    ("j_tpl5", "2024-06-19 09:20", "Hey Ifeoma, circling back on this one. Still only one slot left for Nigeria."),
])

C("junk", "merge_tag_failure", "en", "merge tag left unfilled: {first_name}", [
    ("j_merge1", "2024-02-22 13:00", "Hi {first_name}, I help companies like {company_name} book 20+ qualified sales meetings a month. "
     "Would it make sense to chat next week?"),
])
C("junk", "merge_tag_failure", "en", "merge tag failure: [Company] placeholder", [
    ("j_merge2", "2024-03-19 10:10", "Hi Ifeoma, I see [Company] is growing fast. Many teams at your stage are overpaying for cloud. "
     "CloudMigrate moves you to our platform with zero downtime. Free migration for the first 3 months!"),
])
C("junk", "merge_tag_failure", "en", "wrong name in a mass message", [
    ("j_merge3", "2024-05-02 07:30", "Hi Chiamaka, congratulations on your recent funding round! Zenith Apps can help Brightpath Logistics launch its mobile app in 8 weeks. "
     "Let me know if you'd like to see our portfolio."),
])
C("junk", "merge_tag_failure", "en", "wrong company name in a mass message", [
    ("j_merge4", "2024-06-26 15:00", "Hi Ifeoma, I love what Ogene Foods is doing in the FMCG space! Our growth marketing can help you triple your "
     "retail sales in 90 days. Open to a quick chat?"),
])

C("junk", "sponsored_inmail", "en", "Sponsored InMail from a hosting company", [
    ("s_aws", "2024-03-14 12:00", "<p>Hi Ifeoma,</p><p>Developers love CloudRocket. Deploy in seconds, scale to millions. "
     "Claim&nbsp;<strong>$200 free credit</strong> today &amp; start building.</p><p>Get started</p>"),
], title="Sponsored Conversation", subject="$200 credit for your team")
C("junk", "sponsored_inmail", "en", "Sponsored InMail from a business school", [
    ("s_mba", "2024-06-05 12:00", "<p>Dear Ifeoma,</p><p>Ready to lead on a global stage? Westbury's Global Executive MBA "
     "brings together leaders from 40+ countries. Applications for the January&nbsp;2025 cohort close soon.</p><p>Download the brochure</p>"),
], title="Sponsored Conversation", subject="Your Executive MBA, your way")

C("junk", "paid_award", "en", "paid award: nomination with a fee", [
    ("j_award", "2024-02-29 09:00", "Dear Ifeoma Balogun, Congratulations! 🎉 You have been shortlisted for the 'Top 50 Women in African Tech 2024' "
     "award by our distinguished panel. To confirm your place, kindly complete the attached form and the laureate processing fee of $450, "
     "which covers your gala dinner seat, trophy and feature in our commemorative magazine."),
])
C("junk", "paid_feature", "en", "paid magazine feature", [
    ("j_feature", "2024-04-11 14:30", "Hi Ifeoma, our editorial team would love to feature you in the upcoming 'Founders Shaping Africa' issue of Global CEO Digest "
     "(1.2M readers). Feature packages start at $1,250 and include a professional interview and a digital badge. Shall I reserve your spot?"),
])
C("junk", "paid_podcast", "en", "podcast slot with a guest fee", [
    ("j_podcast", "2024-05-16 18:00", "Hey Ifeoma! Loved your profile. We'd like to invite you as a guest on Founders Unfiltered, "
     "top 1% podcast on Spotify. To cover production and promotion there's a small guest contribution of $297. Interested?"),
    ("j_podcast", "2024-05-23 18:00", "Hi Ifeoma, just following up, we only have 2 recording slots left in June!"),
])

C("junk", "fluent_generic_names_company", "en", "fluent pitch naming her company but could go to anyone", [
    ("j_fluent", "2024-03-28 11:15", "Hi Ifeoma, I've been following Ogene Studio's growth and I'm genuinely impressed by how you've positioned the brand. "
     "At Meridian we partner with forward-thinking leaders to unlock the next stage of growth through strategy, systems and people. "
     "I'd love to learn more about your priorities for the year and share a few ideas that have worked for similar companies. "
     "Would you be open to a conversation next week?"),
])

C("junk", "generic_counterpart_cloud", "en", "generic cloud cost pitch (junk counterpart of the FinOps wanted pitch)", [
    ("j_cloudgen", "2024-04-05 08:20", "Hi Ifeoma, are you overpaying for cloud? Most companies waste 30-40% of their cloud spend. "
     "CloudSavers can cut your bill in half guaranteed. Let's set up a call."),
])
C("junk", "generic_counterpart_recruiter", "en", "generic recruiting agency (counterpart of the Kotlin recruiter)", [
    ("j_recruitgen", "2024-02-15 12:00", "Dear Hiring Manager, GlobalHire Solutions provides top talent across IT, finance, healthcare and engineering. "
     "We have a database of 2 million candidates. Please share your current requirements and we will send profiles within 24 hours."),
])
C("junk", "generic_counterpart_payments", "en", "generic cross-border payments pitch (counterpart of the receivables pitch)", [
    ("j_fxgen", "2024-03-07 16:00", "Hi Ifeoma, PayGlobe makes cross-border payments simple, fast and secure for businesses of all sizes. "
     "Send and receive money in 40+ currencies. Sign up free today!"),
])
C("junk", "generic_counterpart_design", "en", "generic design agency (counterpart of the London design studio)", [
    ("j_designgen", "2024-04-24 10:30", "Hello Ifeoma, we are a creative design studio offering logo design, UI/UX, branding, "
     "social media creatives and more at affordable prices. Check our portfolio on Behance and let us know your needs!"),
])
C("junk", "generic_counterpart_qa", "en", "generic QA outsourcing (counterpart of the device lab)", [
    ("j_qagen", "2024-05-30 09:00", "Hi Ifeoma, TestRight QA provides manual and automated testing services for web and mobile applications. "
     "ISO certified, 24/7 support, rates from $15/hour. Can we schedule a short call to discuss your testing needs?"),
])
C("junk", "generic_counterpart_solar", "en", "generic solar sales (counterpart of the solar engineer)", [
    ("j_solargen", "2024-02-01 10:00", "Good morning ma. Tired of NEPA? 😩 PowerPlus Solar offers complete solar packages for homes and offices. "
     "Pay small small! Promo ends this month. Reply YES for a free quote."),
])
C("junk", "generic_service_pitch", "en", "generic bookkeeping pitch", [
    ("j_books", "2024-06-03 15:40", "Hi Ifeoma, is bookkeeping taking up your valuable time? LedgerLight offers affordable virtual bookkeeping "
     "for small businesses from $199/month. Let's chat!"),
])
C("junk", "offtopic_product", "en", "off-topic hair products", [
    ("j_hair", "2024-03-08 20:00", "Happy Women's Day queen 💐👑 Celebrate yourself with 100% virgin Brazilian and Vietnamese hair! "
     "20% discount this week only. Nationwide delivery. DM to order."),
])
C("junk", "offtopic_course", "en", "generic leadership course", [
    ("j_mba", "2024-01-25 11:00", "Dear Ifeoma, based on your profile you may qualify for a 40% scholarship on our Executive Leadership Certificate. "
     "Only 15 seats available. Deadline is Friday. Reply 'INFO' to receive the brochure."),
])
C("junk", "offtopic_insurance", "en", "generic life insurance pitch", [
    ("j_insgen", "2024-05-12 13:00", "Hi Ifeoma, have you secured your family's future? Our life and education plans start at just ₦10,000 monthly. "
     "Let me know a convenient time to call you."),
])
C("junk", "outsourcing_broker_fee", "en", "outsourcing broker asks for upfront membership fee", [
    ("j_broker", "2024-06-18 08:00", "Hi Ifeoma, AppDealFlow lists 300+ app projects a month from US startups. Agencies on our Pro membership "
     "($799/quarter) get first access to bids. Nigerian agencies are winning a lot of these right now! Join before prices go up."),
    ("j_broker", "2024-06-25 08:00", "Hi Ifeoma, prices go up on July 1st. Lock in your Pro membership today."),
])


def main() -> None:
    ex.write(OUT,
             {"First Name": "Ifeoma", "Last Name": "Balogun",
              "Headline": "Founder & CEO at Ogene Studio | Mobile apps for UK & US companies, built in Lagos",
              "Summary": "I run Ogene Studio, a 15-person mobile app agency in Yaba, Lagos. We design and build iOS, Android "
                         "and Flutter apps for fintech, health and logistics companies in the UK and US.",
              "Industry": "Software Development", "Geo Location": "Lagos, Nigeria",
              "Websites": "[COMPANY:ogenestudio.ng]"},
             [{"Company Name": "Ogene Studio Ltd", "Title": "Founder & CEO",
               "Description": "Mobile app agency, 15 people, clients in the UK and US", "Location": "Lagos, Nigeria",
               "Started On": "Feb 2019", "Finished On": ""},
              {"Company Name": "Androxa", "Title": "Senior Android Engineer", "Description": "",
               "Location": "Lagos, Nigeria", "Started On": "Jun 2014", "Finished On": "Jan 2019"}],
             ["Android Development", "Flutter", "Kotlin", "Product Management", "Agency Management",
              "Mobile Applications"])
    print(ex.summary())


if __name__ == "__main__":
    main()

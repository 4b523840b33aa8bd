"""dev22 persona (written blind as heldout28, session 4): heldout28 persona: owner-pharmacist of one independent pharmacy in Galway (2021 layout).

Written blind to the detector code (session 4). Every message below is invented by hand;
running this script regenerates corpus/heldout28/en-independent-pharmacist-galway byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-independent-pharmacist-galway"
OWNER = Person("me", "Clodagh Moran", "https://www.linkedin.com/in/clodagh-moran-pharm",
               "Moran's Pharmacy", "Owner & Supervising Pharmacist")

ex = Export(SLUG, "2021", OWNER)
P = ex.person


def genuine(category: str, note: str, messages: list, **options: object) -> None:
    ex.conv("genuine", category, "en", note, messages, **options)


def wanted(category: str, note: str, messages: list, **options: object) -> None:
    ex.conv("wanted_pitch", category, "en", note, messages, **options)


def junk(category: str, note: str, messages: list, language: str = "en", **options: object) -> None:
    ex.conv("junk", category, language, note, messages, **options)


# ---------------------------------------------------------------- people
P("gp_kenny", "Fergal Kenny", "Knocknacarra Family Practice", "GP Partner", connected="2014-05-11")
P("westpharm", "Niamh Cullinane", "Westpharm Distribution", "Account Manager, Connacht", connected="2016-02-03")
P("seaview", "Bernadette Foley", "Seaview Lodge Nursing Home", "Director of Nursing", connected="2021-02-14")
P("hr_medtech", "Owen Trench", "Corrib Orthopaedic Devices", "HR & Wellbeing Lead")
P("oranmore", "Tadhg Ó Ceallaigh", "Ó Ceallaigh's Pharmacy Oranmore", "Pharmacist Owner", connected="2012-09-20")
P("locumrec", "Gemma Walsh", "Shannonside Pharmacy Recruitment", "Senior Consultant", connected="2021-04-26",
  invite=("OUT", "2021-04-26 09:12", "Hi Gemma, Tadhg in Oranmore said you found him his tech. Could we talk?"))
P("applicant_tech", "Shauna Keady", "", "Pharmacy Technician (QQI Level 6)")
P("student", "Rían Mulkerrin", "University College Cork", "4th year MPharm student")
P("locum_dee", "Deirdre Hession", "", "Locum Pharmacist", connected="2018-07-01")
P("union", "Colm Furey", "Community Pharmacists' Union of Ireland", "Regional Secretary, West", connected="2015-10-10")
P("journo", "Aisling Rabbitte", "Connacht Courier", "Health & Community Reporter")
P("classmate", "Maeve Lydon", "Lydon's Pharmacy Ennis", "Pharmacist", connected="2009-06-30")
P("ty_1", "Pádraig Conneely", "Conneely Pharmacy Tuam", "Pharmacist", connected="2021-06-13")
P("ty_2", "Ruth Geraghty", "Geraghty's Chemist Loughrea", "Supervising Pharmacist", connected="2021-06-13")
P("ty_3", "Enda Broderick", "Broderick Pharmacy Castlebar", "Pharmacist Owner", connected="2021-06-14")
P("robot_vendor", "Martin Dunleavy", "Rowa-Line Automation Ireland", "Sales Engineer", connected="2021-07-02")
P("pmr", "Karen Egan", "Dispensa PMR Systems", "Customer Success Manager", connected="2017-03-15")
P("old_tech", "Laura Fahy", "Galway Clinic Pharmacy", "Senior Pharmacy Technician", connected="2016-08-01")
P("phn", "Sinéad Mac an Rí", "HSE Community Services", "Public Health Nurse", connected="2019-01-20")
P("patient_son", "Declan Holland", "Holland Engineering", "Director")
P("physio", "Niall Costello", "Knocknacarra Physio & Sports Injury", "Chartered Physiotherapist", connected="2018-04-04")
P("accountant", "Declan Feeney", "Feeney & Co. Chartered Accountants", "Partner", connected="2011-01-11")
P("landlord", "Yvonne Hardiman", "Knocknacarra Centre Management", "Centre Manager", connected="2017-09-09")
P("ucc", "Dr. Orla Twomey", "University College Cork, School of Pharmacy", "Placement Coordinator", connected="2019-11-11")
P("gaa", "Seamus Flaherty", "Knocknacarra Rovers GAA", "Club Treasurer", connected="2015-03-03")
P("spam_daughter", "Róisín Canavan", "", "Speech & Language Therapist")
P("hrt_wholesale", "Brian Naughton", "MedLink Wholesale", "Customer Services", connected="2019-05-05")
P("broker", "Patricia Glynn", "Glynn Insurance Brokers", "Commercial Lines Broker", connected="2013-04-17")
P("group_a", "Gearóid Kilbane", "Kilbane's Pharmacy Salthill", "Pharmacist", connected="2010-02-02")
P("group_b", "Úna Cloherty", "Westside Pharmacy", "Pharmacist", connected="2016-06-06")
P("mentee", "Ciara Joyce", "CarePlus Pharmacy Athenry", "Pharmacist", connected="2019-09-01")
P("otc_rep", "Alan Furlong", "Brenlow Consumer Health", "Territory Manager West", connected="2018-02-20")
P("school", "Majella Corless", "Scoil Bhríde Knocknacarra", "Principal")
P("traders", "Marian Kelly", "Knocknacarra Traders' Association", "Chairperson", connected="2016-11-20")
P("hosp_pharm", "Brendan Cuddy", "University Hospital Galway", "Chief Pharmacist", connected="2008-03-14")
P("staff_tech", "Eimear Lally", "Moran's Pharmacy", "Pharmacy Technician", connected="2020-01-15")

# wanted-pitch senders
P("w_robot", "Ciarán Heneghan", "DispenStack Automation", "Business Development, Ireland")
P("w_shopfit", "Tomás Burke", "Burke Joinery & Retail Interiors", "Owner")
P("w_recruit", "Lorraine Kelleher", "PharmaPeople Ireland", "Recruitment Consultant")
P("w_pmraddon", "Sam Whelan", "TrayTrack", "Co-founder")
P("w_bp", "Dr. Hugh Canning", "Vasculink Devices", "Clinical Partnerships")
P("w_architect", "Eilís Mannion", "Mannion Healy Architects", "Architect MRIAI")
P("w_payroll", "Fiona Rooney", "Atlantic Payroll Bureau", "Director")
P("w_sharps", "Keith Dolan", "SafeReturn Clinical Waste", "Regional Manager")
P("w_web", "Jack Tierney", "", "Freelance Web Developer, Galway")
P("w_seaweed", "Nora Ní Chonghaile", "Cois Cladaigh Skincare", "Founder")
P("w_energy", "Paul Mongan", "Mongan Energy Advisory", "SEAI Registered Energy Consultant")
P("w_cpd", "Dr. Ann Kilgallon", "Vaxskill Training", "Course Director")

# junk senders
P("j_robot", "Derek Stanton", "OmniDispense Global", "Head of Sales EMEA")
P("j_shopfit", "Liam Corrigan", "RetailSpace Fitouts", "Business Development Manager")
P("j_soft", "Priya Raman", "PharmaCloud360", "Account Executive")
P("j_web", "Kevin Doyle", "RankRocket Digital", "Growth Consultant")
P("j_tpl1", "Brandon Hale", "Scalewise Partners", "Growth Partner")
P("j_tpl2", "Melissa Carter", "Apex Pipeline Co.", "Client Partner")
P("j_tpl3", "Rory Kinsella", "Kinsella Growth Labs", "Founder")
P("j_tpl4", "Stefan Reuter", "Wachstumswerk GmbH", "Partner")
P("j_tpl5", "Jordan Blake", "LeadForge", "SDR")
P("j_merge1", "Tyler Moss", "ClientMagnet", "Outreach Manager")
P("j_merge2", "Amanda Pierce", "HealthReach Media", "Partnerships")
P("j_merge3", "Gavin Rourke", "Prime Retail Lighting", "Sales")
P("j_merge4", "Hannah Quigley", "BrightLoyalty", "Account Director")
P("j_sp1", "Northfield Business School", "Northfield Business School", "",
  url="https://www.linkedin.com/company/northfield-business-school")
P("j_sp2", "Tillpoint Business Banking", "Tillpoint", "",
  url="https://www.linkedin.com/company/tillpoint-business")
P("j_award", "Victoria Lane", "Irish Health Excellence Awards", "Awards Director")
P("j_podcast", "Mark Devlin", "Health Leaders Ireland Podcast", "Host & Producer")
P("j_flu", "Sarah Kiely", "FluGuard Workplace Clinics", "Corporate Partnerships")
P("j_capacity", "Dean Harper", "PatientFlow Leads", "Founder")
P("j_likeminded", "Gary Boyle", "Boyle Ventures", "Serial Entrepreneur | Investor | Speaker")
P("j_15min", "Lauren Price", "OptiMargin", "Business Development")
P("j_ctp1", "Shane Fitzgerald", "ProfitPath Consulting", "Pharmacy Profit Coach", connected="2021-03-08",
  invite=("IN", "2021-03-08 07:41", "Hi Clodagh, always good to connect with fellow Galway business people!"))
P("j_ctp2", "Chloe Brennan", "Glow Aesthetics Training", "Aesthetics Trainer", connected="2021-05-19",
  invite=("IN", "2021-05-18 21:03", ""))
P("j_ctp3", "Peter Harrington", "Harrington Wealth", "Financial Planner", connected="2021-08-02",
  invite=("IN", "2021-08-02 10:15", "Fellow UCC alumnus here - would be great to connect."))
P("j_ctp4", "Rebecca Nolan", "ReviewBoost", "Local Business Specialist", connected="2021-09-13",
  invite=("IN", "2021-09-12 19:50", ""))
P("j_bump1", "Josh Mulligan", "ShelfSmart Analytics", "Account Executive")
P("j_bump2", "Isabel Moreno", "NearshoreDev", "Business Development")
P("j_crypto", "Alex Turner", "ChainYield", "Investment Advisor")
P("j_fluent", "Olivia Grant", "ChatDesk AI", "Healthcare Solutions Lead")
P("j_loan", "Craig Walters", "FastFund Business Finance", "Funding Specialist")
P("j_recruit", "Natalie Shaw", "TopTier Talent", "Talent Partner")
P("j_ghost", "Ben Carey", "PostPilot", "LinkedIn Ghostwriter")
P("j_acquire", "Michael Sheridan", "Meridian Pharmacy Group", "Acquisitions")
P("j_bp", "Tom Hartley", "CardioCheck Pro", "Sales Director")
P("j_payroll", "Emma Wright", "PayEasy", "Sales Executive")
P("j_energy", "Darren Cole", "PowerSwitch Brokers", "Energy Consultant")
P("j_cbd", "Jade Lawson", "Verdant CBD Wholesale", "Wholesale Manager")
P("j_solar", "Ryan Keogh", "SunPeak Home Solar", "Senior Advisor")

# ================================================================ GENUINE (35)
genuine("gp_colleague", "long-standing GP colleague, methotrexate strength mix-up", [
    ("gp_kenny", "2021-10-04 08:47", "Clodagh, quick one. Mrs D. from Cappagh Road says she got 10mg tabs instead of 2.5mg last month? I have it as 2.5 on the script. Can you check your end before I ring her back"),
    ("me", "2021-10-04 09:05", "Checked it Fergal - we dispensed 2.5mg x 24, batch and label photo on file. I think she's looking at her old box from the hospital. I'll ring her myself at lunch and do a proper brown-bag review with her, she has about four boxes in the press at home."),
    ("gp_kenny", "2021-10-04 09:11", "Legend. Thanks. That hospital box should've been binned a year ago"),
    ("me", "2021-10-04 13:40", "Sorted. Old 10mg box now in our returns bin, she's grand, and her daughter is going to do the Sunday reminder. I'll send you a note for her chart."),
])
genuine("vendor_price_change", "existing wholesaler announces delivery charge and price changes", [
    ("westpharm", "2021-09-20 11:02", "Hi Clodagh, hope all well in Knocknacarra. Heads up before it goes out in writing: from 1 November the second daily delivery will carry a €6.50 charge per drop unless the order is over €400, and the generic discount tier moves from 12% to 11% for accounts under €35k a month. I know that's not what you want to hear. Happy to sit down and look at your ordering pattern - you might be able to skip the charge most days by consolidating the afternoon order."),
    ("me", "2021-09-20 17:30", "Thanks for the warning Niamh, appreciated. Not thrilled obviously. Can you send me the last 3 months of order values split AM/PM so I can see what we're talking about? And I'd like to talk about the tier - we've been with ye 11 years."),
    ("westpharm", "2021-09-21 09:15", "Sending the split today. And understood on the tier, I'll bring it to my manager - no promises but I'll fight your corner. Thursday at 3 for a call?"),
    ("me", "2021-09-21 09:40", "Thursday at 3 is fine."),
])
genuine("inbound_lead_quote", "nursing home wants quote for monitored dosage for 38 residents", [
    ("seaview", "2021-02-15 10:20", "Dear Clodagh, thank you for accepting my request. Seaview Lodge is reviewing its pharmacy supplier as our current contract ends in May. We have 38 residents, most on monitored dosage. Could you give us a quote for weekly MDS packs, medication reviews and the out-of-hours cover? Our owner is keen to have a local pharmacy. Kind regards, Bernadette"),
    ("me", "2021-02-15 12:55", "Dear Bernadette, thanks for thinking of us. We'd be delighted to quote. Before I put numbers on it, could I call out to see your medication room and go through the current MAR charts with you? I'd want to understand how many residents are on controlled drugs and how often you get mid-cycle changes. Any morning next week suits."),
    ("seaview", "2021-02-16 08:31", "Tuesday 23rd at 10 would suit. Ask for me at reception. About 9 residents are on CDs and changes are frequent, sometimes 3 or 4 a week."),
    ("me", "2021-02-24 18:10", "Thanks for the tour yesterday. Quote attached as discussed: per-resident weekly fee, quarterly medication reviews included, and a 2-hour callback for urgent changes. Happy to go through any of it."),
    ("seaview", "2021-03-09 14:02", "Clodagh, the owner has approved. Can we talk about a start date in May and a transition plan?"),
], attachments={3: "https://www.linkedin.com/dms/seaview-mds-quote-2021.pdf"})
genuine("inbound_lead_corporate", "local company wants to buy flu vaccination clinic for staff", [
    ("hr_medtech", "2021-09-06 15:44", "Hi Clodagh, I'm the HR lead at Corrib Orthopaedic in Parkmore. A colleague of mine gets her prescriptions with you and said you do flu vaccines. We have about 120 staff across two shifts and would like to run an on-site clinic in October. Could you let me know if that's something you do and roughly what it would cost per head?"),
    ("me", "2021-09-06 20:12", "Hi Owen, yes we can do that. For 120 we'd send two vaccinators over two half-days so both shifts are covered. I'll need a private room with a couch or reclining chair, and a list of names and DOBs 48h before so we can pre-load the consent forms. I'll email a price per head and the available dates tomorrow - what's your email?"),
    ("hr_medtech", "2021-09-07 08:03", "Brilliant. owen.trench@corriborthodevices.ie. Mornings best for the first shift."),
])
genuine("peer_joint_offer", "pharmacist friend proposes a shared locum pool and joint flu clinic", [
    ("oranmore", "2021-08-16 22:14", "Clodagh, I've been thinking since the meeting. Why don't we stop fighting over the same three locums every August? If we set up a shared pool between us and Gearóid - guaranteed days from all three pharmacies - we could offer a locum 4 days a week steady and a better rate. Also wondering about doing a joint flu clinic at the Rovers clubhouse in October, split the costs. Thoughts?"),
    ("me", "2021-08-17 07:35", "I'm in on the locum pool in principle. Rate is the sticking point - you pay more than I do, and I'm not getting into a bidding war with you 😄. The joint clinic I like a lot. Who'd hold the insurance for the off-site bit?"),
    ("oranmore", "2021-08-17 09:02", "Ha. Fair. Let's agree a single rate and each pay our own days. On insurance I'll ask Patricia Glynn, she has both of us anyway. Pint Friday to hash it out?"),
    ("me", "2021-08-17 09:10", "Friday. Not Busker Brownes, it's packed."),
])
genuine("recruiter_engaged", "recruitment agency she approached herself; fee discussed", [
    ("me", "2021-04-26 09:20", "Hi Gemma, thanks for connecting. I'm looking for a full-time pharmacy technician, ideally with MDS experience, starting June. Tadhg said you were good. What are your terms?"),
    ("locumrec", "2021-04-26 12:48", "Hi Clodagh, lovely to hear from you and thanks to Tadhg for the referral! For permanent tech roles our fee is 12% of first-year salary, with a 10-week rebate if it doesn't work out. I have two people in mind already in the Galway area - one is in Boots at the moment and wants to move to an independent. Shall I send anonymised CVs?"),
    ("me", "2021-04-26 13:30", "Yes please. 12% is a bit steep for a tech, would you do 10?"),
    ("locumrec", "2021-04-27 10:02", "I can do 10% if we have exclusivity for 4 weeks. CVs coming by email today."),
    ("me", "2021-05-18 16:55", "Just to let you know we're offering to candidate 2 (the one from Headford). Thanks Gemma, invoice to Feeney & Co please, they do our books."),
])
genuine("job_applicant", "technician applicant asking about the advertised role", [
    ("applicant_tech", "2021-05-02 19:31", "Hi Ms Moran, I saw your ad on the pharmacy noticeboard for a technician. I have 4 years experience in a busy pharmacy in Ballinasloe incl. MDS packs for 3 nursing homes. I'm moving to Galway in June. Would you be open to me sending my CV? Thank you, Shauna"),
    ("me", "2021-05-02 21:05", "Hi Shauna, yes please do - clodagh@moranspharmacy.ie. We're going through an agency too but I'm happy to look at direct applications."),
    ("applicant_tech", "2021-05-03 07:50", "Thank you! Sent this morning."),
])
genuine("student_placement", "pharmacy student asking for the 5th-year placement", [
    ("student", "2021-01-22 16:05", "Dear Ms Moran, I'm a 4th year pharmacy student at UCC from Spiddal. I'm looking for a community placement for my 5th year and I'd love to be back home. Dr Twomey in the placement office mentioned you have taken students before. Would you consider me? I have Irish which might be handy with some of your patients from the Gaeltacht. Go raibh maith agat, Rían"),
    ("me", "2021-01-23 10:12", "A Rían, thanks for getting in touch. Yes, I normally take one intern a year. Can you send me your CV and a short note on what you want to get out of it? I'll ring Orla as well. And yes, the Irish is very handy, half of Bearna comes in to us."),
])
genuine("locum_rate", "regular locum confirming August dates and her rate", [
    ("locum_dee", "2021-06-28 12:20", "Hi Clodagh! August: I can do 2nd-6th and 16th-20th but not the middle week (Electric Picnic, don't judge). Rate would be €42/hr this year, everyone's gone up since Covid. Let me know x"),
    ("me", "2021-06-28 13:01", "Hi Dee, 42 is grand for you. Book me in for both weeks. Middle week I'll beg Tadhg. Enjoy the Picnic 🙂"),
    ("locum_dee", "2021-06-28 13:05", "Done! See you on the 2nd."),
])
genuine("union_meeting", "pharmacy union regional meeting on contract talks", [
    ("union", "2021-05-10 10:30", "Dear Clodagh, a reminder that the Western region meeting is on Tuesday 18th May, 8pm, on Zoom. Main item is the update on the new contract negotiations with the Department and the proposed fee for the emergency contraception service. Would you be willing to give five minutes on your experience with the hypertension pilot? It would help the case."),
    ("me", "2021-05-10 11:45", "Hi Colm, yes I can. I'll have numbers: 212 checks since January, 31 referred to GP. Will that do?"),
    ("union", "2021-05-10 11:52", "That's exactly what we need. Thank you."),
])
genuine("press_enquiry", "local journalist asks for comment on medicine shortages", [
    ("journo", "2021-03-03 14:18", "Hi Clodagh, Aisling from the Connacht Courier. We're doing a piece on medicine shortages in the west - HRT patches especially, readers have been on to us. Would you be willing to talk to me for 10 minutes on the record? Deadline is Friday."),
    ("me", "2021-03-03 15:02", "Hi Aisling, happy to. Best time is 2.30 when the lunch rush is over. Call the shop on 091 52x xxx and ask for me. I'll stick to what I see at the counter, I won't speculate about the suppliers."),
    ("journo", "2021-03-03 15:05", "Perfect, I'll ring Thursday at 2.30. Thanks a million."),
])
genuine("friend_invite", "old classmate invites her to 20-year class reunion", [
    ("classmate", "2021-07-25 21:47", "CLODAGH. It's 20 years since we qualified, how did that happen. We're doing a reunion in Cork, Saturday 9 Oct, Imperial Hotel, dinner and whatever follows. Please come, Orla T is organising and everyone is asking for you. Also are you still doing the Galway races? We're down for the Thursday"),
    ("me", "2021-07-26 07:15", "Twenty years 😱 Yes put me down, I'll get the locum sorted. Races - Thursday yes, I'll be the one in the unsuitable shoes. Text me!"),
    ("classmate", "2021-07-26 07:31", "Yesss. See you at the Thursday. Bring cash for the bookies, you owe me from 2019"),
])
genuine("thank_you_after_talk", "thank-you after her talk at the union's Athlone conference (1 of 3)", [
    ("ty_1", "2021-06-13 19:02", "Clodagh, thanks for your talk in Athlone today on the hypertension checks. Really practical. I'm going to copy your referral letter template if you don't mind! Pádraig"),
    ("me", "2021-06-13 21:30", "Not at all Pádraig, copy away. Shout if you get stuck with the GP side."),
])
genuine("thank_you_after_talk", "thank-you after the Athlone talk (2 of 3), near-duplicate", [
    ("ty_2", "2021-06-13 20:41", "Hi Clodagh, thank you for your talk in Athlone today on the blood pressure checks. Very practical! Would you mind sharing your referral letter template? Ruth"),
    ("me", "2021-06-13 21:33", "Hi Ruth, of course, sending it by email now."),
])
genuine("thank_you_after_talk", "thank-you after the Athlone talk (3 of 3), near-duplicate", [
    ("ty_3", "2021-06-14 08:12", "Morning Clodagh, thanks for the talk in Athlone yesterday on the BP checks, very practical stuff. Great to connect. Enda"),
])
genuine("owner_started_quote", "she asked a robot vendor for a quote herself", [
    ("me", "2021-07-02 14:10", "Hi Martin, we met at the union stand in Athlone. I'm seriously considering a small dispensing robot for next year, we're at about 7,500 items a month and the back room is 14 square metres. Could you give me a ballpark and a list of reference sites in the west?"),
    ("robot_vendor", "2021-07-02 16:48", "Hi Clodagh, great to hear from you. At 7,500 items you'd be looking at our compact unit, which fits 2.2m wide. Ballpark installed price is €95-110k depending on the picking heads, or lease over 5 years from about €1,900 a month. Reference sites: Ballina and Ennistymon both run the same unit. I can arrange a visit."),
    ("me", "2021-07-02 17:05", "That's helpful, thanks. Ennistymon would be handy. Let me talk to my accountant first and I'll come back to you in September."),
    ("robot_vendor", "2021-07-02 17:09", "No rush at all. Talk in September."),
])
genuine("vendor_contract_renewal", "existing PMR software vendor, renewal and price increase", [
    ("me", "2021-08-30 09:55", "Hi Karen, our contract is up in November. I've had the renewal letter with a 9% increase on the licence, which is a lot given the downtime we had in March. Can we talk?"),
    ("pmr", "2021-08-30 12:20", "Hi Clodagh, thanks for reaching out directly. I hear you on March, that outage was on us. I can't change the list increase but I can offer a 3-year term at the old price for year one, and I'll waive the fee for the second terminal. Would that help?"),
    ("me", "2021-08-30 12:41", "It helps. Put it in writing and I'll sign. And please tell the dev team the interaction checker still doesn't flag the clarithromycin-statin one properly."),
    ("pmr", "2021-08-30 12:50", "Will do both. Thank you for staying with us."),
])
genuine("reference_request", "former employee asks for a reference", [
    ("old_tech", "2021-04-12 18:22", "Hi Clodagh, hope you and the gang are well! I'm applying for a chief technician job in UHG and they want a reference from a community pharmacy. Would you be willing? You were the best boss I ever had, no pressure haha"),
    ("me", "2021-04-12 19:00", "Laura of course! Give them my mobile and email. Best of luck, they'd be mad not to take you."),
    ("old_tech", "2021-05-20 09:15", "GOT IT!! Thank you so much 🎉"),
])
genuine("community_health", "public health nurse about dressings for a shared patient", [
    ("phn", "2021-02-08 12:33", "Hi Clodagh, it's Sinéad the PHN. Mr O'H on Ballymoneen Road needs the silver foam dressings 10x10 instead of the 15x15 from this week. Script coming from Dr Kenny. Could you make sure they're in for Thursday?"),
    ("me", "2021-02-08 12:50", "No problem Sinéad, ordering now, will be in Wednesday. I'll drop them up myself Thursday morning, I'm passing."),
])
genuine("customer_thanks", "customer's son thanks her for help during a late-night emergency", [
    ("patient_son", "2021-01-18 21:10", "Ms Moran, you won't remember me but you opened the shop for us at 10pm on St Stephen's night when my father's inhaler ran out and the out-of-hours was hours away. I never properly thanked you. He's doing well. Thank you. Declan Holland"),
    ("me", "2021-01-19 08:20", "Declan, of course I remember, and I'm very glad he's doing well. Tell him I was asking for him. That's what we're there for."),
])
genuine("neighbour_joint_event", "physio next door proposes a joint back-pain evening", [
    ("physio", "2021-09-28 13:05", "Clodagh, the Men's Shed asked me to do a back pain talk. Would you do 15 min on painkillers - what's safe, what interacts, the usual? Free event, 19 Oct in the community centre. Tea and biscuits provided (by you if you're feeling generous 😉)"),
    ("me", "2021-09-28 13:40", "Count me in. I'll bring the biscuits and a box of the pill organisers, they always go down well."),
])
genuine("accountant_fees", "long-standing accountant, year-end and fee adjustment", [
    ("accountant", "2021-06-30 17:20", "Clodagh, year-end pack is ready for signing. Also in fairness I should flag our fee for next year goes from €4,800 to €5,200 - we've taken on the payroll reconciliations since the new tech started. Happy to talk it through. By the way, you should move the payroll off the spreadsheet, it's costing you my time."),
    ("me", "2021-07-01 08:10", "Fair enough Declan, I knew it was coming. I'll come in Monday to sign. And yes yes, the payroll. Recommend someone?"),
    ("accountant", "2021-07-01 08:25", "Fiona Rooney at Atlantic Payroll is good, I'll mention you to her."),
])
genuine("landlord_lease", "shopping centre manager on lease renewal terms", [
    ("landlord", "2021-03-22 11:40", "Hi Clodagh, as discussed the lease renewal is due in September. The owners are proposing a 10-year term with a rent review at year 5, and the current rent plus CPI. Can we set up a meeting with your solicitor present?"),
    ("me", "2021-03-22 14:00", "Thanks Yvonne. My solicitor is Gerry Kyne, I'll get him to contact you. I'd want a break clause at 5 too, and the unit next door first refusal if it ever comes free."),
    ("landlord", "2021-03-22 14:31", "Noted, I'll put both to the owners."),
])
genuine("university_placement", "placement coordinator asks her to take an intern and do a guest lecture", [
    ("ucc", "2021-02-01 10:00", "Dear Clodagh, Rían Mulkerrin tells me he has been in touch. We'd be very happy for him to do his placement with you. Also - would you consider a 45-minute online guest lecture for our 3rd years on running an independent pharmacy? We can offer a small honorarium of €150."),
    ("me", "2021-02-01 12:12", "Hi Orla, happy to have Rían. And yes to the lecture, no need for the honorarium, give it to the student society."),
])
genuine("sponsorship_renewal", "GAA club treasurer asks her to renew the long-running jersey sponsorship", [
    ("gaa", "2021-02-25 20:14", "Clodagh, hope you're keeping well. The U-12 girls' jerseys are falling apart and we're doing a new set. You've had your name on them for 6 years now - would you go again? Same as before, €600 for three years. The girls would love it."),
    ("me", "2021-02-26 09:02", "Of course Seamus. Send me the invoice. Can we get the logo a bit smaller this time, it looked like the pharmacy was playing 😄"),
    ("gaa", "2021-02-26 09:30", "Ha! Will tell the printer. Thanks a million Clodagh."),
])
genuine("spam_folder_genuine", "a patient's daughter asks about a liquid formulation; landed in SPAM", [
    ("spam_daughter", "2021-04-07 22:41", "Hello, sorry for contacting you here, I couldn't get through on the phone. My father (Tom Canavan, Rahoon) has trouble swallowing since his stroke and his pharmacist in Dublin said you might be able to get his levetiracetam in liquid form. Is that something you could do? He's moving in with me next week. Many thanks, Róisín"),
    ("me", "2021-04-12 09:30", "Hi Róisín, so sorry, your message went into a folder I don't check. Yes, the liquid is available and we can order it in for next day. Just get his script transferred to us and call in, I'll go through the dosing syringe with you."),
], folder="SPAM")
genuine("shortage_notice", "second wholesaler on HRT patch allocation", [
    ("hrt_wholesale", "2021-03-01 09:10", "Hi Clodagh, the 50mcg patches are on allocation again: max 4 packs per account per week until end of March. I've reserved your 4 for Tuesdays. The 75 strength is fine for now."),
    ("me", "2021-03-01 09:30", "Thanks Brian. Let me know the minute that changes, I've 11 ladies on them."),
])
genuine("insurance_renewal", "long-standing broker on indemnity renewal with a premium increase", [
    ("broker", "2021-07-19 10:45", "Hi Clodagh, your professional indemnity and shop policy renews on 1 September. The insurer is coming in at €3,940, up 8% - mostly because of the vaccination activity now being on the schedule. I've asked two other markets but they won't touch vaccination for less. Also Tadhg mentioned a joint flu clinic off-site; that will need an endorsement, let's talk."),
    ("me", "2021-07-19 11:20", "Thanks Patricia. Go ahead with the renewal. Ring me about the endorsement Thursday morning?"),
])
genuine("group_rota", "group chat of local pharmacists about Christmas rota", [
    ("group_a", "2021-11-02 20:05", "Right lads, Christmas rota. Who's taking St Stephen's Day this year? I did it last year."),
    ("group_b", "2021-11-02 20:12", "I can do Stephen's if someone takes New Year's Day."),
    ("me", "2021-11-02 20:30", "I'll do New Year's Day. Gearóid you do the 27th and we're square."),
    ("group_a", "2021-11-02 20:34", "Grand. Úna you're a star."),
], title="Galway West pharmacies - rota")
genuine("mentoring", "young pharmacist asks advice on buying her own pharmacy", [
    ("mentee", "2021-10-12 21:00", "Hi Clodagh, I hope it's ok to message. I'm thinking of putting in an offer on a pharmacy in Gort that's coming up. You said at the union dinner to ask you anything. What should I look at before making an offer? I'm a bit terrified tbh"),
    ("me", "2021-10-12 21:45", "Of course it's ok. Terrified is the right amount. Three things first: the split of GMS vs private scripts over 3 years, the lease (length and any rent review), and staff contracts. Get the accounts to Declan Feeney, he's done a few of these. And ring me Saturday morning, I'll tell you my horror stories."),
    ("mentee", "2021-10-12 21:49", "Thank you so so much. Saturday it is."),
])
genuine("existing_supplier", "OTC brand rep arranging her autumn order", [
    ("otc_rep", "2021-08-23 10:10", "Hi Clodagh, I'm in Galway Thursday. Will I call in for the autumn order? The cold & flu bundles are on the same deal as last year, 12 + 2 free, and I have the new window display if you want it."),
    ("me", "2021-08-23 10:30", "Call in after 11. No window display thanks, my window is for the flu vaccine poster this year."),
])
genuine("inbound_lead_school", "school principal wants to buy first-aid kit refills and a talk", [
    ("school", "2021-08-25 14:00", "Dear Clodagh, we're restocking the first aid kits for 14 classrooms and the yard before school starts. Could you give us a price for refills (plasters, gauze, burn gel, gloves) and would you be able to do a short talk for the staff on the EpiPen? We'd much rather support a local business. Regards, Majella Corless"),
    ("me", "2021-08-25 16:30", "Dear Majella, delighted to. I'll make up a list with prices per classroom kit and send it tomorrow. EpiPen refresher - I can do a lunchtime on the 30th or 31st. Would that work?"),
    ("school", "2021-08-25 16:45", "The 31st at 1pm would be perfect. Thank you."),
])
genuine("staff_congrats", "her technician congratulates her on the shortlist for the local business award", [
    ("staff_tech", "2021-10-15 22:00", "Just saw the Courier!! Shortlisted for Best Local Business Knocknacarra 👏👏 so deserved. Drinks on you Friday haha"),
    ("me", "2021-10-16 08:30", "Ha, thanks Eimear. It's a team award, drinks on the pharmacy. 🍻"),
])

genuine("event_invitation", "traders' association chair invites her to the Christmas lights evening", [
    ("traders", "2021-10-25 19:20", "Hi Clodagh, the lights switch-on is Friday 26 Nov at 6. We'd love the pharmacy to do the hot chocolate stand again like 2019 - Santa's coming on the Rovers' tractor. Members' meeting beforehand on the 10th in the Oslo at 7.30 if you can make it."),
    ("me", "2021-10-25 20:05", "We'll do the hot chocolate, Eimear is already planning marshmallows. I'll try for the 10th."),
])
genuine("owner_started_colleague", "she asks her old hospital boss about a discharge prescription", [
    ("me", "2021-09-09 11:02", "Brendan, hope you're well. Patient of ours discharged from your cardiology ward yesterday with apixaban 5mg BD AND his old warfarin still on the discharge letter. GP is off till Monday. Can someone on the ward confirm the warfarin was meant to stop? I'm holding both till I hear."),
    ("hosp_pharm", "2021-09-09 11:40", "Good catch Clodagh. Warfarin stopped on the 6th, the letter is wrong. Ward pharmacist will fax a corrected letter to you and the GP within the hour."),
    ("me", "2021-09-09 11:44", "Thanks. Owe you one, as always."),
    ("hosp_pharm", "2021-09-09 11:47", "You owe me about forty by now 😄"),
])

# ================================================================ WANTED PITCHES (12)
wanted("automation_post", "robot vendor read her LinkedIn post about the flu-season dispensing backlog", [
    ("w_robot", "2021-10-06 09:30", "Hi Clodagh, I read your post last week about the back room during flu season - 'three of us picking boxes while the vaccine queue goes out the door'. The bit about the 14 m² room stuck with me, because that's the reason we built a wall-mounted unit that's only 60cm deep. It wouldn't replace your picking, but it'd hold your top 300 lines. If you want, I can send a floor plan using the measurements you mentioned and a cost per month - no visit needed unless you like what you see. Ciarán"),
    ("me", "2021-10-06 12:15", "Hi Ciarán, fair play for reading it properly. 60cm deep is interesting. Send me the floor plan and the lease cost, I'm already talking to another vendor so it'd be good to compare."),
    ("w_robot", "2021-10-06 12:40", "Will do by Friday. Thanks Clodagh."),
])
wanted("site_visit_shopfit", "shopfitter visited the shop and names the step and the consultation room", [
    ("w_shopfit", "2021-06-21 17:45", "Hi Clodagh, I was in your pharmacy on Saturday for my mother's prescription and couldn't help noticing two things as a joiner: the step at the door (I watched a lady with a walker struggle) and the consultation room, which is really a cupboard - the door hits the chair. I do small pharmacy refits around Galway (Kilbane's in Salthill was mine). A ramp and moving that partition 80cm would solve both without closing the shop. Happy to measure it up free one evening if it's of any use. Tomás Burke"),
    ("me", "2021-06-22 08:40", "Tomás, you're right about both, and Gearóid speaks well of you. Can you come Tuesday after 6?"),
])
wanted("recruiter_relevant_candidate", "recruiter has a pharmacist relocating to Knocknacarra, mutual contact named", [
    ("w_recruit", "2021-09-01 11:20", "Hi Clodagh, Deirdre Hession gave me your name - she said you're the one in Knocknacarra who'd want to hear this. I'm working with a pharmacist (PSI registered, 8 years, MDS and vaccination trained) who's moving to Barna in October and only wants part-time, 3 days, within 10 minutes of home. Deirdre says you took on a nursing home this year, so you might need the extra days. Standard fee would apply but I'm not sending her anywhere else until you've said yes or no. Lorraine"),
    ("me", "2021-09-01 12:05", "Hi Lorraine, that's very timely actually. Send me the CV. What's the fee for a part-time perm?"),
    ("w_recruit", "2021-09-01 12:30", "10% of annualised salary, pro rata. CV on its way."),
])
wanted("integration_her_setup", "add-on that plugs into her existing PMR for MDS tracking", [
    ("w_pmraddon", "2021-04-14 09:02", "Hi Clodagh, I saw on the Dispensa user forum that you asked whether anyone had a way to track MDS tray changes without a paper log. We built TrayTrack exactly for that: it reads the Dispensa export, flags mid-cycle changes and keeps a signed audit trail for the nursing home. Two pharmacies in Mayo use it with the same Dispensa version you mentioned (v7.3). Free for 60 days, then €49 a month. Would you like a 20-minute screen share?"),
    ("me", "2021-04-14 13:20", "That forum post was a cry for help, so yes. Next Wednesday at 2?"),
])
wanted("talk_she_gave", "BP monitor supplier references her Athlone talk and the hypertension pilot", [
    ("w_bp", "2021-06-16 10:10", "Dear Clodagh, I was in the audience in Athlone on Sunday. You said the biggest problem with the hypertension checks is that patients' home readings come in on the backs of envelopes. We supply validated home monitors that sync to a simple report you could send to the GP, and we're looking for two Irish pharmacies for a 3-month pilot at no cost - 20 loan monitors, no obligation afterwards. Given your 212 checks, you'd give us the most useful feedback of anyone there. Hugh Canning"),
    ("me", "2021-06-16 18:00", "Hugh, envelopes is being kind, I've had them on a Lotto ticket. Send me the pilot terms."),
])
wanted("public_register_planning", "architect saw her planning application on the council register", [
    ("w_architect", "2021-05-04 14:25", "Hello Clodagh, I noticed your planning application on the Galway City Council portal for the change of use of the unit beside the pharmacy (ref. 21/xxx). I think the application may get a further-information request on the disabled access, which has happened to two of my clients on the same centre. We've done the access statement for the centre once already, so it'd be quick for us to prepare. If it's useful I'm glad to have a free look at the drawings. Eilís Mannion"),
    ("me", "2021-05-04 16:50", "Hi Eilís, thanks - my builder drew those himself so you may well be right. I'll send them on."),
])
wanted("mutual_contact_payroll", "payroll bureau referred by her accountant by name", [
    ("w_payroll", "2021-07-05 09:30", "Hi Clodagh, Declan Feeney asked me to get in touch - he said your payroll is on a spreadsheet and taking his team's time at year-end. We do payroll for about 40 small businesses in Galway including three pharmacies; for 7 staff with a mix of hours and Sunday premium it would be €85 a month, and Declan gets the journals directly. No contract, month to month. Would a quick call suit this week?"),
    ("me", "2021-07-05 10:15", "Hi Fiona, Declan is relentless 😄 Yes, Thursday morning please."),
])
wanted("press_item_sharps", "clinical waste company read the Courier article on her needle exchange", [
    ("w_sharps", "2021-03-15 11:00", "Hi Clodagh, I read in the Connacht Courier that you've started the needle exchange at the pharmacy - fair play, it's badly needed on that side of the city. From experience with the pharmacies in Limerick that run it, sharps volumes double within 6 months, and a fortnightly collection gets tight. We could do weekly 60L collections for roughly what you're paying for fortnightly now. Happy to send a price if you tell me your current provider's bin sizes. Keith"),
])
wanted("site_visit_web", "freelance dev found the flu-vaccine booking page broken on mobile", [
    ("w_web", "2021-10-01 20:30", "Hi Clodagh, I tried to book a flu jab for my dad on your website tonight on my phone and the booking page doesn't work on mobile - the time slots are cut off on the right and the 'confirm' button is hidden behind the cookie banner. Desktop is fine. I'm a web developer in Knocknacarra; it's about two hours' work to fix. I'll do it for €120 or just tell you what's wrong so your current web person can fix it - either way. Jack"),
    ("me", "2021-10-01 21:10", "Jack, that would explain the phone calls. Can you fix it tomorrow? €120 is fine."),
    ("w_web", "2021-10-01 21:14", "Yes, send me a login and I'll have it done by lunchtime."),
])
wanted("shop_noticed_supplier", "local skincare maker saw her 'Made in the West' shelf", [
    ("w_seaweed", "2021-05-26 15:15", "Hi Clodagh, I'm the founder of Cois Cladaigh - seaweed skincare made in Spiddal. I saw the photo of your new 'Made in the West' shelf on the pharmacy's Instagram and noticed you have the Connemara soap and the Achill salt but nothing for sensitive or eczema-prone skin, which is what we make (fragrance-free, dermatologically tested). I could drop in samples and a tester unit and do sale-or-return for the first two months. Nora"),
    ("me", "2021-05-26 19:40", "Hi Nora, sale or return sounds fair. Drop in any weekday morning and ask for me."),
])
wanted("specific_problem_energy", "energy consultant references her fridge upgrade and the SEAI grant", [
    ("w_energy", "2021-02-10 10:40", "Hi Clodagh, in the union's newsletter you wrote about replacing your two vaccine fridges after the power cut. The SEAI's small business scheme can cover up to 30% of efficient refrigeration if an energy audit is done first - the audit itself is grant-aided down to €200. I do these for retailers in Galway. If you haven't bought the fridges yet it may be worth waiting 3 weeks for the audit. Paul Mongan"),
    ("me", "2021-02-10 12:30", "I haven't ordered yet. Can you come next week?"),
])
wanted("job_ad_training", "CPD provider noticed her job ad asking for vaccinator-trained technicians", [
    ("w_cpd", "2021-08-11 09:00", "Dear Clodagh, I saw your ad on the PSI jobs board for a technician 'willing to train as vaccination support'. We run the practical module for pharmacy technicians supporting vaccination clinics (anaphylaxis, consent paperwork, cold chain) - one Saturday in Galway on 11 September, €190. It's the one the Oranmore and Salthill pharmacies used last year. If you'd like, I'll hold a place until your new person starts. Ann"),
])

# ================================================================ JUNK (38)
junk("generic_automation", "generic robot pitch, counterpart of the tailored one", [
    ("j_robot", "2021-09-14 08:05", "Hello Clodagh, Are you looking to revolutionize your pharmacy operations? OmniDispense is the global leader in intelligent pharmacy automation, trusted by over 5,000 pharmacies worldwide. Our solutions reduce dispensing errors by up to 99% and free up staff time for patient care. I'd love to schedule a brief demo at your convenience. Best regards, Derek"),
])
junk("generic_shopfit", "generic shopfitting pitch, counterpart of the tailored one", [
    ("j_shopfit", "2021-05-11 10:12", "Hi Clodagh, hope you're well. RetailSpace Fitouts delivers turnkey retail fit-outs across Ireland and the UK, on time and on budget. Whether you're refreshing your store or planning a complete redesign, our award-winning team can help. Could we arrange a call to discuss your upcoming projects?"),
])
junk("generic_software", "generic pharmacy cloud software pitch", [
    ("j_soft", "2021-06-03 14:30", "Hi Clodagh! Pharmacies like yours are switching to PharmaCloud360 - the all-in-one cloud platform for dispensing, inventory, POS and patient engagement. Clients report 30% time savings in the first month. Do you have 20 minutes next week for a personalised demo?"),
    ("j_soft", "2021-06-10 09:00", "Hi Clodagh, just bumping this to the top of your inbox. Would next Tuesday or Wednesday work for a quick demo?"),
])
junk("generic_seo", "generic SEO agency pitch, counterpart of the web fix", [
    ("j_web", "2021-04-20 11:45", "Hi Clodagh, I was looking at Moran's Pharmacy online and I think you're missing out on a lot of local traffic. We help healthcare businesses rank #1 on Google within 90 days. Can I send over a free audit?"),
])
junk("template_growth", "mass template 1/5: 'impressed by growth', unlock revenue", [
    ("j_tpl1", "2021-03-16 09:14", "Hi Clodagh, I came across your profile and was really impressed by what you've built at Moran's Pharmacy. We work with healthcare business owners to unlock 20-30% more revenue without adding headcount. Would you be open to a short chat to see if there's a fit?"),
])
junk("template_growth", "mass template 2/5, different fill and wording", [
    ("j_tpl2", "2021-04-06 13:02", "Hi Clodagh - came across your profile and really impressed with what you've built at Moran's Pharmacy! We partner with healthcare owners to unlock 25% more revenue without extra headcount. Open to a quick chat to explore a fit?"),
])
junk("template_growth", "mass template 3/5, different fill", [
    ("j_tpl3", "2021-05-25 16:40", "Hello Clodagh, I came across your profile and was genuinely impressed by what you've built at Moran's Pharmacy. At Kinsella Growth Labs we help pharmacy owners unlock 20-30% more revenue without hiring. Would you be open to a brief chat to see if it's a fit?"),
])
junk("template_growth", "mass template 4/5, the German-language variant", [
    ("j_tpl4", "2021-06-22 08:55", "Hallo Clodagh, ich bin auf Ihr Profil gestoßen und war wirklich beeindruckt, was Sie mit Moran's Pharmacy aufgebaut haben. Wir helfen Inhabern im Gesundheitswesen, 20-30 % mehr Umsatz zu erzielen, ohne zusätzliches Personal. Hätten Sie Lust auf ein kurzes Gespräch, um zu sehen, ob es passt?"),
], language="de")
junk("template_growth", "mass template 5/5, with a follow-up", [
    ("j_tpl5", "2021-07-19 10:10", "Hey Clodagh, came across your profile - super impressed by what you've built at Moran's Pharmacy. We help healthcare owners unlock 20-30% more revenue w/o adding headcount. Open to a short chat?"),
    ("j_tpl5", "2021-07-26 10:10", "Hey Clodagh, circling back on this. Worth a short chat?"),
])
junk("merge_tag_failure", "merge tag {first_name} left unfilled", [
    ("j_merge1", "2021-02-17 07:30", "Hi {first_name}, I noticed you run a business in the {industry} space. We help owners like you book 15-20 qualified appointments a month on autopilot. Worth a chat?"),
])
junk("merge_tag_failure", "placeholder [Company] left in", [
    ("j_merge2", "2021-03-29 12:00", "Dear Clodagh, we are reaching out to healthcare leaders at [Company] to invite you to feature in our Q2 Health Innovators supplement, reaching 40,000 decision makers. Please let me know if [Company] would be interested and I will send the media kit."),
])
junk("merge_tag_failure", "wrong first name (Siobhan) in a lighting pitch", [
    ("j_merge3", "2021-05-07 15:22", "Hi Siobhan, great to connect. Retail lighting accounts for up to 40% of a shop's electricity. We've helped stores across Ireland cut that in half with LED retrofits at zero upfront cost. Can I send you a quote?"),
])
junk("merge_tag_failure", "wrong company (Boots Galway) in a loyalty-app pitch", [
    ("j_merge4", "2021-08-04 11:11", "Hi Clodagh, loved seeing the growth at Boots Galway Shop Street! Our loyalty app helps pharmacies increase repeat visits by 35%. I'd love to show you how it could work for Boots Galway Shop Street - free this week?"),
])
junk("sponsored_inmail", "Sponsored InMail for an executive MBA", [
    ("j_sp1", "2021-09-09 12:00", "<p>Hi Clodagh,</p><p>Ready to take your leadership to the next level? The Northfield Executive MBA is built for busy professionals &ndash; study online, graduate in 18 months.</p><p><b>Applications close 30 September.</b> Download the brochure today.</p>"),
], title="Sponsored Conversation", subject="Your next career move starts here")
junk("sponsored_inmail", "Sponsored InMail for a business bank account", [
    ("j_sp2", "2021-10-14 12:00", "<p>Hi Clodagh,</p><p>Switch your business banking to Tillpoint and get 12 months fee-free plus &euro;250 when you open an account before 31 October.</p><p>Terms apply.</p>"),
], title="Sponsored Conversation", subject="€250 for your business")
junk("paid_award", "'shortlisted' for an award that needs an entry fee", [
    ("j_award", "2021-07-13 09:45", "Dear Clodagh, congratulations! Following our research team's review, Moran's Pharmacy has been shortlisted for the Irish Health Excellence Awards 2021 in the category Community Pharmacy of the Year (Connacht). To confirm your place, a participation fee of €495 + VAT applies, which includes one seat at the gala dinner in the Shelbourne. Please confirm by Friday to secure your nomination."),
    ("j_award", "2021-07-20 09:45", "Dear Clodagh, a final reminder that your shortlisting expires this Friday. Table packages for your team are also available."),
])
junk("paid_podcast", "podcast 'feature' that costs a sponsorship fee", [
    ("j_podcast", "2021-04-28 18:00", "Hi Clodagh, I host Health Leaders Ireland, a podcast for the country's top healthcare minds. We'd love to feature you as a guest! Guests contribute a small production fee of €350 which covers editing, promotion to our 15k audience and a professional video clip for your LinkedIn. Shall I send the booking link?"),
])
junk("sells_what_she_sells", "pitches workplace flu clinics to a pharmacy that runs them", [
    ("j_flu", "2021-09-02 10:30", "Hi Clodagh, flu season is around the corner! Protect your team with an on-site flu vaccination clinic from FluGuard. Our qualified vaccinators come to you - minimum 20 staff, from €25 per head. Shall I reserve a date for Moran's Pharmacy?"),
])
junk("capacity_for_clients", "'do you have capacity for new clients?'", [
    ("j_capacity", "2021-02-23 08:20", "Hey Clodagh, quick question - do you have capacity to take on new clients at the moment? We generate pre-qualified leads for healthcare providers on a pay-per-appointment basis. If you've room for 10-15 more a week, I'd love to show you how."),
])
junk("like_minded_connect", "'connect as like-minded entrepreneurs'", [
    ("j_likeminded", "2021-03-04 22:15", "Hi Clodagh, I love connecting with like-minded entrepreneurs who are passionate about growth and making an impact. I see we share a lot of the same values. Let's connect and support each other's journey! 🚀 PS - I run a mastermind for ambitious business owners, happy to share details."),
])
junk("quick_call", "'quick 15-minute call' with nothing specific", [
    ("j_15min", "2021-06-15 13:45", "Hi Clodagh, I'll keep this short - do you have 15 minutes this week for a quick call? I think there could be real synergy between OptiMargin and your business. What does your calendar look like Thursday?"),
])
junk("connect_then_pitch", "connected as 'fellow Galway business people', pitch in message 2", [
    ("j_ctp1", "2021-03-08 08:02", "Thanks for connecting Clodagh! How are things in Knocknacarra? Busy time of year for pharmacies I'd imagine."),
    ("j_ctp1", "2021-03-10 09:30", "Clodagh, I work with independent pharmacies to grow front-of-shop margin by 8-12% in 90 days with my ProfitPath programme. I have 2 spots left for April. Want me to send over the details?"),
])
junk("connect_then_pitch", "small talk, owner answers, then aesthetics training pitch", [
    ("j_ctp2", "2021-05-19 09:20", "Hi Clodagh, thanks for accepting! I love the look of your shop on Instagram, the window is gorgeous. Have you been in the pharmacy long?"),
    ("me", "2021-05-19 12:10", "Thanks Chloe! 14 years now."),
    ("j_ctp2", "2021-05-19 12:30", "Amazing!! So many pharmacists are adding aesthetics now - our Level 7 Botox & fillers course is only €2,950 and you'd make that back in a month. Next intake is June. Shall I hold you a place? 💉✨"),
])
junk("connect_then_pitch", "'fellow UCC alumnus', pension pitch in message 3", [
    ("j_ctp3", "2021-08-02 11:00", "Thanks for connecting Clodagh! Great to see a fellow UCC grad doing well. Which year were you?"),
    ("j_ctp3", "2021-08-04 09:10", "Hope the summer is treating you well in Galway!"),
    ("j_ctp3", "2021-08-09 10:00", "Clodagh, I specialise in pension and tax planning for self-employed professionals. Most pharmacy owners I meet are overpaying tax by €10k+ a year. Could we grab a 20-minute Zoom?"),
])
junk("connect_then_pitch", "connects, compliments, then review-gating pitch", [
    ("j_ctp4", "2021-09-13 08:45", "Hi Clodagh, thanks for connecting! Just saw Moran's has 4.6 stars on Google, lovely!"),
    ("j_ctp4", "2021-09-14 08:45", "We help local businesses get to 4.9 by sending automated review requests to happy customers only. €79/month, cancel anytime. Shall I set up a free trial?"),
])
junk("follow_up_bumps", "three bumps with no reply, shelf analytics", [
    ("j_bump1", "2021-01-12 10:00", "Hi Clodagh, ShelfSmart uses AI cameras to track shelf gaps and planogram compliance in real time. Open to a demo?"),
    ("j_bump1", "2021-01-19 10:00", "Hi Clodagh, following up on my last note. Any interest?"),
    ("j_bump1", "2021-01-28 10:00", "Hi Clodagh, I know you're busy. Just floating this back up."),
    ("j_bump1", "2021-02-09 10:00", "Hi Clodagh, I'll assume the timing isn't right. Should I close your file?"),
])
junk("follow_up_bumps", "offshore dev bumps, no reply", [
    ("j_bump2", "2021-04-01 15:00", "Hello Clodagh, NearshoreDev provides dedicated software developers from Spain and Portugal at 40% below Irish rates. Could we help with any upcoming digital projects?"),
    ("j_bump2", "2021-04-09 15:00", "Hi Clodagh, just following up in case my message got lost."),
])
junk("off_topic_crypto", "crypto yield product", [
    ("j_crypto", "2021-05-03 23:40", "Hi Clodagh, how are you doing today? I help busy professionals earn passive income with a stable 2% weekly yield on digital assets. No experience needed. Can I show you how my clients are doing?"),
])
junk("fluent_named_generic", "fluent, names her pharmacy, but a generic chatbot pitch", [
    ("j_fluent", "2021-08-18 09:00", "Hi Clodagh, Moran's Pharmacy is clearly a cornerstone of the Knocknacarra community, and I imagine your team fields a huge number of phone calls every day - opening hours, stock checks, prescription status. ChatDesk AI answers those instantly, 24/7, in a warm, on-brand voice, freeing your pharmacists for what matters most: patients. Pharmacies using ChatDesk see a 60% drop in routine calls. Would you be open to seeing a 10-minute demo tailored to Moran's Pharmacy?"),
])
junk("generic_finance", "merchant cash advance", [
    ("j_loan", "2021-06-29 11:30", "Hi Clodagh, need working capital? FastFund offers business loans from €10k to €500k with approval in 24 hours. No security needed. Reply YES and I'll send the application link."),
])
junk("irrelevant_recruiter", "recruiter offering her a medical sales rep job", [
    ("j_recruit", "2021-03-11 14:20", "Hi Clodagh, I came across your profile and think you'd be a great fit for an exciting Medical Sales Representative role with a leading pharma company in Dublin. Competitive package + car. Are you open to new opportunities?"),
])
junk("ghostwriting", "LinkedIn ghostwriting", [
    ("j_ghost", "2021-07-07 08:00", "Hi Clodagh, your LinkedIn could be your biggest lead generator. I write 3 posts a week in your voice for business owners - clients average 10x profile views. Want me to write your first post free?"),
])
junk("mass_acquisition", "mass-sent 'we buy pharmacies' approach", [
    ("j_acquire", "2021-04-15 10:00", "Dear Pharmacy Owner, Meridian Pharmacy Group is actively acquiring independent pharmacies across Ireland. If you have considered succession or sale, we offer a confidential valuation and a fast, discreet process. Please reply to arrange a confidential conversation."),
])
junk("generic_bp", "generic BP monitor pitch, counterpart of the tailored one", [
    ("j_bp", "2021-07-01 13:00", "Hi Clodagh, CardioCheck Pro is the #1 blood pressure kiosk for pharmacies. Increase footfall and revenue with our self-service health station. Can I book a demo?"),
])
junk("generic_payroll", "generic payroll pitch, counterpart of the referred bureau", [
    ("j_payroll", "2021-06-08 09:30", "Hi Clodagh, is payroll taking up too much of your time? PayEasy automates payroll, leave and pensions for SMEs. Book your free demo today!"),
])
junk("generic_energy", "generic energy broker, counterpart of the SEAI consultant", [
    ("j_energy", "2021-01-26 11:00", "Hi Clodagh, businesses across Ireland are overpaying for electricity. We compare 10+ suppliers in minutes. Send me a recent bill and I'll show you how much you could save!"),
])
junk("off_topic_product", "CBD wholesale pitch", [
    ("j_cbd", "2021-09-27 16:00", "Hey Clodagh! 🌿 Verdant CBD is looking for stockists in Galway. Premium oils, gummies and balms, 50% margin, no minimum order. Want our price list?"),
])
junk("off_topic_product", "home solar panels pitch", [
    ("j_solar", "2021-05-14 19:00", "Hi Clodagh, with energy prices rising, now's the time to go solar at home. SEAI grants of up to €2,400 available. Free home survey this month - interested?"),
])

ex.write(HERE.parent / SLUG,
         {"First Name": "Clodagh", "Last Name": "Moran",
          "Headline": "Owner & Supervising Pharmacist at Moran's Pharmacy, Knocknacarra",
          "Summary": "Independent community pharmacist in Galway since 2007. Flu and Covid vaccination, "
                     "hypertension checks, monitored dosage for nursing homes. Proud of my team.",
          "Industry": "Pharmaceuticals", "Zip Code": "H91", "Geo Location": "Galway, Ireland",
          "Websites": "[COMPANY:moranspharmacy.ie]"},
         [{"Company Name": "Moran's Pharmacy", "Title": "Owner & Supervising Pharmacist",
           "Description": "Independent pharmacy, 7 staff.", "Location": "Knocknacarra, Galway",
           "Started On": "Mar 2007", "Finished On": ""},
          {"Company Name": "Galway Clinic Pharmacy", "Title": "Hospital Pharmacist",
           "Description": "", "Location": "Galway", "Started On": "Sep 2002", "Finished On": "Feb 2007"},
          {"Company Name": "University College Cork", "Title": "Pharmacy graduate",
           "Description": "", "Location": "Cork", "Started On": "Sep 1997", "Finished On": "Jun 2001"}],
         ["Community Pharmacy", "Vaccination", "Medication Review", "Monitored Dosage Systems",
          "Pharmacy Management", "Hypertension Screening"])
print(ex.summary())

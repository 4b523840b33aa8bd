"""Persona: Joanne Whitlock, senior management accountant at an (invented) NHS hospital trust in
Birmingham. English only, 2024 export layout. Every message is written by hand for dev33
(written blind to the detector). Run: python this_file.py  -> regenerates the persona folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-management-accountant-nhs-trust-birmingham"
TRUST = "Rea Valley Hospitals NHS Foundation Trust"

owner = Person("me", "Joanne Whitlock", "https://www.linkedin.com/in/joanne-whitlock-acma",
               TRUST, "Senior Management Accountant")
x = Export(SLUG, "2024", owner)
p = x.person
c = x.conv

# ----------------------------------------------------------------- people: genuine contacts
p("deepak", "Deepak Sandhu", TRUST, "Head of Management Accounts", connected="2014-03-11")
p("gm_surg", "Lorraine Cotterill", TRUST, "Divisional General Manager, Surgery", connected="2019-07-02")
p("uni_rd", "Tom Ashworth", "University of Edgbaston Research Office", "Clinical Trials Finance Officer",
  connected="2024-01-15")
p("hospice", "Margaret Oyelaran", "St Chad's Hospice Kings Heath", "Director of Finance and Resources",
  connected="2022-05-20")
p("ledger_am", "Gavin Pryce", "Ledgerline Systems", "Account Manager, Public Sector", connected="2020-10-08")
p("clari_cs", "Hannah Dobbs", "Clarivue Analytics", "Customer Success Manager", connected="2022-02-14")
p("peer_wolv", "Rizwan Bhatti", "Black Country Royal Hospitals NHS Trust", "Costing Lead",
  connected="2017-09-19")
p("recruit_ok", "Kerry Mansell", "Sandwell Finance Recruitment", "Senior Consultant, Public Sector Finance",
  connected="2018-06-01")
p("applicant", "Aisha Kamara", "", "BSc Accounting & Finance graduate, Aston", invite=("IN", "2024-06-03 19:12",
  "Hi Joanne, I've applied for the Band 5 trainee accountant post and wondered if I could ask a question."),
  connected="2024-06-04")
p("journo", "Ben Haldane", "Health Finance Weekly", "Reporter", connected="2023-02-10")
p("cima_chair", "Sunita Parmar", "CIMA Birmingham branch", "Branch chair", connected="2015-11-23")
p("att1", "Craig Fellows", "Solihull Borough Council", "Finance Business Partner", connected="2024-03-21")
p("att2", "Noreen Hussain", "Midland Metro Housing", "Management Accountant", connected="2024-03-21")
p("att3", "Phil Goode", "Rea Valley Hospitals NHS Foundation Trust", "Finance Business Partner, Medicine",
  connected="2021-01-06")
p("uni_friend", "Emma Rowley", "Holloway Grant LLP", "Audit Manager", connected="2011-10-30")
p("icb", "Marcus Lyle", "Tame and Rea Integrated Care Board", "Deputy Director of Finance, Contracting",
  connected="2020-04-17")
p("ex_boss", "Graham Tolley", "", "Retired (former Deputy Director of Finance)", connected="2012-08-09")
p("audit", "Yasmin Chaudhry", "Holloway Grant LLP", "Audit Senior", connected="2023-05-05")
p("ia", "Owen Brierley", "Midlands Audit Consortium", "Internal Audit Manager", connected="2021-09-09")
p("matron", "Jackie Darby", TRUST, "Matron, Ward 14 (Elderly Care)", connected="2022-11-28")
p("cd", "Dr Anil Mehta", TRUST, "Clinical Director, Anaesthetics", connected="2020-02-03")
p("mentee", "Callum Reid", TRUST, "Finance Apprentice (CIMA Certificate)", connected="2023-09-12")
p("payroll", "Sharon Beddow", TRUST, "Payroll Services Manager", connected="2016-04-22")
p("pharm", "Daniel Okafor", TRUST, "Chief Pharmacist", connected="2019-05-30")
p("estates", "Lee Hackett", TRUST, "Head of Estates Finance", connected="2018-01-15")
p("ddof", "Helen Sturgess", TRUST, "Deputy Director of Finance", connected="2013-06-03")
p("procure", "Rachel Ingram", TRUST, "Procurement Category Manager", connected="2021-03-03")
p("hfn", "Kwame Asante", "Healthcare Finance Network West Midlands", "Branch Secretary", connected="2019-10-10")
p("teamA", "Bethany Cole", TRUST, "Management Accountant", connected="2022-04-04")
p("teamB", "Imran Saddiq", TRUST, "Assistant Management Accountant", connected="2023-01-09")
p("ref_old", "Sarah-Jane Lowe", "Severn Mental Health NHS Trust", "Financial Controller", connected="2014-02-18")
p("wc_gm", "Paul Kendrick", TRUST, "General Manager, Women's and Children's", connected="2021-06-14")

# ----------------------------------------------------------------- people: wanted pitches
p("w_plics", "Fiona Marchetti", "CostSight Health", "Solutions Director", connected="2024-02-27")
p("w_trainer", "Neil Oduya", "Oduya Training", "Finance trainer and former NHS DoF", connected="2024-04-02")
p("w_recruit", "Harriet Voss", "Greaves Interim & Executive", "Director, NHS Finance Practice")
p("w_pbi", "Stuart Nkemelu", "Nkemelu Data", "Freelance Power BI developer", connected="2024-05-13")
p("w_cip", "Charlotte Imrie", "Pennine Value Partners", "Partner, Healthcare")
p("w_conn", "Matt Greenhalgh", "BridgeLedger", "Product Lead")
p("w_appr", "Donna Whitehouse", "Brum Skills Academy", "Apprenticeship Partnerships Lead")
p("w_excel", "Ravi Kapoor", "", "Freelance Excel & Power Query specialist", connected="2024-07-08")
p("w_viz", "Lucy Ferndale", "Plainsight Studio", "Information designer")
p("w_roster", "Jonah Whitfield", "ShiftLens", "NHS Partnerships Manager")
p("w_book", "Alison Crane", "Crane & Holt Publishing", "Commissioning Editor, Public Finance")
p("w_lease", "Tariq Mahmood", "Leasewise", "Customer Lead, Public Sector")

# ----------------------------------------------------------------- people: junk senders
p("j_outsrc", "Vikram Jain", "LedgerPro Outsourcing", "Business Development Manager")
p("j_solar", "Kelly Brannigan", "Sunpath Homes", "Home Energy Adviser")
p("j_crypto", "Dean Marlowe", "", "Trader | Mentor | Financial Freedom Coach")
p("j_capacity", "Jordan Fisk", "Pipeline Peak", "Founder")
p("j_likeminded", "Sabrina Holt", "", "Serial entrepreneur | Mindset | Scale")
p("j_15min", "Nathan Crisp", "PayFlow AP", "Account Executive")
p("j_c2p1", "Gareth Lunn", "Aldridge Wealth", "Chartered Financial Planner",
  invite=("IN", "2024-08-19 20:41", ""), connected="2024-08-20")
p("j_c2p2", "Melissa Grant", "Rise Coaching", "Executive Coach",
  invite=("IN", "2024-03-04 07:55", "Love your profile Joanne!"), connected="2024-03-05")
p("j_c2p3", "Ollie Baxter", "Brightside Benefits", "Employee Benefits Consultant",
  invite=("IN", "2024-10-01 12:10", ""), connected="2024-10-02")
p("j_bump", "Tyler Reeves", "Spendwise Analytics", "Enterprise Sales")
p("j_tpl1", "Amber Lockwood", "Closewise AI", "Growth Lead")
p("j_tpl2", "Ryan Dalgleish", "ReconBot", "Head of Partnerships")
p("j_tpl3", "Priyanka Shah", "NumeraFlow", "Sales Development Representative")
p("j_tpl4", "Ethan Cobb", "Tallyfy Finance", "Business Development")
p("j_tpl5", "Chloe Abara", "MonthEnd.io", "Partnerships")
p("j_merge1", "Liam Forsyth", "Cloudbooks Partners", "Sales")
p("j_merge2", "Jade Wilkins", "Amplify Events", "Delegate Sales")
p("j_merge3", "Scott Farrow", "Prime Talent Solutions", "Recruitment Consultant")
p("j_merge4", "Natalie Dunn", "ClearPath Consulting", "Director")
p("sp_mba", "Arden Vale Business School Online",
  url="https://www.linkedin.com/company/arden-vale-business-school-online")
p("sp_webinar", "Nimbus Finance Cloud", url="https://www.linkedin.com/company/nimbus-finance-cloud")
p("sp_card", "Harbour Business Card", url="https://www.linkedin.com/company/harbour-business-card")
p("j_award", "Zara Pennington", "Public Sector Excellence Awards", "Awards Coordinator")
p("j_feature", "Mark Delaney", "NHS Leaders Review", "Editorial Partnerships")
p("j_podcast", "Josh Tennant", "The Finance Frontline Podcast", "Host & Producer")
p("j_fluent", "Olivia Stratton", "Kinetiq Health AI", "Senior Account Director")
p("j_costing", "Brandon Hale", "CostLogic", "Sales Executive")
p("j_training", "Georgia Myles", "Upskill Pro", "Corporate Training Consultant")
p("j_recruit", "Aaron Pike", "Northstar Recruitment", "Recruitment Consultant")
p("j_pbi", "Mohammed Rafiq", "DashCraft", "BI Consultant")
p("j_cip", "Sophie Kerr", "Efficiency Partners Group", "Associate Director")
p("j_offshore", "Rahul Verma", "Accountech Global", "Client Relationship Manager")
p("j_seo", "Kieran Doyle", "RankRocket", "Digital Growth Specialist")
p("j_leadgen", "Tasha Monroe", "MeetingMachine", "Founder & CEO")
p("j_mlm", "Becky Summers", "", "Mum of 2 | Wellness | Financial freedom")
p("j_insure", "Curtis Webb", "Shield Protect", "Protection Specialist")
p("j_summit", "Hayley Burton", "FinTransform Summit", "Partnership Manager")
p("j_translate", "Elena Popescu", "LinguaBridge", "Account Manager")
p("j_dubai", "Faisal Qureshi", "Skyline Estates", "Property Investment Consultant")
p("j_gcloud", "Andrew Pollard", "Frameworks Direct", "Public Sector Sales")
p("j_course", "Lauren Fitch", "FinanceCareer Accelerator", "Talent Partner")
p("j_lease", "Dominic Shaw", "LeaseTrack", "Sales")

# =================================================================== GENUINE (35)

c("genuine", "line_manager_month_end", "en", "long-standing manager (since 2014), month-end logistics", [
    ("deepak", "2024-10-31 17:48", "Jo, can you hold the surgery accrual open til Monday? Lorraine's chasing an invoice from the locum agency and I don't want to reverse it twice."),
    ("me", "2024-10-31 18:02", "Yes no problem, I'll leave it in and flag it on the tracker. Will you tell Helen or shall I?"),
    ("deepak", "2024-10-31 18:05", "I'll tell her at the 8.30. Cheers bab, go home."),
])

c("genuine", "budget_holder_quote_request", "en", "budget holder asking for costed options for an extra theatre list",
  [
    ("gm_surg", "2024-09-12 09:14", "Morning Joanne. The Board want to know what an extra Saturday orthopaedic list would cost us for six months. Could you pull together a quote for the full cost (staff, consumables, sterile services) so I can put it in the business case? Ideally by the 20th."),
    ("me", "2024-09-12 10:30", "Hi Lorraine, yes can do. Do you want anaesthetics at consultant rate or the WLI rate? It makes a big difference."),
    ("gm_surg", "2024-09-12 10:41", "WLI rate I'm afraid, nobody will do it otherwise. Thanks ever so much."),
    ("me", "2024-09-19 16:05", "Sent to your inbox - £182k for the six months on WLI rates, £141k if we can get them on job plans. Happy to talk it through."),
])

c("genuine", "inbound_quote_research_costing", "en", "university asks the trust for a price for trial support (inbound buyer)", [
    ("uni_rd", "2024-01-16 11:02", "Hi Joanne, thanks for connecting. We're submitting a NIHR bid with Dr Mehta's team and need the trust's costs for 40 extra anaesthetic assessments plus pharmacy dispensing. Could your team give us a formal quote we can attach? Deadline on our side is 9 Feb."),
    ("me", "2024-01-16 13:40", "Hi Tom - yes, we do these through the research costing template. Send me the schedule of events and I'll get it turned round by the end of next week."),
    ("uni_rd", "2024-01-16 13:52", "Brilliant, schedule attached to the email I've just sent. Much appreciated."),
])

c("genuine", "inbound_buyer_service_sla", "en", "hospice wants to buy costing support from the trust under an SLA", [
    ("hospice", "2024-04-08 14:20", "Hello Joanne. We spoke briefly at the HFN dinner. Our board would like to buy in some costing and budget-setting support from the trust rather than recruit - maybe two days a month. Is that something your team could offer under an SLA, and roughly what would you charge?"),
    ("me", "2024-04-08 16:45", "Hi Margaret, lovely to hear from you. In principle yes - we already do something similar for the community dental service. I'll need to check with Helen on the day rate but it'll be cost recovery, nothing fancy. Could we have a call next week?"),
    ("hospice", "2024-04-09 08:10", "Perfect. Tuesday afternoon suits me. Thank you!"),
    ("me", "2024-04-16 17:22", "Thanks for your time today. As discussed, £420 a day, minimum two days a month, 12 month term. I'll send the draft SLA once Helen's had a look."),
])

c("genuine", "existing_vendor_price_change", "en", "existing ERP vendor announces licence uplift", [
    ("ledger_am", "2024-02-05 09:30", "Hi Joanne, a heads-up before the formal letter lands with procurement: under the indexation clause your Ledgerline licences go up 6.7% from 1 April (CPI in September). Modules and user counts unchanged. If the budget setting team needs the exact figure now it's £94,310 for 24/25. Any questions give me a shout."),
    ("me", "2024-02-05 10:12", "Thanks Gavin, appreciated - I'd pencilled in 5% so that's a bit of a hit. Can you confirm whether the reporting module is in that number or billed separately?"),
    ("ledger_am", "2024-02-05 11:47", "Included. Separately billed is only the e-invoicing add-on (£6,200, no change)."),
])

c("genuine", "existing_vendor_renewal_call", "en", "BI vendor customer success: renewal review call", [
    ("clari_cs", "2024-07-22 13:05", "Hi Joanne, it's that time of year again! Your Clarivue renewal is in October. Could we book 45 minutes to go through usage - I can see the budget holder dashboards got a lot more logins after your training sessions - and talk about whether you still need 60 viewer licences?"),
    ("me", "2024-07-22 15:30", "Hi Hannah, yes please. Probably need fewer viewers and two more creators. Thursday 1st Aug after 2?"),
    ("clari_cs", "2024-07-22 15:33", "Booked for 2pm, invite on its way."),
])

c("genuine", "peer_joint_offer", "en", "costing lead at neighbouring trust proposes a joint offer", [
    ("peer_wolv", "2024-05-14 12:40", "Alright Jo? Been thinking after the costing network. Why don't we put in a joint offer to the ICB to run the PLICS validation for the smaller providers? Your team does the reconciliation, mine does the clinical engagement. We'd split the fee. Fancy a cob and a chat about it?"),
    ("me", "2024-05-14 13:15", "Ha, go on then. I like it but I'd need Deepak on board. Wednesday lunchtime? I'll come over to you this time."),
    ("peer_wolv", "2024-05-14 13:17", "Deal. I'll get the good chips in."),
    ("peer_wolv", "2024-05-22 16:10", "Good meeting. I've drafted the one pager, see what you think. Pricing at £38k for the year between us feels right."),
])

c("genuine", "engaged_recruiter_interim", "en", "recruiter she engaged for maternity cover sends CVs", [
    ("me", "2024-03-11 09:05", "Hi Kerry, we're finally approved for an interim Band 7 to cover Bethany's maternity leave, 9 months from May. Could you do us a shortlist? Usual framework terms."),
    ("recruit_ok", "2024-03-11 09:48", "Morning Joanne! Great news for you. I've got two people in mind already, both ex-NHS, one did costing at the Queen Eliza- (sorry, at an acute in Coventry). Day rate around £330 via umbrella. I'll send CVs this afternoon."),
    ("me", "2024-03-11 10:02", "Lovely. Must be happy with Ledgerline please, we haven't time to teach it."),
    ("recruit_ok", "2024-03-14 15:22", "Interview slots for both on Tuesday? Candidate 2 has said she'd take it at £310."),
])

c("genuine", "job_applicant", "en", "applicant for trainee post asks a question", [
    ("applicant", "2024-06-04 08:30", "Hi Joanne, thank you for accepting. I've applied for the Band 5 trainee management accountant post (ref 241-FIN-0533). The advert says CIMA study support - is that funded through the apprenticeship levy or would I self-fund? I graduated from Aston last summer and I've been doing temp AP work since."),
    ("me", "2024-06-04 12:15", "Hi Aisha, thanks for your interest. It's levy funded, full CIMA Professional. I can't really talk about the application itself here but good luck - shortlisting is next week."),
    ("applicant", "2024-06-04 12:20", "Thank you so much, that's really helpful."),
])

c("genuine", "journalist_enquiry", "en", "trade journalist asks for comment", [
    ("journo", "2024-08-02 10:15", "Hi Joanne, I'm writing a piece on how trusts are costing the new elective targets and someone at the HFN conference mentioned your team's approach. Would you be willing to speak to me, on or off the record?"),
    ("me", "2024-08-02 11:40", "Hi Ben, thanks for thinking of me. I'd need to go through our comms team for anything on record - I'll pass your details to them. Happy to chat background about costing generally though."),
    ("journo", "2024-08-02 11:42", "Understood, that would be great. I'll email comms too."),
])

c("genuine", "event_invite_real_contact", "en", "CIMA branch chair invites her to speak", [
    ("cima_chair", "2024-01-09 19:02", "Happy new year Jo! Would you do the March evening session for the branch? Something on bank and agency spend - everyone's talking about it and you actually know the numbers. 6pm at the Colmore Row venue, sandwiches and a drink after."),
    ("me", "2024-01-10 07:55", "Oh go on, you've twisted my arm. 20th or 27th? I'll keep it anonymised obviously."),
    ("cima_chair", "2024-01-10 08:20", "20th! You're a star x"),
])

c("genuine", "thanks_after_talk", "en", "near-duplicate thank-you 1 after CIMA talk", [
    ("att1", "2024-03-21 08:12", "Thanks for last night Joanne, really useful talk. The bit about rostering data feeding the accruals was eye opening."),
])
c("genuine", "thanks_after_talk", "en", "near-duplicate thank-you 2 after CIMA talk", [
    ("att2", "2024-03-21 09:40", "Hi Joanne, thank you for a really useful talk last night! The accruals part was so helpful, going to try it with our repairs contractors."),
    ("me", "2024-03-21 12:00", "Thanks Noreen, glad it was useful! Shout if you get stuck."),
])
c("genuine", "thanks_after_talk", "en", "near-duplicate thank-you 3 after CIMA talk (colleague)", [
    ("att3", "2024-03-21 10:03", "Great talk last night Jo, thanks. Good to see the rostering stuff get an airing outside the building!"),
])

c("genuine", "genuine_in_spam", "en", "old uni friend's message landed in SPAM", [
    ("uni_friend", "2024-05-30 21:14", "Jo!! Finally on here properly. Are you coming to Hayley's 40th in Moseley? We need numbers by Friday. Also I'm now at Holloway Grant so I might end up auditing your lot, awkward!!"),
], folder="SPAM")

c("genuine", "owner_started_icb_variance", "en", "owner starts thread with ICB about block contract variance", [
    ("me", "2024-06-18 08:45", "Morning Marcus, quick one - our month 2 ERF income is £1.2m under the plan figure you sent. I think the activity baseline used the 19/20 coding. Can we go through it before the Thursday meeting?"),
    ("icb", "2024-06-18 09:30", "Hi Joanne, you might be right, we had the same from the Black Country lot. I'm around 2-3 today?"),
    ("me", "2024-06-18 09:32", "Perfect, I'll ring you at 2."),
])

c("genuine", "owner_started_reference_request", "en", "owner asks old colleague to be a referee", [
    ("me", "2023-11-02 19:20", "Hi Sarah-Jane, long time! Would you be willing to be a referee for me? I'm going for the 8b costing lead job here. You're the last person who managed me outside this trust."),
    ("ref_old", "2023-11-03 07:51", "Of course I would, I'd be delighted. Still remember you sorting the Severn cost centre mess in a fortnight. Send me the details."),
])

c("genuine", "external_audit_samples", "en", "external auditor requests year-end samples", [
    ("audit", "2024-05-13 10:20", "Hi Joanne, Yasmin from Holloway Grant. For the accruals testing we've picked 25 items from your March listing - I've uploaded the sample to the portal. Could we have support by 24 May? The agency ones are the ones we're most interested in."),
    ("me", "2024-05-13 14:02", "Hi Yasmin, got it. The agency ones will be timesheet exports from the rostering system, is that OK as evidence?"),
    ("audit", "2024-05-13 14:30", "Yes as long as they tie to the invoice when it came in. Thanks!"),
])

c("genuine", "internal_audit_follow_up", "en", "internal audit follow-up on actions", [
    ("ia", "2024-02-20 15:10", "Hi Joanne, following up on the budgetary control review - the two medium actions on budget holder sign-off are due this month. Have you got evidence of the new sign-off log I can close them with?"),
    ("me", "2024-02-21 09:00", "Hi Owen, yes - I'll send screenshots of the Clarivue sign-off page and the February attendance list. 48 out of 52 signed off this month, not bad!"),
])

c("genuine", "budget_holder_overspend", "en", "matron worried about bank spend", [
    ("matron", "2023-12-07 14:44", "Hiya Joanne sorry to message on here but my email is playing up. My budget report says I'm £64k over on bank but we've had 6 beds open extra since October that were supposed to be funded? Can you help me understand it before the divisional meeting"),
    ("me", "2023-12-07 15:20", "Hi Jackie, don't apologise. The escalation funding went to the division not your cost centre - I'll get Phil to do a virement so it shows on ward 14. Will sort before Tuesday."),
    ("matron", "2023-12-07 15:24", "Ohh that explains it. Thank you, you're a life saver."),
])

c("genuine", "clinical_director_job_plan_costing", "en", "clinical director asks about costing job plans", [
    ("cd", "2024-04-25 12:30", "Joanne, if we moved two anaesthetists from PAs in ICU to theatres what does that do to the division's position? Rough numbers fine."),
    ("me", "2024-04-25 13:45", "Rough answer: neutral on pay, but you'd lose £70-ish k of critical care income because the staffing ratio drops below the tariff assumption. I'll write it up properly."),
    ("cd", "2024-04-25 13:50", "Hmm. Ok. Thanks for the quick reply."),
])

c("genuine", "long_standing_congrats_promotion", "en", "ex-boss (connected since 2012) congratulates on promotion", [
    ("ex_boss", "2024-01-08 10:15", "Well done Jo - saw the update. Costing lead at last! Told you years ago you'd run that department. Pint at the Wellington when you're free, my treat."),
    ("me", "2024-01-08 18:40", "Graham! Thank you, that means a lot. You're on - Friday week?"),
    ("ex_boss", "2024-01-08 19:02", "Friday week it is. Don't let Helen work you too hard."),
])

c("genuine", "mentee_study_advice", "en", "apprentice asks for CIMA study advice", [
    ("mentee", "2024-09-03 17:30", "Hi Joanne, sorry to bother you. I failed P1 by 4 marks :( Do you think it's better to resit in November or move on to E1 and come back to it?"),
    ("me", "2024-09-03 18:10", "Hi Callum, don't be daft, not a bother at all. 4 marks is nothing - resit in November while it's fresh. Let's book an hour on Thursday and go through the question you struggled with."),
    ("mentee", "2024-09-03 18:12", "Thank you!! Thursday works"),
])

c("genuine", "icb_elective_recovery", "en", "ICB colleague shares updated ERF schedules", [
    ("icb", "2024-09-26 16:40", "Hi Jo, updated ERF baselines are out, your trust is up £410k on the June version. Sending the file by email. Good shout on the coding thing btw."),
    ("me", "2024-09-26 16:55", "Ah that's good news - thank you Marcus. Will get it into M6."),
])

c("genuine", "team_group_leaving_do", "en", "finance team group chat about a leaving do", [
    ("teamA", "2024-07-11 11:20", "Right team, Imran's last day is the 26th (boo). Drinks at the Lord Clifden in the JQ from 5? Jo are you ok to do the card collection?"),
    ("me", "2024-07-11 11:35", "Yes I'll sort the card. Don't tell him!"),
    ("teamB", "2024-07-11 11:36", "I can see this you know"),
    ("teamA", "2024-07-11 11:37", "IMRAN"),
], title="Management Accounts team", extra=["deepak"])

c("genuine", "friend_invite_cricket", "en", "long-standing friend invites her to cricket", [
    ("uni_friend", "2024-06-20 20:05", "Got two spare tickets for the T20 at Edgbaston on the 5th. Bears v Rapids. You in?"),
    ("me", "2024-06-20 20:30", "Obviously. I'll bring the suncream and you bring the optimism."),
])

c("genuine", "payroll_agency_data", "en", "payroll colleague shares agency data", [
    ("payroll", "2024-02-27 09:02", "Morning Jo, the agency extract you wanted for the CIMA talk is on the shared drive (anonymised, no names). 3 years by staff group. Let me know if you want it split by ward too."),
    ("me", "2024-02-27 09:10", "Sharon you're a star, thank you. By staff group is perfect."),
])

c("genuine", "pharmacy_high_cost_drugs", "en", "chief pharmacist on high-cost drugs pass-through", [
    ("pharm", "2024-10-09 14:25", "Joanne, the new biosimilar switch for adalimumab starts in November. Saving is about £18k a month but the ICB will want it back under the pass-through rules - can you check how that flows before we celebrate?"),
    ("me", "2024-10-09 15:00", "Will do. My understanding is 50/50 gain share for the first year but I'll confirm with Marcus."),
])

c("genuine", "estates_capital_charges", "en", "estates finance colleague on capital charges", [
    ("estates", "2024-03-05 10:40", "Jo - the valuers have dropped the Selly Park block by £2.1m, which helps depreciation next year. Do you want it in the plan now or wait for the final report?"),
    ("me", "2024-03-05 11:00", "Wait for the final report please Lee, Helen got burnt on that last year."),
])

c("genuine", "ddof_budget_timetable", "en", "deputy director on budget-setting timetable", [
    ("ddof", "2024-01-24 18:15", "Joanne, draft budgets to divisions by 16 Feb please, even if the ICB allocation isn't final. Use 2% growth on non-pay as the placeholder."),
    ("me", "2024-01-24 18:30", "Ok Helen. Will include the Ledgerline uplift at 5% for now and correct when Gavin confirms."),
])

c("genuine", "procurement_evaluation", "en", "procurement asks her to score ERP tender bids", [
    ("procure", "2024-08-14 09:50", "Hi Joanne, you're on the evaluation panel for the budget-holder reporting tender. Three bids in. Scoring workshop 28 Aug 10-1, please don't talk to any of the bidders until the award is out."),
    ("me", "2024-08-14 10:05", "Noted, thanks Rachel. I'll block the morning out."),
])

c("genuine", "network_committee", "en", "professional network branch committee logistics", [
    ("hfn", "2024-10-15 12:00", "Hi Joanne, committee reminder - Thursday 6pm on Teams. Agenda item 3 is your proposal for a costing masterclass in the new year, can you bring a rough outline?"),
    ("me", "2024-10-15 12:30", "Will do Kwame. Half day, two speakers, I'll ask Rizwan."),
])

c("genuine", "gm_ask_business_case_help", "en", "general manager asks help with maternity business case", [
    ("wc_gm", "2024-11-04 08:40", "Hi Jo, any chance you could look over the numbers for the midwifery continuity business case before it goes to execs? Feels like we've double counted the on-call."),
    ("me", "2024-11-04 09:12", "Yep send it over. Will have a look this afternoon."),
    ("wc_gm", "2024-11-04 09:13", "Ta"),
])

c("genuine", "team_member_question", "en", "team member question about a journal", [
    ("teamB", "2024-05-02 16:52", "Jo, the GRNI reversal didn't post for cost centre 4410, have I done something wrong or is it the overnight batch?"),
    ("me", "2024-05-02 17:01", "Overnight batch I think, it failed for 3 of us. Raise a ticket with Ledgerline and copy me in."),
])

c("genuine", "owner_started_thank_vendor", "en", "owner thanks vendor support, with unsent draft", [
    ("me", "2024-10-28 16:20", "Hi Hannah, just to say thanks to your support team for fixing the sign-off page so quickly before month 7. Made my week."),
    ("clari_cs", "2024-10-28 16:48", "Aw thank you Joanne, I'll pass that on to Piotr! He'll be chuffed."),
    ("me", "2024-10-28 16:52", "Also could we talk about the creator licences again"),
], drafts={2})

# =================================================================== WANTED PITCHES (12)

c("wanted_pitch", "costing_software_post", "en", "homework: quotes her LinkedIn post on PLICS data quality", [
    ("w_plics", "2024-02-28 10:10", "Hi Joanne, thanks for accepting. Your post last week about spending three weeks every summer matching theatre minutes to the PAS data before the national cost collection really struck a chord - you said the feed drops anything recorded after midnight. We built a validation step for exactly that overnight-session problem for two acute trusts in the North West. Would a 30-minute demo using your own anonymised theatre extract be useful? No obligation."),
    ("me", "2024-02-28 12:40", "Hi Fiona, ha, that post got more reaction than I expected. Honestly yes, the midnight thing is a nightmare. Can you do after the 15th March? We're mid budget setting."),
    ("w_plics", "2024-02-28 12:52", "Of course - 19th or 20th March? I'll bring someone from our clinical coding side too."),
])

c("wanted_pitch", "training_after_talk", "en", "homework: attended her CIMA branch talk, offers budget-holder training", [
    ("w_trainer", "2024-04-03 09:30", "Hello Joanne, I was at the back of the room for your CIMA talk on bank and agency spend. Your point that ward managers never see the accrual until it's a surprise overspend is exactly what I try to fix in my budget holder workshops - half a day, on the ward, using their own cost centre report rather than slides. I ran it at two Black Country trusts last year (Rizwan Bhatti will vouch for the second). If it's ever useful for Rea Valley I'd be glad to send an outline and price."),
    ("me", "2024-04-03 11:05", "Hi Neil, thank you. Yes please send an outline - we have training budget until the end of Q1 that needs using."),
])

c("wanted_pitch", "recruiter_relevant_role", "en", "recruiter with a relevant senior costing role, names her experience", [
    ("w_recruit", "2024-08-06 13:00", "Dear Joanne, I'm handling the search for a Head of Costing and Service Line Reporting (8c) at a large teaching trust in the East Midlands. Your PLICS submission work and the ICB validation collaboration you and Rizwan Bhatti presented at HFN are very close to what they want to build. Hybrid, two days on site in Nottingham. I'd completely understand if the timing isn't right - could I send the pack anyway?"),
    ("me", "2024-08-06 19:22", "Hi Harriet, thanks - not looking at the moment, but I'll have a read. Send it over."),
])

c("wanted_pitch", "mutual_contact_freelancer", "en", "homework: mutual contact by name recommended him", [
    ("w_pbi", "2024-05-14 08:55", "Hi Joanne, Deepak Sandhu suggested I get in touch - I rebuilt the budget-holder packs in Power BI at his previous trust in 2021, the ones pulling straight from the Ledgerline commitments table. He mentioned your team is stuck with a manual Excel step for the divisional packs. I'm freelance, usually 10-15 days for something like that. Happy to show you the Walsall ones (anonymised) over a coffee."),
    ("me", "2024-05-14 10:02", "Hi Stuart, Deepak did mention you! We're on Clarivue now rather than Power BI but the commitments bit is the same pain. Let me check with him and come back."),
])

c("wanted_pitch", "consultancy_press_item", "en", "homework: cites the trust's published annual report figures", [
    ("w_cip", "2024-07-09 11:30", "Dear Joanne, I read Rea Valley's 2023/24 annual report - the £14.2m agency spend against a £9m ceiling and the note that only 61% of CIP schemes had a named clinical lead. We run CIP delivery assurance for trusts in exactly that spot, short engagements, and we usually work alongside the management accounts team rather than around it. Would a conversation with you and Helen Sturgess be welcome, or is there someone else I should speak to?"),
])

c("wanted_pitch", "vendor_her_tools", "en", "homework: knows her Ledgerline + Clarivue setup", [
    ("w_conn", "2024-09-17 14:00", "Hi Joanne, I lead product at BridgeLedger. We noticed from the Clarivue user group forum that you're running Clarivue on top of Ledgerline 11 and posting commitments nightly by CSV - your question there about purchase orders arriving a day late. Our connector reads the Ledgerline commitments API directly so budget holders see POs within the hour. It's certified by both vendors. Would you like a short technical note for your IT team?"),
    ("me", "2024-09-20 08:45", "Hi Matt - yes please, a technical note would be good. Can't promise anything before the new financial year."),
])

c("wanted_pitch", "apprenticeship_job_ad", "en", "homework: saw trust's public job advert for finance apprentices", [
    ("w_appr", "2024-06-10 10:00", "Hi Joanne, I noticed the trust's advert on NHS Jobs for two Level 4 finance apprentices and saw you're the contact. We deliver the CIMA route (Level 4 and 7) with a Birmingham cohort that meets in Digbeth on Wednesdays, and we already teach three of the Black Country trusts' apprentices so the NHS examples fit. Would it help to see our progression rates before you choose a provider?"),
    ("me", "2024-06-10 15:30", "Hi Donna, yes that would be helpful actually - Callum's provider has been a bit hit and miss. Send them over."),
])

c("wanted_pitch", "freelancer_answered_question", "en", "homework: responds to her own question in a LinkedIn comment", [
    ("w_excel", "2024-07-08 19:40", "Hi Joanne, you asked in the comments under the CIMA post whether anyone had automated the recurrent budget roll-forward when cost centres are merged mid-year. I've done exactly that for a housing association with Power Query - a mapping table handles the merges so nobody rekeys. If you send me a dummy version of your structure I'll show you the approach for free, and if you want it built it's about three days."),
    ("me", "2024-07-09 07:50", "Ooh, that would be great Ravi. Will send a dummy file this week."),
    ("w_excel", "2024-07-12 17:10", "Thanks for the file - approach attached. The merge table is in tab 2."),
])

c("wanted_pitch", "designer_board_papers", "en", "homework: redesigned a page from the trust's public board papers", [
    ("w_viz", "2024-03-27 09:15", "Hi Joanne, bit of an odd approach. I read the finance report in Rea Valley's public board papers for March and had a go at redesigning page 4 - the divisional variance table - as one chart with the run-rate beside the plan. It's attached as a PDF, no strings. I do this for a few trusts and councils; if your board ever asks for a clearer pack I'd love to help."),
    ("me", "2024-03-27 12:30", "Lucy that's actually lovely. Our DoF would probably kill for that chart. Leave it with me."),
])

c("wanted_pitch", "rostering_analytics_problem", "en", "homework: names her specific bank accrual problem from an ICB webinar", [
    ("w_roster", "2024-10-03 11:20", "Hi Joanne, you mentioned on the ICB workforce webinar that bank shifts get accrued on plan rather than actual because the rostering export only lands on the 5th working day. ShiftLens takes the shift-level feed daily and produces an accrual file by ward for working day 1. We're live at a Coventry trust on the same rostering system as yours. Would a 20-minute look be helpful, maybe with Sharon from payroll?"),
])

c("wanted_pitch", "publisher_commission", "en", "homework: read her HFN article, asks her to review a book", [
    ("w_book", "2024-06-25 15:00", "Dear Joanne, I read your article on budget holder engagement in the HFN West Midlands newsletter. We're publishing a practical guide to NHS management accounting next spring and I'd love you to review two chapters (paid, £300) - or, if you're tempted, to write a short case study. Could I send you the outline?"),
    ("me", "2024-06-26 08:15", "Hi Alison, happy to review. Send it over."),
])

c("wanted_pitch", "lease_software_audit_finding", "en", "homework: cites the audit finding on the trust's IFRS 16 lease register", [
    ("w_lease", "2024-11-12 10:05", "Hi Joanne, the audit findings report in your trust's public July board pack flags the IFRS 16 lease register as a spreadsheet with manual remeasurements, and that the auditors found three leases missing. Leasewise is a small register tool built for NHS bodies - it handles the peppercorn leases and the DHSC discount rate changes. We could migrate your existing sheet in a day. Is that something you or Lee Hackett in estates finance would look at?"),
])

# =================================================================== JUNK (38)

c("junk", "offers_what_she_does", "en", "outsourced management accounts: exactly her job", [
    ("j_outsrc", "2024-02-13 11:00", "Hello Joanne, I hope you're doing well. LedgerPro Outsourcing provides end-to-end management accounting, month-end close, budgeting and variance reporting for organisations of all sizes, saving up to 60% on in-house costs. Our qualified team can take this off your plate entirely. May I share our capabilities deck?"),
])

c("junk", "off_topic_solar", "en", "off-topic: home solar panels", [
    ("j_solar", "2024-04-22 17:30", "Hi Joanne! Are you a homeowner in the Birmingham area? With energy prices where they are, lots of people are switching to solar with 0% finance. We're doing free home surveys this month - can I book you in?"),
])

c("junk", "off_topic_trading", "en", "off-topic: trading mentorship", [
    ("j_crypto", "2024-01-29 22:10", "Hey Joanne 👋 I see you're in finance so you'll understand numbers better than most!! I've helped 200+ professionals build a second income from forex and crypto in under an hour a day. Want me to send you the free masterclass link?"),
])

c("junk", "capacity_for_new_clients", "en", "'capacity for new clients?' lead-gen pitch", [
    ("j_capacity", "2024-05-07 09:45", "Hi Joanne, quick question - do you have capacity to take on 3-5 new clients next month? We help accountants fill their diary with qualified leads on autopilot. If yes I'll explain how."),
])

c("junk", "like_minded_entrepreneurs", "en", "'connect as like-minded entrepreneurs'", [
    ("j_likeminded", "2024-03-18 07:15", "Hi Joanne, I love connecting with like-minded entrepreneurs who are driven to grow! I'm building a community of high performers who want to scale their impact and income. Would love to hear your story and share mine 🙌"),
])

c("junk", "quick_15_minute_call", "en", "'quick 15-minute call' AP automation", [
    ("j_15min", "2024-06-05 13:20", "Hi Joanne, do you have 15 minutes this week for a quick call? PayFlow helps finance teams automate accounts payable and cut invoice processing costs by 80%. I'd love to show you how. What does your calendar look like Thursday?"),
])

c("junk", "connect_then_pitch", "en", "connect-then-pitch: small talk answered, then pension advice pitch", [
    ("j_c2p1", "2024-08-20 09:05", "Thanks for connecting Joanne! Are you Birmingham born and bred? I grew up in Kingstanding myself."),
    ("me", "2024-08-20 12:30", "Hi Gareth, sort of - Halesowen originally so technically a yam yam. You?"),
    ("j_c2p1", "2024-08-20 12:42", "Ha brilliant! Listen, I work with a lot of NHS staff on their pensions - the NHS scheme is great but most people have no idea about the annual allowance changes and tax traps. Would you be open to a free review? Takes 20 minutes and I've saved people thousands."),
    ("j_c2p1", "2024-08-27 09:00", "Hi Joanne, just bumping this up - happy to do evenings if easier?"),
])

c("junk", "connect_then_pitch", "en", "connect-then-pitch: compliment, then coaching pitch, no reply", [
    ("j_c2p2", "2024-03-05 08:30", "Hi Joanne, so glad we're connected! Your career journey is really inspiring. How are you finding 2024 so far?"),
    ("j_c2p2", "2024-03-08 08:30", "I work with women in finance who feel stuck and undervalued, helping them step into leadership with confidence. I've got two spaces left in my spring programme - shall I send you the details?"),
])

c("junk", "connect_then_pitch", "en", "connect-then-pitch: benefits platform after a pleasantry", [
    ("j_c2p3", "2024-10-02 10:15", "Morning Joanne, great to connect. How's your week going?"),
    ("me", "2024-10-02 13:00", "Busy, month end! You?"),
    ("j_c2p3", "2024-10-02 13:05", "Ha I bet! Not bad thanks. I'm curious, who looks after employee benefits at your organisation? We've got a salary sacrifice platform that's saving employers up to 13.8% NI. Can I send a quick overview?"),
])

c("junk", "follow_up_bumps", "en", "follow-up bumps with no reply", [
    ("j_bump", "2024-06-11 10:00", "Hi Joanne, Spendwise gives finance leaders real-time visibility across all spend categories. Would you be open to a demo?"),
    ("j_bump", "2024-06-18 10:00", "Hi Joanne, just floating this back to the top of your inbox 🙂"),
    ("j_bump", "2024-06-26 10:00", "Hi Joanne, I know things get busy. Is spend visibility a priority for you this year?"),
    ("j_bump", "2024-07-04 10:00", "Hi Joanne, I'll assume the timing isn't right - should I close your file?"),
])

c("junk", "template_month_end_ai", "en", "shared template 1/5: AI month-end reconciliation", [
    ("j_tpl1", "2024-07-15 08:10", "Hi Joanne, I help senior accountants in the healthcare sector cut month-end close time by up to 50% with AI-powered reconciliations. Most teams we talk to are still matching transactions in Excel. Would it be crazy to jump on a quick call to see if it fits Rea Valley?"),
])
c("junk", "template_month_end_ai", "en", "shared template 2/5: AI month-end reconciliation", [
    ("j_tpl2", "2024-07-23 09:40", "Hi Joanne - I help finance managers in the public sector save 40+ hours a month on close with automated reconciliations. Most teams I speak to are still doing matching by hand in spreadsheets. Would it be crazy to grab 15 minutes and see if it's a fit?"),
])
c("junk", "template_month_end_ai", "en", "shared template 3/5: AI month-end reconciliation", [
    ("j_tpl3", "2024-08-01 14:25", "Hey Joanne, I help management accountants in the NHS halve their close with AI reconciliation. Most finance teams we speak with still reconcile manually in Excel! Would it be crazy to book a quick chat to see if NumeraFlow could work for your team?"),
])
c("junk", "template_month_end_ai", "en", "shared template 4/5: AI month-end reconciliation", [
    ("j_tpl4", "2024-08-14 11:05", "Hi Joanne, we help accounting teams in hospitals shorten their month-end close by up to 5 days with automated reconciliations. Most teams are still matching lines manually. Would it be mad to have a quick call to see if it's relevant?"),
    ("j_tpl4", "2024-08-21 11:05", "Hi Joanne, any thoughts on the below?"),
])
c("junk", "template_month_end_ai", "en", "shared template 5/5: AI month-end reconciliation", [
    ("j_tpl5", "2024-09-02 16:50", "Hi Joanne, I help finance leads in healthcare close the books 3x faster with AI-driven reconciliation. Most teams still reconcile by hand in spreadsheets. Would it be crazy to set up a 15 min call and see if MonthEnd.io fits Rea Valley Hospitals?"),
])

c("junk", "merge_tag_failure", "en", "merge tag {first_name} left in", [
    ("j_merge1", "2024-04-16 10:30", "Hi {first_name}, as a finance leader at {company_name} you'll know how painful it is to chase receipts. Cloudbooks Partners automates expense capture for growing businesses. Free 30-day trial - worth a look?"),
])
c("junk", "merge_tag_failure", "en", "merge tag [Company] and wrong name", [
    ("j_merge2", "2024-05-21 12:15", "Dear Joanna, we'd love to welcome a delegation from [Company] to the UK Finance Leaders Expo this autumn. Early-bird passes are £795 + VAT until Friday. Shall I reserve three places for your team?"),
])
c("junk", "merge_tag_failure", "en", "wrong company name filled in", [
    ("j_merge3", "2024-09-10 15:45", "Hi Joanne, I noticed your impressive work at Rea Valley Foods Ltd and wanted to reach out about our recruitment services for the food manufacturing sector. We've placed over 300 production managers this year. Could we set up a call?"),
])
c("junk", "merge_tag_failure", "en", "merge tag {{industry}} left in", [
    ("j_merge4", "2024-11-06 09:00", "Hi Joanne, leaders in the {{industry}} space are under more pressure than ever to do more with less. ClearPath Consulting helps organisations like yours unlock 20% efficiency in 90 days. Open to a conversation?"),
])

c("junk", "sponsored_inmail", "en", "Sponsored InMail: online MBA", [
    ("sp_mba", "2024-02-19 12:00", "<p>Hi Joanne,</p><p>Take the next step in your career with a flexible <strong>Online MBA</strong>. Scholarships of up to &pound;5,000 available for the September intake.</p><p>Apply by 31 March.</p>"),
], title="Sponsored Conversation", subject="Your MBA scholarship")
c("junk", "sponsored_inmail", "en", "Sponsored InMail: finance cloud webinar", [
    ("sp_webinar", "2024-06-24 12:00", "<p>Hi Joanne,</p><p>Join our live webinar: <em>5 ways CFOs are using cloud ERP to drive growth</em>. Register free &amp; get the playbook.</p>"),
], title="Sponsored Conversation", subject="Exclusive CFO webinar")
c("junk", "sponsored_inmail", "en", "Sponsored InMail: business credit card", [
    ("sp_card", "2024-10-21 12:00", "<p>Joanne, earn 1.5% cashback on every business purchase.</p><p>No annual fee in year one. <a href=\"#\">Apply in minutes</a>.</p>"),
], title="Sponsored Conversation", subject="Cashback for your business")

c("junk", "paid_award", "en", "paid award nomination with fee", [
    ("j_award", "2024-05-28 14:10", "Dear Joanne, congratulations! You have been shortlisted for Public Sector Finance Professional of the Year 2024. To confirm your place in the finals and receive your winner's profile, trophy and gala dinner seat, a participation fee of £495 + VAT applies. Please confirm by Friday to secure your shortlisting."),
])
c("junk", "paid_feature", "en", "paid magazine feature", [
    ("j_feature", "2024-07-30 10:50", "Hi Joanne, we're compiling our 'Finance Leaders Shaping the NHS' edition and your name came up. We'd love to feature a two-page interview with you. There's a modest editorial contribution of £1,250 towards design and distribution to 40,000 readers. Interested?"),
])
c("junk", "paid_podcast", "en", "podcast guest slot with a fee", [
    ("j_podcast", "2024-09-24 18:30", "Hey Joanne! We'd love to have you as a guest on The Finance Frontline Podcast (top 5% globally 🎙️). Guests get a professionally produced episode, clips for social and a feature in our newsletter. Our guest package is £350. Shall I send the booking link?"),
])

c("junk", "fluent_generic_names_company", "en", "fluent generic pitch naming her trust", [
    ("j_fluent", "2024-08-08 09:20", "Dear Joanne, Rea Valley Hospitals NHS Foundation Trust is clearly doing fantastic work for the communities of Birmingham, and I know finance teams like yours are under unprecedented pressure. Kinetiq Health AI partners with healthcare organisations to unlock actionable insights, drive efficiency and improve outcomes through our unified intelligence platform. I'd welcome the opportunity to explore how we might support Rea Valley's strategic priorities. Would you be open to a brief introductory conversation?"),
])

c("junk", "generic_costing_software", "en", "generic counterpart of the costing software pitch", [
    ("j_costing", "2024-03-12 11:00", "Hi Joanne, CostLogic is the leading cost management platform, trusted by 500+ organisations worldwide. Gain visibility, control costs and make better decisions. Can I book you in for a demo?"),
])
c("junk", "generic_training", "en", "generic counterpart of the budget-holder training pitch", [
    ("j_training", "2024-04-30 14:40", "Hello Joanne, Upskill Pro offers over 250 accredited corporate training courses including finance for non-finance managers, leadership, Excel and wellbeing. Group discounts available. Shall I send our brochure?"),
])
c("junk", "generic_recruiter_irrelevant", "en", "generic recruiter: irrelevant junior role elsewhere", [
    ("j_recruit", "2024-08-12 16:00", "Hi Joanne, hope you're well! I'm recruiting for an Assistant Accountant in a fast-growing FMCG business in Leeds, £32-35k, 5 days in office. Would you be interested or know anyone?"),
])
c("junk", "generic_bi_consultancy", "en", "generic counterpart of the Power BI freelancer", [
    ("j_pbi", "2024-05-23 10:10", "Hi Joanne, are your reports still built in Excel? DashCraft builds beautiful Power BI dashboards for any business in 2 weeks. Get 10% off your first project this month."),
])
c("junk", "generic_cip_consultancy", "en", "generic counterpart of the CIP consultancy", [
    ("j_cip", "2024-07-17 09:00", "Hi Joanne, Efficiency Partners Group helps public sector organisations deliver transformational savings. Our proven methodology has delivered over £1bn of savings. I'd welcome a short call to introduce the team."),
])
c("junk", "offshore_accountants", "en", "offshore accounting staff: what her team does", [
    ("j_offshore", "2024-01-17 06:45", "Dear Joanne, hire dedicated qualified accountants from our Pune delivery centre from just £9/hour. Bookkeeping, management accounts, reconciliations, payroll. Free 2-week trial. Can we schedule a call?"),
    ("j_offshore", "2024-01-31 06:45", "Dear Joanne, following up on my previous message. Kindly let me know a suitable time."),
])
c("junk", "off_topic_seo", "en", "off-topic: SEO for a website", [
    ("j_seo", "2024-02-08 13:30", "Hi Joanne, I had a look at your website and noticed you're not ranking on page one for key terms. We can fix that within 90 days, guaranteed. Want a free audit?"),
])
c("junk", "lead_gen_meetings", "en", "lead-gen: booked meetings", [
    ("j_leadgen", "2024-10-08 08:00", "Joanne - what would 20 qualified sales meetings a month do for your business? We run outbound for B2B companies on a pay-per-meeting basis. Worth a chat?"),
])
c("junk", "mlm_side_hustle", "en", "MLM side-hustle invitation", [
    ("j_mlm", "2024-06-30 21:45", "Hey lovely! 💕 Random one but I'm looking for 3 ambitious women to join my team this month - flexible, from your phone, fits around work. No pressure at all, would you be open to hearing more?"),
])
c("junk", "generic_insurance", "en", "generic income protection pitch", [
    ("j_insure", "2024-03-26 19:10", "Hi Joanne, as a professional have you thought about what would happen to your income if you couldn't work? We provide income protection from £15/month. Can I send you a quote?"),
])
c("junk", "paid_summit_tickets", "en", "paid summit tickets", [
    ("j_summit", "2024-09-04 11:30", "Hi Joanne, the FinTransform Summit returns to London on 14 November with 60+ speakers. As a valued finance leader you qualify for our VIP rate of £1,195 (save £600). Only 12 places left at this rate!"),
])
c("junk", "off_topic_translation", "en", "off-topic: translation services", [
    ("j_translate", "2024-02-01 15:15", "Dear Joanne, LinguaBridge provides certified translations in 120 languages for legal, medical and marketing documents. Fast turnaround, competitive rates. May I send our price list?"),
])
c("junk", "off_topic_property", "en", "off-topic: Dubai property investment", [
    ("j_dubai", "2024-11-01 17:55", "Hello Joanne, I'd like to share an exclusive off-plan investment opportunity in Dubai Marina with guaranteed 8% rental yield and a 1% monthly payment plan. Are you open to diversifying your portfolio?"),
])
c("junk", "generic_framework_pitch", "en", "generic public-sector framework pitch", [
    ("j_gcloud", "2024-04-09 10:20", "Hi Joanne, good news - we're now on G-Cloud 14 and the major NHS frameworks, so you can buy our digital transformation services with no tender. Can I send our catalogue?"),
])
c("junk", "disguised_job_offer_course", "en", "fake job approach that sells a paid course", [
    ("j_course", "2024-10-14 12:00", "Hi Joanne, I came across your profile and think you'd be a great fit for the opportunities our partners are hiring for - remote finance roles up to £85k. To be considered you'll need to complete our 6-week Finance Career Accelerator (£299, 50% off this week). Shall I reserve your spot?"),
])
c("junk", "generic_lease_software", "en", "generic counterpart of the lease register pitch", [
    ("j_lease", "2024-11-14 09:30", "Hi Joanne, is lease accounting giving you a headache? LeaseTrack automates IFRS 16 and ASC 842 for companies of every size. Book a demo today and get your first month free."),
])


def main() -> None:
    out = HERE.parents[1] / SLUG
    x.write(out, {
        "First Name": "Joanne", "Last Name": "Whitlock",
        "Headline": "Senior Management Accountant at Rea Valley Hospitals NHS Foundation Trust | ACMA CGMA",
        "Summary": "Management accountant in the NHS for 13 years. Costing, budget setting and making the "
                   "numbers make sense to the people who run wards and theatres. CIMA Birmingham branch "
                   "committee. Halesowen born, Birmingham based.",
        "Industry": "Hospitals and Health Care", "Zip Code": "B29",
        "Geo Location": "Birmingham, England, United Kingdom",
    }, [
        {"Company Name": TRUST, "Title": "Senior Management Accountant", "Description":
         "Costing, PLICS submission, budget setting and reporting for surgery and women's and children's.",
         "Location": "Birmingham", "Started On": "Jan 2024", "Finished On": ""},
        {"Company Name": TRUST, "Title": "Management Accountant", "Description": "",
         "Location": "Birmingham", "Started On": "Apr 2014", "Finished On": "Dec 2023"},
        {"Company Name": "Severn Mental Health NHS Trust", "Title": "Assistant Management Accountant",
         "Description": "", "Location": "Worcester", "Started On": "Sep 2011", "Finished On": "Mar 2014"},
    ], ["Management Accounting", "NHS Finance", "Patient-Level Costing", "Budgeting", "Financial Reporting",
        "Excel", "Stakeholder Management"])
    print(x.summary())


if __name__ == "__main__":
    main()

"""dev8 persona (written blind as heldout10, session 3): independent data-science consultant in Bengaluru (2021 layout, English only).

Written blind to the detector code, session 3. Every message text is written by hand here;
running this script regenerates ../en-data-science-consultant-bangalore/ byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-data-science-consultant-bangalore"
OWNER = Person("me", "Anjali Venkatesh", "https://www.linkedin.com/in/anjali-venkatesh-forecasting",
               "Kolam Analytics", "Founder & Principal Data Scientist")
E = Export(SLUG, "2021", OWNER)
P = E.person
C = E.conv

# ---------------------------------------------------------------- people: genuine contacts
P("sahra", "Fatima Al Mansoori", "Sahra Fresh Markets", "Head of Supply Chain Planning", connected="2021-02-08")
P("brack", "Gareth Pryce", "Brackley Freight Solutions", "Operations Director", connected="2019-11-21")
P("ca", "Ramesh Iyer", "Iyer & Kamath Chartered Accountants", "Partner", connected="2018-05-02")
P("cowork", "Nikhil Rao", "Workbench Koramangala", "Community Manager", connected="2019-08-14")
P("d2c", "Karthik Sundaram", "Thenmozhi Naturals", "Co-founder", connected="2021-06-30")
P("riyadh", "Abdullah Al Qahtani", "Najd Express Logistics", "Director, Network Planning", connected="2021-09-12")
P("vikram", "Vikram Shetty", "", "Freelance Data Engineer | Spark, Airflow, dbt", connected="2017-03-09")
P("rec", "Hannah Whitcombe", "Larchfield Talent", "Principal Consultant, Data & Analytics", connected="2021-03-15")
P("intern", "Sneha Kulkarni", "", "B.Tech Final Year | ML enthusiast", connected="2021-04-19")
P("junior", "Arjun Menon", "", "Data Analyst", connected="2021-07-22")
P("ap", "Deepa Nair", "Pennine Home Stores", "Accounts Payable Lead", connected="2020-10-05")
P("ty1", "Rahul Bhat", "Cartwheel Retail Tech", "ML Engineer", connected="2021-08-28")
P("ty2", "Priyanka Das", "", "Demand Planner", connected="2021-08-28")
P("ty3", "Imran Sheikh", "Doorstep Logistics", "Analytics Manager", connected="2021-08-29")
P("exmgr", "Suresh Krishnamurthy", "Kartwise", "VP, Supply Chain Analytics", connected="2015-06-01")
P("prof", "Dr. Lakshmi Narayanan", "Institute of Applied Statistics, Bengaluru", "Associate Professor",
  connected="2016-01-20")
P("oldcol", "Meghna Joshi", "Kartwise", "Senior Data Scientist", connected="2014-09-10")
P("journo", "Rohit Sinha", "The Deccan Ledger", "Senior Correspondent, Retail & Consumer", connected="2021-09-30")
P("forum", "Kavitha Reddy", "Karnataka Analytics Forum", "Programme Lead", connected="2020-02-11")
P("priya", "Priya Ramaswamy", "", "Data Engineer (contract)", connected="2019-02-17")
P("pennine", "Oliver Hartley", "Pennine Home Stores", "Head of Merchandise Planning", connected="2020-09-01")
P("gulfap", "Shabeer Kunhi", "Sahra Fresh Markets", "Finance Executive", connected="2021-05-10")
P("mentee", "Aditya Hegde", "", "Student, M.Sc. Statistics", connected="2021-01-05")
P("bschool", "Prof. Sanjay Gupta", "Malleswaram School of Management", "Chair, Operations Area",
  connected="2020-07-18")
P("friend", "Divya Srinivasan", "Tiffin Box Ventures", "Founder", connected="2012-04-02")
P("peer", "Tanvir Ahmed", "Northstar Analytics Advisory", "Independent Consultant", connected="2019-10-30")
P("sahra2", "Farhan Siddiqui", "Sahra Fresh Markets", "BI Lead", connected="2021-02-10")
P("kolkata", "Sourav Banerjee", "Bhowani Bazaar Stores", "COO", connected="2019-01-28")
P("ukecom", "Emma Clarke", "Loom & Ladle", "Founder", connected="2021-10-04")
P("gulfcontact", "Ravi Pillai", "Emirates Trading House", "Group CFO", connected="2017-12-12")
P("procure", "Aisha Mirza", "Najd Express Logistics", "Procurement Officer", connected="2021-10-01")
P("hosur", "Venkat Raghavan", "Swift Shelf Warehousing", "Managing Director", connected="2019-05-16")
P("handover", "Tom Beckett", "Brackley Freight Solutions", "Data Scientist", connected="2020-06-20")

# ---------------------------------------------------------------- people: wanted pitches
P("w_mlops", "Claire Dubois", "Tessellate Forecast Ops", "Founding Solutions Engineer")
P("w_synth", "Ishaan Malhotra", "Coldstart Labs", "Co-founder", connected="2021-08-30",
  invite=("IN", "2021-08-29 21:10", "Hi Anjali, enjoyed your talk on new-store forecasting yesterday. Would love to connect."))
P("w_web", "Rhea Fernandes", "", "Freelance Web Designer | Webflow")
P("w_tax", "Manish Agarwal", "CrossBorder Ledger", "Partner, Freelancer & Consultant Practice")
P("w_data", "Yusuf Rahman", "Dhow Data Engineering", "Managing Director")
P("w_tender", "Sunitha Gowda", "Cauvery Infotech Solutions Pvt Ltd", "Head, Government Projects")
P("w_tsdb", "Ben Okafor", "Chronobase", "Developer Advocate")
P("w_rec", "Layla Haddad", "Meridian Search Dubai", "Senior Recruiter, Analytics")
P("w_gpu", "Pranav Joshi", "Deccan Compute", "Founder")
P("w_writer", "Maya Thomas", "", "Technical Writer for Data Teams")
P("w_weather", "Sophie Allen", "Almanac Signals", "Partnerships")
P("w_legal", "Adv. Nandini Rao", "Rao & Pai Legal", "Partner, Technology Contracts")

# ---------------------------------------------------------------- people: junk senders
P("j_mlops", "Jake Miller", "PipelineForge", "Account Executive")
P("j_web", "Sameer Khan", "PixelCraft Solutions", "Business Development Executive")
P("j_tax", "Pooja Sharma", "FileEasy Tax Services", "Relationship Manager")
P("j_dev", "Ankit Verma", "CodeNest Technologies", "Business Development Manager")
P("j_gpu", "Mark Stevens", "HyperScale GPU Cloud", "Sales Director")
P("j_content", "Neha Gupta", "Wordsmith Content Hub", "Content Strategist")
P("j_forex", "Rajiv Malhotra", "", "Forex Mentor | Passive Income Coach")
P("j_ins", "Sunil Yadav", "SecureLife Insurance Advisors", "Senior Insurance Advisor")
P("j_same", "Harish Patel", "Quantiva AI Solutions", "VP Sales")
P("j_cap", "Ritika Jain", "GigBridge Talent Network", "Partner Success")
P("j_like", "Vivek Arora", "Abundance Network", "Entrepreneur | Mentor | Freedom Seeker",
  connected="2021-05-11", invite=("IN", "2021-05-10 22:40", "Hi Anjali, always great to connect with like-minded entrepreneurs!"))
P("j_15", "Daniel Brooks", "Revenue Rocket Consulting", "Founder")
P("j_ctp1", "Karan Bedi", "Brightpath Digital", "Growth Consultant",
  connected="2020-11-03", invite=("IN", "2020-11-02 19:25", ""))
P("j_ctp2", "Shalini Menon", "TalentSprint Staffing", "Talent Partner",
  connected="2021-07-06", invite=("IN", "2021-07-05 11:50", "Hi Anjali, saw your profile, very impressive!"))
P("j_ctp3", "Gaurav Sethi", "Pinnacle Wealth", "Wealth Manager",
  connected="2021-10-18", invite=("IN", "2021-10-18 08:30", ""))
P("j_bump1", "Lauren Price", "OutreachIQ", "SDR")
P("j_bump2", "Manoj Kumar", "DataVault Backup", "Inside Sales")
P("j_tpl1", "Ryan Walsh", "Leadhaus", "Founder")
P("j_tpl2", "Akash Mehta", "GrowthGrid Media", "Co-founder")
P("j_tpl3", "Sarah Jennings", "Pipeline Partners", "Head of Partnerships")
P("j_tpl4", "Faisal Qureshi", "ClientMagnet MENA", "Managing Partner")
P("j_tpl5", "Rohan Kapoor", "B2B Booster India", "Business Head")
P("j_tag1", "Tyler Grant", "Nimbus CRM", "Sales Development Rep")
P("j_tag2", "Swati Deshpande", "Aarambh HR Services", "Business Development")
P("j_tag3", "Michael Turner", "SalesLoopr", "Account Manager")
P("j_tag4", "Prakash Reddy", "AdvantEdge Branding", "Director")
P("s_cloud", "Stratoserve Cloud", "", "", url="https://www.linkedin.com/company/stratoserve-cloud")
P("s_mba", "Westbridge Executive Education", "", "",
  url="https://www.linkedin.com/company/westbridge-executive-education")
P("s_card", "Zenith Business Card", "", "", url="https://www.linkedin.com/company/zenith-business-card")
P("j_award", "Meera Chopra", "Global Women in Tech Honours", "Awards Coordinator")
P("j_pod", "Jason Reed", "The Data Founders Show", "Host & Producer")
P("j_fluent", "Alistair Grant", "Veritas Growth Advisory", "Partner")
P("j_dubai", "Hamza Sheikh", "Golden Sands Business Setup", "Business Setup Consultant")
P("j_follow", "Rakesh Nair", "SocialSurge", "Digital Marketing Executive")
P("j_webinar", "Komal Singh", "AI Masterclass India", "Program Manager")
P("j_label", "Ajay Thakur", "LabelStack Annotation Services", "BD Manager")
P("j_seo", "Vinod Sharma", "RankWell SEO Pvt Ltd", "SEO Executive")
P("j_nft", "Chris Nolan", "MetaMint Studio", "Web3 Strategist")

# ================================================================ GENUINE (35)
C("genuine", "client_quote_request", "en", "Gulf grocery chain asks for a quote for a 40-store forecasting pilot", [
    ("sahra", "2021-03-02 10:14", "Hi Anjali,\nThank you for the call last week. We discussed internally and would like to go ahead with a pilot for fresh produce forecasting in 40 stores (Dubai and Sharjah). Could you send a proposal with fees, timeline and what you need from our side? Budget approval is on the 20th so ideally before that.\nRegards,\nFatima"),
    ("me", "2021-03-02 14:30", "Hi Fatima, wonderful news, thank you! I'll send the proposal by Monday. Rough shape: 10-week pilot, fixed fee in two milestones, and I'd need 2 years of daily POS by SKU-store plus promo calendars. I'll also put in an optional hypercare month."),
    ("sahra", "2021-03-02 15:02", "Perfect. Please copy Farhan, he owns the POS data."),
])
C("genuine", "contract_renewal_price_change", "en", "Owner tells long-time UK client about a rate increase at renewal", [
    ("me", "2020-12-01 11:00", "Hi Gareth, ahead of our renewal in January: I'm moving my day rate from GBP 520 to GBP 560 for 2021, first change in two years. For Brackley I'll keep the old rate until end of March since we're mid-way through the capacity model. Happy to discuss."),
    ("brack", "2020-12-01 16:45", "Hi Anjali, fair enough, and thanks for the grace period. Send over the renewal and I'll get it signed before Christmas. Can we also add the weekly volume forecast for the Daventry hub to the scope?"),
    ("me", "2020-12-01 17:10", "Will do, I'll add it as a separate work package so your finance team can see it clearly."),
])
C("genuine", "vendor_price_change", "en", "Her chartered accountant revises fees from April", [
    ("ca", "2021-03-18 09:20", "Dear Anjali, hope you are doing well. From April 1st our retainer for GST returns + TDS + ITR will be revised to Rs 9,500/month (from Rs 8,000), because of the additional LUT and export invoice reconciliation work. Kindly confirm so we can update the engagement letter. Also please share the FIRCs for Jan-Mar at the earliest."),
    ("me", "2021-03-18 12:40", "Hi Ramesh sir, that's fine, thanks for the heads up. Will send the FIRCs by Friday, the bank is being slow with the Feb ones."),
    ("ca", "2021-03-18 12:55", "Noted, thanks. No hurry for Feb, we can file with Jan and Mar first."),
])
C("genuine", "vendor_price_change", "en", "Coworking space announces membership fee revision", [
    ("cowork", "2021-01-11 13:00", "Hi Anjali! Quick one: from Feb 1st the dedicated desk plan goes from Rs 7,500 to Rs 8,200 (power backup upgrade + the new meeting room). Since you've been with us since 2019, we're keeping your old rate till June. Let me know if you want to switch to the flexi plan instead."),
    ("me", "2021-01-11 14:22", "Thanks Nikhil, appreciate it. I'll stay on the dedicated desk for now."),
])
C("genuine", "inbound_lead", "en", "D2C founder wants to buy forecasting help, asks rates", [
    ("d2c", "2021-06-30 18:40", "Hi Anjali, thanks for accepting. I read your blog post on forecasting for small catalogues and honestly it described our problem exactly - 180 SKUs, half of them launched in the last year, and we keep either stocking out or sitting on 4 months of inventory. We're a Chennai-based skincare brand, ~Rs 40 Cr run rate. Would you take on a project like this? What would it roughly cost?"),
    ("me", "2021-06-30 21:10", "Hi Karthik, thanks for reaching out, and glad the post was useful. Yes, this is very much my kind of work. For a catalogue your size I'd usually start with a 4-week diagnostic (fixed fee, Rs 3.2 lakh) and then decide whether a full build makes sense. Can we do a call on Friday?"),
    ("d2c", "2021-07-01 09:05", "Friday 4pm works. I'll get our ops head to join."),
])
C("genuine", "inbound_lead", "en", "Riyadh logistics director, referred by a client, wants route-level forecasting", [
    ("riyadh", "2021-09-12 12:30", "Dear Ms Anjali,\nRavi Pillai from Emirates Trading House gave me your name. We are a parcel and freight company in KSA with 60 branches and we need volume forecasting per route for linehaul planning, especially around Ramadan and White Friday. Could you share your experience and availability? We could start in Q4.\nBest regards,\nAbdullah"),
    ("me", "2021-09-12 15:45", "Dear Abdullah, thank you, and thanks to Ravi for the introduction. I've done similar work for a UK 3PL and for a Gulf retailer around Ramadan peaks. I'd be glad to discuss. Would Tuesday 2pm KSA time suit for a call?"),
    ("riyadh", "2021-09-12 16:20", "Tuesday 2pm is fine. Our procurement team will also send a vendor registration form."),
])
C("genuine", "peer_joint_offer", "en", "Data engineer friend proposes joint bid for a Gulf retailer", [
    ("vikram", "2021-04-05 22:15", "Anju, got a lead via a friend in Muscat - a hypermarket chain wants a full forecasting + replenishment setup but they have zero data infra. I can do the pipelines and warehouse, you do the models. Want to bid together? I was thinking we quote as one team, split by effort, you as the face since it's your domain."),
    ("me", "2021-04-05 22:40", "Ooh, yes! Let's do a call tomorrow. I'd want a clear RACI so they don't expect me to fix their ERP exports 😅"),
    ("vikram", "2021-04-05 22:41", "Haha fair. 11am?"),
    ("me", "2021-04-05 22:45", "11 it is."),
])
C("genuine", "recruiter_engaged", "en", "Owner contacted a recruiter about contract roles; recruiter replies with one", [
    ("me", "2021-03-15 10:05", "Hi Hannah, Tanvir Ahmed suggested I reach out. I'm an independent forecasting consultant and have some capacity from June. Do you place contractors (remote from India) with UK retailers? Happy to share my CV."),
    ("rec", "2021-03-15 13:30", "Hi Anjali, thanks for getting in touch, and Tanvir's a star. Yes we do, outside IR35 where possible. I have a 6-month demand forecasting contract with a UK homewares retailer, fully remote, GBP 500-550/day, starting June. Shall we have a quick chat Thursday so I can understand your background?"),
    ("me", "2021-03-15 13:45", "Thursday works, 2pm UK time?"),
    ("rec", "2021-03-15 14:00", "Booked. I'll send a Teams link."),
])
C("genuine", "applicant", "en", "Final-year student applies for an internship", [
    ("intern", "2021-04-19 20:12", "Respected Ma'am,\nI am Sneha, final year B.Tech (CSE) student from Dharwad. I have been following your posts on time series forecasting and I recently completed a project on predicting vegetable prices at APMC markets using LSTM and Prophet. I would be very grateful if I could intern with Kolam Analytics this summer, even unpaid. PFA my resume.\nThank you,\nSneha"),
    ("me", "2021-04-20 09:30", "Hi Sneha, thanks for writing, and no need for 'Respected Ma'am' 🙂 I do take one paid intern each summer. Could you share the GitHub link for the APMC project? I'd like to see how you validated it."),
    ("intern", "2021-04-20 10:02", "Thank you so much! Here is the link: github.com/snehak/apmc-price-forecast. I used a rolling origin evaluation."),
])
C("genuine", "applicant", "en", "Analyst applies after owner posted she is hiring", [
    ("junior", "2021-07-22 11:25", "Hi Anjali, saw your post that you're hiring a junior analyst (remote, Bengaluru preferred). I have 2 years at a FMCG distributor doing secondary sales reporting in SQL and Power BI and want to move into forecasting. Would love to be considered. Should I apply via the Google form or send my CV here?"),
    ("me", "2021-07-22 13:00", "Hi Arjun, thanks! Please use the form, it has a short take-home task. Deadline is the 31st."),
])
C("genuine", "client_accounts_payable", "en", "Client's AP team about pending invoice; landed in SPAM", [
    ("ap", "2021-05-04 09:40", "Hello Anjali, our system rejected invoice KA-2021-014 because the bank details differ from the vendor master (IBAN vs SWIFT only). Could you please send the updated vendor form signed? Until then payment is on hold. Apologies for contacting here, your email bounced."),
    ("me", "2021-05-06 18:15", "Hi Deepa, so sorry - this went to my spam folder on LinkedIn. Sending the signed form by email now, to the ap@ address."),
    ("ap", "2021-05-07 08:50", "Received, thank you. Payment will go out in Tuesday's run."),
], folder="SPAM")
C("genuine", "thanks_after_talk", "en", "Thank-you note after meetup talk (1/3)", [
    ("ty1", "2021-08-28 21:30", "Hi Anjali, thanks for the talk at the Forecasting Guild today. The bit about why MAPE lies to you for slow movers was an eye opener. Connected so I can follow your posts!"),
])
C("genuine", "thanks_after_talk", "en", "Thank-you note after meetup talk (2/3)", [
    ("ty2", "2021-08-28 22:05", "Thanks for the wonderful session today Anjali! Could you please share the slides? Especially the one with the Croston vs ADIDA comparison."),
    ("me", "2021-08-29 09:15", "Thanks Priyanka! Slides are on the meetup page now."),
])
C("genuine", "thanks_after_talk", "en", "Thank-you note after meetup talk (3/3)", [
    ("ty3", "2021-08-29 08:10", "Great talk yesterday at the Guild, thank you. Very practical. We have the same intermittent demand issue in our spare parts business, might ping you sometime."),
])
C("genuine", "owner_started_reference", "en", "Owner asks ex-manager for a reference", [
    ("me", "2021-02-15 19:20", "Hi Suresh, hope you and family are well. A Gulf retailer I'm pitching to wants two references and I'd love to put your name down, since you saw my work on the Kartwise forecasting platform. Would that be okay? They may call for 15 minutes."),
    ("exmgr", "2021-02-15 21:45", "Of course Anjali. Give them my mobile. Tell them you were the one who stopped us from overstocking 40,000 pressure cookers 😄"),
    ("me", "2021-02-15 21:50", "Haha I'll let you tell that story. Thank you so much!"),
])
C("genuine", "owner_started_academic", "en", "Owner asks former professor about a public dataset", [
    ("me", "2020-09-07 11:00", "Dear Ma'am, hope you are keeping well. I'm preparing a short public notebook on hierarchical forecasting and wanted to ask whether the mandi price dataset your group released in 2018 can be used in a commercial blog context, with citation."),
    ("prof", "2020-09-08 16:30", "Dear Anjali, lovely to hear from you. Yes, it is CC-BY, so citation is enough. Do send me the link when it is out, I might use it in class. And come give a guest lecture sometime!"),
    ("me", "2020-09-08 17:00", "Thank you Ma'am, I would love to."),
])
C("genuine", "long_standing_colleague", "en", "Ex-colleague thread over years", [
    ("oldcol", "2018-07-02 18:10", "So you're really leaving Kartwise to go solo?! Proud of you, but the forecasting team won't be the same."),
    ("me", "2018-07-02 19:00", "Yes! Scary but exciting. You'll still get my 2am Slack messages about seasonality, don't worry."),
    ("oldcol", "2019-12-31 23:55", "Happy new year Anju!! 2020 is going to be your year 🎉"),
    ("me", "2020-01-01 09:10", "Happy new year Meghu! Let's meet for dosa at CTR soon."),
    ("oldcol", "2021-06-14 13:20", "Random q: we're evaluating whether to move from the in-house model to a vendor. Can I pick your brain over a call? Not as a consultant, as a friend, lol. Will buy coffee."),
    ("me", "2021-06-14 14:00", "Of course, anytime. Thursday evening?"),
])
C("genuine", "journalist", "en", "Business journalist asks for comment on festive-season forecasting", [
    ("journo", "2021-09-30 11:15", "Hi Anjali, I'm writing a piece on how retailers are planning inventory for the festive season after two disrupted years. A colleague mentioned your work with retail clients. Could I quote you? 10-15 min call today or tomorrow works. Deadline is Friday."),
    ("me", "2021-09-30 12:00", "Hi Rohit, happy to help. I can't name clients but can speak generally. Tomorrow 11am?"),
    ("journo", "2021-09-30 12:10", "Perfect, I'll call you. Thanks!"),
])
C("genuine", "event_invitation_contact", "en", "Forum organiser she knows invites her to a panel", [
    ("forum", "2021-06-01 10:00", "Hi Anjali! We're doing the Karnataka Analytics Forum virtually again this year on July 24th. Would you join the panel on 'AI in supply chains: hype vs reality'? You were a crowd favourite in 2019. No fee either way, but we'll send a hamper 😊"),
    ("me", "2021-06-01 11:20", "Kavitha, count me in! Who else is on the panel?"),
    ("forum", "2021-06-01 11:35", "Someone from a large 3PL and a professor from IIM. Will share details soon."),
])
C("genuine", "subcontractor_update", "en", "Contract data engineer reports pipeline status", [
    ("priya", "2021-03-29 17:45", "Hi Anjali, Sahra POS pipeline update: 38 of 40 stores loaded, 2 stores (Al Qusais, Muweilah) have gaps in Aug 2019 due to a system migration. I've flagged them in the data quality report. Should I impute or drop?"),
    ("me", "2021-03-29 18:10", "Thanks Priya, great work. Don't impute, flag them and keep the gap. I'll ask Farhan whether they have backups."),
])
C("genuine", "client_coordination", "en", "UK client reschedules review call, talks about model drift", [
    ("pennine", "2021-01-19 08:30", "Morning Anjali, can we push Thursday's review to Friday? Also, FYI the lockdown has completely thrown the garden category off, forecast is 40% over for the last 3 weeks. Not your fault obviously, but can we talk about how to handle it?"),
    ("me", "2021-01-19 10:15", "Morning Oliver, Friday is fine, same time. Yes, let's discuss - I'd suggest we down-weight the last 6 weeks and add a lockdown flag for now. I'll bring a quick comparison."),
])
C("genuine", "client_payment", "en", "Gulf client's finance confirms payment release", [
    ("gulfap", "2021-06-15 12:05", "Dear Anjali Madam, this is to inform you that payment for invoice KA-2021-021 (Milestone 1) has been released today, AED 61,500. Kindly share acknowledgement once received. Regards, Shabeer"),
    ("me", "2021-06-17 10:30", "Dear Shabeer, received today, thank you very much!"),
])
C("genuine", "mentee", "en", "Student asks career advice", [
    ("mentee", "2021-01-05 21:10", "Hello Ma'am, I'm doing M.Sc. Statistics and really want to get into demand forecasting. Most jobs ask for 2-3 years experience. How did you start? Any advice would mean a lot."),
    ("me", "2021-01-06 08:45", "Hi Aditya! Honestly: pick one messy public dataset (e.g. retail sales), build a forecast end-to-end, and write up what went wrong. That writeup is worth more than certificates. Also look at planning teams in FMCG companies, they hire freshers more than tech companies do."),
    ("mentee", "2021-01-06 09:00", "Thank you so much ma'am, will do!"),
])
C("genuine", "guest_lecture_invitation", "en", "Business school professor invites her for guest lecture", [
    ("bschool", "2020-10-12 15:30", "Dear Anjali, our PGDM students have an elective on Supply Chain Analytics and I'd like to invite you for a 2-hour guest session in November (online). We offer an honorarium of Rs 15,000. Would you be available on 18th or 25th?"),
    ("me", "2020-10-12 17:00", "Dear Prof. Gupta, thank you for the invitation. 25th works well. Could you share what the students have covered so far?"),
])
C("genuine", "friend_congrats", "en", "Old friend congratulates on three years independent", [
    ("friend", "2021-07-02 20:30", "3 years of Kolam Analytics!!! Saw your post. Remember when you were scared nobody would hire you? Look at you now with clients in Dubai and London 🥹 Dinner this weekend, my treat."),
    ("me", "2021-07-02 21:00", "Divu 😭 thank you!! Saturday? Your place or Koshy's?"),
    ("friend", "2021-07-02 21:02", "Koshy's obviously."),
])
C("genuine", "peer_referral", "en", "Peer consultant passes on a lead he can't take", [
    ("peer", "2021-05-20 13:15", "Hey Anjali, I've got a lead that's much more your thing than mine - a cold-chain logistics startup in Pune wants demand forecasting for their dark stores. I'm fully booked till Oct. OK if I intro you by email?"),
    ("me", "2021-05-20 13:40", "Tanvir you're the best, yes please! And thanks again for the Hannah intro."),
])
C("genuine", "client_group_chat", "en", "Project group chat with the Gulf client", [
    ("sahra2", "2021-04-12 09:05", "Hi both, the backup for the two missing stores was found. Uploading to the SFTP today."),
    ("sahra", "2021-04-12 09:30", "Great. Anjali, does this change the timeline?"),
    ("me", "2021-04-12 10:00", "No, we're still on track for the week-6 review. Thanks Farhan!"),
], title="Sahra x Kolam - Fresh forecasting pilot")
C("genuine", "client_testimonial", "en", "Client sends testimonial owner had asked for", [
    ("me", "2021-08-02 11:00", "Hi Gareth, would you be willing to write 2-3 lines about the capacity model for my website? Totally fine if not."),
    ("brack", "2021-08-03 08:20", "Of course. Here you go: \"Anjali's forecasts cut our agency labour overspend at Daventry by a third in the first peak. She explains things in plain English and doesn't hide behind jargon.\" Edit as you like."),
    ("me", "2021-08-03 09:00", "That's lovely, thank you!"),
])
C("genuine", "contract_negotiation", "en", "UK client's new NDA and IP clause discussion", [
    ("pennine", "2020-09-01 16:20", "Hi Anjali, our legal team has sent the MSA. Sticking point is clause 9 - they want all IP including your generic code libraries. I told them that's unreasonable. Could you propose wording?"),
    ("me", "2020-09-01 18:05", "Thanks Oliver. I'll propose: client owns deliverables and models trained on their data; I retain pre-existing tools and generic libraries, with a perpetual licence to Pennine. That's standard for me."),
    ("pennine", "2020-09-02 09:30", "Sounds reasonable. Send it over and I'll push it through."),
])
C("genuine", "returning_client", "en", "Former client wants to restart the project", [
    ("kolkata", "2021-02-22 12:00", "Namaskar Anjali ji. We had paused the forecasting project in March last year due to Covid. Things are stable now and we opened 6 new stores. Can we restart? Please send revised quotation."),
    ("me", "2021-02-22 14:30", "Namaskar Sourav da, so good to hear! Yes, happy to restart. Since it's been a year, I'd suggest a short refresh phase first. Quotation by Thursday."),
])
C("genuine", "inbound_lead", "en", "UK e-commerce founder wants to buy a forecasting audit", [
    ("ukecom", "2021-10-04 14:50", "Hi Anjali, I run a small kitchenware brand in Leeds (Loom & Ladle). We've been using a spreadsheet plus gut feel and it's not scaling. Your article on 'forecast audits' is exactly what I'm after - someone to look at what we have and tell us what's worth fixing. What does that cost and how long does it take?"),
    ("me", "2021-10-04 18:30", "Hi Emma, thanks for getting in touch! A forecast audit for a brand your size is typically 2 weeks, fixed fee GBP 3,800. You'd get a written report and a 90-min walkthrough. Would you like to set up an intro call?"),
    ("ukecom", "2021-10-05 08:10", "Yes please, let's do it. Any time Thursday."),
])
C("genuine", "owner_started_intro", "en", "Owner asks a long-time Gulf contact for an introduction", [
    ("me", "2021-08-16 10:30", "Hi Ravi, hope all is well in Dubai. Small favour: do you know anyone in planning at the big hypermarket groups in Abu Dhabi? After the Sahra pilot I'd like to talk to one or two more Gulf retailers."),
    ("gulfcontact", "2021-08-16 19:45", "Hi Anjali. Let me think, I know the CFO at one of them. I'll make an intro by email. By the way, I also gave your name to Abdullah at Najd Express, expect a message."),
    ("me", "2021-08-16 20:00", "Thank you Ravi, very kind!"),
])
C("genuine", "vendor_registration", "en", "New client's procurement asks for vendor documents", [
    ("procure", "2021-10-03 10:10", "Dear Anjali, as discussed with Mr Abdullah, please provide the following for vendor registration: company registration certificate, PAN, GST certificate, bank letter, and signed NDA (attached). Also please confirm your payment terms. Regards, Aisha"),
    ("me", "2021-10-03 12:00", "Dear Aisha, thank you. I'm a sole proprietorship, so I'll send the Udyam certificate instead of a company registration. Payment terms 30 days from invoice. Documents by email today."),
    ("procure", "2021-10-03 12:20", "Noted, Udyam is acceptable. Thank you."),
])
C("genuine", "post_handover_question", "en", "Client's data scientist asks technical question after handover", [
    ("handover", "2021-09-06 15:10", "Hi Anjali, quick one on the Daventry model: the weekly retrain failed last night because the bank holiday table didn't have 2022 dates. Is the fix just to extend the CSV or is there something else that reads it?"),
    ("me", "2021-09-06 16:00", "Hi Tom, just extend the CSV, but also bump the horizon check in config.yaml (max_holiday_year). Sorry, I should have documented that better. Will add to the README."),
    ("handover", "2021-09-06 16:20", "Sorted, thanks!"),
])

C("genuine", "event_invitation_contact", "en", "Past client invites her to the opening of a new warehouse", [
    ("hosur", "2021-11-08 17:05", "Dear Anjali, we are inaugurating our new 2 lakh sq ft facility in Hosur on 26th Nov. Since your capacity model is the reason we built it in the right size, it would be an honour to have you there. Lunch will be served. Do come!"),
    ("me", "2021-11-08 19:30", "Venkat sir, congratulations! I'll definitely be there. Please send the location pin."),
])

# ================================================================ WANTED PITCHES (12)
C("wanted_pitch", "tool_post_reference", "en", "Forecast-ops vendor refers to her post on hierarchical reconciliation", [
    ("w_mlops", "2021-05-26 16:00", "Hi Anjali,\nYour post on Monday about store forecasts not adding up to DC forecasts (and the client who stopped trusting either) hit home - that's literally why we started Tessellate. We run forecast pipelines with reconciliation (MinT, top-down, or your own) built into the scheduling, and flag when reconciled numbers drift from the base forecasts by more than a threshold. Consultants use it to hand over a running system instead of a notebook. Free for up to 5,000 series, which would cover something like your Gulf pilot. Happy to give you a sandbox - no call required.\nClaire"),
    ("me", "2021-05-27 09:40", "Hi Claire, timing is good, I'm thinking about the handover for exactly that project. Please send the sandbox."),
])
C("wanted_pitch", "startup_talk_reference", "en", "Synthetic data startup refers to her meetup talk (after connecting)", [
    ("w_synth", "2021-08-30 10:20", "Hi Anjali, thanks for connecting. At the Guild you said the hardest forecasts are for stores that opened last month, and that you borrow history from 'lookalike' stores by hand. We build lookalike-store histories automatically from location, footfall and catchment data for India and the GCC. We'd love a forecaster's critique more than a sale, honestly - but if it's useful, we could run it on one of your new-store cases for free and you judge the result."),
    ("me", "2021-08-30 12:10", "Hi Ishaan, interesting. I'm sceptical of catchment data in Indian cities, but happy to test. Let's talk next week."),
])
C("wanted_pitch", "web_site_visited", "en", "Web designer visited her site and names concrete issues", [
    ("w_web", "2021-03-09 11:45", "Hi Anjali,\nI was reading your forecast audit article and clicked around kolamanalytics.in. Two things jumped out: the 'Download sample report' button on the Services page gives a 404, and the Case Studies page only has retail ones even though logistics is listed as a main service (and you mention a UK 3PL in your posts). I'm a freelance Webflow designer in Indiranagar - I could fix the download and add a logistics case study template for a small fixed fee (~Rs 12k). No pressure, the 404 is worth fixing either way!\nRhea"),
    ("me", "2021-03-09 14:00", "Oh no, thanks for catching the 404! Let me fix that myself, but I'm interested in the case study part. Can you send a quote?"),
])
C("wanted_pitch", "tax_specific_problem", "en", "Cross-border tax practice names her concrete LUT/FIRC problem", [
    ("w_tax", "2021-04-06 10:30", "Hello Anjali,\nYou mentioned in a comment on the freelancers' GST thread that your LUT renewal got stuck and your UAE invoices were flagged for IGST. That usually happens when the LUT for the new financial year isn't filed before the first export invoice in April. We work only with consultants who bill foreign clients: LUT filing, zero-rated export invoices, FIRC/e-BRC matching, and the UK/UAE tax residency paperwork. If your current CA is handling it, great - if not, I can do a one-time review of your FY 2020-21 export invoices for Rs 6,000."),
])
C("wanted_pitch", "data_eng_mutual_contact", "en", "Data engineering boutique referred by her client's BI lead", [
    ("w_data", "2021-07-14 13:15", "Hi Anjali,\nFarhan Siddiqui at Sahra mentioned that for the pilot you spent the first three weeks just cleaning POS exports from two different systems. We're a small data engineering team in Dubai that does exactly that plumbing for GCC retailers (we know the local POS vendors' formats well), and we don't do any modelling ourselves. If you're planning to roll out to all Sahra stores, we could take the ingestion part so you can focus on forecasting. Would a short call make sense?\nYusuf"),
    ("me", "2021-07-14 15:00", "Hi Yusuf, Farhan is right, it was painful! A call makes sense, maybe after the steering meeting on the 22nd."),
])
C("wanted_pitch", "tender_consortium", "en", "IT firm proposes consortium for a public forecasting tender", [
    ("w_tender", "2021-10-20 11:00", "Dear Ms Venkatesh,\nThe Karnataka State Warehousing Corporation has published a tender (e-procurement portal, closing 15 Nov) for a demand and storage-utilisation forecasting system across 150 warehouses. Eligibility requires Rs 10 Cr turnover and CMMI certification, which we have, but the technical evaluation gives 30% weight to demonstrated forecasting expertise, which we don't. Your public work on warehouse capacity forecasting for a UK 3PL is quite relevant. Would you consider joining as the named forecasting expert / subcontractor? Happy to share the RFP and our proposed split."),
])
C("wanted_pitch", "tsdb_tools_setup", "en", "Time-series DB vendor refers to her public repo setup", [
    ("w_tsdb", "2021-02-23 18:00", "Hi Anjali, I came across your repo kolam-forecast-utils - nice work on the backtesting helpers. I noticed the README says the pipelines store forecasts in vanilla Postgres with a nightly cron, and there's an open issue about the forecast_history table getting slow past ~200M rows. That's the exact point where Chronobase helps (compression + continuous aggregates, still Postgres). I'm not in sales - if you want, I can open a PR showing the schema change, and you decide if it's worth it."),
    ("me", "2021-02-24 09:15", "Ha, that issue has been haunting me. Sure, a PR would be welcome."),
])
C("wanted_pitch", "recruiter_relevant_role", "en", "Dubai recruiter with a relevant forecasting contract", [
    ("w_rec", "2021-11-02 12:40", "Hi Anjali,\nI'm recruiting for a 6-month contract Demand Forecasting Lead at a GCC hypermarket group (remote with 2 trips to Abu Dhabi), starting January, USD 650-750/day. They specifically want someone who has forecasted Ramadan and Eid demand for fresh categories, which your Sahra work and your posts on moving holidays cover pretty much exactly. It can run alongside other clients at 3 days/week. Interested in hearing more?"),
    ("me", "2021-11-02 18:20", "Hi Layla, yes, I'd like to hear more. 3 days/week could work from Feb."),
])
C("wanted_pitch", "compute_post_reference", "en", "Indian GPU provider responds to her complaint about USD billing", [
    ("w_gpu", "2021-06-08 09:50", "Hi Anjali,\nSaw your post about your cloud bill arriving in USD with a 3.5% forex markup and the GST reverse-charge headache on top. We're a Bengaluru data centre offering GPU and CPU instances billed in INR with a proper GST invoice, so it's just input credit for you. For the kind of gradient boosting + occasional DeepAR training you described, a 16-core box with a T4 is Rs 38/hour. First 50 hours free if you want to try it on a real workload."),
])
C("wanted_pitch", "writer_blog_reference", "en", "Technical writer noticed her blog cadence and one popular post", [
    ("w_writer", "2021-09-14 20:10", "Hi Anjali,\nYour post 'Why MAPE lies about slow movers' keeps getting shared in forecasting circles, but the blog has had only two posts since then, and the case studies are one paragraph each. I'm a technical writer who works with data consultants: I interview you for 45 minutes, then write the case study or post in your voice, and you edit. I've done this for two analytics consultancies in Pune. I charge Rs 18,000 per long piece. Happy to send a sample."),
])
C("wanted_pitch", "data_api_post_reference", "en", "Calendar/weather data API refers to her Ramadan demand post", [
    ("w_weather", "2021-04-28 15:20", "Hi Anjali, in your post about Ramadan shifting 11 days every year you said you maintain your own Hijri holiday table per country plus school holiday dates for the UAE. We sell exactly that as an API - GCC and Indian holidays (including regional ones like Onam and Pongal), school terms, and historical weather by city - versioned so backtests don't leak future revisions. Free for research and one commercial project. Want a key?"),
    ("me", "2021-04-29 08:30", "Yes please, my hand-made table is a mess."),
])
C("wanted_pitch", "legal_post_reference", "en", "Lawyer refers to her post about model IP dispute", [
    ("w_legal", "2021-09-21 17:30", "Dear Anjali,\nI read your post about the client who claimed ownership of your backtesting library because it was used in their project. We draft and review consulting agreements for independent tech consultants, with particular focus on IP carve-outs for pre-existing tools and governing law when clients are in the UK or UAE. Fixed fee of Rs 25,000 for a reusable MSA + SOW template. If useful, I'm happy to do a 20-minute review of your current template free of charge."),
])

# ================================================================ JUNK (38)
C("junk", "generic_mlops", "en", "Generic MLOps pitch (counterpart to Tessellate)", [
    ("j_mlops", "2021-06-15 19:00", "Hi Anjali,\nData science teams waste 80% of their time on infrastructure. PipelineForge is the end-to-end MLOps platform trusted by Fortune 500 companies. Deploy models 10x faster, monitor drift, and scale with confidence. Do you have 15 minutes next week for a demo?\nJake"),
])
C("junk", "generic_web", "en", "Generic website redesign (counterpart to Rhea)", [
    ("j_web", "2021-02-02 10:05", "Greetings of the day!\nWe are PixelCraft Solutions, a leading web design and development company with 10+ years experience. We noticed your website can be improved for better user experience and conversions. We offer complete website redesign starting at just $499. Kindly revert if interested.\nRegards,\nSameer"),
])
C("junk", "generic_tax", "en", "Generic tax filing service (counterpart to CrossBorder Ledger)", [
    ("j_tax", "2021-07-05 11:30", "Dear Sir/Madam,\nIs your ITR filing pending? FileEasy provides hassle-free income tax, GST and company compliance services at lowest prices. Expert CAs, 100% online. Avail 20% discount this month. Kindly contact us for more details."),
])
C("junk", "generic_offshore_dev", "en", "Hire dedicated developers pitch (counterpart to Dhow Data)", [
    ("j_dev", "2021-05-12 12:15", "Hi Anjali,\nHope you are doing good. We are a CMMI Level 3 company providing dedicated developers in Python, React, Java, .NET, Data Science and AI/ML at $18/hour. You can hire on hourly, monthly or project basis. Please let me know your requirements, I will share the profiles.\nThanks & Regards\nAnkit"),
    ("j_dev", "2021-05-20 12:15", "Hi Anjali, just following up on my previous message. Please do the needful."),
])
C("junk", "generic_gpu", "en", "Generic GPU cloud (counterpart to Deccan Compute)", [
    ("j_gpu", "2021-08-10 21:00", "Hi Anjali, scale your AI workloads with HyperScale's A100 clusters. Enterprise-grade security, 99.99% uptime, and the best price-performance in the industry. Book a call with our solutions team to get $500 in free credits!"),
])
C("junk", "generic_content", "en", "Generic content marketing (counterpart to technical writer)", [
    ("j_content", "2021-10-11 10:45", "Hi Anjali,\nContent is king! 👑 We help brands grow with SEO-optimised blogs, social media posts and newsletters. 500+ happy clients. Packages start at just Rs 4,999/month for 8 blogs. Would you like a free content audit?"),
])
C("junk", "off_topic_forex", "en", "Forex trading mentor, off-topic", [
    ("j_forex", "2021-03-27 23:15", "Hello dear, I came across your profile and I see you're a smart woman. Have you ever thought of earning extra income through forex? I mentor people who make 5-10% weekly returns. Just 1 hour a day. Reply YES to know more 💰"),
])
C("junk", "off_topic_insurance", "en", "Term insurance pitch, off-topic", [
    ("j_ins", "2021-04-14 10:20", "Good morning Ma'am,\nAs a self-employed professional, securing your family's future is very important. We offer term insurance of Rs 1 Crore at just Rs 750/month with tax benefit under 80C and 80D. Kindly share your convenient time to discuss."),
])
C("junk", "offers_what_owner_sells", "en", "AI firm offers her demand forecasting services", [
    ("j_same", "2021-07-27 13:40", "Hi Anjali,\nAre you struggling to predict demand accurately? Quantiva AI helps retail and logistics companies reduce stockouts by 30% with our AI-powered demand forecasting solution. Our data scientists will build custom ML models for your business. Can we schedule a quick call to understand your needs?"),
])
C("junk", "capacity_for_new_clients", "en", "Gig platform asks if she has capacity for new clients", [
    ("j_cap", "2021-02-17 14:00", "Hi Anjali! Do you have bandwidth for new clients this quarter? GigBridge connects top freelance data scientists with companies in US and Europe. Join our network to get matched with projects. Small onboarding fee of $99 to verify your profile. Interested?"),
])
C("junk", "like_minded_entrepreneurs", "en", "Like-minded entrepreneur connect, then income opportunity", [
    ("j_like", "2021-05-11 09:00", "Hi Anjali, thanks for accepting! Always love connecting with like-minded entrepreneurs who think big. 🙌 How's business going for you?"),
    ("me", "2021-05-11 12:30", "Hi Vivek, going well, thanks!"),
    ("j_like", "2021-05-11 12:45", "Amazing! I'm building a team of ambitious people for a global business opportunity in the wellness space. Many professionals are earning a second income alongside their main work. Are you open to looking at something outside your current business if the numbers made sense?"),
])
C("junk", "quick_call", "en", "Quick 15-minute call for sales consulting", [
    ("j_15", "2021-09-07 17:30", "Hi Anjali - quick question. Would you be open to a 15-minute call to discuss how we help consultants close 3x more deals? No pitch, just value. What does your calendar look like Thursday?"),
])
C("junk", "connect_then_pitch", "en", "Connect, small talk, pitch in message 2", [
    ("j_ctp1", "2020-11-03 10:00", "Hi Anjali, thanks for connecting! Love the name Kolam Analytics, very unique. How did you come up with it?"),
    ("j_ctp1", "2020-11-05 10:00", "By the way, we help consultants and coaches build a personal brand on LinkedIn that brings in inbound leads every week. Would you be open to a short chat to see if it's a fit?"),
])
C("junk", "connect_then_pitch", "en", "Staffing firm: compliment, owner replies, pitch follows", [
    ("j_ctp2", "2021-07-06 11:00", "Hi Anjali, thanks for accepting my invite. Your journey from Kartwise to founding your own firm is really inspiring!"),
    ("me", "2021-07-06 13:10", "Thank you, Shalini!"),
    ("j_ctp2", "2021-07-06 13:30", "Pleasure! We're a staffing company placing data scientists, analysts and engineers on contract or permanent basis with 48-hour turnaround. As your firm grows, we'd love to be your hiring partner. Can I share our rate card?"),
    ("j_ctp2", "2021-07-14 10:00", "Hi Anjali, any update on this? Sharing the rate card anyway for your reference."),
])
C("junk", "connect_then_pitch", "en", "Wealth manager connects same morning, pitch in message 2", [
    ("j_ctp3", "2021-10-18 09:15", "Good morning Anjali, thanks for connecting. Hope your week is off to a great start!"),
    ("j_ctp3", "2021-10-19 09:20", "As a successful business owner, you may be looking for smarter ways to grow your wealth. We offer PMS and AIF solutions with an average 24% CAGR. Shall we connect over a call this week?"),
])
C("junk", "follow_up_bump", "en", "Outreach SDR bumps three times without reply", [
    ("j_bump1", "2021-01-12 15:00", "Hi Anjali, I help consulting firms automate their outbound with personalised sequences. Worth a chat?"),
    ("j_bump1", "2021-01-19 15:00", "Bumping this to the top of your inbox 🙂"),
    ("j_bump1", "2021-01-26 15:00", "Hi Anjali, not sure if you saw my last note. Would love to share how we helped a similar firm add $40k in pipeline."),
    ("j_bump1", "2021-02-04 15:00", "Should I close your file? If the timing isn't right, just let me know."),
])
C("junk", "follow_up_bump", "en", "Backup software pitch with two follow-ups", [
    ("j_bump2", "2020-08-18 11:00", "Dear Madam, is your business data safe? DataVault offers automated cloud backup for SMEs starting Rs 299/month. Kindly let me know a good time to call."),
    ("j_bump2", "2020-08-25 11:00", "Dear Madam, gentle reminder on the below."),
    ("j_bump2", "2020-09-02 11:00", "Dear Madam, awaiting your revert."),
])
C("junk", "template_campaign", "en", "Template 1/5: book meetings for consultants", [
    ("j_tpl1", "2021-03-03 14:20", "Hi Anjali,\nI came across your profile and was really impressed by what you've built at Kolam Analytics. We help consultants book 10-15 qualified sales calls every month with decision makers, without cold calling or ads. Would you be open to a quick chat so I can show you how we did this for a data consultancy in London?\nBest, Ryan"),
])
C("junk", "template_campaign", "en", "Template 2/5: same template, Indian agency", [
    ("j_tpl2", "2021-04-21 11:05", "Hi Anjali,\nCame across your profile and was truly impressed with what you have built at Kolam Analytics. We help consultants get 12-20 qualified sales meetings every month with CXOs, without cold calling or paid ads. Would you be open for a quick call so I can show how we did this for an analytics firm in Hyderabad?\nRegards, Akash"),
])
C("junk", "template_campaign", "en", "Template 3/5: slight rewording", [
    ("j_tpl3", "2021-06-08 16:40", "Hello Anjali,\nI was really impressed by what you've built at Kolam Analytics when I came across your profile. We help consulting businesses book 10-15 qualified meetings a month with decision makers - no cold calls, no ads. Open to a quick chat? I can walk you through how we did it for an AI consultancy in Berlin.\nSarah"),
])
C("junk", "template_campaign", "en", "Template 4/5: Gulf variant", [
    ("j_tpl4", "2021-08-24 13:00", "Dear Anjali,\nI came across your profile and was very impressed with what you have built at Kolam Analytics. We help consultants secure 10-15 qualified meetings each month with decision makers across the GCC, with no cold calling and no ads. Would you be open to a brief call to see how we achieved this for a data consultancy in Riyadh?\nKind regards, Faisal"),
])
C("junk", "template_campaign", "en", "Template 5/5: heavier Indian English", [
    ("j_tpl5", "2021-10-26 10:30", "Greetings Anjali ji,\nI came across your esteemed profile and was impressed by the work done at Kolam Analytics. We are helping consultants to get 15+ qualified meetings every month with decision makers, no cold calling, no ads. Kindly let me know if you are open for a quick call, I will show how we did the same for one data analytics firm in Chennai.\nThanks & Regards, Rohan"),
])
C("junk", "merge_tag_failure", "en", "{first_name} left in CRM pitch", [
    ("j_tag1", "2021-02-09 17:45", "Hi {first_name},\nI noticed {company} is growing and thought you'd find Nimbus CRM useful - it helps small teams track every deal in one place. Free for 14 days. Interested?"),
])
C("junk", "merge_tag_failure", "en", "{{company_name}} placeholder in HR pitch", [
    ("j_tag2", "2021-06-22 10:10", "Dear Anjali,\nGreetings from Aarambh HR! We provide end-to-end payroll, compliance and recruitment services for companies like {{company_name}}. Kindly share a suitable time to connect."),
])
C("junk", "merge_tag_failure", "en", "[Company Name] and [pain point] left unfilled", [
    ("j_tag3", "2021-09-28 18:00", "Hi Anjali, saw that [Company Name] has been working on [pain point]. Our platform helps sales teams close deals 2x faster. Let me know if you'd like a demo!"),
])
C("junk", "wrong_name_company", "en", "Wrong first name and wrong company", [
    ("j_tag4", "2021-11-09 11:40", "Hi Ananya,\nCongratulations on the growth of Kolam Foods! As an FMCG brand, your packaging is your first impression. We offer premium packaging design and branding at affordable prices. Let's connect!\nPrakash"),
])
C("junk", "sponsored_inmail", "en", "Sponsored InMail: cloud credits", [
    ("s_cloud", "2021-03-22 12:00", "<p>Hi Anjali,</p><p>Get <strong>$300 in free credits</strong> to build, train and deploy ML models on Stratoserve Cloud.</p><p><a href=\"https://example.com/credits\">Claim your credits</a></p>"),
], title="Sponsored Conversation", subject="Free ML credits for data scientists")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: executive programme", [
    ("s_mba", "2021-07-19 12:00", "<p>Dear Anjali,</p><p>Take your leadership to the next level with our 12-month Executive Programme in AI Strategy. Applications close soon &ndash; <strong>early bird fee waiver</strong> available.</p>"),
], title="Sponsored Conversation", subject="Become an AI leader")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: business credit card", [
    ("s_card", "2021-10-05 12:00", "<p>Hi Anjali,</p><p>Zenith Business Card: 5X reward points on software subscriptions and zero forex markup. Apply in 5 minutes.</p>"),
], title="Sponsored Conversation", subject="Zero forex markup for your business")
C("junk", "paid_award", "en", "Paid 'women in tech' honour with participation fee", [
    ("j_award", "2021-08-04 13:25", "Dear Anjali,\nWe are delighted to inform you that you have been shortlisted for the 'Top 50 Women in AI & Analytics 2021'. Winners will be featured in our digital magazine and felicitated at a virtual gala. To confirm your participation, a nominal processing fee of Rs 45,000 + GST is applicable. Kindly confirm by 15th August."),
])
C("junk", "paid_podcast", "en", "Podcast guest slot that requires a sponsorship fee", [
    ("j_pod", "2021-05-18 15:55", "Hey Anjali! I host The Data Founders Show (top 5% globally on podcast charts). We'd love to have you as a guest to share your founder journey. Guests get a full episode, clips for social and a feature in our newsletter (40k subscribers). There's a one-time production fee of $750 that covers editing and promotion. Want me to send the booking link?"),
])
C("junk", "fluent_generic_company_named", "en", "Polished but generic pitch naming Kolam Analytics", [
    ("j_fluent", "2021-04-06 08:10", "Dear Anjali,\nKolam Analytics clearly stands out for its commitment to excellence and client-centric thinking. Firms at your stage often face a pivotal moment: how to scale impact without diluting the quality that got you here. At Veritas, we partner with founder-led firms to sharpen positioning, build repeatable growth engines and unlock the next chapter. I'd welcome a brief conversation to share a few perspectives that have resonated with leaders in similar situations.\nWarm regards,\nAlistair"),
])
C("junk", "off_topic_business_setup", "en", "Dubai company formation and golden visa pitch", [
    ("j_dubai", "2021-09-15 14:35", "Hello Anjali, expand your business to Dubai! 0% personal income tax, 100% foreign ownership, and a 10-year Golden Visa. Company setup packages starting AED 12,500. Let me know if you'd like a free consultation."),
])
C("junk", "social_growth", "en", "Buy LinkedIn followers / engagement pitch", [
    ("j_follow", "2021-01-28 12:00", "Hi! Want to grow your LinkedIn to 10K followers? We provide organic growth, engagement pods and post likes. 100% safe. Plans from Rs 1,999. DM for details."),
])
C("junk", "generic_webinar", "en", "Mass invite to a paid AI masterclass", [
    ("j_webinar", "2021-06-29 19:00", "Hi Anjali, you're invited to our FREE 3-hour AI Masterclass this Sunday! Learn how to build a 6-figure career in AI without coding. Only 100 seats. Register now and get our premium course at 90% off!"),
])
C("junk", "generic_data_labeling", "en", "Generic data annotation outsourcing", [
    ("j_label", "2021-03-16 09:10", "Dear Anjali,\nWe are a leading data annotation company providing image, video, text and audio labeling with 99% accuracy at competitive prices. Our team of 500+ annotators can scale as per your needs. Please find our brochure attached and let me know if we can have a call."),
])
C("junk", "generic_seo", "en", "SEO agency template", [
    ("j_seo", "2020-12-08 10:00", "Greetings of the day!\nI was checking your website and noticed it is not ranking on the first page of Google for important keywords. We can help you get top rankings with our white-hat SEO techniques. I can send you a free audit report. Kindly revert back with your WhatsApp number."),
])
C("junk", "off_topic_web3", "en", "NFT / metaverse pitch, off-topic", [
    ("j_nft", "2021-11-16 22:10", "Hey Anjali! 🚀 Have you thought about launching your brand in the metaverse? We create NFT collections and virtual storefronts for forward-thinking companies. The early movers will win big. Free strategy call this week?"),
])


def main() -> None:
    E.write(HERE.parent / SLUG, profile={
        "First Name": "Anjali", "Last Name": "Venkatesh",
        "Headline": "Independent data scientist | Demand forecasting & ML for retail and logistics | India, GCC, UK",
        "Summary": ("I help retailers and logistics companies forecast demand, plan capacity and stop "
                    "guessing. Previously led forecasting at Kartwise. Clients in India, the Gulf and the UK."),
        "Industry": "Information Technology & Services", "Geo Location": "Bengaluru, Karnataka, India",
        "Websites": "[COMPANY:https://kolamanalytics.in]",
    }, positions=[
        {"Company Name": "Kolam Analytics", "Title": "Founder & Principal Data Scientist",
         "Description": "Independent consulting: forecasting, capacity planning, ML",
         "Location": "Bengaluru", "Started On": "Jul 2018", "Finished On": ""},
        {"Company Name": "Kartwise", "Title": "Lead Data Scientist, Supply Chain", "Description": "",
         "Location": "Bengaluru", "Started On": "Sep 2014", "Finished On": "Jun 2018"},
    ], skills=["Time Series Forecasting", "Python", "Machine Learning", "Demand Planning", "SQL",
               "Supply Chain Analytics"])
    print(E.summary())


if __name__ == "__main__":
    main()

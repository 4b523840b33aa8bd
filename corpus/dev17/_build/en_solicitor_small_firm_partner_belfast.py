"""dev17 persona (written blind as heldout23, session 4): Persona en-solicitor-small-firm-partner-belfast (heldout23, written blind to the code, session 4).

Aoife McCallion, partner in McCallion Rea Solicitors, a six-solicitor high-street firm on the
Lisburn Road in Belfast (conveyancing, wills and probate, family law). 2021 export layout.
All message texts are written by hand here; running this script regenerates the persona folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-solicitor-small-firm-partner-belfast"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Aoife McCallion", "https://www.linkedin.com/in/aoife-mccallion-solicitor",
               "McCallion Rea Solicitors", "Partner")
ex = Export(SLUG, "2021", owner)
p = ex.person
c = ex.conv

# ---------------------------------------------------------------- people
p("gboyd", "Gareth Boyd", "Boyd & Kerr Estate Agents", "Director", connected="2016-05-11")
p("ncassidy", "Niamh Cassidy", "", "Teacher", connected="2020-11-02")
p("rmcgrath", "Ruairi McGrath", "Bar Library", "Barrister", connected="2017-09-20")
p("lsoc", "Helen Doherty", "Law Society of Northern Ireland", "Education & CPD Officer", connected="2015-02-03")
p("ledger", "Martin Quigley", "Ledgerline Legal Software", "Account Manager, Ireland", connected="2018-06-14")
p("tapply", "Orla Devlin", "", "LLB Graduate, Queen's University Belfast", connected="2021-02-18")
p("recr", "Simon Hegarty", "Lagan Legal Recruitment", "Senior Consultant", connected="2019-08-01")
p("ifa", "Clodagh Murray", "Murray Financial Planning", "Chartered Financial Planner", connected="2018-03-09")
p("hrlead", "Declan Reid", "Harbourline Logistics", "HR Manager")
p("thx1", "Paula Graham", "Graham & Co Solicitors", "Solicitor", connected="2020-10-13")
p("thx2", "Ciaran O'Hare", "O'Hare Legal", "Associate Solicitor", connected="2020-10-14")
p("thx3", "Janet Wilson", "Wilson Magee LLP", "Probate Manager", connected="2020-10-13")
p("locum", "Brendan Coyle", "", "Locum Solicitor", connected="2012-06-30")
p("journo", "Kerry-Ann Lowry", "Belfast Evening Post", "Property Correspondent", connected="2021-03-22")
p("spamclient", "Rachel Thompson", "", "Nurse, Belfast Health Trust")
p("friend", "Sinead Kearney", "Kearney Architects", "Architect", connected="2009-10-01")
p("trainee", "Conor Magill", "McCallion Rea Solicitors", "Trainee Solicitor", connected="2019-09-02")
p("broker", "Stephen Patton", "Patton Mortgages NI", "Mortgage Adviser", connected="2017-01-19")
p("otherside", "Alison Crawford", "Crawford & Dunne Solicitors", "Solicitor", connected="2019-04-15")
p("bsa", "Mark Hutchinson", "Belfast Solicitors' Association", "Honorary Secretary", connected="2014-11-20")
p("happy", "Tom Reilly", "", "Software Developer", connected="2020-08-28")
p("famclient", "Lisa Brennan", "", "Pharmacist")
p("acct", "Noel Fitzsimons", "Fitzsimons Chartered Accountants", "Partner", connected="2013-05-05")
p("itsupp", "Gavin McKee", "Cityside IT", "Director", connected="2018-01-10")
p("secapp", "Emma Lyttle", "", "Legal Secretary")
p("extrainee", "Hannah Moore", "Moore Legal", "Solicitor", connected="2014-09-01")
p("builder", "Kevin Donnelly", "Donnelly Homes Ltd", "Managing Director")
p("qub", "Dr Fiona Agnew", "QUB School of Law", "Careers & Employability Lead", connected="2019-01-23")
p("charity", "Rosie McKinney", "Hospice Friends NI", "Legacy Officer", connected="2018-10-02")
p("newagent", "Jordan Fyffe", "Fyffe Property", "Branch Manager", connected="2021-01-12")
p("epa", "Michael Gallagher", "", "Retired")
p("council", "Deirdre Campbell", "Campbell Solicitors", "Solicitor, Law Society Council member", connected="2016-03-03")
p("barr2", "Emer Flanagan", "Bar Library", "Barrister", connected="2018-11-11")
p("derry", "Padraig Doherty", "Doherty & Co Solicitors, Derry", "Principal", connected="2015-07-07")
p("dublin", "Ronan Keogh", "Keogh Moran LLP", "Partner, Private Client", connected="2021-04-09",
  invite=("OUT", "2021-04-08 17:50", "Hi Ronan, I have a cross-border estate I would like to ask you about."))

# wanted pitches
p("w_regs", "Lorraine Adair", "Adair Paralegal Support", "Freelance Paralegal")
p("w_trace", "Gavin Stirling", "Estatetrace", "Co-founder")
p("w_web", "Niall Cunningham", "", "Freelance Web Developer, Belfast")
p("w_phone", "Amy Bell", "Front Desk NI", "Founder")
p("w_deeds", "Colin Neill", "Secure Deed Archive NI", "Operations Manager")
p("w_fitout", "Trevor Dickson", "Dickson Interiors", "Contracts Manager")
p("w_ledger", "Sarah Kane", "Kane Practice Systems", "Ledgerline Integration Consultant")
p("w_recr", "Ashleigh Bradley", "Bradley Legal Talent", "Legal Recruiter")
p("w_cpd", "Gerard Mulholland", "Mulholland Training", "Family Law Trainer")
p("w_interp", "Agnieszka Nowak", "Lagan Interpreting", "Interpreter & Director")
p("w_heir", "Roisin Hamill", "Hamill Probate Research", "Genealogist")
p("w_accts", "Philip Orr", "Orr Legal Accounting", "Chartered Accountant")

# junk
p("j_para", "Rahul Mehta", "LexAssist Offshore", "Business Development Executive")
p("j_web", "Kyle Dawson", "PixelPeak Digital", "Growth Consultant")
p("j_recep", "Bethany Clarke", "AnswerHub 24/7", "Partnerships Lead")
p("j_fitout", "Lee Harper", "Workspace Reimagined Ltd", "Sales Director")
p("j_ai", "Ethan Cole", "Juristream AI", "Account Executive")
p("j_recr", "Mitchell Gray", "Apex Talent Partners", "Recruitment Consultant")
p("t1", "Chloe Simmons", "LawLeads Pro", "Client Acquisition Specialist")
p("t2", "Jason Burke", "Clientflow Marketing", "Founder")
p("t3", "Priya Shah", "Growthwell Agency", "Head of Partnerships")
p("t4", "Marcus Lindner", "Kanzleiwachstum GmbH", "Geschäftsführer")
p("t5", "Dean Forsythe", "Solicitor Surge", "Lead Generation Consultant")
p("m1", "Tyler Brooks", "Nextstep Outreach", "SDR")
p("m2", "Hollie Price", "Brightdesk Solutions", "Business Development")
p("m3", "Scott Walsh", "CaseCloud", "Sales")
p("m4", "Natalie Fox", "Upward Coaching", "Business Coach")
p("spon1", "Vaultwise Practice Suite", url="https://www.linkedin.com/company/vaultwise-practice-suite")
p("spon2", "Meridian Business Bank", url="https://www.linkedin.com/company/meridian-business-bank")
p("award", "Victoria Hale", "Celtic Business Excellence Awards", "Awards Coordinator")
p("podcast", "Brad Jennings", "The Legal Founders Show", "Host & Producer")
p("mag", "Carla Mendes", "Legal Leaders Quarterly", "Features Editor")
p("wills", "Oliver Grant", "WillSimple Online", "Partnerships")
p("capacity", "Fraser Doyle", "ReferRight Network", "Network Manager")
p("likeminded", "Jade Morrison", "JM Ventures", "Serial Entrepreneur | Investor | Speaker")
p("seo", "Ryan Mitchell", "RankRocket SEO", "SEO Specialist")
p("ctp1", "Laura Bennett", "Bennett Consulting", "Operations Consultant", connected="2020-09-14",
  invite=("IN", "2020-09-13 19:02", ""))
p("ctp2", "Gary Lennon", "ProSolar NI", "Energy Advisor", connected="2021-02-01",
  invite=("IN", "2021-01-31 21:40", "Hi Aoife, always good to connect with local business owners!"))
p("ctp3", "Megan Reynolds", "ClearPath Cyber", "Security Consultant", connected="2020-06-22",
  invite=("IN", "2020-06-21 08:15", ""))
p("bump1", "Adam Kirk", "FleetEV Leasing", "Business Account Manager")
p("bump2", "Sophie Turner", "TeamPeak Training", "Sales Trainer")
p("off1", "Daniel Wright", "Coastline Wines", "Corporate Gifting")
p("fluent", "Isabel Carter", "Converso AI", "Head of Growth, UK & Ireland")
p("j_heir", "Neil Fairbanks", "Global Heir Finders", "Case Manager")
p("j_cpd", "Amanda Ross", "CPD Express", "Course Advisor")
p("j_acct", "Harry Stone", "BookKeep Direct", "Sales Consultant")
p("j_deeds", "Paul Ashby", "StoreMore Document Solutions", "Regional Sales")
p("crypto", "Victor Lang", "Apex Digital Assets", "Wealth Partner")
p("j_coach", "Stacey Hunt", "Law Firm Freedom", "Practice Growth Coach")
p("j_print", "Wayne Hollis", "PromoBrand UK", "Account Manager")
p("j_fin", "Rebecca Lowe", "Swift Business Finance", "Funding Specialist")

# ---------------------------------------------------------------- genuine (35)
c("genuine", "client_quote_request", "en", "first-time buyer asks for a conveyancing quote", [
    ("ncassidy", "2021-03-02 20:14", "Hi Aoife, my cousin Ciara used you for her house in Ballyhackamore and said you were brilliant. "
     "Me and my partner have just gone sale agreed on a terrace off the Woodstock Road (£142,500). Could you give us a quote for the conveyancing? "
     "It's our first house so we haven't a clue what we're doing!"),
    ("me", "2021-03-03 08:41", "Hi Niamh, congratulations! Delighted to help. For a purchase at that price our fee is £650 + VAT, plus outlays "
     "(searches, Land Registry fees, stamp duty if any - as first-time buyers under the current holiday you'll likely pay none). "
     "I'll email you a full written estimate today. Who's your lender?"),
    ("ncassidy", "2021-03-03 09:20", "Brilliant thank you!! Its Nationwide, Stephen Patton is our broker. Email is niamh.cassidy.home@mail.example"),
    ("me", "2021-03-03 09:35", "Perfect, I know Stephen well. Estimate on its way - give me a shout with any questions."),
])
c("genuine", "long_standing_contact", "en", "estate agent she has worked with for years", [
    ("gboyd", "2018-09-14 10:02", "Aoife, Malone Avenue sale - buyer's solicitor still waiting on the title deeds from you. Any word?"),
    ("me", "2018-09-14 11:30", "Bout ye Gareth. Deeds came back from the bank yesterday, they went out by DX this morning."),
    ("gboyd", "2018-09-14 11:32", "Legend. Vendor will be delighted."),
    ("gboyd", "2019-12-19 16:45", "Happy Christmas to you and the team! Thanks for another year of putting up with us chasing you :)"),
    ("me", "2019-12-19 17:10", "Ha, happy Christmas Gareth. Same again next year no doubt. Mince pies are in the post (not really)."),
    ("gboyd", "2020-06-08 09:15", "Well, we're back open. Phones hopping already. Are yous doing appointments in the office yet or still all remote?"),
    ("me", "2020-06-08 09:50", "Office open by appointment, screens up and masks on. Signing appointments fine, send them our way."),
    ("gboyd", "2021-05-27 14:05", "Have a new instruction coming your way - elderly vendor in Stranmillis, her son will be in touch. Be gentle, she's nervous about the whole thing."),
    ("me", "2021-05-27 14:20", "Will do, thanks for thinking of us."),
])
c("genuine", "colleague_barrister", "en", "counsel about a family consultation and his fee note", [
    ("me", "2021-01-18 09:12", "Ruairi, are you free for a consultation in the Hendron matter (contact, Family Proceedings Court) next Thursday afternoon? Client can do Zoom only."),
    ("rmcgrath", "2021-01-18 12:40", "Thursday 2pm works. Send me the papers when you can. My fee note for the last hearing went to your accounts team, by the way - "
     "Legal Aid certificate covers it, so no rush."),
    ("me", "2021-01-18 12:55", "Grand, papers to you this afternoon. Thanks Ruairi."),
])
c("genuine", "professional_body_invitation", "en", "Law Society asks her to speak at a CPD session", [
    ("lsoc", "2020-08-20 11:00", "Dear Aoife, we are planning our autumn online CPD programme and the probate update session needs a practitioner voice. "
     "Would you be willing to present for 30 minutes on practical lessons from remote will execution during lockdown? Provisional date 8 October."),
    ("me", "2020-08-20 15:22", "Hi Helen, happy to. 8 October suits. I'll send slides a week ahead."),
    ("lsoc", "2020-08-21 09:05", "Wonderful, thank you. I'll send the speaker pack and Zoom details."),
])
c("genuine", "vendor_price_change", "en", "existing case-management vendor announces licence price increase", [
    ("ledger", "2021-02-10 10:30", "Hi Aoife, just a heads-up before the formal letter lands: from 1 April our per-user licence goes from £48 to £54 a month. "
     "Your current contract runs to September so nothing changes until renewal. Happy to jump on a call to go through options, "
     "including the annual prepay which keeps you at the old rate."),
    ("me", "2021-02-10 13:02", "Thanks for the warning Martin. Send me the prepay figures for 7 users and I'll talk to Peter."),
    ("ledger", "2021-02-10 13:40", "Will do - quote for 7 users annual prepay attached to the email. Any questions, shout."),
])
c("genuine", "applicant_trainee", "en", "graduate applies for a traineeship", [
    ("tapply", "2021-02-19 18:30", "Dear Ms McCallion, I hope you don't mind me messaging you here. I graduated from QUB last summer and I'm starting at the "
     "Institute of Professional Legal Studies in September. I'm very interested in private client and family work and would love to "
     "apply for a traineeship with McCallion Rea. I've attached my CV to an email to your office. Thank you for your time."),
    ("me", "2021-02-22 09:14", "Hi Orla, thanks for getting in touch. We take one trainee a year and I'll make sure your CV is on the pile. "
     "Could you do a short chat on Friday at 4?"),
    ("tapply", "2021-02-22 09:30", "Yes that's perfect, thank you so much!"),
])
c("genuine", "recruiter_engaged", "en", "recruiter she instructed sends a shortlist for an associate", [
    ("me", "2019-08-02 10:05", "Simon, following our call - we're after a family law associate, 2-5 PQE, Belfast based, some legal aid experience essential. Salary band as discussed."),
    ("recr", "2019-08-12 16:20", "Hi Aoife, three CVs on your email now. Strongest is the 4 PQE from a Newry practice, lots of Children Order work. "
     "Can I set up first interviews for next week? My fee as per our terms, 15% on placement."),
    ("me", "2019-08-13 08:50", "Thanks Simon, candidates 1 and 3 please. Tuesday or Wednesday afternoons."),
    ("recr", "2019-08-13 11:15", "Booked: Tues 2pm and Weds 3pm. Confirmations sent."),
])
c("genuine", "peer_joint_offer", "en", "financial planner proposes a joint wills and planning evening", [
    ("ifa", "2020-01-15 12:10", "Hi Aoife, a thought - the retired teachers' association asked me to do an evening on 'getting your affairs in order'. "
     "Would you co-present the wills and EPA side? We could offer attendees a joint package: a will review from you at a fixed fee and a "
     "financial review from me. No referral fees either way, just makes sense for the clients."),
    ("me", "2020-01-15 18:45", "I like it. Fixed fee would be £150 + VAT for a straightforward will review. When are they thinking?"),
    ("ifa", "2020-01-16 09:00", "Late March. I'll pencil us in and send you a draft flyer to check."),
    ("ifa", "2020-03-16 17:30", "Well. Looks like we'll be postponing that one. Stay safe x"),
    ("me", "2020-03-16 18:02", "Crazy times. We'll do it when this is over. Mind yourself."),
])
c("genuine", "inbound_lead", "en", "HR manager wants a wills workshop for staff and asks about cost", [
    ("hrlead", "2021-04-13 14:22", "Hello Aoife, we're a logistics company in Duncrue with about 120 staff. As part of a wellbeing week we'd like to offer a "
     "lunchtime talk on making a will and possibly discounted wills for employees. A colleague recommended your firm. "
     "Is that something you'd do, and what would it cost roughly?"),
    ("me", "2021-04-13 16:40", "Hi Declan, yes we do these - the talk itself is free, and we offer staff a single will at £120 + VAT or mirror wills at £190 + VAT. "
     "Could we have a quick call this week to go through dates?"),
    ("hrlead", "2021-04-13 16:55", "That's great. Thursday 11am?"),
    ("me", "2021-04-13 17:01", "Thursday 11 it is, I'll ring you."),
])
c("genuine", "event_thanks", "en", "thank-you 1 of 3 after the probate CPD webinar", [
    ("thx1", "2020-10-08 16:10", "Aoife, thanks for a really practical session this afternoon. The checklist for video witnessing was gold. Would you share the slides?"),
    ("me", "2020-10-08 17:30", "Thanks Paula! Helen at the Law Society is circulating them tomorrow."),
])
c("genuine", "event_thanks", "en", "thank-you 2 of 3 after the probate CPD webinar", [
    ("thx2", "2020-10-08 16:25", "Thanks for the session today Aoife, really useful. The bit on attestation clauses was exactly what I needed."),
])
c("genuine", "event_thanks", "en", "thank-you 3 of 3 after the probate CPD webinar", [
    ("thx3", "2020-10-09 09:02", "Morning Aoife - just wanted to say thank you for yesterday's probate update, very practical. Hope to catch up in person when all this is over."),
    ("me", "2020-10-09 09:40", "Thanks Janet, lovely to hear. Coffee when we're allowed!"),
])
c("genuine", "owner_started", "en", "she asks a former colleague for locum cover", [
    ("me", "2019-06-25 13:05", "Brendan! Long time. Any chance you're doing locum work in August? Our conveyancing associate is off for three weeks and we're swamped."),
    ("locum", "2019-06-25 21:12", "Aoife, great to hear from you. I'm free 5-23 August. Usual day rate. Where are yous now, still Lisburn Road?"),
    ("me", "2019-06-26 08:30", "Still Lisburn Road. Day rate's fine - I'll send over dates. You're a lifesaver."),
])
c("genuine", "journalist", "en", "property journalist asks for comment on the stamp duty holiday", [
    ("journo", "2021-03-22 11:45", "Hi Aoife, I'm writing a piece on the end of the stamp duty holiday and the rush to complete before June. "
     "Could I grab 10 minutes by phone for a comment from a solicitor's point of view? Deadline is tomorrow 3pm."),
    ("me", "2021-03-22 12:30", "Hi Kerry-Ann, yes - ring the office after 2 today, 028 9066 0000, ask for me."),
    ("journo", "2021-03-23 16:02", "Thanks so much, piece is in Thursday's paper. Quoted you on the Land Registry backlog."),
])
c("genuine", "spam_folder_genuine", "en", "bereaved daughter asks about probate, landed in spam", [
    ("spamclient", "2021-05-04 22:47", "Hello, sorry to message out of the blue. My mum passed away in March and she had a will with your firm from years ago "
     "(Margaret Thompson, Finaghy). My brother and I are the executors and we don't know where to start. Could someone from your office call me? "
     "I work shifts so mornings are best. Thank you."),
], folder="SPAM")
c("genuine", "friend", "en", "old university friend catch-up", [
    ("friend", "2021-01-29 20:30", "What about ye! Saw your firm in the paper. Partner and all now, get you. How's the wee ones?"),
    ("me", "2021-01-29 21:05", "Sinead! Wee ones not so wee - Cormac's 11 and thinks he knows everything. Home-schooling is killing me. You?"),
    ("friend", "2021-01-29 21:20", "Same here, Zoom calls with a toddler on my knee. Drink when the pubs open? The Errigle?"),
    ("me", "2021-01-29 21:22", "Deal. First round's on me."),
])
c("genuine", "colleague_internal", "en", "trainee asks about his next seat", [
    ("trainee", "2020-07-30 17:40", "Hi Aoife, quick one - would it be possible to do my next seat in family rather than straight back to conveyancing? "
     "I really enjoyed sitting in on the Hendron consultation."),
    ("me", "2020-07-31 08:20", "Don't see why not Conor. Let's talk Monday, I'll check with Peter about cover in resi."),
])
c("genuine", "referral_partner", "en", "mortgage broker refers a client", [
    ("broker", "2020-10-20 09:12", "Morning Aoife, sending a couple your way - remortgage plus transfer of equity after a separation, bit sensitive. "
     "They asked for a female solicitor. Okay if I pass on your details?"),
    ("me", "2020-10-20 09:40", "Of course Stephen, thanks. Tell them to ask for me directly."),
])
c("genuine", "colleague_other_side", "en", "solicitor for the other side of a sale", [
    ("otherside", "2021-05-12 15:10", "Hi Aoife, 14 Rosetta Park - any update on the replies to the pre-contract enquiries? My client wants to exchange before the end of the month."),
    ("me", "2021-05-12 15:45", "Hi Alison, replies went out this afternoon, the boundary query is answered with the map the vendor found. Let me know if that sorts it."),
    ("otherside", "2021-05-13 10:05", "Got them, all fine. Contracts out to my client today."),
])
c("genuine", "event_invitation", "en", "local solicitors' association annual dinner", [
    ("bsa", "2019-02-04 10:00", "Aoife, the annual dinner is on 15 March at the Merchant. We'd love you to propose the toast to the guests this year - "
     "nothing too long, five minutes. Tickets for you and a guest on the house."),
    ("me", "2019-02-04 12:15", "Oh go on then. Five minutes, not a second more. Thanks Mark."),
])
c("genuine", "client_thanks", "en", "buyer thanks her after completion", [
    ("happy", "2020-09-18 19:22", "Aoife we got the keys!!! Thanks so much for everything, especially sorting the mess with the septic tank. Absolute star."),
    ("me", "2020-09-18 20:01", "Congratulations Tom! Enjoy the new place. (Never say the words septic tank to me again.)"),
])
c("genuine", "client_call_request", "en", "family client asks for a call about contact arrangements", [
    ("famclient", "2021-04-28 07:55", "Hi Aoife, sorry to message here, I couldn't get through to reception. He's saying he's taking the kids on the 12th weekend "
     "which isn't what we agreed. Can we have a call today? I'm in work til 4."),
    ("me", "2021-04-28 08:30", "Hi Lisa, no problem. I'll ring you at 4.15. Have the agreement letter to hand if you can."),
    ("famclient", "2021-04-28 08:32", "Thank you x"),
])
c("genuine", "professional_peer", "en", "accountant about estate accounts on a probate file", [
    ("acct", "2021-02-03 11:20", "Aoife, Gilmore estate - I'll need the closing bank statements before I can finalise the estate income tax return. "
     "Also, my engagement letter for this one is with the executors, can you nudge them to sign?"),
    ("me", "2021-02-03 12:00", "Will do Noel. Statements came in yesterday, scanning now."),
])
c("genuine", "vendor_existing_quote", "en", "she asks her IT support firm for a renewal quote", [
    ("me", "2020-11-05 14:30", "Gavin, our support contract is up in January. Can you quote for the same plus two more laptops and moving the backups offsite?"),
    ("itsupp", "2020-11-06 10:10", "Hi Aoife, no bother. Same support, 9 users, £310/month. Laptops about £850 each set up. Offsite backup adds £40/month. "
     "I'll put it in a formal quote. Price hasn't changed in three years but might from 2022, just so you know."),
    ("me", "2020-11-06 10:40", "Thanks, that's fair. Send it on."),
])
c("genuine", "applicant", "en", "legal secretary applies for the advertised post", [
    ("secapp", "2021-03-15 13:05", "Hello Aoife, I saw the legal secretary vacancy on your website. I have 8 years in conveyancing at a Bangor firm and I know Ledgerline well. "
     "I've emailed my CV to your office manager but wanted to say hello here too."),
    ("me", "2021-03-15 17:20", "Thanks Emma, CV received. We're shortlisting at the end of the week, you'll hear either way."),
    ("secapp", "2021-03-15 17:34", "Thank you!"),
])
c("genuine", "long_standing_contact", "en", "former trainee congratulates her, years of contact", [
    ("extrainee", "2017-06-30 18:00", "Aoife, I passed!! Admitted next month. Couldn't have done it without your red pen."),
    ("me", "2017-06-30 18:20", "Hannah, that's brilliant news. Proud of you. Red pen retired... for now."),
    ("extrainee", "2019-04-01 09:30", "Just saw McCallion Rea on the Lisburn Road has a new sign - and your name on it! Partner! Congratulations!!"),
    ("me", "2019-04-01 10:05", "Ha, thanks Hannah. How's life at Moore Legal? Your own name on the door too I see."),
    ("extrainee", "2019-04-01 10:40", "Early days but loving it. I'll send you the difficult probate ones ;)"),
])
c("genuine", "inbound_lead", "en", "small developer asks for a fee quote for eight new-build sales", [
    ("builder", "2021-05-18 12:10", "Aoife, Kevin Donnelly here, we're building 8 semis in Carryduff, ready Q4. Gareth Boyd is selling them and said you'd be the one for the legal side. "
     "What would you charge per plot for the sales, and would you do the development title set up too?"),
    ("me", "2021-05-18 14:45", "Hi Kevin, thanks. Development title work and an estate set-up we'd quote separately - roughly £1,800 + VAT - "
     "and then £495 + VAT per plot sale. Happy to meet on site. Next Tuesday?"),
    ("builder", "2021-05-18 15:10", "Tuesday works, 10am at the site. Postcode BT8."),
])
c("genuine", "event_invitation", "en", "law school invites her to a mentoring panel", [
    ("qub", "2019-01-23 15:00", "Dear Aoife, we're running a 'Life in a High Street Practice' panel for final-year students on 20 February. "
     "Would you join two other practitioners for an hour? Tea and buns provided, the students are lovely."),
    ("me", "2019-01-24 09:10", "I'd be glad to, Fiona. Count me in."),
])
c("genuine", "charity", "en", "hospice asks her firm to join a free wills fortnight", [
    ("charity", "2019-10-02 10:30", "Hi Aoife, thanks for connecting. We're running our Make a Will fortnight again in March - firms write simple wills "
     "and clients make a donation to the hospice instead of paying a fee. Would McCallion Rea take part again this year?"),
    ("me", "2019-10-02 11:45", "Yes of course Rosie, put us down for 20 appointments again."),
    ("charity", "2019-10-02 11:50", "You're a star. Posters to follow."),
])
c("genuine", "introduction", "en", "estate agent introduced by a colleague", [
    ("newagent", "2021-01-12 10:20", "Hi Aoife, Jordan from Fyffe Property - Gareth Boyd said I should introduce myself. We've just opened on the Ormeau Road "
     "and we'd like to have a couple of solicitors we can recommend to buyers. Coffee sometime?"),
    ("me", "2021-01-12 12:00", "Hi Jordan, welcome to the area. Coffee sounds good - socially distanced walk around Ormeau Park might be more like it for now!"),
    ("newagent", "2021-01-12 12:10", "Ha, grand. I'll bring the coffees."),
])
c("genuine", "client_call_request", "en", "son asks about an enduring power of attorney for his mother", [
    ("epa", "2021-03-30 10:10", "Morning, Gareth Boyd told me you helped his aunt with an enduring power of attorney. My mother is 84 and still sharp "
     "but we'd like to get one in place. Could we book a call to understand the process and cost?"),
    ("me", "2021-03-30 11:30", "Hi Michael, happy to help. It's a fixed fee of £295 + VAT plus the registration fee if ever needed. I can ring you Friday morning?"),
    ("epa", "2021-03-30 11:42", "Friday is grand. 10 o'clock?"),
    ("me", "2021-03-30 11:50", "10 o'clock. Speak then."),
])
c("genuine", "professional_body", "en", "Law Society council colleague about committee work", [
    ("council", "2020-02-12 18:05", "Aoife, minutes from the Property Committee attached to the email. Would you take the lead on the response to the "
     "consultation on e-conveyancing? You know more about the Land Registry side than the rest of us put together."),
    ("me", "2020-02-13 08:15", "Flattery will get you everywhere Deirdre. Yes, I'll draft something by the 28th."),
])
c("genuine", "colleague_barrister", "en", "barrister congratulates and asks about a brief", [
    ("barr2", "2019-04-02 13:10", "Congratulations on the partnership, Aoife! Well deserved. Any chance you'll brief me in that contested probate you mentioned?"),
    ("me", "2019-04-02 14:00", "Thanks Emer! Yes, instructions coming this week once the client signs off on costs."),
])
c("genuine", "peer_referral", "en", "solicitor in Derry refers a client moving to Belfast", [
    ("derry", "2020-02-20 16:30", "Aoife, I've a client moving to Belfast for work who needs a solicitor for an ongoing divorce - the other side is in Belfast too. "
     "Would you have room to take her on? I'll send the file with her consent."),
    ("me", "2020-02-20 17:05", "Thanks Padraig, yes, send it on. I'll arrange to meet her once I've read in."),
])
c("genuine", "owner_started", "en", "she asks a Dublin solicitor about a cross-border estate", [
    ("me", "2021-04-09 09:30", "Hi Ronan, thanks for connecting. I'm dealing with an estate where the deceased owned a cottage in Donegal. "
     "Would your firm handle the Irish grant of representation? Happy to send a summary."),
    ("dublin", "2021-04-09 14:20", "Hi Aoife, yes, we do a lot of these. Send the summary and I'll give you a fee estimate for the resealing and the Irish side."),
    ("me", "2021-04-09 14:45", "Brilliant, on its way."),
])

# ---------------------------------------------------------------- wanted pitches (12)
c("wanted_pitch", "paralegal_support_post", "en", "homework: her post about the registration backlog", [
    ("w_regs", "2021-03-09 10:15", "Hi Aoife, I read your post last week about having over forty completed files still waiting on registration at the "
     "Land Registry and the rejections for small map queries. I spent twelve years in a Belfast conveyancing department and now do "
     "freelance post-completion work for three small firms - chasing requisitions, re-lodging, tidying the maps. I bill hourly, no minimum. "
     "If it would help clear the pile, I'd be glad to have a chat. Lorraine"),
    ("me", "2021-03-09 12:40", "Lorraine, that pile is haunting me. What's your hourly rate? Could you do two days a week for a month?"),
    ("w_regs", "2021-03-09 13:05", "£28/hour, and yes, Tuesdays and Thursdays free from the 16th."),
])
c("wanted_pitch", "probate_asset_tracing_talk", "en", "homework: the CPD talk she gave", [
    ("w_trace", "2020-10-12 11:00", "Hello Aoife, I attended the Law Society probate update on the 8th. You mentioned that finding dormant accounts and old "
     "shareholdings took longer than anything else on your last three estates. That's the exact thing we built Estatetrace for - one search "
     "across UK and Irish banks, building societies and share registers, results in about ten days. Would a trial search on a live file be useful? "
     "No charge for the first one."),
    ("me", "2020-10-13 09:20", "Interesting. I have one now with a suspected Post Office account. Send me the forms."),
])
c("wanted_pitch", "web_fix_site_visited", "en", "homework: broken quote form and old fee page on her site", [
    ("w_web", "2021-04-20 19:05", "Hi Aoife, I'm a web developer in the Holylands. Bit cheeky, but I was looking at your site for a friend buying a house and "
     "noticed the 'Get a conveyancing quote' form doesn't submit on an iPhone - it hangs on the postcode field. Your fees page also still "
     "shows the 2018 stamp duty table. Both are an afternoon's work. I'd fix the form for a fixed £150, and if you'd rather your own IT people "
     "did it, happy to just send them the details."),
    ("me", "2021-04-21 08:50", "Oh no. Thanks for telling me - I'll check with Gavin and come back to you."),
])
c("wanted_pitch", "answering_service_problem", "en", "homework: phones unanswered at lunchtime", [
    ("w_phone", "2021-02-24 12:50", "Hi Aoife - I tried calling McCallion Rea three times over lunch last week (genuinely, I was looking for a will for my dad) "
     "and got voicemail each time, which your greeting says is because the office is closed 1-2. We answer phones for four small legal "
     "practices in Belfast, our staff are trained on conveyancing and family intake, and we can book appointments into Ledgerline diaries. "
     "Lunchtime-only cover is £95 a month. Worth a 10-minute look?"),
])
c("wanted_pitch", "deed_storage_mutual_contact", "en", "homework: mutual contact Gareth Boyd and her deeds room", [
    ("w_deeds", "2020-11-17 09:45", "Hi Aoife, Gareth Boyd suggested I get in touch - he said you'd joked that your deeds room is now also the kitchen. "
     "We store deeds and original wills for solicitors in a fire-rated facility in Lisburn, with 24-hour retrieval and a scan-on-demand "
     "service. Pricing is per box per month. Happy to call round and look at what you have."),
    ("me", "2020-11-17 10:30", "Ha, Gareth never misses a chance. Yes, come round - Thursday morning?"),
    ("w_deeds", "2020-11-17 10:45", "Thursday 10am perfect."),
])
c("wanted_pitch", "fitout_press_item", "en", "homework: press item about her second office", [
    ("w_fitout", "2021-05-06 14:20", "Hi Aoife, I saw in the Evening Post that McCallion Rea is opening a branch on High Street in Holywood in the autumn. "
     "We did the fit-out for Crawford & Dunne's Lisburn office last year - soundproofed consultation rooms, a secure deeds cupboard and a "
     "reception with a private waiting corner, all inside eight weeks. If you haven't appointed anyone yet, I'd be glad to look at the unit with you."),
])
c("wanted_pitch", "integration_tools", "en", "homework: her case-management system", [
    ("w_ledger", "2021-01-26 10:05", "Hi Aoife, I noticed your firm's job ad mentions Ledgerline, so I'll be specific: I'm an independent Ledgerline "
     "consultant and I set up the e-ID verification and e-signature plug-ins for small firms so that AML checks and client care letters "
     "run from the matter screen. For a seven-user firm it's usually a day and a half of my time. Since remote onboarding is here to stay, "
     "could that be useful to you?"),
    ("me", "2021-01-26 17:30", "It could - the ID checks are a nightmare at the minute. What would a day and a half cost?"),
    ("w_ledger", "2021-01-27 08:40", "£1,050 all in, including training for two staff."),
])
c("wanted_pitch", "recruiter_relevant_candidate", "en", "homework: her vacancy and a matching candidate", [
    ("w_recr", "2021-05-20 16:00", "Hi Aoife, I see you're advertising for a family associate. I'm representing a 3 PQE solicitor from a Newry practice who "
     "wants to move to Belfast - heavy private family and Children Order work, comfortable with legal aid. She's specifically interested "
     "in a high-street firm rather than a big commercial one. Would you like an anonymised CV?"),
    ("me", "2021-05-21 09:00", "Yes please, send it over."),
])
c("wanted_pitch", "cpd_training_legislation", "en", "homework: new domestic abuse legislation and her trainees", [
    ("w_cpd", "2021-04-06 11:30", "Hi Aoife, with the new domestic abuse offence coming into force in NI and the changes to special measures in family courts, "
     "I'm running 90-minute in-house sessions for small family practices. I noticed your firm has a trainee and two family solicitors - "
     "the session fits a team of that size and counts for CPD. £240 for the team. Happy to send the outline."),
])
c("wanted_pitch", "interpreter_comment", "en", "homework: her comment in a discussion about interpreters", [
    ("w_interp", "2021-03-16 09:50", "Dear Aoife, you commented under Deirdre Campbell's post that finding a Polish interpreter for a family consultation at "
     "short notice cost you a week. We provide Polish, Lithuanian and Romanian interpreters for solicitors in Belfast, usually within 48 hours, "
     "in person or on Zoom, and our interpreters have done family court work. Could I send you our rates?"),
    ("me", "2021-03-16 11:05", "Yes please, that's a gap for us."),
])
c("wanted_pitch", "genealogist_gazette", "en", "homework: her statutory notice in the Gazette", [
    ("w_heir", "2021-02-15 10:40", "Hello Aoife, I noticed your firm's statutory notice to creditors in the Belfast Gazette for the estate of the late "
     "James Robert Gault. If the executors are struggling to trace any of the beneficiaries named in the will - his nephews in Canada, for example - "
     "we do fixed-fee tracing (not percentage-of-estate). Apologies if you have it in hand."),
])
c("wanted_pitch", "accountants_report", "en", "homework: Law Society accountant's report for a small firm", [
    ("w_accts", "2020-12-01 14:00", "Hi Aoife, I only do solicitors' accounts: client account reconciliations and the annual accountant's report to the "
     "Law Society. For six-solicitor firms the report usually runs about £1,600 and I can take over monthly reconciliations from your cashier "
     "while she's on leave - I saw on your page that she's started maternity leave, congratulations to her. Would a short call be worthwhile?"),
    ("me", "2020-12-02 09:30", "Timing is good actually. Noel does our general accounts but not the client account. Let's talk Thursday."),
])

# ---------------------------------------------------------------- junk (38)
c("junk", "generic_outsourcing", "en", "generic offshore paralegal pitch (counterpart of registration support)", [
    ("j_para", "2021-02-11 06:12", "Dear Sir/Madam, Greetings from LexAssist! We provide cost-effective legal process outsourcing services including "
     "legal research, document review, contract drafting, paralegal support, and data entry at up to 70% lower cost. "
     "Our team of 200+ professionals is available 24x7. Kindly let me know a convenient time to discuss."),
    ("j_para", "2021-02-25 06:40", "Dear Sir/Madam, Just following up on my previous message. Looking forward to your positive response."),
])
c("junk", "generic_web_design", "en", "generic website redesign pitch (counterpart of the site fix)", [
    ("j_web", "2021-04-01 10:00", "Hi Aoife, I came across your website and thought it could use a refresh. We build modern, mobile-friendly, "
     "SEO-optimised websites that convert visitors into clients. Packages from £1,999. Would you be open to a quick chat?"),
])
c("junk", "generic_receptionist", "en", "generic virtual receptionist pitch (counterpart of the lunchtime phones)", [
    ("j_recep", "2020-09-02 11:00", "Hi Aoife! Missed calls = missed revenue. AnswerHub provides 24/7 virtual receptionists for businesses of all sizes. "
     "Plans from £49/month. Start a free 14-day trial today!"),
])
c("junk", "generic_fitout", "en", "generic office fit-out pitch (counterpart of the Holywood branch)", [
    ("j_fitout", "2021-05-19 09:00", "Hi Aoife, is your workspace working for you? Post-pandemic, smart businesses are reimagining their offices for hybrid work. "
     "We design and deliver fit-outs across the UK. Shall I send our brochure?"),
])
c("junk", "generic_ai", "en", "generic AI-for-law pitch (counterpart of the Ledgerline consultant)", [
    ("j_ai", "2021-03-03 15:30", "Hi Aoife, law firms using Juristream AI save 12 hours per fee earner per week. Our platform automates document "
     "drafting, research and client intake. Top firms are already on board. Can I show you a 20-minute demo?"),
])
c("junk", "recruiter_generic", "en", "generic recruiter pitch (counterpart of the matching candidate)", [
    ("j_recr", "2021-04-15 08:00", "Hi Aoife, I hope you're well! I'm reaching out as I have a number of exciting opportunities for legal professionals "
     "and some excellent candidates across all areas of law. Are you currently hiring or open to a new challenge? Let's connect!"),
])
c("junk", "template_lead_gen", "en", "lead-gen template, sender 1", [
    ("t1", "2021-01-11 09:14", "Hi Aoife, I help conveyancing firms like McCallion Rea get 20+ new instructions every month without relying on estate agent "
     "referrals. Our system runs on autopilot - you just turn up to the calls. Open to seeing how it works?"),
])
c("junk", "template_lead_gen", "en", "lead-gen template, sender 2", [
    ("t2", "2021-02-08 13:02", "Hey Aoife, we help family law practices like McCallion Rea Solicitors land 15-20 new client enquiries a month - on autopilot, "
     "no referrals needed. You just show up to the consultations. Worth a look?"),
])
c("junk", "template_lead_gen", "en", "lead-gen template, sender 3", [
    ("t3", "2021-03-15 10:45", "Hi Aoife - we help probate firms like yours get 25+ new instructions every single month without chasing referrals. "
     "Fully done-for-you, it runs on autopilot. Would you be open to seeing how?"),
    ("t3", "2021-03-22 10:45", "Hi Aoife, bumping this in case it got buried!"),
])
c("junk", "template_lead_gen", "de", "lead-gen template, sender 4, in German", [
    ("t4", "2021-04-07 08:30", "Hallo Aoife, wir helfen Kanzleien wie McCallion Rea Solicitors, jeden Monat 20+ neue Mandate zu gewinnen - ganz ohne "
     "Empfehlungen, vollautomatisch. Sie kommen nur noch zu den Terminen. Offen für einen kurzen Einblick?"),
])
c("junk", "template_lead_gen", "en", "lead-gen template, sender 5", [
    ("t5", "2021-05-10 17:20", "Hi Aoife, quick one. We help solicitors like you get 20 new conveyancing instructions a month without estate agent referrals, "
     "on complete autopilot. You just take the calls. Fancy a look?"),
])
c("junk", "merge_tag_failure", "en", "unfilled {first_name} tag", [
    ("m1", "2021-02-16 09:00", "Hi {first_name}, I noticed {company_name} is growing fast! We help legal teams book more meetings with qualified prospects. "
     "Do you have 15 minutes this week?"),
])
c("junk", "merge_tag_failure", "en", "[Company] placeholder left in", [
    ("m2", "2020-11-24 11:30", "Dear Aoife, I'm sure [Company] is always looking for ways to improve efficiency. Brightdesk's managed print and "
     "document solutions have helped businesses like [Company] cut costs by 30%. Can we schedule a call?"),
])
c("junk", "merge_tag_failure", "en", "wrong name and wrong firm", [
    ("m3", "2021-01-05 10:00", "Hi Siobhan, congrats on your growth at McAllister Rea Law! CaseCloud is the all-in-one practice management platform "
     "loved by 3,000 firms. Would you like a free demo?"),
])
c("junk", "merge_tag_failure", "en", "wrong industry in the fill", [
    ("m4", "2020-08-11 19:45", "Hi Aoife, as a fellow dental practice owner you'll know how hard it is to scale without burning out. "
     "I help practice owners double their revenue in 90 days. Free strategy call?"),
])
c("junk", "sponsored_inmail", "en", "sponsored InMail from a practice-software brand", [
    ("spon1", "2021-03-01 12:00", "<p>Hi Aoife,</p><p>Spend less time on admin and more on clients. Vaultwise Practice Suite brings case management, "
     "billing &amp; client portals together.</p><p><b>Book your free demo today</b></p>"),
], title="Sponsored Conversation", subject="Run your firm from one screen")
c("junk", "sponsored_inmail", "en", "sponsored InMail from a bank", [
    ("spon2", "2020-10-15 12:00", "<p>Hi Aoife,</p><p>Growing your business? Meridian Business Bank offers 0% fees on your business account for 18 months.&nbsp;"
     "Open online in 10 minutes.</p>"),
], title="Sponsored Conversation", subject="18 months fee-free business banking")
c("junk", "paid_award", "en", "award shortlist that costs money", [
    ("award", "2021-04-22 14:00", "Congratulations Aoife! McCallion Rea Solicitors has been shortlisted for Northern Ireland Law Firm of the Year 2021 at the "
     "Celtic Business Excellence Awards. To confirm your place, please complete the entry form and the £495 + VAT administration fee. "
     "Winners receive a trophy, a certificate and a digital winner's badge."),
    ("me", "2021-04-22 16:10", "Who nominated us?"),
    ("award", "2021-04-23 09:00", "Our research team identifies outstanding firms through independent market research. The fee covers judging and the winners' "
     "gala. Places are limited so please confirm by Friday!"),
])
c("junk", "paid_podcast", "en", "podcast guest spot with a fee", [
    ("podcast", "2021-02-02 16:30", "Hi Aoife, I'd love to feature you on The Legal Founders Show - we reach 40k+ legal professionals. Guests share their story "
     "and we promote the episode across our channels. There's a small production fee of $350 to cover editing. Interested?"),
])
c("junk", "paid_feature", "en", "magazine feature that costs money", [
    ("mag", "2020-12-08 10:00", "Dear Aoife, Legal Leaders Quarterly is profiling inspiring women in law for our spring edition and your name came up! "
     "A two-page feature with photography is available for a contribution of £1,250. Let me know if you'd like to reserve a slot."),
])
c("junk", "offers_her_own_service", "en", "online will-writing pitched to a wills solicitor", [
    ("wills", "2021-01-20 12:00", "Hi Aoife, have you made a will yet? 60% of UK adults haven't! WillSimple lets you write a legally valid will online in 15 minutes "
     "for just £49. Protect your family today - and we'd love to partner with you to offer it to your network!"),
])
c("junk", "capacity_for_clients", "en", "asks if she has capacity for new clients", [
    ("capacity", "2021-03-25 09:30", "Hi Aoife, quick question - do you have capacity for new clients at the moment? We have a steady flow of people in Belfast "
     "looking for conveyancing and family solicitors. We pass leads on for a small fee per introduction."),
])
c("junk", "like_minded", "en", "let's connect as like-minded entrepreneurs", [
    ("likeminded", "2020-12-30 22:10", "Hi Aoife! Love connecting with like-minded entrepreneurs who are making things happen. I'm building a community of "
     "high-performing business owners - let's connect and see how we can add value to each other's journeys! 🚀"),
])
c("junk", "quick_call", "en", "quick 15-minute SEO call", [
    ("seo", "2021-05-03 08:10", "Hi Aoife, I ran a quick audit and your site isn't ranking for 'solicitor Belfast'. Could we jump on a quick 15-minute call this week? "
     "I'll show you three fixes you can implement right away."),
    ("seo", "2021-05-10 08:10", "Hi Aoife, just circling back. Still happy to do that 15-minute call!"),
])
c("junk", "connect_then_pitch", "en", "small talk after connecting, pitch in message 2", [
    ("ctp1", "2020-09-14 10:05", "Thanks for connecting, Aoife! How are things in the legal world these days? Must be a busy time with everything going on."),
    ("ctp1", "2020-09-16 09:40", "I work with professional services firms to streamline their operations and cut admin by 40%. Would you be open to a short call "
     "to see if there's a fit?"),
])
c("junk", "connect_then_pitch", "en", "solar pitch after owner replied to the small talk", [
    ("ctp2", "2021-02-01 09:20", "Hi Aoife, thanks for accepting! Great to see local firms doing well. Hope the lockdown isn't treating you too badly?"),
    ("me", "2021-02-01 12:30", "Hi Gary, we're surviving thanks. Lots of Zoom!"),
    ("ctp2", "2021-02-01 12:45", "Ha, aren't we all. Listen, with energy prices going up, have you thought about solar panels for the office? "
     "We can get you a free survey and most of our business customers pay back in under 5 years. When suits for a chat?"),
])
c("junk", "connect_then_pitch", "en", "connect, compliment, then cyber pitch in message 3", [
    ("ctp3", "2020-06-22 08:30", "Hi Aoife, great to connect. I see you're a partner in a Belfast practice - must be a change working from home!"),
    ("ctp3", "2020-06-24 08:30", "By the way, how's your firm finding remote working? Lots of firms are struggling."),
    ("ctp3", "2020-06-29 08:30", "Law firms are the number 1 target for ransomware right now. We offer a free vulnerability scan - can I book you in this week?"),
])
c("junk", "follow_up_bumps", "en", "electric vehicle leasing, bumped three times", [
    ("bump1", "2021-01-07 10:00", "Hi Aoife, are you looking to reduce your company car costs? Our EV salary sacrifice scheme saves employees up to 40%."),
    ("bump1", "2021-01-14 10:00", "Hi Aoife, did you see my last message?"),
    ("bump1", "2021-01-21 10:00", "Hi Aoife, I'll take your silence as not right now - or is there someone else I should speak to?"),
    ("bump1", "2021-02-04 10:00", "Last try! Happy to send a quick summary by email if easier."),
])
c("junk", "follow_up_bumps", "en", "sales training bumps", [
    ("bump2", "2020-10-05 14:00", "Hi Aoife, how is your team converting enquiries into paying clients? Our sales training programme is proven to lift conversion by 35%."),
    ("bump2", "2020-10-12 14:00", "Hi Aoife, following up on my note last week."),
    ("bump2", "2020-10-26 14:00", "Hi Aoife - bumping this to the top of your inbox :)"),
])
c("junk", "off_topic_product", "en", "corporate wine gifting", [
    ("off1", "2020-11-30 11:15", "Hi Aoife, Christmas is around the corner! Treat your clients and team with our curated corporate wine hampers. "
     "Order 20+ and get free delivery and personalised gift cards."),
])
c("junk", "fluent_named_company", "en", "fluent pitch naming her firm, fits anyone", [
    ("fluent", "2021-04-26 09:40", "Hi Aoife, I've been following McCallion Rea Solicitors for a while and it's clear that client experience sits at the heart of "
     "everything you do. That's exactly why I thought of you. Converso AI gives forward-thinking firms a 24/7 conversational assistant "
     "that answers enquiries, qualifies leads and books appointments, so your team can focus on what matters most. "
     "Would you be open to exploring what this could look like for McCallion Rea?"),
])
c("junk", "generic_heir_hunter", "en", "generic heir hunting pitch (counterpart of Gazette genealogist)", [
    ("j_heir", "2020-07-15 13:00", "Dear Solicitor, Global Heir Finders locates missing beneficiaries worldwide. No find, no fee. Our commission is only "
     "20% of the inheritance. Please contact us for all your missing beneficiary needs."),
])
c("junk", "generic_cpd", "en", "generic online CPD pitch (counterpart of in-house trainer)", [
    ("j_cpd", "2021-03-10 07:45", "Hi Aoife, need CPD hours fast? CPD Express offers 200+ on-demand courses for professionals. Unlimited access for £99/year! "
     "Use code LINKEDIN for 10% off."),
])
c("junk", "generic_bookkeeping", "en", "generic bookkeeping pitch (counterpart of solicitors' accountant)", [
    ("j_acct", "2020-11-10 10:20", "Hi Aoife, are you spending too much time on your books? BookKeep Direct offers affordable bookkeeping for small businesses "
     "from £79/month. Let's chat!"),
])
c("junk", "generic_storage", "en", "generic document storage (counterpart of deed archive)", [
    ("j_deeds", "2020-10-21 15:00", "Hi Aoife, is your office drowning in paper? StoreMore offers secure document storage and shredding across the UK. "
     "Get a quote in 60 seconds!"),
])
c("junk", "investment_offer", "en", "crypto wealth pitch", [
    ("crypto", "2021-02-20 21:30", "Hello Aoife, I hope this finds you well. As a successful professional you may be interested in diversifying into digital assets. "
     "Our clients have seen returns of 18% per month. I'd be happy to share more privately."),
])
c("junk", "business_coaching", "en", "practice growth coach", [
    ("j_coach", "2021-01-25 18:00", "Hi Aoife, are you a lawyer who feels trapped by your own practice? I help law firm owners work less and earn more "
     "with my 6-figure freedom framework. Grab a free spot on my masterclass this Thursday!"),
])
c("junk", "off_topic_product", "en", "branded merchandise", [
    ("j_print", "2020-09-09 10:30", "Hi Aoife, looking for branded pens, mugs or face masks with your logo? We've got 5,000+ products and fast UK delivery. "
     "Request our catalogue today."),
])
c("junk", "business_finance", "en", "business loan pitch", [
    ("j_fin", "2020-05-12 09:00", "Hi Aoife, cash flow tight? Swift Business Finance can get you up to £250k in 24 hours, no security required. "
     "Apply in 5 minutes."),
    ("j_fin", "2020-05-26 09:00", "Hi again Aoife, our rates are at an all-time low. Still interested?"),
])

ex.write(OUT, {
    "First Name": "Aoife", "Last Name": "McCallion",
    "Headline": "Partner at McCallion Rea Solicitors | Conveyancing, Wills & Probate, Family Law | Belfast",
    "Summary": "Partner in a six-solicitor high-street practice on the Lisburn Road. Residential conveyancing, wills, probate "
               "and enduring powers of attorney, and family law including legal aid work. Member of the Law Society's Property Committee.",
    "Industry": "Law Practice", "Zip Code": "BT9", "Geo Location": "Belfast, Northern Ireland, United Kingdom",
    "Websites": "[COMPANY:www.mccallionrea.example]",
}, [
    {"Company Name": "McCallion Rea Solicitors", "Title": "Partner", "Description": "Conveyancing, wills and probate, family law.",
     "Location": "Belfast", "Started On": "Apr 2019", "Finished On": ""},
    {"Company Name": "McCallion Rea Solicitors", "Title": "Associate Solicitor", "Description": "",
     "Location": "Belfast", "Started On": "Sep 2011", "Finished On": "Mar 2019"},
    {"Company Name": "Crawford & Dunne Solicitors", "Title": "Trainee Solicitor", "Description": "",
     "Location": "Lisburn", "Started On": "Sep 2009", "Finished On": "Aug 2011"},
], ["Conveyancing", "Probate", "Wills", "Family Law", "Enduring Powers of Attorney", "Legal Aid"])

if __name__ == "__main__":
    print(ex.summary())

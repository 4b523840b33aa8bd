"""Persona: Rachel Haigh, Senior Procurement Officer at Leeds City Council (2023 layout).

Every message below was written by hand for this held-out set, blind to the detector.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person

SLUG = "en-municipal-procurement-officer-leeds"
owner = Person("me", "Rachel Haigh", "https://www.linkedin.com/in/rachel-haigh-procurement",
               "Leeds City Council", "Senior Procurement Officer")
ex = Export(SLUG, "2023", owner)
P = ex.person
C = ex.conv

# ------------------------------------------------------------------ genuine people
P("dunmore", "Gareth Dunmore", "Dunmore Highways Ltd", "Bid Manager", connected="2022-03-14")
P("kestrel", "Aisha Rahman", "Kestrel Surfacing", "Commercial Director", connected="2023-09-02")
P("pennine", "Tom Ackroyd", "Pennine Gritting Services", "Operations Director")
P("ouse", "Megan Fairclough", "Ouse Valley Plant Hire", "Tender Coordinator", connected="2024-11-20")
P("debrief", "Stuart Pollard", "Pollard Facilities Group", "Managing Director", connected="2021-06-30")
P("legal", "Naomi Cheung", "Leeds City Council", "Principal Lawyer, Commercial", connected="2019-02-11")
P("asc", "Dev Mistry", "Leeds City Council", "Commissioning Manager, Adult Social Care", connected="2020-10-05")
P("cllr1", "Cllr Margaret Oduya", "Leeds City Council", "Executive Member for Resources", connected="2023-05-22")
P("cllr2", "Cllr Peter Lumb", "Leeds City Council", "Chair, Strategy & Resources Scrutiny", connected="2022-07-19")
P("audit", "Fiona Brereton", "Westgate Audit LLP", "Audit Senior Manager", connected="2024-08-01")
P("cleanco", "Lorraine Booth", "Sparkle Commercial Cleaning", "Account Manager", connected="2021-01-15")
P("fleet", "Imran Saddiq", "Northgate Vehicle Leasing", "Contract Manager", connected="2022-11-08")
P("ex1", "Jenny Whitworth", "Wakefield Council", "Procurement Manager", connected="2018-04-03")
P("ex2", "Craig Sunderland", "NHS Shared Business Services", "Category Lead", connected="2017-09-12")
P("ex3", "Bola Adeyemi", "Leeds City Council", "Procurement Officer", connected="2021-03-01")
P("ypn", "Harriet Kell", "Yorkshire Procurement Network", "Events Lead", connected="2020-02-27")
P("cips", "Owen Maddox", "CIPS Yorkshire & Humber Branch", "Branch Chair", connected="2019-11-14")
P("journo", "Lucy Tranter", "Leeds Courier", "Local Democracy Reporter")
P("applicant", "Kieran Walsh", "Harrogate Borough Services", "Purchasing Assistant")
P("grad", "Sofia Marinelli", "University of Leeds", "MSc Student, Supply Chain Management")
P("bradford", "Martin Leyland", "Bradford Council", "Head of Procurement", connected="2018-06-21")
P("kirklees", "Anjali Desai", "Kirklees Council", "Strategic Procurement Lead")
P("calder", "Rhys Pemberton", "Calderdale Council", "Category Manager, Highways", connected="2023-01-10")
P("chamber", "Yvonne Stockdale", "Leeds Chamber of Commerce", "SME Programme Manager", connected="2022-04-25")
P("sme1", "Dan Pickersgill", "Pickersgill Joinery", "Owner", connected="2025-03-12")
P("sme2", "Hayley Norcross", "Norcross Catering Co", "Director", connected="2025-03-12")
P("sme3", "Jamal Osei", "Osei Electrical", "Founder", connected="2025-03-13")
P("uni", "Ellie Hartshorn", "", "Teacher", connected="2014-08-30")
P("nhs", "Patrick Doyle", "Leeds Teaching Hospitals NHS Trust", "Procurement Business Partner", connected="2021-09-09")
P("vcse", "Grace Ibbotson", "Chapeltown Community Transport", "Operations Manager")
P("team", "Sam Kowalczyk", "Leeds City Council", "Procurement Officer", connected="2022-02-01")
P("mentee", "Tyrone Baptiste", "Leeds City Council", "Apprentice Buyer", connected="2024-09-16")
P("fm", "Geoff Ramsden", "Leeds City Council", "Facilities Contract Manager", connected="2019-05-07")
P("spamgen", "Nadia Whitehead", "Whitehead Traffic Management", "Bids Officer")
P("ccs", "Alistair Greaves", "Northern Purchasing Consortium", "Framework Manager", connected="2020-12-03")

# ------------------------------------------------------------------ wanted-pitch people
P("w_act", "Catriona Bell", "Clause & Crown Training", "Director, Public Procurement Training")
P("w_contract", "Joel Haverstock", "Registra Contract Management", "Public Sector Lead")
P("w_social", "Priyanka Nair", "Measured Value CIC", "Social Value Consultant", connected="2024-06-18")
P("w_spend", "Ben Oglesby", "Ledgerline Analytics", "Local Government Account Director")
P("w_hunter", "Amelia Froggatt", "Civic Search Partners", "Executive Search Consultant")
P("w_market", "Chris Dainty", "Open Door Market Engagement", "Founder")
P("w_cips", "Hannah Quarmby", "Quarmby Procurement Academy", "CIPS Tutor")
P("w_law", "Robert Ashdown", "Ashdown Lewis Solicitors", "Partner, Public Procurement")
P("w_carbon", "Mei Lin Foster", "Scope Three Ltd", "Public Sector Partnerships")
P("w_vcse", "Tariq Hussain", "Voluntary Action Leeds Network", "Enterprise Development Officer", connected="2023-11-30")
P("w_data", "Louise Tennant", "Tender Insight Ltd", "Customer Success, Councils")

# ------------------------------------------------------------------ junk people
P("t1", "Jordan Blake", "SpendWise AI", "Growth Executive")
P("t2", "Kelsey Marsh", "SpendWise AI", "Business Development Rep")
P("t3", "Ryan O'Connell", "Procura Optimise", "Partnerships Manager")
P("t4", "Zara Whitfield", "CostCut Collective", "Account Executive")
P("mt1", "Brandon Tully", "LeadHarbour", "Outreach Specialist")
P("mt2", "Sienna Pace", "Vivid Web Studio", "Client Partner")
P("mt3", "Marco Rinaldi", "BrightDesk Furniture", "Sales Consultant")
P("mt4", "Chelsea Ward", "EnergiBroker UK", "Senior Energy Consultant")
P("sp1", "Tenderly Pro", "Tenderly Pro", "", url="https://www.linkedin.com/company/tenderly-pro")
P("sp2", "Northbank MBA", "Northbank Business School", "", url="https://www.linkedin.com/company/northbank-business-school")
P("sp3", "CloudLedger", "CloudLedger", "", url="https://www.linkedin.com/company/cloudledger-finance")
P("ctp1", "Warren Hale", "Apex Bid Writing", "Founder",
  connected="2024-10-08", invite=("IN", "2024-10-07 19:02", ""))
P("ctp2", "Jade Whitcombe", "Momentum Coaching", "Leadership Coach",
  connected="2025-02-03", invite=("IN", "2025-02-02 21:40", "Hi Rachel, would love to connect with fellow Yorkshire professionals!"))
P("ctp3", "Vikram Bhatt", "Codewave Solutions", "VP Sales",
  connected="2025-05-19", invite=("IN", "2025-05-18 08:11", ""))
P("bump1", "Shannon Reilly", "FleetPulse Telematics", "Business Development Manager")
P("bump2", "Oliver Quince", "QuinceHR Payroll", "Sales Director")
P("bump3", "Priya Lalwani", "Astra Offshore Staffing", "Client Acquisition")
P("rec1", "Kyle Bentham", "Ignite Sales Careers", "Talent Partner")
P("rec2", "Natasha Vore", "ByteBridge Recruitment", "Senior Tech Recruiter")
P("crypto", "Leo Marchetti", "", "Financial Freedom Coach")
P("mlm", "Stacey Dunn", "Glow & Thrive", "Wellness Entrepreneur",
  connected="2024-12-01", invite=("IN", "2024-11-30 17:25", ""))
P("award", "Edward Langley", "UK Public Sector Excellence Awards", "Awards Director")
P("podcast", "Mia Gresham", "The Gov Buyer Podcast", "Producer")
P("leadgen", "Aaron Fitch", "Pipeline Rocket", "Founder")
P("seo", "Karan Joshi", "RankUp Digital", "SEO Consultant")
P("offshore", "Deepak Rao", "Nimbus Tech Services", "Business Head")
P("bidagency", "Laura Stainton", "TenderWin Consultancy", "Director")
P("likemind", "Grant Royce", "Royce Ventures", "Entrepreneur | Investor | Speaker")
P("quickcall", "Tasha Bellamy", "Synergy Print Solutions", "Regional Sales Lead")
P("expo", "Damien Crowe", "GovTech Expo North", "Exhibitor Sales")
P("fluent", "Harvey Lennox", "Lennox Growth Partners", "Managing Partner")
P("ai", "Selena Park", "ProcureGenie", "Enterprise AE")
P("spam1", "Frank Oduro", "Global Trade Links", "CEO")
P("spam2", "Ivy Lam", "Harbour Capital Ventures", "Investment Advisor")
P("spam3", "Trevor Knapp", "Knapp Merchandise", "Promotional Products")
P("uniform", "Gemma Platt", "WorkWear Direct", "Key Accounts")

# ================================================================== genuine
C("genuine", "tender_clarification", "en", "bidder in open highways tender asks about TUPE data; owner redirects to portal", [
    ("dunmore", "2025-04-07 09:14", "Morning Rachel, hope you don't mind me messaging here. On the Highways Winter Maintenance Framework (LCC-2025-0147), Lot 2 - the TUPE information in Appendix F lists 14 operatives but the spec mentions 16 routes. Is there a second schedule we're missing? Happy to post it on the portal instead if that's better."),
    ("me", "2025-04-07 10:02", "Hi Gareth - yes please, put it through the YORtender clarification log so every bidder sees the answer. I'll make sure it's picked up today."),
    ("dunmore", "2025-04-07 10:05", "Done, thanks."),
])
C("genuine", "tender_clarification", "en", "bidder asks about price schedule units (price hard case)", [
    ("kestrel", "2025-04-09 14:30", "Hi Rachel, quick one on the pricing schedule for Lot 1. Should the rates for salt spreading be per tonne or per route-run? Our price will look very different depending on which. We've raised it on the portal too (CQ-023) but wanted to flag it as the deadline is close."),
    ("me", "2025-04-09 16:48", "Thanks Aisha, I've seen CQ-023. Response going out tomorrow morning to all bidders."),
])
C("genuine", "tender_clarification", "en", "bidder asks about consortium bid", [
    ("pennine", "2025-04-10 08:05", "Hello Ms Haigh, we are a small gritting contractor from Huddersfield and want to bid for Lot 3 together with a farmer cooperative who have tractors with ploughs. Is a consortium bid allowed under this framework, and does the lead partner need to meet the full turnover requirement on their own? Many thanks, Tom Ackroyd"),
    ("me", "2025-04-10 09:30", "Hi Tom, consortium bids are welcome - section 4.3 of the ITT covers it, and turnover can be aggregated across members. Please do send it through the portal as a formal clarification too so the answer is published."),
    ("pennine", "2025-04-10 09:41", "Brilliant, will do. Thanks for the quick reply."),
])
C("genuine", "tender_clarification", "en", "bidder portal upload failed near deadline", [
    ("ouse", "2025-04-14 11:52", "Rachel, sorry to bother you - the portal keeps rejecting our pricing file (says it's over 20MB). Deadline is noon tomorrow. Is there anything you can do?"),
    ("me", "2025-04-14 12:10", "Megan, try saving it as .xlsx rather than .xlsm - the macros bloat it. If it still fails, ring the helpdesk and log a ticket before the deadline so there's a record."),
    ("ouse", "2025-04-14 12:31", "That worked!! Thank you so much."),
])
C("genuine", "debrief_request", "en", "unsuccessful bidder asks for a debrief call (call hard case)", [
    ("debrief", "2025-02-20 15:22", "Rachel, we received the outcome letter for the FM soft services lot. Disappointed obviously but we want to learn. Could we arrange a 30-minute call for a debrief on where we dropped marks on quality? Any day next week works."),
    ("me", "2025-02-21 09:05", "Hi Stuart, of course. Standstill ends on the 3rd so let's do it the week after. I'll send a Teams invite for Tuesday 11th at 10am with the evaluation lead."),
    ("debrief", "2025-02-21 09:20", "Perfect, thank you."),
])
C("genuine", "colleague", "en", "legal colleague about standstill and contract signature", [
    ("legal", "2025-03-04 13:40", "Standstill on the FM award ended yesterday, no challenge received. I'll get the contract over to DocuSign today - can you confirm the final annual value for the award notice?"),
    ("me", "2025-03-04 13:58", "£1.84m per annum, 3+1+1. Will forward the approved DDN now."),
])
C("genuine", "colleague", "en", "adult social care colleague about spec", [
    ("asc", "2025-01-15 10:12", "Hi Rachel, we're nearly there with the home care spec. Can I send you the draft on Friday? Service users' panel wants to add a section on continuity of carer and I'd like your view on whether we can weight that in the evaluation."),
    ("me", "2025-01-15 11:00", "Yes, send it over. We can absolutely evaluate it - let's talk through the scoring guidance on Monday."),
])
C("genuine", "councillor", "en", "councillor wants a call about SME spend (call hard case)", [
    ("cllr1", "2024-11-06 18:22", "Rachel, the group leaders have asked me for figures on how much of our third-party spend goes to Leeds-based SMEs. Could we have a quick call this week? I'd rather understand the numbers before I quote them in full council."),
    ("me", "2024-11-07 08:15", "Good morning Cllr Oduya. Happy to. I can do Thursday 2pm - I'll bring the 2023/24 spend analysis, local SMEs were 31% of addressable spend."),
    ("cllr1", "2024-11-07 08:40", "Thursday 2pm is fine. Thank you."),
])
C("genuine", "thanks", "en", "scrutiny chair thanks for presentation", [
    ("cllr2", "2024-12-12 20:05", "Thank you for your presentation to scrutiny this afternoon. Members found the social value section particularly helpful. Very clear."),
])
C("genuine", "auditor", "en", "external auditor requests sample of waivers", [
    ("audit", "2025-05-06 09:30", "Dear Rachel, as part of the 2024/25 audit we'd like to test a sample of 15 contract procedure rule waivers. Could your team provide the waiver register and the approvals for the items I'll mark up? I'll send the list by email this afternoon. Kind regards, Fiona"),
    ("me", "2025-05-06 10:14", "Hi Fiona, no problem. Sam Kowalczyk in my team will pull these together - I'll copy him in on the email."),
])
C("genuine", "auditor", "en", "auditor chases missing documents (follow-up but genuine)", [
    ("audit", "2025-05-20 14:02", "Hi Rachel, just chasing the last three waiver approvals (W-2024-118, W-2024-131, W-2024-140). We're closing fieldwork on Friday."),
    ("audit", "2025-05-22 09:10", "Sorry to nudge again - anything on those three? Otherwise I'll note them as outstanding in the report."),
    ("me", "2025-05-22 09:48", "Apologies Fiona, Sam was off sick. Uploading to the SharePoint now, all three are there by 11."),
])
C("genuine", "existing_supplier", "en", "existing cleaning contractor asks about indexation uplift (price hard case)", [
    ("cleanco", "2025-03-27 12:20", "Hi Rachel, the contract anniversary is 1 April and clause 7.2 allows the annual uplift in line with CPI. February CPI was 2.8%, so the new hourly rate would be £15.42. Shall I submit a variation request through Geoff or directly to you?"),
    ("me", "2025-03-27 14:01", "Hi Lorraine, send it to Geoff with the CPI reference and copy me. Should be straightforward."),
])
C("genuine", "existing_supplier", "en", "fleet lease supplier about purchase order for existing contract", [
    ("fleet", "2024-10-02 11:45", "Hi Rachel, we haven't had a PO for the six replacement refuse vehicles under call-off 3 yet. Delivery slot at the factory is mid-November so we'd need it by the 18th. Can you check where it is?"),
    ("me", "2024-10-02 12:30", "It's waiting on budget holder approval - I've chased. Should be with you by Friday."),
    ("fleet", "2024-10-04 16:15", "PO received, thanks Rachel."),
])
C("genuine", "congrats", "en", "former colleague congratulates on promotion", [
    ("ex1", "2024-06-03 19:12", "Saw the news - Senior Procurement Officer! Very well deserved Rachel. Drinks soon?"),
    ("me", "2024-06-03 20:30", "Thanks Jenny! Yes please, after the tender season calms down 😅"),
])
C("genuine", "congrats", "en", "old contact congratulates on promotion (near-duplicate of others)", [
    ("ex2", "2024-06-04 08:02", "Congratulations on the new role Rachel, well deserved!"),
])
C("genuine", "congrats", "en", "team member congratulates on promotion (near-duplicate)", [
    ("ex3", "2024-06-03 17:55", "Congratulations on the new role Rachel!! So well deserved 🎉"),
])
C("genuine", "event_invitation", "en", "speaker invitation at regional procurement conference", [
    ("ypn", "2025-01-28 10:30", "Hi Rachel, we're putting together the programme for the Yorkshire Procurement Network spring conference (15 May, Leeds Civic Hall). Would you be willing to speak for 20 minutes on how Leeds is preparing for the Procurement Act go-live? No fee I'm afraid, but lunch is decent!"),
    ("me", "2025-01-28 12:44", "I'd be delighted. Can I bring Bola along to co-present? She's done most of the work on the new notices."),
    ("ypn", "2025-01-28 13:02", "Absolutely - I'll put you both down."),
])
C("genuine", "association", "en", "CIPS branch asks her to join committee", [
    ("cips", "2024-09-10 17:20", "Rachel, we have a vacancy on the branch committee for a public sector rep. Meetings are quarterly, evenings, mostly online. Would you consider it? I think you'd bring a lot."),
])
C("genuine", "journalist", "en", "local democracy reporter asks about contract award", [
    ("journo", "2025-03-18 11:05", "Hello Rachel, I'm a local democracy reporter at the Leeds Courier. I'm writing about the new facilities management contract and wanted to check the annual value and the number of bidders. Is there someone in the press office I should go through, or can you confirm those figures?"),
    ("me", "2025-03-18 11:30", "Hi Lucy, please go via the press office (press@leeds.gov.uk) - they'll get you the figures today. The award notice is also public on Find a Tender."),
])
C("genuine", "applicant", "en", "applicant asks about the procurement officer vacancy (hiring hard case)", [
    ("applicant", "2025-02-10 20:15", "Dear Rachel, I've seen the Procurement Officer (Grade C) vacancy you posted. I'm currently a purchasing assistant in Harrogate and working towards CIPS Level 4. Would the role suit someone who hasn't yet run a full above-threshold tender? I'd really value your advice before I apply. Thank you, Kieran"),
    ("me", "2025-02-11 08:40", "Hi Kieran, yes - we'll train the right person and CIPS L4 in progress is great. Focus your supporting statement on stakeholder work and anything you've done with specs. Closing date is the 24th."),
    ("applicant", "2025-02-11 09:02", "That's really helpful, thank you. Application going in this week."),
])
C("genuine", "career_advice", "en", "MSc student asks for career advice", [
    ("grad", "2024-11-25 16:40", "Hi Rachel, I'm doing an MSc in supply chain at Leeds and writing my dissertation on social value in local government contracts. Would you be open to a 20-minute interview? I'll send questions beforehand and anonymise everything."),
    ("me", "2024-11-26 09:10", "Happy to help Sofia. Send me your questions and a couple of dates in early December."),
])
C("genuine", "intro", "en", "Bradford head of procurement introduces Kirklees counterpart (group)", [
    ("bradford", "2024-08-19 09:20", "Rachel, Anjali - introducing you two as promised. Anjali is looking at a collaborative highways materials framework and Leeds is the obvious partner. I'll leave you to it!"),
    ("kirklees", "2024-08-19 10:05", "Thanks Martin. Rachel, lovely to e-meet you. Would you be up for a coffee in Huddersfield or Leeds in September?"),
    ("me", "2024-08-19 11:32", "Lovely to meet you Anjali. Yes - how about the 12th, Leeds station café? I'll bring our current lot structure."),
], title="Highways collaboration", extra=[])
C("genuine", "peer_question", "en", "owner asks Calderdale peer about their framework", [
    ("me", "2024-09-30 14:12", "Hi Rhys, hope all's well. Did Calderdale include weather-related standby payments in your gritting framework, or keep it purely per-run? Trying to avoid a repeat of last winter's disputes."),
    ("calder", "2024-09-30 15:40", "Hi Rachel! We did a retainer plus per-run. Suppliers liked it, finance less so. I'll email you our pricing schedule (redacted)."),
    ("me", "2024-09-30 15:44", "You're a star, thank you."),
])
C("genuine", "event_invitation", "en", "chamber asks her to present at Meet the Buyer", [
    ("chamber", "2025-02-05 12:00", "Hi Rachel, the Meet the Buyer event is confirmed for 11 March at the Chamber. Could you do a 15-minute slot on 'how to find and bid for council contracts', followed by 1:1 tables? We expect around 60 local SMEs."),
    ("me", "2025-02-05 13:20", "Yes, count me in. I'll bring Tyrone too, good experience for him."),
])
C("genuine", "thanks", "en", "SME thanks after Meet the Buyer (near-duplicate 1)", [
    ("sme1", "2025-03-12 08:30", "Hi Rachel, thanks for your session at the Chamber yesterday - really useful, especially the bit about Contracts Finder alerts. We'll be registering on YORtender this week."),
])
C("genuine", "thanks", "en", "SME thanks after Meet the Buyer (near-duplicate 2)", [
    ("sme2", "2025-03-12 09:14", "Hi Rachel, thanks for your session at the Chamber yesterday, really useful. We'd never looked at council catering work before - will be registering on YORtender."),
])
C("genuine", "thanks", "en", "SME thanks after Meet the Buyer (near-duplicate 3) with follow-up question", [
    ("sme3", "2025-03-13 18:45", "Thanks for the talk yesterday Rachel, really useful. One question I forgot to ask: do we need NICEIC accreditation to go on the electrical DPS or is it just recommended?"),
    ("me", "2025-03-14 08:20", "Hi Jamal, it's a requirement for that DPS category I'm afraid - full criteria are in the DPS document on the portal."),
])
C("genuine", "friend", "en", "university friend catching up", [
    ("uni", "2024-07-21 21:10", "RACHEL! Just saw you're in Leeds now. I moved back to Headingley last month. Pint?"),
    ("me", "2024-07-21 21:40", "Ellie!! No way. Yes!! Friday?"),
    ("uni", "2024-07-21 21:41", "Friday. Arc, 6pm x"),
])
C("genuine", "peer_question", "en", "NHS colleague asks to share a spec", [
    ("nhs", "2024-10-16 13:25", "Hi Rachel, we're retendering our patient transport and I heard you did something similar for SEND transport last year. Would you be willing to share the spec and evaluation model? Happy to return the favour with our catering one."),
    ("me", "2024-10-16 15:10", "Of course Patrick - I'll send both over. Let's compare notes once you've looked."),
])
C("genuine", "dps_question", "en", "community transport charity asks how to join the DPS (wants to sell, but asks process)", [
    ("vcse", "2024-12-03 10:50", "Good morning, I run a small community transport charity in Chapeltown. We've been told Leeds has a dynamic purchasing system for passenger transport. How do we get on it? We have 9 accessible minibuses and drivers with MiDAS. Sorry if this is the wrong place to ask."),
    ("me", "2024-12-03 11:35", "Not the wrong place at all, Grace. The DPS is open all the time - register on YORtender and search 'Passenger Transport DPS'. If you get stuck, message me and I'll ask someone to walk you through it."),
])
C("genuine", "colleague", "en", "team member handover before leave", [
    ("team", "2024-08-09 17:02", "Handover doc for the stationery mini-comp is in the Teams folder. Two bids in, evaluation due Weds. Have a lovely holiday!"),
    ("me", "2024-08-09 17:10", "Thanks Sam, you're a legend."),
])
C("genuine", "mentee", "en", "apprentice asks about evaluation training", [
    ("mentee", "2025-01-09 12:35", "Hi Rachel, is it ok if I shadow the moderation meeting for the home care tender? I've read the evaluation guidance but want to see how consensus scoring works in practice."),
    ("me", "2025-01-09 12:50", "Yes, good idea - you'll need to sign a conflict of interest declaration first. I'll send it."),
])
C("genuine", "councillor", "en", "councillor relays a local business complaint", [
    ("cllr1", "2025-05-27 19:30", "Rachel, a constituent who runs a scaffolding firm says he lost the framework because of a 'box-ticking' health & safety question. Can you send me a short note on how that question was scored? I don't want to interfere, just need to answer him properly."),
    ("me", "2025-05-28 08:05", "Of course. I'll send a note today - he is entitled to a debrief too, I'll make sure that's offered."),
])
C("genuine", "colleague", "en", "FM contract manager asks about extension option", [
    ("fm", "2024-11-18 10:10", "Rachel - the security contract's initial term ends in June. Do we need to tell the supplier by a set date if we want the +1? I can't find it in the T&Cs."),
    ("me", "2024-11-18 10:45", "Three months' written notice, clause 3.4. So by 28 February. Let's get the performance review done in January first."),
])
C("genuine", "tender_clarification", "en", "bidder clarification in SPAM folder", [
    ("spamgen", "2025-04-11 15:20", "Dear Rachel, regarding LCC-2025-0147 Lot 4 (traffic management): the form of tender asks for 'CHAS or equivalent'. We hold SafeContractor - can you confirm that's acceptable? We've also posted on the portal. Kind regards, Nadia Whitehead, Bids Officer"),
], folder="SPAM")
C("genuine", "peer_question", "en", "purchasing consortium about call-off", [
    ("ccs", "2025-01-21 14:50", "Hi Rachel, quick check: are you still planning a direct award off our furniture framework for the Merrion House refit? Supplier needs a heads-up on volumes for Q2."),
    ("me", "2025-01-21 16:05", "Yes, likely March. Around 400 workstations. I'll confirm once the capital bid is signed off."),
])

# ================================================================== wanted pitches
C("wanted_pitch", "training", "en", "Procurement Act training tailored to Leeds go-live and her conference talk", [
    ("w_act", "2025-02-17 09:40", "Hi Rachel, I read your post about Leeds' preparation for the Procurement Act - especially the point that your buyers are confident on the notices but less so on the new 'competitive flexible procedure'. We run half-day workshops just on that procedure for council teams (we've done Sheffield and North Yorkshire). Practical, built around a live tender of yours rather than slides. Would it be useful if I sent the outline and a reference from Sheffield's head of procurement?"),
    ("me", "2025-02-17 11:15", "Yes please - send the outline. We have a training budget line that needs spending before April."),
])
C("wanted_pitch", "software", "en", "contract management tool citing the council's published contract register", [
    ("w_contract", "2024-10-21 13:00", "Hi Rachel, I went through Leeds' published contract register (the Q2 transparency file): 112 contracts over £100k expire in the next 18 months, and the 'review date' column is blank for about a third of them. That's the exact gap our tool closes - automatic notice-period alerts linked to the register you already publish. Wakefield moved to us last year; Jenny Whitworth might give you an honest view. Worth a look?"),
])
C("wanted_pitch", "consultancy", "en", "social value consultant referencing the council's charter and the highways tender", [
    ("w_social", "2025-03-03 10:22", "Hi Rachel, congratulations on getting social value weighted at 20% in the highways framework. A pattern we've seen with councils at that level: bidders promise apprenticeships at tender, but nobody tracks delivery in year 2. We built a light-touch KPI tracker aligned to the Leeds Social Value Charter themes. Could I show you a 10-minute demo with data from Calderdale's highways contract?"),
    ("me", "2025-03-04 09:00", "This is exactly our problem, honestly. Can you do 20 March?"),
    ("w_social", "2025-03-04 09:12", "20 March works. I'll send an invite."),
])
C("wanted_pitch", "analytics", "en", "spend analytics firm offering a free analysis of the council's published spend data", [
    ("w_spend", "2024-09-12 08:50", "Dear Rachel, we ran the last 12 months of Leeds' over-£500 spend data through our classifier out of curiosity. Two things stood out: 214 suppliers paid under £5k for stationery-type goods across 31 cost centres, and agency staffing spend sits with 9 suppliers outside your framework. I'm happy to send the (free) one-page summary - no strings. If it's useful we can talk about the full version."),
])
C("wanted_pitch", "recruiting_relevant", "en", "headhunter with a relevant head-of-procurement role", [
    ("w_hunter", "2025-05-12 12:15", "Hi Rachel, I'm retained by a West Yorkshire authority to find their next Head of Procurement & Commercial. They particularly want someone who has led a highways framework and worked with scrutiny - your talk at YPN came up twice in our market mapping. Salary £68-74k, hybrid. Would you be open to a confidential conversation, even if just to hear more?"),
])
C("wanted_pitch", "consultancy", "en", "market engagement facilitator referencing the upcoming framework", [
    ("w_market", "2024-12-09 15:30", "Hi Rachel, I saw the preliminary market engagement notice for the winter maintenance framework. I facilitate supplier engagement days for councils - independent chair, structured Q&A, and a written summary you can publish so nobody claims an unfair advantage. Did Leeds' 2022 bus shelter one. Would that be helpful for your January session?"),
    ("me", "2024-12-10 09:00", "Interesting - what would you charge for a half day?"),
    ("w_market", "2024-12-10 09:30", "£1,150 + VAT including the published summary. Happy to send a short proposal."),
])
C("wanted_pitch", "training", "en", "CIPS tutor tailored to her two trainees", [
    ("w_cips", "2025-01-06 18:10", "Hi Rachel, Tyrone mentioned you're supporting two of your team towards CIPS Level 4. Our Leeds evening cohort starts in February and has a public sector tutor group - we can also fold in examples from council tendering. Would a short call with your L&D contact help?"),
])
C("wanted_pitch", "legal", "en", "procurement law firm offering a seminar on challenge risk", [
    ("w_law", "2024-11-04 11:00", "Dear Rachel, following the recent High Court decision on evaluation transparency in a highways maintenance tender, we're running a free briefing for Yorkshire councils on 'scoring guidance that survives a challenge'. Given Leeds has a large highways framework in the pipeline, I thought you and your evaluators might find it relevant. 28 November, 8.30am, our Park Square office. Can I reserve places?"),
])
C("wanted_pitch", "software", "en", "supply chain carbon tool referencing net zero target", [
    ("w_carbon", "2025-04-23 14:40", "Hi Rachel, Leeds committed to including scope 3 supplier emissions in its 2030 net zero reporting, and I noticed your new ITTs already ask for carbon reduction plans. We help councils turn those plans into a consistent number: suppliers fill one short form, you get a dashboard by category. Free for suppliers, which seems to matter to SMEs. Open to a demo?"),
])
C("wanted_pitch", "partnership", "en", "VCSE network proposes supplier-readiness scheme linked to her Meet the Buyer", [
    ("w_vcse", "2025-03-17 10:00", "Hi Rachel, after the Meet the Buyer event several of our members said the DPS registration was the big hurdle. We'd like to propose a small 'tender-ready' clinic (we deliver, funded through our Shared Prosperity grant) and ask if one of your team could attend once a quarter. Would that be welcome?"),
    ("me", "2025-03-17 12:12", "Very welcome. Let's talk - I'll bring Bola."),
])
C("wanted_pitch", "software", "en", "tender portal analytics tied to their current portal", [
    ("w_data", "2025-05-14 09:05", "Hi Rachel, you're on YORtender, so your bidder data is already there - our add-on reads it and shows drop-off: how many suppliers opened an ITT versus submitted. For the FM tender that would have shown you why 40 viewers became 6 bids. Two Yorkshire councils use it. Would a 15-minute screen-share be worth it?"),
])

# ================================================================== junk: template family (4 senders)
C("junk", "template_family", "en", "spend-platform template, sender 1", [
    ("t1", "2024-09-03 08:12", "Hi Rachel, I work with public sector buyers across the UK helping them cut third-party spend by 20-30% through our supplier rationalisation platform. Councils like yours are under huge pressure right now. Are you open to a quick 15 min chat next week to see if it's a fit?"),
])
C("junk", "template_family", "en", "spend-platform template, sender 2 (same company)", [
    ("t2", "2024-09-17 07:55", "Hi Rachel, I partner with public sector procurement teams across the UK, helping them reduce third-party spend by 20-30% using our supplier rationalisation platform. Organisations like Leeds City Council are under real pressure right now. Would you be open to a quick 15 minute call next week to see if there's a fit?"),
    ("t2", "2024-09-24 08:01", "Hi Rachel, just bumping this to the top of your inbox. Worth a quick chat?"),
])
C("junk", "template_family", "en", "spend-platform template, sender 3 (different company, same text)", [
    ("t3", "2024-10-08 09:30", "Hello Rachel, I help public sector buyers across the UK cut third party spend by 20-30% through our supplier rationalisation platform. Councils like yours are under enormous pressure at the moment. Open to a quick 15-min chat next week to see if it's a fit?"),
])
C("junk", "template_family", "en", "spend-platform template, sender 4 with broken spintax", [
    ("t4", "2024-10-22 10:45", "Hi Rachel, I {work with|partner with} public sector buyers across the UK helping them cut third-party spend by 20-30% through our supplier rationalisation platform. Councils like yours are under huge pressure right now. Are you open to a quick 15 min chat next week?"),
])

# ------------------------------------------------------------------ merge-tag failures
C("junk", "merge_tag_failure", "en", "lead-gen with unfilled first_name tag", [
    ("mt1", "2024-08-27 11:11", "Hi {{first_name}}, I noticed {{company_name}} is growing fast. We book 15-20 qualified sales meetings a month for B2B companies on autopilot. Can I show you how?"),
])
C("junk", "merge_tag_failure", "en", "web agency with [Name] placeholder", [
    ("mt2", "2024-11-12 14:20", "Dear [Name], I came across your website and I think it could be converting a lot better. We've redesigned sites for 200+ businesses. Would you like a free audit?"),
])
C("junk", "merge_tag_failure", "en", "furniture sales with wrong name and wrong council", [
    ("mt3", "2025-01-14 09:05", "Hi Rebecca, loved what you're doing at Sheffield City Council! We supply ergonomic office furniture at 40% below RRP. Can I send our brochure?"),
])
C("junk", "merge_tag_failure", "en", "energy broker with lower-case leftover token", [
    ("mt4", "2025-02-25 16:40", "Hi rachel, Hope you're well! As a business owner at COMPANY you've probably seen energy costs spike. We compare 30+ suppliers to find you the best fixed-rate deal. Free, no obligation. When's a good time to chat?"),
])

# ------------------------------------------------------------------ sponsored
C("junk", "sponsored_inmail", "en", "sponsored tender-finding tool", [
    ("sp1", "2024-10-01 12:00", "<p>Hi Rachel,</p><p>Never miss a public sector contract again. Tenderly Pro sends you every relevant tender the moment it's published.</p><p>Start your 14-day free trial today.</p>"),
], title="Sponsored Conversation", subject="Win more tenders in 2025")
C("junk", "sponsored_inmail", "en", "sponsored executive MBA", [
    ("sp2", "2025-01-20 12:00", "<p>Rachel, ready for your next step?</p><p>Our Executive MBA fits around full-time work, with weekend teaching in Manchester. Applications for September close soon.</p><p>Download the brochure.</p>"),
], title="Sponsored Conversation", subject="Lead with confidence")
C("junk", "sponsored_inmail", "en", "sponsored accounting software", [
    ("sp3", "2025-04-02 12:00", "<p>Hi Rachel,</p><p>Close your books 3x faster with CloudLedger. Trusted by 40,000 finance teams.</p><p>Book a demo &amp; get 3 months free.</p>"),
], title="Sponsored Conversation", subject="3 months free")

# ------------------------------------------------------------------ connect-then-pitch
C("junk", "connect_then_pitch", "en", "bid-writing agency: small talk then pitch (irrelevant to a buyer)", [
    ("ctp1", "2024-10-08 09:15", "Thanks for connecting Rachel! Always great to meet people in the Leeds business community. How's your week going?"),
    ("ctp1", "2024-10-10 10:30", "By the way - we help companies win public sector tenders with a 68% success rate. If you ever need bid writing support, we have capacity this quarter. Happy to jump on a quick call?"),
])
C("junk", "connect_then_pitch", "en", "leadership coach: small talk then coaching pitch", [
    ("ctp2", "2025-02-03 08:00", "Hi Rachel, lovely to connect! I see you're in the public sector - must be a busy time of year!"),
    ("me", "2025-02-03 12:40", "Thanks Jade, yes it's full on."),
    ("ctp2", "2025-02-05 07:45", "I totally get it! That's actually why I'm reaching out. I run a 12-week 'Lead Without Burnout' programme for ambitious women leaders. Only 3 spaces left for the spring cohort - would you like the details? 💫"),
])
C("junk", "connect_then_pitch", "en", "software house: small talk then dev outsourcing", [
    ("ctp3", "2025-05-19 10:05", "Hello Rachel, thanks for accepting my request. Hope you are doing well."),
    ("ctp3", "2025-05-21 10:05", "We are a 250-member software company providing web, mobile and AI development at competitive rates. Do you have any projects where we can help? Please share a suitable time for a call."),
    ("ctp3", "2025-05-28 10:05", "Hi Rachel, just following up on my previous message. Looking forward to hearing from you."),
])

# ------------------------------------------------------------------ bumps
C("junk", "follow_up_bump", "en", "telematics pitch with two bumps", [
    ("bump1", "2024-11-05 09:00", "Hi Rachel, councils using FleetPulse cut fuel spend by 12% in year one. Do you manage the fleet contracts at Leeds? Would love to show you a demo."),
    ("bump1", "2024-11-12 09:00", "Hi Rachel, just floating this back up. Any thoughts?"),
    ("bump1", "2024-11-19 09:00", "Hi Rachel, I haven't heard back so I'll assume the timing isn't right. Should I reach out to someone else in your team?"),
])
C("junk", "follow_up_bump", "en", "payroll software bump chain", [
    ("bump2", "2025-03-10 13:30", "Rachel - quick question: who looks after payroll software at the council?"),
    ("bump2", "2025-03-17 13:30", "Following up on the below 👇"),
    ("bump2", "2025-03-24 13:30", "Last try! If payroll isn't your area, could you point me in the right direction?"),
])
C("junk", "follow_up_bump", "en", "offshore staffing pitch with bumps", [
    ("bump3", "2024-07-15 06:20", "Dear Rachel, Greetings from Astra! We provide dedicated offshore staff (accountants, virtual assistants, developers) at 70% lower cost than UK hiring. Can we schedule a call?"),
    ("bump3", "2024-07-22 06:20", "Dear Rachel, kindly revert on my below email."),
])

# ------------------------------------------------------------------ assorted junk
C("junk", "recruiting_spam", "en", "commission-only sales job spam", [
    ("rec1", "2024-08-05 18:30", "Hi Rachel! Your profile really stood out 🚀 We're hiring Field Sales Executives for a solar energy brand. Uncapped commission, OTE £80k+. No experience needed! Interested?"),
])
C("junk", "recruiting_spam", "en", "tech recruiter for unrelated Java role", [
    ("rec2", "2025-01-29 11:22", "Hi Rachel, I have an exciting opportunity for a Senior Java Developer (Spring Boot, Kafka) with a fintech in Manchester, £85k + bonus. Your background looks like a great match. Are you open to a chat?"),
])
C("junk", "crypto", "en", "crypto trading opportunity", [
    ("crypto", "2024-09-29 22:14", "Hello Rachel, how are you? I help busy professionals build passive income through a crypto trading system that returns 3-5% weekly. My clients include doctors and public servants. Can I share how it works?"),
])
C("junk", "mlm", "en", "wellness MLM after connection", [
    ("mlm", "2024-12-01 20:10", "Hey lovely! Thanks for connecting 🥰 I've been so inspired by strong women in leadership. Quick question - are you open to hearing about a side project that's changed my life? I work flexibly from home with an amazing skincare brand and we're growing our team!"),
])
C("junk", "paid_award", "en", "paid award nomination", [
    ("award", "2025-03-05 10:00", "Dear Rachel, Congratulations! You have been shortlisted for 'Public Sector Procurement Leader of the Year 2025'. To confirm your place in the final and your table at the gala dinner (London, June), a participation fee of £495 + VAT applies. Please confirm by Friday."),
])
C("junk", "paid_podcast", "en", "paid podcast feature", [
    ("podcast", "2025-04-15 15:15", "Hi Rachel, we'd love to feature you on The Gov Buyer Podcast! Our episodes reach 30k+ decision makers. Guest slots include professional editing and a promo package (£350). Let me know if you'd like to book."),
])
C("junk", "fluent_generic_naming_company", "en", "lead generation naming Leeds City Council", [
    ("leadgen", "2024-10-15 08:40", "Hi Rachel, I've been following Leeds City Council for a while and I'm impressed by the growth you've achieved. Businesses like yours often struggle to keep a consistent sales pipeline. We build outbound engines that deliver 20+ qualified meetings a month. Would it make sense to explore?"),
])
C("junk", "seo", "en", "SEO audit offer", [
    ("seo", "2024-12-17 05:40", "Hello, I was checking your website and found some errors affecting your Google ranking. I can fix them and bring you on page 1. Shall I send you a free report and quote?"),
])
C("junk", "offshore_dev", "en", "offshore dev shop pitch naming the council", [
    ("offshore", "2025-02-11 07:10", "Hi Rachel, we have helped organisations like Leeds City Council digitally transform with custom apps at 1/3rd of the cost. Our 400+ developers are ready to start immediately. Can I share case studies?"),
])
C("junk", "irrelevant_service", "en", "bid-writing agency pitching the buyer as if she were a bidder", [
    ("bidagency", "2025-01-07 09:20", "Hi Rachel, are you taking on new public sector contracts this year? Our bid writers have won over £400m for clients. We'd love to help you win your next tender - do you have capacity for a short call this week?"),
])
C("junk", "networking_pitch", "en", "like-minded entrepreneurs networking pitch", [
    ("likemind", "2024-11-20 21:05", "Hi Rachel, I'm always looking to connect with like-minded entrepreneurs and leaders. I run a private mastermind for high-performers scaling to 7 figures. Let's jump on a call to see how we can add value to each other!"),
])
C("junk", "quick_call", "en", "print supplier asking for 15-minute call", [
    ("quickcall", "2025-03-25 11:50", "Hi Rachel, do you have 15 minutes this week? I'd love to introduce Synergy Print and see how we can support your print and marketing needs."),
])
C("junk", "event_sales", "en", "expo exhibitor stand sale", [
    ("expo", "2025-02-18 13:30", "Hi Rachel, GovTech Expo North returns in October with 2,000 public sector attendees. We have a few premium exhibitor stands left from £2,950. Shall I hold one for you?"),
])
C("junk", "fluent_generic_naming_company", "en", "growth consultancy flattering the council", [
    ("fluent", "2025-04-29 09:00", "Rachel, I'll keep this brief. Leeds City Council has built a fantastic reputation, and I believe there's a real opportunity to accelerate your revenue growth in 2025. We partner with ambitious leadership teams to unlock hidden profit. Would you be open to a brief conversation on Thursday or Friday?"),
])
C("junk", "generic_saas", "en", "AI procurement tool, generic mass pitch", [
    ("ai", "2025-05-06 16:20", "Hi Rachel 👋 Procurement teams waste 40% of their time on admin. ProcureGenie uses AI to automate the entire source-to-pay process. Companies like Unilever and Siemens trust us. Got 15 mins for a demo?"),
    ("ai", "2025-05-13 16:20", "Hi Rachel, did you see my note? Happy to send a quick video instead."),
])
C("junk", "spam_folder", "en", "import-export partnership spam", [
    ("spam1", "2024-08-14 03:12", "Dear Sir/Madam, We are leading supplier of construction materials from Asia. We seek partnership with your esteemed company for mutual benefit. Please reply to receive our catalogue and price list."),
], folder="SPAM")
C("junk", "spam_folder", "en", "investment scheme in spam", [
    ("spam2", "2025-01-03 23:50", "Hello Rachel, I represent a private investment group offering guaranteed returns of 18% per annum on property bonds. Minimum investment £10,000. Shall I send you the prospectus?"),
], folder="SPAM")
C("junk", "spam_folder", "en", "promotional merchandise in spam", [
    ("spam3", "2024-12-09 10:10", "Branded pens, mugs, lanyards! 20% off all orders before Christmas. Reply YES for our catalogue."),
], folder="SPAM")
C("junk", "generic_product", "en", "workwear supplier generic pitch", [
    ("uniform", "2024-09-24 14:15", "Hi Rachel, we supply branded workwear and PPE to businesses nationwide with next-day delivery. Could I send you a price list? Happy to offer 15% off your first order."),
])

C("genuine", "existing_supplier", "en", "owner starts: asks existing furniture supplier for delivery date on order", [
    ("me", "2025-04-08 09:12", "Hi Alistair, the workstation order for Merrion House went out on the 2nd - do you have an indicative delivery week from the supplier yet? Facilities need to plan the move."),
    ("ccs", "2025-04-08 11:30", "Week commencing 19 May, they've confirmed. I'll send the delivery schedule."),
])
C("junk", "capacity_pitch", "en", "virtual assistant agency asking about capacity", [
    ("bidagency", "2025-05-20 09:40", "Hi Rachel, following up from January - are you at capacity with your current workload? Our UK-based bid and admin assistants can take tasks off your plate from £22/hour. Worth a 15-minute call?"),
])

OUT = Path(__file__).resolve().parents[1] / SLUG
ex.write(OUT,
         {"First Name": "Rachel", "Last Name": "Haigh",
          "Headline": "Senior Procurement Officer at Leeds City Council | MCIPS",
          "Summary": "I run tenders for highways, facilities and social care services for Leeds City Council, "
                     "and lead our preparation for the Procurement Act 2023. Interested in social value and SME access to public contracts.",
          "Industry": "Government Administration", "Geo Location": "Leeds, England, United Kingdom"},
         [{"Company Name": "Leeds City Council", "Title": "Senior Procurement Officer",
           "Description": "Category lead for highways, FM and adult social care commissioning support.",
           "Location": "Leeds", "Started On": "Jun 2024", "Finished On": ""},
          {"Company Name": "Leeds City Council", "Title": "Procurement Officer", "Description": "",
           "Location": "Leeds", "Started On": "Sep 2020", "Finished On": "May 2024"},
          {"Company Name": "Wakefield Council", "Title": "Assistant Buyer", "Description": "",
           "Location": "Wakefield", "Started On": "Jul 2016", "Finished On": "Aug 2020"}],
         ["Public Procurement", "Tender Evaluation", "Contract Management", "Social Value",
          "Procurement Act 2023", "Stakeholder Management", "Category Management"])
print(ex.summary())

"""dev23 persona (written blind as heldout29, session 4): heldout29 persona: Morag Ferrier, independent marine & offshore engineering consultant, Aberdeen.

Written blind to the detector (session 4). Layout 2024. All message texts are hand-written here;
running this script regenerates ../en-marine-engineering-consultant-aberdeen byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-marine-engineering-consultant-aberdeen"
OUT = Path(__file__).resolve().parents[1] / SLUG

ex = Export(SLUG, "2024", Person("me", "Morag Ferrier", "https://www.linkedin.com/in/morag-ferrier-4e81b2",
                                 "Ferrier Marine & Offshore Consulting Ltd", "Principal Consultant"))
P = ex.person
c = ex.conv

# ---------------------------------------------------------------- people
P("alasdair", "Alasdair Grant", "Grampian Subsea Services", "Technical Director", connected="2016-05-12")
P("fiona", "Fiona Lennox", "Lennox Offshore Marine", "Fleet Manager", connected="2018-09-03")
P("ewan", "Ewan Christie", "Christie & Bain Shipyard", "Yard Manager", connected="2019-02-20")
P("katrin", "Katrin Halvorsen", "Meridian Class", "Senior Hull Surveyor", connected="2017-11-08")
P("davie", "Davie Munro", "Munro Ferries", "Operations Manager", connected="2021-04-14")
P("priya", "Priya Raman", "Northlight FPSO Services", "Integrity Lead", connected="2020-06-30")
P("rob", "Rob Kerr", "Independent", "Naval Architect", connected="2015-03-01")
P("shona", "Shona MacRae", "Harbour Energy Recruitment Partners", "Principal Recruiter, Engineering",
  connected="2023-01-10", invite=("OUT", "2023-01-09 18:20", "Hi Shona, Rob Kerr said you were the person to talk to about contract work. Morag"))
P("lewis", "Lewis Duthie", "", "MEng Naval Architecture student, University of Strathclyde",
  invite=("IN", "2024-02-26 21:04", "Hi Ms Ferrier, I'd love to connect - I'm a final year student looking at structural integrity."),
  connected="2024-02-27")
P("graeme", "Graeme Stott", "Deeside Calibration Ltd", "Account Manager", connected="2019-07-22")
P("inspectra", "Hamish Doig", "SurveyLog Software", "Customer Success", connected="2021-10-05")
P("niamh", "Niamh O'Connell", "Offshore Engineer Magazine", "Reporter", connected="2024-05-02")
P("colin", "Colin Birnie", "NE Marine Insurance Brokers", "Director", connected="2018-01-15")
P("sanna", "Sanna Virtanen", "Baltic Vessel Conversions Oy", "Project Engineer", connected="2022-03-17")
P("mairi", "Mairi Buchan", "Society of Offshore Integrity Engineers, Aberdeen branch", "Branch Secretary", connected="2017-04-04")
P("tom", "Tom Ogilvie", "Caley Subsea", "Lead Structural Engineer", connected="2024-09-20")
P("joanne", "Joanne Pirie", "Peterhead Port Authority", "Marine Superintendent", connected="2024-09-19")
P("anders", "Anders Lind", "Scandic Workboats", "Technical Superintendent", connected="2024-09-21")
P("ian", "Ian Souter", "", "Retired, ex-Chief Engineer", connected="2014-08-11")
P("leah", "Leah Cruickshank", "Montrose Port Services", "Harbour Master", connected="2022-11-28")
P("bartek", "Bartek Nowak", "Gdynia Repair Yard", "Commercial Manager", connected="2020-02-12")
P("gillian", "Gillian Reid", "Reid Engineering Consulting", "Director", connected="2016-10-10")
P("kenny", "Kenny Wood", "", "Offshore Installation Manager", connected="2013-06-06")
P("amira", "Amira Haddad", "Trident Decommissioning", "Procurement Lead",
  invite=("IN", "2025-01-13 08:40", ""), connected="2025-01-13")
P("euan", "Euan Fraser", "Stonehaven Sailing Club", "Commodore", connected="2019-05-18")
P("heather", "Heather Milne", "Granite City Engineering Awards", "Events Coordinator", connected="2023-08-08")
P("craig", "Craig Laing", "Robert Gordon University", "Senior Lecturer, Marine Engineering", connected="2018-03-09")
P("sam", "Sam Whitelaw", "Whitelaw Rope Access", "Operations Director", connected="2023-05-05")
P("martin", "Martin Hay", "North Sea Survey Cooperative", "Coordinator", connected="2021-12-01")

# wanted pitchers
P("oona", "Oona Gilchrist", "Gilchrist Technical Writing", "Freelance technical author")
P("rhys", "Rhys Penhallow", "HullScan Analytics", "Founder")
P("felix", "Felix Brandt", "Kestrel Drone Inspection", "Business Development",
  invite=("IN", "2024-06-03 10:15", "Hi Morag - saw your talk in Stavanger, would be good to connect."), connected="2024-06-04")
P("carla", "Carla Mendes", "Tern Recruitment", "Recruiter, Marine & Naval Architecture")
P("duncan", "Duncan Reekie", "Reekie Accountancy", "Partner")
P("yasmin", "Yasmin Akhtar", "Fathom Web Studio", "Designer & developer")
P("lars", "Lars Eriksen", "Corrotec Coatings", "Technical Sales Engineer")
P("mhairi", "Mhairi Sinclair", "Sinclair Legal", "Solicitor, maritime contracts")
P("owen", "Owen Pryce", "ThickNet UT", "Product Manager")
P("beth", "Beth Carnegie", "Clearwater Bids", "Tender Consultant")
P("nils", "Nils Haugen", "Ballast Data AS", "Sales Engineer")
P("kirsty", "Kirsty Lamont", "Lamont Translation", "Freelance translator NO/EN")

# junk senders
P("j_brad", "Brad Keaton", "Apex Growth Partners", "Growth Consultant",
  invite=("IN", "2024-03-11 07:02", ""), connected="2024-03-11")
P("j_tiff", "Tiffany Rowe", "Leadstream Global", "SDR",
  invite=("IN", "2024-04-22 13:30", ""), connected="2024-04-22")
P("j_ravi", "Ravi Menon", "PipelinePro Solutions", "Business Development Executive",
  invite=("IN", "2024-05-29 06:45", "Would love to add you to my network!"), connected="2024-05-30")
P("j_jason", "Jason Hartley", "ScaleUp B2B", "Founder",
  invite=("IN", "2024-07-15 11:11", ""), connected="2024-07-15")
P("j_markus", "Markus Feldhaus", "Vertriebsmotor GmbH", "Head of Outbound",
  invite=("IN", "2024-08-05 09:09", ""), connected="2024-08-06")
P("j_kevin", "Kevin Doyle", "Digital Rise Agency", "SEO Specialist")
P("j_ana", "Ana Petrovic", "OffshoreTalent Hub", "Talent Partner")
P("j_steve", "Steve Marsh", "Marsh Business Coaching", "Business Coach",
  invite=("IN", "2024-10-01 19:45", "Fellow entrepreneur here!"), connected="2024-10-02")
P("j_chloe", "Chloe Bennett", "BrightBooks Outsourcing", "Client Partner")
P("j_dan", "Dan Ferris", "Ferris Solar", "Renewables Advisor")
P("j_lucy", "Lucy Graham", "Highland Cask Investments", "Client Relations",
  invite=("IN", "2024-11-18 14:00", ""), connected="2024-11-18")
P("j_omar", "Omar Siddiqui", "Inspectify Cloud", "Account Executive")
P("j_rachel", "Rachel Stone", "Executive Voices Podcast", "Producer")
P("j_paul", "Paul Whitaker", "UK Business Excellence Awards", "Awards Director")
P("j_mike", "Mike Lowry", "Lowry Marine Surveys", "Managing Director",
  invite=("IN", "2025-02-03 08:00", ""), connected="2025-02-03")
P("j_gary", "Gary Fleming", "TalentBridge Global", "Senior Consultant")
P("j_nina", "Nina Kovacs", "Kovacs Virtual Assistants", "Founder",
  invite=("IN", "2024-12-02 10:20", ""), connected="2024-12-03")
P("j_alex", "Alex Turner", "CryptoWave Capital", "Investment Associate")
P("j_sophie", "Sophie Clarke", "Webinar Hub UK", "Partnerships")
P("j_ben", "Ben Archer", "AutoScribe AI", "Growth Lead")
P("j_tony", "Tony Vance", "Vance Capital Introductions", "Partner")
P("j_hannah", "Hannah Price", "ProfilePeak", "LinkedIn Strategist",
  invite=("IN", "2025-03-10 12:12", ""), connected="2025-03-10")
P("j_will", "Will Bradshaw", "Bradshaw Engineering Consultancy Network", "Network Lead")
P("j_emily", "Emily Ward", "Quantum Leads", "Appointment Setter")
P("j_raj", "Raj Patel", "CodeCraft Outsourcing", "Delivery Manager")
P("j_zoe", "Zoe Martin", "Marketing Momentum", "Account Director",
  invite=("IN", "2025-04-07 16:30", ""), connected="2025-04-08")
P("j_liam", "Liam O'Brien", "Elite Fleet Cards", "Sales")
P("j_greg", "Greg Sutton", "Leaders of Industry Magazine", "Features Editor")
P("spon1", "LinkedIn Member", url="")
P("spon2", "LinkedIn Member", url="")
P("spon3", "Navigator Insurance Group", url="https://www.linkedin.com/company/navigator-insurance-group")

SPONSORED = "Sponsored Conversation"

# ============================================================ GENUINE
c("genuine", "client_quote_request", "en", "existing client asks for a quote for a dry-dock supervision; price talk", [
    ("fiona", "2024-01-15 08:47", "Morning Morag. The Lennox Pioneer is going into Christie & Bain end of March for her 5-year special survey. Could you quote for owner's rep / dry-dock supervision again? Roughly 18 days on site, same as the Endeavour last year. Need a number by Friday for the budget sign-off, sorry for the short notice."),
    ("me", "2024-01-15 12:10", "Hi Fiona, aye no bother. Day rate has gone up a wee bit since last year (insurance and travel), I'll send a proper quote by Thursday with a not-to-exceed figure. Is the steel renewal scope still the same as the survey planning meeting?"),
    ("fiona", "2024-01-15 12:32", "Mostly. Class want extra gaugings in the aft peak, Katrin flagged it. I'll forward the list."),
    ("me", "2024-01-18 17:55", "Quote sent to your email just now. 18 days plus 2 days report, travel at cost. Shout if procurement need it on your template."),
    ("fiona", "2024-01-19 09:03", "Got it, thanks. PO should follow next week."),
])
c("genuine", "vendor_existing_price_change", "en", "her calibration supplier announces price increase for annual UT gauge calibration", [
    ("graeme", "2024-02-05 10:20", "Hi Morag, hope you're keeping well. Just a heads-up before your renewal in April: from 1 March our calibration prices go up by 6% (first increase since 2021, lab accreditation costs went up). Your two UT thickness gauges and the coating meter would come to £412 + VAT for the year. If you book before end of Feb I'll hold the old price. Cheers, Graeme"),
    ("me", "2024-02-05 19:40", "Thanks for the warning Graeme, appreciated. Book me in for the week of 19 Feb then, I'll drop them at Altens on the Monday."),
    ("graeme", "2024-02-06 08:15", "Done - 19th it is. Ta!"),
])
c("genuine", "inbound_lead", "en", "ferry operator wants to buy a condition survey from her", [
    ("davie", "2024-03-04 14:02", "Hello Morag, we met briefly at the Orkney ferries session last autumn. We're considering buying a second-hand ro-pax from Norway for the Westray run and our board wants an independent pre-purchase condition survey. Would you be available in April and could you send your rates? We've never done one of these without a broker so any guidance welcome."),
    ("me", "2024-03-04 16:30", "Hi Davie, good to hear from you. Yes, April works. A pre-purchase inspection on a vessel that size is usually 2 days on board plus a day for the report. I'll send rates and a sample report (anonymised) tomorrow. Do you have the class status report and the last docking report? That makes a big difference."),
    ("davie", "2024-03-05 09:11", "I'll ask the seller's broker. Rates received, board is fine with that. Can we have a quick call Thursday to agree dates?"),
    ("me", "2024-03-05 09:30", "Thursday 10am suits. I'll phone your office."),
])
c("genuine", "peer_joint_offer", "en", "fellow consultant proposes joint bid on a life-extension study, discusses split and pricing", [
    ("rob", "2024-04-10 21:15", "Morag. Northlight have put out an RFQ for the life extension study on the Aurora FPSO. It's too big for me alone and too naval-arch for you alone :) Fancy a joint offer? I'd do stability, moorings, global strength; you do fatigue, inspection history, corrosion. Split by hours, I'd be happy for you to be the lead name since Priya knows you."),
    ("me", "2024-04-11 07:50", "Oh I like that. Let's do it. I'd want a proper teaming agreement though, after the last joint one with you-know-who. Coffee at the Tea Room Friday?"),
    ("rob", "2024-04-11 08:02", "Agreed on the paper. Friday 9:30. I'll bring a draft hours breakdown, you bring the rates."),
    ("me", "2024-04-12 13:40", "Good session. Sending our combined day-rate table and the draft exclusions tonight. Deadline is 3 May."),
    ("rob", "2024-04-30 22:48", "Submitted. Fingers crossed lass."),
])
c("genuine", "recruiter_relevant", "en", "recruiter the owner contacted herself about contract work; day rates discussed", [
    ("me", "2023-01-09 18:25", "Hi Shona, thanks for connecting. I'm going independent from March after 11 years at Grampian Subsea. Rob said you place contract integrity engineers. Interested in 3-6 month contracts, Aberdeen based, some offshore fine."),
    ("shona", "2023-01-10 09:40", "Hi Morag, lovely to hear from you. Rob speaks highly of you. I've got two live ones that would suit: a hull integrity role on an FPSO (3 on/3 off) and an onshore fatigue assessment contract in Dyce. Rates around £550-650/day via umbrella or Ltd. Free for a call this week?"),
    ("me", "2023-01-10 10:05", "The Dyce one sounds right. Wednesday after 2?"),
    ("shona", "2023-01-10 10:07", "Perfect, I'll ring you at 2:30."),
    ("shona", "2023-06-20 11:00", "Hi Morag, hope the first months of self-employment are going well! The Dyce client asked if you'd extend until December - same rate. Let me know."),
    ("me", "2023-06-20 12:20", "Yes please, happy to extend."),
])
c("genuine", "applicant", "en", "student applies for a summer placement with her", [
    ("lewis", "2024-02-27 20:30", "Hi Ms Ferrier, thank you for accepting. I'm finishing my MEng at Strathclyde (dissertation on fatigue of bracket toes on offshore supply vessels) and I'm looking for a summer placement. I know you're a one-person consultancy so this may be cheeky, but I'd be happy to help with data processing, gauging reports or anything really. My CV is attached to my email if you'd like it. Thanks for reading!"),
    ("me", "2024-02-28 08:15", "Hi Lewis, not cheeky at all. I could use someone for 6-8 weeks in July/August on a big gauging dataset. It would be paid, of course. Send your CV to the address on my website and we'll have a chat."),
    ("lewis", "2024-02-28 08:40", "Thank you so much!! Sending it now."),
])
c("genuine", "colleague_spam_folder", "en", "class surveyor message that LinkedIn put into SPAM; genuine technical question", [
    ("katrin", "2024-05-14 15:22", "Hei Morag, quick one - for the Pioneer gaugings, did you use the 2019 or the 2023 reading positions? The numbers in the aft peak look odd compared to last time. I can't find it in the report. Call me on my mobile if easier, I'm in Aberdeen till Thursday."),
    ("me", "2024-05-16 18:02", "Katrin, sorry, your message ended up in my spam folder of all places! 2023 positions, the old grid was revised after the frame renewal. I'll email you the sketch."),
], folder="SPAM")
c("genuine", "thanks_congrats", "en", "thank-you after her talk at integrity forum (1 of 3 near-duplicates)", [
    ("tom", "2024-09-20 17:45", "Thanks for a great talk today Morag, really useful to hear real numbers on FPSO fatigue. Nice to meet you at the coffee break!"),
])
c("genuine", "thanks_congrats", "en", "thank-you after her talk (2 of 3)", [
    ("joanne", "2024-09-20 19:02", "Thank you for the talk today, Morag - great to finally meet you in person. Really useful session!"),
    ("me", "2024-09-20 21:10", "Thanks Joanne, lovely to meet you too."),
])
c("genuine", "thanks_congrats", "en", "thank-you after her talk (3 of 3)", [
    ("anders", "2024-09-21 08:30", "Thanks for the talk yesterday, very useful. Good to meet you at the forum. Best regards from Esbjerg, Anders"),
])
c("genuine", "colleague", "en", "long-standing ex-boss; catch-ups over years", [
    ("alasdair", "2022-12-19 16:00", "So it's true then, you're leaving us? Gutted, but I get it. Door's always open. Lunch before Christmas?"),
    ("me", "2022-12-19 16:40", "It's true! Thank you for everything Alasdair. Lunch Thursday, my treat."),
    ("alasdair", "2023-09-04 09:12", "How's life on your own? We've got an overflow job on a jack-up fatigue review, might be a fit if you have time in October."),
    ("me", "2023-09-04 10:30", "Going well, busy. October could work, send me the scope?"),
    ("alasdair", "2024-11-29 13:14", "Merry early Christmas. Annual lunch, same place? The Silver Darling is booked out so maybe Moonfish."),
    ("me", "2024-11-29 14:00", "Moonfish it is. 13th?"),
    ("alasdair", "2024-11-29 14:05", "13th. See you there."),
])
c("genuine", "client", "en", "shipyard client, contract and invoice talk", [
    ("ewan", "2024-06-11 07:20", "Morag, the owners want you back for the steel renewal sign-off on the Aurora Spirit. Contract same as last time? Also accounts say invoice 2024-031 is sitting with them, it'll be paid Friday, apologies."),
    ("me", "2024-06-11 08:05", "Morning Ewan. Same terms suits me. Thanks for chasing accounts! When is she coming out of the dock?"),
    ("ewan", "2024-06-11 08:09", "Floated out 28th if the weather plays ball. Which it won't."),
])
c("genuine", "journalist", "en", "reporter asks for comment on North Sea decommissioning", [
    ("niamh", "2024-05-02 11:30", "Hi Morag, I'm writing a feature for Offshore Engineer Magazine on ageing FPSOs in the UK sector and how operators decide on life extension vs decommissioning. Would you be up for a 20-minute interview next week? Happy to send questions in advance. No fee on either side, it's editorial."),
    ("me", "2024-05-02 13:15", "Hi Niamh, happy to. Send the questions and I'll make sure I don't say anything my clients would kill me for."),
    ("niamh", "2024-05-02 13:22", "Ha, understood! Questions coming this afternoon. Tuesday 2pm?"),
    ("me", "2024-05-02 13:30", "Tuesday 2pm is fine."),
])
c("genuine", "vendor_existing", "en", "her insurance broker renewal of professional indemnity; premium talk", [
    ("colin", "2024-12-03 10:00", "Hi Morag, PI renewal is due 1 Jan. Underwriters are asking for an updated turnover figure and whether you've started any work on floating wind. Premium indication is about the same as last year, maybe +£150 if the wind work goes in. Can you send me the figures by the 15th?"),
    ("me", "2024-12-03 20:45", "Hi Colin, yes one floating wind job (mooring inspection review) - small. Figures to you this week."),
])
c("genuine", "colleague", "en", "Finnish project engineer, past project partner, technical question", [
    ("sanna", "2023-10-09 13:10", "Hi Morag! Do you remember the crane vessel conversion in Turku? We have a similar one now and I would like to cite your fatigue note from 2022 in our basis of design. Is this ok for you? Of course we reference you properly."),
    ("me", "2023-10-09 14:00", "Hi Sanna! Of course, go ahead. Glad it's still useful. Say hello to Mikko."),
    ("sanna", "2023-10-09 14:02", "Thank you!! 🙂"),
])
c("genuine", "event_invite", "en", "branch secretary invites her to speak at meeting", [
    ("mairi", "2024-06-25 12:00", "Hi Morag, the committee would love you to give the September evening lecture at the branch - the 'what gaugings actually tell you' talk you did for the young engineers would be perfect. Usual deal: 40 mins plus questions, sandwiches and a thank-you bottle. Thursday 19 September?"),
    ("me", "2024-06-25 19:30", "Aye, count me in. I'll freshen up the slides."),
    ("mairi", "2024-09-10 09:00", "Reminder - next Thursday, 6:30 at the usual hotel. Numbers look good, 60 signed up!"),
])
c("genuine", "friend", "en", "old offshore friend, small talk", [
    ("kenny", "2024-07-28 22:10", "Saw your name in the mag. Famous now eh! Still sailing out of Stonehaven? I'm back off the Brae on the 5th, pint?"),
    ("me", "2024-07-29 07:40", "Ha, hardly famous. Still sailing when it's not blowing a hoolie. Pint on the 6th, the Marine Hotel?"),
    ("kenny", "2024-07-29 07:55", "Done."),
])
c("genuine", "friend", "en", "retired chief engineer, long-standing contact, owner-started", [
    ("me", "2023-03-01 10:00", "Ian, I've finally done it - Ferrier Marine & Offshore is a real company as of today. You told me to do this in 2014!"),
    ("ian", "2023-03-01 16:20", "About time lassie. Proud of you. Don't undercharge."),
    ("me", "2024-03-01 10:05", "One year in and still solvent. Thanks for the push."),
    ("ian", "2024-03-01 18:30", "Told you. Come for tea when you're passing Inverurie, Margaret's asking after you."),
])
c("genuine", "client", "en", "harbour master asks for advice on quay fender damage; small job", [
    ("leah", "2024-02-12 09:15", "Hi Morag, one of the supply boats clipped our north quay fenders in the storm last week. Insurers want an independent damage assessment. Could you take a look this week? Probably half a day."),
    ("me", "2024-02-12 11:00", "Hi Leah, I can come down Wednesday morning. Half day rate plus mileage. I'll bring the camera and the gauge."),
    ("leah", "2024-02-12 11:05", "Brilliant, see you Wednesday. Bring a proper jacket, it's baltic down here."),
])
c("genuine", "vendor_existing", "en", "Polish repair yard she works with, quote for upcoming docking", [
    ("bartek", "2024-08-19 12:30", "Dear Morag, as discussed, attached budget quotation for the Lennox Endeavour docking in November. Steel price is 4% higher than in spring. Can you check the scope matches your specification before we send to the owner? Best regards Bartek"),
    ("me", "2024-08-19 18:00", "Thanks Bartek. Two items missing - the anode renewal and the tailshaft withdrawal. Can you add them and resend?"),
    ("bartek", "2024-08-20 08:20", "You are right, sorry. Revised version tomorrow."),
])
c("genuine", "intro_referral", "en", "peer consultant refers a lead to her", [
    ("gillian", "2024-10-07 17:00", "Morag, I've got a decommissioning client (Trident) asking for someone to review hull inspection records before towing. Not my area. OK if I pass on your name to Amira Haddad in their procurement?"),
    ("me", "2024-10-07 18:10", "Yes please Gillian, thank you! I owe you one."),
    ("gillian", "2024-10-07 18:12", "You owe me several but who's counting 😉"),
])
c("genuine", "inbound_lead", "en", "decommissioning procurement lead (referred) asks for rates and terms", [
    ("amira", "2025-01-14 09:00", "Hello Morag, Gillian Reid gave me your name. We need an independent review of the hull inspection records for a floating storage unit before tow to the breaker yard. Could you send your rates and standard terms? We would need a proposal by 31 January. Thank you."),
    ("me", "2025-01-14 10:20", "Hello Amira, thank you for getting in touch, and for Gillian's kind word. Happy to help. Could you share the inspection record index so I can size the review? I'll send a fixed-fee proposal within a week of receiving it."),
    ("amira", "2025-01-15 14:30", "Index sent via email. NDA also attached - please sign first."),
    ("me", "2025-01-15 16:00", "Signed and returned."),
])
c("genuine", "community", "en", "sailing club commodore about safety boat inspection, volunteer", [
    ("euan", "2024-04-02 20:00", "Evening Morag - could I twist your arm to have a look at the club's safety RIB before the season? The transom looks a bit sad. Beer's on me."),
    ("me", "2024-04-02 21:15", "Of course. Saturday morning before the work party?"),
    ("euan", "2024-04-02 21:20", "Legend."),
])
c("genuine", "event_invite", "en", "real contact invites her to a university industry panel", [
    ("craig", "2024-10-21 11:00", "Hi Morag, we run an industry panel for our 4th year marine students on 27 November - 'Careers in integrity engineering'. Would you join? 45 minutes, informal, and the students always ask good questions. No fee, but lunch in the staff canteen (sorry)."),
    ("me", "2024-10-21 12:30", "Craig I'd be delighted. Canteen lunch and all."),
])
c("genuine", "vendor_existing_price_change", "en", "her inspection data software vendor (existing) announces new pricing tier", [
    ("inspectra", "2024-09-02 14:00", "Hi Morag, Hamish from SurveyLog here. As you're on our legacy single-user plan, wanted to let you know personally: from January the single-user plan becomes £79/month (was £65) but includes the offline tablet app you asked about last year. If you'd rather stay on the old feature set at the old price you can do that for 12 more months - just let me know which you prefer."),
    ("me", "2024-09-03 08:30", "Thanks Hamish, I'll take the new plan, the offline app is worth it for the dock work."),
    ("inspectra", "2024-09-03 08:45", "Great, I'll switch you over on renewal. Cheers!"),
])
c("genuine", "colleague", "en", "rope access contractor coordinating on site work", [
    ("sam", "2024-07-08 06:30", "Morning. Team of 3 is booked for the Montrose tank inspection 15-17 July. Can you send the inspection points marked up so the lads can plan anchors?"),
    ("me", "2024-07-08 07:10", "Will do by lunchtime. Thanks Sam."),
])
c("genuine", "client", "en", "FPSO integrity lead, long-running client thread, hiring/contract extension", [
    ("priya", "2023-05-10 13:00", "Morag, thanks for the fatigue screening. The offshore team loved the hotspot map. Can we extend your contract to cover the turret area? Same rates."),
    ("me", "2023-05-10 14:30", "Yes, happy to. I'll need the turret drawings."),
    ("priya", "2024-02-20 10:00", "Hi again! We're hiring a permanent integrity engineer and I thought of you... I know you love being independent, so if you know anyone good, please send them my way?"),
    ("me", "2024-02-20 12:00", "Ha, flattered, but I'm staying free. I'll think who could suit - a couple of names from the SOIE branch."),
    ("priya", "2024-10-01 09:15", "Fyi the Aurora life extension joint bid with Rob went through approval - contract coming from procurement next week. Congrats!"),
    ("me", "2024-10-01 09:40", "Fantastic news Priya, thank you!"),
])
c("genuine", "community", "en", "survey cooperative asks about shared rota for emergency call-outs", [
    ("martin", "2024-01-08 15:00", "Happy new year Morag. We're updating the emergency call-out rota for independent surveyors on the north-east coast. Are you still happy to be on it for weekends in Feb/March?"),
    ("me", "2024-01-08 17:20", "Happy new year Martin. Yes, but not the weekend of 16 Feb please."),
    ("martin", "2024-01-09 08:00", "Noted, thanks."),
])
c("genuine", "owner_started", "en", "owner writes to a class surveyor to arrange attendance", [
    ("me", "2024-11-04 08:00", "Hi Katrin, are you attending the Endeavour in Gdynia? Bartek says the tailshaft comes out on the 19th. Would be good to align on the thickness measurement plan before then."),
    ("katrin", "2024-11-04 09:30", "Yes, I fly on the 18th. Let's talk Thursday, 11:00?"),
    ("me", "2024-11-04 09:32", "Perfect."),
])
c("genuine", "owner_started", "en", "owner congratulates former colleague on new job", [
    ("me", "2024-08-01 12:00", "Just saw the news Gillian - congratulations on the new company! Go you."),
    ("gillian", "2024-08-01 13:40", "Thanks Morag! Terrifying but fun. I'll be ringing you for advice about invoicing."),
])
c("genuine", "recruiter_relevant", "en", "recruiter she worked with asks to forward a contract to her network; genuine", [
    ("shona", "2024-10-14 10:30", "Hi Morag, hope you're well. Not for you (I know you're chocka) but do you know any mid-level hull integrity engineers who'd fancy a 6-month contract in Dyce? Client is the one you did the fatigue work for. Happy to pay a referral fee as usual."),
    ("me", "2024-10-14 13:00", "I'll ask around. Lewis who did my summer placement might be worth a chat in a year - not yet though."),
])
c("genuine", "client", "en", "ferry operator follow-up after survey: invoice, thanks", [
    ("davie", "2024-05-02 16:00", "Morag, the board read your report and decided not to buy - the steel in the car deck was worse than the broker let on. You saved us a fortune. Invoice received, it's with finance."),
    ("me", "2024-05-02 17:10", "Sorry it wasn't the one, but better now than after the handover. Thanks for letting me know."),
])
c("genuine", "colleague", "en", "naval architect peer, long-standing banter + technical", [
    ("rob", "2023-02-14 09:00", "Do you still have that spreadsheet for S-N curve selection? Mine died with the old laptop."),
    ("me", "2023-02-14 09:30", "Sent. Back up your stuff, you dinosaur."),
    ("rob", "2023-02-14 09:31", "Yes boss."),
])
c("genuine", "friend", "en", "old class colleague, new baby, personal", [
    ("katrin", "2023-07-03 20:00", "Morag!! Little Ingrid arrived on Saturday, 3.4 kg, both fine. Sending a photo by WhatsApp."),
    ("me", "2023-07-03 20:20", "Oh Katrin, congratulations!! So happy for you all. x"),
])
c("genuine", "event_invite", "en", "branch AGM invite from secretary, routine", [
    ("mairi", "2025-02-10 11:00", "Hi all, the branch AGM is on 13 March. Morag, would you stand again as vice-chair? No pressure!"),
    ("me", "2025-02-10 12:45", "Happy to stand again Mairi."),
])

# ============================================================ WANTED PITCH
c("wanted_pitch", "tailored_relevant_pitch", "en", "technical author cites her LinkedIn post about reports nobody reads", [
    ("oona", "2024-04-18 10:00", "Hello Morag, I read your post last week about gauging reports running to 300 pages that 'nobody past the superintendent ever opens'. I'm a freelance technical author (9 years in a class society's survey admin team) and I do exactly that kind of work: turning inspection deliverables into a 4-page executive summary with a decision table up front. If it would help, I could rework one anonymised report as a sample, free, so you can judge. No worries if not."),
    ("me", "2024-04-19 08:20", "Hi Oona, that's actually quite tempting. Let me find a report I'm allowed to share."),
    ("oona", "2024-04-19 08:45", "Great - take your time."),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "drone inspection firm refers to her Stavanger talk on confined-space inspection", [
    ("felix", "2024-06-05 09:30", "Hi Morag, thanks for connecting. In your Stavanger talk you showed the cargo tank of the FSU where the rope access team needed four days just to reach the upper stringers. We fly caged drones in tanks (class-accepted for close visual on two class societies) and we'd have done that in a day. Not saying drones replace gauging - they don't - but for the visual part they could save your clients money. If you ever have a tank job coming, I'd be glad to quote alongside your rope access team."),
    ("me", "2024-06-06 18:10", "Hi Felix, fair point on the stringers. Send me your class acceptance letters and a sample report and I'll keep you in mind."),
])
c("wanted_pitch", "tailored_recruiter", "en", "recruiter with a specific relevant role (expert witness), mentions her papers", [
    ("carla", "2024-07-02 14:20", "Hi Morag, I recruit for maritime and naval architecture roles. A London law firm (shipping disputes) is looking for an independent expert on hull fatigue for a case about cracked bracket toes on an OSV. I found your 2021 SOIE paper on bracket toe fatigue and it's almost exactly the issue. It's a fee-based expert appointment, maybe 20-30 days over a year, no relocation. Would you be open to a confidential chat?"),
    ("me", "2024-07-02 18:00", "Hi Carla, that is squarely my area. Yes, happy to chat. Conflicts check first though - who's the vessel owner?"),
    ("carla", "2024-07-03 09:00", "Understood, I'll ask the firm what I can share and come back."),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "accountant names the specific IR35 / contractor setup of her business", [
    ("duncan", "2024-03-20 11:40", "Hi Morag, Gillian Reid mentioned you might be looking for a new accountant now that your limited company is past its first year end. We look after about 30 independent engineers in the north-east, most of them doing a mix of direct consultancy and contracts through agencies like yours did in Dyce, so we know the IR35 side well. If you'd like, I'm happy to look over your first-year accounts for free and tell you honestly whether we'd add anything."),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "web designer visited her website and names concrete problems", [
    ("yasmin", "2024-08-14 15:00", "Hi Morag, I had a look at ferriermarine.co.uk after seeing your name on the SOIE programme. Two small things you might want to know: the 'Services' page still lists 'Principal Engineer, Grampian Subsea' in the footer, and the contact form goes to an address that bounces (I tried, sorry!). I'm a one-woman web studio in Aberdeen and mostly do sites for engineering consultancies. Happy to fix both for a small fixed fee, or just tell you how if you'd rather do it yourself."),
    ("me", "2024-08-14 19:30", "Oh no - thanks for telling me about the form! How many enquiries have I lost... What would a tidy-up cost?"),
    ("yasmin", "2024-08-15 09:00", "For the form fix + footer + mobile tidy, £350. I'll send a short proposal."),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "coatings supplier names the corrosion problem she reported on a specific vessel type", [
    ("lars", "2024-10-28 13:00", "Dear Ms Ferrier, in the Offshore Engineer feature you mentioned recurring coating breakdown in ballast tanks of 1990s-built FPSO conversions, especially at the longitudinal stiffener edges. Our edge-retentive epoxy was developed for exactly that, and we have test data from two North Sea units I could share. I'm not asking for an order - I know you specify rather than buy - but if you'd find the data useful for future repair specs, I can send it over."),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "maritime solicitor refers to her teaming agreement with Rob Kerr (mutual contact)", [
    ("mhairi", "2024-04-15 16:00", "Hi Morag, Rob Kerr said you two are putting together a joint bid and needed a teaming agreement that doesn't cost the earth. I draft these for small engineering partnerships regularly - fixed fee £450 for a standard two-party agreement covering liability caps, IP and fee split. If helpful, I can turn it around within 3 working days."),
    ("me", "2024-04-15 17:30", "Rob's a star. Yes please, can you do it by the 24th?"),
    ("mhairi", "2024-04-15 17:45", "Yes. I'll send my engagement letter tonight."),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "UT gauge product manager knows her gauge model and its limitation", [
    ("owen", "2024-11-12 10:00", "Hi Morag, you commented on a thread last month that your UT gauge struggles with through-coat readings on heavily pitted plate. That's a known limitation of the older single-element probes. We've just released a dual-element probe that fits the same gauge body (no new unit needed). I'd be glad to send one to try for a fortnight - no charge, just honest feedback."),
    ("me", "2024-11-13 07:45", "Go on then, send one to the office. If it works on the Endeavour I'll buy two."),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "tender consultant cites a public tender notice matching her services", [
    ("beth", "2025-01-20 09:30", "Hi Morag, the Orkney Islands Council has a tender notice out (published on Public Contracts Scotland last week) for an independent condition assessment framework covering their inter-island ferries - 4 years, lots for hull and machinery. Given your pre-purchase work for Munro Ferries it looks like a very good fit. I help small consultancies with framework bids (fixed price per lot). Deadline is 21 February. Happy to send the notice reference if you haven't seen it."),
    ("me", "2025-01-20 12:00", "I hadn't seen it, thanks. Please send the reference."),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "data integration vendor knows she uses SurveyLog and offers export connector", [
    ("nils", "2024-12-09 14:10", "Hello Morag, Hamish at SurveyLog mentioned that a few consultants keep asking for a way to export gauging data straight into class-format thickness tables. We built that connector (SurveyLog → class TM templates for the three big societies). Since you're a SurveyLog user and do a lot of class gaugings, would you like a test licence for your next job?"),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "translator offers Norwegian help citing her Norwegian ferry purchase project", [
    ("kirsty", "2024-03-12 12:00", "Hi Morag, Davie Munro mentioned you're doing the pre-purchase survey on the Norwegian ro-pax. The class records and the yard reports will likely be in Norwegian - I'm a NO/EN technical translator (marine, 12 years) and can turn around docking reports quickly. Just in case you need it; my rates are on my profile."),
    ("me", "2024-03-12 13:15", "Perfect timing, Kirsty, the docking report arrived yesterday and it's 40 pages of Norwegian. Can you quote?"),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "hull analytics startup references her fatigue paper and offers pilot", [
    ("rhys", "2024-05-21 11:00", "Hi Morag, I'm the founder of HullScan Analytics. We process hull monitoring strain data and your 2021 SOIE paper (section 4, on the gap between design fatigue life and measured hotspot stress) is basically why we exist. We're looking for one independent consultant to validate our output on a real FPSO dataset - paid, 5-8 days. Would that interest you?"),
    ("me", "2024-05-22 08:30", "Interesting. Paid validation, yes, I'd consider. Send me the dataset description and your terms."),
])

# ============================================================ JUNK
# one template, five senders (one German)
c("junk", "mass_template", "en", "lead-gen template 1/5 (connect then pitch)", [
    ("j_brad", "2024-03-11 07:05", "Hi Morag, thanks for connecting!"),
    ("j_brad", "2024-03-13 08:15", "Hi Morag, I help consultancies like Ferrier Marine & Offshore Consulting Ltd book 10-15 qualified meetings a month with decision makers, without cold calling. We only get paid when the meetings happen. Worth a quick chat? Here's my calendar: cal.apexgrowth.io/brad"),
    ("j_brad", "2024-03-20 08:10", "Hi Morag, just bumping this up in case it got buried!"),
])
c("junk", "mass_template", "en", "lead-gen template 2/5", [
    ("j_tiff", "2024-04-24 09:00", "Hey Morag! I help engineering firms like Ferrier Marine & Offshore Consulting Ltd land 12-20 qualified meetings per month with decision-makers - no cold calling needed, and we're paid per meeting. Open to a quick chat this week? Grab a time: meet.leadstream.co/tiffany"),
])
c("junk", "mass_template", "en", "lead-gen template 3/5 with small talk first and owner replying", [
    ("j_ravi", "2024-05-30 06:50", "Hello Morag, thank you for accepting my request. How is the weather in Aberdeen today?"),
    ("me", "2024-05-30 12:00", "Dreich, as usual! Hope yours is better."),
    ("j_ravi", "2024-05-31 05:40", "Haha nice. Morag, we help consultancies like yours book 10-15 qualified meetings with decision makers every month with no cold calling. We only charge when the meeting happens. Would you be open for a short call? Kindly share your availability."),
    ("j_ravi", "2024-06-07 05:35", "Hi Morag, following up on my previous message. Kindly revert."),
])
c("junk", "mass_template", "en", "lead-gen template 4/5", [
    ("j_jason", "2024-07-16 10:00", "Morag - we help engineering consultancies add 10-15 qualified sales meetings a month, zero cold calling, pay-per-meeting. Curious if that's on your radar for Q3? 15 mins: calendly-ish.scaleupb2b.com/jason"),
    ("j_jason", "2024-07-23 10:00", "Circling back on this, Morag."),
])
c("junk", "mass_template", "de", "lead-gen template 5/5, German version", [
    ("j_markus", "2024-08-07 09:30", "Hallo Morag, wir helfen Beratungen wie Ferrier Marine & Offshore Consulting Ltd, jeden Monat 10-15 qualifizierte Termine mit Entscheidern zu buchen - ganz ohne Kaltakquise. Bezahlt wird nur pro stattgefundenem Termin. Lust auf ein kurzes Gespräch? Hier mein Kalender: termine.vertriebsmotor.de/markus"),
])
# merge-tag failures
c("junk", "merge_tag_fail", "en", "unfilled {first_name} tag, generic SEO", [
    ("j_kevin", "2024-02-19 13:00", "Hi {first_name}, I was checking your website and noticed it isn't ranking on page one for your main keywords. We can fix that in 90 days guaranteed. Can I send over a free audit?"),
])
c("junk", "merge_tag_fail", "en", "wrong name and wrong company in recruiting blast", [
    ("j_gary", "2024-06-17 08:00", "Hi Sarah, I came across your profile and was very impressed by your experience at Caledonian Process Engineering. We have an exciting opportunity for a Senior Piping Designer in Houston. Competitive package + relocation. Are you open to a conversation?"),
])
c("junk", "merge_tag_fail", "en", "[Company] placeholder in bookkeeping pitch", [
    ("j_chloe", "2024-09-09 11:30", "Hi Morag, business owners at [Company] often tell us bookkeeping eats their evenings. Our UK-based team takes it all off your plate from £149/month. Shall I send pricing?"),
])
c("junk", "merge_tag_fail", "en", "{{industry}} left in, AI content tool", [
    ("j_ben", "2025-01-28 15:00", "Hey Morag 👋 Most leaders in {{industry}} spend 6+ hours a week writing LinkedIn posts. AutoScribe AI writes them in your voice in 30 seconds. Want a free 14-day trial?"),
])
# sponsored inmails
c("junk", "sponsored_inmail", "en", "sponsored InMail, business banking", [
    ("spon1", "2024-03-25 12:00", "<p>Hi Morag,</p><p>Running your own business? Open a business account in 10 minutes &amp; get 12 months fee-free banking.</p><p>Apply now</p>"),
], title=SPONSORED, subject="Fee-free business banking for 12 months")
c("junk", "sponsored_inmail", "en", "sponsored InMail, MBA programme", [
    ("spon2", "2024-10-15 12:00", "<p>Morag, take the next step in your career.</p><p>Our Executive MBA fits around your schedule - apply before 30 November for a scholarship.</p>"),
], title=SPONSORED, subject="Executive MBA - scholarships available")
c("junk", "sponsored_inmail", "en", "sponsored InMail from insurer", [
    ("spon3", "2025-02-17 12:00", "<p>Hi Morag,</p><p>Freelancers save up to 30% on professional indemnity with Navigator. Get a quote in 2 minutes.</p>"),
], title=SPONSORED, subject="Save up to 30% on PI insurance")
# paid awards / features
c("junk", "paid_award", "en", "award 'shortlist' requiring a fee", [
    ("j_paul", "2024-06-03 10:00", "Dear Morag, congratulations! Ferrier Marine & Offshore Consulting Ltd has been shortlisted for 'Marine Engineering Consultancy of the Year - Scotland' at the UK Business Excellence Awards 2024. To confirm your place and receive your winner's trophy and digital badge, an administration fee of £895 + VAT applies. Please confirm by Friday."),
    ("j_paul", "2024-06-10 10:00", "Dear Morag, a gentle reminder that your shortlist status expires this Friday."),
])
c("junk", "paid_feature", "en", "podcast guest slot with 'production fee'", [
    ("j_rachel", "2024-08-21 17:00", "Hi Morag! Our team loved your profile and we'd love to have you as a guest on Executive Voices, the podcast for visionary leaders (top 2% globally!). Guests cover a small production fee of $650 which includes editing, promotion and a highlight reel. Shall I send the booking link?"),
])
c("junk", "paid_feature", "en", "magazine 'feature' that costs money", [
    ("j_greg", "2024-11-05 09:00", "Hi Morag, we're putting together our 'Women Leading Industry 2025' edition and your story would be perfect. Featured profiles include a 2-page spread, professional photography and a digital badge. The partnership investment is £1,950. Interested?"),
])
# connect then pitch
c("junk", "connect_then_pitch", "en", "business coach: like-minded entrepreneurs, then coaching pitch", [
    ("j_steve", "2024-10-02 08:00", "Great to connect Morag! Always love meeting like-minded entrepreneurs. How's business going?"),
    ("me", "2024-10-02 19:00", "Thanks Steve, busy, can't complain."),
    ("j_steve", "2024-10-03 07:30", "Love that! Quick question - if you could double your revenue without working more hours, would you want to know how? I run a 12-week programme for founders and have 2 spots left this quarter. Free strategy call here: stevemarsh.coach/call"),
    ("j_steve", "2024-10-10 07:30", "Hey Morag, did you see my last message? Only 1 spot left now!"),
])
c("junk", "connect_then_pitch", "en", "whisky cask investment after connecting (off-topic)", [
    ("j_lucy", "2024-11-19 10:00", "Hi Morag, lovely to connect with a fellow Scot! Hope you're surviving the weather up there."),
    ("j_lucy", "2024-11-21 10:00", "I wanted to share something our clients in the energy sector love: Scotch whisky cask investment. Historically 8-12% annual growth and completely outside the stock market. Can I send you our 2025 cask brochure?"),
])
c("junk", "connect_then_pitch", "en", "virtual assistant agency after connecting", [
    ("j_nina", "2024-12-03 09:15", "Thanks for connecting Morag! I see you run your own consultancy, that's amazing."),
    ("j_nina", "2024-12-05 09:15", "As a busy founder, are you spending too much time on admin, inbox and scheduling? Our trained VAs start at just $12/hour. Would you like a free trial week?"),
    ("j_nina", "2024-12-12 09:15", "Hi Morag, just checking in on this!"),
])
c("junk", "connect_then_pitch", "en", "LinkedIn ghostwriting after small talk and owner reply", [
    ("j_hannah", "2025-03-10 12:30", "Hi Morag! Thanks for accepting. I love how niche your field is - marine engineering sounds fascinating!"),
    ("me", "2025-03-10 18:00", "Thanks Hannah. It has its moments."),
    ("j_hannah", "2025-03-12 09:00", "I bet! I noticed you don't post very often. I help consultants turn their expertise into weekly posts that attract inbound clients - fully done for you, from £600/month. Would you be open to a quick 15-minute chat?"),
])
c("junk", "connect_then_pitch", "en", "marketing agency connect then pitch, no reply, bumps", [
    ("j_zoe", "2025-04-08 08:00", "Hi Morag, great to be connected. Hope your week is off to a good start!"),
    ("j_zoe", "2025-04-10 08:00", "We're a full-service marketing agency helping B2B companies grow their brand, generate leads and increase revenue. Would love to learn more about your goals for 2025 - are you free for a quick call?"),
    ("j_zoe", "2025-04-17 08:00", "Bumping this to the top of your inbox 🙂"),
    ("j_zoe", "2025-04-28 08:00", "Last try Morag - should I close your file?"),
])
# sells what she sells (marine survey firm offering her the same service)
c("junk", "sells_what_you_sell", "en", "marine survey company offers her condition surveys and dry-dock supervision", [
    ("j_mike", "2025-02-04 09:00", "Hi Morag, thanks for connecting. Lowry Marine Surveys provides independent condition surveys, pre-purchase inspections and dry-dock supervision for vessel owners across the UK. If your fleet needs any surveys this year, we'd be glad to quote. Our rates are very competitive."),
])
c("junk", "sells_what_you_sell", "en", "consultancy network offers her outsourced engineering consultants", [
    ("j_will", "2024-07-29 14:00", "Morag, we provide on-demand engineering consultants for structural integrity, fatigue analysis and inspection planning. Whether you need one engineer for a week or a team for a year, we've got you covered. Let me know if you'd like our capability statement."),
])
# capacity ask
c("junk", "capacity_ask", "en", "asks if she has capacity for new clients", [
    ("j_emily", "2024-05-13 10:00", "Hi Morag, quick question - do you currently have capacity to take on new clients? We have a steady flow of businesses looking for consultants like you and can send them your way."),
    ("j_emily", "2024-05-20 10:00", "Hi Morag, just following up - do you have capacity for new clients this month?"),
])
# quick 15-minute call
c("junk", "quick_call_ask", "en", "software outsourcing asks for quick 15-minute call", [
    ("j_raj", "2024-04-03 06:10", "Dear Morag, hope you are doing well. We are a leading software development company with 200+ developers. We build web apps, mobile apps, ERP and AI solutions. Can we have a quick 15-minute call to discuss how we can help your business grow?"),
])
# like-minded networking
c("junk", "like_minded_networking", "en", "generic like-minded networking note", [
    ("j_tony", "2024-09-16 20:00", "Hi Morag, I'm building a circle of like-minded entrepreneurs and business owners in the UK who want to grow together and share opportunities. Would love to have you in it. Let's connect and see how we can add value to each other!"),
])
# off-topic products
c("junk", "off_topic_product", "en", "solar panels for home", [
    ("j_dan", "2024-03-28 11:00", "Hi Morag, energy bills still high? Homeowners in Aberdeenshire are saving up to £1,200 a year with our solar + battery packages. Government grants available. Can I book you a free home survey?"),
])
c("junk", "off_topic_product", "en", "fleet fuel cards to a one-person consultancy", [
    ("j_liam", "2024-08-27 13:00", "Hi Morag, is your company still paying full price at the pump? Elite Fleet Cards save businesses up to 5p per litre across 8,000 UK sites. How many vehicles do you run?"),
])
c("junk", "mlm_crypto", "en", "crypto investment", [
    ("j_alex", "2024-10-23 22:10", "Hello Morag, I hope you don't mind me reaching out. Our private fund has delivered 18% monthly returns using AI crypto arbitrage. Minimum entry is low and you can withdraw anytime. Can I share the details?"),
    ("j_alex", "2024-10-30 22:10", "Hi Morag? Opportunity closes soon."),
])
# generic service pitches
c("junk", "followup_bump", "en", "SEO pitch follow-up bump, never answered", [
    ("j_kevin", "2024-11-25 13:00", "Hi Morag, following up on my SEO audit offer from earlier this year. Still happy to send it over free of charge!"),
], subject="Free SEO audit")
c("junk", "followup_bump", "en", "bookkeeping bump with no reply", [
    ("j_chloe", "2024-10-14 11:30", "Hi Morag, just following up in case you missed my previous note about bookkeeping. Happy to jump on a call!"),
], subject="Bookkeeping")
c("junk", "generic_service_pitch", "en", "webinar invite to generic growth webinar", [
    ("j_sophie", "2024-02-26 15:00", "Hi Morag, you're invited to our free live masterclass: '7 Secrets to Scaling Your Business in 2024'. Seats are limited - reserve yours here: webinarhub.uk/7secrets"),
])
c("junk", "fluent_generic", "en", "fluent pitch that names her company but could go to anyone", [
    ("j_omar", "2024-06-24 10:00", "Hi Morag, I've been following Ferrier Marine & Offshore Consulting Ltd for a while and love what you're building in the offshore space. Companies like yours often struggle to keep inspection data organised across teams and sites. Inspectify Cloud brings all your inspections into one dashboard with AI insights and mobile apps. Would you be open to a short demo next week?"),
    ("j_omar", "2024-07-01 10:00", "Hi Morag, circling back on the demo - does Tuesday or Wednesday work?"),
], subject="")
c("junk", "recruiting_spam", "en", "recruiter with irrelevant generic role", [
    ("j_ana", "2024-01-22 09:00", "Hi Morag! Are you open to new opportunities? We have multiple roles across the energy sector: project managers, HSE advisors, planners, drillers. Send me your CV and I'll match you with the best fit!"),
])
c("junk", "generic_service_pitch", "en", "generic recruiter junk counterpart to the tailored recruiter", [
    ("j_gary", "2024-12-09 08:00", "Hi Morag, I have a number of exciting engineering opportunities with leading clients across the globe. If you or anyone in your network is looking, please feel free to share my details! Thanks, Gary"),
], subject="Opportunities")
c("junk", "generic_service_pitch", "en", "generic web design pitch (counterpart of tailored web designer)", [
    ("j_zoe", "2024-02-07 11:00", "Hi Morag, is your website bringing you the clients you deserve? We design beautiful, mobile-friendly websites that convert. Packages from £999. Let me know if you'd like to see our portfolio!"),
], subject="Your website")
c("junk", "generic_service_pitch", "en", "generic drone services pitch (counterpart of tailored drone firm)", [
    ("j_will", "2024-03-18 10:00", "Hi Morag, we offer drone services for all industries: aerial photography, roof inspection, real estate video and events. Nationwide coverage, competitive prices. Let me know if you ever need us!"),
], subject="Drone services")
c("junk", "off_topic_product", "en", "corporate gifts", [
    ("j_liam", "2024-11-11 13:00", "Hi Morag, Christmas is coming! Have you sorted your corporate gifts yet? Branded hampers from £25 each, minimum order 50. Want a catalogue?"),
], subject="Corporate gifts")
c("junk", "investment_intro", "en", "vague investor-intro offer", [
    ("j_tony", "2025-03-03 20:00", "Morag, we connect high-growth founders with our network of private investors. Are you currently raising? Even if not, let's have a quick 15 minute call to see how we might support your journey."),
], subject="Investor introductions")

ex.write(OUT, {
    "First Name": "Morag", "Last Name": "Ferrier",
    "Headline": "Independent marine & offshore structural integrity consultant | FPSO life extension | dry-dock supervision",
    "Summary": ("I'm an independent marine and offshore engineer based in Aberdeen. I help vessel operators, "
                "shipyards and FPSO owners with hull and structural integrity: fatigue assessments, "
                "life-extension studies, thickness gauging reviews, pre-purchase condition surveys and "
                "owner's representation in dry dock. Before going independent in 2023 I spent 11 years at "
                "Grampian Subsea Services."),
    "Industry": "Maritime Transportation", "Geo Location": "Aberdeen, Scotland, United Kingdom",
    "Websites": "[COMPANY:ferriermarine.co.uk]",
}, [
    {"Company Name": "Ferrier Marine & Offshore Consulting Ltd", "Title": "Principal Consultant",
     "Description": "Independent structural integrity consultancy for vessels and floating offshore units.",
     "Location": "Aberdeen", "Started On": "Mar 2023", "Finished On": ""},
    {"Company Name": "Grampian Subsea Services", "Title": "Principal Integrity Engineer",
     "Description": "Fatigue and inspection planning for FPSOs and jack-ups.", "Location": "Aberdeen",
     "Started On": "Jan 2012", "Finished On": "Feb 2023"},
    {"Company Name": "Meridian Class", "Title": "Graduate Hull Surveyor", "Description": "",
     "Location": "Glasgow", "Started On": "Sep 2009", "Finished On": "Dec 2011"},
], ["Structural Integrity", "Fatigue Analysis", "FPSO", "Ship Surveys", "Dry Docking",
    "Ultrasonic Thickness Measurement", "Life Extension", "Naval Architecture", "Corrosion",
    "Offshore Engineering", "Expert Witness", "Risk-Based Inspection"])
print(ex.summary())

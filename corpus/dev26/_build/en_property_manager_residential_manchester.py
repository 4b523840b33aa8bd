"""dev26 persona 1: Niamh Brennan, property manager at a residential lettings and
block-management firm in Manchester (2024 export layout). Written blind to the detector.

Every message text below is written by hand for this corpus. Run the script to regenerate
the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-property-manager-residential-manchester"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Niamh Brennan", "https://www.linkedin.com/in/niamh-brennan-ancoatsrow",
               "Ancoats Row Property Management", "Property Manager")
ex = Export(SLUG, "2024", owner)
p = ex.person
c = ex.conv

# ---------------------------------------------------------------- genuine (35)

p("geoff", "Geoff Whitworth", "Self-employed", "Landlord", connected="2016-05-19")
c("genuine", "landlord_client_repair", "en", "long-standing landlord approves a boiler swap", [
    ("geoff", "2024-01-09 08:12", "Morning Niamh, Dave the gas man says the boiler at 14 Beech Rd is knackered. Is it worth patching or do we bite the bullet?"),
    ("me", "2024-01-09 09:40", "Morning Geoff! Honestly it's 17 years old and the tenants have had no heating twice since November. I'd replace. I've got two quotes, £2,350 and £2,780 - the cheaper one is Worcester with a 10 yr warranty."),
    ("geoff", "2024-01-09 10:02", "Go with the cheaper one then love. Tell the lads at no 14 sorry for the cold snap."),
    ("me", "2024-01-09 10:05", "Will do, booking them in for Thursday."),
])

p("pennine", "Carl Haworth", "Pennine Lift Services", "Contracts Manager", connected="2019-02-11")
c("genuine", "existing_vendor_price_change", "en", "current lift contractor announces a rate rise; she pushes back", [
    ("pennine", "2024-02-20 14:31", "Hi Niamh, heads up before the formal letter lands: from 1 April our maintenance rates go up 7.5% across all contracts, so Cotton Yard goes from £3,960 to £4,257 a year. Parts and labour have gone mad, I'm afraid. Happy to go through it on a call."),
    ("me", "2024-02-20 16:55", "Thanks for the warning Carl. 7.5% is a hard sell to leaseholders when the lift was out for 9 days in December. Can you hold it at 4% if we sign for three years?"),
    ("pennine", "2024-02-21 09:10", "Let me talk to the boss. Three years helps. I'll come back to you by Friday."),
    ("pennine", "2024-02-23 11:48", "Boss says 5% on a three-year term and we'll add the quarterly callout report you asked for. Best I can do."),
    ("me", "2024-02-23 12:20", "OK, send it over and I'll put it to the board of directors of the RMC."),
])

p("salforddev", "Priya Raval", "Irwell Quay Developments", "Development Director")
c("genuine", "inbound_lead_quote_request", "en", "developer asks for a management fee quote for a new block", [
    ("salforddev", "2024-03-04 10:22", "Hello Niamh, we're completing a 24-unit block off Chapel Street in Salford in September and need a managing agent in place before handover. Gareth at Holden Estates said you're the people to talk to. Could you send a proposal and your per-unit fee?"),
    ("me", "2024-03-04 12:01", "Hi Priya, thanks for thinking of us (and say thanks to Gareth!). We'd love to look at it. Could you send the draft lease and the estimated service charge budget if you have one? Typically we're £250-£290 per unit per year plus VAT for a block that size, but I'd want to see the lift and plant first."),
    ("salforddev", "2024-03-04 12:40", "Great, I'll get the lease pack sent over. Site visit week after next?"),
    ("me", "2024-03-04 12:44", "Perfect. Tuesday 19th, 10am?"),
])

p("levy", "Tom Ashcroft", "NHS", "Staff Nurse")
c("genuine", "inbound_lead_landlord", "en", "accidental landlord wants to let his late nan's house through them", [
    ("levy", "2024-04-15 21:14", "Hi, sorry to message on here, I couldn't get through on the phone. My nan passed last year and left me her terrace in Levenshulme. I've no idea what I'm doing but I don't want to sell. What do you charge to let and manage it fully?"),
    ("me", "2024-04-16 08:30", "Hi Tom, so sorry about your nan. No need to apologise at all. Full management is 12% of rent inc. VAT, and there's a one-off set-up fee of £300 that covers the EPC check, gas safety and inventory. Happy to pop round and give you a rental valuation for free - no obligation."),
    ("levy", "2024-04-16 12:05", "That'd be brilliant. I'm off Thursday if that works?"),
])

p("holden", "Gareth Holden", "Holden Estates", "Director", connected="2017-09-03")
c("genuine", "peer_joint_offer", "en", "sales agent proposes a joint landlord package with shared pricing", [
    ("holden", "2024-03-12 17:45", "Niamh - mad idea over a brew. We keep selling flats to first-time investors who then ask us who should manage them. What if we did a joint 'buy-to-let starter' pack: our sale fee knocked down 0.25% if they sign a 12 month management with you, and you do the first 3 months at 8% instead of 12%? Split the marketing cost 50/50."),
    ("me", "2024-03-13 08:15", "Not mad at all! I'd need to run the 8% past Joanne but I like it. Can we meet at Federal on Friday and sketch numbers?"),
    ("holden", "2024-03-13 08:30", "Deal. Flat whites on me."),
])

p("recruit", "Lauren Doyle", "Northern Property Talent", "Senior Consultant", connected="2023-11-28")
c("genuine", "recruiter_engaged", "en", "recruiter she hired for a senior block manager role sends a shortlist", [
    ("me", "2024-01-22 11:03", "Hi Lauren, as discussed - we're going ahead with the Senior Block Manager role. Salary £38-42k, hybrid, IRPM qualified ideally. Your fee at 15% is fine."),
    ("recruit", "2024-01-22 11:30", "Brilliant, thanks Niamh. I'll get the advert drafted for your sign-off today."),
    ("recruit", "2024-02-06 15:12", "Three CVs in your inbox. Candidate B is the strongest IMO - 6 years at a big national, wants to be somewhere smaller. Can you do interviews on the 13th?"),
    ("me", "2024-02-06 16:40", "Yes, 13th works. B and C please, A hasn't done service charge budgets."),
])

p("applicant", "Kemi Adeyemi", "", "Lettings Negotiator")
c("genuine", "job_applicant", "en", "applicant for the advertised lettings negotiator role", [
    ("applicant", "2024-05-07 19:20", "Hi Niamh, I saw the Lettings Negotiator job on your company page and have applied through Indeed, but wanted to say hello directly. I've been at a Stockport agency for 2 years and know the south Manchester patch well. Would love the chance to chat."),
    ("me", "2024-05-08 09:02", "Hi Kemi, thanks for reaching out - I've got your CV. We're shortlisting this week, you'll hear from Joanne either way by Friday."),
    ("applicant", "2024-05-08 09:10", "Thank you so much!"),
])

p("ra_chair", "Brian Kershaw", "Cotton Yard Residents' Association", "Chair")
c("genuine", "residents_association_spam_folder", "en", "RA chair about the AGM date, filed in spam by LinkedIn", [
    ("ra_chair", "2024-06-03 20:41", "Niamh its Brian from Cotton Yard. The residents want the AGM moved to the 27th because of the Euros. Can you still do the 27th and bring the draft accounts? Also the fob for the bike store has stopped working AGAIN."),
], folder="SPAM")

p("ty1", "Helen Marsh", "Self-employed", "Portfolio Landlord", connected="2024-04-25")
p("ty2", "Imran Qureshi", "Qureshi Lettings", "Landlord", connected="2024-04-25")
p("ty3", "Sue Bellamy", "", "Landlord", connected="2024-04-26")
c("genuine", "thanks_after_talk", "en", "thank-you after her talk at the landlords network (1/3)", [
    ("ty1", "2024-04-25 21:02", "Thanks so much for your talk tonight Niamh, the bit on the Renters' Reform timeline was really clear. Great to meet you!"),
    ("me", "2024-04-26 08:11", "Thanks Helen, lovely to meet you too!"),
])
c("genuine", "thanks_after_talk", "en", "thank-you after her talk at the landlords network (2/3)", [
    ("ty2", "2024-04-25 22:15", "Great talk tonight, thanks Niamh. Really clear on the Renters Reform timeline. Good to meet you."),
])
c("genuine", "thanks_after_talk", "en", "thank-you after her talk at the landlords network (3/3)", [
    ("ty3", "2024-04-26 07:48", "Thank you for the talk last night, really clear on Renters' Reform - lovely to meet you Niamh"),
    ("me", "2024-04-26 08:13", "Thank you Sue! Shout if you have any questions."),
])

p("roofer", "Dean Fletcher", "Fletcher Roofing", "Owner", connected="2020-10-14")
c("genuine", "owner_started_contractor", "en", "she chases a roofer about a leak", [
    ("me", "2024-01-30 07:55", "Dean, you about this week? Top floor flat at Cotton Yard has water coming through the ceiling by the skylight after Storm Isha. Need someone up there asap."),
    ("roofer", "2024-01-30 08:20", "Morning. Can get a lad there tomorrow 8am with the cherry picker. Will send pics and a price after."),
    ("roofer", "2024-01-31 13:44", "Flashing's come away round the skylight. £680 + vat to redo it properly, can do Monday."),
    ("me", "2024-01-31 14:02", "Go ahead, thanks Dean. Invoice the RMC as usual."),
])

p("exco", "Rachel Greenhalgh", "Hallmark Residential", "Head of Lettings", connected="2015-03-02")
c("genuine", "owner_started_congrats", "en", "she congratulates a former colleague on a new role", [
    ("me", "2024-02-14 12:30", "Rachel!! Just seen the news about Hallmark. Head of Lettings, get you! So pleased for you x"),
    ("exco", "2024-02-14 18:02", "Aw thank you!! Still pinching myself. We need a proper catch up - Albert's Schloss soon?"),
    ("me", "2024-02-14 18:20", "Yes please, I'll message you some dates"),
])

p("tenant", "Jade Lomas", "", "Teaching Assistant")
c("genuine", "tenant_repair", "en", "tenant reports damp and mould via LinkedIn", [
    ("tenant", "2024-10-02 16:33", "Hi Niamh sorry to message u on here, the black mould in the back bedroom at 3 Clarence St is back and my little one has a cough. I reported it on the portal 2 weeks ago but nobody has been"),
    ("me", "2024-10-02 17:05", "Jade I'm really sorry, that shouldn't have happened. I'm booking a damp surveyor for Friday morning and I'll call you tomorrow myself. We'll get you a dehumidifier dropped round in the meantime."),
    ("tenant", "2024-10-02 17:20", "thank you x"),
])

p("sparky", "Mo Ellis", "Ellis Electrical", "Electrician", connected="2021-06-30")
c("genuine", "contractor_certificates", "en", "electrician sends EICRs and an invoice", [
    ("sparky", "2024-03-19 18:10", "EICRs for the 6 Hulme Works flats done, all satisfactory except flat 4 needs a new consumer unit (C2). Sending pdfs to the office email. Unit is £540 fitted."),
    ("me", "2024-03-20 08:40", "Cheers Mo. I'll get landlord approval for flat 4 today."),
])

p("hulmera", "Patricia Nolan", "Hulme Works Residents' Association", "Secretary", connected="2022-09-12")
c("genuine", "residents_association_budget", "en", "RA secretary questions the service charge budget", [
    ("hulmera", "2024-11-04 19:25", "Hello Niamh. The committee has looked at next year's budget. We can't see why cleaning has gone up 22% when the cleaner comes the same number of days. Also can the sinking fund contribution be phased? A few older residents are really worried."),
    ("me", "2024-11-05 09:15", "Hi Patricia, fair questions. The cleaning contract went up because of the national living wage rise plus we added the bin store deep clean monthly. I can get a cheaper quote without the deep clean and let the residents choose. Phasing the reserve fund is possible - I'll model it over 2 years. Could the committee meet on the 14th?"),
    ("hulmera", "2024-11-05 10:02", "The 14th is fine. Thank you for taking it seriously."),
])

p("coll", "Joanne Pickering", "Ancoats Row Property Management", "Managing Director", connected="2018-01-08")
c("genuine", "colleague_cover", "en", "MD asks about holiday cover", [
    ("coll", "2024-07-11 13:02", "Who's covering your blocks while you're in Crete? I've got the Salford handover on the 22nd."),
    ("me", "2024-07-11 13:10", "Aisha's got Cotton Yard and Hulme Works, Mark's doing the lettings side. I've left a handover doc on the shared drive, sunscreen packed 😎"),
    ("coll", "2024-07-11 13:12", "Perfect, have a good one!"),
])

p("uni", "Ciara Walsh", "University of Salford", "Lecturer", connected="2012-06-20")
c("genuine", "friend_catch_up", "en", "old uni friend, long-standing", [
    ("uni", "2024-08-30 20:44", "oi stranger. are you coming to Port Street for Sinead's birthday next Sat or have the leaseholders kidnapped you"),
    ("me", "2024-08-30 21:05", "hahaha they nearly have. YES I'm coming, might be late, got an AGM till 7 😩"),
    ("uni", "2024-08-30 21:06", "AGM on a saturday is criminal. see you there x"),
])

p("journo", "Adam Crossley", "Manchester Evening Post", "Property Reporter")
c("genuine", "journalist_request", "en", "local reporter asks for comment on rents", [
    ("journo", "2024-06-18 11:20", "Hi Niamh, I'm writing a piece on rents in Ancoats and the Northern Quarter going past £1,300 for a one-bed. Would you give me a quote or two on what you're seeing with tenants? Deadline 4pm tomorrow."),
    ("me", "2024-06-18 12:45", "Hi Adam, happy to. Call me on the office line after 2 today?"),
])

p("nrla", "Stephen Cartwright", "Greater Manchester Landlords Network", "Branch Organiser", connected="2019-11-05")
c("genuine", "event_invitation_contact", "en", "branch organiser invites her to speak (led to the thank-you notes)", [
    ("nrla", "2024-03-01 09:45", "Hi Niamh, would you do 20 mins on Renters' Reform at our April meeting (25th, Manchester Central Library)? No fee I'm afraid but there's a buffet and an audience of about 60 landlords who'll want to know you!"),
    ("me", "2024-03-01 10:30", "Ha, the buffet sells it. Yes, count me in."),
    ("nrla", "2024-04-22 15:00", "Reminder for Thursday - doors 6pm, you're on at 7. Slides to me by Wednesday if you want them on the big screen."),
])

p("broker", "Neil Barraclough", "Barraclough Insurance Brokers", "Account Executive", connected="2018-07-15")
c("genuine", "existing_vendor_renewal_quote", "en", "block insurance broker with renewal quote", [
    ("broker", "2024-08-06 10:14", "Morning Niamh, renewal terms for Cotton Yard buildings cover are in: £18,420 vs £16,900 last year. Underwriters loaded it for the roof claim. I've got an alternative at £17,650 with a £1k excess instead of £500. Let me know which way the directors want to go."),
    ("me", "2024-08-06 11:02", "Thanks Neil. Send both in writing and I'll put it to the directors tonight."),
    ("broker", "2024-08-06 11:05", "Will do, in your inbox in 10."),
])

p("geofffriend", "Margaret Dunne", "Self-employed", "Landlord", connected="2014-02-18")
c("genuine", "client_contract_renewal", "en", "client renews management contract after a fee change", [
    ("geofffriend", "2024-09-09 14:00", "Niamh, got your letter about fees going to 12% from January. I've been with you lot 10 years so I'm not going anywhere, but can you at least stop charging me the £60 for every inspection report?"),
    ("me", "2024-09-09 15:18", "Margaret, you're a legend. Yes - for landlords on 3+ properties we'll include the inspections. I'll send the new contract over for e-signing."),
    ("geofffriend", "2024-09-10 08:02", "Signed. Tell Joanne I said hello."),
])

p("cleaner", "Sandra Hughes", "Sparkle North West Cleaning", "Operations Manager", connected="2022-01-10")
c("genuine", "contractor_invoice_dispute", "en", "query over a cleaning invoice", [
    ("me", "2024-05-21 09:30", "Hi Sandra, the May invoice for Hulme Works has 4 extra hours for 'bulk waste removal' - I didn't authorise that. Can you check?"),
    ("cleaner", "2024-05-21 11:45", "Hi Niamh, one of the team moved a sofa and mattresses out of the bin store after a resident asked. Should have run it by you, sorry. I'll take it off."),
    ("me", "2024-05-21 11:50", "Thanks. Next time call me - I'll recharge the resident if we know who it was."),
])

p("fra", "Lee Bancroft", "Bancroft Fire Safety", "Fire Risk Assessor", connected="2020-03-03")
c("genuine", "existing_vendor_schedule", "en", "fire risk assessor books annual visits", [
    ("fra", "2024-09-24 12:12", "Hi Niamh, annual FRAs due for Cotton Yard and Hulme Works in October. I can do both on the 15th. Same price as last year, £450 each."),
    ("me", "2024-09-24 13:00", "15th is perfect. I'll get Brian to give you the fob for the plant room."),
])

p("council", "Farah Siddiqui", "Manchester City Council", "Selective Licensing Officer")
c("genuine", "council_licensing", "en", "council officer about licensing inspections", [
    ("council", "2024-07-02 10:40", "Good morning Ms Brennan, I'm arranging compliance inspections for licensed properties in the Moss Side scheme. Your firm is named manager for 4 properties. Could you provide access dates in the week of 22 July?"),
    ("me", "2024-07-02 11:15", "Good morning Farah, yes of course. 23rd or 24th would suit, I'll email the addresses and tenant contact details to your team."),
])

p("junior", "Ellie Barnes", "Crofts Lettings", "Lettings Administrator")
c("genuine", "mentoring_advice", "en", "junior from another agency asks about qualifications", [
    ("junior", "2024-02-27 20:00", "Hi Niamh, sorry for the random message - I saw you're IRPM qualified. I'm 8 months into lettings and thinking about doing the Level 3. Is it worth it or should I go straight to block management?"),
    ("me", "2024-02-28 08:50", "Hi Ellie, not random at all! Do the Level 3 first, it'll make the block stuff make sense. Happy to grab a coffee and tell you what I wish I'd known."),
    ("junior", "2024-02-28 09:15", "That would be amazing, thank you!!"),
])

p("referrer", "Phil Openshaw", "Openshaw Engineering", "Director", connected="2016-10-01")
c("genuine", "client_referral", "en", "landlord refers his sister", [
    ("referrer", "2024-10-21 12:33", "Niamh, my sister Carol is moving to Spain and wants to let her flat in Didsbury. I told her you lot are the only agent who answers the phone. OK if I give her your number?"),
    ("me", "2024-10-21 12:50", "Of course Phil, thank you! Tell her to ask for me directly."),
])

p("blockledger", "Ruth Kenyon", "BlockLedger", "Customer Success Manager", connected="2021-04-19")
c("genuine", "existing_vendor_price_change", "en", "her block software vendor moves her to a new price tier", [
    ("blockledger", "2024-05-13 15:01", "Hi Niamh, as your CSM I wanted to flag personally that from your July renewal we're retiring the Standard plan. You'd move to Growth at £3.10 per unit per month (currently £2.60). That does include the leaseholder app you asked about last year. Can we book 30 mins to go through it?"),
    ("me", "2024-05-13 16:22", "Hi Ruth, that's a 19% jump. We'll need it to come with the Xero sync working properly. Let's talk - Thursday 2pm?"),
    ("blockledger", "2024-05-13 16:30", "Thursday 2pm booked. I'll bring our product lead for the Xero bit."),
])

p("leasehold", "Graham Tattersall", "", "Retired", connected="2023-03-14")
c("genuine", "leaseholder_section20", "en", "leaseholder asks about major works consultation", [
    ("leasehold", "2024-06-25 10:05", "Dear Niamh, I have received the Section 20 notice regarding the window replacement at Cotton Yard. Could you tell me whether the estimate includes scaffolding and when the second stage notice will be sent? I should like to nominate a contractor."),
    ("me", "2024-06-25 11:30", "Dear Graham, yes the estimate includes scaffolding. You have until 30 July to nominate a contractor in writing, and the second-stage notice with the estimates will follow in late August. Happy to talk it through at the AGM."),
    ("leasehold", "2024-06-25 12:00", "Thank you, most helpful."),
])

p("aisha", "Aisha Rahman", "Ancoats Row Property Management", "Block Manager", connected="2021-09-01")
p("mark", "Mark Kenworthy", "Ancoats Row Property Management", "Lettings Manager", connected="2019-04-10")
c("genuine", "colleague_group_social", "en", "team group chat about the Christmas do", [
    ("aisha", "2024-11-18 12:40", "Right. Christmas do. Mackie Mayor or Hawksmoor? I'm not doing the bowling again"),
    ("mark", "2024-11-18 12:45", "Hawksmoor if Joanne's paying 😂"),
    ("me", "2024-11-18 12:52", "Mackie Mayor, everyone can pick what they want. I'll book for the 13th"),
    ("aisha", "2024-11-18 12:53", "legend"),
], title="Office Xmas do 🎄")

p("anniv", "Karen Lythgoe", "Lythgoe & Co Solicitors", "Partner", connected="2013-08-22")
c("genuine", "congrats_work_anniversary", "en", "long-standing solicitor contact congratulates her", [
    ("anniv", "2024-09-02 08:01", "Congrats on 8 years at Ancoats Row Niamh! Still the best managing agent I deal with. Speak soon re the Chorlton lease extension."),
    ("me", "2024-09-02 08:40", "Thanks Karen! Yes - I'll chase the landlord's valuation this week."),
])

p("student", "Ben Fairclough", "Manchester Metropolitan University", "MSc Student")
c("genuine", "student_research", "en", "student asks for a dissertation interview", [
    ("student", "2024-03-26 14:50", "Hi Niamh, I'm doing my MSc dissertation on how managing agents handle damp and mould complaints after Awaab's Law. Would you have 30 minutes for an interview? Totally anonymised."),
    ("me", "2024-03-27 09:10", "Hi Ben, yes happy to help. Next Wednesday afternoon any good?"),
])

p("charity", "Denise Okafor", "Mancunian Homes Trust", "Partnerships Lead", connected="2023-06-06")
c("genuine", "charity_partnership", "en", "local housing charity proposes tenancy sustainment referrals", [
    ("charity", "2024-08-14 11:11", "Hi Niamh, thanks for meeting last week. As promised: our tenancy sustainment team can take referrals from you when a tenant falls 2 months behind, before it goes legal. No cost to you or the landlord. Shall I send the referral form?"),
    ("me", "2024-08-14 12:30", "Yes please Denise, this is exactly what we need. I'll brief the team."),
])

p("agentcap", "Sam Whittaker", "Whittaker & Lowe Estate Agents", "Sales Manager", connected="2020-05-27")
c("genuine", "inbound_lead_capacity", "en", "estate agent asks if she has capacity to manage a block they sold (real work)", [
    ("agentcap", "2024-10-08 16:20", "Hi Niamh, do you have capacity for a new block? We've just sold the freehold of a 12-flat converted mill in Stalybridge to a family trust and they've asked us for a managing agent. Current agent is walking away in December. Can I pass your details on?"),
    ("me", "2024-10-08 17:01", "Hi Sam, yes we'd definitely look at it - Stalybridge is a bit out of our patch but 12 units is worth the drive. Pass them on and I'll send a fee proposal."),
    ("agentcap", "2024-10-08 17:05", "Done, the trustee is Malcolm Pye, he'll ring tomorrow."),
])

p("old_boss", "Trevor Ingham", "Retired", "", connected="2011-10-10")
c("genuine", "long_standing_contact", "en", "her first boss checks in", [
    ("old_boss", "2024-12-02 10:30", "Saw you on the telly talking about rents! Proud of you kid. Hope they're paying you properly at Ancoats Row. Trev"),
    ("me", "2024-12-02 11:45", "Trevor! That's made my week. Still using everything you taught me about never trusting a contractor who says 'should be fine'. Hope Pam's well x"),
], folder="ARCHIVE")

# ---------------------------------------------------------------- wanted_pitch (12)

p("damp_w", "Oliver Bridge", "DryNorth Sensors", "Co-founder")
c("wanted_pitch", "post_referenced_damp_sensors", "en", "references her LinkedIn post about Awaab's Law and mould timelines", [
    ("damp_w", "2024-10-10 09:05", "Hi Niamh, your post last week about Awaab's Law - specifically that the hard part isn't fixing mould but proving when you knew about it - stuck with me. We make small humidity/temperature sensors that log readings per room and timestamp every alert, so you have an audit trail from day one. We're running a free 3-month pilot with two Manchester agents; would Clarence St-type terraces be a fit? No pressure if not."),
    ("me", "2024-10-10 12:40", "Hi Oliver, that's actually the exact headache. What does a pilot need from us - wifi in the property?"),
    ("damp_w", "2024-10-10 13:02", "No wifi needed, they run on a low-power network. Could send 10 units next week."),
])

p("firedoor_w", "Harriet Coyle", "DoorCheck North", "Director")
c("wanted_pitch", "talk_referenced_fire_doors", "en", "fire door inspector who heard her talk at the landlords network", [
    ("firedoor_w", "2024-04-29 10:15", "Hi Niamh, I was in the audience at Central Library last Thursday. When you said flat entrance doors at Cotton Yard are the thing that keeps you up at night because leaseholders swap them for cheap ones - that's our whole job. We do the quarterly communal door checks and annual flat-door checks required since 2023, with a photo log per door. Would a free survey of one floor be useful to see what you're dealing with?"),
    ("me", "2024-04-29 13:20", "Hi Harriet, glad someone was listening! Yes - a one-floor survey would be useful. Let me check with the RMC."),
])

p("web_w", "Callum Roe", "", "Freelance Web Developer")
c("wanted_pitch", "site_visited_web_fix", "en", "freelancer who tried her website's repair form on a phone", [
    ("web_w", "2024-02-12 18:30", "Hi Niamh - bit of a cheeky one. I rent a flat through Ancoats Row (Hulme Works, very happy!) and tried to report a dripping tap through your site on my iPhone. The 'Report a repair' button does nothing on Safari - the photo upload field breaks the form. I'm a freelance dev; I could fix it for a fixed £250, or just tell whoever built it what's wrong. Screenshots if useful."),
    ("me", "2024-02-13 08:45", "Callum, thank you - that explains why repairs via the site have dropped off! Send screenshots and let's talk about the £250."),
])

p("lift_w", "Rob Naylor", "Naylor Lift Consultancy", "Independent Lift Engineer")
c("wanted_pitch", "specific_problem_lift", "en", "consultant names the repeated Cotton Yard lift outages", [
    ("lift_w", "2024-01-16 11:20", "Hello Niamh, I'm an independent lift engineer (20 years with one of the big manufacturers, now consultancy). A resident at Cotton Yard mentioned on the Ancoats community Facebook group that the lift has been out three times since October. I don't do maintenance - I audit maintenance contracts and check whether the contractor is doing what you pay for. Usually the first report pays for itself at contract renewal. Happy to send a sample audit."),
    ("me", "2024-01-16 14:10", "Hi Rob - interesting timing, our contract is up for renewal. Yes please send the sample."),
])

p("acct_w", "Lisa Fenton", "Fenton Service Charge Accounts", "Accountant")
c("wanted_pitch", "mutual_contact_accountant", "en", "service charge accountant introduced via Geoff Whitworth", [
    ("acct_w", "2024-06-10 10:00", "Hi Niamh, Geoff Whitworth suggested I get in touch - I do his personal tax and he mentioned your year-end service charge accounts keep slipping because your current accountant is in Leeds and slow. I specialise in RICS-code service charge accounts for small blocks, fixed fee from £650 per block. Geoff said you'd rather I was straight to the point, so here I am!"),
    ("me", "2024-06-10 11:15", "Ha, that's Geoff all over. He's not wrong though. Can you do a call Friday?"),
])

p("bsr_w", "Andrew Metcalfe", "Metcalfe Building Safety", "Principal Consultant")
c("wanted_pitch", "public_register_building_safety", "en", "consultant cites the Building Safety Regulator register entry", [
    ("bsr_w", "2024-05-02 09:30", "Dear Niamh, I noticed on the public register of higher-risk buildings that Cotton Yard (7 storeys, 19.4m) is registered with Ancoats Row as the contact. The Regulator is starting to call in safety case reports for Manchester buildings this year. We've prepared 14 of them for RMCs of similar size; a fixed-price gap analysis is £1,200. I've attached nothing - happy to talk first if useful."),
    ("me", "2024-05-03 08:20", "Hi Andrew, we've been dreading the call-in. Can you send a scope?"),
])

p("xero_w", "Natasha Pilling", "LedgerBridge", "Founder")
c("wanted_pitch", "tools_referenced_integration", "en", "vendor who knows she uses BlockLedger and Xero", [
    ("xero_w", "2024-05-20 14:00", "Hi Niamh, you mentioned in the BlockLedger user group that the Xero sync drops contractor invoices with split VAT. We built a small connector that fixes exactly that for 3 other BlockLedger agents (it reconciles split-VAT lines nightly). £40/month, cancel anytime. Happy to show you on your own data."),
    ("me", "2024-05-21 09:00", "If that works I'll hug you. Can you demo next week? I'm also meeting BlockLedger on Thursday, curious whether they know."),
])

p("rec_w", "James Turton", "Hartley Housing Search", "Director")
c("wanted_pitch", "recruiter_relevant_role", "en", "recruiter with a relevant head-of-block-management role", [
    ("rec_w", "2024-09-16 12:15", "Hi Niamh, I'm retained by a Manchester housing association to find a Head of Leasehold & Block Management (£58-64k). They specifically want someone who's run Section 20 consultations and dealt with a higher-risk building registration - your post about the Cotton Yard registration is why I'm writing. Totally understand if you're happy where you are; would a confidential chat be useful?"),
    ("me", "2024-09-17 20:30", "Hi James, I'm happy where I am but I'd be daft not to hear more. Confidential chat next week?"),
])

p("bins_w", "Gary Moss", "BinBright Manchester", "Owner")
c("wanted_pitch", "supplier_noticed_site", "en", "bin store cleaner who saw the overflowing bins at Hulme Works", [
    ("bins_w", "2024-07-29 08:40", "Morning Niamh. I do bin washing round Hulme and walked past Hulme Works on Friday - the communal bin store by the car park gate had bags piled outside and the smell was strong (sorry!). Your board says Ancoats Row manage it. We do weekly wash + sanitise for a 6-bin store at £18 a visit. Could also do a one-off deep clean this week if it helps before the council visit."),
    ("me", "2024-07-29 09:30", "Gary, no need to apologise, the residents have been on at me. One-off deep clean this week please and send me the weekly price in writing."),
])

p("snag_w", "Emma Sutcliffe", "Sutcliffe Snagging", "Chartered Surveyor")
c("wanted_pitch", "press_item_snagging", "en", "snagging surveyor who read the press item about the Salford appointment", [
    ("snag_w", "2024-07-05 13:30", "Hi Niamh, saw in Place North West that Ancoats Row have been appointed managing agent for Irwell Quay's Chapel Street block. Congrats! Handover of new-build blocks is where I come in - I do communal area snagging on behalf of the managing agent before you take it on, so defects are the developer's problem not your service charge's. Fee for 24 units plus communal is around £1,800. Worth a chat before September?"),
])

p("portal_w", "Dominic Asante", "NoticeHub", "Head of Sales")
c("wanted_pitch", "forum_comment_software", "en", "leaseholder portal vendor citing her forum comment about Section 20 notices", [
    ("portal_w", "2024-07-15 11:00", "Hi Niamh, on the IRPM forum you wrote that proving delivery of Section 20 notices to absentee leaseholders eats a week every time. NoticeHub sends notices by email + post with tracked proof of delivery, and stores the consultation timeline per block. Given your window replacement at Cotton Yard, the timing may be right. Can I send a 3-minute video rather than a call?"),
    ("me", "2024-07-16 08:30", "Video is fine, thanks Dominic."),
])

p("photo_w", "Zara Mills", "Bright Lets Photography", "Property Photographer")
c("wanted_pitch", "listings_referenced_photos", "en", "photographer who looked at her Rightmove listings", [
    ("photo_w", "2024-08-20 15:45", "Hi Niamh, I was looking at your Rightmove listings - the two-bed on Jersey Street is a cracking flat but the photos are dark and taken on a phone from the doorway, so it looks half the size. I shoot lettings for £95 a property including a floorplan, 24h turnaround. Would you like me to redo Jersey Street for free so you can compare views?"),
    ("me", "2024-08-20 16:10", "Ouch, but fair. Go on then - I'll ask the tenants for access."),
])

# ---------------------------------------------------------------- junk (38)

p("damp_j", "Chris Mallory", "HomeSense IoT", "Business Development")
c("junk", "generic_damp_sensors", "en", "generic counterpart of the damp sensor pitch", [
    ("damp_j", "2024-10-14 10:00", "Hi Niamh, are you worried about damp and mould legislation? Our smart sensors help landlords and property professionals stay compliant. Trusted by hundreds of businesses across the UK. Would you be open to a quick demo this week?"),
    ("damp_j", "2024-10-21 10:00", "Hi Niamh, just bumping this to the top of your inbox. Any interest?"),
])

p("web_j", "Rahul Mehta", "PixelPerfect Solutions", "Business Development Manager")
c("junk", "generic_web_design", "en", "generic web redesign counterpart", [
    ("web_j", "2024-02-19 06:12", "Hello Niamh, I have visited your website and found some issues with design and SEO ranking. We are a team of 50+ developers providing website redesign, mobile app and SEO services at very affordable price. Can I send you our portfolio and price list?"),
])

p("fire_j", "Becky Lowther", "ComplyPro", "Account Executive")
c("junk", "generic_fire_safety_software", "en", "generic fire compliance software counterpart", [
    ("fire_j", "2024-05-06 13:00", "Hi Niamh, with the Building Safety Act now in force, property managers like you are facing more compliance pressure than ever. ComplyPro is the all-in-one platform to manage fire safety, asbestos, legionella and more. Do you have 15 minutes this week for a quick call?"),
])

p("rec_j", "Kieran Dunn", "TopTier Sales Recruitment", "Recruitment Consultant")
c("junk", "generic_recruiter_irrelevant", "en", "recruiter with an unrelated sales role", [
    ("rec_j", "2024-09-20 08:30", "Hi Niamh, hope you're well! I'm working with a fast-growing SaaS scale-up looking for an Enterprise Account Executive (OTE £120k). Your background looks like a great fit. Open to a chat?"),
])

p("leadgen1", "Ashley Grant", "LandlordLeads UK", "Growth Manager")
c("junk", "generic_lead_gen", "en", "generic landlord lead generation pitch", [
    ("leadgen1", "2024-01-24 09:15", "Hi Niamh, we help letting agents win 20+ new landlord instructions every month using our proven outreach system. No retainers, pay per result. Would it make sense to jump on a call?"),
])

p("seo", "Daniel Price", "RankRocket Digital", "Founder")
c("junk", "generic_seo", "en", "generic SEO pitch", [
    ("seo", "2024-03-07 11:45", "Hey Niamh! Quick question - are you getting enough organic leads from Google? We've helped 200+ property businesses hit page 1. I recorded a short audit video for Ancoats Row, want me to send it over?"),
], folder="ARCHIVE")

p("crypto", "Victoria Lane", "Apex Wealth Partners", "Investment Advisor")
c("junk", "off_topic_investment", "en", "off-topic crypto/investment pitch", [
    ("crypto", "2024-04-02 22:10", "Hello dear, I came across your profile and I am impressed with your professional background. I am a financial advisor helping professionals grow their passive income through digital assets with returns of 8-12% monthly. Would you like to learn more?"),
], folder="ARCHIVE")

p("gifts", "Megan Price", "BrandBox Merchandise", "Account Manager")
c("junk", "off_topic_merchandise", "en", "branded merchandise pitch", [
    ("gifts", "2024-11-11 10:20", "Hi Niamh! Christmas is coming 🎁 Have you thought about branded gifts for your clients and team? We do hoodies, mugs, hampers and more with your logo, min order only 25. Shall I send our catalogue?"),
])

p("sameoffer", "Lewis Carter", "NorthStar Property Management", "Business Development Director")
c("junk", "offers_what_she_sells", "en", "pitches lettings and block management services to a managing agent", [
    ("sameoffer", "2024-06-12 09:00", "Hi Niamh, are you tired of dealing with difficult tenants and endless maintenance calls? NorthStar Property Management offers fully managed lettings and block management across Greater Manchester from just 8%. Let us take the stress off your hands. Can we arrange a quick call?"),
])

p("capacity", "Olivia Hart", "Instruct Engine", "Partnerships")
c("junk", "capacity_for_new_clients", "en", "asks if she has capacity for new clients, then pitches lead gen", [
    ("capacity", "2024-08-28 10:05", "Hi Niamh, quick one - does Ancoats Row have capacity to take on new landlords right now?"),
    ("capacity", "2024-09-04 10:05", "Reason I ask: we generate pre-qualified landlord leads for agents in your area, 10-15 a month on a pay-per-lead basis. Would you be open to a trial?"),
])

p("likeminded", "Marcus Bell", "Bell Ventures", "Entrepreneur | Investor | Speaker")
c("junk", "like_minded_entrepreneurs", "en", "let's connect as like-minded entrepreneurs", [
    ("likeminded", "2024-02-02 07:30", "Hi Niamh, I love connecting with like-minded entrepreneurs who are making things happen. I'd love to learn more about what you do and see if there are any synergies. Let's grab a virtual coffee!"),
])

p("quickcall", "Jordan Fisher", "ScaleOps", "Head of Partnerships")
c("junk", "quick_15_minute_call", "en", "quick 15-minute call request", [
    ("quickcall", "2024-03-18 12:00", "Hi Niamh, I'll keep this short. We help property companies streamline operations with automation. Do you have 15 minutes on Thursday or Friday for a quick call? I promise it'll be worth your time."),
    ("quickcall", "2024-03-25 12:00", "Hi Niamh, circling back on my note. Would next week work better?"),
    ("quickcall", "2024-04-02 12:00", "Last try - shall I close your file?"),
])

p("ctp1", "Nathan Price", "CloudVA", "Founder", connected="2024-05-14",
  invite=("IN", "2024-05-13 19:40", "Hi Niamh, always good to connect with people in Manchester property!"))
c("junk", "connect_then_pitch", "en", "small talk, owner replies, pitch for virtual assistants in message 3", [
    ("ctp1", "2024-05-14 09:02", "Thanks for connecting Niamh! How's the Manchester rental market treating you at the moment?"),
    ("me", "2024-05-14 12:15", "Busy! Demand is mad, never enough flats."),
    ("ctp1", "2024-05-15 09:05", "Good problem to have! On that note - we provide trained virtual assistants from the Philippines who can handle your tenant calls, viewings admin and compliance paperwork from £7/hour. Could I send over some profiles?"),
])

p("ctp2", "Sophie Kaur", "TenantBot AI", "Co-founder", connected="2024-06-20",
  invite=("IN", "2024-06-19 21:15", ""))
c("junk", "connect_then_pitch", "en", "thanks for connecting, then AI chatbot pitch", [
    ("ctp2", "2024-06-20 08:30", "Hey Niamh, thanks for accepting! Loved your profile. Hope you're having a good week 🙂"),
    ("ctp2", "2024-06-22 09:10", "By the way, we've built an AI assistant that answers tenant queries 24/7 and cuts calls by 60%. Would you be up for a short demo?"),
])

p("ctp3", "Ryan Whitmore", "EstateFlow CRM", "Account Executive", connected="2024-09-02",
  invite=("IN", "2024-09-01 17:05", "Would love to connect with a fellow property professional."))
c("junk", "connect_then_pitch", "en", "connection note, compliments, CRM pitch", [
    ("ctp3", "2024-09-02 10:00", "Hi Niamh, thanks for connecting. Really impressive what you've built at Ancoats Row!"),
    ("ctp3", "2024-09-03 10:00", "I work with letting agents to replace spreadsheets with one CRM for landlords, tenants and compliance. Are you open to seeing how it could work for your team? Here's my calendar link."),
    ("ctp3", "2024-09-10 10:00", "Hi Niamh, just following up on this one!"),
])

p("ctp4", "Grace Okoye", "Insight Surveys Ltd", "Director", connected="2024-11-19",
  invite=("IN", "2024-11-18 20:30", "Hi Niamh, I see we're both in Manchester property. Let's connect!"))
c("junk", "connect_then_pitch", "en", "small talk about weather, owner answers, then EPC pitch", [
    ("ctp4", "2024-11-19 08:50", "Morning Niamh! Grim weather in Manchester today isn't it, hope you're keeping dry ☔"),
    ("me", "2024-11-19 12:30", "Ha, it's Manchester, it's always raining!"),
    ("ctp4", "2024-11-20 09:00", "Haha true! I wanted to ask - who does your EPCs at the moment? We offer bulk EPC packages for agents from £45 per certificate, with a guaranteed 48h turnaround. Can I send you our rate card?"),
])

p("bump", "Hannah Ridley", "GrowthLabs", "SDR")
c("junk", "follow_up_bumps_no_reply", "en", "three bumps without any reply", [
    ("bump", "2024-07-01 09:00", "Hi Niamh, we help property managers get more 5-star Google reviews automatically. Interested?"),
    ("bump", "2024-07-08 09:00", "Hi Niamh, bumping this in case it got lost."),
    ("bump", "2024-07-15 09:00", "Hi Niamh, I know you're busy - any thoughts?"),
    ("bump", "2024-07-29 09:00", "Hi Niamh, I'll assume this isn't a priority right now. Feel free to reach out whenever!"),
])

# one template sent by five senders with different fills (one in German)
p("tpl1", "Ethan Rowe", "Admin Ally", "Founder")
c("junk", "template_virtual_admin", "en", "template 1/5: 'noticed you're growing' admin outsourcing", [
    ("tpl1", "2024-04-09 08:05", "Hi Niamh, I noticed Ancoats Row is growing fast in Manchester - congrats! Most property managers we speak to spend 15+ hours a week on admin they could hand off. We take that off your plate so you can focus on your landlords. Worth a quick chat?"),
])
p("tpl2", "Chloe Barker", "Admin Ally", "Client Success")
c("junk", "template_virtual_admin", "en", "template 2/5: same template, different sender", [
    ("tpl2", "2024-04-11 08:10", "Hi Niamh, I noticed Ancoats Row Property Management is growing quickly in Manchester, congratulations! Most managing agents we talk to lose 15+ hours every week to admin they could delegate. We take it off your plate so you can focus on your clients. Open to a quick chat?"),
])
p("tpl3", "Tyler Webb", "OffloadHQ", "Partnerships Manager")
c("junk", "template_virtual_admin", "en", "template 3/5: same template, another company", [
    ("tpl3", "2024-04-16 07:55", "Hey Niamh - noticed Ancoats Row is growing fast in the Manchester area, congrats! Most property professionals we speak with spend 15+ hrs per week on admin that could be handed off. We take that off your plate so you can focus on growth. Worth a 10 min chat?"),
])
p("tpl4", "Amber Shaw", "OffloadHQ", "Growth Associate")
c("junk", "template_virtual_admin", "en", "template 4/5: same template, tiny changes", [
    ("tpl4", "2024-04-23 08:20", "Hi Niamh, I noticed your company is growing fast in Manchester - congrats! Most property managers I speak to spend over 15 hours weekly on admin they could hand off. We take that off your plate so you can focus on what matters. Worth a quick chat?"),
])
p("tpl5", "Jonas Hartmann", "BüroPilot GmbH", "Vertrieb")
c("junk", "template_virtual_admin", "de", "template 5/5: same template in German", [
    ("tpl5", "2024-04-25 09:00", "Hallo Niamh, mir ist aufgefallen, dass Ancoats Row in Manchester schnell wächst - Glückwunsch! Die meisten Hausverwaltungen, mit denen wir sprechen, verbringen über 15 Stunden pro Woche mit Verwaltungsaufgaben, die sie abgeben könnten. Wir nehmen Ihnen das ab, damit Sie sich auf Ihre Eigentümer konzentrieren können. Lohnt sich ein kurzes Gespräch?"),
])

# merge-tag failures
p("merge1", "Liam Foster", "SmartKeys", "Sales Lead")
c("junk", "merge_tag_failure", "en", "unfilled {first_name} tag", [
    ("merge1", "2024-02-07 10:30", "Hi {first_name}, I'm reaching out because {company_name} could save hours every week with keyless entry for your properties. Viewings without the key run! Can I send a short video?"),
])
p("merge2", "Natalie Brooks", "CoverRight Insurance", "Broker")
c("junk", "merge_tag_failure", "en", "unfilled [Company] tag", [
    ("merge2", "2024-06-05 14:15", "Dear Niamh, I've been reviewing landlord insurance options for businesses like [Company] and believe we could cut your premiums by up to 30%. Would you be open to a no-obligation quote?"),
])
p("merge3", "Connor Hale", "VoidFill Marketing", "Director")
c("junk", "merge_tag_wrong_name", "en", "wrong first name in the greeting", [
    ("merge3", "2024-08-12 11:00", "Hi Sarah, loved what you're doing at Ancoats Row! We help letting agents fill void periods 40% faster with targeted social ads. Fancy a quick call this week?"),
])
p("merge4", "Isla Martin", "Clarity Accounts", "Business Development")
c("junk", "merge_tag_wrong_company", "en", "wrong company name in the pitch", [
    ("merge4", "2024-10-30 09:45", "Hi Niamh, I came across Bridgewater Homes and was really impressed by your growth. We provide outsourced bookkeeping for estate agencies - would you be interested in a free review of your current setup?"),
])

# sponsored InMail
p("spon1", "PropTech Summit", "PropTech Summit", "", url="https://www.linkedin.com/company/proptech-summit-uk")
c("junk", "sponsored_inmail", "en", "sponsored conversation for a conference ticket", [
    ("spon1", "2024-03-14 12:00", "<p>Hi Niamh,</p><p>Join 2,000+ property leaders at PropTech Summit London. Use code <b>EARLY30</b> for 30% off delegate passes &ndash; this week only.</p><p><a href=\"https://example.com\">Book now</a></p>"),
], title="Sponsored Conversation", subject="30% off PropTech Summit passes")
p("spon2", "Lettly", "Lettly", "", url="https://www.linkedin.com/company/lettly-software")
c("junk", "sponsored_inmail", "en", "sponsored conversation for lettings software trial", [
    ("spon2", "2024-07-18 12:00", "<p>Hi Niamh,</p><p>Still juggling spreadsheets? Lettly automates rent collection, reminders &amp; compliance in one place.</p><p>Start your free 14-day trial today.</p>"),
], title="Sponsored Conversation", subject="Your free trial is waiting")
p("spon3", "Northway Business Bank", "Northway Business Bank", "", url="https://www.linkedin.com/company/northway-business-bank")
c("junk", "sponsored_inmail", "en", "sponsored business banking offer", [
    ("spon3", "2024-10-03 12:00", "<p>Hi Niamh,</p><p>Open a business account with Northway in 10 minutes and get &pound;200 cashback when you switch.</p><p>T&amp;Cs apply.</p>"),
], title="Sponsored Conversation", subject="£200 for switching")

p("award", "Felicity Grant", "UK Property Excellence Awards", "Awards Director")
c("junk", "paid_award", "en", "award shortlist that needs an entry fee", [
    ("award", "2024-05-28 10:00", "Congratulations Niamh! Ancoats Row Property Management has been shortlisted for 'Block Manager of the Year - North West' at the UK Property Excellence Awards 2024. To confirm your place as a finalist, please complete your entry pack (entry fee £495 + VAT, includes one gala dinner seat). Deadline Friday!"),
])

p("podcast", "Jake Morrison", "The Property Hustle Podcast", "Host")
c("junk", "paid_podcast_slot", "en", "podcast guest slot with a production fee", [
    ("podcast", "2024-06-26 16:00", "Hey Niamh! We'd love to have you as a featured guest on The Property Hustle Podcast (50k+ listens). Guests get a professionally edited episode, social clips and a feature article. There's a small production contribution of £350. Shall I send the booking link?"),
])

p("magazine", "Olivia Stone", "Leaders in Property Magazine", "Features Editor")
c("junk", "paid_feature", "en", "magazine 'top 50' feature that costs money", [
    ("magazine", "2024-09-05 09:15", "Dear Niamh, our editorial team has selected you for our 'Top 50 Women in Property 2024' feature. Featured profiles include a full-page interview and digital certificate. The publication package is £795. Please confirm by the 15th to secure your page."),
])

p("fluent1", "Harry Lawson", "Meridian Growth Partners", "Managing Partner")
c("junk", "fluent_generic_naming_company", "en", "fluent but generic, names her company", [
    ("fluent1", "2024-01-17 08:00", "Hi Niamh, I've been following Ancoats Row Property Management for a while and it's clear you've built something special in the Manchester market. Businesses at your stage often hit a ceiling where the founders are stretched thin and growth stalls. We partner with ambitious firms to unlock the next level through strategy, systems and leadership coaching. Would you be open to exploring what that could look like for Ancoats Row?"),
])

p("fluent2", "Rebecca Hollis", "Amplify Comms", "Director")
c("junk", "fluent_generic_naming_company", "en", "polished PR pitch naming the company, could go to anyone", [
    ("fluent2", "2024-08-08 13:30", "Hi Niamh, Ancoats Row clearly has a strong story to tell - trusted, local, people-first. But in a crowded market, great firms often stay invisible. Our PR retainers get property businesses featured in national press and trade titles within 90 days. Would you like to hear how we'd position Ancoats Row?"),
])

p("solar", "Dylan Reid", "SunPath Energy", "Energy Consultant")
c("junk", "off_topic_solar", "en", "domestic solar panels pitch", [
    ("solar", "2024-05-09 18:00", "Hi Niamh, with energy prices still high, now is the perfect time to go solar. We're offering free home surveys in Greater Manchester this month with 0% finance. Are you a homeowner?"),
])

p("franchise", "Owen Clarke", "Keystone Lettings Franchise", "Franchise Development")
c("junk", "off_topic_franchise", "en", "franchise opportunity pitch", [
    ("franchise", "2024-11-26 11:00", "Hi Niamh, have you ever thought about running your own lettings business? Keystone franchise owners earn £80k+ in year two with our full support package. We have territories available in Cheshire. Fancy a chat?"),
])

p("va2", "Maria Santos", "GlobalStaff Solutions", "Recruitment Officer")
c("junk", "generic_offshore_staffing", "en", "offshore staffing generic", [
    ("va2", "2024-12-04 03:20", "Good day Niamh! We provide skilled remote staff for property management: accounting, tenant support, data entry. Save up to 70% on staffing cost. Please let me know if you are interested, thank you!"),
])

p("gen15", "Ollie Shepherd", "Boost Ventures", "Co-founder")
c("junk", "quick_call_growth", "en", "generic 'book a call' growth pitch with calendar link", [
    ("gen15", "2024-10-17 15:00", "Niamh - quick question. If I could show you how to add £10k in monthly revenue to your agency in 90 days, would that be worth a 15-min call? Grab a slot here: calendly link"),
])

p("dataclean", "Ruby Chambers", "DataPulse", "Growth")
c("junk", "generic_data_list", "en", "selling a landlord contact list", [
    ("dataclean", "2024-12-10 10:40", "Hi Niamh, would you be interested in a verified list of 12,000 landlords in the North West with emails and phone numbers? Perfect for your next campaign. Sample available on request."),
])

if __name__ == "__main__":
    ex.write(
        OUT,
        {"First Name": "Niamh", "Last Name": "Brennan",
         "Headline": "Property Manager at Ancoats Row | Lettings & Block Management | IRPM",
         "Summary": "Looking after landlords, leaseholders and tenants across Manchester since 2011. "
                    "Blocks in Ancoats, Hulme and Salford, lettings across south Manchester.",
         "Industry": "Real Estate", "Geo Location": "Manchester, England, United Kingdom",
         "Websites": "[COMPANY:ancoatsrow.example]"},
        [{"Company Name": "Ancoats Row Property Management", "Title": "Property Manager",
          "Description": "Block management for RMCs and lettings for private landlords.",
          "Location": "Manchester", "Started On": "Sep 2016", "Finished On": ""},
         {"Company Name": "Ingham & Sons Lettings", "Title": "Lettings Negotiator",
          "Description": "", "Location": "Stockport", "Started On": "Oct 2011",
          "Finished On": "Aug 2016"}],
        ["Block Management", "Residential Lettings", "Service Charge Budgets",
         "Section 20 Consultation", "Building Safety", "Tenant Relations"],
    )
    print(ex.summary())

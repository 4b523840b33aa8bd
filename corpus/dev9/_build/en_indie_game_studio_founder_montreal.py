"""dev9 persona (written blind as heldout13, session 3): Noémie Castonguay, founder of a 9-person indie game studio in Montréal.

Written by hand, blind to the detector (session 3). 2021 export layout, English with a few
French words (plus one German mass template). Running this script regenerates
../en-indie-game-studio-founder-montreal byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-indie-game-studio-founder-montreal"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Noémie Castonguay",
               "https://www.linkedin.com/in/noemie-castonguay-saplingforge")
x = Export(SLUG, "2021", owner)
P = x.person

# ---------------------------------------------------------------- people
# long-standing contacts and colleagues
P("marc", "Marc-Olivier Dufresne", "Sapling Forge Games", "Technical Director", connected="2016-04-11")
P("hana", "Hana Okafor", "Brightmoor Publishing", "Head of Acquisitions", connected="2019-11-02")
P("devin", "Devin Ruelle", "Orbis Console Network", "Partner Manager, Indie Program", connected="2018-06-20")
P("isa", "Isabelle Fortier", "Festival Pixelles Nord", "Programming Director", connected="2017-09-14")
P("karim", "Karim Haddad", "Fonds Créatif Numérique du Québec", "Program Officer", connected="2019-03-28")
P("theo", "Théo Lambert", "", "Composer & Sound Designer (freelance)", connected="2017-02-08")
P("greta", "Greta Sundqvist", "Northlight QA Co-op", "Account Lead", connected="2019-08-19")
P("aurelie", "Aurélie Boisvert", "Musée de la Navigation de Lévis", "Digital Projects Manager", connected="2021-02-03")
P("sam", "Samir Benali", "Loop & Lantern Studio", "Co-founder", connected="2018-10-01")
P("jen", "Jennifer Achterberg", "Keystone Talent Partners", "Senior Recruiter, Games", connected="2020-11-12")
P("lucas", "Lucas Pereira-Nault", "", "Level Designer", invite=("IN", "2021-05-03 21:14", "Hi Noémie, I applied for the level design role, would love to connect."), connected="2021-05-04")
P("riya", "Riya Mehta", "Pixel Press Weekly", "Staff Writer", connected="2021-04-21")
P("jo", "Jo Whitcombe", "Hollow Pine Games", "Producer", connected="2019-01-15")
P("amara", "Amara Diallo", "", "Narrative Designer", connected="2018-05-30")
P("pete", "Pete Kowalczyk", "Ubiquity Montréal", "Senior Art Director", connected="2014-07-02")
P("louise", "Louise Tremblay", "Tremblay Gagnon CPA", "Partner", connected="2017-12-04")
P("ben", "Benoît Arsenault", "Arsenault Avocats", "Lawyer, entertainment & IP", connected="2019-02-19")
P("mika", "Mika Laurent", "", "Voice Director", connected="2020-01-09")
P("chloe", "Chloé Vachon", "Université de Montréal", "Lecturer, Game Design", connected="2018-09-03")
P("ray", "Ray Osei", "", "Streamer (cozy games)", connected="2021-06-02")
P("nadia", "Nadia Kourosh", "Sapling Forge Games (former)", "Gameplay Programmer", connected="2017-03-22")
P("olu", "Olumide Adeyemi", "Harbourlight Ventures", "Associate", connected="2021-03-10")
P("fred", "Frédérique Paquin", "", "Localization (FR) freelance", connected="2016-11-23")
P("emma", "Emma Lindqvist", "Brightmoor Publishing", "Producer", connected="2020-03-02")
P("tomas", "Tomás Herrera", "Quarry Lane Games", "Studio Head", connected="2020-10-10")
P("wei", "Wei Zhang", "Cascadia Game Collective", "Organizer", connected="2018-04-19")
P("ana", "Ana Costa", "", "Community Manager (contract)", connected="2020-07-15")
P("ilse", "Ilse Vermeulen", "Steamline Store Ops", "Curator Relations", connected="2020-12-01")
P("colin", "Colin MacAuley", "Concordia University", "Professor, Computation Arts")
P("yves", "Yves Bélanger", "Espace Cowork Mile-Ex", "Community Lead", connected="2019-06-06")
P("dina", "Dina Roussel", "", "Indie dev", connected="2020-02-14")
P("kenji", "Kenji Watanabe", "", "Technical Artist", connected="2021-06-25")
# wanted pitches
P("liam", "Liam Gallagher-Holt", "Tessellate Ports", "Business Development", connected="2021-03-16")
P("sofia", "Sofia Reinholt", "Wordbridge Localization", "Partner", connected="2021-05-20")
P("ollie", "Oliver Brandt", "", "Trailer Editor (freelance)")
P("ryo", "Ryo Tanaka", "Sonority Audio Tools", "Developer Relations", connected="2021-02-08")
P("hugo", "Hugo St-Pierre", "Pixelcraft Talent", "Recruiter, Tech Art & Rendering")
P("marie", "Marie-Claude Roy", "Roy Comptabilité Multimédia", "CPA, tax credits", connected="2021-07-06")
P("elena", "Elena Varga", "Playgroup Testing", "Founder")
P("nate", "Nate Okonkwo", "DeckCheck Compatibility Lab", "Test Lead")
P("pia", "Pia Harmsen", "Enamel & Ink Merch", "Owner")
P("gus", "Gus Ferreira", "", "Community & Discord moderation (freelance)")
P("lena", "Lena Kowalski", "Boothwright Exhibits", "Project Manager")
P("adrien", "Adrien Moreau", "Moreau Legal Studio", "Games contract lawyer")
# junk
P("brad", "Brad Keller", "Apex Dev Outsourcing", "VP Sales")
P("priya", "Priya Raman", "Codeharbor Solutions", "Business Development Executive")
P("kevin", "Kevin Marsh", "GrowthLoop Agency", "Founder & CEO")
P("lisa", "Lisa Novak", "ErgoNest Office", "Sales Consultant")
P("dmitri", "Dmitri Volkov", "ChainPlay Labs", "Head of Partnerships")
P("jake", "Jake Thornton", "Thornton Ventures", "Serial Entrepreneur | Investor | Speaker")
P("chad", "Chad Rivers", "PipelineBoost", "Growth Consultant", connected="2021-04-06", invite=("IN", "2021-04-05 19:02", ""))
P("mel", "Melanie Fox", "Bright Arc Media", "Partnerships", connected="2021-06-14", invite=("IN", "2021-06-13 08:40", "Hi Noémie! Fellow game lover here :)"))
P("tariq", "Tariq Aziz", "ScaleForge Partners", "Managing Partner", connected="2021-08-23", invite=("IN", "2021-08-22 16:11", ""))
P("rob", "Rob Delaney", "FundFlow Capital", "Director")
P("arjun", "Arjun Kapoor", "PixelPerfect Outsourcing", "Sales Manager")
P("sven", "Sven Aalto", "NordicArt Factory", "Business Developer")
P("maria", "Maria Ionescu", "ArtPulse Studio", "Client Partner")
P("vik", "Vikram Shah", "Artisan Pixel Co", "Account Executive")
P("jurgen", "Jürgen Maier", "Kunstwerk Outsourcing GmbH", "Vertrieb")
P("tom", "Tom Bradley", "LocaleNow", "Sales Director")
P("steph", "Stephanie Walsh", "BookWise Accounting", "Client Success")
P("derek", "Derek Hall", "TalentSurge", "Executive Recruiter")
P("ahmed", "Ahmed Saleh", "QA Force Global", "BD Manager")
P("carla", "Carla Jimenez", "Indie Excellence Awards", "Awards Coordinator")
P("gary", "Gary Pulaski", "The Founder Grind Podcast", "Host")
P("nina", "Nina Petrova", "GameDev Leaders Magazine", "Editorial Partnerships")
P("max", "Max Holloway", "LeadSpring", "SDR")
P("paula", "Paula Greene", "PortMaster Studios", "Partnerships")
P("zoe", "Zoe Chambers", "Synergy Collective", "Connector")
P("ian", "Ian Frost", "SolarBright Solutions", "Energy Advisor")
P("omar", "Omar Faris", "Velocity Apps", "Project Coordinator")
P("tina", "Tina Brooks", "Kinetic Game Studio", "Business Development")
P("alex", "Alex Morgan", "ReachHub", "Outreach Specialist")
P("rachel", "Rachel Kim", "BrandSpark", "Strategist")
P("victor", "Victor Lang", "Apex Merch Direct", "Sales")
P("hector", "Hector Ruiz", "FXTrade Pro", "Wealth Mentor")
P("lumen", "Lumen Analytics", url="https://www.linkedin.com/company/lumen-analytics-ads")
P("cloudcart", "CloudCart Commerce", url="https://www.linkedin.com/company/cloudcart-commerce")
P("stackly", "Stackly HR", url="https://www.linkedin.com/company/stackly-hr")

C = x.conv

# ---------------------------------------------------------------- genuine
C("genuine", "publisher_contract", "en", "publisher negotiating revenue share and milestone payments (contract talk)", [
    ("hana", "2021-03-04 15:12", "Hi Noémie! Revised term sheet for Tidewake console + PC is in your inbox. We moved on the recoup: 70/30 in your favour after recoup, and we can front the port at 180k instead of 150k. Milestone 2 would slip to September though. Thoughts before Friday?"),
    ("me", "2021-03-04 17:40", "Thanks Hana, that's a real move. 180k covers the port if Tessellate or whoever we pick doesn't blow up the memory budget. I'd want M2 tied to cert submission, not to 'content complete', we got burned on that definition last time. Can we talk Thursday?"),
    ("hana", "2021-03-04 18:02", "Thursday 2pm ET works. I'll loop Emma in for the milestone language."),
    ("me", "2021-03-05 09:15", "Parfait, see you then."),
])
C("genuine", "publisher_producer", "en", "publisher producer on build review and a milestone invoice", [
    ("emma", "2021-05-11 10:30", "Hey! Played build 0.7.2 over the weekend. The fog rework is gorgeous. Two crashes on the harbour level though, logs attached to the Jira. Also finance asks for the M2 invoice with the PO number this time, they bounced the last one."),
    ("me", "2021-05-11 11:02", "Ugh sorry about the PO. Resending today. Marc is on the crashes."),
    ("emma", "2021-05-11 11:05", "No stress 🙂"),
])
C("genuine", "platform_rep", "en", "console platform partner manager offering a showcase slot and dev kits", [
    ("devin", "2021-01-19 14:00", "Hi Noémie, happy new year. We're putting together the spring indie showcase and Tidewake came up in our internal list. Would you be interested in a 45-second slot? We'd need a trailer cut by March 1. Also: your second dev kit request got approved, it ships next week."),
    ("me", "2021-01-19 16:33", "Devin!! Yes, absolutely yes. March 1 is tight but doable. Who do I send the trailer to?"),
    ("devin", "2021-01-20 09:10", "Me directly, plus our ratings contact. I'll send the spec sheet (loudness, safe areas etc). Congrats, you earned this one."),
])
C("genuine", "festival_invitation", "en", "festival programming director (long-time contact) invites to showcase and panel", [
    ("isa", "2021-06-28 12:20", "Salut Noémie! The jury picked Tidewake for the Pixelles Nord showcase in October. Booth is free for selected games, we cover one hotel night. Also, any chance you'd moderate the 'small studios, big ports' panel? Totally ok to say no."),
    ("me", "2021-06-28 13:01", "Oh wow, merci Isa! Booth yes. Panel... yes, but I'd want Samir from Loop & Lantern on it, he's ported more than anyone I know."),
    ("isa", "2021-06-28 13:15", "Great idea, I'll ask him. Details by email next week."),
])
C("genuine", "funding_body", "en", "program officer from the funding body about the application and reporting", [
    ("karim", "2021-02-15 09:45", "Bonjour Noémie, quick one: your production-phase application is complete except the cash-flow table for year 2. The committee meets March 22, so I'd need it by the 10th. Also the final report for the prototype grant is still marked as pending on our side."),
    ("me", "2021-02-15 10:20", "Bonjour Karim, the report went in December, I'll resend the confirmation. Cash flow table by the 5th, promise."),
    ("karim", "2021-02-16 08:55", "Found it, it was misfiled. Sorry about that! Waiting for the table then."),
    ("karim", "2021-03-24 11:00", "Unofficially: good news is coming. Official letter this week."),
    ("me", "2021-03-24 11:12", "!!!! I will pretend I didn't read this until the letter arrives 😅 Merci."),
])
C("genuine", "vendor_price_change", "en", "long-time freelance composer announcing his day rate goes up (existing vendor price change)", [
    ("theo", "2021-01-07 20:15", "Hey Noé, bonne année. Heads up before we plan Tidewake's act 3 score: I'm raising my day rate from 550 to 625 starting April. Anything booked before then stays at the old rate. Didn't want you to find out from an invoice."),
    ("me", "2021-01-08 08:40", "Fair, honestly you were cheap. Let's book the act 3 sessions for March then, ha. Send me dates?"),
    ("theo", "2021-01-08 09:02", "March 8-19 works. I'll pencil it."),
])
C("genuine", "vendor_price_change", "en", "existing QA vendor explains new pricing tiers for next contract", [
    ("greta", "2021-04-20 13:30", "Hi Noémie, our co-op voted on new rates for 2021-22 contracts: functional testing goes to $38/h (from $35), compliance passes stay flat. Your current SOW runs to end of June, so nothing changes there. Happy to walk you through the renewal options on a call whenever."),
    ("me", "2021-04-21 10:05", "Thanks Greta. Makes sense. We'll want a compliance pass in August for the console cert, can you hold a slot? Let's talk renewal in June."),
    ("greta", "2021-04-21 10:40", "Holding Aug 9-20 for you."),
])
C("genuine", "inbound_lead_quote", "en", "museum wants to commission an educational game and asks for a quote (inbound buyer)", [
    ("aurelie", "2021-02-03 15:50", "Bonjour Ms Castonguay, I'm the digital projects manager at the Musée de la Navigation in Lévis. We loved Tidewake's demo and are planning a small interactive piece for our new St. Lawrence pilots exhibition (touchscreen kiosk, 10 minutes of play, bilingual). Would Sapling Forge take a commission like this? If so could you give us a ballpark quote? Our budget cycle closes in April."),
    ("me", "2021-02-03 18:22", "Bonjour Aurélie, what a lovely project. We do take a few commissions a year. For a 10-min bilingual kiosk piece reusing our water tech, ballpark is 60-85k depending on art scope. Could we set up a call next week to see the space and constraints?"),
    ("aurelie", "2021-02-04 09:10", "That fits our envelope. Tuesday morning? I can send floor plans."),
    ("me", "2021-02-04 09:30", "Tuesday 10h works."),
    ("aurelie", "2021-03-19 14:00", "The board approved! Can you send the formal quote and a contract draft to our procurement address?"),
])
C("genuine", "inbound_lead_licensing", "en", "school board teacher asking to buy classroom licences of the previous game", [
    ("colin", "2021-08-30 11:25", "Hi Noémie, I teach an intro games course at Concordia and use Moth & Lantern as a case study on environmental storytelling. Is there a way to buy ~40 licences for the lab machines? Happy to pay education or full price, whatever is simplest. Thanks!"),
    ("me", "2021-09-01 09:00", "Hi Colin, that's so nice to hear. We can do a site licence, I'll send you a quote, probably around half the retail per seat. Who handles purchasing on your side?"),
    ("colin", "2021-09-01 12:40", "Our department admin, I'll cc her. Merci!"),
], folder="SPAM")
C("genuine", "peer_joint_offer", "en", "peer studio founder proposes a joint booth and bundle (joint offer)", [
    ("sam", "2021-07-05 19:30", "Noé. Crazy idea: we share a double booth at the Toronto expo and do a 'Québec cozy' bundle on the store at the same time. Split costs 50/50, booth is 6k total. Our audiences overlap like 80%."),
    ("me", "2021-07-05 21:02", "Not crazy at all. Who runs the bundle pricing? I don't want to undercut our own launch discount."),
    ("sam", "2021-07-06 08:15", "We'd set it together obviously. Beer Thursday to sketch it?"),
    ("me", "2021-07-06 08:20", "Dieu-du-Ciel at 6?"),
    ("sam", "2021-07-06 08:21", "👍"),
])
C("genuine", "recruiter_engaged", "en", "recruiter the owner hired to find a senior gameplay programmer", [
    ("me", "2021-01-25 10:00", "Hi Jennifer, following our call: we're looking for a senior gameplay programmer, Unity, ideally someone who's shipped on console. Hybrid Montréal. Salary band 95-110k. Your fee of 18% works for us."),
    ("jen", "2021-01-25 14:30", "Thanks Noémie, got the brief. I have two people in mind already. I'll send profiles by end of next week."),
    ("jen", "2021-02-05 16:10", "Sent you three profiles. Candidate B (ex-Quarry Lane) is available in 4 weeks and very keen on narrative games."),
    ("me", "2021-02-06 09:30", "B looks great. Can we do interviews Wednesday?"),
])
C("genuine", "applicant", "en", "applicant for the level design role asks about his application", [
    ("lucas", "2021-05-04 08:20", "Hi Noémie, thanks for connecting. I applied last week for the level designer job through your site. I attached a portfolio with three blockouts, one is a harbour level inspired by Tidewake's demo (hope that's not weird). Happy to do a test if useful!"),
    ("me", "2021-05-06 17:45", "Not weird at all, the harbour one is actually really good. Marc will send you a short design test Monday."),
    ("lucas", "2021-05-06 18:01", "Amazing, thank you so much!"),
])
C("genuine", "journalist", "en", "journalist asks for an interview about the port and funding", [
    ("riya", "2021-04-21 13:15", "Hi Noémie, I'm writing a feature on small Canadian studios going to console. Could I interview you for 30 minutes next week? Mostly about how you financed the Tidewake port and what you'd tell others."),
    ("me", "2021-04-21 15:50", "Sure! Wednesday afternoon works. I can talk about the funding side but not the publisher numbers, NDA."),
    ("riya", "2021-04-21 16:00", "Totally understood. Wednesday 3pm?"),
])
C("genuine", "congrats_after_event", "en", "congrats after her talk at the Montréal indie summit (1 of 3 near-duplicates)", [
    ("jo", "2021-05-27 21:10", "Great talk today! The bit about cutting features to save the port was so honest. Thanks for sharing."),
    ("me", "2021-05-28 08:30", "Thanks Jo! Glad it landed."),
])
C("genuine", "congrats_after_event", "en", "congrats after her talk (2 of 3 near-duplicates)", [
    ("amara", "2021-05-27 21:45", "Great talk today Noémie!! The feature-cutting part was so honest, thank you for sharing that."),
])
C("genuine", "congrats_after_event", "en", "congrats after her talk (3 of 3 near-duplicates)", [
    ("dina", "2021-05-28 07:50", "Thanks for the talk yesterday, really honest stuff about cutting features. Saved your slides!"),
    ("me", "2021-05-28 08:35", "Merci Dina 🙏"),
])
C("genuine", "former_boss", "en", "long-standing contact from her AAA years, catching up", [
    ("pete", "2020-12-18 18:30", "Saw the Tidewake trailer on my feed. Proud of you kid. When are we getting that lunch we've been promising since 2019?"),
    ("me", "2020-12-19 10:00", "Pete! Ha, 'kid'. January? I owe you one for the art reviews anyway."),
    ("pete", "2020-12-19 10:30", "January it is. You pick the place, I pay."),
])
C("genuine", "accountant", "en", "her accountant on tax credit claim and documents", [
    ("louise", "2021-06-01 09:10", "Bonjour Noémie, for the multimedia tax credit claim I still need the timesheets for Q4 2020 for Kenji and Ana. Deadline with the agency is the 30th."),
    ("me", "2021-06-01 12:30", "On it, I'll upload them to the shared folder tonight."),
])
C("genuine", "lawyer", "en", "her lawyer reviewing the publisher contract", [
    ("me", "2021-03-08 09:00", "Hi Benoît, sending you the Brightmoor term sheet v3. Main worries: IP reversion clause and the audit rights. Could you look before Thursday? Same hourly as usual is fine."),
    ("ben", "2021-03-09 17:20", "Looked at it. Reversion after 7 years is long, push for 5 with a sales floor. Audit rights are standard. Notes in the doc."),
    ("me", "2021-03-09 18:00", "You're the best, merci."),
])
C("genuine", "contractor_voice", "en", "voice director on casting and session costs", [
    ("mika", "2021-07-19 14:00", "Hey! I've got three options for the harbour master voice. Union rates for all, session is 4h each. Quote for the whole act 2 cast is in the sheet, came out ~10% under what we estimated."),
    ("me", "2021-07-19 16:15", "Under estimate?? Who are you. Sending the sheet to Hana for sign-off."),
])
C("genuine", "guest_lecture", "en", "university lecturer invites her to guest lecture", [
    ("chloe", "2021-09-13 10:00", "Salut! Would you come talk to my 3rd-year game design class in November? 90 minutes, topic is up to you, we pay a small honorarium. Students would love Tidewake's fog system postmortem."),
    ("me", "2021-09-13 11:40", "Avec plaisir. Any Thursday in November except the 18th."),
])
C("genuine", "streamer_coverage", "en", "cozy streamer asks for an early key, genuine creator contact", [
    ("ray", "2021-06-02 20:00", "Hi! I stream cozy games to about 4k regulars, played your demo during Next Fest and chat loved the fog. Any chance for an early access key when it launches? No pressure!"),
    ("me", "2021-06-03 09:30", "Of course! I'll add you to the creator list, keys go out a week before launch."),
    ("ray", "2021-06-03 09:45", "yesss thank you 🐟"),
])
C("genuine", "reference_request", "en", "former employee asks for a reference", [
    ("nadia", "2021-08-10 12:00", "Hey Noémie! Hope the studio is thriving. I'm interviewing at Quarry Lane for a lead role, would you be ok being a reference? They might call next week."),
    ("me", "2021-08-10 13:15", "Of course Nadia! You'll be great. Give them my cell."),
])
C("genuine", "investor_intro", "en", "VC associate she met at a demo day follows up, she's curious", [
    ("olu", "2021-03-10 16:00", "Great meeting you at the demo day. As promised, here's our thesis doc on narrative games. No agenda, but if you ever consider raising for the next project, I'd love to be an early conversation."),
    ("me", "2021-03-11 09:20", "Thanks Olumide, I'll read it. Not raising this year but I'll keep you in mind for 2022."),
])
C("genuine", "translator_friend", "en", "long-time localization freelancer friend, small talk and a job", [
    ("fred", "2021-02-22 19:40", "Coucou! The FR strings for 0.7 are done, 11k words. Invoice coming. Also, did you see Jo's new game? lol the frog."),
    ("me", "2021-02-22 20:10", "THE FROG. Merci Fred, you're a star."),
])
C("genuine", "peer_advice", "en", "peer studio head asks for advice on funding applications", [
    ("tomas", "2021-04-02 13:00", "Hey, we're applying to the Fonds for the first time. Any advice? And who was your program officer?"),
    ("me", "2021-04-02 14:30", "Karim Haddad, he's lovely. Advice: get the cash-flow table right, that's what they check first. Happy to look at your draft."),
    ("tomas", "2021-04-02 14:35", "You're a lifesaver."),
])
C("genuine", "group_founders", "en", "group chat of local indie founders organizing a meetup", [
    ("wei", "2021-07-22 10:00", "Meetup in August? Thinking the 19th at the Mile-Ex cowork."),
    ("sam", "2021-07-22 10:12", "I'm in."),
    ("me", "2021-07-22 10:30", "In. I'll bring the Tidewake build for people to break."),
    ("dina", "2021-07-22 11:05", "yes!!"),
], title="MTL indie founders", extra=["tomas"])
C("genuine", "community_manager", "en", "contract community manager asks about invoice and Discord plan", [
    ("ana", "2021-05-31 17:00", "Hi! Sent May invoice. Also the Discord is at 6k now, I think we need a second moderator before launch. Can I look for someone?"),
    ("me", "2021-05-31 18:20", "Yes please, budget up to 20h/month for it."),
])
C("genuine", "store_curator", "en", "store ops curator relations contact about a festival feature", [
    ("ilse", "2021-01-28 15:00", "Hi Noémie, the cozy games event in February has a spot for Tidewake's demo if you can have the store page assets updated by Feb 10. Just confirm and I'll put you on the list."),
    ("me", "2021-01-28 15:45", "Confirmed! Thank you Ilse."),
])
C("genuine", "cowork", "en", "coworking space community lead about renting a second room", [
    ("yves", "2021-08-03 09:00", "Salut Noémie, the room next to yours frees up Sept 1. You mentioned you'd need space for the two new hires. Same rate as your current one, 1,450/month. Want it?"),
    ("me", "2021-08-03 09:40", "Oui! Can we sign next week?"),
])
C("genuine", "owner_started_porting_quote", "en", "owner reaches out to a peer studio to ask about their porting partner", [
    ("me", "2021-02-12 11:00", "Hi Jo, quick q: who did your console port for Hollow Pine's last game? Were they good on memory optimization? We're picking a partner."),
    ("jo", "2021-02-12 13:20", "Tessellate Ports. Solid, a bit pricey, very good on memory. Ask for Liam."),
    ("me", "2021-02-12 13:30", "Merci!"),
])
C("genuine", "new_hire_welcome", "en", "new technical artist hire before start date", [
    ("kenji", "2021-06-25 12:00", "Thanks for the offer! Signed and sent back. See you on July 12. Should I bring my own tablet?"),
    ("me", "2021-06-25 12:30", "Welcome!! We have a Cintiq waiting for you. Bienvenue 🎉"),
])
C("genuine", "colleague_smalltalk", "en", "long-standing colleague (technical director) about a conference trip", [
    ("marc", "2021-09-20 22:10", "Are we both going to the Toronto expo or just you? If both, I'll book the train."),
    ("me", "2021-09-20 22:20", "Both! Sam is sharing the booth with us."),
])
C("genuine", "dev_peer_feedback", "en", "fellow indie dev asks for playtest swap", [
    ("dina", "2021-09-02 16:00", "Hey, want to swap playtests? I'll play Tidewake 0.9 if you play my puzzle thing. 30 min each."),
    ("me", "2021-09-02 17:10", "Deal. Next Tuesday?"),
])
C("genuine", "festival_logistics", "en", "festival logistics after confirmation", [
    ("isa", "2021-09-28 10:00", "Hi! Booth map attached, you're B12. Load-in is Thursday 2-6pm. Need power for 3 screens?"),
    ("me", "2021-09-28 10:30", "4 screens please, and one extra table if you have it."),
])

# ---------------------------------------------------------------- wanted pitches
C("wanted_pitch", "porting_post_reference", "en", "porting studio cites her post about the memory budget problem of the console port", [
    ("liam", "2021-03-16 10:05", "Hi Noémie, I read your post last week about Tidewake's volumetric fog eating 1.2 GB on the handheld target and having to choose between fog and the harbour crowds. We hit exactly that on Hollow Pine's port (Jo may have mentioned us) and got fog under 300 MB with a baked-froxel fallback. Would a 30-minute technical call with our lead engineer be useful, no strings? If it makes sense we can quote the full port after."),
    ("me", "2021-03-16 12:30", "Jo did mention you. Yes, let's do the tech call. Marc will join."),
    ("liam", "2021-03-16 12:45", "Great, sending a few slots."),
])
C("wanted_pitch", "localization_talk_reference", "en", "localization agency refers to the branching-dialogue problem from her summit talk", [
    ("sofia", "2021-05-31 09:30", "Hello Noémie, I attended your summit talk. When you said your branching dialogue made your FR/EN string count explode because of gendered variants, I thought of the variable-aware workflow we built for another Québec studio (Quarry Lane, Tomás can vouch). For Tidewake's next languages (you mentioned DE and JP on slide 31) we could translate straight from your Ink files without flattening. Would a sample of 500 words for free help you judge?"),
    ("me", "2021-06-01 10:00", "Honestly yes. Send me the details on the sample."),
])
C("wanted_pitch", "trailer_editor_site", "en", "freelance trailer editor watched her trailer and site, concrete suggestions", [
    ("ollie", "2021-01-22 18:20", "Hi Noémie, congrats on the showcase news on your studio blog. I cut trailers for small narrative games. I watched the current Tidewake trailer: the first 9 seconds are logo + fog, and the hook (the lighthouse beam revealing the drowned town) only shows at 0:41. For a 45-second showcase slot I'd open on that shot. Happy to do a rough 45s cut from your existing capture for a flat fee if you like it, otherwise no charge. Portfolio: two cozy-game trailers last year."),
    ("me", "2021-01-23 10:10", "Okay that lighthouse note is painfully right. What's the flat fee?"),
    ("ollie", "2021-01-23 11:00", "2,400 CAD for the 45s and a 15s cutdown. Turnaround 8 days, fits your March 1."),
])
C("wanted_pitch", "audio_tool_setup", "en", "audio tool vendor noticed her setup from her devlog and a specific issue", [
    ("ryo", "2021-02-08 14:00", "Hi Noémie, I saw in your devlog #14 that you're on Unity 2020 LTS with a homemade occlusion system for the fog horn sounds, and that it costs 2 ms on the handheld. Our occlusion plugin has a console-certified path that runs on the audio thread. We give indie studios under 10 people a free licence until revenue passes 200k. Want a build to try on Tidewake?"),
    ("me", "2021-02-09 09:00", "Théo (our composer) would love this. Send it over, I'll have Marc look."),
])
C("wanted_pitch", "recruiter_relevant_role", "en", "tech art recruiter references her open job post with pre-screened candidates", [
    ("hugo", "2021-05-12 11:30", "Bonjour Noémie, I saw your technical artist posting (shader work for water + fog, Unity URP, Montréal hybrid). I specialize in tech art only. I have two people who shipped URP water on small teams, both French-speaking, both in Montréal. I work on a 15% fee, only on hire. Want the anonymized profiles?"),
    ("me", "2021-05-12 14:00", "Yes please. We've had a lot of generalists apply, specialists would help."),
])
C("wanted_pitch", "tax_credit_press", "en", "CPA cites the public funding announcement and multimedia tax credit specifics", [
    ("marie", "2021-07-06 10:00", "Bonjour Ms Castonguay, congratulations on the Fonds announcement published last week (production phase, Tidewake). Studios receiving that grant often forget that it reduces the eligible base of the Québec multimedia tax credit, unless it's structured as a repayable contribution. We only work with game studios. If your current accountant already handles this, ignore me! Otherwise a 20-min call could save you a nasty surprise at year end."),
    ("me", "2021-07-06 12:00", "Louise handles our books but I'm not sure we checked that. Can you send a short note I can forward to her?"),
])
C("wanted_pitch", "playtest_mutual_contact", "en", "playtest service introduced via a mutual contact by name", [
    ("elena", "2021-08-16 09:15", "Hi Noémie, Samir Benali suggested I reach out. We ran Loop & Lantern's last playtests (12 sessions, recorded, with cozy-game players). He said you're preparing 1.0 and want outside players for the act 3 pacing. We can recruit players who finished the demo. Happy to share Samir's report as a sample with his OK."),
    ("me", "2021-08-16 11:40", "Samir did rave about you. Let's chat, Thursday?"),
])
C("wanted_pitch", "compat_testing_reviews", "en", "compatibility lab names a specific problem from her store reviews (save corruption on handheld PC)", [
    ("nate", "2021-09-07 13:40", "Hi Noémie, I noticed four recent Tidewake reviews mention saves corrupting on handheld PCs when the device sleeps mid-autosave. We test exactly that (suspend/resume, cloud sync) across 6 handheld configs. We could reproduce it for you in 48h, fixed price 900 USD, and you keep the repro steps either way."),
    ("me", "2021-09-07 15:00", "We've been chasing that bug for two weeks. Yes. Sending a build key."),
])
C("wanted_pitch", "merch_shop_visited", "en", "merch maker visited her shop and names her art prints", [
    ("pia", "2021-04-14 16:20", "Hi Noémie! I bought the lighthouse print from your online shop last month (it's on my wall). Your shop only has prints, and your Discord keeps asking for pins of the little ferry cat. We make enamel pins for small studios, min order 100, about 3.10 CAD each. I did a quick mock-up of the cat from your concept art, attached. Totally fine if not now."),
    ("me", "2021-04-14 19:00", "The cat pin 😭 Ana will kill me if I say no. Send a quote for 200."),
])
C("wanted_pitch", "discord_moderation", "en", "freelance moderator noticed their Discord growth and a specific raid incident", [
    ("gus", "2021-06-08 21:00", "Hey Noémie, I'm in the Tidewake Discord (fog fan since the demo). Noticed you went from ~2k to 9k members after Next Fest and the spam raid on Sunday took 40 minutes to clean up. I moderate two other indie servers and could cover EU night hours, 15h/month. Ana knows my work from the Hollow Pine server."),
    ("me", "2021-06-09 09:20", "Timing is funny, Ana just asked me about a second mod. I'll put you in touch."),
])
C("wanted_pitch", "booth_builder_exhibitor_list", "en", "booth builder saw her on the public exhibitor list with the shared booth", [
    ("lena", "2021-09-15 10:10", "Hi Noémie, I saw on the Toronto expo exhibitor list that Sapling Forge and Loop & Lantern share double booth 418. We build modular backwalls for indie booths and store them between shows (Montréal warehouse, so no shipping fees for you). For a 10x20 with two kiosks we're usually at 3-4k. Could send a sketch using your Tidewake key art."),
])
C("wanted_pitch", "games_lawyer_article", "en", "games lawyer refers to her article on IP reversion clauses", [
    ("adrien", "2021-04-29 12:00", "Hello Noémie, your article on the studio blog about negotiating IP reversion (5 years with a sales floor) was the clearest thing I've read on it from the dev side. I'm a games contract lawyer and publish a free template of a 'sales floor' clause. Would you like it? And if you ever need a second opinion on a publisher deal, I do fixed-fee reviews for small studios."),
    ("me", "2021-04-29 14:00", "Thanks Adrien! I'd love the template. Benoît is our lawyer but a template is always useful."),
])

# ---------------------------------------------------------------- junk
C("junk", "generic_porting_pitch", "en", "generic porting pitch, counterpart of the tailored porting studio", [
    ("paula", "2021-03-22 08:00", "Hi Noémie,\n\nPortMaster Studios helps game companies bring their titles to all major platforms: console, mobile, VR and more. With 200+ successful ports and a team of 150 engineers, we deliver on time and on budget.\n\nWould you be open to a quick call to explore how we can help Sapling Forge Games reach new audiences?\n\nBest,\nPaula"),
])
C("junk", "generic_localization_pitch", "en", "generic localization pitch, counterpart of the tailored agency", [
    ("tom", "2021-06-07 09:00", "Hello,\n\nAre you looking to take your game global? LocaleNow offers translation in 60+ languages with native linguists, fast turnaround and competitive rates starting at $0.08/word.\n\nLet me know if you have any upcoming localization needs!\n\nTom Bradley\nSales Director"),
])
C("junk", "generic_bookkeeping", "en", "generic bookkeeping pitch, counterpart of the tax-credit CPA", [
    ("steph", "2021-07-12 14:00", "Hi Noémie, running a business is hard enough without worrying about the books! BookWise takes care of bookkeeping, payroll and taxes for small businesses so you can focus on what you do best. Plans from $199/month. Can I send you more info?"),
])
C("junk", "generic_recruiter", "en", "generic recruiting agency pitch, counterpart of the tech art recruiter", [
    ("derek", "2021-05-18 10:45", "Hi Noémie, TalentSurge connects fast-growing companies with top-tier talent across tech, finance and sales. Our clients reduce time-to-hire by 40%. Are you hiring this quarter? Let's find a time to chat."),
])
C("junk", "generic_qa_pitch", "en", "generic QA outsourcing, counterpart of the compatibility lab", [
    ("ahmed", "2021-09-13 07:30", "Dear Sir/Madam,\n\nQA Force Global is a leading software testing company with 500+ testers in 3 countries. We offer manual testing, automation, performance and security testing at very competitive rates.\n\nPlease let us know your requirements.\n\nRegards,\nAhmed"),
    ("ahmed", "2021-09-20 07:30", "Just following up on my previous message. Kindly revert."),
])
C("junk", "dev_outsourcing", "en", "generic software outsourcing pitch", [
    ("brad", "2021-02-01 16:00", "Hey Noémie — Apex helps founders ship faster with dedicated offshore dev teams at 1/3 the cost. Web, mobile, AI, blockchain, you name it. Worth a chat?"),
])
C("junk", "follow_up_bump", "en", "follow-up bumps with no reply from an app developer agency", [
    ("priya", "2021-03-01 06:10", "Hello Noémie, Greetings from Codeharbor! We are a team of app developers specializing in iOS, Android, and web apps. Do you have any app development requirement?"),
    ("priya", "2021-03-08 06:12", "Hi Noémie, just bumping this up in your inbox."),
    ("priya", "2021-03-15 06:09", "Hi, did you get a chance to look at my previous message?"),
    ("priya", "2021-03-29 06:15", "Hi Noémie, I understand you're busy. Should I close your file?"),
])
C("junk", "quick_15_minute_call", "en", "quick 15-minute call for a marketing agency", [
    ("kevin", "2021-04-12 11:00", "Noémie, do you have 15 minutes this week? I've got an idea that could 3x your studio's wishlists in 60 days. No pitch, just value. Grab any slot on my calendar link below 👇"),
])
C("junk", "off_topic_furniture", "en", "office furniture pitch, off-topic", [
    ("lisa", "2021-08-05 13:00", "Hi Noémie! Is your team still working from uncomfortable chairs? ErgoNest offers ergonomic chairs and standing desks with 20% off for first-time business customers. Can I send a catalogue?"),
])
C("junk", "nft_play_to_earn", "en", "NFT/play-to-earn integration pitch", [
    ("dmitri", "2021-09-24 12:00", "Hi Noémie, gaming is moving to web3 and early studios will win big. ChainPlay Labs integrates NFTs and play-to-earn tokens into existing games in under 8 weeks. Tidewake's community would love owning their boats 🚀 Let's talk?"),
    ("dmitri", "2021-10-01 12:00", "Hi again, we have two spots left for Q4 integrations. Interested?"),
])
C("junk", "like_minded_entrepreneurs", "en", "let's connect as like-minded entrepreneurs", [
    ("jake", "2021-02-18 22:00", "Hi Noémie, I came across your profile and I'm always looking to connect with like-minded entrepreneurs who are changing the game. Let's connect and see how we can add value to each other's journey! 🙌"),
])
C("junk", "connect_then_pitch", "en", "connect-then-pitch: small talk, she answers, then lead-gen pitch", [
    ("chad", "2021-04-06 09:10", "Thanks for connecting Noémie! How's your week going? Montréal must be lovely in spring."),
    ("me", "2021-04-06 12:30", "Hi Chad, busy but good, thanks! Still some snow here actually."),
    ("chad", "2021-04-06 13:05", "Ha, snow in April! Anyway, quick question: are you the one responsible for business growth at Sapling Forge? We help creative companies book 20+ qualified sales calls per month on autopilot. Would you be open to seeing how?"),
])
C("junk", "connect_then_pitch", "en", "connect-then-pitch: compliments first, then a paid feature offer in message 2", [
    ("mel", "2021-06-14 10:00", "Hey Noémie! Just watched the Tidewake trailer, loved the vibes!!"),
    ("mel", "2021-06-16 10:05", "So, I run partnerships at Bright Arc Media, we have 1.2M gamers across our channels. We'd love to feature Tidewake in our 'Hidden Gems' roundup. Packages start at $1,500 for a dedicated video. Let me know if you'd like the media kit!"),
])
C("junk", "connect_then_pitch", "en", "connect-then-pitch: question about the studio, then a consulting pitch", [
    ("tariq", "2021-08-23 08:30", "Noémie, great to connect. Curious, what's the biggest challenge for indie studios right now?"),
    ("me", "2021-08-23 18:00", "Probably discoverability, and cash flow between milestones."),
    ("tariq", "2021-08-24 07:45", "Exactly what we hear. ScaleForge Partners helps founders fix cash flow with our proprietary Profit Blueprint. We have a 12-week program for $4,997. Can we hop on a call Thursday?"),
    ("tariq", "2021-08-30 07:50", "Hi Noémie, checking in on Thursday? 🙂"),
])
C("junk", "funding_offer", "en", "merchant cash advance / funding offer, generic", [
    ("rob", "2021-05-03 15:20", "Hi Noémie, Sapling Forge Games may qualify for up to $250,000 in working capital within 48 hours. No collateral, minimal paperwork. Want me to check your eligibility?"),
])
C("junk", "template_art_outsourcing", "en", "art outsourcing template, sender 1 of 5", [
    ("arjun", "2021-06-21 05:40", "Hi Noémie,\n\nI hope you are doing well. I noticed Sapling Forge Games is creating amazing games. We at PixelPerfect Outsourcing provide 2D/3D art, animation and concept art for game studios at affordable prices. Our team of 80 artists has worked with 100+ studios worldwide.\n\nWould you be interested in seeing our portfolio?\n\nThanks,\nArjun"),
])
C("junk", "template_art_outsourcing", "en", "art outsourcing template, sender 2 of 5", [
    ("sven", "2021-06-22 09:15", "Hi Noémie,\n\nHope you're doing well! I noticed Sapling Forge is making amazing games. At NordicArt Factory we provide 2D and 3D art, animation and concept art for game studios at a fair price. Our 60 artists have worked with more than 90 studios all over the world.\n\nCan I share our portfolio?\n\nBest,\nSven"),
])
C("junk", "template_art_outsourcing", "en", "art outsourcing template, sender 3 of 5 (with a bump)", [
    ("maria", "2021-06-24 11:00", "Hello Noémie,\n\nI hope you're well. I noticed Sapling Forge Games creates amazing games. ArtPulse Studio provides 2D/3D art, animation and concept art for game studios at affordable rates. Our team of 45 artists has worked with 70+ studios worldwide.\n\nWould you like to see our portfolio?\n\nKind regards,\nMaria"),
    ("maria", "2021-07-01 11:00", "Hi Noémie, just following up on this!"),
])
C("junk", "template_art_outsourcing", "en", "art outsourcing template, sender 4 of 5", [
    ("vik", "2021-06-25 04:30", "Hi Noemie,\n\nHope you are doing great. I noticed Sapling Forge Games is building amazing games. Artisan Pixel Co provides 2D/3D art, animation and concept art to game studios at affordable prices, with 120 artists who worked with 150+ studios worldwide.\n\nInterested in our portfolio?\n\nThanks & Regards,\nVikram"),
])
C("junk", "template_art_outsourcing", "de", "art outsourcing template, sender 5 of 5, in German", [
    ("jurgen", "2021-06-28 08:00", "Hallo Noémie,\n\nich hoffe, es geht Ihnen gut. Mir ist aufgefallen, dass Sapling Forge Games großartige Spiele entwickelt. Wir bei Kunstwerk Outsourcing bieten 2D/3D-Art, Animation und Concept Art für Spielestudios zu fairen Preisen. Unser Team aus 50 Künstlern hat bereits mit über 80 Studios weltweit gearbeitet.\n\nDarf ich Ihnen unser Portfolio schicken?\n\nViele Grüße\nJürgen Maier"),
])
C("junk", "paid_award", "en", "paid award: 'winner' must pay a fee", [
    ("carla", "2021-07-20 10:00", "Congratulations Noémie! Sapling Forge Games has been selected as a finalist for the 2021 Indie Excellence Awards in the 'Most Innovative Studio' category. To confirm your participation and receive your trophy and winner's badge, please complete the registration (fee: $495) by July 31."),
])
C("junk", "paid_podcast", "en", "podcast guest slot that costs a fee", [
    ("gary", "2021-08-09 17:00", "Hey Noémie! Loved your story. I host The Founder Grind, top 2% podcast globally. We'd love you as a guest! We ask guests for a small production contribution of $350 to cover editing and promotion. Interested?"),
])
C("junk", "paid_feature", "en", "paid magazine feature", [
    ("nina", "2021-05-25 12:30", "Dear Noémie, GameDev Leaders Magazine is preparing its 'Top 10 Women Founders in Games 2021' edition and your profile caught our editor's attention. A full-page interview feature is available for an editorial fee of $1,200. Shall I reserve your slot?"),
])
C("junk", "capacity_for_clients", "en", "'do you have capacity for new clients?' lead-gen pitch", [
    ("max", "2021-04-26 15:00", "Hi Noémie, quick question — do you have capacity to take on 3-5 new clients next month? We help studios like yours get a steady stream of commission work."),
])
C("junk", "offers_what_she_sells", "en", "game studio offering to make her game for her (what she sells herself)", [
    ("tina", "2021-03-30 10:30", "Hi Noémie, looking for a reliable game development partner? Kinetic Game Studio builds games from concept to launch: narrative, casual, puzzle, and more, for PC, console and mobile. Let us build your next hit!"),
])
C("junk", "merge_tag_failure", "en", "merge tag failure {first_name}", [
    ("alex", "2021-05-10 08:00", "Hi {first_name},\n\nI came across your profile and was impressed by your work at {company_name}. ReachHub helps leaders like you get 10x more visibility on LinkedIn. Open to a quick chat?"),
])
C("junk", "merge_tag_failure", "en", "merge tag failure [Company] and bump", [
    ("rachel", "2021-06-02 13:00", "Hi Noémie, I love what [Company] is doing in the [industry] space! BrandSpark helps brands craft stories that convert. Could we set up a call?"),
    ("rachel", "2021-06-10 13:00", "Hi Noémie, circling back on this!"),
])
C("junk", "merge_tag_failure", "en", "wrong name and wrong company", [
    ("victor", "2021-07-27 11:40", "Hi Sarah, congrats on the growth at Pixel Harbor Interactive! Apex Merch Direct makes custom t-shirts, hoodies and mugs for your team and fans. Bulk discounts available, let me know!"),
])
C("junk", "merge_tag_failure", "en", "merge tag failure with unfilled role", [
    ("omar", "2021-08-17 09:00", "Dear Noémie, as the {{job_title}} of your organization you know how important a mobile app is. Velocity Apps builds custom apps in 6 weeks. Reply YES to learn more."),
])
C("junk", "off_topic_solar", "en", "solar panels, off-topic", [
    ("ian", "2021-06-30 16:00", "Hi Noémie, business owners in Québec are saving up to 40% on electricity with SolarBright. Free rooftop assessment this month. Interested?"),
])
C("junk", "off_topic_trading", "en", "forex mentoring, off-topic", [
    ("hector", "2021-09-09 23:10", "Hello Noémie, I help busy entrepreneurs earn a second income through forex trading, only 1 hour per day. My students made 30% last month. Would you like to know how?"),
])
C("junk", "fluent_names_company", "en", "fluent junk that names her company but fits anyone", [
    ("zoe", "2021-05-05 10:20", "Hi Noémie, I've been following Sapling Forge Games for a while and I'm genuinely inspired by the way you're building something meaningful in a crowded industry. At Synergy Collective we bring together visionary founders for curated mastermind retreats. I think you'd be a wonderful fit for our autumn cohort in Tulum. Would you be open to learning more?"),
])
C("junk", "fluent_names_company", "en", "fluent brand strategy pitch naming the studio, generic", [
    ("kevin", "2021-09-27 10:00", "Noémie, Sapling Forge Games has a great story but is it being told the right way? Most studios leave 70% of their revenue on the table because of weak positioning. Our 3-step framework fixes that. Worth 15 minutes?"),
])
C("junk", "sponsored_inmail", "en", "Sponsored InMail: analytics ads", [
    ("lumen", "2021-04-15 12:00", "<p>Hi Noémie,</p><p>Turn your data into decisions. Lumen Analytics gives growing teams real-time dashboards &amp; insights.</p><p><strong>Start your 14-day free trial today.</strong></p>"),
], title="Sponsored Conversation", subject="See your data clearly")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: e-commerce platform", [
    ("cloudcart", "2021-07-08 12:00", "<p>Hi Noémie,</p><p>Ready to sell online? CloudCart Commerce makes it easy to launch your store in minutes.</p><p>Get 3 months for $1.</p>"),
], title="Sponsored Conversation", subject="Launch your online store")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: HR software", [
    ("stackly", "2021-09-16 12:00", "<p>Hi Noémie,</p><p>Hiring is hard. Stackly HR streamlines recruiting, onboarding &amp; payroll in one place.</p><p>Book a demo.</p>"),
], title="Sponsored Conversation", subject="Hire smarter in 2022")
C("junk", "follow_up_bump", "en", "follow-up bumps: merch pitch with no reply", [
    ("victor", "2021-08-10 11:40", "Hi Noémie, following up on my last message about custom merch!"),
    ("victor", "2021-08-24 11:40", "Last try 🙂 Still interested in merch for your team?"),
], subject="Custom merch")
C("junk", "like_minded_entrepreneurs", "en", "networking invite from a self-described connector", [
    ("zoe", "2021-02-09 19:00", "Hi Noémie! Always love connecting with fellow female founders who are building the future. Let's support each other! 💫"),
], subject="Hello fellow founder")
C("junk", "quick_15_minute_call", "en", "quick call ask from SDR, no context", [
    ("max", "2021-07-14 14:00", "Hey Noémie, would you be open to a quick 15-min call next week? I think there might be a fit."),
    ("max", "2021-07-21 14:00", "Bumping this, Tuesday or Wednesday?"),
], subject="Quick call")
C("junk", "offers_what_she_sells", "en", "porting outsourcer offers to develop games from scratch to a game studio", [
    ("brad", "2021-08-31 16:00", "Hi Noémie, do you have an idea for a game but no team to build it? Apex's game division develops full games for a fixed price. Let's bring your vision to life!"),
], subject="Your game idea")
C("junk", "generic_service", "en", "SEO agency pitch", [
    ("alex", "2021-09-21 08:00", "Hi Noémie, I checked your website and noticed it's not ranking on page 1 for important keywords. We can fix that in 30 days. Want a free audit?"),
], subject="Website audit")


x.write(OUT,
        {"First Name": "Noémie", "Last Name": "Castonguay",
         "Headline": "Founder & Creative Director at Sapling Forge Games | Tidewake",
         "Summary": "I run a 9-person indie studio in Montréal. We make atmospheric narrative games "
                    "(Moth & Lantern, 2018; Tidewake, early access 2021). Ex-AAA environment artist.",
         "Industry": "Computer Games", "Geo Location": "Montréal, Québec, Canada",
         "Websites": "[COMPANY:saplingforge.example]"},
        [{"Company Name": "Sapling Forge Games", "Title": "Founder & Creative Director",
          "Description": "Indie studio, 9 people. Tidewake, Moth & Lantern.",
          "Location": "Montréal, QC", "Started On": "Jan 2016", "Finished On": ""},
         {"Company Name": "Ubiquity Montréal", "Title": "Senior Environment Artist",
          "Description": "", "Location": "Montréal, QC", "Started On": "Jun 2010",
          "Finished On": "Dec 2015"}],
        ["Game Design", "Art Direction", "Unity", "Production", "Environment Art", "Fundraising"])
print(x.summary())

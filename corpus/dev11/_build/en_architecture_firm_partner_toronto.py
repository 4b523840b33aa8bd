"""dev11 persona (written blind as heldout17, session 3): Nadia Ferreira, partner at a 20-person architecture firm in Toronto.

Written by hand, blind to the detector code. English only (Canadian). Layout 2024.
Run with any Python 3.10+: regenerates ../en-architecture-firm-partner-toronto/ byte-identically.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-architecture-firm-partner-toronto"
OWNER = Person("me", "Nadia Ferreira", "https://www.linkedin.com/in/nadia-ferreira-fma",
               "Ferreira Moss Architects Inc.", "Partner")
ex = Export(SLUG, "2024", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine

P("arjun", "Arjun Mehta", "Lakeshore Row Developments", "VP Development", connected="2023-02-11")
C("genuine", "client_quote_request", "en", "developer client asks for a fee proposal for a new mid-rise; talks fees and a call", [
    ("arjun", "2024-09-03 08:41", "Nadia, good to see you at the ULI thing last week. We closed on the Danforth/Coxwell site. 8 storeys, roughly 110 units, ground floor retail. Would FMA put together a fee proposal for full services through CA? We'd like numbers by end of month if you can."),
    ("me", "2024-09-03 10:15", "Congrats Arjun, that's a great corner. Yes, absolutely. Can you send the survey and the zoning memo from your planner? I'll want to see whether we're in minor variance territory before I price anything."),
    ("arjun", "2024-09-03 10:52", "Sending both through the Dropbox now. Planner thinks two variances, height and rear angular plane. Ballpark for budgeting would help even before the full proposal."),
    ("me", "2024-09-04 17:30", "For budgeting I'd carry 4.5 to 5% of construction for full services, with the variance work as a separate line. Full proposal with stages and hours by the 27th. Quick call Thursday to go over scope?"),
    ("arjun", "2024-09-04 18:02", "Thursday 2pm works. Talk then."),
])

P("northgrid", "Colleen Barrow", "Northgrid Reprographics", "Account Manager", connected="2017-05-19")
C("genuine", "vendor_price_change", "en", "long-standing print vendor announces large-format price increase", [
    ("northgrid", "2024-02-06 09:12", "Hi Nadia, hope the new year is treating you well over there on Carlaw. Heads up before the official letter goes out: our large format and plotting rates go up 7% on March 1. Paper costs, mostly. Your volume discount stays as is. If you want to lock in the old rate for the library tender set, get it to us before the 29th."),
    ("me", "2024-02-06 11:40", "Thanks for the warning Colleen. The tender set will be ready around the 20th so we should make it. How's the new shop in Etobicoke?"),
    ("northgrid", "2024-02-06 11:58", "Busy! Come see it sometime, coffee is on me."),
])

P("sam_reseller", "Sam Oduya", "Maplegrid CAD Solutions", "Account Executive", connected="2020-10-02")
C("genuine", "vendor_contract_renewal", "en", "existing software reseller: renewal of 20 seats, new pricing, she asks questions", [
    ("sam_reseller", "2024-11-12 14:20", "Hi Nadia, your 20 Revit seats come up for renewal January 15. Pricing for 2025 is up about 6% per seat. Two options: renew as is, or move 4 of the seats to the lighter LT licence for your admin and interiors folks, which would more or less cancel out the increase. Happy to send both quotes."),
    ("me", "2024-11-13 09:05", "Send both please. And can you confirm the Enscape bundle is still separate? Last year the invoice was a mess."),
    ("sam_reseller", "2024-11-13 09:31", "Yes separate, and I'll put it on its own PO this time. Sorry again about last year. Quotes coming by end of day."),
])

P("gwen", "Gwen Laidlaw", "", "", connected="2023-06-30")
C("genuine", "client_in_spam", "en", "existing homeowner client, filed in SPAM; site problem on her house", [
    ("gwen", "2024-04-17 19:48", "Hi Nadia, sorry to bug you on here, your email bounced (??). Marco opened up the kitchen wall today and there's old knob and tube wiring all through the back half of the house. He says it has to come out before drywall. Does this change the drawings at all or is it just a cost thing for us? Also do we need to tell the city?"),
    ("me", "2024-04-22 08:10", "Gwen, so sorry, your message went to my spam folder! Drawings don't change, it's an electrical permit on Marco's side (his electrician pulls it with ESA). Cost thing, unfortunately. I'll call you at lunch."),
], folder="SPAM")

P("tomasz", "Tomasz Wierzbicki", "Groundwork Landscape Studio", "Principal", connected="2016-03-14")
C("genuine", "peer_joint_offer", "en", "landscape architect proposes joint competition entry and fee split", [
    ("tomasz", "2024-05-08 21:03", "Nadia! The Don Valley pavilion competition is out. Stage 1 is just a concept board, stage 2 is paid ($25k honorarium per team). Want to go in together like we did on Birchmount? I'd suggest a 50/50 on the honorarium and 60/40 your way on fees if we win, since the building is yours."),
    ("me", "2024-05-09 07:45", "I'm in. 60/40 sounds fair. Can we do a working session next week? I have ideas about the roof and the ravine edge."),
    ("tomasz", "2024-05-09 08:20", "Tuesday evening, my place, I'll make pierogi. Bring trace paper."),
])

P("laneway", "Hannah Goldfarb", "", "", invite=("IN", "2024-07-21 20:11", "Hi Nadia, we saw your laneway house on Bain Ave in the Star. Could we ask you about one for our lot?"), connected="2024-07-22")
C("genuine", "inbound_lead_buy", "en", "homeowner wants to hire her for a laneway house and asks about fees", [
    ("laneway", "2024-07-22 07:55", "Thanks for accepting! My husband and I have a deep lot near Christie Pits with lane access. We'd like a 2 storey laneway suite for my mom. What would your fees look like, roughly, and are you even taking projects that small?"),
    ("me", "2024-07-22 12:30", "Hi Hannah, thanks for reaching out. We do take on a few laneway suites a year. Our fee for design through permit is usually a fixed fee in the 38 to 45k range depending on the lot, plus construction phase hourly. Would you like to set up a site visit? I'm in the area Thursdays."),
    ("laneway", "2024-07-22 13:01", "That's in line with what we expected. Thursday the 1st? After 4 is best."),
    ("me", "2024-07-22 13:20", "Done, 4:30 on the 1st. Please have the survey handy if you have one."),
])

P("board", "Marcus Ayeni", "Eastview District School Board", "Manager, Capital Projects", connected="2024-03-02")
C("genuine", "inbound_rfp_heads_up", "en", "school board manager asks if they will bid on a childcare centre RFP", [
    ("board", "2024-03-18 15:10", "Hello Ms. Ferreira, we met at the Kingston Road daycare opening. We're issuing an RFP for a 5-room childcare addition at an elementary school in April. Your firm would be a good fit. Are you prequalified on our roster? If not the intake closes March 29."),
    ("me", "2024-03-18 16:44", "Hi Marcus, thanks for thinking of us. We're not on the roster yet, I'll get the prequalification in this week."),
])

P("recruiter_hired", "Leanne Fortier", "Drafted Talent Partners", "Senior Recruiter, AEC", connected="2022-09-20")
C("genuine", "recruiter_engaged", "en", "recruiter she retained sends shortlist and discusses fee", [
    ("me", "2024-01-09 10:02", "Hi Leanne, we're ready to start the intermediate architect search we talked about in December. Licensed or close to it, 5-8 years, housing experience. Same terms as last time?"),
    ("recruiter_hired", "2024-01-09 11:30", "Happy new year Nadia! Same terms, 18% of first-year salary, 90 day guarantee. I'll have a first shortlist in two weeks."),
    ("recruiter_hired", "2024-01-24 16:05", "Shortlist attached: three strong ones. Priyanka (7 yrs, mass timber, OAA licence this spring) is my favourite. Salary expectations 92-98k."),
    ("me", "2024-01-25 08:15", "Priyanka and the second one look great. Can you set up interviews for next week? Daniel and I both want to be there."),
])

P("intern", "Felix Ng", "", "M.Arch Graduate", invite=("IN", "2024-05-27 10:20", "Hello, I'm a recent M.Arch grad interested in FMA's housing work."), connected="2024-05-27")
C("genuine", "applicant", "en", "new graduate applies for intern architect position with portfolio", [
    ("intern", "2024-05-27 11:02", "Dear Ms. Ferreira, thank you for connecting. I just finished my M.Arch at Waterloo, my thesis was on co-op housing typologies in inner suburbs. I saw the intern posting on your website and applied through the form, but I wanted to also say hello here. Portfolio link: felixng-portfolio.ca. I'd be grateful for any consideration."),
    ("me", "2024-05-28 09:40", "Hi Felix, thanks, I looked at the thesis, nice work on the stacked townhouse section. Our studio manager will be in touch about interviews in June."),
    ("intern", "2024-05-28 09:52", "Thank you so much! Looking forward to it."),
])

P("tech", "Rosa Mendes", "", "Architectural Technologist", connected="2021-11-03")
C("genuine", "applicant", "en", "technologist asks about openings; short reply", [
    ("tech", "2024-08-14 13:27", "hi Nadia, long time. I'm leaving my current firm end of september (too much retail work, not my thing). Are you hiring technologists at all? I know revit inside out and I've done CA on two 6 storey wood frames."),
    ("me", "2024-08-14 18:03", "Rosa! We might be, actually. Send me your CV by email and let's grab a coffee next week."),
])

P("timber_a", "Owen Gallant", "Boreal Structural", "Engineer", connected="2024-10-18")
P("timber_b", "Yuki Hartmann", "City of Toronto", "Senior Planner", connected="2024-10-18")
P("timber_c", "Bea Kowalczyk", "Kowalczyk Builders", "Owner", connected="2024-10-19")
C("genuine", "thanks_after_talk", "en", "thank-you note 1 of 3 after her mass timber forum talk", [
    ("timber_a", "2024-10-18 20:14", "Great talk today Nadia, especially the part about the encapsulation costs nobody budgets for. Nice meeting you at the drinks after."),
    ("me", "2024-10-19 09:00", "Thanks Owen, good to meet you too. Let's stay in touch."),
])
C("genuine", "thanks_after_talk", "en", "thank-you note 2 of 3 after the same forum talk", [
    ("timber_b", "2024-10-18 21:40", "Thanks for your talk at the forum today. Really useful to hear the architect's side on the timber permit process. Let me know if you want to chat about the pilot."),
])
C("genuine", "thanks_after_talk", "en", "thank-you note 3 of 3 after the same forum talk", [
    ("timber_c", "2024-10-19 07:32", "Hi Nadia, loved the talk yesterday. Thanks for being so honest about the schedule overrun. Great to connect!"),
    ("me", "2024-10-19 10:15", "Thank you Bea! Honest is the only way these talks are useful."),
])

P("struct", "Raj Subramanian", "Boreal Structural", "Principal", connected="2015-09-01")
C("genuine", "consultant_additional_fee", "en", "structural consultant asks for additional services fee after scope change", [
    ("struct", "2024-06-11 16:20", "Nadia, on the library: the client's new mezzanine means redesign of two transfer beams and new foundations at grid C. That's out of our original scope. I'd put it at $14,500 additional services. Can you take it to the board or should I write it up formally?"),
    ("me", "2024-06-11 17:05", "Write it up formally please, with hours, and I'll attach it to our own change request. Board meets on the 20th."),
    ("struct", "2024-06-12 09:10", "Will do. Sent by tomorrow."),
])

P("mech", "Ellen Thibodeau", "Thibodeau Mechanical Design", "Partner", connected="2018-02-22")
C("genuine", "consultant_invoice", "en", "mechanical consultant sorting out an invoice", [
    ("mech", "2024-03-05 12:04", "Hi Nadia, our accounts person says invoice 2231 (Danforth Six) is 60 days out. Any chance it got lost? No rush, I know the client pays you late too."),
    ("me", "2024-03-05 14:18", "Not lost, just stuck waiting for Lakeshore's draw. Should be out to you by the 15th. Sorry Ellen."),
    ("mech", "2024-03-05 14:30", "No worries, thanks for checking."),
])

P("library", "Denise Fairbairn", "Greenwood Library Board", "Facilities Director", connected="2022-04-08")
C("genuine", "client_change_order", "en", "library board client asks about change order cost and site meeting", [
    ("library", "2024-06-21 10:33", "Nadia, the board approved the mezzanine change order last night, including the structural fees. They asked if the contractor's price of $186k is reasonable. Can you review before we sign?"),
    ("me", "2024-06-21 11:50", "Great news. I'll go through the breakdown with Daniel this afternoon. First look, the steel number seems high; I'll ask them to break out labour."),
    ("library", "2024-06-21 12:02", "Thank you. Site meeting still Wednesday at 9?"),
    ("me", "2024-06-21 12:05", "Yes, see you there. Bring boots, it's muddy."),
])

P("mentor", "Gordon Whitfield", "", "Architect (retired)", connected="2012-01-20")
C("genuine", "long_standing_mentor", "en", "retired mentor checking in, lunch", [
    ("mentor", "2024-12-02 11:20", "Nadia, saw the library photos in the paper. Very proud of you. I'm in town on the 12th for the dentist, of all things. Lunch?"),
    ("me", "2024-12-02 13:45", "Gordon!! Yes. The Greek place on the Danforth, noon? My treat this time, no arguing."),
    ("mentor", "2024-12-02 14:10", "We'll see about that. Noon it is."),
])

P("classmate", "Jess Tanaka", "Tanaka Brooks Architecture", "Principal", connected="2013-06-05")
C("genuine", "congrats_long_standing", "en", "old classmate in Vancouver congratulates on shortlist", [
    ("classmate", "2024-09-26 23:10", "saw the shortlist!!! congrats. you guys deserve it for that library. how are the kids? we still owe you a visit"),
    ("me", "2024-09-27 07:30", "Thanks Jess! Kids are good, Leo started grade 1. Come in the summer, the cottage has room."),
])

P("awards", "Martine Dube", "Lakefront Design Awards", "Program Coordinator", connected="2024-09-20")
C("genuine", "award_shortlist_real", "en", "real award program: shortlist notice and image deadline, no fee asked", [
    ("awards", "2024-09-24 09:00", "Dear Nadia, congratulations: the Greenwood Branch Library renewal has been shortlisted in the Institutional category of this year's Lakefront Design Awards. Please send 5 high resolution images and photo credits by October 10. The ceremony is November 14 at the Harbourfront; two tickets per shortlisted team are included."),
    ("me", "2024-09-24 10:10", "Thank you Martine, wonderful news for the team. Images will come from our photographer by the 10th."),
])

P("journalist", "Priya Raman", "Storey Magazine", "Staff Writer", connected="2024-04-10")
C("genuine", "journalist_interview", "en", "journalist asks for interview on laneway housing", [
    ("journalist", "2024-04-10 15:44", "Hi Nadia, I'm writing a piece on laneway suites five years in: what worked, what didn't. You've designed more of them than most. Would you have 30 minutes for a phone interview next week? Deadline is the 26th."),
    ("me", "2024-04-10 16:30", "Happy to. Tuesday or Wednesday afternoon?"),
    ("journalist", "2024-04-10 16:41", "Wednesday 3pm. I'll call your office line."),
])

P("studio_open", "Kelvin Osei", "Osei Workshop", "Founder", connected="2019-08-12")
C("genuine", "event_invite_contact", "en", "friend and colleague invites her to his new studio's open house", [
    ("studio_open", "2024-05-30 12:00", "Nadia, we finally moved into the old bakery on Geary! Open house June 13, 6pm onward, beer from the place next door. Would be great to see you and Daniel."),
    ("me", "2024-05-30 19:22", "Wouldn't miss it. Congrats Kelvin!"),
])

P("gc", "Vince Caruso", "Caruso Construction", "Estimator", connected="2019-04-17")
C("genuine", "owner_started_price_check", "en", "she asks a contractor for a budget price check", [
    ("me", "2024-08-20 08:30", "Morning Vince. Could you give me a rough $/sf on a 2 storey laneway suite, wood frame, decent finishes, no basement? Trying to sanity check a client's budget before we go further."),
    ("gc", "2024-08-20 12:15", "Rough, today: 550 to 650 a foot with servicing from the main house. Servicing from the lane adds a lot. Don't quote me lol"),
    ("me", "2024-08-20 12:40", "Won't quote you. Thanks, that's what I thought."),
])

P("excoll", "Marisol Vega", "Hartley & Chu Architects", "Project Architect", connected="2016-11-30")
C("genuine", "owner_started_hiring", "en", "she invites a former colleague to apply for a role", [
    ("me", "2024-02-14 20:05", "Hi Marisol, hope Hartley & Chu is treating you well. No pressure at all, but we're hiring a project architect for housing and I immediately thought of you. Would you want to have a coffee and hear about it?"),
    ("excoll", "2024-02-15 08:44", "Ha, timing. I'd love a coffee. Next Monday?"),
    ("me", "2024-02-15 09:10", "Monday 8am at Pilot on Queen."),
])

P("rfi", "Dario Petrucci", "Caruso Construction", "Site Superintendent", connected="2023-09-09")
C("genuine", "contractor_rfi", "en", "site super chasing an RFI answer", [
    ("rfi", "2024-07-03 06:58", "Nadia, RFI 47 on the library still open. Need the stair nosing detail by friday or the tile guys walk to another job."),
    ("me", "2024-07-03 08:20", "Sorry Dario, on it. You'll have it by tomorrow noon."),
])

P("resto", "Lucia Brandão", "Casa Brandão", "Owner", invite=("IN", "2024-11-04 09:01", ""), connected="2024-11-04")
C("genuine", "inbound_lead_buy", "en", "restaurant owner wants a quote for a fit-out design", [
    ("resto", "2024-11-05 10:13", "Hi Nadia, my cousin Gwen Laidlaw told me you did her house. We're taking over the space next to our restaurant on Dundas to double the dining room. Need drawings for permit and someone to help with the layout. Could you give me a quote?"),
    ("me", "2024-11-05 14:40", "Hi Lucia, Gwen's a gem. Yes, we do restaurant fit-outs. I'd want to see the space first, can I come by one morning before service? Then I'll send a proposal within the week."),
    ("resto", "2024-11-05 15:02", "Wednesday 10am, ask for me at the bar. Obrigada!"),
])

P("plancheck", "Tara Lindgren", "Plancheck", "Customer Success Manager", connected="2021-05-03")
C("genuine", "vendor_price_change", "en", "existing project-management software vendor: price change at renewal, offers a call", [
    ("plancheck", "2025-01-14 13:30", "Hi Nadia, a quick note ahead of your renewal in March. Plancheck is moving to per-user pricing, which for your 20 users comes to about $40 more per month than today. Because you've been with us since 2021 we can keep your current plan for one more year if you renew before Feb 28. Want to do a short call so I can walk you through it?"),
    ("me", "2025-01-15 09:12", "Thanks Tara. Yes, let's keep the current plan. I'll sign whatever you send, no call needed."),
])

P("daniel", "Daniel Moss", "Ferreira Moss Architects Inc.", "Partner", connected="2011-09-15")
P("sandra", "Sandra Kim", "Ferreira Moss Architects Inc.", "Studio Manager", connected="2018-01-08")
C("genuine", "internal_group", "en", "group chat with her partner and studio manager about holiday party", [
    ("sandra", "2024-11-20 10:00", "Holiday party: Dec 13 at the bowling place or Dec 20 at the studio with catering? Need a decision by Friday."),
    ("daniel", "2024-11-20 10:12", "Bowling. Last year's studio party ended with someone in the model shop at midnight."),
    ("me", "2024-11-20 10:40", "Bowling on the 13th. Budget same as last year please."),
], title="Partners + Sandra", extra=["daniel"])

P("prof", "Amira Haddad", "", "Associate Professor", connected="2020-01-29")
C("genuine", "guest_critic_invite", "en", "professor invites her to be a guest critic", [
    ("prof", "2024-11-25 08:03", "Dear Nadia, would you join us as a guest critic for the 4th year housing studio final reviews, December 9, 9 to 4? Honorarium is modest as always. The students would benefit from someone who actually builds this stuff."),
    ("me", "2024-11-25 12:30", "I'd be glad to. I'll block the day."),
])

P("cottage", "Steph Lavoie", "", "", connected="2014-07-02")
C("genuine", "friend_small_talk", "en", "friend chat, cottage and hockey", [
    ("cottage", "2024-03-22 21:15", "Leafs in the first round again, want to watch game 1 at ours? Kids can do their thing in the basement"),
    ("me", "2024-03-22 21:40", "Only if you're not going to cry again in the third period"),
    ("cottage", "2024-03-22 21:41", "no promises"),
])

P("heritage", "Philippa Grant", "Grant Heritage Consulting", "Principal", connected="2020-06-15")
C("genuine", "owner_started_quote_request", "en", "she asks a heritage consultant for a fee quote; consultant sends price", [
    ("me", "2024-04-02 09:30", "Hi Philippa, we have a listed (not designated) house in Cabbagetown for a rear addition. The city wants a Heritage Impact Assessment. Could you quote it?"),
    ("heritage", "2024-04-02 15:50", "Hi Nadia, for a listed property with a rear addition, $7,800 plus HST, four weeks from site visit. If the city asks for a second round of comments that's usually another $1,500."),
    ("me", "2024-04-02 16:05", "Perfect, go ahead. I'll send the survey and the client's authorization."),
])

P("formeremp", "Connor Byrne", "", "Intern Architect", connected="2021-07-19")
C("genuine", "reference_request", "en", "former employee asks for a reference letter", [
    ("formeremp", "2024-10-02 17:20", "Hi Nadia, hope all's well at the studio. I'm applying to the OAA licensing exams and need my experience record signed by a supervising architect for my time at FMA. Would you be willing? I can send the form."),
    ("me", "2024-10-03 08:15", "Of course Connor. Send it over."),
])

C("genuine", "client_quick_call", "en", "existing developer client asks for a quick call: genuine despite the phrase", [
    ("arjun", "2025-02-10 07:50", "Quick 15 min call today? City came back on the variance with a surprise about the loading space."),
    ("me", "2025-02-10 08:05", "Call me at 11."),
], subject="Danforth loading")

P("windows", "Brent Hollis", "Lakeview Window Systems", "Specification Rep", connected="2017-09-28")
C("genuine", "supplier_price_change", "en", "long-standing window supplier: lead times and tariff surcharge", [
    ("windows", "2025-03-18 11:11", "Hi Nadia. With everything going on at the border, we're adding a 9% surcharge on aluminum frames ordered after April 15, and lead times are at 16 weeks. For the Danforth job, if the GC can release the order before the 15th we hold the current price. Wanted you to hear it from me first."),
    ("me", "2025-03-18 12:20", "Appreciated Brent. I'll call Caruso today."),
])

P("permit", "Lena Orlov", "Orlov Permit Services", "Permit Expediter", connected="2019-12-01")
C("genuine", "consultant_coordination", "en", "permit expediter update on zoning review", [
    ("permit", "2024-08-29 16:02", "Zoning examiner on the Cabbagetown addition flagged the side yard setback. 0.3 m short. They'll accept a minor variance or a redesign. Your call."),
    ("me", "2024-08-29 16:30", "Ugh. Let me talk to the clients, I think we can pull the wall in without losing the stair."),
    ("permit", "2024-08-30 09:05", "Ok, let me know and I'll resubmit."),
])

P("coop", "Danielle Okafor", "Riverdale Co-op Homes", "Board Chair", connected="2022-10-11")
C("genuine", "client_followup", "en", "existing co-op client thanks and asks about next phase", [
    ("coop", "2025-04-03 19:30", "Hi Nadia, the members voted yes on phase 2 of the balcony and window work! Could you send us an updated proposal for phase 2? We'd like to start the design in June."),
    ("me", "2025-04-04 08:50", "Wonderful news Danielle. I'll send an updated proposal by the end of next week."),
    ("me", "2025-04-04 09:05", "One more thing: could you ask the property manager for the 2023 window survey? I'd like"),
], drafts={2})

P("alum", "Ike Ferreira", "", "", connected="2010-05-05")
C("genuine", "family_small_talk", "en", "her brother, short family note", [
    ("alum", "2024-06-16 09:02", "happy fathers day to Pedro from us, tell him we're bringing the grill on sunday"),
    ("me", "2024-06-16 09:30", "will do, bring the good sausages this time"),
])

# ---------------------------------------------------------------- wanted pitches

P("clt", "Mira Solberg", "Northwoods Mass Timber", "Business Development Lead", connected="2024-06-03")
C("wanted_pitch", "supplier_read_her_post", "en", "timber supplier responds to her post on CLT costs with concrete numbers", [
    ("clt", "2024-06-04 10:30", "Hi Nadia, your post last week about CLT floor costs coming in 12% over concrete on the Birchmount study got a lot of discussion in our office. You're right that the connection hardware line is where most estimates fall apart. We fabricate CLT in northern Ontario, and I'd be glad to share our actual hardware and erection cost breakdown from three Toronto mid-rises so you have real numbers for the next study. No strings, but if a project comes along we'd like to price it."),
    ("me", "2024-06-04 13:00", "That would genuinely help. Send it over and let's talk in a few weeks."),
])

P("access", "Theo Brandt", "Openway Accessibility", "Accessibility Consultant", connected="2024-10-21")
C("wanted_pitch", "consultant_saw_her_talk", "en", "accessibility consultant refers to a specific point in her forum talk", [
    ("access", "2024-10-21 09:15", "Hello Nadia, I was in the audience at the Mass Timber Forum on Friday. When you showed the Birchmount stair you mentioned the accessible route review came late and cost you a redesign of the ramp. That's exactly the stage we work at: an accessibility review at 50% DD, fixed fee around $3,500 for a mid-rise. If it's useful I could review one current project for free so you can see what we catch."),
])

P("render", "Noor Siddiqui", "", "Freelance Architectural Visualizer", connected="2024-02-20")
C("wanted_pitch", "freelancer_visited_site", "en", "visualizer noticed their website's renderings are old and proposes specific ones", [
    ("render", "2024-02-21 14:00", "Hi Nadia, I went through your website's projects page. The built work photography is lovely, but the Danforth Six and the Kingston Road daycare pages still show early massing renders from 2019, and Danforth Six has changed a lot since (the stepped terrace and the brick colour). I'm a freelance visualizer in Leslieville, five minutes from your studio, and I could redo those two as current marketing images. Two images for $2,400. Portfolio: noorviz.ca"),
    ("me", "2024-02-22 09:00", "Ha, you're right, those are embarrassing. Let's talk next week."),
])

P("specs", "Alan Kerr", "Kerr Specifications", "Specification Writer", connected="2024-09-09")
C("wanted_pitch", "public_register_homework", "en", "spec writer saw their building permit application in the city register", [
    ("specs", "2024-09-10 08:30", "Good morning Nadia. I noticed in the city's building permit applications that FMA filed for the 6-storey on Pape last month. That's usually when the spec crunch hits for a firm your size. I write and coordinate specs for mid-rise residential (Division 01 to 33, NMS-based), and I can turn a full project manual in 6 weeks. Happy to send a sample from a similar wood-frame job."),
])

P("recr_rel", "Chantal Morin", "Studio Search Inc.", "Recruiter, Architecture", connected="2024-03-11")
C("wanted_pitch", "recruiter_relevant_candidate", "en", "recruiter read her job posting and presents a candidate that matches", [
    ("recr_rel", "2024-03-11 16:40", "Hi Nadia, I saw FMA's posting for a project architect with mass timber experience. I'm representing someone who isn't on the market publicly: licensed, 9 years, just finished CA on a 10-storey CLT building in Quebec, bilingual, moving to Toronto in May. I work on contingency (16%). Would you like a blind CV?"),
    ("me", "2024-03-11 19:10", "Yes please, send the blind CV."),
])

P("bim", "Greta Hoffmann", "Clearline BIM", "BIM Consultant", connected="2024-07-08")
C("wanted_pitch", "consultant_knows_her_tools", "en", "BIM consultant names her Revit/Enscape/Dynamo setup from the job ad", [
    ("bim", "2024-07-09 11:00", "Hi Nadia, your technologist job ad mentions Revit 2023, Enscape and 'Dynamo a plus', and that you're standardizing templates across projects. I set up office templates and Dynamo scripts for small firms (8-30 people): a door/room data script alone usually saves a week per permit set. Two-day template audit is $2,200. I'm local and could show you one I did for a firm on Spadina."),
])

P("energy", "Kwame Asante", "Passivhaus North", "Energy Modeller", connected="2024-04-15")
C("wanted_pitch", "mutual_contact_referral", "en", "energy modeller introduced by her friend Tomasz by name", [
    ("energy", "2024-04-15 12:10", "Hi Nadia, Tomasz Wierzbicki suggested I get in touch. He mentioned you're aiming for Passive House on the Riverdale co-op retrofit and that the windows are the sticking point. I did the PHPP modelling for two co-op retrofits in Hamilton, and could do a quick feasibility check on your window options before you commit. Tomasz can vouch I don't bite."),
    ("me", "2024-04-15 18:00", "Any friend of Tomasz. Let's book an hour next week."),
])

P("acoustic", "Helen Marsh", "Quietline Acoustics", "Acoustic Engineer", connected="2024-08-05")
C("wanted_pitch", "specific_problem_press", "en", "acoustician read press about the daycare next to the rail corridor", [
    ("acoustic", "2024-08-06 09:45", "Hi Nadia, I read the Storey piece on the Kingston Road daycare. The parents quoted about the GO trains rattling the nap rooms stuck with me. For the next childcare project near rail, an early vibration and facade noise study can usually solve it with glazing specs instead of expensive isolation later. I'd be happy to walk you through what we did at a school near the Lakeshore line."),
])

P("photo", "Jordan Lee", "Jordan Lee Photography", "Architectural Photographer", connected="2024-09-25")
C("wanted_pitch", "press_item_award", "en", "photographer saw the shortlist announcement and offers photography before the ceremony", [
    ("photo", "2024-09-26 10:05", "Congratulations on the Lakefront shortlist for Greenwood Library! The images in the announcement look like they were taken before the landscaping went in. I shoot mostly civic and institutional work (Toronto libraries are kind of my thing) and could do a dusk and interior shoot before the October 10 deadline. Day rate $2,800, including 15 edited images."),
    ("me", "2024-09-26 12:40", "Good eye. Are you free next week?"),
])

P("feeapp", "Sunil Varma", "Ledgerline", "Founder", connected="2024-11-01")
C("wanted_pitch", "software_podcast_homework", "en", "software founder heard her podcast interview on fee tracking spreadsheets", [
    ("feeapp", "2024-11-01 15:20", "Hi Nadia, I listened to your interview on the Practice Matters podcast. You said you still track fees against stages in a spreadsheet Daniel built in 2014 and that nobody knows how it works anymore :) We built Ledgerline for exactly that: fee stages, hours, and invoices for firms of 10-50. I could import your spreadsheet as is so there's no re-entry. 30-day trial, no card."),
])

P("baffles", "Mehdi Rahimi", "Soundform Manufacturing", "Sales Rep", connected="2024-05-13")
C("wanted_pitch", "supplier_saw_projects", "en", "local ceiling baffle supplier noticed a specific project photo and sends samples", [
    ("baffles", "2024-05-14 08:40", "Hi Nadia, on your Instagram I saw the reading room at Greenwood with the wood slat ceiling. Lovely. We make felt and wood baffles in Mississauga, and for the children's area you're doing next at the library the felt version would handle the noise better at about half the cost of slats. Can I drop off a sample kit at your studio this week?"),
    ("me", "2024-05-14 10:30", "Sure, Thursday morning, ask for Sandra."),
])

P("pr", "Olivia Chen", "Plinth Communications", "Account Director", connected="2025-02-03")
C("wanted_pitch", "agency_read_her_article", "en", "PR agency refers to her article on missing middle housing and a specific award deadline", [
    ("pr", "2025-02-04 11:30", "Hi Nadia, your op-ed on missing middle housing in the Globe last month was the clearest thing I've read on the fourplex bylaw. We handle PR for a handful of design firms; the Canadian Architect awards deadline is in June and the Riverdale co-op retrofit is exactly the kind of project juries are looking for right now. I'd like to show you how we'd frame it. Our retainer starts at $2,000/month, but a one-off award submission is $3,500."),
])

# ---------------------------------------------------------------- junk

P("seo", "Brandon Pike", "RankRocket Digital", "Growth Consultant")
C("junk", "generic_seo", "en", "generic SEO pitch, no connection", [
    ("seo", "2024-01-16 14:02", "Hi Nadia, I was checking your website and noticed it's not ranking on the first page of Google for several important keywords. We can help you get more traffic, leads and sales with our proven SEO strategies. Shall I send you a free audit report?"),
])

P("leadgen", "Kyle Summers", "Pipeline Partners", "Founder", connected="2024-02-26")
C("junk", "quick_15_min_call", "en", "quick 15-minute call to discuss lead generation", [
    ("leadgen", "2024-02-27 09:03", "Hey Nadia, thanks for connecting! I'll keep this short. We help B2B companies book 15-30 qualified meetings a month on autopilot. Do you have 15 minutes this week for a quick call? Here's my calendar: calendly.com/kylesummers-pp"),
])

P("crypto", "Victor Lange", "Aurum Digital Assets", "Wealth Advisor")
C("junk", "off_topic_crypto", "en", "crypto investment pitch", [
    ("crypto", "2024-03-04 22:17", "Hello Nadia, I hope you are doing great. As a successful business owner, have you considered diversifying into digital assets? Our clients have seen returns of 30-40% in the last 12 months with our managed portfolio. Let me know if you would like to learn more."),
])

P("mca", "Jenna Marsh", "QuickCap Funding", "Funding Specialist")
C("junk", "off_topic_financing", "en", "merchant cash advance / business loan pitch", [
    ("mca", "2024-04-09 10:45", "Hi Nadia! Need working capital? We fund small businesses from $10K to $500K in as little as 24 hours. No collateral, minimal paperwork. Reply YES and I'll send over the details."),
])

P("draft_off", "Ravi Kumar", "Apex Design Outsourcing", "Business Development Manager")
C("junk", "offers_what_she_sells", "en", "offers architectural design services to an architect", [
    ("draft_off", "2024-05-02 05:30", "Dear Nadia, Greetings from Apex Design! We are a team of 120+ architects and engineers providing complete architectural design services: concept design, permit drawings, construction documents and 3D visualization for residential and commercial projects at 60% lower cost. Please let us know your upcoming projects and we will share our best quote."),
])

P("capacity", "Tyler Brooks", "ArchiLeads", "Partner", connected="2024-06-17")
C("junk", "capacity_for_clients", "en", "asks whether she has capacity for new clients", [
    ("capacity", "2024-06-18 08:12", "Hi Nadia, quick question: does Ferreira Moss have capacity for 3-5 new clients next quarter? We're helping architecture firms across North America fill their project pipeline with pre-qualified homeowners and developers. Worth a chat?"),
])

P("likeminded", "Chad Ellison", "Ellison Ventures", "Serial Entrepreneur | Investor | Speaker", invite=("IN", "2024-07-01 06:30", "Hi Nadia, I'm expanding my network with like-minded entrepreneurs. Let's connect!"), connected="2024-07-01")
C("junk", "like_minded_entrepreneurs", "en", "like-minded entrepreneurs connect, then vague mastermind pitch", [
    ("likeminded", "2024-07-01 07:00", "Thanks for connecting Nadia! Always great to meet like-minded entrepreneurs. I run a private mastermind for 7-figure business owners who want to scale without burning out. Would love to tell you more if you're open to it."),
])

P("ctp1", "Megan Doyle", "Brightframe Marketing", "Content Strategist", invite=("IN", "2024-08-12 09:02", ""), connected="2024-08-12")
C("junk", "connect_then_pitch", "en", "small talk first, pitch in message 2, no reply", [
    ("ctp1", "2024-08-12 09:40", "Hi Nadia, thanks for accepting! I love seeing women leading architecture firms. How long have you been running FMA?"),
    ("ctp1", "2024-08-15 10:02", "Hi again! I wanted to follow up: we create LinkedIn content for architects and designers, 12 posts a month written in your voice. Our clients see 3x more profile views. Would you be open to a quick chat?"),
])

P("ctp2", "Derek Shaw", "Shaw Growth Co.", "Founder", invite=("IN", "2024-10-07 14:50", "Fellow Torontonian here, would love to connect."), connected="2024-10-07")
C("junk", "connect_then_pitch", "en", "small talk, owner answers, pitch arrives in message 3", [
    ("ctp2", "2024-10-07 15:20", "Hey Nadia, thanks for connecting. Saw you're in Leslieville, best brunch neighbourhood in the city, don't @ me. Where's your go-to?"),
    ("me", "2024-10-07 18:11", "Ha, Lady Marmalade back in the day. Now mostly whatever has the shortest line."),
    ("ctp2", "2024-10-09 09:15", "Classic! Anyway, reason I reached out: we help professional services firms automate their client onboarding with AI. Firms like yours save 10+ hours a week. Would you be open to a 15 minute demo Thursday or Friday?"),
])

P("ctp3", "Alicia Romero", "Vantage Office Solutions", "Account Executive", invite=("IN", "2025-01-20 11:00", ""), connected="2025-01-20")
C("junk", "connect_then_pitch", "en", "small talk about the new year, owner replies, then office furniture pitch", [
    ("ctp3", "2025-01-20 11:30", "Hi Nadia! Happy new year. Any big plans for 2025 at the firm?"),
    ("me", "2025-01-21 08:40", "Thanks, same to you. Mostly housing, and hopefully a bit less snow."),
    ("ctp3", "2025-01-23 13:20", "Love it! Speaking of plans, are you thinking about refreshing your workspace this year? We have a January promo on ergonomic sit-stand desks and task chairs, 25% off for orders of 10+. I can send our catalogue."),
])

P("bump1", "Nathan Cole", "Scalewise", "SDR")
C("junk", "follow_up_bumps", "en", "three bumps with no reply", [
    ("bump1", "2024-02-05 09:00", "Hi Nadia, I help architecture firms reduce project overruns with our resource planning platform. Open to seeing how it works?"),
    ("bump1", "2024-02-12 09:00", "Hi Nadia, just bumping this to the top of your inbox. Any thoughts?"),
    ("bump1", "2024-02-20 09:00", "Nadia, I know you're busy. Should I reach out to someone else on your team, or is now just not a good time?"),
])

P("bump2", "Sofia Nguyen", "BrightPath Payroll", "Business Consultant")
C("junk", "follow_up_bumps", "en", "payroll pitch plus bump, no reply", [
    ("bump2", "2024-09-16 13:45", "Hi Nadia, is payroll eating into your week? We handle payroll, T4s and HR compliance for Ontario firms with 10-50 staff. Could I send a quote?"),
    ("bump2", "2024-09-23 13:45", "Following up on my last note, Nadia. Happy to send a no-obligation quote!"),
])

# one template sent by five senders (all English for this persona)
P("tpl1", "Jake Morrison", "VirtuTour 3D", "Partnerships Manager")
C("junk", "template_campaign", "en", "shared template 1/5: impressed by your portfolio, 3D virtual tours", [
    ("tpl1", "2024-03-12 10:10", "Hi Nadia, I came across Ferreira Moss Architects and was really impressed by your portfolio. We help architecture firms like yours win more projects with immersive 3D virtual tours that wow clients. Would you be open to a short call to see some examples?"),
])
P("tpl2", "Ashley Grant", "Immersa Studio", "Client Success Lead")
C("junk", "template_campaign", "en", "shared template 2/5, different fill", [
    ("tpl2", "2024-04-23 11:25", "Hello Nadia, I recently came across Ferreira Moss Architects and was truly impressed with your portfolio. We help firms like yours win more bids with interactive 3D walkthroughs that wow your clients. Would you be open to a brief call to see a few examples?"),
])
P("tpl3", "Mohammed Ali", "RenderHive", "Sales Executive")
C("junk", "template_campaign", "en", "shared template 3/5, slightly reworded", [
    ("tpl3", "2024-06-05 04:50", "Hi Nadia, came across your firm Ferreira Moss and I'm impressed by your portfolio! We help architects like you win more projects with photoreal 3D renderings and virtual tours that wow clients. Open to a quick call to look at some samples?"),
])
P("tpl4", "Lauren Fisher", "Spatial Story Co.", "Business Development")
C("junk", "template_campaign", "en", "shared template 4/5", [
    ("tpl4", "2024-08-27 15:35", "Hi Nadia - I came across Ferreira Moss Architects Inc. and was really impressed by your portfolio. We help architecture and interior design firms win more projects through immersive 3D virtual experiences that wow clients. Would you be open to a short call to see some examples?"),
])
P("tpl5", "Ben Carter", "TourCraft", "Account Manager")
C("junk", "template_campaign", "en", "shared template 5/5, with bump", [
    ("tpl5", "2024-12-03 12:00", "Hi Nadia, I came across your company and was impressed by your portfolio. We help firms like Ferreira Moss win more projects with immersive 3D virtual tours that truly wow clients. Would you be open to a short call?"),
    ("tpl5", "2024-12-10 12:00", "Hi Nadia, just circling back on this. Would love to show you some examples!"),
])

P("merge1", "Kristen Walsh", "Elevate Staffing", "Talent Acquisition")
C("junk", "merge_tag_failure", "en", "unfilled {first_name} tag", [
    ("merge1", "2024-05-21 08:00", "Hi {first_name}, I noticed your company is growing fast! We provide pre-vetted remote staff (admin, bookkeeping, customer support) at a fraction of local cost. Can I share a few profiles?"),
])
P("merge2", "Paul Dunn", "CloudDesk IT", "Managed Services Consultant")
C("junk", "merge_tag_failure", "en", "unfilled [Company] placeholder", [
    ("merge2", "2024-07-16 10:20", "Hi Nadia, I've been following [Company] for a while and love what you're doing in the [Industry] space. We provide managed IT and cybersecurity for businesses like yours. Do you have 15 minutes next week?"),
])
P("merge3", "Emily Stone", "Harbourline Insurance", "Commercial Insurance Advisor")
C("junk", "merge_tag_failure", "en", "wrong first name and wrong company", [
    ("merge3", "2024-10-29 14:00", "Hi Natalie, congrats on all the growth at Ferreira Dental Group! Many clinics like yours are overpaying for their commercial insurance. I can do a free policy review in 20 minutes. When works for you?"),
])
P("merge4", "Greg Foster", "SignalBoost Media", "Director")
C("junk", "merge_tag_failure", "en", "Hi FIRSTNAME and broken COMPANY_NAME", [
    ("merge4", "2025-02-18 09:30", "Hi FIRSTNAME, loved your recent post about COMPANY_NAME's growth! We'd love to feature you in our video series for business leaders. Can I send more info?"),
])

P("spon1", "Summit Business Card", "", "", url="https://www.linkedin.com/company/summit-business-card")
C("junk", "sponsored_inmail", "en", "sponsored InMail: business credit card", [
    ("spon1", "2024-04-01 12:00", "<p>Hi Nadia,</p><p>Earn 3x points on office supplies, travel &amp; software with the Summit Business Card. <strong>No annual fee</strong> for the first year.</p><p>Apply today.</p>"),
], title="Sponsored Conversation", subject="Nadia, a card built for firm owners")
P("spon2", "LinkedIn Member", "", "", url="")
C("junk", "sponsored_inmail", "en", "sponsored InMail from anonymous sender: executive programme", [
    ("spon2", "2024-11-07 12:00", "Lead with confidence in 2025. Our 8-week online Executive Leadership Certificate is designed for senior professionals like you. Enrolment closes soon. Learn more."),
], title="Sponsored Conversation", subject="Executive Leadership Certificate - enrolment closing")

P("award_paid", "Samantha Reed", "Business Excellence Review", "Awards Director")
C("junk", "paid_award", "en", "'selected' as a top firm, asks a listing fee", [
    ("award_paid", "2024-06-26 16:40", "Dear Nadia, Congratulations! Ferreira Moss Architects Inc. has been selected as one of the Top 10 Architecture Firms in Toronto 2024 by our editorial panel. To confirm your award and receive your crystal trophy, digital badge and feature article, a one-time processing fee of $795 applies. Please confirm by Friday to secure your place."),
])
P("feature_paid", "Marcus Webb", "Leaders Spotlight Magazine", "Editor in Chief")
C("junk", "paid_feature", "en", "magazine cover feature for a fee", [
    ("feature_paid", "2024-08-08 13:05", "Hi Nadia, our editorial team would love to feature you on the cover of our upcoming 'Women Shaping Industry' edition. Cover packages start at $1,450 and include a professional interview, print copies and social promotion. Interested?"),
])
P("podcast_paid", "Tina Alvarez", "Founders Unfiltered Podcast", "Booking Manager")
C("junk", "paid_podcast", "en", "podcast guest slot with a production fee", [
    ("podcast_paid", "2024-12-12 10:10", "Hi Nadia, we think your story would inspire our audience of 50K+ entrepreneurs! We'd love to have you as a guest. There's a small production investment of $1,200 which covers editing, distribution and a highlight reel. Shall I send the booking link?"),
])

P("fluent", "Lucas Bennett", "Nexora AI", "Enterprise Account Executive")
C("junk", "fluent_names_company", "en", "fluent, names her company, but fits anyone", [
    ("fluent", "2024-10-15 11:11", "Hi Nadia, Ferreira Moss Architects Inc. clearly has a strong reputation in Toronto, and I imagine that as you grow, keeping your team aligned gets harder. Nexora uses AI to connect your tools, surface insights and automate busywork, so leaders like you can focus on what matters. Would it be crazy to explore whether that could work for Ferreira Moss?"),
])

P("render_gen", "Anil Sharma", "PixelCraft Renders", "Manager")
C("junk", "generic_counterpart_rendering", "en", "generic rendering outsourcing (counterpart of the tailored visualizer)", [
    ("render_gen", "2024-03-27 03:15", "Hello, We are a 3D rendering company offering high quality exterior and interior renderings, walkthrough animations and floor plans at very affordable prices. Turnaround 48 hours. Please share your requirements and we will send a free sample."),
])
P("photo_gen", "Chris Dalton", "SkyShot Media", "Owner")
C("junk", "generic_counterpart_photography", "en", "generic drone/photo pitch (counterpart of the tailored photographer)", [
    ("photo_gen", "2024-07-30 12:30", "Hi Nadia! We provide drone photography, videography and virtual tours for businesses of all sizes. Stand out from the competition with stunning visuals. Packages from $299. Let me know if you'd like a quote!"),
])
P("bim_gen", "Sanjay Patel", "BIMWorks Global", "BD Manager")
C("junk", "generic_counterpart_bim", "en", "generic BIM outsourcing (counterpart of the tailored BIM consultant)", [
    ("bim_gen", "2024-09-03 06:00", "Dear Sir/Madam, BIMWorks Global offers Revit modeling, clash detection, scan to BIM and CAD conversion services for AEC firms worldwide. We have delivered 2000+ projects. Kindly let us know if you have any requirement."),
])
P("recr_gen", "Jason Miller", "TopTier Talent", "Recruitment Consultant")
C("junk", "generic_counterpart_recruiter", "en", "generic recruiter with no role or candidate fit", [
    ("recr_gen", "2024-04-16 17:00", "Hi Nadia, I work with top talent across all industries and have several exceptional candidates available right now. If you're hiring or planning to, I'd love to connect and learn more about your needs."),
])
P("pr_gen", "Natasha Irving", "Buzzline PR", "Founder")
C("junk", "generic_counterpart_pr", "en", "generic PR agency guaranteeing press (counterpart of tailored PR)", [
    ("pr_gen", "2025-03-04 10:30", "Hi Nadia, want to be featured in Forbes, Business Insider and 200+ news outlets? We guarantee placements for business owners or your money back. Spots are limited this month."),
])
P("erp_gen", "Hailey Cooper", "WorkFlowly", "Account Executive")
C("junk", "generic_counterpart_software", "en", "generic time-tracking/ERP pitch (counterpart of tailored fee software)", [
    ("erp_gen", "2024-11-19 14:25", "Hi Nadia, how are you currently tracking time and projects? WorkFlowly is the #1 all-in-one platform for teams, loved by 10,000+ companies. Can I show you a 15 min demo?"),
])

P("web", "Dylan Price", "PixelForge Web", "Web Designer")
C("junk", "generic_web_design", "en", "generic website redesign", [
    ("web", "2024-05-28 19:45", "Hi Nadia, I visited your website and I think there is a lot of room for improvement in the design and mobile speed. I'm a web designer with 8 years of experience and I'd love to give it a modern look. Can I send you a mockup?"),
])
P("gifts", "Rachel Kim", "Giftbox Corporate", "Corporate Sales")
C("junk", "off_topic_gifts", "en", "corporate holiday gifts", [
    ("gifts", "2024-10-22 09:50", "Hi Nadia! The holidays are around the corner. Show your clients and team some love with our curated Canadian gift boxes. Order before Nov 15 and get free engraving. Want to see the catalogue?"),
])
P("salesrole", "Amanda Pierce", "Velocity Recruiting", "Senior Recruiter")
C("junk", "irrelevant_recruiter_role", "en", "recruiter with a software sales role that doesn't fit her", [
    ("salesrole", "2024-08-21 15:15", "Hi Nadia, your background caught my eye! I'm hiring for an Enterprise Account Executive role at a fast-growing SaaS company. OTE $220K, fully remote. Interested in learning more?"),
])
P("va", "Joy Santos", "AssistPro", "Virtual Assistant")
C("junk", "generic_virtual_assistant", "en", "virtual assistant services", [
    ("va", "2025-01-08 02:40", "Good day Ma'am Nadia! I am an experienced virtual assistant offering email management, calendar management, data entry and social media support. Rate is $8/hour. Hoping for your positive response."),
])
P("ghost", "Ethan Ross", "Authority Engine", "Founder", connected="2025-03-24")
C("junk", "ghostwriting_quick_call", "en", "LinkedIn ghostwriting, asks for a quick call", [
    ("ghost", "2025-03-25 08:00", "Nadia, most founders post on LinkedIn and get 12 likes. Our clients get inbound leads every week. We ghostwrite your content so you don't have to. Got 15 minutes this week to see if it's a fit?"),
    ("ghost", "2025-04-01 08:00", "Nadia - bumping this. Still open to a quick chat?"),
])
P("ai_tool", "Priyanka Rao", "DesignGPT", "Growth Lead")
C("junk", "generic_ai_design_tool", "en", "AI design generator for 'any architect'", [
    ("ai_tool", "2025-04-08 11:45", "Hi Nadia! Architects are saving 20 hours per week with DesignGPT, the AI that generates floor plans and facades in seconds. Join 5,000+ firms already using it. Want a free trial?"),
])


if __name__ == "__main__":
    ex.write(
        Path(__file__).resolve().parents[1] / SLUG,
        {"First Name": "Nadia", "Last Name": "Ferreira",
         "Headline": "Partner at Ferreira Moss Architects | housing, mass timber, civic work",
         "Summary": "Architect (OAA). Partner at a 20-person studio in Leslieville designing mid-rise housing, laneway suites, libraries and childcare centres.",
         "Industry": "Architecture & Planning", "Zip Code": "M4M 2R7",
         "Geo Location": "Toronto, Ontario, Canada", "Websites": "[COMPANY:fmarchitects.ca]"},
        [{"Company Name": "Ferreira Moss Architects Inc.", "Title": "Partner",
          "Description": "Co-founded the studio with Daniel Moss. Housing, civic and childcare projects.",
          "Location": "Toronto, Ontario, Canada", "Started On": "Sep 2011", "Finished On": ""},
         {"Company Name": "Hartley & Chu Architects", "Title": "Project Architect",
          "Description": "Institutional and university projects.",
          "Location": "Toronto, Ontario, Canada", "Started On": "Jun 2006", "Finished On": "Aug 2011"}],
        ["Architecture", "Mass Timber", "Revit", "Multi-family Housing", "Contract Administration",
         "Heritage Renovation", "Zoning"],
    )
    print(ex.summary())

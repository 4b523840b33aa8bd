"""Persona heldout12/en-commercial-real-estate-broker-sydney, written blind (session 3).

Tessa Marchetti leases office and industrial space for Harbourline Property Partners, a
mid-size commercial agency in North Sydney. Every message below is written by hand for this
corpus; running the script regenerates the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-commercial-real-estate-broker-sydney"
OWNER = Person("me", "Tessa Marchetti", "https://www.linkedin.com/in/tessa-marchetti-4c81e2",
               "Harbourline Property Partners", "Director, Office & Industrial Leasing")

ex = Export(SLUG, "2024", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine

P("ryan", "Ryan Okafor", "Harbourline Property Partners", "Associate Director, Industrial",
  connected="2019-03-11")
C("genuine", "colleague", "en", "colleague about the Friday pipeline meeting and a Moorebank deal", [
    ("ryan", "2024-08-29 16:41", "Tess are we still doing pipeline at 8 tomorrow or did Graham push it? Need to talk Moorebank before the landlord calls me back"),
    ("me", "2024-08-29 16:55", "Still 8. Bring the heads of agreement markup, their lawyer wants the make-good clause reworded again"),
    ("ryan", "2024-08-29 17:02", "legend. I'll bring coffees too, flat white?"),
    ("me", "2024-08-29 17:03", "Large. It's going to be that kind of Friday"),
])

P("priya", "Priya Raman", "Lumeo Health", "Head of Operations", connected="2024-05-02",
  invite=("OUT", "2024-05-02 17:05", "Hi Priya, Marcus Brandt mentioned you might be in touch - happy to connect."))
C("genuine", "inbound_lead", "en", "inbound lead: wants to hire her as tenant rep and asks about fees", [
    ("priya", "2024-05-03 09:12", "Hi Tessa, Marcus Brandt at Northgate Legal gave me your name. We're a 60-person health-tech company currently in a WeWork in Surry Hills and we need our own floor by about March - somewhere 700-850 sqm, ideally North Sydney or St Leonards so the team can get the metro.\n\nCould you tell me how you charge for tenant representation? Is it a fee from us or does the landlord pay you? Our CFO will ask and I'd rather not look clueless."),
    ("me", "2024-05-03 11:30", "Hi Priya, thanks for reaching out and say thanks to Marcus for me. Short answer: in most North Sydney deals the landlord pays the agency fee, so there's usually no cost to you. For some off-market options we agree a small retainer up front, I'll explain that properly on a call. Are you free Tuesday 10am? I can also send a one-pager with our terms beforehand."),
    ("priya", "2024-05-03 11:48", "Tuesday 10 works. Yes please send the one-pager, and if you have a sense of what rents look like for 800 sqm that would help me with the budget."),
    ("me", "2024-05-03 12:10", "Done, it's in your inbox. Rough guide for decent B+ space over there at the moment is $780-$900 gross per sqm, plus incentives of 30%+ which is where we earn our keep. Talk Tuesday!"),
])

P("graham", "Graham Whitlock", "Harbourline Property Partners", "Managing Director", connected="2016-07-20")
C("genuine", "colleague", "en", "MD congratulates her on the Rydalmere mandate and talks about hiring a junior", [
    ("graham", "2024-03-18 07:55", "Well done on Rydalmere. The Chen family were impressed, Albert rang me last night just to say so. Can we talk about getting you a junior? You can't run 14 units on your own."),
    ("me", "2024-03-18 08:20", "Thanks Graham! Yes please. I'd want someone with a year or two of industrial, not a grad. Budget around 85 plus super plus commission split?"),
    ("graham", "2024-03-18 08:31", "Fine by me. Use Jenna at Keystone Search, she found us Ryan. Put the ad on Seek as well."),
])

P("jenna", "Jenna Ho", "Keystone Search", "Senior Consultant, Property", connected="2021-02-09")
C("genuine", "recruiter_engaged", "en", "recruiter she engaged sends a shortlist and her fee", [
    ("me", "2024-03-18 09:05", "Hi Jenna, Graham says hi. I'm hiring a leasing executive for our industrial team, 1-3 years experience, Western Sydney focus. Would you take it on? What are your terms these days?"),
    ("jenna", "2024-03-18 10:40", "Hi Tessa, lovely to hear from you! Absolutely. Same terms as last time with Ryan: 15% of base, payable on start, 3-month replacement guarantee. I can have a longlist to you within 10 days. Can you send me a quick brief, must-haves vs nice-to-haves?"),
    ("me", "2024-03-18 11:02", "Sent via email. Must have: car licence, knows the Wetherill Park / Eastern Creek area, not scared of the phone."),
    ("jenna", "2024-03-28 15:16", "Shortlist of 4 in your inbox. My pick is Daniel - 2 yrs at a boutique in Parramatta, did 30 industrial deals. Available for interview next week."),
    ("me", "2024-03-28 15:40", "Great, Wed afternoon for Daniel and the woman from Castle Hill please"),
])

P("daniel", "Daniel Ferreira", "", "Leasing Executive", connected="2024-04-04")
C("genuine", "applicant", "en", "applicant thanks her after the interview and asks about next steps", [
    ("daniel", "2024-04-04 18:22", "Hi Tessa, thanks again for your time this arvo. Really enjoyed hearing about the Rydalmere estate and how you're approaching the hardstand units. Jenna mentioned there might be a second round with Graham - happy to come in whenever suits. Cheers, Daniel"),
    ("me", "2024-04-05 08:10", "Thanks Daniel, good to meet you too. Yes, Graham would like to meet you Tuesday 4pm at our office. Bring your deal sheet if you can."),
    ("daniel", "2024-04-05 08:14", "Will do, see you Tuesday!"),
])

P("kirsty", "Kirsty Lamb", "", "Property Law Student", connected="2024-07-15",
  invite=("IN", "2024-07-15 20:10", "Hi Tessa, saw your role at Harbourline advertised - would love to connect!"))
C("genuine", "applicant", "en", "graduate applies for a role, not a pitch", [
    ("kirsty", "2024-07-16 09:01", "Hi Tessa,\nI'm finishing my Bachelor of Property at UWS in November and I noticed Harbourline is hiring a leasing coordinator. I've worked part time for 2 years at a strata management company in Penrith so I'm used to tenants and landlords (and the occasional angry owners corporation!). I've attached my CV to my application on Seek but wanted to say hello directly.\nThanks so much,\nKirsty"),
    ("me", "2024-07-17 12:30", "Hi Kirsty, thanks for reaching out, I've flagged your application for our office manager. Strata experience is useful. You'll hear from us by end of next week either way."),
])

P("hamish", "Hamish Doyle", "Property Pulse Weekly", "Senior Reporter", connected="2022-10-03")
C("genuine", "journalist", "en", "journalist asks for a comment on industrial vacancy", [
    ("hamish", "2024-06-11 13:20", "Tessa - doing a piece for Thursday on industrial vacancy in the outer west creeping up from basically zero. Are you seeing more options come back in Eastern Creek / Erskine Park? 2-3 lines on the record would be great, deadline 5pm Weds."),
    ("me", "2024-06-11 14:45", "Hi Hamish, sure: 'Vacancy is still tight by any historical standard, but we're finally seeing sub-5,000 sqm units come back to market in Erskine Park as occupiers consolidate. Tenants have a little more room to negotiate on incentives than 12 months ago, landlords are holding face rents.' - Tessa Marchetti, Harbourline. Happy for you to trim."),
    ("hamish", "2024-06-11 14:49", "Perfect, thanks heaps. Owe you a beer"),
])

P("leanne", "Leanne Costa", "Property Council NSW", "Events Manager", connected="2020-02-14")
C("genuine", "event_invite", "en", "real contact invites her to speak at an industry breakfast", [
    ("leanne", "2024-01-22 10:02", "Hi Tessa! Would you be up for being on the panel at our Western Sydney Industrial Outlook breakfast on 21 Feb? Other panellists are from Cadwell Logistics and Parramatta council. Should be a good crowd, about 180 booked already."),
    ("me", "2024-01-22 10:30", "Love to. Send me the run sheet when you have it. Do you want slides or just talk?"),
    ("leanne", "2024-01-22 10:41", "Just talk, maybe one chart if you have something good on rents. Thank you!!"),
])

P("oscar", "Oscar Nguyen", "Cadwell Logistics", "Property Manager", connected="2024-02-21")
P("fiona", "Fiona Reid", "Westpoint Industrial REIT", "Asset Manager", connected="2024-02-21")
P("sanjay", "Sanjay Mehta", "City of Parramatta", "Economic Development Officer", connected="2023-08-30")
C("genuine", "thanks_congrats", "en", "thank-you after the industrial breakfast panel (1 of 3)", [
    ("oscar", "2024-02-21 11:05", "Thanks for a great panel this morning Tessa, your point about hardstand being the new scarce asset was spot on. Good to finally meet in person."),
    ("me", "2024-02-21 12:40", "Thanks Oscar, likewise! Let's grab a coffee when you're next in town."),
])
C("genuine", "thanks_congrats", "en", "thank-you after the industrial breakfast panel (2 of 3)", [
    ("fiona", "2024-02-21 11:32", "Great panel this morning! Thanks for the insights on hardstand, really useful for our Q1 board paper."),
])
C("genuine", "thanks_congrats", "en", "thank-you after the industrial breakfast panel (3 of 3)", [
    ("sanjay", "2024-02-21 13:15", "Thank you for this morning Tessa, great discussion. I'll send through the employment lands study we mentioned."),
    ("me", "2024-02-21 14:02", "Thanks Sanjay, yes please!"),
])

P("albert", "Albert Chen", "Chen Family Holdings", "Director", connected="2018-05-06")
C("genuine", "client", "en", "landlord client: exclusive agency agreement and commission for the Rydalmere estate", [
    ("albert", "2024-03-04 08:48", "Tessa, my brother and I have gone through your proposal for Riverside Business Park. We are comfortable with 15% of first year gross but not with the 6-month exclusive. Can we do 4 months and then review?"),
    ("me", "2024-03-04 09:30", "Morning Albert. 4 months works if we can start the marketing campaign straight away, the campaign costs ($6,800 for signage, photos and the digital ads) would be paid by you up front as per page 3. I'll send the revised agreement today."),
    ("albert", "2024-03-04 09:44", "Fine. Send it to Winnie as well please, she does the paperwork now."),
    ("me", "2024-03-15 17:20", "Signed copy received, thank you both. Boards go up Monday."),
    ("albert", "2024-03-15 17:35", "Good. Let's get those units full before Christmas."),
])

P("kurt", "Kurt Vassallo", "Vassallo Transport", "Owner", connected="2024-09-02")
C("genuine", "inbound_lead", "en", "inbound lead asks for a quote for leasing a hardstand yard (message landed in SPAM)", [
    ("kurt", "2024-09-02 06:15", "hi Tessa, Kurt here from Vassallo Transport. Dave Pillay said ur the one for yards out west. need 4000m2 hardstand min with small office, Wetherill Park or Smithfield, lease from Jan. what would it cost us and do we pay u or the owner. not on linkedin much, best call 0412 ... thanks"),
    ("me", "2024-09-06 10:01", "Hi Kurt, so sorry, your message went into my LinkedIn spam folder! Yes we can help. Landlord normally pays our fee on a new lease. Hardstand out there is running $110-$150/sqm depending on the sealing. I'll call you this arvo."),
], folder="SPAM")

P("maggie", "Maggie Sorensen", "Boardroom Signs", "Account Manager", connected="2019-11-12")
C("genuine", "vendor_existing", "en", "existing signage supplier announces price increase", [
    ("maggie", "2024-07-01 09:00", "Hi Tessa, hope you're well. Just a heads up before your next orders: from 1 August our 2400x1200 'For Lease' boards go from $395 to $440 installed, due to aluminium and fuel. Removals stay at $60. Happy to honour old pricing for anything you book before the 31st. Thanks for all the work this year!"),
    ("me", "2024-07-01 09:48", "Thanks Maggie. Book me 3 boards at Rydalmere units 7, 9 and 12 then, I'll email the artwork"),
    ("maggie", "2024-07-01 10:05", "Done, install Thursday :)"),
])

P("liam", "Liam Porter", "Porter Aerial Media", "Photographer", connected="2020-06-18")
C("genuine", "vendor_existing", "en", "her regular photographer quotes a shoot and new drone rates", [
    ("me", "2024-03-19 14:00", "Hi Liam, can you shoot the Rydalmere estate next week? 14 units, drone + ground, twilight for the front of the estate if the weather plays nice."),
    ("liam", "2024-03-19 15:22", "Hey Tess! Yep. Heads up my drone rate went up this year because of the CASA licence changes - the whole package would be $2,150 + GST. Weds or Thurs?"),
    ("me", "2024-03-19 15:30", "Thursday. Invoice Harbourline as usual"),
])

P("marcus", "Marcus Brandt", "Northgate Legal", "Partner, Property", connected="2017-09-25")
C("genuine", "client", "en", "lawyer about the heads of agreement and a make-good clause", [
    ("marcus", "2024-08-26 12:10", "Tessa, the landlord's solicitors have come back on cl 14. They want full reinstatement to base building incl. removing the comms room. My client won't wear that. Can you push commercially before I write another letter?"),
    ("me", "2024-08-26 13:05", "Leave it with me. I'll offer a cash make-good of $45k instead, I think they'll take it, the next tenant will rip it out anyway."),
    ("marcus", "2024-08-26 13:07", "Good, that's cheaper than my hours"),
    ("me", "2024-08-28 09:50", "They took $52k. I'll send the updated HoA this morning."),
])

P("winnie", "Winnie Chen", "Chen Family Holdings", "Property Administrator", connected="2021-05-17")
C("genuine", "client", "en", "client's administrator asks about an invoice and the incentive schedule", [
    ("winnie", "2024-06-20 15:30", "Hi Tessa, accounts is asking about invoice HPP-2291 for unit 9. Is the commission calculated on the net rent after the rent free or before? Sorry if this is a silly question."),
    ("me", "2024-06-20 16:02", "Not silly at all Winnie! It's on the gross face rent for year 1, as per clause 4 of the agency agreement. Rent-free doesn't reduce it. Happy to jump on a call if accounts want to go through it."),
    ("winnie", "2024-06-20 16:10", "Thanks, that's clear. Will pay this week"),
])

P("bec", "Bec Harrington", "", "", connected="2012-03-01")
C("genuine", "friend", "en", "uni friend of many years, small talk and the footy", [
    ("bec", "2024-09-28 20:45", "TESS. Grand final at ours tomorrow, bring the kids. Swans are gonna get smashed but we'll have a nice time regardless"),
    ("me", "2024-09-28 21:10", "Haha we'll be there. I'll bring a pav. Don't tell Tom I'm going for the Lions"),
    ("bec", "2024-09-29 22:30", "well that was brutal. thanks for coming xx"),
], folder="ARCHIVE")

P("tom", "Tom Gallagher", "Gallagher Fitouts", "Director", connected="2018-10-08")
C("genuine", "vendor_requested_quote", "en", "she asks a fit-out builder to quote for a client's incentive", [
    ("me", "2024-05-20 10:15", "Hey Tom, need a ballpark for a client: 780 sqm floor in Walker St, cat A, they want 60 workstations, 4 meeting rooms, one boardroom, kitchen. Landlord offering a fit-out contribution so I need to know if $1,100/sqm covers it."),
    ("tom", "2024-05-20 12:30", "Hey Tess. For that spec with current trade prices I'd say $1,250-1,400/sqm, more if they want a fancy kitchen. Happy to walk it Thursday and give a proper quote, no charge."),
    ("me", "2024-05-20 12:41", "Thursday 8am, I'll bring Priya from Lumeo"),
])

P("jade", "Jade Whitfield", "Harbourline Property Partners", "Marketing Coordinator", connected="2022-04-11")
P("sam", "Sam Ioannou", "Harbourline Property Partners", "Leasing Executive", connected="2023-01-23")
C("genuine", "colleague", "en", "internal group chat about the Christmas party", [
    ("jade", "2023-11-22 11:00", "Xmas party venue shortlist: Opera Bar (booked out lol), The Greens North Sydney, or a harbour cruise. Vote by Friday pls!!"),
    ("sam", "2023-11-22 11:04", "cruise 100%"),
    ("me", "2023-11-22 11:20", "Cruise, but not one with a DJ please. I'm too old"),
    ("ryan", "2023-11-22 11:25", "Greens. Remember last time someone got seasick (it was Sam)"),
    ("sam", "2023-11-22 11:26", "slander"),
], title="HPP leasing team", extra=["ryan"])

P("nadia", "Nadia Kaur", "Macquarie Park Innovation District", "Program Lead", connected="2022-08-17")
C("genuine", "event_invite", "en", "contact invites her to a precinct networking evening", [
    ("nadia", "2024-04-09 17:30", "Hey Tessa, we're hosting a precinct drinks on 2 May for the tenants in the district, a lot of them have leases expiring in 25/26. No speeches, just drinks. Want me to add you to the list? +1 welcome"),
    ("me", "2024-04-10 08:05", "Yes please! I'll bring Ryan."),
])

P("helen", "Helen Marsh", "Marsh Valuers", "Director", connected="2019-02-27",
  invite=("OUT", "2019-02-26 18:20", ""))
C("genuine", "peer", "en", "valuer asks for rental evidence", [
    ("helen", "2024-02-06 09:40", "Morning Tessa, valuing a 3,200 sqm warehouse in Smithfield for a bank. Any recent leasing evidence you can share? Net rent and incentive would be gold. Will keep it confidential of course."),
    ("me", "2024-02-06 11:15", "Hi Helen, 2 deals I can share: 2,900 sqm in Yennora, $148 net, 10% incentive, 5 yrs (Dec). And 3,600 sqm Wetherill Park, $155 net, 12%, 7 yrs (Jan). Hope that helps."),
    ("helen", "2024-02-06 11:20", "Brilliant, thank you!"),
])

P("chris", "Chris Papadopoulos", "Goldline Commercial", "Director, Leasing", connected="2020-09-09")
C("genuine", "peer_joint_offer", "en", "peer at another agency proposes a conjunctional listing and fee split", [
    ("chris", "2024-07-23 14:10", "Tessa, got a landlord in Silverwater with 6 units (1,000-2,500 sqm) who wants two agencies on it. You know the market out there better than we do. Conjunctional, 50/50 split on fees regardless of who finds the tenant? Happy to buy lunch to talk it through."),
    ("me", "2024-07-23 15:00", "Interested. Who's the landlord? And would you do signage or us? Lunch Thursday at Rafi?"),
    ("chris", "2024-07-23 15:04", "It's the Ioannidis family trust. Joint boards. Thursday 12:30 works."),
    ("me", "2024-07-25 16:45", "Great lunch. Send me the draft conjunctional agreement and I'll run it past Graham"),
])

P("ella", "Ella Brooks", "", "Student, UTS", connected="2024-03-25",
  invite=("IN", "2024-03-25 19:00", "Hi! I'm a UTS property student - could I ask you a couple of questions about your career?"))
C("genuine", "mentoring", "en", "student asks for career advice", [
    ("ella", "2024-03-26 08:15", "Hi Tessa, thanks for accepting! I'm in 2nd year property economics and trying to decide between valuation and agency. How did you decide? Did you start in residential first?"),
    ("me", "2024-03-27 21:05", "Hi Ella! I started in residential property management actually, hated it, moved to commercial leasing at 25 and never looked back. If you like people and pressure go agency, if you like spreadsheets go valuation. Happy to have a 20-min coffee if you're in North Sydney."),
    ("ella", "2024-03-27 21:20", "That would be amazing, thank you!!"),
])

P("dave", "Dave Pillay", "Westpoint Industrial REIT", "Leasing Manager", connected="2016-03-14")
C("genuine", "intro_referral", "en", "long-standing contact refers a prospect to her", [
    ("dave", "2024-08-30 17:40", "Tess, passed your name to Kurt Vassallo, runs trucks out of Smithfield and is outgrowing his yard. Rough diamond but pays on time. I've got nothing big enough for him."),
    ("me", "2024-08-31 09:12", "Thanks Dave, appreciate it. I'll keep an eye out for him. Next round is on me."),
])

P("warrick", "Warrick Bell", "Bell & Co Accountants", "Partner", connected="2024-06-03")
C("genuine", "pricing_question", "en", "tenant client asks for a quote for a rent review", [
    ("warrick", "2024-06-03 14:22", "Hi Tessa, our lease at 100 Pacific Hwy has a market review in October and the landlord's agent has come in at $950 gross which feels high. Do you do rent review advice for tenants and what do you charge? We're 420 sqm."),
    ("me", "2024-06-03 16:10", "Hi Warrick, yes we do. For a review we charge a flat $3,500 + GST, which includes a written market evidence report and negotiating with their agent. If it goes to a determination we'd quote separately. From what I'm seeing $950 is ambitious for that building."),
    ("warrick", "2024-06-04 09:00", "Sounds fair. Send the engagement letter through please."),
])

P("mel", "Mel Duarte", "Harbourline Property Partners (Brisbane)", "Director", connected="2021-07-30")
C("genuine", "colleague", "en", "colleague in Brisbane asks for a referral contact", [
    ("mel", "2024-01-15 12:00", "Hey Tess, one of my clients is opening a Sydney office (about 300 sqm, Barangaroo or Martin Place). Can I send them your way? Usual referral split?"),
    ("me", "2024-01-15 12:30", "Of course, send them over. Usual 20% to you. Hope the heat up there isn't killing you"),
    ("mel", "2024-01-15 12:33", "36 and humid. Send help"),
])

P("andrew", "Andrew Kim", "Kim & Lau Architects", "Principal", connected="2015-08-02")
C("genuine", "friend", "en", "old contact congratulates her on 10 years at the agency", [
    ("andrew", "2024-07-20 08:30", "10 years at Harbourline! Congrats Tessa, remember when you leased us that awful little office above the kebab shop in Crows Nest? Look at you now"),
    ("me", "2024-07-20 09:15", "Ha! I still maintain that was a great office. Thanks Andrew, we should get lunch."),
])

P("grace", "Grace O'Neill", "Cityscape Building Management", "Building Manager", connected="2022-05-24")
C("genuine", "client_ops", "en", "building manager arranges inspection access", [
    ("grace", "2024-05-14 07:40", "Hi Tessa, for your inspections on level 6 on Thursday - loading dock is closed for the lift works so please use the Berry St entrance. Security will have the access cards at the desk under Harbourline."),
    ("me", "2024-05-14 08:10", "Thanks Grace, that's really helpful!"),
])

P("josh", "Josh Whitaker", "Lumeo Health", "CFO", connected="2024-05-10")
C("genuine", "client", "en", "tenant CFO negotiates offer terms with her help", [
    ("josh", "2024-06-18 18:05", "Tessa, board's approved Walker St subject to the incentive being at least 32% and a 5 year term with a 5 year option. Can you put that to the landlord as our final offer?"),
    ("me", "2024-06-18 18:40", "Will do first thing. I think they'll land at 31 but let's see. They also want a bank guarantee of 6 months - ok with that?"),
    ("josh", "2024-06-18 18:50", "3 months. Tell them we're a growing business not a bank"),
    ("me", "2024-06-20 13:00", "Agreed: 32%, 5+5, 4 months BG. Congrats!"),
    ("josh", "2024-06-20 13:06", "Fantastic work. Drinks on us when we move in"),
])

P("rhys", "Rhys Turnbull", "Turnbull Freight", "General Manager", connected="2023-10-05")
C("genuine", "client", "en", "long-running tenant client, lease expiry discussion", [
    ("rhys", "2023-10-05 15:15", "Tess our Yennora lease ends Jun 25. Landlord hasn't said a word. Should we be worried or is silence good"),
    ("me", "2023-10-05 15:55", "Silence usually means they assume you'll stay and they'll come in high. Let's start talking to them 12 months out, with a couple of alternatives in our back pocket so you have leverage. I'll put a list together next month."),
    ("rhys", "2023-10-05 16:02", "Good plan. Ta"),
    ("me", "2023-11-14 10:30", "List of 4 alternatives attached in email. Two in Chullora are worth a look."),
])

P("monica", "Monica Reyes", "PropData Australia", "Customer Success Manager", connected="2020-01-20")
C("genuine", "vendor_existing", "en", "existing data subscription vendor announces renewal price", [
    ("monica", "2023-12-04 10:00", "Hi Tessa, your agency's PropData subscription renews on 1 Feb. The 2024 price for your 6 seats will be $14,880 + GST (up 6%). If you'd like to drop to 5 seats or add the industrial leasing module, let me know before 15 Jan and I'll rework the quote."),
    ("me", "2023-12-04 11:20", "Thanks Monica. Can you quote 6 seats plus the industrial module? Graham will want to see both options."),
    ("monica", "2023-12-05 09:10", "Sent both quotes to you and Graham. The module is $2,400 on top for the year."),
])

P("ahmed", "Ahmed Saleh", "", "", connected="2014-11-23")
C("genuine", "friend", "en", "former colleague asks for a reference for a new job", [
    ("ahmed", "2024-04-22 19:30", "Hey Tess, long time! I'm going for a portfolio manager role at one of the big listed property funds and they want referees. Would you be ok being one? It's mostly about the 2 years we worked together at Dunmore."),
    ("me", "2024-04-22 20:15", "Of course Ahmed, give them my mobile. Good luck!"),
    ("ahmed", "2024-05-08 21:00", "Got it!! Thanks for the reference, they said you were very convincing haha"),
    ("me", "2024-05-08 21:12", "Congratulations!! So well deserved"),
])

P("olivia", "Olivia Tran", "Tran Dental Group", "Practice Owner", connected="2024-08-12")
C("genuine", "inbound_lead", "en", "inbound lead wants a medical suite, asks about the process", [
    ("olivia", "2024-08-12 21:40", "Hello, I'm looking to open a second dental practice in Chatswood or St Leonards - about 200 sqm with plumbing for 5 chairs. Do you do small medical suites or only big warehouses? How much do these usually rent for?"),
    ("me", "2024-08-13 09:20", "Hi Olivia, yes we do smaller suites too. Medical-ready space in Chatswood is roughly $650-800 gross per sqm. There are two on our books I can show you next week, one already has plumbing from a previous physio."),
    ("olivia", "2024-08-13 12:45", "Great, next Wednesday morning? And do I need to bring anything?"),
    ("me", "2024-08-13 13:30", "Wednesday 9:30 at 12 Help St, I'll meet you in the lobby. Just bring your fitout wishlist"),
    ("me", "2024-08-14 08:00", "Hi Olivia, also wanted to mention the second suite has"),
], drafts={4})

P("pete", "Pete Lawson", "", "", connected="2017-01-05")
C("genuine", "friend", "en", "long-standing contact asks about her kids' school, small talk", [
    ("pete", "2024-02-02 17:00", "How did Mia go on her first day of high school? Ours cried (me, not the kid)"),
    ("me", "2024-02-02 19:45", "Haha she was fine, I was a wreck. Hope Lachie's settling in"),
])

# ---------------------------------------------------------------- wanted pitches

P("zara", "Zara Whitcombe", "YardScope", "Co-founder", connected="2024-06-14",
  invite=("IN", "2024-06-14 09:00", "Loved your post on hardstand, would like to connect"))
C("wanted_pitch", "tailored_data_tool", "en", "cites her LinkedIn post on hardstand shortage; offers yard availability data", [
    ("zara", "2024-06-14 09:40", "Hi Tessa, your post last week about hardstand being 'the new A-grade' and tenants not being able to tell sealed from compacted gravel on the listings really hit home. We built YardScope for exactly that: we map every hardstand site in the M4/M7 corridor from aerial imagery, with surface type, truck access and whether it's zoned IN1 or IN2. Dave at Westpoint uses it already.\n\nWould a 2-week trial on Wetherill Park and Smithfield be useful for you? No card, no call unless you want one."),
    ("me", "2024-06-15 10:30", "Hi Zara, that's actually relevant, I've got a trucking client looking right now. Send me the trial login."),
    ("zara", "2024-06-15 10:45", "Done, check your email. The Smithfield layer is the freshest (May imagery)."),
])

P("callum", "Callum Frost", "Frost Copy", "Freelance Copywriter", connected="2024-04-29")
C("wanted_pitch", "tailored_freelancer", "en", "copywriter read her actual listings and points out a concrete error", [
    ("callum", "2024-04-29 13:00", "Hi Tessa, I write listing copy for a few commercial agencies. I had a look at your Alexandria warehouse listing on harbourline.com.au, small thing: the headline says 9m clearance but the features list says 7.5m, and a logistics tenant will bin it for that. The Rydalmere units are also described as 'high-exposure' but none of them face the road, which might disappoint on inspection.\n\nIf you ever want a second pair of eyes before listings go live, I charge $180 per listing, 24h turnaround. Either way, hope the fix helps!"),
    ("me", "2024-04-29 15:20", "Ha, good catch on Alexandria, it's 7.5. Fixed. Send me your rate card, Jade in marketing might use you."),
])

P("harriet", "Harriet Lim", "Shortfall QS", "Quantity Surveyor", connected="2024-01-30")
C("wanted_pitch", "tailored_service", "en", "quantity surveyor read her article on make-good disputes; offers make-good estimates", [
    ("harriet", "2024-01-30 11:10", "Hi Tessa, I read your piece in Property Pulse about make-good disputes eating the last 6 months of every lease. Your example of the tenant who was asked to remove a raised floor that was there before they moved in - we see that all the time.\n\nWe do independent make-good cost estimates for tenants and landlords, usually $1,200-2,000 per tenancy, and they're often what gets a cash settlement agreed. Happy to do your next one at cost so you can see if it's useful for your clients."),
    ("me", "2024-01-31 09:00", "Thanks Harriet, timely. I have one at 100 Miller St right now. Can I call you?"),
    ("harriet", "2024-01-31 09:05", "Of course, 0400 anytime after 10."),
])

P("ben", "Ben Castellano", "Castellano Signs & Hoardings", "Sales Manager", connected="2024-03-22")
C("wanted_pitch", "tailored_supplier", "en", "read the press item about the Rydalmere mandate; offers estate signage", [
    ("ben", "2024-03-22 08:30", "Morning Tessa, saw in Property Pulse that Harbourline picked up the leasing of Riverside Business Park in Rydalmere. Congrats. I drove past yesterday, the estate entry on Victoria Rd has the old 'Chen Industrial' pylon that's faded and hard to read from the road. We do pylon refaces with a 'now leasing' panel for about $3-4k and can usually turn it round in 2 weeks. If the Chens want it done before the campaign I'd be glad to quote."),
    ("me", "2024-03-22 10:10", "Good timing Ben. Please send me a quote for the pylon with a removable leasing panel, I'll put it to the owners."),
])

P("dana", "Dana Whitmore", "DealDesk Integrations", "Consultant", connected="2024-09-10")
C("wanted_pitch", "tailored_software", "en", "knows her agency runs DealDesk CRM from a job ad; offers a specific integration", [
    ("dana", "2024-09-10 10:20", "Hi Tessa, noticed from Harbourline's job ad for a leasing coordinator that you use DealDesk as your CRM and Mailchimp for the monthly availability list. A lot of agencies end up copying listings from one to the other by hand every month. We've built a small connector that pushes your DealDesk 'available' listings straight into a Mailchimp template, with photos. Set-up is a fixed $900.\n\nHappy to show a 10 min screen recording instead of a call if that's easier."),
    ("me", "2024-09-11 08:45", "Send the recording. Jade spends a whole day on that list every month."),
    ("dana", "2024-09-11 08:50", "Here you go: vid.dealdesk-int.example/harbourline-demo"),
])

P("isla", "Isla Mackenzie", "Greenward Recruitment", "Senior Consultant, Commercial Property", connected="2024-02-12")
C("wanted_pitch", "tailored_recruiter", "en", "recruiter with a candidate matching her published Seek ad", [
    ("isla", "2024-02-12 16:30", "Hi Tessa, I saw Harbourline's Seek ad for an industrial leasing executive. I've got a candidate who fits the brief almost exactly: 2.5 yrs industrial leasing in the Hills district, ~25 deals, grew up in Blacktown so knows the western suburbs well, currently at a boutique that's just been bought out. Happy to send an anonymised profile. My fee is 14% of base."),
    ("me", "2024-02-13 09:15", "Thanks Isla, send it through. Full disclosure, I'm also working with Keystone on it."),
    ("isla", "2024-02-13 09:20", "No problem at all. Profile sent."),
])

P("ruby", "Ruby Fairweather", "Twin Lens Studio", "Videographer", connected="2024-05-06")
C("wanted_pitch", "tailored_freelancer", "en", "videographer mentions her talk at the breakfast and a specific listing", [
    ("ruby", "2024-05-06 12:00", "Hi Tessa, I was in the audience at the Property Council breakfast in February, you said the hardest thing about leasing warehouses is getting tenants to understand the truck access before they drive out. I shoot short drone walkthroughs of industrial sites that show exactly that: the route from the M4 exit to the loading docks, turning circles, awning heights. For Rydalmere it'd be a 60-second clip for $1,400. Here's one I did for a Moorebank estate: twinlens.example/moorebank"),
    ("me", "2024-05-07 09:30", "That Moorebank clip is good. Let me check with the owner, I'll come back to you."),
])

P("lachlan", "Lachlan Reid", "LockBox Access", "Founder", connected="2024-07-08")
C("wanted_pitch", "tailored_mutual_contact", "en", "names a mutual contact and her after-hours inspection problem", [
    ("lachlan", "2024-07-08 14:40", "Hi Tessa, Grace O'Neill from Cityscape said you've been doing a lot of after-hours inspections at Miller St because tenants can't get away during the day, and that getting access cards from security is a pain each time. We install keyless smart locks for vacant suites with time-limited codes you send from your phone, and the building manager gets a log. Grace is trialling it at Berry St. Would you like to see it there next time you're in the building?"),
    ("me", "2024-07-08 16:00", "Yes that's a real pain point. I'm at Berry St Thursday, can you meet me at 4?"),
    ("lachlan", "2024-07-08 16:03", "Thursday 4, see you in the lobby."),
])

P("mara", "Mara Jovanovic", "Floorwise", "Account Executive", connected="2024-08-05")
C("wanted_pitch", "tailored_service", "en", "points out her industrial listings have no floorplans and offers measured plans", [
    ("mara", "2024-08-05 09:15", "Hi Tessa, I was looking at your current industrial listings and noticed that of the 9 units at Riverside Business Park only 2 have a floorplan, and none show the hardstand area or the awning. We do laser-measured plans (office + warehouse + yard) for $380 per unit, and can do all 7 remaining in one day. Happy to do one free so you can check the accuracy."),
    ("me", "2024-08-05 11:00", "Fair point. Do unit 12 for free and I'll see."),
])

P("nick", "Nick Adebayo", "Adebayo Make Good", "Director", connected="2024-04-17")
C("wanted_pitch", "tailored_supplier", "en", "make-good contractor mentions the specific tenant moving out (public DA)", [
    ("nick", "2024-04-17 07:30", "Hi Tessa, noticed the development application on the North Sydney council portal for the strip-out at 88 Walker St level 9, and that Harbourline is leasing the floor. If the outgoing tenant is doing the make-good themselves, we're often the ones they call, and we can time it so you can show the floor earlier. If it's the landlord doing it instead, we'd love to quote. We did levels 4 and 5 in the same building last year."),
    ("me", "2024-04-17 09:10", "The landlord is taking a cash make-good on that one so it'll be their contractor. I'll pass your details to their asset manager."),
    ("nick", "2024-04-17 09:12", "Much appreciated, thanks Tessa"),
])

P("stella", "Stella Marin", "Parcel Print Co", "Owner", connected="2024-09-16")
C("wanted_pitch", "tailored_supplier", "en", "printer visited her office and saw the brochure stand; offers precise brochure reprint", [
    ("stella", "2024-09-16 13:10", "Hi Tessa, I dropped off a delivery to the architects on your floor at Miller St last week and grabbed one of the Rydalmere brochures from your reception. Lovely design but it's still showing units 7 and 9 that your website says are leased. We're 2 blocks away and do short runs of 50 brochures overnight, so you can reprint every time a unit goes, for about $2 a copy. Just an idea!"),
    ("me", "2024-09-17 08:30", "Ha, you're right, they're out of date. Can you do 50 by Friday? Jade will send the file."),
])

P("eliot", "Eliot Grant", "Sprout Office Plants", "Owner", connected="2024-10-01")
C("wanted_pitch", "tailored_supplier", "en", "plant hire firm noticed her EOI-day photos of an empty floor; offers styling for vacant suites", [
    ("eliot", "2024-10-01 11:00", "Hi Tessa, saw your photos from the Walker St open day last week - the floor looks great but a bit bare in the shots. We hire plants for vacant suites for open days and photo shoots, per week, delivered and picked up. For a floor that size it'd be about $450 for a week. We've done this for a few North Sydney landlords. Just let me know if it'd help for your next one."),
    ("me", "2024-10-02 09:00", "Nice idea actually. Got a price list?"),
])

# ---------------------------------------------------------------- junk

P("kai", "Kai Lindqvist", "Apex Lead Engine", "Growth Consultant", connected="2024-08-19",
  invite=("IN", "2024-08-19 08:00", ""))
C("junk", "connect_then_pitch", "en", "small talk first, then lead gen pitch after she answers", [
    ("kai", "2024-08-19 08:30", "Thanks for connecting Tessa! How's the Sydney market treating you this year?"),
    ("me", "2024-08-19 12:00", "Busy but good thanks, industrial is still tight."),
    ("kai", "2024-08-20 09:05", "Great to hear! Reason I ask is we help commercial real estate brokers get 15-20 qualified landlord meetings a month on autopilot using AI outreach. Would you be open to a quick chat this week? Here's my calendar: calnow.example/kai-apex"),
    ("kai", "2024-08-26 09:05", "Hi Tessa, just bumping this to the top of your inbox :)"),
])

P("rosie", "Rosie Vance", "Elevate Web Studio", "Business Development", connected="2024-05-27",
  invite=("IN", "2024-05-27 17:10", "Hi Tessa, always great to connect with local business leaders!"))
C("junk", "connect_then_pitch", "en", "connect, compliment, then website pitch in message 2 with bump", [
    ("rosie", "2024-05-28 09:00", "Hi Tessa, thanks for accepting! I love what Harbourline is doing in the property space."),
    ("rosie", "2024-05-30 10:10", "I had a quick look at your website and I think there's a big opportunity to convert more visitors into leads. We've helped businesses like yours grow their online presence by 300%. Would you be open to a free audit?"),
    ("rosie", "2024-06-06 10:10", "Hi Tessa, just following up on my last message. Let me know if you'd like that free audit!"),
])

P("vikram", "Vikram Joshi", "Nexora Digital", "SEO Specialist", connected="2024-03-01")
C("junk", "generic_service_pitch", "en", "generic SEO pitch, page one of Google", [
    ("vikram", "2024-03-02 06:20", "Dear Tessa,\n\nI hope you are doing well. I was going through your website and found some errors which are stopping it to rank on first page of Google. We are a team of 45+ SEO experts with 10 years experience. Can I send you a proposal with price? We offer guaranteed results.\n\nRegards\nVikram"),
])

P("chloe", "Chloe Barnes", "Sunlit Solar Co", "Energy Consultant", connected="2024-02-19")
C("junk", "off_topic_product", "en", "solar panels for her home", [
    ("chloe", "2024-02-19 18:30", "Hi Tessa! With energy bills going through the roof, lots of homeowners in the North Shore are switching to solar with zero upfront cost. Are you a homeowner? I could get you a free quote in under 5 minutes 🌞"),
])

P("jordan", "Jordan Pike", "OfficeMatch Sydney", "Tenant Advisor", connected="2024-07-02")
C("junk", "sells_what_you_sell", "en", "offers to find her business office space - exactly what she does", [
    ("jordan", "2024-07-02 11:00", "Hi Tessa, is Harbourline Property Partners looking for new office space in the next 12-24 months? We help growing businesses find the perfect office at no cost to them - landlords pay our fee. Happy to send you some options in North Sydney!"),
])

P("tyler", "Tyler Brooks", "ScaleUp Partners", "Founder", connected="2024-04-08")
C("junk", "capacity_ask", "en", "asks if she has capacity for new clients", [
    ("tyler", "2024-04-08 13:13", "Hey Tessa, quick one - do you currently have capacity to take on new clients? We have a steady flow of businesses looking for commercial property and we pass them on to a select group of brokers. Let me know!"),
    ("tyler", "2024-04-15 13:13", "Tessa? 👀"),
])

P("gemma", "Gemma Stroud", "", "Entrepreneur | Mindset Coach | Mum of 3", connected="2024-01-09")
C("junk", "like_minded_networking", "en", "let's connect as like-minded entrepreneurs, coaching hook", [
    ("gemma", "2024-01-09 21:00", "Hi Tessa, I love connecting with like-minded female entrepreneurs who are making things happen! 💫 I'd love to learn more about your journey and share a bit of mine. I help women in business unlock their next level without burning out. Would you be open to a virtual coffee?"),
])

P("brett", "Brett Kowalski", "Pinnacle Finance Brokers", "Director", connected="2024-06-24")
C("junk", "quick_call_ask", "en", "quick 15-minute call, vague finance pitch", [
    ("brett", "2024-06-24 09:30", "Hi Tessa, would you have 15 minutes this week for a quick call? I work with property professionals on commercial finance and I think there's a strong synergy. Grab a time here: bookme.example/brett-pinnacle"),
    ("brett", "2024-07-01 09:30", "Hi Tessa, just circling back on this. 15 mins is all I need!"),
    ("brett", "2024-07-09 09:30", "Last try, promise :) Let me know if now's not the right time."),
])

# one template, five senders (one in German)
P("sophie_t", "Sophie Tanner", "BrightPath Outreach", "Partnerships", connected="2024-02-26")
C("junk", "mass_template", "en", "template A 1/5: 'noticed you're a leader in commercial property'", [
    ("sophie_t", "2024-02-26 10:00", "Hi Tessa, I noticed you're a leader in the commercial property space and thought I'd reach out. At BrightPath we help firms like Harbourline Property Partners book 10+ meetings with decision makers every month, without cold calling. Would you be open to seeing how it works? No pressure at all!"),
])
P("marco", "Marco Bellini", "Pipeline Pros", "Head of Growth", connected="2024-03-13")
C("junk", "mass_template", "en", "template A 2/5", [
    ("marco", "2024-03-13 10:45", "Hi Tessa, I noticed you are a leader in the real estate space and thought I would reach out. At Pipeline Pros we help firms like Harbourline book 10-15 meetings with decision makers every month, without any cold calling. Would you be open to seeing how this works? No pressure!"),
])
P("aisha", "Aisha Rahman", "LeadLoop", "Client Partner", connected="2024-04-22")
C("junk", "mass_template", "en", "template A 3/5", [
    ("aisha", "2024-04-22 08:15", "Hi Tessa! I noticed you're a leader in the commercial real estate space and wanted to reach out. At LeadLoop we help companies like Harbourline Property Partners get 10+ meetings with decision makers each month, no cold calling needed. Open to seeing how it works? No pressure at all."),
])
P("derek", "Derek Hollis", "Growthwave", "Partnerships Manager", connected="2024-05-15")
C("junk", "mass_template", "en", "template A 4/5, thin fill", [
    ("derek", "2024-05-15 14:30", "Hi Tessa, noticed you're a leader in your space and thought I'd reach out. At Growthwave we help businesses like yours book 10+ meetings with decision makers monthly, with zero cold calling. Open to seeing how it works? No pressure either way."),
])
P("lukas", "Lukas Brenner", "Vertriebskraft GmbH", "Partner Manager", connected="2024-06-05")
C("junk", "mass_template", "de", "template A 5/5 in German, sent to a Sydney broker", [
    ("lukas", "2024-06-05 07:20", "Hallo Tessa, mir ist aufgefallen, dass Sie eine Führungsperson im Bereich Gewerbeimmobilien sind, deshalb melde ich mich. Bei Vertriebskraft helfen wir Unternehmen wie Harbourline Property Partners, jeden Monat 10+ Termine mit Entscheidern zu buchen, ganz ohne Kaltakquise. Wären Sie offen dafür, sich das anzusehen? Ganz unverbindlich!"),
])

P("nathan", "Nathan Cole", "Prime Growth Media", "Account Executive", connected="2024-07-29")
C("junk", "merge_tag_fail", "en", "merge tag left in: {first_name}", [
    ("nathan", "2024-07-29 10:00", "Hi {first_name}, I came across your profile and was really impressed by your work at {company_name}. We help property businesses generate more qualified leads through targeted LinkedIn campaigns. Would you be open to a chat next week?"),
])
P("carla", "Carla Mendes", "StratusIT", "Managed Services Consultant", connected="2024-05-08")
C("junk", "merge_tag_fail", "en", "wrong first name and wrong company", [
    ("carla", "2024-05-08 15:40", "Hi Jessica, I hope all is well at Colliers Ridge! Many businesses like yours are overpaying for IT support. We offer 24/7 managed IT services from $49 per user per month. Would you be interested in a free IT health check?"),
])
P("owen", "Owen Patel", "Dataflow Outsourcing", "Business Development Manager", connected="2024-03-19")
C("junk", "merge_tag_fail", "en", "[Company] placeholder left in an outsourcing pitch", [
    ("owen", "2024-03-19 02:15", "Hello Tessa, I'm reaching out because [Company] could save up to 70% on admin costs by outsourcing data entry, bookkeeping and virtual assistant tasks to our team in Manila. We already support 200+ Australian businesses. Can we set up a quick call?"),
])

P("lm1", "LinkedIn Member", "", "", url="")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for a business credit card", [
    ("lm1", "2024-04-02 12:00", "<p>Hi Tessa,</p><p>Business owners are earning up to 150,000 bonus points with the Summit Business Platinum card. Apply in minutes &amp; get a decision fast.</p><p>Learn more</p>"),
], title="Sponsored Conversation", subject="Earn 150,000 bonus points")
P("lm2", "LinkedIn Member", "", "", url="")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for an MBA programme", [
    ("lm2", "2024-08-14 12:00", "<p>Tessa, ready for your next leadership move?</p><p>Our Executive MBA is designed for busy professionals &amp; can be completed online in 24 months.</p><p>Download the brochure today.</p>"),
], title="Sponsored Conversation", subject="Your next leadership move")

P("paige", "Paige Whitlow", "Aussie Business Excellence Awards", "Nominations Team", connected="2024-06-17")
C("junk", "paid_award", "en", "award 'nomination' that asks for an entry fee", [
    ("paige", "2024-06-17 09:00", "Congratulations Tessa! 🏆 You have been shortlisted as a finalist for the 2024 Australian Property Leader of the Year. To confirm your place and receive your winner's kit, media pack and gala dinner seat, a finalist fee of $1,495 + GST applies. Spots are limited, please confirm by Friday."),
])
P("trent", "Trent Maddox", "The Property Hustle Podcast", "Host", connected="2024-09-23")
C("junk", "paid_feature", "en", "podcast guest slot with a 'production fee'", [
    ("trent", "2024-09-23 16:00", "G'day Tessa! We'd love to feature you on The Property Hustle Podcast, 40k+ downloads per episode. Our team has reviewed your profile and you'd be a great fit. There's a small production contribution of $790 which covers editing, promotion and a professional headshot session. Keen?"),
    ("trent", "2024-09-30 16:00", "Hey Tessa, just checking you saw this? Only 2 guest spots left for October"),
])

P("hugo", "Hugo Sterling", "Sterling Wine Club", "Member Services", connected="2023-12-11")
C("junk", "off_topic_product", "en", "corporate wine gift pitch", [
    ("sys", "2023-12-11 11:10", "Message request accepted"),
    ("hugo", "2023-12-11 11:11", "Hi Tessa, Christmas is around the corner! 🍷 Impress your clients with our premium Barossa corporate gift packs, from just $89 each with personalised labels. Order 20+ and get free delivery across Sydney. Shall I send a catalogue?"),
])

P("felix", "Felix Ward", "Harbour Commercial Photography", "Owner", connected="2024-04-30")
C("junk", "generic_counterpart_photo", "en", "generic property photography pitch (counterpart of the tailored video pitch)", [
    ("felix", "2024-04-30 10:00", "Hi Tessa, we provide professional real estate photography, drone and video for agents across Sydney. High quality images help properties lease faster. Packages start from $299. Would you like our price list?"),
])

P("irene", "Irene Volkova", "GeoSight Analytics", "Sales Executive", connected="2024-07-15")
C("junk", "generic_counterpart_data", "en", "generic property-data pitch (counterpart of YardScope)", [
    ("irene", "2024-07-15 02:30", "Hello Tessa, GeoSight offers powerful property data and analytics for real estate professionals. Our platform gives you access to market insights, comparable sales and ownership data across Australia. Would you like to book a demo to see how GeoSight can help your business grow?"),
])

P("max", "Max Rutherford", "TalentBridge Staffing", "Recruitment Consultant", connected="2024-02-05")
C("junk", "recruiting_spam", "en", "generic recruitment agency 'are you hiring?' (counterpart of the tailored recruiter)", [
    ("max", "2024-02-05 09:00", "Hi Tessa, are you hiring at the moment? TalentBridge has a pool of pre-screened candidates across sales, admin, IT and customer service ready to start immediately. We work on a no placement no fee basis. Let me know what roles you have open!"),
])

P("lara", "Lara Quinn", "SmartSign Digital", "Business Development", connected="2024-05-20")
C("junk", "generic_counterpart_signage", "en", "generic digital signage pitch naming her company (counterpart of the pylon pitch)", [
    ("lara", "2024-05-20 12:20", "Hi Tessa, I wanted to reach out because I believe SmartSign could really help Harbourline Property Partners stand out. Our digital signage solutions are used by leading brands to engage customers and boost sales. Could we set up a short call to explore how we can support Harbourline's goals in 2024?"),
])

P("zeke", "Zeke Harmon", "CoinStack Academy", "Wealth Mentor", connected="2024-03-28")
C("junk", "mlm_crypto", "en", "crypto trading mentor", [
    ("zeke", "2024-03-28 22:40", "Hey Tessa, hope ur well. I was like you, working long hours in property until I found a crypto system that makes me 3-5% a week. Not a scam, I can show you my results. Want me to send you the free masterclass?"),
], folder="ARCHIVE")

P("amber", "Amber Flynn", "Flynn Virtual Assistants", "Founder", connected="2024-08-26",
  invite=("IN", "2024-08-25 20:00", "Hi Tessa! Love your content, would be great to connect 😊"))
C("junk", "connect_then_pitch", "en", "small talk, she answers, VA pitch in message 3", [
    ("amber", "2024-08-26 08:00", "Hi Tessa! Thanks so much for connecting. How has your week been?"),
    ("me", "2024-08-26 17:40", "Hi Amber, flat out but good thanks!"),
    ("amber", "2024-08-27 08:00", "I hear that a lot from brokers! 😅 That's actually why I started Flynn VAs - we take admin, inbox and CRM updates off your plate from $18/hr. Would love to show you how it works, are you free for a 15-min chat Thursday?"),
    ("amber", "2024-09-03 08:00", "Hi Tessa, just floating this back up in case it got buried!"),
])

P("gavin", "Gavin Shore", "Shore Commercial Agency", "Principal", connected="2024-01-16")
C("junk", "sells_what_you_sell", "en", "another agency offers to lease her 'vacant properties'", [
    ("gavin", "2024-01-16 14:00", "Hi Tessa, do you have any vacant commercial properties that need leasing? Our team has leased over 400,000 sqm across Sydney and we'd love to help you find quality tenants fast. Let me know and I'll send our appraisal pack."),
])

P("rachel", "Rachel Dunn", "Clarity Coaching", "Executive Coach", connected="2024-06-10")
C("junk", "generic_service_pitch", "en", "fluent, friendly coaching pitch naming her company, could go to anyone", [
    ("rachel", "2024-06-10 18:20", "Hi Tessa, I've been following Harbourline Property Partners for a while and I'm really impressed with the growth. Leaders in high-performing teams like yours often tell me they feel stretched thin. I run a 12-week leadership program that helps directors reclaim 10 hours a week. Would you be open to a conversation about where you want to be by the end of the year?"),
])

P("simon", "Simon Archer", "Vantage Fleet Leasing", "Sales", connected="2024-09-09")
C("junk", "off_topic_product", "en", "novated car lease pitch", [
    ("simon", "2024-09-09 12:00", "Hi Tessa, did you know you could save thousands on your next car with a novated lease through your employer? EVs are FBT exempt! I'd be happy to run the numbers for you, just reply with the car you're looking at."),
])

P("wes", "Wes Carter", "CloudCall AU", "Account Executive", connected="2024-10-07")
C("junk", "followup_bump", "en", "three unanswered bumps for a phone system", [
    ("wes", "2024-10-07 09:00", "Hi Tessa, are you still using a traditional phone system at Harbourline? We help agencies cut call costs by 40% with cloud telephony."),
    ("wes", "2024-10-10 09:00", "Hi Tessa, following up on the below."),
    ("wes", "2024-10-14 09:00", "Bumping this up again. Would a short demo be helpful?"),
    ("wes", "2024-10-21 09:00", "I'll assume the timing isn't right. Shall I check back in Q1?"),
])

P("ivy", "Ivy Chang", "Storyteller Media", "Content Strategist", connected="2024-03-05")
C("junk", "generic_service_pitch", "en", "LinkedIn content ghostwriting pitch", [
    ("ivy", "2024-03-05 07:45", "Hey Tessa! Your LinkedIn could be your #1 lead source. I ghostwrite posts for busy executives so they can build authority without lifting a finger. 3 posts a week, $1,200/month. Want to see some examples?"),
])

P("ollie", "Ollie Fraser", "", "Investor | Founder | Speaker", connected="2024-07-22",
  invite=("IN", "2024-07-22 06:30", ""))
C("junk", "connect_then_pitch", "en", "thanks for connecting, then a paid mastermind invite", [
    ("ollie", "2024-07-22 07:00", "Hey Tessa thanks for connecting! Always good to meet other high performers in property 🙌"),
    ("ollie", "2024-07-23 07:00", "Quick one - I'm putting together a small mastermind of 12 property leaders in Sydney. Monthly dinners, hot seats, deal flow. Investment is $4,800 for the year. Would you like me to hold a seat?"),
])




P("leo", "Leo Marchetti", "Marchetti Consulting", "Consultant", connected="2024-09-02")
C("junk", "quick_call_ask", "en", "same surname hook, then quick call ask", [
    ("leo", "2024-09-02 09:45", "Hi Tessa, fellow Marchetti here! Ha. Any chance you'd have 15 minutes for a quick call? I'm helping businesses in Sydney cut their operating costs and I think it could be valuable for you."),
])

P("yasmin", "Yasmin Holt", "Peak Performance Events", "Partnerships", connected="2024-05-01")
C("junk", "paid_feature", "en", "paid speaker slot at an 'exclusive' summit", [
    ("yasmin", "2024-05-01 10:00", "Hi Tessa, we're curating speakers for the Sydney Commercial Property Innovation Summit and your name came up! Speaker packages start at $2,950 and include a 20-minute keynote, logo on all marketing and a booth. Would you like the speaker deck?"),
])

P("rory", "Rory Quinlan", "Synergy Partners Network", "Chapter Director", connected="2024-02-14")
C("junk", "like_minded_networking", "en", "paid networking chapter framed as like-minded connection", [
    ("rory", "2024-02-14 07:10", "Hi Tessa, I'm always looking to connect with like-minded business owners on the North Shore. We run a weekly breakfast chapter where members pass referrals to each other. Only one seat per industry and commercial real estate is open! Come along as my guest next Wednesday?"),
])

P("kim_s", "Kim Sato", "AI Listings Pro", "Founder", connected="2024-10-14")
C("junk", "generic_service_pitch", "en", "AI listing description tool, generic (counterpart of the copywriter)", [
    ("kim_s", "2024-10-14 05:00", "Hi Tessa, are you still writing property descriptions by hand? AI Listings Pro writes SEO-optimised listings in 10 seconds. Join 5,000+ agents. First 10 listings free!"),
])

P("bianca", "Bianca Lowe", "Sydney Smart Locks", "Sales Rep", connected="2024-08-21")
C("junk", "generic_counterpart_locks", "en", "generic smart-lock pitch for homes (counterpart of the tailored access pitch)", [
    ("bianca", "2024-08-21 14:00", "Hi Tessa, secure your home or business with our smart lock range. Keyless entry, app control and 24/7 monitoring. Limited time offer 20% off installation. Interested?"),
])


# ---------------------------------------------------------------- profile

PROFILE = {
    "First Name": "Tessa", "Last Name": "Marchetti",
    "Headline": "Director, Office & Industrial Leasing at Harbourline Property Partners | North Sydney & Western Sydney",
    "Summary": ("I lease office and industrial space across Sydney for landlords and tenants. "
                "Most of my work is warehouses, hardstand and small-to-mid office floors in North "
                "Sydney, St Leonards, Macquarie Park and the M4/M7 corridor. I also do rent reviews "
                "and tenant representation. Always happy to talk about the market."),
    "Industry": "Commercial Real Estate", "Geo Location": "Sydney, New South Wales, Australia",
    "Websites": "[COMPANY:harbourline.com.au]",
}
POSITIONS = [
    {"Company Name": "Harbourline Property Partners", "Title": "Director, Office & Industrial Leasing",
     "Description": "Leasing of office, industrial and hardstand assets; tenant representation and rent reviews.",
     "Location": "North Sydney, NSW", "Started On": "Jul 2021", "Finished On": ""},
    {"Company Name": "Harbourline Property Partners", "Title": "Leasing Manager",
     "Description": "", "Location": "North Sydney, NSW", "Started On": "Jul 2014", "Finished On": "Jun 2021"},
    {"Company Name": "Dunmore Property", "Title": "Leasing Executive", "Description": "",
     "Location": "Parramatta, NSW", "Started On": "Feb 2011", "Finished On": "Jun 2014"},
]
SKILLS = ["Commercial Leasing", "Industrial Property", "Tenant Representation", "Lease Negotiation",
          "Rent Reviews", "Office Leasing", "Property Marketing", "Heads of Agreement",
          "Market Analysis", "Landlord Representation", "Hardstand", "Client Relationships"]


def main() -> None:
    ex.write(HERE.parent / SLUG, PROFILE, POSITIONS, SKILLS)
    print(ex.summary())


if __name__ == "__main__":
    main()

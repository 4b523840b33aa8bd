"""dev45 persona: Kerensa Hoskin, locum veterinary surgeon around Bristol (2024 layout).

Written blind to the detector, session 5. Every message text below is written by hand.
Run: /work/main/.venv/bin/python corpus/dev45/_build/en_veterinary_locum_surgeon_bristol.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-veterinary-locum-surgeon-bristol"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Kerensa Hoskin", "https://www.linkedin.com/in/kerensa-hoskin-mrcvs",
               "Hoskin Locum Vet Ltd", "Locum Veterinary Surgeon")
ex = Export(SLUG, "2024", owner)
p = ex.person
c = ex.conv

# ------------------------------------------------------------------ people: genuine
p("ruth", "Ruth Addicott", "Clifton Down Vets", "Practice Manager", connected="2021-03-14")
p("gav", "Gavin Lusty", "Severn Vet Locums", "Locum Coordinator", connected="2019-09-02")
p("marsha", "Marsha Bevan", "Severn Vet Locums", "Operations Director", connected="2020-01-20")
p("ifan", "Ifan Pritchard", "RCVS Knowledge", "Quality Improvement Officer", connected="2023-02-08")
p("leonie", "Leonie Crabb", "Avonside CPD", "Course Administrator", connected="2022-05-17")
p("dev", "Devinder Sahota", "Sahota & Marsh Accountants", "Partner", connected="2018-11-30")
p("jodie", "Jodie Fry", "", "", connected=None)
p("pauline", "Pauline Wickham", "Retired", "", connected="2024-02-03")
p("bex", "Rebecca 'Bex' Tonkin", "Kingswood Animal Hospital", "Veterinary Surgeon", connected="2014-07-10")
p("sami", "Sami Okafor", "Locum Veterinary Surgeon", "Self-employed", connected="2020-06-22")
p("nadia", "Nadia Ferreira", "Castlegate Recruitment", "Veterinary Recruiter", connected="2024-04-11",
  invite=("OUT", "2024-04-11 20:14", "Hi Nadia, Sami Okafor said you place part-time vets around Bristol - could we chat?"))
p("owen", "Owen Treharne", "University of Bristol", "Veterinary Student (4th year)", connected="2024-05-30")
p("cerys", "Cerys Amery", "Bristol Evening Chronicle", "Consumer Affairs Reporter", connected=None)
p("tilly", "Tilly Roake", "Severnside Vet Nurse Association", "Events Lead", connected="2022-10-04")
p("kim", "Kim Haddow", "Oakfield Veterinary Group", "Registered Veterinary Nurse", connected="2023-09-21")
p("ash", "Ashley Brimble", "Portishead Pet Practice", "RVN", connected="2023-09-21")
p("mo", "Maureen Dyer", "Nailsea Vets", "Head Nurse", connected="2021-07-15")
p("grant", "Grant Poole", "Imagyn Veterinary Imaging", "Territory Manager South West", connected="2021-01-09")
p("harry", "Harriet Mayhew", "Weston Bay Vets", "Clinical Director", connected=None)
p("rob", "Rob Jefferies", "Kingswood Animal Hospital", "Clinical Director", connected="2014-07-12")
p("lyn", "Lyndsey Crocker", "Croft & Crocker Insurance Brokers", "Account Handler", connected="2019-03-03")
p("dilys", "Dilys Hambly", "Clevedon Road Veterinary Centre", "Practice Owner", connected="2022-11-11")
p("fran", "Francesca Lane", "Wessex Vet Staffing", "Compliance Officer", connected="2024-06-18")
p("ade", "Adewale Ojo", "Brislington Vets", "Practice Manager", connected="2023-03-28")
p("jules", "Jules Marchant", "Mendip Farm & Pet Vets", "Partner", connected="2022-08-01")
p("lowri", "Lowri Beddoe", "Avon Animal Rescue", "Clinic Coordinator", connected="2021-05-05")
p("bryony", "Bryony Scull", "", "Cockapoo breeder, Keynsham", connected=None)
p("neville", "Neville Orchard", "South West Small Animal Congress", "Programme Chair", connected="2019-10-12")
p("zara", "Zara Quint", "Vet Chat West (student podcast)", "Co-host", connected="2024-03-02")
p("meg", "Megan Lovell", "Perth Animal Emergency", "Veterinary Surgeon", connected="2016-09-09")
p("alun", "Alun Thorne", "Retired", "Former Clinical Director, Yate Vets", connected="2013-08-20")
p("pete", "Pete Yeo", "Thornbury Vets", "Practice Manager", connected="2024-01-15")

# ------------------------------------------------------------------ people: wanted pitches
p("callum", "Callum Reddaway", "Reddaway Digital", "Freelance Developer", connected="2024-07-03")
p("shona", "Shona Tuckett", "Avonside CPD", "Imaging Programme Lead", connected=None)
p("vik", "Vikram Dhillon", "SonoVet UK", "Product Specialist", connected=None)
p("elin", "Elin Fawcett", "Fawcett Locum Accounts", "Chartered Accountant", connected="2024-08-19",
  invite=("IN", "2024-08-19 10:02", "Hi Kerensa - Sami Okafor suggested I get in touch, hope that's ok."))
p("hugo", "Hugo Blackmore", "Blackmore Vet Recruitment", "Senior Consultant", connected=None)
p("nia", "Nia Marwood", "Pennant Professional Cover", "Broker", connected=None)
p("dan", "Dan Pascoe", "MileLog", "Co-founder", connected=None)
p("tess", "Tess Hurrell", "Hurrell Web Studio", "Web Designer", connected=None)
p("ivy", "Ivy Stannard", "Feline Calm Consulting", "Cat Friendly Practice Consultant", connected=None)
p("raf", "Rafael Moyo", "DentalRad Academy", "Veterinary Dentist & Tutor", connected=None)
p("glenys", "Glenys Hart", "Hart Medical Refurbs", "Sales", connected=None)
p("orla", "Orla Kinsella", "Steady Hands Coaching", "Coach for Veterinary Professionals", connected=None)

# ------------------------------------------------------------------ people: junk
p("brad", "Brad Keller", "RankRise Digital", "Growth Consultant")
p("solar", "Terry Vane", "SunSave Homes", "Energy Advisor")
p("vetcover", "Priya Lal", "PrimeCover Vets", "Business Development Manager")
p("leadgen", "Josh Tanner", "ClientFlow Partners", "Founder")
p("like", "Mark Dolloway", "Dolloway Ventures", "Serial Entrepreneur | Investor | Speaker")
p("quick", "Sienna Holt", "Pipeline Pros", "SDR")
p("cp1", "Jamie Coombes", "Outbound Oak", "Head of Partnerships", connected="2024-09-09",
  invite=("IN", "2024-09-09 08:41", "Love what you're doing in the vet space, would be great to connect!"))
p("cp2", "Lauren Pike", "TrueNorth Wealth", "Financial Planner", connected="2024-10-02",
  invite=("IN", "2024-10-02 19:20", ""))
p("cp3", "Ricky Manning", "Paws & Profit Academy", "Founder", connected="2024-06-12",
  invite=("IN", "2024-06-12 07:55", "Hi Kerensa, fellow animal lover here :)"))
p("bump1", "Aaron Steele", "CloudDesk VA", "Account Executive")
p("bump2", "Nicole Farr", "BrightLedger", "Sales Manager")
p("t1", "Chloe Barnett", "Vantage Growth Co", "Partnerships")
p("t2", "Liam Hodge", "ScaleSmart", "Business Consultant")
p("t3", "Rachel Imber", "Apex Client Systems", "Director")
p("t4", "Oliver Grange", "Momentum Hub", "Growth Lead")
p("t5", "Katrin Vogt", "Wachstumswerk GmbH", "Vertrieb")
p("m1", "Ellie Norris", "StaffSure", "Recruitment Partner")
p("m2", "Kyle Bryant", "PracticeBoost", "Account Manager")
p("m3", "Hannah Greer", "OptiMarketing", "Marketing Consultant")
p("m4", "Scott Lyle", "LeanBooks", "Sales")
p("sp1", "PetPlan Pro Finance", url="https://www.linkedin.com/company/petplan-pro-finance-example")
p("sp2", "DriveLease UK", url="https://www.linkedin.com/company/drivelease-uk-example")
p("sp3", "LinkedIn Member", url="")
p("award", "Gemma Stroud", "UK Animal Care Business Awards", "Awards Coordinator")
p("pod", "Trent Maddox", "The Thriving Practice Show", "Producer")
p("mag", "Felicity Crane", "Leading Professionals Review", "Editorial Partnerships")
p("fluent", "Marcus Webb", "Northpoint Consulting", "Managing Partner")
p("crypto", "Dean Frost", "", "Investor")
p("jacc", "Paul Reddy", "TaxEasy Online", "Business Development")
p("jweb", "Amber Lowe", "SiteSpark", "Web Consultant")
p("jcoach", "Grace Whitlow", "Unstoppable You", "Life & Business Coach")
p("jrec", "Dylan Marr", "Nationwide Vet Talent", "Recruitment Consultant")
p("jins", "Stuart Kemble", "CoverQuote Direct", "Insurance Specialist")
p("jva", "Maria Santos", "OffshoreEase", "Client Success")
p("mlm", "Kirsty Dowling", "", "Wellness Entrepreneur | Pet Nutrition")
p("jmile", "Ben Carver", "ExpenseIQ", "Sales Executive")
p("ghost", "Nathan Price", "PostPilot", "LinkedIn Ghostwriter")
p("jcpd", "Sophie Armitage", "Global Vet Learning Hub", "Enrolment Advisor")

# ======================================================================= genuine (35)
c("genuine", "client_quote_request", "en", "practice manager asks day rate for a two-week block",
  [("ruth", "2024-09-02 09:14", "Morning Kerensa! Hope you're well. Our Dr Patel is off on paternity leave 14-25 Oct - could you quote us for the two weeks? Mon-Fri, no weekends, usual consults plus the odd op list. Is your day rate still the same as spring?"),
   ("me", "2024-09-02 12:40", "Hi Ruth! Yes I can do those dates. Day rate has gone up a touch since April - £520/day direct, or through Severn it'd be their rate. Mileage included for Clifton as it's close. Want me to pencil it in?"),
   ("ruth", "2024-09-02 13:05", "Lovely, yes please pencil. I'll send the booking form over this afternoon. Parking permit will be on the front desk as before :)")])

c("genuine", "agency_shift_offers", "en", "long-standing agency coordinator offering shifts",
  [("gav", "2024-08-19 08:02", "Alright Kerensa, got a few Weston shifts in Sept if you fancy them - 3rd, 4th, 10th. Small animal only, 8:30-6. They asked for you by name after last time!"),
   ("me", "2024-08-19 08:30", "Ha, that's nice of them. 3rd and 4th yes, 10th I'm at Clifton. Same rate as July?"),
   ("gav", "2024-08-19 08:33", "Same rate. Booking those two now, cheers me dear"),
   ("me", "2024-08-19 08:35", "Cheers Gav 👍")])

c("genuine", "vendor_price_change", "en", "existing agency announces new commission structure",
  [("marsha", "2024-03-28 16:45", "Hi Kerensa, a heads-up before the email goes out to everyone: from 1 May our rates to practices go up 4% and we're changing the locum pay bands slightly. For you (band C) the hourly goes from £58 to £60. Nothing for you to sign, but shout if you have questions. Thanks for sticking with us all these years."),
   ("me", "2024-03-29 07:50", "Thanks Marsha, appreciate the heads-up. All fine by me.")])

c("genuine", "professional_body", "en", "RCVS Knowledge asks to use her QI case",
  [("ifan", "2024-06-11 11:20", "Dear Kerensa, thank you again for submitting your clinical audit on post-op pain scoring across locum placements. The panel would like to feature it as a case example on our QI pages. Would you be happy with that? We would of course anonymise the practices. A short call to go through the text would be helpful - any time Thursday?"),
   ("me", "2024-06-11 18:02", "Hi Ifan, that's lovely news, yes happy for it to be used. Thursday after 2pm works, I'm in Nailsea that day so will have a lunch break then."),
   ("ifan", "2024-06-12 09:10", "Perfect, I'll send a Teams link for 2:15. Diolch!")])

c("genuine", "cpd_booking", "en", "CPD provider confirms course place and venue change",
  [("leonie", "2024-02-07 10:30", "Hi Kerensa, just confirming your place on the Abdominal Ultrasound Level 2 course 9-10 March. Please note the venue has moved to the Aztec West conference centre, not Filton as first stated. Invoice to follow from accounts."),
   ("me", "2024-02-07 13:11", "Thanks Leonie! Is there parking at Aztec West?"),
   ("leonie", "2024-02-07 13:40", "Yes, free parking on site. Lunch provided both days. See you there!")])

c("genuine", "own_accountant", "en", "her accountant on self assessment and fee change",
  [("dev", "2024-01-08 09:00", "Happy new year Kerensa. Reminder we need your mileage log and the agency remittances by the 19th for the company accounts. Also - our annual fee is going up to £1,150 + VAT from April, sorry, everything's gone up. Happy to talk it through."),
   ("me", "2024-01-08 21:15", "Happy new year Dev! Will get it to you this week. Fee is fine, you're still cheaper than my stress levels doing it myself 😂"),
   ("dev", "2024-01-09 08:45", "Ha! Thanks. Upload link is the same as last year.")])

c("genuine", "inbound_lead_pet_owner", "en", "pet owner who found her asks for home euthanasia visit",
  [("jodie", "2024-10-21 19:48", "Hi, sorry to message on here, I found you through the Nailsea Vets page. Our old lab Biscuit is 15 and going downhill fast. Do you ever do home visits to put a dog to sleep? We'd rather he was at home on his bed. How much would it be? We're in Backwell."),
   ("me", "2024-10-21 20:30", "Hi Jodie, I'm so sorry about Biscuit. I don't do home visits privately myself but Nailsea Vets do, and I'm actually covering there Thursday and Friday. If you ring them tomorrow and ask for a home visit with me I'll make sure it's done gently. They'll give you the price on the phone, it's usually a bit more than in-clinic because of the travel."),
   ("jodie", "2024-10-21 20:41", "Thank you so much, I'll ring first thing x")])

c("genuine", "client_thanks", "en", "pet owner thanks her after dog's surgery",
  [("pauline", "2024-02-03 15:22", "Dear Dr Hoskin, I hope you don't mind me finding you on here. You operated on my Jack Russell Pip at Portishead in January (the sock!). She is back to her naughty self. I wanted to say thank you, you were so kind when I was in bits on the phone. Pauline"),
   ("me", "2024-02-03 17:05", "Pauline, this has made my week! So glad Pip is back to being naughty. Maybe keep the socks in a drawer 😄")])

c("genuine", "friend_smalltalk", "en", "vet school friend, pub plans",
  [("bex", "2024-07-26 21:03", "oi stranger. Harbourside Friday? Rob's buying apparently"),
   ("me", "2024-07-26 21:10", "If Rob's buying I'm there. Can't stay late, Thornbury at 8 Saturday ugh"),
   ("bex", "2024-07-26 21:11", "lightweight. 7 at the Grain Barge"),
   ("me", "2024-07-27 08:12", "deal x")])

c("genuine", "peer_joint_offer", "en", "fellow locum proposes jointly covering a practice and splitting the week",
  [("sami", "2024-05-14 12:15", "K - Mendip Farm & Pet are after someone for 6 weeks over summer, 5 days a week. I can only do Mon-Wed. Fancy pitching it to them together? You take Thu-Fri, we quote one combined price so they only deal with one booking. Thinking £500 a day each, they pay mileage."),
   ("me", "2024-05-14 19:30", "Ooh yes, that works nicely. Do they need any farm? I'm rusty on cattle these days."),
   ("sami", "2024-05-14 19:45", "Small animal only, Jules said the farm side is covered. I'll draft something and send it you before it goes to them"),
   ("me", "2024-05-14 19:47", "Perfect. Put me down for Thu/Fri 👍")])

c("genuine", "recruiter_engaged", "en", "recruiter she contacted about part-time permanent roles",
  [("me", "2024-04-11 20:20", "Hi Nadia, thanks for connecting. As I said, I'm a locum at the moment but thinking about something permanent, 3 days a week max, no OOH, within 30 mins of BS8. No rush at all, just keen to know what's about."),
   ("nadia", "2024-04-12 09:05", "Hi Kerensa, lovely to hear from you and thanks for the detail. I have one that fits quite well: independent in Long Ashton, 3 days, no OOH, salary pro-rata £68-72k FTE plus CPD allowance. Could we have a call this week? I'll send the job spec over first."),
   ("me", "2024-04-12 12:30", "Yes please send it. Wednesday lunchtime free for a call."),
   ("nadia", "2024-04-12 12:41", "Brilliant, booked 12:30 Weds. Spec is in your inbox.")])

c("genuine", "applicant_ems", "en", "vet student asks for a placement / shadowing",
  [("owen", "2024-05-30 17:30", "Hi Dr Hoskin, I'm a 4th year at Bristol and I was at Thornbury when you were locuming there last month - you let me scrub in on the cruciate. I'm trying to sort EMS for the summer and wondered if I could shadow you for a week at whichever practice you're in? I'm happy to sort my own travel and I've got my own scrubs. Thanks, Owen"),
   ("me", "2024-05-31 07:40", "Hi Owen, of course I remember - you were very good with the retractors! I'd be happy to, but it has to be cleared with the practice as they host you, not me. I'm at Clevedon Road 15-19 July, I'll ask Dilys and let you know."),
   ("owen", "2024-05-31 08:02", "That would be amazing, thank you!!")])

c("genuine", "journalist", "en", "local reporter asks for comment on vet prices",
  [("cerys", "2024-04-16 14:10", "Hi Kerensa, I'm writing a piece for the Chronicle about why vet bills have gone up so much for Bristol families. As a locum who sees lots of different practices you might have a useful view. Would you be happy to speak for 10 minutes, on or off the record? Deadline is Friday."),
   ("me", "2024-04-16 19:22", "Hi Cerys, happy to help but I'd want to be careful not to speak for any practice. I can talk generally about drug prices and staffing. Off the record first, then we can see?"),
   ("cerys", "2024-04-17 09:00", "Completely understand. Could I ring you at 5 today?"),
   ("me", "2024-04-17 09:30", "5 is fine, 07700 900412")])

c("genuine", "event_invitation_contact", "en", "nurse association invites her to speak at CPD evening",
  [("tilly", "2024-08-05 10:00", "Hi Kerensa! Would you be up for doing our October CPD evening? 45 mins on 'what the locum sees' - ultrasound tips for nurses maybe? We can't pay much, £150 and pizza, but the room is always lovely."),
   ("me", "2024-08-05 12:20", "Tilly I'd love to. Ultrasound for nurses is a good one, lots of practical stuff. Send me the date?"),
   ("tilly", "2024-08-05 12:25", "Weds 16th Oct, 7pm, Bedminster. You're a star ⭐")])

c("genuine", "thanks_after_talk", "en", "thank-you after CPD evening talk (1 of 3)",
  [("kim", "2024-10-17 08:15", "Thanks so much for last night Kerensa! The bladder scanning tips were brilliant, already tried one this morning. Would you share the slides?"),
   ("me", "2024-10-17 12:00", "Thanks Kim! Tilly is sending the slides round to everyone this week 😊")])

c("genuine", "thanks_after_talk", "en", "thank-you after CPD evening talk (2 of 3)",
  [("ash", "2024-10-17 09:40", "Thank you for last night, really enjoyed it! The bit about fanning the probe finally made sense to me. Hope to see you at Portishead again soon"),
   ("me", "2024-10-17 12:02", "Thanks Ashley, so glad it helped! I'm back at Portishead in November I think")])

c("genuine", "thanks_after_talk", "en", "thank-you after CPD evening talk (3 of 3)",
  [("mo", "2024-10-17 21:30", "Thanks for the talk yesterday my love, the nurses at Nailsea haven't stopped talking about it. Great to see you out of scrubs for once!")])

c("genuine", "vendor_price_change", "en", "equipment rep on her ultrasound service plan renewal price",
  [("grant", "2024-06-24 13:00", "Hi Kerensa, your service plan for the portable scanner renews on 1 Aug. It's going from £39 to £44 a month - probe cover is now included which it wasn't before. If you'd rather stay on the old plan without probe cover I can keep you on it for one more year. Let me know which you prefer."),
   ("me", "2024-06-25 20:10", "Hi Grant, with the amount I cart it around in the car I'd better have the probe cover! New plan please."),
   ("grant", "2024-06-26 08:30", "Sensible! Done, you'll get the paperwork by email.")])

c("genuine", "contract_terms", "en", "practice owner negotiating cancellation clause",
  [("dilys", "2024-03-04 18:40", "Kerensa, before I sign the booking for June - your terms say 50% if we cancel within 14 days. Could we do 7 days? We've been caught before when someone came back early from sick leave."),
   ("me", "2024-03-05 07:55", "Hi Dilys, I understand. I can do 50% within 10 days, 100% within 48h. I turn down other work once I'm booked so I need some protection. Would that be OK?"),
   ("dilys", "2024-03-05 12:30", "Fair enough, 10 days it is. Signed and sent back."),
   ("me", "2024-03-05 12:45", "Thank you! See you in June")])

c("genuine", "job_offer_hiring", "en", "practice director offers her a permanent job",
  [("pete", "2024-11-04 16:10", "Kerensa, I'll be honest, the team loved having you and the boss asked me to sound you out about a permanent role. 4 days, no OOH, we'd match your locum earnings as far as we can. No pressure - would you come in for a coffee and a chat?"),
   ("me", "2024-11-04 20:45", "Pete that's really kind. I'm not sure I'm ready to give up locuming yet but I'd love a coffee. Next Tuesday morning?"),
   ("pete", "2024-11-05 08:00", "Tuesday 10am, I'll get the good biscuits in")])

c("genuine", "inbound_lead_spam_folder", "en", "new practice asks for locum availability but landed in spam",
  [("harry", "2024-07-08 11:11", "Hello Kerensa, Harriet from Weston Bay Vets. Gavin at Severn gave me your name but said you also book direct. We need cover for 2 days a week through September while we recruit. Could you let me know your availability and your rate? Many thanks, Harriet"),
   ("me", "2024-07-15 21:00", "Hi Harriet, so sorry, your message went into my spam folder! I could do Tuesdays and Wednesdays in September. £520/day direct. Is that any use?"),
   ("harry", "2024-07-16 08:20", "Yes! Tuesdays and Wednesdays would be perfect. I'll call you.")],
  folder="SPAM")

c("genuine", "long_standing_mentor", "en", "first boss checks in",
  [("rob", "2024-01-02 10:10", "Happy new year Kerensa. Ten years since you walked in here as a new grad, can you believe it. Proud of what you've built. If you ever want a few days at Kingswood, door's always open."),
   ("me", "2024-01-02 14:33", "Rob! Ten years, good grief. Thank you, I learnt everything at Kingswood (including how not to stitch a cat spay 😅). Let's get a coffee soon.")])

c("genuine", "vendor_renewal_quote", "en", "her insurance broker with PI renewal quote",
  [("lyn", "2024-02-26 09:30", "Morning Kerensa, your professional indemnity renews on 31 March. Renewal quote is £612, up from £574 last year - the insurer has put all locum policies up. I've also got a quote from another insurer at £598 with the same cover. Do you want me to switch?"),
   ("me", "2024-02-26 12:15", "Morning Lyn, is the excess the same on the £598 one?"),
   ("lyn", "2024-02-26 12:40", "Excess is £250 vs £200 on the current. Honestly for £14 I'd stay put."),
   ("me", "2024-02-26 12:48", "Stay put then, thanks Lyn!")])

c("genuine", "owner_started_outreach", "en", "she offers her August availability to a practice",
  [("me", "2024-06-03 20:00", "Hi Adewale, hope all's well at Brislington. I've got a gap in my diary 12-23 August if you need holiday cover. Same rate as last time. No worries if not!"),
   ("ade", "2024-06-04 09:12", "Kerensa, perfect timing, we were about to ring the agency. Can we have the 12th-16th please? Will confirm 19-23 by Friday.")])

c("genuine", "owner_started_cpd_question", "en", "she asks CPD provider about a dental course",
  [("me", "2024-08-28 19:15", "Hi Leonie, is the dental radiography practical running again this winter? I missed it last year."),
   ("leonie", "2024-08-29 10:05", "Hi Kerensa, yes - 23 Nov, 8 places, and it's £395. Shall I hold one for you?"),
   ("me", "2024-08-29 12:12", "Yes please!")])

c("genuine", "reference_request", "en", "nurse colleague asks her for a reference",
  [("mo", "2024-05-09 14:00", "Hiya Kerensa, bit cheeky but I'm going for the head nurse job at the new referral place in Almondsbury. Could I put you down as a referee? You've seen me work more than most!"),
   ("me", "2024-05-09 18:30", "Of course Mo, you'd be brilliant at it. Put me down, email is on my profile."),
   ("mo", "2024-05-09 18:35", "Thank you!! I owe you a cake")])

c("genuine", "declined_work_request", "en", "mixed practice asks about farm cover, she declines",
  [("jules", "2024-01-22 07:30", "Kerensa, long shot - any chance you'd do some farm TB testing for us in Feb? We're desperate."),
   ("me", "2024-01-22 12:50", "Oh Jules I'd be a liability near a cattle crush these days! Small animal only I'm afraid. Sami might know someone?"),
   ("jules", "2024-01-22 13:00", "Ha, fair. Will ask him. Cheers anyway")])

c("genuine", "charity_volunteering", "en", "rescue asks her to volunteer at a neutering day",
  [("lowri", "2024-03-18 10:30", "Hi Kerensa, we're running a cat neutering day on 20 April in Lawrence Hill. Last year you did 14 spays for us!! Any chance you could help again? We can cover mileage and lunch but no fee I'm afraid."),
   ("me", "2024-03-18 12:00", "Count me in Lowri. Happy to do mornings, need to be away by 3."),
   ("lowri", "2024-03-18 12:05", "Amazing, thank you 🐱")])

c("genuine", "peer_group_chat", "en", "group of Bristol locums chatting about rates and shifts",
  [("sami", "2024-09-12 20:00", "Anyone else been asked by PrimeCover to go on their books? Their 'exclusive' clause looks dodgy"),
   ("meg", "2024-09-12 20:30", "Waking up in Perth to this lol. Don't sign anything exclusive"),
   ("me", "2024-09-12 21:00", "Got the same email. Ignoring it. Gav at Severn has never asked for exclusivity"),
   ("sami", "2024-09-12 21:04", "that's what I thought ta")],
  title="Bristol locums (and Meg in exile)")

c("genuine", "inbound_lead_breeder", "en", "breeder wants to book litter health checks",
  [("bryony", "2024-04-02 13:15", "Hello, do you do puppy health checks? I have a litter of 6 cockapoos ready for checks on 20th April. My normal vet is retiring. Would need vaccines and microchips too. What would you charge?"),
   ("me", "2024-04-02 19:40", "Hi Bryony, I'm a locum so I can't register clients myself, but I'm at Keynsham Vets on the 19th and 22nd. If you book with them they'll do the whole litter as a package and I can see them. Ask for the litter price, it's cheaper than per pup."),
   ("bryony", "2024-04-02 20:00", "Brilliant thank you, will ring them")])

c("genuine", "speaker_invitation", "en", "congress programme chair invites her to speak",
  [("neville", "2024-05-20 15:00", "Dear Kerensa, I saw your QI piece on the RCVS Knowledge pages. Would you consider a 30-minute slot on pain scoring across practices at the South West Small Animal Congress in Taunton, 8 March 2025? Speakers receive a free delegate place and travel expenses."),
   ("me", "2024-05-21 08:30", "Dear Neville, thank you, I'd be honoured. Yes please - could you send the speaker guidelines?"),
   ("neville", "2024-05-21 10:00", "Wonderful. Guidelines attached. Abstract by 15 November.")],
  attachments={2: "https://www.linkedin.com/dms/swsac-speaker-guidelines-2025.pdf"})

c("genuine", "unpaid_podcast_contact", "en", "student podcast invites her, no fee",
  [("zara", "2024-09-25 18:00", "Hey Kerensa! We run Vet Chat West, a little podcast by Bristol vet students. Would you come on and talk about life as a locum? 30 mins, Zoom, totally informal. We'd love it. No budget obviously haha"),
   ("me", "2024-09-25 20:12", "Course! Love that you're doing this. Any evening the week of the 7th?"),
   ("zara", "2024-09-25 20:20", "Tuesday 8th at 7? I'll send a link 🎙️")])

c("genuine", "invoice_query", "en", "practice manager chasing remittance mix-up",
  [("ade", "2024-09-10 11:00", "Hi Kerensa, accounts say they paid your August invoice on the 30th but it's bounced back - has your bank changed?"),
   ("me", "2024-09-10 12:05", "Oh no, yes I moved the business account to Starling in July. I'll send you the new details by email, sorry!"),
   ("ade", "2024-09-10 12:10", "No worries, will resend once we have them.")])

c("genuine", "congrats_new_job", "en", "old friend moved to Australia, congrats exchange",
  [("me", "2024-03-01 21:00", "Meg!!! Just saw you've started at Perth Animal Emergency. Congrats! Do you miss the rain yet?"),
   ("meg", "2024-03-02 07:15", "Not one bit 😂 Thanks love. Come visit, there's always locum work here"),
   ("me", "2024-03-02 08:00", "Don't tempt me")])

c("genuine", "agency_onboarding", "en", "new agency compliance asks for documents",
  [("fran", "2024-06-18 14:30", "Hi Kerensa, thanks for registering with Wessex Vet Staffing. To finish onboarding we need: proof of RCVS registration, PI certificate, DBS (under 3 years) and two references. Could you upload them via the portal this week?"),
   ("me", "2024-06-18 19:10", "Hi Francesca, all uploaded except the DBS - mine is from 2020, do I need a new one?"),
   ("fran", "2024-06-19 09:00", "Yes, we'll need a new one. We can process it for you, £38. Shall I send the link?"),
   ("me", "2024-06-19 09:30", "Yes please.")])

c("genuine", "long_standing_retired_mentor", "en", "retired former director catch-up",
  [("alun", "2024-08-12 16:00", "Kerensa, Margaret and I are in Clevedon for the week. Fish and chips on the pier Thursday? Would be good to hear how the locum empire is going."),
   ("me", "2024-08-12 17:30", "Alun! I'd love that. Finishing at 6 Thursday, could be there by 6:45?"),
   ("alun", "2024-08-12 17:45", "Perfect. We'll save you a chip.")])

# ================================================================== wanted_pitch (12)
c("wanted_pitch", "software_dev_post", "en", "developer cites her post about chasing invoices across practices",
  [("callum", "2024-07-04 09:30", "Hi Kerensa, thanks for accepting. I read your post last week about juggling six practices, three agencies and a spreadsheet for invoices, and the bit about finding an unpaid March invoice in August made me wince. I build small tools for sole traders - for a locum vet I'd do a booking calendar that generates the invoice from the shift, sends reminders at 14 and 30 days, and shows you who owes what. Fixed price around £1,200, you'd own it. Worth a 20-minute look at a demo with dummy data?"),
   ("me", "2024-07-04 20:50", "Ha, that invoice still haunts me. Go on then, send me the demo link."),
   ("callum", "2024-07-05 08:10", "Here you go - I put in fake practices called things like 'Clifton Paws' so you can see it with locum-ish data.")])

c("wanted_pitch", "cpd_after_talk", "en", "CPD lead cites her nurse CPD talk and offers advanced ultrasound course",
  [("shona", "2024-10-22 11:00", "Hi Kerensa, Tilly told me your ultrasound evening for the Severnside nurses went down a storm, and I saw your slide on the 'six-point FAST in a busy consult' shared around. We're launching a Level 3 abdominal course in spring aimed at vets who already teach others - you'd fit well, and there's an early-bird rate of £890 for L2 alumni. I can send the syllabus if useful.")])

c("wanted_pitch", "equipment_setup", "en", "product specialist refers to her own portable scanner setup",
  [("vik", "2024-07-22 14:00", "Hello Kerensa, I noticed on your website you take your own portable scanner to placements (the P5 in the photo on your 'About' page). We've released a cardiac probe that clips onto the same P5 hub - no new console. For locums who do echo screening in practices without their own kit it's become popular. Happy to lend you one for two weeks to try on real cases, no commitment.")])

c("wanted_pitch", "accountant_mutual_contact", "en", "accountant introduced by mutual contact Sami",
  [("elin", "2024-08-19 10:10", "Hi Kerensa, thanks for accepting. Sami mentioned you'd been frustrated with the IR35 paperwork for the agencies that now insist on status determination statements. I only work with locum vets and vet nurses (about 60 of them in the South West), and I do the SDS checks as part of the annual fee. Not trying to steal you from your accountant if you're happy - but if you ever want a second opinion on your status letters I'm happy to look at one for free."),
   ("me", "2024-08-20 21:00", "Hi Elin, that's kind. I'm happy with Dev but the SDS thing does confuse me. Could I send you the Wessex one?"),
   ("elin", "2024-08-21 08:00", "Of course, send it over.")])

c("wanted_pitch", "recruiter_matched_role", "en", "recruiter with role matching her stated preferences",
  [("hugo", "2024-09-30 12:00", "Hi Kerensa, I see from your profile you're a locum looking at 3 days max and no out-of-hours, and that you've built up ultrasound. I'm recruiting for a two-vet independent in Clevedon whose owner wants exactly that: 3 days, no OOH, and she wants to build an in-house ultrasound service (they just bought a new machine). Salary from £72k FTE. Would you like the details?")])

c("wanted_pitch", "insurance_public_register", "en", "broker cites her new Ltd company on Companies House",
  [("nia", "2024-04-03 10:45", "Hi Kerensa, I saw on Companies House that Hoskin Locum Vet Ltd was incorporated in March - congratulations. Something many locums miss when moving from sole trader to limited company: your PI policy needs to name the company as the insured, not just you, or claims can be disputed. If your current broker has already updated that, ignore me! If not, I can quote for a company policy - we cover about 200 vet locums.")])

c("wanted_pitch", "app_specific_problem", "en", "mileage app founder names her M5 mileage problem",
  [("dan", "2024-05-08 08:15", "Hi Kerensa, your comment on Sami's post about losing a whole Sunday to rebuilding a mileage log from Google Maps history struck a chord - I did exactly that as a locum physio. MileLog detects the drive to each practice automatically and exports an HMRC-ready log (45p/25p split done for you). Free for 3 months, then £3 a month. Happy to set it up with your practice addresses if you send me a list."),
   ("me", "2024-05-08 19:00", "Oh god that Sunday. Ok you've got me, I'll try it.")])

c("wanted_pitch", "web_designer_site_visit", "en", "web designer found the broken booking form on her site",
  [("tess", "2024-03-12 16:20", "Hi Kerensa, I was looking at hoskinlocumvet.co.uk while helping a practice find locum cover and noticed the 'Check my availability' form doesn't submit on a phone (the button sits under the cookie banner on iPhone). Practice managers mostly browse on their phones, so you might be missing requests. I can fix it for a flat £90 or just tell you how if you do your own site. Screenshot attached."),
   ("me", "2024-03-12 18:45", "Oh no. I've no idea how to fix that. £90 is fine, please go ahead.")],
  attachments={0: "https://www.linkedin.com/dms/booking-form-iphone-screenshot.png"})

c("wanted_pitch", "consultant_press_item", "en", "consultant cites her quote in the Chronicle",
  [("ivy", "2024-05-02 13:00", "Hi Kerensa, I read your comments in the Bristol Evening Chronicle piece on vet costs - especially that frightened cats need longer consults and that's part of the price. I run Cat Friendly accreditation prep for practices. As a locum you can't sign up a practice, but I do a half-day course for individual vets on low-stress handling (£145) and you'd also get the practice checklist to take to placements. Would that interest you?")])

c("wanted_pitch", "dental_cpd_group_post", "en", "dentistry tutor answers her group question about dental radiographs",
  [("raf", "2024-11-07 19:30", "Hi Kerensa, you asked in the SW Locum Vets group last week how to tell a resorptive lesion from normal root variation on the intraoral films you see in different practices. Short answer is in my reply there, but I also run a 4-week online dental radiograph interpretation course (£240) with real cases from first-opinion practice - might be handy before your Avonside practical on the 23rd."),
   ("me", "2024-11-08 07:30", "Thanks Rafael, your reply in the group was really helpful. Will look at the course.")])

c("wanted_pitch", "supplier_stated_need", "en", "supplier answers her post about broken Doppler",
  [("glenys", "2024-01-29 10:15", "Hi Kerensa, saw your post that your Doppler BP unit died mid-consult at Yate and you don't want to spend £600 on a new one. We refurbish veterinary Dopplers - we've got one of the same model with a new crystal and 12-month warranty for £240 including a cuff set for cats and small dogs. Can post it tomorrow if you want it.")])

c("wanted_pitch", "coach_article", "en", "coach cites her article on locum burnout",
  [("orla", "2024-06-28 09:00", "Hi Kerensa, I read your piece in Locum Vet Quarterly about 'always being the new person' - the line about never having a lunch break because you don't know where the kettle is made me laugh and then feel sad. I'm a former vet now coaching vets. I run a small 6-week group for locums only (6 people, £180) on boundaries with practices. Next one starts September. No hard sell, just thought you'd be a good fit.")])

# ======================================================================== junk (38)
c("junk", "generic_seo", "en", "generic SEO pitch",
  [("brad", "2024-06-03 10:00", "Hi Kerensa, I took a look at your website and noticed it's not ranking on page 1 of Google for key terms in your industry. We help businesses like yours get 3x more traffic in 90 days. Would you be open to a free audit?")])

c("junk", "off_topic_product", "en", "solar panels pitch",
  [("solar", "2024-04-22 18:00", "Hi Kerensa! Homeowners in Bristol are saving up to £900 a year with our solar + battery packages. Government-backed finance available. Can I send you a free no-obligation quote? ☀️")])

c("junk", "offers_what_she_sells", "en", "agency offers locum vet cover to a locum vet",
  [("vetcover", "2024-09-10 09:00", "Hi Kerensa, struggling to cover holidays and sick leave in your practice? PrimeCover Vets supplies fully vetted locum veterinary surgeons at 48 hours' notice. Exclusive rates for new clients this autumn. Who is the best person to speak to about your staffing?")])

c("junk", "capacity_new_clients", "en", "lead-gen asks if she has capacity for new clients",
  [("leadgen", "2024-02-14 11:30", "Hey Kerensa, quick question - do you have capacity to take on 5-10 new clients next month? We've built a system that fills diaries for professionals on autopilot. If yes, I'll send over a short video.")])

c("junk", "likeminded_entrepreneurs", "en", "let's connect as like-minded entrepreneurs",
  [("like", "2024-08-08 07:00", "Hi Kerensa, I always love connecting with like-minded entrepreneurs who are making things happen. I'm building a network of ambitious business owners across the South West. Let's connect and see how we can add value to each other! 🚀")])

c("junk", "quick_call", "en", "quick 15-minute call request",
  [("quick", "2024-05-16 14:00", "Hi Kerensa, would you be open to a quick 15-minute call this week? I'd love to learn more about your business and share how we've helped similar companies streamline their operations. Does Thursday at 2pm work?")])

c("junk", "connect_then_pitch", "en", "connect then pitch in message 2 after small talk",
  [("cp1", "2024-09-09 09:00", "Thanks for connecting Kerensa! How's your week going? Bet it's busy in the vet world 🐶"),
   ("cp1", "2024-09-11 10:15", "Hey again! Reason I ask - we help professional services firms book 15-20 qualified sales meetings a month with done-for-you LinkedIn outreach. Want me to send a case study?")])

c("junk", "connect_then_pitch", "en", "connect then pitch after owner answered small talk",
  [("cp2", "2024-10-02 19:30", "Hi Kerensa, thanks for accepting! I see you're in Bristol, lovely part of the world. Have you been in the vet game long?"),
   ("me", "2024-10-03 07:40", "Hi Lauren, about 10 years now, locuming for the last five."),
   ("cp2", "2024-10-03 08:02", "Amazing! Self-employed professionals like yourself often don't have a proper pension or investment plan in place. I offer a free 30-minute financial review - shall I book you in? I have slots Monday and Tuesday.")])

c("junk", "connect_then_pitch", "en", "connect then course pitch in message 3",
  [("cp3", "2024-06-12 08:00", "Hi Kerensa, thanks for connecting! Cat or dog person? 😄"),
   ("cp3", "2024-06-13 08:00", "Ha I'm a dog person myself, got a rescue greyhound called Dash."),
   ("cp3", "2024-06-15 09:30", "Anyway, the reason I reached out - I've created the Paws & Profit programme that teaches animal professionals to launch an online course and earn passive income while they sleep. Early bird is just £997 this week. Want the link?")])

c("junk", "follow_up_bumps", "en", "virtual assistant pitch followed by bumps with no reply",
  [("bump1", "2024-03-04 10:00", "Hi Kerensa, are you spending too much time on admin? Our UK-managed virtual assistants start at £9/hour and can handle your inbox, scheduling and invoicing."),
   ("bump1", "2024-03-11 10:00", "Hi Kerensa, just bumping this up in case it got buried!"),
   ("bump1", "2024-03-19 10:00", "Hi Kerensa, following up one last time. Should I close your file?")])

c("junk", "follow_up_bumps", "en", "bookkeeping software pitch followed by bumps with no reply",
  [("bump2", "2024-07-01 13:00", "Hello Kerensa, BrightLedger helps small businesses automate bookkeeping and save 10 hours a week. Can I show you a short demo?"),
   ("bump2", "2024-07-08 13:00", "Just floating this back to the top of your inbox 🙂"),
   ("bump2", "2024-07-22 13:00", "Hi Kerensa, I haven't heard back so I'll assume the timing isn't right. Feel free to reach out whenever you're ready!")])

c("junk", "template_wave", "en", "template wave 1 of 5: scale your business",
  [("t1", "2024-10-07 09:12", "Hi Kerensa, I came across Hoskin Locum Vet Ltd and was really impressed by what you're building. We work with owners in the veterinary space to unlock predictable growth without adding headcount. Would you be open to a brief chat next week to explore whether there's a fit?")])

c("junk", "template_wave", "en", "template wave 2 of 5: scale your business",
  [("t2", "2024-10-08 11:47", "Hi Kerensa, I came across Hoskin Locum Vet and was genuinely impressed by what you're building. We partner with founders in healthcare to unlock predictable growth without extra headcount. Open to a brief chat next week to see if there's a fit?")])

c("junk", "template_wave", "en", "template wave 3 of 5: scale your business",
  [("t3", "2024-10-09 15:30", "Hello Kerensa - came across Hoskin Locum Vet Ltd and I'm impressed with what you are building. We help business owners in animal health unlock predictable, scalable growth without adding headcount. Would a short chat next week make sense to explore a fit?")])

c("junk", "template_wave", "en", "template wave 4 of 5: scale your business",
  [("t4", "2024-10-10 08:05", "Hi Kerensa, I came across your company and was really impressed by what you're building at Hoskin Locum Vet Ltd. We work with service businesses to unlock predictable growth without adding headcount. Would you be open to a quick chat next week?")])

c("junk", "template_wave", "de", "template wave 5 of 5 in German",
  [("t5", "2024-10-11 10:20", "Hallo Kerensa, ich bin auf Hoskin Locum Vet Ltd gestoßen und war wirklich beeindruckt von dem, was Sie aufbauen. Wir unterstützen Unternehmer im Veterinärbereich dabei, planbares Wachstum zu erzielen, ohne zusätzliches Personal. Wären Sie nächste Woche offen für ein kurzes Gespräch?")])

c("junk", "merge_tag_failure", "en", "recruiter with unfilled first_name tag",
  [("m1", "2024-02-20 09:00", "Hi {first_name}, I hope this message finds you well! We are currently supporting a number of clinics in {city} who are looking for talented professionals like you. Would you be open to hearing about some opportunities?")])

c("junk", "merge_tag_failure", "en", "practice marketing with [Company] placeholder",
  [("m2", "2024-05-27 12:00", "Hi Kerensa, I've been following [Company] for a while and love your approach to client care. PracticeBoost helps practices like [Company] increase client retention by 35% with automated reminders and reviews. Free trial for 30 days?")])

c("junk", "merge_tag_failure", "en", "marketing pitch with wrong name",
  [("m3", "2024-08-15 16:00", "Hi Sarah, congratulations on your recent growth at Hoskin Locum Vet! We'd love to help you build your brand with a tailored social media strategy. Do you have 10 minutes this week?")])

c("junk", "merge_tag_failure", "en", "bookkeeping pitch addressing wrong company",
  [("m4", "2024-11-12 10:00", "Hi Kerensa, I noticed Pellow Dental Care is growing fast and thought LeanBooks could help your team keep the numbers tidy. We offer a flat £49/month bookkeeping package for dental practices. Interested?")])

c("junk", "sponsored_inmail", "en", "sponsored finance InMail",
  [("sp1", "2024-06-18 12:00", "<p>Hi Kerensa,</p><p>Grow your practice with flexible finance from <b>PetPlan Pro Finance</b>. Funding from &pound;10k to &pound;250k, decisions in 24 hours.</p><p><a href=\"https://example.com\">Check your eligibility</a></p>")],
  title="Sponsored Conversation", subject="Funding for your practice, decided in 24 hours")

c("junk", "sponsored_inmail", "en", "sponsored van and car leasing InMail",
  [("sp2", "2024-09-03 12:00", "<p>Hi Kerensa,</p><p>Electric company cars from just &pound;199/month + VAT. Save on Benefit-in-Kind with <b>DriveLease UK</b>.</p><p>Book a test drive today.</p>")],
  title="Sponsored Conversation", subject="Your next company car could cost less than you think")

c("junk", "sponsored_inmail", "en", "anonymous sponsored webinar message",
  [("sp3", "2024-11-01 15:00", "Join our exclusive free webinar: 7 ways to double your revenue as a self-employed professional in 2025. Limited places - register now.")],
  subject="Exclusive webinar: double your revenue in 2025")

c("junk", "paid_award", "en", "award 'win' that costs a fee",
  [("award", "2024-07-15 10:00", "Dear Kerensa, congratulations! Hoskin Locum Vet Ltd has been shortlisted as 'Locum Service of the Year - South West' in the UK Animal Care Business Awards 2024. To confirm your place and receive your winner's trophy and digital badge, a participation fee of £495 + VAT applies. Please confirm by Friday."),
   ("award", "2024-07-22 10:00", "Dear Kerensa, only 3 days left to secure your award. Would you like me to send the invoice?")])

c("junk", "paid_podcast", "en", "podcast guest slot for a fee",
  [("pod", "2024-08-20 14:00", "Hi Kerensa! We'd love to feature you as a guest on The Thriving Practice Show (top 2% podcast globally). Guests get a 45-minute interview, professional editing and a promo package. There's a small production investment of £350. Shall I send over the booking link?")])

c("junk", "paid_feature", "en", "magazine feature for a fee",
  [("mag", "2024-03-21 11:00", "Dear Kerensa, our editorial team has selected you to be profiled in the upcoming 'Top 50 Healthcare Leaders of the South West' edition of Leading Professionals Review. A two-page feature with professional photography is available for an editorial contribution of £1,200. Space is limited.")])

c("junk", "fluent_generic_company", "en", "fluent consultancy pitch naming her company",
  [("fluent", "2024-10-28 09:45", "Dear Kerensa, I've been following Hoskin Locum Vet Ltd with interest. In a market where client expectations are rising and margins are under pressure, the businesses that thrive are the ones that invest in operational clarity. At Northpoint we partner with leadership teams to align strategy, people and process. I'd welcome the chance to share a few ideas that may be relevant to Hoskin Locum Vet Ltd's next chapter. Would a short conversation be of interest?")])

c("junk", "crypto", "en", "crypto investment pitch",
  [("crypto", "2024-01-17 22:30", "Hello dear, I hope you are fine. I am a professional crypto trader and I have helped many people earn $5000 weekly. Are you interested to learn how?")])

c("junk", "generic_accountant", "en", "generic accountant pitch (counterpart to locum accountant)",
  [("jacc", "2024-09-17 10:00", "Hi Kerensa, is your accountant costing you too much? TaxEasy Online does your accounts from £29/month with unlimited support. Switch in 5 minutes. Fancy a quote?")])

c("junk", "generic_web_design", "en", "generic web redesign pitch (counterpart to designer)",
  [("jweb", "2024-04-29 15:00", "Hi Kerensa, your website could be working harder for you! We design modern, mobile-friendly websites that convert visitors into customers. Packages from £499. Can I send some examples of our work?")])

c("junk", "generic_coach", "en", "generic coaching pitch (counterpart to vet coach)",
  [("jcoach", "2024-01-05 08:00", "New year, new you Kerensa! ✨ Are you ready to step into your power and create the life and business you deserve? My 12-week Unstoppable You programme has transformed hundreds of women. Book a free discovery call!")])

c("junk", "generic_recruiter", "en", "generic recruiter with unmatched roles (counterpart)",
  [("jrec", "2024-07-29 17:00", "Hi Kerensa, I have a number of exciting opportunities for Veterinary Surgeons across the UK, including full-time OOH roles in Manchester, Leeds and Glasgow with excellent packages. Are you open to a conversation? Please send me your CV.")])

c("junk", "generic_insurance", "en", "generic business insurance pitch (counterpart to broker)",
  [("jins", "2024-03-26 09:00", "Hi Kerensa, is your business properly protected? CoverQuote Direct compares 40+ insurers to find the best price for small businesses. Get a quote in 2 minutes!")])

c("junk", "outsourcing", "en", "offshore outsourcing pitch",
  [("jva", "2024-05-06 06:30", "Good day Kerensa! OffshoreEase provides dedicated remote staff for data entry, customer service, lead generation and more at 70% less cost. May I share our rates card?")])

c("junk", "mlm_pet_supplements", "en", "MLM pet nutrition opportunity",
  [("mlm", "2024-02-11 21:15", "Hiya hun! 💕 As a fellow animal lover I thought of YOU! I've been working with an amazing pet nutrition brand and I'm looking for a few motivated ladies to join my team. Work from your phone, flexible hours. Can I send you some info? x")])

c("junk", "generic_expense_app", "en", "generic expense app pitch (counterpart to mileage app)",
  [("jmile", "2024-06-10 11:00", "Hi Kerensa, still tracking expenses manually? ExpenseIQ automates receipts, mileage and reporting for teams of all sizes. Book a demo and get 20% off your first year.")])

c("junk", "ghostwriting", "en", "LinkedIn ghostwriting pitch",
  [("ghost", "2024-09-23 12:30", "Hi Kerensa, your LinkedIn has so much potential! I write viral posts for busy professionals - 3 posts a week in your voice, so you grow your personal brand on autopilot. Spots open for October. Interested?")])

c("junk", "generic_cpd", "en", "generic online CPD catalogue (counterpart to imaging course)",
  [("jcpd", "2024-02-27 13:00", "Dear Kerensa, unlock your career potential with 500+ accredited online courses from Global Vet Learning Hub. Enrol today and get 40% off annual membership! Offer ends Sunday.")])

PROFILE = {
    "First Name": "Kerensa", "Last Name": "Hoskin",
    "Headline": "Locum Veterinary Surgeon (small animal) | Bristol, Bath & North Somerset | ultrasound",
    "Summary": "Cornish-born, Bristol-based small animal locum. First-opinion consults, soft tissue surgery and "
               "abdominal ultrasound (I bring my own portable scanner). Book direct or through Severn Vet Locums. "
               "No out-of-hours, sorry!",
    "Industry": "Veterinary", "Geo Location": "Bristol, England, United Kingdom",
    "Websites": "[PERSONAL:hoskinlocumvet.co.uk]",
}
POSITIONS = [
    {"Company Name": "Hoskin Locum Vet Ltd", "Title": "Director & Locum Veterinary Surgeon",
     "Description": "Small animal locum cover across Bristol and North Somerset.", "Location": "Bristol",
     "Started On": "Mar 2024", "Finished On": ""},
    {"Company Name": "Self-employed", "Title": "Locum Veterinary Surgeon", "Description": "",
     "Location": "Bristol", "Started On": "Apr 2019", "Finished On": "Mar 2024"},
    {"Company Name": "Kingswood Animal Hospital", "Title": "Veterinary Surgeon", "Description": "",
     "Location": "Bristol", "Started On": "Jan 2014", "Finished On": "Mar 2019"},
]
SKILLS = ["Small Animal Medicine", "Soft Tissue Surgery", "Abdominal Ultrasound", "Anaesthesia",
          "Clinical Audit", "Client Communication"]

if __name__ == "__main__":
    ex.write(OUT, PROFILE, POSITIONS, SKILLS)
    print(ex.summary())

"""Persona: Ffion Prosser, owner of Pawen Lân Grooming & Pet Pantry in Canton, Cardiff.

Written by hand for dev37 (blind to the detector). 2024 export layout, English only
(one junk template copy in German). Running this script regenerates the persona folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-dog-grooming-salon-owner-cardiff"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Ffion Prosser", "https://www.linkedin.com/in/ffion-prosser-pawenlan",
               "Pawen Lân Grooming & Pet Pantry", "Owner & Head Groomer")
ex = Export(SLUG, "2024", owner)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine

P("bethan", "Bethan Lloyd", "Cardiff Council", "Housing Officer", connected="2021-06-12")
C("genuine", "customer_booking_price", "en", "existing customer books a cockapoo groom before a wedding and asks the price",
  [("bethan", "2024-05-02 19:41", "Hiya Ffion! Is there any chance of squeezing Bella in for a full groom before the 18th? My sister's getting married and Bella is the ring bearer (don't ask 😂). How much is a cockapoo full groom now, is it still £55?"),
   ("me", "2024-05-02 21:10", "Shwmae Bethan! Ring bearer, amazing 😄 I can do Thursday 16th at 9.30. It's £58 now since January I'm afraid, but I'll throw in a bow in the wedding colours if you tell me what they are."),
   ("bethan", "2024-05-02 21:14", "Sage green! Lush, book her in please. Diolch!")])

P("huw", "Huw Jenkins", "Retired", "", connected="2019-03-30")
C("genuine", "customer_long_standing", "en", "long-standing customer with an elderly doodle, matting and a gentle shave-down",
  [("huw", "2023-11-20 10:02", "Morning Ffion. Monty has got himself in a right state again, the matting behind his ears is awful. He's 13 now and doesn't stand for long. Would you do a short gentle session rather than the full works? I don't mind paying the full price, it's about him being comfortable."),
   ("me", "2023-11-20 12:30", "Morning Huw, of course. Bring him in Wednesday at 11 when it's quiet, I'll do him on the low table with the mat and we'll take breaks. If the mats are tight to the skin I'll shave them out rather than brush, kinder for him. Short session price is fine, don't be daft."),
   ("huw", "2023-11-22 14:55", "He came home like a puppy. Thank you bach. Marian says you're a saint."),
   ("me", "2023-11-22 15:20", "Ahh give him a cwtch from me ❤️")])

P("vetrhys", "Rhys Morgan", "Taff Vale Veterinary Centre", "Veterinary Surgeon", connected="2020-02-14")
C("genuine", "vet_referral", "en", "vet refers a dog with dermatitis for medicated baths, with instructions",
  [("vetrhys", "2024-02-08 16:22", "Hi Ffion, Rhys at Taff Vale here. I've got a westie, Pero, with pretty nasty Malassezia dermatitis. Owners can't manage the baths at home. Could you do chlorhexidine/miconazole baths twice weekly for 3 weeks? 10 min contact time, rinse well, towel dry only, no hot dryer on the inflamed bits. Owner is Mrs Akhtar, she'll ring you."),
   ("me", "2024-02-08 17:05", "Hiya Rhys, yes no problem. I'll block Tues and Fri mornings. Do you want me to send you photos after each week so you can see progress?"),
   ("vetrhys", "2024-02-08 17:31", "That would be brilliant, thanks. I'll put a note on his file.")])

P("sudsy", "Gareth Thomas", "Suds & Co Professional Pet Care", "Account Manager Wales & West", connected="2018-09-01")
C("genuine", "supplier_price_change", "en", "existing shampoo supplier announces a price increase from April",
  [("sudsy", "2024-02-26 09:15", "Hi Ffion, heads up before the official letter lands: from 1 April our 5L concentrates go up by about 6% (the oatmeal and the whitening one a bit more, 8%, because of packaging). If you want to stock up at current prices I can hold an order until 29 March. Your usual is 4 x oatmeal, 2 x whitening, 2 x deshedding conditioner?"),
   ("me", "2024-02-26 12:40", "Thanks for the warning Gareth. Ouch on the whitening. Yes please hold the usual plus 2 extra oatmeal, I'll have the storage space if I shift the towels."),
   ("sudsy", "2024-02-26 12:58", "Done, 6 x oatmeal, 2 x whitening, 2 x deshedding. Delivery Tuesday as normal. Cheers!")])

P("petfood", "Nia Rowlands", "Valleys Raw & Natural Pet Foods", "Trade Sales", connected="2022-04-19")
C("genuine", "supplier_terms_change", "en", "pet-food supplier changes delivery day and raises the minimum order",
  [("petfood", "2024-06-03 08:47", "Bore da Ffion! Just to let you know our Cardiff van is moving from Thursday to Monday deliveries from July, and the minimum trade order goes up to £150 (sorry, fuel costs). If that's a pain for you we can do a fortnightly drop instead of weekly?"),
   ("me", "2024-06-03 09:30", "Bore da Nia. Fortnightly would actually suit me better, the freezer is only small. Let's do that. Can you add the lamb tripe chunks back on, people keep asking."),
   ("petfood", "2024-06-03 09:52", "Perfect, fortnightly Mondays from 8 July and tripe chunks back on the list 👍")])

P("lowri", "Lowri Evans", "Seaside Suds Grooming Penarth", "Owner", connected="2020-10-05")
C("genuine", "peer_joint_offer", "en", "fellow groomer proposes a joint puppy-introduction package across both salons",
  [("lowri", "2024-03-11 20:03", "Ffion! Had an idea over tea. What if we did a joint 'puppy passport' thing: 3 intro visits (bath, nails, face trim) valid in either salon, Penarth or Canton, £60 for the three. We'd split it per visit. Loads of my new-puppy people live your side of the bay and vice versa. Thoughts?"),
   ("me", "2024-03-11 21:15", "Ooh I like that. £60 is a bit low for three visits though, I'd say £69 and include a brush. And we'd need the same handling notes so the pup gets the same experience. Call tomorrow after 6?"),
   ("lowri", "2024-03-11 21:17", "Yes! Speak then x")])

P("academy", "Sian Harries", "Dragon Paws Grooming Academy", "Lead Tutor", connected="2021-01-20")
C("genuine", "academy_assessor_fee", "en", "grooming academy asks her to be guest assessor, day rate mentioned",
  [("academy", "2024-04-15 11:20", "Hi Ffion, hope the salon's busy! We have six level 3 learners doing their practical assessments on 22-23 May and our second assessor has broken her wrist. Could you step in? We'd pay the usual £180 a day plus mileage. I know it's short notice."),
   ("me", "2024-04-15 13:02", "Oh no, poor Jo! I can do the 23rd but not the 22nd, I've got a full book. Would one day help?"),
   ("academy", "2024-04-15 13:40", "One day helps massively, I'll shuffle the learners. Thank you x I'll send the assessment sheets next week.")])

P("applicant", "Megan Coles", "", "Trainee Dog Groomer", connected="2024-07-09")
C("genuine", "job_applicant", "en", "applicant for the assistant groomer job she posted",
  [("applicant", "2024-07-09 18:30", "Hi Ffion, I saw your post about the assistant groomer job. I finished my level 2 at Coleg last month and I've been doing Saturdays at a kennels in Barry. I'm good with nervous dogs and I don't mind doing the shop side as well. Could I send my CV? Or pop in with it if that's easier."),
   ("me", "2024-07-10 08:15", "Hi Megan, thanks for getting in touch! Pop in Friday around 3 with your CV, bring clippers if you have them and I'll do a little working interview on one of our easy regulars."),
   ("applicant", "2024-07-10 08:40", "Brilliant thank you! See you Friday")])

P("recruit", "Tom Ashworth", "Wagtail Recruitment", "Pet Care Recruitment Consultant", connected="2024-01-05")
C("genuine", "recruiter_engaged", "en", "recruiter she hired sends a shortlist and confirms the placement fee",
  [("me", "2024-01-05 14:12", "Hi Tom, following our call: I'm after a qualified groomer, 4 days a week, level 3 ideally, start in March. Salary £24-26k pro rata. Your fee was 12% on placement, right?"),
   ("recruit", "2024-01-05 16:40", "Hi Ffion, yes 12% of first-year salary, payable only if they pass the 8 week probation. I'll start on it now."),
   ("recruit", "2024-01-24 10:05", "Right, I have three for you. Two local, one relocating from Bristol. All level 3, one does hand-stripping which you said you wanted. CVs attached in the email. Shall I line up trial days?"),
   ("me", "2024-01-24 12:30", "Great. Trial days for the two local ones first please, the Bristol one only if neither works.")])

P("journo", "Ellis Pugh", "Cardiff Post", "Features Reporter", connected="2023-07-14")
C("genuine", "journalist_request", "en", "local journalist wants heatwave dog-care tips for a feature",
  [("journo", "2023-07-14 09:30", "Hi Ffion, I'm writing a piece on keeping dogs cool in the heatwave and a reader recommended you. Could I grab 10 minutes by phone today or tomorrow? Mostly about whether shaving double-coated dogs helps (I hear it doesn't?)"),
   ("me", "2023-07-14 10:02", "Hi Ellis, happy to! And no it doesn't, please put that in big letters 😅 Ring the salon after 2, 029 2000 0000, ask for me."),
   ("journo", "2023-07-17 17:11", "Piece is live, thanks so much. Quoted you as 'Ffion Prosser of Pawen Lân in Canton'. Hope that's right!")])

P("traders", "Dai Bowen", "Canton Traders Association", "Chair", connected="2019-11-02")
C("genuine", "event_invitation_contact", "en", "traders association invites her to take a stall at the Christmas market",
  [("traders", "2024-10-01 13:00", "Helo Ffion, we're doing the Canton Christmas market again on Sat 7 Dec, Llandaff Road end. Stalls are free for members again this year. Would you want one? Last year your dog advent calendars went in an hour!"),
   ("me", "2024-10-01 19:22", "Helo Dai! Yes please, same spot near the bakery if possible? I'll do the calendars again plus some Christmas bandanas."),
   ("traders", "2024-10-02 08:10", "I'll put you by the bakery. Nadolig Llawen in advance 🎄")])

P("booksys", "Priya Shah", "PawPlanner", "Customer Success", connected="2022-02-10")
C("genuine", "existing_vendor_price_change", "en", "booking software she already uses announces plan price increase",
  [("booksys", "2024-08-20 10:00", "Hi Ffion, I wanted to tell you personally before the email goes out: the PawPlanner Salon plan moves from £29 to £34 a month from 1 October. As an account from 2022 you keep your current price until January. SMS reminders stay included. Any questions, just shout."),
   ("me", "2024-08-20 11:45", "Thanks Priya. Bit annoying but fair enough if reminders stay included, they save me a fortune in no-shows. Will the deposit feature be in the Salon plan or only the Pro one?"),
   ("booksys", "2024-08-20 12:10", "Salon plan, from the November release. I'll let you know when it's live.")])

P("acct", "Owain Price", "Price & Daughter Accountants", "Partner", connected="2018-05-22")
C("genuine", "owner_started_accountant", "en", "owner asks her accountant about the VAT threshold",
  [("me", "2024-03-27 21:40", "Hi Owain, sorry for the late message. Quick one: with the shop sales growing I think I'm going to go over the VAT threshold sometime this summer. Do I need to do anything now or wait till I'm over?"),
   ("acct", "2024-03-28 08:55", "Hi Ffion, not late at all. Don't wait: send me the monthly turnover for the last 12 months and we'll check the rolling total. It's 12 months rolling, not the tax year. If you'll cross it we should talk about pricing first, because your grooming prices will need to absorb 20% or go up."),
   ("me", "2024-03-28 09:20", "Eek. Ok I'll send the figures tonight.")])

P("showring", "Carwyn Davies", "Vale Canine Society", "Secretary", connected="2020-06-01")
C("genuine", "owner_started_society", "en", "owner asks the canine society about ringcraft classes for customers",
  [("me", "2024-01-16 12:02", "Hi Carwyn, a few of my customers keep asking where to do ringcraft with their young dogs. Are your Tuesday classes still running and is there room? I'd love to send people your way."),
   ("showring", "2024-01-16 18:30", "Hi Ffion, yes Tuesdays 7pm at the community hall, £4 a session, no need to book. Send them along! And if you ever fancy doing a little talk on show prep for coats we'd love that.")])

# near-duplicate thank-yous after the rescue fun day demo
P("rescue1", "Kirsty Watkins", "Bridgend Paws Rescue", "Volunteer Coordinator", connected="2023-05-21")
P("rescue2", "Alun Griffiths", "Bridgend Paws Rescue", "Trustee", connected="2023-09-10")
P("rescue3", "Hannah Beynon", "", "Dog Foster Carer", connected="2023-09-10")
C("genuine", "thanks_after_event", "en", "thank-you after her grooming demo at the rescue fun day (1 of 3)",
  [("rescue1", "2023-09-10 19:02", "Diolch Ffion for the demo today!! The crowd loved it and we raised £1,240 in the end. Snowy has never looked so fluffy. Thank you thank you"),
   ("me", "2023-09-10 19:30", "Aww so glad! Snowy was a star. Same again next year 💛")])
C("genuine", "thanks_after_event", "en", "thank-you after her grooming demo at the rescue fun day (2 of 3)",
  [("rescue2", "2023-09-11 08:12", "Morning Ffion, on behalf of the trustees thank you for the demo yesterday. It brought people to the stand all afternoon. Much appreciated.")])
C("genuine", "thanks_after_event", "en", "thank-you after her grooming demo at the rescue fun day (3 of 3)",
  [("rescue3", "2023-09-11 21:45", "Hi! Just wanted to say thank you for the demo yesterday, I'm the foster for Snowy and she came home so relaxed. Diolch o galon x"),
   ("me", "2023-09-12 07:50", "Diolch Hannah! She's a lovely girl, I hope she finds her home soon.")])

P("oldboss", "Glenys Rees", "Mumbles Dog Spa (retired)", "", connected="2017-08-15")
C("genuine", "long_standing_mentor", "en", "her old boss from Swansea catching up",
  [("oldboss", "2024-06-22 15:30", "Well look at you! Saw the photo of the new bathing room. Proud of you cariad. Remember when you cried over that chow chow in 2012? 😂"),
   ("me", "2024-06-22 16:05", "GLENYS! I still have nightmares about that chow. Thank you, I couldn't have done any of it without you teaching me. Come and see it when you're next in Cardiff, I'll make a paned."),
   ("oldboss", "2024-06-22 16:20", "I'll hold you to that. Love to your mam.")])

P("friend", "Catrin Howells", "Ysgol Gynradd Treganna", "Teacher", connected="2016-04-10")
C("genuine", "friend_small_talk", "en", "friend from netball, Welsh greetings and small talk",
  [("friend", "2024-09-03 20:10", "Shwmae! Are you coming back to netball this term or is the salon eating your life? We need a GD desperately"),
   ("me", "2024-09-03 20:40", "Shwmae! Salon is eating my life 🙈 but I can do Wednesdays from October. Save me a bib"),
   ("friend", "2024-09-03 20:41", "YESSS. Hwyl!")])

P("landlord", "Martin Hale", "Hale Property Lettings", "Director", connected="2021-03-01")
C("genuine", "landlord_contract", "en", "landlord about rent review and lease renewal",
  [("landlord", "2024-04-29 10:30", "Hi Ffion, the 3-year lease on the unit is up for renewal in August. We're proposing £1,150 pcm from £1,050, in line with the area. Happy to discuss, and happy to include the back store room you asked about last year."),
   ("me", "2024-04-29 14:15", "Hi Martin, thanks. £1,150 is a stretch. If the back room is included and you sort the damp in the ceiling before August I could do £1,120 on a 5-year term?"),
   ("landlord", "2024-05-03 09:40", "Let me speak to the owners, I think a 5-year term will interest them. Will come back by end of next week.")])

P("complaint", "Sarah-Jane Moss", "NHS Wales", "Physiotherapist", connected="2022-08-01")
C("genuine", "customer_feedback", "en", "customer politely raises a small nick on her dog's ear",
  [("complaint", "2024-03-19 19:15", "Hi Ffion, I didn't want to ring the shop in front of everyone. Alfie has a small nick on the edge of his ear from today. He's fine and it's stopped bleeding, I just wanted you to know. We've been coming for years so I'm not cross!"),
   ("me", "2024-03-19 19:40", "Oh Sarah-Jane I'm so sorry. He shook his head right as I was doing the ear edge, I should have told you at pickup. Please don't pay for his next groom, and if it looks sore at all I'll pay for the vet. Really sorry."),
   ("complaint", "2024-03-19 19:52", "Honestly it's fine, these things happen. Thanks for being so lovely about it.")])

P("walker", "Jay Okonkwo", "Bay Dog Walks", "Owner", connected="2022-11-11")
C("genuine", "partner_referral", "en", "dog walker refers new clients and asks about a referral card",
  [("walker", "2024-05-14 12:00", "Alright Ffion, I've got three new families from the Victoria Park flats all asking where to get groomed. I gave them your number. Are you still doing the 10% off first groom for my lot?"),
   ("me", "2024-05-14 13:10", "Alright Jay! Yes still 10%, just tell them to mention Bay Dog Walks. And I'll keep giving your cards out, I've run out actually, can you drop some more in?"),
   ("walker", "2024-05-14 13:12", "Will bring 50 tomorrow 👊")])

P("charity", "Rebecca Stone", "Cardiff Greyhound Homing", "Fundraising Lead", connected="2023-02-02")
C("genuine", "inbound_lead_charity_rate", "en", "rescue charity wants to buy regular grooms at a charity rate",
  [("charity", "2024-02-12 10:45", "Hi Ffion, we're looking for a salon to do a bath and nails for each greyhound before they go to their new homes, about 6-8 a month. Would you consider a charity rate? We could pay monthly by invoice. What would you charge per dog?"),
   ("me", "2024-02-12 15:30", "Hi Rebecca, I'd love to help. Greyhounds are quick baths bless them. £22 per dog for bath, nails and ear clean, invoiced monthly, and I'll keep Monday mornings for you. Would that work?"),
   ("charity", "2024-02-12 15:55", "That's very generous, yes. I'll send over the first list next week.")])

P("cafe", "Tomos Hughes", "Y Cwtch Coffee House", "Owner", connected="2023-12-01")
C("genuine", "inbound_lead_wholesale", "en", "dog-friendly cafe wants to buy her homemade treats wholesale",
  [("cafe", "2023-12-01 11:15", "Hi Ffion, we're a dog-friendly café on Pontcanna Street and loads of our customers have your peanut butter biscuits. Could we buy them wholesale to sell on the counter? Maybe 40 packs a week to start. What price could you do?"),
   ("me", "2023-12-01 14:00", "Hi Tomos! Lovely to hear. I sell them at £3.50, I could do £2.20 trade for 40+ a week, delivered Mondays. I'll need to check my labelling is fine for reselling, give me a few days?"),
   ("cafe", "2023-12-01 14:22", "Sounds fair, take your time. Our customers will be made up.")])

P("voucher", "Ieuan Harding", "Bay Insurance Services", "Claims Handler", connected="2024-11-30")
C("genuine", "customer_gift_voucher", "en", "customer wants to buy a gift voucher for his mum's dog",
  [("voucher", "2024-11-30 18:40", "Hi, do you do gift vouchers? My mam has a shih tzu and she'd love a pamper day for him for Christmas. Maybe £60 worth?"),
   ("me", "2024-11-30 19:20", "Hi Ieuan, yes we do! I can post one out or you can collect from the shop on Cowbridge Road East. Pay by bank transfer or in shop. Want it in Welsh or English? 🙂"),
   ("voucher", "2024-11-30 19:25", "Welsh please, she'll love that. I'll pop in Saturday.")])

P("insure", "Angharad Wyn", "Castell Insurance Brokers", "Commercial Account Executive", connected="2020-04-12")
C("genuine", "existing_vendor_quote", "en", "her insurance broker sends the renewal quote",
  [("insure", "2024-04-02 09:10", "Morning Ffion, your salon policy renews on 1 May. Renewal quote is £684 (last year £612) - the increase is mostly the care custody and control cover because of the claim trends in the sector, not anything you've done. I've looked at two other insurers and they're both higher. Happy to go through it on a call."),
   ("me", "2024-04-02 10:30", "Thanks Angharad. Can we add the new shop stock value, it's about £8k now. Then just renew."),
   ("insure", "2024-04-02 11:15", "Will do, I'll send the updated figure with stock included before I bind it.")])

P("student", "Osian Parry", "Cardiff and Vale College", "Animal Care Student", connected="2024-02-20")
C("genuine", "placement_request", "en", "college student asks for a work placement",
  [("student", "2024-02-20 16:00", "Hello, I'm an animal care student at Cardiff and Vale College and we need a 2 week work placement in May. I would really like to learn grooming. Would you have space for me? My tutor can send the forms."),
   ("me", "2024-02-21 09:00", "Hi Osian, yes I can take one student in May. Ask your tutor to email the salon address on our website and we'll sort it. Wear old clothes, it gets hairy!")])

P("vetnurse", "Ffion Llywelyn", "Taff Vale Veterinary Centre", "Registered Veterinary Nurse", connected="2019-07-07")
C("genuine", "peer_collaboration", "en", "vet nurse with the same first name asks about nervous-dog nail sessions",
  [("vetnurse", "2024-01-30 13:20", "Hiya Ffion from the other Ffion 😄 We get loads of dogs who have to be sedated just for nails. Would you be up for doing 'happy visit' nail sessions for our nervous patients at yours? Little and often, treats, no restraint. We'd refer."),
   ("me", "2024-01-30 14:05", "Hiya! Yes, love that. I do 15 min slots for £8 already for puppies, I could do the same for your nervous ones. Send them with a note of what's triggered them before.")])

P("spamcust", "Delyth Morris", "Ysbyty Athrofaol", "Ward Sister", connected="2024-08-02")
C("genuine", "customer_in_spam", "en", "customer message about a collar left at the salon, filed in SPAM",
  [("spamcust", "2024-08-02 22:10", "Hi is this the grooming place on Cowbridge Rd? I think I left Taffy's lead and a blue collar with a brass tag there today. Could you keep it for me, I'm on nights all week but can come Saturday. Sorry to message here, couldn't find you on Facebook"),
   ("me", "2024-08-03 08:15", "Hi Delyth, yes we have them! Blue collar with 'Taffy' on the tag. They'll be behind the counter Saturday.")],
  folder="SPAM")

P("clipper", "Steve Rowe", "Sharp Edge Clipper Services", "Technician", connected="2018-11-20")
C("genuine", "existing_vendor_quote", "en", "clipper-servicing technician quotes for servicing her kit",
  [("me", "2024-09-09 17:00", "Hi Steve, time for the annual service. 4 clipper bodies, about 20 blades and the big dryer is making a rattling noise. Same as last year?"),
   ("clipper", "2024-09-10 08:30", "Hi Ffion. £18 a body, £5.50 per blade sharpen, and I'll look at the dryer for free, if it's the motor bearing it's about £45 fitted. I can collect Thursday and return Monday."),
   ("me", "2024-09-10 09:00", "Perfect, Thursday it is. I'll leave them in the box by the back door.")])

P("exappr", "Carys Jones", "Pawfect Finish Caerphilly", "Owner", connected="2020-09-01")
C("genuine", "former_apprentice", "en", "former apprentice with her own salon asks for pricing advice",
  [("exappr", "2024-10-14 21:00", "Hi Ffion, sorry to bother you. I need to put my prices up and I'm terrified people will leave. How did you do it last year? Did you tell everyone in advance?"),
   ("me", "2024-10-14 21:30", "Never a bother! I gave 6 weeks notice on a sign and the booking reminders, went up £3 across the board, and explained the costs honestly. Lost maybe two customers, both of whom used to turn up late anyway 😂 You're worth it, do it."),
   ("exappr", "2024-10-14 21:33", "Thank you, I needed that pep talk x")])

P("net1", "Rhian Probert", "Probert's Pooch Parlour", "Groomer", connected="2021-05-05")
P("net2", "Kelly Adams", "Cardiff Doggy Day Spa", "Owner", connected="2021-05-05")
C("genuine", "peer_group_meetup", "en", "small group of south Wales groomers planning a meetup",
  [("net1", "2024-06-10 19:00", "Right girls, meetup! Last Monday of the month at the Cornerstone Arms? Agenda: moaning about doodles and sharing supplier prices"),
   ("net2", "2024-06-10 19:12", "I'm in. Also can we talk about the new booking deposit thing, Ffion aren't you on PawPlanner?"),
   ("me", "2024-06-10 20:05", "Yes I'm on PawPlanner, happy to show you. Monday 24th works 🍻")],
  title="South Wales Groomers")

P("breeder", "Eirlys Vaughan", "Llancaiach Cavaliers", "Hobby Breeder", connected="2019-02-18")
C("genuine", "long_standing_breeder", "en", "breeder who sends every litter for a first groom announces a new litter",
  [("breeder", "2024-05-25 09:30", "Bore da! Rosie had her litter, 5 pups, all healthy. They'll be ready to go in August. Can I book the usual 'first bath' session for all five the week before they leave? The new owners love the photos you take."),
   ("me", "2024-05-25 10:00", "Llongyfarchiadau Rosie! Yes, send me the date when you know it and I'll keep a whole morning for the five. Same as last time, £12 each?"),
   ("breeder", "2024-05-25 10:05", "Yes perfect. Diolch Ffion.")])

P("photo", "Morgan Ellis", "Morgan Ellis Photography", "Pet Photographer", connected="2022-03-03")
C("genuine", "peer_collaboration", "en", "photographer friend and her plan a pet portrait day in the salon",
  [("photo", "2024-04-08 14:00", "Are we doing the spring portrait day again? Last year's went so well. I was thinking Sunday 12 May, I bring the backdrop, you do tidy-ups before each shoot, we split the £25 booking fee as before?"),
   ("me", "2024-04-08 18:20", "Yes! 12 May is good. Can we do 20 min slots this time, 15 was a rush with the fluffy ones."),
   ("photo", "2024-04-08 18:32", "20 min it is. I'll make the poster.")])

P("tables", "Dean Whitfield", "GroomEquip UK", "Sales", connected="2021-10-10")
C("genuine", "owner_started_quote", "en", "owner asks her equipment dealer for a quote on a hydraulic table",
  [("me", "2024-07-22 12:45", "Hi Dean, I'm setting up the second grooming room. Can you quote me for an electric lift table, the 110cm one, plus a wall-mounted grooming arm? Delivered to Canton."),
   ("tables", "2024-07-22 15:10", "Hi Ffion, lovely to hear you're expanding. Electric table 110cm is £849 + VAT, arm £65 + VAT, delivery free over £500. 2 week lead time. Shall I raise an order?"),
   ("me", "2024-07-22 16:00", "Go for it. Delivery after the 5th of August please.")])

# ---------------------------------------------------------------- wanted pitches

P("w_deposit", "Imogen Clarke", "SlotSafe", "Partnerships", connected="2024-03-05",
  invite=("IN", "2024-03-05 09:00", "Hi Ffion, read your post about no-shows, would love to connect."))
C("wanted_pitch", "software_tailored_post", "en", "deposit tool vendor quotes her post about 4 no-shows and her PawPlanner setup",
  [("w_deposit", "2024-03-05 11:20", "Hi Ffion, your post last week about losing four slots to no-shows in one week (and the doodle owner who 'forgot' twice) stuck with me. We make SlotSafe, a small add-on that takes a card deposit at booking. We have a direct integration with PawPlanner, which I noticed you use from your booking link, so nothing changes for your customers except one extra step. It's £9 a month, no per-booking fee. If it's useful I can set it up on a test calendar so you can see what a customer sees. No worries if not!"),
   ("me", "2024-03-06 08:30", "Hi Imogen, that's actually timely. PawPlanner say they're adding deposits in November but I can't wait that long. Send me the test link.")])

P("w_signs", "Leighton Price", "Cardiff Sign Co", "Owner", connected="2024-05-20")
C("wanted_pitch", "signage_shop_visited", "en", "sign maker walked past her shop and noticed the old phone number on faded vinyl",
  [("w_signs", "2024-05-20 13:30", "Hi Ffion, I walk past your salon most mornings to the bus. The window vinyl has faded quite a bit on the sunny side and it still has a 07 mobile number that isn't the one on your website now (the 029 one). I run a small sign shop in Grangetown. I could redo the window in the same teal and pink, bilingual if you want, with the right number, for around £240 fitted. Happy to pop in with samples. Diolch!"),
   ("me", "2024-05-20 14:10", "Oh my god the old mobile number. That's my old phone! Yes please pop in Thursday.")])

P("w_shampoo", "Dr Amira Haddad", "Calmcoat Labs", "Founder & Formulation Chemist", connected="2024-10-08")
C("wanted_pitch", "supplier_tailored_talk", "en", "small shampoo maker references her talk on sensitive-skin breeds",
  [("w_shampoo", "2024-10-08 10:10", "Hello Ffion, I was in the audience for your talk at the Groom Wales conference on bathing sensitive-skin breeds. Your point that most 'hypoallergenic' shampoos still carry fragrance was exactly why we started Calmcoat. We make a fragrance-free, pH 7 concentrate in Swansea. Would you like two sample litres to try on the westies and bulldogs you mentioned? If it doesn't beat what you use, no hard feelings."),
   ("me", "2024-10-08 12:00", "Hi Amira, yes please, I'd be happy to try it. Send to the salon.")])

P("w_social", "Bronwen Walters", "Bron Makes Content", "Freelance Social Media Manager", connected="2024-06-11")
C("wanted_pitch", "freelancer_mutual_contact", "en", "social media freelancer introduced by the vet Rhys Morgan",
  [("w_social", "2024-06-11 09:45", "Hi Ffion, Rhys Morgan at Taff Vale suggested I get in touch, I do the practice's Instagram. He said you'd mentioned you never have time to post the before-and-afters even though customers ask for them. I do a package for small salons: you drop photos in a shared folder, I post three times a week, £150/month. I'm in Llandaff so I can pop by. No pressure at all."),
   ("me", "2024-06-11 20:30", "Ha, Rhys knows me too well. Let's have a coffee next week, I can't promise but I'm interested.")])

P("w_recruit", "Hollie Marsh", "Furever Staffing", "Specialist Recruiter - Grooming", connected="2024-07-01")
C("wanted_pitch", "recruiter_relevant_candidate", "en", "recruiter with a Welsh-speaking level 3 groomer relocating to Cardiff, references her job post",
  [("w_recruit", "2024-07-01 15:00", "Hi Ffion, I saw your post for an assistant groomer and your note that you'd love someone who can speak Welsh with customers. I'm placing a level 3 groomer who's moving back from Manchester to Cardiff in September, first-language Welsh, six years' experience with hand-stripping and cats. She specifically wants a small independent salon. My fee is 10% and only if she stays past probation. Would you like her anonymised CV?"),
   ("me", "2024-07-02 09:10", "Hi Hollie, she sounds great, though I was looking for an assistant rather than a senior. Send the CV anyway, I might be able to stretch.")])

P("w_acct", "Gwen Lewis", "Lewis Small Business Accounts", "Chartered Accountant", connected="2024-03-18")
C("wanted_pitch", "accountant_public_register", "en", "accountant noticed her new limited company on Companies House",
  [("w_acct", "2024-03-18 11:00", "Hi Ffion, I noticed on Companies House that Pawen Lân Grooming Ltd was incorporated last month, congratulations! Going from sole trader to limited is where people often get caught by director's payroll and the first confirmation statement. I work mostly with salons and shops in Cardiff and do a fixed £85/month package. If you already have someone, ignore me, I just thought the timing might be useful.")])

P("w_drain", "Rob Cartwright", "HairTrap Drainage", "Owner", connected="2024-04-22")
C("wanted_pitch", "specific_problem_named", "en", "drainage firm names her blocked-drain problem from her post about two plumber call-outs",
  [("w_drain", "2024-04-22 08:40", "Morning Ffion, saw your post about paying for the plumber twice in a month because of dog hair in the bath drain. We fit stainless hair interceptors under grooming baths, it's a box that catches the hair before the U-bend and you empty it weekly. For a single bath it's £190 fitted and takes an hour. We've done about 30 salons in South Wales, happy to send pictures of the install at a salon in Pontypridd."),
   ("me", "2024-04-22 09:30", "Yes please send pictures. Two call-outs at £95 each makes £190 look cheap.")])

P("w_treats", "Cerys Nash", "Bara Brith Biscuits for Dogs", "Founder", connected="2024-09-15")
C("wanted_pitch", "supplier_site_visited", "en", "dog-treat baker saw the Pet Pantry shelves on her website and suggests a gap",
  [("w_treats", "2024-09-15 16:20", "Hi Ffion, I had a look at the Pet Pantry page on your site: you stock lots of natural chews but no baked treats except your own peanut butter ones, which I guess you don't want to compete with! We make Welsh-themed baked treats (bara brith and leek-and-cheese ones, all dog-safe, no raisins obviously). Trade is £2.10 a bag, RRP £3.99, 12 minimum. Could send a sample box if you're curious?")])

P("w_dryer", "Neil Fraser", "QuietBlow Grooming Equipment", "Area Sales Manager", connected="2024-08-12")
C("wanted_pitch", "equipment_tools_setup", "en", "dryer dealer noticed her loud dryer in her reel and her nervous-dog sessions",
  [("w_dryer", "2024-08-12 10:30", "Hi Ffion, in your reel about the nervous-dog nail sessions you can hear a high-pitched force dryer in the background, looks like one of the older twin-motor models. For anxious dogs that whine is often what sets them off. Our variable-speed dryer runs at about 68dB on low. I could bring a demo unit for a week, free, so you can compare with your nervous regulars. If you're happy with your setup, ignore this."),
   ("me", "2024-08-12 12:00", "It is a nightmare that dryer. A week demo would be great, after the 20th?"),
   ("w_dryer", "2024-08-12 12:15", "After the 20th it is, I'll confirm the day.")])

P("w_translate", "Elin Gruffydd", "Geiriau Da Translation", "Welsh-English Translator", connected="2024-02-27")
C("wanted_pitch", "translator_newsletter_item", "en", "translator references the traders newsletter item about her bilingual signage plan",
  [("w_translate", "2024-02-27 12:00", "Shwmae Ffion, I read in the Canton Traders newsletter that you're planning to go fully bilingual with your signs and price list this year. I translate for a few local shops (the bakery next to you is one of mine!). For a price list and window text I'd usually charge about £60, and I'm happy to check pet-specific wording so 'hand-stripping' doesn't come out as something strange 😄"),
   ("me", "2024-02-27 18:00", "Haha yes please, my Welsh is good for chatting but not for price lists. Send me your email and I'll send the list.")])

P("w_web", "Sam Oduya", "Oduya Web Studio", "Web Developer", connected="2024-11-04")
C("wanted_pitch", "web_specific_problem", "en", "web developer found that her online booking button breaks on mobile",
  [("w_web", "2024-11-04 19:10", "Hi Ffion, I tried to book my spaniel on your site from my phone and the 'Book now' button on the home page sits behind the cookie banner on iPhone, so you can't tap it. Desktop works fine. I'm a web developer in Canton (and now a customer, Biscuit is booked for the 14th via the link in your Instagram bio). Fixing it is a 20-minute job, I'd do it for a free groom honestly. Let me know if you want the screenshot."),
   ("me", "2024-11-04 20:00", "Sam you're a star, no wonder online bookings have dropped! Deal, free groom for Biscuit. Send me the screenshot and I'll get you into the site.")])

P("w_insure", "Paul Whitcombe", "Groomers Shield Insurance", "Specialist Broker", connected="2024-07-30")
C("wanted_pitch", "insurer_press_item", "en", "specialist insurer references the Cardiff Post article on her second grooming room",
  [("w_insure", "2024-07-30 14:00", "Hi Ffion, I read in the Cardiff Post that you're opening a second grooming room and taking on a groomer. Congratulations. When salons add staff, employer's liability and the care-custody limit often need revisiting, and a lot of general brokers miss that the new room needs its own equipment schedule. We only insure groomers. If it's useful I can do a quick comparison against your renewal, no obligation."),
   ("me", "2024-07-31 09:00", "Thanks Paul, I've got a broker I'm happy with but I'll check the employer's liability bit with her, good shout.")])

# ---------------------------------------------------------------- junk

P("j_booking", "Chad Morrison", "BookFlow360", "Growth Executive", connected="2024-02-01")
C("junk", "generic_software_pitch", "en", "generic booking-software pitch (counterpart of the tailored deposit tool)",
  [("j_booking", "2024-02-01 10:00", "Hi Ffion, are you still managing bookings manually? BookFlow360 is the all-in-one scheduling platform trusted by over 10,000 businesses worldwide. Automate appointments, reduce no-shows, and grow revenue with our AI-powered tools. Would you be open to a demo this week?")])

P("j_seo", "Rahul Verma", "RankRocket Digital", "SEO Consultant")
C("junk", "generic_seo", "en", "generic SEO pitch",
  [("j_seo", "2024-01-12 06:14", "Hello, I was going through your website and found it is not ranking on first page of Google for many keywords. I can help you to rank on top with white hat SEO techniques. We have 8+ years of experience and affordable packages. Please share your email and I will send a free audit report. Regards, Rahul")])

P("j_social", "Madison Blake", "Scale Social Agency", "Founder")
C("junk", "generic_social_media", "en", "generic social media management pitch",
  [("j_social", "2024-04-03 15:30", "Hey Ffion! 👋 We help businesses like yours turn social media into a predictable client-generating machine. Our done-for-you content packages start at just $499/mo. Worth a chat?"),
   ("j_social", "2024-04-10 15:31", "Just bumping this to the top of your inbox 🙂")])

P("j_crypto", "Victor Lamberti", "Apex Capital Strategies", "Wealth Advisor")
C("junk", "off_topic_investment", "en", "off-topic crypto trading pitch",
  [("j_crypto", "2024-05-05 22:00", "Good evening Ffion, I hope you are well. I am reaching out to a select group of business owners about an exclusive opportunity in digital asset trading with guaranteed monthly returns of 8-12%. Our clients include entrepreneurs across the UK. Can I share more details?")])

P("j_freight", "Lucy Chen", "Oceanbridge Logistics", "Business Development")
C("junk", "off_topic_freight", "en", "off-topic freight forwarding pitch",
  [("j_freight", "2024-06-19 04:40", "Dear Ffion, Greetings from Oceanbridge Logistics! We provide sea freight, air freight and customs clearance from China to UK at competitive rates. If you have any shipment please let us know, we will give you the best price. Thanks & regards, Lucy")])

P("j_mobile", "Kerry Stanton", "Groom2U Franchise", "Business Development Manager")
C("junk", "offers_what_she_sells", "en", "mobile grooming company offers to groom her customers' dogs",
  [("j_mobile", "2024-07-08 11:00", "Hi Ffion, do you have customers who struggle to get their dogs to a salon? Groom2U brings professional grooming to the doorstep with our fully equipped vans. We're expanding across South Wales and offer full grooms, puppy trims and nail clipping. Can we send you some leaflets to hand out? Happy to offer your dog a free groom too!")])

P("j_capacity", "Jordan Pike", "LeadNest", "Client Acquisition Specialist")
C("junk", "capacity_for_new_clients", "en", "lead-gen agency asks whether she has capacity for new clients",
  [("j_capacity", "2024-08-26 09:05", "Hi Ffion, quick question - do you have capacity to take on 15-20 new clients next month? We've helped service businesses fill their calendars using our proven outreach system. If yes, I'll share how it works.")])

P("j_likeminded", "Brandon Hale", "Hale Ventures", "Serial Entrepreneur | Investor | Speaker",
  connected="2024-03-14", invite=("IN", "2024-03-14 07:00", "Let's connect as like-minded entrepreneurs!"))
C("junk", "like_minded_entrepreneurs", "en", "'let's connect as like-minded entrepreneurs' then a mastermind pitch",
  [("j_likeminded", "2024-03-14 07:30", "Thanks for connecting Ffion! Always great to connect with like-minded entrepreneurs who are building something. I run a private mastermind for ambitious founders ready to 10x. Would you be interested in hearing more?")])

P("j_15min", "Alicia Grant", "Momentum Growth Partners", "Senior Partner")
C("junk", "quick_call", "en", "quick 15-minute call request",
  [("j_15min", "2024-09-17 13:00", "Hi Ffion, I'd love to grab a quick 15-minute call to share some ideas on how Pawen Lân could unlock more growth this quarter. What does your calendar look like Thursday or Friday?"),
   ("j_15min", "2024-09-24 13:00", "Hi Ffion, following up on my note. Would 15 minutes next week work better?"),
   ("j_15min", "2024-10-02 13:00", "Last try! Should I close your file?")])

P("j_ctp1", "Jessica Moore", "Bloom Marketing Co", "Marketing Strategist",
  connected="2024-04-24", invite=("IN", "2024-04-24 08:55", "Hi Ffion, love your salon photos! Would be great to connect."))
C("junk", "connect_then_pitch", "en", "connect-then-pitch: compliments on dogs, owner answers, then marketing pitch",
  [("j_ctp1", "2024-04-24 09:10", "Hi Ffion, thanks for connecting! Your salon looks so cute, is that a poodle in your profile pic?"),
   ("me", "2024-04-24 12:30", "Hi Jessica, thank you! Yes that's Pip, my standard poodle, he's the salon mascot."),
   ("j_ctp1", "2024-04-25 09:02", "Aww Pip is adorable! 😍 Speaking of which, I help local businesses get more bookings with Facebook ads. Most of my clients see 3x ROI in 60 days. Would you be open to a short call to see if it's a fit?")])

P("j_ctp2", "Mark Dempsey", "Prime Funding Solutions", "Funding Advisor",
  connected="2024-06-04", invite=("IN", "2024-06-04 10:00", ""))
C("junk", "connect_then_pitch", "en", "connect-then-pitch: small talk about Cardiff then a business loan offer",
  [("j_ctp2", "2024-06-04 10:20", "Hi Ffion, great to connect. I see you're in Cardiff, lovely city, I was there for the rugby last year!"),
   ("j_ctp2", "2024-06-06 10:20", "By the way, we help small business owners access £10k-£500k in working capital within 48 hours, no collateral needed. Perfect for expanding salons. Shall I send details?")])

P("j_ctp3", "Tasha Reid", "ThriveVA", "Virtual Assistant Services",
  connected="2024-10-20", invite=("IN", "2024-10-20 18:00", "Hi! Fellow small business owner here 🙂"))
C("junk", "connect_then_pitch", "en", "connect-then-pitch: how's business question, then virtual assistant pitch",
  [("j_ctp3", "2024-10-20 18:15", "Hey Ffion! Thanks for accepting. How's business going this season?"),
   ("me", "2024-10-21 08:00", "Hi Tasha, busy thanks! Christmas bookings already filling up."),
   ("j_ctp3", "2024-10-21 08:05", "That's awesome to hear! When things get busy, admin piles up, right? My team of VAs handles inbox, bookings and social media from $8/hour. Want me to send our packages?"),
   ("j_ctp3", "2024-10-28 08:05", "Hi again! Just checking you saw my last message?")])

P("j_bump", "Oliver Grant", "Pixelcraft Studios", "Account Director")
C("junk", "follow_up_bumps", "en", "video agency bumps three times with no reply",
  [("j_bump", "2024-02-14 09:00", "Hi Ffion, we create scroll-stopping brand videos for businesses in your industry. Would you like to see our portfolio?"),
   ("j_bump", "2024-02-19 09:00", "Hi Ffion, just floating this back up. Did you get a chance to look?"),
   ("j_bump", "2024-02-26 09:00", "Hi Ffion, I know you're busy! Any thoughts?"),
   ("j_bump", "2024-03-06 09:00", "I'll assume the timing isn't right. Feel free to reach out whenever.")])

# one template, five senders
P("j_t1", "Ethan Walsh", "ReviewBoost", "Partnerships Manager")
C("junk", "template_reviews", "en", "review-generation template, copy 1 of 5",
  [("j_t1", "2024-05-13 10:02", "Hi Ffion, I came across Pawen Lân Grooming & Pet Pantry and noticed you have some great Google reviews, but fewer than your competitors nearby. We help local businesses get 50+ new 5-star reviews in 30 days on autopilot. Would it be crazy to show you how in a quick call?")])
P("j_t2", "Grace Holloway", "StarRate Pro", "Business Growth Lead")
C("junk", "template_reviews", "en", "review-generation template, copy 2 of 5",
  [("j_t2", "2024-05-21 14:47", "Hi Ffion, I came across your salon and noticed you've got some great Google reviews, but not as many as competitors in your area. We help local businesses get 50+ new 5-star reviews in 30 days, completely on autopilot. Would it be crazy to show you how on a short call?")])
P("j_t3", "Liam O'Connor", "Five Star Engine", "Founder")
C("junk", "template_reviews", "en", "review-generation template, copy 3 of 5",
  [("j_t3", "2024-06-02 08:30", "Hey Ffion - came across Pawen Lân and saw you have some great reviews on Google but fewer than your nearby competitors. We get local businesses 40+ new 5-star reviews in 30 days on autopilot. Would it be crazy to show you how over a 10 min call?")])
P("j_t4", "Sophie Turner", "LocalLift", "Client Success")
C("junk", "template_reviews", "en", "review-generation template, copy 4 of 5",
  [("j_t4", "2024-06-17 11:11", "Hi Ffion, I came across Pawen Lân Grooming and noticed you have great Google reviews, but fewer than competitors near you. We help local businesses get 50+ new 5-star reviews in 30 days on autopilot. Would it be crazy to show you how?"),
   ("j_t4", "2024-06-24 11:11", "Hi Ffion, bumping this in case it got buried!")])
P("j_t5", "Lukas Brenner", "Bewertungsprofi GmbH", "Vertrieb")
C("junk", "template_reviews", "de", "review-generation template, copy 5 of 5, in German",
  [("j_t5", "2024-07-01 09:40", "Hallo Ffion, ich bin auf Pawen Lân Grooming gestoßen und habe gesehen, dass Sie tolle Google-Bewertungen haben, aber weniger als Ihre Mitbewerber in der Nähe. Wir helfen lokalen Unternehmen, in 30 Tagen 50+ neue 5-Sterne-Bewertungen zu bekommen, komplett automatisch. Wäre es verrückt, Ihnen das in einem kurzen Call zu zeigen?")])

# merge-tag failures
P("j_m1", "Ryan Fletcher", "GrowthStack", "SDR")
C("junk", "merge_tag_failure", "en", "unfilled {first_name} merge tag",
  [("j_m1", "2024-03-25 10:00", "Hi {first_name}, I noticed {company_name} is growing fast. We help companies like yours streamline operations with our cloud ERP. Open to a quick chat next week?")])
P("j_m2", "Emma Sinclair", "Brightpath Consulting", "Business Consultant")
C("junk", "merge_tag_failure", "en", "unfilled [Company] placeholder",
  [("j_m2", "2024-08-05 12:30", "Hi Ffion, I've been following [Company] for a while and I'm really impressed by what you've built in [Industry]. We work with leaders like you to unlock hidden profit. Would you be open to a conversation?")])
P("j_m3", "Daniel Cross", "PetPro Marketing", "Account Executive")
C("junk", "merge_tag_failure", "en", "wrong name and wrong company in a pet-salon marketing template",
  [("j_m3", "2024-09-02 15:00", "Hi Sarah, loved checking out Paws & Claws Bristol! We specialise in marketing for pet businesses and I think we could double your bookings at Paws & Claws within 90 days. Fancy a chat?")])
P("j_m4", "Nadia Hussain", "EcoSave Energy", "Energy Consultant")
C("junk", "merge_tag_failure", "en", "blank name merge leaves 'Hi ,' in an energy brokerage pitch",
  [("j_m4", "2024-11-12 09:15", "Hi , I hope this message finds you well! Businesses in CF11 are overpaying for their energy by up to 30%. We compare 25+ suppliers to get you the best commercial rates. Can I run a free comparison for you?")])

# Sponsored InMail
P("j_s1", "Tidewell Business Banking", "Tidewell Bank", url="https://www.linkedin.com/company/tidewell-business")
C("junk", "sponsored_inmail", "en", "sponsored InMail for a business bank account",
  [("j_s1", "2024-02-20 12:00", "<p>Hi Ffion,</p><p>Running a small business? Open a Tidewell Business account in 10 minutes and get 12 months of free everyday banking.</p><p><a href=\"https://example.com\">Open your account</a></p>")],
  title="Sponsored Conversation", subject="Free business banking for 12 months")
P("j_s2", "Learnly Online Courses", "Learnly", url="https://www.linkedin.com/company/learnly-online")
C("junk", "sponsored_inmail", "en", "sponsored InMail for an online MBA course",
  [("j_s2", "2024-06-12 12:00", "<p>Hi Ffion,</p><p>Take your career to the next level with a 100% online MBA. Flexible study, world-class faculty. Applications close soon&nbsp;&ndash; reserve your place today.</p>")],
  title="Sponsored Conversation", subject="Your MBA, your schedule")
P("j_s3", "Cloudledger Accounting Software", "Cloudledger", url="https://www.linkedin.com/company/cloudledger")
C("junk", "sponsored_inmail", "en", "sponsored InMail for accounting software",
  [("j_s3", "2024-10-09 12:00", "<p>Hi Ffion,</p><p>Making Tax Digital is coming. Get Cloudledger free for 3 months &amp; stay compliant without the headache.</p>")],
  title="Sponsored Conversation", subject="MTD-ready in minutes")

# paid awards, features, podcasts
P("j_award", "Victoria Ashdown", "Welsh Business Excellence Awards", "Awards Coordinator")
C("junk", "paid_award", "en", "award she 'won' that costs £695 for the winner's package",
  [("j_award", "2024-04-18 10:00", "Dear Ffion, congratulations! Pawen Lân Grooming & Pet Pantry has been selected as 'Best Pet Grooming Salon - South Wales 2024' by our research team. To confirm your award, please select a winner's package: Digital (£395) or Premium with trophy and gala dinner (£695). Deadline for confirmation is Friday."),
   ("me", "2024-04-18 12:00", "Hi Victoria, which customers nominated us?"),
   ("j_award", "2024-04-18 12:20", "Our independent research team evaluates businesses based on a range of online factors. Shall I reserve the Premium package for you?")])
P("j_feature", "Harriet Cole", "UK Small Business Spotlight Magazine", "Features Editor")
C("junk", "paid_feature", "en", "paid feature in a business magazine",
  [("j_feature", "2024-07-15 11:00", "Hi Ffion, we'd love to feature Pawen Lân in our upcoming 'Inspiring Women in Business' edition! The feature includes a 2-page spread and an interview. There is a small contribution of £350 to cover design and distribution. Shall I send the booking form?")])
P("j_podcast", "Josh Reynolds", "The Hustle Hour Podcast", "Host & Producer")
C("junk", "paid_podcast", "en", "podcast guest slot for a fee",
  [("j_podcast", "2024-09-30 17:00", "Hey Ffion! I host The Hustle Hour, a top-ranked business podcast with 50k+ listeners. Our team thinks your story would inspire our audience. Guest spots include professional editing and promo across our channels for a one-time investment of $297. Interested?")])

# fluent junk naming her company
P("j_fluent", "Charlotte Dunmore", "Nimbus AI Solutions", "Head of Partnerships")
C("junk", "fluent_generic_names_company", "en", "fluent pitch naming Pawen Lân but fits any business",
  [("j_fluent", "2024-10-15 09:30", "Hi Ffion, I've been really impressed by what you're building at Pawen Lân Grooming & Pet Pantry. Businesses at your stage often find that manual processes quietly hold back growth. At Nimbus, we help forward-thinking teams harness AI to automate the busywork, so they can focus on what they do best. I'd love to learn more about your priorities for next year and share a couple of ideas. Would you be open to a brief conversation?")])

# generic counterparts of wanted pitches
P("j_signs", "Trevor Banks", "SignWorld Nationwide", "Sales Manager")
C("junk", "generic_signage", "en", "generic signage pitch (counterpart of the local sign maker)",
  [("j_signs", "2024-05-28 10:00", "Hi, is your business signage working as hard as it could? SignWorld Nationwide offers shop fascias, window graphics, vehicle wraps and more at unbeatable prices. Get 15% off your first order this month! Reply for a free quote.")])
P("j_shampoo", "Kevin Lau", "Global Pet Supplies Wholesale", "Export Manager")
C("junk", "generic_supplier", "en", "generic pet-product wholesaler pitch (counterpart of the shampoo maker)",
  [("j_shampoo", "2024-03-08 03:20", "Dear Sir/Madam, We are a leading manufacturer of pet products including shampoo, leashes, beds, toys and grooming tools. OEM/ODM available, MOQ 500 pcs. Please find our catalogue. Looking forward to cooperation. Best regards, Kevin")])
P("j_acct", "Simon Drake", "TaxSmart UK", "Business Development")
C("junk", "generic_accountant", "en", "generic accountancy pitch (counterpart of the tailored accountant)",
  [("j_acct", "2024-01-22 10:00", "Hi Ffion, are you paying too much tax? TaxSmart UK helps business owners save thousands with our proactive accounting packages from just £49/month. Book your free consultation today!")])
P("j_web", "Arjun Mehta", "WebCraft Solutions", "Project Manager")
C("junk", "generic_web_redesign", "en", "generic website redesign pitch (counterpart of the web developer)",
  [("j_web", "2024-11-18 07:45", "Hi, I checked your website and it looks outdated and not mobile friendly. We design modern, responsive websites starting at $299 with free hosting for 1 year. Can I share some samples of our work?")])
P("j_recruit", "Hannah Price", "Apex Talent Partners", "Senior Recruiter")
C("junk", "irrelevant_recruiter", "en", "recruiter pitching an unrelated SaaS sales job",
  [("j_recruit", "2024-08-14 16:00", "Hi Ffion, your profile caught my eye! I'm recruiting for an exciting Enterprise Account Executive role at a fast-growing SaaS scale-up in London. OTE £120k, hybrid. Would you be open to exploring?")])
P("j_franchise", "Gary Whitlock", "FranchiseFinder UK", "Franchise Consultant")
C("junk", "off_topic_franchise", "en", "franchise opportunity pitch",
  [("j_franchise", "2024-12-02 10:00", "Hi Ffion, have you ever thought about owning a proven business model? We're recruiting franchise partners in Cardiff for a top-rated home cleaning brand. Investment from £15k. Could we set up a discovery call?")])
P("j_solar", "Stacey Morgan", "SunPlus Solar", "Commercial Solar Advisor")
C("junk", "off_topic_solar", "en", "off-topic commercial solar pitch for a rented unit",
  [("j_solar", "2024-05-30 09:00", "Hi Ffion, with energy prices still high, now is the time to go solar! Our commercial panels can cut your business energy bill by up to 70%. Government-backed finance available. Can I book a free survey?")])
P("j_coach", "Melanie Ross", "Unstoppable CEO Coaching", "Business Coach for Women")
C("junk", "generic_coaching", "en", "business coaching pitch",
  [("j_coach", "2024-02-05 20:00", "Hi Ffion! As a female founder, do you ever feel stuck working IN your business instead of ON it? I help women business owners scale to 6 figures without burnout. I have 2 spots left in my January cohort. Want to hear more? 💕")])
P("j_card", "Lewis Grant", "PayEasy Merchant Services", "Partner Manager")
C("junk", "generic_card_payments", "en", "card payments rates pitch with a bump",
  [("j_card", "2024-07-23 10:00", "Hi Ffion, are you happy with your card processing rates? We can beat your current provider by at least 20% or give you £100. Free card terminal included. When can we chat?"),
   ("j_card", "2024-07-30 10:00", "Hi Ffion, just following up on my previous message regarding your card rates.")])

if __name__ == "__main__":
    ex.write(
        OUT,
        {"First Name": "Ffion", "Last Name": "Prosser",
         "Headline": "Owner & Head Groomer at Pawen Lân Grooming & Pet Pantry | Level 3 Dog Groomer | Cardiff",
         "Summary": "Independent dog-grooming salon and small pet shop on Cowbridge Road East, Canton. "
                    "Nervous dogs, senior dogs and hand-stripping welcome. Siaradwr Cymraeg.",
         "Industry": "Consumer Services", "Zip Code": "CF11", "Geo Location": "Cardiff, Wales, United Kingdom",
         "Websites": "[COMPANY:pawenlan.example]"},
        [{"Company Name": "Pawen Lân Grooming & Pet Pantry", "Title": "Owner & Head Groomer",
          "Description": "Grooming salon and pet pantry, two grooming rooms.", "Location": "Cardiff",
          "Started On": "Apr 2018", "Finished On": ""},
         {"Company Name": "Mumbles Dog Spa", "Title": "Groomer", "Description": "", "Location": "Swansea",
          "Started On": "Sep 2011", "Finished On": "Mar 2018"}],
        ["Dog Grooming", "Hand Stripping", "Customer Service", "Retail", "Small Business", "Welsh"],
    )
    print(ex.summary())

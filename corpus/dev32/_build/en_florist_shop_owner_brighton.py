"""Persona dev32/en-florist-shop-owner-brighton, written blind to the detector (session 5).

Nell Ashdown runs Shingle & Stem, a florist's shop in Kemptown, Brighton, with a weddings and
events sideline. English only, 2024 export layout. Every message below is written by hand.
Running this script regenerates the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-florist-shop-owner-brighton"
OWNER = Person("me", "Nell Ashdown", "https://www.linkedin.com/in/nell-ashdown-shinglestem",
               "Shingle & Stem", "Owner & Head Florist")
SPONSORED = "Sponsored Conversation"


def people(ex: Export) -> None:
    p = ex.person
    # clients, brides, venues
    p("bride_amy", "Amy Coutts", "Brighton & Hove City Council", "Housing Officer", connected="2024-01-14")
    p("bride_mum", "Gillian Hartnell", "", "Retired", connected="2024-04-02")
    p("bride_jas", "Jasmin Okafor", "Sussex Partnership NHS", "Occupational Therapist", connected="2023-06-20")
    p("venue_grand", "Priya Raman", "The Regency Seafront Hotel", "Events & Front of House Manager",
      connected="2021-03-09")
    p("venue_barn", "Tom Wickens", "Ditchling Hollow Barn", "Venue Coordinator", connected="2022-08-17")
    p("office_lead", "Marcus Feld", "Tidepool Games", "Office & People Manager")
    p("resto_lead", "Chiara Benedetti", "Osteria del Molo", "Co-owner")
    p("funeral", "Denise Parfitt", "Parfitt & Sons Funeral Directors", "Funeral Arranger",
      connected="2019-11-05")
    p("corp_ap", "Hollie Graves", "Westbourne Legal LLP", "Accounts Assistant", connected="2023-02-01")
    p("complaint", "Robert Lyle", "", "Semi-retired surveyor")
    # trade: wholesalers, growers, sundries, peers, staff
    p("wholesale", "Kev Mallory", "Mallory Bros (Flower Market)", "Sales, Stand 14",
      connected="2017-05-22")
    p("wholesale_van", "Dean Shawcross", "Mallory Bros (Flower Market)", "Delivery Driver, South Coast run",
      connected="2020-10-10")
    p("grower", "Hattie Frome", "Upwaltham Flower Farm", "Grower", connected="2021-07-01")
    p("sundries", "Lorraine Keast", "Keast Floral Sundries", "Account Manager", connected="2018-04-12")
    p("hove_florist", "Saoirse Devlin", "Wild Hove Flowers", "Owner", connected="2019-02-28")
    p("driver", "Jonno Pike", "", "Freelance driver & courier", connected="2022-01-30")
    p("applicant", "Maisie Arundel", "Plumpton College", "Floristry student (Level 3)")
    p("recruiter", "Fenella Cho", "Seahaven Retail Recruitment", "Recruitment Consultant",
      connected="2024-02-06", invite=("OUT", "2024-02-06 09:58", ""))
    p("ex_staff", "Callum Brierley", "Lush", "Retail Supervisor", connected="2020-09-14")
    p("tutor", "Anne Pocock", "Plumpton College", "Lecturer in Floristry", connected="2016-09-01")
    p("old_friend", "Bex Oduya", "Petalworks London", "Senior Florist", connected="2015-03-11")
    p("planner", "Lottie Marchant", "Salt & Sunday Weddings", "Wedding Planner", connected="2020-05-19")
    p("photog", "Ed Yiannou", "Ed Yiannou Photography", "Wedding Photographer", connected="2022-04-04")
    p("journo", "Harriet Quill", "Latest Brighton Magazine", "Features Writer")
    p("traders", "Bernie Sorrell", "Kemptown Traders' Association", "Chair", connected="2018-06-07")
    p("council", "Nadia Haskins", "Brighton & Hove City Council", "Events Officer", connected="2022-05-03")
    p("school_pta", "Kirsty Allingham", "St Luke's Primary PTA", "Fundraising lead", connected="2023-09-09")
    p("landlord", "Graham Toller", "Toller Estates", "Property Manager", connected="2019-01-15")
    p("ws_att1", "Polly Greenaway", "Brighton Dome", "Box Office Supervisor")
    p("ws_att2", "Sunita Mehra", "Amex", "Data Analyst")
    p("ws_att3", "Jo Tranter", "", "Freelance illustrator")
    p("brewery", "Owain Pritchard", "Level Ground Brewing Co.", "Taproom Manager", connected="2023-11-20")
    p("insta", "Keeley Vance", "", "Dental nurse")
    p("spam_mum", "Patricia Hollings", "", "")
    p("group_a", "Mo Dervish", "Stems of Shoreham", "Florist", connected="2021-09-12")
    p("group_b", "Izzy Warne", "Lewes Flower Room", "Owner", connected="2020-02-02")
    # wanted pitches
    p("w_foamfree", "Tamsin Gorran", "Gathered Mechanics", "Founder", connected="2024-02-19",
      invite=("IN", "2024-02-19 17:05", "Hi Nell, fellow foam-free convert here - loved your post."))
    p("w_video", "Ollie Sparrow", "Sparrow & Reel", "Wedding Filmmaker")
    p("w_fridge", "Gaz Henty", "Henty Cooling", "Refrigeration Engineer (F-Gas)")
    p("w_web", "Rhian Pellow", "", "Freelance Shopify developer")
    p("w_cargo", "Femi Adeyinka", "Pedal Post Brighton", "Co-founder")
    p("w_account", "Ruth Ellery", "Ellery Bookkeeping", "Bookkeeper (retail & hospitality)")
    p("w_orders", "Dan Kettering", "Bloomdesk", "Partnerships")
    p("w_staff", "Leah Sowerby", "Southdown Seasonal Staffing", "Recruiter, retail temps")
    p("w_grower", "Will Athey", "Cuckmere Cut Flowers", "Grower")
    p("w_wrap", "Asha Patel", "Foldleaf Packaging", "Sales")
    p("w_insure", "Nick Bramall", "Bramall Events Cover", "Broker")
    p("w_tickets", "Gemma Rudd", "Classbook", "Customer Success")
    # junk senders
    p("j_t1", "Brandon Keyes", "Bloom Funnel Media", "Growth Partner")
    p("j_t2", "Aisha Lomax", "Vowstack", "Client Acquisition")
    p("j_t3", "Ryan Tolley", "PetalAds", "Founder")
    p("j_t4", "Sofia Grant", "Wedlead Digital", "Account Executive")
    p("j_t5", "Callum Reid", "Bridal Reach", "Head of Partnerships")
    p("j_tag1", "Jordan Pryce", "Kinetiq Outsourcing", "Business Development")
    p("j_tag2", "Melissa Haigh", "Brightlane SEO", "SEO Consultant")
    p("j_tag3", "Tariq Noon", "Nexa Payments", "Merchant Services")
    p("j_tag4", "Ben Fairley", "Clearfield Energy", "Energy Broker")
    p("j_spon1", "Northbank Business", "", "", url="https://www.linkedin.com/company/northbank-business")
    p("j_spon2", "Voltcab Van Leasing", "", "", url="https://www.linkedin.com/company/voltcab-leasing")
    p("j_award", "Stephanie Crewe", "UK SME Excellence Awards", "Awards Director")
    p("j_podcast", "Darren Vickery", "The Founder Hour Podcast", "Host")
    p("j_feature", "Natalie Broome", "South Coast Living Magazine", "Partnerships Manager")
    p("j_seo", "Arjun Mehta", "RankRise Digital", "SEO Specialist")
    p("j_webdesign", "Kelly-Ann Moss", "Pixelcraft Studio", "Web Designer")
    p("j_offtopic", "Piotr Zielinski", "Axion Industrial Supply", "Sales Engineer")
    p("j_sameoffer", "Imogen Lacey", "Verdant Office Florals", "Corporate Accounts")
    p("j_capacity", "Tyler Stokes", "BookedOut Agency", "Founder")
    p("j_likeminded", "Gavin Holt", "Holt Mindset Coaching", "Business & Mindset Coach")
    p("j_15min", "Sandra Okoye", "Paylite Solutions", "Business Consultant")
    p("j_ctp1", "Harvey Dunmore", "Sterling Growth Partners", "Director", connected="2024-03-11",
      invite=("IN", "2024-03-11 08:52", "Hi Nell, lovely shop! Would be great to connect."))
    p("j_ctp2", "Chloe Ramsdale", "Crestline Merchant Funding", "Business Funding Advisor",
      connected="2024-05-20", invite=("IN", "2024-05-20 13:14", ""))
    p("j_ctp3", "Liam Sheard", "Greenlight Franchise Partners", "Franchise Development",
      connected="2024-08-02", invite=("IN", "2024-08-02 17:45", "Fellow small business owner here!"))
    p("j_bump1", "Rachel Yeo", "Apex Reviews", "Reputation Specialist")
    p("j_bump2", "Kieran Walsh", "SmartVA Global", "Client Success")
    p("j_fluent", "Olivia Kendrick", "Lumen Brand Partners", "Brand Strategist")
    p("j_courier", "Mark Denholm", "Swiftline Logistics", "Account Manager")
    p("j_accounts", "Helen Farraday", "TaxEase Online", "Business Advisor")
    p("j_crm", "Josh Whitlock", "PipeFlow CRM", "SDR")
    p("j_fridge", "Steve Cobb", "National Cold Solutions", "Regional Sales")
    p("j_staffing", "Amber Lyle", "StaffNow UK", "Recruitment Partner")
    p("j_directory", "Will Hargreaves", "WeddingFinder UK", "Supplier Partnerships")
    p("j_packaging", "Dana Ruiz", "EcoPak Global", "Business Development")
    p("j_crypto", "Victor Hale", "Meridian Capital Club", "Wealth Partner")
    p("j_bump3", "Chris Adair", "LeadSpring", "Outreach")
    p("j_insure", "Paula Dean", "CoverCompare Business", "Advisor")
    p("j_member", "LinkedIn Member", "", "", url="")


def genuine(ex: Export) -> None:
    c = ex.conv
    c("genuine", "client_quote_request", "en", "bride asks for a wedding quote, Nell replies with prices", [
        ("bride_amy", "2024-01-15 20:41", "Hi Nell! We met briefly at the Dome wedding show on Sunday - I was the one "
         "with the pushchair and the very indecisive fiance. We're getting married at Ditchling Hollow Barn on "
         "14th September and I'd love a rough quote. Thinking bridal bouquet, 4 bridesmaids, 6 buttonholes, "
         "something for the arbour and maybe jam jars for 12 tables. Colours: dusky pink, rust, lots of green. "
         "No lilies please, my mum is allergic x"),
        ("me", "2024-01-16 09:12", "Hi Amy, of course I remember - congratulations to you both! September is "
         "a gorgeous month for dahlias so rust and dusky pink is spot on. Ballpark for what you've described: "
         "bridal bouquet from £165, bridesmaids £65 each, buttonholes £14 each, arbour swag around £380 "
         "depending on length, and jam jar clusters at £28 a table. Delivery and set-up at Ditchling is £60. "
         "So roughly £1,330 before we tweak anything. Happy to pop it into a proper quote with photos - would "
         "a call this week help?"),
        ("bride_amy", "2024-01-16 12:55", "That's actually under what I'd budgeted, amazing. Thursday evening "
         "after 6 any good?"),
        ("me", "2024-01-16 13:20", "Thursday 6.30 works. I'll ring you on the number on your enquiry form."),
    ])
    c("genuine", "client_followup", "en", "mother of the bride about anemones and a deposit", [
        ("bride_mum", "2024-04-02 10:05", "Good morning Nell, I'm Amy Coutts' mum. She's asked me to sort the "
         "deposit as a wedding present so could you send me the bank details? Also - silly question - could "
         "her bouquet have a couple of white anemones in it? They were in my own bouquet in 1989 and it would "
         "mean a lot. Gillian"),
        ("me", "2024-04-02 11:30", "Not a silly question at all Gillian, that's lovely. Anemones are a "
         "bit of a spring flower so in mid-September I'd be relying on a Dutch crop, but I've had them in "
         "September before and I'll make it work. Deposit is £250 - I'll email the invoice to you today with "
         "the bank details on it."),
        ("bride_mum", "2024-04-02 11:48", "Thank you so much. Paid! Don't tell her about the anemones x"),
    ])
    c("genuine", "venue_contract_renewal", "en", "hotel events manager renews weekly lobby flowers, price uplift",
      [
          ("venue_grand", "2024-02-27 16:20", "Hi Nell, hope you survived Valentine's! Our contract for the lobby "
           "and restaurant flowers runs out end of March. GM is happy to renew for another 12 months. Can you "
           "send over your rates for next year? I know costs have gone up for everyone so please be honest."),
          ("me", "2024-02-27 18:02", "Hi Priya, I'm still finding bits of ribbon in my hair. Thank you, "
           "lovely to hear. Honestly: wholesale has gone up about 9% since last spring, so I'd propose the "
           "lobby urn at £135 a week (was £125) and the restaurant bud vases staying at £60. Same Monday "
           "morning change-over, and I'll keep swapping the lilies out for something less pollen-y near the "
           "reception desk like we agreed."),
          ("venue_grand", "2024-02-28 09:15", "That's fair. Can you send it as a one-page agreement so I can "
           "get it signed off? Finance want a PO on every invoice from April."),
          ("me", "2024-02-28 09:40", "Will do today. Just send me the PO number when you have it."),
          ("venue_grand", "2024-03-04 11:02", "Signed copy attached in email. PO is 4471-RSH. Thanks Nell!"),
      ])
    c("genuine", "vendor_price_change", "en", "long-standing wholesaler announces price increases", [
        ("wholesale", "2023-10-03 05:48", "Morning Nell. Heads up before you do your Christmas ordering - "
         "Dutch prices on red roses are going up from November, about 15p a stem on the Naomi, and the "
         "Ecuadorian stuff more like 20p. Freight again. If you want to lock in for December I can hold "
         "your usual 400 at this week's price if you confirm by Friday."),
        ("me", "2023-10-03 07:10", "Ugh, thanks Kev. Yes please hold the 400 Naomi. And the usual eucalyptus "
         "cinerea - is that going up too?"),
        ("wholesale", "2023-10-03 07:25", "Euc is steady for now. Holding 400. See you Thursday, bring "
         "the coffees this time, it's your turn"),
        ("wholesale", "2024-06-11 05:30", "Nell, new price list going out next week, delphs and peonies both up. "
         "Peony season's been short this year, sorry love."),
        ("me", "2024-06-11 06:45", "Story of my life. Thanks for the warning."),
    ])
    c("genuine", "vendor_delivery_change", "en", "wholesaler's driver changes the delivery slot", [
        ("wholesale_van", "2024-05-07 15:32", "Alright Nell, from next Tuesday I'm doing Worthing first then "
         "Brighton, so I'll be with you nearer 9 than 7.30. That going to mess you up? Can leave the boxes "
         "in the back yard if you give us the gate code again"),
        ("me", "2024-05-07 16:10", "9 is fine on Tuesdays but Fridays I need it early for the weekend "
         "weddings. Gate code is the same as before, 1-9-2-8. Don't let the seagulls at the sweet peas!"),
        ("wholesale_van", "2024-05-07 16:12", "ha. Fridays stay early dont worry"),
    ])
    c("genuine", "peer_joint_offer", "en", "Hove florist proposes a joint bid for a corporate contract", [
        ("hove_florist", "2024-07-18 21:07", "Nell, mad idea. The American Express Community Stadium "
         "hospitality people have put out a request for a florist for all their match day boxes next season. "
         "It's too big for just me and too big for just you. Shall we bid together? I'd take the boxes on "
         "the west stand, you the east, one price, one invoice through whichever of us they prefer. We'd "
         "need to agree a rate card - I was thinking £42 per box per match including vase hire."),
        ("me", "2024-07-18 21:40", "Not mad at all. £42 feels a touch low if they want it fresh every match "
         "and not every week - the waste will be brutal. £48? And we'd need a clause about midweek cup games."),
        ("hove_florist", "2024-07-19 08:03", "£48 it is. I'll draft something and we can go through it over "
         "a coffee at mine - Friday?"),
        ("me", "2024-07-19 08:30", "Friday. I'll bring pastries from Cloud 9."),
    ])
    c("genuine", "owner_started_staff", "en", "Nell books her freelance driver for Valentine's", [
        ("me", "2024-01-22 14:00", "Hi Jonno, you up for Valentine's again? Same as last year, 13th afternoon "
         "and all day 14th, £18 an hour plus fuel. We've got more deliveries up to Patcham this year."),
        ("driver", "2024-01-22 19:47", "Yes definitely in. Can I bring my cousin to do the Hanover ones on "
         "foot? Saves me parking on those hills"),
        ("me", "2024-01-23 08:15", "Love that. Same rate for him? He'll need to be OK carrying boxes up "
         "to top-floor flats."),
        ("driver", "2024-01-23 08:20", "He's 19 and does parkour he'll be fine lol"),
    ])
    c("genuine", "job_applicant", "en", "floristry student applies for the Saturday job", [
        ("applicant", "2024-03-19 17:30", "Dear Nell,\nI saw the card in your window about a Saturday "
         "assistant. I'm in my second year of the Level 3 floristry diploma at Plumpton and I've done work "
         "experience at a florist in Haywards Heath. I can do conditioning, wrapping, basic wiring and I'm "
         "OK on a till. I've attached my CV through the email address on the card as well.\nKind regards,\n"
         "Maisie Arundel"),
        ("me", "2024-03-20 08:55", "Hi Maisie, thanks for getting in touch - Anne Pocock taught me too, "
         "a hundred years ago! Could you come in for a trial on Saturday 30th, 9 till 1? Paid, of course. "
         "Wear something you don't mind getting green."),
        ("applicant", "2024-03-20 09:20", "Yes!! Thank you, I'll be there."),
    ])
    c("genuine", "recruiter_engaged", "en", "recruiter Nell hired sends candidates for a shop manager", [
        ("me", "2024-02-06 10:10", "Hi Fenella, thanks for the call this morning. As discussed: part-time shop "
         "manager, 3 days, must be happy opening up at 7.30, floristry not essential but retail is. Budget "
         "£13.50 - £14.50 an hour. Your fee of 15% of annual salary is fine."),
        ("recruiter", "2024-02-13 16:45", "Hi Nell, I've got two people I'd like you to meet. One managed "
         "a card shop in the Lanes for six years, the other is coming out of a garden centre in Burgess Hill "
         "and actually did a floristry evening class. Both available to start in March. Are Tuesday or "
         "Wednesday afternoons OK for interviews?"),
        ("me", "2024-02-13 18:30", "Wednesday afternoon please. The garden centre one sounds interesting."),
        ("recruiter", "2024-02-14 09:00", "Booked 2pm and 3pm Wednesday 21st at the shop. CVs on email."),
    ])
    c("genuine", "inbound_lead_buyer", "en", "office manager wants weekly reception flowers, asks price", [
        ("office_lead", "2024-04-16 11:22", "Hello Nell, I look after the office for Tidepool Games, we've "
         "just moved into the old bank building on North Street. Our founders want flowers in reception "
         "every week - nothing too fussy, something that looks good on camera for all the video calls. "
         "Do you do weekly contracts for businesses and what would that cost roughly? Happy to go for a "
         "12-month deal."),
        ("me", "2024-04-16 13:05", "Hi Marcus, yes we do, and congratulations on the move - that building's "
         "got beautiful light. For a reception piece with weekly change I'd suggest £85 - £110 a week "
         "depending on size, vase included. If you can send me a photo of the spot I'll work out what scale "
         "makes sense. I'd avoid anything that drops pollen on a desk."),
        ("office_lead", "2024-04-16 15:40", "Perfect, photo coming via email. Can you start on the 29th?"),
    ])
    c("genuine", "inbound_lead_buyer", "en", "restaurant owner asks for table flowers quote", [
        ("resto_lead", "2024-06-03 22:14", "Ciao Nell, we are opening a small osteria near the marina next "
         "month, only 14 tables. I would like small flowers on each table, changed every week, maybe herbs "
         "also like rosemary? What is your price? My cousin says you did the flowers at Riccardo's place."),
        ("me", "2024-06-04 09:30", "Ciao Chiara! Yes, I do Riccardo's. Herbs are a brilliant idea for a "
         "restaurant - no strong perfume competing with the food. 14 tables of small posy jars with "
         "rosemary, thyme and whatever's seasonal would be £9 a table a week, so £126 a week, and I'll "
         "throw in something bigger for the bar for the opening night."),
        ("resto_lead", "2024-06-04 10:02", "Perfetto. We open 12 July. Come eat with us"),
    ])
    c("genuine", "journalist_request", "en", "local magazine journalist wants a comment for Mother's Day", [
        ("journo", "2024-02-20 12:30", "Hi Nell, I'm putting together a Mother's Day piece for Latest "
         "Brighton - independent florists' tips for making supermarket flowers last. (Not a dig at you, "
         "promise!) Could I grab 10 minutes on the phone this week, or email me 3 tips and a photo? "
         "Deadline Friday."),
        ("me", "2024-02-20 14:15", "Ha, happy to help - anything that stops people buying sad carnations. "
         "I'll email three tips tonight and a photo of the shop front, if the rain stops long enough."),
        ("journo", "2024-02-22 09:00", "Got them, thank you! Running on the 5th, I'll send you a link."),
    ])
    c("genuine", "event_invitation", "en", "traders' association chair invites her to the summer social", [
        ("traders", "2024-06-25 18:00", "Evening Nell. Summer social is Thursday 18th July at the Hand in Hand, "
         "from 7. We're also voting on whether to do the Christmas lights ourselves again this year so "
         "please come. And if you fancied doing a little something for the bar I'd owe you a pint or five."),
        ("me", "2024-06-25 19:10", "I'll be there Bernie. I'll bring a jug of sweet peas."),
    ])
    c("genuine", "thanks_after_event", "en", "workshop attendee 1 thanks her for the wreath workshop", [
        ("ws_att1", "2023-12-04 19:30", "Hi Nell, just wanted to say thank you for Saturday's wreath workshop "
         "at the Bristol Bar. My wreath is on the door and my neighbours are very jealous. Would definitely "
         "come to a spring one!"),
        ("me", "2023-12-04 20:05", "Thank you Polly! Yours was lovely - that dried orange was a great call."),
    ])
    c("genuine", "thanks_after_event", "en", "workshop attendee 2, near-duplicate thanks", [
        ("ws_att2", "2023-12-04 21:12", "Thanks so much for the wreath workshop on Saturday, had such a "
         "good time. The mulled wine helped. Please let me know if you run a spring one!"),
    ])
    c("genuine", "thanks_after_event", "en", "workshop attendee 3, near-duplicate thanks", [
        ("ws_att3", "2023-12-05 08:40", "Hi Nell - thank you for Saturday's wreath workshop, it was so much "
         "fun. Mine's a bit wonky but I love it. I'd come again for a spring one for sure."),
        ("me", "2023-12-05 09:15", "Wonky is the best kind of wreath. Spring one's pencilled in for March!"),
    ])
    c("genuine", "owner_started_collab", "en", "Nell asks her old tutor about work experience students", [
        ("me", "2024-09-02 13:00", "Hi Anne, hope the new term's started gently. Do you have any Level 2 or "
         "3 students who'd want work experience in December? I can take two, a few days each, and I'll "
         "let them loose on the Christmas door wreaths."),
        ("tutor", "2024-09-03 16:42", "Nell! How lovely. Yes, I've got a very keen girl from Seaford and "
         "a mature student who's retraining from accountancy. I'll send you their details. And you'll "
         "have to come and do a demo for the first years one day - they'd love to hear about running "
         "your own shop."),
        ("me", "2024-09-03 17:05", "Deal, as long as nobody asks me about VAT."),
    ])
    c("genuine", "long_standing_friend", "en", "old friend from London florist days, years of messages", [
        ("old_friend", "2019-05-30 22:10", "Did you see Chelsea this year?? The Japanese garden nearly made "
         "me cry. Miss you in the workroom, it's all spreadsheets and Instagram now"),
        ("me", "2019-05-31 07:45", "Couldn't get up, had three weddings. Miss you too. Come down for a "
         "swim when it warms up."),
        ("old_friend", "2022-08-14 11:00", "Finally doing that swim. Sunday? I'll get the 9 o'clock train"),
        ("me", "2022-08-14 11:30", "Yes!! Meet at the West Pier ruins, I'll bring towels."),
        ("old_friend", "2024-10-01 20:20", "Petalworks are looking for someone to run their Christmas "
         "installs, I know you won't, but thought of you. How's the shop? Still fighting gulls?"),
        ("me", "2024-10-01 21:00", "Ha, definitely won't but thank you. Shop's good, busy. Gulls 3, Nell 0."),
    ])
    c("genuine", "instagram_customer", "en", "Instagram follower orders a dried bouquet", [
        ("insta", "2024-08-20 13:14", "hiya, I follow you on insta and love the dried bunches you posted "
         "on Sunday, the ones with the bunny tails and the blue thistle. Is the big one still available?? "
         "It's for my sister who's moving to Leeds so it needs to survive a train lol"),
        ("me", "2024-08-20 14:02", "Hi Keeley! The big one's still here, £45. Dried flowers travel well "
         "if she keeps it out of the rain - I'll box it for the train for free."),
        ("insta", "2024-08-20 14:05", "Sold!! Will come in Thursday after work x"),
    ])
    c("genuine", "client_in_spam", "en", "bride's mother's message about a collection time landed in spam", [
        ("spam_mum", "2024-08-29 07:50", "Hello Nell, it's Patricia, Jasmin's mum. I'm not sure this will "
         "get to you, I've never used LinkedIn. Jas said to ask if we can collect the bridesmaid bouquets "
         "at 10 instead of 11 on Saturday because the hairdresser's moved. Thank you so much, Pat"),
        ("me", "2024-08-30 18:40", "Hi Pat - sorry, this had gone into a strange folder! 10 is absolutely "
         "fine. I'll have them in water boxes ready by the door."),
    ], folder="SPAM")
    c("genuine", "long_standing_client", "en", "funeral director regular order and invoice", [
        ("funeral", "2022-01-11 09:30", "Morning Nell, another one for Friday I'm afraid. Family want a "
         "simple spray of white and green, no carnations, for the coffin, and a small posy from the "
         "grandchildren. Same account as always."),
        ("me", "2022-01-11 10:00", "Of course Denise. I'll have them with you by 10 on Friday."),
        ("funeral", "2024-04-08 14:05", "Hi Nell, our accounts lady says the March statement is missing "
         "the invoice for the Hennessey service. Could you resend? And we'd like to keep the same prices "
         "for next year if you can bear it."),
        ("me", "2024-04-08 15:15", "Resent this afternoon. I'll keep your tributes at this year's prices "
         "until January, then maybe a small rise - I'll give you plenty of notice."),
    ])
    c("genuine", "venue_price_list", "en", "barn venue asks for updated prices for their supplier brochure", [
        ("venue_barn", "2024-01-08 10:45", "Hi Nell, happy new year! We're redoing the recommended suppliers "
         "brochure for 2025 couples. Could you send a 'from' price for a bridal bouquet and a typical "
         "full wedding? And a nice photo, ideally one from here. Also you're very welcome at our open "
         "day on 3rd March if you want a table."),
        ("me", "2024-01-08 12:00", "Happy new year Tom! Bridal bouquets from £150, typical full wedding "
         "£1,200 - £2,500. I'll send the Hartley wedding photo with the hay bales. Yes please to a table "
         "at the open day."),
    ])
    c("genuine", "vendor_price_change", "en", "local flower farm shares availability and new prices", [
        ("grower", "2024-07-22 19:10", "Evening! Dahlias are going bonkers. Cafe au Lait, Labyrinth and "
         "some lovely dark Rip City. Sorry to say I've had to go to 80p a stem this year (was 70p), "
         "the new polytunnel cover cost a fortune. I can do Weds and Sat drops in Brighton."),
        ("me", "2024-07-22 20:00", "80p is still a bargain for what you grow, Hattie. 60 Cafe au Lait and "
         "40 Labyrinth for Saturday please - I've got a barn wedding on the 3rd."),
        ("grower", "2024-07-22 20:04", "Done. I'll throw in some cosmos that are about to flop anyway."),
    ])
    c("genuine", "landlord_rent_review", "en", "landlord's agent about the rent review", [
        ("landlord", "2024-05-14 12:00", "Dear Ms Ashdown, as you know the lease on 42 St George's Road "
         "has a rent review on 24 June. The landlord is proposing an increase to £16,800 p.a. Could we "
         "arrange a time to discuss? Regards, Graham Toller"),
        ("me", "2024-05-14 17:20", "Hi Graham, thanks for the notice. That's a 12% jump - the two shops "
         "either side of me are still at £15k and one's been empty since February. Can we meet at the "
         "shop next week? Tuesday or Wednesday morning before 11."),
        ("landlord", "2024-05-15 09:05", "Wednesday 10am is fine. I'll bring the comparables."),
    ])
    c("genuine", "customer_complaint", "en", "customer complains about drooping roses, resolved", [
        ("complaint", "2024-03-11 09:05", "Good morning. I ordered a dozen red roses for my wife's birthday "
         "on Saturday and by Sunday evening half of them had bent necks. For £70 I expected better."),
        ("me", "2024-03-11 09:50", "Mr Lyle, I'm really sorry. Bent necks usually mean an air lock in the "
         "stem and that's on me, not you. I'll deliver a fresh dozen to your wife today, no charge, and "
         "I'll recut them myself before they leave."),
        ("complaint", "2024-03-11 10:30", "That's very decent of you. Thank you."),
    ])
    c("genuine", "client_invoice", "en", "law firm accounts assistant asks for PO number on invoice", [
        ("corp_ap", "2024-07-02 10:10", "Hi Nell, could you reissue invoice SS-1187 with our PO "
         "number (WL-22901) on it? Our system won't let me pay it without. Sorry for the faff!"),
        ("me", "2024-07-02 10:45", "No faff at all, reissued and emailed."),
        ("corp_ap", "2024-07-02 11:00", "Paid, thanks!"),
    ])
    c("genuine", "referral_from_planner", "en", "wedding planner refers a couple with a tight budget", [
        ("planner", "2024-02-09 14:30", "Hiya! I've got a couple getting married at the Old Ship in June, "
         "really lovely, budget about £900 for flowers. I said you'd be brilliant and honest about what "
         "that gets them. Ok if I pass on your email? Names are Jo and Ade."),
        ("me", "2024-02-09 15:05", "Yes please, thanks Lottie. £900 at the Old Ship can look great if "
         "we're smart with the tables. Drinks soon?"),
        ("planner", "2024-02-09 15:10", "Always. Sent!"),
    ])
    c("genuine", "photographer_collab", "en", "photographer shares images from their styled shoot", [
        ("photog", "2024-05-28 21:00", "The shoot images are in the gallery link I emailed! The ones on "
         "the Undercliff with the sea behind the arch came out unreal. Feel free to use them anywhere, "
         "just tag me. Want to submit to one of the wedding blogs together?"),
        ("me", "2024-05-28 21:40", "Ed they're stunning. Yes let's submit - you pick the blog, you know "
         "them better than I do."),
    ])
    c("genuine", "event_invitation", "en", "council events officer about Pride float flowers", [
        ("council", "2024-06-10 11:00", "Hi Nell, the Pride community parade team asked whether you'd be "
         "up for doing the flowers on the council float again. Same as last year - we pay for materials "
         "at cost plus your time at the rate on your last invoice. Briefing is 18 July at Hove Town Hall."),
        ("me", "2024-06-10 12:15", "Count me in! Can we do it without any glitter this time? I was "
         "finding it in the cold room until October."),
        ("council", "2024-06-10 12:20", "I'll put 'no glitter' in the brief in capitals."),
    ])
    c("genuine", "community_request", "en", "school PTA asks for a raffle donation", [
        ("school_pta", "2024-06-18 20:30", "Hi Nell, sorry to bother you - St Luke's summer fair is on "
         "the 6th and we're collecting raffle prizes. Would you be able to donate a voucher or a bunch? "
         "We'd put your name on the poster and the prize list."),
        ("me", "2024-06-19 08:10", "Of course! I'll do a £40 voucher. Pop in and grab it whenever."),
    ])
    c("genuine", "reference_request", "en", "former staff member asks for a reference", [
        ("ex_staff", "2024-09-12 18:22", "Hi Nell! Hope the shop's well. I'm applying for an assistant "
         "manager job at Lush on Western Road and they want a reference from a previous employer. Would "
         "you mind? It would just be an email form."),
        ("me", "2024-09-12 19:00", "Of course, Callum. Give them my shop email. You were the only person "
         "who ever kept the ribbon drawer tidy."),
    ])
    c("genuine", "client_thanks", "en", "bride says thank you after the wedding", [
        ("bride_jas", "2024-09-03 12:00", "NELL. The flowers were everything. Even my grandad cried at the "
         "table arrangements and he doesn't cry. Thank you for handling my mum's last-minute collection "
         "change too. Review coming on Google!"),
        ("me", "2024-09-03 12:30", "Jasmin this made my week. Congratulations to you both x"),
    ])
    c("genuine", "vendor_price_change", "en", "sundries supplier announces minimum order and price rise", [
        ("sundries", "2024-01-03 09:00", "Hi Nell, Happy New Year. Just letting our regular customers know "
         "that from 1 February our minimum order for free delivery goes up to £150 and ribbon prices "
         "rise about 6%. If you want to stock up on the sea-glass satin before then, we have plenty."),
        ("me", "2024-01-03 12:40", "Thanks Lorraine. Can you add 10 rolls of the sea-glass 25mm and 5 of "
         "the natural jute to my account order?"),
        ("sundries", "2024-01-03 12:55", "Done - goes out Friday."),
    ])
    c("genuine", "peer_group_chat", "en", "group chat of local florists sharing stock for a big weekend", [
        ("group_b", "2024-04-25 16:00", "SOS! Anyone got spare white ranunculus? Mine arrived half dead "
         "and I've got a wedding Saturday."),
        ("group_a", "2024-04-25 16:10", "I've got about 30, not amazing but OK. Can drop at Lewes tonight"),
        ("me", "2024-04-25 16:22", "I've got 20 good ones and loads of white sweet peas if that helps. "
         "Izzy, Mo's going your way, I'll give mine to him."),
        ("group_b", "2024-04-25 16:25", "You are both angels. Drinks on me at the next meet-up."),
    ], title="Sussex florists swap shop", extra=["hove_florist"])
    c("genuine", "client_quote_request", "en", "taproom manager wants a quote for Christmas wreaths and a "
      "window garland", [
          ("brewery", "2024-10-21 16:30", "Hey Nell, it's Owain from Level Ground - you did our hop garland "
           "last Christmas and everyone still talks about it. Can we get a price for the same again plus "
           "six wreaths for the outside tables? Boss wants it up by 29 Nov for the late-night opening."),
          ("me", "2024-10-21 18:05", "Hi Owain! Same garland as last year was £280 installed. Wreaths for "
           "outside need to be chunkier to survive the wind off the sea, so £55 each - £610 all in. I can "
           "install the morning of the 28th."),
          ("brewery", "2024-10-22 09:10", "Sounds grand, go ahead. Invoice to the usual accounts email."),
      ])


def wanted(ex: Export) -> None:
    c = ex.conv
    c("wanted_pitch", "supplier_after_post", "en", "foam-free mechanics supplier refers to her post about "
      "giving up floral foam", [
          ("w_foamfree", "2024-02-20 09:30", "Hi Nell, I read your post last week about going foam-free "
           "for the whole 2024 wedding season and the bit where you said the hardest thing is big arches "
           "at barn venues where you can't hang anything off the beams. We make reusable steel arch frames "
           "with moss pockets and water tubes that stand on their own base - designed exactly for that. "
           "I'm in Worthing so I could bring one round to show you rather than sending a brochure. "
           "Is that useful or should I go away?"),
          ("me", "2024-02-20 12:10", "That is actually my exact problem. What do they cost and do you hire "
           "as well as sell?"),
          ("w_foamfree", "2024-02-20 12:35", "£340 to buy, £60 per weekend to hire. Shall I pop in Thursday?"),
      ])
    c("wanted_pitch", "videographer_after_talk", "en", "wedding filmmaker refers to her talk at the Dome show",
      [
          ("w_video", "2024-01-18 15:00", "Hi Nell, I was in the audience for your talk at the Dome wedding "
           "show on Sunday - the 'what's actually in season in September' one. You said couples always ask "
           "you for photos of your work in motion and you never have any. I film weddings and I'd love to "
           "make you a 60-second reel of one of your set-ups this year, in exchange for an introduction to "
           "two couples who might want a film. No money either way unless you want more than that."),
      ])
    c("wanted_pitch", "engineer_visited_shop", "en", "refrigeration engineer noticed her cold room when "
      "he visited the shop", [
          ("w_fridge", "2024-06-24 18:30", "Hi Nell, I bought a bunch of sunflowers off you on Saturday (the "
           "bloke with the dog). While I was waiting I could hear your cold room compressor cutting in and "
           "out every minute or so - that's short-cycling and in this heat it'll be killing your "
           "electricity bill and probably the compressor. I'm a local F-Gas engineer. Happy to take a look, "
           "£65 call-out, and if it's just the thermostat differential it's a ten minute job."),
          ("me", "2024-06-24 19:15", "Funny you say that, it's been making that noise since May. "
           "Could you come Monday when we're closed?"),
          ("w_fridge", "2024-06-24 19:20", "Monday 10am. I'll bring the gauges."),
      ])
    c("wanted_pitch", "developer_specific_problem", "en", "freelance developer names a concrete bug in her "
      "delivery postcode checker", [
          ("w_web", "2024-05-02 10:40", "Hi Nell - I tried to order a delivery from your site for a friend "
           "in Saltdean and the postcode checker rejected 'BN2 8' with a space and only took 'BN28', which "
           "then said it was out of area. I think a lot of people would just give up there. It looks like "
           "the Shopify app you use for the delivery zones compares the postcode as text. I build Shopify "
           "shops for small retailers and could fix it in an afternoon for a fixed £150. Either way, "
           "thought you'd want to know!"),
          ("me", "2024-05-02 11:30", "Oh no. I've had three people ring me this month saying the website "
           "won't take their address. Yes please - can you send me an invoice and what access you need?"),
      ])
    c("wanted_pitch", "supplier_mutual_contact", "en", "cargo bike delivery co-op introduced by name through "
      "the hotel events manager", [
          ("w_cargo", "2024-03-26 13:00", "Hi Nell, Priya Raman at the Regency suggested I get in touch - "
           "we deliver for them already. We're a cargo bike co-op doing same-day deliveries in central "
           "Brighton and Hove, and Priya mentioned your Valentine's and Mother's Day deliveries get stuck "
           "in traffic on Edward Street. Our bikes have a chilled box that takes four hand-tied bouquets "
           "upright. £6.50 a drop in BN1-BN3. Could we trial it for Mother's Day?"),
          ("me", "2024-03-26 14:10", "Priya's right, Edward Street is my nemesis. Yes, let's trial it - "
           "can you do 20 drops on the Saturday before Mother's Day?"),
          ("w_cargo", "2024-03-26 14:30", "Yes. I'll send over a simple booking sheet."),
      ])
    c("wanted_pitch", "bookkeeper_public_register", "en", "bookkeeper saw her new limited company on the "
      "public register", [
          ("w_account", "2024-04-29 09:15", "Hello Nell, I noticed on Companies House that Shingle & Stem "
           "Ltd was incorporated a couple of weeks ago - congratulations. When sole traders go limited the "
           "first thing that trips them up is usually the VAT flat rate scheme and paying yourself "
           "properly through payroll. I do bookkeeping for about a dozen independent shops in Kemptown "
           "and the North Laine (including Bernie's deli, who said I could mention him). Would a free "
           "half hour be useful before your first quarter ends?"),
      ])
    c("wanted_pitch", "software_knows_her_tools", "en", "order software vendor knows she takes orders through "
      "Instagram DMs and a Google Form", [
          ("w_orders", "2024-07-09 14:00", "Hi Nell, I'm at Bloomdesk, we make order software just for "
           "florists. I noticed your wedding enquiry page is a Google Form and your story highlights say "
           "'DM to order' - so I'm guessing you're copying orders from two places into a diary. Bloomdesk "
           "pulls Instagram DMs and form entries into one order list with delivery slots, and it talks to "
           "Shopify, which your shop already uses. There's a 30-day trial, and I can set it up for you on "
           "a call so you're not doing it at 11pm."),
          ("me", "2024-07-09 22:50", "It's 10.50pm and I'm copying orders into a diary. Go on then. "
           "What's the monthly cost after the trial?"),
          ("w_orders", "2024-07-10 08:30", "£29 a month for one shop. I'll send a calendar link."),
      ])
    c("wanted_pitch", "recruiter_relevant_role", "en", "seasonal staffing recruiter answers her post asking for "
      "Mother's Day help", [
          ("w_staff", "2024-02-28 12:00", "Hi Nell, I saw your post asking if anyone knows a spare pair of "
           "hands for Mother's Day weekend. We place retail temps across Sussex and I've currently got two "
           "people with florist experience free that weekend - one used to work at the Co-op flower "
           "counter, the other has a Level 2 in floristry. £15.20 an hour all-in, no minimum hours. Shall "
           "I send you their profiles?"),
          ("me", "2024-02-28 13:00", "Yes please, the Level 2 one especially."),
      ])
    c("wanted_pitch", "grower_sourcing_policy", "en", "new local grower refers to her 'British-grown first' "
      "page", [
          ("w_grower", "2024-03-05 19:30", "Hi Nell, your website says you buy British-grown first and "
           "Dutch only when you have to, and that the gap is always April and late October. We're a new "
           "flower farm in the Cuckmere valley and those are exactly the months we've planned for - tulips "
           "and ranunculus under cover in April, chrysanths and late dahlias in October. Could I bring "
           "you a sample bucket next week? No obligation, I just want growers and florists down here to "
           "find each other."),
          ("me", "2024-03-05 20:45", "Yes! Tuesday morning? I'd love to see the ranunculus."),
      ])
    c("wanted_pitch", "packaging_after_instagram", "en", "packaging supplier noticed her kraft wrap and "
      "sea-glass ribbon in her Instagram photos", [
          ("w_wrap", "2024-08-14 11:00", "Hi Nell, I've been admiring your Instagram - your hand-tieds "
           "always go out in brown kraft with that sea-glass ribbon, and you posted last month that the "
           "cellophane-free wrap you use tears when it gets wet. We make a waxed compostable kraft that "
           "survives a wet bucket and we can print your wave logo on it in a matching blue. Minimum run is "
           "500 sheets. Could I post you a few samples?"),
      ])
    c("wanted_pitch", "insurer_specific_setup", "en", "events insurance broker names venues' £5m liability "
      "demand and her electric van", [
          ("w_insure", "2024-04-11 10:00", "Hi Nell, we insure event suppliers in Sussex. I saw on your "
           "site that you now do arches and ceiling installations at Ditchling Hollow and the Old Ship - "
           "both of them have started asking suppliers for £5m public liability, and most shop policies "
           "stop at £2m. We can add an events extension that covers installs at third-party venues and "
           "goods in transit in your van (the green Vivaro-e, I assume, I see it on St George's Road!). "
           "Happy to quote properly if you send your current schedule."),
          ("me", "2024-04-11 12:05", "Ditchling did just ask me for a £5m certificate. Send me a quote."),
      ])
    c("wanted_pitch", "booking_platform_after_post", "en", "workshop booking platform refers to her post about "
      "waitlist chaos", [
          ("w_tickets", "2024-09-17 16:00", "Hi Nell, loved your post about the Christmas wreath workshop "
           "selling out in 40 minutes and then spending a week answering 'is there a waitlist?' messages. "
           "Classbook does automatic waitlists that offer the spot to the next person when someone "
           "cancels, and it can take deposits for materials. We're free for up to 3 events a month. Happy "
           "to move your December dates over for you if you'd like to try."),
      ])


def junk(ex: Export) -> None:
    c = ex.conv
    # one template, five senders
    c("junk", "template_lead_gen", "en", "template 1/5: wedding enquiries via Instagram ads", [
        ("j_t1", "2024-02-05 10:12", "Hi Nell, I came across Shingle & Stem and was really impressed by your "
         "stunning arrangements! We help wedding florists get 30+ qualified enquiries every month with "
         "done-for-you Instagram ads. Would you be open to a quick chat this week to see if it's a fit?"),
    ])
    c("junk", "template_lead_gen", "en", "template 2/5, different sender and fill", [
        ("j_t2", "2024-03-14 09:03", "Hi Nell, I came across Shingle & Stem and was seriously impressed by "
         "your beautiful floral designs! We help florists book 20+ extra weddings a season with our "
         "done-for-you Facebook ad system. Open to a quick chat to see if it's a fit?"),
    ])
    c("junk", "template_lead_gen", "en", "template 3/5", [
        ("j_t3", "2024-04-22 14:47", "Hey Nell! Came across Shingle & Stem and was honestly blown away by your "
         "gorgeous work. We help florists like you get 40+ high-ticket bridal enquiries every month using "
         "done-for-you Meta ads. Worth a quick chat to see if we're a fit?"),
    ])
    c("junk", "template_lead_gen", "en", "template 4/5, with a bump", [
        ("j_t4", "2024-06-03 08:30", "Hi Nell, I came across Shingle & Stem and was really impressed by your "
         "amazing installations! We help event florists get 25+ qualified leads a month with our "
         "done-for-you Pinterest ads. Would you be open to a quick chat to see if it's a fit?"),
        ("j_t4", "2024-06-10 08:30", "Hi Nell, just floating this back to the top of your inbox!"),
    ])
    c("junk", "template_lead_gen", "en", "template 5/5", [
        ("j_t5", "2024-08-19 11:20", "Hi Nell, came across Shingle & Stem and I was really impressed by "
         "your lovely bouquets! We help bridal businesses land 30+ qualified enquiries per month with "
         "done-for-you TikTok ads. Open to a quick chat to see if it's a good fit?"),
    ])
    # merge-tag failures
    c("junk", "merge_tag_failure", "en", "unfilled {first_name} tag, outsourcing pitch", [
        ("j_tag1", "2024-01-29 07:15", "Hi {first_name},\n\nAre you spending too much time on admin tasks "
         "at {company_name}? Our dedicated offshore teams handle bookkeeping, customer service and data "
         "entry from just $8/hour. Let me know if you'd like a free consultation."),
    ])
    c("junk", "merge_tag_failure", "en", "[Company] placeholder left in SEO pitch", [
        ("j_tag2", "2024-03-27 12:00", "Hello, I was looking at [Company]'s website and noticed it isn't "
         "ranking on page one for several high-value keywords in your industry. I'd love to send you a free "
         "audit showing exactly how we can get [Company] to the top of Google within 90 days."),
    ])
    c("junk", "merge_tag_failure", "en", "wrong first name and wrong company name", [
        ("j_tag3", "2024-05-16 15:30", "Hi Sarah, love what you're building at Petal & Post! Quick one - "
         "are you still paying 1.75% on card transactions? Nexa can get most retailers under 1% with a free "
         "terminal. Worth a 10 min call?"),
    ])
    c("junk", "merge_tag_failure", "en", "unfilled handlebars tag and wrong sector, energy broker", [
        ("j_tag4", "2024-09-09 09:45", "Good morning {{FirstName}}, as a leading business in the "
         "manufacturing sector you'll know energy costs are a major concern. We compare 27 suppliers to "
         "find your business the best rate. When is your current contract up for renewal?"),
    ])
    # sponsored
    c("junk", "sponsored_inmail", "en", "sponsored InMail from a business bank", [
        ("j_spon1", "2024-02-14 12:00", "<p>Hi Nell,</p><p>Running a small business is hard enough. "
         "Open a Northbank Business account in 10 minutes &amp; get 12 months of fee-free banking.</p>"
         "<p><a href=\"https://example.invalid/nb\">Open an account</a></p>"),
    ], title=SPONSORED, subject="12 months fee-free business banking")
    c("junk", "sponsored_inmail", "en", "sponsored InMail from an electric van leasing company", [
        ("j_spon2", "2024-07-01 12:00", "<p>Hi Nell,</p><p>Go electric for less. Lease a brand-new "
         "electric van from &pound;249/month + VAT, with free home charger installation.</p>"
         "<p>Offer ends 31 July.</p>"),
    ], title=SPONSORED, subject="Electric vans from £249/month")
    # paid award / podcast / feature
    c("junk", "paid_award", "en", "award 'win' that asks for a winner's package fee", [
        ("j_award", "2024-04-03 10:30", "Dear Nell,\n\nCongratulations! Shingle & Stem has been shortlisted "
         "as Florist of the Year (South East) in the UK SME Excellence Awards 2024, following our "
         "independent research process. To confirm your place and receive your winner's package "
         "(crystal trophy, digital badge and press release) there is a one-off administration fee of "
         "£495 + VAT. Please confirm by Friday to secure your category."),
    ])
    c("junk", "paid_podcast", "en", "podcast guest slot with a 'production fee'", [
        ("j_podcast", "2024-05-08 16:00", "Hey Nell! Love your story. I host The Founder Hour, a top 2% "
         "business podcast, and I'd love to feature you as a guest. We cover a small production fee of "
         "£350 which includes editing, promo clips for your socials and a guaranteed feature in our "
         "newsletter to 40k founders. Spots for June are nearly gone - shall I hold one for you?"),
    ])
    c("junk", "paid_feature", "en", "magazine 'editorial feature' that is paid advertorial", [
        ("j_feature", "2024-03-01 11:11", "Hi Nell, we're putting together our Spring Weddings special and "
         "our editor has selected Shingle & Stem for a half-page editorial profile. Editorial features are "
         "£650 (normally £1,100) and include a photo and a web listing for 12 months. I only have two "
         "spaces left at this rate."),
        ("me", "2024-03-01 12:30", "Thanks, but I don't pay for editorial."),
        ("j_feature", "2024-03-04 10:00", "Totally understand! I could do £450 as a one-off if you confirm "
         "today?"),
    ])
    c("junk", "generic_seo", "en", "generic SEO pitch", [
        ("j_seo", "2024-06-12 06:40", "Hi, I checked your website and found it has many SEO issues like "
         "missing meta tags, slow loading speed and low backlinks. I can fix all this and bring your site on "
         "first page of Google. Please share your WhatsApp number so I can send you the full report."),
    ])
    c("junk", "generic_web_design", "en", "generic web redesign pitch, counterpart of the tailored developer",
      [
          ("j_webdesign", "2024-07-23 13:25", "Hi Nell, I hope this message finds you well! Is your website "
           "working as hard as you are? At Pixelcraft we design beautiful, conversion-focused websites for "
           "small businesses starting at just £999. Let me know if you'd like to see some examples of our "
           "work!"),
      ])
    c("junk", "off_topic_product", "en", "industrial fasteners and hydraulic fittings", [
        ("j_offtopic", "2024-02-26 08:05", "Dear Sir/Madam, Axion Industrial Supply is a leading distributor "
         "of hydraulic fittings, fasteners and industrial adhesives. We offer competitive pricing on bulk "
         "orders and next-day delivery across the UK. Please find our catalogue at our website and let us "
         "know your requirements."),
    ])
    c("junk", "offers_what_she_sells", "en", "corporate flower subscription offered to a florist", [
        ("j_sameoffer", "2024-04-30 10:00", "Hi Nell, first impressions matter! Verdant Office Florals "
         "delivers fresh, designer floral arrangements to workplaces every week, so your reception always "
         "looks its best. Plans from £59/week. Could I send you a brochure for the Shingle & Stem office?"),
    ])
    c("junk", "capacity_question", "en", "'do you have capacity for more clients?'", [
        ("j_capacity", "2024-05-21 17:17", "Hey Nell, quick question - do you have capacity to take on 5-10 "
         "more wedding clients this season? If so I'd love to show you how we fill florists' calendars "
         "without them lifting a finger."),
    ])
    c("junk", "like_minded_connect", "en", "'like-minded entrepreneurs' then coaching pitch", [
        ("j_likeminded", "2024-06-27 19:00", "Hi Nell, always great to connect with like-minded entrepreneurs "
         "who are building something they love! I work with female founders who feel stuck at 6 figures "
         "and help them break through to 7 with my Abundant CEO programme. Would love to hear more about "
         "your journey - open to a virtual coffee?"),
    ])
    c("junk", "quick_call", "en", "'quick 15-minute call' about cutting costs", [
        ("j_15min", "2024-08-06 09:10", "Hi Nell, do you have 15 minutes this week for a quick call? I help "
         "UK businesses reduce their overheads by up to 30% across utilities, telecoms and payment "
         "processing. No cost, no obligation. What does your Thursday look like?"),
    ])
    # connect-then-pitch
    c("junk", "connect_then_pitch", "en", "invite and connection minutes before; small talk, pitch in msg 2", [
        ("j_ctp1", "2024-03-11 09:30", "Thanks for connecting Nell! Your window display with the driftwood "
         "looks amazing. How long have you been in Kemptown?"),
        ("me", "2024-03-11 12:05", "Thank you! Nearly six years now."),
        ("j_ctp1", "2024-03-11 12:20", "Great stuff. The reason I ask - we help established local businesses "
         "like yours scale through strategic partnerships and our proven growth framework. I'd love to book "
         "a 30 min strategy session, totally free. What's your availability next week?"),
    ])
    c("junk", "connect_then_pitch", "en", "invite same day; merchant cash advance after small talk", [
        ("j_ctp2", "2024-05-20 13:40", "Hi Nell, thanks for accepting! How's business been with all the "
         "rain this spring?"),
        ("j_ctp2", "2024-05-22 10:05", "Just following up - many retail owners I speak with are finding cash "
         "flow tight this year. Crestline can advance up to £150k against your future card sales, funds in "
         "48 hours, no fixed repayments. Shall I send over the details?"),
    ])
    c("junk", "connect_then_pitch", "en", "invite with note; franchise pitch in third message after she replied", [
        ("j_ctp3", "2024-08-02 18:10", "Hey Nell, cheers for connecting! Always nice to meet other small "
         "business owners. What made you go into flowers?"),
        ("me", "2024-08-02 20:30", "Honestly, a Saturday job at sixteen that never ended!"),
        ("j_ctp3", "2024-08-03 09:00", "Love that. Have you ever thought about what it would look like to "
         "own multiple locations without the stress?"),
        ("j_ctp3", "2024-08-05 09:00", "We're launching a premium franchise in the UK - investment from "
         "£45k, full training, proven model. Our owners average £120k in year one. Could I send you the "
         "prospectus?"),
    ])
    # bumps with no reply
    c("junk", "follow_up_bumps", "en", "review-management pitch with two bumps, no reply", [
        ("j_bump1", "2024-01-10 10:00", "Hi Nell, I noticed Shingle & Stem has a few reviews on Google. "
         "Businesses with 100+ five-star reviews get 3x more calls. We automate review requests by SMS. "
         "Interested?"),
        ("j_bump1", "2024-01-17 10:00", "Hi Nell, just bumping this up in case you missed it!"),
        ("j_bump1", "2024-01-31 10:00", "Hi Nell, I haven't heard back so I'll assume the timing isn't "
         "right. Should I close your file?"),
    ])
    c("junk", "follow_up_bumps", "en", "virtual assistant pitch with bumps, no reply", [
        ("j_bump2", "2024-09-02 06:30", "Hello Nell, drowning in emails and admin? Our trained virtual "
         "assistants work in your time zone from £6.99/hour. Reply YES and I'll send our rate card."),
        ("j_bump2", "2024-09-05 06:30", "Hi again Nell, did you get a chance to look at my previous message?"),
        ("j_bump2", "2024-09-12 06:30", "Last try :) Just reply YES for the rate card."),
    ])
    c("junk", "follow_up_bumps", "en", "outreach agency bump-only thread", [
        ("j_bump3", "2024-10-07 09:00", "Hi Nell, following up on my note from last week about booking "
         "10-15 sales meetings a month for Shingle & Stem. Any thoughts?"),
        ("j_bump3", "2024-10-14 09:00", "Hi Nell, circling back one last time on this."),
    ], folder="ARCHIVE")
    c("junk", "fluent_generic", "en", "polished brand-strategy pitch that names the shop but fits anyone", [
        ("j_fluent", "2024-05-29 14:00", "Hi Nell,\n\nI've been following Shingle & Stem for a while and "
         "I love the way your brand brings joy to your community. In today's competitive landscape, "
         "businesses like yours deserve a brand story that truly resonates with their ideal customers. "
         "At Lumen Brand Partners, we help purpose-driven founders unlock clarity, elevate their "
         "positioning and turn their passion into sustainable growth.\n\nWould you be open to exploring "
         "how we could help Shingle & Stem reach its next chapter?\n\nWarmly,\nOlivia"),
    ])
    # generic counterparts of wanted pitches
    c("junk", "generic_courier", "en", "generic courier pitch, counterpart of the cargo bike co-op", [
        ("j_courier", "2024-03-18 11:00", "Hi Nell, Swiftline Logistics offers reliable same-day and next-day "
         "courier services nationwide with real-time tracking. Whatever you need to ship, we've got you "
         "covered. Can I send you a quote?"),
    ])
    c("junk", "generic_accountancy", "en", "generic online accountancy pitch, counterpart of the bookkeeper", [
        ("j_accounts", "2024-05-06 08:00", "Hi Nell, are you still doing your own books? TaxEase Online "
         "provides fixed-fee accountancy for small businesses from £49/month, including your tax return. "
         "Switch today and get your first month free!"),
    ])
    c("junk", "generic_crm", "en", "generic CRM pitch, counterpart of the florist order software", [
        ("j_crm", "2024-07-15 15:45", "Hi Nell - teams using PipeFlow close 28% more deals by centralising "
         "their pipeline in one place. I'd love to show you a 15 min demo of how sales leaders use our "
         "AI forecasting. Are you the right person to speak to about your sales stack?"),
    ])
    c("junk", "generic_refrigeration", "en", "national refrigeration sales pitch, counterpart of the engineer", [
        ("j_fridge", "2024-06-17 10:30", "Dear Business Owner, National Cold Solutions supplies and installs "
         "commercial refrigeration for supermarkets, restaurants and warehouses across the UK. Ask about "
         "our finance packages on walk-in freezers. Call our sales team today."),
    ])
    c("junk", "generic_staffing", "en", "generic staffing agency, counterpart of the seasonal recruiter", [
        ("j_staffing", "2024-02-19 09:20", "Hi Nell, are you struggling to find reliable staff? StaffNow UK "
         "provides warehouse, hospitality and office temps at short notice across the UK. Let me know "
         "your hiring needs and I'll get back to you with a proposal."),
    ])
    c("junk", "paid_directory", "en", "wedding directory listing for a monthly fee", [
        ("j_directory", "2024-01-25 13:00", "Hi Nell! Couples are searching for florists on WeddingFinder UK "
         "right now. Get a premium listing for just £29/month and appear at the top of results in "
         "Sussex. First 3 months half price if you sign up this week!"),
    ])
    c("junk", "generic_packaging", "en", "generic packaging pitch, counterpart of the kraft wrap supplier", [
        ("j_packaging", "2024-08-27 04:12", "Dear Purchasing Manager, EcoPak Global is a manufacturer of "
         "eco-friendly packaging: mailer boxes, poly bags, labels and pallet wrap. MOQ 10,000 units. "
         "Factory price, OEM welcome. Please send your inquiry."),
    ], folder="SPAM")
    c("junk", "off_topic_investment", "en", "wealth club / crypto investment pitch", [
        ("j_crypto", "2024-04-15 21:30", "Hi Nell, successful business owners like you deserve to make your "
         "money work as hard as you do. Our members are seeing 18-24% annual returns through our private "
         "digital asset fund. Entry from £10k. Can I send you our member deck?"),
    ], folder="SPAM")
    c("junk", "generic_insurance", "en", "generic insurance comparison, counterpart of the events broker", [
        ("j_insure", "2024-03-20 10:10", "Hi Nell, when did you last review your business insurance? "
         "CoverCompare Business can compare 40+ insurers in minutes and most businesses save £300+. "
         "Get your free quote today."),
    ])
    c("junk", "anonymous_webinar", "en", "LinkedIn Member invitation to a generic webinar", [
        ("j_member", "2024-09-24 15:00", "Join our free live masterclass: 5 Secrets to Doubling Your "
         "Revenue in 90 Days (Without Working More Hours). Limited seats - register now."),
    ], subject="Exclusive invite: free masterclass")


def main() -> None:
    ex = Export(SLUG, "2024", OWNER)
    people(ex)
    genuine(ex)
    wanted(ex)
    junk(ex)
    profile = {
        "First Name": "Nell", "Last Name": "Ashdown",
        "Headline": "Owner & head florist at Shingle & Stem, Kemptown | Weddings & events across Sussex",
        "Summary": "Seasonal, mostly British-grown flowers from a little shop on St George's Road. "
                   "Weddings, events, funeral tributes and weekly flowers for local businesses. "
                   "Foam-free since 2024. Wreath workshops every December.",
        "Industry": "Retail", "Zip Code": "BN2", "Geo Location": "Brighton, England, United Kingdom",
        "Websites": "[COMPANY:shinglestem.example]",
    }
    positions = [
        {"Company Name": "Shingle & Stem", "Title": "Owner & Head Florist",
         "Description": "Florist's shop in Kemptown with a weddings and events sideline.",
         "Location": "Brighton, United Kingdom", "Started On": "Apr 2018"},
        {"Company Name": "Petalworks London", "Title": "Florist", "Description": "Hotel contracts and events.",
         "Location": "London, United Kingdom", "Started On": "Sep 2013", "Finished On": "Mar 2018"},
    ]
    skills = ["Floristry", "Wedding Flowers", "Event Styling", "Retail", "Seasonal Sourcing",
              "Sustainable Floristry", "Small Business Management"]
    ex.write(HERE.parents[1] / SLUG, profile, positions, skills)
    print(ex.summary())


if __name__ == "__main__":
    main()

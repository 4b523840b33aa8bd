"""Persona: Morag Kilbride, sole-trader wedding and elopement photographer in Edinburgh.

Layout: LinkedIn export 2026 (every field quoted, ATTACHMENTS, IS MESSAGE DRAFT).
All messages hand-written for heldout3 (session 2), blind to the detector.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person

SLUG = "en-solo-wedding-photographer-edinburgh"
OWNER = Person("me", "Morag Kilbride", "https://www.linkedin.com/in/morag-kilbride-photo")
x = Export(SLUG, "2026", OWNER)
P = x.person
C = x.conv

# ---------------------------------------------------------------- real contacts
P("couple_ailsa", "Ailsa Drummond", "NHS Lothian", "Staff Nurse", connected="2025-09-02", invite=("IN", "2025-09-01 21:14", "Hi! My fiancé and I love your photos, can I ask you about our wedding?"))
P("couple_ravi", "Ravi Menon", "Skyscanner", "Product Manager", connected=None)
P("couple_hannah", "Hannah Boyce", "", "", connected="2025-11-20", invite=("IN", "2025-11-19 18:02", ""))
P("couple_jonas", "Jonas Weber", "Siemens Healthineers", "Projektleiter", connected=None)
P("couple_kirsty", "Kirsty Laing", "Baillie Gifford", "Analyst", connected="2026-01-08", invite=("IN", "2026-01-07 22:45", "hiya, enquiring about a wedding in 2027!"))
P("couple_tom", "Tom Ferguson", "", "Joiner", connected=None)
P("couple_priya", "Priya Chandran", "University of Edinburgh", "Research Fellow", connected="2026-02-11", invite=("IN", "2026-02-10 12:30", ""))
P("couple_spam", "Callum Reid", "", "", connected=None)
P("couple_leo", "Leo Marchetti", "Marchetti's Deli", "Owner", connected="2025-06-17")
P("past_fiona", "Fiona McAllister", "Scottish Water", "Engineer", connected="2023-04-03")
P("past_euan", "Euan Baxter", "", "Teacher", connected="2024-02-14")
P("past_sara", "Sara Lindqvist", "Rockstar North", "Animator", connected="2024-07-30")
P("past_niamh", "Niamh O'Donnell", "", "Midwife", connected="2023-10-12")
P("venue_claire", "Claire Moffat", "Ardnamurrie House", "Events & Weddings Manager", connected="2019-05-21")
P("venue_gregor", "Gregor Stewart", "The Wee Kirk Collective", "Venue Coordinator", connected="2021-03-09")
P("planner_isobel", "Isobel Grant", "Thistle & Veil Weddings", "Wedding Planner", connected="2018-08-15")
P("planner_dana", "Dana Kowalczyk", "Highland Hearts Elopements", "Founder", connected="2020-01-27")
P("photog_jamie", "Jamie Buchanan", "Jamie Buchanan Photography", "Wedding Photographer", connected="2016-09-12")
P("photog_shona", "Shona Maclean", "Shona Maclean Weddings", "Photographer", connected="2017-11-03")
P("lab_albums", "Peter Oduya", "Bookbinder & Co Albums", "Customer Care", connected="2020-06-19")
P("acct_rhona", "Rhona Kerr", "Kerr Bookkeeping", "Bookkeeper", connected="2019-02-02")
P("guild_martin", "Martin Ure", "Scottish Guild of Wedding Photographers", "Events Secretary", connected="2017-04-10")
P("college_anne", "Anne Whitelaw", "Leith School of Photography", "Course Leader", connected="2018-03-22")
P("press_lucy", "Lucy Marr", "Lothian Courier", "Features Writer", connected=None)
P("student_ross", "Ross Campbell", "Edinburgh Napier University", "BA Photography student", connected="2026-03-02", invite=("IN", "2026-03-01 16:40", "Hi Morag, I'm a photography student and would love to assist you."))
P("mua_layla", "Layla Hussain", "Layla Hussain Bridal Makeup", "Makeup Artist", connected="2022-05-05")
P("florist_bea", "Bea Sinclair", "Wild Bramble Flowers", "Florist", connected="2021-09-14")
P("corp_neil", "Neil Paterson", "Paterson & Wylie Solicitors", "Practice Manager", connected="2026-01-20", invite=("IN", "2026-01-19 10:05", ""))
P("friend_kate", "Kate Dunlop", "Edinburgh Fringe Society", "Producer", connected="2014-06-30")
P("insurer_omar", "Omar Siddiqui", "Lens & Shutter Insurance", "Claims Handler", connected="2025-03-11")
P("celebrant_iain", "Iain Robertson", "Humanist Society Scotland", "Celebrant", connected="2019-07-07")
P("thanks_a", "Mhairi Gillespie", "", "", connected="2025-10-02")
P("thanks_b", "Duncan Gillespie", "", "Surveyor", connected="2025-10-03")
P("thanks_c", "Erin Walsh", "", "", connected="2025-12-01")
P("award_jo", "Joanna Reekie", "Scottish Guild of Wedding Photographers", "Awards Coordinator", connected="2019-01-15")
P("de_couple", "Katharina Brenner", "", "Lehrerin", connected=None)

# ---------------------------------------------------------------- wanted pitch senders
P("w_film", "Alasdair Munro", "Clydeside Film Lab", "Founder", connected="2025-10-20", invite=("IN", "2025-10-19 09:10", "Saw your Portra post from Glen Etive, would love to connect."))
P("w_album", "Greta Holm", "Linen & Loom Albums", "Co-founder", connected=None)
P("w_cull", "Dev Raman", "Sievely", "Founder", connected="2026-02-02", invite=("IN", "2026-02-01 20:00", ""))
P("w_books", "Carol Haig", "Haig Sole Trader Accounts", "Chartered Accountant", connected=None)
P("w_insure", "Samir Qureshi", "Shutterguard Brokers", "Account Manager", connected="2025-08-28", invite=("IN", "2025-08-27 11:15", "Sorry to read about the stolen camera bag."))
P("w_video", "Finn Aitken", "Aitken Films", "Wedding Filmmaker", connected="2025-12-10", invite=("IN", "2025-12-09 14:00", ""))
P("w_repair", "Moira Bell", "Bell Camera Repairs", "Technician", connected=None)
P("w_web", "Tariq Hamid", "Slowfix Studio", "Web Developer", connected=None)
P("w_print", "Eilidh Fraser", "Northlight Giclée", "Print Studio Manager", connected="2026-01-12", invite=("IN", "2026-01-11 17:20", ""))
P("w_venue", "Hamish Dow", "Kinloch Bothy Estate", "Estate Manager", connected=None)
P("w_kilt", "Rory Mackintosh", "Tartan Room Hire", "Owner", connected=None)
P("w_course", "Yvonne Pate", "Small Studio Tax Clinic", "Tax Adviser", connected=None)

# ---------------------------------------------------------------- junk senders
P("j_edit_1", "Arjun Mehta", "PixelPerfect Retouch", "Business Development", connected="2026-01-14", invite=("IN", "2026-01-13 08:00", "Hi Morag, I admire your photography! Let's connect."))
P("tpl_1", "Brooke Hollander", "BrideLeads Pro", "Growth Partner", connected="2025-11-03", invite=("IN", "2025-11-02 15:00", ""))
P("tpl_2", "Marcus Vane", "VowFunnel", "Partnerships", connected=None)
P("tpl_3", "Jess Okoro", "BrideLeads Pro", "Client Success", connected="2026-02-18", invite=("IN", "2026-02-17 10:30", ""))
P("tpl_4", "Liam Carver", "WeddingPipeline.io", "Founder", connected=None)
P("j_seo", "Danielle Frost", "RankRise Digital", "SEO Strategist", connected=None)
P("j_insta", "Kai Sterling", "GramBoost Agency", "Account Executive", connected="2025-12-01", invite=("IN", "2025-11-30 13:00", ""))
P("j_web", "Oliver Trent", "Brightsite Web Co", "Director", connected=None)
P("j_capacity", "Natalie Rowe", "Booked Solid Marketing", "Head of Partnerships", connected="2026-03-09", invite=("IN", "2026-03-08 09:45", ""))
P("j_likeminded", "Gavin Shore", "Shore Ventures", "Serial Entrepreneur | Investor | Speaker", connected="2026-02-24", invite=("IN", "2026-02-23 07:30", "Let's connect as like-minded entrepreneurs!"))
P("j_va", "Maricel Santos", "DelegateNow VA", "Client Acquisition", connected=None)
P("j_bump", "Harvey Lock", "Reviewly", "Sales Executive", connected=None)
P("j_recruit", "Sophie Chambers", "Apex Talent Partners", "Recruitment Consultant", connected=None)
P("j_recruit2", "Derek Mullins", "Caledonian Life Financial", "Team Recruiter", connected="2026-01-29", invite=("IN", "2026-01-28 19:00", ""))
P("j_crypto", "Vanessa Lux", "", "Crypto Mentor | Financial Freedom", connected=None)
P("j_mlm", "Tasha Brennan", "", "Wellness Entrepreneur | Mum of 3", connected="2025-10-10", invite=("IN", "2025-10-09 21:00", "Love your page hun x"))
P("j_award", "Charlotte Vance", "UK Wedding Prestige Awards", "Awards Director", connected=None)
P("j_mag", "Bianca Rossi", "Luxe Nuptials Magazine", "Features Editor", connected=None)
P("j_podcast", "Ethan Cole", "The Creative CEO Show", "Host & Producer", connected="2026-02-05", invite=("IN", "2026-02-04 12:00", ""))
P("j_directory", "Grace Pennington", "WedFinder UK", "Listings Manager", connected=None)
P("j_headshot", "Ryan Chu", "HeadshotAI", "Account Executive", connected=None)
P("j_furniture", "Paul Hendry", "OfficeLine Interiors", "Sales Manager", connected=None)
P("j_funding", "Tony Grimes", "QuickCap Business Finance", "Funding Specialist", connected=None)
P("j_offshore", "Nadia Farouk", "EverAfter Studios International", "Partnerships", connected=None)
P("j_mt1", "Kelly Ames", "SnapScale", "Growth Lead", connected=None)
P("j_mt2", "Jordan Pike", "Venue Visibility Ltd", "Sales", connected=None)
P("j_mt3", "Amelia Stone", "Glow Social", "Social Media Manager", connected=None)
P("j_mt4", "Brandon Hale", "Pinnacle Print Solutions", "BDM", connected="2026-03-12", invite=("IN", "2026-03-11 08:00", ""))
P("j_stock", "Lena Vogel", "Stockora", "Creator Partnerships", connected=None)
P("j_smalltalk", "Chris Madden", "Madden Growth Co", "Business Coach", connected="2026-01-05", invite=("IN", "2026-01-04 10:00", ""))
P("j_drone", "Steve Ingram", "SkyPilot Academy", "Course Advisor", connected=None)
P("j_preset", "Mia Castillo", "Golden Hour Presets", "Founder", connected=None)
P("j_fuel", "Graham Oakes", "FleetFuel Cards UK", "Account Manager", connected=None)
P("j_second", "Aleksandra Nowak", "Nowak Photo Team", "Photographer", connected="2025-09-15", invite=("IN", "2025-09-14 18:00", ""))
P("spon_bank", "Granite Business Banking", "Granite Business Banking", "", url="https://www.linkedin.com/company/granite-business-banking")
P("spon_gallery", "Framewell Galleries", "Framewell Galleries", "", url="https://www.linkedin.com/company/framewell-galleries")
P("spon_course", "Profit Lens Academy", "Profit Lens Academy", "", url="https://www.linkedin.com/company/profit-lens-academy")

# ================================================================ GENUINE
C("genuine", "client_price_enquiry", "en", "couple asks availability and price, owner quotes packages", [
    ("couple_ailsa", "2025-09-02 20:31", "Hi Morag! Thanks for accepting. My fiancé Ross and I are getting married on Saturday 19th September 2026 at Ardnamurrie House. We've been following your work for ages and would love you to photograph our day. Are you free, and could you let us know your prices? We'd probably need you from bridal prep until the first dance."),
    ("me", "2025-09-03 08:12", "Hi Ailsa, congratulations to you both! Good news, the 19th is still free. Prep to first dance is usually my Full Day collection: £2,450 for around 10 hours, online gallery and a USB of the edited images. Albums start at £480. I take a £500 retainer to hold the date. Happy to send the full brochure?"),
    ("couple_ailsa", "2025-09-03 12:50", "Yes please!! And is there any discount if we don't want an album?"),
    ("me", "2025-09-03 13:05", "The album is already optional, so the £2,450 is without one. Brochure is on its way to your email x"),
])
C("genuine", "client_call_request", "en", "couple wants a quick call before booking", [
    ("couple_ravi", "2025-10-14 19:22", "Hello Morag, my partner and I are planning a small wedding (about 30 guests) at the Wee Kirk in Leith next May. Would you be up for a quick 15 minute video call this week so we can get a feel for how you work? Thursday or Friday evening would be easiest for us."),
    ("me", "2025-10-15 09:40", "Hi Ravi, of course. Thursday at 7pm? I'll send a Zoom link. Small kirk weddings are my favourite, honestly."),
    ("couple_ravi", "2025-10-15 10:02", "Perfect, Thursday 7pm it is. Thanks!"),
])
C("genuine", "client_payment_terms", "en", "couple asks about deposit and payment plan", [
    ("couple_hannah", "2025-11-21 22:10", "hi morag, quick q before we sign. is the deposit refundable if the venue cancels on us? and can we pay the rest in instalments? we're saving up month by month 🙈"),
    ("me", "2025-11-22 09:15", "Hi Hannah! Completely understand. If the venue cancels I move the retainer to your new date, and if I can't do that date it's refunded in full. Instalments are no problem, most of my couples pay monthly, the balance just needs to be settled a month before the wedding."),
    ("couple_hannah", "2025-11-22 09:48", "amazing thank you, will send the contract back tonight"),
])
C("genuine", "client_enquiry_foreign", "mixed", "German couple eloping in Scotland, half German half English", [
    ("de_couple", "2026-01-16 17:40", "Hallo Morag, sorry, my English is not perfect. Wir (Katharina & Lukas) möchten im Juni 2027 in Glencoe heiraten, nur wir zwei und zwei Trauzeugen. We saw your elopement photos from Glen Etive and were so happy. Do you do also small elopements, and how much costs this? Liebe Grüße aus Nürnberg"),
    ("me", "2026-01-17 10:20", "Hallo Katharina! Your English is great. Yes, elopements are a big part of what I do. A half day in Glencoe is £1,350 including travel from Edinburgh. Which date in June were you thinking of?"),
    ("de_couple", "2026-01-17 11:05", "Super, danke! We think 12 June. I send you an email with more details 😊"),
])
C("genuine", "client_date_check", "en", "short availability check from couple", [
    ("couple_kirsty", "2026-01-08 07:55", "Are you available 3rd April 2027? Cambo Estate, Fife. Thanks!"),
    ("me", "2026-01-08 12:30", "Hi Kirsty, I am! Sending you the details by email now."),
])
C("genuine", "client_enquiry", "en", "joiner writes a short unpolished enquiry", [
    ("couple_tom", "2025-08-05 21:48", "hiya. getting married in october at the registry office on leith walk, just after a couple of hours of photos and then at the pub after. not after anything fancy. what would that cost"),
    ("me", "2025-08-06 08:30", "Hi Tom, congrats! A couple of hours is my Short & Sweet option, £850 for up to 3 hours including the pub. What's the date?"),
    ("couple_tom", "2025-08-06 19:12", "18th. sound, ill chat to jen and get back to you"),
])
C("genuine", "client_enquiry_in_spam", "en", "genuine couple enquiry that landed in SPAM folder", [
    ("couple_spam", "2026-02-26 23:11", "Hi Morag, sorry for messaging out of the blue. My fiancée Beth and I are getting married at Dalhousie Castle on 21 August 2027 and your name came up three times when we asked friends. Could you send your prices for a full day and let us know if you're free? We'd also love an engagement shoot. Cheers, Callum"),
], folder="SPAM")
C("genuine", "client_enquiry", "en", "research fellow asks about same-sex ceremony and portraits", [
    ("couple_priya", "2026-02-12 13:02", "Hi Morag, Priya here. My partner Anna and I are having a humanist ceremony in the Botanic Gardens in July 2026. We're both quite camera-shy, so we want someone who keeps it relaxed and doesn't do lots of posed stuff. Do you still have dates in July and what's your rough pricing for 6 hours?"),
    ("me", "2026-02-12 18:44", "Hi Priya, lovely to hear from you! Relaxed and unposed is exactly how I like to work. I have the 11th and 25th of July left. 6 hours would be £1,950. Happy to meet for a coffee near the Gardens if you'd like to chat first."),
    ("couple_priya", "2026-02-13 08:15", "The 25th works!! Coffee would be great, how about Saturday morning?"),
])
C("genuine", "client_existing_question", "en", "booked client asks about timeline and second shooter", [
    ("couple_leo", "2025-12-03 15:20", "Morag, quick one about the wedding. My mum's now insisting on a big family group with everyone (around 90 people). Can you do that from the balcony? And is it worth adding a second shooter? What would that be on top of our package?"),
    ("me", "2025-12-03 17:02", "Hi Leo, yes, the balcony at the deli's function room works great for that, I'll bring the step ladder too. A second shooter is £350 for the day, worth it with 90+ guests and both of you getting ready in different places."),
    ("couple_leo", "2025-12-03 17:30", "Go on then, add it. Cheers Morag"),
])
C("genuine", "thanks", "en", "past client thanks for gallery (near-duplicate 1)", [
    ("thanks_a", "2025-10-28 20:04", "Morag, we just opened the gallery and we're both in tears. Thank you so so much for everything, you were amazing on the day and the photos are even better than we imagined. ❤️"),
])
C("genuine", "thanks", "en", "husband of same couple thanks separately (near-duplicate 2)", [
    ("thanks_b", "2025-10-28 21:30", "Just wanted to say thank you as well Morag, the photos are amazing. You were brilliant on the day, especially with my gran. Thanks so much for everything."),
    ("me", "2025-10-29 09:10", "Aww Duncan, thank you both! Your gran was a star."),
])
C("genuine", "thanks", "en", "another couple thanks (near-duplicate 3)", [
    ("thanks_c", "2025-12-14 19:45", "Thank you so much for the photos Morag, they are amazing! We can't stop looking at them. Thank you for everything ❤️"),
])
C("genuine", "referral_from_past_client", "en", "past client recommends her to a friend", [
    ("past_fiona", "2026-01-22 12:10", "Hey Morag! Hope you're well. My colleague Rachel just got engaged and I've told her she HAS to book you. I've given her your email but thought I'd give you a heads-up. Her wedding's at Carberry Tower next summer."),
    ("me", "2026-01-22 13:00", "Fiona, you're a gem, thank you! I'll keep an eye out for her email."),
])
C("genuine", "past_client_album_reorder", "en", "past client wants parent albums, asks prices", [
    ("past_euan", "2025-11-30 10:33", "Hi Morag, we'd like to order two small copies of our album for both sets of parents as Christmas presents. Is that still possible and roughly what do they cost? Need them by the 20th if possible, sorry for the short notice!"),
    ("me", "2025-11-30 16:20", "Hi Euan! Parent albums are £165 each (8x8, same design as yours). If I order by Wednesday they should arrive by the 17th. Shall I go ahead?"),
    ("past_euan", "2025-11-30 16:41", "Yes please go ahead, will transfer now"),
])
C("genuine", "past_client_usage", "en", "past client asks permission to use photo in game credits", [
    ("past_sara", "2025-09-18 14:07", "hey morag! weird question: a couple of us at work want to use one of our wedding photos (the silhouette one on Calton Hill) as a tiny easter egg in the credits of the game. would that be ok with you? we'd credit you of course"),
    ("me", "2025-09-18 15:30", "Ha, that's the best request I've had all year. Yes of course, credit as 'Morag Kilbride Photography' please!"),
])
C("genuine", "past_client_news", "en", "past client shares baby news, asks about newborn shoot", [
    ("past_niamh", "2026-03-04 09:12", "Morag!! Guess who's expecting 🥹 Due in August. Do you do newborn or family shoots at all? Would love you to do it since you did our wedding"),
    ("me", "2026-03-04 11:40", "NIAMH! Congratulations!! I don't do newborn posing but I do relaxed at-home family sessions, a couple of weeks after baby arrives works well. Let's chat nearer the time x"),
])
C("genuine", "venue_supplier_list", "en", "venue manager invites her to recommended supplier list and open day", [
    ("venue_claire", "2025-10-06 11:00", "Hi Morag, hope the season has been kind to you. We're refreshing our recommended suppliers list for 2026/27 and would love to keep you on it. There's no fee, we just ask for 10 images a year we can use on our socials. Also, our open day is 9 November; would you like a table? Let me know by the 20th. Best, Claire"),
    ("me", "2025-10-06 19:25", "Hi Claire, yes to both, thank you! I'll send over a selection from the Drummond wedding in September."),
])
C("genuine", "venue_logistics", "en", "owner asks venue about access and light", [
    ("me", "2026-03-10 10:15", "Hi Gregor, I've got a wedding with you on 16 May (Marchetti/Russo). Is the back garden open for portraits that day, and what time does the late ceremony finish? Want to plan around golden hour."),
    ("venue_gregor", "2026-03-10 14:42", "Hi Morag, garden's all yours. Ceremony should be done by 4.15. Light's lovely from about 7 in May. See you then!"),
])
C("genuine", "planner_referral", "en", "planner refers a couple with a specific date", [
    ("planner_isobel", "2025-09-25 16:48", "Morag, are you free on 5 June 2027? I've got a lovely couple (Alba & Marcus, Kinloch Rannoch, 60 guests, very documentary-minded) who want someone who'll be invisible. Budget is fine. Can I pass on your details?"),
    ("me", "2025-09-25 17:30", "Isobel, I'm free and they sound perfect. Yes please!"),
    ("planner_isobel", "2025-09-25 17:34", "Done 👍"),
])
C("genuine", "planner_collab", "en", "elopement planner asks for images and rates for 2027", [
    ("planner_dana", "2026-02-03 08:40", "Morning Morag! Putting together our 2027 elopement packages. Are your rates for half-day Highlands elopements changing next year? I'd like to quote couples the right figure. Also, could I use 3 or 4 of your Glen Etive images on the new site, credited of course?"),
    ("me", "2026-02-03 12:15", "Morning Dana! Half day goes to £1,395 from January 2027, full day £2,100. And yes, take whichever you like from the shared folder, just tag me."),
])
C("genuine", "colleague_cover_request", "en", "fellow photographer double-booked asks her to cover a wedding", [
    ("photog_jamie", "2025-08-20 22:02", "Morag, bit of a cheeky one. I've managed to double-book 12 September (admin fail 🤦). Couple are at Prestonfield, lovely people. Any chance you're free and could take it? They'd pay your normal rate directly. I'll of course refund their retainer."),
    ("me", "2025-08-21 07:50", "Oh no! I'm free that day actually. Send them my way and I'll look after them."),
    ("photog_jamie", "2025-08-21 08:03", "You're a legend. Pint's on me."),
])
C("genuine", "colleague_second_shooter", "en", "photographer friend hires her as second shooter and asks her rate", [
    ("photog_shona", "2026-01-30 19:11", "hiya! would you second shoot for me at a big Indian wedding in Glasgow on 27 June? two days actually, sangeet on the friday. what's your day rate these days? I can do travel + hotel"),
    ("me", "2026-01-30 20:05", "Ooh yes please! £400/day for you, so £800 for both. Hotel would be amazing."),
    ("photog_shona", "2026-01-30 20:09", "deal 🙌 I'll send the contract"),
])
C("genuine", "existing_vendor_order", "en", "album maker about an existing order delay", [
    ("lab_albums", "2026-02-17 09:30", "Dear Morag, regarding your order BB-20914 (12x12 linen album, Drummond-Cairns): the grey linen is temporarily out of stock and your album will ship on 3 March instead of 24 February. We're sorry for the delay. If you'd prefer, we can swap to charcoal linen and ship on time. Kind regards, Peter"),
    ("me", "2026-02-17 10:05", "Hi Peter, thanks for letting me know. Please keep the grey and ship on the 3rd, I'll let the couple know."),
])
C("genuine", "existing_vendor_bookkeeping", "en", "her bookkeeper asks for receipts before deadline", [
    ("acct_rhona", "2026-01-12 11:20", "Hi Morag, just a nudge: I need your mileage log and the receipts for the new lens by Friday so I can finish your return before the 31st. Can you drop them in the shared folder? Thanks, Rhona"),
    ("me", "2026-01-12 21:40", "Sorry Rhona! Uploading tonight."),
])
C("genuine", "association_speaker_invite", "en", "guild invites her to speak at annual conference, offers fee", [
    ("guild_martin", "2025-11-05 14:00", "Dear Morag,\n\nThe committee would like to invite you to give a 40-minute talk at the Guild's annual gathering in Perth on 14 March 2026. Several members asked for something on documentary elopement work and your name came up straight away. We can offer a £250 speaker fee plus travel and a room on the Saturday night.\n\nWould you be interested? Happy to have a call to discuss.\n\nBest wishes,\nMartin Ure\nEvents Secretary"),
    ("me", "2025-11-05 18:20", "Dear Martin, I'd be honoured. Yes, count me in. A call next week would be great to sort out the details."),
])
C("genuine", "award_congrats", "en", "guild awards coordinator congratulates her on a win", [
    ("award_jo", "2025-12-02 10:05", "Congratulations Morag! Your image 'Haar over the Forth' has won Gold in the Guild's Documentary category this year. The certificate will go out by post. Well deserved!"),
    ("me", "2025-12-02 10:30", "Oh my goodness, thank you Jo! Completely made my week."),
])
C("genuine", "teaching_invite", "en", "photography school invites her to teach a paid workshop", [
    ("college_anne", "2026-01-26 15:33", "Hi Morag, would you consider teaching a one-day workshop for our evening students in April on 'working with natural light at weddings'? We pay £320 for the day. Twelve students, mostly hobbyists. Let me know and I'll send dates."),
    ("me", "2026-01-27 09:00", "Hi Anne, I'd love to. Any Saturday in April except the 18th."),
])
C("genuine", "journalist_request", "en", "journalist wants quote on wedding costs", [
    ("press_lucy", "2026-02-20 11:48", "Hi Morag, I'm writing a piece for the Lothian Courier on how couples are cutting wedding costs in 2026. Would you be willing to give me two or three sentences on what you're seeing (smaller weddings, weekday dates, etc.)? Deadline is Tuesday. Happy to chat by phone if easier."),
    ("me", "2026-02-20 14:10", "Hi Lucy, happy to help. Lots more weekday and registry-office weddings, and couples booking 4 hours instead of a full day. I'll email you a couple of proper sentences tonight."),
])
C("genuine", "applicant_assistant", "en", "student asks to assist, owner replies about paid days", [
    ("student_ross", "2026-03-02 17:05", "Hi Morag, thanks for connecting. I'm in second year at Napier and really want to get into weddings. Would you ever take on an assistant, even unpaid, just to carry bags and learn? I've got my own camera and can drive. Portfolio: rosscampbell.photo"),
    ("me", "2026-03-03 09:30", "Hi Ross, thanks for getting in touch. I don't do unpaid, but I do need an assistant for a few summer weddings at £120 a day. Your street stuff is lovely. Free for a coffee next week?"),
    ("student_ross", "2026-03-03 09:52", "Wow yes! Any day after 2 works"),
])
C("genuine", "styled_shoot_collab", "en", "makeup artist proposes unpaid styled shoot collaboration", [
    ("mua_layla", "2025-09-09 13:14", "Hey lovely! Bea from Wild Bramble and I are planning a little autumn styled shoot at Roslin Glen, end of October. No budget, just for all our portfolios. Fancy shooting it? Model's sorted."),
    ("me", "2025-09-09 13:40", "Count me in!! Send me dates x"),
])
C("genuine", "supplier_image_share", "en", "owner sends florist the images from a wedding", [
    ("me", "2025-10-30 16:00", "Hi Bea, the Drummond gallery is ready. Your bouquets were incredible. I've put a folder of 25 flower-heavy images here for you to use, just credit me if you post them."),
    ("florist_bea", "2025-10-30 16:22", "Oh these are stunning, thank you!! Will tag you 💐"),
], attachments={0: "https://www.linkedin.com/dms/drummond-florals-selection.zip"})
C("genuine", "corporate_enquiry", "en", "law firm wants staff headshots, asks price for half day", [
    ("corp_neil", "2026-01-21 09:50", "Good morning Ms Kilbride, I found you via a recommendation from one of our partners whose wedding you photographed. We're looking for someone to take updated headshots of 14 staff at our Queen Street office, ideally in February. Is this something you offer, and could you give me an indication of cost?"),
    ("me", "2026-01-21 13:15", "Good morning Neil, thanks for thinking of me. I do the odd headshot day for clients of past couples. For 14 people on site I'd charge £650 including edited files. Would a Tuesday or Wednesday suit?"),
    ("corp_neil", "2026-01-22 10:00", "That's within budget. Wednesday 11 February would be ideal. I'll send a purchase order."),
])
C("genuine", "friend_catchup", "en", "old friend catching up and asking a favour", [
    ("friend_kate", "2026-03-14 21:05", "oi stranger!! are you around for a drink before the festival madness starts? also slightly cheeky, we need a photo of the new team for the website, would you do it for mates rates and a bottle of wine 😂"),
    ("me", "2026-03-14 21:30", "Ha! Drink yes. Photo also yes, wine is payment enough. Next Thursday?"),
])
C("genuine", "insurer_claim", "en", "insurer claims handler about her stolen-camera claim", [
    ("insurer_omar", "2025-08-25 10:15", "Hi Morag, following up on claim LS-558231 for the stolen camera bag. We've approved the replacement of the Z6 II body and the 35mm lens; payment of £2,180 will reach your account within 5 working days. The excess of £150 has been deducted. Any questions, just reply here."),
    ("me", "2025-08-25 11:02", "Thank you Omar, that's a relief."),
])
C("genuine", "celebrant_hello", "en", "celebrant says she'll see her at a wedding", [
    ("celebrant_iain", "2026-03-18 08:20", "Morning Morag, just saw we're both at the Cramond one on Saturday. I'll keep the ring bit slow for you 😉 See you there."),
])
C("genuine", "group_supplier_chat", "en", "group chat of suppliers for one wedding", [
    ("planner_isobel", "2025-09-08 10:00", "Hi all, creating this thread for the Drummond wedding on the 19th so we're all on the same page. Timeline attached. Morag: confetti exit at 3.40, please."),
    ("florist_bea", "2025-09-08 10:14", "Thanks Isobel! Arriving 9am for setup."),
    ("me", "2025-09-08 10:30", "Got it, I'll be there from 11 for prep."),
], title="Drummond wedding 19/9 suppliers", attachments={0: "https://www.linkedin.com/dms/drummond-timeline-v3.pdf"}, extra=["mua_layla"])

# ================================================================ WANTED PITCH
C("wanted_pitch", "tailored_relevant_pitch", "en", "film lab refers to her Portra 120 post and offers test roll", [
    ("w_film", "2025-10-21 10:05", "Hi Morag, thanks for connecting. You mentioned in your Glen Etive post that you post your Portra 400 120 rolls to a lab in London and wait two weeks. We're a small lab in Glasgow (opened in spring), C-41 in 120 and 35mm, scans on a Noritsu, usually back in 4 working days. Happy to do your next two rolls free so you can compare scans. No pressure at all."),
    ("me", "2025-10-21 18:40", "Oh that's interesting, the London wait drives me mad. I'll send you two rolls from Saturday's wedding."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "linen album maker references her Scottish elopement style", [
    ("w_album", "2025-11-12 14:20", "Dear Morag,\n\nI'm one of two bookbinders at Linen & Loom in Dundee. Your elopement galleries, lots of moody landscape with tiny couples, are exactly what our lay-flat albums with undyed Scottish linen covers were designed for. I noticed you currently offer one album style with a grey cover. We'd love to send you a free sample of the 10x10 in our 'Harris' weave so you can show couples. Trade prices start at £145."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "culling software founder quotes her 14-hour editing post, offers beta", [
    ("w_cull", "2026-02-03 21:00", "Hi Morag, you wrote last week that culling 3,000 frames from a full day still takes you most of a Monday. I'm building a culling tool that groups near-identical frames and flags closed eyes, runs locally on a Mac, no upload. Looking for 10 documentary-style wedding photographers in the UK to test it for free this season and tell me what's wrong with it. Would you be up for that?"),
    ("me", "2026-02-04 08:15", "Go on, I'll try it. Does it work with Nikon raw files?"),
    ("w_cull", "2026-02-04 08:40", "It does (NEF, Z6 II included). Sending a download link now."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "accountant for Scottish sole-trader creatives mentions MTD worry", [
    ("w_books", "2026-01-19 12:00", "Hi Morag, I saw your comment in the Scottish wedding suppliers group about dreading Making Tax Digital from April and not knowing if you're over the threshold. For sole traders with income between £50k and £70k the quarterly updates start in April 2026. I work only with self-employed creatives in Scotland, fixed £55 a month including the quarterly submissions. If it helps, I'm happy to answer a couple of questions for free first."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "photography insurance broker after her stolen bag post", [
    ("w_insure", "2025-08-28 09:00", "Hi Morag, sorry again about the bag. A lot of photographers find out after a theft that their policy doesn't cover kit left in a locked car overnight, which is what happened in your post. We're a broker that only does photographers' insurance; our policy covers that, plus hire of replacement kit while a claim is processed. I'm not asking you to switch now, but your renewal is probably due soon and I can quote for comparison."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "wedding filmmaker proposes joint packages based on shared venues", [
    ("w_video", "2025-12-11 11:30", "Hey Morag, Finn here, wedding filmmaker based in Musselburgh. We've actually worked the same weddings twice (Cramond and the Wee Kirk) without properly meeting. Our styles are pretty similar, quiet, no staged stuff. A few couples asked me for a photographer I'd recommend. Would you fancy a coffee to talk about referring each other, or even a combined price for small weddings?"),
    ("me", "2025-12-11 12:45", "Hi Finn! Yes, I remember your camera at Cramond. Coffee sounds good, let's do January."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "camera repair shop after her shutter post", [
    ("w_repair", "2026-02-09 16:10", "Hi Morag, saw you posted that your backup body's shutter died mid-ceremony. We're a two-person repair workshop in Stockbridge (10 minutes from you) and we do Nikon shutter replacements in-house, usually 5 working days, around £240. Just in case you haven't sent it off yet."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "web developer measured her gallery page speed on mobile", [
    ("w_web", "2025-09-30 13:25", "Hi Morag, I hope this isn't cheeky. I was looking at your site on my phone and the 'Elopements' page took about 9 seconds to load over 4G because the 30 images are full-size JPEGs (the biggest is 11 MB). I fixed this for two other Edinburgh photographers. It's a half-day job, £180, and your page would load in around 2 seconds. Happy to send the measurements either way."),
    ("me", "2025-10-01 09:12", "Oof, 11MB. Yes please send the measurements."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "fine-art print studio offers to print her landscape sales", [
    ("w_print", "2026-01-13 10:10", "Hi Morag, I noticed you've started selling your 'Haar' landscape series as prints through your shop, and that they ship as C-type. We do archival giclée on Hahnemühle rag here in Leith and drop-ship direct to your customers in a branded tube. If you'd like, I'll print 'Haar over the Forth' at A3 free so you can see the paper."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Highland estate invites her to shoot at new elopement bothy", [
    ("w_venue", "2026-03-05 15:00", "Hello Morag, I manage Kinloch Bothy Estate near Loch Rannoch. We're opening our bothy for elopements this summer and Dana at Highland Hearts suggested we speak to you. We'd like to offer you a free overnight stay and access to the estate for a shoot in April so we have proper images, in return for use of 20 of them. Would that interest you?"),
    ("me", "2026-03-06 09:20", "Hi Hamish, that sounds wonderful. Let me check April dates with my couple from last year who might model."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "kilt hire shop proposes referral deal for her grooms", [
    ("w_kilt", "2025-10-08 12:30", "Hi Morag, I run Tartan Room Hire off the Royal Mile. Five of your last eight blog weddings had the groom in a hired kilt, and two looked like ours. We'd like to give your couples 15% off hire with a code and mention you in our 'recommended photographers' sheet. No cost to you. Fancy it?"),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "tax adviser workshop for self-employed photographers", [
    ("w_course", "2026-02-25 19:00", "Hi Morag, Martin from the Guild mentioned you're speaking at the March gathering. I'll be running the 'tax for self-employed photographers' session straight after yours. Since you asked him about claiming mileage to venues, I'm happy to sit down with you for 20 minutes at the break and go over it. Normally a 1:1 is £60, for Guild speakers it's free."),
])

# ================================================================ JUNK
C("junk", "connect_then_pitch_outsourcing", "en", "small talk then offshore editing pitch", [
    ("j_edit_1", "2026-01-14 08:40", "Hi Morag, thanks for accepting my request! Your photos are really beautiful. How is your wedding season going?"),
    ("me", "2026-01-14 19:02", "Thanks! Quiet month, busy summer ahead."),
    ("j_edit_1", "2026-01-15 07:55", "Great to hear! I'm reaching out because PixelPerfect Retouch helps wedding photographers save 20+ hours per week. Our team of 60 editors can cull and colour-correct a full wedding in 48 hours, starting at $0.25 per image. We can do a free trial of 100 images. Would you like to try?"),
    ("j_edit_1", "2026-01-22 08:01", "Hi Morag, just checking you saw my message above? Free trial still open 🙂"),
])
# one template, four senders (spintax and fills vary)
C("junk", "template_lead_gen", "en", "template lead-gen (sender 1)", [
    ("tpl_1", "2025-11-04 09:12", "Hi Morag,\n\nI came across Morag Kilbride Photography and love your work! Quick question: are you fully booked for 2026 or do you have space for a few more couples?\n\nWe help wedding photographers get 10-15 qualified couple enquiries every month using targeted ads, and you only pay per booked call. Would you be open to a quick chat this week?\n\nBrooke"),
])
C("junk", "template_lead_gen", "en", "template lead-gen (sender 2, spintax)", [
    ("tpl_2", "2025-12-09 14:30", "Hey Morag!\n\nI stumbled upon Morag Kilbride Photography and absolutely love your style! Quick one: are you fully booked for next season or could you take on a few more couples?\n\nWe help wedding photographers land 12-20 qualified enquiries a month with targeted ads, and you only pay per booked consultation. Open to a quick chat this week?\n\nMarcus"),
])
C("junk", "template_lead_gen", "en", "template lead-gen (sender 3, same company as 1)", [
    ("tpl_3", "2026-02-18 11:02", "Hi Morag,\n\nI came across your business and love your work! Quick question: are you fully booked for 2026 or do you have room for a few more couples?\n\nWe help wedding photographers get 10-15 qualified couple enquiries every month using targeted ads, and you only pay per booked call. Would you be open to a quick chat this week?\n\nJess"),
    ("tpl_3", "2026-02-25 11:00", "Hi Morag, floating this back up in case it got buried 🙂"),
])
C("junk", "template_lead_gen", "en", "template lead-gen (sender 4, in SPAM)", [
    ("tpl_4", "2026-03-16 06:45", "Hi Morag,\n\nI found Morag Kilbride Photography and love your work! Quick question: are you fully booked for 2026 or do you have room for more couples?\n\nWe help wedding photographers book 10-15 qualified couple calls every month through targeted ads - you only pay per booked call. Worth a quick chat this week?\n\nLiam, WeddingPipeline.io"),
], folder="SPAM")
C("junk", "seo_pitch", "en", "SEO agency claims she is not on page one", [
    ("j_seo", "2025-09-11 10:20", "Hi Morag,\n\nI searched 'wedding photographer Edinburgh' and noticed Morag Kilbride Photography isn't on page 1 of Google. That means couples are booking your competitors instead of you!\n\nAt RankRise Digital we've helped 200+ small businesses reach the top 3. I've prepared a free audit of your website. Can I send it over?\n\nDanielle"),
])
C("junk", "connect_then_pitch_social", "en", "instagram growth agency after connecting", [
    ("j_insta", "2025-12-01 10:00", "Hey Morag, thanks for the connect! Love your feed 🔥"),
    ("j_insta", "2025-12-03 09:30", "So I took a look at your Instagram and I think you're leaving a lot of bookings on the table. We grow wedding pros to 10k+ real followers in 90 days with our done-for-you content + engagement system. Pricing from £399/mo. Want me to send a breakdown?"),
])
C("junk", "web_design_pitch", "en", "generic website redesign pitch", [
    ("j_web", "2025-10-17 13:13", "Hi there, your website looks a bit outdated and may be costing you customers. We build modern, mobile-friendly websites for small businesses from only £999. Reply YES and I'll send a free mockup."),
])
C("junk", "capacity_question", "en", "do you have capacity for new clients", [
    ("j_capacity", "2026-03-09 12:00", "Hi Morag, do you currently have capacity for new clients?"),
    ("me", "2026-03-09 18:30", "Hi Natalie, are you getting married?"),
    ("j_capacity", "2026-03-10 08:15", "Haha not me! I work with photographers who want to get fully booked. We run your marketing end to end so you can focus on shooting. Would a 15-min call on Thursday work?"),
])
C("junk", "like_minded_entrepreneurs", "en", "like-minded entrepreneurs then mastermind pitch", [
    ("j_likeminded", "2026-02-24 07:45", "Great to connect Morag! Always love meeting like-minded entrepreneurs who are building something of their own. I run a private mastermind for 6- and 7-figure business owners. We have a few seats left for the spring cohort. Would you be open to hearing more?"),
])
C("junk", "quick_call_va", "en", "virtual assistant quick 15-minute call", [
    ("j_va", "2025-11-25 03:20", "Hello Morag, are you drowning in admin? Our virtual assistants handle emails, scheduling, invoicing and social media for small business owners from just $8/hour. Do you have 15 minutes for a quick call this week to see if we're a fit?"),
    ("j_va", "2025-12-02 03:20", "Hi Morag, following up on my message. Would Tuesday or Wednesday work for a quick 15 minute call?"),
    ("j_va", "2025-12-09 03:20", "Hi Morag, I haven't heard back so I'll assume now isn't the right time. Feel free to reach out if that changes!"),
])
C("junk", "follow_up_bumps", "en", "review platform with repeated bumps", [
    ("j_bump", "2026-01-06 09:00", "Hi Morag, businesses with 50+ Google reviews get 3x more enquiries. Reviewly automatically asks your clients for reviews by SMS. Can I show you how it works?"),
    ("j_bump", "2026-01-13 09:00", "Bumping this up for you Morag 👆"),
    ("j_bump", "2026-01-20 09:00", "Hi Morag, any thoughts on the above?"),
    ("j_bump", "2026-01-27 09:00", "Last try! Should I close your file?"),
])
C("junk", "recruiting_unrelated", "en", "recruiter for unrelated insurance sales job", [
    ("j_recruit", "2025-10-22 16:40", "Hi Morag, I came across your profile and think you'd be a great fit for a Senior Insurance Sales Advisor role with our client in Glasgow. £32k base + uncapped commission, hybrid. Are you open to a conversation?"),
])
C("junk", "recruiting_mlm_financial", "en", "financial adviser team recruitment after connecting", [
    ("j_recruit2", "2026-01-29 20:10", "Hi Morag! Thanks for connecting. I'm growing my team in Edinburgh and looking for ambitious self-employed people who want to build a second income as a financial adviser. Full training given, work your own hours. Interested in a quick chat?"),
], folder="SPAM")
C("junk", "crypto", "en", "crypto mentor in SPAM", [
    ("j_crypto", "2026-02-14 22:22", "Hello dear, how are you doing today? I am a crypto trading mentor and my students are making 30% weekly profit with my strategy. Let me show you how to start with only $250. Reply if interested 💰"),
], folder="SPAM")
C("junk", "mlm", "en", "MLM wellness brand recruitment after hun compliment", [
    ("j_mlm", "2025-10-10 21:30", "Hey hun! So glad we connected 💕 Just wondering, are you open to hearing about something I've been doing alongside being a mum? It's completely changed our life and I think you'd be amazing at it x"),
    ("j_mlm", "2025-10-14 20:05", "No worries if not! Just thought with your creative eye you'd smash it. It's a wellness brand, totally flexible, I can send you a short video? x"),
])
C("junk", "paid_award", "en", "paid award shortlist with winner's package fee", [
    ("j_award", "2025-11-18 10:00", "Dear Morag,\n\nCongratulations! Morag Kilbride Photography has been shortlisted for Wedding Photographer of the Year (Scotland) at the UK Wedding Prestige Awards 2026.\n\nTo confirm your place and receive your winner's media pack, trophy and certificate, a one-off administration fee of £395 + VAT applies. Places are limited; please confirm by Friday.\n\nWarm regards,\nCharlotte Vance\nAwards Director"),
])
C("junk", "paid_feature", "en", "luxury magazine feature with fee", [
    ("j_mag", "2026-01-09 15:15", "Hi Morag! Our editorial team loved your portfolio and we'd like to feature you in the Spring issue of Luxe Nuptials Magazine, read by 80,000 engaged couples. Featured suppliers contribute £650 towards design and print. Shall I reserve a double page for you?"),
])
C("junk", "paid_podcast", "en", "podcast guest slot for a production fee", [
    ("j_podcast", "2026-02-05 12:30", "Hey Morag! Thanks for connecting. We'd love to have you as a guest on The Creative CEO Show (top 2% globally). Our guests share their entrepreneurial journey with 50k listeners. There's a small production investment of $297 to cover editing and promotion. Can I send you the booking link?"),
])
C("junk", "directory_listing", "en", "premium directory listing upsell", [
    ("j_directory", "2025-09-04 11:45", "Hi Morag, your free listing on WedFinder UK received 3 views last month. Premium suppliers get 12x more views and a 'Top Rated' badge. Upgrade this week for £29/month (normally £49). Shall I activate it?"),
])
C("junk", "irrelevant_product", "en", "AI headshots for a team she does not have", [
    ("j_headshot", "2025-10-29 14:00", "Hi Morag, is your team still using expensive photographers for headshots? HeadshotAI creates studio-quality headshots for your whole team in 10 minutes from selfies. 50% off for teams of 10+. Can I send a demo?"),
])
C("junk", "irrelevant_product", "en", "office furniture for a sole trader", [
    ("j_furniture", "2025-12-15 09:05", "Dear Morag, planning an office refit in the new year? OfficeLine Interiors supplies ergonomic desks and chairs to businesses across Scotland with free space planning. Our January sale is now live. Let me know your headcount and I'll put together a quote."),
])
C("junk", "business_funding", "en", "merchant cash advance pitch", [
    ("j_funding", "2026-03-02 10:10", "Hi Morag, you may be eligible for up to £150,000 in unsecured business funding, decision in 24 hours, no impact on your credit score. Can I ask what your monthly turnover is?"),
])
C("junk", "sells_what_she_sells", "en", "offshore wedding photography company offers to shoot her weddings cheaply", [
    ("j_offshore", "2026-01-28 05:40", "Dear Business Owner,\n\nEverAfter Studios International provides professional wedding photographers across the UK at 40% below market rates. We can shoot under your brand name (white label) so you can take more bookings without being on site. Our photographers have 5+ years experience. Please advise a suitable time to discuss partnership."),
])
C("junk", "sells_what_she_sells", "en", "other photographer pitches discounted second shooting to her via template", [
    ("j_second", "2025-09-16 08:00", "Hi! Thanks for connecting 😊 I'm a wedding photographer and I offer second shooting and full wedding coverage for other photographers at discounted rates. Attaching my price list. Feel free to save my contact for busy season!"),
], attachments={0: "https://www.linkedin.com/dms/nowak-photo-team-pricelist-2026.pdf"})
C("junk", "merge_tag_failure", "en", "unfilled first_name tag", [
    ("j_mt1", "2025-10-03 12:00", "Hi {first_name},\n\nI noticed {company_name} is doing great things in the wedding space! SnapScale helps creative businesses automate their client workflow: contracts, invoices and reminders in one place. Are you free for a 15-minute demo?"),
])
C("junk", "merge_tag_failure", "en", "square-bracket name placeholder", [
    ("j_mt2", "2025-11-27 09:30", "Dear [Name],\n\nAs a venue professional you know how hard it is to stand out. Venue Visibility Ltd gets your venue in front of 2 million couples. Reply to this message and I'll send our media kit."),
])
C("junk", "merge_tag_failure", "en", "wrong name and wrong company", [
    ("j_mt3", "2026-02-10 17:17", "Hi Fiona! Loved what you're doing at Glasgow Bridal Studio 😍 We manage social media for bridal businesses, 12 posts + 30 stories a month from £299. Would love to chat!"),
])
C("junk", "merge_tag_failure", "en", "double merge failure after connecting", [
    ("j_mt4", "2026-03-12 09:00", "Hi Morag, thanks for connecting! I see you're the {{job_title}} at {{company}}. Pinnacle Print Solutions offers 30% off business cards, flyers and banners for new customers. When is a good time to call you?"),
])
C("junk", "sell_your_photos", "en", "stock platform generic creator pitch", [
    ("j_stock", "2025-11-06 13:40", "Hi Morag, turn your archive into passive income! Stockora pays creators up to 60% royalties. Upload your first 50 images this month and get a $25 bonus. Join 40,000 photographers already earning."),
])
C("junk", "connect_then_pitch_coaching", "en", "two small-talk messages then business coaching pitch", [
    ("j_smalltalk", "2026-01-05 11:00", "Morning Morag! Happy new year, how was your Christmas?"),
    ("me", "2026-01-05 12:40", "Hi Chris, lovely thanks, very quiet. You?"),
    ("j_smalltalk", "2026-01-05 12:55", "Same! Out walking the dog most of it 😄 What are your big goals for 2026?"),
    ("me", "2026-01-05 13:20", "Mainly fewer weddings, more elopements."),
    ("j_smalltalk", "2026-01-06 08:30", "Love that. Funnily enough that's exactly what I help creatives with. My 12-week Scale to Freedom programme has helped 300+ business owners double revenue while working less. I've got 2 spots left for January. Want me to send the details?"),
])
C("junk", "irrelevant_course", "en", "drone course pitch", [
    ("j_drone", "2025-09-23 15:00", "Hi Morag, have you considered adding drone to your services? Get your CAA GVC in just 5 days with SkyPilot Academy. Early bird price £899 ends Sunday!"),
])
C("junk", "preset_pitch", "en", "preset seller mass message", [
    ("j_preset", "2025-10-12 19:00", "Hey photographer! 📸 Our Golden Hour wedding presets are used by 10,000+ pros. Black Friday early access: 70% off the full bundle with code GOLDEN70. Link in my profile!"),
])
C("junk", "irrelevant_product", "en", "fuel cards for a fleet she does not have", [
    ("j_fuel", "2026-02-02 10:30", "Hi Morag, how much is your business spending on fuel each month? FleetFuel Cards UK can save your drivers up to 5p per litre at 3,000+ forecourts. Do you manage a fleet of more than 3 vehicles?"),
])
C("junk", "sponsored_inmail", "en", "sponsored business bank", [
    ("spon_bank", "2025-10-01 12:00", "<p>Hi Morag,</p><p>Running your own business? Open a <b>Granite Business Account</b> in 10 minutes and get 12 months free banking plus &pound;100 when you spend &pound;500.</p><p><a href=\"https://example.invalid/granite\">Apply now</a></p>"),
], title="Sponsored Conversation")
C("junk", "sponsored_inmail", "en", "sponsored online gallery software", [
    ("spon_gallery", "2026-01-20 12:00", "<p>Hi Morag, deliver beautiful client galleries with Framewell. Unlimited storage, print store and mobile apps. <b>Try free for 30 days</b>.</p>"),
], title="Sponsored Conversation")
C("junk", "sponsored_inmail", "en", "sponsored pricing course for photographers", [
    ("spon_course", "2026-03-01 12:00", "<p>Are you undercharging? Join our FREE masterclass: <i>How photographers hit £100k</i> without working weekends. Seats are limited.</p>"),
], title="Sponsored Conversation")

x.write(
    Path(__file__).resolve().parents[1] / SLUG,
    {"First Name": "Morag", "Last Name": "Kilbride",
     "Headline": "Wedding & elopement photographer in Edinburgh | documentary, natural light, film & digital",
     "Summary": "I'm a one-woman business photographing weddings and elopements across Scotland, from registry offices in Leith to hillsides in Glencoe. Relaxed, documentary, no cheesy poses. I shoot digital and a few rolls of medium-format film at every wedding.",
     "Industry": "Photography", "Geo Location": "Edinburgh, Scotland, United Kingdom",
     "Websites": "[PERSONAL:moragkilbride.photo]"},
    [
        {"Company Name": "Morag Kilbride Photography", "Title": "Owner & Photographer",
         "Description": "Weddings, elopements, a few family sessions. Sole trader.", "Location": "Edinburgh",
         "Started On": "May 2016", "Finished On": ""},
        {"Company Name": "The Scotsman Picture Desk", "Title": "Freelance Photographer", "Description": "",
         "Location": "Edinburgh", "Started On": "Jan 2012", "Finished On": "Apr 2016"},
    ],
    ["Wedding Photography", "Documentary Photography", "Film Photography", "Adobe Lightroom",
     "Portrait Photography", "Elopements", "Photo Editing"],
)
print(x.summary())

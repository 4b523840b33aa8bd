"""Persona: owner of an independent bookshop with a café in Bristol (2023 layout).

Written blind to the detector in session 2; every message is original.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-independent-bookshop-owner-bristol"
OWNER = Person("me", "Tamsin Rowe", "https://www.linkedin.com/in/tamsin-rowe-books",
               "Wrenfold Books & Café", "Owner")

ex = Export(SLUG, "2023", OWNER)
P, C = ex.person, ex.conv

# ------------------------------------------------------------------ people
P("rep_harrow", "Gideon Pryce", "Harrow & Finch Publishers", "Key Account Manager, South West", connected="2019-03-11")
P("rep_lantern", "Ayesha Bakr", "Lantern Street Press", "Sales Representative", connected="2020-09-02")
P("publicist", "Noor Castellan", "Brightwater Books", "Senior Publicist", connected="2022-11-20")
P("author_event", "Idris Penhallow", "", "Novelist", connected="2021-06-14")
P("author_kids", "Bethan Lloyd-Hart", "", "Children's author & illustrator", connected="2023-01-09")
P("pos_vendor", "Callum Reid", "Shelfmark POS", "Customer Success Manager", connected="2020-02-17")
P("web_agency", "Priya Lund", "Inkpot Digital", "Project Lead", connected="2021-10-05")
P("roaster_existing", "Sol Mendes", "Harbourside Roasters", "Wholesale", connected="2018-08-22")
P("bookclub_lead", "Marjorie Tull", "", "Retired teacher", connected="2019-05-30")
P("bookclub_2", "Hamish Obi", "", "Civil engineer", connected="2021-02-12")
P("customer_special", "Lena Voss", "University of Bristol", "PhD candidate, Geography", connected="2022-04-01")
P("school", "Daniel Achterberg", "St Werburgh's Primary", "Deputy Head", connected="2023-02-14")
P("applicant", "Keira Mulholland", "", "Bookseller", connected="2023-03-03")
P("applicant2", "Tomasz Wilk", "", "English Literature graduate")
P("ba", "Fenella Gault", "Booksellers Association", "Membership & Events Manager", connected="2017-10-10")
P("journalist", "Rory Ashcombe", "Bristol Evening Dispatch", "Arts & Culture Reporter", connected="2023-04-18")
P("festival", "Olu Adeyemi", "Harbourside Literary Festival", "Programme Director", connected="2020-07-07")
P("friend_intro", "Clem Hartigan", "Hartigan Frames", "Owner", connected="2016-01-20")
P("intro_target", "Yusuf Rahimi", "Redland Community Trust", "Coordinator", connected="2023-05-10")
P("lecturer", "Dr Ines Corrie", "Bath Spa University", "Senior Lecturer, Creative Writing", connected="2021-09-15")
P("council", "Martin Bellweather", "Bristol City Council", "High Streets Officer", connected="2022-06-01")
P("thanks1", "Gwen Sapsford", "", "Customer", connected="2023-05-20")
P("thanks2", "Owain Petty", "Petty & Daughters Hardware", "Owner", connected="2018-11-11")
P("thanks3", "Rosa Linnell", "Gloucester Road Traders", "Chair", connected="2019-04-04")
P("old_staff", "Ellie Marchbank", "Foyle & Co", "Assistant Manager", connected="2017-06-18")
P("accountant_existing", "Barnaby Kitto", "Kitto & Moss Accountants", "Partner", connected="2015-03-03")
P("bookclub_spam", "Pippa Daunt", "", "Book club member", connected="2023-06-02")
P("author_owner", "Maeve Trelawney", "", "Poet", connected="2023-03-28")
P("landlord", "Geoffrey Stannard", "Stannard Estates", "Property Manager", connected="2019-01-15")
P("distributor", "Kwame Asante", "Riverbend Distribution", "Account Manager", connected="2018-02-02")
P("cafe_staff", "Jodie Penrose", "Wrenfold Books & Café", "Café Lead", connected="2021-08-08")
P("wedding_customer", "Harriet Okafor", "", "Events planner", connected="2023-07-01")
P("library", "Sunil Vaid", "Bristol Libraries", "Reader Development Officer", connected="2022-01-20")

# wanted pitch senders
P("wp_illustrator", "Edie Farrant", "", "Illustrator & window artist", invite=("IN", "2023-08-30 09:02", "Hi Tamsin, I paint shop windows around Stokes Croft — your Halloween window stopped me in my tracks last year!"), connected="2023-08-30")
P("wp_roaster", "Lucas Brennan", "Cotham Hill Coffee Co.", "Founder")
P("wp_ticketing", "Saffron Oyelaran", "Quirefold", "Partnerships (independent bookshops)")
P("wp_publisher", "Aled Morgan", "Severn Mouth Press", "Publisher", connected="2023-02-20")
P("wp_shelves", "Nico Ferrante", "Ferrante Joinery", "Carpenter")
P("wp_audio", "Greta Holm", "Earshot Audio", "Bookshop Partnerships Lead")
P("wp_cargo", "Jas Tiwana", "Pedal Post Bristol", "Co-founder", connected="2023-04-12")
P("wp_accountant", "Moira Felstead", "Felstead Retail Accounts", "Chartered Accountant")
P("wp_podcast", "Tobias Venn", "Spine Crackers Podcast", "Host")
P("wp_tote", "Ruth Okonjo", "Printhouse Bedminster", "Screen printer")
P("wp_storytime", "Lorna Quick", "", "Storyteller & drama facilitator")
P("wp_ebooks", "Declan Sheehy", "Bindery Tools", "Founder")

# junk senders
P("j_seo", "Brandon Kell", "RankRocket Media", "Growth Consultant")
P("j_social", "Chloe Vantage", "Buzzfeed Social Solutions Ltd", "Social Media Strategist")
P("tpl1", "Marcus Hale", "Storefront Scale", "Founder", invite=("IN", "2023-03-14 08:10", ""), connected="2023-03-14")
P("tpl2", "Jenna Pike", "Retail Lift Agency", "Head of Partnerships")
P("tpl3", "Omar Dillard", "Footfall to Online", "Ecommerce Consultant", invite=("IN", "2023-05-02 11:40", ""), connected="2023-05-02")
P("tpl4", "Kasey Brunt", "ClickMerchant", "Business Development")
P("j_merge1", "Tyler Grove", "LeadForge", "SDR")
P("j_merge2", "Ashleigh Dorn", "PeakPay Merchant Services", "Account Executive")
P("j_merge3", "Ravi Kumar", "BrightVA Solutions", "Director")
P("j_merge4", "Gemma Stroud", "Cafe Equip Direct", "Sales")
P("j_crypto", "Lucía Ferrer", "", "Financial freedom mentor")
P("j_mlm", "Kerry-Ann Brooks", "", "Wellness Entrepreneur | Mum of 3")
P("j_award", "Simon Ashe", "UK Retail Excellence Awards", "Awards Coordinator")
P("j_podcast", "Derek Lomas", "Business Leaders Spotlight", "Producer")
P("j_recruit", "Hannah Ireson", "TalentBridge Tech", "Senior Recruiter")
P("j_connect", "Gary Mountjoy", "Mountjoy Consulting", "Entrepreneur | Investor | Speaker", invite=("IN", "2023-06-12 19:22", "Hi Tamsin, always looking to connect with like-minded business owners!"), connected="2023-06-12")
P("j_ctp", "Becca Thorn", "Ghostwrite Pro", "Ghostwriter for founders", invite=("IN", "2023-07-03 10:05", ""), connected="2023-07-03")
P("j_ctp2", "Ian Whitlow", "Whitlow Energy Brokers", "Director", invite=("IN", "2023-02-06 09:15", ""), connected="2023-02-06")
P("j_ctp3", "Anya Sorokina", "AI Concierge Labs", "Growth", invite=("IN", "2023-09-11 16:48", "Love your shop's feed!"), connected="2023-09-11")
P("j_leadgen", "Jordan Beck", "ApptEngine", "CEO")
P("j_loan", "Ross Mallory", "Swift Capital Advance", "Funding Specialist")
P("j_reviews", "Nadia Fenn", "5StarBoost", "Reputation Manager")
P("j_coach", "Philippa Grange", "Thrive Leadership", "Executive Coach")
P("j_property", "Aaron Sutcliffe", "Sutcliffe Property Investments", "Investment Manager")
P("j_video", "Liam Okoro", "Reelcraft Studios", "Creative Director")
P("j_linkedin", "Zoe Marriner", "", "LinkedIn Growth Specialist")
P("j_franchise", "Craig Penfold", "Bean & Brew Franchise Group", "Franchise Development")
P("j_bump", "Molly Reece", "Stocklytics", "Account Executive")
P("j_fitout", "Dean Calder", "Calder Shopfitting", "Sales Director")
P("tpl5", "Shannon Welby", "GrowLocal Commerce", "Partner")
P("j_feature", "Victor Amari", "Elite Founders Magazine", "Editorial Partnerships")
P("j_webspeed", "Harvey Lund", "Pixelnorth Web", "Web Developer")
P("j_capacity", "Rosie Trent", "ReferralHub", "Partnerships")
P("j_events", "Dmitri Kowal", "EventSpark", "Sales")
P("sp_card", "Northwall Business Banking", url="https://www.linkedin.com/company/northwall-business-banking")
P("sp_mba", "Kingsbridge School of Management", url="https://www.linkedin.com/company/kingsbridge-school-of-management")
P("sp_soft", "LedgerLeaf", url="https://www.linkedin.com/company/ledgerleaf")

# ------------------------------------------------------------------ genuine
C("genuine", "publisher_rep", "en", "publisher rep she knows: autumn catalogue, discount terms, proof copies", [
    ("rep_harrow", "2023-06-05 10:12", "Morning Tamsin! Autumn catalogue is out. Two things I think will fly for you: the new Idris Penhallow and a gorgeous illustrated history of the Severn Bore. Happy to do 45% on a firm order of 10+ on the Penhallow, and I can get you signed bookplates. Shall I pop in Thursday?"),
    ("me", "2023-06-05 12:40", "Thursday works, after 3 when the café calms down. Put me down for 12 of the Penhallow and bring proofs of the Severn book please."),
    ("rep_harrow", "2023-06-05 12:51", "Lovely. See you Thursday — I'll bring the rest of the list too."),
])
C("genuine", "publisher_rep", "en", "rep with a price change notice and returns window", [
    ("rep_lantern", "2023-03-21 15:30", "Hi Tamsin, heads-up: from 1 May our RRP on the paperback classics goes up by £1. If you want to stock up at current prices, get an order in before the 28th and I'll make sure it goes through on the old terms. Also your returns window for the Jan titles closes next Friday."),
    ("me", "2023-03-22 08:15", "Thanks Ayesha, that's really helpful. I'll send the order tomorrow and I've got about 8 returns to process."),
])
C("genuine", "event_author", "en", "publicist arranging signing event; talks about ticket price and book stock", [
    ("publicist", "2023-08-14 11:00", "Dear Tamsin,\n\nFollowing our call, I'm delighted to confirm that Idris is available for an evening event at Wrenfold on Thursday 12 October. He'd be happy with an in-conversation format (45 min) followed by a signing. We'd suggest tickets at £5 redeemable against the book. Could you confirm your capacity and whether you'd like us to arrange stock via the rep, or order direct?\n\nWarmly,\nNoor"),
    ("me", "2023-08-14 16:22", "Hi Noor, wonderful news. We can seat 60 upstairs. I'll order through Gideon. Would Idris be OK with our book club chair doing the conversation?"),
    ("publicist", "2023-08-15 09:05", "He'd love that. I'll send the event copy and author photo over this week."),
])
C("genuine", "event_author", "en", "author thanking after event, proposes next book launch", [
    ("author_event", "2023-10-13 09:40", "Tamsin — thank you for last night. Best audience of the tour, and the lemon drizzle was outrageous. If you're up for it I'd love to launch the paperback with you in spring."),
    ("me", "2023-10-13 10:02", "It was a joy! Yes please, let's pencil in April."),
])
C("genuine", "existing_vendor", "en", "existing POS vendor: renewal price rise, contract terms (hard: pricing/offer)", [
    ("pos_vendor", "2023-01-10 14:00", "Hi Tamsin, hope the Christmas rush was kind. Your Shelfmark contract renews on 1 March. As you'll have seen in our email, the standard plan is going from £69 to £79/month. As a long-standing customer I can hold you at £72 if you renew annually. There's also the new stock-sync with your web shop if you want a demo — no pressure."),
    ("me", "2023-01-10 17:30", "Hi Callum, £72 annual is fine. Could you show the web sync to Jodie, our café lead, too? She does half the stock entries."),
    ("pos_vendor", "2023-01-11 09:12", "Done — I'll send a calendar invite for you both. Renewal paperwork to follow."),
])
C("genuine", "existing_vendor", "en", "POS vendor support: till outage", [
    ("me", "2023-07-22 09:05", "Callum, till 2 won't sync since this morning and it's a Saturday. Anything you can do?"),
    ("pos_vendor", "2023-07-22 09:31", "On it. Known issue after last night's update — restart the tablet with the card reader unplugged. Fix coming by noon."),
    ("me", "2023-07-22 09:44", "That worked. Thank you!"),
])
C("genuine", "existing_vendor", "en", "web agency working on the existing site: quote for change", [
    ("web_agency", "2023-04-03 10:20", "Hi Tamsin, attached the quote for adding the book club subscription page — £480 plus VAT, two weeks. We'd reuse the checkout from your gift card page. Let me know if you want to go ahead."),
    ("me", "2023-04-04 08:55", "Go ahead. Can it go live before Independent Bookshop Week?"),
    ("web_agency", "2023-04-04 09:10", "Yes, easily."),
])
C("genuine", "existing_vendor", "en", "coffee roaster existing supplier: delivery change", [
    ("roaster_existing", "2023-05-15 07:50", "Morning! Our van's in the garage Weds, so your beans will come Thursday instead. I'll throw in a bag of the new Ethiopian for the trouble."),
    ("me", "2023-05-15 08:10", "No problem at all, we have enough. Thanks Sol."),
])
C("genuine", "book_club", "en", "book club lead organising next meeting", [
    ("bookclub_lead", "2023-02-01 18:00", "Tamsin dear, the club voted for 'The Salt Path' sequel for March. Could you order 14 copies? And can we have the upstairs room on the 16th? We'll behave this time, promise."),
    ("me", "2023-02-01 19:12", "Ha! Room is yours. 14 copies ordered, usual 10% club discount."),
])
C("genuine", "book_club", "en", "book club member short thanks", [
    ("bookclub_2", "2023-03-17 08:30", "Great evening last night, thanks for hosting."),
])
C("genuine", "book_club", "en", "book club member message landed in SPAM folder", [
    ("bookclub_spam", "2023-06-20 21:14", "Hi Tamsin, it's Pippa from Thursday book club. I can't find the reading list for summer anywhere — could you send it? Also I'd like to buy the whole list at once if that's possible, maybe 6 books. What would that come to?"),
], folder="SPAM")
C("genuine", "customer", "en", "customer special order for out-of-print academic book", [
    ("customer_special", "2023-04-19 13:22", "Hi, I'm a PhD student up the road. Could you try and order 'Rivers of the Marches' (1987)? It seems out of print. Happy to pay a deposit."),
    ("me", "2023-04-19 15:40", "Hi Lena, I'll ask our secondhand supplier. Usually takes a week or two. No deposit needed."),
    ("customer_special", "2023-05-02 10:05", "You found it!! Coming to pick it up this afternoon. Thank you so much."),
])
C("genuine", "inbound_lead", "en", "school wants to buy class sets: asks for quote and discount (hard case)", [
    ("school", "2023-02-20 16:45", "Hello Tamsin, we're looking to buy class sets of 3 novels for Year 5 and 6 (about 60 copies each). Could you give us a quote? We'd rather spend the budget locally than with the big online retailer. We'd also love a bookseller visit for World Book Day if you do that."),
    ("me", "2023-02-21 09:00", "Hi Daniel, absolutely. I can do 15% off on that volume and free delivery. Send me the titles and I'll confirm stock. World Book Day visit — yes, I'd love to."),
    ("school", "2023-02-21 11:30", "Brilliant — list attached. Our bursar will send a PO."),
])
C("genuine", "applicant", "en", "job applicant for weekend bookseller role", [
    ("applicant", "2023-03-04 12:00", "Hi Tamsin, I saw your post about a weekend bookseller. I've worked 3 years at a chain bookshop in Bath and I run a small YA book blog. Would you be open to me dropping my CV in?"),
    ("me", "2023-03-04 14:10", "Hi Keira, yes please! Come by Tuesday morning for a chat."),
])
C("genuine", "applicant", "en", "short applicant follow-up, owner didn't reply yet", [
    ("applicant2", "2023-03-09 09:15", "Hello, just checking you received my application for the bookseller role? I emailed it on Monday. Thanks, Tomasz"),
])
C("genuine", "association", "en", "Booksellers Association invitation to speak on a panel", [
    ("ba", "2023-05-11 10:30", "Dear Tamsin,\n\nWe're putting together a panel at this year's Booksellers Conference on 'the café as a bookshop's second engine' and your name came up more than once. It would be a 40-minute panel on 12 September in Birmingham; we cover travel and one night's accommodation. Would you consider joining?\n\nBest,\nFenella"),
    ("me", "2023-05-11 13:05", "Fenella, I'd be honoured. Count me in."),
])
C("genuine", "journalist", "en", "journalist wants a quote about high street closures", [
    ("journalist", "2023-04-18 15:02", "Hi Tamsin, I'm writing a piece on Gloucester Road's independent shops after the two closures last month. Would you have 10 minutes for a phone call tomorrow? Happy to come by instead."),
    ("me", "2023-04-18 15:40", "Happy to, come by at 11 and I'll make you a coffee."),
])
C("genuine", "festival", "en", "literary festival invitation to be official bookseller (money talk)", [
    ("festival", "2023-01-25 12:12", "Hi Tamsin, we'd like Wrenfold to be the official bookseller at this year's festival again. Same terms as last year: you keep sales, we take 10% for the venue. 14 events over 3 days. Can we count on you?"),
    ("me", "2023-01-25 18:44", "Yes! Send the author list when ready so I can start ordering."),
])
C("genuine", "intro", "en", "friend intros her to community trust", [
    ("friend_intro", "2023-05-10 10:00", "Tamsin, meet Yusuf — he runs the Redland Community Trust and is looking for a venue for a reading group for refugees learning English. Yusuf, Tamsin owns Wrenfold and has the best upstairs room in Bristol. I'll leave you two to it!"),
    ("intro_target", "2023-05-10 12:30", "Thanks Clem! Tamsin, lovely to meet you. Would weekday mornings work at all?"),
    ("me", "2023-05-10 13:15", "Hi Yusuf! Tuesday and Wednesday mornings are quiet. Let's talk."),
], extra=[])
C("genuine", "customer", "en", "lecturer asks to order course texts for students", [
    ("lecturer", "2023-08-29 17:20", "Hi Tamsin, would you be willing to stock the reading list for my MA module? About 25 students, 6 titles. Last year they all went online and I'd rather they supported you."),
])
C("genuine", "council", "en", "council: high street grant scheme invitation (hard case: offer/funding)", [
    ("council", "2023-06-01 09:00", "Dear Tamsin,\n\nThe council's High Street Renewal fund reopens on 1 July with grants of up to £5,000 for shopfront improvements. Given the work you did on your frontage last year, you might want to apply for the café signage. Happy to talk you through the form.\n\nKind regards,\nMartin Bellweather"),
    ("me", "2023-06-02 10:10", "Thanks Martin, that would really help with the awning. I'll call next week."),
])
C("genuine", "thanks", "en", "thank-you note after event (near duplicate 1)", [
    ("thanks1", "2023-10-13 08:20", "Thank you so much for last night's event, it was wonderful! Already halfway through the book."),
])
C("genuine", "thanks", "en", "congrats on 10th anniversary (near duplicate 2)", [
    ("thanks2", "2023-05-22 19:00", "Congratulations on 10 years of Wrenfold! Gloucester Road wouldn't be the same without you."),
    ("me", "2023-05-22 21:00", "Thank you Owain, means a lot x"),
])
C("genuine", "thanks", "en", "congrats on 10th anniversary (near duplicate 3)", [
    ("thanks3", "2023-05-22 20:15", "Congratulations on 10 years of Wrenfold, Tamsin! The road wouldn't be the same without you. See you at the traders' meeting."),
])
C("genuine", "thanks", "en", "former colleague congratulates on award shortlist", [
    ("old_staff", "2023-02-02 12:00", "Just saw you're shortlisted for Independent Bookshop of the Year (South West)!! So proud. Remember when we were stacking returns in that freezing basement?"),
    ("me", "2023-02-02 12:30", "Haha I still have the chilblains. Thanks Ellie!"),
])
C("genuine", "existing_vendor", "en", "own accountant about VAT return deadline", [
    ("accountant_existing", "2023-07-03 08:45", "Tamsin, VAT quarter ends Friday. Can you send the café till reports separately this time? The zero-rated books and standard-rated coffee got mixed up again."),
    ("me", "2023-07-03 09:20", "Sorry Barnaby! Sending them split tonight."),
])
C("genuine", "owner_started", "en", "owner asks a poet to do a reading", [
    ("me", "2023-03-28 20:10", "Hi Maeve, I loved your reading at the Arnolfini. Would you consider doing a poetry evening at Wrenfold in May? We'd pay a fee of £150 and sell your collection."),
    ("author_owner", "2023-03-29 07:55", "Oh how lovely! Yes, I'd love to. Any date but the 18th."),
    ("me", "2023-03-29 08:30", "Let's say the 25th then."),
])
C("genuine", "landlord", "en", "landlord about rent review (hard: money, meeting)", [
    ("landlord", "2023-09-04 11:00", "Dear Ms Rowe, as per the lease the rent review falls due on 25 December. I'd like to arrange a meeting to discuss the proposed figure. Are you available in the week of the 18th?"),
    ("me", "2023-09-04 14:00", "Dear Geoffrey, the 20th at 10am would suit. Tamsin"),
])
C("genuine", "existing_vendor", "en", "distributor account manager: credit limit, promo on existing account", [
    ("distributor", "2023-10-30 09:30", "Hi Tamsin, I've raised your credit limit to £12k for the Christmas period as discussed. Also FYI our December free-carriage offer applies to your account automatically on orders over £250."),
])
C("genuine", "colleague", "en", "own café lead about rota", [
    ("cafe_staff", "2023-08-18 07:10", "Morning, oven's making that noise again. Called the engineer, he can come at 2. Also can I swap Sunday with Mia?"),
    ("me", "2023-08-18 07:25", "Yes and yes. Thank you x"),
])
C("genuine", "inbound_lead", "en", "event planner wants to hire the café for a wedding reception (asks price)", [
    ("wedding_customer", "2023-07-01 16:00", "Hi! I'm planning a small literary-themed wedding reception for a couple who met in your shop (!!). 35 guests, Saturday 2 September, evening. Do you do private hire and what would it cost roughly?"),
    ("me", "2023-07-01 18:20", "What a story! Yes we do — evening hire is £400 plus catering. Let's chat."),
    ("wedding_customer", "2023-07-02 09:00", "Perfect, I'll call Monday."),
])
C("genuine", "library", "en", "library partnership on reading festival", [
    ("library", "2023-01-20 14:00", "Hi Tamsin, we're planning the Summer Reading Challenge launch and would love Wrenfold to sell the featured books at the Central Library event. Can we talk about it?"),
])
C("genuine", "colleague", "en", "fellow bookseller asks for advice, short", [
    ("old_staff", "2023-11-06 18:30", "Random q: which EPOS do you use? Ours is dying."),
    ("me", "2023-11-06 19:00", "Shelfmark. Not perfect but their support is good. Ask for Callum."),
])
C("genuine", "book_club", "en", "book club lead shares list, brief", [
    ("bookclub_lead", "2023-06-21 10:00", "Here's the summer list for Pippa and the others, sorry it went astray!"),
])
C("genuine", "publisher_rep", "en", "rep invites her to publisher's bookseller evening", [
    ("rep_harrow", "2023-11-20 16:00", "Tamsin, Harrow & Finch are doing a bookseller preview evening in London on 25 Jan — drinks, 4 of our spring authors, and we'll cover train fares for indies. Fancy it?"),
    ("me", "2023-11-20 16:30", "Yes please!"),
])

# ------------------------------------------------------------------ wanted pitches
C("wanted_pitch", "window_artist", "en", "illustrator references her Halloween window, offers Christmas window", [
    ("wp_illustrator", "2023-08-30 09:30", "Thanks for accepting! I meant it — the paper-cut ravens in last October's window were brilliant. I'm an illustrator who paints shop windows with washable chalk paint (did Pieminister and the Cheese Shop on Whiteladies). Would you like a hand-painted Christmas window that ties in with your lead title? Sketches are free; painting starts at £180."),
    ("me", "2023-08-30 11:00", "Ooh. Yes, send me sketches around the Penhallow book — it's set in snow."),
])
C("wanted_pitch", "coffee_supplier", "en", "local roaster visited the café, tailored offer", [
    ("wp_roaster", "2023-09-18 10:15", "Hi Tamsin, I had a flat white and bought a Helen Garner at yours on Saturday (the orange one). I roast 5 minutes away in Cotham and I noticed you only do one house espresso. Would you consider a guest filter each month, with a tasting note card that pairs it with a book of the month? No minimum order — happy to drop a bag in for you to try."),
])
C("wanted_pitch", "ticketing", "en", "ticketing tool referencing her sold-out event and pain with refunds", [
    ("wp_ticketing", "2023-10-20 14:00", "Hi Tamsin — saw that your Idris Penhallow evening sold out and you posted about juggling refunds and the waitlist by hand. We built Quirefold specifically for bookshop events: tickets redeemable against the book, automatic stock reservation in Shelfmark (we integrate) and a waitlist. Three Bristol-area shops use it (Storysmith is one). Worth a 20-min look before your spring launches?"),
    ("me", "2023-10-21 09:00", "The Shelfmark bit is interesting. Send me pricing please."),
    ("wp_ticketing", "2023-10-21 09:30", "Sent to your shop email. 50p per ticket, nothing else."),
])
C("wanted_pitch", "publisher", "en", "small publisher pitches Bristol-set debut launch at her shop", [
    ("wp_publisher", "2023-02-22 12:00", "Hello Tamsin, I run Severn Mouth Press, a two-person publisher in Newport. Our spring debut is a crime novel set on Gloucester Road — the murder literally happens in a bookshop café (fictional, promise). Would you consider hosting the launch? We'd supply stock on sale-or-return and bring wine."),
])
C("wanted_pitch", "joinery", "en", "carpenter saw her post about sagging shelves", [
    ("wp_shelves", "2023-01-16 18:20", "Hi Tamsin, saw your post about the poetry shelves bowing under the Faber hardbacks 😄 I'm a joiner in Easton, I build shop fittings from reclaimed oak. Could fit steel-reinforced shelves in the same style as your existing ones, in a day, shop closed Monday. Happy to pop in and measure."),
])
C("wanted_pitch", "audiobooks", "en", "audiobook affiliate for indies, specific to her web shop", [
    ("wp_audio", "2023-06-07 11:00", "Dear Tamsin, I noticed your web shop sells gift cards but no audiobooks, and your newsletter mentioned customers asking. Earshot is an audiobook platform that shares revenue with independent bookshops — customers pick Wrenfold as their shop and you get a share of every listen. No stock, no setup fee. Would a short intro deck be useful?"),
])
C("wanted_pitch", "local_delivery", "en", "cargo-bike delivery co-op for her online orders", [
    ("wp_cargo", "2023-04-14 09:10", "Hi Tamsin! Jas from Pedal Post — we do same-day cargo-bike delivery in BS postcodes. Your website says local orders ship by Royal Mail in 2–3 days; we could do same day for £3.50 and it fits with the 'Bristol first' line on your About page. Fancy a trial over IBW week?"),
    ("me", "2023-04-14 12:00", "Love this. Let's trial it."),
])
C("wanted_pitch", "accountant", "en", "accountant specialising in shops with cafés (VAT split)", [
    ("wp_accountant", "2023-09-26 15:45", "Hello Tamsin, I read your interview in The Bookseller where you mentioned VAT headaches from running zero-rated books and a standard-rated café under one roof. That split is literally my niche — I look after 9 bookshop-cafés. Not trying to poach you from your accountant; happy to share a free checklist of the common mistakes if helpful."),
])
C("wanted_pitch", "podcast", "en", "indie-bookshop podcast invitation (free, tailored)", [
    ("wp_podcast", "2023-07-18 13:00", "Hi Tamsin, I host Spine Crackers, a podcast about running indie bookshops (episode 41 was with Mr B's in Bath). We'd love an episode on how your café funds your events programme — you mentioned that in the BA newsletter. It's free, recorded remotely, about 40 minutes."),
    ("me", "2023-07-18 15:00", "Sounds fun, yes."),
])
C("wanted_pitch", "merch_printer", "en", "local screen printer offers tote bags with her wren logo", [
    ("wp_tote", "2023-05-03 10:00", "Hi Tamsin, I'm a screen printer in Bedminster. Your little wren logo would look amazing on an organic tote — I've done bags for two Bristol bookshops. 100 bags at £4.20 each, printed locally in 10 days. Mock-up attached if you want to see."),
])
C("wanted_pitch", "storytime", "en", "storyteller proposes Saturday children's storytime referencing her kids' corner", [
    ("wp_storytime", "2023-03-13 17:00", "Hello! I run interactive storytelling for under-7s. My daughter loves your children's corner with the reading tent. Would you like a monthly Saturday storytime? I charge £60 a session; families usually buy the book we read."),
])
C("wanted_pitch", "ebook_tool", "en", "tool to sell ebooks via her existing web shop, mentions her platform", [
    ("wp_ebooks", "2023-11-02 09:00", "Hi Tamsin — your web shop runs on Inkpot's Woo build, right? We make a plug-in that lets indies sell DRM-free ebooks from small presses directly in WooCommerce. Severn Mouth Press and Lantern Street are on it already, so your existing reps' lists would be available. Free for shops, publishers pay the fee."),
])

# ------------------------------------------------------------------ junk
C("junk", "seo_agency", "en", "fluent SEO pitch naming the shop", [
    ("j_seo", "2023-02-08 09:00", "Hi Tamsin, I searched 'bookshop Bristol' and Wrenfold Books & Café is on page 2 — behind three chains! We've helped 200+ local businesses hit the top 3 on Google Maps in 90 days, guaranteed. Can I send you a free audit?"),
    ("j_seo", "2023-02-15 09:00", "Hi Tamsin, just following up on my last message. Did you get a chance to look?"),
])
C("junk", "social_media", "en", "generic social media management pitch", [
    ("j_social", "2023-03-02 13:33", "Hey! 👋 Running a business is hard enough without having to post on Instagram every day. We create 30 days of scroll-stopping content for just £299/month. Interested?"),
])
tpl_texts = [
    ("tpl1", "2023-03-14 08:40", "Love what you're building at Wrenfold Books! We help independent retailers turn foot traffic into online sales — usually 3x in the first quarter. Open to a quick chat this week?"),
    ("tpl2", "2023-04-06 10:02", "Hi Tamsin, love what you're building at Wrenfold Books & Café! We help local shops turn their Instagram followers into online revenue — often triple within 90 days. Open to a quick call this week?"),
    ("tpl3", "2023-05-02 12:15", "Thanks for connecting Tamsin. Love what you're building at Wrenfold! We help bricks-and-mortar stores turn browsers into online buyers, typically 3x in a quarter. Would you be open to a quick chat?"),
    ("tpl4", "2023-08-23 15:51", "Hi Tamsin! Love what you're building at Wrenfold Books. We help independent retailers turn in-store customers into online sales (3x in 90 days on average). Got 15 minutes this week?"),
]
for key, when, text in tpl_texts:
    C("junk", "template_campaign", "en", f"same ecommerce-growth template from several senders ({key})", [(key, when, text)])
C("junk", "template_campaign", "en", "same ecommerce-growth template from several senders (tpl5, spun)", [
    ("tpl5", "2023-10-03 09:25", "Hey Tamsin — love what you're building over at Wrenfold Books & Café. We help indie shops turn local footfall into online orders (most clients see 3x within a quarter). Open to a quick chat later this week?"),
])
C("junk", "paid_feature", "en", "paid magazine feature", [
    ("j_feature", "2023-08-08 15:00", "Hi Tamsin, our editorial team has shortlisted you for a profile in Elite Founders Magazine's 'Women Redefining Retail' issue. Profiles are part of our partner programme (from £950). Shall I reserve your page?"),
])
C("junk", "web_design", "en", "fluent website-speed pitch naming the shop's site", [
    ("j_webspeed", "2023-03-30 08:05", "Hi Tamsin, I ran wrenfoldbooks through PageSpeed and it scores 41 on mobile. That's probably costing Wrenfold Books & Café sales every day. I rebuild sites for small businesses from £1,499 — want me to send a free video walkthrough of the issues?"),
])
C("junk", "capacity", "en", "'do you have capacity for new clients' referral-network pitch", [
    ("j_capacity", "2023-09-29 12:40", "Hi Tamsin, quick question: do you have capacity for new clients right now? We connect service providers with businesses actively looking to hire. Members get 10-15 warm referrals a month. Worth a chat?"),
])
C("junk", "event_platform", "en", "generic event platform pitch, not tailored", [
    ("j_events", "2023-11-08 10:00", "Hi there, do you organise events? EventSpark is the all-in-one platform for conferences, webinars and trade shows. Book a demo today and get 20% off your first year."),
])
C("junk", "merge_tag", "en", "merge tag failure {first_name}", [
    ("j_merge1", "2023-04-25 07:30", "Hi {first_name}, I noticed {company_name} is growing fast. We book 20+ qualified sales meetings a month for companies like yours. Worth a chat?"),
])
C("junk", "merge_tag", "en", "card terminal pitch with [Business Name] placeholder", [
    ("j_merge2", "2023-05-30 11:11", "Hi Tamsin, are you still paying too much for card payments at [Business Name]? We cut transaction fees by up to 40% for retailers. Can I send a no-obligation comparison?"),
])
C("junk", "merge_tag", "en", "wrong name and company in VA pitch", [
    ("j_merge3", "2023-07-12 05:45", "Dear Rebecca,\n\nI hope this finds you well. As the CEO of Harbour Dental Group you must be very busy. Our virtual assistants can take over admin, scheduling and bookkeeping from just $8/hour. Shall we schedule a call?\n\nRegards,\nRavi"),
])
C("junk", "merge_tag", "en", "coffee machine leasing with wrong shop name", [
    ("j_merge4", "2023-06-19 10:40", "Hi Tamsin, quick one — is The Daily Grind Coffee House still using a rented espresso machine? We lease commercial machines from £15/week. Free install!"),
])
C("junk", "crypto", "en", "crypto passive income", [
    ("j_crypto", "2023-05-08 22:10", "Hello dear, how are you? I came across your profile and you seem like a hardworking woman. Have you heard about crypto arbitrage? I made £4,000 last month with only 1 hour a day. I can show you how 😊"),
    ("j_crypto", "2023-05-10 21:00", "Hello? Are you there?"),
], folder="SPAM")
C("junk", "mlm", "en", "MLM wellness pitch", [
    ("j_mlm", "2023-01-30 20:45", "Hiya lovely!! 💕 I've just launched my own business from my kitchen table and I'm looking for 3 boss babes to join my team this month. No experience needed! Would you be open to hearing more? xx"),
])
C("junk", "paid_award", "en", "paid award nomination", [
    ("j_award", "2023-06-27 09:00", "Congratulations Tamsin! Wrenfold Books & Café has been selected as a winner in the 2023 UK Retail Excellence Awards (South West). To confirm your award and receive your trophy, winners' pack and digital badge, a one-off administration fee of £495 + VAT applies. Please confirm by Friday."),
])
C("junk", "paid_podcast", "en", "paid podcast feature", [
    ("j_podcast", "2023-09-05 16:00", "Hi Tamsin, we'd love to feature you on Business Leaders Spotlight, reaching 250k entrepreneurs. Our featured guest package starts at $1,200 and includes a full episode and a magazine profile. Interested in securing a spot?"),
])
C("junk", "recruiting_spam", "en", "unrelated recruiting", [
    ("j_recruit", "2023-04-11 12:30", "Hi Tamsin, I have an exciting opportunity for a Senior Java Developer (Spring Boot, Kafka) with a leading fintech in London, £95k + bonus. Your profile looks like a great match! Are you open to new opportunities?"),
])
C("junk", "like_minded", "en", "like-minded entrepreneurs then call", [
    ("j_connect", "2023-06-12 19:40", "Thanks for connecting Tamsin! Always great to meet fellow entrepreneurs. I help business owners scale to 7 figures without burning out. Would love to jump on a quick 15-min call to see if there's synergy?"),
])
C("junk", "connect_then_pitch", "en", "small talk then ghostwriting pitch", [
    ("j_ctp", "2023-07-03 10:30", "Hi Tamsin, thanks for connecting! How's your week going?"),
    ("me", "2023-07-03 12:00", "Busy but good, thanks!"),
    ("j_ctp", "2023-07-05 09:00", "Glad to hear! Quick question — have you ever thought about writing a book about your business journey? We ghostwrite books for founders that turn them into thought leaders. Packages from £8,000. Can I share a few examples?"),
])
C("junk", "connect_then_pitch", "en", "energy broker connect then pitch with bump", [
    ("j_ctp2", "2023-02-06 09:30", "Hi Tamsin, great to connect with another Bristol business owner."),
    ("j_ctp2", "2023-02-08 10:00", "With energy prices the way they are, I'm helping local businesses fix their rates for 3 years. Do you know when your current contract ends?"),
    ("j_ctp2", "2023-02-20 10:00", "Hi Tamsin, just circling back on this."),
])
C("junk", "connect_then_pitch", "en", "AI chatbot connect-then-pitch", [
    ("j_ctp3", "2023-09-11 17:00", "Hey Tamsin, your shop looks so cosy! Do you sell much online?"),
    ("j_ctp3", "2023-09-13 08:30", "Asking because our AI concierge answers customer questions 24/7 on your website and books appointments automatically. Businesses like yours see 35% more conversions. Can I show you a 10-min demo?"),
])
C("junk", "lead_gen", "en", "lead gen appointment setting", [
    ("j_leadgen", "2023-01-18 14:00", "Tamsin — what would 30 extra qualified appointments per month do for your business? We run done-for-you outbound. Pay only for results. Quick call Thursday?"),
])
C("junk", "business_loan", "en", "merchant cash advance", [
    ("j_loan", "2023-10-09 08:00", "Hi Tamsin, need working capital for the Christmas season? Get up to £150,000 based on your card takings, approval in 24 hours. No credit checks. Reply YES for details."),
], folder="SPAM")
C("junk", "reviews", "en", "buy Google reviews", [
    ("j_reviews", "2023-08-01 11:20", "Boost your Google rating today! 50 genuine 5⭐ reviews for your business from £99. Fast, safe, and permanent."),
], folder="SPAM")
C("junk", "coaching", "en", "exec coaching irrelevant", [
    ("j_coach", "2023-03-27 07:15", "Hi Tamsin, as a leader, are you feeling overwhelmed? My 12-week Thrive programme helps executives reclaim their time and lead with purpose. I have 2 spots left this quarter — would you like one?"),
])
C("junk", "property", "en", "property investment", [
    ("j_property", "2023-05-17 18:00", "Hi Tamsin, we have exclusive off-market buy-to-let opportunities in Manchester yielding 9% net. Minimum investment £40k. Shall I send the brochure?"),
])
C("junk", "video", "en", "video production template", [
    ("j_video", "2023-06-06 10:10", "Hi Tamsin, video is 12x more likely to be shared than text. We create brand videos that convert for businesses of every size. Can I send our showreel?"),
    ("j_video", "2023-06-13 10:10", "Hi Tamsin, bumping this up in case it got buried!"),
    ("j_video", "2023-06-27 10:10", "Last try — should I close your file?"),
])
C("junk", "linkedin_growth", "en", "LinkedIn growth services", [
    ("j_linkedin", "2023-02-13 21:00", "Your LinkedIn profile has so much potential! I help business owners get 10k followers and 50 inbound leads per month. Want me to audit your profile for free?"),
])
C("junk", "franchise", "en", "coffee franchise opportunity (irrelevant)", [
    ("j_franchise", "2023-04-03 09:45", "Hello Tamsin, have you ever considered owning a Bean & Brew franchise? With proven systems and full training, our franchisees achieve ROI within 18 months. Investment from £75k. Let's arrange a discovery call."),
])
C("junk", "follow_up_bump", "en", "inventory analytics bumps without context", [
    ("j_bump", "2023-09-20 14:00", "Hi Tamsin, following up on my email about Stocklytics. Did you have a chance to review?"),
    ("j_bump", "2023-09-27 14:00", "Hi Tamsin, bumping this to the top of your inbox 🙂"),
    ("j_bump", "2023-10-04 14:00", "Hi Tamsin, I haven't heard back so I'll assume the timing isn't right. Should I reach out next quarter?"),
])
C("junk", "shopfitting", "en", "generic shopfitting template for 'retail brand'", [
    ("j_fitout", "2023-07-25 11:00", "Dear Business Owner,\n\nCalder Shopfitting delivers turnkey retail interiors for leading high street brands, from concept to completion. We'd welcome the opportunity to discuss your upcoming store rollout. Please find our brochure attached.\n\nKind regards,\nDean Calder"),
])
C("junk", "sponsored_inmail", "en", "Sponsored InMail business credit card", [
    ("sp_card", "2023-03-09 12:00", "<p>Hi Tamsin,</p><p>Small business owners like you deserve more. Get 1.5% cashback on every purchase with the Northwall Business Card &mdash; no annual fee for the first year.</p><p><a href='#'>Apply now</a></p>"),
], title="Sponsored Conversation", subject="Earn cashback on every business purchase")
C("junk", "sponsored_inmail", "en", "Sponsored InMail executive MBA", [
    ("sp_mba", "2023-07-28 12:00", "<p>Dear Tamsin,</p><p>Ready to take the next step in your career? The Kingsbridge Executive MBA fits around your schedule. Applications for January close soon.</p>"),
], title="Sponsored Conversation", subject="Your Executive MBA journey starts here")
C("junk", "sponsored_inmail", "en", "Sponsored InMail accounting software", [
    ("sp_soft", "2023-10-16 12:00", "<p>Hi Tamsin, still doing your books in spreadsheets? LedgerLeaf automates invoicing, VAT and payroll. Try it free for 60 days.</p>"),
], title="Sponsored Conversation", subject="60 days free: accounting made simple")
C("junk", "recruiting_spam", "en", "generic 'capacity' pitch from freelance recruiter (irrelevant)", [
    ("j_recruit", "2023-11-14 09:00", "Hi Tamsin, are you hiring this quarter? We have a pool of pre-vetted software engineers available immediately. Do you have capacity to take on new team members?"),
])

ex.write(Path(__file__).resolve().parents[1] / SLUG, {
    "First Name": "Tamsin", "Last Name": "Rowe",
    "Headline": "Owner, Wrenfold Books & Café | Independent bookselling on Gloucester Road, Bristol",
    "Summary": "Independent bookshop and café since 2013. Author events, book clubs, school orders, and very good cake.",
    "Industry": "Retail", "Geo Location": "Bristol, England, United Kingdom", "Zip Code": "BS7",
    "Websites": "[OTHER:https://wrenfoldbooks.example]",
}, [
    {"Company Name": "Wrenfold Books & Café", "Title": "Owner", "Description": "Independent bookshop with café and events space.", "Location": "Bristol", "Started On": "May 2013"},
    {"Company Name": "Foyle & Co", "Title": "Assistant Manager", "Location": "Bath", "Started On": "Sep 2007", "Finished On": "Apr 2013"},
], ["Bookselling", "Event Planning", "Retail Management", "Hospitality", "Children's Literature"])
print(ex.summary())

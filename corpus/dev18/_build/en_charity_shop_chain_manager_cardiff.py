"""dev18 persona (written blind as heldout24, session 4): Persona heldout24 / en-charity-shop-chain-manager-cardiff (written blind, session 4).

Carys Pritchard runs retail operations for the 14 second-hand shops of Ffynnon Hospice Trust,
an invented Welsh charity, from the sorting hub in Tremorfa, Cardiff. Export layout 2024.
Every person, company and message here is invented and written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-charity-shop-chain-manager-cardiff"
OUT = HERE.parents[1] / SLUG

owner = Person("me", "Carys Pritchard", "https://www.linkedin.com/in/carys-pritchard-ffynnon",
               "Ffynnon Hospice Trust", "Head of Retail Operations")
ex = Export(SLUG, "2024", owner)
P = ex.person
C = ex.conv

# ------------------------------------------------------------------ people
# colleagues, shop managers, volunteers
P("bethan", "Bethan Lloyd", "Ffynnon Hospice Trust", "Shop Manager, Roath", connected="2017-03-14")
P("dai", "Dai Morgan", "Ffynnon Hospice Trust", "Shop Manager, Barry", connected="2019-06-02")
P("gareth", "Gareth Rees-Evans", "Ffynnon Hospice Trust", "Head of Fundraising", connected="2018-01-09")
P("nia", "Nia Whitfield", "Ffynnon Hospice Trust", "Volunteer Coordinator", connected="2020-09-21")
P("owain", "Owain Jenkins", "Ffynnon Hospice Trust", "Finance Director", connected="2018-02-11")
P("lowri", "Lowri Bevan", "Ffynnon Hospice Trust", "Shop Manager, Penarth", connected="2021-04-30")
P("sian", "Siân Prosser", "Ffynnon Hospice Trust", "Shop Manager, Pontypridd", connected="2022-08-15")
P("emyr", "Emyr Thomas", "Ffynnon Hospice Trust", "Trustee, Retail Committee Chair", connected="2019-11-05")
P("vol_jan", "Janet Harries", "Volunteer", "Volunteer, Whitchurch shop", connected="2023-05-20")
P("vol_tom", "Tomos Price", "Cardiff Metropolitan University", "Student", connected="2024-10-02")
P("vol_pat", "Pat O'Leary", "", "Retired / volunteer", connected="2022-02-14")
P("vol_meg", "Megan Driscoll", "", "Volunteer, Canton", connected="2023-11-12")
P("vol_raj", "Raj Bhandari", "Bhandari Pharmacy", "Pharmacist", connected="2021-07-19")
# vendors and partners
P("tillwise", "Hannah Cole", "Tillwise EPOS", "Account Manager", connected="2020-03-03")
P("penrhyn", "Rhodri Penrhyn", "Penrhyn Shopfitting Ltd", "Director", connected="2019-08-27")
P("ragman", "Kevin Doyle", "Doyle Textile Recovery", "Commercial Manager", connected="2018-05-16")
P("vanlease", "Alison Marsh", "Severn Fleet Leasing", "Business Development Manager", connected="2021-12-01")
P("council", "Geraint Hughes", "Cardiff Council", "Business Rates Officer", connected="2020-01-22")
P("council2", "Ffion Daniels", "Vale of Glamorgan Council", "Waste Strategy Officer", connected="2023-03-09")
P("estate", "Mark Jeffries", "Jeffries & Lane Estate Agents", "Lettings Director", connected="2024-02-28")
P("theatre", "Eleri Vaughan", "Bay Street Theatre Company", "Costume Supervisor")
P("school", "Rachel Ormond", "Ysgol Glan Dŵr", "Head of Drama")
P("peer", "Sunita Khatri", "Gwent Animal Rescue Shops", "Retail Manager", connected="2020-10-10")
P("peer2", "Huw Maddox", "Valleys Mind Charity Shops", "Area Manager", connected="2022-05-05")
P("recruit", "Joanna Pierce", "Third Sector Talent Wales", "Senior Consultant", connected="2024-06-11")
P("applicant", "Kelly Ann Roberts", "Sue Ryder", "Assistant Shop Manager")
P("dofe", "Ethan Pugh", "Cathays High School", "Student")
P("journo", "Sam Ferris", "The Cardiff Post", "Business Reporter")
P("radio", "Catrin Edwards", "Radio Bae", "Producer", connected="2021-09-17")
P("network", "Alun Griffiths", "Charity Shops Cymru Network", "Coordinator", connected="2019-04-04")
P("uni", "Dr Helen Marsh", "Cardiff University", "Sustainability Officer")
P("mentor", "Linda Beaumont", "", "Retired, formerly Regional Manager at Morgans Department Store",
  connected="2014-07-01")
P("exco", "Pete Saunders", "Castle Arcade Retail Group", "Operations Director", connected="2016-02-19")
P("corpvol", "Imogen Hale", "Atlantic Wharf Insurance", "CSR Lead")
P("dissert", "Anwen Lewis", "Swansea University", "MSc student, Sustainable Retail")
P("congr1", "Delyth Harris", "Volunteer", "Volunteer, Llandaff", connected="2022-09-01")
P("congr2", "Mo Aziz", "Volunteer", "Volunteer, Splott", connected="2024-01-15")
P("congr3", "Gwen Parry", "Volunteer", "Volunteer, Cowbridge", connected="2021-03-03")
P("donor", "Richard Lusk", "", "Retired engineer")
# wanted pitches
P("w_sort", "Fiona McAllister", "Sortline Systems", "Founder")
P("w_giftaid", "Jonah Whitlock", "GiftTrail", "Co-founder", connected="2024-10-22",
  invite=("IN", "2024-10-22 17:05", "We met briefly after your session in Llandudno - would love to stay in touch."))
P("w_window", "Ceri Ann Walters", "Ceri Walters Visual", "Freelance Visual Merchandiser")
P("w_route", "Daniel Okafor", "Loadstar Routing", "Account Executive")
P("w_ebay", "Tess Harding", "Second Lot", "Founder")
P("w_fit", "Marcus Bell", "Tafwys Interiors", "Project Director")
P("w_dash", "Priya Nair", "Tilldata", "Product Lead")
P("w_headhunt", "Graham Oakes", "Oakes Charity Search", "Partner", connected="2024-07-03",
  invite=("IN", "2024-07-03 08:40", "Carys - hoping to speak about a Director of Retail brief in Bristol."))
P("w_rota", "Liam Carey", "Shiftwell", "Founder")
P("w_pat", "Bryn Howells", "Howells Electrical Testing", "Owner")
P("w_photo", "Zoe Tranter", "Flatlay Studio", "Product Photographer")
P("w_insta", "Maisie Cole-Jones", "", "Content creator, @maisiethrifts")
# junk senders
P("j_seo", "Tyler Brooks", "RankRocket Digital", "Growth Consultant")
P("j_crypto", "Darren Vickers", "", "Financial Freedom Coach")
P("j_clear", "Leon Fisher", "ClearAway Homes", "Owner")
P("j_capacity", "Mandy Sloane", "ConsultLink", "Partnerships")
P("j_likeminded", "Brandon Kaye", "Kaye Ventures", "Serial Entrepreneur | Investor | Speaker")
P("j_15min", "Simon Tarrant", "Margin Partners", "Cost Reduction Specialist")
P("j_ctp1", "Owen Tilsley", "MerchMind", "Retail Solutions",
  connected="2024-03-11", invite=("IN", "2024-03-11 09:02", ""))
P("j_ctp2", "Claire Dunmore", "PayEasy Outsourcing", "Client Director",
  connected="2024-05-20", invite=("IN", "2024-05-20 12:30", "Hi Carys, lovely to connect with another Cardiff professional!"))
P("j_ctp3", "Victor Lane", "Ascend Leadership", "Executive Coach",
  connected="2024-08-05", invite=("IN", "2024-08-05 07:45", ""))
P("j_ctp4", "Kieran Walsh", "Walsh Mortgage Solutions", "Mortgage Adviser",
  connected="2024-11-18", invite=("IN", "2024-11-18 19:10", "Fellow Cardiffian here!"))
P("j_bump1", "Jade Merritt", "Lumen Signage", "Sales Executive")
P("j_bump2", "Callum Frost", "Staffora", "Business Development")
P("j_tpl1", "Ryan Hollis", "CostCut AI", "Business Development Rep")
P("j_tpl2", "Amber Stokes", "Fynlo Procurement", "Account Executive")
P("j_tpl3", "Nathan Price", "SpendSense", "SDR")
P("j_tpl4", "Georgia Lamb", "Procuro", "Partnerships Manager")
P("j_tpl5", "Iestyn Rowlands", "Arbed Costau Cyf", "Datblygu Busnes / Business Development")
P("j_merge1", "Lucy Arden", "Brightpath Training", "Learning Consultant")
P("j_merge2", "Jordan Miles", "ShopGuard CCTV", "Sales Manager")
P("j_merge3", "Hayley Burton", "Evergreen Energy Brokers", "Energy Consultant")
P("j_merge4", "Marco Ricci", "Ricci Packaging", "Export Sales")
P("s_mba", "Westbridge Business School", "Westbridge Business School", "",
  url="https://www.linkedin.com/company/westbridge-business-school")
P("s_card", "Fairway Business Cards", "Fairway Bank", "",
  url="https://www.linkedin.com/company/fairway-bank-business")
P("s_webinar", "Ledgerly", "Ledgerly", "", url="https://www.linkedin.com/company/ledgerly-hq")
P("j_award", "Samantha Greaves", "Welsh Retail Excellence Awards", "Awards Director")
P("j_podcast", "Dean Hartley", "Third Sector Voices Podcast", "Host & Producer")
P("j_mag", "Olivia Pratt", "Charity Leaders Quarterly", "Features Editor")
P("j_fluent", "Hugo Maitland", "Omnivox", "Enterprise Account Director")
P("j_fit", "Stuart Kemble", "Kemble Retail Fitouts", "Sales Director")
P("j_giftaid", "Ellie Foster", "DonorBoost", "Growth Manager")
P("j_fleet", "Adam Wright", "TrackFleet Pro", "Account Manager")
P("j_recruit", "Priyanka Shah", "Nexus Tech Talent", "Recruitment Consultant")
P("j_photo", "Becky Lowe", "SnapListings", "Sales")
P("j_solar", "Gary Dunn", "SunSave Homes", "Home Energy Adviser")
P("j_wine", "Charles Wetherby", "Vintage Cellar Investments", "Portfolio Manager")
P("j_books", "Faisal Qureshi", "BalanceBooks Online", "Client Success")
P("j_va", "Joy Santos", "Remote Assist Global", "Business Development")
P("j_app", "Vikram Rao", "AppForge Studios", "Business Head")
P("j_resell", "Stacey Byrne", "Preloved Bundles UK", "Wholesale")
P("j_ecom", "Tom Ashcroft", "ThriftCart", "Founder")

# ------------------------------------------------------------------ genuine
C("genuine", "shop_manager_rota", "en", "long-standing shop manager, rota gap over half term", [
    ("bethan", "2024-02-12 08:41", "Morning Carys, bit of a nightmare here - two of my Saturday volunteers are off with the flu and Janet is in Tenby all half term. Any chance we could borrow someone from Whitchurch for the 17th?"),
    ("me", "2024-02-12 09:15", "Morning! Ugh, poor them. I'll ask Nia, I think Whitchurch has a couple of students who want extra hours. Leave it with me"),
    ("bethan", "2024-02-12 09:16", "You're a star x"),
    ("me", "2024-02-12 14:02", "Sorted - Megan from Canton can do 10 till 4 and Nia's finding one more. Can you make sure the till float is done before she arrives, she's not used to the Roath till yet."),
    ("bethan", "2024-02-12 14:20", "Will do. Diolch!"),
])
C("genuine", "volunteer_onboarding", "en", "volunteer coordinator, DBS checks for new volunteers", [
    ("nia", "2024-03-04 10:05", "Hi Carys, quick one. The six new volunteers for the furniture warehouse - do they all need basic DBS or only the two doing the house collections? Policy says 'lone working' but none of them would actually be alone."),
    ("me", "2024-03-04 11:30", "Only the collection crew, they go into people's homes. Warehouse ones just need the induction and the manual handling session. Can you book them in for the 18th?"),
    ("nia", "2024-03-04 11:34", "Perfect, will do. I'll send the list to HR today."),
])
C("genuine", "fundraising_collab", "en", "fundraising team, Christmas appeal posters in all 14 shops", [
    ("gareth", "2024-10-28 16:12", "Carys, the Light Up a Life posters are back from the printers. 3 per shop + counter cards. Can your van take them round on the Thursday run or do I need to do a tour of South Wales myself?"),
    ("me", "2024-10-28 16:40", "Van can take them, drop them at Tremorfa by Wednesday 3pm. I'll warn the managers. Do you want the counter cards next to the tills or in the window?"),
    ("gareth", "2024-10-28 16:45", "Tills please - that's where people ask. Thanks, I owe you a coffee"),
    ("me", "2024-10-28 16:46", "You owe me about twelve coffees by now"),
])
C("genuine", "vendor_price_change", "en", "existing EPOS vendor announcing a licence price increase (hard case: price talk from a real supplier)", [
    ("tillwise", "2024-11-05 09:00", "Hi Carys, I wanted to let you know personally before the formal letter arrives. From 1 April 2025 our per-till licence goes from £39 to £44 a month. For Ffynnon that's 19 tills, so roughly £95 a month extra. Charity customers who renew for 24 months before 31 January keep the current rate for the first year. Happy to talk it through whenever suits."),
    ("me", "2024-11-05 12:17", "Thanks for the heads up Hannah, appreciated. I'll need to take it to Owain in finance. Can you send the 24-month terms in writing so I can put it to him?"),
    ("tillwise", "2024-11-05 12:40", "Of course, I'll email them over today. And the Gift Aid module stays included, no change there."),
])
C("genuine", "quote_requested_by_owner", "en", "owner asked her shopfitter for a quote on the Penarth refit (hard case: quote, price)", [
    ("me", "2024-04-08 08:55", "Hi Rhodri, hope all's well. We've got the go-ahead to refit Penarth in the summer - new counter, slatwall on the long wall and the changing room moved to the back. Could you come and measure up and give me a quote? Budget is tight as ever, around 12k."),
    ("penrhyn", "2024-04-08 13:20", "Hiya Carys, good to hear from you. Yes no problem, I can do Thursday morning at Penarth, about 9? 12k for that scope should be doable if we reuse the existing lighting track."),
    ("me", "2024-04-08 13:41", "Thursday 9 is great, Lowri will be there to open up."),
    ("penrhyn", "2024-04-15 17:02", "Quote sent to your email - £11,480 + VAT, 6 working days, shop closed for 4 of them. Let me know if you want to shave anything off."),
    ("me", "2024-04-16 09:10", "Thanks Rhodri, looks fair. Trustees meet on the 24th, I'll come back to you after that."),
])
C("genuine", "council_business_rates", "en", "council officer on charitable rate relief renewal for new Splott shop", [
    ("council", "2024-06-19 11:22", "Good morning Ms Pritchard, I'm handling the mandatory relief application for the Splott Road unit. We're missing the lease start date and a copy of the charity registration. Could you send these to the rates inbox quoting the reference on the letter? Kind regards, Geraint Hughes"),
    ("me", "2024-06-19 12:05", "Thank you Geraint, I'll get both sent over this afternoon. Lease started 3 June."),
    ("council", "2024-06-21 09:40", "Received, thank you. The relief will be backdated to 3 June, you'll get the amended bill within two weeks."),
])
C("genuine", "donor_furniture", "en", "donor offering a house full of furniture, asks about collection", [
    ("donor", "2024-07-02 19:48", "Hello, I hope you don't mind me messaging you here, your name was on the leaflet in the Cowbridge shop. My late wife was cared for by Ffynnon nurses and I'm now moving into a flat. There's a dining table, sideboard, two wardrobes and a lot of books. Is this something you would collect?"),
    ("me", "2024-07-03 08:30", "Dear Richard, I'm so sorry for your loss, and thank you for thinking of us. Yes, we'd be very glad to collect. Could you send me a couple of photos of the furniture (we need to check the fire labels on anything upholstered) and your postcode? Our Vale van is out on Tuesdays."),
    ("donor", "2024-07-03 10:15", "Thank you. I will get my son to take the photos at the weekend. It's CF71."),
    ("donor", "2024-07-07 18:02", "Photos sent to the email address on your leaflet. No upholstered items, it's all solid wood."),
    ("me", "2024-07-08 09:12", "Lovely, got them - beautiful pieces. I've booked you in for Tuesday 16th, the crew will ring that morning. Thank you again."),
])
C("genuine", "inbound_buyer", "en", "theatre costume department wants to BUY a bulk lot of 1970s clothing (hard case: inbound lead, prices)", [
    ("theatre", "2024-09-09 14:33", "Hi Carys, I'm costume supervisor for Bay Street Theatre. We're doing a 1970s piece in February and need a lot of period menswear - suits, wide collars, knitwear, maybe 60-80 pieces. A friend said your Tremorfa hub sorts vintage separately. Would you sell to us in bulk, and roughly what would that cost? We can collect."),
    ("me", "2024-09-09 15:10", "Hi Eleri, what a fun project! Yes, we do hold vintage back for the eBay shop and the Roath vintage rail. We've sold bulk lots to a film company before. Let me get the team to pull what we have - I'd guess something like £8-12 a piece depending on condition, less for knitwear. Could you come to Tremorfa to choose?"),
    ("theatre", "2024-09-09 15:45", "That sounds very reasonable. Could I come on the 19th with my assistant? Also can we pay by invoice, our finance team hates card payments."),
    ("me", "2024-09-09 16:02", "19th is fine, morning is best. Invoice is no problem, I'll set you up as a trade customer."),
])
C("genuine", "peer_joint_offer", "en", "peer at another charity retailer proposes a joint rag contract / Second Hand September pop-up (hard case: joint offer, prices)", [
    ("peer", "2024-05-14 20:01", "Hi Carys! Been thinking after the network meeting. Our rag price from the merchant has dropped to £120 a tonne and I bet yours has too. If Gwent Animal Rescue and Ffynnon put our textiles together we'd be ~300 tonnes a year and could tender it properly. Also fancy a joint pop-up for Second Hand September in St David's? Split costs 50/50?"),
    ("me", "2024-05-15 07:55", "Sunita I love this. Ours is £135 but Kevin has already hinted it's going down. Joint tender makes loads of sense - we'd need our finance people to agree how to split the income though. Pop-up: yes! Let's have a call next week?"),
    ("peer", "2024-05-15 08:20", "Tuesday 2pm? I'll bring numbers."),
    ("me", "2024-05-15 08:31", "Tuesday 2pm, booked."),
])
C("genuine", "recruiter_engaged", "en", "recruiter the owner hired for an Area Manager vacancy, sending shortlist and fee (hard case: recruiter, fees)", [
    ("me", "2024-06-11 10:00", "Hi Joanna, thanks for the call this morning. As discussed, we're recruiting an Area Manager for the western shops (Bridgend, Cowbridge, Llantwit, Barry, Penarth). Salary £32-34k plus car allowance. Job description attached in the email."),
    ("recruit", "2024-06-11 10:45", "Thanks Carys, received. Our fee for charity clients is 12% of first-year salary, 50% on shortlist, 50% on start. I'll confirm in writing. Aiming to have a shortlist for you in two weeks."),
    ("recruit", "2024-06-26 16:30", "Shortlist of four sent over. Two from charity retail, one from a high street chain, one internal-ish (an assistant manager at Sue Ryder). My favourite is candidate B but keen to hear your views."),
    ("me", "2024-06-27 09:05", "Great, thank you. Agree on B, and I'd like to meet D as well. Can we do interviews on 4 July at Tremorfa?"),
])
C("genuine", "applicant", "en", "applicant for the Bridgend shop manager vacancy", [
    ("applicant", "2024-08-20 21:14", "Dear Carys, I've just applied for the Shop Manager role in Bridgend through your website but wanted to introduce myself too. I've been assistant manager at a Sue Ryder shop in Port Talbot for three years, I do the rotas and Gift Aid admin and I've run the shop on my own for a while during maternity cover. I live in Bridgend so it would be amazing to work locally. Thank you for reading! Kelly"),
    ("me", "2024-08-21 08:20", "Hi Kelly, thanks for getting in touch, I've seen your application come through. Shortlisting is on Friday and we'll be in touch either way early next week. Good luck!"),
    ("applicant", "2024-08-21 08:34", "Thank you so much!"),
])
C("genuine", "work_experience", "en", "DofE student asking to volunteer", [
    ("dofe", "2024-09-30 17:20", "hi, im doing my duke of edinburgh silver and need to volunteer for 6 months. my mum said to ask you. could i help in the cathays shop on saturdays? im 15"),
    ("me", "2024-09-30 18:05", "Hi Ethan, of course! We'd love to have you. At 15 we need a parent to sign the form - I'll send it to the shop and you can pick it up from Sue, the manager there. Saturday mornings work well."),
    ("dofe", "2024-09-30 18:09", "thanks!! will go saturday"),
])
C("genuine", "press_enquiry_spam_folder", "en", "genuine journalist request that landed in the SPAM folder", [
    ("journo", "2024-12-03 11:02", "Hi Carys, I'm writing a piece for the Cardiff Post on the rise of charity shops as people cut back this Christmas. Ffynnon's shops came up twice from readers. Would you be able to give me a few lines on footfall and what people are buying this year? Deadline is Thursday lunchtime. Thanks, Sam"),
], folder="SPAM")
C("genuine", "radio_interview", "en", "local radio producer, known contact, booking interview", [
    ("radio", "2024-11-25 13:10", "Hiya Carys! Are you free to come on the morning show on 9 Dec again? Same as last year - 10 mins about Christmas shopping in charity shops, maybe bring a weird donation for the presenter to guess."),
    ("me", "2024-11-25 13:44", "Ha yes I'm in. I have the perfect thing - someone donated a taxidermy badger wearing a bow tie last week."),
    ("radio", "2024-11-25 13:46", "PERFECT. 8:20 at the studio, I'll send the details."),
])
C("genuine", "thanks_after_event", "en", "volunteer thank-you after the volunteer celebration evening (near duplicate 1/3)", [
    ("congr1", "2024-06-07 22:15", "Thank you so much for tonight Carys, it was a lovely evening. Never thought I'd get a certificate for pricing jumpers! Llandaff team had a great time."),
])
C("genuine", "thanks_after_event", "en", "volunteer thank-you after the volunteer celebration evening (near duplicate 2/3)", [
    ("congr2", "2024-06-07 22:40", "Thanks for a lovely evening Carys, really enjoyed it. Great to meet volunteers from the other shops. Splott team says thank you too!"),
    ("me", "2024-06-08 09:02", "Thank you Mo, and welcome to the family - Splott's been a brilliant start."),
])
C("genuine", "thanks_after_event", "en", "volunteer thank-you after the volunteer celebration evening (near duplicate 3/3)", [
    ("congr3", "2024-06-08 08:12", "Morning Carys, just wanted to say thank you for last night, it was such a lovely evening and lovely to be thanked. Cowbridge team all enjoyed it. Gwen"),
])
C("genuine", "owner_started_advice", "en", "owner asks a former colleague in mainstream retail for advice", [
    ("me", "2024-01-17 19:30", "Hi Pete, long time! Random question - when Castle Arcade moved to scheduling software for your shop staff, did you find anything that handled volunteers as well as paid staff? Our rotas are a mess of WhatsApp groups and paper."),
    ("exco", "2024-01-18 07:50", "Carys! Good to hear from you. We used Rotacloud, fine for paid staff but volunteers who swap shifts all the time broke it. Honestly I'd talk to someone in the charity world. How are you, still enjoying the hospice life?"),
    ("me", "2024-01-18 08:15", "Loving it, 14 shops now! Thanks, useful to know. Pint next time you're in Cardiff?"),
    ("exco", "2024-01-18 08:20", "Always."),
])
C("genuine", "owner_started_partnership", "en", "owner reaches out to the university about a student move-out donation drive", [
    ("me", "2024-04-22 10:10", "Dear Dr Marsh, I'm Head of Retail at Ffynnon Hospice Trust. Every June we see piles of perfectly good things left outside student houses in Cathays. Would the university be interested in a donation bank partnership in the halls this year? We'd provide the cages and collections."),
    ("uni", "2024-04-23 14:22", "Dear Carys, thank you - this is very timely, we had complaints from the council last summer. Could we have a meeting with our residences team? I'll send some dates."),
    ("me", "2024-04-23 15:00", "Wonderful, thank you. Any of them will work."),
])
C("genuine", "long_standing_mentor", "en", "old mentor from her department store days, catching up", [
    ("mentor", "2024-03-01 11:11", "Happy St David's Day cariad! Saw the piece in the Echo about your new shop. Proud of you. Are you still working far too hard?"),
    ("me", "2024-03-01 12:30", "Dydd Gŵyl Dewi Hapus Linda! Yes, obviously. Thank you, that means a lot. You taught me everything about window displays, now I get volunteers to do them with tinsel"),
    ("mentor", "2024-03-01 12:42", "Tinsel never hurt anyone. Lunch soon? I'm in Cardiff on the 14th."),
    ("me", "2024-03-01 12:50", "Yes please, the 14th works."),
])
C("genuine", "vendor_price_change", "en", "existing textile merchant announcing a drop in the rag price (hard case: price talk)", [
    ("ragman", "2024-05-10 15:00", "Afternoon Carys. As discussed on the phone, unfortunately from June the price for mixed textiles goes to £110/tonne - the export markets are flooded. Shoes and bags stay at £200. I know it's not good news. Collections stay weekly from all 14 shops."),
    ("me", "2024-05-10 16:25", "Thanks Kevin. Not great, but I appreciate you telling me straight. We'll review the contract at the end of the year as you know."),
])
C("genuine", "event_invite_known_contact", "en", "regional network coordinator invites her to the Wales meeting", [
    ("network", "2024-04-02 09:30", "Hi Carys, the spring meeting of Charity Shops Cymru is at the Pierhead on 7 May, 10 till 2. Topics: rag prices, Gift Aid audits, and a session on shoplifting. Would you be up for leading the Gift Aid bit? 15 mins, informal."),
    ("me", "2024-04-02 10:05", "Happy to! Put me down. I'll bring our numbers on conversion."),
])
C("genuine", "internal_giftaid", "en", "fundraising team asks for Gift Aid figures", [
    ("gareth", "2024-07-22 11:20", "Carys, board wants Gift Aid sign-up rates per shop for Q1. Can you pull from Tillwise?"),
    ("me", "2024-07-22 12:00", "Yep. Rough answer: 41% overall, Cowbridge best at 58%, Splott worst at 19% but it's only been open 7 weeks. Full sheet by Friday."),
    ("gareth", "2024-07-22 12:02", "Legend"),
])
C("genuine", "internal_budget", "en", "finance director on van lease budget", [
    ("owain", "2024-09-02 08:40", "Carys - on the van lease renewal. I can stretch to £650/month per van, not £720. Can Alison do anything?"),
    ("me", "2024-09-02 09:10", "I'll push her. If we go to 48 months she might get close. Will report back."),
])
C("genuine", "vendor_quote_requested", "en", "owner asked the van lease supplier for a renewal quote (hard case: quote, contract)", [
    ("me", "2024-09-02 09:20", "Hi Alison, our three Transit leases end in November. Finance want to get to around £650 per van per month. What could you do on a 48 month term with the same mileage?"),
    ("vanlease", "2024-09-03 14:05", "Hi Carys, thanks for coming back to us first. On 48 months at 15k miles I can do £668 + VAT including maintenance, or £639 without. Both include the tail lifts. Want me to hold it for 30 days?"),
    ("me", "2024-09-03 14:30", "Yes please hold it, I'll take it to Owain."),
])
C("genuine", "estate_agent_clearance", "en", "letting agent wants the charity to clear a flat (lead, hard case: quote)", [
    ("estate", "2024-03-05 12:12", "Hi Carys, we've got a tenant who passed away and the family asked that the contents go to Ffynnon. It's a 2-bed flat in Canton. I understand you do a clearance service - could you give me a price? The family would rather pay you than a clearance firm."),
    ("me", "2024-03-05 13:00", "Hi Mark, yes, we do. For a 2-bed it's usually £250-£400 depending on how much we can't sell (we charge for tip runs). Could I pop round on Thursday to look?"),
    ("estate", "2024-03-05 13:22", "Thursday is fine, I'll leave keys at the office on Cowbridge Road East."),
])
C("genuine", "school_quote", "en", "school drama teacher asks for a price on costumes (client asking for a quote)", [
    ("school", "2024-01-30 16:45", "Hello! We're doing Bugsy Malone in March and need around 30 costumes - 1920s-ish suits for kids, flapper dresses. Could Ffynnon put something together and what would it cost? We have about £300."),
    ("me", "2024-01-30 17:20", "Hi Rachel, that's a fun one! £300 for 30 is doable if you're not fussy about exact sizes. Let me ask the Roath team, they love a project. Can you send a list of sizes?"),
    ("school", "2024-01-31 08:02", "Amazing, sizes to follow! Diolch o galon."),
])
C("genuine", "trustee_kpis", "en", "trustee asks for KPIs before committee", [
    ("emyr", "2024-10-14 07:30", "Carys, before Thursday's committee could you send me net contribution per shop for H1? I'd like to understand Pontypridd before we discuss the lease renewal."),
    ("me", "2024-10-14 08:45", "Morning Emyr, will do by tomorrow. Short version: Ponty is down 9% on sales but costs are down too since we cut the Sunday opening. Net is about level with last year."),
    ("emyr", "2024-10-14 09:01", "Helpful, thank you."),
])
C("genuine", "peer_advice", "en", "peer at another charity asks about EPOS", [
    ("peer2", "2024-02-26 13:13", "Hi Carys, Huw here from Valleys Mind. We're finally getting rid of our cash registers (!). I remember you moved to Tillwise. Would you recommend them? Any gotchas?"),
    ("me", "2024-02-26 14:00", "Hi Huw! Yes, mostly happy. Gift Aid module is good, reporting is clunky. Gotcha: the card terminal contract is separate and 3 years. Happy to show you our setup in Roath if you like."),
    ("peer2", "2024-02-26 14:10", "That would be brilliant. Will drop you an email."),
])
C("genuine", "shop_incident", "en", "shop manager reports break-in", [
    ("dai", "2024-08-12 07:12", "Carys, someone put the back door in overnight at Barry. Police been. They took the float and the donation tin, not much else. Glazier coming at 10."),
    ("me", "2024-08-12 07:20", "Oh Dai, what a start to the week. Are you OK? Don't open until the glazier's done. Get me the crime number and I'll do the insurance claim."),
    ("dai", "2024-08-12 07:25", "I'm fine, just fed up. Crime ref to follow."),
    ("dai", "2024-08-12 09:48", "Ref is SW-0812-4471. Opening at 12."),
])
C("genuine", "group_shop_managers", "en", "group chat with shop managers about bank holiday opening", [
    ("me", "2024-08-19 18:00", "Hi all - bank holiday Monday: shops open 10-4 as usual EXCEPT Pontypridd and Llantwit (no volunteers). Please put a sign up this week."),
    ("lowri", "2024-08-19 18:12", "Penarth will be rammed, can we have extra bags?"),
    ("sian", "2024-08-19 18:30", "Ponty sign is up 👍"),
    ("me", "2024-08-19 18:35", "Lowri - bags on Thursday's van."),
], title="Shop managers - Ffynnon", extra=["bethan", "dai"])
C("genuine", "corporate_volunteering", "en", "local firm offers a staff volunteering day (inbound, genuine)", [
    ("corpvol", "2024-05-28 10:30", "Hi Carys, our staff get two volunteering days a year and a team of 8 would love to help Ffynnon. Could we do a day sorting at your warehouse in July? We're also happy to make a donation to cover any costs."),
    ("me", "2024-05-28 11:40", "Hi Imogen, that would be fantastic - July is when donations peak. Tuesdays or Wednesdays work best. Sensible shoes, we provide gloves!"),
])
C("genuine", "student_research", "en", "MSc student asks for an interview for dissertation", [
    ("dissert", "2024-02-08 15:05", "Dear Carys, I'm an MSc student at Swansea researching how charity shops deal with fast-fashion donations. Would you be willing to do a 30-minute interview (online)? I'd be very grateful. Anwen"),
    ("me", "2024-02-09 09:00", "Hi Anwen, happy to help. Any Wednesday afternoon in February works."),
])
C("genuine", "volunteer_concern", "en", "volunteer raising a sensitive issue", [
    ("vol_jan", "2024-10-07 20:15", "Carys I'm sorry to bother you at home. I don't want to make a fuss but a customer at Whitchurch has been quite unpleasant to one of our younger volunteers twice now. I wasn't sure who to tell."),
    ("me", "2024-10-07 20:40", "Janet, you're not bothering me at all and thank you for telling me. Can I ring you tomorrow morning? I'll speak to the shop manager and we'll make a plan so no one feels unsafe."),
    ("vol_jan", "2024-10-07 20:44", "Thank you, after 10 is best."),
])
C("genuine", "friend_small_talk", "en", "volunteer friend checking in after the Six Nations match", [
    ("vol_pat", "2024-03-16 19:58", "Well that was painful. Wooden spoon for Wales. Still on for the quiz at the Roath shop fundraiser Thursday?"),
    ("me", "2024-03-16 20:10", "Don't. Just don't. Yes, still on, bring your brain!"),
])
C("genuine", "vendor_question", "en", "shopfitter long-standing, checks on measurements for Splott signage", [
    ("penrhyn", "2024-05-21 12:02", "Carys, for the Splott fascia - do you want the Welsh above the English or side by side? Council planning said either is fine."),
    ("me", "2024-05-21 12:30", "Welsh above please, same as Canton."),
])
C("genuine", "council_waste", "en", "Vale council officer on bulky waste referral scheme", [
    ("council2", "2024-07-29 10:10", "Hello Carys, we're piloting a scheme where residents booking a bulky waste collection are first offered a charity collection for reusable furniture. Would Ffynnon want to be one of the charities we refer to in the Vale? No cost either way."),
    ("me", "2024-07-29 11:15", "Hi Ffion, yes definitely interested - as long as we can manage the volume. Could we start with Barry and Cowbridge postcodes?"),
    ("council2", "2024-07-29 11:50", "That's exactly what I hoped. I'll send a short agreement."),
])

# ------------------------------------------------------------------ wanted pitches
C("wanted_pitch", "sorting_equipment_post", "en", "supplier cites her post about the Tremorfa sorting backlog", [
    ("w_sort", "2024-07-18 09:14", "Hi Carys, I read your post last week about 900 bags a day arriving at Tremorfa in July and volunteers sorting off the floor. We make modular sorting benches with roll cages underneath, designed for charity hubs - the British Heart-type setups you mentioned you'd seen. They come flat-packed and a 6-station line is about £4k. Happy to send a layout for your unit if you share the floor plan, no obligation."),
    ("me", "2024-07-18 12:50", "Hi Fiona, funnily enough that's exactly what I've been pricing. Send me some photos of installs and I'll get the floor plan to you."),
])
C("wanted_pitch", "giftaid_software_talk", "en", "Gift Aid software founder refers to her conference session and her Tillwise setup", [
    ("w_giftaid", "2024-10-22 17:40", "Thanks for connecting Carys. Your session in Llandudno stuck with me - especially the gap between Cowbridge at 58% sign-up and Splott at 19%, and the point that it's the conversation at the till, not the form. We built GiftTrail to sit alongside Tillwise: a QR sign-up at the till that writes straight back into the Tillwise donor record, so volunteers don't have to type anything. Two Welsh hospices piloted it this year. Would it be useful if I showed you their before/after numbers?"),
    ("me", "2024-10-23 08:30", "Hi Jonah, thanks - yes, I'd be interested in the numbers. Splott is the one I worry about."),
    ("w_giftaid", "2024-10-23 09:00", "Great, I'll send a one-pager today and we can take it from there."),
])
C("wanted_pitch", "visual_merch_shop_visit", "en", "freelance visual merchandiser visited the Cowbridge shop", [
    ("w_window", "2024-04-10 18:22", "Hello Carys, I was in your Cowbridge shop on Saturday (bought a lovely Welsh blanket!) and got chatting to Gwen about the windows. The volunteers clearly care but they said they change them when someone has time. I run half-day window workshops for volunteer teams - simple rules, seasonal themes, working with what's donated that week. I did one for a hospice in Hereford last year. Could I send you a proposal for a pilot in two or three shops?"),
])
C("wanted_pitch", "route_planning_specific_problem", "en", "route-planning vendor names the 3-week collection wait on her website", [
    ("w_route", "2024-08-28 10:05", "Hi Carys, I noticed your furniture collection page says Vale of Glamorgan collections are currently running at a 3-week wait, with one van doing Tuesdays only. We help charity furniture teams cluster collections by postcode so one van can do 9-11 stops instead of 5-6 - a Bristol charity cut their wait from 4 weeks to 10 days. It works from a simple spreadsheet export, no new hardware. Worth a 20-minute look?"),
])
C("wanted_pitch", "ebay_mutual_contact", "en", "online-selling service introduced by a named mutual contact", [
    ("w_ebay", "2024-06-03 14:48", "Hi Carys, Sunita Khatri at Gwent Animal Rescue suggested I get in touch - we list their high-value donations (designer bags, watches, collectables) on eBay and Vinted on a revenue share, and she mentioned you're finding it hard to keep your eBay shop going with only one volunteer. We photograph, list and post from our unit in Newport. Happy to share Gwent's first-year figures if Sunita is OK with it."),
    ("me", "2024-06-03 16:10", "Hi Tess, yes Sunita mentioned you! Let's talk. What's your revenue share?"),
    ("w_ebay", "2024-06-03 16:30", "70/30 in your favour after fees. I'll send the details."),
])
C("wanted_pitch", "shopfit_press_item", "en", "shopfitter cites the press item about the new Splott shop and the lease", [
    ("w_fit", "2024-02-20 11:30", "Hi Carys, congratulations on the Splott Road lease - I saw the piece in the Echo about Ffynnon's 14th shop opening in May. We fitted out two charity shops in Adamsdown last year (one for a cancer charity, one for a homelessness charity), on tight budgets and mostly with reclaimed shelving. If you're still choosing a fitter, I'd be glad to quote. Totally understand if Penrhyn are doing it - I know you've used them."),
])
C("wanted_pitch", "reporting_tools_setup", "en", "reporting tool that reads Tillwise exports, cites her tools", [
    ("w_dash", "2024-09-17 13:20", "Hi Carys, Priya from Tilldata. Your job ad for a retail data volunteer mentioned you export Tillwise sales to Excel every Monday to build the shop league table. That's exactly what we automate: it reads the Tillwise export and produces per-shop sales, Gift Aid rate and average basket, and emails it to managers. It's £30/month for charities. Would a 2-week trial with last year's data be useful?"),
    ("me", "2024-09-18 09:00", "Ha, busted, that Monday spreadsheet is my least favourite job. Yes, go on, send trial details."),
])
C("wanted_pitch", "recruiter_relevant_role", "en", "headhunter with a relevant Director of Retail role, cites her growth from 9 to 14 shops", [
    ("w_headhunt", "2024-07-03 09:15", "Thanks for connecting, Carys. I'm retained by a hospice in Bristol looking for a Director of Retail (32 shops, plus a warehouse and an online team). Your move from 9 to 14 shops in three years, and the Tremorfa hub, is very much the profile they want. Salary is £62-68k. I appreciate you may be happy where you are - would you be open to a confidential 15-minute chat, or could you suggest someone?"),
    ("me", "2024-07-03 20:10", "Hi Graham, thank you, that's flattering. I'm not looking to move but I might know someone - let me have a think."),
])
C("wanted_pitch", "volunteer_rota_post", "en", "volunteer rota app founder cites her post about WhatsApp rotas", [
    ("w_rota", "2024-01-25 08:45", "Morning Carys, I saw your comment on Pete Saunders' post about rotas being 'fourteen WhatsApp groups and a prayer'. Shiftwell is built for volunteers who swap shifts - they can offer a shift to the shop's group and the manager sees cover in one place. It's free for up to 100 volunteers for charities. I'm in Cardiff on the 6th - I could show Bethan or another manager in 20 minutes."),
])
C("wanted_pitch", "pat_testing_website", "en", "electrical tester notices the shops refuse electricals", [
    ("w_pat", "2024-03-19 12:00", "Hi Carys, your donations page says Ffynnon shops can't accept electrical items. Lots of charities stop because of PAT testing costs. I'm a local electrician and I test donated items for two charities in Caerphilly on a per-item basis at your warehouse, 80p an item, weekly visit. Lamps and small appliances usually sell well. Would you want to try it for a month at Tremorfa?"),
])
C("wanted_pitch", "photography_ebay_listing", "en", "photographer looked at their eBay store listings", [
    ("w_photo", "2024-11-12 15:30", "Hi Carys - I had a look at the Ffynnon eBay shop (lovely stock - that Welsh dresser!). The photos are on the shop floor with mixed lighting, which often cuts sale prices. I do a simple lightbox setup and train one volunteer in an hour; I did the same for a Swansea hospice and their average sale went up noticeably. £180 for setup and training. Shall I send examples?"),
])
C("wanted_pitch", "influencer_collab", "en", "content creator who shops at Roath proposes a haul collaboration", [
    ("w_insta", "2024-09-04 19:40", "Hi Carys!! I'm Maisie (@maisiethrifts) - I'm in the Roath shop basically every week and I've tagged you loads. I'd love to do a 'styling £20 from Ffynnon Roath' series over autumn with a link to your volunteer page at the end. No fee, I'd just love a heads-up when the vintage rail gets restocked. Would that be okay with you and Bethan?"),
    ("me", "2024-09-05 08:15", "Hi Maisie, we've seen your posts, Bethan loves them! Yes please, let's do it."),
])

# ------------------------------------------------------------------ junk
C("junk", "generic_seo", "en", "generic SEO pitch", [
    ("j_seo", "2024-02-06 10:11", "Hi Carys, I was looking at your website and noticed it isn't ranking on page 1 of Google for several important keywords. We're a full-service digital agency helping businesses like yours get more traffic, leads and sales. Would you be open to a free audit?"),
])
C("junk", "off_topic_trading", "en", "off-topic trading course", [
    ("j_crypto", "2024-04-14 21:30", "Hey Carys 👋 hope you're having a blessed week! I help busy professionals build a second income with a simple trading system that takes 20 mins a day. Most of my students replaced their salary within 6 months. Can I send you a free video?"),
])
C("junk", "offers_what_she_sells", "en", "house clearance firm offering her the service her charity provides", [
    ("j_clear", "2024-05-02 09:00", "Hi Carys, moving house or dealing with a loved one's property? ClearAway Homes offers fast, respectful house clearances across South Wales. We donate what we can and recycle the rest. Free quotes within 24 hours!"),
])
C("junk", "capacity_new_clients", "en", "asks if she has capacity for new clients (she has no clients)", [
    ("j_capacity", "2024-06-25 14:14", "Hi Carys, quick question - do you currently have capacity to take on new clients? We connect retail operations consultants with SMEs who need interim support. There's no fee to join our network."),
])
C("junk", "like_minded_entrepreneurs", "en", "let's connect as like-minded entrepreneurs", [
    ("j_likeminded", "2024-03-27 06:45", "Hi Carys, I always like to connect with like-minded entrepreneurs and leaders who are making a difference. I think we could add a lot of value to each other's networks. Let's connect and see where it goes! 🚀"),
])
C("junk", "quick_15_min_call", "en", "cost reduction quick 15-minute call", [
    ("j_15min", "2024-10-01 08:05", "Hi Carys, do you have 15 minutes this week for a quick call? We typically save organisations 20-30% on their overheads with zero upfront cost. When suits you?"),
])
C("junk", "connect_then_pitch", "en", "connect-then-pitch: rugby small talk, then merchandising software", [
    ("j_ctp1", "2024-03-11 09:30", "Thanks for connecting Carys! Cardiff based too? What did you make of the game on Saturday?"),
    ("j_ctp1", "2024-03-13 11:02", "Anyway, I thought you might be interested - MerchMind uses AI to optimise store layouts and planograms for retailers of any size. Could I get 20 minutes in your diary next week?"),
])
C("junk", "connect_then_pitch", "en", "connect-then-pitch after the owner answered the small talk: payroll outsourcing", [
    ("j_ctp2", "2024-05-20 12:45", "Hi Carys, thanks for accepting! How's your week going?"),
    ("me", "2024-05-20 13:30", "Hi Claire, busy but good thanks, new shop opening soon. You?"),
    ("j_ctp2", "2024-05-20 13:35", "Oh congratulations! Lovely. Speaking of growth - as you scale, payroll gets complicated fast. PayEasy handles payroll, pensions and HR for organisations of all sizes from £4 per employee. Can I send you a quick proposal?"),
])
C("junk", "connect_then_pitch", "en", "connect-then-pitch: compliments, then leadership coaching package", [
    ("j_ctp3", "2024-08-05 08:00", "Carys, great to connect. Your profile really stood out - it's clear you're a leader who cares about people."),
    ("j_ctp3", "2024-08-07 08:00", "I work with senior leaders to unlock their next level. My 12-week Ascend programme has helped hundreds of leaders find clarity and confidence. I have two places left this quarter. Interested?"),
    ("j_ctp3", "2024-08-14 08:00", "Just floating this back to the top of your inbox, Carys 🙂"),
])
C("junk", "connect_then_pitch", "en", "connect-then-pitch: fellow Cardiffian then mortgages", [
    ("j_ctp4", "2024-11-18 19:20", "Hi Carys! Always good to connect with a fellow Cardiffian. Where abouts are you based?"),
    ("me", "2024-11-18 21:03", "Hi Kieran, Llandaff North."),
    ("j_ctp4", "2024-11-19 08:10", "Lovely area! Quick one - is your mortgage coming up for renewal in the next 12 months? Rates have moved a lot and I can do a free review in 10 minutes, no obligation."),
])
C("junk", "follow_up_bumps", "en", "signage pitch with unanswered bumps", [
    ("j_bump1", "2024-06-04 10:00", "Hi Carys, Lumen Signage creates eye-catching LED signs that increase footfall by up to 40%. Can I send our brochure?"),
    ("j_bump1", "2024-06-11 10:00", "Hi Carys, just following up on my previous message!"),
    ("j_bump1", "2024-06-19 10:00", "Hi Carys, I know you're busy, so I'll keep it short - would a free mockup of a new sign for your business be useful?"),
    ("j_bump1", "2024-07-02 10:00", "Last try from me! Let me know if now isn't the right time."),
])
C("junk", "follow_up_bumps", "en", "temp staffing pitch with unanswered bumps", [
    ("j_bump2", "2024-09-09 09:30", "Hello Carys, do you need flexible temp staff for your busy periods? Staffora supplies vetted retail and warehouse workers at 24h notice."),
    ("j_bump2", "2024-09-16 09:30", "Hi Carys, bumping this in case it got buried 🙂"),
    ("j_bump2", "2024-09-30 09:30", "Hi again - Christmas is around the corner, is staffing on your radar?"),
])
C("junk", "template_cost_ai", "en", "shared template 1/5: AI cost savings, filled with her charity", [
    ("j_tpl1", "2024-02-14 09:12", "Hi Carys, I noticed Ffynnon Hospice Trust is doing great things in the charity sector. We help charity leaders like you cut operating costs by up to 30% using our AI-powered spend analytics. Would you be open to a short chat to see if it's a fit?"),
])
C("junk", "template_cost_ai", "en", "shared template 2/5: different sender, same structure", [
    ("j_tpl2", "2024-03-06 10:45", "Hi Carys, I came across Ffynnon Hospice Trust and love what you're doing in the non-profit space. We help non-profit leaders like yourself reduce operating costs by as much as 30% with AI-driven procurement insights. Open to a quick chat to explore if there's a fit?"),
])
C("junk", "template_cost_ai", "en", "shared template 3/5: fill says retail sector", [
    ("j_tpl3", "2024-04-17 13:05", "Hey Carys, noticed Ffynnon is doing great things in retail! We help retail leaders like you cut costs by up to 30% using AI spend analytics. Would you be open to a quick chat to see if it's a fit?"),
    ("j_tpl3", "2024-04-24 13:05", "Hey Carys, circling back on this one!"),
])
C("junk", "template_cost_ai", "en", "shared template 4/5: slightly reworded", [
    ("j_tpl4", "2024-06-12 11:30", "Hi Carys, I've noticed that Ffynnon Hospice Trust is doing some really great things in healthcare. At Procuro we help healthcare leaders like you save up to 30% on operating costs thanks to AI-powered analytics. Would you be open to a brief conversation to see if we're a fit?"),
])
C("junk", "template_cost_ai", "en", "shared template 5/5: Welsh/English bilingual variant of the same template", [
    ("j_tpl5", "2024-08-20 09:00", "Shwmae Carys, sylwais fod Ymddiriedolaeth Hosbis Ffynnon yn gwneud pethau gwych yn y sector elusennol. / Hi Carys, I noticed Ffynnon Hospice Trust is doing great things in the charity sector. We help Welsh charity leaders like you cut operating costs by up to 30% using AI-powered spend analysis. Fyddech chi'n agored i sgwrs fer? Would you be open to a short chat?"),
])
C("junk", "merge_tag_failure", "en", "merge-tag failure: {first_name}", [
    ("j_merge1", "2024-01-22 08:00", "Hi {first_name}, I hope this message finds you well! At Brightpath Training we deliver accredited management courses for {company_name}'s growing team. Would you like our 2024 course catalogue?"),
])
C("junk", "merge_tag_failure", "en", "merge-tag failure: [Company] placeholder", [
    ("j_merge2", "2024-04-03 15:20", "Hi Carys, shoplifting is up 30% across the UK. ShopGuard installs HD CCTV and body cams for [Company] locations with no upfront cost. Can I book a free security survey for [Company]?"),
])
C("junk", "merge_tag_failure", "en", "merge-tag failure: wrong name", [
    ("j_merge3", "2024-07-08 11:11", "Hi Sarah, following up on our call last week about your business energy contract at Heartline Hospices - I've attached the comparison we discussed. Rates are going up on 1 October so it's worth locking in now."),
])
C("junk", "merge_tag_failure", "en", "merge-tag failure: wrong company and sector", [
    ("j_merge4", "2024-10-10 07:40", "Dear Carys, as a leading bakery brand Ffynnon Foods will surely need premium food-safe packaging. Ricci Packaging supplies custom printed boxes with low MOQ. Kindly revert with your requirement."),
])
C("junk", "sponsored_inmail", "en", "Sponsored InMail: MBA", [
    ("s_mba", "2024-03-20 12:00", "<p>Hi Carys,</p><p>Ready to lead at the next level? The Westbridge Executive MBA is designed for busy professionals&nbsp;&mdash; study online, graduate in 24 months.</p><p>Applications for September close soon. <a href=\"https://example.invalid/mba\">Find out more</a></p>"),
], title="Sponsored Conversation", subject="Your next career move, Carys")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: business credit card", [
    ("s_card", "2024-06-27 12:00", "<p>Carys, get 1% cashback on every business purchase</p><p>The Fairway Business Card has no annual fee for the first year &amp; expense tools built in.</p><p><b>Apply in minutes.</b></p>"),
], title="Sponsored Conversation", subject="Cashback for your business")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: finance webinar", [
    ("s_webinar", "2024-10-15 12:00", "<p>Hi Carys,</p><p>Join our free webinar: <i>5 ways finance leaders are automating month-end in 2025</i>. Live on 7 November.</p><p>Save your seat today.</p>"),
], title="Sponsored Conversation", subject="Free webinar: month-end automation")
C("junk", "paid_award", "en", "paid award: shortlisted, entry fee", [
    ("j_award", "2024-05-06 10:00", "Dear Carys, congratulations! Ffynnon Hospice Trust has been shortlisted for the Welsh Retail Excellence Awards 2024 in the category Community Retailer of the Year. To confirm your place in the final, please complete the entry pack and pay the finalist fee of £495 + VAT, which includes two seats at the gala dinner in Cardiff."),
    ("j_award", "2024-05-20 10:00", "Dear Carys, a reminder that finalist confirmations close on Friday. Don't miss your chance to be recognised!"),
])
C("junk", "paid_podcast", "en", "paid podcast slot", [
    ("j_podcast", "2024-08-29 16:00", "Hi Carys, we'd love to feature you on Third Sector Voices, the podcast for charity leaders (12k listeners). Guest slots come with a professionally edited episode, social clips and a feature article. There's a small production contribution of £350. Shall I send the booking link?"),
])
C("junk", "paid_feature", "en", "paid magazine feature", [
    ("j_mag", "2024-11-20 09:30", "Hi Carys, Charity Leaders Quarterly is preparing a special report on Charity Retail in Wales and we'd like to include Ffynnon Hospice Trust with a full-page profile. Editorial profiles are supported by a partnership fee of £1,200 which includes print and digital distribution."),
])
C("junk", "fluent_named_generic", "en", "fluent pitch naming her charity but could go to anyone", [
    ("j_fluent", "2024-07-24 10:20", "Hi Carys, it's clear that Ffynnon Hospice Trust plays an important role in your community, and organisations like yours are under real pressure to do more with less. Omnivox helps mission-driven organisations unify their customer engagement across every channel - email, SMS, social and in-store - so you can build deeper relationships and drive growth. I'd love to understand your priorities for 2025. Would next Tuesday or Wednesday work for a brief introduction?"),
])
C("junk", "generic_shopfitting", "en", "generic shopfitting pitch (counterpart of the Splott press-item pitch)", [
    ("j_fit", "2024-02-27 14:00", "Hi Carys, Kemble Retail Fitouts deliver high-quality shop fit-outs nationwide, on time and on budget. From boutiques to supermarkets, we do it all. Do you have any projects coming up in 2024?"),
])
C("junk", "generic_fundraising_platform", "en", "generic donation platform (counterpart of the Gift Aid pitch)", [
    ("j_giftaid", "2024-11-04 10:00", "Hi Carys, want to increase donations by 50%? DonorBoost is the all-in-one fundraising platform trusted by 2,000+ non-profits. Online giving, events, Gift Aid and CRM in one place. Book a demo today!"),
])
C("junk", "generic_fleet_tracking", "en", "generic fleet tracker (counterpart of the route-planning pitch)", [
    ("j_fleet", "2024-09-12 11:00", "Hi Carys, do you operate vehicles? TrackFleet Pro gives you real-time GPS tracking, driver behaviour scores and fuel reports. Companies save an average of 15% on fuel. Can I send you pricing?"),
])
C("junk", "irrelevant_recruiter", "en", "recruiter with an irrelevant tech role", [
    ("j_recruit", "2024-05-30 12:30", "Hi Carys, I came across your profile and think you'd be a great fit for a Senior Salesforce Developer contract (outside IR35) in London. £550/day, 6 months. Let me know if you'd be interested or know anyone!"),
])
C("junk", "generic_listing_service", "en", "generic photography/listing pitch (counterpart of the eBay photo pitch)", [
    ("j_photo", "2024-11-26 13:00", "Hi Carys, great product photos sell more! SnapListings offers professional e-commerce photography from £2 per image with 48h turnaround. Perfect for Amazon, Shopify and more. Interested?"),
])
C("junk", "off_topic_solar", "en", "off-topic home solar", [
    ("j_solar", "2024-04-29 18:00", "Hi Carys, are you a homeowner in Cardiff? With energy prices so high, now is the time to go solar. Government-backed finance available, 0% deposit. Can I book you a free survey?"),
])
C("junk", "off_topic_wine", "en", "off-topic wine investment", [
    ("j_wine", "2024-12-10 17:30", "Good evening Carys, fine wine has outperformed the FTSE 100 over the last 20 years. I'd like to share our 2025 Bordeaux allocation with a select group of professionals. May I send you our brochure?"),
])
C("junk", "generic_bookkeeping", "en", "generic bookkeeping pitch", [
    ("j_books", "2024-01-09 09:09", "Happy New Year Carys! Is your bookkeeping under control for 2024? BalanceBooks Online takes care of bookkeeping, VAT returns and payroll for a fixed monthly fee. Let's chat!"),
])
C("junk", "generic_virtual_assistant", "en", "offshore VA pitch", [
    ("j_va", "2024-08-01 04:20", "Hello Carys, are you overwhelmed with admin tasks? Our dedicated virtual assistants can handle your email, scheduling, data entry and social media for just $8/hour. Free 1-week trial. Please let me know if you are interested."),
])
C("junk", "generic_app_dev", "en", "generic app development pitch", [
    ("j_app", "2024-03-15 07:10", "Dear Carys, greetings from AppForge Studios. We are a leading mobile app and web development company with 10+ years of experience and 500+ happy clients. We can build an app for your business at very competitive cost. Kindly share your requirement."),
])
C("junk", "offers_what_she_sells", "en", "wholesaler selling second-hand clothing bundles to a charity shop chain", [
    ("j_resell", "2024-07-15 15:15", "Hi Carys, looking to stock your store with quality pre-loved clothing? We supply graded second-hand bundles from £3/kg - vintage, designer and mixed. Perfect for resellers and thrift stores. Can I send our price list?"),
])
C("junk", "generic_ecommerce", "en", "generic thrift e-commerce platform pitch", [
    ("j_ecom", "2024-10-29 12:00", "Hey Carys! Thrifting is booming 📈 ThriftCart lets any second-hand store launch an online shop in 10 minutes. 0% commission for the first 3 months. Want an invite?"),
    ("j_ecom", "2024-11-12 12:00", "Hey Carys - did you get a chance to look at ThriftCart? Spots for the 0% offer are going fast!"),
])

ex.write(OUT,
         {"First Name": "Carys", "Last Name": "Pritchard",
          "Headline": "Head of Retail Operations at Ffynnon Hospice Trust | 14 charity shops across South Wales",
          "Summary": "I look after Ffynnon's 14 shops, our donation sorting hub in Tremorfa and the furniture collection service, with over 400 volunteers. Every pound we take pays for hospice care at home across Cardiff and the Vale. Formerly department store retail.",
          "Industry": "Non-profit Organizations", "Zip Code": "CF14",
          "Geo Location": "Cardiff, Wales, United Kingdom", "Websites": "[OTHER:https://ffynnon-hospice.example/shops]"},
         [{"Company Name": "Ffynnon Hospice Trust", "Title": "Head of Retail Operations",
           "Description": "14 shops, sorting hub, furniture collections, eBay shop, 400+ volunteers.",
           "Location": "Cardiff", "Started On": "Mar 2016", "Finished On": ""},
          {"Company Name": "Morgans Department Store", "Title": "Floor Manager",
           "Description": "Ladieswear and visual merchandising.",
           "Location": "Cardiff", "Started On": "Sep 2008", "Finished On": "Feb 2016"}],
         ["Retail Operations", "Volunteer Management", "Visual Merchandising", "Gift Aid",
          "Charity Retail", "Team Leadership", "EPOS"])
print(ex.summary())

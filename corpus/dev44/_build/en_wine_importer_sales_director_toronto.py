"""dev44 persona: sales director of a wine import agency in Toronto (2021 layout).

Written blind to the detector code in session 5; every message text is written by hand here.
Run with the project venv; it regenerates ../en-wine-importer-sales-director-toronto/.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-wine-importer-sales-director-toronto"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Danielle Brennan-Osei",
               "https://www.linkedin.com/in/danielle-brennan-osei-6a1f20",
               "Lakeshore & Vine Agency", "Director of Sales")
ex = Export(SLUG, "2021", owner)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people: genuine contacts
P("marco", "Marco Pellerin", "Osteria Fumo", "Wine Director", connected="2017-05-12")
P("lcbo_kay", "Kayleigh Ashdown", "LCBO", "Category Manager, Vintages", connected="2018-02-20")
P("freight", "Gurpreet Dhillon", "Northbound Freight Forwarding", "Account Manager", connected="2016-09-01")
P("douro", "Rui Tavares Monteiro", "Quinta do Vale Escuro", "Export Manager", connected="2015-10-03")
P("newgroup", "Sasha Lindqvist", "Birch & Ember Hospitality", "Co-owner", connected="2021-04-08",
  invite=("IN", "2021-04-08 10:02", "Hi Danielle, Marco from Osteria Fumo said I should talk to you about our wine list."))
P("spirits", "Owen McTavish", "Copper Still Spirits Agency", "Managing Partner", connected="2019-03-14")
P("recruiter", "Priya Raghunathan", "Keel & Compass Talent", "Senior Recruiter, Beverage Alcohol",
  connected="2021-02-10")
P("applicant", "Jordan Beaulieu", "", "Sommelier (CMS Certified)", connected="2021-03-19",
  invite=("IN", "2021-03-19 20:40", "Hello Danielle, I saw the Sales Rep posting and would love to connect."))
P("ty_a", "Hannah Kowalczyk", "The Larder on Dundas", "Sommelier", connected="2019-11-02")
P("ty_b", "Felix Amankwah", "Dovercourt Wine Bar", "Owner", connected="2020-01-15")
P("ty_c", "Mei-Lin Cho", "Pacific Lane Restaurant Group", "Beverage Manager", connected="2018-06-30")
P("newsomm", "Tomasz Wierzbicki", "Larkin Room", "Head Sommelier", connected="2021-05-03",
  invite=("OUT", "2021-05-02 18:11", "Hi Tomasz, congrats on the Larkin Room opening! Would love to connect."))
P("austria", "Lena Hofbauer", "Weingut Hofbauer-Reiter", "Owner & Winemaker", connected="2021-06-21",
  invite=("OUT", "2021-06-20 09:30", ""))
P("journo", "Claire Dumont", "Toronto Table Magazine", "Drinks Writer", connected="2020-08-12")
P("somm_assoc", "Bernard Achebe", "Ontario Sommelier Guild", "Events Chair", connected="2014-04-22")
P("hotel", "Ravi Kapoor", "The Garrison Hotel Toronto", "Director of Food & Beverage")
P("montreal", "Geneviève Lapointe", "Saint-Laurent Vins & Spiritueux", "Key Account Manager",
  connected="2012-09-09")
P("crm", "Ashley Ferreira", "Cellarbook CRM", "Customer Success Manager", connected="2019-07-01")
P("broker", "Victor Nakamura", "Lakeport Customs Brokers", "Licensed Customs Broker", connected="2017-01-18")
P("charity", "Noor Haddad", "Harvest Table Foundation", "Events Coordinator", connected="2020-10-10")
P("rep", "Kyle Fontaine", "Lakeshore & Vine Agency", "Sales Representative, GTA West", connected="2019-04-01")
P("boss", "Evelyn Mortimer", "Lakeshore & Vine Agency", "President", connected="2013-01-07")
P("rioja", "Javier Ochoa Ruiz", "Bodegas Ochoa Laguardia", "Export Director", connected="2018-03-03")
P("corked", "Dominic Russo", "Trattoria Bellwoods", "General Manager", connected="2018-08-08")
P("exboss", "Gordon Whitfield", "Retired", "Former VP Sales, Maple Leaf Wine Merchants",
  connected="2011-05-05")
P("student", "Aisha Mensah", "Niagara College", "Student, Winery & Viticulture Technician")
P("school", "Patricia Wong", "Grapevine Wine School", "Lead Instructor", connected="2016-02-02")
P("invoice", "Luc Tremblay", "Bistro Sainte-Anne", "Controller", connected="2020-02-27")
P("wedding", "Megan O'Sullivan", "", "Project Manager at a Toronto engineering firm")
P("visit", "Giulia Ferrante", "Cantine Ferrante", "Co-owner", connected="2019-09-17")
P("lcbo_pos", "Darnell Price", "LCBO", "Private Ordering & Consignment Analyst", connected="2019-12-12")
P("referrer", "Stephanie Yuen", "Yuen & Partners Accounting", "Partner", connected="2015-06-06")
P("referred", "Arjun Mehta", "Saffron Terrace", "Owner")
P("podcast_real", "Cole Ramsay", "Pour Decisions Podcast", "Host", connected="2020-06-01")
P("mentee", "Brianna Oduya", "Lakeshore & Vine Agency", "Sales Coordinator", connected="2020-09-14")
P("anniv", "Frank DeLuca", "Vinewood Glass & Packaging", "Regional Sales", connected="2014-11-11")
P("bonded", "Simone Clarke", "Queensway Bonded Warehousing", "Client Services", connected="2018-10-01")
P("showorg", "Martin Kessler", "Great Lakes Wine & Food Expo", "Exhibitor Relations", connected="2019-01-20")

# ---------------------------------------------------------------- people: wanted pitches
P("w_photo", "Elena Markovic", "Markovic Studio", "Product & Still-life Photographer",
  invite=("IN", "2021-07-06 08:55", "Loved your post about the Sicilian launch - would be glad to connect."),
  connected="2021-07-06")
P("w_train", "Desmond Achterberg", "Achterberg Sales Coaching", "Hospitality Sales Coach")
P("w_label", "Nathalie Roy", "BilingueLabel Compliance", "Founder")
P("w_cold", "Sean Gallagher", "ColdChain Transatlantic", "Business Development, Wine & Spirits")
P("w_recruit", "Imogen Faraday", "Fairhaven Search", "Partner, Consumer & Beverage")
P("w_crm", "Tobias Lund", "Depletion.io", "Account Executive")
P("w_tender", "Fiona Mackintosh", "Vintages Ready Consulting", "Principal")
P("w_space", "Rafael Ortega", "The Annex Loft", "Event Space Manager")
P("w_booth", "Kenji Morita", "Booth & Bolt Exhibit Design", "Creative Director")
P("w_french", "Amélie Gagnon", "Traductions Gagnon", "Certified Translator (EN>FR, wine & spirits)")
P("w_expo", "Helena Soares", "ViniPortugal Canada Roadshow", "Producer Relations")
P("w_data", "Marcus Whitlock", "Sellthrough Analytics", "Co-founder")

# ---------------------------------------------------------------- people: junk senders
P("j_leadgen", "Brett Holloway", "ApexPipeline Growth", "Founder & CEO")
P("j_solar", "Dwayne Fisher", "SunBright Energy Solutions", "Energy Consultant")
P("j_wine", "Carlo Benedetti", "EuroCru Imports", "Business Development")
P("j_capacity", "Tiffany Marsh", "ClientFlow Partners", "Partnerships Lead")
P("j_likeminded", "Chad Winslow", "Winslow Ventures", "Serial Entrepreneur | Investor | Speaker")
P("j_15min", "Ryan Castellano", "Optimizely Growth Labs", "Growth Strategist")
P("j_ctp1", "Brooke Henley", "Henley Digital", "Social Media Strategist",
  invite=("IN", "2021-03-01 11:20", "Hi Danielle, always great to connect with fellow Toronto hospitality folks!"),
  connected="2021-03-01")
P("j_ctp2", "Mitchell Grant", "Grant Capital Advisory", "Wealth Advisor",
  invite=("IN", "2021-08-09 07:45", "Hi Danielle! Would love to add you to my network."),
  connected="2021-08-09")
P("j_ctp3", "Olivia Pearce", "Pearce Packaging Co.", "Sales Executive",
  invite=("IN", "2021-09-13 14:02", "Hello, I came across your profile and would like to connect."),
  connected="2021-09-13")
P("j_bump1", "Tyler Brooks", "ScaleUp Outsourcing", "Head of Sales")
P("j_bump2", "Samantha Quinn", "Brandly Creative", "Account Director")
P("j_tpl1", "Jason Reid", "Ledgerly Bookkeeping", "Founder")
P("j_tpl2", "Amanda Voss", "Voss Virtual Books", "Owner")
P("j_tpl3", "Kevin Osei", "ClearCount Advisors", "Managing Director")
P("j_tpl4", "Rachel Dunmore", "Numbers North", "Client Success")
P("j_tpl5", "Hugo Salazar", "TallyWorks", "Business Development")
P("j_merge1", "Lindsay Carver", "GrowthHive", "SDR")
P("j_merge2", "Eric Pham", "NovaReach", "Account Executive")
P("j_merge3", "Stacy Ellison", "Prime Ledger Marketing", "Marketing Consultant")
P("j_merge4", "Derek Vaughn", "CloudStack Solutions", "Enterprise Account Executive")
P("s_bank", "Northgate Business Banking", "Northgate Bank", "",
  url="https://www.linkedin.com/company/northgate-business-banking")
P("s_mba", "Rosedale School of Business", "Rosedale School of Business", "",
  url="https://www.linkedin.com/company/rosedale-school-of-business")
P("s_fleet", "FleetWise Telematics", "FleetWise", "", url="https://www.linkedin.com/company/fleetwise-telematics")
P("j_award", "Vanessa Doyle", "Canadian Business Excellence Review", "Awards Director")
P("j_podcast", "Logan Pierce", "Founders Unfiltered Show", "Producer")
P("j_fluent", "Grace Whitaker", "Meridian Brand Partners", "Partner")
P("j_photo", "Kyle Sutherland", "SnapPro Media", "Photographer")
P("j_training", "Nick Lombardi", "Closer Academy", "Sales Trainer")
P("j_freight", "Anil Verma", "GlobalMove Logistics", "Sales Manager")
P("j_crm", "Jessica Tran", "PipeDeck CRM", "Account Executive")
P("j_recruit", "Brandon Kelley", "TopTier Staffing", "Recruitment Consultant")
P("j_booth", "Paul Mercer", "ExpoWorks Displays", "Sales")
P("j_crypto", "Alex Romanov", "BlockYield Capital", "Investment Associate")
P("j_seo", "Harpreet Sandhu", "RankRocket SEO", "SEO Specialist")
P("j_va", "Joy Santos", "Offshore Assist Pro", "Client Relations")
P("j_bump3", "Cameron Leigh", "LeadNest", "Outbound Specialist")
P("j_translate", "Maria Gonzalez", "LinguaGlobal Services", "Account Manager")
P("j_franchise", "Derrick Boone", "Freedom Path Franchising", "Franchise Development")

# ================================================================= genuine
C("genuine", "client_quote_request", "en", "sommelier at a long-time client restaurant asks for a quote on a by-the-glass program",
  [("marco", "2021-09-02 16:20", "Hey Danielle, we're redoing the BTG list for fall. Can you send me a quote on the Douro red and the Vinho Verde, say 10 cases each, and what the consignment pricing looks like if we commit through December? Also any chance of a staff tasting before Thanksgiving?"),
   ("me", "2021-09-02 17:05", "Hi Marco! Absolutely. Rui's 2019 red is $21.95 wholesale on consignment, Vinho Verde $14.50. Commit through Dec and I can do 5% off on both plus a free staff tasting. I'll send the formal quote tomorrow morning."),
   ("marco", "2021-09-02 17:11", "Perfect, you're the best. Tuesday the 14th at 3 works for the tasting?"),
   ("me", "2021-09-03 09:02", "Quote's in your inbox. Tuesday 14th at 3, booked. I'll bring Kyle too.")])
C("genuine", "liquor_board_deadline", "en", "LCBO category manager reminds her about a Vintages submission deadline",
  [("lcbo_kay", "2021-05-18 10:30", "Hi Danielle, quick reminder that the call for the Feb 2022 Vintages Iberian feature closes on the 28th. I'd love to see the Quinta do Vale Escuro Reserva in there again - it did well last time. Please make sure the samples and the pricing form both arrive before the deadline, we had a few late ones last round."),
   ("me", "2021-05-18 11:14", "Thanks Kayleigh, really appreciate the heads up. Samples ship from Porto on Friday; pricing form will be in by the 25th."),
   ("lcbo_kay", "2021-05-18 11:20", "Great, thank you!")])
C("genuine", "vendor_price_change", "en", "existing freight forwarder announces a rate increase on ocean containers",
  [("freight", "2021-07-14 13:45", "Hi Danielle, giving you a heads up before the official letter goes out: effective Aug 1 our ocean rates Porto/Leixoes to Toronto go up about 18% per 20' reefer because of the carrier surcharges. I know it stings. I can lock the current rate for the two containers you have booked in July if you confirm this week."),
   ("me", "2021-07-14 14:30", "Ugh. Thanks for telling me early Gurpreet. Yes please lock both July bookings. Let's talk about Q4 next week, I may consolidate the Spanish and Portuguese loads."),
   ("freight", "2021-07-14 14:42", "Done, both locked. Talk Tuesday.")])
C("genuine", "winery_partner_longstanding", "en", "long-standing Portuguese winery partner about allocation and harvest",
  [("douro", "2021-09-20 08:10", "Bom dia Danielle! Harvest is going well, small but very good quality. For 2022 allocation I can give you 600 cases of the Reserva instead of 450 if Ontario can take them. How did the summer go?"),
   ("me", "2021-09-20 12:30", "Rui!! So good to hear. Summer was strong, patios saved us. I'll run the numbers with Evelyn but I think 600 is doable if Vintages takes the feature. Say hi to Inês."),
   ("douro", "2021-09-21 07:55", "Obrigado, I will. Let me know by end of October please. Abraço")])
C("genuine", "inbound_buyer_lead", "en", "new restaurant group referred by a client wants to buy wines for their list",
  [("newgroup", "2021-04-08 10:15", "Hi Danielle, thanks for connecting. We're opening a second location in Leslieville in June (wood-fired, Portuguese/Spanish leaning). Marco raved about your portfolio. Could we set up a tasting and get your price list? We're looking at about 40 SKUs total and want maybe a third from one agency."),
   ("me", "2021-04-08 11:02", "Hi Sasha, congrats on the new spot! That's right in our wheelhouse. I'll email the price book now. Could you do a tasting next Wednesday or Thursday afternoon?"),
   ("newgroup", "2021-04-08 11:40", "Thursday 2pm at the Ossington location?"),
   ("me", "2021-04-08 11:45", "Done. See you then.")])
C("genuine", "peer_joint_offer", "en", "peer spirits agency proposes a joint offer / co-hosted trade tasting",
  [("spirits", "2021-06-03 15:00", "Danielle - crazy idea. We keep pitching the same 30 restaurants separately. What if we do a joint Iberian trade tasting in September, your wines + our sherry and brandy, split the venue cost, and put together a bundled offer (e.g. 5 cases wine + 2 cases sherry, extra 4%)? I think it'd land better with the sommeliers."),
   ("me", "2021-06-03 16:40", "Not crazy at all. Evelyn will ask about margins on the bundle but I love it. Can you send me a rough budget?"),
   ("spirits", "2021-06-04 09:12", "Will do. Venue I'm thinking ~$2,800 split, plus glassware rental."),
   ("me", "2021-06-04 09:30", "Works for me in principle. Let's meet at Bar Isabel Friday?")])
C("genuine", "recruiter_engaged", "en", "recruiter she hired for her open sales rep role sends a shortlist",
  [("me", "2021-02-10 09:00", "Hi Priya, as discussed: we're hiring a Sales Rep for Toronto East (on-premise), ideally with a sommelier background. Budget is 58-65k base plus commission. Can you run the search?"),
   ("recruiter", "2021-02-10 10:22", "Absolutely, thanks Danielle. I'll send the engagement letter today; fee is 18% of first-year base as we discussed. I already have two people in mind."),
   ("recruiter", "2021-03-04 14:10", "Shortlist of 4 in your inbox. My favourite is the second one, she's been at a Yorkville restaurant for 6 years and knows everyone."),
   ("me", "2021-03-04 15:00", "Thanks! Can we do first interviews next week?")])
C("genuine", "job_applicant", "en", "applicant for the sales rep role introduces himself",
  [("applicant", "2021-03-19 20:55", "Hi Danielle, thanks for accepting. I applied through the posting yesterday for the Sales Rep role (Toronto East). I've been a sommelier at two Ossington restaurants for 5 years and I've bought from your book before - the Hofbauer Grüner was on our list. Would love to chat if you have time."),
   ("me", "2021-03-22 08:40", "Hi Jordan, thanks for reaching out. Our recruiter Priya is coordinating interviews, I'll make sure she has your application. Talk soon!"),
   ("applicant", "2021-03-22 09:05", "Thank you so much!")])
C("genuine", "event_thank_you", "en", "thank-you after her Iberian trade tasting (1/3, near-duplicate)",
  [("ty_a", "2021-09-29 22:10", "Thanks so much for today Danielle, such a great lineup. The Albariño was a standout. Talk soon!")])
C("genuine", "event_thank_you", "en", "thank-you after her Iberian trade tasting (2/3, near-duplicate)",
  [("ty_b", "2021-09-29 23:02", "Thank you for the tasting today! Great lineup, the Albariño and the Douro red were the standouts for me. Let's talk soon."),
   ("me", "2021-09-30 08:15", "Thanks for coming Felix! I'll drop by with samples next week.")])
C("genuine", "event_thank_you", "en", "thank-you after her Iberian trade tasting (3/3, near-duplicate)",
  [("ty_c", "2021-09-30 09:30", "Thanks for having us yesterday Danielle - great lineup! The Albariño was the standout. Talk soon")])
C("genuine", "owner_outreach_client", "en", "owner starts a conversation with a sommelier at a newly opened restaurant",
  [("me", "2021-05-03 10:00", "Hi Tomasz, thanks for connecting and congrats again on Larkin Room. I rep a handful of Portuguese, Spanish and Austrian growers. If you're still building the list I'd love to drop off a few samples, no pressure."),
   ("newsomm", "2021-05-04 13:25", "Hi Danielle! Yes actually, we're short on Austrian whites. Can you come by Thursday before service, around 3?"),
   ("me", "2021-05-04 13:40", "Perfect, see you Thursday at 3.")])
C("genuine", "owner_outreach_winery", "en", "owner reaches out to an Austrian winery about Ontario representation",
  [("me", "2021-06-21 09:45", "Dear Lena, thank you for connecting. I tasted your Ried Steinberg Grüner at a friend's and I think it would do really well in Ontario restaurants. Are you currently represented in Ontario? If not, I'd love to talk."),
   ("austria", "2021-06-22 07:30", "Dear Danielle, thank you for the kind words! We are not represented in Ontario yet. We had one offer but they wanted exclusivity for all of Canada. Could we have a video call next week?"),
   ("me", "2021-06-22 08:10", "Wonderful. Tuesday 9am Toronto / 3pm Vienna?"),
   ("austria", "2021-06-22 08:20", "Perfect. I send a link.")])
C("genuine", "journalist_request", "en", "drinks writer asks for a quote for a story on Portuguese wines",
  [("journo", "2021-08-17 11:00", "Hi Danielle, I'm writing a piece for Toronto Table on why Portuguese wines are finally having a moment on Toronto lists. Would you have 15 min this week for a quick phone chat? Deadline is Friday."),
   ("me", "2021-08-17 11:35", "Hi Claire, happy to. Wednesday after 2pm works, call my cell 416-555-0187."),
   ("journo", "2021-08-17 11:38", "Great, I'll call at 2:30 Wednesday. Thanks!")])
C("genuine", "event_invitation_contact", "en", "sommelier guild events chair invites her to their autumn dinner",
  [("somm_assoc", "2021-10-01 14:00", "Danielle, the Guild's autumn dinner is back in person (finally!) on Nov 8 at the Arts & Letters Club. We'd love you at the head table, and if Lakeshore & Vine wants to pour a wine with the fish course that would be fantastic. Let me know?"),
   ("me", "2021-10-01 15:20", "Bernard, count me in! And yes we'll pour, I'm thinking the Albariño. I'll confirm numbers next week.")])
C("genuine", "inbound_buyer_spam_folder", "en", "hotel F&B director asks for a quote; the message landed in SPAM",
  [("hotel", "2021-10-12 18:20", "Good evening Ms. Brennan-Osei, I'm the new F&B director at The Garrison Hotel. We're replacing our house wine program in January (approx. 250 cases/quarter across banquets and the lobby bar). Your name came up twice when I asked around. Could you send a quote for a red and a white under $15 wholesale, and let me know if you can attend a tasting panel on Nov 3?"),
   ("me", "2021-10-19 08:30", "Mr. Kapoor, my apologies, your message ended up in my spam folder. Thank you for thinking of us! I'll send a proposal with 3 reds and 3 whites today, and Nov 3 is in my calendar.")],
  folder="SPAM")
C("genuine", "longstanding_friend", "en", "long-time friend and ex-colleague from Montreal catches up",
  [("montreal", "2021-05-28 20:10", "Coucou Danielle! Saw the Habs beat the Leafs again... sorry not sorry 😄 How are you? We should finally do that Niagara weekend once things open up."),
   ("me", "2021-05-28 21:00", "Don't even talk to me about the Leafs. I'm good, busy! Niagara in August? I'll get us into a couple of the small places."),
   ("montreal", "2021-05-28 21:12", "Deal!! Bisous")])
C("genuine", "vendor_renewal_price", "en", "existing CRM vendor's customer success manager explains renewal pricing change",
  [("crm", "2021-06-15 10:00", "Hi Danielle, your Cellarbook renewal is coming up on July 31. Just flagging that the Team plan moves from $39 to $45 per seat/month this year, but since you're on annual billing I can keep you at $42 if you renew before July 15. Want me to send the renewal form?"),
   ("me", "2021-06-15 11:20", "Hi Ashley, thanks for the heads up. Yes please send it, 7 seats."),
   ("crm", "2021-06-15 11:31", "Sent! Thanks for being with us.")])
C("genuine", "customs_issue", "en", "customs broker about a shipment held for label review",
  [("broker", "2021-04-20 09:15", "Danielle, the Hofbauer... sorry, the Ochoa container is held at Port of Montreal for a CFIA label check. Missing French on the back label of the Crianza. Can you get me a corrected label file today? Storage starts tomorrow."),
   ("me", "2021-04-20 09:40", "On it, Javier's team is sending stickers. I'll forward the proof within the hour."),
   ("broker", "2021-04-20 13:02", "Got it, submitted. Should release Thursday.")])
C("genuine", "charity_donation_request", "en", "charity contact asks for donated wine for a fundraiser",
  [("charity", "2021-10-20 12:00", "Hi Danielle! We're doing the Harvest Table gala again on Nov 26. Would Lakeshore & Vine be able to donate a couple of cases for the silent auction like last year? We'd put your logo on the program of course."),
   ("me", "2021-10-20 13:15", "Hi Noor, of course. Two cases of mixed reds and a magnum for the live auction. I'll have Brianna coordinate delivery.")])
C("genuine", "team_internal", "en", "her sales rep about a delayed client order",
  [("rep", "2021-08-11 17:30", "Hey, heads up, Trattoria Bellwoods order didn't go out today, the warehouse says the Crianza is short by 3 cases. Dom's already texting me lol. Can we sub the Rioja Reserva at the same price?"),
   ("me", "2021-08-11 17:42", "Yes, sub at Crianza price, I'll eat the difference. Tell Dom I said sorry and send him a bottle of the Reserva for staff."),
   ("rep", "2021-08-11 17:45", "👍 thx")])
C("genuine", "group_trade_show_exhibitor", "en", "trade show organiser and colleagues coordinate her booth as exhibitor",
  [("showorg", "2021-10-04 10:00", "Hi all, confirming booth 214 for Lakeshore & Vine at the Great Lakes Wine & Food Expo (Nov 18-20). Move-in is the 17th from 2pm. Please send names for exhibitor badges by Oct 29."),
   ("rep", "2021-10-04 10:30", "Danielle, I can do move-in on the 17th."),
   ("me", "2021-10-04 11:00", "Thanks Martin. Badges: me, Kyle Fontaine, Brianna Oduya. Kyle does move-in."),
   ("showorg", "2021-10-04 11:05", "Perfect, noted.")],
  title="GLWFE 2021 - Booth 214", extra=["mentee"])
C("genuine", "winery_partner_report", "en", "Spanish winery export director asks for depletion numbers",
  [("rioja", "2021-07-07 09:00", "Hola Danielle, hope you're well. Could you send me the H1 depletions by account for the Crianza and the Reserva? Our board meets on the 20th. Also: we're raising FOB prices 4% from the 2019 vintage, I wanted you to hear it from me first."),
   ("me", "2021-07-07 10:30", "Hola Javier! Depletions by Friday. Thanks for the heads-up on pricing, can we keep the Crianza flat for the two open LCBO orders?"),
   ("rioja", "2021-07-07 11:00", "Yes, open orders stay at the old price. Gracias!")])
C("genuine", "client_complaint", "en", "client GM reports corked bottles and asks for credit",
  [("corked", "2021-06-25 21:45", "Danielle, had 3 corked bottles of the Douro from last week's case. Not the end of the world, but can we get a credit?"),
   ("me", "2021-06-26 09:00", "Sorry about that Dom! Of course, credit for 3 bottles on your next invoice. Kyle will pick up the bottles so I can send them back to the winery."),
   ("corked", "2021-06-26 09:20", "Thanks, appreciated.")])
C("genuine", "longstanding_mentor", "en", "former boss congratulates her and checks in",
  [("exboss", "2021-01-12 15:00", "Danielle, just saw Evelyn's post that you've been made Director of Sales. About time! Proud of you. Lunch when this lockdown ends, my treat."),
   ("me", "2021-01-12 16:10", "Gordon, thank you! I learned half of it from you. Lunch is a deal, and I'm bringing a Douro you'll love.")])
C("genuine", "student_informational", "en", "college student asks for an informational chat",
  [("student", "2021-02-24 19:00", "Hi Ms. Brennan-Osei, I'm in my last year of the Winery & Viticulture program at Niagara College and I'm interested in the import side of the industry. Would you be open to a 20 minute chat about how you got started? I completely understand if you're busy."),
   ("me", "2021-02-25 08:30", "Hi Aisha, happy to! Friday at 4 on Zoom? I'll send a link.")])
C("genuine", "guest_lecture_invite", "en", "wine school instructor invites her to guest lecture",
  [("school", "2021-03-08 12:00", "Hi Danielle, my Level 3 class would love a guest session on how an agency actually works, the LCBO listing process, consignment, all the stuff the textbook skips. Any chance you could do 90 minutes on April 14 evening? We pay a small honorarium."),
   ("me", "2021-03-08 13:00", "Patricia I'd love that. April 14 works.")])
C("genuine", "client_invoice_question", "en", "client controller asks for an invoice copy and payment terms",
  [("invoice", "2021-05-10 10:20", "Bonjour Danielle, could you resend invoice LV-20417? And are you still on net 30 or did that change? Our new system needs the terms."),
   ("me", "2021-05-10 11:00", "Hi Luc, resent just now. Still net 30 for you.")])
C("genuine", "inbound_buyer_private", "en", "private person asks to buy cases of Grüner for her wedding",
  [("wedding", "2021-07-20 21:15", "Hi! Sorry for the random message. We had the Hofbauer Grüner at a restaurant and loved it, and the restaurant said your agency brings it in. Is there a way to buy maybe 8 cases for our wedding in September? What would that cost?"),
   ("me", "2021-07-21 09:10", "Hi Megan, congratulations! Yes, you can order by the case through us (it goes through the LCBO private ordering). 8 cases would be about $27.95/bottle all in. I'll email you the form."),
   ("wedding", "2021-07-21 09:30", "Amazing, thank you so much!!")])
C("genuine", "winery_visit", "en", "Italian winery owner visiting Toronto plans dinner",
  [("visit", "2021-10-25 07:40", "Ciao Danielle, I'll be in Toronto Nov 16-19 for the expo. Can we do a dinner with a couple of your best accounts? I bring the Etna Rosso magnums."),
   ("me", "2021-10-25 09:00", "Ciao Giulia! Yes! I'll book Osteria Fumo on the 16th and invite Marco and Sasha.")])
C("genuine", "liquor_board_consignment", "en", "LCBO analyst about consignment stock aging",
  [("lcbo_pos", "2021-08-30 14:20", "Hi Danielle, you've got 14 cases of the Ochoa Garnacha in consignment that are past 12 months. Per policy we'll need a plan to move or return them by Oct 15. Want to set up a call?"),
   ("me", "2021-08-30 15:00", "Thanks Darnell. I think we can place most of it with one account. Call Thursday?"),
   ("lcbo_pos", "2021-08-30 15:10", "Thursday 10am, I'll send an invite.")])
C("genuine", "referral_intro", "en", "accountant friend introduces a restaurant owner in a group chat",
  [("referrer", "2021-09-08 11:00", "Danielle, meet Arjun, he owns Saffron Terrace and is rebuilding his wine list for the new patio. Arjun, Danielle is the wine person I told you about. I'll let you two take it from here!"),
   ("referred", "2021-09-08 11:30", "Hi Danielle, nice to meet you. Looking for 8-10 wines that work with spice. Could you send some ideas and prices?"),
   ("me", "2021-09-08 12:00", "Thanks Steph! Hi Arjun, lovely to meet you. Off-dry Riesling and Grüner are a start, I'll put together a short list with prices by tomorrow.")])
C("genuine", "podcast_invite_unpaid", "en", "wine podcast host she knows invites her as a guest, no fee involved",
  [("podcast_real", "2021-04-12 18:00", "Hey Danielle! Season 3 of Pour Decisions is going to be about the business side of wine. Would you come on and talk about how agencies pick producers? Totally casual, we record in my basement in the Junction lol."),
   ("me", "2021-04-12 19:00", "Ha, love it. Yes! Send me some dates."),
   ("podcast_real", "2021-04-12 19:05", "May 6 or 13?"),
   ("me", "2021-04-12 19:20", "13th.")])
C("genuine", "colleague_mentoring", "en", "her sales coordinator asks for advice about a difficult account",
  [("mentee", "2021-10-06 16:00", "Hi Danielle, got a sec tomorrow? Bistro Sainte-Anne wants to return 2 cases they ordered by mistake and I don't know what our policy is when it's their mistake."),
   ("me", "2021-10-06 16:20", "Sure, 9:30 tomorrow. Short answer: we take it back once, nicely, and we note it on the account.")])
C("genuine", "work_anniversary_congrats", "en", "long-standing supplier contact congratulates her on a work anniversary",
  [("anniv", "2021-01-07 09:00", "Congrats on 8 years at Lakeshore & Vine Danielle! Hope 2021 is kinder than 2020."),
   ("me", "2021-01-07 10:00", "Thanks Frank! Fingers crossed. Say hi to everyone at Vinewood.")])
C("genuine", "vendor_fee_change", "en", "existing bonded warehouse announces new storage fees",
  [("bonded", "2021-11-01 10:00", "Hi Danielle, as of January 1 our pallet storage fee goes from $18 to $21/pallet/month and pick fees up $0.25/case. The formal notice is attached to your October statement. If you want to review your volume tier I'm happy to hop on a call."),
   ("me", "2021-11-01 11:00", "Thanks Simone. Let's do a call, we should be moving to the next tier with the Austrian listings.")])

# ================================================================= wanted pitches
C("wanted_pitch", "photographer_post", "en", "photographer refers to her LinkedIn post about the Sicilian launch and the Vintages catalogue shots",
  [("w_photo", "2021-07-06 09:20", "Hi Danielle, thanks for connecting. In your post last week about the Cantine Ferrante launch you mentioned the producer photos you got were 'lovely but useless for a catalogue'. That's exactly what I shoot: clean bottle shots on white plus a couple of lifestyle frames, sized to the Vintages catalogue specs. If it helps, I could do 3 SKUs as a test at my Geary Ave studio. Portfolio: markovicstudio.ca/wine"),
   ("me", "2021-07-06 12:00", "Ha, you read that. Yes, that's exactly the problem. What would 6 SKUs cost?"),
   ("w_photo", "2021-07-06 12:40", "$85 per SKU for white + 1 lifestyle, so $510 for 6, 5 working days.")])
C("wanted_pitch", "sales_coach_talk", "en", "sales coach saw her panel talk at a hospitality summit",
  [("w_train", "2021-06-10 14:00", "Hi Danielle, I was in the audience for your panel at the Ontario Hospitality Summit on Tuesday. Your point that agency reps lose accounts because they 'sell the wine instead of the margin' stuck with me, because that's what I coach. I run a half-day workshop for beverage reps on margin conversations with GMs (restaurant P&L, pour cost, BTG math). Would you want me to run it for your team of 5? Happy to send the outline.")])
C("wanted_pitch", "label_compliance_site", "en", "label compliance firm visited her website and spotted a bilingual label issue",
  [("w_label", "2021-06-28 10:10", "Bonjour Danielle, I was on lakeshoreandvine.ca looking at your new Austrian producers. The tech sheets show the German back labels only; for Ontario and CFIA you'll need English and French mandatory info (and the 'Product of Austria' line in both). We do compliant sticker labels for importers, usually 48h turnaround, and we did the same for two other Toronto agencies this spring. Want me to check one label for free?"),
   ("me", "2021-06-28 11:00", "Timely - we just had a container held for that exact reason. Yes please, I'll send the Hofbauer label.")])
C("wanted_pitch", "coldchain_specific_problem", "en", "reefer freight firm names her summer heat damage problem concretely",
  [("w_cold", "2021-08-24 09:00", "Hi Danielle, Sean here from ColdChain Transatlantic. Gurpreet at Northbound mentioned (he's a friend, we share lanes) that you had heat-damaged cases in the July dry containers from Leixões, and that your Q4 loads will consolidate Spain and Portugal. We run a weekly consolidated reefer out of Bilbao with a stop in Leixões, 14°C set point, logger data per container. For 2-3 pallet LCL shipments it usually comes out cheaper than a full reefer. Happy to quote your October load if useful.")])
C("wanted_pitch", "recruiter_relevant_role", "en", "executive recruiter pitches a relevant VP Sales role, citing a mutual contact",
  [("w_recruit", "2021-10-14 17:30", "Hi Danielle, Gordon Whitfield suggested I reach out (he was very complimentary!). I'm running a confidential search for a VP Sales, Ontario at a fine-wine import agency roughly 3x the size of Lakeshore & Vine, with a strong Iberian and Austrian book. Your track record with Vintages features is exactly what they need. Even if you're happy where you are, would you be open to a 20-minute confidential call?"),
   ("me", "2021-10-15 08:30", "Hi Imogen, thanks, and thanks to Gordon. I'm happy where I am, but I'm always open to a conversation. Next week?")])
C("wanted_pitch", "software_her_setup", "en", "depletion-reporting software vendor knows her CRM and spreadsheet setup",
  [("w_crm", "2021-05-26 11:00", "Hi Danielle, I saw your job posting for a Sales Coordinator - it lists 'Cellarbook CRM and Excel depletion reports' as daily tools. We built Depletion.io for agencies exactly in that setup: it reads the LCBO consignment and private order reports, matches them to your Cellarbook accounts and builds the monthly depletion report per winery automatically. Javier-type requests ('H1 by account by Friday') become one click. Would a 20-min demo with your own sample file be useful?")])
C("wanted_pitch", "consultant_public_call", "en", "consultant refers to a specific public LCBO product call",
  [("w_tender", "2021-05-12 13:00", "Hi Danielle, the LCBO product call for the February 2022 Vintages Iberian feature (call #V-22-02-IB) closes May 28. I noticed your Quinta do Vale Escuro Reserva was featured in 2019 and the call asks for Douro reds at $19-24. I help agencies prepare the submission package (pricing form, sensory notes, marketing support plan), flat fee $450. If you already have it in hand, ignore me - just thought the timing was tight.")])
C("wanted_pitch", "venue_mutual_contact", "en", "event space manager cites a mutual sommelier contact and her joint tasting",
  [("w_space", "2021-06-08 16:00", "Hi Danielle, Owen McTavish told me you two are planning a joint Iberian trade tasting in September. The Annex Loft holds 120 standing, we have a tasting-friendly layout (long tables, spittoons, natural light) and a loading dock for cases. For a weekday afternoon trade event we do $1,900 including glassware. Want me to hold Sept 28 or 29 for you?"),
   ("me", "2021-06-08 17:10", "Oh nice, Owen was looking at venues. Can you send a floor plan? Cc Owen.")])
C("wanted_pitch", "booth_design_press", "en", "exhibit designer read a magazine item about her Portuguese portfolio win",
  [("w_booth", "2021-09-15 10:30", "Hi Danielle, I read in Toronto Table that Lakeshore & Vine is taking on the ViniPortugal roadshow wines and will be at the Great Lakes Expo in booth 214. A 10x10 corner booth gets lost easily there; we build modular tasting bars with back-lit shelving that pack into one crate and can be reused for your spring events. Here are two we did for wineries at the same expo: boothandbolt.ca/wine. Would you like a quote for 214?")])
C("wanted_pitch", "translator_interview", "en", "translator read her interview about expanding to Quebec",
  [("w_french", "2021-08-30 10:00", "Bonjour Danielle, in your interview with Toronto Table you said Lakeshore & Vine wants to start selling into Quebec restaurants next year. The SAQ will need all your tech sheets and sell sheets in French, and restaurant buyers in Montreal really notice the difference between a machine translation and a wine translator. I translate wine and spirits material only (12 years, ex-sommelier). I could translate one tech sheet for free so you can judge."),
   ("me", "2021-08-31 09:00", "Merci Amélie, that's actually on my to-do list. Let's do the free one, I'll send the Ochoa Crianza sheet.")])
C("wanted_pitch", "trade_roadshow_producer", "en", "trade roadshow producer invites her agency to a Portuguese pavilion, naming her growers",
  [("w_expo", "2021-03-30 12:00", "Dear Danielle, we are organising the Portuguese pavilion at the Toronto trade roadshow in October. Quinta do Vale Escuro told us you are their Ontario agent, and we have 6 producers coming who are looking for Ontario representation (2 from Douro, 2 Vinho Verde, 1 Dão, 1 Alentejo). Agencies can join the trade session for free; producer tables are paid by the producers. Shall I send you the producer list?"),
   ("me", "2021-03-30 13:00", "Yes please! Especially the Dão.")])
C("wanted_pitch", "analytics_named_clients", "en", "analytics startup names her restaurant accounts and a concrete problem",
  [("w_data", "2021-10-06 09:30", "Hi Danielle, quick one. Three of your accounts (Osteria Fumo, Larkin Room and Dovercourt Wine Bar) use our POS integration, and they gave us OK to share aggregated BTG sell-through with their suppliers. For your wines that would show e.g. how fast the Vinho Verde moves by the glass vs the bottle in each room, weekly. Agencies use it to time re-orders before the consignment aging deadline hits. Would a look at a sample dashboard be useful? No cost for the pilot.")])

# ================================================================= junk
C("junk", "generic_leadgen", "en", "generic lead-generation agency pitch",
  [("j_leadgen", "2021-04-14 08:01", "Hi Danielle,\n\nWe help B2B companies book 15-30 qualified sales meetings per month using our proprietary outbound system. No retainers, you only pay per meeting.\n\nWould you be open to seeing how it works?\n\nCheers,\nBrett")])
C("junk", "off_topic_solar", "en", "off-topic solar panels offer",
  [("j_solar", "2021-05-04 17:30", "Hey Danielle! Are you a homeowner in the GTA? With the new federal grants you could get up to $5,000 back on a solar install and cut your hydro bill by 60%. Let me know and I'll run a free savings estimate for your address 😊")])
C("junk", "offers_what_she_sells", "en", "another importer pitches European wines to her as if she were a restaurant",
  [("j_wine", "2021-06-17 10:40", "Dear Danielle,\n\nEuroCru Imports is a leading importer of premium European wines (Italy, Spain, Portugal, France). We offer competitive pricing, flexible minimums and full support for your wine list.\n\nMay I send you our catalogue and arrange a tasting for your establishment?\n\nBest regards,\nCarlo Benedetti")])
C("junk", "capacity_for_clients", "en", "asks if she has capacity for new clients",
  [("j_capacity", "2021-03-23 12:12", "Hi Danielle, quick question - do you have capacity to take on new clients this quarter? We have a pipeline of businesses actively looking for providers like you and we match them for a small success fee. Worth a chat?")])
C("junk", "like_minded_connect", "en", "let's connect as like-minded entrepreneurs",
  [("j_likeminded", "2021-02-02 06:15", "Hey Danielle, I came across your profile and love what you're doing. I'm always looking to connect with like-minded entrepreneurs and leaders who are building something great. Let's connect and see how we can add value to each other's journey! 🚀")])
C("junk", "quick_call", "en", "quick 15-minute call request with no context",
  [("j_15min", "2021-07-27 09:05", "Hi Danielle - would you be open to a quick 15-minute call next week? I have an idea that I think could really help Lakeshore & Vine Agency grow. What does your calendar look like Tuesday or Wednesday?")])
C("junk", "connect_then_pitch", "en", "connect-then-pitch: small talk, then social media management pitch after she replied",
  [("j_ctp1", "2021-03-02 09:30", "Thanks for connecting Danielle! How's business been with everything going on? Hospitality has had such a rough year."),
   ("me", "2021-03-02 12:10", "Thanks Brooke, it's been a ride but we're hanging in there!"),
   ("j_ctp1", "2021-03-03 10:00", "Love that! So I actually help businesses like yours grow their Instagram and LinkedIn presence with done-for-you content (12 posts + stories per month). We have a spring special at $799/month. Want me to send over some examples?")])
C("junk", "connect_then_pitch", "en", "connect-then-pitch: wealth advisor pitch in message 2",
  [("j_ctp2", "2021-08-09 08:00", "Hi Danielle, thanks for accepting! Hope your summer is going well."),
   ("j_ctp2", "2021-08-11 08:00", "I work with senior professionals and business owners to build tax-efficient retirement plans. Most of my clients were surprised how much they were leaving on the table. Could we book 20 minutes for a complimentary portfolio review?")])
C("junk", "connect_then_pitch", "en", "connect-then-pitch: packaging sales, pitch in message 3 after two friendly notes",
  [("j_ctp3", "2021-09-13 14:30", "Thanks for connecting Danielle! Happy Monday."),
   ("j_ctp3", "2021-09-15 10:00", "Saw that you're in the wine business - that must be fun! Do you get to travel a lot?"),
   ("j_ctp3", "2021-09-17 10:00", "Anyway, wanted to share: Pearce Packaging makes custom mailer boxes, tissue paper and branded tape for e-commerce brands. We have low MOQs (100 units). Would you like a free sample kit?")])
C("junk", "follow_up_bump", "en", "outsourcing pitch with unanswered follow-up bumps",
  [("j_bump1", "2021-05-10 09:00", "Hi Danielle, we provide dedicated offshore sales development reps starting at $12/hour. Fully trained, managed and ready in 2 weeks. Interested?"),
   ("j_bump1", "2021-05-17 09:00", "Hi Danielle, just bumping this to the top of your inbox."),
   ("j_bump1", "2021-05-26 09:00", "Following up one more time - is this something Lakeshore & Vine Agency would consider?")])
C("junk", "follow_up_bump", "en", "branding agency pitch with bumps and a breakup message",
  [("j_bump2", "2021-06-01 13:00", "Hey Danielle, is your brand telling the right story? We help companies create brand identities that convert. Would love to show you our portfolio."),
   ("j_bump2", "2021-06-08 13:00", "Any thoughts on my last message?"),
   ("j_bump2", "2021-06-22 13:00", "I haven't heard back so I'll assume the timing isn't right. Should I close your file?")])
C("junk", "bookkeeping_template", "en", "bookkeeping template (1/5)",
  [("j_tpl1", "2021-02-15 08:30", "Hi Danielle, I noticed you're the Director of Sales at Lakeshore & Vine Agency. Most growing businesses we talk to are spending 10+ hours a month on bookkeeping that could be fully outsourced. We handle it all for a flat monthly fee, starting at $299. Open to a quick chat this week?")])
C("junk", "bookkeeping_template", "en", "bookkeeping template (2/5)",
  [("j_tpl2", "2021-03-09 11:45", "Hello Danielle! I noticed you are Director of Sales at Lakeshore & Vine Agency. Most growing businesses I speak with spend 10+ hours each month on bookkeeping that could be outsourced completely. We take care of everything for a flat fee from $249/month. Would you be open to a short chat?")])
C("junk", "bookkeeping_template", "en", "bookkeeping template (3/5)",
  [("j_tpl3", "2021-04-21 15:20", "Hi Danielle - noticed you lead sales at Lakeshore & Vine Agency. Most growing companies we meet spend more than 10 hours a month on bookkeeping and payroll that could be outsourced. We do it all for one flat monthly fee (from $349). Worth a quick call this week?")])
C("junk", "bookkeeping_template", "en", "bookkeeping template (4/5)",
  [("j_tpl4", "2021-06-02 10:10", "Hi Danielle, I see you're Director of Sales at Lakeshore & Vine Agency. Most growing businesses we work with were spending 10+ hrs/month on bookkeeping before outsourcing it to us. Flat monthly fee, no surprises. Are you open to a quick chat?")])
C("junk", "bookkeeping_template", "en", "bookkeeping template (5/5)",
  [("j_tpl5", "2021-08-18 09:00", "Hey Danielle, noticed you're the Director of Sales over at Lakeshore & Vine Agency. Most growing businesses spend 10 or more hours every month on bookkeeping that could be fully outsourced. We handle it end to end for a flat fee starting at $275/mo. Quick chat this week?")])
C("junk", "merge_tag_failure", "en", "merge-tag failure: literal {first_name}",
  [("j_merge1", "2021-03-16 07:30", "Hi {first_name},\n\nI'm reaching out because companies like yours are using GrowthHive to automate their LinkedIn outreach and 3x their reply rates. Can I show you a 10-minute demo?\n\nBest,\nLindsay")])
C("junk", "merge_tag_failure", "en", "merge-tag failure: literal [Company] placeholder",
  [("j_merge2", "2021-04-27 14:00", "Hi Danielle, I was impressed by what [Company] has been doing in the [Industry] space. NovaReach helps teams like yours find verified contact data for decision makers. Would it make sense to connect for 15 min?")])
C("junk", "merge_tag_failure", "en", "merge-tag failure: wrong first name",
  [("j_merge3", "2021-07-13 16:45", "Hi Daniel, congrats on your success at Lakeshore & Vine Agency! As a fellow business owner I know how hard it is to get found online. Our marketing packages start at $499/month and include SEO, ads and social. Can we chat?")])
C("junk", "merge_tag_failure", "en", "merge-tag failure: wrong company name (another client's)",
  [("j_merge4", "2021-09-21 11:00", "Hi Danielle, I hope all is well at Maple Ridge Dental! Many practices are moving their IT to the cloud this year to cut costs by up to 40%. Would you be open to a free cloud readiness assessment?")])
C("junk", "sponsored_inmail", "en", "Sponsored InMail from a bank",
  [("s_bank", "2021-03-01 12:00", "<p>Hi Danielle,</p><p>Growing business? Get up to $250,000 in working capital with Northgate Business Banking &amp; a <b>0% intro rate</b> for 6 months.</p><p><a href='#'>Apply in minutes</a></p>")],
  title="Sponsored Conversation", subject="Working capital for your business")
C("junk", "sponsored_inmail", "en", "Sponsored InMail from a business school",
  [("s_mba", "2021-05-19 12:00", "<p>Danielle, take the next step in your career.</p><p>Rosedale's Executive MBA is designed for senior leaders like you. Weekend format, 20 months.</p><p>Join our virtual info session on June 3.</p>")],
  title="Sponsored Conversation", subject="Executive MBA info session")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for fleet telematics",
  [("s_fleet", "2021-09-07 12:00", "<p>Hi Danielle,</p><p>Cut fuel costs by up to 20% with FleetWise GPS tracking. Free trial for fleets of 5+ vehicles.</p>")],
  title="Sponsored Conversation", subject="Free fleet tracking trial")
C("junk", "paid_award", "en", "paid business award asking for a fee",
  [("j_award", "2021-05-25 10:00", "Dear Danielle,\n\nCongratulations! Lakeshore & Vine Agency has been shortlisted for the 2021 Canadian Business Excellence Award in the Food & Beverage category. To confirm your nomination, please complete the winner's package (CAD $1,495), which includes a trophy, a digital badge and a feature article in our annual review.\n\nKind regards,\nVanessa Doyle")])
C("junk", "paid_podcast_slot", "en", "podcast feature that requires a fee",
  [("j_podcast", "2021-08-03 13:30", "Hi Danielle! Our show Founders Unfiltered (top 5% globally 🎙️) features inspiring leaders. We'd love to have you on as a guest! There's a one-time production fee of $650 which covers editing, promotion and a professional video clip for your socials. Interested?")])
C("junk", "fluent_named_company", "en", "fluent brand-partnership pitch that names her company but fits anyone",
  [("j_fluent", "2021-10-19 09:15", "Hi Danielle, I've been following Lakeshore & Vine Agency for a while and really admire how you've built a trusted brand in a competitive market. At Meridian we partner with ambitious companies to unlock their next stage of growth through integrated brand strategy, digital experience and performance marketing. I'd love to explore whether there's a fit. Would you have 20 minutes in the coming weeks?")])
C("junk", "generic_photography", "en", "generic photography offer (counterpart of the tailored photographer)",
  [("j_photo", "2021-07-19 15:00", "Hi Danielle! Need professional photos for your business? We do headshots, product shots, events and more at affordable rates. Check out snappromedia.com and let me know if you need anything 📸")])
C("junk", "generic_sales_training", "en", "generic sales training pitch (counterpart of the tailored coach)",
  [("j_training", "2021-06-14 08:00", "Hey Danielle, is your sales team hitting quota? Our Closer Academy program has helped 2,000+ reps double their close rate in 90 days. Let's hop on a call so I can show you how.")])
C("junk", "generic_freight", "en", "generic logistics pitch (counterpart of the tailored reefer firm)",
  [("j_freight", "2021-08-26 10:20", "Dear Sir/Madam,\n\nGlobalMove Logistics offers air freight, ocean freight, trucking and warehousing worldwide at the best rates. Please share your upcoming shipment details so we can quote.\n\nRegards,\nAnil")])
C("junk", "generic_crm", "en", "generic CRM pitch (counterpart of the tailored depletion tool)",
  [("j_crm", "2021-05-31 14:30", "Hi Danielle, are you still managing your pipeline in spreadsheets? PipeDeck CRM helps sales teams close more deals with less admin. Start a free 14-day trial today or book a demo with me!")])
C("junk", "generic_recruiter_irrelevant", "en", "recruiter with an irrelevant insurance sales role",
  [("j_recruit", "2021-04-06 11:00", "Hi Danielle, I have an exciting opportunity for a Commission-Only Insurance Sales Associate with a leading firm. Unlimited earning potential! Are you open to new opportunities? Please send me your resume.")])
C("junk", "generic_booth", "en", "generic exhibit display pitch (counterpart of the tailored booth designer)",
  [("j_booth", "2021-09-20 09:40", "Hello! Are you exhibiting at any trade shows this year? ExpoWorks offers pop-up banners, table covers and backdrops at wholesale prices. Order by Friday for 15% off!")])
C("junk", "crypto_investment", "en", "crypto yield investment pitch",
  [("j_crypto", "2021-10-27 22:10", "Hi Danielle, hope you're well. I wanted to share an opportunity our clients are using to earn 12-18% fixed yield through DeFi staking, fully managed. Minimum is just $10k. Can I send you the deck?")])
C("junk", "seo_audit", "en", "unsolicited SEO audit",
  [("j_seo", "2021-02-18 05:45", "Hello Danielle, I checked your website and found 27 critical SEO errors that are hurting your Google ranking. I can send you the full audit report for free. Shall I share it?")])
C("junk", "virtual_assistant", "en", "offshore virtual assistant offer",
  [("j_va", "2021-03-30 02:30", "Good day Danielle! Are you overwhelmed with admin tasks? Our virtual assistants can handle email, scheduling, data entry and more starting at $8/hour. Let me know if you'd like a free trial week!")])
C("junk", "follow_up_bump", "en", "lead-list vendor sends three bumps",
  [("j_bump3", "2021-10-04 08:00", "Hi Danielle, we build verified B2B lead lists for any industry - 1,000 contacts for $299. Want a free sample of 50?"),
   ("j_bump3", "2021-10-07 08:00", "Hi Danielle, did you see my note?"),
   ("j_bump3", "2021-10-12 08:00", "Bumping this up 👆"),
   ("j_bump3", "2021-10-19 08:00", "Last try - should I reach out to someone else on your team?")])
C("junk", "generic_translation", "en", "generic translation agency (counterpart of the tailored wine translator)",
  [("j_translate", "2021-09-01 07:00", "Dear Danielle, LinguaGlobal provides professional translation in 120+ languages for legal, medical, technical and marketing documents. Fast turnaround and competitive rates. Please let us know if you have any translation needs.")])
C("junk", "franchise_opportunity", "en", "franchise / side-business opportunity pitch",
  [("j_franchise", "2021-06-29 19:00", "Hi Danielle, have you ever thought about owning your own business? Freedom Path helps professionals like you become franchise owners with no industry experience needed. Would you be open to exploring it? No obligation!")])

ex.write(
    OUT,
    profile={"First Name": "Danielle", "Last Name": "Brennan-Osei",
             "Headline": "Director of Sales at Lakeshore & Vine Agency | Iberian & Austrian wines in Ontario",
             "Summary": "Wine agency sales leader in Toronto. I represent family wineries from Portugal, Spain, "
                        "Austria and Sicily in Ontario restaurants and through the LCBO (Vintages, consignment "
                        "and private ordering).",
             "Industry": "Wine and Spirits", "Zip Code": "M6J", "Geo Location": "Toronto, Ontario, Canada",
             "Websites": "[COMPANY:lakeshoreandvine.ca]"},
    positions=[
        {"Company Name": "Lakeshore & Vine Agency", "Title": "Director of Sales",
         "Description": "Lead a team of 5 selling imported wines to Ontario restaurants and the LCBO.",
         "Location": "Toronto, Ontario", "Started On": "Jan 2021", "Finished On": ""},
        {"Company Name": "Lakeshore & Vine Agency", "Title": "Senior Sales Representative",
         "Description": "On-premise accounts in downtown Toronto.", "Location": "Toronto, Ontario",
         "Started On": "Jan 2013", "Finished On": "Dec 2020"},
        {"Company Name": "Maple Leaf Wine Merchants", "Title": "Sales Representative",
         "Description": "", "Location": "Montreal, Quebec", "Started On": "Jun 2009", "Finished On": "Dec 2012"},
    ],
    skills=["Wine Sales", "Key Account Management", "LCBO Vintages", "Sommelier", "Negotiation",
            "Portuguese Wine", "Team Leadership"],
)
print(ex.summary())

"""Persona dev39/en-luxury-real-estate-photographer-miami, written blind in session 5.

Daniela Arroyo, freelance real-estate and architecture photographer in Miami
(Arroyo Light Studio LLC). Layout 2024. Every message text below is written by hand.
Run with the project venv; it rewrites the persona folder byte-identically.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-luxury-real-estate-photographer-miami"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Daniela Arroyo", "https://www.linkedin.com/in/daniela-arroyo-light",
               "Arroyo Light Studio LLC", "Real Estate & Architectural Photographer")
ex = Export(SLUG, "2024", owner)
P = ex.person
C = ex.conv

# ====================================================================== GENUINE (35)

P("gloria", "Gloria Estrada", "Bayline Realty", "Broker Associate", connected="2018-05-14")
C("genuine", "client_booking", "mixed", "long-standing realtor booking a twilight shoot, Spanish small talk", [
    ("gloria", "2024-03-04 09:12", "Dani!! ¿Cómo estás, mija? I have a new one on Alhambra Circle in Coral Gables, 5/4 with the courtyard pool. Sellers want it live by the 15th. Can you do a twilight Thursday?"),
    ("me", "2024-03-04 10:40", "Hola Gloria! Todo bien, gracias. Thursday twilight works, sunset is 7:22 so I'd be there 6:15 to do the interiors first. Same package as Sevilla Ave? Stills + drone + twilight."),
    ("gloria", "2024-03-04 10:58", "Same as Sevilla, yes. And please tell the cleaning lady the pool cover stays OFF this time jajaja. Te mando the lockbox code by text."),
    ("me", "2024-03-04 11:03", "Jajaja noted. See you Thursday 💛"),
])

P("marcus", "Marcus Thibodeaux", "Harbor & Palm Realty", "Team Lead", connected="2023-11-02")
C("genuine", "client_quote_request", "en", "realtor team asks for a quote on a six-listing bundle", [
    ("marcus", "2024-04-09 16:20", "Hi Daniela, our team has six listings coming in May, mostly Aventura and Sunny Isles condos, two of them over 3,500 sq ft. Could you quote us a bundle price for all six (stills + floor plan, drone on two)? We've been using someone else but the last batch came back with blown-out windows."),
    ("me", "2024-04-09 18:02", "Hi Marcus, thanks for thinking of me. For six with those specs I'd do $2,850 total: stills on all six, floor plans on all six, drone on the two waterfront ones, 24h delivery. Windows get flash-ambient blended so you'll see the view, promise. Want me to hold dates?"),
    ("marcus", "2024-04-10 08:15", "That works. Hold May 6-10 for us, I'll send addresses once listing agreements are signed. Is a deposit needed?"),
    ("me", "2024-04-10 08:31", "25% to hold the week, I'll send the invoice today. Rest on delivery."),
])

P("solano", "Priya Castellanos", "Solano Bay Developments", "Marketing Director")
C("genuine", "inbound_lead_buying", "en", "developer wants to buy monthly construction progress photography, asks rates", [
    ("solano", "2024-05-21 14:05", "Hello Daniela, I'm the marketing director at Solano Bay. We're breaking ground on a 32-story residential tower in Edgewater in July and need monthly construction progress photography (ground + aerial) for about 26 months, plus a full architectural shoot at completion. Your Brickell Key work was recommended by our architect. Could you send rates and your availability for a call next week?"),
    ("me", "2024-05-21 16:48", "Hi Priya, thank you, that's exactly the kind of project I love. Monthly progress is usually a flat retainer; I'll put together a proposal with two options (with and without aerial each month). Wednesday or Thursday next week at 11 work for a call?"),
    ("solano", "2024-05-22 09:02", "Thursday 11 is perfect. I'll include our construction manager, he'll want to talk about site safety and the FAA side since we're close to the hospital helipad."),
    ("me", "2024-05-22 09:10", "Good call. I'll check the airspace beforehand and bring the LAANC details. Talk Thursday."),
])

P("okafor", "Nnamdi Okafor", "Okafor Reyes Architects", "Principal", connected="2021-09-30")
C("genuine", "client_contract", "en", "architect sends usage licence/contract terms for award submission shoot", [
    ("okafor", "2024-06-03 12:30", "Daniela, the Key Biscayne residence is finally furnished. We want to submit it for the Florida Design Awards (deadline July 12). Can you shoot mid-June? Also our lawyer asked for a licensing agreement this time that covers awards, website and two publications."),
    ("me", "2024-06-03 13:15", "Congrats, finally! June 17 or 18 both open. I'll send my standard architectural license with awards + web + editorial (2 publications) spelled out. If the interior designer wants to use them too we can do a cost share, I'll add a clause."),
    ("okafor", "2024-06-04 08:40", "18th please. Yes, Celeste will want them, I'll connect you two. Send the contract to our office manager, Lourdes, cc me."),
    ("me", "2024-06-04 09:05", "Done, sent to Lourdes. Confirmed June 18, 8am start so we catch the morning light on the bay side."),
])

P("celeste", "Celeste Varón", "Celeste Varón Interiors", "Founder & Principal Designer", connected="2024-06-05")
C("genuine", "client_cost_share", "en", "interior designer joins the architect's shoot, discusses cost share", [
    ("celeste", "2024-06-05 10:12", "Hi Daniela! Nnamdi said you're shooting the Key Biscayne house on the 18th. I'd love to license the interiors for my portfolio and a design magazine submission. He mentioned a cost share? What would my part be?"),
    ("me", "2024-06-05 11:20", "Hi Celeste! Yes, for a third-party license on the same shoot it's 40% of the creative fee, so $1,120, and you'd get web + portfolio + one editorial submission. If you want specific vignettes (the dining table styling etc.) tell me and I'll add 30 min."),
    ("celeste", "2024-06-05 11:41", "Perfect. Please add the vignettes, my stylist will be there with the florals at 7:30."),
])

P("kiara", "Kiara Batiste", "Arroyo Light Studio LLC", "Photo Assistant & Editor", connected="2020-01-20")
C("genuine", "assistant_logistics", "en", "owner's assistant, gear and schedule chat", [
    ("me", "2024-06-16 20:04", "Kiara, tomorrow is the light day but Tuesday KB is big. Can you charge all the A10 batteries and pack the 16-35 and the tilt-shift? Also the pole for the courtyard."),
    ("kiara", "2024-06-16 20:30", "on it. the tilt shift still has that dust spot btw, I cleaned it but check first frame"),
    ("kiara", "2024-06-16 20:31", "also do you want me on site at 7 or 7:30"),
    ("me", "2024-06-16 20:45", "7 please, the stylist comes 7:30 and I want to walk the house before. Thank you!! ☕ on me"),
    ("kiara", "2024-06-16 20:46", "cortadito. deal"),
])

P("lensworks", "Darnell Huggins", "Lensworks Rental Miami", "Owner", connected="2019-08-11")
C("genuine", "vendor_price_change", "en", "existing gear rental house announces new rates and loyalty discount", [
    ("lensworks", "2024-07-01 09:00", "Hi Daniela, quick heads-up since you're one of our regulars: starting August 1 our weekend rates go up about 8% (insurance went up on us again). Your pro account discount stays at 15% and we're adding free delivery to Coral Gables / Brickell for orders over $200. Let me know if you have any bookings you'd like to lock in at the current rate."),
    ("me", "2024-07-01 10:22", "Thanks for the heads-up Darnell. Please lock the Sony 12-24 f/2.8 for Aug 9-11 at the old rate then. Free delivery is a nice touch."),
    ("lensworks", "2024-07-01 10:40", "Locked in. See you in August."),
])

P("biscayne_mag", "Harriet Ocampo", "Biscayne Living Magazine", "Photo Editor", connected="2022-03-18")
C("genuine", "editorial_commission", "en", "magazine photo editor commissions a feature and states the day rate", [
    ("biscayne_mag", "2024-07-15 15:30", "Hi Daniela, we're doing a 10-page feature on mid-century homes in Miami Shores for the November issue. Three houses, two days. Our editorial day rate is $900 plus expenses. Would you be available the week of Aug 19?"),
    ("me", "2024-07-15 17:10", "Harriet, I'd love that! Aug 20-21 are free. Can you send the addresses and the homeowners' contact so I can scout light direction?"),
    ("biscayne_mag", "2024-07-16 09:05", "Wonderful. Sending the brief by email today. The writer is Jonah Pike, he'll be at the second house."),
])

P("tomas", "Tomás Ibarra", "Ibarra Motion", "Videographer / Drone Pilot", connected="2021-02-27")
C("genuine", "peer_joint_offer", "mixed", "peer videographer proposes a joint photo+video package for developers", [
    ("tomas", "2024-08-02 11:11", "Oye Dani, idea. Developers keep asking me for photo AND video and I keep sending them to you anyway. What if we put together a joint package for pre-construction sales centers? I do the cinematic walkthrough + drone, you do stills + twilight. One invoice, we split by deliverable. I'm thinking $6,500-8,000 depending on size."),
    ("me", "2024-08-02 13:30", "I like it. Split by deliverable makes sense. My only condition: I keep the licensing terms for the stills on my paper, I don't want to lose that. Lunch next week to draft a one-pager? Versailles? 😂"),
    ("tomas", "2024-08-02 13:34", "Jajaja Versailles, obvio. Tuesday 1pm."),
])

P("brightframe", "Yolanda Pierce", "Brightframe Creative Staffing", "Senior Recruiter", connected="2024-08-05")
C("genuine", "recruiter_engaged_by_owner", "en", "owner engaged a staffing recruiter to find a part-time editor; fee terms discussed", [
    ("me", "2024-08-05 09:40", "Hi Yolanda, Tomás Ibarra said you helped him find his editor. I'm looking for a part-time photo editor (flambient blends, Lightroom + Photoshop, 15-20 hrs/week, remote ok). What are your terms?"),
    ("brightframe", "2024-08-05 12:15", "Hi Daniela, happy to help. For part-time contract placements we charge 18% of the first six months' billings, no fee if you don't hire. I have two people in mind already, one in Fort Lauderdale who did real estate edits for a big brokerage. Can I send profiles Friday?"),
    ("me", "2024-08-05 12:30", "Friday is great. Please ask them for a before/after of a window pull, that's the test for me."),
    ("brightframe", "2024-08-09 16:02", "Sent both to your inbox with before/afters. The second one (Renata) is available to start Sept 1."),
])

P("aiden", "Aiden Moreau", "", "Photography student at Biscayne Arts College")
C("genuine", "applicant", "en", "student applies for second-shooter / assistant position", [
    ("aiden", "2024-08-20 21:14", "Hi Ms. Arroyo, I'm a second-year photography student at Biscayne Arts College and I've followed your work since your talk at our school. I saw on your website you sometimes hire assistants for big shoots. I have my own Sony A7 IV, I can drive, and I'm available weekends. My portfolio: aidenmoreau.photo. Would you consider me for an assistant role? Thank you for reading."),
    ("me", "2024-08-21 08:50", "Hi Aiden, thank you for the kind note. Your interiors are better than mine were at your age, honestly. I pay $25/hr for assisting. Could you come to a shoot on Saturday Aug 31 in Coconut Grove as a trial day?"),
    ("aiden", "2024-08-21 09:03", "Yes!! Absolutely. Thank you so much, I'll be there."),
])

P("renee", "Renée Dubois-Grant", "Keystone Coastal Properties", "Realtor")
C("genuine", "referral_lead_spam_folder", "en", "referred realtor lead that landed in SPAM; owner answered anyway", [
    ("renee", "2024-09-03 18:45", "Hello Daniela, Gloria Estrada gave me your name. I have a waterfront listing in Key Biscayne (Harbor Dr), 6 bedrooms, going live Sept 20. What would you charge for photos, drone and a twilight? My seller is picky, he's an architect himself."),
    ("me", "2024-09-06 07:58", "Hi Renée, so sorry, your message went to my spam folder! For that size with drone + twilight it's $1,150. I have Sept 16 or 17 open. Architect sellers are my favorite kind of picky 🙂"),
    ("renee", "2024-09-06 08:40", "Ha! 17th please. I'll have him walk you through."),
], folder="SPAM")

P("att1", "Jasmine Okoro", "Coastline Realty Group", "Realtor", connected="2024-09-12")
P("att2", "Bruno Salgado", "Coastline Realty Group", "Realtor", connected="2024-09-12")
P("att3", "Helena Fitzpatrick", "Coastline Realty Group", "Marketing Coordinator", connected="2024-09-13")
C("genuine", "thanks_after_workshop", "en", "thank-you 1/3 after owner's listing-photo workshop at Coastline", [
    ("att1", "2024-09-12 19:02", "Thank you so much for the workshop today, Daniela! The tip about turning off every ceiling fan before shooting blew my mind lol. Will definitely book you for my next luxury listing."),
    ("me", "2024-09-12 20:10", "Thank you Jasmine, so glad it helped! Fans off forever 😄"),
])
C("genuine", "thanks_after_workshop", "en", "thank-you 2/3 after the same workshop, near-duplicate", [
    ("att2", "2024-09-12 21:30", "Daniela thank you for the workshop today!! Learned a ton, especially the ceiling fan thing and shooting at counter height. Hope to work with you soon."),
])
C("genuine", "thanks_after_workshop", "en", "thank-you 3/3 after the same workshop, asks for slides", [
    ("att3", "2024-09-13 08:15", "Good morning Daniela, thank you again for the workshop yesterday, the agents loved it. Could you share the slides so I can put them in our shared drive? And if you're open to doing a Part 2 on vertical video in January, I'd love to book it."),
    ("me", "2024-09-13 09:00", "Morning Helena! Slides sent to your email. Part 2 in January, yes, let's pick a date in December."),
])

P("ruiz", "Esteban Ruiz", "Ruiz Lab Arquitectura", "Architect", connected="2024-09-20",
  invite=("OUT", "2024-09-19 17:20", "Hi Esteban, I walk past your Little River studio building every week. Would love to connect."))
C("genuine", "owner_initiated_portfolio", "en", "owner reaches out to an architect to shoot his building for her portfolio", [
    ("me", "2024-09-20 09:30", "Hi Esteban, thanks for connecting. I'm an architectural photographer and your perforated-concrete studio building on NE 2nd Ave stops me every time I drive past. Would you let me shoot it for my portfolio? No charge, and you'd get full web use of the images."),
    ("ruiz", "2024-09-20 14:12", "Daniela, what a nice message. Of course! The shadows from the screen are best around 4pm in October. Come by and I'll show you around first. Also we may need paid photos of two residential projects next year, so let's talk."),
    ("me", "2024-09-20 14:40", "October 4pm it is. I'll bring coffee. And yes, happy to talk about the residential ones."),
])

P("sergio", "Sergio Vance", "Atlantic Sky Aviation", "Chief Pilot", connected="2017-04-02")
C("genuine", "owner_initiated_advice", "en", "owner asks an old friend/pilot about airspace waiver near MIA", [
    ("me", "2024-10-01 19:05", "Sergio! Long time. Quick one for the airspace guru: I have a shoot near Miami Springs, basically inside MIA's class B. LAANC shows 0 ft grid. Is a waiver realistic or should I just book a helicopter?"),
    ("sergio", "2024-10-01 21:30", "Hey stranger! 0 ft grid there = forget LAANC, and a DroneZone authorization takes weeks and they often say no that close. Helicopter is the answer, I can get you a door-off R44 for ~$650/hr. Or go pole with your 25ft mast."),
    ("me", "2024-10-01 21:45", "Pole it is, client will never pay helicopter money for a 3/2 😅 Thank you!! Drinks soon."),
])

P("stager", "Monique LaFleur", "LaFleur Staging Co.", "Owner", connected="2022-08-08")
C("genuine", "partner_coordination", "en", "home stager coordinating timing with owner for a shoot", [
    ("stager", "2024-10-08 07:50", "Morning! Pinecrest house: the sofa delivery got pushed to 11. Can we move your arrival to 1pm? The light on the back lanai will still be ok I think?"),
    ("me", "2024-10-08 08:05", "1pm works, lanai gets direct sun till 2 anyway, I'll start inside. Thanks for the warning Monique!"),
])

P("aia", "Carla Benítez", "Miami Architecture Guild", "Programs Chair", connected="2020-10-15")
C("genuine", "event_invitation_real_contact", "en", "architecture guild contact invites owner to Design Night and to show prints", [
    ("aia", "2024-10-15 11:00", "Hi Daniela! Design Night is Nov 14 at the Little Haiti Cultural Center. We'd love to show three of your large prints in the 'Miami Modern' wall again, like last year. No fee either way, but you'd get credits on all materials. Interested? And of course you're on the guest list."),
    ("me", "2024-10-15 12:20", "Carla, yes please! I'll pick three from the Miami Shores series. Let me know the print size limit."),
    ("aia", "2024-10-15 12:31", "Max 30x40. Drop-off Nov 12. 🙌"),
])

P("hotel", "Olivia Strand", "The Marisol Hotel Miami Beach", "Director of Marketing", connected="2023-02-10")
C("genuine", "client_reshoot_invoice", "en", "hotel client asks for reshoot of renovated lobby and about invoice", [
    ("hotel", "2024-10-22 13:45", "Hi Daniela, the lobby renovation is finally done (new terrazzo + the big brass chandelier). Can you come back for a half-day? Also accounting says invoice #1187 from March is still open on our side, I think it was sent to the old AP email. Can you resend to ap@ address?"),
    ("me", "2024-10-22 14:30", "Hi Olivia! Congrats on the lobby. Half day is $950. Nov 5 morning? And resending #1187 now to the new AP address, thanks for catching that."),
    ("hotel", "2024-10-22 15:02", "Nov 5 perfect. Paid today, sorry for the mixup!"),
])

P("skybay", "Trevor Lin", "SkyBay Drones", "Service Manager", connected="2023-06-01")
C("genuine", "vendor_support_existing", "en", "drone dealer she bought from updates on repair and quotes cost", [
    ("skybay", "2024-10-29 10:10", "Hi Daniela, your Mavic 3 Pro gimbal repair: the ribbon cable was damaged, not the motor. Covered under your Care plan except $79 for the expedited return. Want expedited? Otherwise back in ~10 days."),
    ("me", "2024-10-29 10:35", "Expedited please, I have a waterfront shoot on the 7th. Thank you Trevor."),
    ("skybay", "2024-10-29 10:50", "Done, ships tomorrow. Charge goes to the card on file."),
])

P("ap_clerk", "Denise Albright", "Solano Bay Developments", "Accounts Payable")
C("genuine", "owner_initiated_payment_followup", "en", "owner chases unpaid retainer invoice; AP answers", [
    ("me", "2024-11-04 09:00", "Hi Denise, Priya Castellanos suggested I contact you directly. The October progress retainer (invoice ALS-2410-SB, $1,800) is 20 days past due. Could you check on it?"),
    ("ap_clerk", "2024-11-04 15:25", "Hi Daniela, apologies. It was held because the PO number was missing. I added it and it's in Thursday's ACH run. For future invoices please include PO 44-1930."),
    ("me", "2024-11-04 15:40", "Will do, thank you Denise!"),
])

P("alana", "Alana Whitcombe", "Palmetto Crest Estates", "Realtor", connected="2024-02-19")
C("genuine", "client_quote_addon", "en", "realtor asks price of 3D tour add-on", [
    ("alana", "2024-11-12 12:00", "Hi Dani, do you do 3D tours now? My seller in Golden Beach is asking for one. How much on top of the regular shoot?"),
    ("me", "2024-11-12 12:40", "Hi Alana, yes! 3D tour is +$350 up to 5,000 sq ft, hosted for a year. For Golden Beach size probably +$450. Want it with the shoot on the 19th?"),
    ("alana", "2024-11-12 12:44", "Yes add it. Thanks!"),
])

P("maria_co", "María José Londoño", "", "Friend", connected="2016-07-22")
C("genuine", "friend_small_talk", "mixed", "old friend from Medellín, personal small talk in Spanish", [
    ("maria_co", "2024-11-17 20:30", "Daniii vi tus fotos en la revista!! Qué orgullo amiga 😍 cuándo vienes a Medellín?"),
    ("me", "2024-11-17 21:02", "Aaay gracias Majo!! En enero creo, después de la temporada loca. Te aviso y nos tomamos un tinto en Laureles ☕"),
    ("maria_co", "2024-11-17 21:05", "Hecho!! besos a tu mamá"),
])

P("licensing", "Grant Whitfield", "Tidewater Home Journal", "Associate Editor")
C("genuine", "inbound_license_purchase", "en", "publication wants to buy a license for existing images", [
    ("licensing", "2024-11-20 10:30", "Hi Daniela, we'd like to license four of your images of the Okafor Reyes house in Key Biscayne for a story on coastal resilience design (print + online, North America, one year). What's your fee? The architect already gave us the OK on their side."),
    ("me", "2024-11-20 12:05", "Hi Grant, thanks for asking properly 🙂 For 4 images, print + web, NA, 1 year: $1,200. Credit line 'Photo: Daniela Arroyo / Arroyo Light Studio'. I'll send a license and the hi-res once signed."),
    ("licensing", "2024-11-20 12:30", "Agreed. Please send the license to me directly."),
])

P("journalist", "Felicia Wren", "South Florida Business Ledger", "Real Estate Reporter")
C("genuine", "journalist_interview", "en", "reporter asks for quotes about AI virtual staging in listings", [
    ("journalist", "2024-11-26 09:15", "Hi Daniela, I'm writing about AI-generated virtual staging and edited listing photos, and whether buyers feel misled. A broker suggested I talk to you. Would you have 15 minutes by phone this week? Deadline is Friday."),
    ("me", "2024-11-26 10:00", "Hi Felicia, happy to. It's a topic I have opinions on 😅 Wednesday after 3pm works. 305 number is on my website."),
    ("journalist", "2024-11-26 10:08", "Wednesday 3:30, I'll call. Thank you!"),
])

P("mentor", "Frank Delacroix", "", "Retired architectural photographer", connected="2015-03-09")
C("genuine", "long_standing_mentor", "en", "former mentor checking in, long-standing contact", [
    ("mentor", "2024-12-02 17:40", "Saw the Miami Shores feature. The butterfly roof shot with the jalousie windows is as good as anything Shulman did in that style. Proud of you, kiddo. How's the knee?"),
    ("me", "2024-12-02 18:30", "Frank!! That means more than the magazine. Knee is fine, I only climb the ladder half as often now. Dinner in January when I'm back?"),
    ("mentor", "2024-12-02 18:45", "Dinner. My treat. Bring the prints."),
])

P("propmgr", "Howard Kessler", "Bayfront Residential Management", "VP Operations")
C("genuine", "inbound_contract_request", "en", "property manager wants an annual contract for 40 rental units", [
    ("propmgr", "2024-12-05 11:20", "Ms. Arroyo, we manage about 40 luxury rentals between Brickell and Coconut Grove and turn over maybe 60% per year. We'd like one photographer on an annual contract with a per-unit price. Can you send a proposal? We'd want a 48-hour turnaround."),
    ("me", "2024-12-05 14:15", "Hi Howard, thank you. For volume like that I can do a per-unit rate with 48h turnaround and a guaranteed slot each week. I'll send a proposal by Monday. Are most units furnished?"),
    ("propmgr", "2024-12-05 14:40", "About half. Looking forward to it."),
])

P("broker_mkt", "Lucía Ferrand", "Meridian Shore Brokerage", "Director of Marketing", connected="2023-05-30")
C("genuine", "client_retainer_quote", "en", "brokerage marketing director asks for 2025 retainer quote", [
    ("broker_mkt", "2024-12-10 16:00", "Hi Daniela, budget season 🙃 Could you quote us a 2025 retainer? Roughly 8 listings/month, plus quarterly agent headshot days. Last year's rate was fine, but I need it in writing before the 20th."),
    ("me", "2024-12-10 17:22", "Hi Lucía! Sending a written quote tomorrow. Heads-up: I'm raising listing rates 5% in 2025, but I'll keep your headshot days at the 2024 price as a thank-you for the volume."),
    ("broker_mkt", "2024-12-10 17:30", "Appreciated, thank you!"),
])

P("peer_photog", "Noah Brenner", "Brenner Imaging", "Photographer", connected="2019-11-12")
C("genuine", "peer_overflow_referral", "en", "fellow photographer asks to borrow a lens and offers overflow work", [
    ("peer_photog", "2024-12-14 08:30", "Hey Daniela, any chance I could borrow your 24mm tilt-shift Tuesday? Mine is at Sony service. Also I'm fully booked in January and have a realtor in Weston who needs 3 shoots, want them?"),
    ("me", "2024-12-14 09:15", "Sure, pick it up Monday evening. And yes please to Weston, send her my way. I owe you one!"),
])

P("student", "Isabella Grau", "Southshore University School of Architecture", "Student", connected="2024-12-16")
C("genuine", "advice_request", "en", "architecture student asks for career advice", [
    ("student", "2024-12-17 22:10", "Hi Daniela, I'm finishing my M.Arch at Southshore and I'm torn between going into practice or architectural photography. Could I ask you 2-3 questions about how you started? Totally fine if you're too busy."),
    ("me", "2024-12-18 09:30", "Hi Isabella! Not too busy for this. Short version: I assisted for 3 years before I had my own clients. Happy to do a 20-min call in January, pick a day after the 8th."),
    ("student", "2024-12-18 09:40", "Thank you!! Jan 9?"),
])

P("builder", "Ray Castellano", "Castellano Custom Homes", "Project Manager", connected="2024-01-08")
C("genuine", "client_site_access", "en", "builder sends site access details for completed home shoot", [
    ("builder", "2025-01-07 07:20", "Daniela, for Friday: gate code 4471, the landscaping crew will be out by 9. Park on the left side, the driveway pavers are still curing. Owner asked for no drone over the neighbor's lot."),
    ("me", "2025-01-07 07:45", "Got it, thanks Ray. I'll keep the drone on your lot line. See you Friday."),
])

P("harriet2", "Jonah Pike", "Biscayne Living Magazine", "Senior Writer", connected="2024-08-21")
C("genuine", "owner_initiated_thanks", "en", "owner thanks the magazine writer after the feature came out", [
    ("me", "2025-01-10 10:00", "Jonah, I finally got my print copy. Your text made the Miami Shores houses sound like people. Thank you for being so easy to work with on set."),
    ("harriet2", "2025-01-10 13:15", "Daniela, that's kind. The photos carried it. Harriet already wants us on the Coral Gables piece in spring."),
])

P("gloria_ref", "Victor Alamo", "Alamo & Sons Realty", "Broker", connected="2025-01-13")
C("genuine", "inbound_lead_referral", "en", "new lead referred by Gloria asks pricing for a luxury shoot", [
    ("gloria_ref", "2025-01-14 15:05", "Hi Daniela, Gloria Estrada says you're the only one she trusts for twilights. I have a $6.4M listing on Pine Tree Drive. Need stills, twilight, drone and a short reel. What's your pricing and how soon can you go?"),
    ("me", "2025-01-14 16:20", "Hi Victor, thank you (and Gloria!). For that one: $1,450 stills+twilight+drone, the reel I do with my partner Tomás for +$900. Next twilight slot is Jan 22."),
    ("gloria_ref", "2025-01-14 16:31", "Book the 22nd, all of it."),
])

P("insurance", "Patricia Nwosu", "Coral Keys Insurance Agency", "Commercial Lines Agent", connected="2021-01-05")
C("genuine", "vendor_price_change", "en", "existing insurance agent: renewal premium increase, needs decision", [
    ("insurance", "2025-01-20 10:00", "Hi Daniela, your general liability + equipment policy renews Feb 15. The carrier is raising the premium from $1,640 to $1,810 (Florida market, sorry). I can also quote the drone hull coverage separately, that might save you ~$120. Want me to run both options?"),
    ("me", "2025-01-20 11:10", "Ugh, Florida. Yes please run both, and include the $2M umbrella option one of my developer clients asked for."),
    ("insurance", "2025-01-20 11:25", "Will do, quotes by Thursday."),
])

# ====================================================================== WANTED PITCHES (12)

P("retoucher", "Camila Ferreyra", "Ferreyra Retouch", "Freelance Retoucher", connected="2024-03-18",
  invite=("IN", "2024-03-18 08:12", "Hi Daniela, your post about editing twilights until 2am hit home. Would love to connect."))
C("wanted_pitch", "editing_service_after_post", "en", "retoucher cites her post about late-night twilight edits, offers 3 free test blends", [
    ("retoucher", "2024-03-18 13:40", "Hi Daniela, thanks for connecting. In your post last week you wrote that twilight sky swaps and window pulls are what keep you up until 2am, and that outsourced editors always make the lawn neon green. I'm a retoucher in Buenos Aires who only does flambient and twilight blends for architectural shooters, and I keep grass the color grass is 🙂 If you want, send me 3 brackets from a recent shoot and I'll do them free so you can judge. If it works, it's $6/image, 12h turnaround (we're 1-2h ahead of Miami)."),
    ("me", "2024-03-19 08:30", "Ha, you read the post. OK, I'll send 3 brackets from the Alhambra twilight today. Brutal test: it has a screened pool."),
    ("retoucher", "2024-03-19 21:10", "Done, link in your inbox. The screen was a fun one."),
])

P("strobe", "Derek Holloway", "Brightwing Lighting", "Territory Rep – Southeast", connected="2024-04-26")
C("wanted_pitch", "lighting_after_talk", "en", "strobe maker rep references her talk at FotoFest South Florida", [
    ("strobe", "2024-04-27 10:00", "Hi Daniela, I was in the room at FotoFest South Florida on Thursday when you showed the one-light twilight setup and said your biggest pain is the A10s dying halfway through a 7,000 sq ft house. Our new compact flash does ~400 full-power pops per battery and has a Sony TTL trigger, so it would slot into your current setup. I'm in Miami again May 14; happy to bring two units to one of your shoots and leave them for a week, no strings. Interested?"),
    ("me", "2024-04-27 12:15", "That battery thing is real 😩 Sure, bring them the 14th. I have a big house in Pinecrest that week, perfect test."),
])

P("webdev", "Owen Strickland", "Strickland Web Studio", "Web Developer")
C("wanted_pitch", "website_fix_site_visited", "en", "developer visited her site and names concrete issues (14MB images, broken mobile form)", [
    ("webdev", "2024-05-08 09:30", "Hi Daniela, I was looking at arroyolightstudio.com after seeing your Biscayne Living credit. Two concrete things: your portfolio page loads about 14 MB of full-size JPGs (took 9 seconds on my phone on LTE), and the booking form's 'Submit' button is hidden behind the cookie banner on iPhone, so mobile visitors may not be able to book at all. Both are maybe a 3-hour fix on Squarespace. I'd do it for a flat $300, or just send you the steps if you prefer doing it yourself. Screenshots attached."),
    ("me", "2024-05-08 11:00", "Oh no, the booking form?! I just tested and you're right. Please fix it, $300 is fine. How do we start?"),
], attachments={0: "https://www.linkedin.com/dms/booking-form-iphone.png"})

P("printlab", "Sabine Achterberg", "Achterberg Fine Art Print", "Owner", connected="2024-08-29")
C("wanted_pitch", "print_after_press_feature", "en", "fine-art print lab offers portfolio book after seeing her magazine feature", [
    ("printlab", "2024-11-22 14:00", "Hi Daniela, congratulations on the Miami Shores feature in Biscayne Living. Carla at the Architecture Guild mentioned you're showing three 30x40s at Design Night. If you haven't picked a lab yet: we print on Hahnemühle Photo Rag Baryta and can mount on Dibond with a float frame, 5 working days, local pickup in Wynwood. We also make lay-flat portfolio books that architects love for client meetings. Happy to send a paper sample pack."),
    ("me", "2024-11-22 15:10", "Ah, the prints are already done for this year, but I've been wanting a portfolio book for the developer pitches. Send the sample pack and a quote for a 40-page lay-flat please."),
])

P("stagingpro", "Nadia Kowalczyk", "Roomcraft Virtual Staging", "Partnerships Lead", connected="2024-06-12",
  invite=("IN", "2024-06-11 17:00", "Hi Daniela, Gloria Estrada suggested I reach out. Would love to connect."))
C("wanted_pitch", "virtual_staging_mutual_contact", "en", "virtual staging firm introduced by Gloria by name, photographer wholesale rate", [
    ("stagingpro", "2024-06-12 09:20", "Thanks for connecting, Daniela. Gloria Estrada told me she's had two vacant listings this spring where the sellers wanted staging but you had to send them elsewhere. We do virtual staging with a clear 'virtually staged' watermark (which Florida MLS now expects) and offer photographers a wholesale rate of $22/room so you can resell it in your packages. Gloria has been using us for the Coral Gables vacants. Want a sample on one of your empty rooms?"),
    ("me", "2024-06-12 10:45", "Gloria did mention you. Yes, I'll send you a vacant living room from last week. If it looks natural I'll add it to my menu."),
])

P("blendplug", "Ravi Menon", "Flambo Software", "Co-founder")
C("wanted_pitch", "software_knows_her_setup", "en", "plugin maker references her Sony bracketing workflow video", [
    ("blendplug", "2024-07-09 16:30", "Hi Daniela, I watched your YouTube breakdown of the Alhambra kitchen: 5 brackets on the A7R V, a flash frame, then manual layer masks in Photoshop. We built a Photoshop panel that does exactly the flash/ambient luminosity blend you do by hand, and it reads Sony ARW brackets directly, so you'd skip the Lightroom export step you said takes 10 minutes per room. It's $19/month; I'll give you 3 months free and would love your feedback as a working pro."),
    ("me", "2024-07-10 09:00", "You watched it all the way through, impressive. I'll try it on the next house. No promises!"),
])

P("recruit_dev", "Shauna Beckett", "Altamira Residential", "Talent Acquisition Partner")
C("wanted_pitch", "recruiter_relevant_role", "en", "developer's recruiter offers a relevant 12-month contract role citing her Edgewater work", [
    ("recruit_dev", "2024-08-14 11:45", "Hi Daniela, I'm the recruiter at Altamira Residential. We're launching three towers in Edgewater and North Bay Village and are hiring a contract Architectural Photography Lead (12 months, ~3 days/week, remote-first, keep your own clients). Our VP of Design specifically named your Solano Bay progress series as the standard she wants. Day rate is in the range you'd expect for that level. Would you be open to a conversation?"),
    ("me", "2024-08-14 13:30", "Hi Shauna, that's flattering. I can't do 3 days/week, but 1-2 could work as a retainer. Happy to talk next week."),
])

P("drone_dealer", "Kelvin Osei", "Aerial Edge Supply", "Sales, Commercial Drones")
C("wanted_pitch", "drone_tradein_setup_named", "en", "drone dealer noticed her old Mavic 2 Pro in BTS photo; specific night-shot argument", [
    ("drone_dealer", "2024-09-24 10:10", "Hi Daniela, in your behind-the-scenes post from the Harbor Dr shoot I noticed you're still flying a Mavic 2 Pro as backup next to the 3 Pro. We're running a trade-in through October: your M2P would go toward a second Mavic 3 Pro and bring your backup up to the same 4/3 sensor, so your dusk aerials match if you have to swap mid-flight. We're in Doral, same-day pickup. I can send the exact trade value if you give me the serial."),
    ("me", "2024-09-24 11:30", "Haha good eye. The M2P is starting to drift anyway. Send me the number, serial below."),
])

P("seo_local", "Brianna Castillo", "Lumen Local Marketing", "Founder")
C("wanted_pitch", "seo_concrete_problem", "en", "local SEO founder names her exact ranking gap and reviews", [
    ("seo_local", "2024-10-03 14:20", "Hi Daniela, I looked at your Google Business profile: 4.9 stars with 63 reviews, better than anyone in the top three for 'real estate photographer Coral Gables'. Yet you don't show in the map pack for that search, because your profile's primary category is 'Photographer' and your service area doesn't include Coral Gables at all. Fixing those two takes an hour. I do local SEO only for Miami service businesses; if you want I'll walk you through it on a 20-min screen share for free, and if you later want monthly help it's $250/mo."),
    ("me", "2024-10-03 15:00", "Wait, Coral Gables is my biggest market. Yes, let's do the screen share Monday."),
])

P("attorney", "Gabriel Soto-Haynes", "Soto-Haynes Creative Law", "Attorney (IP & Media)")
C("wanted_pitch", "legal_specific_problem", "en", "IP attorney addresses her post about a realtor reusing photos after listing expired", [
    ("attorney", "2024-10-28 09:45", "Hello Daniela, I read your post about the broker who kept using your photos for a new listing with a different agent after the original listing expired. Under most photographers' terms that's not covered, but your website's terms only say 'for marketing the property', which is ambiguous. I help Florida photographers tighten license language (listing-term limits, transfer to new agents, MLS syndication). Flat fee $450 for a review and rewrite of your standard license. I'm also happy to answer the immediate question about that broker for free."),
    ("me", "2024-10-28 11:20", "Yes, I'd love your take on the broker thing. And the $450 review sounds like money well spent, let's do it."),
])

P("copywriter", "Valentina Ruiz-Park", "", "Bilingual Copywriter")
C("wanted_pitch", "copywriter_language_angle", "en", "bilingual copywriter notes her Spanish-speaking developer clients and English-only site", [
    ("copywriter", "2024-12-03 12:00", "Hi Daniela, I noticed two of your recent developer clients (Solano Bay and Altamira) market heavily to buyers from Colombia and Argentina, and your own site is English-only even though you post in Spanish on Instagram. I'm a bilingual copywriter in Doral; I could write a Spanish version of your services and pricing pages (not machine translation, written for Latin American developers' marketing teams) for $600. Sample from a Brickell architecture firm attached."),
    ("me", "2024-12-04 09:10", "Honestly been meaning to do this for two years. Let's talk after the holidays."),
], attachments={0: "https://www.linkedin.com/dms/sample-es-arquitectura.pdf"})

P("county_bid", "Raymond Ochoa", "Ochoa Bid Consulting", "Public Procurement Consultant")
C("wanted_pitch", "procurement_public_notice", "en", "consultant cites a county RFQ for photography and her missing SBE certification", [
    ("county_bid", "2025-01-16 08:30", "Hi Daniela, Miami-Dade posted RFQ 25-0117 this week for architectural photography of 14 renovated library branches (3-year term). Since you showed public buildings at the Architecture Guild, you'd be a strong fit, but the solicitation gives points for Small Business Enterprise certification and I don't see you on the county SBE list. I help photographers and small design firms get certified and write responses. The bid is due Feb 21 which is tight but doable; my fee is $1,500 flat for certification help plus the response. Want me to send you the solicitation link either way?"),
    ("me", "2025-01-16 09:45", "I had no idea about this RFQ. Please send the link, and let's talk about the certification."),
])

# ====================================================================== JUNK (38)

# --- one lead-gen template, five senders (one in Spanish)
P("tpl1", "Brandon Keel", "GrowthLoop Media", "Founder", connected="2024-02-26")
C("junk", "template_leadgen", "en", "lead-gen template 1/5", [
    ("tpl1", "2024-02-27 10:00", "Hi Daniela, I came across your profile and was really impressed with what you're doing at Arroyo Light Studio. We help photographers like you book 20-30 new qualified clients every month using our proven outreach system, without spending a dime on ads. Would you be open to a quick chat this week to see if it's a fit?"),
])
P("tpl2", "Kayla Morrison", "Pipeline Pros", "Client Success", connected="2024-05-02")
C("junk", "template_leadgen", "en", "lead-gen template 2/5, same text different fill", [
    ("tpl2", "2024-05-03 14:12", "Hi Daniela, came across your profile and I'm really impressed with what you're building at Arroyo Light Studio LLC. We help creative business owners book 15-25 new qualified clients per month with our proven system, no ad spend needed. Open to a quick chat this week to see if it could be a fit?"),
])
P("tpl3", "Tyler Voss", "ScaleSprint", "Partner", connected="2024-07-22")
C("junk", "template_leadgen", "en", "lead-gen template 3/5 with bump", [
    ("tpl3", "2024-07-23 09:05", "Hey Daniela, I came across your profile and was impressed with your work in real estate photography. We help photographers add 20-30 high-ticket clients every month through our proven outreach system, zero ad spend. Worth a quick chat this week?"),
    ("tpl3", "2024-07-30 09:05", "Just bumping this up in case it got buried, Daniela!"),
])
P("tpl4", "Andrés Palacios", "Crece Digital Agency", "CEO", connected="2024-09-30")
C("junk", "template_leadgen", "mixed", "lead-gen template 4/5, Spanish version", [
    ("tpl4", "2024-10-01 11:30", "Hola Daniela, vi tu perfil y me impresionó mucho lo que haces en Arroyo Light Studio. Ayudamos a fotógrafos como tú a conseguir entre 20 y 30 clientes calificados cada mes con nuestro sistema comprobado, sin gastar en publicidad. ¿Tienes 15 minutos esta semana para ver si encaja?"),
])
P("tpl5", "Chelsea Durant", "Momentum Client Systems", "Growth Advisor", connected="2024-12-08")
C("junk", "template_leadgen", "en", "lead-gen template 5/5, slightly reworded", [
    ("tpl5", "2024-12-09 16:45", "Hi Daniela! Came across your profile and honestly I'm impressed by what you've built with Arroyo Light Studio. We help photography businesses land 20 to 30 new qualified clients a month with a proven system (and no paid ads). Would a quick chat this week make sense?"),
])

# --- merge-tag failures
P("merge1", "Logan Pruitt", "Rankwell SEO", "Account Executive")
C("junk", "merge_tag_failure", "en", "unfilled {first_name} tag, generic SEO", [
    ("merge1", "2024-03-12 07:55", "Hi {first_name}, I noticed {company_name} isn't ranking on page one for your main keywords. We've helped 300+ businesses double organic traffic in 90 days. Can I send over a free audit?"),
])
P("merge2", "Heather Quill", "Snapfolio", "Partnerships")
C("junk", "merge_tag_failure", "en", "bracket placeholders left in", [
    ("merge2", "2024-06-19 13:20", "Hi [Name], love what you're doing at [Company]! Snapfolio helps [Industry] pros build stunning online galleries in minutes. Would you like a free 30-day trial?"),
])
P("merge3", "Cody Marsh", "Apex Closers", "Sales Director", connected="2024-08-26")
C("junk", "merge_tag_wrong_name", "en", "wrong name and wrong company", [
    ("merge3", "2024-08-27 10:30", "Hi Jessica, congrats on all the growth at Horizon Dental Group! We help practices like yours fill their calendar with 40+ new appointments a month. Do you have 15 minutes Thursday?"),
])
P("merge4", "Simone Hartley", "Elevate VA Solutions", "Founder")
C("junk", "merge_tag_failure", "en", "double-brace tag and wrong industry", [
    ("merge4", "2024-11-06 09:00", "Hey {{firstName}}! Running a busy law practice is exhausting. Our virtual assistants take admin, billing and scheduling off your plate starting at $9/hour. Want to see profiles?"),
])

# --- sponsored InMail
P("spon_mba", "Halvorsen Business School", "Halvorsen Business School", "",
  url="https://www.linkedin.com/company/halvorsen-business-school")
C("junk", "sponsored_inmail", "en", "sponsored InMail for an executive MBA", [
    ("spon_mba", "2024-04-15 12:00", "<p>Hi Daniela,</p><p>Ready to lead at the next level? Our <b>Executive MBA</b> fits around your schedule &amp; gives you a global network.</p><p>Applications for the fall cohort close soon.</p>"),
], title="Sponsored Conversation", subject="Your next career move")
P("spon_card", "Northcoast Business Card", "Northcoast Bank", "",
  url="https://www.linkedin.com/company/northcoast-bank")
C("junk", "sponsored_inmail", "en", "sponsored InMail for a business credit card", [
    ("spon_card", "2024-09-09 12:00", "<p>Daniela, earn <b>3x points</b> on advertising, travel &amp; equipment with the Northcoast Business Card.</p><p>No annual fee the first year. Apply in 5 minutes.</p>"),
], title="Sponsored Conversation", subject="3x points for your business")
P("spon_site", "LinkedIn Member", "", "", url="")
C("junk", "sponsored_inmail", "en", "sponsored message from unnamed member, website builder", [
    ("spon_site", "2024-12-18 12:00", "Build a portfolio site that wins clients. Drag-and-drop templates for photographers, 40% off annual plans through Dec 31."),
], title="Sponsored Conversation", subject="40% off for photographers")

# --- paid awards / features / podcasts
P("award", "Delilah Brooks", "Luxe Property Awards", "Awards Coordinator")
C("junk", "paid_award", "en", "award 'win' that requires a winner's package fee", [
    ("award", "2024-05-15 10:00", "Congratulations Daniela! Arroyo Light Studio has been selected as a winner in the 2024 Luxe Property Awards – Best Real Estate Photographer, South Florida. To claim your award, choose a winner's package (digital badge $395, crystal trophy + press release $795). Offer valid 7 days."),
])
P("podcast", "Trent Ashby", "The Creative CEO Show", "Host")
C("junk", "paid_podcast_slot", "en", "podcast guest slot with a 'production fee'", [
    ("podcast", "2024-06-24 15:30", "Hi Daniela, I host The Creative CEO Show (top 2% globally). Our team thinks your story would inspire our audience! We have guest spots open in August. There's a one-time production investment of $650 which covers editing, promotion and a custom clip package. Shall I send the booking link?"),
])
P("feature_mag", "Meredith Lowe", "Luxury Lens Digest", "Editorial Partnerships")
C("junk", "paid_feature", "en", "'editorial' feature that is a paid placement", [
    ("feature_mag", "2024-08-08 11:00", "Hi Daniela, we're curating our 'Top Architectural Photographers to Watch' edition and your portfolio stood out. Featured creatives receive a 2-page spread and a digital profile. Participation includes a sponsorship contribution of $1,200 to cover layout and distribution. Can I reserve your spot?"),
    ("feature_mag", "2024-08-15 11:00", "Following up, Daniela. Only 3 spots remain for this edition!"),
])

# --- generic counterparts of wanted pitches
P("edit_mill", "Rahul Verma", "PixelCraft Outsourcing", "Business Development")
C("junk", "generic_editing_outsourcing", "en", "generic photo editing outsourcing (counterpart of the retoucher)", [
    ("edit_mill", "2024-04-02 06:10", "Dear Sir/Madam, we are a leading photo editing company with 200+ editors offering real estate photo editing, HDR, virtual staging, clipping path and more starting $0.50 per image. Free trial of 5 images. Kindly reply with your requirement."),
    ("edit_mill", "2024-04-09 06:10", "Dear Sir/Madam, kindly check my previous message regarding our photo editing services."),
])
P("redesign", "Jordan Blake", "PixelPeak Web Design", "Founder")
C("junk", "generic_web_redesign", "en", "generic website redesign pitch (counterpart of the web developer)", [
    ("redesign", "2024-05-29 09:45", "Hi Daniela, I took a look at your website and I think it could be converting a lot better. We design modern, mobile-friendly websites that turn visitors into customers. Would you be open to a free redesign mockup?"),
])
P("vstage_gen", "Ashley Tran", "StageItNow", "Sales")
C("junk", "generic_virtual_staging", "en", "generic virtual staging pitch (counterpart of the referred stager)", [
    ("vstage_gen", "2024-07-18 13:00", "Hi there! Did you know staged homes sell 73% faster? StageItNow offers photorealistic virtual staging from $19/image, 24h delivery. Sign up today and get 3 free images!"),
])
P("seo_gen", "Marcus Webb", "TopRank Digital", "SEO Specialist", connected="2024-10-14")
C("junk", "generic_seo", "en", "generic SEO pitch (counterpart of the local SEO founder)", [
    ("seo_gen", "2024-10-15 08:00", "Hello Daniela, I was checking your website and found several issues that are hurting your Google rankings. I can get you on the first page of Google within 30 days guaranteed. Shall I send you a detailed proposal and price list?"),
])
P("drone_gen", "Lisa Haynes", "DroneDeals Direct", "Sales Rep")
C("junk", "generic_drone_reseller", "en", "generic drone reseller (counterpart of the trade-in dealer)", [
    ("drone_gen", "2024-11-13 10:20", "Hi! Black Friday came early 🚁 Huge savings on drones for every pilot, from beginners to pros. Free shipping nationwide. Check out our catalog and use code FLY20!"),
])

# --- off-topic products
P("solar", "Derrick Fowler", "SunHarbor Solar", "Energy Consultant")
C("junk", "off_topic_solar", "en", "solar panels for her home", [
    ("solar", "2024-03-26 17:00", "Hi Daniela, are you still paying FPL full price? Miami homeowners are qualifying for $0-down solar with the federal tax credit. Takes 10 minutes to see your savings. When's a good time to call?"),
], folder="ARCHIVE")
P("crypto", "Vanessa Lee", "Quantum Yield Partners", "Portfolio Advisor", connected="2024-04-21")
C("junk", "off_topic_crypto", "en", "crypto trading 'opportunity'", [
    ("crypto", "2024-04-22 20:15", "Hello Daniela, hope you are doing well. I'm helping a small group of professionals earn steady 3-5% weekly with a managed crypto arbitrage strategy. Would you be open to learning more? It's not for everyone."),
])
P("lifeins", "Gregory Pham", "Prime Family Financial", "Financial Professional")
C("junk", "off_topic_insurance", "en", "life insurance / IUL pitch", [
    ("lifeins", "2024-07-02 12:30", "Hi Daniela, as a self-employed professional, have you thought about how you'll retire? Indexed universal life can give you tax-free growth and protection. I'm doing free 20-minute reviews this week."),
])
P("dropship", "Ethan Cole", "Ecom Freedom Academy", "Mentor")
C("junk", "off_topic_course", "en", "dropshipping course", [
    ("dropship", "2024-09-17 22:00", "Daniela, what if your photography was your side hustle? My students are hitting $10k/month with Shopify stores in under 90 days. I only take 5 new students a month. Want the free training video?"),
])
P("appdev", "Sanjay Kulkarni", "CodeNest Technologies", "BDM")
C("junk", "off_topic_app_dev", "en", "offshore app development", [
    ("appdev", "2024-10-25 05:40", "Hi Daniela, we are a team of 150+ developers delivering mobile apps, web portals and AI solutions at 60% lower cost. Do you have any upcoming project? Let's connect for a quick call."),
])
P("headshot_ai", "Mia Fontaine", "ProfileGenie AI", "Growth")
C("junk", "off_topic_ai_headshots", "en", "AI headshots", [
    ("headshot_ai", "2025-01-06 14:00", "Hi Daniela! New year, new headshot? ✨ Upload 10 selfies and get 100 studio-quality AI headshots in 2 hours. 50% off this week only."),
])

# --- offers of exactly what she sells
P("sameservice", "Kevin Ortiz", "ListingShots Media", "Owner", connected="2024-06-30")
C("junk", "offers_owner_service", "en", "competitor offers real estate photography to her", [
    ("sameservice", "2024-07-01 09:15", "Hi Daniela! Are you happy with your current listing photographer? ListingShots Media offers HDR photos, drone and 3D tours from just $149 per property, next-day delivery anywhere in Miami-Dade. First shoot 20% off!"),
])

# --- 'capacity for new clients'
P("capacity", "Rachel Dunn", "ClientFlow Partners", "Partnerships Manager", connected="2024-08-11")
C("junk", "capacity_for_new_clients", "en", "'do you have capacity for new clients?' opener", [
    ("capacity", "2024-08-12 10:00", "Quick question Daniela — do you have capacity to take on 5-10 new clients next month? If so, I'd love to show you how we deliver them on autopilot."),
    ("capacity", "2024-08-19 10:00", "Hi Daniela, circling back on this. Do you have capacity or are you fully booked?"),
    ("capacity", "2024-08-28 10:00", "Last try! Should I close your file?"),
])

# --- like-minded entrepreneurs
P("likeminded", "Jason Rourke", "Rourke Ventures", "Entrepreneur | Investor | Speaker", connected="2024-10-09")
C("junk", "like_minded_connect_pitch", "en", "'like-minded entrepreneurs' connect, then mastermind pitch", [
    ("likeminded", "2024-10-10 08:00", "Hey Daniela, always great to connect with like-minded entrepreneurs here in Miami! What's your biggest goal for Q4?"),
    ("me", "2024-10-10 12:15", "Hi Jason, mostly surviving the fall listing season 😅"),
    ("likeminded", "2024-10-10 12:30", "Love that! I actually run a mastermind for 7-figure-minded business owners. Next cohort starts Nov 1 and I have 2 seats left ($2,997). Want me to send details?"),
])

# --- quick 15-minute call
P("call15", "Nicole Barrett", "BrightPath Consulting", "Business Coach")
C("junk", "quick_call", "en", "'quick 15-minute call' pitch with no reply bumps", [
    ("call15", "2024-11-19 09:30", "Hi Daniela, do you have 15 minutes for a quick call this week? I help creative entrepreneurs break through the 6-figure ceiling."),
    ("call15", "2024-11-26 09:30", "Hi Daniela, just following up on my last message."),
    ("call15", "2024-12-04 09:30", "Hi Daniela, I'll assume now isn't the right time. Feel free to reach out when you're ready!"),
])

# --- connect-then-pitch
P("ctp1", "Brittany Sloane", "Realtor Reels Co.", "Founder", connected="2024-03-07",
  invite=("IN", "2024-03-07 09:02", ""))
C("junk", "connect_then_pitch", "en", "small talk about her photos, pitch in message 2 after owner replied", [
    ("ctp1", "2024-03-07 11:20", "Hi Daniela, thanks for connecting! Your twilight shots are stunning, how long have you been shooting real estate?"),
    ("me", "2024-03-07 13:00", "Thank you! About 9 years now."),
    ("ctp1", "2024-03-07 13:05", "Amazing! So we help photographers turn their listing photos into viral Instagram reels with our AI tool. Plans start at $79/mo, want a free trial link?"),
])
P("ctp2", "Zach Hollander", "Fundwell Capital", "Funding Specialist", connected="2024-06-05",
  invite=("IN", "2024-06-05 18:40", "Hi Daniela, would love to add you to my network."))
C("junk", "connect_then_pitch", "en", "connect, ask about her week, then business loan pitch", [
    ("ctp2", "2024-06-06 09:00", "Thanks for accepting, Daniela! How's your week going?"),
    ("ctp2", "2024-06-07 09:00", "By the way, we help small businesses get up to $250k in working capital in 24 hours, no collateral. Would that be helpful for Arroyo Light Studio?"),
])
P("ctp3", "Melissa Grant", "Elite Agent Marketing", "Partner", connected="2024-11-28",
  invite=("IN", "2024-11-28 10:15", ""))
C("junk", "connect_then_pitch", "en", "small talk, owner answered, pitch in message 3", [
    ("ctp3", "2024-11-29 08:30", "Hi Daniela! Happy Thanksgiving weekend 🦃 Are you doing anything fun?"),
    ("me", "2024-11-29 10:00", "Thanks! Just family and too much food 😄"),
    ("ctp3", "2024-11-29 10:10", "Haha same! Hey, random question, do you work with a lot of realtors?"),
    ("me", "2024-11-29 10:40", "Mostly realtors and architects, yes."),
    ("ctp3", "2024-11-29 10:45", "Perfect! We have a white-label marketing program you can resell to your realtors for $497/mo each. Want to hop on a call Monday?"),
])

# --- more bumps / fluent company-named junk / misc
P("fluent", "Olivia Harrington", "Northbridge Growth Partners", "Managing Partner")
C("junk", "fluent_company_named", "en", "fluent pitch naming her company but could go to anyone", [
    ("fluent", "2024-09-26 15:00", "Daniela, I've been following Arroyo Light Studio for a while and it's clear you've built something special in a competitive market. Businesses at your stage often hit a point where growth depends on systems rather than hustle. We partner with founders to build scalable operations, sharper positioning and predictable revenue. I'd love to share a few ideas specific to Arroyo Light Studio. Would next Tuesday or Wednesday work for a brief conversation?"),
])
P("bump", "Derek Stanton", "Outbound Engine Co.", "SDR")
C("junk", "followup_bumps_no_reply", "en", "three bumps, never replied to", [
    ("bump", "2024-04-30 09:00", "Hi Daniela, wanted to share how we helped a photographer in Tampa add $8k/month in recurring revenue. Open to learning how?"),
    ("bump", "2024-05-07 09:00", "Floating this back to the top of your inbox 🙂"),
    ("bump", "2024-05-14 09:00", "Hi Daniela, did you get a chance to see my note?"),
    ("bump", "2024-05-28 09:00", "Guess you're busy! I'll leave it here, but the offer stands."),
])
P("cfo", "Andrew Kim", "LedgerLine Fractional CFO", "Fractional CFO", connected="2024-10-30")
C("junk", "generic_fractional_cfo", "en", "fractional CFO generic pitch", [
    ("cfo", "2024-10-31 11:00", "Hi Daniela, most business owners leave money on the table at tax time. Our fractional CFO services start at $1,500/month. Are you open to a 15-minute call to see if there are savings for you?"),
])
P("ghost", "Sean McAllister", "Authority Content Lab", "Ghostwriter")
C("junk", "generic_ghostwriting", "en", "LinkedIn ghostwriting pitch", [
    ("ghost", "2025-01-22 08:45", "Hi Daniela, your LinkedIn could be your #1 lead source. I write daily posts for busy founders in their voice, 30 posts/month for $1,200. Interested in a sample?"),
])
P("leads_realtor", "Gina Ferraro", "HomeLead Express", "Partnerships")
C("junk", "irrelevant_buyer_leads", "en", "sells home-buyer leads, irrelevant to a photographer", [
    ("leads_realtor", "2024-02-14 12:00", "Hi Daniela, are you getting enough buyer leads this spring? We deliver exclusive, pre-qualified Miami home buyer leads starting at $35 each. Grab 10 free leads with your first order!"),
])


if __name__ == "__main__":
    ex.write(OUT, {
        "First Name": "Daniela", "Last Name": "Arroyo",
        "Headline": "Real Estate & Architectural Photographer | Miami · Coral Gables · Key Biscayne | Twilight, aerial & interiors",
        "Summary": "I photograph homes, hotels and buildings in South Florida for realtors, developers, architects and interior designers. Licensed FAA Part 107 drone pilot. Se habla español.",
        "Industry": "Photography", "Geo Location": "Miami, Florida, United States",
        "Websites": "[COMPANY:arroyolightstudio.com]",
    }, [
        {"Company Name": "Arroyo Light Studio LLC", "Title": "Founder & Photographer",
         "Description": "Real estate, architecture and hospitality photography; drone; twilight.",
         "Location": "Miami, Florida", "Started On": "Jun 2016", "Finished On": ""},
        {"Company Name": "Frank Delacroix Photography", "Title": "Photo Assistant",
         "Description": "Assisted on architectural shoots across Florida.", "Location": "Miami, Florida",
         "Started On": "Jan 2013", "Finished On": "May 2016"},
    ], ["Architectural Photography", "Real Estate Photography", "Drone Photography", "Adobe Photoshop",
        "Lighting", "Interior Photography", "Spanish"])
    print(ex.summary())

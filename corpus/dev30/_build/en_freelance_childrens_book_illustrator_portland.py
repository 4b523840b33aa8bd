"""Persona: Maren Solberg, freelance children's book illustrator in Portland, Oregon.

Written by hand, blind to the detector (dev30, session 5). English only, 2026 export layout.
Running this script regenerates the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-freelance-childrens-book-illustrator-portland"
OWNER = Person("me", "Maren Solberg", "https://www.linkedin.com/in/maren-solberg-illustrates")

ex = Export(SLUG, "2026", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine

P("celeste", "Celeste Moreau", "Harrow & Lane Literary", "Literary Agent", connected="2019-04-12")
C("genuine", "agent_offer_negotiation", "en", "long-standing agent relays a two-book offer with advance figures",
  [("celeste", "2025-11-03 16:12", "Maren! Bramblewood came back on the two-book proposal. Offer is $28k per book, half on signing, half on delivery of final art, standard royalty escalators. I think we can push them to $32k and get the audio/animation rights carved out. Call tomorrow?"),
   ("me", "2025-11-03 18:40", "Oh wow. Okay. Yes, call tomorrow — anytime after 10, I'm walking the dog at 9 and it's pouring so I'll be grumpy before that. I'd really like the second book deadline to be 2027 fall, not spring."),
   ("celeste", "2025-11-04 09:02", "Ha, noted on the grumpiness. I'll ring at 10:30. Fall 2027 for book two is reasonable, Priya already hinted they'd flex."),
   ("celeste", "2025-11-12 14:55", "Update: $31,500 per book, fall 2027 for book two, they keep animation rights but we get a reversion clause after 7 years out of print. Contract draft coming next week. Congrats, friend."),
   ("me", "2025-11-12 15:20", "Celeste you are a wizard. Taking myself to get a pastry right now.")])

P("priya", "Priya Nandakumar", "Bramblewood Books", "Art Director", connected="2021-06-30")
C("genuine", "art_director_feedback", "en", "art director gives sketch feedback and a delivery date",
  [("priya", "2025-09-18 11:30", "Hi Maren, the team loved the fox sketches for spreads 4-9. Two notes: the fog on spread 6 is covering the page turn, and sales asked if the fox can look a little less sleepy on the cover (their words, not mine!). Could we see revised roughs by Oct 3?"),
   ("me", "2025-09-18 13:05", "Thanks Priya! Totally see the spread 6 issue. Less sleepy fox, on it :) Oct 3 works."),
   ("me", "2025-10-02 21:47", "Revised roughs are in the Dropbox folder. I gave him one ear up on the cover, which somehow made him look 40% more awake."),
   ("priya", "2025-10-03 08:15", "Ha, the ear does it. Approved, go to finals!")],
  attachments={2: "https://www.linkedin.com/dms/fox-roughs-rev2.pdf"})

P("theo", "Theo Whitcomb", "", "Picture Book Author", connected="2022-02-08")
C("genuine", "author_collaboration", "en", "author she illustrated for floats a new manuscript, small talk about rain",
  [("theo", "2025-12-01 10:22", "Morning from soggy Astoria. The river's the color of dishwater today. I finished a draft about a lighthouse keeper's cat and honestly I wrote it picturing your linework. No pressure — want to read it before I send it to my editor?"),
   ("me", "2025-12-01 12:10", "Theo, yes please! It's equally grey here, I've been painting with the lamp on since noon. Send it over."),
   ("theo", "2025-12-01 12:31", "Sent to your email. Tell me honestly if the middle drags.")])

P("holloway", "Ruth Holloway", "Sunnyside Elementary", "Library Media Specialist", connected="2024-03-19")
C("genuine", "school_visit_quote_request", "en", "school librarian asks for her fee for a full-day visit",
  [("holloway", "2025-10-14 15:03", "Hi Ms. Solberg, our PTA has some money set aside for an author/illustrator visit in spring. Could you send me your fee for a full day (3 assemblies + one small drawing workshop)? We'd also want to pre-order signed copies of Puddle Weather for the kids."),
   ("me", "2025-10-14 19:26", "Hi Ruth, how lovely! My full-day rate for schools in the metro area is $1,400, which includes three assemblies and a workshop of up to 30 kids. Signed books can be ordered through Rain Barrel Books at a 20% school discount. Happy to hop on a call if that's easier for the PTA."),
   ("holloway", "2025-10-16 09:40", "That's within our budget! Could you do April 22 or 23? I'll send the PO paperwork (sorry in advance, the district loves forms).")])

P("okeke", "Adaeze Okeke", "", "PTA Volunteer, Cedar Mill", connected=None)
C("genuine", "school_visit_booking_spam_folder", "en", "parent booking a school visit, landed in the spam folder",
  [("okeke", "2025-08-27 20:11", "Hello Maren, I'm a parent volunteer at Cedar Mill Elementary in Beaverton. My daughter's class read Puddle Weather last year and they still talk about the frog in the yellow boots. Would you ever consider visiting our school? We're small and the budget is modest but we'd make it work. Thank you for making something my kid loves.")],
  folder="SPAM")

P("rosecity", "Dale Pruitt", "Rose City Giclée", "Owner", connected="2020-09-02")
C("genuine", "vendor_price_change", "en", "her existing print shop announces a price increase",
  [("rosecity", "2026-01-08 10:00", "Hi Maren, heads up before your spring print run: our paper costs went up again (thanks, shipping), so from Feb 1 our 11x14 archival prints go from $18 to $21 each for runs under 50. Orders placed this month get the old rate. Let me know if you want to lock in the heron and fox prints now."),
   ("me", "2026-01-08 12:44", "Thanks for the heads up Dale. Let's lock in 40 fox and 25 heron at the old price, I'll email the files tonight."),
   ("rosecity", "2026-01-08 12:50", "Perfect, I'll reserve the slot.")])

P("cascade", "Jolene Matsuda", "Cascade Art Supply", "Account Manager", connected="2021-01-15")
C("genuine", "vendor_backorder_and_pricing", "en", "art-supply rep she orders from reports a backorder and new paper pricing",
  [("cascade", "2025-07-21 14:18", "Hey Maren! Your standing order of the gouache set is backordered until mid-August, the warehouse in Kent got flooded (in July, of all months). I can sub in the other brand at the same price, or hold. Also the 300lb cold press blocks go up 6% next month."),
   ("me", "2025-07-21 16:02", "Ugh, poor Kent. Hold the gouache, I have enough to limp along. And can you add two of the 300lb blocks before the increase?"),
   ("cascade", "2025-07-21 16:30", "Done and done. They'll be at the Division St. store for pickup Thursday.")])

P("wildwood", "Gretchen Albers", "Wildwood Puzzle Co.", "Licensing Manager", connected=None)
C("genuine", "inbound_licensing_lead", "en", "puzzle company wants to license a spread: inbound buyer",
  [("wildwood", "2025-06-09 09:45", "Hi Maren, I'm the licensing manager at Wildwood Puzzle Co. in Bend. We'd love to license the rainy market spread from Puddle Weather for a 500-piece family puzzle. We usually offer a flat fee plus a per-unit royalty. Who handles your licensing — you or your agent?"),
   ("me", "2025-06-09 11:02", "Hi Gretchen, what a fun idea! The book rights are with Bramblewood but I retain merchandise rights to the art. I handle those myself. Could you send over your standard terms?"),
   ("wildwood", "2025-06-10 15:37", "Wonderful. Our standard is $1,200 advance against 7% of wholesale, two-year term, North America. Contract attached. We'd need a hi-res file by August."),
   ("me", "2025-06-12 10:15", "Looks good overall. I'd like 8% and approval of the box design. If that works, I'll sign this week.")],
  attachments={2: "https://www.linkedin.com/dms/wildwood-license-draft.pdf"})

P("stumpjump", "Ezra Lindqvist", "Stumpjump Coffee Roasters", "Co-founder", connected=None)
C("genuine", "inbound_licensing_lead", "en", "Seattle roaster asks what she'd charge to license her heron for a seasonal bag",
  [("stumpjump", "2025-04-02 08:30", "Hi! We're a small roaster in Ballard. We have a print of your great blue heron on our cafe wall and the whole crew is obsessed. Could we license it for our spring blend bag? What would something like that cost? Roughly 3,000 bags."),
   ("me", "2025-04-02 13:12", "Hi Ezra, I love that the heron is in a cafe! For a single-season packaging license at that quantity I'd quote $950, including one round of adjustments to fit the bag. Do you have a dieline?"),
   ("stumpjump", "2025-04-03 09:01", "That works for us. Dieline coming from our designer. Can we pay half upfront?"),
   ("me", "2025-04-03 09:20", "Half upfront is perfect. I'll send an invoice and a one-page license today.")])

P("dana", "Dana Whitfeather", "", "Illustrator & Cartoonist", connected="2018-11-05")
C("genuine", "peer_joint_offer", "en", "illustrator friend proposes a joint school-workshop package",
  [("dana", "2025-09-02 19:50", "Okay hear me out: you, me, a 'Make Your Own Comic Picture Book' two-day residency for middle schools. You do picture-book structure, I do panels. We split $3,200 per school. Three districts already asked me if I do residencies and I don't want to do it alone."),
   ("me", "2025-09-02 20:35", "I'm listening!! Two days is a lot of pickup/drop-off from Vancouver for you though. Should we price travel separately?"),
   ("dana", "2025-09-02 20:41", "Yes, mileage on top. Let's draft the one-pager at the taco place Friday?"),
   ("me", "2025-09-02 20:42", "Friday. Taco place. I'll bring the sketchbook.")])

P("fernrec", "Lauren Ostrowski", "Fernhollow Animation", "Talent Acquisition Partner", connected="2025-05-20",
  invite=("IN", "2025-05-19 17:02", "Hi Maren, I recruit for vis dev at Fernhollow. Would love to connect."))
C("genuine", "recruiter_engaged", "en", "recruiter for a Hillsboro animation studio; she replies interested and books a call",
  [("fernrec", "2025-05-21 10:15", "Hi Maren, thanks for connecting. We're staffing visual development for a stop-motion feature and your watercolor environments (especially the tide pool spreads) are exactly the texture our director keeps pointing at. It's a 9-month contract in Hillsboro, hybrid. Any interest?"),
   ("me", "2025-05-21 14:02", "Hi Lauren, I'm flattered! I have a book due in the fall, so full-time is tricky, but I'd be interested in hearing whether part-time or a shorter engagement is possible."),
   ("fernrec", "2025-05-21 14:40", "Totally possible for vis dev. Could you do a call Tuesday at 2? I'll bring the art lead."),
   ("me", "2025-05-21 15:05", "Tuesday at 2 works. Thanks!")])

P("quincy", "Quincy Barlow", "", "BFA Student, Willamette College of Art", connected=None)
C("genuine", "applicant_studio_assistant", "en", "art student applies for her posted part-time studio assistant role",
  [("quincy", "2025-08-04 17:33", "Hi Maren, I saw your post about looking for a part-time studio assistant (scanning, flatting, packing print orders). I'm a junior in illustration, I know Photoshop and Procreate well and I've packed about a million orders for my aunt's ceramics shop. I'm free Tue/Thu. Portfolio: quincybarlow.art. Thank you for considering me!"),
   ("me", "2025-08-05 09:12", "Hi Quincy, thanks for reaching out! Your flatting samples are really clean. Could you come by the studio next Thursday at 11 for a short chat? It's $22/hr, about 10 hours a week."),
   ("quincy", "2025-08-05 09:30", "Yes! I'll be there. Thank you!!")])

P("marguerite", "Marguerite Dollarhide", "Willamette College of Art", "Professor Emerita", connected="2016-05-30")
C("genuine", "owner_started_old_teacher", "en", "owner writes to her former teacher, long-standing contact",
  [("me", "2025-12-19 18:05", "Marguerite, I just got a finished copy of the fox book and the first person I wanted to tell was you. The fog spreads are all wet-in-wet like you drilled into us in sophomore year. Thank you, still."),
   ("marguerite", "2025-12-20 10:44", "My dear, you've made an old woman cry into her oatmeal. Bring me a copy when the rain lets up. Or before, since it won't.")])

P("northwind", "Hannah Cho", "Little Cedar Press", "Creative Director", connected="2023-10-11",
  invite=("OUT", "2023-10-10 12:01", "Hi Hannah, we met briefly at the Seattle book fair. I'd love to stay in touch!"))
C("genuine", "owner_started_portfolio_review", "en", "owner asks a Seattle art director about a portfolio review",
  [("me", "2025-03-11 09:40", "Hi Hannah, I hope the Seattle spring is treating you better than ours! I'm putting together new samples with more older-middle-grade work and would love 20 minutes of your eyes if you ever do portfolio reviews. Totally fine if not."),
   ("northwind", "2025-03-12 16:20", "Hi Maren! Of course. I'm in Portland for a festival on the 28th, coffee near the Hawthorne bridge?"),
   ("me", "2025-03-12 16:45", "Perfect. I'll bring printouts.")])

for key, name, date, text in [
    ("ty1", "Bethany Crowe", "2025-10-19 20:14",
     "Thank you so much for your talk at the Northwest Picture Book Summit yesterday! The bit about letting the weather be a character changed how I look at my dummy. Hoping to see you at the next one."),
    ("ty2", "Samuel Achterberg", "2025-10-19 21:02",
     "Thanks so much for your talk at the Picture Book Summit yesterday. The weather-as-character idea really changed how I'm looking at my manuscript. Hope to see you again next year!"),
    ("ty3", "Ines Castillo", "2025-10-20 07:48",
     "Thank you for your talk at the NW Picture Book Summit on Saturday!! Weather as a character — that changed how I think about my dummy. Hope we cross paths again."),
]:
    P(key, name, "", "Children's Book Writer", connected="2025-10-19")
    C("genuine", "thanks_after_talk", "en", "near-duplicate thank-you after her summit talk", [(key, date, text)])

P("reporter", "Olivia Hargrove", "Rose City Weekly", "Arts Reporter", connected=None)
C("genuine", "journalist_interview", "en", "arts reporter requests an interview about the new book",
  [("reporter", "2026-01-14 11:05", "Hi Maren, I'm writing a piece for Rose City Weekly on Portland picture-book makers whose books are about weather (there are more of you than I expected!). Could I interview you for 20 minutes next week, and maybe photograph your studio?"),
   ("me", "2026-01-14 14:30", "Hi Olivia, sure! The studio is a mess but a photogenic mess. Wednesday afternoon?"),
   ("reporter", "2026-01-14 14:52", "Wednesday at 2. See you then!")])

P("eastlib", "Marcus Ibe", "Eastside Library", "Youth Services Librarian", connected="2022-07-14")
C("genuine", "event_invitation_contact", "en", "librarian she knows invites her to the kids' art night",
  [("eastlib", "2025-10-27 13:15", "Hi Maren! We're doing our Rainy Day Art Night again on Nov 20. Would you lead the drawing table like last year? Same honorarium ($300) and we'll have the good markers this time, I promise."),
   ("me", "2025-10-27 15:00", "Haha, the good markers sold me. Count me in!")])

P("rainbarrel", "Fiona Kessler", "Rain Barrel Books", "Owner", connected="2020-11-22")
C("genuine", "bookstore_launch_planning", "en", "indie bookstore plans the launch event and order quantities",
  [("rainbarrel", "2026-01-22 10:40", "Launch party planning! We're thinking March 14, 11am, story time plus a drawing demo. We'll order 120 copies of the fox book. Do you want to sell prints at the event too? We take 30% on those, same as last time."),
   ("me", "2026-01-22 12:05", "Yes to all of it. I'll bring 30 fox prints. Can we do fox-ear headbands for the kids? I'll make the template."),
   ("rainbarrel", "2026-01-22 12:09", "FOX EARS. Yes. Staff is already thrilled."),
   ("me", "2026-02-03 09:15", "Template attached! Print on cardstock, kids cut and tape."),
   ("rainbarrel", "2026-02-03 09:40", "Perfect, thank you!")],
  attachments={3: "https://www.linkedin.com/dms/fox-ears-template.pdf"})

P("vera", "Vera Nakashima", "", "Author", connected="2021-03-03")
C("genuine", "peer_congrats_review", "en", "author friend congratulates her on a starred review",
  [("vera", "2026-01-30 19:22", "STARRED REVIEW!!! I just saw it. 'Fog you can almost feel on your skin.' Maren!!! Drinks on me at the pub on Belmont.")])

P("watershed", "Gordon Feist", "Johnson Creek Watershed Council", "Outreach Coordinator", connected="2023-05-08")
C("genuine", "client_quote_request", "en", "former nonprofit client asks for a quote for a festival poster",
  [("watershed", "2025-05-06 10:05", "Hi Maren, we're doing the salmon festival again in September and the board wants a poster by you again, since the last one is still on everyone's fridge. Could you quote a poster plus a simplified version for t-shirts?"),
   ("me", "2025-05-06 16:48", "Hi Gordon! For a poster plus a 2-color t-shirt adaptation I'd quote $1,650 (nonprofit rate), delivered by mid-July. Includes two rounds of revisions."),
   ("watershed", "2025-05-08 09:30", "Board approved it! Can you start in June?")])

P("tidepool", "Rachel Boateng", "Tidepool Kids", "Senior Editor", connected="2024-01-09")
C("genuine", "contract_amendment", "en", "editor sends a contract amendment for an extra cover fee",
  [("tidepool", "2025-07-30 14:00", "Hi Maren, we'd like to add the paperback cover redesign to your contract: flat $2,500, due Oct 15. Amendment attached — please sign via the link when you get a chance."),
   ("me", "2025-07-31 10:20", "Signed! Thanks Rachel."),
   ("tidepool", "2025-07-31 10:45", "Received, thank you!")],
  attachments={0: "https://www.linkedin.com/dms/tidepool-amendment-2.pdf"})

P("kit", "Kit Abernathy", "", "Park Ranger", connected="2017-09-14")
C("genuine", "friend_small_talk", "en", "old friend plans a hike",
  [("kit", "2025-08-15 18:03", "Wildflowers at the top of Dog Mountain are still going, apparently. Saturday? I'll drive if you bring the good sandwiches."),
   ("me", "2025-08-15 18:30", "YES. Leave at 6:30 to beat the permit crowd? I'll bring sandwiches and a sketchbook you'll have to wait for."),
   ("kit", "2025-08-15 18:32", "I always wait for the sketchbook. 6:30.")])

P("jonah", "Jonah Petrakis", "", "Illustrator", connected="2024-06-02")
C("genuine", "peer_contract_advice", "en", "younger illustrator asks her advice on a reversion clause",
  [("jonah", "2025-06-25 22:10", "Hi Maren, sorry for the random message. I got my first picture book contract and there's no reversion clause at all. Is that normal? My agent-less brain is panicking."),
   ("me", "2025-06-26 08:45", "Hi Jonah, congrats first of all! Not normal to have none. Ask for rights to revert if the book is out of print for 18-24 months and they don't reissue after you ask. Also check whether they want merchandise rights — keep those if you can. And consider the Authors Guild contract review if you're a member."),
   ("jonah", "2025-06-26 09:02", "This is so helpful. Thank you. I owe you a coffee.")])

P("kwan", "Lydia Kwan", "Kwan & Ortiz CPA", "CPA", connected="2019-02-10")
C("genuine", "vendor_fee_change", "en", "her accountant reminds her of Q4 estimate and a fee increase",
  [("kwan", "2025-12-05 09:00", "Hi Maren, friendly reminder that Q4 estimated payments are due Jan 15. Also, our return prep fee goes from $650 to $720 this season — first increase in three years, I'm sorry. Send your royalty statements when they come in."),
   ("me", "2025-12-05 11:30", "Thanks Lydia, totally fair. I'll drop the statements off in January.")])

P("riso", "Ben Tolliver", "Inkwell Riso Studio", "Printer", connected="2022-11-01")
C("genuine", "owner_started_quote", "en", "owner asks her riso printer for a quote on a zine run",
  [("me", "2025-04-18 10:00", "Hi Ben, I want to do a 24-page riso zine of my Columbia Gorge sketches, 2 colors (teal + fluorescent orange), 150 copies. What would that run?"),
   ("riso", "2025-04-18 14:10", "Love it. 2 colors, 24pp saddle-stitched, 150 copies: $540 including paper. If you do 200 it's $610. Two-week turnaround."),
   ("me", "2025-04-18 14:25", "Let's do 200. I'll send files next week.")])

P("lucia", "Lucía Berrocal", "Ediciones Marea", "Translator", connected=None)
C("genuine", "foreign_edition_question", "en", "translator of the Spanish edition asks about hand lettering in the art",
  [("lucia", "2025-11-20 12:00", "Dear Maren, I'm translating Puddle Weather into Spanish for Ediciones Marea. The word 'SPLASH' on spread 7 is hand-lettered inside the art. Would you be willing to re-letter 'CHAPOTEO', or may our designer do it in a font that imitates your hand?"),
   ("me", "2025-11-20 16:40", "Hola Lucía! I'd love to re-letter it myself, no charge. Just send me the word list for any other lettering and I'll do them together.")])

P("pcc", "Tamsin Rourke", "Columbia River Community College", "Continuing Ed Coordinator", connected="2023-02-20")
C("genuine", "teaching_offer", "en", "college offers a paid weekend workshop slot",
  [("pcc", "2025-12-10 13:30", "Hi Maren, could you teach your 'Illustrating Weather' weekend workshop again in April? We can offer $75/hr for 12 hours plus materials budget. Last session had a waitlist."),
   ("me", "2025-12-11 09:10", "Happy to! April 11-12 would be best for me.")])

P("teacher", "Felipe Duarte", "Sunnyside Elementary", "2nd Grade Teacher", connected="2025-05-02")
C("genuine", "thanks_after_school_visit", "en", "teacher sends kids' thank-you letters after a visit",
  [("teacher", "2025-05-02 15:45", "Hi Maren, my class made you thank-you cards after your visit. One of them is a frog in a raincoat riding a bicycle. I scanned a few — they asked me to tell you the frog 'is your character now'."),
   ("me", "2025-05-02 17:20", "I am honored to adopt the bicycle frog. Please tell them thank you!!")],
  attachments={0: "https://www.linkedin.com/dms/class-cards.pdf"})

P("fest", "Nadia Farouk", "Cascade Kids Book Fest", "Program Director", connected="2022-09-09")
C("genuine", "festival_invitation_contact", "en", "festival director she knows invites her with honorarium",
  [("fest", "2026-02-06 10:10", "Hi Maren! We'd love to have you on the picture-book stage at Cascade Kids Book Fest in May, a 30-minute drawing demo plus signing. Honorarium is $500 and we cover parking. Interested?"),
   ("me", "2026-02-06 12:15", "Always! Saturday would be ideal.")])

P("edpub", "Simone Arceneaux", "Harbor Lane Education", "Art Buyer", connected="2020-04-17")
C("genuine", "referral_request", "en", "art buyer asks if she knows someone for a spot gig; she refers a peer",
  [("edpub", "2025-07-09 11:20", "Hi Maren, we need 12 spot illustrations of Pacific Northwest animals for a 3rd-grade reader, $150 each, 3-week turnaround. I know you're booked, but do you know anyone?"),
   ("me", "2025-07-09 12:40", "Hi Simone! Jonah Petrakis would be great, his animal work is lovely and he's hungry for work. I'll tell him to expect you."),
   ("edpub", "2025-07-09 12:55", "Perfect, thanks so much.")])

P("landlord", "Gary Whelan", "Ironworks Studios", "Building Manager", connected="2021-08-01")
C("genuine", "studio_rent_change", "en", "studio building manager announces rent increase",
  [("landlord", "2025-09-29 16:00", "Hi Maren, heads up for all tenants: studio rents go up 4% on Jan 1 (your unit from $640 to $666/mo). Also the freight elevator will be out Oct 6-8. Sorry on both counts."),
   ("me", "2025-09-29 16:33", "Thanks for the heads up Gary. Can the leak by the window get looked at before winter? The bucket is getting a lot of use.")])

P("owen", "Owen Marchetti", "", "Graphic Designer", connected="2014-06-10")
C("genuine", "old_classmate_congrats", "en", "old classmate congratulates her on the new book",
  [("owen", "2025-12-15 20:00", "Saw the fox book in the window at Rain Barrel Books on my way home. So proud of you. Remember when you drew foxes in the margin of every single crit sheet in 2013?"),
   ("me", "2025-12-15 21:10", "Haha I DO. It was always going to be foxes. Thank you Owen!")])

P("agentasst", "Milo Grant", "Harrow & Lane Literary", "Agency Assistant", connected="2023-04-04")
C("genuine", "royalty_statement_question", "en", "agency assistant asks about a royalty statement",
  [("agentasst", "2025-10-07 14:22", "Hi Maren, Celeste asked me to check: the spring royalty statement from Tidepool lists 212 returns on the board book edition, which seems high. Did you get any direct reports from the warehouse? We're querying it."),
   ("me", "2025-10-07 15:01", "Hi Milo, no, nothing from them directly. 212 does seem odd. Thanks for chasing it!")])

# ---------------------------------------------------------------- wanted pitches

P("w_riso", "Harper Quill", "Mossprint Collective", "Studio Manager", connected=None)
C("wanted_pitch", "print_studio_read_post", "en", "print studio read her post about struggling with zine binding",
  [("w_riso", "2025-05-14 09:20", "Hi Maren, I read your post last week about hand-stapling 200 zines and your thumbs never forgiving you. We're a small print co-op in St. Johns with a long-arm stapler and a fold machine; members pay $30/month and can book it by the hour. If your next Gorge zine is bigger, might be worth a look. No worries if you love Ben's shop, he's great."),
   ("me", "2025-05-14 12:00", "Ha, my thumbs thank you for the empathy. I might come check it out!")])

P("w_web", "Elliot Sandoval", "", "Freelance Web Developer", connected=None)
C("wanted_pitch", "web_dev_visited_site", "en", "web developer visited her site and lists specific problems",
  [("w_web", "2025-06-30 10:40", "Hi Maren, I ended up on marensolberg.com after buying the heron print for my sister. A couple of things I noticed as a developer: the portfolio images are 6-9 MB each so the tide pool gallery takes ~14 seconds on my phone, the contact form doesn't submit on mobile Safari (I tried, sorry for the blank message), and /shop/prints 404s from the homepage banner. I do small-studio sites in Portland and could fix those three for a flat $400. Happy to just tell you the fixes if you'd rather do it yourself.")])

P("w_cpa", "Naomi Feld", "Ledger & Lantern", "CPA for Creatives", connected=None)
C("wanted_pitch", "accountant_specific_problem", "en", "creative-focused CPA names her royalty and Washington sales-tax problem",
  [("w_cpa", "2025-03-25 14:15", "Hi Maren, I heard your interview on the local arts radio hour where you mentioned that your advance got paid in two tax years and that you just found out you might owe Washington sales tax on prints you sell at the Vancouver fair. Both are super common for illustrators and both are fixable (income averaging isn't a thing anymore, but timing the second payment is; WA has a small-seller threshold for event sales). I only work with artists and writers. If your current accountant already handles this, ignore me!")])

P("w_lic", "Roberto Anand", "Brightleaf Licensing", "Licensing Agent", connected="2025-02-10",
  invite=("IN", "2025-02-09 13:00", "Hi Maren, Celeste Moreau suggested I reach out."))
C("wanted_pitch", "licensing_agent_mutual_contact", "en", "licensing agent introduced by her agent by name",
  [("w_lic", "2025-02-11 09:30", "Hi Maren, Celeste Moreau mentioned you keep merchandise rights and have been handling the puzzle and coffee-bag deals yourself. I represent four picture-book artists for stationery and home goods (mostly Pacific Northwest brands). I'd love to show your heron and tide-pool work to two stationery companies I think would fit. Standard 35% commission, only on deals I bring. Happy to talk whenever."),
   ("me", "2025-02-11 11:45", "Hi Roberto, Celeste did mention you! Let's talk next week.")])

P("w_video", "Cora Lindgren", "Slow Water Films", "Filmmaker", connected="2025-10-21")
C("wanted_pitch", "video_producer_saw_talk", "en", "filmmaker who attended her summit talk proposes process videos",
  [("w_video", "2025-10-22 08:50", "Hi Maren, I was in the back row of your talk at the Picture Book Summit, where you showed that 20-second clip of the fog bleeding into the wet paper and the whole room gasped. I make short process films for artists (3-5 minute pieces, natural light, no voiceover). I think a proper one of your wet-in-wet process would be great for the fox book launch. I could film in your studio for a half day; rates start at $800.")])

P("w_ins", "Patrick Oyelaran", "Tributary Insurance", "Broker, Artist Policies", connected=None)
C("wanted_pitch", "insurance_press_item", "en", "broker read the news of her studio move and book award finalist",
  [("w_ins", "2025-08-19 11:00", "Hi Maren, congratulations on being a Cascadia Book Award finalist — I saw the piece in Rose City Weekly that mentioned your originals are stored in your new Ironworks studio and shipped to New York for scanning. Most renter/business policies don't cover originals in transit or at a third-party scanner. We write inland-marine policies for artists here in Oregon, usually $200-400/year. If that's a gap for you, happy to quote.")])

P("w_scan", "Ivy Tran", "True North Imaging", "Fine Art Digitization", connected=None)
C("wanted_pitch", "scanning_service_tools_setup", "en", "scanning studio responds to her post about stitching flatbed scans",
  [("w_scan", "2025-11-05 13:45", "Hi Maren, your post about scanning 16x20 gouache spreads in four pieces on an A3 flatbed and spending an evening fighting Photoshop's Photomerge made me wince in sympathy. We do single-capture scans up to 40x60 with a color target for each piece, in Southeast Portland, so no shipping originals. For picture-book spreads we charge $35 per spread. Would a free test scan of one fog spread help?"),
   ("me", "2025-11-05 15:30", "Oh, a free test scan would be amazing. I'll bring spread 6 by next week.")])

P("w_rec", "Anjali Mercer", "Puddlejump Learning", "Creative Recruiter", connected=None)
C("wanted_pitch", "recruiter_relevant_role", "en", "recruiter offers a relevant illustration contract referencing her books",
  [("w_rec", "2025-04-24 16:20", "Hi Maren, I'm recruiting for Puddlejump, a kids' reading app. We're commissioning 10 illustrated nature stories for ages 4-6 and the brief literally says 'rain, tide pools, gentle animals'. I think of Puddle Weather and the tide-pool book immediately. It's a freelance contract, $2,200 per story, scheduled around book deadlines. Would you be open to seeing the brief?")])

P("w_pub", "Sadie Kowalczyk", "Lantern Kidlit PR", "Publicist", connected=None)
C("wanted_pitch", "publicist_release_date", "en", "publicist names the March release and regional bookstores",
  [("w_pub", "2025-12-03 10:00", "Hi Maren, The Fox Who Borrowed the Fog comes out March 10 and as far as I can see Bramblewood's publicity plan is national trade only. I specialize in regional launch tours for picture books: I'd line up 6-8 story times across Oregon and Washington indies (I already know Rain Barrel is doing your launch), plus two library systems and one regional TV spot. Fee is $1,800 flat. If that's useful, I can send the list of stores I have in mind.")])

P("w_visits", "Theo Lambert", "Booked Assembly", "Founder", connected=None)
C("wanted_pitch", "school_booking_platform_post", "en", "booking platform answers her post about district purchase orders",
  [("w_visits", "2025-10-29 12:30", "Hi Maren, you wrote on Tuesday that the hardest part of school visits is not the 300 kids, it's the three-page vendor form and waiting 60 days for the PO. That's the whole reason we built Booked Assembly: districts in Oregon and Washington are already set up as vendors with us, so you get paid in 10 days and we handle the W-9s and insurance certificates. 8% fee per booking. Might save you some grey hairs this spring.")])

P("w_paper", "Marisol Ekwueme", "Fiber & Tide Paper Supply", "Owner", connected=None)
C("wanted_pitch", "paper_supplier_concrete_problem", "en", "supplier saw her shop note that her print paper is discontinued",
  [("w_paper", "2025-09-09 09:15", "Hi Maren, I saw the note on your print shop page that your prints are on hold because the 308gsm cotton rag you use was discontinued. We stock two papers that are almost identical in weight and tone (one is made in Oregon). I'd be happy to mail you a free sample pack of both so you can test them with Rose City Giclée before the holiday rush.")])

P("w_sticker", "Leo Haddad", "Stickwell Press", "Co-owner", connected=None)
C("wanted_pitch", "sticker_maker_visited_booth", "en", "local sticker maker visited her holiday market booth",
  [("w_sticker", "2025-12-09 17:40", "Hi Maren, I stopped by your booth at the Holiday Makers Market on Sunday (bought the frog sticker sheet!). You mentioned your sheets come from an overseas printer with a 6-week lead and a minimum of 1,000. We're a two-person shop in Southeast and do 100-sheet runs in a week, kiss-cut on the same matte vinyl. If you ever want to test smaller batches for new designs, let me know.")])

# ---------------------------------------------------------------- junk

P("j_web", "Derek Vaughn", "PixelPeak Digital", "Growth Consultant", connected=None)
C("junk", "generic_web_design", "en", "generic web design pitch, junk counterpart of the tailored developer",
  [("j_web", "2025-07-02 08:00", "Hi Maren, I came across your profile and love what you're doing. In today's digital world your website is your #1 salesperson. We build stunning, conversion-optimized websites for businesses of all sizes starting at $1,999. Can I send you a few examples?")])

P("j_books", "Trisha Nolan", "BalanceBooks Pro", "Business Development", connected=None)
C("junk", "generic_bookkeeping", "en", "generic bookkeeping pitch, counterpart of the tailored CPA",
  [("j_books", "2025-03-27 12:00", "Hello Maren, are you spending too much time on bookkeeping? Our certified bookkeepers handle everything for small businesses from $199/month. Stress-free taxes, guaranteed! Let me know if you'd like a free consultation.")])

P("j_lic", "Brody Kaplan", "ArtLicense Hub", "Partnerships", connected=None)
C("junk", "licensing_listing_fee", "en", "generic art licensing platform asks for a listing fee",
  [("j_lic", "2025-02-20 10:30", "Hi Maren! Artists on ArtLicense Hub get discovered by 5,000+ brands. For a one-time onboarding fee of $99 (normally $249) we'll list up to 50 of your artworks. Spots are limited this month. Want me to reserve one for you?")])

P("j_rec", "Shawn Pettigrew", "ApexHire Solutions", "Senior Recruiter", connected=None)
C("junk", "irrelevant_recruiter", "en", "generic recruiter with an unrelated sales role, counterpart of the tailored recruiter",
  [("j_rec", "2025-04-28 09:10", "Hi Maren, I have an exciting opportunity for a motivated professional like you! Our client, a fast-growing SaaS company, is hiring Account Executives (OTE $120k). Your background looks like a great fit. Are you open to new opportunities?")])

P("j_mkt", "Kayla Brennan", "BookBoost Marketing", "Author Success Manager", connected=None)
C("junk", "generic_book_marketing", "en", "generic book marketing with bestseller promise, counterpart of the publicist",
  [("j_mkt", "2025-12-04 11:30", "Hi Maren, want to become a #1 bestselling author? Our proven launch system has helped 1,200+ authors hit the top of Amazon charts. Packages from $997. Reply YES and I'll send the details!")])

P("j_offshore", "Rahul Menon", "StoryCraft Illustration Studio", "Business Head", connected=None)
C("junk", "offers_what_she_sells", "en", "offshore studio offers children's book illustration to an illustrator",
  [("j_offshore", "2025-06-17 07:20", "Dear Maren, greetings! We are a team of 40 professional illustrators offering children's book illustration at very affordable prices ($60 per page, full color). Fast turnaround, unlimited revisions. If you have any picture book projects, we will be happy to help. Kindly share your requirements.")])

P("j_capacity", "Megan Ford", "Funnelwise Agency", "Client Acquisition", connected=None)
C("junk", "capacity_for_new_clients", "en", "asks if she has capacity for new clients",
  [("j_capacity", "2025-08-12 14:00", "Hey Maren, quick question: do you have capacity to take on 3-5 new clients next month? We help creative freelancers fill their calendar with high-ticket clients on autopilot. If yes, I'll explain how.")])

P("j_like", "Chad Riggins", "Riggins Ventures", "Serial Entrepreneur | Investor | Speaker", connected="2025-09-15",
  invite=("IN", "2025-09-14 08:30", "Let's connect!"))
C("junk", "like_minded_entrepreneurs", "en", "let's connect as like-minded entrepreneurs",
  [("j_like", "2025-09-15 09:00", "Hi Maren, thanks for connecting! I always love to connect with like-minded entrepreneurs who are passionate about growth. I'd love to learn more about your business and see if there are any synergies. When are you free for a virtual coffee?")])

P("j_15", "Trent Holloway", "ScaleUp Partners", "Founder", connected=None)
C("junk", "quick_15_minute_call", "en", "asks for a quick 15-minute call",
  [("j_15", "2025-10-08 15:45", "Maren, do you have 15 minutes this week for a quick call? I have an idea that could add $10k/month to your business. No pitch, just value. Here's my calendar link.")])

P("j_ai", "Skyler Dunn", "Dreamframe AI", "Creator Partnerships", connected="2025-11-10",
  invite=("IN", "2025-11-09 20:10", "Hi Maren, huge fan of your fox work!"))
C("junk", "connect_then_pitch", "en", "small talk then AI art tool pitch in message 2",
  [("j_ai", "2025-11-11 10:00", "Thanks for connecting Maren! Your fog textures are incredible. How long does one spread take you?"),
   ("j_ai", "2025-11-13 10:05", "Anyway, I wanted to share Dreamframe AI — upload 10 of your illustrations and it generates unlimited new ones in your style! Artists are cutting production time by 90%. Want a free creator account?")])

P("j_ghost", "Nicole Barker", "PostPilot", "LinkedIn Growth Specialist", connected="2025-06-03",
  invite=("IN", "2025-06-02 16:00", "Hi Maren, love your posts!"))
C("junk", "connect_then_pitch_after_reply", "en", "small talk, owner answers, pitch in message 3",
  [("j_ghost", "2025-06-04 09:12", "Hi Maren! Thanks for connecting. Are you from Portland originally? I visited last year and loved the food carts!"),
   ("me", "2025-06-04 12:30", "Hi Nicole, not originally, I grew up in Spokane, but I've been here 12 years. The carts are the best!"),
   ("j_ghost", "2025-06-05 08:45", "Love that! So I noticed you post pretty irregularly. We write and schedule 3 LinkedIn posts a week for you in your voice, $600/month. Clients see 5x engagement. Want to try a free week?")])

P("j_fin", "Grant Oakley", "Summit Wealth Partners", "Financial Advisor", connected="2025-02-25",
  invite=("IN", "2025-02-24 19:00", ""))
C("junk", "connect_then_pitch", "en", "connect then financial advisor pitch",
  [("j_fin", "2025-02-26 08:30", "Hi Maren, great to connect! Hope your week is off to a good start."),
   ("j_fin", "2025-02-28 08:30", "As a self-employed professional, are you confident your retirement plan is on track? I help business owners like you minimize taxes and build wealth. Do you have 20 minutes next week for a complimentary review?")])

P("j_seo", "Vikram Sethi", "RankRocket SEO", "SEO Specialist", connected=None)
C("junk", "follow_up_bumps", "en", "SEO pitch followed by two bumps with no reply",
  [("j_seo", "2025-05-05 06:10", "Hi Maren, I checked your website and found several SEO issues that are preventing you from ranking on Google's first page. We can fix this for an affordable price. Shall I send you a free audit report?"),
   ("j_seo", "2025-05-12 06:12", "Hi Maren, just following up on my previous message. Did you get a chance to look?"),
   ("j_seo", "2025-05-20 06:09", "Hi Maren, bumping this to the top of your inbox. Let me know if you're interested!")])

P("j_app", "Kevin Moss", "AppForge Labs", "Sales Director", connected=None)
C("junk", "follow_up_bumps", "en", "app development pitch with bump",
  [("j_app", "2025-09-22 13:00", "Hi Maren, have you thought about turning your business into a mobile app? We've built 300+ apps for startups and SMBs. Let's discuss your idea."),
   ("j_app", "2025-10-01 13:00", "Hi again Maren, circling back on this. Would love to hear your thoughts!")])

template_fills = [
    ("t1", "Brandon Keller", "Elevate Creative Co.", "2025-07-15 10:00", "en",
     "Hi Maren, I noticed you're doing amazing work in illustration. We've helped 200+ creatives double their income with our done-for-you client acquisition system. Would you be open to a quick chat this week to see if it's a fit?"),
    ("t2", "Alyssa Grant", "Momentum Studio Growth", "2025-07-22 11:15", "en",
     "Hi Maren, I see you're doing amazing work in children's publishing! We've helped over 200 creative professionals double their revenue with our done-for-you client system. Open to a quick chat this week to see if it's a fit?"),
    ("t3", "Jordan Price", "BrightPath Agency", "2025-08-01 09:30", "en",
     "Hey Maren, noticed you're doing great work in art & design. We've helped 250+ creatives 2x their income with a done-for-you lead system. Would you be open to a short chat this week to see if it's a fit for you?"),
    ("t4", "Tessa Moreland", "Kreativ Wachstum GmbH", "2025-08-06 08:05", "de",
     "Hallo Maren, ich sehe, dass du großartige Arbeit im Bereich Illustration machst. Wir haben über 200 Kreativen geholfen, ihr Einkommen mit unserem Done-for-you-Kundensystem zu verdoppeln. Hättest du diese Woche Zeit für ein kurzes Gespräch, um zu sehen, ob es passt?"),
    ("t5", "Marcus Dean", "Catalyst Creators", "2025-08-19 16:40", "en",
     "Hi Maren — you're clearly doing amazing work in the illustration space. We've helped 200+ creatives double their income using our done-for-you client acquisition system. Are you open to a quick chat this week to see if it's a fit?"),
]
for key, name, company, date, lang, text in template_fills:
    P(key, name, company, "Founder", connected=None)
    C("junk", "template_multi_sender", lang, "same done-for-you template sent by several senders", [(key, date, text)])

P("j_merge1", "Courtney Blake", "Leadstream", "SDR", connected=None)
C("junk", "merge_tag_failure", "en", "unfilled {first_name} merge tag",
  [("j_merge1", "2025-04-08 07:30", "Hi {first_name}, I came across your company and thought you might benefit from our B2B lead generation service. We deliver 20+ qualified appointments per month. Worth a chat?")])

P("j_merge2", "Nathan Cole", "CloudServe IT", "Account Executive", connected=None)
C("junk", "merge_tag_failure", "en", "unfilled [Company] tag",
  [("j_merge2", "2025-06-11 12:20", "Hi Maren, I'm reaching out because companies like [Company] are losing thousands every year to outdated IT infrastructure. Our managed IT services can cut your costs by 30%. Can we set up a call?")])

P("j_merge3", "Jessica Whyte", "Optimize HR", "Benefits Consultant", connected=None)
C("junk", "merge_tag_wrong_name", "en", "wrong first name in greeting",
  [("j_merge3", "2025-09-03 09:00", "Hi Karen, as your team grows, managing payroll and benefits gets harder. Optimize HR takes it off your plate for just $8 per employee per month. Would love to show you a demo!")])

P("j_merge4", "Robert Lang", "Prime Logistics Group", "Business Development", connected=None)
C("junk", "merge_tag_wrong_company", "en", "wrong company name",
  [("j_merge4", "2025-10-15 14:30", "Dear Maren, congratulations on the continued success of Solberg Dental Group! We specialize in freight and warehousing solutions for growing businesses. Can I share a quick overview of how we can reduce your shipping costs?")])

P("s_mba", "Pacific Crest University", "", "", url="https://www.linkedin.com/company/pacific-crest-university")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for an MBA program",
  [("s_mba", "2025-09-10 12:00", "<p>Hi Maren,</p><p>Ready to take your career to the next level? Our <b>Executive MBA</b> fits your schedule &amp; is 100% online.</p><p>Applications for the spring cohort close soon.</p>")],
  title="Sponsored Conversation", subject="Your next career move")

P("s_bank", "Evergreen Business Bank", "", "", url="https://www.linkedin.com/company/evergreen-business-bank")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for a business credit card",
  [("s_bank", "2025-11-18 12:00", "<p>Maren, earn 3% cash back on every business purchase.</p><p>Apply for the Evergreen Business Card today &ndash; no annual fee in year one.</p>")],
  title="Sponsored Conversation", subject="3% back on business spend")

P("s_soft", "Canvasly Pro", "", "", url="https://www.linkedin.com/company/canvasly-pro")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for design software",
  [("s_soft", "2026-01-20 12:00", "<p>Hi Maren,</p><p>Designers are switching to <b>Canvasly Pro</b>. Try 30 days free &amp; get 40% off your first year.</p>")],
  title="Sponsored Conversation", subject="40% off for creatives")

P("j_award", "Stephanie Lowe", "Creative Excellence Awards", "Awards Coordinator", connected=None)
C("junk", "paid_award", "en", "paid 'award' that requires a fee",
  [("j_award", "2025-06-23 10:00", "Dear Maren, congratulations! You have been shortlisted for 'Top 10 Children's Illustrators of 2025' by our editorial panel. To confirm your award and receive your trophy, digital badge and feature, a processing fee of $349 applies. Please confirm by Friday.")])

P("j_podcast", "Tyler Vance", "Founders Unfiltered Podcast", "Producer", connected=None)
C("junk", "paid_podcast_slot", "en", "podcast guest slot that costs money",
  [("j_podcast", "2025-08-27 13:30", "Hi Maren, our host would love to feature you as a guest on Founders Unfiltered (top 2% globally!). We have a few sponsored guest spots left this quarter at $495, which includes professional editing and promotion to 50k listeners. Interested?")])

P("j_mag", "Amber Fields", "Women in Business Today", "Features Editor", connected=None)
C("junk", "paid_feature", "en", "magazine feature for a fee",
  [("j_mag", "2025-03-18 09:00", "Hi Maren, we're putting together our 'Inspiring Women Entrepreneurs' issue and think your story would be perfect! Featured profiles include a full-page interview and social promotion. Investment: $750. Let me know and I'll send the questionnaire.")])

P("j_brand", "Julian Parrish", "NorthStar Brand Lab", "Brand Strategist", connected=None)
C("junk", "fluent_generic_names_company", "en", "fluent pitch naming her studio that fits anyone",
  [("j_brand", "2025-11-25 11:00", "Hi Maren, I've been following Solberg Picture Studio for a while and I can tell you care deeply about your craft. In a crowded market, though, great work alone isn't enough: brands that win have a clear story, consistent visuals and a strategy that turns attention into revenue. At NorthStar Brand Lab we help ambitious businesses like Solberg Picture Studio find that clarity in a 6-week sprint. Would you be open to exploring what that could look like?")])

P("j_nft", "Zane Cooper", "MintVerse", "Artist Relations", connected=None)
C("junk", "off_topic_nft", "en", "NFT minting pitch",
  [("j_nft", "2025-03-04 22:00", "GM Maren! Your art would crush as an NFT collection. We handle minting, marketing and community. Artists on MintVerse have earned 6 figures. Zero upfront cost, just a small gas fee. Let's talk!")])

P("j_solar", "Brett Walsh", "SunHarbor Solar", "Energy Consultant", connected=None)
C("junk", "off_topic_solar", "en", "solar panels pitch",
  [("j_solar", "2025-07-28 17:00", "Hi Maren, Oregon homeowners are saving up to $1,800 a year with solar and new incentives end soon. Would you like a free roof assessment? Takes 10 minutes.")])

P("j_vanity", "Diane Porter", "Starlight Publishing House", "Acquisitions Consultant", connected=None)
C("junk", "vanity_press", "en", "vanity press pitch",
  [("j_vanity", "2025-05-27 10:45", "Hello Maren, have you ever dreamed of publishing your own children's book? Starlight Publishing House makes it easy. Our all-inclusive packages (from $2,499) include editing, illustration, ISBN and distribution. Let's make your dream a reality!")])

P("j_ghostbook", "Lena Hart", "Little Ink Ghostwriting", "Lead Writer", connected=None)
C("junk", "offers_what_she_sells", "en", "ghostwriting agency offers picture-book text and illustration packages",
  [("j_ghostbook", "2025-10-02 08:00", "Hi Maren, we write AND illustrate children's books for busy professionals. From idea to finished book in 8 weeks, fully illustrated. Special offer this month: 15% off. Shall I send our portfolio?")])

P("j_va", "Joy Santos", "TaskMate VA", "Virtual Assistant", connected=None)
C("junk", "generic_virtual_assistant", "en", "virtual assistant services",
  [("j_va", "2025-04-14 03:20", "Hello Maren, are you overwhelmed with admin tasks? I'm an experienced virtual assistant available for email management, scheduling, data entry and more at $8/hr. Let me help you focus on what matters!")])

P("j_pod", "Ethan Rowe", "PrintPal Dropship", "Partner Manager", connected=None)
C("junk", "generic_print_on_demand", "en", "print-on-demand dropshipping pitch",
  [("j_pod", "2025-12-12 10:20", "Hi Maren! Did you know you can sell your designs on 300+ products with zero inventory? PrintPal integrates with Shopify in 5 minutes. Join 50,000 creators and start earning passive income today.")])

P("j_crypto", "Lucas Hale", "", "Crypto Trader | Mentor", connected=None)
C("junk", "off_topic_crypto", "en", "crypto trading mentorship",
  [("j_crypto", "2025-02-14 23:40", "Hi Maren, I hope you are doing well. I made 40% returns last month trading crypto with a simple strategy and I'm mentoring a few people for free. Would you like to learn how to grow your income passively?")])

P("j_cyber", "Alicia Moreno", "SecureLayer", "Cybersecurity Advisor", connected=None)
C("junk", "generic_cybersecurity", "en", "generic cybersecurity pitch",
  [("j_cyber", "2025-08-25 09:50", "Hi Maren, 60% of small businesses close within 6 months of a cyberattack. Is your team protected? SecureLayer offers enterprise-grade protection at small-business prices. Can I book you for a free vulnerability assessment?")])

P("j_coach", "Brianna Vale", "Abundance Mindset Coaching", "Business Coach", connected=None)
C("junk", "generic_coaching", "en", "business coaching pitch",
  [("j_coach", "2026-02-10 08:00", "Hi Maren, as a creative entrepreneur, are you charging what you're worth? My 12-week Abundant Artist program has helped women like you triple their prices with confidence. I have 2 spots left for March. Want to hop on a discovery call?")])

if __name__ == "__main__":
    ex.write(
        HERE.parents[1] / SLUG,
        {"First Name": "Maren", "Last Name": "Solberg",
         "Headline": "Children's book illustrator | Watercolor & gouache | Portland, OR",
         "Summary": "I illustrate picture books about weather, water and small animals, from a leaky studio in Portland's Central Eastside. "
                    "Author of Puddle Weather and The Fox Who Borrowed the Fog. School visits, licensing and commissions: marensolberg.com.",
         "Industry": "Illustration", "Geo Location": "Portland, Oregon, United States",
         "Websites": "[PERSONAL:marensolberg.com]"},
        [{"Company Name": "Solberg Picture Studio", "Title": "Illustrator & Author",
          "Description": "Picture books, school visits, print shop and art licensing.",
          "Location": "Portland, Oregon", "Started On": "Sep 2015", "Finished On": ""},
         {"Company Name": "Harbor Lane Education", "Title": "Staff Illustrator",
          "Description": "Spot illustrations for K-5 readers.", "Location": "Portland, Oregon",
          "Started On": "Jun 2013", "Finished On": "Aug 2015"}],
        ["Illustration", "Watercolor", "Gouache", "Picture Books", "Children's Books", "Art Licensing",
         "School Visits", "Adobe Photoshop", "Procreate"],
    )
    print(ex.summary())

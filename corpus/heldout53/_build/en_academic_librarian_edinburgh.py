"""heldout53 persona 1: Eilidh Rennie, engineering subject librarian at a (fictional) Edinburgh
university. 2021 export layout, English only. Every message below is invented and hand-written;
running this script regenerates ../en-academic-librarian-edinburgh/ byte for byte."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-academic-librarian-edinburgh"
OWNER = Person("me", "Eilidh Rennie", "https://www.linkedin.com/in/eilidh-rennie-calton",
               "Calton University", "Academic Support Librarian (Engineering)")
ex = Export(SLUG, "2021", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine (35)

P("fraser", "Fraser McAllister", "Calton University", "Senior Lecturer, Civil Engineering",
  connected="2015-09-14")
C("genuine", "colleague_reading_list", "en", "lecturer asks for reading list update; long-standing contact", [
    ("fraser", "2021-08-16 09:12", "Morning Eilidh - term is creeping up on us again. Could you check the CE3 Geotechnics reading list? Half the links went dead after the publisher switched platforms in the summer and I only noticed when a student emailed me from a campsite in Skye."),
    ("me", "2021-08-16 10:40", "Morning Fraser! Aye, that's the Brackwater migration, it broke links on about forty lists. I'll go through yours today. Any new editions you want swapped in while I'm at it?"),
    ("fraser", "2021-08-16 11:02", "The Craig textbook has a 9th edition now I think. And drop the 2009 paper on pile testing, nobody reads it. Cheers, you're a star."),
    ("me", "2021-08-17 15:20", "All done - 23 links fixed, Craig 9th ed is in as an ebook (unlimited users, so no more queues). The pile testing paper is gone. Shout if anything looks odd."),
    ("fraser", "2021-08-17 15:34", "Brilliant. Pint on me when we're allowed back in the Bow Bar properly."),
])

P("anjali", "Anjali Rao", "Calton University", "Professor of Mechanical Engineering",
  connected="2017-02-03")
C("genuine", "academic_systematic_review", "en", "professor asks for help with search strategy for a grant", [
    ("anjali", "2021-06-02 14:05", "Hi Eilidh, we're putting in an EPSRC bid on additive manufacturing of lattice structures and the reviewers last time moaned that our lit review wasn't systematic. Would you have time to sit down with my postdoc and build a proper search strategy? Happy to name you on the data management section."),
    ("me", "2021-06-02 16:30", "Hi Anjali, I'd love to. I have Thursday afternoon or Monday morning free. Scopus and Compendex would be the core, maybe Web of Science for citation chasing. Send me the draft research questions beforehand if you can."),
    ("anjali", "2021-06-03 08:15", "Monday 10am? I'll send the RQs tonight. Her name is Dr Chiara Lenti, she's lovely but a bit terrified of Boolean."),
    ("me", "2021-06-03 08:47", "Monday 10 it is. Nobody stays terrified of Boolean for long with me, tell her to bring a coffee."),
])

P("tomasz", "Tomasz Nowak", "Calton University", "PhD candidate, Structural Engineering",
  connected="2019-10-21")
C("genuine", "student_thanks", "en", "PhD student thanks after thesis submission", [
    ("tomasz", "2021-09-29 19:44", "Eilidh!! Submitted the thesis today. I wanted to say thank you for all the help with the literature search in first year, and the Zotero rescue last winter when my library got corrupted. Chapter 2 would not exist without you. Honestly."),
    ("me", "2021-09-30 08:22", "Tomasz, congratulations!! That's massive. Go and celebrate properly. And good luck for the viva - you'll be grand."),
])

P("kirsty", "Kirsty Dunbar", "Calton University", "MEng student, Chemical Engineering",
  connected="2021-02-11")
C("genuine", "student_question", "en", "undergrad asks about standards access", [
    ("kirsty", "2021-02-11 21:03", "Hi, sorry to message here, I couldn't find the right email. For my design project I need BS EN 13445 (pressure vessels) but the library search says we don't have it? My supervisor said you'd know."),
    ("me", "2021-02-12 09:10", "Hi Kirsty, no bother at all. We do have it, it's in the standards database rather than the main catalogue, which confuses everyone. Log in through the Databases A-Z page, choose StandardsPoint, and search the number. It's view-only, no printing, which is the publisher's rule rather than ours."),
    ("kirsty", "2021-02-12 09:31", "Found it!! Thank you so much, I've been looking for two days"),
])

P("gillian", "Gillian Baird", "Calton University", "Director of Library Services",
  connected="2013-05-06")
C("genuine", "manager_budget", "en", "director on budget cuts and journal cancellations", [
    ("gillian", "2021-03-09 17:12", "Eilidh, confidential for now: we've been told to find 6% across the content budget for next year. Could you pull usage and cost-per-download for the engineering journal packages by end of the month? I'd rather make the case with numbers than cut blind."),
    ("me", "2021-03-09 18:01", "Understood. I'll have COUNTER 5 figures for the last three years by the 26th. Warning in advance: the Tennant & Rowe package looks awful on paper but the civils folk live in two of its titles."),
    ("gillian", "2021-03-10 07:55", "That's exactly the kind of nuance I need. Thank you."),
])

P("carl", "Carl Jensen", "Brackwater Academic", "Account Manager, UK Higher Education",
  connected="2016-11-22")
C("genuine", "existing_vendor_price_change", "en", "existing publisher rep announces 2022 price increase; hard case, talks price", [
    ("carl", "2021-10-04 11:30", "Dear Eilidh, ahead of the formal letter to your acquisitions team, I wanted to give you a personal heads-up: the Brackwater Engineering Collection will go up by 4.5% for 2022, below the consortium cap agreed with SLCP. The ebook perpetual-access titles stay at current pricing. I know budgets are tight so happy to talk through options, e.g. moving two low-use subject modules to pay-per-view."),
    ("me", "2021-10-05 09:15", "Thanks for the early warning Carl, appreciated. Can you send me title-level usage for the two modules you mean? We're in the middle of a review so the timing is, let's say, interesting."),
    ("carl", "2021-10-05 14:48", "Of course - spreadsheet coming to your work email this afternoon. And I'll be in Edinburgh on 2 November if a coffee would help."),
])

P("morven", "Morven Drummond", "Scottish Libraries Content Partnership", "Licensing Manager",
  connected="2018-04-17")
C("genuine", "consortium_negotiation", "en", "library consortium asks for input on a deal; talks offers and contracts", [
    ("morven", "2021-05-18 10:02", "Hi Eilidh, SLCP has a first offer from EngIndex for a three-year national deal. It's a 12% saving on average but it drops the archive back-file for 1969-1990, which I suspect matters to some engineering schools more than others. Would you sit on the evaluation group? Two calls in June, that's it."),
    ("me", "2021-05-18 11:20", "Happy to. The back-file absolutely matters for us, our historic civil infrastructure folk use it constantly. Send me the offer summary and the call dates."),
    ("morven", "2021-05-18 11:26", "Knew you'd say that. Invites on the way."),
])

P("ruaridh", "Ruaridh Macleod", "Leith Institute of Technology", "Research Support Librarian",
  connected="2014-01-30")
C("genuine", "peer_joint_offer", "en", "peer librarian proposes joint paid CPD course; hard case talking price", [
    ("ruaridh", "2021-07-07 13:14", "Eilidh - mad idea. The Institution of Structural Engineers Scottish branch asked if anyone could run a CPD session on finding and reading standards and patents. They'd pay. What if you and I pitched it together? Your patents material plus my standards workshop. I was thinking we quote something like 450 a session, split, proceeds to our library training budgets."),
    ("me", "2021-07-07 15:40", "Not mad at all! I'd need to check with Gillian about income going into the training budget but I can't see her objecting. 450 feels low for a half-day though, they charge members 40 each and they'll fill 25 seats."),
    ("ruaridh", "2021-07-07 15:52", "Fair point. 600 then? I'll draft a one-pager and we can send it jointly."),
    ("me", "2021-07-08 09:03", "600 and we provide the handouts. Send me the draft whenever."),
])

P("isla", "Isla Henderson", "", "MSc Information Management graduate",
  connected="2021-04-19")
C("genuine", "applicant", "en", "applicant for library assistant post; hard case about hiring", [
    ("isla", "2021-04-19 12:20", "Dear Ms Rennie, I've applied for the Library Assistant (Engineering & Science) post advertised on the Calton jobs page, closing Friday. I noticed you're listed as the contact for informal enquiries - could I ask a couple of questions about the role, particularly how much teaching support is involved? I did my MSc dissertation on information literacy for first-year engineers, so it's right up my street."),
    ("me", "2021-04-19 14:35", "Hi Isla, thanks for getting in touch. Happy to have a quick phone chat - the role does include supporting my induction sessions and some one-to-ones, so your dissertation topic is very relevant. Would Wednesday at 2 suit? My number is on the job advert."),
    ("isla", "2021-04-19 14:41", "Wednesday at 2 is perfect, thank you so much."),
])

P("hamish_r", "Hamish Grieve", "Grieve Talent Partners", "Recruiter, Higher Education & Research",
  connected="2021-01-25")
C("genuine", "recruiter_engaged", "en", "recruiter the owner engaged with about a real role; hard case", [
    ("hamish_r", "2021-01-25 10:10", "Hi Eilidh, I'm recruiting for a Research Engagement Manager at a research institute in Glasgow (engineering and energy focus). I'd normally not bother a subject librarian but your name came up twice when I asked around about who runs good researcher training. No pressure at all - would you be open to hearing more?"),
    ("me", "2021-01-26 20:15", "Hi Hamish, thanks - I'm not actively looking but I'd be curious to hear about it. Could you send the job description and the salary band?"),
    ("hamish_r", "2021-01-27 09:02", "Of course. JD attached in email. Band is Grade 8, 45-52k, hybrid with two days in Glasgow. Happy to have a call whenever suits you."),
    ("me", "2021-02-01 18:40", "Read it, thanks. It's interesting but I think the commute would finish me off. Keep me in mind for anything Edinburgh-based though."),
    ("hamish_r", "2021-02-01 19:05", "Completely understood. Will do, and thanks for the honest answer."),
])

P("bryony", "Bryony Kerr", "Edinburgh Evening Courier", "Education Reporter",
  connected="2021-06-21")
C("genuine", "journalist", "en", "journalist asks for comment on open access", [
    ("bryony", "2021-06-21 15:22", "Hi Eilidh, I'm writing a piece on how much Scottish universities spend on journal subscriptions and what open access means for students. A colleague said you gave a very clear talk on it at the Central Library. Would you be up for a 10-minute phone interview this week? Happy to keep it on background if you'd prefer."),
    ("me", "2021-06-21 16:48", "Hi Bryony, I'd need to route it through our press office first, but in principle yes. Can you drop them a line at the comms address? I'll let them know to expect you."),
    ("bryony", "2021-06-21 16:55", "Will do, thanks very much."),
])

P("neil_event", "Neil Forsyth", "Calton University", "Engineering Outreach Coordinator",
  connected="2018-09-03")
C("genuine", "event_invitation_real_contact", "en", "colleague invites her to Engineering Open Day stand", [
    ("neil_event", "2021-09-06 12:00", "Hi Eilidh! We're doing the Engineering Open Day in person again on 16 October (!!). Would the library want a table? Last time your 'guess the standard' quiz was the biggest hit of the day, even the parents played."),
    ("me", "2021-09-06 12:25", "Yes yes yes. Put us down for a table. I'll dust off the quiz and bring the tablets."),
])

# near-duplicate thanks after her talk at the Northern Information Literacy Conference
P("thx1", "Sophie Armitage", "University of Northumbria", "Liaison Librarian", connected="2021-04-22")
P("thx2", "Dev Malhotra", "Aberdeen College of Engineering", "Learning Technologist", connected="2021-04-22")
P("thx3", "Hannah Roper", "Teesside Polytechnic Library", "Subject Librarian, Computing", connected="2021-04-23")
C("genuine", "thanks_after_talk", "en", "near-duplicate thanks #1 after NILC talk", [
    ("thx1", "2021-04-22 17:35", "Thanks so much for your session on teaching patent searching today, Eilidh - really practical. Would you mind sharing the slides?"),
    ("me", "2021-04-22 19:10", "Thanks Sophie! Slides are on the conference Padlet, and I'll send you the exercise sheet too."),
])
C("genuine", "thanks_after_talk", "en", "near-duplicate thanks #2 after NILC talk", [
    ("thx2", "2021-04-22 18:02", "Thank you for the talk on patent searching this afternoon - really enjoyed it. Could I get a copy of the slides?"),
])
C("genuine", "thanks_after_talk", "en", "near-duplicate thanks #3 after NILC talk", [
    ("thx3", "2021-04-23 08:40", "Morning Eilidh, great session on patent searching yesterday, thank you! Any chance the slides are shared somewhere?"),
    ("me", "2021-04-23 09:05", "Morning Hannah, thank you! They're on the conference Padlet under Day 2."),
])

P("chiara", "Chiara Lenti", "Calton University", "Postdoctoral Research Associate",
  connected="2021-06-07")
C("genuine", "owner_started_followup", "en", "owner starts: follow-up after search strategy meeting", [
    ("me", "2021-06-07 16:10", "Hi Chiara, lovely to meet you this morning. As promised, here's the search string we built, tidied up. I've added the Compendex controlled terms for lattice structures as a second block. Try it and tell me what looks off."),
    ("chiara", "2021-06-08 10:20", "Thank you Eilidh! It found 1,140 results in Scopus, down from 9,000 with my old string, and the first 50 are all relevant. I'm no longer terrified of Boolean :)"),
    ("me", "2021-06-08 10:44", "Told you! Next step is a PRISMA flow diagram, I'll send a template."),
])

P("alasdair", "Alasdair Boyd", "Boyd & Menzies Consulting Engineers", "Director",
  connected="2021-03-15")
C("genuine", "inbound_buy_service", "en", "local firm wants to buy the library's paid business search service; hard case about prices", [
    ("alasdair", "2021-03-15 11:48", "Hello Eilidh, we're a small consulting engineering practice in Leith and we lost our access to the standards library when our old membership lapsed. Somebody at the Chamber of Commerce told me Calton offers external corporate library membership and a paid search service. Is that right, and what would it cost for four engineers?"),
    ("me", "2021-03-15 14:02", "Hello Alasdair, yes, that's right. External corporate membership is 350 a year for up to five named users - that covers walk-in access to the databases on site, though not remote access because of the licences. The search service is charged at 60 an hour. I'll email the form over. Happy to show you round once we're open to visitors again."),
    ("alasdair", "2021-03-15 14:20", "That's very reasonable. Please do send the form, and we'd likely want a couple of hours of searching for a bridge bearings project too."),
    ("me", "2021-03-15 15:05", "Sent. Give me a brief for the bearings search and I'll give you an estimate before I start."),
])

P("mairi", "Mairi Sutherland", "Calton University", "Head of Academic Liaison",
  connected="2012-08-20")
C("genuine", "long_standing_colleague", "en", "line manager, long-standing, small talk and rota", [
    ("mairi", "2021-01-04 09:30", "Happy new year Eilidh! Hope you got some Hogmanay in despite everything. Quick one: can you swap your Thursday chat-desk shift with Lewis next week? His kids are off sick."),
    ("me", "2021-01-04 09:51", "Happy new year! We had a very quiet one, fireworks from the window and a wee dram. Yes, no problem with the swap."),
    ("mairi", "2021-01-04 09:53", "Lifesaver. Walked up Blackford Hill yesterday and it was pure haar, couldn't see a thing. Very 2021."),
])

P("lewis", "Lewis Cunningham", "Calton University", "Library Assistant", connected="2019-03-11")
C("genuine", "colleague_smalltalk", "en", "colleague thanks for shift swap", [
    ("lewis", "2021-01-04 10:30", "Mairi says you've taken my Thursday - thank you so much, owe you one. Tunnock's on your desk when we're back in."),
    ("me", "2021-01-04 10:41", "Caramel wafers please, not teacakes. Hope the wee ones feel better soon."),
])

P("priya", "Priya Venkataraman", "Calton University", "Research Data Officer", connected="2018-01-08")
C("genuine", "owner_started_collab", "en", "owner starts: asks colleague to co-teach data management session", [
    ("me", "2021-10-11 13:05", "Hi Priya, the Civil Eng PGR induction wants a session on data management plans on 3 November. Would you co-teach it with me? You do the DMP bit, I'll do finding datasets and citing them."),
    ("priya", "2021-10-11 14:12", "Yes, happy to. Can we do it hybrid? Half the new PhDs are still abroad."),
    ("me", "2021-10-11 14:20", "Hybrid it is. I'll book the room with the decent camera."),
])

P("euan", "Euan Fairbairn", "StandardsPoint", "Customer Success Manager", connected="2019-06-12")
C("genuine", "existing_vendor_renewal_quote", "en", "existing database vendor sends renewal quote; hard case with prices and contract", [
    ("euan", "2021-07-01 09:00", "Hi Eilidh, your StandardsPoint subscription renews on 1 September. The renewal quote for 2021-22 is 18,400 (ex VAT) for the BSI + ISO collection, same as last year - we've held prices for existing academic customers. If you wanted to add the ASME collection it would be an additional 3,100. I'll send the formal quote to acquisitions; let me know if you'd like to discuss usage first."),
    ("me", "2021-07-02 11:32", "Thanks Euan, good to hear the price is held. No ASME this year I'm afraid. Could you also confirm the concurrent user limit stays at 10?"),
    ("euan", "2021-07-02 12:05", "Confirmed, 10 concurrent users, no change. Quote's with your acquisitions team now."),
])

P("fiona_spam", "Dr. Fiona Abara", "University of Lagos", "Lecturer, Electrical Engineering")
C("genuine", "genuine_in_spam", "en", "genuine thesis request that landed in SPAM", [
    ("fiona_spam", "2021-05-27 06:14", "Dear Librarian, Good day. I am a lecturer in Lagos working on grid stability of mini-grids. I found on your repository a 2016 Calton PhD thesis by Dr. O. Mensah on inverter control but the full text is embargoed. Please is it possible to request a copy or contact the author? Thank you very much for your kind assistance."),
    ("me", "2021-06-01 10:20", "Dear Dr Abara, apologies for the slow reply, your message went to my spam folder. The embargo on that thesis ended last year but the record wasn't updated - I've fixed it and the PDF is now open access on the repository. Best wishes with your research."),
    ("fiona_spam", "2021-06-01 13:02", "Thank you so much! I have downloaded it. God bless."),
], folder="SPAM")

P("jon_conf", "Jonathan Pryce", "Northern Information Literacy Conference", "Programme Chair",
  connected="2020-11-02")
C("genuine", "conference_organiser_real", "en", "real conference organiser accepts her paper", [
    ("jon_conf", "2021-01-28 16:00", "Dear Eilidh, I'm pleased to say the committee accepted your proposal 'Teaching patent searching to engineers who think they hate libraries' for NILC 2021 (online, 21-23 April). Could you confirm by 10 February? There is no fee for presenters."),
    ("me", "2021-01-28 16:30", "Brilliant news, thank you! Confirmed."),
])

P("oksana", "Oksana Hrytsenko", "Calton University", "Lecturer, Electronic Engineering", connected="2020-09-28")
C("genuine", "academic_request", "en", "new lecturer asks for induction", [
    ("oksana", "2020-09-28 14:00", "Hi Eilidh, I started at Calton this month (from Kharkiv via Sheffield). I was told you're the person for library things in engineering. Could we meet? I need to set up a reading list and I have no idea how the system works here."),
    ("me", "2020-09-28 15:10", "Welcome to Edinburgh, Oksana! Absolutely. I'm on campus Tuesdays and Thursdays; or Teams any time. Reading lists are easy once you've seen it done once."),
    ("oksana", "2020-09-28 15:22", "Thursday on campus, 11? And where do people get good coffee near the King's Buildings?"),
    ("me", "2020-09-28 15:30", "Thursday 11 is great. For coffee, the wee van by the Swann building, don't tell anyone."),
])

P("graeme", "Graeme Watt", "Calton University", "Technician, Fabrication Lab", connected="2019-05-02")
C("genuine", "colleague_makerspace", "en", "technician on makerspace book collection", [
    ("graeme", "2021-05-11 12:30", "Hiya, the makerspace could do with a shelf of reference books - welding, Arduino, that sort of thing. Any budget for that or am I dreaming?"),
    ("me", "2021-05-11 13:15", "Not dreaming! Send me a list and I'll see what I can squeeze out of the year-end money. Under 500 and it's an easy yes."),
    ("graeme", "2021-05-11 13:22", "Legend. List coming."),
])

P("liz_friend", "Liz Ogilvie", "National Library of Scotland", "Curator, Maps", connected="2011-06-30")
C("genuine", "friend", "en", "old friend, social plans", [
    ("liz_friend", "2021-07-23 18:10", "Are you doing any Fringe shows this year or is it all too weird? I've got two spare tickets for a comedy thing at the Pleasance on the 14th."),
    ("me", "2021-07-23 19:02", "Oh go on then! 14th works. Dinner in Newington before?"),
    ("liz_friend", "2021-07-23 19:10", "Deal. I'll book the Nepalese place."),
])

P("rebecca", "Rebecca Thorne", "Tennant & Rowe Journals", "Institutional Sales Executive",
  connected="2017-08-14")
C("genuine", "existing_vendor_offer", "en", "existing journal vendor makes renewal offer after usage review; hard case with discount", [
    ("rebecca", "2021-04-12 10:40", "Hi Eilidh, I heard through Morven that Calton is reviewing engineering packages. Rather than lose you entirely, we could offer the two civil engineering titles your researchers use most as standalone subscriptions at 40% off list for 2022, and drop the rest of the package. Would that help?"),
    ("me", "2021-04-13 09:20", "That might genuinely help, Rebecca. Can you put it in writing with the exact figures? I can't promise anything until the review closes in May."),
    ("rebecca", "2021-04-13 11:00", "Will do. Formal offer by Friday."),
])

P("sam_student", "Sam Okafor", "Calton University", "BEng student, Electrical Engineering", connected="2021-03-02")
C("genuine", "student_feedback", "en", "student thanks for workshop and asks follow-up", [
    ("sam_student", "2021-03-02 20:14", "Hi Eilidh, I was in your referencing workshop today. Quick question: how do I cite a datasheet? My lecturer takes marks off for everything lol"),
    ("me", "2021-03-03 09:00", "Ha, fair. Use the 'technical report' style: Manufacturer (Year) Title of datasheet, part number, document revision. Available at: URL (Accessed: date). There's an example on the referencing LibGuide under 'grey literature'."),
])

P("ahmed", "Ahmed Karimi", "Calton University", "Senior Lecturer, Chemical Engineering", connected="2016-03-30")
C("genuine", "academic_complaint", "en", "lecturer complains about ebook limits", [
    ("ahmed", "2021-10-19 08:45", "Eilidh, the Perry's Handbook ebook is locked to one user AGAIN and I have 140 students with an assignment due Friday. Can anything be done?"),
    ("me", "2021-10-19 09:30", "Ugh, sorry Ahmed. The publisher only sells it single-user. I've asked them about a short-term multi-user upgrade and put our three print copies on 4-hour loan. I'll update you by lunchtime."),
    ("me", "2021-10-19 12:50", "Update: the publisher will do a 3-user licence for 280 extra. I've approved it, it should be live tomorrow."),
    ("ahmed", "2021-10-19 13:02", "Fantastic, thank you."),
])

P("kathryn", "Kathryn Moss", "University of Strathclyde Library", "Engineering Librarian", connected="2015-10-12")
C("genuine", "peer_network", "en", "peer at another university, advice swap", [
    ("kathryn", "2021-02-24 14:30", "Hi Eilidh, how are you finding teaching online now? I've got a cohort of 300 first-years and Zoom breakouts are chaos. Did you do anything clever with your induction?"),
    ("me", "2021-02-24 15:45", "Hi Kathryn! Surviving. I split the induction into four 12-minute videos and then ran a live Q&A, attendance was better than in person, weirdly. Happy to share the scripts."),
    ("kathryn", "2021-02-24 16:02", "Please do! I'll send you my escape-room Padlet in return."),
])

P("ross", "Ross Paterson", "Calton University", "IT Service Desk", connected="2020-10-05")
C("genuine", "colleague_it", "en", "IT colleague about proxy problem", [
    ("ross", "2020-10-05 11:00", "Hi, got your ticket about EZproxy timing out for Compendex. It's a cert issue on our side, fix going in tonight. Sorry about that."),
    ("me", "2020-10-05 11:10", "Thanks Ross, much appreciated."),
])

P("gemma_pub", "Gemma Ashworth", "Institution of Civil Engineers Publishing", "Library Relations Manager",
  connected="2018-06-19")
C("genuine", "existing_vendor_trial", "en", "existing vendor offers free trial after her request", [
    ("me", "2021-02-15 11:05", "Hi Gemma, our geotechnics group is asking about your new case-study collection. Could we have a trial for March?"),
    ("gemma_pub", "2021-02-15 15:20", "Hi Eilidh, of course - trial set up 1-31 March on your IP range. Pricing for the collection is on the SLCP list, 2,250 a year for your band. Let me know how it goes."),
    ("me", "2021-04-06 10:00", "Hi Gemma, feedback was very positive. We'll include it in next year's bids, but no money this year, sorry."),
    ("gemma_pub", "2021-04-06 10:30", "Totally understand. Thanks for letting me know."),
])

P("douglas", "Douglas Rankin", "Calton University Alumni", "Retired Chartered Engineer", connected="2020-12-14")
C("genuine", "alumnus_donation", "en", "retired alumnus wants to donate his journal collection", [
    ("douglas", "2020-12-14 15:30", "Dear Ms Rennie, I graduated from Calton in 1971 and have forty years of Proceedings of the ICE in my garage in Musselburgh. My wife would like the garage back. Would the library want them, or is it all online now?"),
    ("me", "2020-12-15 09:40", "Dear Mr Rankin, what a lovely offer. We do have most of it online, but could you send me a list of the years? We sometimes fill gaps in the print run, and if we can't use them I know a historical engineering society that would."),
    ("douglas", "2020-12-15 11:00", "I shall make a list this weekend. Thank you for a kind and quick reply."),
])

P("ben_sys", "Ben Whitlock", "Calton University", "Library Systems Manager", connected="2017-11-06")
C("genuine", "owner_started_internal", "en", "owner starts: reports broken LibGuide links to systems colleague", [
    ("me", "2021-08-18 09:20", "Hi Ben, after the Brackwater migration our LibGuides have about 200 dead links. Is there a link checker we can run, or do I need to click through them all by hand?"),
    ("ben_sys", "2021-08-18 10:15", "There's a built-in link checker in the admin panel, Tools > Link Checker. Run it per guide. It's slow but it'll save you the clicking."),
    ("me", "2021-08-18 10:20", "You're a hero, thanks."),
])

P("moira", "Moira Gillespie", "Scottish Engineering Heritage Trust", "Volunteer Archivist", connected="2021-11-08")
C("genuine", "event_invitation_real_contact", "en", "contact invites her to speak at a heritage society evening, no fee", [
    ("moira", "2021-11-08 19:00", "Hello Eilidh, Douglas Rankin told me about the ICE Proceedings he passed to you. Our society would be delighted if you'd come and tell us how the library uses such things - an informal evening talk in February, tea and shortbread guaranteed, no fee either way I'm afraid!"),
    ("me", "2021-11-09 08:30", "Hello Moira, that sounds lovely and shortbread is payment enough. Send me some dates."),
])

# ---------------------------------------------------------------- wanted_pitch (12)

P("w_std", "Lorna Eccles", "Clausewise", "Head of Academic Partnerships", connected="2021-05-04",
  invite=("IN", "2021-05-03 16:10", "Hi Eilidh, your post about students not finding standards in the catalogue hit home - I'd love to connect."))
C("wanted_pitch", "homework_post", "en", "standards discovery tool; references her LinkedIn post on standards not in the catalogue", [
    ("w_std", "2021-05-04 09:30", "Thanks for connecting, Eilidh. In your post last week you said your students spend days looking for BS EN standards because they sit in StandardsPoint and not in Primo. That is precisely the gap we built Clausewise for: it pushes standards records, with their withdrawn/superseded status, into Primo and Alma as normal records, so a search for 'EN 13445' just works. It doesn't replace your StandardsPoint licence, it sits on top of it. Two Scottish libraries pilot it already. Would a 20-minute demo on your own Primo sandbox be useful? If not, no worries at all."),
    ("me", "2021-05-05 13:00", "That is genuinely the problem, yes. Can you send pricing and the names of the pilot sites first? Then we'll talk."),
    ("w_std", "2021-05-05 13:40", "Of course - one-pager with pricing bands and the two contacts coming to your inbox now."),
])

P("w_video", "Callum Reid", "Reid Animation", "Freelance Explainer Animator", connected="2021-04-26")
C("wanted_pitch", "homework_talk", "en", "animator references her NILC talk and the patent exercise", [
    ("w_video", "2021-04-26 11:15", "Hi Eilidh, I watched the recording of your NILC talk on patent searching. The bit where you explain patent families with the 'same recipe, different cookbooks' analogy is begging to be a 90-second animation. I'm a freelance animator in Glasgow and I've done short explainers for two university libraries (links in my profile). If you ever get a wee bit of budget for a patents explainer, I'd love to quote. Either way, great talk."),
    ("me", "2021-04-27 09:10", "Ha, thank you Callum. Budget is tight this year but I'll keep your details - that cookbook line gets a laugh every time."),
])

P("w_link", "Heather Quinn", "", "Freelance LibGuides Developer", connected="2021-08-30")
C("wanted_pitch", "homework_site_visited", "en", "freelancer noticed broken links and outdated structure on her LibGuide", [
    ("w_link", "2021-08-30 10:05", "Hello Eilidh, I was looking at your Engineering LibGuide while putting together an example list for a client, and noticed the Chemical Engineering tab still points to Knovel's old URL and the 'Standards' box links to a BSI page that now redirects to a login wall. I do LibGuides clean-ups and migrations to v2 templates (I used to be a subject librarian at Dundee). Not trying to hard-sell - the fixes above take five minutes - but if you ever want a full restructure I'd be glad to help."),
    ("me", "2021-08-30 11:30", "Hi Heather, thanks for spotting those, I'd missed the Knovel one. We're doing the clean-up ourselves this year but I'll bear you in mind for the v2 move."),
])

P("w_rl", "Martin Obuya", "Listwright", "Implementation Consultant", connected="2021-09-14")
C("wanted_pitch", "homework_specific_problem", "en", "reading list vendor names the concrete VLE integration problem after Calton's Moodle upgrade", [
    ("w_rl", "2021-09-14 14:20", "Dear Eilidh, I saw the Calton IT status page note that reading-list links inside Moodle stopped loading after the 3.11 upgrade, and that library staff are pasting lists in as PDFs in the meantime. We ran into the exact same issue at two other universities - it's the LTI 1.1 launch being blocked. Our Listwright connector supports LTI 1.3 and we can usually get a fix in place in a week. Even if you stay with your current supplier, I'm happy to share the config change that fixed it elsewhere. Would that help?"),
    ("me", "2021-09-15 09:00", "Martin, yes please send the config change to our systems manager Ben Whitlock - that's very decent of you. We're not in the market for a new system until 2023 but I'll remember this."),
])

P("w_rdm", "Nadia Ferrante", "Open Data Skills", "Research Data Trainer", connected="2021-03-22")
C("wanted_pitch", "homework_mutual_contact", "en", "trainer introduced by Ruaridh by name", [
    ("w_rdm", "2021-03-22 10:00", "Hi Eilidh, Ruaridh Macleod at Leith Tech suggested I get in touch - I ran the data management workshops for his PhD students last term. He mentioned that your Civil Engineering PGRs need a session specifically on sensor and monitoring data, which is my background (I did my PhD on bridge monitoring). I'd be glad to send you the outline I used at Leith and a price. Would that be useful?"),
    ("me", "2021-03-22 12:30", "Hi Nadia, yes, Ruaridh raved about your session. Please send the outline and price, and I'll talk to Priya our data officer."),
    ("w_rdm", "2021-03-22 12:45", "Great, sending both today."),
])

P("w_tender", "Owen Blackwood", "Clearpath Accessibility", "Accessibility Consultant", connected="2021-06-28")
C("wanted_pitch", "homework_public_tender", "en", "consultancy read the university's public tender notice for the library website", [
    ("w_tender", "2021-06-28 11:00", "Dear Ms Rennie, I noticed Calton's notice on Public Contracts Scotland for the redevelopment of the library website, which states WCAG 2.1 AA compliance is mandatory and requires an independent audit. We are not bidding for the build. We do independent accessibility audits, and we've audited three Scottish university library sites. If the library needs an auditor separate from the build contractor, I'd be glad to send credentials. I understand you may not be the right person - a pointer to the right colleague would be appreciated."),
    ("me", "2021-06-29 09:20", "Hi Owen, I'm not on the procurement panel but I'll pass your details to our web manager, who is. It's a good point that the audit should be independent."),
])

P("w_zotero", "Felix Amsel", "CiteBridge", "Developer and Founder", connected="2021-10-25")
C("wanted_pitch", "homework_tools_setup", "en", "developer knows she runs Zotero workshops and Calton uses Alma/Leganto-style lists", [
    ("w_zotero", "2021-10-25 15:00", "Hi Eilidh, I see from the Calton training calendar that you run the Zotero workshops, and from your LibGuide that your reading lists live in a separate system. I've built a small open-source Zotero plugin that exports a collection straight into a reading list import file, and I'm looking for two or three librarians to test it - free, of course; there's a paid support tier later but the plugin will always be free. Would you be interested in trying it with a workshop group?"),
    ("me", "2021-10-26 10:10", "Oh, that's interesting - lecturers ask me that every single term. Send me the GitHub link and I'll have a play."),
])

P("w_recruit", "Siobhan Tierney", "Harbour Search", "Executive Recruiter, Higher Education", connected="2021-07-19")
C("wanted_pitch", "recruiter_relevant_role", "en", "recruiter with a relevant Head of Research Services role, names her repository work", [
    ("w_recruit", "2021-07-19 09:45", "Dear Eilidh, I'm recruiting a Head of Research Services for a university library in the north of England. The panel specifically wants someone who has run open access and repository work with engineering schools, and your case study on Calton's thesis embargo clean-up (in the UKCORR newsletter) is pretty much the brief. Salary is 55-61k, relocation supported. I appreciate you may be settled in Edinburgh - would you be open to a confidential chat?"),
    ("me", "2021-07-20 21:00", "Thank you Siobhan, that's kind. I'm settled for now, but I'd be happy to pass it on to a couple of people who would be brilliant."),
    ("w_recruit", "2021-07-21 08:30", "That would be really appreciated, thank you."),
])

P("w_scanner", "Ailsa Crombie", "Lumivista Scanning", "Account Manager, Scotland", connected="2021-09-20")
C("wanted_pitch", "homework_press_item", "en", "scanner supplier references university press release on the new engineering hub", [
    ("w_scanner", "2021-09-20 10:15", "Hi Eilidh, congratulations on the new Engineering Learning Hub - I read in the Calton news piece that it opens in January with a makerspace and a 'library corner'. If the library corner is going to have a self-service scanner, we supply the overhead book scanners used at Stirling and Napier, which handle A3 drawings, which engineering students scan a lot. Happy to bring one in for a week so you can test it with students, no obligation."),
    ("me", "2021-09-20 12:00", "Good timing - we've been arguing about exactly that. A trial week in January would be useful. Let me check with Graeme who runs the makerspace."),
])

P("w_ebook", "Teresa Vance", "Kelpie Academic Press", "Library Sales Manager", connected="2021-11-01")
C("wanted_pitch", "homework_article", "en", "publisher read her journal article on ebook licensing and matches titles on her reading lists", [
    ("w_ebook", "2021-11-01 11:00", "Hello Eilidh, I read your article in the Journal of Engineering Librarianship about single-user ebook licences causing queues (the Perry's example was painful). I checked your public reading lists: 14 of the titles on your chemical and mechanical lists are Kelpie books, and we sell all of them with unlimited concurrent access and no DRM. I'm not asking you to buy anything new - I could send a list of those 14 with their unlimited-access prices so you can compare with what you pay now."),
    ("me", "2021-11-02 09:30", "Hi Teresa, yes please, send the list. If the prices are sensible that would solve a real problem."),
])

P("w_ux", "Jamie Lorimer", "", "Freelance UX Researcher", connected="2021-05-24")
C("wanted_pitch", "homework_annual_report", "en", "UX researcher cites findings from the library's published survey", [
    ("w_ux", "2021-05-24 13:10", "Hi Eilidh, the Calton Library annual report mentions that 38% of engineering students said they 'can't find anything in the catalogue', the lowest satisfaction of any school. I'm a freelance UX researcher who has done catalogue usability studies for two libraries. A small study with 6-8 engineering students usually shows where they get stuck within a week. If that's something you'd consider, I can share the report from a previous study (anonymised) so you can judge."),
    ("me", "2021-05-25 10:00", "Hi Jamie, that figure haunts me. Please send the example report - no promises, but I'd like to see it."),
])

P("w_pod", "Marta Lindqvist", "Quietline Interiors", "Education Projects Lead", connected="2021-03-29")
C("wanted_pitch", "homework_student_press", "en", "study pod supplier read student newspaper piece on library noise", [
    ("w_pod", "2021-03-29 09:00", "Hi Eilidh, I read the piece in The Calton Student about the engineering library being 'the loudest quiet zone in Edinburgh', and your quote that you'd like proper group rooms but have no walls to spare. We make freestanding acoustic pods that need no building work - they sit on the existing floor and plug into a normal socket. If you're planning the new hub layout, I could send floor plans showing how two pods would fit in a 6x4m corner."),
    ("me", "2021-03-30 11:15", "That article was not my finest hour! Yes, send the floor plans, the hub layout is still open."),
])

# ---------------------------------------------------------------- junk (38)

P("j_seo", "Rahul Dixit", "TopRank Digital Solutions", "Business Development Executive")
C("junk", "generic_service_seo", "en", "generic SEO/web pitch", [
    ("j_seo", "2021-02-08 07:12", "Hi Eilidh, I checked your website and found it is not ranking on Google first page for important keywords. We are a team of 50+ SEO experts and can bring your website on top with guaranteed results. Shall I send you a free audit report and our packages?"),
])

P("j_solar", "Gary Pickford", "SunHarvest Renewables UK", "Energy Consultant")
C("junk", "off_topic_product", "en", "off-topic solar panels", [
    ("j_solar", "2021-04-14 12:30", "Hi Eilidh, are you a homeowner in the Edinburgh area? Government-backed schemes mean you could get solar panels fitted for as little as nothing upfront. We have installers in your area next week. Reply YES and I'll check eligibility."),
])

P("j_crypto", "Victor Hale", "Apex Digital Wealth", "Portfolio Advisor")
C("junk", "off_topic_investment", "en", "off-topic crypto investment", [
    ("j_crypto", "2021-05-09 22:40", "Hello dear Eilidh, I hope you are well. I came across your profile and think you are a serious professional. I am helping a small number of people grow their savings through a digital asset programme with 8-12% monthly returns. Would you be open to learn more?"),
])

P("j_litsearch", "Dr. Meera Shah", "EviSearch Global", "Director, Research Services")
C("junk", "offers_owner_service", "en", "offers outsourced literature searching - what the owner does herself", [
    ("j_litsearch", "2021-03-03 10:00", "Dear Eilidh, Researchers at universities like Calton are under pressure to produce systematic reviews fast. EviSearch Global provides outsourced literature search, screening and PRISMA reporting by PhD-qualified information specialists, at a fraction of the cost of in-house staff. Can we schedule a call to discuss how we could support your researchers?"),
    ("j_litsearch", "2021-03-17 10:00", "Hi Eilidh, just following up on my earlier note. Happy to share case studies."),
])

P("j_capacity", "Brandon Cole", "ScaleUp Leads", "Partnerships Manager")
C("junk", "capacity_new_clients", "en", "do you have capacity for new clients", [
    ("j_capacity", "2021-06-15 15:05", "Hey Eilidh - quick question. Do you currently have capacity to take on 3-5 new clients per month? We've got a pipeline of businesses looking for exactly what you offer and I'd love to connect you."),
])

P("j_likeminded", "Sandra Bloom", "Thrive Collective", "Founder | Coach | Speaker",
  connected="2021-07-02", invite=("IN", "2021-07-01 19:10", ""))
C("junk", "like_minded_entrepreneurs", "en", "like-minded entrepreneurs networking message", [
    ("j_likeminded", "2021-07-02 08:15", "Hi Eilidh! Thanks for connecting. I love connecting with like-minded entrepreneurs who are passionate about growth and impact. I'd love to learn more about your business and see how we can support each other on our journeys. Coffee chat soon?"),
])

P("j_15min", "Tyler Grant", "Velocity Outreach", "Account Executive")
C("junk", "quick_call", "en", "quick 15-minute call", [
    ("j_15min", "2021-08-10 13:00", "Hi Eilidh, I'll keep it short. We help organisations like Calton University generate more qualified pipeline. Do you have 15 minutes this week for a quick call? Tuesday or Wednesday?"),
    ("j_15min", "2021-08-17 13:00", "Hi Eilidh, bumping this to the top of your inbox. 15 minutes, that's all."),
    ("j_15min", "2021-08-26 13:00", "Eilidh - should I close your file? No hard feelings either way."),
])

P("j_ctp1", "Declan Murray", "Brightwave Learning Tech", "Senior Sales Manager",
  connected="2021-02-22", invite=("IN", "2021-02-21 20:05", "Hi Eilidh, I see we're both in the education space - would be great to connect!"))
C("junk", "connect_then_pitch", "en", "connect-then-pitch; small talk, owner answers, pitch in message 3", [
    ("j_ctp1", "2021-02-22 09:10", "Thanks for accepting, Eilidh! How are things in Edinburgh? I was there for the Fringe a couple of years ago, amazing city."),
    ("me", "2021-02-22 12:40", "Hi Declan, it's grand, a bit quiet with everything shut. Thanks!"),
    ("j_ctp1", "2021-02-23 09:05", "Glad to hear! The reason I ask - we've launched an AI-powered learning platform that boosts student engagement by 40%. Many universities are switching. Could I show you a 15-minute demo this week?"),
])

P("j_ctp2", "Natalie Burke", "PrintPoint Office Solutions", "Regional Sales",
  connected="2021-06-08", invite=("IN", "2021-06-07 17:44", ""))
C("junk", "connect_then_pitch", "en", "connect-then-pitch; compliment, then printers pitch in message 2, no reply", [
    ("j_ctp2", "2021-06-08 08:30", "Hi Eilidh, lovely to connect. What a fascinating career - libraries are so important!"),
    ("j_ctp2", "2021-06-10 08:30", "By the way, many universities are overspending on printing. We offer managed print services with up to 30% savings. Who looks after printing at Calton?"),
])

P("j_ctp3", "Oliver Stanton", "CloudDesk Pro", "Growth Lead",
  connected="2021-10-13", invite=("IN", "2021-10-12 11:02", "Fellow Scot here! Would love to connect."))
C("junk", "connect_then_pitch", "en", "connect-then-pitch; Scottish small talk, owner replies, pitch follows", [
    ("j_ctp3", "2021-10-13 09:00", "Thanks for accepting Eilidh! Dreich out there today eh?"),
    ("me", "2021-10-13 10:30", "Absolutely pouring, the Meadows is a swamp."),
    ("j_ctp3", "2021-10-13 10:45", "Ha, same in Glasgow. Anyway, I wanted to introduce CloudDesk Pro - a helpdesk ticketing tool teams are using to cut response times in half. Would you be the right person to speak to about your team's service desk?"),
    ("j_ctp3", "2021-10-20 10:45", "Hi again Eilidh, just checking you saw my last message?"),
])

# one template, five senders
P("j_tpl1", "Chloe Adams", "Nimbus Growth Partners", "Client Success Lead")
C("junk", "template_mass_sent", "en", "template 1/5: 'came across your profile... help X teams Y without Z'", [
    ("j_tpl1", "2021-03-24 09:01", "Hi Eilidh, I came across your profile and was really impressed by what you're doing at Calton University. We help education teams save 10+ hours a week on admin without hiring extra staff. Would you be open to a quick chat next week to see if there's a fit?"),
])
P("j_tpl2", "Marcus Reid", "Stratos Automation", "Partnerships Executive")
C("junk", "template_mass_sent", "en", "template 2/5, different fill", [
    ("j_tpl2", "2021-04-07 09:14", "Hi Eilidh, I came across your profile and was genuinely impressed by your work at Calton University. We help library teams cut 10+ hours a week from manual processes without adding headcount. Would you be open to a short chat next week to explore a fit?"),
])
P("j_tpl3", "Priyanka Rao", "Orbital Ops", "Business Development Rep")
C("junk", "template_mass_sent", "en", "template 3/5, different fill", [
    ("j_tpl3", "2021-05-19 08:55", "Hi Eilidh, came across your profile and was really impressed by what you're building at Calton University. We help higher-ed teams save 15+ hours a week on reporting without hiring. Open to a quick chat next week to see if there's a fit?"),
])
P("j_tpl4", "Jack Thornton", "Lumen Workflow", "SDR")
C("junk", "template_mass_sent", "en", "template 4/5, with bump", [
    ("j_tpl4", "2021-06-23 09:30", "Hello Eilidh, I came across your profile and I'm impressed by your work at Calton University. We help university departments reclaim 10+ hours a week of admin time without extra staff. Would you be open to a quick chat next week?"),
    ("j_tpl4", "2021-06-30 09:30", "Hi Eilidh, circling back on this in case it got buried."),
])
P("j_tpl5", "Ellie Novak", "Flowstack", "Account Development")
C("junk", "template_mass_sent", "en", "template 5/5, shortest variant", [
    ("j_tpl5", "2021-09-08 10:02", "Hi Eilidh - came across your profile, impressed by your work at Calton University. We help academic teams save 10+ hrs/week on admin without new hires. Quick chat next week?"),
])

# merge-tag failures
P("j_merge1", "Kevin Long", "PeakPerform Consulting", "Managing Partner")
C("junk", "merge_tag_failure", "en", "unfilled {first_name}", [
    ("j_merge1", "2021-01-19 07:45", "Hi {first_name}, I noticed {company_name} is growing fast and thought you might be interested in our leadership development programme for managers. Can I send over a brochure?"),
])
P("j_merge2", "Amelia Frost", "Brightline Events", "Event Partnerships")
C("junk", "merge_tag_failure", "en", "unfilled [Company] placeholder", [
    ("j_merge2", "2021-07-28 14:00", "Dear Eilidh, we're hosting the Future Leaders Summit in London and would love [Company] to be represented. Exhibition packages start from 2,950. Shall I reserve a stand for you?"),
])
P("j_merge3", "Ryan Fisher", "CoreTalent Recruitment", "Senior Consultant")
C("junk", "merge_tag_wrong_name", "en", "wrong name and wrong company in greeting", [
    ("j_merge3", "2021-09-21 11:20", "Hi Sarah, hope all is well at Heriot-Watt! We're currently placing top sales talent with fast-growing SaaS companies and I think your experience would be a perfect fit for a VP Sales role. Are you open to a conversation?"),
])
P("j_merge4", "Lucy Grant", "Insight Surveys Co", "Research Lead")
C("junk", "merge_tag_failure", "en", "{{FirstName}} and wrong sector", [
    ("j_merge4", "2021-11-03 09:00", "Hi {{FirstName}}, as a leader in the retail sector, your opinion matters! Complete our 5-minute survey and receive a 20 Amazon voucher."),
])

# sponsored InMail
P("j_spon1", "Gradvault", "Gradvault", "", url="https://www.linkedin.com/company/gradvault")
C("junk", "sponsored_inmail", "en", "sponsored InMail, MBA programme", [
    ("j_spon1", "2021-03-11 12:00", "<p>Hi Eilidh,</p><p>Ready for your next career move? The Gradvault Executive MBA is 100% online and built for busy professionals.</p><p><strong>Apply by 31 March</strong> and save &pound;2,000.</p>"),
], title="Sponsored Conversation", subject="Eilidh, your next step starts here")
P("j_spon2", "Tallyware", "Tallyware", "", url="https://www.linkedin.com/company/tallyware")
C("junk", "sponsored_inmail", "en", "sponsored InMail, accounting software", [
    ("j_spon2", "2021-08-24 12:00", "<p>Hi Eilidh,</p><p>Still doing expenses in spreadsheets? Tallyware automates receipts, approvals and reporting.</p><p>Start your free 30-day trial today &ndash; no card needed.</p>"),
], title="Sponsored Conversation", subject="Stop chasing receipts")
P("j_spon3", "Northstar Cloud", "Northstar Cloud", "", url="https://www.linkedin.com/company/northstar-cloud")
C("junk", "sponsored_inmail", "en", "sponsored InMail, webinar", [
    ("j_spon3", "2021-10-28 12:00", "<p>Hi Eilidh,</p><p>Join our free webinar: <em>Five ways to cut your cloud bill in 2022</em>.</p><p>Thursday 11 November, 2pm GMT. Seats are limited.</p>"),
], title="Sponsored Conversation", subject="Free webinar: cut your cloud bill")

# paid awards / features / podcast
P("j_award", "Helena Marsh", "Global Education Excellence Awards", "Awards Director")
C("junk", "paid_award", "en", "paid 'award' requiring a fee", [
    ("j_award", "2021-05-31 10:00", "Dear Eilidh, congratulations! Calton University Library has been shortlisted for 'Academic Library of the Year - Scotland' at the Global Education Excellence Awards 2021. To confirm your shortlisting and receive your winner's trophy and digital badge, a participation fee of 1,495 + VAT applies. Deadline is Friday."),
])
P("j_podcast", "Zac Freeman", "The Leaders Lounge Podcast", "Host & Producer")
C("junk", "paid_podcast_slot", "en", "paid podcast guest slot", [
    ("j_podcast", "2021-07-13 16:30", "Hey Eilidh! We'd love to feature you as a guest on The Leaders Lounge, a podcast with 200k listeners. Our guests invest a small production fee of 750 to cover editing and promotion across our channels. Interested in grabbing a spot for September?"),
])
P("j_feature", "Nina Castillo", "Women Who Lead Magazine", "Features Editor")
C("junk", "paid_feature", "en", "paid magazine feature", [
    ("j_feature", "2021-10-06 09:10", "Hi Eilidh, we're putting together our '50 Inspiring Women in Education' issue and your profile stood out. Featured profiles include a full-page interview and professional photoshoot. Feature packages start at 1,200. Shall I send the media kit?"),
])

# predatory publishers
P("j_pred1", "Editorial Office IJAERI", "International Journal of Advanced Engineering Research and Innovations", "Editor")
C("junk", "predatory_call_for_papers", "en", "predatory journal call for papers with APC", [
    ("j_pred1", "2021-02-16 04:12", "Dear Esteemed Researcher, Greetings of the day! We are pleased to invite you to submit your valuable manuscript for the upcoming issue of IJAERI (Impact Factor 7.8*). Fast review within 72 hours. Article processing charge is only 149 USD. Kindly submit at the earliest."),
])
P("j_pred2", "Dr. Samuel Petrova", "Global Science Publishing Group", "Managing Editor")
C("junk", "predatory_editorial_board", "en", "predatory editorial board invitation with membership fee", [
    ("j_pred2", "2021-06-04 03:30", "Dear Dr. Rennie, Based on your eminent contribution to the field of Library Engineering, we are honoured to invite you to join the Editorial Board of the Global Journal of Mechanical Sciences. Board members enjoy waived fees on one article per year after a one-time membership contribution of 99 USD. Please send your CV and photo."),
])
P("j_pred3", "Conference Secretariat WCEST", "World Congress on Engineering, Science and Technology", "Organising Committee")
C("junk", "predatory_conference", "en", "predatory conference speaker invitation with registration fee", [
    ("j_pred3", "2021-09-13 05:05", "Dear Eilidh Rennie, On behalf of the Organising Committee we cordially invite you as a Keynote Speaker at WCEST-2022 in Dubai. Please note speaker registration fee of 699 EUR covers conference kit, lunch and certificate. Kindly confirm your participation and topic."),
    ("j_pred3", "2021-09-27 05:05", "Dear Eilidh Rennie, Gentle reminder. Only 3 keynote slots remain."),
])

# generic counterparts of wanted pitches
P("j_std_generic", "Mark Ellison", "DataSphere Discovery", "Sales Director")
C("junk", "generic_counterpart_discovery", "en", "generic discovery-tool pitch, counterpart of the Clausewise pitch", [
    ("j_std_generic", "2021-04-20 10:30", "Hi Eilidh, libraries everywhere are struggling with discoverability. DataSphere Discovery is the next-generation AI search layer that helps users find everything faster. Would you be available for a 30-minute demo next week?"),
])
P("j_video_generic", "Sophie Lang", "PixelPulse Studios", "Creative Director")
C("junk", "generic_counterpart_video", "en", "generic video agency, counterpart of the animator pitch", [
    ("j_video_generic", "2021-05-05 11:00", "Hi Eilidh! Video is the #1 way to engage audiences in 2021. PixelPulse Studios creates stunning explainer videos, social content and brand films for businesses of all sizes. Packages from 999. Want to see our showreel?"),
])
P("j_ux_generic", "Ethan Brooks", "Userlytics Pro Agency", "UX Consultant")
C("junk", "generic_counterpart_ux", "en", "generic UX agency, counterpart of the UX researcher pitch", [
    ("j_ux_generic", "2021-06-16 14:00", "Hi Eilidh, is your website converting visitors into customers? Our UX audits have increased conversion rates by up to 300% for clients across e-commerce, SaaS and more. Can I send you a proposal?"),
])
P("j_recruit_generic", "Chris Holloway", "Apex Talent Solutions", "Recruitment Consultant")
C("junk", "generic_counterpart_recruiter", "en", "irrelevant recruiter, counterpart of the relevant HE recruiter", [
    ("j_recruit_generic", "2021-08-03 09:15", "Hi Eilidh, I have an exciting opportunity for a Business Development Manager in the logistics sector, 35k + uncapped commission + car. Your background looks perfect. Are you open to new roles?"),
])
P("j_ebook_generic", "Rachel Dunn", "Omnibook Solutions", "Library Sales")
C("junk", "generic_counterpart_ebooks", "en", "generic ebook aggregator pitch, counterpart of the tailored publisher pitch", [
    ("j_ebook_generic", "2021-09-29 10:00", "Dear Librarian, Omnibook Solutions offers access to over 1 million ebooks across all subjects with flexible purchasing models. Please let us know a convenient time to present our platform to your acquisitions team."),
])

P("j_fluent", "Harriet Cole", "Meridian Insight Partners", "Principal")
C("junk", "fluent_company_named_generic", "en", "fluent pitch naming Calton but could be sent to anyone", [
    ("j_fluent", "2021-04-28 10:20", "Dear Eilidh, Calton University has built an impressive reputation, and I imagine the library plays a central role in that success. At Meridian Insight Partners we work with forward-thinking institutions to unlock the value in their data, sharpen their strategy and deliver measurable outcomes for their stakeholders. I'd welcome the chance to understand your priorities for the year ahead and share how peers in the sector are approaching similar challenges. Would you have 20 minutes in the coming weeks?"),
])

P("j_hoodies", "Danny Cho", "MerchMakers UK", "Sales")
C("junk", "off_topic_merch", "en", "off-topic branded merch", [
    ("j_hoodies", "2021-08-31 12:00", "Hi Eilidh, back to uni season is here! Custom branded hoodies, tote bags and water bottles for your team from 2.99 each, minimum order 50. Get 15% off this week only."),
])

P("j_chair", "Rita Olsen", "ErgoLife Furniture", "Workplace Consultant")
C("junk", "off_topic_furniture", "en", "office chairs for home working", [
    ("j_chair", "2021-01-27 15:40", "Hi Eilidh, working from home and back sore? Our ergonomic chairs are used by Fortune 500 teams. Exclusive LinkedIn offer: 25% off plus free delivery. Shall I send the catalogue?"),
])

P("j_leadgen", "Aaron Mitchell", "B2B Appointment Pros", "Founder")
C("junk", "lead_generation", "en", "lead generation with bumps, no reply", [
    ("j_leadgen", "2021-03-30 08:00", "Eilidh, what would 20 extra qualified sales meetings per month do for your business? We run done-for-you LinkedIn outreach. Pay only for meetings booked."),
    ("j_leadgen", "2021-04-06 08:00", "Just floating this back up, Eilidh."),
    ("j_leadgen", "2021-04-13 08:00", "Last try - if now's not the right time, just let me know and I'll stop."),
])

P("j_coach", "Bella Quinn", "Unstoppable You Coaching", "Mindset Coach")
C("junk", "coaching_pitch", "en", "generic life coaching pitch", [
    ("j_coach", "2021-11-10 20:20", "Hi Eilidh, I help ambitious women break through their limiting beliefs and 10x their income. I have 2 spots left in my 12-week programme. Are you ready to step into your power? Let's hop on a free discovery call!"),
])

P("j_wellness", "Greg Lawson", "Vitality Workplace", "Corporate Wellness Advisor")
C("junk", "off_topic_wellness", "en", "corporate wellness programme, archived", [
    ("j_wellness", "2021-02-02 11:11", "Hi Eilidh, employee burnout costs UK organisations billions. Our corporate wellbeing app reduces sick days by 27%. Can I ask who in HR I should speak to at Calton?"),
], folder="ARCHIVE")

P("j_dev", "Arjun Mehta", "CodeCraft Offshore", "Business Manager")
C("junk", "generic_software_dev", "en", "offshore software development", [
    ("j_dev", "2021-10-19 06:30", "Hi Eilidh, hope you are doing great. We are a software development company offering dedicated developers at 15/hour for web, mobile and AI projects. Do you have any requirement currently?"),
])


ex.write(Path(__file__).resolve().parents[1] / SLUG,
         profile={"First Name": "Eilidh", "Last Name": "Rennie",
                  "Headline": "Academic Support Librarian (Engineering) at Calton University",
                  "Summary": "Subject librarian for engineering in Edinburgh. Literature searching, standards and patents, reading lists, information literacy teaching. Occasional hill walker.",
                  "Industry": "Higher Education", "Zip Code": "EH9",
                  "Geo Location": "Edinburgh, Scotland, United Kingdom",
                  "Websites": "[OTHER:https://library.calton.ac.uk/engineering]"},
         positions=[{"Company Name": "Calton University", "Title": "Academic Support Librarian (Engineering)",
                     "Description": "Liaison with the School of Engineering: collections, reading lists, research support, teaching.",
                     "Location": "Edinburgh", "Started On": "Aug 2012", "Finished On": ""},
                    {"Company Name": "National Library of Scotland", "Title": "Graduate Trainee",
                     "Description": "", "Location": "Edinburgh", "Started On": "Sep 2010", "Finished On": "Jul 2012"}],
         skills=["Literature searching", "Information literacy", "Patent searching", "Standards",
                 "Reading lists", "Zotero", "Systematic reviews", "Open access"])
print(ex.summary())

"""dev31 persona: Claire Marchetti, independent grant-writing consultant in Ottawa.

Written blind to the detector (session 5). All message texts are written by hand here;
running this script regenerates ../en-grant-writing-consultant-ottawa byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-grant-writing-consultant-ottawa"
OWNER = Person("me", "Claire Marchetti", "https://www.linkedin.com/in/claire-marchetti-grants",
               "Marchetti Grants & Proposals", "Principal, Grant Writing Consultant")


def build() -> Export:
    ex = Export(SLUG, "2024", OWNER)
    person, conv = ex.person, ex.conv

    # ------------------------------------------------------------------ genuine
    person("deb", "Deborah Kwan", "Westboro Community Food Bank", "Executive Director",
           connected="2021-04-12")
    conv("genuine", "client_quote_request", "en",
         "existing client asks for a quote for a capital grant; owner answers with a price",
         [("deb", "2025-01-14 09:12", "Hi Claire, happy new year! The board finally approved going after the "
           "community infrastructure money for the new walk-in cooler and loading dock. Could you send me a "
           "quote for the full application? Deadline is March 3. I know it's tight, sorry!!"),
          ("me", "2025-01-14 11:40", "Happy new year Deb! Congrats to the board, that cooler is long overdue. "
           "For a capital application of that size I'd quote $4,800 flat: needs statement, budget narrative, "
           "two rounds of edits and the letters-of-support package. If you can get me the contractor "
           "estimates by Jan 31 we're fine for March 3."),
          ("deb", "2025-01-14 13:05", "That works. I'll get Raj to sign the contract this week. "
           "Estimates are coming from two contractors, one is slow but we'll chase him."),
          ("me", "2025-01-14 13:22", "Perfect, I'll send the engagement letter tonight.")])

    person("lorne", "Lorne Beaudry", "Beaudry & Associates Bookkeeping", "Owner", connected="2019-09-03")
    conv("genuine", "vendor_price_change", "en",
         "her own bookkeeper announces a rate increase to existing clients",
         [("lorne", "2024-11-28 16:45", "Hi Claire, heads up before the formal letter goes out: starting "
           "February 1 our monthly rate for sole-proprietor and small corp clients goes from $210 to $235. "
           "First increase since 2021, mostly software costs and my new junior. Nothing else changes. "
           "Happy to talk if you have questions."),
          ("me", "2024-11-28 18:02", "Thanks for the heads up Lorne, totally fair. See you at year-end crunch."),
          ("lorne", "2024-11-29 08:15", "Appreciate it. Don't forget to send me the HST receipts from the "
           "Kingston workshop 🙂")])

    person("hanna", "Hanna Lindqvist", "Bytown Maritime Heritage Museum", "General Manager")
    conv("genuine", "inbound_lead", "en",
         "museum manager found her via a client and wants to hire her; asks rates and availability",
         [("hanna", "2025-02-20 10:31", "Hello Ms. Marchetti, Sophie Tremblay at the Almonte Arts Council "
           "gave me your name. We are a small museum (two staff, lots of volunteers) and want to apply to "
           "a federal heritage fund for an exhibit refresh this spring. We have never done a federal "
           "application. Would you be available, and roughly what do you charge? We could also just "
           "buy a review of our draft if a full application is out of budget."),
          ("me", "2025-02-20 14:10", "Hi Hanna, thanks for reaching out and please say hi to Sophie. I do "
           "have room in April. A full application is usually $3,500–5,000 depending on the budget "
           "complexity; a draft review with tracked comments and a call is $850. Want to book 30 minutes "
           "next week so I can see what you have?"),
          ("hanna", "2025-02-21 09:02", "Yes please. Tuesday after 1 pm works for both me and our chair."),
          ("me", "2025-02-21 09:30", "Tuesday 1:30 it is, I'll send a Teams link.")])

    person("omar", "Omar Haddad", "Haddad Evaluation Consulting", "Program Evaluator", connected="2022-06-17")
    conv("genuine", "peer_joint_offer", "en",
         "fellow consultant proposes a joint grant + evaluation package; discusses pricing split",
         [("omar", "2025-03-05 20:14", "Claire, idea I've been chewing on. Half the funders we both deal "
           "with now want a real evaluation framework in the application, not just 'we will survey "
           "participants'. What if we sold a joint package: you write, I build the logic model and "
           "evaluation plan, one price to the client? I'm thinking we split 60/40 your way since you'd "
           "own the client relationship."),
          ("me", "2025-03-06 08:48", "Ooh I like it. I lose at least one client a year because I can't do "
           "the eval piece properly. Let's do coffee, the Art-Is-In at City Centre? We'd need to figure "
           "out who carries the contract and liability."),
          ("omar", "2025-03-06 09:20", "Thursday 10? I'll bring a draft one-pager and a price sketch."),
          ("me", "2025-03-06 09:21", "Deal.")])

    person("gwen", "Gwen Aucoin", "Talentbridge Nonprofit Search", "Senior Recruiter", connected="2024-08-30",
           invite=("OUT", "2024-08-29 21:05", "Great chatting at the AFP breakfast this morning!"))
    conv("genuine", "recruiter_owner_engaged", "en",
         "owner asked a recruiter about an interim contract; recruiter follows up with details and rate",
         [("me", "2024-09-02 12:15", "Hi Gwen, thanks for connecting. You mentioned at the AFP breakfast that "
           "you sometimes place interim development leads. I'm independent but would consider a 4-6 month "
           "part-time interim if it's the right org. Keep me in mind?"),
          ("gwen", "2024-09-03 10:02", "Absolutely! Funny timing, I have a university foundation looking for "
           "an interim grants manager 3 days/week from October to March while their manager is on leave. "
           "Day rate band is $650–750. Would you want me to put your name forward?"),
          ("me", "2024-09-03 17:40", "Yes, happy to. I can do 3 days but need Fridays for existing clients."),
          ("gwen", "2024-09-04 08:55", "Noted. Sending your profile today, I'll let you know about an interview.")])

    person("jaspreet", "Jaspreet Gill", "", "Grant writing student, Algonquin College")
    conv("genuine", "applicant", "en",
         "student applies for the part-time research assistant role the owner posted",
         [("jaspreet", "2025-04-07 21:33", "Hi Claire, I saw your post about a part-time research assistant "
           "for funder research and budgets. I'm finishing the Fundraising and Volunteer Management "
           "certificate at Algonquin and did my placement at the Ottawa Mission's development office. I'm "
           "strong in Excel and I've done prospect research in a few grant databases. My resume is attached "
           "to the application I sent to your email too. Thanks for considering me!"),
          ("me", "2025-04-08 09:10", "Hi Jaspreet, got it, thanks! I'm doing short calls with applicants "
           "next week. Would Wednesday at 4 work?"),
          ("jaspreet", "2025-04-08 09:14", "Yes, Wednesday at 4 is perfect. Thank you!")])

    person("marc", "Marc-André Gagnon", "Lowertown Literacy Network", "Board Treasurer", connected="2020-02-11")
    conv("genuine", "spam_folder_board_contact", "en",
         "board colleague of the literacy charity she volunteers with; landed in SPAM",
         [("marc", "2025-01-27 19:05", "Salut Claire, the audited statements finally came back. Before the "
           "board meeting can you look at note 7 (restricted funds)? The auditor moved the library grant "
           "into deferred revenue and I'm not sure the funder report matches. Merci!"),
          ("marc", "2025-01-30 08:20", "Just checking you got this, I know LinkedIn hides stuff sometimes.")],
         folder="SPAM")

    # three near-duplicate thank-you notes after her workshop
    person("ruth", "Ruth Ellison", "Carleton Place Seniors Centre", "Program Coordinator")
    person("tomas", "Tomás Ferreira", "Vanier Youth Sports", "Volunteer Coordinator")
    person("nadia", "Nadia Osei", "Barrhaven Newcomer Hub", "Community Developer")
    conv("genuine", "thanks_after_workshop", "en",
         "thank-you note after her 'Writing budgets funders believe' workshop (1/3)",
         [("ruth", "2025-03-19 17:02", "Thank you so much for today's workshop Claire! The budget narrative "
           "part finally made sense to me. Our coordinator team is going to redo our seniors program "
           "budget with your template.")])
    conv("genuine", "thanks_after_workshop", "en",
         "thank-you note after her workshop (2/3)",
         [("tomas", "2025-03-19 18:40", "Thanks for the workshop today, super useful!! Especially the bit "
           "about in-kind contributions, we have been leaving money on the table for years lol"),
          ("me", "2025-03-20 08:11", "Thanks Tomás! Count every volunteer hour, seriously.")])
    conv("genuine", "thanks_after_workshop", "en",
         "thank-you note after her workshop (3/3)",
         [("nadia", "2025-03-20 07:55", "Hi Claire, thank you for this morning's... I mean yesterday's "
           "workshop. Very practical. Would you share the slides? The link in the chat expired.")])

    person("ingrid", "Ingrid Solberg", "Rideau Valley Community Foundation", "Program Officer",
           connected="2023-05-09")
    conv("genuine", "owner_started_funder_question", "en",
         "owner asks a foundation program officer about eligibility for a client",
         [("me", "2024-10-15 10:05", "Hi Ingrid, quick eligibility question for the fall Vital Grants round. "
           "A client is a registered charity but the project would be delivered by a non-registered "
           "partner group under a written agreement. Is that allowed if my client holds the funds?"),
          ("ingrid", "2024-10-16 14:30", "Hi Claire, yes, as long as your client keeps direction and control "
           "and reports on it. Please make sure the agreement is attached. And thanks for asking first, "
           "it saves us both a headache."),
          ("me", "2024-10-16 14:45", "Perfect, thank you!")])

    person("bev", "Beverly Tran", "Queensway General Hospital Foundation", "Director, Major Gifts",
           connected="2013-07-02")
    conv("genuine", "long_standing_former_colleague", "en",
         "former colleague from her hospital-foundation days, catching up after years",
         [("bev", "2024-12-18 20:11", "Claire!! Saw your post about ten years on your own. Can you believe "
           "it's been that long since we were sharing that awful cubicle on the 4th floor? So proud of you."),
          ("me", "2024-12-19 07:50", "Bev!! The cubicle with the leaky radiator! Thank you. Lunch in January? "
           "My treat, I owe you about ten years of coffees."),
          ("bev", "2024-12-19 08:03", "Holding you to that. Wellington West, anywhere with soup."),
          ("me", "2025-01-09 12:30", "Soup report: Jan 16, 12:15, the place across from the Parkdale market?"),
          ("bev", "2025-01-09 13:01", "See you there ❤️")])

    person("patrice", "Patrice Boucher", "Employment and Social Development Canada", "Program Officer",
           connected="2022-11-21")
    conv("genuine", "government_programme_contact", "en",
         "federal programme officer clarifies reporting for a client's project",
         [("patrice", "2025-02-04 11:20", "Good morning Claire, following our call: the final report for "
           "your client's project can use the new template, and the financial report must show eligible "
           "costs by fiscal year. The deadline stays at 60 days after project end. Bonne journée."),
          ("me", "2025-02-04 11:45", "Merci Patrice, that's clear. I'll pass it on to the ED.")])

    person("yvette", "Yvette Morin", "Orléans Family Support Centre", "Board Chair", connected="2023-09-14")
    conv("genuine", "client_board_presentation", "en",
         "client's board chair asks her to present funding strategy; fee discussed",
         [("yvette", "2025-05-06 15:10", "Hi Claire, our board retreat is June 14 in Cumberland. Would you "
           "present a 45-minute funding landscape session like you did for the food bank? We have a small "
           "budget, maybe $600, plus lunch and mileage."),
          ("me", "2025-05-06 16:22", "I'd love to. $600 is fine for a 45-min session. Morning or afternoon?"),
          ("yvette", "2025-05-07 09:00", "Morning, 10:00. I'll send the agenda. Merci beaucoup!")])

    person("colin", "Colin MacIsaac", "Glebe Tenants Legal Clinic", "Executive Director", connected="2024-02-26")
    conv("genuine", "client_documents", "en",
         "current client sends documents before a deadline",
         [("colin", "2024-10-30 22:47", "Sorry for the late message. Attached are the 2023 audited statements "
           "and the board list. Still missing the letter from the city councillor, she promised by Friday."),
          ("me", "2024-10-31 07:35", "Thanks Colin. Friday is fine, I'll leave a placeholder. Submitting "
           "Monday morning at the latest, no last-minute portal drama this time 😅"),
          ("colin", "2024-10-31 08:10", "Please no portal drama. My heart can't take it again.")])

    person("sunita", "Sunita Rao", "Kanata Autism Family Network", "Executive Director", connected="2023-01-19")
    conv("genuine", "client_success", "en",
         "client announces the grant was approved",
         [("sunita", "2025-06-11 13:44", "CLAIRE. We got it. Full amount, three years. I'm crying in the "
           "parking lot of the Tanger outlets. THANK YOU."),
          ("me", "2025-06-11 14:02", "SUNITA!!! Three years!! That's the whole respite program secured. "
           "I'm so happy for the families. Go buy yourself something at the outlets 😂"),
          ("sunita", "2025-06-11 14:10", "Already did. Next year we do the capital one together?"),
          ("me", "2025-06-11 14:12", "Absolutely.")])

    person("alexis", "Alexis Fournier", "The Capital Ledger", "Reporter, City Hall & Social Services")
    conv("genuine", "journalist_request", "en",
         "local reporter asks for comment on municipal funding cuts to community agencies",
         [("alexis", "2024-11-19 09:40", "Hi Claire, I'm writing about the proposed cuts to the city's "
           "community funding framework in the 2025 budget. Several EDs mentioned you as someone who sees "
           "a lot of agencies' applications. Would you have 15 minutes today or tomorrow for a few "
           "questions? On the record, but I can keep client names out."),
          ("me", "2024-11-19 10:15", "Hi Alexis, sure. Tomorrow 9:30? Call me at the number on my website."),
          ("alexis", "2024-11-19 10:17", "Great, talk then.")])

    person("wendy", "Wendy Abernethy", "Capital Region Fundraisers Network", "Programming Chair",
           connected="2018-10-04")
    conv("genuine", "event_invitation_contact", "en",
         "long-time network contact invites her to speak at the spring conference",
         [("wendy", "2025-01-08 14:00", "Hi Claire! We're putting together the spring conference (May 22, "
           "Shaw Centre). Would you do a breakout on federal applications for small shops? Honorarium is "
           "modest as always ($300) but we'd comp your ticket."),
          ("me", "2025-01-08 15:12", "Hi Wendy, yes! Count me in. Title idea: 'Your first federal "
           "application without losing your mind'."),
          ("wendy", "2025-01-08 15:30", "Love it. Putting it in the program.")])

    person("kyle", "Kyle Donnelly", "Granthive Software", "Account Manager", connected="2022-03-15")
    conv("genuine", "vendor_renewal_price_change", "en",
         "account manager of the grant-tracking software she already uses announces renewal price",
         [("kyle", "2025-04-22 11:05", "Hi Claire, your Granthive consultant plan renews June 1. Pricing for "
           "the consultant tier moves from $59 to $69/month (or $690/yr if you switch to annual). Your "
           "saved searches and client workspaces carry over. Let me know which you prefer."),
          ("me", "2025-04-22 12:48", "Hi Kyle, annual please. Can you confirm the client seats stay at 8?"),
          ("kyle", "2025-04-22 13:30", "Confirmed, 8 client workspaces on annual. Invoice coming this week.")])

    person("jo", "Joanne Pelletier", "", "Friend", connected="2016-05-20")
    conv("genuine", "friend_small_talk", "en",
         "friend arranging lunch in the ByWard Market",
         [("jo", "2025-05-15 12:01", "Lunch Friday? Market, patio season is officially open"),
          ("me", "2025-05-15 12:20", "YES. 12:30? If it rains we go to the shawarma place"),
          ("jo", "2025-05-15 12:21", "deal. bring sunscreen, it's going to be 24")])

    person("fiona", "Fiona Gallagher", "Nepean Housing Help", "Executive Director", connected="2020-10-08")
    person("raymond", "Raymond Chu", "Stittsville Seniors Circle", "Board President")
    conv("genuine", "referral_intro", "en",
         "former client introduces a new prospect in a group thread",
         [("fiona", "2024-09-24 16:30", "Claire, meet Raymond. His group is thinking about its first "
           "Trillium-style application and I told him you're the person. Raymond, Claire wrote our last two "
           "grants and they were both funded."),
          ("raymond", "2024-09-24 17:02", "Thanks Fiona! Claire, nice to meet you. We're all volunteers, so "
           "we'd need to understand costs first. Could we talk next week?"),
          ("me", "2024-09-25 08:40", "Thanks for the intro Fiona! Raymond, happy to. I'll send a couple of "
           "times, and I can explain the options from cheapest (coaching) to full service.")],
         title="Raymond / Claire intro")

    person("hugo", "Hugo Lavoie", "Ottawa River Canoe Club", "Executive Director", connected="2024-01-10")
    conv("genuine", "client_contract_extension", "en",
         "client asks to extend the retainer contract and what it would cost",
         [("hugo", "2025-05-28 10:10", "Claire, the retainer ends June 30. The board wants to extend to "
           "December and add the provincial sport infrastructure application. What would that look like "
           "in $ terms?"),
          ("me", "2025-05-28 13:35", "Hi Hugo, I'd keep the same $1,200/month retainer through December and "
           "add the infrastructure application as a fixed $3,200 project, since it needs engineering "
           "estimates. I'll send an amendment."),
          ("hugo", "2025-05-28 13:50", "Sounds reasonable. Send it over and I'll get signatures at the next meeting.")])

    person("ellen", "Ellen Whitfield", "Whitfield Fundraising Counsel", "Principal", connected="2017-03-30")
    conv("genuine", "peer_subcontract", "en",
         "another consultant wants to subcontract overflow work to her",
         [("ellen", "2025-03-26 18:55", "Hi Claire, I'm drowning. Could you take on a provincial "
           "application for one of my clients as a subcontract? $2,500, due April 25, I'd do the final read. "
           "The client's lovely, a theatre company in Perth."),
          ("me", "2025-03-27 08:20", "Hi Ellen, yes I can fit it. Send me the guidelines and whatever the "
           "client sent you, and let's set a short call with them this week."),
          ("ellen", "2025-03-27 08:31", "You're a lifesaver. Sending now.")])

    person("genevieve", "Geneviève Roy", "Centre communautaire francophone de Vanier", "Directrice générale",
           connected="2023-11-02")
    conv("genuine", "client_francophone", "en",
         "francophone client writes mostly in English with French bits; asks about bilingual submission",
         [("genevieve", "2025-01-21 10:00", "Bonjour Claire! Question rapide: for the federal application, do "
           "we need to submit in both languages or is French only OK? The team writes better en français "
           "but the reviewers last time seemed to be anglophone..."),
          ("me", "2025-01-21 10:40", "Bonjour Geneviève! French only is fully OK, reviewers must handle "
           "either official language. Write in French, it'll be stronger. I'll review in French too."),
          ("genevieve", "2025-01-21 10:52", "Parfait, merci!")])

    person("tanya", "Tanya Kowalczyk", "Carp Agricultural Society", "Secretary-Manager", connected="2021-07-22")
    conv("genuine", "owner_started_testimonial", "en",
         "owner asks a past client for a testimonial for her website",
         [("me", "2024-08-13 09:30", "Hi Tanya, hope the fair prep is going well! I'm refreshing my website "
           "and wondered if you'd write two or three sentences about working together on the barn "
           "restoration grant. No pressure at all."),
          ("tanya", "2024-08-19 21:10", "Sorry for the slow reply, fair week is chaos. Here you go: \"Claire "
           "took our messy ideas and turned them into an application the funder called one of the clearest "
           "they'd read. We got the barn money and kept our sanity.\" Edit as you like!"),
          ("me", "2024-08-20 07:45", "That's perfect, thank you Tanya! Enjoy the fair.")])

    person("dana", "Dana Whitehorse", "Odawa Community Wellness", "Manager, Partnerships", connected="2024-04-03",
           invite=("IN", "2024-04-02 10:20", ""))
    conv("genuine", "inbound_lead_audit", "en",
         "inbound lead from her post wants to buy her grant-readiness audit",
         [("dana", "2025-04-15 11:25", "Hi Claire, I read your post about the 'grant readiness audit'. We "
           "keep getting declined and don't know why. How does it work and how much is it? We could start "
           "in May."),
          ("me", "2025-04-15 15:00", "Hi Dana, thanks for reaching out. It's a two-week review of your last "
           "three applications, your funder list and your reporting, ending with a written report and a "
           "90-minute debrief. $1,650. May works well. Want to talk this week?"),
          ("dana", "2025-04-16 09:10", "Yes. Friday 11?"),
          ("me", "2025-04-16 09:12", "Friday 11 👍")])

    person("priya", "Priya Nandakumar", "", "Accessibility Consultant", connected="2019-11-11")
    conv("genuine", "congrats_anniversary", "en",
         "long-time contact congratulates her on ten years in business",
         [("priya", "2024-12-17 08:15", "Congrats on 10 years Claire! I still tell people how you got the "
           "Hintonburg playground funded on a shoestring. Here's to the next ten."),
          ("me", "2024-12-17 09:02", "Thank you Priya! That playground still makes me smile when I bike by.")])

    person("andre", "André Cloutier", "Ottawa Community Builders Fund", "Senior Program Officer",
           connected="2022-09-06")
    conv("genuine", "funder_update", "en",
         "funder contact tells her about portal changes before the intake",
         [("andre", "2025-03-10 13:00", "Hi Claire, FYI since you submit for several applicants: our portal "
           "moves to a new system on April 1. Drafts started in the old portal won't migrate, so advise "
           "clients to submit before March 28 or start fresh after April 1."),
          ("me", "2025-03-10 13:25", "Thanks André, that's really helpful. Will warn everyone.")])

    person("sam", "Samantha Reid", "Pathways Learning Centre", "Executive Director", connected="2023-06-29")
    conv("genuine", "client_call_request", "en",
         "client asks for a quick call about a rejected application and cost of resubmitting",
         [("sam", "2025-06-02 08:45", "Hi Claire, bad news, the foundation declined us. Can we do a quick "
           "15 min call today to go over the feedback? And tell me what a resubmission would cost, the "
           "board will ask."),
          ("me", "2025-06-02 09:10", "Oh no, sorry Sam. 2:00 today? Resubmission is usually a third of the "
           "original fee, so around $1,100, but let's read the feedback first."),
          ("sam", "2025-06-02 09:12", "2:00 works. Thanks Claire.")])

    person("marisol", "Marisol Vega", "Capital Region Fundraisers Network", "Events Coordinator",
           connected="2024-11-05")
    conv("genuine", "speaker_contract", "en",
         "conference coordinator sends the speaker agreement and honorarium details",
         [("marisol", "2025-04-29 10:30", "Hi Claire, attached is the speaker agreement for May 22. "
           "Honorarium $300 paid within 30 days, ticket comped. Could you send slides by May 15 for the "
           "accessibility check?"),
          ("me", "2025-04-29 11:00", "Signed and sent back. Slides by May 15, no problem.")],
         )

    person("kenji", "Kenji Watanabe", "", "Policy Analyst, Treasury Board", connected="2021-05-14")
    conv("genuine", "reference_request", "en",
         "former summer intern asks her to be a reference",
         [("kenji", "2025-01-29 18:20", "Hi Claire! Long time. I'm applying for a policy role at a foundation "
           "(finally crossing over to the nonprofit side). Would you be OK being a reference? You're still "
           "the best boss I had, even if it was one summer."),
          ("me", "2025-01-30 07:30", "Kenji! Of course. Send me the posting so I know what to emphasise."),
          ("kenji", "2025-01-30 07:41", "You're the best. Sending tonight.")])

    person("shared", "Noor Siddiqui", "The Westboro Workroom", "Community Manager", connected="2022-01-04")
    conv("genuine", "vendor_price_change", "en",
         "her co-working space announces new membership pricing",
         [("shared", "2024-10-01 09:00", "Hi Claire! A heads up to our dedicated-desk members: from "
           "November 1 the monthly dedicated desk goes to $385 (from $360). Locker and meeting-room credits "
           "stay the same. Thanks for being part of the Workroom since 2022 ☕"),
          ("me", "2024-10-01 09:45", "Thanks Noor. Still cheaper than my kitchen table for sanity. Staying!")])

    person("felix", "Felix Desrosiers", "Carleton University", "Sessional Lecturer, Nonprofit Studies",
           connected="2020-08-20")
    conv("genuine", "owner_started_guest_lecture", "en",
         "owner offers a guest lecture to a lecturer she knows; he accepts",
         [("me", "2024-09-09 10:00", "Hi Felix, are you teaching the nonprofit finance course again this "
           "fall? If you want a guest session on grant budgets I'm happy to come in, no fee."),
          ("felix", "2024-09-09 12:30", "Claire, yes please! Week 8 (Oct 30) would be ideal. 50 minutes plus "
           "questions."),
          ("me", "2024-09-09 12:45", "Booked. See you Oct 30.")])

    person("grace", "Grace Mensah", "Somerset West Community Health", "Manager, Development", connected="2023-03-08")
    conv("genuine", "client_invoice_question", "en",
         "client asks about an invoice and paying in two instalments",
         [("grace", "2025-05-20 15:40", "Hi Claire, finance asks if we can split invoice #2025-014 into two "
           "payments (June and July), our fiscal year rolls over. Is that OK?"),
          ("me", "2025-05-20 16:05", "Of course, no problem. I'll reissue it as two invoices so it's clean "
           "for your auditors."),
          ("grace", "2025-05-20 16:10", "Thank you, that's very kind.")])

    person("bernard", "Bernard Okoye", "Capital Grantmakers Table", "Coordinator", connected="2021-10-27")
    conv("genuine", "group_peer_coalition", "en",
         "group thread among local consultants about a shared funder briefing",
         [("bernard", "2025-02-24 10:00", "Morning all, the foundations' joint info session is March 12 at "
           "City Hall. I can book a table for our group if at least four of you confirm."),
          ("ellen", "2025-02-24 10:40", "I'm in."),
          ("me", "2025-02-24 11:02", "In! I'll bring the list of questions we collected in January."),
          ("omar", "2025-02-24 12:15", "Count me in too.")],
         title="Ottawa consultants - funder briefings")

    # ------------------------------------------------------------------ wanted pitches
    person("isabelle", "Isabelle Caron", "", "Freelance EN-FR Translator & Editor (ATIO certified)")
    conv("wanted_pitch", "translation_after_post", "en",
         "certified translator read her post on bilingual federal applications; offers tailored help",
         [("isabelle", "2025-02-03 09:20", "Hi Claire, your post last week about clients losing points "
           "because their French summaries were machine-translated really hit home. I'm a certified EN-FR "
           "translator in Gatineau who specialises in nonprofit and funding documents (I've done Canada "
           "Summer Jobs and heritage fund applications for a few Outaouais groups). If you ever need a fast "
           "turnaround on a French version of a summary or a full application, I do 48-hour rush for "
           "documents under 2,000 words. Happy to send a sample. Either way, thanks for saying it out loud!"),
          ("me", "2025-02-03 12:10", "Hi Isabelle, thanks, that's genuinely useful. Please send your rates "
           "and a sample, I have a francophone client who could use you in March.")])

    person("ravi", "Ravi Subramanian", "Fundtrail", "Founder")
    conv("wanted_pitch", "software_tools_setup", "en",
         "grant-tracking software founder refers to the Airtable setup she described in a talk",
         [("ravi", "2025-05-26 14:02", "Hi Claire, I watched the recording of your panel at the Fundraisers "
           "Network conference where you showed your Airtable base with 140 funder deadlines and said the "
           "worst part is re-keying reporting dates for each client. That is exactly the gap we built "
           "Fundtrail for: it imports an Airtable base as-is, and reporting dates are generated from the "
           "award letter. We're a three-person team in Kitchener and looking for two consultants to try it "
           "free for a season and tell us what's wrong with it. Would that interest you?")])

    person("lucy", "Lucy Tremblay-Ng", "Dot & Dash Data Design", "Data Visualisation Freelancer")
    conv("wanted_pitch", "dataviz_after_talk", "en",
         "data-viz freelancer saw her talk on impact numbers and offers charts for applications",
         [("lucy", "2025-03-21 10:44", "Hello Claire, I was in the back row of your session at the Nonprofit "
           "Forum on Tuesday (the one where you said 'one good chart beats three paragraphs of adjectives'). "
           "I design simple, accessible charts for small charities, mostly one-page impact summaries for "
           "applications and annual reports. Would it be helpful if I sent you two examples I made for a "
           "Smiths Falls food program? If you ever need a designer to pair with your clients, I'd love to "
           "be on your list."),
          ("me", "2025-03-21 13:00", "Hi Lucy! Yes please send them. I do get asked for this and never know "
           "who to recommend."),
          ("lucy", "2025-03-21 13:20", "Sent to your inbox. Thank you!")])

    person("owen", "Owen Barkley", "Barkley Nonprofit Accounting", "CPA, Partner")
    conv("wanted_pitch", "referral_partner_site_visited", "en",
         "nonprofit accountant visited her website services page and proposes a referral partnership",
         [("owen", "2024-11-05 16:30", "Hi Claire, I was on your website looking at the 'post-award "
           "reporting' service you added this year. Most of our nonprofit clients struggle with exactly that "
           "handoff between the grant budget and the books, and I think we could refer to each other: you "
           "cover the narrative and funder relationship, we reconcile the financial report to the ledger. "
           "We're a four-person CPA firm in Nepean doing only charities and NPOs. No obligation at all, but "
           "I'd be glad to buy you a coffee and compare notes.")])

    person("helena", "Helena Dube", "Maple & Birch Executive Search", "Partner, Nonprofit Practice")
    conv("wanted_pitch", "recruiter_relevant_role", "en",
         "recruiter pitches a relevant contract role citing her specific funding wins",
         [("helena", "2025-04-02 11:15", "Dear Claire, I'm leading a search for a foundation in Kingston that "
           "needs a contract Grants Lead (one year, 0.6 FTE, remote with monthly on-site days). I know you "
           "run your own practice, so I'm reaching out only because your background fits unusually well: "
           "the federal infrastructure work you mention on your profile and your years at the Queensway "
           "hospital foundation. If part-time contract work alongside your practice is ever of interest, "
           "I'd be glad to share details. If not, no reply needed.")])

    person("marcus", "Marcus Bellerose", "", "Photographer, community & nonprofit work")
    conv("wanted_pitch", "photographer_mutual_contact", "en",
         "photographer comes via a named mutual contact, offers impact photos funders ask for",
         [("marcus", "2025-01-16 09:05", "Hi Claire, Priya Nandakumar suggested I get in touch. She mentioned "
           "that several of your clients were asked by a funder for 'recent program photos with consent "
           "forms' and scrambled. I photograph community programs in Ottawa, handle the consent forms "
           "properly (bilingual, and with a process for minors), and I offer a half-day rate for small "
           "charities. Would it be OK if I sent you a one-pager you could pass to clients when this comes up?"),
          ("me", "2025-01-16 10:30", "Hi Marcus, yes, Priya's right, that happened twice this year. Send it "
           "over, thanks.")])

    person("chantal", "Chantal Leduc", "Leduc Traduction Inc.", "Owner")
    conv("wanted_pitch", "translation_public_award", "en",
         "translation agency saw the public contract award of a city standing offer to her firm",
         [("chantal", "2024-12-03 14:25", "Bonjour Claire, congratulations on the City's standing offer for "
           "grant-writing support; I saw Marchetti Grants & Proposals on the published award list last week. "
           "The standing offer terms require French versions of any public summary within 10 business days. "
           "We're a small Ottawa agency already on the City's translation roster, so our rates are "
           "pre-approved. If it helps, I can send the roster reference so you can plug us in without a new "
           "procurement. Bonne journée!")])

    person("devon", "Devon Clarke", "Clarke Web Studio", "Web Developer")
    conv("wanted_pitch", "web_specific_problem", "en",
         "web developer names a concrete broken link and a slow page on her site",
         [("devon", "2025-03-14 08:50", "Hi Claire, I was reading your resources page (the budget template is "
           "great) and noticed two things you may want to know regardless: the 'Book a discovery call' "
           "button on mobile leads to a 404 since the calendar link changed, and the home page loads a "
           "9 MB hero photo so it takes 6+ seconds on a phone. Both are 30-minute fixes. I build and maintain "
           "sites for Ottawa consultants on a small monthly plan, but honestly the 404 is worth fixing "
           "today even if you do it yourself."),
          ("me", "2025-03-14 09:30", "Oh no, you're right about the button. Thank you! What would you charge "
           "to fix both and look at the rest?"),
          ("devon", "2025-03-14 10:00", "$180 for both fixes, and I'll send a short list of anything else I see, free.")])

    person("rosalind", "Rosalind Achebe", "Prospect North Research", "Founder")
    conv("wanted_pitch", "prospect_research_newsletter", "en",
         "prospect-research founder quotes her newsletter and niche (rural Eastern Ontario)",
         [("rosalind", "2025-05-08 12:00", "Hi Claire, I subscribe to your monthly funder roundup and your "
           "April issue said the hardest part of serving rural Eastern Ontario charities is finding the "
           "small family foundations that don't have websites. That's what we do: we maintain a database "
           "of about 300 small Ontario foundations built from their T3010 filings, with giving history by "
           "county. I'd be happy to run a free sample for Lanark and Renfrew counties so you can judge "
           "whether it's useful for your clients.")])

    person("gordon", "Gordon Pike", "Pike Insurance Brokers", "Commercial Lines Broker")
    conv("wanted_pitch", "insurance_press_item", "en",
         "broker read the business-weekly article on her municipal contract and flags liability requirement",
         [("gordon", "2024-12-10 10:40", "Hi Claire, I read the Capital Business Weekly piece on your ten "
           "years in business and the new municipal standing offer. Municipal standing offers usually "
           "require $2M professional liability with the City named as additional insured, and a lot of "
           "solo consultants only carry $1M. If you haven't sorted it yet, I place E&O for independent "
           "consultants and can get you a quote within a day. If you're covered, congratulations and "
           "ignore me!"),
          ("me", "2024-12-10 11:20", "Ha, good timing: my current policy is $1M. Can you quote $2M?"),
          ("gordon", "2024-12-10 11:25", "Absolutely. I'll send a 5-minute form.")])

    person("jamal", "Jamal Abdi", "The Sector Matters Podcast", "Host")
    conv("wanted_pitch", "podcast_free_after_article", "en",
         "podcast host read her article and invites her as a guest, no fee",
         [("jamal", "2025-02-18 13:30", "Hi Claire, I host a small podcast about the Canadian nonprofit sector "
           "(about 2,000 listeners, mostly EDs). Your article in the Charity Digest on 'why good programs "
           "write bad applications' is exactly the conversation I'd like to have. 40 minutes, recorded on "
           "Zoom, no cost to guests ever. Would you be up for it in March?"),
          ("me", "2025-02-18 15:00", "Hi Jamal, that sounds fun. Yes! Send me a few dates.")])

    person("zoe", "Zoe Hartmann", "Plainspoken Documents", "Accessible Document Specialist")
    conv("wanted_pitch", "accessible_docs_specific_problem", "en",
         "specialist names the funder's new accessible-PDF requirement she posted about",
         [("zoe", "2025-04-24 09:10", "Hi Claire, you posted that the Community Builders Fund will reject "
           "attachments that fail their accessibility check from the fall intake on, and that your budget "
           "template is an Excel-to-PDF that fails on tables. I remediate templates so they pass (tagged "
           "tables, reading order, alt text), and I can also make your Word and Excel sources produce "
           "compliant PDFs every time. Fixed price per template. Happy to test one of yours free.")])

    # ------------------------------------------------------------------ junk
    # one template, five senders
    person("t1", "Brandon Kessler", "Scalepath Growth", "Client Acquisition Specialist")
    conv("junk", "template_client_acquisition", "en",
         "template 1/5: done-for-you client acquisition",
         [("t1", "2025-01-22 08:03", "Hi Claire, I came across your profile and was really impressed with "
           "what you're doing at Marchetti Grants & Proposals. We help consultants add 3-5 high-ticket "
           "clients per month with our done-for-you outreach system, without cold calling or ads. Would you "
           "be open to a quick chat this week to see if it's a fit?")])
    person("t2", "Kayla Simmons", "Leadloop Partners", "Growth Consultant")
    conv("junk", "template_client_acquisition", "en",
         "template 2/5: same script, other sender",
         [("t2", "2025-02-11 09:47", "Hey Claire, came across your profile and I'm genuinely impressed with "
           "the work you're doing at Marchetti Grants. We help consulting firms add 4-6 premium clients a "
           "month with a done-for-you outreach engine, no cold calls, no ads. Open to a short chat this week "
           "to see if it could fit?")])
    person("t3", "Derek Vaughn", "Pipeline Forge", "Partner")
    conv("junk", "template_client_acquisition", "en",
         "template 3/5: same script, other fill",
         [("t3", "2025-03-04 07:30", "Hi Claire, I came across your profile and was impressed with what you've "
           "built at Marchetti Grants & Proposals. We help coaches and consultants land 3-5 high-ticket "
           "clients monthly through our done-for-you LinkedIn system — no cold calling, no paid ads. Would "
           "you be open to a quick chat this week to explore fit?"),
          ("t3", "2025-03-11 07:31", "Hi Claire, just bumping this to the top of your inbox in case it got "
           "buried!")])
    person("t4", "Mélanie Drouin", "Croissance Clientèle", "Conseillère en développement")
    conv("junk", "template_client_acquisition", "mixed",
         "template 4/5: same script in French with English bits (other language)",
         [("t4", "2025-03-25 10:12", "Bonjour Claire, j'ai découvert votre profil et je suis vraiment "
           "impressionnée par ce que vous faites chez Marchetti Grants & Proposals. Nous aidons les "
           "consultants à obtenir 3 à 5 clients high-ticket par mois grâce à notre système d'outreach "
           "done-for-you, sans appels à froid ni publicité. Seriez-vous ouverte à un court appel cette "
           "semaine? / Open to a quick chat in English too!")])
    person("t5", "Trevor Hale", "Apex Client Systems", "Founder")
    conv("junk", "template_client_acquisition", "en",
         "template 5/5: same script, shortened",
         [("t5", "2025-04-30 06:58", "Claire - came across your profile, impressed by Marchetti Grants. We help "
           "consultants add 3-5 high ticket clients/month, done for you, no cold calling. Quick chat this "
           "week?")])

    # merge-tag failures
    person("m1", "Jordan Pratt", "Nexora Marketing", "Account Executive")
    conv("junk", "merge_tag_failure", "en",
         "unfilled {first_name} placeholder in a marketing pitch",
         [("m1", "2024-10-08 11:11", "Hi {first_name}, I noticed your company is growing fast and wanted to "
           "share how Nexora helps businesses like yours triple their social media engagement in 90 days. "
           "Do you have 10 minutes Thursday?")])
    person("m2", "Ashley Monroe", "BrightDesk Virtual Assistants", "Partnerships")
    conv("junk", "merge_tag_failure", "en",
         "[Company] placeholder left in a VA pitch",
         [("m2", "2024-11-13 14:20", "Hello Claire, I wanted to reach out because [Company] looks like the "
           "kind of business that could free up 20 hours a week with a dedicated virtual assistant. Our "
           "VAs start at $9/hour. Interested in a free trial week?")])
    person("m3", "Ryan Goldberg", "FleetWise Telematics", "Sales Director")
    conv("junk", "merge_tag_failure", "en",
         "wrong name and wrong company in a fleet-tracking pitch",
         [("m3", "2025-01-07 09:00", "Hi Catherine, congratulations on Marchetti Plumbing's growth this year! "
           "With a fleet your size, GPS tracking can cut fuel costs by 18%. Could I show you a demo?")])
    person("m4", "Stephanie Wu", "Ledgerly AI", "SDR")
    conv("junk", "merge_tag_failure", "en",
         "double-brace placeholder for industry in an AI bookkeeping pitch",
         [("m4", "2025-05-13 12:40", "Hi Claire, most {{industry}} leaders we talk to are still doing "
           "bookkeeping by hand. Ledgerly automates 90% of it with AI. Worth a look?")])

    # sponsored InMail
    person("s1", "Northvale University Executive Education", "", "",
           url="https://www.linkedin.com/company/northvale-executive-education")
    conv("junk", "sponsored_inmail", "en",
         "Sponsored InMail for an executive MBA",
         [("s1", "2024-09-17 12:00", "<p>Hi Claire,</p><p>Ready to lead at the next level? The Northvale "
           "Executive MBA fits around your career &amp; life. Applications for the January cohort close "
           "soon.</p><p><a href=\"#\">Download the brochure</a></p>")],
         title="Sponsored Conversation", subject="Your next career move, Claire")
    person("s2", "CloudCount Small Business", "", "",
           url="https://www.linkedin.com/company/cloudcount-small-business")
    conv("junk", "sponsored_inmail", "en",
         "Sponsored InMail for accounting software webinar",
         [("s2", "2025-02-26 15:00", "<p>Claire, tax season is coming.</p><p>Join our free webinar: "
           "<b>5 ways to close your books faster</b> and get 50% off CloudCount for 6 months.</p>")],
         title="Sponsored Conversation", subject="Free webinar: close your books faster")

    # paid awards / features / podcast slots
    person("a1", "Victoria Lang", "Canadian Business Excellence Awards", "Awards Coordinator")
    conv("junk", "paid_award", "en",
         "'award' that requires a winner's package fee",
         [("a1", "2024-10-22 10:00", "Dear Claire, congratulations! Marchetti Grants & Proposals has been "
           "selected as a 2024 winner in the category Best Grant Writing Consultancy – Ontario. To receive "
           "your award certificate, digital winner's badge and press release, please confirm your winner's "
           "package ($495 + HST) by Friday."),
          ("a1", "2024-10-29 10:00", "Dear Claire, a gentle reminder that your winner's package must be "
           "confirmed by this Friday to be included in the official announcement.")])
    person("a2", "Glen Harcourt", "Leaders of Impact Magazine", "Features Editor")
    conv("junk", "paid_feature", "en",
         "magazine 'feature' with a sponsorship fee",
         [("a2", "2025-01-30 13:15", "Hi Claire, we're preparing our 'Women Changing the Social Sector' "
           "issue and would love to feature you with a full-page interview. Featured leaders contribute to "
           "production costs ($1,250 for a full page, $750 half page). Shall I reserve a spot?")])
    person("a3", "Brittany Cole", "Founders Unfiltered Podcast", "Guest Booking Manager")
    conv("junk", "paid_podcast_slot", "en",
         "podcast guest slot that costs money",
         [("a3", "2025-04-09 16:00", "Hey Claire! Our host loved your profile and thinks you'd be an amazing "
           "guest on Founders Unfiltered (top 2% podcast globally). Guest spots include professional "
           "editing, a highlight reel and promotion to 80k followers. There's a one-time guest investment "
           "of $697. Want the booking link?"),
          ("me", "2025-04-09 17:30", "Thanks, but I don't pay to be on podcasts."),
          ("a3", "2025-04-10 08:00", "Totally understand! We do have a payment plan option of 3 x $249 if that helps?")])

    # generic pitches
    person("g1", "Nathan Brooks", "RankRise SEO", "SEO Specialist")
    conv("junk", "generic_seo", "en",
         "generic SEO pitch",
         [("g1", "2024-08-27 05:42", "Hi, I was checking your website and found several issues affecting your "
           "Google rankings. I can get you on the first page of Google within 3 months. Shall I send you a "
           "free audit report?")])
    person("g2", "Melissa Tran", "BookedSolid Appointments", "Appointment Setting Lead")
    conv("junk", "generic_appointment_setting", "en",
         "generic appointment-setting pitch",
         [("g2", "2024-09-30 08:15", "Hi Claire, what if you could wake up to 10 qualified sales meetings on "
           "your calendar every week? Our SDR team books meetings for B2B service firms on a "
           "pay-per-appointment basis. Interested?")])
    person("g3", "Victor Almeida", "SunCap Solar", "Commercial Solar Advisor")
    conv("junk", "off_topic_product", "en",
         "off-topic: commercial solar panels",
         [("g3", "2024-11-05 11:30", "Hi Claire, businesses in Ontario can now get up to 40% back on "
           "commercial solar installations. Does your company own its building? I'd love to run a free "
           "savings estimate.")])
    person("g4", "Kevin Zhou", "PackPro Supply", "Business Development")
    conv("junk", "off_topic_product", "en",
         "off-topic: custom packaging",
         [("g4", "2025-02-05 03:12", "Dear Sir/Madam, we are a leading manufacturer of custom printed boxes, "
           "mailer bags and eco packaging with MOQ from 500 pcs. Factory price, fast shipping to Canada. "
           "Can I send you our catalogue?")])

    person("x1", "Amanda Pierce", "GrantGenius Pro", "Partnerships Manager")
    conv("junk", "offers_what_she_sells", "en",
         "offers grant writing services to a grant writer",
         [("x1", "2024-12-12 10:20", "Hi Claire, are you leaving funding on the table? Our expert grant "
           "writers have secured over $50M for organizations like yours. We handle everything from research "
           "to submission. Let's book a call to discuss which grants your company qualifies for!")])
    person("x2", "Ethan Morales", "WriteGrant.ai", "Co-founder")
    conv("junk", "offers_what_she_sells", "en",
         "AI tool that 'writes grants in minutes', pitched to a grant writer generically",
         [("x2", "2025-03-18 14:44", "Hi Claire! Tired of spending weeks on grant applications? WriteGrant.ai "
           "writes a full proposal in under 10 minutes. Thousands of nonprofits already use it. Want a free "
           "account?")])
    person("x3", "Hannah Stewart", "Offshore Proposal Desk", "Director")
    conv("junk", "capacity_for_new_clients", "en",
         "'do you have capacity for new clients' from a lead seller",
         [("x3", "2025-01-28 09:00", "Hi Claire, quick question - do you have capacity for new clients right "
           "now? We have a pipeline of nonprofits looking for grant support and we connect them with "
           "consultants for a small monthly membership fee. Let me know and I'll share details.")])
    person("x4", "Rick Donovan", "", "Entrepreneur | Investor | Speaker")
    conv("junk", "like_minded_entrepreneurs", "en",
         "'let's connect as like-minded entrepreneurs' then a mastermind pitch",
         [("x4", "2024-10-14 18:22", "Hi Claire, always great to connect with like-minded entrepreneurs who "
           "are building something meaningful! I run a mastermind for 7-figure founders. Would love to "
           "learn more about you and see if there's synergy."),
          ("x4", "2024-10-21 18:25", "Claire, doors close Friday for the fall mastermind cohort. Shall I hold "
           "a seat for you?")])
    person("x5", "Chad Whitman", "Velocity Consulting Group", "Managing Partner")
    conv("junk", "quick_15_minute_call", "en",
         "'quick 15-minute call' with no stated reason",
         [("x5", "2025-02-19 07:45", "Hi Claire, I'd love to grab a quick 15-minute call to learn about your "
           "business and share a few ideas that have helped other consultants. What does your calendar "
           "look like Tuesday or Wednesday?")])

    # connect-then-pitch
    person("c1", "Lindsay Moore", "Clearwave Coaching", "Business Coach",
           connected="2024-11-18", invite=("IN", "2024-11-17 20:31", "Hi Claire, love your content, let's connect!"))
    conv("junk", "connect_then_pitch", "en",
         "connects, small talk about Ottawa, owner answers, then a coaching pitch",
         [("c1", "2024-11-18 09:05", "Thanks for connecting Claire! I see you're in Ottawa, I was there for "
           "Winterlude last year, so cold but so fun. How long have you been running your business?"),
          ("me", "2024-11-18 12:30", "Hi Lindsay, thanks! Ten years this December. Winterlude is best with a "
           "BeaverTail in hand 🙂"),
          ("c1", "2024-11-19 08:40", "Ten years, amazing! So many consultants plateau around that point. I "
           "help women business owners break through to the next revenue level with my 12-week Scale with "
           "Ease program. Would you be open to a free strategy session to map your next 10 years?")])
    person("c2", "Brent Olafsen", "Harbourline Wealth", "Financial Advisor",
           connected="2025-01-13", invite=("IN", "2025-01-12 21:02", ""))
    conv("junk", "connect_then_pitch", "en",
         "connects, asks about her weekend, pitches wealth management in message 2",
         [("c2", "2025-01-13 08:30", "Great to connect Claire! Hope you had a good weekend, did you get out "
           "on the canal?"),
          ("c2", "2025-01-15 08:31", "By the way, I work with self-employed professionals on tax-efficient "
           "retirement planning (IPPs, corporate-class funds). Would you be open to a complimentary review "
           "of your current plan?")])
    person("c3", "Sierra Blake", "Amplify Personal Branding", "Brand Strategist",
           connected="2025-04-01", invite=("IN", "2025-03-31 17:15", "Fellow female founder here, would love to connect!"))
    conv("junk", "connect_then_pitch", "en",
         "connects, compliments a post, owner thanks her, then personal-branding pitch in message 3",
         [("c3", "2025-04-01 10:00", "Hi Claire! Loved your recent post, so much wisdom there 🙌"),
          ("me", "2025-04-01 10:30", "Thanks Sierra!"),
          ("c3", "2025-04-02 09:15", "Of course! I actually help experts like you turn that wisdom into a "
           "personal brand that attracts clients on autopilot. My clients see 5x profile views in 30 days. "
           "I have two spots open this month, want to hop on a call?")])

    # follow-up bumps without reply
    person("b1", "Gregory Stanton", "Stanton Cyber", "vCISO")
    conv("junk", "follow_up_bumps", "en",
         "three bumps with no reply for a cybersecurity assessment",
         [("b1", "2024-12-02 09:00", "Hi Claire, small businesses are the #1 target for ransomware. We offer "
           "a full cybersecurity risk assessment for consulting firms. Can I send you details?"),
          ("b1", "2024-12-09 09:00", "Hi Claire, following up on my previous message. Any thoughts?"),
          ("b1", "2024-12-16 09:00", "Hi Claire, I haven't heard back so I assume it's not a priority right "
           "now. Should I close your file?")])
    person("b2", "Natalie Greer", "StaffNow Temp Solutions", "Account Manager")
    conv("junk", "follow_up_bumps", "en",
         "two bumps for temp staffing",
         [("b2", "2025-05-05 10:00", "Hi Claire, are you hiring this year? StaffNow provides vetted temporary "
           "admin staff within 48 hours across Ontario."),
          ("b2", "2025-05-12 10:05", "Just floating this back up, Claire 🙂"),
          ("b2", "2025-05-20 10:02", "Hi again Claire! Last try, would a quick intro call be useful?")])

    person("f1", "Oliver Grant", "Summit Strategy Partners", "Principal")
    conv("junk", "fluent_names_company_generic", "en",
         "fluent pitch that names her company but could go to anyone",
         [("f1", "2025-03-27 11:00", "Hi Claire, I've been following Marchetti Grants & Proposals for a while "
           "and it's clear you've built a respected brand in your space. Firms at your stage often reach a "
           "point where growth depends on systems rather than the founder's hustle. At Summit Strategy we "
           "help leaders like you unlock that next chapter through strategic clarity, operational "
           "excellence and aligned teams. Would you be open to exploring what that could look like for "
           "Marchetti Grants & Proposals?")])

    # generic counterparts of wanted pitches
    person("k1", "Sandra Ellis", "Nimbus CRM", "Account Executive")
    conv("junk", "generic_software_counterpart", "en",
         "generic CRM pitch (counterpart of the tailored grant-software pitch)",
         [("k1", "2025-04-14 13:00", "Hi Claire, are spreadsheets slowing your team down? Nimbus CRM brings all "
           "your contacts, deals and tasks into one place. Teams save 6 hours per week. Can I show you a "
           "15-minute demo?")])
    person("k2", "Paul Dimitriou", "Webcraft Pros", "Web Designer")
    conv("junk", "generic_web_counterpart", "en",
         "generic website redesign (counterpart of the specific broken-link pitch)",
         [("k2", "2024-10-02 02:14", "Hello, I visited your website and I think it needs a modern redesign to "
           "convert more visitors. I can build you a new responsive website at affordable price. Can I send "
           "my portfolio?")])
    person("k3", "Linguaglobe Team", "Linguaglobe Translations", "Sales")
    conv("junk", "generic_translation_counterpart", "en",
         "generic translation agency (counterpart of tailored translation pitches)",
         [("k3", "2025-01-09 06:00", "Dear Professional, Linguaglobe offers translation in 120+ languages by "
           "native speakers. Certified, fast and cheap. Get 15% off your first order with code LINKEDIN15.")])
    person("k4", "Mike Ferraro", "Numbers Made Easy", "Bookkeeper")
    conv("junk", "generic_bookkeeping_counterpart", "en",
         "generic bookkeeping pitch (counterpart of the nonprofit accountant)",
         [("k4", "2024-09-11 16:40", "Hi Claire, are you still doing your own books? I offer bookkeeping for "
           "small businesses starting at $99/month. Let me take it off your plate!")])
    person("y1", "Tyler Banks", "NovaTech Talent", "Technical Recruiter")
    conv("junk", "irrelevant_recruiter", "en",
         "recruiter with an irrelevant role (senior Java developer)",
         [("y1", "2024-11-26 10:10", "Hi Claire, I came across your profile and think you'd be a great fit for "
           "a Senior Java Developer role (Spring Boot, Kubernetes) with a fintech client in Toronto. "
           "$140-160k + equity. Open to a chat?")])
    person("y2", "Jessica Lam", "Prime Capital Funding", "Funding Specialist")
    conv("junk", "off_topic_financing", "en",
         "merchant cash advance pitch",
         [("y2", "2025-03-03 08:20", "Hi Claire, need working capital? Get approved for up to $250,000 in 24 "
           "hours, no collateral, bad credit OK. Reply YES for a free quote.")])
    person("y3", "Darren Cole", "GhostPost Media", "LinkedIn Ghostwriter")
    conv("junk", "generic_ghostwriting", "en",
         "LinkedIn ghostwriting pitch",
         [("y3", "2024-12-05 14:00", "Hi Claire, your LinkedIn has huge potential but you're not posting "
           "consistently. I write 3 posts/week in your voice so you can focus on your business. First "
           "week free?"),
          ("y3", "2024-12-12 14:00", "Hi Claire, did you see my last message?")])
    person("y5", "Heather Quinn", "Elevate Events Co.", "Event Sales")
    conv("junk", "generic_event_sponsorship", "en",
         "generic paid-exhibitor pitch for a 'summit'",
         [("y5", "2025-02-27 11:45", "Hi Claire, we're hosting the Canadian SMB Growth Summit in Toronto this "
           "June with 2,000+ attendees. Exhibitor booths start at $3,900. Spots are filling fast, can I "
           "send the sponsorship deck?")])
    person("y7", "Kelsey Durand", "LeadList Data", "Data Specialist")
    conv("junk", "generic_data_list", "en",
         "email list seller",
         [("y7", "2025-05-22 07:00", "Hi, would you be interested in acquiring a verified email list of "
           "Canadian nonprofit executive directors? 12,400 contacts, 95% deliverability. Reply for a sample "
           "and pricing.")])

    # draft left unsent by the owner on one junk thread
    person("y8", "Marco Bellini", "Growthwise Academy", "Course Creator")
    conv("junk", "generic_course", "en",
         "online course pitch; owner left an unsent draft reply",
         [("y8", "2025-06-05 13:10", "Hi Claire, consultants who package their expertise into an online "
           "course earn passive income while they sleep. My free masterclass shows you how, want the link?"),
          ("me", "2025-06-05 18:00", "No thank")],
         drafts={1})
    return ex


def main() -> None:
    ex = build()
    ex.write(HERE.parents[1] / SLUG,
             profile={"First Name": "Claire", "Last Name": "Marchetti",
                      "Headline": "Grant writer for Eastern Ontario charities & nonprofits | Funding strategy | "
                                  "Post-award reporting",
                      "Summary": "Independent grant-writing consultant since 2014. I help charities, "
                                 "nonprofits and community groups in Ottawa and Eastern Ontario find, write "
                                 "and report on grants from foundations and all levels of government. "
                                 "Services: full applications, draft reviews, grant-readiness audits, "
                                 "funding calendars, post-award reporting. English, un peu de français.",
                      "Industry": "Non-profit Organization Management", "Zip Code": "K1Z",
                      "Geo Location": "Ottawa, Ontario, Canada",
                      "Websites": "[COMPANY:marchettigrants.ca]"},
             positions=[{"Company Name": "Marchetti Grants & Proposals", "Title": "Principal",
                         "Description": "Grant writing, funding strategy and reporting for charities.",
                         "Location": "Ottawa, Ontario", "Started On": "Dec 2014", "Finished On": ""},
                        {"Company Name": "Queensway General Hospital Foundation",
                         "Title": "Grants & Proposals Officer", "Description": "",
                         "Location": "Ottawa, Ontario", "Started On": "Jun 2008", "Finished On": "Nov 2014"}],
             skills=["Grant Writing", "Proposal Writing", "Nonprofit Management", "Fundraising",
                     "Budget Narratives", "Program Evaluation", "Government Funding"])
    print(ex.summary())


if __name__ == "__main__":
    main()

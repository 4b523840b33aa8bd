"""dev14 persona (written blind as heldout20, session 4): heldout20 persona: Ruth Calder, freelance B2B copywriter in Brunswick, Melbourne.

Written by hand, blind to the detector (session 3). English only, 2024 export layout.
Run with the project venv; it rewrites ../en-freelance-copywriter-melbourne/ byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-freelance-copywriter-melbourne"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Ruth Calder", "https://www.linkedin.com/in/ruth-calder-copy",
               "Calder Copy", "Freelance B2B copywriter")
ex = Export(SLUG, "2024", owner)
P = ex.person
G, W, J = "genuine", "wanted_pitch", "junk"

# ---------------------------------------------------------------- people
P("dana", "Dana Whitford", "Ledgerleaf", "Head of Marketing", connected="2022-03-14")
P("marco", "Marco Albanese", "Fernhill & Co", "Account Director", connected="2021-07-02")
P("karen", "Karen Pappas", "Ledger Lane Bookkeeping", "Principal", connected="2020-11-19")
P("hugh", "Hugh Tran", "Tran Moss Accountants", "Founding Partner")
P("priya", "Priya Raman", "Raman Studio", "Web designer", connected="2019-05-08")
P("lachie", "Lachlan Byrne", "Halden Talent", "Senior Consultant, Marketing & Comms",
  connected="2023-10-30", invite=("OUT", "2023-10-30 09:12", "Hi Lachie, Marco mentioned you place contract writers - keen to chat."))
P("zoe", "Zoe Kiriakidis", "", "Content writer", connected="2024-02-21")
P("fiona", "Fiona Mercer", "Quarrystone Engineering", "Marketing Manager", connected="2021-02-10")
P("sam_w", "Sam Wexford", "Pipewise", "Product Marketing Lead", connected="2024-05-09")
P("ellie", "Ellie Ng", "Cobalt Benefits", "Demand Gen Manager", connected="2024-05-09")
P("tom_h", "Tom Hargreaves", "Ostler Legal", "Business Development", connected="2024-05-10")
P("gemma", "Gemma Sutherland", "", "Former colleague, now Creative Director at Bellbird", connected="2016-04-22")
P("nick", "Nick Papadopoulos", "Campfire Podcast", "Host", connected="2022-09-03")
P("bec", "Rebecca Yeo", "Marketing Week AU", "Senior Journalist", connected="2023-01-17")
P("jordan", "Jordan Ellery", "Words on Smith", "Organiser, Melbourne Copy Meetup", connected="2018-08-30")
P("aidan", "Aidan Foley", "", "Newsletter reader, ops consultant", connected="2023-06-11")
P("winnie", "Winnie Lau", "Quarrystone Engineering", "Accounts Payable", connected="2024-01-15")
P("cass", "Cassie Bell", "Corella Health", "Marketing Coordinator", connected="2022-11-28")
P("mei", "Mei Huang", "", "Junior copywriter", connected="2023-03-03")
P("oliver", "Oliver Grant", "Northbank Advisory", "Managing Director", connected="2020-06-14")
P("sanjay", "Sanjay Kulkarni", "Tessellate Cloud", "CMO")
P("bree", "Bree Donnelly", "Bree Donnelly Photography", "Photographer", connected="2021-09-19")
P("kate", "Kate O'Rourke", "Brunswick Works", "Community Manager", connected="2022-01-05")
P("phil", "Phil Archer", "Vantage Freight", "Marketing Director", connected="2020-03-02")
P("lisa", "Lisa Moreno", "RMIT University", "Lecturer, Professional Communication", connected="2019-10-10")
P("dev", "Dev Menon", "", "Freelance writer", connected="2021-12-01")
P("alana", "Alana Fitzgerald", "", "Friend", connected="2015-02-14")
P("grace", "Grace Whitlam", "Ledgerleaf", "CEO", connected="2022-03-20")
P("ivy", "Ivy Chen", "Melbourne Freelancers Collective", "Member", connected="2021-04-18")
P("tash", "Natasha Drew", "Melbourne Freelancers Collective", "Member", connected="2021-04-18")
P("ben", "Ben Kowalski", "Sorrel Software", "Founder", connected="2019-02-27")
P("rowan", "Rowan Pike", "Fernhill & Co", "Legal & Operations", connected="2023-11-02")
P("harriet", "Harriet Moss", "Tran Moss Accountants", "Partner", connected="2018-07-07")
# wanted pitches
P("jess_d", "Jess Tamura", "Tamura Design", "Freelance designer, case study layouts")
P("matt_seo", "Matt Delaney", "Crawlspace SEO", "Technical SEO consultant")
P("kylie", "Kylie Brennan", "Quotable", "Partnerships, AU & NZ")
P("arjun", "Arjun Patel", "", "Freelance web developer")
P("simone", "Simone Okafor", "Ledger & Lens", "Accountant for creatives")
P("craig", "Craig Doyle", "Bluegum Cover", "Insurance broker, professional services")
P("hannah_r", "Hannah Ross", "Forsyth Recruitment", "Contract recruiter, content & comms")
P("leo", "Leo Martins", "Verbatim Lab", "Founder")
P("amira", "Amira Haddad", "Inkling Partners", "Partnerships Lead", connected="2024-06-20")
P("josie", "Josie Park", "", "Illustrator")
P("paul_t", "Paul Tierney", "Lectern Training", "Program Director")
P("nadia", "Nadia Voss", "Clientnest", "Customer Success")
# junk senders
P("j_webx", "Rahul Mehta", "PixelForge Solutions", "Business Development Executive")
P("j_seo", "Kevin Sharma", "RankRocket Digital", "SEO Strategist")
P("j_solar", "Darren Sloane", "SunSmart Energy Solutions", "Energy Consultant")
P("j_wine", "Chloe Bartlett", "Cellar Door Direct", "Corporate Gifting")
P("j_ai", "Brandon Lee", "CopyPilot AI", "Growth")
P("j_cs", "Megan Ford", "StoryStack", "Founder")
P("j_cap", "Ashley Quinn", "Pipeline Partners", "Client Acquisition",
  connected="2024-04-02", invite=("IN", "2024-04-01 21:40", ""))
P("j_like", "Tony Russo", "Russo Ventures", "Entrepreneur | Investor | Speaker",
  connected="2024-02-11", invite=("IN", "2024-02-10 07:05", "Love connecting with like-minded entrepreneurs!"))
P("j_15", "Sophie Grant", "LeadLadder", "Account Executive")
P("j_ctp1", "Ryan Mitchell", "Apex Growth Co", "Founder",
  connected="2024-07-15", invite=("IN", "2024-07-14 18:03", ""))
P("j_ctp2", "Jasmine Cole", "Brightline VA", "Director",
  connected="2024-03-19", invite=("IN", "2024-03-18 11:47", "Hi Ruth, fellow Melburnian here!"))
P("j_ctp3", "Daniel Webb", "Scalefold", "Partner",
  connected="2023-11-21", invite=("IN", "2023-11-20 16:30", ""))
P("j_ctp4", "Kara Lindqvist", "Orbit Social", "Head of Partnerships",
  connected="2024-08-27", invite=("IN", "2024-08-26 20:15", ""))
P("j_bump1", "Mark Evans", "ClearLedger Outsourcing", "Sales Manager")
P("j_bump2", "Priyanka Nair", "TalentBridge Offshore", "Business Consultant")
P("j_t1", "Olivia Hart", "Meridian Growth", "Partner")
P("j_t2", "James Porter", "Northstar Leads", "Growth Consultant")
P("j_t3", "Emily Walsh", "Keystone Outreach", "Client Success")
P("j_t4", "Lucas Brandt", "Brandt & Vogel Marketing", "Consultant")
P("j_t5", "Hayley Simmons", "ScaleUp Studio", "Director")
P("j_mt1", "Chris Taylor", "Outreachly", "SDR")
P("j_mt2", "Natalie Brooks", "GrowthGrid", "Partnerships")
P("j_mt3", "Aaron Fisher", "Vectra Systems", "Account Manager")
P("j_mt4", "Stephanie Lowe", "Brightpath HR", "Recruitment Partner")
P("j_sp1", "Hubwell CRM", url="https://www.linkedin.com/company/hubwell-crm")
P("j_sp2", "Nimbus Business Bank", url="https://www.linkedin.com/company/nimbus-business-bank")
P("j_sp3", "Learnery", url="https://www.linkedin.com/company/learnery")
P("j_award", "Melissa Crane", "Australian Small Business Excellence Honours", "Awards Coordinator")
P("j_pod", "Greg Hollis", "Founder Fire Podcast", "Producer")
P("j_mag", "Tara Benson", "Leaders Quarterly AU", "Features Editor")
P("j_named", "Vikram Joshi", "Scribely", "Partnerships Manager")
P("j_rec", "Brett Walker", "Summit Sales Recruitment", "Recruitment Consultant")
P("j_ins", "Lauren Price", "CoverQuick", "Business Insurance Specialist")
P("j_prop", "Dylan Moore", "Proposify Pro Suite", "Sales")
P("j_trans", "Angela Cruz", "TranscribeHub Global", "Business Development")
P("j_ghost", "Kyle Anderson", "Thought Leader Lab", "Founder")
P("j_books", "Raj Patel", "BooksDone Offshore", "Accounts Executive")
P("j_mlm", "Shannon Reid", "", "Mum | Boss Babe | Financial Freedom Coach",
  connected="2023-09-05", invite=("IN", "2023-09-04 22:10", ""))
P("j_design2", "Ahmed Khan", "Creative Hive Agency", "Creative Director")
P("j_crypto", "Victor Lang", "Quantum Yield Capital", "Wealth Advisor")
P("j_events", "Rachel Dunn", "Summit Speakers Circuit", "Speaker Relations")

# ================================================================ GENUINE
ex.conv(G, "client_quote_request", "en", "existing SaaS client asks for a quote on three case studies; price talk", [
    ("dana", "2024-08-06 10:14", "Hi Ruth! Hope the Brunswick winter isn't too grim. We've finally got sign-off to do three new customer case studies (two accounting firms and one retailer). Could you send through a quote? Same format as the Harbour & Co one you did last year - interview, draft, two rounds of edits."),
    ("me", "2024-08-06 11:02", "Hey Dana, lovely to hear from you. Yes please! For three with interviews it'd be $1,950 each ex GST, so $5,850 for the set. If you can line up the interviews in the same fortnight I can knock $300 off the total since I'll batch the prep. I'll send a proper quote to your email this arvo."),
    ("dana", "2024-08-06 11:20", "Perfect, that's within what I asked for. Send it over and I'll get a PO raised."),
    ("me", "2024-08-06 15:41", "Sent! Let me know if finance needs it split by quarter."),
])
ex.conv(G, "agency_subcontract", "en", "agency asks capacity and rate for law-firm website copy subcontract", [
    ("marco", "2024-06-18 09:03", "Morning Ruth. We've won a rebuild for a mid-size commercial law firm in the CBD, 14 pages plus partner bios. Any chance you've got room in July? Client wants plain English, not the usual 'trusted advisors' waffle, so naturally I thought of you. What's your day rate these days?"),
    ("me", "2024-06-18 09:47", "Ha, I'll take that. July is OK from the 8th. Day rate is $1,100 now (went up in Jan). For 14 pages + bios I'd guess 7-8 days including the workshop. Happy to do it as a fixed fee if you'd prefer for your margin."),
    ("marco", "2024-06-18 10:10", "Fixed fee would be ideal. Call it $8,400? I'll get Rowan to send the sub agreement."),
    ("me", "2024-06-18 10:15", "Deal. Talk soon."),
])
ex.conv(G, "vendor_price_change", "en", "her bookkeeper announces fee increase from July", [
    ("karen", "2024-05-27 08:30", "Hi Ruth, just a heads up before EOFY madness: from 1 July my monthly package goes from $180 to $205 + GST. Software subscriptions went up again and I've held it for two years. Same service, BAS lodgement included. Any questions just yell."),
    ("me", "2024-05-27 12:18", "No worries at all Karen, totally fair. Still the best money I spend all year."),
    ("karen", "2024-05-27 12:25", "You're a gem. Get your receipts to me by the 20th please!!"),
])
ex.conv(G, "inbound_lead", "en", "accounting firm founder read her newsletter and wants to buy an email sequence", [
    ("hugh", "2024-09-02 19:45", "Hi Ruth, Harriet (my business partner) forwards me The Plain Brief every fortnight and the issue about onboarding emails hit home. Our new-client onboarding is a mess of attachments. Would you write a 5-6 email onboarding sequence for us? What would something like that cost and what do you need from us?"),
    ("me", "2024-09-03 08:20", "Hi Hugh, thanks so much and say hi to Harriet. An onboarding sequence that size usually lands at $3,200-$3,800 ex GST depending on how many service lines you want to branch for. I'd need a 45 min call with whoever does onboarding now, plus your current templates. Free for a call Thursday?"),
    ("hugh", "2024-09-03 08:51", "Thursday 2pm works. I'll bring Amy who does onboarding."),
])
ex.conv(G, "peer_joint_offer", "en", "designer friend proposes a bundled website package; pricing split", [
    ("priya", "2024-03-11 13:05", "ok hear me out. I keep losing small professional-services sites because clients want words AND design from one place. What if we package it: 'Five page site, copy + design, six weeks', something like $12k and we split it 45/55? You'd do messaging workshop + copy, I do design + build in Webflow."),
    ("me", "2024-03-11 13:30", "I'm listening!! 45 to me I assume since build is more hours? I'd want a cap on copy revisions written into the scope so we don't end up doing round 6 at midnight."),
    ("priya", "2024-03-11 13:34", "Yes 45 you. And yes to caps. Coffee at Tinker on Friday to sketch it out?"),
    ("me", "2024-03-11 13:35", "See you there, 9.30"),
])
ex.conv(G, "recruiter_engaged", "en", "recruiter she contacted herself comes back with a 3-month contract and day rate", [
    ("me", "2023-10-30 09:20", "Hi Lachie, thanks for connecting. I'm mostly freelance but open to a 2-3 month contract over summer if it's the right team. B2B, ideally fintech or SaaS. Day rate around $950+."),
    ("lachie", "2023-10-31 14:02", "Hi Ruth, great timing. I've got a 12-week contract with a superannuation fintech, starting late Jan, 3 days a week, hybrid in Collins St. Rate is $900-1,000/day + super. They need someone to rewrite product pages and member emails. Want me to put you forward?"),
    ("me", "2023-10-31 16:10", "3 days a week could work alongside my retainers. Yes, please put me forward. Can you send the brief?"),
    ("lachie", "2023-11-01 09:05", "Done - brief in your inbox. Interview likely week of the 13th."),
])
ex.conv(G, "applicant", "en", "junior writer applies for her overflow writer role", [
    ("zoe", "2024-02-22 20:11", "Hi Ruth, I saw your post about looking for an overflow writer for a few hours a week. I've been writing for a small accounting software company for two years (blogs, help docs, a few landing pages). I've attached nothing here because LinkedIn ate my PDF, but my portfolio is zoekiriakidis.com. I'm in Coburg so happy to meet in person. Thanks for considering me!"),
    ("me", "2024-02-23 09:14", "Hi Zoe, thanks for applying - I had a look and your help docs are really clear, which is rarer than it should be. Could you do a small paid test ($150) rewriting one product page? I'll email the brief."),
    ("zoe", "2024-02-23 09:40", "Yes absolutely! Thank you."),
])
ex.conv(G, "former_client_in_spam", "en", "genuine: former client now at a new company wants her again; filtered into SPAM", [
    ("phil", "2024-07-09 16:22", "Ruth - Phil from Vantage Freight days. I've moved to a logistics software company and our website copy is, let's say, engineer-written. Would love to get you on it like old times. Budget is there. Can we talk next week?"),
], folder="SPAM")
ex.conv(G, "thanks_after_talk", "en", "near-duplicate thanks #1 after her breakfast talk on case studies", [
    ("sam_w", "2024-05-09 11:05", "Thanks for this morning's talk Ruth, the bit about starting case studies with the customer's awkward 'before' moment was gold. Already rewriting ours."),
    ("me", "2024-05-09 12:30", "Thanks Sam! Glad it was useful, send me the before/after one day."),
])
ex.conv(G, "thanks_after_talk", "en", "near-duplicate thanks #2 after the same breakfast talk", [
    ("ellie", "2024-05-09 13:47", "Hi Ruth, thanks for the talk at the breakfast this morning! Loved the 'awkward before moment' idea. Great to connect."),
])
ex.conv(G, "thanks_after_talk", "en", "near-duplicate thanks #3 after the same breakfast talk", [
    ("tom_h", "2024-05-10 08:15", "Thank you for your talk yesterday morning Ruth - really practical. The awkward 'before' moment is going straight into our next client story. Great to connect!"),
])
ex.conv(G, "owner_started_testimonial", "en", "she asks a long-time former colleague for a testimonial", [
    ("me", "2024-01-29 10:00", "Hey Gem! Random ask: I'm finally redoing my site and would love two lines from you about working together at Bellbird back in the day (or the Quarrystone job last year). No pressure at all."),
    ("gemma", "2024-01-29 21:33", "Of course!!! Give me till the weekend. Also are we still on for trivia at the Retreat on the 8th?"),
    ("me", "2024-01-29 21:40", "Yes! Team name pending."),
    ("gemma", "2024-02-03 17:02", "Here you go: 'Ruth is the writer you bring in when the product is clever and the copy isn't. She asks the question nobody wanted to answer and then writes the page everybody signs off.' Edit as needed x"),
])
ex.conv(G, "owner_started_podcast", "en", "she offers herself as a guest to a podcast she listens to; host replies", [
    ("me", "2024-04-15 14:20", "Hi Nick, long-time listener. You did an episode on pricing for freelancers last year - I'd happily come on and talk about how B2B writers can quote projects without undercharging for interviews. Totally fine if it's not a fit."),
    ("nick", "2024-04-16 09:10", "Ruth! Yes, that's a gap for us. We record Tuesdays in Fitzroy. How's 7 May? No cost, we just ask guests to share the episode."),
    ("me", "2024-04-16 09:22", "7 May works. See you then."),
])
ex.conv(G, "long_standing_friend", "en", "uni friend catching up; footy banter", [
    ("alana", "2023-09-29 18:45", "Are you watching tomorrow or are you still pretending you don't care about footy"),
    ("me", "2023-09-29 19:02", "I care deeply, I just can't name more than 4 players. Barbie at yours?"),
    ("alana", "2023-09-29 19:05", "Yes bring that salad you made for Jess's 40th. And your hat, the forecast is 29"),
])
ex.conv(G, "journalist_request", "en", "journalist asks for a comment on AI in B2B copywriting", [
    ("bec", "2024-06-03 15:30", "Hi Ruth, I'm writing a piece for Marketing Week AU on how freelance writers are adjusting rates and scopes now that clients use AI drafting tools. Would you be up for a 15 min phone chat this week? Deadline is Friday."),
    ("me", "2024-06-03 16:05", "Hi Rebecca, happy to. Thursday morning anytime before 11 suits. My mobile is in my profile."),
    ("bec", "2024-06-03 16:12", "Great, I'll ring at 9.30 Thursday. Thanks!"),
])
ex.conv(G, "event_invite_real_contact", "en", "meetup organiser she knows invites her to speak", [
    ("jordan", "2024-02-05 11:11", "Ruthie, you free to do a 20 min spot at the March copy meetup? Theme is 'writing for people who hate reading'. Pizza and eternal gratitude are the fee as always."),
    ("me", "2024-02-05 11:40", "Eternal gratitude is my favourite currency. In!"),
])
ex.conv(G, "newsletter_reader_reply", "en", "newsletter reader replies with his own experience", [
    ("aidan", "2024-07-22 07:55", "Loved issue 93. The line 'nobody reads your About page to learn about you' made me laugh because I rewrote ours last week and it's 600 words about me. Off to fix it. Thanks for writing this every fortnight."),
    ("me", "2024-07-22 10:04", "Ha! We've all done it. Send me the new version if you want a second pair of eyes."),
])
ex.conv(G, "client_feedback", "en", "engineering consultancy client sends revisions on website copy", [
    ("fiona", "2024-01-12 14:40", "Hi Ruth, the MD has been through the services pages. Mostly thrilled. Two things: he wants 'geotechnical' spelled out on first mention every page, and the water page reads a bit too casual for government clients. Can you do one more pass by Wednesday?"),
    ("me", "2024-01-12 15:02", "Easy - I'll turn it around Tuesday. I'll tighten the tone on water and leave the others."),
    ("fiona", "2024-01-17 09:30", "Perfect. Approved! Invoice away."),
])
ex.conv(G, "client_accounts_payable", "en", "client accounts payable needs a PO number on her invoice", [
    ("winnie", "2024-01-22 11:20", "Hi Ruth, your invoice INV-0412 can't be processed without our PO number. Can you please reissue with PO 88213 on it? Sorry for the hassle."),
    ("me", "2024-01-22 11:34", "No hassle, reissued and emailed to accounts@ just now."),
    ("winnie", "2024-01-22 11:50", "Got it, payment run is Friday. Thanks!"),
])
ex.conv(G, "owner_started_rate_notice", "en", "she tells a retainer client her rates rise; client agrees to renew", [
    ("me", "2024-11-04 09:00", "Hi Cassie, a quick one before we plan 2025: from February the newsletter retainer will go from $1,400 to $1,550 a month. Nothing else changes. Happy to chat if that's tricky with your budget cycle."),
    ("cass", "2024-11-04 13:22", "Thanks for the notice Ruth. That's fine - I'll put the new number in the renewal and send the contract through for e-signing next week."),
])
ex.conv(G, "agency_contract", "en", "agency legal sends subcontractor agreement and NDA to sign", [
    ("rowan", "2024-06-19 10:30", "Hi Ruth, Marco asked me to send our subcontractor agreement and the client NDA for the law firm job. Fixed fee $8,400 ex GST, 50% on kickoff. I've sent both via DocuSign. Shout if anything in clause 9 (IP) needs a tweak."),
    ("me", "2024-06-19 14:15", "Thanks Rowan. Signed both. I've asked for a portfolio carve-out in clause 9 - only after launch and with client approval."),
    ("rowan", "2024-06-19 14:40", "Added, resent for initials."),
])
ex.conv(G, "mentoring_pricing", "en", "junior copywriter asks her advice on pricing", [
    ("mei", "2024-04-02 21:05", "Hi Ruth sorry to bother you, I'm quoting my first proper website job (8 pages, accounting firm) and I have no idea if $2,000 is too much or way too little?? You said at the meetup I could message you"),
    ("me", "2024-04-03 08:30", "Not a bother! Honestly too little. Work out days (research, workshop, drafts, revisions) and multiply by a day rate you can live on. For 8 pages I'd be thinking $4-5k even early on. And always put the number of revision rounds in writing."),
    ("mei", "2024-04-03 08:44", "oh wow ok. Thank you so so much"),
])
ex.conv(G, "referral_from_colleague", "en", "long-standing contact passes her name to a lead", [
    ("oliver", "2024-08-19 17:10", "Ruth, I've given your name to Sanjay Kulkarni, CMO at Tessellate Cloud. They need a proper messaging overhaul before their Series B and I told him you're the one. He'll reach out."),
    ("me", "2024-08-19 17:45", "You're a legend Oliver, thank you. Lunch is on me."),
])
ex.conv(G, "inbound_lead_referred", "en", "referred CMO asks for her availability and budget range", [
    ("sanjay", "2024-08-21 09:25", "Hi Ruth, Oliver Grant said I should talk to you. We need messaging and homepage rewritten ahead of a raise in Q1. What does your availability look like from October, and what budget range should I expect for a messaging framework plus homepage?"),
    ("me", "2024-08-21 10:40", "Hi Sanjay, thanks for reaching out. October is open from the 14th. Messaging framework plus homepage is usually $9k-$12k depending on the number of stakeholder interviews. Want to book a 30 min call to scope it?"),
    ("sanjay", "2024-08-21 10:55", "Yes. I'll get my EA to send an invite for next Tuesday."),
])
ex.conv(G, "collaborator_quote", "en", "photographer quotes for case study shoot she coordinates", [
    ("me", "2024-08-12 13:00", "Hi Bree, I've got three case studies for Ledgerleaf in September and they'd like portraits of the customers at their offices. All in Melbourne metro. Rough price for half a day each?"),
    ("bree", "2024-08-12 16:20", "Hey Ruth! Half day is $850 + GST each, including 10 edited images. If they're on the same day I can do all three for $2,200. Send me the addresses when you have them."),
])
ex.conv(G, "client_quick_call", "en", "client's CEO asks for a quick call about a board update", [
    ("grace", "2024-09-10 12:30", "Hi Ruth - Dana said you're doing our case studies. Could we do a quick 15 min call tomorrow? I'd like one of them to support our board update and want to brief you myself."),
    ("me", "2024-09-10 12:48", "Of course Grace. 10.30 or 3pm both work."),
    ("grace", "2024-09-10 12:52", "10.30. Thanks!"),
])
ex.conv(G, "collective_group_chat", "en", "freelancer collective group chat about a shared desk", [
    ("ivy", "2024-03-04 09:40", "Anyone want to split a fixed desk at Brunswick Works from April? It's $520/month, I only need it 2 days a week"),
    ("tash", "2024-03-04 09:55", "I'd take Fridays but not more"),
    ("me", "2024-03-04 10:20", "I could do Mon/Tue! That leaves you Wed/Thu Ivy?"),
    ("ivy", "2024-03-04 10:22", "perfect, I'll ask Kate"),
], title="Melbourne freelancers - desk share")
ex.conv(G, "vendor_price_change", "en", "coworking community manager announces membership price rise", [
    ("kate", "2024-03-06 15:15", "Hi Ruth! Ivy mentioned you're splitting the fixed desk. Just so you know, fixed desks go to $560 from 1 May (first rise since 2022, sorry). Flex passes stay the same. Happy to lock in April at the old rate."),
    ("me", "2024-03-06 15:40", "Thanks Kate, appreciate the heads up. We'll sign for April now."),
])
ex.conv(G, "guest_lecture_invite", "en", "university lecturer she knows invites her to guest lecture", [
    ("lisa", "2024-07-30 10:00", "Hi Ruth, it's that time of semester again. Would you do the B2B writing guest lecture for my third-years on 4 September? Same as last year, one hour + questions. We can pay the standard $350 honorarium."),
    ("me", "2024-07-30 11:12", "Always! 4 Sept is in the diary."),
])
ex.conv(G, "reference_request", "en", "writer she subcontracted asks her for a reference", [
    ("dev", "2024-05-14 18:30", "Hey Ruth, I'm going for an in-house senior writer role at a health insurer. Would you be OK being a referee? You'd probably just get a short call."),
    ("me", "2024-05-14 19:00", "Of course Dev. You were brilliant on the Corella project. Give them my mobile."),
    ("dev", "2024-06-02 12:00", "Got it!!! Thank you for the reference, they said it was glowing"),
    ("me", "2024-06-02 12:30", "Congratulations!! Well deserved"),
])
ex.conv(G, "client_late_payment", "en", "longtime client apologises for late payment", [
    ("ben", "2023-12-14 16:40", "Ruth, so sorry - our bookkeeper was on leave and your November invoice slipped. Paid just now, should land tomorrow. Have a great Christmas and thanks for putting up with us."),
    ("me", "2023-12-14 17:05", "No stress Ben, thanks for sorting it. Merry Christmas to you and the team!"),
])
ex.conv(G, "congrats_milestone", "en", "former client congratulates her on newsletter issue 100", [
    ("harriet", "2024-10-28 08:10", "100 issues of The Plain Brief! Congratulations Ruth. I still quote your 'write it like you'd say it to the client's face' line in team meetings."),
    ("me", "2024-10-28 08:45", "Thanks Harriet, that means a lot. And Hugh's onboarding emails go live next week, you'll have to tell me what clients think."),
])
ex.conv(G, "intro_request", "en", "newsletter reader who is a former client asks for intro to her designer friend", [
    ("fiona", "2024-09-24 11:00", "Hi Ruth, random one - do you know a good designer for an annual report? Ours is due in November and the agency we used has folded."),
    ("me", "2024-09-24 11:20", "Yes! Priya Raman at Raman Studio, she's great with data-heavy layouts. I'll intro you both by email now."),
    ("fiona", "2024-09-24 11:25", "Legend, thank you"),
])
ex.conv(G, "long_standing_colleague", "en", "former agency colleague checks in with small talk and a possible job later", [
    ("gemma", "2024-09-12 20:14", "How's freelance life? We might have a big B2B tender coming up early next year and I'd want you on the pitch team if it happens. Also I got a dog!!! photos at trivia"),
    ("me", "2024-09-12 20:30", "Freelance life is chaos but good. Count me in if it comes off. DOG. What kind??"),
    ("gemma", "2024-09-12 20:31", "A staffy called Biscuit. Brace yourself"),
])
ex.conv(G, "overflow_writer_followup", "en", "she follows up with the applicant after the paid test", [
    ("me", "2024-03-01 10:00", "Hi Zoe, your test piece was great. Want to start with about 8 hours a month at $70/hour? I'll send a simple contractor agreement."),
    ("zoe", "2024-03-01 10:35", "Yes!! That sounds great, thank you Ruth"),
])
ex.conv(G, "agency_project_update", "en", "agency contact confirms kickoff and first invoice", [
    ("marco", "2024-07-08 08:45", "Kickoff with the law firm is Thursday 10am at their office on William St. I've approved your 50% invoice, should hit this week."),
    ("me", "2024-07-08 09:00", "Great, I'll be there. I'll bring the question list."),
])

# ================================================================ WANTED PITCHES
ex.conv(W, "design_from_her_post", "en", "designer references her LinkedIn post about case study layouts; offers templates", [
    ("jess_d", "2024-04-23 10:30", "Hi Ruth, your post last week about case studies dying in 'a wall of grey boxes' made me laugh because I'm usually the person asked to make the grey boxes. I design case study templates for SaaS companies (InDesign and Figma) that are built around the interview structure you described: before moment, the turn, the numbers. If you ever have a client who needs the layout side, I'd love to be the designer you pass it to. Two examples: tamura.design/cases. No hard feelings if not!"),
    ("me", "2024-04-23 12:02", "Ha, thanks Jess. These are actually lovely. I've got a client with three case studies coming up - I'll mention you."),
])
ex.conv(W, "seo_from_her_talk", "en", "technical SEO consultant heard her breakfast talk and proposes a referral partnership", [
    ("matt_seo", "2024-05-13 09:15", "Hi Ruth, I was at the B2B breakfast last Thursday (table near the coffee, asked the question about pillar pages). You mentioned clients often launch your rewritten pages and then lose rankings because redirects are botched. That's exactly the bit I fix. Would you be open to a referral arrangement where I handle the migration checks for your site projects? I don't touch the words, promise."),
])
ex.conv(W, "proposal_tool_site_visit", "en", "software vendor noticed her rate card PDF and offers proposal tool with AU GST", [
    ("kylie", "2024-02-14 13:40", "Hi Ruth, I had a look at calder-copy.com.au while researching freelance writers in Melbourne. Your 'Work with me' page links a PDF rate card and then asks people to email you. We make Quotable, a proposal tool built in Brisbane: packages like your 'case study bundle' become a page clients can accept and pay a deposit on, with GST handled. Happy to set up your three packages for you as a trial if it sounds useful."),
])
ex.conv(W, "web_dev_specific_problem", "en", "developer spots her newsletter signup form broken on mobile", [
    ("arjun", "2024-07-03 21:10", "Hi Ruth, I subscribe to The Plain Brief (issue on jargon was great). FYI the signup form on your site doesn't submit on iPhone Safari - the button sits under the cookie banner. I'm a freelance dev and could fix it plus speed up the site (it's loading 4MB of fonts). About 3 hours' work, fixed $390. Screenshots if you want them."),
    ("me", "2024-07-04 08:05", "Oh no. Thank you for telling me! Yes please send the screenshots and let's do it."),
])
ex.conv(W, "accountant_mutual_contact", "en", "accountant for creatives reaches out via mutual contact Priya", [
    ("simone", "2024-06-10 11:00", "Hi Ruth, Priya Raman suggested I get in touch - she mentioned you're thinking about moving from sole trader to a company structure now that the agency work has grown. That's most of what I do (designers, writers, photographers). Happy to do a free 30 min chat to walk through whether it makes sense for you this year."),
])
ex.conv(W, "insurance_public_register", "en", "broker saw her new business name registration and offers PI cover for copywriters", [
    ("craig", "2024-02-08 10:20", "Hi Ruth, I noticed Calder Copy Pty Ltd was registered with ASIC last month - congrats on incorporating. A lot of writers don't realise their sole trader PI cover doesn't follow them into a new company. I specialise in small creative and professional services firms; a $2m PI policy for a copywriter your size usually sits around $600-800 a year. Happy to check what you've got now."),
])
ex.conv(W, "recruiter_relevant_role", "en", "recruiter with a contract role matching her SaaS case study work", [
    ("hannah_r", "2024-08-28 15:00", "Hi Ruth, I came across the Ledgerleaf customer stories on their site and saw your name in the credits. I'm recruiting for a 4-month contract at a Melbourne HR-tech SaaS who want someone to build their customer story program from scratch - interviews, writing, approvals. 2-3 days a week, remote-friendly, $1,000/day. It seems to fit what you already do; happy to share the brief."),
    ("me", "2024-08-29 09:12", "Thanks Hannah, I'm booked through October but send the brief - maybe for later."),
])
ex.conv(W, "transcription_from_her_article", "en", "transcription service references her article about interviewing customers", [
    ("leo", "2024-03-19 12:20", "Hi Ruth, I read your Plain Brief piece on interviewing customers for case studies ('stop typing while they talk'). We run Verbatim Lab out of Geelong: human-checked transcripts of customer interviews, done by people who understand Aussie accents and industry terms. We'd happily transcribe your next two interviews free so you can compare it to the auto tools."),
])
ex.conv(W, "agency_overflow_partner", "en", "agency proposes sending overflow B2B work after reading her portfolio", [
    ("amira", "2024-06-21 10:05", "Hi Ruth, thanks for connecting. We're a Sydney content agency and our B2B tech clients keep asking for long-form case studies we can't staff. I went through your portfolio - the Quarrystone and Ledgerleaf pieces are exactly the tone our clients want. Would you consider being one of two freelancers we send overflow to? We'd pay your standard rate, not an agency discount."),
    ("me", "2024-06-21 14:30", "Hi Amira, thanks for the kind words. Open to it, let's chat next week."),
])
ex.conv(W, "illustrator_newsletter", "en", "illustrator offers header art referencing a specific newsletter issue", [
    ("josie", "2024-08-07 19:40", "Hi Ruth! I've been reading The Plain Brief since about issue 40. For issue 97 you used a stock photo of a typewriter and wrote 'sorry about the typewriter' in the caption, which made me laugh. I'm a Melbourne illustrator and I'd love to draw a set of recurring header images for the newsletter, simple line drawings that fit your plain style. Sample sketch for 97 here: josiepark.art/brief. Rates are in the link."),
])
ex.conv(W, "training_from_press", "en", "trainer read the journalist's article quoting her and pitches corporate workshops", [
    ("paul_t", "2024-06-24 11:45", "Hi Ruth, I read your comments in Marketing Week AU on scoping AI-assisted drafts. We run in-house writing training for banks and consultancies and our clients keep asking for a session on exactly that. Would you consider running a half-day workshop under our banner? We pay presenters $2,500 per session plus prep."),
])
ex.conv(W, "client_portal_tools", "en", "vendor noticed she shares drafts via Google Docs links and Notion; offers client portal", [
    ("nadia", "2024-09-16 16:00", "Hi Ruth, in your pricing post you mentioned you lose half a day a month chasing clients for feedback across Google Docs comments, Notion and email. Clientnest is a client portal that pulls comments from Google Docs into one approval view with due dates. A few freelance writers in Melbourne use it. Want a 14-day trial with your Notion pages imported for you?"),
])

# ================================================================ JUNK
ex.conv(J, "generic_web_dev", "en", "generic website development pitch", [
    ("j_webx", "2024-05-02 04:12", "Hi Ruth,\n\nI hope this message finds you well. We are a leading web development company offering custom website design, e-commerce, mobile apps and digital marketing at affordable prices. Our team of 150+ experts has served clients in USA, UK and Australia.\n\nCan I share our portfolio?\n\nRegards,\nRahul"),
])
ex.conv(J, "generic_seo", "en", "generic SEO pitch; counterpart of the tailored SEO pitch", [
    ("j_seo", "2024-06-11 02:30", "Hello, I was checking your website and found it is not ranking on the first page of Google for important keywords. We can rank your website #1 with our white-hat SEO strategies. Guaranteed results in 90 days. Shall I send a free audit report?"),
])
ex.conv(J, "off_topic_solar", "en", "off-topic solar panel offer", [
    ("j_solar", "2024-02-27 17:00", "Hi Ruth, are you still paying too much for power? With the new government rebates, Melbourne business owners are getting 6.6kW systems installed for as little as $0 upfront. Can I book you in for a free assessment this week?"),
])
ex.conv(J, "off_topic_wine", "en", "off-topic corporate wine gifting", [
    ("j_wine", "2024-11-01 12:00", "Hi Ruth! Christmas is around the corner. Impress your clients this year with curated Yarra Valley wine hampers, custom branded. Order 20+ and get free delivery Australia-wide. Want me to send our catalogue?"),
])
ex.conv(J, "offers_her_own_service", "en", "AI copy tool offers exactly what she sells", [
    ("j_ai", "2024-03-26 22:05", "Hey Ruth - still writing website copy by hand? CopyPilot AI writes conversion-optimised pages, case studies and email sequences in under 60 seconds. Agencies are replacing freelancers and saving 80%. Try it free for 14 days 👉"),
])
ex.conv(J, "offers_her_own_service", "en", "case study factory offers the service she sells at a cut price", [
    ("j_cs", "2024-07-17 09:30", "Hi there, do you struggle to get customer case studies written? StoryStack delivers polished B2B case studies from just $199 each, written by our team of professional copywriters. Turnaround 5 days. Interested in a sample?"),
])
ex.conv(J, "capacity_new_clients", "en", "connect-then-pitch: 'do you have capacity for new clients?'", [
    ("j_cap", "2024-04-02 08:10", "Hi Ruth, thanks for connecting! Quick question - do you have capacity for 3-5 new clients next month?"),
    ("me", "2024-04-02 09:30", "Hi Ashley, depends on the project - what did you have in mind?"),
    ("j_cap", "2024-04-02 09:45", "Great! We help copywriters and creatives book 8-12 qualified sales calls per month on autopilot through LinkedIn outreach. No retainer until results. Open to a quick chat to see if it's a fit?"),
])
ex.conv(J, "like_minded_entrepreneurs", "en", "'let's connect as like-minded entrepreneurs' then a generic offer", [
    ("j_like", "2024-02-11 07:15", "Hey Ruth, always great to connect with like-minded entrepreneurs who are building something special. I'm on a mission to help 1,000 founders scale to 7 figures. Would love to hear your story and see how we can add value to each other!"),
])
ex.conv(J, "quick_15_min_call", "en", "quick 15-minute call request with no context", [
    ("j_15", "2024-08-20 23:50", "Hi Ruth, I'll keep this short. Do you have 15 minutes this week for a quick call? I think we could help Calder Copy grow faster. What does Thursday look like?"),
])
ex.conv(J, "connect_then_pitch", "en", "connect-then-pitch: small talk first, pitch in message 2", [
    ("j_ctp1", "2024-07-15 08:20", "Hey Ruth, thanks for accepting! How's your week going? Love seeing fellow creatives on here."),
    ("j_ctp1", "2024-07-17 08:20", "Anyway, wanted to share - we've built a system that helps freelancers double their rates in 60 days. It's a 6-week group program and we've got 3 spots left for July. Want the details?"),
])
ex.conv(J, "connect_then_pitch", "en", "connect-then-pitch after the owner answered the small talk (VA services)", [
    ("j_ctp2", "2024-03-19 10:00", "Hi Ruth! Fellow Melburnian, saw you're in Brunswick - best coffee in the city right? Which cafe is your go-to?"),
    ("me", "2024-03-19 12:40", "Ha, Tinker on Lygon St if I had to pick one!"),
    ("j_ctp2", "2024-03-19 12:55", "Love it! I'll have to try it. Btw, a lot of freelancers I chat to are drowning in admin. We provide trained virtual assistants from $9/hour for inbox, invoicing and scheduling. Would you like a free trial week?"),
])
ex.conv(J, "connect_then_pitch", "en", "connect-then-pitch: compliment then growth consulting pitch in message 3", [
    ("j_ctp3", "2023-11-21 09:00", "Thanks for connecting Ruth!"),
    ("j_ctp3", "2023-11-22 09:02", "Just read a bit about your work, impressive stuff. What's your biggest challenge in the business right now?"),
    ("j_ctp3", "2023-11-24 09:05", "Most service businesses I speak to say it's lead flow. At Scalefold we install a done-for-you client acquisition system. Worth a chat?"),
])
ex.conv(J, "connect_then_pitch", "en", "connect-then-pitch: social media management pitch after hello", [
    ("j_ctp4", "2024-08-27 07:30", "Hey Ruth 👋 great to be connected!"),
    ("me", "2024-08-27 08:10", "Hi Kara, likewise."),
    ("j_ctp4", "2024-08-27 08:12", "So we manage LinkedIn and Instagram for personal brands - 20 posts a month, engagement, growth. Copywriters especially benefit since clients look at your feed before hiring. Packages from $799/month. Want me to put together a proposal?"),
])
ex.conv(J, "follow_up_bump", "en", "outsourcing pitch followed by two bumps with no reply", [
    ("j_bump1", "2024-01-09 03:15", "Hi Ruth, we help Australian businesses cut bookkeeping and back-office costs by up to 60% with our offshore team. Would you be interested in a quick call?"),
    ("j_bump1", "2024-01-16 03:15", "Hi Ruth, just following up on my previous message. Let me know if you'd like to know more."),
    ("j_bump1", "2024-01-25 03:15", "Hi Ruth, bumping this to the top of your inbox in case it got buried!"),
])
ex.conv(J, "follow_up_bump", "en", "staffing pitch plus a bump", [
    ("j_bump2", "2024-09-03 05:40", "Good day Ruth, we provide dedicated content writers, graphic designers and developers on a monthly basis at 70% less cost. Kindly let me know your requirement."),
    ("j_bump2", "2024-09-12 05:41", "Hello Ruth, did you get a chance to see my message? Awaiting your response."),
])
ex.conv(J, "template_multi_sender", "en", "shared template 1/5: 'impressed by your profile, we help X professionals'", [
    ("j_t1", "2024-04-09 14:00", "Hi Ruth, I came across your profile and was genuinely impressed by what you've built at Calder Copy. We help creative professionals like you add $10k+ in monthly revenue with a proven outbound system. Would you be open to a brief chat next week?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 2/5 with different fill", [
    ("j_t2", "2024-04-12 15:30", "Hi Ruth, I came across your profile and was really impressed by your work in copywriting. We help marketing consultants like you add $15k+ in monthly revenue using a proven outbound system. Open to a short chat next week?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 3/5, slightly reworded", [
    ("j_t3", "2024-04-18 10:10", "Hey Ruth! Came across your profile and honestly impressed with what you're doing at Calder Copy. We help freelancers like yourself add an extra $10-20k per month through a proven outbound system. Would a brief call next week make sense?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 4/5 from a different company", [
    ("j_t4", "2024-05-06 11:45", "Hi Ruth, I came across your profile and was impressed by your B2B writing experience. We help service providers like you add $10k+ in monthly recurring revenue with our proven outbound system. Are you open to a brief chat next week?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 5/5 with a bump", [
    ("j_t5", "2024-05-21 09:00", "Hi Ruth, came across your profile and was impressed by what you've achieved as a copywriter. We help agency owners like you add 5 figures a month with a proven outbound system. Would you be open to a quick chat next week?"),
    ("j_t5", "2024-05-28 09:00", "Hi Ruth, circling back on this one - still keen to chat?"),
])
ex.conv(J, "merge_tag_failure", "en", "merge tag {first_name} left unfilled", [
    ("j_mt1", "2024-03-13 18:20", "Hi {first_name}, noticed {company_name} is growing fast! Outreachly helps teams like yours automate LinkedIn prospecting and book more meetings. Worth a look?"),
])
ex.conv(J, "merge_tag_failure", "en", "merge tag [Company] left in", [
    ("j_mt2", "2024-06-25 13:05", "Hi Ruth, I've been following [Company] for a while and love what your team is doing in the [Industry] space. GrowthGrid can help you scale your pipeline. Can we find 20 minutes?"),
])
ex.conv(J, "merge_tag_failure", "en", "wrong name in greeting (Rebecca) from a list", [
    ("j_mt3", "2024-07-30 16:50", "Hi Rebecca, I noticed your team at Calder Copy is scaling its IT infrastructure. Vectra Systems offers managed cloud and cybersecurity for growing enterprises. Could we set up a call with your CTO?"),
])
ex.conv(J, "merge_tag_failure", "en", "wrong company and role: recruiting pitch to 'Head of HR at Ledgerleaf'", [
    ("j_mt4", "2024-10-08 10:30", "Hi Ruth, as Head of People at Ledgerleaf you're probably hiring across engineering this year. Brightpath HR can fill roles 40% faster with our AI-matched talent pool. Do you have time next week?"),
])
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail from a CRM vendor", [
    ("j_sp1", "2024-05-15 12:00", "<p>Hi Ruth,</p><p>Small businesses using Hubwell CRM close <strong>27% more deals</strong>. Start your free trial today &ndash; no credit card needed.</p><p><a href=\"https://hubwell.example/trial\">Try Hubwell free</a></p>"),
], title="Sponsored Conversation", subject="Close more deals this quarter")
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail from a business bank", [
    ("j_sp2", "2024-08-01 12:00", "<p>Hi Ruth,</p><p>Get paid faster with a Nimbus Business account: instant invoicing, 0&#37; monthly fees for your first year and a $200 welcome bonus.</p><p>Open an account in 10 minutes.</p>"),
], title="Sponsored Conversation", subject="Your $200 business bonus")
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail from an online course platform", [
    ("j_sp3", "2024-10-02 12:00", "<p>Ruth, upskill in AI for marketers.</p><p>Join 40,000 professionals on Learnery. Certificates from top universities. <b>50% off this week only.</b></p>"),
], title="Sponsored Conversation", subject="50% off AI for Marketers")
ex.conv(J, "paid_award", "en", "paid 'award' finalist that asks for an entry fee", [
    ("j_award", "2024-06-05 10:00", "Dear Ruth,\n\nCongratulations! Calder Copy has been shortlisted as a finalist in the 2024 Australian Small Business Excellence Honours (Creative Services category). To confirm your place and receive your finalist trophy and digital badge, a participation fee of $495 + GST applies. Gala dinner tickets are available separately.\n\nKind regards,\nMelissa"),
])
ex.conv(J, "paid_podcast_slot", "en", "podcast 'feature' that requires a sponsorship fee", [
    ("j_pod", "2024-09-18 08:40", "Hi Ruth! Our producers picked you as a potential guest on Founder Fire, top 1% podcast with listeners in 60 countries. Guests cover a small production contribution of $750 which includes a professionally edited episode and social clips. Shall I send the booking link?"),
])
ex.conv(J, "paid_feature", "en", "magazine 'feature' requiring a fee", [
    ("j_mag", "2024-02-20 11:25", "Hi Ruth, we'd love to feature you in our upcoming 'Top 20 Women in Business to Watch' edition of Leaders Quarterly AU. Featured profiles include a full-page interview and professional photos. The feature investment is $1,290. Spots close Friday!"),
])
ex.conv(J, "fluent_named_generic", "en", "fluent pitch naming her company that could be sent to anyone", [
    ("j_named", "2024-09-25 14:15", "Hi Ruth, Calder Copy clearly cares about quality content, which is exactly why I'm reaching out. Scribely gives teams like yours an AI workspace to brainstorm, draft, and publish content faster while keeping your brand voice consistent. Companies similar to Calder Copy have cut production time in half. Would it be worth a conversation to see if Scribely could support Calder Copy's goals for next quarter?"),
])
ex.conv(J, "generic_recruiter", "en", "irrelevant full-time sales role; counterpart of the tailored recruiter", [
    ("j_rec", "2024-08-14 13:00", "Hi Ruth, I have an exciting opportunity for a Business Development Manager with a leading FMCG company in Dandenong. Base $110k + car + commission. Your profile looks like a great match. Are you open to a confidential chat?"),
])
ex.conv(J, "generic_insurance", "en", "generic insurance pitch; counterpart of the tailored broker", [
    ("j_ins", "2024-03-05 09:50", "Hi Ruth, is your business properly protected? CoverQuick compares 20+ insurers to find small businesses the best price on public liability, PI and cyber insurance. Get a quote in 2 minutes!"),
])
ex.conv(J, "generic_proposal_software", "en", "generic proposal software; counterpart of the tailored vendor", [
    ("j_prop", "2024-04-29 20:00", "Hi Ruth, sales teams using Proposify Pro Suite close deals 3x faster with beautiful proposals, e-signatures and analytics. Book a demo and get 30% off your first year."),
])
ex.conv(J, "generic_transcription", "en", "generic transcription service; counterpart of the tailored one", [
    ("j_trans", "2024-05-30 06:30", "Dear Sir/Madam, TranscribeHub Global offers 99% accurate transcription, translation and captioning services in 50+ languages at the lowest rates. Please let us know if you have any requirement."),
])
ex.conv(J, "ghostwriting_pitch", "en", "LinkedIn ghostwriting pitch - close to what she sells, generic", [
    ("j_ghost", "2024-01-31 19:00", "Ruth, most founders know they should post on LinkedIn but never find the time. We ghostwrite thought leadership posts that get 10x engagement. 3 posts/week, fully done for you. Can I show you some examples?"),
])
ex.conv(J, "generic_bookkeeping", "en", "generic offshore bookkeeping pitch", [
    ("j_books", "2024-07-02 03:00", "Hi Ruth, EOFY is done but is your bookkeeping ready for next year? BooksDone Offshore provides Xero certified bookkeepers from $15/hr. Free consultation."),
])
ex.conv(J, "mlm_opportunity", "en", "connect-then-pitch 'business opportunity' MLM", [
    ("j_mlm", "2023-09-05 21:00", "Hey lovely!! Thanks for connecting 💕 I love your profile, you seem like such a driven woman"),
    ("j_mlm", "2023-09-06 20:45", "I'm expanding my team and looking for ambitious women who want an extra income stream from their phone. No experience needed! Can I send you a quick video? No pressure x"),
])
ex.conv(J, "generic_design_agency", "en", "generic design agency pitch; counterpart of the tailored designer", [
    ("j_design2", "2024-04-30 07:20", "Hi, we are a creative agency providing logo design, brochures, presentations, social media creatives and case study designs at very reasonable prices. Unlimited revisions. Can we work together?"),
])
ex.conv(J, "off_topic_investment", "en", "off-topic investment/crypto yield offer", [
    ("j_crypto", "2024-03-08 02:10", "Good evening Ruth, I am helping selected professionals in Australia grow their savings with a low-risk digital asset strategy yielding 4-8% monthly. Would you like to know how my clients are doing it?"),
])
ex.conv(J, "paid_speaking_slot", "en", "pay-to-speak conference slot", [
    ("j_events", "2024-08-08 15:00", "Hi Ruth, we're curating speakers for the Future of Business Summit in Sydney. Your profile stood out! Speaking packages start at $2,400 and include a 15-minute keynote slot, a booth and inclusion in the summit e-book. Interested?"),
])

ex.write(OUT,
         profile={"First Name": "Ruth", "Last Name": "Calder",
                  "Headline": "B2B copywriter for SaaS and professional services | Case studies, websites, email | Writer of The Plain Brief",
                  "Summary": "I write websites, customer case studies and email sequences for SaaS and professional-services firms. Agencies bring me in when the product is clever and the copy isn't. I also write The Plain Brief, a fortnightly newsletter about plain B2B writing.",
                  "Industry": "Writing and Editing", "Zip Code": "3056",
                  "Geo Location": "Melbourne, Victoria, Australia",
                  "Websites": "[COMPANY:calder-copy.com.au]"},
         positions=[{"Company Name": "Calder Copy", "Title": "Freelance B2B copywriter",
                     "Description": "Websites, case studies and email sequences for SaaS and professional services. Subcontract for agencies.",
                     "Location": "Melbourne, Victoria, Australia", "Started On": "Mar 2018", "Finished On": ""},
                    {"Company Name": "The Plain Brief", "Title": "Writer", "Description": "Fortnightly newsletter on plain B2B writing.",
                     "Location": "Melbourne", "Started On": "Jan 2021", "Finished On": ""},
                    {"Company Name": "Bellbird", "Title": "Senior Copywriter", "Description": "",
                     "Location": "Melbourne", "Started On": "Feb 2013", "Finished On": "Feb 2018"}],
         skills=["Copywriting", "B2B Marketing", "Case Studies", "Email Marketing", "Content Strategy",
                 "Website Copy", "Messaging", "Editing"])
print(ex.summary())

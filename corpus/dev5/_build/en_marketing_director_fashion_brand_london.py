"""Persona: in-house marketing director of a mid-size London fashion label (2026 layout).

Written blind to the detector in session 2. Every message is hand-written for this corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-marketing-director-fashion-brand-london"
OUT = Path(__file__).resolve().parents[1] / SLUG
SPONSORED = "Sponsored Conversation"

owner = Person("me", "Philippa Nwosu", "https://www.linkedin.com/in/philippa-nwosu-mf",
               "Marlowe & Finch", "Marketing Director")
ex = Export(SLUG, "2026", owner)
P = ex.person

# ---------------------------------------------------------------- people: genuine
P("buyer", "Ruth Castellane", "Harcourt & Reeve", "Senior Buyer, Womenswear", connected="2023-02-14")
P("pr", "Dominic Ashby", "Linden Row PR", "Account Director", connected="2021-09-03")
P("pr2", "Saskia Morel", "Linden Row PR", "Senior Account Executive", connected="2024-05-20")
P("model", "Fenella Groves", "Northlight Models", "Booker", connected="2022-11-08")
P("student", "Aiyana Brooks", "London College of Fashion", "BA Fashion Marketing student")
P("photog", "Tomasz Wierzbicki", "", "Fashion photographer", connected="2020-06-30")
P("ceo", "Graham Finch", "Marlowe & Finch", "Co-founder & CEO", connected="2019-01-10")
P("ecom", "Leila Haddad", "Marlowe & Finch", "Head of E-commerce", connected="2021-04-02")
P("excol", "Bethany Cole", "Aubade Studio", "Brand Director", connected="2018-03-19")
P("journo", "Marcus Oyelaran", "The Cut Sheet", "Retail Correspondent")
P("conf", "Helena Sørensen", "Fashion Futures Forum", "Programme Lead", connected="2024-09-12")
P("applicant", "Oliver Tang", "", "Marketing Assistant", connected="2025-10-02")
P("applicant2", "Precious Adeyemi", "", "Social Media Coordinator")
P("printer", "Neil Hargreaves", "Calder Print Works", "Account Manager", connected="2022-01-25")
P("stylist", "Camille Duret", "", "Freelance stylist", connected="2023-07-07")
P("creator", "Jade Montgomery", "", "Content creator (fashion)", connected="2025-04-11")
P("intro", "Samuel Achebe", "British Fashion Network", "Membership Manager", connected="2020-10-15")
P("intro_t", "Rhiannon Pryce", "Pryce Knitwear", "Founder")
P("talk1", "Hannah Voss", "Kingsway Retail Group", "Marketing Manager")
P("talk2", "Yusuf Karim", "", "Brand Strategist")
P("talk3", "Elodie Marchetti", "Cartwright Denim", "Marketing Executive")
P("lead", "Naomi Fairweather", "Bramble & Sloe Hotels", "Guest Experience Director")
P("mentor", "Priya Raman", "University of the Arts London", "Course Leader, MA Fashion Management",
  connected="2019-05-02")
P("uni", "Grace Whitfield", "Marlowe & Finch", "Marketing Coordinator", connected="2024-02-05")
P("vend_photo", "Lars Eklund", "Eklund Studios", "Studio Manager", connected="2023-03-01")
P("charity", "Moira Devlin", "Threads of Hope", "Partnerships Lead", connected="2022-08-22")
P("recruit_ok", "Ffion Roberts", "Tailor & Thread Search", "Partner, Fashion & Luxury",
  connected="2021-12-01")
P("munich", "Katharina Brenner", "Brenner Mode München", "Inhaberin", connected="2025-06-20")
P("w_window", "Declan Furey", "Furey Display Works", "Studio Lead")
P("friend", "Zara Whitlock", "", "Interior designer", connected="2016-04-04")

# ---------------------------------------------------------------- people: wanted pitches
P("w_pack", "Eitan Rosenfeld", "Pulp & Fold Packaging", "Business Development")
P("w_returns", "Maja Lindqvist", "Fitwise Analytics", "Co-founder")
P("w_location", "Oscar Pennington", "Salt House Locations", "Location Manager")
P("w_translate", "Anke Vogelsang", "Kettle Language Studio", "Founder")
P("w_recycle", "Kwame Osei", "Loop Textiles", "Partnerships Manager")
P("w_privacy", "Ruairi Doherty", "Fieldmark Privacy", "Principal Consultant")
P("w_popup", "Beatrice Lomax", "Granary Yard Estates", "Leasing Manager")
P("w_illus", "Sun-hee Park", "", "Illustrator")
P("w_ugc", "Dev Malhotra", "Stitchline Creators", "Brand Partnerships")
P("w_sizing", "Cerys Llewellyn", "Woolmark Fibre Lab", "Technical Marketing Lead")
P("w_film", "Theo Brannigan", "Ninefold Films", "Director / Producer")

# ---------------------------------------------------------------- people: junk
P("j_tpl1", "Brandon Kessler", "Amplifyd", "Partnerships Lead")
P("j_tpl2", "Chloe Ramirez", "Amplifyd", "Growth Associate")
P("j_tpl3", "Tyler Brooks-Hanley", "Amplifyd", "Brand Partnerships")
P("j_tpl4", "Aisha Khan", "Amplifyd", "Creator Success")
P("j_merge1", "Kevin Doyle", "LeadLadder", "Outbound Specialist")
P("j_merge2", "Sophie Lambert", "Printora", "Sales Executive")
P("j_merge3", "Rahul Mehta", "CodeCrafters Global", "BD Manager")
P("j_merge4", "Jenna Wilde", "Glow Awards Media", "Nominations Team")
P("j_ctp1", "Ethan Caldwell", "Caldwell Growth Partners", "Founder",
  connected="2025-06-02", invite=("IN", "2025-06-01 19:12", "Hi Philippa, love your work in fashion. Would be great to connect!"))
P("j_ctp2", "Mia Sorrentino", "ViralLoop Agency", "CEO",
  connected="2025-09-17", invite=("IN", "2025-09-16 08:40", ""))
P("j_ctp3", "Jordan Fenwick", "Apex Wealth Circle", "Entrepreneur | Investor | Mentor",
  connected="2025-11-03", invite=("IN", "2025-11-02 22:05", "Always looking to connect with ambitious leaders."))
P("j_ctp4", "Lucas Moreau", "Reachly", "Head of Partnerships",
  connected="2025-12-08", invite=("IN", "2025-12-07 10:30", ""))
P("j_bump1", "Gavin Pratt", "ScaleStack", "Account Executive")
P("j_bump2", "Nadia Petrova", "Bright Pixel Studio", "Business Developer")
P("j_crypto", "Liam Chen", "", "Web3 Strategist")
P("j_mlm", "Tasha Greene", "", "Independent Wellness Partner")
P("j_award", "Victoria Hale", "Retail Leaders Review", "Awards Director")
P("j_podcast", "Ben Archer", "The Founders' Mic Podcast", "Host & Producer")
P("j_feature", "Natalie Ford", "Luxe Executive Magazine", "Editorial Partnerships")
P("j_recruit1", "Craig Wallace", "SunPeak Energy", "Regional Sales Director")
P("j_recruit2", "Patrice Odum", "Global Talent Bridge", "Talent Partner")
P("j_offshore", "Arjun Nair", "Nexora Tech Solutions", "Business Development Executive")
P("j_seo", "Dylan Morgan", "RankRocket", "SEO Consultant")
P("j_erp", "Hugo Steiner", "FlowSuite ERP", "Sales Manager")
P("j_like", "Marco Bellini", "", "Serial Entrepreneur")
P("j_cap", "Ryan Dwyer", "", "Freelance Meta Ads Specialist")
P("j_fluent1", "Eleanor Whitcombe", "Tessellate Digital", "Client Partner")
P("j_fluent2", "James Rutherford", "Meridian Lead Co.", "Director")
P("j_fluent3", "Olivia Sanderson", "Cobalt Creative Agency", "New Business Director")
P("j_print", "Gary Holt", "QuickPrint Direct", "Sales")
P("j_spam1", "Max Power", "", "Digital Nomad")
P("j_spam2", "Alina Voronova", "", "Investment Consultant")
P("j_spam3", "Derek Stroud", "ContentMill Pro", "Founder")
P("j_video", "Sienna Hart", "ExplainerLab", "Creative Producer")
P("j_loans", "Owen Bradley", "FastCapital UK", "Business Funding Advisor")
P("j_ai", "Tariq Hussain", "PromptPilot AI", "Co-founder")
P("spon1", "Shopwave Commerce", "Shopwave Commerce", "",
  url="https://www.linkedin.com/company/shopwave-commerce")
P("spon2", "Northbridge Business School", "Northbridge Business School", "",
  url="https://www.linkedin.com/company/northbridge-business-school")
P("spon3", "CloudLedger", "CloudLedger", "", url="https://www.linkedin.com/company/cloudledger")

J, G, W = "junk", "genuine", "wanted_pitch"
c = ex.conv

# ================================================================= junk
# one template, four senders, spintax and different fills
c(J, "template_multi", "en", "influencer platform template 1/4", [
    ("j_tpl1", "2025-05-06 09:02", "Hi Philippa, I came across Marlowe & Finch and love what you're doing in the womenswear space! "
     "We help fashion brands get 3x ROAS through our network of 40,000+ vetted micro-creators. "
     "Would you be open to a quick 15-minute chat this week?"),
])
c(J, "template_multi", "en", "influencer platform template 2/4", [
    ("j_tpl2", "2025-06-19 14:31", "Hey Philippa! Stumbled across Marlowe & Finch and absolutely love what you're building in the fashion space. "
     "We help DTC apparel brands see 4x ROAS with our network of 40k+ vetted micro-influencers. "
     "Open to a quick 15 min call sometime this week?"),
])
c(J, "template_multi", "en", "influencer platform template 3/4, with bump", [
    ("j_tpl3", "2025-08-12 11:15", "Hi Philippa, came across Marlowe and Finch and really love what you're doing in the apparel space! "
     "We help lifestyle brands get 3.5x ROAS through our 40,000+ strong network of vetted nano and micro creators. "
     "Would you be up for a quick 15-minute chat next week?"),
    ("j_tpl3", "2025-08-19 11:16", "Just floating this back to the top of your inbox, Philippa :) worth a quick chat?"),
])
c(J, "template_multi", "en", "influencer platform template 4/4, spam folder", [
    ("j_tpl4", "2025-10-28 16:48", "Hi Philippa, I came across Marlowe & Finch and love what you're doing in the sustainable fashion space! "
     "We help brands like yours get 3x ROAS via our network of 40,000+ vetted micro-creators. "
     "Could we grab a quick 15-minute chat this week?"),
], folder="SPAM")

# merge-tag failures
c(J, "merge_tag_failure", "en", "{{first_name}} lead-gen", [
    ("j_merge1", "2025-04-14 08:03", "Hi {{first_name}},\n\nI noticed {{company_name}} is growing fast. We book 20+ qualified sales meetings "
     "a month for {{industry}} companies using our done-for-you outbound system. No retainers, pay per meeting.\n\n"
     "Worth a look?\n\nKevin"),
])
c(J, "merge_tag_failure", "en", "[Name] print shop", [
    ("j_merge2", "2025-07-01 10:20", "Dear [Name],\n\nPrintora offers premium business cards, flyers, roller banners and swing tags "
     "at trade prices with free next-day delivery across the UK. Use code FIRST20 for 20% off your first order!\n\n"
     "Kind regards,\nSophie"),
])
c(J, "merge_tag_failure", "en", "wrong name and wrong company, offshore dev", [
    ("j_merge3", "2025-09-09 06:55", "Hi Sarah, hope you are doing well. I see Marlow Fitness is expanding and thought you might need "
     "a dedicated offshore team for web and mobile app development. Our developers start at $18/hour. "
     "Can I share some case studies?"),
])
c(J, "merge_tag_failure", "en", "award nomination with unfilled company tag", [
    ("j_merge4", "2025-11-20 13:37", "Congratulations PHILIPPA!\n\nYou have been shortlisted for the 2026 Glow Awards in the category "
     "'Most Inspiring Leader' on behalf of {COMPANY}. To confirm your place at the ceremony and secure your "
     "winner's profile, please complete the registration (package from £1,495 + VAT).\n\nWarm wishes, Jenna"),
])

# sponsored InMail
c(J, "sponsored_inmail", "en", "ecommerce platform sponsored", [
    ("spon1", "2025-03-18 12:00", "<p>Hi Philippa,</p><p>Fashion brands on Shopwave convert <b>27% better</b> at checkout. "
     "Migrate this quarter and get your first 3 months free &amp; a dedicated launch manager.</p>"
     "<p><a href=\"https://example.com/shopwave\">Book a demo</a></p>"),
], title=SPONSORED, subject="Your checkout could be converting more")
c(J, "sponsored_inmail", "en", "executive MBA sponsored", [
    ("spon2", "2025-08-04 12:00", "<p>Philippa, ready for the boardroom?</p><p>Our Executive MBA is designed for senior leaders "
     "who want to lead with confidence. Applications for the January intake close soon.</p><p>Download the brochure today.</p>"),
], title=SPONSORED, subject="An MBA built around your career")
c(J, "sponsored_inmail", "en", "accounting software sponsored", [
    ("spon3", "2026-01-12 12:00", "<p>Hi Philippa,</p><p>Still chasing receipts at month-end? CloudLedger automates expenses "
     "for teams of 50+. Start a free trial &ndash; no card needed.</p>"),
], title=SPONSORED, subject="Month-end, minus the chaos")

# connect-then-pitch
c(J, "connect_then_pitch", "en", "small talk then growth agency pitch", [
    ("j_ctp1", "2025-06-02 08:15", "Thanks for connecting Philippa! How's your week going so far?"),
    ("me", "2025-06-02 12:40", "Good thanks, busy one with the summer drop."),
    ("j_ctp1", "2025-06-04 09:02", "Love that. Quick one - we help brands scale to 7 figures with paid social and email. "
     "I've got two slots left this month for a free growth audit, want one?"),
])
c(J, "connect_then_pitch", "en", "connect then viral agency pitch, no reply", [
    ("j_ctp2", "2025-09-17 18:20", "Hey Philippa, great to be connected! Always nice to grow the network with fellow creatives."),
    ("j_ctp2", "2025-09-19 10:05", "By the way, we've helped over 200 brands go viral on TikTok. Do you have 15 minutes on Thursday "
     "so I can show you how we'd do it for you?"),
])
c(J, "connect_then_pitch", "en", "connect then wealth mentorship", [
    ("j_ctp3", "2025-11-03 07:30", "Hi Philippa, thank you for accepting. I see you're a driven leader. What are your goals for 2026?"),
    ("j_ctp3", "2025-11-05 21:14", "I ask because I mentor a small group of high achievers on building passive income outside "
     "their 9-5. Spots are limited. Shall I send you the details?"),
    ("j_ctp3", "2025-11-12 20:02", "Philippa?"),
])
c(J, "connect_then_pitch", "en", "connect then lead-gen tool", [
    ("j_ctp4", "2025-12-08 11:11", "Hi Philippa, nice to connect. I enjoyed your post about the Christmas window displays!"),
    ("me", "2025-12-08 13:02", "Thank you! The team worked hard on them."),
    ("j_ctp4", "2025-12-09 09:45", "It shows! Curious, how are you currently generating B2B leads? Reachly automates LinkedIn "
     "outreach so you can book meetings on autopilot. Happy to set up a free trial for you."),
])

# follow-up bumps
c(J, "follow_up_bump", "en", "sales tool, three bumps", [
    ("j_bump1", "2025-04-02 15:00", "Hi Philippa, ScaleStack helps marketing teams consolidate their tools into one dashboard. "
     "Are you the right person to speak to about your martech stack?"),
    ("j_bump1", "2025-04-09 15:00", "Hi Philippa, following up on my note below. Would love to get your thoughts."),
    ("j_bump1", "2025-04-16 15:00", "Hi again, I know you're busy. Should I be speaking to someone else on your team?"),
    ("j_bump1", "2025-04-30 15:00", "Last try! If now isn't the right time, just let me know and I'll close your file."),
])
c(J, "follow_up_bump", "en", "web design studio, bumps", [
    ("j_bump2", "2025-07-22 09:30", "Hello, we are a creative studio from Kraków specialising in websites, logos and brand identity. "
     "We have worked with over 150 clients. Can I send our portfolio?"),
    ("j_bump2", "2025-07-29 09:31", "Hello again, just checking you saw my previous message?"),
])

# crypto / MLM
c(J, "crypto", "en", "web3 token launch for brands", [
    ("j_crypto", "2025-05-27 23:10", "gm Philippa! Fashion x Web3 is the next big wave. We're launching a token-gated loyalty "
     "protocol and early partners get an allocation of our governance token before listing. DM me for the whitelist link 🚀"),
], folder="SPAM")
c(J, "mlm", "en", "wellness business opportunity", [
    ("j_mlm", "2025-10-09 19:45", "Hiiii lovely! 💕 I've been watching your profile and you just have that boss babe energy. "
     "I've recently started my own business alongside my job with an amazing wellness brand and I'm looking for "
     "a few ambitious women to join my team. No experience needed! Can I send you a quick video?"),
])

# paid awards / podcast / feature
c(J, "paid_award", "en", "retail leader award, paid", [
    ("j_award", "2025-06-25 10:00", "Dear Philippa,\n\nOn behalf of the Retail Leaders Review judging panel, I'm delighted to "
     "inform you that you have been selected as a 2025 Top 40 Retail Marketing Visionary. Winners receive a feature "
     "in our digital edition, a crystal trophy and a winner's logo. To accept, the participation fee is £2,250.\n\n"
     "Victoria Hale, Awards Director"),
])
c(J, "paid_podcast", "en", "podcast guest slot for a fee", [
    ("j_podcast", "2025-09-02 14:22", "Hi Philippa, we'd love to have you as a guest on The Founders' Mic, listened to by "
     "thousands of business owners. We just ask for a small production contribution of $450 to cover editing. "
     "Shall I send the booking link?"),
    ("me", "2025-09-03 08:10", "Thanks, but I don't pay to appear on podcasts."),
    ("j_podcast", "2025-09-03 08:30", "Totally understand! We do have a reduced rate of $299 this month if that helps?"),
])
c(J, "paid_feature", "en", "magazine cover story sponsorship", [
    ("j_feature", "2025-12-01 11:45", "Hi Philippa, Luxe Executive Magazine is putting together our 'Women Redefining Business' "
     "issue and your story would be perfect. Featured profiles are offered as a sponsored editorial at £3,900, "
     "including a professional photoshoot. Interested?"),
])

# recruiting spam for unrelated jobs
c(J, "recruiting_spam", "en", "commission-only solar sales", [
    ("j_recruit1", "2025-05-13 17:05", "Hi Philippa, are you open to new opportunities? We're hiring self-employed solar "
     "consultants across the South East. Top performers earn £120k+ on commission, full training provided. Fancy a chat?"),
])
c(J, "recruiting_spam", "en", "generic talent pool", [
    ("j_recruit2", "2025-10-15 12:12", "Hello, I have multiple remote positions open in customer support, data entry and "
     "project coordination with flexible hours. Please send your CV to apply. Regards, Patrice"),
], folder="SPAM")

# off-topic products
c(J, "off_topic", "en", "SEO for law firms", [
    ("j_seo", "2025-03-25 09:40", "Hi Philippa, I help law firms rank #1 on Google for high-intent searches like "
     "'solicitor near me'. Would you like a free audit of your site?"),
])
c(J, "off_topic", "en", "manufacturing ERP", [
    ("j_erp", "2025-07-15 08:20", "Dear Philippa, FlowSuite ERP helps discrete manufacturers cut shop-floor downtime by "
     "up to 30%. I'd be happy to show you a live demo of our MRP module. When suits you?"),
])
c(J, "off_topic", "en", "business loans", [
    ("j_loans", "2025-11-26 10:10", "Hi Philippa, need working capital? FastCapital UK arranges unsecured business loans "
     "from £10k to £500k with decisions in 24 hours. Shall I check your eligibility?"),
])
c(J, "off_topic", "en", "AI prompt tool, generic", [
    ("j_ai", "2026-01-06 15:55", "Hey Philippa 👋 Happy new year! We just launched PromptPilot, an AI assistant that "
     "writes your LinkedIn posts for you in your own voice. 500+ founders already use it. Want early access?"),
])

# like-minded entrepreneurs / capacity / lead gen
c(J, "like_minded", "en", "like-minded entrepreneurs", [
    ("j_like", "2025-08-27 21:30", "Hi Philippa, I'm always keen to connect with like-minded entrepreneurs and explore "
     "synergies. I have several ventures across property, e-commerce and coaching. Let's jump on a call and see "
     "how we can add value to each other."),
])
c(J, "capacity", "en", "freelancer asking if she has capacity / wants ads help", [
    ("j_cap", "2025-06-10 13:13", "Hi Philippa, I'm a freelance Meta ads specialist with capacity for 2 new clients this month. "
     "Are you currently running ads? I can usually cut CPA by 30% in the first 60 days."),
])

# fluent junk naming the company, but generic and not her need
c(J, "fluent_generic", "en", "fluent agency pitch naming M&F, generic", [
    ("j_fluent1", "2025-04-23 10:05", "Hi Philippa,\n\nI've been following Marlowe & Finch for a while - the brand has a real "
     "point of view, which is rarer than it should be. At Tessellate we partner with ambitious consumer brands on "
     "digital transformation: strategy, CX, platform and performance under one roof. Our clients typically see "
     "meaningful uplift across the funnel within two quarters.\n\nI'd love to introduce the team and understand "
     "your priorities for the next 12 months. Would a 20-minute conversation next week work?\n\nBest,\nEleanor"),
])
c(J, "fluent_generic", "en", "fluent appointment-setting pitch naming M&F", [
    ("j_fluent2", "2025-08-06 07:50", "Philippa - congratulations on everything Marlowe & Finch has achieved. Brands at your "
     "stage usually hit a ceiling with wholesale growth, which is exactly where we come in. Meridian builds and runs "
     "a dedicated outbound team for you, so your pipeline of new stockists never dries up. We only work with a "
     "handful of companies per sector. Open to exploring?"),
    ("j_fluent2", "2025-08-14 07:52", "Hi Philippa, just resurfacing this in case it got buried."),
])
c(J, "fluent_generic", "en", "fluent creative agency pitch naming M&F, rebrand", [
    ("j_fluent3", "2025-10-21 16:30", "Hi Philippa, hope the AW launch went well at Marlowe & Finch. We're an award-winning "
     "creative agency working with brands in fashion, beauty, drinks and fintech. We believe every brand deserves a "
     "bold identity and we'd love to show you how a refresh could unlock your next chapter. Could I pop 15 "
     "minutes in your diary to walk you through our credentials?"),
])

# print shop generic, explainer video, content mill
c(J, "generic_vendor", "en", "generic print shop", [
    ("j_print", "2025-09-30 11:00", "Hi, QuickPrint Direct here. Flyers, posters, banners and stickers, all at unbeatable prices. "
     "Get a quote in 60 seconds on our website!"),
])
c(J, "generic_vendor", "en", "explainer video studio", [
    ("j_video", "2025-05-19 12:45", "Hi Philippa, did you know 89% of customers want to see more video from brands? "
     "ExplainerLab produces 60-second animated explainer videos from £995. Can I send some samples?"),
])
c(J, "spam_folder", "en", "digital nomad course, spam", [
    ("j_spam1", "2025-07-08 03:14", "Tired of the 9-5? I made £14k last month from my laptop in Bali. Comment YES and I'll send "
     "you my free masterclass 🌴"),
], folder="SPAM")
c(J, "spam_folder", "en", "investment consultant, spam", [
    ("j_spam2", "2025-12-15 05:20", "Hello dear, I am an investment consultant with a guaranteed return programme of 12% monthly. "
     "Let me know if you want more info. Regards"),
], folder="SPAM")
c(J, "generic_vendor", "en", "content writing mill", [
    ("j_spam3", "2025-11-11 09:09", "Hi Philippa, need blog content? We write SEO-optimised articles for any industry at £0.04/word, "
     "48-hour turnaround. Reply BLOG for a free sample."),
])

# ================================================================= wanted pitches
c(W, "tailored_pitch", "en", "packaging supplier citing plastic-free pledge", [
    ("w_pack", "2025-04-08 10:30", "Hi Philippa, I read in Marlowe & Finch's impact report that you're aiming to take "
     "single-use plastic out of e-commerce parcels by 2027, and that the polybag for knitwear is the tricky bit. "
     "We make moulded-fibre and glassine mailers for two London knitwear labels of a similar size to yours, sized "
     "for folded jumpers. Happy to send a box of samples to the studio so your warehouse team can try them on real "
     "orders - no call needed unless they work."),
    ("me", "2025-04-09 09:15", "That's genuinely useful timing. Please send them to Leila Haddad at the Hackney studio, "
     "she runs e-com ops."),
    ("w_pack", "2025-04-09 09:40", "Will do, they'll go out tomorrow. Thanks Philippa."),
])
c(W, "tailored_pitch", "en", "returns analytics citing their size-guide problem", [
    ("w_returns", "2025-05-14 08:45", "Hello Philippa - your interview in The Cut Sheet mentioned that returns on tailored "
     "trousers were running well above the rest of the range. We build fit analytics on top of Shopify return reasons "
     "and ran a public-data look at your size guide: the waist and rise figures jump more between 12 and 14 than "
     "between other sizes. Might be nothing, but I've put three slides together. Shall I share them?"),
])
c(W, "tailored_pitch", "en", "location house referencing their Margate campaign", [
    ("w_location", "2025-06-16 14:10", "Hi Philippa, I loved the light in your SS25 campaign shot in Margate. We look after "
     "a 1930s lido and two seafront houses on the Kent coast with similar soft north light, and we can close the lido "
     "on weekday mornings. If you're scouting for AW26 I can send a location pack with floor plans and day rates."),
])
c(W, "tailored_pitch", "en", "German translation for new Munich stockist launch", [
    ("w_translate", "2025-07-03 11:25", "Dear Philippa, congratulations on the Munich stockist announced last week. I noticed "
     "the German version of your site is still machine-translated (the care labels page calls wool 'Wolle-Material'). "
     "We're a small studio that localises fashion copy, product names and size guides for UK labels entering DACH. "
     "I've attached a corrected version of your care page as a sample, no charge."),
    ("me", "2025-07-04 16:02", "Ha, ouch. Thanks for this - can you send me your rates per word and for the size guide as a fixed fee?"),
], attachments={0: "https://www.linkedin.com/dms/care-page-de-sample.pdf"})
c(W, "tailored_pitch", "en", "textile recycling for their take-back scheme", [
    ("w_recycle", "2025-08-20 09:00", "Hi Philippa, I saw Marlowe & Finch is piloting an in-store take-back for worn knitwear "
     "in Islington. Most of what comes back through schemes like that is mixed-fibre and ends up downcycled. We sort and "
     "fibre-to-fibre recycle wool blends in Yorkshire and could give you traceable data per batch for the annual report. "
     "Would a short note on how we'd handle your Islington volumes be helpful?"),
])
c(W, "tailored_pitch", "en", "privacy consultant re loyalty app launch", [
    ("w_privacy", "2025-09-24 13:50", "Philippa, I noticed the 'Finch Circle' loyalty app is in beta. The sign-up flow currently "
     "pre-ticks the marketing consent box, which the ICO has taken a dim view of recently. We advise mid-size retailers on "
     "UK GDPR for CRM and loyalty. Happy to flag the three things I'd fix before launch, free, over email."),
    ("me", "2025-09-24 17:30", "Please do - forwarding to Leila as well."),
    ("w_privacy", "2025-09-25 09:05", "Sent to you both. Shout if anything is unclear."),
])
c(W, "tailored_pitch", "en", "pop-up space landlord", [
    ("w_popup", "2025-10-06 15:15", "Hi Philippa, your sample sale at the Shoreditch warehouse last spring had a queue round the "
     "block. We have a 140 sqm ground-floor unit at Granary Yard free from mid-November to January, on a short licence, "
     "footfall figures available. Could be a good Christmas pop-up for Marlowe & Finch - want the particulars?"),
])
c(W, "tailored_pitch", "en", "illustrator with mock-up for 10th anniversary", [
    ("w_illus", "2025-11-04 10:40", "Hi Philippa! I'm an illustrator who's worn Marlowe & Finch for years. I saw you're turning "
     "ten next spring and did a quick sketch of how the finch motif could work as a hand-drawn anniversary mark on "
     "tissue and tote bags - attached. If you're commissioning anniversary artwork I'd love to be considered."),
], attachments={0: "https://www.linkedin.com/dms/finch-anniversary-sketch.jpg"})
c(W, "tailored_pitch", "en", "creator agency with roster matched to their customer", [
    ("w_ugc", "2025-12-03 12:20", "Hi Philippa, I run brand partnerships at Stitchline. Looking at who comments on your posts, "
     "your customer skews 35-50, professional, Zone 2 London - not the Gen Z crowd most creator platforms push. "
     "We have eleven creators in exactly that bracket, several of whom already wear your Harrow coat unpaid. "
     "I can share their names and audience data; no platform fee, you'd contract them directly."),
    ("me", "2025-12-04 08:55", "This is the first creator pitch that actually reads like you've looked at us. Send the list."),
])
c(W, "tailored_pitch", "en", "wool lab offering fibre claim verification", [
    ("w_sizing", "2026-01-14 09:30", "Dear Philippa, your AW25 knitwear copy says 'responsibly sourced merino'. After the CMA "
     "green-claims guidance, several brands we work with are substantiating that wording with batch certificates. "
     "We can test and certify your merino lots and give your copywriters approved phrasing. Would that help before "
     "the SS26 product pages go live?"),
])
c(W, "tailored_pitch", "en", "filmmaker proposing knitwear mill doc", [
    ("w_film", "2025-03-11 16:05", "Hi Philippa, your Instagram stories from the Hawick mill visit did better than anything else "
     "on your feed that month, judging by comments. I make short documentaries about British manufacturing (my "
     "last one for a Scottish tweed mill is linked on my profile). I'd love to pitch a 3-minute film on the people "
     "who knit your jumpers. Could I send a one-page treatment?"),
])

# ================================================================= genuine
c(G, "retail_buyer", "en", "department store buyer, order and margins", [
    ("buyer", "2025-03-04 09:12", "Morning Philippa - we've had a strong first month with the Harrow coat in Manchester. "
     "I'd like to discuss a reorder and the AW26 range. Could we get a call in with your wholesale lead this week?"),
    ("me", "2025-03-04 10:05", "Great news! Looping in Sadie from wholesale. Thursday 2pm?"),
    ("buyer", "2025-03-04 10:20", "Thursday 2pm works. Also - we'd want to talk about the margin on the reorder, our "
     "standard is 2.7 intake."),
    ("me", "2025-03-04 11:00", "Understood, Sadie will bring numbers."),
])
c(G, "existing_agency", "en", "PR agency re press day", [
    ("pr", "2025-05-20 17:45", "Hi P, press day RSVPs are at 46, Vogue and the Standard confirmed. Do you want the "
     "sample rail steamed on site or delivered ready? Steaming on site is +£380."),
    ("me", "2025-05-20 18:30", "Delivered ready please. Can you send the final seating plan tomorrow?"),
    ("pr", "2025-05-21 09:10", "Will do. And the invoice for the May retainer is in your inbox."),
])
c(G, "existing_agency", "en", "PR agency new starter intro", [
    ("pr2", "2025-06-03 10:00", "Hi Philippa, I've just joined the Marlowe & Finch account team at Linden Row alongside "
     "Dom. I'll be handling influencer gifting going forward - do you have a current gifting list you'd like me to work from?"),
    ("me", "2025-06-03 11:24", "Welcome Saskia! Grace will send it over today."),
])
c(G, "booked_shoot", "en", "model agency about booked shoot, spam folder", [
    ("model", "2025-07-10 15:20", "Hi Philippa, confirming Ines is booked for the AW campaign 22-23 July, 9am call at Eklund "
     "Studios. Rate as agreed: £2,400/day plus 20% agency fee, usage 12 months UK/EU digital. Please send the call sheet when ready."),
    ("model", "2025-07-15 11:00", "Just checking you got this - no call sheet yet and I need to confirm travel."),
], folder="SPAM")
c(G, "student", "en", "student asking for dissertation interview", [
    ("student", "2025-11-18 14:00", "Dear Ms Nwosu, I'm a final-year BA Fashion Marketing student at LCF writing my dissertation "
     "on how mid-size British labels balance wholesale and DTC marketing. Would you be willing to answer five short "
     "questions by email? I completely understand if you're too busy."),
    ("me", "2025-11-19 08:30", "Happy to help, Aiyana. Send them over, I'll reply by the end of next week."),
    ("student", "2025-11-19 09:00", "Thank you so much! Sent to the email on your profile."),
])
c(G, "supplier_booked", "en", "photographer rates for campaign, owner started", [
    ("me", "2025-06-05 09:00", "Hi Tomasz, are you free 22-23 July for the AW campaign? Two days studio, one look-book."),
    ("photog", "2025-06-05 12:30", "Hi Philippa, yes I'm free. Day rate is £1,800, plus assistant £350/day and digi tech "
     "£450/day. Usage as last time?"),
    ("me", "2025-06-05 13:10", "Same usage. I'll get a PO raised."),
])
c(G, "colleague", "en", "CEO asking for board deck numbers", [
    ("ceo", "2025-09-29 07:40", "Morning - can you drop the CAC and email revenue numbers for Q3 into the board deck by Wednesday? "
     "Also, the agency pitch from Tessellate - did you see it? I'm not keen."),
    ("me", "2025-09-29 08:15", "Will do. And no, we're not engaging them."),
])
c(G, "colleague", "en", "e-com head on launch timing", [
    ("ecom", "2025-10-14 16:05", "Site will be ready for the AW drop on the 21st. Can marketing hold the email until 10am so "
     "we can warm the cache?"),
    ("me", "2025-10-14 16:20", "Yes, 10am. Thanks Leila."),
])
c(G, "former_colleague", "en", "former colleague congrats and catch-up", [
    ("excol", "2025-04-30 19:12", "Phil! Just saw the Margate campaign all over the tube. So proud of you. Lunch soon? "
     "I owe you about four."),
    ("me", "2025-04-30 21:00", "Bethany!! Thank you. Yes please - next Friday?"),
    ("excol", "2025-05-01 08:00", "Friday it is. Dishoom at 1?"),
])
c(G, "journalist", "en", "trade journalist request for comment", [
    ("journo", "2025-05-08 11:30", "Hi Philippa, Marcus from The Cut Sheet. I'm writing about returns in premium womenswear "
     "and would love a line or two from you on what's worked. Deadline is Monday noon. Could we speak for 10 minutes "
     "tomorrow?"),
    ("me", "2025-05-08 12:00", "Yes, I can do 10am. My number is on the press page."),
])
c(G, "speaker_invite", "en", "conference speaker invitation with fee", [
    ("conf", "2025-08-11 10:00", "Dear Philippa, we'd be delighted if you'd join a panel on 'Building brand love without "
     "discounting' at Fashion Futures Forum on 12 March. We offer a £500 honorarium, travel and a pass for one colleague. "
     "Could we book a short call to brief you?"),
    ("me", "2025-08-12 09:00", "I'd love to. Any time Thursday afternoon works for the briefing."),
])
c(G, "hiring", "en", "applicant for marketing assistant role", [
    ("applicant", "2025-10-02 20:15", "Hi Philippa, I've just applied for the Marketing Assistant role at Marlowe & Finch. "
     "I've spent two years at a Bristol boutique running their Instagram and email, and I'd love to bring that to a "
     "bigger team. I won't take up your time - just wanted to put a face to the application."),
    ("me", "2025-10-03 08:40", "Thanks Oliver - Grace is running the shortlist, I'll make sure she sees it."),
])
c(G, "hiring", "en", "applicant asking salary range", [
    ("applicant2", "2025-10-06 12:10", "Hello, I saw the Social Media Coordinator posting. Could you share the salary range "
     "and whether it's hybrid? I'm currently on £29k and want to make sure it's a fit before applying."),
    ("me", "2025-10-06 15:00", "Hi Precious, it's £30-33k, three days in the studio. Do apply!"),
])
c(G, "existing_vendor", "en", "existing print supplier quote for lookbook reprint", [
    ("printer", "2025-09-15 10:30", "Hi Philippa, quote for the lookbook reprint: 1,500 copies on the same 170gsm uncoated, "
     "£3.12/unit, delivery in 8 working days from proof sign-off. Let me know and I'll book it on the press."),
    ("me", "2025-09-15 11:45", "Go ahead, proof to Grace please."),
])
c(G, "existing_vendor", "en", "stylist invoice question", [
    ("stylist", "2025-08-01 18:00", "Hi lovely, invoice for the July shoot attached. I've added the two courier runs we discussed. "
     "Let me know if accounts need anything else."),
], attachments={0: "https://www.linkedin.com/dms/duret-invoice-0725.pdf"})
c(G, "creator_collab", "en", "creator following up on gifting she was offered", [
    ("creator", "2025-06-24 13:40", "Hi Philippa, Saskia at Linden Row sent me the linen set - thank you! I've shot a reel "
     "and would love your approval before it goes live Friday. What's the best email?"),
    ("me", "2025-06-24 14:10", "So kind, Jade! Send to Grace, she'll approve same day."),
])
c(G, "intro", "en", "warm introduction to knitwear founder", [
    ("intro", "2025-03-27 16:00", "Philippa, meet Rhiannon, who founded Pryce Knitwear in Powys. She's looking for advice on "
     "getting into department stores and I immediately thought of you. Rhiannon, Philippa heads marketing at Marlowe & Finch."),
    ("intro_t", "2025-03-27 17:30", "Thanks Samuel! Philippa, lovely to e-meet. No pressure at all - would you have 20 minutes "
     "for a call some time in April?"),
    ("me", "2025-03-28 09:00", "Of course. Thanks Samuel. Rhiannon, how is 10 April, 4pm?"),
])
c(G, "thanks", "en", "thanks after panel talk 1/3", [
    ("talk1", "2026-01-08 18:30", "Hi Philippa, thank you for your talk at the Retail Marketing Breakfast this morning. "
     "Your point about not discounting the hero product really stuck with me."),
])
c(G, "thanks", "en", "thanks after panel talk 2/3", [
    ("talk2", "2026-01-08 19:45", "Thank you for your talk at the Retail Marketing Breakfast today, Philippa - the bit about "
     "not discounting the hero product really stuck with me. Would be great to stay connected."),
    ("me", "2026-01-09 08:00", "Thanks Yusuf, glad it was useful!"),
])
c(G, "thanks", "en", "thanks after panel talk 3/3", [
    ("talk3", "2026-01-09 07:55", "Hi Philippa, thanks so much for the talk at yesterday's Retail Marketing Breakfast. "
     "The hero-product point really stuck with me."),
])
c(G, "inbound_lead", "en", "hotel group wants uniforms / collaboration - buys from them", [
    ("lead", "2025-12-10 11:00", "Hello Philippa, we're refitting front-of-house uniforms across our six Bramble & Sloe hotels "
     "and our design team loves your tailoring. Does Marlowe & Finch do corporate or co-branded orders? We'd be looking "
     "at around 300 pieces. Could we arrange a call to discuss pricing?"),
    ("me", "2025-12-10 12:30", "How lovely - yes, we've done two capsule collaborations. I'll connect you with Sadie, our "
     "wholesale lead, for pricing."),
    ("lead", "2025-12-10 13:00", "Perfect, thank you."),
])
c(G, "mentor", "en", "course leader asking for guest lecture", [
    ("mentor", "2025-02-18 10:00", "Hi Philippa, would you consider a guest lecture for the MA Fashion Management cohort in "
     "April? An hour on campaign budgeting would be gold. We can offer a small fee of £250."),
    ("me", "2025-02-18 13:00", "I'd be glad to, Priya. Send dates."),
])
c(G, "colleague", "en", "coordinator flags agency pitches", [
    ("uni", "2025-12-02 09:35", "Morning! Just so you know, four different people from Amplifyd have emailed the general inbox "
     "this year with the same script. Shall I just block the domain?"),
    ("me", "2025-12-02 09:50", "Yes please 😂"),
])
c(G, "existing_vendor", "en", "studio booking confirmation with deposit", [
    ("vend_photo", "2025-06-30 14:00", "Hi Philippa, Studio 2 is held for 22-23 July. We need a 30% deposit (£960) to confirm "
     "the booking by Friday, otherwise the hold releases. Bank details on the invoice."),
    ("me", "2025-07-01 09:00", "Paid this morning, please confirm."),
    ("vend_photo", "2025-07-01 10:30", "Received, you're confirmed. See you on the 22nd."),
])
c(G, "charity", "en", "charity partner about donated samples", [
    ("charity", "2025-03-20 12:00", "Hi Philippa, thank you again for the sample donation in February - it clothed 38 women "
     "going into job interviews. Would you be happy for us to mention Marlowe & Finch in our spring newsletter?"),
    ("me", "2025-03-20 15:00", "Of course, that's wonderful to hear."),
])
c(G, "headhunter_relevant", "en", "fashion headhunter with a relevant role (not spam)", [
    ("recruit_ok", "2025-09-08 09:00", "Hi Philippa, confidential one: a heritage British menswear house is looking for a "
     "Chief Brand Officer. It's a step up from your current role and I think your wholesale-to-DTC experience is exactly "
     "what they need. No pressure - would you be open to a discreet call?"),
    ("me", "2025-09-08 20:00", "Flattered, Ffion. Not looking right now, but let's catch up in the new year."),
])
c(G, "friend", "en", "friend asking for dinner", [
    ("friend", "2025-07-19 22:10", "Are you still on for Sunday roast at mine? Bring nothing except yourself"),
    ("me", "2025-07-20 09:00", "Yes! 1pm?"),
])
c(G, "existing_agency", "en", "PR agency annual fee renewal proposal", [
    ("pr", "2025-11-28 15:00", "Hi Philippa, ahead of renewal in January we've put together our 2026 proposal. Retainer would "
     "go from £6,500 to £7,000/month to include the Munich launch. Happy to walk you through it on a call next week?"),
    ("me", "2025-11-28 16:40", "Thanks Dom. Let's do Tuesday. I'll want to discuss the uplift."),
])
c(G, "booked_shoot", "en", "model agency booking option", [
    ("me", "2025-05-28 11:00", "Hi Fenella, could we put a first option on Ines for 22-23 July?"),
    ("model", "2025-05-28 11:45", "First option placed. I'll need confirmation by 20 June."),
])
c(G, "retail_buyer", "en", "buyer sends marketing materials request", [
    ("buyer", "2025-10-01 08:20", "Hi Philippa, for the Harrow coat window in Manchester we need 3 x A1 posters and the "
     "campaign film cut to 15s. Could your team send assets by the 10th?"),
    ("me", "2025-10-01 09:30", "Yes, Grace will send them over by the 8th."),
])
c(G, "journalist", "en", "journalist follow-up thanks", [
    ("journo", "2025-05-13 10:05", "The piece is live - thanks for your time, your quote leads the second section."),
])
c(G, "intro", "en", "ex-colleague introduces a freelance copywriter she recommends", [
    ("excol", "2025-11-05 12:30", "Hey, you mentioned needing a freelance copywriter for the anniversary. Lily Chambers did "
     "all our Aubade launches and she's brilliant. Shall I connect you?"),
    ("me", "2025-11-05 13:05", "Yes please!"),
])
c(G, "student", "en", "student thanks after interview", [
    ("student", "2025-12-01 17:00", "Thank you for your answers, Ms Nwosu - they were incredibly helpful and I'll send you "
     "the finished dissertation if you'd like."),
])
c(G, "event_invite", "en", "association networking invitation", [
    ("intro", "2025-09-22 10:00", "Philippa, the British Fashion Network autumn reception is on 16 October at the V&A. "
     "Members can bring a guest. Shall I put you down for two?"),
    ("me", "2025-09-22 10:30", "Yes please, two."),
])

c(W, "tailored_pitch", "en", "window display fabricator citing peeling vinyl", [
    ("w_window", "2026-01-20 10:10", "Hi Philippa, walked past your Marylebone store over Christmas - gorgeous scheme, but the "
     "printed vinyl on the left-hand window had started lifting at the corners by the second week (cold glass does that). "
     "We build windows for a few independents on Marylebone High Street using fabric-skin frames that avoid the problem. "
     "If you're planning spring windows, I'd be glad to quote the same design in fabric so you can compare."),
])
c(G, "stockist", "mixed", "Munich stockist, German greeting then English", [
    ("munich", "2025-09-03 08:30", "Liebe Philippa, vielen Dank für das schöne Paket mit den Lookbooks! Quick question in "
     "English so nothing gets lost: can we get the campaign images in 4:5 for our Instagram, and is there a German press "
     "text for the launch evening on 18 September? Viele Grüße aus München, Katharina"),
    ("me", "2025-09-03 10:00", "Hallo Katharina! Yes to both - the German press text is being localised this week, I'll send "
     "it with the 4:5 crops by Friday."),
    ("munich", "2025-09-03 10:15", "Wunderbar, danke!"),
])

ex.write(OUT, {
    "First Name": "Philippa", "Last Name": "Nwosu",
    "Headline": "Marketing Director at Marlowe & Finch | Womenswear | Brand & Campaigns",
    "Summary": "I lead brand, campaigns, CRM and PR for Marlowe & Finch, an independent British womenswear "
               "label with four London stores and 60 stockists. Previously brand at Aubade Studio.",
    "Industry": "Retail Apparel and Fashion", "Geo Location": "London, England, United Kingdom",
    "Websites": "[COMPANY:www.marloweandfinch.co.uk]",
}, [
    {"Company Name": "Marlowe & Finch", "Title": "Marketing Director",
     "Description": "Brand, campaigns, CRM, PR and social for an independent womenswear label.",
     "Location": "London", "Started On": "Mar 2021", "Finished On": ""},
    {"Company Name": "Aubade Studio", "Title": "Brand Manager", "Description": "",
     "Location": "London", "Started On": "Jan 2016", "Finished On": "Feb 2021"},
], ["Brand Marketing", "Fashion", "Campaign Management", "Public Relations", "CRM", "Retail Marketing",
    "Influencer Marketing"])
print(ex.summary())

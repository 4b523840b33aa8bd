"""dev12 persona (written blind as heldout18, session 3) 1: Rosalind Keegan, Director of Development at Tidewater Commons,
a mid-size environmental nonprofit (urban tree canopy, coastal resilience) in Boston.
English only, 2021 export layout. All message texts written by hand for this file.
Run: /work/main/.venv/bin/python corpus/dev12/_build/en_nonprofit_fundraising_director_boston.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-nonprofit-fundraising-director-boston"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Rosalind Keegan", "https://www.linkedin.com/in/rosalind-keegan-tidewater",
               "Tidewater Commons", "Director of Development")
x = Export(SLUG, "2021", owner)
p = x.person

# ---------------------------------------------------------------- people: genuine
p("harold", "Harold Pruitt", "Pruitt & Lowe LLP", "Partner; Board Treasurer, Tidewater Commons",
  connected="2016-05-02")
p("ingrid", "Ingrid Solberg-Hayes", "Solberg Family Office", "Principal", connected="2019-10-11")
p("marcus", "Marcus Oduya", "Hollis Family Foundation", "Senior Program Officer, Environment",
  connected="2018-02-20")
p("tess", "Tess Abernathy", "DonorLoom", "Customer Success Manager", connected="2020-01-15")
p("gwen", "Gwen Fairbanks", "Harborview Pavilion", "Director of Events", connected="2019-06-03")
p("luis", "Luis Carrasco", "Carrasco Kitchen Catering", "Owner", connected="2017-09-29")
p("dee", "Deirdre Mahoney", "Neponset Youth Rowing", "Executive Director", connected="2015-11-12")
p("simone", "Simone Achterberg", "Keel & Compass Search", "Partner, Nonprofit Practice",
  connected="2021-08-30", invite=("OUT", "2021-08-30 10:02",
                                  "Simone - Harold Pruitt suggested I reach out about our MGO search."))
p("jamal", "Jamal Whitfield", "", "Development Coordinator (seeking new role)")
p("priya", "Priya Raman", "Bay State Ledger", "Environment Reporter", connected="2020-07-21")
p("nora", "Nora Kilbride", "Kilbride Community Fund", "Trustee", connected="2019-03-08")
p("ben", "Ben Tranh", "Fenwick Harbor Bank", "VP, Community Relations", connected="2020-11-04")
p("claudia", "Claudia Brennan-Ortiz", "Atlantic Marine Insurance", "Head of People & Culture")
p("aisha", "Aisha Kamara", "Boston Food Justice Collaborative", "Development Manager",
  connected="2014-04-18")
p("walt", "Walter Greenleaf", "Retired", "Former Executive Director, Arnold Shore Land Trust",
  connected="2013-01-07")
p("kevin", "Kevin Sheehan", "Tidewater Commons", "Volunteer Program Manager", connected="2018-09-10")
p("lorraine", "Lorraine Baptiste", "Tidewater Commons", "Executive Director", connected="2017-02-14")
p("fiona", "Fiona Cheng", "Cheng Grants & Narrative", "Freelance Grant Writer", connected="2018-12-01")
p("russ", "Russell Dempsey", "", "Donor, Tidewater Commons (since 1998)")
p("carmen", "Carmen Ruiz", "City of Boston Parks & Recreation", "Urban Forestry Coordinator",
  connected="2020-04-27")
p("megan", "Megan O'Loughlin", "Wayfarer Outfitters", "Marketing Director", connected="2011-06-05")
p("hank", "Hank Petrosyan", "Petrosyan Print Works", "Owner", connected="2018-03-19")
p("yvette", "Yvette Lamothe", "South Shore Habitat Partners", "Chief Development Officer",
  connected="2016-10-23")
p("omar", "Omar Sato", "New England Nonprofit Summit", "Program Chair", connected="2019-09-17")
p("tamsin", "Tamsin Kerr", "Brightline Analytics", "Software Engineer")
p("rachel", "Rachel Dumont", "Dumont Photography", "Photographer", connected="2019-05-14")
p("graham", "Graham Ellery", "Ellery Capital", "Managing Director", connected="2021-10-28")
p("sofia", "Sofia Marchetti", "Nonna's Table (Eastie)", "Chef & Owner", connected="2020-02-09")
p("paige", "Paige Donnelly", "Tidewater Commons", "Development Intern (Summer 2022)",
  connected="2022-06-01")
p("elaine", "Elaine Whitcomb", "Mass Development Roundtable", "Chapter President",
  connected="2015-03-30")
p("victor", "Victor Mensah", "Harborline Community Foundation", "Board Chair", connected="2017-11-02")
p("june", "June Abernethy-Coles", "Greenway Arts Collective", "Director", connected="2012-08-16")
p("theo", "Theo Lindqvist", "Lindqvist Family DAF", "Donor", connected="2021-01-22")
p("maddie", "Maddie Flanagan", "UMass Boston", "Student, MS Environmental Sciences")
p("dana", "Dana Okafor", "Tidewater Commons", "Board Chair", connected="2016-01-09")

# ---------------------------------------------------------------- people: wanted pitches
p("leah", "Leah Brandvold", "Northbeam Prospect Research", "Founder")
p("dario", "Dario Fontaine", "Fontaine Live AV", "Owner")
p("kaya", "Kaya Winslow", "", "Independent Grant Strategist")
p("ned", "Ned Quigley", "Quigley Data Works", "DonorLoom Certified Consultant")
p("isabel", "Isabel Ferreira", "Hartwell Talent Partners", "Executive Search, Conservation Sector")
p("roger", "Roger Haldane", "Haldane Estate Law", "Attorney, Planned Giving")
p("bea", "Bea Marchbanks", "Old Colony Tree Farm", "Wholesale Sales")
p("finn", "Finn Okonkwo", "Lantern Reel Films", "Documentary Filmmaker")
p("sunny", "Sunita Pal", "MatchLift", "Partnerships Lead")
p("carl", "Carl Brophy", "Brophy Mailing House", "President")
p("ivy", "Ivy Sandoval", "TeamTrek Volunteering", "Nonprofit Partnerships")
p("wes", "Wesley Tran-Abbott", "", "Freelance Communications, Climate & Science")

# ---------------------------------------------------------------- people: junk
p("brent", "Brent Koenig", "ImpactMultiplier", "Growth Consultant")
p("kayla", "Kayla Rhodes", "GiveSurge Partners", "Nonprofit Growth Advisor")
p("trey", "Trey Hollister", "Donor Momentum Group", "Founder & CEO")
p("lena", "Lena Vogt", "SpendenKraft GmbH", "Business Development")
p("austin", "Austin Pryce", "P2P Rise", "Partnerships")
p("chad", "Chad Wexley", "Wexley Growth", "Fractional CMO")
p("marisol", "Marisol Pena", "Summit Grant Pros", "Account Executive")
p("derek", "Derek Vance", "BrightPath SEO", "SEO Specialist")
p("tiffany", "Tiffany Lane", "Leaders of Impact Magazine", "Editorial Director")
p("jared", "Jared Mills", "The Changemaker Hour", "Host & Producer")
p("glen", "Glen Ashcroft", "Ashcroft Wealth Screening", "Sales Director")
p("morgan", "Morgan Blake", "StageRight Event Productions", "Business Development")
p("kurt", "Kurt Sandoval", "ReelGood Video Co.", "Creative Director")
p("brianna", "Brianna Cole", "CRM Migrations Inc.", "Account Executive")
p("zane", "Zane Whitaker", "", "Serial Entrepreneur | Investor | Speaker",
  connected="2022-04-11", invite=("IN", "2022-04-11 07:48", "Hi Rosalind, let's connect!"))
p("holly", "Holly Brennan", "GreenTeam Days", "Corporate Experiences Lead")
p("nick", "Nick Farrow", "Consultant Connect", "Referral Partner")
p("sasha", "Sasha Ilyin", "CyberShield MSP", "Account Manager")
p("rick", "Rick Dalton", "Dalton Realty Group", "Investment Advisor")
p("blake", "Blake Summers", "", "Founder, CoinCause",
  connected="2022-01-17", invite=("IN", "2022-01-17 21:05", "Love your mission! Would be great to connect."))
p("erin", "Erin Kowalczyk", "Pipeline Pros", "SDR Team Lead")
p("colt", "Colt Harmon", "Harmon Staffing", "Recruiter")
p("deshawn", "DeShawn Price", "", "Executive Coach | Mindset | Abundance",
  connected="2022-05-02", invite=("IN", "2022-05-02 12:30", ""))
p("mia", "Mia Castellano", "Verdant Learning", "Learning Consultant",
  connected="2021-11-08", invite=("IN", "2021-11-08 09:15",
                                  "Hi Rosalind - fellow Boston nonprofit person here, would love to connect."))
p("pete", "Pete Lorne", "LedgerLite Offshore", "Business Development")
p("jen", "Jen Arbuckle", "Apex Nonprofit Solutions", "Client Success")
p("todd", "Todd Kimura", "GalaPro Auctions", "Sales")
p("ashley", "Ashley Greer", "", "Donor Retention Specialist",
  connected="2022-02-22", invite=("IN", "2022-02-22 16:40", "Hi Rosalind, I see we're both passionate about the environment!"))
p("vince", "Vince Moreau", "Moreau Leadership Awards", "Program Director")
p("logan", "Logan Tate", "Tate Digital", "Founder")
p("cassie", "Cassie Flint", "ScaleUp Nonprofits", "Strategist")
p("owen", "Owen Burke", "Burke Solar Solutions", "Energy Advisor")
p("sponsor1", "Clearwater MBA Online", "", "",
  url="https://www.linkedin.com/company/clearwater-mba-online")
p("sponsor2", "Ardent Card", "", "", url="https://www.linkedin.com/company/ardent-card")
p("howie", "Howard Finch", "Finch Fundraising Partners", "Principal",
  connected="2022-03-03", invite=("IN", "2022-03-03 11:11",
                                  "Rosalind, saw we're both in nonprofit fundraising in Boston. Let's connect!"))
p("gary", "Gary Oyelaran", "Oyelaran & Co", "Business Consultant")

c = x.conv

# ================================================================= GENUINE (35)
c("genuine", "board_member", "en", "board treasurer, gala table sponsors, long-standing", [
    ("harold", "2022-02-07 08:14", "Roz, quick one before Thursday's finance committee. Do we have the "
     "table sponsor numbers for the Canopy Gala yet? I told Dana I'd have a rough revenue line by then."),
    ("me", "2022-02-07 09:02", "Morning Harold! 11 tables committed so far, 4 verbal. At $7,500 a table "
     "that's $82.5k confirmed. I'll send the sheet tonight."),
    ("harold", "2022-02-07 09:10", "Perfect. You're a star. Go Bruins."),
])
c("genuine", "donor_gift_inquiry", "en", "major donor asks what a naming gift for the tree nursery costs "
  "- inbound lead who wants to give (buy)", [
    ("ingrid", "2022-03-15 13:40", "Hi Rosalind, my parents visited the Mattapan tree nursery site last "
     "weekend and came home smitten. We're wondering what a naming gift for the nursery would look "
     "like - is there a number you've set for that, and what would it include? Happy to get on a call."),
    ("me", "2022-03-15 14:22", "Ingrid, that's wonderful to hear! We've scoped the nursery naming at "
     "$250,000 over three years, which covers the greenhouse build-out and two seasons of operations. "
     "I'd love to walk you through the gift agreement - would Tuesday at 11 work for a call?"),
    ("ingrid", "2022-03-15 15:01", "Tuesday at 11 works. Send me the invite and whatever one-pager you "
     "have. Mom wants to know if the sign can be in her garden colors, lol."),
    ("me", "2022-03-15 15:05", "Ha! We can absolutely talk about the sign. Invite coming your way."),
])
c("genuine", "grantmaker", "en", "program officer, grant report and renewal call", [
    ("marcus", "2022-01-19 10:30", "Hi Rosalind - a reminder that the year-two report for the canopy "
     "equity grant is due Feb 28. Also, our board is reviewing renewals in April. Could we do a 30-min "
     "call in early February to talk about what a renewal ask might look like?"),
    ("me", "2022-01-19 11:48", "Thanks Marcus. Report's in progress - we beat the planting target "
     "(1,140 trees vs 1,000). Feb 3 or 4 afternoon works for a call. We're thinking of asking for "
     "$180k over two years, but happy to hear what's realistic."),
    ("marcus", "2022-01-20 09:05", "Feb 4 at 2pm. $180k is in range, bring the survival-rate data."),
])
c("genuine", "vendor_price_change", "en", "existing CRM vendor announces renewal price increase", [
    ("tess", "2021-11-02 15:20", "Hi Rosalind! Heads up before your renewal on Dec 1: DonorLoom is "
     "moving the Growth tier from $389 to $449/month starting in January. Since you're on an annual "
     "contract we can lock the current rate for one more year if you renew by Nov 30. Want me to send "
     "the paperwork?"),
    ("me", "2021-11-02 16:45", "Thanks for the heads up Tess. Yes please send it - and can you confirm "
     "the lock includes the extra 2 user seats we added in June?"),
    ("tess", "2021-11-03 09:12", "Confirmed, seats included. Paperwork in your inbox now."),
])
c("genuine", "venue_quote", "en", "owner started: asked gala venue for a quote, venue replies with prices", [
    ("me", "2021-09-13 10:05", "Hi Gwen - we're locking down the date for the 2022 Canopy Gala. Could "
     "you send a quote for Saturday April 30, 280 guests, seated dinner, the Harbor Room plus terrace? "
     "Same setup as 2019 more or less."),
    ("gwen", "2021-09-14 12:31", "Hi Rosalind, so glad you're coming back to us! For April 30, Harbor "
     "Room + terrace: room fee $9,800, nonprofit rate, F&B minimum $38,000. Terrace tent is extra "
     "($4,200) if you want a rain plan. Formal quote attached in email. I can hold the date for 14 days."),
    ("me", "2021-09-14 13:10", "Please hold it. I'll take it to the committee Thursday."),
    ("gwen", "2021-09-14 13:12", "Done, held until the 28th."),
])
c("genuine", "vendor_price_change", "en", "longtime caterer raises per-plate price because of food costs", [
    ("luis", "2022-01-25 17:55", "Hey Roz. Hate to send this one. With what chicken and produce cost "
     "now I have to move the gala menu from $92 to $104 a plate. I held it as long as I could. If it "
     "helps I can swap the short rib for a braised chicken and keep you at $98. Let me know, no rush."),
    ("me", "2022-01-26 08:20", "Luis, totally understand, everyone's feeling it. Let's do the chicken "
     "option at $98. Your food is the reason people come back every year, not kidding."),
    ("luis", "2022-01-26 08:41", "You're the best. Chicken it is."),
])
c("genuine", "peer_joint_offer", "en", "peer nonprofit proposes a joint grant application and joint "
  "corporate package", [
    ("dee", "2022-02-15 19:02", "Roz!! Crazy idea. The Neponset greenway funder wants multi-org "
     "proposals this round. What if we go in together - your planting crews + our kids doing the "
     "riverbank monitoring? We could also offer a joint corporate volunteer package, you do trees "
     "in the morning, we do rowing in the afternoon, split the fee 60/40 your way. Coffee?"),
    ("me", "2022-02-15 20:30", "I LOVE this. Coffee Friday at Flat Black? I'll bring our volunteer day "
     "pricing so we can figure out the package."),
    ("dee", "2022-02-15 20:34", "Friday 8am. Bring the good spreadsheet."),
])
c("genuine", "recruiter_engaged", "en", "executive search firm the owner hired for major gifts officer; "
  "she started the conversation", [
    ("me", "2021-08-30 10:20", "Hi Simone, thanks for connecting. Harold Pruitt spoke highly of your "
     "work with South Shore Habitat. We're hiring our first Major Gifts Officer and I'd like to talk "
     "about a retained search. Budget for the role is $85-95k."),
    ("simone", "2021-08-31 08:45", "Hi Rosalind, happy to. Our fee for retained searches is 25% of "
     "first-year base, in three installments. I can do a scoping call Thursday?"),
    ("me", "2021-08-31 09:30", "Thursday works, 1pm?"),
    ("simone", "2021-10-12 16:10", "Update: we have 4 candidates for the shortlist. Two with "
     "environmental backgrounds, one from higher ed, one from a hospital foundation. Decks coming Friday."),
    ("me", "2021-10-12 16:35", "Great news. Looking forward to it."),
])
c("genuine", "applicant", "en", "applicant for the development associate role", [
    ("jamal", "2022-03-28 21:14", "Hello Ms. Keegan, I just submitted my application for the "
     "Development Associate position. I've spent three years as development coordinator at a youth arts "
     "org in Lowell, mostly gift processing and our spring appeal. I've been a Tidewater volunteer at "
     "the Franklin Park plantings since 2020 - your crews are the reason I want to work in "
     "environmental fundraising. Thank you for considering me."),
    ("me", "2022-03-29 08:40", "Hi Jamal, thank you for reaching out, and for planting with us! I've "
     "passed your application to our hiring committee. You should hear from Kevin or me next week."),
])
c("genuine", "journalist", "en", "reporter asks for comment on heat islands", [
    ("priya", "2022-06-21 11:02", "Hi Rosalind - I'm writing about the heat wave and which neighborhoods "
     "have the least shade. Could someone from Tidewater talk to me today or tomorrow? Deadline Thurs noon."),
    ("me", "2022-06-21 11:15", "Hi Priya! Our canopy lead Dr. Amara Ijeoma is the right person. I'll "
     "connect you by email in 10 min. She's got the block-level maps for Dorchester and Mattapan."),
    ("priya", "2022-06-21 11:16", "amazing thank you"),
])
c("genuine", "thank_you_after_event", "en", "thank-you after Canopy Gala (1 of 3 near-duplicates)", [
    ("nora", "2022-05-01 10:12", "Rosalind, what a magical evening last night. Thank you for seating us "
     "with the young crew leaders - best table conversation I've had in years. Count the Kilbride Fund "
     "in for the paddle raise match again next year."),
    ("me", "2022-05-01 12:40", "Nora, thank you!! Your match got us over $140k on the paddle raise. "
     "So grateful."),
])
c("genuine", "thank_you_after_event", "en", "thank-you after Canopy Gala (2 of 3 near-duplicates)", [
    ("ben", "2022-05-01 11:30", "Rosalind - thank you for a wonderful evening last night. Our team had "
     "a blast and the crew leader speeches were incredible. Fenwick Harbor is proud to be a sponsor."),
])
c("genuine", "thank_you_after_event", "en", "thank-you after Canopy Gala (3 of 3 near-duplicates)", [
    ("june", "2022-05-01 14:05", "Thank you for a wonderful evening last night Roz! The crew leader "
     "speeches had me in tears. So proud of you and the whole Tidewater team."),
    ("me", "2022-05-01 18:22", "June thank you for coming!! Lunch soon?"),
    ("june", "2022-05-02 07:50", "Yes. Next week, you pick."),
])
c("genuine", "inbound_buyer", "en", "HR head wants to buy a corporate volunteer day package", [
    ("claudia", "2022-03-08 14:50", "Hi Rosalind, I got your name from Ben Tranh at Fenwick Harbor. "
     "We're looking to book a corporate volunteer day for about 60 employees in late May or June, "
     "ideally tree planting. Ben said you have packages with a fee that covers the trees. Could you "
     "send pricing and availability?"),
    ("me", "2022-03-08 15:30", "Hi Claudia, thanks for reaching out (and thanks Ben!). Our team planting "
     "day for 40-80 people is $12,000, which covers 75 trees, tools, crew leaders, lunch and a short "
     "talk from our urban forester. Open dates: May 21, June 4, June 11. Want me to hold one?"),
    ("claudia", "2022-03-09 09:12", "June 4 please. Can you send an invoice to our AP team? We'd also "
     "like a photo for our internal newsletter afterwards."),
    ("me", "2022-03-09 09:40", "Held! Invoice coming today, and yes, we'll get you photos."),
])
c("genuine", "corporate_sponsor", "en", "bank community relations renews sponsorship, asks for deck", [
    ("ben", "2021-12-06 09:45", "Hi Rosalind, budget season. We'd like to renew the Canopy Gala "
     "presenting sponsorship for 2022. Can you send the updated deck and the benefits list? Last year's "
     "level was $25k - anything change?"),
    ("me", "2021-12-06 10:30", "Ben, fantastic! Presenting is $30k this year because we added the "
     "fall planting day naming. Deck coming over today."),
], subject="2022 sponsorship")
c("genuine", "peer_catch_up", "en", "former colleague, long-standing, coffee in JP", [
    ("aisha", "2022-04-04 20:11", "Hiiii stranger. Saw the gala post. You look tired in the best way. "
     "Coffee in JP after it's all over? I have Food Justice gossip and a job question."),
    ("me", "2022-04-04 21:00", "Ha, accurate. YES. Week of May 9? Ula?"),
    ("aisha", "2022-04-04 21:02", "May 10, 9am, Ula. Done."),
])
c("genuine", "mentor_advice", "en", "owner started: asks retired ED for capital campaign advice", [
    ("me", "2022-01-11 19:30", "Walt, happy new year! Would you have an hour this month to talk "
     "feasibility studies? The board is getting excited about a capital campaign for the nursery and "
     "I want to make sure we don't skip steps."),
    ("walt", "2022-01-12 07:02", "Rosalind! Always. Don't let them skip the feasibility study. I'm "
     "free most mornings - come to the house, Marge will make scones."),
    ("me", "2022-01-12 08:15", "Thursday the 20th at 10? I'll bring the gift table draft."),
    ("walt", "2022-01-12 08:17", "See you then."),
])
c("genuine", "colleague", "en", "volunteer program manager, internal logistics", [
    ("kevin", "2022-04-19 07:35", "Roz, Fenwick Harbor volunteer day on the 23rd has 48 signups. Do we "
     "have enough gloves or should I order? Also their CEO wants to say a few words, ok with you?"),
    ("me", "2022-04-19 08:02", "Order 20 more gloves, use the usual place. And yes of course, just keep "
     "it under 5 min please, the crews have trees to get in the ground."),
])
c("genuine", "colleague", "en", "executive director, quick board prep", [
    ("lorraine", "2022-02-28 18:10", "Can you add a slide on the Hollis renewal to the board deck? "
     "Just the ask and timeline. Thx"),
    ("me", "2022-02-28 18:30", "Already on it - slide 7."),
])
c("genuine", "vendor_price_change", "en", "long-time freelance grant writer raises her rate, contract "
  "renewal", [
    ("fiona", "2021-12-14 12:00", "Hi Rosalind! Thanks for another great year. Quick note for planning: "
     "from February my hourly rate goes to $95 (from $85). For the retainer we'd be at $2,850/month for "
     "30 hours. I'd love to keep working on the state resilience grants with you. Want to talk scope?"),
    ("me", "2021-12-14 14:20", "Fiona, you're worth every penny and more. Let's keep the retainer - "
     "let's do a quick call in January about the spring calendar."),
    ("fiona", "2021-12-14 14:25", "Yay! I'll send a contract update."),
])
c("genuine", "donor_bequest", "en", "long-time donor writes from a new account about a bequest; landed "
  "in spam", [
    ("russ", "2022-05-24 16:48", "Dear Miss Keegan, my granddaughter set me up on this LinkedIn. I have "
     "given to Tidewater since 1998 when it was just the tree folks on Morton St. My wife and I are "
     "updating our wills and want to leave something to Tidewater. Who should our lawyer speak with? "
     "Thank you, Russell Dempsey"),
    ("me", "2022-06-02 09:15", "Dear Mr. Dempsey, I'm so sorry for my slow reply - your message was "
     "filtered to a folder I rarely check. Thank you for 24 years of support! I'd be honored to help "
     "personally. May I call you this week? My direct line is 617-555-0142."),
    ("russ", "2022-06-02 13:30", "Thursday afternoon is good. Russ"),
], folder="SPAM")
c("genuine", "city_permit", "en", "city urban forestry, permits for planting day", [
    ("carmen", "2022-03-30 13:22", "Hi Rosalind, the street tree permits for the Blue Hill Ave "
     "planting day are approved. I'll need the final crew list 5 days before. Also: the city can "
     "cover 20 of the tree pits this year instead of 15."),
    ("me", "2022-03-30 14:01", "Carmen, you just made my week. Crew list to you by April 18."),
])
c("genuine", "congrats", "en", "old friend congratulates her on promotion", [
    ("megan", "2021-07-08 09:33", "Director of Development!!! Look at you. Proud of you Roz. Remember "
     "when we ran the canoe rental at Wayfarer and you talked that guy into buying a kayak he didn't "
     "need? Knew it then."),
    ("me", "2021-07-08 12:15", "Hahaha I still feel bad about that kayak. Thank you Meg! Miss you."),
])
c("genuine", "vendor_quote", "en", "owner started: asked printer for annual report quote", [
    ("me", "2022-02-02 11:40", "Hi Hank, can you quote the annual report again? 2,500 copies, 24 "
     "pages, same recycled stock as last year, mailing in early April."),
    ("hank", "2022-02-03 08:55", "Hi Rosalind. 2,500 @ 24pp on the Mohawk recycled: $6,480. Paper went "
     "up about 12% since last year, sorry. If you go to 20 pages it's $5,690. Mail prep is the same $0.11 "
     "a piece."),
    ("me", "2022-02-03 09:30", "Let's do 24 pages. I'll send files by March 10."),
])
c("genuine", "peer_reference", "en", "peer at another org asks for a reference on a former employee", [
    ("yvette", "2022-04-12 15:44", "Hey Roz, got a candidate who worked under you in 2018-2020, Lindsay "
     "Park. Would you be willing to give a reference? 10 minutes on the phone this week?"),
    ("me", "2022-04-12 16:30", "Lindsay is wonderful, happy to. Wed after 3?"),
    ("yvette", "2022-04-12 16:31", "Wed 3:30, I'll call your cell."),
])
c("genuine", "speaking_invitation", "en", "real contact invites her to speak at a summit", [
    ("omar", "2021-10-04 10:10", "Hi Rosalind, we're putting together the New England Nonprofit Summit "
     "for March. Would you join a panel on hybrid fundraising events? You did such a smart job with the "
     "2021 virtual gala. Honorarium is modest ($300) but lunch is good."),
    ("me", "2021-10-04 13:00", "Omar, I'd be glad to. Send me the details!"),
])
c("genuine", "informational_interview", "en", "student asks for informational interview", [
    ("maddie", "2022-03-02 22:14", "Hi Ms. Keegan, I'm a grad student at UMass Boston in environmental "
     "sciences and I'm thinking about a career in nonprofit development. Would you have 20 minutes for "
     "an informational interview sometime? I'd be happy to meet wherever is convenient. Thank you!"),
    ("me", "2022-03-03 08:30", "Hi Maddie, happy to! How about a Zoom on March 10 at 4pm?"),
    ("maddie", "2022-03-03 08:45", "That's perfect, thank you so much!!"),
])
c("genuine", "vendor_deliverables", "en", "gala photographer sends gallery and invoice", [
    ("rachel", "2022-05-06 15:10", "Hi Rosalind, gallery's up (link in email), 412 edited shots. Invoice "
     "is $2,200 as quoted, net 30. Loved the crew leader portraits, those might be some of my favorites."),
    ("me", "2022-05-06 16:00", "Rachel, these are stunning. Paying this week."),
])
c("genuine", "investor_donor_intro", "en", "new connection, wealthy donor prospect introduced by board", [
    ("graham", "2021-10-29 09:20", "Rosalind, thanks for connecting. Dana Okafor speaks very highly of "
     "Tidewater. I'd like to learn more about the coastal resilience work before year-end giving. Do you "
     "have time for lunch in November?"),
    ("me", "2021-10-29 10:05", "Graham, thank you - I'd love that. Nov 9 or 10 near Post Office Sq?"),
    ("graham", "2021-10-29 10:20", "Nov 10, 12:30, Sultan's Kitchen is fine by me."),
])
c("genuine", "auction_donor", "en", "restaurant owner offers gala auction item", [
    ("sofia", "2022-02-21 14:33", "Ciao Rosalind! For the gala auction, I can do a dinner for 8 in the "
     "back room again, wine included. Last year it went for $3,100 right? Let's beat it!"),
    ("me", "2022-02-21 15:02", "Sofia you're amazing. Yes $3,100 - let's aim for 4!"),
])
c("genuine", "intern_thanks", "en", "intern thanks her at the end of the summer", [
    ("paige", "2022-08-19 17:01", "Hi Rosalind, today's my last day and I just wanted to say thank you "
     "for everything this summer. Writing the corporate partner profiles taught me so much. I'd love to "
     "stay in touch!"),
    ("me", "2022-08-19 17:30", "Paige, it was a joy having you. Please keep in touch and use me as a "
     "reference any time."),
])
c("genuine", "event_invitation", "en", "chapter president invites her to a breakfast (real contact)", [
    ("elaine", "2022-01-27 12:14", "Rosalind, our February breakfast is on donor retention and I'd love "
     "you at the head table. Feb 17, 7:30am, Omni Parker. On the house for you, of course."),
    ("me", "2022-01-27 13:00", "I'll be there, thanks Elaine!"),
])
c("genuine", "foundation_board_invite", "en", "community foundation board chair asks her to join a "
  "grants committee", [
    ("victor", "2022-03-21 08:50", "Rosalind, would you consider joining our grants committee for the "
     "environment portfolio? 4 meetings a year. No pressure, think about it."),
    ("me", "2022-03-24 19:45", "Victor, I'm honored. Let me check with Lorraine about conflicts of "
     "interest since we apply to you, then I'll get back to you."),
    ("victor", "2022-03-25 07:30", "Good instinct. We'd have you recuse on Tidewater of course."),
])
c("genuine", "donor_stock_gift", "en", "donor asks how to transfer a DAF / stock gift", [
    ("theo", "2021-12-20 14:05", "Hi Rosalind, I want to recommend a grant from our DAF and also move "
     "some appreciated stock before Dec 31. What's Tidewater's EIN and your broker DTC info?"),
    ("me", "2021-12-20 14:30", "Hi Theo, thank you so much! EIN is 04-5550193. I'll email our stock "
     "transfer letter with the DTC details right now so it's not sitting on LinkedIn."),
    ("theo", "2021-12-20 14:33", "Smart. Got it, thanks."),
])
c("genuine", "board_chair", "en", "board chair group thread with ED about the audit", [
    ("dana", "2022-06-09 07:15", "Morning both - auditors want the pledge receivable schedule by "
     "the 20th. Roz, can you own that?"),
    ("me", "2022-06-09 07:45", "Yes, I'll pull it from DonorLoom and have Harold check it."),
    ("lorraine", "2022-06-09 08:01", "Thanks both. Let's review at Tues check-in."),
], title="Audit prep", extra=["harold"])

# ================================================================= WANTED PITCHES (12)
c("wanted_pitch", "prospect_research", "en", "homework: her LinkedIn post about donor fatigue and "
  "year-end lapsed donors; offers a specific screening of lapsed donors", [
    ("leah", "2022-01-13 10:25", "Hi Rosalind, I read your post last week about 'year-end fatigue' - "
     "the line about 400 donors who gave in 2020 and went quiet in 2021 stuck with me. We're a two-person "
     "prospect research shop in Cambridge. For a lapsed cohort like that we usually run a one-off "
     "screen: capacity, recent moves, other environmental giving. For ~400 records it's a flat $1,200 "
     "and you'd get a ranked list of the 30 worth a personal call. If that's useful I'm happy to show "
     "you a redacted sample; if not, no worries at all."),
    ("me", "2022-01-14 08:50", "Leah, that's actually timely. Send the sample?"),
    ("leah", "2022-01-14 09:10", "On its way to your email. Thanks!"),
])
c("wanted_pitch", "event_av", "en", "homework: her summit panel on hybrid galas, and the venue she "
  "booked; tailored AV offer", [
    ("dario", "2022-03-18 16:40", "Hi Rosalind, I was in the room for your panel at the Nonprofit "
     "Summit yesterday. When you said the virtual audience in 2021 gave more per head than the room, "
     "I nearly stood up and clapped. I run a small AV company and we've done six events at Harborview "
     "Pavilion - I know where the terrace wifi dies. If you want a livestream of the paddle raise for "
     "donors who can't make it on April 30, we could do a two-camera stream with a giving link overlay "
     "for $3,400. Happy to walk the room with your team."),
    ("me", "2022-03-21 09:15", "Dario, the terrace wifi thing is so real. Can you send a quote to Kevin "
     "and me? Keen to talk."),
])
c("wanted_pitch", "grant_writing", "en", "homework: public state grant listing and its deadline, "
  "names the specific program", [
    ("kaya", "2021-11-16 13:05", "Hi Rosalind - the Commonwealth Resilience Fund just posted its "
     "round 3 RFP (deadline Jan 21) and for the first time 'urban heat mitigation through canopy' is an "
     "eligible category, up to $400k. Given Tidewater's Mattapan heat map work I think you'd be one of "
     "the strongest applicants in the state. I wrote two funded round-2 proposals (both coastal). I "
     "know you work with Fiona Cheng - I'd be glad to support her on the budget narrative, or just "
     "send you my notes on what the reviewers flagged last round, free. Your call."),
    ("me", "2021-11-16 15:30", "Kaya, thank you for flagging. We saw it but hadn't noticed the canopy "
     "category. Would love the notes - and I'll loop in Fiona."),
])
c("wanted_pitch", "crm_consulting", "en", "homework: visited her donation page, names a concrete "
  "problem with fee coverage and recurring gifts in her DonorLoom setup", [
    ("ned", "2022-02-09 11:20", "Hi Rosalind. I made a small gift on your donation page last night (go "
     "trees) and noticed two things that are probably costing you: the 'cover the processing fee' box "
     "adds the fee twice when someone picks monthly, and the monthly option only shows up after you "
     "pick an amount, so most people never see it. Both are DonorLoom form settings I fix for clients "
     "all the time. It's about two hours of work, $300. Screenshots in case you want to pass them to "
     "whoever manages the form."),
    ("me", "2022-02-09 13:02", "Wait, it charges the fee TWICE? Thank you for catching that. Yes please, "
     "let's get this fixed this week."),
    ("ned", "2022-02-09 13:10", "Can do Thursday. I'll send a one-paragraph SOW."),
])
c("wanted_pitch", "recruiter_relevant", "en", "homework: relevant CDO role, cites her campaign "
  "results from the public annual report", [
    ("isabel", "2022-06-14 09:00", "Hi Rosalind, I'm leading the search for a Chief Development Officer "
     "at a 120-person New England land trust (confidential for now, happy to share on a call). I read "
     "Tidewater's annual report - growing individual giving 38% in two years while launching a corporate "
     "volunteer line is exactly the profile the board asked for. Base range is $165-185k. Even if the "
     "timing isn't right, I'd value 20 minutes of your perspective."),
    ("me", "2022-06-15 20:10", "Hi Isabel, thank you - I'm not looking, but I'm happy to talk and maybe "
     "suggest a couple of people."),
])
c("wanted_pitch", "planned_giving", "en", "homework: mutual contact by name (board treasurer) "
  "suggested the outreach; bequest society workshop", [
    ("roger", "2022-04-06 14:25", "Rosalind, Harold Pruitt suggested I reach out - we sit on the "
     "Estate Planning Council together. He mentioned Tidewater is thinking about starting a legacy "
     "society. I run a one-hour donor seminar on 'leaving land and trees' that nonprofits host for "
     "older donors; I do it at no cost for organizations Harold vouches for, and simply ask to be listed "
     "as one of the referral attorneys. Would that be of interest?"),
    ("me", "2022-04-06 15:00", "Roger, yes - Harold mentioned you. Let's find a date this fall."),
])
c("wanted_pitch", "nursery_supplier", "en", "homework: press item about 1,000 trees in Dorchester, "
  "species mix; wholesale bare-root offer", [
    ("bea", "2022-05-17 10:50", "Hi Rosalind, I saw the Bay State Ledger piece about Tidewater "
     "planting 1,000 trees in Dorchester this fall, and that you're focusing on swamp white oak and "
     "hackberry for the salt-exposed streets. We grow both as bare-root whips on our farm in "
     "Bridgewater, about an hour from you. For 300+ whips we're at $18 each delivered, and we can "
     "hold stock until your October planting dates. Happy to send a species list or host your crew "
     "leaders for a farm visit."),
])
c("wanted_pitch", "video_production", "en", "homework: watched the impact video on her site, notes "
  "it is from 2019 and has no captions", [
    ("finn", "2022-03-01 19:40", "Hi Rosalind, I watched the 'Why Trees' video on your homepage - "
     "the footage of the kids measuring trunk diameters is lovely. Two thoughts: it's dated 2019, so it "
     "still shows the old Morton St office, and it has no captions, which matters for your city and "
     "state funders now. I'm a local documentary filmmaker. I'd add captions to the existing cut for "
     "$250, or shoot an updated 3-minute piece at the Mattapan nursery for $4,500. No pressure - the "
     "captions alone would be a quick win."),
    ("me", "2022-03-02 08:30", "Finn, the caption point is so fair. Let's start with captions."),
])
c("wanted_pitch", "matching_gifts_software", "en", "homework: her podcast remark about unclaimed "
  "matching gifts; names the missing employer lookup on her form", [
    ("sunny", "2022-04-26 12:10", "Hi Rosalind, I listened to your episode of 'Development Desk' where "
     "you said you suspect a third of your donors' matching gifts never get claimed. I checked your "
     "donation page and you're right to worry: there's no employer lookup after checkout. MatchLift "
     "plugs into DonorLoom forms and emails donors the exact match form for their employer. For "
     "organizations your size it's $99/month. Fenwick Harbor Bank, one of your sponsors, matches 1:1, "
     "so even a handful of their employees claiming would pay for it."),
])
c("wanted_pitch", "direct_mail", "en", "homework: the pitcher is a donor who received her spring appeal "
  "and names its specific mailing problem", [
    ("carl", "2022-04-20 15:15", "Hi Rosalind, full disclosure: I'm a $100-a-year Tidewater donor and I "
     "run a mailing house in Somerville. Your spring appeal reached me at my old address even though "
     "I moved in 2020 - which tells me the list probably isn't going through change-of-address "
     "processing. On a 9,000-piece mailing that's usually 6-8% wasted postage. We do NCOA plus print and "
     "mail for nonprofits; for your spring appeal size I estimate about $0.54 a piece all-in. Happy to "
     "run your list through NCOA for free once so you can see the number."),
    ("me", "2022-04-21 10:00", "Carl, thank you for being a donor - and for the free NCOA run, yes please!"),
])
c("wanted_pitch", "corporate_volunteer_platform", "en", "homework: her corporate volunteer page and "
  "pricing; offers listing to sell her days", [
    ("ivy", "2022-02-24 09:35", "Hi Rosalind, I came across the Tidewater corporate volunteer page - "
     "the $12k planting day is exactly the kind of experience our corporate clients in the Seaport keep "
     "asking us for. TeamTrek lists vetted nonprofit volunteer days for companies; we don't charge "
     "nonprofits, the company pays a 10% booking fee on top. Would you be open to listing your spring "
     "dates? Two of our clients have asked about tree planting specifically this month."),
    ("me", "2022-02-24 11:20", "Interesting! Let's talk. How do you handle cancellations?"),
    ("ivy", "2022-02-24 11:35", "Great question - 30 days notice, otherwise the company still pays you. "
     "I'll send our terms."),
])
c("wanted_pitch", "pr_freelancer", "en", "homework: news article quoting her; suggests a specific "
  "op-ed angle before heat season", [
    ("wes", "2022-06-24 08:05", "Hi Rosalind, I read Priya Raman's Ledger piece this week where your "
     "colleague Dr. Ijeoma said the shade gap between Back Bay and Mattapan is 3:1. That line deserves "
     "an op-ed of its own, ideally before the August heat wave. I'm a freelance science writer and I "
     "help climate nonprofits place op-eds in Boston and regional outlets. I'd draft it with Dr. Ijeoma "
     "for a flat $800 and handle pitching. Two clips attached so you can see my style."),
])

# ================================================================= JUNK (38)
# one template, five senders, varied fills; one in German
c("junk", "template_growth", "en", "template family 1/5: peer-to-peer fundraising system pitch", [
    ("brent", "2022-03-07 09:02", "Hi Rosalind, I came across your profile and was really impressed by "
     "the work Tidewater Commons is doing for the environment. We help nonprofits raise 3x more through "
     "our proven peer-to-peer fundraising system. Would you be open to a quick chat next week?"),
])
c("junk", "template_growth", "en", "template family 2/5: same template, different sender and fill", [
    ("kayla", "2022-03-09 14:17", "Hi Rosalind! I came across your profile and was truly impressed by "
     "the amazing work you're doing at Tidewater Commons. We help mission-driven organizations raise 3X "
     "more with our proven peer to peer fundraising framework. Open to a quick chat this week?"),
])
c("junk", "template_growth", "en", "template family 3/5: same template, follow-up bump", [
    ("trey", "2022-03-14 08:30", "Hello Rosalind, I came across your profile and was impressed by your "
     "leadership in environmental fundraising. Our team helps nonprofits triple their revenue using a "
     "proven peer-to-peer system. Would you be open to a brief chat?"),
    ("trey", "2022-03-21 08:30", "Hi Rosalind, just bumping this to the top of your inbox!"),
])
c("junk", "template_growth", "de", "template family 4/5: same template in German, sent to a Boston "
  "nonprofit", [
    ("lena", "2022-03-16 10:44", "Hallo Rosalind, ich bin auf Ihr Profil gestoßen und war sehr "
     "beeindruckt von Ihrer Arbeit bei Tidewater Commons. Wir helfen gemeinnützigen Organisationen, mit "
     "unserem bewährten Peer-to-Peer-System dreimal mehr Spenden zu sammeln. Hätten Sie Zeit für ein "
     "kurzes Gespräch?"),
])
c("junk", "template_growth", "en", "template family 5/5: same template, wrong emphasis", [
    ("austin", "2022-03-22 13:03", "Hey Rosalind - came across your profile, super impressed by what "
     "you're doing over at Tidewater Commons! We help orgs like yours raise 3x more with our proven "
     "P2P fundraising playbook. Worth a quick chat?"),
])
# merge-tag failures
c("junk", "merge_tag_failure", "en", "merge tag failure: {first_name} left in", [
    ("chad", "2022-02-01 07:12", "Hi {first_name}, I help nonprofit leaders build a marketing engine "
     "that brings in donors on autopilot. Most of my clients see results in 60 days. Can I send you a "
     "short video explaining how?"),
])
c("junk", "merge_tag_failure", "en", "merge tag failure: [Organization Name] placeholder", [
    ("marisol", "2022-01-10 11:00", "Dear Rosalind, at Summit Grant Pros we've helped over 500 "
     "organizations like [Organization Name] secure federal and foundation funding. Our grant writers "
     "have a 94% success rate. Let's schedule a call to discuss [Organization Name]'s funding goals."),
])
c("junk", "merge_tag_failure", "en", "merge tag failure: wrong first name", [
    ("derek", "2022-02-15 15:30", "Hi Rachel, I noticed your website isn't ranking on page 1 of Google "
     "for important keywords in your industry. We can fix that with our proven SEO strategy. Can I "
     "send you a free audit?"),
])
c("junk", "merge_tag_failure", "en", "merge tag failure: wrong organization named", [
    ("jen", "2022-04-08 10:10", "Hi Rosalind, love what you're doing at Charles Riverside Conservancy! "
     "Apex Nonprofit Solutions offers board training, strategic planning and fundraising audits for "
     "conservation groups. Would you have time for a 20-minute intro call?"),
])
# sponsored InMail
c("junk", "sponsored_inmail", "en", "sponsored InMail: online MBA", [
    ("sponsor1", "2022-02-18 12:00", "<p>Hi Rosalind,</p><p>Ready to lead at the next level? "
     "Clearwater's Online MBA for Nonprofit Leaders starts in September.</p><p>Apply by May 1 and "
     "save $2,000 on tuition &amp; fees.</p>"),
], title="Sponsored Conversation", subject="Lead with purpose")
c("junk", "sponsored_inmail", "en", "sponsored InMail: business credit card", [
    ("sponsor2", "2022-05-10 12:00", "<p>Rosalind, earn 3x points on travel &amp; dining.</p><p>The "
     "Ardent Business Card: no annual fee the first year. <b>Apply in minutes.</b></p>"),
], title="Sponsored Conversation", subject="A card that works as hard as you")
# paid awards / features / podcast
c("junk", "paid_award", "en", "paid award: 'Top 40 nonprofit leaders' with a fee", [
    ("tiffany", "2022-03-25 09:45", "Congratulations Rosalind! You've been selected as a finalist for "
     "Leaders of Impact Magazine's 'Top 40 Nonprofit Leaders of New England.' To confirm your feature "
     "and receive your award plaque and digital badge, a one-time editorial fee of $695 applies. "
     "Spots are limited!"),
])
c("junk", "paid_podcast", "en", "paid podcast slot", [
    ("jared", "2022-04-13 16:20", "Hi Rosalind, I host The Changemaker Hour, a top-ranked podcast for "
     "social impact leaders. We'd love to feature you as a guest! Our guest package is $750 and "
     "includes a professionally edited episode, 5 social clips and promotion to our 40K listeners."),
    ("jared", "2022-04-20 16:20", "Hi Rosalind - only 2 guest slots left for May. Shall I reserve one?"),
])
c("junk", "paid_award", "en", "paid leadership award with ceremony fee", [
    ("vince", "2022-06-01 10:30", "Dear Rosalind, on behalf of the Moreau Leadership Awards committee "
     "it is my pleasure to inform you that you have been nominated for Excellence in Philanthropic "
     "Leadership 2022. Honorees are recognized at our gala in Las Vegas. Honoree registration ($1,250) "
     "includes your crystal trophy and two gala seats."),
])
# generic counterparts of the wanted pitches
c("junk", "generic_prospect_research", "en", "generic counterpart of the prospect research pitch", [
    ("glen", "2022-01-24 09:00", "Hi Rosalind, do you know which of your donors could give 10x more? "
     "Ashcroft Wealth Screening analyzes your entire database against 40+ wealth indicators. Nonprofits "
     "using our platform raise an average of 27% more from major donors. Can I show you a 15-minute demo?"),
])
c("junk", "generic_event_av", "en", "generic counterpart of the AV pitch", [
    ("morgan", "2022-03-03 14:00", "Hi Rosalind, planning an event this year? StageRight Event "
     "Productions delivers world-class AV, staging and livestreaming for conferences, galas and "
     "corporate events nationwide. Let us know if you'd like a quote!"),
])
c("junk", "generic_video", "en", "generic counterpart of the video pitch", [
    ("kurt", "2022-02-28 10:30", "Hi Rosalind! Video is the #1 way to engage your audience in 2022. "
     "ReelGood Video Co. creates stunning brand videos, explainer animations and testimonials for "
     "businesses of all sizes. Packages from $2,999. Interested?"),
])
c("junk", "generic_crm_migration", "en", "generic counterpart of the CRM consulting pitch", [
    ("brianna", "2022-02-11 13:45", "Hi Rosalind, is your current CRM holding your team back? We "
     "migrate nonprofits to modern CRM platforms in 30 days with zero data loss. Would you be open to a "
     "quick call to see if we're a fit?"),
    ("brianna", "2022-02-18 13:45", "Following up on my note below - any interest?"),
    ("brianna", "2022-02-28 13:45", "Hi Rosalind, I don't want to be a pest so this is my last message. "
     "If CRM ever becomes a priority, I'm here!"),
])
# like-minded entrepreneurs / quick call / capacity / own product
c("junk", "like_minded_connect", "en", "'let's connect as like-minded entrepreneurs', then pitch", [
    ("zane", "2022-04-11 08:10", "Thanks for connecting Rosalind! Always great to connect with "
     "like-minded entrepreneurs and leaders. I'm building a network of high performers who want to "
     "scale their impact and income. Would love to hop on a call and see how we can add value to each "
     "other!"),
])
c("junk", "offers_her_own_service", "en", "offers exactly what Tidewater sells: corporate tree "
  "planting volunteer days", [
    ("holly", "2022-03-29 11:25", "Hi Rosalind, looking for a meaningful team building activity? "
     "GreenTeam Days organizes corporate tree planting experiences across Greater Boston - we handle "
     "trees, tools and guides, your team just shows up! Packages from $9,500 for up to 60 employees. "
     "Want our 2022 calendar?"),
])
c("junk", "capacity_for_clients", "en", "asks if she has capacity for new clients as if she were "
  "a consultant", [
    ("nick", "2022-05-05 09:50", "Hi Rosalind, quick question - do you currently have capacity for new "
     "clients? I run a referral network that sends consulting engagements to fundraising consultants. "
     "Members get 3-5 qualified leads a month. Let me know and I'll share how it works."),
])
c("junk", "quick_call", "en", "'quick 15-minute call', generic", [
    ("erin", "2022-01-31 15:15", "Hi Rosalind, would you be open to a quick 15-minute call this "
     "week? I think there's a real opportunity for Tidewater Commons to grow its pipeline. What does "
     "your calendar look like Thursday?"),
    ("erin", "2022-02-03 15:15", "Hi again Rosalind - does Thursday or Friday work for a quick 15?"),
])
# connect-then-pitch
c("junk", "connect_then_pitch", "en", "connect then pitch: small talk, owner answered, pitch in "
  "message 3", [
    ("mia", "2021-11-08 09:30", "Thanks for connecting, Rosalind! How's your fall going? Bet the "
     "planting season keeps you busy."),
    ("me", "2021-11-08 12:02", "Thanks Mia! It's been a busy one, we just wrapped up our last planting."),
    ("mia", "2021-11-09 08:15", "Love that! So, the reason I reached out: Verdant Learning runs "
     "leadership development programs for nonprofit teams. Our 8-week cohort is $4,800 per person. "
     "Could I send you a brochure for your team?"),
])
c("junk", "connect_then_pitch", "en", "connect then pitch: compliment first, crypto donations in "
  "message 2", [
    ("blake", "2022-01-17 21:20", "Hey Rosalind, thanks for accepting! Your mission really resonates "
     "with me. How long have you been with Tidewater?"),
    ("blake", "2022-01-19 10:04", "Anyway - I'm the founder of CoinCause, we help nonprofits accept "
     "crypto and NFT donations. Gen Z donors want to give in crypto and most orgs are leaving money on "
     "the table. Can I give you a quick demo?"),
])
c("junk", "connect_then_pitch", "en", "connect then pitch: fellow Boston fundraiser, then consulting "
  "offer after owner's polite reply", [
    ("howie", "2022-03-03 11:30", "Rosalind, great to connect. Are you going to the Roundtable "
     "breakfast in March?"),
    ("me", "2022-03-03 12:45", "Hi Howard, probably! Nice to connect."),
    ("howie", "2022-03-04 09:00", "Great. Between us, a lot of development directors I talk to are "
     "stretched thin. Finch Fundraising Partners offers interim and outsourced major gift programs at "
     "a fraction of the cost of a full-time hire. Could I buy you a coffee and share our model?"),
    ("howie", "2022-03-11 09:00", "Hi Rosalind, circling back on the coffee!"),
])
c("junk", "connect_then_pitch", "en", "connect then pitch: empty invite, mindset coaching pitch in "
  "message 2", [
    ("deshawn", "2022-05-02 12:45", "Hi Rosalind! Thanks for connecting. Happy Monday!"),
    ("deshawn", "2022-05-04 07:00", "Quick question: what would change for you if you doubled your "
     "income in the next 90 days? I coach high-achieving women to break through their money ceiling. "
     "My next group starts Monday - I'd love to gift you a free strategy session."),
])
c("junk", "connect_then_pitch", "en", "connect then pitch: shared passion line, then donor retention "
  "service", [
    ("ashley", "2022-02-22 17:00", "Hi Rosalind, thanks for connecting! I love seeing people who care "
     "about our planet. What got you into environmental work?"),
    ("ashley", "2022-02-24 11:30", "I ask because I work with nonprofits on donor retention. We "
     "typically increase retention by 20% in 6 months through our automated stewardship sequences. "
     "Would you be open to exploring?"),
])
# fluent junk naming the company
c("junk", "fluent_generic_named", "en", "fluent junk that names Tidewater but fits any nonprofit", [
    ("cassie", "2022-04-18 10:40", "Hi Rosalind, Tidewater Commons clearly has a powerful mission, and "
     "organizations like Tidewater Commons often reach a point where passion alone can't fuel growth. "
     "At ScaleUp Nonprofits we partner with leaders to build sustainable revenue, sharpen their brand "
     "and engage the next generation of donors. I'd love to learn more about Tidewater Commons' goals "
     "for 2022 and share a few ideas. Would you be open to a conversation?"),
])
c("junk", "fluent_generic_named", "en", "fluent junk naming Tidewater, generic digital marketing", [
    ("logan", "2022-05-19 09:20", "Rosalind - I took a look at Tidewater Commons and it's clear you're "
     "doing important work. But is your digital presence telling that story as powerfully as it could? "
     "Tate Digital helps purpose-driven brands like Tidewater Commons turn followers into supporters "
     "with a full-funnel strategy. Do you have 20 minutes next week?"),
])
# off-topic products
c("junk", "off_topic", "en", "off-topic: managed IT and cybersecurity", [
    ("sasha", "2022-02-08 08:40", "Hi Rosalind, ransomware attacks on nonprofits rose 300% last year. "
     "Is your organization protected? CyberShield MSP provides 24/7 monitoring, backups and help desk "
     "for a flat monthly fee. Free risk assessment this month only."),
])
c("junk", "off_topic", "en", "off-topic: real estate investing", [
    ("rick", "2022-03-31 18:50", "Hi Rosalind, have you considered multifamily real estate as a way to "
     "build passive income? Our investors have seen 14% annual returns. I'm hosting a private webinar "
     "for professionals next Tuesday - can I save you a seat?"),
])
c("junk", "off_topic", "en", "off-topic: home solar", [
    ("owen", "2022-05-26 14:30", "Hi Rosalind, as someone passionate about the environment I thought "
     "you'd appreciate this: homeowners in Massachusetts can now go solar for $0 down and lock in "
     "savings. Do you own your home? Happy to run free numbers."),
])
c("junk", "off_topic", "en", "off-topic: B2B lead generation", [
    ("gary", "2022-06-06 10:10", "Hi Rosalind, we book 20+ qualified sales demos a month for B2B SaaS "
     "companies. Pay only per meeting held. Would this be interesting for your sales team?"),
])
c("junk", "off_topic", "en", "off-topic: offshore bookkeeping", [
    ("pete", "2022-01-05 06:15", "Dear Rosalind, reduce your accounting costs by up to 70% with "
     "LedgerLite's dedicated offshore bookkeepers. QuickBooks and Xero certified. Free 2-week trial. "
     "Kindly let me know a suitable time to connect."),
    ("pete", "2022-01-12 06:15", "Dear Rosalind, gentle reminder on my below message. Kindly revert."),
])
c("junk", "irrelevant_recruiter", "en", "recruiter with an irrelevant role", [
    ("colt", "2022-04-25 11:55", "Hi Rosalind, your background caught my eye for an Inside Sales "
     "Representative role at a fast-growing insurance tech company in Waltham. OTE $90k + benefits. "
     "Are you open to new opportunities?"),
])
c("junk", "generic_auction", "en", "generic gala auction software pitch, bump without reply", [
    ("todd", "2022-02-14 09:30", "Hi Rosalind, running a gala this year? GalaPro's mobile bidding "
     "platform helps nonprofits raise 40% more at their events. Book a demo and get your first event "
     "at 50% off!"),
    ("todd", "2022-02-22 09:30", "Hey Rosalind, following up in case this got buried."),
], folder="ARCHIVE")
c("junk", "generic_consulting", "en", "generic 'strategic partnership' pitch from a business "
  "consultant in spam", [
    ("nick", "2022-06-13 16:05", "Rosalind, I'd love to explore a strategic partnership. We work with "
     "leaders across many industries to unlock growth. Let's find 15 minutes."),
], subject="Partnership opportunity", folder="SPAM")
c("junk", "generic_grant_writing", "en", "generic counterpart of the grant-writing pitch", [
    ("marisol", "2022-05-03 11:00", "Hi Rosalind, following up - is your organization ready to win "
     "more grants in 2022? Our team has secured $200M+ for clients. Let me know a good time to talk."),
])

if __name__ == "__main__":
    x.write(OUT,
            {"First Name": "Rosalind", "Last Name": "Keegan",
             "Headline": "Director of Development at Tidewater Commons | Trees, heat equity & the "
                         "people who fund them",
             "Summary": "I raise money so Boston's hottest neighborhoods get more shade. 15 years in "
                        "nonprofit development: major gifts, events, corporate partnerships.",
             "Industry": "Non-profit Organizations", "Zip Code": "02124",
             "Geo Location": "Boston, Massachusetts, United States",
             "Websites": "[COMPANY:https://tidewatercommons.org]"},
            [{"Company Name": "Tidewater Commons", "Title": "Director of Development",
              "Description": "Lead a team of 4; individual, foundation and corporate giving; Canopy Gala.",
              "Location": "Boston, MA", "Started On": "Jul 2021", "Finished On": ""},
             {"Company Name": "Tidewater Commons", "Title": "Associate Director of Development",
              "Description": "", "Location": "Boston, MA", "Started On": "Mar 2016",
              "Finished On": "Jun 2021"},
             {"Company Name": "Boston Food Justice Collaborative", "Title": "Development Manager",
              "Description": "", "Location": "Boston, MA", "Started On": "Sep 2011",
              "Finished On": "Feb 2016"}],
            ["Fundraising", "Major Gifts", "Grant Writing", "Event Planning", "Donor Relations",
             "Nonprofit Management", "DonorLoom"])
    print(x.summary())

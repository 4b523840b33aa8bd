"""Persona dev36/en-cattle-ranch-manager-alberta, written blind to the code (session 5).

Carly Brandvold manages her family's cow-calf and backgrounding ranch near Consort, Alberta.
She sells feeder calves, bred heifers, custom grazing and freezer beef (Brandvold Beef).
Export layout 2024. Every message below is written by hand for this corpus.
Run: /work/main/.venv/bin/python corpus/dev36/_build/en_cattle_ranch_manager_alberta.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-cattle-ranch-manager-alberta"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Carly Brandvold", "https://www.linkedin.com/in/carly-brandvold-4e1c07",
               "Brandvold Land & Cattle Ltd.", "Ranch Manager")
ex = Export(SLUG, "2024", owner)
P = ex.person

# ---------------------------------------------------------------- people: genuine contacts
P("wade", "Wade Kessler", "Red Coulee Feeders", "Cattle Buyer", connected="2019-11-02")
P("dale", "Dale Pruden", "Pruden Order Buying", "Order Buyer", connected="2015-03-18")
P("anita", "Anita Sokolowski", "Prairie Sky Veterinary Services", "Veterinarian, Partner",
  connected="2016-06-09")
P("trent", "Trent Hagel", "Flatland Ag Equipment", "Service Manager", connected="2018-02-21")
P("monique", "Monique Delorme", "Parkland Prairie Credit Union", "Agricultural Lender",
  connected="2017-10-30")
P("bev", "Bev Turcotte", "Alberta Cow-Calf Council", "Executive Director", connected="2020-01-15")
P("ross", "Ross Nakamura", "Alberta Cow-Calf Council", "Director, Zone 4", connected="2021-04-03")
P("jolene", "Jolene Haugen", "Haugen Angus", "Owner", connected="2019-08-12")
P("tyler", "Tyler Bouchard", "", "Ranch Hand", invite=("IN", "2024-01-08 21:14", ""),
  connected="2024-01-09")
P("maddie", "Maddie Ostrowski", "Olds College", "Student, Agricultural Management",
  connected="2024-02-27")
P("jenna", "Jenna Ruck", "Prairie Ag Staffing", "Senior Recruiter", connected="2023-11-20")
P("lorne", "Lorne Fehr", "Fehr Ranching", "Owner", connected="2014-05-05")
P("kristy", "Kristy Lachance", "", "Nurse, Alberta Health", connected=None)
P("marc", "Marc-Antoine Dube", "The Gilded Spur", "Executive Chef", connected="2024-04-11")
P("shane", "Shane Wiebe", "Wiebe Livestock", "Owner", connected=None)
P("harv", "Harvey Toews", "Toews Grain & Cattle", "Partner", connected="2012-09-01")
P("ellie", "Ellie Bergstrom", "Prairie Stockman Weekly", "Reporter", connected="2023-03-08")
P("curtis", "Curtis Falk", "County of Paintearth", "Agricultural Fieldman", connected="2016-11-11")
P("sam", "Sam Ridley", "Ridley Land & Cattle", "Rancher", connected="2024-06-16")
P("priya", "Priya Raman", "Alberta Forage Network", "Program Coordinator", connected="2022-02-02")
P("nate", "Nate Gustafson", "Gustafson Farms", "Owner", connected="2020-05-20")
P("kellan", "Kellan Morrow", "Big Sky Auction Mart", "Field Representative", connected="2013-07-07")
P("rick", "Rick Sauve", "Sauve Fencing", "Owner", connected="2024-04-02")
P("tara", "Tara McAllister", "Bow Valley Health Region", "Physiotherapist", connected="2009-05-01")
P("gord", "Gord Anholt", "", "Retired, Livestock Inspector", connected="2011-02-14")
P("jason", "Jason Pelletier", "Central Feed & Pellet", "Sales Rep", connected="2018-09-09")
P("bryce", "Bryce Klassen", "Klassen Cattle Hauling", "Owner / Driver", connected="2017-04-22")
P("owen", "Owen Lindqvist", "Lindqvist Farms", "Farmer", connected="2010-06-30")
P("hana", "Hana Yoshida", "Ranchbook Software", "Customer Success", connected="2021-01-19")
P("drmills", "Graham Mills", "University of Alberta", "Assistant Professor, Rangeland Ecology",
  connected="2023-07-04")
P("darla", "Darla Moen", "Moen Simmental", "Co-owner", connected="2012-01-25")
P("tamsin", "Tamsin Kroeker", "Consort 4-H Beef Club", "Club Leader", connected="2018-10-10")
P("brent", "Brent Oshry", "Oshry & Vance Chartered Accountants", "Partner, Agriculture",
  connected="2014-12-01")
P("marco", "Marco Reyes", "", "Cattle Hand", connected="2021-03-15")
P("denise", "Denise Ferland", "", "Teacher, Red Deer Public Schools", connected="2023-10-02")
P("lauren", "Lauren Okafor", "Parkland Grazing Conference", "Event Coordinator",
  connected="2023-12-05")

# ---------------------------------------------------------------- people: wanted pitches
P("troughsense", "Kyle Brannigan", "TroughSense", "Co-founder",
  invite=("IN", "2024-01-22 08:40", "Read your post about the frozen bowls. Would like to connect."),
  connected="2024-01-22")
P("halter", "Simone Achterberg", "Halterline Virtual Fencing", "Regional Manager, Western Canada")
P("webdev", "Ashlyn Murdoch", "Murdoch Web Studio", "Freelance Web Developer")
P("waterfence", "Dusty Kowalchuk", "Kowalchuk Fence & Post", "Owner")
P("agronomist", "Rebecca Stang", "Northline Seed & Forage", "Forage Agronomist")
P("steelbld", "Martin Hiebert", "Prairie Span Buildings", "Project Estimator")
P("scaleint", "Devin Chu", "WeighBridge Data", "Solutions Engineer")
P("agrecruit", "Colleen Buhler", "Harvest Hands Recruiting", "Recruiter, Livestock")
P("soilsample", "Ian Marchetti", "Coulee Soil & Forage Lab", "Field Agronomist",
  connected="2024-06-17")
P("beefmkt", "Natalie Roux", "Shortgrass Marketing Co.", "Founder")
P("grantwriter", "Evan Sorensen", "Sorensen Ag Funding Consultants", "Senior Consultant")
P("bookkeeper", "Heather Lund", "Lund Farm Books", "Bookkeeper, Cattle Operations")

# ---------------------------------------------------------------- people: junk senders
P("seo1", "Rahul Menon", "RankRise Digital", "Growth Consultant")
P("books1", "Angela Torres", "LedgerPro Offshore", "Business Development")
P("web1", "Brandon Ivey", "PixelForge Agency", "Account Executive")
P("vf1", "Chad Morton", "FenceLess Technologies", "Sales Director")
P("iot1", "Jessica Lam", "SensaFarm IoT", "Business Development Rep")
P("grant1", "Derek Walsh", "FundingFirst Canada", "Funding Specialist")
P("staff1", "Kimberly Ho", "TalentBridge Solutions", "Talent Partner")
P("steel1", "Gary Pruitt", "MegaSteel Structures", "Sales Consultant")
P("dental1", "Olivia Brandt", "SmileFlow Practice Software", "Account Executive")
P("crypto1", "Marcus Vell", "Vell Wealth Academy", "Founder & Trading Mentor")
P("chairs1", "Tiffany Gould", "ErgoPrime Office", "Corporate Sales")
P("heifers1", "Clint Ramsey", "Ramsey Premium Genetics", "Sales")
P("beefbox1", "Jordan Pike", "Grassland Gourmet Beef Co.", "Partnerships")
P("leadgen1", "Steve Kaminski", "PipelineMax", "Founder")
P("likeminded1", "Brittany Cole", "Cole Ventures", "Serial Entrepreneur | Mindset Coach")
P("quickcall1", "Tom Hastings", "Opscale Consulting", "Managing Partner")
P("carbon1", "Logan Reimer", "GreenAcre Carbon Partners", "Landowner Relations",
  invite=("IN", "2024-03-04 19:02", "Hi Carly! Always great to connect with Alberta ranchers."),
  connected="2024-03-05")
P("insure1", "Rhonda Kowalski", "Heritage Family Wealth", "Farm Family Advisor",
  invite=("IN", "2024-05-13 07:55", ""), connected="2024-05-13")
P("drone1", "Kevin Strand", "SkyAg Drone Services", "Operations Lead",
  invite=("IN", "2024-07-29 12:31", "Hi Carly, would love to connect with fellow ag folks."),
  connected="2024-07-30")
P("video1", "Megan Holt", "Harvest Story Media", "Client Partner")
P("solar1", "Patrick Nunez", "SunYield Solar", "Energy Advisor")
P("tpl1", "Ryan Calloway", "StreamlineOps AI", "Account Executive")
P("tpl2", "Amber Whitfield", "Nexora Automation", "Business Development Manager")
P("tpl3", "Josh Delaney", "Clearpath Workflow", "Growth Lead")
P("tpl4", "Vanessa Ortiz", "AutoMate Pro", "Sales Manager")
P("tpl5", "Jonas Weidlich", "Agrowerk Digital GmbH", "Vertriebsleiter DACH & Kanada")
P("merge1", "Cody Barrett", "Vantage Lead Partners", "SDR")
P("merge2", "Lisa Chambers", "BrightPath Benefits", "Benefits Consultant")
P("merge3", "Dylan Frost", "Frost IT Services", "Account Manager")
P("merge4", "Erin Matthews", "Kinetic Payroll", "Sales Executive")
P("spon1", "Northbank Equipment Finance", url="https://www.linkedin.com/company/northbank-equipment-finance")
P("spon2", "Westbridge School of Business", url="https://www.linkedin.com/company/westbridge-school-of-business")
P("spon3", "LinkedIn Member", url="")
P("award1", "Sabrina Kohl", "AgriLeaders Review", "Editorial Director")
P("podcast1", "Cameron Dahl", "The Rural Hustle Podcast", "Host & Producer")
P("erp1", "Alyssa Grant", "FarmCore ERP", "Enterprise Account Executive")
P("cyber1", "Nikhil Sharma", "ShieldGrid Security", "Cybersecurity Consultant")
P("ghost1", "Hailey Sutton", "Sutton Content Co.", "LinkedIn Ghostwriter for Founders")

G, W, J = "genuine", "wanted_pitch", "junk"
C = ex.conv

# =============================================================== GENUINE (35)
C(G, "inbound_buyer_calves", "en", "feedlot buyer wants to forward-contract her steer calves; price per cwt discussed", [
    ("wade", "2024-05-14 09:12", "Morning Carly. We're filling pens for October and I'd like to get a bid on your steer calves before the fall run. Same as last year, roughly 280 head, 5.5 to 6 weight? We could do a forward contract off the Lethbridge board with a basis you like."),
    ("me", "2024-05-14 20:47", "Hi Wade, yes, similar numbers. Calving went well, maybe 290 steers. What basis are you thinking? Last year's was tight after the shrink argument."),
    ("wade", "2024-05-15 07:30", "Fair. I can do board plus $4 on the 550s with a 2% pencil shrink, delivery Oct 8-12, we send the liners. Heifers I'd pass on this year."),
    ("me", "2024-05-15 21:05", "Let me run it by Dad and the bank. Board plus 5 and you've got a deal, I'll call you Friday."),
    ("wade", "2024-05-16 06:58", "Ha. Talk Friday."),
])
C(G, "order_buyer_longstanding", "en", "order buyer of many years checking on calf weights and sale timing", [
    ("dale", "2023-09-18 16:20", "Carly, how're the calves looking? Got a fella in Ontario asking for fleshy 5 weights, black or black baldy. Thought of you first as usual."),
    ("me", "2023-09-18 19:02", "Hey Dale! Grass is short so they're more like 4.75 this year. Could have 2 loads of heifers if he's flexible on weight."),
    ("dale", "2023-09-19 08:15", "He'll take a look. Send me a couple pics when you gather them. Say hi to your mom."),
])
C(G, "existing_vendor_price_change", "en", "her vet clinic announces higher preg-check fee and books fall date", [
    ("anita", "2023-10-02 13:40", "Hi Carly, heads up before you book fall work: our preg-check rate goes from $6.50 to $7.25 a head Nov 1 (drugs and fuel, sorry). Chute-side calf vaccinations stay the same. Want me to hold Oct 24-25 for you like last year?"),
    ("me", "2023-10-02 18:11", "Thanks for telling me ahead. Yes please hold the 24th and 25th, we'll have them in the corrals by 8. Bringing the good coffee this time."),
    ("anita", "2023-10-02 18:30", "Deal. I'll bring a student, hope that's ok."),
])
C(G, "owner_asked_quote_vendor", "en", "she asked her equipment dealer for a baler service contract quote", [
    ("me", "2024-02-06 10:15", "Hi Trent, can you send me a quote on the pre-season inspection for the round baler and the 8R? And whatever the extended warranty would be on the baler, it's got 14k bales on it now."),
    ("trent", "2024-02-07 11:48", "Hi Carly, inspection on both is $1,850 plus parts, we can pick up. Extended coverage on the baler would be $2,400 for 2 yrs, though honestly at 14k I'd just do the belts and bearings now. Want me to book it for March?"),
    ("me", "2024-02-07 13:02", "Book it for March and do the belts. Skip the warranty."),
    ("trent", "2024-02-07 13:10", "Done. Truck will be out the 12th."),
])
C(G, "bank_lender", "en", "ag lender renewing operating line, needs inventory count", [
    ("monique", "2024-01-10 09:05", "Hi Carly, happy new year! Time for the operating line renewal. Could you send me the Dec 31 cattle inventory (cows, bred heifers, calves on feed) and the hay count? Rates moved a bit, I'll go over options when we meet."),
    ("me", "2024-01-10 14:33", "Happy new year Monique. Inventory's mostly done, hay count I'll have after we measure the stacks this weekend. Jan 22 in Stettler work for you?"),
    ("monique", "2024-01-10 14:50", "22nd at 10 works. Bring the calving projections too if you have them."),
])
C(G, "association", "en", "provincial association asks her to join the animal care committee", [
    ("bev", "2023-11-29 15:22", "Carly, the board would love to have you on the Animal Care Committee for the next two-year term. It's about 6 meetings a year, mostly online, plus one in-person in Red Deer. Your input on the transport rules last spring was really valued. Any interest?"),
    ("me", "2023-11-30 07:48", "I'm honoured Bev. Yes, as long as the meetings aren't during calving. Who else is on it?"),
    ("bev", "2023-11-30 09:10", "Ross from Zone 4 and a couple of feedlot folks. I'll add you to the group chat."),
])
C(G, "association_group", "en", "committee group chat about transport rule comments", [
    ("bev", "2023-12-04 10:00", "Welcome Carly! Draft comments on the federal transport amendments are in the shared folder. Deadline for feedback is Dec 15."),
    ("ross", "2023-12-04 10:25", "Welcome aboard. Section 3 on rest stops is the one I'd love a cow-calf eye on."),
    ("me", "2023-12-04 21:40", "Thanks both. Read it tonight, section 3 doesn't work for anyone hauling from the Special Areas, the nearest rest facility is 4 hrs. Will write it up."),
], title="Animal Care Committee", extra=["ross"])
C(G, "applicant", "en", "applicant for seasonal calving hand job", [
    ("tyler", "2024-01-09 19:30", "Hi Ms. Brandvold, I saw your posting for a calving hand Feb to May. I grew up on a mixed farm near Castor, have pulled calves since I was 12 and can run a tractor and loader. I have my own saddle but no horse right now. Could I send you my resume?"),
    ("me", "2024-01-10 07:15", "Hi Tyler, yes please send it to the ranch email on the posting. Night checks are part of it, you ok with that?"),
    ("tyler", "2024-01-10 07:40", "Yes mam, no problem with nights. Sending it today. Thank you!"),
])
C(G, "applicant_student", "en", "agriculture student asking for a summer practicum", [
    ("maddie", "2024-02-27 16:05", "Hello Carly! I'm in 2nd year Ag Management at Olds and need a 12 week practicum this summer. I heard you speak at the beef day last fall and your rotational grazing setup is exactly what I want to learn. Would you consider taking a student? I can fence, drive stick and I'm not scared of early mornings lol"),
    ("me", "2024-02-28 12:20", "Hi Maddie, we might. We've had good students before. Send me your practicum guidelines and let's have a phone call next week."),
])
C(G, "recruiter_engaged", "en", "recruiter she hired to find a full-time cattle hand sends shortlist and fee", [
    ("me", "2023-11-20 11:00", "Hi Jenna, Harv Toews gave me your name. We need a full-time experienced cattle hand, housing included. Can you tell me how your fee works?"),
    ("jenna", "2023-11-20 15:42", "Hi Carly, thanks for reaching out! For permanent livestock placements our fee is 15% of first-year salary, with a 90 day guarantee. I'd need the wage range and a short description of the job and the house."),
    ("me", "2023-11-21 08:30", "$52-58k depending on experience, 3 bedroom house on the yard, truck provided. Horseback, calving, feeding in winter, some equipment."),
    ("jenna", "2023-12-12 10:15", "I have three candidates for you, two with feedlot experience and one ranch-raised from Manitoba. Sending profiles by email now, let me know who you'd like to interview."),
    ("me", "2023-12-12 19:20", "Got them. The Manitoba one and the first feedlot guy please."),
])
C(G, "peer_joint_offer", "en", "neighbour proposes pooling calves for a joint video sale lot", [
    ("lorne", "2024-07-22 20:10", "Carly, thinking out loud. You and I both have heifer calves that are a bit light for a full pot. If we pooled ours, same vaccination program, we'd have a clean 2-load lot for the August video sale. Split the commission by head. What do you think?"),
    ("me", "2024-07-23 06:45", "I like it. Our programs are nearly the same, you use the Bovi-Shield too right? Who's doing the description, you or me?"),
    ("lorne", "2024-07-23 07:30", "Yep same shots. I'll call Kellan and you write the description, you're better with words. Coffee at the Hub thursday?"),
    ("me", "2024-07-23 07:34", "Thursday 9."),
])
C(G, "inbound_buyer_beef", "en", "family wants to buy half a beef; landed in spam", [
    ("kristy", "2024-08-19 21:55", "Hi Carly, my coworker bought a quarter from you last year and says it's the best beef she's ever had. Do you have any halves left for this fall? There are 5 of us so a half would be perfect. What's the price per lb hanging weight and when would it be ready? Thanks so much!"),
    ("me", "2024-09-03 08:12", "Hi Kristy, sorry, your message ended up in my spam folder! We have 2 halves left for late October. $6.10/lb hanging plus cut and wrap at the butcher in Coronation. Want me to put your name on one?"),
    ("kristy", "2024-09-03 12:40", "YES please! Thank you!"),
], folder="SPAM")
C(G, "inbound_buyer_restaurant", "en", "chef wants to buy ground beef and steaks regularly, asks for price list", [
    ("marc", "2024-04-11 14:30", "Hello Carly, I'm the chef at The Gilded Spur in Red Deer. We're redoing our menu around local ranches and I'd like to put your beef on it, a burger and a striploin feature. I'd need roughly 60 lb ground and 20 lb striploin per week. Could you send me a price list and tell me if you can supply year round?"),
    ("me", "2024-04-11 22:01", "Hi Marc, thanks, that's exciting. Year round is tricky for striploin but ground beef we can do. Let me work out numbers with our butcher and send a wholesale sheet by Monday."),
    ("marc", "2024-04-12 08:15", "Perfect. Happy to come out to see the ranch too."),
])
C(G, "inbound_buyer_heifers", "en", "Saskatchewan rancher asks about buying 40 bred heifers", [
    ("shane", "2023-12-03 18:45", "Hi Carly. Shane Wiebe from near Kindersley. Heard through Dale Pruden you sometimes sell bred heifers. Looking for 40 head, bred to calve in April, preferably Angus-Simmental. Would you have any this winter and what would you want for them?"),
    ("me", "2023-12-04 09:30", "Hi Shane, we have about 55 bred heifers, preg-checked, bred to Moen Simmental bulls for April calving. We'd sell 40. Thinking $3,400 a head. Want to come see them?"),
    ("shane", "2023-12-04 12:10", "That's in the range. I'll come Saturday if the roads are ok."),
])
C(G, "inbound_custom_grazing", "en", "rancher asks if she has grass for his yearlings this summer", [
    ("harv", "2024-03-18 17:15", "Carly, any chance you've got grass for 150 yearlings May to September? Our lease fell through. I'd pay the going rate, I think it's about 1.20 a head a day now? I can do the checking myself."),
    ("me", "2024-03-18 20:40", "Hi Harv, the Sounding Creek quarter could take 120, maybe 150 if we get rain in May. $1.25 with me doing salt and water, you do the riding. Let's see what May brings before we commit."),
    ("harv", "2024-03-18 20:52", "Fair enough. Thanks kiddo, you're a lifesaver."),
])
C(G, "journalist", "en", "ag reporter asks for interview on drought and herd reduction", [
    ("ellie", "2023-08-28 11:05", "Hi Carly, I'm writing a piece on how cow-calf operators in the east-central region are handling the second dry year. Would you have 20 minutes for a phone interview this week? Happy to include a photo of the ranch if you're comfortable."),
    ("me", "2023-08-28 13:44", "Sure Ellie. Wednesday after 4? We culled deeper than usual so I have opinions lol"),
    ("ellie", "2023-08-28 13:58", "Wednesday 4:30, I'll call your cell. Thank you!"),
])
C(G, "event_invite", "en", "county fieldman invites her to speak at grazing school", [
    ("curtis", "2024-01-15 09:30", "Hi Carly, we're putting on the grazing school again June 12 at the Consort hall. Would you do a 30 min talk on your water setup for rotational grazing? We can pay mileage and lunch, and you get the front row seat for the pie."),
    ("me", "2024-01-16 06:55", "Ha, for pie yes. Put me down Curtis. Can I bring Lorne to talk about the fencing side?"),
    ("curtis", "2024-01-16 08:02", "Absolutely, the more the merrier."),
])
C(G, "thanks_after_event", "en", "thank-you after her pasture walk (1 of 3)", [
    ("sam", "2024-06-16 20:12", "Carly, thanks so much for hosting the pasture walk today. Seeing the water system in person made it click for me. Learned a ton. Hope to return the favour sometime!"),
])
C(G, "thanks_after_event", "en", "thank-you after her pasture walk (2 of 3)", [
    ("priya", "2024-06-16 21:40", "Thank you for hosting the pasture walk today Carly! Great turnout and such good questions. We'll send the photos and the attendee survey this week."),
    ("me", "2024-06-17 07:05", "Thanks Priya, it was fun. Send the survey and I'll share it with the neighbours who missed it."),
])
C(G, "thanks_after_event", "en", "thank-you after her pasture walk (3 of 3)", [
    ("nate", "2024-06-17 08:20", "Thanks for hosting the pasture walk yesterday, Carly. Really learned a lot. The portable water trough idea is going on my winter project list."),
])
C(G, "owner_started", "en", "she books a sale date for her calves at the auction mart", [
    ("me", "2023-09-25 07:30", "Morning Kellan, can you put us on the Nov 9 presort sale? About 180 heifer calves, all vaccinated and weaned 45 days by then."),
    ("kellan", "2023-09-25 10:12", "You bet Carly. Nov 9 it is. I'll get you in the afternoon session, the big buyers are there. Send me the vaccine program sheet when you can."),
])
C(G, "owner_asked_quote", "en", "she asks a fencing contractor to quote 3 miles of high tensile", [
    ("me", "2024-04-02 12:15", "Hi Rick, got your name from Curtis Falk. I need a quote on about 3 miles of 5-wire high tensile along our north lease, rocky in spots. Could you come look?"),
    ("rick", "2024-04-03 18:30", "Hi Carly, sure. Rough number for 5 wire HT with wood corners is $9,500 to $11k a mile depending on rock and crossings. I can be out next Tuesday to walk it and give you a firm price."),
    ("me", "2024-04-03 19:02", "Tuesday works, come by the house at 10."),
])
C(G, "friend_longstanding", "en", "college roommate, small talk about curling and kids", [
    ("tara", "2023-12-22 20:30", "Merry Christmas cowgirl!! Did you survive the -40 week? We're in Canmore for the holidays. Kids asking when they get to visit the calves again"),
    ("me", "2023-12-22 21:12", "Merry Christmas Tara! Barely, the water bowls froze twice. Come in April for calving, the kids can name one. How's the curling team?"),
    ("tara", "2023-12-22 21:30", "Lost in the semis again lol. April it is!!"),
    ("tara", "2024-04-20 09:15", "Leaving Calgary now, see you by 2! Need anything from the city?"),
    ("me", "2024-04-20 09:40", "Bag of limes and your rubber boots."),
])
C(G, "mentor_longstanding", "en", "retired livestock inspector checks in", [
    ("gord", "2024-02-11 15:00", "Hi Carly. Saw your name in the Stockman paper about the drought. Your granddad would be proud of how you run that place. If you ever need someone to ride the south pasture, I'm not dead yet."),
    ("me", "2024-02-11 17:40", "Gord, that means a lot. I might take you up on it in June. Come for supper anytime, Mom still makes the saskatoon pie."),
])
C(G, "existing_vendor_price_change", "en", "feed supplier announces pellet price increase for winter", [
    ("jason", "2023-10-16 10:40", "Hi Carly, wanted to let you know before you lock in winter supply: the 32% range pellet is going to $438/tonne from Nov 1, up $22. If you book by Oct 31 I can hold $416 for the whole winter. Same 3 drop schedule as last year?"),
    ("me", "2023-10-16 16:25", "Book me at $416 please, same schedule, but can we move the January drop to the first week? Last year it came in a blizzard."),
    ("jason", "2023-10-17 08:00", "Done, first week of Jan. Thanks Carly."),
])
C(G, "vendor_trucking", "en", "cattle hauler confirms dates and fuel surcharge", [
    ("bryce", "2024-10-01 18:50", "Carly, I've got you down for 4 loads Oct 9 to Red Coulee. Fuel surcharge is 9% this fall, sorry, it is what it is. Loading at 6am like usual?"),
    ("me", "2024-10-01 19:20", "6am is fine. We'll have them sorted the night before. Thanks Bryce."),
])
C(G, "neighbour", "en", "neighbour asks to borrow the squeeze chute", [
    ("owen", "2024-05-27 13:10", "Carly is your portable chute free next week? Ours busted a headgate and the part is 3 weeks out. Will bring it back clean, promise"),
    ("me", "2024-05-27 13:45", "Sure Owen, grab it Monday. It pulls a bit left, don't let the kids hitch it"),
])
C(G, "existing_vendor_price_change", "en", "herd software she uses announces new subscription price", [
    ("hana", "2024-08-06 10:00", "Hi Carly, I'm your account contact at Ranchbook. Our Pro plan moves from $39 to $49/month on Oct 1. Since you've been with us since 2021, you can lock the old price for 12 months by switching to annual billing before Sept 30. Let me know if you'd like me to do that for you."),
    ("me", "2024-08-06 21:30", "Yes switch me to annual please. And please fix the calving report that drops twins."),
    ("hana", "2024-08-07 09:12", "Switched! And I've passed the twins bug to the dev team, it's on their list for the next release."),
])
C(G, "research_request", "en", "university researcher asks to sample soil carbon on her pastures", [
    ("drmills", "2023-07-04 14:00", "Dear Carly, I lead a rangeland ecology project at the U of A comparing soil carbon under rotational and continuous grazing. Curtis Falk mentioned you've been rotating for 8 years. Would you allow my students to take soil cores on two paddocks this August? We'd share all results with you."),
    ("me", "2023-07-05 06:50", "Hi Graham, happy to. Second half of August is best, we'll have moved off the south paddocks by then. Just close the gates behind you!"),
    ("drmills", "2023-07-05 09:25", "Wonderful, thank you. I'll send a short consent form and the dates."),
])
C(G, "supplier_longstanding", "en", "her regular bull supplier gives her an early look at sale bulls", [
    ("darla", "2024-02-20 19:05", "Hi Carly! Catalog goes out next week but I wanted you to see the 3 calving-ease sons of Highwater before anyone else. Pictures and EPDs attached in the email. Same deal as always, we'll keep them till May 1 for you."),
    ("me", "2024-02-20 21:18", "Darla you spoil me. The middle one with the big ribeye EPD, I want to see him in person. Sale day I'll be there with Dad."),
])
C(G, "community_invite", "en", "4-H leader asks her to judge steers at achievement day", [
    ("tamsin", "2024-04-30 12:00", "Hi Carly! Would you be willing to judge the steer class at our Achievement Day on June 8? The kids would love a rancher judge this year instead of an ag rep. Lunch is on us."),
    ("me", "2024-04-30 19:45", "I'd love to Tamsin. I was in that club in 1998 lol. Put me down."),
])
C(G, "advisor", "en", "her accountant about tax deferral on drought sale", [
    ("brent", "2023-11-06 11:30", "Carly, reminder that the east-central region is on the prescribed drought list again, so you can defer part of the breeding herd sale income. Can you send me the head count and sale slips from the June cull by the 20th?"),
    ("me", "2023-11-06 20:10", "Will do Brent. It was 62 cows. Slips are in the truck, I'll scan them tomorrow."),
])
C(G, "reference_request", "en", "former hand asks for a reference letter", [
    ("marco", "2024-09-10 18:20", "Hi Carly, hope calving next year goes good. I'm applying to a feedlot manager job in Brooks and they want a reference from my last ranch. Would you be ok to write one? I know it's a bother"),
    ("me", "2024-09-10 20:05", "Marco of course, you were the best hand we had. Send me the details and I'll write it this week."),
    ("marco", "2024-09-10 20:15", "Thanks boss!!"),
], drafts={2})
C(G, "repeat_customer", "en", "freezer beef customer reorders", [
    ("denise", "2024-07-08 17:30", "Hi Carly! We finished our quarter from last year (sad). Can we get another one this fall? Maybe a half this time since my son eats like a horse now."),
    ("me", "2024-07-08 21:00", "Hi Denise! Yes, I'll put you down for a half in October. Same cutting instructions as last time?"),
    ("denise", "2024-07-09 06:40", "Same but thicker steaks please :)"),
])
C(G, "speaker_logistics", "en", "conference coordinator about travel reimbursement after her talk", [
    ("lauren", "2024-02-14 10:20", "Hi Carly, thank you again for your session at Parkland Grazing Conference, the feedback scores were the highest of the day. Could you send me your mileage and hotel receipts so we can reimburse you? Form attached in the email."),
    ("me", "2024-02-14 18:02", "Thanks Lauren! It was a good crowd. Sending the form tonight."),
])

# =============================================================== WANTED PITCHES (12)
C(W, "wanted_post", "en", "water-level sensor vendor read her post about frozen water bowls", [
    ("troughsense", "2024-01-22 09:15", "Hi Carly, I read your post from last week about the bowls freezing twice in the cold snap and your hired man checking all 9 sites by quad at 3am. That's exactly the problem we built TroughSense for: a small solar sensor that texts you when a trough's level or temperature drops, works off cell or LoRa. Two ranches near Coronation run it. If you want, I can lend you 3 units for the rest of this winter, no charge, and you decide in spring."),
    ("me", "2024-01-22 20:30", "Kyle, the 3am rides are real. Would it work on the Ritchie bowls with heaters? Cell is patchy on the north side."),
    ("troughsense", "2024-01-23 07:45", "Yes, it clips on the Ritchie lid. For the north side we'd set a LoRa gateway on your yard pole, range is about 8km. I can drive out Thursday."),
])
C(W, "wanted_talk", "en", "virtual fencing vendor references her conference talk on daily moves", [
    ("halter", "2024-02-19 11:20", "Hi Carly, I was in the room for your talk at the Parkland Grazing Conference. You said moving cattle daily was the best thing you've done for the range but the polywire labour is killing your crew, especially on the Sounding Creek quarter with the coulees. Halterline's virtual fencing collars were built for exactly that terrain. We have a subsidized pilot for 50 head this summer in Alberta. Would you be open to a visit in March?"),
    ("me", "2024-02-20 07:10", "Interesting. What's the cost after the pilot and how do they hold up at -35?"),
    ("halter", "2024-02-20 09:30", "Roughly $55/collar/year after the pilot. Batteries are rated to -40, we've had a winter in Saskatchewan with no failures. I'll bring one so you can hold it."),
])
C(W, "wanted_site", "en", "web developer visited her beef site and names concrete problems", [
    ("webdev", "2024-03-07 13:25", "Hi Carly, I ordered a quarter from you two years ago (the Red Deer Kijiji lady!) and went on brandvoldbeef.ca again this week. The order form is still a PDF you have to print and mail, and the cut sheet page doesn't load on phones. I'm a freelance web developer in Lacombe and mostly do small farm sites. I could set up a simple order form with a deposit option, and a cut sheet that works on a phone, for a flat $1,200. No pressure at all, just thought I'd offer."),
    ("me", "2024-03-07 21:15", "Ha, you're right, the PDF is embarrassing. Can it take e-transfer deposits? My customers are mostly not credit card people."),
    ("webdev", "2024-03-08 08:30", "Yes, it can show e-transfer instructions and send you an email with the order. I'll mock it up for free first."),
])
C(W, "wanted_specific_problem", "en", "fencing crew saw her washed-out water gap and cattle on the road", [
    ("waterfence", "2024-06-03 18:40", "Hi Carly, Dusty Kowalchuk here, I do fencing around Consort. Driving past on 41 this morning I saw your east line fence at the Sounding Creek crossing is washed out from the rain and there were 6 or 7 pairs on the ditch side. I called the RCMP non-emergency so nobody hits them. If you need the water gap rebuilt I can do a swinging panel gap that lifts with high water, about $1,800 installed, and I'm free this week."),
    ("me", "2024-06-03 19:10", "Oh no, thank you Dusty. We got them back in. Yes please, can you come Wednesday?"),
])
C(W, "wanted_mutual_contact", "en", "forage agronomist referred by her neighbour Lorne about her perennial seeding plan", [
    ("agronomist", "2024-08-12 10:05", "Hi Carly, Lorne Fehr told me you're planning to seed 300 acres of old cropland back to perennial forage next spring and weren't sure about the mix for that saline patch on the west side. I'm a forage agronomist with Northline. I could do a soil test and recommend a mix with tall wheatgrass for the salty spots and alfalfa-meadow brome on the rest. Would a visit in September work?"),
    ("me", "2024-08-12 19:55", "Lorne talks too much lol but yes, he's right. September after the 15th works."),
])
C(W, "wanted_public_notice", "en", "steel building estimator saw her calving barn permit in the county notice", [
    ("steelbld", "2024-04-24 08:50", "Good morning Carly, I saw in the County of Paintearth development permit notices that Brandvold Land & Cattle got approval for a 60x120 calving barn on the home quarter. We build steel calving barns with insulated pens and a drive-through alley; I can send photos of one we did for a ranch at Veteran last year. If you're still getting quotes, I'd be glad to price it with your layout."),
    ("me", "2024-04-24 12:40", "We are still getting quotes. I'll email you the drawing, we want 16 pens and a warm room."),
])
C(W, "wanted_tools", "en", "software engineer knows her Ranchbook app and scale setup, offers auto-sync", [
    ("scaleint", "2024-09-18 14:15", "Hi Carly, you mentioned in the Ranchbook user forum that you type your weaning weights in by hand from the TruWeigh indicator, and that it takes a full evening after each sort. Our WeighBridge adapter reads the TruWeigh over Bluetooth and pushes weights with the EID tag straight into Ranchbook. It's $349 one time. Happy to send one on 30 days trial before your fall weaning."),
    ("me", "2024-09-18 20:22", "That evening of typing is my least favourite night of the year. Send the trial."),
])
C(W, "wanted_recruiter", "en", "livestock recruiter saw her posting and has a specific calving candidate", [
    ("agrecruit", "2024-01-12 09:40", "Hi Carly, I saw your calving hand posting on Prairie Ag Jobs. I have a candidate who fits it closely: 6 seasons of night calving on a 700-cow outfit near Hanna, horseback, wants Feb-May only because she guides hunters in fall. Our fee for seasonal placements is a flat $1,500. Would you like her profile?"),
    ("me", "2024-01-12 17:05", "Yes send it. I already have one local applicant but I need two."),
])
C(W, "wanted_event_attended", "en", "soil lab agronomist attended her pasture walk and noticed kochia", [
    ("soilsample", "2024-06-17 12:00", "Hi Carly, thanks for the pasture walk yesterday. I was the guy in the blue Coulee Soil cap. I noticed the kochia coming in along the south quarter where you bale-grazed in 2022, which usually points to high nitrogen and salt hotspots. We do grid sampling that would show you exactly where. For a quarter it's about $1,100 with a map. Just an offer if you want to look into it."),
    ("me", "2024-06-17 19:30", "Good eye. I've been wondering about that patch. Let's talk after haying."),
])
C(W, "wanted_press", "en", "beef marketing founder read the press piece on her direct sales goal", [
    ("beefmkt", "2024-02-06 15:10", "Hi Carly, I read the Prairie Stockman Weekly piece where you said you'd like to grow Brandvold Beef from 25 to 80 head a year direct, but that selling halves one phone call at a time doesn't scale. We help ranches sell bundles (10 lb ground, steak boxes) at the Edmonton and Red Deer farmers markets through a shared stall and cold storage, so you don't have to be there Saturdays. Two of our ranches went from 30 to 70 head in two years. Could I show you the numbers?"),
    ("me", "2024-02-06 21:45", "You got my attention with the Saturdays part. Send me the numbers."),
])
C(W, "wanted_public_register", "en", "grant consultant references her public water licence application and a program deadline", [
    ("grantwriter", "2024-01-29 10:30", "Hi Carly, I noticed on the provincial water licence registry that Brandvold Land & Cattle applied for a licence for a new dugout and pipeline on NE-14. The Farm Water Resilience Program covers up to 50% of pipeline and solar pump costs, and the intake closes Feb 28. We write these applications for a 7% success fee, nothing if it's not approved. I can tell you in one call whether your project qualifies."),
    ("me", "2024-01-29 18:10", "We didn't know about that program. Call me tomorrow after 1."),
])
C(W, "wanted_mutual_contact", "en", "cattle bookkeeper referred by her lender Monique", [
    ("bookkeeper", "2024-02-01 11:45", "Hi Carly, Monique Delorme at Parkland Prairie suggested I reach out. She said the bank wants quarterly inventory and accrual statements from you starting this year and that you do the books yourself at night. I only work with cattle operations and I'd set up the inventory valuation so it matches what Monique needs. Usually $350/month for a ranch your size."),
    ("me", "2024-02-01 20:30", "She's right that I hate it. Can you come to Stettler the 22nd when I'm meeting her?"),
])

# =============================================================== JUNK (38)
C(J, "generic_service_seo", "en", "SEO agency generic pitch", [
    ("seo1", "2024-03-12 04:15", "Hi Carly,\n\nI was checking your website and noticed it is not ranking on first page of Google for important keywords. We are a team of 40+ SEO experts and can get you to top 3 positions in 90 days guaranteed. Can I send you a free audit report?\n\nRegards,\nRahul"),
])
C(J, "generic_service_bookkeeping", "en", "offshore bookkeeping generic pitch", [
    ("books1", "2023-10-24 03:40", "Hello Carly, Are you still doing your own bookkeeping? LedgerPro provides dedicated accountants from just $8/hour for businesses of all sizes. QuickBooks, Xero, Sage. Let me know a good time to discuss how we can save you 60% on accounting costs."),
])
C(J, "generic_counterpart_web", "en", "generic web agency, counterpart to the tailored web developer", [
    ("web1", "2024-05-02 15:00", "Hi Carly, your website could be bringing in more leads. At PixelForge we build modern, responsive websites that convert visitors into customers. Packages start at $4,999. Are you open to a quick chat about a redesign?"),
])
C(J, "generic_counterpart_virtual_fence", "en", "generic virtual fencing pitch, counterpart to the tailored one", [
    ("vf1", "2024-04-15 10:10", "Hi Carly, the future of livestock management is here! FenceLess Technologies offers cutting-edge virtual fencing to revolutionize your operation. Reduce labor, increase efficiency and boost profitability. Would love to schedule a demo at your convenience."),
    ("vf1", "2024-04-23 10:10", "Hi Carly, just bumping this to the top of your inbox. Let me know when you're free for a demo!"),
])
C(J, "generic_counterpart_iot", "en", "generic IoT farm sensors, counterpart to the water sensor pitch", [
    ("iot1", "2024-02-08 16:30", "Hi Carly! Smart farming starts with smart data. SensaFarm's all-in-one IoT platform monitors soil, weather, equipment and more from a single dashboard. Farms using SensaFarm see up to 25% yield improvements. Can I send you a brochure?"),
])
C(J, "generic_counterpart_grants", "en", "generic grant funding pitch, counterpart to the tailored grant consultant", [
    ("grant1", "2024-02-14 12:00", "Hi Carly, did you know your business may qualify for up to $3M in government grants and loans? FundingFirst has helped 2,000+ Canadian businesses access non-dilutive funding. Reply YES and I'll send over a free eligibility assessment."),
])
C(J, "generic_counterpart_staffing", "en", "generic staffing agency, counterpart to the livestock recruiter", [
    ("staff1", "2024-01-30 09:00", "Hi Carly, hiring the right people is hard. TalentBridge helps companies across North America find top talent fast, from entry level to executive. Do you have any open roles we could help you fill this quarter?"),
])
C(J, "generic_counterpart_buildings", "en", "generic steel building pitch, counterpart to the permit-based one", [
    ("steel1", "2024-05-21 11:11", "Hello Carly, spring building season is here! MegaSteel offers pre-engineered steel buildings for any purpose: garages, workshops, warehouses and more. Limited-time discount of 20% on orders placed this month. Interested in a free quote?"),
])
C(J, "off_topic_product", "en", "dental practice software pitched to a rancher", [
    ("dental1", "2024-06-25 14:45", "Hi Carly, managing patient recalls and insurance claims shouldn't take your front desk hours every day. SmileFlow automates scheduling, reminders and billing for practices like yours. Could we show you a 20-minute demo next week?"),
])
C(J, "off_topic_product", "en", "forex trading mentorship", [
    ("crypto1", "2024-07-11 23:05", "Hey Carly, I noticed you're a driven professional. Have you ever thought about building a second income stream? I teach busy people how to trade forex and crypto in 30 min a day. My students average 12% monthly. Want me to send you my free masterclass?"),
])
C(J, "off_topic_product", "en", "ergonomic office chairs for a ranch", [
    ("chairs1", "2023-11-14 13:30", "Hi Carly, is your team still sitting on uncomfortable chairs? ErgoPrime is offering 35% off bulk orders of our award-winning ergonomic chairs for offices of 10+ employees. Let me know how many workstations you have and I'll send a quote!"),
])
C(J, "sells_what_she_sells", "en", "someone tries to sell her bred heifers, which she sells herself", [
    ("heifers1", "2023-12-11 10:20", "Hi Carly, looking to expand your herd? Ramsey Premium Genetics has top-quality bred heifers available now, bred to proven calving-ease sires. Delivery available across Western Canada. Message me for our price list!"),
])
C(J, "sells_what_she_sells", "en", "grass-fed beef boxes pitched to a beef rancher", [
    ("beefbox1", "2024-08-27 12:00", "Hi Carly! Treat your team or clients to premium grass-fed beef boxes this holiday season. Grassland Gourmet delivers ethically raised Canadian beef straight to the door. Corporate gifting packages available, use code LINKEDIN15 for 15% off!"),
])
C(J, "capacity_new_clients", "en", "lead gen asks if she has capacity for new clients", [
    ("leadgen1", "2024-04-09 08:00", "Hi Carly, quick question: do you have capacity to take on 5-10 new clients next month? We help businesses like yours book qualified appointments on autopilot. If yes, I'll show you how."),
])
C(J, "like_minded", "en", "let's connect as like-minded entrepreneurs", [
    ("likeminded1", "2024-03-25 19:40", "Hi Carly! I love connecting with like-minded entrepreneurs who are building something meaningful. I'm hosting a free 5-day Mindset Breakthrough challenge for female founders next week, would you like me to save you a spot? ✨"),
])
C(J, "quick_call", "en", "quick 15-minute call request with no context", [
    ("quickcall1", "2023-10-10 09:00", "Hi Carly, I'd love to grab 15 minutes with you to share an idea that's helped other business owners grow their operations by 30%. Would Thursday at 2 or Friday at 10 work?"),
    ("quickcall1", "2023-10-17 09:00", "Hi Carly, following up on my note. Is there a better time for a quick 15?"),
])
C(J, "connect_then_pitch", "en", "small talk after connecting, she answers, carbon credit pitch follows", [
    ("carbon1", "2024-03-05 08:30", "Thanks for connecting Carly! Always love meeting ranchers. How's calving season treating you so far?"),
    ("me", "2024-03-05 20:15", "Just getting started, 30 on the ground. Thanks!"),
    ("carbon1", "2024-03-06 08:10", "That's great! Speaking of the land, GreenAcre is enrolling grassland owners in our carbon program. Ranchers like you can earn $8-15/acre/year just for what you're already doing. Can I send you the enrollment package? Only takes 10 minutes to sign up."),
])
C(J, "connect_then_pitch", "en", "connect, compliment, then farm family insurance pitch in message 3", [
    ("insure1", "2024-05-13 08:20", "Hi Carly, thank you for accepting my invitation! I grew up on a farm near Vermilion so I always enjoy seeing women running ranches."),
    ("me", "2024-05-13 12:45", "Thanks Rhonda, nice to meet you."),
    ("insure1", "2024-05-14 09:00", "Likewise! Hope the spring is going well out there."),
    ("insure1", "2024-05-16 09:30", "Carly, I help farm families protect what they've built with life insurance and succession planning. Most ranchers I talk to are underinsured by 50% or more. Would you have 20 minutes next week for a no-obligation review?"),
])
C(J, "connect_then_pitch", "en", "connect then drone spraying pitch, no reply", [
    ("drone1", "2024-07-30 10:00", "Hey Carly, thanks for the connect! Hope you're having a good summer."),
    ("drone1", "2024-08-02 10:05", "Carly, SkyAg offers drone spraying, mapping and crop scouting across Alberta. We're booking now for next season at early bird rates. Want me to put you on our list?"),
])
C(J, "follow_up_bumps", "en", "video marketing pitch with repeated bumps and no reply", [
    ("video1", "2024-02-26 11:00", "Hi Carly, video is the #1 way to build trust with customers in 2024. Harvest Story Media creates brand films for agribusinesses. Can I send you our reel?"),
    ("video1", "2024-03-04 11:00", "Hi Carly, just floating this back up. Did you get a chance to see my note?"),
    ("video1", "2024-03-13 11:00", "Hi Carly, I know you're busy! Any interest in a quick look at our reel?"),
    ("video1", "2024-03-25 11:00", "Last try, I promise. If now isn't the right time, just let me know and I'll close your file."),
])
C(J, "follow_up_bumps", "en", "solar sales pitch with bumps", [
    ("solar1", "2024-06-04 15:20", "Hi Carly, with power rates climbing, now is the time to go solar. SunYield installs commercial solar with zero down financing. Can I run a free savings estimate for your business?"),
    ("solar1", "2024-06-12 15:20", "Hi Carly, circling back on the solar estimate. Any thoughts?"),
    ("solar1", "2024-06-24 15:20", "Hi again Carly, the federal incentive is ending soon. Don't miss out!"),
])
C(J, "template_mass", "en", "automation template, sender 1 of 5", [
    ("tpl1", "2024-09-03 14:02", "Hi Carly, I came across Brandvold Land & Cattle and was impressed by what you're building in agriculture. We help teams like yours save 20+ hours a week by automating repetitive tasks with AI. Would you be open to a short chat to see if it's a fit?"),
])
C(J, "template_mass", "en", "automation template, sender 2 of 5", [
    ("tpl2", "2024-09-05 10:47", "Hi Carly, I came across Brandvold Land & Cattle and was really impressed by what you're building in ranching. We help businesses like yours save 15+ hours a week by automating manual work with AI. Would you be open to a quick chat to see if there's a fit?"),
])
C(J, "template_mass", "en", "automation template, sender 3 of 5", [
    ("tpl3", "2024-09-09 16:30", "Hey Carly - came across Brandvold Land & Cattle and love what you're building in the agribusiness space. We help teams save 20+ hours every week by automating the boring stuff with AI. Open to a short chat to see if it fits?"),
])
C(J, "template_mass", "en", "automation template, sender 4 of 5", [
    ("tpl4", "2024-09-12 08:15", "Hi Carly, I came across your company and was impressed by what you're building in livestock. We help operations like yours save 25+ hours a week by automating repetitive tasks with AI. Would you be open to a brief chat to see if it's a fit?"),
])
C(J, "template_mass", "de", "automation template, sender 5 of 5, in German", [
    ("tpl5", "2024-09-16 09:05", "Hallo Carly, ich bin auf Brandvold Land & Cattle gestoßen und war beeindruckt, was Sie in der Landwirtschaft aufbauen. Wir helfen Teams wie Ihrem, mit KI-Automatisierung über 20 Stunden pro Woche einzusparen. Wären Sie offen für ein kurzes Gespräch, um zu sehen, ob es passt?"),
])
C(J, "merge_tag_failure", "en", "unfilled first-name tag", [
    ("merge1", "2024-01-17 07:30", "Hi {first_name},\n\nI noticed {company_name} is growing fast and wanted to reach out. We specialize in helping companies in your industry generate more qualified leads through outbound. Do you have 15 minutes this week?\n\nCheers,\nCody"),
])
C(J, "merge_tag_failure", "en", "wrong name in greeting", [
    ("merge2", "2024-05-28 13:15", "Hi Karen, I hope this message finds you well! As a business owner, offering competitive benefits is key to attracting and keeping great employees. BrightPath designs group health plans for small businesses with 5-50 staff. Could I send you a comparison of plans?"),
])
C(J, "merge_tag_failure", "en", "unfilled [Company] placeholder", [
    ("merge3", "2024-08-20 10:00", "Hello Carly,\n\nAt Frost IT we provide managed IT services for companies like [Company]. From help desk to cloud migration, we keep your systems running so you can focus on growing your business. Are you happy with your current IT provider?"),
])
C(J, "merge_tag_failure", "en", "wrong company name filled in", [
    ("merge4", "2024-10-08 11:40", "Hi Carly, congrats on all the growth at Brandvold Dental Group! Running payroll for multiple clinics gets complicated fast. Kinetic Payroll handles multi-location payroll, benefits and compliance in one place. Worth a quick look?"),
])
C(J, "sponsored_inmail", "en", "sponsored InMail for equipment financing", [
    ("spon1", "2024-03-20 12:00", "<p>Hi Carly,</p><p>Need new equipment this season? Northbank Equipment Finance offers approvals in 24 hours &amp; flexible payment plans for businesses of all sizes.</p><p><a href=\"https://example.invalid/apply\">Apply now</a></p>"),
], title="Sponsored Conversation", subject="Get approved in 24 hours")
C(J, "sponsored_inmail", "en", "sponsored InMail for an executive MBA", [
    ("spon2", "2024-06-10 12:00", "<p>Carly, take your leadership to the next level.</p><p>The Westbridge Executive MBA is designed for working professionals. Classes on weekends, 100% online options.</p><p>Download the brochure today.</p>"),
], title="Sponsored Conversation", subject="Your next career move")
C(J, "sponsored_inmail", "en", "sponsored InMail from a hidden sender about a webinar", [
    ("spon3", "2024-10-15 12:00", "Join our free webinar: 7 ways to cut your business insurance costs in 2025. Register today, seats are limited."),
], subject="Exclusive webinar invitation")
C(J, "paid_award", "en", "paid 'award' feature asking a fee", [
    ("award1", "2024-07-02 10:30", "Dear Carly,\n\nCongratulations! Our editorial board has selected you as a nominee for 'Top 10 Ranch Leaders of Western Canada 2024'. Honorees are featured in our digital magazine, receive a crystal trophy and a winner's badge for your website. To confirm your feature, a publication fee of $1,950 applies (early confirmation $1,450 until Friday). Shall I reserve your spot?"),
])
C(J, "paid_podcast", "en", "podcast guest slot that costs money", [
    ("podcast1", "2024-04-17 17:00", "Hey Carly! Loved your profile. We'd love to have you as a guest on The Rural Hustle Podcast to share your story with our 50K listeners. We ask guests to cover a $750 production fee, which includes a professionally edited episode and 10 social clips. Want the booking link?"),
])
C(J, "fluent_names_company", "en", "fluent ERP pitch naming her company but fitting anyone", [
    ("erp1", "2024-10-21 09:20", "Hi Carly, Brandvold Land & Cattle looks like an operation that takes efficiency seriously. As companies grow, disconnected spreadsheets and tools start to slow things down. FarmCore ERP brings finance, inventory, HR and reporting into a single platform, so leaders like you get real-time visibility. Would it make sense to explore whether FarmCore could support Brandvold's next phase of growth?"),
])
C(J, "generic_service_cyber", "en", "generic cybersecurity audit pitch", [
    ("cyber1", "2024-09-24 06:30", "Hi Carly, cyberattacks on small businesses increased 300% last year. Is Brandvold Land & Cattle protected? We offer a free vulnerability scan. Let me know if you'd like to book one."),
])
C(J, "generic_service_ghostwriting", "en", "LinkedIn ghostwriting pitch", [
    ("ghost1", "2024-05-06 12:30", "Hi Carly, your profile has great potential but you're not posting consistently. I help founders grow to 10K+ followers with done-for-you LinkedIn content. 3 spots left this month, want the details?"),
])

profile = {
    "First Name": "Carly", "Last Name": "Brandvold", "Maiden Name": "", "Address": "",
    "Birth Date": "", "Headline": "Ranch Manager at Brandvold Land & Cattle | Cow-calf, backgrounding, Brandvold Beef",
    "Summary": "Fourth generation on the home place near Consort. About 600 Angus-Simmental cows, "
               "we background our calves, sell bred heifers, custom graze, and sell freezer beef "
               "direct as Brandvold Beef. Rotational grazing since 2016.",
    "Industry": "Ranching", "Zip Code": "T0C 1B0", "Geo Location": "Consort, Alberta, Canada",
    "Twitter Handles": "", "Websites": "[COMPANY:brandvoldbeef.ca]", "Instant Messengers": "",
}
positions = [
    {"Company Name": "Brandvold Land & Cattle Ltd.", "Title": "Ranch Manager",
     "Description": "Herd management, grazing plans, marketing of calves and freezer beef.",
     "Location": "Consort, Alberta", "Started On": "Mar 2014", "Finished On": ""},
    {"Company Name": "Alberta Cow-Calf Council", "Title": "Committee Member, Animal Care",
     "Description": "", "Location": "Alberta", "Started On": "Dec 2023", "Finished On": ""},
    {"Company Name": "Central Feed & Pellet", "Title": "Livestock Nutrition Assistant",
     "Description": "", "Location": "Stettler, Alberta", "Started On": "May 2010",
     "Finished On": "Feb 2014"},
]
skills = ["Cattle", "Rotational Grazing", "Animal Husbandry", "Ranch Management", "Livestock",
          "Beef Marketing", "Forage"]

if __name__ == "__main__":
    ex.write(OUT, profile, positions, skills)
    print(ex.summary())

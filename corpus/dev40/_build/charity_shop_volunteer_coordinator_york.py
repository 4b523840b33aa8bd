"""dev40 persona: volunteer coordinator for a hospice charity's shops in York (2023 layout).

Every message below is invented and written by hand for this corpus. Running this script
regenerates ../en-charity-shop-volunteer-coordinator-york byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-charity-shop-volunteer-coordinator-york"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Rosalind Thwaite", "https://www.linkedin.com/in/rosalind-thwaite-york")
ex = Export(SLUG, "2023", owner)
P = ex.person
C = ex.conv


def fresh(day: str, time: str = "08:05", note: str = "") -> dict[str, object]:
    """A stranger whose invitation and connection land just before the first message."""
    return {"connected": day, "invite": ("IN", f"{day} {time}", note)}


# ---------------------------------------------------------------- people: the hospice and shops
P("maureen", "Maureen Dobson", "St Everild's Hospice Shops", "Shop Manager, Acomb", connected="2016-03-11")
P("gaz", "Gary Leeming", "St Everild's Hospice Shops", "Shop Manager, Gillygate Furniture", connected="2017-08-02")
P("anika", "Anika Basu", "St Everild's Hospice Shops", "Shop Manager, Bishopthorpe Road", connected="2020-01-20")
P("terry", "Terry Oldroyd", "St Everild's Hospice Shops", "Shop Manager, Haxby", connected="2018-05-14")
P("helen", "Helen Marwood", "St Everild's Hospice", "Head of Retail", connected="2015-09-30")
P("comms", "Jess Pickering", "St Everild's Hospice", "Communications Officer", connected="2021-06-07")
P("fundr", "Sam Ackroyd", "St Everild's Hospice", "Events Fundraiser", connected="2019-02-18")
P("trustee", "Dr Philip Crabtree", "St Everild's Hospice", "Trustee", connected="2019-11-05")
P("vol_jean", "Jean Hebblethwaite", "", "Retired teacher", connected="2014-10-01")
P("vol_derek", "Derek Swales", "", "Volunteer, Gillygate van crew", connected="2018-09-12")
P("vol_amira", "Amira Haddad", "University of York", "Student", connected="2022-10-04")
P("vol_kez", "Kerry Naylor", "Dringhouses Primary School", "Teaching Assistant", connected="2021-04-22")
P("vol_dan", "Daniel Fairburn", "", "Volunteer, Bishopthorpe Road", connected="2022-02-14")
P("vol_lin", "Linda Moorhouse", "", "Volunteer, Haxby", connected="2017-03-03")
P("derek_dtr", "Claire Swales", "NHS Vale of York", "Practice Nurse", connected="2023-02-20")
P("old_vol", "Ellie Brigham", "Leeds City Council", "Graduate Trainee", connected="2019-07-01")
P("dofe", "Oliver Tennant", "", "Student, Fulford School", connected="2023-01-16")
P("spamvol", "Bogdan Iliescu", "", "Warehouse operative", connected=None)
# ---------------------------------------------------------------- partners, council, press, vendors
P("council", "Nadia Kershaw", "City of York Council", "Community Hubs Officer", connected="2020-09-09")
P("cvs", "Priya Lal", "York Centre for Voluntary Service", "Volunteer Centre Manager", connected="2016-06-21")
P("jobcentre", "Mark Ellerby", "Jobcentre Plus York", "Work Coach", connected="2022-08-30")
P("school", "Fiona Rudd", "Joseph Rowntree School", "Careers Lead", connected="2021-11-10")
P("uni", "Tom Whitaker", "University of York Students' Union", "Volunteering Coordinator", connected="2019-08-20")
P("press", "Becky Sowerby", "York Evening Courier", "Community Reporter", connected="2023-04-03",
  invite=("OUT", "2023-04-03 08:45", "Hi Becky, lovely to meet you at the CVS forum."))
P("film", "Rhys Carver", "Ferriby Lane Productions", "Art Department Buyer")
P("theatre", "Wendy Alsop", "Grand Opera House York", "Costume Supervisor", connected="2021-03-15")
P("rag", "Steve Pullan", "Pullan Textile Recovery", "Director", connected="2017-01-09")
P("epos", "Karen Holt", "Tillcraft EPOS", "Account Manager", connected="2019-04-24")
P("volly", "Ben Oyelaran", "Rotawise", "Customer Success", connected="2021-07-19")
P("pat", "Andy Greenwood", "Greenwood Electrical Testing", "Owner", connected="2018-02-27")
P("peer", "Shona McBride", "Wolds Animal Rescue", "Retail & Volunteering Lead", connected="2019-05-16")
P("recruiter", "Carl Fitton", "Third Sector Talent", "Senior Consultant", connected="2022-11-01")
P("applicant", "Natalie Ogunbiyi", "", "Volunteer Officer", connected=None)
P("mentor", "Gwen Ashworth", "", "Retired, formerly Oxfam regional manager", connected="2013-02-02")
P("insurer", "Laura Pennock", "Minster Mutual", "Community Engagement Lead", connected="2022-06-15")
P("friend", "Kate Elsworth", "York Hospital", "Ward Sister", connected="2012-05-05")
P("safeg", "Hannah Roe", "Ripon Diocese", "Safeguarding Adviser", connected="2018-10-10")
# ---------------------------------------------------------------- wanted pitches
P("w_soft", "Ciaran Doyle", "Shiftly Volunteer", "Partnerships Manager")
P("w_photo", "Imogen Tate", "Imogen Tate Photography", "Photographer", connected="2023-03-20",
  invite=("IN", "2023-03-20 19:40", "Hi Rosalind - I was in the audience at the volunteer managers' forum on Thursday."))
P("w_epos", "Raj Mistry", "Counterline Retail Systems", "Charity Retail Specialist")
P("w_recr", "Felicity Boyes", "Kirkstall Search", "Associate Director, Charity Appointments")
P("w_van", "Neil Scaife", "Dalesway Vehicle Leasing", "Charity Fleet Manager")
P("w_train", "Marcus Ibe", "Open Door Training", "Director", connected="2023-05-09",
  invite=("IN", "2023-05-09 10:02", "Priya Lal suggested we connect."))
P("w_rag", "Joanne Kettlewell", "Northern Reuse Textiles", "Collections Manager")
P("w_tender", "Saffron Birch", "Second Seat Upholstery CIC", "Founder")
P("w_web", "Tobias Rennard", "", "Freelance web developer for charities")
P("w_sign", "Gordon Pybus", "Pybus Signs", "Sign writer")
P("w_energy", "Aisha Qureshi", "Charity Energy Partnership", "Account Director")
P("w_pod", "Dom Hirst", "Third Sector North podcast", "Host & Producer")
# ---------------------------------------------------------------- junk senders
P("j_soft", "Tyler Brandt", "VolunteerHub Pro", "Account Executive")
P("j_video", "Alex Monroe", "Storyfront Media", "Growth Lead")
P("j_epos", "Danny Kwok", "SwiftTill", "Sales Development Rep")
P("j_kilo", "Mehmet Arslan", "EuroKilo Vintage", "Export Manager")
P("j_pod", "Brianna Vale", "Charity Leaders Spotlight", "Producer")
P("j_award", "Oscar Lindqvist", "UK Third Sector Excellence Awards", "Awards Coordinator")
P("j_mag", "Priyanka Sethi", "Charity Review Quarterly", "Features Editor")
P("j_capacity", "Jordan Pike", "Pike Digital", "Founder")
P("j_likeminded", "Serena Castellano", "Castellano Ventures", "Serial Entrepreneur | Investor | Speaker")
P("j_15min", "Kyle Ostrowski", "RankRise SEO", "SEO Strategist")
P("j_ctp1", "Harvey Lomas", "Leadsmith", "Business Development", **fresh("2023-06-12", "07:51"))
P("j_ctp2", "Chloe Marchetti", "GiveChain", "Community Lead", **fresh("2023-02-07", "12:14", "Fellow Yorkshire lass here!"))
P("j_ctp3", "Martin Rowe", "Rowe Legacy Consulting", "Legacy Fundraising Consultant", **fresh("2022-10-18", "16:30"))
P("j_bump1", "Nicole Farrant", "Pixel & Pine Web Studio", "Client Partner")
P("j_bump2", "Ravi Anand", "GrantGenie AI", "Co-founder")
P("j_tpl1", "Hollie Grant", "Uplift Giving", "Partnerships")
P("j_tpl2", "Damien Shaw", "RaiseRight Digital", "Head of Partnerships")
P("j_tpl3", "Ewa Nowicka", "DonorPath", "Partnership Manager")
P("j_tpl4", "Lewis Harker", "Bright Cause Agency", "Business Development Manager")
P("j_tpl5", "Sophie Lang", "Kindful Growth", "Account Executive")
P("j_merge1", "Ryan Cole", "Apex Outsourcing", "Sales Manager")
P("j_merge2", "Tasha Green", "BrandStitch Uniforms", "Sales Executive")
P("j_merge3", "Paul Devlin", "ClearPath Coaching", "Executive Coach")
P("j_merge4", "Ingrid Solberg", "Lumo Lighting", "Business Development")
P("j_spons1", "Nimbus Payroll", "", "", url="https://www.linkedin.com/company/nimbus-payroll")
P("j_spons2", "Carrick Business School", "", "", url="https://www.linkedin.com/company/carrick-business-school")
P("j_solar", "Gareth Pryce", "SunVolt Commercial", "Commercial Solar Consultant")
P("j_forex", "Kenji Adebayo", "", "Forex Mentor | Financial Freedom Coach")
P("j_books", "Leanne Briggs", "Ledgerly Bookkeeping", "Director")
P("j_va", "Marisol Reyes", "TaskBridge Virtual Assistants", "Client Relations")
P("j_lottery", "Callum Fry", "Prize Pot Lotteries", "Charity Partnerships")
P("j_mlm", "Stacey Winterburn", "", "Wellness Entrepreneur | Mum of 3")
P("j_app", "Vikram Joshi", "Appcrafters", "Business Analyst")
P("j_recr", "Jade Whitfield", "Vertex Talent", "Recruitment Consultant")
P("j_volrec", "Elliot Sandhu", "VolunteerBoost", "Founder")
P("j_fluent", "Rebecca Hale", "Insight Impact Consulting", "Principal Consultant")
P("j_crypto", "Zane Mercer", "CoinGive", "Head of Growth")
P("j_leadership", "Natasha Birk", "Lead With Heart", "Coach")
P("j_ai", "Omar Farouk", "Promptly AI", "Founder")

# ================================================================ GENUINE
C("genuine", "shop_rota_gap", "en", "Acomb shop manager needs Saturday cover; long-standing colleague", [
    ("maureen", "2023-06-15 08:12", "Morning love. Saturday's looking grim at Acomb - Pat's poorly and Val's off to her sister's in Scarborough. I've only got me and young Kieran. Any chance you've got someone spare? Even just 10 till 1 would do."),
    ("me", "2023-06-15 08:40", "Morning Maureen! Leave it with me. Daniel from Bishy Road said he'd float if needed, I'll ring him at dinner."),
    ("maureen", "2023-06-15 12:55", "Ta very much. Tell him there's a brew and a Kit Kat in it."),
    ("me", "2023-06-15 13:20", "He's in 10-2. He says he'll hold you to the Kit Kat."),
])
C("genuine", "volunteer_day_swap", "en", "long-serving volunteer asks to swap days", [
    ("vol_jean", "2023-01-09 10:31", "Hello Rosalind dear, hope you had a restful Christmas. I wondered whether I might move from Tuesdays to Thursdays at Micklegate from February? My grandson starts nursery and I'm doing the Tuesday pick-up. I shall quite miss the Tuesday crowd, we've put the world to rights for nine years now!"),
    ("me", "2023-01-09 11:02", "Hello Jean! Of course - Thursdays would be grand, they're always short on the sorting table. I'll let Bev know. And congratulations to the little one!"),
    ("vol_jean", "2023-01-09 11:15", "Thank you. You're a treasure."),
])
C("genuine", "head_of_retail_meeting", "en", "line manager asks for figures before meeting", [
    ("helen", "2023-03-02 16:44", "Ros, before Tuesday's retail meeting could you pull together active volunteer numbers per shop and the hours logged for Q4? Trustees are asking about the dip at Haxby. No need for anything fancy, a table is fine."),
    ("me", "2023-03-02 17:10", "Will do. Haxby dip is mostly the two Wednesday ladies who moved into sheltered housing - I'll put a line in about that so it doesn't look like a crisis."),
    ("helen", "2023-03-02 17:12", "Perfect, thanks."),
])
C("genuine", "council_volunteering_fair", "en", "council contact invites her to a stall at a fair; event from a real contact", [
    ("council", "2023-04-18 09:20", "Hi Rosalind, we're running the Community Hubs volunteering fair at Tang Hall on 20 May again. Would St Everild's like a table? Free as ever, we just ask you bring your own gazebo weights if you're outside."),
    ("me", "2023-04-18 10:05", "Hi Nadia, yes please! Inside if there's room - last year the wind nearly had the banner off to Hull."),
    ("council", "2023-04-18 10:30", "Ha, noted. Inside, by the tea urn. Best pitch in the house."),
])
C("genuine", "donor_house_clearance", "en", "donor offers furniture from late mother's house", [
    ("vol_kez", "2023-05-23 19:02", "Hi Rosalind, sorry to message you on here, I couldn't find a number for the furniture shop. My mum passed in March (your nurses were so good with her at the end) and we're clearing her bungalow in Dringhouses. There's a good oak dresser, a dining table and 6 chairs and a settee with fire labels. Would Gillygate want them?"),
    ("me", "2023-05-23 19:30", "Hi Kerry, I'm so sorry about your mum. Yes, I'm sure Gary would love them - I'll pass your details to him and he'll arrange a collection with the van crew. Thank you for thinking of us."),
    ("vol_kez", "2023-05-24 08:14", "Thank you. It's what she'd have wanted."),
])
C("genuine", "epos_price_change", "en", "existing EPOS vendor announces new price per till; hard case", [
    ("epos", "2023-02-14 11:00", "Hi Rosalind, a heads-up before the formal letter goes out: from 1 April the Tillcraft support plan moves from £22 to £26 per till per month. Your five tills plus the back-office licence would go from £125 to £145 a month. I know budgets are tight, so if you'd like, I can look at moving the Haxby till to the lite plan since it doesn't do Gift Aid scanning. Happy to jump on a call with you or Helen."),
    ("me", "2023-02-14 12:31", "Thanks Karen, appreciate the warning. Can you send the lite plan details over and I'll take it to Helen? And does the Gift Aid label printer stay covered on the lite plan?"),
    ("epos", "2023-02-14 14:02", "Printer stays covered, yes. Sending the sheet now."),
])
C("genuine", "platform_invoice_query", "en", "existing recruitment-platform vendor sorts an invoice query", [
    ("me", "2023-07-03 09:15", "Hi Ben, our finance team have had an invoice for 60 seats on Rotawise but we've only got 48 active volunteers set up. Could you check? I think the leavers from spring are still counting."),
    ("volly", "2023-07-03 10:48", "Hi Rosalind, you're right - archived users were being counted after the last update. I've corrected it to 48 and a credit note for the difference (£36) will come through this week. Sorry about that!"),
    ("me", "2023-07-03 10:52", "Brilliant, thank you."),
])
C("genuine", "dofe_signoff", "en", "student asks for DofE volunteering sign-off", [
    ("dofe", "2023-03-27 17:40", "hi miss thwaite, its oliver from haxby shop (sat mornings). my dofe leader says i need an assessor report for the volunteering section, is it ok if i put you down? its 3 months done now"),
    ("me", "2023-03-27 18:22", "Hi Oliver, of course. Put my name and work email down and I'll fill it in when it comes through. Terry says you're a dab hand at steaming coats now!"),
    ("dofe", "2023-03-27 18:25", "thanks!! yeah lol"),
])
C("genuine", "job_applicant", "en", "applicant for the assistant volunteer coordinator post", [
    ("applicant", "2023-08-08 13:05", "Dear Rosalind, I've just applied for the Assistant Volunteer Coordinator role via the hospice website and wanted to say hello. I currently coordinate 70 volunteers at a food bank in Harrogate and would love to move into hospice retail - my dad was cared for at St Everild's in 2019. I'd be very grateful to know whether the interviews are likely in September?"),
    ("me", "2023-08-08 15:40", "Dear Natalie, thank you for getting in touch, and I'm glad we could look after your dad. Shortlisting is on the 21st and interviews the week of 4 September. HR will be in touch either way. Good luck!"),
    ("applicant", "2023-08-08 15:52", "Thank you so much, that's really helpful."),
])
C("genuine", "recruiter_engaged", "en", "owner engaged a charity recruiter to fill a retail area role", [
    ("me", "2022-11-02 10:10", "Hi Carl, Helen Marwood gave me your name. We're looking for a part-time Retail Volunteer Supervisor to cover the Haxby and Acomb shops, 22.5 hours. Would you be able to help us find someone? We've struggled with the job boards."),
    ("recruiter", "2022-11-02 12:38", "Hi Rosalind, thanks for reaching out. Yes - we do a lot of this. Our fee for part-time charity roles is 12% of the pro-rata salary, with a 12-week rebate. Could we have a 20-minute call to go through the spec? Thursday 2pm?"),
    ("me", "2022-11-02 13:00", "Thursday 2pm works. I'll send the JD before."),
    ("recruiter", "2022-11-17 09:01", "Morning - three CVs on their way to your inbox. The second one (Joanne) has charity shop experience from Sue Ryder in Selby. Let me know your thoughts."),
])
C("genuine", "journalist_story", "en", "local reporter wants a volunteer feature", [
    ("press", "2023-04-04 14:22", "Hi Rosalind, thanks for connecting. We heard that one of your Micklegate volunteers, Edna, is turning 90 and still does two shifts a week. We'd love to do a piece for the Courier with a photo in the shop. Would she be up for it?"),
    ("me", "2023-04-04 15:01", "Hi Becky, she would be THRILLED. Let me check with her and with our comms team (Jess) about consent. Her birthday is the 19th - could you come that morning?"),
    ("press", "2023-04-04 15:09", "The 19th is perfect. I'll bring a photographer around 10."),
])
C("genuine", "thanks_after_celebration", "en", "near-duplicate thank-you 1 after Volunteers' Week tea", [
    ("vol_lin", "2023-06-08 20:14", "Thank you for a lovely afternoon tea today Rosalind. The scones were better than Bettys! So nice to be thanked."),
])
C("genuine", "thanks_after_celebration", "en", "near-duplicate thank-you 2 after Volunteers' Week tea", [
    ("vol_dan", "2023-06-08 21:02", "Thanks for today, really lovely afternoon. Great to put faces to names from the other shops."),
    ("me", "2023-06-09 08:30", "Thanks for coming Daniel, and for carrying all the chairs!"),
])
C("genuine", "thanks_after_celebration", "en", "near-duplicate thank-you 3 after Volunteers' Week tea", [
    ("vol_jean", "2023-06-09 09:47", "Just wanted to say thank you for the lovely tea yesterday and for my certificate! Ten years, where did that go?"),
])
C("genuine", "inbound_buyer_film", "en", "production company wants to buy/hire 1970s furniture; inbound lead with price talk", [
    ("film", "2023-09-12 11:30", "Hi Rosalind, I'm buying for a TV drama shooting in York in October (set in 1976). Someone told me your Gillygate shop has a lot of period stuff. Could we buy a batch of furniture and small props - say a teak sideboard, a G-Plan-ish table, lamps, ashtrays, the lot? We'd pay properly and credit the hospice. Who should I talk to about prices?"),
    ("me", "2023-09-12 12:05", "Hi Rhys, how exciting! Gary Leeming runs Gillygate, I'll introduce you. He'll probably want to do a bulk price rather than ticket price. Are you looking to buy outright or hire and return?"),
    ("film", "2023-09-12 12:20", "Buy outright ideally, we don't have storage to bring it back. Budget around £1,500 for the first batch."),
    ("me", "2023-09-12 12:31", "Lovely. Gary's cc'd on the email I've just sent you."),
])
C("genuine", "inbound_buyer_theatre", "en", "theatre costume department wants to buy clothing in bulk", [
    ("theatre", "2023-10-02 10:15", "Hiya Ros, panto season again! We need a rail of ladies' 1950s-ish dresses and as many men's tweed jackets as you can find. Same deal as last year - we pay half ticket price for bulk? Can I come to the warehouse Thursday?"),
    ("me", "2023-10-02 10:44", "Hi Wendy! Same deal is fine. Thursday after 11, the sorting team will have pulled the tweed by then. Oh yes it is (sorry)."),
    ("theatre", "2023-10-02 10:46", "Oh no it isn't. See you Thursday x"),
])
C("genuine", "rag_merchant_price", "en", "existing rag merchant lowers price per tonne; hard case", [
    ("rag", "2023-01-23 08:30", "Morning Rosalind. Bad news I'm afraid - export prices for mixed textiles have dropped again. From February we'll be paying £280 a tonne instead of £340. Still collecting weekly from Acomb and fortnightly from the others. Sorry, it's not our doing, it's the market in Eastern Europe."),
    ("me", "2023-01-23 09:12", "Thanks for letting me know Steve. Can we keep the weekly at Acomb at least? The back room there is chocka."),
    ("rag", "2023-01-23 09:20", "Weekly at Acomb stays, no problem."),
])
C("genuine", "peer_joint_offer", "en", "peer at another charity proposes a joint volunteer recruitment stall with shared cost", [
    ("peer", "2023-07-20 15:35", "Hi Rosalind! Mad idea: the Students' Union want £80 per stall at freshers' fair. Fancy going halves with us on one stall? Your shops and our shops are on the same streets anyway, and students can pick either (or both!). We'd do a joint flyer, I've got a designer volunteer who'll do it for free."),
    ("me", "2023-07-20 16:10", "Not mad at all - I love it. £40 each is much easier to get signed off. I'll ask Helen but I can't see her saying no."),
    ("peer", "2023-07-20 16:12", "Yay! I'll draft the flyer text."),
    ("me", "2023-07-24 09:00", "Helen says yes. Let's do it!"),
])
C("genuine", "uni_freshers_booking", "en", "students' union confirms stall and fee", [
    ("uni", "2023-08-01 11:11", "Hi Rosalind, confirming the shared stall with Wolds Animal Rescue at the Volunteering Fair on 27 Sept, table 14. Invoice for £80 will go to Wolds as lead org. Please arrive by 9:30."),
    ("me", "2023-08-01 11:40", "Thanks Tom, all noted."),
])
C("genuine", "owner_started_advice", "en", "owner asks a former contact about safeguarding training", [
    ("me", "2022-09-14 10:00", "Hi Hannah, long time no speak! Quick one - do you still do safeguarding refreshers for volunteers? We've got a lot of older volunteers who found the online module hard going and I'd rather do it in person."),
    ("safeg", "2022-09-14 13:30", "Hi Ros! Yes, I do a 90-minute in-person session. For charities it's £150 a session, up to 20 people. I can do a Saturday if that's easier for your lot."),
    ("me", "2022-09-14 13:45", "Perfect. Can I book two Saturdays in October?"),
    ("safeg", "2022-09-14 14:00", "8th and 22nd?"),
    ("me", "2022-09-14 14:02", "Done."),
])
C("genuine", "owner_started_shop", "en", "owner messages a shop manager about Christmas window", [
    ("me", "2022-11-10 09:30", "Terry, are we still on for Christmas window judging on the 1st? The volunteers at Haxby have been secretive about their theme."),
    ("terry", "2022-11-10 11:02", "Ha, they have. All I'll say is there's a lot of knitting involved and Linda's bought a ton of cotton wool."),
    ("me", "2022-11-10 11:05", "Knitted nativity? Knitted reindeer? I'm intrigued."),
])
C("genuine", "hospice_event_volunteers", "en", "hospice fundraising needs marshals", [
    ("fundr", "2023-05-30 12:00", "Hi Ros, Midnight Walk is 15 July and we're 20 marshals short. Any of your shop volunteers fancy it? Hi-vis and bacon butties provided."),
    ("me", "2023-05-30 12:40", "I'll put it in the volunteer newsletter this Friday. Derek's van crew usually go for anything with a bacon butty."),
])
C("genuine", "volunteer_stepping_back", "en", "volunteer's daughter says her father needs to stop", [
    ("derek_dtr", "2023-02-21 18:05", "Hello Rosalind, I'm Derek Swales's daughter. Dad has been diagnosed with early dementia and the consultant says he shouldn't be lifting or driving any more. He's devastated about leaving the van crew - it's been his life since Mum died. Is there anything he could still do?"),
    ("me", "2023-02-21 18:40", "Hello Claire, I'm so sorry to hear that. Derek is one of our best. There's absolutely a place for him - the book sorting at Gillygate is seated and sociable, and Gary would be delighted. Shall I give Derek a ring this week and talk it through with him?"),
    ("derek_dtr", "2023-02-21 19:01", "That would mean the world to him. Thank you."),
    ("me", "2023-02-27 16:20", "Just to let you know Derek's first books shift went really well. He's already reorganised the Westerns."),
])
C("genuine", "long_standing_mentor", "en", "long-standing mentor catch-up", [
    ("mentor", "2023-03-30 20:45", "Hello pet, saw your post about the Haxby window - so proud of you. Fancy a coffee when I'm next in York? I'll be in for the Minster concert on the 14th."),
    ("me", "2023-03-30 21:10", "Gwen! Yes please. Spurriergate Centre at 11?"),
    ("mentor", "2023-03-30 21:12", "Perfect. I'll be the one in the purple coat."),
])
C("genuine", "spam_folder_volunteer", "en", "new volunteer's DBS question landed in spam", [
    ("spamvol", "2023-06-26 07:12", "Hello. I am Bogdan, I start volunteer at Gillygate with the van on Saturday. The lady say I need DBS form but the link not working on my phone. Can you send again please? Thank you very much."),
    ("me", "2023-06-28 10:15", "Hi Bogdan, sorry - your message went to my spam folder! I've emailed you the DBS link again, and Gary has paper forms in the shop if that's easier. Welcome aboard!"),
    ("spamvol", "2023-06-28 10:30", "Thank you!"),
], folder="SPAM")
C("genuine", "jobcentre_placements", "en", "work coach asks about volunteering placements", [
    ("jobcentre", "2023-01-31 11:00", "Hi Rosalind, we've got a few customers who'd benefit from some retail experience before applying for jobs - building confidence more than anything. Do you still take referrals? Two of them live near Acomb."),
    ("me", "2023-01-31 11:35", "Hi Mark, yes we do. Maureen at Acomb is brilliant with nervous starters. Send them my way and I'll do an informal chat first."),
])
C("genuine", "school_work_experience", "en", "school careers lead asks for work experience places", [
    ("school", "2023-02-16 15:50", "Hi Rosalind, our Year 10s do work experience 10-14 July. Could any of your shops take one or two students? They'd need a named supervisor and a quick risk assessment."),
    ("me", "2023-02-16 16:10", "Hi Fiona, Bishy Road and Haxby could take one each. Send me the risk assessment form."),
])
C("genuine", "trustee_question", "en", "trustee asks about volunteer retention", [
    ("trustee", "2023-09-20 19:30", "Dear Rosalind, I'm preparing the retail section of the trustee report. Could you tell me in a sentence or two what has driven the improvement in volunteer retention this year? The board were impressed."),
    ("me", "2023-09-21 08:45", "Dear Philip, mostly the buddy scheme for new starters and the move to regular shifts rather than ad hoc. Also we started saying thank you properly! I'll send a short paragraph by Friday."),
    ("trustee", "2023-09-21 09:10", "Thank you, that's ideal."),
])
C("genuine", "pat_testing_quote", "en", "owner asks the usual electrician for a quote", [
    ("me", "2023-08-22 10:20", "Hi Andy, time for the annual PAT testing at Gillygate. It's a big one this year, we've had a lot of lamps and kettles in. Could you quote for two days?"),
    ("pat", "2023-08-22 18:05", "Hiya Ros. Two days would be £420 same as last year, charity rate. I can do 5th and 6th Sept."),
    ("me", "2023-08-23 08:30", "Booked, thanks Andy."),
])
C("genuine", "comms_consent", "en", "hospice comms asks about volunteer photo consent", [
    ("comms", "2023-04-05 09:05", "Morning! Becky from the Courier told me about Edna's 90th. Love it. Could you get Edna to sign a photo consent form? I'll drop some off at Micklegate. Also can we share the photos on our socials?"),
    ("me", "2023-04-05 09:22", "Morning Jess, yes to both. She's already planning her outfit."),
])
C("genuine", "volunteer_idea", "en", "volunteer proposes upcycling workshop", [
    ("vol_amira", "2023-11-07 16:40", "Hi Rosalind! I had an idea - lots of the clothes that don't sell could be upcycled. I run a sewing society at uni and we could do a monthly upcycling workshop at Bishy Road and sell the results? Happy to chat whenever."),
    ("me", "2023-11-07 17:15", "Amira, I love this! Let's chat with Anika - are you free Monday afternoon?"),
    ("vol_amira", "2023-11-07 17:20", "Monday works!"),
    ("anika", "2023-11-08 09:00", "Just seen Ros's note - count me in, the back room is full of stuff that would be perfect"),
], title="Upcycling idea")
C("genuine", "shop_group_chat", "en", "group chat of shop managers about the heatwave", [
    ("anika", "2022-07-18 08:05", "Is anyone else's shop like an oven? 31 degrees in the changing room already"),
    ("terry", "2022-07-18 08:09", "Haxby's got two fans and a prayer"),
    ("maureen", "2022-07-18 08:15", "We've propped the back door open. Kieran's manning it with a water pistol for the pigeons"),
    ("me", "2022-07-18 08:30", "Please close at 3 if it goes over 30 inside, Helen's agreed. Volunteers' health comes first. And make sure everyone's drinking water!"),
    ("gaz", "2022-07-18 08:41", "Gillygate is fine, perks of a stone building"),
], title="Shop Managers", extra=["helen"])
C("genuine", "reference_request", "en", "former volunteer asks for a job reference", [
    ("old_vol", "2023-05-02 12:15", "Hi Rosalind, hope you're well! I volunteered at Micklegate all through sixth form (2017-2019) - I'm applying for a job at Leeds council and they've asked for a character reference. Would you mind?"),
    ("me", "2023-05-02 13:00", "Ellie! Of course I remember you - the girl who could price a Royal Doulton at twenty paces. Happy to. Send me the details."),
])
C("genuine", "corporate_volunteering_lead", "en", "local employer wants to book a team volunteering day; inbound, mentions a donation fee", [
    ("insurer", "2023-03-13 10:10", "Hi Rosalind, we give every Minster Mutual employee two volunteering days a year. Could a team of 8 do a day at your warehouse sorting donations in April? We usually make a £500 donation alongside. Let me know what works."),
    ("me", "2023-03-13 11:20", "Hi Laura, that would be wonderful. The sorting backlog after the spring clean-out is terrifying. Would Tuesday 25 April suit? I'll need names for the induction."),
    ("insurer", "2023-03-13 11:32", "25th it is. Names to follow."),
])
C("genuine", "friend_anniversary", "en", "friend congratulates on 10 years at the hospice", [
    ("friend", "2023-09-30 22:01", "10 YEARS at St Everild's!! LinkedIn told me. Proud of you hun. Drinks on me at the Blue Bell next week x"),
    ("me", "2023-10-01 09:15", "Ha thank you! Next week it is x"),
])
C("genuine", "cvs_network_meeting", "en", "volunteer centre invites her to a network meeting and to speak", [
    ("cvs", "2023-02-28 14:00", "Hi Ros, would you do a 10-minute slot at the Volunteer Managers' Forum on 16 March? Your bit about getting older volunteers back after Covid went down so well at the Selby one."),
    ("me", "2023-02-28 14:30", "Go on then. I'll bring slides and biscuits."),
    ("cvs", "2023-03-17 09:12", "Thanks for yesterday - people are still talking about the 'tea and a timetable' idea."),
])
C("genuine", "haxby_manager_update", "en", "shop manager forwards a volunteer issue", [
    ("terry", "2023-08-14 16:55", "Ros, Linda's knee is playing up again, she's going to drop to one shift for a bit. I've asked Oliver if he can do an extra Saturday but he's got exams. Could you put Haxby first on the list from the freshers' fair?"),
    ("me", "2023-08-14 17:20", "Will do Terry. Give Linda my love."),
])

# ================================================================ WANTED PITCHES
C("wanted_pitch", "volunteer_software_post", "en", "rota software vendor quotes her post about spreadsheet rota chaos", [
    ("w_soft", "2023-06-20 10:05", "Hi Rosalind, your post on Sunday about spending your weekend untangling a rota spreadsheet because two shop managers edited the same tab really struck a chord - and your line 'volunteers aren't staff, they're guests who happen to work' is now on a sticky note on my monitor. I won't pretend you aren't already on Rotawise, but the one thing your post describes (shop managers overwriting each other, no per-shop view) is exactly what our multi-site rota does: each manager sees only their shop, volunteers swap shifts themselves by text. We have a free charity tier up to 50 volunteers, which I think covers you. Happy to send a 3-minute video instead of a call if that's easier."),
    ("me", "2023-06-20 12:40", "Ha, that post got more comments than anything I've ever written. Send the video - no promises, we're in contract until March."),
    ("w_soft", "2023-06-20 12:55", "Totally fair. Video's here and I'll leave it with you. Good luck with the rota!"),
])
C("wanted_pitch", "photographer_talk", "en", "photographer heard her talk at the volunteer managers' forum", [
    ("w_photo", "2023-03-21 09:10", "Hi Rosalind, thanks for connecting. I was at the forum on Thursday - your story about Edna ('I'm 89, not dead, put me on the till') had the whole room laughing. I photograph people in their workplaces and would love to offer a small portrait series of your longest-serving shop volunteers for Volunteers' Week in June. For charities I work at cost (£180 a day, no licence fee, you keep all the images). No pressure at all - I just thought the faces behind those stories deserve to be seen."),
    ("me", "2023-03-21 10:05", "Imogen, that's a lovely idea. Let me run it past Jess in comms - she's got a small Volunteers' Week budget."),
    ("w_photo", "2023-03-21 10:12", "Wonderful, thank you!"),
])
C("wanted_pitch", "epos_shop_visit", "en", "EPOS specialist visited the Bishopthorpe Road shop and saw the Gift Aid problem", [
    ("w_epos", "2023-04-12 14:30", "Hi Rosalind - I popped into your Bishopthorpe Road shop on Saturday (bought a very nice Penguin paperback) and noticed the volunteer had to write the Gift Aid donor number by hand and then key it at the till, because the label scanner wasn't talking to the till. That's a known quirk with Tillcraft's older firmware; we integrate Gift Aid scanning for about 30 hospice shops and I'd be happy to show you how ours handles it. If you're staying with Tillcraft, honestly, ask them for firmware 4.2 first - it might fix it for free."),
    ("me", "2023-04-12 15:55", "That's very honest of you, thank you. I'll ask Karen about 4.2 first. If it doesn't fix it, I'll be in touch."),
])
C("wanted_pitch", "recruiter_relevant_role", "en", "recruiter with a relevant hospice volunteering role", [
    ("w_recr", "2023-10-10 11:45", "Dear Rosalind, I'm recruiting a Head of Volunteering for a hospice in West Leeds (420 volunteers across 9 shops and the in-patient unit). Your ten years building the shop volunteer programme at St Everild's, and the retention work your trustee report mentions, map almost exactly onto what the board want. It's £41-44k, four days considered. I fully understand if you're happy where you are; would you be open to a confidential chat, or know someone who might be?"),
    ("me", "2023-10-10 19:30", "Thanks Felicity, it's kind of you. I'm settled here for now, but I might know someone - can I pass on your details?"),
    ("w_recr", "2023-10-11 08:15", "Of course, thank you."),
])
C("wanted_pitch", "van_lease_press", "en", "van leasing firm read the Courier piece on furniture collection waiting times", [
    ("w_van", "2023-05-16 09:40", "Hi Rosalind, I read in the Courier last week that Gillygate has a five-week waiting list for furniture collections because your one Luton van is off the road so often. We lease vans to about a dozen Yorkshire charities on a maintenance-included plan, so when one breaks we swap it within 48 hours. I priced a 3.5t Luton with tail lift for you at £410 a month including servicing. Worth a look alongside whatever Gary is doing now?"),
    ("me", "2023-05-16 11:02", "Neil, you've done your homework. Gary's been tearing his hair out. Can you send the full quote and I'll put it in front of him and Helen?"),
])
C("wanted_pitch", "training_mutual_contact", "en", "training provider introduced by mutual contact Priya", [
    ("w_train", "2023-05-09 10:30", "Hi Rosalind, Priya at York CVS mentioned you were looking for a mental health awareness session for shop volunteers who deal with grieving donors. We ran a 2-hour 'Conversations at the counter' session for Priya's network last year; it's written for charity shop settings specifically (what to say when someone brings in their late husband's suits). Charity rate is £240 for up to 16 people. Would a short call be helpful?"),
    ("me", "2023-05-09 11:15", "Hi Marcus, yes - Priya said you'd be in touch. That sounds exactly right. Can you do a Saturday morning in June?"),
    ("w_train", "2023-05-09 11:30", "17 June works. I'll send a booking form."),
])
C("wanted_pitch", "textile_problem_named", "en", "textile reuse firm names the Acomb rag-bag overflow", [
    ("w_rag", "2023-03-06 13:15", "Hello Rosalind, Anika mentioned at the Yorkshire charity retail meetup that your Acomb back room is stacked to the ceiling with rag bags between collections and that your volunteers are having to sort standing in the doorway. We collect twice weekly from York shops on the same route as Wolds Animal Rescue, and we're currently paying £300 a tonne for mixed textiles plus £80 a tonne extra for graded shoes and bags. Would it help if I gave you a price to compare against your current contract when it comes up?"),
    ("me", "2023-03-06 14:20", "It would - our contract runs to December. Please send something I can show Helen."),
])
C("wanted_pitch", "tender_joint_bid", "en", "social enterprise proposes joint bid on a council furniture reuse tender", [
    ("w_tender", "2023-08-29 16:00", "Hi Rosalind, the council has just published a tender for a 'community furniture reuse service' (contracts finder, closes 6 Oct). It needs a collection network and a volunteer workforce - which you have - plus reupholstery and fire-safety relabelling, which we do. We'd be a strong joint bid and frankly neither of us can meet the spec alone. Would you and Gary be up for a coffee to see if it's worth it?"),
    ("me", "2023-08-29 17:10", "Hi Saffron, I saw it too and thought we couldn't bid alone. Yes to coffee. I'll bring Gary and Helen."),
])
C("wanted_pitch", "web_tools_setup", "en", "freelance developer noticed the volunteer form setup", [
    ("w_web", "2023-07-11 20:20", "Hi Rosalind, I'm a volunteer-turned-web developer (I sort books at the Wolds Animal Rescue shop in Pocklington). I was looking at your 'volunteer with us' page: the application is an embedded Google Form that doesn't ask for availability or which shop someone lives near, and then I guess someone copies that into Rotawise by hand? Rotawise has an open application form you could embed instead, which fills in everything automatically. I'd set it up for free if you wanted; if it takes more than a day I'd charge my charity day rate of £150."),
    ("me", "2023-07-12 08:30", "Tobias, yes - I copy every single one by hand! Let's talk. I didn't even know Rotawise could do that."),
])
C("wanted_pitch", "signwriter_press_item", "en", "sign writer saw the anniversary article and the faded fascia", [
    ("w_sign", "2023-09-05 12:00", "Afternoon Rosalind. Saw in the Courier that Micklegate is 30 this year - congratulations. I walk past it most days and the fascia's looking a bit tired, the gold leaf on the S of St Everild's has nearly gone. I hand-letter shop fronts (did the bakery two doors down). For the 30th I could re-gild the lettering on the existing board for £650 rather than a new sign. Happy to come and show you samples."),
    ("me", "2023-09-05 13:10", "Gordon, that S has been bothering me for years. I'll ask Helen about the budget - can you leave the samples at the shop?"),
])
C("wanted_pitch", "energy_annual_report", "en", "energy broker quotes the hospice's published annual report", [
    ("w_energy", "2023-01-19 10:00", "Dear Rosalind, the hospice's annual report (filed with the Charity Commission in December) says retail energy costs rose 41% and were the main reason shop profit fell. Five of your shops are on the same supplier at different contract end dates, which usually means you're paying out-of-contract rates on at least one. We broker for hospice retail chains and are paid by the supplier, not by you. If you can tell me who looks after utilities, I'll send them a one-page comparison - if that's not you, apologies and please ignore."),
    ("me", "2023-01-19 11:20", "It's Helen Marwood, our Head of Retail. I'll forward this to her."),
])
C("wanted_pitch", "podcast_free_invite", "en", "free podcast invitation after hearing her on local radio", [
    ("w_pod", "2023-11-14 18:30", "Hi Rosalind, I heard you on Radio York last week talking about the volunteer who reorganised all the Westerns - brilliant. I make a small, free podcast about people running things in the Northern third sector (no fee, no sponsorship, we're funded by a community foundation grant). Would you come on for 40 minutes to talk about keeping volunteers? Recording at the Spark studio in York."),
    ("me", "2023-11-15 09:05", "Oh go on then! As long as Derek gets a mention."),
    ("w_pod", "2023-11-15 09:10", "Derek gets a mention. Promise."),
])

# ================================================================ JUNK
C("junk", "generic_volunteer_software", "en", "generic volunteer software pitch; counterpart of the rota post pitch", [
    ("j_soft", "2023-05-03 09:00", "Hi Rosalind,\n\nManaging volunteers can be challenging! VolunteerHub Pro is the all-in-one platform trusted by 2,000+ organisations to recruit, schedule and engage volunteers.\n\n✅ Automated scheduling\n✅ Hours tracking\n✅ Engagement analytics\n\nDo you have 15 minutes this week for a quick demo?\n\nBest,\nTyler"),
])
C("junk", "generic_video_marketing", "en", "generic video agency pitch; counterpart of the photographer", [
    ("j_video", "2023-04-27 15:20", "Hi Rosalind, video content gets 1200% more shares than text and images combined. At Storyfront Media we create scroll-stopping brand videos for organisations like yours. Packages start from £2,995. Can I send over our showreel?"),
])
C("junk", "generic_epos", "en", "generic EPOS pitch; counterpart of the shop-visit pitch", [
    ("j_epos", "2023-03-22 11:00", "Hi Rosalind, still using an outdated till system? SwiftTill is the modern, cloud-based POS that retailers love. Inventory, analytics and payments in one place. We're offering 3 months free for new customers this quarter. Interested?"),
    ("j_epos", "2023-03-29 11:00", "Hi Rosalind, just bumping this to the top of your inbox! Would love to show you SwiftTill."),
])
C("junk", "sells_her_own_goods", "en", "wholesaler offers vintage clothing by the kilo to a charity shop; counterpart of textile pitch", [
    ("j_kilo", "2023-02-10 08:45", "Dear Sir/Madam, we are leading exporter of grade A vintage and second-hand clothing by the kilo. Mixed bales 45kg, best prices in Europe, fast delivery to UK. Perfect for charity and vintage shops to increase stock. Please send your requirements and we will send catalogue and price list."),
])
C("junk", "paid_podcast_slot", "en", "paid podcast feature with fee; counterpart of the free podcast invite", [
    ("j_pod", "2023-10-24 13:00", "Hi Rosalind! 🎙️ Our team has selected you as a featured guest for Charity Leaders Spotlight, the podcast listened to by 50,000+ nonprofit executives. Guests receive a professionally produced episode, a promotional video clip and a feature article. To secure your slot we ask a one-off production contribution of £395 + VAT. Slots for November are filling fast - shall I hold one for you?"),
])
C("junk", "paid_award", "en", "paid award shortlist asking for a fee", [
    ("j_award", "2023-07-05 10:30", "Dear Rosalind,\n\nCongratulations! St Everild's Hospice Shops has been shortlisted in the Volunteer Engagement category of the UK Third Sector Excellence Awards 2023.\n\nTo confirm your place at the gala dinner in London and receive your winner's trophy and digital badge, please complete your finalist package (£450 + VAT) by 21 July.\n\nWarm regards,\nOscar"),
    ("j_award", "2023-07-14 10:30", "Dear Rosalind, a gentle reminder that your finalist package deadline is approaching. Don't miss this opportunity to be recognised!"),
])
C("junk", "paid_feature", "en", "paid magazine feature", [
    ("j_mag", "2023-08-17 14:10", "Hi Rosalind, I'm putting together our autumn issue on 'Inspiring Women in Charity Retail' and your profile stood out. We'd love to include a two-page feature on you. There is a small editorial fee of £750 to cover design and distribution to 12,000 readers. Let me know if you'd like to be included!"),
])
C("junk", "capacity_for_clients", "en", "asks if she has capacity for new clients (she has none)", [
    ("j_capacity", "2023-06-01 09:09", "Hey Rosalind, quick question - do you have capacity to take on new clients at the moment? We send businesses like yours 10-15 qualified leads a week. If you're open to it I can share how it works."),
])
C("junk", "likeminded_entrepreneurs", "en", "connect as like-minded entrepreneurs", [
    ("j_likeminded", "2023-04-14 21:30", "Hi Rosalind, I love connecting with like-minded entrepreneurs who are building something meaningful 🚀 I'm always looking to expand my network with driven, ambitious people. Let's connect and see how we can add value to each other's journey!"),
])
C("junk", "quick_15_min_call", "en", "quick 15-minute call SEO pitch", [
    ("j_15min", "2023-09-19 10:45", "Hi Rosalind, I took a look at steverildshospice.org.uk and noticed a few quick wins that could get you to page 1 of Google. Do you have 15 minutes on Thursday or Friday for a quick call? I'll share my screen and walk you through."),
])
C("junk", "connect_then_pitch", "en", "small talk about York first, lead-gen pitch in message 2", [
    ("j_ctp1", "2023-06-12 09:14", "Hi Rosalind, thanks for accepting! I see you're in York - one of my favourite cities. Walked the walls last summer. Do you have a favourite spot?"),
    ("me", "2023-06-12 12:30", "Hi Harvey, the bit of wall by Monk Bar in spring when the daffodils are out!"),
    ("j_ctp1", "2023-06-13 09:02", "Lovely! Anyway, reason I reached out - at Leadsmith we help organisations book 20+ qualified appointments a month with decision makers using AI-powered outreach. Would you be open to a chat next week to see if it could work for you?"),
])
C("junk", "connect_then_pitch", "en", "friendly Yorkshire small talk then crypto donations pitch after she replied", [
    ("j_ctp2", "2023-02-07 12:30", "Heya Rosalind! Saw you're in York, I'm from Wakefield originally. Love what your shops do, my nan always shopped in charity shops. How long have you been with St Everild's?"),
    ("me", "2023-02-07 18:10", "Hi Chloe, ten years this autumn! Your nan had good taste."),
    ("j_ctp2", "2023-02-08 10:05", "Ten years, amazing! So I actually work with GiveChain - we help charities accept crypto donations and reach a new generation of Web3 donors. Hospices using GiveChain have seen average gifts 4x higher. Could I show you a quick demo?"),
    ("j_ctp2", "2023-02-15 10:05", "Hi Rosalind, just checking you saw my last message? 😊"),
])
C("junk", "connect_then_pitch", "en", "fellow charity professional small talk then legacy consultancy pitch in message 3", [
    ("j_ctp3", "2022-10-18 16:45", "Hi Rosalind, great to connect with a fellow charity professional."),
    ("j_ctp3", "2022-10-19 09:20", "Hope your week is going well. Hospice retail must be so rewarding."),
    ("j_ctp3", "2022-10-20 09:20", "I help hospices grow legacy income by up to 300% through our proven Legacy Accelerator programme. I'm taking on two new hospice clients this quarter - would you be open to a call to explore?"),
])
C("junk", "followup_bump", "en", "web design agency bumps three times without reply", [
    ("j_bump1", "2023-01-10 10:00", "Hi Rosalind, I noticed your website could use a refresh. At Pixel & Pine we build beautiful, accessible websites for charities. Would you be open to a free audit?"),
    ("j_bump1", "2023-01-17 10:00", "Hi Rosalind, following up on my last message - would a free audit be of interest?"),
    ("j_bump1", "2023-01-24 10:00", "Hi Rosalind, I don't want to be a pest! Just bumping this once more."),
    ("j_bump1", "2023-02-07 10:00", "Hi Rosalind, I'll assume now isn't a good time. I'll close your file, but feel free to reach out if things change!"),
])
C("junk", "followup_bump", "en", "AI grant writing pitch with bumps", [
    ("j_bump2", "2023-05-15 08:30", "Hi Rosalind, what if you could write grant applications in 10 minutes instead of 10 days? GrantGenie AI drafts winning bids for charities in seconds. Want early access?"),
    ("j_bump2", "2023-05-22 08:30", "Bumping this in case it got buried 🙂"),
    ("j_bump2", "2023-06-05 08:30", "Last try - we're closing early access this Friday."),
])
C("junk", "template_mass", "en", "template 1 of 5: raise more through donations platform", [
    ("j_tpl1", "2023-03-08 11:11", "Hi Rosalind, I came across St Everild's Hospice and I love what you're doing for the York community. We help hospices like yours raise 3x more through online giving pages. Would you be open to a quick chat to see if we could do the same for you?"),
])
C("junk", "template_mass", "en", "template 2 of 5: same pitch, different fill", [
    ("j_tpl2", "2023-03-15 14:02", "Hi Rosalind - came across St Everild's Hospice Shops and really love what you're doing for the community in York! We help charities like yours raise 3x more through digital fundraising campaigns. Open to a quick chat to see if we can do the same for you?"),
])
C("junk", "template_mass", "en", "template 3 of 5: same pitch, different fill", [
    ("j_tpl3", "2023-04-03 09:40", "Hello Rosalind, I recently came across St Everild's and love what you're doing for local families. DonorPath helps hospices like yours raise up to 3x more through regular giving. Would you be open to a short chat to see if we could do the same for you?"),
])
C("junk", "template_mass", "en", "template 4 of 5: same pitch, different fill", [
    ("j_tpl4", "2023-04-19 16:25", "Hey Rosalind! Came across St Everild's Hospice and honestly love what you're all doing. We help charities like yours raise 3X more via social media ads. Fancy a quick chat to see if we could do the same for St Everild's?"),
])
C("junk", "template_mass", "en", "template 5 of 5: same pitch, different fill", [
    ("j_tpl5", "2023-05-11 10:10", "Hi Rosalind, I came across St Everild's Hospice Shops and I love what you're doing in York. We help organisations like yours raise 3x more through donor retention emails. Open to a quick chat to see if we can do the same for you?"),
])
C("junk", "merge_tag_failure", "en", "merge tag {first_name} left in", [
    ("j_merge1", "2023-02-22 07:30", "Hi {first_name},\n\nAre you looking to reduce overheads by up to 60%? Apex Outsourcing provides dedicated offshore teams for admin, customer service and data entry at a fraction of UK costs. Can we schedule a call?"),
])
C("junk", "merge_tag_failure", "en", "placeholder [Company] in uniform pitch", [
    ("j_merge2", "2023-05-25 13:30", "Hi Rosalind, we'd love to help [Company] look its best! BrandStitch supplies embroidered polo shirts, fleeces and hi-vis with your logo, minimum order just 10. Can I send a quote?"),
])
C("junk", "merge_tag_failure", "en", "wrong name (Rachel) in coaching pitch", [
    ("j_merge3", "2023-08-03 18:00", "Hi Rachel, as a leader in your organisation, you're probably feeling the pressure of doing more with less. My 12-week leadership programme helps managers like you reclaim 10 hours a week. Would you be open to a discovery call?"),
])
C("junk", "merge_tag_failure", "en", "wrong company (another hospice) in lighting pitch", [
    ("j_merge4", "2023-09-27 11:20", "Hello Rosalind, I noticed Martin House Hospice has several retail premises - have you considered switching to LED? Lumo Lighting can cut your lighting bills by 70% with zero upfront cost. Happy to arrange a free site survey."),
])
C("junk", "sponsored_inmail", "en", "sponsored InMail from a payroll company", [
    ("j_spons1", "2023-04-01 12:00", "<p>Hi Rosalind,</p><p>Payroll giving you a headache? Nimbus Payroll handles payroll, pensions and HMRC filing for small organisations from just £4 per employee.</p><p><b>Start your free 30-day trial today.</b></p>"),
], title="Sponsored Conversation", subject="Payroll made simple")
C("junk", "sponsored_inmail", "en", "sponsored InMail from a business school", [
    ("j_spons2", "2023-08-21 12:00", "<p>Rosalind, ready for your next step?</p><p>The Carrick Executive MBA is designed for busy professionals. Study online, graduate in 24 months. Applications for January close soon &ndash; <a href=\"https://example.org\">download the brochure</a>.</p>"),
], title="Sponsored Conversation", subject="Your Executive MBA")
C("junk", "off_topic_product", "en", "commercial solar for warehouses", [
    ("j_solar", "2023-06-27 09:30", "Hi Rosalind, with energy costs at record highs, commercial solar has never made more sense. We install rooftop PV for warehouses and factories with payback in under 4 years. Do you own your premises?"),
])
C("junk", "off_topic_product", "en", "forex mentoring", [
    ("j_forex", "2023-07-30 23:12", "Hello dear, how are you doing today? I help people earn passive income from forex trading, my students make £2000-£5000 weekly. Are you interested to know more? God bless."),
])
C("junk", "generic_service", "en", "generic bookkeeping pitch", [
    ("j_books", "2023-03-31 10:00", "Hi Rosalind, year end creeping up? Ledgerly takes bookkeeping off your plate so you can focus on growing your business. Fixed monthly fees from £99. Shall I send our price list?"),
])
C("junk", "generic_service", "en", "virtual assistant agency pitch", [
    ("j_va", "2023-10-16 06:45", "Hi Rosalind! Overwhelmed with admin? Our trained virtual assistants can manage your inbox, calendar and social media for just $8/hour. Let me know if you'd like a free trial week!"),
])
C("junk", "generic_service", "en", "charity lottery platform, generic", [
    ("j_lottery", "2023-11-02 11:30", "Hi Rosalind, weekly lotteries are one of the most reliable sources of unrestricted income for charities. Prize Pot can launch yours in 4 weeks with no setup fee. Worth a quick call?"),
])
C("junk", "off_topic_product", "en", "MLM side hustle", [
    ("j_mlm", "2023-01-27 20:45", "Hey hun! 💕 Hope you don't mind me reaching out. I've been working with an amazing wellness brand that's changed my life and I'm looking for a few ambitious women to join my team. Flexible, work from your phone. Would you be open to hearing more? No pressure x"),
])
C("junk", "generic_service", "en", "app development pitch", [
    ("j_app", "2023-09-08 05:30", "Dear Rosalind, greetings from Appcrafters! We are a leading mobile app development company with 10+ years experience. We develop iOS, Android, web apps at very competitive cost. Please let us know your requirement."),
])
C("junk", "generic_recruiter", "en", "irrelevant recruiter pitch; counterpart of the relevant role", [
    ("j_recr", "2023-10-03 12:00", "Hi Rosalind, I have an exciting opportunity for a high-performing SDR at a fast-growing SaaS scale-up in Manchester. OTE £55k, hybrid. Your background looks like a great fit! Open to a chat?"),
])
C("junk", "sells_her_own_service", "en", "volunteer recruitment agency offering to do her job", [
    ("j_volrec", "2023-07-25 09:25", "Hi Rosalind, struggling to recruit and retain volunteers? VolunteerBoost finds, vets and onboards volunteers for your organisation so you don't have to. Our clients fill 90% of vacancies in 30 days. Can I send a proposal?"),
])
C("junk", "fluent_generic_named", "en", "fluent junk naming her organisation but sendable to anyone", [
    ("j_fluent", "2023-04-24 08:50", "Dear Rosalind,\n\nI've been following St Everild's Hospice Shops with real admiration. Organisations like St Everild's face a unique set of challenges in today's landscape - rising costs, changing stakeholder expectations and the need to demonstrate impact. At Insight Impact Consulting, we partner with purpose-led organisations to unlock sustainable growth through data-driven strategy.\n\nI'd welcome the opportunity to explore how we might support St Everild's on its next chapter.\n\nWarm regards,\nRebecca"),
])
C("junk", "off_topic_product", "en", "crypto payments pitch", [
    ("j_crypto", "2023-09-13 15:15", "GM Rosalind 🚀 CoinGive lets shoppers pay in BTC and ETH at your tills. Future-proof your retail! Quick call?"),
])
C("junk", "generic_service", "en", "generic leadership coaching", [
    ("j_leadership", "2023-02-02 07:10", "Hi Rosalind, are you leading from your heart or from your head? My 6-week Lead With Heart programme helps women leaders find balance and step into their power. Would you like my free e-book?"),
])
C("junk", "generic_service", "en", "AI automation pitch", [
    ("j_ai", "2023-11-20 10:00", "Hey Rosalind - we help teams automate 80% of repetitive work with custom AI agents. Clients save 20+ hours a week. Worth a 15-min call to see what we could automate for you?"),
    ("j_ai", "2023-11-27 10:00", "Hey Rosalind, circling back on this. Happy to send a short Loom instead if easier."),
])

ex.write(
    OUT,
    profile={"First Name": "Rosalind", "Last Name": "Thwaite",
             "Headline": "Volunteer Coordinator at St Everild's Hospice Shops",
             "Summary": "I look after around 180 volunteers across our five hospice shops in York - "
                        "recruiting, training, rotas and lots of tea. Every shift funds care at the hospice.",
             "Industry": "Non-profit Organizations", "Geo Location": "York, England, United Kingdom",
             "Websites": "[OTHER:https://steverildshospice.org.uk/shops]"},
    positions=[
        {"Company Name": "St Everild's Hospice Shops", "Title": "Volunteer Coordinator",
         "Description": "Volunteer recruitment, induction, rotas and recognition for five shops and the donation warehouse.",
         "Location": "York", "Started On": "Oct 2013", "Finished On": ""},
        {"Company Name": "Oxfam", "Title": "Shop Volunteer Manager", "Description": "",
         "Location": "Harrogate", "Started On": "Apr 2008", "Finished On": "Sep 2013"},
    ],
    skills=["Volunteer Management", "Charity Retail", "Safeguarding", "Rota Planning", "Training"],
)
print(ex.summary())

"""dev13 persona (written blind as heldout19, session 3): Rachel Ackroyd, regional sales manager (North) for a veterinary
pharmaceutical company in Leeds. 2023 export layout, English only except one German copy
of a mass template. Written blind to the detector code; every message text is hand-written here.
Run it to regenerate ../en-veterinary-pharma-sales-manager-leeds/ byte-identically."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-veterinary-pharma-sales-manager-leeds"
OWNER = Person("me", "Rachel Ackroyd", "https://www.linkedin.com/in/rachel-ackroyd-pah",
               "Pennine Animal Health Ltd", "Regional Sales Manager, North of England")
x = Export(SLUG, "2023", OWNER)
P = x.person

# ---------------------------------------------------------------- people: genuine side
P("tom", "Tom Brierley", "Pennine Animal Health Ltd", "Territory Manager, West Yorkshire", connected="2019-04-02")
P("priya", "Priya Mistry", "Pennine Animal Health Ltd", "Territory Manager, Bradford & Craven", connected="2020-09-14")
P("callum", "Callum Firth", "Pennine Animal Health Ltd", "Territory Manager, York & Ryedale", connected="2021-02-01")
P("shauna", "Shauna Dobson", "Pennine Animal Health Ltd", "Territory Manager, Hull & East Riding", connected="2018-06-20")
P("gareth", "Gareth Lumb", "Pennine Animal Health Ltd", "Head of UK Sales", connected="2016-11-03")
P("esme", "Esme Holroyd", "Pennine Animal Health Ltd", "Brand Manager, Companion Animal", connected="2020-01-10")
P("helen", "Helen Sugden", "Wharfedale Veterinary Centre", "Practice Manager", connected="2017-05-09")
P("dev", "Dev Chauhan", "FieldPulse CRM", "Account Manager UK", connected="2021-07-19")
P("martin", "Martin Illingworth", "Harrogate Pet & Equine Vets", "Clinical Director", connected="2023-02-27",
  invite=("IN", "2023-02-27 08:40", "Hi Rachel, we've just opened a third site and want to talk stock. Martin"))
P("nadia", "Nadia Rahman", "Scanline Diagnostics", "Key Account Manager, North", connected="2019-10-11")
P("lorna", "Lorna Cawood", "Cawood Search", "Director, Animal Health Recruitment", connected="2022-11-02",
  invite=("OUT", "2022-11-02 12:05", "Hi Lorna, Gareth Lumb says you're the person for animal health hires up north. Could we talk about a territory role?"))
P("kieran", "Kieran Booth", "", "Territory Sales Executive", connected="2023-03-20")
P("bev", "Bev Marsden", "Close Quarters Sales Training", "Founder & Trainer", connected="2018-03-15")
P("amy", "Amy Whitaker", "Skipton Road Vets", "RVN, Head Nurse", connected="2022-05-30")
P("sam_v", "Sam Verity", "Calder Valley Vets", "Veterinary Surgeon", connected="2023-06-08")
P("ollie", "Ollie Thwaite", "Airedale Animal Hospital", "Veterinary Surgeon", connected="2023-06-08")
P("fran", "Francesca Lowe", "Moorside Vets", "Practice Partner", connected="2016-02-22")
P("jim", "Jim Haigh", "Haigh & Partners Veterinary Surgeons", "Senior Partner", connected="2013-09-30")
P("ruth", "Ruth Oyelaran", "Veterinary Practice Weekly", "Senior Reporter", connected="2023-04-12")
P("dom", "Dominic Pratt", "Yorkshire Small Animal Vets Association", "Regional Secretary (voluntary)", connected="2015-10-05")
P("gill", "Gill Stansfield", "Ilkley Moor Veterinary Group", "Practice Manager", connected="2019-08-01")
P("andy", "Andy Crossley", "Dalesway Pharma Distribution", "Branch Manager, Leeds", connected="2017-01-17")
P("becca", "Becca Hanson", "Pennine Animal Health Ltd", "Former Territory Manager", connected="2018-06-01")
P("lisa", "Lisa Drury", "Mediplan Ltd", "Operations Director", connected="2011-04-04")
P("zoe", "Zoe Kershaw", "Bramley Cross Veterinary Clinic", "Practice Owner", connected="2023-05-02")
P("mo", "Mohammed Akram", "Northvet Group", "Procurement Lead", connected="2022-09-09")
P("jess", "Jess Ramsden", "University of Leeds Vet Society", "Careers Officer", connected="2023-01-16")
P("aaron", "Aaron Pickles", "Pennine Animal Health Ltd", "Territory Manager, Northumberland", connected="2022-08-22")
P("kate", "Kate Wadsworth", "Coverdale Vets", "Clinical Director", connected="2014-07-07")
P("hannah_s", "Hannah Sykes", "Otley Road Veterinary Surgery", "RVN", connected="2021-03-03")
P("liam", "Liam Greenwood", "Pennine Animal Health Ltd", "Customer Services Team Leader", connected="2019-12-12")

# ---------------------------------------------------------------- people: wanted pitches
P("wp_voice", "Ellie Marchant", "Kerbside Notes", "Co-founder", connected="2023-05-15",
  invite=("IN", "2023-05-15 19:02", "Read your post about call notes in the car park - would love to connect."))
P("wp_cold", "Stuart Naylor", "ThermaBox Packaging", "Business Development, Animal Health", connected="2023-04-03")
P("wp_writer", "Ingrid Fawcett", "", "Freelance Veterinary Medical Writer", connected="2023-03-08")
P("wp_route", "Ravi Sandhu", "PatchPlan", "Founder", connected="2023-02-13")
P("wp_cpd", "Catherine Oakes", "CPD Mark UK", "Accreditation Lead", connected="2023-01-25")
P("wp_equine", "Holly Bainbridge", "Saddle & Show Events", "Trade Stand Manager", connected="2023-03-29")
P("wp_crm", "Owen Pritchard", "Syncwell Consulting", "FieldPulse Certified Consultant", connected="2022-12-05")
P("wp_recruit", "Tasha Grieve", "Meridian Life Sciences Search", "Principal Consultant, Animal Health", connected="2023-07-10")
P("wp_video", "Joe Ackerley", "Ackerley Films", "Videographer", connected="2023-07-19")
P("wp_train", "Dr Fiona Rusk", "RepReady Clinical Training", "Director (MRCVS)", connected="2022-10-24")
P("wp_merch", "Neil Hargreaves", "Standpoint Display", "Account Manager", connected="2023-07-31")
P("wp_data", "Suki Patel", "PracticeMap Data", "Data Partnerships", connected="2023-08-14")

# ---------------------------------------------------------------- people: junk side
P("t1", "Brandon Keys", "Pipeline Foundry", "Founder | Outbound for B2B", connected="2023-01-09")
P("t2", "Leah Okafor", "GrowthRoom Agency", "Head of Partnerships", connected="2023-02-20")
P("t3", "Marcus Vell", "Apex Meetings Co", "CEO")
P("t4", "Sienna Hart", "BookedSolid", "Client Success Lead", connected="2023-06-01")
P("t5", "Jonas Weidlich", "Terminwerk GmbH", "Geschäftsführer", connected="2023-07-03")
P("j_seo", "Craig Mellor", "Rankhigh Digital", "SEO Specialist")
P("j_solar", "Dean Roper", "SunSmart Homes", "Energy Advisor", connected="2023-03-14")
P("j_same", "Viktor Hale", "VetSupply Direct", "Commercial Director", connected="2023-04-26")
P("j_capacity", "Gemma Lyle", "Lead Bridge", "Partnerships", connected="2023-05-09")
P("j_likeminded", "Tyrone Bassett", "Bassett Ventures", "Serial Entrepreneur | Investor | Speaker", connected="2023-02-02")
P("j_15", "Claire Dunmore", "Optimise Sales Ltd", "Sales Consultant")
P("c1", "Harriet Blake", "Fenwick Leadership", "Executive Coach", connected="2023-06-12",
  invite=("IN", "2023-06-12 07:55", "Hi Rachel, fellow Yorkshire lass here - would be great to connect!"))
P("c2", "Paul Denton", "Northstar Fleet Solutions", "Business Development Manager", connected="2023-03-06",
  invite=("IN", "2023-03-06 16:20", ""))
P("c3", "Aisha Noor", "Clarity Insights", "Growth Consultant", connected="2023-08-21",
  invite=("IN", "2023-08-21 11:11", "Loved your post about the show! Let's connect."))
P("c4", "Greg Fairbairn", "Fairbairn Wealth", "Financial Planner", connected="2022-11-28",
  invite=("IN", "2022-11-28 20:30", "Hi Rachel, I see we're both Leeds based, thought it'd be good to connect."))
P("b1", "Nathan Cole", "Leadgenic", "SDR")
P("b2", "Tanya Mills", "Spark HR Software", "Account Executive", connected="2023-04-18")
P("m1", "Ryan Costa", "Elevate Video", "Partnerships Manager")
P("m2", "Lucy Vance", "TalentScope Global", "Recruitment Consultant", connected="2023-01-30")
P("m3", "Ben Jarvis", "Brightline Telecoms", "Business Account Manager")
P("m4", "Stacey Kerr", "Proof Reviews", "Growth Lead", connected="2023-05-22")
P("sp1", "Kingsbridge Business School", "Kingsbridge Business School", "",
  url="https://www.linkedin.com/company/kingsbridge-business-school")
P("sp2", "Vantagely", "Vantagely", "", url="https://www.linkedin.com/company/vantagely")
P("sp3", "LinkedIn Member", "", "", url="")
P("aw", "Patricia Lumsden", "Northern Business Excellence Awards", "Awards Director")
P("pod", "Jake Millington", "The Sales Leaders Sofa Podcast", "Host & Producer", connected="2023-06-26")
P("feat", "Carla Benn", "Industry Leaders Quarterly", "Features Editor")
P("fluent", "Oliver Strand", "Meridian Growth Partners", "Partner", connected="2023-08-02")
P("j_ai", "Kayla Brooks", "NoteGenie AI", "Account Executive")
P("j_route", "Hamish Reid", "RouteMax", "Sales Director")
P("j_crm", "Priyanka Desai", "CloudCore Implementations", "Solutions Consultant", connected="2023-03-27")
P("j_recruit", "Dylan Frost", "Apex Insurance Recruitment", "Senior Recruiter", connected="2023-06-05")
P("j_merch", "Mia Chandler", "PromoPlanet", "Account Executive")
P("j_coach", "Simon Ash", "Mindset Reset", "High Performance Coach", connected="2023-04-10")
P("j_va", "Ramona Cruz", "OffshorePro Staffing", "Business Development")
P("j_fran", "Lee Barraclough", "Coffee Cabin Franchising", "Franchise Development")
P("j_summit", "Anya Kowal", "Global Sales Leadership Summit", "Delegate Relations")
P("j_data", "Curtis Webb", "DataLeadz", "Data Consultant")

C = x.conv

# =================================================================== GENUINE (35)
C("genuine", "client_quote_request", "en", "vet practice manager asks for a quote on a bulk parasiticide order", [
    ("helen", "2023-03-14 09:12", "Morning Rachel! Hope you're keeping well. We're doing our spring stock planning and the partners want to move all our dog flea/worm onto the Pennine spot-on rather than splitting it. Could you send me a quote for roughly 1,800 packs over six months? Delivery spread monthly if possible. Ta, Helen"),
    ("me", "2023-03-14 10:40", "Morning Helen, lovely to hear from you. That's great news. I'll get Liam's team to build it with the monthly drops and the volume tier - you'd land in band 3 at that quantity. Should be with you by Thursday. Is Gemma still signing off orders or is it you now?"),
    ("helen", "2023-03-14 10:58", "It's me now, Gemma went on mat leave. Thursday's perfect. And can you include the client reminder cards again, the clients liked those"),
    ("me", "2023-03-16 15:22", "Quote's in your inbox - PAH-Q-2311. Reminder cards included, 2,000 of them. Shout if the partners want to go over it, I'm in Otley on Tuesday anyway."),
    ("helen", "2023-03-17 08:05", "Got it, thanks love. Partners meeting Monday, will let you know"),
])
C("genuine", "vendor_price_change", "en", "existing CRM vendor announces licence price rise at renewal", [
    ("dev", "2023-05-02 11:30", "Hi Rachel, heads-up before the formal letter lands: FieldPulse list pricing for the Field Sales tier goes up 8% from 1 July. Your renewal is 1 September so you'll see it on that invoice. Because you're on a 3-year agreement I can hold last year's rate if we sign the renewal before 30 June. Happy to do a call to walk through it, or just reply here."),
    ("me", "2023-05-02 13:02", "Thanks for the warning Dev, appreciated. 8% is a fair old jump. We've got 14 seats - would you hold the old rate if we dropped to 12? Two of my team barely log in, which is a separate conversation I need to have..."),
    ("dev", "2023-05-02 14:15", "Ha, I see the usage dashboard too :) Yes, the rate hold applies to whatever seat count you renew on. I'll send the paperwork for 12 and you can tweak it."),
    ("me", "2023-05-03 09:10", "Perfect. Send it over and I'll get procurement to sign."),
])
C("genuine", "inbound_lead_wants_to_buy", "en", "new practice group wants to open an account and stock her range", [
    ("martin", "2023-02-27 09:05", "Hi Rachel, thanks for connecting. We've just opened our third site in Knaresborough and I'm fed up with our current supplier's rep who we've seen twice in two years. A colleague at Coverdale said you actually turn up. Could we look at opening an account with Pennine for the vaccines and the dental range? Roughly 300 dogs and 200 cats a month through the door across the three sites."),
    ("me", "2023-02-27 12:44", "Hi Martin, thanks so much for reaching out - and to Kate for the kind word! Yes, absolutely. I'd love to come and see you. Could I bring Callum, who'd be your territory manager day to day? We're free Thursday 2nd or Monday 6th, morning either day."),
    ("martin", "2023-02-27 13:20", "Thursday 2nd, 10am at the Harrogate site. Parking round the back by the ambulance bay. I'll have our head nurse sit in as she does the ordering."),
    ("me", "2023-02-27 13:25", "Brilliant, see you then. I'll bring the account forms and the vaccine protocol pack."),
    ("martin", "2023-03-03 17:48", "Thanks both for yesterday. Forms signed and sent to your customer services. Looking forward to it."),
])
C("genuine", "peer_joint_offer", "en", "peer at a complementary diagnostics company proposes a joint CPD evening with shared costs", [
    ("nadia", "2023-04-19 20:11", "Hiya! Random thought after the Wetherby thing. Your new dental range and our in-house blood analyser both tick the 'senior pet' box. What if we did a joint senior pet CPD evening for practices in your patch - we split the venue and the speaker, you bring your vets, I bring mine? Would halve the cost for both of us. I reckon ~£1,800 all in for somewhere like the Met Hotel."),
    ("me", "2023-04-20 07:52", "Ooh I like that. I'd need to clear it with Gareth and compliance (they get twitchy about joint events), but in principle yes. Do you have a speaker in mind? Someone who isn't going to turn it into an advert for either of us?"),
    ("nadia", "2023-04-20 08:30", "Was thinking Dr Alun Pryce - he did the geriatric medicine session at the Harrogate congress, totally neutral. I'll ask his fee."),
    ("me", "2023-04-24 16:00", "Gareth's happy, compliance want sight of the invite copy. Let's go for late September? I'll book a call for us next week to divvy things up."),
    ("nadia", "2023-04-24 16:22", "Get in!! Late Sept works. Speak next week x"),
])
C("genuine", "recruiter_engaged_by_owner", "en", "owner briefed a recruiter for a territory manager role; recruiter sends shortlist and fee", [
    ("me", "2022-11-02 12:30", "Hi Lorna, thanks for accepting. As mentioned, I've got a Territory Manager vacancy for Teesside & North Yorkshire - Becca's old patch. Ideally someone with vet or pharma sales, happy driving 25k miles a year. Could you send me your terms?"),
    ("lorna", "2022-11-02 15:47", "Hi Rachel, lovely to hear from you and yes Gareth and I go way back. Terms attached to the email I've just sent - 18% of first-year base, rebate scale if they leave inside 12 weeks. I'll have a longlist to you in 10 days."),
    ("lorna", "2022-11-14 10:02", "Shortlist sent - 4 candidates. My pick is Kieran Booth (currently in agri-feed sales, lives in Northallerton, RVN partner so knows the world). Also Claire W. who's got a big-pharma background but wants 55k."),
    ("me", "2022-11-14 18:20", "Thanks Lorna, these are good. Let's see Kieran and Claire. Can you do the week of 28th?"),
    ("lorna", "2022-11-15 09:11", "Booked both for Tue 29th at your Leeds office, 10am and 2pm. Invites in your calendar."),
])
C("genuine", "job_applicant", "en", "applicant for the territory role follows up after interview and asks about the offer package", [
    ("kieran", "2023-03-20 19:30", "Hi Rachel, thanks for connecting, and thanks again for the second interview last week. I've had the offer letter through from HR. Just a couple of questions before I sign - is the car allowance on top of the 42k base, and does the bonus get pro-rated for the first year? Sorry to be a pain."),
    ("me", "2023-03-21 08:14", "Not a pain at all Kieran! Car is a company car (not allowance) - you'll get the fleet choice list from Liam. Bonus is pro-rated from your start month but you're eligible from day one. Really pleased you're joining us."),
    ("kieran", "2023-03-21 08:40", "Brilliant, that's really clear. Signed and sent back. See you on the 17th!"),
])
C("genuine", "team_member_admin", "en", "team rep about expenses and call reports", [
    ("tom", "2023-06-30 17:05", "Rach, sorry, I've not done my call reports for last week yet. The Huddersfield practices were all chaos with the bank holiday cover. Will do them tonight. Also does the Bradford lunch-and-learn count as a CPD event or a meeting for expenses?"),
    ("me", "2023-06-30 17:30", "Tonight's fine. It's a meeting - just code it MTG and attach the receipt. And Tom, the mileage claim from May was 40 miles over the route plan, can you check it?"),
    ("tom", "2023-06-30 17:41", "Aye, I went back to Holmfirth for the cold box I left behind. Will add a note 🙈"),
])
C("genuine", "team_member_account_issue", "en", "team rep escalates a difficult account", [
    ("priya", "2023-07-11 12:44", "Hi Rachel, need your advice. Skipton Road have had three short deliveries in a row on the cat vaccine and Amy (head nurse) is properly fed up. She mentioned the competitor rep has been in twice this month. Can we do anything? Credit note?"),
    ("me", "2023-07-11 13:10", "Ugh, not good. I'll ring Andy at Dalesway about the allocation. Offer Amy a credit for the shortfall and I'll come out with you next week to say sorry in person. Cake's on me."),
    ("priya", "2023-07-11 13:15", "Thank you!! Wednesday?"),
    ("me", "2023-07-11 13:16", "Wednesday. Bettys or Bakers?"),
    ("priya", "2023-07-11 13:17", "Bettys obviously, we're not animals 😂"),
])
C("genuine", "manager_targets", "en", "her boss about Q3 targets and budget", [
    ("gareth", "2023-06-20 07:45", "Rachel - Q3 targets came through from finance. North is +6% on vaccines, flat on parasiticides. I pushed back on the parasiticide number, they want +4, I said flat given the Dalesway stock issues. Have a look and tell me if I've been too soft."),
    ("me", "2023-06-20 08:32", "Morning. Flat on paras is right - we lost two weeks of supply in May. Vaccines at +6 is doable if Harrogate Pet & Equine ramps like Martin says. I'd want the Northvet tender decision before committing more."),
    ("gareth", "2023-06-20 09:01", "Agreed. I'll hold them at that. Good work on Harrogate btw, the MD mentioned it in the exec meeting."),
])
C("genuine", "trainer_existing_vendor_invoice", "en", "sales trainer she already uses confirms a training day and day-rate increase", [
    ("bev", "2023-01-09 10:15", "Happy new year Rachel! Just confirming the objection-handling day for your team on 8th Feb in Wetherby. Heads-up that my day rate goes from £1,250 to £1,350 from 1 Feb - I've held the old rate for you as it was booked before Christmas. Need final numbers by 25th Jan."),
    ("me", "2023-01-09 11:02", "Happy new year Bev! Thanks for holding it. It'll be 7 - me plus the six TMs. Can we do a role-play on the 'we're happy with our current supplier' one? That's where Callum gets stuck."),
    ("bev", "2023-01-09 11:20", "Can do. I'll bring the bell 😄"),
])
C("genuine", "spam_folder_genuine", "en", "vet nurse asking for sample kits, landed in SPAM", [
    ("hannah_s", "2023-08-29 14:02", "Hi Rachel, you won't remember me but you did the dental talk at our practice in Otley last year. We're doing a pet dental month in October and wondered if you could send some of the sample packs of the dental chews and a poster or two? Happy to send photos after for your marketing team. Thanks so much, Hannah (RVN, Otley Road)"),
    ("me", "2023-09-04 09:15", "Hi Hannah - sorry, your message went into my spam folder! Of course I remember, you had the three-legged greyhound. I'll get Tom to drop 40 sample packs and two A2 posters in on Thursday. Photos would be lovely."),
], folder="SPAM")
C("genuine", "event_thank_you", "en", "thank-you after the CPD evening (1 of 3 near-duplicates)", [
    ("sam_v", "2023-06-08 21:40", "Hi Rachel, thanks so much for tonight, really useful session on the new vaccine protocols and the food was great. Would be good to get the slides if possible. Sam"),
    ("me", "2023-06-09 08:30", "Thanks Sam, glad you enjoyed it! Slides coming via email today."),
])
C("genuine", "event_thank_you", "en", "thank-you after the CPD evening (2 of 3 near-duplicates)", [
    ("ollie", "2023-06-08 22:15", "Thanks for a great evening Rachel - really useful session on the vaccine protocols. Could you send the slides over? Cheers, Ollie"),
])
C("genuine", "event_thank_you", "en", "thank-you after the CPD evening (3 of 3 near-duplicates)", [
    ("amy", "2023-06-09 07:50", "Morning! Thanks for last night, such a useful session and lovely food. Any chance of the slides for the nurses who couldn't make it? Amy"),
    ("me", "2023-06-09 08:34", "Morning Amy! Of course - I'll email them over with the CPD certificates. Thanks for bringing the whole nursing team."),
])
C("genuine", "owner_started_catch_up", "en", "owner reaches out to a former team member to catch up", [
    ("me", "2023-02-06 19:45", "Becca! Saw you've moved to the referral hospital side - congratulations! How's it going? Teesside isn't the same without you. Brew soon?"),
    ("becca", "2023-02-07 07:30", "Rachel!! Thank you! It's full on but I love it. Miss the team though, and definitely miss the Scotch Corner services breakfast 😂 Brew yes - I'm in Leeds on the 20th?"),
    ("me", "2023-02-07 08:02", "20th works. Laynes at 10?"),
    ("becca", "2023-02-07 08:05", "Perfect x"),
])
C("genuine", "long_standing_contact", "en", "vet she has known for ten years, thread spanning years", [
    ("jim", "2019-12-18 16:20", "Rachel, thanks for the Christmas hamper, the partners demolished the pork pie in about four minutes. Have a good one."),
    ("me", "2019-12-18 17:01", "Ha, I'd expect nothing less. Merry Christmas Jim, say hi to Margaret."),
    ("jim", "2021-04-06 09:12", "Morning. Are you still doing the face-to-face visits or is it all Teams now? I'd rather see a person, I'm too old for these video things."),
    ("me", "2021-04-06 09:40", "I'll come in person, masked up. Thursday?"),
    ("jim", "2023-01-03 10:10", "Happy new year. I'm finally retiring in June - 38 years. Wanted you to hear it from me. Young Sophie is taking over as senior partner, she'll be in touch about the account."),
    ("me", "2023-01-03 10:32", "Jim! End of an era. Congratulations - you've earned it. I'll make sure we give you a proper send-off. And I'll look after Sophie, promise."),
    ("jim", "2023-01-03 10:40", "I know you will, lass."),
])
C("genuine", "journalist_request", "en", "trade journalist asks for comment on parasiticide resistance", [
    ("ruth", "2023-04-12 15:00", "Hi Rachel, I'm writing a piece for Veterinary Practice Weekly on how practices are responding to concerns about parasiticide resistance and environmental impact. Would you or someone at Pennine be willing to give a comment, 100-150 words, by Friday? Happy to go through your press office if that's the route."),
    ("me", "2023-04-12 16:18", "Hi Ruth, thanks for thinking of us. I'll need to route it via our press office - I've copied your request to Esme Holroyd, she'll come back to you today. Interesting piece, I'll look out for it."),
    ("ruth", "2023-04-12 16:30", "Great, thanks Rachel."),
])
C("genuine", "event_invitation_real_contact", "en", "regional vets' association contact invites her to sponsor and speak at a regional meeting", [
    ("dom", "2023-05-17 20:05", "Evening Rachel. We're putting together the autumn regional meeting (Harrogate, 12 Oct). Would Pennine be up for a trade table again? Same as last year, £350 and you get a 5-minute slot before the break. Also - would you personally do the 'life as an industry rep' talk for the new grads? People still mention yours from 2019."),
    ("me", "2023-05-18 07:45", "Hi Dom! Yes to the table, I'll get the PO raised. And go on then, I'll do the talk. Will try to be less sweary than 2019."),
    ("dom", "2023-05-18 08:10", "Sweary is why they remember it 😂 Thanks, will send details."),
])
C("genuine", "client_complaint_cold_chain", "en", "practice complains about a vaccine delivery that arrived warm", [
    ("gill", "2023-07-24 11:05", "Rachel, I'm sorry to do this via LinkedIn but I can't get through to customer services. Our vaccine delivery this morning arrived with the ice packs completely melted and the data logger showing 14 degrees. We've quarantined it. What do you need from me?"),
    ("me", "2023-07-24 11:12", "Gill, thanks for flagging - don't use it. Can you photograph the logger and the box label and send them to me? I'll get a replacement out on tomorrow's first run and a credit raised. Really sorry."),
    ("gill", "2023-07-24 11:30", "Photos sent to your email. Thanks for being quick."),
    ("me", "2023-07-24 14:50", "Replacement confirmed for 8am tomorrow. Liam will call you about the credit. Second time this summer from that courier, I'm raising it with ops."),
])
C("genuine", "client_contract_renewal", "en", "practice partner asks about rebate agreement renewal terms", [
    ("fran", "2023-08-10 13:30", "Hi Rachel, our rebate agreement ends in October. Before we renew, partners want to know if there's any movement on the tier thresholds - we only just missed tier 2 last year by about £4k. Also is the 60-day payment term still on the table?"),
    ("me", "2023-08-10 15:02", "Hi Fran, good timing, we're reviewing renewals now. I can't move the thresholds across the board but I can propose a 12-month agreement with a mid-year review - if you're tracking to tier 2 by March we'd backdate. 60 days is fine. Shall I come in and go through it properly?"),
    ("fran", "2023-08-10 15:45", "That sounds fair. Come in the week of 21st - any day but Wednesday (surgery day)."),
])
C("genuine", "wholesaler_stock_allocation", "en", "wholesaler branch manager about stock allocation", [
    ("me", "2023-07-11 13:40", "Andy, Skipton Road have been shorted three times on the feline vaccine. Is it allocation at your end or our supply? I need to tell them something that's true."),
    ("andy", "2023-07-11 15:20", "Hi Rachel. It's allocation - we got 70% of the order from your warehouse last three weeks and I've been rationing. Should be back to normal from the 24th per your supply team. I'll prioritise Skipton Road next drop."),
    ("me", "2023-07-11 15:31", "Thanks Andy, that helps. Appreciate the honesty."),
])
C("genuine", "internal_marketing", "en", "brand manager about campaign materials for the region", [
    ("esme", "2023-02-15 10:20", "Hi Rachel! The spring dental campaign assets are ready. Do you want the waiting-room posters printed centrally or will your TMs print locally? Central is cheaper but takes 3 weeks."),
    ("me", "2023-02-15 10:55", "Central please, 60 sets for the North. And can we get a version without the cartoon dog? A couple of the equine-heavy practices said it looks a bit daft."),
    ("esme", "2023-02-15 11:10", "Ha, fair. I'll do a plain one. 60 sets ordered."),
])
C("genuine", "reference_request", "en", "former team member asks for a reference", [
    ("aaron", "2023-09-12 18:00", "Hi Rachel, bit awkward - I'm moving back to Scotland for family reasons and I've applied for a role with a farm animal company in Perth. Would you be willing to be a referee? Totally understand if it's weird since I'm still on your team technically."),
    ("me", "2023-09-12 19:15", "Not weird at all Aaron - family comes first. Of course I will. Put my work email down. Let's have a proper chat on Friday about notice and handover."),
    ("aaron", "2023-09-12 19:20", "Thank you, means a lot."),
])
C("genuine", "friend_congrats", "en", "old friend congratulates her on the promotion, small talk", [
    ("lisa", "2022-10-03 20:40", "Just seen your new title pop up!! Regional Sales Manager! Proud of you. Remember when we were both temping at that call centre in Bradford and you said you'd never work in sales 😂"),
    ("me", "2022-10-03 21:02", "Hahaha I'd forgotten that! Thanks Lisa. Still can't believe they pay me to drive round the Dales talking about worms. How are the twins?"),
    ("lisa", "2022-10-03 21:15", "Feral. Drinks soon please."),
])
C("genuine", "client_requests_call", "en", "practice manager asks for a call about a product launch", [
    ("zoe", "2023-05-02 12:00", "Hi Rachel, we're a new independent in Bramley (opened in March). One of our vets used your products at her last practice and wants the new cat wormer. Could we have a quick call this week about pricing and whether you do opening offers for new practices?"),
    ("me", "2023-05-02 13:10", "Hi Zoe, congratulations on opening! Yes, we do a new-practice starter pack. I can call you tomorrow at 2 or Thursday at 11 - or pop in, Bramley's ten minutes from our office."),
    ("zoe", "2023-05-02 13:40", "Pop in would be great, Thursday 11?"),
    ("me", "2023-05-02 13:41", "See you then."),
])
C("genuine", "university_talk_invite", "en", "vet school careers officer invites her to speak to students", [
    ("jess", "2023-01-16 14:30", "Dear Rachel, I run the careers programme for the veterinary society. We have an 'Alternative Careers' evening on 9 March and students specifically asked for someone from industry sales. Would you be able to do a 20-minute talk plus Q&A? We can't pay a fee, I'm afraid, but there will be pizza."),
    ("me", "2023-01-16 17:05", "Hi Jess, I'd love to. Pizza is payment enough. 9 March is in the diary. Could you tell me roughly how many students and what year?"),
    ("jess", "2023-01-17 09:00", "Amazing, thank you! About 60, mostly 4th and 5th years."),
])
C("genuine", "owner_started_new_practice", "en", "owner welcomes a new practice owner to the area", [
    ("me", "2023-04-04 09:00", "Hi Kate, I hear the Coverdale team are opening a small animal branch in Leyburn - exciting! If it helps, I can sort you a local stock account so you're not waiting on Darlington deliveries. No pressure, just let me know."),
    ("kate", "2023-04-04 12:30", "Ha, news travels fast round here! Yes please, that would make life easier. And Martin at Harrogate tells me you've already been round - I said you would be."),
    ("me", "2023-04-04 12:50", "That's the Dales grapevine for you. I'll get Callum to bring the forms next week."),
])
C("genuine", "mentoring_junior_rep", "en", "junior rep from another region asks for advice", [
    ("aaron", "2023-03-02 19:10", "Hi Rachel, sorry to bother you in the evening. I've got a practice in Hexham who keep cancelling on me. Third time now. Any tips before I give up?"),
    ("me", "2023-03-02 19:40", "Don't give up! Ask the nurses, not the vets - find out who does the ordering and what time their lunch is. Turn up with something useful (a client leaflet in the format they actually use) instead of asking for a meeting. Worked for me in Malton for years."),
    ("aaron", "2023-03-02 19:45", "That's gold, thank you"),
])
C("genuine", "tender_from_client_group", "en", "corporate vet group procurement issues an RFQ to her company", [
    ("mo", "2023-05-30 10:00", "Dear Rachel, Northvet Group is tendering for our core vaccine supply across 22 sites in Yorkshire and the North East for 2024-2026. As a current supplier to four of our sites you are invited to submit. RFQ documents will be emailed today; deadline for questions 16 June, submissions 30 June. Regards, Mohammed Akram, Procurement"),
    ("me", "2023-05-30 11:15", "Dear Mohammed, thank you, we'd be delighted to submit. I've received the documents. I'll coordinate with our national accounts team and send any clarification questions by the 16th."),
    ("mo", "2023-06-14 16:40", "Thank you for your questions, answers have been published to all bidders."),
])
C("genuine", "existing_vendor_onboarding_call", "en", "CRM vendor customer success sets up training call she asked for", [
    ("dev", "2023-09-05 10:00", "Hi Rachel, renewal for the 12 seats is processed, thanks. You mentioned wanting a refresher on the route planning module for the team - our trainer can do a 45-min session on any Tuesday in September. No charge, it's part of the renewal."),
    ("me", "2023-09-05 10:30", "Great, Tuesday 19th at 9am? I'll make sure they're all on with cameras on and coffee in hand."),
])
C("genuine", "colleague_charity_sponsorship", "en", "team member asks for sponsorship for a Three Peaks charity walk", [
    ("shauna", "2023-05-25 18:30", "Rachel!! Me and the Hull lot are doing the Yorkshire Three Peaks for the animal rescue in Beverley on 17 June. Any chance you'd sponsor us? Or better, come with us?! 😇"),
    ("me", "2023-05-25 19:00", "I'll sponsor you - £30 going on the page now. My knees say no to Pen-y-ghent though. Good luck!"),
    ("shauna", "2023-05-25 19:02", "Legend x"),
])
C("genuine", "client_asks_materials", "en", "head nurse asks for more client leaflets", [
    ("amy", "2023-08-16 10:10", "Hi Rachel, we've run out of the tick leaflets already - clients keep taking them. Any chance of another 200? Priya said to ask you directly as she's on holiday."),
    ("me", "2023-08-16 10:25", "Of course! I'll drop them in on Friday when I'm over that way."),
])
C("genuine", "team_group_chat", "en", "group chat with her team about the regional meeting", [
    ("me", "2023-09-01 08:00", "Morning all. Regional meeting confirmed for Thursday 14th at the Wetherby Whaler function room, 9:30 start. Bring your Q3 account plans. Lunch is fish and chips, obviously."),
    ("callum", "2023-09-01 08:12", "Mushy peas included I hope"),
    ("shauna", "2023-09-01 08:15", "Can I dial in? It's 1h40 from Hull and I've got Driffield at 4"),
    ("me", "2023-09-01 08:30", "Shauna yes, dial in for the morning. Everyone else in person please 🙏"),
    ("tom", "2023-09-01 09:02", "👍"),
], title="North Team", extra=["priya"])
C("genuine", "client_asks_price_match", "en", "key account says a competitor undercut the price and asks if she can match", [
    ("kate", "2023-08-22 16:40", "Rachel, I'll be straight with you. The other lot have offered us 12% off list on dog vaccines if we move everything over for a year. I don't want to move - your team's service is miles better - but the partners are looking at the numbers. Can you do anything?"),
    ("me", "2023-08-22 17:15", "Thanks for being straight, Kate, I appreciate it. I can't match 12% on list but I can look at a loyalty rebate plus the free titre-testing support for your puppy clinics. Let me put something on paper by Friday."),
    ("kate", "2023-08-22 17:20", "Ok. Friday. Don't make me regret it 😄"),
])
C("genuine", "customer_services_internal", "en", "customer services lead about an order query", [
    ("liam", "2023-03-17 14:00", "Hi Rachel, Helen at Wharfedale has accepted the quote PAH-Q-2311. First drop goes out 3 April. Do you want the reminder cards in the first drop or split?"),
    ("me", "2023-03-17 14:20", "First drop please, they want them for April. Cheers Liam."),
])

# =================================================================== WANTED PITCHES (12)
C("wanted_pitch", "sales_tool_post_reference", "en", "voice call-notes tool cites her post about reps typing notes in car parks", [
    ("wp_voice", "2023-05-16 08:30", "Hi Rachel, thanks for connecting. Your post last week about your TMs spending 40 minutes a day typing call notes in practice car parks really struck a chord - my co-founder was a pharma rep for 8 years and that was exactly why we built Kerbside Notes. You speak the visit summary into your phone on the drive out, it structures it and pushes it into FieldPulse (I noticed from your team's posts that's your CRM) as a call report. No hands on the phone while driving. Would a 2-week free trial for two of your TMs be useful? If it doesn't save them 20 minutes a day, no hard feelings."),
    ("me", "2023-05-16 12:10", "Hi Ellie, ha, that post got more replies than anything I've ever written. Does it work offline? Half my patch has no signal past Pateley Bridge."),
    ("wp_voice", "2023-05-16 12:40", "It records offline and syncs when you're back in signal - built for exactly that. Happy to set up Tom and one other next week?"),
])
C("wanted_pitch", "supplier_talk_reference", "en", "cold-chain packaging supplier refers to her talk on vaccine deliveries", [
    ("wp_cold", "2023-04-03 10:15", "Hello Rachel, I was in the audience at the Northern Animal Health Sales Forum in Harrogate when you talked about summer vaccine deliveries arriving warm to rural practices - the example of the logger reading 14°C in a Swaledale surgery. We make passive cool boxes validated for 2-8°C over 72 hours, already used by two UK animal health wholesalers. I'd be glad to send a few sample boxes free for your team to test on the Dales routes this summer. Would that be helpful, and who would be the right person in your operations team?"),
    ("me", "2023-04-04 09:00", "Hi Stuart, thanks - it's ops who buy packaging, but I'd happily test some in the boots of my team's cars. Send three samples to our Leeds office FAO me and I'll loop in ops if they work."),
])
C("wanted_pitch", "freelancer_site_reference", "en", "freelance vet medical writer noticed an outdated dosing leaflet on her company's practice resources page", [
    ("wp_writer", "2023-03-09 11:20", "Hi Rachel, I'm a freelance veterinary medical writer (ex-small animal vet, 10 years in practice). I was looking at the practice resources page on the Pennine site and noticed the dosing guide for the dog spot-on is still the 2019 version - it shows the old weight bands from before the pack change. Practices do download these, so it might be causing confusion at the front desk. I write client and practice materials for a couple of animal health companies and would be happy to quote for refreshing the resource library. If it's marketing's remit, could you point me to the right person?"),
    ("me", "2023-03-09 13:05", "Ingrid, well spotted - that's definitely wrong and I'm a bit mortified. It's Esme Holroyd's remit, I'll forward your message to her. Thanks for taking the time."),
])
C("wanted_pitch", "software_specific_problem", "en", "route planning founder names the rural territory coverage problem from her job advert", [
    ("wp_route", "2023-02-14 08:45", "Hi Rachel, I saw your Territory Manager advert for Teesside & North Yorkshire - '120+ practices, large rural territory, 25k miles a year'. I built PatchPlan after running a rural sales patch in Cumbria: it plans weekly call cycles around practice opening hours, surgery days and the fact that half of those practices are a 40-minute drive from each other. It imports from FieldPulse. For a new starter it cuts the 'which practice do I visit this week' guesswork massively. Happy to show you a plan for that territory built from public practice data - 20 minutes, whenever suits."),
    ("me", "2023-02-14 18:30", "Hi Ravi, the surgery-days bit is interesting, that's what always trips new starters up. Go on then, show me the Teesside plan. Friday morning?"),
    ("wp_route", "2023-02-14 19:00", "Friday 10am - I'll send a Teams link. Thanks Rachel."),
])
C("wanted_pitch", "mutual_contact_referral", "en", "CPD accreditation provider introduced by her boss by name", [
    ("wp_cpd", "2023-01-25 14:00", "Hi Rachel, Gareth Lumb suggested I get in touch - we met at the industry dinner and he mentioned your team runs around 20 CPD evenings a year for practices in the North but they aren't formally accredited. We accredit industry-led CPD for vets and nurses (content review for balance, certificates, attendance tracking). Practices value accredited hours much more and it tends to lift attendance. Gareth said you'd be the one to decide. Could I send you a one-page outline and a price for 20 events?"),
    ("me", "2023-01-26 08:30", "Hi Catherine, yes Gareth mentioned you. Send the outline - the attendance tracking bit would save us a lot of spreadsheets."),
])
C("wanted_pitch", "press_item_reference", "en", "equine show stand sales referencing her company's press release on an equine launch", [
    ("wp_equine", "2023-03-29 15:30", "Hi Rachel, congratulations on the equine wormer launch - I read the announcement in the trade press last week, and saw the North is one of the launch regions. We run the trade village at three equine shows in Yorkshire this summer (Ripley, Otley and the Masham pony club championship), about 15,000 horse owners across them, plus the yard owners who buy through their vets. I've kept one stand next to the vet tent at Ripley on hold until Friday in case it's useful for the launch. Prices are on the attached sheet; happy to talk it through."),
    ("me", "2023-03-30 10:00", "Hi Holly, timing's good actually - I'll talk to Esme (brand) today. Can you hold it till Monday?"),
    ("wp_equine", "2023-03-30 10:20", "Of course, held till Monday 5pm."),
])
C("wanted_pitch", "consultant_tool_setup", "en", "certified CRM consultant knows her exact CRM and an Outlook sync issue", [
    ("wp_crm", "2022-12-05 13:00", "Hi Rachel, I noticed in the FieldPulse user community that one of your TMs posted about calendar visits duplicating when they sync with Outlook on their phones. It's a known issue with the 2022.3 release when reps use shared practice calendars. I'm a certified FieldPulse consultant - I can fix the sync rule for your whole team in half a day, fixed price £450. Here's the workaround I posted in the community thread in case you want to try it yourselves first."),
    ("me", "2022-12-05 16:40", "Owen, that was Callum and it's driving him mad. We'll try the workaround, and if it doesn't work I'll book you. Thanks for sharing it freely."),
])
C("wanted_pitch", "recruiter_relevant_role", "en", "recruiter with a relevant head-of-sales role in companion-animal health", [
    ("wp_recruit", "2023-07-10 18:15", "Hi Rachel, I'll be brief and respectful of the fact you may be very happy where you are. I'm retained on a Head of Sales, UK role for a growing companion-animal nutrition and health company (vet channel only, ~40 staff in sales). They specifically want someone who has led field teams selling into independent and corporate vet groups in the north of England - your ten years in the vet channel and the Northvet-type corporate relationships are exactly the profile. Base is 85-95k. Would you be open to a confidential chat, or can I send the brief by email?"),
    ("me", "2023-07-11 07:40", "Hi Tasha, thanks for the considerate message. I'm not looking right now, but send the brief to my personal email and I'll have a read - never say never."),
])
C("wanted_pitch", "videographer_post_reference", "en", "videographer cites her post about clients misapplying spot-ons", [
    ("wp_video", "2023-07-20 09:30", "Hi Rachel, I'm a videographer in Leeds. Your post about clients squeezing spot-ons onto the fur instead of the skin (and the photo of the greasy spaniel at the show!) made me laugh and think. Short 30-second how-to clips for waiting-room screens and practice Facebook pages are something I've made for a vet group in Sheffield - happy to share that example. Would you be interested in a couple of clips for your practices? I'd come to one of your accounts and film with a real nurse and dog."),
    ("me", "2023-07-20 12:00", "Joe that's a nice idea. Can you send me the Sheffield example? I'll need to run it past brand but I think practices would love it."),
])
C("wanted_pitch", "training_comment_reference", "en", "clinical trainer cites her comment about new reps lacking pharmacology basics", [
    ("wp_train", "2022-10-24 20:00", "Hello Rachel, I saw your comment in the Animal Health Sales Professionals group that new territory managers from non-vet backgrounds struggle when vets ask about pharmacokinetics and withdrawal periods. I'm a vet and I run a 2-day 'clinical confidence' course for reps - written for people who sell to vets, not for vets. Given you've just recruited for Teesside, a new starter might benefit. Happy to send the syllabus and dates in Leeds for the new year."),
    ("me", "2022-10-25 08:10", "Hi Fiona, yes please send the syllabus. I'll have a new starter in the spring."),
])
C("wanted_pitch", "supplier_event_reference", "en", "display supplier noticed her stand's flapping leaflet holders at the Great Yorkshire Show", [
    ("wp_merch", "2023-07-31 11:00", "Hi Rachel, I was two stands down from you at the Great Yorkshire Show on the Wednesday - the one when the wind took your leaflet stand over twice! We make weighted outdoor literature stands and pop-up counters, and we supply a couple of animal health companies already. If your team does the autumn shows, I could lend you one to try at Harrogate in October. Cheers, Neil"),
    ("me", "2023-07-31 13:20", "Ha, you saw that! Yes, that stand has been the bane of my life. A loan for Harrogate would be great."),
])
C("wanted_pitch", "data_register_reference", "en", "data supplier references changes in the public practice register in her patch", [
    ("wp_data", "2023-08-14 10:00", "Hi Rachel, from the public practice register we track ownership changes: in your patch (Yorkshire & the North East) 31 practices changed hands in the last 12 months, mostly to two corporate groups, and 9 new independents opened. Several reps we work with were visiting practices whose ordering had moved to central procurement. We provide a monthly change file filtered to a territory, which drops straight into FieldPulse. I've attached the list for your patch for free so you can judge whether it's useful."),
    ("me", "2023-08-14 14:30", "Hi Suki, I've had a look at the list and it's more accurate than ours, which is slightly annoying. What would a monthly feed cost for the North?"),
    ("wp_data", "2023-08-14 14:50", "£120/month for one region, minimum 6 months. I'll email a proposal."),
])

# =================================================================== JUNK (38)
# One template, five senders, different fills (one in German).
C("junk", "template_outbound_agency", "en", "template 1/5: done-for-you meetings", [
    ("t1", "2023-01-10 09:02", "Hi Rachel, I help sales leaders in the pharmaceutical space add 15-20 qualified meetings to their calendar every month, without hiring more SDRs. We handle the targeting, copy and follow-up. Worth a quick chat to see if it fits Pennine Animal Health?"),
])
C("junk", "template_outbound_agency", "en", "template 2/5: same meetings pitch, other fill", [
    ("t2", "2023-02-21 10:15", "Hi Rachel, we help sales leaders in the healthcare sector add 10-25 qualified meetings to their calendars every month - without hiring extra SDRs. We do the targeting, messaging and follow-ups for you. Open to a quick chat to see if it's a fit for Pennine?"),
])
C("junk", "template_outbound_agency", "en", "template 3/5: same pitch, message request without connection", [
    ("t3", "2023-04-11 14:40", "Hey Rachel - we help regional sales managers add 20+ qualified meetings a month to the calendar, no extra headcount. Targeting, copy, follow-up all done for you. Fancy a quick chat on whether this fits your team?"),
])
C("junk", "template_outbound_agency", "en", "template 4/5: same pitch after connecting", [
    ("t4", "2023-06-02 08:30", "Hi Rachel, thanks for connecting! We help sales leaders in animal health add 15+ qualified meetings every month - without hiring more reps. We take care of targeting, messaging and follow-up. Would a short chat make sense?"),
])
C("junk", "template_outbound_agency", "de", "template 5/5: same pitch in German", [
    ("t5", "2023-07-04 09:10", "Hallo Rachel, wir helfen Vertriebsleitern in der Pharmabranche, jeden Monat 15-20 qualifizierte Termine in den Kalender zu bekommen - ohne zusätzliche SDRs einzustellen. Zielgruppe, Texte und Follow-ups übernehmen wir. Lohnt sich ein kurzes Gespräch, ob das zu Pennine Animal Health passt?"),
])
C("junk", "generic_service_seo", "en", "generic SEO pitch", [
    ("j_seo", "2023-03-01 07:12", "Hi Rachel, I took a look at your website and found several issues that are stopping you ranking on page 1 of Google. I can send a free audit with 27 quick fixes. Our packages start at just £299/month. Interested?"),
])
C("junk", "off_topic_product", "en", "solar panels for her home", [
    ("j_solar", "2023-03-15 18:00", "Hi Rachel! With energy bills through the roof, have you thought about solar? Homeowners in Leeds are saving up to £1,100 a year. We're doing free home surveys in LS postcodes this month. Can I book you in?"),
    ("j_solar", "2023-03-22 18:05", "Hi Rachel, just checking you saw this - only 6 survey slots left this month!"),
])
C("junk", "offers_what_owner_sells", "en", "distributor offers to sell her parasiticides - exactly what she sells", [
    ("j_same", "2023-04-27 11:00", "Dear Rachel, are you looking to cut costs on flea, tick and worming products? VetSupply Direct offers leading veterinary parasiticides at up to 20% below list price with next-day delivery. We'd love to set up an account for your practice. Reply YES and I'll send our price list."),
])
C("junk", "capacity_for_new_clients", "en", "asks if she has capacity for new clients, then lead-gen", [
    ("j_capacity", "2023-05-10 09:45", "Hi Rachel, quick question - do you have capacity to take on new clients at the moment? We're working with a number of businesses who are looking for exactly what you offer."),
    ("j_capacity", "2023-05-12 10:00", "Just following up! We connect businesses like yours with ready-to-buy clients on a pay-per-lead basis. Most partners see 5-10 new enquiries in the first month. Shall I send details?"),
])
C("junk", "like_minded_entrepreneurs", "en", "let's connect as like-minded entrepreneurs", [
    ("j_likeminded", "2023-02-03 06:30", "Hey Rachel! Always great to connect with like-minded entrepreneurs and high achievers 🚀 I'm building a community of growth-focused leaders who want to 10x their income and impact. Would love to hear about your journey and see how we can add value to each other. Let's jump on a call!"),
])
C("junk", "quick_15_minute_call", "en", "quick 15-minute call request", [
    ("j_15", "2023-06-14 13:13", "Hi Rachel, I'd love to grab 15 minutes with you next week to share how we're helping sales teams increase win rates by 30%. Would Tuesday or Wednesday work? Here's my calendar link: optimise-sales.example/book"),
])
C("junk", "connect_then_pitch", "en", "small talk about Yorkshire, owner replies, pitch comes in message 3", [
    ("c1", "2023-06-12 08:10", "Thanks for connecting Rachel! Always nice to find another Yorkshire lass on here. Whereabouts are you based? I'm just outside Halifax."),
    ("me", "2023-06-12 12:30", "Hi Harriet! Leeds, originally from Knaresborough. Halifax is lovely - I used to cover Calderdale."),
    ("c1", "2023-06-13 09:00", "Oh lovely! So, the reason I ask... I work with female leaders in sales who feel stretched thin and want to step into their next level without burning out. My 12-week Leadership Reset programme has a couple of spaces opening in July. Would you be open to a free discovery call to see if it's right for you?"),
])
C("junk", "connect_then_pitch", "en", "connects, compliments, pitches fleet leasing in second message", [
    ("c2", "2023-03-06 16:45", "Hi Rachel, great to be connected. Looks like you're doing great things at Pennine!"),
    ("c2", "2023-03-09 10:20", "Hope your week's going well. I wanted to reach out as we help companies with field sales teams reduce fleet costs by up to 22% through our salary sacrifice EV scheme. Who would be the best person to speak to about your company cars?"),
])
C("junk", "connect_then_pitch", "en", "compliments a post, then sells market research in message 2", [
    ("c3", "2023-08-21 11:30", "Hi Rachel, thanks for connecting! Your Great Yorkshire Show photos looked amazing, what a day for it!"),
    ("c3", "2023-08-23 09:15", "By the way, we help brands turn customer feedback into growth with our AI insights platform. Happy to show you a 10-minute demo?"),
    ("c3", "2023-08-30 09:15", "Hi Rachel, just bumping this up in case it got lost!"),
])
C("junk", "connect_then_pitch", "en", "Leeds neighbour small talk, then pension review pitch", [
    ("c4", "2022-11-28 20:45", "Hi Rachel, thanks for accepting. How's life in Leeds treating you? Crazy weather this week!"),
    ("me", "2022-11-29 07:30", "Ha, it's grim isn't it. All good thanks."),
    ("c4", "2022-11-29 08:00", "Glad to hear it! Quick one - when did you last have your pension reviewed? Many people in senior roles are missing out on tax efficiencies. I offer a free 30-minute review, no obligation. Fancy it?"),
])
C("junk", "follow_up_bumps", "en", "lead-gen SDR with three unanswered bumps", [
    ("b1", "2023-02-06 09:00", "Hi Rachel, we help B2B companies book more meetings using AI-powered outreach. Would you be open to a chat?"),
    ("b1", "2023-02-13 09:00", "Hi Rachel, just floating this back to the top of your inbox."),
    ("b1", "2023-02-20 09:00", "Hi Rachel, not sure if you saw my last message? Happy to send over some case studies."),
    ("b1", "2023-02-27 09:00", "Hi Rachel, I'll assume the timing isn't right. Shall I check back in a few months?"),
])
C("junk", "follow_up_bumps", "en", "HR software rep bumping twice", [
    ("b2", "2023-04-19 11:30", "Hi Rachel, many growing teams struggle with holiday tracking and onboarding. Spark HR makes it simple from £3 per employee. Can I show you around?"),
    ("b2", "2023-04-26 11:30", "Hi again Rachel - did you get a chance to look at this?"),
    ("b2", "2023-05-03 11:30", "Last try! Just want to make sure this didn't slip through the cracks 🙂"),
])
C("junk", "merge_tag_failure", "en", "broken {first_name} merge tag", [
    ("m1", "2023-05-05 10:00", "Hi {first_name}, I noticed {company_name} is growing fast! We create explainer videos that convert. Would you be interested in a free storyboard?"),
])
C("junk", "merge_tag_failure", "en", "recruiter message with wrong name and wrong company", [
    ("m2", "2023-01-31 12:00", "Hi Sarah, I came across your profile and was really impressed by your work at Pennine Water Group. I have an exciting opportunity for a Business Development Manager in utilities. Are you open to new opportunities?"),
])
C("junk", "merge_tag_failure", "en", "[Company] placeholder left in telecom pitch", [
    ("m3", "2023-06-20 15:30", "Hi Rachel, I'm reaching out to businesses in [City] to see if [Company] is paying too much for business mobiles. We can usually save 30%. Worth a look?"),
])
C("junk", "merge_tag_failure", "en", "review-platform pitch addressed to the wrong person", [
    ("m4", "2023-05-23 09:10", "Hi Jonathan, congrats on your recent growth at Ackroyd Dental! Reviews are the #1 driver of new patients. We help clinics get 5-star Google reviews on autopilot. Can I send a demo?"),
])
C("junk", "sponsored_inmail", "en", "sponsored InMail: executive MBA", [
    ("sp1", "2023-02-08 12:00", "<p>Hi Rachel,</p><p>Ready to take your leadership to the next level? Our Executive MBA is designed for busy professionals like you.</p><p>Applications for the September intake close soon. <a href=\"https://kingsbridge.example/emba\">Download the brochure</a></p>"),
], title="Sponsored Conversation", subject="Your next career move")
C("junk", "sponsored_inmail", "en", "sponsored InMail: sales software webinar", [
    ("sp2", "2023-05-30 12:00", "<p>Hi Rachel,</p><p>Join 5,000+ sales leaders at our free webinar: <b>The Future of Pipeline</b>. Learn how top teams use Vantagely to forecast with 95% accuracy.</p><p>Save your seat today.</p>"),
], title="Sponsored Conversation", subject="Free webinar for sales leaders")
C("junk", "sponsored_inmail", "en", "sponsored message from an anonymous LinkedIn Member", [
    ("sp3", "2023-08-09 12:00", "Exclusive offer for senior professionals: save 40% on premium noise-cancelling headphones this week only."),
], title="Sponsored Conversation", subject="An offer for you")
C("junk", "paid_award", "en", "'award' that asks for a winners' package fee", [
    ("aw", "2023-04-05 10:30", "Dear Rachel, congratulations! You have been selected as a winner of the Northern Business Excellence Awards 2023 in the category 'Sales Leader of the Year - Healthcare'. To confirm your award and receive your trophy, certificate and digital winners' logo, please complete the winners' package (£495 + VAT) by 21 April."),
])
C("junk", "paid_podcast", "en", "podcast guest slot with a 'production fee'", [
    ("pod", "2023-06-27 09:00", "Hi Rachel! Loved your profile. We'd love to feature you as a guest on The Sales Leaders Sofa - 40k monthly listeners. There's a small production contribution of £350 which covers editing, promotion and a professional clip pack for your socials. Shall I send the booking link?"),
])
C("junk", "paid_feature", "en", "magazine feature for a fee", [
    ("feat", "2023-09-06 11:45", "Dear Rachel, Industry Leaders Quarterly is preparing a special feature on 'Women Transforming Healthcare Sales' and your name came up. A two-page profile with professional photography is available for an editorial contribution of £1,250. Space is limited to 8 leaders."),
])
C("junk", "fluent_generic_company_named", "en", "fluent pitch naming Pennine Animal Health that could be sent to anyone", [
    ("fluent", "2023-08-03 08:15", "Hi Rachel, I've been following Pennine Animal Health's journey with real interest - it's clear your team is committed to excellence and to your customers. At Meridian Growth Partners, we partner with ambitious organisations like Pennine to unlock sustainable revenue growth through strategy, process and people. I'd welcome the chance to explore whether there are synergies. Do you have 20 minutes in the coming weeks?"),
])
C("junk", "generic_counterpart_ai_notes", "en", "generic AI note-taker, counterpart of the tailored call-notes pitch", [
    ("j_ai", "2023-06-07 10:00", "Hi Rachel, are your sales team still taking meeting notes by hand? NoteGenie AI joins your Zoom, Teams and Google Meet calls, transcribes and summarises automatically. Teams save 5 hours a week. Start your free trial today!"),
])
C("junk", "generic_counterpart_route", "en", "generic route optimisation, counterpart of the tailored PatchPlan pitch", [
    ("j_route", "2023-03-20 08:00", "Hello Rachel, RouteMax helps delivery and logistics businesses cut fuel costs by optimising routes for their drivers. Trusted by 2,000+ fleets. Book a demo today."),
])
C("junk", "generic_counterpart_crm", "en", "generic CRM implementation, counterpart of the tailored FieldPulse consultant", [
    ("j_crm", "2023-03-28 09:30", "Hi Rachel, is your CRM working for you or against you? We implement Salesforce, HubSpot and Dynamics for mid-sized businesses. Free CRM health check this month - interested?"),
])
C("junk", "generic_counterpart_recruiter", "en", "recruiter with an irrelevant insurance sales role", [
    ("j_recruit", "2023-06-06 17:00", "Hi Rachel, hope you're well! I'm recruiting for a Field Sales Executive role in commercial insurance, based in Manchester, 28-32k + commission. Your sales background looks great. Interested?"),
])
C("junk", "generic_counterpart_merch", "en", "generic promotional merchandise", [
    ("j_merch", "2023-07-05 14:20", "Hi Rachel! Summer event season is here ☀️ Branded pens, tote bags and water bottles with 15% off all orders over £500. Our catalogue is attached - let me know what catches your eye!"),
])
C("junk", "generic_coaching", "en", "mindset coaching pitch", [
    ("j_coach", "2023-04-11 06:00", "Rachel, what would it mean for you to finally break through the ceiling that's holding you back? I help high-performers unlock peak performance in 90 days. DM me 'RESET' for a free masterclass."),
])
C("junk", "offshore_staffing", "en", "offshore virtual assistants", [
    ("j_va", "2023-02-16 03:15", "Dear Rachel, hire full-time dedicated virtual assistants from £6/hour! Admin, bookkeeping, lead generation, social media. Let's schedule a call to discuss your staffing needs."),
])
C("junk", "franchise_opportunity", "en", "coffee franchise investment opportunity", [
    ("j_fran", "2023-05-17 19:30", "Hi Rachel, have you ever thought about being your own boss? Coffee Cabin is expanding in Yorkshire and we're looking for ambitious professionals to own a franchise. Investment from £45k, finance available. Can I send the prospectus?"),
])
C("junk", "paid_summit_ticket", "en", "summit delegate pass sales", [
    ("j_summit", "2023-08-28 13:00", "Hi Rachel, you've been shortlisted to attend the Global Sales Leadership Summit in London this November. Delegate passes are normally £1,995, but as a shortlisted leader you can secure yours for £1,195 until Friday. Shall I reserve your seat?"),
])
C("junk", "generic_counterpart_data", "en", "generic contact lists, counterpart of the tailored practice-register pitch", [
    ("j_data", "2023-07-19 10:40", "Hi Rachel, need more leads? We have verified B2B contact lists for every industry - 50 million contacts, 95% accuracy. Get 1,000 contacts free with your first order. Let me know your target market!"),
])

if __name__ == "__main__":
    x.write(HERE.parent / SLUG,
            {"First Name": "Rachel", "Last Name": "Ackroyd",
             "Headline": "Regional Sales Manager, North of England at Pennine Animal Health | Vet channel | Team leader",
             "Summary": "I lead the northern field team at Pennine Animal Health, looking after independent and corporate vet practices from the Humber to the Tweed. Vaccines, parasiticides, dental. Ex-territory manager, still happiest in a practice car park with a brew.",
             "Industry": "Veterinary", "Geo Location": "Leeds, England, United Kingdom",
             "Websites": "[COMPANY:https://pennine-animal-health.example]"},
            [{"Company Name": "Pennine Animal Health Ltd", "Title": "Regional Sales Manager, North of England",
              "Description": "Leading seven territory managers across Yorkshire, the North East and Cumbria.",
              "Location": "Leeds", "Started On": "Oct 2022", "Finished On": ""},
             {"Company Name": "Pennine Animal Health Ltd", "Title": "Territory Manager, North Yorkshire",
              "Description": "", "Location": "Harrogate", "Started On": "Jun 2014", "Finished On": "Sep 2022"},
             {"Company Name": "Mediplan Ltd", "Title": "Sales Administrator", "Description": "",
              "Location": "Bradford", "Started On": "Mar 2010", "Finished On": "May 2014"}],
            ["Veterinary Sales", "Key Account Management", "Team Leadership", "Animal Health",
             "Territory Planning", "CPD Events", "Negotiation"])
    print(x.summary())

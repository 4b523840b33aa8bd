"""dev34 persona 1: Anahera Whitlock, self-employed LMC midwife in Wellington (2024 layout).

Written blind to the detector (session 5). Every message text below is written by hand.
Run with the project venv; it regenerates ../en-independent-midwife-wellington byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "en-independent-midwife-wellington"
OWNER = Person("me", "Anahera Whitlock", "https://www.linkedin.com/in/anahera-whitlock-lmc",
               "Kererū Cottage Midwives", "Lead Maternity Carer (LMC) Midwife")
ex = Export(SLUG, "2024", OWNER)


def P(key: str, name: str, company: str = "", position: str = "", connected: str | None = None,
      invite: tuple[str, str, str] | None = None, url: str | None = None) -> None:
    ex.person(key, name, company, position, connected=connected, invite=invite, url=url)


def G(category: str, note: str, messages: list[tuple[str, str, str]], **options: object) -> None:
    ex.conv("genuine", category, "en", note, messages, **options)


def W(category: str, note: str, messages: list[tuple[str, str, str]], **options: object) -> None:
    ex.conv("wanted_pitch", category, "en", note, messages, **options)


def J(category: str, note: str, messages: list[tuple[str, str, str]], lang: str = "en",
      **options: object) -> None:
    ex.conv("junk", category, lang, note, messages, **options)


# ---------------------------------------------------------------- people: genuine contacts
P("ruth", "Ruth Adebayo", "Kererū Cottage Midwives", "LMC Midwife", "2016-04-02")
P("sina", "Sina Faleolo", "Kererū Cottage Midwives", "LMC Midwife", "2019-08-15")
P("jess", "Jess McAllister", "Kererū Cottage Midwives", "LMC Midwife", "2021-02-20")
P("bronwyn", "Bronwyn Keats", "", "Midwife (retired)", "2012-06-11")
P("leilani", "Leilani Moana Parata", "Harbour City Hospital", "Charge Midwife, Birthing Suite", "2017-03-09")
P("priya", "Dr Priya Raman", "Newtown Family Doctors", "General Practitioner", "2018-10-22")
P("moana", "Moana Tautahi", "NZ College of Midwives", "Regional Chair, Wellington", "2015-11-30")
P("greg", "Greg Tuilagi", "Capital Clinical Supplies", "Account Manager", "2019-05-07")
P("hannah", "Hannah Sorensen", "Health NZ", "Talent Partner, Nursing & Midwifery", "2024-03-18",
  invite=("OUT", "2024-03-18 19:40", "Hi Hannah, saw your educator post, keen to hear more."))
P("matilda", "Matilda Brook", "", "Midwifery graduate", "2024-05-02",
  invite=("IN", "2024-05-01 21:10", "Kia ora Anahera, I'm a new grad and would love to connect."))
P("tom", "Tom Whitcombe", "The Evening Post Dominion", "Health Reporter", "2023-09-04")
P("kerryn", "Kerryn Bell", "", "Midwifery student", "2023-06-12")
P("nikau", "Nikau Rangi", "", "Midwifery student", "2023-06-12")
P("elise", "Elise Fontaine", "", "Midwife", "2022-01-15")
P("sonia", "Sonia Petrakis", "Lambton Imaging", "Sonographer", "2020-07-19")
P("claire", "Claire Donnelly", "", "", "2010-02-03")
P("fern", "Fern Arapeta", "Core Pelvic Physio", "Pelvic Health Physiotherapist", "2023-04-21")
P("kate", "Kate Lindqvist", "", "Product Designer", "2022-11-08")
P("rosa", "Rosa Delgado", "Delgado & Chen Chartered Accountants", "Partner", "2014-08-01")
P("ana", "Ana Vainikolo", "Kahurangi Well Child", "Well Child Nurse", "2020-03-12")
P("marie", "Marie-Claire Dubois", "Latch & Co Lactation", "IBCLC Lactation Consultant", "2018-02-27")
P("steph", "Stephanie Ngata", "MaternityDesk", "Customer Success", "2021-06-30")
P("liam", "Liam O'Rourke", "Harbour City Hospital", "Midwife Educator", "2016-09-14")
P("aroha", "Aroha Pene", "Te Whare Hauora o Porirua", "Kaiāwhina", "2021-09-03")
P("david", "Dr David Kwan", "Harbour City Hospital", "Consultant Obstetrician", "2017-05-25")
P("zoe", "Zoe Hammond", "", "", None)
P("mikaela", "Mikaela Strand", "Strand Birth Photography", "Birth Photographer", "2019-12-01")
P("pip", "Pip Carrington", "Newtown Community Centre", "Bookings Coordinator", "2022-02-14")
P("laura", "Dr Laura Whitfield", "Victoria University of Wellington", "Senior Lecturer, Health", "2023-10-10")
P("ben", "Ben Ashworth", "Seatoun Engineering", "HR Manager", None)
P("yuki", "Yuki Tanabe", "", "", None)
P("sam", "Sam Hollis", "", "", None)
P("tane", "Tāne Wiremu", "", "", None)

# ---------------------------------------------------------------- people: wanted pitches
P("olivia", "Olivia Grant", "Grant Admin Services", "Virtual Assistant for Midwives", None)
P("raj", "Raj Malhotra", "Handover Health", "Co-founder", "2023-11-20",
  invite=("IN", "2023-11-19 18:02", "Really enjoyed your forum talk on rural transfers."))
P("charlotte", "Charlotte Pike", "Pike Web Studio", "Web Designer", None)
P("andrew", "Andrew Loh", "AfterHours Answering NZ", "Founder", None)
P("wiremu", "Wiremu Hapeta", "Hapeta Bookkeeping", "Bookkeeper", None)
P("gemma", "Gemma Rowe", "Clinic Spaces Ltd", "Fit-out Consultant", None)
P("daniel", "Daniel Ferreira", "Slotwise", "Account Executive", None)
P("harriet", "Harriet Quinn", "Quinn Health Recruitment", "Senior Recruiter, Midwifery", None)
P("isla", "Isla Brennan", "Little Fleece Co.", "Founder", None)
P("mereana", "Mereana Kingi", "Kingi Midwifery Education", "Educator", "2024-02-10",
  invite=("IN", "2024-02-09 20:30", "Saw your comment about perineal repair refreshers, would love to connect."))
P("farida", "Farida Noori", "Kōrero Interpreting", "Service Manager", None)
P("jonah", "Jonah Ellery", "Ellery Cars", "Fleet Sales, Community Health", None)

# ---------------------------------------------------------------- people: junk senders
P("kylie", "Kylie Summers", "Summit VA Solutions", "Director", None)
P("brad", "Brad Kessler", "MedNova Digital", "Head of Partnerships", None)
P("tyler", "Tyler Vance", "RankRocket SEO", "Growth Specialist", None)
P("joanne", "Joanne Pratt", "Ledgerly", "Business Development", None)
P("max", "Max Ostrowski", "CoinPeak Academy", "Trader & Mentor", None)
P("shane", "Shane Douglas", "SunHarvest Solar", "Energy Consultant", None)
P("lucas", "Lucas Moreau", "TransPacific Freight Partners", "Sales Manager", None)
P("amelia", "Amelia Hart", "Gentle Beginnings Online", "Founder", None)
P("derek", "Derek Lamb", "PracticeFill", "Client Acquisition", None)
P("vivian", "Vivian Cole", "Cole Ventures", "Serial Entrepreneur", None)
P("ethan", "Ethan Burke", "ScaleStack", "Account Executive", None)
P("savannah", "Savannah Price", "Radiant Mama Coaching", "Mindset Coach", "2023-07-13",
  invite=("IN", "2023-07-12 22:15", "Hi lovely! Would be great to connect with another women in wellness :)"))
P("jordan", "Jordan Lee", "BrightPath Consulting", "Consultant", "2024-01-23",
  invite=("IN", "2024-01-22 08:41", ""))
P("cody", "Cody Marsh", "Revive Wellness Group", "Partnerships Lead", "2024-06-04",
  invite=("IN", "2024-06-03 17:55", "Hi Anahera, love connecting with healthcare leaders in NZ."))
P("nate", "Nate Fulton", "LeadLoop", "SDR", None)
P("priscilla", "Priscilla Ward", "ReachMore Media", "Outreach Manager", None)
P("t1", "Hamish Crawford", "CarePipeline", "Growth Lead", None)
P("t2", "Bianca Russo", "PatientFlow Agency", "Founder", None)
P("t3", "Kieran Doyle", "ClinicBoost", "Partner", None)
P("t4", "Melissa Tan", "HealthGrowth Partners", "Director", None)
P("t5", "Ricky Naidoo", "Vitality Leads", "Business Development", None)
P("m1", "Craig Dunn", "Optimise Digital", "Account Director", None)
P("m2", "Tash Morgan", "Bloom Social", "Social Media Manager", None)
P("m3", "Gavin Pryce", "PrimeLink Recruitment", "Recruiter", None)
P("m4", "Lorna Fitch", "ContentNest", "Content Strategist", None)
P("sp1", "Meridian Card", "", "", None, url="https://www.linkedin.com/company/meridian-card-nz")
P("sp2", "Ashford Business School", "", "", None,
  url="https://www.linkedin.com/company/ashford-business-school")
P("award", "Clara Benning", "Global Healthcare Excellence Awards", "Awards Coordinator", None)
P("pod", "Dustin Reyes", "The Wellness Leaders Show", "Producer", None)
P("fluent", "Natalie Voss", "Northbeam Growth", "Partner", None)
P("skin", "Georgia Fenwick", "PureBub Organics", "Wholesale Manager", None)
P("appco", "Rohan Mehta", "BumpBuddy App", "Partnerships Manager", None)
P("recr", "Sharon Gilbert", "Apex Sales Talent", "Recruiter", None)
P("recep", "Milo Barrett", "CallCloud Receptionists", "Sales", None)
P("oils", "Tracey Vine", "", "Independent Wellness Advocate", "2023-03-30",
  invite=("IN", "2023-03-29 21:00", "Hey hun! Fellow mama here xx"))
P("transl", "Ivan Petrov", "LinguaGlobal", "Account Manager", None)
P("wealth", "Peter Cheng", "Summit Private Wealth", "Adviser to Medical Professionals", None)
P("ghost", "Aiden Kirk", "PostPilot AI", "Founder", None)
P("evgen", "Corey Blake", "DriveEasy Leasing", "Business Sales", None)

# ================================================================ GENUINE (35)
G("expectant_parent_booking", "first-time mum wants to book her as LMC, due in March", [
    ("zoe", "2024-07-08 20:14", "Hi Anahera, my friend Kelly had you for both her babies and "
     "won't stop talking about you. I'm 9 weeks with our first (due around mid March). Are you "
     "taking bookings for then? We're in Kilbirnie. Sorry if LinkedIn is a weird way to ask, I "
     "couldn't find a number that wasn't the practice line!"),
    ("me", "2024-07-09 07:32", "Kia ora Zoe and congratulations!! Not weird at all. I do have "
     "room for a mid-March due date. Can you flick me your email or ring the practice on Monday "
     "and Jess will pop you in for a first visit? Kilbirnie is right on my patch."),
    ("zoe", "2024-07-09 08:05", "Amazing, thank you so much. Will call Monday morning :)"),
])
G("private_fees_enquiry", "non-resident couple asks about private LMC fees - price talk, wants to buy", [
    ("yuki", "2024-05-20 11:40", "Hello Ms Whitlock. My husband is here on a two-year work visa "
     "and I learned I am not eligible for free maternity care. We are expecting in November. "
     "Could you tell me what your private fee is for full care, including the birth? We would "
     "like to book if possible."),
    ("me", "2024-05-20 19:02", "Hello Yuki, congratulations. Yes, I can care for you privately. "
     "My fee follows the College's guidance for non-eligible women and covers antenatal visits, "
     "labour and birth, and six weeks postnatal. Hospital costs are billed separately by the "
     "hospital. I'll email you the schedule and a payment plan - what address should I use?"),
    ("yuki", "2024-05-21 07:15", "Thank you very much. yuki.tanabe.nz@example.com. Is it possible "
     "to pay in three parts?"),
    ("me", "2024-05-21 12:30", "Yes, three parts is fine. Sent through now."),
])
G("corporate_quote_request", "HR manager asks for a quote for antenatal sessions for staff", [
    ("ben", "2024-02-27 14:22", "Hi Anahera, I run HR at Seatoun Engineering (about 120 staff). We "
     "have a surprising number of babies on the way this year and want to offer a couple of "
     "lunchtime antenatal info sessions on site, for partners too. Would you be able to quote for "
     "two 90-minute sessions in April? Happy to jump on a call."),
    ("me", "2024-02-28 09:10", "Hi Ben, what a lovely idea. Yes I can do that. I'll send a quote "
     "today for two sessions incl. handouts. Are Tuesdays or Thursdays better for your team?"),
    ("ben", "2024-02-28 09:47", "Thursdays best. Quote received, looks good - I'll get sign-off "
     "from our GM this week."),
    ("ben", "2024-03-05 16:03", "Signed off! Can we lock in 11 and 18 April?"),
    ("me", "2024-03-05 18:20", "Locked in. See you then."),
])
G("birthing_suite_handover", "charge midwife at the birthing suite about a transfer and bed status", [
    ("leilani", "2024-08-14 03:12", "Heads up - we're full tonight, if your lady in Karori goes "
     "into labour call before you come in and we'll sort a room. Sorry e hoa."),
    ("me", "2024-08-14 03:20", "Thanks Leilani, she's 3cm and cruisy at home. Will ring ahead."),
    ("leilani", "2024-08-14 09:45", "All good now, two discharged. Room 4 is yours if needed."),
])
G("gp_referral", "GP follow-up about a shared client's bloods", [
    ("priya", "2024-04-11 12:05", "Hi Anahera - the bloods for our shared patient (initials "
     "R.T.) came back, ferritin quite low. I've started her on iron, just so you know before "
     "your visit Thursday."),
    ("me", "2024-04-11 13:40", "Thanks Priya, appreciate it. I'll recheck at 28 weeks."),
])
G("practice_cover_roster", "long-standing practice colleague arranging Christmas backup", [
    ("ruth", "2023-11-28 21:03", "Christmas roster... can you back me up 24-27th? I'll take your "
     "New Year in exchange. I know, I know, I always get Christmas off. Next year it's yours."),
    ("me", "2023-11-28 21:30", "Ha. I'll hold you to that. Yes fine, 24-27 is mine. Who are your "
     "due ladies?"),
    ("ruth", "2023-11-28 21:41", "Just two, both 38wks on the 24th. Notes in the shared drive."),
    ("ruth", "2023-12-27 10:02", "Thank you thank you. Sorry about the 3am on Boxing Day."),
    ("me", "2023-12-27 10:15", "Gorgeous wee boy, no regrets. Have a good break."),
])
G("peer_joint_offer", "practice colleague proposes joint paid postnatal package with a lactation consultant", [
    ("sina", "2024-06-18 15:10", "Had a thought. Marie-Claire (Latch & Co) asked if we'd want to "
     "do a joint private package: our usual postnatal care plus 3 home lactation visits from her, "
     "for families who want extra. We'd split the fee on her visits, ours stays funded as "
     "normal. Want to do a call with her next week and look at pricing?"),
    ("me", "2024-06-18 18:44", "Yes keen. As long as it's clearly optional and we're upfront "
     "with families about what's free and what isn't. Wednesday arvo works."),
    ("sina", "2024-06-18 18:50", "Totally agree. Wed 2pm, I'll send an invite."),
])
G("college_event_invite", "regional chair of the College invites her to speak at the forum", [
    ("moana", "2023-08-21 10:30", "Tēnā koe Anahera. We're putting together the regional forum "
     "for October and would love you to talk about rural transfers from your Wairarapa years. "
     "20 min plus questions. No pressure but you'd be brilliant."),
    ("me", "2023-08-21 20:05", "Tēnā koe Moana. Kia ora for thinking of me - yes, happy to. "
     "Let me know the date and I'll sort cover."),
    ("moana", "2023-08-22 08:12", "Ka pai! 14 October at the Te Papa rooms. Will send details."),
])
G("vendor_price_change", "existing clinical supplier announces price increase on birth pool liners", [
    ("greg", "2024-03-01 09:00", "Morning Anahera, just a heads up before it hits your invoice: "
     "from 1 April the disposable birth pool liners go from $42 to $47 each (freight costs, "
     "sorry). If you want to stock up at the current price, orders before 29 March get the old "
     "rate. Doppler gel and batteries are unchanged."),
    ("me", "2024-03-01 12:15", "Cheers Greg. Put me down for 10 liners at the old price, same "
     "delivery address."),
    ("greg", "2024-03-01 12:40", "Done, will go out Tuesday."),
])
G("recruiter_engaged", "Health NZ talent partner she contacted herself about an educator role", [
    ("me", "2024-03-18 19:45", "Hi Hannah, thanks for connecting. I saw the midwife educator "
     "role (0.6 FTE) you posted. I'd want to keep a small LMC caseload alongside - is that "
     "realistic with the hours?"),
    ("hannah", "2024-03-19 09:20", "Hi Anahera! Great question, and yes, a couple of the current "
     "educators do exactly that. Salary band is step 5-7 on the MECA depending on experience. "
     "Would you be free for a quick chat Thursday?"),
    ("me", "2024-03-19 12:02", "Thursday lunchtime works."),
    ("hannah", "2024-04-02 16:30", "Thanks for your time last week. The panel would like to "
     "interview you on the 15th - I'll send the details through."),
])
G("job_applicant", "new graduate applies to join the practice", [
    ("matilda", "2024-05-02 08:15", "Kia ora Anahera, thanks for accepting. I finish my new grad "
     "year at Hutt in July and I'd really love to work in a community LMC practice. I heard "
     "through Sina you might be taking on someone. I've attached my CV via email to the "
     "practice address. Would you be open to a kōrero?"),
    ("me", "2024-05-03 20:11", "Kia ora Matilda. Got your CV, thanks. Yes, we're thinking about "
     "a fourth midwife from August. Could you come in for a cuppa on the 14th, 10am?"),
    ("matilda", "2024-05-03 20:30", "Yes! I'll be there. Thank you!!"),
])
G("journalist_request", "health reporter wants a comment on the midwife shortage", [
    ("tom", "2024-01-16 13:02", "Hi Anahera, Tom from the Post. I'm writing about how hard it is "
     "for women in Wellington to find an LMC right now. Would you be willing to talk on the "
     "record for 10 minutes? Deadline Thursday."),
    ("me", "2024-01-16 17:40", "Hi Tom, yes, I can. Ring me tomorrow after 2. I'd like to make "
     "the point about funding and the on-call hours, not just 'midwives are leaving'."),
    ("tom", "2024-01-16 17:55", "That's exactly the angle I need. Talk tomorrow."),
])
G("thanks_after_forum", "student thanks her after the forum talk (1 of 3 near-duplicates)", [
    ("kerryn", "2023-10-14 19:20", "Thank you so much for your talk today at the forum Anahera! "
     "The bit about rural transfers and keeping calm in the car will stay with me. Really "
     "inspiring."),
])
G("thanks_after_forum", "student thanks her after the forum talk (2 of 3 near-duplicates)", [
    ("nikau", "2023-10-14 20:02", "Thanks heaps for your talk at the forum today, it was really "
     "inspiring. The rural transfer stories especially. Hope to work with you one day!"),
    ("me", "2023-10-15 08:30", "Kia ora Nikau, thank you, lovely to meet you both."),
])
G("thanks_after_forum", "midwife thanks her after the forum talk (3 of 3 near-duplicates)", [
    ("elise", "2023-10-15 07:48", "Thank you for your talk at the forum yesterday, so inspiring. "
     "Brought back my own Masterton days. Coffee soon?"),
])
G("owner_started_scan", "she asks a sonographer for an urgent growth scan slot", [
    ("me", "2024-06-05 08:02", "Mōrena Sonia, any chance of a growth scan slot this week for one "
     "of mine? 34 weeks, measuring small. Referral is with your front desk."),
    ("sonia", "2024-06-05 08:40", "Morning! Can do Friday 8.15. Tell her to drink water :)"),
    ("me", "2024-06-05 08:42", "You're a legend. Thanks."),
])
G("old_friend_catchup", "she messages an old school friend to catch up", [
    ("me", "2023-05-03 21:10", "Claire! Saw you've moved back from Melbourne. Welcome home! Drink "
     "at the Southward soon? I owe you about ten years of gossip."),
    ("claire", "2023-05-04 07:22", "ANAHERA. Yes please. Friday? I'm still unpacking boxes and "
     "the wind here has already taken out one umbrella."),
    ("me", "2023-05-04 07:30", "Welcome to Wellington again. Friday 6."),
])
G("owner_started_referral_physio", "she asks a pelvic health physio about postnatal referrals", [
    ("me", "2023-04-24 12:30", "Hi Fern, thanks for connecting. A couple of my postnatal ladies "
     "have mentioned you. Do you take direct referrals from midwives, and what's your wait at "
     "the moment?"),
    ("fern", "2023-04-24 15:55", "Hi Anahera! Yes, direct referrals are great, just email the "
     "clinic. Wait is about 2 weeks, sooner for anything urgent. Happy to do a lunch-and-learn "
     "for your practice too if that's useful."),
    ("me", "2023-04-24 16:10", "Yes that would be great, I'll ask the others."),
])
G("former_client_thanks", "former client sends a photo of her baby on his first birthday", [
    ("kate", "2023-11-09 19:30", "Hi Anahera! Teddy turned one today and I thought of you. Still "
     "can't believe you got us through that night. Photo on the way to your email. Thank you "
     "again, truly."),
    ("me", "2023-11-10 06:55", "Oh Kate, I can't believe he's one. Big hugs to all of you x"),
])
G("former_client_second_baby", "former client wants her as LMC again for baby number two", [
    ("kate", "2024-08-29 20:11", "Guess who's back... due in April! Please tell me you have room. "
     "I will cry if not."),
    ("me", "2024-08-30 07:40", "Kate!!! Congratulations. Yes, of course. Call the practice and "
     "we'll book you in for 10 weeks."),
])
G("mentor_long_standing", "long-standing mentor, retired midwife, checks in over years", [
    ("bronwyn", "2022-09-12 17:30", "How are you holding up, love? Saw the news about the staffing. "
     "Don't let them burn you out."),
    ("me", "2022-09-12 21:02", "Tired but ok. Missing our old Thursday debriefs."),
    ("bronwyn", "2023-07-04 10:12", "Thursday debrief at mine next week? I'll make scones."),
    ("me", "2023-07-04 12:40", "Always yes to scones."),
    ("bronwyn", "2024-07-22 09:18", "Twenty years since you caught your first baby with me in "
     "Masterton. Proud of you e hine."),
    ("me", "2024-07-22 10:01", "Crying at the dairy now. Thank you for everything, Bron."),
])
G("genuine_in_spam", "expectant dad asks about home birth; message landed in the spam folder", [
    ("sam", "2024-04-03 22:48", "Hi, sorry to message out of the blue. My partner is 20 weeks and "
     "our current midwife is moving to Nelson. We're in Island Bay and keen on a home birth. "
     "Would you have space for an August baby? Her name is Renee Hollis, our number is on the "
     "practice contact form we filled in last week."),
    ("me", "2024-04-09 08:12", "Hi Sam, so sorry - this went to my spam folder. I've found your "
     "form and I'll ring Renee today. Yes, August is possible."),
], folder="SPAM")
G("well_child_handover", "well child nurse confirms handover at six weeks", [
    ("ana", "2024-02-06 11:11", "Kia ora Anahera, just confirming I've got the handover for baby "
     "Faleafa for next Tuesday. Anything I should know before I go in?"),
    ("me", "2024-02-06 12:20", "Kia ora Ana. Feeding is going well now, mum's had a rough time "
     "with sleep. Nana lives with them and is a star. Thanks!"),
])
G("lactation_referral", "lactation consultant colleague about a shared family", [
    ("marie", "2023-09-19 14:00", "Saw the Tuilagi family today, tongue tie released, latch much "
     "better. I'll keep visiting weekly for a month."),
    ("me", "2023-09-19 14:25", "Wonderful, thank you Marie-Claire. Mum sounded so relieved."),
])
G("software_contract_renewal", "existing practice software: renewal contract and new price tier", [
    ("steph", "2024-05-30 10:00", "Hi Anahera, your MaternityDesk annual plan renews on 1 July. "
     "We're moving practices of 3-5 midwives to the Team tier, which is $38/month per midwife "
     "(up from $32), but it includes the claims export you asked about. I can lock in the old "
     "rate for 12 months if you renew before 20 June. Want me to send the contract?"),
    ("me", "2024-05-31 19:30", "Hi Steph, yes please send it. And good news about the claims "
     "export, that was my main grumble."),
    ("steph", "2024-06-03 09:05", "Sent! DocuSign in your inbox."),
])
G("mandatory_training", "hospital midwife educator about the emergency skills day", [
    ("liam", "2024-01-30 15:15", "Hi Anahera, you're due for the emergency skills day. Spots on "
     "12 March or 9 April. Which one suits?"),
    ("me", "2024-01-30 18:00", "9 April please. Thanks Liam."),
])
G("marae_wananga_invite", "kaiāwhina invites her to a hapū māmā wānanga at the marae", [
    ("aroha", "2024-03-25 09:30", "Mōrena Anahera! We're holding a wānanga for hapū māmā and "
     "their whānau at Takapūwāhia on the 20th. Would you come and kōrero about what to expect "
     "from an LMC? Kai provided, bring your tamariki if you like."),
    ("me", "2024-03-25 12:00", "Mōrena Aroha! I'd be honoured. Count me in, I'll bring a pav."),
])
G("obstetric_consult", "consultant obstetrician about a shared-care plan", [
    ("david", "2024-07-02 17:20", "Anahera, I saw your client in clinic today. Plan is induction at "
     "39 weeks given her BP. I've written it up; you're welcome to stay primary."),
    ("me", "2024-07-02 18:05", "Thanks David, I'll stay on. Will see her Thursday and talk it "
     "through."),
])
G("client_call_request", "current client asks for a call about her birth plan", [
    ("tane", "2024-09-10 19:00", "Hey Anahera, it's Tāne (Mia's partner). Mia wants to go over the "
     "birth plan again, especially the waiata and who's allowed in the room. Could you give us a "
     "call this week?"),
    ("me", "2024-09-10 19:45", "Kia ora Tāne, of course. I'll ring Wednesday after 5."),
])
G("photographer_colleague", "birth photographer she's worked with for years, referral etiquette", [
    ("mikaela", "2023-06-07 10:40", "Hi lovely, one of my clients booked you! The Harrisons. Just "
     "letting you know they'd like me at the birth so we'll be seeing each other again."),
    ("me", "2023-06-07 12:10", "Yay, good team. Usual rules - I'll text you when it's time."),
])
G("practice_group_chat", "group chat of the practice midwives about the on-call roster", [
    ("jess", "2024-04-29 08:00", "Roster for May is in the drive. I've swapped 17th with Sina."),
    ("sina", "2024-04-29 08:12", "Yep all good. Anahera you're on with me the long weekend."),
    ("me", "2024-04-29 08:30", "Fine by me. Can someone grab more urine dipsticks from Greg's "
     "order?"),
    ("ruth", "2024-04-29 09:02", "On it."),
], title="Kererū on-call", extra=["ruth"])
G("venue_price_change", "community centre raises room hire for her antenatal classes", [
    ("pip", "2023-12-04 10:30", "Hi Anahera, sorry to be the bearer of bad news: council has set "
     "new hire fees from February, the Green Room goes from $28 to $34/hour. Your Tuesday "
     "evening booking carries on as usual unless you tell me otherwise."),
    ("me", "2023-12-04 13:00", "Thanks for the heads up Pip. Keep the Tuesdays, we'll wear it."),
])
G("research_interview", "university lecturer asks to interview her for a study", [
    ("laura", "2023-10-18 09:00", "Kia ora Anahera, I'm leading a study on LMC sustainability and "
     "heard you speak at the forum. Would you be willing to do a 45-min interview? Ethics "
     "approved, fully anonymised, $50 voucher as thanks."),
    ("me", "2023-10-19 20:15", "Happy to. Weekday mornings are best."),
])
G("colleague_farewell_invite", "charge midwife invites her to a senior colleague's farewell morning tea", [
    ("leilani", "2023-02-17 13:30", "Farewell morning tea for Judith on Friday 10am in the staff "
     "room. She asked specifically that you come!"),
    ("me", "2023-02-17 14:10", "Wouldn't miss it. I'll bring the lolly cake."),
])
G("accountant_fee_change", "long-standing accountant raises her annual fee and asks about GST", [
    ("rosa", "2024-06-24 11:00", "Hi Anahera, year end is upon us. Quick one: our fee for your "
     "return will be $1,150 this year (was $1,050). Also, your private income is getting close "
     "to the GST threshold - let's talk about registering before it gets messy."),
    ("me", "2024-06-24 21:12", "Ugh, GST. Fair enough on the fee. Can we talk after the 5th?"),
    ("rosa", "2024-06-25 08:30", "Of course. I'll book 8 July 4pm."),
])

# ================================================================ WANTED PITCHES (12)
W("admin_va_for_lmc", "VA who read her post about claims paperwork offers LMC claiming help", [
    ("olivia", "2024-05-14 09:20", "Hi Anahera, I read your post last week about spending Sunday "
     "nights on Section 88 claims and chasing the missing registration forms. I'm a former "
     "practice manager and now do remote admin for three LMC midwives in the Hutt - claims, "
     "booking forms, reminders. I charge by the hour, no contract. If it would help I can show "
     "you how I set it up for them (with their permission). No worries if not!"),
    ("me", "2024-05-14 20:40", "Olivia this is very tempting. Can you send me your hourly rate "
     "and a reference?"),
    ("olivia", "2024-05-15 08:10", "Absolutely - $55/h, and Bridget Hale in Naenae is happy to be "
     "called. Her number's in my email to you."),
])
W("handover_app_from_talk", "startup founder references her forum talk on rural transfers", [
    ("raj", "2023-11-20 10:05", "Thanks for connecting, Anahera. At the forum you described the "
     "transfer from Featherston where the notes were on paper in your bag and the hospital "
     "team got the story via three phone calls. We're building a secure handover summary for "
     "LMCs that goes straight to the birthing suite's tablet - pilot with two Wairarapa "
     "midwives now. Would you be open to trying it for a month, free, and telling us where "
     "it's wrong?"),
    ("me", "2023-11-21 21:00", "Ha, you were listening. Happy to look. Does it work offline? "
     "Half my rural visits have no signal."),
    ("raj", "2023-11-22 08:15", "Offline-first, syncs when you're back in coverage. I'll send a "
     "login."),
])
W("website_fix_noticed", "web designer noticed the booking form on her site fails on iPhone", [
    ("charlotte", "2024-02-08 13:40", "Hi Anahera, I hope this isn't cheeky. A friend tried to "
     "use the 'Book a first visit' form on kererucottage.co.nz and it just spins on her iPhone - "
     "I checked and the submit button is hidden behind the cookie banner on Safari. It's a "
     "10-minute fix. I'm a local web designer (Brooklyn), happy to fix that one for free, and "
     "if you ever want the site refreshed I can quote. Either way, your form is losing "
     "bookings right now."),
    ("me", "2024-02-08 19:02", "Oh no! Thank you. Yes please fix it, and send me a quote for a "
     "refresh while you're at it."),
])
W("answering_service_specific", "after-hours answering service names her practice's missed-call problem", [
    ("andrew", "2023-09-26 11:15", "Hi Anahera, a couple of your Google reviews mention families "
     "couldn't get through to the practice line at night and didn't know which midwife was on "
     "call. We run a small NZ-based after-hours line for GP and midwifery practices: our staff "
     "look up your on-call roster and patch the caller straight to the right midwife's mobile. "
     "Flat $190/month for a practice of four. Happy to send a two-week trial if useful."),
])
W("bookkeeper_mutual_contact", "bookkeeper referred by her colleague Ruth", [
    ("wiremu", "2024-07-01 09:30", "Kia ora Anahera, Ruth Adebayo suggested I get in touch - I "
     "do her books and she mentioned you're about to hit the GST threshold with your private "
     "classes and fees. I specialise in sole-trader health practitioners, so the funded vs "
     "private split is something I deal with every week. Happy to have a cuppa and see if it "
     "makes sense, no charge for that."),
    ("me", "2024-07-01 20:14", "Ruth did mention you! Yes, coffee would be good - after the 8th."),
])
W("clinic_fitout_press", "fit-out firm read the Post article about her practice's new Porirua rooms", [
    ("gemma", "2024-08-06 10:50", "Hi Anahera, congratulations on the Post article about Kererū "
     "Cottage opening clinic rooms in Porirua. The piece mentioned you're converting an old "
     "shopfront on Hagley Street. We've fitted out four small clinic rooms in the region "
     "(clinical basins, accessible loos, that sort of thing) and know the council consent "
     "side well. If you haven't picked a builder yet, I'd be happy to walk the space with you."),
])
W("scheduling_tool_setup", "scheduling vendor noticed her booking page is on a free plan with one event type", [
    ("daniel", "2024-03-12 14:00", "Hi Anahera - I clicked through from your LinkedIn to your "
     "booking page. It's on the free plan of a US scheduler, so your first visits, antenatal "
     "classes and postnatal check-ins share one 30-minute slot type, and times show in US "
     "Pacific for some visitors. Slotwise is made in Christchurch for small health practices: "
     "multiple visit types, NZ time zones, SMS reminders. $12/month. Want me to set up a copy "
     "of your page so you can compare?"),
    ("me", "2024-03-13 07:50", "Ha, I did wonder why a lady turned up at 3am once. Go on then."),
])
W("recruiter_relevant_role", "midwifery recruiter with a relevant birthing-centre manager role", [
    ("harriet", "2024-06-11 16:00", "Hi Anahera, I'm recruiting a Clinical Midwife Manager for a "
     "new primary birthing centre in the Kāpiti Coast (opening early 2025). They want someone "
     "with solid LMC and rural experience - your Wairarapa years and your postgrad certificate "
     "in leadership caught my eye. Salary $125-135k, 4-day week possible. Not sure if you're "
     "looking, but if it's interesting I'd love a confidential chat."),
    ("me", "2024-06-12 21:30", "Not looking right now but a 4-day week is tempting. Send me the "
     "JD?"),
])
W("baby_product_supplier_tailored", "merino baby wrap maker references her post about postnatal packs", [
    ("isla", "2024-04-22 09:05", "Kia ora Anahera, I saw your post about putting together "
     "postnatal packs for families who arrive with nothing, and that you prefer NZ-made "
     "merino. We make merino wraps and hats in Levin. We'd love to donate 20 seconds (tiny "
     "flaws, perfectly warm) for your packs, and if you ever want to buy more we do a "
     "community rate. No strings."),
    ("me", "2024-04-22 12:44", "That is so generous. Yes please - you can drop them at the "
     "practice in Newtown."),
])
W("cpd_course_relevant", "educator offers a perineal repair refresher she said she wanted", [
    ("mereana", "2024-02-10 10:00", "Thanks for connecting! In the College group you said you'd "
     "love a hands-on perineal repair refresher in Wellington rather than flying to Auckland. "
     "I'm running one at Petone on 23 March, 8 places, models and all, counts towards your "
     "recertification hours. $240. Thought of you straight away."),
    ("me", "2024-02-10 18:30", "Perfect timing. Can I book two places, me and Jess?"),
])
W("interpreting_service_relevant", "interpreting service references her talk about refugee families", [
    ("farida", "2023-11-02 11:30", "Hello Anahera, in your forum talk you mentioned the Afghan "
     "family where the husband had to interpret during labour. We're a Wellington interpreting "
     "service with female Dari and Pashto interpreters on call 24/7, including by phone in the "
     "birthing suite. Health NZ funds interpreting for eligible women, so there's usually no "
     "cost to you. Could I send you our booking card?"),
    ("me", "2023-11-02 20:00", "Yes please. That situation was awful, I'd love a better option."),
])
W("ev_for_oncall_tailored", "car dealer references her post about clocking 30,000 km a year on call", [
    ("jonah", "2024-09-03 12:00", "Hi Anahera, your post about the 30,000 km a year you drive "
     "between Island Bay and Wainuiomata made me wince on your behalf. We do novated-style "
     "leases on EVs for self-employed health workers, and the running cost on that mileage is "
     "roughly a third of petrol. If it's of interest I can run the numbers for your actual "
     "kms, no obligation."),
])

# ================================================================ JUNK (38)
J("generic_va_pitch", "generic VA pitch, counterpart of the tailored LMC admin offer", [
    ("kylie", "2024-05-21 08:00", "Hi Anahera, are you spending too much time on admin? Our "
     "Philippines-based virtual assistants handle email, calendar, bookkeeping and social "
     "media for busy business owners from just $9/hour. Would you like to see our packages?"),
])
J("generic_health_app", "generic patient engagement app, counterpart of the handover app", [
    ("brad", "2023-12-05 15:30", "Hi Anahera, MedNova is revolutionising patient engagement for "
     "healthcare providers worldwide. Our AI-powered platform drives 3x more appointments and "
     "boosts retention. I'd love to show you a quick demo - when suits?"),
])
J("generic_seo_pitch", "generic SEO / redesign pitch, counterpart of the website fix", [
    ("tyler", "2024-02-19 06:10", "Hello, I was checking your website and noticed it is not "
     "ranking on the first page of Google for important keywords. We can get you top rankings "
     "within 90 days with our proven SEO strategy. Shall I send you a free audit report?"),
])
J("generic_bookkeeping", "generic cloud bookkeeping pitch, counterpart of the referred bookkeeper", [
    ("joanne", "2024-07-09 10:00", "Hi Anahera! Is bookkeeping stealing your weekends? Ledgerly "
     "connects to your bank and does the rest. Small businesses save 10 hours a month. Book a "
     "free consultation here and get 3 months at 50% off."),
])
J("off_topic_crypto", "crypto trading mentorship", [
    ("max", "2023-06-20 22:40", "Hi Anahera, hope you're well. I help professionals build a "
     "second income with crypto trading signals, 85% win rate last quarter. Are you open to "
     "hearing how my students earn while they work?"),
])
J("off_topic_solar", "solar panels for her house", [
    ("shane", "2024-01-08 09:30", "Kia ora Anahera, power bills going up again? SunHarvest is "
     "installing solar across Wellington with zero upfront cost. Could I book a free roof "
     "assessment for your home?"),
])
J("off_topic_freight", "freight forwarding to a midwife", [
    ("lucas", "2023-08-15 04:20", "Dear Anahera, TransPacific Freight Partners offers competitive "
     "sea and air freight rates between Asia and New Zealand. Please let me know your upcoming "
     "shipments and I will quote within 24h."),
])
J("offer_what_she_sells", "online antenatal course offered to her, which is what she sells", [
    ("amelia", "2024-04-15 13:00", "Hi Anahera! Expecting a baby or know someone who is? Gentle "
     "Beginnings is an online antenatal course taught by experienced midwives - everything you "
     "need to prepare for birth, breastfeeding and the fourth trimester. Use code LINKEDIN20 "
     "for 20% off!"),
])
J("capacity_for_new_clients", "asks if she has capacity for new clients, then pitches lead gen", [
    ("derek", "2024-03-04 09:15", "Hi Anahera, quick question - do you have capacity for new "
     "clients at the moment?"),
    ("derek", "2024-03-07 09:15", "Reason I ask: we fill health practices with 10-20 new "
     "private-pay clients a month through Facebook ads. Worth a chat?"),
])
J("like_minded_entrepreneurs", "let's connect as like-minded entrepreneurs", [
    ("vivian", "2023-09-02 18:00", "Hi Anahera, I love connecting with like-minded entrepreneurs "
     "who are passionate about making an impact. I think we could add a lot of value to each "
     "other's networks. Let's connect and see where it goes!"),
])
J("quick_15_min_call", "asks for a quick 15-minute call with no reason given", [
    ("ethan", "2024-08-20 11:00", "Hi Anahera, do you have 15 minutes this week for a quick call? "
     "I have an idea that could really help Kererū Cottage Midwives grow. Here's my calendar "
     "link."),
])
J("connect_then_pitch", "coach connects, small talk, she answers, coaching pitch in message 3", [
    ("savannah", "2023-07-13 09:02", "Thanks for connecting lovely! How's your week going? "
     "Wellington winter treating you ok? ☔"),
    ("me", "2023-07-13 12:30", "Ha, it's blowing a gale as always. Busy week, three babies."),
    ("savannah", "2023-07-14 10:00", "Wow, you must be so drained! That's actually why I reached "
     "out 💕 I help women in caring professions beat burnout and build a 6-figure online "
     "business so they can step away from the grind. My Radiant Mama program opens Monday, "
     "would you like the details?"),
])
J("connect_then_pitch", "consultant connects, generic hello, pitch in message 2 without reply", [
    ("jordan", "2024-01-23 07:30", "Hi Anahera, great to connect. Hope 2024 is off to a strong start!"),
    ("jordan", "2024-01-25 07:30", "I work with healthcare business owners to streamline "
     "operations and increase revenue by 30%. Would you be open to a short discovery call next "
     "week?"),
])
J("connect_then_pitch", "wellness group connects, compliments, she replies politely, pitch in message 3", [
    ("cody", "2024-06-04 09:00", "Hi Anahera, thanks for accepting! I really admire the work "
     "midwives do. How long have you been in practice?"),
    ("me", "2024-06-04 20:10", "Thanks Cody, about twenty years now."),
    ("cody", "2024-06-05 08:30", "Incredible! We partner with health professionals to offer our "
     "premium supplement range to their clients - you'd earn 25% on every sale. Could I send you "
     "our partner pack?"),
])
J("follow_up_bumps", "three unanswered follow-up bumps", [
    ("nate", "2024-05-06 08:00", "Hi Anahera, I wanted to reach out about LeadLoop - we help "
     "practices automate their outreach. Open to a chat?"),
    ("nate", "2024-05-13 08:00", "Just bumping this to the top of your inbox, Anahera!"),
    ("nate", "2024-05-20 08:00", "Hi Anahera, following up again. Did you see my last message?"),
    ("nate", "2024-05-29 08:00", "I'll assume the timing isn't right. Should I close your file?"),
])
J("follow_up_bumps", "PR outreach bumped twice without any reply", [
    ("priscilla", "2023-10-02 14:00", "Hi Anahera, we'd love to feature your story in our "
     "'Women Who Lead' series. Can I send over the details?"),
    ("priscilla", "2023-10-09 14:00", "Hi again! Just circling back on this."),
    ("priscilla", "2023-10-17 14:00", "Last follow-up - spots are filling fast!"),
])
J("template_lead_gen", "lead gen template, sender 1 of 5", [
    ("t1", "2024-02-12 09:00", "Hi Anahera, I noticed you're a midwife in Wellington. We've "
     "helped 40+ health practitioners across Australia and NZ add 8-12 new private clients a "
     "month without spending a cent on ads. Would you be open to a quick chat to see if it's a "
     "fit?"),
])
J("template_lead_gen", "lead gen template, sender 2 of 5, slightly reworded", [
    ("t2", "2024-03-19 10:30", "Hi Anahera, I see you're an LMC midwife based in Wellington. We've "
     "helped over 40 healthcare practitioners in AU/NZ bring in 8-12 new private clients every "
     "month - no ad spend needed. Open to a quick chat to see if it's a good fit?"),
])
J("template_lead_gen", "lead gen template, sender 3 of 5", [
    ("t3", "2024-04-30 08:45", "Hey Anahera - noticed you're a Lead Maternity Carer in the "
     "Wellington area. We've helped 40+ practitioners add 8 to 12 new private-paying clients "
     "per month, zero ad spend. Worth a quick chat?"),
])
J("template_lead_gen", "lead gen template, sender 4 of 5, with a follow-up", [
    ("t4", "2024-06-17 13:15", "Hi Anahera, I noticed you run Kererū Cottage Midwives in "
     "Wellington. Our team has helped more than 40 health practitioners across Australasia "
     "add 8-12 private clients monthly without ads. Would a quick chat be worthwhile?"),
    ("t4", "2024-06-24 13:15", "Hi Anahera, just floating this back up. Would love 10 minutes."),
])
J("template_lead_gen", "lead gen template, sender 5 of 5, translated-sounding wording", [
    ("t5", "2024-08-05 07:20", "Dear Anahera, I have noticed you are midwife at Wellington. Our "
     "company has helped more than 40 practitioners of health in Australia and New Zealand to "
     "add 8-12 new private clients each month without advertisement. Are you open for a short "
     "chat to see if we are fit?"),
])
J("merge_tag_failure", "unfilled {first_name} merge tag", [
    ("m1", "2024-01-29 09:00", "Hi {first_name}, I came across {company_name} and was impressed "
     "by what you're building. We help businesses like yours double their online leads. Can I "
     "send you a short case study?"),
])
J("merge_tag_failure", "wrong first name and wrong industry", [
    ("m2", "2023-11-14 10:20", "Hi Sarah! Love what you're doing with your café - your "
     "Instagram has so much potential. We manage social media for hospitality brands from "
     "$499/month. Keen to chat?"),
])
J("merge_tag_failure", "[Company] placeholder left in a recruiter message", [
    ("m3", "2024-07-15 16:45", "Hi Anahera, I'm reaching out because [Company] is hiring for a "
     "[Job Title] and your background looks like a strong match. Are you open to new "
     "opportunities?"),
])
J("merge_tag_failure", "wrong company name (a physio clinic)", [
    ("m4", "2024-09-02 11:30", "Hi Anahera, I've been following Harbour Physio & Pilates for a "
     "while and think your brand deserves better content. We write 12 blog posts a month for "
     "clinics like yours. Shall I send a sample?"),
])
J("sponsored_inmail", "sponsored InMail for a business credit card", [
    ("sp1", "2024-03-11 12:00", "<p>Hi Anahera,</p><p>Run your business your way with the "
     "Meridian Business Card: 55 days interest-free &amp; 1.5% back on every purchase.</p>"
     "<p><a href=\"https://example.com/meridian\">Apply in minutes</a></p>"),
], title="Sponsored Conversation", subject="Earn cashback on every business expense")
J("sponsored_inmail", "sponsored InMail for an executive MBA", [
    ("sp2", "2024-06-26 12:00", "<p>Anahera, ready for your next leadership move?</p><p>The "
     "Ashford Executive MBA fits around your career&nbsp;&mdash; study online, graduate in 18 "
     "months.</p><p>Download the brochure.</p>"),
], title="Sponsored Conversation", subject="Lead with confidence: Executive MBA")
J("paid_award", "'award' nomination that asks for a listing fee", [
    ("award", "2024-04-08 03:00", "Dear Anahera, congratulations! You have been shortlisted for "
     "the Global Healthcare Excellence Awards 2024 in the category 'Outstanding Midwifery "
     "Practice - Asia Pacific'. To confirm your award and receive your trophy and digital "
     "badge, a processing fee of USD 495 applies. Please confirm by Friday."),
])
J("paid_podcast_slot", "podcast guest slot for a 'production fee'", [
    ("pod", "2023-12-12 02:30", "Hi Anahera, we'd love to have you as a guest on The Wellness "
     "Leaders Show (top 5% globally!). Guests cover a small production fee of $350 which "
     "includes editing, promo clips and a feature on our website. Can I send a booking link?"),
])
J("fluent_generic_named", "polished pitch naming her practice but fits anyone", [
    ("fluent", "2024-05-27 09:40", "Hi Anahera, I've been looking at Kererū Cottage Midwives and "
     "it's clear you've built something special. At Northbeam we partner with founder-led "
     "businesses like Kererū Cottage Midwives to unlock their next stage of growth - sharper "
     "positioning, a stronger pipeline and systems that scale. I'd love to share a few ideas "
     "specific to you. Would next Tuesday or Wednesday suit for a short conversation?"),
])
J("generic_baby_skincare", "wholesale baby skincare, counterpart of the merino maker", [
    ("skin", "2024-04-29 10:00", "Hi Anahera, PureBub Organics is looking for stockists! Our "
     "certified organic baby balms and washes are loved by mums worldwide. Order 24 units and "
     "get free shipping plus a display stand. Catalogue attached."),
])
J("app_affiliate", "pregnancy app wants her to promote it to clients for commission", [
    ("appco", "2023-08-28 11:45", "Hi Anahera! BumpBuddy is the #1 pregnancy tracker app. We're "
     "inviting health professionals to join our ambassador program - share your unique code "
     "with patients and earn $5 per premium signup. Interested?"),
])
J("irrelevant_recruiter", "sales recruiter with an irrelevant role, counterpart of the midwifery recruiter", [
    ("recr", "2024-06-13 15:00", "Hi Anahera, your background in healthcare makes you a great "
     "fit for an exciting Medical Device Sales Representative role with uncapped commission! "
     "Are you open to a confidential chat?"),
])
J("generic_virtual_receptionist", "virtual receptionist, counterpart of the after-hours line", [
    ("recep", "2023-10-03 09:00", "Never miss a call again! CallCloud provides 24/7 virtual "
     "receptionists for any business. Plans from $99/month. Reply YES for a free trial."),
])
J("mlm_wellness", "MLM recruiting after a 'fellow mama' connection", [
    ("oils", "2023-03-30 09:00", "Hey hun!! So happy we connected 😍 Random q, have you ever "
     "thought about earning from home with essential oils? I've been able to work around my "
     "kids and it's changed our lives. Would love to tell you more, no pressure xx"),
])
J("generic_translation", "mass translation pitch, counterpart of the interpreting service", [
    ("transl", "2023-11-20 06:00", "Dear Sir/Madam, LinguaGlobal provides professional "
     "translation in 120+ languages for legal, medical and technical documents. Fast "
     "turnaround, ISO certified. Please let us know your requirements."),
])
J("wealth_adviser", "financial adviser for 'medical professionals'", [
    ("wealth", "2024-02-20 12:00", "Hi Anahera, as a busy medical professional you may not have "
     "time to optimise your investments and KiwiSaver. I specialise in helping doctors and "
     "healthcare workers grow their wealth. Could we book 20 minutes?"),
])
J("ai_ghostwriting", "AI ghostwritten LinkedIn posts", [
    ("ghost", "2024-09-09 08:30", "Anahera, your LinkedIn could be generating clients on "
     "autopilot. PostPilot writes and schedules 5 posts a week in your voice using AI. First "
     "month free - want me to set it up?"),
])
J("generic_ev_lease", "generic car lease pitch, counterpart of the tailored EV lease", [
    ("evgen", "2024-09-16 04:10", "Hi Anahera, looking for a new vehicle? DriveEasy Leasing has "
     "unbeatable deals on hybrids and EVs for business owners. No deposit, drive away today! "
     "Reply for a quote."),
])


if __name__ == "__main__":
    ex.write(HERE.parents[1] / SLUG,
             {"First Name": "Anahera", "Last Name": "Whitlock",
              "Headline": "LMC Midwife at Kererū Cottage Midwives | Wellington",
              "Summary": "Self-employed Lead Maternity Carer in Wellington's eastern and southern "
                         "suburbs. Home and hospital births, antenatal classes, rural background "
                         "(Wairarapa). Ngāti Kahungunu.",
              "Industry": "Hospitals and Health Care", "Geo Location": "Wellington, New Zealand",
              "Websites": "https://kererucottage.co.nz"},
             [{"Company Name": "Kererū Cottage Midwives", "Title": "LMC Midwife & Co-owner",
               "Description": "Community midwifery practice of four LMCs; antenatal classes.",
               "Location": "Wellington, New Zealand", "Started On": "Feb 2012", "Finished On": ""},
              {"Company Name": "Wairarapa Community Midwives", "Title": "LMC Midwife",
               "Description": "Rural caseload, transfers to base hospital.",
               "Location": "Masterton, New Zealand", "Started On": "Jul 2004",
               "Finished On": "Jan 2012"}],
             ["Midwifery", "Antenatal Education", "Home Birth", "Breastfeeding Support",
              "Rural Health", "Clinical Leadership"])
    print(ex.summary())

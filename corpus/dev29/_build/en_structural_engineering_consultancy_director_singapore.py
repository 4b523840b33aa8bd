"""dev29 persona 1: director of a 20-person structural engineering consultancy in Singapore.

Written blind to the code (session 5). 2023 export layout, English only except one
German variant of a mass template. Run to regenerate the persona folder byte-identically.
"""
from __future__ import annotations

from _shared import OUT_ROOT, Export, Person

SLUG = "en-structural-engineering-consultancy-director-singapore"
OWNER = Person("me", "Melissa Goh", "https://www.linkedin.com/in/melissa-goh-pe-3f81a2",
               "Goh & Lim Consulting Engineers Pte Ltd", "Director")

ex = Export(SLUG, "2023", OWNER)
P = ex.person

# ---------------------------------------------------------------- people: genuine
P("raymond", "Raymond Teo", "Kallang Ridge Development", "Development Manager", connected="2021-06-14")
P("nurul", "Nurul Aisyah Rahman", "Atelier Serangoon Architects", "Associate Director", connected="2017-03-02")
P("boonkeat", "Lim Boon Keat", "Hock Seng Builders Pte Ltd", "Project Manager", connected="2019-11-20")
P("huimin", "Tan Hui Min", "Building and Construction Authority", "Senior Engineer, Building Plan Dept", connected="2020-02-11")
P("aaron", "Aaron Lee Jun Hao", "", "Civil Engineering graduate, NTU", connected="2023-05-29",
  invite=("IN", "2023-05-28 21:40", "Hi Ms Goh, I attended your talk at the NTU career fair. Would be grateful to connect!"))
P("nadia", "Nadia Ismail", "Singapore Institute of Technology", "Civil Engineering student", connected="2023-08-03")
P("kenneth", "Kenneth Chua", "StructSoft Asia Pte Ltd", "Account Manager", connected="2016-09-09")
P("harjit", "Harjit Singh", "Mayfair Gardens MCST", "Condominium Manager", connected="2023-07-17",
  invite=("IN", "2023-07-16 10:05", "Hello, managing agent for a condo in Bukit Timah, looking for a PE for our PSI."))
P("davidkoh", "David Koh", "Terra Firma Geotechnics Pte Ltd", "Principal Geotechnical Engineer", connected="2014-04-22")
P("sharon", "Sharon Lau", "Keystone Talent Partners", "Principal Consultant, Built Environment", connected="2022-10-05")
P("jolene", "Jolene Ng", "The Property Ledger", "Correspondent", connected="2023-04-11")
P("weijie", "Ong Wei Jie", "Institution of Engineers Singapore", "Honorary Secretary, Structural TC", connected="2015-08-30")
P("ty1", "Benjamin Sim", "Sim & Kwa Engineers", "Engineer", connected="2023-09-15")
P("ty2", "Farah Hakim", "Meridian Consultants", "Senior Structural Engineer", connected="2023-09-15")
P("ty3", "Gary Loh", "Loh Brothers Construction", "Design Manager", connected="2023-09-16")
P("vivian", "Vivian Chan", "Monash University", "Senior Lecturer", connected="2010-12-01")
P("marcus", "Marcus Yeo", "Arup", "Associate", connected="2018-02-14")
P("pauline", "Pauline Tay", "Straits Pacific Land", "Head of Projects", connected="2019-05-07")
P("prof", "Prof Lee Kah Wai", "National University of Singapore", "Associate Professor, CEE", connected="2012-07-19")
P("mdmwong", "Wong Siew Lan", "", "Shophouse owner", connected="2023-10-02")
P("jason", "Jason Pang", "Pang Engineering Sdn Bhd", "Managing Director", email="jason@pangeng.com.my")
P("michelle", "Michelle Ho", "Evergreen Insurance Brokers", "Account Director", connected="2018-01-10")
P("ravi", "Ravi Kumar", "Goh & Lim Consulting Engineers Pte Ltd", "Senior Structural Engineer", connected="2019-03-04")
P("cheryl", "Cheryl Wee", "ACES Secretariat", "Membership Executive", connected="2021-01-18")
P("kelvin", "Kelvin Ong", "Ong Lee Architects", "Principal", connected="2013-10-10")
P("darren", "Darren Toh", "Tiong Hup Contractors", "Director", connected="2020-08-08")
P("elaine", "Elaine Quek", "NUS Centre for Future-ready Graduates", "Employer Engagement Manager", connected="2022-01-25")
P("sam", "Samuel Ng", "Ng & Associates Quantity Surveyors", "Partner", connected="2016-05-05")
P("joyce", "Joyce Lim", "Trimble Solutions", "Customer Success Manager", connected="2021-04-21")
P("hafiz", "Hafiz Osman", "", "Structural Engineer", connected="2020-06-30")
P("clara", "Clara Seah", "Seah Design Build", "Founder", connected="2017-09-12")
P("landed", "Benedict Soh", "Soh Studio Architects", "Director", connected="2022-11-11")
P("tc", "Ang Mei Ling", "Jurong-Clementi Town Council", "Property Manager", connected="2022-03-15")

# ---------------------------------------------------------------- people: wanted pitches
P("ifcb", "Rachel Foo", "IFC Bridge Studio", "Co-founder", connected="2023-08-21",
  invite=("IN", "2023-08-20 19:02", "Read your post on IFC-SG pains - would love to connect."))
P("cfrp", "Wilson Heng", "Carbonwrap Structural Solutions", "Technical Manager")
P("webfix", "Daryl Lim", "", "Freelance web developer")
P("cands", "Priyanka Menon", "Bridgewell Search", "Consultant, Civil & Structural")
P("drone", "Edwin Tan", "SkyFacade Inspection Pte Ltd", "Operations Director")
P("ndt", "Lau Chee Meng", "Pinnacle Materials Testing Lab", "Business Manager")
P("plugin", "Hannah Wright", "Roundtrip Structural Software", "Solutions Engineer")
P("pibroker", "Gabriel Sng", "Tanjong Risk Advisory", "Director, Professional Lines")
P("ppe", "Dr Alvin Chia", "PE Prep Academy", "Course Director")
P("steelfloor", "Terence Yap", "LiteSpan Floor Systems", "Sales Engineer")
P("calcdev", "Ignatius Low", "", "Engineering automation developer")
P("monitor", "Siti Rohani", "GeoSense Instrumentation", "Business Development Manager")

# ---------------------------------------------------------------- people: junk
P("bimout", "Rohit Verma", "Globe CAD Services", "Business Development Executive")
P("seo", "Kyle Santos", "RankRise Digital", "Growth Consultant")
P("genrec", "Tiffany Wong", "TalentBridge Asia", "Talent Acquisition Specialist")
P("gendrone", "Jeremy Koh", "AeroVista Media", "Founder")
P("aitool", "Brandon Miles", "Worksmart AI", "Head of Partnerships")
P("geninsure", "Lionel Tan", "Assurance Plus Advisory", "Senior Financial Services Manager")
P("coach", "Olivia Bennett", "Elevate Leadership Co", "Executive Coach")
P("samesell", "Anand Krishnan", "StructoPro Engineering Outsourcing", "Director")
P("capacity", "Megan Ortiz", "Pipeline Partners", "Client Acquisition Lead")
P("likeminded", "Shaun Phua", "Phua Ventures", "Founder & Serial Entrepreneur")
P("fifteen", "Nicole Grant", "Scalewise", "Account Executive")
P("ctp1", "Desmond Goh", "Lumina Office Interiors", "Business Development",
  connected="2023-03-06", invite=("IN", "2023-03-05 22:14", ""))
P("ctp2", "Stella Marquez", "Apex Payroll Solutions", "Regional Sales Manager",
  connected="2023-06-12", invite=("IN", "2023-06-12 08:01", "Hi Melissa, always keen to connect with women leaders in engineering!"))
P("ctp3", "Kenji Watanabe", "BuildLedger", "Partnerships",
  connected="2023-10-09", invite=("IN", "2023-10-08 17:30", ""))
P("bump1", "Aiden Clarke", "ProposalPilot", "SDR")
P("bump2", "Fiona Lim", "BrightWave Marketing", "Account Manager")
P("tpl1", "Ryan Mitchell", "LeadForge", "Partner")
P("tpl2", "Chloe Tan", "Outreachly SG", "Growth Lead")
P("tpl3", "Marco Bianchi", "ProspectBay", "Founder")
P("tpl4", "Jessica Liew", "Meetings Booked Asia", "Business Development")
P("tpl5", "Lukas Brenner", "TerminWerk GmbH", "Geschäftsführer")
P("merge1", "Ethan Brooks", "Cloudhire", "Account Executive")
P("merge2", "Grace Lim", "Pristine Commercial Cleaning", "Sales Manager")
P("merge3", "Victor Ramos", "Nexus Logistics", "Business Development")
P("merge4", "Alicia Chong", "FormaTech 3D Printing", "Marketing Executive")
P("spon1", "Zentrix Cloud", "", "", url="https://www.linkedin.com/company/zentrix-cloud")
P("spon2", "Horizon Business School", "", "", url="https://www.linkedin.com/company/horizon-business-school")
P("spon3", "Payflow", "", "", url="https://www.linkedin.com/company/payflow-asia")
P("award", "Sophia Reynolds", "Asia Business Excellence Awards", "Nominations Director")
P("feature", "Derek Lawson", "CEO Spotlight Magazine", "Editorial Partnerships")
P("podcast", "Natasha Kaur", "Builders of Tomorrow Podcast", "Producer")
P("fluent", "Oscar Lindqvist", "Growthmark", "Strategy Director")
P("villa", "Bryan Lee", "Bali Prime Estates", "Investment Consultant")
P("coffee", "Wendy Ho", "BeanBox Office Coffee", "Corporate Sales")
P("wealth", "Jonathan Chew", "Prudent Horizon Financial", "Associate Director, Wealth")
P("solar", "Hazel Ng", "SunHarvest Energy", "Business Development")
P("chem", "Vincent Lau", "Duracoat Chemicals", "Sales Executive")
P("sensor", "Amir Hassan", "IoTsense Global", "Sales Director")
P("lab", "Kimberly Lee", "QuickTest Labs", "Marketing Manager")
P("crypto", "Alex Morgan", "", "Trader and mentor")

G, W, J = "genuine", "wanted_pitch", "junk"

# ================================================================= GENUINE (35)
ex.conv(G, "client_quote_request", "en", "developer asks for fee proposal for 6-storey industrial building", [
    ("raymond", "2023-09-04 10:12", "Hi Melissa, hope all's well. We've finally got the land at Tuas South Ave. "
     "It's a 6-storey ramp-up B2 factory, roughly 28,000 sqm GFA. Architect is Kelvin's office again. "
     "Could your team give us a fee proposal for C&S design and supervision? Ideally by end of next week, "
     "board meets on the 18th."),
    ("me", "2023-09-04 11:30", "Hi Raymond, congrats on the site! Yes can. Could you send the latest massing and the "
     "soil investigation report if you have one? We'll price full C&S incl. QP supervision and RTO. Will revert by Fri 15th."),
    ("raymond", "2023-09-04 11:41", "Sending via email now. SI is from 2019 for the adjacent plot, hope usable."),
    ("me", "2023-09-15 17:55", "Proposal sent to your email just now. We assumed bored piles, will confirm once "
     "David's team reviews the SI. Happy to walk through it on a call Monday."),
    ("raymond", "2023-09-18 09:02", "Thanks, board saw it this morning. Fee is a bit higher than the other one we got "
     "but they like that you did Tuas Link for us. Can we talk Wed 3pm about the supervision manning?"),
    ("me", "2023-09-18 09:20", "Wed 3pm works. See you."),
])
ex.conv(G, "architect_coordination", "en", "long-standing architect on conservation shophouse A&A", [
    ("nurul", "2023-07-03 14:22", "Mel, URA came back on Joo Chiat Place. They're ok with the rear extension but "
     "want the party walls untouched. Means your steel frame has to be free-standing from the existing brick. Doable?"),
    ("me", "2023-07-03 15:05", "Doable but the columns will eat into the airwell a bit. I'll ask Ravi to sketch "
     "two options. Pad footings or micropiles, depends what we find when hacking the floor."),
    ("nurul", "2023-07-03 15:09", "ok shiok. Client will ask about cost impact of course :/"),
    ("me", "2023-07-10 09:47", "Options sent. Option B (micropiles) maybe +S$38k on structure but no underpinning risk. "
     "Let's present both on Thursday."),
    ("nurul", "2023-07-10 10:15", "Perfect. Kopi after the meeting, my treat. Haven't caught up properly since CB."),
])
ex.conv(G, "contractor_site_query", "en", "contractor RFI about rebar congestion, asks for site call", [
    ("boonkeat", "2023-10-17 07:48", "Morning Ms Goh. Transfer beam TB3 at level 2, the rebar very congested at the "
     "column junction, can't get the vibrator poker in. Can your engineer come site today or tmr? Casting planned Sat."),
    ("me", "2023-10-17 08:05", "Morning. Hafiz left us last year so it'll be Ravi. He can be there 2pm today. "
     "Please have the shop drawings and photos ready. Don't cast before we respond in writing."),
    ("boonkeat", "2023-10-17 08:07", "Noted thanks!!"),
    ("boonkeat", "2023-10-17 16:40", "Ravi came already, he propose couplers and to bundle some bars. Waiting for your RFI reply."),
    ("me", "2023-10-17 21:12", "Signed RFI response sent to your PM email. Go ahead with couplers per SK-114."),
])
ex.conv(G, "regulator_consultation", "en", "BCA officer invites to CORENET X industry session", [
    ("huimin", "2023-03-08 11:00", "Dear Ms Goh, we are organising a small focus group with consulting engineering "
     "firms on the CORENET X structural submission workflow (IFC-SG). Would you or a colleague be available on "
     "29 March, 2.30-4.30pm at BCA Braddell? No preparation needed, but sample models are welcome."),
    ("me", "2023-03-08 12:40", "Dear Hui Min, thanks for including us. I'll attend with our BIM lead Ravi Kumar. "
     "We can bring an ETABS-to-Revit model we exported last month, it has a few mapping issues worth discussing."),
    ("huimin", "2023-03-09 09:15", "Noted with thanks. The registration link will be sent to your email."),
])
ex.conv(G, "job_applicant", "en", "NTU graduate applies for graduate engineer role after connecting", [
    ("aaron", "2023-05-29 08:30", "Dear Ms Goh, thank you for accepting my request. I am graduating from NTU Civil "
     "Engineering in July (Second Upper). My FYP was on punching shear in flat slabs with shear studs. "
     "I saw on MyCareersFuture that Goh & Lim is hiring a graduate structural engineer. May I send my CV to you directly?"),
    ("me", "2023-05-30 13:02", "Hi Aaron, yes please send it to careers@ our domain and mention this chat. "
     "Interesting FYP, we do a lot of flat slabs."),
    ("aaron", "2023-05-30 13:10", "Thank you very much! Sent."),
    ("aaron", "2023-06-21 18:44", "Dear Ms Goh, sorry to disturb, just checking if there is any update on my application? Thank you."),
    ("me", "2023-06-22 09:00", "Hi Aaron, sorry for the wait - we're scheduling interviews next week, HR will call you."),
])
ex.conv(G, "internship_applicant", "en", "SIT student asks about internship (IWSP)", [
    ("nadia", "2023-08-03 22:10", "Hi Ms Goh! I'm a year 2 civil student at SIT and I'm looking for an 8-month IWSP "
     "placement from Jan. My senior Hafiz used to work at your firm and said it's a good place to learn. "
     "Do you take interns? I can use Revit and a bit of ETABS."),
    ("me", "2023-08-04 08:15", "Hi Nadia, we do. Please send CV + transcript, we usually take 2 per intake. Say hi to Hafiz for me."),
])
ex.conv(G, "vendor_price_change", "en", "existing FEM software reseller announces renewal price increase", [
    ("kenneth", "2023-10-30 10:00", "Hi Melissa, heads-up before your renewal in Jan: CSI is revising the "
     "ETABS Ultimate and SAFE subscription pricing from 1 Dec, about 9% up for network licences. If you renew "
     "your 6 seats before 30 Nov I can hold the current price. Let me know if you want the quote."),
    ("me", "2023-10-30 10:45", "Hi Kenneth, thanks for the heads-up. Pls send the quote for 6 seats, and one with 5 - "
     "we may drop one SAFE seat."),
    ("kenneth", "2023-10-31 09:12", "Both quotes sent. The 5-seat one still has the multi-year discount."),
])
ex.conv(G, "inbound_lead_psi", "en", "condo manager wants to buy periodic structural inspection", [
    ("harjit", "2023-07-17 09:00", "Good morning Ms Goh, thank you for connecting. Mayfair Gardens (2 blocks, "
     "14 storeys, TOP 1998) received the BCA notice for periodic structural inspection. The MC wants 3 quotes "
     "by 15 Aug. Can your firm quote? I can arrange a site walk any weekday."),
    ("me", "2023-07-17 10:30", "Good morning Mr Singh, yes we do PSIs regularly. A site walk helps a lot. "
     "Would Tue 25 July 10am work? Please have the as-built structural drawings if the MCST has them."),
    ("harjit", "2023-07-17 10:52", "25 July 10am ok. We only have some of the drawings, the rest lost after the old MA left unfortunately."),
    ("me", "2023-08-09 16:20", "Quotation emailed. It includes the visual inspection, report endorsement and an "
     "optional provisional sum for concrete cover/carbonation tests at the carpark."),
])
ex.conv(G, "peer_joint_bid", "en", "geotech peer proposes joint submission for JTC tender", [
    ("davidkoh", "2023-06-05 20:18", "Mel, JTC put out the consultancy tender for the Sungei Kadut multi-user "
     "factory. They want one combined C&S + geotech team. Want to go in together like we did for Woodlands? "
     "I'd lead geotech, you lead structure, split fee roughly by scope. Closing 7 July."),
    ("me", "2023-06-05 21:03", "Interested. Our bandwidth in July is ok. Can we meet this week to agree the fee split "
     "and who's the lead consultant? I'd prefer we're lead since the structure is the bigger scope."),
    ("davidkoh", "2023-06-05 21:10", "Fair. Thursday lunch at the usual fishball noodle place?"),
    ("me", "2023-06-05 21:11", "Deal."),
])
ex.conv(G, "recruiter_engaged", "en", "owner engaged recruiter to find senior PE, discusses fee", [
    ("me", "2023-02-13 09:30", "Hi Sharon, we spoke at the ACES dinner. We're looking for a senior structural "
     "engineer, ideally already PE (Civil) or sitting the PPE this year, 8+ years, comfortable with temporary works. "
     "What's your fee structure?"),
    ("sharon", "2023-02-13 11:02", "Hi Melissa, great to hear from you! For permanent roles we charge 20% of annual "
     "base, 3-month free replacement. For a retained search it's a third upfront. I have two people in mind already, "
     "one at a Japanese D&B contractor."),
    ("me", "2023-02-13 11:40", "Contingent for now please. Send profiles when ready."),
    ("sharon", "2023-02-27 15:15", "Sent 3 anonymised profiles to your email. #2 is keen and can start in 2 months."),
    ("me", "2023-03-01 08:50", "Let's interview #2 and #3. Next Tue or Wed afternoon."),
])
ex.conv(G, "journalist_request", "en", "journalist asks for comment on facade inspection regime", [
    ("jolene", "2023-04-12 16:30", "Hi Melissa, I'm writing a piece on the periodic facade inspection regime for "
     "older buildings and what it means for MCSTs. Would you have 15 min for a phone chat this week? "
     "Happy to quote you by name and title, or as an industry source if you prefer."),
    ("me", "2023-04-12 18:02", "Hi Jolene, sure. Thursday 11am? Please quote me by name, and note I'm speaking "
     "as a practising engineer, not for ACES."),
    ("jolene", "2023-04-12 18:10", "Thursday 11 noted, thank you!"),
])
ex.conv(G, "event_invitation", "en", "IES committee member invites her to speak on retrofitting panel", [
    ("weijie", "2023-06-28 12:10", "Hi Melissa! The structural TC is running a half-day seminar on retrofitting "
     "and strengthening existing buildings on 14 Sept. Would you speak for 25 min on your CFRP + steel jacketing "
     "work at the Geylang warehouse? No fee la, but we'll feed you well."),
    ("me", "2023-06-28 13:30", "Haha ok, for you. I'll need client permission for photos. Title to follow."),
    ("weijie", "2023-06-28 13:33", "Thanks ah! I owe you one."),
])
ex.conv(G, "thank_you_after_talk", "en", "attendee thanks after IES talk (1 of 3 near-duplicates)", [
    ("ty1", "2023-09-15 09:12", "Hi Melissa, thank you for the talk yesterday at the IES seminar. The part on "
     "checking the existing slab capacity before wrapping was really useful. Glad to connect."),
    ("me", "2023-09-15 12:00", "Thanks Benjamin, glad it was useful!"),
])
ex.conv(G, "thank_you_after_talk", "en", "attendee thanks after IES talk (2 of 3 near-duplicates)", [
    ("ty2", "2023-09-15 10:40", "Dear Melissa, thanks for your talk at the IES retrofitting seminar yesterday. "
     "The Geylang warehouse case was very practical. Glad to connect with you."),
])
ex.conv(G, "thank_you_after_talk", "en", "attendee thanks after IES talk (3 of 3 near-duplicates)", [
    ("ty3", "2023-09-16 08:05", "Hi Melissa, thank you for sharing yesterday at the IES seminar, learnt a lot "
     "from the steel jacketing part. Hope to connect and maybe work together on a retrofit job someday."),
    ("me", "2023-09-16 10:22", "Thanks Gary, nice meeting you at the tea break."),
])
ex.conv(G, "old_friend", "en", "long-standing university friend in Melbourne, years of small talk", [
    ("vivian", "2019-02-05 08:00", "Happy CNY Mel!! Year of the pig, huat ah. Miss the lou hei with the gang."),
    ("me", "2019-02-05 11:30", "Happy CNY Viv! Come back and visit leh, it's been 3 years."),
    ("vivian", "2021-08-19 07:45", "Saw your firm's name on the Straits Times article about the HDB lift upgrading works! So proud."),
    ("me", "2021-08-19 22:10", "Haha it was one line only. How's Melbourne lockdown #6?"),
    ("vivian", "2021-08-19 22:30", "Don't ask. Sourdough level: expert."),
    ("vivian", "2023-07-02 09:15", "I'm in SG 20-28 Aug for a conference!! Dinner? Bring Kelvin and Nurul if they're free."),
    ("me", "2023-07-02 09:40", "YES. Sat 26 Aug? I'll book somewhere in Joo Chiat."),
])
ex.conv(G, "owner_started_congrats", "en", "owner congratulates former colleague on promotion", [
    ("me", "2023-04-03 20:12", "Marcus! Saw you made Associate. Well deserved, after all those nights on the MRT viaduct calcs."),
    ("marcus", "2023-04-03 21:30", "Thanks Mel! Still remember you teaching me how to read a bending moment diagram properly. Lunch soon?"),
    ("me", "2023-04-03 21:35", "Anytime. Tell me when you're near Tai Seng."),
])
ex.conv(G, "client_contract", "en", "client sends contract amendment for existing project", [
    ("pauline", "2023-08-22 15:00", "Hi Melissa, legal has marked up the consultancy agreement for Holland Rise. "
     "Main change is the PI cover going from S$2m to S$5m per claim and payment terms at 45 days. Can you check "
     "with your broker whether the PI increase is a problem? We'd like to sign by month-end."),
    ("me", "2023-08-22 16:40", "Hi Pauline, I'll check with Michelle at our broker today. 45 days is ok if the "
     "stage payments stay as agreed. If the PI top-up costs extra we may need to share it, will revert."),
    ("pauline", "2023-08-23 10:05", "Understood, thanks."),
])
ex.conv(G, "owner_started_recruiting", "en", "owner asks NUS professor for strong final-year students", [
    ("me", "2023-01-09 10:00", "Dear Prof Lee, happy new year. We're hiring two graduate engineers this year. "
     "If you have final-year students who did well in your RC design module and are interested in consultancy work, "
     "could you point them to us? Happy to also host an FYP site visit again."),
    ("prof", "2023-01-10 14:22", "Happy new year Melissa. I'll mention it in class. A site visit in March would be "
     "very welcome - the students still talk about the basement one."),
    ("me", "2023-01-10 15:00", "Great, let's fix a date in March."),
])
ex.conv(G, "inbound_lead_homeowner", "en", "shophouse owner asks for quote for structural check before renovation", [
    ("mdmwong", "2023-10-02 19:30", "Hello Ms Goh, my late father's shophouse in Balestier needs renovation. "
     "The contractor say need PE to check the timber floor and the back wall has crack. "
     "How much you charge for this kind? Sorry not very familiar with the process."),
    ("me", "2023-10-03 09:10", "Hello Mdm Wong, no problem at all. Usually we do a site inspection first, around "
     "S$800-1,200 depending on access, and then give a report with recommendations. If works are needed we quote "
     "the design and submission separately. Can I call you tomorrow to explain?"),
    ("mdmwong", "2023-10-03 09:45", "Yes please call after 2pm. Thank you so much."),
])
ex.conv(G, "inbound_lead_spam_folder", "en", "genuine Malaysian engineer asking for PE endorsement partner landed in spam", [
    ("jason", "2023-05-15 11:11", "Dear Ms Goh, we are a structural consultancy in Johor Bahru. Our client is "
     "building a small warehouse in Senoko and needs a Singapore PE to take over as QP for design and submission. "
     "We have done the preliminary design in Eurocode. Would your firm consider being the QP for a fee? "
     "Happy to meet in SG. Regards, Jason Pang"),
], folder="SPAM")
ex.conv(G, "vendor_price_change", "en", "insurance broker on PI premium increase at renewal", [
    ("michelle", "2023-08-23 09:30", "Hi Melissa, got your email re Holland Rise. Topping up to S$5m per claim "
     "for that project alone is possible as a project-specific excess layer. Indicative premium around S$6,500. "
     "Also FYI your annual PI renewal in Nov will likely go up ~7% across the market."),
    ("me", "2023-08-23 10:02", "Thanks Michelle. Please get a firm quote for the excess layer. And the 7% - sigh, noted."),
    ("michelle", "2023-08-28 14:00", "Firm quote sent, valid 30 days."),
])
ex.conv(G, "staff_message", "en", "own senior engineer shares PE exam result", [
    ("ravi", "2023-11-20 18:30", "Melissa!! I passed the PPE. Thank you for the study leave and all the mock questions."),
    ("me", "2023-11-20 18:34", "RAVI!!! Congratulations! Drinks on the company Friday. So happy for you."),
])
ex.conv(G, "association_fee_change", "en", "ACES secretariat about membership subscription change", [
    ("cheryl", "2023-11-01 10:00", "Dear Ms Goh, a reminder that ACES firm membership subscriptions for 2024 "
     "will be revised following the AGM resolution. For firms with 11-30 staff the annual fee will be S$1,650. "
     "Invoices go out on 1 Dec. Please let us know if your firm's headcount category has changed."),
    ("me", "2023-11-01 11:20", "Thanks Cheryl, we're 21 now so same category. Please send the invoice to accounts@."),
])
ex.conv(G, "referral_from_architect", "en", "architect friend refers a client needing a mezzanine", [
    ("kelvin", "2023-03-20 13:00", "Mel, a client of mine (small food factory in Mandai) wants to add a steel "
     "mezzanine for storage, about 120 sqm. Too small for my office to bother, can I pass him your number? "
     "Name is Mr Chia, nice guy, pays on time."),
    ("me", "2023-03-20 13:15", "Sure, thanks Kelvin. Tell him to mention you."),
    ("kelvin", "2023-03-20 13:16", "Done 👍"),
])
ex.conv(G, "inbound_lead_temp_works", "en", "contractor wants to engage her for temporary works design", [
    ("darren", "2023-05-02 08:55", "Hi Melissa, we got the A&A job at the Paya Lebar mall. Need a PE for the "
     "temporary propping when they hack the slab for the new escalator void. Can you quote for design + "
     "supervision? Timeline tight, hacking starts mid June."),
    ("me", "2023-05-02 09:40", "Hi Darren, yes. Send me the hacking sequence and the escalator layout. "
     "We can turn around a quote in 3 working days."),
    ("darren", "2023-05-02 09:52", "Sending. Thanks!"),
    ("darren", "2023-05-08 17:00", "Got your quote, ok with the fee. Can we make the supervision visits 2x a week instead of 3?"),
    ("me", "2023-05-08 17:40", "During hacking and propping I want 3x. After the new beams are in, 2x is fine."),
])
ex.conv(G, "university_career_fair", "en", "NUS careers office invites firm to career fair", [
    ("elaine", "2023-01-30 11:00", "Hi Melissa, we're organising the CEE career fair on 9 March. Last year your "
     "booth had a great turnout. Booth is complimentary for SMEs this year. Would Goh & Lim like to join again?"),
    ("me", "2023-01-30 14:00", "Hi Elaine, yes please count us in. Two of us will man the booth."),
])
ex.conv(G, "group_project_team", "en", "project group chat with QS and architect about variation costs", [
    ("sam", "2023-06-13 10:00", "Hi both, the contractor's VO for the additional steel at the roof is S$62k. "
     "My estimate is closer to S$45k. Melissa, can you confirm the tonnage increase was 4.2t and not 6?"),
    ("me", "2023-06-13 10:30", "4.2t. The 6t includes the connection plates which were already in the original BQ."),
    ("nurul", "2023-06-13 10:35", "Great, so we push back. Sam can you reply them formally?"),
    ("sam", "2023-06-13 10:40", "Will do today."),
], extra=["nurul"])
ex.conv(G, "former_employee_reference", "en", "former employee asks for reference letter", [
    ("hafiz", "2023-08-15 21:00", "Hi Melissa, hope you're well. I'm applying for a role at LTA and they ask "
     "for a referee from a previous employer. Would you be ok if I put your name? It was a great 3 years at G&L."),
    ("me", "2023-08-16 07:50", "Of course Hafiz. Good luck! Let me know when they call."),
    ("hafiz", "2023-10-02 20:00", "Got the offer!! Thank you so much. Nadia from SIT also said she contacted you, hope it works out for her."),
])
ex.conv(G, "vendor_support", "en", "existing BIM vendor about licence transfer", [
    ("joyce", "2023-02-20 09:00", "Hi Melissa, Joyce here from Trimble. Your Tekla Structures licence is still "
     "assigned to Hafiz's old Trimble ID. Want me to move it to another user? No charge."),
    ("me", "2023-02-20 09:30", "Yes please, move it to Ravi. Thanks for spotting it."),
])
ex.conv(G, "peer_woman_director", "en", "peer founder invites for coffee and to a women in construction dinner", [
    ("clara", "2023-03-07 21:00", "Mel, happy IWD! A few of us are doing a small dinner on the 24th, women running "
     "firms in construction. No agenda, just makan and complaining about contractors lol. Come?"),
    ("me", "2023-03-07 21:20", "Count me in. The complaining part especially."),
])
ex.conv(G, "town_council_request", "en", "town council property manager asks for urgent inspection and quote", [
    ("tc", "2023-11-06 09:20", "Hi Ms Goh, residents reported spalling concrete at the void deck of Blk 3xx Clementi "
     "Ave. Can your firm do an urgent inspection this week under the term contract? If repair design needed, "
     "please quote separately."),
    ("me", "2023-11-06 09:55", "Hi Ms Ang, we'll send an engineer Wed morning. Please cordon off the area in the meantime."),
])
ex.conv(G, "peer_technical_question", "en", "peer engineer asks a technical question", [
    ("marcus", "2022-10-11 22:00", "Random question: for the punching check at edge columns in SAFE, do you "
     "override the default perimeter when there's a large opening nearby? Our checker is insisting we do it manually."),
    ("me", "2022-10-11 22:30", "We do it manually every time, SAFE's opening reduction is not conservative enough for "
     "openings within 6d. Your checker is right, sorry lol."),
])
ex.conv(G, "anniversary_congrats", "en", "long-time contractor congratulates on 15 years of the firm", [
    ("boonkeat", "2023-01-16 10:00", "Congrats on 15 years of Goh & Lim! Remember our first job together at the Yishun "
     "factory, you were so fierce on site haha. Here's to 15 more."),
    ("me", "2023-01-16 12:10", "Hahaha I was young and scared! Thank you Boon Keat, your team made it work."),
])

ex.conv(G, "client_quote_request", "en", "architect asks fee for landed house reconstruction, negotiates", [
    ("landed", "2023-07-24 18:20", "Hi Melissa, Benedict here, we met at the SIA talk. I have a 2-storey "
     "semi-D in Sembawang Hills being rebuilt to 3 storeys + attic + basement pool. Owner is price sensitive "
     "(aren't they all). What would your ballpark be for C&S design, submission and supervision?"),
    ("me", "2023-07-24 20:05", "Hi Benedict! For a semi-D with basement, usually S$28-35k depending on the "
     "retaining wall situation next to the neighbour. Send me the drawings and I'll firm it up."),
    ("landed", "2023-07-25 09:10", "Thanks. Owner asked if 25 is possible if they do without the pool lol. I'll send drawings."),
])

# ================================================================= WANTED PITCHES (12)
ex.conv(W, "bim_tool_post", "en", "homework: her LinkedIn post about IFC-SG mapping errors; offers checker", [
    ("ifcb", "2023-08-21 09:00", "Hi Melissa, thanks for connecting. Your post last week about losing two days "
     "because the IFC-SG property sets for the transfer beams didn't carry over from Revit struck a nerve - we built "
     "a small checker exactly for that, after the same thing happened on our own projects. It flags missing "
     "SGPset_Beam parameters before you submit to CORENET X. Would you be open to running your Holland Rise model "
     "through it for free? If it doesn't find anything, I'll buy the kopi."),
    ("me", "2023-08-21 12:40", "Ok that's oddly specific and yes, that was painful. Send me the details, I'll ask Ravi to try it."),
])
ex.conv(W, "retrofit_supplier_talk", "en", "homework: her IES retrofitting talk; CFRP specialist with data", [
    ("cfrp", "2023-09-18 11:00", "Dear Melissa, I was in the second row at your IES talk on Thursday. On your slide "
     "about the Geylang warehouse, you mentioned the CFRP wrap had to be limited because of the fire rating on the "
     "upper floor. We recently got a 2-hour tested intumescent system for CFRP laminates approved on a project in "
     "Jurong. Would it be useful if I sent you the test report and the Singapore project reference? No obligation."),
])
ex.conv(W, "website_fix_site_visited", "en", "homework: visited her website, names broken careers form and 404s", [
    ("webfix", "2023-06-07 20:00", "Hi Ms Goh, I was looking at your website because my cousin applied for an "
     "internship with you. The careers form gives an error on submit (Chrome and Safari), so applicants may think "
     "they applied when they didn't. Also 5 of the project photos under 'Industrial' are 404. I'm a freelance web "
     "developer, happy to fix both for a fixed S$350, or just tell your current developer if you have one."),
    ("me", "2023-06-08 08:30", "Thanks for flagging, I had no idea. Our old developer has disappeared. Can you do it next week?"),
    ("webfix", "2023-06-08 08:45", "Yes, I'll email you a short scope today."),
])
ex.conv(W, "recruiter_relevant_candidate", "en", "homework: her open PE job ad; recruiter with matching candidate", [
    ("cands", "2023-04-18 10:15", "Hi Melissa, I noticed your Senior Structural Engineer (PE) role has been on "
     "MyCareersFuture since January. I place only C&S engineers. I have a candidate who fits unusually well: "
     "PE (Civil) 2021, 9 years, currently at a D&B contractor doing temporary works and A&A - which I saw is a "
     "big part of your project list. Available in 1 month. My fee is 18%. Shall I send the anonymised CV?"),
])
ex.conv(W, "facade_drone_mutual_contact", "en", "homework: mutual contact Nurul named; drone facade inspection", [
    ("drone", "2023-05-24 14:00", "Hi Melissa, Nurul Aisyah at Atelier Serangoon mentioned you're doing several "
     "periodic facade inspections next year and were looking for a drone partner for the high-rise ones. "
     "We're CAAS-permitted for operations within 5km of airbases and provide thermal + 4K imagery tagged to your "
     "elevation drawings, so your FI can mark up defects directly. Would a 20-min demo at your office help?"),
    ("me", "2023-05-24 15:30", "Yes, Nurul told me about you. Next Tuesday 10am?"),
])
ex.conv(W, "ndt_lab_tender_award", "en", "homework: GeBIZ award of her PSI term contract; testing lab offers rates", [
    ("ndt", "2023-03-15 09:30", "Dear Ms Goh, congratulations on the GeBIZ award for the Jurong-Clementi Town "
     "Council PSI term contract. With 80+ blocks over two years, you'll likely need carbonation, cover meter and "
     "core tests in batches. We're a SAC-SINGLAS accredited lab in Kaki Bukit, 15 min from your office, and can "
     "offer a fixed schedule of rates for the contract period. May I send it?"),
    ("me", "2023-03-15 11:00", "Please send. We'll compare with our current lab."),
])
ex.conv(W, "software_plugin_tools", "en", "homework: her ETABS/Revit setup from job ads; round-trip plugin", [
    ("plugin", "2023-02-07 16:00", "Hi Melissa, from your job ads it looks like your team designs in ETABS and "
     "SAFE and documents in Revit, with Tekla for steel. The usual pain in that combo is re-keying member "
     "changes after each analysis run. Our plugin syncs ETABS frames and section changes into Revit with a diff "
     "report. It's used by two Singapore consultancies of similar size. 30-day trial for your whole team, "
     "no card. Want me to set it up?"),
])
ex.conv(W, "pi_broker_press", "en", "homework: Business Times piece on her firm's growth; specialist PI broker", [
    ("pibroker", "2023-07-05 10:00", "Dear Melissa, I read the Business Times piece on mid-sized consultancies "
     "winning public-sector work, where you mentioned Goh & Lim is bidding for larger JTC projects. Those tenders "
     "often require S$5m PI with project-specific top-ups. We place PI only for engineers and architects, and can "
     "often structure an annual aggregate that avoids buying excess layers project by project. Happy to do a "
     "no-cost review of your current policy wording."),
])
ex.conv(W, "pe_prep_course_post", "en", "homework: her post that two engineers sit the PE exam; tailored course", [
    ("ppe", "2023-04-26 19:00", "Hi Melissa, you posted that two of your engineers are sitting the PPE in "
     "October and that you give them study leave. We run a 10-week evening course for the PE (Civil) "
     "Practice of Professional Engineering paper, taught by practising QPs, with past-paper marking. "
     "For firms sending 2+ engineers we do an in-house version at your office. Would a course outline help?"),
    ("me", "2023-04-27 09:00", "Send me the outline and the in-house price please."),
])
ex.conv(W, "supplier_project_photos", "en", "homework: her Joo Chiat shophouse project post; lightweight floor system", [
    ("steelfloor", "2023-07-20 11:30", "Hi Ms Goh, saw your post with the photos of the Joo Chiat Place "
     "conservation shophouse. The existing party walls looked too weak to take new floor loads. Our lightweight "
     "cold-formed steel floor system spans up to 6.5m between your new frame and weighs about a third of an "
     "RC slab, which may help you keep the micropile count down. Technical datasheet and a URA-approved "
     "shophouse reference attached if useful."),
])
ex.conv(W, "automation_freelancer_comment", "en", "homework: her comment on load take-down spreadsheets", [
    ("calcdev", "2023-05-10 21:00", "Hi Melissa, you commented on Marcus Yeo's post that your team still does load "
     "take-downs in a 2009 Excel file that only one person understands. I'm an ex-structural engineer (8 yrs at a "
     "consultancy) now building small Python/Excel tools for C&S firms. I could rebuild that take-down with "
     "checks and a printable calc sheet in about 2 weeks, fixed price. Happy to look at the file first under NDA."),
    ("me", "2023-05-11 08:10", "Haha Marcus will be pleased someone read his post. Let's talk, can you do Friday?"),
])
ex.conv(W, "monitoring_site_signboard", "en", "homework: her name on a site signboard, deep excavation; monitoring", [
    ("monitor", "2023-10-25 10:00", "Dear Ms Goh, I pass the Jalan Besar site daily and saw Goh & Lim as QP(Structure) on "
     "the signboard. With the 2-level basement next to the old shophouses, BCA will want tilt and crack monitoring "
     "on the adjoining buildings. We supply and read wireless tiltmeters and crack meters with a live dashboard "
     "and alert triggers you set. Could I send a monitoring proposal for that site?"),
])

# ================================================================= JUNK (38)
ex.conv(J, "generic_bim_outsourcing", "en", "generic BIM modelling outsourcing (counterpart of IFC-SG checker)", [
    ("bimout", "2023-08-29 13:00", "Dear Sir/Madam, Greetings from Globe CAD Services! We are a leading provider of "
     "BIM modelling, CAD drafting, Scan to BIM and clash detection services to clients in USA, UK, Australia and "
     "Singapore. We provide LOD 100-500 models at 60% lower cost. Please let us know if you have any requirement."),
])
ex.conv(J, "generic_seo", "en", "generic website/SEO pitch (counterpart of website fix)", [
    ("seo", "2023-06-19 10:00", "Hi Melissa, I checked your website and noticed it's not ranking on the first page "
     "of Google for important keywords. We can get you to the top with our proven SEO strategies. Can I send you "
     "a free audit report?"),
])
ex.conv(J, "generic_recruiter", "en", "generic recruitment agency pitch (counterpart of C&S recruiter)", [
    ("genrec", "2023-04-24 09:00", "Hi Melissa, hope you're well! At TalentBridge Asia we help companies across all "
     "industries hire top talent faster. Whether it's tech, finance, or sales, our network of 50,000+ candidates "
     "has you covered. Are you hiring currently? Would love to support your growth!"),
])
ex.conv(J, "generic_drone", "en", "generic drone media pitch (counterpart of facade drone)", [
    ("gendrone", "2023-06-01 15:00", "Hey Melissa! Level up your marketing with stunning aerial videos. We shoot "
     "real estate, events, weddings and corporate videos. Special promo this month: 20% off! Let me know."),
])
ex.conv(J, "generic_ai_tool", "en", "generic AI productivity tool (counterpart of plugin)", [
    ("aitool", "2023-07-11 17:00", "Hi Melissa, what if your team could save 10 hours a week? Worksmart AI automates "
     "emails, meeting notes and reports for businesses of every size. Companies like yours see 3x productivity "
     "in the first month. Worth a look?"),
])
ex.conv(J, "generic_insurance", "en", "generic insurance/financial pitch (counterpart of PI broker)", [
    ("geninsure", "2023-07-20 12:00", "Hello Melissa, as a business owner, have you reviewed your insurance "
     "portfolio recently? I help SME owners with keyman insurance, group health and hospitalisation coverage. "
     "Coffee on me this week?"),
])
ex.conv(J, "generic_coaching", "en", "generic leadership coaching (counterpart of PE prep course)", [
    ("coach", "2023-05-03 08:00", "Hi Melissa, leaders like you are the backbone of every organisation. But "
     "who's investing in YOU? My 12-week Elevate programme helps executives unlock their full potential, "
     "build resilient teams and find balance. I have two spots left this quarter. Shall we chat?"),
])
ex.conv(J, "offers_what_she_sells", "en", "offshore firm offering structural design and PE endorsement to an engineering firm", [
    ("samesell", "2023-02-28 11:00", "Dear Melissa, StructoPro provides end-to-end structural engineering services: "
     "analysis and design in ETABS/SAFE, detailed drawings, calculation reports and coordination with local PEs "
     "for endorsement. Our engineers cost a fraction of Singapore rates. We are keen to be your design partner. "
     "Can we set up an introductory call?"),
])
ex.conv(J, "capacity_for_clients", "en", "lead-gen asks if she has capacity for new clients", [
    ("capacity", "2023-09-12 09:00", "Hi Melissa, quick question - do you have capacity to take on 3-5 new clients "
     "next month? We work with consulting firms to fill their calendars with qualified decision makers. "
     "If yes, I'll share how it works."),
])
ex.conv(J, "like_minded_entrepreneurs", "en", "let's connect as like-minded entrepreneurs", [
    ("likeminded", "2023-04-05 23:00", "Hi Melissa! Always great to connect with like-minded entrepreneurs who are "
     "building something meaningful 🚀 I'm building a community of founders in SG who support each other to scale. "
     "Let's connect and explore synergies!"),
])
ex.conv(J, "quick_call", "en", "quick 15-minute call request", [
    ("fifteen", "2023-10-03 14:00", "Hi Melissa, do you have 15 minutes this week for a quick call? I'd love to "
     "show you how Scalewise helps firms streamline operations. Tuesday or Thursday work better?"),
])
ex.conv(J, "connect_then_pitch", "en", "office interiors: small talk, owner replied, pitch in message 3", [
    ("ctp1", "2023-03-06 09:00", "Hi Melissa, thanks for connecting! Saw you're in Tai Seng, love that area, "
     "so many good food options. How's business this year?"),
    ("me", "2023-03-06 12:30", "Hi Desmond, busy but good, thanks."),
    ("ctp1", "2023-03-07 10:00", "Great to hear! Growing teams usually outgrow their office quickly. We do office "
     "fit-outs and renovations with a 6-week turnaround. Could I drop by to take measurements and give a free quote?"),
])
ex.conv(J, "connect_then_pitch", "en", "payroll vendor: invite then pitch in message 2", [
    ("ctp2", "2023-06-12 09:30", "Thanks for accepting Melissa! Love seeing women in engineering leadership 💪"),
    ("ctp2", "2023-06-14 10:00", "By the way, how are you handling payroll and CPF submissions currently? "
     "Apex can take it off your plate completely from S$8 per employee. Open to a quick demo?"),
])
ex.conv(J, "connect_then_pitch", "en", "construction fintech: compliment then pitch", [
    ("ctp3", "2023-10-09 08:00", "Hello Melissa, thank you for connecting. Your firm's work on industrial buildings "
     "looks impressive."),
    ("ctp3", "2023-10-11 08:00", "I'm reaching out because BuildLedger helps construction companies get paid "
     "faster with invoice financing. Would you like to learn more?"),
    ("ctp3", "2023-10-18 08:00", "Hi Melissa, just bumping this up in case you missed it!"),
])
ex.conv(J, "follow_up_bump", "en", "proposal software: three bumps, no reply", [
    ("bump1", "2023-08-01 10:00", "Hi Melissa, teams using ProposalPilot send proposals 4x faster. Interested?"),
    ("bump1", "2023-08-08 10:00", "Hi Melissa, following up on my previous message. Any thoughts?"),
    ("bump1", "2023-08-16 10:00", "Hi Melissa, I know you're busy. Should I reach out to someone else on your team?"),
    ("bump1", "2023-08-29 10:00", "Closing the loop here - I'll assume now isn't the right time. Feel free to reach out!"),
])
ex.conv(J, "follow_up_bump", "en", "marketing agency: bumps, no reply", [
    ("bump2", "2023-05-15 09:00", "Hi Melissa, we help B2B companies generate leads through LinkedIn content. "
     "Can I share some case studies?"),
    ("bump2", "2023-05-22 09:00", "Just floating this to the top of your inbox 🙂"),
])
ex.conv(J, "mass_template", "en", "appointment-setting template, sender 1 of 5", [
    ("tpl1", "2023-02-14 09:12", "Hi Melissa, I came across Goh & Lim Consulting Engineers and was really impressed "
     "by your work in structural engineering. We help engineering firms book 10-15 qualified meetings a month "
     "without cold calling. Would you be open to a brief chat next week?"),
])
ex.conv(J, "mass_template", "en", "appointment-setting template, sender 2 of 5", [
    ("tpl2", "2023-03-22 10:40", "Hi Melissa, I came across Goh & Lim and was really impressed by what you're "
     "doing in construction. We help firms like yours book 10 to 15 qualified sales meetings every month, "
     "no cold calling needed. Open to a quick chat next week?"),
])
ex.conv(J, "mass_template", "en", "appointment-setting template, sender 3 of 5", [
    ("tpl3", "2023-05-09 16:05", "Hey Melissa, came across Goh & Lim Consulting Engineers Pte Ltd and was impressed "
     "by your work in engineering services. We help consultancies book 10-15 qualified meetings per month "
     "without any cold calls. Would you be open to a short chat next week?"),
])
ex.conv(J, "mass_template", "en", "appointment-setting template, sender 4 of 5", [
    ("tpl4", "2023-07-27 11:30", "Hi Melissa, I came across your company and I'm really impressed by your work in "
     "the built environment sector. We help B2B firms get 10-15 qualified appointments a month without cold "
     "calling. Would you be open to a brief call next week?"),
])
ex.conv(J, "mass_template", "de", "appointment-setting template, sender 5 of 5, in German", [
    ("tpl5", "2023-09-05 08:20", "Hallo Melissa, ich bin auf Goh & Lim Consulting Engineers gestoßen und war "
     "wirklich beeindruckt von Ihrer Arbeit im Ingenieurwesen. Wir helfen Ingenieurbüros, 10-15 qualifizierte "
     "Termine pro Monat zu buchen, ganz ohne Kaltakquise. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?"),
])
ex.conv(J, "merge_tag_failure", "en", "unfilled {first_name} tag", [
    ("merge1", "2023-04-18 07:00", "Hi {first_name}, I noticed {company} is growing fast! Cloudhire helps "
     "teams like yours hire remote developers in 48 hours. Worth a chat?"),
])
ex.conv(J, "merge_tag_failure", "en", "[Company] placeholder left in", [
    ("merge2", "2023-06-26 13:00", "Dear Melissa, we would love to keep [Company]'s office spotless! Pristine "
     "offers daily, weekly and deep cleaning packages from S$25/hr. Free trial clean for new customers."),
])
ex.conv(J, "merge_tag_failure", "en", "wrong first name (Michelle)", [
    ("merge3", "2023-08-09 15:00", "Hi Michelle, hope you're having a great week! Nexus Logistics provides "
     "warehousing and last-mile delivery across Southeast Asia. Are you the right person to speak to about "
     "your logistics needs?"),
])
ex.conv(J, "merge_tag_failure", "en", "wrong company name (architects)", [
    ("merge4", "2023-10-20 10:00", "Hi Melissa, as a leading firm like Goh Lim Architects, you know how important "
     "presentation models are. FormaTech offers 3D printed architectural models with 5-day delivery. "
     "Shall I send our price list?"),
])
ex.conv(J, "sponsored_inmail", "en", "sponsored InMail, cloud software", [
    ("spon1", "2023-05-30 12:00", "<p>Hi Melissa,</p><p>Move your files to Zentrix Cloud and cut IT costs by "
     "40%.</p><p>Start your free 30-day trial today.</p>"),
], title="Sponsored Conversation", subject="Cut IT costs by 40%")
ex.conv(J, "sponsored_inmail", "en", "sponsored InMail, executive MBA", [
    ("spon2", "2023-08-15 12:00", "<p>Dear Melissa,</p><p>Take the next step in your leadership journey with our "
     "Executive MBA. Applications for the January intake close soon.</p><p>Download the brochure.</p>"),
], title="Sponsored Conversation", subject="Your leadership journey starts here")
ex.conv(J, "sponsored_inmail", "en", "sponsored InMail, payments", [
    ("spon3", "2023-11-02 12:00", "<p>Hi Melissa,</p><p>Get paid faster with Payflow business accounts. "
     "Zero FX fees for the first 3 months.</p>"),
], title="Sponsored Conversation", subject="Zero FX fees for 3 months")
ex.conv(J, "paid_award", "en", "award shortlisting that costs a fee", [
    ("award", "2023-06-20 10:00", "Dear Melissa, congratulations! Goh & Lim Consulting Engineers has been shortlisted "
     "for the Asia Business Excellence Awards 2023 in the Engineering Services category. To confirm your "
     "participation, kindly complete the winner's package registration (S$2,850) which includes the gala dinner, "
     "trophy and media feature."),
])
ex.conv(J, "paid_feature", "en", "magazine feature requiring sponsorship", [
    ("feature", "2023-09-07 09:00", "Hi Melissa, our editorial team has selected you for our '50 Women Leaders "
     "Shaping Asia' issue. The feature includes a 2-page interview and professional photoshoot. There is a "
     "production contribution of USD 1,900. Can I send the details?"),
])
ex.conv(J, "paid_podcast", "en", "podcast guest slot with fee", [
    ("podcast", "2023-10-10 11:00", "Hi Melissa, we'd love to have you as a guest on Builders of Tomorrow! "
     "Our episodes reach 30k+ listeners. Guest spots come with a promotional package of USD 750 covering "
     "editing, clips and distribution. Interested?"),
])
ex.conv(J, "fluent_generic_named", "en", "fluent pitch naming her company but could go to anyone", [
    ("fluent", "2023-03-28 08:30", "Dear Melissa, Goh & Lim Consulting Engineers has clearly built a strong "
     "reputation, and firms at your stage often find that the next phase of growth requires a sharper brand "
     "narrative and a more consistent digital presence. At Growthmark, we partner with ambitious leadership "
     "teams to align strategy, positioning and execution. I'd welcome the chance to share a few ideas tailored "
     "to Goh & Lim's ambitions."),
])
ex.conv(J, "off_topic_property", "en", "overseas villa investment pitch", [
    ("villa", "2023-02-02 20:00", "Hi Melissa, exclusive opportunity: freehold-style villas in Canggu with 12% "
     "guaranteed rental yield. Only 4 units left. Can I send you the brochure?"),
])
ex.conv(J, "off_topic_coffee", "en", "office coffee machine", [
    ("coffee", "2023-04-11 10:00", "Hi Melissa! Treat your team to barista-quality coffee. BeanBox office machines "
     "from S$99/month, beans included. Free 2-week trial!"),
])
ex.conv(J, "off_topic_wealth", "en", "financial advisor wealth planning", [
    ("wealth", "2023-01-04 21:00", "Hi Melissa, Happy New Year! As a successful director, have you thought about "
     "structuring your wealth for retirement and legacy? I'd like to offer you a complimentary financial "
     "health check. Let me know a good time."),
])
ex.conv(J, "off_topic_solar", "en", "rooftop solar pitch", [
    ("solar", "2023-07-31 10:00", "Hi Melissa, is your company still paying full price for electricity? "
     "SunHarvest installs solar panels with zero upfront cost. Let's discuss your rooftop!"),
])
ex.conv(J, "generic_construction_chemicals", "en", "generic chemicals pitch (counterpart of CFRP specialist)", [
    ("chem", "2023-09-25 14:00", "Dear Sir/Madam, Duracoat is a leading manufacturer of waterproofing, grouts, "
     "repair mortars and coatings. Please find our product catalogue. Kindly contact us for your requirements."),
])
ex.conv(J, "generic_iot_sensors", "en", "generic IoT sensors (counterpart of monitoring)", [
    ("sensor", "2023-11-07 09:00", "Hi Melissa, IoTsense Global offers smart sensors for every industry - "
     "temperature, humidity, energy, occupancy and more. Transform your business with real-time data. "
     "Can we schedule a demo?"),
])
ex.conv(J, "generic_lab_testing", "en", "generic lab testing pitch (counterpart of NDT lab)", [
    ("lab", "2023-03-30 10:00", "Hello Melissa, QuickTest Labs provides food, water, environmental and material "
     "testing services with fast turnaround. Let us be your trusted testing partner!"),
])
ex.conv(J, "off_topic_crypto", "en", "trading mentor pitch", [
    ("crypto", "2023-06-03 23:40", "Hi dear, how are you? I'm a trader helping busy professionals earn passive "
     "income from crypto signals. My students make 5-10% weekly. Want to know more?"),
])

PROFILE = {
    "First Name": "Melissa", "Last Name": "Goh", "Headline":
    "Director & PE (Civil) at Goh & Lim Consulting Engineers | Structural design, A&A, temporary works, PSI",
    "Summary": "Running a 20-person C&S consultancy in Singapore since 2008. Industrial buildings, "
    "conservation shophouse A&A, periodic structural inspections, temporary works. IES and ACES member.",
    "Industry": "Civil Engineering", "Zip Code": "534167", "Geo Location": "Singapore",
    "Websites": "[COMPANY:https://gohlim-engineers.example.sg]",
}
POSITIONS = [
    {"Company Name": "Goh & Lim Consulting Engineers Pte Ltd", "Title": "Director",
     "Description": "C&S consultancy, 20 staff. QP(Structure) for industrial, commercial and A&A projects.",
     "Location": "Singapore", "Started On": "Jan 2008", "Finished On": ""},
    {"Company Name": "Arup", "Title": "Senior Engineer", "Description": "Infrastructure and buildings.",
     "Location": "Singapore", "Started On": "Jul 2002", "Finished On": "Dec 2007"},
]
SKILLS = ["Structural Engineering", "ETABS", "SAFE", "Reinforced Concrete", "Eurocode 2", "Temporary Works",
          "Structural Inspection", "Revit", "Tekla Structures", "Project Management"]

if __name__ == "__main__":
    ex.write(OUT_ROOT / SLUG, PROFILE, POSITIONS, SKILLS)
    print(ex.summary())

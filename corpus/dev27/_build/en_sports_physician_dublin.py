"""Persona: consultant sports physician with a private clinic in Dublin (2023 layout, English).

Written blind to the detector (dev27, session 4). Every message text below is hand-written.
Run: /work/main/.venv/bin/python corpus/dev27/_build/en_sports_physician_dublin.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "en-sports-physician-dublin"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Clodagh Mulqueen", "https://www.linkedin.com/in/clodagh-mulqueen-sem",
               "Ranelagh Sports Medicine", "Consultant in Sport & Exercise Medicine")
ex = Export(SLUG, "2023", owner)
P = ex.person
G, W, J = "genuine", "wanted_pitch", "junk"

# ---------------------------------------------------------------- genuine (35)

P("runner", "Eoin Carolan", "Accenture", "Analyst", connected="2023-05-02")
ex.conv(G, "patient_price_question", "en", "patient asks self-pay price and next slot", [
    ("runner", "2025-02-03 08:14", "Hi Dr Mulqueen, my physio Ciarán Doyle said I should see you about my left knee. "
     "It's been at me since the Clontarf half in November, sore going downstairs mostly. Do you see people without a GP referral? "
     "And what's the self-pay price for a first consult, I'm not sure my insurance covers it"),
    ("me", "2025-02-03 12:40", "Hi Eoin, no referral needed. First consultation is €220 and includes ultrasound if we need it on the day. "
     "Most plans reimburse part of it, worth checking your outpatient cover. Ring Gráinne at reception and she'll find you a slot, "
     "there's one next Thursday at 5.30 if that suits."),
    ("runner", "2025-02-03 12:58", "Perfect, Thursday works. Thanks a million"),
])

P("gaa", "Pádraig Ó Floinn", "Clann Bhríde GAA", "Club Secretary", connected="2022-01-18")
ex.conv(G, "club_quote_request", "en", "GAA club asks quote for pre-season screening of senior panel", [
    ("gaa", "2025-01-07 21:03", "Clodagh, happy new year. The committee wants to do proper pre-season screening for the senior hurlers this time, "
     "after the run of hamstrings we had last summer. 32 lads. Could you put together a price for us? Cardiac screening too if you can arrange it. "
     "We'd be looking at late Feb."),
    ("me", "2025-01-08 09:30", "Happy new year Pádraig! Delighted to hear it. For 32 players, MSK screen plus ECG I'd do it across two evenings at the clubhouse. "
     "I'll send a written quote to the club email by Friday, and I'll include the echo referral option separately because that's the expensive bit."),
    ("gaa", "2025-01-08 10:02", "Sound. The treasurer will want it in writing anyway, you know yourself."),
    ("me", "2025-01-10 16:45", "Sent to secretary@ now. Any questions give me a shout."),
])

P("rugby", "Aidan Kielty", "Dodder Valley RFC", "Director of Rugby", connected="2020-08-30")
ex.conv(G, "contract_renewal", "en", "rugby club renewing match-day medical cover contract", [
    ("rugby", "2024-07-22 14:10", "Hi Clodagh, contract for matchday cover is up end of August. We'd like to go again for 24/25. "
     "Any change on your side to the fee? Board meets on the 6th."),
    ("me", "2024-07-23 08:55", "Hi Aidan, yes happy to continue. The per-match rate goes up by €25 this season (first change in three years, indemnity went up a lot). "
     "Otherwise same terms, and I'll keep Dr Nolan as cover for the weekends I'm away."),
    ("rugby", "2024-07-23 09:20", "Fair enough, I'll put it to the board. Don't think there'll be any issue."),
    ("rugby", "2024-08-07 18:41", "Board signed off. Contract coming over from Martina this week."),
])

P("physio", "Ciarán Doyle", "Doyle Physio Rathmines", "Chartered Physiotherapist", connected="2017-03-11")
ex.conv(G, "referral", "en", "long-standing physio colleague referring a patient", [
    ("physio", "2025-04-14 11:22", "Morning! Sending you a camogie player, 19, recurrent lateral ankle sprains, third this season. "
     "I think she needs imaging before we go any further with rehab. Her mam will ring the clinic."),
    ("me", "2025-04-14 11:50", "No bother, I'll see her this week. Send me your notes when you get a sec."),
    ("physio", "2025-04-14 12:05", "Done, emailed. Pint soon? It's been ages"),
    ("me", "2025-04-14 12:06", "It has!! After the Leinster final maybe"),
])

P("ultravendor", "Gavin Treacy", "Medisonic Ireland", "Service Manager", connected="2021-11-02")
ex.conv(G, "vendor_price_change", "en", "existing ultrasound service vendor announces new annual contract price", [
    ("ultravendor", "2025-03-03 10:00", "Dear Clodagh, a heads-up ahead of your service renewal in May. From 1 May the annual preventive maintenance "
     "contract for your portable MSK ultrasound goes from €1,450 to €1,590 ex VAT. Probe cover stays the same. "
     "I'm sorry about the increase, parts costs from the manufacturer went up twice last year. Happy to talk it through."),
    ("me", "2025-03-04 19:12", "Thanks Gavin, appreciate the notice. Can you confirm the loan unit is still included if it's out for repair more than 2 days?"),
    ("ultravendor", "2025-03-05 09:15", "Yes, loan unit still included. I'll send the renewal paperwork in April."),
])

P("insurer", "Deirdre Hannon", "Cairn Health Insurance", "Provider Relations", connected="2023-10-09")
ex.conv(G, "insurer_fee_schedule", "en", "insurer provider relations about updated consultant fee schedule", [
    ("insurer", "2024-11-19 15:30", "Hello Dr Mulqueen, as one of our registered consultants you'll get the 2025 schedule of benefits by post this week. "
     "The outpatient consultation benefit is increasing and there are two new codes for ultrasound-guided injections. "
     "If anything in it doesn't match what you bill, let me know directly and we'll sort it before January."),
    ("me", "2024-11-20 08:02", "Thanks Deirdre. Will the new injection codes apply retrospectively to anything from December?"),
    ("insurer", "2024-11-20 10:47", "Unfortunately not, they apply to procedures from 1 January. Sorry!"),
])

P("hrlead", "Rachel Moorhouse", "Kestrel Payments", "Head of People", connected="2025-01-27",
  invite=("IN", "2025-01-26 20:15", "Hi Clodagh, heard you speak at the Dublin Tech Run Club, would love to chat about something for our team."))
ex.conv(G, "inbound_lead_buying", "en", "company wants to buy injury-prevention sessions from her (inbound lead)", [
    ("hrlead", "2025-01-28 09:04", "Hi Clodagh, thanks for accepting. We've about 60 staff training for the Dublin Marathon through our company running club "
     "and last year we had a lot of injuries and a couple of DNFs. Would you do a talk plus maybe individual screening sessions for those who want them? "
     "We have a wellbeing budget. What would that cost roughly?"),
    ("me", "2025-01-28 13:20", "Hi Rachel, that sounds great, and early enough to actually make a difference. A lunchtime talk is €600, "
     "screenings at the clinic are at a corporate rate of €120 each. Could we do a call Thursday to scope it?"),
    ("hrlead", "2025-01-28 13:41", "Thursday at 11? I'll send an invite."),
    ("me", "2025-01-28 13:45", "11 is grand."),
])

P("ortho", "Conor Fahy", "Beacon Orthopaedic Partners", "Consultant Orthopaedic Surgeon", connected="2016-06-14")
ex.conv(G, "peer_joint_offer", "en", "orthopaedic peer proposes joint ACL pathway package", [
    ("ortho", "2024-09-10 17:55", "Clodagh, thinking out loud. A lot of the club ACLs I reconstruct get lost between surgery and return-to-play. "
     "What if we offered clubs a joined-up pathway: my surgery, your return-to-sport assessments at 4, 6 and 9 months, one fixed price for the club or insurer? "
     "I'd want your view on pricing before I go near any insurer."),
    ("me", "2024-09-10 21:30", "I like it a lot. Pricing is the tricky bit, the insurers will want it itemised. Lunch next week? I'm free Wednesday."),
    ("ortho", "2024-09-11 07:12", "Wednesday, the Butcher Grill at 1?"),
    ("me", "2024-09-11 07:40", "See you there"),
])

P("recruiter", "Hannah Greer", "Peak Medical Search", "Senior Consultant, Sports & Performance", connected="2024-04-02")
ex.conv(G, "recruiter_engaged", "en", "recruiter for a part-time team doctor role that the owner replied to and pursued", [
    ("recruiter", "2024-04-03 10:30", "Hi Clodagh, I'm working on a part-time team physician role with Irish Athletics for the 2025-2028 cycle, "
     "around 40 days a year incl. two championships. Would you be open to hearing more?"),
    ("me", "2024-04-03 20:10", "Hi Hannah, yes, I'd be interested in principle. The clinic has to stay my main thing though. Can you send the spec?"),
    ("recruiter", "2024-04-04 09:00", "Of course, sent to your gmail. The days are flexible, they know most candidates have a practice."),
    ("me", "2024-04-11 18:22", "Read it, looks like a good fit. Happy to go forward to the first interview."),
    ("recruiter", "2024-04-12 08:45", "Brilliant, I'll put you forward today."),
])

P("applicant", "Sinéad Roche", "", "Chartered Physiotherapist", connected="2025-05-06")
ex.conv(G, "job_applicant", "en", "physio applying for the clinic vacancy", [
    ("applicant", "2025-05-06 22:10", "Dear Dr Mulqueen, I saw your post about the physiotherapist role at Ranelagh Sports Medicine. I've been 4 years at a "
     "hospital MSK outpatients in Galway and I'm moving back to Dublin in July. I've attached my CV and would love to be considered."),
    ("me", "2025-05-07 08:30", "Thanks Sinéad, got it. We're interviewing the week of the 19th, Gráinne will be in touch to arrange a time."),
    ("applicant", "2025-05-07 08:44", "Thank you, looking forward to it."),
], attachments={0: "Sinead_Roche_CV_2025.pdf"})

P("medstudent", "Tomás Breathnach", "UCD School of Medicine", "Medical Student", connected="2025-02-20")
ex.conv(G, "shadowing_request", "en", "medical student asking to shadow in clinic", [
    ("medstudent", "2025-02-20 19:47", "Hello Dr Mulqueen, sorry for the cold message. I'm a 4th year at UCD and very interested in SEM. "
     "Would there be any chance of shadowing you for a day or two over the summer? I play hurling with Kilmacud so I've a bit of an idea of the injuries lol"),
    ("me", "2025-02-21 08:10", "Hi Tomás, of course, happy to have you for a couple of days in June. Email the clinic with dates and we'll sort the paperwork with the patients' consent."),
])

P("confspeaker", "Lorraine Whelan", "Irish Institute of Sport & Exercise Medicine", "Events Coordinator", connected="2019-10-01")
ex.conv(G, "speaker_invitation_spam", "en", "real conference invitation to speak, filed in SPAM", [
    ("confspeaker", "2024-12-02 11:15", "Dear Clodagh, on behalf of the scientific committee I'd like to invite you to speak at our annual meeting in Croke Park on 28 March, "
     "on managing bone stress injuries in female athletes, 25 mins plus questions. Travel isn't an issue I suppose :) We cover registration and the dinner. "
     "Could you let me know by the 20th?"),
    ("me", "2024-12-18 22:03", "Lorraine, so sorry, this went into my spam folder and I only found it now. I'd be honoured, yes please."),
    ("confspeaker", "2024-12-19 09:00", "Great news! No harm, LinkedIn does that. I'll send the speaker pack."),
], folder="SPAM")

P("coach1", "Declan Moriarty", "Clann Bhríde GAA", "U16 Hurling Coach", connected="2023-03-15")
P("coach2", "Aoife Larkin", "Clann Bhríde GAA", "Camogie Coach", connected="2023-03-16")
P("coach3", "Barry Sheehan", "St Enda's GAA", "Strength & Conditioning Coach", connected="2025-03-13")
ex.conv(G, "thanks_after_event", "en", "thank-you after her coaches' evening on injury prevention (1 of 3)", [
    ("coach1", "2025-03-13 08:02", "Thanks for last night Clodagh, really useful for the underage coaches. The warm-up stuff especially, we'll start it Saturday."),
])
ex.conv(G, "thanks_after_event", "en", "thank-you after her coaches' evening on injury prevention (2 of 3)", [
    ("coach2", "2025-03-13 09:40", "Thank you for the talk last night! Really useful for us, the girls' teams never get this kind of info. Would you share the slides?"),
    ("me", "2025-03-13 12:15", "Thanks Aoife! Slides are with Pádraig, he'll circulate them."),
])
ex.conv(G, "thanks_after_event", "en", "thank-you after her coaches' evening on injury prevention (3 of 3)", [
    ("coach3", "2025-03-13 10:05", "Hi Clodagh, thanks for the talk last night in Clann Bhríde, very useful. Good to put a face to the name. "
     "I'll probably be sending a few lads your way."),
])

P("locumdoc", "Fiachra Nolan", "", "Sports Medicine Registrar", connected="2018-02-09")
ex.conv(G, "owner_started_cover", "en", "owner asks former registrar to cover matches", [
    ("me", "2024-10-01 13:00", "Fiachra, any chance you'd cover Dodder Valley home games on 19 Oct and 2 Nov? Usual rate. I'm at a conference in Lisbon."),
    ("locumdoc", "2024-10-01 18:44", "Yeah no problem, 19th and 2nd both fine. Enjoy Lisbon, eat a pastel de nata for me"),
    ("me", "2024-10-01 19:00", "Legend, thank you!"),
])

P("dietitian", "Máire Cullinane", "", "Sports Dietitian", connected="2024-06-12",
  invite=("OUT", "2024-06-11 21:00", "Hi Máire, loved your piece on RED-S. Would love to connect, I see a lot of it in clinic."))
ex.conv(G, "owner_started_referral_pathway", "en", "owner proposes a referral pathway with a dietitian", [
    ("me", "2024-06-12 09:10", "Thanks for connecting Máire. I'd like to have a dietitian I can refer to directly for athletes with suspected low energy availability. "
     "Would you be open to a quick chat about how you like to receive referrals?"),
    ("dietitian", "2024-06-12 16:25", "Absolutely, I'd really welcome that. I'm in Ranelagh on Tuesdays actually, coffee at Nunzio's?"),
    ("me", "2024-06-12 16:40", "Even better. Tuesday week at 10?"),
    ("dietitian", "2024-06-12 17:02", "Done 👍"),
])

P("friend", "Róisín Geraghty", "Mater Misericordiae University Hospital", "Consultant Cardiologist", connected="2013-09-20")
ex.conv(G, "long_standing_friend", "en", "med school friend, years of messages", [
    ("friend", "2019-12-23 22:11", "Happy Christmas Clo!! Still on for the 27th? Mam wants to know if you're coming for dinner"),
    ("me", "2019-12-24 10:00", "Yes!! Tell her I'll bring the trifle"),
    ("friend", "2022-06-30 08:30", "Congrats on the clinic opening. So proud of you. Sorry I couldn't be there, on call"),
    ("me", "2022-06-30 09:15", "Thanks love. Come see it when you're free"),
    ("friend", "2025-01-15 20:40", "Random q, are you doing screening ECGs for clubs this year? I can do the echo reads for you again if needed"),
    ("me", "2025-01-15 21:02", "Ah you're a star, yes, Clann Bhríde want 32 done. I'll send them over once I've the quote agreed"),
])

P("mentor", "Prof. Desmond Kerrigan", "", "Professor Emeritus, Sports Medicine", connected="2014-04-04")
ex.conv(G, "mentor", "en", "retired mentor checking in", [
    ("mentor", "2024-03-17 12:00", "Lá fhéile Pádraig sona duit Clodagh. I read the piece in the Medical Independent about your clinic. Well done, you were always going to do it your own way."),
    ("me", "2024-03-17 15:30", "Go raibh maith agat Des! None of it without you. Are you still swimming at the Forty Foot?"),
    ("mentor", "2024-03-17 17:02", "Every morning, cold as charity. Come join me some day."),
])

P("locumagency", "Niall Cusack", "MedCover Locums", "Consultant Recruiter", connected="2021-05-20")
ex.conv(G, "locum_agency_registered", "en", "agency she is registered with confirming her agreed sessions", [
    ("locumagency", "2025-05-28 10:10", "Hi Clodagh, confirming your two sessions at the Santry sports injury clinic on 14 and 21 June, 9-1 both days, rate as agreed. Timesheets as usual."),
    ("me", "2025-05-28 11:00", "Confirmed, thanks Niall."),
])

P("bracerep", "Louise Tiernan", "OrthoSupport Ireland", "Territory Manager", connected="2022-09-14")
ex.conv(G, "owner_requests_quote", "en", "owner asks her existing brace supplier for a quote", [
    ("me", "2025-01-20 10:20", "Hi Louise, could you quote me for 10 hinged knee braces (the ones we got last year) and 20 walker boots, mixed sizes? Need them by mid Feb."),
    ("bracerep", "2025-01-20 11:45", "Hi Clodagh, of course. Same model is now €89 each, boots €62. I'll do 5% off for the combined order. Quote to your email now."),
    ("me", "2025-01-20 12:00", "Great, go ahead."),
])

P("confchair", "Dr Brian Keogh", "Sports Medicine Ireland Congress", "Programme Chair", connected="2020-02-11")
ex.conv(G, "conference_chair_invite", "en", "real contact invites her to chair a session", [
    ("confchair", "2024-06-03 14:00", "Clodagh, would you chair the Saturday morning concussion session in Galway this November? Three speakers, you'd just keep them on time (hard)."),
    ("me", "2024-06-03 18:20", "Ha, I'll bring a bell. Yes, count me in."),
])

P("journalist", "Gráinne Ní Mhurchú", "The Irish Courier", "Health Correspondent", connected="2024-08-19")
ex.conv(G, "journalist_request", "en", "journalist asks comment on concussion protocols", [
    ("journalist", "2024-08-19 11:30", "Hi Dr Mulqueen, I'm writing about concussion in underage GAA following the new protocols. Would you have 15 minutes today or tomorrow for a phone interview? Deadline Thursday."),
    ("me", "2024-08-19 12:10", "Hi Gráinne, tomorrow at 10 is fine. My mobile is on the clinic website."),
    ("journalist", "2024-08-19 12:13", "Great, I'll call then. Thanks!"),
])

P("teamdoc", "Dr Ruth Feeney", "Liffey Harlequins RFC", "Team Doctor", connected="2019-09-05")
ex.conv(G, "colleague_swap", "en", "fellow team doctor swapping cover", [
    ("teamdoc", "2024-11-08 20:15", "Any chance of a swap? I've a wedding on the 23rd, I could do your 7th Dec in return"),
    ("me", "2024-11-08 20:40", "Works for me. I'll tell Aidan."),
])

P("postop", "Michelle Dunne", "", "Teacher", connected="2024-02-01")
ex.conv(G, "patient_followup", "en", "patient thanks and updates after rehab", [
    ("postop", "2025-03-30 17:00", "Hi Dr Mulqueen, just to let you know I ran the Rás na mBan 10k yesterday, first race since the stress fracture! No pain at all. Thank you for everything."),
    ("me", "2025-03-30 20:11", "Michelle that's brilliant news! Well done. Build up slowly now."),
])

P("clubphysio", "Kevin Staunton", "Dodder Valley RFC", "Head Physiotherapist", connected="2021-08-01")
ex.conv(G, "club_colleague_rtp", "en", "club physio on a player's return to play", [
    ("clubphysio", "2024-12-11 07:50", "Morning, number 7 has passed all the stages of the GRTP, just needs your sign-off before Saturday. You seeing him Thursday?"),
    ("me", "2024-12-11 08:30", "Yes Thursday 6pm. If he's symptom free I'll sign."),
])

P("launch", "Orla Brophy", "Brophy Physiotherapy", "Clinic Owner", connected="2018-11-11")
ex.conv(G, "event_invitation_contact", "en", "real contact invites her to a clinic launch", [
    ("launch", "2025-04-22 13:15", "Clodagh!! We're finally opening the new place in Rathmines on 9 May, drinks from 6. Would love you there, you were the one who told me to go for it."),
    ("me", "2025-04-22 14:00", "Wouldn't miss it! Congrats Orla x"),
])

P("runpod", "Shane Hegarty", "Phoenix Park Runners", "Club Captain", connected="2023-07-07")
ex.conv(G, "free_podcast_invite", "en", "running club's own small podcast asks her on (no fee)", [
    ("runpod", "2025-05-12 21:22", "Hi Clodagh, we do a wee club podcast (about 300 listeners, mostly members ha). Would you come on and talk about shin splints? "
     "Nothing fancy, we record in the clubhouse on a Tuesday. No pressure!"),
    ("me", "2025-05-13 07:30", "Love it. Any Tuesday in June except the 10th."),
])

P("ime", "Colm Darcy", "Darcy & Walsh Solicitors", "Partner", connected="2024-01-10")
ex.conv(G, "client_quote_medicolegal", "en", "solicitor asks quote for a medico-legal report", [
    ("ime", "2024-01-10 15:20", "Dr Mulqueen, we act for a plaintiff injured in a five-a-side pitch accident (knee). Would you be in a position to prepare an independent medical report? "
     "Please let me know your fee and likely turnaround."),
    ("me", "2024-01-11 09:00", "Dear Mr Darcy, yes. My fee for a report including examination is €650, turnaround about 3 weeks after the appointment. Please send the instruction letter to the clinic."),
    ("ime", "2024-01-11 10:30", "Thank you, instruction letter will follow today."),
])

P("accountant", "Brendan Foley", "Foley Kinsella Accountants", "Partner", connected="2022-03-03")
ex.conv(G, "own_accountant", "en", "her accountant on VAT for medico-legal work", [
    ("accountant", "2025-02-11 16:00", "Clodagh, quick one. Your medico-legal reports are VATable, unlike the clinical work. You're over the threshold on those now so we need to register. I'll call you tomorrow to explain."),
    ("me", "2025-02-11 17:30", "Ugh. OK, thanks for catching it. After 4 tomorrow is best."),
])

P("oldcol", "Siobhán Lally", "Blackrock Clinic", "Radiographer", connected="2015-01-22")
ex.conv(G, "congrats_anniversary", "en", "former colleague congratulates on clinic anniversary", [
    ("oldcol", "2024-06-30 10:00", "Happy 2nd birthday to the clinic! Saw the post, the new treatment room looks fab"),
    ("me", "2024-06-30 11:20", "Thanks Siobhán! Miss our lunches"),
])

P("tri", "Katie Mullally", "Dún Laoghaire Triathlon Club", "Chairperson", connected="2023-09-02")
ex.conv(G, "club_speaker_invite", "en", "triathlon club asks her to speak at the AGM", [
    ("tri", "2024-10-15 12:45", "Hi Clodagh, we'd love a short talk at our AGM on 22 Nov about overuse injuries. We can offer a token fee of €150 and a free dinner in the yacht club if that's any use! Let me know."),
    ("me", "2024-10-15 19:00", "Happy to! Keep the fee, put it towards the juniors."),
    ("tri", "2024-10-15 19:20", "You're very good. Will confirm details closer to the time."),
])

P("marathon", "Dr Peter Gallagher", "Dublin Marathon Medical", "Medical Director", connected="2017-09-12")
P("vol1", "Dr Aisling Hurley", "", "GP", connected="2019-10-20")
ex.conv(G, "group_volunteer", "en", "group chat organising marathon medical volunteers", [
    ("marathon", "2024-09-02 09:00", "All, medical tent rota for 27 Oct is attached. Clodagh you're on the finish line tent 11-3. Shout if any issue."),
    ("vol1", "2024-09-02 09:40", "Thanks Peter, all good with me."),
    ("me", "2024-09-02 10:05", "Grand, see you all there. I'll bring the good biscuits."),
], title="DM24 medical team", extra=["vol1"], attachments={0: "DM24_medical_rota.xlsx"})

P("parent", "Gerry Coyle", "", "Engineer", connected="2025-04-01",
  invite=("IN", "2025-03-31 21:30", "Hi Dr, looking for advice about my daughter"))
ex.conv(G, "patient_parent_inquiry", "en", "parent asking about an appointment for his daughter", [
    ("parent", "2025-04-01 08:10", "Thanks for accepting. My daughter is 14 and plays soccer with Cherry Orchard, heel pain for weeks, GP said Sever's maybe. "
     "Do you see kids? And roughly what would a visit cost, we're not insured"),
    ("me", "2025-04-01 12:30", "Hi Gerry, yes I see adolescents. First visit €220, follow-ups €120. Sever's usually settles well with the right load management. Ring reception to book."),
])

P("registrar2", "Dr Emma Whyte", "", "SEM Trainee", connected="2024-05-05")
ex.conv(G, "trainee_cv_advice", "en", "trainee asking for advice, small talk", [
    ("registrar2", "2024-05-05 20:30", "Hi Clodagh, I'm applying for the SEM fellowship in Melbourne, would you mind looking at my personal statement? Totally understand if you're busy"),
    ("me", "2024-05-06 07:45", "Course, send it on. Melbourne, you lucky thing"),
    ("registrar2", "2024-05-06 08:00", "Sent! thank you sooo much"),
])

# ---------------------------------------------------------------- wanted pitches (12)

P("bookingsw", "Laura Quinlan", "Cliniflow", "Account Executive", connected="2024-10-21")
ex.conv(W, "software_booking_setup", "en", "booking software vendor who saw she only takes phone bookings and no online intake forms", [
    ("bookingsw", "2024-10-22 10:00", "Hi Clodagh, I had a look at ranelaghsportsmed.ie: bookings are phone-only and new patients print a PDF intake form and bring it in. "
     "With one receptionist that must be a lot of calls at 9am. Cliniflow is built for small Irish clinics: online booking that respects your slot types "
     "(new consult 45 min, ultrasound slot, follow-up), intake forms patients fill on their phone, and it exports to the insurers' claim format. "
     "Happy to show you on your own schedule if useful, or I'll leave it there."),
    ("me", "2024-10-23 18:00", "Funnily enough Gráinne was complaining about exactly that this week. Send me a couple of times."),
])

P("copywriter", "Niamh Costigan", "", "Freelance Health Writer", connected="2025-02-14")
ex.conv(W, "freelancer_read_article", "en", "health writer refers to her blog post on hamstring injuries in camogie", [
    ("copywriter", "2025-02-15 09:30", "Hi Dr Mulqueen, I read your post on hamstring injuries in camogie players, especially the bit about nobody tracking training load for the girls' teams. "
     "It deserves a bigger audience than the clinic blog. I'm a freelance health writer (ex-nurse, I write for a few physio practices) and could turn your clinic posts "
     "into patient leaflets and a short series for the club newsletters. Would that be of interest? Samples attached."),
    ("me", "2025-02-16 20:00", "Thanks Niamh, that's kind. Not right now but I'm keeping your samples, the leaflets idea is good."),
], attachments={0: "Costigan_samples.pdf"})

P("shockwave", "Mark Dempsey", "EnerTherapy Medical", "Clinical Specialist", connected="2024-04-01")
ex.conv(W, "device_after_talk", "en", "device specialist refers to her talk on tendinopathy at the symposium", [
    ("shockwave", "2024-04-02 11:10", "Dr Mulqueen, I was at your talk at the Leinster SEM symposium on Saturday. Your point that the evidence for shockwave is decent "
     "for calcific shoulder and plantar fasciitis but oversold for everything else was refreshing. We supply a focused shockwave unit and I'd rather show you "
     "the trial data for those two indications than a brochure. If that's of interest I can bring it by for a half-day trial with your own patients, no cost."),
    ("me", "2024-04-03 08:20", "Fair play for listening. Yes, let's do a trial day in May."),
    ("shockwave", "2024-04-03 09:00", "Great, I'll ring the clinic to pick a date."),
])

P("recr_cmo", "Fionnuala Prior", "Prior Executive Search", "Partner", connected="2025-03-20")
ex.conv(W, "recruiter_relevant_role", "en", "recruiter with a relevant medical role tied to her cycling background", [
    ("recr_cmo", "2025-03-21 14:00", "Hi Clodagh, I'm recruiting a Chief Medical Officer for the Rás Éireann cycling race, 8 days in May plus planning year round. "
     "The organisers asked specifically for someone with SEM and event experience; you've covered the Dublin marathon tent and I noticed you raced in college. "
     "It's paid, fits around a practice. Worth a conversation?"),
    ("me", "2025-03-22 10:15", "Interesting. I can't commit May this year but 2026 maybe. Let's talk in the autumn."),
])

P("podiatrist", "Darragh Mooney", "StrideLab Podiatry", "Sports Podiatrist", connected="2024-08-26")
ex.conv(W, "mutual_contact", "en", "podiatrist introduced through mutual contact Ciarán Doyle", [
    ("podiatrist", "2024-08-27 12:00", "Hi Clodagh, Ciarán Doyle suggested I get in touch. I've opened a gait analysis lab in Milltown, 5 min from you, and he said "
     "you've no podiatrist to refer runners to since Jim retired. I'd be glad to offer your patients priority slots and send you full reports. "
     "Could I drop in for 10 minutes some afternoon?"),
    ("me", "2024-08-27 13:20", "Ciarán mentioned you! Yes, Thursday afternoon, any time after 3."),
])

P("fitout", "Stephen Keane", "Keane Healthcare Interiors", "Director", connected="2025-01-14")
ex.conv(W, "public_planning_register", "en", "clinic fit-out contractor noticed her planning application", [
    ("fitout", "2025-01-15 09:00", "Dear Dr Mulqueen, I noticed the planning application on the DCC register for the rear extension at your Ranelagh premises (two consulting rooms and a gym space). "
     "We only do healthcare fit-outs: HSE-standard clinical hand basins, infection-control flooring, the lot. We did Brophy Physio in Rathmines last year. "
     "If you haven't appointed a contractor, I'd be glad to price it once you have the grant of permission."),
    ("me", "2025-01-16 19:30", "Thanks Stephen. Orla Brophy speaks well of you. Permission due next month, I'll be in touch."),
])

P("webdev", "Aoibheann Walsh", "Greenway Digital", "Developer", connected="2024-05-14")
ex.conv(W, "specific_problem_named", "en", "web developer names her broken contact form and mobile issue", [
    ("webdev", "2024-05-15 08:45", "Hi Clodagh, small thing you might not know: the contact form on your site returns a 500 error when submitted on a phone "
     "(tried twice last night), and the 'Book a consult' button on mobile is hidden behind the cookie banner. Probably losing enquiries. "
     "I'm a freelance developer and could fix both for a fixed €280. Screenshots attached either way."),
    ("me", "2024-05-15 12:30", "Oh no. Thanks for telling me. Yes please, go ahead, send me an invoice."),
], attachments={0: "form_error_screenshots.zip"})

P("indemnity", "Cathal Ruane", "Mullen Ruane Insurance Brokers", "Medical Indemnity Broker", connected="2024-08-12")
ex.conv(W, "press_item", "en", "indemnity broker saw club announcement of her pitch-side role", [
    ("indemnity", "2024-08-13 10:00", "Hi Dr Mulqueen, I saw Dodder Valley's announcement that you're continuing as matchday doctor. Worth checking: a lot of consultant policies "
     "exclude pitch-side emergency care or cap it, and it's usually only found out after an incident. I can review your current schedule free and tell you whether you're covered. "
     "No obligation at all."),
    ("me", "2024-08-14 09:30", "Hm, I'd actually wondered. Send me what you'd need."),
])

P("mri", "Yvonne Kearns", "QuickScan MRI Dublin", "Referrer Liaison", connected="2024-11-04")
ex.conv(W, "read_post", "en", "MRI centre responds to her LinkedIn post on imaging waits", [
    ("mri", "2024-11-05 14:30", "Hi Clodagh, your post about athletes waiting 3 weeks for an MRI before a season-defining decision hit home. "
     "We've a new 1.5T scanner in Sandyford with 48-hour MSK slots for consultant referrals and a sports-trained radiologist reporting. "
     "I'd be glad to set up an account for your clinic so you can book directly. Rates attached, they're cheaper than insurer rate for self-pay."),
    ("me", "2024-11-06 08:10", "Thanks Yvonne, yes, set us up."),
], attachments={0: "QuickScan_referrer_rates.pdf"})

P("medaccount", "Gareth Lyons", "Lyons Medical Accountants", "Director", connected="2025-03-02")
ex.conv(W, "public_company_register", "en", "accountant noticed her clinic incorporated in the CRO", [
    ("medaccount", "2025-03-03 11:00", "Hi Clodagh, I saw on the CRO that Ranelagh Sports Medicine Ltd was incorporated last month, congratulations. "
     "A lot of consultants get caught out in year one with the split between fees billed personally and through the company, and with VAT on medico-legal work. "
     "We only work with medical consultants. If your current accountant has it covered, ignore me!"),
    ("me", "2025-03-03 20:00", "Ha, the VAT thing just bit me. I'm with Foley Kinsella and happy, but thanks."),
])

P("gpsvendor", "Tadhg Colbert", "Sideline Metrics", "Founder", connected="2024-07-08")
ex.conv(W, "press_release_club", "en", "athlete monitoring founder references the club's concussion initiative", [
    ("gpsvendor", "2024-07-09 09:00", "Hi Clodagh, I read Dodder Valley's press release on their new concussion initiative with you as lead. "
     "We built an Irish head-impact logging app that club physios fill in on the sideline in 30 seconds; it flags players who need your review. "
     "Three AIL clubs use it. Would you want a 20-min demo with Kevin Staunton there too?"),
])

P("video", "Ellen Fogarty", "Fogarty Films", "Video Producer", connected="2025-04-28")
ex.conv(W, "noticed_her_setup", "en", "video producer noticed the audio on her clinic exercise videos", [
    ("video", "2025-04-29 10:30", "Hi Clodagh, I've been following your clinic's exercise videos on Instagram, the content is great (the Copenhagen plank one especially), "
     "but the audio is tough: you're recording with the phone mic in a tiled room, so it echoes. I do short-form health video for a few practices. "
     "Even just a clip-on mic and one shoot day for 12 videos would change it. Happy to send a sample."),
    ("me", "2025-04-29 13:00", "Ha, guilty. Send the sample and a price for the shoot day."),
])

# ---------------------------------------------------------------- junk (38)

P("j_booking", "Derek Sloane", "PracticeBoost", "Growth Lead", connected="2024-09-03")
ex.conv(J, "generic_software_pitch", "en", "generic practice software pitch (counterpart to the tailored booking pitch)", [
    ("j_booking", "2024-09-03 10:00", "Hi Clodagh, are you still managing appointments the old-fashioned way? PracticeBoost helps healthcare businesses streamline scheduling, "
     "reduce no-shows by up to 40% and grow revenue. Trusted by 2,000+ practices worldwide. Can I send a quick video?"),
])

P("j_content", "Priya Nandakumar", "ContentNest Solutions", "Business Development", connected="2024-06-19")
ex.conv(J, "generic_content_agency", "en", "generic content writing pitch (counterpart to the health writer)", [
    ("j_content", "2024-06-19 13:13", "Hello Clodagh! Content is king. Our team of expert writers creates SEO-optimised blogs, social posts and newsletters for businesses "
     "in every industry. Packages start at just $199/month. Shall I share our portfolio?"),
])

P("j_web", "Mohammed Rafiq", "PixelCraft Web Studio", "Web Consultant", connected="2024-12-09")
ex.conv(J, "generic_web_agency", "en", "vague web redesign pitch without specifics", [
    ("j_web", "2024-12-09 07:20", "Hi, I came across your website and noticed a few areas for improvement in design, speed and SEO. We can redesign it to bring more traffic and leads. "
     "May I send you a free audit?"),
    ("j_web", "2024-12-16 07:21", "Just following up on my previous message. Let me know if you are interested."),
])

P("j_acct", "Jason Whitmore", "Ledgerline Outsourcing", "Partner Success", connected="2025-03-05")
ex.conv(J, "generic_accounting", "en", "generic offshore bookkeeping pitch", [
    ("j_acct", "2025-03-05 09:00", "Hi Clodagh, as a business owner your time is valuable. Why spend it on bookkeeping? Our certified accountants handle it all from just £9/hour. "
     "Let me know if you'd like a free consultation."),
])

P("j_solar", "Keith Brannigan", "SunSmart Homes", "Energy Advisor", connected="2024-05-02")
ex.conv(J, "off_topic_product", "en", "home solar panels pitch", [
    ("j_solar", "2024-05-02 18:00", "Hi Clodagh, with the SEAI grant still available, now's the time to get solar on your home. We're doing free surveys in Dublin 6 this month. "
     "Can I book you in?"),
])

P("j_crypto", "Alexandra Voss", "Meridian Capital Partners", "Wealth Strategist", connected="2024-08-08")
ex.conv(J, "off_topic_investment", "en", "investment scheme for doctors", [
    ("j_crypto", "2024-08-08 21:45", "Hello Doctor, many medical professionals are now earning passive income through our AI-driven trading programme with 3-5% monthly returns. "
     "Minimum entry is small. Would you like to hear how it works? Totally confidential."),
    ("j_crypto", "2024-08-14 21:46", "Hi again Doctor, did you have a moment to look at my message?"),
], folder="SPAM")

P("j_wine", "Hugo Pemberton", "Cellar Reserve Investments", "Client Director", connected="2025-01-30")
ex.conv(J, "off_topic_investment", "en", "fine wine investment", [
    ("j_wine", "2025-01-30 12:00", "Clodagh, have you ever considered fine wine as an asset class? It has outperformed the FTSE over 20 years. "
     "I'd love to send our 2025 market report, which option suits: email or a quick call?"),
])

P("j_telehealth", "Brianna Holt", "FlexiMSK", "Partnerships Manager", connected="2024-10-28")
ex.conv(J, "offers_what_she_sells", "en", "offers MSK / sports injury consults to her, i.e. her own service", [
    ("j_telehealth", "2024-10-28 11:30", "Hi Clodagh, does your team struggle with aches, strains and sports injuries? FlexiMSK gives your people same-day video access to "
     "sports medicine doctors and physios. Companies see 30% fewer sick days. Could we set up 15 minutes to discuss a pilot for your organisation?"),
])

P("j_leads", "Tyler Brooks", "PatientPipeline", "Founder & CEO", connected="2024-11-12")
ex.conv(J, "capacity_new_clients", "en", "asks if she has capacity for new patients, lead gen", [
    ("j_leads", "2024-11-12 15:00", "Hey Clodagh, quick question - do you have capacity for 20-30 new patients a month? We run done-for-you Facebook ads for clinics and "
     "only get paid per booked appointment. If not, no worries!"),
])

P("j_likeminded", "Marcus Delaney", "Delaney Ventures", "Serial Entrepreneur | Investor | Speaker", connected="2025-02-10")
ex.conv(J, "like_minded_connect", "en", "let's connect as like-minded entrepreneurs", [
    ("j_likeminded", "2025-02-10 08:00", "Hi Clodagh, I'm always looking to connect with like-minded entrepreneurs and business owners in Dublin who are passionate about growth. "
     "Would love to learn more about what you do and explore synergies. Let me know when you have a few minutes to chat!"),
])

P("j_15min", "Olivia Grant", "ScaleUp Advisory", "Business Consultant", connected="2024-07-15")
ex.conv(J, "quick_call", "en", "quick 15-minute call request, generic", [
    ("j_15min", "2024-07-15 10:10", "Hi Clodagh, I help business owners scale without burnout. Would you be open to a quick 15-minute call this week? "
     "Here's my calendar link: calendly.com/oliviagrant-scaleup/15min"),
])

P("j_ctp1", "Ronan Faulkner", "MedGrowth Marketing", "Director", connected="2025-05-19",
  invite=("IN", "2025-05-18 19:40", ""))
ex.conv(J, "connect_then_pitch", "en", "connect-then-pitch: small talk, owner answers, pitch in message 3", [
    ("j_ctp1", "2025-05-19 09:05", "Thanks for connecting Clodagh! Saw you're a sports doc, did you catch the Leinster game at the weekend? Some performance."),
    ("me", "2025-05-19 12:30", "Ha I did, from the stand actually! Great day out."),
    ("j_ctp1", "2025-05-19 12:41", "Brilliant! Speaking of performance, I help private clinics fill their diaries with high-value patients through targeted Google Ads. "
     "We typically deliver a 4x return in 90 days. Worth a quick chat next week?"),
])

P("j_ctp2", "Sandra Kilbride", "Apex Wellness Group", "Partnership Lead", connected="2025-04-08",
  invite=("IN", "2025-04-07 22:11", "Hi Clodagh, love what you're doing in sports medicine!"))
ex.conv(J, "connect_then_pitch", "en", "connect-then-pitch: compliment first, pitch in message 2 with no reply", [
    ("j_ctp2", "2025-04-08 08:00", "Thanks for accepting! Really inspiring to see women leading in sports medicine. How long have you been in practice?"),
    ("j_ctp2", "2025-04-10 08:00", "I wanted to share something: we partner with clinics to add IV vitamin drips and cryotherapy as new revenue streams. "
     "Clinics are adding €8k a month. Would you be open to exploring it?"),
])

P("j_ctp3", "Warren Leckie", "Elevate Executive Coaching", "Coach", connected="2024-12-02",
  invite=("IN", "2024-12-01 17:30", ""))
ex.conv(J, "connect_then_pitch", "en", "connect-then-pitch: question about her story then coaching programme", [
    ("j_ctp3", "2024-12-02 10:00", "Hi Clodagh, thanks for connecting. What made you decide to go out on your own with the clinic?"),
    ("me", "2024-12-02 21:00", "Wanted more time per patient honestly."),
    ("j_ctp3", "2024-12-03 09:15", "Love that. So many doctors I work with say the same, and then find themselves working 70 hours. "
     "My 12-week Clinic Owner Freedom programme gets you back 10 hours a week. I have 2 spots left for January. Shall I send details?"),
    ("j_ctp3", "2024-12-10 09:15", "Hi Clodagh, just bumping this up. Spots are filling!"),
])

P("j_bump", "Natalie Ferris", "ReviewRocket", "Customer Success", connected="2024-03-11")
ex.conv(J, "follow_up_bumps", "en", "three bumps with no reply about online reviews", [
    ("j_bump", "2024-03-11 09:00", "Hi Clodagh, clinics with 100+ Google reviews get 3x more bookings. ReviewRocket automates review requests after every visit. Interested?"),
    ("j_bump", "2024-03-18 09:00", "Hi Clodagh, just floating this back to the top of your inbox."),
    ("j_bump", "2024-03-27 09:00", "Clodagh, I don't want to be a pest. Should I close your file?"),
])

P("j_bump2", "Gordon Pike", "Summit Staffing", "Account Manager", connected="2024-02-05")
ex.conv(J, "follow_up_bumps", "en", "recruiting agency bumps for a staffing contract", [
    ("j_bump2", "2024-02-05 14:00", "Hi Clodagh, we supply reception and admin staff to healthcare businesses on flexible contracts. Any needs this quarter?"),
    ("j_bump2", "2024-02-19 14:00", "Following up on the below, any roles you're looking to fill?"),
])

# one template, five senders
P("t1", "Chloe Barrington", "Rise Clinic Marketing", "Founder", connected="2025-02-24")
P("t2", "Lewis Harte", "Harte Digital Health", "Managing Director", connected="2025-03-10")
P("t3", "Zoe Kendrick", "Momentum Medical Media", "Head of Growth", connected="2025-03-27")
P("t4", "Farhan Siddiqui", "Vitality Leads", "CEO", connected="2025-04-15")
P("t5", "Jamie O'Rourke", "GreenRoom Health Marketing", "Co-founder", connected="2025-05-05")
ex.conv(J, "template_campaign", "en", "template 1/5: patient acquisition, fills sports medicine", [
    ("t1", "2025-02-24 10:02", "Hi Clodagh, I came across Ranelagh Sports Medicine and love what you're doing for athletes in Dublin. "
     "We help sports medicine clinics add 15-25 new self-pay patients per month with a proven system, without relying on referrals. "
     "Would you be open to a short call to see if it's a fit?"),
])
ex.conv(J, "template_campaign", "en", "template 2/5: same pitch, fills physiotherapy", [
    ("t2", "2025-03-10 11:17", "Hi Clodagh, I came across your practice and love what you're doing for patients in Ranelagh. "
     "We help physiotherapy and sports clinics add 20+ new private patients every month with a proven system that doesn't depend on GP referrals. "
     "Open to a short call to see if it's a fit?"),
])
ex.conv(J, "template_campaign", "en", "template 3/5: same pitch, fills 'healthcare'", [
    ("t3", "2025-03-27 09:45", "Hi Clodagh! Came across Ranelagh Sports Medicine and really love what you're doing for the community. "
     "We help healthcare clinics add 15-25 new patients per month with our proven system, no referrals needed. "
     "Would you be open to a quick call to see if it's a fit?"),
    ("t3", "2025-04-03 09:45", "Hi Clodagh, did you see my note?"),
])
ex.conv(J, "template_campaign", "en", "template 4/5: same pitch, fills 'orthopaedic'", [
    ("t4", "2025-04-15 16:30", "Hello Clodagh, I came across your orthopaedic practice and love what you are doing for patients in Dublin. "
     "We help clinics like yours get 15 to 25 new private patients per month using a proven system, without referrals. Are you open to a short call to see if its a fit?"),
])
ex.conv(J, "template_campaign", "en", "template 5/5: same pitch reworded, fills athletes", [
    ("t5", "2025-05-05 08:20", "Hey Clodagh, stumbled on Ranelagh Sports Medicine, love the work you're doing with athletes. "
     "Quick one: we've a proven system that adds 15-25 self-pay patients a month for sports clinics, no referrals required. "
     "Worth a short call to see if it fits?"),
])

P("m1", "Trent Caldwell", "LeadSpark", "SDR", connected="2024-09-23")
ex.conv(J, "merge_tag_failure", "en", "unfilled {first_name} and {company} tags", [
    ("m1", "2024-09-23 13:00", "Hi {first_name}, I noticed {company} is growing fast and wanted to reach out. "
     "We help teams like yours book more meetings with qualified prospects. Are you free for a quick call Thursday?"),
])
P("m2", "Isabel Carmody", "Nexa Payroll", "Sales Executive", connected="2024-06-04")
ex.conv(J, "merge_tag_failure", "en", "wrong name: addressed as Siobhan", [
    ("m2", "2024-06-04 09:30", "Hi Siobhan, hope you're well! I see Ranelagh Sports Medicine has been hiring, congratulations. "
     "Nexa Payroll takes care of payroll for small businesses in Ireland from €5 per employee. Can I send you a quote?"),
])
P("m3", "Daniel Okafor", "BrightSmile Supplies", "Sales Manager", connected="2025-01-06")
ex.conv(J, "merge_tag_failure", "en", "wrong company and profession: thinks she runs a dental practice", [
    ("m3", "2025-01-06 11:00", "Dear Dr Mulqueen, as a leading supplier to dental practices across Ireland we'd like to offer Ranelagh Dental Care "
     "15% off your first order of impression materials and disposables. Catalogue attached."),
], attachments={0: "BrightSmile_Catalogue_2025.pdf"})
P("m4", "Sophie Lindqvist", "Talentbridge", "Talent Partner", connected="2024-10-07")
ex.conv(J, "merge_tag_failure", "en", "unfilled [Company Name] and [Industry] placeholders", [
    ("m4", "2024-10-07 08:15", "Hello Clodagh, I've been following [Company Name] and I'm impressed by your growth in the [Industry] space. "
     "We place top engineering talent at startups. Are you currently hiring developers?"),
])

P("sp1", "Zenvia Health Cloud", "Zenvia", "", url="https://www.linkedin.com/company/zenvia-health-cloud")
ex.conv(J, "sponsored_inmail", "en", "sponsored InMail for an EHR", [
    ("sp1", "2024-11-25 12:00", "Hi Clodagh, doctors lose 2 hours a day to admin. Zenvia's AI scribe writes your notes while you talk to patients. Start a free 30-day trial today."),
], title="Sponsored Conversation", subject="Get 2 hours back every day")
P("sp2", "Northway Business School", "Northway Business School", "", url="https://www.linkedin.com/company/northway-business-school")
ex.conv(J, "sponsored_inmail", "en", "sponsored InMail for an executive MBA", [
    ("sp2", "2025-03-18 12:00", "Clodagh, ready for your next leadership step? Our Executive MBA for healthcare leaders starts in September. Download the brochure."),
], title="Sponsored Conversation", subject="Executive MBA: applications open")

P("award", "Victoria Ashdown", "Global Health & Wellness Awards", "Awards Director", connected="2024-08-27")
ex.conv(J, "paid_award", "en", "award that requires a fee to accept", [
    ("award", "2024-08-27 10:00", "Congratulations Clodagh! Ranelagh Sports Medicine has been shortlisted as 'Best Sports Injury Clinic - Leinster 2024'. "
     "To confirm your award and receive your trophy, winner's logo and press release, there is a one-off administration fee of €995. "
     "Places are limited, please confirm by Friday."),
])
P("magazine", "Richard Hale", "Healthcare Leaders Quarterly", "Editorial Director", connected="2025-02-03")
ex.conv(J, "paid_feature", "en", "magazine feature that costs money", [
    ("magazine", "2025-02-03 14:00", "Hi Clodagh, we're featuring Ireland's top healthcare innovators in our spring issue and our editors selected you. "
     "A full-page profile with photoshoot is available at a partner rate of €2,400. We go to print on the 20th."),
])
P("podcast", "Ashley Monroe", "The Wellness Founders Show", "Host & Producer", connected="2024-05-21")
ex.conv(J, "paid_podcast", "en", "podcast guest slot with a production fee", [
    ("podcast", "2024-05-21 16:00", "Hi Clodagh! I'd love to invite you as a guest on The Wellness Founders Show (top 2% globally). "
     "Guests cover a small production investment of $650 which includes a professionally edited episode and social clips. Interested?"),
    ("podcast", "2024-05-28 16:00", "Hi Clodagh, just checking you saw my invite, we have one slot left in June!"),
])

P("fluent", "Eleanor Whitcombe", "Brightline Consulting", "Principal", connected="2025-04-22")
ex.conv(J, "fluent_names_company", "en", "fluent pitch naming her clinic but could go to anyone", [
    ("fluent", "2025-04-22 09:30", "Dear Clodagh, I've been following Ranelagh Sports Medicine's journey with real admiration. Organisations like yours, "
     "at an inflection point of growth, often find that strategy, people and processes need to evolve together. Brightline partners with ambitious leaders "
     "to unlock that next chapter. I'd welcome a conversation about your priorities for the year ahead."),
])

P("j_recr", "Blake Harrington", "GlobalMed Recruitment", "Recruitment Consultant", connected="2024-07-01")
ex.conv(J, "irrelevant_recruiter", "en", "mass GP recruitment for Australia (she's not a GP)", [
    ("j_recr", "2024-07-01 06:30", "G'day Doctor! Are you ready for sunshine? We have 50+ GP positions across regional Queensland with AUD $400k+ packages and relocation. "
     "Reply YES and I'll send details."),
], folder="SPAM")
P("j_locum", "Hayley Brennan", "RapidLocum", "Recruitment Coordinator", connected="2025-01-13")
ex.conv(J, "irrelevant_recruiter", "en", "urgent locum GP shifts blast", [
    ("j_locum", "2025-01-13 07:55", "URGENT: Locum GPs required Cork, Limerick & Sligo, immediate start, €110/hr. Please share with your network if not for you!"),
])
P("j_device", "Victor Amsel", "MedTech Innovations Ltd", "Sales Director EMEA", connected="2024-03-25")
ex.conv(J, "generic_device_pitch", "en", "generic device catalogue (counterpart to the tailored shockwave pitch)", [
    ("j_device", "2024-03-25 10:00", "Dear Doctor, MedTech Innovations offers cutting-edge aesthetic, physiotherapy and diagnostic devices at factory prices. "
     "Radiofrequency, laser, shockwave, HIFU. Please find our catalogue and let me know which products interest you."),
], attachments={0: "MTI_catalogue.pdf"})
P("j_mlm", "Tanya Reddin", "", "Independent Wellness Ambassador", connected="2024-04-17")
ex.conv(J, "off_topic_product", "en", "supplement MLM recruitment", [
    ("j_mlm", "2024-04-17 22:30", "Hiya Clodagh! Hope you don't mind me reaching out, I've been using these amazing plant-based recovery supplements and thought of you "
     "with all your athletes 💪 I'm also building a team, would you be open to hearing about a flexible side income?"),
])
P("j_seo", "Arjun Mehta", "RankRise SEO", "SEO Specialist", connected="2025-05-26")
ex.conv(J, "generic_seo", "en", "SEO ranking guarantee", [
    ("j_seo", "2025-05-26 05:40", "Hello, I can rank your website on the first page of Google for your main keywords within 90 days, guaranteed. Shall I share the pricing?"),
])
P("j_insur", "Paul Cregan", "Shield Direct", "Business Insurance Advisor", connected="2024-09-16")
ex.conv(J, "generic_insurance", "en", "generic business insurance pitch (counterpart to the indemnity broker)", [
    ("j_insur", "2024-09-16 10:00", "Hi Clodagh, is your business properly protected? We compare 20+ insurers to get SMEs the best price on public liability, property and cyber cover. "
     "Get a quote in 2 minutes."),
])
P("j_coach", "Lindsey Park", "Radiant Leadership", "Executive Coach", connected="2024-06-25")
ex.conv(J, "generic_coaching", "en", "leadership coaching for high performers", [
    ("j_coach", "2024-06-25 07:30", "Hi Clodagh, high-achieving women often feel they have to do it all. My coaching helps female leaders find clarity and confidence. "
     "Would you be open to a complimentary discovery session?"),
])
ex.write(OUT,
         {"First Name": "Clodagh", "Last Name": "Mulqueen",
          "Headline": "Consultant in Sport & Exercise Medicine | Founder, Ranelagh Sports Medicine | Team doctor, Dodder Valley RFC",
          "Summary": "Sports physician in Dublin 6. I look after club athletes, weekend warriors and anyone who wants to stay moving: "
                     "ultrasound-guided assessment, return-to-play, bone stress and concussion. Matchday doctor for rugby and GAA.",
          "Industry": "Medical Practices", "Geo Location": "Dublin, County Dublin, Ireland",
          "Websites": "[COMPANY:ranelaghsportsmed.ie]"},
         [{"Company Name": "Ranelagh Sports Medicine", "Title": "Founder & Consultant in Sport & Exercise Medicine",
           "Description": "Private sports medicine clinic, Ranelagh, Dublin 6.", "Location": "Dublin", "Started On": "Jun 2022"},
          {"Company Name": "Dodder Valley RFC", "Title": "Matchday Doctor", "Location": "Dublin", "Started On": "Aug 2020"},
          {"Company Name": "St Columba's University Hospital", "Title": "Specialist Registrar, Sport & Exercise Medicine",
           "Location": "Dublin", "Started On": "Jul 2015", "Finished On": "May 2022"}],
         ["Sports Medicine", "Musculoskeletal Ultrasound", "Concussion Management", "Injury Prevention", "Return to Play", "Exercise Prescription"])
print(ex.summary())

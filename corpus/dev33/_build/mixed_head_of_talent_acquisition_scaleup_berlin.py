"""Persona: Miriam Albers, Head of Talent Acquisition at Loomwell (invented 300-person software
scale-up, Berlin-Kreuzberg). German and English about half/half, 2026 export layout. Many junk
pitches sell recruiting services, which is what she does herself. Every message is written by hand
for dev33 (written blind to the detector). Run: python this_file.py -> regenerates the folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-head-of-talent-acquisition-scaleup-berlin"
CO = "Loomwell GmbH"

owner = Person("me", "Miriam Albers", "https://www.linkedin.com/in/miriam-albers-talent",
               CO, "Head of Talent Acquisition")
x = Export(SLUG, "2026", owner)
p = x.person
c = x.conv

# ----------------------------------------------------------------- people: genuine contacts
p("vpe", "Jonas Pfeiffer", CO, "VP Engineering", connected="2021-04-12")
p("sales_hm", "Carla Neumeyer", CO, "Director Sales DACH", connected="2022-09-01")
p("cand_eng", "Tomasz Wójcik", "", "Senior Backend Engineer (Go, Kafka)", connected="2025-05-06")
p("cand_decl", "Friederike Lang", "", "Product Designerin", connected="2025-06-10")
p("applicant", "Samira Haddad", "", "Recruiterin | Tech & Sales",
  invite=("IN", "2025-09-02 20:15", "Hallo Miriam, ich habe mich auf die Talent Partner Stelle beworben - darf ich dir kurz schreiben?"),
  connected="2025-09-03")
p("search", "Oliver Pemberton", "Halden Executive Search", "Partner, Technology Practice", connected="2019-11-05")
p("ats_am", "Greta Holm", "Greenpine ATS", "Customer Success Lead DACH", connected="2022-03-15")
p("source_am", "Philipp Renner", "Sourcely", "Account Manager", connected="2023-01-20")
p("buyer", "Dr. Ingo Rehm", "Spreewald Logistik AG", "COO", connected="2025-10-14")
p("workshop_client", "Ayla Demir", "Fernlicht Health", "Co-Founder & CEO", connected="2024-06-18")
p("peer_ops", "Lukas Brandt", "Parcelhub", "Head of People", connected="2018-08-22")
p("journo", "Vera Schubert", "Hauptstadt Startups", "Redakteurin", connected="2023-05-09")
p("meetup", "Kemal Aydın", "TA Leaders Berlin", "Organiser; Head of Recruiting at Brightlane",
  connected="2020-02-26")
p("att1", "Theresa Vollmer", "Quantbrook", "Talent Acquisition Lead", connected="2025-11-20")
p("att2", "Daniel Osei", "Kobalt Mobility", "Recruiting Manager", connected="2025-11-20")
p("att3", "Ines Carvalho", CO, "Talent Partner", connected="2023-02-01")
p("cand_spam", "Marek Novák", "", "Data Engineer", connected="2025-07-28")
p("sourced", "Hanna Kowalczyk", "Tradeflow", "Staff Engineer")
p("ex_col", "Benedikt Scholz", "Modehaus Online SE", "Director Talent Acquisition", connected="2014-10-01")
p("ceo", "Felix Haarmann", CO, "Co-Founder & CEO", connected="2021-03-30")
p("br", "Gudrun Mertens", CO, "Betriebsratsvorsitzende", connected="2022-01-10")
p("reloc", "Ana Ribeiro", "Welcomepath Relocation", "Senior Relocation Consultant", connected="2022-07-07")
p("brand_ag", "Moritz Kahle", "Stadtlicht Studio", "Creative Director", connected="2024-11-04")
p("design_hm", "Nele Fischer", CO, "Head of Design", connected="2023-06-19")
p("hired", "Arjun Menon", CO, "Senior Data Engineer", connected="2024-12-02")
p("career", "Katja Wendler", "Hochschule für Technik Berlin", "Career Service", connected="2019-03-11")
p("referrer", "Björn Lüdtke", CO, "Staff Engineer", connected="2021-09-15")
p("mentee", "Zoe Hartley", "Fieldnote", "Junior Recruiter", connected="2025-02-14")
p("cfo", "Stefanie Wirth", CO, "CFO", connected="2022-05-02")
p("freelance_ok", "Paula Reinholz", "", "Freelance Tech Sourcer", connected="2020-06-30")
p("cand_visa", "Leandro Costa", "", "Frontend Engineer (React)", connected="2025-08-11")

# ----------------------------------------------------------------- people: wanted pitches
p("w_interview", "Eva Lindner", "Scorewise", "Co-Founder", connected="2025-04-23")
p("w_survey", "Chris Albright", "Candor CX", "Head of Partnerships EMEA")
p("w_paytrans", "Dr. Julia Sauer", "Bandbreite Vergütungsberatung", "Partnerin")
p("w_datarec", "Niklas Ohm", "Datenwerk Recruiting", "Managing Partner")
p("w_assess", "Maya Goldberg", "", "Freelance technical interviewer (ex-Staff Engineer)")
p("w_lisbon", "Rui Fontes", "Atlantico Talent", "Founder")
p("w_integr", "Sven Thorsen", "Bridgeflow HR", "Solutions Engineer")
p("w_kununu", "Lea Marquardt", "Klartext Employer Branding", "Beraterin")
p("w_poland", "Agnieszka Zielińska", "", "Freelance sourcer, CEE tech markets", connected="2025-07-01")
p("w_board", "Priya Natarajan", "WomenWhoShip", "Community & Partnerships")
p("w_reloc", "Jan Kessler", "Ankommen Berlin", "Gründer")
p("w_exec", "Charlotte Brenner", "Brenner & Vogt Executive Search", "Partnerin")

# ----------------------------------------------------------------- people: junk senders
p("j_fill", "Dennis Wolf", "TalentRapid", "Senior Recruiter")
p("j_rpo", "Hayden Cross", "ScaleHire RPO", "VP Sales Europe")
p("j_capacity", "Marco Bianchi", "ClientFlow", "Founder")
p("j_likeminded", "Svetlana Krüger", "", "Unternehmerin | Coach | Speakerin")
p("j_15min", "Ben Carter", "HireGenius AI", "Account Executive")
p("j_c2p1", "Robert Hahn", "Hahn Personal", "Personalvermittler",
  invite=("IN", "2025-05-19 09:10", ""), connected="2025-05-20")
p("j_c2p2", "Emily Shaw", "PeopleStack", "SDR",
  invite=("IN", "2025-08-25 16:20", "Hi Miriam, love your content on hiring!"), connected="2025-08-26")
p("j_c2p3", "Tanja Reuter", "Leuchtkraft Coaching", "Coach für Führungskräfte",
  invite=("IN", "2025-10-06 07:45", ""), connected="2025-10-07")
p("j_bump", "Matthias Kern", "Kern Recruiting Solutions", "Geschäftsführer")
p("j_tpl1", "Jake Morrison", "Apex Tech Talent", "Principal Consultant")
p("j_tpl2", "Sophie Lambert", "Codehunters", "Senior Talent Consultant")
p("j_tpl3", "Ahmed Nasser", "StackMatch Recruitment", "Recruitment Consultant")
p("j_tpl4", "Kevin Baumann", "ITalents Berlin", "Personalberater")
p("j_tpl5", "Lucy Brennan", "Brennan Digital Recruitment", "Director")
p("j_merge1", "Paul Ritter", "JobMagnet", "Sales")
p("j_merge2", "Olivia Hart", "TalentSummit Europe", "Partnerships")
p("j_merge3", "Torsten Vogel", "Vogel HR Consulting", "Berater")
p("j_merge4", "Grace Kim", "Hirewell Analytics", "Sales Development")
p("sp_hrcert", "Institute for People Analytics", url="https://www.linkedin.com/company/institute-for-people-analytics")
p("sp_eor", "Globalemploy", url="https://www.linkedin.com/company/globalemploy")
p("sp_office", "Deskhaus Coworking", url="https://www.linkedin.com/company/deskhaus-coworking")
p("j_award", "Nadine Förster", "HR Excellence Awards DACH", "Award Management")
p("j_list", "Tom Whitaker", "Top 40 People Leaders", "Editor")
p("j_podcast", "Sandra Mai", "Recruiting Rockstars Podcast", "Host")
p("j_fluent", "Jessica Lorenz", "Talentverse", "Enterprise Account Executive")
p("j_intgeneric", "Noah Fischer", "InterviewPro", "Sales")
p("j_surveygen", "Mia Schulte", "Feedbackly", "Vertrieb")
p("j_compgen", "Richard Olsen", "PayGrade Global", "Business Development")
p("j_datagen", "Sarah O'Brien", "TechTalent Direct", "Recruiter")
p("j_eorgen", "Diego Martínez", "Borderless Teams", "Growth")
p("j_plants", "Lena Grün", "Bürogrün", "Vertrieb")
p("j_crypto", "Maximilian Stark", "", "Investor | Web3 | Freedom")
p("j_offshore", "Sanjay Patel", "TalentBridge Offshore", "Business Head")
p("j_jobboard", "Felix Brauer", "Jobwelle", "Key Account")
p("j_wine", "Giulia Rossi", "Vino per Team", "Corporate Gifts")
p("j_course", "Anna Weber", "Recruiting Academy Pro", "Programmleitung")

# =================================================================== GENUINE (35)

c("genuine", "hiring_manager_pipeline", "en", "VP Engineering on backend pipeline", [
    ("vpe", "2026-01-13 09:40", "Morning Miriam - for the two backend roles, can we drop the take-home? Tomasz said it took him 7 hours. Let's do a pairing session instead."),
    ("me", "2026-01-13 10:05", "Yes, overdue. I'll update the loop in Greenpine today. Can you find two pairing interviewers who aren't Björn? He's done 11 this month."),
    ("vpe", "2026-01-13 10:10", "Fair. I'll ask Kofi and Ana."),
])

c("genuine", "hiring_manager_headcount", "de", "Sales-Direktorin plant drei AE-Stellen", [
    ("sales_hm", "2025-12-02 14:20", "Hi Miriam, ich hab fürs Q1 Freigabe für drei Account Executives DACH. Können wir nächste Woche das Profil schärfen? Ich will diesmal Leute aus der Logistik, nicht nur SaaS-Verkäufer."),
    ("me", "2025-12-02 15:00", "Super Nachricht! Dienstag 11 Uhr? Ich bring die Gehaltsbänder mit, damit wir beim Recruiting nicht wieder über Budget diskutieren."),
    ("sales_hm", "2025-12-02 15:02", "Jut, Dienstag 11. 🙏"),
])

c("genuine", "candidate_offer_question", "en", "candidate asks about the offer details", [
    ("cand_eng", "2025-05-20 19:30", "Hi Miriam, thanks again for the offer. Two questions before I sign: is the equity vesting monthly after the cliff, and could the start date be 1 August instead of July? We're moving flat in Friedrichshain in July."),
    ("me", "2025-05-21 09:00", "Hi Tomasz, great to hear! Yes, monthly after a 12-month cliff. 1 August is absolutely fine - I'll send the updated contract today."),
    ("cand_eng", "2025-05-21 09:12", "Perfect, thank you!"),
])

c("genuine", "candidate_declines", "de", "Kandidatin sagt freundlich ab", [
    ("cand_decl", "2025-06-24 18:00", "Liebe Miriam, danke für das tolle Angebot und die offenen Gespräche. Ich habe mich nach langem Hin und Her für eine Stelle in Hamburg entschieden, wegen meiner Familie. Es hat nichts mit Loomwell zu tun, ich hätte gern mit Nele gearbeitet."),
    ("me", "2025-06-24 18:40", "Liebe Friederike, schade, aber total nachvollziehbar. Danke für die ehrliche Nachricht. Wenn's dich irgendwann zurück nach Berlin zieht - melde dich!"),
])

c("genuine", "job_applicant", "de", "Bewerberin für Talent-Partner-Stelle, mit Lebenslauf", [
    ("applicant", "2025-09-03 08:15", "Hallo Miriam, danke fürs Annehmen! Ich habe mich gestern auf die Talent Partner (Tech) Stelle beworben. Ich recruite seit 4 Jahren Engineers bei einer Agentur und will unbedingt inhouse. Mein CV hängt an, falls das hier schneller geht 🙂"),
    ("me", "2025-09-03 12:30", "Hi Samira, danke dir! Ich sehe deine Bewerbung im System, Ines meldet sich diese Woche für ein erstes Gespräch."),
], attachments={0: "https://www.linkedin.com/dms/samira-haddad-cv-2025.pdf"})

c("genuine", "engaged_search_firm", "en", "executive search firm she retained; fee and shortlist", [
    ("me", "2025-03-04 10:00", "Hi Oliver, as discussed we'd like to go ahead with the VP Product search. Retained, one third of first-year cash as per your proposal, with the 6-month guarantee. Can you start next week?"),
    ("search", "2025-03-04 11:20", "Hi Miriam, delighted. Yes - kick-off with Felix on Monday? I'll send the engagement letter now. First longlist in three weeks."),
    ("search", "2025-03-27 17:00", "Longlist of 14 in the portal. Three are in Berlin, two would relocate from Amsterdam. Shall we go through it Friday?"),
    ("me", "2025-03-27 17:30", "Friday 2pm. Thanks Oliver."),
])

c("genuine", "existing_vendor_price_change", "en", "ATS vendor announces new pricing model at renewal", [
    ("ats_am", "2025-10-01 09:00", "Hi Miriam, ahead of your renewal in January I wanted to give you a heads-up personally: Greenpine is moving from per-recruiter seats to per-employee pricing. For Loomwell at ~300 employees that comes to €21,600/year vs €16,800 today. I know that's a jump - I can lock your current rate for 12 more months if you sign a 2-year renewal before 15 November."),
    ("me", "2025-10-01 10:30", "Hi Greta, thanks for telling me directly. That's a 29% increase for the same product. Let me talk to Stefanie in finance; a 2-year lock might work."),
    ("ats_am", "2025-10-01 10:45", "Understood. I'll send the two options in writing."),
])

c("genuine", "existing_vendor_renewal", "de", "Sourcing-Tool Verlängerung, Verhandlung", [
    ("source_am", "2025-11-18 13:30", "Hallo Miriam, eure Sourcely-Lizenzen (3 Seats) laufen Ende Dezember aus. Ich kann euch die Verlängerung zum gleichen Preis anbieten, plus den neuen Outreach-Kalender umsonst für 6 Monate. Passt ein kurzer Call diese Woche?"),
    ("me", "2025-11-18 16:00", "Hi Philipp, wir brauchen nur noch 2 Seats. Wenn der Preis pro Seat gleich bleibt, verlängern wir. Call brauch ich nicht, schick einfach das Angebot."),
    ("source_am", "2025-11-18 16:15", "Alles klar, kommt morgen."),
])

c("genuine", "inbound_buyer_product", "de", "Interessent will das Produkt kaufen, schreibt an sie", [
    ("buyer", "2025-10-15 08:30", "Guten Morgen Frau Albers, wir haben Sie auf der Karrierefachmesse kennengelernt. Ehrlich gesagt interessiert uns gar nicht die Karriere, sondern Ihre Software - wir wollen 2026 unsere Disposition in 12 Lagern umstellen. Wer ist bei Ihnen der richtige Ansprechpartner im Vertrieb?"),
    ("me", "2025-10-15 09:10", "Guten Morgen Herr Rehm, haha, das freut mich trotzdem! Ich verbinde Sie mit Carla Neumeyer, sie leitet den Vertrieb DACH. Sie meldet sich heute noch."),
    ("buyer", "2025-10-15 09:15", "Vielen Dank, sehr freundlich."),
])

c("genuine", "client_quote_workshop", "en", "founder asks what she charges for an interviewer-training workshop", [
    ("workshop_client", "2025-07-08 12:00", "Hi Miriam! We loved your structured interviewing talk. We're 40 people and our founders (me included) interview terribly. Would you run a half-day workshop for our hiring managers as a side gig? What would you charge?"),
    ("me", "2025-07-08 20:10", "Hi Ayla, that's kind! I do a couple per year outside of Loomwell (cleared with Felix). Half a day for up to 10 people is €1,800 plus the scorecard templates. September works best for me."),
    ("workshop_client", "2025-07-08 20:30", "Deal - let's do mid September. I'll send dates."),
])

c("genuine", "peer_joint_offer", "de", "HR-Peer schlägt gemeinsames Angebot vor (geteilter Talentpool/Messestand)", [
    ("peer_ops", "2025-04-02 17:45", "Miri! Idee: wir teilen uns auf der Berliner Tech-Jobmesse einen Stand statt jeder 4.500 € zu zahlen. Ihr sucht Backend, wir Ops - wir schicken uns gegenseitig die Leute, die nicht passen. Sollen wir dem Veranstalter ein gemeinsames Angebot machen?"),
    ("me", "2025-04-02 18:20", "Lukas, ich liebe es. Lass uns 6.000 € für den großen Stand anbieten, dann haben beide mehr Platz. Ich frag Felix, aber er sagt eh ja wenn's billiger ist 😄"),
    ("peer_ops", "2025-04-02 18:22", "Haha. Ich schreib denen morgen."),
])

c("genuine", "journalist_enquiry", "de", "Journalistin fragt nach Einstellungsplänen", [
    ("journo", "2025-08-19 10:30", "Hallo Frau Albers, ich schreibe über Berliner Scale-ups, die trotz Flaute wieder einstellen. Hätten Sie Zeit für ein kurzes Telefonat? Gern auch Zahlen, soweit Sie dürfen."),
    ("me", "2025-08-19 11:15", "Hallo Frau Schubert, gern. Zahlen muss ich mit unserer Kommunikation abstimmen. Donnerstag 15 Uhr?"),
])

c("genuine", "event_invite_peer", "en", "TA Leaders Berlin organiser invites her to the next meetup", [
    ("meetup", "2025-10-20 21:00", "Hey Miriam, next TA Leaders meetup is 20 Nov at our office in Mitte. Would you do the panel on the pay transparency directive? You're the only one of us who has actually rolled out salary bands."),
    ("me", "2025-10-20 21:30", "Kemal! Yes, happy to. Just no slides please, I'm slide-tired."),
    ("meetup", "2025-10-20 21:32", "Fireside chat it is. Pizza and Club Mate as usual."),
])

c("genuine", "thanks_after_panel", "en", "near-duplicate thanks 1 after the meetup panel", [
    ("att1", "2025-11-21 08:40", "Hi Miriam, thank you for the panel last night - super practical. The bit about publishing bands internally first was exactly what we needed to hear."),
])
c("genuine", "thanks_after_panel", "en", "near-duplicate thanks 2 after the meetup panel", [
    ("att2", "2025-11-21 09:05", "Thanks for the panel last night Miriam! Really practical - publishing the bands internally first is what I'm taking back to our team."),
    ("me", "2025-11-21 09:50", "Thanks Daniel, glad it helped! Happy to share our rollout checklist."),
])
c("genuine", "thanks_after_panel", "de", "fast gleicher Dank 3 nach dem Panel (Teamkollegin)", [
    ("att3", "2025-11-21 09:30", "Danke für gestern Abend, du warst großartig auf dem Panel! Die Idee mit den Bändern zuerst intern hat alle überzeugt."),
])

c("genuine", "genuine_in_spam", "en", "candidate's thank-you after interview landed in SPAM", [
    ("cand_spam", "2025-07-30 19:10", "Hi Miriam, thank you for organising the interviews today, and please thank Arjun for the system design round - it was the most fun interview I've had in years. Looking forward to hearing from you."),
], folder="SPAM")

c("genuine", "owner_started_sourcing", "en", "owner sources a candidate (outbound), candidate interested", [
    ("me", "2025-09-15 10:20", "Hi Hanna, I read your write-up on migrating Tradeflow's event pipeline off RabbitMQ - that's very close to what our platform team is about to do. We're hiring a Staff Engineer for exactly that. No pressure at all, but would you be open to a 20-minute chat with our VP Engineering?"),
    ("sourced", "2025-09-16 21:05", "Hi Miriam, thanks for actually reading it :) I'm not actively looking but a chat can't hurt. Next week Wednesday?"),
    ("me", "2025-09-17 08:30", "Wonderful - I'll send Jonas's calendar link."),
])

c("genuine", "owner_started_referral_ask", "de", "Inhaberin fragt langjährigen Ex-Kollegen (seit 2014) nach Empfehlung", [
    ("me", "2025-04-14 19:00", "Hi Bene, lange nicht gehört! Kennst du jemanden für Employer Branding, der nicht nur hübsche Videos macht? Ihr hattet doch damals die Kampagne mit den echten Teams."),
    ("ex_col", "2025-04-14 20:45", "Miri!! Ja, Stadtlicht Studio, frag nach Moritz Kahle. Sag, dass ich dich schicke. Und wir gehen endlich mal wieder ein Bier trinken, Markthalle Neun?"),
    ("me", "2025-04-14 20:50", "Danke!! Bier ja, nächste Woche."),
])

c("genuine", "ceo_headcount_plan", "en", "CEO asks about the 2026 headcount plan", [
    ("ceo", "2025-11-28 22:10", "Miriam, board wants the 2026 hiring plan with cost per hire by Friday. Can you do a one pager? Keep agency spend separate please."),
    ("me", "2025-11-29 09:00", "Will do. Spoiler: agency spend is down 60% vs 2024."),
    ("ceo", "2025-11-29 09:05", "🙌"),
])

c("genuine", "works_council", "de", "Betriebsrat zur Stellenausschreibung", [
    ("br", "2025-06-03 11:00", "Hallo Miriam, zur Stelle Customer Success Manager: die muss laut unserer Vereinbarung zwei Wochen intern ausgeschrieben sein, bevor sie extern geht. Ich sehe sie schon auf LinkedIn. Kannst du das bitte prüfen?"),
    ("me", "2025-06-03 11:30", "Hallo Gudrun, du hast recht, das ist mir durchgerutscht. Ich nehme die externe Anzeige bis zum 17. offline. Danke fürs Aufpassen."),
])

c("genuine", "relocation_vendor", "en", "existing relocation vendor about a candidate's Blue Card", [
    ("reloc", "2025-08-20 14:00", "Hi Miriam, Leandro's Blue Card appointment at the LEA is confirmed for 9 Sept. His apartment in Neukölln is secured from 1 Sept. Invoice for the full package (€3,950) follows as agreed."),
    ("me", "2025-08-20 14:30", "Amazing, thank you Ana! Please send the invoice to finance@ as usual."),
])

c("genuine", "engaged_branding_agency", "de", "beauftragte Employer-Branding-Agentur schickt Entwürfe", [
    ("brand_ag", "2025-06-30 17:20", "Hi Miriam, die drei Rohschnitte vom Engineering-Team sind im Drive. Björn ist ein Naturtalent vor der Kamera 😄 Feedback bis Freitag wäre super, dann liefern wir am 15.7."),
    ("me", "2025-07-01 09:15", "Hi Moritz, die sind toll! Nur bei Video 2 bitte das Whiteboard mit der Roadmap rausschneiden, das ist noch nicht öffentlich."),
    ("brand_ag", "2025-07-01 09:40", "Oh, gut gesehen. Wird gemacht."),
])

c("genuine", "hiring_manager_frustrated", "de", "Head of Design frustriert über Pipeline", [
    ("design_hm", "2025-10-08 16:40", "Miriam, ehrlich, seit 6 Wochen kein einziger Kandidat für die Senior Design Stelle, der Figma-Prototyping kann. Sollen wir doch eine Agentur nehmen?"),
    ("me", "2025-10-08 17:10", "Verstehe den Frust. Bevor wir 25 % Fee zahlen: lass uns das Gehaltsband anschauen, wir liegen 8k unter Markt. Ich hab Daten dazu, 15 Minuten morgen?"),
    ("design_hm", "2025-10-08 17:12", "Ok. 10 Uhr."),
])

c("genuine", "team_member_coordination", "mixed", "Teamkollegin: Übergabe, gemischt de/en", [
    ("att3", "2025-12-15 08:10", "Morgen Miri, ich bin krank 🤒 Can you take my 11am screening with the Data PM candidate? Notes are in Greenpine."),
    ("me", "2025-12-15 08:20", "Klar, gute Besserung! I'll take it, lie down."),
])

c("genuine", "hired_candidate_thanks", "en", "hire thanks her one year later", [
    ("hired", "2025-12-02 12:30", "Miriam, it's exactly one year since I started! Just wanted to say thanks for fighting for my offer when the budget was frozen. Best move I've made."),
    ("me", "2025-12-02 13:00", "Arjun, that made my day! Happy Loomwell anniversary 🎉"),
])

c("genuine", "career_fair_invite_with_fee", "de", "Hochschul-Career-Service lädt zur Messe ein, Standgebühr", [
    ("career", "2025-09-09 10:00", "Liebe Frau Albers, schön, dass Loomwell letztes Jahr dabei war! Die Firmenkontaktmesse ist am 22.10. Standgebühr wie im Vorjahr 950 € für Start-ups bis 500 Mitarbeitende. Soll ich Sie wieder einplanen?"),
    ("me", "2025-09-09 11:20", "Liebe Frau Wendler, ja bitte, gleicher Platz wie letztes Jahr, wenn möglich in der Nähe der Informatik."),
])

c("genuine", "employee_referral", "de", "Mitarbeiter empfiehlt eine Bekannte", [
    ("referrer", "2025-05-12 13:15", "Hey Miriam, eine alte Kollegin von mir (Infra, Kubernetes, sehr gut) sucht was Neues. Soll ich sie über das Referral-Tool eintragen oder dir direkt den CV schicken?"),
    ("me", "2025-05-12 13:30", "Bitte übers Tool, dann bekommst du auch die Prämie 😉 Danke Björn!"),
])

c("genuine", "peer_salary_benchmark", "en", "HR peer asks to swap salary benchmarks", [
    ("peer_ops", "2025-02-18 18:00", "Hey Miri, we're building bands for the directive too. Would you swap anonymised engineering ranges with us? I'll share our ops and CS ranges in return. Happy to sign something."),
    ("me", "2025-02-18 19:10", "Yes, let's do it properly with an NDA via legal. I'll send our L3-L5 ranges once it's signed."),
])

c("genuine", "mentee_advice", "en", "junior recruiter asks for advice", [
    ("mentee", "2025-03-10 20:20", "Hi Miriam, sorry for the random message - I'm 6 months into my first recruiting job and I keep getting ghosted by engineers. Is it my messages? Would you look at one?"),
    ("me", "2025-03-11 08:40", "Hi Zoe, not random at all, we've all been there. Send me one and I'll give you honest feedback. Tip in advance: shorter, and say why *them*."),
    ("mentee", "2025-03-11 08:45", "Thank you so much!!"),
])

c("genuine", "cfo_agency_budget", "de", "CFO fragt nach Agenturbudget", [
    ("cfo", "2025-01-27 17:30", "Hi Miriam, wie viel Agenturbudget planst du fürs Q2? Ich sehe noch die Halden-Rechnung für die VP-Product-Suche als Risiko."),
    ("me", "2025-01-27 18:00", "Die Halden-Suche ist die einzige, ca. 65k in drei Raten. Sonst null. Details im Sheet."),
])

c("genuine", "candidate_visa_question", "en", "candidate asks about visa and relocation", [
    ("cand_visa", "2025-07-10 22:00", "Hi Miriam, I'm in Porto now. If I get the offer, does Loomwell help with the Blue Card and finding a flat? Berlin flats scare me a bit 😅"),
    ("me", "2025-07-11 09:00", "Hi Leandro, yes - we work with Welcomepath, they handle the visa appointment and temporary flat. Berlin flats scare all of us, don't worry."),
])

c("genuine", "hiring_team_group", "en", "group chat for a Staff Engineer interview loop", [
    ("vpe", "2025-09-29 11:00", "Loop for Hanna is Thursday: system design 10-11, pairing 11:15-12:15, values 13:00. Everyone ok?"),
    ("referrer", "2025-09-29 11:05", "I can do pairing."),
    ("me", "2025-09-29 11:10", "I'll do values and the debrief at 14:00. Please write scorecards BEFORE the debrief this time 🙏"),
], title="Staff Eng loop - Hanna K.")

c("genuine", "freelance_sourcer_engaged", "de", "beauftragte Freelance-Sourcerin zur Rechnung", [
    ("freelance_ok", "2025-04-30 18:00", "Hi Miriam, der Sprint für die Data-Rollen ist durch: 62 angesprochen, 19 Antworten, 7 im Prozess. Rechnung über 12 Tage à 650 € kommt morgen. Willst du im Juni nochmal einen Sprint?"),
    ("me", "2025-04-30 19:15", "Paula, klasse Arbeit wie immer. Juni ja, gleiche Konditionen. Ich sag dir bis Mitte Mai welche Rollen."),
])

c("genuine", "long_standing_catchup", "de", "langjähriger Kontakt, Bier-Verabredung", [
    ("ex_col", "2026-01-09 19:30", "Frohes Neues! Steht das Bier noch? Ich hab Neuigkeiten, die du hören solltest, bevor sie auf LinkedIn sind 😉"),
    ("me", "2026-01-09 20:00", "Jetzt bin ich neugierig! Donnerstag nach der Arbeit, Markthalle?"),
])

# =================================================================== WANTED PITCHES (12)

c("wanted_pitch", "interview_tool_post", "en", "homework: quotes her post about scorecards written after debriefs", [
    ("w_interview", "2025-04-24 09:30", "Hi Miriam, thanks for connecting. Your post about interviewers writing scorecards *after* the debrief (and copying the loudest person) was painfully accurate. We built Scorewise to lock each scorecard before anyone can see the others, and it plugs into Greenpine. Would you try it on one hiring loop for free and tell me where it breaks?"),
    ("me", "2025-04-24 11:00", "Hi Eva, that is exactly my pet peeve. Yes, let's try it on the Staff Engineer loop."),
])

c("wanted_pitch", "candidate_survey_talk", "en", "homework: attended her talk on candidate drop-off", [
    ("w_survey", "2025-11-24 10:15", "Hi Miriam, I was at TA Leaders Berlin and your point that 40% of your candidates drop between the first call and the technical round stuck with me. We run short candidate-experience surveys at each stage, so you'd see *why* they drop. Two Berlin scale-ups use it with Greenpine. Would a 20-minute walk-through be useful in January?"),
    ("me", "2025-11-24 12:00", "Hi Chris, yes - January. The drop-off is the number my CEO keeps asking about."),
])

c("wanted_pitch", "pay_transparency_site", "de", "Hausaufgabe: hat ihre Karriereseite angeschaut (keine Gehaltsspannen, EU-Richtlinie)", [
    ("w_paytrans", "2025-05-06 09:00", "Sehr geehrte Frau Albers, ich habe mir Loomwells Karriereseite angesehen: 23 offene Stellen, bei keiner steht eine Gehaltsspanne. Ab Juni 2026 verlangt die EU-Entgelttransparenzrichtlinie das schon vor dem Gespräch. Wir bauen für Tech-Unternehmen Ihrer Größe Gehaltsbänder, die auch vor dem Betriebsrat halten - zuletzt für ein Berliner Fintech mit 280 Mitarbeitenden. Darf ich Ihnen ein Beispiel einer Bandstruktur schicken?"),
    ("me", "2025-05-06 10:30", "Hallo Frau Sauer, gutes Timing. Ja, schicken Sie mir das Beispiel - und ein grobes Angebot."),
])

c("wanted_pitch", "niche_recruiter_open_roles", "de", "Hausaufgabe: nennt konkrete, lange offene Data-Stellen", [
    ("w_datarec", "2025-06-16 14:00", "Hallo Miriam, eure Stellen 'Senior Analytics Engineer' und 'ML Engineer (Forecasting)' sind seit über 100 Tagen online. Wir sind eine kleine Agentur nur für Data-Rollen und haben gerade zwei Analytics Engineers mit dbt + Logistik-Erfahrung im Prozess, die nach Berlin wollen. Nur für diese zwei Stellen, Erfolgshonorar 18 %. Ist das ein Gespräch wert, oder macht ihr Data komplett inhouse?"),
    ("me", "2025-06-16 18:20", "Hallo Niklas, ehrlich gesagt ja, das ML-Profil ist schwierig. Schick mir die zwei anonymisierten Profile und eure AGB."),
])

c("wanted_pitch", "assessment_mutual_contact", "en", "homework: mutual contact by name (Jonas Pfeiffer)", [
    ("w_assess", "2025-02-24 16:30", "Hi Miriam, Jonas Pfeiffer and I worked together at Tradeflow and he mentioned your engineers are doing 11+ interviews a month each. I'm a former Staff Engineer who now runs system design interviews as a freelancer - calibrated to your rubric, write-up within 24h. I do this for two other Berlin companies. Jonas said you'd be the person to decide. Could we talk?"),
    ("me", "2025-02-24 18:00", "Hi Maya, Jonas did mention you! Let's talk - Thursday?"),
])

c("wanted_pitch", "lisbon_press_item", "en", "homework: press coverage of Series C and Lisbon office", [
    ("w_lisbon", "2025-03-18 11:00", "Hi Miriam, congratulations on the Series C - I read in Hauptstadt Startups that Loomwell is opening a Lisbon office with 25 engineers this year. I'm a Lisbon-based recruiter (ex-Farfetch TA) and I know the local backend market and salary reality well. If you're building the first team, I could help with market mapping and the first 5 hires on a fixed fee. Happy to share what salaries look like there right now, even if you don't need me."),
    ("me", "2025-03-18 13:45", "Hi Rui, thanks! Salary data would be very welcome, we're still guessing. Let's chat."),
])

c("wanted_pitch", "integration_her_tools", "de", "Hausaufgabe: kennt ihre Tools (Greenpine + Personalo)", [
    ("w_integr", "2025-08-05 10:00", "Hallo Frau Albers, Loomwell nutzt laut euren Stellenanzeigen Greenpine als ATS und Personalo als HR-System - und in eurer Talent-Partner-Anzeige steht 'Daten manuell ins HR-System übertragen' als Aufgabe 🙂. Unsere Integration legt bei Vertragsunterschrift den Mitarbeiter automatisch in Personalo an, inkl. Startdatum und Kostenstelle. Soll ich Ihnen eine 15-minütige Demo mit Ihren Feldern zeigen?"),
    ("me", "2025-08-05 12:00", "Ha, erwischt. Ja, gern, aber bitte mit unserem IT-Lead dabei."),
])

c("wanted_pitch", "employer_branding_reviews", "de", "Hausaufgabe: konkrete Punkte aus ihren öffentlichen Arbeitgeberbewertungen", [
    ("w_kununu", "2025-10-28 15:30", "Hallo Miriam, ich habe eure Bewertungen auf den Arbeitgeberportalen gelesen: bei Mitarbeitenden 4,4, aber bei Bewerbenden 3,1 - fast alle negativen Kommentare nennen 'keine Rückmeldung nach dem Interview'. Das lässt sich gut lösen, mit Prozess, nicht mit Kampagne. Ich habe das letztes Jahr bei einem Mobility-Start-up gemacht (von 2,9 auf 4,0). Hast du Lust auf einen Austausch?"),
])

c("wanted_pitch", "sourcer_poland_post", "en", "homework: reacts to her post about hiring in Poland", [
    ("w_poland", "2025-07-02 09:00", "Hi Miriam, thanks for accepting! You posted that Loomwell is considering remote engineers in Poland but doesn't know the Wrocław vs Kraków market. I'm a freelance sourcer based in Wrocław - I could do a 2-week market map for Go/Kafka engineers in both cities: numbers, salary ranges, competitors hiring. Fixed €2,400. Want to see a sample from a previous map?"),
    ("me", "2025-07-02 10:30", "Hi Agnieszka, yes please send the sample. That's exactly the question we keep going round in circles on."),
])

c("wanted_pitch", "women_tech_board_report", "en", "homework: cites her company's published diversity figures", [
    ("w_board", "2025-09-22 14:00", "Hi Miriam, your 2024 impact report says 19% of Loomwell's engineers are women and the goal is 30% by 2027. WomenWhoShip is a community of 8,000 women engineers in DACH; our job board is small but targeted, and we run a Berlin meetup where companies can host. Happy to share the numbers from the last three companies who hosted, so you can judge if it's worth it."),
    ("me", "2025-09-23 09:00", "Hi Priya, yes, please share the numbers."),
])

c("wanted_pitch", "relocation_her_podcast", "de", "Hausaufgabe: hat ihr Podcast-Interview gehört (40 % international)", [
    ("w_reloc", "2025-12-09 11:00", "Hallo Miriam, ich hab dein Interview im 'People & Code' Podcast gehört - 40 % eurer Einstellungen kommen von außerhalb Deutschlands, und du hast gesagt, dass der Anmeldetermin im Bürgeramt regelmäßig den Start verzögert. Wir sind ein kleiner Berliner Dienst, der genau das übernimmt: Anmeldung, Steuer-ID, Bankkonto, in der ersten Woche. Kein Vollpaket wie die großen Relocation-Firmen, dafür 390 € pro Person. Interesse, das mal zu testen?"),
    ("me", "2025-12-09 13:30", "Hallo Jan, ja! Ana von Welcomepath macht Visa super, aber das Bürgeramt ist unser Albtraum. Lass uns Anfang Januar sprechen."),
])

c("wanted_pitch", "recruiter_relevant_role_for_her", "de", "Personalberaterin mit passender Rolle für sie (Director Talent)", [
    ("w_exec", "2026-01-20 18:00", "Liebe Frau Albers, ich suche für ein Berliner Climate-Tech-Unternehmen (ca. 600 Mitarbeitende, Series D) eine Director Talent Acquisition, die Gehaltsbänder und internationale Einstellungen aufgebaut hat. Ihr Panel zur Entgelttransparenz wurde mir von zwei Personen empfohlen. Ich weiß, dass Sie bei Loomwell viel aufgebaut haben - wäre ein vertrauliches Gespräch trotzdem denkbar?"),
    ("me", "2026-01-21 08:30", "Liebe Frau Brenner, danke für die Nachricht. Aktuell nicht, aber schicken Sie mir gern die Eckdaten für die Zukunft."),
])

# =================================================================== JUNK (38)

c("junk", "offers_what_she_does", "de", "Agentur bietet genau ihre Arbeit an (Stellen füllen)", [
    ("j_fill", "2025-02-11 09:00", "Hallo Miriam, wir besetzen Ihre offenen Stellen in durchschnittlich 14 Tagen - IT, Vertrieb, Marketing, alles. Keine Vorabkosten, nur bei Erfolg. Welche Position brennt bei Ihnen gerade am meisten?"),
])
c("junk", "offers_what_she_does", "en", "RPO offers to run her whole TA function", [
    ("j_rpo", "2025-03-25 14:30", "Hi Miriam, have you considered outsourcing your entire talent acquisition function? ScaleHire RPO embeds a dedicated team that scales up and down with your hiring needs - typically 30% cheaper than in-house. Can I share a case study?"),
])
c("junk", "capacity_for_new_clients", "en", "'capacity for new clients?' (assumes she is an agency)", [
    ("j_capacity", "2025-04-07 08:15", "Hey Miriam, quick one - do you have capacity to take on 5 new clients this quarter? We help recruitment agencies land retained clients through LinkedIn automation. If yes, I'll send over a short video."),
])
c("junk", "like_minded_entrepreneurs", "de", "'gleichgesinnte Unternehmerinnen'", [
    ("j_likeminded", "2025-06-09 07:30", "Liebe Miriam, ich liebe es, mich mit gleichgesinnten, visionären Frauen zu vernetzen 💫 Ich habe einen Mastermind-Kreis für Unternehmerinnen gegründet, die 2025 auf das nächste Level wollen. Magst du dich mal austauschen?"),
])
c("junk", "quick_15_minute_call", "en", "'quick 15-minute call' AI sourcing tool", [
    ("j_15min", "2025-05-14 15:00", "Hi Miriam, can I grab 15 minutes of your time this week? HireGenius AI finds, screens and engages candidates automatically - recruiters save 20 hours a week. Does Thursday or Friday work?"),
])
c("junk", "connect_then_pitch", "de", "Vernetzen, Smalltalk beantwortet, dann Personalvermittlung", [
    ("j_c2p1", "2025-05-20 10:00", "Hallo Miriam, danke fürs Annehmen! Bist du auch beim HR-Festival in Kreuzberg nächste Woche?"),
    ("me", "2025-05-20 13:00", "Hi Robert, nein, dieses Jahr leider nicht, zu viele offene Stellen 😅"),
    ("j_c2p1", "2025-05-20 13:20", "Apropos offene Stellen 😉 Wir haben aktuell sehr gute Java- und Go-Entwickler im Pool, die sofort verfügbar sind. Honorar 22 %. Soll ich dir ein paar Profile schicken?"),
])
c("junk", "connect_then_pitch", "en", "connect, compliment, then HR-tech pitch, no reply", [
    ("j_c2p2", "2025-08-26 09:00", "Hi Miriam, thanks for connecting! Your posts on hiring are so refreshing. What's your biggest focus for H2?"),
    ("j_c2p2", "2025-08-28 09:00", "PeopleStack brings your ATS, HRIS and payroll into one platform. Teams like yours save 10+ hours a week. Worth a quick look?"),
    ("j_c2p2", "2025-09-04 09:00", "Hi Miriam, just bumping this in case it got buried!"),
])
c("junk", "connect_then_pitch", "de", "Vernetzen, Frage, dann Coaching-Angebot", [
    ("j_c2p3", "2025-10-07 08:00", "Guten Morgen Miriam, schön, dass wir vernetzt sind! Wie geht es dir in deiner Rolle gerade so?"),
    ("j_c2p3", "2025-10-09 08:00", "Viele Führungskräfte im HR fühlen sich zwischen Geschäftsführung und Team aufgerieben. In meinem 8-Wochen-Coaching 'Klarheit in Führung' sind noch zwei Plätze frei. Soll ich dir die Infos schicken?"),
])
c("junk", "follow_up_bumps", "de", "Nachfass-Bumps ohne Antwort (Personalberatung)", [
    ("j_bump", "2025-01-20 10:00", "Hallo Frau Albers, Kern Recruiting Solutions unterstützt Tech-Unternehmen bei der Besetzung schwieriger Positionen. Darf ich mich kurz vorstellen?"),
    ("j_bump", "2025-01-28 10:00", "Hallo Frau Albers, ich wollte mich noch einmal in Erinnerung rufen."),
    ("j_bump", "2025-02-05 10:00", "Hallo Frau Albers, haben Sie meine Nachricht gesehen?"),
    ("j_bump", "2025-02-17 10:00", "Letzter Versuch 🙂 Sollen wir doch mal telefonieren?"),
])
c("junk", "template_perfect_candidate", "en", "shared template 1/5: 'perfect candidate' spec CV", [
    ("j_tpl1", "2025-06-02 08:45", "Hi Miriam, I noticed you're hiring a Senior Backend Engineer. I'm currently representing an exceptional candidate - 8 years Go, ex-FAANG, available in 4 weeks - who would be a perfect fit for Loomwell. Shall I send over the anonymised CV? Our terms are 25%."),
])
c("junk", "template_perfect_candidate", "en", "shared template 2/5: 'perfect candidate' spec CV", [
    ("j_tpl2", "2025-06-11 10:30", "Hi Miriam - saw that Loomwell is hiring for a Staff Engineer. I'm working with an outstanding candidate (10 yrs, distributed systems, ex-unicorn) who is available in a month and would be a perfect match. Can I share the anonymised CV? Fee 23%."),
])
c("junk", "template_perfect_candidate", "en", "shared template 3/5: 'perfect candidate' spec CV", [
    ("j_tpl3", "2025-06-19 13:15", "Hey Miriam, I see you're looking for a Product Designer. I'm representing a brilliant designer - 7 years, SaaS, ex-Big Tech - who'd be the perfect fit for your team and can start in 4 weeks. Shall I send her anonymised profile over?"),
])
c("junk", "template_perfect_candidate", "de", "gleiche Vorlage 4/5 auf Deutsch: 'perfekter Kandidat'", [
    ("j_tpl4", "2025-07-03 09:20", "Hallo Miriam, ich habe gesehen, dass ihr einen Senior Backend Engineer sucht. Ich betreue gerade einen herausragenden Kandidaten - 9 Jahre Go, ehemals bei einem DAX-Konzern, in 4 Wochen verfügbar - der perfekt zu Loomwell passen würde. Darf ich dir das anonymisierte Profil schicken?"),
    ("j_tpl4", "2025-07-10 09:20", "Hi Miriam, kurzes Follow-up zu meiner Nachricht 🙂"),
])
c("junk", "template_perfect_candidate", "en", "shared template 5/5: 'perfect candidate' spec CV", [
    ("j_tpl5", "2025-07-22 16:00", "Hi Miriam, I noticed you're recruiting for an Account Executive. I'm representing a fantastic candidate - 6 years SaaS sales, President's Club twice - available in 4 weeks and a perfect fit for Loomwell. Happy to send the anonymised CV?"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} stehen geblieben", [
    ("j_merge1", "2025-03-03 11:00", "Hallo {{Vorname}}, mehr Bewerbungen für {{Unternehmen}}? Mit JobMagnet schalten Sie Ihre Anzeigen auf 300 Jobbörsen gleichzeitig. Jetzt 14 Tage kostenlos testen!"),
])
c("junk", "merge_tag_failure", "en", "merge tag [First Name] and [Company]", [
    ("j_merge2", "2025-04-15 12:30", "Hi [First Name], we'd love to see [Company] at TalentSummit Europe in Amsterdam! Exhibitor packages start at €6,900. Only 4 booths left - shall I hold one for you?"),
])
c("junk", "merge_tag_failure", "de", "falscher Name in der Anrede", [
    ("j_merge3", "2025-09-30 09:45", "Liebe Melanie, als HR-Leiterin bei Loomwell kennen Sie die Herausforderungen der Personalentwicklung. Vogel HR Consulting bietet maßgeschneiderte Führungskräfteprogramme. Darf ich Ihnen unser Portfolio vorstellen?"),
])
c("junk", "merge_tag_failure", "en", "wrong company name filled in", [
    ("j_merge4", "2025-11-04 14:10", "Hi Miriam, congrats on everything you're building at Loomly! Hirewell Analytics gives talent leaders real-time dashboards on funnel health. Open to a quick demo?"),
])
c("junk", "sponsored_inmail", "en", "Sponsored InMail: people analytics certificate", [
    ("sp_hrcert", "2025-02-24 12:00", "<p>Hi Miriam,</p><p>Become a <strong>Certified People Analytics Professional</strong> in 12 weeks &ndash; 100% online. Early-bird &euro;1,490.</p>"),
], title="Sponsored Conversation", subject="Your next career step")
c("junk", "sponsored_inmail", "en", "Sponsored InMail: employer of record", [
    ("sp_eor", "2025-07-14 12:00", "<p>Hi Miriam,</p><p>Hire anyone, anywhere in 48 hours with Globalemploy&rsquo;s Employer of Record. <a href=\"#\">Get the free guide</a>.</p>"),
], title="Sponsored Conversation", subject="Hire globally in 48 hours")
c("junk", "sponsored_inmail", "de", "Sponsored InMail: Coworking-Büro", [
    ("sp_office", "2025-10-27 12:00", "<p>Hallo Miriam,</p><p>Flexible B&uuml;ros in Kreuzberg &amp; Mitte &ndash; <strong>erster Monat gratis</strong> f&uuml;r Teams ab 10 Personen.</p>"),
], title="Sponsored Conversation", subject="Ihr Team-Büro in Berlin")
c("junk", "paid_award", "de", "bezahlte Award-Teilnahme", [
    ("j_award", "2025-08-13 10:00", "Sehr geehrte Frau Albers, Loomwell wurde für den HR Excellence Award DACH 2025 in der Kategorie 'Recruiting Innovation' nominiert! Für die Finalteilnahme, Jurybewertung und zwei Gala-Tickets fällt eine Teilnahmegebühr von 1.950 € an. Bitte bestätigen Sie bis zum 25.8."),
])
c("junk", "paid_list_feature", "en", "'Top 40 People Leaders' feature for a fee", [
    ("j_list", "2025-09-15 17:00", "Hi Miriam, great news - you've been selected for the 2025 Top 40 People Leaders Under 40 list! To secure your profile page, digital badge and printed certificate, there's a one-off feature fee of €690. Let me know and I'll send the invoice."),
])
c("junk", "paid_podcast", "de", "Podcast-Gastplatz gegen Gebühr", [
    ("j_podcast", "2025-12-01 19:45", "Hey Miriam! 🎙️ Wir würden dich gern im Recruiting Rockstars Podcast haben. Als Gast bekommst du eine professionell produzierte Folge, Video-Snippets und Reichweite bei 15.000 HR-Profis. Die Produktionspauschale beträgt 490 €. Bist du dabei?"),
])
c("junk", "fluent_generic_names_company", "en", "fluent generic pitch naming Loomwell", [
    ("j_fluent", "2025-05-27 09:30", "Dear Miriam, Loomwell's growth story is genuinely impressive, and I imagine scaling a world-class team brings its own set of challenges. At Talentverse, we partner with fast-growing organisations to transform their talent strategy end to end - from employer brand to candidate experience to data-driven decision making. I'd love to learn more about Loomwell's priorities for the year ahead and explore whether there's a fit. Would you be open to a short conversation?"),
])
c("junk", "generic_interview_tool", "en", "generic counterpart of the scorecard tool", [
    ("j_intgeneric", "2025-04-29 10:00", "Hi Miriam, InterviewPro is the all-in-one interview platform trusted by 3,000+ companies. AI notes, scheduling, scorecards and more. Book your free demo today!"),
])
c("junk", "generic_survey_tool", "de", "generisches Gegenstück zum Candidate-Survey-Pitch", [
    ("j_surveygen", "2025-11-26 14:00", "Hallo Miriam, Feedbackly - Umfragen für Kunden, Mitarbeitende und mehr. DSGVO-konform, in 5 Minuten startklar. Jetzt kostenlos registrieren!"),
])
c("junk", "generic_comp_consultancy", "en", "generic counterpart of the pay-transparency consultant", [
    ("j_compgen", "2025-05-19 11:45", "Hi Miriam, is your compensation strategy future-proof? PayGrade Global provides salary benchmarking across 120 countries. Let's set up a call to discuss your needs."),
])
c("junk", "generic_tech_recruiter", "de", "generisches Gegenstück zur Data-Recruiting-Agentur", [
    ("j_datagen", "2025-06-23 08:30", "Hallo Miriam, wir sind Spezialisten für IT-Recruiting und besetzen alle Positionen von Junior bis C-Level. Haben Sie aktuell offene Stellen? Ich freue mich auf Ihre Rückmeldung!"),
])
c("junk", "generic_eor", "en", "generic counterpart of the Lisbon recruiter", [
    ("j_eorgen", "2025-03-31 15:20", "Hi Miriam, expanding internationally? Borderless Teams lets you hire in 150+ countries without setting up an entity. Get a quote in minutes!"),
])
c("junk", "off_topic_office_plants", "de", "fachfremd: Büropflanzen", [
    ("j_plants", "2025-04-22 10:10", "Hallo Miriam, grüne Büros machen glücklich! 🌿 Bürogrün liefert Pflanzen inklusive Pflege-Service ab 89 € im Monat. Darf ich Ihnen ein Angebot schicken?"),
])
c("junk", "off_topic_crypto", "de", "fachfremd: Krypto", [
    ("j_crypto", "2025-08-04 23:00", "Hey Miriam 🚀 Ich zeige ausgewählten Menschen, wie sie mit einer einfachen Krypto-Strategie 2-3 % pro Woche machen. Interesse? Dann schreib mir 'JA'."),
])
c("junk", "offshore_recruiting", "en", "offshore recruiting team: what she does", [
    ("j_offshore", "2025-01-15 06:30", "Dear Miriam, reduce your recruiting costs by 70%! Our offshore team of 200 recruiters handles sourcing, screening and scheduling for your roles. Pay per hire or monthly. May I share our rate card?"),
    ("j_offshore", "2025-01-29 06:30", "Dear Miriam, gentle reminder regarding my previous message. Awaiting your kind response."),
])
c("junk", "generic_job_board", "de", "generische Jobbörse", [
    ("j_jobboard", "2025-10-13 13:00", "Hallo Frau Albers, schalten Sie jetzt Ihre erste Stellenanzeige auf Jobwelle kostenlos! Über 2 Mio. Besucher im Monat. Einfach registrieren und loslegen."),
])
c("junk", "off_topic_wine_gifts", "en", "off-topic: corporate wine gifts", [
    ("j_wine", "2025-11-12 11:30", "Hi Miriam, Christmas is coming 🎄 Surprise your team with curated Italian wine boxes - branded with your logo, from €39 per box. Shall I send our catalogue?"),
])
c("junk", "paid_recruiter_course", "de", "Recruiter-Zertifikatskurs für sie selbst", [
    ("j_course", "2025-02-03 09:15", "Hallo Miriam, werde zertifizierte Active-Sourcing-Expertin! In unserem 6-wöchigen Online-Programm lernst du, wie du Kandidaten auf LinkedIn wirklich erreichst. Jetzt 30 % Rabatt bis Sonntag!"),
])
c("junk", "offers_what_she_does", "en", "agency pitches employer-branding 'talent magnet' package generically", [
    ("j_fill", "2025-09-08 09:40", "Hi Miriam, following up from a different angle: our 'Talent Magnet' package combines job ad optimisation, employer branding and candidate sourcing for a flat €3,500/month. Companies like yours typically cut time-to-hire in half. Interested?"),
])
c("junk", "offers_what_she_does", "de", "Personalvermittler bietet Headhunting im Abo an", [
    ("j_c2p1", "2025-11-17 10:00", "Hallo Miriam, neues Angebot von uns: Headhunting im Abo - 2.900 € im Monat, unbegrenzt viele Positionen. Wäre das nicht was für euch bei so vielen offenen Stellen?"),
])


def main() -> None:
    out = HERE.parents[1] / SLUG
    x.write(out, {
        "First Name": "Miriam", "Last Name": "Albers",
        "Headline": "Head of Talent Acquisition @ Loomwell | Structured hiring, salary bands, candidate experience",
        "Summary": "Building Loomwell's team from 60 to 300 people. Ich glaube an strukturierte Interviews, "
                   "ehrliche Absagen und Gehaltsbänder, die man erklären kann. Organiser at heart, "
                   "Kreuzberg by choice.",
        "Industry": "Software Development", "Zip Code": "10997", "Geo Location": "Berlin, Deutschland",
    }, [
        {"Company Name": CO, "Title": "Head of Talent Acquisition", "Description":
         "Recruiting team of five, 120+ hires a year across engineering, sales and operations.",
         "Location": "Berlin", "Started On": "Mar 2021", "Finished On": ""},
        {"Company Name": "Modehaus Online SE", "Title": "Senior Tech Recruiter", "Description": "",
         "Location": "Berlin", "Started On": "Oct 2014", "Finished On": "Feb 2021"},
    ], ["Talent Acquisition", "Active Sourcing", "Employer Branding", "Structured Interviewing",
        "Compensation", "Recruiting Operations"])
    print(x.summary())


if __name__ == "__main__":
    main()

"""Persona heldout12/mixed-recruitment-agency-owner-vienna, written blind (session 3).

Katharina Steindl owns Steindl Tech Recruiting GmbH, a five-person IT-recruitment agency in
Vienna (Neubau). She sells recruiting herself: client companies pay her placement fees.
German (Austrian) and English about half and half. Every message below is written by hand
for this corpus; running the script regenerates the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-recruitment-agency-owner-vienna"
OWNER = Person("me", "Katharina Steindl", "https://www.linkedin.com/in/katharina-steindl-2b9f70",
               "Steindl Tech Recruiting GmbH", "Founder & Managing Director")

ex = Export(SLUG, "2026", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine

P("jonas", "Jonas Lindgren", "Fernlicht Analytics", "CTO & Co-founder", connected="2025-09-08")
C("genuine", "inbound_lead", "en", "startup CTO wants to hire through her and asks for her fee", [
    ("jonas", "2025-09-08 10:15", "Hi Katharina,\nMiriam Auer from Pioneer Ventures recommended you. We're a 25-person analytics startup in the 2nd district, just closed our Series A, and need a senior backend engineer (Go, Postgres, some Kubernetes) plus later a data engineer. English is our working language.\nWhat are your fees and how do you usually work with startups? Do you do exclusive searches?"),
    ("me", "2025-09-08 12:40", "Hi Jonas, thanks for reaching out and congrats on the round! For senior engineering roles my fee is 22% of the first-year gross salary, on a contingency basis, with a 3-month replacement guarantee. For an exclusive search I drop to 20% and you get a weekly shortlist update. Happy to explain over a call, would Thursday 9:30 work? I'd also need a rough salary range: senior Go people in Vienna are currently around 75-90k gross."),
    ("jonas", "2025-09-08 13:05", "Thursday works. Our range is 78-88k, plus ESOP. Exclusive is fine if you can start next week."),
    ("me", "2025-09-11 11:00", "Great call, thanks! Contract draft is in your inbox. Starting Monday."),
    ("jonas", "2025-09-12 09:20", "Signed and sent back. Looking forward to it."),
], attachments={3: "https://www.linkedin.com/dms/steindl-rahmenvertrag-fernlicht.pdf"})

P("brigitte", "Brigitte Haider", "Alpenbyte Software GmbH", "Leiterin HR", connected="2021-05-17")
C("genuine", "client", "de", "Bestandskundin: Rahmenvertrag-Verlängerung und Honorar", [
    ("brigitte", "2025-11-24 09:05", "Liebe Katharina,\nunser Rahmenvertrag läuft mit Jahresende aus. Wir wären gerne wieder dabei, aber die GF fragt, ob beim Honorar noch was geht, wir haben heuer immerhin 6 Leute über euch eingestellt. Magst du mir ein Angebot für 2026 schicken?\nLG Brigitte"),
    ("me", "2025-11-24 10:30", "Liebe Brigitte, danke, das freut mich sehr! Ich schlag vor: 20 % statt 22 % ab der 4. Besetzung im Jahr, Garantie bleibt bei 3 Monaten. Schick ich dir heute noch schriftlich."),
    ("brigitte", "2025-11-24 10:48", "Klingt fair. Ich leg's der GF am Donnerstag vor."),
    ("brigitte", "2025-11-28 15:20", "Passt, GF hat ja gesagt 👍 Unterschriebener Vertrag kommt per Post. Schöne Adventzeit!"),
])

P("tobias", "Tobias Gruber", "", "Java Developer", connected="2025-03-03")
C("genuine", "candidate", "de", "Kandidat bewirbt sich auf ausgeschriebene Stelle", [
    ("tobias", "2025-03-03 19:45", "Servus Frau Steindl,\nich hab Ihre Ausschreibung für den Java-Entwickler (Spring Boot, Versicherungsumfeld) gesehen. Ich bin seit 4 Jahren bei einem Versicherer in Linz und würde gerne nach Wien wechseln, weil meine Freundin dort wohnt. Lebenslauf hab ich angehängt. Gehaltsvorstellung wäre so 62-65k.\nLG Tobias Gruber"),
    ("me", "2025-03-04 08:50", "Hallo Herr Gruber, danke für Ihre Nachricht und den Lebenslauf! Das Profil passt gut. Hätten Sie Mittwoch um 17:30 Zeit für ein 30-Minuten-Telefonat? Dann erzähl ich Ihnen mehr über den Kunden."),
    ("tobias", "2025-03-04 09:10", "Mittwoch passt perfekt, danke!"),
], attachments={0: "https://www.linkedin.com/dms/CV_Tobias_Gruber_2025.pdf"})

P("arjun", "Arjun Nair", "", "Senior DevOps Engineer", connected="2025-04-14")
C("genuine", "candidate", "en", "candidate from India asks about relocation and the Red-White-Red card", [
    ("arjun", "2025-04-14 05:30", "Dear Katharina,\nthank you for reaching out last week about the DevOps role. I am very interested. Before the next interview, could you help me understand the Red-White-Red card process? Does the company pay for relocation, and how long does it usually take? My wife and 2 kids would come with me.\nBest regards,\nArjun"),
    ("me", "2025-04-14 09:15", "Dear Arjun, good questions. For skilled workers the RWR card usually takes 8-12 weeks. The client covers the application costs and gives a relocation budget of 5,000 EUR, and they work with a relocation agency who helps with flat and school. Your family can apply together with you. I'll send you the official checklist."),
    ("arjun", "2025-04-14 09:40", "That is very helpful, thank you so much."),
])

P("sophie", "Sophie Mayrhofer", "", "Frontend Developer", connected="2024-10-07")
C("genuine", "thanks_congrats", "de", "vermittelte Kandidatin bedankt sich nach der Probezeit", [
    ("sophie", "2025-02-28 17:30", "Hallo Katharina! Heute ist meine Probezeit bei Alpenbyte vorbei und ich wollt nur Danke sagen. Du hast mich damals echt gut vorbereitet, und der Job ist genau das, was ich wollte 🙌"),
    ("me", "2025-02-28 18:05", "Liebe Sophie, das ist die schönste Nachricht der Woche! Freut mich riesig. Auf einen Spritzer demnächst?"),
    ("sophie", "2025-02-28 18:10", "Unbedingt!"),
])

P("techjobs", "Florian Wimmer", "TechJobs.at", "Key Account Manager", connected="2022-02-14")
C("genuine", "vendor_existing", "de", "bestehende Jobbörse kündigt neue Preise an", [
    ("techjobs", "2025-12-01 10:00", "Hallo Frau Steindl,\nkurze Info vorab, bevor das offizielle Schreiben kommt: Ab 1. Jänner 2026 kostet das 10er-Paket Stelleninserate 2.490 € statt 2.190 €. Als Bestandskundin können Sie bis 31.12. noch ein Paket zum alten Preis kaufen, gültig 12 Monate. Soll ich Ihnen das reservieren?\nLG Florian Wimmer"),
    ("me", "2025-12-01 10:45", "Hallo Herr Wimmer, danke für den Hinweis. Ja, bitte reservieren Sie mir ein Paket zum alten Preis. Rechnung wie immer an die GmbH."),
    ("techjobs", "2025-12-01 11:00", "Erledigt!"),
])

P("hirely", "Megan O'Connor", "Hirely ATS", "Account Manager", connected="2023-06-12")
C("genuine", "vendor_existing", "en", "existing ATS vendor announces seat price change at renewal", [
    ("hirely", "2025-05-19 14:00", "Hi Katharina, your Hirely plan renews on 1 July. We're moving our Team plan from 69 to 79 EUR per seat/month, as we've added the AI CV parsing for German. For your 5 seats that's 395/month. Annual prepay brings it back to 71/seat. Want me to send both options?"),
    ("me", "2025-05-19 15:30", "Hi Megan, send both please. And honestly: the German CV parsing still mixes up Vor- and Nachname half the time, can you check with your team?"),
    ("hirely", "2025-05-19 15:45", "Ouch, sorry about that. I'll raise a ticket and loop in support. Options coming by email."),
])

P("markus", "Markus Hofbauer", "Hofbauer IT-Personal", "Inhaber", connected="2019-09-23")
C("genuine", "peer_joint_offer", "de", "befreundeter Recruiter schlägt gemeinsames Angebot mit Honorarteilung vor", [
    ("markus", "2025-06-16 12:20", "Servus Kathi,\nich hab einen Anfrage von einer Bank in der City: 8 IT-Stellen bis Jahresende, von SAP bis Cloud. Allein pack ich das nicht, du bist stark bei DevOps und Cloud. Machen wir ein gemeinsames Angebot? Vorschlag: wer besetzt, kriegt 70 %, der andere 30 % fürs Mandat. Ich zahl auch das Mittagessen."),
    ("me", "2025-06-16 13:10", "Servus Markus, klingt spannend! 70/30 passt für mich. Wer ist der Ansprechpartner bei der Bank und welches Honorarmodell wollen die? Die zahlen ja gern nur 18 %..."),
    ("markus", "2025-06-16 13:25", "Die wollen 20 % und eine Exklusivität für 3 Monate. Donnerstag Mittag beim Schweizerhaus?"),
    ("me", "2025-06-16 13:27", "Deal. Ich bring einen Entwurf fürs Angebot mit."),
])

P("julia_r", "Julia Reinthaler", "Recruiters for Recruiters", "Senior Consultant", connected="2025-01-20")
C("genuine", "recruiter_engaged", "en", "recruiter she engaged to find a senior recruiter for her own team", [
    ("me", "2025-01-20 16:00", "Hi Julia, as discussed at the meetup: I'd like you to find me a senior tech recruiter, ideally with DevOps or security background, German and English fluent, Vienna. 55-60k plus bonus. Your fee of 18% is fine."),
    ("julia_r", "2025-01-21 09:30", "Thanks Katharina, great to work with you! I'll start the search this week. Quick question: are you open to someone coming from in-house TA, or only agency people?"),
    ("me", "2025-01-21 09:45", "Both, as long as they've done real sourcing and not only job ads."),
    ("julia_r", "2025-02-07 11:15", "Shortlist of 3 sent by email. Candidate B (ex in-house at a Vienna fintech) is my favourite."),
    ("me", "2025-02-07 11:40", "Agreed, let's meet B first. Tuesday afternoon?"),
])

P("lena", "Lena Stockinger", "", "Junior Recruiterin", connected="2025-02-24")
C("genuine", "applicant", "de", "Bewerberin für Junior-Recruiter-Stelle in ihrer Agentur", [
    ("lena", "2025-02-24 20:40", "Liebe Frau Steindl,\nich habe mich gestern auf die Junior-Recruiter-Stelle beworben und wollte mich auch hier kurz vorstellen. Ich komme aus dem Vertrieb (2 Jahre bei einem Telekomanbieter) und habe nebenbei einen Python-Kurs gemacht, weil mich Tech wirklich interessiert. Ich würde mich sehr über ein Gespräch freuen.\nLiebe Grüße\nLena Stockinger"),
    ("me", "2025-02-25 08:30", "Liebe Frau Stockinger, danke für die Nachricht, die Bewerbung ist da. Vertrieb plus Python ist eine gute Mischung für uns. Ich melde mich diese Woche mit einem Termin."),
])

P("journalist", "Clemens Aigner", "Wiener Wirtschaftsblatt", "Redakteur Karriere", connected="2023-03-08")
C("genuine", "journalist", "de", "Journalist bittet um Einschätzung zum IT-Arbeitsmarkt", [
    ("journalist", "2025-10-06 11:30", "Hallo Frau Steindl, für einen Artikel über den IT-Arbeitsmarkt 2026 hätte ich gern Ihre Einschätzung: Stimmt es, dass Junior-Entwickler kaum mehr Jobs finden, während Senior-Stellen monatelang offen bleiben? Ein, zwei Sätze zum Zitieren würden reichen. Deadline Mittwoch."),
    ("me", "2025-10-06 14:10", "Hallo Herr Aigner, gern: 'Ja, die Schere geht auf. Viele Firmen haben Junior-Programme gestrichen und suchen nur noch Leute, die ab Tag eins liefern. Das rächt sich in drei Jahren, wenn genau diese Seniors fehlen.' Katharina Steindl, Steindl Tech Recruiting."),
    ("journalist", "2025-10-06 14:15", "Perfekt, danke!"),
])

P("witv", "Amelie Brandstätter", "Women in Tech Vienna", "Organiser", connected="2022-11-02")
C("genuine", "event_invite", "en", "community organiser invites her to speak at a meetup", [
    ("witv", "2025-04-28 18:00", "Hey Katharina! Would you do a 20 min talk at our June meetup? Topic idea: what engineers actually read in a job ad, you always have such good stories about that. Venue is the new space at Fernlicht in the 2nd, pizza provided 🍕"),
    ("me", "2025-04-28 19:15", "Hi Amelie, love to! 'Nobody reads your benefits list' would be my title 😄 June 18?"),
    ("witv", "2025-04-28 19:20", "June 18 it is. Thank you!!"),
])

P("dev_a", "Marko Petrović", "Kubik Labs", "Backend Engineer", connected="2025-06-18")
P("dev_b", "Hannah Weiss", "Datapunkt", "Engineering Manager", connected="2025-06-18")
P("dev_c", "Stefan Oberhuber", "", "Softwareentwickler", connected="2025-06-19")
C("genuine", "thanks_congrats", "en", "thanks after her meetup talk (1 of 3)", [
    ("dev_a", "2025-06-18 22:10", "Thanks for the talk tonight, Katharina! The part about salary ranges in job ads was so true. Nice to meet you."),
])
C("genuine", "thanks_congrats", "en", "thanks after her meetup talk (2 of 3)", [
    ("dev_b", "2025-06-18 22:45", "Great talk tonight, thank you! Going to rewrite our job ads tomorrow 😅"),
    ("me", "2025-06-19 08:10", "Haha, thank you Hannah! Send me the new version if you want a second look."),
])
C("genuine", "thanks_congrats", "de", "Dank nach dem Meetup-Vortrag (3 von 3)", [
    ("dev_c", "2025-06-19 07:55", "Danke für den Vortrag gestern! Sehr ehrlich und lustig. Schönen Tag noch!"),
])

P("miriam", "Miriam Auer", "Pioneer Ventures", "Partner", connected="2020-04-15")
C("genuine", "intro_referral", "en", "VC partner and long-standing contact introduces a portfolio startup", [
    ("miriam", "2025-09-05 17:40", "Hi Kathi, I gave your name to Jonas at Fernlicht, they need backend people fast after the round. Hope that's ok! Also: still on for the Heuriger on the 20th?"),
    ("me", "2025-09-05 18:20", "Thank you Miriam, much appreciated! And yes of course, Heuriger is sacred. I'll bring the Sturm."),
])

P("brigitte_fb", "Georg Kainz", "Alpenbyte Software GmbH", "Head of Engineering", connected="2024-11-11")
C("genuine", "client_feedback", "de", "sie bittet einen Kunden um Feedback nach der Besetzung", [
    ("me", "2025-05-05 09:30", "Hallo Georg, Sophie ist jetzt 5 Monate bei euch. Wie läuft's? Ich frag immer nach, damit ich für die nächsten Suchen weiß, was gepasst hat und was nicht."),
    ("brigitte_fb", "2025-05-05 12:00", "Hallo Katharina, ehrlich gesagt: beste Besetzung im letzten Jahr. Sie hat schon das Design-System übernommen. Wenn du noch so eine findest, nehmen wir sie 😉"),
    ("me", "2025-05-05 12:10", "Das hör ich gern! Ich halt die Augen offen."),
])

P("sourced", "Daniel Kovacs", "Nordwind Logistics", "Site Reliability Engineer", connected="2025-07-14",
  invite=("OUT", "2025-07-14 10:00", "Hi Daniel, I place SREs in Vienna and your k8s talk at the DevOps meetup was great. Open to a chat?"))
C("genuine", "candidate_sourced", "en", "she approaches a candidate (owner-started), he is interested", [
    ("me", "2025-07-14 15:00", "Hi Daniel, thanks for accepting! I have an SRE role at a Vienna scale-up: on-call only every 6th week, 85-95k, hybrid 2 days. Not sure if you're looking, but it seemed like a fit with your talk on alert fatigue. Any interest in hearing more?"),
    ("sourced", "2025-07-15 21:30", "Hi Katharina, honestly I wasn't looking, but on-call every 6th week sounds like a dream right now. Can we talk Thursday evening?"),
    ("me", "2025-07-16 08:00", "Thursday 18:00 works, I'll call you."),
])

P("anwalt", "Dr. Eva Lechner", "Lechner Arbeitsrecht", "Rechtsanwältin", connected="2022-08-29")
C("genuine", "vendor_requested_quote", "de", "sie bittet Anwältin um Angebot zur Überarbeitung ihrer AGB", [
    ("me", "2025-08-04 10:00", "Liebe Eva, ich möchte meine AGB und den Rahmenvertrag für Kunden überarbeiten lassen, vor allem die Garantieklausel und was passiert, wenn ein Kunde einen Kandidaten 'direkt' einstellt. Was würde das ca. kosten?"),
    ("anwalt", "2025-08-05 14:20", "Liebe Katharina, gerne. Ich würde pauschal 1.600 € netto vorschlagen, inkl. einer Besprechung. Bei der Direkteinstellung sollten wir unbedingt eine Frist von 12 Monaten reinschreiben. Passt Ende August?"),
    ("me", "2025-08-05 14:45", "Passt, danke! Ich schick dir die aktuellen Unterlagen."),
])

P("claudia", "Claudia Wallner", "", "", connected="2013-06-01")
C("genuine", "friend", "de", "alte Kollegin, Smalltalk und Heurigen-Pläne", [
    ("claudia", "2025-09-26 19:30", "Kathi!! Weinlese in der Wachau am Samstag, Zug um 8:10 ab Franz-Josefs-Bahnhof, kommst mit? Bring Gummistiefel mit, letztes Mal war's eine Gatsch-Partie 😂"),
    ("me", "2025-09-26 20:15", "Bin dabei! Gummistiefel hab ich, Kondition eher nicht 😅"),
    ("claudia", "2025-09-26 20:16", "Wurscht, Hauptsache du trinkst mit 🍇"),
])

P("frank", "Frank Meister", "Datapunkt", "VP Engineering", connected="2024-03-04")
C("genuine", "client", "en", "client negotiates replacement after an early leaver", [
    ("frank", "2025-10-20 16:00", "Katharina, bad news: the platform engineer you placed in August has resigned, his wife got a job in Berlin. He's leaving end of November, so within your 3-month guarantee I believe. How do we handle this?"),
    ("me", "2025-10-20 16:35", "Hi Frank, sorry to hear that. Yes, you're covered: I'll run the replacement search at no extra fee, and I can start tomorrow. I actually have two people from the original shortlist who are still open."),
    ("frank", "2025-10-20 16:40", "That's why we work with you. Let's talk tomorrow at 10."),
])

P("buchhaltung", "Petra Wurm", "Datapunkt", "Buchhaltung", connected="2024-03-11")
C("genuine", "client_ops", "de", "Kunden-Buchhaltung fragt wegen Rechnung", [
    ("buchhaltung", "2025-09-15 09:10", "Guten Morgen Frau Steindl, zu Ihrer Rechnung RE-2025-041: Ist die Honorarbasis das Jahresbrutto mit oder ohne Sonderzahlungen? Wir haben 14 Gehälter."),
    ("me", "2025-09-15 09:40", "Guten Morgen Frau Wurm, mit Sonderzahlungen, also 14 x Monatsgehalt, wie im Rahmenvertrag Punkt 3.2 beschrieben. Bei Fragen rufen Sie mich gern an."),
    ("buchhaltung", "2025-09-15 09:45", "Danke, dann passt alles."),
])

P("spam_lead", "Oliver Brenner", "Cargoloop GmbH", "Head of IT", connected="2025-11-03")
C("genuine", "inbound_lead", "en", "inbound lead (German company, writes English) wants 3 DevOps hires; landed in SPAM", [
    ("spam_lead", "2025-11-03 08:20", "Hello Ms Steindl,\nwe are opening a tech hub in Vienna (logistics software, HQ in Hamburg) and need 3 DevOps engineers by Q2. Your agency was mentioned to me by Frank Meister at Datapunkt. Could you send me your conditions and references? Our team language is English.\nBest regards, Oliver Brenner"),
    ("me", "2025-11-10 09:00", "Dear Mr Brenner, apologies for the late reply, your message landed in my spam folder. Thank you for the inquiry! For 3 roles I'd suggest an exclusive search at 20% per hire. I'll email references and our conditions today. Would you have time for a call on Wednesday?"),
    ("spam_lead", "2025-11-10 09:30", "No problem. Wednesday 14:00 CET works."),
], folder="SPAM")

P("counter", "Priya Deshmukh", "", "Data Engineer", connected="2025-05-26")
C("genuine", "candidate", "en", "candidate receives a counteroffer", [
    ("counter", "2025-06-02 20:30", "Hi Katharina, I'm so sorry, I have to tell you something awkward. I resigned today and my manager immediately offered me 12% more and a team lead title. I honestly don't know what to do now."),
    ("me", "2025-06-02 20:55", "Hi Priya, thank you for telling me right away, that's not awkward at all, it happens a lot. Can we talk tomorrow morning? No pressure from my side, I just want you to think about why you wanted to leave in the first place."),
    ("counter", "2025-06-03 07:30", "Yes, 8:30? Thank you for being so nice about it."),
])

P("tuwien", "DI Martina Reiter", "TU Wien Career Center", "Corporate Relations", connected="2021-09-13")
C("genuine", "event_invite", "de", "bekannte Kontaktperson lädt zur Jobmesse ein (Stand kostet, aber echt)", [
    ("tuwien", "2025-01-27 10:20", "Liebe Frau Steindl, die TUday findet heuer am 13. Mai statt. Sie waren letztes Jahr dabei, möchten Sie wieder einen Stand? Für Personalberatungen gilt der Startup-Tarif von 690 €. Anmeldung bis 28. Februar. Es würde mich freuen!"),
    ("me", "2025-01-27 11:00", "Liebe Frau Reiter, ja, gerne wieder! Bitte melden Sie uns an, gern wieder nahe beim Kaffee 😊"),
])

P("exboss", "Richard Holloway", "Talentia Europe", "Regional Director", connected="2014-02-03")
C("genuine", "long_standing_contact", "en", "former boss congratulates on 5 years of her agency", [
    ("exboss", "2025-03-15 09:00", "Five years of Steindl Tech Recruiting! Remember when you told me you'd leave to start your own thing and I said 'give it 6 months'? Very happy to have been wrong. Congratulations, Katharina."),
    ("me", "2025-03-15 10:20", "Richard, that made my day! You taught me most of what I know, even if I still don't cold call on Fridays 😄 Coffee when you're next in Vienna?"),
])

P("freeze", "Laura Bianchi", "Voltaro Mobility", "Talent Lead", connected="2024-09-30")
C("genuine", "client", "en", "client pauses a search because of a hiring freeze", [
    ("freeze", "2025-07-07 13:45", "Hi Katharina, I'm afraid we have to pause the frontend search. Board has announced a hiring freeze until Q4. I'm really sorry, especially since your last shortlist was great. Can we pick this up again in October?"),
    ("me", "2025-07-07 14:20", "Hi Laura, thanks for letting me know straight away. Of course. I'll let the candidates know gently. Let's talk in October."),
])

P("retained", "Mag. Andreas Pölzl", "Gastro.Digital GmbH", "Geschäftsführer", connected="2025-08-18")
C("genuine", "inbound_lead", "de", "Scale-up fragt nach Preis für Retained Search", [
    ("retained", "2025-08-18 16:30", "Grüß Gott Frau Steindl, wir suchen eine/n Head of Engineering für unser 30-köpfiges Team. Eine Kollegin hat gesagt, Sie machen auch Retained Search. Wie läuft das bei Ihnen ab und was kostet es?"),
    ("me", "2025-08-18 17:45", "Grüß Gott Herr Pölzl, danke für die Anfrage. Retained Search heißt bei uns: 27 % vom Jahresbrutto, in drei Raten (Start, Shortlist, Vertragsunterschrift), Shortlist nach etwa 4 Wochen. Für eine Head-of-Rolle empfehle ich das auch, weil wir dann aktiv ansprechen statt nur inserieren. Gern erkläre ich Ihnen das in einem Termin bei Ihnen."),
    ("retained", "2025-08-19 08:10", "Danke, sehr transparent. Kommen Sie doch nächsten Dienstag um 10 zu uns in die Gumpendorfer Straße."),
])

P("coworking", "Nina Hölzl", "Werkstatt 7 Coworking", "Community Managerin", connected="2022-01-10")
C("genuine", "vendor_existing", "de", "ihr Coworking-Space zu Raumbuchung und neuer Miete", [
    ("coworking", "2025-12-10 11:15", "Hallo Katharina! Kurze Info: ab Februar wird die Miete für euer Teambüro wegen Indexanpassung um 4,8 % erhöht (neu 1.520 € netto). Und dein Besprechungsraum für die Weihnachtsfeier am 19. ist fix gebucht 🎄"),
    ("me", "2025-12-10 11:40", "Danke Nina! Index ist Index, passt. Und super wegen dem Raum!"),
])

P("hiring_mgr", "Elias Berger", "Nordwind Logistics", "Head of Engineering", connected="2022-05-02")
C("genuine", "inbound_lead", "en", "former placed candidate is now a hiring manager and asks for her current rates", [
    ("hiring_mgr", "2026-01-12 10:05", "Hi Katharina, happy new year! Remember you placed me at Nordwind three years ago? I'm now Head of Engineering and need 2 senior backend devs. I'd love to work with you. What are your rates these days, and could we get a small discount for two?"),
    ("me", "2026-01-12 11:30", "Elias! Happy new year and congrats on the promotion! For two senior roles: 21% each instead of 22%, 3-month guarantee. I'll send you a proposal this week."),
    ("hiring_mgr", "2026-01-12 11:35", "Sounds good. Let's do it."),
])

P("ams", "Gerhard Pfeiffer", "AMS Wien", "Berater Service für Unternehmen", connected="2023-10-16")
C("genuine", "authority", "de", "AMS-Berater zu Eingliederungsbeihilfe für eine Kandidatin", [
    ("ams", "2025-04-07 09:30", "Sehr geehrte Frau Steindl, bezüglich Ihrer Anfrage: Für Kandidatinnen über 50, die länger als 6 Monate arbeitslos gemeldet sind, kann der Arbeitgeber eine Eingliederungsbeihilfe beantragen, bis zu 50 % der Lohnkosten für 6 Monate. Der Antrag muss vor Dienstbeginn gestellt werden. Ich schicke Ihnen das Formular per Mail."),
    ("me", "2025-04-07 10:05", "Vielen Dank, Herr Pfeiffer, das hilft meiner Kandidatin und dem Kunden sehr."),
])

P("team_lukas", "Lukas Eder", "Steindl Tech Recruiting GmbH", "Senior Tech Recruiter", connected="2025-03-10")
P("team_aylin", "Aylin Kaya", "Steindl Tech Recruiting GmbH", "Tech Recruiterin", connected="2023-09-04")
C("genuine", "colleague", "mixed", "team group chat, German/English mix about pipeline", [
    ("team_aylin", "2026-02-16 08:40", "Morning! Fernlicht data engineer: 2 Kandidaten im final round, beide wollen ~85k. Jonas fragt, ob wir bis Freitag eine Entscheidung pushen können"),
    ("team_lukas", "2026-02-16 08:52", "Der Kandidat aus Thessaloniki hat aber noch ein Angebot von einem Fintech, I'd push for Wednesday"),
    ("me", "2026-02-16 09:05", "Agree, push for Wednesday. Aylin, can you call Jonas? Ich mach heute das Datapunkt-Briefing. Und wer hat den letzten Kaffee ausgetrunken ohne neuen aufzusetzen 👀"),
    ("team_lukas", "2026-02-16 09:06", "...no comment"),
], title="Steindl Team")

P("referee", "Ing. Walter Pichler", "Donautec Automation", "Teamleiter", connected="2025-10-13")
C("genuine", "reference_check", "de", "Referenzgeber antwortet auf ihre Anfrage", [
    ("me", "2025-10-13 14:00", "Sehr geehrter Herr Pichler, Herr Gruber hat Sie als Referenz angegeben. Hätten Sie diese Woche 10 Minuten für ein kurzes Telefonat?"),
    ("referee", "2025-10-13 16:30", "Grüß Gott Frau Steindl, gern. Der Tobias war einer meiner Besten, das kann ich gleich vorweg sagen. Morgen um 11 passt mir."),
])

P("munich", "Sebastian Krause", "Isarwerk Personal", "Geschäftsführer", connected="2020-10-19")
C("genuine", "peer", "de", "Partneragentur in München fragt nach Kooperation bei umziehender Kandidatin", [
    ("munich", "2025-11-17 13:00", "Hallo Katharina, ich hab eine super Cloud-Architektin, die nach Wien zieht (Partner ist Wiener). Passt nicht mehr zu meinen Münchner Kunden. Wollen wir wie beim letzten Mal teilen, 50/50 wenn du sie platzierst? Profil schick ich dir anonymisiert."),
    ("me", "2025-11-17 13:40", "Hallo Sebastian, immer gern! 50/50 passt. Schick das Profil, ich hab zwei Kunden im Kopf."),
])

P("volume", "Henrik Strand", "Fernlicht Analytics", "CFO", connected="2025-10-01")
C("genuine", "pricing_question", "en", "client CFO asks for a quote for a second and third role", [
    ("volume", "2025-10-01 15:10", "Hi Katharina, Jonas is very happy with the backend hire. We want to open a data engineer and a product designer role. Could you quote both? If there's a volume discount I'd like to see it before budget sign-off on Friday."),
    ("me", "2025-10-01 16:00", "Hi Henrik, thanks! Data engineer at 20% (exclusive), same as the backend role. Product design isn't my core area, so I'd rather recommend a colleague who specialises in design than take your money for a mediocre search. Happy to intro."),
    ("volume", "2025-10-01 16:20", "Appreciate the honesty. Yes please to both: the quote and the intro."),
])

# ---------------------------------------------------------------- wanted pitches

P("ghostfix", "Niamh Byrne", "Slotly", "Co-founder", connected="2025-03-24",
  invite=("IN", "2025-03-24 08:50", "Hi Katharina, your post on candidate ghosting made me laugh and cry. Would love to connect."))
C("wanted_pitch", "tailored_software", "en", "cites her post about candidates ghosting interviews; offers interview reminder tool", [
    ("ghostfix", "2025-03-24 09:30", "Hi Katharina, thanks for connecting! In your post you said 3 of 11 first interviews last month were no-shows, and that two of them later said they 'forgot' because the invite was buried in their email. We built Slotly for exactly that: candidates pick a slot themselves and get a WhatsApp/SMS reminder the day before and 1 hour before, in German or English. It plugs into Hirely, which I think you use (saw it in your job ads' apply links). 30-day trial, no card. Interested?"),
    ("me", "2025-03-24 11:15", "Hi Niamh, you did your homework 😄 Yes, let's try it. Does the Hirely integration need an admin on our side?"),
    ("ghostfix", "2025-03-24 11:20", "Just an API key, 5 minutes. I'll send a setup guide."),
])

P("gehaltsdaten", "Dr. Philipp Reisinger", "Salaro Analytics", "Gründer", connected="2025-06-23")
C("wanted_pitch", "tailored_data", "de", "bezieht sich auf eine Folie aus ihrem Meetup-Vortrag, bietet Gehaltsdaten", [
    ("gehaltsdaten", "2025-06-23 10:00", "Liebe Frau Steindl,\nich war beim Women-in-Tech-Meetup letzte Woche. Auf Ihrer Folie zu Gehaltsbandbreiten haben Sie gesagt, dass Ihre Zahlen aus 40 eigenen Platzierungen kommen und Sie sich für Security- und Data-Rollen oft 'durchraten'. Wir sammeln anonymisierte Gehaltsdaten von 1.900 Tech-Angestellten in Wien und Graz, nach Rolle, Stufe und Firmengröße. Für Agenturen Ihrer Größe kostet das 149 € im Monat. Ich würde Ihnen gern die Security-Zahlen einmal gratis schicken, dann sehen Sie, ob es hilft."),
    ("me", "2025-06-23 12:30", "Lieber Herr Reisinger, ja, bitte schicken Sie die Security-Zahlen, ich bin gespannt."),
])

P("texterin", "Verena Moser", "Wortwerk Wien", "Texterin für Employer Branding", connected="2025-02-10")
C("wanted_pitch", "tailored_freelancer", "de", "hat ihre Website-Inserate gelesen und benennt konkrete Mängel", [
    ("texterin", "2025-02-10 14:00", "Hallo Frau Steindl,\nich schreibe Stelleninserate für IT-Firmen und habe mir die 7 offenen Stellen auf Ihrer Website angesehen. Zwei Dinge sind mir aufgefallen: beim 'Cloud Engineer (m/w/d)' fehlt die gesetzlich vorgeschriebene Gehaltsangabe ganz, und beim Java-Inserat steht 'Überbezahlung möglich' ohne KV-Mindestgehalt. Außerdem sind vier Inserate auf Englisch mit deutscher Überschrift, was bei Google for Jobs schlecht läuft.\nIch überarbeite Inserate für 120 € pro Stück. Das erste mache ich Ihnen gern kostenlos, damit Sie sehen, wie ich arbeite."),
    ("me", "2025-02-10 15:20", "Hallo Frau Moser, autsch, das mit der Gehaltsangabe ist tatsächlich durchgerutscht, danke! Machen Sie bitte das Cloud-Engineer-Inserat als Probe."),
])

P("parser", "Tom Vandenberghe", "CVLingo", "Head of Partnerships", connected="2025-06-02")
C("wanted_pitch", "tailored_software", "en", "knows her ATS and its German CV parsing problem; offers a plugin", [
    ("parser", "2025-06-02 09:00", "Hi Katharina, I saw your comment under Hirely's product update post saying their German CV parsing still swaps first and last names and ignores 'Mag.' and 'DI' titles. We make a parsing plugin for Hirely specifically trained on Austrian and German CVs (titles, Matura, Lehre, KV levels). It runs inside Hirely, 1.20 EUR per CV. Want me to run 20 of your real CVs through it so you can compare?"),
    ("me", "2025-06-02 10:40", "Hi Tom, that's exactly the issue. Yes, let's test it with 20 CVs, but anonymised please. How do we do that GDPR-wise?"),
    ("parser", "2025-06-02 10:55", "We sign a DPA first, processing stays in Frankfurt. Sending it now."),
])

P("nearshore", "Oksana Melnyk", "Lviv Talent Research", "Founder", connected="2025-08-25")
C("wanted_pitch", "tailored_mutual_contact", "en", "names a mutual contact and offers candidate research for her niche", [
    ("nearshore", "2025-08-25 12:00", "Hi Katharina, Marko Petrović from Kubik Labs (you placed his colleague last year) said you're often stuck on security engineers with German. We're a small research team in Lviv that does only candidate sourcing for agencies: we build long lists with verified contact data, you do the talking. For a security search we charge a flat 900 EUR for 40 profiles. Marko said you prefer to keep candidate contact in-house, which is exactly how we work."),
    ("me", "2025-08-25 14:30", "Hi Oksana, Marko is right. Let's try one search. I'll send you a brief for a Security Engineer role next week."),
])

P("graz", "Mag. Stefanie Url", "Schlossberg Coworking Graz", "Geschäftsführerin", connected="2025-10-27")
C("wanted_pitch", "tailored_supplier", "de", "bezieht sich auf Firmenbuch/Pressemeldung zur neuen Grazer Niederlassung", [
    ("graz", "2025-10-27 09:15", "Liebe Frau Steindl,\nich habe im Firmenbuch bzw. in der Meldung der Wirtschaftskammer gelesen, dass Steindl Tech Recruiting eine Zweigniederlassung in Graz eintragen hat lassen. Falls Sie noch Räume suchen: wir sind 3 Minuten vom Hauptplatz, haben zwei kleine Teambüros (2-3 Plätze) ab Jänner frei, und ein Besprechungsraum für Kandidatengespräche ist inklusive. Ab 690 € im Monat. Gern zeige ich Ihnen alles, wenn Sie das nächste Mal in Graz sind."),
    ("me", "2025-10-27 10:30", "Liebe Frau Url, tatsächlich suche ich noch! Ich bin am 6.11. in Graz, hätten Sie um 14 Uhr Zeit?"),
    ("graz", "2025-10-27 10:35", "Sehr gern, bis dann!"),
])

P("security", "Bernhard Zöchling", "", "IT-Security-Berater (freiberuflich)", connected="2025-04-22")
C("wanted_pitch", "tailored_freelancer", "de", "hat ein konkretes Datenschutzproblem ihres Bewerbungsformulars gefunden", [
    ("security", "2025-04-22 18:30", "Hallo Frau Steindl,\nkein Verkaufsgespräch vorweg, eher ein Hinweis: Ihr Bewerbungsformular auf der Website lädt Lebensläufe in einen öffentlich erreichbaren Ordner hoch (die Datei-URL ist erratbar, /uploads/2025/04/...). Ich habe nichts geöffnet, nur die Struktur gesehen. Bei Lebensläufen ist das ein DSGVO-Thema. Ich kann das mit Ihrem Webhoster in 2-3 Stunden beheben (110 €/h) und auf Wunsch das Formular direkt an Hirely anbinden."),
    ("me", "2025-04-22 19:00", "Oh nein. Danke für den Hinweis! Können Sie morgen anfangen? Ich gebe Ihnen den Kontakt unseres Hosters."),
    ("security", "2025-04-22 19:05", "Ja, morgen Vormittag. Bis dahin würde ich das Formular vorsorglich deaktivieren."),
])

P("headhunter", "Charlotte Dubois", "Meridian Executive Search", "Partner", connected="2025-11-24")
C("wanted_pitch", "tailored_recruiter", "en", "headhunter with a specific, relevant role for her profile", [
    ("headhunter", "2025-11-24 17:00", "Dear Katharina,\nI'm working on a Head of Talent Acquisition role for a Vienna-based cybersecurity scale-up (400 people, hiring 120 engineers in 2026). They specifically want someone who has run an agency desk for DevOps and security in the DACH region and can build an in-house sourcing team. Your 5 years building Steindl Tech Recruiting and your talk on job ads came up in their own research. I understand you may be very happy as a founder, but would you be open to a confidential conversation? Package is in the 130-150k range plus equity."),
    ("me", "2025-11-25 08:40", "Dear Charlotte, thank you, that's flattering and well researched. I'm not planning to leave my company, but I'd be happy to talk about whether they'd rather work with an agency for part of those 120 hires."),
    ("headhunter", "2025-11-25 09:00", "Fair enough! I'll pass that on, they might well be interested."),
])

P("gojobs", "Maya Kessler", "GopherBoard", "Community & Sales", connected="2025-05-05")
C("wanted_pitch", "tailored_supplier", "en", "niche job board cites her specific recent Go job posts", [
    ("gojobs", "2025-05-05 08:45", "Hi Katharina, noticed you've posted three Go backend roles in Vienna on LinkedIn in April (Fernlicht-style analytics, a fintech and a logistics platform). GopherBoard is a job board just for Go developers, about 600 active readers in Austria and Southern Germany. Agencies pay 290 EUR per post. I'd be happy to give you two free posts for your current Go roles, and if you get zero applications you owe us nothing, obviously."),
    ("me", "2025-05-05 10:10", "Hi Maya, why not. Two free posts for the fintech and logistics roles, I'll send the texts."),
])

P("arbeitsrecht", "Mag. Daniel Strasser", "Strasser & Partner Rechtsanwälte", "Partner Arbeitsrecht", connected="2025-12-15")
C("wanted_pitch", "tailored_service", "de", "bezieht sich auf ihren Fachartikel zur Entgelttransparenz, bietet Workshop", [
    ("arbeitsrecht", "2025-12-15 10:30", "Sehr geehrte Frau Steindl,\nIhr Gastbeitrag im Wiener Wirtschaftsblatt zur EU-Entgelttransparenzrichtlinie hat mir gefallen, vor allem Ihr Punkt, dass Personalberater ab Juni 2026 ihren Kunden erklären müssen, warum eine Gehaltsbandbreite im Inserat nicht mehr freiwillig ist. Wir bieten Agenturen einen 3-stündigen Workshop dazu an, mit Musterformulierungen für Inserate und Kundenverträge, 980 € netto für Ihr ganzes Team. Wäre das im Jänner interessant?"),
    ("me", "2025-12-15 11:45", "Sehr geehrter Herr Strasser, ja, genau darauf bereiten wir uns gerade vor. Mitte Jänner, gern bei uns im Büro."),
])

P("uebersetzung", "Anna-Lena Brandl", "", "Übersetzerin DE/EN (freiberuflich)", connected="2025-07-28")
C("wanted_pitch", "tailored_freelancer", "mixed", "noticed her English job ads but German contracts; offers bilingual contract summaries", [
    ("uebersetzung", "2025-07-28 12:10", "Hallo Frau Steindl / Hi Katharina,\nI'll write in both, since that's the point: your job ads are in English for international devs, but the Dienstverträge your clients send are German only (a candidate of yours posted about not understanding his 'Konkurrenzklausel'). Ich mache zweisprachige Zusammenfassungen von Dienstverträgen für Kandidat:innen, 1 Seite, in 24 h, 95 € pro Vertrag. That could be a nice extra service for your clients."),
    ("me", "2025-07-28 13:30", "Hi Frau Brandl, that's a good idea, I hear that complaint a lot. Schicken Sie mir bitte ein Beispiel (anonymisiert)?"),
])

P("techscreen", "Raphael Huber", "", "Senior Software Engineer | Technical Interviewer", connected="2025-09-29")
C("wanted_pitch", "tailored_freelancer", "en", "refers to her post about clients rejecting candidates in tech interviews; offers pre-screening", [
    ("techscreen", "2025-09-29 19:20", "Hi Katharina, in your post last week you wrote that two clients rejected your backend candidates in the technical round for 'system design gaps' and that you can't judge that yourself. I'm a senior Go/Java engineer (10 yrs, now freelance) and I do 45-min technical pre-screens for agencies: structured, same questions every time, short written report. 150 EUR per screen. I'd happily do the first two free for your current Fernlicht-type searches so you can see if it changes your hit rate."),
    ("me", "2025-09-30 08:30", "Hi Raphael, that's really relevant. Let's try two. I'll send you the candidates' CVs with their consent."),
])

# ---------------------------------------------------------------- junk

P("cp1", "Jake Morrison", "Outbound Engine", "Founder", connected="2025-04-07",
  invite=("IN", "2025-04-07 07:20", ""))
C("junk", "connect_then_pitch", "en", "small talk, she replies, then lead gen pitch and bump", [
    ("cp1", "2025-04-07 07:45", "Hey Katharina, thanks for connecting! How's the Vienna tech scene these days?"),
    ("me", "2025-04-07 12:30", "Hi Jake, busy! Lots of movement in DevOps."),
    ("cp1", "2025-04-08 08:00", "Love that. Actually, we help recruitment agencies land 5-8 new retained clients per month with done-for-you outbound. Would you be open to a quick 15-min call this week? calgo.example/jake-oe"),
    ("cp1", "2025-04-15 08:00", "Hey Katharina, circling back on this 👆"),
])

P("cp2", "Sabine Leitgeb", "", "Business Mentorin | Female Founders", connected="2025-10-13",
  invite=("IN", "2025-10-12 21:00", "Liebe Katharina, ich vernetze mich gern mit inspirierenden Gründerinnen!"))
C("junk", "connect_then_pitch", "de", "Danke fürs Vernetzen, dann bezahltes Mentoring in Nachricht 2", [
    ("cp2", "2025-10-13 09:00", "Liebe Katharina, schön, dass wir uns vernetzt haben! 🌷 Ich folge dir schon länger, tolle Energie!"),
    ("cp2", "2025-10-15 09:00", "Ich wollte dir noch erzählen: ich öffne gerade meine 'Founder Queen' Mastermind für 2026, 8 Gründerinnen, 6 Monate, 2.400 €. Ich hätte dich gern dabei. Magst du dir ein Kennenlerngespräch buchen?"),
])

P("cp3", "Ahmed Farouk", "TalentBridge Global", "Director", connected="2026-02-02",
  invite=("IN", "2026-02-01 16:00", ""))
C("junk", "connect_then_pitch", "en", "connect, small talk, offshore sourcing pitch in message 3", [
    ("cp3", "2026-02-02 10:00", "Hi Katharina, great to connect with a fellow recruitment leader!"),
    ("me", "2026-02-02 12:00", "Thanks Ahmed, likewise."),
    ("cp3", "2026-02-03 10:00", "How is hiring looking for you in Q1?"),
    ("cp3", "2026-02-05 10:00", "Reason I ask: we provide dedicated offshore recruiters for agencies at 1,400 USD/month full-time. Many agencies in Europe have doubled their placements with us. Can I send you profiles?"),
])

P("agency1", "Patrick Hauser", "CodeHunters Recruiting", "Senior Consultant", connected="2025-03-17")
C("junk", "sells_what_you_sell", "de", "andere Agentur bietet ihr IT-Recruiting an", [
    ("agency1", "2025-03-17 10:00", "Hallo Frau Steindl, suchen Sie aktuell IT-Fachkräfte für Ihr Unternehmen? Wir sind spezialisiert auf die Vermittlung von Entwicklern, DevOps und Data Scientists im DACH-Raum und haben einen Pool von über 8.000 Kandidaten. Gerne stelle ich Ihnen passende Profile vor!"),
])
P("agency2", "Emily Clarke", "TechTalent Partners", "Account Manager", connected="2025-07-21")
C("junk", "sells_what_you_sell", "en", "another agency pitches developer hiring to her", [
    ("agency2", "2025-07-21 09:30", "Hi Katharina, is Steindl Tech Recruiting hiring developers this year? We help growing companies hire top engineering talent in under 30 days. Our fee starts at just 15%. Happy to share some anonymised profiles!"),
])

P("capacity", "Ben Whitaker", "ReferralHub", "Partnerships", connected="2025-05-12")
C("junk", "capacity_ask", "en", "asks whether she has capacity for new clients", [
    ("capacity", "2025-05-12 14:00", "Hi Katharina, quick question: do you have capacity for new clients right now? We connect agencies with companies looking to hire. Members get 3-5 warm intros a month. Let me know and I'll share the details."),
    ("capacity", "2025-05-19 14:00", "Hi Katharina, any thoughts on this?"),
])

P("likeminded", "Roland Fürst", "", "Unternehmer | Investor | Netzwerker", connected="2025-01-13")
C("junk", "like_minded_networking", "de", "Gleichgesinnte Unternehmer vernetzen, Netzwerk mit Beitrag", [
    ("likeminded", "2025-01-13 20:30", "Servus Katharina, ich vernetze mich gern mit gleichgesinnten Unternehmern, die etwas bewegen wollen. Wir haben in Wien einen kleinen Kreis von Entscheidern, die sich gegenseitig Geschäft zuspielen, monatliches Frühstück im 1. Bezirk. Jahresbeitrag 1.200 €, erstes Frühstück gratis. Bist dabei?"),
])

P("quickcall", "Nathalie Rousseau", "BrightOps Consulting", "Consultant", connected="2025-08-04")
C("junk", "quick_call_ask", "en", "quick 15-minute call with no stated reason", [
    ("quickcall", "2025-08-04 08:15", "Hi Katharina, would you have 15 minutes for a quick call next week? I'd love to learn more about your business and share some ideas on how we help companies scale. Here's my calendar: meetwise.example/nathalie"),
    ("quickcall", "2025-08-11 08:15", "Hi Katharina, just following up, does next week work?"),
])

# one template, five senders (one in German)
P("tm1", "Ryan Fletcher", "Placement Accelerator", "Head of Growth", connected="2025-02-17")
C("junk", "mass_template", "en", "template C 1/5: 'most recruitment agencies leave money on the table'", [
    ("tm1", "2025-02-17 11:00", "Hi Katharina, most recruitment agency owners I speak to are leaving at least 30% of their revenue on the table because their BD is inconsistent. We've built a system that fixes that in 60 days. Would it be crazy to have a quick chat?"),
])
P("tm2", "Olivia Grant", "Agency Scale Lab", "Growth Partner", connected="2025-04-14")
C("junk", "mass_template", "en", "template C 2/5", [
    ("tm2", "2025-04-14 11:30", "Hi Katharina, most recruitment agency founders I talk to leave at least 30% of revenue on the table because business development is inconsistent. We built a system that fixes this within 60 days. Would it be crazy to jump on a short call?"),
])
P("tm3", "Connor Hughes", "RecruitRevenue", "Partner", connected="2025-06-30")
C("junk", "mass_template", "en", "template C 3/5", [
    ("tm3", "2025-06-30 10:15", "Hey Katharina! Most agency owners I speak with are leaving 30%+ of revenue on the table due to inconsistent BD. Our system fixes that in 60 days. Crazy idea to have a quick chat?"),
])
P("tm4", "Priya Sharma", "Desk Growth Co", "Founder", connected="2025-09-22")
C("junk", "mass_template", "en", "template C 4/5, company name inserted", [
    ("tm4", "2025-09-22 09:00", "Hi Katharina, most recruitment agencies like Steindl Tech Recruiting GmbH leave at least 30% of revenue on the table because their business development is inconsistent. We have a system that fixes this in 60 days. Would it be crazy to have a quick chat?"),
])
P("tm5", "Manuel Stadler", "Umsatzhebel Personal", "Geschäftsführer", connected="2025-11-10")
C("junk", "mass_template", "de", "Vorlage C 5/5 auf Deutsch", [
    ("tm5", "2025-11-10 10:00", "Hallo Katharina, die meisten Personalberatungs-Inhaber, mit denen ich spreche, lassen mindestens 30 % Umsatz liegen, weil ihr Vertrieb unregelmäßig ist. Wir haben ein System, das das in 60 Tagen behebt. Wäre es verrückt, kurz zu telefonieren?"),
])

P("mt1", "Chris Donovan", "LeadSpark", "SDR", connected="2025-03-31")
C("junk", "merge_tag_fail", "en", "{first_name} and {company} left in", [
    ("mt1", "2025-03-31 06:00", "Hi {first_name}, loved what {company} is doing in the {industry} space! We help teams like yours book more demos with AI-powered outreach. Worth a quick chat?"),
])
P("mt2", "Julia Steiner", "Bürowelt Austria", "Vertrieb", connected="2025-06-09")
C("junk", "merge_tag_fail", "de", "{{Vorname}} nicht ersetzt", [
    ("mt2", "2025-06-09 09:45", "Hallo {{Vorname}}, neue Büromöbel für Ihr Team? Ergonomische Sitz-Steh-Tische ab 399 € netto, Lieferung in ganz Österreich. Darf ich Ihnen unseren Katalog schicken?"),
])
P("mt3", "Kevin Lang", "Insight Surveys", "Research Partner", connected="2025-12-08")
C("junk", "merge_tag_fail", "en", "wrong name and wrong company", [
    ("mt3", "2025-12-08 13:20", "Hi Verena, congratulations on your growth at Steindl Consulting! We run employee engagement surveys for professional services firms. Would you like to see a sample report?"),
])
P("mt4", "Doris Holzer", "Messeprofi GmbH", "Projektleiterin", connected="2025-01-27")
C("junk", "merge_tag_fail", "de", "[Name] und [Firma] als Platzhalter", [
    ("mt4", "2025-01-27 11:30", "Sehr geehrte/r [Name], präsentieren Sie [Firma] auf der Karrieremesse Süd 2025! Standflächen ab 2.900 €. Frühbucherrabatt bis Ende Februar."),
])

P("lm1", "LinkedIn Member", "", "", url="")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for a recruiting software", [
    ("lm1", "2025-05-06 12:00", "<p>Hi Katharina,</p><p>Recruiters using TalentOS fill roles 40% faster. See how AI sourcing &amp; automated outreach work together.</p><p>Book your free demo.</p>"),
], title="Sponsored Conversation", subject="Fill roles 40% faster")
P("lm2", "LinkedIn Member", "", "", url="")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Firmenkreditkarte", [
    ("lm2", "2025-10-21 12:00", "<p>Hallo Katharina,</p><p>die Business Card für Gründer:innen: keine Jahresgebühr &amp; 1 % Cashback. Jetzt in 5 Minuten beantragen.</p>"),
], title="Sponsored Conversation", subject="Ihre neue Business Card")

P("award", "Sandra Koller", "Austrian Recruiting Awards", "Awards Team", connected="2025-09-01")
C("junk", "paid_award", "de", "Award-Nominierung mit Gebühr", [
    ("award", "2025-09-01 09:00", "Herzlichen Glückwunsch, Katharina! 🏆 Steindl Tech Recruiting wurde von unserer Fachjury als Finalist für 'Recruiting Agency of the Year 2025' ausgewählt. Für die Teilnahme an der Gala und die Nutzung des Finalisten-Siegels fällt eine Teilnahmegebühr von 1.650 € zzgl. USt. an. Bitte bestätigen Sie bis Freitag."),
])
P("podcast", "Dylan Hart", "The Recruiter Growth Show", "Host & Producer", connected="2025-11-17")
C("junk", "paid_feature", "en", "podcast feature with a sponsorship fee", [
    ("podcast", "2025-11-17 15:00", "Hey Katharina! We'd love to have you as a guest on The Recruiter Growth Show (top 5% globally!). Guest features include a professional edit, clips for LinkedIn and a blog article, for a one-time investment of 850 USD. Would you like to grab a recording slot?"),
    ("podcast", "2025-11-24 15:00", "Hi Katharina, just checking if you saw this, we have 2 slots left in December!"),
])

P("seo", "Sunil Verma", "RankRise Digital", "SEO Manager", connected="2025-02-03")
C("junk", "generic_service_pitch", "en", "generic SEO pitch", [
    ("seo", "2025-02-03 04:45", "Hello Katharina,\nI have gone through your website and found it is not mobile friendly and has many SEO issues. We can fix it and bring your site on Google first page. We are offering 40% discount this month. Kindly share your WhatsApp number so we can discuss.\nRegards, Sunil"),
])

P("solar", "Manfred Eibl", "Sonnenstrom Österreich", "Energieberater", connected="2025-05-26")
C("junk", "off_topic_product", "de", "Photovoltaik fürs Eigenheim", [
    ("solar", "2025-05-26 18:30", "Grüß Gott Frau Steindl, jetzt noch die Förderung für Ihre PV-Anlage sichern! ☀️ Wir beraten Eigenheimbesitzer in ganz Niederösterreich und Wien kostenlos. Darf ich Sie zurückrufen?"),
])

P("wein", "Leopold Bauer", "Weingut Bauer Kremstal", "Export & B2B", connected="2025-11-03")
C("junk", "off_topic_product", "de", "Weinpräsente für Firmenkunden", [
    ("wein", "2025-11-03 10:30", "Liebe Frau Steindl, noch auf der Suche nach Weihnachtsgeschenken für Ihre Kunden? 🍷 Unsere Präsentkartons mit Grünem Veltliner und Zweigelt gibt's ab 34 € inkl. Grußkarte. Bestellungen bis 10.12."),
], folder="ARCHIVE")

P("krypto", "Maximilian Rainer", "", "Trader | Coach", connected="2025-08-11")
C("junk", "mlm_crypto", "de", "Krypto-Trading-Coaching", [
    ("sys", "2025-08-11 22:00", "Message request accepted"),
    ("krypto", "2025-08-11 22:01", "Hey Katharina, bist du offen für ein passives Einkommen neben deiner Firma? Mit meiner Trading-Strategie verdienen meine Schüler 2-4 % pro Woche. Schau dir mein kostenloses Webinar an 🚀"),
])

P("ats_generic", "Lisa Brunner", "RecruitFlow Software", "Account Executive", connected="2025-07-07")
C("junk", "generic_counterpart_software", "de", "generische Recruiting-Software (Gegenstück zu Slotly/CVLingo)", [
    ("ats_generic", "2025-07-07 09:00", "Hallo Frau Steindl, mit RecruitFlow verwalten Sie Ihre Bewerber, Stellen und Kunden in einer Software. Über 500 Unternehmen vertrauen uns bereits. Darf ich Ihnen in einer kurzen Demo zeigen, wie Sie Zeit sparen?"),
    ("ats_generic", "2025-07-14 09:00", "Hallo Frau Steindl, ich wollte nochmal nachfragen, ob Interesse an einer Demo besteht."),
])

P("jobboard_generic", "Tanja Egger", "JobMax Österreich", "Sales", connected="2025-03-10")
C("junk", "generic_counterpart_jobboard", "de", "generische Jobbörse (Gegenstück zu GopherBoard)", [
    ("jobboard_generic", "2025-03-10 10:15", "Hallo Frau Steindl, erreichen Sie mehr Bewerber mit JobMax! Jetzt im März: 3 Inserate zum Preis von 2. Für alle Branchen und Regionen. Einfach hier buchen."),
])

P("translate_generic", "Global Lingua Team", "Global Lingua Services", "Sales Team", connected="2025-08-18")
C("junk", "generic_counterpart_translation", "en", "generic translation agency pitch (counterpart of the bilingual contract freelancer)", [
    ("translate_generic", "2025-08-18 07:00", "Dear Sir/Madam, Global Lingua provides professional translation in 120+ languages for legal, medical and technical documents. Fast turnaround, competitive rates. Please let us know your requirements."),
])

P("office_generic", "Thomas Wieser", "FlexOffice Vienna", "Leasing Manager", connected="2025-11-12")
C("junk", "generic_counterpart_office", "de", "generisches Büroangebot in Wien (Gegenstück zum Grazer Coworking)", [
    ("office_generic", "2025-11-12 12:00", "Hallo Frau Steindl, auf der Suche nach einem neuen Büro? FlexOffice bietet flexible Arbeitsplätze an 6 Standorten in Wien, ab 299 € im Monat. Jetzt Besichtigung vereinbaren!"),
])

P("sec_generic", "Daniel Wagner", "CyberShield Solutions", "Account Manager", connected="2025-06-16")
C("junk", "generic_counterpart_security", "en", "generic cybersecurity pitch (counterpart of the concrete form finding)", [
    ("sec_generic", "2025-06-16 08:30", "Hi Katharina, cyber attacks on SMEs rose by 60% last year. Is Steindl Tech Recruiting protected? Our managed security package covers endpoint protection, backups and staff training from 19 EUR per user. Can we book a free assessment?"),
])

P("fluent", "Isabella Roth", "Northstar Advisory", "Managing Partner", connected="2025-10-06")
C("junk", "generic_service_pitch", "en", "fluent, warm pitch naming her company that could go to anyone", [
    ("fluent", "2025-10-06 17:15", "Hi Katharina, I've been following Steindl Tech Recruiting's journey for a while and I really admire the way you've grown the business. Founders at your stage often tell me the hardest part is knowing what to focus on next, strategy, people or systems. That's exactly where we help. Would you be open to a virtual coffee to hear where you want to take Steindl Tech Recruiting in 2026?"),
])

P("bump", "Gregor Aichinger", "Telefonwerk", "Vertrieb", connected="2025-01-20")
C("junk", "followup_bump", "de", "Telefonanlage, mehrere Erinnerungen ohne Antwort", [
    ("bump", "2025-01-20 09:00", "Hallo Frau Steindl, telefonieren Sie noch mit der alten Anlage? Unsere Cloud-Telefonie spart bis zu 40 %."),
    ("bump", "2025-01-27 09:00", "Hallo Frau Steindl, darf ich nochmal nachhaken?"),
    ("bump", "2025-02-04 09:00", "Frau Steindl, ich probier's ein letztes Mal, ist das Thema relevant?"),
])

P("vorsorge", "Christian Haas", "Haas Finanzplanung", "Vermögensberater", connected="2025-12-01")
C("junk", "off_topic_product", "de", "private Vorsorge für Unternehmerinnen", [
    ("vorsorge", "2025-12-01 19:00", "Liebe Frau Steindl, als Unternehmerin ist die eigene Pension oft das letzte Thema. Gerade jetzt zum Jahresende lohnt sich ein Check, steuerlich! Darf ich Ihnen unverbindlich zeigen, wie Sie vorsorgen können?"),
])

P("webdesign", "Aleksandra Nowak", "Pixelform Studio", "Webdesignerin", connected="2025-04-28")
C("junk", "generic_service_pitch", "de", "generisches Webdesign", [
    ("webdesign", "2025-04-28 13:00", "Hallo Katharina! Ist deine Website noch zeitgemäß? Wir gestalten moderne Websites, die verkaufen, ab 1.990 €. Kurzer Call diese Woche? 😊"),
])

P("whitelabel", "Rahul Menon", "HireStack Offshore", "BD Manager", connected="2026-01-19")
C("junk", "sells_what_you_sell", "en", "white-label recruiting offer: sells her own service back to her", [
    ("whitelabel", "2026-01-19 05:30", "Dear Katharina, we offer white-label recruitment services for agencies: sourcing, screening and placement handled by our team under your brand, at 40% of the fee. 300+ agencies trust us worldwide. Shall I share our rate card?"),
    ("whitelabel", "2026-01-26 05:30", "Dear Katharina, gentle reminder regarding our white-label partnership offer."),
])

P("leadgen_de", "Felix Kogler", "Termindruck GmbH", "Geschäftsführer", connected="2026-03-02")
C("junk", "generic_service_pitch", "de", "Leadgenerierung für Personalberatungen", [
    ("leadgen_de", "2026-03-02 08:00", "Hallo Frau Steindl, wir liefern Personalberatungen jeden Monat 15+ Erstgespräche mit HR-Entscheidern, garantiert, sonst Geld zurück. Hätten Sie diese Woche 15 Minuten?"),
])

P("cvdb", "Marcel Huemer", "DataTalent Pool", "Vertriebsleiter", connected="2025-06-02")
C("junk", "sells_what_you_sell", "de", "verkauft eine CV-Datenbank an eine Recruiterin", [
    ("cvdb", "2025-06-02 07:10", "Hallo Frau Steindl, schluss mit mühsamem Sourcing! Unsere Datenbank enthält über 50.000 aktuelle IT-Lebensläufe aus dem DACH-Raum, täglich aktualisiert. Zugang für 12 Monate nur 490 € netto. Jetzt Testzugang anfordern!"),
])

P("aiagent", "Zoe Kim", "HireBot AI", "Founding AE", connected="2025-12-22")
C("junk", "followup_bump", "en", "AI recruiter agent pitch followed by unanswered bumps", [
    ("aiagent", "2025-12-22 16:00", "Hi Katharina, what if your agency could screen 1,000 candidates overnight? HireBot's AI agent calls, screens and ranks candidates for you. Agencies see 3x placements. Free pilot for January?"),
    ("aiagent", "2026-01-05 16:00", "Hi Katharina, happy new year! Bumping this in case it got lost over the holidays."),
    ("aiagent", "2026-01-13 16:00", "Hi again, last nudge from me: the free pilot spots close Friday."),
])

# ---------------------------------------------------------------- profile

PROFILE = {
    "First Name": "Katharina", "Last Name": "Steindl",
    "Headline": "Founder @ Steindl Tech Recruiting | IT-Recruiting in Wien: DevOps, Backend, Security",
    "Summary": ("Ich besetze IT-Stellen in Wien und Graz, vor allem DevOps, Backend und Security, für "
                "Startups, Scale-ups und den Mittelstand. Fünf Leute, viel Kaffee, ehrliche Beratung. "
                "We work in German and English and help international candidates with relocation "
                "and the Red-White-Red card. Contingency, exclusive and retained search."),
    "Industry": "Staffing and Recruiting", "Geo Location": "Vienna, Austria",
    "Websites": "[COMPANY:steindl-tech.at]",
}
POSITIONS = [
    {"Company Name": "Steindl Tech Recruiting GmbH", "Title": "Founder & Managing Director",
     "Description": "IT-Personalberatung in Wien, seit 2025 auch in Graz.",
     "Location": "Wien", "Started On": "Mar 2020", "Finished On": ""},
    {"Company Name": "Talentia Europe", "Title": "Senior Consultant IT",
     "Description": "", "Location": "Wien", "Started On": "Feb 2014", "Finished On": "Feb 2020"},
    {"Company Name": "Mobilkom Vertrieb", "Title": "Sales Representative",
     "Description": "", "Location": "Wien", "Started On": "Sep 2011", "Finished On": "Jan 2014"},
]
SKILLS = ["Technical Recruiting", "Executive Search", "Active Sourcing", "DevOps", "Cloud Computing",
          "Employer Branding", "Candidate Experience", "Negotiation", "Relocation",
          "Personalberatung", "Arbeitsrecht Grundlagen", "Business Development", "Boolean Search"]


def main() -> None:
    ex.write(HERE.parent / SLUG, PROFILE, POSITIONS, SKILLS)
    print(ex.summary())


if __name__ == "__main__":
    main()

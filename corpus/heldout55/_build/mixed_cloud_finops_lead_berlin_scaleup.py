"""heldout55 persona: Mira Kowalczyk, Head of FinOps at Tellwerk, a Berlin logistics-software
scale-up; German and English about half and half. Written blind to the detector code,
session 5. Layout 2026.

Run: /work/main/.venv/bin/python corpus/heldout55/_build/mixed_cloud_finops_lead_berlin_scaleup.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-cloud-finops-lead-berlin-scaleup"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Mira Kowalczyk", "https://www.linkedin.com/in/mira-kowalczyk-finops",
               "Tellwerk", "Head of FinOps")
ex = Export(SLUG, "2026", owner)
P, C = ex.person, ex.conv

# ---------------------------------------------------------------- genuine

P("jonas", "Jonas Albrecht", "Tellwerk", "Engineering Lead, Platform", connected="2022-04-11")
C("genuine", "engineering_budget_request", "de", "Platform-Lead fragt Budget für neuen Cluster", [
    ("jonas", "2025-03-10 09:12", "Hi Mira, kurze Vorwarnung: wir brauchen für die Routing-Engine einen zweiten EKS-Cluster in eu-west-1 (Kunde will Failover außerhalb Frankfurt). Grob geschätzt 6-8k im Monat. Muss das ins Q2-Forecast oder reicht's, wenn ich's im Budget-Review erwähne?"),
    ("me", "2025-03-10 09:40", "Danke fürs frühe Bescheidsagen! Bitte ins Forecast, und tagg den Cluster direkt mit cost-center=routing und customer=shared, sonst sucht Felix im Juni wieder. Wenn's nur Failover ist: reicht nicht ein warm standby mit kleineren Nodes? Lass uns Donnerstag 15 min drauf schauen."),
    ("jonas", "2025-03-10 09:42", "Warm standby hatte ich auch im Kopf. Donnerstag passt 👍"),
])

P("priya", "Priya Venkatesan", "Tellwerk", "Engineering Manager, Data", connected="2023-01-16")
C("genuine", "engineering_cost_spike", "en", "data team manager about a query cost spike", [
    ("priya", "2025-04-02 16:45", "Mira, I think we broke something. The warehouse bill for March is almost 2x February. One of the new dbt models does a full scan of the shipments table every 15 minutes, I'm pretty sure. We've paused it. Sorry!!"),
    ("me", "2025-04-02 17:05", "No need to be sorry, that's what the anomaly alert is for 🙂 Can you make it incremental and partition by shipment_date? And let's add a per-model cost check in CI, I'll send you the query we used at Radwerk."),
    ("priya", "2025-04-02 17:10", "Yes and yes. Fix ships tomorrow."),
])

P("cfo", "Dr. Katja Reimann", "Tellwerk", "CFO", connected="2022-03-01")
C("genuine", "cfo_forecast", "de", "CFO will Cloud-Forecast für den Board; hart: Budget", [
    ("cfo", "2025-06-18 08:00", "Mira, für das Board-Meeting am 2.7. brauche ich eine Seite Cloud: Ist H1 vs. Plan, Forecast H2, und die Effekte der Savings Plans. Bitte mit einer ehrlichen Zahl, was passiert, wenn der Großkunde im Herbst live geht. Bis 27.6. machbar?"),
    ("me", "2025-06-18 08:30", "Machbar. Vorab: H1 liegen wir 4 % unter Plan, Savings Plans bringen ca. 190k aufs Jahr. Der Großkunde kostet uns im Worst Case 35k/Monat extra, realistisch eher 22k. Ich schick dir Entwurf am 25."),
    ("me", "2025-06-25 17:20", "Entwurf anbei. Die Folie 3 ist die wichtige."),
    ("cfo", "2025-06-25 19:05", "Sehr gut, genau so. Danke!"),
], attachments={2: "https://www.linkedin.com/dms/cloud-h1-board-draft.pdf"})

P("felix", "Felix Baum", "Tellwerk", "Head of Controlling", connected="2022-05-02")
C("genuine", "finance_accruals", "de", "Controller fragt nach Abgrenzung der Cloud-Rechnung", [
    ("felix", "2025-07-01 10:15", "Moin Mira, die AWS-Rechnung für Juni kommt erst am 3., ich muss aber heute abgrenzen. Kannst du mir eure Schätzung aus dem Cost Explorer geben, aufgeteilt nach den drei Kostenstellen?"),
    ("me", "2025-07-01 10:40", "Klar: Produkt 148,2k, Data 41,7k, Intern 12,9k (netto, vor Credits). Abweichung zur echten Rechnung ist meistens unter 1 %."),
    ("felix", "2025-07-01 10:42", "Du bist die Beste."),
])

P("aws_am", "Hannah Lindgren", "Amazon Web Services", "Account Manager, Startups DACH", connected="2023-06-20")
C("genuine", "cloud_account_manager_contract", "en", "existing cloud account manager about commitment renewal and discounts; hard: contract, price", [
    ("aws_am", "2025-09-03 14:00", "Hi Mira, hope the summer was good! Your private pricing agreement runs until end of January. Based on your current run rate I think we can look at a higher commitment tier, which would take the discount from 7% to 9% on the commit. Do you have time for a call in the next two weeks to go through the options? I'll bring our solutions architect for the Graviton plans too."),
    ("me", "2025-09-03 15:30", "Hi Hannah, yes, timing is good. I'll want to see the numbers for a 2-year vs 3-year term, and flexibility if we move some workloads to eu-west-1. Does Tuesday 16th work?"),
    ("aws_am", "2025-09-03 15:45", "Tuesday 16th at 11 works. I'll send an invite."),
    ("aws_am", "2025-09-17 09:00", "Thanks for yesterday. Proposal with the three scenarios is in your inbox; the 3-year one includes the migration credits we discussed."),
])

P("costwise", "Daniel Osei", "Costwise", "Customer Success Lead", connected="2024-02-12")
C("genuine", "existing_tool_vendor_price_change", "en", "current FinOps tool announces price change at renewal; hard: vendor pricing", [
    ("costwise", "2025-10-06 11:00", "Hi Mira, a heads-up ahead of your renewal in December: we're moving from a flat platform fee to 0.6% of managed cloud spend, capped. For Tellwerk that would mean roughly +18% year on year. I know that's not fun to hear. We can keep you on the current model for one more year if you sign a 2-year renewal. Happy to talk it through."),
    ("me", "2025-10-06 13:20", "Hi Daniel, thanks for the transparency. +18% is a hard sell internally when our spend is growing because of customers, not because Costwise does more. Let's talk - and please include the cap numbers in writing."),
    ("costwise", "2025-10-06 14:00", "Totally fair. Cap details and both options sent by email. Call Thursday?"),
    ("me", "2025-10-06 14:10", "Thursday 10:00."),
])

P("lead_buy", "Stefan Pohl", "Pohl Kontraktlogistik GmbH", "Leiter IT", connected="2025-05-06",
  invite=("IN", "2025-05-06 08:20", "Hallo Frau Kowalczyk, wir interessieren uns für Tellwerk."))
C("genuine", "inbound_lead_wants_to_buy", "de", "Interessent will Tellwerk kaufen und fragt nach Preisen; hart: Inbound-Käufer", [
    ("lead_buy", "2025-05-06 08:40", "Guten Morgen Frau Kowalczyk, ich habe Ihren Vortrag auf dem Meetup gesehen und bin so auf Tellwerk gekommen. Wir sind ein Kontraktlogistiker mit 12 Standorten und suchen eine Routing-Lösung. Können Sie mir sagen, was Tellwerk für unsere Größe ungefähr kostet, und wer bei Ihnen der richtige Ansprechpartner für eine Demo ist?"),
    ("me", "2025-05-06 09:15", "Guten Morgen Herr Pohl, das freut mich! Ich bin selbst nicht im Vertrieb, aber ich leite Sie direkt an meinen Kollegen Tim Weber weiter (Sales DACH). Preise hängen von Fahrzeugen und Standorten ab, für 12 Standorte kann er Ihnen in der Demo eine konkrete Spanne nennen."),
    ("lead_buy", "2025-05-06 09:20", "Vielen Dank, sehr freundlich."),
])

P("customer_proc", "Ingrid Solberg", "Nordlys Freight AS", "Procurement Manager", connected="2024-11-19")
C("genuine", "client_asks_quote", "en", "customer's procurement asks for a quote for a dedicated EU hosting option; hard: quote", [
    ("customer_proc", "2025-08-12 10:00", "Hi Mira, your colleague said you're the one who knows what hosting actually costs. Our security team wants a dedicated single-tenant deployment in an EU region for our contract renewal. Could Tellwerk give us a quote for that option before 1 September? We need to understand the delta versus the shared platform."),
    ("me", "2025-08-12 11:30", "Hi Ingrid, happy to help. I'll work out the infrastructure cost with our platform team and hand it to your account executive, who will put it into a formal quote. Ballpark, dedicated usually adds 20-30% on top of the licence, depending on redundancy. You'll have it before the 1st."),
    ("customer_proc", "2025-08-12 11:45", "That's helpful, thank you."),
    ("me", "2025-08-26 16:00", "Quote went out from our AE today, I've attached the cost breakdown behind it so your security team can see what they're paying for."),
], attachments={3: "https://www.linkedin.com/dms/dedicated-hosting-breakdown.xlsx"})

P("elif", "Elif Aydın", "Radwerk Mobility", "FinOps Lead", connected="2021-09-14")
C("genuine", "peer_joint_offer", "de", "Peer schlägt gemeinsame Verhandlung/Angebot gegenüber Tool-Anbieter vor; hart: gemeinsames Angebot", [
    ("elif", "2025-10-08 20:15", "Mira!! Costwise hat uns auch die 0,6 % geschickt. Idee: wir drei (du, ich, Bogdan von Kiezkasse) gehen gemeinsam hin. Zusammen sind wir über 40 Mio Cloud-Spend, da sollte ein Gruppen-Deal drin sein. Oder wir machen zusammen eine Ausschreibung und nehmen den, der das beste Angebot macht. Bist du dabei?"),
    ("me", "2025-10-08 20:40", "Sowas von dabei. Ausschreibung finde ich stärker, dann müssen sich auch die anderen zwei Anbieter bewegen. Ich schreib einen Entwurf für die Anforderungen, du machst die Bewertungsmatrix?"),
    ("elif", "2025-10-08 20:42", "Deal. Bogdan ist auch schon drin 💪"),
])

P("rec_engaged", "Carolin Fink", "Fink & Partner Executive Search", "Senior Consultant", connected="2025-02-03")
C("genuine", "engaged_recruiter", "de", "von ihr beauftragte Personalberaterin für FinOps Analyst; vom Owner gestartet; hart: Honorar", [
    ("me", "2025-02-03 11:00", "Hallo Carolin, Elif Aydın hat dich empfohlen. Wir suchen eine:n FinOps Analyst:in, gern mit SQL und Erfahrung in Kubernetes-Kostenzuordnung. Deutsch nicht zwingend. Wie sind eure Konditionen?"),
    ("rec_engaged", "2025-02-03 13:30", "Hallo Mira, danke dir! Wir arbeiten bei solchen Rollen mit 22 % vom Jahreszielgehalt, ein Drittel bei Beauftragung, Rest bei Vertragsunterschrift. Für FinOps habe ich aktuell drei Leute im Gespräch, die meisten kommen aus Controlling oder SRE. Soll ich dir das Angebot schicken?"),
    ("me", "2025-02-03 13:50", "Ja bitte. Ein Drittel vorab geht bei uns nur bis 15 %, frag ich aber intern."),
    ("rec_engaged", "2025-02-17 09:40", "Vertrag angepasst (Retainer 15 %). Erste zwei Profile kommen morgen."),
])

P("applicant1", "Tomás Ferreira", "", "Cloud Cost Analyst", connected="2025-03-04")
C("genuine", "job_applicant", "en", "applicant for the FinOps analyst role; hard: hiring and salary", [
    ("applicant1", "2025-03-04 19:00", "Hi Mira, Carolin from Fink & Partner told me I could reach out directly. I applied for the FinOps Analyst role. I'm currently in Lisbon doing cloud cost analysis for a bank, mostly Azure, but I've been learning AWS CUR on the side. Two questions: is relocation support possible, and is the salary band flexible for someone with 3 years of experience?"),
    ("me", "2025-03-05 08:30", "Hi Tomás, thanks for reaching out. Relocation: yes, we have a package. Salary is within a band that Carolin can share; 3 years puts you in the middle of it. Azure-to-AWS is very learnable, the FinOps thinking is what matters. Let's do a first chat next week?"),
    ("applicant1", "2025-03-05 09:00", "That sounds great. My CV with the project details is attached."),
], attachments={2: "https://www.linkedin.com/dms/tomas-ferreira-cv.pdf"})

P("werkstudi", "Lea Schuster", "TU Berlin", "Studentin Wirtschaftsinformatik", connected="2025-04-14")
C("genuine", "working_student_applicant", "de", "Bewerbung Werkstudentin", [
    ("werkstudi", "2025-04-14 17:30", "Hallo Frau Kowalczyk, ich studiere Wirtschaftsinformatik im 4. Semester und interessiere mich sehr für FinOps (ich habe Ihren Meetup-Vortrag auf YouTube gesehen). Gibt es bei Tellwerk die Möglichkeit einer Werkstudierendenstelle im Team? Ich kann 16-20 Stunden pro Woche."),
    ("me", "2025-04-15 08:00", "Hallo Lea, ja, wir suchen tatsächlich ab Juni. Bewirb dich bitte über die Karriereseite und schreib dazu, dass wir gesprochen haben. Duzen ist übrigens völlig okay 🙂"),
])

P("meetup", "Nils Hartwig", "FinOps Berlin Meetup", "Organizer", connected="2023-10-05")
C("genuine", "event_invitation_real_contact", "en", "meetup organiser invites her to speak", [
    ("meetup", "2025-01-20 12:00", "Hey Mira! Would you do a talk at the April meetup? 25 min. People keep asking about unit economics and you mentioned your 'cost per shipment' metric last time over beers. Venue is at Kiezkasse's office this time."),
    ("me", "2025-01-20 14:00", "Happy to, Nils! I'll call it 'Cost per shipment, or how I learned to stop worrying about the total bill'."),
    ("meetup", "2025-01-20 14:05", "Perfect title. April 24th."),
])

# three near-duplicate thank-you notes after her meetup talk
P("thx1", "Anton Richter", "Fahrradkurier Kollektiv", "Backend Developer", connected="2025-04-24")
P("thx2", "Grace Okafor", "Lumen Payments", "Cloud Engineer", connected="2025-04-25")
P("thx3", "Sven Hilbig", "Kiezkasse", "SRE", connected="2025-04-25")
C("genuine", "thanks_after_talk", "de", "fast gleicher Dank nach ihrem Meetup-Talk (1/3)", [
    ("thx1", "2025-04-24 22:10", "Hi Mira, danke für den Talk heute beim FinOps Meetup! Das mit den Kosten pro Sendung statt Gesamtrechnung hat bei mir richtig Klick gemacht."),
])
C("genuine", "thanks_after_talk", "en", "near-duplicate thanks after her meetup talk (2/3)", [
    ("thx2", "2025-04-25 08:30", "Hi Mira, thanks for your talk at the FinOps meetup last night! The cost-per-shipment idea really clicked for me. Would you share the slides?"),
    ("me", "2025-04-25 09:15", "Thanks Grace! Slides are on the meetup page now."),
])
C("genuine", "thanks_after_talk", "en", "near-duplicate thanks after her meetup talk (3/3)", [
    ("thx3", "2025-04-25 10:02", "Thanks for the talk yesterday Mira, great stuff. Stealing the unit cost idea for our team 😄"),
])

P("exkollege", "Robert Lange", "Radwerk Mobility", "Senior Software Engineer", connected="2019-08-01")
C("genuine", "former_colleague_in_spam", "de", "ehemaliger Kollege landet im SPAM-Ordner (mit Link)", [
    ("exkollege", "2025-06-02 21:00", "Mira! Lange her. Wir machen am 20. Juni ein Abschiedsgrillen für Matthias (geht nach Kanada). Anmeldung hier: https://forms.example.com/grillen-matthias - komm bitte, er hat extra nach dir gefragt!"),
    ("me", "2025-06-11 18:30", "Robert, sorry, LinkedIn hat dich in den Spam-Ordner gesteckt 🙈 Bin angemeldet, ich bring Kartoffelsalat."),
], folder="SPAM")

P("mentor", "Prof. Helen Carter", "Hertie School", "Professor of Digital Economics", connected="2015-05-20")
C("genuine", "long_standing_mentor", "en", "long-standing mentor from her master's, yearly check-in", [
    ("mentor", "2025-12-19 10:00", "Dear Mira, as every December, I'm curious what you're up to. I keep telling my students that 'FinOps' is a real job because of you. Any chance you'd guest-lecture in spring?"),
    ("me", "2025-12-19 13:40", "Dear Helen, always so lovely to hear from you. Yes to spring! And this year I finally have a team of three, so I can talk about managing people too."),
    ("mentor", "2025-12-19 14:00", "Wonderful. Let's have lunch in January."),
])

P("berater", "Malte Brinkmann", "Brinkmann Cloud Advisory", "Freelance Cloud Consultant", connected="2023-03-09")
C("genuine", "owner_requests_consultant_quote", "de", "sie fragt bekannten Berater nach Angebot; vom Owner gestartet; hart: Angebot", [
    ("me", "2025-09-22 09:00", "Hi Malte, die Commitment-Analyse letztes Jahr war Gold wert. Wir verhandeln im Januar den Vertrag mit AWS neu und ich hätte gern eine zweite Meinung zu den drei Szenarien. Hast du im Oktober 4-5 Tage? Was würde das kosten?"),
    ("berater", "2025-09-22 11:20", "Hi Mira, freut mich! Oktober geht, zweite Hälfte. Tagessatz wie letztes Jahr 1.350 €, bei 5 Tagen mache ich 6.500 € pauschal. Ich brauch Lesezugriff auf den CUR und die Angebotsunterlagen."),
    ("me", "2025-09-22 11:40", "Passt. Ich schick dir den Auftrag über Einkauf."),
])

P("gcp_am", "Marco Bellini", "Google Cloud", "Startup Success Manager", connected="2024-05-10")
C("genuine", "second_cloud_account_manager", "en", "second cloud AM about expiring startup credits", [
    ("gcp_am", "2025-05-20 15:00", "Hi Mira, a reminder that your remaining startup credits expire on 30 June (~$14k left). If the data team is planning any BigQuery experiments, now's a good time. Also happy to discuss what happens after credits, no pressure."),
    ("me", "2025-05-20 16:10", "Thanks Marco, good reminder. I'll tell Priya. After that we'll probably go down to almost nothing on GCP, just so you know."),
])

P("tagging", "Kerstin Vogel", "Tellwerk", "Team Lead, Backend", connected="2022-09-05")
C("genuine", "engineering_tagging_question", "de", "Team-Lead fragt zur Tagging-Policy", [
    ("tagging", "2025-02-11 11:30", "Hey Mira, unsere Pipeline bricht seit heute ab, weil der Terraform-Check 'owner' als Pflicht-Tag will. Ist das Absicht? Bei den S3-Buckets aus 2021 weiß ehrlich gesagt niemand mehr, wem die gehören 😅"),
    ("me", "2025-02-11 11:45", "Absicht, aber nur für neue Ressourcen. Die alten Buckets sind auf der Ausnahmeliste bis Ende März. Schreib bei unklaren einfach owner=team-backend, dann fragen wir euch, wenn einer teuer wird."),
    ("tagging", "2025-02-11 11:47", "Fair. Danke!"),
])

P("security", "Oliver Grant", "Tellwerk", "Head of Security", connected="2023-11-20")
C("genuine", "security_cost_question", "en", "security head asks about cost of a new service", [
    ("security", "2025-08-04 14:10", "Mira, we want to put the managed WAF in front of all public APIs after the pentest. What's your guess on monthly cost? Request volume is around 900M/month."),
    ("me", "2025-08-04 15:00", "Rough guess 1.8-2.5k/month with the bot control rules, mostly request-based. Go for it, it's worth it - just put it under cost-center=security so it doesn't land on product."),
])

P("cto", "Arne Lindqvist", "Tellwerk", "CTO", connected="2022-02-14")
C("genuine", "cto_request", "de", "CTO bittet um Zahlen für Strategie-Offsite", [
    ("cto", "2025-11-03 18:00", "Mira, für das Offsite nächste Woche: kannst du die Kosten pro Sendung für die letzten 6 Monate als Kurve machen, und daneben was passieren würde, wenn wir die Routing-Engine auf ARM umstellen? Muss nicht perfekt sein."),
    ("me", "2025-11-03 18:30", "Mach ich. ARM-Szenario: ca. 18 % weniger Compute, aber 2 Sprints Arbeit fürs Platform-Team. Kurve kommt Freitag."),
])

P("journo", "Julia Meinhardt", "Berliner Tech-Brief", "Redakteurin", connected="2025-07-08")
C("genuine", "journalist_request", "de", "Journalistin möchte sie zu Cloud-Kosten interviewen", [
    ("journo", "2025-07-08 10:00", "Hallo Frau Kowalczyk, ich schreibe für den Berliner Tech-Brief über steigende Cloud-Kosten bei Berliner Startups. Ein Kollege von Radwerk hat Sie empfohlen. Hätten Sie 20 Minuten für ein Telefonat? Gern auch nur als Hintergrund, ohne Namensnennung."),
    ("me", "2025-07-08 12:30", "Hallo Frau Meinhardt, gern. Mit Namen ist ok, aber keine konkreten Zahlen von Tellwerk. Donnerstag 14 Uhr?"),
    ("journo", "2025-07-08 12:40", "Perfekt, ich rufe Sie an."),
])

P("sales", "Tim Weber", "Tellwerk", "Head of Sales DACH", connected="2022-06-01")
C("genuine", "colleague_pricing_cost_to_serve", "en", "sales colleague asks cost-to-serve for a pricing decision; hard: pricing", [
    ("sales", "2025-10-20 13:00", "Mira, the big retailer deal wants a 25% discount on the per-vehicle price. Before I say yes, what does it cost us to serve them? They'd be ~3,000 vehicles and heavy on real-time tracking."),
    ("me", "2025-10-20 14:15", "Real-time tracking is our most expensive feature per vehicle. My estimate: ~€1.90 per vehicle per month infra, vs ~€0.80 for a standard customer. At 25% off you'd still have 60%+ gross margin, but don't go below 30% off without talking to me."),
    ("sales", "2025-10-20 14:20", "This is exactly what I needed. Thank you!"),
])

P("freundin", "Nadja Krüger", "Kaufhaus-Kollektiv", "Product Designer", connected="2014-02-02")
C("genuine", "friend_congrats", "de", "Freundin gratuliert zur Beförderung", [
    ("freundin", "2025-01-07 08:45", "HEAD OF FINOPS!!! Warum erfahr ich das von LinkedIn?? 🎉🎉 Glückwunsch Süße, das feiern wir. Freitag Prater?"),
    ("me", "2025-01-07 09:10", "Haha sorry, war erst seit gestern offiziell! Freitag Prater, ich zahl die erste Runde."),
])

P("guild1", "Ben Schäfer", "Tellwerk", "SRE", connected="2023-02-20")
C("genuine", "internal_group_chat", "mixed", "interner FinOps-Gilde-Gruppenchat, Deutsch und Englisch gemischt", [
    ("me", "2025-11-24 10:00", "Hi all, FinOps guild next Thursday: Savings Plans coverage review + the new idle-cost report. Bitte bringt eure Top-3 teuersten Services mit."),
    ("guild1", "2025-11-24 10:12", "Can we also talk about the dev environments running all weekend? 🙃"),
    ("priya", "2025-11-24 10:20", "Guilty. Data dev cluster. Wir bauen gerade einen Scheduler."),
    ("me", "2025-11-24 10:25", "Perfect, then that's agenda point 3."),
], title="FinOps Guild", extra=["jonas"])

P("conf", "Rachel Lim", "Cloud Economics Summit", "Program Chair", connected="2024-10-15")
C("genuine", "conference_cfp_accepted", "en", "conference program chair confirms her talk", [
    ("conf", "2025-08-28 09:00", "Hi Mira, great news: your talk 'Unit economics for logistics platforms' has been accepted for the Cloud Economics Summit in Amsterdam, 13-14 November. We cover travel and one hotel night for speakers. Please confirm by September 10."),
    ("me", "2025-08-28 09:30", "Confirmed! Thank you, Rachel."),
])

P("reference", "Kenji Watanabe", "", "Data Analyst", connected="2020-03-03")
C("genuine", "reference_request", "en", "former colleague asks her to be a reference", [
    ("reference", "2025-06-30 20:00", "Hi Mira, hope you're well! I'm in the final round for a FinOps role at a fintech in Munich (funny, right? you converted me). Would you be ok being a reference? They might call next week."),
    ("me", "2025-07-01 07:30", "Kenji, of course, and congrats on getting that far! Give them my number."),
])

P("glacier", "Amelia Price", "Glacierbase", "Account Executive", connected="2023-09-12")
C("genuine", "existing_vendor_price_change_data", "en", "existing data platform vendor announces credit price change; hard: vendor pricing", [
    ("glacier", "2025-11-12 10:30", "Hi Mira, ahead of the official email: from February, on-demand credits in the Frankfurt region go from $3.00 to $3.30. Capacity customers keep their rate until renewal. Your renewal is in April, so you're not affected until then, but I wanted you to have it for your forecast."),
    ("me", "2025-11-12 11:00", "Thanks Amelia, appreciated - I'll factor it in. We'll probably look at a bigger capacity commitment in April then."),
])

P("einkauf", "Sabine Wolff", "Tellwerk", "Procurement Lead", connected="2023-04-04")
C("genuine", "internal_procurement_contract", "de", "Einkauf zur Unterschrift des Beratervertrags; hart: Vertrag", [
    ("einkauf", "2025-09-24 09:00", "Hi Mira, der Vertrag mit Brinkmann Cloud Advisory liegt zur Freigabe bei dir. 6.500 € pauschal, 5 Tage. Bitte noch bestätigen, dass der Lesezugriff auf den CUR datenschutzrechtlich ok ist (Kundennamen in Tags?)."),
    ("me", "2025-09-24 09:30", "Freigegeben. Kundennamen sind in den Tags gehasht, DSB hat das im März schon abgenickt."),
])

P("podcast_real", "Bogdan Marin", "Kiezkasse", "FinOps Engineer & Podcast-Host", connected="2022-11-11")
C("genuine", "free_podcast_invite", "de", "echter, kostenloser Podcast eines Peers", [
    ("podcast_real", "2025-03-26 19:00", "Hey Mira, wir machen ja mit ein paar Leuten den kleinen 'Cloudrechnung'-Podcast (so 800 Hörer, alles Nerds). Hättest du Lust, über Kosten pro Sendung zu reden? Kostet nix außer einer Stunde und schlechtem Kaffee bei uns im Büro."),
    ("me", "2025-03-26 19:30", "Haha, schlechter Kaffee überzeugt mich. Gern, nach dem Meetup im Mai?"),
])

P("thesis", "Max Heller", "HTW Berlin", "Masterstudent", connected="2025-09-30")
C("genuine", "student_thesis_interview", "de", "Student bittet um Experteninterview für Masterarbeit", [
    ("thesis", "2025-09-30 14:00", "Sehr geehrte Frau Kowalczyk, ich schreibe meine Masterarbeit über die Organisation von FinOps-Teams in deutschen Scale-ups. Wären Sie bereit für ein 45-minütiges Experteninterview (anonymisiert)? Das würde mir sehr helfen."),
    ("me", "2025-10-01 08:20", "Hallo Max, gern. Schick mir deine Fragen vorab, dann können wir Mitte Oktober sprechen."),
])

P("peer_en", "Hugo Lefebvre", "Parcelio", "FinOps Manager", connected="2024-03-18")
C("genuine", "peer_exchange", "en", "peer from another company exchanges on shared Kubernetes cost", [
    ("peer_en", "2025-05-14 17:20", "Hi Mira, loved your meetup talk (watched the recording). How do you allocate the idle capacity of shared node pools? We currently spread it proportionally to requests, and teams with low requests love it, everyone else hates it."),
    ("me", "2025-05-14 18:00", "Ha, the eternal fight. We split idle into 'platform overhead' (fixed % on everyone) and 'over-requesting' (charged to the team whose requests exceed usage by >30%). The second bucket changed behaviour within a month."),
    ("peer_en", "2025-05-14 18:05", "That's clever. Stealing it, with credit."),
])

P("partner", "Dirk Neumann", "CloudBilling Partner GmbH", "Account Manager", connected="2022-08-08")
C("genuine", "existing_reseller_invoice_change", "de", "bestehender Abrechnungspartner kündigt neues Rechnungsformat an", [
    ("partner", "2025-12-01 09:00", "Hallo Frau Kowalczyk, ab Januar stellen wir die Monatsrechnung auf das neue Format um: eine Rechnung pro Konto statt pro Organisation, und die Marketplace-Käufe separat. An den Preisen ändert sich nichts. Ich schicke Ihnen eine Beispielrechnung, damit Herr Baum die Buchung anpassen kann."),
    ("me", "2025-12-01 10:00", "Danke für die Vorwarnung, Herr Neumann. Bitte die Beispielrechnung direkt an Felix Baum, ich setze ihn in Kopie."),
])

# ---------------------------------------------------------------- wanted pitches

P("wp_k8s", "Yara Haddad", "Podmeter", "Co-founder", connected="2025-05-22",
  invite=("IN", "2025-05-22 09:00", "Your post on idle node costs was spot on, mind if I connect?"))
C("wanted_pitch", "pitch_from_her_post", "en", "vendor quotes her post on splitting idle Kubernetes cost", [
    ("wp_k8s", "2025-05-22 09:30", "Hi Mira, your post about splitting idle node-pool cost into 'platform overhead' and 'over-requesting' is the clearest take I've seen. Right now I'd guess you're computing the over-requesting bucket in SQL from the CUR plus Prometheus exports? That's exactly what Podmeter does natively, per namespace and label, including the >30% threshold you described. Happy to give you a sandbox with your own data for a month, no sales calls unless you ask. And if you'd rather keep your SQL, I'd honestly love to compare numbers."),
    ("me", "2025-05-23 08:00", "Hi Yara, yes, SQL + Prometheus and it's held together with tape. A sandbox would be interesting. Let's compare numbers."),
])

P("wp_bi", "Konstantin Reuter", "Reuter Data Consulting", "Freelance BI Engineer", connected="2025-04-28")
C("wanted_pitch", "pitch_from_her_talk", "de", "BI-Freelancer bezieht sich auf ihren Meetup-Talk zu Kosten pro Sendung", [
    ("wp_bi", "2025-04-28 10:00", "Hallo Mira, ich war letzte Woche beim FinOps Meetup bei Kiezkasse. Du hast erzählt, dass die Kosten-pro-Sendung-Kurve jeden Monat von Hand in einem Sheet zusammengebaut wird, weil die Sendungsdaten im Warehouse und die Kosten im CUR liegen. Genau sowas baue ich: dbt-Modell, das beides joint, plus ein Dashboard, das sich täglich aktualisiert. Für eure Größe schätze ich 8-10 Tage. Ich hab das für einen Lieferdienst in Hamburg schon gemacht und kann dir gern den Aufbau zeigen (ohne deren Zahlen natürlich)."),
    ("me", "2025-04-28 12:15", "Hi Konstantin, erwischt, das Sheet ist mein Wochenend-Hobby. Zeig mal den Aufbau, gern nächste Woche."),
])

P("wp_arm", "Siddharth Rao", "Armada Cloud Engineering", "Principal Consultant", connected="2025-11-10")
C("wanted_pitch", "pitch_site_blog_visited", "en", "consultant read Tellwerk's engineering blog about the ARM migration", [
    ("wp_arm", "2025-11-10 11:00", "Hi Mira, I read the Tellwerk engineering blog post 'Why our routing engine is still on x86' - the part about the native geometry library that won't compile for ARM was very honest. We've ported that exact library (the C++ one with the custom SIMD paths) for two other logistics customers. If that's the blocker, we could do a fixed-scope 2-week spike to prove it runs on Graviton, fixed price €14k, and you'd keep all the patches."),
    ("me", "2025-11-10 12:30", "Hi Siddharth, that library IS the blocker. Can you send me a short description of the spike? I'll share with Arne and Jonas."),
])

P("wp_nat", "Frieda Kornblum", "Netzwerk & Kosten UG", "Cloud Network Engineer", connected="2025-08-18")
C("wanted_pitch", "pitch_specific_problem", "de", "Netzwerk-Spezialistin nennt das konkrete NAT-Gateway-Kostenproblem", [
    ("wp_nat", "2025-08-18 09:15", "Hallo Mira, in deinem Kommentar im FinOps-Foundation-Forum hast du geschrieben, dass bei euch NAT-Gateway-Datenverarbeitung in eu-central-1 inzwischen der drittgrößte Posten ist, vor allem wegen Image-Pulls und Traffic zu S3. Das ist fast immer mit VPC-Endpoints für S3/ECR und einem Pull-Through-Cache lösbar, typischerweise 60-80 % weniger NAT-Kosten. Ich mache das als Festpreis-Paket (Analyse + Terraform-PRs für eure Module), 4.800 €. Wenn ihr das lieber selbst macht, schick ich dir auch einfach meine Checkliste."),
    ("me", "2025-08-18 10:00", "Hallo Frieda, die Checkliste nehm ich auf jeden Fall, und ich rede mit Jonas über das Paket."),
])

P("wp_commit", "Paul Becker", "Commitly", "Account Executive DACH", connected="2025-10-14")
C("wanted_pitch", "pitch_mutual_contact", "de", "Anbieter für Commitment-Management über gemeinsame Bekannte Elif Aydın", [
    ("wp_commit", "2025-10-14 11:00", "Hallo Mira, Elif Aydın von Radwerk meinte, ich soll mich bei dir melden, weil ihr gerade eine gemeinsame Ausschreibung für FinOps-Tools vorbereitet. Wir sind kein Full-Stack-Tool, sondern machen nur automatisiertes Savings-Plans- und RI-Management, Bezahlung als Anteil der tatsächlich erzielten Ersparnis. Vielleicht passt das als Baustein in eure Anforderungsliste. Falls nicht, auch ok, ich wollte es nur nicht verpassen."),
    ("me", "2025-10-14 13:00", "Hi Paul, danke, passt tatsächlich in einen der Blöcke. Ich schick dir die Anforderungen, sobald sie final sind."),
])

P("wp_negotiate", "Charlotte Dunmore", "Dunmore Cloud Advisory", "Partner", connected="2025-09-08")
C("wanted_pitch", "pitch_from_press_item", "en", "negotiation advisor refers to Tellwerk's Series C press release", [
    ("wp_negotiate", "2025-09-08 08:30", "Hi Mira, congratulations on Tellwerk's Series C. The press release mentions expanding to the Nordics and the UK next year, which usually means new regions and a bigger commitment with your cloud provider - and if I read your LinkedIn right, your current agreement runs out around January. We advise scale-ups on exactly that negotiation (benchmark data from 60+ agreements). Flat fee, no percentage of savings. If you already have someone, I'm happy to just share our benchmark sheet for your tier."),
    ("me", "2025-09-09 09:00", "Hi Charlotte, I already have an advisor but I'd very much like the benchmark sheet, thank you."),
])

P("wp_datadog", "Marek Nowak", "ObserveLean", "Founder", connected="2025-06-16")
C("wanted_pitch", "pitch_her_tools", "en", "observability cost consultant read Tellwerk's job ads listing their stack", [
    ("wp_datadog", "2025-06-16 14:00", "Hi Mira, your SRE job ads list the stack as EKS, Terraform and a well-known SaaS observability platform with custom metrics - that combination is where I see the biggest surprise bills, usually from high-cardinality tags like shipment_id or vehicle_id on custom metrics. I do a one-week observability cost review: I go through your metric and log pipelines and hand over concrete PRs. Last one saved a Berlin fintech 41% of their monitoring bill. Interested?"),
    ("me", "2025-06-16 16:00", "Marek, you're scarily close. vehicle_id is on like 30 metrics. Let's talk."),
])

P("wp_headhunter", "Annika Berg", "Berg Executive Search", "Partner, Finance & Technology", connected="2025-12-08")
C("wanted_pitch", "pitch_recruiter_relevant_role", "de", "Headhunterin bietet ihr eine passende Director-Rolle an", [
    ("wp_headhunter", "2025-12-08 10:00", "Hallo Mira, ich suche für einen börsennotierten E-Commerce-Konzern eine:n Director FinOps, der/die ein Team von 8 aufbaut und an CFO und CTO gleichzeitig berichtet. Ihr Vortrag zu Kosten pro Sendung und dass Sie bei Tellwerk FinOps von Null aufgebaut haben, passt sehr genau auf das, was gesucht wird. Multi-Cloud, viel Logistik-Bezug. Vielleicht ist es nicht der richtige Zeitpunkt, aber ein unverbindliches Gespräch wäre mir eine Freude."),
    ("me", "2025-12-09 09:00", "Hallo Annika, gerade nicht, aber ehrlich gesagt klingt das spannend. Melden Sie sich gern im Frühjahr nochmal."),
])

P("wp_entity", "Jan Kowalski", "MultiOrg Billing", "Solutions Consultant", connected="2025-07-21")
C("wanted_pitch", "pitch_public_register", "de", "Dienstleister hat die neue Tochter im Handelsregister gesehen", [
    ("wp_entity", "2025-07-21 09:00", "Hallo Frau Kowalczyk, im Handelsregister habe ich gesehen, dass die Tellwerk Polska sp. z o.o. im Juni eingetragen wurde. Sobald die polnische Gesellschaft eigene Cloud-Accounts bekommt, wird die Verrechnung zwischen den Gesellschaften (Transferpreise, Rechnungen pro Entität) meist zum Handarbeitsprojekt. Wir machen genau diese Aufteilung der Cloud-Rechnung nach Gesellschaften, prüfungssicher. Darf ich Ihnen zeigen, wie das bei einem anderen Berliner Scale-up mit Niederlassung in Warschau aussieht?"),
    ("me", "2025-07-21 11:00", "Hallo Herr Kowalski, gutes Timing, Felix Baum und ich haben das Thema gerade auf dem Tisch. Ich leite Sie an ihn weiter."),
])

P("wp_oss", "Ingrid Holm", "", "Freelance Data Engineer", connected="2025-03-17")
C("wanted_pitch", "pitch_her_open_source_tool", "en", "freelancer used her open-source CUR parser and offers contract work", [
    ("wp_oss", "2025-03-17 20:00", "Hi Mira, I've been using your little open-source CUR-to-Parquet script from GitHub for a client and sent a PR last week for the new CUR 2.0 column names. I noticed in the issues that you want to add multi-payer support but haven't had time. I'm a freelance data engineer and would be happy to do that as a paid contract for Tellwerk if it's useful internally (I'd estimate 5 days), or just keep contributing for free in small pieces - either way is fine."),
    ("me", "2025-03-18 08:30", "Ingrid, I saw the PR, thank you! Multi-payer is actually needed for the Polish entity soon. Let's talk about the 5 days."),
])

P("wp_training", "Ralf Ostermann", "FinOps Akademie Berlin", "Trainer", connected="2025-02-24")
C("wanted_pitch", "pitch_from_job_ad", "de", "Trainer nimmt Bezug auf ihre Stellenanzeige mit FinOps-Zertifizierung", [
    ("wp_training", "2025-02-24 10:00", "Hallo Mira, in eurer Stellenanzeige für den FinOps Analyst steht 'FinOps-Zertifizierung wünschenswert, kann auch bei uns erworben werden'. Falls ihr dafür eine Lösung sucht: Ich gebe die Practitioner-Schulung als Inhouse-Format für 2-6 Leute, auf Deutsch oder Englisch, auch mit euren eigenen Beispieldaten statt den Standardfällen. 2 Tage, 3.900 € pauschal. Vielleicht auch für Kerstin und Jonas interessant?"),
])

P("wp_spot", "Lucas Moreau", "Spotwise", "Solutions Engineer", connected="2025-07-02")
C("wanted_pitch", "pitch_from_her_podcast", "en", "spot-instance vendor refers to what she said on the Cloudrechnung podcast", [
    ("wp_spot", "2025-07-02 15:00", "Hi Mira, I listened to your episode on the Cloudrechnung podcast (my German is ok, not great). You said the batch route-optimisation jobs run on on-demand because two spot interruptions in 2024 broke an SLA. We handle exactly that: checkpointing plus automatic fallback to on-demand if the spot market gets tight, so the SLA stays safe. Typical saving on batch is 55-65%. Could I show you a 20-minute demo with a job profile like yours?"),
    ("me", "2025-07-03 09:00", "Hi Lucas, fair point, that SLA incident still haunts Jonas. Send me a slot."),
])

# ---------------------------------------------------------------- junk

P("j_cut", "Brandon Lee", "CloudSlash", "Account Executive")
C("junk", "generic_cloud_savings", "en", "generic 'cut your cloud bill' pitch", [
    ("j_cut", "2025-03-03 06:00", "Hi Mira, companies are overspending on cloud by 30-40% on average. CloudSlash cuts your AWS, Azure and GCP bills in 30 days, guaranteed. Can I show you how?"),
])

# one template, five senders (one in German)
P("t1", "Kyle Anderson", "OptiCloud", "SDR")
P("t2", "Megan Brooks", "SpendGuard", "Business Development Rep")
P("t3", "Ethan Cole", "CloudLedger", "Account Executive")
P("t4", "Olivia Hart", "Nimbus Savings", "Growth Lead")
P("t5", "Lukas Schröder", "Wolkenspar GmbH", "Vertrieb")
C("junk", "mass_template_cloud_overspend", "en", "template 1/5: scaling fast, overspending 30%", [
    ("t1", "2025-04-07 07:00", "Hi Mira, noticed Tellwerk is scaling fast - congrats! Companies at your stage typically overspend 30% on cloud. We recently helped a logistics company save €1.2M a year. Open to a quick 15-min chat?"),
])
C("junk", "mass_template_cloud_overspend", "en", "template 2/5: same template, different fill", [
    ("t2", "2025-05-12 07:30", "Hi Mira, I noticed Tellwerk is growing quickly, congrats! Scale-ups at your stage usually overspend around 30% on cloud. We just helped a SaaS company save $900k annually. Would you be open to a quick 15 minute chat?"),
    ("t2", "2025-05-19 07:30", "Hi Mira, just bumping this up in case you missed it!"),
])
C("junk", "mass_template_cloud_overspend", "en", "template 3/5: slightly varied wording", [
    ("t3", "2025-06-09 08:00", "Hey Mira - saw that Tellwerk is scaling rapidly, congratulations! Most companies at this stage overspend by ~30% on their cloud. We helped a delivery startup cut €1M from their bill last year. Worth a 15-minute chat?"),
])
C("junk", "mass_template_cloud_overspend", "en", "template 4/5: same template", [
    ("t4", "2025-09-15 06:45", "Hi Mira, congrats on Tellwerk's growth! Companies at your stage typically overspend 30% on cloud infrastructure. We helped a mobility scale-up save €1.4M a year. Open to a quick 15-min chat next week?"),
])
C("junk", "mass_template_cloud_overspend", "de", "Vorlage 5/5: deutsche Kopie derselben Vorlage", [
    ("t5", "2025-10-27 07:00", "Hallo Mira, Glückwunsch zum Wachstum von Tellwerk! Unternehmen in Ihrer Phase geben typischerweise 30 % zu viel für Cloud aus. Wir haben gerade einem Logistik-Unternehmen geholfen, 1,2 Mio. € pro Jahr zu sparen. Hätten Sie Zeit für ein kurzes 15-Minuten-Gespräch?"),
])

P("j_same", "Thorsten Kühne", "FinOps Outsourcing Partners", "Geschäftsführer")
C("junk", "offer_of_what_she_does", "de", "bietet einer FinOps-Leiterin ein ausgelagertes FinOps-Team an", [
    ("j_same", "2025-06-23 08:00", "Hallo Frau Kowalczyk, haben Sie schon einmal über FinOps nachgedacht? Mit unserem FinOps-as-a-Service übernehmen wir die komplette Kostensteuerung Ihrer Cloud - ohne dass Sie eigenes Personal aufbauen müssen. Kostenloses Erstgespräch?"),
])

P("j_capacity", "Jordan Miles", "Pipeline Partners", "Founder")
C("junk", "capacity_for_new_clients", "en", "'are you taking on new clients?' sent to an in-house FinOps lead", [
    ("j_capacity", "2025-02-17 05:30", "Hey Mira, quick question - are you taking on new clients right now?"),
    ("j_capacity", "2025-02-20 05:30", "If so, we can get you 10-15 qualified calls per month with decision makers. Pay per meeting. Want me to send details?"),
])

P("j_gleich", "Dominik Reiter", "Reiter Ventures", "Serial Entrepreneur",
  connected="2025-08-11", invite=("IN", "2025-08-11 19:10", "Hi Mira, vernetze mich gern mit gleichgesinnten Macher:innen!"))
C("junk", "like_minded_entrepreneurs", "de", "'gleichgesinnte Macher' vernetzen, dann Mastermind-Pitch", [
    ("j_gleich", "2025-08-11 19:30", "Danke fürs Vernetzen Mira! Ich liebe es, mich mit gleichgesinnten Macher:innen auszutauschen. Ich baue gerade eine exklusive Mastermind-Gruppe für Top-Performer in Berlin auf (nur 12 Plätze). Hast du Lust, dass ich dir mehr erzähle?"),
])

P("j_15", "Chris Taylor", "SaaSTrack", "Account Executive")
C("junk", "quick_15_minute_call", "en", "quick 15-minute call with two bumps", [
    ("j_15", "2025-01-13 06:00", "Hi Mira, do you have 15 minutes this week? SaaSTrack finds unused software licences and saves companies 25% on SaaS spend. I'll keep it short, promise."),
    ("j_15", "2025-01-20 06:00", "Hi Mira, would Wednesday 3pm work for a quick 15 minutes?"),
    ("j_15", "2025-01-27 06:00", "Last nudge from me - let me know if I should close the loop!"),
])

P("j_ctp1", "Marvin Seidel", "Seidel Nearshore", "Business Development",
  connected="2025-05-26", invite=("IN", "2025-05-26 08:00", ""))
C("junk", "connect_then_pitch", "de", "Connect-then-pitch: Smalltalk, sie antwortet, dann Nearshore-Pitch", [
    ("j_ctp1", "2025-05-26 08:20", "Hi Mira, danke fürs Connecten! Spannend, was ihr bei Tellwerk macht. Wie groß ist euer Tech-Team inzwischen?"),
    ("me", "2025-05-26 12:40", "Hi Marvin, so um die 120."),
    ("j_ctp1", "2025-05-27 08:00", "Beeindruckend! Falls ihr schneller skalieren wollt: Wir stellen euch in 2 Wochen erfahrene Entwickler aus Rumänien und Bulgarien zur Seite, 40 % günstiger als in Berlin. Soll ich dir Profile schicken?"),
])

P("j_ctp2", "Ashley Morgan", "Elevate Leadership", "Executive Coach",
  connected="2025-09-29", invite=("IN", "2025-09-29 18:00", "Hi Mira, love your content, let's connect!"))
C("junk", "connect_then_pitch", "en", "connect-then-pitch: small talk unanswered, pitch in message 2, bump in 3", [
    ("j_ctp2", "2025-09-29 18:20", "Hi Mira, thanks for connecting! Always great to meet women in tech leadership. How's your week going?"),
    ("j_ctp2", "2025-10-02 09:00", "I work with tech leaders who feel stuck between execution and strategy. My 8-week executive presence program has helped 200+ leaders get promoted. Would you like a free discovery call?"),
    ("j_ctp2", "2025-10-10 09:00", "Hi Mira, just following up on the discovery call 🙂"),
])

P("j_ctp3", "Florian Adler", "Adler Immobilienkapital", "Berater",
  connected="2026-01-12", invite=("IN", "2026-01-12 07:00", ""))
C("junk", "connect_then_pitch", "de", "Connect-then-pitch: Glückwunsch zum Talk, dann Immobilien-Investment", [
    ("j_ctp3", "2026-01-12 07:15", "Hallo Mira, danke für die Vernetzung! Habe gesehen, dass du in Amsterdam gesprochen hast, Glückwunsch!"),
    ("me", "2026-01-12 19:00", "Danke!"),
    ("j_ctp3", "2026-01-13 08:00", "Gerne! Als Führungskraft mit deinem Einkommen lohnt sich übrigens eine Kapitalanlage-Immobilie in Leipzig oder Potsdam besonders - Steuervorteile inklusive. Darf ich dir 2-3 Objekte zeigen?"),
])

P("j_bumps", "Natalie Ross", "DevProd AI", "SDR")
C("junk", "follow_up_bumps_no_reply", "en", "four messages, no reply", [
    ("j_bumps", "2025-02-03 05:00", "Hi Mira, DevProd AI makes your engineering team 30% more productive with AI code reviews. Quick demo?"),
    ("j_bumps", "2025-02-10 05:00", "Bumping this to the top of your inbox 👆"),
    ("j_bumps", "2025-02-17 05:00", "Hi Mira, any thoughts?"),
    ("j_bumps", "2025-02-24 05:00", "Breaking up with your inbox 💔 If timing changes, you know where to find me."),
])

P("j_merge1", "Sophie Tanner-Wells", "CloudCost Pro", "BDR")
C("junk", "merge_tag_failure", "en", "unfilled {first_name} / {company}", [
    ("j_merge1", "2025-03-24 04:00", "Hi {first_name}, I saw that {company} is investing heavily in cloud. Our platform gives instant visibility into cloud spend. Are you the right person to talk to about this?"),
])

P("j_merge2", "Michael Braun", "TeamEvent Berlin", "Eventmanager")
C("junk", "merge_tag_failure", "de", "unausgefülltes {{Vorname}}", [
    ("j_merge2", "2025-11-17 08:00", "Hallo {{Vorname}}, die Weihnachtsfeier steht vor der Tür! Für {{Unternehmen}} organisieren wir unvergessliche Teamevents in Berlin - von Escape Room bis Kochkurs. Jetzt Termin sichern!"),
])

P("j_merge3", "Sarah Klein", "DataSecure Solutions", "Account Manager")
C("junk", "merge_tag_failure", "en", "[Company] placeholder left in", [
    ("j_merge3", "2025-07-14 06:30", "Hi Mira, as [Company] continues to grow, data security becomes critical. Our pentest-as-a-service finds vulnerabilities before hackers do. Can we book 20 minutes?"),
])

P("j_merge4", "Jens Hofmann", "Büropflanzen Hauptstadt", "Vertrieb")
C("junk", "merge_tag_wrong_name", "de", "falscher Name und falsche Firma", [
    ("j_merge4", "2025-04-22 09:00", "Hallo Marta, das neue Büro von Paketfix am Ostbahnhof ist sicher toll geworden! Mit unseren Pflanzen-Abos wird es noch grüner: Pflege inklusive, ab 89 € im Monat. Wann darf ich vorbeikommen?"),
])

P("j_spon1", "SecureEdge", "SecureEdge", "",
  url="https://www.linkedin.com/company/secureedge-cloud")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: cloud security webinar", [
    ("j_spon1", "2025-06-04 12:00", "<p>Hi Mira,</p><p>Join our live webinar <strong>&quot;Zero Trust for Cloud-Native Teams&quot;</strong> on June 19 &amp; get our 2025 Cloud Threat Report free.</p><p><a href=\"https://secureedge.example/webinar\">Save my seat</a></p>"),
], title="Sponsored Conversation", subject="Mira, your invitation")

P("j_spon2", "Berlin School of Management", "Berlin School of Management", "",
  url="https://www.linkedin.com/company/berlin-school-of-management-example")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Executive-Programm", [
    ("j_spon2", "2025-09-01 12:00", "<p>Hallo Mira,</p><p>Führen in der digitalen Transformation: Unser <em>Executive Certificate</em> startet im Oktober, berufsbegleitend &amp; online.</p><p>Jetzt Broschüre anfordern.</p>"),
], title="Sponsored Conversation", subject="Mira, Ihr nächster Karriereschritt")

P("j_spon3", "Vireo Business Card", "Vireo", "",
  url="https://www.linkedin.com/company/vireo-business-card")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: corporate card", [
    ("j_spon3", "2025-11-05 12:00", "<p>Hi Mira,</p><p>Finance teams at fast-growing startups use Vireo to control spend &amp; close the books 5x faster.</p><p>Get <strong>1.5% cashback</strong> on all card spend.</p>"),
], title="Sponsored Conversation", subject="Mira, control your company spend")

P("j_award", "Victoria Hayes", "Top Tech Leaders Awards", "Awards Director")
C("junk", "paid_award", "en", "'Top 50 FinOps Leaders' with a fee", [
    ("j_award", "2025-08-25 10:00", "Dear Mira, congratulations! You have been nominated for the 'Top 50 FinOps Leaders in Europe 2025'. To be featured in the final list, receive your winner's badge and a profile on our platform, a one-time publication fee of €690 applies. Please confirm by Friday to secure your place."),
])

P("j_podcast", "Kai Lehmann", "Digital Leaders Talk", "Host & Producer")
C("junk", "paid_podcast_slot", "de", "Podcast-Gastplatz gegen Gebühr", [
    ("j_podcast", "2025-05-05 20:00", "Hallo Mira, deine Expertise würde unsere 25.000 Hörer:innen begeistern! Wir laden dich als Gast in den 'Digital Leaders Talk' ein. Für Produktion, Schnitt und Reichweiten-Paket fällt eine Produktionspauschale von 650 € an. Soll ich dir die Termine schicken?"),
])

P("j_feature", "Birgit Hahn", "CFO Insider Magazin", "Anzeigenleitung")
C("junk", "paid_feature", "de", "bezahltes Advertorial als 'Porträt'", [
    ("j_feature", "2025-10-13 09:30", "Sehr geehrte Frau Kowalczyk, für unsere Sonderausgabe 'Köpfe der Finanzwelt 2026' möchten wir Sie porträtieren. Das Porträt (1 Seite, inkl. Fotoshooting) ist Teil unseres Partnerprogramms zu 2.450 € netto. Wir würden uns über Ihre Zusage freuen."),
])

P("j_fluent", "Alexander Whitfield", "Quanta Cloud Intelligence", "VP Partnerships")
C("junk", "fluent_names_company_generic", "en", "fluent pitch naming Tellwerk that could go to anyone", [
    ("j_fluent", "2025-07-28 10:00", "Hi Mira, I've been following Tellwerk's journey and it's clear that innovation and operational excellence are at the heart of everything you do. That's why I believe Quanta would be a natural fit: our AI-driven platform unlocks hidden savings across your entire cloud estate, empowering leaders like you to drive strategic value. Teams like Tellwerk's typically see a 28% reduction within the first quarter. Would you be open to exploring this together?"),
])

P("j_crypto", "Daniel Chen", "", "Investor")
C("junk", "off_topic_crypto", "en", "off-topic crypto pitch", [
    ("j_crypto", "2025-04-14 23:00", "Hello Mira, I hope you don't mind me reaching out. I'm part of a private group of tech professionals who are building wealth through a structured crypto arbitrage strategy. Returns have been consistent. Happy to share more if you're curious."),
])

P("j_desk", "Emma Wilson", "ErgoRise", "Corporate Sales")
C("junk", "off_topic_furniture", "en", "standing desks for the office", [
    ("j_desk", "2025-03-31 09:00", "Hi Mira, is your team still sitting all day? ErgoRise standing desks boost productivity by 20%. Special corporate pricing for orders of 10+ desks this month."),
])

P("j_k8s", "Ryan Foster", "KubeSaver", "Account Executive")
C("junk", "generic_k8s_tool", "en", "generic Kubernetes cost tool pitch, counterpart of the tailored vendor", [
    ("j_k8s", "2025-05-29 06:00", "Hi Mira, Kubernetes costs out of control? KubeSaver automatically rightsizes your workloads and saves up to 50%. Free trial, no credit card. Want a demo?"),
])

P("j_bi", "Nina Hartmann", "Dashboard Profis", "Vertrieb")
C("junk", "generic_bi_agency", "de", "generische BI-Agentur, Gegenstück zum BI-Freelancer", [
    ("j_bi", "2025-05-08 07:00", "Sehr geehrte Damen und Herren, treffen Sie Entscheidungen noch aus dem Bauch? Wir bauen Ihnen individuelle Dashboards für alle Unternehmensbereiche - Vertrieb, Marketing, Finanzen, HR. Jetzt kostenlosen Beratungstermin vereinbaren!"),
])

P("j_recruit", "Dylan Scott", "TalentBridge", "Technical Recruiter")
C("junk", "generic_recruiter", "en", "mass recruiter pitch with a mismatched role, counterpart of the tailored headhunter", [
    ("j_recruit", "2025-12-10 05:00", "Hi Mira, I came across your profile and think you'd be a great fit for an exciting Senior Java Developer opportunity with a fast-growing client in Munich! Competitive salary + equity. Are you open to new opportunities?"),
])

P("j_cert", "Markus Frey", "Zertifikat24 Akademie", "Kundenberater")
C("junk", "generic_training", "de", "generisches Zertifikats-Angebot, Gegenstück zum Inhouse-Trainer", [
    ("j_cert", "2025-02-26 06:00", "Hallo! Bilden Sie sich jetzt weiter: Über 300 Online-Zertifikate von Projektmanagement bis Cloud. Nur diesen Monat 40 % Rabatt auf alle Kurse. Jetzt Platz sichern!"),
])

P("j_pentest", "Stefanie Ludwig", "CyberWall GmbH", "Key Account Managerin")
C("junk", "generic_security", "de", "generisches Pentest-Angebot", [
    ("j_pentest", "2025-08-06 07:30", "Guten Tag, wussten Sie, dass 60 % der Mittelständler nach einem Cyberangriff innerhalb von 6 Monaten insolvent sind? Wir schützen Sie mit unserem Rundum-Sicherheitspaket. Darf ich Ihnen ein unverbindliches Angebot schicken?"),
])

P("j_leads", "Tyler Bennett", "LeadForge", "CEO")
C("junk", "generic_lead_gen", "en", "B2B lead-gen, irrelevant to her role", [
    ("j_leads", "2025-10-20 04:30", "Hi Mira, we book 30+ qualified sales meetings per month for B2B SaaS companies. Only pay for meetings that happen. Worth exploring?"),
])

P("j_plants", "Katrin Engel", "Grünraum Office", "Beraterin")
C("junk", "off_topic_office", "de", "Büroreinigung/Office-Service, themenfremd", [
    ("j_plants", "2025-06-30 08:00", "Hallo Mira, ist Ihr Office-Management noch zeitgemäß? Wir übernehmen Reinigung, Obstkorb, Kaffee und Pflanzenpflege - alles aus einer Hand. Jetzt 1 Monat gratis testen!"),
])

P("j_saas", "Liam Parker", "LicenseLens", "Sales Development")
C("junk", "generic_saas_management", "en", "generic SaaS licence management pitch", [
    ("j_saas", "2025-11-24 05:45", "Hi Mira, the average company wastes 30% of its SaaS budget on unused licences. LicenseLens finds them in minutes. Can I send a 2-minute video?"),
])

P("j_dienstrad", "Tobias Lang", "Radleasing Plus", "Vertrieb")
C("junk", "off_topic_bike_leasing", "de", "Dienstrad-Leasing, themenfremd", [
    ("j_dienstrad", "2025-04-01 07:00", "Hallo Mira, bieten Sie Ihren Mitarbeitenden schon Dienstrad-Leasing an? Mit Radleasing Plus ohne Aufwand für die Personalabteilung. Darf ich Ihnen die Konditionen schicken?"),
])

P("j_ki", "Jan-Philipp Roth", "KI Beratung Berlin", "Gründer",
  connected="2025-12-15", invite=("IN", "2025-12-15 08:00", ""))
C("junk", "connect_then_pitch", "de", "Connect-then-pitch: Smalltalk ohne Antwort, dann KI-Workshop-Pitch", [
    ("j_ki", "2025-12-15 08:30", "Hey Mira, danke fürs Annehmen! Wie war dein Jahr so?"),
    ("j_ki", "2025-12-18 08:30", "Wir machen übrigens KI-Workshops für Führungskräfte, 1 Tag, danach nutzt dein ganzes Team KI wie ein Profi. Im Januar gibt's noch Termine, soll ich dir welche reservieren?"),
])

P("j_webinar", "Laura Fischer", "CloudNative Events", "Community Managerin")
C("junk", "generic_webinar_invite", "de", "generische Webinar-Einladung ohne Bezug", [
    ("j_webinar", "2025-09-08 06:00", "Hallo Mira, am 25.9. findet unser kostenloses Webinar 'Cloud-Kosten im Griff - 10 Tipps für Entscheider' statt. Plätze sind begrenzt! Hier anmelden: events.example.de/cloud-tipps"),
])

ex.write(
    OUT,
    {"First Name": "Mira", "Last Name": "Kowalczyk",
     "Headline": "Head of FinOps @ Tellwerk | Unit economics for logistics | Cloud cost, Kubernetes, commitments",
     "Summary": "I run FinOps at Tellwerk, a Berlin logistics-software scale-up. Before that, cloud "
                "cost and controlling at Radwerk Mobility. I care about cost per shipment, not the "
                "total bill. Speaker at FinOps Berlin Meetup. Deutsch / English / Polski.",
     "Industry": "Software Development", "Zip Code": "10245", "Geo Location": "Berlin, Germany",
     "Websites": "[COMPANY:tellwerk.example.com]"},
    [
        {"Company Name": "Tellwerk", "Title": "Head of FinOps",
         "Description": "Built the FinOps practice from zero: allocation, forecasting, commitments, "
                        "unit economics.", "Location": "Berlin", "Started On": "Mar 2022", "Finished On": ""},
        {"Company Name": "Radwerk Mobility", "Title": "Cloud Cost Analyst",
         "Description": "", "Location": "Berlin", "Started On": "Aug 2019", "Finished On": "Feb 2022"},
    ],
    ["FinOps", "Cloud Cost Management", "AWS", "Kubernetes", "SQL", "Forecasting", "Controlling",
     "Negotiation"],
)
print(ex.summary())

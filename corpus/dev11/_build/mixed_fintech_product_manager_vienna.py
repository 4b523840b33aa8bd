"""dev11 persona (written blind as heldout17, session 3): Theresa Leitgeb, senior product manager at a payments fintech in Vienna.

Written by hand, blind to the detector code. Austrian German and English about half/half.
Layout 2021. Run with any Python 3.10+: regenerates ../mixed-fintech-product-manager-vienna/
byte-identically.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-fintech-product-manager-vienna"
OWNER = Person("me", "Theresa Leitgeb", "https://www.linkedin.com/in/theresa-leitgeb",
               "Zahlwerk Payments GmbH", "Senior Product Manager")
ex = Export(SLUG, "2021", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine

P("kyc", "Oscar Lindahl", "VerifyPoint", "Account Manager DACH", connected="2019-11-05")
C("genuine", "vendor_price_change", "en", "existing KYC vendor announces per-check price change; she negotiates", [
    ("kyc", "2021-01-11 10:20", "Hi Theresa, happy new year! As mentioned in the QBR, our per-check price for document plus liveness goes from 0.92 to 1.05 EUR on April 1. Because your volume doubled last year, I can offer a tier at 0.89 if you commit to 400k checks for 2021. Let me know how you'd like to proceed."),
    ("me", "2021-01-11 14:05", "Hi Oscar, thanks for the heads-up. 400k is a stretch, we forecast 320k. Could you do 0.93 at 300k? Then I can get it signed before Easter."),
    ("kyc", "2021-01-12 09:15", "Let me check with our finance team, but 0.94 at 300k should work."),
    ("me", "2021-01-12 09:40", "Deal if it's 0.94. Send the order form to procurement@ with me in cc."),
])

P("fraud", "Michaela Strobl", "RiskLens", "Customer Success", connected="2020-03-16")
C("genuine", "vendor_contract_renewal", "de", "existing fraud-scoring vendor: renewal with new volume tiers", [
    ("fraud", "2021-09-06 09:00", "Hallo Theresa, euer Vertrag läuft mit 31.12. aus. Wir haben die Staffeln angepasst: bis 2 Mio. Transaktionen bleibt's beim alten Preis, darüber wird's pro Transaktion günstiger. Magst du dir das Angebot anschauen, bevor ich's an euren Einkauf schick?"),
    ("me", "2021-09-06 11:30", "Servus Michaela, ja bitte zuerst an mich. Wir liegen heuer bei ca. 2,4 Mio, also kommt uns das eh entgegen. Und bitte die SLA-Klausel von letztem Jahr wieder drin lassen."),
    ("fraud", "2021-09-06 11:45", "Passt, mach ich so."),
])

P("moebel", "Bernhard Aigner", "Holzwerk Aigner Online", "Geschäftsführer", connected="2021-03-02", invite=("IN", "2021-03-01 18:30", "Grüß Gott, wir überlegen, auf Zahlwerk umzusteigen."))
C("genuine", "inbound_lead_buy", "de", "online furniture shop wants to switch to her company's checkout and asks about pricing", [
    ("moebel", "2021-03-02 08:10", "Grüß Gott Frau Leitgeb, danke fürs Annehmen. Wir verkaufen Massivholzmöbel online (ca. 4 Mio Umsatz) und sind mit unserem aktuellen Zahlungsanbieter unzufrieden, vor allem bei EPS und Rechnungskauf. Was würde Zahlwerk für uns kosten und wie lange dauert so eine Umstellung?"),
    ("me", "2021-03-02 09:25", "Grüß Gott Herr Aigner, freut mich! Die Preise macht bei uns der Vertrieb, ich stell Sie gleich meiner Kollegin Sandra Pichler vor, die meldet sich heute noch. Zur Dauer: mit Shopware-Plugin sind's meistens 2-3 Wochen. Rechnungskauf haben wir ab Mai im Programm."),
    ("moebel", "2021-03-02 09:40", "Wunderbar, danke für die schnelle Antwort."),
])

P("prague", "Tomáš Novák", "Tradely", "CTO", connected="2021-05-17")
C("genuine", "inbound_lead_buy", "en", "marketplace CTO wants to buy payouts API, asks price and timeline", [
    ("prague", "2021-05-17 16:00", "Hi Theresa, I saw your payouts API launch post. We run a B2B marketplace in CZ/SK/AT with ~3,000 sellers and we're doing payouts manually via bank exports (yes, really). Can you share pricing for split payouts, and is CZK supported?"),
    ("me", "2021-05-17 17:45", "Hi Tomáš, manual exports for 3,000 sellers sounds painful! CZK settlement is live, CZK payouts end of Q3. I'll loop in our sales lead for pricing, but happy to do a technical call with your team myself next week."),
    ("prague", "2021-05-17 18:02", "Great, Wednesday works for us."),
])

P("buchhaltung", "Katharina Wimmer", "Belegfix", "Head of Product", connected="2019-06-20")
C("genuine", "peer_joint_offer", "de", "peer PM at an accounting SaaS proposes a joint bundle and pricing", [
    ("buchhaltung", "2021-04-08 20:30", "Hey Theresa! Nach unserem Gespräch beim Product-Stammtisch: Wollen wir das ernsthaft angehen? Belegfix-Kund:innen bekommen Zahlwerk mit 3 Monaten ohne Grundgebühr, eure Händler kriegen uns 20 % günstiger, und wir machen den Abgleich von Auszahlungen automatisch. Ich würd's bei uns intern pitchen, wenn du dabei bist."),
    ("me", "2021-04-09 08:15", "Ja, bin voll dabei! Ich muss das mit unserem Partnerships-Team abstimmen, aber der Reconciliation-Teil ist genau das, was unsere Händler ständig fragen. Call nächste Woche mit unseren Leads?"),
    ("buchhaltung", "2021-04-09 08:30", "Leiwand. Ich schick eine Einladung."),
])

P("recr_hire", "Fiona Walsh", "Payments Talent Partners", "Principal Recruiter", connected="2020-10-01")
C("genuine", "recruiter_engaged", "en", "recruiter she retained to hire a PM for her team; fee and shortlist", [
    ("me", "2021-02-01 09:00", "Hi Fiona, we got budget for the Product Manager, Payouts role. Same terms as our engineering searches, 20%? I'd like German speakers ideally, but English-only is fine for the right person."),
    ("recr_hire", "2021-02-01 12:30", "Hi Theresa, great news. Yes, 20% with a 3-month replacement guarantee. I'll start with people from acquirers and PSPs in Vienna, Munich and Berlin."),
    ("recr_hire", "2021-02-19 15:40", "Three profiles in your inbox. The one from Munich has actually shipped a payouts product, salary expectation 78k plus relocation."),
    ("me", "2021-02-19 17:00", "Munich candidate looks strong. Let's do a first round next Tuesday."),
])

P("recr_self", "Martin Huber", "Alpine Executive Search", "Partner", connected="2021-06-14")
C("genuine", "recruiter_owner_engaged", "de", "recruiter approached her earlier, she engaged and is now discussing a role", [
    ("recr_self", "2021-06-14 11:00", "Liebe Frau Leitgeb, wie besprochen das Rollenprofil für die Head-of-Product-Position im Anhang. Das Gehaltsband liegt bei 110-125k plus Bonus. Die Gespräche würden im Juli starten."),
    ("me", "2021-06-15 19:30", "Danke, Herr Huber. Ich hab's gelesen, klingt spannend, aber ich möchte erst nach dem SEPA-Instant-Launch im September ernsthaft reden. Können wir uns Ende August nochmal melden?"),
    ("recr_self", "2021-06-16 08:10", "Selbstverständlich, ich melde mich Ende August."),
])

P("junior", "Anna Pfeiffer", "", "Junior Product Owner", connected="2021-07-05")
C("genuine", "applicant", "de", "junior PM applies after seeing the job post", [
    ("junior", "2021-07-05 21:15", "Hallo Frau Leitgeb, ich hab mich gestern auf die Stelle als Associate PM beworben und wollte mich kurz persönlich melden. Ich bin grad 1,5 Jahre bei einer Versicherung als Product Owner und möchte unbedingt in Richtung Payments. Ihren Talk beim Product Circle fand ich übrigens super. Falls Sie Fragen haben, bin ich jederzeit erreichbar."),
    ("me", "2021-07-06 08:30", "Hallo Frau Pfeiffer, danke für die Nachricht! Die Bewerbung ist angekommen, unser Recruiting meldet sich diese Woche."),
])

P("referral", "Rahul Menon", "", "Backend Engineer", connected="2020-11-20")
C("genuine", "applicant_referral", "en", "engineer from the meetup community asks for a referral", [
    ("referral", "2021-08-23 13:10", "hey Theresa, hope you're good! I saw Zahlwerk is hiring a senior backend dev for the ledger team. Would you be ok referring me? I've been doing double-entry ledger stuff at my current job for 2 years. totally fine if not"),
    ("me", "2021-08-23 18:00", "Hey Rahul, of course! Send me your CV and I'll put it in with a note to the hiring manager."),
    ("referral", "2021-08-23 18:20", "you're the best, sending now"),
])

P("pc1", "Jakob Moser", "Kassenwerk", "Product Designer", connected="2021-10-14")
P("pc2", "Sophie Turner", "Glide Mobility", "Product Lead", connected="2021-10-14")
P("pc3", "Lena Brunner", "", "Product Manager", connected="2021-10-15")
C("genuine", "thanks_after_talk", "de", "thank-you 1 of 3 after her Product Circle talk", [
    ("pc1", "2021-10-14 22:10", "Danke für den Talk heute beim Product Circle! Die Story mit dem Checkout-Abbruch bei 3DS war echt ehrlich. Schön dich kennenzulernen."),
    ("me", "2021-10-15 08:20", "Danke dir, Jakob! Hat mich gefreut."),
])
C("genuine", "thanks_after_talk", "en", "thank-you 2 of 3 after the same talk, English", [
    ("pc2", "2021-10-14 23:05", "Thanks for the talk tonight Theresa! Great to meet you at the Product Circle. The slide with the funnel before/after SCA was super useful."),
])
C("genuine", "thanks_after_talk", "de", "thank-you 3 of 3 after the same talk", [
    ("pc3", "2021-10-15 07:45", "Hallo Theresa, danke für den super Vortrag gestern beim Product Circle! Hat mir echt viel gebracht. Freut mich, dass wir vernetzt sind!"),
    ("me", "2021-10-15 09:00", "Freut mich auch, Lena! Gern bei Gelegenheit auf einen Kaffee."),
])

P("conf", "Hannah Becker", "FinTech Forum Danube", "Programme Manager", connected="2021-02-10")
C("genuine", "conference_speaker_real", "en", "real conference confirms her as speaker and travel reimbursement", [
    ("conf", "2021-02-10 11:00", "Dear Theresa, thank you for accepting our invitation! You're confirmed for the panel 'Instant payments: who pays for speed?' on May 20, 14:00. As a speaker we cover your ticket and one hotel night; for Vienna speakers we reimburse local travel. Please send a short bio and headshot by March 15."),
    ("me", "2021-02-10 13:20", "Thank you Hannah, looking forward. Bio and photo will come next week."),
])

P("bank", "Gerhard Pichlmayr", "Donaubank AG", "Leiter Zahlungsverkehr", connected="2018-04-09")
C("genuine", "partner_bank", "de", "partner bank on the SEPA Instant timeline; long-standing contact", [
    ("bank", "2021-06-01 09:30", "Grüß Gott Frau Leitgeb, kurzer Zwischenstand: Unsere SCT-Inst-Anbindung für Sie geht frühestens am 6. September live, nicht im August. Die Zertifizierung hat sich verzögert. Tut mir leid, ich weiß, dass Sie damit planen."),
    ("me", "2021-06-01 10:15", "Danke für die ehrliche Info, Herr Pichlmayr. September geht sich bei uns grad noch aus. Können wir Ende Juni einen Testlauf in der Sandbox machen?"),
    ("bank", "2021-06-01 10:40", "Ja, das sollte möglich sein. Ich gebe Ihnen Bescheid."),
])

P("haendler", "Elisabeth Gruber", "Kaffeerösterei Gruber", "Inhaberin", connected="2020-08-18")
C("genuine", "client_complaint", "de", "merchant client complains about delayed payout", [
    ("haendler", "2021-11-02 08:05", "Frau Leitgeb, entschuldigen Sie, dass ich Sie direkt anschreibe, aber beim Support komm ich nicht weiter. Die Auszahlung vom Freitag ist noch immer nicht da, und ich muss heute meine Lieferanten zahlen. Können Sie nachschauen?"),
    ("me", "2021-11-02 08:40", "Liebe Frau Gruber, tut mir sehr leid! Ich hab nachgeschaut: Die Auszahlung hing wegen eines Bankfeiertags (Allerheiligen) im Clearing. Sie sollte heute bis Mittag am Konto sein. Ich sag dem Support, dass sie Ihnen das nächste Mal proaktiv schreiben."),
    ("haendler", "2021-11-02 12:30", "Ist da, danke vielmals!"),
])

P("eng", "Stefan Kainz", "Zahlwerk Payments GmbH", "Engineering Lead Payouts", connected="2019-09-02")
P("des", "Mira Hadžić", "Zahlwerk Payments GmbH", "Product Designer", connected="2020-01-15")
C("genuine", "internal_group", "de", "internal group chat about sprint scope", [
    ("eng", "2021-09-13 09:10", "Morgen! Wir schaffen im Sprint entweder die Retry-Logik oder das neue Dashboard-Widget, beides geht sich nicht aus."),
    ("des", "2021-09-13 09:20", "Das Widget kann warten, die Designs sind eh noch nicht final"),
    ("me", "2021-09-13 09:35", "Retry-Logik hat Vorrang, Händler beschweren sich. Widget nächster Sprint. Danke euch!"),
], title="Payouts Squad", extra=["des"])

P("ux_agency", "Philipp Reiter", "Usability Lab Wien", "Geschäftsführer", connected="2019-03-28")
C("genuine", "owner_started_quote_request", "de", "she asks a research agency for a quote; reply has prices", [
    ("me", "2021-03-22 14:00", "Hallo Philipp, wir wollen im April einen Usability-Test vom neuen Checkout machen, 8 bis 10 Teilnehmer:innen, Mix aus Händlern und Endkund:innen. Könnt ihr mir ein Angebot schicken?"),
    ("ux_agency", "2021-03-23 10:15", "Hallo Theresa, gern! Für 10 Sessions inkl. Rekrutierung, Moderation und Bericht wären wir bei 9.800 Euro netto. Wenn ihr die Händler selbst rekrutiert, 8.200. Termin in KW 16 wäre frei."),
    ("me", "2021-03-23 11:00", "Wir rekrutieren die Händler selbst. KW 16 passt, ich schick dir die Bestellung."),
])

P("peer3ds", "Chloé Martin", "Paylume", "Senior PM Risk", connected="2021-01-25")
C("genuine", "owner_started_knowledge_exchange", "en", "she reaches out to a peer PM about 3DS exemption rates", [
    ("me", "2021-01-25 17:00", "Hi Chloé, I enjoyed your article on TRA exemptions. We're seeing issuers in Germany ignore our exemption requests about 40% of the time. Is that similar for you? Happy to share our numbers in return, no sales involved on either side :)"),
    ("peer3ds", "2021-01-26 09:30", "Hi Theresa, ha, 40% sounds about right for DE, it's better in NL. Let's do a call, I'd love to compare. Thursday?"),
    ("me", "2021-01-26 10:00", "Thursday 16:00 CET works."),
])

P("wu", "Lukas Gruber", "", "", connected="2012-10-01")
C("genuine", "long_standing_friend", "de", "old university friend, small talk and Heuriger", [
    ("wu", "2021-06-25 18:20", "Oida, Heuriger am Samstag in Stammersdorf? Die Partie vom WU-Jahrgang kommt fast vollständig. Du hast keine Ausrede, Lockdown ist vorbei 🍷"),
    ("me", "2021-06-25 19:00", "Bin dabei! Aber ich fahr nicht wieder mit dem letzten 31er heim, diesmal Taxi."),
])

P("exboss", "Daniel Schreiber", "Thameside Digital Bank", "Director of Product", connected="2016-02-14")
C("genuine", "long_standing_ex_manager", "en", "former manager from Berlin, now in London, catching up", [
    ("exboss", "2021-08-02 20:45", "Theresa! Just saw the SEPA Instant teaser. You're doing exactly what you told me you'd do back in Berlin. Proud ex-manager moment. Are you coming to London anytime this autumn?"),
    ("me", "2021-08-03 07:30", "Daniel! Thank you, that means a lot. Possibly in November for a partner meeting, I'll let you know, drinks on me."),
])

P("journo", "Megan Price", "Payments Weekly", "Reporter", connected="2021-09-08")
C("genuine", "journalist_quote", "en", "reporter asks for a quote on instant payments", [
    ("journo", "2021-09-08 12:00", "Hi Theresa, I'm writing about instant payments adoption in the DACH region after the SCT Inst push. Would you give me two or three sentences on why Zahlwerk launched it and what merchants asked for? Deadline Friday noon."),
    ("me", "2021-09-08 15:30", "Hi Megan, happy to. I'll send it by Thursday; need to run it past our comms team first."),
])

P("community", "Paul Fuchs", "Vienna Payments Community", "Organiser", connected="2019-05-06")
C("genuine", "event_invite_contact", "de", "community organiser invites to the summer afterwork", [
    ("community", "2021-07-12 10:00", "Hallo Theresa, Sommer-Afterwork der Payments Community am 29.7. ab 18 Uhr im Schanigarten vom Café am Karmeliterplatz. Kommst? Ich bräucht bis Freitag eine ungefähre Zahl."),
    ("me", "2021-07-12 12:00", "Fix! Und ich nehm wahrscheinlich zwei aus meinem Team mit."),
])

P("spamclient", "Christoph Lechner", "Bergsport Lechner", "E-Commerce Leiter", connected="2020-05-11")
C("genuine", "client_in_spam", "de", "merchant client writes about a webhook outage; landed in SPAM", [
    ("spamclient", "2021-04-19 07:15", "Guten Morgen Frau Leitgeb, seit gestern Abend kommen bei uns keine Webhooks mehr für erfolgreiche Zahlungen an. Die Bestellungen bleiben auf 'ausstehend'. Das Ticket beim Support ist offen, aber vielleicht können Sie da etwas beschleunigen?"),
    ("me", "2021-04-19 11:30", "Herr Lechner, entschuldigen Sie, Ihre Nachricht war im Spam-Ordner. Das war ein Zertifikatsproblem auf unserer Seite, ist seit 10:50 behoben, die fehlenden Webhooks werden gerade nachgeliefert. Tut mir wirklich leid."),
], folder="SPAM")

P("partnerpm", "Isabel Ortega", "Cardnet Europe", "Partner Manager", connected="2020-09-28")
C("genuine", "partner_quick_call", "en", "card-scheme partner asks for a quick call: genuine", [
    ("partnerpm", "2021-05-04 09:00", "Hi Theresa, do you have 15 minutes today for a quick call? Our certification team found an issue in your tokenisation test cases and I'd rather explain it than write it."),
    ("me", "2021-05-04 09:20", "Sure, 11:30?"),
    ("partnerpm", "2021-05-04 09:22", "Perfect, sending an invite."),
])

P("meetup", "Ahmed Karim", "Vienna Product Circle", "Co-organiser", connected="2020-02-03")
C("genuine", "community_cohost", "en", "meetup co-organiser asks her to co-host", [
    ("meetup", "2021-11-15 14:00", "Hi Theresa! After your talk got the best feedback of the year, we'd love you to co-host one of our spring meetups. No pressure, it's basically picking two speakers and holding a mic. Interested?"),
    ("me", "2021-11-15 18:30", "Ha, sure, as long as I don't have to do the pizza order."),
])

P("fh", "Dr. Verena Haas", "FH Campus Wien", "Lektorin Digital Business", connected="2020-10-19")
C("genuine", "guest_lecture_invite", "de", "university lecturer asks for a guest lecture", [
    ("fh", "2021-10-04 10:00", "Liebe Frau Leitgeb, hätten Sie Lust, im Dezember eine Gastvorlesung (90 min) zum Thema Produktmanagement in regulierten Märkten zu halten? Die Studierenden im Master fragen immer nach Praxis. Ein kleines Honorar gibt's auch."),
    ("me", "2021-10-04 13:00", "Sehr gern! Welche Termine kämen in Frage?"),
    ("fh", "2021-10-04 13:30", "2. oder 9. Dezember, jeweils 17:30."),
])

P("freundin", "Magdalena Hofer", "", "", connected="2014-03-03")
C("genuine", "friend_small_talk", "de", "friend, Austrian small talk", [
    ("freundin", "2021-12-11 16:00", "Punschstand am Spittelberg morgen? Ich brauch dringend einen Glühwein und Tratsch"),
    ("me", "2021-12-11 16:30", "Ja bitte!! 17 Uhr? Ich bin eh in der Gegend"),
    ("freundin", "2021-12-11 16:32", "Passt, bis morgen, Bussi"),
])

P("metricly", "Jordan Blake", "Metricly", "Account Manager", connected="2019-12-12")
C("genuine", "vendor_price_change", "en", "existing analytics vendor moves to euro pricing and new seat price", [
    ("metricly", "2021-10-18 15:00", "Hi Theresa, starting with your renewal in January we'll invoice in EUR instead of USD. The seat price becomes 54 EUR per month (was 59 USD), so roughly neutral. Your 15 seats and the data warehouse add-on stay as they are. Any questions, let me know."),
    ("me", "2021-10-18 16:10", "Thanks Jordan, EUR invoicing is welcome, our finance team will be happy."),
])

P("anwalt", "Dr. Florian Steiner", "Steiner Rechtsanwälte", "Partner", connected="2018-08-30")
C("genuine", "external_counsel", "de", "external counsel on updated merchant terms", [
    ("anwalt", "2021-08-17 17:00", "Sehr geehrte Frau Leitgeb, anbei unsere Anmerkungen zu den neuen Händler-AGB für die Auszahlungen. Kritisch ist vor allem 7.3 (Haftung bei verspäteter Gutschrift). Ich schlage vor, wir besprechen das kurz, bevor die Version an den Vertrieb geht."),
    ("me", "2021-08-18 09:00", "Danke, Herr Dr. Steiner. Donnerstag 10 Uhr telefonisch?"),
    ("anwalt", "2021-08-18 09:30", "Passt."),
])

P("ngo", "Teresa Kraus", "Verein Nachbarschaftshilfe Ottakring", "Obfrau", connected="2021-11-22")
C("genuine", "inbound_lead_buy", "de", "NGO wants to take donations via her company's product and asks for a discount", [
    ("ngo", "2021-11-22 19:00", "Liebe Frau Leitgeb, wir sind ein kleiner Verein in Ottakring und möchten endlich Online-Spenden annehmen (EPS, Karte). Eine Bekannte hat gesagt, Zahlwerk hat Sonderkonditionen für gemeinnützige Vereine? An wen können wir uns wenden?"),
    ("me", "2021-11-23 08:45", "Liebe Frau Kraus, ja, haben wir: keine Grundgebühr und reduzierte Transaktionsgebühr für Vereine. Ich leite Sie an unser Onboarding weiter und schau, dass es vor Weihnachten klappt."),
])

P("mentee", "Sara Yilmaz", "", "Associate Product Manager", connected="2020-06-06")
C("genuine", "mentee", "en", "mentee she has been coaching for a year", [
    ("mentee", "2021-03-30 20:00", "Hi Theresa, quick update: I got the promotion to PM!! Thank you for all the sessions this year, especially the one about writing one-pagers. Same time next month?"),
    ("me", "2021-03-30 21:10", "Sara, amazing!!! You earned it. Same time next month, and this time you bring the Kardinalschnitte."),
])

P("excoll", "Georg Wallner", "Alpenländische Kreditbank", "Produktmanager", connected="2015-09-15")
C("genuine", "congrats_promotion", "de", "former colleague congratulates on promotion", [
    ("excoll", "2021-01-04 09:30", "Gratuliere zur Senior-Rolle, Theresa! Hab's grad gesehen. Hast dir verdient. Mittagessen demnächst, wenn die Lokale wieder aufsperren?"),
    ("me", "2021-01-04 10:10", "Danke Georg! Unbedingt, sobald's geht. Schnitzel beim Wirten ums Eck, wie früher."),
])

P("teammember", "Felix Haider", "Zahlwerk Payments GmbH", "Product Manager", connected="2021-04-06")
C("genuine", "internal_team", "de", "team member asks for a 1:1 about leave", [
    ("teammember", "2021-12-06 08:50", "Hi Theresa, hättest du heute kurz Zeit für ein 1:1? Es geht um Papamonat im Februar, ich möcht das früh planen."),
    ("me", "2021-12-06 09:05", "Gratuliere!!! Klar, 14 Uhr?"),
])

P("merchant_fb", "Oliver Brandt", "Snowpeak Outdoor", "Head of E-Commerce", connected="2020-04-22")
C("genuine", "merchant_product_feedback", "en", "merchant gives product feedback on the new dashboard", [
    ("merchant_fb", "2021-10-27 11:40", "Hey Theresa, quick feedback on the new payouts dashboard: the CSV export is great, but the fee column is in cents while everything else is in euros. Our accountant nearly had a heart attack. Otherwise big improvement!"),
    ("me", "2021-10-27 12:15", "Oops, that's on us. Ticket created, fix goes out next week. Thanks Oliver!"),
])

P("belegdev", "Marko Petrović", "Belegfix", "Senior Integration Engineer", connected="2021-05-03")
C("genuine", "partner_integration_mixed", "mixed", "partner engineer on the joint integration, code-switching German/English", [
    ("belegdev", "2021-06-09 15:20", "Hi Theresa, kurze Frage zur Integration: the payout.settled webhook sends the amount net of fees, aber im Reconciliation-Export steht gross. Welcher Wert ist the source of truth für die Buchhaltung? Wir wollen das vor dem Go-live sauber haben."),
    ("me", "2021-06-09 16:05", "Hi Marko, good catch! Source of truth ist der Export (gross + fee line). Der Webhook-Betrag ist net, das dokumentieren wir noch besser. I'll send you the updated spec tomorrow."),
    ("belegdev", "2021-06-09 16:12", "Perfekt, danke! Dann passt unser mapping."),
])

# ---------------------------------------------------------------- wanted pitches

P("openbanking", "Nils Jansen", "Bankbridge", "Product Partnerships", connected="2021-03-15")
C("wanted_pitch", "read_her_article", "en", "open banking vendor refers to her Medium post on EPS vs SEPA Instant fallback", [
    ("openbanking", "2021-03-16 10:00", "Hi Theresa, I read your Medium piece on why Zahlwerk keeps EPS as the fallback when SCT Inst isn't reachable. Your point about Austrian banks returning 'pending' for up to 40 minutes is exactly the gap we close: our AISP status check confirms the booking in under 10 seconds for 92% of Austrian accounts. Would you like me to run your last month of EPS pending cases through it, so you can see the numbers before any commercial talk?"),
    ("me", "2021-03-16 13:20", "That's a fair offer. Let me check with our data protection officer what we can share."),
])

P("ux_free", "Katrin Moosbrugger", "", "Freiberufliche UX-Researcherin", connected="2021-10-15")
C("wanted_pitch", "saw_her_talk", "de", "UX researcher refers to a specific slide from her talk", [
    ("ux_free", "2021-10-15 12:00", "Hallo Theresa, ich war gestern beim Product Circle. Bei deiner Folie mit dem 3DS-Abbruch hast du gesagt, ihr wisst noch nicht, ob die Leute wegen der Bank-App oder wegen dem Timeout abbrechen. Genau sowas untersuche ich: Tagebuchstudien mit echten Käufer:innen, 2 Wochen, 12 Personen, ca. 7.500 Euro. Ich hab sowas letztes Jahr für einen Wiener Ticketing-Anbieter gemacht, erzähl dir gern davon."),
    ("me", "2021-10-15 13:30", "Oh, das ist tatsächlich unsere größte offene Frage. Lass uns nächste Woche telefonieren."),
])

P("analytics", "Priya Natarajan", "Eventline", "Solutions Engineer", connected="2021-07-19")
C("wanted_pitch", "knows_her_tools", "en", "data tooling vendor names their Segment/Amplitude setup from a job ad", [
    ("analytics", "2021-07-20 09:30", "Hi Theresa, your job ad for a product analyst mentions Segment, Amplitude and 'cleaning up our tracking plan'. That usually means event names drifted between the web checkout and the mobile SDK. Eventline sits between Segment and Amplitude and flags schema drift before it lands. For your event volume it'd be around 900 EUR/month. Happy to do a free audit of your current tracking plan first."),
])

P("recr_role", "Sabine Kurz", "Fintalent Austria", "Senior Consultant", connected="2021-09-20")
C("wanted_pitch", "recruiter_relevant_role", "de", "recruiter with a relevant Head of Product role referencing her SEPA Instant launch", [
    ("recr_role", "2021-09-21 08:30", "Liebe Frau Leitgeb, gratuliere zum SEPA-Instant-Launch letzte Woche, das war ja in einigen Medien. Ich suche für ein Wiener Scale-up im B2B-Zahlungsverkehr (Series B, 120 Leute) eine Head of Product, die genau sowas schon durch Regulatorik und Bankpartner gebracht hat. Remote-Anteil flexibel, Gehalt deutlich über Senior-PM-Niveau. Hätten Sie Lust auf ein vertrauliches Gespräch?"),
    ("me", "2021-09-21 19:00", "Danke für die Nachricht, ich bin grad nicht aktiv auf der Suche, aber ein kurzes Gespräch schadet nicht. Nächste Woche?"),
])

P("fraudfree", "Dominik Wagner", "", "Freelance Fraud Strategist", connected="2021-05-10")
C("wanted_pitch", "mutual_contact_referral", "de", "freelancer introduced by her friend Lukas Gruber by name", [
    ("fraudfree", "2021-05-10 18:00", "Hallo Theresa, Lukas Gruber hat mir erzählt, dass ihr mit den 3DS-Ausnahmen kämpft und eure TRA-Quote bei deutschen Issuern so schlecht ist. Ich hab bei einem Münchner Acquirer die Regeln dafür aufgesetzt und mach das jetzt freiberuflich. Ich würd mir gern mal eure Regeln anschauen, 2 Tage Analyse für 2.400 Euro. Lukas meint, du magst es direkt, also: interessiert?"),
    ("me", "2021-05-11 08:00", "Lukas kennt mich gut 😄 Ja, interessiert. Schick mir Referenzen."),
])

P("aml", "Eva Horvath", "Monitra", "Regulatory Solutions", connected="2021-02-22")
C("wanted_pitch", "public_register_licence", "en", "compliance vendor saw the regulator's register entry for the new e-money licence", [
    ("aml", "2021-02-23 11:15", "Hello Theresa, congratulations: I saw in the FMA company database that Zahlwerk now holds an e-money institution licence. From our experience with two Austrian EMIs, the first on-site audit usually focuses on transaction monitoring scenarios for payouts. You own the payouts product, so I thought you'd be the right person: we have a ready-made scenario library for marketplace payouts that we can tune to your flows in about four weeks."),
])

P("docs", "Ben Whitaker", "Clearpage Docs", "Developer Docs Consultant", connected="2021-06-07")
C("wanted_pitch", "site_visited_docs", "en", "docs consultant visited their API docs and found concrete errors", [
    ("docs", "2021-06-08 10:45", "Hi Theresa, I was integrating your sandbox for a side project and noticed two things in your API docs: the webhook signature example in Node still uses the v1 header name, and the payouts page links to a Postman collection that returns 404. I'm a freelance technical writer for payments APIs (I did the docs migration for a Berlin acquirer). I'd fix those two for free; if you like the result, I'd quote a full review of the payouts docs."),
    ("me", "2021-06-08 12:00", "Embarrassing, and thank you. I'll forward the webhook bit to the team. Let's talk about the review."),
])

P("l10n", "Zsófia Kiss", "Lingua Checkout", "Geschäftsführerin", connected="2021-08-30")
C("wanted_pitch", "specific_problem_named", "de", "localisation agency names concrete translation errors in the CZ/HU checkout", [
    ("l10n", "2021-08-31 09:00", "Grüß Gott Frau Leitgeb, seit Sie den Checkout in Tschechien und Ungarn anbieten, hab ich mir die Seiten angeschaut: Im ungarischen Checkout steht bei der Kartenprüfziffer 'Ellenőrző szám' und direkt darunter ein englischer Fehlertext, und im tschechischen ist der Button 'Zaplatit nyní' abgeschnitten. Wir übersetzen und testen Zahlungsstrecken für CEE-Märkte. Einmaliger Review beider Sprachen: 1.100 Euro."),
])

P("a11y", "Marcus Lindner", "Barrierefrei Digital", "Accessibility Auditor", connected="2021-11-08")
C("wanted_pitch", "specific_problem_accessibility", "en", "accessibility auditor found concrete screen reader issues in their checkout", [
    ("a11y", "2021-11-09 14:00", "Hi Theresa, I tested the Zahlwerk hosted checkout with VoiceOver and NVDA: the card expiry field has no label, and the 3DS iframe traps focus, so a blind user can't leave it without reloading. With the European Accessibility Act applying to e-commerce payment from 2025, your merchants will start asking. I'm an IAAP-certified auditor in Vienna; a full checkout audit with fixes list is 3,900 EUR."),
])

P("sdk", "Leon Weber", "TapKit", "Developer Advocate", connected="2021-04-26")
C("wanted_pitch", "knows_her_setup_github", "en", "SDK vendor refers to a GitHub issue in their open-source library", [
    ("sdk", "2021-04-27 16:00", "Hi Theresa, I saw the open issue on your Android SDK repo about Google Pay tokens failing on Android 11 with the new package visibility rules. We hit the same thing in TapKit and shipped a fix; I'm happy to open a PR on your repo regardless. Separately, if you ever want tap-to-pay on Android phones for your merchants, that's what we license, but the PR comes either way."),
    ("me", "2021-04-27 17:30", "Wow, a PR would be amazing, thank you. And let's talk about tap-to-pay after summer."),
])

P("devrel", "Johanna Eder", "", "Freiberufliche Developer Relations", connected="2021-12-01")
C("wanted_pitch", "event_homework_hackathon", "de", "freelance devrel saw their Linz hackathon and suggests a concrete follow-up", [
    ("devrel", "2021-12-02 10:00", "Hallo Theresa, ich war beim Zahlwerk-Hackathon in Linz als Mentorin von einem anderen Sponsor dabei. Von euren 14 Teams haben nur 3 die Payouts-API überhaupt zum Laufen gebracht, weil der Sandbox-Key erst per Mail kam. Ich mach freiberuflich DevRel für API-Firmen: Quickstarts, Sample-Apps, Events. Für einen 'Payouts in 10 Minuten'-Quickstart plus Sample-App würd ich ca. 4.000 Euro nehmen."),
])

P("recr_cand", "Tobias Brandstätter", "TechHunters Wien", "Recruiter", connected="2021-05-24")
C("wanted_pitch", "recruiter_relevant_candidate", "de", "recruiter saw their backend job post and has a fitting payments candidate", [
    ("recr_cand", "2021-05-25 09:00", "Hallo Frau Leitgeb, Sie suchen laut Karriereseite eine:n Senior Backend Engineer fürs Ledger-Team, Kotlin, mit Erfahrung in Zahlungsverkehr. Ich hab einen Kandidaten, der bei einer Wiener Bank das Core-Banking-Ledger auf Kotlin migriert hat, Deutsch und Englisch fließend, wohnt im 7. Bezirk. Provision 18 %. Darf ich Ihnen den anonymisierten Lebenslauf schicken?"),
    ("me", "2021-05-25 11:30", "Ja, bitte an mich und an Stefan Kainz."),
])

# ---------------------------------------------------------------- junk

P("psp", "Ryan O'Connell", "PayStream Global", "Merchant Sales")
C("junk", "offers_what_she_sells", "en", "pitches payment processing to a payment company's PM", [
    ("psp", "2021-02-16 15:00", "Hi Theresa, are you overpaying for card processing? PayStream Global helps online businesses accept payments in 130+ currencies with rates from 0.9%. Switching takes less than a week. Can I send you a custom rate comparison?"),
])
P("seo", "Florian Schwarz", "Rankwerk", "SEO-Berater")
C("junk", "generic_seo", "de", "generic SEO pitch", [
    ("seo", "2021-03-09 10:00", "Hallo Theresa, ich hab mir eure Website angesehen und gesehen, dass ihr bei wichtigen Keywords nicht auf Seite 1 bei Google seid. Wir bringen euch mit bewährten Strategien mehr Traffic und Leads. Soll ich dir eine kostenlose Analyse schicken?"),
])
P("capacity", "Jessica Moore", "SaaS Leads Co", "Founder", connected="2021-04-12")
C("junk", "capacity_for_clients", "en", "asks if she has capacity for new clients", [
    ("capacity", "2021-04-13 08:00", "Hi Theresa, quick one: does Zahlwerk have capacity to onboard 20-30 new merchants a month? We generate qualified B2B leads for fintechs on a pay-per-meeting basis. Worth a chat?"),
])
P("likeminded", "Andreas Berger", "Berger Holding", "Investor | Founder | Speaker", invite=("IN", "2021-05-03 07:00", "Hallo Theresa, ich vernetze mich gern mit gleichgesinnten Macher:innen!"), connected="2021-05-03")
C("junk", "like_minded_entrepreneurs", "de", "like-minded entrepreneurs connect, then mastermind", [
    ("likeminded", "2021-05-03 07:30", "Danke fürs Vernetzen, Theresa! Immer schön, gleichgesinnte Unternehmer:innen kennenzulernen. Ich hab eine exklusive Runde für Leader, die das nächste Level erreichen wollen. Wenn du offen bist, erzähl ich dir mehr."),
])
P("call15", "Kevin Walsh", "GrowthOps", "Account Executive", connected="2021-06-21")
C("junk", "quick_15_min_call", "en", "quick 15-minute call", [
    ("call15", "2021-06-22 09:00", "Hey Theresa, thanks for connecting! Got 15 minutes this week for a quick call? I'd love to show you how fintechs like yours are 3x-ing their pipeline with our outbound platform."),
])

P("ctp1", "Marlene Huber", "Teamspirit Events", "Eventmanagerin", invite=("IN", "2021-07-26 12:00", ""), connected="2021-07-26")
C("junk", "connect_then_pitch", "de", "small talk, owner answers, team event pitch in message 3", [
    ("ctp1", "2021-07-26 12:30", "Hallo Theresa, danke fürs Annehmen! Endlich wieder Sommer in Wien, gell? Warst schon baden an der Alten Donau?"),
    ("me", "2021-07-26 18:50", "Hallo! Ja, letztes Wochenende, herrlich."),
    ("ctp1", "2021-07-28 09:15", "Wie schön! Apropos Sommer: Plant ihr schon euer Team-Event? Wir organisieren Teambuilding mit Floßbau, Escape Room oder Weinwanderung, alles aus einer Hand. Darf ich dir ein Angebot schicken?"),
])
P("ctp2", "Daniel Kim", "ScaleForce Dev", "Partnerships", invite=("IN", "2021-09-27 10:00", "Fellow product person here!"), connected="2021-09-27")
C("junk", "connect_then_pitch", "en", "small talk, pitch in message 2, no reply", [
    ("ctp2", "2021-09-27 10:20", "Hey Theresa, thanks for connecting! Love your posts on product. What's the biggest challenge on your roadmap right now?"),
    ("ctp2", "2021-09-30 09:00", "Hi again! The reason I ask: we provide dedicated offshore dev teams for fintechs, senior engineers from 25 EUR/hour. Could be a quick win for your roadmap. Open to a short call?"),
])
P("ctp3", "Stefanie Lang", "Kanzlei-Software Pro", "Vertrieb", invite=("IN", "2021-11-29 09:00", ""), connected="2021-11-29")
C("junk", "connect_then_pitch", "de", "small talk about advent, owner answers, pitch in message 3", [
    ("ctp3", "2021-11-29 09:20", "Servus Theresa! Schönen ersten Advent gehabt? Bei uns war der erste Punsch schon fällig 😄"),
    ("me", "2021-11-29 12:10", "Servus, ja, danke! Bei uns auch."),
    ("ctp3", "2021-12-01 10:00", "Super! Kurze Frage: Wie verwaltet ihr eigentlich eure Verträge? Mit unserer Software habt ihr alle Fristen im Blick, speziell für den Mittelstand. Darf ich dir in 20 Minuten eine Demo zeigen?"),
])

P("bump1", "Chris Taylor", "Feedbackly", "SDR")
C("junk", "follow_up_bumps", "en", "three bumps with no reply", [
    ("bump1", "2021-02-02 09:00", "Hi Theresa, how do you collect customer feedback today? Feedbackly centralises it in one place. Worth a look?"),
    ("bump1", "2021-02-09 09:00", "Hi Theresa, bumping this up in case it got buried."),
    ("bump1", "2021-02-17 09:00", "Theresa, last try :) Should I talk to someone else on your team?"),
])
P("bump2", "Julia Reisinger", "Office Plant Service", "Vertrieb")
C("junk", "follow_up_bumps", "de", "office plants plus bump, no reply", [
    ("bump2", "2021-10-11 13:00", "Hallo Frau Leitgeb, grüne Büros machen produktiver! Wir begrünen Ihre Büroräume inkl. Pflege ab 89 Euro im Monat. Darf ich Ihnen ein Angebot machen?"),
    ("bump2", "2021-10-19 13:00", "Ich wollte nur kurz nachfragen, ob meine Nachricht angekommen ist?"),
])

# one template sent by five senders: English, with one German variant
P("tpl1", "Aaron Blake", "Convertly", "Growth Lead")
C("junk", "template_campaign", "en", "shared template 1/5: loved what Zahlwerk is building, boost conversions", [
    ("tpl1", "2021-03-30 10:00", "Hi Theresa, I've been following Zahlwerk Payments and love what you're building! We help fintech companies increase their conversion rates by 30% with AI-powered personalisation. Would you be open to a quick chat next week?"),
])
P("tpl2", "Maya Goldberg", "Funnelo", "Partnerships Manager")
C("junk", "template_campaign", "en", "shared template 2/5, slightly reworded", [
    ("tpl2", "2021-05-18 11:00", "Hi Theresa, I've been following Zahlwerk for a while and really love what you're building. We help fintechs boost conversion rates by up to 30% with AI-driven personalisation. Open to a quick chat next week?"),
])
P("tpl3", "Sven Maier", "Optimo Digital", "Account Executive")
C("junk", "template_campaign", "de", "shared template 3/5, German version", [
    ("tpl3", "2021-07-06 09:30", "Hallo Theresa, ich verfolge Zahlwerk Payments schon eine Weile und finde super, was ihr aufbaut! Wir helfen Fintechs, ihre Conversion-Rate mit KI-gestützter Personalisierung um bis zu 30 % zu steigern. Hättest du nächste Woche Zeit für einen kurzen Austausch?"),
])
P("tpl4", "Liam Carter", "LiftAI", "Business Development")
C("junk", "template_campaign", "en", "shared template 4/5", [
    ("tpl4", "2021-09-14 14:00", "Hey Theresa - been following Zahlwerk Payments GmbH and love what you're building! We help fintech companies increase conversions by 30% using AI personalisation. Would you be up for a quick chat next week?"),
])
P("tpl5", "Nora Evans", "Personalyze", "Sales")
C("junk", "template_campaign", "en", "shared template 5/5 with bump", [
    ("tpl5", "2021-11-16 10:00", "Hi Theresa, I've been following your company and love what you're building. We help fintechs increase conversion rates by up to 30% with AI-powered personalisation. Open to a quick chat?"),
    ("tpl5", "2021-11-23 10:00", "Hi Theresa, just floating this back up. Any interest?"),
])

P("merge1", "Harald Zach", "Zach IT-Security", "Vertrieb")
C("junk", "merge_tag_failure", "de", "unfilled {{Vorname}} tag", [
    ("merge1", "2021-04-20 08:00", "Hallo {{Vorname}}, Cyberangriffe auf Unternehmen nehmen stark zu. Ist Ihr Unternehmen ausreichend geschützt? Wir bieten Penetrationstests zum Fixpreis. Darf ich Ihnen Infos schicken?"),
])
P("merge2", "Emily Wright", "BrandBoost", "Client Partner")
C("junk", "merge_tag_failure", "en", "unfilled [Company] and [Industry]", [
    ("merge2", "2021-06-29 16:00", "Hi Theresa, I noticed [Company] is doing great things in the [Industry] space! We help brands like yours stand out with video content. Would love to share some ideas."),
])
P("merge3", "Thomas Gruber", "Gruber Versicherungsmakler", "Makler")
C("junk", "merge_tag_failure", "de", "wrong name and wrong company", [
    ("merge3", "2021-08-10 11:00", "Sehr geehrte Frau Leitner, als Geschäftsführerin der Zahlwerk Steuerberatung GmbH kennen Sie sicher die Risiken einer D&O-Haftung. Ich berate Sie gerne unverbindlich zu Ihrem optimalen Versicherungsschutz."),
])

P("spon1", "Vienna Business School Online", "", "", url="https://www.linkedin.com/company/vienna-business-school-online")
C("junk", "sponsored_inmail", "de", "sponsored InMail: online executive course", [
    ("spon1", "2021-03-01 12:00", "<p>Hallo Theresa,</p><p>bringen Sie Ihre Führungskompetenz aufs nächste Level: Unser berufsbegleitender <strong>Executive Master</strong> startet im Herbst. Jetzt Infoabend &amp; Stipendium sichern!</p>"),
], title="Sponsored Conversation", subject="Theresa, Ihr nächster Karriereschritt")
P("spon2", "CloudScale Platform", "", "", url="https://www.linkedin.com/company/cloudscale-platform")
C("junk", "sponsored_inmail", "en", "sponsored InMail: cloud credits webinar", [
    ("spon2", "2021-08-24 12:00", "<p>Hi Theresa,</p><p>Join our live webinar &amp; learn how fintech teams cut cloud costs by 40%. Register now and get <strong>5,000 USD</strong> in free credits.</p>"),
], title="Sponsored Conversation", subject="Fintech cloud costs: live webinar")
P("spon3", "LinkedIn Member", "", "", url="")
C("junk", "sponsored_inmail", "en", "sponsored InMail with anonymous sender: survey with gift card", [
    ("spon3", "2021-12-07 12:00", "Share your opinion on payment technology trends in a 10-minute survey and receive a 50 EUR gift card. Limited spots available."),
], title="Sponsored Conversation", subject="Quick survey for payments leaders")

P("award", "Jennifer Walsh", "Global Fintech Leaders Awards", "Awards Director")
C("junk", "paid_award", "en", "'selected' for an award that requires a fee", [
    ("award", "2021-06-08 13:00", "Dear Theresa, congratulations! You have been shortlisted as one of the 'Top 50 Women in Fintech Europe 2021'. To confirm your place and receive your award certificate, profile feature and trophy, a participation fee of 1,250 EUR applies. Please confirm by June 30."),
])
P("feature", "Michael Stern", "Business Leaders Magazin", "Chefredaktion")
C("junk", "paid_feature", "de", "magazine interview for a fee", [
    ("feature", "2021-09-28 10:00", "Liebe Frau Leitgeb, wir möchten Sie in unserer Sonderausgabe 'Die Köpfe der Fintech-Branche' porträtieren. Das Paket mit Interview, Fotoshooting und ganzseitigem Porträt kostet 1.900 Euro netto. Hätten Sie Interesse?"),
])
P("podcast", "Tyler Jenkins", "Fintech Founders Show", "Booking Manager")
C("junk", "paid_podcast", "en", "podcast guest slot with fee", [
    ("podcast", "2021-10-26 17:00", "Hi Theresa, we'd love to have you on the Fintech Founders Show (top 1% podcast)! Guest slots include professional editing and promotion to our 40K listeners for a one-time investment of 750 USD. Interested?"),
])

P("fluent", "Sophia Lambert", "Orbita AI", "Enterprise AE")
C("junk", "fluent_names_company", "en", "fluent, names her company, fits anyone", [
    ("fluent", "2021-07-13 10:30", "Hi Theresa, Zahlwerk Payments is clearly making waves in the Austrian fintech scene, and as you scale, keeping product, data and teams aligned only gets harder. Orbita brings AI-driven insights to every decision so leaders like you can move faster with confidence. Would it make sense to explore what that could look like for Zahlwerk?"),
])

P("ux_gen", "Matthias Pichler", "Pixelgold UX Agentur", "Geschäftsführer")
C("junk", "generic_counterpart_ux", "de", "generic UX agency (counterpart of the tailored UX researcher)", [
    ("ux_gen", "2021-11-02 09:00", "Hallo Theresa, gute UX ist der Schlüssel zum Erfolg! Wir gestalten Apps und Websites, die Nutzer lieben. Von der Analyse bis zum Design. Darf ich dir unser Portfolio schicken?"),
])
P("recr_gen", "Sarah Hoffmann", "Talent Connect", "Recruiterin")
C("junk", "generic_counterpart_recruiter", "de", "generic recruiter without a role", [
    ("recr_gen", "2021-04-27 10:00", "Hallo Theresa, dein Profil ist super spannend! Ich habe laufend tolle Positionen in IT und Business. Lass uns gern vernetzen, vielleicht ist ja was für dich dabei."),
])
P("analytics_gen", "Brian Foster", "DataPulse", "SDR")
C("junk", "generic_counterpart_analytics", "en", "generic analytics tool (counterpart of the tailored data vendor)", [
    ("analytics_gen", "2021-08-17 11:00", "Hi Theresa, are you making decisions based on data? DataPulse gives you real-time dashboards for your whole business. Join 5,000+ companies. Free 14-day trial!"),
])
P("content_gen", "Laura Fischer", "Contentschmiede", "Texterin")
C("junk", "generic_counterpart_writing", "de", "generic content writing (counterpart of the tailored docs consultant)", [
    ("content_gen", "2021-06-15 14:00", "Hallo Theresa, Content is King! Ich schreibe Blogartikel, Newsletter und Website-Texte für Unternehmen jeder Branche. Suchst du Unterstützung bei deinem Content?"),
])
P("transl_gen", "Maria Novak", "TranslatePro 24", "Project Manager")
C("junk", "generic_counterpart_translation", "en", "generic translation agency (counterpart of the tailored localisation agency)", [
    ("transl_gen", "2021-09-07 08:30", "Dear Sir/Madam, TranslatePro 24 offers professional translation in 120 languages by native speakers. Fast, affordable and certified. Please send us your documents for a free quote."),
])
P("crypto", "Max Steiner", "Blockwealth", "Crypto Advisor")
C("junk", "off_topic_crypto", "de", "crypto investment pitch", [
    ("crypto", "2021-04-06 22:00", "Hey Theresa! Als Fintech-Expertin weißt du ja, wo die Zukunft liegt 😉 Unsere Community hat mit DeFi-Staking dieses Jahr 80 % Rendite gemacht. Willst du rein? Schreib mir einfach."),
])
P("nft", "Jake Rivers", "MintVerse", "Community Lead")
C("junk", "off_topic_nft", "en", "NFT project pitch", [
    ("nft", "2021-10-05 01:30", "gm Theresa! Our NFT collection drops next week and we're giving early access to fintech leaders. Whitelist spots are limited, want one?"),
])
P("offshore_qa", "Vikram Rao", "TestPrime Solutions", "Business Development Manager")
C("junk", "generic_outsourcing", "en", "generic QA outsourcing", [
    ("offshore_qa", "2021-05-11 05:45", "Dear Theresa, greetings from TestPrime! We offer manual and automated software testing services at very competitive rates. Kindly let me know if you have any requirement."),
])
P("office", "Klaus Wiesinger", "Büromöbel Wiesinger", "Verkauf")
C("junk", "off_topic_furniture", "de", "office furniture", [
    ("office", "2021-05-25 10:00", "Grüß Gott Frau Leitgeb, zurück ins Büro nach Corona? Jetzt ergonomische Büromöbel mit 20 % Rabatt. Gerne schicke ich Ihnen unseren Katalog."),
])
P("salesrole", "Natalie Brooks", "Hire Velocity", "Recruiter")
C("junk", "irrelevant_recruiter_role", "en", "recruiter with an unrelated sales job", [
    ("salesrole", "2021-07-27 15:00", "Hi Theresa, your profile stood out! I'm hiring a Regional Sales Director for a logistics software company in Dubai. Tax-free package. Interested?"),
])
P("webinar", "Martina Koller", "DigitalCampus Austria", "Event Team")
C("junk", "generic_webinar", "de", "generic webinar invitation", [
    ("webinar", "2021-02-23 09:00", "Liebe Theresa, wir laden dich herzlich zu unserem kostenlosen Webinar 'Digitalisierung im Mittelstand 2021' ein! Jetzt Platz sichern, die Teilnehmerzahl ist begrenzt."),
])
P("coach", "Isabella Fuchs", "Mindful Leadership", "Business Coach")
C("junk", "generic_coaching", "de", "generic leadership coaching", [
    ("coach", "2021-09-01 19:30", "Hallo Theresa, fühlst du dich als Führungskraft manchmal ausgebrannt? In meinem Coaching-Programm findest du zurück zu Klarheit und Energie. Sichere dir jetzt dein kostenloses Erstgespräch!"),
])
P("ai_pm", "Ethan Cole", "RoadmapGPT", "Founder")
C("junk", "generic_ai_tool", "en", "generic AI roadmap tool, mass sent to PMs", [
    ("ai_pm", "2021-12-14 11:00", "Hey Theresa! Product managers are saving 10 hours a week with RoadmapGPT. Write PRDs, user stories and roadmaps in seconds. Want early access?"),
])
P("datenschutz", "Elke Brunner", "DSGVO-Check Austria", "Beraterin")
C("junk", "generic_compliance", "de", "generic GDPR consulting", [
    ("datenschutz", "2021-07-20 10:00", "Guten Tag Frau Leitgeb, ist Ihr Unternehmen DSGVO-konform? Viele Firmen riskieren hohe Strafen. Wir prüfen Ihre Website und Prozesse zum Pauschalpreis. Interesse an einem kostenlosen Erstgespräch?"),
])


if __name__ == "__main__":
    ex.write(
        Path(__file__).resolve().parents[1] / SLUG,
        {"First Name": "Theresa", "Last Name": "Leitgeb",
         "Headline": "Senior Product Manager Payouts & Instant Payments @ Zahlwerk | Vienna Product Circle",
         "Summary": "Building checkout and payouts for merchants in CEE. SEPA Instant, PSD2, 3DS2. Previously payments product in Berlin.",
         "Industry": "Financial Services", "Zip Code": "1070",
         "Geo Location": "Vienna, Austria", "Websites": "[COMPANY:zahlwerk.at]"},
        [{"Company Name": "Zahlwerk Payments GmbH", "Title": "Senior Product Manager",
          "Description": "Payouts, SEPA Instant, merchant dashboard.",
          "Location": "Vienna, Austria", "Started On": "Sep 2019", "Finished On": ""},
         {"Company Name": "Finvia Berlin", "Title": "Product Manager Payments",
          "Description": "Card acquiring and checkout.",
          "Location": "Berlin, Germany", "Started On": "Mar 2015", "Finished On": "Aug 2019"}],
        ["Product Management", "Payments", "SEPA", "PSD2", "API Products", "User Research", "SQL"],
    )
    print(ex.summary())

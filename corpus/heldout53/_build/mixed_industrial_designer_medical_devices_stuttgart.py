"""heldout53 persona 3: Mira Schwenk, industrial designer for medical devices at a (fictional)
design consultancy in Stuttgart. 2026 export layout, German and English about half and half.
Every message below is invented and hand-written; running this script regenerates
../mixed-industrial-designer-medical-devices-stuttgart/ byte for byte."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-industrial-designer-medical-devices-stuttgart"
OWNER = Person("me", "Mira Schwenk", "https://www.linkedin.com/in/mira-schwenk-kernform",
               "Kernform Design GmbH", "Senior Industrial Designer, Medical")
ex = Export(SLUG, "2026", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine (35)

P("vitalis", "Andreas Blessing", "Vitalis Medizintechnik GmbH, Tuttlingen", "Produktmanager Chirurgie",
  connected="2019-05-14")
C("genuine", "client_quote_request", "de", "Bestandskunde fragt Angebot für Redesign an; harter Fall mit Preis", [
    ("vitalis", "2025-09-08 08:40", "Grüß Gott Frau Schwenk, wir wollen das Handstück HX-4 überarbeiten - die Chirurgen klagen über Ermüdung bei langen Eingriffen, und der Kabelabgang stört. Könnten Sie uns ein Angebot für Konzeptphase plus Ergonomie-Studie machen? Budgetrahmen intern ca. 60-80 Tsd. Zeitplan: Konzepte bis Februar."),
    ("me", "2025-09-08 10:15", "Grüß Gott Herr Blessing, sehr gern! Das HX-4 kenne ich ja noch gut. Ich würde drei Konzeptrichtungen vorschlagen, dazu zwei Runden Griffstudien mit Chirurg:innen im Simulations-OP. Angebot schicke ich Ihnen bis Freitag."),
    ("me", "2025-09-12 16:30", "Anbei unser Angebot: 74.500 € netto, aufgeteilt in drei Meilensteine. Die Ergonomie-Studie könnten wir optional auf eine Runde kürzen (dann 61.000 €)."),
    ("vitalis", "2025-09-15 09:05", "Danke, das ist gut nachvollziehbar. Wir nehmen die volle Variante, Bestellung kommt über den Einkauf."),
], attachments={2: "https://www.linkedin.com/dms/kernform-angebot-hx4-v1.pdf"})

P("pulse", "Hannah Lindgren", "Pulsewise ApS", "Co-founder & CEO", connected="2025-10-20")
C("genuine", "inbound_buy_design_services", "en", "startup wants to buy design services; asks price", [
    ("pulse", "2025-10-20 13:10", "Hi Mira, we're a Copenhagen startup building a wearable cardiac monitoring patch. We have working electronics but the housing looks like a science project and patients peel it off after two days. A friend at Vitalis recommended Kernform. Could you give us a ballpark for industrial design through to a pilot-ready housing? We have seed funding and want to start in January."),
    ("me", "2025-10-20 15:45", "Hi Hannah, thanks for reaching out, and thanks to Andreas for the kind word. For a wearable like this I'd estimate 45-65k EUR for design through DVT-ready CAD, depending on how many skin-adhesion studies you need. Can we do a 45-minute call next week so I understand the electronics stack and your regulatory path?"),
    ("pulse", "2025-10-20 16:02", "That's within range. Tuesday 10:00 CET works for us."),
    ("me", "2025-10-20 16:10", "Tuesday 10:00 it is, invite is on the way."),
])

P("jonas", "Jonas Keller", "Kernform Design GmbH", "Mechanical Engineer", connected="2020-02-03")
C("genuine", "colleague_engineering", "de", "Kollege Ingenieur zu Schnapphaken-Toleranzen", [
    ("jonas", "2025-11-04 17:45", "Mira, die Schnapphaken am Batteriedeckel vom Pulsewise-Modell brechen beim dritten Öffnen. Entweder wir machen die Wand dicker (sieht man dann von außen) oder wir gehen auf PC/ABS statt PC. Was ist dir lieber?"),
    ("me", "2025-11-04 18:05", "PC/ABS, ganz klar. Die Außenkontur ist heilig, die haben die Patienten im Test geliebt. Kannst du's bis Donnerstag nochmal drucken?"),
    ("jonas", "2025-11-04 18:10", "Passt. Donnerstag hast du neue Teile. Gell, und danach Feierabendbier im Kessel?"),
    ("me", "2025-11-04 18:11", "Aber nur eins 🍺"),
])

P("proband", "Ute Reichle", "Probandenpool Süd", "Teamleitung Rekrutierung", connected="2018-07-09")
C("genuine", "existing_vendor_price_change", "de", "bestehender Usability-Rekrutierer kündigt neue Preise an; harter Fall", [
    ("proband", "2026-01-12 09:00", "Liebe Frau Schwenk, ab 1. März passen wir unsere Preise an: Rekrutierung von Pflegefachkräften 180 € statt 150 € pro Person, Ärzt:innen 320 € statt 280 €. Grund sind vor allem die gestiegenen Aufwandsentschädigungen. Für bereits beauftragte Studien bleibt alles wie vereinbart. Bei Fragen rufen Sie mich gern an."),
    ("me", "2026-01-12 11:20", "Liebe Frau Reichle, danke für die frühe Info. Dann buche ich die Pulsewise-Studie (12 Pflegekräfte) lieber noch im Februar. Können Sie mir die Kalenderwoche 7 reservieren?"),
    ("proband", "2026-01-12 11:40", "KW 7 ist reserviert, zu den alten Konditionen."),
])

P("proto", "Dirk Maier", "Schnellteil Prototyping GmbH, Feuerbach", "Vertrieb", connected="2017-03-22")
C("genuine", "existing_vendor_price_change", "de", "bestehender Prototypenlieferant: neue Preise und Lieferzeiten", [
    ("proto", "2025-12-01 14:00", "Hallo Mira, kurzer Hinweis fürs neue Jahr: PolyJet-Teile werden ab Januar ca. 10 % teurer (Materialpreise vom Hersteller), SLA bleibt gleich. Dafür haben wir eine zweite Maschine und können Express in 24 h statt 48 h. Liste kommt per Mail."),
    ("me", "2025-12-01 14:30", "Danke Dirk! Express in 24 h ist Gold wert. Wir bleiben natürlich bei euch."),
])

P("nl_proto", "Pieter de Vries", "Vormbouw Twente B.V.", "Account Manager", connected="2025-06-16")
C("genuine", "owner_started_quote_request", "en", "owner starts: asks Dutch supplier for LSR prototype quote", [
    ("me", "2025-06-16 10:30", "Hi Pieter, we met at the MedDesign Forum. We need 30 silicone (LSR, Shore 40A) overmoulded grips on a PC core for a usability study. Could you quote prototype tooling plus parts? Drawings are in the attached zip."),
    ("nl_proto", "2025-06-17 15:00", "Hi Mira, thanks! Aluminium prototype tool 8,900 EUR, parts 14 EUR each, lead time 4 weeks from PO. Colour matching to your RAL sample is included."),
    ("me", "2025-06-17 16:20", "Great, that works. PO follows this week."),
], attachments={0: "https://www.linkedin.com/dms/grip-study-drawings.zip"})

P("award_org", "Dr. Sabine Kurz", "Designpreis Medizin Baden-Württemberg", "Geschäftsstelle", connected="2022-04-04")
C("genuine", "design_award_real_jury", "de", "echter Designpreis lädt sie in die Jury (unbezahlt, keine Gebühr)", [
    ("award_org", "2025-07-02 11:00", "Liebe Frau Schwenk, nach Ihrem Preis im letzten Jahr würden wir Sie gern in die Jury 2026 berufen. Jurysitzung am 14./15. April in Stuttgart, Reisekosten werden erstattet. Hätten Sie Zeit?"),
    ("me", "2025-07-02 12:40", "Liebe Frau Dr. Kurz, das ehrt mich sehr, ich sage gern zu."),
])

P("rec_eng", "Laura Brennan", "Helix Talent AG, Basel", "Senior Recruiter, Life Sciences", connected="2025-04-22")
C("genuine", "recruiter_engaged", "en", "recruiter she engaged with; salary and role discussed", [
    ("rec_eng", "2025-04-22 09:15", "Hi Mira, I'm recruiting a Design Lead for a diagnostics company in Basel, building a team of four. Your pediatric inhaler work keeps coming up. Open to a conversation?"),
    ("me", "2025-04-23 21:00", "Hi Laura, I'm happy where I am but curious. What's the scope and the package?"),
    ("rec_eng", "2025-04-24 08:40", "Scope: all device and software UI design for point-of-care analysers, reporting to the CTO. Package 145-160k CHF plus bonus, relocation. Hybrid, 3 days in Basel."),
    ("me", "2025-04-28 19:30", "Thank you, that's honestly tempting. But I'm not ready to leave Stuttgart and my team right now. Let's stay in touch."),
    ("rec_eng", "2025-04-28 20:00", "Understood - I'll check in next year."),
])

P("intern", "Noah Berisha", "", "Student Industrial Design", connected="2026-01-19")
C("genuine", "applicant", "de", "Bewerber um Praktikum mit Portfolio; harter Fall Einstellung", [
    ("intern", "2026-01-19 20:40", "Hallo Frau Schwenk, ich studiere Industriedesign im 5. Semester und habe mich auf das Praktikum ab April beworben. Ich wollte Ihnen direkt mein Portfolio schicken, weil ein Projekt (Griff für Gehhilfen) nah an Ihren Themen ist. Ich würde mich sehr über ein Gespräch freuen."),
    ("me", "2026-01-20 08:50", "Hallo Herr Berisha, danke! Das Gehhilfen-Projekt ist schön dokumentiert, besonders die Tests mit den Seniorinnen. Hätten Sie nächsten Mittwoch um 14 Uhr Zeit für ein Gespräch bei uns im Büro?"),
    ("intern", "2026-01-20 09:02", "Ja, sehr gern! Bis Mittwoch."),
], attachments={0: "https://www.linkedin.com/dms/portfolio-noah-berisha-2026.pdf"})

P("ux_peer", "Katrin Vollmer", "Vollmer Human Factors", "Usability Engineer (IEC 62366)", connected="2016-10-10")
C("genuine", "peer_joint_offer", "de", "Kollegin schlägt gemeinsames Angebot vor; Preis-Split; harter Fall", [
    ("ux_peer", "2025-10-27 12:30", "Hi Mira! Der Kunde aus Ulm mit dem Inhalationsgerät braucht Design UND eine summative Evaluation nach 62366. Wollen wir gemeinsam anbieten? Ich würde für die Summative 38 Tsd. ansetzen, ihr das Design. Gemeinsames Angebot, ein Ansprechpartner für den Kunden."),
    ("me", "2025-10-27 14:10", "Katrin, gern! Lass uns aber sauber trennen, wer haftet - zwei Verträge, ein gemeinsames Deckblatt. Für uns schätze ich 55 Tsd."),
    ("ux_peer", "2025-10-27 14:25", "Perfekt, so machen wir's. Ich schreib das Deckblatt."),
])

P("cg1", "Felix Wagner", "Kernform Design GmbH", "Junior Designer", connected="2023-09-01")
P("cg2", "Sophie Brandt", "Neckartal Medical GmbH", "Head of R&D", connected="2021-02-15")
P("cg3", "Daniel Okoye", "MedAxis Ltd", "Human Factors Lead", connected="2024-05-06")
C("genuine", "congrats_after_award", "de", "fast gleicher Glückwunsch #1 nach Designpreis", [
    ("cg1", "2025-11-14 18:40", "Herzlichen Glückwunsch zum Designpreis Medizin, Mira! Mega verdient 🎉"),
    ("me", "2025-11-14 19:00", "Danke Felix! Ohne euch wär das nix geworden."),
])
C("genuine", "congrats_after_award", "de", "fast gleicher Glückwunsch #2 nach Designpreis", [
    ("cg2", "2025-11-14 20:15", "Herzlichen Glückwunsch zum Designpreis Medizin, liebe Mira! Absolut verdient."),
])
C("genuine", "congrats_after_award", "en", "near-duplicate congrats #3 after award, English", [
    ("cg3", "2025-11-15 09:00", "Congratulations on the Design Award for Medicine, Mira! Well deserved."),
    ("me", "2025-11-15 10:30", "Thank you Daniel!"),
])

P("zurich", "Thomas Brügger", "Universitätsspital Zürich", "Clinical Engineer")
C("genuine", "genuine_in_spam", "mixed", "clinical engineer reports a field issue with a device she designed; landed in SPAM; switches to German", [
    ("zurich", "2025-08-18 07:20", "Dear Ms Schwenk, I am a clinical engineer in Zurich. We use the Vitalis HX-3 handpiece, which I understand your studio designed. Our reprocessing team sees hairline cracks near the cable strain relief after about 200 cycles with our alkaline detergent. I have already reported this to Vitalis, but I thought the designer might want to know. I can share photos."),
    ("me", "2025-08-25 09:00", "Sehr geehrter Herr Brügger, vielen Dank - und Entschuldigung, Ihre Nachricht war in meinem Spam-Ordner gelandet. Ich antworte mal auf Deutsch, wenn das okay ist. Ja, bitte schicken Sie mir die Fotos. Ich stimme mich mit dem Qualitätsmanagement von Vitalis ab, damit das sauber über deren Reklamationsprozess läuft."),
    ("zurich", "2025-08-25 11:45", "Sehr gerne auf Deutsch, das ist mir sogar lieber. Die Fotos sind per Mail unterwegs. Danke, dass Sie das ernst nehmen."),
], folder="SPAM")

P("prof", "Prof. Gerlinde Wahl", "Designhochschule Reutlingen", "Professorin Produktgestaltung", connected="2012-07-20")
C("genuine", "long_standing_mentor", "de", "ehemalige Professorin, langjährig, Smalltalk und Bitte", [
    ("prof", "2025-10-06 16:00", "Liebe Mira, ich habe dich in der Stuttgarter Zeitung gesehen - wie schön! Magst du im Wintersemester mal wieder zu uns kommen und im Kolloquium erzählen? Die Studis hängen an deinen Lippen, das weißt du ja."),
    ("me", "2025-10-06 18:30", "Liebe Frau Wahl, sehr gern! Dezember wäre am besten. Und danke - ohne Ihr Gemecker über meine Radien damals wär ich nicht hier 😄"),
    ("prof", "2025-10-06 18:45", "Deine Radien waren wirklich schlimm. 11. Dezember, 14 Uhr?"),
    ("me", "2025-10-06 18:47", "Gebongt."),
])

P("ergo", "Dr. Leonie Frank", "Institut für Arbeitswissenschaft, Universität Stuttgart", "Wissenschaftliche Mitarbeiterin", connected="2025-02-10")
C("genuine", "owner_started_research", "de", "Inhaberin startet: fragt nach anthropometrischen Daten", [
    ("me", "2025-02-10 10:00", "Hallo Frau Dr. Frank, ich habe Ihren Beitrag zu Handmaßen älterer Menschen gelesen. Wir entwickeln gerade einen Griff für Gehhilfen. Gibt es die Daten auch nach Altersgruppen über 80 getrennt? Gern auch gegen eine Lizenzgebühr."),
    ("ergo", "2025-02-11 14:20", "Hallo Frau Schwenk, ja, die haben wir, bisher unveröffentlicht. Für eine Kooperation mit Nennung wäre das kostenfrei. Wollen wir telefonieren?"),
    ("me", "2025-02-11 15:00", "Sehr gern, Donnerstag?"),
])

P("ex_coll", "Tim Schaal", "Neckartal Medical GmbH", "Senior Product Designer", connected="2015-09-01")
C("genuine", "owner_started_catchup", "de", "Inhaberin startet: alter Kollege, Mittagessen", [
    ("me", "2025-05-19 12:00", "Servus Tim, ewig nicht gesehen! Lust auf Maultaschen im Bohnenviertel nächste Woche?"),
    ("ex_coll", "2025-05-19 12:35", "Mira! Jaaa. Dienstag? Ich muss dir eh erzählen, was bei uns los ist..."),
    ("me", "2025-05-19 12:40", "Dienstag 12:30, ich reservier."),
])

P("reg", "Emma Christensen", "Pulsewise ApS", "Regulatory Affairs Manager", connected="2026-01-26")
C("genuine", "client_regulatory", "en", "client regulatory asks for design history file inputs", [
    ("reg", "2026-01-26 10:00", "Hi Mira, for our technical file I need the design inputs traceability from your side: user needs, use specification, and the formative study reports. Could you send them by end of February? Also, are your CAD revisions tracked with change notes?"),
    ("me", "2026-01-26 13:30", "Hi Emma, yes, all revisions have change notes in our PDM. I'll export the traceability matrix and both formative reports by 20 February."),
])

P("vit_proc", "Claudia Hipp", "Vitalis Medizintechnik GmbH, Tuttlingen", "Strategischer Einkauf", connected="2025-09-16")
C("genuine", "client_framework_contract", "de", "Einkauf des Kunden will Rahmenvertrag mit Tagessätzen; harter Fall Vertrag/Preis", [
    ("vit_proc", "2025-09-16 10:30", "Sehr geehrte Frau Schwenk, nach der Bestellung HX-4 möchten wir mit Kernform einen Rahmenvertrag für 2026 schließen. Könnten Sie uns Ihre Tagessätze für Senior- und Junior-Design nennen und ob Sie bei einem Volumen über 150 Tsd. einen Rabatt gewähren?"),
    ("me", "2025-09-16 15:00", "Sehr geehrte Frau Hipp, gern: Senior 1.120 €, Junior 780 € pro Tag. Ab 150 Tsd. Jahresvolumen 5 %. Vertragsentwurf kommt von unserer Geschäftsführung, ich habe Herrn Lutz in Kopie gesetzt."),
    ("vit_proc", "2025-09-17 08:15", "Vielen Dank, wir prüfen das."),
])

P("friend", "Nadine Eisele", "", "Physiotherapeutin", connected="2013-04-11")
C("genuine", "friend_smalltalk", "de", "Freundin, schwäbischer Smalltalk, Wasen", [
    ("friend", "2025-09-24 19:20", "Gehsch am Samstag mit uff de Wasen? Mir hen en Tisch im Zelt, 10 Leut, einer fehlt noch"),
    ("me", "2025-09-24 19:45", "Oh Mann, ich muss Montag präsentieren... aber bis 9 bin ich dabei!"),
    ("friend", "2025-09-24 19:46", "Des sagsch jedes Jahr 😂 Dirndl net vergessa"),
])

P("boss", "Matthias Lutz", "Kernform Design GmbH", "Geschäftsführer", connected="2014-10-01")
C("genuine", "manager_hiring", "de", "Chef zu Einstellung und Budget; harter Fall Hiring", [
    ("boss", "2025-11-20 08:00", "Mira, mit Vitalis und Pulsewise sind wir ab Januar voll. Wir sollten eine zweite Senior-Stelle ausschreiben. Kannst du die Anforderungen formulieren? Gehaltsrahmen 68-75 Tsd., Medizintechnik-Erfahrung Pflicht."),
    ("me", "2025-11-20 08:40", "Mach ich bis Montag. Ich würde Human-Factors-Erfahrung reinschreiben, nicht nur Medtech, sonst bekommen wir nur Leute mit schönen Renderings."),
    ("boss", "2025-11-20 08:45", "Einverstanden."),
])

P("journo", "Grace Whitaker", "Form & Function Quarterly", "Contributing Editor", connected="2025-12-01")
C("genuine", "journalist", "en", "design magazine journalist asks for interview", [
    ("journo", "2025-12-01 14:00", "Hi Mira, I'm writing a feature on designing medical devices for older users living at home. Your talk at the MedDesign Forum came up in several of my interviews. Could we do a 30-minute video call in early January? No fee involved on either side, it's an editorial piece."),
    ("me", "2025-12-02 09:00", "Hi Grace, happy to. Second week of January works best, any morning."),
])

P("cluster", "Bernd Hauser", "MedTech Cluster Neckar-Alb", "Clustermanager", connected="2019-11-18")
C("genuine", "event_invitation_real_contact", "de", "Clustermanager lädt sie aufs Podium ein", [
    ("cluster", "2026-02-02 11:00", "Hallo Mira, unser Frühjahrstreffen am 19. März in Tuttlingen hat das Thema 'Usability als Wettbewerbsvorteil'. Würdest du aufs Podium kommen? Wie immer ohne Honorar, aber mit gutem Essen."),
    ("me", "2026-02-02 12:00", "Hallo Bernd, gerne! Bitte schick mir die anderen Namen, damit ich mich vorbereiten kann."),
])

P("student", "Amira Haddad", "", "Master's student, Design Engineering", connected="2025-03-03")
C("genuine", "student_advice", "en", "student asks for advice on thesis", [
    ("student", "2025-03-03 17:00", "Hi Mira, I'm doing my master's thesis on inhalers for children with asthma and your project got a mention in my literature review. Would you have 20 minutes for a few questions? I completely understand if you're too busy."),
    ("me", "2025-03-04 08:30", "Hi Amira, of course. Send me your questions first and we'll do a short call on Friday afternoon."),
    ("student", "2025-03-04 08:50", "Thank you so much!! Questions coming tonight."),
])

P("nurse", "Monika Straub", "Klinikum Ludwigsburg", "Fachkrankenpflegerin Intensiv", connected="2025-06-30")
C("genuine", "test_participant", "de", "Pflegekraft aus Usability-Test fragt nach Ergebnis", [
    ("nurse", "2025-06-30 21:15", "Hallo Frau Schwenk, ich war letzte Woche bei Ihrem Test mit dem Infusionsgerät. Hat mir richtig Spaß gemacht! Darf man erfahren, ob unsere Kritik am Alarmton was gebracht hat? Der ist echt nervig auf Station."),
    ("me", "2025-07-01 08:00", "Hallo Frau Straub, danke fürs Mitmachen! Ja, der Alarmton wird überarbeitet - Sie waren nicht die Einzige. Mehr darf ich leider nicht verraten, aber Ihre Rückmeldung ist angekommen."),
])

P("cad_eng", "Ravi Patel", "MedAxis Ltd", "Mechanical Design Engineer", connected="2024-05-06")
C("genuine", "client_engineering_en", "en", "client engineer about CAD handover", [
    ("cad_eng", "2025-07-21 13:40", "Hi Mira, we received the STEP files for the grip. Could you also send the Parasolid? Our toolmaker's CAM doesn't like the STEP surfaces on the overmould."),
    ("me", "2025-07-21 14:00", "Hi Ravi, sure - Parasolid x_t coming in 10 minutes. Tell the toolmaker the parting line is the blue edge on drawing 3."),
    ("cad_eng", "2025-07-21 14:30", "Got it, thanks!"),
])

P("cmf", "Elif Korkmaz", "Farbfabrik Süd", "CMF-Beraterin", connected="2020-03-16")
C("genuine", "existing_supplier_catalog", "de", "bestehende Farb-/Materiallieferantin schickt angefragte Muster und Preise", [
    ("me", "2025-04-07 09:00", "Hallo Elif, hast du die neuen antimikrobiellen Oberflächenmuster schon? Wir bräuchten sie für die Vitalis-Präsentation."),
    ("cmf", "2025-04-07 11:00", "Hi Mira, kommen morgen per Kurier. Musterkarte ist kostenlos, für Sonderfarben nehmen wir ab diesem Jahr 240 € Einfärbepauschale, sorry."),
    ("me", "2025-04-07 11:15", "Alles gut, danke!"),
])

P("hf_us", "Jennifer Alvarez", "Northbridge Human Factors", "Principal Human Factors Engineer", connected="2016-09-12")
C("genuine", "long_standing_peer_en", "en", "long-standing US peer, shares FDA guidance thoughts", [
    ("hf_us", "2026-01-08 15:00", "Happy new year Mira! Did you see the new draft FDA guidance on human factors for home-use devices? The section on 'critical tasks for lay users' is going to make your dialysis-at-home work very relevant."),
    ("me", "2026-01-08 17:00", "Happy new year Jen! Just read it on the train - yes, finally. Want to do a joint webinar on it? European vs US perspective?"),
    ("hf_us", "2026-01-08 17:30", "Love it. Let's talk next week."),
])

P("ceo", "Dr. Florian Riedel", "Inhalo Therapeutics GmbH, Ulm", "CEO", connected="2022-11-07")
C("genuine", "client_thanks_launch", "de", "Kunde bedankt sich nach Markteinführung", [
    ("ceo", "2025-03-20 18:00", "Liebe Frau Schwenk, heute ist unser Kinder-Inhalator offiziell auf dem Markt. Ich wollte Ihnen und dem Kernform-Team danken - die Rückmeldungen der Kinderärzte sind großartig. Ein kleines Fest gibt es am 4. April, Sie sind herzlich eingeladen."),
    ("me", "2025-03-20 18:30", "Lieber Herr Dr. Riedel, was für eine schöne Nachricht! Wir kommen sehr gern."),
])

P("freel", "Lars Becker", "", "Freelance CMF Designer", connected="2022-06-01")
C("genuine", "reference_request", "de", "Freelancer bittet um Referenz", [
    ("freel", "2025-08-04 10:00", "Hallo Mira, ich bewerbe mich bei einem großen Hausgerätehersteller. Dürfte ich dich als Referenz angeben? Das Vitalis-Projekt war ja unsere schönste Zusammenarbeit."),
    ("me", "2025-08-04 10:30", "Klar, Lars, sehr gern. Gib ihnen meine Handynummer."),
])

P("verband", "Ingrid Sauter", "Designverband Süd e.V.", "Geschäftsführerin", connected="2018-01-22")
C("genuine", "association", "de", "Verband: Mitgliederversammlung und Beitrag", [
    ("verband", "2025-02-25 09:00", "Liebe Mira, Erinnerung: Mitgliederversammlung am 13. März. Es wird über den neuen Beitrag abgestimmt (von 240 auf 280 €/Jahr). Kommst du?"),
    ("me", "2025-02-25 09:30", "Bin dabei, danke für die Erinnerung!"),
])

P("surgeon", "PD Dr. Markus Eberle", "Klinikum Stuttgart", "Oberarzt Orthopädie", connected="2021-10-05")
C("genuine", "clinical_partner", "de", "Oberarzt bietet Test im Simulations-OP an", [
    ("surgeon", "2025-10-13 19:30", "Frau Schwenk, Herr Blessing erwähnte das neue Handstück. Wenn Sie Prototypen haben, können Ihre Leute gern zu uns ins Simulationszentrum. Meine Assistenzärzte testen so was gern, solange es nach Dienst ist."),
    ("me", "2025-10-14 08:00", "Herr Dr. Eberle, das wäre fantastisch. Wir hätten Funktionsmuster ab Mitte Dezember. Ich melde mich mit Terminvorschlägen."),
])

P("us_lead", "Michael Grant", "Stridewell Inc.", "VP Product", connected="2026-02-09")
C("genuine", "inbound_buy_referral_en", "en", "US company referred by client wants to hire the studio", [
    ("us_lead", "2026-02-09 16:00", "Hi Mira, Daniel Okoye at MedAxis speaks very highly of your studio. We make rehab devices in Minneapolis and are looking for a European design partner for a new gait trainer. Do you take on US clients, and what does a typical engagement look like cost-wise?"),
    ("me", "2026-02-10 09:00", "Hi Michael, thank you, and yes, we do. Typically a discovery phase of 4-6 weeks (25-35k USD) followed by design and engineering phases quoted separately. Happy to set up a call across the time zones."),
    ("us_lead", "2026-02-10 14:30", "Perfect, I'll book something for next week."),
])

P("slot", "Carolin Mauch", "Kernform Design GmbH", "Design Researcher", connected="2022-08-15")
C("genuine", "colleague_swap", "de", "Kollegin bittet um Tausch der Präsentation", [
    ("slot", "2025-06-03 17:00", "Mira, kannst du am Donnerstag im Teammeeting vor mir präsentieren? Ich krieg die Auswertung erst Donnerstag früh fertig."),
    ("me", "2025-06-03 17:10", "Klar, kein Problem."),
])

P("dk_qa", "Jakob Madsen", "Pulsewise ApS", "Quality Engineer", connected="2026-02-16")
C("genuine", "client_test_protocol_en", "en", "client QA shares test protocol for review", [
    ("dk_qa", "2026-02-16 11:00", "Hi Mira, attached is our draft protocol for the drop and adhesion tests. Could you check whether the test fixtures match your latest housing revision (rev F)?"),
    ("me", "2026-02-16 15:20", "Hi Jakob, looks good, but fixture 2 still uses the rev D radius. I've marked it up in the PDF."),
], attachments={0: "https://www.linkedin.com/dms/pulsewise-test-protocol-draft.pdf",
                1: "https://www.linkedin.com/dms/pulsewise-test-protocol-markup.pdf"})

# ---------------------------------------------------------------- wanted_pitch (12)

P("w_keypad", "Sarah Hummel", "Taktil Interfaces GmbH", "Application Engineer", connected="2025-05-06",
  invite=("IN", "2025-05-05 18:20", "Hallo Frau Schwenk, Ihr Post über Handschuhe und winzige Tasten im OP - genau mein Thema. Gern vernetzen!"))
C("wanted_pitch", "homework_post", "de", "Tastenhersteller bezieht sich konkret auf ihren Post über Doppelhandschuhe", [
    ("w_keypad", "2025-05-06 09:00", "Danke fürs Vernetzen! Sie schrieben, dass die Chirurg:innen mit zwei Paar Handschuhen die 6-mm-Tasten am Handstück nicht sicher fühlen. Wir haben eine Folientastatur mit 0,8 mm Hub und taktilem Schnappdome entwickelt, die mit doppelten Nitrilhandschuhen im Test zuverlässig erkannt wird, und sie übersteht 1.000 Aufbereitungszyklen. Ich würde Ihnen gern ein Musterset schicken, ganz ohne Angebot."),
    ("me", "2025-05-06 11:30", "Hallo Frau Hummel, gern! Bitte auch die Zyklen-Testdaten mitschicken."),
])

P("w_elderly", "Beate Kohler", "Zuhause Testen", "Gründerin, Usability-Rekrutierung Senior:innen", connected="2025-10-08")
C("wanted_pitch", "homework_talk", "de", "Rekrutiererin für Tests bei Senior:innen zuhause bezieht sich auf ihren Vortrag", [
    ("w_elderly", "2025-10-08 10:00", "Liebe Frau Schwenk, bei Ihrem Vortrag auf dem MedDesign Forum sagten Sie, Heimdialyse-Geräte müssten in echten Wohnungen getestet werden, nicht im Labor - aber über 75-Jährige für Tests bei sich zu Hause zu finden, sei fast unmöglich. Genau das machen wir: Wir haben einen Pool von 400 Senior:innen in Baden-Württemberg, die Tests in der eigenen Wohnung zulassen, inkl. Angehörige. Darf ich Ihnen unsere Konditionen schicken?"),
    ("me", "2025-10-08 13:00", "Liebe Frau Kohler, das ist tatsächlich eine Lücke. Ja, bitte schicken Sie die Konditionen."),
])

P("w_lsr", "Marco Fischer", "SiliconeForm GmbH", "Technischer Vertrieb", connected="2025-03-17")
C("wanted_pitch", "homework_site_visited", "en", "prototyping supplier read her studio's case study and names the overmould detail", [
    ("w_lsr", "2025-03-17 09:30", "Hi Mira, I read the infusion pump case study on the Kernform website. The renders show a two-shot soft-grip around the display bezel, and your text mentions that the prototypes were cast in polyurethane because LSR prototypes took too long. We do LSR overmould prototypes on aluminium tools in 3 weeks, medical grade, ISO 10993 material certs included. Would it help for the next project if I sent you a sample part with the same bezel geometry?"),
    ("me", "2025-03-17 11:00", "Hi Marco, yes, PU casting was a compromise. A sample part would be very welcome."),
])

P("w_esc", "Dr. Jan Wörner", "Polymerlabor Esslingen", "Laborleiter", connected="2025-08-27")
C("wanted_pitch", "homework_specific_problem", "de", "Labor nennt konkret Spannungsrisse durch Desinfektionsmittel am Zugentlastungsbereich", [
    ("w_esc", "2025-08-27 09:00", "Guten Tag Frau Schwenk, über den Austausch im Forum des MedTech Clusters habe ich gelesen, dass bei einem Handstück nach ca. 200 Aufbereitungszyklen Haarrisse an der Zugentlastung auftreten. Das klingt sehr nach umgebungsbedingter Spannungsrissbildung (ESC) durch alkalische Reiniger. Wir prüfen das nach ISO 22088 mit den tatsächlich verwendeten Reinigern und Biegestreifen, Ergebnisse in drei Wochen. Falls das für Sie oder Ihren Kunden hilfreich ist, schicke ich Ihnen gern ein Angebot."),
    ("me", "2025-08-27 14:00", "Guten Tag Herr Dr. Wörner, das trifft genau unser Problem. Bitte schicken Sie ein Angebot, ich stimme das mit dem Kunden ab."),
    ("w_esc", "2025-08-27 14:20", "Mache ich heute noch."),
])

P("w_mutual", "Chiara Moretti", "Moretti Studio", "Freelance Design Researcher", connected="2025-05-26")
C("wanted_pitch", "homework_mutual_contact", "en", "freelance researcher introduced by Jonas Keller by name", [
    ("w_mutual", "2025-05-26 10:00", "Hi Mira, Jonas Keller told me you're short of research capacity this summer for the walking-aid project. I did contextual studies in nursing homes for two years in Milan and Munich, and I speak German reasonably well. If it helps, I could do the home visits in June and July on a day rate. I've attached my short CV."),
    ("me", "2025-05-26 12:15", "Hi Chiara, Jonas is right, we are. Let's talk this week - Thursday?"),
], attachments={0: "https://www.linkedin.com/dms/cv-chiara-moretti.pdf"})

P("w_sensor", "Tobias Renz", "Gaitsense GmbH", "Co-Founder", connected="2025-11-24")
C("wanted_pitch", "homework_public_register", "de", "Sensor-Startup bezieht sich auf Eintrag im öffentlichen Förderkatalog (Gehhilfe-Projekt)", [
    ("w_sensor", "2025-11-24 10:00", "Hallo Frau Schwenk, im Förderkatalog des Bundes steht Ihr Verbundprojekt mit der Uni Stuttgart zur 'sensorgestützten Gehhilfe für Hochbetagte'. Wir bauen kleine Kraftsensoren für Griffe, die direkt in ein Kunststoffgehäuse eingespritzt werden können. Falls Ihr Konsortium noch einen Sensorlieferanten braucht, würde ich Ihnen gern Datenblätter und zwei Muster geben."),
    ("me", "2025-11-24 16:00", "Hallo Herr Renz, das Sensorthema ist tatsächlich noch offen. Schicken Sie mir Datenblätter, ich leite sie an die Uni weiter."),
])

P("w_plm", "Sebastian Ott", "", "Freelance PDM/PLM Consultant", connected="2025-07-07")
C("wanted_pitch", "homework_tools_setup", "en", "PDM consultant knows their tool mix (Rhino + SolidWorks PDM) from job ad and names the handover issue", [
    ("w_plm", "2025-07-07 11:00", "Hi Mira, your current job ad says Kernform works in Rhino for concepts and SolidWorks with PDM for detailing. Studios with that mix usually lose the change history between the two - the Rhino surfaces get re-imported and nobody knows which revision the renders were made from, which auditors love to ask about. I set up a small bridge for two design studios in Munich that links the Rhino files into the PDM vault with revision tags. Would a 30-minute walkthrough be of interest?"),
    ("me", "2025-07-08 09:30", "Hi Sebastian, that is literally the question our last audit asked. Yes, let's do a walkthrough, maybe with our engineer Jonas."),
])

P("w_hf_job", "Katharina Blum", "Aesculon Medical AG, Tuttlingen", "Talent Acquisition Partner", connected="2025-12-08")
C("wanted_pitch", "recruiter_relevant_role", "en", "relevant recruiter: Head of Human Factors, references her award project", [
    ("w_hf_job", "2025-12-08 09:00", "Dear Mira, congratulations on the Designpreis Medizin for the pediatric inhaler - the jury statement about how you tested with children and parents at home is exactly the mindset we need. We're creating a Head of Human Factors & Industrial Design role in Tuttlingen to build a team of five. Would you be open to a confidential conversation? I'm happy to share the role profile first."),
    ("me", "2025-12-09 20:00", "Dear Katharina, thank you. I'm not looking, but please send the profile - I'd like to read it."),
])

P("w_anim", "Oliver Pfeiffer", "Klarbild Medical Animation", "Creative Director", connected="2025-04-14")
C("wanted_pitch", "homework_product_specific", "de", "Animationsstudio hat das konkrete Produkt (Kinder-Inhalator) und dessen Gebrauchsanweisung angesehen", [
    ("w_anim", "2025-04-14 10:00", "Hallo Frau Schwenk, ich habe mir den neuen Kinder-Inhalator von Inhalo angesehen, den Sie gestaltet haben, und die Gebrauchsanweisung dazu. Schritt 4 (Maske aufsetzen, Kind ruhig halten, 10 Atemzüge zählen) ist auf Papier schwer verständlich. Wir machen Anwendungsanimationen für Medizinprodukte, die Eltern per QR-Code aufs Handy bekommen. Ich weiß, dass das am Ende Inhalos Entscheidung ist - aber vielleicht passt es in Ihre nächste Empfehlung an den Kunden?"),
    ("me", "2025-04-14 15:00", "Hallo Herr Pfeiffer, Schritt 4 ist tatsächlich der kritische Schritt aus unseren Tests. Schicken Sie mir eine Referenz, ich bringe es bei Inhalo ein."),
])

P("w_anthro", "Dr. Maja Lindholm", "KidFit Data", "Founder", connected="2025-09-29")
C("wanted_pitch", "homework_press_quote", "en", "children's anthropometry dataset; quotes her magazine interview", [
    ("w_anthro", "2025-09-29 09:00", "Hi Mira, in your interview in Form & Function you said there is 'almost no usable hand and face data for children under six'. We measured 2,400 children in Scandinavia and Germany last year (3D face scans, hand dimensions), and we licence the dataset to device makers. For a studio your size there's a per-project licence. Would a sample of the face-scan data help for your next pediatric mask?"),
    ("me", "2025-09-29 11:00", "Hi Maja, that quote is going to follow me forever :) Yes, I'd love to see a sample and the licence terms."),
])

P("w_fda", "Rachel Kim", "Meridian Validation Labs", "Director, Business Development", connected="2026-01-05")
C("wanted_pitch", "homework_public_register_fda", "en", "US HF lab saw the client's FDA 510(k) clearance in the public database and offers US summative testing", [
    ("w_fda", "2026-01-05 15:00", "Hi Mira, I saw in the FDA 510(k) database that Inhalo's pediatric inhaler was cleared last month, and the summary lists Kernform as the designer of record for the user interface. Congratulations! If you have other clients heading to the US, we run summative validation studies with US participants (15 per user group, including parents of young children). We often partner with European studios who do the formatives. Happy to share our standard protocol if useful."),
    ("me", "2026-01-06 08:45", "Hi Rachel, thank you! We do have a client heading that way (wearable patch). Please send the protocol and rough pricing."),
])

P("w_foam", "Marcel Haug", "Modellbau Haug, Feuerbach", "Modellbauer", connected="2026-02-23")
C("wanted_pitch", "homework_instagram_local", "de", "Modellbauer hat Kernforms Instagram gesehen (Schaummodelle) und bietet Nähe/Abholung", [
    ("w_foam", "2026-02-23 08:30", "Grüß Gott Frau Schwenk, auf Ihrem Instagram sieht man, dass Sie Griffmodelle noch selbst aus Blauschaum feilen - schöne Arbeit! Wir fräsen Hartschaum und PU-Blockmaterial bei uns in Feuerbach, 10 Minuten von Ihnen, Abholung am nächsten Morgen. Für Griffstudien mit 15-20 Varianten lohnt sich das meistens. Wollen Sie mal vorbeikommen und sich's anschauen?"),
    ("me", "2026-02-23 10:00", "Grüß Gott Herr Haug, Feilen entspannt mich ja auch 😄 Aber bei 20 Varianten ist das ein Argument. Ich komme nächste Woche mal vorbei."),
])

# ---------------------------------------------------------------- junk (38)

P("j_owner_service", "Aiden Walsh", "MedDevice Design Partners", "Business Development Director")
C("junk", "offers_owner_service", "en", "offers end-to-end medical device design - what she sells", [
    ("j_owner_service", "2025-04-29 08:00", "Hi Mira, are you struggling to bring your medical device to market? MedDevice Design Partners offers end-to-end industrial design, human factors and engineering services for medtech companies. Would you be open to a short call to discuss your product roadmap?"),
    ("j_owner_service", "2025-05-13 08:00", "Hi Mira, just following up on my previous message. Do you have any upcoming device projects?"),
])

P("j_capacity", "Lena Schubert", "Projektbörse Kreativ", "Partner Success")
C("junk", "capacity_new_clients", "de", "Kapazitäten für neue Projekte?", [
    ("j_capacity", "2025-06-24 13:00", "Hallo Mira, hättest du aktuell Kapazitäten für neue Kunden? Wir vermitteln laufend Designprojekte an Agenturen - gegen eine kleine Provision. Lass uns kurz sprechen!"),
])

P("j_likeminded", "Ryan Cooper", "Visionary Founders Club", "Founder & Mindset Coach", connected="2025-08-05",
  invite=("IN", "2025-08-04 22:00", ""))
C("junk", "like_minded_entrepreneurs", "en", "like-minded entrepreneurs", [
    ("j_likeminded", "2025-08-05 06:30", "Hey Mira! Thanks for connecting 🙌 I'm always looking to connect with like-minded entrepreneurs who are crushing it. What's your biggest goal for the next 12 months? Would love to hop on a call and see how we can add value to each other."),
])

P("j_15", "Kai Neumann", "LeadFlow GmbH", "Account Executive")
C("junk", "quick_call", "de", "kurzes 15-Minuten-Gespräch mit Bumps", [
    ("j_15", "2025-10-07 09:00", "Hallo Frau Schwenk, haben Sie diese Woche 15 Minuten? Ich würde Ihnen gern zeigen, wie Agenturen wie Kernform Design mit unserem Tool 40 % mehr Anfragen generieren."),
    ("j_15", "2025-10-14 09:00", "Hallo Frau Schwenk, ich wollte nur sichergehen, dass meine Nachricht nicht untergegangen ist."),
])

P("j_ctp1", "Greg Simmons", "RenderFarm Cloud", "Sales Lead", connected="2025-09-15",
  invite=("IN", "2025-09-14 17:40", "Hi Mira, fellow design enthusiast here, would love to connect!"))
C("junk", "connect_then_pitch", "en", "connect, small talk, owner replies, pitch in message 3", [
    ("j_ctp1", "2025-09-15 09:00", "Thanks for connecting, Mira! Love the product work on your profile. What design tools are you using these days?"),
    ("me", "2025-09-15 12:30", "Thanks! Mostly Rhino and KeyShot, plus a lot of pencil and foam."),
    ("j_ctp1", "2025-09-15 13:00", "Nice! Then you'll love RenderFarm Cloud - render KeyShot scenes 20x faster on our GPU cloud. First 100 credits free. Want me to set up a trial account?"),
])

P("j_ctp2", "Jasmin Kurz", "Office Green Solutions", "Beraterin", connected="2025-03-10",
  invite=("IN", "2025-03-09 20:00", ""))
C("junk", "connect_then_pitch", "de", "Vernetzen, Kompliment, dann Büropflanzen-Pitch, keine Antwort", [
    ("j_ctp2", "2025-03-10 08:00", "Hallo Mira, schön, dass wir vernetzt sind! Wow, Medizintechnik-Design - wie spannend!"),
    ("j_ctp2", "2025-03-12 08:00", "Sag mal, wie sieht's bei euch im Büro mit Pflanzen aus? 🌿 Wir bieten Büropflanzen im Mietmodell inkl. Pflege. Studien zeigen 15 % mehr Kreativität!"),
])

P("j_ctp3", "Daniel Fröhlich", "Fröhlich Versicherungsmakler", "Inhaber", connected="2025-12-15",
  invite=("IN", "2025-12-14 11:00", "Hallo Mira, ebenfalls aus Stuttgart - gern vernetzen!"))
C("junk", "connect_then_pitch", "de", "Vernetzen über Stuttgart, Smalltalk, sie antwortet, dann Versicherung", [
    ("j_ctp3", "2025-12-15 08:30", "Hallo Mira! Schön, mal jemanden aus dem Kessel zu treffen. Schon auf dem Weihnachtsmarkt gewesen?"),
    ("me", "2025-12-15 19:00", "Hallo! Ja, gestern, viel zu voll, aber der Glühwein war gut."),
    ("j_ctp3", "2025-12-16 08:30", "Haha, wie jedes Jahr! Übrigens: Als Designerin haben Sie sicher auch eine Berufshaftpflicht? Ich vergleiche gern kostenlos Ihre Verträge, oft lassen sich 30 % sparen. Wann passt ein kurzes Telefonat?"),
    ("j_ctp3", "2025-12-22 08:30", "Hallo Mira, kurze Erinnerung an meine Nachricht 🙂"),
])

# one template, five senders (one German)
P("j_tpl1", "Megan Ross", "Scalewise", "Growth Partner")
C("junk", "template_mass_sent", "en", "template 1/5: 'noticed you lead design at X... we help studios land clients'", [
    ("j_tpl1", "2025-05-20 09:00", "Hi Mira, noticed you're leading design at Kernform Design GmbH - impressive work! We help design studios land 3-5 new retainer clients per quarter without cold calling. Worth a quick chat?"),
])
P("j_tpl2", "Jordan Blake", "Pipeline Studio", "Partnerships")
C("junk", "template_mass_sent", "en", "template 2/5", [
    ("j_tpl2", "2025-07-15 09:05", "Hi Mira, I noticed you lead design at Kernform Design GmbH - really impressive work. We help design agencies win 3-5 new retainer clients every quarter, no cold outreach needed. Worth a quick chat this week?"),
])
P("j_tpl3", "Felix Hartmann", "Agenturwachstum.de", "Gründer")
C("junk", "template_mass_sent", "de", "Vorlage 3/5 auf Deutsch", [
    ("j_tpl3", "2025-09-02 09:00", "Hallo Mira, ich habe gesehen, dass du das Design bei Kernform Design GmbH leitest - beeindruckende Arbeit! Wir helfen Designagenturen, jedes Quartal 3-5 neue Retainer-Kunden zu gewinnen, ganz ohne Kaltakquise. Lohnt sich ein kurzer Austausch?"),
])
P("j_tpl4", "Ashley Turner", "ClientEngine", "SDR")
C("junk", "template_mass_sent", "en", "template 4/5 with bump", [
    ("j_tpl4", "2025-11-11 09:01", "Hi Mira, noticed you're heading up design at Kernform Design GmbH, impressive stuff! We help creative studios sign 3-5 new retainer clients per quarter without cold calling. Open to a quick chat?"),
    ("j_tpl4", "2025-11-18 09:01", "Hey Mira, just bumping this."),
])
P("j_tpl5", "Nathan Price", "Retainer Lab", "Founder")
C("junk", "template_mass_sent", "en", "template 5/5 shortest", [
    ("j_tpl5", "2026-01-27 09:00", "Hi Mira - saw you lead design at Kernform Design GmbH. We help studios add 3-5 retainer clients/quarter, zero cold calling. Quick chat?"),
])

# merge-tag failures
P("j_merge1", "Sandra Lehmann", "Messebau Premium", "Projektleitung")
C("junk", "merge_tag_failure", "de", "[Vorname]/[Firma] nicht ersetzt", [
    ("j_merge1", "2025-02-18 07:30", "Hallo [Vorname], stellt [Firma] dieses Jahr auf einer Messe aus? Wir bauen Ihren Messestand schlüsselfertig - von 9 bis 200 m². Jetzt unverbindlich anfragen!"),
])
P("j_merge2", "Tom Hughes", "BrightHire", "Talent Partner")
C("junk", "merge_tag_failure", "en", "{{first_name}} and {{company}} unfilled", [
    ("j_merge2", "2025-06-10 06:15", "Hi {{first_name}}, I help {{company}} hire top engineering talent 50% faster. Are you currently hiring for any roles?"),
])
P("j_merge3", "Vanessa Roth", "Digital Print Express", "Key Account")
C("junk", "merge_tag_wrong_name", "de", "falscher Name und falsche Firma", [
    ("j_merge3", "2025-10-21 10:00", "Liebe Frau Schwenke, als Marketingleiterin der Formkern AG wissen Sie sicher, wie wichtig hochwertige Printprodukte sind. Wir drucken Broschüren, Flyer und Kataloge in 48 Stunden. Darf ich Ihnen ein Angebot machen?"),
])
P("j_merge4", "Chris Morgan", "AppForge Agency", "Business Manager")
C("junk", "merge_tag_wrong_name", "en", "wrong first name, generic app pitch", [
    ("j_merge4", "2026-02-03 05:40", "Hi Miriam, hope you're doing well! I came across your dental clinic and thought you might need a modern mobile app for appointment booking. We build apps from $4,999. Can I share our portfolio?"),
])

# sponsored InMail
P("j_spon1", "CloudCAD Pro", "CloudCAD Pro", "", url="https://www.linkedin.com/company/cloudcad-pro")
C("junk", "sponsored_inmail", "en", "sponsored InMail, CAD software", [
    ("j_spon1", "2025-05-27 12:00", "<p>Hi Mira,</p><p>Design faster in the browser. CloudCAD Pro brings parametric modelling to any device.</p><p><strong>Start your free 14-day trial</strong> today.</p>"),
], title="Sponsored Conversation", subject="Mira, design anywhere")
P("j_spon2", "Business School Neckar", "Business School Neckar", "", url="https://www.linkedin.com/company/business-school-neckar")
C("junk", "sponsored_inmail", "de", "Sponsored InMail, berufsbegleitender MBA", [
    ("j_spon2", "2025-11-04 12:00", "<p>Hallo Mira,</p><p>Berufsbegleitend zum MBA in <em>Innovation Management</em> &ndash; Start im April.</p><p>Jetzt zur Infoveranstaltung anmelden.</p>"),
], title="Sponsored Conversation", subject="Ihr MBA neben dem Beruf")
P("j_spon3", "Vectorly", "Vectorly", "", url="https://www.linkedin.com/company/vectorly")
C("junk", "sponsored_inmail", "en", "sponsored InMail, AI design tool", [
    ("j_spon3", "2026-02-17 12:00", "<p>Hi Mira,</p><p>Turn sketches into 3D concepts with AI.</p><p>Join 50,000 designers on Vectorly &ndash; free for 30 days.</p>"),
], title="Sponsored Conversation", subject="Sketch to 3D in seconds")

# paid award / feature / podcast
P("j_award", "Victoria Lane", "International Design Excellence Honours", "Awards Coordinator")
C("junk", "paid_award", "en", "paid award, counterpart to the real Designpreis", [
    ("j_award", "2025-12-02 10:00", "Dear Mira, we are delighted to inform you that Kernform Design GmbH has been selected as a WINNER of the International Design Excellence Honours 2026 in the category Medical Design. To receive your trophy, certificate and winner's logo, please complete the winner's package registration (EUR 1,650). Offer valid for 7 days."),
])
P("j_feature", "Marcel Vogt", "Top Unternehmen Süd", "Redaktion & Anzeigen")
C("junk", "paid_feature", "de", "bezahltes Unternehmensporträt", [
    ("j_feature", "2025-07-29 11:00", "Sehr geehrte Frau Schwenk, Kernform Design GmbH wurde für unser Sonderheft 'Innovative Unternehmen in Baden-Württemberg' ausgewählt. Das redaktionelle Porträt (1 Seite) erhalten Sie zum Vorzugspreis von 1.480 € zzgl. MwSt."),
])
P("j_podcast", "Dylan Hart", "Design Disruptors Podcast", "Host")
C("junk", "paid_podcast_slot", "en", "paid podcast slot", [
    ("j_podcast", "2025-09-09 17:00", "Hey Mira! We'd love to have you on Design Disruptors 🎙️ (top 2% podcast globally). Guests contribute a one-time $600 production fee, which includes a full video episode and social clips. Want to grab a slot in October?"),
])

# generic counterparts of wanted pitches
P("j_keypad_generic", "Jenny Liu", "Dongguan Membrane Switch Co.", "Sales Manager")
C("junk", "generic_counterpart_keypad", "en", "generic membrane switch factory (counterpart of Taktil Interfaces)", [
    ("j_keypad_generic", "2025-06-03 02:10", "Dear Sir/Madam, we are professional manufacturer of membrane switch, rubber keypad and FPC with 20 years experience. Competitive price and fast delivery. Please send your drawing for quotation."),
])
P("j_panel_generic", "Stefanie Braun", "PanelPro Marktforschung", "Vertrieb")
C("junk", "generic_counterpart_panel", "de", "generischer Online-Panel-Anbieter (Gegenstück zu Zuhause Testen)", [
    ("j_panel_generic", "2025-10-15 10:00", "Sehr geehrte Frau Schwenk, mit über 2 Millionen Panelisten in 30 Ländern ist PanelPro Ihr Partner für Online-Umfragen aller Art. Jetzt 10 % Rabatt auf Ihre erste Studie!"),
])
P("j_proto_generic", "Kevin Zhang", "RapidProto Global", "Business Development")
C("junk", "generic_counterpart_prototyping", "en", "generic prototyping service (counterpart of SiliconeForm/Modellbau Haug)", [
    ("j_proto_generic", "2025-04-08 04:00", "Hi Mira, need fast prototypes? We offer CNC machining, 3D printing, vacuum casting and injection molding at the lowest prices. Upload your CAD files for an instant quote!"),
])
P("j_recruit_generic", "Philipp Wolf", "Sales Heroes Personal", "Personalberater")
C("junk", "generic_counterpart_recruiter", "de", "unpassender Recruiter (Vertrieb), Gegenstück zur Human-Factors-Stelle", [
    ("j_recruit_generic", "2025-08-12 09:00", "Hallo Frau Schwenk, für einen Kunden aus dem Maschinenbau suche ich eine:n Key Account Manager:in im Außendienst, 85 Tsd. + Firmenwagen. Ihr Profil hat mich sofort überzeugt! Wann können wir sprechen?"),
])
P("j_anim_generic", "Olivia Bennett", "MotionMagic Studio", "Account Manager")
C("junk", "generic_counterpart_animation", "en", "generic animation agency (counterpart of Klarbild)", [
    ("j_anim_generic", "2025-05-06 11:00", "Hi Mira! Want to explain your product in 60 seconds? MotionMagic creates engaging 2D and 3D explainer videos for brands worldwide. Get 20% off your first video this month!"),
])

P("j_fluent", "Dr. Henrik Adler", "Adler Strategy Partners", "Partner")
C("junk", "fluent_company_named_generic", "de", "flüssig, nennt Kernform, könnte an jede Agentur gehen", [
    ("j_fluent", "2025-08-19 10:00", "Sehr geehrte Frau Schwenk, Kernform Design hat sich einen hervorragenden Ruf erarbeitet, und ich bin überzeugt, dass Ihre Arbeit daran großen Anteil hat. Wir begleiten inhabergeführte Dienstleistungsunternehmen dabei, Wachstum strukturiert zu gestalten, Prozesse zu schärfen und ihre Positionierung nachhaltig zu stärken. Gern würde ich verstehen, welche Themen Sie derzeit beschäftigen, und Ihnen zeigen, wie vergleichbare Unternehmen ähnliche Fragen gelöst haben. Hätten Sie in den kommenden Wochen 20 Minuten für ein Gespräch?"),
])

P("j_solar", "Jürgen Haller", "SolarPlus Schwaben", "Energieberater")
C("junk", "off_topic_solar", "de", "Photovoltaik, fachfremd", [
    ("j_solar", "2025-04-15 16:00", "Grüß Gott Frau Schwenk, haben Sie schon über eine PV-Anlage auf Ihrem Firmendach nachgedacht? Mit unserem Pachtmodell ohne Investition sparen Sie ab dem ersten Tag. Kostenlose Dachprüfung in Stuttgart diese Woche möglich!"),
])

P("j_crypto", "Sophia Miller", "Wealth Circle", "Investment Mentor")
C("junk", "off_topic_crypto", "en", "crypto investment", [
    ("j_crypto", "2025-11-25 23:10", "Hi Mira, you seem like a smart professional 😊 I've been helping a few people earn passive income with a crypto trading strategy. Would you be open to hearing about it?"),
], folder="SPAM")

P("j_seo", "Amit Verma", "RankBoost Digital", "SEO Consultant")
C("junk", "generic_service_seo", "en", "generic SEO pitch", [
    ("j_seo", "2025-03-25 06:20", "Hello, I was going through your website and found it has several SEO issues and is not ranking for important keywords. We can fix these at very affordable price. Shall I send you the full report?"),
])

P("j_dev", "Rahul Gupta", "TechNova Solutions", "Business Analyst")
C("junk", "generic_software_dev", "en", "offshore developers", [
    ("j_dev", "2025-12-09 05:30", "Hi Mira, hope you are doing well. We provide dedicated developers for web, mobile and AI projects starting at $18/hour. Do you have any upcoming requirements?"),
])

P("j_leadgen", "Marvin Beck", "Terminmaschine", "Geschäftsführer")
C("junk", "lead_generation_bumps", "de", "Leadgenerierung, drei Nachrichten ohne Antwort", [
    ("j_leadgen", "2026-01-13 08:00", "Hallo Mira, was würden 10 zusätzliche Erstgespräche pro Monat für Kernform bedeuten? Wir übernehmen die komplette LinkedIn-Akquise für Agenturen."),
    ("j_leadgen", "2026-01-20 08:00", "Hallo Mira, ich hole das noch einmal hoch."),
    ("j_leadgen", "2026-01-29 08:00", "Letzte Nachricht von mir - falls kein Interesse, kein Problem!"),
])

P("j_coach", "Bianca Roth", "Kreativ Erfolgreich", "Business Coach für Kreative")
C("junk", "coaching_pitch", "de", "Coaching für Kreative", [
    ("j_coach", "2025-03-04 20:30", "Hey Mira! Viele Kreative unterschätzen ihren Wert. In meinem 8-Wochen-Programm lernst du, deine Preise zu verdoppeln und nur noch mit Traumkunden zu arbeiten ✨ Lust auf ein kostenloses Klarheitsgespräch?"),
])

P("j_chairs", "Heiko Baumann", "Ergo Office Direkt", "Außendienst")
C("junk", "off_topic_furniture", "de", "Bürostühle, archiviert", [
    ("j_chairs", "2025-02-11 14:00", "Guten Tag Frau Schwenk, Rückenschmerzen im Büro? Unsere ergonomischen Bürostühle gibt's jetzt im Leasing ab 19 € im Monat. Soll ich Ihnen einen Stuhl zum Probesitzen vorbeibringen?"),
], folder="ARCHIVE")

P("j_webinar", "Nicole Adams", "MedReg Academy", "Event Manager")
C("junk", "generic_webinar_sale", "en", "generic paid regulatory webinar", [
    ("j_webinar", "2025-06-17 10:00", "Hi Mira, MDR compliance is keeping everyone up at night! Join our 3-hour masterclass 'MDR Made Easy' on 24 June. Early bird EUR 349. Only 20 seats left!"),
])


P("j_offshore_design", "Vikram Iyer", "DesignBridge Offshore", "Head of Partnerships")
C("junk", "offers_owner_service_white_label", "en", "offers white-label industrial design at low rates - her own service, generic", [
    ("j_offshore_design", "2025-07-01 05:50", "Hi Mira, we are a team of 40 industrial designers and CAD engineers offering white-label product design for agencies at USD 25/hour. Your clients get the same quality, you keep the margin. Can we do a trial project for you this month?"),
])

P("j_guestpost", "Emma Collins", "Digital Outreach Hub", "Content Manager")
C("junk", "link_building_guest_post", "en", "guest post / paid link request", [
    ("j_guestpost", "2025-10-28 07:15", "Hi Mira, I love the content on the Kernform website! We'd like to contribute a high-quality guest post on a topic of your choice. We can also pay USD 120 for a dofollow link in an existing article. Let me know if you're interested."),
    ("j_guestpost", "2025-11-06 07:15", "Hi Mira, following up on my guest post proposal. Looking forward to your reply!"),
])


ex.write(Path(__file__).resolve().parents[1] / SLUG,
         profile={"First Name": "Mira", "Last Name": "Schwenk",
                  "Headline": "Senior Industrial Designer, Medical | Kernform Design | Human-centred medical devices",
                  "Summary": "Industrial designer for medical devices in Stuttgart: surgical instruments, inhalers, wearables, home-care devices. Usability engineering (IEC 62366) from the first sketch. Designpreis Medizin BW 2025.",
                  "Industry": "Design Services", "Zip Code": "70176",
                  "Geo Location": "Stuttgart, Baden-Württemberg, Germany",
                  "Websites": "[COMPANY:https://www.kernform-design.example]"},
         positions=[{"Company Name": "Kernform Design GmbH", "Title": "Senior Industrial Designer, Medical",
                     "Description": "Medical device design from research to production-ready CAD; lead for human factors.",
                     "Location": "Stuttgart", "Started On": "Oct 2014", "Finished On": ""},
                    {"Company Name": "Neckartal Medical GmbH", "Title": "Product Designer",
                     "Description": "", "Location": "Esslingen", "Started On": "Aug 2012", "Finished On": "Sep 2014"}],
         skills=["Industrial Design", "Medical Devices", "Human Factors", "IEC 62366", "Rhino",
                 "KeyShot", "SolidWorks", "Usability Testing", "Ergonomics"])
print(ex.summary())

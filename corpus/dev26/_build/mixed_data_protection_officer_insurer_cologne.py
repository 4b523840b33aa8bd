"""dev26 persona 3: Miriam Oedekoven, data-protection officer at a mid-sized insurer in
Cologne (2021 export layout), German and English about half and half. Written blind to the
detector.

Every message text below is written by hand for this corpus. Run the script to regenerate
the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-data-protection-officer-insurer-cologne"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Miriam Oedekoven", "https://www.linkedin.com/in/miriam-oedekoven-dsb",
               "Severin Versicherung VVaG", "Datenschutzbeauftragte")
ex = Export(SLUG, "2021", owner)
p = ex.person
c = ex.conv

# ---------------------------------------------------------------- genuine (35)

p("ciso", "Thomas Gierlich", "Severin Versicherung VVaG", "CISO", connected="2017-02-01")
c("genuine", "colleague_incident", "de", "CISO meldet Phishing-Vorfall, 72-Stunden-Frist", [
    ("ciso", "2021-03-15 07:42", "Miriam, kurze Vorwarnung bevor du ins Postfach schaust: Ein Makler-Account wurde Freitag per Phishing übernommen, der Angreifer hatte ca. 4 Stunden Zugriff aufs Maklerportal. Betroffen sind evtl. 300 Kundendatensätze aus der Kfz-Sparte. Forensik läuft."),
    ("me", "2021-03-15 07:55", "Danke Thomas. Dann läuft die 72h-Frist ab Freitagabend, also Montag 19 Uhr spätestens. Ich brauch bis 12 Uhr: welche Felder, ob Bankdaten dabei, ob Daten abgeflossen. Ich bereite die Meldung an die LDI vor."),
    ("ciso", "2021-03-15 11:30", "Keine Bankdaten, nur Name, Adresse, Kennzeichen, Vertragsnummer. Abfluss nicht ausgeschlossen. Bericht kommt per Mail."),
    ("me", "2021-03-15 11:40", "Ok, dann melden wir. Danke dir, und sag deinem Team, gut gemacht am Freitag."),
])

p("ldi", "Dr. Hendrik Weyer", "LDI NRW", "Referent")
c("genuine", "supervisory_authority", "de", "Referent der Aufsichtsbehörde zu einer Beschwerde", [
    ("ldi", "2021-04-20 10:00", "Sehr geehrte Frau Oedekoven, in der Beschwerdesache eines Versicherungsnehmers (Az. 441-2021) haben wir Ihre Stellungnahme erhalten, vielen Dank. Eine Rückfrage: Auf welcher Rechtsgrundlage wurden die Gesundheitsdaten an den externen Gutachter übermittelt, und lag eine Schweigepflichtentbindung vor? Um Antwort bis zum 7. Mai wird gebeten."),
    ("me", "2021-04-20 14:15", "Sehr geehrter Herr Dr. Weyer, vielen Dank. Die Schweigepflichtentbindungserklärung liegt vor und wird Ihnen mit der ausführlichen Antwort über das offizielle Postfach bis zum 7. Mai zugehen."),
])

p("ldi2", "Sabine Kürten", "LDI NRW", "Sachbearbeiterin")
c("genuine", "supervisory_authority_spam_folder", "de", "Aufsichtsbehörde bestätigt Eingang der Meldung, landete im SPAM", [
    ("ldi2", "2021-03-17 09:05", "Sehr geehrte Frau Oedekoven, hiermit bestätigen wir den Eingang Ihrer Meldung nach Art. 33 DSGVO vom 15.03.2021. Bitte reichen Sie den forensischen Abschlussbericht nach, sobald er vorliegt. Mit freundlichen Grüßen, Sabine Kürten"),
], folder="SPAM")

p("anwalt", "Dr. Felix Brauweiler", "Brauweiler Rechtsanwälte", "Fachanwalt für IT-Recht", connected="2016-06-13")
c("genuine", "owner_started_lawyer_quote", "de", "sie fragt externen Anwalt wegen TIA für US-Dienstleister, Honorar wird besprochen", [
    ("me", "2021-02-08 16:20", "Felix, wir brauchen für unser Schaden-Dokumentenmanagement (US-Anbieter, Server in Frankfurt, Support aus Texas) ein Transfer Impact Assessment. Hättest du Kapazität im Februar, und was würde das kosten?"),
    ("anwalt", "2021-02-08 18:45", "Hallo Miriam, machbar. Ich würde ca. 10-12 Stunden schätzen, bei unserem Rahmenvertragssatz von 260 €/h. Wenn ihr die Fragebögen vom Anbieter schon habt, eher 8."),
    ("me", "2021-02-09 08:10", "Fragebogen haben wir. Dann los, ich schick dir die Unterlagen. Kölsch geht beim nächsten Treffen auf mich."),
    ("anwalt", "2021-02-09 08:20", "Ich nehm dich beim Wort. Früh oder Päffgen?"),
])

p("privacore", "Rachel Stein", "PrivaCore", "Account Director", connected="2019-09-10")
c("genuine", "existing_vendor_price_change", "en", "current privacy tool vendor announces licence increase", [
    ("privacore", "2021-05-03 13:00", "Hi Miriam, ahead of your renewal in July I wanted to let you know personally that our list price for the Enterprise tier goes up 12% (EUR 38,400 to EUR 43,000/yr). As a customer since 2019 we can cap your increase at 6% if you renew for two years. The new transfer-assessment module is included."),
    ("me", "2021-05-03 17:30", "Hi Rachel, thanks for the heads-up. I'll need procurement involved. Honestly the TIA module only helps if it covers the new SCCs that are coming - can you confirm the roadmap?"),
    ("privacore", "2021-05-04 09:15", "Yes, SCC 2021 templates are scheduled for end of June. I'll send the roadmap and the two-year quote today."),
])

p("pk", "Ulrich Hamacher", "Severin Pensionskasse", "Vorstand")
c("genuine", "inbound_lead_service_request", "de", "konzernnahe Pensionskasse will ihr Team als externe DSB einkaufen", [
    ("pk", "2021-06-07 11:00", "Liebe Frau Oedekoven, unsere externe Datenschutzbeauftragte geht zum Jahresende in Rente. Wäre es denkbar, dass Ihr Team die Funktion für die Pensionskasse mit übernimmt, gegen konzerninterne Verrechnung? Wir sind 14 Mitarbeitende, ca. 9.000 Versorgungsberechtigte. Was würden Sie dafür ansetzen?"),
    ("me", "2021-06-07 15:20", "Lieber Herr Hamacher, grundsätzlich gern, das vereinfacht auch vieles. Ich schätze ca. 3 Personentage pro Quartal, plus Schulung. Ich kläre mit dem Controlling den internen Tagessatz und schicke Ihnen bis Ende nächster Woche ein Angebot. Sprechen wir vorher kurz über Ihr Verarbeitungsverzeichnis?"),
    ("pk", "2021-06-07 15:45", "Sehr gern, Donnerstag 10 Uhr per Teams?"),
])

p("peer", "Annette Schmitz-Valckenberg", "Rheinufer Lebensversicherung", "Datenschutzbeauftragte", connected="2015-11-23")
c("genuine", "peer_joint_offer", "de", "Kollegin einer anderen Versicherung schlägt gemeinsame Vermittlerschulung vor", [
    ("peer", "2021-08-16 12:30", "Hallo Miriam, wir haben beide das gleiche Problem mit den Ausschließlichkeitsvertretern und WhatsApp. Was hältst du davon, wenn wir gemeinsam ein E-Learning für Vermittler beauftragen? Der Anbieter hat mir 18.000 € genannt, geteilt wären das 9.000 pro Haus, und wir könnten es dem GDV-Arbeitskreis als Muster vorstellen."),
    ("me", "2021-08-16 14:00", "Annette, super Idee. Kartellrechtlich sollten wir kurz drüber schauen lassen, aber inhaltlich bin ich sofort dabei. Treffen wir uns nächste Woche auf ein Kölsch im Veedel und skizzieren das?"),
    ("peer", "2021-08-16 14:05", "Jeht klar 🍺 Mittwoch?"),
])

p("recruit", "Kerstin Nolden", "Nolden Executive Search", "Partnerin", connected="2021-01-19")
c("genuine", "recruiter_engaged", "de", "Personalberaterin, die sie für Datenschutzkoordinator-Stelle beauftragt hat", [
    ("me", "2021-01-20 09:00", "Hallo Frau Nolden, danke für das Gespräch gestern. Wir starten die Suche für die/den Datenschutzkoordinator/in, E11, 100 % Köln mit 2 Tagen Homeoffice. Ihr Angebot (ein Drittel vorab, Rest bei Einstellung) ist freigegeben."),
    ("recruit", "2021-01-20 10:30", "Danke, Frau Oedekoven. Ich melde mich mit ersten Profilen in drei Wochen."),
    ("recruit", "2021-02-12 16:00", "Zwei Profile im Postfach. Frau K. kommt aus der Krankenversicherung, kennt Art. 9 aus dem Effeff. Gespräch Dienstag?"),
    ("me", "2021-02-12 16:30", "Dienstag 14 Uhr, gern per Teams."),
])

p("werkstud", "Lea Hüppeler", "Universität zu Köln", "Jurastudentin")
c("genuine", "job_applicant", "de", "Jurastudentin bewirbt sich als Werkstudentin", [
    ("werkstud", "2021-09-06 18:30", "Sehr geehrte Frau Oedekoven, ich studiere Jura im 5. Semester mit Schwerpunkt IT-Recht und habe Ihre Werkstudentenstelle im Datenschutz gesehen. Meine Bewerbung ist über das Portal raus, ich wollte mich aber auch persönlich vorstellen. Ihren Vortrag an der Uni im Mai fand ich sehr spannend."),
    ("me", "2021-09-07 08:15", "Hallo Frau Hüppeler, danke für die Nachricht! Ich habe Ihre Unterlagen gesehen, Sie hören diese Woche von uns wegen eines Gesprächstermins."),
])

p("ty1", "Pieter van Dam", "Zuiderzee Verzekeringen", "Privacy Counsel", connected="2021-10-08")
p("ty2", "Sophie Laurent", "Brabantia Assurances", "DPO Office", connected="2021-10-08")
p("ty3", "Mark Ellison", "London Underwriting Forum", "Data Protection Lead", connected="2021-10-09")
c("genuine", "thanks_after_talk", "en", "thank-you after her talk at Privacy Days Cologne (1/3)", [
    ("ty1", "2021-10-07 19:40", "Thanks for your talk today Miriam - the part on claims data and medical reports was really practical. Great to meet you!"),
    ("me", "2021-10-08 08:20", "Thanks Pieter, great to meet you too!"),
])
c("genuine", "thanks_after_talk", "en", "thank-you after her talk at Privacy Days Cologne (2/3)", [
    ("ty2", "2021-10-07 21:05", "Thank you for your talk today, the part about claims data and medical reports was very practical. Nice to meet you Miriam!"),
])
c("genuine", "thanks_after_talk", "en", "thank-you after her talk at Privacy Days Cologne (3/3)", [
    ("ty3", "2021-10-08 07:30", "Really practical talk yesterday Miriam, esp. the claims data / medical reports bit. Good to meet you."),
    ("me", "2021-10-08 08:25", "Thank you Mark! Let's stay in touch."),
])

p("conf", "Julia Ostermann", "Privacy Days Cologne", "Programme Director", connected="2018-10-05")
c("genuine", "event_invitation_contact", "en", "conference organiser invites her to speak, honorarium discussed", [
    ("conf", "2021-05-18 10:00", "Hi Miriam, we'd love you on the programme for Privacy Days Cologne in October (hybrid this year). 30 minutes on health data in insurance claims? We can offer an honorarium of EUR 500 plus a free pass for a colleague."),
    ("me", "2021-05-18 12:30", "Hi Julia, happy to. I'll need to check with compliance about the honorarium - we may have to donate it. Title suggestion: 'Reading medical reports without reading too much'."),
    ("conf", "2021-05-18 12:40", "Love the title. I'll pencil you in for day 1, afternoon."),
])

p("training", "Bernd Lorscheid", "DatenschutzAkademie Rheinland", "Seminarleitung", connected="2014-03-10")
c("genuine", "existing_training_provider", "de", "langjähriger Schulungsanbieter bestätigt Buchung und Preis", [
    ("training", "2021-01-12 09:30", "Hallo Frau Oedekoven, Ihre Buchung für die DSB-Fortbildung am 22./23. März ist bestätigt. Wegen Corona findet sie online statt; der Preis reduziert sich deshalb von 1.190 auf 990 € netto. Die Zugangsdaten kommen eine Woche vorher."),
    ("me", "2021-01-12 10:00", "Danke Herr Lorscheid, dann bis März am Bildschirm!"),
])

p("group", "Joost Vermeulen", "Severin Re NV", "Group Privacy Lead", connected="2018-04-16")
c("genuine", "group_colleague_dsar", "en", "Dutch group colleague on a group-wide DSAR process", [
    ("group", "2021-02-22 14:00", "Hi Miriam, for the group-wide DSAR workflow - can we agree on a 25-day internal deadline so each entity has 5 days buffer? Our Dutch claims unit is always the bottleneck, I admit it."),
    ("me", "2021-02-22 15:10", "Hi Joost, 25 days works. I'd add: redaction of third-party data has to be done by the entity, not centrally. Shall I draft the RACI?"),
    ("group", "2021-02-22 15:15", "Yes please. Dank je!"),
])

p("hr", "Nicole Frings", "Severin Versicherung VVaG", "Leiterin Personal", connected="2016-01-11")
c("genuine", "colleague_hr_deletion", "de", "Personalleitung fragt nach Löschfristen für Bewerberdaten", [
    ("hr", "2021-06-29 10:45", "Miriam, kurze Frage: Wie lange dürfen wir Bewerbungen von Abgelehnten behalten, wenn die Person zustimmt, in den Talentpool zu kommen? Die Recruiting-Software will eine Zahl."),
    ("me", "2021-06-29 11:05", "Ohne Einwilligung 6 Monate nach Absage. Mit Einwilligung Talentpool: 2 Jahre, danach erneut fragen. Ich schick dir den Textbaustein für die Einwilligung."),
    ("hr", "2021-06-29 11:06", "Du bist die Beste."),
])

p("mkt", "Dennis Kowalski", "Severin Versicherung VVaG", "Head of Digital Marketing", connected="2019-07-01")
c("genuine", "colleague_marketing_consent", "mixed", "Marketing-Kollege fragt in Denglisch nach Newsletter-Tracking", [
    ("mkt", "2021-07-21 16:02", "Hi Miriam, quick one: Wir wollen im Newsletter Open-Rate Tracking und Click-Tracking per User machen. Ist das mit dem aktuellen Double-Opt-in covered oder brauchen wir ein neues Consent?"),
    ("me", "2021-07-21 16:40", "Hi Dennis, per-user tracking ist im aktuellen Opt-in-Text nicht drin. Für neue Abonnenten passen wir den Text an, Bestandsabonnenten nur aggregiert. Let's discuss tomorrow 10:00?"),
    ("mkt", "2021-07-21 16:42", "Perfect, thx!"),
])

p("journo", "Katja Rosenbaum", "Domblatt Köln", "Redakteurin")
c("genuine", "journalist_request", "de", "Journalistin fragt nach Gesundheitsdaten bei Versicherern", [
    ("journo", "2021-11-09 13:20", "Guten Tag Frau Oedekoven, ich recherchiere zu Fitness-Apps und Tarifen mit Bonusprogrammen bei Versicherern. Wären Sie bereit, mir Hintergrundinformationen zu geben, wie Versicherer mit solchen Gesundheitsdaten umgehen? Gern auch anonym."),
    ("me", "2021-11-09 15:00", "Guten Tag Frau Rosenbaum, grundsätzlich gern als Hintergrund. Bitte stimmen Sie den Kontakt kurz mit unserer Pressestelle ab, Herr Lenz weiß Bescheid."),
])

p("friend", "Stefanie Broich", "Amtsgericht Köln", "Richterin", connected="2010-10-01")
c("genuine", "friend_small_talk", "de", "Freundin aus dem Studium, kölsches Geplänkel", [
    ("friend", "2021-02-11 19:00", "Weiberfastnacht im Homeoffice, et is e Drama 😭 Ziehst du dich trotzdem an? Ich hab die Marienkäfer-Antennen auf und sitze in der Videokonferenz."),
    ("me", "2021-02-11 19:20", "Ich hab ne rote Nase auf und die Kollegen haben's nicht mal gemerkt 😂 Nächstes Jahr wieder richtig, Alaaf!"),
    ("friend", "2021-02-11 19:21", "Alaaf! Et hätt noch immer jot jejange."),
], folder="ARCHIVE")

p("oldboss", "Catherine Holloway", "Meridian Re", "Group DPO", connected="2012-05-14")
c("genuine", "long_standing_former_boss", "en", "former boss in London, long-standing contact", [
    ("oldboss", "2021-06-29 20:00", "Miriam! Did you see the UK adequacy decision finally came through? I owe you a drink - you bet me in 2019 it would take until mid-2021. How's Cologne?"),
    ("me", "2021-06-29 21:10", "Catherine! I did, and I'm collecting that gin next time I'm in London 😄 Cologne is lovely, the Rhine is full of people again. How are the twins?"),
    ("oldboss", "2021-06-29 21:15", "Taller than me. Let's do a call soon."),
])

p("uklaw", "Rohan Desai", "Harcourt Lane LLP", "Senior Associate, Data Protection", connected="2020-01-28")
c("genuine", "owner_started_uk_lawyer", "en", "she asks UK counsel about the adequacy decision and the UK branch", [
    ("me", "2021-07-02 09:00", "Hi Rohan, now that the adequacy decision is out - do we still need the IDTA/SCCs for our UK run-off branch, or can we drop them? Also keen to understand the cost of a short memo."),
    ("uklaw", "2021-07-02 12:30", "Hi Miriam, for EU->UK you can rely on adequacy, but keep the SCCs as a fallback given the sunset clause in 2025. For UK->EU nothing changes. A 3-page memo would be around GBP 1,800 fixed."),
    ("me", "2021-07-02 13:00", "Perfect, please go ahead with the memo."),
])

p("nlpeer", "Eva de Boer", "Zilverbrug Verzekeringen", "Functionaris Gegevensbescherming", connected="2019-10-04")
c("genuine", "owner_started_peer_exchange", "en", "she asks a Dutch peer about telematics data", [
    ("me", "2021-04-06 10:15", "Hi Eva, we're looking at a telematics motor tariff. How did you handle the driving data - consent or contract? And did you do a DPIA with your AP beforehand?"),
    ("nlpeer", "2021-04-06 14:40", "Hi Miriam! Contract for the tariff-relevant data, consent for the 'coaching' features. We did a DPIA, not a prior consultation. Happy to share our DPIA structure (without the juicy bits)."),
    ("me", "2021-04-06 14:50", "That would be amazing, thank you!"),
])

p("audit", "Gregor Esser", "Severin Versicherung VVaG", "Leiter Interne Revision", connected="2015-05-04")
c("genuine", "colleague_audit", "de", "Revision plant Prüfung des Löschkonzepts", [
    ("audit", "2021-09-20 08:30", "Guten Morgen Miriam, im Prüfplan Q4 steht das Löschkonzept Leben. Können wir Mitte Oktober einen Kick-off machen? Ich bräuchte vorab die aktuelle Version und die Liste der Systeme mit Löschläufen."),
    ("me", "2021-09-20 09:10", "Morgen Gregor, Kick-off 14.10. passt. Ehrlich gesagt: Das Altsystem Leben löscht noch gar nicht automatisiert. Das wird ein Befund, aber ein bekannter."),
    ("audit", "2021-09-20 09:15", "Danke für die Offenheit. Dann schreiben wir's als Befund mit Maßnahmenplan."),
])

p("customer", "Werner Pütz", "", "Rentner")
c("genuine", "policyholder_request", "de", "Versicherungsnehmer stellt Auskunftsersuchen per LinkedIn", [
    ("customer", "2021-05-25 17:30", "Guten Tag Frau Oedekoven, ich bin seit 30 Jahren bei der Severin versichert und möchte wissen, welche Daten Sie über mich haben, insbesondere zu meiner Unfallversicherung. Ich habe Sie hier gefunden, weil ich am Telefon nicht weiterkam."),
    ("me", "2021-05-25 18:05", "Guten Tag Herr Pütz, danke für Ihre Nachricht, Ihr Anliegen ist berechtigt. Damit wir Ihre Identität sicher prüfen können, schicken Sie bitte eine kurze Nachricht mit Ihrer Versicherungsnummer an datenschutz@ oder per Post. Ich kümmere mich persönlich darum, dass Sie innerhalb eines Monats Antwort erhalten."),
    ("customer", "2021-05-25 18:20", "Vielen Dank, das mache ich morgen."),
])

p("br", "Hans-Jürgen Klein", "Betriebsrat Severin Versicherung", "Vorsitzender", connected="2016-09-19")
c("genuine", "works_council", "de", "Betriebsrat zu Auswertungen in MS Teams", [
    ("br", "2021-03-30 12:00", "Hallo Miriam, die IT will Teams-Nutzungsberichte pro Mitarbeiter aktivieren. Das ist mitbestimmungspflichtig, wie du weißt. Kannst du bei der nächsten Sitzung am 8.4. dabei sein?"),
    ("me", "2021-03-30 12:40", "Hallo Hans-Jürgen, ja, bin dabei. Aus meiner Sicht nur aggregiert ab 5 Personen, alles andere brauchen wir nicht."),
])

p("shred", "Monika Rath", "AktenSicher Rheinland", "Kundenbetreuung", connected="2018-02-20")
c("genuine", "existing_vendor_price_change", "de", "Aktenvernichter (bestehender Vertrag) kündigt Preisanpassung an", [
    ("shred", "2021-11-22 09:40", "Sehr geehrte Frau Oedekoven, aufgrund gestiegener Transport- und Energiekosten passen wir zum 1.1.2022 die Preise an: Der Sicherheitsbehälter 240 l (P-4) kostet dann 14,20 € statt 12,90 € pro Leerung. Ihr Rahmenvertrag bleibt ansonsten unverändert."),
    ("me", "2021-11-22 10:30", "Sehr geehrte Frau Rath, danke für die Info. Bitte schicken Sie mir die aktualisierte Preisliste für den Einkauf, und bestätigen Sie nochmal, dass die Vernichtungsprotokolle weiter monatlich kommen."),
    ("shred", "2021-11-22 11:00", "Ja, Protokolle unverändert monatlich. Preisliste kommt heute per Mail."),
])

p("thkoeln", "Prof. Dr. Ralf Hensen", "TH Köln", "Professor für Wirtschaftsinformatik", connected="2017-10-09")
c("genuine", "guest_lecture_request", "de", "Professor fragt Gastvortrag an", [
    ("thkoeln", "2021-10-25 14:00", "Liebe Frau Oedekoven, hätten Sie Lust, im Januar in meiner Vorlesung 'Informationsmanagement' 45 Minuten über Datenschutz in der Praxis zu sprechen? Die Studis fanden Ihren Beitrag vor zwei Jahren großartig. Leider nur mit einem Buchgeschenk als Honorar 🙂"),
    ("me", "2021-10-25 16:00", "Lieber Herr Hensen, sehr gern, Buchgeschenk genügt! Schicken Sie mir zwei Termine?"),
])

p("roundtable", "Daniel Fischer", "European Insurance Privacy Network", "Coordinator", connected="2019-05-27")
c("genuine", "network_roundtable", "en", "network coordinator invites her to a roundtable on new SCCs", [
    ("roundtable", "2021-06-10 11:00", "Dear Miriam, following the new SCCs adopted last week, we're holding a members-only virtual roundtable on 24 June (14:00 CET) on migration plans for the 18-month deadline. Would you be willing to share 10 minutes on how Severin is approaching the vendor inventory?"),
    ("me", "2021-06-10 12:10", "Dear Daniel, happy to, though our inventory is 'work in progress' at best. Count me in."),
])

p("cipp", "Laura Mertens", "Hansekogge Versicherung", "Datenschutzkoordinatorin", connected="2020-11-30")
c("genuine", "congrats_certification", "en", "peer congratulates her on her certification", [
    ("cipp", "2021-08-30 09:00", "Congratulations on the CIPP/E, Miriam! Well deserved. Any tips for the exam? I'm sitting it in November."),
    ("me", "2021-08-30 10:15", "Thank you Laura! Tip: the practice questions are harder than the real thing, and read the recitals. Good luck!"),
])

p("reins", "Oliver Grant", "Thames Reinsurance", "Privacy Counsel", connected="2020-07-07")
c("genuine", "partner_contract_discussion", "en", "reinsurer's counsel debates controller status for the treaty", [
    ("reins", "2021-09-14 15:30", "Hi Miriam, our view remains that for the treaty we act as independent controller for the claims data you cede, so no Art. 28 agreement. Your procurement keeps sending us the DPA template. Could we settle on a short data-sharing clause instead?"),
    ("me", "2021-09-14 17:00", "Hi Oliver, agreed - reinsurance isn't processing on our behalf. I'll tell procurement and send you our standard controller-to-controller clause by Friday."),
])

p("claims", "Martina Kreuzberg", "Severin Versicherung VVaG", "Leiterin Schaden Leben/Unfall", connected="2017-04-03")
c("genuine", "colleague_claims_retention", "de", "Schadenleiterin fragt zur Aufbewahrung ärztlicher Gutachten", [
    ("claims", "2021-12-01 13:10", "Miriam, wir räumen das Archiv Unfall auf. Ärztliche Gutachten aus abgeschlossenen Fällen – 10 Jahre oder länger wegen möglicher Rentenleistungen?"),
    ("me", "2021-12-01 14:00", "Bei laufenden Renten bis Ende der Leistung plus 10 Jahre. Bei abgeschlossenen Fällen ohne Rente: 10 Jahre nach Abschluss. Lass uns die Liste der Fallgruppen mal zusammen durchgehen, Donnerstag?"),
    ("claims", "2021-12-01 14:05", "Donnerstag passt, ich bring Kaffee und Printen."),
])

p("mentee", "Tariq Hamid", "Nexa Health Insurance", "Junior Privacy Analyst")
c("genuine", "mentoring_advice", "en", "junior privacy analyst asks for career advice", [
    ("mentee", "2021-04-28 19:30", "Hi Miriam, I'm 8 months into my first privacy role at a health insurer and I watched your webinar on DPIAs. Would you have 20 minutes sometime for advice on whether to do a law degree or stay technical?"),
    ("me", "2021-04-29 08:00", "Hi Tariq, of course. Short version: stay technical, the field needs people who can read a data flow diagram. Let's do a call next Tuesday at 5?"),
    ("mentee", "2021-04-29 08:10", "Thank you so much, Tuesday 5 works!"),
])

p("stammtisch", "Ralf Odenthal", "Odenthal Datenschutz", "Externer DSB", connected="2013-09-09")
c("genuine", "event_invitation_contact", "de", "Bekannter lädt zum Kölner Datenschutz-Stammtisch ein", [
    ("stammtisch", "2021-08-24 17:00", "Hallo Miriam, nach anderthalb Jahren Pause: Datenschutz-Stammtisch am 9.9. im Brauhaus in der Südstadt, 3G natürlich. Kommst du? Thema diesmal lose: 'Was hat uns Schrems II eigentlich gebracht außer Arbeit'."),
    ("me", "2021-08-24 17:30", "Ralf, ich bin da! Endlich wieder Kölsch in echt statt Teams-Hintergrund."),
], folder="ARCHIVE")

p("belg", "Karel Janssens", "Severin Re NV", "Claims IT Lead", connected="2020-03-02")
c("genuine", "group_colleague_mixed", "mixed", "Belgian group colleague switches between English and German", [
    ("belg", "2021-10-19 11:00", "Hallo Miriam, mein Deutsch ist nicht so gut, so I continue in English: we want to use pseudonymised claims data from Cologne for fraud model training in Brussels. Which documentation do you need from us?"),
    ("me", "2021-10-19 12:30", "Hi Karel, dein Deutsch ist besser als mein Niederländisch! I need: purpose description, list of fields, pseudonymisation method, and who holds the key. Then we decide whether a DPIA is needed."),
    ("belg", "2021-10-19 12:45", "Danke! I'll send it this week."),
])

p("candidate", "Simone Kautz", "Hanse Krankenversicherung", "Datenschutzreferentin")
c("genuine", "interview_thanks_candidate", "de", "Kandidatin bedankt sich nach dem Vorstellungsgespräch", [
    ("candidate", "2021-02-17 18:00", "Liebe Frau Oedekoven, vielen Dank für das offene Gespräch heute. Die Aufgaben rund um das Löschkonzept reizen mich sehr. Ich freue mich, von Ihnen zu hören."),
    ("me", "2021-02-18 08:30", "Liebe Frau Kautz, danke Ihnen! Sie hören spätestens Anfang nächster Woche von Frau Nolden oder mir."),
])

# ---------------------------------------------------------------- wanted_pitch (12)

p("redact_w", "Dr. Nina Voigt", "Schwärzwerk GmbH", "Mitgründerin")
c("wanted_pitch", "article_referenced_redaction", "de", "bezieht sich auf ihren Fachartikel über Gesundheitsdaten in Schadenakten", [
    ("redact_w", "2021-03-29 10:00", "Sehr geehrte Frau Oedekoven, in Ihrem Beitrag in 'Versicherungspraxis Datenschutz' beschreiben Sie, dass Sachbearbeiter in der Unfallsparte komplette Arztberichte sehen, obwohl sie nur Diagnose und Arbeitsunfähigkeitsdauer bräuchten. Wir haben eine Schwärzungslösung speziell für medizinische Dokumente, die Befundtexte erkennt und rollenbasiert ausblendet. Ein Kölner Krankenversicherer nutzt sie seit einem Jahr. Darf ich Ihnen an drei anonymisierten Ihrer Dokumenttypen zeigen, was sie erkennt?"),
    ("me", "2021-03-29 14:20", "Sehr geehrte Frau Dr. Voigt, das trifft einen Nerv. Ich frage in der Schadenabteilung, ob wir Musterdokumente anonymisieren können, und melde mich."),
])

p("dsar_w", "Ben Carter", "Requestly", "Head of DACH")
c("wanted_pitch", "talk_referenced_dsar", "en", "DSAR vendor who attended her Privacy Days talk", [
    ("dsar_w", "2021-10-12 09:15", "Hi Miriam, I was at Privacy Days last week and your slide on DSAR volumes (from 40 to 210 a year since 2018, with claims files taking 6 hours each) was a great reality check. Requestly pulls documents from DMS and claims systems per data subject and pre-redacts third parties - the exact step you said eats the time. Given you use a US-based DMS, we can run fully on EU hosting. Would a 30-minute look at your claims workflow be useful?"),
    ("me", "2021-10-12 11:00", "Hi Ben, you were paying attention! Yes, but only with my claims IT colleague present. I'll suggest dates."),
])

p("notice_w", "Hannah Becker", "Clearform Legal Tech", "Privacy Consultant")
c("wanted_pitch", "site_visited_privacy_notice", "en", "consultant noticed the outdated Privacy Shield reference on the website", [
    ("notice_w", "2021-05-11 13:40", "Hi Miriam, a friendly note first: the privacy notice on severin-versicherung's website still lists Privacy Shield as the transfer mechanism for your web analytics, and the 'cookie settings' link in the footer returns a 404 on mobile. Easily done after Schrems II! We maintain privacy notices for 30+ financial services firms and push updates when law changes. If you want, I'll send you a marked-up version of your current notice - free, and you decide if we talk further."),
    ("me", "2021-05-11 15:00", "Hi Hannah, ouch, thank you. Marketing changed the analytics tool without telling me. Yes, please send the marked-up version."),
])

p("hotline_w", "Stefan Löhr", "VoiceComply", "Geschäftsführer")
c("wanted_pitch", "specific_problem_call_recording", "de", "nennt konkret die Ansage der Schadenhotline", [
    ("hotline_w", "2021-07-06 08:45", "Guten Tag Frau Oedekoven, ich habe letzte Woche als Kunde Ihre Schadenhotline angerufen. Die Ansage sagt 'Gespräche können zu Qualitätszwecken aufgezeichnet werden', bietet aber keine Möglichkeit zu widersprechen, und es wird nicht auf die Datenschutzhinweise verwiesen. Wir bauen Opt-out per Tastendruck und Löschlogik in bestehende Telefonanlagen ein (Ihre ist eine gängige Cloud-Anlage, das geht ohne Wechsel). Falls das intern schon Thema ist: Ich zeige gern, wie ein anderer Versicherer das gelöst hat."),
    ("me", "2021-07-06 10:30", "Guten Tag Herr Löhr, das ist mir tatsächlich neu, danke. Ich kläre das mit dem Kundenservice und komme auf Sie zurück."),
])

p("tia_w", "Laura Hennig", "Crossborder Privacy Consulting", "Managing Director")
c("wanted_pitch", "mutual_contact_tia", "en", "TIA consultancy introduced by her lawyer Felix Brauweiler", [
    ("tia_w", "2021-07-13 10:00", "Hi Miriam, Felix Brauweiler mentioned you'll need to repaper roughly 60 vendor contracts with the new SCCs before December 2022 and that the TIAs are the bottleneck for you and him. We do the vendor-side fact gathering (questionnaires, chasing, assessing US surveillance exposure), so lawyers like Felix only sign off. Felix said to mention he'd still like to keep the final legal review. Open to a call?"),
    ("me", "2021-07-13 12:00", "Hi Laura, Felix did mention you. Yes - let's talk, the chasing is exactly what kills us."),
])

p("migration_w", "Markus Hilgers", "DataExit Beratung", "Partner")
c("wanted_pitch", "press_item_migration", "de", "bezieht sich auf die Pressemitteilung zur neuen Bestandsführung", [
    ("migration_w", "2021-08-31 09:00", "Sehr geehrte Frau Oedekoven, laut Ihrer Pressemitteilung vom 24. August migriert die Severin bis 2023 die Lebensversicherung auf eine neue Bestandsführung. Erfahrungsgemäß ist das der Moment, in dem man Altdaten nicht einfach mitnehmen sollte - wer sie migriert, muss sie später löschen. Wir haben bei zwei Lebensversicherern die Löschregeln direkt in die Migration eingebaut. Ein Gespräch vor dem Kick-off könnte sich lohnen."),
    ("me", "2021-09-01 08:15", "Sehr geehrter Herr Hilgers, das passt leider genau zu einem Revisionsbefund, den wir gerade bekommen. Gern ein Gespräch, ich lade den Projektleiter dazu."),
])

p("connector_w", "Aditya Rao", "FlowBridge", "Solutions Engineer")
c("wanted_pitch", "tools_referenced_connector", "en", "vendor knows she uses PrivaCore and offers the missing connector", [
    ("connector_w", "2021-05-25 16:00", "Hi Miriam, you mentioned in the PrivaCore community forum that DSARs still have to be copied by hand into your IT ticketing tool. We build the connector between PrivaCore and most ticketing systems - request comes in, tickets open for each system owner, deadlines sync back. We're a PrivaCore partner, so it's covered by your existing support. 10 min demo?"),
    ("me", "2021-05-25 17:30", "Hi Aditya, yes please. I'll also ask Rachel at PrivaCore whether this should be in the product anyway."),
])

p("rec_w", "Claudia Wirtz", "Rhein-Ruhr Executive Partners", "Partnerin Financial Services")
c("wanted_pitch", "recruiter_relevant_role", "de", "Headhunterin mit passender Rolle: Konzerndatenschutzbeauftragte", [
    ("rec_w", "2021-11-15 11:30", "Sehr geehrte Frau Oedekoven, ich suche für einen Versicherungskonzern in Düsseldorf eine Konzerndatenschutzbeauftragte mit Team von 8. Gewünscht sind Erfahrung mit Gesundheitsdaten in der Leistungsbearbeitung und mit Aufsichtsbehörden - Ihr Vortrag in Köln zur Schadenbearbeitung hat mich auf Sie gebracht. Ich weiß, dass Sie vermutlich nicht suchen. Wäre ein vertrauliches Gespräch dennoch denkbar?"),
    ("me", "2021-11-16 19:00", "Sehr geehrte Frau Wirtz, danke für die Anfrage. Ich bin nicht auf der Suche, aber ein vertrauliches Gespräch schadet nicht. Abends nach 18 Uhr geht am besten."),
])

p("training_w", "Jens Kerp", "LernKlar", "Geschäftsführer")
c("wanted_pitch", "code_of_conduct_training", "de", "Schulungsanbieter bezieht sich auf die Verhaltensregeln und ihren Vermittlervertrieb", [
    ("training_w", "2021-09-28 14:00", "Hallo Frau Oedekoven, Sie vertreiben laut Geschäftsbericht über rund 400 Ausschließlichkeitsvermittler, und nach den Verhaltensregeln der Versicherungswirtschaft müssen diese regelmäßig zum Datenschutz geschult werden. Unser 20-Minuten-E-Learning für Vermittler läuft auf dem Handy und endet mit einem Nachweis, den Sie direkt für Ihr Audit nutzen können. Ich habe gesehen, dass Frau Schmitz-Valckenberg auf LinkedIn über ein gemeinsames Projekt gepostet hat - wir würden gerne ein Angebot für beide Häuser machen."),
    ("me", "2021-09-28 16:10", "Hallo Herr Kerp, gut recherchiert. Schicken Sie uns beiden bitte ein Angebot mit Referenzen."),
])

p("translate_w", "Elif Arslan", "Sprachbrücke Köln", "Inhaberin")
c("wanted_pitch", "site_visited_translation", "de", "Übersetzungsbüro sah die türkische Landingpage ohne übersetzte Datenschutzhinweise", [
    ("translate_w", "2021-10-04 10:20", "Guten Tag Frau Oedekoven, die Severin hat seit Sommer eine türkischsprachige Landingpage für die Hausratversicherung in Köln, sehr schön gemacht. Die Datenschutzhinweise dort verlinken aber nur auf die deutsche Fassung. Wir übersetzen juristische Texte Deutsch-Türkisch mit Fachlektorat durch eine Juristin, ein Datenschutzhinweis kostet bei uns ca. 480 €. Vielleicht hilfreich für Ihre Transparenzpflichten."),
    ("me", "2021-10-04 11:40", "Guten Tag Frau Arslan, danke für den Hinweis, das ist uns durchgerutscht. Bitte schicken Sie mir ein Angebot."),
])

p("entity_w", "Sarah Whitfield", "GroupFlow Legal", "Director")
c("wanted_pitch", "public_register_intragroup", "en", "cites the commercial register entry for the new subsidiary", [
    ("entity_w", "2021-12-06 09:30", "Hi Miriam, I saw in the Handelsregister that Severin Digital GmbH was registered in Cologne in November. New group entities usually mean the intra-group data transfer agreement needs a new annex - and with your Belgian reinsurance arm, the new SCC modules too. We maintain intra-group agreements as a living document for insurance groups, about EUR 4,500 for the update. Worth a conversation before year end?"),
    ("me", "2021-12-06 11:00", "Hi Sarah, good timing, nobody told me the GmbH was registered already. Let's talk next week."),
])

p("pseudo_w", "Lukas Brenner", "Maskwise", "CTO")
c("wanted_pitch", "podcast_referenced_test_data", "en", "vendor heard her podcast interview on production data in test systems", [
    ("pseudo_w", "2021-11-23 12:00", "Hi Miriam, I listened to your interview on the 'Datenschutz am Rhein' podcast, where you said the hardest fight is convincing developers not to copy production claims data into test. Maskwise generates consistent synthetic test data from your schemas, including plausible policy numbers and diagnosis codes, so tests still work. Happy to run it on a test schema your developers choose."),
    ("me", "2021-11-23 14:00", "Hi Lukas, that fight is real. Let me introduce you to our head of development."),
])

# ---------------------------------------------------------------- junk (38)

p("dsar_j", "Kyle Brennan", "PrivacyPilot", "Account Executive")
c("junk", "generic_dsar_tool", "en", "generic DSAR tool counterpart", [
    ("dsar_j", "2021-10-18 10:00", "Hi Miriam, are DSARs eating up your team's time? PrivacyPilot automates the entire DSAR process end-to-end. Trusted by 500+ companies worldwide. Would you be open to a quick demo this week?"),
    ("dsar_j", "2021-10-25 10:00", "Hi Miriam, just floating this back up. Any interest?"),
])

p("cookie_j", "Jasmin Koch", "CookieFrei", "Vertrieb")
c("junk", "generic_cookie_banner", "de", "generisches Cookie-Banner-Angebot als Gegenstück", [
    ("cookie_j", "2021-05-17 09:00", "Hallo Frau Oedekoven, ist Ihre Website wirklich DSGVO-konform? Mit CookieFrei sind Sie in 5 Minuten abmahnsicher. Jetzt 30 Tage kostenlos testen!"),
])

p("rec_j", "Tim Baumann", "TechTalent Personal", "Recruiter")
c("junk", "generic_recruiter_irrelevant", "de", "Recruiter mit unpassender Vertriebsrolle", [
    ("rec_j", "2021-11-18 08:30", "Hallo Miriam, ich habe eine spannende Position als Sales Director SaaS (München, 140k OTE). Ihr Profil passt perfekt! Lust auf einen Austausch?"),
])

p("training_j", "Andrea Hoff", "Compliance Campus", "Vertrieb")
c("junk", "generic_training", "de", "generisches Schulungsangebot als Gegenstück", [
    ("training_j", "2021-09-30 11:00", "Sehr geehrte Damen und Herren, sind Ihre Mitarbeiter ausreichend im Datenschutz geschult? Unsere E-Learnings decken DSGVO, IT-Sicherheit und Geldwäsche ab. Fordern Sie jetzt Ihren kostenlosen Testzugang an!"),
])

p("extdsb", "Jürgen Pohl", "DSB-Direkt", "Externer Datenschutzbeauftragter")
c("junk", "offers_what_she_does", "de", "bietet einem DSB einen externen DSB an", [
    ("extdsb", "2021-04-13 10:00", "Sehr geehrte Frau Oedekoven, benötigt Ihr Unternehmen einen Datenschutzbeauftragten? Wir übernehmen die Funktion als externer DSB ab 199 € im Monat – rechtssicher und ohne Aufwand für Sie. Darf ich Ihnen ein Angebot senden?"),
])

p("certcourse", "Nora Quinn", "GDPR Masters Academy", "Admissions")
c("junk", "offers_what_she_does", "en", "offers a 3-day DPO certification to a certified DPO", [
    ("certcourse", "2021-09-02 09:00", "Hi Miriam, become a Certified Data Protection Officer in just 3 days! Our fully online programme is recognised across the EU. Early bird price EUR 890 - only 5 seats left."),
])

p("cyber", "Greg Walters", "ShieldCover Brokers", "Cyber Insurance Specialist")
c("junk", "off_topic_insurance_to_insurer", "en", "sells cyber insurance to an insurer's DPO", [
    ("cyber", "2021-06-22 14:00", "Hi Miriam, one data breach can cost millions. Is your company properly insured? We compare cyber insurance from 20+ carriers in minutes. Can I get you a free quote?"),
])

p("capacity", "Ella Morgan", "ComplianceLeads", "Partnerships")
c("junk", "capacity_for_new_clients", "en", "asks if she has capacity for new clients, then lead pitch", [
    ("capacity", "2021-03-02 10:00", "Hi Miriam, quick question - are you taking on new privacy clients at the moment?"),
    ("capacity", "2021-03-09 10:00", "Asking because we connect GDPR consultants with SMEs needing a DPO, 10+ qualified leads per month. Interested in a trial?"),
])

p("likeminded", "Sebastian Roth", "Roth Ventures", "Serial Entrepreneur | Mentor")
c("junk", "like_minded_entrepreneurs", "de", "Vernetzung unter Gleichgesinnten", [
    ("likeminded", "2021-02-25 07:00", "Hallo Miriam, ich vernetze mich gerne mit inspirierenden Menschen, die etwas bewegen. Lass uns doch mal austauschen – bestimmt ergeben sich Synergien! 🚀"),
])

p("quickcall", "Chris Dalton", "RiskRadar", "Head of Partnerships")
c("junk", "quick_15_minute_call", "en", "quick 15-minute call with bumps", [
    ("quickcall", "2021-05-04 09:00", "Hi Miriam, I'll keep this brief. We help compliance teams get real-time visibility of third-party risk. Do you have 15 minutes on Thursday or Friday for a quick call?"),
    ("quickcall", "2021-05-11 09:00", "Hi Miriam, following up on my last note - would next week work better?"),
    ("quickcall", "2021-05-19 09:00", "Should I close the loop on this?"),
])

p("ctp1", "Patrick Lenz", "SecureDocs Cloud", "Business Development", connected="2021-03-22",
  invite=("IN", "2021-03-21 19:10", "Hallo Miriam, ich würde mich gern mit Ihnen vernetzen."))
c("junk", "connect_then_pitch", "de", "Smalltalk, Antwort, dann Cloud-Dokumenten-Pitch", [
    ("ctp1", "2021-03-22 08:30", "Danke für die Vernetzung, Miriam! Wie ist das Homeoffice-Leben in Köln so?"),
    ("me", "2021-03-22 12:00", "Geht so, der Hund freut sich 😄"),
    ("ctp1", "2021-03-23 08:30", "Haha, das glaube ich! Apropos Homeoffice: Unsere DSGVO-konforme Cloud für Dokumentenaustausch wird von vielen Compliance-Teams genutzt. Hätten Sie Interesse an einer kurzen Vorstellung?"),
])

p("ctp2", "Amy Foster", "AuditFlow", "SDR", connected="2021-06-15",
  invite=("IN", "2021-06-14 20:00", ""))
c("junk", "connect_then_pitch", "en", "thanks for connecting, then audit software pitch", [
    ("ctp2", "2021-06-15 09:00", "Hey Miriam, thanks for accepting my invite! Have a great week 🙂"),
    ("ctp2", "2021-06-17 09:00", "By the way - AuditFlow helps privacy teams prepare for audits 3x faster. Could I show you a 15 min demo?"),
])

p("ctp3", "Marcel Jung", "PrivGuard Pro", "Senior Account Executive", connected="2021-09-07",
  invite=("IN", "2021-09-06 18:30", "Spannendes Profil, Miriam! Lass uns vernetzen."))
c("junk", "connect_then_pitch", "de", "Kompliment, Pitch, dann Bump", [
    ("ctp3", "2021-09-07 10:00", "Hallo Miriam, schön, dass wir vernetzt sind! Toller Werdegang."),
    ("ctp3", "2021-09-08 10:00", "Wir unterstützen Versicherer mit einer All-in-one-Datenschutzplattform: VVT, DSFA, Betroffenenanfragen. Wann passt Ihnen ein kurzer Call?"),
    ("ctp3", "2021-09-15 10:00", "Hallo Miriam, hatten Sie schon Gelegenheit, sich das anzusehen?"),
])

p("ctp4", "Olivia Grant", "PeopleSec Awareness", "Regional Director", connected="2021-11-02",
  invite=("IN", "2021-11-01 21:00", "Hi Miriam, always great to connect with privacy leaders!"))
c("junk", "connect_then_pitch", "en", "small talk about a conference, owner answers, then phishing simulation pitch", [
    ("ctp4", "2021-11-02 08:45", "Hi Miriam! Were you at any of the autumn privacy events? It felt so good to be back in person."),
    ("me", "2021-11-02 12:10", "Yes, I spoke at Privacy Days in Cologne. It was great to see people again."),
    ("ctp4", "2021-11-03 09:00", "Amazing! Speaking of people - human error causes 90% of breaches. Our phishing simulation platform reduces click rates by 70%. Could I send you a short overview?"),
])

p("bump", "Jessica Hale", "VendorCheck", "SDR")
c("junk", "follow_up_bumps_no_reply", "en", "four bumps without reply", [
    ("bump", "2021-07-05 09:00", "Hi Miriam, struggling with vendor risk assessments? VendorCheck automates them. Interested?"),
    ("bump", "2021-07-12 09:00", "Hi Miriam, bumping this in case it slipped through."),
    ("bump", "2021-07-19 09:00", "Hi Miriam, I know you're busy - any thoughts?"),
    ("bump", "2021-08-02 09:00", "Hi Miriam, I'll assume the timing isn't right. Feel free to reach out anytime!"),
])

# one template, five senders, one in German
p("tpl1", "Jake Summers", "ComplyDesk", "Founder")
c("junk", "template_compliance_admin", "en", "template 1/5: 'noticed your company is growing'", [
    ("tpl1", "2021-08-09 08:05", "Hi Miriam, I noticed Severin Versicherung is investing heavily in compliance - impressive! Most DPOs we speak to spend 10+ hours a week on manual documentation they could automate. We take that off your plate so you can focus on strategy. Worth a quick chat?"),
])
p("tpl2", "Megan Price", "ComplyDesk", "Customer Success")
c("junk", "template_compliance_admin", "en", "template 2/5: same template, different sender", [
    ("tpl2", "2021-08-11 08:10", "Hi Miriam, I noticed Severin Versicherung VVaG is investing heavily in compliance, impressive! Most data protection officers we talk to lose 10+ hours every week to manual documentation they could automate. We take it off your plate so you can focus on what matters. Open to a quick chat?"),
])
p("tpl3", "Ryan Clarke", "PolicyPal", "Partnerships Manager")
c("junk", "template_compliance_admin", "en", "template 3/5: another company", [
    ("tpl3", "2021-08-17 07:55", "Hey Miriam - noticed Severin is investing in compliance, impressive! Most privacy pros we speak with spend 10+ hrs/week on manual docs that could be automated. We take that off your plate so you can focus on strategy. Worth 10 min?"),
])
p("tpl4", "Lauren Hughes", "PolicyPal", "Growth Associate")
c("junk", "template_compliance_admin", "en", "template 4/5: minor changes", [
    ("tpl4", "2021-08-24 08:20", "Hi Miriam, I noticed your company is investing heavily in compliance - impressive! Most DPOs I speak to spend over 10 hours weekly on documentation they could automate. We take that off your plate. Worth a quick chat?"),
])
p("tpl5", "Moritz Keller", "DokuAutomat", "Vertrieb")
c("junk", "template_compliance_admin", "de", "Vorlage 5/5: gleiche Vorlage auf Deutsch", [
    ("tpl5", "2021-08-26 09:00", "Hallo Miriam, mir ist aufgefallen, dass die Severin Versicherung stark in Compliance investiert – beeindruckend! Die meisten Datenschutzbeauftragten, mit denen wir sprechen, verbringen über 10 Stunden pro Woche mit manueller Dokumentation, die sich automatisieren ließe. Wir nehmen Ihnen das ab. Lohnt sich ein kurzer Austausch?"),
])

# merge-tag failures
p("merge1", "Daniel Hartmann", "Verschlüsselt.de", "Vertrieb")
c("junk", "merge_tag_failure", "de", "ungefülltes {{Vorname}}", [
    ("merge1", "2021-02-16 10:30", "Hallo {{Vorname}}, schützen Sie die E-Mails von {{Unternehmen}} mit Ende-zu-Ende-Verschlüsselung! Jetzt 14 Tage kostenlos testen."),
])
p("merge2", "Natalie Ross", "TrustBadge", "Sales")
c("junk", "merge_tag_failure", "en", "unfilled [Company] and {first_name}", [
    ("merge2", "2021-06-01 14:15", "Dear {first_name}, I've been looking at [Company] and I believe our privacy trust seal could increase your conversion rates by 25%. Shall we talk?"),
])
p("merge3", "Florian Weiß", "Awareness Heroes", "Geschäftsführer")
c("junk", "merge_tag_wrong_name", "de", "falsche Anrede", [
    ("merge3", "2021-08-03 11:00", "Hallo Frau Oedinghoven, Ihr Engagement für Datenschutz beeindruckt mich! Wir bieten Awareness-Trainings mit Gamification. Passt ein Termin diese Woche?"),
])
p("merge4", "Grace Bennett", "ScanSure", "Business Development")
c("junk", "merge_tag_wrong_company", "en", "wrong company name", [
    ("merge4", "2021-10-28 09:45", "Hi Miriam, I came across Nordstern Global Health and was impressed by your privacy programme. We offer automated data discovery across cloud storage - interested in a free scan?"),
])

# sponsored InMail
p("spon1", "IAPX Europe", "IAPX Europe", "", url="https://www.linkedin.com/company/iapx-europe")
c("junk", "sponsored_inmail", "en", "sponsored message for a privacy congress ticket", [
    ("spon1", "2021-09-09 12:00", "<p>Hi Miriam,</p><p>Join 3,000 privacy professionals at the <b>IAPX Data Protection Congress</b> &ndash; early bird rate ends Friday.</p><p><a href=\"https://example.com\">Register now</a></p>"),
], title="Sponsored Conversation", subject="Early bird ends Friday")
p("spon2", "Cloudnest Germany", "Cloudnest Germany", "", url="https://www.linkedin.com/company/cloudnest-germany")
c("junk", "sponsored_inmail", "de", "gesponserte Nachricht eines Cloud-Anbieters", [
    ("spon2", "2021-04-27 12:00", "<p>Hallo Miriam,</p><p>DSGVO-konforme Cloud &bdquo;Made in Germany&ldquo; &ndash; jetzt 3 Monate kostenlos testen.</p><p>Whitepaper herunterladen</p>"),
], title="Sponsored Conversation", subject="Ihr Whitepaper zur souveränen Cloud")
p("spon3", "LegalMind Online", "LegalMind Online", "", url="https://www.linkedin.com/company/legalmind-online")
c("junk", "sponsored_inmail", "en", "sponsored webinar invitation", [
    ("spon3", "2021-12-08 12:00", "<p>Hi Miriam,</p><p>Free webinar: <i>5 things every DPO must do before 2022</i>. Save your seat today!</p>"),
], title="Sponsored Conversation", subject="Free webinar for DPOs")

p("award", "Victoria Marsh", "European Privacy Excellence Awards", "Awards Manager")
c("junk", "paid_award", "en", "award shortlist requiring an entry fee", [
    ("award", "2021-06-14 10:00", "Congratulations Miriam! You have been shortlisted for 'DPO of the Year - Insurance' at the European Privacy Excellence Awards 2021. To confirm your finalist status, please complete the entry pack (fee EUR 650 + VAT, includes gala dinner seat)."),
])

p("podcast", "Jonas Behrens", "Compliance Talk Podcast", "Host")
c("junk", "paid_podcast_slot", "de", "Podcast-Gastauftritt gegen Gebühr", [
    ("podcast", "2021-07-27 16:00", "Hallo Miriam! Wir würden dich gerne als Expertin im 'Compliance Talk Podcast' (20.000 Hörer) featuren. Du erhältst eine professionell produzierte Folge plus Social-Media-Clips. Der Produktionsbeitrag liegt bei 390 €. Interesse?"),
])

p("magazine", "Charlotte Weber", "Frauen in Führung Magazin", "Redaktion")
c("junk", "paid_feature", "de", "Magazin-Porträt gegen Gebühr", [
    ("magazine", "2021-10-11 09:15", "Liebe Frau Oedekoven, wir haben Sie für unsere Ausgabe 'Top 50 Compliance-Expertinnen 2021' ausgewählt. Ihr Porträt inkl. Foto und Online-Profil kostet 890 €. Bitte bestätigen Sie bis Monatsende."),
])

p("fluent1", "Alexander Brandt", "Brandt Transformation Partners", "Managing Partner")
c("junk", "fluent_generic_naming_company", "de", "flüssig, nennt Firma, könnte an jeden gehen", [
    ("fluent1", "2021-04-06 08:00", "Sehr geehrte Frau Oedekoven, die Severin Versicherung steht wie viele Häuser vor der Herausforderung, Compliance und Digitalisierung zu vereinen. Gerade in Ihrer Rolle ist es entscheidend, Datenschutz als Enabler zu positionieren. Wir begleiten Versicherer bei genau dieser Transformation. Wäre ein unverbindlicher Austausch für die Severin interessant?"),
])

p("fluent2", "Harriet Cole", "Elevate Advisory", "Partner")
c("junk", "fluent_generic_naming_company", "en", "polished consulting pitch naming the company", [
    ("fluent2", "2021-11-30 13:30", "Hi Miriam, Severin Versicherung has clearly built a strong reputation for trust. But as regulation accelerates, many privacy teams risk becoming a bottleneck rather than a business partner. We help privacy leaders turn compliance into competitive advantage. Would you be open to exploring what that could look like for Severin?"),
])

p("crypto", "Anna Kowalczyk", "Prime Capital Group", "Wealth Advisor")
c("junk", "off_topic_investment", "en", "off-topic investment pitch", [
    ("crypto", "2021-05-30 22:10", "Hello Miriam, your profile is very impressive. I help professionals build passive income with crypto trading, 15% monthly returns. Would you like to know more?"),
], folder="ARCHIVE")

p("wine", "Thomas Reuter", "Weinkontor Rheingau", "Vertrieb")
c("junk", "off_topic_wine", "de", "Weinpaket-Angebot", [
    ("wine", "2021-12-02 17:00", "Liebe Miriam, Weihnachten steht vor der Tür! 🎄 Verschenken Sie Genuss: Unsere Firmen-Weinpräsente mit Ihrem Logo ab 25 Stück. Jetzt Katalog anfordern!"),
])

p("seo", "Kevin Maurer", "Sichtbar Online", "Gründer")
c("junk", "generic_seo", "de", "generisches SEO-Angebot", [
    ("seo", "2021-03-09 11:45", "Hallo Miriam! Werden Sie bei Google gefunden? Wir bringen Unternehmen auf Seite 1. Ich habe ein kostenloses Audit für Ihre Website erstellt – soll ich es schicken?"),
], folder="ARCHIVE")

p("va", "Maria Cruz", "GlobalAssist", "Recruitment Officer")
c("junk", "generic_offshore_staffing", "en", "offshore staffing pitch", [
    ("va", "2021-10-06 03:20", "Good day Miriam! We provide virtual assistants for data entry, admin and compliance documentation at 70% lower cost. Kindly let me know if interested!"),
])

p("growthcall", "Lars Petersen", "Scale Engine", "Co-Founder")
c("junk", "quick_call_growth", "de", "Umsatzversprechen mit Kalender", [
    ("growthcall", "2021-07-14 15:00", "Miriam – kurze Frage: Wenn ich dir zeige, wie du mit LinkedIn 20 neue Kunden im Monat gewinnst, wäre das 15 Minuten wert? Hier mein Kalender."),
])


p("webinar", "Sandra Kühn", "DatenschutzWebinare.de", "Eventmanagerin")
c("junk", "generic_webinar_invite", "de", "Massen-Webinareinladung", [
    ("webinar", "2021-01-26 10:00", "Hallo Miriam, exklusive Einladung: Unser kostenloses Webinar 'DSGVO 2021 – das müssen Sie jetzt wissen' am Donnerstag. Nur noch wenige Plätze frei! Jetzt anmelden."),
])


if __name__ == "__main__":
    ex.write(
        OUT,
        {"First Name": "Miriam", "Last Name": "Oedekoven",
         "Headline": "Datenschutzbeauftragte | Data Protection Officer at Severin Versicherung | CIPP/E",
         "Summary": "Datenschutz in der Versicherung: Gesundheitsdaten, Schaden, Vertrieb. "
                    "Privacy in insurance, from claims files to reinsurance. Köln.",
         "Industry": "Insurance", "Geo Location": "Köln, Nordrhein-Westfalen, Deutschland",
         "Websites": "[COMPANY:severin-versicherung.example]"},
        [{"Company Name": "Severin Versicherung VVaG", "Title": "Datenschutzbeauftragte",
          "Description": "Konzerndatenschutz für Leben, Unfall, Sach und Kfz.", "Location": "Köln",
          "Started On": "Feb 2017", "Finished On": ""},
         {"Company Name": "Meridian Re", "Title": "Privacy Analyst", "Description": "",
          "Location": "London", "Started On": "Jun 2012", "Finished On": "Jan 2017"}],
        ["Datenschutzrecht", "GDPR", "Data Protection Impact Assessment",
         "Versicherungsrecht", "Information Security", "Privacy Program Management"],
    )
    print(ex.summary())

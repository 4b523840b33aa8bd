"""Persona: Dr. Helene Brockhoff, Syndikusrechtsanwältin (contracts & compliance) at an industrial group in Frankfurt.

Written by hand, blind to the detector (dev30, session 5). German and English about half/half,
2024 export layout. Running this script regenerates the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-in-house-counsel-industrial-group-frankfurt"
OWNER = Person("me", "Helene Brockhoff", "https://www.linkedin.com/in/helene-brockhoff-legal")

ex = Export(SLUG, "2024", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine

P("vertrieb", "Uwe Kaltenbach", "Mainfeld Pumps GmbH", "Vertriebsdirektor Middle East", connected="2018-02-01")
C("genuine", "business_unit_nda", "de", "Vertriebsdirektor braucht dringend eine NDA-Prüfung, Smalltalk Eintracht",
  [("vertrieb", "2024-03-11 07:52", "Guten Morgen Helene, sorry fürs Drängeln: Der Kunde in Riad will bis Mittwoch die NDA unterschrieben haben, sonst kriegen wir die Ausschreibungsunterlagen nicht. Ist deren Vorlage, 20 Seiten, englisches Recht. Kannst du heute draufschauen?"),
   ("me", "2024-03-11 09:15", "Morgen Uwe, schick rüber. Englisches Recht ist okay, aber ich schau mir die Vertragsstrafe und die Laufzeit an. Bis 15 Uhr hast du Kommentare."),
   ("vertrieb", "2024-03-11 09:18", "Du bist die Beste. PS: Samstag gegen Bochum, bist du im Stadion?"),
   ("me", "2024-03-11 14:48", "Kommentare sind im Dokument. Die Vertragsstrafe von 1 Mio. USD pro Verstoß geht so nicht, Vorschlag im Markup. Und ja, Samstag Block 40, wenn der Zug fährt 🙄")],
  attachments={3: "https://www.linkedin.com/dms/nda-riyadh-markup-hb.docx"})

P("einkauf", "Sabine Oehler", "Mainfeld Industrie AG", "Leiterin Konzerneinkauf", connected="2019-05-14")
C("genuine", "business_unit_frame_agreement", "de", "Einkauf verhandelt Haftungsbegrenzung im Rahmenvertrag",
  [("einkauf", "2023-10-05 11:20", "Hallo Frau Dr. Brockhoff, der Gusslieferant aus Tschechien akzeptiert unseren Rahmenvertrag, will aber die Haftung auf 100 % des Jahresauftragswerts begrenzen und Folgeschäden ausschließen. Können wir damit leben?"),
   ("me", "2023-10-05 13:40", "Hallo Frau Oehler, 100 % des Jahresauftragswerts ist bei dem Volumen zu wenig, wenn es eine Rückrufaktion gibt. Mein Vorschlag: 200 %, Ausschluss Folgeschäden nur bei leichter Fahrlässigkeit, Produkthaftung und Vorsatz bleiben unbegrenzt. Ich formuliere die Klausel."),
   ("einkauf", "2023-10-05 13:55", "Perfekt, danke. Ich nehme das morgen in die Verhandlung mit.")])

P("kessler", "Dr. Frank Kessler", "Kessler Brandt Rechtsanwälte", "Partner", connected="2016-09-20")
C("genuine", "owner_requested_fee_proposal", "de", "Inhaberin fordert Kostenangebot bei externer Kanzlei an",
  [("me", "2024-01-15 10:05", "Lieber Herr Kessler, wir haben eine Schiedsklage eines Händlers aus Österreich auf dem Tisch (Handelsvertreterausgleich, Streitwert ca. 2,4 Mio.). Könnten Sie uns bis Ende der Woche ein Kostenangebot schicken, gern mit Budgetdeckel für die erste Phase?"),
   ("kessler", "2024-01-17 17:30", "Liebe Frau Brockhoff, gern. Vorschlag: Stundensätze Partner 480 €, Associate 310 €, Phase 1 (Klageerwiderung) mit Deckel von 65.000 € netto. Mandatsvereinbarung anbei. Wir könnten nächste Woche mit dem Team starten."),
   ("me", "2024-01-18 09:10", "Danke! 65k sind etwas sportlich, lassen Sie uns über 55k mit Nachverhandlungsklausel reden. Telefonat morgen 11 Uhr?"),
   ("kessler", "2024-01-18 09:25", "11 Uhr passt.")],
  attachments={1: "https://www.linkedin.com/dms/mandatsvereinbarung-mainfeld.pdf"})

P("harcourt", "Eleanor Pryce", "Harcourt Lyle LLP", "Partner, Commercial", connected="2020-11-03")
C("genuine", "external_counsel_engagement", "en", "UK counsel sends engagement terms for a distribution agreement",
  [("harcourt", "2023-09-04 15:00", "Dear Helene, thanks for the call. As discussed, we'd be delighted to help with the UK distribution agreement for the drives business. Our engagement letter is attached: blended rate of GBP 495/hour, fixed fee of GBP 18,000 for the first draft and one round of negotiation. Happy to discuss."),
   ("me", "2023-09-05 08:45", "Dear Eleanor, thank you. The fixed fee works. Could we cap the second negotiation round at GBP 6,000? The distributor is small and I don't expect heavy markups."),
   ("harcourt", "2023-09-05 12:10", "That's fine. I'll update the letter and send it for signature today.")],
  attachments={0: "https://www.linkedin.com/dms/harcourt-engagement-letter.pdf"})

P("clausewise", "Ryan O'Donnell", "Clausewise CLM", "Customer Success Manager", connected="2022-04-19")
C("genuine", "existing_vendor_price_change", "en", "existing CLM vendor announces renewal price increase; she pushes back",
  [("clausewise", "2024-05-02 14:00", "Hi Helene, ahead of your renewal on July 1: our list prices are increasing 9% this year due to the new AI features. For Mainfeld (45 seats) that's EUR 61,200 annually. I can offer to hold the increase at 5% with a two-year term. Let me know your thoughts."),
   ("me", "2024-05-03 10:30", "Hi Ryan, we don't use the AI features and frankly adoption in the BUs is still patchy. I can go to a two-year term at current pricing, or we reduce to 35 seats. Let's talk next week."),
   ("clausewise", "2024-05-03 11:00", "Understood. Let me check with my manager and come back with options before our call."),
   ("me", "2024-05-03 11:02", "Und wenn das nicht geht, schreiben wir den Wettbewerb an.")],
  drafts={3})

P("compliance", "Jörg Hennig", "Mainfeld Industrie AG", "Chief Compliance Officer", connected="2017-06-12")
C("genuine", "compliance_whistleblower_case", "de", "Compliance-Chef zu einer Hinweisgebermeldung",
  [("compliance", "2023-11-20 18:10", "Helene, über die Meldestelle ist ein Hinweis zu Provisionszahlungen an einen Vermittler in Ägypten reingekommen. Noch nicht plausibilisiert. Können wir morgen um 8 unter vier Augen sprechen? Bitte noch nichts an den Vertrieb."),
   ("me", "2023-11-20 18:40", "Verstanden. Morgen 8 Uhr in deinem Büro. Ich zieh mir vorher den Vermittlervertrag, ohne jemanden zu fragen.")])

P("uscompliance", "Megan Torres", "Mainfeld Pumps Inc.", "Compliance Manager Americas", connected="2021-02-22")
C("genuine", "compliance_sanctions_hit", "en", "US colleague escalates a sanctions screening hit",
  [("uscompliance", "2024-02-14 16:45", "Hi Helene, the screening tool flagged one of our new Central Asian distributors' shareholders as a possible match on the EU list (name + birth year). Orders are on hold. Could you review the documents before we tell sales anything?"),
   ("me", "2024-02-14 17:20", "Hi Megan, good catch. Keep everything on hold, send me the KYC file. I'll have an answer by Friday."),
   ("me", "2024-02-16 15:10", "False positive: different middle name and passport country. Please document and release. We should still get the no-re-export clause into their agreement."),
   ("uscompliance", "2024-02-16 15:30", "Thanks, releasing now and adding the clause to the amendment.")])

P("headhunter", "Oliver Strand", "Strand & Vale Executive Search", "Partner, Legal Practice", connected="2023-06-05",
  invite=("IN", "2023-06-04 09:30", "Dear Helene, I'd like to connect regarding a confidential General Counsel search."))
C("genuine", "recruiter_engaged", "en", "headhunter with a GC search; she engages and schedules a call",
  [("headhunter", "2023-06-06 10:00", "Dear Helene, I'm retained by a listed mid-cap in the Rhine-Main region (industrial technology, approx. 4,000 employees) to find its first General Counsel. Your mix of contracts and compliance is exactly what the board is asking for. Would you be open to a confidential conversation?"),
   ("me", "2023-06-06 20:15", "Dear Oliver, thank you. I'm not actively looking, but a first GC role is interesting. I'm happy to have a confidential call. Evenings after 18:00 work best."),
   ("headhunter", "2023-06-07 08:30", "Thank you. Thursday at 18:30? I'll send a short brief in advance."),
   ("me", "2023-06-07 08:50", "Thursday 18:30 is fine.")])

P("referendar", "Moritz Albayrak", "OLG Frankfurt", "Rechtsreferendar", connected=None)
C("genuine", "applicant_trainee", "de", "Referendar bewirbt sich für die Wahlstation",
  [("referendar", "2024-04-08 19:00", "Sehr geehrte Frau Dr. Brockhoff, ich bin Rechtsreferendar am OLG Frankfurt und suche für meine Wahlstation ab Oktober 2024 eine Rechtsabteilung im Industriebereich. Ihren Vortrag zum Hinweisgeberschutzgesetz habe ich im Herbst gehört. Hätten Sie in Ihrer Abteilung einen Platz? Lebenslauf und Zeugnisse anbei."),
   ("me", "2024-04-09 08:30", "Sehr geehrter Herr Albayrak, danke für Ihre Bewerbung. Ja, wir nehmen Referendare in der Wahlstation und für Oktober ist noch frei. Ich leite Ihre Unterlagen an unsere HR weiter, und wir sprechen nächste Woche kurz per Teams."),
   ("referendar", "2024-04-09 09:00", "Vielen Dank, ich freue mich!")],
  attachments={0: "https://www.linkedin.com/dms/bewerbung-albayrak.pdf"})

P("forum", "Dr. Petra Vollmer", "Syndikus-Forum Rhein-Main", "Vorstand", connected="2019-03-28")
C("genuine", "bar_event_speaker_invite", "de", "Vorstand des Syndikus-Forums lädt sie als Referentin ein",
  [("forum", "2023-07-10 12:00", "Liebe Helene, das Hinweisgeberschutzgesetz ist seit Juli scharf und alle reden drüber. Magst du im Oktober beim Syndikus-Forum 30 Minuten aus der Praxis eines Industriekonzerns berichten? Danach Ebbelwoi und Grie Soß, wie immer."),
   ("me", "2023-07-10 17:20", "Liebe Petra, sehr gern. Ich erzähl aus dem Nähkästchen (anonymisiert). Für Grie Soß komm ich sowieso."),
   ("forum", "2023-07-10 17:30", "Super! 12.10., 18 Uhr, Saal im Haus am Dom.")])

P("kammer", "Anja Leitner", "Rechtsanwaltskammer", "Sachbearbeiterin Zulassung", connected=None)
C("genuine", "bar_chamber_admission", "de", "Kammer bittet um aktualisierte Tätigkeitsbeschreibung nach Positionswechsel",
  [("kammer", "2024-02-26 10:00", "Sehr geehrte Frau Dr. Brockhoff, aufgrund Ihres Positionswechsels innerhalb der Mainfeld Industrie AG benötigen wir für die Erstreckung der Zulassung als Syndikusrechtsanwältin eine aktualisierte Tätigkeitsbeschreibung und den geänderten Arbeitsvertrag. Bitte reichen Sie die Unterlagen bis zum 31.3. ein."),
   ("me", "2024-02-26 12:30", "Sehr geehrte Frau Leitner, vielen Dank für den Hinweis. Die Unterlagen schicke ich Ihnen bis Mitte März per beA.")])

P("llm", "Priyanka Rao", "Thornbury Chambers", "Barrister", connected="2011-09-15")
C("genuine", "old_friend_spam_folder", "en", "LL.M. friend from London, message landed in spam",
  [("llm", "2024-06-18 22:40", "Helene!! I'm in Frankfurt for a hearing on 3 July and have the evening free. Please tell me you're around — I need Apfelwein and a full report on your life since the LL.M. reunion."),
   ("me", "2024-06-24 08:10", "Priyanka! Found this in my spam folder, LinkedIn clearly doesn't trust barristers. 3 July is perfect. Sachsenhausen, 19:30, I'll book a table.")],
  folder="SPAM")

for key, name, date, text in [
    ("gw1", "Martin Schaller", "2024-01-08 08:40",
     "Liebe Helene, herzlichen Glückwunsch zur neuen Position als Head of Legal Contracts & Compliance! Hochverdient. Viel Erfolg!"),
    ("gw2", "Claudia Petersen-Aydin", "2024-01-08 09:15",
     "Herzlichen Glückwunsch zur neuen Position als Head of Legal Contracts & Compliance, liebe Helene! Hochverdient – viel Erfolg dabei!"),
    ("gw3", "Tobias Riemer", "2024-01-08 12:02",
     "Hallo Helene, herzlichen Glückwunsch zur neuen Rolle als Head of Legal Contracts & Compliance! Absolut verdient. Viel Erfolg!"),
]:
    P(key, name, "", "Rechtsanwalt/Rechtsanwältin", connected="2018-05-10")
    C("genuine", "congrats_promotion", "de", "fast gleichlautender Glückwunsch zur Beförderung", [(key, date, text)])

P("peer", "Dr. Simone Achterberg", "Rheinhessen Chemie AG", "Head of Legal", connected="2017-11-23")
C("genuine", "peer_joint_offer", "de", "Peer aus anderer Rechtsabteilung schlägt gemeinsame Ausschreibung einer Schulung vor",
  [("peer", "2023-09-18 13:00", "Hallo Helene, wir müssen beide unsere Vertriebler in Kartellrecht schulen. Wollen wir das gemeinsam bei zwei, drei Kanzleien anfragen? Bei 200 Teilnehmenden statt 100 kriegen wir sicher einen anderen Preis, und die Inhalte sind zu 90 % gleich."),
   ("me", "2023-09-18 15:40", "Hallo Simone, gute Idee! Wir bräuchten ein Modul zu Händlerverträgen und Preisbindung, sonst gleich. Ich schreibe einen Entwurf für die Anfrage, du ergänzt?"),
   ("peer", "2023-09-18 15:55", "Deal. Ich schlage Kessler Brandt und zwei andere vor.")])

P("waterutility", "Tomasz Wiśniewski", "Wodociągi Miejskie Poznań", "Procurement Manager", connected=None)
C("genuine", "inbound_buyer_forwarded", "en", "utility procurement manager wants to buy pumps; she forwards to sales",
  [("waterutility", "2024-04-22 09:00", "Dear Ms Brockhoff, we are preparing a tender for 14 submersible pumps for our wastewater plants and would like Mainfeld to participate. I could not find a contact for Poland on your website. Could you tell me who in sales we should contact? We would also like your standard terms of sale in English."),
   ("me", "2024-04-22 10:15", "Dear Mr Wiśniewski, thank you for your interest! I have forwarded your message to our sales director for Central Europe, Mr. Kaltenbach's colleague Ms. Lorenz, who will contact you this week. Our General Terms of Sale in English are attached."),
   ("waterutility", "2024-04-22 10:40", "Thank you very much, that is very helpful.")],
  attachments={1: "https://www.linkedin.com/dms/mainfeld-gtc-sale-en.pdf"})

P("hochschule", "Prof. Dr. Bernd Kaufmann", "Frankfurt University of Applied Sciences", "Studiendekan Wirtschaftsrecht", connected="2020-10-01")
C("genuine", "client_asks_fee", "de", "Hochschule fragt nach Honorar für einen Lehrauftrag",
  [("hochschule", "2023-12-04 11:00", "Liebe Frau Dr. Brockhoff, hätten Sie im Sommersemester Interesse an einem Lehrauftrag 'Vertragsgestaltung in der Unternehmenspraxis' (2 SWS)? Was wären Ihre Honorarvorstellungen? Unser Regelsatz liegt bei 60 € pro Lehrveranstaltungsstunde."),
   ("me", "2023-12-05 09:30", "Lieber Herr Kaufmann, sehr gern! Der Regelsatz ist in Ordnung, ich brauche nur eine Nebentätigkeitsgenehmigung von meinem Arbeitgeber. Donnerstags ab 17 Uhr würde passen.")])

P("zurich", "Lukas Bachmann", "Bachmann Meier AG", "Rechtsanwalt", connected="2014-04-04")
C("genuine", "owner_started_referral", "en", "owner asks former colleague in Zurich for a Swiss counsel recommendation",
  [("me", "2023-08-21 09:00", "Hi Lukas, long time! We need Swiss counsel for a small distributor dispute in Basel (about CHF 300k). Employment-free, purely commercial. Who would you recommend that isn't too expensive?"),
   ("zurich", "2023-08-21 11:45", "Helene! Great to hear from you. For that size, go to Nadja Frei at Frei Sutter in Basel. Sharp, fair rates, speaks German and English. I'll let her know you might call."),
   ("me", "2023-08-21 12:00", "Perfect, thank you! Next time you're in Frankfurt, dinner's on me.")])

P("kessler_assoc", "Dr. Laura Fink", "Kessler Brandt Rechtsanwälte", "Associate", connected="2022-01-10")
C("genuine", "owner_started_invoice_query", "de", "Inhaberin fordert Rechnungsaufschlüsselung bei Kanzlei an",
  [("me", "2024-06-03 14:00", "Liebe Frau Fink, für die Mai-Rechnung im Schiedsverfahren bräuchte ich die Aufschlüsselung nach Tätigkeiten. Unsere Controller fragen nach den 22 Stunden 'Recherche'."),
   ("kessler_assoc", "2024-06-04 10:20", "Liebe Frau Dr. Brockhoff, natürlich, anbei die detaillierte Aufstellung. Die Recherche betraf die österreichische Rechtsprechung zum Ausgleichsanspruch, wir haben 4 Stunden davon als Kulanz gestrichen."),
   ("me", "2024-06-04 10:45", "Vielen Dank, das hilft sehr.")],
  attachments={1: "https://www.linkedin.com/dms/aufschluesselung-mai.pdf"})

P("mentor", "Dr. Reinhard Vogt", "", "Vorsitzender Richter am LG a.D.", connected="2012-02-15")
C("genuine", "long_standing_mentor", "de", "langjähriger Mentor aus dem Referendariat",
  [("mentor", "2024-01-09 17:00", "Liebe Frau Brockhoff, ich lese von Ihrer Beförderung. Als ich Sie 2011 in der AG hatte, wusste ich, dass Sie nicht lange Formulare ausfüllen würden. Herzlichen Glückwunsch! Ihr R. Vogt"),
   ("me", "2024-01-09 19:30", "Lieber Herr Dr. Vogt, wie schön, von Ihnen zu hören! Ihre Klausurbesprechungen höre ich heute noch im Kopf. Darf ich Sie im Frühjahr zum Mittagessen einladen?"),
   ("mentor", "2024-01-10 08:15", "Sehr gern. Aber nur, wenn es Grüne Soße gibt.")])

P("friend_llm", "James Whitcombe", "Northgate Energy plc", "Deputy General Counsel", connected="2011-10-02")
C("genuine", "long_standing_friend", "en", "LL.M. friend catching up, wedding invite",
  [("friend_llm", "2023-05-15 21:00", "Helene, I'm finally getting married! September in the Cotswolds. You're on the list, no excuses. How is life at the pump factory?"),
   ("me", "2023-05-16 07:40", "JAMES! Congratulations!! I'll be there. The pump factory is fine, lots of sanctions, lots of pumps. Send me the date and I'll block it."),
   ("friend_llm", "2023-05-16 08:00", "16 Sept. Bring wellies, it will rain.")])

P("journalist", "Katrin Sommer", "Frankfurter Wirtschaftsbrief", "Redakteurin Recht & Steuern", connected=None)
C("genuine", "journalist_request", "de", "Journalistin möchte Gespräch zu LkSG-Umsetzung",
  [("journalist", "2023-10-16 10:30", "Sehr geehrte Frau Dr. Brockhoff, ich habe Sie letzte Woche beim Syndikus-Forum gehört. Ich schreibe über die Umsetzung des Lieferkettengesetzes im Mittelstand und würde Sie gern (gern auch anonym) zitieren. Hätten Sie 20 Minuten?"),
   ("me", "2023-10-16 14:00", "Sehr geehrte Frau Sommer, gern, aber Zitate nur nach Freigabe durch unsere Unternehmenskommunikation. Donnerstag 16 Uhr?"),
   ("journalist", "2023-10-16 14:20", "Selbstverständlich. Donnerstag 16 Uhr, ich rufe an.")])

P("cfo", "Richard Stein", "Mainfeld Industrie AG", "CFO", connected="2019-01-07")
C("genuine", "board_insurance_notice", "en", "CFO asks about D&O notification",
  [("cfo", "2024-03-25 19:15", "Helene, the Austrian arbitration: do we need to notify the D&O insurer? The broker is asking. Short answer is fine."),
   ("me", "2024-03-25 19:40", "Short answer: not D&O, no claim against directors. But please notify under the general liability policy as a precaution. I'll send the broker a note tomorrow."),
   ("cfo", "2024-03-25 19:42", "Thanks.")])

P("hr", "Nina Borowski", "Mainfeld Antriebstechnik GmbH", "HR Business Partner", connected="2021-07-01")
C("genuine", "business_unit_employment_template", "de", "HR fragt zur Anpassung der Arbeitsvertragsvorlage",
  [("hr", "2024-02-05 09:30", "Hallo Helene, nach dem Bürokratieentlastungsgesetz dürfen wir die Nachweise ja bald in Textform schicken. Müssen wir unsere Arbeitsvertragsvorlage anpassen oder reicht ein Begleitschreiben?"),
   ("me", "2024-02-05 11:00", "Hallo Nina, noch nicht in Kraft, ich schau mir den finalen Text an, sobald er verkündet ist. Bis dahin bitte weiter schriftlich mit Unterschrift. Ich setz es mir auf die Liste für Q1."),
   ("hr", "2024-02-05 11:05", "Danke dir!")])

P("india", "Arjun Mehta", "Mainfeld India Pvt. Ltd.", "Managing Director", connected="2020-03-16")
C("genuine", "business_unit_distribution_india", "en", "Indian subsidiary asks about a distributor agreement",
  [("india", "2023-11-06 06:30", "Good morning Helene, our new distributor in Gujarat wants the agreement under Indian law with arbitration in Mumbai. Also, who pays stamp duty? They're pushing hard, and they want to sign before Diwali."),
   ("me", "2023-11-06 09:15", "Good morning Arjun, Indian law is fine for the distribution agreement, but I'd prefer SIAC arbitration in Singapore. Stamp duty: usually the party executing, let's split 50/50. I'll send the markup tonight — Diwali is tight but doable."),
   ("india", "2023-11-06 09:30", "Thank you! I'll tell them.")])

P("elearning", "Carsten Wolff", "CompliLearn GmbH", "Key Account Manager", connected="2021-09-09")
C("genuine", "existing_vendor_quote", "de", "bestehender E-Learning-Anbieter: neue Lizenzpreise und ihr Angebot für mehr Plätze",
  [("elearning", "2024-04-15 10:00", "Guten Tag Frau Dr. Brockhoff, zur Info: Ab 1.6. stellen wir auf Jahreslizenzen pro Nutzer um (19 € statt bisher 14 € pro Kurs). Für Bestandskunden gilt der alte Preis bis Vertragsende im Dezember."),
   ("me", "2024-04-15 13:20", "Hallo Herr Wolff, danke. Wir wollen den Kurs 'Kartellrecht im Vertrieb' auf 500 weitere Mitarbeitende ausrollen. Können Sie mir dafür ein Angebot zu den alten Konditionen machen, wenn wir vor Juni bestellen?"),
   ("elearning", "2024-04-16 09:00", "Ja, 500 Lizenzen à 14 € bis 31.5. bestellt, gerne. Angebot anbei.")],
  attachments={2: "https://www.linkedin.com/dms/angebot-complilearn-500.pdf"})

P("spa_assoc", "Daniel Chen", "Harcourt Lyle LLP", "Senior Associate, M&A", connected="2023-02-02")
C("genuine", "external_counsel_spa", "en", "external associate sends SPA markup for a small acquisition",
  [("spa_assoc", "2023-03-09 18:20", "Hi Helene, attached is the sellers' markup of the SPA for the Sheffield acquisition. Main points: they want the W&I policy to be the sole recourse and a locked box at 31 Dec. Can we get 30 minutes tomorrow?"),
   ("me", "2023-03-09 19:05", "Hi Daniel, thanks. Sole recourse to W&I is a no for fundamental warranties. Tomorrow 10:00 CET?"),
   ("spa_assoc", "2023-03-09 19:10", "10:00 CET works, sending an invite.")],
  attachments={0: "https://www.linkedin.com/dms/spa-sellers-markup-v3.docx"})

P("dsb", "Felix Hartung", "Mainfeld Industrie AG", "Datenschutzbeauftragter", connected="2020-01-20")
C("genuine", "colleague_dpa", "de", "Datenschutzbeauftragter zur AVV mit einem Dienstleister",
  [("dsb", "2023-06-26 15:30", "Hi Helene, der neue Anbieter für die Service-App will seinen eigenen AV-Vertrag durchdrücken. Unterauftragsverarbeiter in den USA, keine SCC angehängt. Ich würde nein sagen. Du?"),
   ("me", "2023-06-26 16:10", "Ich auch. Ohne SCC bzw. DPF-Zertifizierung keine Unterschrift. Schick ihnen unsere Vorlage, ich rufe deren Legal an, wenn sie sich sperren.")])

P("iccn", "Amélie Dubois", "International Corporate Counsel Network", "Frankfurt Chapter Lead", connected="2022-05-30")
C("genuine", "network_event_invitation", "en", "contact invites her to an in-house roundtable",
  [("iccn", "2024-05-27 12:15", "Hi Helene, our June roundtable is on AI clauses in supplier contracts. Small group, 12 GCs, Chatham House rules, at the Westend office. Would you join and maybe share your template clause? No prep needed beyond that."),
   ("me", "2024-05-27 13:00", "Hi Amélie, count me in. I'll bring the clause and the three things the BUs hate about it.")])

P("italia", "Marco Bellandi", "Mainfeld Italia S.r.l.", "Amministratore Delegato", connected="2019-09-10")
C("genuine", "subsidiary_agent_termination", "mixed", "Italian MD writes English with German bits about an agent termination",
  [("italia", "2024-05-13 08:10", "Ciao Helene, we want to terminate our agent in Veneto, he sold nothing in 2 years. But he says he gets the big Ausgleich, like in Germany? Please tell me he is wrong. Danke!"),
   ("me", "2024-05-13 10:00", "Ciao Marco, leider ist er nicht ganz falsch: Italian law also has an indemnity (based on the EU directive), and the AEC collective agreement applies too. But if he brought no new customers, the amount can be small. Bitte erst nichts kündigen, I'll check the contract and call you tomorrow."),
   ("italia", "2024-05-13 10:05", "Va bene, I wait. Grazie!")])

P("teamlegal", "Sophie Yildiz", "Mainfeld Industrie AG", "Legal Counsel", connected="2022-08-01")
C("genuine", "team_code_switching", "mixed", "team colleague switches between German and English on an SPA review",
  [("teamlegal", "2023-03-10 08:30", "Morgen! Kannst du heute kurz über die disclosure letter schauen? The sellers' counsel wants signing by Friday and I'm not comfortable with the environmental carve-out."),
   ("me", "2023-03-10 08:45", "Morgen Sophie, ja, schick. Environmental ist bei dem Standort ein Thema, da war früher eine Galvanik. Let's not accept a general disclosure of the Altlastenkataster."),
   ("teamlegal", "2023-03-10 08:50", "Genau das dachte ich. Danke!")])

P("lex_recruit", "Hannah Weiland", "Weiland Legal Recruitment", "Personalberaterin", connected="2024-02-20")
C("genuine", "owner_engaged_recruiter", "de", "von der Abteilung beauftragte Personalberaterin stellt Kandidatin vor",
  [("lex_recruit", "2024-03-18 12:00", "Liebe Frau Dr. Brockhoff, wie besprochen die erste Kandidatin für die Stelle Legal Counsel Vertragsrecht: 4 Jahre Kanzlei (Commercial), 2 Jahre Inhouse Automotive, verhandlungssicheres Englisch, Gehaltsvorstellung 95k. Profil anbei. Soll ich ein Gespräch organisieren?"),
   ("me", "2024-03-18 16:30", "Liebe Frau Weiland, sieht gut aus. Ja, bitte erstes Gespräch in KW 13, gern Dienstag oder Mittwoch vormittags.")],
  attachments={0: "https://www.linkedin.com/dms/profil-kandidatin-a.pdf"})

P("ex_colleague", "Katja Lorch", "Kanzlei Lorch", "Rechtsanwältin", connected="2015-08-08")
C("genuine", "friend_small_talk", "de", "ehemalige Kollegin lädt zum Apfelwein ein",
  [("ex_colleague", "2023-08-29 17:45", "Helene, mir ist nach Apfelwein und Tratsch. Donnerstag in Sachsenhausen? Ich hab Neuigkeiten (keine Sorge, gute)."),
   ("me", "2023-08-29 18:20", "Jaaa. Donnerstag 19 Uhr, ich komm direkt aus dem Büro. Bin gespannt!")])

P("frei", "Nadja Frei", "Frei Sutter Advokatur", "Rechtsanwältin", connected="2023-08-23")
C("genuine", "external_counsel_quote_mixed", "mixed", "Swiss counsel recommended by a friend quotes fees, German and English mixed",
  [("frei", "2023-08-23 10:00", "Grüezi Frau Dr. Brockhoff, Lukas Bachmann hat mir Ihren Fall angekündigt. For the Basel distributor matter I would estimate CHF 25-35k up to the first hearing, Stundensatz CHF 420. Gern schicke ich Ihnen eine Mandatsvereinbarung."),
   ("me", "2023-08-23 13:15", "Grüezi Frau Frei, danke für die schnelle Rückmeldung. The range is fine, but please flag it when you reach CHF 25k. Die Mandatsvereinbarung gern an meine Mail."),
   ("frei", "2023-08-23 13:40", "Selbstverständlich, I'll send it today.")])

# ---------------------------------------------------------------- wanted pitches

P("w_clm", "Charlotte Imhof", "Vertragswerk Software", "Head of Sales DACH", connected=None)
C("wanted_pitch", "clm_vendor_read_article", "de", "CLM-Anbieter bezieht sich auf ihren Fachartikel",
  [("w_clm", "2024-05-21 09:30", "Sehr geehrte Frau Dr. Brockhoff, ich habe Ihren Beitrag in der Zeitschrift für Vertragsgestaltung zum Thema 'CLM im Mittelstand: warum die Fachbereiche nicht mitziehen' gelesen. Ihr Punkt, dass Vertriebler keine zweite Oberfläche neben dem CRM öffnen, trifft genau das, was wir bei anderen Industriekunden sehen. Unser Tool läuft als Reiter im CRM, die Rechtsabteilung arbeitet weiter in Word. Falls Sie bei Ihrer Verlängerung im Juli Alternativen prüfen, zeige ich Ihnen gern eine Referenz aus dem Maschinenbau."),
   ("me", "2024-05-22 08:00", "Frau Imhof, Timing ist gut. Schicken Sie mir gern die Referenz und zwei Terminvorschläge.")])

P("w_ebill", "Alistair Grant", "Ledgerline Legal Spend", "Account Director", connected=None)
C("wanted_pitch", "ebilling_named_problem", "en", "e-billing vendor names her multi-currency outside counsel invoice problem",
  [("w_ebill", "2024-02-28 11:10", "Hi Helene, your post last week about reconciling outside counsel invoices in EUR, GBP, CHF and INR by hand every month (and your controller's face when the Mumbai firm bills in lakh) made me laugh and then wince. We don't require firms to send LEDES; they upload PDFs and we extract line items and convert at the invoice date. For a team your size it's around EUR 12k/year. Worth a 30-minute look?"),
   ("me", "2024-02-28 17:40", "Ha, my controller would hug you. Send me a demo slot in March.")])

P("w_sanctions", "Dr. Yara Haddad", "Aegis Trade Compliance", "Director", connected=None)
C("wanted_pitch", "sanctions_tool_annual_report", "en", "sanctions tool references her company's annual report",
  [("w_sanctions", "2023-12-11 10:00", "Dear Dr. Brockhoff, Mainfeld's 2022 annual report mentions new distributor partnerships in Kazakhstan and Kyrgyzstan. Several drive components you list in your catalogue fall under CN codes on the EU common high priority list, so the 'no re-export to Russia' clause and end-use checks are a live issue. Our tool screens end users and flags diversion patterns in order data. I'd be glad to show how a comparable pump manufacturer set it up, no obligation.")])

P("w_export", "Dr. Konstantin Lehr", "Lehr Exportkontrollrecht", "Rechtsanwalt", connected="2024-01-30",
  invite=("IN", "2024-01-29 17:00", "Sehr geehrte Frau Dr. Brockhoff, Herr Hennig hat mir Ihren Namen gegeben."))
C("wanted_pitch", "export_law_mutual_contact", "de", "Exportkontroll-Boutique nennt den Compliance-Chef als gemeinsamen Kontakt",
  [("w_export", "2024-01-31 09:00", "Sehr geehrte Frau Dr. Brockhoff, Jörg Hennig und ich kennen uns aus dem Arbeitskreis Außenwirtschaft der IHK. Er erwähnte, dass Sie die Vertriebsverträge für Zentralasien gerade um Sanktionsklauseln ergänzen und intern dafür wenig Kapazität haben. Wir sind eine Boutique nur für Exportkontrolle und Sanktionen und könnten eine Musterklausel plus Prüfschema für Ihre Vertriebler liefern, Pauschale 6.500 €. Ich freue mich, wenn wir sprechen."),
   ("me", "2024-01-31 12:20", "Sehr geehrter Herr Lehr, Jörg hatte Sie angekündigt. Gern, rufen Sie mich Montag an.")])

P("w_ombuds", "Dr. Ingrid Salomon", "Salomon Compliance Law", "Rechtsanwältin, Ombudsperson", connected="2023-10-13")
C("wanted_pitch", "ombudsperson_saw_talk", "de", "Ombudsanwältin war bei ihrem Vortrag und greift einen Punkt auf",
  [("w_ombuds", "2023-10-13 10:15", "Liebe Frau Dr. Brockhoff, danke für Ihren Vortrag gestern beim Syndikus-Forum. Sie sagten, dass die meisten Hinweise bei Ihnen telefonisch in der Zentrale landen und die Mitarbeitenden der Hotline nicht wissen, was sie dokumentieren dürfen. Genau für diesen Fall arbeite ich als externe Ombudsperson für mehrere Industrieunternehmen: telefonisch und persönlich erreichbar, deutsch und englisch, mit Anwaltsgeheimnis. Falls Sie das ergänzend zur Meldestelle überlegen, schicke ich Ihnen gern ein Konzept.")])

P("w_recruit", "Benedikt Sauer", "Sauer Legal Search", "Partner", connected=None)
C("wanted_pitch", "recruiter_relevant_candidate", "de", "Legal-Recruiter mit passender Kandidatin für ihre ausgeschriebene Stelle",
  [("w_recruit", "2024-02-27 14:00", "Sehr geehrte Frau Dr. Brockhoff, Sie suchen laut Ihrem Post eine:n Legal Counsel Vertragsrecht mit Erfahrung in Anlagenbauverträgen. Ich betreue derzeit eine Juristin, die 5 Jahre FIDIC-Verträge bei einem EPC-Unternehmen verhandelt hat und nach Frankfurt zurück möchte. Falls Ihre Suche noch offen ist, sende ich Ihnen gern ein anonymisiertes Profil."),
   ("me", "2024-02-27 18:00", "Danke, Herr Sauer. Wir arbeiten bereits mit einer Beraterin, aber schicken Sie das Profil gern, FIDIC ist selten.")])

P("w_wordaddin", "Nora Lindahl", "Redline Labs", "Co-founder", connected=None)
C("wanted_pitch", "word_addin_tools_setup", "en", "Word add-in vendor references her described setup",
  [("w_wordaddin", "2023-11-28 13:40", "Hi Helene, in your comment on the in-house forum you described your setup: Word, SharePoint for the contract archive, and the clause library as an Excel sheet your team copies from. We built a Word add-in that turns exactly that Excel into a playbook panel in Word, and it reads the SharePoint folder without migrating anything. No new platform for the BUs. Happy to send a 3-minute video using a sample supply agreement.")])

P("w_chinese", "Wei Hartmann-Lu", "Lu Legal Translations", "Beeidigte Übersetzerin Chinesisch", connected=None)
C("wanted_pitch", "translator_press_release", "de", "Fachübersetzerin bezieht sich auf Pressemitteilung zum Joint Venture",
  [("w_chinese", "2024-03-05 11:00", "Sehr geehrte Frau Dr. Brockhoff, laut Ihrer Pressemitteilung gründet Mainfeld ein Joint Venture in Suzhou. Bei JV-Verträgen ist in der Regel die chinesische Fassung maßgeblich für die Registrierung, und Abweichungen zur englischen Fassung fallen oft erst beim Behördentermin auf. Ich bin beeidigte Übersetzerin für Chinesisch mit juristischem Studium und gleiche zweisprachige Vertragsfassungen ab. Gern unterstütze ich Sie bei der Prüfung der chinesischen Fassung.")])

P("w_legaldesign", "Lea Marquardt", "", "Legal Designerin", connected=None)
C("wanted_pitch", "legal_design_read_post", "de", "Legal Designerin greift ihren Post zu unlesbaren Service-AGB auf",
  [("w_legaldesign", "2024-06-11 16:20", "Hallo Frau Dr. Brockhoff, Ihr Post 'Unsere Service-AGB liest niemand, nicht mal unsere Servicetechniker' hat mir aus der Seele gesprochen. Ich gestalte AGB und Serviceverträge um: gleiche Rechtslage, aber mit Übersicht auf einer Seite und Beispielen. Für Service-AGB eines Industrieunternehmens brauche ich ca. 8 Arbeitstage. Vorher/Nachher-Beispiele aus dem Anlagenservice schicke ich Ihnen gern."),
   ("me", "2024-06-12 08:30", "Hallo Frau Marquardt, gern die Beispiele schicken!")])

P("w_lksg", "Henrik Vos", "SupplyClear", "Senior Account Executive", connected=None)
C("wanted_pitch", "lksg_tool_public_report", "en", "supply-chain tool references her company's published LkSG statement",
  [("w_lksg", "2024-04-03 09:20", "Hi Dr. Brockhoff, I read Mainfeld's published policy statement under the Supply Chain Act. It's clear, but the risk analysis section covers direct suppliers only, and your castings come largely via traders in Czechia and Turkey, so the foundries themselves are invisible. We map tier-2 sites for metal parts specifically. Would a short sample report on five of your traders help the next BAFA report?")])

P("w_kartell", "Dr. Benedikt Kramer", "Kramer Wettbewerbsrecht", "Partner", connected=None)
C("wanted_pitch", "antitrust_news_item", "de", "Kartellrechtler bezieht sich auf Bußgeldmeldung in ihrer Branche",
  [("w_kartell", "2023-09-25 10:00", "Sehr geehrte Frau Dr. Brockhoff, nach der Pressemitteilung des Bundeskartellamts zu den Bußgeldern gegen drei Pumpenhersteller wegen Absprachen bei kommunalen Ausschreibungen bekommen viele Unternehmen der Branche Nachfragen von Kunden und Versicherern. Wir bieten eine Dawn-Raid-Schulung speziell für Vertriebsteams im Anlagenbau an, mit Übung im eigenen Büro. Für 100 Teilnehmende inkl. Übung liegen wir bei ca. 14.000 €. Ich stelle Ihnen das Konzept gern in 30 Minuten vor.")])

P("w_interim", "Rachel Okonkwo", "", "Interim Legal Counsel", connected=None)
C("wanted_pitch", "interim_counsel_read_post", "en", "interim counsel answers her post about parental-leave cover",
  [("w_interim", "2024-06-20 12:45", "Hi Helene, you posted that you need cover for a contracts counsel during parental leave from September, ideally someone who can start without a long onboarding. I'm an interim in-house lawyer (German-qualified, previously on the supplier side in automotive), currently finishing a 9-month cover at a machine builder in Darmstadt. I've worked in Word/SharePoint setups and with FIDIC and ZVEI terms. Day rate EUR 950. Happy to send references.")])

# ---------------------------------------------------------------- junk

P("j_clm", "Brandon Hughes", "ContractIQ", "Enterprise Sales", connected=None)
C("junk", "generic_clm", "en", "generic CLM pitch, counterpart of the tailored one",
  [("j_clm", "2024-05-24 08:00", "Hi Helene, legal teams waste 40% of their time on manual contract work. ContractIQ's AI-powered CLM automates the entire contract lifecycle from request to renewal. Can I show you a 20-minute demo?")])

P("j_whistle", "Sandra Maier", "WhistleSafe", "Vertrieb", connected=None)
C("junk", "generic_whistleblower_platform", "de", "generisches Hinweisgebersystem, Gegenstück zur Ombudsanwältin",
  [("j_whistle", "2023-10-20 09:00", "Guten Tag, seit 17.12.2023 müssen auch Unternehmen ab 50 Mitarbeitenden eine interne Meldestelle haben. Mit WhistleSafe sind Sie in 24 Stunden HinSchG-konform. Ab 49 € im Monat. Jetzt Demo anfragen!")])

P("j_trans", "Kristina Nowak", "GlobalLingo Übersetzungen", "Projektmanagerin", connected=None)
C("junk", "generic_translation", "de", "generisches Übersetzungsbüro, Gegenstück zur Fachübersetzerin",
  [("j_trans", "2024-03-07 10:00", "Sehr geehrte Damen und Herren, wir bieten Übersetzungen in über 120 Sprachen zu günstigen Preisen. Fachübersetzungen, Beglaubigungen, Express-Service. Fordern Sie jetzt Ihr kostenloses Angebot an!")])

P("j_esg", "Lauren Fischer", "GreenChain ESG", "Business Development", connected=None)
C("junk", "generic_esg_lksg", "en", "generic ESG/LkSG pitch, counterpart of the tailored supply-chain tool",
  [("j_esg", "2024-04-05 13:00", "Hi Helene, ESG is no longer optional. With CSRD, LkSG and CSDDD, companies need a holistic sustainability platform. GreenChain covers it all in one place. Would you like to book a demo?")])

P("j_alsp", "Dr. Markus Ehrlich", "VertragsProfis Online", "Rechtsanwalt", connected=None)
C("junk", "offers_what_she_does", "de", "bietet einer Vertragsjuristin Vertragsprüfung zum Festpreis an",
  [("j_alsp", "2023-07-24 11:00", "Sehr geehrte Frau Dr. Brockhoff, Ihre Verträge prüfen wir schnell und günstig: NDA ab 149 €, Lieferverträge ab 490 €, Rahmenverträge ab 990 €. Entlasten Sie Ihre Rechtsabteilung! Gerne sende ich Ihnen unsere Preisliste.")])

P("j_ai", "Kyle Benson", "LexBot AI", "Growth Lead", connected=None)
C("junk", "generic_ai_for_lawyers", "en", "generic AI-for-lawyers pitch",
  [("j_ai", "2023-12-18 16:00", "Hey Helene! 🚀 Imagine ChatGPT, but trained for lawyers. LexBot drafts contracts, answers legal questions and summarizes cases in seconds. 10,000+ lawyers already use it. Start your free trial today!")])

P("j_mandanten", "Patrick Seidel", "KanzleiWachstum", "Gründer", connected=None)
C("junk", "capacity_for_new_clients", "de", "fragt die Syndikusanwältin nach Kapazität für neue Mandanten",
  [("j_mandanten", "2024-01-22 08:30", "Hallo Frau Dr. Brockhoff, hätten Sie aktuell Kapazitäten für 5-10 neue Mandanten im Monat? Wir bringen Anwältinnen planbar lukrative Mandate über Google Ads. Kurzes Gespräch?")])

P("j_like", "Derek Simmons", "Simmons Global Ventures", "CEO | Founder | Visionary", connected="2024-02-08",
  invite=("IN", "2024-02-07 20:00", "Let's connect!"))
C("junk", "like_minded_entrepreneurs", "en", "let's connect as like-minded entrepreneurs",
  [("j_like", "2024-02-08 07:30", "Hi Helene, thanks for accepting! I love connecting with like-minded entrepreneurs and leaders. Would love to hear more about what you're building and explore potential synergies. Coffee chat this week?")])

P("j_15", "Ashley Cooper", "RevenueRise", "Account Executive", connected=None)
C("junk", "quick_15_minute_call", "en", "quick 15-minute call",
  [("j_15", "2023-08-14 15:00", "Hi Helene, do you have 15 minutes for a quick call this week? I'd love to share how we've helped companies like Mainfeld boost pipeline by 3x. Here's my calendar.")])

P("j_finanz", "Sebastian Roth", "Finanzkanzlei Roth", "Finanzberater für Juristen", connected="2023-04-03",
  invite=("IN", "2023-04-02 19:00", "Hallo Frau Dr. Brockhoff, gerne vernetze ich mich mit Ihnen."))
C("junk", "connect_then_pitch", "de", "Vernetzung, Smalltalk, Pitch in Nachricht 2",
  [("j_finanz", "2023-04-04 08:00", "Hallo Frau Dr. Brockhoff, danke für die Vernetzung! Spannender Werdegang, LL.M. in London, oder?"),
   ("j_finanz", "2023-04-06 08:05", "Viele Juristinnen verschenken beim Versorgungswerk und bei der Steuer bares Geld. Ich zeige Ihnen in 30 Minuten, wie Sie bis zu 8.000 € jährlich optimieren. Wann passt es Ihnen?")])

P("j_legaltech", "Nathan Brooks", "DocuFlow", "Sales Executive", connected="2023-09-01",
  invite=("IN", "2023-08-31 10:00", "Hi Helene, fellow legal-tech enthusiast here!"))
C("junk", "connect_then_pitch_after_reply", "en", "small talk, owner answers, pitch in message 3",
  [("j_legaltech", "2023-09-02 09:00", "Hi Helene, thanks for connecting! Were you at Legal Tech Week in Berlin?"),
   ("me", "2023-09-02 11:30", "Hi Nathan, no, not this year, too much going on at work."),
   ("j_legaltech", "2023-09-02 11:40", "Totally get it! Speaking of too much going on: DocuFlow automates document generation so your team saves 10 hours a week. Want a quick demo next week?")])

P("j_immo", "Yvonne Lehmann", "Main Capital Immobilien", "Beraterin", connected="2024-04-15",
  invite=("IN", "2024-04-14 18:00", ""))
C("junk", "connect_then_pitch", "de", "Vernetzung, dann Kapitalanlage-Wohnung",
  [("j_immo", "2024-04-16 09:00", "Guten Morgen Frau Dr. Brockhoff, schön, dass wir vernetzt sind! Ich hoffe, Sie hatten ein schönes Wochenende am Main."),
   ("j_immo", "2024-04-18 09:00", "Kurz zu mir: Ich berate Gutverdiener zu Kapitalanlage-Immobilien in Frankfurt und Leipzig. Gerade jetzt gibt es spannende Einstiegschancen. Darf ich Ihnen Objekte vorstellen?")])

P("j_ads", "Ethan Wright", "LinkedBoost Ads", "Growth Consultant", connected=None)
C("junk", "follow_up_bumps", "en", "LinkedIn ads pitch followed by two bumps",
  [("j_ads", "2023-05-08 07:00", "Hi Helene, are you getting enough leads from LinkedIn? We run LinkedIn ad campaigns for B2B companies that generate 50+ qualified leads a month."),
   ("j_ads", "2023-05-15 07:00", "Hi Helene, just bumping this up in case it got buried!"),
   ("j_ads", "2023-05-23 07:00", "Hi Helene, last try 🙂 Should I close your file?")])

P("j_kanzleimarketing", "Julia Brandt", "JurMarketing", "Beraterin", connected=None)
C("junk", "follow_up_bumps", "de", "Kanzleimarketing mit Nachfassen",
  [("j_kanzleimarketing", "2023-11-13 10:00", "Sehr geehrte Frau Dr. Brockhoff, ist Ihre Kanzlei online sichtbar? Wir erstellen professionelle Kanzlei-Websites und Social-Media-Auftritte für Anwältinnen und Anwälte."),
   ("j_kanzleimarketing", "2023-11-22 10:00", "Sehr geehrte Frau Dr. Brockhoff, ich wollte mich noch einmal in Erinnerung rufen. Haben Sie Interesse?")])

template_fills = [
    ("t1", "Jason Miller", "LegalOps Partners", "2023-09-12 09:00", "en",
     "Hi Helene, I noticed Mainfeld Industrie AG is growing fast. We help legal departments cut contract turnaround by 40% with our proven legal operations framework. Would you be open to a brief call next week?"),
    ("t2", "Emily Carter", "ClauseCraft Consulting", "2023-09-19 10:30", "en",
     "Hi Helene, I noticed that Mainfeld is growing quickly! We help in-house legal teams reduce contract turnaround times by 40% with a proven legal ops framework. Open to a short call next week?"),
    ("t3", "Michael Grant", "Counsel Efficiency Group", "2023-10-02 08:15", "en",
     "Hello Helene, noticed Mainfeld Industrie AG has been growing rapidly. We help legal departments like yours cut contract turnaround by 40% using our proven framework. Would you be open to a brief call next week?"),
    ("t4", "Stefanie Wagner", "Rechtsabteilung 4.0 Beratung", "2023-10-10 11:00", "de",
     "Hallo Frau Dr. Brockhoff, mir ist aufgefallen, dass die Mainfeld Industrie AG stark wächst. Wir helfen Rechtsabteilungen, die Durchlaufzeit von Verträgen mit unserem bewährten Legal-Ops-Framework um 40 % zu senken. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?"),
    ("t5", "Chris Donovan", "Lexpath Advisory", "2023-10-24 14:20", "en",
     "Hi Helene — noticed Mainfeld Industrie AG is on a strong growth path. We help legal teams cut contract turnaround by 40% through a proven legal operations framework. Would a brief call next week make sense?"),
]
for key, name, company, date, lang, text in template_fills:
    P(key, name, company, "Managing Partner", connected=None)
    C("junk", "template_multi_sender", lang, "same legal-ops template from several senders", [(key, date, text)])

P("j_merge1", "Tyler Reed", "DataShield", "SDR", connected=None)
C("junk", "merge_tag_failure", "en", "unfilled {first_name} merge tag",
  [("j_merge1", "2023-06-12 07:15", "Hi {first_name}, quick question: how is your team currently handling data retention policies? DataShield automates compliance for mid-market companies. Worth a chat?")])

P("j_merge2", "Lena Hofmann", "Compliance Akademie Plus", "Vertrieb", connected=None)
C("junk", "merge_tag_failure", "de", "nicht ersetzter Platzhalter {{Vorname}}",
  [("j_merge2", "2024-03-19 09:00", "Hallo {{Vorname}}, unser Online-Zertifikatskurs 'Compliance Officer (IHK-orientiert)' startet im Mai. Jetzt mit 20 % Frühbucherrabatt anmelden!")])

P("j_merge3", "Aaron Blake", "NextGen Workspace", "Account Manager", connected=None)
C("junk", "merge_tag_failure", "en", "unfilled [Company] tag",
  [("j_merge3", "2023-08-02 12:00", "Hi Helene, companies like [Company] are rethinking their office footprint. Our flexible workspace solutions in Frankfurt save up to 30% on real estate costs. Can I send a brochure?")])

P("j_merge4", "Oliver Kraus", "Kraus Event GmbH", "Eventmanager", connected=None)
C("junk", "merge_tag_wrong_name", "de", "falscher Name in der Anrede",
  [("j_merge4", "2024-06-05 10:30", "Hallo Frau Bergmann, planen Sie schon Ihre Weihnachtsfeier? Unsere Eventlocation am Main bietet Platz für 50-300 Gäste. Jetzt Frühbucherpreise sichern!")])

P("s_llm", "Westbridge School of Law", "", "", url="https://www.linkedin.com/company/westbridge-school-of-law")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for an executive LL.M.",
  [("s_llm", "2023-07-18 12:00", "<p>Hi Helene,</p><p>Lead the future of law: our <b>Executive LL.M. in Legal Tech</b> is 100% online &amp; designed for busy in-house counsel.</p><p>Apply by 31 August.</p>")],
  title="Sponsored Conversation", subject="Executive LL.M. in Legal Tech")

P("s_db", "JurisData Online", "", "", url="https://www.linkedin.com/company/jurisdata-online")
C("junk", "sponsored_inmail", "de", "Sponsored InMail für eine juristische Datenbank",
  [("s_db", "2024-01-25 12:00", "<p>Hallo Helene,</p><p>Testen Sie <b>JurisData Online</b> 30 Tage kostenlos &ndash; Kommentare, Urteile &amp; Formulare an einem Ort.</p>")],
  title="Sponsored Conversation", subject="30 Tage kostenlos testen")

P("s_summit", "GC Summit Europe", "", "", url="https://www.linkedin.com/company/gc-summit-europe")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for a conference ticket",
  [("s_summit", "2024-03-28 12:00", "<p>Helene, join 400 General Counsel in Amsterdam.</p><p>Early bird tickets &euro;1,495 until April 15.</p>")],
  title="Sponsored Conversation", subject="GC Summit Europe 2024")

P("j_award", "Vanessa Kohl", "Top Juristinnen Deutschland", "Redaktion", connected=None)
C("junk", "paid_award", "de", "bezahlte Auszeichnung",
  [("j_award", "2024-02-12 10:00", "Sehr geehrte Frau Dr. Brockhoff, herzlichen Glückwunsch! Sie wurden von unserer Jury als 'Top Juristin 2024' nominiert. Für Siegel, Urkunde und Eintrag im Verzeichnis berechnen wir eine Bearbeitungsgebühr von 1.190 € zzgl. MwSt.")])

P("j_directory", "Harriet Lowe", "Leading In-House Counsel Awards", "Research Team", connected=None)
C("junk", "paid_directory", "en", "directory/award listing that costs a fee",
  [("j_directory", "2023-11-06 14:00", "Dear Dr. Brockhoff, following our research, you have been recognised among the Leading In-House Counsel of Germany 2024. To secure your profile in the guide and your winner's logo, please complete the enclosed order form (listing package: GBP 2,400).")])

P("j_podcast", "Mike Harrington", "The Legal Leaders Show", "Booking Manager", connected=None)
C("junk", "paid_podcast_slot", "en", "podcast guest slot for a fee",
  [("j_podcast", "2024-05-06 16:00", "Hi Helene, we'd love to have you on The Legal Leaders Show! Our featured guest package ($650) includes the interview, professional editing and promotion to our 30k audience. We have two spots left in June.")])

P("j_fluent", "Dr. Tobias Lenz", "Lenz Transformation Partners", "Managing Director", connected=None)
C("junk", "fluent_generic_names_company", "de", "flüssiger, austauschbarer Pitch mit Firmennamen",
  [("j_fluent", "2024-06-17 09:00", "Sehr geehrte Frau Dr. Brockhoff, die Mainfeld Industrie AG steht wie viele Industrieunternehmen vor der Herausforderung, mit weniger Ressourcen mehr Regulierung zu bewältigen. Rechtsabteilungen, die heute die Weichen für Effizienz und Digitalisierung stellen, werden morgen zum strategischen Partner des Vorstands. Wir begleiten Unternehmen wie die Mainfeld Industrie AG auf diesem Weg. Wann dürfen wir uns austauschen?")])

P("j_wine", "Marie Dupont", "Cave Privée", "Corporate Gifts", connected=None)
C("junk", "off_topic_wine", "en", "wine gift pitch",
  [("j_wine", "2023-11-27 18:00", "Bonjour Helene! The holidays are approaching 🍷 Delight your clients with our hand-selected Bordeaux gift boxes. 15% corporate discount until December 8.")])

P("j_crypto", "Ben Taylor", "", "Investor", connected=None)
C("junk", "off_topic_crypto", "en", "crypto investment pitch",
  [("j_crypto", "2024-02-20 23:10", "Hello Helene, hope you're well. I've been helping professionals diversify into digital assets with a low-risk strategy, 25% returns last quarter. Can I share some info?")])

P("j_solar", "Florian Neumeier", "SolarPlus Hessen", "Energieberater", connected=None)
C("junk", "off_topic_solar", "de", "Photovoltaik-Angebot",
  [("j_solar", "2023-06-19 17:30", "Guten Tag, jetzt mit Photovoltaik und Speicher die Stromkosten halbieren! Kostenloser Beratungstermin im Rhein-Main-Gebiet, auch für Eigentumswohnungen.")])

P("j_offshore", "Rohit Sharma", "CodeBridge Solutions", "Business Development Manager", connected=None)
C("junk", "off_topic_it_outsourcing", "en", "offshore development pitch",
  [("j_offshore", "2023-07-05 05:45", "Dear Helene, greetings from CodeBridge! We provide dedicated developers for web, mobile and AI projects at 60% lower costs. Kindly let me know if you have any requirements.")])

P("j_moebel", "Heike Brandl", "Büroideal", "Objektberaterin", connected=None)
C("junk", "off_topic_furniture", "de", "Büromöbel-Angebot",
  [("j_moebel", "2024-05-14 11:15", "Sehr geehrte Frau Dr. Brockhoff, ergonomische Arbeitsplätze steigern die Produktivität um bis zu 20 %. Gerne stellen wir Ihnen unsere neue Kollektion höhenverstellbarer Schreibtische vor.")])

P("j_coach", "Sabrina Licht", "Female Leadership Coaching", "Coach", connected=None)
C("junk", "generic_coaching", "de", "Leadership-Coaching-Pitch",
  [("j_coach", "2024-01-16 08:00", "Liebe Helene, als Frau in einer Führungsrolle kennst du das sicher: immer funktionieren, nie abschalten. In meinem 10-Wochen-Programm lernst du, mit Leichtigkeit zu führen. Ich habe noch 3 Plätze frei. Kurzes Kennenlerngespräch?")])

P("j_fractional", "Graham Pierce", "Fractional GC Partners", "Founder", connected=None)
C("junk", "offers_what_she_does", "mixed", "offers an outsourced general counsel to an in-house counsel, German greeting then English template",
  [("j_fractional", "2024-04-29 08:45", "Hallo Helene, hope you're well! Does your company have in-house legal support? Our fractional General Counsels give growing companies senior legal expertise from EUR 3,900/month, without the cost of a full-time hire. Happy to send our deck.")])

P("j_messebau", "Rainer Kühn", "Kühn Messebau", "Projektleiter", connected="2024-03-04",
  invite=("IN", "2024-03-03 20:00", "Hallo Frau Dr. Brockhoff, gerne möchte ich mich mit Ihnen vernetzen."))
C("junk", "connect_then_pitch", "de", "Vernetzung, Smalltalk zur Messe, dann Messestand-Pitch",
  [("j_messebau", "2024-03-05 08:30", "Guten Morgen Frau Dr. Brockhoff, danke für die Vernetzung! Sind Sie dieses Jahr auch auf der Hannover Messe?"),
   ("j_messebau", "2024-03-07 08:30", "Falls Mainfeld noch einen Messestand plant: Wir bauen individuelle Stände schlüsselfertig, ab 450 € pro Quadratmeter. Darf ich Ihnen Referenzen schicken?")])

if __name__ == "__main__":
    ex.write(
        HERE.parents[1] / SLUG,
        {"First Name": "Helene", "Last Name": "Brockhoff",
         "Headline": "Syndikusrechtsanwältin | Head of Legal Contracts & Compliance | Mainfeld Industrie AG",
         "Summary": "Commercial contracts, sanctions and compliance for an industrial group (pumps, drives, plant engineering). "
                    "Vorher Kanzlei in Frankfurt. LL.M. London. Lehrbeauftragte für Vertragsgestaltung.",
         "Industry": "Rechtsberatung", "Geo Location": "Frankfurt am Main, Hessen, Deutschland",
         "Websites": ""},
        [{"Company Name": "Mainfeld Industrie AG", "Title": "Head of Legal Contracts & Compliance (Syndikusrechtsanwältin)",
          "Description": "Contracts, sanctions, HinSchG, LkSG for the group and its subsidiaries.",
          "Location": "Frankfurt am Main", "Started On": "Jan 2024", "Finished On": ""},
         {"Company Name": "Mainfeld Industrie AG", "Title": "Senior Legal Counsel",
          "Description": "", "Location": "Frankfurt am Main", "Started On": "Feb 2017", "Finished On": "Dec 2023"},
         {"Company Name": "Kessler Brandt Rechtsanwälte", "Title": "Associate",
          "Description": "Commercial litigation and contracts.", "Location": "Frankfurt am Main",
          "Started On": "Sep 2013", "Finished On": "Jan 2017"}],
        ["Vertragsrecht", "Commercial Contracts", "Compliance", "Sanctions", "Export Control",
         "Hinweisgeberschutz", "Negotiation", "Arbitration"],
    )
    print(ex.summary())

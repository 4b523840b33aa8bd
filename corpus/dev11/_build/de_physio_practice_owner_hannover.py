"""dev11 persona (written blind as heldout17, session 3): Katrin Bohlmann, owner of a physiotherapy practice (8 therapists) in Hannover.

Written by hand, blind to the detector code. Mostly German, a few English. Layout 2026.
Run with any Python 3.10+: regenerates ../de-physio-practice-owner-hannover/ byte-identically.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-physio-practice-owner-hannover"
OWNER = Person("me", "Katrin Bohlmann", "https://www.linkedin.com/in/katrin-bohlmann-physio",
               "Physiotherapie Bohlmann", "Inhaberin")
ex = Export(SLUG, "2026", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine

P("oltmanns", "Jens Oltmanns", "Orthopädische Gemeinschaftspraxis Podbielskistraße", "Facharzt für Orthopädie", connected="2016-04-12")
C("genuine", "doctor_referral", "de", "orthopaedist colleague refers a patient and asks for capacity", [
    ("oltmanns", "2025-03-10 12:40", "Hallo Katrin, ich schick dir nächste Woche Frau R. (Schulter-TEP links, OP am 28.2.). KG 2x/Woche plus MT, Verordnung hat sie dabei. Habt ihr überhaupt noch Luft? Bei euch war's im Februar ja dicht."),
    ("me", "2025-03-10 13:15", "Hi Jens, für TEPs machen wir immer Platz. Sie soll einfach anrufen und sagen, dass sie von dir kommt, Jana an der Anmeldung weiß Bescheid."),
    ("oltmanns", "2025-03-10 13:20", "Super, danke dir!"),
])

P("kaya", "Ayşe Kaya", "Hausarztpraxis Kaya", "Fachärztin für Allgemeinmedizin", connected="2019-09-03")
C("genuine", "doctor_prescription_question", "de", "GP asks about a prescription detail (Blankoverordnung)", [
    ("kaya", "2025-05-06 18:02", "Liebe Frau Bohlmann, kurze Frage: Ihre Kollegin hat angerufen wegen der Verordnung für Herrn T., Diagnosegruppe passt wohl nicht zur Lymphdrainage. Soll ich neu ausstellen oder reicht eine Korrektur mit Unterschrift? Ich will nicht, dass Sie wieder eine Absetzung bekommen."),
    ("me", "2025-05-07 07:30", "Liebe Frau Dr. Kaya, danke fürs Mitdenken! Bitte einmal neu ausstellen, bei LY braucht die Kasse die richtige Diagnosegruppe, sonst streicht sie uns die ganze Serie. Herr T. holt sie morgen ab."),
])

P("kasse", "Sabine Wöhler", "Nordkasse Niedersachsen", "Vertragsreferentin Heilmittel", connected="2021-01-18")
C("genuine", "insurer_rate_change", "de", "health insurer announces new reimbursement rates and a deadline", [
    ("kasse", "2025-07-15 10:00", "Sehr geehrte Frau Bohlmann, wie telefonisch besprochen: Die neuen Vergütungssätze für Physiotherapie gelten ab 1. August. KG steigt um 4,9 %, MT und MLD entsprechend. Die Preisliste geht Ihnen per Post zu. Bitte beachten Sie, dass Verordnungen mit Behandlungsbeginn vor dem 1.8. noch nach alter Liste abgerechnet werden. Bei Fragen melden Sie sich gern."),
    ("me", "2025-07-15 11:20", "Vielen Dank, Frau Wöhler. Dann stelle ich das in der Software zum 1.8. um."),
])

P("liegen", "Frank Tegtmeyer", "Tegtmeyer Praxisausstattung", "Außendienst", connected="2014-10-20")
C("genuine", "vendor_price_change", "de", "long-standing equipment vendor: maintenance date and price increase", [
    ("liegen", "2025-09-02 08:15", "Moin Frau Bohlmann, die jährliche Wartung Ihrer Liegen und des Schlingentischs wäre wieder fällig. Ich hätte den 22. oder 23.9. frei. Kleiner Hinweis vorab: Unsere Wartungspauschale geht ab Oktober von 38 auf 42 Euro pro Liege hoch, wenn wir's im September machen, gilt noch der alte Preis."),
    ("me", "2025-09-02 09:40", "Moin Herr Tegtmeyer, dann gern am 22., ab 7 Uhr, bevor die Patienten kommen. Die Liege in Raum 4 quietscht übrigens wieder."),
    ("liegen", "2025-09-02 09:55", "Notiert, bringe Fett mit 😉"),
])

P("software", "Dominik Reuter", "TheraDesk GmbH", "Kundenbetreuung", connected="2020-02-11")
C("genuine", "vendor_contract_change", "de", "existing practice software vendor: new licence price and TI deadline", [
    ("software", "2025-11-04 14:30", "Hallo Frau Bohlmann, als Bestandskundin vorab die Info: Zum 1.1. stellen wir auf das neue Lizenzmodell um. Für Ihre 9 Arbeitsplätze sind das 12 Euro mehr im Monat, dafür ist das eRezept-Modul enthalten. Außerdem muss die TI-Anbindung bis Ende März stehen. Sollen wir einen Termin für die Einrichtung machen?"),
    ("me", "2025-11-04 16:05", "Hallo Herr Reuter, ja bitte, am liebsten an einem Mittwochnachmittag, da ist die Praxis ab 14 Uhr zu. Und schicken Sie mir den neuen Vertrag bitte als PDF."),
    ("software", "2025-11-05 09:10", "Mache ich. Mittwoch 19.11., 14:30?"),
    ("me", "2025-11-05 09:30", "Passt."),
])

P("logistik", "Torsten Block", "Block Logistik GmbH", "Personalleiter", invite=("IN", "2025-04-01 09:10", "Guten Tag Frau Bohlmann, wir suchen einen Partner für Rückenkurse für unsere Lagermitarbeiter."), connected="2025-04-01")
C("genuine", "inbound_lead_buy", "de", "company wants to buy back-training courses for its warehouse staff and asks for an offer", [
    ("logistik", "2025-04-01 10:30", "Danke fürs Annehmen! Wir haben am Standort Hannover-Nord 140 Leute im Lager und viele Ausfälle wegen Rücken. Wir würden gern ab Mai einen Rückenkurs im Haus anbieten, 2 Gruppen, wöchentlich, plus vielleicht Arbeitsplatzbegehung. Können Sie uns ein Angebot machen? Budget ist vorhanden, die Krankenkasse bezuschusst wohl auch was."),
    ("me", "2025-04-01 12:45", "Guten Tag Herr Block, das machen wir sehr gern, wir haben das schon für zwei Betriebe in der Gegend gemacht. Ich würde mir vorher gern das Lager anschauen. Passt Ihnen Donnerstag, 10 Uhr? Danach schicke ich Ihnen ein Angebot mit Kursgebühr pro Einheit und für die Begehung."),
    ("logistik", "2025-04-01 13:00", "Donnerstag 10 Uhr passt, melden Sie sich an der Pforte."),
])

P("handball", "Milan Petrović", "TSV Hannover-List Handball", "Abteilungsleiter", connected="2023-08-14")
C("genuine", "inbound_lead_buy", "de", "sports club asks for price of physio support for the season", [
    ("handball", "2025-07-28 20:10", "Hey Katrin, die erste Herren spielt nächste Saison Oberliga 🎉 Wir bräuchten jemanden fürs Tapen und Erstversorgung bei den Heimspielen, ca. 13 Spiele. Was würde das bei euch kosten? Wir sind nur ein Verein, aber der Sponsor hat was locker gemacht."),
    ("me", "2025-07-28 21:00", "Glückwunsch!! Ich frag im Team, wer Lust hat, Malte spielt ja selbst. Ich würde dir eine Pauschale pro Spieltag machen, Zahl schick ich dir bis Freitag."),
])

P("osteo", "Henrike Lüders", "Osteopathie Lüders", "Osteopathin", connected="2018-05-30")
C("genuine", "peer_joint_offer", "de", "neighbouring osteopath proposes a joint prevention course and how to split fees", [
    ("osteo", "2025-02-17 19:45", "Hallo Katrin, ich hab nochmal über unsere Idee vom Neujahrsempfang nachgedacht: ein gemeinsamer Kurs 'Schwangerschaft und Rücken', 8 Termine, bei dir im Kursraum. Ich würde sagen 60 Euro pro Teilnehmerin und Termin-Block, Einnahmen halbe-halbe, Raumkosten ziehen wir vorher ab. Was meinst du?"),
    ("me", "2025-02-18 07:50", "Klingt gut! Raumkosten brauchst du nicht abziehen, der Raum steht abends eh leer. Lass uns das bei einem Kaffee festzurren, Freitag?"),
    ("osteo", "2025-02-18 08:05", "Freitag 13 Uhr, ich bring Franzbrötchen mit."),
])

P("vermittlung", "Yvonne Carstens", "TheraJobs Personalvermittlung", "Personalberaterin", connected="2024-11-06")
C("genuine", "recruiter_engaged", "de", "recruiter she engaged presents candidates and the fee", [
    ("me", "2025-01-13 11:20", "Hallo Frau Carstens, wie am Telefon besprochen: Wir suchen eine/n Physiotherapeut:in in Vollzeit, gern mit MLD. Wie sind nochmal Ihre Konditionen?"),
    ("vermittlung", "2025-01-13 14:00", "Hallo Frau Bohlmann, Honorar sind 15 % vom Jahresbrutto, fällig erst bei Einstellung, Rückvergütung wenn jemand in der Probezeit geht. Ich hab schon zwei Kandidatinnen im Kopf."),
    ("vermittlung", "2025-01-27 09:40", "Anbei die anonymisierten Profile. Kandidatin A (MLD, 4 Jahre, kommt aus Celle) würde ich als erstes vorschlagen. Gehaltsvorstellung 3.400 brutto."),
    ("me", "2025-01-27 12:10", "A gern kennenlernen! Vorstellungsgespräch am liebsten nächste Woche Dienstag nachmittag."),
], attachments={2: "https://www.linkedin.com/dms/profile-kandidatin-a.pdf"})

P("praktikum", "Lea Schwanke", "", "Schülerin Physiotherapie", connected="2025-06-02")
C("genuine", "applicant_internship", "de", "physio student asks for an internship place", [
    ("praktikum", "2025-06-02 16:15", "Sehr geehrte Frau Bohlmann, ich bin im 2. Ausbildungsjahr an der Physiotherapieschule in Hannover und suche für Januar/Februar einen Platz für mein Praxiseinsatz (ambulant). Ihre Praxis wurde mir von einer Mitschülerin empfohlen. Hätten Sie eventuell noch einen Platz frei? Meine Unterlagen kann ich Ihnen gerne zuschicken."),
    ("me", "2025-06-03 08:10", "Hallo Lea, schick mir gern deine Unterlagen an die Praxismail. Für Januar sieht's gut aus."),
    ("praktikum", "2025-06-03 08:25", "Vielen vielen Dank!!"),
])

P("bewerber", "Jonas Wiechmann", "", "Physiotherapeut", connected="2025-08-19")
C("genuine", "applicant", "de", "therapist applies with CV attachment", [
    ("bewerber", "2025-08-19 21:30", "Hallo Frau Bohlmann, ich hab gesehen dass Sie jemanden suchen. Ich bin seit 6 Jahren Physio, hab MT und KGG, und ziehe im Oktober wegen meiner Freundin nach Hannover. Lebenslauf hängt an. Würde mich über ein Gespräch freuen."),
    ("me", "2025-08-20 07:45", "Hallo Herr Wiechmann, danke für Ihre Nachricht! Klingt sehr gut. Hätten Sie nächste Woche Zeit für ein Gespräch, gern auch per Video?"),
    ("bewerber", "2025-08-20 08:02", "Ja, Dienstag oder Mittwoch ab 17 Uhr."),
], attachments={0: "https://www.linkedin.com/dms/lebenslauf-wiechmann.pdf"})

P("azubi", "Mia Kowalski", "", "Schülerin", connected="2025-10-08")
C("genuine", "applicant_apprentice", "de", "school leaver applies for an apprenticeship at the front desk", [
    ("azubi", "2025-10-08 15:50", "Hallo, ich mach im Sommer meinen Realschulabschluss und würde gern eine Ausbildung als Kauffrau im Gesundheitswesen machen. Bilden Sie aus? Ich hab bei Ihnen schon ein Schulpraktikum gemacht (2023, an der Anmeldung)."),
    ("me", "2025-10-09 12:00", "Hallo Mia, klar erinnere ich mich! Ja, wir überlegen für nächstes Jahr einen Ausbildungsplatz. Schick mir bitte eine kurze Bewerbung, dann reden wir."),
])

P("jub1", "Gerd Brinkmann", "Sanitätshaus Brinkmann", "Inhaber", connected="2015-03-11")
P("jub2", "Elena Vogt", "", "Physiotherapeutin", connected="2017-07-01")
P("jub3", "Stefan Harms", "Harms Steuerberatung", "Steuerberater", connected="2015-01-20")
C("genuine", "thanks_after_event", "de", "thank-you note 1 of 3 after the practice's 10th anniversary party", [
    ("jub1", "2025-06-14 10:12", "Liebe Katrin, nochmal herzlichen Glückwunsch zu 10 Jahren! War ein wunderbarer Abend gestern, das Buffet war großartig. Auf die nächsten zehn!"),
    ("me", "2025-06-14 11:00", "Danke Gerd, schön dass du da warst! Ohne euch wäre das Jahr 1 schon schwierig geworden."),
])
C("genuine", "thanks_after_event", "de", "thank-you note 2 of 3 after the same anniversary party", [
    ("jub2", "2025-06-14 12:30", "Danke für die Einladung gestern, war so schön alle wiederzusehen. Und die Rede hat mich echt gerührt. Glückwunsch zum Jubiläum!"),
])
C("genuine", "thanks_after_event", "de", "thank-you note 3 of 3 after the same anniversary party", [
    ("jub3", "2025-06-15 09:05", "Liebe Frau Bohlmann, vielen Dank für den schönen Abend zum Praxisjubiläum. Herzlichen Glückwunsch zu zehn erfolgreichen Jahren!"),
    ("me", "2025-06-15 18:20", "Vielen Dank, Herr Harms, und danke, dass Sie uns die ganzen Jahre begleiten."),
])

P("exkollegin", "Svenja Ohlendorf", "Reha-Zentrum am Maschsee", "Physiotherapeutin", connected="2013-09-01")
C("genuine", "owner_started_hiring", "de", "owner asks a former colleague whether she'd like to join", [
    ("me", "2025-04-22 20:15", "Hey Svenja! Lange nix gehört. Ganz direkt: Wir suchen jemanden für 30 Std, gern mit Neuro-Schwerpunkt, und ich musste sofort an dich denken. Hättest du Lust auf einen Kaffee, ganz unverbindlich?"),
    ("exkollegin", "2025-04-23 06:50", "Oha, Katrin 😄 Ehrlich gesagt, ja, Kaffee gern. Hier ist gerade einiges im Umbruch. Samstag?"),
    ("me", "2025-04-23 07:05", "Samstag 10 Uhr bei Holländische Kakao-Stube?"),
    ("exkollegin", "2025-04-23 07:10", "Perfekt."),
])

P("fortbildung", "Andrea Kessler", "Institut für Manuelle Lymphdrainage Nord", "Kursleitung", connected="2022-03-15")
C("genuine", "owner_started_quote_request", "de", "owner asks for an in-house course quote; reply contains price", [
    ("me", "2025-09-15 13:00", "Guten Tag Frau Kessler, wir würden gern zwei Kolleginnen die MLD-Zertifikatsfortbildung machen lassen, am liebsten als Inhouse-Kurs bei uns. Geht das und was würde das kosten?"),
    ("fortbildung", "2025-09-16 10:20", "Guten Tag Frau Bohlmann, inhouse machen wir ab 6 Teilnehmenden. Bei nur zwei wäre der reguläre Kurs bei uns günstiger: 1.690 Euro pro Person, Start März oder September. Wenn Sie Kolleginnen aus anderen Praxen dazuholen, rechne ich Ihnen gern ein Inhouse-Angebot."),
    ("me", "2025-09-16 11:05", "Danke! Ich frag mal im Qualitätszirkel rum."),
])

P("ausbilderin", "Ingrid Sölter", "", "Lehrkraft (im Ruhestand)", connected="2012-02-02")
C("genuine", "long_standing_teacher", "de", "former physio-school teacher, warm long-standing contact", [
    ("ausbilderin", "2025-06-16 17:40", "Liebe Katrin, ich habe im Stadtanzeiger vom Jubiläum gelesen. Ich bin so stolz auf dich! Weißt du noch, wie du in der Prüfung den Befund vom falschen Knie gemacht hast? 😊"),
    ("me", "2025-06-16 19:10", "Liebe Frau Sölter, oh nein, daran erinnern Sie sich noch!! Danke von Herzen. Darf ich Sie mal zum Essen einladen?"),
    ("ausbilderin", "2025-06-16 19:30", "Sehr gern, aber nur wenn du endlich Ingrid sagst."),
])

C("genuine", "long_standing_partner", "de", "medical supply shop partner, cooperation about insoles", [
    ("jub1", "2025-10-21 11:30", "Katrin, wir haben ab November die neue Laufbandanalyse im Laden. Wenn ihr Patienten mit Einlagenrezept habt, können die direkt zu uns, wir schicken euch dann die Messung für eure Akte."),
    ("me", "2025-10-21 12:00", "Prima, ich sag's im Team. Schick mir gern ein paar Flyer."),
])

P("presse", "Nils Gerlach", "Leine-Rundschau", "Redakteur Lokales", connected="2025-01-28")
C("genuine", "journalist_interview", "de", "local journalist asks for an interview on staff shortage", [
    ("presse", "2025-01-28 11:00", "Guten Tag Frau Bohlmann, ich schreibe für die Leine-Rundschau über den Fachkräftemangel in Therapieberufen. Ein Kollege meinte, Sie hätten dazu klare Worte. Hätten Sie nächste Woche 20 Minuten für ein Telefonat? Gern auch mit Foto in der Praxis."),
    ("me", "2025-01-28 12:30", "Gern. Donnerstag ab 14 Uhr bin ich erreichbar. Foto nur ohne Patienten bitte."),
])

P("qz", "Tobias Rehbein", "Physiotherapie Rehbein", "Inhaber", connected="2016-11-11")
C("genuine", "event_invite_contact", "de", "colleague invites to the local quality circle meeting", [
    ("qz", "2025-03-03 08:30", "Moin Katrin, nächster Qualitätszirkel am 26.3. um 19 Uhr bei mir in Linden, Thema Blankoverordnung Schulter, ein Jahr Erfahrungen. Bringst du deine Zahlen mit? Bier steht kalt."),
    ("me", "2025-03-03 12:00", "Bin dabei. Zahlen bring ich mit, die sind nicht nur schön 🙈"),
])

P("team1", "Jana Meyer", "Physiotherapie Bohlmann", "Praxismanagerin", connected="2019-04-01")
P("team2", "Malte Krüger", "Physiotherapie Bohlmann", "Physiotherapeut", connected="2020-08-15")
C("genuine", "internal_group", "de", "team group chat about holiday planning", [
    ("team1", "2025-11-27 09:00", "Urlaubsplanung Weihnachten: Bitte bis Freitag eintragen! Zwischen den Jahren brauchen wir mindestens 3 Leute."),
    ("team2", "2025-11-27 09:12", "Ich kann 29. und 30., dafür hätte ich gern den 2.1. frei"),
    ("me", "2025-11-27 10:05", "Ich bin auch zwischen den Jahren da. Danke Jana fürs Organisieren!"),
], title="Team Bohlmann", extra=["team2"])

P("tochter", "Claudia Heinemann", "", "", connected="2025-02-05")
C("genuine", "inbound_lead_homevisit", "de", "patient's daughter asks for home visits for her mother", [
    ("tochter", "2025-02-05 19:20", "Guten Abend, meine Mutter (84) ist nach einem Sturz kaum mobil und hat eine Verordnung über KG mit Hausbesuch. Sie wohnt in der Wedekindstraße. Machen Sie Hausbesuche in der List? Bei zwei Praxen wurden wir schon abgewiesen."),
    ("me", "2025-02-06 07:55", "Guten Morgen Frau Heinemann, ja, die Wedekindstraße liegt bei uns im Einzugsgebiet. Rufen Sie bitte heute ab 8 Uhr in der Praxis an, dann planen wir die ersten Termine. Gute Besserung an Ihre Mutter!"),
    ("tochter", "2025-02-06 08:10", "Tausend Dank, das ist eine große Erleichterung."),
])

P("expat", "Rachel Holt", "Meridian Automotive", "Engineering Manager", connected="2025-05-12")
C("genuine", "inbound_lead_english", "en", "English-speaking expat asks about self-pay physio in English", [
    ("expat", "2025-05-12 17:45", "Hi Katrin, sorry for writing in English. I moved to Hannover for work in March and my German is still terrible. I have a recurring lower back issue and private insurance. Does anyone at your practice treat in English, and what would a session cost for private patients?"),
    ("me", "2025-05-12 19:30", "Hi Rachel, no problem at all! Two of my therapists work in English. For private patients a 30 minute session is about 48 euros, depending on what your doctor prescribes. Call us or reply here and we'll find a slot."),
    ("expat", "2025-05-13 07:20", "Perfect, thank you! I'll call this morning."),
])

P("spanien", "Lucía Romero", "", "Physiotherapist", connected="2025-09-01")
C("genuine", "applicant_mixed", "mixed", "Spanish physio applies in English, owner answers partly in German", [
    ("spanien", "2025-09-01 10:10", "Hello Ms Bohlmann, I am a physiotherapist from Valencia with 5 years experience in sports rehab. My German is B1 (learning every day!) and my recognition (Anerkennung) is in process in Niedersachsen. Would you consider me for a position? I can send my CV and certificates."),
    ("me", "2025-09-01 18:40", "Hello Lucía, thank you for your message! Yes, please send your CV. Ich schreibe ausnahmsweise mal halb auf Deutsch, damit du üben kannst 😊 Wir hatten schon eine Kollegin aus Portugal, das Anerkennungsverfahren kennen wir."),
    ("spanien", "2025-09-01 19:05", "Vielen Dank! Ich schicke alles morgen. Thank you so much!"),
])

C("genuine", "doctor_quick_call", "de", "orthopaedist asks for a short phone call: genuine", [
    ("oltmanns", "2025-11-18 12:10", "Katrin, hast du heute kurz 10 min für ein Telefonat? Geht um den Patienten mit der Achillessehne, er sagt bei euch wird's schlimmer, ich will das mit dir abstimmen bevor ich ihn zum MRT schicke."),
    ("me", "2025-11-18 12:30", "Ruf mich um 13:15 an, da hab ich Pause."),
])

C("genuine", "tax_advisor_fee_change", "de", "long-standing tax advisor announces fee change", [
    ("jub3", "2025-12-02 09:30", "Liebe Frau Bohlmann, wir passen zum 1. Januar erstmals seit 2021 unsere Pauschalen an. Für Ihre laufende Buchhaltung und Lohnabrechnung bedeutet das 35 Euro mehr im Monat. Das neue Angebot schicke ich Ihnen per Post. Bei Fragen gern anrufen."),
    ("me", "2025-12-02 12:00", "Danke für die Vorwarnung, Herr Harms. Passt schon, ihr seid jeden Euro wert."),
])

P("hausverwaltung", "Uwe Lampe", "Lampe Hausverwaltung", "Objektbetreuer", connected="2021-06-01")
C("genuine", "landlord_practical", "de", "property manager about lift repair", [
    ("hausverwaltung", "2025-08-05 07:40", "Guten Morgen Frau Bohlmann, der Aufzug wird am Montag und Dienstag (11./12.8.) repariert. Bitte informieren Sie Ihre Patienten mit Gehhilfen, vielleicht Termine verschieben. Tut mir leid für die Umstände."),
    ("me", "2025-08-05 08:15", "Oh je, danke für die Info. Wir legen die Rollstuhl-Patienten auf Mittwoch."),
])

P("verband", "Marion Schütte", "Landesverband Physiotherapie Niedersachsen", "Referentin", connected="2020-10-10")
C("genuine", "association_survey", "de", "professional association asks practices to fill in survey before negotiations", [
    ("verband", "2025-10-01 10:00", "Liebe Frau Bohlmann, vor den nächsten Vergütungsverhandlungen brauchen wir belastbare Zahlen zu Wartezeiten und Personalkosten. Könnten Sie als Mitgliedspraxis bis 20.10. den Fragebogen ausfüllen? Dauert ca. 15 Minuten. Vielen Dank für Ihre Unterstützung!"),
    ("me", "2025-10-01 21:00", "Erledigt! Viel Erfolg bei den Verhandlungen."),
])

P("freundin", "Anke Rüter", "", "", connected="2011-05-05")
C("genuine", "friend_small_talk", "de", "friend, football and small talk", [
    ("freundin", "2025-09-20 22:10", "96 hat schon wieder in der Nachspielzeit verloren. Ich geb auf. Kommst du trotzdem nächste Woche mit ins Stadion?"),
    ("me", "2025-09-20 22:30", "Klar, leiden tun wir zusammen. Bring die Thermoskanne mit"),
])

P("exbatient", "Rolf Dettmer", "", "", connected="2024-12-01")
C("genuine", "former_patient_thanks", "de", "former patient thanks after rehab and marathon", [
    ("exbatient", "2025-04-14 18:00", "Hallo Frau Bohlmann, wollte nur sagen: Halbmarathon in Hannover geschafft, 1:58! Vor einem Jahr konnte ich nach der Knie-OP keine Treppe laufen. Danke an Sie und besonders an Herrn Krüger!!"),
    ("me", "2025-04-14 19:15", "Wie toll, Herr Dettmer! Ich richte es Malte aus, der wird sich riesig freuen."),
])

P("reha", "Petra Lindemann", "Reha-Klinik Deister", "Sozialdienst / Entlassmanagement", connected="2017-02-14")
C("genuine", "clinic_referral", "de", "rehab clinic asks for follow-up therapy capacity", [
    ("reha", "2026-01-12 09:45", "Hallo Frau Bohlmann, wir entlassen am 23.1. einen Patienten nach Hüft-TEP in die List. Er braucht nahtlos KG, Verordnung kommt von uns (Entlassverordnung). Können Sie ihn übernehmen?"),
    ("me", "2026-01-12 10:30", "Ja, gern. Er soll am 23. oder 26. anrufen, wir haben ab 27. Kapazität."),
])

C("genuine", "patient_in_spam", "de", "patient's message landed in SPAM: remaining units on prescription", [
    ("exbatient", "2026-02-03 20:15", "Guten Abend, ich bin's nochmal (Dettmer). Mein Orthopäde hat mir wegen dem anderen Knie eine neue Verordnung gegeben, 6x KG. Kann ich wieder zu Herrn Krüger? Und muss ich die Zuzahlung wieder vorab zahlen?"),
    ("me", "2026-02-06 08:00", "Hallo Herr Dettmer, Ihre Nachricht war leider im Spam-Ordner gelandet, Entschuldigung! Ja, Malte hat ab nächster Woche Termine, Zuzahlung wie gehabt beim ersten Termin. Rufen Sie gern an."),
], folder="SPAM")

P("itfreund", "Kai Bode", "", "Webentwickler", connected="2015-08-08")
C("genuine", "friend_helps_website", "de", "friend who built her website, informal check-in", [
    ("itfreund", "2025-07-02 21:00", "Moin, hab gesehen das SSL-Zertifikat von eurer Seite läuft nächste Woche ab. Soll ich's verlängern? Kostet wie immer nix außer ein Bier"),
    ("me", "2025-07-03 06:45", "Du bist ein Schatz. Ja bitte! Zwei Bier."),
])

P("kongress", "Emma Lindqvist", "", "Physiotherapist, Lund", connected="2024-10-05")
C("genuine", "international_peer", "en", "Swedish peer from a congress, English small talk and visit", [
    ("kongress", "2025-10-06 16:30", "Hi Katrin! It was a year ago we met at the congress in Copenhagen. I'm coming to Hannover in November for a course, would love to see your practice if that's ok?"),
    ("me", "2025-10-06 20:10", "Hi Emma, of course! Come by any afternoon, I'll show you around and we go for dinner after."),
])

# ---------------------------------------------------------------- wanted pitches

P("booking", "Sarah Engel", "Termio", "Partnerbetreuung Heilmittel", connected="2025-03-24")
C("wanted_pitch", "site_visited_booking", "de", "online booking vendor noticed her website's phone-only booking hours", [
    ("booking", "2025-03-25 09:30", "Guten Tag Frau Bohlmann, auf Ihrer Website steht, dass Termine nur telefonisch Mo-Fr 8-12 Uhr vereinbart werden können, und in Ihren Google-Bewertungen beschweren sich mehrere Leute, dass nie jemand rangeht. Genau dafür haben wir eine Terminbuchung gebaut, die mit TheraDesk synchronisiert, Folgetermine nach Verordnung plant und Ihre Anmeldung entlastet. Für Praxen mit 8-10 Therapeut:innen 89 Euro/Monat. Ich zeige es Ihnen gern 20 Minuten am Bildschirm."),
    ("me", "2025-03-25 13:10", "Autsch, aber stimmt leider. Zeigen Sie mal, gern nächsten Mittwoch nachmittag."),
])

P("stosswelle", "Björn Hasselmann", "MedTherm Gerätevertrieb", "Fachberater", connected="2025-05-19")
C("wanted_pitch", "supplier_read_her_post", "de", "equipment supplier responds to her post about the broken shockwave device", [
    ("stosswelle", "2025-05-20 08:20", "Hallo Frau Bohlmann, ich habe Ihren Post gelesen, dass Ihr Stoßwellengerät nach 9 Jahren den Geist aufgegeben hat und die Reparatur mehr kosten soll als der Zeitwert. Wir haben ein Vorführgerät (radial, 2023, 240 Betriebsstunden) mit voller Garantie für 6.900 statt 11.500 Euro. Ich bin Donnerstag ohnehin in der List und könnte es Ihnen mitbringen, damit Ihr Team es testen kann."),
    ("me", "2025-05-20 09:05", "Oh, das kommt wie gerufen. Donnerstag ab 13 Uhr bitte."),
])

P("pne", "Dr. Fabian Roloff", "Schmerzwissen Akademie", "Dozent", connected="2025-11-10")
C("wanted_pitch", "talk_she_gave", "de", "course provider refers to her talk at the health day", [
    ("pne", "2025-11-10 20:00", "Liebe Frau Bohlmann, ich saß am Samstag beim Gesundheitstag im Publikum. Ihr Satz 'Die Patienten kommen mit Röntgenbild und Angst, und wir behandeln nur das Röntgenbild' ist mir hängen geblieben. Ich unterrichte Schmerzedukation (PNE) und mache Inhouse-Tage für Praxisteams, genau für diesen Teil. Für 8 Therapeut:innen wären das 1.400 Euro für einen Samstag, Fortbildungspunkte inklusive. Hätten Sie Interesse?"),
    ("me", "2025-11-11 07:30", "Den Satz hab ich mir tatsächlich selbst geklaut, aber danke 😄 Ja, schicken Sie mir gern Inhalte und Termine fürs Frühjahr."),
])

P("recr_mld", "Christina Albers", "Heilberufe Direkt", "Recruiterin", connected="2025-08-04")
C("wanted_pitch", "recruiter_relevant_candidate", "de", "recruiter saw her job ad for an MLD therapist and has a matching candidate", [
    ("recr_mld", "2025-08-04 15:00", "Hallo Frau Bohlmann, Sie suchen laut Ihrer Stellenanzeige eine Therapeutin mit MLD-Zertifikat, gern Teilzeit. Ich betreue gerade eine Kollegin (MLD, 7 Jahre Lymphologie-Erfahrung, Teilzeit 25 Std), die im September von Göttingen nach Hannover zieht und ausdrücklich in die List möchte, weil sie dort wohnt. Honorar nur bei Einstellung. Darf ich Ihnen das Profil schicken?"),
])

P("abrechnung", "Holger Strutz", "AZ Heilmittel Abrechnung", "Kundenberater", connected="2025-06-23")
C("wanted_pitch", "specific_problem_named", "de", "billing service names her concrete problem with deductions (Absetzungen)", [
    ("abrechnung", "2025-06-24 10:10", "Guten Tag Frau Bohlmann, in Ihrem Beitrag im Praxisinhaber-Forum schreiben Sie, dass die Nordkasse Ihnen im ersten Quartal fast 3.000 Euro wegen fehlender Angaben auf den Verordnungen abgesetzt hat und Sie selbst über TheraDesk abrechnen. Wir prüfen jede Verordnung vor der Abrechnung und tragen das Absetzungsrisiko selbst. Bei Ihrer Praxisgröße läge die Gebühr bei 1,9 % vom Umsatz. Wollen wir mal Ihre Absetzungsbescheide zusammen anschauen?"),
    ("me", "2025-06-24 17:45", "Das Thema nervt tatsächlich. Schicken Sie mir mal ein konkretes Angebot, ich vergleich das mit meinem Zeitaufwand."),
])

P("lauflabor", "Dr. Sina Voß", "Lauflabor Eilenriede", "Sportmedizinerin", connected="2025-04-07")
C("wanted_pitch", "mutual_contact_referral", "de", "sports doctor introduced by her orthopaedist colleague by name", [
    ("lauflabor", "2025-04-07 13:30", "Hallo Frau Bohlmann, Jens Oltmanns meinte, ich solle mich unbedingt bei Ihnen melden. Ich eröffne im Mai eine Laufanalyse gleich bei der Eilenriede und suche eine Physiopraxis für die Nachbehandlung, und er sagt, Sie haben die meisten Läufer:innen in der List. Ich würde Ihnen gern eine Kooperation vorschlagen: Ihre Patient:innen bekommen 20 % auf die Analyse, wir überweisen zurück."),
    ("me", "2025-04-07 18:00", "Wenn Jens das sagt 🙂 Kommen Sie gern mal vorbei, dann reden wir."),
])

P("umbau", "Carsten Thiele", "Raumwerk Praxisplanung", "Innenarchitekt", connected="2025-02-24")
C("wanted_pitch", "press_item_expansion", "de", "practice interior designer read the local news about the expansion into the former bakery", [
    ("umbau", "2025-02-25 08:50", "Guten Tag Frau Bohlmann, in der Leine-Rundschau stand, dass Sie die ehemalige Bäckerei nebenan übernehmen und dort einen Trainingsraum einrichten. Solche Läden haben oft Fliesenboden auf Estrich und schlechte Akustik, das ist für Gerätetraining nicht ideal. Wir planen seit 12 Jahren Praxisräume in der Region (Referenzen in Linden und Kirchrode). Eine Erstbegehung mit Kostenschätzung mache ich für 250 Euro, die bei Auftrag angerechnet werden."),
])

P("agentur", "Leonie Brandt", "Praxisfunk Agentur", "Inhaberin", connected="2025-09-29")
C("wanted_pitch", "agency_employer_branding", "de", "social media agency refers to her hiring posts and her dormant Instagram", [
    ("agentur", "2025-09-30 11:15", "Hallo Frau Bohlmann, Sie suchen seit Monaten über LinkedIn nach Therapeut:innen, aber Ihr Instagram-Account (der letzte Beitrag ist vom Weihnachtsfest 2023, das Teamfoto mit den Elchmützen 🙂) zeigt davon nichts. Genau da suchen jüngere Physios aber nach Arbeitgebern. Wir machen nur Praxen im Gesundheitsbereich, ein Drehtag mit 6 kurzen Team-Videos kostet 1.850 Euro. Ich zeig Ihnen gern, was wir für eine Praxis in Braunschweig gemacht haben."),
])

P("honorarkraft", "Timo Sander", "", "Freiberuflicher Physiotherapeut", connected="2025-05-05")
C("wanted_pitch", "freelancer_site_visited", "de", "freelance therapist noticed that home visits are only offered Mon-Thu", [
    ("honorarkraft", "2025-05-06 07:30", "Hallo Katrin (ich duze mal, Physios unter sich), auf eurer Seite steht, dass ihr Hausbesuche nur Mo-Do macht. Ich bin freiberuflich, wohne in Vahrenwald und hab freitags frei. Wenn du magst, übernehme ich eure Freitags-Hausbesuche auf Honorarbasis, Abrechnung über euch. Hausbesuche mache ich seit 5 Jahren, auch viel Geriatrie."),
    ("me", "2025-05-06 12:20", "Hey Timo, das ist gar keine schlechte Idee. Ruf mich mal an, Mittag ist gut."),
])

P("waesche", "Gabriele Nolte", "Leine Textilservice", "Vertrieb", connected="2025-10-13")
C("wanted_pitch", "supplier_knows_setup", "de", "laundry service refers to her 9 treatment rooms and the broken washing machine post", [
    ("waesche", "2025-10-14 09:00", "Guten Morgen Frau Bohlmann, ich hab Ihren Post gesehen, dass zum dritten Mal dieses Jahr die Waschmaschine im Keller kaputt ist und die Kolleg:innen Handtücher mit nach Hause nehmen. Bei 9 Behandlungsräumen rechnen wir mit ca. 350 Handtüchern und 120 Liegenbezügen pro Woche. Wir liefern zweimal wöchentlich in die List, Mietwäsche inklusive, für etwa 210 Euro im Monat. Soll ich ein Angebot schreiben?"),
    ("me", "2025-10-14 12:00", "Ja bitte. Die Maschine und ich sind keine Freunde mehr."),
])

P("anerkennung", "Daniel Ferreira-Koch", "BridgeCare Recognition", "Program Manager", connected="2025-09-08")
C("wanted_pitch", "recognition_service_english", "en", "service for foreign physios' recognition, responding to her post about a slow process", [
    ("anerkennung", "2025-09-09 13:40", "Hello Ms Bohlmann, I read your post about wanting to hire a Spanish physiotherapist and the recognition process in Niedersachsen taking 9 months. We prepare complete recognition files and run the B2 medical German course in parallel, so in Lower Saxony our candidates are usually approved in 4 to 5 months. For employers the case support costs 1,200 euros per candidate. Happy to send you a checklist for your candidate free of charge either way."),
    ("me", "2025-09-09 18:00", "Thank you, the checklist would be great. I'll talk to her about the rest."),
])

P("uebungsapp", "Franziska Eilers", "MoveHome App", "Sales", connected="2025-03-21")
C("wanted_pitch", "met_at_trade_fair", "de", "exercise app vendor follows up on a conversation at their fair booth", [
    ("uebungsapp", "2025-03-21 16:00", "Hallo Frau Bohlmann, schön, dass Sie gestern an unserem Stand auf der Therapiemesse waren! Sie hatten erzählt, dass Ihr Team die Heimübungen immer noch auf Papier ausdruckt und die Hälfte der Patienten sie verliert. Wie versprochen: Ich richte Ihnen einen Testzugang für alle 8 Therapeut:innen ein, 60 Tage kostenlos, danach 4 Euro pro Therapeut:in und Monat."),
    ("me", "2025-03-22 08:30", "Danke, gern! Schicken Sie die Zugänge an Jana Meyer, die kümmert sich."),
])

# ---------------------------------------------------------------- junk

P("ads", "Kevin Hartmann", "PraxisBoost Marketing", "Geschäftsführer")
C("junk", "generic_patient_marketing", "de", "generic 'more patients' ads agency", [
    ("ads", "2025-03-04 10:00", "Hallo Frau Bohlmann, wünschen Sie sich mehr Privatpatienten und Selbstzahler? Mit unserem bewährten System gewinnen Praxen wie Ihre 20-30 neue Patienten pro Monat über Google und Facebook. Haben Sie Interesse an einer kostenlosen Potenzialanalyse?"),
])

P("kapazitaet", "Jan-Philipp Wolter", "Selbstzahler Plus", "Head of Growth", connected="2025-04-28")
C("junk", "capacity_for_clients", "de", "asks if she has capacity for new clients", [
    ("kapazitaet", "2025-04-29 08:05", "Hi Katrin, kurze Frage: Hättest du aktuell Kapazitäten für 10-15 neue Selbstzahler im Monat? Wir bringen Physiopraxen planbar neue Patienten, Abrechnung nur bei Erfolg. Lohnt sich ein kurzes Gespräch?"),
])

P("bgm", "Ramona Fischer", "VitalWork BGM", "Key Account Managerin")
C("junk", "offers_what_she_sells", "de", "offers physiotherapy at the workplace to a physio practice", [
    ("bgm", "2025-05-13 09:30", "Sehr geehrte Frau Bohlmann, gesunde Mitarbeitende sind das Kapital jedes Unternehmens! Wir bieten Ihrem Team professionelle Physiotherapie und Massagen direkt am Arbeitsplatz, Rückenkurse und ergonomische Beratung. Gern stelle ich Ihnen unser BGM-Konzept in einem kurzen Termin vor."),
])

P("gleichgesinnt", "Marco Steinbach", "Steinbach Consulting", "Unternehmer | Mentor | Visionär", invite=("IN", "2025-06-09 06:10", "Hallo Katrin, ich vernetze mich gern mit gleichgesinnten Unternehmerinnen. Lass uns connecten!"), connected="2025-06-09")
C("junk", "like_minded_entrepreneurs", "de", "like-minded entrepreneurs, then vague mastermind", [
    ("gleichgesinnt", "2025-06-09 06:40", "Danke fürs Vernetzen, Katrin! Ich liebe es, mich mit gleichgesinnten Unternehmern auszutauschen. Ich begleite Selbständige auf dem Weg zur ersten Million ohne 60-Stunden-Woche. Wenn du offen bist, erzähl ich dir gern mehr."),
])

P("call15", "Sebastian Kroll", "ScaleUp Praxis", "Berater")
C("junk", "quick_15_min_call", "de", "asks for a quick 15 minute call", [
    ("call15", "2025-07-01 11:11", "Hallo Frau Bohlmann, hätten Sie diese Woche 15 Minuten für einen kurzen Call? Ich habe eine Idee, wie Sie in Ihrer Praxis 20 % mehr Umsatz machen, ohne mehr zu arbeiten. Hier mein Kalender: calendly.com/skroll-scaleup"),
])

P("ctp1", "Vanessa Lorenz", "Lorenz Finanzplanung", "Finanzberaterin", invite=("IN", "2025-08-11 19:00", ""), connected="2025-08-11")
C("junk", "connect_then_pitch", "de", "small talk, owner replies, pension pitch in message 3", [
    ("ctp1", "2025-08-11 19:30", "Hallo Katrin, danke für die Vernetzung! Ich sehe, du bist auch aus Hannover. Wie lange hast du die Praxis schon?"),
    ("me", "2025-08-12 07:50", "Hallo, seit 2015, gerade 10 Jahre geworden."),
    ("ctp1", "2025-08-14 12:00", "Wow, Glückwunsch! Gerade als Selbständige ist die Altersvorsorge ja oft ein Stiefkind. Ich zeige Unternehmerinnen, wie sie mit einer Basisrente bis zu 27.000 Euro Steuern sparen. Wollen wir mal 30 Minuten telefonieren?"),
])

P("ctp2", "Patrick Sommer", "ClearEnergy Gewerbestrom", "Vertriebspartner", invite=("IN", "2025-09-22 13:00", "Moin aus Hannover!"), connected="2025-09-22")
C("junk", "connect_then_pitch", "de", "small talk about the weather, pitch in message 2, no reply", [
    ("ctp2", "2025-09-22 13:20", "Moin Katrin, schönes Wetter heute oder? Endlich mal Sonne in Hannover 😄"),
    ("ctp2", "2025-09-24 09:30", "Kurze Frage noch: Zahlt ihr in der Praxis auch so viel für Strom? Ich vergleiche kostenlos Gewerbestromtarife und hab letzte Woche einer Zahnarztpraxis 1.800 Euro im Jahr gespart. Schick mir einfach deine letzte Abrechnung!"),
])

P("ctp3", "Lisa Hoffmann", "Glanzwerk Gebäudereinigung", "Vertrieb", invite=("IN", "2026-01-19 10:00", ""), connected="2026-01-19")
C("junk", "connect_then_pitch", "de", "compliments practice photos, owner thanks, cleaning service pitch in message 3", [
    ("ctp3", "2026-01-19 10:15", "Hallo Frau Bohlmann, tolle Praxisräume, hab die Bilder gesehen! Sieht richtig einladend aus."),
    ("me", "2026-01-19 12:40", "Danke schön!"),
    ("ctp3", "2026-01-21 08:00", "Sehr gern! Damit das auch so bleibt: Wir reinigen Arztpraxen und Therapiezentren nach RKI-Standard, flexibel auch abends. Darf ich Ihnen ein unverbindliches Angebot machen?"),
])

P("bump1", "Niklas Berger", "Praxis-Cloud24", "Account Executive")
C("junk", "follow_up_bumps", "de", "three bumps without any reply", [
    ("bump1", "2025-02-10 09:00", "Hallo Frau Bohlmann, wir digitalisieren Praxisverwaltung komplett. Interesse an einer Demo?"),
    ("bump1", "2025-02-17 09:00", "Hallo Frau Bohlmann, wollte meine Nachricht nochmal nach oben holen. Haben Sie sie gesehen?"),
    ("bump1", "2025-02-26 09:00", "Frau Bohlmann, ich will nicht nerven 🙂 Ist das Thema gerade nicht relevant, oder soll ich mich im Frühjahr nochmal melden?"),
])

P("bump2", "Melanie Krause", "Krause Versicherungsmakler", "Maklerin")
C("junk", "follow_up_bumps", "de", "insurance broker and one bump", [
    ("bump2", "2025-10-27 14:00", "Guten Tag Frau Bohlmann, haben Sie Ihre Praxisausfallversicherung in den letzten 3 Jahren überprüft? Viele Praxisinhaber sind unterversichert. Ich mache Ihnen gern einen kostenlosen Check."),
    ("bump2", "2025-11-03 14:00", "Ich wollte nochmal nachhaken, ob Sie meine Nachricht erhalten haben?"),
])

# one template sent by five senders, one of them in English
P("tpl1", "Florian Wendt", "TerminPilot", "Partnermanager")
C("junk", "template_campaign", "de", "shared template 1/5: impressed by your practice, cut no-shows", [
    ("tpl1", "2025-03-18 10:00", "Hallo Frau Bohlmann, ich bin auf Ihre Praxis Physiotherapie Bohlmann gestoßen und war wirklich beeindruckt. Wir helfen Physiotherapiepraxen wie Ihrer, Terminausfälle um bis zu 50 % zu senken. Wären Sie offen für ein kurzes Gespräch, in dem ich Ihnen zeige, wie das funktioniert?"),
])
P("tpl2", "Anna-Lena Koch", "NoShow Stop", "Business Development")
C("junk", "template_campaign", "de", "shared template 2/5, slight rewording", [
    ("tpl2", "2025-05-27 11:30", "Hallo Katrin, ich bin auf deine Praxis gestoßen und war echt beeindruckt! Wir helfen Physiopraxen wie deiner, Terminausfälle um bis zu 50 % zu reduzieren. Wärst du offen für ein kurzes Gespräch, wo ich dir zeige, wie das geht?"),
])
P("tpl3", "Dennis Maurer", "Erinnerungsprofi", "Vertriebsleiter")
C("junk", "template_campaign", "de", "shared template 3/5", [
    ("tpl3", "2025-08-19 09:45", "Guten Tag Frau Bohlmann, bei meiner Recherche bin ich auf Physiotherapie Bohlmann gestoßen und war sehr beeindruckt. Wir unterstützen Therapiepraxen dabei, Terminausfälle um bis zu 50 % zu senken. Hätten Sie Interesse an einem kurzen Austausch?"),
])
P("tpl4", "Oliver Grant", "RemindCare", "Partnerships Lead")
C("junk", "template_campaign", "en", "shared template 4/5, English version", [
    ("tpl4", "2025-10-07 15:00", "Hi Katrin, I came across Physiotherapie Bohlmann and was really impressed. We help physiotherapy practices like yours cut no-shows by up to 50%. Would you be open to a short conversation where I show you how it works?"),
])
P("tpl5", "Sandra Pohl", "Praxisruf", "Account Managerin")
C("junk", "template_campaign", "de", "shared template 5/5 with a bump", [
    ("tpl5", "2026-01-13 10:20", "Hallo Frau Bohlmann, ich bin auf Ihre Praxis gestoßen und war beeindruckt. Wir helfen Praxen wie Ihrer dabei, Terminausfälle um bis zu 50 % zu verringern. Wären Sie offen für ein kurzes Gespräch?"),
    ("tpl5", "2026-01-20 10:20", "Hallo Frau Bohlmann, ich wollte kurz nachfassen. Passt es diese oder nächste Woche?"),
])

P("merge1", "Thomas Kühne", "Medizinrecht Kühne", "Vertrieb")
C("junk", "merge_tag_failure", "de", "unfilled {{Vorname}} tag", [
    ("merge1", "2025-04-15 08:30", "Hallo {{Vorname}}, als Inhaber:in einer Praxis kennen Sie das: Abmahnungen wegen Datenschutz können teuer werden. Unser DSGVO-Komplettpaket schützt Sie für nur 49 Euro im Monat. Darf ich Ihnen die Details schicken?"),
])
P("merge2", "Julia Neumann", "Praxisschild24", "Kundenberaterin")
C("junk", "merge_tag_failure", "de", "unfilled [Praxisname] placeholder", [
    ("merge2", "2025-07-22 13:10", "Hallo Frau Bohlmann, wie wirkt [Praxisname] auf Patienten, die zum ersten Mal vorbeikommen? Mit unseren Leuchtschildern und Fensterbeschriftungen werden Sie gesehen. Jetzt 15 % Frühbucherrabatt!"),
])
P("merge3", "Markus Engelhardt", "Engelhardt Leasing", "Leasingberater")
C("junk", "merge_tag_failure", "de", "wrong gender and wrong practice name", [
    ("merge3", "2025-11-11 10:45", "Sehr geehrter Herr Bohlmann, herzlichen Glückwunsch zum Erfolg der Ergotherapie Bohlmann & Partner! Gerade für wachsende Praxen lohnt sich das Leasing von Dienstwagen. Darf ich Ihnen ein Angebot für einen E-Kombi machen?"),
])
P("merge4", "Ryan Mitchell", "GlobalMed Billing", "Business Development")
C("junk", "merge_tag_failure", "en", "English, unfilled {first_name} and a US billing offer", [
    ("merge4", "2025-12-09 16:00", "Hi {first_name}, are denied claims costing your practice thousands every month? GlobalMed Billing handles medical billing and coding for healthcare providers, increasing collections by 30%. Can we schedule a quick call?"),
])

P("spon1", "Leasing Direkt Business", "", "", url="https://www.linkedin.com/company/leasing-direkt-business")
C("junk", "sponsored_inmail", "de", "sponsored InMail: equipment leasing", [
    ("spon1", "2025-06-03 12:00", "<p>Hallo Katrin,</p><p>neue Ausstattung für Ihr Unternehmen? Mit <strong>Leasing Direkt Business</strong> finanzieren Sie Geräte &amp; Fahrzeuge ab 0,9 % – Zusage in 24 Stunden.</p><p>Jetzt unverbindlich anfragen.</p>"),
], title="Sponsored Conversation", subject="Katrin, investieren ohne Liquidität zu binden")
P("spon2", "Brightwell Online MBA", "", "", url="https://www.linkedin.com/company/brightwell-online-mba")
C("junk", "sponsored_inmail", "en", "sponsored InMail in English: online MBA", [
    ("spon2", "2025-11-25 12:00", "<p>Hi Katrin,</p><p>Take the next step in your career with a flexible, 100% online MBA. Study while you work &amp; join a global alumni network.</p><p>Apply before Jan 31.</p>"),
], title="Sponsored Conversation", subject="Your MBA, on your schedule")

P("siegel", "Dr. Harald Brenner", "Deutsches Praxisranking", "Leitung Auszeichnungen")
C("junk", "paid_award", "de", "'Top Praxis' seal that costs a licence fee", [
    ("siegel", "2025-08-26 11:00", "Sehr geehrte Frau Bohlmann, herzlichen Glückwunsch! Ihre Praxis wurde im Rahmen unserer Analyse als TOP-PRAXIS Hannover 2025 ausgezeichnet. Für die Nutzung des Siegels auf Website und Praxisschild fällt eine einmalige Lizenzgebühr von 890 Euro zzgl. MwSt. an. Bitte bestätigen Sie bis 15.9."),
])
P("tvbeitrag", "Katja Vollmer", "Experten im Fokus", "Redaktion")
C("junk", "paid_feature", "de", "TV/magazine expert feature with cost contribution", [
    ("tvbeitrag", "2025-10-20 14:30", "Liebe Frau Bohlmann, für unser Format 'Experten im Fokus' suchen wir Physiotherapeutinnen aus Niedersachsen. Sie erhalten ein professionelles Interview-Video plus Artikel in unserem Magazin. Der Kostenbeitrag für Produktion und Reichweite beträgt 1.290 Euro. Hätten Sie Interesse?"),
])
P("podcast", "Benedikt Arnold", "Praxishelden Podcast", "Host")
C("junk", "paid_podcast", "de", "podcast guest slot with a fee", [
    ("podcast", "2026-02-10 09:00", "Hey Katrin! Wir würden dich gern in unserem Podcast für Praxisinhaber:innen vorstellen. Für die Gastfolge inkl. Schnitt, Cover und Social-Media-Clips berechnen wir eine Pauschale von 590 Euro. Bock drauf?"),
])

P("fluent", "Alexander Weiß", "Nexalo Health AI", "Enterprise Sales")
C("junk", "fluent_names_company", "de", "fluent, names her practice, but fits any business", [
    ("fluent", "2025-09-16 10:30", "Hallo Frau Bohlmann, Physiotherapie Bohlmann hat sich in Hannover einen starken Namen gemacht, und mit dem Wachstum steigen auch die Anforderungen an Prozesse und Kommunikation. Nexalo verbindet Ihre Systeme mit KI und automatisiert Routineaufgaben, damit Sie sich auf das Wesentliche konzentrieren können. Wäre es verrückt, sich das für Physiotherapie Bohlmann einmal anzusehen?"),
])

P("booking_gen", "Maximilian Roth", "BookNow Pro", "Sales")
C("junk", "generic_counterpart_booking", "de", "generic online booking pitch (counterpart of the tailored booking vendor)", [
    ("booking_gen", "2025-06-17 15:00", "Hallo! Mit BookNow Pro können Ihre Kunden rund um die Uhr online buchen. Ideal für Friseure, Kosmetikstudios, Praxen und Dienstleister aller Art. Jetzt 30 Tage gratis testen!"),
])
P("recr_gen", "Nadine Albrecht", "Talentschmiede Personal", "Personalberaterin")
C("junk", "generic_counterpart_recruiter", "de", "generic recruiter without any role fit", [
    ("recr_gen", "2025-09-09 08:40", "Guten Tag Frau Bohlmann, wir vermitteln qualifizierte Fachkräfte aus allen Branchen. Ob IT, Pflege, Handwerk oder Büro: Wir finden die passenden Mitarbeiter für Sie. Darf ich Ihnen unser Leistungsportfolio vorstellen?"),
])
P("social_gen", "Jessica Baum", "Likewerk Social Media", "Gründerin")
C("junk", "generic_counterpart_social_media", "de", "generic social media agency (counterpart of the tailored agency)", [
    ("social_gen", "2025-12-16 12:30", "Hallo Katrin, Social Media ist heute kein Nice-to-have mehr! Wir übernehmen deine komplette Instagram- und TikTok-Betreuung, damit du mehr Reichweite und Kunden bekommst. Ab 499 Euro im Monat. Sollen wir mal sprechen?"),
])
P("abrechnung_gen", "Rainer Vogel", "Factoring Komplett", "Vertrieb")
C("junk", "generic_counterpart_billing", "de", "generic factoring pitch (counterpart of the tailored billing service)", [
    ("abrechnung_gen", "2025-07-08 07:45", "Sehr geehrte Damen und Herren, verbessern Sie Ihre Liquidität mit unserem Factoring! Wir kaufen Ihre offenen Forderungen und zahlen sofort aus. Für Handwerk, Handel und Gesundheitswesen. Ich freue mich auf Ihre Rückmeldung."),
])
P("coach", "Daniela Wiese", "Praxis-Erfolgscoaching", "Business Coach")
C("junk", "generic_coaching", "de", "generic practice coaching promising to double revenue", [
    ("coach", "2025-05-20 19:00", "Liebe Katrin, arbeitest du auch 60 Stunden pro Woche in deiner Praxis? In meinem 12-Wochen-Programm lernst du, wie du deinen Umsatz verdoppelst und endlich wieder Zeit für dich hast. Hier kannst du dir ein kostenloses Erstgespräch sichern 👉"),
])
P("pv", "Hendrik Meinert", "SonnenKraft Nord", "Energieberater")
C("junk", "off_topic_solar", "de", "solar panels pitch", [
    ("pv", "2025-04-08 16:00", "Hallo Frau Bohlmann, schon mal über eine Photovoltaikanlage für Ihr Unternehmen nachgedacht? Wir planen und installieren schlüsselfertig, inklusive Förderung. Kostenlose Beratung vor Ort!"),
])
P("krypto", "Alex Brandl", "Crypto Wealth Academy", "Trader & Coach")
C("junk", "off_topic_crypto", "de", "crypto trading course", [
    ("krypto", "2025-12-30 23:10", "Hey Katrin 👋 Schon gehört? Mit meiner Strategie verdienen meine Schüler jeden Monat ein zweites Einkommen mit Krypto, nur 30 Minuten am Tag. Schreib mir 'INFO' und ich schick dir alles."),
])
P("salesrole", "Tim Eggers", "CloudHire Recruiting", "Recruiter")
C("junk", "irrelevant_recruiter_role", "de", "recruiter with an unrelated SaaS sales job", [
    ("salesrole", "2025-06-24 14:45", "Hallo Katrin, dein Profil ist mir direkt aufgefallen! Für ein SaaS-Scale-up in Berlin suche ich eine:n Senior Account Executive (DACH), 120k OTE, remote. Wäre das spannend für dich?"),
])
P("massage", "Igor Wallner", "Relaxo Massagesessel", "Vertrieb")
C("junk", "off_topic_product", "de", "massage chairs for the waiting room", [
    ("massage", "2025-11-04 10:00", "Guten Tag, bieten Sie Ihren Kunden im Wartebereich etwas Besonderes! Unsere Premium-Massagesessel jetzt mit 20 % Rabatt und kostenloser Lieferung. Katalog anfordern?"),
])
P("web", "Sven Ludwig", "WebKraft Agentur", "Webdesigner")
C("junk", "generic_web_design", "de", "generic website relaunch", [
    ("web", "2025-08-05 20:30", "Hallo Frau Bohlmann, Ihre Website ist leider nicht mehr ganz zeitgemäß und auf dem Handy schwer zu bedienen. Wir erstellen moderne Websites ab 990 Euro. Soll ich Ihnen einen kostenlosen Entwurf schicken?"),
])
P("bewertungen", "Nico Baumann", "TopRating Pro", "Reputation Manager")
C("junk", "fake_reviews", "de", "buy positive Google reviews", [
    ("bewertungen", "2026-02-24 11:00", "Hallo Katrin, schlechte Google-Bewertungen schrecken neue Kunden ab. Wir entfernen negative Bewertungen und sorgen für echte 5-Sterne-Rezensionen. Ergebnisse in 14 Tagen garantiert. Interesse?"),
])
P("va", "Maria Reyes", "", "Virtual Assistant")
C("junk", "generic_virtual_assistant", "en", "English virtual assistant offer", [
    ("va", "2025-09-30 03:20", "Hello Ma'am Katrin! I hope this message finds you well. I am a virtual assistant with 5 years experience in admin tasks, email handling and appointment setting. Do you need help with your business? Looking forward to your reply."),
])
P("kaffee", "Bernd Jacobs", "OfficeBean Kaffeeservice", "Gebietsleiter")
C("junk", "off_topic_coffee", "de", "office coffee machine service", [
    ("kaffee", "2025-03-11 08:00", "Guten Morgen! Guter Kaffee motiviert Ihr Team. Wir stellen Ihnen einen Vollautomaten kostenlos hin, Sie zahlen nur die Bohnen. Testen Sie 4 Wochen unverbindlich!"),
])
P("ki_doku", "Laura Schenk", "DokuMind", "Growth Managerin", connected="2026-03-02")
C("junk", "generic_ai_tool", "de", "generic AI documentation tool, connect then pitch immediately", [
    ("ki_doku", "2026-03-02 09:00", "Hi Katrin, danke fürs Vernetzen! Ärzte, Anwälte und Therapeuten sparen mit DokuMind 2 Stunden Dokumentation am Tag. Einfach sprechen, die KI schreibt. Lust auf eine kurze Demo?"),
    ("ki_doku", "2026-03-09 09:00", "Hi Katrin, kurzer Reminder zu meiner Nachricht 🙂"),
])


if __name__ == "__main__":
    ex.write(
        Path(__file__).resolve().parents[1] / SLUG,
        {"First Name": "Katrin", "Last Name": "Bohlmann",
         "Headline": "Physiotherapeutin & Inhaberin Physiotherapie Bohlmann | Manuelle Therapie | Hannover-List",
         "Summary": "Seit 2015 führe ich eine Physiotherapiepraxis in der List mit 8 Therapeut:innen. Schwerpunkte: Orthopädie, Sportphysio, Lymphdrainage, Hausbesuche.",
         "Industry": "Medical Practices", "Zip Code": "30163",
         "Geo Location": "Hannover, Niedersachsen, Deutschland", "Websites": "[COMPANY:physio-bohlmann.de]"},
        [{"Company Name": "Physiotherapie Bohlmann", "Title": "Inhaberin",
          "Description": "Praxis mit 8 Therapeut:innen, KG, MT, MLD, KGG, Hausbesuche, Präventionskurse.",
          "Location": "Hannover", "Started On": "Jun 2015", "Finished On": ""},
         {"Company Name": "Reha-Zentrum am Maschsee", "Title": "Physiotherapeutin",
          "Description": "Orthopädische und neurologische Reha.",
          "Location": "Hannover", "Started On": "Oct 2008", "Finished On": "May 2015"}],
        ["Physiotherapie", "Manuelle Therapie", "Manuelle Lymphdrainage", "Praxisführung",
         "Sportphysiotherapie", "Krankengymnastik am Gerät"],
    )
    print(ex.summary())

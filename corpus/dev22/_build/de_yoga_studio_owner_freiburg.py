"""dev22 persona (written blind as heldout28, session 4): heldout28 persona: owner of a small yoga and pilates studio in Freiburg (2024 layout).

Written blind to the detector code (session 4). Every message below is invented by hand;
running this script regenerates corpus/heldout28/de-yoga-studio-owner-freiburg byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-yoga-studio-owner-freiburg"
OWNER = Person("me", "Franziska Glatt", "https://www.linkedin.com/in/ACoAAFranziskaGlatt",
               "Atemraum Yoga & Pilates", "Inhaberin & Yogalehrerin")

ex = Export(SLUG, "2024", OWNER)
P = ex.person


def genuine(category: str, language: str, note: str, messages: list, **options: object) -> None:
    ex.conv("genuine", category, language, note, messages, **options)


def wanted(category: str, language: str, note: str, messages: list, **options: object) -> None:
    ex.conv("wanted_pitch", category, language, note, messages, **options)


def junk(category: str, language: str, note: str, messages: list, **options: object) -> None:
    ex.conv("junk", category, language, note, messages, **options)


# ---------------------------------------------------------------- people
P("member_pause", "Carina Wehrle", "Sparkasse Freiburg-Nördlicher Breisgau", "Kundenberaterin", connected="2019-10-02")
P("hr_soft", "Matthias Dold", "Breisgau Softwarehaus GmbH", "People & Culture", connected="2024-02-05")
P("teacher_anna", "Anna Rombach", "Atemraum Yoga & Pilates", "Yogalehrerin (Vinyasa)", connected="2018-03-01")
P("teacher_jule", "Jule Schätzle", "", "Pilatestrainerin, freiberuflich", connected="2020-09-15")
P("physio", "Jonas Wiesler", "Physiopraxis am Lorettoberg", "Physiotherapeut & Inhaber", connected="2017-05-20")
P("physio_team", "Sabine Faller", "Physiopraxis am Lorettoberg", "Praxismanagement", connected="2021-01-10")
P("venue_bw", "Reinhold Kaltenbach", "Hofgut Kaltenbach (Seminarhaus)", "Gastgeber", connected="2016-06-12")
P("venue_als", "Claire Meyer", "Maison du Hohrodberg", "Réservations", connected="2024-01-18")
P("software", "Tobias Hug", "Kursfuchs GmbH", "Kundenbetreuung", connected="2019-01-07")
P("kasse", "Doris Ruh", "BKK Oberrhein", "Referentin Prävention", connected="2022-03-03")
P("applicant", "Melanie Isele", "", "Yogalehrerin (BDY in Ausbildung)")
P("applicant_nl", "Femke de Graaf", "", "Pilates Instructor (STOTT certified)")
P("recruiter", "Stefanie Brugger", "Brugger Personal Südbaden", "Personalberaterin", connected="2024-04-09",
  invite=("OUT", "2024-04-09 08:40", "Hallo Frau Brugger, Jonas Wiesler hat Sie empfohlen - darf ich mich vernetzen?"))
P("journo", "Philipp Zähringer", "Breisgauer Rundschau", "Redakteur Lokales")
P("network", "Ulrike Metzger", "Unternehmerinnen-Netzwerk Freiburg", "Sprecherin", connected="2018-11-11")
P("ty_1", "Heike Burger", "Stadtbau Freiburg", "Projektleiterin", connected="2024-05-12")
P("ty_2", "Lars Vögtle", "Uniklinik Freiburg", "Assistenzarzt", connected="2024-05-12")
P("ty_3", "Sevgi Arslan", "Goethe-Gymnasium", "Lehrerin", connected="2024-05-13")
P("photographer", "Benedikt Hauser", "Hauser Fotografie", "Fotograf", connected="2015-04-04")
P("mentor", "Radha Iyer-Schmid", "", "Senior Yoga Teacher & Teacher Trainer", connected="2012-08-08")
P("steuer", "Gisela Hartenstein", "Hartenstein Steuerberatung", "Steuerberaterin", connected="2014-01-20")
P("landlord", "Karl-Heinz Scherer", "Scherer Hausverwaltung", "Hausverwalter", connected="2016-02-02")
P("peer", "Nadine Rieder", "Yogahaus Emmendingen", "Inhaberin", connected="2017-09-17")
P("student_member", "Priya Nair", "Albert-Ludwigs-Universität Freiburg", "PhD candidate, Microbiology", connected="2023-10-30")
P("spam_member", "Beat Schürch", "", "Architekt, Basel")
P("hebamme", "Anja Kromer", "Hebammenpraxis Wiehre", "Hebamme", connected="2020-02-20")
P("teacher_tim", "Tim Gutmann", "Atemraum Yoga & Pilates", "Yogalehrer (Yin & Hatha)", connected="2019-04-04")
P("teacher_lea", "Lea Hummel", "Atemraum Yoga & Pilates", "Yogalehrerin (Kinderyoga)", connected="2021-07-07")
P("supplier", "Moritz Eckert", "Matte & Co. Yogazubehör", "Vertrieb Studios", connected="2018-10-10")
P("retreatie", "Dagmar Sutter", "Landratsamt Breisgau-Hochschwarzwald", "Sachbearbeiterin", connected="2023-06-20")
P("thesis", "Luca Baumann", "Institut für Sport und Sportwissenschaft Freiburg", "B.Sc. Student")
P("friend", "Kathrin Wöhrle", "Yogaschule Konstanz", "Yogalehrerin", connected="2011-05-05")
P("insurance", "Frank Heitzmann", "Heitzmann Versicherungsmakler", "Versicherungsmakler", connected="2016-03-30")
P("healthdays", "Irene Blust", "Gesundheitstreff Freiburg e.V.", "Organisation Gesundheitstage", connected="2022-09-01")
P("exmember", "Julia Maier", "Otto Group", "Product Owner", connected="2018-05-18")
P("kita", "Petra Zipfel", "Kita Sonnenschein Wiehre", "Leitung")

# wanted-pitch senders
P("w_zpp", "Dr. Miriam Stöckle", "Präventa Kursberatung", "Beraterin Kurszertifizierung")
P("w_video", "Felix Ruf", "Ruf Media", "Videoproduktion")
P("w_floor", "Andreas Göppert", "Göppert Parkett & Akustik", "Schreinermeister")
P("w_software", "Lisa Kammerer", "Studiolino", "Customer Success")
P("w_bgm", "Daniel Sauter", "Firmenfit Südbaden", "Geschäftsführer BGM")
P("w_tender", "Regina Eschbach", "Bewegt Älter werden gGmbH", "Projektleitung")
P("w_venue", "Chantal Wirth", "Domaine des Trois Épis", "Séminaires & Retraites")
P("w_recruit", "Marco Bühler", "FitStaff Recruiting", "Recruiter Fitness & Gesundheit")
P("w_reformer", "Svenja Löffler", "Reformer Rent", "Studio-Beratung")
P("w_web", "Tarek Haddad", "", "Webdesigner, Freiburg-Stühlinger")
P("w_insure", "Jens Bohnert", "Bohnert Versicherungen", "Makler für Gesundheitsberufe")
P("w_blog", "Hannah Oakley", "Still Water Retreats", "Programme Director")

# junk senders
P("j_software", "Kevin Schuster", "YogaBooker Pro", "Sales Manager DACH")
P("j_seo", "Dennis Krämer", "Rankheld Marketing", "SEO-Experte")
P("j_venue", "Nicole Berger", "Retreat-Finder 24", "Partnermanagement")
P("j_equip", "Sandro Pilz", "FitEquip Direkt", "Key Account")
P("j_tpl1", "Sebastian Vogt", "Kundenmagnet GmbH", "Gründer")
P("j_tpl2", "Julia Hoffmann", "Wachstumsschmiede", "Business Coach")
P("j_tpl3", "Marcel Brandt", "Studio Scale Academy", "Inhaber")
P("j_tpl4", "Ramona Keller", "Leadwerk", "Vertrieb")
P("j_tpl5", "Chris Walker", "FitGrowth Agency", "Founder")
P("j_merge1", "Tanja Lindner", "Mitgliederplus", "Vertrieb")
P("j_merge2", "Oliver Stein", "Gutschein-Profi", "Partnerschaften")
P("j_merge3", "Yvonne Kraus", "Klangwelt Events", "Kooperationen")
P("j_merge4", "Patrick Heinz", "StudioCash Finanzierung", "Berater")
P("j_sp1", "Vitalis Akademie", "Vitalis Akademie", "",
  url="https://www.linkedin.com/company/vitalis-akademie")
P("j_sp2", "Solaris Energiepartner", "Solaris Energiepartner", "",
  url="https://www.linkedin.com/company/solaris-energiepartner")
P("j_sp3", "LinkedIn Member", "", "", url="")
P("j_award", "Bianca Seidel", "Deutscher Gesundheitspreis Regional", "Jury-Koordination")
P("j_magazine", "Ralf Ebner", "Top-Unternehmen Südwest Magazin", "Anzeigenleitung")
P("j_sells", "Sarah Engel", "MoveWell Corporate", "Partnermanagerin")
P("j_sells2", "Anja Pfeiffer", "YogaOnline Pro", "Vertrieb")
P("j_capacity", "Nico Hartmann", "Neukunden-Garantie", "Inhaber")
P("j_likeminded", "Tobias Lang", "Lang Holding", "Unternehmer | Investor | Mentor")
P("j_15min", "Jennifer Roth", "Effizienzwerk", "Business Development")
P("j_ctp1", "Marco Weiß", "Weiß Finanzplanung", "Finanzberater", connected="2024-03-04",
  invite=("IN", "2024-03-04 07:55", "Hallo Franziska, ich vernetze mich gern mit Unternehmerinnen aus Freiburg!"))
P("j_ctp2", "Lisa Schmid", "Glow & Flow Aroma", "Independent Aroma-Beraterin", connected="2024-06-10",
  invite=("IN", "2024-06-09 21:30", ""))
P("j_ctp3", "Stefan Albrecht", "Albrecht Leasing", "Gewerbeleasing", connected="2024-08-19",
  invite=("IN", "2024-08-19 08:05", "Hallo Frau Glatt, ich mache selbst Yoga - würde mich freuen!"))
P("j_ctp4", "Daniela Frey", "Insta-Boost Agentur", "Social Media Managerin", connected="2024-10-07",
  invite=("IN", "2024-10-06 18:45", ""))
P("j_bump1", "Markus Bender", "Zeitwerk Personal", "Personaldisponent")
P("j_bump2", "Helena Novak", "ClickCRM", "Account Executive")
P("j_crypto", "Michael Braun", "Krypto Freiheit", "Vermögensberater")
P("j_fluent", "Verena Kuhn", "ChatPilot", "Lösungen für Studios")
P("j_ghost", "Jan Frisch", "Postfabrik", "LinkedIn-Ghostwriter")
P("j_franchise", "Thomas Ernst", "Zen Chain Franchise", "Expansion Manager")
P("j_loan", "Andrea Wolf", "Blitzkredit Gewerbe", "Finanzierungsberaterin")
P("j_recruit", "Sven Müller", "Top Talente Vertrieb", "Headhunter")
P("j_cbd", "Leon Fuchs", "Hanfglück", "Großhandel")
P("j_insure", "Ralf Becker", "Policenblick", "Kundenberater")

# ================================================================ GENUINE (35)
genuine("member_admin", "de", "Mitglied will Mitgliedschaft wegen Schwangerschaft pausieren", [
    ("member_pause", "2024-01-09 19:12", "Hallo Franziska, ich hoffe es ist ok, dass ich dir hier schreibe - die Mail an info@ kam zurück? Ich bin schwanger (!!) und würde meine Mitgliedschaft gern ab Februar ruhen lassen. Und gibt es bei euch Schwangerschaftsyoga, oder weißt du wo? Liebe Grüße, Carina"),
    ("me", "2024-01-09 20:30", "Liebe Carina, herzlichen Glückwunsch!! 🥰 Klar, ich pausier dich ab 1.2. Schwangerschaftsyoga macht bei uns Anna, mittwochs 18 Uhr - mit Attest deiner Frauenärztin kannst du direkt rein, das läuft dann über die Pause. Die info@-Adresse schau ich mir an, danke fürs Bescheidsagen!"),
    ("member_pause", "2024-01-09 20:41", "Perfekt, danke dir! Bis Mittwoch dann 🙂"),
])
genuine("inbound_lead_quote", "de", "Softwarefirma möchte Firmenyoga kaufen und bittet um Angebot", [
    ("hr_soft", "2024-02-05 11:20", "Hallo Frau Glatt, danke fürs Vernetzen. Wir sind ein Softwarehaus mit ca. 60 Leuten in der Wiehre, zwei Straßen von Ihnen. Mehrere Kolleginnen sind schon bei Ihnen Mitglied und haben angeregt, dass wir Firmenyoga anbieten. Könnten Sie uns ein Angebot machen - 1x pro Woche mittags, 45 Minuten, bei uns im Besprechungsraum oder bei Ihnen im Studio? Gerne auch mit Kostenübernahme über die Krankenkasse, falls das geht. Viele Grüße, Matthias Dold"),
    ("me", "2024-02-05 14:05", "Hallo Herr Dold, das freut mich sehr! Beides ist möglich. Im Studio wäre es für Ihre Leute angenehmer (Matten, Ruhe), bei Ihnen flexibler. Ich schicke Ihnen bis Freitag ein Angebot für einen Kurs mit 10 Terminen. Eine Bezuschussung über die Kasse geht nur, wenn der Kurs zertifiziert ist - unser Hatha-Kurs ist es, den könnte ich als Firmenkurs anbieten. Wie viele Teilnehmende erwarten Sie?"),
    ("hr_soft", "2024-02-05 14:30", "Eher 12-15. Das klingt sehr gut, ich warte auf Ihr Angebot."),
    ("me", "2024-02-09 09:10", "Hier das Angebot: 10 Termine à 45 Min im Studio, feste Lehrerin (Anna Rombach), Preis pro Termin inkl. Matten. Ab dem 2. Block gibt's 10 % Rabatt. Bei Fragen gern anrufen!"),
    ("hr_soft", "2024-02-20 16:44", "Geschäftsführung hat zugestimmt 🎉 Können wir im März starten?"),
], attachments={3: "https://www.linkedin.com/dms/atemraum-angebot-firmenyoga.pdf"})
genuine("teacher_rota", "de", "Lehrerin organisiert Vertretung", [
    ("teacher_anna", "2024-03-18 07:02", "Morgen Franzi, ich bin total erkältet 🤧 kann heute Abend die 19:30 nicht. Jule hätte evtl Zeit, hab sie schon gefragt. Sorry!!"),
    ("me", "2024-03-18 07:20", "Oh je, gute Besserung! Wenn Jule kann, super, sonst mach ich's selbst. Kurier dich aus, gell."),
    ("teacher_anna", "2024-03-18 07:45", "Jule macht's ✌️"),
])
genuine("teacher_rate", "de", "freie Pilatestrainerin möchte höheres Honorar", [
    ("teacher_jule", "2024-07-01 21:15", "Hallo Franziska, ich wollte das nicht zwischen Tür und Angel besprechen: Ich bin jetzt seit fast 4 Jahren bei euch für 38 € pro Stunde und würde gern ab September auf 45 € gehen. Die anderen Studios zahlen inzwischen 42-48. Ich unterrichte super gern bei euch und will auch bleiben. Können wir drüber reden?"),
    ("me", "2024-07-02 08:30", "Liebe Jule, danke, dass du's offen ansprichst. Du hast recht, 38 ist nicht mehr zeitgemäß. 45 ab September bekomm ich hin, wenn du die Samstagsstunde mit übernimmst - sonst 43. Lass uns Donnerstag nach deinem Kurs auf einen Kaffee gehen?"),
    ("teacher_jule", "2024-07-02 08:41", "Deal, Donnerstag! Und Samstag mach ich gern 🙂"),
])
genuine("peer_joint_offer", "de", "Physiopraxis schlägt gemeinsamen Rückenkurs und Preisaufteilung vor", [
    ("physio", "2024-04-15 12:40", "Hallo Franziska, wir haben so viele Patienten, die nach der Reha \"irgendwas mit Bewegung\" suchen. Idee: Wir machen zusammen einen 8-Wochen-Kurs 'Starker Rücken' - erste Stunde bei uns Befund, dann 7x bei dir im Studio, Preis 189 €, wir teilen 40/60. Du hast die Räume, wir die Leute. Was meinst?"),
    ("me", "2024-04-15 18:05", "Jonas, ich find's super. 40/60 für wen? 😄 Spaß. Wenn ihr die Befunde macht und die Anmeldung, ist 40/60 zu euren Gunsten fair - wenn wir die Anmeldung machen, umgekehrt. Lass uns das mit Sabine durchrechnen."),
    ("physio", "2024-04-15 18:20", "Ha, gut verhandelt. Ich sag Sabine, sie soll dir Termine schicken."),
])
genuine("referral_partner", "de", "Praxismanagement der Physio schickt Patientin", [
    ("physio_team", "2024-05-27 10:10", "Hallo Frau Glatt, wir hätten eine Patientin (Bandscheibenvorfall L5/S1, jetzt gut stabil) die gern in einen ruhigen Pilateskurs möchte. Jonas meinte, der Dienstagskurs bei Jule wäre ideal. Ist da noch Platz? Sie würde sich direkt melden. LG Sabine Faller"),
    ("me", "2024-05-27 11:00", "Hallo Frau Faller, ja, Dienstag sind noch 2 Plätze frei. Gern direkt melden, ich gebe Jule Bescheid."),
])
genuine("vendor_price_change", "de", "langjähriges Seminarhaus kündigt neue Preise für 2025 an", [
    ("venue_bw", "2024-09-02 09:00", "Liebe Franziska, grüß Gott aus dem Hochschwarzwald! Bevor die neuen Preislisten rausgehen, wollte ich's dir persönlich sagen: Ab 2025 müssen wir die Vollpension von 79 auf 88 € pro Person und Nacht anheben, die Energie und die Löhne... du weißt ja. Für deinen Herbstretreat halte ich dir den alten Preis, wenn du bis Ende Oktober verbindlich buchst. Herzliche Grüße vom ganzen Hof, Reinhold"),
    ("me", "2024-09-02 13:15", "Lieber Reinhold, danke, dass du's vorher sagst. Versteh ich total. Ich buche den Herbst 2025 (10.-12. Oktober, 16 Personen) gern verbindlich zum alten Preis, schick mir die Bestätigung. Grüße an Hilde und den Hund!"),
    ("venue_bw", "2024-09-02 15:40", "Gemacht. Der Bello lässt grüßen 🐕"),
])
genuine("owner_started_quote", "en", "she asks an Alsace venue for a retreat quote herself", [
    ("me", "2024-01-18 10:00", "Hello Claire, we are a yoga studio in Freiburg and I'm looking for a venue for a weekend retreat in May 2025, 14-16 people, vegetarian full board, a practice room for 16 mats. Could you send me availability and a price? Sorry that I write in English, my French is terrible."),
    ("venue_als", "2024-01-19 14:20", "Hello Franziska, no problem at all! We have 16-18 May or 23-25 May 2025. Full board vegetarian is 96 € per person per night in twin rooms, the practice room (80 m², wooden floor) is included for groups over 12. I attach the brochure. Best regards, Claire"),
    ("me", "2024-01-19 16:30", "Thank you! Could you hold 23-25 May for two weeks while I check with my teachers?"),
    ("venue_als", "2024-01-19 16:45", "Of course, option until 2 February."),
], attachments={1: "https://www.linkedin.com/dms/hohrodberg-groupes-2025.pdf"})
genuine("vendor_price_change", "de", "Studio-Software (bestehender Vertrag) erhöht die Preise", [
    ("software", "2024-10-01 09:30", "Hallo Frau Glatt, wie Sie sicher in der Mail gelesen haben, stellen wir zum 1.1.2025 auf das neue Preismodell um. Für Ihr Studio (bis 300 aktive Mitglieder) bedeutet das 69 € statt 49 € pro Monat, dafür sind die SEPA-Lastschriften jetzt inklusive. Weil Sie seit 2019 bei uns sind, kann ich Ihnen 12 Monate zum Übergangspreis von 59 € anbieten. Melden Sie sich gern, wenn Sie Fragen haben."),
    ("me", "2024-10-01 12:45", "Hallo Herr Hug, 40 % mehr ist happig. Die Lastschriften habe ich bisher über die Bank für fast nichts gemacht. Und die Warteliste, um die ich seit zwei Jahren bitte, gibt es immer noch nicht. Ich nehme die 59 € vorerst, schaue mich aber um."),
    ("software", "2024-10-01 13:10", "Verstehe ich. Die Warteliste kommt laut Roadmap im Q2, ich gebe Ihr Feedback aber nochmal weiter."),
])
genuine("health_insurer_certification", "de", "Krankenkasse zur Zertifizierung des Hatha-Kurses nach §20", [
    ("kasse", "2024-03-12 14:00", "Sehr geehrte Frau Glatt, mehrere unserer Versicherten haben eine Erstattung für Ihren Kurs 'Hatha Yoga Grundkurs' beantragt. Laut Prüfstelle läuft die Zertifizierung am 30.04. aus. Bitte denken Sie an die rechtzeitige Verlängerung, sonst können wir Kurse ab Mai nicht mehr bezuschussen. Mit freundlichen Grüßen, Doris Ruh"),
    ("me", "2024-03-12 15:20", "Sehr geehrte Frau Ruh, vielen Dank für den Hinweis! Die Verlängerung ist eingereicht, ich warte auf die Bestätigung. Sobald ich sie habe, schicke ich Ihnen die neue Kurs-ID."),
    ("kasse", "2024-03-12 15:32", "Prima, danke Ihnen."),
])
genuine("job_applicant", "de", "Bewerbung einer Yogalehrerin auf die Ausschreibung", [
    ("applicant", "2024-05-06 20:20", "Hallo Frau Glatt, ich habe gesehen, dass Sie eine Lehrkraft für Yin und Restorative suchen. Ich bin gerade im letzten Jahr meiner BDY-Ausbildung (Abschluss Juli) und unterrichte seit einem Jahr im Sportverein in Kirchzarten. Darf ich Ihnen meine Unterlagen schicken und vielleicht mal eine Probestunde geben? Viele Grüße, Melanie Isele"),
    ("me", "2024-05-06 21:30", "Hallo Frau Isele, sehr gern! Schicken Sie mir die Unterlagen an franziska@atemraum-freiburg.de. Probestunde wäre super, vielleicht an einem Sonntag."),
    ("applicant", "2024-05-07 07:10", "Vielen Dank, ist unterwegs!"),
])
genuine("job_applicant", "en", "Dutch pilates instructor applies in English", [
    ("applicant_nl", "2024-05-14 13:45", "Hi Franziska, I'm a STOTT certified Pilates instructor from Utrecht moving to Freiburg in August (my partner starts at the Fraunhofer). My German is B1 and improving. I saw on your website that you only offer mat Pilates - I teach mat and reformer. Would you have any classes for me, even one or two to start? CV attached. Thanks! Femke"),
    ("me", "2024-05-14 17:30", "Hi Femke, welcome to Freiburg (soon)! Yes, I'd love to meet you. B1 is totally fine for Pilates, my members will help you 😄 Let's have a video call next week - Tuesday 10am?"),
    ("applicant_nl", "2024-05-14 17:36", "Tuesday 10 is perfect!"),
], attachments={0: "https://www.linkedin.com/dms/femke-de-graaf-cv.pdf"})
genuine("recruiter_engaged", "de", "Personalberaterin, die sie selbst beauftragt hat; Honorar", [
    ("me", "2024-04-09 08:45", "Hallo Frau Brugger, danke fürs Annehmen. Ich suche eine Studioleitung/Rezeption in Teilzeit (20 Std.), ab Juli, Freiburg-Wiehre. Jonas Wiesler meinte, Sie haben ihm die Praxismanagerin vermittelt. Wie arbeiten Sie und was kostet das?"),
    ("recruiter", "2024-04-09 11:30", "Hallo Frau Glatt, schön von Ihnen zu hören! Für Teilzeitstellen berechne ich 1,5 Bruttomonatsgehälter, fällig erst bei Einstellung, mit 3 Monaten Nachbesetzungsgarantie. Ich hätte schon zwei Kandidatinnen im Kopf, eine davon kommt aus der Hotellerie und macht selbst Yoga. Soll ich Ihnen die Profile anonym schicken?"),
    ("me", "2024-04-09 12:10", "Ja, gern. 1,5 Gehälter ist ok, wenn die Garantie 6 Monate ist?"),
    ("recruiter", "2024-04-09 12:25", "Bei Ihnen mach ich 6 Monate. Profile kommen heute Nachmittag."),
])
genuine("press_enquiry", "de", "Lokalredakteur fragt nach Interview zum Studiojubiläum", [
    ("journo", "2024-04-22 10:15", "Hallo Frau Glatt, Philipp Zähringer von der Rundschau. Ich habe gehört, dass Ihr Studio im Mai 10 Jahre alt wird. Wir würden gern ein kleines Porträt machen - wie sich Yoga in Freiburg verändert hat, wer zu Ihnen kommt. Hätten Sie nächste Woche eine halbe Stunde? Ein Fotograf käme auch kurz vorbei."),
    ("me", "2024-04-22 12:00", "Hallo Herr Zähringer, sehr gern! Dienstag oder Donnerstag Vormittag, dann ist das Studio frei und gut für Fotos. Bitte keine Fotos von Teilnehmenden ohne Einwilligung."),
    ("journo", "2024-04-22 12:05", "Selbstverständlich. Donnerstag 10 Uhr?"),
    ("me", "2024-04-22 12:08", "Passt!"),
])
genuine("event_invitation", "de", "Unternehmerinnen-Netzwerk lädt zum Sommerstammtisch ein", [
    ("network", "2024-06-17 18:30", "Hallo zämme - ah nein, nur an dich, Franziska 😅 Unser Sommerstammtisch ist am 11.7. im Biergarten am Lorettoberg, ab 19 Uhr. Magst du diesmal kommen? Wir vermissen dich! Und: Wärst du bereit, im Herbst einen kleinen Impuls zu 'Pausen im Arbeitsalltag' zu geben?"),
    ("me", "2024-06-17 20:00", "Ulrike, ich komme! Und den Impuls mach ich gern, such mir einen Termin raus."),
])
genuine("thank_you_after_event", "de", "Dank nach dem Tag der offenen Tür zum 10-Jährigen (1 von 3)", [
    ("ty_1", "2024-05-12 20:10", "Liebe Franziska, vielen Dank für den wunderschönen Tag der offenen Tür heute! Die Yin-Stunde war genau das Richtige. Herzlichen Glückwunsch zu 10 Jahren Atemraum! Heike"),
    ("me", "2024-05-12 21:30", "Danke dir, Heike! Schön, dass du da warst 🙏"),
])
genuine("thank_you_after_event", "de", "Dank nach dem Tag der offenen Tür (2 von 3), fast gleich", [
    ("ty_2", "2024-05-12 21:02", "Liebe Frau Glatt, vielen Dank für den schönen Tag der offenen Tür heute, die Yin-Stunde war genau das Richtige! Herzlichen Glückwunsch zu 10 Jahren. Lars Vögtle"),
    ("me", "2024-05-12 21:32", "Vielen Dank, Herr Vögtle, schön dass Sie da waren!"),
])
genuine("thank_you_after_event", "de", "Dank nach dem Tag der offenen Tür (3 von 3), fast gleich", [
    ("ty_3", "2024-05-13 07:45", "Liebe Franziska, danke für den tollen Tag der offenen Tür gestern! Die Yin-Stunde war genau richtig nach der Woche. Glückwunsch zu 10 Jahren! Sevgi"),
])
genuine("owner_started_quote", "de", "sie fragt ihren Stammfotografen nach einem Preis für neue Studiofotos", [
    ("me", "2024-02-26 09:40", "Hallo Benedikt, lange nicht gesehen! Zum 10-Jährigen brauch ich neue Fotos fürs Studio und die Webseite - Räume, alle 6 Lehrenden, ein paar Kurs-Situationen. Was würde so ein halber Tag kosten?"),
    ("photographer", "2024-02-26 13:30", "Hallo Franziska! Schön von dir zu hören. Halber Tag mit Bearbeitung von ca. 40 Bildern: 690 € netto. Für Kursfotos brauchst du Einwilligungen der Leute, ich bring Vordrucke mit. Termin?"),
    ("me", "2024-02-26 14:00", "Super, nehmen wir. Samstag 16.3. vormittags?"),
    ("photographer", "2024-02-26 14:05", "Eingetragen 📷"),
])
genuine("long_standing_mentor", "en", "her teacher-training mentor, long-standing friendship", [
    ("mentor", "2024-05-10 06:30", "Dear Franziska, ten years of Atemraum! I still remember you in our training in 2012, always the first on the mat and the last to leave. I'm so proud. I'll be in Basel in June, maybe I can come and teach a class for your students? With love, Radha"),
    ("me", "2024-05-10 08:15", "Radha!! This made me cry a little. Yes, please come - a Saturday workshop? We'd be honoured."),
    ("mentor", "2024-05-10 09:00", "Saturday 22 June. Pranayama and a long savasana, as always 😊"),
])
genuine("tax_advisor", "de", "langjährige Steuerberaterin zur Umsatzsteuer auf Kurse", [
    ("steuer", "2024-02-14 16:10", "Liebe Frau Glatt, kurze Rückfrage für die Jahreserklärung: Sind die Firmenyoga-Kurse, die Sie ab März anbieten, zertifizierte Präventionskurse? Davon hängt ab, ob wir sie umsatzsteuerfrei behandeln können. Die freien Stunden bleiben ja steuerpflichtig."),
    ("me", "2024-02-14 17:00", "Liebe Frau Hartenstein, ja - es ist der zertifizierte Hatha-Kurs, nur in geschlossener Gruppe. Ich schicke Ihnen das Zertifikat. Danke, dass Sie mitdenken!"),
])
genuine("landlord_rent", "de", "Hausverwaltung kündigt Mieterhöhung nach Indexklausel an", [
    ("landlord", "2024-11-04 10:00", "Sehr geehrte Frau Glatt, gemäß der Indexklausel in § 4 Ihres Gewerbemietvertrags erhöht sich die Nettokaltmiete zum 1.1.2025 um 4,1 %. Das Schreiben geht Ihnen zusätzlich per Post zu. Außerdem die Info, dass die Heizungsanlage im Februar getauscht wird - an zwei Tagen gibt es kein warmes Wasser. Freundliche Grüße, K.-H. Scherer"),
    ("me", "2024-11-04 11:45", "Sehr geehrter Herr Scherer, danke für die Info. Welche zwei Tage im Februar? Ich muss dann ggf. Kurse verlegen, die Duschen brauchen wir."),
    ("landlord", "2024-11-04 14:20", "Voraussichtlich 12. und 13. Februar. Ich bestätige rechtzeitig."),
])
genuine("peer_collaboration", "de", "befreundete Studioinhaberin: gemeinsamer Vertretungspool", [
    ("peer", "2024-08-05 21:30", "Hey Franzi, bei uns fallen im Herbst zwei Lehrerinnen aus (eine Elternzeit, eine Ausbildung). Wollen wir einen gemeinsamen Vertretungspool machen? Eine Liste, wer kann was wann, und wir zahlen jeweils unser Honorar. Emmendingen ist ja nur 20 Minuten mit der Breisgau-S-Bahn."),
    ("me", "2024-08-06 08:00", "Nadine, gute Idee! Ich hab Jule und Tim, die gern mehr machen würden. Lass uns eine gemeinsame Tabelle anlegen. Honorar müssten wir angleichen, sonst gibt's Neid."),
    ("peer", "2024-08-06 08:15", "Stimmt. Telefonieren am Freitag?"),
])
genuine("member_thanks", "en", "international PhD student thanks her for the Yin workshop", [
    ("student_member", "2024-03-03 18:00", "Hi Franziska, just wanted to say thank you for today's Yin workshop. I'm in the last months of my PhD and honestly this was the first afternoon in weeks my head was quiet. Also thank you for explaining everything in English for me, not everyone does that. See you Thursday! Priya"),
    ("me", "2024-03-03 19:10", "Priya, that's so lovely to hear. Good luck with the last months - you've got this. See you Thursday 🙏"),
])
genuine("spam_folder_genuine", "de", "Interessent aus Basel fragt nach Drop-in; landete im SPAM", [
    ("spam_member", "2024-06-25 12:12", "Grüezi Frau Glatt, ich arbeite ab August drei Tage pro Woche in Freiburg und suche ein Studio für Pilates am Abend. Gibt es bei Ihnen Einzelstunden oder eine Zehnerkarte ohne Mitgliedschaft? Und zahlt man dann in Euro bar? Freundliche Grüsse, Beat Schürch"),
    ("me", "2024-07-01 09:00", "Grüezi Herr Schürch, entschuldigen Sie die späte Antwort, Ihre Nachricht war im falschen Ordner gelandet. Ja, wir haben eine Zehnerkarte (ohne Mitgliedschaft), zahlbar bar oder per Karte. Dienstag und Donnerstag 19:30 Pilates. Herzlich willkommen!"),
], folder="SPAM")
genuine("inbound_lead_midwife", "de", "Hebamme möchte Rückbildungs-Pilates bei ihr einkaufen", [
    ("hebamme", "2024-09-16 13:00", "Hallo Franziska, wir bekommen ständig Anfragen nach Rückbildung mit Pilates-Elementen und haben selbst keinen Raum dafür. Könnten wir einen Kurs bei dir einkaufen - 8 Termine, max. 10 Frauen, mit Babys? Wir würden die Anmeldung und Abrechnung mit den Kassen machen. Was würdest du dafür nehmen?"),
    ("me", "2024-09-16 15:30", "Hallo Anja, super gern! Jule hat die Rückbildungs-Fortbildung. Für 8 Termine à 60 Min inkl. Raum würde ich 560 € ansetzen. Vormittags ist der kleine Raum frei, Babys willkommen. Passt das?"),
    ("hebamme", "2024-09-16 15:50", "Passt. Wir starten im November?"),
])
genuine("team_group", "de", "Teamgruppe zum Sommerstundenplan", [
    ("me", "2024-06-03 20:00", "Hallo ihr Lieben, Sommerplan: Vom 29.7. bis 25.8. reduzieren wir auf 12 Kurse pro Woche. Bitte tragt bis Freitag in der Tabelle ein, wann ihr weg seid. Danke! ☀️"),
    ("teacher_tim", "2024-06-03 20:15", "Bin 5.-18.8. weg, Rest kann ich alles."),
    ("teacher_lea", "2024-06-03 20:40", "Kinderyoga pausiert eh in den Ferien, ich könnte dafür die Montagmittag-Stunde machen?"),
    ("teacher_anna", "2024-06-04 07:30", "Ich bin durchgehend da 🙋‍♀️ kann gern mehr machen."),
    ("me", "2024-06-04 08:00", "Ihr seid die Besten. Lea, Montag mittag ist deins."),
], title="Team Atemraum", extra=["teacher_jule"])
genuine("existing_supplier", "de", "Mattenlieferant zu verspäteter Lieferung", [
    ("supplier", "2024-01-22 11:00", "Hallo Frau Glatt, leider verzögert sich Ihre Bestellung (20 Naturkautschukmatten, 40 Korkblöcke) um ca. 3 Wochen, der Hersteller in Portugal hat Lieferprobleme. Soll ich die Blöcke schon vorab schicken? Die sind da."),
    ("me", "2024-01-22 11:30", "Ja bitte, Blöcke vorab. Die Matten brauche ich spätestens zum Tag der offenen Tür am 12. Mai, das sollte ja reichen."),
])
genuine("retreat_participant", "de", "Teilnehmerin vom letzten Retreat fragt nach dem nächsten", [
    ("retreatie", "2024-07-09 19:45", "Hallo Franziska, das Retreat auf dem Hofgut letzten Oktober war so schön, ich zehre immer noch davon. Gibt's dieses Jahr wieder eins? Ich würde gern meine Schwester mitbringen. Liebe Grüße, Dagmar"),
    ("me", "2024-07-09 21:00", "Liebe Dagmar, ja! 11.-13. Oktober, wieder auf dem Hofgut. Anmeldung ab nächster Woche auf der Webseite. Ich setz dich und deine Schwester schon mal auf die Liste, gell?"),
    ("retreatie", "2024-07-09 21:05", "Jaaa bitte! ❤️"),
])
genuine("student_survey", "de", "Sportstudent bittet um Teilnahme an Umfrage für Bachelorarbeit", [
    ("thesis", "2024-06-11 10:20", "Sehr geehrte Frau Glatt, ich schreibe meine Bachelorarbeit am Institut für Sport über Motivation von Yoga-Teilnehmenden über 50. Dürfte ich einen Fragebogen (10 Min, anonym) in Ihrem Studio auslegen bzw. im Newsletter verlinken? Ich würde Ihnen die Ergebnisse selbstverständlich zur Verfügung stellen. Mit freundlichen Grüßen, Luca Baumann"),
    ("me", "2024-06-11 12:00", "Hallo Herr Baumann, gern! Schicken Sie mir den Link, ich nehm ihn in den Juni-Newsletter. Über die Ergebnisse würde ich mich sehr freuen."),
])
genuine("friend_congrats", "de", "Freundin aus der Ausbildung gratuliert zum Jubiläum", [
    ("friend", "2024-05-11 22:10", "Franzi!!! 10 Jahre!! Ich hab den Artikel in der Rundschau gesehen (meine Mama hat ihn mir abfotografiert 😂). Weißt du noch, wie wir 2012 in Rishikesh gesagt haben, wir machen nie ein eigenes Studio, zu viel Bürokratie? Ich bin so stolz auf dich. Wir müssen uns sehen, komm mal an den See!"),
    ("me", "2024-05-12 08:30", "Kathrin 😂 Die Bürokratie war genauso schlimm wie gedacht. Danke dir! Ich komm im August an den See, versprochen."),
])
genuine("insurance_renewal", "de", "Versicherungsmakler zur Erhöhung der Betriebshaftpflicht", [
    ("insurance", "2024-11-18 09:15", "Hallo Frau Glatt, die Betriebshaftpflicht verlängert sich zum 1.1., der Versicherer passt den Beitrag um 6 % an (jetzt 412 €/Jahr). Da Sie inzwischen auch Retreats im Ausland anbieten (Elsass), sollten wir prüfen, ob die Deckung dort greift. Haben Sie nächste Woche 15 Minuten?"),
    ("me", "2024-11-18 10:00", "Hallo Herr Heitzmann, gute Frage, daran hab ich gar nicht gedacht. Dienstag 14 Uhr?"),
])
genuine("event_invitation", "de", "Organisatorin der Gesundheitstage lädt sie als Referentin ein", [
    ("healthdays", "2024-02-20 11:10", "Liebe Frau Glatt, nach Ihrem Vortrag letztes Jahr waren so viele Rückmeldungen da - würden Sie bei den Freiburger Gesundheitstagen am 28. September wieder einen Vortrag halten? Thema gern wieder Rücken, oder etwas zu Stress. Ein kleines Honorar von 150 € können wir zahlen."),
    ("me", "2024-02-20 13:00", "Liebe Frau Blust, sehr gern! Diesmal vielleicht 'Atmen gegen Stress - was wirklich hilft'. 150 € ist völlig ok."),
])
genuine("former_member", "de", "ehemaliges Mitglied aus Hamburg bittet um Studio-Empfehlung", [
    ("exmember", "2024-10-22 19:30", "Liebe Franziska, ich vermisse euch in Hamburg! Kennst du zufällig ein Studio in Ottensen, das so ähnlich tickt wie ihr? Hier ist alles so Power und Spiegel 😩"),
    ("me", "2024-10-22 20:15", "Liebe Julia! Schreib mal Kristin Bohl an, 'Yoga am Fischmarkt' - wir waren zusammen in einer Fortbildung, sehr ruhig, keine Spiegel 😉 Grüß mir die Elbe!"),
])
genuine("inbound_lead_kita", "de", "Kita-Leitung möchte Rückenkurs für das Team buchen", [
    ("kita", "2024-10-14 14:45", "Hallo Frau Glatt, unser Team (11 Erzieherinnen) hat ständig Rückenprobleme vom Bücken und den Kinderstühlen. Wir haben für Teamtage ein kleines Budget. Könnten Sie uns für zwei Nachmittage im Januar einen Rücken-Workshop machen und sagen, was das kostet? Gerne bei uns in der Kita."),
    ("me", "2024-10-14 16:00", "Hallo Frau Zipfel, das mache ich sehr gern, das Thema kenne ich aus meiner eigenen Zeit mit Kleinkindern 😅 Zwei Nachmittage à 90 Min bei Ihnen: 380 € inkl. Material. Ich bringe Matten mit. Passt der 15. und 22. Januar?"),
    ("kita", "2024-10-15 08:10", "Wunderbar, beide Termine passen. Ich schicke Ihnen die Adresse der Kita."),
])

# ================================================================ WANTED PITCHES (12)
wanted("post_she_wrote", "de", "Kursberaterin bezieht sich auf ihren LinkedIn-Beitrag über die Zertifizierungs-Bürokratie", [
    ("w_zpp", "2024-04-03 09:20", "Liebe Frau Glatt, Ihr Beitrag letzte Woche über die Verlängerung der §20-Zertifizierung (\"Ich habe mehr Zeit im Formular als auf der Matte verbracht\") hat mich zum Schmunzeln gebracht - und er ist leider typisch. Ich bereite für Studios die Kursunterlagen so vor, dass sie im ersten Durchgang durchgehen: Stundenbilder, Teilnehmerunterlagen, Qualifikationsnachweise. Für Ihren Rückenkurs mit der Physiopraxis, den Sie erwähnt haben, wäre eine Zertifizierung ja besonders interessant. Pauschal 350 € pro Kurs, und wenn er abgelehnt wird, überarbeite ich kostenlos. Interesse an einem kurzen Telefonat? Miriam Stöckle"),
    ("me", "2024-04-03 12:30", "Liebe Frau Stöckle, Sie haben einen wunden Punkt getroffen. Für den Rückenkurs wäre das tatsächlich spannend. Rufen Sie mich gern Freitag vormittags an."),
])
wanted("talk_she_gave", "de", "Videoproduzent war bei ihrem Vortrag auf den Gesundheitstagen", [
    ("w_video", "2024-10-02 10:00", "Hallo Frau Glatt, ich war am Samstag bei Ihrem Vortrag 'Atmen gegen Stress' auf den Gesundheitstagen - der Saal war voll und die Hälfte stand hinten. Sie haben gesagt, dass viele Leute abends nicht ins Studio kommen können. Ich produziere Online-Kurse für Gesundheitsanbieter, auch für zertifizierte Online-Präventionskurse, die die Kassen bezuschussen. Aus Ihren 8 Atemübungen ließe sich ein sauberer Kurs machen. Ich würde Ihnen gern zeigen, wie ich das bei einer Rückenschule in Lörrach gemacht habe. Felix Ruf"),
    ("me", "2024-10-02 14:00", "Hallo Herr Ruf, das ist tatsächlich etwas, über das ich nachdenke. Schicken Sie mir gern das Beispiel aus Lörrach."),
])
wanted("site_visit_floor", "de", "Schreinermeister war in einer Probestunde und bemerkt Parkett und Hall", [
    ("w_floor", "2024-03-25 19:00", "Hallo Frau Glatt, ich war am Samstag mit meiner Frau in Ihrer Probestunde (die mit dem Knarzen vorne links 🙂). Als Schreiner konnte ich nicht weghören: Im großen Raum sind zwei Parkettdielen lose und der Raum hallt, wenn mehr als 10 Leute drin sind. Beides lässt sich an einem Wochenende beheben - Dielen nachleimen, und zwei Akustikpaneele aus Holz an der Fensterwand, die zu Ihrer Einrichtung passen würden. Ich schau's mir gern unverbindlich an. Andreas Göppert"),
    ("me", "2024-03-25 20:15", "Herr Göppert, die knarzende Diele kennt hier jeder 😄 Kommen Sie gern vorbei, Montagvormittag ist das Studio leer."),
])
wanted("her_tools_setup", "de", "Software-Anbieter nennt die fehlende Warteliste in ihrem Kursfuchs-System", [
    ("w_software", "2024-10-09 11:30", "Hallo Frau Glatt, im Kursfuchs-Nutzerforum haben Sie geschrieben, dass Ihnen seit zwei Jahren eine Warteliste fehlt und die Preise jetzt steigen. Wir sind Studiolino aus Karlsruhe - bei uns gibt es die automatische Warteliste mit Nachrückbenachrichtigung, und wir übernehmen Ihre Kursfuchs-Daten (Mitglieder, Verträge, SEPA-Mandate) per Import, das haben wir schon für 30 Studios gemacht. Bei Ihrer Größe wären es 55 € im Monat. Wenn Sie mögen, zeige ich Ihnen den Import mit einem Testexport Ihrer Daten. Lisa Kammerer"),
    ("me", "2024-10-09 13:00", "Hallo Frau Kammerer, gutes Timing. Mich interessiert vor allem, ob die SEPA-Mandate wirklich sauber übernommen werden. Zeigen Sie mir das gern nächste Woche."),
    ("w_software", "2024-10-09 13:15", "Sehr gern, ich schicke Ihnen einen Terminlink."),
])
wanted("mutual_contact", "de", "BGM-Vermittler, von Jonas Wiesler empfohlen, bringt Firmenkunden", [
    ("w_bgm", "2024-06-24 09:45", "Hallo Frau Glatt, Jonas Wiesler von der Physiopraxis am Lorettoberg hat mir Ihren Namen gegeben. Wir vermitteln Gesundheitsangebote an Firmen in Südbaden (aktuell 14 Unternehmen, z.B. zwei im Gewerbegebiet Haid). Mehrere fragen nach Yoga in der Mittagspause, und Jonas meinte, Sie machen das schon für ein Softwarehaus. Wir würden Kunden an Sie vermitteln und 15 % Provision auf den Kurspreis nehmen. Wollen wir uns kennenlernen? Daniel Sauter"),
    ("me", "2024-06-24 11:20", "Hallo Herr Sauter, danke an Jonas! 15 % ist verhandelbar, aber grundsätzlich gern. Kaffee nächste Woche?"),
])
wanted("public_tender", "de", "gGmbH hat die städtische Ausschreibung gesehen und schlägt gemeinsame Bewerbung vor", [
    ("w_tender", "2024-07-15 15:00", "Sehr geehrte Frau Glatt, die Stadt Freiburg hat im Amtsblatt die Förderung 'Bewegung im Quartier 60+' ausgeschrieben (Frist 30.9.). Gefordert ist ein Träger plus ein zertifizierter Anbieter im Stadtteil. Wir sind Träger von drei Seniorentreffs in der Wiehre und Oberau, haben aber keine Kursleitung. Ihr zertifizierter Hatha-Kurs und die Lage wären ideal. Hätten Sie Interesse, gemeinsam einen Antrag zu stellen? Wir übernehmen den Papierkram. Regina Eschbach"),
    ("me", "2024-07-15 17:30", "Sehr geehrte Frau Eschbach, das klingt sehr sinnvoll - und Papierkram abgeben ist mein Lieblingsangebot 😄 Lassen Sie uns telefonieren."),
])
wanted("press_item", "de", "Retreathaus im Elsass hat den Rundschau-Artikel gelesen", [
    ("w_venue", "2024-05-06 10:00", "Bonjour Frau Glatt, ich habe den Artikel in der Breisgauer Rundschau über Ihr Jubiläum gelesen - Sie erzählen dort, dass Ihre Retreats immer schnell ausgebucht sind, weil das Seminarhaus nur 16 Plätze hat. Wir sind 45 Minuten von Freiburg im Elsass, haben Platz für 24 und einen Übungsraum mit Blick auf die Rheinebene. Für eine Gruppe wie Ihre könnten wir die Wochen vor Ostern 2025 anbieten, die noch frei sind, zu einem Vorzugspreis. Ein Besuch vor Ort wäre uns eine Freude. Chantal Wirth"),
])
wanted("recruiter_relevant_role", "de", "Fitness-Recruiter mit passender Kandidatin zur Stellenanzeige", [
    ("w_recruit", "2024-05-20 12:00", "Hallo Frau Glatt, ich habe Ihre Anzeige für eine Pilates-Lehrkraft (Mattenpilates, 6-8 Stunden/Woche, Freiburg-Wiehre) gesehen. Ich betreue gerade eine Trainerin, die aus Stuttgart nach Freiburg zieht, 5 Jahre Mattenpilates, Rückbildungs-Schein, möchte freiberuflich und nur abends. Das passt eigentlich 1:1 auf Ihre Anzeige. Honorar für mich nur bei Zusammenarbeit länger als 3 Monate. Soll ich Ihnen das Profil schicken? Marco Bühler"),
    ("me", "2024-05-20 16:00", "Hallo Herr Bühler, ja gern, schicken Sie es mir."),
])
wanted("her_setup_equipment", "de", "Reformer-Vermietung sieht auf Instagram, dass sie nur Mattenpilates hat", [
    ("w_reformer", "2024-08-26 10:30", "Hallo Frau Glatt, auf Ihrem Instagram sieht man, dass Sie im kleinen Raum (ich schätze 5 x 9 m?) bisher nur Mattenpilates machen, und in den Kommentaren fragen zwei Leute nach Reformer. Wir vermieten klappbare Reformer, die man an die Wand stellen kann - 4 Geräte passen in Ihren Raum und lassen ihn für Yoga frei. Miete ab 129 € pro Gerät/Monat, 6 Monate Mindestlaufzeit, Einweisung für Ihre Trainerinnen inklusive. Ich schicke gern Bilder aus einem Studio in Offenburg, das ähnlich geschnitten ist. Svenja Löffler"),
    ("me", "2024-08-26 12:00", "Frau Löffler, 5 x 8,6 m, gut geschätzt. Femke, unsere neue Trainerin, kann Reformer. Schicken Sie mir die Bilder."),
])
wanted("site_visited_web", "de", "Webdesigner bemerkt fehlerhafte Öffnungszeiten und unlesbaren Kursplan", [
    ("w_web", "2024-09-09 21:00", "Hallo Frau Glatt, ich bin Nachbar (Stühlinger) und wollte mich heute für Pilates anmelden. Zwei Sachen sind mir aufgefallen: Ihr Kursplan ist ein PDF, das auf dem Handy winzig ist, und bei Google Maps steht 'Sonntag geschlossen', obwohl Sie sonntags Yin haben. Das Zweite kann man in 5 Minuten selbst ändern (Unternehmensprofil → Öffnungszeiten). Für den Kursplan könnte ich eine einfache mobile Seite bauen, die sich aus Ihrem Buchungssystem speist, ca. 600 €. Aber auch wenn nicht - die Maps-Zeiten sollten Sie ändern! Tarek Haddad"),
    ("me", "2024-09-09 21:40", "Oh nein, das mit Sonntag! Danke! Das hab ich gleich geändert. Und über den Kursplan reden wir gern, melden Sie sich nach Ihrer ersten Stunde bei mir 🙂"),
])
wanted("specific_problem", "de", "Versicherungsmakler für Gesundheitsberufe zur Scheinselbständigkeit ihrer freien Lehrkräfte", [
    ("w_insure", "2024-02-12 08:30", "Sehr geehrte Frau Glatt, auf Ihrer Webseite stehen sechs Lehrende, von denen laut Impressum-Hinweis alle freiberuflich tätig sind - zwei davon unterrichten laut Kursplan 4-5 feste Kurse pro Woche. Seit den Prüfungen der Rentenversicherung bei Studios in Baden-Württemberg ist das ein echtes Risiko (Nachzahlungen für 4 Jahre). Ich biete Studios einen Check der Honorarverträge zusammen mit einer Fachanwältin an, Festpreis 290 €. Vielleicht ist das für Sie interessant. Jens Bohnert"),
    ("me", "2024-02-12 10:30", "Herr Bohnert, das Thema schiebe ich tatsächlich vor mir her. Anna und Tim machen viel bei mir. Ich melde mich nächste Woche."),
])
wanted("article_she_wrote", "en", "retreat organiser read her blog post on trauma-sensitive yoga", [
    ("w_blog", "2024-11-05 16:20", "Dear Franziska, I read your blog post 'What trauma-sensitive yoga is not' (shared by a teacher friend in Basel) and it is one of the clearest things I've read on it. We run small retreats for women after cancer treatment in the Black Forest and Vosges, and we are looking for a German-speaking teacher for two weekends in 2025. We'd pay your day rate plus travel. I understand if it doesn't fit, but I'd love to talk. Warmly, Hannah Oakley"),
    ("me", "2024-11-06 09:00", "Dear Hannah, thank you, that means a lot. I'd like to hear more - could we talk on Monday?"),
])

# ================================================================ JUNK (38)
junk("generic_software", "de", "generische Studio-Software, Gegenstück zum passenden Angebot", [
    ("j_software", "2024-08-13 09:00", "Hallo Franziska, YogaBooker Pro ist die führende All-in-One-Lösung für Yoga- und Fitnessstudios: Buchung, Zahlungen, Marketing, App. Studios steigern mit uns ihren Umsatz um durchschnittlich 32 %. Darf ich Ihnen eine kostenlose Demo zeigen?"),
    ("j_software", "2024-08-20 09:00", "Hallo Franziska, kurze Erinnerung an meine letzte Nachricht - haben Sie diese Woche 20 Minuten?"),
])
junk("generic_seo", "de", "generische SEO-Agentur, Gegenstück zum Webdesigner", [
    ("j_seo", "2024-04-16 10:15", "Hallo Frau Glatt, ich habe mir Ihre Webseite angesehen und sehe großes Potenzial! Mit unseren SEO-Maßnahmen bringen wir Sie auf Platz 1 bei Google für 'Yoga Freiburg'. Garantiert in 90 Tagen. Darf ich Ihnen eine kostenlose Analyse schicken?"),
])
junk("generic_venue", "de", "Massen-Angebot einer Retreat-Plattform, Gegenstück zum Elsass-Haus", [
    ("j_venue", "2024-06-04 11:00", "Liebe Yogalehrerin, planen Sie Ihr nächstes Retreat? Auf Retreat-Finder 24 finden Sie über 800 Locations in Europa - von der Toskana bis Bali. Jetzt kostenlos registrieren und 10 % Frühbucherrabatt sichern!"),
])
junk("generic_equipment", "de", "generisches Fitnessgeräte-Angebot, Gegenstück zur Reformer-Vermietung", [
    ("j_equip", "2024-07-23 08:40", "Sehr geehrte Damen und Herren, FitEquip Direkt ist Ihr Partner für professionelle Studioausstattung: Laufbänder, Kraftstationen, Reformer, Spinning-Bikes. Jetzt mit 0 % Finanzierung. Fordern Sie unseren Katalog an!"),
])
junk("template_more_members", "de", "Massenvorlage 1/5: 'mehr Mitglieder ohne Werbebudget'", [
    ("j_tpl1", "2024-02-27 09:05", "Hallo Franziska, ich bin auf dein Profil gestoßen und finde richtig stark, was du mit Atemraum Yoga & Pilates aufgebaut hast! Wir helfen Studioinhaberinnen, in 60 Tagen 30+ neue Mitglieder zu gewinnen - ohne eigenes Werbebudget. Hättest du Lust auf einen kurzen Austausch?"),
])
junk("template_more_members", "de", "Massenvorlage 2/5, leicht anders formuliert", [
    ("j_tpl2", "2024-03-19 14:22", "Hi Franziska, bin auf dein Profil gestoßen und finde echt stark, was du mit Atemraum Yoga & Pilates aufgebaut hast! Wir unterstützen Studios dabei, in 60 Tagen 25-40 neue Mitglieder zu gewinnen, ganz ohne Werbebudget. Lust auf einen kurzen Austausch?"),
])
junk("template_more_members", "de", "Massenvorlage 3/5, andere Füllung", [
    ("j_tpl3", "2024-05-28 08:10", "Hallo Franziska, ich bin über LinkedIn auf dich gestoßen und finde stark, was du mit Atemraum Yoga & Pilates aufgebaut hast. Mit der Studio Scale Academy helfen wir Yogastudios, innerhalb von 60 Tagen 30+ Neumitglieder zu gewinnen - ohne Werbebudget. Wäre ein kurzer Austausch interessant?"),
])
junk("template_more_members", "de", "Massenvorlage 4/5 mit Nachfass", [
    ("j_tpl4", "2024-07-02 10:30", "Hallo Franziska! Ich bin auf dein Profil gestoßen und finde es wirklich stark, was du mit Atemraum Yoga & Pilates aufgebaut hast. Wir helfen Studios, in 60 Tagen 30+ neue Mitglieder zu gewinnen, ohne dass du Werbebudget brauchst. Kurzer Austausch?"),
    ("j_tpl4", "2024-07-09 10:30", "Hallo Franziska, wollte nur nochmal nachhaken 🙂 Passt diese Woche ein kurzer Call?"),
])
junk("template_more_members", "en", "mass template 5/5, the English variant", [
    ("j_tpl5", "2024-09-17 16:00", "Hi Franziska, came across your profile and love what you've built with Atemraum Yoga & Pilates! We help studio owners add 30+ new members in 60 days - without spending on ads. Open to a quick chat?"),
])
junk("merge_tag_failure", "de", "nicht ersetzter Platzhalter {{Vorname}}", [
    ("j_merge1", "2024-01-30 07:45", "Hallo {{Vorname}}, als Inhaberin eines Studios kennst du das Problem: Mitglieder kündigen nach 3 Monaten. Mit Mitgliederplus senkst du die Kündigungsquote um 40 %. Sollen wir mal sprechen?"),
])
junk("merge_tag_failure", "de", "Platzhalter [Studio-Name] stehen geblieben", [
    ("j_merge2", "2024-03-07 12:30", "Hallo Frau Glatt, möchten Sie den Umsatz von [Studio-Name] im Weihnachtsgeschäft steigern? Mit Gutschein-Profi verkaufen Sie Geschenkgutscheine für [Studio-Name] online - ohne Technik-Aufwand. Kostenlos testen!"),
])
junk("merge_tag_failure", "de", "falscher Vorname (Sabine)", [
    ("j_merge3", "2024-04-29 15:00", "Liebe Sabine, ich bin begeistert von deiner Arbeit! Wir organisieren Klangschalen-Events in Yogastudios und teilen die Einnahmen 70/30. Wann hättest du Zeit für ein Kennenlernen?"),
])
junk("merge_tag_failure", "de", "falsches Studio (Yogaloft Stuttgart)", [
    ("j_merge4", "2024-09-24 10:10", "Hallo Frau Glatt, herzlichen Glückwunsch zur Eröffnung des zweiten Standorts von Yogaloft Stuttgart! Für Ihre Expansion bieten wir flexible Finanzierung bis 250.000 €. Darf ich Ihnen ein Angebot für Yogaloft Stuttgart erstellen?"),
])
junk("sponsored_inmail", "de", "Sponsored InMail einer Weiterbildungsakademie", [
    ("j_sp1", "2024-03-14 12:00", "<p>Hallo Franziska,</p><p>werden Sie zertifizierte <b>Ernährungsberaterin</b> &ndash; berufsbegleitend, 100&nbsp;% online, mit staatlicher Zulassung.</p><p>Jetzt Infopaket anfordern und 4 Wochen kostenlos testen!</p>"),
], title="Sponsored Conversation", subject="Ihre Weiterbildung 2024")
junk("sponsored_inmail", "de", "Sponsored InMail für Photovoltaik", [
    ("j_sp2", "2024-05-16 12:00", "<p>Hallo Franziska,</p><p>Stromkosten senken mit Photovoltaik f&uuml;r Gewerbe: <b>0&nbsp;&euro; Anzahlung</b>, Montage in 6 Wochen.</p><p>Jetzt kostenlosen Check buchen.</p>"),
], title="Sponsored Conversation", subject="Gewerbe-PV ohne Anzahlung")
junk("sponsored_inmail", "en", "Sponsored-style webinar invitation from an anonymous LinkedIn Member", [
    ("j_sp3", "2024-11-12 12:00", "Join our exclusive webinar: 7 AI tools every small business owner needs in 2025. Free seats limited - register now."),
], subject="Exclusive webinar for business owners")
junk("paid_award", "de", "'Auszeichnung' mit Lizenzgebühr für das Siegel", [
    ("j_award", "2024-06-18 09:30", "Sehr geehrte Frau Glatt, wir freuen uns, Ihnen mitzuteilen, dass Atemraum Yoga & Pilates von unserer Jury als 'Top Gesundheitsanbieter Baden-Württemberg 2024' ausgewählt wurde! Zur Nutzung des Siegels und Aufnahme in die Preisträgerliste fällt eine einmalige Lizenzgebühr von 890 € zzgl. MwSt. an. Bitte bestätigen Sie bis zum 30.6."),
])
junk("paid_feature", "de", "bezahltes Unternehmensporträt in einem Magazin", [
    ("j_magazine", "2024-08-06 13:15", "Guten Tag Frau Glatt, für unsere Herbstausgabe 'Top-Unternehmen Südwest' porträtieren wir ausgewählte Unternehmerinnen aus der Region. Wir würden Ihr Studio gern auf einer Doppelseite vorstellen. Der Produktionskostenbeitrag beträgt 1.490 € netto. Darf ich Ihnen die Mediadaten senden?"),
])
junk("sells_what_she_sells", "de", "bietet ihr Firmenyoga für ihre eigenen Mitarbeiter an", [
    ("j_sells", "2024-04-10 10:00", "Hallo Frau Glatt, gesunde Mitarbeitende sind produktive Mitarbeitende! MoveWell bringt Yoga, Pilates und Rückenfit direkt in Ihr Unternehmen - vor Ort oder online, mit zertifizierten Trainer*innen. Gerne erstelle ich ein individuelles Angebot für Ihr Team."),
])
junk("sells_what_she_sells", "de", "Online-Yogakurse als Angebot an ein Yogastudio", [
    ("j_sells2", "2024-10-29 09:45", "Hallo Franziska, bieten Sie Ihren Kund*innen schon Online-Yoga an? Mit YogaOnline Pro bekommen Ihre Mitglieder Zugriff auf 500+ Kurse - als Benefit über uns. 9,90 € pro Person. Sollen wir sprechen?"),
])
junk("capacity_for_clients", "de", "'Haben Sie Kapazitäten für neue Kunden?'", [
    ("j_capacity", "2024-02-06 08:15", "Hallo Franziska, kurze Frage: Hast du aktuell Kapazitäten für 10-20 neue Kund*innen pro Monat? Wir liefern vorqualifizierte Anfragen, du zahlst nur pro Termin. Wenn ja, erkläre ich dir gern in 10 Minuten, wie das läuft."),
])
junk("like_minded_connect", "de", "'vernetzen als gleichgesinnte Unternehmer'", [
    ("j_likeminded", "2024-01-15 22:40", "Hallo Franziska, ich vernetze mich gern mit gleichgesinnten Unternehmerinnen und Unternehmern, die etwas bewegen wollen 🚀 Lass uns gegenseitig unterstützen! PS: In meinem Mastermind-Kreis ist gerade ein Platz frei."),
])
junk("quick_call", "de", "'kurzes 15-Minuten-Gespräch' ohne Inhalt", [
    ("j_15min", "2024-05-07 13:30", "Hallo Frau Glatt, ich halte mich kurz: Hätten Sie diese Woche 15 Minuten für ein kurzes Gespräch? Ich sehe spannende Synergien zwischen Effizienzwerk und Ihrem Studio. Wie sieht es Donnerstag aus?"),
])
junk("connect_then_pitch", "de", "vernetzt 'mit Unternehmerinnen aus Freiburg', Pitch in Nachricht 2", [
    ("j_ctp1", "2024-03-04 08:20", "Hallo Franziska, danke fürs Vernetzen! Wie läuft's im Studio? Bei dem Wetter wollen doch alle rein zum Yoga 😄"),
    ("j_ctp1", "2024-03-06 09:00", "Franziska, ich spezialisiere mich auf Altersvorsorge für Selbstständige. Die meisten Studioinhaberinnen verschenken jedes Jahr Tausende Euro an Steuern. Wollen wir einen kostenlosen Check machen?"),
    ("me", "2024-03-06 21:15", "Hallo Marco, danke, aber ich bin da gut versorgt. Viele Grüße"),
], drafts={2})
junk("connect_then_pitch", "de", "Smalltalk, Inhaberin antwortet, dann Aromaöl-Vertrieb", [
    ("j_ctp2", "2024-06-10 09:10", "Hallo Franziska, danke für die Annahme! 🌸 Ich hab deine Bilder gesehen, euer Studio sieht so friedlich aus. Unterrichtest du selbst auch noch?"),
    ("me", "2024-06-10 12:30", "Hallo Lisa, danke! Ja, vier Stunden pro Woche, vor allem Hatha."),
    ("j_ctp2", "2024-06-10 12:45", "Wie schön! Viele Yogalehrerinnen verdienen sich mit ätherischen Ölen ein zweites Standbein - ich könnte dir zeigen, wie das mit meinem Team funktioniert. Ganz nebenbei, mit flexibler Zeit 💜 Hast du Lust auf einen Zoom?"),
])
junk("connect_then_pitch", "de", "'mache selbst Yoga', Leasing-Pitch in Nachricht 3", [
    ("j_ctp3", "2024-08-19 09:00", "Danke fürs Vernetzen, Frau Glatt! Ich mache selbst seit 2 Jahren Yoga, hilft enorm im Büroalltag."),
    ("j_ctp3", "2024-08-21 09:00", "Schönen Sommer noch in Freiburg!"),
    ("j_ctp3", "2024-08-26 10:00", "Frau Glatt, falls Sie Geräte, Einrichtung oder ein Firmenfahrzeug anschaffen wollen: Wir leasen gewerblich ab 1.000 € Warenwert, steuerlich voll absetzbar. Darf ich Ihnen ein Angebot machen?"),
])
junk("connect_then_pitch", "de", "Kompliment zum Instagram, dann Social-Media-Paket", [
    ("j_ctp4", "2024-10-07 08:30", "Hi Franziska, danke fürs Annehmen! Hab gesehen, dass ihr 10 Jahre feiert - Glückwunsch! 🎉"),
    ("j_ctp4", "2024-10-08 08:30", "Euer Instagram hat echt Potenzial! Mit unserem Reels-Paket (12 Reels/Monat, 499 €) könnten wir eure Reichweite verdreifachen. Soll ich dir ein Beispiel schicken?"),
])
junk("follow_up_bumps", "de", "Zeitarbeit, drei Nachfassnachrichten ohne Antwort", [
    ("j_bump1", "2024-01-08 10:00", "Guten Tag Frau Glatt, benötigen Sie kurzfristig Personal für Empfang, Reinigung oder Verwaltung? Zeitwerk stellt innerhalb von 48 Stunden qualifizierte Kräfte."),
    ("j_bump1", "2024-01-15 10:00", "Guten Tag Frau Glatt, ich wollte mich nochmals in Erinnerung rufen."),
    ("j_bump1", "2024-01-24 10:00", "Frau Glatt, kurze Nachfrage, ob mein Angebot für Sie interessant ist?"),
])
junk("follow_up_bumps", "en", "CRM bumps, English, no reply", [
    ("j_bump2", "2024-02-13 15:00", "Hi Franziska, ClickCRM helps wellness businesses automate follow-ups and never lose a lead. Worth a look?"),
    ("j_bump2", "2024-02-20 15:00", "Hi Franziska, just bumping this up in case it got buried."),
    ("j_bump2", "2024-03-01 15:00", "Hi Franziska, should I close the loop on this?"),
])
junk("off_topic_crypto", "de", "Krypto-Rendite", [
    ("j_crypto", "2024-07-30 23:10", "Hallo Franziska, wie geht es dir? Ich helfe Selbstständigen, mit Krypto ein passives Einkommen von 2-3 % pro Woche aufzubauen. Keine Vorkenntnisse nötig. Darf ich dir zeigen, wie?"),
])
junk("fluent_named_generic", "de", "flüssig, nennt ihr Studio, aber beliebiger Chatbot-Pitch", [
    ("j_fluent", "2024-09-03 09:20", "Hallo Frau Glatt, Atemraum Yoga & Pilates ist offensichtlich ein Ort, an dem Menschen zur Ruhe kommen - umso ärgerlicher, wenn Sie und Ihr Team zwischen den Stunden ständig dieselben Fragen per Mail und Telefon beantworten: Preise, Probestunde, Kursplan. ChatPilot beantwortet diese Fragen rund um die Uhr in Ihrem Ton und trägt Interessentinnen direkt in Ihre Kurse ein. Studios wie Ihres sparen so 6-8 Stunden pro Woche. Darf ich Ihnen in 10 Minuten zeigen, wie das für Atemraum aussehen würde?"),
])
junk("ghostwriting", "de", "LinkedIn-Ghostwriting", [
    ("j_ghost", "2024-04-23 07:30", "Hallo Franziska, dein LinkedIn-Profil könnte dein bester Vertriebskanal sein. Ich schreibe 3 Posts pro Woche in deinem Stil - Kundinnen haben im Schnitt 10x mehr Sichtbarkeit. Den ersten Post schreibe ich kostenlos. Deal?"),
])
junk("franchise_offer", "de", "Franchise-Angebot einer Studiokette, massenhaft", [
    ("j_franchise", "2024-02-19 11:00", "Sehr geehrte Studioinhaberin, werden Sie Teil der erfolgreichsten Yoga-Franchise Deutschlands! Mit Zen Chain profitieren Sie von unserer starken Marke, zentralem Marketing und erprobten Prozessen. Einstiegsgebühr ab 19.900 €. Jetzt Infomaterial anfordern."),
])
junk("generic_finance", "de", "Schnellkredit", [
    ("j_loan", "2024-06-27 11:30", "Hallo Franziska, brauchst du Liquidität? Gewerbekredite bis 100.000 € in 24 Stunden, ohne Schufa-Stress. Antworte einfach mit JA und ich schicke dir den Link."),
])
junk("irrelevant_recruiter", "de", "Headhunter mit Vertriebsjob", [
    ("j_recruit", "2024-03-26 14:00", "Hallo Frau Glatt, Ihr Profil passt hervorragend zu einer spannenden Position als Vertriebsleiterin (m/w/d) bei einem Medizintechnik-Unternehmen in Stuttgart. Attraktives Gehalt + Dienstwagen. Sind Sie offen für einen Austausch?"),
])
junk("off_topic_product", "de", "CBD-Großhandel", [
    ("j_cbd", "2024-09-30 16:20", "Hey Franziska 🌿 Hanfglück sucht Studios als Verkaufsstellen für CBD-Öle und Balsame - perfekt für eure Kundinnen nach der Stunde! 50 % Marge, keine Mindestabnahme. Preisliste?"),
])
junk("repeat_sender_promo", "de", "derselbe Software-Anbieter, neue Rabattaktion in neuer Unterhaltung", [
    ("j_software", "2024-11-19 09:00", "Hallo Franziska, wir haben neue Black-Friday-Konditionen: 3 Monate YogaBooker Pro gratis! Nur diese Woche."),
])
junk("generic_insurance", "de", "generisches Versicherungsangebot, Gegenstück zum Makler", [
    ("j_insure", "2024-11-26 10:00", "Guten Tag Frau Glatt, wussten Sie, dass 80 % der Selbstständigen unterversichert sind? Lassen Sie Ihre Versicherungen jetzt kostenlos von uns prüfen!"),
])

ex.write(HERE.parent / SLUG,
         {"First Name": "Franziska", "Last Name": "Glatt",
          "Headline": "Inhaberin Atemraum Yoga & Pilates | Yogalehrerin BDY | Freiburg-Wiehre",
          "Summary": "Seit 2014 führe ich den Atemraum in der Wiehre: Hatha, Yin, Vinyasa, Pilates, "
                     "Kinderyoga, zertifizierte Präventionskurse und Retreats im Schwarzwald. "
                     "Sechs wunderbare Lehrende, ein Raum zum Durchatmen.",
          "Industry": "Health, Wellness & Fitness", "Zip Code": "79100",
          "Geo Location": "Freiburg im Breisgau, Baden-Württemberg, Deutschland",
          "Websites": "[COMPANY:atemraum-freiburg.de]"},
         [{"Company Name": "Atemraum Yoga & Pilates", "Title": "Inhaberin & Yogalehrerin",
           "Description": "Kleines Studio mit 6 Lehrenden.", "Location": "Freiburg im Breisgau",
           "Started On": "May 2014", "Finished On": ""},
          {"Company Name": "Yogaschule Konstanz", "Title": "Yogalehrerin (freiberuflich)",
           "Description": "", "Location": "Konstanz", "Started On": "Oct 2012", "Finished On": "Apr 2014"},
          {"Company Name": "Badische Versicherungskammer", "Title": "Sachbearbeiterin",
           "Description": "", "Location": "Karlsruhe", "Started On": "Sep 2006", "Finished On": "Jun 2012"}],
         ["Yoga", "Pilates", "Präventionskurse", "Hatha Yoga", "Yin Yoga", "Studiomanagement"])
print(ex.summary())

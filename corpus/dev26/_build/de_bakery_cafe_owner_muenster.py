"""dev26 persona 2: Anne Kötter, owner of a bakery café with 12 employees in Münster
(2026 export layout). Written blind to the detector.

Every message text below is written by hand for this corpus. Run the script to regenerate
the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-bakery-cafe-owner-muenster"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Anne Kötter", "https://www.linkedin.com/in/anne-koetter-backstube",
               "Kötters Backstube & Café", "Inhaberin, Bäckermeisterin")
ex = Export(SLUG, "2026", owner)
p = ex.person
c = ex.conv

# ---------------------------------------------------------------- genuine (35)

p("muehle", "Bernd Overbeck", "Mühle Overbeck", "Geschäftsführer", connected="2017-03-02")
c("genuine", "existing_supplier_price_change", "de", "Mühle kündigt Preiserhöhung für Roggenmehl an; sie verhandelt", [
    ("muehle", "2025-08-12 07:10", "Moin Anne, ich sag's dir lieber vorher persönlich: Ab 1. Oktober müssen wir beim Roggenmehl Type 1150 um 9 % hoch, die Ernte war bescheiden und die Energie ist immer noch teuer. Dinkel bleibt gleich. Das offizielle Schreiben kommt nächste Woche."),
    ("me", "2025-08-12 09:45", "Tach Bernd, danke für die Vorwarnung. 9 % tut weh, wir nehmen ja ca. 1,8 t im Monat. Geht was, wenn ich die Menge für ein halbes Jahr fest abnehme?"),
    ("muehle", "2025-08-12 11:02", "Bei fester Abnahme bis März kann ich 6 % machen. Mehr geht wirklich nicht, sonst schimpft mein Vater."),
    ("me", "2025-08-12 11:30", "Abgemacht, 6 % bei Festabnahme. Schick mir das so schriftlich. Und grüß deinen Vater!"),
])

p("kaffee", "Lena Brüggemann", "Röstwerk Aasee", "Inhaberin", connected="2019-05-21")
c("genuine", "existing_supplier_price_change", "de", "Kaffeerösterei informiert über neue Preise und neue Bohne", [
    ("kaffee", "2025-10-01 15:20", "Hallo Anne! Kurze Info: Rohkaffee ist an der Börse völlig durchgedreht, wir müssen den Espresso 'Kreuzviertel' ab November von 24,50 auf 27,90 €/kg anheben. Ich weiß, das ist happig. Als Alternative hätte ich eine Brasil-Mischung für 25,80, die im Cappuccino kaum auffällt. Soll ich dir 2 kg zum Testen vorbeibringen?"),
    ("me", "2025-10-01 17:05", "Hallo Lena, puh. Ja, bring bitte die Mischung mit, wir machen einen Blindtest mit dem Team. Mittwoch früh passt gut."),
    ("kaffee", "2025-10-01 17:10", "Mittwoch 8 Uhr, ich komm mit der Leeze 😄"),
])

p("kanzlei", "Dr. Friederike Hölscher", "Hölscher & Partner Rechtsanwälte", "Partnerin")
c("genuine", "client_quote_request", "de", "Kanzlei fragt Angebot für Frühstücksbuffet an", [
    ("kanzlei", "2025-09-03 10:12", "Sehr geehrte Frau Kötter, wir feiern am 17. Oktober unser 25-jähriges Kanzleijubiläum und möchten für ca. 40 Gäste ein Frühstücksbuffet ausrichten, gern mit Ihren Roggenbrötchen, die unsere Sekretärin jeden Morgen holt. Könnten Sie uns ein Angebot schicken? Lieferung an den Prinzipalmarkt."),
    ("me", "2025-09-03 12:40", "Sehr geehrte Frau Dr. Hölscher, herzlichen Glückwunsch zum Jubiläum! Sehr gern. Unser Frühstücksbuffet liegt bei 18,50 € pro Person (Brötchenauswahl, Aufschnitt, Käse, Obst, Quark, Kaffee/Tee als Pumpkanne), Lieferung und Aufbau 45 €. Ich schicke Ihnen das ausführliche Angebot heute noch per Mail."),
    ("kanzlei", "2025-09-04 09:00", "Vielen Dank, das klingt gut. Bitte noch 10 vegane Portionen einplanen."),
])

p("hotel", "Marco Terhorst", "Hotel am Schlossgarten", "Direktor")
c("genuine", "inbound_lead_wholesale", "de", "Hotel will täglich Brötchen beziehen und fragt Konditionen", [
    ("hotel", "2025-11-10 14:33", "Guten Tag Frau Kötter, wir suchen ab Januar einen neuen Brötchenlieferanten für unser Frühstück (ca. 120 Gäste am Tag, 7 Tage). Ihr Dinkelkrustis sind im Viertel legendär. Liefern Sie an Hotels, und wenn ja, zu welchen Konditionen?"),
    ("me", "2025-11-10 16:00", "Guten Tag Herr Terhorst, danke für die Blumen! Grundsätzlich ja, wir liefern schon an zwei Kitas und eine Kanzlei. Bei 7 Tagen müsste ich die Sonntagsschicht planen. Darf ich nächste Woche vorbeikommen? Dann machen wir eine Verkostung und ich rechne Ihnen einen Stückpreis aus."),
    ("hotel", "2025-11-10 16:20", "Sehr gern, Dienstag 14 Uhr?"),
])

p("kaese", "Jörg Wiewel", "Käserei Wiewel", "Inhaber", connected="2018-09-14")
c("genuine", "peer_joint_offer", "de", "Käsehändler vom Wochenmarkt schlägt gemeinsamen Frühstückskorb vor", [
    ("kaese", "2025-11-18 19:04", "Anne, mir kam beim Feierabendbier 'ne Idee: Weihnachtskörbe für Firmen. Dein Stuten und Pumpernickel, mein Käse, vielleicht noch Schinken vom Hof Rottmann. Preis so 49 € der Korb, Gewinn teilen wir nach Wareneinsatz. Die Kanzleien am Prinzipalmarkt würden das lieben."),
    ("me", "2025-11-19 06:50", "Jörg, das ist gut! Ich bin dabei. Lass uns Donnerstag nach dem Markt kurz zusammensetzen und die Kalkulation machen. Verpackung müssen wir noch klären."),
    ("kaese", "2025-11-19 07:15", "Jo, dat passt. Donnerstag 13 Uhr am Stand."),
])

p("pv", "Sabine Rottmann", "Handwerk Personal Westfalen", "Personalberaterin", connected="2025-04-02")
c("genuine", "recruiter_engaged", "de", "Personalberaterin, die sie für die Backstubenleitung beauftragt hat", [
    ("me", "2025-04-03 20:10", "Hallo Frau Rottmann, wie am Telefon besprochen: Wir suchen eine Backstubenleitung (Bäckermeister/in), Start spätestens Juli. Ihr Honorar von 20 % eines Jahresgehalts ist ok, aber nur bei Einstellung."),
    ("pv", "2025-04-04 08:30", "Guten Morgen Frau Kötter, passt. Ich schicke Ihnen die Stellenbeschreibung heute zum Gegenlesen."),
    ("pv", "2025-05-12 11:15", "Ich habe zwei sehr gute Kandidaten, einer aus Osnabrück, einer aus Coesfeld. Der Coesfelder ist nachts flexibel und kennt Sauerteigführung im großen Stil. Probearbeiten nächste Woche möglich?"),
    ("me", "2025-05-12 12:00", "Gern, Coesfeld zuerst. Dienstag 3 Uhr früh, er soll Schuhe mitbringen 😉"),
])

p("azubi_bew", "Mia Schulze Pellengahr", "", "Schülerin")
c("genuine", "apprentice_applicant", "de", "Bewerbung auf einen Ausbildungsplatz Bäckereifachverkäuferin", [
    ("azubi_bew", "2026-01-14 17:40", "Hallo Frau Kötter, ich bin Mia, 16, und mache im Sommer meinen Realschulabschluss. Ich habe im Café mal ein Praktikum gemacht und würde gerne die Ausbildung zur Bäckereifachverkäuferin bei Ihnen machen. Darf ich Ihnen meine Bewerbung schicken?"),
    ("me", "2026-01-14 19:05", "Hallo Mia, klar erinnere ich mich! Schick sie gern an info@ – und komm danach einfach mal an einem Samstag zum Probetag."),
    ("azubi_bew", "2026-01-14 19:10", "Danke!! Mach ich 😊"),
])

p("stamm_spam", "Gertrud Lammers", "", "Rentnerin", connected="2022-03-30")
c("genuine", "regular_customer_spam_folder", "de", "Stammkundin bestellt Struwen vor, Nachricht im SPAM gelandet", [
    ("stamm_spam", "2026-03-20 09:12", "Liebe Frau Kötter, mein Enkel hat mir das hier eingerichtet. Ich möchte für Karfreitag 12 Struwen vorbestellen wie jedes Jahr, mit viel Rosinen bitte. Ich hole sie um 11 Uhr ab. Herzliche Grüße Gertrud Lammers"),
], folder="SPAM")

p("fs1", "Tobias Hericks", "Bäckerei Hericks", "Bäckermeister", connected="2025-07-05")
p("fs2", "Jana Niehues", "Landbäckerei Niehues", "Bäckermeisterin", connected="2025-07-05")
p("fs3", "Luca Berning", "Bäckerei Berning", "Geselle", connected="2025-07-06")
c("genuine", "thanks_after_event", "de", "Dank nach der Freisprechungsfeier der Innung, wo sie die Rede hielt (1/3)", [
    ("fs1", "2025-07-04 23:10", "Danke für deine Rede heute bei der Freisprechung, Anne! Hat die Jungs und Mädels echt gepackt. Schön, dass wir uns mal wieder gesehen haben."),
    ("me", "2025-07-05 08:02", "Danke Tobias! War ein schöner Abend."),
])
c("genuine", "thanks_after_event", "de", "Dank nach der Freisprechungsfeier (2/3)", [
    ("fs2", "2025-07-05 07:30", "Liebe Anne, danke für die tolle Rede gestern bei der Freisprechung! Hat alle echt gepackt. Schön, dass wir uns gesehen haben."),
])
c("genuine", "thanks_after_event", "de", "Dank nach der Freisprechungsfeier, frisch freigesprochener Geselle (3/3)", [
    ("fs3", "2025-07-05 10:45", "Hallo Frau Kötter, danke für die Rede gestern bei der Freisprechung, hat mich echt gepackt. Schön Sie kennengelernt zu haben!"),
    ("me", "2025-07-05 11:20", "Herzlichen Glückwunsch zum Gesellenbrief, Luca! Alles Gute für den Start."),
])

p("innung", "Heinz-Werner Kemper", "Bäcker-Innung Münster", "Obermeister", connected="2014-01-20")
c("genuine", "guild_invitation", "de", "Obermeister lädt sie als Rednerin zur Freisprechung ein", [
    ("innung", "2025-05-28 11:00", "Liebe Anne, der Vorstand würde sich freuen, wenn du bei der Freisprechungsfeier am 4. Juli im Rathaus ein paar Worte an die jungen Gesellinnen und Gesellen richtest. So 10 Minuten, gern mit einer Anekdote aus deiner Lehrzeit. Geht das klar?"),
    ("me", "2025-05-28 13:30", "Lieber Heinz-Werner, sehr gern, das ist mir eine Ehre. Die Geschichte mit dem verbrannten Blech Streuselkuchen kriegen sie auf jeden Fall zu hören."),
    ("innung", "2025-05-28 13:45", "Hervorragend 😄 Einladung kommt per Post."),
])

p("ofen", "Ralf Stienemann", "Backtechnik Stienemann", "Servicetechniker", connected="2016-11-08")
c("genuine", "owner_started_service", "de", "sie schreibt dem Ofentechniker wegen eines Defekts", [
    ("me", "2025-12-06 04:12", "Ralf, tut mir leid für die Uhrzeit. Der Etagenofen, mittlere Etage, heizt nicht mehr über 180 Grad. Nikolaus-Samstag, wir haben 400 Stutenkerle in der Planung 😫"),
    ("ofen", "2025-12-06 06:30", "Moin, bin um 7:30 da. Klingt nach Heizstab. Hab einen im Wagen."),
    ("ofen", "2025-12-06 09:10", "Läuft wieder. Rechnung kommt, Heizstab 340 € plus Samstagszuschlag."),
    ("me", "2025-12-06 09:15", "Du bist ein Held. Stutenkerl für die Kinder liegt an der Theke."),
])

p("kollegin", "Petra Kortmann", "Bäckerei Kortmann Telgte", "Inhaberin", connected="2012-10-12")
c("genuine", "owner_started_peer_advice", "de", "sie fragt eine befreundete Bäckerin wegen Sauerteig", [
    ("me", "2025-06-16 14:20", "Petra, kurze Frage unter uns Meisterinnen: Mein Roggensauer wird seit der Hitze zu sauer, obwohl ich die Führung angepasst hab. Machst du im Sommer Dreistufen oder einstufig?"),
    ("kollegin", "2025-06-16 16:45", "Im Sommer einstufig, aber mit 10 % weniger Anstellgut und Wasser 4 Grad kälter. Und die Schüssel nicht neben den Ofen stellen, weiß du aber 😉 Komm doch mal wieder nach Telgte auf'n Kaffee!"),
    ("me", "2025-06-16 17:00", "Danke dir! Mach ich, sobald die Hitze vorbei ist."),
])

p("kita", "Stefanie Roters", "Kita Sonnenblume Kreuzviertel", "Leitung", connected="2021-08-09")
c("genuine", "catering_client_change", "de", "Kita-Kunde ändert Bestellmenge", [
    ("kita", "2025-09-01 08:10", "Guten Morgen Frau Kötter, ab Oktober haben wir eine Gruppe mehr, bitte täglich 15 statt 12 Vollkornbrötchen. Und könnten Sie am 31.10. 30 kleine Kürbismuffins machen? Die Kinder feiern Herbstfest."),
    ("me", "2025-09-01 09:00", "Guten Morgen Frau Roters, ist notiert! Muffins machen wir gern, 1,20 € das Stück."),
])

p("wn", "Kathrin Lohmann", "Stadtblatt Münster", "Redakteurin Lokales")
c("genuine", "journalist_request", "de", "Lokaljournalistin zum Bäckersterben", [
    ("wn", "2025-10-21 13:05", "Hallo Frau Kötter, ich schreibe für das Stadtblatt eine Serie über inhabergeführte Bäckereien in Münster, die es noch gibt. Hätten Sie Zeit für ein Gespräch und ein Foto in der Backstube? Gern früh morgens, wenn es am authentischsten ist."),
    ("me", "2025-10-21 15:30", "Hallo Frau Lohmann, sehr gern. Kommen Sie Donnerstag um 4:30, dann sehen Sie die Brötchen aus dem Ofen kommen. Kaffee geht aufs Haus."),
])

p("stamm1", "Hubert Schwienhorst", "", "Pensionär", connected="2020-02-14")
c("genuine", "regular_customer_order", "de", "Stammkunde bestellt Geburtstagstorte, plattdeutsch gefärbt", [
    ("stamm1", "2025-08-22 18:20", "Anne, min Deern, mien Frau wird 80 am 6. September. Kannst du uns die Frankfurter Kranz machen wie letztes Mal? Für 20 Leute. Un nich vergessen: 80 Kerzen passt nich drauf, also nur 'ne 8 und 'ne 0 😄"),
    ("me", "2025-08-22 19:00", "Hubert, dat mach ich! 8 und 0 aus Marzipan. Abholung Samstag 10 Uhr? Grüß Elisabeth!"),
    ("stamm1", "2025-08-22 19:05", "Jau, danke!"),
])

p("stb", "Klaus Dieckmann", "Dieckmann Steuerberatung", "Steuerberater", connected="2013-04-15")
c("genuine", "long_standing_advisor", "de", "langjähriger Steuerberater zur Kassennachschau", [
    ("stb", "2026-02-03 10:00", "Hallo Frau Kötter, zur Info: Das Finanzamt kündigt in Münster vermehrt unangemeldete Kassennachschauen an. Bitte prüfen Sie, ob die TSE-Meldung für die neue zweite Kasse im Café raus ist. Sonst schnell nachholen."),
    ("me", "2026-02-03 11:30", "Danke Herr Dieckmann! Ich frage beim Kassenanbieter nach und melde mich."),
    ("stb", "2026-02-03 11:35", "Gern. Die BWA für Januar kommt Ende nächster Woche."),
])

p("kasse", "Nadine Becker", "Kassenfuchs GmbH", "Kundenbetreuung", connected="2022-06-01")
c("genuine", "existing_vendor_price_change", "de", "Kassenanbieter (bestehender Vertrag) kündigt neue Lizenzpreise an", [
    ("kasse", "2026-02-05 09:20", "Hallo Frau Kötter, Ihre Frage zur TSE-Meldung: Die haben wir für beide Kassen im Oktober erledigt, Bestätigung schicke ich gleich. Und leider noch eine Info: Ab April steigt die Lizenz pro Kasse von 39 auf 45 € im Monat, dafür ist das neue Vorbestellmodul inklusive."),
    ("me", "2026-02-05 10:15", "Danke für die Bestätigung. Über den Preis bin ich nicht glücklich, aber das Vorbestellmodul wollten wir eh. Können Sie mir das Modul mal zeigen?"),
    ("kasse", "2026-02-05 10:30", "Na klar, Donnerstag 15 Uhr per Video?"),
])

p("schule", "Ulrike Feldkamp", "Berufskolleg am Kanal", "Fachlehrerin Bäckerei", connected="2015-09-01")
c("genuine", "vocational_school", "de", "Berufsschullehrerin zum Azubi-Stand", [
    ("schule", "2025-11-27 12:50", "Hallo Anne, dein Azubi Yusuf hat in der Zwischenprüfung die beste Praxisnote der Klasse! Nur Theorie schwächelt, vor allem Warenkunde. Vielleicht könnt ihr im Betrieb mal ein bisschen mit ihm üben?"),
    ("me", "2025-11-27 13:30", "Ach wie schön, das sag ich ihm! Warenkunde machen wir ab jetzt jeden Freitag eine halbe Stunde. Danke Ulli!"),
])

p("azubi", "Yusuf Demir", "Kötters Backstube & Café", "Auszubildender Bäcker", connected="2024-08-01")
c("genuine", "employee_apprentice", "de", "Azubi meldet sich krank", [
    ("azubi", "2025-12-15 02:10", "Hallo Chefin, ich hab Fieber 38,9, kann heute nicht kommen. Tut mir echt leid. Krankmeldung bring ich morgen."),
    ("me", "2025-12-15 02:40", "Gute Besserung Yusuf, bleib im Bett! Wir kriegen das hin."),
])

p("team", "Svenja Hüser", "Kötters Backstube & Café", "Filialleitung Café", connected="2019-03-15")
p("team2", "Gregor Tenbrink", "Kötters Backstube & Café", "Bäckergeselle", connected="2020-10-01")
c("genuine", "team_group", "de", "Team-Gruppenchat zur Sendplanung", [
    ("team", "2025-10-08 15:00", "Leute, Herbstsend: Wir haben wieder den Stand neben dem Riesenrad. Wer kann Samstag Spätschicht?"),
    ("team2", "2025-10-08 15:10", "Ich, wenn ich Sonntag frei krieg 🙏"),
    ("me", "2025-10-08 15:25", "Gregor kriegt Sonntag frei. Svenja, wir brauchen doppelt so viele Mutzen wie letztes Jahr, die waren um 19 Uhr weg."),
    ("team", "2025-10-08 15:26", "Ist notiert, Chefin!"),
], title="Team Kötters 🥨")

p("freundin", "Claudia Mersmann", "Münsterland Energie", "Projektleiterin", connected="2011-05-05")
c("genuine", "friend_small_talk", "de", "langjährige Freundin, Verabredung am Aasee", [
    ("freundin", "2025-07-19 21:30", "Na du Frühaufsteherin, Sonntag Aasee-Runde mit der Leeze und danach Eis? Oder pennst du?"),
    ("me", "2025-07-19 21:45", "Sonntag schlafe ich bis 9 😂 danach gern, 11 Uhr an der Torminbrücke?"),
    ("freundin", "2025-07-19 21:46", "Deal!"),
], folder="ARCHIVE")

p("uni", "Philipp Wessels", "Universität Münster", "Masterstudent BWL")
c("genuine", "student_research", "de", "Student bittet um Interview für Masterarbeit", [
    ("uni", "2025-06-02 11:00", "Sehr geehrte Frau Kötter, ich schreibe meine Masterarbeit über Energiekosten im Lebensmittelhandwerk. Wären Sie zu einem 30-minütigen Interview bereit? Ich würde auch gern nach Ladenschluss vorbeikommen."),
    ("me", "2025-06-02 14:10", "Hallo Herr Wessels, gern. Montags nach 15 Uhr ist ruhig."),
])

p("caterkunde", "Ingrid Voß", "Evangelische Kirchengemeinde St. Lamberti", "Gemeindebüro")
c("genuine", "catering_client_invoice", "de", "Gemeinde fragt Rechnung und nächsten Auftrag", [
    ("caterkunde", "2025-12-11 10:20", "Liebe Frau Kötter, danke für den wunderbaren Kuchen beim Seniorenadvent! Die Rechnung ist angekommen, wird diese Woche überwiesen. Könnten wir für den Neujahrsempfang am 11.01. 60 belegte Brötchen bestellen? Was würde das kosten?"),
    ("me", "2025-12-11 12:00", "Liebe Frau Voß, das freut mich! 60 belegte Brötchen gemischt (Käse, Schinken, Ei, vegetarisch) kosten 2,60 € das Stück, also 156 €. Soll ich das so festhalten?"),
    ("caterkunde", "2025-12-11 12:30", "Ja, bitte."),
])

p("dutch", "Sanne de Vries", "", "Tourist")
c("genuine", "customer_english", "en", "Dutch visitor asks in English about gluten-free bread", [
    ("dutch", "2025-08-04 16:10", "Hi! We visited your café last weekend with our bikes, the Rhabarberkuchen was amazing. Do you also bake gluten-free bread? My daughter is coeliac and we come to Münster often."),
    ("me", "2025-08-04 18:00", "Hi Sanne, thank you so much! We have a gluten-free buckwheat loaf on Fridays, but our bakery is not a gluten-free environment, so with coeliac I'd be careful. Happy to put one aside for you to look at."),
    ("dutch", "2025-08-04 18:10", "That's very honest, thank you! We'll come by on Friday."),
])

p("erasmus", "Giulia Ferraro", "", "Student")
c("genuine", "job_applicant_english", "en", "Erasmus student applies for a weekend job in English", [
    ("erasmus", "2025-10-06 20:20", "Hello Ms Kötter, I am an Erasmus student from Bologna, here until July. I worked two years in my family's pasticceria. My German is A2 but improving! Do you need weekend help in the café?"),
    ("me", "2025-10-07 07:30", "Hello Giulia, yes, we actually need someone on Sundays 7-13. Come by on Saturday afternoon and we'll talk - and practise some German 😊"),
])

p("hwk", "Dominik Rensing", "Handwerkskammer Münster", "Ausbildungsberater", connected="2019-02-06")
c("genuine", "chamber_of_crafts", "de", "Ausbildungsberater der Handwerkskammer zur Ausbildungsbörse", [
    ("hwk", "2026-01-20 09:00", "Hallo Frau Kötter, die Ausbildungsmesse in der Halle Münsterland ist am 7. März. Wollen Sie wieder einen Stand beim Lebensmittelhandwerk? Im letzten Jahr hatten Sie den besten Duft in der ganzen Halle 😉 Standgebühr entfällt für Innungsbetriebe."),
    ("me", "2026-01-20 10:15", "Hallo Herr Rensing, ja unbedingt! Wir backen wieder live Brezeln mit den Schülern."),
])

p("nachbar", "Oliver Pieper", "Pieper Fahrräder", "Inhaber", connected="2018-06-21")
c("genuine", "neighbour_business", "de", "Nachbar-Fahrradladen wegen Straßenfest", [
    ("nachbar", "2025-05-14 18:00", "Anne, Straßenfest Kreuzviertel am 21.6. – machst du wieder Waffeln vor der Tür? Ich stell dann die Leezen-Codierung daneben, wie letztes Jahr."),
    ("me", "2025-05-14 18:20", "Klar! Strom holen wir wieder aus deinem Laden?"),
    ("nachbar", "2025-05-14 18:22", "Jo, Kabeltrommel steht bereit."),
])

p("gratulation", "Martina Hölker", "Landfrauen Münsterland", "Vorsitzende", connected="2016-04-11")
c("genuine", "congrats_long_standing", "de", "Glückwunsch zum 10-jährigen Bestehen", [
    ("gratulation", "2025-09-15 08:00", "Liebe Anne, 10 Jahre Kötters Backstube! Herzlichen Glückwunsch, du hast das Kreuzviertel echt lecker gemacht. Wir kommen Samstag zum Feiern vorbei!"),
    ("me", "2025-09-15 09:20", "Danke Martina, ich freu mich auf euch! Es gibt Sekt und Butterkuchen."),
])

p("agency_friend", "Henrik Lütke", "Lütke Design", "Grafiker", connected="2017-07-07")
c("genuine", "existing_vendor_quote", "de", "Grafiker (langjähriger Dienstleister) schickt Angebot für neue Tüten", [
    ("me", "2025-04-22 13:00", "Henrik, wir brauchen neue Brötchentüten mit dem Logo, diesmal ohne Plastikfenster. Machst du mir ein Angebot inkl. Druck für 20.000 Stück?"),
    ("agency_friend", "2025-04-23 10:40", "Klar. Gestaltungsanpassung 180 €, Druck über meine Druckerei 0,038 €/Stück, also 760 € für 20k. Papier ist FSC. Passt das?"),
    ("me", "2025-04-23 11:00", "Passt, leg los!"),
])

p("ladenbau", "Thorsten Gausebeck", "Immobilien Gausebeck", "Makler", connected="2024-11-05")
c("genuine", "owner_started_second_shop", "de", "sie fragt Makler nach einem Ladenlokal in Hiltrup", [
    ("me", "2025-11-24 21:00", "Hallo Herr Gausebeck, ist das Ladenlokal an der Marktallee in Hiltrup noch frei? Wir überlegen eine zweite Filiale, ca. 80 qm, mit Platz für ein paar Tische."),
    ("ladenbau", "2025-11-25 09:15", "Guten Morgen Frau Kötter, ja, noch frei. Kaltmiete 1.650 €, ab 1. März verfügbar. Besichtigung Freitag?"),
    ("me", "2025-11-25 09:30", "Freitag 15 Uhr passt."),
])

p("eventkontakt", "Sven Heitmann", "Münster Marketing", "Eventmanager", connected="2021-03-03")
c("genuine", "event_invitation_contact", "de", "Kontakt lädt zum Weihnachtsmarkt-Stand ein", [
    ("eventkontakt", "2025-06-30 10:00", "Hallo Anne, wir planen den Lichtermarkt an der Überwasserkirche neu. Hättest du Lust auf eine Hütte? Wir wollen mehr lokale Handwerksbetriebe statt Glühweinketten. Die Hüttenmiete ist für Innungsbetriebe reduziert, 1.200 € für 4 Wochen."),
    ("me", "2025-06-30 12:00", "Oh, spannend! Lass mich mit dem Team sprechen, ob wir das personell stemmen. Melde mich bis Ende Juli."),
])

p("altchef", "Bernhard Tüns", "", "Bäckermeister im Ruhestand", connected="2012-01-03")
c("genuine", "long_standing_contact", "de", "ihr alter Lehrmeister meldet sich", [
    ("altchef", "2026-03-02 07:00", "Anne, hab dich im Stadtblatt gesehen. Dat Foto mit dem Schieber, da hast du den Griff immer noch falsch 😄 Stolz bin ich trotzdem. Gruß vom alten Tüns"),
    ("me", "2026-03-02 09:45", "Meister Tüns! Ich halt ihn extra falsch, damit Sie was zu meckern haben 😄 Kommen Sie mal auf 'nen Kaffee vorbei, der geht aufs Haus."),
])

p("expat", "Fiona McAllister", "Westfalen Logistics Solutions", "Office Manager")
c("genuine", "inbound_lead_english", "en", "office manager (English) wants to order Stollen for the whole office", [
    ("expat", "2025-11-28 12:05", "Hi Anne, a colleague brought your Butterstollen into the office last year and we're still talking about it. Could we order 35 small Stollen (the 500 g ones) for our client gifts, ideally wrapped, for pick-up on 15 December? What would that cost? Sorry, my German is still terrible!"),
    ("me", "2025-11-28 14:30", "Hi Fiona, that's lovely to hear! 35 x 500 g Butterstollen wrapped with ribbon and our label: 12.90 EUR each, so 451.50 EUR. If you confirm by 5 December we can do the 15th. Your German is fine, we'll practise when you pick them up 😉"),
    ("expat", "2025-11-28 14:45", "Confirmed! Invoice to Westfalen Logistics, Hafenweg, please."),
])

# ---------------------------------------------------------------- wanted_pitch (12)

p("waerme_w", "Dr. Jan Hüsing", "OfenWärme Rückgewinnung GmbH", "Vertrieb Handwerk")
c("wanted_pitch", "post_referenced_heat_recovery", "de", "bezieht sich auf ihren LinkedIn-Beitrag über Gasrechnung und Ofenabwärme", [
    ("waerme_w", "2025-09-22 09:30", "Hallo Frau Kötter, Ihr Beitrag letzte Woche, dass Ihre Gasrechnung sich verdoppelt hat, während die Abwärme vom Etagenofen einfach in den Hof geht, hat mich angesprochen. Genau dafür bauen wir Wärmetauscher, die aus dem Abgas Warmwasser für die Spülmaschine und die Heizung im Café machen. Bei Etagenöfen Ihrer Größe sparen Betriebe meist 15-20 % Gas. Die BAFA fördert das aktuell mit 40 %. Darf ich mir den Ofen einmal ansehen?"),
    ("me", "2025-09-22 13:00", "Hallo Herr Hüsing, das klingt interessant. Ofen ist von 2014, Marke schick ich Ihnen. Kommen Sie gern mal nachmittags."),
])

p("restlos_w", "Carina Weßling", "Restlos App", "Gründerin")
c("wanted_pitch", "talk_referenced_food_waste", "de", "App-Gründerin hörte ihren Vortrag bei der Innung über Retouren", [
    ("restlos_w", "2025-07-08 10:10", "Hallo Anne (ich darf doch duzen, unter Münsteranern?), ich war bei der Innungsversammlung im Juni, als du erzählt hast, dass ihr abends 8-10 % Ware übrig habt und die Tafel nur dienstags abholt. Wir sind eine kleine Münsteraner App für Überraschungstüten am Abend, nur lokale Betriebe, 15 % Provision statt 25 % wie bei den Großen. Hättest du Lust, das einen Monat ohne Gebühr zu testen?"),
    ("me", "2025-07-08 12:20", "Hallo Carina, klar duzen! Ja, einen Testmonat machen wir. Wie läuft die Abholung technisch?"),
])

p("kaffee_w", "Matthias Eggert", "Espresso Service Münsterland", "Techniker & Inhaber")
c("wanted_pitch", "shop_visited_espresso_service", "de", "Techniker war als Gast im Café und hat die Mühle bemerkt", [
    ("kaffee_w", "2025-05-05 16:45", "Hallo Frau Kötter, ich war Samstag bei Ihnen zum Frühstück (sehr lecker!). Mir ist aufgefallen, dass Ihre Mühle an der Siebträgermaschine stark klumpt und die Bezüge ungleich laufen - die Scheiben sind vermutlich durch. Ich warte Espressomaschinen im Münsterland, ein Mahlscheibenwechsel plus Einstellung kostet bei Ihrem Modell ca. 190 €. Wollte es nur sagen, Ihr Kaffee hat Besseres verdient."),
    ("me", "2025-05-05 18:20", "Oh, das haben meine Mädels auch schon gemeckert. Können Sie nächste Woche Montag nach Ladenschluss?"),
])

p("terminal_w", "Ayşe Korkmaz", "PayRegional", "Account Managerin")
c("wanted_pitch", "specific_problem_card_payment", "de", "nennt konkrete Google-Bewertungen über ausgefallene Kartenzahlung", [
    ("terminal_w", "2025-10-13 11:00", "Guten Tag Frau Kötter, in den letzten Google-Bewertungen Ihres Cafés beschweren sich drei Gäste, dass 'Kartenzahlung mal wieder nicht ging'. Das liegt bei Cafés oft am Terminal mit WLAN-Verbindung im Altbau. Unsere Terminals laufen über Mobilfunk mit WLAN-Backup, 0,79 % pro Transaktion, keine Miete. Ich kann Ihnen eins zwei Wochen zum Testen dalassen - wenn es nicht besser wird, nehme ich es wieder mit."),
    ("me", "2025-10-13 14:00", "Die Bewertungen ärgern mich wirklich. Ja, bringen Sie eins vorbei."),
])

p("stb_w", "Andrea Nientiedt", "Nientiedt Steuerberatung", "Steuerberaterin")
c("wanted_pitch", "mutual_contact_tax_advisor", "de", "Steuerberaterin, von Obermeister Kemper empfohlen", [
    ("stb_w", "2026-02-10 08:30", "Hallo Frau Kötter, Heinz-Werner Kemper hat mir erzählt, dass Sie über eine zweite Filiale in Hiltrup nachdenken und Ihr Steuerberater demnächst in Ruhestand geht. Ich betreue acht Bäckereien im Münsterland, unter anderem die Kemper'sche. Falls Sie für die Filialplanung eine zweite Meinung zur Rentabilität möchten, lade ich Sie gern zu einem kostenlosen Erstgespräch ein."),
    ("me", "2026-02-10 10:00", "Hallo Frau Nientiedt, Heinz-Werner erzählt aber auch alles 😄 Ja, ein Gespräch wäre sinnvoll. Herr Dieckmann weiß noch nichts davon, bitte diskret."),
])

p("ladenbau_w", "Frank Hesselmann", "Hesselmann Ladenbau", "Geschäftsführer")
c("wanted_pitch", "public_register_building_permit", "de", "Ladenbauer kennt den Bauantrag für die Nutzungsänderung in Hiltrup", [
    ("ladenbau_w", "2026-03-09 09:00", "Sehr geehrte Frau Kötter, im Amtsblatt der Stadt Münster ist der Antrag auf Nutzungsänderung für die Marktallee 42 in Hiltrup (Einzelhandel zu Bäckerei-Café) veröffentlicht, Antragstellerin Kötters Backstube. Wir haben in den letzten Jahren vier Bäckereifilialen im Münsterland ausgebaut, inklusive Theke mit Kühlvitrine und Abluft. Falls Sie noch keinen Ladenbauer haben: Ich komme gern mit Referenzfotos zum Aufmaß."),
    ("me", "2026-03-09 11:00", "Guten Tag Herr Hesselmann, wir haben tatsächlich erst ein Angebot. Gern, Aufmaß nach Schlüsselübergabe im März."),
])

p("vorbestell_w", "Timo Brinkhaus", "BrotZeit Bestellsystem", "Vertrieb")
c("wanted_pitch", "tools_referenced_pos_integration", "de", "Anbieter kennt ihre Kasse und bietet passende Integration", [
    ("vorbestell_w", "2025-06-17 14:00", "Hallo Frau Kötter, auf Ihrer Website steht, dass man Kuchen 'per Telefon oder Zettel an der Theke' vorbestellt, und Ihre Bons verraten, dass Sie mit Kassenfuchs arbeiten. Unser Online-Vorbestellsystem hat eine fertige Kassenfuchs-Schnittstelle: Bestellungen landen direkt als offene Vorgänge in der Kasse, kein Abtippen. 29 € im Monat, monatlich kündbar. Soll ich Ihnen eine Demo mit Ihrer Kuchenkarte bauen?"),
    ("me", "2025-06-18 07:30", "Das mit dem Zettel ist tatsächlich unser Chaos. Zeigen Sie mal, gern mit den Struwen und Torten."),
])

p("rec_w", "Melanie Große-Kleimann", "AzubiFinder Westfalen", "Recruiterin Handwerk")
c("wanted_pitch", "public_listing_apprentice_recruiting", "de", "Azubi-Recruiting, bezieht sich auf ihre offene Lehrstelle in der Lehrstellenbörse", [
    ("rec_w", "2025-04-28 10:00", "Hallo Frau Kötter, Ihre Ausbildungsstelle Bäcker/in steht seit Januar unbesetzt in der Lehrstellenbörse der Handwerkskammer. Das geht vielen Bäckereien im Münsterland so. Wir machen kurze Handy-Videos in Ihrer Backstube und schalten sie gezielt bei Schülern 15-18 im Umkreis von 20 km. Festpreis 690 € pro Kampagne, im Schnitt 6 Bewerbungen. Eine Bäckerei in Greven hat so zwei Azubis gefunden. Interesse?"),
    ("me", "2025-04-28 12:00", "Hallo Frau Große-Kleimann, ja, die Stelle ist unser Sorgenkind. Schicken Sie mir bitte das Video aus Greven."),
])

p("dinkel_w", "Heiner Schulte-Vennemann", "Hof Schulte-Vennemann", "Landwirt")
c("wanted_pitch", "supplier_regional_spelt", "de", "Landwirt bietet Bio-Dinkel aus der Region, hat ihre Karte gelesen", [
    ("dinkel_w", "2025-08-25 19:30", "Tach Frau Kötter, auf Ihrer Tafel steht 'Dinkel aus dem Münsterland', aber soweit ich weiß bezieht Overbeck seinen Dinkel aus Süddeutschland. Ich baue in Nienberge Bio-Dinkel an, 12 km von Ihrer Backstube, und lasse in einer kleinen Mühle in Havixbeck vermahlen. Wenn Sie das mit der Region ernst meinen, bringe ich Ihnen mal einen Sack zum Probebacken. Nix für ungut."),
    ("me", "2025-08-25 20:15", "Tach Herr Schulte-Vennemann, autsch, aber berechtigt. Ich frag Bernd mal. Einen Sack zum Testen nehm ich gern!"),
])

p("foto_w", "Lisa Wiemeler", "", "Foodfotografin")
c("wanted_pitch", "instagram_referenced_photos", "de", "Fotografin hat ihren Instagram-Account angeschaut", [
    ("foto_w", "2025-06-09 12:00", "Hallo Anne, ich folge Kötters auf Instagram schon lange. Eure Struwen- und Stutenkerl-Posts gehen super, aber die Kuchenfotos von der Theke sind oft gelbstichig von der Lampe. Ich bin Foodfotografin aus Münster und biete ein Shooting mit 30 Bildern für Karte, Website und Insta für 450 € an, in eurem Licht morgens um 6. Magst du?"),
    ("me", "2025-06-09 15:10", "Die gelben Fotos sind von mir 🙈 Ja, lass uns was ausmachen!"),
])

p("liefer_w", "Jonas Tepe", "MünsterBringt", "Gründer")
c("wanted_pitch", "catering_page_delivery", "de", "lokaler Lieferdienst bezieht sich auf ihre Catering-Seite und Lieferradius", [
    ("liefer_w", "2025-12-01 09:00", "Hallo Frau Kötter, auf Ihrer Catering-Seite steht 'Lieferung nur innerhalb des Rings'. Wir sind ein Münsteraner Lastenrad-Lieferdienst und fahren Catering bis Hiltrup und Gievenbeck, warm und kalt, 9,50 € pro Fahrt, keine Provision auf den Warenwert. Damit könnten Sie Kunden außerhalb des Rings bedienen, ohne eigenen Fahrer."),
    ("me", "2025-12-01 10:30", "Hallo Herr Tepe, das ist tatsächlich eine Lücke. Rufen Sie mich gern Mittwoch an."),
])

p("en_w", "Tom Harding", "Crumb & Co Consulting", "Bakery Consultant")
c("wanted_pitch", "article_referenced_consulting_english", "en", "English-speaking bakery consultant references a trade-magazine article about her", [
    ("en_w", "2025-11-03 14:00", "Hi Anne, apologies for writing in English - I read the feature on Kötters in Westfälische Bäckerpost (translated) where you said your biggest headache is Sunday staffing while the café is at its busiest. I've helped six family bakeries in the Netherlands and Germany rebuild their rotas with a split bake-off model so the night shift ends before Sunday. Happy to share the case study from Enschede - no charge for a first call."),
    ("me", "2025-11-03 19:00", "Hi Tom, English is fine. Please send the Enschede case study, Sunday is exactly our problem."),
])

# ---------------------------------------------------------------- junk (38)

p("waerme_j", "Stefan Krüger", "EnergieEffizienz Plus", "Berater")
c("junk", "generic_energy_consulting", "de", "generisches Gegenstück zur Wärmerückgewinnung", [
    ("waerme_j", "2025-09-30 08:00", "Sehr geehrte Frau Kötter, steigende Energiekosten belasten Unternehmen wie Ihres. Unsere zertifizierten Energieberater zeigen Ihnen, wie Sie bis zu 30 % sparen können. Haben Sie diese Woche 15 Minuten Zeit für ein kostenloses Erstgespräch?"),
])

p("terminal_j", "Kevin Hoffmann", "ZahlSmart", "Sales")
c("junk", "generic_payment_terminal", "de", "generisches Gegenstück zum Kartenterminal", [
    ("terminal_j", "2025-10-20 10:00", "Hallo Anne, zahlen Sie noch zu viel für Kartenzahlung? Mit ZahlSmart sparen Gastronomen bis zu 50 % Gebühren! Jetzt wechseln und 3 Monate gratis. Soll ich Ihnen ein Angebot schicken?"),
    ("terminal_j", "2025-10-27 10:00", "Hallo Anne, kurze Erinnerung an mein Angebot 🙂"),
])

p("foto_j", "Dennis Marx", "ContentKing Agentur", "Social Media Manager")
c("junk", "generic_social_media_agency", "de", "generisches Gegenstück zur Fotografin", [
    ("foto_j", "2025-06-16 11:00", "Hey Anne 👋 Dein Insta hat echt Potenzial! Wir sind eine Social-Media-Agentur und bringen Gastro-Betriebe auf 10k Follower in 90 Tagen. Content, Reels, Ads – alles aus einer Hand. Lust auf einen kurzen Call?"),
])

p("rec_j", "Sarah Lindner", "TalentPlus Personaldienstleistungen", "Recruiterin")
c("junk", "generic_recruiter_irrelevant", "de", "Recruiterin mit unpassender Stelle", [
    ("rec_j", "2025-05-06 09:00", "Hallo Frau Kötter, ich habe eine spannende Position als Key Account Managerin im Lebensmitteleinzelhandel (Düsseldorf, 75k) und Ihr Profil passt perfekt. Sind Sie offen für Veränderung?"),
])

p("catering_same", "Patrick Weber", "EventGenuss Catering", "Vertrieb")
c("junk", "offers_what_she_sells", "de", "bietet ihr Catering und Frühstücksbuffets an", [
    ("catering_same", "2025-09-10 10:00", "Sehr geehrte Frau Kötter, planen Sie eine Firmenfeier oder ein Business-Frühstück? EventGenuss liefert hochwertige Frühstücksbuffets, Fingerfood und Torten in ganz NRW. Gern erstellen wir Ihnen ein individuelles Angebot!"),
])

p("capacity", "Laura Neumann", "GastroLeads", "Partnermanagerin")
c("junk", "capacity_for_new_clients", "de", "fragt nach Kapazität für Neukunden, dann Lead-Pitch", [
    ("capacity", "2025-08-05 10:00", "Hallo Anne, kurze Frage: Haben Sie aktuell Kapazitäten für neue Catering-Kunden?"),
    ("capacity", "2025-08-12 10:00", "Hintergrund: Wir vermitteln geprüfte Firmenkunden für Caterer, 15-20 Anfragen im Monat, Abrechnung pro Lead. Wollen wir das kurz besprechen?"),
])

p("likeminded", "Maximilian von Stein", "Stein Holding", "Unternehmer | Investor | Mentor")
c("junk", "like_minded_entrepreneurs", "de", "Vernetzen unter Gleichgesinnten", [
    ("likeminded", "2025-04-15 07:00", "Hallo Anne, ich vernetze mich gern mit gleichgesinnten Unternehmerinnen, die etwas bewegen. Lass uns doch mal austauschen, vielleicht ergeben sich Synergien! 🚀"),
])

p("quickcall", "Niklas Braun", "ProzessPro", "Head of Sales")
c("junk", "quick_15_minute_call", "de", "15-Minuten-Call mit Nachfassen", [
    ("quickcall", "2025-03-24 09:00", "Hallo Frau Kötter, ich halte mich kurz: Wir helfen Handwerksbetrieben, ihre Prozesse zu digitalisieren. Hätten Sie Donnerstag oder Freitag 15 Minuten für einen kurzen Austausch?"),
    ("quickcall", "2025-03-31 09:00", "Hallo Frau Kötter, ich wollte mein Anliegen noch einmal nach oben holen. Passt es nächste Woche besser?"),
    ("quickcall", "2025-04-08 09:00", "Letzter Versuch – darf ich Ihre Anfrage schließen?"),
])

p("ctp1", "Julia Hartwig", "CleanTeam Gebäudereinigung", "Geschäftsführerin", connected="2025-05-19",
  invite=("IN", "2025-05-18 20:15", "Hallo Anne, ich vernetze mich gern mit Unternehmerinnen aus Münster!"))
c("junk", "connect_then_pitch", "de", "Smalltalk, Antwort der Inhaberin, dann Reinigungs-Pitch", [
    ("ctp1", "2025-05-19 08:20", "Danke fürs Vernetzen, Anne! Euer Café sieht so gemütlich aus. Wie läuft's so im Kreuzviertel?"),
    ("me", "2025-05-19 14:00", "Danke! Gut, viel los, gerade mit dem Spargelwetter."),
    ("ctp1", "2025-05-20 08:15", "Super! Übrigens: Wir bieten Unterhaltsreinigung für Gastronomie und Bäckereien, auch nachts. Soll ich euch ein unverbindliches Angebot machen?"),
])

p("ctp2", "Marvin Kaiser", "SmartKitchen Solutions", "Business Development", connected="2025-08-27",
  invite=("IN", "2025-08-26 19:40", ""))
c("junk", "connect_then_pitch", "de", "Danke fürs Vernetzen, dann Software-Pitch", [
    ("ctp2", "2025-08-27 09:00", "Hallo Anne, danke für die Annahme! Schönen Start in die Woche 🙂"),
    ("ctp2", "2025-08-29 09:00", "Kurz zu mir: Wir haben eine KI-Software für Produktionsplanung in Bäckereien, die Retouren um 30 % senkt. Darf ich dir eine kurze Demo zeigen?"),
])

p("ctp3", "Denise Fröhlich", "WerbeStark", "Inhaberin", connected="2025-11-11",
  invite=("IN", "2025-11-10 21:00", "Hallo Anne, tolle Bäckerei! Lass uns vernetzen."))
c("junk", "connect_then_pitch", "de", "Kompliment, dann Werbemittel-Pitch, dann Bump", [
    ("ctp3", "2025-11-11 10:00", "Hallo Anne, schön, dass wir jetzt vernetzt sind! Ich liebe Franzbrötchen, macht ihr die auch?"),
    ("me", "2025-11-11 16:30", "Hallo! Ja, samstags 😊"),
    ("ctp3", "2025-11-12 10:00", "Lecker! Apropos: Hast du schon an Werbetüten, Kaffeebecher und Schürzen mit Logo gedacht? Wir drucken ab 100 Stück, jetzt 20 % Herbstrabatt!"),
    ("ctp3", "2025-11-19 10:00", "Hallo Anne, hast du mein Angebot gesehen?"),
])

p("ctp4", "Alexander Ruge", "Ruge Versicherungsmakler", "Versicherungsmakler", connected="2026-02-16",
  invite=("IN", "2026-02-15 18:10", "Guten Abend Frau Kötter, ich würde mich gern mit Ihnen vernetzen."))
c("junk", "connect_then_pitch", "de", "Vernetzung, Smalltalk, dann Versicherungscheck", [
    ("ctp4", "2026-02-16 08:00", "Guten Morgen Frau Kötter, vielen Dank für die Vernetzung. Ich wünsche Ihnen eine erfolgreiche Woche!"),
    ("ctp4", "2026-02-18 08:00", "Darf ich fragen, wann Sie zuletzt Ihre Betriebsversicherungen überprüft haben? Ich biete einen kostenlosen Versicherungscheck für Gastronomiebetriebe an, oft sparen Kunden 20-30 %."),
])

p("bump", "Fabian Scholz", "ReviewBoost", "SDR")
c("junk", "follow_up_bumps_no_reply", "de", "mehrere Nachfass-Nachrichten ohne Antwort", [
    ("bump", "2025-07-01 09:00", "Hallo Anne, mehr 5-Sterne-Bewertungen auf Google? Unser Tool macht das automatisch. Interesse?"),
    ("bump", "2025-07-08 09:00", "Hallo Anne, ich hole das nochmal nach oben."),
    ("bump", "2025-07-15 09:00", "Hallo Anne, hast du kurz Zeit gefunden, drüber nachzudenken?"),
    ("bump", "2025-07-29 09:00", "Ok, ich gehe davon aus, dass es gerade nicht passt. Melde dich gern jederzeit!"),
])

# one template, five senders, one in English
p("tpl1", "Lukas Engel", "GastroWachstum", "Gründer")
c("junk", "template_growth_gastro", "de", "Vorlage 1/5: 'habe gesehen, ihr wachst'", [
    ("tpl1", "2025-10-06 08:00", "Hallo Anne, ich habe gesehen, dass Kötters Backstube in Münster richtig gut läuft – Glückwunsch! Die meisten Gastro-Betriebe, mit denen wir sprechen, verlieren jede Woche 10+ Stunden mit Dienstplänen und Bestellungen. Wir nehmen euch das ab, damit ihr euch aufs Backen konzentrieren könnt. Kurzer Austausch?"),
])
p("tpl2", "Vanessa Albrecht", "GastroWachstum", "Customer Success")
c("junk", "template_growth_gastro", "de", "Vorlage 2/5: gleiche Vorlage, andere Absenderin", [
    ("tpl2", "2025-10-08 08:10", "Hallo Anne, mir ist aufgefallen, dass Kötters Backstube & Café in Münster stark wächst – Glückwunsch! Die meisten Bäckereien, mit denen wir reden, verlieren wöchentlich über 10 Stunden mit Dienstplanung und Bestellwesen. Wir nehmen euch das ab, damit ihr euch auf eure Gäste konzentrieren könnt. Lust auf einen kurzen Austausch?"),
])
p("tpl3", "Robin Kramer", "PlanFix", "Partnerships")
c("junk", "template_growth_gastro", "de", "Vorlage 3/5: gleiche Vorlage, andere Firma", [
    ("tpl3", "2025-10-14 07:45", "Hey Anne – hab gesehen, dass euer Café in Münster richtig gut läuft, Glückwunsch! Die meisten Gastronomen verlieren jede Woche 10+ Std. mit Dienstplänen & Bestellungen. Wir nehmen euch das ab, damit ihr euch aufs Wesentliche konzentrieren könnt. 10 Minuten Austausch?"),
])
p("tpl4", "Jennifer Koch", "PlanFix", "Account Executive")
c("junk", "template_growth_gastro", "de", "Vorlage 4/5: fast gleicher Text", [
    ("tpl4", "2025-10-21 08:20", "Hallo Anne, ich habe gesehen, dass dein Unternehmen in Münster gut wächst – Glückwunsch! Die meisten Betriebe, mit denen ich spreche, verlieren über 10 Stunden pro Woche mit Dienstplänen und Bestellungen. Wir nehmen dir das ab. Kurzer Austausch?"),
])
p("tpl5", "Ryan Cooper", "ShiftWise", "Growth Lead")
c("junk", "template_growth_gastro", "en", "template 5/5: same template in English", [
    ("tpl5", "2025-10-23 09:00", "Hi Anne, I noticed Kötters Backstube is doing really well in Münster - congrats! Most hospitality businesses we speak to lose 10+ hours a week on rotas and ordering. We take that off your plate so you can focus on baking. Worth a quick chat?"),
])

# merge-tag failures
p("merge1", "Tim Schäfer", "KassenProfi", "Vertrieb")
c("junk", "merge_tag_failure", "de", "ungefülltes {{Vorname}}", [
    ("merge1", "2025-03-11 10:30", "Hallo {{Vorname}}, wussten Sie, dass {{Firma}} mit unserem Kassensystem bis zu 5 Stunden pro Woche sparen kann? Jetzt kostenlos testen!"),
])
p("merge2", "Katharina Wolf", "Lieferheld Partner", "Partner Managerin")
c("junk", "merge_tag_failure", "de", "ungefülltes [Firma]", [
    ("merge2", "2025-05-26 14:15", "Liebe Anne, ich habe mir [Firma] angesehen und bin überzeugt, dass Sie mit unserer Lieferplattform 30 % mehr Umsatz erzielen. Sollen wir sprechen?"),
])
p("merge3", "Oliver Franke", "Gastro Marketing Nord", "Geschäftsführer")
c("junk", "merge_tag_wrong_name", "de", "falscher Name in der Anrede", [
    ("merge3", "2025-08-18 11:00", "Hallo Frau Köster, Ihr Betrieb hat mich wirklich beeindruckt! Wir helfen Bäckereien, mit Google Ads mehr Laufkundschaft zu gewinnen. Passt ein Termin diese Woche?"),
])
p("merge4", "Miriam Sauer", "FinanzKlar", "Business Development")
c("junk", "merge_tag_wrong_company", "de", "falscher Firmenname", [
    ("merge4", "2025-12-03 09:45", "Hallo Anne, ich bin auf die Bäckerei Krümelmonster gestoßen und war beeindruckt. Wir bieten Factoring für Gastronomiebetriebe an – Liquidität in 24 Stunden. Interesse an einem Angebot?"),
])

# sponsored InMail
p("spon1", "BringFix Partner", "BringFix Partner", "", url="https://www.linkedin.com/company/bringfix-partner-de")
c("junk", "sponsored_inmail", "de", "gesponserte Nachricht einer Lieferplattform", [
    ("spon1", "2025-04-09 12:00", "<p>Hallo Anne,</p><p>Mehr Bestellungen ohne eigenen Fahrer? Werden Sie jetzt Partner &ndash; die ersten 30 Tage <b>ohne Provision</b>.</p><p><a href=\"https://example.com\">Jetzt anmelden</a></p>"),
], title="Sponsored Conversation", subject="30 Tage ohne Provision")
p("spon2", "GastroMesse Nord", "GastroMesse Nord", "", url="https://www.linkedin.com/company/gastromesse-nord")
c("junk", "sponsored_inmail", "de", "gesponserte Messeeinladung", [
    ("spon2", "2025-09-18 12:00", "<p>Hallo Anne,</p><p>Sichern Sie sich Ihr Fachbesucher-Ticket f&uuml;r die GastroMesse Nord in Hamburg mit 40&nbsp;% Rabatt.</p><p>Code: <b>BACK40</b></p>"),
], title="Sponsored Conversation", subject="Ihr Ticket mit 40 % Rabatt")

p("award", "Verena Klein", "Deutscher Gastro-Award", "Award-Managerin")
c("junk", "paid_award", "de", "Award-Nominierung gegen Teilnahmegebühr", [
    ("award", "2025-06-24 10:00", "Herzlichen Glückwunsch, Frau Kötter! Kötters Backstube & Café wurde für den 'Deutschen Gastro-Award 2025' in der Kategorie 'Bäckerei-Café des Jahres – NRW' nominiert. Zur Bestätigung Ihrer Nominierung bitten wir um die Teilnahmegebühr von 390 € zzgl. MwSt., inklusive Urkunde und Siegel für Ihre Tür."),
])

p("podcast", "Tobias Lenz", "Handwerk Unplugged Podcast", "Host")
c("junk", "paid_podcast_slot", "de", "Podcast-Gastplatz gegen Produktionsbeitrag", [
    ("podcast", "2025-11-25 16:00", "Hallo Anne! Wir würden dich gern als Gast im Podcast 'Handwerk Unplugged' (30.000 Hörer/Monat) haben. Du bekommst eine professionell geschnittene Folge, Reels und einen Blogartikel. Der Produktionskostenbeitrag liegt bei 290 €. Soll ich dir den Buchungslink schicken?"),
])

p("magazine", "Sandra Vogel", "Top Unternehmerinnen Magazin", "Redaktion")
c("junk", "paid_feature", "de", "Magazin-Porträt gegen Gebühr", [
    ("magazine", "2026-01-08 09:15", "Liebe Frau Kötter, unsere Redaktion hat Sie für die Ausgabe 'Top 100 Unternehmerinnen NRW 2026' ausgewählt. Ihr Porträt umfasst eine ganze Seite plus Online-Profil. Das Veröffentlichungspaket kostet 650 €. Bitte bestätigen Sie bis zum 20.01."),
])

p("fluent1", "Christian Wendt", "Wendt Unternehmensberatung", "Geschäftsführender Partner")
c("junk", "fluent_generic_naming_company", "de", "flüssig, nennt ihre Firma, könnte an jeden gehen", [
    ("fluent1", "2025-05-12 08:00", "Sehr geehrte Frau Kötter, mit großem Interesse verfolge ich die Entwicklung von Kötters Backstube & Café. Sie haben sich einen hervorragenden Ruf aufgebaut. Doch gerade Unternehmen in Ihrer Phase stoßen oft an Wachstumsgrenzen, weil Strukturen nicht mitwachsen. Wir begleiten ambitionierte Inhaberinnen dabei, die nächste Stufe zu erreichen. Wäre ein unverbindlicher Austausch für Kötters Backstube interessant?"),
])

p("fluent2", "Nina Berger", "Markenglanz PR", "Inhaberin")
c("junk", "fluent_generic_naming_company", "de", "PR-Agentur, nennt Firma, generisch", [
    ("fluent2", "2026-01-26 13:30", "Hallo Anne, Kötters Backstube hat eine großartige Geschichte: Handwerk, Herz, Heimat. Aber viele großartige Betriebe bleiben unsichtbar. Mit unserer PR-Betreuung landen Sie in 90 Tagen in regionalen und überregionalen Medien. Wollen wir besprechen, wie wir Kötters positionieren würden?"),
])

p("crypto", "Elena Petrova", "Global Asset Partners", "Financial Advisor")
c("junk", "off_topic_investment", "en", "off-topic crypto pitch in English", [
    ("crypto", "2025-07-22 23:10", "Hello dear Anne, your profile impressed me. I help business owners build passive income with digital assets, 10% monthly returns guaranteed. Can I share more details?"),
], folder="ARCHIVE")

p("solar", "Marco Lehmann", "SonnenDach Direkt", "Energieberater")
c("junk", "off_topic_solar", "de", "Solaranlage fürs Eigenheim", [
    ("solar", "2025-04-01 18:00", "Hallo Anne, jetzt ist die perfekte Zeit für Ihre eigene Solaranlage! Kostenlose Dachanalyse im Münsterland, 0 % Finanzierung. Sind Sie Eigenheimbesitzerin?"),
])

p("franchise", "Dirk Hansen", "BackPoint Franchise", "Expansion Manager")
c("junk", "off_topic_franchise", "de", "Franchise-Angebot einer Backshop-Kette", [
    ("franchise", "2025-12-09 11:00", "Hallo Frau Kötter, schon mal überlegt, Franchisenehmerin bei BackPoint zu werden? Unsere Partner erzielen ab dem 2. Jahr 90.000 € Gewinn. Wir haben noch freie Standorte in Münster und Umgebung!"),
])

p("seo", "Florian Herrmann", "Rankwerk Digital", "Gründer")
c("junk", "generic_seo", "de", "generisches SEO-Angebot", [
    ("seo", "2025-02-18 11:45", "Hallo Anne! Findet man Sie bei Google, wenn jemand 'Bäckerei Münster' sucht? Wir haben über 300 lokale Betriebe auf Seite 1 gebracht. Ich habe ein kurzes Audit-Video für Ihre Website erstellt – soll ich es schicken?"),
], folder="ARCHIVE")

p("va", "Anna Lopez", "RemoteStaff Global", "Recruitment Officer")
c("junk", "generic_offshore_staffing", "en", "offshore staffing in English", [
    ("va", "2026-01-29 03:20", "Good day Anne! We provide virtual assistants for bookkeeping, social media and customer service. Save up to 70% of staff costs. Kindly let me know if you are interested!"),
])

p("tiefkuehl", "Ralf Ebert", "BackWelt Großhandel", "Außendienst")
c("junk", "generic_frozen_dough", "de", "Tiefkühl-Teiglinge für eine Handwerksbäckerei", [
    ("tiefkuehl", "2025-06-03 09:00", "Sehr geehrte Damen und Herren, reduzieren Sie Personalkosten mit unseren TK-Teiglingen! Über 200 Sorten, einfach aufbacken. Jetzt Musterpaket anfordern!"),
])

p("growthcall", "Jannik Busch", "Umsatzrakete", "Co-Founder")
c("junk", "quick_call_growth", "de", "Umsatzversprechen mit Kalenderlink", [
    ("growthcall", "2026-02-24 15:00", "Anne – kurze Frage: Wenn ich dir zeige, wie du in 90 Tagen 10.000 € mehr Monatsumsatz machst, wäre das 15 Minuten wert? Hier mein Kalender: calendly-Link"),
])

p("datalist", "Sophie Maier", "AdressPro", "Vertrieb")
c("junk", "generic_data_list", "de", "verkauft Firmenadressen", [
    ("datalist", "2026-03-03 10:40", "Hallo Anne, Interesse an 8.000 verifizierten Firmenadressen aus dem Münsterland mit Ansprechpartnern? Perfekt für Ihre Catering-Akquise. Muster gibt's auf Anfrage."),
])

p("chatbot", "Leon Wagner", "BotBäcker AI", "Founder")
c("junk", "generic_ai_chatbot", "de", "KI-Chatbot für Bestellungen, generisch", [
    ("chatbot", "2025-03-04 13:00", "Hi Anne, KI ist die Zukunft der Gastronomie! Unser Chatbot nimmt rund um die Uhr Bestellungen und Reservierungen an. Schon über 500 Betriebe nutzen ihn. Demo gefällig?"),
])

if __name__ == "__main__":
    ex.write(
        OUT,
        {"First Name": "Anne", "Last Name": "Kötter",
         "Headline": "Bäckermeisterin & Inhaberin Kötters Backstube & Café | Münster-Kreuzviertel",
         "Summary": "Handwerkliches Brot, Kuchen und Frühstück im Kreuzviertel seit 2015. "
                    "12 Mitarbeitende, zwei Azubis, Catering für Firmen, Kitas und Gemeinden.",
         "Industry": "Food & Beverages", "Geo Location": "Münster, Nordrhein-Westfalen, Deutschland",
         "Websites": "[COMPANY:koetters-backstube.example]"},
        [{"Company Name": "Kötters Backstube & Café", "Title": "Inhaberin",
          "Description": "Handwerksbäckerei mit Café und Catering.", "Location": "Münster",
          "Started On": "Sep 2015", "Finished On": ""},
         {"Company Name": "Bäckerei Tüns", "Title": "Bäckergesellin, später Meisterin",
          "Description": "", "Location": "Münster-Wolbeck", "Started On": "Aug 2004",
          "Finished On": "Aug 2015"}],
        ["Bäckerhandwerk", "Sauerteig", "Konditorei", "Catering", "Personalführung",
         "Ausbildung"],
    )
    print(ex.summary())

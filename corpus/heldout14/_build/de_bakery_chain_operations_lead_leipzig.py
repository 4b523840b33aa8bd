"""heldout14 persona: Leiterin Filialbetrieb of a regional bakery chain around Leipzig (2023 layout).

Written by hand, blind to the detector. Run to regenerate the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-bakery-chain-operations-lead-leipzig"
OWNER = Person("me", "Katrin Zschiesche", "https://www.linkedin.com/in/katrin-zschiesche-b7a210")
ex = Export(SLUG, "2023", OWNER)
P = ex.person


def genuine(category: str, language: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("genuine", category, language, note, messages, **kw)


def wanted(category: str, language: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("wanted_pitch", category, language, note, messages, **kw)


def junk(category: str, language: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("junk", category, language, note, messages, **kw)


# ---------------------------------------------------------------- genuine
P("ramona", "Ramona Kühn", "Pleißentaler Backhaus", "Filialleiterin Taucha", connected="2019-04-03")
genuine("staff_scheduling", "de", "Filialleiterin meldet Personalausfall fürs Wochenende", [
    ("ramona", "2022-10-07 05:12", "Morsche Katrin, ich weeß es is früh. Die Sandra hat sich krank gemeldet, Corona wieder. Samstag hab ich jetzt nur noch mich und die Azubine für 5 bis 12. Kannst du jemand aus Schkeuditz rüberschicken? Sonst mach ich erst um 7 uff."),
    ("me", "2022-10-07 06:40", "Guten Morgen Ramona, gute Besserung an Sandra. Ich frag Jenny aus Schkeuditz, die wohnt eh in Taucha. Melde mich bis Mittag."),
    ("me", "2022-10-07 11:05", "Jenny kommt Samstag 5 Uhr. Danke dir!"),
    ("ramona", "2022-10-07 11:20", "Du bist Gold wert 🙏"),
])
P("jenny", "Jenny Otto", "Pleißentaler Backhaus", "Verkäuferin", connected="2021-08-15")
genuine("staff_shift_swap", "de", "Verkäuferin bittet um Schichttausch", [
    ("jenny", "2023-03-14 20:33", "Hallo Frau Zschiesche, entschuldigung das ich hier schreibe. Könnte ich am 24.3. mit Peggy tauschen? Meine Tochter hat Jugendweihe-Probe. Peggy wär einverstanden."),
    ("me", "2023-03-15 07:15", "Hallo Jenny, kein Problem, trag es bitte selbst im Plan ein und sag Ramona Bescheid. Viel Spaß bei der Jugendweihe!"),
])
P("muehle", "Holger Frenzel", "Mühle Frenzel & Sohn", "Vertrieb Bäckereien", connected="2016-02-10")
genuine("vendor_price_change", "de", "langjährige Mühle kündigt Mehlpreiserhöhung zum 1.1. an", [
    ("muehle", "2022-11-02 10:00", "Sehr geehrte Frau Zschiesche, liebe Katrin,\n\nleider muss ich dir vorab persönlich mitteilen, dass wir die Preise für Weizen- und Roggenmehle zum 1. Januar um ca. 14 % anpassen müssen. Gas- und Strompreise für die Mühle haben sich verdreifacht. Das offizielle Schreiben geht an euren Einkauf. Eure Kontraktmengen bis März halten wir zum alten Preis.\n\nViele Grüße aus Eilenburg\nHolger"),
    ("me", "2022-11-02 13:20", "Danke Holger für die ehrliche Vorwarnung. Können wir die Kontraktmenge noch um 20 Tonnen erhöhen zum alten Preis? Ich kläre das mit dem Einkauf."),
    ("muehle", "2022-11-03 08:45", "20 t geht, aber nur bis Ende Februar abgerufen. Ich schick die Bestätigung."),
])
P("kaffee_service", "Doreen Lehmann", "Sachsen Gastro Technik", "Kundenservice", connected="2020-06-29")
genuine("vendor_price_change", "de", "bestehender Servicepartner für Kaffeemaschinen erhöht Wartungspauschale", [
    ("kaffee_service", "2023-01-10 09:30", "Guten Tag Frau Zschiesche, wie telefonisch angekündigt erhöht sich ab Februar die Wartungspauschale pro Kaffeevollautomat von 38 auf 44 € im Monat. Für Ihre 29 Geräte bleibt der Rahmenvertragsrabatt von 10 % bestehen. Die neue Preisliste hängt an. Mit freundlichen Grüßen, Doreen Lehmann"),
    ("me", "2023-01-10 12:10", "Danke Frau Lehmann. Bitte schicken Sie mir noch eine Aufstellung der Einsätze 2022 je Filiale, dann schauen wir, ob sich der Vertrag für die kleinen Filialen noch lohnt."),
])
P("franchise1", "Marco Böttcher", "", "Einzelhandelskaufmann", connected="2023-02-20")
genuine("franchise_enquiry", "de", "Interessent möchte Franchise-Filiale in Wurzen eröffnen, fragt Konditionen", [
    ("franchise1", "2023-02-20 21:14", "Guten Abend Frau Zschiesche, ich habe auf Ihrer Website gelesen, dass das Backhaus Franchise-Partner sucht. Ich leite seit 12 Jahren einen Supermarkt und würde gerne in Wurzen eine Filiale übernehmen, Ladenlokal am Markt wäre frei. Was kostet der Einstieg, wie hoch ist die laufende Gebühr und wie läuft die Belieferung? Ich würde mich über ein Gespräch freuen. MfG Marco Böttcher"),
    ("me", "2023-02-21 09:30", "Guten Tag Herr Böttcher, vielen Dank für Ihr Interesse! Ich schicke Ihnen heute unser Partnerpaket mit allen Konditionen per Mail. Wurzen am Markt kennen wir, interessante Lage. Hätten Sie nächste Woche Zeit für ein erstes Gespräch in Grimma mit Besichtigung der Backstube?"),
    ("franchise1", "2023-02-21 10:02", "Sehr gerne, Dienstag oder Donnerstag vormittag."),
])
P("franchise2", "Sabine Richter", "", "", connected="2023-06-01")
genuine("franchise_enquiry", "de", "Ehepaar aus Halle fragt nach Übernahme einer Filiale als Franchise", [
    ("franchise2", "2023-06-01 18:45", "Hallo Frau Zschiesche, mein Mann und ich (beide gelernte Bäckereifachverkäufer) suchen was Eigenes. Wir haben gehört, dass Sie in Schkeuditz eine Filiale an Partner abgeben wollen. Stimmt das noch? Was bräuchten wir an Eigenkapital? Liebe Grüße Sabine Richter"),
    ("me", "2023-06-02 08:20", "Hallo Frau Richter, ja, das stimmt noch. Eigenkapital rechnen wir mit etwa 25.000 €, den Rest kann man finanzieren. Rufen Sie mich gern an, 0341 ... steht in meinem Profil."),
])
P("firmenkunde", "Tobias Heinrich", "Connewitz Software GmbH", "Office Manager", connected="2023-04-17")
genuine("inbound_b2b_quote", "de", "Firma möchte tägliche Frühstücksbelieferung kaufen, fragt Angebot", [
    ("firmenkunde", "2023-04-17 11:00", "Hallo Frau Zschiesche, wir sind 60 Leute im Büro an der Karl-Liebknecht-Straße und wollen ab Mai jeden Montag und Donnerstag Frühstück für das Team bestellen (Brötchen, belegte Bemmen, Kuchen). Unsere Leute holen eh schon alle bei Ihrer Filiale um die Ecke 😄 Könnten Sie uns ein Angebot machen inkl. Lieferung?"),
    ("me", "2023-04-17 14:30", "Hallo Herr Heinrich, das freut mich! Angebot kommt morgen. Ab 40 Personen liefern wir kostenlos. Gibt es Vegetarier/Veganer im Team?"),
    ("firmenkunde", "2023-04-17 14:42", "Ca. ein Drittel vegetarisch, 5 vegan. Danke!"),
    ("firmenkunde", "2023-04-24 09:10", "Angebot passt, wir starten am 8. Mai. Rechnung bitte monatlich."),
])
P("kita", "Ines Wagner", "Kita Sonnenblume Markkleeberg", "Leiterin", connected="2023-08-28")
genuine("inbound_b2b_quote", "de", "Kita fragt Brotlieferung an", [
    ("kita", "2023-08-28 13:15", "Sehr geehrte Frau Zschiesche, unsere Kita (85 Kinder) sucht ab Oktober einen Bäcker, der uns täglich Vollkornbrot und Brötchen fürs Frühstück liefert. Unser bisheriger Bäcker schließt leider. Können Sie uns ein Angebot schicken? Mit freundlichen Grüßen, Ines Wagner"),
    ("me", "2023-08-29 08:00", "Sehr geehrte Frau Wagner, sehr gern. Unsere Filiale Markkleeberg ist ja gleich um die Ecke. Ich schicke Ihnen bis Freitag ein Angebot mit Kita-Konditionen."),
])
P("innung", "Frank Pätzold", "Bäckerinnung Leipzig", "Obermeister", connected="2014-11-20")
genuine("event_invitation", "de", "Obermeister der Innung lädt zum Stammtisch ein", [
    ("innung", "2023-09-05 16:00", "Hallo Katrin, am 21.9. ist wieder Innungsstammtisch im Ratskeller, Thema Energiekosten und Härtefallhilfen. Magst du kurz erzählen wie ihr das mit den Ofenzeiten umgestellt habt? 10 Minuten reichen. Gruß Frank"),
    ("me", "2023-09-05 19:20", "Mach ich, Frank. Bis dann!"),
])
P("congr1", "Silke Naumann", "Stadtmarketing Markkleeberg", "Projektleiterin", connected="2023-05-12")
genuine("congrats_opening", "de", "Glückwunsch 1 von 3 zur Eröffnung der 34. Filiale", [
    ("congr1", "2023-05-13 09:30", "Liebe Frau Zschiesche, herzlichen Glückwunsch zur Eröffnung der neuen Filiale am Markt! Das Café ist wunderschön geworden, und der Kuchen war gestern schon mittags alle 😉 Schön, dass Sie in Markkleeberg sind. Herzliche Grüße, Silke Naumann"),
    ("me", "2023-05-13 18:00", "Vielen Dank, Frau Naumann! Und danke für die Unterstützung mit der Genehmigung für die Außenbestuhlung."),
])
P("congr2", "Uwe Kaden", "Kaden Elektro", "Inhaber", connected="2018-07-09")
genuine("congrats_opening", "de", "Glückwunsch 2 von 3 zur Eröffnung, vom Elektriker", [
    ("congr2", "2023-05-12 20:15", "Glückwunsch zur Nummer 34! Hat sich gelohnt, dass wir bis nachts um 2 die Vitrinen angeschlossen haben 😅 Alles Gute Katrin!"),
])
P("congr3", "Anja Pohle", "Pleißentaler Backhaus", "Bezirksleiterin Süd", connected="2017-01-05")
genuine("congrats_opening", "de", "Glückwunsch 3 von 3 zur Eröffnung, Kollegin", [
    ("congr3", "2023-05-12 21:02", "Katrin, was für ein Tag! Glückwunsch zur 34, du hast das toll gestemmt. Morgen gibt's Sekt im Büro 🥂"),
    ("me", "2023-05-12 21:30", "Danke Anja, ohne dein Team hätte das nie geklappt!"),
])
P("fleischer", "Steffen Große", "Fleischerei Große Borna", "Fleischermeister / Inhaber", connected="2019-10-21")
genuine("peer_joint_offer", "de", "Fleischer schlägt gemeinsames Bemmen-Angebot für Firmenkunden vor", [
    ("fleischer", "2023-07-03 14:20", "Servus Katrin, ich hab ne Idee. Die Firmen im Gewerbegebiet Borna fragen ständig nach Mittagsversorgung. Wie wärs: ihr Brot, wir Belag, zusammen ein Bemmen-Paket mit einem Preis pro Kopf? Wir könnten über eure Filiale ausliefern. Lass uns mal drüber reden, ich komm gern mal vorbei."),
    ("me", "2023-07-03 16:45", "Hallo Steffen, klingt gut! Donnerstag nachmittag in Borna? Ich bring unsere Kalkulation für Firmenfrühstück mit."),
    ("fleischer", "2023-07-03 16:50", "Nu klar. 15 Uhr."),
    ("fleischer", "2023-07-10 08:30", "Hab dir meine Zahlen gemailt. 6,90 pro Kopf wäre mein Vorschlag, Aufteilung 55/45."),
])
P("vermittler", "Claudia Seidel", "Seidel Personal Mitteldeutschland", "Personalberaterin", connected="2022-09-12")
genuine("recruiter_engaged", "de", "Owner beauftragt Personalvermittlung für Bäcker Nachtschicht, Honorar besprochen", [
    ("me", "2022-09-12 10:00", "Guten Tag Frau Seidel, Sie wurden mir von Frank Pätzold empfohlen. Wir suchen zwei Bäcker/innen für die Nachtschicht in unserer Backstube in Grimma. Wie sind Ihre Konditionen?"),
    ("vermittler", "2022-09-12 15:20", "Guten Tag Frau Zschiesche, danke für Ihre Nachricht! Unser Honorar beträgt 2 Bruttomonatsgehälter pro Vermittlung, fällig erst bei Einstellung, mit 3 Monaten Nachbesetzungsgarantie. Ich habe aktuell einen Bäckergesellen aus Wurzen, der aus dem Schichtdienst in der Industrie zurück ins Handwerk möchte. Darf ich Sie morgen anrufen?"),
    ("me", "2022-09-12 16:00", "Gerne, ab 13 Uhr."),
    ("vermittler", "2022-10-04 11:40", "Der Vertrag für Herrn Lorenz ist unterschrieben, Start 1.11. Die zweite Stelle bleibt in Arbeit."),
])
P("bewerberin", "Peggy Schubert", "", "Bäckereifachverkäuferin", connected="2023-01-25")
genuine("job_applicant", "de", "Bewerbung als Filialleiterin", [
    ("bewerberin", "2023-01-25 19:50", "Sehr geehrte Frau Zschiesche,\nich habe gesehen, dass Sie eine Filialleitung für Delitzsch suchen. Ich bin seit 9 Jahren Fachverkäuferin, seit 3 Jahren stellvertretende Filialleiterin bei einer Bäckerei in Eilenburg. Meine Unterlagen habe ich Ihnen per Mail geschickt. Über eine Einladung würde ich mich sehr freuen.\nMit freundlichen Grüßen\nPeggy Schubert"),
    ("me", "2023-01-26 08:30", "Sehr geehrte Frau Schubert, vielen Dank, Ihre Unterlagen sind angekommen. Hätten Sie am 2.2. um 14 Uhr Zeit für ein Gespräch in Delitzsch?"),
    ("bewerberin", "2023-01-26 09:10", "Ja, sehr gerne. Bis dann!"),
])
P("oleksii", "Oleksii Marchenko", "", "Baker", connected="2022-12-06")
genuine("job_applicant", "en", "baker from Ukraine applies in English", [
    ("oleksii", "2022-12-06 17:30", "Hello Mrs Zschiesche, I am baker with 8 years experience in Kharkiv (bread, rolls, pastry, night shift). Now I live in Leipzig with my family. My German is A2, I go to course every day. I saw that your bakery searches bakers. Is it possible to make a trial shift? Thank you, Oleksii"),
    ("me", "2022-12-07 08:15", "Hello Oleksii, thank you for writing! Yes, we would be happy to invite you for a trial night in Grimma. Our production head Mr Winkler speaks some English. Can you come on Monday 12 December at 22:00? We can help with the way there."),
    ("oleksii", "2022-12-07 09:00", "Yes, thank you very much! I will be there."),
])
P("azubi_mama", "Manuela Kretzschmar", "", "", connected="2023-04-04")
genuine("job_applicant", "de", "Mutter fragt für ihren Sohn nach Ausbildungsplatz", [
    ("azubi_mama", "2023-04-04 20:05", "Hallo Frau Zschiesche, mein Sohn Leon (16) möchte unbedingt Bäcker werden, hat aber Angst vor der Bewerbung 🙈 Gibt es bei Ihnen noch Ausbildungsplätze für September? Kann er mal ein Praktikum machen? LG Manuela Kretzschmar"),
    ("me", "2023-04-05 07:40", "Hallo Frau Kretzschmar, ja, wir haben noch zwei Plätze! Leon kann gern in den Osterferien eine Woche Praktikum in Grimma machen. Er soll mir einfach kurz schreiben."),
])
P("journalist", "Martin Vogel", "Leipziger Stadtanzeiger", "Wirtschaftsredakteur", connected="2022-10-18")
genuine("journalist_request", "de", "Journalist bittet um Zitat zu Brotpreisen und Energiekrise", [
    ("journalist", "2022-10-18 09:45", "Guten Morgen Frau Zschiesche, ich schreibe für Samstag über die Energiekrise im Bäckerhandwerk rund um Leipzig. Hätten Sie heute oder morgen 15 Minuten fürs Telefon? Mich interessiert vor allem, ob Sie Filialen schließen oder Öffnungszeiten kürzen müssen. Beste Grüße, Martin Vogel"),
    ("me", "2022-10-18 10:30", "Guten Morgen Herr Vogel, morgen 11 Uhr passt. Unsere Pressestelle ist in cc, bitte Zitate vorab zur Freigabe."),
    ("journalist", "2022-10-18 10:35", "Selbstverständlich. Danke!"),
])
P("konsum", "Heike Brandt", "", "Rentnerin", connected="2011-06-01")
genuine("long_standing_contact", "de", "langjährige Ex-Kollegin aus Dresden, Plauderei über Jahre", [
    ("konsum", "2022-09-20 18:30", "Na Katrin, lebst du noch? 😄 Hab dich in der Zeitung gesehen mit den ganzen Filialen. Wahnsinn was aus unserer kleinen Konsum-Verkäuferin geworden ist!"),
    ("me", "2022-09-21 20:10", "Heike!! Schön von dir zu hören. Ja, 33 Filialen jetzt, manchmal weiß ich selbst nicht wie. Wie geht's dir und Rolf?"),
    ("konsum", "2022-09-22 09:00", "Rolf hat's mit der Hüfte, sonst gut. Wenn du mal in Dresden bist, Kaffee und Eierschecke bei uns!"),
    ("me", "2023-06-18 17:45", "Heike, bin nächsten Samstag in Dresden auf der Messe. Steht das Angebot mit der Eierschecke noch?"),
    ("konsum", "2023-06-18 18:20", "Na logisch! 15 Uhr, ich backe."),
])
P("ladenbau", "Rico Hentschel", "Hentschel Ladenbau GmbH", "Projektleiter", connected="2021-03-15")
genuine("owner_started_vendor_quote", "de", "Owner fragt beim bekannten Ladenbauer ein Angebot für Filiale 35 an", [
    ("me", "2023-08-14 08:00", "Hallo Herr Hentschel, es geht wieder los: Filiale 35 in Zwenkau, 80 qm, Café mit 20 Plätzen, Eröffnung geplant März. Grundriss schicke ich per Mail. Können Sie bis Ende September ein Angebot machen wie in Markkleeberg?"),
    ("ladenbau", "2023-08-14 12:30", "Hallo Frau Zschiesche, super, gratuliere! Angebot bekommen Sie bis 22.9. Vorab: Edelstahl ist gegenüber Markkleeberg ca. 8 % teurer geworden, ich versuche das über die Theke auszugleichen."),
    ("me", "2023-08-14 13:00", "Danke für die Vorwarnung. Aufmaß vor Ort am 29.8.?"),
    ("ladenbau", "2023-08-14 13:15", "Passt, 10 Uhr."),
])
P("kasse", "Sven Ullrich", "Kassomat Systeme", "Key Account Manager", connected="2019-09-30")
genuine("owner_started_existing_vendor", "de", "Owner fragt bestehenden Kassenanbieter nach TSE-Update und Kosten", [
    ("me", "2022-11-22 14:00", "Hallo Sven, unsere TSE-Zertifikate laufen in 12 Filialen im Februar ab. Was kostet der Tausch und könnt ihr das nachts machen, damit die Kassen früh laufen?"),
    ("kasse", "2022-11-23 09:15", "Hallo Katrin, Tausch kostet 89 € pro Kasse inkl. Einspielung, remote nachts möglich. Wenn ihr alle 12 im Januar macht, geb ich 10 % Rabatt."),
    ("me", "2022-11-23 10:00", "Machen wir so. Schick mir bitte den Auftrag."),
])
P("ofen", "Dirk Winkler", "Backofenservice Mitte", "Servicetechniker", connected="2020-01-14")
genuine("equipment_repair", "de", "Techniker zum defekten Stikkenofen mit Kostenvoranschlag", [
    ("ofen", "2023-02-08 04:50", "Morgen Frau Zschiesche, bin in Grimma am Stikkenofen 2. Brennerautomat hin, Ersatzteil hab ich nicht mit. Kostenvoranschlag 1.480 € plus Anfahrt. Morgen früh 4 Uhr könnte ich es einbauen. Soll ich bestellen?"),
    ("me", "2023-02-08 05:05", "Ja bitte bestellen. Danke dass Sie so früh da sind!"),
])
P("tafel", "Gabriele Seifert", "Leipziger Tafel e.V.", "Ehrenamtliche Koordinatorin", connected="2023-03-20")
genuine("genuine_in_spam", "de", "Tafel fragt nach Abholung von Backwaren, landete im Spam (enthält Link)", [
    ("tafel", "2023-03-20 15:30", "Liebe Frau Zschiesche, wir von der Tafel würden gern auch in Ihren neuen Filialen in Markkleeberg und Böhlen die Backwaren vom Vortag abholen. Unser Abholplan ist hier: tafel-leipzig-abholung.example/plan. Geht das ab April? Herzliche Grüße und danke für alles bisher! Gabriele Seifert"),
    ("me", "2023-03-27 08:45", "Liebe Frau Seifert, entschuldigen Sie die späte Antwort, Ihre Nachricht war im Spam gelandet. Ja, sehr gern ab April, ich gebe den Filialen Bescheid."),
], folder="SPAM")
P("dutch", "Pieter van Dijk", "Rijnmond Bakery Equipment", "Export Sales Manager DACH", connected="2018-05-22")
genuine("vendor_price_change", "en", "existing Dutch equipment supplier announces spare-part price changes in English", [
    ("dutch", "2023-01-16 10:20", "Dear Katrin, happy new year! A short note before our official letter: spare parts prices for the proofers you have (RM-12 series) will increase by 7% from 1 March. Your service contract rates stay the same until renewal in October. If you want to stock up gaskets and fans before March, I can send a quote today."),
    ("me", "2023-01-16 13:00", "Dear Pieter, thanks! Yes please quote 10 door gaskets and 4 fans for Grimma."),
])
P("hausverwaltung", "Jens Schreiber", "Schreiber Immobilienverwaltung", "Verwalter", connected="2020-09-08")
genuine("lease_terms", "de", "Hausverwaltung Gohlis zur Indexmiete", [
    ("hausverwaltung", "2023-01-30 11:00", "Sehr geehrte Frau Zschiesche, gemäß Indexklausel im Mietvertrag Georg-Schumann-Str. erhöht sich die Miete ab 1.3. um 7,9 %. Die Berechnung geht Ihnen schriftlich zu. Bei Fragen gerne melden."),
    ("me", "2023-01-30 14:20", "Guten Tag Herr Schreiber, danke. Die Lüftung im Backshop ist seit Dezember defekt, das hatten wir dreimal gemeldet. Bevor wir über die Erhöhung reden, brauchen wir da einen Termin."),
    ("hausverwaltung", "2023-02-01 09:00", "Techniker kommt am 6.2. früh um 7."),
])
P("berufsschule", "Ute Hempel", "BSZ für Ernährung Leipzig", "Fachlehrerin Bäcker", connected="2016-09-01")
genuine("school_training", "de", "Berufsschullehrerin zu Prüfungsterminen der Azubis", [
    ("berufsschule", "2023-05-02 12:30", "Liebe Frau Zschiesche, die praktische Gesellenprüfung ist am 14. und 15. Juni. Ihre drei Azubis sind eingeteilt, bitte stellen Sie sie am Vortag frei. Und: Luise Hartmann ist richtig gut, die sollten Sie halten!"),
    ("me", "2023-05-02 18:00", "Danke Frau Hempel, geht klar. Und Luise bekommt ein Angebot, versprochen."),
])
P("kundin", "Brigitte Hoffmann", "", "", connected="2023-10-02")
genuine("customer_feedback", "de", "Stammkundin beschwert sich über Öffnungszeiten Borna", [
    ("kundin", "2023-10-02 16:40", "Guten Tag, ich bin seit 20 Jahren Kundin in Borna. Warum macht die Filiale jetzt schon um 12 zu am Samstag?? Ich arbeite bis 12 und steh dann vor verschlossener Tür. Das is doch ni schön. Mit freundlichen Grüßen B. Hoffmann"),
    ("me", "2023-10-03 09:10", "Liebe Frau Hoffmann, danke für Ihre offenen Worte. Wir haben leider zu wenig Personal für Samstagnachmittag. Ab November öffnen wir samstags wieder bis 13 Uhr, ich habe eine neue Kollegin gefunden. Ein Stück Kuchen geht beim nächsten Mal auf uns, sagen Sie einfach Bescheid an der Theke."),
    ("kundin", "2023-10-03 10:00", "Na das is ja mal ne Antwort. Danke!"),
])
P("chef", "Thomas Seyfarth", "Pleißentaler Backhaus", "Geschäftsführer", connected="2013-04-01")
genuine("internal_boss", "de", "Geschäftsführer fragt nach Retourenzahlen vor Gesellschafterversammlung", [
    ("chef", "2023-06-26 21:30", "Katrin, bräuchte bis Mittwoch die Retourenquote je Filiale Q2 für die Gesellschafter. Und bitte einen Satz zu Zwenkau. Danke. T."),
    ("me", "2023-06-27 07:00", "Kommt bis Dienstagabend. Zwenkau: Mietvertrag liegt beim Anwalt."),
])
P("hygiene", "Karin Roth", "HACCP Schulungszentrum Sachsen", "Schulungsleiterin", connected="2019-02-12")
genuine("vendor_price_change", "de", "bestehender Schulungsanbieter schickt neue Preise für Hygieneschulungen", [
    ("hygiene", "2022-12-05 10:30", "Liebe Frau Zschiesche, für 2023 steigen unsere Preise für die Inhouse-Hygieneschulung auf 420 € pro Termin (bis 15 Personen). Für Sie als Bestandskundin halten wir bis 31.3. noch 380 €. Sollen wir die vier Termine fürs Frühjahr schon fest einplanen?"),
    ("me", "2022-12-06 08:20", "Ja bitte, vier Termine im Februar/März zu 380 €. Termine stimme ich mit den Bezirksleiterinnen ab."),
])
P("grimma_fl", "Yvonne Leistner", "Pleißentaler Backhaus", "Filialleiterin Grimma", connected="2018-03-19")
genuine("staff_equipment_issue", "de", "Filialleiterin meldet defekte Kühltheke mit Foto", [
    ("grimma_fl", "2023-07-20 06:10", "Katrin, die Kühltheke spinnt schon wieder, 11 Grad heute früh. Torten hab ich in den Kühlraum. Foto hab ich dir per WhatsApp geschickt. Wer kommt da?"),
    ("me", "2023-07-20 06:35", "Ich ruf Sachsen Gastro an, die sollen heute noch kommen. Bitte Temperaturprotokoll weiterführen!"),
    ("grimma_fl", "2023-07-20 06:36", "👍"),
])
P("danish", "Mette Kjærgaard", "Kornhuset Bagerier", "Head of Store Operations", connected="2023-09-25")
genuine("peer_exchange", "en", "ops head of a Danish bakery chain asks for a benchmark visit", [
    ("danish", "2023-09-25 13:00", "Hi Katrin, we met briefly at the bakery conference in Munich. I'm the store ops lead at a 40-shop chain in Jutland. Your talk about returns stuck with me. Would you be open to my team visiting two of your shops and the bakery in November? Happy to host you in Aarhus in return."),
    ("me", "2023-09-26 09:30", "Hi Mette, of course, we'd love that! Week of 13 November? I'll show you Grimma and Markkleeberg."),
])
P("bezirk_n", "Kerstin Adler", "Pleißentaler Backhaus", "Bezirksleiterin Nord", connected="2015-05-05")
genuine("internal_group", "de", "Gruppe der Bezirksleiterinnen zum Weihnachtsdienstplan", [
    ("me", "2023-11-06 19:00", "Hallo ihr Lieben, bitte bis Freitag eure Weihnachtspläne (23.-31.12.) hochladen. Stollenverkauf ab 20.11. in allen Filialen mit zweiter Kraft vormittags."),
    ("bezirk_n", "2023-11-06 19:20", "Nord ist fast fertig, nur Delitzsch hat zwei Krankmeldungen."),
    ("congr3", "2023-11-06 20:05", "Süd kommt Donnerstag."),
], title="Bezirksleitungen", extra=["bezirk_n", "congr3"])
P("ex_azubi", "Luise Hartmann", "Pleißentaler Backhaus", "Bäckerin", connected="2020-08-01")
genuine("thank_you", "de", "ehemalige Azubine bedankt sich nach Gesellenprüfung", [
    ("ex_azubi", "2023-06-16 17:30", "Liebe Frau Zschiesche, ich hab bestanden!!! Mit 1,7 🥨 Danke, dass Sie mich damals genommen haben, obwohl mein Zeugnis so schlecht war. Und danke für das Angebot, ich bleibe sehr gerne!"),
    ("me", "2023-06-16 19:00", "Luise, herzlichen Glückwunsch!! Verdient. Wir freuen uns sehr."),
])
P("stollen", "Andreas Pfeifer", "Pfeifer Steuerberatung", "Kanzleiinhaber", connected="2023-10-19")
genuine("inbound_b2b_quote", "de", "Kanzlei will 150 Stollen als Mandantengeschenk kaufen", [
    ("stollen", "2023-10-19 10:10", "Guten Tag Frau Zschiesche, wir möchten dieses Jahr unseren Mandanten Stollen schenken, ca. 150 Stück à 500 g, gern mit Etikett unserer Kanzlei. Was würde das kosten und bis wann müssten wir bestellen? Lieferung an unser Büro in Leipzig-Süd. Freundliche Grüße, A. Pfeifer"),
    ("me", "2023-10-19 15:40", "Guten Tag Herr Pfeifer, gern! Bei 150 Stück liegen wir bei 11,50 € netto je Stollen inkl. Etikett, Bestellung bis 10.11., Lieferung frei Haus. Ich schicke Ihnen das Angebot schriftlich."),
    ("stollen", "2023-10-20 08:00", "Passt, bitte Auftrag so vorbereiten."),
])

P("verein", "Dirk Bachmann", "SV Grün-Weiß Markkleeberg", "Vorsitzender Laufabteilung", connected="2022-09-30")
genuine("local_sponsoring_request", "de", "Sportverein fragt nach Brötchen für den Stadtlauf, Preis und Rabatt", [
    ("verein", "2023-08-01 19:30", "Hallo Frau Zschiesche, wir veranstalten am 9. September wieder den Markkleeberger Seelauf, ca. 600 Läufer. Letztes Jahr hatten wir Ihre Brötchen im Zielbereich, die waren der Renner. Könnten Sie uns wieder 800 Stück liefern? Was kostet das dieses Jahr, und gibt's wieder Vereinsrabatt? Wir würden Sie natürlich wieder als Partner auf dem Plakat nennen. Sportliche Grüße, Dirk Bachmann"),
    ("me", "2023-08-02 08:10", "Hallo Herr Bachmann, na klar sind wir wieder dabei! 800 Brötchen zum Vereinspreis von 0,25 € das Stück, Lieferung am Samstag 7 Uhr an den Start. Ich schicke Ihnen die Bestätigung."),
    ("verein", "2023-08-02 08:40", "Super, danke! Bis zum Lauf 🏃"),
])

# ---------------------------------------------------------------- wanted pitches
P("dienstplan", "Nadine Krause", "Schichtwerk Software", "Branchenmanagerin Bäckerei",
  connected="2023-02-14", invite=("IN", "2023-02-13 17:00", "Hallo Frau Zschiesche, Ihr Beitrag zu den 4:30-Schichten hat mich angesprochen. Würde mich über die Vernetzung freuen."))
wanted("scheduling_post_reference", "de", "Dienstplan-Software bezieht sich auf ihren Beitrag über Frühschichten und Springer", [
    ("dienstplan", "2023-02-14 09:00", "Danke fürs Vernetzen, Frau Zschiesche. In Ihrem Beitrag schrieben Sie, dass Sie sonntagabends mit Excel und WhatsApp 34 Filialen planen und jeden Morgen um halb fünf Springer suchen. Genau dafür haben wir eine Lösung für Filialbäckereien gebaut: Springer-Pool über alle Filialen, Krankmeldung per App direkt an die Bezirksleitung, Export für DATEV. Die Bäckerei Lenk in Chemnitz (22 Filialen) nutzt das seit einem Jahr. Wenn es Sie interessiert, zeige ich es Ihnen gern mit einem Ihrer echten Wochenpläne, 30 Minuten."),
    ("me", "2023-02-15 20:10", "Hallo Frau Krause, das mit dem Springer-Pool klingt interessant. Können Sie mir den Kontakt bei Lenk geben? Dann rede ich erst mit denen."),
    ("dienstplan", "2023-02-16 08:30", "Gern, Herr Lenk junior weiß Bescheid und freut sich auf Ihren Anruf."),
])
P("prognose", "Dr. Felix Mahn", "Brotzeit Analytics", "Gründer", connected="2023-04-28")
wanted("forecast_talk_reference", "de", "Prognose-Software bezieht sich auf ihren Vortrag zur Retourenquote", [
    ("prognose", "2023-04-28 11:00", "Guten Tag Frau Zschiesche, ich habe Ihren Vortrag beim Mitteldeutschen Bäckertag in Halle gehört. Sie sagten, die Retourenquote schwankt bei Ihnen zwischen 6 % in Leipzig-Zentrum und 14 % in den Dorffilialen, und dass das Wetter am Wochenende alles kaputt macht. Wir bauen Bestellvorschläge je Filiale aus Kassendaten, Wetter und Ferien, bisher für drei sächsische Bäckereien. Darf ich Ihnen anbieten, mit den Daten von 5 Dorffilialen 8 Wochen lang parallel zu rechnen? Kostenlos, und Sie sehen selbst, ob wir besser liegen als die Bestellung nach Bauchgefühl."),
    ("me", "2023-05-02 09:45", "Guten Tag Herr Mahn, gute Zuhörer mag ich 😄 Ja, lassen Sie uns das mit Borna, Böhlen, Rötha, Frohburg und Kitzscher versuchen."),
])
P("roesterei", "Lars Eckhardt", "Plagwitzer Kaffeerösterei", "Inhaber", connected="2023-06-05")
wanted("coffee_shop_visited", "de", "Röster hat ihren Kaffee im neuen Café getrunken und bietet regionale Bohnen an", [
    ("roesterei", "2023-06-05 15:20", "Hallo Frau Zschiesche, ich war am Samstag in Ihrer neuen Filiale in Markkleeberg. Tolles Café! Ehrlich gesagt war der Cappuccino aber bitter, das liegt oft an einer dunklen Industrieröstung in Vollautomaten. Wir rösten in Plagwitz, 8 km weiter, und haben eine helle Espressomischung speziell für Vollautomaten. Ich würde Ihnen gern 2 kg zum Testen vorbeibringen und die Mühle an einem Gerät einstellen. Regional würde auch gut zu Ihrem Sachsenbrot passen."),
    ("me", "2023-06-06 07:50", "Hallo Herr Eckhardt, autsch, aber Sie haben recht, das hören wir öfter. Kommen Sie Donnerstag 9 Uhr nach Markkleeberg?"),
])
P("fachkraft", "Minh Tran", "Brücke Fachkräfte Vietnam", "Recruiterin Bäckerhandwerk", connected="2022-10-24")
wanted("recruiter_press_problem", "de", "Recruiterin mit passender Rolle nimmt Zeitungsartikel über Personalmangel auf", [
    ("fachkraft", "2022-10-24 10:00", "Sehr geehrte Frau Zschiesche, im Stadtanzeiger stand, dass Sie wegen fehlender Bäcker in der Nachtschicht in Grimma zwei Filialen sonntags zu lassen. Wir bilden in Hanoi Bäcker mit Berufserfahrung bis Deutsch B1 aus und begleiten Anerkennung, Visum und Wohnungssuche. Zwei sächsische Bäckereien (Bautzen, Zwickau) haben über uns 2022 je drei Bäcker eingestellt. Wenn Sie mögen, schicke ich Ihnen drei anonymisierte Profile für Nachtschicht. Honorar nur bei Einstellung."),
    ("me", "2022-10-25 16:30", "Guten Tag Frau Tran, ja, gern Profile schicken. Wie lange dauert das Visum im Moment realistisch?"),
    ("fachkraft", "2022-10-26 08:10", "Im Moment 5-7 Monate ab Vertrag. Profile sind unterwegs."),
])
P("energie", "Matthias Köhler", "Köhler Energieberatung", "Energieberater (BAFA)", connected="2022-11-15")
wanted("energy_mutual_contact", "de", "Energieberater nennt den Obermeister als gemeinsamen Kontakt und die Öfen in Grimma", [
    ("energie", "2022-11-15 14:00", "Guten Tag Frau Zschiesche, Frank Pätzold von der Innung hat mir erzählt, dass Ihre Backstube in Grimma vier Etagenöfen und zwei Stikkenöfen ohne Wärmerückgewinnung fährt. Bei der Bäckerei Wendt in Wurzen haben wir mit einem Abgaswärmetauscher 18 % Gas gespart, 40 % davon hat die BAFA gefördert. Ich würde mir das gern einmal vor Ort ansehen, die Erstbegehung kostet Sie nichts."),
    ("me", "2022-11-15 17:00", "Hallo Herr Köhler, Frank hat mir schon von Ihnen erzählt. Kommen Sie nächsten Mittwoch nach Grimma?"),
])
P("anwalt", "Dr. Julia Berger", "Berger Franchiserecht", "Rechtsanwältin", connected="2023-03-06")
wanted("lawyer_register_reference", "de", "Franchise-Anwältin hat die Neueintragung im Handelsregister gesehen", [
    ("anwalt", "2023-03-06 09:30", "Sehr geehrte Frau Zschiesche, ich habe gesehen, dass im Handelsregister Leipzig die Pleißentaler Backhaus Partner GmbH neu eingetragen wurde, offenbar für Ihr Franchise-System. Ich berate seit 15 Jahren Filialisten im Lebensmittelhandwerk beim Aufbau von Franchiseverträgen, insbesondere zur vorvertraglichen Aufklärung, wo viele Systeme die ersten Prozesse verlieren. Falls Ihr Vertragsentwurf schon steht, prüfe ich ihn gern zum Festpreis. Ein Muster-Prüfbericht (anonymisiert) hängt an."),
    ("me", "2023-03-07 10:00", "Sehr geehrte Frau Berger, das Timing ist gut, der Entwurf kommt diese Woche von unserem Hausanwalt. Was wäre Ihr Festpreis?"),
])
P("bi", "Robert Lindner", "Kassendaten Cockpit", "Berater", connected="2023-05-22")
wanted("tools_setup_reference", "de", "BI-Berater kennt ihr Kassensystem und den CSV-Export", [
    ("bi", "2023-05-22 13:30", "Hallo Frau Zschiesche, Sven Ullrich von Kassomat meinte, Sie ziehen jeden Montag die K7-Exporte aller Filialen per Hand in Excel. Wir haben einen fertigen Connector für Kassomat K7, der Umsatz, Retouren und Stundenverteilung je Filiale in ein Dashboard schreibt, inkl. Vergleich Vorjahreswoche. Einrichtung ist ein Tag. Soll ich Ihnen ein Beispiel-Dashboard einer anderen Bäckerei (anonymisiert) zeigen?"),
    ("me", "2023-05-22 15:00", "Ja, sehr gern, Montagsexcel ist mein Albtraum."),
])
P("biomuehle", "Christine Wolf", "Bio-Mühle Dübener Heide", "Vertrieb", connected="2023-07-24")
wanted("supplier_product_line", "de", "regionale Mühle bezieht sich auf ihr Sachsenbrot und die Regionalkampagne", [
    ("biomuehle", "2023-07-24 10:10", "Guten Tag Frau Zschiesche, Ihr neues 'Sachsenbrot' mit dem Schild 'Mehl aus 50 km' hat mir gut gefallen. Wir mahlen in der Dübener Heide Emmer und Waldstaudenroggen von Höfen aus Nordsachsen, 45 km von Grimma. Falls Sie für die Herbstaktion ein zweites Regionalbrot planen, schicke ich gern 25 kg zum Probebacken. Mengen bis 3 t im Monat schaffen wir."),
])
P("social", "Lea Franke", "Franke Social Media", "Freelancerin für Handwerksbetriebe", connected="2023-08-07")
wanted("social_media_specific_problem", "de", "Freelancerin sieht fehlende Stellenanzeigen auf Instagram, obwohl an jeder Filiale Aushänge hängen", [
    ("social", "2023-08-07 18:00", "Hallo Frau Zschiesche, mir ist aufgefallen, dass an fast jeder Ihrer Filialen ein Zettel 'Verkäufer/in gesucht' hängt, auf Ihrem Instagram aber nur Backstubenfotos kommen und keine einzige Stelle. Ich mache für Handwerksbetriebe in Leipzig Recruiting-Posts mit echten Mitarbeitern (z. B. für die Fleischerei Große in Borna, Steffen kennen Sie ja). Hätten Sie Lust auf einen Testmonat mit 4 Posts nur für Stellen?"),
    ("me", "2023-08-08 07:30", "Steffen schwärmt von Ihnen. Ja, lassen Sie uns telefonieren."),
])
P("proofer", "Joost Hendriks", "Flevo Proofing Systems", "Area Sales Manager Germany East", connected="2023-09-11")
wanted("press_reference_en", "en", "Dutch proofing supplier refers to the press release about the new line in Grimma", [
    ("proofer", "2023-09-11 09:00", "Dear Ms Zschiesche, I read in the Leipziger Stadtanzeiger that you are adding a second roll line in Grimma next spring to supply the new shops. Many bakeries of your size lose capacity in the proofing step when they add a line. We make retarder-proofers that fit the RM-12 footprint you already have, so no new floor plan is needed. I'll be in Leipzig on 3 October, could I visit the bakery for 30 minutes?"),
    ("me", "2023-09-12 08:30", "Dear Mr Hendriks, good timing, the planning is just starting. 3 October is a holiday here, 4 October 10:00 in Grimma?"),
])
P("fotograf", "Kevin Schuster", "Schuster Fotografie", "Fotograf", connected="2023-05-16")
wanted("photographer_opening_reference", "de", "Fotograf hat die Eröffnung in Markkleeberg gesehen und bietet Produktfotos an", [
    ("fotograf", "2023-05-16 12:00", "Hallo Frau Zschiesche, Glückwunsch zur Eröffnung am Markt, ich wohne zwei Straßen weiter. Mir ist aufgefallen, dass die Bildschirme über der Theke noch Stockfotos von Croissants zeigen, die es bei Ihnen gar nicht gibt 😉 Ich fotografiere gern Ihre echten Produkte, einen halben Tag in der Backstube, Preis pauschal 650 €. Beispiele von der Konditorei Mehnert schicke ich gern per Mail."),
])
P("kleidung", "Petra Lorenz", "Lorenz Berufskleidung", "Außendienst", connected="2023-10-09")
wanted("workwear_rebrand_reference", "de", "Berufsbekleidung bezieht sich auf ihr neues Logo und die alten Schürzen", [
    ("kleidung", "2023-10-09 09:20", "Guten Tag Frau Zschiesche, zum neuen Logo gratuliere ich, das Gelb-Blau sieht frisch aus. In den Filialen tragen die Kolleginnen aber noch die alten grünen Schürzen, und bei 34 Filialen ist ein kompletter Tausch teuer. Wir machen für Bäckereien Mietwäsche mit Umstellung in Etappen, Filiale für Filiale, ohne Anschaffungskosten. Darf ich Ihnen zwei Musterschürzen mit Ihrem neuen Logo schicken?"),
    ("me", "2023-10-10 14:00", "Gern, schicken Sie die Muster an die Zentrale in Grimma."),
])

# ---------------------------------------------------------------- junk
P("seo", "Daniel Weber", "TopRank Agentur", "SEO-Berater")
junk("generic_seo", "de", "generische SEO-Ansprache", [
    ("seo", "2022-09-28 03:10", "Hallo Frau Zschiesche,\n\nich habe mir Ihre Website angesehen und festgestellt, dass sie bei Google für wichtige Suchbegriffe nicht auf Seite 1 erscheint. Wir helfen Unternehmen, mehr Sichtbarkeit, Traffic und Umsatz zu erzielen. Darf ich Ihnen eine kostenlose Analyse zusenden?\n\nBeste Grüße\nDaniel Weber"),
])
P("webdesign", "Alexander Neumann", "WebPro Solutions", "Vertriebsleiter")
junk("generic_web_design", "de", "generisches Webdesign-Angebot", [
    ("webdesign", "2023-01-18 02:45", "Guten Tag, Ihre Website wirkt veraltet und ist nicht für Mobilgeräte optimiert. Wir erstellen moderne Websites ab 499 €. Interesse an einem unverbindlichen Angebot?"),
])
P("dienstgen", "Michael Hartmann", "PlanFix Cloud", "Account Executive")
junk("generic_scheduling", "de", "generische Dienstplan-Software, Gegenstück zum passenden Pitch", [
    ("dienstgen", "2023-03-01 06:00", "Hallo Katrin, Dienstpläne kosten Zeit und Nerven? Mit PlanFix erstellen Sie Dienstpläne in Minuten statt Stunden. Über 10.000 Unternehmen vertrauen uns. Jetzt 30 Tage kostenlos testen!"),
    ("dienstgen", "2023-03-08 06:00", "Hallo Katrin, kurze Nachfrage zu meiner letzten Nachricht. Haben Sie 15 Minuten für eine Demo?"),
])
P("kiprog", "Sebastian Frey", "ForecastAI", "Head of Sales DACH")
junk("generic_ai_forecast", "de", "generische KI-Prognose, Gegenstück zum Retouren-Pitch", [
    ("kiprog", "2023-05-09 05:30", "Hallo Frau Zschiesche, KI revolutioniert den Handel. Mit ForecastAI reduzieren Unternehmen ihre Lagerkosten um bis zu 30 %. Lassen Sie uns gerne 15 Minuten sprechen, wie wir Ihnen helfen können."),
])
P("kaffeegen", "Stefanie Bauer", "CoffeeLine Deutschland", "Key Account")
junk("generic_coffee_supplier", "de", "generischer Kaffeelieferant, Gegenstück zur Rösterei", [
    ("kaffeegen", "2023-06-20 04:00", "Sehr geehrte Damen und Herren, als führender Anbieter von Kaffeelösungen für Büros, Hotellerie und Gastronomie bieten wir Ihnen Premiumkaffee zu Top-Konditionen. Fordern Sie jetzt Ihr kostenloses Probierpaket an!"),
])
P("recgen", "Jan Schulze", "TalentFinder GmbH", "Senior Recruiter")
junk("generic_recruiter", "de", "generischer Recruiter, Gegenstück zur Fachkräfte-Vermittlerin", [
    ("recgen", "2022-11-29 07:15", "Hallo Frau Zschiesche, Fachkräftemangel? Wir finden für Sie die besten Talente aus IT, Vertrieb, Marketing und Technik. Sprechen Sie mich gerne an, wenn Sie offene Positionen haben!"),
])
P("energiegen", "Florian Zimmer", "EnergieSpar Partner", "Energieexperte")
junk("generic_energy", "de", "generischer Energieberater, Gegenstück zum Energieberater mit Kontakt", [
    ("energiegen", "2022-12-13 08:00", "Guten Tag, die Energiepreise explodieren! Wir optimieren Ihre Strom- und Gasverträge und sparen bis zu 40 %. Kostenloser Check in nur 5 Minuten. Wann passt Ihnen ein kurzer Anruf?"),
    ("energiegen", "2022-12-20 08:00", "Guten Tag, ich wollte mich nochmal melden bezüglich Ihrer Energiekosten. Jetzt handeln bevor die nächste Erhöhung kommt!"),
])
P("socialgen", "Chiara Rossi", "ViralBoost Agency", "Social Media Managerin")
junk("generic_social_media", "de", "generische Social-Media-Agentur, Gegenstück zur Freelancerin", [
    ("socialgen", "2023-08-22 03:00", "Hey Katrin! 🚀 Dein Unternehmen verdient mehr Reichweite! Wir bringen deine Marke auf Instagram & TikTok viral. Pakete ab 299 €/Monat. Lust auf ein kostenloses Strategiegespräch?"),
])
P("solar", "Patrick Günther", "SonnenDach Sachsen", "Energieberater")
junk("off_topic_solar", "de", "Photovoltaik fürs Eigenheim", [
    ("solar", "2023-04-12 09:00", "Hallo Frau Zschiesche, schon mal über eine eigene Solaranlage für Ihr Zuhause nachgedacht? Mit unserem Komplettpaket sind Sie unabhängig von steigenden Strompreisen. Jetzt kostenlosen Beratungstermin sichern!"),
])
P("immo", "Dr. Rainer Voss", "Voss Kapitalanlagen", "Vermögensberater")
junk("off_topic_investment", "de", "Denkmal-Immobilie als Kapitalanlage", [
    ("immo", "2023-02-27 19:30", "Sehr geehrte Frau Zschiesche, als erfolgreiche Führungskraft zahlen Sie sicher zu viel Steuern. Mit einer Denkmalimmobilie in Leipzig-Gohlis sparen Sie bis zu 45 % Steuern. Darf ich Ihnen unser aktuelles Objekt vorstellen?"),
])
P("krypto", "Kevin Lam", "Bitvest Capital", "Investment Advisor")
junk("off_topic_crypto", "en", "crypto pitch in English", [
    ("krypto", "2023-07-01 23:40", "Hello Katrin, hope you are well. I wanted to share an exclusive opportunity in digital assets with 5% monthly returns. Many executives in Germany already profit. Can we talk on WhatsApp?"),
])
P("leasing", "Marcel Becker", "AutoFlex Leasing", "Gewerbekundenberater")
junk("off_topic_car_leasing", "de", "Firmenwagen-Leasing", [
    ("leasing", "2023-09-19 08:30", "Hallo Frau Zschiesche, sichern Sie sich jetzt Ihr neues Elektro-Firmenfahrzeug ab 199 € netto im Monat! Nur für Gewerbetreibende, Angebot gültig bis Monatsende."),
])
P("gleich", "Heiko Brandes", "Frostback Handel GmbH", "Vertrieb Nord")
junk("offers_her_own_product", "de", "Großhändler bietet einer Bäckerei Aufback-Brötchen und Kuchen an", [
    ("gleich", "2023-03-23 07:00", "Guten Tag, Sie suchen hochwertige Backwaren für Ihr Sortiment? Wir liefern tiefgekühlte Brötchen, Croissants und Kuchen in Bäckerqualität, einfach aufbacken und verkaufen! Mindestbestellwert nur 150 €. Katalog anbei."),
])
P("catering", "Nicole Fischer", "Leipzig Catering Service", "Eventmanagerin")
junk("offers_her_own_product", "de", "Catering-Firma bietet einer Bäckerei Frühstücksbuffet fürs Team an", [
    ("catering", "2023-10-24 10:00", "Hallo Frau Zschiesche, planen Sie eine Weihnachtsfeier oder ein Team-Frühstück? Wir liefern frische Brötchen, Bemmen und Kuchen direkt zu Ihnen ins Büro! Für Firmenkunden 10 % Rabatt."),
])
P("kapazitaet", "Timo Kraft", "B2B Leadmaschine", "Geschäftsführer")
junk("capacity_new_clients", "de", "Leadgenerierung: Kapazitäten für neue Firmenkunden?", [
    ("kapazitaet", "2023-05-30 07:45", "Hallo Katrin, kurze Frage: Habt ihr Kapazitäten für 20 neue B2B-Kunden im Monat? Wir generieren qualifizierte Leads für Unternehmen jeder Branche, nur ein Partner pro Region. Lass uns kurz sprechen!"),
    ("kapazitaet", "2023-06-06 07:45", "Hi Katrin, nur ein kurzes Update: Der Platz für Leipzig ist noch frei 😉"),
])
P("gleichgesinnt", "Marius Engel", "Engel Consulting", "Unternehmer | Speaker | Mentor")
junk("like_minded_connect", "de", "Vernetzung unter gleichgesinnten Unternehmern", [
    ("gleichgesinnt", "2023-04-03 06:30", "Hallo Katrin, ich vernetze mich gerne mit gleichgesinnten Unternehmern und Macherinnen. Lass uns austauschen und schauen, wie wir uns gegenseitig Mehrwert bieten können! 💪"),
])
P("call15", "Sandra Kühne", "Führungskraft Coaching", "Executive Coach")
junk("quick_15_minute_call", "de", "Coaching: 15 Minuten Telefonat", [
    ("call15", "2023-08-29 07:10", "Liebe Katrin, Führungskräfte im Handel stehen heute unter enormem Druck. Ich unterstütze Frauen in Führungspositionen dabei, gelassener und wirksamer zu führen. Hast du diese Woche 15 Minuten für ein kurzes Kennenlerngespräch?"),
])
P("ctp1", "Oliver Brandt", "Brandt Factoring", "Finanzierungsexperte",
  connected="2023-01-31", invite=("IN", "2023-01-30 20:10", "Hallo Frau Zschiesche, gerne möchte ich mein Netzwerk in Sachsen erweitern."))
junk("connect_then_pitch", "de", "Vernetzen, Smalltalk, Owner antwortet, Pitch in Nachricht 3", [
    ("ctp1", "2023-01-31 08:00", "Danke für die Vernetzung! Ich liebe übrigens Ihre Pfannkuchen, die hole ich mir immer in Leipzig-Süd 😊"),
    ("me", "2023-01-31 12:00", "Oh danke, das freut mich! Die Pfannkuchen macht unser Team in Grimma frisch."),
    ("ctp1", "2023-02-01 09:00", "Toll! Übrigens: Viele Unternehmen in Ihrer Größe verschenken Liquidität, weil Firmenkunden erst nach 30 Tagen zahlen. Mit unserem Factoring haben Sie das Geld in 24 Stunden. Wollen wir kurz telefonieren?"),
])
P("ctp2", "Melanie Jung", "BenefitCard Plus", "Partnermanagerin",
  connected="2023-07-11", invite=("IN", "2023-07-10 21:00", ""))
junk("connect_then_pitch", "de", "Vernetzen, Kompliment, dann Sachbezugskarten-Pitch, keine Antwort", [
    ("ctp2", "2023-07-11 07:15", "Hallo Katrin, schön, dass wir jetzt vernetzt sind! Ich finde es beeindruckend, was ihr im Handwerk leistet 🥨"),
    ("ctp2", "2023-07-13 07:15", "Kurze Frage: Bietet ihr euren Mitarbeitern schon den steuerfreien 50-€-Sachbezug an? Mit unserer Karte geht das in 5 Minuten. Mitarbeiterbindung war nie einfacher! Darf ich dir Infos schicken?"),
    ("ctp2", "2023-07-20 07:15", "Hallo Katrin, ich hake nochmal nach 😊"),
])
P("ctp3", "Thomas Wendel", "Wendel IT-Service", "Inhaber",
  connected="2023-11-13", invite=("IN", "2023-11-12 18:30", "Hallo Frau Zschiesche, wir sind ja fast Nachbarn in Grimma!"))
junk("connect_then_pitch", "de", "Vernetzen als 'Nachbar', Frage, Pitch in Nachricht 2", [
    ("ctp3", "2023-11-13 08:00", "Danke fürs Annehmen! Wie läuft das Weihnachtsgeschäft so?"),
    ("ctp3", "2023-11-14 08:30", "Übrigens, wir bieten IT-Komplettbetreuung für Mittelständler an: Server, Backup, Cybersecurity, alles aus einer Hand. Gerade im Handel sind Hackerangriffe ein Riesenthema. Wollen wir mal einen Kaffee trinken?"),
])
# template campaign: 5 senders, one in English
P("tpl1", "Lukas Meier", "Wachstumswerk", "Growth Partner")
junk("template_campaign", "de", "Vorlage 1/5: 'bin auf Ihr Profil gestoßen... mehr Kunden ohne Werbebudget'", [
    ("tpl1", "2022-10-11 04:05", "Hallo Frau Zschiesche, ich bin auf Ihr Profil gestoßen und war beeindruckt, was Sie beim Pleißentaler Backhaus aufgebaut haben. Wir helfen Unternehmen im Lebensmittelhandwerk, 20-30 % mehr Stammkunden zu gewinnen, ohne mehr für Werbung auszugeben. Offen für ein kurzes Gespräch nächste Woche?"),
])
P("tpl2", "Sarah Hoffmeister", "KundenKompass", "Partnerin")
junk("template_campaign", "de", "Vorlage 2/5: gleiche Vorlage, andere Füllung", [
    ("tpl2", "2023-01-24 04:12", "Hallo Katrin, bin auf dein Profil gestoßen und war echt beeindruckt von dem, was du im Filialbetrieb aufgebaut hast. Wir helfen Bäckereien, 25 % mehr wiederkehrende Kunden zu gewinnen, ganz ohne zusätzliches Werbebudget. Hättest du nächste Woche Zeit für einen kurzen Austausch?"),
])
P("tpl3", "Dennis Wolff", "LocalGrowth", "Gründer")
junk("template_campaign", "de", "Vorlage 3/5: gleiche Vorlage, mit Nachfass", [
    ("tpl3", "2023-04-18 04:01", "Hallo Frau Zschiesche, ich bin vor Kurzem auf Ihr Profil gestoßen und war beeindruckt von Ihrer Arbeit. Wir helfen Filialisten, mehr Kunden in die Läden zu holen, ohne das Werbebudget zu erhöhen. Wären Sie offen für ein kurzes Gespräch in der nächsten Woche?"),
    ("tpl3", "2023-04-25 04:01", "Hallo Frau Zschiesche, ich wollte meine Nachricht noch einmal nach oben holen."),
])
P("tpl4", "Emily Carter", "FootfallFlow", "Head of Partnerships")
junk("template_campaign", "en", "template 4/5: same template in English", [
    ("tpl4", "2023-07-25 04:09", "Hi Katrin, I came across your profile and was impressed by what you've built at Pleissentaler Backhaus. We help food retailers win 20-30% more repeat customers without spending more on ads. Open to a quick chat next week?"),
])
P("tpl5", "Jonas Pietsch", "Umsatzhebel", "Vertriebsberater")
junk("template_campaign", "de", "Vorlage 5/5: gleiche Vorlage, falsche Branche eingesetzt", [
    ("tpl5", "2023-10-31 04:15", "Hallo Frau Zschiesche, ich bin auf Ihr Profil gestoßen und war beeindruckt, was Sie in der Gastronomie aufgebaut haben. Wir helfen Restaurants, 30 % mehr Stammgäste zu gewinnen, ohne mehr für Werbung auszugeben. Offen für ein kurzes Gespräch nächste Woche?"),
])
P("merge1", "Tim Krüger", "SalesRocket", "SDR")
junk("merge_tag_failure", "de", "{{Vorname}} nicht ersetzt", [
    ("merge1", "2022-12-01 03:20", "Hallo {{Vorname}},\n\nich habe gesehen, dass {{Firma}} aktuell wächst. Wir helfen Unternehmen wie Ihrem, den Vertrieb mit KI zu automatisieren. Passt es diese Woche für 15 Minuten?"),
])
P("merge2", "Jana Schmid", "Prozessprofis", "Beraterin")
junk("merge_tag_failure", "de", "falsche Anrede und falsche Firma", [
    ("merge2", "2023-02-08 05:40", "Sehr geehrter Herr Zschiesche, als Geschäftsführer der Bäckerei Müller wissen Sie, wie wichtig effiziente Prozesse sind. Gerne zeige ich Ihnen, wie wir Ihre Verwaltung digitalisieren."),
])
P("merge3", "Nils Hansen", "Employer Branding Nord", "Consultant")
junk("merge_tag_failure", "de", "[Firmenname] und [Branche] stehen noch drin", [
    ("merge3", "2023-09-06 04:30", "Hallo Katrin, bei [Firmenname] ist Fachkräftegewinnung sicher auch ein Thema. Wir haben für Unternehmen aus der [Branche] bereits über 500 Stellen besetzt. Wollen wir sprechen?"),
])
P("spon1", "Sparkasse Musterland", "", "", url="https://www.linkedin.com/company/sparkasse-musterland-business")
junk("sponsored_inmail", "de", "Sponsored InMail einer Bank", [
    ("spon1", "2023-03-15 12:00", "<p>Hallo Katrin,</p><p>Ihr Geschäftskonto mit <strong>0 € Kontoführung</strong> im ersten Jahr &amp; kostenloser Kreditkarte.</p><p><a href=\"https://example.org/gk\">Jetzt eröffnen</a></p>"),
], title="Sponsored Conversation", subject="Das Geschäftskonto für den Mittelstand")
P("spon2", "FührungsAkademie Online", "", "", url="https://www.linkedin.com/company/fuehrungsakademie-online")
junk("sponsored_inmail", "de", "Sponsored InMail für Weiterbildung", [
    ("spon2", "2023-10-11 12:00", "<p>Katrin, bereit für den nächsten Karriereschritt?</p><p>Berufsbegleitender Zertifikatskurs <em>Leadership im Handel</em> &ndash; 100 % online. <a href=\"https://example.org/kurs\">Jetzt informieren</a></p>"),
], title="Sponsored Conversation", subject="Führen im Handel: Zertifikatskurs")
P("award", "Bettina Roth", "Mitteldeutscher Handwerkspreis", "Jury-Koordination")
junk("paid_award", "de", "'Auszeichnung' mit Teilnahmegebühr", [
    ("award", "2023-06-13 10:00", "Herzlichen Glückwunsch, Frau Zschiesche! Das Pleißentaler Backhaus wurde von unserer Jury als 'Bäckerei des Jahres Mitteldeutschland 2023' nominiert. Zur Bestätigung der Nominierung und für Urkunde, Siegel und Pressepaket fällt eine Teilnahmegebühr von 890 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag."),
])
P("siegel", "Oliver Sander", "TopArbeitgeber Regional", "Projektleiter")
junk("paid_feature", "de", "Arbeitgebersiegel gegen Lizenzgebühr", [
    ("siegel", "2023-08-15 09:00", "Guten Tag Frau Zschiesche, Ihr Unternehmen erfüllt die Kriterien für das Siegel 'Top Arbeitgeber Mitteldeutschland 2024'. Das Siegel können Sie für 1.990 € im Jahr in Stellenanzeigen und auf Ihrer Website nutzen. Darf ich Ihnen die Unterlagen schicken?"),
])
P("podcast", "Max Lindemann", "Der Mittelstandspodcast", "Host")
junk("paid_podcast", "de", "Podcast-Gastplatz gegen Produktionsgebühr", [
    ("podcast", "2023-05-03 08:00", "Hallo Katrin, wir möchten dich als Gast im Mittelstandspodcast (über 30.000 Hörer) einladen! Für die professionelle Produktion und Vermarktung deiner Folge berechnen wir einmalig 490 €. Soll ich dir einen Termin freihalten? 🎙️"),
])
P("fluent", "Dr. Katharina Wendt", "Wendt & Partner Unternehmensberatung", "Partnerin")
junk("fluent_generic_names_company", "de", "elegante Ansprache mit Firmenname, aber an jeden schickbar", [
    ("fluent", "2023-07-18 08:15", "Sehr geehrte Frau Zschiesche,\n\ndas Pleißentaler Backhaus steht für Tradition und Qualität, und gerade solche Unternehmen stehen heute vor der Herausforderung, Wachstum, Digitalisierung und Fachkräftesicherung in Einklang zu bringen. Wir begleiten mittelständische Unternehmen dabei, ihre Potenziale ganzheitlich zu heben. Gerne würde ich in einem kurzen Gespräch mehr über Ihre Prioritäten erfahren.\n\nMit besten Grüßen\nDr. Katharina Wendt"),
])
P("kleidunggen", "Ralf Schuster", "WorkwearDirect24", "Vertrieb")
junk("generic_workwear", "de", "generische Berufsbekleidung, Gegenstück zum Logo-Pitch", [
    ("kleidunggen", "2023-11-07 03:30", "Guten Tag! Berufsbekleidung für alle Branchen: Handwerk, Pflege, Gastro, Industrie. Jetzt 20 % Neukundenrabatt mit Code WORK20. Besuchen Sie unseren Onlineshop!"),
])
P("bewertung", "Lisa Martin", "StarReviews", "Kundenberaterin")
junk("google_reviews", "de", "Google-Bewertungen kaufen, mit Nachfass", [
    ("bewertung", "2023-02-21 02:10", "Hallo Katrin, deine Filialen haben teilweise unter 4 Sterne bei Google! Wir helfen dir zu mehr positiven Bewertungen, schnell und diskret. Interesse?"),
    ("bewertung", "2023-02-28 02:10", "Hi Katrin, noch Interesse? 😊"),
])
P("offshore", "Ankit Sharma", "SoftNest Technologies", "Business Development Manager")
junk("offshore_dev", "en", "offshore development pitch in English", [
    ("offshore", "2023-09-27 05:50", "Dear Katrin,\n\nGreetings of the day! We are a leading software company offering mobile app development, website development, ERP and AI solutions at very competitive rates. Kindly let us know if you have any requirement.\n\nRegards"),
])
P("spon3", "Lieferflotte", "", "", url="https://www.linkedin.com/company/lieferflotte-gmbh")
junk("sponsored_inmail", "de", "Sponsored InMail eines Lieferdienstes", [
    ("spon3", "2023-06-28 12:00", "<p>Hallo Katrin,</p><p>Mehr Umsatz mit Lieferung: Listen Sie Ihre Filialen <strong>6 Monate provisionsfrei</strong>.</p><p><a href=\"https://example.org/partner\">Partner werden</a></p>"),
], title="Sponsored Conversation", subject="Ihre Bäckerei auf Lieferflotte")

if __name__ == "__main__":
    ex.write(
        Path(__file__).resolve().parents[1] / SLUG,
        {"First Name": "Katrin", "Last Name": "Zschiesche",
         "Headline": "Leiterin Filialbetrieb | Pleißentaler Backhaus | 34 Filialen rund um Leipzig",
         "Summary": "Verantwortlich für 34 Filialen, rund 260 Mitarbeiterinnen und Mitarbeiter im Verkauf, Personaleinsatzplanung, Ladenbau, Filialtechnik und unser neues Partner-/Franchise-Modell. Gelernte Fachverkäuferin, seit 2013 im Backhaus.",
         "Industry": "Food Production", "Geo Location": "Leipzig, Sachsen, Deutschland",
         "Websites": "[COMPANY:pleissentaler-backhaus.de]"},
        [{"Company Name": "Pleißentaler Backhaus GmbH", "Title": "Leiterin Filialbetrieb",
          "Description": "34 Filialen in Leipzig und Umland, Backstube in Grimma.",
          "Location": "Grimma / Leipzig", "Started On": "Apr 2013", "Finished On": ""},
         {"Company Name": "Konsum Dresden eG", "Title": "Marktleiterin",
          "Description": "", "Location": "Dresden", "Started On": "Sep 2004", "Finished On": "Mar 2013"}],
        ["Filialmanagement", "Personaleinsatzplanung", "Einzelhandel", "Bäckerhandwerk",
         "Franchising", "Mitarbeiterführung", "Ladenbau"],
    )
    print(ex.summary())

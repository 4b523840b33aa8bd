"""Held-out persona 8b: owner of two pharmacies in Nuremberg (2024 layout, German).

Written blind to the detector (session 2). Every message is original.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "de-pharmacy-owner-nuremberg"
SPONSORED = "Sponsored Conversation"

owner = Person("me", "Claudia Hofmann", "https://www.linkedin.com/in/claudia-hofmann-apotheke",
               "Pegnitz-Apotheke", "Inhaberin, Apothekerin")
x = Export("de-pharmacy-owner-nuremberg", "2024", owner)
p, c = x.person, x.conv

# ------------------------------------------------------------------ genuine
p("mfa", "Jasmin Köhler", "Hausarztpraxis Dr. Raab", "MFA / Praxismanagerin", connected="2021-05-04")
c("genuine", "doctor_practice", "de", "Hausarztpraxis: Lieferengpass Antibiotikasaft, zweiseitig", [
    ("mfa", "2023-11-28 08:35", "Guten Morgen Frau Hofmann, Dr. Raab fragt, ob Sie noch Amoxicillin-Saft 250 mg/5 ml dahaben. Wir haben heute drei Kinder mit Scharlach. Falls nicht: was wäre die Alternative, die Sie liefern können? Dann stellt er das Rezept gleich richtig aus."),
    ("me", "2023-11-28 08:52", "Guten Morgen Frau Köhler, Saft ist leider weg, Lieferung erst nächste Woche. Ich kann Amoxicillin als Tabletten zum Auflösen oder als Rezeptur herstellen – Rezeptur dauert ca. 2 Stunden. Bitte dann 'Rezepturarzneimittel' aufs Rezept."),
    ("mfa", "2023-11-28 09:05", "Super, machen wir so. Die Eltern kommen gegen Mittag. Danke!"),
])

p("yildiz", "Dr. Emre Yıldız", "Praxis für Innere Medizin Dr. Yıldız", "Internist", connected="2022-02-17")
c("genuine", "doctor_practice", "de", "Internist: Rückfrage Medikationsplan Patientin", [
    ("yildiz", "2024-02-06 17:20", "Liebe Frau Hofmann, Frau K. (Heimbewohnerin im Haus Sebaldus) hat laut Ihrem Medikationscheck eine Doppelverordnung bei den Betablockern. Danke für den Hinweis! Ich stelle heute um und schicke Ihnen den neuen Plan per KIM. Viele Grüße, E. Yıldız"),
    ("me", "2024-02-06 18:01", "Danke für die schnelle Rückmeldung, dann passen wir die Verblisterung ab Montag an."),
])

p("kern", "Thomas Kern", "Frankenpharm Großhandel", "Außendienst", connected="2016-09-12")
c("genuine", "supplier_rep_known", "de", "bekannter Großhandels-Außendienst: Kühlware verspätet", [
    ("kern", "2024-01-17 10:10", "Hallo Claudia, kurze Info: Die Kühltour heute Nachmittag kommt ca. 1,5 Std. später, ein Fahrzeug ist ausgefallen. Die Impfstoffe für Euren Impftag morgen sind aber drauf, Kühlboxen sind geprüft. Sorry!"),
    ("me", "2024-01-17 10:22", "Danke Thomas, solange sie heute noch kommen, passt das. Ich bleibe bis 19 Uhr."),
    ("kern", "2024-01-17 17:48", "Fahrer ist jetzt bei Euch. Schönen Impftag morgen!"),
])

p("nordisk", "Sabine Ort", "Nordlicht Pharma GmbH", "Pharmareferentin", connected="2019-03-01")
c("genuine", "supplier_rep_known", "de", "Herstellerreferentin: Nachlieferung Insulinpens", [
    ("nordisk", "2024-03-12 12:00", "Liebe Frau Hofmann, die zurückgehaltenen Pens (Ihre Defektbestellung vom 28.2.) werden ab Donnerstag über den Großhandel ausgeliefert. Kontingent für Sie: 30 Packungen je Filiale. Bei Fragen einfach melden."),
])

p("pta1", "Melanie Wagner", "Pegnitz-Apotheke", "PTA", connected="2018-08-01")
c("genuine", "staff", "de", "PTA: Samstagsdienst tauschen", [
    ("pta1", "2024-04-10 20:15", "Hallo Claudia, darf ich am 27.4. den Samstag mit Sevgi tauschen? Meine Schwester heiratet. Sevgi hat schon ja gesagt 😊"),
    ("me", "2024-04-10 20:40", "Klar, trag es bitte in den Dienstplan ein. Alles Gute der Schwester!"),
])

p("lena", "Lena Brückner", "Apotheke am Wöhrder See", "Filialleiterin, Apothekerin", connected="2020-10-01")
c("genuine", "staff", "de", "Filialleiterin: Kommissionierer gestört", [
    ("lena", "2024-05-21 07:58", "Claudia, der Automat in der Filiale hängt seit 7:30, Greifer meldet Fehler 41. Hotline ist informiert, Techniker kommt frühestens 11 Uhr. Wir holen die Schnelldreher gerade per Hand aus dem Notlager. Nur damit du Bescheid weißt."),
    ("me", "2024-05-21 08:05", "Danke Lena. Soll ich jemanden aus St. Johannis rüberschicken?"),
    ("lena", "2024-05-21 08:07", "Wäre super, wenn Jonas bis Mittag kommen könnte."),
])

p("azubi", "Jonas Ertl", "Pegnitz-Apotheke", "PKA-Auszubildender", connected="2023-09-01")
c("genuine", "staff", "de", "PKA-Azubi krank, kurz", [
    ("azubi", "2023-12-04 06:40", "Guten Morgen Frau Hofmann, ich bin leider krank, Fieber. Ich gehe heute zum Arzt und schicke die AU. Tut mir leid."),
    ("me", "2023-12-04 07:10", "Gute Besserung Jonas, kurier dich aus!"),
])

p("kammer1", "Petra Lindner", "Bayerische Landesapothekerkammer", "Referentin Notdienst", connected="2022-11-15")
c("genuine", "chamber", "de", "Kammer: Rückfrage Notdienstplan", [
    ("kammer1", "2023-10-24 11:30", "Sehr geehrte Frau Hofmann, für den Notdienstkreis Nürnberg-Nord ergibt sich im Plan 2024 eine Überschneidung am 24.12. zwischen Ihrer Filiale und der Burg-Apotheke. Bitte teilen Sie uns bis 3.11. mit, ob Sie einen Tausch vereinbart haben. Mit freundlichen Grüßen, P. Lindner"),
    ("me", "2023-10-25 09:00", "Sehr geehrte Frau Lindner, ja, wir übernehmen den 26.12., die Burg-Apotheke den 24.12. Die Bestätigung von Herrn Pfister schicke ich per Mail."),
])

p("kammer2", "Dr. Markus Vogl", "Bayerische Landesapothekerkammer", "Leiter Fortbildung", connected="2024-01-30",
  invite=("IN", "2024-01-30 14:00", "Anfrage Fortbildungsvortrag"))
c("genuine", "chamber_speaker_invite", "de", "Kammer lädt als Referentin zu pDL ein", [
    ("kammer2", "2024-01-30 14:25", "Sehr geehrte Frau Hofmann, Ihre Zahlen zu pharmazeutischen Dienstleistungen haben uns beeindruckt. Hätten Sie Interesse, bei unserer Fortbildung in Nürnberg am 15. Mai einen 30-minütigen Praxisbericht zu halten? Das übliche Referentenhonorar zahlen wir selbstverständlich. Ein kurzes Telefonat zur Abstimmung wäre schön."),
    ("me", "2024-01-31 08:30", "Sehr gern! Telefon passt mir Freitag vormittags."),
])

p("kundin", "Gertrud Schwab", "", "", connected="2024-02-20")
c("genuine", "customer_thanks", "de", "Kundin dankt für Botendienst", [
    ("kundin", "2024-02-20 16:00", "Liebe Frau Hofmann, mein Enkel hat mir gezeigt, wie man hier schreibt. Ich möchte mich bedanken, dass Ihr Bote mir während meiner Hüft-OP jede Woche die Medikamente gebracht hat, immer freundlich. Das ist heute nicht selbstverständlich. Herzliche Grüße, Gertrud Schwab"),
])

p("kunde2", "Andreas Reuter", "", "Ingenieur", connected="2020-06-11")
c("genuine", "customer", "de", "Kunde fragt Verfügbarkeit und Preis", [
    ("kunde2", "2024-06-03 19:45", "Hallo Claudia, blöde Frage über LinkedIn, aber habt ihr den Reiseimpfstoff gegen Japanische Enzephalitis vorrätig? Wir fliegen im August nach Vietnam, der Hausarzt braucht ihn. Und was kostet das ungefähr privat?"),
    ("me", "2024-06-03 21:00", "Hallo Andreas, vorrätig nicht, aber bis übermorgen bestellbar. Ca. 120 € pro Dosis, zwei Dosen nötig. Bring das Privatrezept einfach vorbei."),
])

p("bew1", "Sevda Aktaş", "", "PTA", connected="2024-07-09",
  invite=("IN", "2024-07-09 18:02", "Bewerbung PTA-Stelle"))
c("genuine", "applicant", "de", "PTA-Bewerbung über LinkedIn", [
    ("bew1", "2024-07-09 18:15", "Sehr geehrte Frau Hofmann, ich habe Ihre Anzeige für eine PTA (Teilzeit, 25 Std.) gesehen. Ich arbeite seit 4 Jahren in einer Apotheke in Fürth, Schwerpunkt Rezeptur und Kosmetikberatung. Darf ich Ihnen meine Unterlagen schicken?"),
    ("me", "2024-07-10 08:20", "Sehr gern, an bewerbung@pegnitz-apotheke.example. Ich melde mich dann zeitnah."),
])

p("bew2", "Lea Hartmann", "FAU Erlangen-Nürnberg", "Pharmaziestudentin", connected="2024-03-18")
c("genuine", "applicant", "de", "Pharmaziestudentin fragt nach PJ-Platz", [
    ("bew2", "2024-03-18 13:05", "Hallo Frau Hofmann, ich mache im Herbst mein Staatsexamen und suche für 2025 einen Platz für das Praktische Jahr (erste Hälfte). Bilden Sie aus? Besonders interessiert mich die Heimversorgung."),
])

p("journ", "Kathrin Seitz", "Nürnberger Stadtanzeiger", "Redakteurin", connected="2023-12-11",
  invite=("IN", "2023-12-11 09:00", "Presseanfrage Lieferengpässe"))
c("genuine", "journalist", "de", "Lokalzeitung: Interview zu Lieferengpässen", [
    ("journ", "2023-12-11 09:20", "Guten Tag Frau Hofmann, ich schreibe über die Lieferengpässe bei Kinderarzneimitteln in Nürnberg. Hätten Sie morgen 20 Minuten für ein kurzes Telefonat? Gern auch mit Foto in der Apotheke."),
    ("me", "2023-12-11 10:05", "Gern, morgen 14 Uhr. Foto lieber in der Rezeptur, da sieht man, was wir gerade alles selbst herstellen."),
    ("journ", "2023-12-11 10:10", "Perfekt, bis morgen!"),
])

p("verband", "Harald Pfister", "Burg-Apotheke / Apothekerverband Bezirk Mittelfranken", "Bezirksvorsitzender", connected="2015-04-20")
c("genuine", "association_invite", "de", "Verband lädt zum Stammtisch", [
    ("verband", "2024-09-02 12:00", "Liebe Kolleginnen und Kollegen, unser Herbststammtisch ist am 19.9. ab 19 Uhr im Bratwursthäusle. Thema: Honorarreform und was sie für uns heißt. Bitte kurze Zusage bis 12.9. Gruß Harald"),
    ("me", "2024-09-02 13:10", "Bin dabei, Harald!"),
])

p("kollege", "Florian Weiß", "Rosen-Apotheke Fürth", "Inhaber", connected="2017-01-09")
c("genuine", "colleague_pharmacist", "de", "Kollege bittet um Notdienst-Tausch", [
    ("kollege", "2024-08-14 21:30", "Servus Claudia, kannst du mir den Notdienst am 31.8. abnehmen? Ich übernehme dafür deinen am 14.9. Familienfeier, sonst hätte ich nicht gefragt."),
    ("me", "2024-08-15 07:45", "Servus Florian, passt. Meldest du es der Kammer?"),
    ("kollege", "2024-08-15 07:50", "Mach ich, danke dir!"),
])

p("firma", "Nicole Baumann", "Meierhofer Maschinenbau GmbH", "Leitung Personal", connected="2023-09-19",
  invite=("IN", "2023-09-19 10:00", "Anfrage Grippeimpfung für Mitarbeitende"))
c("genuine", "inbound_lead", "de", "Firma will Grippeimpfung für Mitarbeitende kaufen (Preis, Call)", [
    ("firma", "2023-09-19 10:12", "Sehr geehrte Frau Hofmann, wir möchten unseren rund 80 Mitarbeitenden in diesem Herbst eine Grippeschutzimpfung anbieten. Ein Kollege erzählte, dass Ihre Apotheke auch in Betrieben impft. Was würde das pro Person kosten, und hätten Sie nächste Woche Zeit für ein kurzes Telefonat?"),
    ("me", "2023-09-19 11:30", "Sehr geehrte Frau Baumann, sehr gern. Für Betriebsimpfungen rechnen wir Impfstoff plus Impfleistung ab, bei 80 Personen ca. 28 € pro Person. Telefonat am Dienstag um 10 Uhr?"),
    ("firma", "2023-09-19 11:45", "Dienstag 10 Uhr passt, ich rufe Sie an."),
])

p("heim", "Bernd Gruber", "Seniorenzentrum Haus Sebaldus", "Einrichtungsleitung", connected="2023-10-02")
c("genuine", "inbound_lead", "de", "Pflegeheim wünscht Heimversorgungsvertrag, bittet um Angebot", [
    ("heim", "2023-10-02 15:40", "Sehr geehrte Frau Hofmann, unsere bisherige Versorgungsapotheke gibt die Heimversorgung zum Jahresende auf. Wir haben 96 Bewohner und wünschen patientenindividuelle Verblisterung. Könnten Sie uns ein Angebot machen und uns zu einem Gespräch besuchen?"),
    ("me", "2023-10-03 08:15", "Sehr geehrter Herr Gruber, das machen wir gern. Ich komme mit unserer Heimversorgungsverantwortlichen vorbei – passt Ihnen der 10.10. nachmittags?"),
])

p("tech", "Rainer Schott", "Automatenservice Süd", "Servicetechniker", connected="2021-11-23")
c("genuine", "vendor_existing", "de", "Techniker des eigenen Kommissionierers: Wartungstermin", [
    ("tech", "2024-06-18 09:30", "Grüß Gott Frau Hofmann, die jährliche Wartung Ihres Kommissionierers in St. Johannis steht an. Vorschlag: Mittwoch 3.7. ab 18:30 nach Ladenschluss, Dauer ca. 3 Stunden. Passt das?"),
    ("me", "2024-06-18 10:00", "Passt, Frau Wagner lässt Sie rein."),
])

p("wawi", "Katja Neumeier", "Apothekensoftware-Support", "Kundenbetreuerin", connected="2020-02-10")
c("genuine", "vendor_existing", "de", "eigener Softwareanbieter: Update-Termin", [
    ("wawi", "2024-04-23 14:00", "Liebe Frau Hofmann, das Update auf Version 24.2 (inkl. E-Rezept-Anpassungen) spielen wir bei Ihnen am Sonntag, 5.5., zwischen 8 und 12 Uhr ein. Bitte lassen Sie alle Kassen eingeschaltet. In der Filiale am Wöhrder See ist Notdienst – die machen wir erst am Montagabend."),
    ("me", "2024-04-23 14:30", "Danke, dass Sie an den Notdienst gedacht haben!"),
])

p("stb", "Ursula Hain", "Hain & Partner Steuerberatung", "Steuerberaterin", connected="2014-06-30")
c("genuine", "vendor_existing", "de", "eigene Steuerberaterin: Unterlagen Jahresabschluss", [
    ("stb", "2024-02-14 11:00", "Liebe Frau Hofmann, für den Jahresabschluss 2023 fehlen mir noch die Inventurlisten beider Apotheken und die Rechnung zum Umbau der Filiale. Gern bis Ende Februar. Herzliche Grüße, U. Hain"),
])

p("pflege", "Marion Eckert", "Ambulanter Pflegedienst Nordstadt", "Pflegedienstleitung", connected="2022-07-07")
c("genuine", "care_service", "de", "echter Pflegedienst im SPAM-Ordner gelandet", [
    ("pflege", "2024-05-06 07:20", "Guten Morgen Frau Hofmann, können Sie heute die Rezepte für Herrn L. und Frau M. (Kompressionsstrümpfe, Anmessung zu Hause) einplanen? Unsere Pflegekraft ist ab 10 Uhr vor Ort. Danke, M. Eckert"),
], folder="SPAM")

for key, name, when, text in [
    ("dank1", "Hildegard Meier", "2024-03-07 19:10", "Liebe Frau Hofmann, vielen Dank für Ihren Vortrag über Diabetes und Ernährung beim Seniorentreff gestern. Sehr verständlich erklärt! Herzliche Grüße, Hildegard Meier"),
    ("dank2", "Werner Fuchs", "2024-03-07 20:30", "Sehr geehrte Frau Hofmann, herzlichen Dank für den Vortrag gestern beim Seniorentreff zu Diabetes und Ernährung. Sehr verständlich! Freundliche Grüße, W. Fuchs"),
    ("dank3", "Irmgard Lehner", "2024-03-08 09:00", "Liebe Frau Hofmann, vielen herzlichen Dank für Ihren Vortrag über Diabetes beim Seniorentreff! Es war sehr verständlich und lehrreich. Liebe Grüße, Irmgard Lehner"),
]:
    p(key, name, "", "", connected=when[:10])
    c("genuine", "thanks", "de", "fast gleiche Dankesnachricht nach Seniorentreff-Vortrag", [(key, when, text)])

p("prof", "Prof. Dr. Ingrid Scholz", "FAU Erlangen-Nürnberg", "Professorin Pharmazeutische Technologie", connected="2006-10-01")
c("genuine", "congrats", "de", "ehemalige Professorin gratuliert zur Filialeröffnung", [
    ("prof", "2023-10-16 18:00", "Liebe Frau Hofmann, ich habe in der Zeitung gelesen, dass Sie eine zweite Apotheke eröffnet haben. Herzlichen Glückwunsch! Ich erinnere mich gern an Ihre Diplomarbeit über Salbengrundlagen."),
    ("me", "2023-10-16 20:12", "Liebe Frau Professor Scholz, wie schön, von Ihnen zu hören! Die Salbengrundlagen verfolgen mich bis heute – in der Rezeptur 😊"),
])

p("intro_a", "Dr. Julia Brandt", "Stadt-Apotheke Erlangen", "Inhaberin", connected="2012-05-15")
p("intro_b", "Tobias Lang", "", "Apotheker", connected="2024-08-20")
c("genuine", "intro", "de", "Kollegin stellt jungen Apotheker vor (Gruppe)", [
    ("intro_a", "2024-08-20 10:00", "Liebe Claudia, darf ich dir Tobias vorstellen? Er hat bei mir das PJ gemacht, ist frisch approbiert und möchte nach Nürnberg ziehen. Du hattest doch erzählt, dass du für die Filiale jemanden suchst."),
    ("intro_b", "2024-08-20 11:30", "Hallo Frau Hofmann, danke Julia für die Vorstellung! Ich würde mich freuen, Ihre Apotheken kennenzulernen – vielleicht auf einen Kaffee?"),
    ("me", "2024-08-20 12:15", "Hallo Herr Lang, sehr gern! Kommen Sie doch nächsten Donnerstag um 13 Uhr am Wöhrder See vorbei."),
], title="Vorstellung Tobias / Claudia")

p("cardlink", "Michael Sauer", "Hirsch-Apotheke Schwabach", "Inhaber", connected="2016-03-03")
c("genuine", "peer", "de", "Inhaberin fragt Kollegen nach CardLink-Erfahrung", [
    ("me", "2024-04-15 21:00", "Hallo Michael, ihr habt doch CardLink schon seit März. Wie läuft das im Alltag? Lohnt sich das für eine Stadtteilapotheke?"),
    ("cardlink", "2024-04-16 07:40", "Hi Claudia, ehrlich: Technik läuft, aber die Kunden nutzen es kaum, ca. 15 Rezepte pro Woche. Für Pendler gut. Ich würde es machen, aber nicht zu viel Geld in Werbung stecken."),
])

p("druck", "Stefan Bär", "Druckerei Bär", "Inhaber", connected="2019-11-11")
c("genuine", "requested_quote", "de", "Inhaberin fragt Druckerei nach Flyern; Preisangebot", [
    ("me", "2024-09-05 12:00", "Hallo Herr Bär, wir brauchen wieder 5.000 Flyer für den Impftag, A5, beidseitig. Können Sie bis 20.9. liefern?"),
    ("druck", "2024-09-05 15:30", "Hallo Frau Hofmann, ja, kein Problem. Wie letztes Jahr 189 € netto. Schicken Sie mir einfach die Druckdatei."),
])

p("koop", "Sandra Ott", "Frankenapotheken-Kooperation", "Regionalbetreuerin", connected="2018-01-15")
c("genuine", "cooperation_member", "de", "eigene Kooperation: Einladung Quartalstreffen mit Konditionen", [
    ("koop", "2024-06-25 10:00", "Liebe Frau Hofmann, beim Quartalstreffen am 11.7. stellen wir die neuen Einkaufskonditionen für Herbst vor (u. a. Impfstoffe und Eigenmarke). Können Sie kommen? Ich würde Ihnen vorab gern die Zahlen Ihrer beiden Standorte zeigen – 15 Minuten am Telefon reichen."),
    ("me", "2024-06-25 16:00", "Ich komme. Telefon gern Montag."),
])

p("kasse", "Dieter Hahn", "Krankenkasse (Retaxabteilung)", "Sachbearbeiter", connected="2024-04-02")
c("genuine", "insurer", "de", "Krankenkasse: Rückfrage zu Retaxation", [
    ("kasse", "2024-04-02 13:00", "Sehr geehrte Frau Hofmann, zu Ihrem Einspruch gegen die Retaxation vom Januar (Rezept Nr. endend 4471) benötigen wir noch eine Kopie des Abgabebelegs. Bitte per Post oder über das Portal. Mit freundlichen Grüßen"),
])

p("hebamme", "Anna Ruprecht", "Hebammenpraxis Gostenhof", "Hebamme", connected="2023-04-25")
c("genuine", "collaboration", "de", "Hebamme fragt nach Sortiment für Wochenbett", [
    ("hebamme", "2024-01-09 09:40", "Hallo Frau Hofmann, viele meiner Frauen fragen nach Milchpumpen zum Ausleihen. Haben Sie welche im Verleih, oder könnten Sie das anbieten? Ich würde dann gern auf Sie verweisen."),
    ("me", "2024-01-09 12:00", "Hallo Frau Ruprecht, ja, wir haben 6 Pumpen im Verleih und bestellen gern mehr. Abrechnung über Rezept geht auch. Danke fürs Verweisen!"),
])

p("expta", "Carina Vogt", "", "PTA", connected="2019-05-05")
c("genuine", "reference", "de", "ehemalige PTA bittet um Arbeitszeugnis", [
    ("expta", "2024-07-30 18:00", "Hallo Claudia, ich hoffe, es geht dir gut! Ich brauche für eine Bewerbung in München noch ein qualifiziertes Arbeitszeugnis. Könntest du mir das bis Mitte August schicken?"),
    ("me", "2024-07-31 08:00", "Hallo Carina, klar, schicke ich dir nächste Woche. Viel Erfolg in München!", ),
    ("me", "2024-08-06 22:10", "Hallo Carina, das Zeugnis ist fertig, ich lege es dir ausgedruckt und unterschrieben"),
], drafts={2})

p("freundin", "Birgit Sommer", "", "", connected="2008-02-14")
c("genuine", "friend", "de", "Studienfreundin: Semestertreffen", [
    ("freundin", "2024-05-30 22:00", "Claudiiiia! 20 Jahre Examen 🎉 Wir machen im Oktober ein Semestertreffen in Würzburg. Kommst du? Diesmal keine Ausrede mit Notdienst!"),
    ("me", "2024-05-31 07:30", "Ich trage es JETZT in den Notdienstplan ein 😄 Welches Wochenende?"),
])

p("qz", "Dr. Heike Lorenz", "Gemeinschaftspraxis Lorenz & Partner", "Allgemeinmedizinerin", connected="2021-09-09")
c("genuine", "event_invite", "de", "Einladung Qualitätszirkel Arzt-Apotheker", [
    ("qz", "2023-11-06 16:30", "Liebe Frau Hofmann, wir gründen einen Qualitätszirkel Ärzte und Apotheker im Nürnberger Norden, erstes Thema Polymedikation. Treffen am 29.11. in unserer Praxis, 19 Uhr. Wir würden uns freuen, wenn Sie dabei sind."),
])

p("bank", "Roland Eder", "Sparkasse (Firmenkunden)", "Firmenkundenberater", connected="2015-08-01")
c("genuine", "vendor_existing", "de", "eigener Bankberater zu Umbaufinanzierung, Konditionen", [
    ("bank", "2023-10-05 11:00", "Sehr geehrte Frau Hofmann, die Kreditzusage für den Umbau der Filiale liegt vor: 180.000 €, 10 Jahre, Zins 4,6 % fest. Die Unterlagen können Sie ab Montag in der Filiale unterschreiben."),
    ("me", "2023-10-05 11:20", "Danke, Herr Eder, ich komme Dienstag früh."),
])

# ------------------------------------------------------------------ wanted pitches
p("wkom", "Jürgen Stadler", "KompaktLager Systeme", "Vertrieb Süddeutschland")
c("wanted_pitch", "automation", "de", "Kompakt-Kommissionierer, bezieht sich auf Umbau und Fläche der Filiale", [
    ("wkom", "2023-10-20 09:00", "Sehr geehrte Frau Hofmann, ich habe im Stadtanzeiger von Ihrem Umbau am Wöhrder See gelesen und dass der Backoffice-Raum nur knapp 20 m² hat. Unser Kommissionierer ist für genau solche Räume gebaut (2,10 m Tiefe, läuft mit Ihrer Warenwirtschaft). In St. Johannis haben Sie ja bereits einen Automaten, Ihr Team kennt das Prinzip also. Darf ich Ihnen die Maße für Ihren Grundriss durchrechnen?"),
    ("me", "2023-10-20 12:30", "Interessant, dass Sie das mit den 20 m² gesehen haben. Schicken Sie mir gern eine Skizze."),
])

p("wcard", "Daniela Rösch", "RezeptDirekt App", "Partnermanagerin")
c("wanted_pitch", "e_prescription", "de", "CardLink-App, bezieht sich auf ihren Beitrag und Pendlerkundschaft", [
    ("wcard", "2024-04-22 10:00", "Hallo Frau Hofmann, in Ihrem Beitrag letzte Woche schrieben Sie, dass Ihnen für CardLink eine einfache Lösung ohne eigene App fehlt. Wir binden Apotheken ohne App-Entwicklung an, Ihre Kunden lösen das E-Rezept mit der Karte am Handy ein, Abholung in St. Johannis oder am Wöhrder See. Die Gebühr ist pro Rezept, keine Grundgebühr – gerade bei wenigen Rezepten zum Start fair. Interesse an einem Testmonat?"),
])

p("wtemp", "Oliver Franke", "KühlWächter GmbH", "Produktspezialist")
c("wanted_pitch", "cold_chain", "de", "Temperaturüberwachung für Impfkühlschränke, Impftag-Bezug", [
    ("wtemp", "2024-01-22 14:00", "Sehr geehrte Frau Hofmann, Sie impfen inzwischen an zwei Standorten und haben auf LinkedIn von Ihrem Impftag mit 140 Impfungen berichtet. Bei der Revision wird gern nach lückenloser Temperaturdokumentation gefragt. Unsere Funkfühler melden Abweichungen aufs Handy und erstellen das Protokoll automatisch. Darf ich Ihnen ein Set für einen Kühlschrank zum Testen schicken?"),
])

p("wrad", "Felix Hummel", "CargoBike Leasing Franken", "Gründer")
c("wanted_pitch", "delivery", "de", "E-Lastenrad für Botendienst in der Altstadt", [
    ("wrad", "2024-05-14 08:30", "Hallo Frau Hofmann, Ihr Bote fährt ja täglich mit dem Auto durch St. Johannis und die Altstadt – ich sehe ihn oft im Stau an der Johannisstraße 🙂 Wir verleasen E-Lastenräder mit Kühlbox für Apotheken, inklusive Wartung, Nürnberger Firma. Hätten Sie Lust, eins zwei Wochen zu testen?"),
    ("me", "2024-05-14 11:00", "Ha, ertappt. Ja, testen würden wir gern, aber die Kühlbox muss 2–8 °C halten können."),
    ("wrad", "2024-05-14 11:20", "Kann sie, mit Datenlogger. Ich melde mich wegen eines Termins."),
])

p("wpdl", "Dr. Nina Kessler", "pDL-Akademie", "Apothekerin, Trainerin")
c("wanted_pitch", "training", "de", "Fortbildung Medikationsanalyse für Team, bezieht sich auf pDL-Zahlen", [
    ("wpdl", "2024-02-28 19:00", "Liebe Frau Hofmann, Ihre 40 erweiterten Medikationsberatungen im letzten Quartal sind bemerkenswert – die meisten Apotheken in Bayern liegen unter zehn. Wenn Sie die Leistung auf mehr Schultern verteilen wollen: Wir schulen PTA-Teams inhouse in der Vorbereitung von Medikationsanalysen, an echten (anonymisierten) Fällen aus Ihrer Heimversorgung. Soll ich Ihnen das Programm schicken?"),
])

p("wqms", "Bettina Wirth", "QMS Apothekenberatung Wirth", "Beraterin")
c("wanted_pitch", "quality_management", "de", "QMS-Beratung vor Revision der neuen Filiale", [
    ("wqms", "2023-11-14 10:30", "Sehr geehrte Frau Hofmann, zur Eröffnung der Filiale am Wöhrder See herzlichen Glückwunsch. Erfahrungsgemäß kommt die erste Revision durch die Regierung von Mittelfranken im ersten Jahr. Ich unterstütze Apotheken dabei, das QM-Handbuch der Hauptapotheke auf eine Filiale zu übertragen – mit Fokus auf Rezeptur und Verblisterung. Bei Interesse schicke ich Ihnen eine Checkliste."),
])

p("wblis", "Patrick Unger", "BlisterPlan Software", "Vertrieb")
c("wanted_pitch", "software", "de", "Stellsoftware für neuen Heimvertrag", [
    ("wblis", "2024-01-08 09:15", "Guten Tag Frau Hofmann, Sie haben gepostet, dass Sie ab Januar das Haus Sebaldus mit 96 Bewohnern versorgen. Unsere Software übernimmt die Medikationspläne per KIM aus den Praxen und erstellt die Blisteraufträge, Schnittstelle zu Ihrer Warenwirtschaft existiert. Darf ich Ihnen zeigen, wie Kollegen damit die Stellzeit halbiert haben?"),
])

p("wrez", "Markus Eberl", "Rezeptur-Technik Eberl", "Außendienst")
c("wanted_pitch", "compounding_equipment", "de", "Salbenmischsystem für Dermatologie-Rezepturen", [
    ("wrez", "2024-03-25 11:00", "Sehr geehrte Frau Hofmann, gegenüber Ihrer Filiale hat im Januar eine Hautarztpraxis eröffnet, Sie dürften also deutlich mehr Dermatika-Rezepturen haben. Unser Mischsystem mit Kruken bis 500 g spart bei Cremes pro Ansatz gut 10 Minuten. Sie können es vier Wochen kostenfrei testen."),
    ("me", "2024-03-25 13:00", "Stimmt, die Rezepturen haben sich fast verdoppelt. Kommen Sie gern mit dem Gerät vorbei."),
])

p("wpers", "Nadine Koch", "PTA-Personal Franken", "Personalberaterin")
c("wanted_pitch", "recruiting_tailored", "de", "spezialisierte PTA-Personalberatung, offene Stelle seit 3 Monaten", [
    ("wpers", "2024-06-10 08:00", "Liebe Frau Hofmann, Ihre Anzeige für eine PTA in Teilzeit ist seit März online. Ich vermittle ausschließlich PTA und Apotheker im Raum Nürnberg–Fürth–Erlangen und habe aktuell zwei Kandidatinnen, die Teilzeit in St. Johannis suchen. Honorar nur bei Einstellung. Soll ich Ihnen anonymisierte Profile schicken?"),
])

p("wtrans", "Leyla Şahin", "Sprachbrücke Gesundheit", "Übersetzerin")
c("wanted_pitch", "translation", "de", "mehrsprachige Einnahmehinweise für Kundschaft in Gostenhof", [
    ("wtrans", "2024-07-01 12:00", "Hallo Frau Hofmann, ich wohne in Gostenhof und sehe, dass in Ihrer Apotheke viele ältere türkisch- und arabischsprachige Kunden sind. Ich übersetze Einnahmehinweise und Medikationspläne medizinisch korrekt ins Türkische, Arabische und Russische – als Vorlagen, die Sie selbst ausdrucken. Hätten Sie Interesse an zwei Musterblättern?"),
])

p("wbf", "Sebastian Kraus", "barrierefrei.digital", "Accessibility-Berater")
c("wanted_pitch", "accessibility", "de", "Barrierefreiheit Vorbestell-Shop (BFSG)", [
    ("wbf", "2024-08-27 15:00", "Sehr geehrte Frau Hofmann, Ihr Vorbestell-Shop auf pegnitz-apotheke.example fällt ab Juni 2025 unter das Barrierefreiheitsstärkungsgesetz. Ich habe ihn kurz geprüft: Kontraste und die fehlende Tastaturbedienung im Warenkorb wären die größten Baustellen. Gern schicke ich Ihnen den Kurzbericht – kostenlos, dann entscheiden Sie, ob Sie Hilfe brauchen."),
])

p("wtele", "Dr. Markus Albrecht", "Telepharm Süd", "Geschäftsführer")
c("wanted_pitch", "telepharmacy", "de", "Videoberatung im Notdienst", [
    ("wtele", "2024-09-10 20:00", "Guten Abend Frau Hofmann, Sie schrieben, dass nachts im Notdienst die Hälfte der Anrufe reine Beratungsfragen sind. Wir bieten eine Videoberatung, die Ihre Apotheke unter eigenem Namen anbietet – Sie entscheiden, wann sie aktiv ist. Zwei Apotheken in Erlangen nutzen sie im Notdienst. Interesse an einem kurzen Einblick?"),
])

# ------------------------------------------------------------------ junk
template = [
    ("mk1", "Kevin Schubert", "ApoGrowth Marketing", "2024-02-12 09:05",
     "Hallo Frau Hofmann, ich bin auf die Pegnitz-Apotheke gestoßen und finde es beeindruckend, wie Sie sich in Nürnberg positioniert haben. Wir helfen Apotheken, jeden Monat 30–50 neue Stammkunden über Google und Instagram zu gewinnen. Haben Sie aktuell Kapazitäten für neue Kunden? Offen für ein kurzes 15-Minuten-Gespräch diese Woche?"),
    ("mk2", "Lara Engel", "Pharmacy Leads DACH", "2024-03-04 14:20",
     "Hallo Claudia, bin auf Ihre Apotheke in Nürnberg gestoßen und finde toll, wie Sie sich vor Ort aufgestellt haben. Wir unterstützen Apotheken dabei, monatlich 40–60 neue Stammkunden über Google & Instagram zu gewinnen. Haben Sie derzeit Kapazität für neue Kunden? Wäre ein kurzer 15-minütiger Austausch nächste Woche drin?"),
    ("mk3", "Dennis Albers", "MedReach Agentur", "2024-04-08 08:45",
     "Hallo Frau Hofmann, ich bin auf die Pegnitz-Apotheke gestoßen – spannend, wie Sie sich in Nürnberg positioniert haben! Wir helfen Apotheken, jeden Monat 30–50 neue Stammkunden über Google und Instagram zu gewinnen. Haben Sie Kapazitäten für neue Kunden? Offen für ein kurzes 15-Minuten-Telefonat?"),
    ("mk4", "Jana Brinkmann", "Offizin Wachstum GmbH", "2024-05-27 10:10",
     "Guten Tag Frau Hofmann, ich bin auf die Apotheke am Wöhrder See gestoßen und finde stark, wie Sie sich positioniert haben. Wir helfen Apotheken, 30-50 neue Stammkunden pro Monat über Google und Instagram zu gewinnen. Kapazitäten für neue Kunden vorhanden? Kurzer 15-Minuten-Call diese Woche?"),
]
for key, name, company, when, text in template:
    p(key, name, company, "Geschäftsführer")
    c("junk", "template_campaign", "de", f"Apotheken-Marketing-Vorlage ({company})", [(key, when, text)])
c("junk", "followup_bump", "de", "Vorlagen-Absender fasst zweimal nach", [
    ("mk3", "2024-04-22 08:45", "Hallo Frau Hofmann, ich wollte meine Nachricht nur noch einmal nach oben holen. Passt Ihnen ein kurzer Call diese oder nächste Woche?"),
    ("mk3", "2024-05-06 08:45", "Frau Hofmann, letzter Versuch 🙂 Soll ich das Thema für Sie schließen?"),
])

p("mt1", "Marcel Jansen", "DigitalPraxis Solutions", "Sales Manager")
c("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}}", [
    ("mt1", "2023-10-30 09:00", "Hallo {{Vorname}}, als {{Position}} bei {{Firma}} kennen Sie das Problem: zu viel Papierkram, zu wenig Zeit. Unsere Software digitalisiert Ihre Prozesse in 14 Tagen. Kurzer Austausch?"),
])
p("mt2", "Svenja Roth", "Versicherungskontor Roth", "Maklerin")
c("junk", "merge_tag_failure", "de", "Platzhalter [Anrede] [Nachname]", [
    ("mt2", "2024-01-15 11:00", "Sehr geehrte/r [Anrede] [Nachname], als Inhaber/in einer Apotheke tragen Sie hohe Risiken. Mit unserer Berufshaftpflicht sparen Sie bis zu 30 %. Darf ich Ihnen ein unverbindliches Angebot erstellen?"),
])
p("mt3", "Christian Held", "PharmaPartner Franchise", "Expansion Manager")
c("junk", "merge_tag_failure", "de", "falscher Name und falsche Apotheke", [
    ("mt3", "2024-06-20 13:00", "Liebe Frau Hoffmeister, ich habe mir Ihre Adler-Apotheke in Regensburg angesehen – tolles Team! Wir suchen Partner-Apotheken für unsere Marke. Unsere Partner steigern den Umsatz um durchschnittlich 18 %. Darf ich Ihnen unser Konzept vorstellen?"),
])
p("mt4", "Ramona Fleck", "Business Coaching Fleck", "Coach")
c("junk", "merge_tag_failure", "de", "Kopfzeile als Name eingesetzt", [
    ("mt4", "2024-08-08 07:00", "Hallo Inhaberin, Apothekerin, Pegnitz-Apotheke! Du willst als Unternehmerin endlich mehr Zeit für dich? In meinem 8-Wochen-Programm lernst du, dein Business zu skalieren. Lust auf ein kostenloses Erstgespräch?"),
])

p("sp1", "Mittelstand Finanz Bank", "", "", url="https://www.linkedin.com/company/mittelstand-finanz-bank")
c("junk", "sponsored_inmail", "de", "Sponsored InMail: Apothekenfinanzierung", [
    ("sp1", "2023-11-20 12:00", "<p>Sehr geehrte Frau Hofmann,</p><p>Sie planen eine Übernahme oder Modernisierung? Mit dem <b>Heilberufe-Kredit</b> finanzieren Sie bis zu 500.000&nbsp;€ – Zusage in 48 Stunden.</p><p><a href='https://example.invalid'>Jetzt Konditionen prüfen</a></p>"),
], title=SPONSORED, subject="Frau Hofmann, Ihr Heilberufe-Kredit ab 3,9 %")
p("sp2", "Hanfwerk Naturprodukte", "", "", url="https://www.linkedin.com/company/hanfwerk-naturprodukte")
c("junk", "sponsored_inmail", "de", "Sponsored InMail: CBD-Großhandel", [
    ("sp2", "2024-03-18 12:00", "<p>Hallo Claudia,</p><p>CBD boomt – auch in Apotheken! Werden Sie <b>Hanfwerk-Partnerapotheke</b> und sichern Sie sich 40&nbsp;% Marge auf unsere Premium-Öle.</p><p>Jetzt Startpaket anfordern.</p>"),
], title=SPONSORED, subject="40 % Marge mit Premium-CBD")
p("sp3", "Hochschule für Gesundheitsmanagement", "", "", url="https://www.linkedin.com/company/hs-gesundheitsmanagement")
c("junk", "sponsored_inmail", "de", "Sponsored InMail: berufsbegleitender MBA", [
    ("sp3", "2024-09-09 12:00", "<p>Liebe Claudia,</p><p>Führen Sie Ihr Unternehmen mit einem <b>MBA Health Care Management</b> – berufsbegleitend, 100&nbsp;% online. Infoabend am 24.9.!</p>"),
], title=SPONSORED, subject="Ihr MBA neben dem Beruf – Infoabend")

p("ctp1", "Dominik Reiter", "Reiter Finanzplanung", "Finanzberater",
  connected="2023-12-05", invite=("IN", "2023-12-05 07:50", ""))
c("junk", "connect_then_pitch", "de", "Vernetzung, Smalltalk, dann Altersvorsorge", [
    ("ctp1", "2023-12-05 08:10", "Hallo Claudia, danke für die Vernetzung! Wie läuft die Vorweihnachtszeit in der Apotheke?"),
    ("me", "2023-12-05 19:00", "Voll, aber gut, danke!"),
    ("ctp1", "2023-12-07 09:00", "Schön zu hören! Viele selbstständige Apothekerinnen unterschätzen ihre Versorgungslücke im Alter. Ich habe da ein steueroptimiertes Konzept – hätten Sie 15 Minuten für einen kurzen Call?"),
])
p("ctp2", "Verena Lux", "Female Founders Circle", "Mentorin",
  connected="2024-02-26", invite=("IN", "2024-02-26 21:00", "Lass uns als gleichgesinnte Unternehmerinnen vernetzen!"))
c("junk", "connect_then_pitch", "de", "gleichgesinnte Unternehmerinnen, dann Mastermind-Verkauf", [
    ("ctp2", "2024-02-26 21:10", "Hey Claudia, schön, dass wir jetzt vernetzt sind! Ich liebe es, mich mit gleichgesinnten Unternehmerinnen auszutauschen 💜 Was ist dein größtes Ziel für 2024?"),
    ("ctp2", "2024-03-01 09:00", "Ich frage, weil ich gerade meine Mastermind für Unternehmerinnen öffne – nur 8 Plätze, Investition 2.997 €. Soll ich dir die Infos schicken?"),
])
p("ctp3", "Arjun Patel", "CodeBridge Offshore", "Business Development",
  connected="2024-07-15", invite=("IN", "2024-07-15 05:30", ""))
c("junk", "connect_then_pitch", "de", "Vernetzung, dann Offshore-Entwicklung (Deutsch)", [
    ("ctp3", "2024-07-15 05:45", "Hallo Claudia, danke für die Annahme! Ihr Profil ist sehr beeindruckend."),
    ("ctp3", "2024-07-17 05:45", "Wir entwickeln Websites, Apps und Software für Unternehmen jeder Größe zu sehr günstigen Preisen. Können wir einen kurzen 15-minütigen Anruf vereinbaren?"),
])

p("fr1", "Timo Gräf", "VitaPlus Apothekenmarke", "Partnermanager")
c("junk", "franchise_chain", "de", "Franchise-Kette generisch", [
    ("fr1", "2024-03-11 10:00", "Sehr geehrte Apothekeninhaberin, sehr geehrter Apothekeninhaber, die Zukunft gehört starken Marken. Werden Sie Teil unseres Netzwerks mit über 300 Partnerapotheken: bessere Konditionen, bundesweite Werbung, eigene App. Vereinbaren Sie jetzt ein Erstgespräch!"),
])
p("fr2", "Isabell Kranz", "Apotheken-Übernahme24", "Beraterin")
c("junk", "franchise_chain", "de", "Apothekenverkauf/Übernahme unaufgefordert", [
    ("fr2", "2024-05-02 16:00", "Guten Tag, haben Sie schon einmal darüber nachgedacht, Ihre Apotheke zu verkaufen? Wir haben zahlreiche solvente Kaufinteressenten. Eine kostenlose Wertermittlung ist unverbindlich. Rufen Sie mich gern an."),
    ("fr2", "2024-05-16 16:00", "Ich wollte noch einmal nachhaken – unser Angebot der kostenlosen Bewertung gilt nur noch diesen Monat."),
])
p("gh", "Manfred Zink", "Neuer Pharmagroßhandel", "Key Account")
c("junk", "wholesaler_generic", "de", "Großhändler generisch: bessere Konditionen", [
    ("gh", "2024-02-01 08:00", "Sehr geehrte Damen und Herren, zahlen Sie zu viel beim Großhandel? Wir bieten Rabatte bis 5,5 % und zweimal tägliche Belieferung. Senden Sie uns Ihre aktuellen Konditionen – wir unterbieten sie garantiert."),
])
p("sw", "Patricia Leitner", "CloudApo Software", "Sales Development")
c("junk", "generic_relevant_template", "de", "Apothekensoftware generisch", [
    ("sw", "2023-10-10 10:00", "Hallo, revolutionieren Sie Ihre Apotheke mit KI! Unsere All-in-one-Plattform automatisiert Bestellung, Personalplanung und Marketing. Über 1.000 Apotheken vertrauen bereits auf uns. Wann passt Ihnen eine kurze Demo?"),
])
p("rec1", "Sarah Vogel", "Karriere Direkt", "Recruiterin")
c("junk", "recruiting_spam", "de", "Recruiting-Spam Vertriebsjob", [
    ("rec1", "2024-01-25 12:00", "Hallo Claudia, Ihr Profil passt perfekt! Unser Kunde, ein Finanzdienstleister, sucht Quereinsteiger im Vertrieb – Verdienst bis 10.000 € im Monat, flexible Zeiten. Hätten Sie Interesse an einem unverbindlichen Gespräch?"),
])
p("rec2", "Laura Meyer", "ImmoKarriere", "Talent Scout")
c("junk", "recruiting_spam", "de", "Recruiting-Spam Immobilienmakler", [
    ("rec2", "2024-06-27 18:00", "Hi Claudia! Schon mal überlegt, Immobilienmaklerin zu werden? Wir bilden dich in 4 Wochen aus, Provision ab dem ersten Deal. Melde dich für ein Kennenlerngespräch!"),
])
p("crypto", "Lisa Wang", "", "")
c("junk", "crypto_scam", "de", "Krypto-Betrug im SPAM", [
    ("crypto", "2024-04-03 23:40", "Hallo liebe Claudia, ich verdiene jeden Monat 25 % mit Bitcoin-Trading über eine spezielle Plattform. Mein Onkel ist Analyst. Ich kann es dir kostenlos zeigen, schreib mir auf WhatsApp."),
], folder="SPAM")
p("fx", "Alexander Brandl", "Alpen Vermögenswerte AG", "Vermögensberater")
c("junk", "investment_scam", "de", "Anlagebetrug im SPAM", [
    ("fx", "2024-08-19 22:00", "Sehr geehrte Frau Hofmann, exklusive Gelegenheit: Gold-Sparplan mit garantierten 9 % Rendite pro Quartal. Nur noch 3 Plätze frei. Antworten Sie mit JA für Details."),
], folder="SPAM")
p("mlm", "Sandra Kühn", "", "Unabhängige Beraterin")
c("junk", "mlm", "de", "MLM Nahrungsergänzung", [
    ("mlm", "2024-01-02 20:30", "Hey Claudia! 🌿 Neues Jahr, neue Chancen! Ich baue gerade ein Team auf, das mit unseren Vitalstoff-Produkten ein zweites Einkommen von zu Hause aufbaut. Gerade für Apothekerinnen ideal. Magst du mehr erfahren? Ganz unverbindlich!"),
])
p("award", "Dr. Frank Heller", "Deutscher Apotheken-Award", "Jury-Koordinator")
c("junk", "paid_award", "de", "bezahlter Award 'Top-Apotheke'", [
    ("award", "2024-07-04 11:00", "Sehr geehrte Frau Hofmann, herzlichen Glückwunsch! Die Pegnitz-Apotheke wurde für das Siegel 'TOP-Apotheke 2024 – Region Nürnberg' ausgewählt. Für Urkunde, Siegel-Lizenz und Pressemitteilung fällt eine Lizenzgebühr von 1.490 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag."),
])
p("mag", "Corinna Paulus", "Erfolgreiche Unternehmerinnen Magazin", "Redaktion")
c("junk", "paid_feature", "de", "bezahltes Magazin-Porträt", [
    ("mag", "2023-11-08 10:00", "Liebe Frau Hofmann, unsere Redaktion möchte Sie in der Ausgabe 'Frauen, die Franken bewegen' porträtieren! Das Porträt (1 Seite + Online) erscheint im Rahmen unseres Partnerpakets für 1.850 €. Darf ich Ihnen den Fragebogen schicken?"),
])
p("pod", "Nico Berger", "Unternehmer-Podcast 'Macher'", "Host")
c("junk", "paid_podcast", "de", "Podcast-Gast gegen Gebühr", [
    ("pod", "2024-05-08 15:00", "Hi Claudia, wir würden dich gern als Gast in unserem Podcast haben (Top 1 % in Deutschland!). Für Produktion und Reichweite berechnen wir eine kleine Pauschale von 490 €. Termin buchen?"),
])
p("seo", "Ravi Kumar", "TopRank Webservices", "SEO Specialist")
c("junk", "irrelevant_service", "de", "SEO-Spam (Deutsch, holprig)", [
    ("seo", "2023-10-12 04:00", "Hallo, ich habe Ihre Website geprüft und 52 Fehler gefunden, die Ihrem Google-Ranking schaden. Ich kann Sie auf Seite 1 bringen. Darf ich Ihnen einen kostenlosen Bericht senden?"),
], folder="SPAM")
p("pv", "Holger Dietz", "SolarJetzt Franken", "Energieberater")
c("junk", "irrelevant_product", "de", "Photovoltaik generisch", [
    ("pv", "2024-04-29 09:00", "Guten Tag, sind Sie für Energiethemen in Ihrem Unternehmen zuständig? Mit unserer PV-Anlage senken Sie Ihre Stromkosten um bis zu 60 %. Kostenlose Potenzialanalyse – wann dürfen wir Sie anrufen?"),
])
p("lease", "Ben Schuster", "FlottenPlus Leasing", "Vertrieb")
c("junk", "irrelevant_product", "de", "Firmenwagen-Leasing generisch mit Nachfass", [
    ("lease", "2023-12-12 10:00", "Hallo Frau Hofmann, Jahresendaktion: E-Firmenwagen ab 199 € netto im Monat! Jetzt noch die 0,25-%-Regel nutzen. Interesse?"),
    ("lease", "2023-12-19 10:00", "Nur noch bis 31.12.! Soll ich Ihnen ein Angebot schicken?"),
])
p("bot", "Mia Schreiber", "ChatFlow KI", "Co-Founderin")
c("junk", "irrelevant_product", "de", "KI-Chatbot generisch", [
    ("bot", "2024-09-16 17:00", "Claudia, was wäre, wenn deine Website 24/7 Kundenanfragen beantwortet? Unser KI-Chatbot ist in 10 Minuten eingerichtet. Unternehmer sparen 10 Stunden pro Woche. Kurze Demo?"),
])
p("messe", "Jens Kaiser", "Kaiser Messebau", "Projektleiter")
c("junk", "irrelevant_service", "de", "Messebau – irrelevant", [
    ("messe", "2024-02-19 08:30", "Sehr geehrte Frau Hofmann, planen Sie 2024 Messeauftritte? Wir bauen individuelle Messestände zum Festpreis, deutschlandweit. Gern sende ich Ihnen unsere Referenzen."),
])
p("va", "Kristina Novak", "Remote Office Services", "Inhaberin")
c("junk", "capacity_pitch", "de", "virtuelle Assistenz", [
    ("va", "2024-08-01 06:30", "Hallo Frau Hofmann, versinken Sie im Büroalltag? Unsere virtuellen Assistentinnen übernehmen E-Mails, Termine und Buchhaltung ab 19 €/Stunde. Haben Sie diese Woche 15 Minuten für ein Kennenlernen?"),
])
p("erb", "Barrister James Okoro", "", "")
c("junk", "advance_fee_scam", "mixed", "Erbschaftsbetrug, deutsch-englisch, SPAM", [
    ("erb", "2024-06-11 02:10", "Sehr geehrte Frau Hofmann, I am contacting you regarding an unclaimed inheritance of €4.8 million from a deceased client with the same surname Hofmann. Bitte antworten Sie vertraulich for more details."),
], folder="SPAM")
p("gift", "Tanja Reich", "Werbemittel Reich", "Vertrieb")
c("junk", "irrelevant_product", "de", "Werbemittel zum Jahresende", [
    ("gift", "2023-11-02 09:00", "Hallo! Weihnachten steht vor der Tür 🎄 Überraschen Sie Ihre Kunden mit bedruckten Tassen, Kalendern und Kugelschreibern – schon ab 50 Stück. Soll ich Ihnen unseren Katalog schicken?"),
])
p("engl", "Ryan Mitchell", "ScaleUp Health Partners", "Growth Consultant")
c("junk", "irrelevant_service", "en", "English lead-gen pitch to German pharmacy", [
    ("engl", "2024-03-26 15:00", "Hi Claudia, we help healthcare businesses book 20+ new patient appointments per month with paid ads. Do you have capacity for new clients? Open to a quick 15-min call?"),
])

x.write(OUT, {
    "First Name": "Claudia", "Last Name": "Hofmann",
    "Headline": "Apothekerin | Inhaberin Pegnitz-Apotheke & Apotheke am Wöhrder See, Nürnberg",
    "Summary": "Zwei Apotheken in Nürnberg, 22 Mitarbeitende. Schwerpunkte: Rezeptur, Heimversorgung, Impfen und pharmazeutische Dienstleistungen.",
    "Industry": "Pharmacies", "Geo Location": "Nürnberg, Bayern, Deutschland",
}, [
    {"Company Name": "Pegnitz-Apotheke", "Title": "Inhaberin", "Location": "Nürnberg", "Started On": "Jan 2011"},
    {"Company Name": "Apotheke am Wöhrder See", "Title": "Inhaberin", "Location": "Nürnberg", "Started On": "Okt 2023"},
], ["Pharmazie", "Rezeptur", "Heimversorgung", "Arzneimitteltherapiesicherheit", "Personalführung"])
print(x.summary())

"""Persona: Friederike Hentschel, Orgelbaumeisterin with her own workshop in Freiberg (Saxony).

Written by hand for dev37 (blind to the detector). 2021 export layout, mostly German with
Saxon colour, a few English conversations. Running this script regenerates the persona folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-organ-builder-workshop-owner-freiberg"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Friederike Hentschel", "https://www.linkedin.com/in/friederike-hentschel-orgelbau",
               "Orgelbau Hentschel Freiberg", "Orgelbaumeisterin, Inhaberin")
ex = Export(SLUG, "2021", owner)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine

P("kv_lichtenberg", "Thomas Günther", "Ev.-Luth. Kirchgemeinde Lichtenberg/Erzgeb.", "Vorsitzender des Kirchenvorstands",
  connected="2020-09-14")
C("genuine", "inbound_lead_quote", "de", "Kirchenvorstand bittet um Kostenvoranschlag für eine Ausreinigung",
  [("kv_lichtenberg", "2020-09-14 18:30", "Sehr geehrte Frau Hentschel, unser Kantor Herr Seidel hat Sie empfohlen. Unsere Orgel (Umbau von 1962, 14 Register) ist stark verstaubt, seit dem Dachdeckerarbeiten im Frühjahr klemmen mehrere Tasten. Der Kirchenvorstand möchte eine Ausreinigung beauftragen. Könnten Sie uns einen Kostenvoranschlag machen? Wir bräuchten ihn bis Ende Oktober für den Haushaltsplan."),
   ("me", "2020-09-15 07:45", "Sehr geehrter Herr Günther, vielen Dank für die Anfrage. Ich komme gern zur Besichtigung, passt Ihnen Donnerstag, 24.9., 14 Uhr? Den Kostenvoranschlag haben Sie dann bis Mitte Oktober. Grob vorab: eine Ausreinigung in dieser Größe liegt erfahrungsgemäß zwischen 9.000 und 13.000 Euro, je nach Zustand der Pfeifen."),
   ("kv_lichtenberg", "2020-09-15 12:10", "Donnerstag 14 Uhr passt. Der Schlüssel liegt im Pfarramt. Vielen Dank!")])

P("kantor_seidel", "Matthias Seidel", "Kirchspiel Freiberg-Land", "Kantor", connected="2014-03-02")
C("genuine", "long_standing_cantor", "de", "langjähriger Kantor, Stimmung vor Weihnachten, sächsisch",
  [("kantor_seidel", "2020-12-01 21:14", "Guden Abend Friederike! Ei verbibbsch, die Trompete 8' in Weißenborn is schon wieder komplett daneben, seit die die Heizung so hochdrehn. Haste vor Heiligabend noch ä Stündchen? Sonst blamier mer uns bei \"Tochter Zion\"."),
   ("me", "2020-12-01 21:40", "Nu freilich, Matthias. Ich bin am 16. eh in Brand-Erbisdorf, da komm ich danach rüber. So gegen 15 Uhr? Und sag dem Heizungsmenschen bitte, langsam hochheizen, max. 1 Grad pro Stunde, sonst reißt mir wieder die Windlade."),
   ("kantor_seidel", "2020-12-01 21:43", "Ich richt's aus. Kaffee un Stolle steht bereit 😄")])

P("lka_bau", "Dr. Ulrike Mägdefrau", "Landeskirchenamt Sachsen, Baureferat", "Referentin Orgel- und Glockenwesen",
  connected="2017-05-10")
C("genuine", "church_building_office", "de", "Baureferat der Landeskirche zur Freigabe eines Angebots und Fördermitteln",
  [("lka_bau", "2021-02-09 10:05", "Liebe Frau Hentschel, das Angebot für die Restaurierung in Großhartmannsdorf liegt mir vor. Fachlich ist alles schlüssig. Zwei Punkte: Bitte weisen Sie die Positionen für die Rekonstruktion der Keilbälge getrennt aus, die sind förderfähig über den Denkmaltopf, der Rest läuft über den Baulastfonds. Und die Mehrwertsteuer bitte gesondert. Dann kann ich es in die Sitzung am 3. März geben."),
   ("me", "2021-02-09 14:20", "Liebe Frau Dr. Mägdefrau, danke für die schnelle Durchsicht. Ich trenne die Positionen und schicke Ihnen die überarbeitete Fassung bis Freitag."),
   ("lka_bau", "2021-02-09 14:32", "Wunderbar, danke.")])

P("denkmal", "Jens Köhler", "Landratsamt Mittelsachsen, Untere Denkmalschutzbehörde", "Sachbearbeiter", connected="2019-08-21")
C("genuine", "monument_authority", "de", "Denkmalschutzbehörde fordert Befunddokumentation vor Genehmigung",
  [("denkmal", "2021-03-22 09:00", "Guten Tag Frau Hentschel, zum Antrag auf denkmalschutzrechtliche Genehmigung (Orgel Dorfkirche Oberbobritzsch): Uns fehlt noch die Befunddokumentation zu den originalen Pfeifenbeständen, insbesondere welche Register aus der Bauzeit stammen. Ohne diese können wir nicht entscheiden. Reicht Ihnen eine Frist bis 30.04.?"),
   ("me", "2021-03-22 11:30", "Guten Tag Herr Köhler, die Befundaufnahme ist fertig, mir fehlen nur noch die Fotos vom Prinzipal 4'. Sie bekommen alles bis 15.04."),
   ("denkmal", "2021-03-22 11:45", "Prima, vielen Dank.")])

P("zinn", "Bernd Schaarschmidt", "Erzgebirgische Orgelpfeifen Schaarschmidt", "Geschäftsführer", connected="2012-11-11")
C("genuine", "supplier_price_change", "de", "Pfeifenlieferant kündigt Preiserhöhung wegen Zinnpreis an",
  [("zinn", "2021-04-06 08:15", "Hallo Friederike, ich muss dir leider ankündigen, dass wir ab 1. Mai die Preise für Zinnpfeifen um 11 % anheben. Der Zinnpreis ist seit Januar durch die Decke, du weißt ja. Für deine offene Bestellung (Gambe 8' für Mulda) gilt natürlich noch der alte Preis. Tut mir leid, ich hätt's auch lieber anders."),
   ("me", "2021-04-06 09:30", "Hallo Bernd, danke für die ehrliche Vorwarnung. Dann zieh ich die Oktave 2' für Lichtenberg gleich mit rein, bevor's teurer wird. Schick mir bitte ein Angebot dafür, gleiche Legierung wie letztes Mal, 75 % Zinn."),
   ("zinn", "2021-04-06 10:02", "Mach ich bis morgen. Grüße an die Werkstatt!")])

P("holz", "Andreas Uhlig", "Holzhandel Uhlig Olbernhau", "Inhaber", connected="2016-01-18")
C("genuine", "supplier_delivery", "de", "Holzhändler zu Eichenlieferung, Trocknung und Preis",
  [("me", "2020-10-20 16:00", "Hallo Herr Uhlig, ich bräuchte für die Windlade in Oberbobritzsch ca. 0,8 m³ Eiche, luftgetrocknet, mindestens 5 Jahre, astfrei, 40 und 60 mm. Haben Sie das da?"),
   ("holz", "2020-10-21 07:30", "Guden Morgen Frau Hentschel, 60 mm hab ich in der Qualität noch da, 40 mm müsst ich aus der Charge vom Frühjahr nehmen, die is erst 4 Jahre. Preis 3.100 €/m³ netto. Soll ich Ihnen Fotos schicken?"),
   ("me", "2020-10-21 08:10", "Ja bitte, und ich komm am Samstag vorbei und guck's mir an.")])

P("peer_brandt", "Sebastian Brandt", "Orgelwerkstatt Brandt Bautzen", "Orgelbaumeister", connected="2015-06-30")
C("genuine", "peer_joint_offer", "de", "Kollege schlägt gemeinsames Angebot (ARGE) für eine große Ausschreibung vor",
  [("peer_brandt", "2021-05-11 19:20", "Hallo Friederike, hast du die Ausschreibung für die Restaurierung in Zittau gesehen? 38 Register, viel zu groß für einen von uns allein. Wie wär's mit einer ARGE? Ich mach Windladen und Traktur, du die Pfeifen und Intonation, wir teilen nach Aufwand. Abgabe ist der 14. Juni."),
   ("me", "2021-05-11 20:45", "Hallo Sebastian, hab's gesehen und dachte genau dasselbe. Ich bin dabei, aber wir sollten vorher klären, wer gegenüber der Gemeinde haftet und wer die Bauleitung hat. Telefonieren wir Donnerstag?"),
   ("peer_brandt", "2021-05-11 20:51", "Donnerstag 18 Uhr. Ich setz schon mal einen ARGE-Vertrag auf.")])

P("azubi_bew", "Lukas Reinhold", "", "Schüler", connected="2021-01-25")
C("genuine", "job_applicant", "de", "Bewerbung um einen Ausbildungsplatz als Orgelbauer",
  [("azubi_bew", "2021-01-25 17:05", "Sehr geehrte Frau Hentschel, ich mache im Sommer mein Abitur am Geschwister-Scholl-Gymnasium und möchte unbedingt Orgelbauer werden. Ich spiele seit 8 Jahren Klavier und seit 2 Jahren Orgel bei uns in der Kirche, und ich baue gern mit Holz. Bilden Sie 2021 aus? Ich würde gern ein Praktikum machen und mich dann bewerben."),
   ("me", "2021-01-26 08:00", "Lieber Herr Reinhold, das freut mich sehr. Ja, ab 1. August ist ein Ausbildungsplatz frei. Kommen Sie in den Winterferien eine Woche zum Praktikum, dann sehen wir beide, ob es passt. Melden Sie sich telefonisch in der Werkstatt."),
   ("azubi_bew", "2021-01-26 09:12", "Vielen Dank!! Ich rufe heute Nachmittag an.")])

P("azubi", "Paula Weigelt", "Orgelbau Hentschel Freiberg", "Auszubildende Orgelbauerin", connected="2019-09-01")
C("genuine", "apprentice", "de", "eigene Auszubildende zur Berufsschule, duzt, kurz",
  [("azubi", "2021-03-01 06:50", "Morgen Chefin, der Zug nach Ludwigsburg fällt aus, ich komm erst morgen zum Blockunterricht hin. Hab der Schule schon Bescheid gesagt. Soll ich heute noch in die Werkstatt kommen und die Kernspalten am Gedackt fertig machen?"),
   ("me", "2021-03-01 07:05", "Morgen Paula, ja gern, aber mach nur die ersten zwei Oktaven, den Rest zeig ich dir wenn du zurück bist. Und nimm die Fahrkarte mit, die Bahn muss dir das erstatten."),
   ("azubi", "2021-03-01 07:06", "👍")])

P("orgelsommer", "Katrin Oertel", "Freiberger Orgelsommer e.V.", "Geschäftsführerin", connected="2018-04-04")
C("genuine", "event_invitation_contact", "de", "Konzertveranstalter lädt zu Werkstattführung im Orgelsommer ein, Honorar",
  [("orgelsommer", "2021-04-28 13:00", "Liebe Friederike, der Orgelsommer findet dieses Jahr wieder statt (mit Abstand und Anmeldung). Hättest du Lust, am 7. August eine Werkstattführung für 20 Leute zu machen? Wir zahlen wie 2019 ein Honorar von 250 € und bringen Kuchen mit."),
   ("me", "2021-04-28 18:30", "Liebe Katrin, sehr gern! Der 7. passt. Mehr als 20 dürfen's aber wirklich nicht sein, sonst stehen die Leute im Pfeifenlager."),
   ("orgelsommer", "2021-04-28 18:45", "Max. 20, versprochen. Danke dir!")])

P("presse", "Henrike Lorenz", "Mittelsächsischer Anzeiger", "Redakteurin Kultur", connected="2021-06-02")
C("genuine", "journalist_request", "de", "Journalistin möchte Bericht über Restaurierung, Termin",
  [("presse", "2021-06-02 11:15", "Guten Tag Frau Hentschel, ich schreibe für die Wochenendausgabe über die Restaurierung der Orgel in Großhartmannsdorf. Dürfte ich Sie mit Fotografin in der Werkstatt besuchen, wenn die Pfeifen dort sind? Gern auch über das Thema Frauen im Orgelbau, wenn Sie mögen."),
   ("me", "2021-06-02 16:40", "Guten Tag Frau Lorenz, gern. Nächsten Dienstag sind die Prospektpfeifen hier, das sieht schön aus. Zum zweiten Thema: gern, aber bitte nicht als Hauptthema, die Orgel ist die Hauptperson 😉"),
   ("presse", "2021-06-02 16:55", "Einverstanden. Dienstag 10 Uhr?"),
   ("me", "2021-06-02 17:01", "Passt.")])

P("recruiter_hw", "Marco Lindner", "Handwerk Direkt Personal", "Personalberater Handwerk", connected="2020-11-03")
C("genuine", "recruiter_engaged", "de", "beauftragter Personalberater meldet Kandidaten für Gesellenstelle, Honorar",
  [("me", "2020-11-03 09:00", "Hallo Herr Lindner, wie besprochen: Wir suchen einen Orgelbaugesellen oder Tischlergesellen mit Interesse am Orgelbau, Vollzeit, ab Frühjahr. Ihr Honorar sind 2 Bruttomonatsgehälter bei Einstellung, richtig?"),
   ("recruiter_hw", "2020-11-03 10:20", "Richtig, und fällig erst nach der Probezeit. Orgelbau ist ein kleiner Markt, ich schau auch in Tschechien und bei den Tischlern mit Instrumentenbau-Hintergrund."),
   ("recruiter_hw", "2021-01-12 14:00", "Ich habe zwei Kandidaten: einen Tischlergesellen aus Annaberg, der bei einem Klavierbauer gelernt hat, und einen Orgelbaugesellen aus Most, gutes Deutsch. Unterlagen per Mail. Sollen wir Probearbeiten vereinbaren?"),
   ("me", "2021-01-12 15:30", "Ja, beide bitte, gern in der KW 4.")])

P("kantorin_h", "Johanna Fiedler", "Ev.-Luth. Kirchgemeinde Mulda", "Kantorin", connected="2018-02-12")
C("genuine", "owner_started_feedback", "de", "Inhaberin fragt Kantorin nach Eindruck zur Intonation",
  [("me", "2021-05-17 20:00", "Liebe Johanna, jetzt wo die Gambe drin ist: Wie klingt sie dir im Raum? Ich war mir beim c' bis e'' unsicher, ob sie nicht zu streicherhaft geworden ist neben dem Prinzipal."),
   ("kantorin_h", "2021-05-18 08:30", "Liebe Friederike, sie ist wunderschön! Im Plenum verschwindet sie etwas, aber solo ist sie genau richtig. Das c'' ist vielleicht einen Hauch lauter als die Nachbarn. Kommst du vor Pfingsten noch mal?"),
   ("me", "2021-05-18 08:45", "Danke, das c'' nehm ich mir vor. Ich komm am Freitag.")])

P("leder", "Gisela Wunderlich", "Lederhandlung Wunderlich Leipzig", "Inhaberin", connected="2013-05-05")
C("genuine", "owner_started_quote", "de", "Inhaberin bittet Lederhandlung um Angebot für Balgleder",
  [("me", "2021-02-15 13:10", "Liebe Frau Wunderlich, ich brauche für zwei Keilbälge Schafleder, alaungegerbt, ca. 14 m² insgesamt, dazu Zickelleder für die Ecken. Können Sie mir ein Angebot machen? Lieferung bis Ende März wäre ideal."),
   ("leder", "2021-02-16 09:20", "Liebe Frau Hentschel, Schafleder alaungegerbt haben wir, 14 m² à 58 €/m², Zickel 12 Felle à 24 €. Lieferung in 2 Wochen. Soll ich gleich reservieren?"),
   ("me", "2021-02-16 09:45", "Ja bitte reservieren, Bestellung kommt heute per Mail.")])

# near-duplicate congratulations after the inauguration in Großhartmannsdorf
P("glw1", "Pfarrer Stefan Kunze", "Ev.-Luth. Kirchgemeinde Großhartmannsdorf", "Pfarrer", connected="2020-01-15")
P("glw2", "Ingrid Rudolph", "Förderverein Dorfkirche Großhartmannsdorf", "Vorsitzende", connected="2020-03-09")
P("glw3", "Christoph Beyer", "Hochschule für Kirchenmusik Dresden", "Organist", connected="2019-10-10")
C("genuine", "congrats_after_event", "de", "Glückwunsch nach der Orgelweihe in Großhartmannsdorf (1 von 3)",
  [("glw1", "2021-09-12 19:30", "Liebe Frau Hentschel, herzlichen Glückwunsch und von Herzen Dank für die wunderbare Orgel! Die Kirche war voll, viele hatten Tränen in den Augen. Gottes Segen für Sie und Ihre Werkstatt."),
   ("me", "2021-09-12 20:10", "Lieber Herr Pfarrer Kunze, danke, es war ein bewegender Tag. Grüßen Sie bitte die ganze Gemeinde.")])
C("genuine", "congrats_after_event", "de", "Glückwunsch nach der Orgelweihe in Großhartmannsdorf (2 von 3)",
  [("glw2", "2021-09-13 08:05", "Liebe Frau Hentschel, herzlichen Glückwunsch zur gelungenen Orgelweihe! Der Förderverein ist stolz, dass sich die sieben Jahre Spendensammeln so gelohnt haben. Danke für alles!")])
C("genuine", "congrats_after_event", "de", "Glückwunsch nach der Orgelweihe in Großhartmannsdorf (3 von 3)",
  [("glw3", "2021-09-13 22:40", "Herzlichen Glückwunsch zur Orgelweihe gestern! Das Einweihungskonzert zu spielen war mir eine große Freude, die Zungen sind traumhaft geworden. Danke für die Einladung."),
   ("me", "2021-09-14 07:30", "Danke Christoph, du hast sie wunderbar vorgeführt! Bis bald.")])

P("mentor", "Wolfgang Ebert", "Orgelbau Ebert (im Ruhestand)", "Orgelbaumeister i.R.", connected="2011-07-01")
C("genuine", "long_standing_mentor", "de", "ehemaliger Lehrmeister im Ruhestand, Plausch",
  [("mentor", "2021-01-06 15:00", "Gudn Tach Mädl, ich hab im Radio gehört, dass du die Großhartmannsdorfer Orgel machst. Da hab ich 1978 als Geselle drin gelegen und die Trakturwinkel geflickt, mit Leukoplast, weil's nischt gab. Pass uff, die sin vielleicht noch drin 😄"),
   ("me", "2021-01-06 17:20", "Wolfgang! Ich hab tatsächlich Leukoplast gefunden und mich gefragt, wer das war 😂 Komm doch zur Einweihung im September, ich setz dich in die erste Reihe."),
   ("mentor", "2021-01-06 17:45", "Nu da komm ich. Grüß mir die Werkstatt.")])

P("nl_colleague", "Jeroen van Dijk", "Van Dijk Orgelmakers Zwolle", "Organ builder", connected="2016-09-25")
C("genuine", "peer_international", "en", "Dutch colleague asks to share a voicing specialist, English",
  [("nl_colleague", "2021-06-21 09:40", "Hi Friederike, hope all is well in Freiberg. Quick question: is Tomáš still voicing for you in July? We have a reed job in Kampen that needs him for about a week and I'd rather not steal him in the middle of your project. Could we split his summer?"),
   ("me", "2021-06-21 12:15", "Hi Jeroen! He's with me until 16 July, after that he's free as far as I know. Take him from the 19th, just give him a week off in between, he's been working like mad."),
   ("nl_colleague", "2021-06-21 12:30", "Perfect, thanks. Dank je wel!")])

P("us_organist", "Rebecca Hollander", "St. Mark's Episcopal Church, Philadelphia", "Director of Music", connected="2021-07-02")
C("genuine", "visit_request", "en", "American organist asks to visit the workshop on a Silbermann study trip",
  [("us_organist", "2021-07-02 15:00", "Dear Ms. Hentschel, I'm leading a small study tour of Saxon organs in May 2022 (about 12 organists). We'll be in Freiberg for two days. Would it be possible to visit your workshop for an hour? Happy to make a donation to a project of your choice."),
   ("me", "2021-07-03 09:30", "Dear Ms. Hollander, you are very welcome. A weekday afternoon is best, and if we're lucky there will be an instrument half-dismantled so your group can see inside. No donation necessary, but the Förderverein in Mulda would be grateful for one."),
   ("us_organist", "2021-07-03 14:00", "Wonderful, thank you! I'll be in touch with dates.")])

P("versicherung", "Ralf Tänzer", "Tänzer Versicherungsmakler", "Versicherungsmakler", connected="2015-02-02")
C("genuine", "existing_vendor_price_change", "de", "eigener Versicherungsmakler: Haftpflicht wird teurer",
  [("versicherung", "2021-11-02 10:00", "Hallo Frau Hentschel, die Betriebshaftpflicht-Versicherung erhöht zum 1.1. den Beitrag um 9 %, Begründung gestiegene Schadenaufwendungen im Handwerk. Ich habe alternativ bei zwei anderen Versicherern angefragt, eins ist 40 € günstiger, deckt aber Schäden an Kundeninstrumenten nur bis 250.000 €. Das wäre mir bei Ihren Restaurierungen zu knapp. Meine Empfehlung: bleiben."),
   ("me", "2021-11-02 12:00", "Danke Herr Tänzer, sehe ich genauso. Dann bleiben wir.")])

P("hwk", "Dietmar Pöschel", "Handwerkskammer Chemnitz", "Abteilung Meisterprüfung", connected="2017-03-14")
C("genuine", "exam_committee", "de", "Handwerkskammer bittet sie in den Prüfungsausschuss",
  [("hwk", "2021-02-22 11:00", "Sehr geehrte Frau Hentschel, für die Meisterprüfung im Orgel- und Harmoniumbauerhandwerk im Herbst suchen wir noch eine Beisitzerin für den Prüfungsausschuss. Ihre Kollegin Frau Lange hat Sie vorgeschlagen. Die Entschädigung richtet sich nach der Entschädigungsordnung. Hätten Sie grundsätzlich Interesse?"),
   ("me", "2021-02-22 15:10", "Sehr geehrter Herr Pöschel, grundsätzlich ja. Bitte senden Sie mir die Termine, im Oktober habe ich eine Montage in Zittau, da wird's eng.")])

P("wartung", "Heike Pfüller", "Ev.-Luth. Kirchgemeinde Brand-Erbisdorf", "Verwaltungsmitarbeiterin", connected="2016-06-06")
C("genuine", "contract_renewal", "de", "Kirchgemeinde verlängert Wartungsvertrag, Preisanpassung",
  [("wartung", "2021-01-18 09:20", "Guten Morgen Frau Hentschel, unser Wartungsvertrag für die beiden Orgeln läuft Ende März aus. Der Kirchenvorstand möchte gern verlängern. Bleibt es bei 2 Stimmungen pro Jahr zum bisherigen Preis?"),
   ("me", "2021-01-18 12:00", "Guten Morgen Frau Pfüller, schön, dass Sie verlängern möchten! Leider muss ich ab April 5 % mehr nehmen, also 620 € statt 590 € pro Jahr für beide Instrumente inkl. Anfahrt. Ich schicke Ihnen den neuen Vertrag."),
   ("wartung", "2021-01-18 12:30", "Das ist in Ordnung, danke.")])

P("ensemble_uk", "Oliver Pembroke", "The Severn Consort", "Artistic Director", connected="2021-08-16")
C("genuine", "inbound_lead_buy", "en", "UK early-music ensemble wants to buy a continuo organ, English",
  [("ensemble_uk", "2021-08-16 11:00", "Dear Friederike, a colleague in Leipzig played your continuo organ at a festival and raved about it. Our ensemble is looking to buy one: 4 stops (8' 4' 2' and a Quint if possible), transposing keyboard 415/440/465, must fit through a standard door and in a van. Could you give us a rough price and lead time? We'd need it for autumn 2022."),
   ("me", "2021-08-17 08:30", "Dear Oliver, thank you! That specification is exactly what I build. Rough price 38,000-42,000 EUR net depending on the case wood, lead time around 10 months, so autumn 2022 is possible if we agree by October. Shall we have a video call next week?"),
   ("ensemble_uk", "2021-08-17 09:00", "Yes please, Tuesday any time after 2pm your time.")])

P("museum", "Dr. Sabine Wendt", "Stadt- und Bergbaumuseum Freiberg", "Kuratorin", connected="2020-02-28")
C("genuine", "loan_request", "de", "Museum fragt nach Leihgabe historischer Pfeifen für Ausstellung",
  [("museum", "2020-10-05 14:00", "Liebe Frau Hentschel, für unsere Ausstellung zu Handwerk und Silberbergbau suchen wir Anschauungsstücke zum Orgelbau. Hätten Sie ausgebaute historische Pfeifen, die Sie uns für ein halbes Jahr leihen würden? Versicherung und Transport übernehmen wir natürlich."),
   ("me", "2020-10-05 19:00", "Liebe Frau Dr. Wendt, ich habe einige ausgemusterte Pfeifen aus dem 19. Jh., die nicht zurück ins Instrument gehen. Kommen Sie gern vorbei und suchen Sie aus.")])

P("foerderverein", "Renate Börner", "Förderverein Kirche Mulda", "Schatzmeisterin", connected="2019-05-19")
C("genuine", "invoice_split_funding", "de", "Förderverein braucht Rechnungsaufteilung für Fördermittel",
  [("foerderverein", "2021-06-30 17:10", "Liebe Frau Hentschel, für den Verwendungsnachweis bei der Stiftung brauchen wir die Schlussrechnung aufgeteilt: Gambe 8' (gefördert) und die übrigen Arbeiten (Eigenmittel). Geht das nachträglich? Sonst bekommen wir die 6.000 € nicht."),
   ("me", "2021-07-01 08:20", "Liebe Frau Börner, natürlich, das mache ich heute noch. Sie bekommen zwei Rechnungen mit gleichem Gesamtbetrag und ich storniere die alte.")])

P("pfarrer_spam", "Pfarrer Andreas Drechsel", "Kirchgemeinde Dorfchemnitz", "Pfarrer", connected="2021-10-19")
C("genuine", "customer_in_spam", "de", "Pfarrer meldet Mäuseschaden an der Orgel, im SPAM-Ordner gelandet",
  [("pfarrer_spam", "2021-10-19 20:45", "Sehr geehrte Frau Hentschel, entschuldigen Sie die Nachricht über dieses Portal, Ihre Telefonnummer erreicht immer nur den AB. In unserer Orgel haben Mäuse genistet, einige Pfeifen heulen, und im Spieltisch liegt Papier, das angeknabbert ist. Können Sie sich das ansehen? Wir haben am 1. Advent Gottesdienst."),
   ("me", "2021-10-25 07:30", "Sehr geehrter Herr Pfarrer Drechsel, entschuldigen Sie die späte Antwort, Ihre Nachricht war im Spam gelandet. Ich komme Donnerstag früh vorbei. Bitte bis dahin keine Giftköder in die Orgel legen, dann sterben die Tiere darin."),
   ("pfarrer_spam", "2021-10-25 09:00", "Danke, das war knapp, der Küster wollte genau das tun!")],
  folder="SPAM")

P("sachverst", "Prof. Konrad Meißner", "Landeskirche Sachsen", "Orgelsachverständiger", connected="2014-09-09")
C("genuine", "organ_consultant", "de", "Orgelsachverständiger mit Rückfragen zum Angebot",
  [("sachverst", "2021-03-30 08:45", "Liebe Frau Hentschel, beim Angebot Oberbobritzsch frage ich mich, ob die neue Windlade wirklich nötig ist oder ob eine Restaurierung der alten möglich wäre. Die Denkmalpflege wird das fragen. Haben Sie Fotos vom Zustand der Schleifen?"),
   ("me", "2021-03-30 10:15", "Lieber Herr Prof. Meißner, die Fotos schicke ich per Mail. Kurz: Der Stock ist an drei Stellen durchgerissen, das Holz ist vom Holzwurm so zerfressen, dass es nicht mehr hält. Ich würde die alte Lade dokumentieren und einlagern."),
   ("sachverst", "2021-03-30 11:00", "Einverstanden, dann schreibe ich das so ins Gutachten.")])

P("grp_kv", "Ute Haase", "Ev.-Luth. Kirchgemeinde Großhartmannsdorf", "Kirchenvorsteherin", connected="2020-01-15")
P("grp_kantor", "Felix Nestler", "Ev.-Luth. Kirchgemeinde Großhartmannsdorf", "Kantor", connected="2020-01-20")
C("genuine", "group_planning", "de", "Gruppenunterhaltung mit Kirchenvorstand und Kantor zur Abnahme",
  [("grp_kv", "2021-08-23 19:00", "Liebe alle, für die Abnahme am 6.9.: Herr Prof. Meißner kommt um 10 Uhr, danach Mittagessen im Gemeindehaus. Frau Hentschel, brauchen Sie noch etwas vor Ort?"),
   ("me", "2021-08-23 19:30", "Strom an der Empore und dass die Heizung aus bleibt, sonst nichts. Danke!"),
   ("grp_kantor", "2021-08-23 20:10", "Ich bring Noten zum Vorspielen mit, Bach und ein bisschen Mendelssohn, damit man alle Register hört."),
   ("grp_kv", "2021-08-23 20:15", "Prima 👍")],
  title="Orgel Großhartmannsdorf Abnahme")

P("freundin", "Claudia Neubert", "TU Bergakademie Freiberg", "Wissenschaftliche Mitarbeiterin", connected="2012-10-01")
C("genuine", "friend_small_talk", "de", "Freundin, Weihnachtsmarkt und Bergparade, sächsisch",
  [("freundin", "2020-11-25 21:00", "Nu, dieses Jahr kee Christmarkt un keene Bergparade, ich könnt heulen. Wolln mir wenigstens bei dir im Hof Glühwein trinken, mit Abstand? Ich bring Pfefferkuchen mit."),
   ("me", "2020-11-25 21:30", "Unbedingt. Samstag um 5? Ich mach Feuer in der Schale."),
   ("freundin", "2020-11-25 21:31", "Gebongt 🕯️")])

P("exazubi", "Tobias Richter", "Orgelbau Kreienbrink Osnabrück", "Orgelbauer", connected="2017-08-01")
C("genuine", "reference_request", "de", "ehemaliger Azubi bittet um Zeugnis/Referenz",
  [("exazubi", "2021-05-25 18:00", "Hallo Friederike, ich bewerbe mich für die Meisterschule im Herbst und bräuchte ein aktuelles Arbeitszeugnis oder eine kurze Referenz von dir, weil ich ja bei dir gelernt hab. Wäre das möglich? Grüße aus dem Norden"),
   ("me", "2021-05-25 20:30", "Hallo Tobi, na klar, und Glückwunsch zur Entscheidung! Du kriegst es bis Ende nächster Woche. Grüß den Kreienbrink-Meister von mir.")])

P("tischler", "Rico Heinrich", "Tischlerei Heinrich Halsbrücke", "Tischlermeister", connected="2015-04-20")
C("genuine", "owner_started_subcontractor_quote", "de", "Inhaberin fragt Tischler nach Angebot für Gehäuseteile",
  [("me", "2021-06-08 07:30", "Hallo Rico, kannst du mir für die Truhenorgel für England das Gehäuse in Kirsche machen? Zeichnung schick ich dir. Was würde das kosten, und schaffst du's bis Februar?"),
   ("tischler", "2021-06-08 12:00", "Hallo Friederike, nach Zeichnung ca. 4.800 € netto inkl. Oberfläche Schellack. Februar schaff ich, wenn ich das Holz bis November hab."),
   ("me", "2021-06-08 12:20", "Holz besorg ich dir über Uhlig. Abgemacht.")])

P("elektro", "Steffen Wolf", "Elektro Wolf Freiberg", "Elektromeister", connected="2018-12-12")
C("genuine", "service_quote", "de", "Elektriker für Orgelgebläse, Angebot",
  [("elektro", "2021-02-02 16:00", "Hallo Frau Hentschel, hab mir den Gebläsemotor in Mulda angeschaut. Die Wicklung ist hin. Neuer Motor mit Sanftanlauf wären 1.280 € plus Einbau ca. 4 Stunden. Soll ich bestellen?"),
   ("me", "2021-02-02 17:00", "Hallo Herr Wolf, ja bitte, aber vorher mit Frau Börner vom Förderverein abstimmen, die zahlt. Danke!")])

P("hfkm", "Prof. Dr. Almut Richter", "Hochschule für Kirchenmusik Dresden", "Professorin Orgelkunde", connected="2018-10-15")
C("genuine", "university_excursion", "de", "Hochschule fragt nach Exkursion von Studierenden in die Werkstatt",
  [("hfkm", "2021-04-19 10:00", "Liebe Frau Hentschel, dürfen wir im Juni wieder mit dem Orgelkunde-Kurs (8 Studierende) zu Ihnen kommen? Letztes Mal war der Besuch das Highlight des Semesters. Gern mit einer kleinen Intonationsvorführung."),
   ("me", "2021-04-19 13:30", "Liebe Frau Prof. Richter, gern! Am besten am 17. oder 24. Juni, vormittags. Dann zeig ich die Gambe für Mulda, da kann man schön Kernstiche zeigen.")])

P("leihe", "Dorothea Schubert", "Dresdner Kammerchor Cantamus", "Künstlerische Leiterin", connected="2019-11-20")
C("genuine", "inbound_lead_rental", "de", "Chorleiterin möchte Truhenorgel für Passionskonzerte mieten, fragt nach Preis",
  [("leihe", "2021-01-14 12:30", "Liebe Frau Hentschel, wir führen im März die Johannespassion auf, dreimal (Dresden, Meißen, Freiberg). Können wir wieder Ihre Truhenorgel mieten, und was kostet sie inzwischen inkl. Transport und Stimmung vor jedem Konzert? Letztes Mal waren es 900 € glaube ich."),
   ("me", "2021-01-14 18:00", "Liebe Frau Schubert, ja, sie ist frei. Für drei Konzerte mit Transport und Stimmung vor Ort wären es diesmal 1.050 €, weil ich nach Meißen zusätzlich fahren muss. Stimmung auf 415 oder 440?"),
   ("leihe", "2021-01-14 18:20", "440 bitte. Das passt, ich schicke die Termine.")])

# ---------------------------------------------------------------- wanted pitches

P("w_software", "Nadine Kretzschmar", "Handwerkerbüro Digital", "Vertrieb", connected="2021-03-15")
C("wanted_pitch", "software_tailored_post", "de", "Handwerkersoftware bezieht sich auf ihren Beitrag über Kostenvoranschläge in Word",
  [("w_software", "2021-03-15 10:00", "Guten Tag Frau Hentschel, in Ihrem Beitrag von letzter Woche schrieben Sie, dass Sie für einen Kostenvoranschlag einer Restaurierung zwei Abende in Word sitzen, weil das Landeskirchenamt förderfähige und nicht förderfähige Positionen getrennt haben will. Genau dafür haben wir in unserer Angebotssoftware Positionsgruppen mit getrennten Zwischensummen und MwSt. Ich würde Ihnen gern an einem echten Angebot von Ihnen zeigen, wie das aussähe (30 Minuten, online). Kosten: 29 € im Monat, monatlich kündbar."),
   ("me", "2021-03-15 18:00", "Das klingt tatsächlich nützlich. Nächste Woche Mittwoch 16 Uhr?")])

P("w_holz", "Matthias Lötzsch", "Tonholz Erzgebirge", "Inhaber", connected="2020-09-13")
C("wanted_pitch", "supplier_visited_open_day", "de", "Klangholzhändler war beim Tag des offenen Denkmals in ihrer Werkstatt",
  [("w_holz", "2020-09-13 20:00", "Guten Abend Frau Hentschel, ich war heute beim Tag des offenen Denkmals bei Ihnen in der Werkstatt, sehr beeindruckend. Bei der Führung an der Hobelbank sagten Sie, Sie bekommen kaum noch langsam gewachsene Bergfichte für Gedackte. Wir schneiden Fichte aus Hochlagen um Oberwiesenthal, mindestens 8 Jahresringe pro cm. Ich bringe gern ein Musterbrett vorbei."),
   ("me", "2020-09-14 07:30", "Guten Morgen, ja bitte, das ist wirklich ein Problem. Bringen Sie gern zwei Bretter vorbei.")])

P("w_foerder", "Dr. Kerstin Hauffe", "Hauffe Fördermittelberatung", "Beraterin Denkmalförderung", connected="2021-05-20")
C("wanted_pitch", "consultant_public_tender", "de", "Fördermittelberaterin bezieht sich auf die öffentliche Ausschreibung Zittau",
  [("w_foerder", "2021-05-20 09:00", "Sehr geehrte Frau Hentschel, ich habe auf der Vergabeplattform gesehen, dass die Orgelrestaurierung in Zittau ausgeschrieben ist, und dass Sie in Mulda schon mit Stiftungsgeldern gearbeitet haben. Bei Instrumenten dieser Größe verlangen Bund und Stiftung Denkmalschutz eine Befunddokumentation nach ihren Vorgaben, das kostet Bieter oft Punkte. Ich unterstütze Werkstätten bei genau diesem Teil, auf Stundenbasis (85 €). Falls Sie mitbieten, sprechen Sie mich gern an.")])

P("w_foto", "Katja Reuter", "Reuter Architektur- und Objektfotografie", "Fotografin", connected="2021-07-08")
C("wanted_pitch", "photographer_talk_attended", "de", "Fotografin war bei ihrem Vortrag auf der Orgeltagung",
  [("w_foto", "2021-07-08 11:20", "Liebe Frau Hentschel, ich habe Ihren Vortrag bei der Orgeltagung in Leipzig gehört, besonders die Stelle, wo Sie sagten, dass Ihre Befundfotos im dunklen Gehäuse \"meistens nur Taschenlampe und Staub\" zeigen. Ich fotografiere für das Landesamt für Denkmalpflege, auch in engen Räumen mit Dauerlicht. Für eine Befunddokumentation einer Dorforgel rechne ich etwa einen Tag, 650 € inkl. Bearbeitung. Vielleicht beim nächsten Projekt?"),
   ("me", "2021-07-08 19:00", "Ha, ertappt. Für Oberbobritzsch im Herbst wäre das eine Überlegung wert. Schicken Sie mir ein paar Beispiele?")])

P("w_zungen", "Jan Hermsdorf", "Zungenpfeifenwerkstatt Hermsdorf", "Zungenmacher", connected="2021-02-01")
C("wanted_pitch", "supplier_mutual_contact", "de", "Zungenmacher auf Empfehlung von Kantor Matthias Seidel",
  [("w_zungen", "2021-02-01 14:30", "Hallo Frau Hentschel, Matthias Seidel hat mir erzählt, dass die Trompete in Weißenborn dauernd verstimmt ist und Sie überlegen, neue Zungen und Kehlen zu machen. Ich habe mich auf Zungenstimmen nach sächsischen Vorbildern spezialisiert und hätte im Frühjahr Kapazität. Gern schicke ich Ihnen Klangbeispiele und ein Angebot für die 8'-Trompete."),
   ("me", "2021-02-02 08:00", "Hallo Herr Hermsdorf, ja, schicken Sie gern. Matthias hat recht, ich kämpfe mit dem Register seit Jahren.")])

P("w_recruiter", "Petra Šimková", "OrganPeople", "Personalvermittlung Instrumentenbau", connected="2021-04-12")
C("wanted_pitch", "recruiter_relevant_candidate", "de", "Vermittlerin mit Intonateur-Kandidatin, bezieht sich auf ihre Stellenanzeige",
  [("w_recruiter", "2021-04-12 13:00", "Guten Tag Frau Hentschel, Sie suchen laut Ihrer Anzeige bei der Handwerkskammer einen Gesellen, gern mit Intonationserfahrung. Ich vermittle ausschließlich im Instrumentenbau. Eine Kandidatin, Orgelbauerin aus Jihlava, 7 Jahre bei einer tschechischen Werkstatt, Schwerpunkt Labialintonation, möchte nach Sachsen ziehen. Honorar 15 % des Jahresgehalts, nur bei Einstellung. Darf ich Ihnen das Profil schicken?"),
   ("me", "2021-04-12 16:00", "Ja, bitte. Ich arbeite zwar schon mit einem Personalberater, aber Intonation hat der bisher nicht gefunden.")])

P("w_klima", "Uwe Schmiedel", "KirchKlima Sachsen", "Projektleiter", connected="2021-01-28")
C("wanted_pitch", "specific_problem_named", "de", "Klimatechnik-Anbieter nennt den konkreten Windladenriss durch Heizen",
  [("w_klima", "2021-01-28 09:30", "Guten Tag Frau Hentschel, Sie haben nach Weihnachten gepostet, dass in Weißenborn die Windlade gerissen ist, weil die Kirche für den Gottesdienst von 5 auf 18 Grad hochgeheizt wurde. Wir bauen Heizungssteuerungen für Kirchen, die die Aufheizrate begrenzen und die Feuchte protokollieren. Für eine Dorfkirche liegt das bei ca. 3.500 €. Könnten Sie sich vorstellen, so etwas Ihren Gemeinden zu empfehlen, wenn es funktioniert? Ich würde Ihnen gern die Messdaten aus Rochlitz zeigen."),
   ("me", "2021-01-28 12:00", "Grundsätzlich ja, ich erzähle das den Gemeinden seit Jahren. Schicken Sie mir die Messdaten.")])

P("w_leather_uk", "Helen Ashcroft", "Ashcroft Historic Leathers", "Tanner", connected="2021-09-28")
C("wanted_pitch", "supplier_article_read", "en", "English tanner read her article on bellows leather, English",
  [("w_leather_uk", "2021-09-28 10:00", "Dear Ms Hentschel, I read your article in Orgel-Journal about restoring wedge bellows with alum-tawed sheepskin, and your remark that the leather you get today is too thick and stiff at the folds. We make alum-tawed skins by hand in Yorkshire and can split them to 0.6-0.8 mm. I'd be happy to send a sample skin free of charge so you can test it on a fold. No obligation at all."),
   ("me", "2021-09-28 15:00", "Dear Ms Ashcroft, a sample would be very welcome, thank you. Please send it to the workshop address.")])

P("w_web", "Jonas Meinel", "Meinel Webdesign Freiberg", "Webentwickler", connected="2021-10-04")
C("wanted_pitch", "web_site_problem", "de", "Webdesigner bemerkt fehlende Referenzliste und kaputte Bildergalerie auf ihrer Seite",
  [("w_web", "2021-10-04 17:00", "Hallo Frau Hentschel, ich bin Freiberger und hab nach dem Zeitungsartikel Ihre Webseite angeschaut. Die Bildergalerie lädt auf dem Handy nicht (die Seite ist noch auf einem alten Baukasten mit Flash-Bildern), und es gibt keine Referenzliste, obwohl Sie so viele Kirchen gemacht haben. Gerade Kirchenvorstände suchen danach. Ich würde eine einfache Seite mit Referenzkarte für ca. 1.800 € bauen. Schauen Sie gern meine Seite für die Glockengießerei an."),
   ("me", "2021-10-05 08:00", "Flash... peinlich. Rufen Sie mich nächste Woche an.")])

P("w_mensur", "Dr. Felix Arnold", "Arnold Akustik & Messtechnik", "Geschäftsführer", connected="2021-06-15")
C("wanted_pitch", "tools_setup", "de", "Messtechnikfirma bezieht sich auf ihre Excel-Mensurtabellen",
  [("w_mensur", "2021-06-15 14:00", "Guten Tag Frau Hentschel, auf Ihrem Foto zur Großhartmannsdorfer Orgel sieht man auf dem Laptop eine Excel-Tabelle mit Mensuren, die Sie offenbar von Hand aus Messschieber-Werten eintragen. Wir haben ein Messsystem, das Durchmesser, Aufschnitt und Labienbreite einer Pfeife optisch erfasst und direkt als Mensurkurve ausgibt. Für Restaurierungswerkstätten vermieten wir es auch wochenweise (380 €/Woche). Interesse an einer Vorführung?")])

P("w_transport", "Mandy Göhler", "Göhler Spezialtransporte", "Disposition", connected="2021-06-10")
C("wanted_pitch", "transport_press_item", "de", "Instrumententransporteur bezieht sich auf Zeitungsartikel zum Orgeltransport",
  [("w_transport", "2021-06-10 08:30", "Guten Morgen Frau Hentschel, im Mittelsächsischen Anzeiger stand, dass die Prospektpfeifen aus Großhartmannsdorf bei Ihnen in der Werkstatt sind und im August zurück sollen. Wir transportieren Flügel und Orgelteile mit Luftfederung und Klimakoffer, auch für große Konzertsäle. Für so eine Strecke wären wir bei etwa 480 €. Falls Sie noch keinen Transport haben, melden Sie sich gern.")])

P("w_holzwurm", "Gerd Lehmann", "Lehmann Holzschutz", "Sachverständiger Holzschutz", connected="2021-04-02")
C("wanted_pitch", "pest_control_post", "de", "Holzschutzfirma bezieht sich auf ihren Beitrag über Anobienbefall",
  [("w_holzwurm", "2021-04-02 10:45", "Guten Tag Frau Hentschel, Sie haben über den Anobienbefall in der Windlade von Oberbobritzsch geschrieben. Da die Kirche ein Denkmal ist, kommt ja keine chemische Behandlung in Frage. Wir machen Heißluft- und Stickstoffbehandlungen für Orgelteile, die Denkmalbehörde Mittelsachsen kennt das Verfahren. Ich könnte mir die ausgebauten Teile kostenlos ansehen und Ihnen sagen, ob sich die Behandlung lohnt."),
   ("me", "2021-04-02 13:00", "Guten Tag Herr Lehmann, gern. Die alte Lade liegt in der Werkstatt, kommen Sie vorbei.")])

# ---------------------------------------------------------------- junk

P("j_software", "Kevin Haberland", "SmartCraft Suite", "Account Executive")
C("junk", "generic_software_pitch", "de", "generische Handwerkersoftware (Gegenstück zum passenden Angebot)",
  [("j_software", "2021-02-24 09:00", "Hallo Frau Hentschel, wussten Sie, dass Handwerksbetriebe bis zu 10 Stunden pro Woche mit Bürokram verlieren? SmartCraft Suite digitalisiert Ihren kompletten Betrieb: Angebote, Rechnungen, Zeiterfassung, Lager. Jetzt 30 Tage kostenlos testen! Wann passt Ihnen eine kurze Demo?")])

P("j_foerder", "Sven Klinger", "Fördermittel24", "Fördermittelexperte")
C("junk", "generic_funding", "de", "generische Fördermittelberatung (Gegenstück)",
  [("j_foerder", "2021-03-03 11:00", "Sehr geehrte Damen und Herren, über 2.000 Förderprogramme warten auf Sie! Viele Unternehmen verschenken jährlich tausende Euro an Fördermitteln. Wir prüfen kostenlos, welche Zuschüsse für Ihr Unternehmen in Frage kommen. Erfolgshonorar nur bei Bewilligung. Jetzt Termin vereinbaren!")])

P("j_web", "Dennis Vogt", "WebPower Agentur", "Kundenberater")
C("junk", "generic_web_redesign", "de", "generisches Webdesign (Gegenstück zum Freiberger Webentwickler)",
  [("j_web", "2021-08-02 08:15", "Hallo, Ihre Website ist nicht mehr zeitgemäß? Wir erstellen professionelle Websites für Handwerker ab 499 €, inklusive SEO und Hosting. Über 500 zufriedene Kunden. Darf ich Ihnen ein unverbindliches Angebot schicken?"),
   ("j_web", "2021-08-09 08:15", "Hallo nochmal, haben Sie meine Nachricht gesehen?")])

P("j_foto", "Marvin Steiner", "Imagefilm Profis", "Geschäftsführer")
C("junk", "generic_video", "de", "generischer Imagefilm (Gegenstück zur Fotografin)",
  [("j_foto", "2021-05-04 14:00", "Hallo Friederike, Bewegtbild ist die Zukunft! Mit einem professionellen Imagefilm heben Sie sich von der Konkurrenz ab. Wir drehen deutschlandweit, Komplettpaket ab 1.990 €. Lust auf ein kurzes Gespräch?")])

P("j_recruiter", "Sandra Keil", "TopTalents Personal", "Senior Recruiterin")
C("junk", "irrelevant_recruiter", "de", "Recruiterin mit unpassender Vertriebsstelle",
  [("j_recruiter", "2021-06-16 10:00", "Hallo Friederike, Ihr Profil hat mich sofort angesprochen! Für einen führenden Anbieter von Küchenstudios suche ich eine Vertriebsleitung Region Ost (m/w/d), 85-95k + Dienstwagen. Hätten Sie Interesse an einem vertraulichen Austausch?")])

P("j_sellsame", "Jörg Hamann", "Orgelservice Deutschland", "Vertriebsleiter")
C("junk", "offers_what_she_sells", "de", "Firma bietet ihr Orgelstimmung und Wartung an, also was sie selbst anbietet",
  [("j_sellsame", "2021-07-19 09:00", "Sehr geehrte Frau Hentschel, Orgelservice Deutschland übernimmt bundesweit Stimmung, Wartung und Reparatur von Kirchenorgeln zu Festpreisen. Mit unserem Netzwerk aus über 40 Technikern sind wir schnell vor Ort. Gern unterbreiten wir Ihnen ein Angebot für die Betreuung Ihrer Instrumente.")])

P("j_capacity", "Timo Brückner", "Auftragsbooster", "Geschäftsführer")
C("junk", "capacity_for_new_clients", "de", "Leadgenerierung fragt nach Kapazität für neue Kunden",
  [("j_capacity", "2021-04-20 07:30", "Hallo Frau Hentschel, kurze Frage: Hätten Sie aktuell Kapazitäten für 5-10 neue Aufträge im Monat? Wir generieren für Handwerksbetriebe planbar qualifizierte Anfragen über Social Media. Wenn ja, zeige ich Ihnen gern in 15 Minuten, wie das funktioniert.")])

P("j_gleich", "Dominik Sauer", "Sauer Invest & Beteiligungen", "Unternehmer | Investor | Mentor",
  connected="2021-02-10", invite=("IN", "2021-02-10 06:45", "Hallo Friederike, lass uns als gleichgesinnte Unternehmer vernetzen!"))
C("junk", "like_minded_entrepreneurs", "de", "'gleichgesinnte Unternehmer vernetzen', dann Mastermind-Pitch",
  [("j_gleich", "2021-02-10 07:00", "Danke fürs Vernetzen, Friederike! Es ist immer schön, sich mit gleichgesinnten Unternehmern auszutauschen. Ich leite eine exklusive Mastermind-Gruppe für Inhaber, die ihr Business auf das nächste Level bringen wollen. Darf ich dir mehr erzählen?")])

P("j_15min", "Julia Berger", "Wachstumswerk Consulting", "Partnerin")
C("junk", "quick_call", "de", "Bitte um kurzes 15-Minuten-Gespräch mit Nachfassen",
  [("j_15min", "2021-09-06 10:00", "Hallo Frau Hentschel, hätten Sie diese Woche 15 Minuten für ein kurzes Gespräch? Ich habe ein paar Ideen, wie Orgelbau Hentschel Freiberg im nächsten Jahr profitabler wachsen kann."),
   ("j_15min", "2021-09-13 10:00", "Hallo Frau Hentschel, ich wollte nur kurz nachhaken. Passt Ihnen Donnerstag besser?")])

P("j_ctp1", "Nico Ebersbach", "LinkedBoost Agentur", "Social Selling Experte",
  connected="2021-03-08", invite=("IN", "2021-03-08 09:00", "Hallo Friederike, spannendes Handwerk! Würde mich gern vernetzen."))
C("junk", "connect_then_pitch", "de", "erst Smalltalk über Orgeln, sie antwortet, dann LinkedIn-Marketing-Pitch",
  [("j_ctp1", "2021-03-08 09:15", "Hallo Friederike, danke fürs Annehmen! Orgelbau, wie spannend. Wie lange dauert es eigentlich, so eine Orgel zu bauen?"),
   ("me", "2021-03-08 18:00", "Hallo Herr Ebersbach, eine kleine Truhenorgel ca. ein halbes Jahr, eine Kirchenorgel auch mal zwei Jahre."),
   ("j_ctp1", "2021-03-09 08:30", "Wahnsinn! Bei so langen Projekten ist ein voller Auftragskalender ja Gold wert. Ich helfe Handwerksbetrieben, über LinkedIn planbar Kunden zu gewinnen, unsere Kunden haben im Schnitt 4 neue Aufträge pro Monat. Wollen wir mal 20 Minuten telefonieren?")])

P("j_ctp2", "Sabine Thieme", "Energie Direkt Vertrieb", "Energieberaterin",
  connected="2021-05-27", invite=("IN", "2021-05-27 12:00", ""))
C("junk", "connect_then_pitch", "de", "erst allgemeines Kompliment, zwei Tage später Strompreis-Pitch",
  [("j_ctp2", "2021-05-27 12:10", "Hallo Friederike, schön, dass wir jetzt vernetzt sind! Toll, was Sie als Frau im Handwerk erreicht haben, Respekt!"),
   ("j_ctp2", "2021-05-29 09:00", "Übrigens: Viele Werkstätten zahlen aktuell zu viel für Strom. Ich vergleiche kostenlos über 100 Gewerbetarife. Wollen wir mal Ihre letzte Abrechnung anschauen?")])

P("j_ctp3", "Alexander Born", "Born Finanzkonzepte", "Finanzberater",
  connected="2021-10-11", invite=("IN", "2021-10-11 19:00", "Hallo Frau Hentschel, ich bin auch aus Freiberg, würde mich freuen!"))
C("junk", "connect_then_pitch", "de", "lokaler Kontakt, Smalltalk über Freiberg, dann Altersvorsorge-Pitch",
  [("j_ctp3", "2021-10-11 19:20", "Guten Abend Frau Hentschel, schön, jemanden aus Freiberg zu treffen. Waren Sie beim Bergstadtfest dabei?"),
   ("me", "2021-10-11 21:00", "Guten Abend, nein, ich war auf Montage. Aber ich hab gehört, es war schön."),
   ("j_ctp3", "2021-10-12 08:00", "Ja, sehr! Eine Frage noch: Wie sieht eigentlich Ihre Altersvorsorge als Selbstständige aus? Ich habe ein Konzept speziell für Handwerksmeister mit staatlicher Förderung. Hätten Sie Lust auf ein unverbindliches Gespräch?"),
   ("j_ctp3", "2021-10-19 08:00", "Hallo Frau Hentschel, ich wollte nochmal nachfragen.")])

P("j_bump", "Felix Kranz", "Kranz Performance Marketing", "Inhaber")
C("junk", "follow_up_bumps", "de", "mehrfaches Nachfassen ohne Antwort",
  [("j_bump", "2021-01-11 09:00", "Hallo Frau Hentschel, wir helfen Unternehmen, mit Google Ads mehr Kunden zu gewinnen. Darf ich Ihnen zeigen, wie?"),
   ("j_bump", "2021-01-18 09:00", "Hallo Frau Hentschel, kurze Erinnerung an meine letzte Nachricht."),
   ("j_bump", "2021-01-27 09:00", "Hallo nochmal! Ist das Thema gerade nicht relevant?"),
   ("j_bump", "2021-02-08 09:00", "Ich gehe davon aus, dass es gerade nicht passt. Melden Sie sich gern, wenn sich das ändert!")])

# one template, five senders
P("j_t1", "Marcel Hübner", "Bewertungsheld", "Partner Manager")
C("junk", "template_reviews", "de", "Bewertungs-Template, Kopie 1 von 5",
  [("j_t1", "2021-06-01 10:05", "Hallo Frau Hentschel, ich bin auf Orgelbau Hentschel Freiberg aufmerksam geworden. Sie haben gute Google-Bewertungen, aber deutlich weniger als vergleichbare Betriebe in Ihrer Region. Wir helfen Betrieben, in 30 Tagen 50+ neue 5-Sterne-Bewertungen zu sammeln, vollautomatisch. Darf ich Ihnen in 10 Minuten zeigen, wie?")])
P("j_t2", "Lisa Engel", "SterneKraft", "Kundengewinnung")
C("junk", "template_reviews", "de", "Bewertungs-Template, Kopie 2 von 5",
  [("j_t2", "2021-06-09 13:40", "Hallo Friederike, ich bin auf Ihren Betrieb aufmerksam geworden: gute Google-Bewertungen, aber weniger als vergleichbare Betriebe in Ihrer Nähe. Wir helfen Handwerkern, in 30 Tagen 50+ neue 5-Sterne-Bewertungen zu bekommen, ganz automatisch. Darf ich es Ihnen kurz zeigen?")])
P("j_t3", "Patrick Seidl", "Reputation Pro GmbH", "Geschäftsführer")
C("junk", "template_reviews", "de", "Bewertungs-Template, Kopie 3 von 5",
  [("j_t3", "2021-06-21 08:20", "Guten Tag Frau Hentschel, bin auf Orgelbau Hentschel aufmerksam geworden. Gute Bewertungen bei Google, aber weniger als die Konkurrenz in Freiberg. Wir bringen Betrieben 40+ neue 5-Sterne-Bewertungen in 30 Tagen, automatisch. 10 Minuten, und ich zeige Ihnen wie?"),
   ("j_t3", "2021-06-28 08:20", "Guten Tag Frau Hentschel, ich hole meine Nachricht nochmal nach oben 🙂")])
P("j_t4", "Vanessa Roth", "LokalStar", "Vertrieb")
C("junk", "template_reviews", "de", "Bewertungs-Template, Kopie 4 von 5",
  [("j_t4", "2021-07-05 15:15", "Hallo Frau Hentschel, ich bin auf Orgelbau Hentschel Freiberg gestoßen und habe gesehen, dass Sie tolle Google-Bewertungen haben, aber weniger als Mitbewerber in der Region. Wir helfen lokalen Betrieben zu 50+ neuen 5-Sterne-Bewertungen in 30 Tagen. Darf ich Ihnen zeigen, wie das geht?")])
P("j_t5", "Ryan Brooks", "ReviewRocket", "Growth Lead")
C("junk", "template_reviews", "en", "review template, copy 5 of 5, in English",
  [("j_t5", "2021-07-14 11:30", "Hi Friederike, I came across Orgelbau Hentschel Freiberg and noticed you have great Google reviews, but fewer than competitors in your area. We help local businesses get 50+ new 5-star reviews in 30 days on autopilot. Would it be crazy to show you how in a quick call?")])

# merge-tag failures
P("j_m1", "Christian Frey", "ProzessPilot", "Business Development")
C("junk", "merge_tag_failure", "de", "nicht ersetzter Platzhalter {{Vorname}}",
  [("j_m1", "2021-02-17 09:30", "Hallo {{Vorname}}, ich habe gesehen, dass {{Firma}} stark wächst. Wir helfen Unternehmen wie Ihrem, Prozesse mit KI zu automatisieren. Haben Sie nächste Woche 15 Minuten?")])
P("j_m2", "Melanie Kunz", "Kunz Consulting", "Unternehmensberaterin")
C("junk", "merge_tag_failure", "de", "nicht ersetzter Platzhalter [Firma]",
  [("j_m2", "2021-04-26 10:00", "Sehr geehrte Frau Hentschel, ich verfolge [Firma] schon länger und bin beeindruckt, was Sie in der [Branche] aufgebaut haben. Gern würde ich Ihnen zeigen, wie wir Ihre Margen um 20 % steigern. Wann passt es Ihnen?")])
P("j_m3", "Thorsten Albrecht", "HandwerkMarketing Pro", "Berater")
C("junk", "merge_tag_failure", "de", "falscher Name und falsche Firma (Herr Schuster, Orgelbau Schuster Dresden)",
  [("j_m3", "2021-08-23 09:45", "Sehr geehrter Herr Schuster, ich habe mir die Website von Orgelbau Schuster Dresden angesehen und sehe großes Potenzial. Mit unserem Marketing-Paket für Handwerker bekommen Sie mehr Anfragen aus ganz Sachsen. Darf ich Sie anrufen?")])

# Sponsored InMail
P("j_s1", "Sparkasse Business Digital", "Ostsächsische Geschäftsbank", url="https://www.linkedin.com/company/geschaeftsbank-digital")
C("junk", "sponsored_inmail", "de", "Sponsored InMail für ein Geschäftskonto",
  [("j_s1", "2021-03-17 12:00", "<p>Hallo Friederike,</p><p>Ihr Geschäftskonto in 10 Minuten eröffnet &ndash; und 12 Monate ohne Kontoführungsgebühr. Jetzt starten!</p>")],
  title="Sponsored Conversation", subject="12 Monate kostenlos: Ihr Geschäftskonto")
P("j_s2", "Weiterbildung Plus", "Weiterbildung Plus Akademie", url="https://www.linkedin.com/company/weiterbildung-plus")
C("junk", "sponsored_inmail", "de", "Sponsored InMail für ein Fernstudium",
  [("j_s2", "2021-09-21 12:00", "<p>Hallo Friederike,</p><p>Berufsbegleitend zum Bachelor in BWL &ndash; 100&nbsp;% online. Informieren Sie sich jetzt über unser Stipendienprogramm!</p>")],
  title="Sponsored Conversation", subject="Ihr Bachelor neben dem Beruf")

# paid awards, features, podcasts
P("j_award", "Dr. Manfred Klee", "Sächsischer Mittelstandspreis für Exzellenz", "Jury-Koordination")
C("junk", "paid_award", "de", "Auszeichnung, für die eine Gebühr fällig wird",
  [("j_award", "2021-05-03 10:00", "Sehr geehrte Frau Hentschel, wir freuen uns, Ihnen mitzuteilen, dass Orgelbau Hentschel Freiberg als \"Top Handwerksbetrieb Sachsen 2021\" ausgezeichnet wurde! Zur Nutzung des Siegels und für Urkunde und Pressepaket erheben wir eine Lizenzgebühr von 890 € zzgl. MwSt. Bitte bestätigen Sie bis Freitag.")])
P("j_feature", "Carina Meyer", "Deutschlands Macher Magazin", "Redaktion")
C("junk", "paid_feature", "de", "bezahlter Beitrag in einem Wirtschaftsmagazin",
  [("j_feature", "2021-08-30 11:00", "Liebe Frau Hentschel, für unsere Sonderausgabe \"Frauen im Handwerk\" würden wir Sie gern porträtieren! Das Porträt umfasst eine Doppelseite und ein Interview. Für Layout und Reichweite berechnen wir eine Kostenbeteiligung von 1.490 €. Soll ich Ihnen die Unterlagen senden?"),
   ("me", "2021-08-30 19:00", "Nein danke, die Lokalzeitung porträtiert mich kostenlos.")])
P("j_podcast", "Kai Lorenzen", "Unternehmer Mindset Podcast", "Host")
C("junk", "paid_podcast", "de", "Podcast-Gastplatz gegen Gebühr",
  [("j_podcast", "2021-10-26 17:00", "Hey Friederike! Ich bin Host des Unternehmer Mindset Podcasts (Top 10 in Wirtschaft). Deine Geschichte passt perfekt zu unseren Hörern! Als Gast bekommst du eine professionelle Produktion und Promo auf allen Kanälen, für eine einmalige Investition von 397 €. Bist du dabei?")])

# fluent junk naming her company
P("j_fluent", "Sophie Hartmann", "NextLevel Digital", "Head of Growth")
C("junk", "fluent_generic_names_company", "de", "flüssiger Pitch, nennt die Firma, passt aber auf jeden Betrieb",
  [("j_fluent", "2021-11-08 09:30", "Liebe Frau Hentschel, ich habe mir Orgelbau Hentschel Freiberg genauer angesehen und bin beeindruckt, mit wie viel Leidenschaft Sie Ihr Unternehmen führen. Gerade Betriebe mit Tradition stehen heute vor der Herausforderung, sichtbar zu bleiben und die nächste Generation von Kunden zu erreichen. Wir begleiten Unternehmen wie Ihres dabei, ihre digitale Präsenz strategisch aufzubauen. Ich würde mich freuen, Ihre Ziele für das kommende Jahr kennenzulernen. Hätten Sie Lust auf einen Austausch?")])

# various generic shapes
P("j_pv", "Ronny Günzel", "SonnenKraft Ost", "Energieberater")
C("junk", "off_topic_solar", "de", "Photovoltaik-Pitch, themenfremd",
  [("j_pv", "2021-04-13 09:00", "Guten Tag, nutzen Sie schon die Sonne auf Ihrem Werkstattdach? Mit unserer PV-Anlage senken Sie Ihre Stromkosten um bis zu 70 %. Jetzt kostenlose Dachanalyse sichern!")])
P("j_krypto", "Leon Wagner", "Krypto Wealth Club", "Vermögensberater")
C("junk", "off_topic_investment", "de", "Krypto-Anlage, themenfremd",
  [("j_krypto", "2021-11-15 21:30", "Guten Abend Friederike, ich suche gezielt Selbstständige, die ihr Vermögen mit digitalen Assets vermehren wollen. Unsere Mitglieder erzielen monatlich 5-10 %. Darf ich dir unverbindlich mehr erzählen?")])
P("j_leasing", "Björn Krause", "FlexLease Gewerbe", "Key Account Manager")
C("junk", "off_topic_leasing", "de", "Firmenwagen-Leasing",
  [("j_leasing", "2021-07-26 10:00", "Hallo Frau Hentschel, Zeit für einen neuen Firmenwagen? Gewerbeleasing ab 199 € netto im Monat, sofort verfügbar. Ich schicke Ihnen gern unsere aktuellen Angebote.")])
P("j_export", "Wei Zhang", "Shenzhen Bright Trading Co.", "Sales Manager")
C("junk", "off_topic_export", "en", "English off-topic wholesale pitch from a trading company",
  [("j_export", "2021-05-18 03:10", "Dear Friend, Good day! We are professional manufacturer of LED lights, power tools and electronic components with 15 years experience. Competitive price and high quality. Please check our catalog and send inquiry. Best regards, Wei")])
P("j_va", "Anna Kowalski", "Remote Office Solutions", "Business Development")
C("junk", "generic_virtual_assistant", "en", "English virtual-assistant pitch",
  [("j_va", "2021-10-04 08:00", "Hi Friederike, are you spending too much time on admin? Our remote assistants handle email, scheduling and bookkeeping from just €12/hour. Want me to send a few profiles?")])
P("j_coach", "Daniela Vogel", "Erfolgsfrauen Coaching", "Business Coach")
C("junk", "generic_coaching", "de", "Business-Coaching für Unternehmerinnen",
  [("j_coach", "2021-01-20 20:00", "Liebe Friederike, als Unternehmerin kennst du das sicher: Du arbeitest IM statt AM Unternehmen. In meinem 12-Wochen-Programm lernst du, wie du mit weniger Stunden mehr Umsatz machst. Nur noch 3 Plätze frei! 💫")])
P("j_seo", "Amit Sharma", "TopRank SEO Services", "SEO Expert")
C("junk", "generic_seo", "en", "English SEO pitch",
  [("j_seo", "2021-08-16 05:40", "Hello, I checked your website orgelbau-hentschel and found many errors affecting Google ranking. I can fix all issues and bring you on first page. Very affordable price. Can I send you the full report?")])
P("j_netzwerk", "Stefanie Baum", "Business Circle Mitteldeutschland", "Mitgliederbetreuung")
C("junk", "paid_networking", "de", "exklusives Unternehmernetzwerk gegen Jahresbeitrag",
  [("j_netzwerk", "2021-09-28 12:00", "Liebe Frau Hentschel, Sie wurden persönlich für den Business Circle Mitteldeutschland empfohlen. Unser exklusives Netzwerk bringt Entscheider aus der Region zusammen. Jahresbeitrag 1.800 €, inklusive 10 Netzwerkabende. Darf ich Ihnen die Unterlagen senden?")])
P("j_ai", "Tim Berger", "KI-Telefonassistent.de", "Gründer")
C("junk", "generic_ai_phone", "de", "KI-Telefonassistent",
  [("j_ai", "2021-12-01 11:00", "Hallo Friederike, nie wieder verpasste Anrufe! Unser KI-Telefonassistent nimmt rund um die Uhr Anfragen entgegen und trägt Termine direkt in Ihren Kalender ein. Klingt wie ein Mensch. Jetzt 14 Tage kostenlos testen!")])
P("j_kasse", "Benjamin Roth", "KassenSystem Pro", "Vertrieb")
C("junk", "generic_pos", "de", "Kassensystem-Pitch für eine Werkstatt ohne Laden",
  [("j_kasse", "2021-02-01 10:00", "Hallo Frau Hentschel, ist Ihre Kasse schon TSE-konform? Unser Kassensystem für Einzelhandel und Gastronomie ist ab 39 € im Monat zu haben, inklusive Hardware. Wann darf ich Sie beraten?")])
P("j_franchise", "Hendrik Mohr", "Franchise Partner Deutschland", "Berater")
C("junk", "off_topic_franchise", "de", "Franchise-Angebot für einen Reinigungsdienst",
  [("j_franchise", "2021-11-22 10:30", "Guten Tag Frau Hentschel, haben Sie schon einmal über ein zweites Standbein nachgedacht? Wir suchen Franchisepartner für ein erfolgreiches Gebäudereinigungskonzept in Sachsen. Eigenkapital ab 20.000 €.")])

if __name__ == "__main__":
    ex.write(
        OUT,
        {"First Name": "Friederike", "Last Name": "Hentschel",
         "Headline": "Orgelbaumeisterin | Inhaberin Orgelbau Hentschel Freiberg | Restaurierung, Neubau, Intonation",
         "Summary": "Kleine Orgelbauwerkstatt in Freiberg/Sachsen. Restaurierung historischer Orgeln, "
                    "Truhenorgeln, Wartung und Stimmung in Mittelsachsen und im Erzgebirge.",
         "Industry": "Musical Instruments", "Zip Code": "09599",
         "Geo Location": "Freiberg, Sachsen, Deutschland",
         "Websites": "[COMPANY:orgelbau-hentschel.example]"},
        [{"Company Name": "Orgelbau Hentschel Freiberg", "Title": "Orgelbaumeisterin, Inhaberin",
          "Description": "Restaurierung, Neubau, Wartung. 3 Mitarbeitende, 1 Auszubildende.",
          "Location": "Freiberg", "Started On": "Mar 2012", "Finished On": ""},
         {"Company Name": "Orgelbau Ebert", "Title": "Orgelbaugesellin",
          "Description": "", "Location": "Dresden", "Started On": "Aug 2004", "Finished On": "Feb 2012"}],
        ["Orgelbau", "Intonation", "Restaurierung", "Denkmalpflege", "Holzbearbeitung", "Ausbildung"],
    )
    print(ex.summary())

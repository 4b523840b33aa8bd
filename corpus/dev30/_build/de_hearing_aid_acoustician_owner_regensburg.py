"""Persona: Theresa Kollmannsberger, Hörakustikmeisterin, owner of two shops in Regensburg.

Written by hand, blind to the detector (dev30, session 5). Mostly German, 2021 export layout.
Running this script regenerates the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-hearing-aid-acoustician-owner-regensburg"
OWNER = Person("me", "Theresa Kollmannsberger", "https://www.linkedin.com/in/theresa-kollmannsberger")

ex = Export(SLUG, "2021", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine

P("huber", "Sabine Huber", "", "Lehrerin", connected=None)
C("genuine", "customer_relative_repair", "de", "Tochter eines Kunden meldet ein pfeifendes Hörgerät",
  [("huber", "2021-02-08 18:22", "Grüß Gott Frau Kollmannsberger, ich schreibe für meinen Vater, Georg Huber (Kunde bei Ihnen in der Altstadt). Sein linkes Gerät pfeift seit einer Woche ständig, vor allem wenn er die Mütze aufsetzt. Er mag nicht anrufen, weil er am Telefon so schlecht versteht. Könnte er einfach vorbeikommen?"),
   ("me", "2021-02-09 08:10", "Grüß Gott Frau Huber, selbstverständlich! Ihr Vater kann jederzeit vormittags ohne Termin kommen, bitte mit Maske. Vermutlich ist der Schlauch hart geworden, das ist schnell getauscht und kostet ihn nichts."),
   ("huber", "2021-02-09 08:35", "Vergelt's Gott, ich sag's ihm. Er kommt morgen mit dem Bus.")])

P("attenberger", "Josef Attenberger", "", "Rentner", connected=None)
C("genuine", "customer_price_question", "de", "Kunde fragt nach dem Eigenanteil für Premiumgeräte",
  [("attenberger", "2020-10-13 10:05", "Sehr geehrte Frau Kollmannsberger, mein Schwager hat bei Ihnen die neuen Geräte mit Bluetooth bekommen. Was würde mich sowas kosten, wenn die Kasse den Festbetrag zahlt? Ich bin bei der BKK Donautal. Ich will ehrlich gesagt nicht mehr als 1000 Euro drauflegen."),
   ("me", "2020-10-13 14:40", "Grüß Gott Herr Attenberger, das kommt auf Ihr Hörvermögen an. Es gibt sehr gute Geräte mit Bluetooth schon ab ca. 600 € Eigenanteil pro Paar, die Premiumklasse liegt eher bei 1.800 €. Am besten machen wir einen Hörtest und Sie testen zwei Geräte zwei Wochen lang kostenlos. Passt Ihnen Donnerstag um 9?"),
   ("attenberger", "2020-10-13 15:20", "Donnerstag 9 Uhr passt. Ich bring die Verordnung vom Dr. Wimmer mit.")])

P("wimmer", "Dr. Alois Wimmer", "HNO-Praxis Dr. Wimmer", "Facharzt für HNO-Heilkunde", connected="2015-03-11")
C("genuine", "ent_long_standing", "de", "langjähriger HNO-Arzt, Überweisung und Qualitätszirkel",
  [("wimmer", "2021-03-02 12:45", "Liebe Frau Kollmannsberger, ich schicke Ihnen Frau Reindl (83, beidseitig mittelgradig, sehr ängstlich mit Technik). Bitte mit Geduld, Sie wissen schon. Und: Qualitätszirkel HNO/Hörakustik am 24.3. online, hätten Sie Lust, 10 Minuten zur Versorgung mit Maske zu erzählen?"),
   ("me", "2021-03-02 17:30", "Lieber Herr Dr. Wimmer, Frau Reindl nehmen wir gern, ich plane eine Stunde für den ersten Termin ein. Und ja, ich erzähle gern was, wir haben da inzwischen einiges an Erfahrung gesammelt (und einige Geräte aus dem Gulli gefischt)."),
   ("wimmer", "2021-03-02 17:42", "Wunderbar. Die Gulli-Geschichte bitte unbedingt erzählen.")])

P("lechner", "Dr. Franziska Lechner", "Universitätsklinikum, CI-Zentrum", "Oberärztin", connected="2019-06-21")
C("genuine", "ent_ci_cooperation", "de", "Oberärztin des CI-Zentrums zur Nachsorge eines Patienten",
  [("lechner", "2021-05-17 09:15", "Hallo Theresa, kurze Frage: Herr Dengler (CI rechts, Hörgerät links bei euch) berichtet, dass das Hörgerät links seit der CI-Anpassung zu laut ist. Könntet ihr den Abgleich machen? Ich schicke euch die aktuellen Einstellungen per Fax (ja, Fax...)."),
   ("me", "2021-05-17 11:02", "Hallo Franziska, machen wir. Fax ist angekommen, Herr Dengler hat Freitag einen Termin.")])

P("sonavia", "Markus Pfeiffer", "Sonavia Hörsysteme GmbH", "Gebietsverkaufsleiter Süd", connected="2017-01-20")
C("genuine", "manufacturer_price_change", "de", "bestehender Hersteller kündigt Preiserhöhung an",
  [("sonavia", "2020-11-24 08:30", "Hallo Theresa, vorab persönlich, bevor das offizielle Schreiben kommt: Zum 1.1. erhöhen wir die Listenpreise um durchschnittlich 3,5 %, Batterien um 5 %. Für Bestellungen bis 18.12. gilt noch die alte Liste, und euer Jahresbonus bleibt bei 8 %. Wenn du vorher noch Lager auffüllen willst, sag Bescheid."),
   ("me", "2020-11-24 10:12", "Servus Markus, danke für die Vorwarnung. Schick mir bitte ein Angebot für 200 Packungen Batterien Größe 312 und 10 Ladegeräte zum alten Preis."),
   ("sonavia", "2020-11-24 10:40", "Mach ich bis heute Mittag.")])

P("auralis", "Mette Kjærgaard", "Auralis Hearing A/S", "Key Account Manager DACH", connected="2018-09-05")
C("genuine", "manufacturer_training_terms", "mixed", "Danish key account manager writes English, owner answers in German",
  [("auralis", "2021-04-12 13:00", "Hi Theresa, hope all is well in Regensburg! We're launching the new rechargeable line in June. I'd like to invite your team to the online training on 8 June, and for partners who commit to 40 units in Q3 we can offer an extra 4% rebate. Shall I send the conditions?"),
   ("me", "2021-04-12 16:25", "Hallo Mette, danke! Ja, bitte die Konditionen schicken. Zur Schulung kommen wir zu dritt, ich schicke dir die Namen. 40 Stück im Q3 wird knapp, aber wir reden drüber."),
   ("auralis", "2021-04-12 16:40", "Perfect, danke! Conditions are in your inbox.")])

P("bkk", "Stefan Gruber", "BKK Donautal", "Sachbearbeiter Hilfsmittel", connected="2019-02-14")
C("genuine", "insurer_contract_change", "de", "Krankenkasse zu Kostenvoranschlag und neuem Versorgungsvertrag",
  [("bkk", "2021-06-07 10:20", "Sehr geehrte Frau Kollmannsberger, zum Kostenvoranschlag für Frau Loibl fehlt uns noch das Tonaudiogramm mit Freifeld-Sprachtest. Außerdem weise ich darauf hin, dass ab 1.7. der neue Versorgungsvertrag gilt (Festbetrag Stufe 2 unverändert, Reparaturpauschale steigt auf 125 €). Die Unterlagen gehen Ihnen per Post zu."),
   ("me", "2021-06-07 11:55", "Sehr geehrter Herr Gruber, das Audiogramm schicke ich heute per Fax nach. Danke für den Hinweis zum Vertrag, wir treten bei."),
   ("bkk", "2021-06-08 08:05", "Vielen Dank, der KV ist damit genehmigt.")])

P("obermeister", "Franz Xaver Stadler", "Hörakustiker-Innung Oberpfalz", "Obermeister", connected="2014-10-02")
C("genuine", "guild_exam_invitation", "de", "Obermeister der Innung: Prüfungsausschuss und Innungsversammlung",
  [("obermeister", "2021-01-19 19:00", "Servus Theresa, ich brauch dich wieder im Gesellenprüfungsausschuss, Termin ist der 14. und 15. Juli. Und die Innungsversammlung machen wir heuer online, 3. März, 18 Uhr. Kommst?"),
   ("me", "2021-01-20 07:45", "Servus Franz, Prüfung bin ich dabei, Versammlung auch. Hoffentlich nächstes Jahr wieder mit Brotzeit im Bischofshof."),
   ("obermeister", "2021-01-20 08:01", "Des hoff i a. Pfiat di!")])

P("azubi_app", "Lena Brandstetter", "", "Schülerin", connected=None)
C("genuine", "apprentice_application", "de", "Schülerin bewirbt sich um einen Ausbildungsplatz",
  [("azubi_app", "2021-02-22 16:40", "Sehr geehrte Frau Kollmannsberger, ich mache im Sommer meine Mittlere Reife an der Realschule in Neutraubling und interessiere mich sehr für die Ausbildung zur Hörakustikerin. Meine Oma ist Kundin bei Ihnen und erzählt immer, wie geduldig Sie sind. Haben Sie für September noch einen Ausbildungsplatz frei? Meine Bewerbung hänge ich an."),
   ("me", "2021-02-23 09:10", "Liebe Frau Brandstetter, vielen Dank für die Bewerbung! Wir haben tatsächlich noch einen Platz in Neutraubling. Hätten Sie Lust, einen Tag zur Probe zu kommen? Zum Beispiel in den Faschingsferien?"),
   ("azubi_app", "2021-02-23 12:30", "Sehr gerne! Dienstag in den Ferien wäre super.")],
  attachments={0: "https://www.linkedin.com/dms/bewerbung-brandstetter.pdf"})

P("lukas", "Lukas Ertl", "Hörakustik Kollmannsberger", "Auszubildender", connected="2019-09-02")
C("genuine", "apprentice_small_talk", "de", "eigener Azubi aus dem Blockunterricht in Lübeck",
  [("lukas", "2021-04-27 20:15", "Servus Chefin, Lübeck ist kalt und windig, Fischbrötchen sind aber gut. Die Otoplastik-Prüfung hab ich mit 1,7 bestanden!! Ab 10. Mai bin ich wieder im Laden."),
   ("me", "2021-04-27 20:40", "Servus Lukas, 1,7!! Großartig, gratuliere! Dann machst du ab Mai die Abdrücke in Neutraubling. Und bring ein Fischbrötchen mit 😄"),
   ("lukas", "2021-04-27 20:42", "Wird gemacht 😅")])

P("donaustahl", "Martina Hierl", "Donaustahl Verarbeitung GmbH", "Fachkraft für Arbeitssicherheit", connected=None)
C("genuine", "inbound_lead_b2b_protection", "de", "Betrieb will Otoplastiken für 80 Mitarbeiter kaufen und fragt nach Angebot",
  [("donaustahl", "2021-07-05 11:00", "Guten Tag Frau Kollmannsberger, wir sind ein Stahlverarbeiter in Neutraubling mit ca. 80 Mitarbeitern im Lärmbereich. Wir möchten von Einweg-Stöpseln auf angepasste Otoplastiken umstellen. Können Sie uns ein Angebot machen, inkl. Abdrucknahme bei uns im Werk und Funktionskontrolle?"),
   ("me", "2021-07-05 15:20", "Guten Tag Frau Hierl, sehr gern! Für 80 Paar mit Filter (SNR ca. 25 dB), Abdrucknahme vor Ort an zwei Terminen und Dichtigkeitsprüfung kalkuliere ich 129 € netto pro Paar. Das ausführliche Angebot sende ich Ihnen bis Freitag per Mail."),
   ("donaustahl", "2021-07-06 08:45", "Prima, danke. Wir bräuchten es bis Ende Juli für die Budgetfreigabe.")])

P("blaskapelle", "Korbinian Schmid", "Blaskapelle Obertraubling", "Vorstand", connected=None)
C("genuine", "inbound_lead_musicians", "de", "Blaskapelle fragt Preis für Musiker-Gehörschutz an",
  [("blaskapelle", "2021-09-14 21:10", "Servus Frau Kollmannsberger, mir san die Blaskapelle Obertraubling, 25 Musiker. Nach dem Bierzelt letztes Jahr klingelts bei einigen immer noch in die Ohren. Was kost a Musikergehörschutz bei Ihna, wenn mir alle auf einmal kommen? Mir kannten an Probenabend zu Ihna in Laden kommen."),
   ("me", "2021-09-15 08:20", "Servus Herr Schmid, des is a guade Idee! Für 25 Paar mit linearem Filter mach ich Ihnen 145 € pro Paar statt 169 €. Abdrücke können wir an einem Abend im Laden in Neutraubling machen, dauert pro Person 10 Minuten."),
   ("blaskapelle", "2021-09-15 12:00", "Passt! I schreib die Leit zam und meld mi wegen am Termin.")])

P("optiker", "Andreas Fuchs", "Augenoptik Fuchs", "Augenoptikermeister", connected="2016-07-18")
C("genuine", "peer_joint_offer", "de", "Optiker-Nachbar schlägt gemeinsamen Aktionstag mit Kombiangebot vor",
  [("optiker", "2021-08-30 17:45", "Hallo Theresa, was meinst: Wir machen im Oktober einen 'Sehen & Hören'-Tag in Neutraubling. Sehtest bei mir, Hörtest bei dir, und wer bei beiden war, kriegt 10 % auf Brille und auf Zubehör. Flyer teilen wir uns, ca. 300 € jeder. Dabei?"),
   ("me", "2021-08-30 19:10", "Hallo Andreas, gute Idee! Bin dabei. 10 % auf Zubehör passt, auf Geräte kann ich wegen der Kassenverträge nix geben. Samstag, 16.10.?"),
   ("optiker", "2021-08-30 19:25", "16.10. passt. Ich mach den Flyer-Entwurf.")])

P("recruiter", "Claudia Wiesinger", "Wiesinger Personal", "Personalberaterin Gesundheitshandwerk", connected="2020-12-01")
C("genuine", "owner_engaged_recruiter", "de", "Inhaberin beauftragt Personalberaterin mit der Suche nach Filialleitung",
  [("me", "2020-12-02 09:30", "Guten Tag Frau Wiesinger, danke für das Gespräch gestern. Wie besprochen: Wir suchen eine Hörakustikmeisterin oder einen -meister für die Filialleitung in Neutraubling ab Frühjahr. Ihr Honorar von 20 % des Jahresgehalts ist für uns in Ordnung."),
   ("recruiter", "2020-12-02 14:10", "Guten Tag Frau Kollmannsberger, vielen Dank für den Auftrag! Die Vereinbarung kommt heute per Post. Ich habe bereits zwei Kandidatinnen im Kopf, eine aus Landshut."),
   ("recruiter", "2021-01-11 10:00", "Kurzes Update: Beide Kandidatinnen möchten Sie kennenlernen. Passen Ihnen der 19. oder 21.1.?"),
   ("me", "2021-01-11 12:15", "Der 19. nachmittags passt gut.")])

P("gesellin", "Nadine Wolf", "", "Hörakustikerin", connected=None)
C("genuine", "job_applicant", "de", "Hörakustikerin bewirbt sich initiativ",
  [("gesellin", "2021-05-03 19:30", "Hallo Frau Kollmannsberger, ich bin Hörakustikerin (Gesellenprüfung 2018) und ziehe im Sommer der Liebe wegen von Würzburg nach Regensburg. Ich habe gesehen, dass Sie eine Filiale in Neutraubling haben. Suchen Sie vielleicht Verstärkung? Ich arbeite gern mit Kindern und habe Erfahrung mit Pädakustik."),
   ("me", "2021-05-04 08:50", "Hallo Frau Wolf, das klingt sehr interessant, gerade Pädakustik fehlt uns! Schicken Sie mir gern Ihre Unterlagen an die Mail im Profil, und dann trinken wir einen Kaffee, wenn Sie das nächste Mal in Regensburg sind.")])

P("sohn_muc", "Thomas Reindl", "", "Ingenieur", connected=None)
C("genuine", "customer_relative_spam_folder", "de", "Sohn einer Kundin fragt nach Termin, im Spam-Ordner gelandet",
  [("sohn_muc", "2021-03-15 21:05", "Guten Abend Frau Kollmannsberger, ich bin der Sohn von Frau Reindl, die Dr. Wimmer zu Ihnen geschickt hat. Ich wohne in München und würde gern beim ersten Termin dabei sein, weil meine Mutter sich Technik schlecht merkt. Ginge ein Samstagstermin? Vielen Dank und Grüße aus München.")],
  folder="SPAM")

for key, name, date, text in [
    ("danke1", "Irmgard Pöllmann", "2021-10-08 19:40",
     "Liebe Frau Kollmannsberger, vielen Dank für Ihren Vortrag gestern in der VHS! Das mit den Hörgeräten und dem Fernseher hat mir sehr geholfen. Ich komme bald zum Hörtest."),
    ("danke2", "Hans Reiter", "2021-10-08 20:15",
     "Vielen Dank für Ihren Vortrag gestern an der VHS, Frau Kollmannsberger. Das mit dem Fernseher hat mir sehr geholfen. Ich melde mich zum Hörtest."),
    ("danke3", "Gertraud Weinzierl", "2021-10-09 09:02",
     "Liebe Frau Kollmannsberger, herzlichen Dank für den Vortrag in der VHS gestern Abend! Der Tipp mit dem Fernseher hat mir sehr geholfen. Ich komm demnächst zum Hörtest vorbei."),
]:
    P(key, name, "", "Rentner/in", connected="2021-10-08")
    C("genuine", "thanks_after_talk", "de", "fast gleichlautender Dank nach dem VHS-Vortrag", [(key, date, text)])

P("meisterschule", "Katrin Albrecht", "Hörakustik Albrecht", "Hörakustikmeisterin", connected="2012-07-30")
C("genuine", "owner_started_old_classmate", "de", "Inhaberin schreibt alter Kollegin aus der Meisterschule",
  [("me", "2021-07-20 21:00", "Servus Katrin! Hab gerade unser Meisterschul-Foto von 2012 beim Aufräumen gefunden. Wir sehen alle so jung aus. Wie läuft's in Kiel mit dem zweiten Laden?"),
   ("meisterschule", "2021-07-21 07:30", "Theresa!! Oh Gott, das Foto mit den Haaren! Laden läuft, aber Personal finden ist die Hölle. Bei dir auch? Lass uns mal telefonieren."),
   ("me", "2021-07-21 08:15", "Die Hölle, ja. Sonntag Abend telefonieren?"),
   ("meisterschule", "2021-07-21 08:17", "Sonntag 19 Uhr!")])

P("ladenbau", "Robert Kiendl", "Kiendl Innenausbau", "Schreinermeister", connected="2018-03-12")
C("genuine", "owner_started_quote_request", "de", "Inhaberin fragt ihren Schreiner nach Angebot für Umbau",
  [("me", "2021-01-25 10:00", "Hallo Robert, wir wollen in Neutraubling den Wartebereich umbauen: neue Theke, ein Regal für Zubehör und eine Akustikdecke im Anpassraum. Kannst du mal vorbeischauen und ein Angebot machen?"),
   ("ladenbau", "2021-01-26 18:30", "Servus Theresa, war heute kurz da, deine Mitarbeiterin hat mich reingelassen. Grob geschätzt 14.500 € netto für alles, Decke macht ein Partner von mir. Genaues Angebot bis Ende der Woche."),
   ("me", "2021-01-26 19:00", "Danke dir! Passt grob in den Rahmen.")])

P("tagblatt", "Veronika Dietl", "Regensburger Tagblatt", "Redakteurin Lokales", connected=None)
C("genuine", "journalist_request", "de", "Lokaljournalistin möchte ein Interview zu Masken und Hörgeräten",
  [("tagblatt", "2020-11-03 11:30", "Guten Tag Frau Kollmannsberger, ich schreibe über Menschen mit Hörgeräten in der Maskenzeit (verlorene Geräte, Lippenlesen geht nicht mehr...). Dr. Wimmer hat Sie empfohlen. Hätten Sie diese Woche 20 Minuten für ein Telefonat?"),
   ("me", "2020-11-03 12:10", "Gern! Mittwoch nach 17 Uhr? Wir haben allein im Oktober neun verlorene Geräte nach Maskenabnehmen gehabt, da gibt's einiges zu erzählen."),
   ("tagblatt", "2020-11-03 12:25", "Mittwoch 17:30, ich rufe an. Danke!")])

P("seniorenbeirat", "Elisabeth Brunner", "Seniorenbeirat der Stadt", "Vorsitzende", connected="2019-11-04")
C("genuine", "event_invitation_contact", "de", "bekannte Vorsitzende lädt zum Vortrag ein",
  [("seniorenbeirat", "2021-06-28 10:00", "Liebe Frau Kollmannsberger, nach der langen Pause möchten wir im Herbst wieder Vorträge machen. Hätten Sie Lust, Ihren Vortrag 'Gut hören im Alltag' im Oktober an der VHS zu halten? Ein kleines Honorar von 150 € können wir zahlen."),
   ("me", "2021-06-28 12:30", "Liebe Frau Brunner, sehr gern! Oktober passt. Das Honorar spende ich gern an die Tafel."),
   ("seniorenbeirat", "2021-06-28 13:00", "Das ist sehr lieb, danke! Ich schlage den 7.10. vor.")])

P("seniorenstift", "Bernhard Aigner", "Seniorenstift Am Dörnbergpark", "Einrichtungsleiter", connected="2020-09-10")
C("genuine", "care_home_quote", "de", "Seniorenheim fragt nach Konditionen für regelmäßige Hausbesuche",
  [("seniorenstift", "2020-09-15 14:00", "Sehr geehrte Frau Kollmannsberger, viele unserer Bewohner tragen Hörgeräte und können wegen Corona kaum raus. Könnten Sie einmal im Monat zu uns kommen (Reinigung, Batteriewechsel, kleine Reparaturen)? Was würde das kosten?"),
   ("me", "2020-09-15 17:20", "Sehr geehrter Herr Aigner, sehr gern. Für einen monatlichen Sprechtag (ca. 3 Stunden) berechne ich eine Pauschale von 90 €, Reparaturen und Batterien laufen wie gewohnt über die Kasse bzw. die Bewohner. Mit Hygienekonzept selbstverständlich."),
   ("seniorenstift", "2020-09-16 09:10", "Das klingt sehr fair. Erster Termin am 6. Oktober?")])

P("lehrer", "Wolfgang Probst", "", "Oberstudienrat a.D.", connected="2016-02-25")
C("genuine", "long_standing_customer", "de", "langjähriger Kunde bedankt sich mit einem Witz",
  [("lehrer", "2021-08-12 16:20", "Liebe Frau Kollmannsberger, seit den neuen Geräten höre ich meine Frau wieder. Ob das ein Fortschritt ist, sei dahingestellt. 😉 Danke für 6 Jahre Geduld mit einem alten Lateinlehrer! Ihr W. Probst"),
   ("me", "2021-08-12 18:05", "Lieber Herr Probst, das freut mich sehr, und richten Sie Ihrer Frau schöne Grüße aus. Bis zur nächsten Kontrolle im Februar!")])

P("stb", "Helmut Kastl", "Kanzlei Kastl & Partner", "Steuerberater", connected="2013-01-09")
C("genuine", "existing_advisor_fee_change", "de", "eigener Steuerberater zu Kurzarbeit und Honoraranpassung",
  [("stb", "2020-12-10 11:45", "Liebe Frau Kollmannsberger, wegen der Kurzarbeitsabrechnungen im Frühjahr ist unser Aufwand deutlich gestiegen. Wir müssen die Lohnpauschale ab Januar von 18 auf 21 € je Mitarbeiter anpassen. Außerdem: Die Überbrückungshilfe II könnten Sie für Neutraubling beantragen, soll ich?"),
   ("me", "2020-12-10 14:00", "Lieber Herr Kastl, verständlich. Ja, bitte die Überbrückungshilfe prüfen und ggf. beantragen."),
   ("stb", "2020-12-10 14:15", "Erledige ich.")])

P("amerikaner", "Daniel Whitaker", "Universität Regensburg", "Visiting Professor", connected=None)
C("genuine", "english_customer_repair", "en", "visiting American professor needs help with his hearing aid",
  [("amerikaner", "2021-05-25 08:40", "Hello Ms. Kollmannsberger, I'm a visiting professor at the university for the summer. My right hearing aid died this morning (US brand, bought in Ohio). My German is limited. Can you check it and is it possible to pay privately? Thank you!"),
   ("me", "2021-05-25 09:30", "Hello Professor Whitaker, of course! Please come by the Altstadt shop today after 2pm. A check is free, and if it needs a repair we can send it to the manufacturer and lend you a device meanwhile. Paying privately is no problem."),
   ("amerikaner", "2021-05-25 09:45", "Wonderful, thank you so much. See you at 2.")])

P("passau", "Monika Eder", "Hörstudio Eder", "Hörakustikmeisterin", connected="2015-05-05")
C("genuine", "peer_colleague", "de", "Kollegin aus Passau fragt nach Urlaubsvertretung",
  [("passau", "2021-07-29 13:10", "Servus Theresa, eine Kundin von mir ist im August 3 Wochen bei ihrer Tochter in Regensburg. Falls was mit dem Gerät ist, darf ich sie zu dir schicken? Revanchiere mich wie immer mit Passauer Lebkuchen 😄"),
   ("me", "2021-07-29 13:40", "Servus Moni, klar, schick sie! Lebkuchen nehm ich immer.")])

P("vermieter", "Johann Seidl", "Seidl Grundbesitz", "Hausverwaltung", connected="2017-04-01")
C("genuine", "landlord_rent_index", "de", "Vermieter der Altstadt-Filiale kündigt Indexanpassung an",
  [("vermieter", "2021-01-04 09:00", "Sehr geehrte Frau Kollmannsberger, gemäß § 4 des Mietvertrags passen wir die Miete für das Ladenlokal zum 1.3. an den Verbraucherpreisindex an (+2,1 %, neue Monatsmiete 2.246 € netto kalt). Die Berechnung liegt bei. Zur Sanierung der Fassade melden wir uns gesondert."),
   ("me", "2021-01-04 11:30", "Sehr geehrter Herr Seidl, danke, habe ich erhalten. Bitte geben Sie mir zur Fassadensanierung rechtzeitig Bescheid, wegen Gerüst vor dem Eingang.")],
  attachments={0: "https://www.linkedin.com/dms/indexberechnung-2021.pdf"})

P("filiale", "Sandra Ebner", "Hörakustik Kollmannsberger", "Filialleitung Neutraubling", connected="2018-08-15")
C("genuine", "employee_coordination", "de", "Filialleiterin zur Schichtplanung",
  [("filiale", "2021-04-06 07:20", "Morgen Theresa, die Bärbel ist krank, ich bräuchte Lukas am Donnerstag in Neutraubling statt in der Altstadt. Geht das? Und die Ladegeräte von Sonavia sind immer noch nicht da."),
   ("me", "2021-04-06 07:45", "Morgen Sandra, passt, ich bin Donnerstag selber in der Altstadt. Wegen Ladegeräten ruf ich den Markus an. Gute Besserung an Bärbel!")])

P("berufsschule", "Jens Harmsen", "Bundesberufsschule für Hörakustiker", "Fachlehrer", connected="2020-02-10")
C("genuine", "vocational_school_feedback", "de", "Fachlehrer berichtet über den Azubi",
  [("berufsschule", "2021-05-03 14:00", "Moin Frau Kollmannsberger, kurze Rückmeldung zu Lukas Ertl: sehr gute Leistungen in Otoplastik und Audiometrie, im Fach Wirtschaft etwas schwächer. Vielleicht kann er im Betrieb mal bei Kostenvoranschlägen mitarbeiten? Beste Grüße aus Lübeck."),
   ("me", "2021-05-03 16:10", "Moin nach Lübeck, danke für die Rückmeldung! Kostenvoranschläge kriegt er ab sofort, versprochen.")])

P("tinnitusgruppe", "Renate Baumgartner", "Tinnitus-Selbsthilfegruppe Regensburg", "Gruppenleiterin", connected="2018-10-22")
C("genuine", "self_help_group_invitation", "de", "Selbsthilfegruppe lädt sie zum Gruppenabend ein",
  [("tinnitusgruppe", "2021-09-20 18:00", "Liebe Theresa, unsere Gruppe trifft sich endlich wieder im Pfarrsaal. Magst du am 12.11. kommen und was zu Noisern und Hörgeräten mit Rauschgenerator erzählen? Kaffee und Kuchen gibt's, Honorar leider nicht 🙈"),
   ("me", "2021-09-20 19:20", "Liebe Renate, für Kuchen komm ich immer. 12.11. steht!")])

P("complaint", "Erwin Hofbauer", "", "Landwirt", connected=None)
C("genuine", "customer_complaint", "de", "Kunde beschwert sich, Gerät nach Reparatur leiser",
  [("complaint", "2021-10-18 06:50", "Frau Kollmannsberger, seit der Reparatur ist mein rechtes Gerät viel leiser als das linke. Ich hab 150 Euro gezahlt und jetzt ist es schlechter als vorher. So geht das nicht."),
   ("me", "2021-10-18 08:30", "Guten Morgen Herr Hofbauer, das tut mir leid! Wahrscheinlich ist nach der Reparatur das Programm nicht richtig übernommen worden. Kommen Sie bitte heute oder morgen vorbei, das korrigieren wir sofort und selbstverständlich kostenlos."),
   ("complaint", "2021-10-18 12:15", "Morgen um 10 bin ich da.")])

P("dutch", "Pieter van Dalen", "Hoorcentrum van Dalen", "Audicien", connected="2019-10-18")
C("genuine", "international_peer", "en", "Dutch colleague from a congress shares a paper",
  [("dutch", "2021-03-29 15:30", "Hi Theresa, remember our chat at the congress in Nuremberg about remote fine-tuning? We did a small study with 40 clients, results attached. Spoiler: older clients liked it more than we expected. Would love your thoughts."),
   ("me", "2021-03-29 20:10", "Hi Pieter, of course I remember, you bought the second round of Bratwurst! Thanks, I'll read it this weekend. We're testing it with customers from the Bayerischer Wald right now."),
   ("dutch", "2021-03-30 08:00", "Great, let's compare notes!")],
  attachments={0: "https://www.linkedin.com/dms/remote-fitting-study.pdf"})

P("repair", "Anja Kirchner", "Sonavia Hörsysteme GmbH", "Reparaturservice", connected="2020-03-03")
C("genuine", "manufacturer_repair_status", "de", "Reparaturservice des Herstellers meldet Kostenvoranschlag",
  [("repair", "2021-09-02 10:30", "Guten Tag Frau Kollmannsberger, zum Reparaturauftrag R-2021-4471 (Kunde Hofbauer): Receiver und Mikrofon defekt, Kosten außerhalb der Garantie 148 € netto. Sollen wir reparieren?"),
   ("me", "2021-09-02 11:00", "Ja, bitte reparieren. Danke!")])

# ---------------------------------------------------------------- wanted pitches

P("w_oto", "Benedikt Rauscher", "Rauscher Otoplastik-Labor", "Inhaber", connected=None)
C("wanted_pitch", "otoplastic_lab_read_post", "de", "Otoplastik-Labor bezieht sich auf ihren Beitrag über Musiker-Gehörschutz",
  [("w_oto", "2021-09-22 10:10", "Grüß Gott Frau Kollmannsberger, ich habe Ihren Beitrag gelesen, dass Sie jetzt eine ganze Blaskapelle mit Gehörschutz ausstatten und sich über 3 Wochen Lieferzeit beim Labor ärgern. Wir sind ein kleines Labor in Straubing und liefern Musiker-Otoplastiken mit Filter in 5 Werktagen, Abholung bei Ihnen durch unseren Fahrer. Für die 25 Paar würde ich Ihnen gern ein Musterstück kostenlos fertigen, damit Sie die Qualität prüfen können."),
   ("me", "2021-09-22 12:40", "Grüß Gott Herr Rauscher, das passt tatsächlich gerade. Schicken Sie mir bitte Ihre Preisliste, und das Muster nehme ich gern.")])

P("w_sms", "Julia Obermaier", "Terminfuchs Software", "Gründerin", connected="2021-03-25")
C("wanted_pitch", "software_saw_talk", "de", "Software-Gründerin war beim Vortrag im Qualitätszirkel, nennt No-Show-Problem",
  [("w_sms", "2021-03-26 09:00", "Liebe Frau Kollmannsberger, ich war gestern als Gast beim Qualitätszirkel von Dr. Wimmer und Sie haben nebenbei erzählt, dass bei Ihnen fast jeder fünfte Nachsorgetermin platzt, weil die Kunden ihn vergessen und telefonisch schlecht erreichbar sind. Wir haben genau dafür eine Lösung gebaut: Terminerinnerung per SMS oder an Angehörige, mit einfacher Absage per Antwort 'NEIN'. Kostet 39 € im Monat pro Filiale. Darf ich Ihnen das mal 15 Minuten zeigen?"),
   ("me", "2021-03-26 11:30", "Frau Obermaier, das ist tatsächlich ein Thema. Zeigen Sie es mir gern nächste Woche.")])

P("w_seo", "Florian Lang", "", "Freiberuflicher Webentwickler", connected=None)
C("wanted_pitch", "web_freelancer_visited_site", "de", "Webentwickler nennt konkrete Fehler auf Website und Google-Profil",
  [("w_seo", "2021-02-15 20:45", "Hallo Frau Kollmannsberger, ich wollte für meine Oma einen Termin in Neutraubling ausmachen und bin zweimal vor verschlossener Tür gestanden: Bei Google steht für Neutraubling noch 'Mittwoch bis 18 Uhr', auf Ihrer Website 'Mittwoch geschlossen'. Außerdem lässt sich auf der Website die Telefonnummer am Handy nicht antippen, und das Kontaktformular hat kein Pflichtfeld für Telefon, obwohl Sie ja zurückrufen. Ich bin Webentwickler in Regensburg und würde das für eine kleine Pauschale (ca. 250 €) in Ordnung bringen. Sonst gerne auch einfach als Hinweis!"),
   ("me", "2021-02-16 08:00", "Oh je, danke für den Hinweis und Entschuldigung an Ihre Oma! Ja, melden Sie sich bitte mit einem Angebot.")])

P("w_rec", "Tobias Kerschbaum", "Kerschbaum Personalberatung", "Personalberater Gesundheitshandwerk", connected=None)
C("wanted_pitch", "recruiter_public_job_ad", "de", "Personalberater mit passendem Kandidaten bezieht sich auf Stellenanzeige",
  [("w_rec", "2021-03-08 14:20", "Guten Tag Frau Kollmannsberger, ich habe Ihre Stellenanzeige 'Hörakustikmeister/in Filialleitung Neutraubling' in der Jobbörse der Arbeitsagentur gesehen. Ich betreue aktuell einen Hörakustikmeister (42, 8 Jahre Filialleitung in Hamburg, Schwerpunkt Tinnitus), der aus familiären Gründen in den Raum Regensburg zieht. Wenn Sie die Stelle noch nicht besetzt haben, schicke ich Ihnen gern ein anonymisiertes Profil. Honorar nur bei Einstellung.")])

P("w_kabine", "Sebastian Moser", "Akustikraum Moser GmbH", "Vertrieb Süddeutschland", connected=None)
C("wanted_pitch", "booth_supplier_press_item", "de", "Schallkabinen-Anbieter bezieht sich auf Zeitungsartikel zum Umbau",
  [("w_kabine", "2021-02-03 10:30", "Sehr geehrte Frau Kollmannsberger, im Regensburger Tagblatt stand, dass Sie die Filiale Neutraubling umbauen und dort künftig auch Kinder versorgen wollen. Für Kinder-Audiometrie braucht man in der Regel eine Kabine mit ausreichend Platz für Begleitperson und Freifeldlautsprecher. Wir bauen Kabinen nach Maß, die auch in eine Ecke mit abgehängter Decke passen (falls Sie ohnehin eine Akustikdecke planen, lässt sich das gut abstimmen). Darf ich Ihnen Maße und Preise unserer kompakten Variante schicken?")])

P("w_tinnitus", "Dr. Eva Haslbeck", "Praxis für Psychotherapie", "Psychologische Psychotherapeutin", connected=None)
C("wanted_pitch", "therapist_mutual_contact", "de", "Therapeutin nennt Dr. Wimmer als gemeinsamen Kontakt",
  [("w_tinnitus", "2021-06-14 16:00", "Sehr geehrte Frau Kollmannsberger, Dr. Wimmer hat mir empfohlen, mich bei Ihnen zu melden. Ich biete ab Herbst einen Tinnitus-Bewältigungskurs (8 Abende, von den Kassen als Präventionskurs bezuschusst) in Regensburg an. Viele Ihrer Kunden mit Rauschgenerator könnten davon profitieren, und umgekehrt schicke ich Ihnen Teilnehmende mit Hörminderung. Hätten Sie Interesse, Flyer auszulegen und sich einmal zu einem Austausch zu treffen?"),
   ("me", "2021-06-15 09:00", "Sehr geehrte Frau Dr. Haslbeck, sehr gern! Dr. Wimmer hatte Sie schon erwähnt. Treffen wir uns auf einen Kaffee in der Altstadt?")])

P("w_mtk", "Reinhard Vogl", "Vogl Medizintechnik Service", "Servicetechniker", connected=None)
C("wanted_pitch", "calibration_service_tools", "de", "Servicetechniker erkennt ihr Audiometer-Modell und die fällige Kontrolle",
  [("w_mtk", "2021-04-19 11:15", "Grüß Gott Frau Kollmannsberger, auf dem Foto in Ihrem Beitrag zur Wiedereröffnung sieht man im Anpassraum ein Tonica AT-900. Die Geräte dieser Serie brauchen nach MPBetreibV jährlich eine messtechnische Kontrolle, und der Hersteller hat den Service in Bayern letztes Jahr eingestellt. Wir übernehmen MTK und Kalibrierung für dieses Modell vor Ort (ca. 1 Stunde, 180 € netto), auch für das Freifeld. Wenn Sie möchten, nehme ich Sie in die Tour im Mai auf.")])

P("w_video", "Magdalena Hirsch", "Hirsch Filmproduktion", "Videografin", connected="2021-10-08")
C("wanted_pitch", "video_after_talk", "de", "Videografin war beim VHS-Vortrag und schlägt Erklärvideos vor",
  [("w_video", "2021-10-09 14:30", "Liebe Frau Kollmannsberger, ich saß gestern mit meiner Mutter in Ihrem VHS-Vortrag. Als Sie gezeigt haben, wie man den Filter wechselt, haben drei Leute um uns herum mitgefilmt, um es sich zu merken. Ich mache kurze Erklärvideos: 5 Clips à 1-2 Minuten (Filter, Reinigung, Laden, Bluetooth-Koppeln, Maske), in Ihrem Laden gedreht, zum Verschicken per QR-Code. Pauschal 1.400 €. Hätten Sie Interesse?")])

P("w_remote", "Søren Holm", "FitLink Remote Care", "Head of Partnerships DACH", connected=None)
C("wanted_pitch", "remote_fitting_read_post", "en", "remote-fitting vendor references her post about rural customers",
  [("w_remote", "2021-04-06 09:40", "Hi Theresa, I read your LinkedIn post about customers from the Bayerischer Wald driving 60 km for a ten-minute fine-tuning, and that you're testing remote fitting with your own laptop and a webcam. FitLink runs as a layer on top of the fitting software you already use, so customers just need a smartphone, and the session is logged for the insurer documentation. We're looking for three pilot shops in Bavaria, first six months free. Would you like to be one of them?")])

P("w_stb", "Christine Lohmeier", "Lohmeier Steuerberatung", "Steuerberaterin, Schwerpunkt Gesundheitshandwerk", connected=None)
C("wanted_pitch", "tax_advisor_specific_problem", "de", "Steuerberaterin nennt USt-Split und Kassenabrechnung konkret",
  [("w_stb", "2021-08-02 15:00", "Sehr geehrte Frau Kollmannsberger, ich betreue ausschließlich Hörakustiker und Optiker. Typisch in Ihrer Branche und oft falsch gebucht: Hörgeräte mit 7 % USt, Batterien, Reinigungsmittel und Otoplastiken für Gehörschutz mit 19 %, und bei Abrechnung über ein Abrechnungszentrum wird der Kassenanteil erst Wochen später gebucht. Gerade mit einer zweiten Filiale und Gehörschutz für Betriebe wird das schnell unübersichtlich. Falls Sie mal eine Zweitmeinung wollen: Ein Erstgespräch ist kostenfrei.")])

P("w_rampe", "Klaus Dirscherl", "Dirscherl Metallbau", "Meister", connected=None)
C("wanted_pitch", "accessibility_visited_shop", "de", "Metallbauer hat den Laden gesehen und nennt die Stufen am Eingang",
  [("w_rampe", "2021-05-10 17:10", "Grüß Gott Frau Kollmannsberger, ich hab am Samstag meine Mutter zu Ihnen in die Altstadt begleitet. Sie hat einen Rollator, und die zwei Stufen am Eingang waren für sie ein echtes Hindernis (Ihre Mitarbeiterin hat super geholfen!). Wir bauen mobile Rampen aus Alu, die man morgens rauslegt, auch für denkmalgeschützte Häuser ohne Genehmigung. Für Ihre Stufen wären das ca. 850 €. Soll ich mal vorbeikommen und messen?"),
   ("me", "2021-05-11 08:20", "Grüß Gott Herr Dirscherl, ja bitte, das Thema haben wir schon lange auf dem Zettel. Kommen Sie gern diese Woche vorbei.")])

P("w_batt", "Petra Gschwendtner", "Hörzubehör Süd", "Außendienst", connected=None)
C("wanted_pitch", "accessory_wholesaler_concrete_problem", "de", "Zubehörgroßhändler nennt Rücknahmepflicht und Ladenregal",
  [("w_batt", "2020-10-20 10:45", "Guten Tag Frau Kollmannsberger, ich war letzte Woche bei Ihnen in Neutraubling, um für einen Kunden Batterien zu holen, und hab gesehen, dass Sie Batterien verkaufen, aber keine Rücknahmebox im Verkaufsraum steht. Als Vertreiber sind Sie nach Batteriegesetz zur Rücknahme verpflichtet, die Box muss für Kunden sichtbar sein. Wir stellen Ihnen die Sammelbox kostenlos und holen ab, wenn Sie bei uns Batterien beziehen; preislich liegen wir ca. 8 % unter dem Herstellerpreis. Ich schick Ihnen gern ein Angebot.")])

# ---------------------------------------------------------------- junk

P("j_gehoerschutz", "Dennis Krüger", "SafeSound Handels GmbH", "Key Account", connected=None)
C("junk", "generic_hearing_protection_wholesale", "de", "generischer Gehörschutz-Großhandel, Gegenstück zum Otoplastik-Labor",
  [("j_gehoerschutz", "2021-09-27 08:00", "Guten Tag, wir sind einer der führenden Anbieter von Gehörschutzprodukten in Europa. Profitieren Sie von unserem breiten Sortiment zu Top-Konditionen! Gerne sende ich Ihnen unseren aktuellen Katalog zu. Mit freundlichen Grüßen")])

P("j_seo", "Kevin Schubert", "Ranking Profis", "SEO-Berater", connected=None)
C("junk", "generic_seo", "de", "generisches SEO-Angebot, Gegenstück zum Webentwickler",
  [("j_seo", "2021-02-18 07:45", "Hallo Frau Kollmannsberger, wussten Sie, dass 93 % aller Online-Erlebnisse mit einer Suchmaschine beginnen? Wir bringen Ihre Website auf Seite 1 bei Google, garantiert! Jetzt kostenlose Analyse sichern.")])

P("j_ausland", "Ahmet Yilmaz", "GlobalTalent Personal", "Recruiting Manager", connected=None)
C("junk", "generic_recruiting_abroad", "de", "generische Fachkräfte-aus-dem-Ausland-Agentur, Gegenstück zum Personalberater",
  [("j_ausland", "2021-03-10 09:30", "Sehr geehrte Damen und Herren, Fachkräftemangel? Wir vermitteln qualifizierte Fachkräfte aus Drittstaaten für alle Branchen – Pflege, Handwerk, Gastronomie, IT. Komplettservice inkl. Visum. Lassen Sie uns sprechen!")])

P("j_ladenbau", "Marcel Wendt", "ShopConcept Ladenbau", "Projektleiter", connected=None)
C("junk", "generic_shopfitting", "de", "generischer Ladenbau, Gegenstück zum Kabinenbauer",
  [("j_ladenbau", "2021-02-09 11:00", "Hallo, ist Ihr Geschäft noch zeitgemäß? Wir planen und realisieren moderne Ladenkonzepte für Einzelhandel, Gastronomie und Praxen. Schlüsselfertig, termintreu, zum Festpreis. Kostenlose Erstberatung!")])

P("j_buchhaltung", "Sarah Klein", "BuchhaltungPlus Online", "Kundenberaterin", connected=None)
C("junk", "generic_bookkeeping", "de", "generische Online-Buchhaltung, Gegenstück zur Fach-Steuerberaterin",
  [("j_buchhaltung", "2021-08-04 13:00", "Hallo Theresa, Buchhaltung nervt? Mit BuchhaltungPlus erledigst du deine Buchhaltung in 5 Minuten pro Woche. Jetzt 3 Monate kostenlos testen!")])

P("j_screening", "Dr. Patrick Neumann", "VitalWork Betriebsgesundheit", "Geschäftsführer", connected=None)
C("junk", "offers_what_she_sells", "de", "bietet ihr betriebliche Hörtests für Mitarbeiter an, ihr eigenes Geschäft",
  [("j_screening", "2021-06-22 10:00", "Sehr geehrte Frau Kollmannsberger, Lärm am Arbeitsplatz ist eine der häufigsten Berufskrankheiten. VitalWork bietet betriebliche Hörscreenings für Ihre Mitarbeitenden direkt vor Ort – schnell, unkompliziert und DSGVO-konform. Sollen wir einen Termin für Ihr Team vereinbaren?")])

P("j_oem", "Vivian Zhang", "Shenzhen Clearwave Audio", "Overseas Sales", connected=None)
C("junk", "offers_what_she_sells", "en", "OEM hearing aid factory pitch",
  [("j_oem", "2021-01-28 03:15", "Dear Sir/Madam, we are professional manufacturer of hearing aids with CE and FDA. OEM/ODM welcome, your own logo, MOQ 100 pcs, price from 15 USD. Free sample for you. Please contact for catalog. Best regards, Vivian")])

P("j_kapazitaet", "Jan Petersen", "PatientenBoost Marketing", "Growth Manager", connected=None)
C("junk", "capacity_for_new_clients", "de", "fragt, ob sie Kapazität für neue Kunden hat",
  [("j_kapazitaet", "2021-05-19 15:00", "Hi Theresa, kurze Frage: Hättest du Kapazitäten für 20-30 neue Kunden pro Monat? Wir bringen Gesundheitsbetrieben planbar Neukunden über Facebook-Ads. Wenn ja, zeig ich dir in 10 Minuten wie."),
   ("j_kapazitaet", "2021-05-26 15:02", "Hi Theresa, nur ein kurzes Follow-up: Ist das Thema Neukunden gerade relevant für dich?")])

P("j_gleich", "Maximilian Berger", "Berger Holding", "Unternehmer | Investor | Mentor", connected="2021-04-01",
  invite=("IN", "2021-03-31 21:00", "Hallo Theresa, lass uns connecten!"))
C("junk", "like_minded_entrepreneurs", "de", "möchte sich unter gleichgesinnten Unternehmern vernetzen",
  [("j_gleich", "2021-04-01 08:00", "Hallo Theresa, danke fürs Annehmen! Ich vernetze mich gerne mit gleichgesinnten Unternehmern, die etwas bewegen wollen. Lass uns doch mal auf einen virtuellen Kaffee treffen und schauen, wo es Synergien gibt!")])

P("j_15", "Nico Hartmann", "Hartmann Consulting", "Geschäftsführer", connected=None)
C("junk", "quick_15_minute_call", "de", "kurzes 15-Minuten-Gespräch",
  [("j_15", "2021-07-13 10:00", "Hallo Frau Kollmannsberger, haben Sie diese Woche 15 Minuten für ein kurzes Telefonat? Ich habe eine Idee, wie Sie Ihren Umsatz in 90 Tagen um 30 % steigern. Unverbindlich! Hier mein Kalenderlink.")])

P("j_vers", "Simon Huber", "FinanzPlan Bayern", "Finanzberater", connected="2020-10-01",
  invite=("IN", "2020-09-30 18:30", "Servus Theresa, gerne vernetzen!"))
C("junk", "connect_then_pitch", "de", "Vernetzung, Smalltalk, dann Finanzberatungs-Pitch in Nachricht 2",
  [("j_vers", "2020-10-02 09:00", "Servus Theresa, danke für die Vernetzung! Auch aus Regensburg? Schöne Stadt, ich bin oft an der Steinernen Brücke."),
   ("j_vers", "2020-10-05 09:10", "Übrigens, als Selbstständige: Hast du deine Altersvorsorge schon optimiert? Ich zeige dir gern in 30 Minuten, wie du bis zu 40 % Steuern sparen kannst.")])

P("j_leasing", "Marco Wagner", "E-Drive Leasing", "Vertrieb", connected="2021-06-02",
  invite=("IN", "2021-06-01 12:00", ""))
C("junk", "connect_then_pitch_after_reply", "de", "Smalltalk, Inhaberin antwortet, dann E-Auto-Leasing in Nachricht 3",
  [("j_leasing", "2021-06-03 10:00", "Hallo Frau Kollmannsberger, danke für die Vernetzung! Zwei Filialen, Respekt. Sind Sie viel zwischen den Läden unterwegs?"),
   ("me", "2021-06-03 12:45", "Hallo Herr Wagner, ja, fast täglich, Altstadt und Neutraubling."),
   ("j_leasing", "2021-06-03 13:00", "Dann hab ich was für Sie! Gewerbliches E-Auto-Leasing ab 199 € netto mit Umweltbonus. Soll ich Ihnen ein Angebot machen?")])

P("j_ghost", "Lisa Vogt", "LinkedIn Erfolg Agentur", "Personal Branding Expertin", connected="2021-08-20",
  invite=("IN", "2021-08-19 09:00", "Hallo Theresa, dein Profil ist spannend!"))
C("junk", "connect_then_pitch", "de", "Vernetzung, Kompliment, dann Ghostwriting-Pitch",
  [("j_ghost", "2021-08-21 10:30", "Hallo Theresa, danke fürs Vernetzen! Hörakustik finde ich ein super spannendes Thema."),
   ("j_ghost", "2021-08-24 10:30", "Mir ist aufgefallen, dass du nur selten postest. Wir schreiben für dich 3 Beiträge pro Woche in deinem Stil – für 490 € im Monat. Sollen wir mal telefonieren?")])

P("j_energie", "Thorsten Beck", "EnergieSpar Direkt", "Energieberater", connected=None)
C("junk", "follow_up_bumps", "de", "Energiekosten-Pitch mit zwei Nachfass-Nachrichten ohne Antwort",
  [("j_energie", "2021-09-06 08:00", "Guten Tag Frau Kollmannsberger, zahlen Sie zu viel für Strom und Gas? Wir vergleichen für Gewerbekunden über 200 Anbieter. Ersparnis im Schnitt 23 %!"),
   ("j_energie", "2021-09-13 08:00", "Guten Tag Frau Kollmannsberger, ich wollte kurz nachhaken, ob Sie meine Nachricht gesehen haben?"),
   ("j_energie", "2021-09-21 08:00", "Frau Kollmannsberger, letzte Erinnerung: Die Aktionspreise gelten nur noch diese Woche.")])

P("j_telefon", "Oliver Schramm", "CloudTel Business", "Vertriebsleiter", connected=None)
C("junk", "follow_up_bumps", "de", "Telefonanlage-Pitch mit Nachfassen",
  [("j_telefon", "2021-02-01 09:00", "Hallo Frau Kollmannsberger, ISDN ist Geschichte. Mit unserer Cloud-Telefonanlage telefonieren Sie flexibel von überall. Ab 9,90 € pro Nutzer. Interesse?"),
   ("j_telefon", "2021-02-10 09:00", "Hallo nochmal, darf ich Ihnen unverbindlich ein Angebot schicken?")])

template_fills = [
    ("t1", "Melanie Krause", "MedGrowth Marketing", "2021-03-03 09:00", "de",
     "Hallo Frau Kollmannsberger, ich bin auf Ihr Profil gestoßen und war beeindruckt von Hörakustik Kollmannsberger. Wir helfen Gesundheitsbetrieben, mit einem bewährten System jeden Monat 30+ neue Patienten zu gewinnen. Wären Sie offen für ein kurzes Gespräch?"),
    ("t2", "Daniel Roth", "PraxisWachstum", "2021-03-11 10:15", "de",
     "Hallo Theresa, ich bin auf dein Profil gestoßen und war echt beeindruckt von eurem Hörakustik-Betrieb. Wir helfen Gesundheitsunternehmen, mit unserem bewährten System jeden Monat über 30 neue Kunden zu gewinnen. Offen für ein kurzes Gespräch?"),
    ("t3", "Jessica Lorenz", "Klinikmarketing 360", "2021-03-24 08:30", "de",
     "Guten Tag Frau Kollmannsberger, beim Durchstöbern von LinkedIn bin ich auf Ihr Profil gestoßen und war beeindruckt von Ihrer Arbeit in der Hörakustik. Wir unterstützen Gesundheitsbetriebe dabei, mit einem bewährten System monatlich 30+ neue Patienten zu gewinnen. Hätten Sie Interesse an einem kurzen Austausch?"),
    ("t4", "Ryan Mitchell", "HealthLeads Pro", "2021-04-02 15:40", "en",
     "Hi Theresa, I came across your profile and was impressed by Hörakustik Kollmannsberger. We help healthcare businesses get 30+ new patients every month with our proven system. Would you be open to a quick chat?"),
    ("t5", "Kerstin Fahrenholz", "Neukunden Manufaktur", "2021-04-15 11:05", "de",
     "Hallo Frau Kollmannsberger, ich bin auf Ihr Profil gestoßen und war von Hörakustik Kollmannsberger beeindruckt! Mit unserem bewährten System gewinnen Gesundheitsbetriebe jeden Monat 30 und mehr neue Patienten. Wären Sie offen für ein kurzes Gespräch?"),
]
for key, name, company, date, lang, text in template_fills:
    P(key, name, company, "Geschäftsführung", connected=None)
    C("junk", "template_multi_sender", lang, "gleiche Vorlage von mehreren Absendern", [(key, date, text)])

P("j_merge1", "Sven Albers", "Datenschutz Direkt", "Berater", connected=None)
C("junk", "merge_tag_failure", "de", "nicht ersetzter Platzhalter {{Vorname}}",
  [("j_merge1", "2021-05-05 07:00", "Hallo {{Vorname}}, die DSGVO-Bußgelder steigen. Ist Ihr Unternehmen wirklich abgesichert? Wir stellen Ihnen einen externen Datenschutzbeauftragten ab 99 € im Monat. Kurzes Gespräch diese Woche?")])

P("j_merge2", "Carina Voß", "FördermittelExperten", "Beraterin", connected=None)
C("junk", "merge_tag_failure", "de", "nicht ersetzter Platzhalter [Firma]",
  [("j_merge2", "2021-07-27 09:20", "Guten Tag Frau Kollmannsberger, wussten Sie, dass [Firma] Anspruch auf bis zu 80 % Förderung für Digitalisierungsprojekte haben könnte? Wir prüfen das kostenlos für Sie."),])

P("j_merge3", "Frank Ziegler", "Ziegler IT-Systemhaus", "Vertrieb", connected=None)
C("junk", "merge_tag_wrong_name", "de", "falscher Name in der Anrede",
  [("j_merge3", "2021-10-05 10:00", "Hallo Frau Brandl, ist Ihre IT sicher? Wir übernehmen die komplette IT-Betreuung Ihres Unternehmens zum monatlichen Festpreis. Darf ich Ihnen ein unverbindliches Angebot schicken?")])

P("j_merge4", "Anja Meißner", "Kassensysteme Süd", "Außendienst", connected=None)
C("junk", "merge_tag_wrong_company", "de", "falscher Firmenname",
  [("j_merge4", "2020-12-14 11:30", "Sehr geehrte Frau Kollmannsberger, als Inhaberin von Optik Kollmann GmbH wissen Sie sicher: Ab 1.1. brauchen alle Kassen eine TSE. Wir rüsten Ihr System schnell und günstig um. Jetzt Termin sichern!")])

P("s_hochschule", "Akademie für Gesundheitsmanagement", "", "", url="https://www.linkedin.com/company/akademie-gesundheitsmanagement")
C("junk", "sponsored_inmail", "de", "Sponsored InMail für einen berufsbegleitenden Studiengang",
  [("s_hochschule", "2021-01-15 12:00", "<p>Hallo Theresa,</p><p>bringen Sie Ihre Karriere voran: <b>MBA Gesundheitsmanagement</b> berufsbegleitend &amp; online.</p><p>Jetzt für das Wintersemester bewerben!</p>")],
  title="Sponsored Conversation", subject="Ihr nächster Karriereschritt")

P("s_bank", "Donau Direktbank", "", "", url="https://www.linkedin.com/company/donau-direktbank")
C("junk", "sponsored_inmail", "de", "Sponsored InMail für ein Geschäftskonto",
  [("s_bank", "2021-06-10 12:00", "<p>Theresa, Ihr Geschäftskonto für 0 &euro; im ersten Jahr.</p><p>Jetzt in 10 Minuten online eröffnen.</p>")],
  title="Sponsored Conversation", subject="Geschäftskonto für 0 €")

P("s_cloud", "Workly CRM", "", "", url="https://www.linkedin.com/company/workly-crm")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for CRM software",
  [("s_cloud", "2021-10-20 12:00", "<p>Hi Theresa,</p><p>Small businesses close 29% more deals with <b>Workly CRM</b>. Start your free trial today &amp; get onboarding free.</p>")],
  title="Sponsored Conversation", subject="Close more deals")

P("j_award", "Nicole Hartwig", "Top Dienstleister Deutschland", "Auszeichnungen", connected=None)
C("junk", "paid_award", "de", "bezahlte Auszeichnung mit Lizenzgebühr",
  [("j_award", "2021-04-26 09:00", "Sehr geehrte Frau Kollmannsberger, herzlichen Glückwunsch! Ihr Betrieb wurde als 'Top Hörakustiker Bayern 2021' ausgewählt. Für die Nutzung des Siegels auf Website und im Laden fällt eine einmalige Lizenzgebühr von 890 € zzgl. MwSt. an. Bitte bestätigen Sie bis 30.4.")])

P("j_podcast", "Tim Sauer", "Mittelstand Macher Podcast", "Produzent", connected=None)
C("junk", "paid_podcast_slot", "de", "Podcast-Gastplatz gegen Gebühr",
  [("j_podcast", "2021-08-16 14:00", "Hallo Theresa, wir würden dich gern als Gast im 'Mittelstand Macher Podcast' haben! Für die professionelle Produktion und Bewerbung erheben wir eine Beteiligung von 590 €. Wir haben noch 2 Plätze im September."),])

P("j_magazin", "Sabrina Wolff", "Erfolgreiche Unternehmerinnen Magazin", "Redaktion", connected=None)
C("junk", "paid_feature", "de", "Porträt im Magazin gegen Bezahlung",
  [("j_magazin", "2021-03-01 10:30", "Liebe Frau Kollmannsberger, für unsere Ausgabe 'Starke Frauen aus Bayern' suchen wir inspirierende Unternehmerinnen. Ein ganzseitiges Porträt inkl. Fotoshooting kostet 1.290 €. Wir würden uns freuen, Sie dabei zu haben!")])

P("j_digital", "Benjamin Fritsch", "Digitalwerk Consulting", "Senior Berater", connected=None)
C("junk", "fluent_generic_names_company", "de", "flüssiger Pitch, nennt ihre Firma, passt auf jeden Betrieb",
  [("j_digital", "2021-11-02 10:00", "Sehr geehrte Frau Kollmannsberger, Hörakustik Kollmannsberger steht für Qualität und persönliche Beratung, das sieht man sofort. Gleichzeitig verändert die Digitalisierung das Kundenverhalten rasant: Wer heute nicht online sichtbar, effizient organisiert und datengetrieben aufgestellt ist, verliert morgen Marktanteile. Wir begleiten Unternehmen wie Hörakustik Kollmannsberger ganzheitlich durch die digitale Transformation. Wann dürfen wir Ihnen zeigen, was möglich ist?")])

P("j_pv", "Dominik Eckert", "SonnenStrom Ostbayern", "Energieberater", connected=None)
C("junk", "off_topic_solar", "de", "Photovoltaik-Angebot",
  [("j_pv", "2021-05-31 16:00", "Grüß Gott, haben Sie schon eine PV-Anlage auf dem Dach? Mit Speicher werden Sie unabhängig vom Strompreis. Kostenloser Vor-Ort-Check im Raum Regensburg!")])

P("j_krypto", "Alex Neumann", "", "Trader", connected=None)
C("junk", "off_topic_crypto", "de", "Krypto-Trading-Angebot",
  [("j_krypto", "2021-02-26 22:30", "Hallo Theresa, ich hoffe es geht dir gut 🙂 Ich habe im letzten Monat 38 % mit Bitcoin gemacht und zeige ein paar Leuten kostenlos meine Strategie. Interesse?")])

P("j_immo", "Stephanie Kuhn", "Kapitalanlage Invest AG", "Immobilienberaterin", connected=None)
C("junk", "off_topic_real_estate", "de", "Kapitalanlage-Immobilie",
  [("j_immo", "2021-10-11 11:00", "Sehr geehrte Frau Kollmannsberger, als Unternehmerin mit gutem Einkommen können Sie mit einer Kapitalanlage-Wohnung Steuern sparen und fürs Alter vorsorgen – fast ohne Eigenkapital. Darf ich Ihnen unsere aktuellen Objekte in Leipzig zeigen?")])

P("j_masken", "Ricardo Lehmann", "HygieneHandel24", "Vertrieb", connected=None)
C("junk", "off_topic_masks", "de", "FFP2-Masken und Desinfektionsmittel in großen Mengen",
  [("j_masken", "2020-11-09 08:15", "Sehr geehrte Damen und Herren, FFP2-Masken CE-zertifiziert ab 0,89 € netto, Abnahme ab 10.000 Stück, sofort lieferbar! Außerdem Desinfektionsmittel im 5-Liter-Kanister. Jetzt bestellen, solange Vorrat reicht.")])

P("j_kaffee", "Tanja Weber", "OfficeBrew", "Kundenberaterin", connected=None)
C("junk", "off_topic_coffee", "de", "Kaffeevollautomat fürs Büro",
  [("j_kaffee", "2021-07-01 09:45", "Hallo Frau Kollmannsberger, glückliche Mitarbeiter trinken guten Kaffee! Testen Sie unseren Kaffeevollautomaten 4 Wochen kostenlos in Ihrem Büro.")])

P("j_wein", "Giulia Ferrari", "Vino Diretto", "Sales", connected=None)
C("junk", "off_topic_wine", "en", "wine subscription pitch",
  [("j_wein", "2020-12-01 19:00", "Hello Theresa! Christmas is coming 🎄 Surprise your clients and team with our exclusive Italian wine gift boxes. Corporate discount 20% until Dec 10!")])

P("j_cyber", "Patrick Walter", "SecureNet Solutions", "Security Consultant", connected=None)
C("junk", "generic_cybersecurity", "de", "generischer Cybersecurity-Pitch",
  [("j_cyber", "2021-11-15 09:00", "Hallo Frau Kollmannsberger, jedes dritte mittelständische Unternehmen wurde bereits Opfer eines Cyberangriffs. Sind Sie vorbereitet? Kostenloser Sicherheits-Check in 30 Minuten.")])

if __name__ == "__main__":
    ex.write(
        HERE.parents[1] / SLUG,
        {"First Name": "Theresa", "Last Name": "Kollmannsberger",
         "Headline": "Hörakustikmeisterin | Inhaberin Hörakustik Kollmannsberger | Regensburg & Neutraubling",
         "Summary": "Seit 2014 versorge ich in Regensburg Menschen mit Hörsystemen und Gehörschutz, seit 2019 mit zweiter Filiale in Neutraubling. "
                    "Pädakustik, Tinnitus-Versorgung, Gehörschutz für Betriebe und Musiker. Ausbildungsbetrieb und Prüferin der Innung.",
         "Industry": "Gesundheitswesen", "Geo Location": "Regensburg, Bayern, Deutschland",
         "Websites": "[COMPANY:hoerakustik-kollmannsberger.de]"},
        [{"Company Name": "Hörakustik Kollmannsberger", "Title": "Inhaberin, Hörakustikmeisterin",
          "Description": "Zwei Fachgeschäfte für Hörakustik in Regensburg-Altstadt und Neutraubling.",
          "Location": "Regensburg", "Started On": "Apr 2014", "Finished On": ""},
         {"Company Name": "Hörgeräte Weiß", "Title": "Hörakustikerin",
          "Description": "", "Location": "Straubing", "Started On": "Sep 2008", "Finished On": "Mar 2014"}],
        ["Hörakustik", "Audiometrie", "Otoplastik", "Gehörschutz", "Pädakustik", "Tinnitus",
         "Mitarbeiterführung", "Ausbildung"],
    )
    print(ex.summary())

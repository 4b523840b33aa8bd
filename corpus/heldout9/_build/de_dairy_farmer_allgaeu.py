"""Persona: dairy farmer with a farm shop in the Allgäu (2021 layout).

Written blind to the detector in session 2; every message is original.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-dairy-farmer-allgaeu"
OWNER = Person("me", "Martin Zettler", "https://www.linkedin.com/in/martin-zettler-zettlerhof",
               "Zettlerhof", "Landwirt & Betriebsleiter")

ex = Export(SLUG, "2021", OWNER)
P, C = ex.person, ex.conv

# ------------------------------------------------------------------ people
P("sennerei", "Anton Bechteler", "Sennereigenossenschaft Rottachtal eG", "Geschäftsführer", connected="2017-04-02")
P("sennerei2", "Lisa Hindelang", "Sennereigenossenschaft Rottachtal eG", "Qualitätsmanagement", connected="2019-11-12")
P("vet", "Dr. Katharina Briechle", "Tierarztpraxis Briechle", "Tierärztin (Großtier)", connected="2016-09-09")
P("mr", "Florian Kustermann", "Maschinenring Oberallgäu e.V.", "Geschäftsführer", connected="2015-02-20")
P("mr2", "Simon Wachter", "Maschinenring Oberallgäu e.V.", "Einsatzleitung Betriebshilfe", connected="2018-06-30")
P("robot_existing", "Jens Köhler", "Lely Center Kempten", "Servicetechniker", connected="2019-03-15")
P("feed_existing", "Gabriele Schorer", "BayWa Agrar Kempten", "Fachberaterin Fütterung", connected="2017-10-01")
P("solar_existing", "Tobias Rasch", "Allgäu Sonnenstrom GmbH", "Projektleiter", connected="2020-05-05")
P("aelf", "Monika Vogler", "AELF Kempten", "Förderung & Investitionen", connected="2018-01-22")
P("stb", "Reinhard Mayr", "Landwirtschaftliche Buchstelle Allgäu", "Steuerberater", connected="2014-12-01")
P("bbv", "Xaver Rädler", "Bayerischer Bauernverband", "Ortsobmann", connected="2013-07-07")
P("customer1", "Sabine Eberle", "", "Grundschullehrerin", connected="2020-08-14")
P("customer2", "Thomas Kleinheinz", "Gasthof Zum Hirschen", "Wirt & Küchenchef", connected="2020-10-10")
P("customer3", "Nadine Fröhlich", "", "Hochzeitsplanerin Allgäu", connected="2021-02-03")
P("customer4", "Dieter Hörmann", "", "Rentner", connected="2021-04-19")
P("kita", "Evi Schweiger", "Kinderhaus Sonnenschein", "Leitung", connected="2021-03-01")
P("journalist", "Benedikt Schmölz", "Allgäuer Rundschau", "Redakteur Lokales", connected="2021-05-11")
P("azubi", "Lukas Wegscheider", "", "Schüler, Landwirtschaftsschule", connected="2021-01-25")
P("azubi2", "Marie Rauch", "", "Agrarstudentin, HSWT")
P("neighbour", "Hans Kögel", "Kögelhof", "Landwirt", connected="2016-03-03")
P("besamung", "Rudi Zeh", "Rinderzuchtverband Schwaben", "Besamungstechniker", connected="2017-05-05")
P("uni", "Prof. Dr. Carolin Sturm", "Hochschule Weihenstephan-Triesdorf", "Professorin Nutztierwissenschaften", connected="2020-01-15")
P("friend", "Veronika Stich", "Käserei Stich", "Käsemeisterin", connected="2015-09-09")
P("intro", "Paul Leitner", "Alpgenossenschaft Hochgrat", "Alpmeister", connected="2021-06-01")
P("cousin", "Michael Zettler", "Allgäu Bau GmbH", "Bauleiter", connected="2012-01-01")
P("thanks1", "Karin Vogt", "", "Kundin Hofladen", connected="2021-05-30")
P("thanks2", "Gerhard Lutz", "Gemeinde Hinterberg", "Erster Bürgermeister", connected="2016-06-06")
P("thanks3", "Elke Sommer-Fink", "", "Lehrerin", connected="2021-06-10")
P("lkv", "Andrea Kreuzer", "LKV Bayern", "Leistungsoberprüferin", connected="2018-02-02")
P("klauen", "Basti Huber", "Klauenpflege Huber", "Klauenpfleger", connected="2019-09-19")
P("spam_genuine", "Irmgard Wölfle", "", "Kundin", connected="2021-07-01")
P("en_visitor", "Hannah Whitcombe", "Farm Stay Travel UK", "Travel writer", connected="2021-04-04")
P("messe", "Christoph Renner", "Allgäuer Festwoche", "Organisation Landwirtschaftsausstellung", connected="2019-08-08")

# wanted pitches
P("wp_solar", "Johannes Brutscher", "Brutscher Energietechnik", "Meister Elektrotechnik")
P("wp_robot", "Verena Albrecht", "Lely Center Kempten", "Beratung Herdenmanagement", connected="2019-03-20")
P("wp_foerder", "Dr. Stefan Riedle", "Riedle Agrarberatung", "Agrarberater")
P("wp_feed", "Kilian Moosbrugger", "Bergfutter Moosbrugger", "Inhaber")
P("wp_shop", "Anna-Lena Hofer", "Hofladen-Automat Süd", "Vertrieb", invite=("IN", "2021-03-08 19:05", "Servus Herr Zettler, ich hab Ihren Hofladen auf der Regio-Karte gefunden – kurze Frage zur Öffnungszeit?"), connected="2021-03-08")
P("wp_vet", "Dr. Jonas Eggler", "Rindergesundheitsdienst Allgäu", "Tierarzt, Bestandsbetreuung")
P("wp_biogas", "Petra Gschwend", "Gülle-Separation Allgäu", "Projektleiterin")
P("wp_heumilch", "Matthias Sailer", "ARGE Heumilch Allgäu", "Regionalbetreuer")
P("wp_tourism", "Corinna Ried", "Urlaub am Bauernhof Allgäu", "Mitgliederberatung")
P("wp_sensor", "Ole Christensen", "HerdSense ApS", "Sales Manager DACH")
P("wp_kaese", "Julia Stadler", "Allgäuer Genussmanufaktur", "Einkauf")
P("wp_insurance", "Franz Gehring", "Gehring Versicherungsmakler", "Agrar-Versicherungsmakler")

# junk
P("pv1", "Dennis Albers", "SolarMax Deutschland", "Vertriebsleiter")
P("pv2", "Jana Krüger", "Sonnendach24", "Key Account Managerin", invite=("IN", "2021-02-11 10:00", ""), connected="2021-02-11")
P("pv3", "Mehmet Yıldız", "EnergieWende Direkt GmbH", "Projektberater")
P("pv4", "Sven Ohlsen", "Nordlicht PV Solutions", "Business Development")
P("j_merge1", "Patrick Vollmer", "Agrar-Leads GmbH", "Sales Development")
P("j_merge2", "Melanie Sander", "FarmFinance24", "Kundenberaterin")
P("j_merge3", "Oliver Brandt", "Stallbau Brandt", "Außendienst")
P("j_merge4", "Carina Weis", "WebDesign Weis", "Inhaberin")
P("j_crypto", "Elena Petrova", "", "Investorin | Krypto-Mentorin")
P("j_mlm", "Steffi Baumgartner", "", "Gesundheitscoach | Mama | Unternehmerin")
P("j_award", "Marco Schell", "Deutscher Agrar-Exzellenzpreis", "Jury-Koordination")
P("j_podcast", "Kevin Roth", "Unternehmer-Talk Deutschland", "Podcast-Produzent")
P("j_recruit", "Laura Dietz", "IT-Talents Consulting", "Senior Recruiterin")
P("j_connect", "Ralf Engelhardt", "Engelhardt Consulting", "Unternehmer | Investor | Mentor", invite=("IN", "2021-04-12 21:00", "Hallo Martin, ich vernetze mich gerne mit Gleichgesinnten Unternehmern!"), connected="2021-04-12")
P("j_ctp", "Nico Bauer", "Hofladen-Marketing.de", "Gründer", invite=("IN", "2021-05-17 08:40", ""), connected="2021-05-17")
P("j_ctp2", "Sandra Lehner", "Vermögensplan Süd", "Finanzberaterin", invite=("IN", "2021-01-19 17:15", ""), connected="2021-01-19")
P("j_ctp3", "Tim Vogelsang", "SocialFarm Agency", "Growth Hacker", invite=("IN", "2021-08-02 12:00", "Cooler Hof!"), connected="2021-08-02")
P("j_leadgen", "Maximilian Graf", "Terminflut", "CEO")
P("j_reviews", "Jasmin Koch", "Sterne-Boost", "Reputation Management")
P("j_coach", "Dr. Heike Strassner", "Leadership Summit Akademie", "Executive Coach")
P("j_immo", "Alexander Wolff", "Wolff Immobilien Invest", "Investmentberater")
P("j_insurance", "Dominik Pfeiffer", "FinanzKompass", "Versicherungsexperte")
P("j_bump", "Lea Schubert", "AgriSoft Cloud", "Account Executive")
P("j_video", "Fabian Krämer", "Drohnenfilm Pro", "Geschäftsführer")
P("j_linkedin", "Sophie Hartl", "", "LinkedIn-Expertin | Personal Branding")
P("j_en", "Ryan Calloway", "AgriGrowth Partners", "Head of Growth")
P("j_en2", "Priyanka Shah", "FarmOps Global", "Business Development Executive")
P("j_capacity", "Holger Kranz", "AgrarService-Netzwerk", "Partnermanager")
P("j_foerder_gen", "Sebastian Lorenz", "Fördermittel-Experten24", "Fördermittelberater")
P("j_energy", "Markus Thiel", "Strompreis-Check GmbH", "Energieberater")
P("j_robot_gen", "Ingo Feldmann", "MilkTech Solutions", "Vertrieb Süd")
P("j_shop", "Benjamin Ott", "HofShop Digital", "Gründer & Geschäftsführer")
P("j_feature", "Claudia Mertens", "Wirtschaftsspiegel Süd", "Anzeigenleitung")
P("sp_bank", "AgrarKredit Bank", url="https://www.linkedin.com/company/agrarkredit-bank")
P("sp_akad", "Fernakademie für Management", url="https://www.linkedin.com/company/fernakademie-management")
P("sp_soft", "Stallplaner Pro", url="https://www.linkedin.com/company/stallplaner-pro")

# ------------------------------------------------------------------ genuine
C("genuine", "coop", "de", "Sennerei-Genossenschaft: Milchpreis und Generalversammlung", [
    ("sennerei", "2021-03-02 08:15", "Servus Martin, kurze Info vorab: der Heumilchzuschlag steigt ab April auf 6,5 Cent. Offiziell kommt's mit der Einladung zur Generalversammlung am 23.4. Du bist doch wieder als Beirat aufgestellt, oder?"),
    ("me", "2021-03-02 12:30", "Servus Anton, des sind gute Nachrichten. Ja, ich stell mich wieder auf. Pfiati!"),
])
C("genuine", "coop", "de", "Sennerei QM: Zellzahl-Auffälligkeit (hard: warnend, Termin)", [
    ("sennerei2", "2021-06-14 10:40", "Hallo Martin, bei der letzten Probe lag eure Zellzahl bei 290.000. Noch kein Abzug, aber wir sollten das im Auge behalten. Magst du die Einzeltierdaten vom LKV mal mit Dr. Briechle anschauen? Gern kann ich auch vorbeikommen."),
    ("me", "2021-06-14 18:05", "Danke Lisa, die Briechle kommt eh am Donnerstag. Ich meld mich."),
])
C("genuine", "vet", "de", "Tierärztin: Bestandsbesuch und Impfplan", [
    ("me", "2021-06-15 06:10", "Guten Morgen Frau Dr. Briechle, können Sie am Donnerstag bei der Routine auch drei Kühe mit erhöhter Zellzahl anschauen? Liste schick ich."),
    ("vet", "2021-06-15 07:45", "Morgen Herr Zettler, ja freilich. Ich bring gleich Material für Viertelgemelksproben mit. Bis Donnerstag um 7."),
])
C("genuine", "vet", "de", "Tierärztin nachts, kurz", [
    ("vet", "2021-02-19 23:40", "Bin in 20 min da. Kalb warm halten."),
    ("me", "2021-02-20 02:10", "Danke für heut Nacht. Beide wohlauf."),
])
C("genuine", "maschinenring", "de", "Maschinenring: Betriebshilfe und Verrechnungssatz (hard: Preise)", [
    ("mr2", "2021-01-11 14:00", "Hallo Martin, für deine Knie-OP im Februar hab ich dir den Alois als Betriebshelfer eingeteilt, 14 Tage. Verrechnung läuft wie immer über den MR, der Satz ist heuer 21,50 € die Stunde, den Großteil zahlt die SVLFG. Passt des so?"),
    ("me", "2021-01-11 19:30", "Passt perfekt, vergelt's Gott Simon. Der Alois kennt den Roboter eh schon."),
])
C("genuine", "maschinenring", "de", "Maschinenring GF: Mitgliederversammlung + Angebot Gemeinschaftsmaschine", [
    ("mr", "2021-09-06 09:00", "Liebe Mitglieder im Raum Hinterberg, wir überlegen gemeinsam einen Ladewagen mit Dosierwalzen anzuschaffen. Martin, du hattest doch Interesse signalisiert – kämst du zum Infoabend am 22.9.? Kosten pro Stunde würden wir dort vorstellen."),
    ("me", "2021-09-06 12:00", "Bin dabei, Florian."),
])
C("genuine", "existing_vendor", "de", "Lely-Techniker: Wartungstermin am bestehenden Roboter (hard: Kosten)", [
    ("robot_existing", "2021-04-07 11:20", "Grüß Gott Herr Zettler, die 2.500-Stunden-Wartung an Ihrem A5 steht an. Ich könnte am Dienstag früh kommen. Kostet wie im Servicevertrag, nur die Zitzenbecherliner kommen extra (ca. 340 €). Passt Ihnen das?"),
    ("me", "2021-04-07 13:00", "Dienstag passt. Nach der Morgenmelkung bitte, also ab 8."),
    ("robot_existing", "2021-04-07 13:05", "Notiert."),
])
C("genuine", "existing_vendor", "de", "Roboter Störung am Sonntag", [
    ("me", "2021-08-29 05:12", "Jens, Roboter meldet Laserfehler, keine Kuh wird angesetzt. Hotline besetzt."),
    ("robot_existing", "2021-08-29 05:40", "Bin unterwegs, 30 Minuten. Bis dahin die Laserscheibe mal mit dem Tuch reinigen."),
])
C("genuine", "existing_vendor", "de", "BayWa Fütterungsberaterin: Preiserhöhung Kraftfutter (hard: Angebot)", [
    ("feed_existing", "2021-10-04 09:30", "Hallo Herr Zettler, leider ziehen die Preise beim Milchleistungsfutter ab November um ca. 18 €/t an. Wenn Sie bis 20.10. für das Winterhalbjahr kontrahieren, halten wir den alten Preis. Ich kann auch Ihre Grundfutteranalyse nochmal mit der Ration abgleichen, dann brauchen Sie vielleicht weniger."),
    ("me", "2021-10-04 20:00", "Ja bitte Ration nochmal anschauen, dann entscheid ich. Danke!"),
])
C("genuine", "existing_vendor", "de", "bestehender PV-Installateur: Netzanschluss Termin", [
    ("solar_existing", "2021-06-22 15:10", "Hallo Herr Zettler, das Bayernwerk hat die Zählersetzung für die neue Anlage auf dem Heustadel für den 8. Juli bestätigt. Bitte den Zählerschrank zugänglich lassen. Danach können wir in Betrieb nehmen."),
    ("me", "2021-06-22 17:20", "Sehr gut, danke Herr Rasch."),
])
C("genuine", "authority", "de", "AELF: Förderantrag Laufstall, fehlende Unterlagen", [
    ("aelf", "2021-02-15 10:00", "Sehr geehrter Herr Zettler,\n\nzu Ihrem Antrag im Einzelbetrieblichen Investitionsförderprogramm (Umbau Laufstall) fehlen noch die Baugenehmigung und das dritte Vergleichsangebot für die Stalleinrichtung. Bitte reichen Sie diese bis 15.03. nach, damit der Antrag im nächsten Auswahlverfahren berücksichtigt werden kann.\n\nMit freundlichen Grüßen\nMonika Vogler"),
    ("me", "2021-02-16 21:00", "Sehr geehrte Frau Vogler, die Baugenehmigung kommt diese Woche, das dritte Angebot reiche ich bis Ende Februar nach. Vielen Dank für den Hinweis."),
])
C("genuine", "existing_vendor", "de", "eigener Steuerberater: Pauschalierung Hofladen", [
    ("stb", "2021-11-23 16:00", "Hallo Martin, wegen dem Hofladen-Umsatz: Ihr kratzt heuer an der Grenze für die Durchschnittssatzbesteuerung beim Zukauf-Käse. Lass uns im Dezember kurz zusammensitzen, bevor du Ware fürs Weihnachtsgeschäft nachkaufst."),
    ("me", "2021-11-23 20:10", "Machen wir, Reinhard. Ich ruf Montag an."),
])
C("genuine", "association", "de", "Bauernverband Ortsobmann: Einladung Infoabend Düngeverordnung", [
    ("bbv", "2021-01-28 18:00", "Servus beinand, am 9.2. ist um 20 Uhr im Gasthof Hirschen der Infoabend zur neuen Düngeverordnung. Martin, kannst du kurz was zu deinen Erfahrungen mit dem Schleppschuh erzählen? 10 Minuten reichen."),
    ("me", "2021-01-28 19:00", "Mach ich Xaver."),
])
C("genuine", "customer", "de", "Hofladen-Kundin: Vorbestellung Butter und Käse", [
    ("customer1", "2021-04-01 17:30", "Hallo Herr Zettler, ich würde für Ostern gern 2 kg Bergkäse und 4 Stück Butter vorbestellen. Geht Abholung am Gründonnerstag? Viele Grüße, Sabine Eberle"),
    ("me", "2021-04-01 19:00", "Hallo Frau Eberle, gerne, liegt ab Mittwoch bereit. Frohe Ostern!"),
])
C("genuine", "inbound_lead", "de", "Gastwirt möchte regelmäßig Heumilch und Butter kaufen (hard: Preise)", [
    ("customer2", "2021-05-03 15:00", "Servus Martin, ich stell die Karte auf regional um. Könntest du mir wöchentlich 40 Liter Heumilch und 10 kg Butter liefern? Was würdest du verlangen? Ich zahl lieber dir was Gscheids als dem Großhandel."),
    ("me", "2021-05-03 21:30", "Servus Thomas, da machen wir was. Milch ab Hof 1,30 €/l, Butter 11 € das Kilo, Lieferung dienstags. Komm am Wochenende vorbei, dann reden wir."),
    ("customer2", "2021-05-04 07:00", "Top, Samstag nach der Messe."),
])
C("genuine", "inbound_lead", "de", "Hochzeitsplanerin will Käsebuffet kaufen, fragt nach Angebot", [
    ("customer3", "2021-06-02 11:11", "Hallo Herr Zettler! Ein Brautpaar von mir wünscht sich ein Allgäuer Käsebuffet mit Produkten direkt vom Hof, 120 Gäste, 14. August. Könnten Sie ein Angebot machen? Liefern Sie auch?"),
    ("me", "2021-06-02 20:45", "Grüß Gott Frau Fröhlich, ja gerne. Ich schick Ihnen morgen ein Angebot mit Lieferung."),
])
C("genuine", "customer", "de", "Rentner fragt nach Milchtankstelle Öffnungszeiten, lang und höflich", [
    ("customer4", "2021-04-20 09:05", "Sehr geehrter Herr Zettler, meine Frau und ich kommen seit Jahren an Ihre Milchtankstelle. Leider war der Automat am Sonntag außer Betrieb. Wissen Sie schon, wann er wieder funktioniert? Wir möchten nicht auf die Supermarktmilch umsteigen. Mit freundlichen Grüßen Dieter Hörmann"),
    ("me", "2021-04-20 12:15", "Sehr geehrter Herr Hörmann, danke für den Hinweis, der Münzprüfer ist getauscht, es läuft wieder. Herzliche Grüße"),
])
C("genuine", "customer", "de", "Kundin im SPAM-Ordner: Frage zu Rohmilch und Sammelbestellung", [
    ("spam_genuine", "2021-07-05 20:20", "Grüß Gott, ich bin neu im Dorf und würde gern für unsere Nachbarschaft (5 Familien) regelmäßig Milch und Eier bei Ihnen holen. Gibt es einen Mengenrabatt? Und kann man die Rohmilch für Kinder abkochen? Danke, Irmgard Wölfle"),
], folder="SPAM")
C("genuine", "event", "de", "Kita möchte Hofbesuch", [
    ("kita", "2021-03-02 13:00", "Liebe Familie Zettler, unsere Vorschulkinder (12 Kinder) würden so gern mal sehen, wo die Milch herkommt. Wäre ein Besuch im Mai möglich? Wir bringen Gummistiefel mit 🙂"),
    ("me", "2021-03-02 18:40", "Freilich! Dienstag 11. Mai um 9:30? Dann sind die Kälber grad munter."),
])
C("genuine", "journalist", "de", "Lokalredakteur: Artikel über Milchtankstelle", [
    ("journalist", "2021-05-11 10:10", "Hallo Herr Zettler, wir machen eine Serie über Direktvermarkter im Oberallgäu. Hätten Sie nächste Woche eine halbe Stunde für ein Gespräch und ein paar Fotos im Hofladen?"),
    ("me", "2021-05-11 13:00", "Gerne, Mittwoch ab 14 Uhr."),
])
C("genuine", "applicant", "de", "Schüler fragt nach Ausbildungsplatz", [
    ("azubi", "2021-01-25 19:45", "Hallo Herr Zettler, ich bin in der 2. Klasse Landwirtschaftsschule und such für September einen Ausbildungsbetrieb mit Melkroboter. Hätten Sie Interesse? Ich hab auch schon auf unserem Hof (Mutterkühe) viel geholfen."),
    ("me", "2021-01-26 06:30", "Servus Lukas, komm doch am Samstag zum Probearbeiten, dann schauen wir."),
    ("azubi", "2021-01-26 07:10", "Super, danke! Bin um 6 da."),
])
C("genuine", "applicant", "de", "Studentin sucht Praktikum für Bachelorarbeit, keine Antwort", [
    ("azubi2", "2021-09-14 11:00", "Sehr geehrter Herr Zettler, ich schreibe meine Bachelorarbeit über Weidegang bei automatischen Melksystemen und suche einen Betrieb für Datenerhebung (Juni–August). Wäre das bei Ihnen denkbar? Freundliche Grüße, Marie Rauch"),
])
C("genuine", "colleague", "de", "Nachbar: gemeinsame Güllefass-Bestellung (hard: Angebot)", [
    ("neighbour", "2021-03-18 20:30", "Servus Martin, der Händler macht uns 8% wenn wir zwei Schleppschuhverteiler zusammen bestellen. Bist dabei? Muss bis Freitag Bescheid geben."),
    ("me", "2021-03-18 21:05", "Bin dabei, Hans. Sag ihm zu."),
])
C("genuine", "existing_vendor", "de", "Besamungstechniker: Termin", [
    ("besamung", "2021-07-19 06:00", "Morgen Martin, die 112 ist heut brünstig laut Roboter? Komm um halb 10."),
    ("me", "2021-07-19 06:05", "Ja, passt."),
])
C("genuine", "research", "de", "Professorin lädt zu Praxisforschungsprojekt ein (hard: Vergütung)", [
    ("uni", "2021-01-15 14:20", "Sehr geehrter Herr Zettler,\n\nim Rahmen eines Forschungsprojekts zur Klauengesundheit in Heumilchbetrieben suchen wir 15 Praxisbetriebe im Allgäu. Ihr Betrieb wurde uns vom LKV empfohlen. Es gäbe eine Aufwandsentschädigung von 600 € pro Jahr. Dürfen wir Ihnen die Projektbeschreibung schicken?\n\nBeste Grüße\nCarolin Sturm"),
    ("me", "2021-01-16 09:00", "Sehr gerne, schicken Sie mir die Unterlagen."),
])
C("genuine", "friend", "de", "Käsemeisterin befreundet, Lohnkäserei", [
    ("friend", "2021-08-10 12:00", "Hey Martin! Hab ab Oktober wieder Kapazität in der Käserei. Willst du wieder 2.000 Liter die Woche für deinen Hofladen-Käse verkäsen lassen? Gleicher Preis wie letztes Jahr."),
    ("me", "2021-08-10 20:00", "Vroni, du bist ein Schatz. Ja!"),
])
C("genuine", "intro", "de", "Vorstellung durch Alpmeister (Sommerweide Jungvieh)", [
    ("intro", "2021-06-01 08:00", "Servus Martin, der Hans Kögel hat mir gsagt, du suchst noch Alpplätze für deine Kalbinnen. Wir hätten heuer 6 Plätze frei auf der Hochgrat-Alpe, Auftrieb am 10. Juni. Weidegeld 95 € pro Tier. Magst?"),
    ("me", "2021-06-01 12:00", "Hervorragend, 5 Stück würd ich bringen."),
])
C("genuine", "family", "de", "Cousin wegen Stallumbau-Baustelle", [
    ("cousin", "2021-05-20 07:00", "Martin, Betonpumpe kommt Donnerstag 7 Uhr. Kühe bitte bis dahin aus dem Altbau raus."),
])
C("genuine", "thanks", "de", "Danke für Hoffest (nahezu gleich 1)", [
    ("thanks1", "2021-06-28 09:00", "Vielen Dank für das tolle Hoffest gestern! Die Kinder reden von nichts anderem als den Kälbchen."),
])
C("genuine", "thanks", "de", "Danke vom Bürgermeister fürs Hoffest (nahezu gleich 2)", [
    ("thanks2", "2021-06-28 10:30", "Lieber Martin, vielen Dank für das tolle Hoffest gestern! Ein schönes Aushängeschild für unsere Gemeinde. Gruß Gerhard"),
    ("me", "2021-06-28 12:00", "Danke dir Gerhard, war a scheener Tag."),
])
C("genuine", "thanks", "de", "Danke fürs Hoffest (nahezu gleich 3)", [
    ("thanks3", "2021-06-28 20:15", "Danke für das tolle Hoffest gestern, die Kinder reden von nichts anderem mehr als den Kälbchen 😊"),
])
C("genuine", "authority", "de", "LKV Milchleistungsprüfung Termin", [
    ("lkv", "2021-09-01 07:30", "Guten Morgen, Probemelken diesmal am 14.9. über den Roboter – bitte Probenflaschen-Rack ab dem Vorabend bereitstellen. Danke und Gruß, A. Kreuzer"),
])
C("genuine", "existing_vendor", "de", "Klauenpfleger kurz", [
    ("klauen", "2021-10-12 18:00", "Nächste Woche Mittwoch Klauenpflege? 35 Kühe wie immer?"),
    ("me", "2021-10-12 18:20", "Ja, 38 diesmal."),
])
C("genuine", "journalist", "en", "English travel writer asks about a farm visit", [
    ("en_visitor", "2021-04-04 16:00", "Hello Martin, I'm writing a piece for a UK travel site on hay-milk farms in the Allgäu. Your farm shop was recommended by the tourist office in Kempten. Would you be open to a short visit in June and a few questions? I'm happy to buy lunch in the village."),
    ("me", "2021-04-05 08:30", "Hello Hannah, yes, you are welcome. June 10 is good. My English is not perfect but we manage!"),
])
C("genuine", "event", "de", "Allgäuer Festwoche: Einladung zur Tierschau (hard: Standgebühr)", [
    ("messe", "2021-05-25 13:00", "Grüß Gott Herr Zettler, wir würden Sie gern einladen, bei der Landwirtschaftsausstellung der Festwoche wieder Braunvieh auszustellen. Für Aussteller mit Direktvermarktung gibt es zusätzlich einen Hofladen-Stand, Standgebühr 120 €. Interesse?"),
    ("me", "2021-05-26 19:00", "Tiere ja, Stand heuer leider nicht, fehlt das Personal."),
])
C("genuine", "owner_started", "de", "Besitzer schreibt Professorin nach Vortrag an", [
    ("me", "2021-11-30 21:00", "Sehr geehrte Frau Prof. Sturm, danke für den Vortrag beim Grünlandtag. Könnten Sie mir die Folien zum Weidemanagement mit Roboter schicken?"),
    ("uni", "2021-12-01 08:10", "Sehr gern, kommen per Mail. Und danke nochmal fürs Mitmachen im Projekt!"),
])
C("genuine", "coop", "de", "Sennerei: Milchabholung wegen Schnee verschoben", [
    ("sennerei", "2021-12-09 05:30", "Martin, Tankwagen kommt wegen Schnee erst um 11. Tank reicht?"),
    ("me", "2021-12-09 05:45", "Reicht knapp. Danke für Bescheid."),
])

# ------------------------------------------------------------------ wanted pitches
C("wanted_pitch", "solar", "de", "Elektromeister kennt Dachausrichtung, Netzgrenze und bestehende Anlage", [
    ("wp_solar", "2021-09-20 19:30", "Grüß Gott Herr Zettler, ich hab gesehen, dass auf Ihrem Heustadel seit Sommer PV ist – aber die Südseite vom neuen Laufstall ist noch frei. Da Ihr Roboter und die Milchkühlung tagsüber laufen, würde sich ein Speicher mit ca. 30 kWh lohnen, statt mehr ins Netz zu geben (das Bayernwerk begrenzt bei Ihnen am Trafo Hinterberg ja eh). Ich bin aus Waltenhofen, hab den Kögelhof gemacht. Darf ich mir's mal anschauen?"),
    ("me", "2021-09-21 07:00", "Des mit dem Trafo stimmt. Kommen Sie am Freitag vorbei."),
])
C("wanted_pitch", "milking_robot", "de", "Herdenmanagement-Beraterin mit Auswertung seiner Roboterdaten", [
    ("wp_robot", "2021-10-18 10:00", "Hallo Herr Zettler, bei der Wartung hat Jens erwähnt, dass Ihre Zwischenmelkzeit bei den Erstkalbinnen deutlich über 10 Stunden liegt. Wir haben ein neues Modul für Weidegang-Betriebe, das die Selektion ans Tor koppelt – gerade bei Heumilch mit Weidepflicht interessant. Für Bestandskunden im ersten Jahr kostenlos testbar. Soll ich's Ihnen vorführen?"),
    ("me", "2021-10-18 21:00", "Ja, das Problem mit den Kalbinnen hab ich wirklich. Vorführung gern."),
])
C("wanted_pitch", "subsidies", "de", "Agrarberater bezieht sich auf seinen laufenden EIF-Antrag", [
    ("wp_foerder", "2021-02-22 20:10", "Sehr geehrter Herr Zettler, im Allgäuer Bauernblatt stand, dass Sie den Laufstall umbauen. Falls Sie im EIF-Antrag noch nicht das Tierwohl-Zusatzmodul (Premiumförderung, +10 %) berücksichtigt haben: mit Ihrem geplanten Auslauf erfüllen Sie die Kriterien vermutlich. Ich mache das seit 15 Jahren, auch für die Sennerei Rottachtal-Betriebe. Eine Erstprüfung kostet nichts."),
])
C("wanted_pitch", "feed", "de", "Futterhändler mit Heumilch-zertifiziertem Mineralfutter", [
    ("wp_feed", "2021-07-07 17:00", "Servus Martin, ich bin der Kilian von Bergfutter aus Immenstadt. Hab gehört ihr seid bei der Heumilch-ARGE und sucht ein gentechnikfreies, silagefreies Mineralfutter ohne Palmöl. Genau sowas mischen wir – fürs Rottachtal auch zugelassen. Magst a Probesackerl?"),
])
C("wanted_pitch", "farm_shop", "de", "Verkaufsautomat für Hofladen, nach Invite-Frage zu Öffnungszeiten", [
    ("wp_shop", "2021-03-08 19:20", "Danke fürs Annehmen! Ich war am Sonntag vor Ihrem Hofladen und der war zu – da standen zwei Familien aus Kempten ratlos davor. Wir bauen gekühlte Regio-Automaten mit Fächern für Käse, Butter und Eier, passend neben Ihre Milchtankstelle (gleiches Bezahlsystem). Ich kann Ihnen gern Zahlen vom Hof Gschwender in Buchenberg zeigen."),
    ("me", "2021-03-09 06:30", "Sonntag ist tatsächlich ein Thema. Schicken Sie mal Preise."),
])
C("wanted_pitch", "herd_health", "de", "Rindergesundheitsdienst: Eutergesundheitsprogramm, bezieht sich auf Zellzahl", [
    ("wp_vet", "2021-06-25 09:00", "Sehr geehrter Herr Zettler, Ihre Tierärztin Dr. Briechle hat mir Ihren Kontakt gegeben: wir suchen für das geförderte Eutergesundheitsprogramm noch Betriebe mit AMS, die an der Zellzahl arbeiten wollen. Kosten für Sie: 150 € Eigenanteil, Rest über den TGD. Hätten Sie Interesse?"),
])
C("wanted_pitch", "manure", "de", "Gülleseparation – bezieht sich auf Düngeverordnung-Vortrag", [
    ("wp_biogas", "2021-02-12 08:30", "Hallo Herr Zettler, ich war beim Infoabend im Hirschen und fand Ihre Erfahrungen mit dem Schleppschuh spannend. Sie sagten, das Ausbringen im Hang sei mit der dicken Gülle schwierig. Wir bieten mobile Separation im Lohn an – 2,80 € pro m³, kein Kauf nötig. Kögel hat's schon getestet."),
])
C("wanted_pitch", "marketing_coop", "de", "Heumilch-ARGE: Förderung für Hofladen-Werbematerial", [
    ("wp_heumilch", "2021-04-26 14:00", "Servus Martin, du verkaufst ja im Hofladen und an der Tankstelle Heumilch, aber ohne das g.t.S.-Siegel auf den Flaschen. Als Mitglied kriegst du die Etiketten und Schilder zu 50 % gefördert. Ich kann sie dir mit deinem Hoflogo drucken lassen."),
])
C("wanted_pitch", "tourism", "de", "Urlaub am Bauernhof: Ferienwohnung im ausgebauten Austragshaus", [
    ("wp_tourism", "2021-11-03 11:00", "Grüß Gott Herr Zettler, in der Allgäuer Rundschau stand, dass Ihr Austragshaus nach dem Umbau leer steht. Falls Sie an Ferienwohnungen denken: wir beraten Mitglieder kostenlos zur Klassifizierung und die ersten zwei Jahre ohne Provision. Hoffest-Besucher sind oft die ersten Gäste!"),
])
C("wanted_pitch", "sensors", "en", "English pitch for rumination sensors, references his breed and robot", [
    ("wp_sensor", "2021-05-12 13:00", "Hi Martin, I saw your post about the Braunvieh heifers and the robot's heat detection missing silent heats. Our collar sensor integrates with Lely T4C (so no second app) and was trialled on 12 Allgäu hay-milk farms with your breed. Happy to send the trial results in German."),
    ("me", "2021-05-12 20:00", "Yes please, send in German. Thanks."),
])
C("wanted_pitch", "retail_buyer", "de", "Feinkost-Manufaktur möchte seinen Bergkäse listen", [
    ("wp_kaese", "2021-08-20 10:15", "Hallo Herr Zettler, ich habe Ihren 12-Monats-Bergkäse auf der Festwoche probiert – großartig. Wir verkaufen Allgäuer Spezialitäten in Geschenkkörben online und suchen einen Hofkäse. Könnten Sie 40 Laibe im Jahr liefern? Konditionen gern im Gespräch."),
])
C("wanted_pitch", "insurance", "de", "Agrar-Versicherungsmakler nach Stallbrand im Nachbarort, bezieht sich auf Robotertechnik", [
    ("wp_insurance", "2021-10-28 19:45", "Sehr geehrter Herr Zettler, nach dem Stallbrand in Wiggensbach haben mich mehrere Betriebe gefragt, ob ihre Melktechnik mitversichert ist. Bei AMS-Betrieben ist die Ertragsausfallversicherung oft nicht auf die Robotertechnik angepasst. Ich biete an, Ihre bestehende Police kostenlos gegenzuprüfen – ohne Wechselzwang."),
])

# ------------------------------------------------------------------ junk
pv_texts = [
    ("pv1", "2021-01-20 09:10", "Sehr geehrter Herr Zettler,\n\nals Landwirt verfügen Sie über große Dachflächen, die bares Geld wert sind. Wir pachten Ihr Dach für 20 Jahre und zahlen Ihnen bis zu 3.000 € jährlich – ohne Investition. Hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat?\n\nBeste Grüße\nDennis Albers"),
    ("pv2", "2021-02-11 10:30", "Hallo Herr Zettler, danke fürs Vernetzen! Als Landwirt haben Sie große Dachflächen, die bares Geld wert sind. Wir mieten Ihr Dach für 20 Jahre und zahlen bis zu 3.500 € im Jahr – ganz ohne Investition. Haben Sie diese Woche 15 Minuten Zeit?"),
    ("pv3", "2021-03-30 08:00", "Guten Tag Herr Zettler, als landwirtschaftlicher Betrieb besitzen Sie riesige Dachflächen, die bares Geld wert sind! Wir pachten Ihre Dächer für 20 Jahre und Sie erhalten bis zu 3.000 € jährlich ohne einen Cent Investition. Passt Ihnen ein kurzes Telefonat von 15 Minuten?"),
    ("pv4", "2021-07-13 14:45", "Moin Herr Zettler, als Landwirt haben Sie große Dachflächen – die sind bares Geld wert. Wir pachten Ihr Dach 20 Jahre lang und zahlen Ihnen jährlich bis zu 4.000 €, ohne Investition Ihrerseits. Wann hätten Sie 15 Minuten für ein kurzes Gespräch?"),
]
pv_bumps = {"pv1": [
    ("pv1", "2021-01-27 09:10", "Sehr geehrter Herr Zettler, ich wollte kurz nachhaken, ob Sie meine Nachricht erhalten haben?"),
    ("pv1", "2021-02-03 09:10", "Herr Zettler, darf ich Ihr Schweigen als Nein verstehen? Dann melde ich mich in 6 Monaten nochmal."),
]}
for key, when, text in pv_texts:
    C("junk", "template_campaign", "de", f"PV-Dachpacht-Vorlage von mehreren Absendern ({key})",
      [(key, when, text), *pv_bumps.get(key, [])])
C("junk", "web_shop", "de", "flüssiger Onlineshop-Pitch mit Hofname", [
    ("j_shop", "2021-05-06 10:20", "Hallo Herr Zettler, der Hofladen vom Zettlerhof hat auf Google 4,8 Sterne – aber keinen Onlineshop! Wir bauen Hofläden in 14 Tagen einen fertigen Shop mit Versand, Festpreis 2.900 €. Über 120 Direktvermarkter vertrauen uns schon. Soll ich Ihnen eine Demo mit Ihren Produkten bauen?"),
])
C("junk", "paid_feature", "de", "bezahltes Firmenporträt in Magazin", [
    ("j_feature", "2021-09-14 09:00", "Sehr geehrter Herr Zettler, für unsere Sonderausgabe 'Bayerns Top-Familienbetriebe' möchten wir den Zettlerhof porträtieren. Die redaktionelle Partnerschaft (1 Seite, Foto, Online-Verlinkung) kostet 1.250 € netto. Darf ich Ihnen die Mediadaten senden?"),
], folder="SPAM")
C("junk", "merge_tag", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("j_merge1", "2021-02-24 07:55", "Hallo {{Vorname}}, ich habe gesehen, dass {{Firma}} im Bereich Landwirtschaft tätig ist. Wir generieren planbar 20 neue B2B-Kunden pro Monat für Sie. Wann passt Ihnen ein kurzer Call?"),
])
C("junk", "merge_tag", "de", "falscher Name Herr Müller", [
    ("j_merge2", "2021-05-19 10:00", "Sehr geehrter Herr Müller,\n\nals Geschäftsführer der Müller Agrar GmbH kennen Sie das Problem: Banken zögern bei Krediten für Landwirte. FarmFinance24 vergleicht über 40 Kreditgeber in nur 5 Minuten. Darf ich Ihnen ein unverbindliches Angebot zusenden?"),
])
C("junk", "merge_tag", "de", "falsche Firma Milchhof Bergmann", [
    ("j_merge3", "2021-08-16 13:20", "Guten Tag Herr Zettler, wir haben letztes Jahr bereits mehrere Betriebe in Ihrer Region beim Stallbau begleitet und würden gern auch für den Milchhof Bergmann ein Angebot erstellen. Wann dürfen wir vorbeikommen?"),
])
C("junk", "merge_tag", "de", "[Firmenname] Platzhalter Webdesign", [
    ("j_merge4", "2021-09-29 16:00", "Hallo Herr Zettler, die Website von [Firmenname] wirkt leider nicht mehr zeitgemäß. Ich erstelle moderne Websites für Handwerksbetriebe ab 990 €. Interesse an einem kostenlosen Entwurf?"),
])
C("junk", "crypto", "de", "Krypto-Masche", [
    ("j_crypto", "2021-03-11 22:30", "Hallo Martin, wie geht es dir? Ich habe dein Profil gesehen und finde es toll, was du machst. Darf ich fragen, ob du schon mal über Investitionen in Bitcoin nachgedacht hast? Ich verdiene damit passiv 2.000 € pro Woche und zeige dir gern wie."),
    ("j_crypto", "2021-03-13 22:10", "Bist du da? 😊"),
], folder="SPAM")
C("junk", "mlm", "de", "MLM Gesundheitsprodukte", [
    ("j_mlm", "2021-02-02 21:00", "Hey du! 🌸 Ich suche gerade 3 motivierte Menschen, die sich mit mir ein zweites Einkommen aufbauen wollen – ganz flexibel von zu Hause. Magst du mehr erfahren? Keine Verpflichtung! ✨"),
])
C("junk", "paid_award", "de", "bezahlter Award", [
    ("j_award", "2021-06-08 09:00", "Herzlichen Glückwunsch, Herr Zettler! Der Zettlerhof wurde von unserer Jury als Preisträger des Deutschen Agrar-Exzellenzpreises 2021 ausgewählt. Für Urkunde, Trophäe und Nutzung des Siegels fällt eine einmalige Lizenzgebühr von 890 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag."),
])
C("junk", "paid_podcast", "de", "bezahlter Podcast-Auftritt", [
    ("j_podcast", "2021-10-05 11:00", "Hallo Martin, wir möchten dich gern als Gast in unseren Podcast 'Unternehmer-Talk Deutschland' einladen (50.000 Hörer/Monat). Für das Gast-Paket inkl. Interview, Schnitt und Social-Media-Clips berechnen wir einmalig 1.490 €. Bist du dabei?"),
])
C("junk", "recruiting_spam", "de", "unpassendes IT-Recruiting", [
    ("j_recruit", "2021-04-27 12:00", "Hallo Herr Zettler, Ihr Profil hat mich sofort angesprochen! Für einen namhaften Kunden in München suche ich einen SAP S/4HANA Berater (m/w/d), bis 110k. Wären Sie offen für einen Austausch?"),
])
C("junk", "like_minded", "de", "Gleichgesinnte Unternehmer, dann Call", [
    ("j_connect", "2021-04-12 21:30", "Danke für die Vernetzung, Martin! Ich liebe es, mich mit Gleichgesinnten auszutauschen. Ich helfe Unternehmern, ihren Umsatz in 6 Monaten zu verdoppeln. Hast du Lust auf einen kurzen 15-Minuten-Call diese Woche?"),
])
C("junk", "connect_then_pitch", "de", "Smalltalk, dann Hofladen-Marketing-Pitch", [
    ("j_ctp", "2021-05-17 09:00", "Servus Martin, danke fürs Annehmen! Wie läuft's bei euch im Allgäu gerade?"),
    ("me", "2021-05-17 20:30", "Servus, viel Arbeit, erster Schnitt läuft."),
    ("j_ctp", "2021-05-19 08:15", "Klingt nach Arbeit 😄 Kurze Frage: Wie viele Neukunden bekommt dein Hofladen über Instagram? Wir haben ein System, mit dem Hofläden 300 neue Kunden in 60 Tagen gewinnen. Magst du dir ein 10-Minuten-Video dazu anschauen?"),
])
C("junk", "connect_then_pitch", "de", "Finanzberaterin: Kontakt, dann Altersvorsorge", [
    ("j_ctp2", "2021-01-19 17:30", "Hallo Herr Zettler, schön, dass wir jetzt vernetzt sind!"),
    ("j_ctp2", "2021-01-21 09:00", "Als Selbstständiger ist die Altersvorsorge oft ein Stiefkind. Ich zeige Ihnen in 20 Minuten, wie Sie mit einer steueroptimierten Lösung bis zu 40 % mehr Rente erhalten. Wann passt es Ihnen?"),
    ("j_ctp2", "2021-02-04 09:00", "Herr Zettler, ich wollte nur nochmal nachhaken 🙂"),
])
C("junk", "connect_then_pitch", "de", "Agentur: Kompliment, dann Social-Media-Paket (du)", [
    ("j_ctp3", "2021-08-02 12:10", "Hey Martin, echt cooler Hof! Machst du eigentlich selbst Social Media?"),
    ("j_ctp3", "2021-08-04 10:00", "Frag nur, weil wir für Landwirte komplette Social-Media-Betreuung anbieten: 12 Reels im Monat, Community-Management, Ads. Ab 799 €/Monat. Lust auf ein kurzes Kennenlernen?"),
])
C("junk", "lead_gen", "de", "Terminierung B2B", [
    ("j_leadgen", "2021-06-21 08:00", "Herr Zettler, was wären 30 zusätzliche qualifizierte Verkaufstermine pro Monat für Ihr Unternehmen wert? Wir übernehmen die komplette Kaltakquise – Sie zahlen nur bei Erfolg. Kurzer Austausch am Donnerstag?"),
])
C("junk", "reviews", "de", "Google-Bewertungen kaufen", [
    ("j_reviews", "2021-07-28 11:00", "Mehr Sterne = mehr Kunden! ⭐⭐⭐⭐⭐ Wir liefern echte Google-Bewertungen für Ihr Unternehmen ab 79 €. Schnell, sicher, dauerhaft."),
], folder="SPAM")
C("junk", "coaching", "de", "Executive Coaching irrelevant", [
    ("j_coach", "2021-03-23 07:00", "Sehr geehrter Herr Zettler, Führungskräfte stehen heute unter enormem Druck. In unserem 3-tägigen Leadership Summit in Frankfurt lernen Sie, Ihr Team mit Klarheit zu führen. Frühbucherpreis 2.490 € – nur noch 4 Plätze frei."),
])
C("junk", "real_estate", "de", "Immobilien-Investment", [
    ("j_immo", "2021-09-08 18:30", "Guten Abend Herr Zettler, wir haben exklusiv Zugang zu Pflegeimmobilien mit 4,5 % garantierter Rendite. Ideal für Unternehmer, die Vermögen aufbauen möchten. Darf ich Ihnen das Exposé senden?"),
])
C("junk", "insurance", "de", "generische Versicherungsanfrage Berufsunfähigkeit", [
    ("j_insurance", "2021-11-15 10:00", "Hallo Martin, wusstest du, dass jeder 4. Arbeitnehmer berufsunfähig wird? Ich berate dich kostenlos zu deiner BU – dauert nur 15 Minuten. Wann passt es dir?"),
])
C("junk", "follow_up_bump", "de", "Agrarsoftware Nachfass ohne Kontext", [
    ("j_bump", "2021-05-25 14:00", "Hallo Herr Zettler, haben Sie meine letzte Nachricht zu AgriSoft Cloud gesehen?"),
    ("j_bump", "2021-06-01 14:00", "Hallo Herr Zettler, ich schiebe das nochmal nach oben 🙂"),
    ("j_bump", "2021-06-15 14:00", "Letzter Versuch: Soll ich das Thema schließen?"),
])
C("junk", "video", "de", "Drohnenfilm generisch", [
    ("j_video", "2021-04-14 10:30", "Guten Tag, Bewegtbild ist der Schlüssel zu mehr Sichtbarkeit! Wir produzieren Imagefilme mit Drohnenaufnahmen für Unternehmen jeder Größe. Paketpreise ab 1.990 €. Darf ich Ihnen unser Showreel schicken?"),
])
C("junk", "linkedin_growth", "de", "LinkedIn Personal Branding", [
    ("j_linkedin", "2021-02-17 20:00", "Dein LinkedIn-Profil hat so viel Potenzial, Martin! Ich helfe Selbstständigen, in 90 Tagen 5.000 Follower und planbar Anfragen zu gewinnen. Soll ich dir einen kostenlosen Profil-Check machen?"),
])
C("junk", "template_campaign", "en", "English agritech growth template, unrelated", [
    ("j_en", "2021-03-03 15:00", "Hi Martin, I came across your profile and was impressed by your work at Zettlerhof. We help agribusinesses scale their export sales into the Middle East and Asia with our done-for-you distribution network. Would you be open to a quick 15-minute call next week?"),
])
C("junk", "outsourcing", "en", "offshore back-office in English", [
    ("j_en2", "2021-10-21 06:20", "Dear Sir/Madam, FarmOps Global provides cost-effective back-office, bookkeeping and data entry services for agricultural companies. Save up to 60% on operational costs. Kindly let us know a suitable time for a discussion."),
], folder="SPAM")
C("junk", "capacity", "de", "Netzwerk: 'Haben Sie Kapazitäten für neue Kunden?'", [
    ("j_capacity", "2021-07-20 09:40", "Hallo Herr Zettler, kurze Frage: Haben Sie aktuell noch Kapazitäten für neue Kunden? Unser Partnernetzwerk vermittelt Dienstleister an Betriebe mit konkretem Bedarf. Die Mitgliedschaft kostet 149 €/Monat, die ersten Anfragen kommen meist in der ersten Woche."),
])
C("junk", "subsidies_generic", "de", "generischer Fördermittelberater (Gegenstück zum wanted pitch)", [
    ("j_foerder_gen", "2021-04-06 08:30", "Sehr geehrte Damen und Herren, wussten Sie, dass bis zu 80 % Ihrer Investitionen förderfähig sein können? Wir sichern Unternehmen aller Branchen Zuschüsse von Bund und Ländern – erfolgsbasiert. Vereinbaren Sie jetzt ein kostenloses Erstgespräch!"),
])
C("junk", "energy_broker", "de", "Stromvertrag-Wechsel generisch, nennt Hof", [
    ("j_energy", "2021-10-26 11:15", "Hallo Herr Zettler, wir haben gesehen, dass der Zettlerhof ein landwirtschaftlicher Betrieb mit hohem Stromverbrauch ist. Mit unserem Gewerbestrom-Vergleich sparen Betriebe wie Ihrer im Schnitt 27 %. Darf ich Ihnen ein kostenloses Angebot erstellen?"),
])
C("junk", "milking_generic", "de", "generischer Melktechnik-Pitch (kennt seinen Roboter nicht)", [
    ("j_robot_gen", "2021-08-31 16:00", "Sehr geehrter Landwirt, melken Sie noch im Melkstand? Mit unseren Melkrobotern sparen Sie bis zu 3 Stunden täglich. Jetzt mit Aktionsrabatt von 15 % bis Ende des Monats! Fordern Sie Ihr persönliches Angebot an."),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail Agrarkredit", [
    ("sp_bank", "2021-03-16 12:00", "<p>Hallo Martin,</p><p>ob Stallbau oder Maschinenkauf &ndash; mit dem AgrarKredit finanzieren Sie Ihre Investitionen flexibel ab 1,9 % eff. Jahreszins.</p><p><a href='#'>Jetzt Konditionen berechnen</a></p>"),
], title="Sponsored Conversation", subject="Ihre Investition, unsere Finanzierung")
C("junk", "sponsored_inmail", "de", "Sponsored InMail Fernstudium", [
    ("sp_akad", "2021-06-30 12:00", "<p>Hallo Martin,</p><p>nebenberuflich zum MBA? Starten Sie jetzt mit unserem Fernstudium &bdquo;General Management&ldquo; &ndash; 4 Wochen kostenlos testen.</p>"),
], title="Sponsored Conversation", subject="Nebenberuflich zum MBA")
C("junk", "sponsored_inmail", "de", "Sponsored InMail Stallplanungssoftware", [
    ("sp_soft", "2021-11-10 12:00", "<p>Hallo Martin, planen Sie Ihren neuen Stall in 3D &ndash; einfach im Browser. Jetzt 30 Tage kostenlos testen!</p>"),
], title="Sponsored Conversation", subject="Stallplanung in 3D")

ex.write(Path(__file__).resolve().parents[1] / SLUG, {
    "First Name": "Martin", "Last Name": "Zettler",
    "Headline": "Landwirt | Heumilch-Milchviehbetrieb mit Hofladen & Milchtankstelle | Zettlerhof, Oberallgäu",
    "Summary": "Familienbetrieb in dritter Generation: 75 Braunvieh-Kühe, Melkroboter, Weidegang, Hofladen mit Bergkäse, Butter und Milchtankstelle. Beirat der Sennereigenossenschaft Rottachtal.",
    "Industry": "Farming", "Geo Location": "Kempten (Allgäu), Bayern, Deutschland", "Zip Code": "87",
}, [
    {"Company Name": "Zettlerhof", "Title": "Landwirt & Betriebsleiter", "Description": "Heumilch-Milchviehbetrieb, Hofladen, Milchtankstelle.", "Location": "Oberallgäu", "Started On": "Jan 2011"},
    {"Company Name": "Sennereigenossenschaft Rottachtal eG", "Title": "Beirat", "Location": "Oberallgäu", "Started On": "Apr 2017"},
], ["Milchviehhaltung", "Grünlandwirtschaft", "Direktvermarktung", "Automatische Melksysteme", "Herdenmanagement"])
print(ex.summary())

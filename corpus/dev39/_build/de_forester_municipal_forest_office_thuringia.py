"""Persona dev39/de-forester-municipal-forest-office-thuringia, written blind in session 5.

Kerstin Rauschenbach, head of the municipal forest office (Stadtforstamt) of the invented
town of Ilmenbrück in the Thuringian Forest. Layout 2021. Every message text below is
written by hand. Run with the project venv; it rewrites the persona folder byte-identically.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-forester-municipal-forest-office-thuringia"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Kerstin Rauschenbach", "https://www.linkedin.com/in/kerstin-rauschenbach-forst",
               "Stadt Ilmenbrück – Stadtforstamt", "Leiterin Stadtforstamt")
ex = Export(SLUG, "2021", owner)
P = ex.person
C = ex.conv

# ====================================================================== GENUINE (35)

P("bgm", "Hartmut Kämmerer", "Stadt Ilmenbrück", "Bürgermeister", connected="2017-06-12")
C("genuine", "mayor_cost_estimate", "de", "Bürgermeister bittet um Kostenschätzung Wiederbewaldung für den Haushalt", [
    ("bgm", "2021-01-11 08:05", "Guten Morgen Frau Rauschenbach, für den Haushaltsentwurf 2022 bräuchte ich bis Ende des Monats eine belastbare Kostenschätzung für die Wiederbewaldung der Käferflächen am Kienberg und im Tännich. Gern mit Varianten (Pflanzung vs. Naturverjüngung + Ergänzung). Der Kämmerer drängelt schon. Danke und Gruß, H. Kämmerer"),
    ("me", "2021-01-11 09:20", "Guten Morgen Herr Kämmerer, mach ich. Grob vorab: ca. 38 ha, bei Pflanzung mit Zaun liegen wir bei 9.000–11.000 € je ha, mit Naturverjüngung und Ergänzungspflanzung bei etwa der Hälfte. Die ausführliche Aufstellung mit Förderanteil bekommen Sie bis 27.01."),
    ("bgm", "2021-01-11 09:34", "Prima, danke. Und bitte den Förderanteil deutlich rausstellen, sonst fällt mir der Finanzausschuss vom Stuhl."),
])

P("stadtrat", "Ronny Wiegand", "Stadtrat Ilmenbrück", "Vorsitzender Ausschuss Umwelt und Forst", connected="2019-09-03")
C("genuine", "council_forest_walk", "de", "Ausschussvorsitzender stimmt Termin für Waldbegang ab", [
    ("stadtrat", "2021-03-02 19:40", "Hallo Kerstin, der Ausschuss möchte im Mai wieder einen Waldbegang machen, diesmal mit Schwerpunkt Käferflächen und Wegeschäden. Geht bei dir der 18. oder 20.5. nachmittags? Die Fraktionen wollen auch endlich mal die Douglasien-Versuchsfläche sehen."),
    ("me", "2021-03-02 20:15", "Hallo Ronny, 20.5. ab 15 Uhr passt. Treffpunkt Parkplatz Finsterbach, feste Schuhe! Rostbrätel danach an der Köhlerhütte wie letztes Jahr?"),
    ("stadtrat", "2021-03-02 20:22", "Nu klar, ohne Rostbrätel kommt keiner 😄"),
])

P("saege1", "Uwe Thomae", "Sägewerk Thomae & Söhne", "Geschäftsführer", connected="2016-04-20")
C("genuine", "buyer_timber_request", "de", "langjähriges Sägewerk fragt Angebot für Käferholz an", [
    ("saege1", "2021-03-15 07:12", "Moin Kerstin, habt ihr noch Fichte aus der Käfernutzung? Ich könnte bis Juni 800 fm L2b–L3a abnehmen, frisch, nicht älter als 6 Wochen im Wald. Mach mir mal ein Angebot frei Waldstraße. Preise sind ja grad wieder am Anziehen 😉"),
    ("me", "2021-03-15 08:30", "Morgen Uwe, 800 fm krieg ich bis Juni zusammen, wenn der Harvester im April kommt. Ich schick dir bis Freitag ein Angebot, Abfuhr innerhalb 14 Tagen nach Bereitstellung wie immer."),
    ("saege1", "2021-03-15 08:41", "Passt. Grüß mir die Truppe."),
])

P("saege2", "Marlene Ostheimer", "Ostheimer Laubholz GmbH", "Einkauf Rundholz")
C("genuine", "buyer_wants_to_join_auction", "de", "neues Laubholzsägewerk möchte an Wertholzsubmission teilnehmen", [
    ("saege2", "2021-01-25 14:00", "Sehr geehrte Frau Rauschenbach, wir sind ein Laubholzsägewerk aus Oberfranken und haben gehört, dass Ilmenbrück im Februar wieder Eiche und Bergahorn in die Submission gibt. Können Sie uns bitte den Katalog schicken und uns als Bieter registrieren? Besonderes Interesse hätten wir an Bergahorn mit Riegelwuchs."),
    ("me", "2021-01-25 15:10", "Sehr geehrte Frau Ostheimer, gern. Der Katalog geht morgen raus, Besichtigung ist am 8. und 9.2. auf dem Lagerplatz Schwarzer Teich, Gebotsabgabe bis 15.2. Wir haben dieses Jahr zwei Bergahorn-Stämme mit Riegel, die dürften Sie interessieren."),
    ("saege2", "2021-01-25 15:30", "Wunderbar, danke. Wir kommen am 9.2. vorbei."),
])

P("ruecker", "Steffen Leipold", "Rückebetrieb Leipold", "Inhaber", connected="2015-10-02")
C("genuine", "contractor_price_increase", "de", "langjähriger Rückeunternehmer kündigt Preiserhöhung je fm an", [
    ("ruecker", "2021-04-06 18:50", "Hallo Kerstin, ich muss dir leider sagen, dass ich ab Mai beim Rücken von 9,80 auf 10,90 € je fm gehen muss. Diesel, Ersatzteile, und der Forwarder braucht neue Bänder. Hab lange gezögert, aber es geht nicht mehr anders. Für die Käferflächen am Kienberg halte ich den alten Preis noch, wenn wir bis Ende April fertig werden."),
    ("me", "2021-04-06 19:35", "Hallo Steffen, verstehe ich, ärgerlich aber nachvollziehbar. Schreib's mir bitte kurz schriftlich für die Akte, dann geht das durch. Kienberg schaffen wir bis Ende April, der Harvester ist ab 12. drin."),
    ("ruecker", "2021-04-06 19:40", "Mach ich. Danke dir, ehrlich."),
])

P("harvester", "Ingo Schmalfuß", "Forstservice Schmalfuß", "Harvesterfahrer/Unternehmer", connected="2018-02-14")
C("genuine", "contractor_scheduling", "de", "Harvesterunternehmer stimmt Einsatz ab", [
    ("harvester", "2021-04-09 06:45", "Guude, bin am Montag früh um 7 am Kienberg. Sind die Rückegassen markiert? Letztes Mal war im oberen Teil nix ausgezeichnet und ich stand ne Stunde rum."),
    ("me", "2021-04-09 07:10", "Morgen Ingo, Gassen sind markiert, blau, alle 20 m. Oben im Steilhang bitte nur bis zur roten Linie, drüber kommt der Seilkran. Revierförster Heinze ist Montag ab 7 mit draußen."),
])

P("jagd", "Gerd Möbius", "Jagdgenossenschaft Ilmenbrück", "Jagdpächter", connected="2016-11-28")
C("genuine", "hunter_browsing_damage", "de", "langjähriger Jagdpächter, Diskussion Verbiss, Mundart", [
    ("jagd", "2021-05-03 21:10", "Nabend Kerstin. Ich hab gehört ihr wollt das Verbissgutachten am Tännich nochma machen lassen. Ich sag dir gleich, mir schießen schon was wir können, ober des Rehwild kimmt halt von überall. Könn mir uns ma zusammensetzen bevor des wieder in der Zeitung steht?"),
    ("me", "2021-05-03 21:40", "Nabend Gerd, ja lass uns reden, bevor's jemand anders tut. Nächste Woche Donnerstag 17 Uhr bei mir im Forstamt? Ich bring die Zahlen von der Weiserfläche mit, die sind nämlich nicht so schlimm wie alle denken."),
    ("jagd", "2021-05-03 21:44", "Donnerschdoch 17 Uhr. Ich bring ä Flasche mit."),
])

P("begeh", "Florian Reuß", "", "Jäger", connected="2021-05-10")
C("genuine", "inbound_hunting_permit", "de", "Jäger möchte Jagderlaubnisschein (Begehungsschein) kaufen, fragt Preis", [
    ("begeh", "2021-05-11 12:25", "Hallo Frau Rauschenbach, ich bin vor kurzem nach Ilmenbrück gezogen und suche eine Möglichkeit zu jagen. Vergibt das Stadtforstamt entgeltliche Jagderlaubnisscheine im Eigenjagdbezirk? Was kostet so etwas und welche Bedingungen gibt es? Jagdschein habe ich seit 2014, Schießnachweis aktuell."),
    ("me", "2021-05-11 14:00", "Hallo Herr Reuß, ja, wir vergeben im Stadtwald einige entgeltliche Jagderlaubnisscheine, Schwerpunkt Rehwild und Schwarzwild. Jahresgebühr 450 €, dazu Mindestabschuss und Teilnahme an zwei Drückjagden. Kommen Sie gern zu einem Gespräch vorbei, dann zeige ich Ihnen die Kanzeln."),
    ("begeh", "2021-05-11 14:20", "Klingt gut. Passt Ihnen Dienstag?"),
])

P("landesforst", "Dr. Sabine Brückner", "Landesforstanstalt Thüringen", "Referentin Förderung Kommunalwald", connected="2019-03-21")
C("genuine", "state_agency_funding", "de", "Landesforstanstalt erinnert an Frist Förderantrag Waldumbau", [
    ("landesforst", "2021-06-01 10:00", "Liebe Frau Rauschenbach, kurze Erinnerung: Die Anträge für die Förderung Wiederbewaldung (Förderperiode 2021/22) müssen bis 30.06. vollständig vorliegen. Bei Ihrem Antrag fehlt noch der Lageplan mit den Zaunflächen und die Bestätigung der Vorsteuerabzugsberechtigung. Melden Sie sich gern, wenn es klemmt."),
    ("me", "2021-06-01 11:05", "Liebe Frau Dr. Brückner, danke für den Hinweis! Der Lageplan kommt diese Woche, die Bestätigung hole ich mir von der Kämmerei. Ist es ein Problem, wenn die Zaunfläche am Tännich um 0,4 ha größer wird?"),
    ("landesforst", "2021-06-01 11:30", "Nein, einfach im Lageplan kennzeichnen und kurz begründen."),
])

P("natur", "Annegret Sauerbrey", "Naturfreunde Ilmtal e.V.", "Vorsitzende", connected="2020-02-11")
C("genuine", "nature_group_habitat_trees", "de", "Naturschutzverein fragt kritisch nach Habitatbäumen in Hiebsfläche", [
    ("natur", "2021-06-14 16:45", "Sehr geehrte Frau Rauschenbach, Mitglieder haben uns berichtet, dass im Buchenbestand am Hohen Kopf Bäume ausgezeichnet sind, in denen der Schwarzspecht brütet. Können Sie uns sagen, ob diese Bäume wirklich gefällt werden sollen? Wir würden gern einen gemeinsamen Begang machen."),
    ("me", "2021-06-14 17:30", "Sehr geehrte Frau Sauerbrey, danke für den Hinweis, das nehme ich ernst. Die Höhlenbäume sind als Habitatbäume mit weißer Wellenlinie markiert und bleiben stehen, die blauen Punkte betreffen die Nachbarbäume. Gemeinsamer Begang gern, z. B. Samstag 26.6. um 10 Uhr?"),
    ("natur", "2021-06-14 18:02", "Das beruhigt mich. 26.6. passt, wir kommen mit drei Leuten."),
])

P("fbg", "Thomas Eberhardt", "Forstbetriebsgemeinschaft Oberes Ilmtal", "Geschäftsführer", connected="2014-09-09")
C("genuine", "peer_joint_offer", "de", "Nachbar-FBG schlägt gemeinsame Vermarktung / gemeinsames Angebot an Sägewerk vor", [
    ("fbg", "2021-06-22 20:00", "Servus Kerstin, ich hab mal rumgerechnet: Wenn wir unser Fichten-Stammholz fürs zweite Halbjahr zusammen anbieten (ihr ca. 2.500 fm, wir ca. 3.500), dann kriegen wir bei Thomae und bei dem großen Werk in Hessen locker 5–7 € mehr je fm, weil die lieber große Mengen mit einem Vertrag nehmen. Gemeinsamer Rahmenvertrag, jeder stellt seine Rechnung selbst. Hast du Lust, dass wir das mal durchsprechen? Wäre auch was für den Stadtrat, 'interkommunale Zusammenarbeit' hören die gern 😉"),
    ("me", "2021-06-22 20:40", "Thomas, gute Idee, das hatte ich auch schon im Hinterkopf. Vergaberechtlich muss ich das mit dem Rechtsamt klären, aber grundsätzlich: ja. Donnerstag nach der Dienstberatung, 14 Uhr bei dir?"),
    ("fbg", "2021-06-22 20:45", "Donnerstag 14 Uhr. Ich mach Kaffee."),
])

P("recruiter", "Jana Köhler", "Grünwerk Personalberatung", "Senior Beraterin Forst & Umwelt", connected="2021-02-01")
C("genuine", "recruiter_engaged_by_owner", "de", "von der Stadt beauftragte Personalberaterin stellt Kandidaten und Honorar vor", [
    ("me", "2021-02-01 09:00", "Hallo Frau Köhler, wie telefonisch besprochen: Wir suchen zum 1.7. eine Revierleitung (m/w/d) für das Revier Tännich, TV-L/TVöD E10, Forststudium Voraussetzung. Das Angebot der Stadt zur Vermittlung liegt Ihnen vor. Wann könnten Sie erste Profile schicken?"),
    ("recruiter", "2021-02-01 11:40", "Guten Tag Frau Rauschenbach, vielen Dank für den Auftrag. Unser Honorar bleibt wie angeboten bei pauschal 6.800 € netto, fällig erst bei Einstellung. Ich habe zwei Kandidatinnen aus Sachsen und einen Kandidaten aus Bayern, die sich für Thüringen interessieren. Profile kommen bis Ende nächster Woche."),
    ("recruiter", "2021-02-12 16:15", "Die drei Profile sind per Mail bei Ihnen. Kandidatin 2 (Frau Lenz) hätte sehr gern ein Gespräch vor Ort."),
    ("me", "2021-02-12 16:40", "Danke! Frau Lenz gern am 24.2., 10 Uhr im Forstamt."),
])

P("azubi", "Luca Hentschel", "", "Schüler, Regelschule Ilmenbrück")
C("genuine", "applicant", "de", "Schüler bewirbt sich um Ausbildungsplatz Forstwirt", [
    ("azubi", "2021-07-05 17:30", "Sehr geehrte Frau Rauschenbach, ich heiße Luca Hentschel, bin 16 und mache nächstes Jahr meinen Realschulabschluss. Ich möchte mich für die Ausbildung zum Forstwirt ab August 2022 bewerben. Ich hab schon ein Praktikum bei Herrn Heinze im Revier gemacht und das hat mir sehr gefallen. Soll ich die Bewerbung per Post schicken oder per Mail? Mit freundlichen Grüßen Luca Hentschel"),
    ("me", "2021-07-05 19:00", "Hallo Luca, schön, dass du dich bewirbst! Herr Heinze hat nur Gutes erzählt. Schick die Bewerbung bitte per Mail an forstamt@ilmenbrueck.example, mit Lebenslauf und letztem Zeugnis. Bewerbungsschluss ist 30.9."),
])

P("cz_buyer", "Petr Dvořák", "Dřevo Krušné Hory s.r.o.", "Timber Purchasing", connected="2021-07-19")
C("genuine", "buyer_inquiry_spam_folder", "en", "Czech sawmill wants to buy beech, landed in SPAM, owner replied", [
    ("cz_buyer", "2021-07-20 09:15", "Dear Mrs. Rauschenbach, we are a beech sawmill near Chomutov. Colleague from FBG Oberes Ilmtal (Mr. Eberhardt) told us your town sells beech B/C quality in autumn. We could take 1,200 m³ in Q4 with our own trucks. Could you send conditions and price expectation? Sorry for writing in English."),
    ("me", "2021-07-26 08:10", "Dear Mr. Dvořák, sorry for the late reply, your message ended up in my spam folder. Yes, we will have about 900 m³ beech B/C from October. I will send our sales conditions and a price indication this week. English is no problem."),
    ("cz_buyer", "2021-07-26 10:00", "Thank you very much, we are looking forward."),
], folder="SPAM")

P("pfl1", "Sandra Wolf", "", "Ehrenamtliche beim Bürgerwald-Pflanztag", connected="2021-04-17")
P("pfl2", "Maik Trautvetter", "Grundschule Ilmenbrück", "Lehrer", connected="2021-04-18")
P("pfl3", "Heike Görner", "Heimatverein Ilmenbrück", "Schriftführerin", connected="2021-04-19")
C("genuine", "thanks_after_planting_day", "de", "Dank 1/3 nach dem Bürgerwald-Pflanztag", [
    ("pfl1", "2021-04-17 20:10", "Liebe Frau Rauschenbach, vielen Dank für den tollen Pflanztag heute! Meine Kinder wollen jetzt jedes Wochenende 'ihre' Eichen besuchen 😊 Danke an das ganze Forstamtsteam!"),
    ("me", "2021-04-17 21:00", "Liebe Frau Wolf, danke Ihnen fürs Mitmachen! Die Eichen freuen sich über Besuch, aber bitte nicht gießen, die schaffen das 😉"),
])
C("genuine", "thanks_after_planting_day", "de", "Dank 2/3 nach demselben Pflanztag, fast gleichlautend", [
    ("pfl2", "2021-04-18 09:30", "Liebe Frau Rauschenbach, vielen Dank für den schönen Pflanztag gestern! Die Klasse 4b war begeistert, und danke an das ganze Team vom Forstamt."),
])
C("genuine", "thanks_after_planting_day", "de", "Dank 3/3 nach demselben Pflanztag, fragt nach Fotos", [
    ("pfl3", "2021-04-18 11:45", "Hallo Frau Rauschenbach, herzlichen Dank für den gelungenen Pflanztag! Der Heimatverein würde gern im Mitteilungsblatt berichten, dürften wir zwei von Ihren Fotos nutzen?"),
    ("me", "2021-04-18 12:20", "Hallo Frau Görner, sehr gern, ich schick Ihnen die Fotos per Mail. Bitte mit Bildnachweis 'Stadtforstamt Ilmenbrück'."),
])

P("prof", "Prof. Dr. Anke Lindemann", "Hochschule Rennsteig", "Professorin für Waldbau", connected="2021-02-22",
  invite=("OUT", "2021-02-21 18:00", "Sehr geehrte Frau Prof. Lindemann, ich würde mich gern mit Ihnen vernetzen, es geht um unsere Douglasienfläche."))
C("genuine", "owner_initiated_research", "de", "Forstamtsleiterin bietet Versuchsfläche für Forschung an", [
    ("me", "2021-02-22 08:30", "Sehr geehrte Frau Prof. Lindemann, danke für die Vernetzung. Wir haben im Stadtwald seit 2012 eine 3-ha-Douglasien-Versuchsfläche (Mischung mit Buche und Weißtanne), die bisher nie wissenschaftlich begleitet wurde. Hätten Sie Interesse, sie für Abschlussarbeiten oder ein Monitoring zu nutzen? Wir würden Daten und Zugang stellen."),
    ("prof", "2021-02-23 13:10", "Liebe Frau Rauschenbach, das ist ja ein Geschenk! Ich hätte sofort eine Masterstudentin für Trockenstress-Messungen. Können wir uns im März vor Ort treffen?"),
    ("me", "2021-02-23 13:45", "Sehr gern. 16.3. vormittags?"),
])

P("hessen", "Birgit Anschütz", "Stadtforst Hofbach (Hessen)", "Forstamtsleiterin", connected="2018-10-10")
C("genuine", "owner_initiated_peer_advice", "de", "Forstamtsleiterin fragt Kollegin nach Erfahrungen mit Nasslager", [
    ("me", "2021-03-08 18:10", "Hallo Birgit, du hattest doch 2019 das Nasslager für Käferholz gebaut. Wir überlegen das jetzt auch, weil die Sägewerke im Sommer nicht hinterherkommen. Wie teuer war das am Ende pro fm und hat sich's gerechnet?"),
    ("hessen", "2021-03-08 21:05", "Hallo Kerstin! Ja, hat sich gerechnet, aber nur weil wir den Brunnen schon hatten. Wir lagen bei ca. 4 €/fm inkl. Beregnung und Strom. Wichtig: Wasserrechtliche Erlaubnis früh beantragen, das hat bei uns 5 Monate gedauert. Ich schick dir unseren Antrag als Vorlage."),
    ("me", "2021-03-08 21:20", "Du bist Gold wert. Danke dir!"),
])

P("brennholz", "Dieter Schwabe", "", "Privatkunde", connected="2021-08-30")
C("genuine", "inbound_firewood_buyer", "de", "Bürger will Brennholz (Flächenlos) kaufen, fragt Preis", [
    ("brennholz", "2021-08-31 19:22", "Hallo Frau Rauschenbach, ich hätte gern für diesen Winter ein Flächenlos zum Selbstwerben, so 8–10 Raummeter Buche. Was kostet das und wie komm ich an den Motorsägenschein? Mein alter läuft ja nich mehr. Gruß Schwabe"),
    ("me", "2021-09-01 07:50", "Hallo Herr Schwabe, Flächenlose Buche kosten dieses Jahr 28 € je Raummeter. Den Motorsägenlehrgang bietet die Volkshochschule am 9./10.10. an. Anmeldung fürs Los bitte über das Formular auf der Stadtseite, Vergabe ab 1.11."),
    ("brennholz", "2021-09-01 08:10", "Danke, da meld ich mich gleich an."),
])

P("kita", "Ute Fiedler", "Kita Waldwichtel", "Leiterin", connected="2020-12-01")
C("genuine", "community_request", "de", "Kita bittet um Weihnachtsbaum und Waldtag", [
    ("kita", "2021-11-22 10:05", "Liebe Frau Rauschenbach, dürfen wir wieder einen Weihnachtsbaum aus dem Stadtwald holen? Die Kinder möchten ihn so gern selbst aussuchen. Und hätten Sie im Frühjahr Zeit für einen Waldtag mit den Vorschulkindern?"),
    ("me", "2021-11-22 11:30", "Liebe Frau Fiedler, na klar! Baum aussuchen am 10.12. um 9 Uhr an der Schonung hinterm Sportplatz, Herr Heinze sägt. Waldtag machen wir im April, ich melde mich."),
])

P("presse", "Matthias Reinhold", "Ilmtal-Kurier", "Lokalredakteur", connected="2019-05-07")
C("genuine", "journalist_interview", "de", "Lokaljournalist bittet um Interview zum Waldzustand", [
    ("presse", "2021-09-06 11:00", "Hallo Frau Rauschenbach, wir planen zum Waldzustandsbericht eine Seite über den Stadtwald. Hätten Sie diese Woche eine Stunde für ein Gespräch und einen Fototermin draußen? Gern auch an einer Stelle, wo man die Käferschäden und die Neupflanzungen nebeneinander sieht."),
    ("me", "2021-09-06 12:10", "Hallo Herr Reinhold, gern. Donnerstag 14 Uhr am Kienberg, da sieht man beides. Parken Sie am Wegweiser 'Köhlerhütte'."),
])

P("forstverein", "Christoph Blechschmidt", "Thüringer Forstverein e.V.", "Vorstand", connected="2013-05-15")
C("genuine", "event_invitation_real_contact", "de", "Vorstand des Forstvereins lädt zur Jahrestagung ein und bittet um Vortrag", [
    ("forstverein", "2021-08-10 15:00", "Liebe Kerstin, die Jahrestagung ist am 8.10. in Schwarzburg. Wir hätten dich gern auf dem Podium 'Kommunalwald nach der Kalamität', 20 Minuten Input. Kein Honorar, aber Fahrtkosten und das legendäre Buffet. Sagst du zu?"),
    ("me", "2021-08-10 16:20", "Lieber Christoph, ich sag zu. Ich erzähl was über das Nasslager und die gemeinsame Vermarktung mit der FBG, das interessiert sicher einige."),
    ("forstverein", "2021-08-10 16:25", "Perfekt, genau das."),
])

P("studienfreund", "Jens Pöhland", "Landesforst Sachsen", "Revierleiter", connected="2012-11-02")
C("genuine", "friend_small_talk", "de", "Studienfreund aus Tharandt, Smalltalk", [
    ("studienfreund", "2021-05-24 21:30", "Na du Forstamtsleiterin 😄 Hab dich im Fernsehen gesehen, MDR, mit dem Käferholz. Steht dir. Wann machen wir mal wieder das Tharandt-Treffen? Is ja schon 3 Jahre her."),
    ("me", "2021-05-24 21:55", "Ach herrje, das hast du gesehen? 🙈 Treffen unbedingt, sobald's wieder geht. Ich kümmer mich um die Hütte am Rennsteig, du um die Leute. Deal?"),
    ("studienfreund", "2021-05-24 22:01", "Deal. Grüß mir den Thüringer Wald."),
])

P("forstwirt", "Marco Seidel", "Stadt Ilmenbrück – Stadtforstamt", "Forstwirtschaftsmeister", connected="2017-03-01")
C("genuine", "staff_internal", "de", "eigener Forstwirtschaftsmeister meldet Maschinenschaden", [
    ("forstwirt", "2021-06-28 06:40", "Morgen Chefin, die große Stihl ist gestern abend verreckt, Kolbenfresser. Kann ich beim Händler ne neue bestellen oder willst du erst ein Angebot? Die Truppe kann heute mit den kleinen weiterschneiden."),
    ("me", "2021-06-28 07:05", "Morgen Marco, über 1.000 € brauch ich zwei Angebote, sorry, Vergabeordnung. Hol bitte eins vom Händler in Ilmenbrück und eins aus Arnstadt, dann bestell ich noch heute."),
    ("forstwirt", "2021-06-28 07:08", "Alles klar, mach ich."),
])

P("revier", "Andreas Heinze", "Stadt Ilmenbrück – Stadtforstamt", "Revierförster", connected="2016-01-04")
C("genuine", "staff_internal", "de", "eigener Revierförster zur Holzaufnahme und Polterliste", [
    ("revier", "2021-07-12 15:15", "Kerstin, die Polterliste Tännich ist fertig, 612 fm, davon 140 fm Frischholz für Thomae. Hast du schon die Abfuhrfreigabe geschickt? Die wollen Mittwoch fahren."),
    ("me", "2021-07-12 15:40", "Freigabe geht gleich raus. Danke Andreas, schnelle Arbeit!"),
])

P("kaemmerei", "Petra Dietzel", "Stadt Ilmenbrück", "Kämmerin", connected="2017-06-12")
C("genuine", "owner_initiated_budget", "de", "Forstamtsleiterin meldet Mehrerlöse an die Kämmerin", [
    ("me", "2021-08-16 10:00", "Liebe Frau Dietzel, kurze Info vorab für den Nachtragshaushalt: Durch die gestiegenen Rundholzpreise liegen wir bei den Holzerlösen voraussichtlich ca. 180.000 € über Plan. Ich würde vorschlagen, einen Teil für die Wegeinstandsetzung zurückzulegen. Können wir nächste Woche kurz sprechen?"),
    ("kaemmerei", "2021-08-16 11:20", "Liebe Frau Rauschenbach, das ist mal eine schöne Nachricht! Dienstag 9 Uhr bei mir?"),
])

P("software_alt", "Kai Lämmerhirt", "Silvadata GmbH", "Kundenbetreuung Kommunen", connected="2016-09-01")
C("genuine", "vendor_price_change", "de", "bestehender Softwareanbieter kündigt Lizenzpreisanpassung an", [
    ("software_alt", "2021-10-04 09:00", "Sehr geehrte Frau Rauschenbach, als langjährige Kundin möchten wir Sie vorab informieren: Ab 1.1.2022 passen wir die Wartungsgebühren für ForstOffice um 6 % an. Für Kommunen mit laufendem Vertrag gilt der neue Preis erst ab Vertragsverlängerung, bei Ihnen also ab Juli 2022. Die mobile App ist künftig ohne Aufpreis enthalten."),
    ("me", "2021-10-04 10:30", "Guten Tag Herr Lämmerhirt, danke für die frühe Info. Bitte schicken Sie mir das schriftlich, damit wir es im Haushalt 2022 berücksichtigen können. Ab wann gibt es die App für Android?"),
    ("software_alt", "2021-10-04 11:00", "Mach ich. Android ab November."),
])

P("baumschule", "Carola Frenzel", "Forstbaumschule Frenzel", "Vertrieb", connected="2015-02-17")
C("genuine", "supplier_order_price", "de", "bestehende Baumschule bestätigt Lieferung, Preis Traubeneiche gestiegen", [
    ("baumschule", "2021-10-18 13:30", "Hallo Frau Rauschenbach, Ihre Herbstbestellung ist reserviert. Leider ist die Traubeneiche 1+1 wegen der schwachen Mast teurer geworden (0,92 statt 0,78 € je Stück). Wenn Sie wollen, kann ich 2.000 Stück durch Stieleiche aus Thüringer Herkunft ersetzen, die ist günstiger. Liefertermin 3.11."),
    ("me", "2021-10-18 14:15", "Hallo Frau Frenzel, bitte bei Traubeneiche bleiben, der Standort ist zu trocken für Stieleiche. 3.11. passt, Anlieferung Lagerplatz Schwarzer Teich."),
])

P("hackschnitzel", "Jörg Weißenborn", "Bioenergie-Genossenschaft Ilmenbrück eG", "Vorstand", connected="2021-09-13")
C("genuine", "inbound_wood_chip_buyer", "de", "Energiegenossenschaft will Hackschnitzel kaufen, Vertragsangebot", [
    ("hackschnitzel", "2021-09-14 18:00", "Guten Abend Frau Rauschenbach, unsere Genossenschaft baut das Nahwärmenetz im Neubaugebiet. Wir brauchen ab Herbst 2022 ca. 2.000 Schüttraummeter Waldhackschnitzel im Jahr und würden am liebsten regional aus dem Stadtwald kaufen, mit Liefervertrag über 5 Jahre. Können Sie uns ein Angebot machen?"),
    ("me", "2021-09-15 08:30", "Guten Morgen Herr Weißenborn, das passt sehr gut, wir haben genug Kronenholz aus der Käferaufarbeitung. Ein Mehrjahresvertrag muss durch den Stadtrat, ich bereite eine Vorlage und ein Preisangebot mit Preisgleitklausel vor. Termin im Oktober?"),
    ("hackschnitzel", "2021-09-15 08:45", "Sehr gern, wir melden uns mit Terminvorschlägen."),
])

P("altchef", "Eberhard Kühn", "", "Forstamtsleiter a. D.", connected="2013-01-07")
C("genuine", "long_standing_mentor", "de", "Vorgänger im Amt gratuliert, langjähriger Kontakt", [
    ("altchef", "2021-10-11 17:00", "Liebe Kerstin, ich habe im Kurier gelesen, was du auf der Forstvereinstagung erzählt hast. Das mit der gemeinsamen Vermarktung hätte ich mich damals nicht getraut. Ich bin stolz, dass der Stadtwald bei dir gelandet ist. Und pass mir auf die alten Eichen am Hohen Kopf auf! Herzlich, Eberhard"),
    ("me", "2021-10-11 18:30", "Lieber Eberhard, danke, das freut mich riesig. Die Eichen bleiben, versprochen. Kommst du mal wieder auf einen Kaffee ins Forstamt? Die Maschine ist noch die alte 😄"),
])

P("wanderverein", "Gisela Hochhaus", "Rennsteig-Wanderverein Ilmenbrück", "Wegewartin", connected="2019-04-04")
C("genuine", "community_request", "de", "Wanderverein fragt nach Genehmigung für neue Wegmarkierung", [
    ("wanderverein", "2021-09-20 09:40", "Hallo Frau Rauschenbach, wir möchten den Rundweg 'Köhlerpfad' neu markieren, weil durch die Käferflächen einige Markierungsbäume weg sind. Dürfen wir an Pfählen markieren statt an Bäumen? Und wann sind die Holzarbeiten am Kienberg fertig, damit wir niemanden gefährden?"),
    ("me", "2021-09-20 10:25", "Hallo Frau Hochhaus, Pfähle sehr gern, die Pfähle stellen wir Ihnen sogar, Lärche aus eigenem Holz. Kienberg ist Ende Oktober fertig, vorher bitte nicht markieren."),
])

P("student_nl", "Sanne de Vries", "Hogeschool Gelderland (Bosbouw)", "MSc Forest and Nature Conservation", connected="2021-06-07")
C("genuine", "applicant_internship", "en", "Dutch student applies for an internship in English", [
    ("student_nl", "2021-06-08 14:00", "Dear Ms. Rauschenbach, I am a Master student in forest management and I am looking for a 3-month internship from February 2022. Your municipal forest is interesting for me because of the bark beetle recovery and the Douglas fir trial. My German is B1, I can understand well but speak slowly. Would an internship be possible? CV attached."),
    ("me", "2021-06-09 08:45", "Dear Ms. de Vries, thank you for your application. Yes, an internship is possible, we even have a small room in the forester's house. Let's have a video call in July, and we can speak German slowly 🙂"),
], attachments={0: "https://www.linkedin.com/dms/cv-sanne-de-vries.pdf"})

P("nachbar", "Reinhard Stöcklein", "", "Landwirt", connected="2020-08-08")
C("genuine", "neighbour_damage", "de", "angrenzender Landwirt meldet umgestürzten Baum auf Zaun", [
    ("nachbar", "2021-02-03 07:30", "Morgen Frau Rauschenbach, beim Sturm heut Nacht is ne Fichte aus Ihrem Wald auf meinen Weidezaun am Finsterbach. Die Rinder sin noch drin aber des muss heute weg. Wer zahlt den Zaun?"),
    ("me", "2021-02-03 07:50", "Morgen Herr Stöcklein, oje. Herr Seidel kommt mit der Truppe in einer Stunde und schneidet den Baum raus. Den Zaunschaden melden Sie bitte mit Foto, das läuft über unsere Haftpflicht."),
    ("nachbar", "2021-02-03 07:55", "Danke, des ging schnell."),
])

P("drueckjagd", "Bernd Ortlepp", "Hegering Oberes Ilmtal", "Hegeringleiter", connected="2015-12-03")
C("genuine", "event_invitation_real_contact", "de", "Hegeringleiter lädt zur revierübergreifenden Drückjagd ein", [
    ("drueckjagd", "2021-10-25 20:15", "Hallo Kerstin, die revierübergreifende Drückjagd ist am 20.11., Treffen 8 Uhr an der Schutzhütte Finsterbach. Stellst du wieder zwei Hundeführer und die Bergung aus dem Stadtwald? Schüsseltreiben danach in der 'Goldenen Henne', Hütes und Wildgulasch sind bestellt."),
    ("me", "2021-10-25 20:50", "Hallo Bernd, ja, zwei Hundeführer und Marco mit dem Bergeschlepper. Ich bin selbst auch dabei. Die Sperrung der Waldwege mach ich über die Stadt."),
    ("drueckjagd", "2021-10-25 20:52", "Prima, Waidmannsheil!"),
])

# ====================================================================== WANTED PITCHES (12)

P("drohne_w", "Tobias Greiner", "Luftblick Forstmonitoring GmbH", "Geschäftsführer", connected="2021-03-29",
  invite=("IN", "2021-03-29 07:30", "Guten Tag Frau Rauschenbach, Ihr Interview im Ilmtal-Kurier zum Borkenkäfer hat mich sehr angesprochen."))
C("wanted_pitch", "drone_after_press_article", "de", "Drohnendienstleister bezieht sich konkret auf ihr Zeitungsinterview zur Käfersuche", [
    ("drohne_w", "2021-03-29 10:00", "Guten Tag Frau Rauschenbach, danke fürs Vernetzen. Im Kurier-Artikel vom 20.3. sagten Sie, dass Ihre Revierförster im Sommer jede Woche 'Käfernester zu Fuß suchen' und trotzdem immer zu spät kommen. Wir fliegen für Forstbetriebe in Thüringen und Sachsen multispektrale Befliegungen, die frischen Stehendbefall 2–3 Wochen vor der Rotfärbung zeigen. Für Ihre ca. 1.100 ha Fichtenanteil wären das 3 Befliegungen zwischen Juni und August. Ich könnte Ihnen das Ergebnis aus einem sächsischen Stadtwald zeigen, dort hat der Revierleiter die Suchzeit halbiert."),
    ("me", "2021-03-29 11:15", "Guten Tag Herr Greiner, das klingt tatsächlich interessant. Schicken Sie mir bitte ein Angebot für eine Testbefliegung am Kienberg (ca. 150 ha) und die Referenz in Sachsen."),
])

P("software_w", "Lisa Marx", "Waldwerk Software", "Kundenberatung Kommunalwald")
C("wanted_pitch", "software_knows_her_tools", "de", "Softwareanbieter kennt ihr System (ForstOffice-Altversion) und bietet Datenübernahme", [
    ("software_w", "2021-04-20 14:30", "Sehr geehrte Frau Rauschenbach, Sie arbeiten laut Ihrem Beitrag in der Forstzeitung noch mit ForstOffice 6, für das der Hersteller die Windows-Unterstützung 2022 einstellt. Wir übernehmen Bestandsdaten, Holzlisten und Polterkoordinaten aus ForstOffice 6 vollständig (das haben wir schon für vier Thüringer Kommunen gemacht) und unsere Holzaufnahme läuft offline auf dem Handy, was bei Ihrem Funkloch am Tännich wichtig sein dürfte. Gern zeige ich Ihnen in 30 Minuten online, wie Ihre Daten bei uns aussähen."),
    ("me", "2021-04-21 08:40", "Sehr geehrte Frau Marx, das Funkloch kennen Sie also auch 😄 Eine Vorführung gern, aber erst nach der Pflanzsaison, also ab Mitte Mai."),
])

P("foerder_w", "Dr. Holger Sämisch", "Sämisch Fördermittelberatung", "Inhaber")
C("wanted_pitch", "funding_consultant_public_record", "de", "Fördermittelberater zitiert Stadtratsbeschluss aus dem Ratsinformationssystem", [
    ("foerder_w", "2021-05-17 09:10", "Sehr geehrte Frau Rauschenbach, im Ratsinformationssystem der Stadt habe ich den Beschluss 2021/047 zur Wiederbewaldung von 38 ha gelesen, mit Finanzierung 'vorbehaltlich Landesförderung'. Seit April gibt es zusätzlich das Bundesprogramm für klimaangepasstes Waldmanagement, das mit der Landesförderung kombinierbar ist und bei 38 ha Fläche einen sechsstelligen Betrag bedeuten kann. Ich unterstütze Kommunen bei Antrag und Nachweisführung, Honorar nur erfolgsabhängig (5 %). Darf ich Ihnen eine Kurzprüfung Ihrer Fläche zusenden?"),
    ("me", "2021-05-17 10:30", "Sehr geehrter Herr Dr. Sämisch, vom Bundesprogramm habe ich gehört, mir fehlt aber die Zeit, mich durch die Kriterien zu arbeiten. Schicken Sie die Kurzprüfung gern."),
])

P("nasslager_w", "Frank Hollstein", "Hollstein Beregnungstechnik", "Vertrieb Forst")
C("wanted_pitch", "supplier_after_her_talk", "de", "Beregnungsanlagen-Hersteller bezieht sich auf ihren Vortrag zur Nasslager-Planung", [
    ("nasslager_w", "2021-10-12 16:00", "Sehr geehrte Frau Rauschenbach, ich war bei Ihrem Vortrag auf der Forstvereinstagung in Schwarzburg. Sie sagten, Sie planen ein Nasslager für ca. 8.000 fm am Schwarzen Teich, aber die Stromleitung dorthin sei das Problem. Wir bauen Beregnungsanlagen mit Solar-Pumpensteuerung, die genau für Standorte ohne Netzanschluss gedacht sind, und haben so ein Lager bei einer hessischen Stadt laufen (Frau Anschütz kennen Sie ja). Darf ich Ihnen eine Skizze für Ihren Standort machen?"),
    ("me", "2021-10-12 17:20", "Herr Hollstein, Sie haben gut zugehört. Ja, eine Skizze gern, ich frag Birgit auch mal, wie zufrieden sie ist."),
])

P("seilkran_w", "Markus Oberender", "Seilkran Oberender", "Forstunternehmer")
C("wanted_pitch", "contractor_mutual_contact", "de", "Seilkranunternehmer auf Empfehlung von Thomas Eberhardt (FBG) für Steilhang Kienberg", [
    ("seilkran_w", "2021-04-01 12:00", "Hallo Frau Rauschenbach, Thomas Eberhardt von der FBG Oberes Ilmtal hat mir gesagt, dass Sie oberhalb der roten Linie am Kienberg ca. 6 ha Käferholz im Steilhang haben, wo der Harvester nicht hinkommt. Ich arbeite mit einem Mobilseilkran (Reichweite 500 m) und war letzten Herbst für die FBG im Schwarzatal. Ich hätte im Mai zwei Wochen frei. Soll ich mir die Fläche mal anschauen? Angebot dann nach Besichtigung."),
    ("me", "2021-04-01 13:10", "Hallo Herr Oberender, ja, das passt genau. Besichtigung gern Dienstag, 8 Uhr am Parkplatz Finsterbach."),
])

P("buchung_w", "Elisa Brandt", "Loswerk (Start-up)", "Gründerin")
C("wanted_pitch", "booking_tool_site_visited", "de", "Start-up hat ihre Website mit PDF-Brennholzformular angesehen", [
    ("buchung_w", "2021-08-23 10:30", "Hallo Frau Rauschenbach, ich habe mir die Brennholzseite der Stadt Ilmenbrück angesehen: Bestellung per PDF-Formular, das man ausdruckt und faxt oder im Rathaus abgibt, und die Lose werden dann per Losverfahren zugeteilt. Wir haben eine kleine Software gebaut, mit der Bürger Flächenlose online auf einer Karte auswählen, den Motorsägennachweis hochladen und per Rechnung zahlen. Zwei Gemeinden im Saale-Holzland nutzen sie seit letztem Winter. Kosten: 490 € im Jahr. Hätten Sie Lust auf einen Test für die Saison 2021/22?"),
    ("me", "2021-08-23 11:45", "Hallo Frau Brandt, das Fax ist uns selbst peinlich 🙈 Ich muss das mit der IT und dem Datenschutz klären, aber eine Vorführung hätte ich gern."),
])

P("polter_w", "Sven Trommer", "TimberTrack GmbH", "Vertrieb Ostdeutschland")
C("wanted_pitch", "gps_tracker_press_item", "de", "GPS-Tracker für Holzpolter nach Polizeimeldung zu Holzdiebstahl", [
    ("polter_w", "2021-07-06 09:00", "Guten Tag Frau Rauschenbach, laut Pressemitteilung der Polizei wurden letzte Woche an der B-Straße bei Ilmenbrück rund 40 fm Fichtenstammholz aus einem städtischen Polter gestohlen. Wir stellen kleine GPS-Tracker her, die in Stämme eingesetzt werden und bei Bewegung eine SMS schicken, und sie haben in Oberfranken schon zu zwei Festnahmen geführt. Ein Set für 5 Polter kostet 390 €. Wenn Sie möchten, schicke ich Ihnen zwei Geräte zum Testen."),
    ("me", "2021-07-06 10:15", "Guten Tag Herr Trommer, das mit dem Diebstahl ärgert uns immer noch. Zwei Testgeräte gern, an Forstamt Ilmenbrück, z. H. Herrn Heinze."),
])

P("recruit_w", "Philipp Anger", "Anger & Partner Executive Search", "Partner Forst & Naturschutz")
C("wanted_pitch", "recruiter_relevant_role", "de", "Headhunter mit passender Leitungsstelle, bezieht sich auf ihre Vermarktungskooperation", [
    ("recruit_w", "2021-11-08 08:30", "Sehr geehrte Frau Rauschenbach, ich besetze im Auftrag einer großen Naturschutzstiftung die Leitung ihres Forstbetriebs (ca. 9.000 ha, überwiegend Thüringen und Sachsen-Anhalt, Schwerpunkt Waldumbau nach Kalamität). Die Stiftung sucht ausdrücklich jemanden mit Erfahrung in kommunaler Zusammenarbeit; Ihre gemeinsame Holzvermarktung mit der FBG Oberes Ilmtal ist dort bekannt. Ich weiß, dass Sie vermutlich nicht aktiv suchen. Wäre ein vertrauliches Gespräch trotzdem denkbar?"),
    ("me", "2021-11-08 12:00", "Sehr geehrter Herr Anger, ich bin hier eigentlich sehr glücklich. Aber ein vertrauliches Gespräch schadet nicht, rufen Sie mich gern Freitag nach 15 Uhr an."),
])

P("speierling_w", "Hannelore Weidig", "Baumschule Weidig – Seltene Baumarten", "Inhaberin", connected="2021-02-08",
  invite=("IN", "2021-02-08 12:00", "Hallo Frau Rauschenbach, zu Ihrem Beitrag über Speierling und Elsbeere."))
C("wanted_pitch", "nursery_after_post", "de", "Baumschule für seltene Baumarten reagiert auf ihren LinkedIn-Beitrag zu Speierling-Engpass", [
    ("speierling_w", "2021-02-08 15:20", "Danke fürs Annehmen! Sie haben geschrieben, dass Sie für die Südhänge am Tännich Speierling und Elsbeere pflanzen wollen, aber keine Baumschule liefern kann. Wir ziehen beide Arten aus zugelassenen Thüringer Herkünften, derzeit 4.000 Speierling und 2.500 Elsbeere als Containerpflanzen (40–60 cm). Für Flächen über 1 ha gebe ich 10 % Rabatt. Soll ich Ihnen Herkunftsnachweise und Preise schicken?"),
    ("me", "2021-02-08 16:05", "Oh, das ist ja eine Überraschung. Ja bitte, Preise und Herkunftsnachweise, ich brauche ca. 1.500 Speierling für den Herbst."),
])

P("inventur_w", "Dr. Kathrin Böttger", "", "Freiberufliche Forsteinrichterin")
C("wanted_pitch", "freelancer_public_plan", "de", "Forsteinrichterin weiß, dass das Forsteinrichtungswerk 2022 ausläuft (Haushaltsplan)", [
    ("inventur_w", "2021-09-27 11:00", "Sehr geehrte Frau Rauschenbach, im veröffentlichten Haushaltsplan 2021 der Stadt steht, dass das Forsteinrichtungswerk 2022 ausläuft und die Neuaufstellung ausgeschrieben werden soll. Ich bin freiberufliche Forsteinrichterin und kombiniere die klassische Inventur mit Drohnen-LiDAR, was bei Ihren Kalamitätsflächen die Außenaufnahmen um etwa ein Drittel verkürzt. Ich würde mich gern an der Ausschreibung beteiligen und Ihnen vorab meine Arbeit für eine Kommune am Rennsteig zeigen, falls das für die Leistungsbeschreibung hilfreich ist."),
    ("me", "2021-09-28 08:20", "Sehr geehrte Frau Dr. Böttger, danke, die Ausschreibung kommt voraussichtlich im Januar. Eine Vorstellung Ihrer Methode wäre für die Leistungsbeschreibung tatsächlich hilfreich."),
])

P("agentur_w", "Nils Kupfer", "Kupfer & Moos – Umweltkommunikation", "Gestalter")
C("wanted_pitch", "agency_site_visited_in_person", "de", "Agentur war selbst am Naturlehrpfad und benennt die kaputten Tafeln", [
    ("agentur_w", "2021-07-26 19:00", "Hallo Frau Rauschenbach, wir waren am Wochenende mit den Kindern auf dem Naturlehrpfad am Schwarzen Teich. Schöner Weg! Aber von den 12 Tafeln sind 5 nicht mehr lesbar und die zum Borkenkäfer erklärt noch den Zustand von 2008. Wir gestalten Lehrpfade und Infotafeln für Forstbetriebe (witterungsfest, mit Aktualisierung per Einlegeplatte). Ich hätte Lust, Ihnen einen Entwurf für die Käfertafel zu machen, unverbindlich. Einen Lehrpfad haben wir für den Naturpark Thüringer Schiefergebirge gemacht."),
    ("me", "2021-07-27 07:30", "Hallo Herr Kupfer, ertappt, die Tafeln sind seit Jahren auf meiner Liste. Einen Entwurf schaue ich mir gern an."),
])

P("carbon_w", "Emma Lindqvist", "Nordic Forest Carbon AB", "Partnership Manager DACH")
C("wanted_pitch", "carbon_program_specific", "en", "English carbon-program pitch that knows the municipal criteria and her FSC status", [
    ("carbon_w", "2021-11-23 10:00", "Dear Ms. Rauschenbach, I read in the Thüringer Forstverein newsletter that Ilmenbrück's town forest has been FSC certified since 2019 and has set aside 5% as natural forest reserves. That combination matters for the voluntary carbon standard we work with, because the set-aside area can count as additional if it was decided after 2018, which yours was (council decision 2019). We only work with municipal and church forests in Germany, the contract leaves ownership and management decisions fully with the town, and we'd pay a yearly fee per hectare. Happy to present this in German to you and the mayor."),
    ("me", "2021-11-23 14:00", "Dear Ms. Lindqvist, thanks, that is more concrete than the usual carbon offers. Please send a written summary in German; I will discuss it with the mayor in December."),
])

# ====================================================================== JUNK (38)

# --- one template, five senders (one in English)
P("tpl1", "Patrick Neubauer", "KommunalDigital GmbH", "Key Account Manager", connected="2021-01-18")
C("junk", "template_digitalization", "de", "Vorlage 1/5 Digitalisierung Kommunen", [
    ("tpl1", "2021-01-19 09:00", "Sehr geehrte Frau Rauschenbach, ich bin auf Ihr Profil gestoßen und war beeindruckt von Ihrer Arbeit bei der Stadt Ilmenbrück. Wir unterstützen Verwaltungen dabei, Prozesse zu digitalisieren und bis zu 30 % Zeit einzusparen. Hätten Sie diese Woche 15 Minuten für einen kurzen Austausch?"),
])
P("tpl2", "Melanie Kraus", "Verwaltung 4.0 Consulting", "Beraterin", connected="2021-03-22")
C("junk", "template_digitalization", "de", "Vorlage 2/5, fast gleicher Text", [
    ("tpl2", "2021-03-23 10:15", "Sehr geehrte Frau Rauschenbach, ich bin auf Ihr Profil gestoßen und bin beeindruckt von Ihrer Arbeit beim Stadtforstamt Ilmenbrück. Wir helfen öffentlichen Verwaltungen, ihre Prozesse zu digitalisieren und bis zu 25 % Zeit zu sparen. Hätten Sie in den nächsten Tagen 15 Minuten für einen Austausch?"),
])
P("tpl3", "Dennis Vogt", "eGov Solutions Mitte", "Vertriebsleiter", connected="2021-06-07")
C("junk", "template_digitalization", "de", "Vorlage 3/5 mit Nachfassen", [
    ("tpl3", "2021-06-08 08:30", "Hallo Frau Rauschenbach, bin auf Ihr Profil gestoßen und war von Ihrer Arbeit in der Forstverwaltung beeindruckt. Wir unterstützen Kommunen bei der Digitalisierung ihrer Abläufe und sparen dabei bis zu 30 % Bearbeitungszeit. Haben Sie diese Woche 15 Minuten?"),
    ("tpl3", "2021-06-15 08:30", "Hallo Frau Rauschenbach, ich wollte meine Nachricht noch einmal nach oben holen. Passt es diese Woche?"),
])
P("tpl4", "Oliver Grant", "CivicFlow Europe", "Business Development", connected="2021-08-02")
C("junk", "template_digitalization", "en", "template 4/5 in English", [
    ("tpl4", "2021-08-03 11:00", "Dear Kerstin, I came across your profile and was impressed by your work at the City of Ilmenbrück. We help public administrations digitize their processes and save up to 30% of staff time. Would you have 15 minutes this week for a short exchange?"),
])
P("tpl5", "Sabrina Heller", "Amtsklar Software", "Account Executive", connected="2021-10-25")
C("junk", "template_digitalization", "de", "Vorlage 5/5, leicht umformuliert", [
    ("tpl5", "2021-10-26 14:00", "Guten Tag Frau Rauschenbach! Ich bin über Ihr Profil gestolpert und finde Ihre Arbeit bei der Stadt Ilmenbrück wirklich beeindruckend. Wir helfen Verwaltungen, Abläufe digital zu machen und so bis zu 30 Prozent Zeit zu gewinnen. Wären 15 Minuten diese Woche drin?"),
])

# --- merge-tag failures
P("merge1", "Tim Hoffmann", "LeadBoost DACH", "Growth Manager")
C("junk", "merge_tag_failure", "de", "unausgefüllter Platzhalter {{Vorname}}", [
    ("merge1", "2021-02-16 07:45", "Hallo {{Vorname}}, ich habe gesehen, dass {{Firma}} gerade wächst. Wir bringen Ihnen jeden Monat 20+ qualifizierte Termine mit Entscheidern. Lust auf ein kurzes Gespräch?"),
])
P("merge2", "Jennifer Albrecht", "Büroprofi Direkt", "Vertrieb")
C("junk", "merge_tag_failure", "de", "eckige Platzhalter [Firma] stehen geblieben", [
    ("merge2", "2021-05-05 13:00", "Guten Tag Frau Rauschenbach, als [Position] bei [Firma] kennen Sie sicher das Problem mit überfüllten Büros. Unsere ergonomischen Büromöbel gibt es jetzt mit 20 % Rabatt für [Branche]. Darf ich einen Katalog schicken?"),
])
P("merge3", "Kevin Lorenz", "Stadtwerke-Partner GmbH", "Energieberater", connected="2021-08-16")
C("junk", "merge_tag_wrong_name", "de", "falscher Name und falsche Firma", [
    ("merge3", "2021-08-17 10:20", "Sehr geehrter Herr Müller, als Geschäftsführer der Stadtwerke Arnstadt wissen Sie, wie stark die Energiepreise schwanken. Wir bieten Ihnen eine Festpreisgarantie für 36 Monate. Wann kann ich Sie anrufen?"),
])
P("merge4", "Chris Baumann", "Talentpool24", "Recruiting Partner")
C("junk", "merge_tag_failure", "mixed", "halb deutsch, halb englisch, {first_name}-Platzhalter", [
    ("merge4", "2021-11-15 09:00", "Hi {first_name}, wir haben aktuell top Kandidaten für Ihre offenen Stellen im Bereich Software Engineering! Let me know if you want to see the profiles, kostenlos und unverbindlich."),
])

# --- sponsored InMail
P("spon1", "Akademie für Verwaltungsmanagement", "Akademie für Verwaltungsmanagement", "",
  url="https://www.linkedin.com/company/akademie-verwaltungsmanagement")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Führungskräfte-Lehrgang", [
    ("spon1", "2021-04-12 12:00", "<p>Guten Tag Frau Rauschenbach,</p><p>werden Sie zur <b>zertifizierten Führungskraft im öffentlichen Dienst</b>. Berufsbegleitend, 100 % online &amp; mit Abschlusszertifikat.</p><p>Jetzt Frühbucherrabatt sichern!</p>"),
], title="Sponsored Conversation", subject="Ihr nächster Karriereschritt")
P("spon2", "FlottePlus Leasing", "FlottePlus Leasing", "",
  url="https://www.linkedin.com/company/flotteplus-leasing")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Dienstwagen-Leasing", [
    ("spon2", "2021-09-06 12:00", "<p>Frau Rauschenbach, Ihr nächster Dienstwagen: <b>Pick-up-Modelle ab 299 €/Monat</b> im Gewerbeleasing.</p><p>Angebot gültig bis 30.09.</p>"),
], title="Sponsored Conversation", subject="Pick-up ab 299 €")
P("spon3", "LinkedIn Member", "", "", url="")
C("junk", "sponsored_inmail", "en", "sponsored message from unnamed member, webinar", [
    ("spon3", "2021-12-01 12:00", "Join our free webinar: How AI is transforming public sector procurement. Register now, seats are limited."),
], title="Sponsored Conversation", subject="Free webinar")

# --- paid awards / features / podcasts
P("award", "Sonja Reichert", "Deutscher Kommunalpreis Initiative", "Projektleitung")
C("junk", "paid_award", "de", "'Auszeichnung', für die eine Gebühr fällig wird", [
    ("award", "2021-06-21 10:00", "Sehr geehrte Frau Rauschenbach, herzlichen Glückwunsch! Das Stadtforstamt Ilmenbrück wurde von unserer Jury als 'Nachhaltige Kommune 2021' ausgewählt. Für die Nutzung des Siegels sowie Urkunde und Pressemitteilung fällt eine Lizenzgebühr von 1.490 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag."),
])
P("advertorial", "Bernd Fuchs", "Forst & Kommune Magazin", "Anzeigenleitung")
C("junk", "paid_feature", "de", "redaktionelles Porträt, das eine bezahlte Anzeige ist", [
    ("advertorial", "2021-03-09 11:30", "Sehr geehrte Frau Rauschenbach, wir planen in der Ausgabe 'Kommunalwald der Zukunft' ein Porträt über Ihr Forstamt. Die Veröffentlichung ist mit einem Kostenbeitrag von 980 € für Satz und Druck verbunden (halbe Seite, farbig). Darf ich Sie vormerken?"),
    ("advertorial", "2021-03-19 11:30", "Sehr geehrte Frau Rauschenbach, darf ich nochmals nachfragen? Redaktionsschluss ist nächste Woche."),
])
P("podcast", "Leon Falk", "Podcast 'Macher im Mittelstand'", "Host")
C("junk", "paid_podcast_slot", "de", "Podcast-Gastplatz gegen Produktionspauschale", [
    ("podcast", "2021-07-14 17:00", "Hi Kerstin, wir würden dich gern als Gast in 'Macher im Mittelstand' haben! Deine Geschichte passt perfekt zu unseren 50.000 Hörern. Für Schnitt, Promotion und Social-Clips berechnen wir eine einmalige Pauschale von 590 €. Soll ich dir den Buchungslink schicken?"),
])

# --- generic counterparts
P("drohne_j", "Marvin Stahl", "SkyPix Drohnenservice", "Inhaber")
C("junk", "generic_drone_service", "de", "generischer Drohnendienst (Gegenstück zum Forstmonitoring)", [
    ("drohne_j", "2021-05-25 15:00", "Hallo! Wir bieten professionelle Drohnenaufnahmen für Immobilien, Events, Hochzeiten und Unternehmen. 4K-Video, Luftbilder, schnelle Lieferung. Jetzt zum Einführungspreis ab 199 €! Melden Sie sich gern."),
])
P("erp_j", "Daniel Wendt", "BizCore ERP", "Sales Manager")
C("junk", "generic_software", "de", "generische ERP-Software (Gegenstück zum Forstsoftware-Anbieter)", [
    ("erp_j", "2021-06-02 09:30", "Sehr geehrte Frau Rauschenbach, ist Ihr Unternehmen bereit für die Zukunft? Mit BizCore ERP steuern Sie Vertrieb, Lager, Buchhaltung und Personal in einer Plattform. Jetzt kostenlose Demo vereinbaren!"),
])
P("foerder_j", "Anja Seifert", "Fördergeld-Express", "Beraterin", connected="2021-07-25")
C("junk", "generic_funding_consultant", "de", "generische Fördermittelberatung (Gegenstück)", [
    ("foerder_j", "2021-07-26 08:00", "Hallo Frau Rauschenbach, wussten Sie, dass 9 von 10 Unternehmen Fördermittel verschenken? Wir prüfen kostenlos, welche Zuschüsse Ihnen zustehen: Digitalisierung, Energie, Personal. Kurzer Check in 10 Minuten?"),
])
P("carbon_j", "Ryan Mitchell", "GreenLedger Credits", "Sales")
C("junk", "generic_carbon_credits", "en", "generic carbon credit pitch (counterpart of the tailored carbon program)", [
    ("carbon_j", "2021-10-18 16:00", "Hi Kerstin, is your organization ready for net zero? Offset your emissions today with verified carbon credits from rainforest projects. Volume discounts available. Shall I send our price list?"),
])
P("web_j", "Sarah Lindner", "Webdesign Lindner", "Inhaberin")
C("junk", "generic_web_design", "de", "generisches Webdesign (Gegenstück zum Brennholz-Tool)", [
    ("web_j", "2021-09-08 13:00", "Guten Tag, Ihre Website ist nicht mehr zeitgemäß? Wir erstellen moderne, responsive Websites ab 999 €, inklusive SEO. Kostenloses Erstgespräch!"),
])

# --- offers exactly what she sells
P("brennholz_j", "Holzhandel Ramm", "Holzhandel Ramm", "Vertrieb", connected="2021-10-03")
C("junk", "offers_owner_product", "de", "Brennholzhändler bietet ihr Brennholz an (das sie selbst verkauft)", [
    ("brennholz_j", "2021-10-04 12:00", "Hallo! Der Winter kommt 🔥 Buche, Eiche, Birke, kammergetrocknet, ab 95 €/SRM frei Haus. Jetzt bestellen, solange der Vorrat reicht!"),
])
P("forstdienst_j", "Rainer Kübler", "WaldPlus Bewirtschaftung GmbH", "Geschäftsführer")
C("junk", "offers_owner_service", "de", "Forstdienstleister bietet ihr die Bewirtschaftung 'Ihres Waldes' an", [
    ("forstdienst_j", "2021-04-27 08:15", "Sehr geehrte Waldbesitzerin, Sie besitzen Wald und haben keine Zeit für die Bewirtschaftung? Wir übernehmen alles: Holzeinschlag, Vermarktung, Aufforstung. Bis zu 20 % mehr Ertrag! Rufen Sie uns an."),
])

# --- capacity for new clients
P("capacity", "Jonas Pfeiffer", "Holzkunden-Finder", "Gründer", connected="2021-05-30")
C("junk", "capacity_for_new_clients", "de", "'Haben Sie Kapazität für neue Kunden?' mit Nachfassen", [
    ("capacity", "2021-05-31 10:00", "Kurze Frage, Frau Rauschenbach: Haben Sie aktuell Kapazität für 5–10 neue Kunden im Monat? Wenn ja, zeige ich Ihnen, wie wir die automatisiert liefern."),
    ("capacity", "2021-06-07 10:00", "Hallo nochmal, sind Sie ausgelastet oder haben Sie noch Kapazität?"),
])

# --- like-minded entrepreneurs
P("likeminded", "Sascha Brandl", "Brandl Mindset Coaching", "Unternehmer | Speaker | Mentor", connected="2021-02-28")
C("junk", "like_minded_connect_pitch", "de", "'gleichgesinnte Unternehmer' an eine Behördenleiterin, dann Coaching-Pitch", [
    ("likeminded", "2021-03-01 07:00", "Hey Kerstin, freut mich, dass wir uns als gleichgesinnte Unternehmer vernetzt haben! 🚀 Was ist dein größtes Ziel für 2021?"),
    ("me", "2021-03-01 12:30", "Hallo, ich leite eine Behörde, aber mein Ziel ist, dass der Wald den Käfer überlebt 🙂"),
    ("likeminded", "2021-03-01 12:35", "Mega! Genau dafür hab ich mein 12-Wochen-Programm 'Unaufhaltsam' entwickelt. Nur noch 3 Plätze für 1.997 €. Soll ich dir Infos schicken?"),
])

# --- quick 15-minute call
P("call15", "Vanessa Roth", "Roth Vertriebsberatung", "Beraterin")
C("junk", "quick_call", "de", "'kurzer 15-Minuten-Call' ohne Antwort, zwei Nachfasser", [
    ("call15", "2021-09-13 09:00", "Hallo Frau Rauschenbach, hätten Sie diese Woche 15 Minuten für einen kurzen Call? Ich würde Ihnen gern zeigen, wie Sie Ihren Vertrieb planbar machen."),
    ("call15", "2021-09-20 09:00", "Hallo Frau Rauschenbach, kurze Erinnerung an meine Nachricht."),
    ("call15", "2021-09-29 09:00", "Ich gehe davon aus, dass es gerade nicht passt. Melden Sie sich gern, wenn sich das ändert!"),
])

# --- connect-then-pitch
P("ctp1", "Marcel Fritzsche", "SolarDach Thüringen", "Projektentwickler", connected="2021-03-10",
  invite=("IN", "2021-03-10 08:05", ""))
C("junk", "connect_then_pitch", "de", "Smalltalk über den Wald, Pitch in Nachricht 3 nach Antwort", [
    ("ctp1", "2021-03-10 12:00", "Hallo Frau Rauschenbach, danke für die Vernetzung! Ich wandere selbst viel im Thüringer Wald, gerade am Rennsteig. Wie schlimm ist es mit dem Käfer bei Ihnen?"),
    ("me", "2021-03-10 13:30", "Hallo Herr Fritzsche, leider ziemlich schlimm, wir haben fast 40 ha Kahlflächen."),
    ("ctp1", "2021-03-10 13:40", "Das tut mir leid. Apropos Flächen: Freiflächen-PV wäre eine sehr gute Nutzung für solche Kahlflächen, wir pachten ab 2 ha für bis zu 2.500 €/ha/Jahr. Darf ich das Ihrem Bürgermeister vorstellen?"),
])
P("ctp2", "Lena Hartung", "Versicherungskontor Mitte", "Finanzberaterin", connected="2021-07-01",
  invite=("IN", "2021-07-01 19:00", "Hallo Kerstin, würde mich freuen, mich mit dir zu vernetzen!"))
C("junk", "connect_then_pitch", "de", "Gruß, dann Versicherungspitch in Nachricht 2", [
    ("ctp2", "2021-07-02 08:00", "Hallo Kerstin, schön, dass es geklappt hat! Wie läuft dein Sommer so?"),
    ("ctp2", "2021-07-03 09:30", "Übrigens: Als Beamtin oder Angestellte im öffentlichen Dienst hast du Anspruch auf besondere Tarife bei der Berufsunfähigkeitsversicherung. Soll ich dir ein unverbindliches Angebot machen?"),
])
P("ctp3", "Robin Kessler", "Kessler Immobilien Invest", "Investment Consultant", connected="2021-09-21",
  invite=("IN", "2021-09-21 11:11", ""))
C("junk", "connect_then_pitch", "de", "Kompliment für Interview, dann Immobilien-Investment", [
    ("ctp3", "2021-09-22 10:00", "Hallo Frau Rauschenbach, habe Ihr Interview im Kurier gelesen, toll, wie Sie das machen!"),
    ("ctp3", "2021-09-22 10:05", "Darf ich fragen, wie Sie privat für das Alter vorsorgen? Wir haben gerade eine Denkmalimmobilie in Erfurt mit Steuervorteil frei, ideal für Gutverdiener im öffentlichen Dienst."),
])

# --- misc junk
P("fluent", "Dr. Maximilian Ebert", "Ebert Strategy Partners", "Managing Partner")
C("junk", "fluent_company_named", "de", "flüssiger Pitch mit ihrem Amt im Text, aber beliebig austauschbar", [
    ("fluent", "2021-10-20 15:00", "Sehr geehrte Frau Rauschenbach, das Stadtforstamt Ilmenbrück steht wie viele Organisationen vor der Herausforderung, Tradition und Wandel zu verbinden. Gerade in solchen Phasen entscheidet eine klare Strategie über den langfristigen Erfolg. Wir begleiten Organisationen wie das Stadtforstamt Ilmenbrück dabei, Potenziale zu heben und Teams auf Wachstum auszurichten. Ich würde Ihnen gern in einem kurzen Gespräch einige Impulse vorstellen. Passt Ihnen Dienstag oder Mittwoch?"),
])
P("bump", "Felix Krüger", "Outbound Heroes", "SDR")
C("junk", "followup_bumps_no_reply", "de", "drei Nachfasser ohne Antwort", [
    ("bump", "2021-02-09 09:00", "Hallo Frau Rauschenbach, wie wir einem Mittelständler in Jena zu 40 % mehr Anfragen verholfen haben: Interesse an der Case Study?"),
    ("bump", "2021-02-16 09:00", "Ich hole meine Nachricht nochmal nach oben 🙂"),
    ("bump", "2021-02-23 09:00", "Haben Sie meine Nachricht gesehen?"),
    ("bump", "2021-03-09 09:00", "Letzter Versuch, dann lasse ich Sie in Ruhe!"),
])
P("pflege", "Nadine Schuster", "CarePersonal Plus", "Personalvermittlung")
C("junk", "off_topic_staffing", "de", "Pflegekräfte-Vermittlung, völlig off-topic", [
    ("pflege", "2021-04-14 08:00", "Guten Tag, suchen Sie Pflegefachkräfte? Wir vermitteln examinierte Pflegekräfte aus dem Ausland, inkl. Anerkennung und Sprachkurs. Jetzt unverbindlich anfragen!"),
], folder="ARCHIVE")
P("krypto", "Alex Winter", "Alpha Crypto Club", "Trader", connected="2021-05-17")
C("junk", "off_topic_crypto", "en", "crypto trading pitch in English", [
    ("krypto", "2021-05-18 22:30", "Hi Kerstin, hope you're well. I share daily crypto signals with a small private group, members made 4x this year. Want an invite? Limited spots."),
])
P("pv_dach", "Thomas Reinecke", "EnergieDirekt Mitte", "Energieberater")
C("junk", "off_topic_solar", "de", "PV-Anlage fürs Eigenheim", [
    ("pv_dach", "2021-08-24 18:00", "Hallo Frau Rauschenbach, noch keine Photovoltaik auf dem Dach? Mit unserem Mietmodell ab 0 € Anzahlung sparen Sie bis zu 70 % Stromkosten. Kostenlose Dachprüfung in Ihrer Region!"),
])
P("kaffee", "Julia Sommer", "OfficeBrew", "Vertrieb")
C("junk", "off_topic_coffee", "de", "Kaffeevollautomaten fürs Büro", [
    ("kaffee", "2021-11-02 10:30", "Guten Tag Frau Rauschenbach, ist der Kaffee in Ihrem Büro auch so schlecht? 😉 Unsere Vollautomaten gibt es ab 49 € im Monat inkl. Wartung. 2 Wochen kostenlos testen!"),
])
P("ki_text", "Benedikt Horn", "TextPilot KI", "Founder")
C("junk", "off_topic_ai_tool", "de", "KI-Texttool", [
    ("ki_text", "2021-12-06 09:00", "Hallo Kerstin! Schreibst du noch selbst? Mit TextPilot erstellst du Newsletter, Blogartikel und LinkedIn-Posts in Sekunden. Jetzt 14 Tage gratis testen 🚀"),
])
P("bewerbfoto", "Lara Engel", "Engel Business Portraits", "Fotografin", connected="2021-11-28")
C("junk", "generic_service_pitch", "de", "Business-Porträts", [
    ("bewerbfoto", "2021-11-29 12:00", "Hallo Frau Rauschenbach, Ihr Profilfoto ist schon etwas älter, oder? 😊 Ich biete Business-Porträts für Teams ab 79 € pro Person an. Hätten Sie Interesse an einem Teamshooting?"),
])
P("leasing_mitarbeiter", "Stefan Ullrich", "Zeitarbeit Ullrich", "Niederlassungsleiter")
C("junk", "generic_staffing", "de", "Zeitarbeit allgemein", [
    ("leasing_mitarbeiter", "2021-03-31 07:30", "Sehr geehrte Damen und Herren, Fachkräftemangel? Wir stellen Ihnen kurzfristig Helfer und Fachkräfte aus Lager, Produktion und Handwerk zur Verfügung. Rufen Sie uns an!"),
])

P("waldkauf", "Konstantin Richter", "Silva Invest Deutschland", "Ankauf Forstflächen")
C("junk", "generic_land_buyer", "de", "Massenanschreiben 'Wir kaufen Ihren Wald', irrelevant für Kommunalwald", [
    ("waldkauf", "2021-06-29 11:00", "Sehr geehrte Waldbesitzerin, sehr geehrter Waldbesitzer, wir kaufen Waldflächen ab 1 ha in ganz Deutschland, auch Schadflächen, schnell und unkompliziert zum Höchstpreis. Notartermin innerhalb von 4 Wochen. Rufen Sie uns unverbindlich an!"),
])

if __name__ == "__main__":
    ex.write(OUT, {
        "First Name": "Kerstin", "Last Name": "Rauschenbach",
        "Headline": "Leiterin Stadtforstamt Ilmenbrück | Kommunalwald im Thüringer Wald | Waldumbau nach der Kalamität",
        "Summary": "Ich leite das Stadtforstamt Ilmenbrück (ca. 3.200 ha Stadtwald, FSC-zertifiziert). Schwerpunkte: Wiederbewaldung der Käferflächen, Holzvermarktung, Waldpädagogik und Zusammenarbeit mit Jagd und Naturschutz.",
        "Industry": "Government Administration", "Geo Location": "Thüringen, Deutschland",
        "Websites": "",
    }, [
        {"Company Name": "Stadt Ilmenbrück – Stadtforstamt", "Title": "Leiterin Stadtforstamt",
         "Description": "Leitung von 3 Revieren und 9 Forstwirten; Holzverkauf, Förderung, Jagd.",
         "Location": "Ilmenbrück, Thüringen", "Started On": "Okt 2016", "Finished On": ""},
        {"Company Name": "Landesforstanstalt Thüringen", "Title": "Revierleiterin",
         "Description": "Revier im Thüringer Schiefergebirge.", "Location": "Thüringen",
         "Started On": "Sep 2009", "Finished On": "Sep 2016"},
    ], ["Waldbau", "Holzvermarktung", "Forstliche Förderung", "Jagd", "Waldpädagogik",
        "Öffentliche Verwaltung", "FSC"])
    print(ex.summary())

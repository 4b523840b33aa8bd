"""heldout55 persona: Theresa Loibl, Braumeisterin der Klosterbrauerei Sankt Wigbert in
Reichenried (Oberbayern). Written blind to the detector code, session 5. Layout 2021.

Run: /work/main/.venv/bin/python corpus/heldout55/_build/de_brewery_master_monastery_bavaria.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-brewery-master-monastery-bavaria"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Theresa Loibl", "https://www.linkedin.com/in/theresa-loibl-braumeisterin",
               "Klosterbrauerei Sankt Wigbert", "Braumeisterin")
ex = Export(SLUG, "2021", owner)
P, C = ex.person, ex.conv

# ---------------------------------------------------------------- genuine

P("cellerar", "Virgil Maurer", "Benediktinerabtei Sankt Wigbert", "Cellerar", connected="2014-09-01")
C("genuine", "cellarer_budget", "de", "Cellerar der Abtei zu Budget und Preisen; langjähriger Kontakt; hart: Preise", [
    ("cellerar", "2021-01-11 08:05", "Liebe Frau Loibl, Gott zum Gruße ins neue Jahr. Der Konvent hat gestern über das Budget gesprochen. Wegen der geschlossenen Wirtshäuser fehlen uns 2020 fast 40 % Fassbierumsatz. Abt Gregor fragt, ob wir die Flaschenpreise im Klosterladen zum 1. März anpassen sollen, oder ob das in dieser Zeit das falsche Zeichen ist. Können Sie mir bis Freitag eine kleine Kalkulation machen? Vergelt's Gott."),
    ("me", "2021-01-11 11:30", "Grüß Gott Pater Virgil, mach ich gern. Mein erster Gedanke: Hell und Dunkel lassen wir bei 1,49 €, nur den Doppelbock um 10 Cent rauf, der trägt das. Malz wird im Frühjahr ohnehin teurer. Kalkulation kommt Donnerstag."),
    ("cellerar", "2021-01-11 12:02", "Das klingt nach einem klugen Mittelweg. Ich lege es dem Abt so vor."),
    ("cellerar", "2021-01-15 16:40", "Der Abt ist einverstanden. Und er lässt ausrichten, dass er den Doppelbock in der Fastenzeit trotzdem weiter 'flüssiges Brot' nennen wird 😊"),
])

P("wirt1", "Alois Hinterstoißer", "Gasthof zur Post Reichenried", "Wirt", connected="2016-05-14")
C("genuine", "pub_order_price", "de", "Wirt bestellt nach Lockdown und fragt nach Fasspreis; hart: Preis/Angebot", [
    ("wirt1", "2021-05-18 19:45", "Servus Theresa, jetzt wirds ernst, ab 21. dürfen wir im Biergarten wieder aufmachen!! Ich brauch zum Start 12 Banzen Hell und 4 Dunkel, und bitte sag mir was der Hektoliter jetzt kostet, ich hab gehört ihr habt's angezogen?"),
    ("me", "2021-05-18 20:10", "Servus Alois, endlich! Fassbier ist gleich geblieben, nur Flasche im Laden hat sich beim Bock bewegt. Für dich 168 € netto der Hektoliter Hell wie gehabt. Lieferung Donnerstag früh mit dem Franz?"),
    ("wirt1", "2021-05-18 20:12", "Passt scho. Donnerstag. Und sag dem Franz er soll den Schankanlagen-Reiniger mitbringen, die Leitung war ein halbes Jahr trocken 🙈"),
])

P("biergarten", "Monika Staudacher", "Biergarten am Inn-Ufer", "Geschäftsführerin", connected="2019-03-20")
C("genuine", "beer_garden_quote", "de", "Biergarten fragt Angebot für Saisonvertrag an; hart: Angebot und Vertrag", [
    ("biergarten", "2021-02-23 10:20", "Hallo Frau Loibl, wir planen die Saison 2021 (hoffentlich). Wir würden gern vom bisherigen Lieferanten zu Ihnen wechseln, unsere Gäste fragen ständig nach dem Klosterbier. Könnten Sie uns ein Angebot für einen Saisonvertrag machen? Geschätzt 180 hl Hell, 40 hl Dunkel, dazu Leihgarnituren für 300 Plätze. Wir bräuchten auch eine Zusage, dass Sie im Juli/August nachliefern können."),
    ("me", "2021-02-23 14:05", "Grüß Gott Frau Staudacher, das freut uns sehr! Ich stimme mich mit Pater Virgil ab, der macht die Verträge. Angebot kommt bis Ende nächster Woche. Nachlieferung im Sommer ist kein Problem, wir haben die Lagerkeller dieses Jahr eh voll."),
    ("biergarten", "2021-03-04 09:00", "Vielen Dank für das Angebot, das passt uns. Vertrag unterschrieben zurück per Post. Auf eine gute Saison!"),
])

P("hopfen", "Sepp Kranzberger", "Hopfenbau Kranzberger", "Hopfenpflanzer", connected="2012-10-02")
C("genuine", "existing_supplier_price_change", "de", "langjähriger Hopfenlieferant kündigt höheren Preis an; hart: Preiserhöhung Lieferant", [
    ("hopfen", "2020-09-28 18:30", "Griaß di Theresa, Ernte is drin. Menge passt, aber der Alphagehalt beim Tradition is heuer niedriger, und der Diesel und die Erntehelfer mit den Corona-Auflagen... ich muss beim Vorvertrag für 2021 auf 9,20 € das Kilo gehen, statt 8,60. Tut ma leid, is ned mei Idee. Wennst magst kimmst auf a Bier vorbei und mia redn drüber."),
    ("me", "2020-09-29 07:15", "Servus Sepp, schon klar, du bist eh der Letzte der uns übern Tisch zieht. Passt für mich. Ich komm Samstag mit der Mustertüte vorbei und riech mal rein."),
    ("hopfen", "2020-09-29 07:40", "Samstag passt. Brotzeit gibts."),
])

P("malz", "Katharina Obermaier", "Mälzerei Obermaier", "Vertrieb", connected="2017-01-09")
C("genuine", "owner_asks_supplier_quote", "de", "Braumeisterin fragt bei Mälzerei nach Angebot; vom Owner gestartet", [
    ("me", "2021-03-02 09:10", "Hallo Katharina, ich brauch für die zweite Jahreshälfte ein Angebot: 28 t Pilsner Malz, 9 t Münchner dunkel, 600 kg Caramünch. Könnt ihr den Preis bis Ende Juni halten? Und habt ihr schon Bio-Malz aus der Region, die Abtei stellt ja die Felder um."),
    ("malz", "2021-03-02 13:45", "Hallo Theresa, Angebot geht dir heute noch per Mail zu. Preisbindung bis 30.6. geht, danach wird's wohl teurer, Gerste zieht gerade an. Bio-Münchner haben wir ab der Ernte 2021, allerdings nur kleine Partien."),
    ("me", "2021-03-02 14:00", "Super, danke dir. Dann merkt's mich für die erste Bio-Partie vor."),
])

P("touri", "Franziska Wimmer", "Gästeinformation Reichenried", "Leiterin", connected="2018-06-12")
C("genuine", "tourism_office_tours", "de", "Gästeinformation bucht Brauereiführungen und fragt Preise; hart: Preise", [
    ("touri", "2021-06-08 11:00", "Hallo Theresa, sobald die Führungen wieder erlaubt sind, hätten wir gern wieder unseren Mittwochs-Termin im Programm. Mit Maskenpflicht im Sudhaus und max. 10 Personen, sagt das Landratsamt. Bleibt's bei 14 € inkl. Verkostung? Oder müsst's ihr wegen der kleinen Gruppen mehr nehmen?"),
    ("me", "2021-06-08 12:30", "Hallo Franzi, wir machen 16 € bei max. 10 Leuten, sonst lohnt's für den Bruder Kilian nicht, der die Führungen macht. Verkostung dann im Innenhof statt im Keller."),
    ("touri", "2021-06-08 12:45", "Verstehe ich völlig, 16 € trag ich so ein. Ab 23. Juni?"),
    ("me", "2021-06-08 13:02", "Ab 23. Juni, passt."),
])

P("grosshandel", "Markus Brandl", "Getränke Brandl GmbH", "Einkauf", connected="2021-04-15",
  invite=("IN", "2021-04-15 08:50", "Grüß Gott Frau Loibl, gern würden wir über eine Listung sprechen."))
C("genuine", "inbound_wholesaler_wants_to_buy", "de", "Getränkegroßhandel will Klosterbier listen; Inbound-Käufer; hart: Konditionen", [
    ("grosshandel", "2021-04-15 09:05", "Grüß Gott Frau Loibl, danke fürs Annehmen. Wir beliefern rund 140 Getränkemärkte und Gastronomen zwischen Rosenheim und Wasserburg und bekommen immer häufiger Nachfragen nach Ihrem Klosterdunkel. Wir würden es gern fest ins Sortiment nehmen, zunächst Dunkel und Hell in der 0,5er Bügelflasche. Wie sehen Ihre Konditionen für den Großhandel aus, und schaffen Sie 400 Kästen im Monat?"),
    ("me", "2021-04-15 10:40", "Grüß Gott Herr Brandl, das hören wir gern. 400 Kästen sind machbar, ab Juli auch mehr. Konditionen macht bei uns der Cellerar, Pater Virgil, ich schicke ihm Ihre Nachricht weiter und wir melden uns bis Mittwoch mit einer Preisliste."),
    ("grosshandel", "2021-04-15 10:52", "Sehr gut, danke. Wir könnten auch gerne zu Ihnen rausfahren, wäre ja nicht die schlechteste Dienstreise."),
    ("me", "2021-04-15 11:10", "Dann kommen Sie am besten gleich zur Verkostung, sagen wir Mittwoch 10 Uhr?"),
])

P("importer", "Giulia Ferraretto", "Birre d'Abbazia Srl", "Purchasing Manager", connected="2021-07-02")
C("genuine", "inbound_importer_wants_to_buy", "en", "Italian importer wants to buy and asks for export prices; English; hard: quote", [
    ("importer", "2021-07-02 14:20", "Dear Ms Loibl, I tasted your Klosterdunkel at a friend's restaurant in Bolzano and I was amazed. We import abbey beers to northern Italy (mostly Belgian so far). Would you consider exporting? We would start with one pallet per month, mixed Dunkel and Doppelbock. Could you send an export price list ex works, and tell me if you have labels in Italian or if we add a sticker?"),
    ("me", "2021-07-03 09:00", "Dear Ms Ferraretto, thank you so much, Bolzano is practically our neighbour. We haven't exported yet but we're very open to it. I'll prepare an ex works price per pallet with our cellarer next week. A sticker with the Italian mandatory information would be easiest for us at the start."),
    ("importer", "2021-07-03 09:30", "Perfect. I look forward to it. Grazie mille!"),
])

P("anlagen", "Ralf Kessler", "Füllwerk Service GmbH", "Servicetechniker / Key Account", connected="2015-11-23")
C("genuine", "existing_equipment_vendor_contract", "de", "Wartungsvertrag der Abfüllanlage wird teurer; bestehender Lieferant; hart: Vertrag und Preis", [
    ("anlagen", "2021-10-05 07:45", "Hallo Frau Loibl, Ihr Wartungsvertrag für die Füllerei läuft zum 31.12. aus. Leider müssen wir die Pauschale für 2022 von 3.900 auf 4.350 € anheben, die Ersatzteilpreise sind explodiert. Ich würde bei der Gelegenheit gern die Ventile vom Bügelverschließer anschauen, da war im Frühjahr schon Verschleiß zu sehen. Passt Ihnen der 19. Oktober?"),
    ("me", "2021-10-05 09:20", "Hallo Herr Kessler, 19. Oktober passt. Die Erhöhung schluck ich, aber dann will ich auch, dass der Verschließer endlich dicht ist 😉 Neuen Vertrag bitte an Pater Virgil."),
    ("anlagen", "2021-10-05 09:35", "Abgemacht, ich bring die Dichtungen gleich mit."),
])

P("azubi", "Lukas Gschwendtner", "", "Schüler", connected="2021-03-22")
C("genuine", "apprentice_applicant", "de", "Bewerber um Ausbildung Brauer und Mälzer; hart: Einstellung", [
    ("azubi", "2021-03-22 17:30", "Sehr geehrte Frau Loibl, ich mache im Sommer meinen Realschulabschluss und möchte Brauer und Mälzer werden. Mein Onkel war früher bei Ihnen in der Abfüllung (Hans Gschwendtner). Bilden Sie für September 2021 noch aus? Ich hätte auch Interesse an einem Praktikum in den Osterferien. Mit freundlichen Grüßen, Lukas Gschwendtner"),
    ("me", "2021-03-23 08:15", "Hallo Lukas, schön von dir zu hören, der Hans war eine Seele von Mensch. Ja, wir nehmen für September einen Azubi. Schick mir deine Bewerbung gern per Mail, und das Praktikum in den Osterferien machen wir auf jeden Fall - Gummistiefel mitbringen, gell."),
    ("azubi", "2021-03-23 16:00", "Vielen Dank!! Bewerbung ist raus. Gummistiefel hab ich 😄"),
])

P("azubi2", "Anna-Lena Fuchs", "Brauerei Stockhammer", "Auszubildende Brauerin", connected="2020-11-10")
C("genuine", "apprentice_question", "de", "Azubine einer Nachbarbrauerei fragt nach Praktikumswoche", [
    ("azubi2", "2020-11-10 20:10", "Hallo Theresa, ich bin die Anna-Lena aus der Berufsschule, du warst ja mal bei uns zu Besuch in der Klasse. Dürfte ich im Frühjahr eine Woche bei euch die Dekoktion mitmachen? Bei uns wird nur Infusion gemaischt und mein Ausbilder hat nix dagegen."),
    ("me", "2020-11-11 07:30", "Hallo Anna-Lena, freilich! Im März brauen wir den Doppelbock, da siehst du's in voller Pracht. Schreib mir im Februar nochmal."),
])

P("nachbarbrauerei", "Florian Stockhammer", "Brauerei Stockhammer", "Inhaber & Braumeister", connected="2013-04-04")
C("genuine", "peer_joint_offer", "de", "Nachbarbrauer schlägt gemeinsames Angebot (Bierwanderung) vor; hart: gemeinsames Angebot mit Preis", [
    ("nachbarbrauerei", "2021-04-27 21:05", "Servus Theresa! Idee für den Sommer: a 'Zwoa-Brauereien-Wanderung'. Start bei euch mit Führung, 9 km übern Kalvarienberg zu uns, bei uns Brotzeit und Verkostung. Gästeinformation würd's vermarkten. Ich hab's mal mit 39 € pro Nase gerechnet, jeder kriegt seine Führung plus 8 € für die Brotzeit-Seite. Magst?"),
    ("me", "2021-04-28 06:50", "Flori, das is genial. Aber 39 € is zu billig, wir haben ja zwei Verkostungen drin. 45 € und i bin dabei. Ich frag Pater Virgil, ob's der Abt absegnet."),
    ("nachbarbrauerei", "2021-04-28 07:15", "45 passt. Sag dem Abt, i spendier ihm a Tragerl Helles."),
    ("me", "2021-04-30 12:00", "Abt sagt ja, aber er will kein Tragerl, er will mitwandern 😂"),
])

P("recruiter", "Tobias Reindl", "Brau & Food Personal GmbH", "Personalberater", connected="2021-05-03")
C("genuine", "engaged_recruiter", "de", "vom Owner beauftragter Personalberater für Schichtleitung; vom Owner gestartet; hart: Honorar", [
    ("me", "2021-05-03 13:00", "Grüß Gott Herr Reindl, Florian Stockhammer hat Sie empfohlen. Wir suchen eine Schichtleitung für die Abfüllung (Vollzeit, gern mit Brauer-Gesellenbrief). Seit 3 Monaten ohne Erfolg. Was würde uns eine Vermittlung kosten?"),
    ("recruiter", "2021-05-03 15:20", "Grüß Gott Frau Loibl, danke für Ihr Vertrauen. Unser Honorar liegt bei 20 % des Jahresbruttos, zahlbar erst bei Einstellung, mit 6 Monaten Nachbesetzungsgarantie. Ich hätte aus dem Raum Traunstein schon zwei Personen im Kopf. Darf ich Ihnen den Vertrag schicken?"),
    ("me", "2021-05-03 15:45", "Ja, bitte an mich und in Kopie an Pater Virgil."),
    ("recruiter", "2021-05-20 10:10", "Kurzes Update: Herr W. (Brauer, 8 Jahre Abfüllung bei einer Großbrauerei) würde sich gern vorstellen. Passt Ihnen Dienstag?"),
])

P("journalist", "Susanne Höfler", "Oberland-Kurier", "Redakteurin Lokales", connected="2020-12-01")
C("genuine", "journalist_request", "de", "Lokaljournalistin bittet um Interview", [
    ("journalist", "2020-12-01 10:30", "Hallo Frau Loibl, ich schreibe für die Weihnachtsausgabe über 'Handwerk im Lockdown'. Eine Braumeisterin im Kloster wäre ein schöner Aufmacher. Hätten Sie nächste Woche 30 Minuten, gern mit Foto im Sudhaus?"),
    ("me", "2020-12-01 13:00", "Hallo Frau Höfler, gerne. Dienstag Vormittag wird gebraut, da ist es im Sudhaus am schönsten. 9 Uhr?"),
    ("journalist", "2020-12-01 13:10", "Dienstag 9 Uhr, ich komme mit Fotograf. Danke!"),
])

P("stammtisch", "Georg Huber", "Brauerei Huber Altenmarkt", "Braumeister", connected="2011-07-18")
C("genuine", "event_invitation_real_contact", "de", "Einladung zum Brauerstammtisch von langjährigem Kollegen", [
    ("stammtisch", "2021-09-13 19:20", "Servus Theresa, Brauerstammtisch Chiemgau am 7. Oktober, endlich wieder in echt, beim Unterwirt. Thema: Kohlensäure-Knappheit und was mia macha wenn's wieder passiert. Kommst? Du könntest kurz erzählen wie ihr das mit der eigenen Rückgewinnung überlegt habt."),
    ("me", "2021-09-14 06:40", "Servus Schorsch, freilich komm ich. 10 Minuten zur CO2-Rückgewinnung krieg ich hin, aber nur wenn's danach a Schweinsbraten gibt."),
    ("stammtisch", "2021-09-14 07:00", "Is scho bestellt 😄"),
])

# three near-duplicate thank-you notes after the homebrew seminar
P("kurs1", "Thomas Berger", "", "Hobbybrauer", connected="2021-09-25")
P("kurs2", "Veronika Schmid", "Stadtwerke Rosenheim", "Ingenieurin", connected="2021-09-25")
P("kurs3", "Daniel Wagner", "", "", connected="2021-09-26")
C("genuine", "thanks_after_seminar", "de", "fast gleicher Dank nach dem Hobbybrauer-Seminar (1/3)", [
    ("kurs1", "2021-09-25 19:30", "Liebe Frau Loibl, vielen Dank für das tolle Hobbybrauer-Seminar heute! Die Dekoktion mal live zu sehen war genial. Mein erster Sud am Wochenende wird sicher nicht so gut, aber ich versuch's!"),
])
C("genuine", "thanks_after_seminar", "de", "fast gleicher Dank nach dem Hobbybrauer-Seminar (2/3)", [
    ("kurs2", "2021-09-25 21:02", "Hallo Frau Loibl, herzlichen Dank für das Seminar heute, war wirklich super, vor allem die Verkostung der Jungbiere. Gibt es die Unterlagen irgendwo als PDF?"),
    ("me", "2021-09-26 08:30", "Hallo Frau Schmid, danke fürs Kommen! PDF schick ich allen Teilnehmern heute per Mail."),
])
C("genuine", "thanks_after_seminar", "de", "fast gleicher Dank nach dem Hobbybrauer-Seminar (3/3)", [
    ("kurs3", "2021-09-26 10:15", "Servus, wollt mich nochmal für den Braukurs gestern bedanken. Hat riesig Spaß gemacht! Vergelt's Gott"),
])

P("studienfreund", "Martin Eberl", "Brauerei Eberl Bamberg", "Technischer Leiter", connected="2010-10-15")
C("genuine", "old_friend_in_spam", "de", "Studienfreund landet im SPAM-Ordner (mit Link)", [
    ("studienfreund", "2021-02-14 20:45", "Theresa!! Lang nix ghört. Wir machen a virtuelles Jahrgangstreffen vom Studium, 20 Jahre (!!). Hier is der Link zur Anmeldung: https://jahrgang2001.example.de/anmeldung - bitte komm, sonst bin i wieder der Einzige mit Bauch 😂 Grüße aus Franken"),
    ("me", "2021-03-01 21:00", "Martin! Hab das grad erst gefunden, LinkedIn hat dich in den Spam gesteckt 🙈 Bin angemeldet. Bauch hab i inzwischen auch."),
], folder="SPAM")

P("usbrewer", "Jake Morrison", "Tallgrass Ale Works", "Head Brewer", connected="2019-05-28")
C("genuine", "collab_brew_international", "en", "US craft brewer proposes a collaboration brew; long-standing contact; English", [
    ("usbrewer", "2021-08-17 15:00", "Hey Theresa! Remember me from the Munich trade fair 2019? I'm finally coming back to Bavaria in November (fingers crossed travel stays open). Any chance we could brew something together? I'd love to learn a proper triple decoction and you could laugh at my American ideas about hops."),
    ("me", "2021-08-18 07:20", "Jake, of course I remember, you were the one who tried to put grapefruit in everything! A collab would be great. I'll have to ask our Abbot, but I think a 'Transatlantic Dunkel' would make him smile. Send me your dates."),
    ("usbrewer", "2021-08-18 14:00", "Nov 8-14! And ok, no grapefruit. Maybe."),
])

P("laden", "Resi Aschauer", "Klosterladen Sankt Wigbert", "Leitung Klosterladen", connected="2016-02-02")
C("genuine", "colleague_shop", "de", "Kollegin aus dem Klosterladen zur Weihnachtsbestellung", [
    ("laden", "2020-11-20 14:10", "Theresa, die Geschenkkartons gehen weg wie warme Semmeln! Kannst du bis Mittwoch nochmal 60 Stück mit Dunkel und Bock füllen lassen? Und die Leute fragen, ob's den Bierlikör von Bruder Kilian wieder gibt."),
    ("me", "2020-11-20 15:00", "60 Kartons bis Mittwoch schaff ma. Bierlikör musst den Kilian selber fragen, des is sei Geheimprojekt 😄"),
])

P("abt", "Gregor Seidl", "Benediktinerabtei Sankt Wigbert", "Abt", connected="2014-09-05")
C("genuine", "abbot_thanks", "de", "Abt bedankt sich für das Jahr", [
    ("abt", "2020-12-23 17:00", "Liebe Frau Loibl, in diesem schweren Jahr haben Sie mit Ihrer Mannschaft Großes geleistet. Der Konvent dankt Ihnen von Herzen und schließt Sie in das Gebet ein. Gesegnete Weihnachten Ihnen und Ihrer Familie."),
    ("me", "2020-12-24 09:00", "Lieber Vater Abt, herzlichen Dank, das bedeutet mir viel. Gesegnete Weihnachten dem ganzen Konvent."),
])

P("wirt2", "Hubert Sattler", "Wirtshaus Sattlerbräu", "Wirt", connected="2017-08-08")
C("genuine", "pub_festival_quote", "de", "Wirt fragt Angebot für Kirta-Festbier; hart: Angebot", [
    ("wirt2", "2021-08-30 11:40", "Grüß di Theresa, heuer dürfen wir den Kirta wieder machen, wenn auch kleiner. Kannst mir a Angebot machen für 15 hl Festbier und 50 l-Fass Doppelbock für den Abend? Und was kost die Zapfstelle zum Leihen?"),
    ("me", "2021-08-30 13:10", "Servus Hubert! Festbier 182 € der hl, Bock-Fass 145 €, Zapfstelle leihen wir dir umsonst wenn's Festbier bei uns herkommt. Schriftlich kriegst es heute noch."),
    ("wirt2", "2021-08-30 13:20", "Bassd, gekauft."),
])

P("kollegin", "Johanna Pointner", "Klosterbrauerei Sankt Wigbert", "Brauerin", connected="2018-09-01")
C("genuine", "colleague_shift", "de", "Kollegin im Sudhaus, Schichttausch", [
    ("kollegin", "2021-07-06 05:40", "Moin Chefin, der Gärtank 4 hat über Nacht 2 Grad zu viel. Kühlung hab ich nachgestellt, aber schau's dir bitte an wennst da bist. Und kann ich am Freitag die Frühschicht mit dem Bene tauschen? Arzttermin."),
    ("me", "2021-07-06 06:10", "Danke Hanni, schau ich mir gleich an. Tausch passt, sag's dem Bene."),
])

P("landrat", "Claudia Rieder", "Landratsamt Traunstein", "Lebensmittelüberwachung", connected="2019-02-11")
C("genuine", "authority_inspection", "de", "Behörde kündigt Routinekontrolle an", [
    ("landrat", "2021-04-07 08:30", "Sehr geehrte Frau Loibl, wie telefonisch besprochen bestätige ich die Routinekontrolle für den 20. April, 9 Uhr. Bitte halten Sie die Reinigungsprotokolle der Füllerei und die Rückstellmuster bereit."),
    ("me", "2021-04-07 09:00", "Sehr geehrte Frau Rieder, vielen Dank, wir sind vorbereitet."),
])

P("bierfan", "Michael O'Brien", "", "Beer Blogger", connected="2021-06-30")
C("genuine", "visitor_question_en", "en", "English-speaking visitor asks about tours", [
    ("bierfan", "2021-06-30 18:20", "Hi Theresa, I write a small beer blog and I'll be in Chiemgau in August with my wife. Do you do any tours in English, or could we join a German tour? Happy to pay of course. Your Dunkel is the best thing I drank in 2019."),
    ("me", "2021-07-01 07:30", "Hi Michael, our Wednesday tour is in German but Brother Kilian speaks good English and will happily translate the important bits (mostly about the beer). Book via the tourist office, 16 EUR per person."),
    ("bierfan", "2021-07-01 08:00", "Perfect, thank you!"),
])

P("hochschule", "Prof. Dr. Stefan Leitner", "Hochschule für Brautechnik (Freising)", "Professor", connected="2009-03-01")
C("genuine", "professor_invites_lecture", "de", "ehemaliger Professor lädt zu Gastvortrag ein; langjähriger Kontakt", [
    ("hochschule", "2021-10-18 10:00", "Liebe Frau Loibl, unsere Masterstudierenden würden sehr gern einmal hören, wie man eine kleine Klosterbrauerei durch so ein Jahr wie 2020 bringt. Hätten Sie Lust auf einen Gastvortrag im Wintersemester? Ein kleines Honorar können wir zahlen."),
    ("me", "2021-10-18 14:30", "Lieber Herr Leitner, sehr gern! Ich bring ein paar Flaschen Doppelbock für die Diskussion mit, falls erlaubt."),
    ("hochschule", "2021-10-18 15:00", "Im Sinne der Lehre erlaubt 😉"),
])

P("nachbarin", "Elisabeth Kammerer", "Trachtenverein D'Innviertler Reichenried", "Vorständin", connected="2019-07-07")
C("genuine", "club_event_order", "de", "Trachtenverein fragt Bier und Preis für Vereinsfest; hart: Preis", [
    ("nachbarin", "2021-07-20 20:30", "Hallo Theresa, unser Vereinsfest im September darf stattfinden 🎉 Wie jedes Jahr bräuchten wir Fassbier, 6 hl, und fragen wie immer ganz lieb nach Vereinsrabatt 😇"),
    ("me", "2021-07-21 07:00", "Hallo Liesl, Vereinsrabatt gibt's wie immer, 10 %. Freu mi!"),
])

P("brauerbund", "Andreas Mitterer", "Verband Oberbayerischer Privatbrauereien", "Geschäftsführer", connected="2015-03-03")
C("genuine", "association_survey", "de", "Verband bittet um Teilnahme an Umfrage (Coronahilfen)", [
    ("brauerbund", "2021-02-02 09:00", "Liebe Frau Loibl, für unsere Stellungnahme zu den Überbrückungshilfen brauchen wir Zahlen aus den Mitgliedsbrauereien. Könnten Sie den kurzen Fragebogen (per Mail) bis 12.2. ausfüllen? Alle Angaben werden anonymisiert."),
    ("me", "2021-02-02 11:00", "Lieber Herr Mitterer, mach ich, Pater Virgil liefert die Zahlen."),
])

P("gastrofreund", "Stefanie Lechner", "Hotel Seeblick Chiemsee", "F&B Managerin", connected="2020-09-15")
C("genuine", "hotel_inbound_listing", "de", "Hotel möchte Klosterbier ausschenken und fragt Konditionen; hart: Inbound-Käufer", [
    ("gastrofreund", "2020-09-15 16:00", "Liebe Theresa, unser neuer Chef will das Bier im Restaurant regionaler machen. Könntet ihr uns beliefern? Dunkel vom Fass und Hell in Flaschen für die Minibar. Wir sind bei ca. 30 hl im Jahr. Schick mir gern eure Preisliste."),
    ("me", "2020-09-15 18:00", "Liebe Steffi, sehr gern! Preisliste hängt an meiner Mail von grad eben. Für die Minibar haben wir die 0,33er, die passt besser."),
    ("gastrofreund", "2020-09-16 09:00", "Perfekt, dann machen wir das so. Ich ruf dich wegen der Schankanlage an."),
])

P("zoll", "Peter Brunner", "Steuerberatung Brunner", "Steuerberater", connected="2016-12-12")
C("genuine", "tax_advisor_beer_tax", "de", "Steuerberater zur Biersteuer-Anmeldung; vom Owner gestartet", [
    ("me", "2021-01-25 10:00", "Servus Peter, kurze Frage: Die Biersteuer-Anmeldung für Dezember, müssen wir die Bruchverluste vom Stromausfall gesondert angeben? Da sind 11 hl im Kanal gelandet."),
    ("zoll", "2021-01-25 12:20", "Servus Theresa, ja, die gehen als Fehlmengen mit Begründung ans Hauptzollamt, sonst zahlt ihr Steuer auf Bier das keiner getrunken hat. Schick mir das Protokoll, ich mach's fertig."),
])

P("bene", "Benedikt Sturm", "Klosterbrauerei Sankt Wigbert", "Brauer", connected="2019-09-02")
C("genuine", "team_group_chat", "de", "Gruppenchat des Sudhaus-Teams zum Brauplan", [
    ("me", "2021-03-01 06:00", "Moin zusammen, Brauplan März: Doppelbock am 3. und 10., dazwischen zwei Sude Hell. Die Anna-Lena von Stockhammer ist die Woche vom 8. als Praktikantin da, seid's nett zu ihr."),
    ("bene", "2021-03-01 06:20", "Passt. Wer macht am 10. die Frühschicht? I hätt an dem Tag den Zahnarzt"),
    ("kollegin", "2021-03-01 06:31", "I mach's, Bene. Dafür machst du am 17. die Reinigung 😇"),
    ("bene", "2021-03-01 06:33", "Deal"),
], title="Sudhaus-Team", extra=[])

P("wirt3", "Rosi Mühlbauer", "Gasthaus Mühlbauer Oberwöhr", "Wirtin", connected="2015-06-06")
C("genuine", "customer_quality_complaint", "de", "Wirtin beschwert sich über trübes Fass; langjährige Kundin", [
    ("wirt3", "2021-08-12 21:40", "Theresa, des letzte Fass Hell war trüb wie a Weißbier und a bissl sauer. Die Gäst ham's zrückgehn lassen. Was is da los?"),
    ("me", "2021-08-12 22:05", "Rosi, des tut ma leid. Schick ma bitte die Fassnummer, dann schau ich ob's a Charge-Problem is. Das Fass ersetzen wir dir natürlich, der Franz bringt morgen früh a neues und nimmt des alte mit."),
    ("wirt3", "2021-08-12 22:10", "Nummer 2214. Danke dir, i woaß ja dass normal alles passt."),
    ("me", "2021-08-13 15:00", "Rosi, war a undichte Leitung bei dir im Keller, der Franz hat's gfundn und gleich tauscht. Bier war sauber, aber d'Luft is eingezogen. Rechnung für die Leitung übernehmen wir, weil's unser Material war."),
])

P("geselle", "Korbinian Hofer", "Brauerei am Rathausplatz", "Brauer und Mälzer", connected="2021-06-10")
C("genuine", "job_applicant_journeyman", "de", "Bewerber (Geselle) auf die Schichtleitung; hart: Gehalt und Einstellung", [
    ("geselle", "2021-06-10 18:00", "Grüß Gott Frau Loibl, ich hab von der Stelle Schichtleitung Abfüllung gehört. Ich bin Brauer und Mälzer, 6 Jahre Berufserfahrung, davon 3 an der Flaschenabfüllung. Wäre die Stelle auch mit Meisterschule ab 2022 berufsbegleitend vereinbar? Und in welchem Gehaltsrahmen bewegen wir uns?"),
    ("me", "2021-06-11 07:40", "Grüß Gott Herr Hofer, Meisterschule unterstützen wir sogar finanziell. Gehalt nach Haustarif, für die Schichtleitung um die 3.600 € brutto plus Haustrunk 😉 Kommen Sie doch zum Probearbeiten?"),
    ("geselle", "2021-06-11 12:00", "Sehr gern, ich melde mich wegen einem Termin."),
])

C("genuine", "owner_asks_peer_favour", "de", "Braumeisterin bittet langjährigen Kollegen um Hefe; vom Owner gestartet", [
    ("me", "2021-05-06 16:30", "Schorsch, Notfall: unsere Hefe hat nach dem Stromausfall gestreikt. Kannst du mir bis Montag 20 Liter untergärige Erntehefe leihen? Du kriegst sie in drei Wochen zurück, oder a Fass Dunkel."),
    ("stammtisch", "2021-05-06 17:10", "Freilich. Hol's Samstag früh ab, um 7 is der Keller offen. Dunkel nehm i 😄"),
])

# ---------------------------------------------------------------- wanted pitches

P("wp_energie", "Jonas Aigner", "Aigner Energietechnik", "Ingenieur für Wärmerückgewinnung", connected="2021-03-16",
  invite=("IN", "2021-03-16 08:00", "Hallo Frau Loibl, Ihr Beitrag zur Dekoktion hat mich angesprochen."))
C("wanted_pitch", "pitch_from_her_post", "de", "Energieberater bezieht sich konkret auf ihren Beitrag zum Energiebedarf der Dreimaischverfahren", [
    ("wp_energie", "2021-03-16 08:25", "Hallo Frau Loibl, in Ihrem Beitrag letzte Woche schrieben Sie, dass das Dreimaischverfahren beim Dunkel Sie fast doppelt so viel Dampf kostet wie das Hell, und dass Sie deshalb überlegt hätten, auf zwei Maischen zu gehen. Bitte nicht! 😉 Wir bauen Wärmerückgewinnung aus den Brüden für kleine Sudhäuser (bis 30 hl). Bei einer ähnlichen Anlage im Allgäu haben wir rund 25 % Dampf pro Sud eingespart. Eine Erstbegehung kostet Sie nichts; eine Machbarkeitsstudie läge bei ca. 1.800 €, die über das BAFA-Programm zu 40 % gefördert wird. Hätten Sie Interesse?"),
    ("me", "2021-03-17 07:30", "Hallo Herr Aigner, Sie haben mich erwischt, das war ein Stoßseufzer. Eine Begehung gern, am besten an einem Brautag, dann sehen Sie das Elend live. Dienstag?"),
])

P("wp_sauerstoff", "Dr. Katrin Vogl", "OxyTrace Messtechnik", "Anwendungsberaterin", connected="2021-10-12")
C("wanted_pitch", "pitch_from_her_talk", "de", "Messtechnik-Anbieterin nimmt Bezug auf ihren Vortrag zur Sauerstoffaufnahme bei der Abfüllung", [
    ("wp_sauerstoff", "2021-10-12 14:00", "Liebe Frau Loibl, Ihr Vortrag beim Oberbayerischen Brauertag zur Sauerstoffaufnahme am Bügelverschließer war für mich der ehrlichste des Tages, besonders die Folie mit den schwankenden Werten zwischen Montag und Freitag. Sie sagten, Sie messen bisher nur stichprobenartig mit einem Leihgerät. Wir haben ein kompaktes Inline-Gerät, das direkt hinter dem Füller misst und speziell für Linien unter 5.000 Flaschen/h gedacht ist. Ich könnte es Ihnen vier Wochen kostenlos hinstellen, dann hätten Sie die Kurve über eine ganze Woche."),
    ("me", "2021-10-13 08:00", "Liebe Frau Vogl, das Angebot nehme ich an. Herr Kessler von der Füllwerk Service ist am 19. da, vielleicht passt es, wenn Sie danach installieren?"),
    ("wp_sauerstoff", "2021-10-13 09:10", "Sehr gern, ich plane den 20. Oktober ein."),
])

P("wp_versand", "Benedikt Hörl", "Flaschenpost Verpackung", "Vertrieb", connected="2020-11-05")
C("wanted_pitch", "pitch_online_shop_visited", "de", "Verpackungsanbieter hat ihren Onlineshop angesehen und nennt die konkrete Lücke", [
    ("wp_versand", "2020-11-05 10:40", "Grüß Gott Frau Loibl, ich habe im Onlineshop des Klosterladens gesehen, dass Sie Einzelflaschen nicht verschicken, nur die Geschenkkartons - und dass unter der Rubrik 'Versand' steht, man habe 'zu viel Bruch gehabt'. Wir stellen Versandkartons aus Wellpappe mit Formeinlagen für 0,5er Bügelflaschen her (DHL-geprüft, 1,2 m Falltest). Für 3er, 6er und 12er. Ich schicke Ihnen gern je 5 Muster, dann können Sie es im Weihnachtsgeschäft selbst testen."),
    ("me", "2020-11-05 12:00", "Grüß Gott Herr Hörl, ja, der Bruch war ein Drama. Muster gern an den Klosterladen, z. Hd. Frau Aschauer."),
])

P("wp_leergut", "Christina Rauch", "Kastenwerk Sortierservice", "Inhaberin", connected="2021-06-21")
C("wanted_pitch", "pitch_specific_problem", "de", "Dienstleister nennt ihr konkretes Leergutproblem mit Individualflaschen", [
    ("wp_leergut", "2021-06-21 09:15", "Hallo Frau Loibl, seit Sie auf die Reliefflasche mit Klosterwappen umgestellt haben, landen Ihre Flaschen in den Getränkemärkten zwischen Rosenheim und Wasserburg in fremden Kästen, und in Ihren Kästen kommen Euroflaschen zurück. Ich sehe das täglich, wir sortieren für drei Märkte in Ihrer Gegend. Wir könnten für Sie eine Sammelsortierung anbieten: wir holen Ihre Wappenflaschen aus den Fremdkästen und liefern sie sortenrein palettiert, 4,50 € pro Kasten. Lohnt sich meiner Erfahrung nach ab ca. 15 % Flaschenschwund. Wie hoch ist der bei Ihnen?"),
    ("me", "2021-06-21 11:30", "Hallo Frau Rauch, eher 20 %, leider. Lassen Sie uns telefonieren."),
])

P("wp_kuehl", "Wolfgang Strasser", "Strasser Kältetechnik", "Meister", connected="2021-09-06")
C("wanted_pitch", "pitch_mutual_contact", "de", "Kältetechniker über gemeinsamen Bekannten (Hopfenbauer Sepp Kranzberger)", [
    ("wp_kuehl", "2021-09-06 17:00", "Servus Frau Loibl, der Sepp Kranzberger hat mir Ihren Namen gegeben. Er sagt, Ihr Hopfenkühlraum macht seit dem Sommer Probleme und der Hopfen kommt bei Ihnen nicht so kalt an wie er ihn losschickt. Ich hab beim Sepp die Kühlzelle gebaut. Wenn Sie mögen, schau ich mir Ihre Anlage an, Anfahrt und Begutachtung 95 €, der Rest nach Angebot."),
    ("me", "2021-09-07 07:00", "Servus Herr Strasser, der Sepp hat recht, der Raum schafft's bei 30 Grad draußen nicht mehr. Kommen Sie gern, nächste Woche irgendwann vormittags."),
])

P("wp_planung", "Dipl.-Ing. Ruth Eckstein", "Eckstein Brauereiplanung", "Inhaberin", connected="2021-05-10")
C("wanted_pitch", "pitch_from_press_item", "de", "Planungsbüro bezieht sich auf Zeitungsartikel zum neuen Sudhaus im denkmalgeschützten Zehentstadel", [
    ("wp_planung", "2021-05-10 11:00", "Sehr geehrte Frau Loibl, im Oberland-Kurier vom 6. Mai stand, dass die Abtei das neue Sudhaus im denkmalgeschützten Zehentstadel unterbringen möchte. Das ist ein wunderbares, aber heikles Vorhaben: Deckenlasten, Brüdenabzug durch das historische Dach und die Auflagen des Landesamts für Denkmalpflege. Wir haben 2018 die Klosterbrauerei in einem Franziskanerkloster in Niederbayern unter ähnlichen Bedingungen geplant. Gern stelle ich Ihnen und dem Cellerar das Projekt vor - unverbindlich, bei Ihnen vor Ort."),
    ("me", "2021-05-11 09:00", "Sehr geehrte Frau Eckstein, genau über die Decke zerbrechen wir uns gerade den Kopf. Pater Virgil und ich hätten am 25. Mai Zeit."),
])

P("wp_steuerung", "Andreas Kühn", "Kühn Automation", "Freiberuflicher Automatisierungstechniker", connected="2021-08-09")
C("wanted_pitch", "pitch_her_setup", "de", "Automatisierer kennt ihre alte Sudhaussteuerung und bietet Nachrüstung an", [
    ("wp_steuerung", "2021-08-09 13:30", "Hallo Frau Loibl, auf dem Foto im Zeitungsbericht sieht man im Hintergrund Ihre Sudhaussteuerung: eine BrauLogik 3 mit dem gelben Bedienfeld. Der Hersteller liefert dafür seit 2019 keine Ersatzteile mehr, und die S5-CPU darin gibt's nur noch gebraucht. Ich rüste genau diese Steuerung auf eine aktuelle SPS um, Ihre Rezepturen übernehme ich 1:1, Umbau an einem Wochenende. Drei Brauereien in Bayern laufen schon so. Kostenpunkt meist 14-18 T€. Soll ich mir die Anlage mal anschauen?"),
    ("me", "2021-08-10 06:45", "Hallo Herr Kühn, Sie haben ein gutes Auge. Die CPU hat letzten Winter schon mal gesponnen. Schauen Sie gern vorbei."),
])

P("wp_headhunter", "Sabine Lutz", "Lutz Personal Lebensmittel", "Personalberaterin", connected="2021-06-01")
C("wanted_pitch", "pitch_recruiter_relevant_role", "de", "Personalberaterin bietet passenden Kandidaten für ihre ausgeschriebene Schichtleitung", [
    ("wp_headhunter", "2021-06-01 09:00", "Grüß Gott Frau Loibl, ich habe Ihre Stellenanzeige 'Schichtleitung Abfüllung' auf der Homepage der Abtei gesehen. Ich betreue gerade einen Brauer- und Mälzermeister aus Wasserburg, der nach 12 Jahren in einer Großbrauerei in einen kleinen Betrieb wechseln will und ausdrücklich Erfahrung mit Bügelverschlussfüllern hat. Falls Sie schon mit einer Agentur arbeiten, verstehe ich das. Unser Honorar liegt bei 18 %."),
    ("me", "2021-06-01 12:00", "Grüß Gott Frau Lutz, wir arbeiten schon mit Herrn Reindl, aber Bügelverschluss-Erfahrung ist selten. Schicken Sie mir das anonymisierte Profil."),
])

P("wp_biomalz", "Georg Wallner", "Wallner Bio-Mälzerei", "Geschäftsführer", connected="2021-07-19")
C("wanted_pitch", "pitch_public_register", "de", "Bio-Mälzerei hat die Bio-Zertifizierung der Abtei im Öko-Register gesehen", [
    ("wp_biomalz", "2021-07-19 10:30", "Sehr geehrte Frau Loibl, ich habe gesehen, dass die Abtei Sankt Wigbert seit Juni im Verzeichnis der Öko-Kontrollstelle als Bio-Betrieb in Umstellung geführt wird. Falls Sie perspektivisch ein Bio-Klosterbier planen: Wir mälzen ausschließlich Bio-Gerste aus Oberbayern und könnten auch Lohnvermälzung Ihrer eigenen Klostergerste anbieten, sobald die Umstellung durch ist. Das wäre dann wirklich 'Kloster von der Ähre bis zum Krug'. Darf ich Ihnen Muster schicken?"),
    ("me", "2021-07-20 08:00", "Sehr geehrter Herr Wallner, die Lohnvermälzung der eigenen Gerste ist genau das, wovon der Abt träumt. Muster gern."),
])

P("wp_reise", "Emily Hartmann", "Hop & Hike Tours", "Partnerships Manager", connected="2021-04-06")
C("wanted_pitch", "pitch_tour_operator_en", "en", "English-language tour operator read her tour page and proposes groups; English", [
    ("wp_reise", "2021-04-06 15:00", "Hi Theresa, I run walking tours through the Bavarian Alps for English-speaking beer lovers (mostly US and UK groups of 8-12). Your tour page says Brother Kilian translates for English visitors, which honestly is exactly the kind of experience our guests want, not a polished visitor centre. Could we book fixed Wednesday slots from July to September? We'd pay your group rate plus a 10% premium for the English portion, and promote the Klosterladen on our itinerary."),
    ("me", "2021-04-07 09:00", "Hi Emily, Brother Kilian will be delighted to hear he is 'the experience'. Let's talk - July is still uncertain with travel rules, but August and September look possible."),
])

P("wp_design", "Leonie Baumgartner", "Studio Baumgartner", "Grafikdesignerin", connected="2021-08-23")
C("wanted_pitch", "pitch_site_visited_in_person", "de", "Grafikerin war im Bräustüberl und bezieht sich auf die handgemalte Tafel", [
    ("wp_design", "2021-08-23 20:00", "Liebe Frau Loibl, ich war am Sonntag bei Ihnen im Bräustüberl und habe mich in die handgemalte Biertafel neben der Schänke verliebt. Ihre Etiketten dagegen sehen aus, als wären sie aus einer anderen Welt (und die Rückenetiketten sind so klein, dass man den Alkoholgehalt kaum findet). Ich bin Grafikerin in Wasserburg und würde gern eine Etikettenserie im Stil der Tafel entwerfen, also mit der Handschrift von Bruder Kilian, falls er das war. Ein erster Entwurf für ein Etikett wäre kostenlos, die Serie läge bei ca. 2.400 €."),
    ("me", "2021-08-24 07:30", "Liebe Frau Baumgartner, die Tafel ist tatsächlich vom Bruder Kilian. Er wird rot werden. Zeigen Sie mir gern einen Entwurf fürs Dunkel."),
])

P("wp_glas", "Martina Oswald", "Oswald Glas & Krug", "Vertrieb Gastronomie", connected="2021-11-08")
C("wanted_pitch", "pitch_from_award_item", "de", "Glashersteller gratuliert zur Auszeichnung des Dunkels und bietet passende Krüge an", [
    ("wp_glas", "2021-11-08 09:30", "Grüß Gott Frau Loibl, herzlichen Glückwunsch zu Silber für das Klosterdunkel beim Alpenländischen Bierpreis! Im Bericht stand, dass Sie das Dunkel im Bräustüberl noch aus neutralen Gläsern ausschenken. Wir fertigen kleine Serien Steinkrüge und Seidel mit Relief ab 300 Stück, z. B. mit dem Wappen, das auch auf Ihrer neuen Flasche ist. Ich schicke Ihnen gern ein Muster mit Ihrem Wappen als Handmuster, damit Sie es in der Hand haben."),
])

# ---------------------------------------------------------------- junk

P("j_energie", "Kevin Schulte", "EnergieSpar Profis GmbH", "Vertriebsleiter")
C("junk", "generic_energy_consulting", "de", "generische Energieberatung, Gegenstück zum maßgeschneiderten Energieberater", [
    ("j_energie", "2021-03-22 06:30", "Sehr geehrte Damen und Herren, steigende Energiekosten belasten Ihr Unternehmen? Wir senken Ihre Strom- und Gaskosten um bis zu 30 % - garantiert und ohne Risiko. Vereinbaren Sie jetzt Ihren kostenlosen Energie-Check!"),
])

P("j_seo", "Sandra Hoffmann", "Top-Ranking Agentur", "SEO-Beraterin")
C("junk", "generic_seo", "de", "generisches SEO-Angebot mit Nachfass", [
    ("j_seo", "2021-02-08 05:10", "Hallo, Ihre Webseite wird bei Google für wichtige Suchbegriffe nicht auf Seite 1 angezeigt. Dadurch verlieren Sie täglich potenzielle Kunden. Wir bringen Sie in 90 Tagen nach oben. Darf ich Ihnen eine kostenlose Analyse schicken?"),
    ("j_seo", "2021-02-15 05:10", "Hallo nochmal, haben Sie meine Nachricht gesehen?"),
])

P("j_social", "Marcel Winter", "Likewerk Social Media", "Geschäftsführer")
C("junk", "generic_social_media", "de", "generische Social-Media-Agentur", [
    ("j_social", "2021-05-04 07:45", "Hey Theresa 👋 Social Media ist 2021 DER Umsatzkanal für jedes Unternehmen! Wir erstellen dir 30 Posts im Monat, Reels inklusive, für nur 990 € netto. Lust auf ein unverbindliches Kennenlernen?"),
])

# one template, five senders (one in English)
P("t1", "Dennis Krüger", "ShopBoost Digital", "Growth Manager")
P("t2", "Laura Neumann", "E-Com Helden", "Partnerschaften")
P("t3", "Patrick Wolf", "Umsatzwerk GmbH", "Gründer")
P("t4", "Jana Peters", "Digitalschmiede Nord", "Account Managerin")
P("t5", "Ryan Mitchell", "ScaleCart Agency", "Founder")
C("junk", "mass_template_online_shop", "de", "Vorlage 1/5: Online-Umsatz verdoppeln", [
    ("t1", "2021-03-09 08:00", "Hallo Theresa, ich bin auf die Klosterbrauerei Sankt Wigbert gestoßen und war echt beeindruckt, was Ihr im Bereich Brauerei aufgebaut habt. Wir helfen Getränkeherstellern, ihren Online-Umsatz in 6 Monaten zu verdoppeln. Hättest du Lust auf einen kurzen Austausch?"),
])
C("junk", "mass_template_online_shop", "de", "Vorlage 2/5: gleiche Vorlage, andere Füllung", [
    ("t2", "2021-04-12 09:30", "Hallo Theresa, bin gerade auf Klosterbrauerei Sankt Wigbert gestoßen und wirklich beeindruckt, was ihr im Bereich Getränke aufgebaut habt! Wir unterstützen Lebensmittelhersteller dabei, den Online-Umsatz in nur 6 Monaten zu verdoppeln. Lust auf einen kurzen Austausch?"),
])
C("junk", "mass_template_online_shop", "de", "Vorlage 3/5: leicht umformuliert, mit Nachfass", [
    ("t3", "2021-06-14 07:15", "Hallo Frau Loibl, ich bin auf die Klosterbrauerei gestoßen und war sehr beeindruckt von dem, was Sie im Bereich Bier aufgebaut haben. Wir helfen Manufakturen dabei, ihren Online-Umsatz innerhalb von 6 Monaten zu verdoppeln. Hätten Sie Interesse an einem kurzen Austausch?"),
    ("t3", "2021-06-21 07:15", "Hallo Frau Loibl, ich wollte nur kurz nachhaken, ob meine Nachricht angekommen ist."),
])
C("junk", "mass_template_online_shop", "de", "Vorlage 4/5: gleiche Vorlage", [
    ("t4", "2021-08-02 10:00", "Hi Theresa, ich bin auf Klosterbrauerei Sankt Wigbert gestoßen und war beeindruckt, was Sie im Bereich Craft Beer aufgebaut haben. Wir helfen Brauereien, ihren Online-Umsatz in 6 Monaten zu verdoppeln. Kurzer Austausch diese Woche?"),
])
C("junk", "mass_template_online_shop", "en", "template 5/5: English copy of the same template", [
    ("t5", "2021-09-20 15:00", "Hi Theresa, I came across Klosterbrauerei Sankt Wigbert and was really impressed with what you've built in the beverage space. We help food & beverage brands double their online revenue in 6 months. Would you be open to a quick chat?"),
])

P("j_merge1", "Nicole Bauer", "Personalglück GmbH", "Recruiting-Expertin")
C("junk", "merge_tag_failure", "de", "unausgefülltes {{Vorname}}", [
    ("j_merge1", "2021-04-19 06:00", "Hallo {{Vorname}}, Fachkräftemangel ist auch bei {{Firma}} ein Thema? Mit unserem Social-Recruiting finden wir in 30 Tagen passende Bewerber für jede Position. Wann passt Ihnen ein kurzer Call?"),
])

P("j_merge2", "Stefan Keller", "Leasing Direkt 24", "Firmenkundenberater")
C("junk", "merge_tag_failure", "de", "[Firma] Platzhalter stehen gelassen", [
    ("j_merge2", "2021-06-28 08:20", "Guten Tag Frau Loibl, als Geschäftsführerin von [Firma] wissen Sie, wie wichtig Liquidität ist. Leasen Sie Ihre Firmenfahrzeuge jetzt ab 199 € im Monat, auch für E-Autos mit Förderung. Darf ich Ihnen ein Angebot erstellen?"),
])

P("j_merge3", "Tim Hartung", "Gastro Kassensysteme Süd", "Vertrieb")
C("junk", "merge_tag_wrong_name", "de", "falscher Name und falsche Firma eingesetzt", [
    ("j_merge3", "2021-07-12 09:00", "Hallo Herr Brenninger, als Inhaber der Pizzeria Da Marco wissen Sie, wie wichtig ein schnelles Kassensystem ist. Ab 1.1. gilt die neue TSE-Pflicht - wir rüsten Sie in einem Tag um. Soll ich Sie anrufen?"),
])

P("j_merge4", "Emma Clark", "GrowthLabs", "SDR")
C("junk", "merge_tag_failure", "en", "unfilled {first_name} and {company} in English", [
    ("j_merge4", "2021-10-11 16:00", "Hi {first_name}, I noticed {company} is hiring - congrats on the growth! We help teams like yours onboard new hires 3x faster with our HR platform. Worth a quick look?"),
])

P("j_spon1", "Firmenwagen Profi", "Firmenwagen Profi", "",
  url="https://www.linkedin.com/company/firmenwagen-profi")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Dienstwagen-Leasing", [
    ("j_spon1", "2021-05-25 12:00", "<p>Hallo Theresa,</p><p>Ihr neuer Firmenwagen wartet: <strong>E-Modelle ab 249 €</strong> netto im Monat, inklusive Wartung &amp; Versicherung.</p><p>Jetzt Angebot sichern &ndash; nur bis 30. Juni.</p>"),
], title="Sponsored Conversation", subject="Theresa, Ihr neuer Firmenwagen")

P("j_spon2", "Akademie für Führung", "Akademie für Führung", "",
  url="https://www.linkedin.com/company/akademie-fuer-fuehrung")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: berufsbegleitender Studiengang", [
    ("j_spon2", "2021-09-07 12:00", "<p>Hallo Theresa,</p><p>Führungskräfte von morgen studieren heute: Unser <em>berufsbegleitender MBA</em> startet im Oktober. Jetzt Infomaterial anfordern &amp; Stipendium sichern.</p>"),
], title="Sponsored Conversation", subject="Ihr MBA neben dem Beruf")

P("j_award", "Julia Brandt", "Bayerns Beste Betriebe", "Projektleitung")
C("junk", "paid_award", "de", "Auszeichnung gegen Lizenzgebühr", [
    ("j_award", "2021-06-07 10:00", "Sehr geehrte Frau Loibl, wir freuen uns Ihnen mitzuteilen, dass die Klosterbrauerei Sankt Wigbert im Rahmen unserer unabhängigen Studie als 'Top-Brauerei Bayern 2021' ausgezeichnet wurde! Zur Nutzung des Siegels in Ihrer Werbung (Urkunde, Digitalsiegel, Pressemitteilung) fällt eine einmalige Lizenzgebühr von 1.490 € zzgl. MwSt. an. Bitte bestätigen Sie bis 18.6."),
    ("j_award", "2021-06-16 10:00", "Erinnerung: Ihre Auszeichnung verfällt am Freitag."),
])

P("j_podcast", "Philipp Mayer", "Mittelstand Mutmacher Podcast", "Host")
C("junk", "paid_podcast_slot", "de", "Podcast-Gastplatz gegen Gebühr", [
    ("j_podcast", "2021-08-16 21:00", "Hallo Theresa, deine Geschichte als Braumeisterin im Kloster ist genau das, was unsere 30.000 Hörer inspirieren würde! Wir würden dich gern als Gast im Mittelstand Mutmacher Podcast featuren. Für Produktion, Schnitt und Promotion berechnen wir einen Unkostenbeitrag von 490 €. Soll ich dir den Buchungslink schicken?"),
])

P("j_eigenbier", "Sven Richter", "MeinBier24", "Key Account Manager")
C("junk", "offer_of_what_she_sells", "de", "bietet einer Brauerei 'eigenes Bier mit Logo' als Kundengeschenk an", [
    ("j_eigenbier", "2021-11-15 08:00", "Hallo Frau Loibl, suchen Sie noch ein originelles Weihnachtsgeschenk für Ihre Kunden? Mit MeinBier24 bekommen Sie Ihr eigenes Bier mit individuellem Etikett und Ihrem Firmenlogo - schon ab 48 Flaschen! Jetzt bis 30.11. bestellen."),
])

P("j_craftabo", "Lisa Krämer", "Hopfenpost Bier-Abo", "Partner Managerin")
C("junk", "offer_of_what_she_sells", "de", "Craft-Bier-Abo als Mitarbeiter-Benefit an eine Brauerei", [
    ("j_craftabo", "2021-02-22 11:00", "Hallo Theresa, wie wäre es mit einem besonderen Benefit für Ihr Team? Unser Craft-Bier-Abo bringt jeden Monat 12 Biere von kleinen Brauereien aus ganz Deutschland direkt nach Hause. Firmenkunden erhalten 15 % Rabatt."),
])

P("j_kapazitaet", "Daniel Roth", "Kundenmagnet GmbH", "Geschäftsführer")
C("junk", "capacity_for_new_clients", "de", "'Haben Sie Kapazitäten für neue Kunden?'", [
    ("j_kapazitaet", "2021-03-29 07:30", "Hallo Theresa, kurze Frage: Hast du aktuell noch Kapazitäten für neue Kunden?"),
    ("j_kapazitaet", "2021-04-01 07:30", "Falls ja: Wir liefern dir planbar 10-20 qualifizierte Anfragen pro Monat, Bezahlung nur pro Termin. Sollen wir mal 15 Minuten telefonieren?"),
])

P("j_gleichgesinnt", "Maximilian Horn", "Horn Business Coaching", "Unternehmercoach",
  connected="2021-05-31", invite=("IN", "2021-05-31 19:00", "Hallo Theresa, ich vernetze mich gern mit gleichgesinnten Unternehmern!"))
C("junk", "like_minded_entrepreneurs", "de", "'gleichgesinnte Unternehmer' vernetzen, dann Coaching", [
    ("j_gleichgesinnt", "2021-05-31 19:20", "Danke fürs Vernetzen, Theresa! Ich tausche mich immer gern mit gleichgesinnten Unternehmern aus, die etwas bewegen wollen. Ich helfe Unternehmern, ihr Business auf Autopilot zu stellen und trotzdem zu wachsen. Was sind deine größten Ziele für die nächsten 12 Monate?"),
])

P("j_15min", "Kathrin Schwarz", "Prozess Plus Beratung", "Beraterin")
C("junk", "quick_15_minute_call", "de", "kurzes 15-Minuten-Gespräch mit zwei Nachfassern", [
    ("j_15min", "2021-07-05 06:15", "Guten Morgen Frau Loibl, hätten Sie diese Woche 15 Minuten für ein kurzes Gespräch? Wir helfen produzierenden Betrieben, ihre Prozesse mit Lean-Methoden um 20 % effizienter zu machen."),
    ("j_15min", "2021-07-12 06:15", "Hallo Frau Loibl, passt Ihnen Donnerstag um 10 Uhr für die 15 Minuten?"),
    ("j_15min", "2021-07-19 06:15", "Letzter Versuch :) Falls das Thema gerade nicht passt, melden Sie sich gern später."),
])

P("j_ctp1", "Tobias Engel", "Engel Fördermittel", "Fördermittelberater",
  connected="2021-04-20", invite=("IN", "2021-04-20 07:10", ""))
C("junk", "connect_then_pitch", "de", "Connect-then-pitch: Smalltalk, sie antwortet, dann Fördermittel-Pitch", [
    ("j_ctp1", "2021-04-20 07:30", "Servus Theresa, danke fürs Annehmen! Klosterbrauerei klingt ja traumhaft. Wie lange bist du schon Braumeisterin dort?"),
    ("me", "2021-04-20 12:00", "Servus, seit 2014."),
    ("j_ctp1", "2021-04-21 08:00", "Respekt! Übrigens: Viele Betriebe lassen jedes Jahr zehntausende Euro an Fördermitteln liegen. Wir prüfen kostenlos, was für euch drin ist, und arbeiten nur auf Erfolgsbasis (15 %). Wollen wir kurz telefonieren?"),
])

P("j_ctp2", "Jennifer Lange", "Vermögenswerk Finanzplanung", "Finanzberaterin",
  connected="2021-08-26", invite=("IN", "2021-08-26 18:00", "Hallo Theresa, gern würde ich mich mit Ihnen vernetzen."))
C("junk", "connect_then_pitch", "de", "Connect-then-pitch: Smalltalk ohne Antwort, Pitch in Nachricht 2, Nachfass in 3", [
    ("j_ctp2", "2021-08-26 18:15", "Hallo Theresa, danke für die Vernetzung! Schönes Profil. Bist du auch im Chiemgau zuhause?"),
    ("j_ctp2", "2021-08-30 09:00", "Ich begleite viele Frauen in Führungspositionen bei Altersvorsorge und Vermögensaufbau. Gerade als Angestellte in einer besonderen Organisation wie einem Kloster gibt es oft Lücken. Darf ich dir ein kostenloses Erstgespräch anbieten?"),
    ("j_ctp2", "2021-09-08 09:00", "Hallo Theresa, ich wollte nochmal kurz nachhaken wegen des Erstgesprächs 😊"),
])

P("j_ctp3", "Christian Vogt", "SolarKraft Bayern", "Energieberater",
  connected="2021-10-25", invite=("IN", "2021-10-25 07:00", ""))
C("junk", "connect_then_pitch", "de", "Connect-then-pitch: Glückwunsch-Smalltalk, dann Photovoltaik", [
    ("j_ctp3", "2021-10-25 07:20", "Grüß Gott Frau Loibl, herzlichen Dank fürs Vernetzen. Was für ein schöner Arbeitsplatz, so ein Kloster!"),
    ("me", "2021-10-25 20:00", "Danke, ja, das ist es."),
    ("j_ctp3", "2021-10-26 08:10", "Das glaube ich! Große Dächer wie bei Klöstern sind übrigens ideal für Photovoltaik. Wir bieten Komplettanlagen ohne Anzahlung, Amortisation in 8 Jahren. Soll ich Ihnen ein Angebot erstellen?"),
])

P("j_bumps", "Oliver Franke", "KI Automation Pro", "Berater")
C("junk", "follow_up_bumps_no_reply", "de", "drei Nachfasser ohne Antwort", [
    ("j_bumps", "2021-01-18 05:00", "Hallo Theresa, wir automatisieren Ihre wiederkehrenden Büroaufgaben mit KI und sparen Ihnen bis zu 20 Stunden pro Woche. Darf ich Ihnen eine kurze Demo zeigen?"),
    ("j_bumps", "2021-01-25 05:00", "Ich hole meine Nachricht nochmal nach oben 🙂"),
    ("j_bumps", "2021-02-01 05:00", "Hallo Theresa, schon Gedanken dazu gemacht?"),
    ("j_bumps", "2021-02-08 05:00", "Ich gehe davon aus, dass es gerade nicht passt. Melden Sie sich gern!"),
])

P("j_fluent", "Dr. Frederik Lindner", "Chatwerk AI", "Head of Partnerships")
C("junk", "fluent_names_company_generic", "de", "flüssiger KI-Chatbot-Pitch, nennt die Brauerei, passt aber auf jeden", [
    ("j_fluent", "2021-09-27 10:00", "Liebe Frau Loibl, die Klosterbrauerei Sankt Wigbert verbindet Tradition und Qualität auf beeindruckende Weise - das spürt man schon auf Ihrer Website. Genau deshalb denke ich, dass Chatwerk zu Ihnen passt: Unser KI-Assistent beantwortet Kundenanfragen rund um die Uhr, in jeder Sprache, und entlastet Ihr Team spürbar. Unternehmen wie die Klosterbrauerei Sankt Wigbert steigern damit ihre Conversion um durchschnittlich 23 %. Hätten Sie nächste Woche Zeit für eine kurze Demo?"),
])

P("j_krypto", "Alexander Petrov", "", "Investor")
C("junk", "off_topic_crypto", "de", "Krypto-Investment, themenfremd", [
    ("j_krypto", "2021-04-04 22:30", "Hallo Theresa, ich hoffe, es stört nicht, dass ich dich anschreibe. Ich begleite eine kleine Gruppe von Unternehmern beim Einstieg in Kryptowährungen, mit sehr stabilen Renditen. Wenn du Interesse hast, erzähle ich dir gern mehr."),
])

P("j_immo", "Ralf Becker", "Becker Immobilien Invest", "Berater")
C("junk", "off_topic_real_estate", "de", "Immobilien-Investment, themenfremd", [
    ("j_immo", "2021-10-04 07:00", "Guten Tag Frau Loibl, als Führungskraft mit gutem Einkommen zahlen Sie vermutlich zu viel Steuern. Mit einer vermieteten Neubauwohnung in Leipzig sparen Sie Steuern und bauen Vermögen auf. Darf ich Ihnen die Objekte vorstellen?"),
])

P("j_recruit", "Melanie Sommer", "Jobwunder Social Recruiting", "Beraterin")
C("junk", "generic_recruiting", "de", "generisches Social-Recruiting, Gegenstück zur passenden Personalberaterin", [
    ("j_recruit", "2021-06-02 06:30", "Hallo Theresa, Sie suchen Mitarbeiter? Mit unserem Social-Recruiting-System erhalten Sie in 14 Tagen 30+ Bewerbungen für jede offene Stelle - garantiert. Wann haben Sie 20 Minuten?"),
])

P("j_verpackung", "Thomas Klein", "PackPro Europe", "Sales Manager")
C("junk", "generic_packaging", "de", "generischer Verpackungsanbieter, Gegenstück zum Versandkarton-Angebot", [
    ("j_verpackung", "2020-12-07 08:00", "Sehr geehrte Damen und Herren, PackPro ist Ihr Partner für Verpackungslösungen aller Art: Kartonagen, Folien, Füllmaterial und Etiketten. Fordern Sie jetzt unseren Katalog 2021 an und sichern Sie sich 10 % Neukundenrabatt."),
])

P("j_agentur", "Lisa Schneider", "Markenliebe Werbeagentur", "Kundenberaterin")
C("junk", "generic_branding_agency", "de", "generische Werbeagentur, Gegenstück zur Grafikerin", [
    ("j_agentur", "2021-08-30 09:00", "Hallo Theresa, ist Ihre Marke fit für die Zukunft? Wir machen aus Unternehmen unverwechselbare Marken: Logo, Corporate Design, Website und Verpackung aus einer Hand. Jetzt kostenlosen Marken-Check sichern!"),
])

P("j_bewertung", "Sarah Graf", "Sterne Booster", "Vertrieb")
C("junk", "generic_reviews", "de", "Google-Bewertungen kaufen/verwalten", [
    ("j_bewertung", "2021-07-26 05:30", "Hallo! Mehr 5-Sterne-Bewertungen = mehr Kunden. Mit unserem System sammeln Sie automatisch Bewertungen und negative verschwinden. Ab 99 € im Monat. Interesse?"),
])

P("j_devs", "Rahul Verma", "CodeNest Technologies", "Business Development Manager")
C("junk", "generic_app_dev", "en", "offshore software development pitch in English", [
    ("j_devs", "2021-05-17 04:00", "Hello, hope you are doing well. We are a leading IT company offering web development, mobile apps, ERP and AI solutions at affordable cost. Do you have any requirement? Please share and we will send a proposal."),
])

P("j_zeitarbeit", "Petra Lorenz", "Flexi Personal Service", "Niederlassungsleiterin")
C("junk", "generic_temp_staffing", "de", "generische Zeitarbeit", [
    ("j_zeitarbeit", "2021-09-13 07:00", "Sehr geehrte Damen und Herren, benötigen Sie kurzfristig Personal für Produktion, Lager oder Logistik? Wir stellen Ihnen qualifizierte Mitarbeiter innerhalb von 48 Stunden zur Verfügung."),
])

P("j_ctp4", "Sophie Neumann", "Mindset Mastery", "Coach",
  connected="2021-03-08", invite=("IN", "2021-03-08 20:00", "Hallo Theresa! Als Frau in einer Männerdomäne - großartig! Lass uns vernetzen."))
C("junk", "connect_then_pitch", "de", "Connect-then-pitch: Frau-in-Männerdomäne-Smalltalk, dann bezahltes Programm", [
    ("j_ctp4", "2021-03-08 20:20", "Danke fürs Annehmen, Theresa! Ich finde es so inspirierend, wenn Frauen in Männerdomänen ihren Weg gehen. Was war dein größter Karrieremoment bisher?"),
    ("me", "2021-03-09 07:10", "Danke! Wahrscheinlich der erste eigene Doppelbock."),
    ("j_ctp4", "2021-03-09 07:40", "Wie schön! Viele Frauen, mit denen ich arbeite, stoßen trotzdem irgendwann an eine gläserne Decke. In meinem 10-Wochen-Programm 'Female Leadership Breakthrough' lernst du, wie du mit Leichtigkeit sichtbar wirst. Nur noch 3 Plätze frei - soll ich dir die Infos schicken? 💫"),
])

P("j_leadgen_en", "Brandon Hayes", "PipelineX", "CEO")
C("junk", "generic_lead_gen", "en", "B2B lead generation in English, irrelevant", [
    ("j_leadgen_en", "2021-11-22 16:30", "Hi Theresa, we book 20-40 qualified sales meetings per month for B2B companies using LinkedIn automation and cold email. Only pay for meetings held. Interested in a quick chat?"),
])

P("j_versicherung", "Frank Zimmermann", "Gewerbeschutz Direkt", "Versicherungsmakler")
C("junk", "generic_insurance", "de", "generische Gewerbeversicherung", [
    ("j_versicherung", "2021-01-26 08:00", "Guten Tag, zahlen Sie zu viel für Ihre Betriebsversicherungen? Die meisten Unternehmen sparen mit unserem Vergleich bis zu 35 %. Jetzt kostenlos vergleichen!"),
])

P("j_messe", "Anja Vogel", "Expo Network Europe", "Sales")
C("junk", "paid_directory_listing", "de", "kostenpflichtiger Branchenbuch-Eintrag als 'Messe-Katalog'", [
    ("j_messe", "2021-10-18 06:00", "Sehr geehrte Frau Loibl, Ihr Eintrag im Internationalen Getränke-Ausstellerverzeichnis 2022 ist noch nicht aktualisiert. Bitte bestätigen Sie Ihre Daten über das beigefügte Formular. Der Premium-Eintrag kostet 1.271 € pro Jahr bei einer Laufzeit von 3 Jahren."),
])

ex.write(
    OUT,
    {"First Name": "Theresa", "Last Name": "Loibl",
     "Headline": "Braumeisterin | Klosterbrauerei Sankt Wigbert | Dunkel, Dekoktion & Doppelbock",
     "Summary": "Seit 2014 Braumeisterin in der Klosterbrauerei der Benediktinerabtei Sankt Wigbert "
                "in Reichenried (Oberbayern). Dipl.-Ing. Brauwesen. Wir brauen Hell, Klosterdunkel, "
                "Festbier und den Fastenzeit-Doppelbock, beliefern Wirte und Biergärten der Region "
                "und führen Gäste durch unser Sudhaus.",
     "Industry": "Food and Beverage Manufacturing", "Geo Location": "Reichenried, Bayern, Deutschland",
     "Websites": "[COMPANY:kloster-wigbert.example.de]"},
    [
        {"Company Name": "Klosterbrauerei Sankt Wigbert", "Title": "Braumeisterin",
         "Description": "Verantwortlich für Sudhaus, Gär- und Lagerkeller, Abfüllung und Qualität. "
                        "Ausbildung der Azubis Brauer und Mälzer.",
         "Location": "Reichenried", "Started On": "Sep 2014", "Finished On": ""},
        {"Company Name": "Brauerei Huber Altenmarkt", "Title": "Brauerin / stellv. Braumeisterin",
         "Description": "", "Location": "Altenmarkt", "Started On": "Oct 2009", "Finished On": "Aug 2014"},
    ],
    ["Brauwesen", "Dekoktion", "Qualitätssicherung", "Abfüllung", "Ausbildung", "Lebensmittelsicherheit",
     "Hopfen", "Malz"],
)
print(ex.summary())

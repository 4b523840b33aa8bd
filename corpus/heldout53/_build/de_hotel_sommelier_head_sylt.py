"""heldout53 persona 2: Wiebke Hansen, Chef-Sommelière of a (fictional) luxury hotel in Kampen on
Sylt. 2024 export layout, mostly German with a few English threads. Every message below is invented
and hand-written; running this script regenerates ../de-hotel-sommelier-head-sylt/ byte for byte."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-hotel-sommelier-head-sylt"
OWNER = Person("me", "Wiebke Hansen", "https://www.linkedin.com/in/ACoAAWiebkeHansenSylt",
               "Hotel Strandvogt Kampen", "Chef-Sommelière")
ex = Export(SLUG, "2024", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine (35)

P("jens", "Jens Boysen", "Hotel Strandvogt Kampen", "Küchenchef", connected="2016-03-01")
C("genuine", "chef_pairing", "de", "Küchenchef, langjährig; Frühlingsmenü-Begleitung", [
    ("jens", "2024-02-26 22:48", "Moin Wiebke, Frühlingsmenü steht fast. Gang 3 wird jetzt doch der Steinbutt mit Beurre blanc und Queller statt Lamm. Dein Grüner Veltliner passt dann vermutlich nicht mehr, oder? Sag Bescheid bis Donnerstag, dann machen wir die Verkostung."),
    ("me", "2024-02-27 08:15", "Moin! Nee, der Veltliner ist zu pfeffrig für die Beurre blanc. Ich denke an den weißen Burgunder vom Kessler-Roth, oder mutiger: Chenin aus der Loire. Bring Donnerstag einfach zwei Teller mehr mit, dann probieren wir beide."),
    ("jens", "2024-02-27 08:40", "Mutig klingt gut. Donnerstag 15 Uhr, Pass. Bring Brötchen mit, ich hab wieder nix gegessen."),
    ("me", "2024-02-27 08:42", "Franzbrötchen vom Bäcker in Keitum, wie immer 😄"),
])

P("claudia", "Dr. Claudia Merten", "Hotel Strandvogt Kampen", "Hoteldirektorin", connected="2019-04-15")
C("genuine", "director_prices", "de", "Direktorin: offene Weine im Preis anheben; harter Fall mit Preisen", [
    ("claudia", "2024-01-09 10:05", "Liebe Frau Hansen, der Wareneinsatz Getränke lag 2023 bei 31 %, Ziel waren 27 %. Können wir über die Preise der offenen Weine sprechen? Ich möchte nicht pauschal erhöhen, sondern gezielt. Vielleicht haben Sie eine Idee bis zur Abteilungsleiterrunde am 18.?"),
    ("me", "2024-01-09 11:30", "Liebe Frau Dr. Merten, ja, sehr gern. Mein Vorschlag: Champagner glasweise von 19 auf 22 €, die Einstiegsweine bleiben bei 9,50 €, damit die Karte nicht abschreckt. Dazu drei teure Positionen streichen, die wir kaum ausschenken und die schnell oxidieren. Ich rechne das bis zum 16. durch."),
    ("claudia", "2024-01-09 11:48", "Klingt vernünftig. Danke!"),
])

P("kontor", "Henning Lorenzen", "Weinkontor Flensburg", "Geschäftsführer", connected="2014-11-20")
C("genuine", "existing_vendor_price_change", "de", "langjähriger Weinhändler kündigt Preiserhöhung an; harter Fall", [
    ("kontor", "2024-03-04 09:20", "Moin Wiebke, ich wollte es dir lieber selbst sagen, bevor die neue Preisliste kommt: Die Champagner-Häuser erhöhen zum 1. April um 6-9 %, das müssen wir leider weitergeben. Für eure Hausmarke (Brut Réserve) kann ich den alten Preis noch halten, wenn du bis Ende März 120 Flaschen abnimmst. Überleg's dir in Ruhe."),
    ("me", "2024-03-04 12:10", "Moin Henning, danke für die Vorwarnung, das ist fair. 120 Flaschen sind viel für März, aber vor Ostern geht's hier eh los. Kannst du mir 120 zum alten Preis reservieren, Lieferung in zwei Tranchen (März/Mai)?"),
    ("kontor", "2024-03-04 12:35", "Machen wir so. Schick ich dir schriftlich. Und grüß Jens, der schuldet mir noch ein Essen."),
])

P("burgmann", "Katharina Burgmann", "Weingut Burgmann", "Winzerin", connected="2018-08-22")
C("genuine", "owner_started_winemaker_dinner", "de", "Inhaberin startet: Winzerdinner-Planung mit Weingut", [
    ("me", "2024-04-03 14:00", "Hallo Katharina, wir würden gern im Mai wieder ein Winzerdinner mit euch machen - fünf Gänge, Jens kocht, du erzählst. Hättest du am 17. oder 24. Mai Zeit? Zimmer geht natürlich aufs Haus."),
    ("burgmann", "2024-04-03 18:45", "Liebe Wiebke, wie schön! Der 24. passt. Ich bring die 2019er Lagen-Rieslinge mit, die sind jetzt wirklich da. Und wenn ihr wollt, eine Magnum Spätburgunder zum Hauptgang."),
    ("me", "2024-04-04 08:10", "Perfekt. Magnum unbedingt. Ich schick dir nächste Woche das Menü."),
])

P("g1", "Thomas Greve", "Greve Immobilien", "Inhaber", connected="2024-05-25")
P("g2", "Sabine Althoff", "", "Ärztin", connected="2024-05-25")
P("g3", "Martin Kühl", "Kühl & Partner Steuerberatung", "Partner", connected="2024-05-26")
C("genuine", "thanks_after_event", "de", "fast gleicher Dank #1 nach Winzerdinner", [
    ("g1", "2024-05-25 10:12", "Liebe Frau Hansen, vielen Dank für den wunderbaren Abend gestern! Der Riesling zum Steinbutt war ein Traum. Wir kommen wieder."),
    ("me", "2024-05-25 11:40", "Lieber Herr Greve, vielen Dank, das freut mich sehr! Bis zum nächsten Mal."),
])
C("genuine", "thanks_after_event", "de", "fast gleicher Dank #2 nach Winzerdinner", [
    ("g2", "2024-05-25 12:30", "Vielen Dank für den tollen Abend gestern, Frau Hansen! Der Riesling zum Fisch war ein Gedicht. Gern wieder!"),
])
C("genuine", "thanks_after_event", "de", "fast gleicher Dank #3 nach Winzerdinner", [
    ("g3", "2024-05-26 09:05", "Guten Morgen Frau Hansen, noch einmal herzlichen Dank für das Winzerdinner am Freitag. Vor allem der Riesling zum Steinbutt - großartig. Wir buchen fürs nächste Mal sicher wieder."),
    ("me", "2024-05-26 10:20", "Guten Morgen Herr Kühl, danke Ihnen! Das nächste Winzerdinner ist im September, ich gebe Ihnen gern rechtzeitig Bescheid."),
])

P("guest_spam", "Emily Carter", "", "Architect")
C("genuine", "genuine_in_spam", "en", "English guest asks which wine she drank; landed in SPAM", [
    ("guest_spam", "2023-09-12 03:10", "Hi Wiebke, my husband and I stayed at the Strandvogt in August (room 14, the one with the thatched roof view!). At dinner on our last night you recommended a red from the Ahr that we have been talking about ever since. Could you tell us the name? We're in Boston and would love to find it. Thank you!!"),
    ("me", "2023-09-20 09:30", "Hi Emily, so sorry for the late answer - your message ended up in my spam folder. The wine was a 2020 Spätburgunder from Weingut Meyer-Brück in Mayschoß. It's hard to find in the US, but a German importer in New York carries it, I'll send you the name by email. Warm greetings from a windy Sylt!"),
    ("guest_spam", "2023-09-20 14:02", "Amazing, thank you so much!"),
], folder="SPAM")

P("hanseat", "Dr. Friederike Wolters", "Nordlicht Capital GmbH", "Head of Executive Office", connected="2023-10-10")
C("genuine", "inbound_buy_private_tasting", "de", "Firmenkunde will private Weinprobe buchen; fragt nach Preis; harter Fall", [
    ("hanseat", "2023-10-10 16:40", "Sehr geehrte Frau Hansen, unser Vorstand hat im November eine Klausur im Strandvogt gebucht (12 Personen). Wir würden gern einen Abend mit einer geführten Weinprobe gestalten, gern etwas Besonderes, vielleicht norddeutsche Küche mit Weinen aus Deutschland und Österreich. Was würde das kosten und welche Varianten gäbe es?"),
    ("me", "2023-10-11 09:15", "Sehr geehrte Frau Dr. Wolters, sehr gern! Zwei Varianten: (1) Sechs Weine mit kleinen Happen aus der Küche, ca. 90 Minuten, 95 € pro Person. (2) Die große Variante als Weinbegleitung zu einem 5-Gang-Menü, mit zwei gereiften Flaschen aus unserem Keller, 240 € pro Person. Ich schicke Ihnen gern ein Angebot mit Weinliste."),
    ("hanseat", "2023-10-11 10:02", "Variante 2 klingt hervorragend. Bitte senden Sie das Angebot an mich, ich kläre das Budget."),
    ("me", "2023-10-11 15:30", "Angebot ist per Mail unterwegs. Ich freue mich!"),
])

P("wedding", "Nele Carstensen", "Inselglück Hochzeiten", "Hochzeitsplanerin", connected="2021-06-07")
C("genuine", "client_quote_request", "de", "Hochzeitsplanerin fragt Angebot für Weinpaket an", [
    ("wedding", "2024-03-18 13:20", "Hey Wiebke, ich hab wieder ein Paar für euch: Hochzeit am 7. September, 80 Gäste, Empfang am Strand mit Sekt, danach Dinner im Saal. Die beiden wünschen sich Weine von kleinen Winzern, Budget ca. 55 € pro Kopf für Getränke. Kannst du mir bis nächste Woche was zusammenstellen? Liebe Grüße aus Westerland"),
    ("me", "2024-03-18 17:05", "Hey Nele, klar! 55 € ist machbar, wenn wir beim Sekt auf einen Winzersekt aus der Pfalz gehen statt Champagner. Ich schick dir Freitag zwei Vorschläge. Gibt's Allergien oder alkoholfreie Wünsche?"),
    ("wedding", "2024-03-18 17:30", "Die Braut ist schwanger 🙈 also bitte eine schöne alkoholfreie Begleitung, nicht nur Saft!"),
    ("me", "2024-03-18 17:34", "Geht klar, da hab ich inzwischen richtig gute Sachen."),
])

P("foehr", "Ole Rörden", "Restaurant Utersum Strand", "Inhaber", connected="2024-01-22")
C("genuine", "inbound_buy_consulting", "de", "Gastronom von Föhr will ihre Weinkartenberatung kaufen; harter Fall mit Honorar", [
    ("foehr", "2024-01-22 11:00", "Moin Frau Hansen, wir haben uns letzten Sommer beim Austernfest in List kurz kennengelernt. Ich hab ein Restaurant auf Föhr und meine Weinkarte ist, ehrlich gesagt, ein Sammelsurium. Würden Sie mich beraten? Natürlich gegen Honorar. Was nehmen Sie für sowas?"),
    ("me", "2024-01-22 14:30", "Moin Herr Rörden, ja, ich erinnere mich - der Mann mit den Föhrer Austern! Ich mache das nebenbei, mit Zustimmung des Hotels. Meist zwei Tage: einen Tag Bestandsaufnahme bei Ihnen, einen für die neue Karte. Pauschal 1.400 € plus Fähre. Passt das?"),
    ("foehr", "2024-01-22 15:10", "Das passt. Februar ist bei uns ruhig, ab dem 12.?"),
    ("me", "2024-01-22 15:25", "Ich nehme die Fähre am 13. ab Dagebüll. Bis dann!"),
])

P("peer", "Björn Sievertsen", "Hotel Dünenblick Westerland", "Sommelier", connected="2017-05-09")
C("genuine", "peer_joint_offer", "de", "Kollege schlägt gemeinsames Angebot vor; harter Fall mit Preis", [
    ("peer", "2023-11-14 19:30", "Na du! Idee für Biike: Wir machen zusammen ein 'Sylter Weinwochenende' - Freitag Probe bei euch in Kampen, Samstag Essen bei uns, Sonntag Biikebrennen mit Glühwein vom Winzer 😄. Paket für Gäste beider Häuser, so 390 € pro Person. Was meinst du? Müssten das nur mit unseren Direktionen abstimmen."),
    ("me", "2023-11-15 08:20", "Björn, geniale Idee. 390 finde ich fast zu günstig für drei Tage mit zwei Häusern, rechne mal mit Übernachtung separat. Ich sprech mit Frau Dr. Merten."),
    ("peer", "2023-11-15 08:45", "Ohne Übernachtung natürlich. Ich mach ein Konzeptpapier bis Freitag."),
    ("me", "2023-11-20 17:10", "Grünes Licht von uns! Dein Konzept ist super, nur Samstag lieber 19 statt 18 Uhr."),
])

P("recruiter_eng", "Annika Voss", "Voss Hospitality Search", "Executive Search, Gastronomie", connected="2023-06-19")
C("genuine", "recruiter_engaged", "de", "Recruiterin, mit der sie sich austauscht; Gehalt besprochen", [
    ("recruiter_eng", "2023-06-19 10:00", "Liebe Frau Hansen, ich betreue die Suche nach einer Weindirektorin für ein Zwei-Sterne-Restaurant in Hamburg. Ihr Name fiel gleich zweimal. Darf ich Ihnen die Eckdaten schicken?"),
    ("me", "2023-06-20 22:10", "Liebe Frau Voss, danke für die Nachfrage. Ich bin hier sehr glücklich, aber neugierig bin ich natürlich. Schicken Sie gern die Eckdaten, inkl. Gehaltsrahmen."),
    ("recruiter_eng", "2023-06-21 09:30", "Gern: Start Januar, 5-Tage-Woche, 78-85 Tsd. brutto, Budgetverantwortung für den Keller (ca. 9.000 Positionen)."),
    ("me", "2023-06-25 20:45", "Das ist ein spannendes Haus. Aber ich habe entschieden, auf Sylt zu bleiben. Wenn sich etwas im Norden mit mehr Ausbildung ergibt, sprechen Sie mich gern wieder an."),
    ("recruiter_eng", "2023-06-26 08:10", "Verstehe ich gut. Dann bis zum nächsten Mal, alles Gute auf der Insel!"),
])

P("applicant", "Lea Martens", "", "Restaurantfachfrau", connected="2024-02-05")
C("genuine", "applicant", "de", "Bewerberin für Commis Sommelier; harter Fall Einstellung", [
    ("applicant", "2024-02-05 18:22", "Hallo Frau Hansen, ich habe mich auf die Stelle als Commis Sommelière beworben und wollte mich kurz persönlich vorstellen. Ich habe im Gasthof Morsum gelernt und mache gerade den IHK-Sommelier-Kurs in Hamburg. Ich würde mich riesig freuen, von Ihnen zu lernen!"),
    ("me", "2024-02-06 09:40", "Hallo Frau Martens, danke für Ihre Nachricht! Ihre Bewerbung liegt mir vor. Hätten Sie Lust auf einen Probetag? Am besten an einem Freitag, da ist Service richtig voll."),
    ("applicant", "2024-02-06 10:05", "Sehr gern! Freitag, 16.2.?"),
    ("me", "2024-02-06 10:11", "Passt. 15 Uhr am Personaleingang. Bequeme Schuhe 🙂"),
])

P("journo", "Carsten Ipsen", "Weinblatt Nord", "Redakteur", connected="2023-08-28")
C("genuine", "journalist", "de", "Journalist bittet um Interview zum Thema Klimawandel und Weinkarte", [
    ("journo", "2023-08-28 11:15", "Guten Tag Frau Hansen, für unsere Herbstausgabe schreibe ich über norddeutsche Sommeliers und den Klimawandel auf der Weinkarte (mehr Rotwein aus Deutschland, weniger Bordeaux usw.). Hätten Sie Zeit für ein Telefonat von 20 Minuten? Fotos würden wir gern im Keller machen."),
    ("me", "2023-08-28 13:00", "Guten Tag Herr Ipsen, gern. Für den Fototermin frage ich unsere Direktion. Telefon geht nächste Woche Dienstag oder Mittwoch vormittags."),
    ("journo", "2023-08-28 13:20", "Dienstag 10 Uhr, ich rufe im Hotel an. Danke!"),
])

P("fair", "Gesa Thomsen", "WeinWelt Nord Messe Husum", "Projektleitung", connected="2020-09-30")
C("genuine", "event_invitation_real_contact", "de", "bekannte Messeorganisatorin lädt in die Jury ein (unbezahlt)", [
    ("fair", "2024-06-10 14:30", "Liebe Wiebke, auch dieses Jahr würden wir dich sehr gern in der Jury der WeinWelt Nord sehen - Verkostung 'Deutsche Spätburgunder' am 28. September. Unbezahlt wie immer, aber mit Hotel und Abendessen. Bist du dabei?"),
    ("me", "2024-06-10 15:00", "Liebe Gesa, natürlich! Trag mich ein."),
])

P("mats", "Mats Nommensen", "Hotel Strandvogt Kampen", "Auszubildender Restaurantfachmann", connected="2023-08-01")
C("genuine", "trainee", "de", "Azubi fragt wegen Prüfung, du", [
    ("mats", "2024-04-22 21:50", "hey wiebke sorry für die späte nachricht. in der zwischenprüfung kommt weinkunde dran, kannst du mir sagen was ich für die rebsorten auswendig lernen muss? bin bissle panisch"),
    ("me", "2024-04-23 07:30", "Moin Mats, keine Panik! Die zehn wichtigsten Rebsorten, je zwei Anbaugebiete und ein typisches Aroma. Ich mach dir Donnerstag vor dem Service 30 Minuten Crashkurs im Keller."),
    ("mats", "2024-04-23 07:45", "danke!!! du bist die beste"),
])

P("kristall", "Frank Deppe", "Kristallhaus Lindner", "Key Account Hotellerie", connected="2019-10-01")
C("genuine", "existing_vendor_price_change", "de", "bestehender Glaslieferant: Preiserhöhung und Lieferzeiten", [
    ("kristall", "2024-01-15 09:00", "Sehr geehrte Frau Hansen, vorab zur Info: Aufgrund der Energiekosten der Hütte müssen wir die Preise für die mundgeblasene Serie 'Meridian' zum 1.3. um 8 % anheben. Ihre offene Nachbestellung (48 Burgunder-, 36 Bordeaux-Kelche) liefern wir selbstverständlich noch zum alten Preis. Wenn Sie noch etwas dazubestellen möchten, wäre jetzt der Zeitpunkt."),
    ("me", "2024-01-15 11:20", "Danke, Herr Deppe. Dann nehmen Sie bitte noch 24 Universalgläser mit auf die Bestellung. Bei uns geht in der Saison einfach zu viel kaputt."),
])

P("cavelog", "Sven Harder", "CaveLog", "Customer Success", connected="2022-02-14")
C("genuine", "existing_vendor_contract", "de", "bestehender Software-Anbieter: Vertragsverlängerung und neuer Tarif", [
    ("cavelog", "2024-05-06 10:30", "Hallo Frau Hansen, Ihr CaveLog-Vertrag läuft am 30.6. aus. Ab Juli stellen wir auf neue Tarife um: Ihr bisheriger 'Pro'-Tarif kostet dann 129 € statt 99 € im Monat, dafür ist die Kassenschnittstelle inklusive. Bei Verlängerung um zwei Jahre bis Ende Mai bleibt es bei 109 €. Sollen wir kurz telefonieren?"),
    ("me", "2024-05-06 14:45", "Hallo Herr Harder, die Kassenschnittstelle wollten wir eh. Zwei Jahre zu 109 € klingt gut, schicken Sie mir bitte den Vertrag, ich lasse ihn von der Verwaltung prüfen."),
])

P("strasser", "Elisabeth Strasser", "Weingut Strasser, Wachau", "Export & Vertrieb", connected="2018-03-19")
C("genuine", "existing_supplier_allocation", "de", "österreichisches Weingut bietet Zuteilung an (mit Preisen), langjährig", [
    ("strasser", "2024-02-19 16:00", "Liebe Wiebke, die Zuteilung für die 2022er Smaragd ist da: Ich kann dir 36 Flaschen Riesling Ried Kellerberg und 18 Grüner Veltliner Loibenberg anbieten, zu 38 bzw. 29 € netto ab Hof. Magst du wie immer?"),
    ("me", "2024-02-19 18:30", "Liebe Elisabeth, wie immer ja, sehr gern! Und wenn irgendwo noch eine Magnum Kellerberg übrig ist, nehm ich die auch."),
    ("strasser", "2024-02-20 08:00", "Zwei Magnums hab ich für dich versteckt 😉"),
])

P("allocation", "Hannes Weidlich", "Weingut Weidlich, Ahr", "Winzer", connected="2022-09-12")
C("genuine", "owner_started_request", "de", "Inhaberin startet: fragt Zuteilung Spätburgunder an", [
    ("me", "2023-10-02 11:00", "Hallo Hannes, ich hoffe, die Lese läuft gut! Ist vom 2021er Spätburgunder noch was da? Ich bräuchte 24 Flaschen für die Winterkarte."),
    ("allocation", "2023-10-04 20:15", "Moin Wiebke, Lese ist durch, endlich. 24 Flaschen kriegst du, 32 € netto. Schick ich nächste Woche mit der Spedition."),
    ("me", "2023-10-05 08:00", "Danke dir!"),
])

P("biike", "Kerrin Jessen", "Heimatverein Kampen (Ehrenamt)", "Vorstand", connected="2015-02-21")
C("genuine", "owner_started_community", "de", "Inhaberin startet: Biikebrennen, Verein, lokale Farbe", [
    ("me", "2024-02-08 12:00", "Moin Kerrin, macht ihr dieses Jahr wieder den Punsch am Biikefeuer in Kampen? Das Hotel würde gern zwei Kisten Apfelpunsch vom Obsthof spendieren."),
    ("biike", "2024-02-08 14:30", "Moin Wiebke! Wat schöön. Ja, wir stehen am 21. ab 17 Uhr am Feuer. Bring die Kisten gern vorbei, und komm selber, ne?"),
    ("me", "2024-02-08 14:40", "Na klar. Friesennerz ist schon rausgelegt."),
])

P("schoolfriend", "Julia Brandt", "Restaurant Seeterrasse Konstanz", "Sommelière", connected="2011-10-05")
C("genuine", "long_standing_friend", "de", "Freundin aus der Sommelierschule, Smalltalk", [
    ("schoolfriend", "2023-12-27 20:10", "Na, überlebt? Bei uns war Weihnachten Wahnsinn, ich hab 140 Flaschen Crémant geöffnet. Wie war's bei euch oben am Meer?"),
    ("me", "2023-12-27 21:00", "Ha, bei uns 90 Flaschen Champagner und ein Gast, der unbedingt Rotwein auf Eis wollte. Silvester wird noch schlimmer. Kommst du im Januar mal hoch? Winter auf Sylt ist das Schönste."),
    ("schoolfriend", "2023-12-27 21:12", "Vielleicht im Februar zum Biikebrennen! Ich meld mich."),
])

P("regular", "Peter Claußen", "", "Rentner, Stammgast seit 2009", connected="2020-07-14")
C("genuine", "regular_guest", "de", "Stammgast bittet um besondere Flasche zum Hochzeitstag", [
    ("regular", "2024-06-20 18:00", "Liebe Frau Hansen, meine Frau und ich feiern am 12. Juli unseren 40. Hochzeitstag bei Ihnen. Haben Sie vielleicht noch etwas aus 1984 im Keller? Ich weiß, das war kein großer Jahrgang..."),
    ("me", "2024-06-21 10:15", "Lieber Herr Claußen, herzlichen Glückwunsch schon mal! 1984 war tatsächlich schwierig, aber ich habe einen 1984er Madeira, der ist gerade wunderbar. Den stelle ich Ihnen zum Dessert kalt."),
    ("regular", "2024-06-21 10:40", "Sie sind ein Schatz."),
])

P("daniel_dk", "Mikkel Sørensen", "Rømø Vingård", "Winemaker", connected="2022-07-30")
C("genuine", "peer_english", "en", "Danish winemaker friend, English, harvest visit", [
    ("daniel_dk", "2023-09-25 19:00", "Hej Wiebke! Harvest starts next weekend on Rømø - tiny crop again but the Solaris looks clean. You said you wanted to come over with your trainees. Saturday 7 October? The ferry from List is at 9:30."),
    ("me", "2023-09-26 08:15", "Hej Mikkel! Yes, we'll come with three trainees. Bring gloves or do you have enough?"),
    ("daniel_dk", "2023-09-26 08:30", "Bring your own, and rain jackets. It's Denmark."),
])

P("us_guest", "Richard Hollis", "", "Retired", connected="2024-07-29")
C("genuine", "guest_english", "en", "American guest asks about buying a bottle from the cellar", [
    ("us_guest", "2024-07-29 20:30", "Dear Ms. Hansen, we enjoyed the 2017 Riesling GG you poured us last night so much. Is it possible to buy two bottles from the hotel to take home to Ohio?"),
    ("me", "2024-07-30 09:00", "Dear Mr Hollis, what a lovely compliment. Yes, we can sell you bottles from the cellar at our shop price. I'll leave them at reception with a bubble-wrap sleeve for the flight."),
])

P("fnb", "Ingo Petersen", "Hotel Strandvogt Kampen", "F&B Manager", connected="2018-02-01")
C("genuine", "colleague_internal", "de", "F&B-Manager zur Minibar-Auswahl", [
    ("fnb", "2024-03-25 09:30", "Wiebke, für die neuen Suiten brauchen wir eine Minibar-Weinauswahl. 4 Positionen, halbe Flaschen, Verkaufspreis max. 45 €. Schaffst du das bis Ostern?"),
    ("me", "2024-03-25 10:10", "Schaff ich. Champagner, ein Riesling, ein Rosé von der Loire und ein leichter Spätburgunder. Liste kommt Mittwoch."),
])

P("former", "Jana Ketels", "Restaurant Hafenblick Husum", "Sommelière", connected="2020-08-01")
C("genuine", "congrats_former_trainee", "de", "ehemalige Azubine meldet bestandene Prüfung, Glückwunsch", [
    ("former", "2024-03-28 17:00", "Wiebke!!! Ich hab die Prüfung zur geprüften Sommelière bestanden!!! Ohne deine Blindverkostungen am Mittwochabend hätte ich das nie geschafft. DANKE 🍷"),
    ("me", "2024-03-28 17:30", "JANA!!! Herzlichen Glückwunsch, ich bin so stolz auf dich! Das feiern wir, wenn du das nächste Mal auf der Insel bist."),
])

P("verband", "Dirk Clasen", "Sommelierverband Nord e.V.", "Vorsitzender", connected="2016-01-12")
C("genuine", "association", "de", "Verband: Stammtisch und Mitgliedsbeitrag", [
    ("verband", "2024-01-30 12:00", "Moin Wiebke, unser nächster Stammtisch ist am 4. März in Kiel (Thema: Sherry). Außerdem: Der Beitrag steigt ab 2024 auf 120 € im Jahr, Beschluss der Mitgliederversammlung. Kommst du?"),
    ("me", "2024-01-30 14:00", "Moin Dirk, Sherry lass ich mir nicht entgehen. Bin dabei."),
])

P("oyster", "Hauke Bahnsen", "Lister Austernzucht", "Austernzüchter", connected="2019-06-06")
C("genuine", "event_invitation_real_contact", "de", "Austernzüchter lädt zum Austernfest ein", [
    ("oyster", "2024-07-01 08:30", "Moin! Austernfest am Hafen in List ist am 10. August. Hast Lust, wieder den Weinstand zu machen? Letztes Jahr war dein Muscadet nach zwei Stunden weg."),
    ("me", "2024-07-01 09:05", "Moin Hauke! Klar, diesmal nehm ich mehr Muscadet mit. Und einen Chablis für die Feinschmecker."),
])

P("neighbour", "Stefanie Mommsen", "Restaurant Kliffkante Kampen", "Restaurantleiterin", connected="2021-04-20")
C("genuine", "neighbour_favour", "de", "Nachbarrestaurant bittet um Coravin-Kapseln", [
    ("neighbour", "2023-12-30 17:45", "Hilfe!! Uns sind die Coravin-Kapseln ausgegangen und morgen ist Silvester. Hast du zwei Packungen übrig? Ich bring dir dafür unseren Trüffelbrie 😅"),
    ("me", "2023-12-30 17:50", "Komm vorbei, liegen an der Rezeption. Brie gern!"),
])

P("marketing", "Paulina Wendt", "Hotel Strandvogt Kampen", "Marketing & PR", connected="2022-05-02")
C("genuine", "colleague_newsletter", "de", "Marketing-Kollegin bittet um Text für Newsletter", [
    ("marketing", "2024-04-15 10:00", "Hi Wiebke, für den Mai-Newsletter brauche ich 800 Zeichen von dir zum Winzerdinner. Gern persönlich, mit einem Lieblingswein. Bis Freitag?"),
    ("me", "2024-04-15 12:00", "Kommt morgen. Ich schreib über den Kellerberg, der hat eine schöne Geschichte."),
])

P("school", "Prof. Anke Ehlers", "Hotelfachschule Schleswig-Holstein", "Dozentin Getränkekunde", connected="2023-01-11")
C("genuine", "teaching_honorarium", "de", "Hotelfachschule fragt Gastvortrag gegen Honorar an; harter Fall", [
    ("school", "2024-05-13 09:00", "Liebe Frau Hansen, wir würden Sie gern für einen Gastvortrag 'Weinbegleitung in der Spitzenhotellerie' gewinnen, 90 Minuten im Oktober. Wir zahlen 350 € Honorar plus Fahrtkosten. Hätten Sie Interesse?"),
    ("me", "2024-05-13 13:20", "Liebe Frau Prof. Ehlers, sehr gern. Oktober ist gut, da wird es auf der Insel ruhiger. Können die Studierenden auch etwas probieren? Dann bringe ich sechs Weine mit."),
    ("school", "2024-05-13 14:00", "Das wäre großartig - wir klären das mit der Schulleitung."),
])

P("sample", "Markus Reinfeld", "Weingut Reinfeld, Franken", "Winzer", connected="2024-04-16")
C("genuine", "owner_requested_samples", "de", "Winzer von der Messe schickt erbetene Muster mit Preisliste", [
    ("me", "2024-04-16 20:30", "Hallo Herr Reinfeld, schön, Sie auf der WeinWelt kennengelernt zu haben. Könnten Sie mir die beiden Silvaner aus der Lage Stein als Muster schicken, mit Ihrer Gastro-Preisliste?"),
    ("sample", "2024-04-18 10:00", "Hallo Frau Hansen, sehr gern, die Muster gehen heute raus. Gastropreise: Silvaner Ortswein 11,50 €, Lage Stein 19 € netto. Ab 60 Flaschen frei Haus, auch nach Sylt."),
    ("me", "2024-04-29 18:00", "Die Lage Stein ist wunderbar zu unseren Austern. Ich bestelle 60 Flaschen, Bestellung kommt per Mail."),
])

P("housekeeping", "Birte Lassen", "Hotel Strandvogt Kampen", "Hausdame", connected="2020-05-18")
C("genuine", "colleague_smalltalk", "de", "Kollegin, Smalltalk und Weinflecken", [
    ("housekeeping", "2024-08-11 13:00", "Wiebke, kurze Frage: Was bekommt Rotwein aus weißem Leinen raus? Suite 3 hatte eine 'lustige' Nacht 🙄"),
    ("me", "2024-08-11 13:10", "Sofort mit kaltem Wasser und Salz, NICHT warm waschen. Und Weißwein drüber hilft tatsächlich. Viel Glück!"),
    ("housekeeping", "2024-08-11 15:30", "Hat geklappt. Du bist auch Fleckenexpertin, wusste ich gar nicht."),
])

# ---------------------------------------------------------------- wanted_pitch (12)

P("w_climate", "Torben Ahlers", "Kellerklima Nord GmbH", "Projektleiter", connected="2024-03-12",
  invite=("IN", "2024-03-11 18:00", "Hallo Frau Hansen, Ihr Beitrag über Salzluft im Weinkeller hat mich beschäftigt - gern vernetzen."))
C("wanted_pitch", "homework_post", "de", "Kellerklima-Firma bezieht sich konkret auf ihren Beitrag über Salzluft und rostende Regale", [
    ("w_climate", "2024-03-12 09:00", "Danke fürs Vernetzen, Frau Hansen. In Ihrem Beitrag schrieben Sie, dass die Metallregale im Keller nach drei Jahren rosten und die Etiketten bei über 80 % Luftfeuchte schimmeln - trotz Entfeuchter. Das ist an der Küste typisch: Der Entfeuchter läuft gegen die Salzluft an, die beim Lüften reinkommt. Wir haben für zwei Hotels auf Föhr und Amrum eine Lösung mit geschlossenem Umluftsystem gebaut, ohne Außenluft. Ich würde mir den Keller gern einmal unverbindlich anschauen, ich bin ohnehin am 2. April auf der Insel."),
    ("me", "2024-03-12 12:30", "Hallo Herr Ahlers, das klingt tatsächlich nach unserem Problem. Am 2. April vormittags könnte ich. Melden Sie sich an der Rezeption."),
])

P("w_nonalc", "Clara Weigand", "Freigeist Alkoholfrei", "Gründerin", connected="2023-10-02")
C("wanted_pitch", "homework_talk", "de", "Produzentin alkoholfreier Weine bezieht sich auf ihren Vortrag auf der WeinWelt Nord", [
    ("w_nonalc", "2023-10-02 10:20", "Liebe Frau Hansen, ich war bei Ihrem Vortrag auf der WeinWelt Nord, wo Sie sagten, alkoholfreie Weinbegleitung scheitere meist an fehlender Säure und zu viel Restzucker. Genau daran arbeiten wir: Unser entalkoholisierter Riesling hat 8 g Säure und nur 14 g Zucker. Ich würde Ihnen gern zwei Flaschen schicken, ganz ohne Verpflichtung - Ihr ehrliches Urteil wäre mir viel wert."),
    ("me", "2023-10-02 13:00", "Liebe Frau Weigand, gern! Ich bin neugierig. Schicken Sie die Flaschen ans Hotel, z. Hd. Sommelière."),
    ("w_nonalc", "2023-10-02 13:15", "Mach ich. Danke!"),
])

P("w_silvaner", "Lukas Hofmann", "Weingut Hofmann, Volkach", "Juniorchef", connected="2023-11-27")
C("wanted_pitch", "homework_site_visited", "de", "Franken-Weingut hat ihre Online-Weinkarte gelesen, nennt Lücke und Gericht", [
    ("w_silvaner", "2023-11-27 11:00", "Hallo Frau Hansen, ich habe mir Ihre Weinkarte auf der Hotel-Website angesehen - beeindruckend, 14 Rieslinge, aber kein einziger Silvaner. Gerade zu Ihrem Gericht mit Sylter Austern und Gurke auf der Abendkarte wäre ein Silvaner mit seiner Kräuterwürze spannend. Wir sind ein kleines Weingut in Volkach (6 ha). Darf ich Ihnen zwei Muster schicken?"),
    ("me", "2023-11-28 09:00", "Hallo Herr Hofmann, touché, die Lücke ist mir auch schon aufgefallen. Gern zwei Muster."),
])

P("w_logistics", "Momme Jacobsen", "Inselfracht Nordsee", "Disposition", connected="2024-01-08")
C("wanted_pitch", "homework_specific_problem", "de", "Spediteur benennt das konkrete Inselproblem: Autozug, Bruch, Temperatur", [
    ("w_logistics", "2024-01-08 08:30", "Moin Frau Hansen, ich hab mitbekommen, dass bei euch im Dezember eine Weinlieferung zwei Tage am Autozug in Niebüll stand und im Frost zum Teil gesprungen ist - Björn Sievertsen hat's erzählt, der hatte dasselbe. Wir fahren jeden Dienstag und Freitag mit temperiertem Kühler auf die Insel und nehmen Weinpaletten von Großhändlern in Hamburg und Flensburg mit. Würde Ihnen ein Fixtermin helfen? Preis pro Palette schick ich Ihnen gern."),
    ("me", "2024-01-08 10:15", "Moin Herr Jacobsen, das war ärgerlich, ja. Schicken Sie mir bitte die Preise, ich rede mit unserem Einkauf."),
])

P("w_mutual", "Aurélie Fontaine", "Maison Fontaine Importe", "Importeurin Jura & Savoie", connected="2024-02-26")
C("wanted_pitch", "homework_mutual_contact", "de", "Importeurin kommt über Katharina Burgmann, nennt ihr Interesse an Jura", [
    ("w_mutual", "2024-02-26 14:00", "Liebe Frau Hansen, Katharina Burgmann hat mir erzählt, dass Sie beim letzten Winzerdinner nach Weinen aus dem Jura gefragt haben - ich importiere genau das, kleine Domaines aus dem Jura und Savoyen, bisher vor allem nach Hamburg und Berlin. Wenn Sie mögen, stelle ich Ihnen eine kleine Auswahl Savagnin und Trousseau zusammen, die zu Jens Boysens Küche passt."),
    ("me", "2024-02-27 09:00", "Liebe Frau Fontaine, Katharina hat recht, ich bin ein Jura-Fan. Ja, sehr gern eine Auswahl mit Preisen."),
])

P("w_shelving", "Rainer Witt", "Witt Kellerbau", "Inhaber", connected="2024-04-08")
C("wanted_pitch", "homework_public_register", "de", "Kellerbauer bezieht sich auf öffentliches Protokoll des Bauausschusses (Kellererweiterung)", [
    ("w_shelving", "2024-04-08 10:00", "Guten Tag Frau Hansen, im öffentlichen Protokoll des Bauausschusses der Gemeinde Kampen vom März steht, dass die Erweiterung des Weinkellers im Strandvogt genehmigt wurde. Wir bauen seit 20 Jahren Weinkeller im Norden, zuletzt im Gutshaus bei Husum, mit Regalen aus Eiche statt Metall - gerade in Küstennähe wichtig. Falls die Ausstattung noch nicht vergeben ist, würde ich gern ein Angebot machen."),
    ("me", "2024-04-08 16:00", "Guten Tag Herr Witt, die Ausstattung ist tatsächlich noch offen. Bitte schicken Sie Referenzen, ich leite das an unsere Technik weiter."),
])

P("w_pos", "Nico Brandes", "", "Freelance-Entwickler Gastro-IT", connected="2024-05-14")
C("wanted_pitch", "homework_tools_setup", "de", "Freelancer kennt ihr Setup (CaveLog + Kasse) und den Bestandsabgleich", [
    ("w_pos", "2024-05-14 11:00", "Hallo Frau Hansen, Sie arbeiten mit CaveLog im Keller und mit einer Kassenwerk-Kasse im Restaurant - das sieht man an der Speisekarte-PDF und an Ihrem Interview im Weinblatt Nord, wo Sie erwähnten, dass Sie den Bestand jeden Montag per Hand abgleichen. Ich habe für ein Hamburger Restaurant einen Abgleich der beiden per Schnittstelle gebaut (CaveLog bietet inzwischen eine API). Falls Sie das Thema angehen wollen, baue ich Ihnen das als Festpreisprojekt."),
    ("me", "2024-05-14 17:30", "Hallo Herr Brandes, CaveLog bringt die Schnittstelle ab Juli selbst mit, aber ich merke mir Sie für den Fall, dass sie nicht läuft. Danke für den Hinweis!"),
])

P("w_recruit", "Johanna Zeller", "Alpenblick Resort & Spa", "HR Director", connected="2024-06-03")
C("wanted_pitch", "recruiter_relevant_role", "de", "Recruiterin mit passender Rolle (Wine Director), bezieht sich auf ihre Ausbildungsarbeit", [
    ("w_recruit", "2024-06-03 09:00", "Liebe Frau Hansen, wir eröffnen 2025 ein Resort in Tirol mit 3 Restaurants und suchen eine Wine Director, die auch ein Ausbildungsprogramm aufbaut. Der Artikel im Weinblatt Nord über Ihre Mittwochs-Blindverkostungen für Azubis hat unser Team begeistert - genau diese Haltung suchen wir. Hätten Sie Interesse an einem vertraulichen Gespräch?"),
    ("me", "2024-06-04 21:00", "Liebe Frau Zeller, das ehrt mich, aber Berge statt Meer ist nichts für mich. Ich kenne aber jemanden, der passen könnte - darf ich den Kontakt weitergeben?"),
    ("w_recruit", "2024-06-05 08:00", "Sehr gern!"),
])

P("w_cider", "Freja Holm", "Holm Æblemost, Rømø", "Producer", connected="2024-02-12")
C("wanted_pitch", "homework_press_item", "en", "Danish cider producer cites press article on her 'Nordic pairing' menu", [
    ("w_cider", "2024-02-12 10:00", "Dear Wiebke, I read in Falkner's Guide that the Strandvogt now has a 'Nordic pairing' with wines from Denmark and Sweden. We make sparkling apple wine on Rømø, 30 minutes from List, from old trees on the island. It is dry and sharp, much like a grower Champagne. Would you like to taste it? I can bring bottles over on the ferry."),
    ("me", "2024-02-12 13:00", "Dear Freja, how lovely, yes! Come by any weekday afternoon, I'll ask our chef to join."),
])

P("w_content", "Tjark Rohde", "Salzwasser Content", "Fotograf & Content Creator", connected="2024-03-05")
C("wanted_pitch", "homework_instagram", "de", "Content-Agentur bemerkt fehlende Wein-Inhalte im Hotel-Instagram", [
    ("w_content", "2024-03-05 15:00", "Moin Frau Hansen, ich fotografiere für mehrere Sylter Häuser. Beim Durchscrollen vom Strandvogt-Instagram fällt auf: 200 Posts, Dünen, Zimmer, Teller - aber Ihr Keller mit den 1.800 Positionen kommt nicht ein einziges Mal vor, obwohl Ihre Weinbegleitung in jedem Guide erwähnt wird. Ich würde gern eine kleine Serie 'Im Keller mit der Sommelière' vorschlagen. Soll ich ein paar Ideen schicken?"),
    ("me", "2024-03-06 09:00", "Moin Herr Rohde, Sie haben recht, das sagt unsere Marketing-Kollegin auch immer. Schicken Sie die Ideen an mich und an Paulina Wendt."),
])

P("w_academy", "Sönke Heitmann", "Weinakademie Nord", "Leiter Firmenschulungen", connected="2024-02-07")
C("wanted_pitch", "homework_job_ad", "de", "Weinschule bezieht sich auf die Stellenanzeige für Commis Sommelier und bietet Inhouse-Kurs", [
    ("w_academy", "2024-02-07 09:30", "Guten Tag Frau Hansen, in Ihrer Stellenanzeige für eine Commis Sommelière steht 'Weiterbildung zur geprüften Sommelière wird gefördert'. Wir bieten den IHK-Lehrgang auch als Inhouse-Format für Hotels mit mehreren Azubis an, Präsenzteile können wir zu Ihnen auf die Insel verlegen, damit niemand wochenlang nach Hamburg muss. Interessiert Sie ein Angebot für 2-4 Personen?"),
    ("me", "2024-02-07 11:00", "Guten Tag Herr Heitmann, das ist tatsächlich ein Thema: Die Fahrten nach Hamburg kosten uns jedes Mal zwei Leute im Service. Bitte schicken Sie ein Angebot für drei Personen."),
])

P("w_glass", "Anja Seidel", "Glashütte Seidel", "Vertrieb Gastronomie", connected="2024-07-08")
C("wanted_pitch", "homework_mutual_contact_glass", "de", "Glashütte über Stefanie Mommsen (Nachbarrestaurant) mit bruchfesterer Serie", [
    ("w_glass", "2024-07-08 10:00", "Hallo Frau Hansen, Stefanie Mommsen von der Kliffkante hat mir erzählt, dass Ihnen auf der Terrasse bei Wind ständig die dünnen Kelche umfallen und brechen. Wir haben eine Serie mit etwas schwererem Fuß, die bei der Kliffkante seit einem Jahr im Einsatz ist - kaum noch Bruch. Soll ich Ihnen sechs Testgläser für die Terrasse schicken?"),
    ("me", "2024-07-08 12:00", "Hallo Frau Seidel, ja, das Terrassenproblem ist real. Sechs Testgläser gern."),
])

# ---------------------------------------------------------------- junk (38)

P("j_karte", "Dennis Kraft", "WeinKarte Pro Consulting", "Senior Berater")
C("junk", "offers_owner_service", "de", "bietet Weinkartenberatung an - genau was sie selbst macht", [
    ("j_karte", "2023-09-05 09:00", "Sehr geehrte Frau Hansen, viele Hotels verschenken Umsatz durch eine unstrukturierte Weinkarte. Unsere zertifizierten Sommeliers erstellen Ihre Weinkarte neu, schulen Ihr Personal und steigern Ihren Getränkeumsatz nachweislich um bis zu 25 %. Wann passt Ihnen ein kurzes Kennenlerngespräch?"),
    ("j_karte", "2023-09-19 09:00", "Sehr geehrte Frau Hansen, ich wollte noch einmal nachhaken. Haben Sie meine Nachricht gesehen?"),
])

P("j_capacity", "Kevin Brückner", "Lead Boost Agentur", "Partner Manager")
C("junk", "capacity_new_clients", "de", "Kapazitäten für neue Kunden?", [
    ("j_capacity", "2023-10-17 14:00", "Hi Wiebke, kurze Frage: Hättest du aktuell Kapazitäten für 3-5 neue Kunden pro Monat? Wir haben Anfragen von Unternehmen, die genau das suchen, was du anbietest."),
])

P("j_likeminded", "Melanie Schuster", "Erfolgsfrequenz Coaching", "Business Mentorin", connected="2024-01-03",
  invite=("IN", "2024-01-02 20:00", ""))
C("junk", "like_minded_entrepreneurs", "de", "gleichgesinnte Unternehmer", [
    ("j_likeminded", "2024-01-03 07:30", "Hallo liebe Wiebke, danke für die Vernetzung! Ich vernetze mich so gern mit gleichgesinnten Unternehmerinnen, die etwas bewegen wollen. Erzähl mal, was ist deine größte Herausforderung im Business gerade? Vielleicht können wir uns gegenseitig unterstützen 💫"),
])

P("j_15", "Patrick Lindner", "SalesRocket GmbH", "Account Executive")
C("junk", "quick_call", "de", "kurzes 15-Minuten-Gespräch, mit Nachfassen", [
    ("j_15", "2024-02-13 10:00", "Hallo Frau Hansen, ich mache es kurz: Hätten Sie diese Woche 15 Minuten für ein kurzes Gespräch? Ich möchte Ihnen zeigen, wie Hotels wie das Strandvogt mit unserer Lösung mehr Direktbuchungen generieren."),
    ("j_15", "2024-02-20 10:00", "Hallo Frau Hansen, nur ein kurzer Reminder zu meiner Anfrage. Dienstag oder Donnerstag?"),
    ("j_15", "2024-02-29 10:00", "Frau Hansen, ich nehme an, das Thema ist gerade nicht relevant. Soll ich mich in drei Monaten wieder melden?"),
])

P("j_ctp1", "Florian Berg", "Vinomatic Systems", "Vertriebsleiter Nord", connected="2024-04-09",
  invite=("IN", "2024-04-08 19:30", "Hallo Frau Hansen, wir haben gemeinsame Kontakte in der Gastronomie - gern vernetzen!"))
C("junk", "connect_then_pitch", "de", "Vernetzen, Smalltalk, sie antwortet, dann Pitch für Weinautomaten", [
    ("j_ctp1", "2024-04-09 09:00", "Danke für die Vernetzung! Sylt muss traumhaft sein um diese Jahreszeit. Waren Sie schon am Strand baden?"),
    ("me", "2024-04-09 12:20", "Danke! Baden noch nicht, das Wasser hat 8 Grad. Aber die Sonne ist schön."),
    ("j_ctp1", "2024-04-10 09:00", "Ha, tapfere Nordfriesen! Darf ich Ihnen bei der Gelegenheit unsere Wein-Dispenser vorstellen? Offene Weine bis zu 60 Tage frisch, Selbstbedienung per Karte, ideal für Lobby und Bar. Wann passt eine Demo?"),
])

P("j_ctp2", "Sarah Engel", "HotelTalent Plattform", "Customer Success", connected="2023-11-06",
  invite=("IN", "2023-11-05 21:00", ""))
C("junk", "connect_then_pitch", "de", "Vernetzen, Kompliment, Pitch in Nachricht 2, keine Antwort", [
    ("j_ctp2", "2023-11-06 08:00", "Hallo Wiebke, toll, dass wir jetzt vernetzt sind! Dein Profil ist echt beeindruckend 🍷"),
    ("j_ctp2", "2023-11-08 08:00", "Übrigens: Findet ihr gerade genug Servicepersonal für die Saison? Mit unserer Plattform bekommst du in 48 Stunden passende Bewerber. Erste Stellenanzeige gratis!"),
])

P("j_ctp3", "Maximilian Roth", "Roth Wealth Management", "Finanzberater", connected="2024-06-17",
  invite=("IN", "2024-06-16 10:00", "Hallo Wiebke, ich liebe Wein! Gern vernetzen."))
C("junk", "connect_then_pitch", "de", "Vernetzen über Weinliebe, dann Finanzberatung in Nachricht 3", [
    ("j_ctp3", "2024-06-17 09:15", "Hallo Wiebke! Ich bin großer Riesling-Fan, was ist gerade dein Lieblingswein?"),
    ("me", "2024-06-17 20:00", "Moin! Im Moment ein Grüner Veltliner aus der Wachau, sehr frisch für den Sommer."),
    ("j_ctp3", "2024-06-18 08:00", "Klingt super, muss ich probieren! Sag mal, hast du dich schon mal mit deiner Altersvorsorge beschäftigt? Gerade in der Gastronomie ist die Rentenlücke riesig. Ich biete eine kostenlose Analyse an, 30 Minuten per Zoom."),
])

# one template, five senders (one English)
P("j_tpl1", "Lisa Krämer", "Gastroboost Marketing", "Kundenberaterin")
C("junk", "template_mass_sent", "de", "Vorlage 1/5: 'bin auf Ihr Profil gestoßen... wir helfen X, Y ohne Z'", [
    ("j_tpl1", "2023-09-26 09:05", "Hallo Frau Hansen, ich bin auf Ihr Profil gestoßen und war beeindruckt von Ihrer Arbeit im Hotel Strandvogt Kampen. Wir helfen Hotels, 30 % mehr Direktbuchungen zu erzielen - ohne zusätzliche Werbekosten. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?"),
])
P("j_tpl2", "Tobias Wenzel", "Hospitality Growth Partners", "Business Developer")
C("junk", "template_mass_sent", "de", "Vorlage 2/5, andere Füllung", [
    ("j_tpl2", "2023-11-21 09:10", "Guten Tag Frau Hansen, ich bin auf Ihr Profil gestoßen und bin beeindruckt von Ihrer Arbeit im Hotel Strandvogt Kampen. Wir unterstützen Restaurants dabei, ihren Getränkeumsatz um 20 % zu steigern - ohne Mehraufwand fürs Team. Wären Sie offen für ein kurzes Gespräch nächste Woche?"),
])
P("j_tpl3", "Jasmin Özdemir", "Direktbucher Digital", "Vertrieb")
C("junk", "template_mass_sent", "de", "Vorlage 3/5, du-Form", [
    ("j_tpl3", "2024-01-16 08:58", "Hi Wiebke, bin auf dein Profil gestoßen und war echt beeindruckt von deiner Arbeit im Hotel Strandvogt Kampen. Wir helfen Hotels, mehr Direktbuchungen zu bekommen - ohne teure Portale. Hast du nächste Woche kurz Zeit für einen Call?"),
])
P("j_tpl4", "James Whitfield", "HotelGrowth Global", "Partnerships")
C("junk", "template_mass_sent", "en", "template 4/5 in English", [
    ("j_tpl4", "2024-03-19 09:00", "Hi Wiebke, I came across your profile and was really impressed with your work at Hotel Strandvogt Kampen. We help hotels drive 30% more direct bookings without extra ad spend. Would you be open to a quick chat next week?"),
])
P("j_tpl5", "Carina Hartwig", "Buchungsplus", "Account Managerin")
C("junk", "template_mass_sent", "de", "Vorlage 5/5 mit Nachfassen", [
    ("j_tpl5", "2024-05-28 09:02", "Hallo Frau Hansen, ich bin auf Ihr Profil gestoßen und war sehr beeindruckt von Ihrer Arbeit bei Hotel Strandvogt Kampen. Wir helfen Hotels, ihre Direktbuchungen um bis zu 30 % zu steigern, ganz ohne zusätzliche Provisionen. Hätten Sie kommende Woche Zeit für ein kurzes Gespräch?"),
    ("j_tpl5", "2024-06-04 09:02", "Hallo Frau Hansen, ich wollte meine Nachricht noch einmal nach oben holen."),
])

# merge-tag failures
P("j_merge1", "Stefan Hoppe", "Hoppe Event Technik", "Vertrieb")
C("junk", "merge_tag_failure", "de", "{{Vorname}} nicht ersetzt", [
    ("j_merge1", "2023-10-24 07:40", "Hallo {{Vorname}}, planen Sie für {{Firma}} schon das nächste Firmenevent? Wir liefern Licht, Ton und Bühne deutschlandweit. Jetzt Frühbucherrabatt sichern!"),
])
P("j_merge2", "Julia Fuchs", "Premium Textil Service", "Key Account")
C("junk", "merge_tag_failure", "de", "[Firma]-Platzhalter", [
    ("j_merge2", "2024-02-01 10:30", "Liebe Frau Hansen, als Spezialist für Hotelwäsche würden wir gern auch [Firma] mit hochwertiger Bettwäsche und Frottier beliefern. Dürfen wir Ihnen ein Musterpaket zusenden?"),
])
P("j_merge3", "Oliver Haas", "GastroFinanz AG", "Berater")
C("junk", "merge_tag_wrong_name", "de", "falscher Name und falsches Hotel", [
    ("j_merge3", "2024-04-23 11:00", "Sehr geehrte Frau Petersen, als Geschäftsführerin des Hotel Miramar in Westerland wissen Sie, wie wichtig Liquidität in der Nebensaison ist. Wir bieten flexible Betriebsmittelkredite für die Hotellerie. Darf ich Sie anrufen?"),
])
P("j_merge4", "Ben Carter", "WineLeads International", "Growth Manager")
C("junk", "merge_tag_failure", "en", "English, {first_name} unfilled", [
    ("j_merge4", "2024-07-16 06:00", "Hi {first_name}, we connect wineries with distributors in 40 countries. Want to get your wines in front of 2,000+ buyers? Reply 'YES' for our free export guide."),
])

# sponsored InMail
P("j_spon1", "Gastro Akademie Online", "Gastro Akademie Online", "", url="https://www.linkedin.com/company/gastro-akademie-online")
C("junk", "sponsored_inmail", "de", "Sponsored InMail, Online-Führungskurs", [
    ("j_spon1", "2023-10-05 12:00", "<p>Hallo Wiebke,</p><p>Werde zur Führungskraft, die dein Team verdient: Unser Online-Zertifikat <strong>Leadership in der Gastronomie</strong> startet im November.</p><p>Jetzt anmelden und 20&nbsp;% sparen.</p>"),
], title="Sponsored Conversation", subject="Wiebke, bereit für den nächsten Schritt?")
P("j_spon2", "Kassensystem24", "Kassensystem24", "", url="https://www.linkedin.com/company/kassensystem24")
C("junk", "sponsored_inmail", "de", "Sponsored InMail, Kassensystem", [
    ("j_spon2", "2024-05-21 12:00", "<p>Hallo Wiebke,</p><p>Schluss mit veralteter Kassentechnik! Kassensystem24 &ndash; cloudbasiert, GoBD-konform, ab 29&nbsp;&euro; im Monat.</p><p><a href=\"https://example.invalid/demo\">Jetzt Demo buchen</a></p>"),
], title="Sponsored Conversation", subject="Ihr neues Kassensystem ab 29 Euro")
P("j_spon3", "Meridian Business School", "Meridian Business School", "", url="https://www.linkedin.com/company/meridian-business-school")
C("junk", "sponsored_inmail", "en", "Sponsored InMail, English MBA", [
    ("j_spon3", "2024-08-06 12:00", "<p>Hi Wiebke,</p><p>Our Executive MBA in Hospitality Management is designed for leaders like you.</p><p>Info session: 22 August, online.</p>"),
], title="Sponsored Conversation", subject="Executive MBA in Hospitality")

# paid award / feature / podcast
P("j_award", "Nadine Vogel", "Best of Gastro Awards", "Award Management")
C("junk", "paid_award", "de", "kostenpflichtiger 'Award'", [
    ("j_award", "2024-03-06 10:00", "Herzlichen Glückwunsch, Frau Hansen! Sie wurden für den 'Best of Gastro Award 2024 - Sommelière des Jahres Norddeutschland' nominiert. Um Ihre Auszeichnung samt Urkunde, Trophäe und Siegel für Ihre Website zu erhalten, fällt eine einmalige Bearbeitungsgebühr von 890 € zzgl. MwSt. an."),
])
P("j_feature", "Robert Stein", "Genuss Guide Deutschland", "Anzeigenleitung")
C("junk", "paid_feature", "de", "bezahlter Guide-Eintrag", [
    ("j_feature", "2023-12-05 11:00", "Sehr geehrte Frau Hansen, Ihr Haus wurde von unserer Redaktion für die Ausgabe 2024 des Genuss Guide Deutschland ausgewählt! Die Premium-Präsentation mit Foto und Porträt der Sommelière kostet 1.190 €. Wir benötigen Ihre Rückmeldung bis Freitag."),
])
P("j_podcast", "Lena Hartmann", "Wein & Wir Podcast", "Host")
C("junk", "paid_podcast_slot", "de", "Podcast-Slot gegen Gebühr", [
    ("j_podcast", "2024-05-02 16:00", "Hi Wiebke! Wir würden dich super gern in unserem Podcast 'Wein & Wir' (50.000 Hörer*innen) vorstellen 🎙️ Für Produktion und Promotion berechnen wir eine kleine Pauschale von 490 €. Wann hättest du Zeit für die Aufnahme?"),
])

# generic counterparts
P("j_cellar_generic", "Christian Mayer", "SmartCellar Solutions", "Sales Manager DACH")
C("junk", "generic_counterpart_cellar_software", "de", "generische Kellersoftware (Gegenstück zu CaveLog-Schnittstelle/Freelancer)", [
    ("j_cellar_generic", "2024-02-22 09:30", "Sehr geehrte Frau Hansen, verlieren Sie noch Zeit mit Excel-Listen? SmartCellar ist die führende Weinkeller-Software für Gastronomie und Handel. Jetzt 30 Tage kostenlos testen! Darf ich Ihnen eine Demo zeigen?"),
])
P("j_wine_generic", "Giovanni Russo", "Vini d'Italia Export", "Export Manager")
C("junk", "generic_counterpart_wine", "de", "Massen-Weinangebot ohne Bezug (Gegenstück zum Franken-Weingut)", [
    ("j_wine_generic", "2023-10-30 08:00", "Sehr geehrte Damen und Herren, wir sind ein italienischer Weinexporteur mit über 300 Weinen aus allen Regionen. Prosecco ab 2,10 € pro Flasche bei Abnahme einer Palette. Anbei unsere Preisliste. Wir freuen uns auf Ihre Bestellung."),
])
P("j_logistics_generic", "Ivan Petrov", "EuroCargo Express", "Sales")
C("junk", "generic_counterpart_logistics", "en", "generic freight pitch in English (counterpart of Inselfracht)", [
    ("j_logistics_generic", "2024-01-30 07:00", "Hello, we offer cheap road freight across Europe, FTL and LTL, best rates guaranteed. Please send your shipment details for a free quote."),
])
P("j_recruit_generic", "Marcel Ludwig", "TopJobs Personalberatung", "Personalberater")
C("junk", "generic_counterpart_recruiter", "de", "unpassender Recruiter (Außendienst), Gegenstück zur Wine-Director-Stelle", [
    ("j_recruit_generic", "2024-03-26 09:00", "Hallo Frau Hansen, für einen Kunden aus der Versicherungsbranche suche ich Vertriebsmitarbeiter im Außendienst (m/w/d), Raum Hamburg, attraktives Fixum + Provision + Firmenwagen. Ihr Profil passt perfekt! Wann können wir telefonieren?"),
])
P("j_content_generic", "Vanessa Klein", "SocialBoost Agentur", "Social Media Managerin")
C("junk", "generic_counterpart_content", "de", "generische Social-Media-Agentur (Gegenstück zu Salzwasser Content)", [
    ("j_content_generic", "2024-04-02 13:00", "Hey Wiebke! 📱 Wusstest du, dass 80 % der Gäste ein Hotel erst auf Instagram checken? Wir übernehmen deinen kompletten Social-Media-Auftritt: 12 Posts, 8 Reels pro Monat ab 799 €. Lust auf ein kostenloses Erstgespräch?"),
])
P("j_glass_generic", "Wang Lei", "Shenzhen Glassware Co., Ltd.", "Sales Manager")
C("junk", "generic_counterpart_glassware", "en", "generic glassware factory pitch (counterpart of Glashütte Seidel)", [
    ("j_glass_generic", "2024-06-25 03:20", "Dear Purchasing Manager, we are professional manufacturer of wine glasses, beer mugs and tumblers with 15 years experience. MOQ 3000 pcs, OEM logo available. Catalog and price list attached. Looking forward to cooperation."),
])

P("j_fluent", "Dr. Alexander Brenner", "Brenner & Cie. Hospitality Advisory", "Managing Partner")
C("junk", "fluent_company_named_generic", "de", "flüssiger Pitch nennt das Hotel, könnte an jedes gehen", [
    ("j_fluent", "2024-07-09 10:00", "Sehr geehrte Frau Hansen, das Hotel Strandvogt Kampen steht für gelebte Gastfreundschaft auf höchstem Niveau, und ich bin sicher, dass Ihr Bereich einen wesentlichen Beitrag zu diesem Erfolg leistet. Wir begleiten Häuser der Spitzenhotellerie dabei, Potenziale in Umsatz, Prozessen und Mitarbeiterbindung zu heben und nachhaltig zu sichern. Gern würde ich erfahren, welche Themen Sie aktuell bewegen, und Ihnen zeigen, wie vergleichbare Häuser ähnliche Herausforderungen meistern. Hätten Sie in den nächsten Wochen 20 Minuten?"),
])

P("j_immo", "Sandra Wulf", "Wulf Premium Immobilien", "Maklerin")
C("junk", "off_topic_real_estate", "de", "Makler sucht Immobilien auf Sylt - fachfremd", [
    ("j_immo", "2024-03-13 17:00", "Liebe Frau Hansen, für vorgemerkte, solvente Kunden suchen wir dringend Reetdachhäuser und Wohnungen auf Sylt, gern auch in Kampen. Besitzen Sie oder jemand in Ihrem Umfeld eine Immobilie, die verkauft werden könnte? Diskretion ist selbstverständlich."),
], folder="ARCHIVE")

P("j_solar", "Markus Engel", "SonnenStrom Direkt", "Energieberater")
C("junk", "off_topic_solar", "de", "Photovoltaik-Pitch", [
    ("j_solar", "2023-08-22 14:00", "Hallo Frau Hansen, Strompreise explodieren! Mit einer PV-Anlage sparen Sie bis zu 70 % Stromkosten. Jetzt kostenlosen Solar-Check sichern - unsere Berater sind nächste Woche in Ihrer Region."),
])

P("j_crypto", "Anna Schmidt", "Digital Asset Club", "Investment Coach")
C("junk", "off_topic_crypto", "de", "Krypto-Investment", [
    ("j_crypto", "2024-01-24 22:10", "Hallo Wiebke, du wirkst wie jemand, der finanziell frei sein möchte 😊 Ich zeige einer kleinen Gruppe, wie man mit Krypto passives Einkommen aufbaut. Interesse?"),
], folder="SPAM")

P("j_seo", "Rohit Sharma", "WebRank Solutions", "SEO Specialist")
C("junk", "generic_service_seo", "en", "generic SEO pitch", [
    ("j_seo", "2023-11-29 06:45", "Hi, I was checking your website and noticed some errors which are responsible for low ranking on Google. Can I send you the list of issues and our affordable SEO plans?"),
])

P("j_leadgen", "Daniel Schäfer", "B2B Terminierung Pro", "Geschäftsführer")
C("junk", "lead_generation_bumps", "de", "Leadgenerierung mit Bumps, keine Antwort", [
    ("j_leadgen", "2024-04-16 08:00", "Hallo Frau Hansen, was würden 15 zusätzliche qualifizierte Termine pro Monat für Ihr Business bedeuten? Wir übernehmen Ihre komplette Kaltakquise. Sie zahlen nur für stattgefundene Termine."),
    ("j_leadgen", "2024-04-23 08:00", "Hallo Frau Hansen, ich hole das noch einmal hoch."),
    ("j_leadgen", "2024-05-02 08:00", "Letzter Versuch 🙂 Falls kein Interesse besteht, geben Sie mir einfach kurz Bescheid."),
])

P("j_uniform", "Tanja Meier", "Gastro Outfit Shop", "Vertrieb")
C("junk", "off_topic_uniforms", "de", "Berufskleidung, Massenangebot; Inhaberin hatte Antwort als Entwurf liegen lassen", [
    ("j_uniform", "2024-08-20 09:00", "Hallo Frau Hansen, neue Kollektion Kochjacken und Sommelier-Schürzen eingetroffen! Bestickung mit Ihrem Logo ab 10 Stück gratis. Nur bis Ende des Monats."),
    ("me", "2024-08-20 21:00", "Danke, kein Bedarf."),
], drafts={1})

P("j_coach", "Sven Richter", "Peak Performance Mindset", "High Performance Coach")
C("junk", "coaching_pitch", "de", "generisches Coaching", [
    ("j_coach", "2023-09-14 21:00", "Hey Wiebke, viele Führungskräfte in der Gastro brennen aus. Ich helfe dir, in 90 Tagen mehr Energie, Klarheit und Umsatz zu haben. Lust auf ein kostenloses Strategiegespräch?"),
])

P("j_software_en", "Priya Nair", "HotelOS", "Business Development Representative")
C("junk", "generic_saas_en", "en", "English generic hotel PMS pitch", [
    ("j_software_en", "2024-08-27 15:00", "Hi Wiebke, quick question - is Hotel Strandvogt Kampen still using a legacy PMS? HotelOS is the all-in-one cloud platform trusted by 5,000+ hotels. Could we grab 15 minutes next week?"),
])


P("j_expo", "Yvonne Kästner", "Gourmet Expo Nord", "Ausstellerbetreuung")
C("junk", "paid_exhibition_stand", "de", "Messestand-Verkauf an eine Sommelière, die nicht ausstellt", [
    ("j_expo", "2024-09-03 10:00", "Liebe Frau Hansen, präsentieren Sie Ihr Haus auf der Gourmet Expo Nord vor 12.000 Fachbesucherinnen und -besuchern! Nur noch wenige Standflächen frei, Komplettpaket (9 m², Möblierung, Eintrag im Katalog) für 2.900 € zzgl. MwSt. Soll ich Ihnen eine Fläche reservieren?"),
    ("j_expo", "2024-09-12 10:00", "Liebe Frau Hansen, kurze Erinnerung: Die Frühbucherpreise gelten nur noch bis Freitag."),
])


ex.write(Path(__file__).resolve().parents[1] / SLUG,
         profile={"First Name": "Wiebke", "Last Name": "Hansen",
                  "Headline": "Chef-Sommelière im Hotel Strandvogt Kampen | Weinbegleitung, Ausbildung, norddeutsche Küche",
                  "Summary": "Seit 2016 verantwortlich für Keller (ca. 1.800 Positionen) und Weinbegleitung im Strandvogt auf Sylt. Ausbilderin, Jurorin, Liebhaberin von Riesling und allem, was zu Austern passt.",
                  "Industry": "Hospitality", "Zip Code": "25999",
                  "Geo Location": "Kampen (Sylt), Schleswig-Holstein, Deutschland",
                  "Websites": "[COMPANY:https://www.strandvogt-kampen.example]"},
         positions=[{"Company Name": "Hotel Strandvogt Kampen", "Title": "Chef-Sommelière",
                     "Description": "Weinkeller, Weinbegleitung, Einkauf, Ausbildung der Azubis und Commis.",
                     "Location": "Kampen (Sylt)", "Started On": "Mar 2016", "Finished On": ""},
                    {"Company Name": "Restaurant Seeterrasse Konstanz", "Title": "Commis Sommelière",
                     "Description": "", "Location": "Konstanz", "Started On": "Sep 2011", "Finished On": "Feb 2016"}],
         skills=["Weinbegleitung", "Sommellerie", "Kellerverwaltung", "Ausbildung", "Einkauf",
                 "Riesling", "Food Pairing"])
print(ex.summary())

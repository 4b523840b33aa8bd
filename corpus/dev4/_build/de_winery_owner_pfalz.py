"""Persona: Katharina Weisbrod, owner of a family winery in Forst (Pfalz) (2021 layout).

Every message below was written by hand for this held-out set, blind to the detector.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person

SLUG = "de-winery-owner-pfalz"
owner = Person("me", "Katharina Weisbrod", "https://www.linkedin.com/in/katharina-weisbrod-wein",
               "Weingut Weisbrod", "Inhaberin & Kellermeisterin")
ex = Export(SLUG, "2021", owner)
P = ex.person
C = ex.conv

# ------------------------------------------------------------------ genuine people
P("hh", "Jens Carstensen", "Carstensen Weinhandel Hamburg", "Einkauf", connected="2022-02-09")
P("mannheim", "Luca Bellini", "Osteria Quadrat Mannheim", "Inhaber", connected="2020-07-14")
P("somm", "Franziska Oberhuber", "Restaurant Weißer Hirsch München", "Chef-Sommelière", connected="2023-03-20")
P("dk", "Mikkel Lund", "Lund Vinimport ApS", "Managing Director")
P("glas", "Sabine Kettering", "Glashütte Südwest GmbH", "Kundenbetreuung", connected="2019-05-03")
P("kork", "Paulo Ferreira", "Rolhas Atlântico Lda", "Key Account DACH", connected="2021-11-30")
P("etik", "Ralf Hummel", "Druckerei Hummel Neustadt", "Vertrieb", connected="2018-01-22")
P("verband", "Dr. Ute Kessler", "Weinbauverband Pfalz", "Geschäftsführerin", connected="2017-06-12")
P("kammer", "Thomas Berg", "Landwirtschaftskammer Rheinland-Pfalz", "Referat Weinprämierung")
P("journo", "Anna-Lena Vogt", "Weinzeit Magazin", "Redakteurin", connected="2022-09-05")
P("praktikum", "Jonas Reither", "Hochschule Geisenheim", "Student Weinbau & Oenologie")
P("vinothek", "Melanie Schreiner", "", "Verkäuferin")
P("wander", "Horst Lichtenthäler", "Pfälzerwald-Verein Ortsgruppe Speyer", "Wanderwart")
P("hochzeit", "Svenja Albrecht", "Stadtwerke Karlsruhe", "Projektleiterin")
P("gast1", "Bettina Krauß", "AOK Rheinland-Pfalz", "Teamleiterin", connected="2024-05-12")
P("gast2", "Michael Krauß", "BASF SE", "Chemielaborant", connected="2024-05-12")
P("gast3", "Petra Wendel", "Sparkasse Vorderpfalz", "Privatkundenberaterin", connected="2024-05-13")
P("kollege", "Markus Hahn", "Weingut Hahn Ruppertsberg", "Winzer", connected="2015-08-01")
P("abfuell", "Dieter Schwalb", "Schwalb Abfüllservice", "Inhaber", connected="2016-03-15")
P("pfalzwein", "Carina Seibel", "Pfalzwein e.V.", "Veranstaltungen", connected="2019-09-09")
P("friend", "Nele Sommer", "Sommer & Partner Architekten", "Architektin", connected="2012-04-18")
P("berlin", "Tobias Marek", "Bar Rebstock Berlin", "Betreiber")
P("stb", "Gisela Frey", "Frey Steuerberatung", "Steuerberaterin", connected="2014-10-10")
P("ch", "Reto Baumgartner", "Gasthaus Sternen Basel", "Gastgeber")
P("cousin", "Florian Weisbrod", "", "Landwirt", connected="2011-02-02")
P("hotel", "Claudia Lerch", "Hotel Ketschauer Hof Deidesheim", "F&B Managerin", connected="2024-02-01")
P("kunde", "Werner Pohl", "", "Rentner")
P("akademie", "Sophie Zimmermann", "Weinakademie Südwest", "Studienleitung", connected="2021-04-04")
P("geisenheim", "Prof. Dr. Martin Eich", "Hochschule Geisenheim", "Institut für Rebenzüchtung", connected="2020-12-01")
P("intern", "Lea Brunner", "Weingut Brunner (Wachau)", "Jungwinzerin", connected="2023-10-20")
P("uk", "Oliver Pennington", "Pennington & Hale Wines Ltd", "Buyer", connected="2023-06-06")
P("spedition", "Andreas Kübler", "Kübler Logistik", "Disposition", connected="2020-01-15")
P("sohn", "Ben Weisbrod", "Weingut Weisbrod", "Jungwinzer", connected="2021-09-01")

# ------------------------------------------------------------------ wanted-pitch people
P("w_export", "Ingrid Halvorsen", "Nordvin Agency", "Export Agent Scandinavia")
P("w_label", "Marie Dupont-Keller", "Atelier Rebe & Papier", "Etikettendesignerin")
P("w_fass", "Hubert Seitz", "Küferei Seitz", "Küfermeister")
P("w_rad", "Julia Reinhardt", "Pfalz per Rad Touren", "Gründerin")
P("w_drohne", "Stefan Mayer", "AgroDrone Südwest", "Geschäftsführer")
P("w_sekt", "Karl-Heinz Bäcker", "Sektkellerei Bäcker", "Inhaber", connected="2018-11-11")
P("w_shop", "Tim Rosenthal", "Kellerbuch Software", "Partnermanager")
P("w_eco", "Dr. Hanna Loos", "Loos Ökoberatung", "Beraterin Umstellung Ökoweinbau")
P("w_abo", "Nora Feldmann", "Kistenweise Weinabo", "Einkauf & Kuratierung")
P("w_import_us", "Daniel Brooks", "Riverbend Imports", "Portfolio Manager")
P("w_foto", "Elias Grün", "", "Foodfotograf")

# ------------------------------------------------------------------ junk people
P("inf1", "Lara Schwarz", "Grapefluence Agentur", "Creator Managerin")
P("inf2", "Kevin Ott", "Grapefluence Agentur", "Head of Partnerships")
P("inf3", "Jasmin Rudolph", "Social Sip GmbH", "Kooperationen")
P("inf4", "Dominik Hart", "Vino Viral", "Account Manager")
P("mt1", "Patrick Engel", "Etiketten-Express24", "Vertrieb")
P("mt2", "Sandra Kühn", "Reisewelt Portal", "Partnerbetreuung")
P("mt3", "Felix Brandt", "Digitalkraft Agentur", "Berater")
P("mt4", "Yusuf Demir", "GlasPack Import", "Sales Manager")
P("sp1", "LeasePro Agrar", "LeasePro Agrar", "", url="https://www.linkedin.com/company/leasepro-agrar")
P("sp2", "Buchhaltung Plus", "Buchhaltung Plus", "", url="https://www.linkedin.com/company/buchhaltung-plus")
P("sp3", "EliteMBA Online", "EliteMBA Online", "", url="https://www.linkedin.com/company/elitemba-online")
P("ctp1", "Marcel Krüger", "Krüger Finanzkonzepte", "Finanzberater",
  connected="2024-03-06", invite=("IN", "2024-03-05 20:14", "Hallo Katharina, gerne vernetzen!"))
P("ctp2", "Carmen Wolf", "Wolf Coaching", "Business Coach für Frauen",
  connected="2024-07-15", invite=("IN", "2024-07-14 18:30", ""))
P("ctp3", "Aditya Menon", "Zenith Digital Labs", "Business Development Manager",
  connected="2024-10-02", invite=("IN", "2024-10-01 06:45", ""))
P("bump1", "Jana Seidel", "Etikettenwerk Plus", "Außendienst")
P("bump2", "Oliver Stein", "Touristik Partner Netz", "Vertriebsleiter")
P("rec", "Sven Köhler", "DVB Vermögensberatung", "Regionaldirektor")
P("crypto", "Andrea Monti", "", "Investorin | Mentorin")
P("award", "Gerhard Falk", "Deutscher Genusspreis", "Jury-Koordination")
P("advert", "Ilona Peters", "Genuss & Region Magazin", "Anzeigenleitung")
P("cap", "René Voigt", "GastroLeads", "Gründer")
P("netz", "Sascha Baumann", "Baumann Holding", "Unternehmer | Speaker | Visionär")
P("call", "Nicole Franke", "Energiekontor Mitte", "Energieberaterin")
P("fluent", "Benedikt Graf", "Graf Markenberatung", "Geschäftsführer")
P("offshore", "Ravi Kumar", "Softbridge Solutions", "Sales Head")
P("bottle", "Lin Wei", "Ningbo Glassware Co.", "Export Manager")
P("tour", "Kerstin Hahn", "Weinreise24", "Partnerakquise")
P("spam1", "Dr. Henry Okoro", "", "")
P("spam2", "Melissa Graham", "Global Wine Traders", "CEO")
P("spam3", "Erik Lang", "Follower-Boost", "Social Media")
P("chatbot", "Philipp Neumann", "WeinBot AI", "Gründer")
P("solar", "Heike Brenner", "SonnenDach Pfalz", "Vertrieb",
  connected="2024-04-22", invite=("IN", "2024-04-21 09:10", ""))

P("be", "Pieter Claes", "Claes Wijnhandel Gent", "Zaakvoerder")
P("panel", "Verena Hoffmann", "Weinfestival Neustadt", "Programmleitung", connected="2022-05-05")
P("olli", "Oliver Krämer", "Weinbar Kelch Heidelberg", "Inhaber", connected="2023-01-12")
P("mlm", "Tanja Reuter", "", "Mompreneur | Freiheit leben",
  connected="2024-08-30", invite=("IN", "2024-08-29 22:00", "Hey Katharina, ich vernetze mich gern mit tollen Frauen!"))
P("seo", "Arjun Patel", "TopRank Solutions", "Digital Marketing Executive")
P("rec2", "Chloe Hartmann", "TalentScout Tech", "Recruiter")
P("sales", "Björn Klose", "Vertriebsakademie Klose", "Verkaufstrainer")
P("bump3", "Marvin Scholz", "Flaschen & Mehr Handels GmbH", "Key Account")

# ================================================================== genuine
C("genuine", "trade_buyer", "de", "Hamburg wine merchant wants to order and asks prices (price hard case)", [
    ("hh", "2024-02-13 10:20", "Sehr geehrte Frau Weisbrod, wir haben Ihren Forster Riesling Kabinett 2022 auf der ProWein probiert und möchten ihn ins Sortiment aufnehmen. Wir denken an 60 Kartons à 6 Flaschen für den Start. Könnten Sie uns Ihre Händlerpreisliste und die Lieferkonditionen nach Hamburg schicken? Mit freundlichen Grüßen, Jens Carstensen"),
    ("me", "2024-02-13 14:05", "Lieber Herr Carstensen, vielen Dank, das freut uns sehr! Die Händlerpreisliste schicke ich Ihnen heute per Mail. Ab 50 Kartons liefern wir frei Haus."),
    ("hh", "2024-02-14 09:00", "Wunderbar. Dann bestellen wir die 60 Kartons – Auftrag kommt per Mail."),
])
C("genuine", "restaurant_order", "de", "restaurant reorders (du)", [
    ("mannheim", "2024-03-08 17:40", "Hey Kathi, der Spätburgunder ist fast weg 🙈 Kannst du mir nächste Woche wieder 10 Kisten bringen? Und vom Weißburgunder 5."),
    ("me", "2024-03-08 18:15", "Klar, Luca! Ben fährt Dienstag nach Mannheim, passt 11 Uhr?"),
    ("mannheim", "2024-03-08 18:16", "Perfekt, grazie!"),
])
C("genuine", "restaurant_lead", "de", "Munich sommelière asks for samples for listing", [
    ("somm", "2024-04-02 11:30", "Liebe Frau Weisbrod, wir überarbeiten gerade unsere Weinkarte und suchen einen trockenen Riesling aus Lagenweinen für die Glasweinbegleitung. Wäre es möglich, zwei Muster Ihres Ungeheuer GG zu bekommen? Gerne auch mit Angabe der Gastropreise. Herzliche Grüße, Franziska Oberhuber"),
    ("me", "2024-04-02 12:10", "Liebe Frau Oberhuber, sehr gerne! Die Muster gehen morgen raus, Preisliste liegt bei."),
])
C("genuine", "trade_buyer", "en", "Danish importer asks for ex-cellar export prices", [
    ("dk", "2024-05-21 08:45", "Dear Katharina, I'm an importer in Copenhagen focusing on German Riesling. Your dry Rieslings from Forst were recommended by a colleague. Could you send me your ex-cellar export prices and minimum order? We usually start with a mixed pallet."),
    ("me", "2024-05-21 13:30", "Dear Mikkel, thanks for reaching out! I'll email you our export price list - a mixed pallet is no problem. Would you like samples first?"),
    ("dk", "2024-05-21 14:02", "Yes please, the Kabinett and both GGs would be great."),
])
C("genuine", "existing_supplier", "de", "bottle supplier about delay in existing order", [
    ("glas", "2024-07-29 09:10", "Guten Morgen Frau Weisbrod, leider verzögert sich Ihre Bestellung Nr. 44871 (Schlegelflasche 0,75 l, Antikgrün, 12 Paletten) um etwa zehn Tage wegen einer Ofenwartung. Neuer Liefertermin wäre der 16.08. Passt das noch vor der Füllung?"),
    ("me", "2024-07-29 09:45", "Hallo Frau Kettering, knapp, aber ja – die Füllung ist am 22.08. Bitte auf keinen Fall später."),
    ("glas", "2024-07-29 10:02", "Verstanden, ich habe es mit Priorität markiert."),
])
C("genuine", "existing_supplier", "de", "cork supplier sends TCA test results for existing order", [
    ("kork", "2024-08-05 15:20", "Hallo Frau Weisbrod, anbei die Analysenergebnisse der Charge für Ihre Bestellung (Naturkorken 45 mm). Alle Werte unter der Nachweisgrenze. Lieferung wie vereinbart KW 33."),
])
C("genuine", "existing_supplier", "de", "existing label printer sends proof for new label (label printer, but existing order)", [
    ("etik", "2024-06-18 13:00", "Hallo Katharina, der Andruck für das neue Gutsriesling-Etikett ist fertig. Das Gold ist diesmal etwas wärmer, wie besprochen. Magst du vorbeikommen und freigeben, oder soll ich ein Foto schicken?"),
    ("me", "2024-06-18 13:25", "Ich komme morgen früh vorbei, Ralf. Danke!"),
])
C("genuine", "association", "de", "wine growers' association invites to general assembly", [
    ("verband", "2024-01-17 10:00", "Liebe Frau Weisbrod, herzliche Einladung zur Mitgliederversammlung am 7. März in Neustadt. Auf der Tagesordnung stehen u. a. die neuen Herkunftsprofile. Wir würden uns freuen, wenn Sie als Vertreterin der Mittelhaardt kurz berichten könnten."),
    ("me", "2024-01-17 11:20", "Liebe Frau Dr. Kessler, vielen Dank, ich bin gerne dabei und übernehme den kurzen Bericht."),
])
C("genuine", "real_award", "de", "chamber informs about gold medal in official competition (award hard case, no fee)", [
    ("kammer", "2024-06-04 14:30", "Sehr geehrte Frau Weisbrod, wir freuen uns, Ihnen mitzuteilen, dass Ihr 2023er Weißburgunder trocken bei der Landesweinprämierung mit einer Goldmedaille ausgezeichnet wurde. Die Urkunde geht Ihnen postalisch zu; die Verleihung findet am 28. Juni in Bad Kreuznach statt."),
])
C("genuine", "journalist", "de", "wine journalist asks for interview on climate change", [
    ("journo", "2024-09-02 09:15", "Hallo Frau Weisbrod, ich schreibe für die Weinzeit eine Geschichte über die immer frühere Lese in der Pfalz. Hätten Sie nächste Woche 20 Minuten für ein Telefonat? Mich interessiert besonders, wie Sie mit den Säurewerten umgehen."),
    ("me", "2024-09-02 10:40", "Hallo Frau Vogt, gerne – aber erst nach dem 10., wir lesen gerade den Sekt-Grundwein. Mittwoch, 11.9., 17 Uhr?"),
    ("journo", "2024-09-02 10:44", "Mittwoch 17 Uhr passt, danke!"),
])
C("genuine", "applicant", "de", "Geisenheim student applies for harvest internship (hiring hard case)", [
    ("praktikum", "2024-05-27 21:05", "Hallo Frau Weisbrod, ich studiere im 4. Semester Weinbau und Oenologie in Geisenheim und suche für die Lese 2024 ein Praktikum im Keller. Ich habe gesehen, dass Sie auf LinkedIn nach Unterstützung gesucht haben. Darf ich Ihnen meinen Lebenslauf schicken?"),
    ("me", "2024-05-28 07:30", "Hallo Jonas, ja, sehr gerne! Schick ihn mir per Mail, dann telefonieren wir nächste Woche. Du solltest von Ende August bis Mitte Oktober Zeit haben."),
    ("praktikum", "2024-05-28 07:58", "Passt genau, ist unterwegs!"),
])
C("genuine", "applicant", "de", "applicant for weekend job in the wine shop", [
    ("vinothek", "2024-03-19 19:40", "Hallo, ist die Stelle als Aushilfe in der Vinothek (Wochenende) noch frei? Ich habe drei Jahre im Weinverkauf in Bad Dürkheim gearbeitet. Viele Grüße Melanie Schreiner"),
    ("me", "2024-03-20 08:50", "Hallo Frau Schreiner, ja, noch frei. Kommen Sie doch Samstag um 10 Uhr vorbei, dann zeige ich Ihnen alles."),
])
C("genuine", "tasting_booking", "de", "hiking club books tasting for 25 people, asks price", [
    ("wander", "2024-08-12 16:00", "Guten Tag Frau Weisbrod, wir sind eine Wandergruppe aus Speyer (ca. 25 Personen) und würden am 5. Oktober nach unserer Tour gerne bei Ihnen eine Weinprobe machen, so gegen 16 Uhr. Was würde das pro Person kosten, und gibt es eine Kleinigkeit zu essen dazu?"),
    ("me", "2024-08-12 18:30", "Guten Tag Herr Lichtenthäler, sehr gerne. Probe mit 6 Weinen und Pfälzer Vesperplatte 29 € pro Person. Ich trage Sie für den 5.10. um 16 Uhr ein."),
    ("wander", "2024-08-12 18:45", "Prima, dann machen wir das fest. Vielen Dank!"),
])
C("genuine", "private_order", "de", "wedding couple asks for 120 bottles (customer lead)", [
    ("hochzeit", "2024-04-25 20:20", "Hallo Katharina, wir heiraten im August und haben uns bei eurem Hoffest in euren Rosé verliebt 😍 Wir bräuchten ca. 120 Flaschen Rosé und 60 Flaschen Riesling. Macht ihr da einen Mengenpreis? Und könntet ihr nach Karlsruhe liefern?"),
    ("me", "2024-04-25 21:05", "Hallo Svenja, herzlichen Glückwunsch! Ab 120 Flaschen gibt's 10 % und die Lieferung nach Karlsruhe ist kostenlos. Kommt doch vorher zum Probieren vorbei, dann stimmen wir alles ab."),
])
C("genuine", "thanks", "de", "guest thanks after tasting (near-duplicate 1)", [
    ("gast1", "2024-05-12 21:10", "Liebe Frau Weisbrod, vielen Dank für die tolle Weinprobe gestern! Es war ein wunderbarer Abend."),
])
C("genuine", "thanks", "de", "guest thanks after tasting (near-duplicate 2)", [
    ("gast2", "2024-05-12 22:02", "Vielen Dank für die tolle Weinprobe gestern, es war ein wunderbarer Abend! Der Muskateller war unser Favorit."),
])
C("genuine", "thanks", "de", "guest thanks after tasting (near-duplicate 3) and asks to order", [
    ("gast3", "2024-05-13 08:15", "Liebe Katharina, danke nochmal für den schönen Abend gestern! Kann ich von dem Muskateller 12 Flaschen bestellen? Abholung am Samstag wäre super."),
    ("me", "2024-05-13 09:00", "Liebe Petra, sehr gerne, steht ab Freitag für dich bereit!"),
])
C("genuine", "colleague", "de", "neighbour winemaker asks to share bottling truck date (du)", [
    ("kollege", "2024-08-14 19:30", "Servus Kathi, der Schwalb kommt am 22. zu euch, oder? Hätte er danach noch Luft für meine 3000 Flaschen? Sonst muss ich bis September warten."),
    ("me", "2024-08-14 20:10", "Ja, der 22. Wir sind mittags fertig, frag ihn direkt, ich hab nichts dagegen 👍"),
])
C("genuine", "existing_supplier", "de", "owner starts: confirms bottling date with mobile bottler", [
    ("me", "2024-07-30 08:20", "Hallo Dieter, bleibt es beim 22.08. für die Füllung? Die Flaschen kommen am 16., Korken KW 33."),
    ("abfuell", "2024-07-30 12:45", "Hallo Katharina, ja, 22.08. ab 7 Uhr. Bitte Strom und Wasser am Hof bereithalten wie immer."),
])
C("genuine", "event_invitation", "de", "Pfalzwein invites to join wine hiking event", [
    ("pfalzwein", "2024-02-27 11:00", "Hallo Katharina, für die Forster Weinwanderung im Juni suchen wir noch Weingüter für die Stationen am Ungeheuer. Hättet ihr Lust, wieder einen Stand zu machen? Standgebühr entfällt dieses Jahr für Mitglieder."),
    ("me", "2024-02-27 12:15", "Auf jeden Fall, wir sind dabei!"),
])
C("genuine", "friend", "de", "old friend checks in", [
    ("friend", "2024-10-06 20:45", "Na, ist die Lese durch? Ich hoffe ihr seid nicht zu kaputt. Wir kommen am 19. vorbei, Federweißer-Pflicht!"),
    ("me", "2024-10-06 21:30", "Fast durch! Noch zwei Tage Spätburgunder. Federweißer ist reserviert 🍇"),
])
C("genuine", "intro", "de", "friend introduces Berlin wine-bar owner", [
    ("friend", "2024-11-04 09:00", "Kathi, darf ich dir Tobias vorstellen? Er macht gerade eine Naturwein-Bar in Neukölln auf und sucht Pfälzer Weine. Ich hab ihm von eurem maischevergorenen Weißburgunder erzählt."),
    ("berlin", "2024-11-04 10:12", "Hallo Katharina, danke Nele! Ich würde gerne mal 6 Flaschen zum Testen bestellen, wenn das geht. Eröffnung ist im Januar."),
    ("me", "2024-11-04 11:00", "Hallo Tobias, klar! Ich schick dir ein Probierpaket und die Gastropreisliste."),
], title="Nele, Tobias, Katharina")
C("genuine", "advisor", "de", "own tax advisor asks for documents", [
    ("stb", "2024-03-11 08:30", "Liebe Frau Weisbrod, für den Jahresabschluss fehlen mir noch die Kellerbuch-Bestände zum 31.08. und die Rechnung der neuen Kelter. Können Sie mir die bis Ende des Monats schicken?"),
    ("me", "2024-03-11 09:45", "Mache ich bis Freitag, Frau Frey."),
])
C("genuine", "restaurant_order", "de", "Swiss restaurant order landed in SPAM", [
    ("ch", "2024-09-18 14:10", "Grüezi Frau Weisbrod, wir waren im Sommer bei Ihnen und möchten für unser Gasthaus 18 Kartons Riesling und 6 Kartons Spätburgunder bestellen. Können Sie die Ausfuhrpapiere für die Schweiz erledigen? Freundliche Grüsse, Reto Baumgartner"),
], folder="SPAM")
C("genuine", "family", "de", "cousin about harvest plan", [
    ("cousin", "2024-09-05 06:30", "Moin, kann ich den Schlepper am Montag haben? Ich muss die Zuckerrüben-Fläche noch grubbern."),
    ("me", "2024-09-05 06:50", "Montag ja, ab Mittwoch brauchen wir ihn für die Lese."),
])
C("genuine", "hotel_lead", "de", "hotel wants to list wines, asks price and delivery", [
    ("hotel", "2024-02-05 15:40", "Liebe Frau Weisbrod, wir möchten für unser Hotelrestaurant ab April einen Hauswein aus Forst anbieten, Riesling trocken im Literflasche oder 0,75. Wir rechnen mit ca. 150 Flaschen pro Monat. Können wir uns kurz zusammensetzen und über Konditionen sprechen?"),
    ("me", "2024-02-05 16:30", "Liebe Frau Lerch, sehr gerne. Wie wäre Donnerstag, 15 Uhr, bei uns im Weingut? Ich bringe beide Varianten zum Probieren mit."),
    ("hotel", "2024-02-05 16:45", "Donnerstag 15 Uhr passt. Bis dann!"),
])
C("genuine", "customer_complaint", "de", "customer reports corked bottle", [
    ("kunde", "2024-12-28 18:30", "Guten Abend, ich habe zu Weihnachten Ihren Spätburgunder Reserve 2019 aufgemacht und er hatte leider Kork. Sehr schade, es war ein Geschenk meiner Tochter. Kann man da etwas machen?"),
    ("me", "2024-12-29 10:00", "Guten Tag Herr Pohl, das tut mir sehr leid! Selbstverständlich ersetzen wir die Flasche. Schicken Sie mir bitte Ihre Adresse, ich lege Ihnen eine neue mit einem kleinen Gruß bei."),
    ("kunde", "2024-12-29 11:20", "Das ist sehr nett, vielen Dank! Adresse schicke ich gleich."),
])
C("genuine", "event_invitation", "de", "wine school asks her to host students", [
    ("akademie", "2024-01-30 10:15", "Hallo Frau Weisbrod, unser Sommelier-Kurs macht im Mai eine Exkursion in die Mittelhaardt. Dürften wir mit 18 Teilnehmenden zu Ihnen kommen (Kellerführung + Probe)? Wir zahlen selbstverständlich den üblichen Probenpreis."),
])
C("genuine", "research_collaboration", "de", "university asks for PIWI trial plot", [
    ("geisenheim", "2024-11-19 13:00", "Sehr geehrte Frau Weisbrod, wir suchen für ein Forschungsprojekt zu pilzwiderstandsfähigen Rebsorten Betriebe in der Pfalz, die eine Versuchsparzelle von ca. 0,2 ha zur Verfügung stellen. Die Pflanzreben und die Auswertung übernehmen wir. Hätten Sie grundsätzlich Interesse?"),
    ("me", "2024-11-19 17:40", "Sehr geehrter Herr Prof. Eich, grundsätzlich ja, wir haben eine passende Parzelle im Musenhang. Lassen Sie uns telefonieren."),
])
C("genuine", "thanks", "mixed", "former intern from Austria thanks (German with English bits)", [
    ("intern", "2024-11-02 12:00", "Liebe Kathi, danke nochmal für die Lese bei euch – best harvest ever! Ich hab so viel gelernt, vor allem beim Spätburgunder. Hope to see you at ProWein! Lea"),
])
C("genuine", "existing_customer", "en", "UK importer about shipping documents for existing order", [
    ("uk", "2024-10-22 10:30", "Hi Katharina, the pallet for PO 2291 arrived in Bristol but customs are asking for the VI-1 document. Could you send a copy? Otherwise all well - the Kabinett is flying off the shelves."),
    ("me", "2024-10-22 11:15", "Hi Oliver, so sorry - sending it right now by email. Great to hear about the Kabinett!"),
])
C("genuine", "existing_supplier", "de", "haulier confirms pallet pickup", [
    ("spedition", "2024-02-15 07:40", "Morgen Frau Weisbrod, Abholung der 4 Paletten nach Hamburg morgen zwischen 8 und 10 Uhr. Bitte Lieferscheine bereitlegen."),
])
C("genuine", "family", "de", "son reports from trade fair", [
    ("sohn", "2024-03-11 18:20", "Mama, Stand läuft super. Zwei Händler aus NRW wollen Muster, einer aus Belgien. Schick ich dir heute Abend alles."),
    ("me", "2024-03-11 18:35", "Toll! Stolz auf dich ❤️"),
])
C("genuine", "congrats", "de", "colleague congratulates on gold medal", [
    ("kollege", "2024-06-05 12:10", "Glückwunsch zum Gold für den Weißburgunder! Hoch verdient 🥂"),
])

# ================================================================== wanted pitches
C("wanted_pitch", "export_agent", "en", "Scandinavian export agent, tailored to her Riesling and monopoly tenders", [
    ("w_export", "2024-04-15 09:00", "Dear Katharina, I represent eight family wineries in the Nordic monopolies. Systembolaget has a tender in October for a 'dry German Riesling from a single vineyard, under 180 SEK' - your Forster Ungeheuer Riesling fits the brief almost word for word. I handle the tender paperwork and logistics on commission only. Would you like me to send you the specification?"),
    ("me", "2024-04-15 12:20", "That sounds interesting. Yes please send the specification - what is your commission?"),
    ("w_export", "2024-04-15 12:45", "8% on delivered sales, nothing if we don't win. Specification attached to my email."),
])
C("wanted_pitch", "label_design", "de", "label designer tailored to her new PIWI line", [
    ("w_label", "2024-10-28 10:30", "Liebe Frau Weisbrod, ich habe in Ihrem Beitrag gelesen, dass Sie nächstes Jahr den ersten Wein aus Ihrer PIWI-Parzelle füllen und noch keinen Namen haben. Ich gestalte seit zehn Jahren Etiketten für Pfälzer Weingüter (u. a. für das Weingut Hahn in Ruppertsberg) und habe ein paar Skizzen gemacht, die an Ihre bestehende Linie mit dem goldenen Wappen anknüpfen. Darf ich sie Ihnen unverbindlich schicken?"),
    ("me", "2024-10-28 13:00", "Gern, schicken Sie mal!"),
])
C("wanted_pitch", "cooperage", "de", "cooper tailored to her Spätburgunder barrique programme", [
    ("w_fass", "2024-06-25 16:00", "Grüß Gott Frau Weisbrod, Markus Hahn hat mir erzählt, dass Sie für den Spätburgunder Reserve nach Barriques aus Pfälzerwald-Eiche suchen statt französischer. Wir fertigen genau das, 228 Liter, mittlere Toastung, Holz drei Jahre luftgetrocknet. Ich könnte Ihnen im Herbst ein Probefass zum Vergleich stellen."),
])
C("wanted_pitch", "tourism_partner", "de", "cycling tour operator wants her winery as a paid stop", [
    ("w_rad", "2024-03-04 11:45", "Hallo Katharina, wir organisieren geführte Radtouren auf dem Deutschen Weinradweg, meist 12-16 Gäste aus den Niederlanden und Belgien. Für die Etappe Deidesheim–Bad Dürkheim suchen wir ein Weingut in Forst für eine kurze Probe (ca. 45 Minuten) an 14 Terminen zwischen Mai und September. Wir zahlen 18 € pro Gast. Hättest du Interesse?"),
    ("me", "2024-03-04 14:30", "Klingt gut! Schick mir bitte die Termine, dann schaue ich, was mit der Vinothek passt."),
])
C("wanted_pitch", "vineyard_service", "de", "drone spraying tailored to her steep plots", [
    ("w_drohne", "2024-05-06 08:30", "Guten Tag Frau Weisbrod, Ihre Steillagen im Forster Musenhang sind mit dem Schlepper nur schwer zu fahren – wir haben dort schon für zwei Nachbarbetriebe den Pflanzenschutz per Drohne übernommen (zugelassen, mit Genehmigung der Kreisverwaltung). Ich würde Ihnen gerne die Kosten pro Hektar im Vergleich zu Ihrem bisherigen Aufwand vorrechnen."),
])
C("wanted_pitch", "contract_production", "de", "sparkling contract producer tailored to her Sekt plans", [
    ("w_sekt", "2024-09-10 10:00", "Hallo Katharina, du hast beim Verband erzählt, dass ihr aus dem Weißburgunder erstmals einen Sekt machen wollt. Wir versekten im Lohn ab 1000 Flaschen, traditionelle Flaschengärung, 18 Monate Hefelager. Falls du magst, probieren wir zusammen den Grundwein, bevor ihr euch festlegt."),
    ("me", "2024-09-10 10:40", "Sehr gerne, Karl-Heinz! Nach der Lese, Anfang November?"),
])
C("wanted_pitch", "software", "de", "winery shop software pointing out a concrete gap in her webshop", [
    ("w_shop", "2024-07-08 14:00", "Hallo Frau Weisbrod, mir ist aufgefallen, dass Ihr Webshop keine Altersverifikation beim Kauf hat und die Bestände offenbar manuell gepflegt werden (der 2022er Kabinett ist als verfügbar gelistet, in Hamburg aber schon ausverkauft 😉). Unsere Software verbindet Kellerbuch, Vinothek-Kasse und Shop. Viele Pfälzer Betriebe nutzen sie. Wäre eine Demo mit Ihren echten Artikeln interessant?"),
])
C("wanted_pitch", "consulting", "de", "organic conversion consultant referencing her post", [
    ("w_eco", "2024-12-03 09:20", "Liebe Frau Weisbrod, Sie haben geschrieben, dass Sie über die Umstellung auf Ökoweinbau nachdenken, aber die Bürokratie scheuen. Ich begleite Betriebe durch die Umstellungszeit inkl. Förderanträge (EULLa) – die Förderung deckt in der Pfalz oft einen Großteil meiner Kosten. Wenn Sie möchten, schaue ich mir Ihre Flächen einmal unverbindlich an."),
])
C("wanted_pitch", "subscription_box", "de", "wine subscription curator wants to feature her Muskateller", [
    ("w_abo", "2024-06-12 11:00", "Hallo Frau Weisbrod, wir kuratieren jeden Monat eine Weinkiste für ca. 4000 Abonnenten. Für die August-Kiste 'Pfalz im Sommer' hätten wir gerne Ihren Muskateller trocken – 4000 Flaschen, Abnahme fest, Preis nach Ihrer Händlerliste minus 10 %. Wäre das machbar?"),
    ("me", "2024-06-12 15:10", "4000 Flaschen sind viel, 2500 könnte ich liefern. Passt das?"),
    ("w_abo", "2024-06-12 15:30", "2500 passen, wir ergänzen mit einem zweiten Wein. Ich schicke den Vertrag."),
])
C("wanted_pitch", "import", "en", "US importer tailored", [
    ("w_import_us", "2024-08-20 16:00", "Hi Katharina, I run a small import portfolio in Oregon focused on family-owned growers. We have strong Pinot Noir customers who are curious about German Spätburgunder, and your 2020 Reserve got a great mention in a Pinot-focused newsletter here. Would you consider sending samples? We'd handle label approval and the importer-of-record work."),
])
C("wanted_pitch", "photography", "de", "food photographer tailored to her Hoffest and new website", [
    ("w_foto", "2024-04-08 19:15", "Hallo Katharina, ich war letztes Jahr auf eurem Hoffest und fand es wunderschön. Auf eurer Website sind die Bilder aus dem Keller aber noch von ca. 2015 😄 Ich fotografiere für Weingüter in der Pfalz und würde euch anbieten, am Hoffest im Mai Reportage- und Flaschenbilder zu machen. Paketpreis 650 €. Interesse?"),
])

# ================================================================== junk: template family (4 senders)
C("junk", "template_family", "de", "influencer agency template, sender 1", [
    ("inf1", "2024-02-20 10:00", "Hallo Katharina, wir bringen Weingüter mit unserem Netzwerk aus über 300 Genuss-Influencern auf Instagram und TikTok groß raus. Unsere Kunden steigern ihre Online-Verkäufe im Schnitt um 45 %. Hast du nächste Woche 15 Minuten Zeit für ein kurzes Kennenlernen?"),
])
C("junk", "template_family", "de", "influencer agency template, sender 2 same agency", [
    ("inf2", "2024-03-05 09:30", "Hi Katharina, wir machen Weingüter mit unserem Netzwerk von über 300 Food- und Genuss-Influencern auf Instagram & TikTok sichtbar. Im Schnitt steigern unsere Kunden ihre Online-Umsätze um 45 %. Hättest du nächste Woche 15 Minuten für ein kurzes Kennenlernen?"),
    ("inf2", "2024-03-12 09:30", "Hi Katharina, kurze Erinnerung an meine Nachricht 😊"),
])
C("junk", "template_family", "de", "influencer template, sender 3 other agency", [
    ("inf3", "2024-04-09 11:15", "Hallo Frau Weisbrod, wir bringen Weingüter mit einem Netzwerk aus über 300 Genuss-Influencern auf Instagram und TikTok nach vorne. Unsere Kunden steigern ihre Online-Verkäufe durchschnittlich um 45 %. Haben Sie nächste Woche 15 Minuten für ein kurzes Kennenlernen?"),
])
C("junk", "template_family", "de", "influencer template, sender 4 with leftover spintax", [
    ("inf4", "2024-05-14 08:50", "Hallo Katharina, wir bringen {Weingüter|Winzer|Weinbaubetriebe} mit unserem Netzwerk aus über 300 Genuss-Influencern auf Instagram und TikTok groß raus. Hast du nächste Woche 15 Minuten?"),
])

# ------------------------------------------------------------------ merge-tag failures
C("junk", "merge_tag_failure", "de", "label printer with {Vorname}", [
    ("mt1", "2024-01-23 09:00", "Hallo {Vorname}, Ihre Etiketten verdienen mehr Aufmerksamkeit! Wir drucken Weinetiketten ab 500 Stück mit Heißfolie und Prägung – 20 % Neukundenrabatt bis Monatsende."),
])
C("junk", "merge_tag_failure", "de", "travel portal with [Firmenname]", [
    ("mt2", "2024-05-02 14:30", "Sehr geehrte Damen und Herren von [Firmenname], präsentieren Sie Ihr Haus über 2 Millionen Reisenden auf unserem Portal! Premium-Eintrag nur 49 € im Monat, erster Monat kostenlos."),
])
C("junk", "merge_tag_failure", "de", "digital agency with wrong name and wrong winery", [
    ("mt3", "2024-08-27 10:10", "Liebe Frau Müller, ich habe mir die Website vom Weingut Sonnenhof angesehen und sehe großes Potenzial. Wir erstellen moderne Websites für Weingüter ab 2.990 €. Darf ich Sie anrufen?"),
])
C("junk", "merge_tag_failure", "en", "bottle importer with {{company}} token", [
    ("mt4", "2024-09-24 05:20", "Dear Katharina, we supply high-quality wine bottles for {{company}} at factory prices, 30% cheaper than European suppliers. MOQ 1 container. Can I send catalog?"),
])

# ------------------------------------------------------------------ sponsored
C("junk", "sponsored_inmail", "de", "sponsored tractor leasing", [
    ("sp1", "2024-03-01 12:00", "<p>Hallo Katharina,</p><p>neuer Schmalspurschlepper ohne Eigenkapital? Mit LeasePro Agrar ab 399 &euro; im Monat.</p><p>Jetzt Angebot anfordern.</p>"),
], title="Sponsored Conversation", subject="Ihr neuer Schlepper ab 399 €")
C("junk", "sponsored_inmail", "de", "sponsored bookkeeping software", [
    ("sp2", "2024-06-03 12:00", "<p>Hallo Katharina,</p><p>Buchhaltung in 10 Minuten pro Woche – mit Buchhaltung Plus. 30 Tage kostenlos testen.</p>"),
], title="Sponsored Conversation", subject="Nie wieder Belegchaos")
C("junk", "sponsored_inmail", "en", "sponsored online MBA", [
    ("sp3", "2024-10-14 12:00", "<p>Hi Katharina,</p><p>Take your leadership to the next level with a 100% online MBA. Scholarships available for 2025.</p>"),
], title="Sponsored Conversation", subject="Scholarships for 2025")

# ------------------------------------------------------------------ connect-then-pitch
C("junk", "connect_then_pitch", "de", "financial adviser: small talk then insurance pitch", [
    ("ctp1", "2024-03-06 08:30", "Hallo Katharina, danke fürs Vernetzen! Schöne Gegend, in der du lebst – ich bin oft zum Wandern in der Pfalz."),
    ("me", "2024-03-06 12:00", "Danke, ja, es ist schön hier 🙂"),
    ("ctp1", "2024-03-08 09:15", "Sag mal, wie bist du eigentlich als Unternehmerin für den Ruhestand abgesichert? Ich habe da ein spannendes Konzept für Selbstständige, das Steuern spart. Hättest du Lust auf ein 20-minütiges Gespräch?"),
])
C("junk", "connect_then_pitch", "de", "business coach: compliment then programme pitch", [
    ("ctp2", "2024-07-15 07:00", "Liebe Katharina, wie schön, dass wir jetzt vernetzt sind! Ich liebe es, starke Frauen in traditionellen Branchen zu sehen 💪"),
    ("ctp2", "2024-07-17 07:00", "Ich begleite Unternehmerinnen dabei, endlich die 6-stellige Umsatzgrenze zu knacken – ohne 60-Stunden-Wochen. Meine Masterclass startet am 1. August, es gibt noch 4 Plätze. Darf ich dir mehr dazu erzählen?"),
])
C("junk", "connect_then_pitch", "en", "offshore dev: greeting then pitch", [
    ("ctp3", "2024-10-02 09:00", "Hi Katharina, thank you for connecting. Hope you are having a great day!"),
    ("ctp3", "2024-10-04 09:00", "We are a leading IT company offering website development, mobile apps and ERP at very affordable cost. Are you planning any digital project? Let's connect over a quick call."),
])

# ------------------------------------------------------------------ bumps and assorted
C("junk", "follow_up_bump", "de", "generic label printer with bumps", [
    ("bump1", "2024-02-06 10:00", "Hallo Frau Weisbrod, darf ich Ihnen unverbindlich ein Angebot für Ihre Weinetiketten machen? Wir sind garantiert günstiger als Ihr aktueller Anbieter."),
    ("bump1", "2024-02-13 10:00", "Hallo Frau Weisbrod, ich wollte nochmal nachhaken – hatten Sie Gelegenheit, meine Nachricht zu lesen?"),
    ("bump1", "2024-02-27 10:00", "Letzter Versuch 🙂 Sollen wir mal telefonieren?"),
])
C("junk", "follow_up_bump", "de", "tourism network bump", [
    ("bump2", "2024-07-01 13:00", "Guten Tag, möchten Sie mehr Übernachtungsgäste? Werden Sie Teil unseres Touristik-Partnernetzes!"),
    ("bump2", "2024-07-15 13:00", "Guten Tag, ich melde mich nochmal zu meiner Anfrage. Wann passt ein kurzes Telefonat?"),
])
C("junk", "recruiting_spam", "de", "financial sales recruiting", [
    ("rec", "2024-09-09 19:00", "Hallo Katharina, dein Profil hat mich beeindruckt! Wir suchen Persönlichkeiten, die als selbstständige Vermögensberater durchstarten wollen – nebenberuflich möglich, Top-Verdienst. Hast du Lust auf einen unverbindlichen Austausch?"),
])
C("junk", "crypto", "de", "crypto mentor", [
    ("crypto", "2024-11-11 22:30", "Hallo Katharina, ich helfe Unternehmern, ihr Vermögen mit einer bewährten Krypto-Strategie zu vermehren. Meine Schüler erzielen 8-12 % im Monat. Darf ich dir zeigen, wie das funktioniert?"),
])
C("junk", "paid_award", "de", "paid 'Genusspreis' seal", [
    ("award", "2024-04-22 10:00", "Sehr geehrte Frau Weisbrod, herzlichen Glückwunsch! Ihr Weingut wurde von unserer Jury als 'Top-Weingut 2024' ausgewählt. Für die Nutzung des Siegels auf Etiketten und Website fällt eine einmalige Lizenzgebühr von 890 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag."),
])
C("junk", "paid_feature", "de", "advertorial in regional magazine", [
    ("advert", "2024-08-19 11:30", "Liebe Frau Weisbrod, in unserer Herbstausgabe 'Genuss & Region' stellen wir ausgewählte Weingüter vor. Eine redaktionelle Doppelseite inkl. Fotos bieten wir Ihnen zum Vorzugspreis von 1.450 € an. Sollen wir Sie einplanen?"),
])
C("junk", "capacity_pitch", "de", "lead-gen asks if she has capacity for new gastro clients", [
    ("cap", "2024-06-24 09:40", "Hallo Katharina, kurze Frage: Habt ihr aktuell Kapazitäten für neue Gastro-Kunden? Wir vermitteln Weingütern planbar 5-10 neue Restaurants pro Monat – Bezahlung nur pro Termin."),
])
C("junk", "networking_pitch", "de", "like-minded entrepreneurs", [
    ("netz", "2024-05-29 21:15", "Hallo Katharina, ich vernetze mich gerne mit gleichgesinnten Unternehmern, die mehr wollen. In meinem exklusiven Unternehmerkreis tauschen wir uns über Wachstum, Mindset und Investments aus. Lass uns doch mal auf einen Call springen und schauen, wie wir uns gegenseitig Mehrwert bieten können!"),
])
C("junk", "quick_call", "de", "energy consultant wants 15 minutes", [
    ("call", "2024-10-08 10:20", "Hallo Frau Weisbrod, hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat? Ich zeige Ihnen, wie Sie Ihre Stromkosten um bis zu 30 % senken."),
])
C("junk", "fluent_generic_naming_company", "de", "brand consultancy flattering Weingut Weisbrod", [
    ("fluent", "2024-01-09 09:00", "Sehr geehrte Frau Weisbrod, das Weingut Weisbrod hat eine beeindruckende Geschichte – und enormes ungenutztes Potenzial. Wir unterstützen ambitionierte Familienunternehmen dabei, ihre Marke neu zu positionieren und den Umsatz nachhaltig zu steigern. Ich würde mich freuen, Ihnen in einem kurzen Gespräch unsere Methode vorzustellen. Passt Ihnen Donnerstag oder Freitag?"),
])
C("junk", "offshore_dev", "en", "offshore dev naming the winery", [
    ("offshore", "2024-12-10 06:10", "Dear Katharina, We have helped businesses like Weingut Weisbrod with custom software, e-commerce and mobile apps. Our 300+ engineers deliver at 60% lower cost. Shall we schedule a call to discuss your requirements?"),
])
C("junk", "cold_supplier_pitch", "en", "overseas bottle manufacturer generic", [
    ("bottle", "2024-07-16 03:40", "Hello dear, We are professional glass bottle manufacturer with 20 years experience. Wine bottle, beer bottle, spirit bottle, all sizes. Free sample! Please tell me your requirement."),
])
C("junk", "tourism_listing", "de", "paid travel portal listing", [
    ("tour", "2024-03-26 15:00", "Hallo Katharina, Weinreise24 ist das führende Portal für Weinreisen. Mit einem Premium-Profil (ab 79 €/Monat) erscheint dein Weingut ganz oben bei allen Suchen in der Pfalz. Jetzt 3 Monate zum Preis von 2 sichern!"),
])
C("junk", "spam_folder", "en", "advance-fee style spam", [
    ("spam1", "2024-02-29 02:10", "Dear friend, I am contacting you regarding a business proposal of mutual benefit involving a large consignment. Kindly reply with your private email for more details."),
], folder="SPAM")
C("junk", "spam_folder", "en", "bulk wine buyer scam in spam", [
    ("spam2", "2024-08-08 04:00", "Hello, we want to buy 20 containers of your wine urgently. Send proforma invoice with best price and your bank details. Payment by letter of credit."),
], folder="SPAM")
C("junk", "spam_folder", "de", "follower boost spam", [
    ("spam3", "2024-11-25 23:10", "🔥 10.000 echte Follower für dein Weingut in 7 Tagen! Jetzt Paket sichern 👉"),
], folder="SPAM")
C("junk", "generic_saas", "de", "AI chatbot for wineries, generic", [
    ("chatbot", "2024-09-30 08:30", "Hallo Katharina 👋 Wusstest du, dass 70 % der Website-Besucher ohne Kauf wieder gehen? Unser KI-Chatbot beantwortet Kundenfragen rund um die Uhr. Jetzt 14 Tage kostenlos testen!"),
    ("chatbot", "2024-10-07 08:30", "Hi Katharina, hast du meine letzte Nachricht gesehen? 🙂"),
])
C("junk", "connect_then_pitch", "de", "solar salesperson after connecting", [
    ("solar", "2024-04-22 09:30", "Hallo Katharina, danke für die Annahme! Ich sehe, ihr habt große Dachflächen auf der Kelterhalle – perfekt für Photovoltaik! Wir machen euch ein kostenloses Angebot, wann darf ich vorbeikommen?"),
])

C("genuine", "trade_buyer", "mixed", "Belgian wine shop writes in English, owner answers in German/English", [
    ("be", "2024-11-12 10:05", "Hello Katharina, we met at the Riesling fair in Gent. Could I order 30 cases of your Kabinett and 10 of the Weißburgunder for Christmas? Delivery before 10 December would be ideal."),
    ("me", "2024-11-12 11:40", "Hallo Pieter, schön von dir zu hören! Yes, no problem - delivery by 6 December via our haulier. Rechnung kommt per Mail, payment 14 days."),
    ("be", "2024-11-12 11:55", "Perfect, dank je!"),
])
C("genuine", "event_invitation", "de", "festival invites her onto a panel", [
    ("panel", "2024-07-02 14:00", "Liebe Katharina, beim Weinfestival im September machen wir ein Podium 'Frauen im Weinbau'. Wir würden dich sehr gerne dabeihaben, 45 Minuten, Samstagnachmittag. Ein kleines Honorar gibt es auch."),
    ("me", "2024-07-02 18:20", "Da bin ich gerne dabei, danke für die Einladung!"),
])
C("genuine", "restaurant_order", "de", "owner starts: offers new vintage to a wine bar customer", [
    ("me", "2024-04-16 10:00", "Hi Olli, der neue Gutsriesling 2023 ist gefüllt. Willst du wieder 20 Kisten wie letztes Jahr? Preis unverändert."),
    ("olli", "2024-04-16 12:30", "Unbedingt! Und leg 3 Kisten Rosé dazu. Lieferung nächste Woche?"),
    ("me", "2024-04-16 12:45", "Donnerstag. 👍"),
])
C("junk", "mlm", "de", "MLM after connecting", [
    ("mlm", "2024-08-30 20:30", "Hey Katharina 💕 Danke fürs Annehmen! Ich habe mir mit einem Herzensprojekt ein zweites Einkommen von zu Hause aufgebaut und suche noch 2 Frauen, die mitmachen wollen. Darf ich dir ein kurzes Video schicken?"),
])
C("junk", "seo", "en", "SEO pitch", [
    ("seo", "2024-05-20 05:55", "Hi, I checked your site weisbrod-wein.de and found 37 SEO issues. Your competitors are ranking above you. I can fix everything within 7 days. Can I send you the full report?"),
])
C("junk", "recruiting_spam", "de", "IT recruiter for unrelated role", [
    ("rec2", "2024-12-02 11:00", "Hallo Katharina, für einen Kunden in Frankfurt suche ich eine/n SAP-FI/CO-Berater/in (m/w/d), bis 95k. Dein Profil passt super! Wann können wir telefonieren?"),
])
C("junk", "generic_training", "de", "sales trainer generic pitch", [
    ("sales", "2024-01-29 08:00", "Guten Morgen Frau Weisbrod, verkaufen Ihre Mitarbeiter unter ihren Möglichkeiten? Mit unserem 2-Tages-Intensivtraining steigern Teams ihre Abschlussquote nachweislich um 35 %. Nächster Termin: 14./15. März in Mannheim. Soll ich Ihnen zwei Plätze reservieren?"),
])
C("junk", "follow_up_bump", "de", "new bottle trader, bump without reply", [
    ("bump3", "2024-10-15 09:00", "Sehr geehrte Frau Weisbrod, wir bieten Weinflaschen in allen gängigen Formen ab Lager Mannheim zu Top-Preisen. Darf ich Ihnen unsere Preisliste senden?"),
    ("bump3", "2024-10-29 09:00", "Sehr geehrte Frau Weisbrod, ich erlaube mir, an meine Nachricht zu erinnern. Über eine kurze Rückmeldung würde ich mich freuen."),
])

OUT = Path(__file__).resolve().parents[1] / SLUG
ex.write(OUT,
         {"First Name": "Katharina", "Last Name": "Weisbrod",
          "Headline": "Winzerin & Inhaberin Weingut Weisbrod | Riesling aus Forst an der Weinstraße",
          "Summary": "Familienweingut in vierter Generation, 14 ha in der Mittelhaardt. Riesling, Weißburgunder, Spätburgunder. "
                     "Verkauf an Fachhandel, Gastronomie und Privatkunden, Export nach Skandinavien und UK.",
          "Industry": "Wine and Spirits", "Geo Location": "Forst an der Weinstraße, Rheinland-Pfalz, Deutschland"},
         [{"Company Name": "Weingut Weisbrod", "Title": "Inhaberin & Kellermeisterin",
           "Description": "Betriebsleitung, Keller, Vertrieb an Handel und Gastronomie",
           "Location": "Forst an der Weinstraße", "Started On": "Jan 2010", "Finished On": ""},
          {"Company Name": "Weingut am Kaiserstuhl", "Title": "Kellermeisterin", "Description": "",
           "Location": "Ihringen", "Started On": "Aug 2005", "Finished On": "Dec 2009"}],
         ["Weinbau", "Oenologie", "Riesling", "Weinvertrieb", "Export", "Weintourismus"])
print(ex.summary())

"""dev17 persona (written blind as heldout23, session 4): Persona de-hair-salon-owner-augsburg (heldout23, written blind to the code, session 4).

Verena Hörmann, Friseurmeisterin, owns "Haarwerk Hörmann" with two salons in Augsburg
(Pfersee and Göggingen, 11 employees). 2026 export layout, mostly German with some English.
All message texts are written by hand here; running this script regenerates the persona folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-hair-salon-owner-augsburg"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Verena Hörmann", "https://www.linkedin.com/in/verena-hoermann-haarwerk",
               "Haarwerk Hörmann", "Friseurmeisterin & Inhaberin")
ex = Export(SLUG, "2026", owner)
p = ex.person
c = ex.conv

# ---------------------------------------------------------------- people
p("braut", "Lena Kastner", "", "Bankkauffrau", connected="2025-01-08")
p("rep", "Sabine Wiedemann", "Kerasol Professional", "Außendienst Bayerisch-Schwaben", connected="2017-04-12")
p("salonio", "Jonas Brandl", "Salonio Terminsoftware", "Customer Success", connected="2023-02-01")
p("innung", "Georg Mayr", "Friseur-Innung Augsburg", "Obermeister", connected="2014-06-30")
p("azubiapp", "Mia Schuster", "", "Schülerin, Mittelschule Pfersee")
p("azubi", "Selina Huber", "Haarwerk Hörmann", "Auszubildende Friseurin", connected="2024-09-02")
p("recr", "Tobias Lechner", "Handwerk Personal Schwaben", "Personalberater", connected="2025-02-20")
p("kosmetik", "Aylin Demir", "Beauty Lounge Aylin", "Kosmetikerin & Make-up Artist", connected="2022-05-19")
p("seniorenheim", "Markus Reiter", "Seniorenstift am Wittelsbacher Park", "Einrichtungsleitung")
p("thx1", "Jana Berger", "Salon Jana", "Friseurmeisterin", connected="2025-10-13")
p("thx2", "Kevin Albrecht", "Haarschneiderei Albrecht", "Inhaber", connected="2025-10-13")
p("thx3", "Franziska Ott", "Coiffeur Ott", "Friseurin", connected="2025-10-14")
p("peerm", "Stefanie Kaiser", "Kaiser Hair München", "Inhaberin", connected="2019-03-03")
p("presse", "Daniel Rothenberger", "Augsburger Stadtkurier", "Redakteur Lokales", connected="2025-03-10")
p("spamclient", "Gertrud Fischer", "", "Rentnerin")
p("friend", "Katrin Dietrich", "Salon Katrin, Friedberg", "Friseurmeisterin", connected="2011-07-15")
p("filiale", "Nicole Wagner", "Haarwerk Hörmann", "Filialleitung Göggingen", connected="2018-01-10")
p("stb", "Claudia Heinle", "Steuerkanzlei Heinle", "Steuerberaterin", connected="2016-02-02")
p("akademie", "Bernd Vogt", "Akademie für Haarkunst Ulm", "Leitung Seminare", connected="2020-09-09")
p("lehrmeisterin", "Hildegard Seitz", "", "Friseurmeisterin im Ruhestand", connected="2013-05-05")
p("kollegin", "Melanie Sturm", "Haarstudio Sturm", "Inhaberin", connected="2021-11-11")
p("happy", "Carina Lutz", "", "Grafikdesignerin", connected="2024-06-20")
p("allergie", "Petra Baumann", "", "Verwaltungsangestellte")
p("bs", "Thomas Engel", "Berufsschule Augsburg", "Fachlehrer Friseure", connected="2023-10-01")
p("expat", "Rachel Morgan", "", "Program Manager", connected="2025-04-02")
p("educator", "Elena Rossi", "Kerasol International", "International Education Manager", connected="2019-11-20")
p("hwk", "Andrea Schmid", "Handwerkskammer für Schwaben", "Ausbildungsberaterin", connected="2015-09-15")
p("planner", "Julia Neumeier", "Ja-Wort Hochzeitsplanung", "Hochzeitsplanerin", connected="2025-05-05")
p("foto", "Simon Pfister", "Pfister Fotografie", "Fotograf", connected="2024-02-12")
p("gesellin", "Anna Keller", "", "Friseurin")
p("sturmkollege", "Ralf Hofer", "Hofer Friseure", "Inhaber", connected="2020-01-20")
p("hv", "Werner Gruber", "Gruber Hausverwaltung", "Hausverwalter", connected="2019-08-08")
p("exazubi", "Lisa Brenner", "Brenner Haare", "Friseurmeisterin", connected="2016-08-01")

# wanted pitches
p("w_azubi", "Felix Hartmann", "Azubiwerk Social Recruiting", "Gründer")
p("w_energie", "Martin Streicher", "Streicher Haustechnik", "Meister SHK")
p("w_web", "Laura Seiler", "", "Webdesignerin, Augsburg")
p("w_waesche", "Dieter Haas", "Textilpflege Haas", "Inhaber")
p("w_recycling", "Sophie Grünwald", "Haarkreis Recycling", "Partnerbetreuung Süd")
p("w_barber", "Murat Yilmaz", "Barber Academy Bayern", "Trainer & Gründer")
p("w_kasse", "Christian Roth", "Kassenprofi Schwaben", "Berater Kassensysteme")
p("w_recr", "Sandra Beck", "Beauty Jobs Süd", "Recruiterin Friseurhandwerk")
p("w_farbe", "Theresa Lang", "Pflanzenglanz Naturhaarfarben", "Außendienst Süddeutschland")
p("w_ext", "Olivia Hughes", "SilkLine Extensions", "Education Lead DACH")
p("w_lohn", "Anja Kreuzer", "Lohnbüro Kreuzer", "Lohnbuchhalterin")
p("w_content", "Paul Eberle", "", "Fotograf & Content Creator")

# junk
p("j_recruit", "Marcel Brückner", "JobBoost Social", "Sales Manager")
p("j_strom", "Dennis Kraus", "Energiesparprofis GmbH", "Energieberater")
p("j_web", "Yannick Hahn", "Webflow Werk Agentur", "Kundenberater")
p("j_waesche", "Oksana Petrenko", "CleanTex Service", "Vertrieb")
p("j_barber", "Leon Fuchs", "Fade Masters Online", "Coach")
p("j_terminal", "Kim Ludwig", "PayFlex Terminals", "Partnermanagerin")
p("j_recr", "Benedikt Arnold", "Top Talents Consulting", "Senior Recruiter")
p("j_social", "Vanessa König", "Likewerk Media", "Social Media Managerin")
p("t1", "Nina Scholz", "SalonBoost Marketing", "Kundengewinnung")
p("t2", "Patrick Werner", "Neukunden-Garantie GmbH", "Geschäftsführer")
p("t3", "Lara Vogel", "Beautyleads", "Head of Sales")
p("t4", "Jessica Kim", "Salon Growth Labs", "Partnerships Manager")
p("t5", "Florian Maier", "Terminfüller Agentur", "Gründer")
p("m1", "Robin Schulte", "Kundenkompass", "Vertrieb")
p("m2", "Jacqueline Pohl", "Office Green", "Beraterin")
p("m3", "Stefan Kurz", "BeautyCloud", "Account Executive")
p("m4", "Tanja Riedel", "Promoprint", "Vertrieb")
p("spon1", "Coiffura Pro Shop", url="https://www.linkedin.com/company/coiffura-pro-shop")
p("spon2", "Nordbank Business", url="https://www.linkedin.com/company/nordbank-business")
p("spon3", "LinkedIn Member", url="")
p("award", "Sandra Wolff", "Deutscher Salonpreis", "Projektleitung")
p("podcast", "Nico Berg", "Beauty Business Talk Podcast", "Host")
p("mag", "Carmen Lutz", "Salon Magazin Süd", "Anzeigenleitung")
p("ownoffer", "Marie Schenk", "Hairstyling on Tour", "Mobile Friseurin für Firmenevents")
p("capacity", "Ole Jansen", "Terminglück", "Partner Success")
p("likeminded", "Sven Krüger", "Krüger Ventures", "Unternehmer | Mentor | Visionär")
p("quick", "Julian Ernst", "SalonSEO", "Berater")
p("ctp1", "Manuela Stein", "Stein Consulting", "Unternehmensberaterin", connected="2025-06-03",
  invite=("IN", "2025-06-02 20:15", ""))
p("ctp2", "Andreas Schuh", "SolarSüd Energie", "Energieberater", connected="2025-09-15",
  invite=("IN", "2025-09-14 18:30", "Servus Frau Hörmann, vernetzen wir uns? Grüße aus Königsbrunn"))
p("ctp3", "Isabell Hoffmann", "Glow Network", "Business Partnerin", connected="2025-11-20",
  invite=("IN", "2025-11-19 22:05", ""))
p("bump1", "Sebastian Nagel", "AutoAbo Gewerbe", "Key Account")
p("bump2", "Verena Schuler", "Teamkraft Coaching", "Trainerin")
p("crypto", "Alex Turner", "Blockvest Capital", "Private Wealth Advisor")
p("fluent", "Maximilian Horn", "VoiceDesk KI", "Business Development")
p("franchise", "Heike Brandt", "HairFranchise Deutschland", "Expansion Managerin")
p("wein", "Ludwig Sommer", "Weinhaus Sommer", "Firmenkunden")
p("reviews", "Kevin Lorenz", "StarBoost Reviews", "Reputation Manager")
p("foerder", "Dr. Ralf Wendt", "Fördermittel-Kompass", "Senior Berater")
p("hotel", "James Whitfield", "Hotel am Fuggerpark", "Guest Relations Manager")

# ---------------------------------------------------------------- genuine (35)
c("genuine", "client_quote_request", "de", "Braut fragt Angebot für Brautstyling mit Brautjungfern an", [
    ("braut", "2025-01-08 19:40", "Hallo Frau Hörmann, ich bin seit Jahren bei Nicole in Göggingen Kundin und heirate am 14. Juni 🙂 "
     "Könnten Sie mir ein Angebot machen für Brautfrisur mit Probetermin plus Hochsteckfrisuren für meine drei Trauzeuginnen? "
     "Am liebsten bei uns daheim in Stadtbergen, wir wären ab 8 Uhr fertig."),
    ("me", "2025-01-09 08:15", "Liebe Frau Kastner, herzlichen Glückwunsch! Brautfrisur inkl. Probetermin 189 €, Hochsteckfrisur je 65 €, "
     "Anfahrt nach Stadtbergen 25 €. Nicole macht das gern zusammen mit unserer Azubine Selina. Passt Ihnen ein Probetermin im April?"),
    ("braut", "2025-01-09 12:30", "Super, das klingt prima! April passt, gerne ein Samstag."),
    ("me", "2025-01-09 12:45", "Dann trag ich Sie für Samstag, 12.4., 9 Uhr in Göggingen ein. Bis dann!"),
])
c("genuine", "vendor_price_change", "de", "langjährige Außendienstlerin kündigt Preiserhöhung an", [
    ("rep", "2022-10-05 10:00", "Servus Verena, die neue Farbkarte ist da, ich bring sie am Donnerstag vorbei. Kaffee wie immer?"),
    ("me", "2022-10-05 10:20", "Freilich, aber bitte ned wieder so viele Pröbchen, unser Lager platzt."),
    ("rep", "2024-05-14 15:10", "Hallo Verena, kurze Info vorab: Ab 1. Juli werden die Farben um ca. 6 % teurer, Pflege bleibt gleich. "
     "Wenn du bis Ende Juni bestellst, gilt noch der alte Preis. Soll ich dir ein Angebot für deinen üblichen Quartalsbedarf machen?"),
    ("me", "2024-05-14 18:02", "Schon wieder... Ja bitte, mach mir eins für beide Salons, dann schau ich mit Nicole drüber."),
    ("rep", "2025-12-18 09:00", "Frohe Weihnachten dir und deinem Team! Danke für die treue Zusammenarbeit, bis im neuen Jahr 🎄"),
])
c("genuine", "vendor_existing", "de", "bestehender Buchungssoftware-Anbieter zu SMS-Kosten und Vertrag", [
    ("salonio", "2025-02-03 11:00", "Hallo Frau Hörmann, Ihr Jahresvertrag für beide Standorte verlängert sich zum 1. April. "
     "Der Paketpreis bleibt, aber SMS-Erinnerungen kosten ab dann 9 statt 7 Cent. Sollen wir kurz telefonieren, ob E-Mail-Erinnerungen für Sie reichen?"),
    ("me", "2025-02-03 14:10", "Ja, rufen Sie mich gern Mittwoch vormittag an, da bin ich im Büro."),
    ("salonio", "2025-02-03 14:20", "Gern, Mittwoch 10 Uhr."),
])
c("genuine", "professional_body", "de", "Obermeister fragt sie als Prüferin für die Gesellenprüfung an", [
    ("innung", "2025-04-22 08:30", "Grüß Gott Frau Hörmann, für die Sommer-Gesellenprüfung brauchen wir noch eine Beisitzerin im Prüfungsausschuss, "
     "am 7. und 8. Juli. Hätten Sie Zeit? Ihre Erfahrung mit den Azubis wäre uns viel wert."),
    ("me", "2025-04-22 12:45", "Grüß Gott Herr Mayr, ja, das mach ich gern. Ich plan die zwei Tage schon mal ein."),
    ("innung", "2025-04-22 13:00", "Vergelt's Gott! Unterlagen kommen per Post."),
])
c("genuine", "applicant", "de", "Schülerin bewirbt sich um einen Ausbildungsplatz", [
    ("azubiapp", "2025-02-26 17:05", "Hallo Frau Hörmann, ich heiße Mia und bin in der 9. Klasse. Ich würde sehr gern eine Ausbildung als Friseurin "
     "bei Ihnen machen. Ich hab schon ein Praktikum bei Ihnen in Pfersee gemacht letztes Jahr (bei Jasmin). Darf ich meine Bewerbung schicken?"),
    ("me", "2025-02-26 19:30", "Hallo Mia, klar erinnere ich mich! Schick sie gern per Mail an den Salon. Und komm doch nächste Woche zum Probearbeiten."),
    ("azubiapp", "2025-02-26 19:41", "Danke!!! Mach ich 😊"),
])
c("genuine", "colleague_internal", "de", "Auszubildende fragt wegen Zwischenprüfung", [
    ("azubi", "2025-10-07 21:10", "Hallo Verena, sorry für die späte Nachricht. Kann ich am Samstag nochmal an einem Modell Dauerwelle üben? "
     "Die Zwischenprüfung ist in 2 Wochen und ich bin voll nervös."),
    ("me", "2025-10-08 07:50", "Logisch, Samstag ab 14 Uhr ist frei. Nicole schaut dir über die Schulter. Du schaffst des!"),
])
c("genuine", "recruiter_engaged", "de", "beauftragter Personalberater schickt eine Kandidatin", [
    ("me", "2025-02-20 09:15", "Hallo Herr Lechner, wie besprochen: wir suchen eine Friseurin/einen Friseur in Vollzeit für Göggingen, gern mit Erfahrung in Blondtechniken."),
    ("recr", "2025-03-04 16:40", "Hallo Frau Hörmann, ich habe eine passende Kandidatin: 6 Jahre Berufserfahrung, Balayage-Schwerpunkt, wohnt in Haunstetten. "
     "Gehaltsvorstellung liegt im Rahmen. Darf ich einen Termin zum Probearbeiten vereinbaren? Honorar wie im Vertrag vereinbart."),
    ("me", "2025-03-04 18:00", "Sehr gern, Dienstag nächste Woche ab 10 Uhr."),
])
c("genuine", "peer_joint_offer", "de", "Kosmetikerin schlägt gemeinsames Braut-Paket vor", [
    ("kosmetik", "2024-11-12 13:20", "Hi Verena! Ich hab so viele Bräute, die noch eine Friseurin suchen. Wollen wir ein gemeinsames Braut-Paket anbieten? "
     "Make-up von mir, Frisur von euch, ein Preis, ein Probetermin. Ich denk so an 349 € für beides. Was meinst du?"),
    ("me", "2024-11-12 20:05", "Gute Idee! 349 ist aber knapp, mit Anfahrt eher 379. Lass uns nächste Woche mal zusammensitzen."),
    ("kosmetik", "2024-11-13 08:10", "Deal. Mittwoch nach Feierabend bei mir? Ich hab Prosecco 😄"),
])
c("genuine", "inbound_lead", "de", "Seniorenheim möchte regelmäßige Friseurbesuche einkaufen", [
    ("seniorenheim", "2025-05-20 10:45", "Sehr geehrte Frau Hörmann, unsere bisherige Friseurin hört zum Sommer auf. Wir suchen einen Salon, der zweimal im Monat "
     "zu uns ins Haus kommt (ca. 25 Bewohnerinnen und Bewohner). Wäre das für Sie interessant, und mit welchen Preisen müssten wir rechnen?"),
    ("me", "2025-05-20 16:30", "Sehr geehrter Herr Reiter, das ist grundsätzlich interessant. Ich würde mir gern den Raum anschauen und dann ein Angebot machen. "
     "Passt Ihnen Freitag um 15 Uhr?"),
    ("seniorenheim", "2025-05-21 09:00", "Freitag 15 Uhr passt. Melden Sie sich an der Pforte."),
])
c("genuine", "event_thanks", "de", "Dank 1 von 3 nach ihrem Balayage-Seminar", [
    ("thx1", "2025-10-13 20:10", "Liebe Verena, danke für den tollen Seminartag in Ulm! Die Abteilungstechnik probier ich gleich morgen aus."),
    ("me", "2025-10-13 21:00", "Danke Jana, hat Spaß gemacht mit euch! Schick mal ein Foto vom Ergebnis."),
])
c("genuine", "event_thanks", "de", "Dank 2 von 3 nach ihrem Balayage-Seminar", [
    ("thx2", "2025-10-13 21:30", "Hallo Verena, vielen Dank für das Seminar heute, war echt praxisnah. Vor allem der Tipp mit dem Toner war Gold wert."),
])
c("genuine", "event_thanks", "de", "Dank 3 von 3 nach ihrem Balayage-Seminar", [
    ("thx3", "2025-10-14 08:05", "Guten Morgen Frau Hörmann, danke nochmal für den Balayage-Tag gestern, ich hab so viel mitgenommen! Liebe Grüße aus Memmingen"),
    ("me", "2025-10-14 08:40", "Sehr gern, Franziska, alles Gute!"),
])
c("genuine", "owner_started", "de", "sie fragt eine befreundete Salonbesitzerin nach Erfahrungen mit Kassensystem", [
    ("me", "2024-07-08 21:15", "Hallo Steffi, lange nix gehört! Kurze Frage: ihr habt doch letztes Jahr das Kassensystem gewechselt. "
     "Seid ihr zufrieden? Unser altes macht bei der TSE ständig Zicken."),
    ("peerm", "2024-07-09 09:30", "Servus Verena! Ja, sehr. Kostet ein bissl mehr, aber der Support ist top. Ruf mich am Montag an, da hab ich frei."),
    ("me", "2024-07-09 10:00", "Super, mach ich. Danke dir!"),
])
c("genuine", "journalist", "de", "Lokalredakteur fragt Interview zum Fachkräftemangel an", [
    ("presse", "2025-03-10 11:20", "Guten Tag Frau Hörmann, ich schreibe für den Stadtkurier eine Serie über das Handwerk in Augsburg. "
     "Es geht um Nachwuchs und Fachkräftemangel im Friseurhandwerk. Hätten Sie Zeit für ein kurzes Gespräch und ein Foto im Salon?"),
    ("me", "2025-03-10 13:00", "Gern, am besten Montag, da ist Pfersee geschlossen und wir haben Ruhe. 10 Uhr?"),
    ("presse", "2025-03-10 13:15", "Montag 10 Uhr, wunderbar. Ich bringe den Fotografen mit."),
])
c("genuine", "spam_folder_genuine", "de", "ältere Stammkundin fragt nach verlorenem Gutschein, im Spam-Ordner", [
    ("spamclient", "2025-12-29 15:20", "Liebe Frau Hörmann, meine Enkelin hat mir gezeigt wie man hier schreibt. Ich habe den Gutschein von Weihnachten "
     "verlegt, 50 Euro, von meiner Tochter gekauft im Salon Pfersee. Kann man den noch einlösen wenn er weg ist? "
     "Ich komme sonst immer donnerstags zu Frau Jasmin. Viele Grüße Gertrud Fischer"),
], folder="SPAM")
c("genuine", "friend", "de", "Freundin aus der Meisterschule, Smalltalk", [
    ("friend", "2025-08-17 22:05", "Na, Frau Chefin, lebsch no? 😄 Hab dich ewig ned gesehen. Wie laufen die zwei Läden?"),
    ("me", "2025-08-18 07:30", "Katrin!! Mei, viel Arbeit, wenig Schlaf, wie immer halt. Bei dir in Friedberg?"),
    ("friend", "2025-08-18 08:10", "Passt scho. Wollen wir mal wieder zum Plärrer? Wie früher nach der Meisterprüfung 🍻"),
    ("me", "2025-08-18 08:15", "Unbedingt! Samstag in zwei Wochen?"),
])
c("genuine", "colleague_internal", "de", "Filialleitung fragt wegen Urlaubsplanung", [
    ("filiale", "2025-01-15 19:20", "Hi Verena, ich mach grad den Urlaubsplan für Göggingen. Jasmin und Elif wollen beide die ersten zwei Augustwochen. "
     "Kannst du eine von Pfersee rüberschicken?"),
    ("me", "2025-01-15 20:05", "Ich schau morgen mal. Zur Not spring ich selber ein."),
])
c("genuine", "professional_peer", "de", "Steuerberaterin zur Kassen-Nachschau und TSE", [
    ("stb", "2024-03-11 09:40", "Liebe Frau Hörmann, das Finanzamt hat in Augsburg vermehrt Kassen-Nachschauen angekündigt. "
     "Bitte prüfen Sie, ob die TSE-Zertifikate in beiden Salons aktuell sind. Schicken Sie mir die Verfahrensdokumentation, dann schau ich drüber."),
    ("me", "2024-03-11 12:30", "Danke für den Hinweis! Schick ich Ihnen diese Woche."),
])
c("genuine", "training_partner", "de", "Akademie plant ihren nächsten Seminartermin als Trainerin", [
    ("akademie", "2025-06-30 14:00", "Hallo Verena, das Balayage-Seminar war wieder ausgebucht. Magst du im Oktober nochmal einen Termin machen? "
     "Honorar wie gehabt, wir zahlen die Fahrt."),
    ("me", "2025-06-30 18:20", "Gern, Montag 13. Oktober würde passen."),
    ("akademie", "2025-07-01 08:45", "Eingetragen. Danke dir!"),
])
c("genuine", "long_standing_contact", "de", "ehemalige Lehrmeisterin, seit Jahren in Kontakt", [
    ("lehrmeisterin", "2019-09-01 11:00", "Liebe Verena, ich hab im Blättle gelesen, dass du jetzt einen zweiten Salon hast. Ich bin so stolz auf dich, Mädle!"),
    ("me", "2019-09-01 12:30", "Liebe Frau Seitz, ohne Sie wär ich nie Friseurin geworden. Kommen Sie doch mal zum Haareschneiden vorbei, natürlich auf mich!"),
    ("lehrmeisterin", "2024-09-02 10:10", "Verena, 10 Jahre Haarwerk Hörmann! Herzlichen Glückwunsch. Ich komm zum Feschtle, wenn mein Knie mitmacht."),
    ("me", "2024-09-02 11:00", "Das freut mich riesig! Wir holen Sie auch ab, wenn's nötig ist."),
])
c("genuine", "event_invitation", "de", "Kollegin lädt zur Eröffnung ihres neuen Salons ein", [
    ("kollegin", "2025-09-01 12:00", "Hallo Verena, wir eröffnen am 20. September unseren neuen Laden in der Maximilianstraße! Kommst du? Sekt, Musik und ganz viel Haarspray 😄"),
    ("me", "2025-09-01 13:10", "Na klar komm ich! Toi toi toi schon mal."),
])
c("genuine", "client_thanks", "de", "Kundin bedankt sich für Farbkorrektur", [
    ("happy", "2024-06-22 18:30", "Ich muss Ihnen einfach nochmal schreiben: nach dem Box-Color-Desaster dachte ich, ich muss mir die Haare abschneiden. "
     "Jetzt sind sie schöner als je zuvor. DANKE an Sie und Jasmin!!"),
    ("me", "2024-06-22 19:15", "Das freut uns so! Aber bitte nie wieder Farbe aus dem Drogeriemarkt, gell 😉"),
])
c("genuine", "client_call_request", "de", "Kundin bittet um Rückruf wegen Allergie vor dem Färben", [
    ("allergie", "2025-04-03 07:20", "Guten Morgen, ich habe am Samstag einen Färbetermin bei Ihnen. Ich hatte letztes Mal leichten Juckreiz. "
     "Könnten Sie mich kurz anrufen, ob man vorher einen Test machen kann?"),
    ("me", "2025-04-03 08:05", "Guten Morgen Frau Baumann, ja unbedingt. Ich rufe Sie um 9 an, dann machen wir einen Allergietest aus."),
])
c("genuine", "school_contact", "de", "Berufsschullehrer zum Fortschritt der Auszubildenden", [
    ("bs", "2025-11-12 15:00", "Sehr geehrte Frau Hörmann, Selina hat in der Zwischenprüfung sehr gut abgeschnitten, vor allem im Schnitt. "
     "Im Theorieteil Chemie könnte sie noch Unterstützung brauchen. Vielleicht können Sie im Betrieb nochmal Farbchemie mit ihr üben."),
    ("me", "2025-11-12 18:30", "Danke für die Rückmeldung, Herr Engel! Das machen wir."),
])
c("genuine", "client_quote_request", "en", "expat client asks in English for a balayage appointment and price", [
    ("expat", "2025-04-02 12:00", "Hi Verena, a colleague at work recommended your salon. My German is still pretty basic - is it okay to come in and "
     "speak English? I'd like a balayage, my hair is long and dark. Roughly what would it cost?"),
    ("me", "2025-04-02 13:40", "Hi Rachel, of course, most of our team speaks English. For long hair balayage including toner and cut it's about 180-220 €. "
     "I can book you with me on Friday the 11th at 10?"),
    ("expat", "2025-04-02 13:55", "Perfect, see you then!"),
])
c("genuine", "event_invitation", "en", "brand educator she knows invites her to a show in Vienna", [
    ("educator", "2025-01-20 10:00", "Ciao Verena! We're planning the Kerasol Colour Stage in Vienna on 18 May and I'd love to have you on stage "
     "for 20 minutes with one of your balayage looks. Travel and hotel on us. Are you in?"),
    ("me", "2025-01-20 16:45", "Elena, I'd love to! Let me check with my team who covers the salon. I'll confirm by Friday."),
    ("me", "2025-01-23 09:10", "Confirmed - I'm in! Can I bring my apprentice as a model?"),
    ("educator", "2025-01-23 10:20", "Of course. Wonderful!"),
])
c("genuine", "professional_body", "de", "Handwerkskammer zur Ausbildungsberatung", [
    ("hwk", "2024-10-08 09:00", "Hallo Frau Hörmann, der Ausbildungsvertrag für Selina Huber ist eingetragen. Denken Sie bitte an den Nachweis der "
     "Unterweisung im Arbeitsschutz. Und: Wir suchen für die Ausbildungsmesse im Februar noch Betriebe mit Stand. Interesse?"),
    ("me", "2024-10-08 12:00", "Danke! Für die Messe gern, wir waren letztes Mal schon dabei, das hat uns zwei Azubis gebracht."),
])
c("genuine", "inbound_lead", "de", "Hochzeitsplanerin will Bräute an sie vermitteln", [
    ("planner", "2025-05-05 16:20", "Hallo Frau Hörmann, ich plane dieses Jahr 14 Hochzeiten im Raum Augsburg und suche eine feste Friseurpartnerin, "
     "die auch sonntags und vor Ort arbeitet. Könnten Sie mir Ihre Preise für Braut und Gäste schicken?"),
    ("me", "2025-05-05 19:00", "Sehr gern, ich schick Ihnen die Preisliste heute Abend per Mail. Sonntags geht nach Absprache, mit Zuschlag."),
    ("planner", "2025-05-06 08:30", "Danke, ist angekommen. Passt für mich, ich melde mich mit den ersten Terminen!"),
])
c("genuine", "owner_started", "de", "sie fragt einen Fotografen nach einem Angebot für Salonfotos", [
    ("me", "2024-02-12 20:40", "Hallo Simon, wir brauchen neue Fotos für beide Salons und das Team (Website und Instagram). Kannst du mir ein Angebot machen? "
     "Am liebsten an einem Montag, da haben wir zu."),
    ("foto", "2024-02-13 09:15", "Hallo Verena, gern! Halber Tag mit beiden Salons und Teamfotos: 690 € netto inkl. 40 bearbeitete Bilder. Montag 4. März?"),
    ("me", "2024-02-13 09:40", "Passt, gebucht!"),
])
c("genuine", "applicant", "de", "erfahrene Friseurin bewirbt sich initiativ", [
    ("gesellin", "2025-07-14 21:00", "Guten Abend Frau Hörmann, ich bin seit 5 Jahren Friseurin in Kempten und ziehe im Herbst nach Augsburg. "
     "Haben Sie vielleicht eine Stelle frei? Ich arbeite gern mit Farbe und Herrenschnitten."),
    ("me", "2025-07-15 08:20", "Hallo Frau Keller, das passt gut, wir suchen ab Oktober. Schicken Sie mir Ihre Unterlagen? Dann machen wir einen Probetag aus."),
])
c("genuine", "peer_cooperation", "de", "Salonbesitzer schlägt gemeinsamen Azubi-Stand auf der Messe vor", [
    ("sturmkollege", "2025-01-09 10:30", "Servus Verena, wollen wir uns auf der Ausbildungsmesse einen Stand teilen? Spart Geld und zwei Salons ziehen mehr Leute an. "
     "Standmiete wären dann 180 € pro Nase."),
    ("me", "2025-01-09 12:00", "Gute Idee Ralf! Bin dabei. Ich bring die Föhns und Köpfe mit."),
])
c("genuine", "landlord_price_change", "de", "Hausverwaltung kündigt Indexmieterhöhung für Göggingen an", [
    ("hv", "2024-12-02 10:00", "Sehr geehrte Frau Hörmann, gemäß Indexklausel erhöht sich die Gewerbemiete für Göggingen ab 1. Februar um 4,2 %. "
     "Das offizielle Schreiben folgt per Post. Für Rückfragen rufen Sie mich gern an."),
    ("me", "2024-12-02 14:20", "Danke für die Info Herr Gruber. Ich rufe Sie wegen der Heizkostenabrechnung noch an, die ist auch überfällig."),
])
c("genuine", "long_standing_contact", "de", "ehemalige Azubine, jetzt selbst Meisterin", [
    ("exazubi", "2016-08-01 18:00", "Verena, ich hab bestanden!!! Danke für die drei Jahre!"),
    ("me", "2016-08-01 18:30", "Lisa!!! Super! Morgen gibt's Kuchen im Salon."),
    ("exazubi", "2025-03-01 11:00", "Rate mal wer jetzt auch einen eigenen Laden hat 😄 Eröffnung in Lechhausen am 15.! Du musst kommen!"),
    ("me", "2025-03-01 11:45", "Neeeein, wie schön! Ich komme, versprochen. So stolz auf dich."),
])
c("genuine", "vendor_support", "de", "Support des Buchungsanbieters zu einem gemeldeten Fehler", [
    ("me", "2025-08-05 09:30", "Hallo Herr Brandl, seit dem Update verschwinden bei uns Termine, die über Instagram gebucht werden. Können Sie sich das anschauen?"),
    ("salonio", "2025-08-05 11:10", "Hallo Frau Hörmann, danke für die Meldung, das betrifft einige Kundinnen. Fix kommt heute Abend, die Termine sind nicht verloren, "
     "nur ausgeblendet. Sorry für den Ärger!"),
])

c("genuine", "inbound_lead", "en", "hotel wants to send guests and asks for a rate", [
    ("hotel", "2025-10-22 11:10", "Dear Ms Hörmann, we are a 60-room hotel near the Fuggerei and our guests (many of them business travellers and "
     "wedding parties) regularly ask the front desk for a hairdresser. Would you be interested in a partnership where we recommend Haarwerk "
     "Hörmann? We'd need a few guaranteed slots on Saturdays and ideally a small hotel rate. Could you send me your conditions?"),
    ("me", "2025-10-22 15:30", "Dear Mr Whitfield, thank you, that sounds good. I can keep two Saturday slots in Göggingen until Friday noon for your guests "
     "and offer 10% off. Shall I come by next week to meet your front-desk team?"),
    ("hotel", "2025-10-22 16:00", "Perfect. Tuesday at 3pm?"),
    ("me", "2025-10-22 16:05", "Tuesday 3pm, see you then."),
])

# ---------------------------------------------------------------- wanted pitches (12)
c("wanted_pitch", "apprentice_recruiting_post", "de", "Hausaufgabe: ihr Beitrag über fehlende Azubis", [
    ("w_azubi", "2025-03-18 10:10", "Hallo Frau Hörmann, Ihr Beitrag über die zwei unbesetzten Ausbildungsplätze in Pfersee und Göggingen hat mich angesprochen - "
     "vor allem der Satz, dass sich dieses Jahr nur eine Bewerberin gemeldet hat. Wir machen ausschließlich Azubi-Kampagnen für Handwerksbetriebe "
     "auf TikTok und Instagram, zuletzt für zwei Friseure in Neu-Ulm (5 bzw. 7 Bewerbungen in 4 Wochen). "
     "Ich würde Ihnen gern zeigen, wie so eine Kampagne für einen Betrieb mit zwei Standorten aussieht. Kosten: 890 € pauschal."),
    ("me", "2025-03-18 19:20", "Klingt interessant. Haben Sie die Kontaktdaten von den Neu-Ulmer Salons als Referenz?"),
    ("w_azubi", "2025-03-19 08:30", "Klar, ich frag kurz nach, ob ich die weitergeben darf, und schick sie Ihnen heute noch."),
])
c("wanted_pitch", "energy_talk", "de", "Hausaufgabe: ihr Redebeitrag auf der Innungsversammlung", [
    ("w_energie", "2024-11-27 09:00", "Grüß Gott Frau Hörmann, ich war bei der Innungsversammlung als Gast dabei, als Sie gesagt haben, dass Warmwasser an den "
     "Waschplätzen inzwischen Ihr größter Energiekostenposten ist. Wir bauen in Salons Wärmerückgewinnung aus dem Abwasser der Waschbecken ein; "
     "bei sechs Waschplätzen spart das erfahrungsgemäß 30-40 % Warmwasser-Energie, es gibt dafür aktuell BAFA-Förderung. "
     "Ich könnte mir Pfersee mal unverbindlich anschauen."),
    ("me", "2024-11-27 12:40", "Das interessiert mich tatsächlich. Montag ist der Salon zu, passt Ihnen der 2.12.?"),
])
c("wanted_pitch", "website_visited", "de", "Hausaufgabe: Mängel auf ihrer Website konkret benannt", [
    ("w_web", "2025-06-10 21:30", "Hallo Frau Hörmann, ich bin Kundin in Göggingen und Webdesignerin. Mir ist aufgefallen, dass Ihre Preisliste auf der Website "
     "ein eingescanntes PDF ist, das man am Handy kaum lesen kann, und dass der Instagram-Link im Footer ins Leere führt. "
     "Ich würde die Preisliste als normale Seite umsetzen und den Link reparieren, Festpreis 240 €. Nur wenn Sie mögen - sonst sag ich's "
     "einfach Nicole beim nächsten Termin, damit es jemand weiß 😊"),
    ("me", "2025-06-11 08:10", "Oh je, danke! Das mit dem Link wusste ich gar nicht. Ja, machen Sie mir gern ein kurzes Angebot per Mail."),
])
c("wanted_pitch", "laundry_specific_problem", "de", "Hausaufgabe: Handtuchwäsche aus ihrer Stellenanzeige", [
    ("w_waesche", "2025-09-09 08:45", "Sehr geehrte Frau Hörmann, in Ihrer Azubi-Anzeige steht ehrlich, dass Handtücher waschen und falten zum Alltag gehört. "
     "Bei zwei Salons sind das schnell 300 Handtücher am Tag. Wir holen in Augsburg zweimal die Woche ab, waschen farbfleckenresistent "
     "und bringen gefaltet zurück - für Salons Ihrer Größe ca. 0,38 € pro Handtuch. Vielleicht gewinnen Ihre Azubis so Zeit fürs Üben?"),
])
c("wanted_pitch", "recycling_mutual_contact", "de", "Hausaufgabe: gemeinsame Bekannte aus der Innung", [
    ("w_recycling", "2025-07-02 14:00", "Hallo Frau Hörmann, Petra Weiß aus dem Innungsvorstand hat mir erzählt, dass Sie Alufolie und Farbtuben getrennt sammeln "
     "wollen, aber niemand das abholt. Genau das machen wir: Sammelboxen für Haare, Alu und Farbreste, Abholung vierteljährlich, "
     "39 € im Monat pro Salon, und Sie bekommen ein Zertifikat für die Kundschaft. Darf ich Ihnen Infos schicken?"),
    ("me", "2025-07-02 18:30", "Ja, gern! Petra hat recht, das ist mir ein Anliegen."),
])
c("wanted_pitch", "barber_press_item", "de", "Hausaufgabe: Zeitungsartikel über ihre Barber-Ecke", [
    ("w_barber", "2025-04-10 11:30", "Servus Frau Hörmann, im Stadtkurier stand, dass Sie in Göggingen im Sommer eine Barber-Ecke aufmachen und dafür "
     "zwei Ihrer Friseurinnen weiterbilden wollen. Wir sind in Augsburg-Oberhausen und machen zweitägige Barber-Kurse (Fades, Bartpflege, "
     "Rasur mit dem Messer) direkt im Salon, also ohne dass Ihre Leute Fahrtzeit haben. Für zwei Teilnehmerinnen 690 €. Interesse?"),
    ("me", "2025-04-10 13:00", "Das kommt wie gerufen. Welche Termine hätten Sie im Mai?"),
    ("w_barber", "2025-04-10 13:20", "19./20. oder 26./27. Mai, jeweils Montag/Dienstag."),
])
c("wanted_pitch", "payment_integration_tools", "de", "Hausaufgabe: ihr Buchungssystem und Kassenärger", [
    ("w_kasse", "2024-07-22 10:00", "Hallo Frau Hörmann, ich sehe auf Ihrer Website, dass Sie Salonio für die Online-Buchung nutzen. Wir installieren Kassensysteme "
     "mit TSE, die direkt mit Salonio sprechen - Termin wird beim Kassieren automatisch abgeschlossen, Anzahlungen für No-Shows landen gleich in der Kasse. "
     "Ich habe das gerade bei einem Salon in Friedberg gemacht. Wenn Ihr jetziges System Ärger macht, schau ich es mir gern an."),
    ("me", "2024-07-22 20:10", "Das ist ja Gedankenübertragung, unsere TSE spinnt grad. Rufen Sie mich Donnerstag an?"),
])
c("wanted_pitch", "recruiter_relevant_candidate", "de", "Hausaufgabe: ihre Stellenanzeige Filialleitung und passende Kandidatin", [
    ("w_recr", "2025-11-03 09:20", "Hallo Frau Hörmann, Sie suchen laut Ihrer Anzeige eine Filialleitung für Pfersee. Ich betreue gerade eine Friseurmeisterin "
     "aus Landsberg, die nach der Elternzeit in Teilzeit (30 Std.) Verantwortung übernehmen will, mit Erfahrung in Azubi-Betreuung. "
     "Soll ich Ihnen das anonymisierte Profil schicken?"),
    ("me", "2025-11-03 12:15", "Ja bitte, 30 Stunden könnte sogar passen."),
])
c("wanted_pitch", "supplier_met_at_fair", "de", "Hausaufgabe: Gespräch auf der Messe und ihre Kundinnen", [
    ("w_farbe", "2025-05-06 09:00", "Liebe Frau Hörmann, wir haben uns am Sonntag auf der Messe in Nürnberg an unserem Stand unterhalten. Sie hatten erzählt, "
     "dass mehrere Kundinnen in Pfersee nach Pflanzenfarben fragen, Sie aber kein zweites großes Farbsortiment ins Lager stellen wollen. "
     "Wir bieten genau dafür ein Einstiegspaket mit 8 Tönen ohne Mindestabnahme. Ich komme gern mit einer Schulung für zwei Mitarbeiterinnen vorbei."),
    ("me", "2025-05-06 12:30", "Ja, ich erinnere mich! Schicken Sie mir das Paket mit Preisen, dann reden wir."),
])
c("wanted_pitch", "extensions_profile_skills", "en", "homework: her listed certification and salon services", [
    ("w_ext", "2024-10-15 10:30", "Hi Verena, I saw on your profile that you're certified in tape-in extensions and that Haarwerk Hörmann lists extensions only "
     "at the Pfersee salon. We run a one-day advanced course in Munich on invisible weft extensions, which works well for fine hair - "
     "the clients tape-ins struggle with. Course in German or English, next date 24 November, 420 €. Would you like the outline?"),
    ("me", "2024-10-15 18:45", "Sounds interesting - send me the outline please."),
])
c("wanted_pitch", "payroll_commission", "de", "Hausaufgabe: Provisionsmodell aus ihrer Stellenanzeige", [
    ("w_lohn", "2025-02-11 08:30", "Hallo Frau Hörmann, Ihre Stellenanzeige wirbt mit Umsatzbeteiligung und Trinkgeld extra - das finde ich super. "
     "Ich mache Lohnabrechnung nur für Friseur- und Kosmetikbetriebe und kenne die Stolperfallen bei Provision, Trinkgeld über Kartenzahlung "
     "und Mindestlohn. Für 11 Mitarbeitende liegen wir bei ca. 17 € pro Abrechnung. Falls Ihr Steuerbüro das gern abgibt, melden Sie sich."),
])
c("wanted_pitch", "content_photo_posts", "de", "Hausaufgabe: ihre Instagram-Fotos konkret angeschaut", [
    ("w_content", "2024-09-05 19:00", "Hallo Frau Hörmann, ich folge Ihnen auf Instagram - die Balayage-Ergebnisse sind toll, aber auf den Fotos unter den "
     "gelben Spiegellampen in Göggingen wirkt das Blond leider oft grünlich. Ich mache für Salons einen monatlichen Shooting-Vormittag mit "
     "Tageslichtlampe, 15 Bilder plus 3 Reels, 350 € im Monat. Ich hab mal ein Vorher/Nachher mit einem Ihrer Fotos angehängt."),
], attachments={0: "https://www.linkedin.com/dms/vorher-nachher-balayage.jpg"})

# ---------------------------------------------------------------- junk (38)
c("junk", "generic_social_recruiting", "de", "generisches Social Recruiting (Gegenstück Azubi-Kampagne)", [
    ("j_recruit", "2025-02-04 07:45", "Hallo Verena, Fachkräftemangel? Mit JobBoost Social finden Sie in 30 Tagen qualifizierte Mitarbeiter - garantiert! "
     "Über 1.000 zufriedene Unternehmen. Lassen Sie uns sprechen!"),
])
c("junk", "generic_energy", "de", "generischer Stromwechsel (Gegenstück Wärmerückgewinnung)", [
    ("j_strom", "2024-10-01 10:00", "Sehr geehrte Damen und Herren, zahlen Sie zu viel für Strom und Gas? Wir vergleichen über 900 Anbieter kostenlos für Sie. "
     "Einsparungen von bis zu 30 % möglich!"),
])
c("junk", "generic_web_design", "de", "generische Website-Agentur (Gegenstück Webdesignerin)", [
    ("j_web", "2025-05-20 09:30", "Hallo Verena, Ihre Website ist Ihre Visitenkarte! Wir erstellen moderne, SEO-optimierte Websites ab 1.490 €. "
     "Jetzt kostenloses Erstgespräch sichern."),
])
c("junk", "generic_laundry", "de", "generischer Wäscheservice (Gegenstück Textilpflege Haas)", [
    ("j_waesche", "2025-08-12 11:00", "Guten Tag, CleanTex bietet Mietwäsche für Gastronomie, Hotellerie, Pflege und Industrie deutschlandweit. "
     "Fordern Sie jetzt Ihr individuelles Angebot an."),
])
c("junk", "generic_course", "de", "generischer Online-Barberkurs (Gegenstück Barber Academy)", [
    ("j_barber", "2025-03-03 20:00", "Yo Verena! Werde in 30 Tagen zum Fade-Profi mit unserem Online-Kurs. Nur heute 70 % Rabatt: 97 € statt 297 €. Link in Bio 💈🔥"),
])
c("junk", "generic_payment", "de", "generisches Kartenterminal (Gegenstück Kassenprofi)", [
    ("j_terminal", "2024-06-18 13:00", "Hallo Verena, akzeptieren Sie schon Kartenzahlung? Mit PayFlex zahlen Sie nur 0,79 % pro Transaktion, "
     "kein Vertrag, keine Grundgebühr. Jetzt Terminal gratis bestellen!"),
])
c("junk", "recruiter_generic", "de", "generischer Recruiter (Gegenstück Beauty Jobs Süd)", [
    ("j_recr", "2025-06-25 08:00", "Hallo Verena, ich hoffe, es geht Ihnen gut! Ich bin auf Ihr beeindruckendes Profil gestoßen. Sind Sie offen für neue Herausforderungen? "
     "Ich habe spannende Positionen im Vertrieb und Management."),
])
c("junk", "generic_social_media", "de", "generische Social-Media-Agentur (Gegenstück Fotograf)", [
    ("j_social", "2024-08-27 16:30", "Hey Verena 👋 Mehr Reichweite, mehr Follower, mehr Kunden! Wir übernehmen Ihr komplettes Social Media ab 499 €/Monat. "
     "Kurzes Kennenlerngespräch?"),
    ("j_social", "2024-09-03 16:30", "Hey Verena, nur kurz nachgehakt 😊"),
])
c("junk", "template_new_clients", "de", "Neukunden-Vorlage, Absenderin 1", [
    ("t1", "2025-01-13 09:00", "Hallo Verena, wir helfen Friseursalons wie Haarwerk Hörmann, jeden Monat 40+ neue Stammkundinnen zu gewinnen - "
     "ohne Rabattaktionen und komplett automatisiert. Sie müssen nur noch Haare schneiden. Darf ich Ihnen zeigen, wie das funktioniert?"),
])
c("junk", "template_new_clients", "de", "Neukunden-Vorlage, Absender 2", [
    ("t2", "2025-02-17 10:30", "Hallo Frau Hörmann, wir unterstützen Salons wie Haarwerk Hörmann dabei, monatlich 50+ Neukundinnen zu gewinnen - "
     "vollautomatisch und ohne Rabatte. Sie konzentrieren sich aufs Frisieren. Sollen wir kurz sprechen?"),
])
c("junk", "template_new_clients", "de", "Neukunden-Vorlage, Absenderin 3", [
    ("t3", "2025-04-08 08:15", "Hi Verena! Wir bringen Beauty-Betrieben wie deinem jeden Monat 30+ neue Stammkunden - automatisiert, ohne Rabattschlacht. "
     "Du kümmerst dich nur noch um die Haare. Lust auf eine kurze Demo?"),
    ("t3", "2025-04-15 08:15", "Hi Verena, hast du meine Nachricht gesehen? 🙂"),
])
c("junk", "template_new_clients", "en", "new-clients template, sender 4 in English", [
    ("t4", "2025-06-02 14:00", "Hi Verena, we help hair salons like Haarwerk Hörmann get 40+ new regular clients every month - fully automated, no discounts needed. "
     "You just do the hair. Can I show you how it works?"),
])
c("junk", "template_new_clients", "de", "Neukunden-Vorlage, Absender 5", [
    ("t5", "2025-09-22 11:45", "Hallo Verena, kurze Frage: Dürfen wir Haarwerk Hörmann helfen, jeden Monat 45 neue Stammkundinnen zu gewinnen? "
     "Alles automatisch, ohne Rabatte - Sie schneiden nur noch. Offen für einen Blick?"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("m1", "2025-03-25 09:00", "Hallo {{Vorname}}, ich habe gesehen, dass {{Firma}} stark wächst! Wir helfen Unternehmen, mehr qualifizierte Leads zu generieren. "
     "Haben Sie 15 Minuten diese Woche?"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter [Firmenname] stehengeblieben", [
    ("m2", "2024-11-05 10:20", "Sehr geehrte Frau Hörmann, grüne Büros sind produktivere Büros! Wir begrünen die Räume von [Firmenname] mit pflegeleichten "
     "Pflanzenwänden. Darf ich Ihnen ein Angebot für [Firmenname] machen?"),
])
c("junk", "merge_tag_failure", "de", "falscher Name und falsche Firma", [
    ("m3", "2025-07-29 15:00", "Hallo Frau Hofmann, herzlichen Glückwunsch zum Erfolg vom Haarstudio Hörner! BeautyCloud ist die All-in-one-Software für Salons. "
     "Kostenlose Demo gefällig?"),
])
c("junk", "merge_tag_failure", "de", "falsche Branche eingesetzt", [
    ("m4", "2025-10-20 10:00", "Hallo Verena, als Inhaberin einer Zahnarztpraxis wissen Sie, wie wichtig ein professioneller Auftritt ist. "
     "Bedruckte Kugelschreiber, Tassen und Terminzettel mit Ihrem Logo - jetzt 20 % Rabatt!"),
])
c("junk", "sponsored_inmail", "de", "Sponsored InMail eines Friseurbedarf-Shops", [
    ("spon1", "2025-03-01 12:00", "<p>Hallo Verena,</p><p>Profi-Friseurbedarf zu Großhandelspreisen: Scheren, Föhns &amp; Farbe.&nbsp;"
     "Jetzt 15&nbsp;% auf die erste Bestellung!</p>"),
], title="Sponsored Conversation", subject="15 % auf Ihre erste Bestellung")
c("junk", "sponsored_inmail", "de", "Sponsored InMail einer Bank", [
    ("spon2", "2025-08-15 12:00", "<p>Hallo Verena,</p><p>Das Geschäftskonto für Selbstständige: 0 € Kontoführung im ersten Jahr.</p>"
     "<p><b>Jetzt in 10 Minuten eröffnen</b></p>"),
], title="Sponsored Conversation", subject="Ihr neues Geschäftskonto")
c("junk", "sponsored_inmail", "en", "sponsored InMail from an anonymous member, English webinar", [
    ("spon3", "2025-11-04 12:00", "<p>Hi Verena,</p><p>Join our free webinar: 7 secrets of 7-figure beauty businesses. Limited seats!</p>"),
], title="Sponsored Conversation", subject="Free webinar: scale your beauty business")
c("junk", "paid_award", "de", "Preis mit Teilnahmegebühr", [
    ("award", "2025-05-13 10:00", "Herzlichen Glückwunsch, Frau Hörmann! Haarwerk Hörmann wurde für den Deutschen Salonpreis 2025 in der Kategorie "
     "'Top Salon Bayern' nominiert. Für die Teilnahme und das Siegelpaket (Urkunde, Fensteraufkleber, digitales Siegel) fällt eine "
     "Gebühr von 390 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag."),
    ("me", "2025-05-13 12:00", "Wer hat uns denn nominiert?"),
    ("award", "2025-05-13 14:30", "Unsere Jury wertet Online-Bewertungen aus. Sie gehören zu den Top-Salons Ihrer Region! Das Angebot gilt nur bis Freitag."),
])
c("junk", "paid_podcast", "de", "Podcast-Gastauftritt gegen Gebühr", [
    ("podcast", "2025-01-28 17:00", "Hallo Verena, wir würden dich gern als Gast im Beauty Business Talk haben! Unsere Hörer sind Salonbesitzer:innen aus ganz DACH. "
     "Für Produktion und Promotion berechnen wir eine kleine Pauschale von 290 €. Bock drauf?"),
])
c("junk", "paid_feature", "de", "bezahltes Advertorial im Magazin", [
    ("mag", "2024-12-10 09:30", "Sehr geehrte Frau Hörmann, in unserer Frühjahrsausgabe stellen wir die 'Salons des Jahres' in Süddeutschland vor. "
     "Eine Seite mit Porträt und Fotos bekommen Sie für 950 € netto. Darf ich Ihnen einen Platz reservieren?"),
])
c("junk", "offers_her_own_service", "de", "mobile Friseurin bietet der Friseurmeisterin Haarschnitte an", [
    ("ownoffer", "2025-04-29 12:15", "Hallo Verena! Gönn deinem Team was Gutes: Wir kommen mit mobilem Friseursalon in deine Firma und schneiden, föhnen und stylen "
     "deine Mitarbeiter direkt vor Ort. Perfekt als Benefit! Ab 25 € pro Person."),
])
c("junk", "capacity_for_clients", "de", "fragt nach Kapazität für neue Kundinnen", [
    ("capacity", "2025-06-16 09:30", "Hallo Verena, haben Sie in Ihrem Salon noch Kapazitäten für neue Kundinnen? Über Terminglück buchen täglich tausende "
     "Menschen - wir vermitteln sie gegen eine kleine Provision pro Buchung."),
])
c("junk", "like_minded", "de", "vernetzen als gleichgesinnte Unternehmer", [
    ("likeminded", "2025-01-02 23:10", "Hallo Verena! Ich vernetze mich gerne mit gleichgesinnten Unternehmern, die etwas bewegen wollen 💪 "
     "Lass uns connecten und schauen, wie wir uns gegenseitig pushen können! 🚀"),
])
c("junk", "quick_call", "de", "kurzer 15-Minuten-Call zu SEO", [
    ("quick", "2025-07-08 08:00", "Hallo Verena, Ihr Salon taucht bei Google für 'Friseur Augsburg' nicht auf Seite 1 auf. Hätten Sie 15 Minuten für einen kurzen Call? "
     "Ich zeige Ihnen drei schnelle Verbesserungen."),
    ("quick", "2025-07-15 08:00", "Hallo Verena, ich wollte nochmal nachfragen - passt Ihnen ein kurzer 15-Minuten-Call?"),
])
c("junk", "connect_then_pitch", "de", "Smalltalk nach Vernetzung, Pitch in Nachricht 2", [
    ("ctp1", "2025-06-03 09:10", "Danke fürs Vernetzen, Frau Hörmann! Zwei Salons in Augsburg, Respekt. Wie läuft's denn so in der Branche gerade?"),
    ("ctp1", "2025-06-05 09:00", "Ich begleite kleine Unternehmen dabei, Prozesse zu verschlanken und 20 % mehr Gewinn zu machen. "
     "Hätten Sie Lust auf ein kostenloses Erstgespräch?"),
])
c("junk", "connect_then_pitch", "de", "Solar-Pitch nachdem sie auf den Smalltalk geantwortet hat", [
    ("ctp2", "2025-09-15 08:40", "Servus Frau Hörmann, danke für die Annahme! Bin öfter in Göggingen unterwegs, schöner Laden. Viel los bei Ihnen?"),
    ("me", "2025-09-15 12:10", "Servus, danke! Ja, gut zu tun, vor der Hochzeitssaison sowieso."),
    ("ctp2", "2025-09-15 12:30", "Das glaub ich! Apropos - bei so vielen Föhns läuft der Stromzähler ja heiß 😅 Haben Sie schon mal über Photovoltaik "
     "aufs Dach nachgedacht? Ich mach Ihnen gern eine kostenlose Ertragsprognose."),
    ("me", "2025-09-15 13:00", "Wir sind zur Miete, das Dach gehört uns nicht."),
    ("ctp2", "2025-09-15 13:05", "Kein Problem, dann wäre ein Balkonkraftwerk oder Stromspeicher was! Wann passt ein Termin?"),
])
c("junk", "connect_then_pitch", "de", "Network-Marketing nach Vernetzung, Pitch in Nachricht 3", [
    ("ctp3", "2025-11-20 21:00", "Hey Verena 😊 freu mich, dass wir connected sind! Ich liebe es, starke Frauen im Business zu sehen."),
    ("ctp3", "2025-11-22 20:30", "Darf ich fragen, wie du Job und Privates unter einen Hut bekommst? Ich hatte lange zu kämpfen damit."),
    ("ctp3", "2025-11-25 21:15", "Ich hab mir mit Glow Network ein zweites Standbein aufgebaut, flexibel vom Handy aus. Gerade für Beauty-Profis ideal! "
     "Soll ich dir mehr erzählen? 💕"),
])
c("junk", "follow_up_bumps", "de", "Auto-Abo mit mehrfachen Nachfass-Nachrichten", [
    ("bump1", "2025-01-20 10:00", "Hallo Frau Hörmann, suchen Sie ein flexibles Firmenfahrzeug? Mit AutoAbo Gewerbe ab 299 € im Monat inklusive Versicherung."),
    ("bump1", "2025-01-27 10:00", "Hallo Frau Hörmann, haben Sie meine Nachricht gesehen?"),
    ("bump1", "2025-02-10 10:00", "Hallo Frau Hörmann, ich will nicht nerven - ist das Thema für Sie gerade relevant?"),
    ("bump1", "2025-02-24 10:00", "Letzte Nachricht, versprochen! Soll ich Ihnen die Unterlagen einfach per Mail schicken?"),
])
c("junk", "follow_up_bumps", "de", "Teamcoaching mit Nachfass-Nachrichten", [
    ("bump2", "2024-09-16 14:00", "Hallo Verena, wie motiviert ist Ihr Team? Mit unserem Teamkraft-Workshop steigern Sie die Mitarbeiterbindung nachweislich."),
    ("bump2", "2024-09-23 14:00", "Hallo Verena, ich hake nochmal nach 😊"),
    ("bump2", "2024-10-07 14:00", "Hallo Verena, ich schiebe meine Nachricht nochmal nach oben in Ihr Postfach."),
])
c("junk", "investment_offer", "en", "crypto wealth pitch in English", [
    ("crypto", "2025-02-14 22:40", "Hello Verena, I hope you are well. I help successful entrepreneurs grow their wealth through digital assets, "
     "with consistent monthly returns. Would you be open to a private conversation?"),
])
c("junk", "fluent_named_company", "de", "flüssiger Pitch mit ihrem Firmennamen, passt auf jeden", [
    ("fluent", "2025-10-01 09:15", "Hallo Frau Hörmann, Haarwerk Hörmann steht ganz offensichtlich für Qualität und persönliche Beratung - genau deshalb "
     "schreibe ich Ihnen. Mit VoiceDesk KI beantwortet ein intelligenter Telefonassistent rund um die Uhr Ihre Anrufe, vereinbart Termine "
     "und entlastet Ihr Team, damit Sie sich auf das Wesentliche konzentrieren können. Wäre es spannend, zu sehen, wie das bei Haarwerk Hörmann aussehen könnte?"),
])
c("junk", "franchise_offer", "de", "Franchise-Angebot einer Friseurkette", [
    ("franchise", "2024-04-09 11:00", "Sehr geehrte Frau Hörmann, haben Sie schon einmal darüber nachgedacht, Teil einer starken Marke zu werden? "
     "Als Franchise-Partnerin von HairFranchise profitieren Sie von Einkaufsvorteilen und bundesweitem Marketing. Infoabend am 25.4."),
])
c("junk", "off_topic_product", "de", "Weinpräsente für Firmenkunden", [
    ("wein", "2024-11-18 10:30", "Grüß Gott Frau Hörmann, Weihnachten steht vor der Tür! Überraschen Sie Ihre Kunden und Mitarbeiter mit edlen Weinpräsenten. "
     "Ab 10 Präsenten versandkostenfrei."),
])

c("junk", "fake_reviews", "de", "gekaufte Google-Bewertungen", [
    ("reviews", "2025-12-03 13:40", "Hallo Verena, mehr 5-Sterne-Bewertungen = mehr Kunden! Wir liefern echte Google-Bewertungen von verifizierten Accounts, "
     "50 Stück für 199 €. Diskret und sicher. Interesse?"),
])
c("junk", "generic_funding", "de", "generischer Fördermittelberater", [
    ("foerder", "2026-01-12 09:00", "Sehr geehrte Frau Hörmann, wussten Sie, dass 9 von 10 Unternehmen Fördermittel verschenken? Wir prüfen kostenlos, "
     "welche Zuschüsse Ihnen zustehen - Honorar nur im Erfolgsfall (15 %). Wann darf ich Sie anrufen?"),
    ("foerder", "2026-01-26 09:00", "Sehr geehrte Frau Hörmann, darf ich nochmal an meine Nachricht erinnern?"),
])

ex.write(OUT, {
    "First Name": "Verena", "Last Name": "Hörmann",
    "Headline": "Friseurmeisterin & Inhaberin Haarwerk Hörmann | Balayage, Braut, Ausbildung | Augsburg",
    "Summary": "Zwei Salons in Augsburg-Pfersee und Göggingen, 11 Mitarbeiterinnen und Mitarbeiter, Ausbildungsbetrieb. "
               "Schwerpunkte Farbe, Balayage und Brautstyling. Trainerin an der Akademie für Haarkunst, Prüferin der Friseur-Innung.",
    "Industry": "Consumer Services", "Zip Code": "86157", "Geo Location": "Augsburg, Bayern, Deutschland",
    "Websites": "[COMPANY:www.haarwerk-hoermann.example]",
}, [
    {"Company Name": "Haarwerk Hörmann", "Title": "Friseurmeisterin & Inhaberin", "Description": "Salons in Pfersee (seit 2014) und Göggingen (seit 2019).",
     "Location": "Augsburg", "Started On": "Sep 2014", "Finished On": ""},
    {"Company Name": "Akademie für Haarkunst Ulm", "Title": "Freie Trainerin Farbe", "Description": "",
     "Location": "Ulm", "Started On": "Oct 2020", "Finished On": ""},
    {"Company Name": "Salon Seitz", "Title": "Friseurin", "Description": "Ausbildung und Gesellenjahre",
     "Location": "Augsburg", "Started On": "Sep 2004", "Finished On": "Aug 2013"},
], ["Balayage", "Haarfarbe", "Brautstyling", "Tape-in Extensions", "Ausbildung", "Salonführung"])

if __name__ == "__main__":
    print(ex.summary())

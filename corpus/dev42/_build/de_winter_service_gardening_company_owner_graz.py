"""dev42 persona: owner of a garden-care and winter-service company in Graz.

Written blind to the detector, by hand. Running this script regenerates the folder
../de-winter-service-gardening-company-owner-graz byte-identically.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-winter-service-gardening-company-owner-graz"
OWNER = Person("me", "Andrea Pölzl", "https://www.linkedin.com/in/andrea-poelzl-gruen-3b90d1",
               "Pölzl Grün GmbH", "Geschäftsführerin")
ex = Export(SLUG, "2021", OWNER)
P = ex.person
G, W, J = "genuine", "wanted_pitch", "junk"

# ---------------------------------------------------------------- people: clients, staff, partners
P("hv_krenn", "Manfred Krenn", "Hausverwaltung Krenn & Partner", "Geschäftsführer", connected="2014-09-03")
P("hv_neu", "Sabine Url", "Murtal Immobilienverwaltung", "Objektbetreuerin",
  invite=("IN", "2021-09-13 08:20", "Guten Tag Frau Pölzl, wir suchen für den kommenden Winter einen verlässlichen Partner."),
  connected="2021-09-13")
P("privat1", "Dr. Gertraud Hofer", "", "Ärztin i.R.", connected="2019-05-20")
P("privat2", "Wolfgang Strohmeier", "Strohmeier Elektrotechnik", "Inhaber", connected="2018-11-02")
P("saison_hu", "Gábor Kiss", "", "Seasonal worker", connected="2019-03-01")
P("lehrling_mama", "Petra Wagner", "", "Verkäuferin",
  invite=("IN", "2021-02-15 19:05", ""), connected="2021-02-16")
P("fahrer", "Dragan Petrović", "", "Berufskraftfahrer C/E",
  invite=("IN", "2020-10-05 17:30", ""), connected="2020-10-05")
P("maschinen", "Thomas Rauch", "Rauch Landtechnik Kalsdorf", "Verkauf & Service", connected="2015-04-14")
P("splitt", "Ing. Herbert Lammer", "Lammer Schotter & Streugut", "Vertriebsleiter", connected="2016-10-20")
P("stadt", "Mag. Claudia Fink", "Stadt Graz – Straßenamt", "Referentin Vergabe", connected="2020-06-30")
P("versich", "Roland Eder", "Eder Versicherungsmakler", "Versicherungsmakler", connected="2013-02-11")
P("baumpeer", "Lukas Zach", "Zach Baumpflege", "Baumpfleger (ETW)", connected="2017-07-07")
P("personal", "Martina Koller", "Koller Personalberatung", "Personalberaterin", connected="2021-03-09")
P("stb", "Mag. Gerhard Pichler", "Pichler Steuerberatung", "Steuerberater", connected="2012-01-17")
P("innung", "Karin Posch", "Landesinnung der Gärtner Steiermark", "Innungsgeschäftsführerin", connected="2016-02-02")
P("fest1", "Elisabeth Kainz", "Wohnbau Eggenberg", "Hausverwalterin", connected="2015-08-08")
P("fest2", "Michael Gruber", "Gruber Pflasterungen", "Inhaber", connected="2014-05-05")
P("fest3", "Hannes Ulrich", "Raiffeisen Regionalbank", "Firmenkundenbetreuer", connected="2013-12-12")
P("spamlady", "Hermine Leitgeb", "", "", connected="2021-10-01")
P("schulfreund", "Bernd Schantl", "Gärtnerei Schantl", "Gärtnermeister", connected="2011-06-20")
P("presse", "Julia Hammer", "Steirerblick", "Redakteurin Lokales", connected="2019-12-01")
P("mitarb", "Stefan Reinisch", "Pölzl Grün GmbH", "Vorarbeiter", connected="2017-03-15")
P("mitarb2", "Ali Yılmaz", "Pölzl Grün GmbH", "Gärtner", connected="2018-04-01")
P("mitarb3", "Christoph Wild", "Pölzl Grün GmbH", "Winterdienst-Fahrer", connected="2019-11-10")
P("schule", "Josef Lind", "VS Graz-Liebenau", "Schulwart", connected="2020-09-14")
P("ams", "Daniela Trummer", "AMS Graz Süd", "Service für Unternehmen", connected="2019-01-22")
P("freundin", "Verena Kogler", "", "Physiotherapeutin", connected="2012-03-30")
P("baumschule", "Florian Haas", "Baumschule Haas Wildon", "Verkauf", connected="2018-02-19")
P("dankbar", "Ernst Tödtling", "", "Pensionist", connected="2020-07-01")
P("hotel", "Nadine Reiter", "Hotel Schlossbergblick", "Direktorin",
  invite=("IN", "2021-04-06 10:15", ""), connected="2021-04-06")
P("exmitarb", "Markus Fasching", "", "Landschaftsgärtner", connected="2018-06-01")

# ---------------------------------------------------------------- people: wanted pitchers
P("w_enteis", "Birgit Stangl", "Alpin Enteisung", "Anwendungstechnik")
P("w_robot", "Daniel Hütter", "MähMeister Robotik", "Gebietsverkaufsleiter Süd",
  invite=("IN", "2021-05-12 09:00", "Hallo Frau Pölzl, Ihr Vortrag beim Grünraumtag war super!"),
  connected="2021-05-12")
P("w_web", "Lena Riedl", "", "Webdesignerin (freiberuflich)")
P("w_app", "Kevin Ortner", "StreuLog", "Gründer")
P("w_baum", "Matthias Pucher", "Pucher Baumkontrolle", "Baumkontrolleur")
P("w_miete", "Sandra Kern", "KommunalRent Austria", "Key Account Süd")
P("w_haendler", "Patrick Wolf", "Wolf Kommunaltechnik Liebenau", "Werkstattleiter")
P("w_saison", "Ivana Horvat", "AdriaWork Personal", "Recruiting Saisonkräfte")
P("w_makler", "Gernot Trinkl", "GrünRisk Versicherungsmakler", "Makler")
P("w_ads", "Tobias Frühwirth", "Frühwirth Online Marketing", "Inhaber")
P("w_kleidung", "Sonja Rieger", "Sicher am Bau Arbeitskleidung", "Außendienst")
P("w_slo", "Matej Novak", "Snežnik Equipment d.o.o.", "Export Manager")

# ---------------------------------------------------------------- people: junk senders
P("t1", "Kevin Brunner", "Handwerk Recruiting Pro", "Recruiting-Experte",
  invite=("IN", "2021-01-18 07:55", ""), connected="2021-01-18")
P("t2", "Jana Wolff", "Handwerk Recruiting Pro", "Teamlead Sales")
P("t3", "Marco Seidl", "Meisterteam Digital", "Geschäftsführer")
P("t4", "Lisa Holzer", "Fachkraft Funnel", "Beraterin")
P("t5", "Ryan Fitzgerald", "TradeHire Digital", "Partnerships Manager")
P("mt1", "Simon Brandl", "Bewertungsprofi", "Vertrieb")
P("mt2", "Nicole Fuchs", "Fuhrpark Smart", "Sales")
P("mt3", "Andreas Mayr", "Förderfinder", "Berater")
P("mt4", "Jessica Lang", "Cloudwerk IT", "Inside Sales")
P("spons1", "Leasing Direkt Bank", "", "", url="https://www.linkedin.com/company/leasing-direkt-bank")
P("spons2", "TankCard Plus", "", "", url="https://www.linkedin.com/company/tankcard-plus")
P("award", "Dr. Robert Stein", "Österreichs Beste Dienstleister", "Jury-Koordination")
P("feature", "Melanie Grill", "Wirtschaftsmagazin Erfolg", "Anzeigenleitung")
P("own_service", "Gerald Moser", "Schneefrei Facility Services", "Vertrieb")
P("capacity", "Florian Auer", "Auftragsradar", "Partnermanager")
P("likeminded", "Sebastian Hartl", "Hartl Consulting", "Unternehmer | Speaker | Mentor")
P("fifteen", "Laura Berger", "Zeitgewinn Software", "Account Executive")
P("ctp1", "Alexandra Pirker", "Pirker Coaching", "Business Coach für Frauen",
  invite=("IN", "2021-03-01 19:20", "Hallo liebe Andrea, ich vernetze mich gerne mit starken Unternehmerinnen!"),
  connected="2021-03-02")
P("ctp2", "Manuel Konrad", "Solarkraft Süd", "Energieberater",
  invite=("IN", "2021-06-21 11:40", ""), connected="2021-06-21")
P("ctp3", "René Fischer", "Trend Trading Academy", "Trader",
  invite=("IN", "2021-08-09 22:00", ""), connected="2021-08-10")
P("bump1", "Sarah Wimmer", "Klickstark Agentur", "Projektmanagerin")
P("bump2", "Oliver Kranz", "Nachfolge Partner", "M&A Berater")
P("j_web", "David Lechner", "Webfabrik 24", "Vertrieb")
P("j_robot", "Thomas Steiner", "RoboGarden", "Vertrieb")
P("j_app", "Patrick Hauser", "Handwerker App", "Sales")
P("j_salz", "Yvonne Pammer", "Salzhandel Europa", "Vertrieb")
P("j_kleidung", "Heinz Ebner", "Workwear Express", "Verkauf")
P("fluent", "Dr. Katharina Weiss", "Weiss Strategie", "Strategieberaterin")
P("crypto", "James Porter", "", "Crypto Wealth Advisor")
P("energie", "Stefanie Rath", "Energiepreis Check", "Energieberaterin")
P("ehrung", "Thomas Zöhrer", "Steirische Wirtschaftsgala", "Organisation")
P("j_leih", "Sven Hofbauer", "Flexi Personalleasing", "Niederlassungsleiter")
P("j_versich", "Daniel Koch", "Versicherungscheck24 Partner", "Finanzberater")
P("j_seo", "Nina Brandstätter", "Top Ranking Agentur", "SEO-Beraterin")
P("ghost", "Carina Lenz", "Profiltext", "LinkedIn-Texterin")
P("buchhaltung", "Igor Petrenko", "Remote Office Solutions", "Business Development")
P("benefits", "Stephanie Moll", "Gutscheinwelt Business", "Key Account")
P("podcast", "Max Pirchner", "Macher-Podcast", "Host")

# ================================================================ genuine (35)
ex.conv(G, "client_contract_price", "de", "langjährige Hausverwaltung: Winterdienstvertrag mit Preiserhöhung", [
    ("me", "2020-09-08 08:30", "Servus Manfred, ich schick dir diese Woche die Verlängerung für den Winterdienst 2020/21. Wir müssen heuer leider um 6 % rauf, der Splitt und die Löhne sind deutlich teurer geworden. Die 14 Objekte bleiben gleich, Bereitschaft ab 1. November."),
    ("hv_krenn", "2020-09-08 11:02", "Hallo Andrea, verstehe ich, ist überall so. 6 % kann ich den Eigentümern erklären. Bitte aber die Annenstraße 21 extra ausweisen, da ist seit dem Umbau die Einfahrt größer."),
    ("me", "2020-09-08 11:40", "Mach ich, danke dir. Ich fahr nächste Woche noch vorbei und mess die Einfahrt nach."),
    ("hv_krenn", "2020-09-22 16:15", "Vertrag ist unterschrieben zurück. Schönen Herbst!"),
])
ex.conv(G, "inbound_lead_quote", "de", "neue Hausverwaltung will Angebot für 12 Wohnanlagen", [
    ("hv_neu", "2021-09-13 09:00", "Sehr geehrte Frau Pölzl,\n\ndanke fürs Annehmen. Wir betreuen 12 Wohnanlagen in Graz-Straßgang und Wetzelsdorf und unser bisheriger Winterdienst hört mit Ende der Saison auf. Könnten Sie uns ein Angebot für Räumung und Streuung inkl. Haftungsübernahme nach § 93 StVO legen? Die Flächenpläne schicke ich gerne per Mail.\n\nMit freundlichen Grüßen\nSabine Url"),
    ("me", "2021-09-13 10:20", "Liebe Frau Url, sehr gerne. Bitte schicken Sie die Pläne an office@, ich schaue mir die Anlagen nächste Woche vor Ort an und Sie haben das Angebot bis Ende September."),
    ("hv_neu", "2021-09-13 10:35", "Wunderbar, danke!"),
    ("hv_neu", "2021-10-04 14:00", "Liebe Frau Pölzl, das Angebot passt, wir würden gern mit allen 12 Anlagen starten. Vertrag kommt per Post."),
])
ex.conv(G, "private_client_quote", "de", "Privatkundin in Mariatrost fragt Angebot für Heckenschnitt", [
    ("privat1", "2021-05-25 18:10", "Liebe Frau Pölzl, die Thujenhecke ist wieder zu hoch geworden und der Nachbar beschwert sich schon. Könnten Sie mir sagen, was der Schnitt heuer kostet? Letztes Jahr waren es glaub ich 380 Euro. Und ob Sie auch den Rasen übernehmen könnten, mein Rücken macht nicht mehr mit."),
    ("me", "2021-05-26 07:45", "Liebe Frau Doktor, gerne! Hecke wieder ca. 380 bis 400, je nachdem wie viel Schnittgut. Rasen alle 14 Tage wären 45 pro Mal. Wir könnten Mitte Juni kommen, passt das?"),
    ("privat1", "2021-05-26 09:00", "Das passt sehr gut. Danke, Sie sind ein Schatz."),
])
ex.conv(G, "client_complaint", "de", "Kunde beschwert sich: Zufahrt am Sonntag nicht geräumt", [
    ("privat2", "2021-01-10 07:05", "Hallo Andrea, bei uns in der Firmenzufahrt Puntigamer Straße liegt seit gestern Abend 20 cm und es war noch niemand da. Die Lkw kommen um 8. Bitte dringend!!"),
    ("me", "2021-01-10 07:12", "Wolfgang, tut mir leid, der Christoph hängt in Andritz fest, ein Fahrzeug ist ausgefallen. Ich schick den Stefan mit dem kleinen Traktor, ist in 25 Minuten da."),
    ("privat2", "2021-01-10 08:01", "Passt, ist frei. Danke."),
])
ex.conv(G, "seasonal_worker", "en", "Hungarian seasonal worker asks about returning for the season", [
    ("saison_hu", "2021-02-08 20:30", "Hello Andrea, I hope you and the team are fine. Will you need me again from March like last year? I can come 15 March. My brother also wants to work, he has B licence and worked in garden centre."),
    ("me", "2021-02-09 08:15", "Hi Gábor! Yes, we definitely need you from 15 March. Tell your brother to send me his CV by email, we need one more person from April."),
    ("saison_hu", "2021-02-09 08:40", "Great, thank you very much! I tell him today."),
])
ex.conv(G, "applicant", "de", "Mutter fragt nach Lehrstelle für ihren Sohn", [
    ("lehrling_mama", "2021-02-16 18:45", "Grüß Gott Frau Pölzl, mein Sohn Luca (15) möchte gern Garten- und Grünflächengestalter werden und hat bei Ihnen im Herbst geschnuppert, es hat ihm sehr gefallen. Nehmen Sie heuer wieder einen Lehrling auf? Wie soll er sich bewerben?"),
    ("me", "2021-02-17 07:30", "Grüß Gott Frau Wagner, ja, ich erinnere mich an Luca, sehr fleißig! Er soll bitte einen kurzen Lebenslauf und das letzte Zeugnis an office@ schicken. Lehrbeginn wäre 1. September."),
    ("lehrling_mama", "2021-02-17 12:10", "Vielen vielen Dank, er freut sich riesig!"),
])
ex.conv(G, "applicant", "de", "Bewerber als Winterdienstfahrer mit C-Führerschein", [
    ("fahrer", "2020-10-05 18:00", "Guten Abend, habe gesehen Sie suchen Fahrer für Winterdienst. Ich habe C und E Führerschein, 10 Jahre Erfahrung, auch mit Streuer. Wohne in Gösting. Ist die Stelle noch frei?"),
    ("me", "2020-10-06 07:50", "Guten Morgen Herr Petrović, ja, die Stelle ist noch frei. Können Sie am Donnerstag um 16 Uhr bei uns im Betrieb in Puntigam vorbeikommen?"),
    ("fahrer", "2020-10-06 08:10", "Ja Donnerstag passt. Danke"),
])
ex.conv(G, "supplier_price_list", "de", "Landtechnik-Händler: neue Preisliste und Serviceintervall", [
    ("maschinen", "2021-01-28 13:00", "Hallo Andrea, kurze Info: ab 1. März gilt die neue Preisliste, Ersatzteile ca. +4 %, Stundensatz Werkstatt 89 statt 84. Wenn ihr die Frühjahrsinspektion für die zwei Traktoren und die Mäher noch im Februar macht, rechne ich noch alt ab."),
    ("me", "2021-01-28 14:20", "Servus Thomas, danke für die Info! Dann bringen wir die Mäher in KW 7, die Traktoren brauchen wir aber noch, solang Schnee liegt. Geht das bei denen auch Anfang März zum alten Preis?"),
    ("maschinen", "2021-01-28 14:45", "Wenn du sie bis 5.3. bringst, ja. Aber nur für dich ;)"),
])
ex.conv(G, "supplier_price_change", "de", "Streugut-Lieferant: Splittpreis steigt, Lieferung vor Saison", [
    ("splitt", "2020-10-12 10:00", "Sehr geehrte Frau Pölzl, liebe Andrea, wegen höherer Transportkosten müssen wir den Rollsplitt 4/8 ab 1.11. auf 31,50 je Tonne anheben. Wer bis 31.10. abruft, bekommt noch den Sommerpreis. Wie viel dürfen wir heuer einplanen? Letztes Jahr waren es 140 t."),
    ("me", "2020-10-12 12:30", "Hallo Herbert, bitte 100 t bis Ende Oktober ins Lager Puntigam, den Rest rufen wir im Jänner ab. Gleiche Lieferadresse wie immer."),
    ("splitt", "2020-10-12 12:45", "Notiert, Lieferung KW 43. LG Herbert"),
])
ex.conv(G, "city_tender", "de", "Stadt Graz: Rückfrage zum Angebot in der Winterdienst-Ausschreibung", [
    ("stadt", "2020-07-14 09:30", "Sehr geehrte Frau Pölzl, im Rahmen der Ausschreibung Winterdienst Gehsteige Los 3 (Liebenau/Puntigam) fehlt in Ihrem Angebot der Nachweis der Betriebshaftpflicht. Bitte reichen Sie diesen bis 21.7. über die Vergabeplattform nach. Mit freundlichen Grüßen, Claudia Fink"),
    ("me", "2020-07-14 10:05", "Sehr geehrte Frau Mag. Fink, danke für den Hinweis, ich lade die Polizze heute noch hoch. Mit freundlichen Grüßen, Andrea Pölzl"),
    ("stadt", "2020-08-25 11:00", "Sehr geehrte Frau Pölzl, die Zuschlagsentscheidung wird Ihnen in den nächsten Tagen offiziell übermittelt. Ich darf Ihnen vorab gratulieren."),
    ("me", "2020-08-25 11:20", "Das freut uns sehr, vielen Dank!"),
])
ex.conv(G, "insurance_renewal", "de", "Versicherungsmakler: Haftpflichtprämie steigt nach Schadensfall", [
    ("versich", "2021-06-02 15:10", "Hallo Andrea, die Versicherung will die Betriebshaftpflicht nach dem Sturz in der Herrgottwiesgasse um 9 % erhöhen. Ich hab zwei Alternativangebote eingeholt, eins ist sogar günstiger bei gleicher Deckung für die Winterdienst-Haftungsübernahme. Sollen wir uns zusammensetzen?"),
    ("me", "2021-06-02 17:40", "Servus Roland, ja bitte. Nächste Woche Dienstag bei mir im Büro, 9 Uhr? Bring den Vergleich mit."),
    ("versich", "2021-06-02 17:55", "Passt, bis Dienstag."),
])
ex.conv(G, "peer_joint_offer", "de", "Baumpfleger schlägt gemeinsames Angebot für eine Hausverwaltung vor", [
    ("baumpeer", "2021-03-18 19:20", "Servus Andrea! Die Wohnbau Eggenberg will für ihre Anlagen Baumpflege und Grünpflege aus einer Hand. Alleine schaff ich das nicht, du hast keinen Baumkletterer. Wollen wir ein gemeinsames Angebot machen? Du Rasen und Hecken, ich Bäume und Baumkontrolle, eine Rechnung über dich?"),
    ("me", "2021-03-18 20:05", "Lukas, super Idee. Die Elisabeth Kainz kenn ich gut. Treffen wir uns Montag auf einen Kaffee und rechnen das durch?"),
    ("baumpeer", "2021-03-18 20:10", "Montag 7:30 beim Bäcker am Griesplatz!"),
])
ex.conv(G, "recruiter_engaged", "de", "Personalberaterin, von der Inhaberin beauftragt, schickt Kandidaten für Vorarbeiter", [
    ("me", "2021-03-10 08:00", "Liebe Frau Koller, wie besprochen: Vorarbeiter Grünraum, ab Mai, Vollzeit, Führerschein B+E, Erfahrung mit Lehrlingen. Gehalt laut KV plus Überzahlung nach Erfahrung."),
    ("personal", "2021-03-10 09:15", "Danke Frau Pölzl, Auftrag ist angelegt. Ich habe schon zwei Gärtnermeister im Kopf, einer aus Leibnitz, einer aus Weiz. Ich melde mich bis Ende nächster Woche mit Profilen."),
    ("personal", "2021-03-19 16:30", "Die zwei Profile sind per Mail unterwegs. Herr S. aus Leibnitz könnte schon ab 15. April."),
    ("me", "2021-03-22 07:40", "Danke! Herrn S. würde ich gern kennenlernen, am liebsten bei uns im Betrieb."),
])
ex.conv(G, "tax_advisor", "de", "Steuerberater zu Saisonkräften und Anmeldung", [
    ("stb", "2021-03-05 11:00", "Liebe Frau Pölzl, für die Saisonkräfte ab 15.3. brauche ich bitte bis 10.3. Namen, SV-Nummern und Arbeitszeiten, damit die Anmeldung bei der ÖGK rechtzeitig rausgeht."),
    ("me", "2021-03-05 13:30", "Hallo Herr Pichler, schicke ich morgen. Ein Ungar hat noch keine SV-Nummer, der Bruder von Gábor, ist das ein Problem?"),
    ("stb", "2021-03-05 13:50", "Nein, die wird bei der Anmeldung vergeben. Reisepasskopie reicht."),
])
ex.conv(G, "event_invitation", "de", "Landesinnung lädt zum Grünraumtag ein und fragt nach Vortrag", [
    ("innung", "2021-02-22 10:00", "Liebe Andrea, der Grünraumtag findet heuer am 6. Mai im Steiermarkhof statt, hoffentlich in Präsenz. Würdest du 20 Minuten über eure Erfahrungen mit Mährobotern in Wohnanlagen erzählen? Die Kollegen fragen ständig danach."),
    ("me", "2021-02-22 13:15", "Liebe Karin, gerne, wenn ich auch von den Pannen erzählen darf :)"),
    ("innung", "2021-02-22 13:20", "Unbedingt, die sind das Beste!"),
])
ex.conv(G, "thanks_after_event", "de", "Dank 1/3 nach der 20-Jahr-Feier des Betriebs", [
    ("fest1", "2021-09-25 09:10", "Liebe Andrea, danke für das wunderschöne Fest gestern! 20 Jahre Pölzl Grün, ich gratuliere dir von Herzen. Der Schilcher war übrigens hervorragend."),
])
ex.conv(G, "thanks_after_event", "de", "Dank 2/3 nach derselben Feier", [
    ("fest2", "2021-09-25 10:32", "Servus Andrea, danke für die Einladung gestern, war ein super Fest! Alles Gute für die nächsten 20 Jahre."),
    ("me", "2021-09-25 11:00", "Danke Michi, schön dass ihr da wart!"),
])
ex.conv(G, "thanks_after_event", "de", "Dank 3/3 nach derselben Feier", [
    ("fest3", "2021-09-26 18:45", "Liebe Frau Pölzl, herzlichen Dank für die Einladung zum Jubiläum, es war ein wunderschöner Abend. Alles Gute für die nächsten 20 Jahre!"),
])
ex.conv(G, "genuine_in_spam", "de", "ältere Privatkundin fragt nach Laubentfernung, im SPAM gelandet", [
    ("spamlady", "2021-10-02 15:20", "Sehr geehrte Frau Pölzl ich habe Ihre Nummer von meiner Nachbarin der Frau Dr Hofer. Ich habe einen großen Nussbaum und schaffe das Laub nicht mehr. Können Sie im November einmal kommen und was kostet das. Ich wohne in der Mariatroster Straße. Mit freundlichen Grüßen Hermine Leitgeb"),
    ("me", "2021-10-11 08:10", "Liebe Frau Leitgeb, entschuldigen Sie die späte Antwort, Ihre Nachricht war im falschen Ordner. Sehr gerne kommen wir im November, ich rufe Sie diese Woche an und wir machen einen Termin aus. Das Laub nehmen wir mit."),
], folder="SPAM")
ex.conv(G, "owner_request_quote", "de", "Inhaberin fragt Händler nach Angebot für Schneefräse", [
    ("me", "2020-11-03 07:20", "Servus Thomas, wir bräuchten für die Gehsteige in Liebenau noch eine handgeführte Schneefräse, Arbeitsbreite um die 70 cm, Elektrostart. Was hast du lagernd und was kostet das?"),
    ("maschinen", "2020-11-03 09:45", "Hallo Andrea, lagernd hab ich eine mit 71 cm, 2.290 netto, und eine stärkere mit Raupen um 3.150. Bei der kleinen leg ich dir einen Satz Scherstifte dazu."),
    ("me", "2020-11-03 10:02", "Die kleine bitte, hol ich Freitag ab."),
])
ex.conv(G, "owner_outreach", "de", "Inhaberin fragt ehemaligen Mitarbeiter, ob er zurückkommen will", [
    ("me", "2021-10-18 19:00", "Hallo Markus, lang nix gehört! Wie geht's dir in Wien? Falls du wieder in Graz bist: wir suchen für den Winter Verstärkung und im Frühjahr einen Partieführer. Würd mich freuen."),
    ("exmitarb", "2021-10-19 21:30", "Hey Andrea! Danke dass du an mich denkst. Ich zieh tatsächlich im Dezember zurück. Lass uns telefonieren, ich meld mich am Wochenende."),
])
ex.conv(G, "long_standing_contact", "de", "Schulkollege aus der Gartenbauschule, seit Jahren Kontakt", [
    ("schulfreund", "2018-12-23 17:00", "Frohe Weihnachten Andrea! Noch immer Schneeschaufeln statt Christbaum verkaufen? :)"),
    ("me", "2018-12-24 09:00", "Haha, eh klar. Frohe Weihnachten Bernd, grüß mir die Susi!"),
    ("schulfreund", "2020-04-15 12:30", "Bist gut durch den Lockdown gekommen? Bei uns im Verkauf ist die Hölle los, alle wollen plötzlich Tomaten pflanzen."),
    ("me", "2020-04-15 13:10", "Wir dürfen zum Glück arbeiten, nur halt mit Abstand. Bleibt gesund!"),
    ("schulfreund", "2021-11-20 20:15", "Klassentreffen im Jänner beim Kirchenwirt, bist dabei?"),
    ("me", "2021-11-21 08:40", "Sicher, wenn's nicht grad schneit!"),
])
ex.conv(G, "press", "de", "Journalistin fragt nach Räumpflicht der Anrainer", [
    ("presse", "2020-12-01 10:15", "Liebe Frau Pölzl, ich schreibe für den Steirerblick einen Artikel über die Räum- und Streupflicht für Hauseigentümer. Hätten Sie 10 Minuten für ein kurzes Telefonat, welche Fehler Sie am häufigsten sehen? Gerne auch mit Foto von Ihnen bei der Arbeit."),
    ("me", "2020-12-01 11:00", "Liebe Frau Hammer, gern! Heute ab 14 Uhr bin ich erreichbar. Foto machen wir am besten, wenn wirklich Schnee liegt :)"),
    ("presse", "2020-12-01 11:05", "Perfekt, ich rufe um 14 Uhr an."),
])
ex.conv(G, "client_followup_quote", "de", "Hausverwaltung will Frühjahrskehrung des Splitts", [
    ("hv_krenn", "2021-03-15 09:40", "Hallo Andrea, die Eigentümer in der Kärntner Straße beschweren sich über den Splitt auf den Gehwegen. Kannst du mir für alle 14 Objekte ein Angebot für die Frühjahrskehrung machen? Gern auch mit Entsorgung."),
    ("me", "2021-03-15 12:00", "Mach ich bis Mittwoch. Wir fangen eh nächste Woche an, wenn's trocken bleibt."),
])
ex.conv(G, "employee", "de", "Mitarbeiter fragt nach Zeitausgleich", [
    ("mitarb2", "2021-07-28 20:10", "Hallo Chefin, kann ich am 13. und 16. August Zeitausgleich nehmen? Meine Schwester heiratet in Kapfenberg."),
    ("me", "2021-07-29 06:45", "Hallo Ali, gratuliere der Schwester! Passt, trag es bitte in den Kalender ein."),
])
ex.conv(G, "team_group", "de", "Teamgruppe Winterdienst-Bereitschaft", [
    ("me", "2020-11-27 17:00", "Hallo Leute, Bereitschaftsplan für Dezember ist im Büro aufgehängt. Ab Montag bitte Handy laut in der Nacht. Wer tauschen will, bitte direkt untereinander und mir sagen."),
    ("mitarb", "2020-11-27 17:20", "Passt. Die Streuer sind alle gecheckt, nur beim kleinen hakt die Walze, schau ich morgen an."),
    ("mitarb3", "2020-11-27 18:05", "Ich tausch 12./13. mit Stefan, ist abgesprochen"),
    ("me", "2020-11-27 18:10", "Danke euch!"),
], title="Winterdienst Team 20/21", extra=["mitarb2"])
ex.conv(G, "client_school", "de", "Schulwart fragt nach zusätzlicher Laubentfernung", [
    ("schule", "2020-11-09 12:00", "Grüß Gott Frau Pölzl, nach dem Sturm ist der ganze Schulhof voll Laub und zwei Äste liegen am Spielplatz. Könnten Sie diese Woche noch kommen? Die Direktorin sagt, es geht über den normalen Auftrag."),
    ("me", "2020-11-09 12:40", "Grüß Gott Herr Lind, wir kommen Mittwoch früh, die Äste machen wir zuerst weg. Rechnung geht wie immer an die Stadt mit Vermerk Zusatzleistung."),
], folder="ARCHIVE")
ex.conv(G, "job_centre", "de", "AMS-Beraterin schickt Bewerber für Saisonstellen", [
    ("ams", "2021-02-03 10:10", "Liebe Frau Pölzl, zu Ihrer Meldung für 3 Saisonhilfskräfte Grünraum habe ich 5 Personen mit Vermittlungsvorschlag zu Ihnen geschickt. Bitte geben Sie mir kurz Rückmeldung, wer sich gemeldet hat."),
    ("me", "2021-02-08 15:30", "Liebe Frau Trummer, drei haben sich gemeldet, zwei nehmen wir ab März. Rückmeldung kommt auch noch über das eAMS-Konto."),
])
ex.conv(G, "friend", "de", "Freundin plant Ausflug in die Südsteiermark", [
    ("freundin", "2021-08-30 21:00", "Buschenschank am Samstag? Ich hab gehört beim Lackner gibt's schon Sturm"),
    ("me", "2021-08-30 21:12", "Jaaa! Aber ich fahr, hab Sonntag früh Baustelle. Hol dich um 3 ab."),
    ("freundin", "2021-08-30 21:13", "Perfekt, Brettljause geht auf mich"),
])
ex.conv(G, "supplier_order", "de", "Baumschule bestätigt Pflanzenbestellung", [
    ("baumschule", "2021-04-12 08:30", "Hallo Frau Pölzl, die 120 Hainbuchen 125-150 und die 40 Felsenbirnen sind ab Donnerstag abholbereit. Lieferung wäre mit 85 Euro Pauschale möglich. Wie hätten Sie's lieber?"),
    ("me", "2021-04-12 09:00", "Bitte liefern, direkt zur Baustelle in Seiersberg, Adresse schicke ich per Mail."),
])
ex.conv(G, "client_referral", "de", "zufriedener Kunde bedankt sich und empfiehlt Nachbarn", [
    ("dankbar", "2021-06-20 19:30", "Liebe Frau Pölzl, der Garten schaut aus wie noch nie, meine Frau ist begeistert. Unser Nachbar Herr Reinbacher möchte auch so ein Staudenbeet. Ich habe ihm Ihre Nummer gegeben, hoffe das ist recht."),
    ("me", "2021-06-21 07:10", "Lieber Herr Tödtling, das freut mich sehr! Natürlich, danke fürs Weitersagen."),
])
ex.conv(G, "inbound_lead_quote", "de", "Hotel will Angebot für Dachterrassen-Bepflanzung und Pflege", [
    ("hotel", "2021-04-06 10:40", "Guten Tag Frau Pölzl, wir eröffnen im Juni unsere Dachterrasse mit Blick auf den Schloßberg und suchen jemanden, der die Tröge bepflanzt und über den Sommer pflegt (ca. 30 Tröge, Bewässerung ist vorhanden). Könnten Sie sich das ansehen und ein Angebot machen?"),
    ("me", "2021-04-06 12:15", "Guten Tag Frau Reiter, das klingt schön! Ich könnte am Freitag um 10 vorbeischauen. Gibt es einen Lift bis aufs Dach? Wegen der Erde :)"),
    ("hotel", "2021-04-06 12:30", "Ja, einen Lastenlift. Freitag 10 Uhr passt, ich freue mich."),
])
ex.conv(G, "employee", "de", "Vorarbeiter meldet Schaden an Fahrzeug", [
    ("mitarb", "2021-02-12 05:40", "Morgen Andrea, beim Unimog ist heute Nacht der Hydraulikschlauch vom Schild geplatzt. Ich hab ihn abgestellt, wir fahren Tour 2 mit dem Pickup. Soll ich den Thomas anrufen?"),
    ("me", "2021-02-12 05:52", "Ja bitte, sag ihm er soll wen schicken, ich zahl den Notdienst. Danke Stefan!"),
], folder="ARCHIVE")
ex.conv(G, "long_standing_client", "de", "langjährige Privatkundin: Grüße und Terminwunsch", [
    ("privat1", "2020-03-30 10:00", "Liebe Frau Pölzl, dürfen Sie in diesen Zeiten überhaupt arbeiten? Die Rosen müssten geschnitten werden, aber ich will niemanden in Gefahr bringen."),
    ("me", "2020-03-30 11:20", "Liebe Frau Doktor, ja, wir arbeiten draußen mit Abstand. Ich komme selbst, nächste Woche Dienstag, und wir reden nur über den Zaun :)"),
    ("privat1", "2020-03-30 11:45", "Wie schön. Ich stelle Ihnen einen Kaffee aufs Fensterbrett."),
])
ex.conv(G, "bank_financing", "de", "langjähriger Bankbetreuer zu Leasing für ein neues Fahrzeug", [
    ("me", "2021-05-10 08:10", "Hallo Herr Ulrich, wir wollen vor dem Winter einen zweiten Unimog anschaffen, gebraucht, ca. 85.000 netto. Können Sie mir Leasing und Kredit gegenüberstellen? Laufzeit 5 Jahre."),
    ("fest3", "2021-05-10 11:30", "Liebe Frau Pölzl, gerne. Beim Leasing wären wir derzeit bei ca. 1,9 % fix, 20 % Anzahlung, Restwert 15 %. Den Kredit rechne ich Ihnen mit der Investitionsförderung durch, das schaut vielleicht sogar besser aus. Termin nächste Woche?"),
    ("me", "2021-05-10 12:00", "Ja, Mittwoch bei Ihnen in der Filiale, 10 Uhr?"),
    ("fest3", "2021-05-10 12:05", "Passt, ich trag's ein."),
])

# ================================================================ wanted pitches (12)
ex.conv(W, "deicer_post", "de", "Enteisungsmittel-Anbieter bezieht sich auf ihren LinkedIn-Beitrag über Splitt und Feinstaub", [
    ("w_enteis", "2021-01-21 14:00", "Liebe Frau Pölzl, Ihr Beitrag letzte Woche hat mich angesprochen: dass Sie in Graz fast nur Splitt streuen dürfen, dann im Frühjahr alles wieder zusammenkehren und trotzdem die Feinstaubwerte schlecht sind. Wir haben ein salzfreies Flüssig-Enteisungsmittel, das in der Umweltzone zugelassen ist und das die Stadt Klagenfurt auf Brücken testet. Für Stiegen und Eingänge, wo Splitt in die Häuser getragen wird, könnte das interessant sein. Soll ich Ihnen ein Testgebinde für zwei Objekte schicken?"),
    ("me", "2021-01-22 07:30", "Liebe Frau Stangl, ja, gerne, für die Eingänge wäre das wirklich interessant. Bitte mit Preis pro Liter und Sicherheitsdatenblatt."),
])
ex.conv(W, "robot_mower_talk", "de", "Mähroboter-Händler bezieht sich auf ihren Vortrag beim Grünraumtag", [
    ("w_robot", "2021-05-12 09:30", "Hallo Frau Pölzl, danke fürs Vernetzen! Bei Ihrem Vortrag beim Grünraumtag haben Sie zwei Probleme genannt: Roboter, die in Wohnanlagen gestohlen werden, und die Begrenzungsdrähte, die bei jeder Nachpflanzung kaputtgehen. Unsere neuen Geräte fahren ohne Draht mit RTK-GPS und sind per SIM geortet und gesperrt. Ich würde Ihnen gern eines für eine Anlage vier Wochen kostenlos hinstellen, damit Sie selbst sehen, ob es was taugt."),
    ("me", "2021-05-12 12:10", "Hallo Herr Hütter, das klingt spannend. Wir hätten eine Anlage in Wetzelsdorf, wo der Draht schon dreimal gerissen ist. Rufen Sie mich an."),
])
ex.conv(W, "web_designer_site", "de", "Webdesignerin hat die Website besucht und nennt konkrete Mängel", [
    ("w_web", "2020-09-29 11:20", "Liebe Frau Pölzl, ich bin Webdesignerin in Graz-Lend und habe Ihre Seite angeschaut, weil meine Mutter einen Winterdienst sucht. Zwei Dinge sind mir aufgefallen: Auf der Winterdienst-Seite steht noch 'Anmeldung für die Saison 2018/19', und man kann nur anrufen, es gibt kein Formular für Hausverwaltungen, die ja meistens am Abend Angebote einholen. Ich könnte das mit einem einfachen Anfrageformular und aktuellen Fotos für einen Fixpreis lösen. Wenn's Sie interessiert, schick ich einen Entwurf."),
    ("me", "2020-09-29 18:00", "Oh Gott, 2018/19. Danke! Ja, schicken Sie mir bitte einen Entwurf mit Preis."),
])
ex.conv(W, "winter_log_app_problem", "de", "App-Anbieter nennt das Haftungsproblem beim Räumnachweis konkret", [
    ("w_app", "2021-10-06 09:00", "Sehr geehrte Frau Pölzl, Winterdienstbetriebe, die die Haftung nach § 93 StVO übernehmen, stehen nach einem Sturz oft ohne Beweis da, wann zuletzt geräumt und gestreut wurde. Handschriftliche Räumbücher werden vor Gericht gern zerpflückt. StreuLog zeichnet per GPS am Fahrzeug automatisch auf, wann welche Fläche geräumt wurde, und hängt die ZAMG-Wetterdaten dazu. Ich habe in Ihrem Beitrag gelesen, dass Sie heuer zwölf neue Anlagen dazubekommen haben – vielleicht ein guter Moment. Darf ich Ihnen ein Beispielprotokoll schicken?"),
])
ex.conv(W, "tree_inspector_mutual_contact", "de", "Baumkontrolleur nennt Manfred Krenn als gemeinsamen Kontakt", [
    ("w_baum", "2021-07-01 16:40", "Guten Tag Frau Pölzl, Manfred Krenn von der Hausverwaltung Krenn hat mir Ihren Namen gegeben. Er meinte, Sie betreuen 14 seiner Objekte und er braucht für die Bäume dort ab nächstem Jahr eine Baumkontrolle nach ÖNORM L 1122 mit Baumkataster. Ich mache das als Subunternehmer für mehrere Gärtnereien, die Rechnung kann über Sie laufen. Hätten Sie Interesse an einem Gespräch?"),
    ("me", "2021-07-02 08:15", "Guten Tag Herr Pucher, ja, Manfred hat mir davon erzählt. Schicken Sie mir bitte Ihre Preise pro Baum und ein Muster vom Kataster."),
])
ex.conv(W, "equipment_rental_tender", "de", "Vermieter bezieht sich auf die veröffentlichte Ausschreibung Los 3", [
    ("w_miete", "2020-09-02 10:00", "Sehr geehrte Frau Pölzl, laut Bekanntmachung der Stadt Graz haben Sie den Zuschlag für Los 3 Winterdienst Gehsteige bekommen – gratuliere! In den Ausschreibungsunterlagen sind mindestens vier Geräte mit Streuautomat und eine Reserve gefordert. Falls Sie für die Reserve nicht extra kaufen wollen: wir vermieten Kompakt-Geräteträger mit Schild und Streuer für die Saison (Nov–März), inklusive Ersatzgerät binnen 4 Stunden. Darf ich Ihnen ein Angebot schicken?"),
    ("me", "2020-09-03 07:50", "Sehr geehrte Frau Kern, ja bitte, für ein Reservegerät. Danke."),
])
ex.conv(W, "dealer_knows_fleet", "de", "Händler kennt ihre Fahrzeuge von den Fotos und bietet nahen Service", [
    ("w_haendler", "2021-08-17 13:30", "Hallo Frau Pölzl, auf Ihren Fotos sieht man, dass Sie zwei Kommunaltraktoren mit Schneeschild fahren, die wir bei uns in Liebenau auch servicieren dürfen (wir sind seit heuer Vertragswerkstatt). Nachdem Sie in Puntigam sitzen, wären wir fünf Minuten weg statt der Fahrt nach Kalsdorf. Im Winter bieten wir für Vertragskunden Nachtbereitschaft bei Hydraulikschäden. Kein Druck, nur falls es mal eng wird."),
])
ex.conv(W, "seasonal_recruiter_job_ad", "de", "Personalvermittler für Saisonkräfte bezieht sich auf ihre AMS-Stellenanzeige", [
    ("w_saison", "2021-09-20 09:15", "Liebe Frau Pölzl, ich habe Ihre Anzeige im eJob-Room für 4 Winterdienst-Hilfskräfte mit Nachtbereitschaft gesehen. Wir vermitteln aus Kroatien und Slowenien Leute, die im Sommer im Tourismus an der Küste arbeiten und im Winter frei sind – viele mit Führerschein B und Deutschkenntnissen. Die Anmeldung und Unterkunftssuche in Graz übernehmen wir. Darf ich Ihnen zwei, drei Profile schicken?"),
])
ex.conv(W, "broker_register_item", "de", "Makler bezieht sich auf die GmbH-Eintragung und die Haftungsübernahme", [
    ("w_makler", "2020-05-18 10:45", "Sehr geehrte Frau Pölzl, ich habe im Firmenbuch gesehen, dass Sie Ihr Unternehmen in die Pölzl Grün GmbH eingebracht haben. Ein Punkt, der dabei oft übersehen wird: Die vertragliche Übernahme der Anrainerpflicht nach § 93 StVO muss in der Betriebshaftpflicht ausdrücklich mitversichert sein, und bei der Umgründung geht die alte Polizze nicht automatisch über. Ich bin auf Grünraum- und Winterdienstbetriebe spezialisiert und schaue mir Ihre Polizze gern kostenlos an."),
    ("me", "2020-05-18 14:00", "Danke für den Hinweis, Herr Trinkl. Das prüft eigentlich mein Makler, aber ich frag ihn gleich, ob das erledigt ist."),
])
ex.conv(W, "ads_agency_concrete", "de", "Online-Marketing-Agentur nennt ihre Google-Anzeige konkret", [
    ("w_ads", "2020-10-20 15:00", "Hallo Frau Pölzl, wenn man 'Winterdienst Graz Hausverwaltung' sucht, erscheint Ihre Anzeige – führt aber auf die Startseite mit Sommerfotos vom Rasenmähen und ohne Hinweis auf Haftungsübernahme. Damit zahlen Sie für Klicks, die wieder abspringen. Ich würde Ihnen eine eigene Winterdienst-Landingpage für die Kampagne bauen und die Anzeige auf Hausverwaltungen zuschneiden. Ich mache das für zwei Installateure in Graz, Referenzen gern auf Anfrage."),
])
ex.conv(W, "workwear_safety_problem", "de", "Arbeitskleidungs-Lieferant nennt die fehlende Warnschutzklasse", [
    ("w_kleidung", "2021-10-27 08:20", "Grüß Gott Frau Pölzl, auf den Fotos zu Ihrem Jubiläum tragen Ihre Mitarbeiter die grünen Firmenjacken – schön, aber für den Winterdienst an Gehsteigen und Straßenrändern ist Warnschutz nach EN ISO 20471 Klasse 2 oder 3 vorgeschrieben, und bei einem Unfall wird das zuerst gefragt. Wir machen Warnschutzjacken mit Ihrem Logo am Rücken, sodass die Firmenfarbe bleibt. Wenn Sie wollen, komme ich mit Mustern vorbei."),
    ("me", "2021-10-27 10:00", "Da haben Sie leider recht. Kommen Sie nächste Woche mit Mustern, Mittwoch Nachmittag?"),
])
ex.conv(W, "manufacturer_trade_fair", "en", "Slovenian manufacturer recalls her visit to their fair stand", [
    ("w_slo", "2021-10-14 12:00", "Dear Ms Pölzl, you visited our stand at the Kommunalmesse in Wels last month and asked whether our spreaders can handle 4/8 chippings without clogging, because in Graz you mostly spread grit instead of salt. I checked with our engineers: the model with the agitator shaft is made for exactly that, and we have a dealer in Leibnitz for service. I attached nothing here, but I can send the spec sheet and a price. Would that help?"),
    ("me", "2021-10-14 16:30", "Hello Mr Novak, yes I remember, thank you for checking! Please send the spec sheet and price."),
])

# ================================================================ junk (38)
ex.conv(J, "template_trade_recruiting", "de", "Vorlage 1/5: Social-Recruiting für Handwerksbetriebe", [
    ("t1", "2021-01-18 08:30", "Hallo Frau Pölzl,\n\nich bin auf Ihr Unternehmen gestoßen und finde es beeindruckend, was Sie mit Pölzl Grün GmbH aufgebaut haben. Viele Betriebe in der Grünraumpflege finden aktuell kaum noch Fachkräfte.\n\nWir helfen Handwerksbetrieben, über Social Media in 30 Tagen qualifizierte Bewerber zu gewinnen – ganz ohne teure Stellenanzeigen.\n\nHätten Sie diese Woche 15 Minuten für ein kurzes Gespräch?\n\nBeste Grüße\nKevin"),
])
ex.conv(J, "template_trade_recruiting", "de", "Vorlage 2/5: gleiche Firma, anderer Absender", [
    ("t2", "2021-03-03 09:10", "Hallo Frau Pölzl,\n\nich bin auf Ihr Unternehmen gestoßen und finde beeindruckend, was Sie mit Pölzl Grün aufgebaut haben. Viele Betriebe im Gartenbau finden derzeit kaum Fachkräfte.\n\nWir helfen Handwerksbetrieben, über Social Media in nur 30 Tagen qualifizierte Bewerber zu gewinnen – ohne teure Stellenanzeigen.\n\nHätten Sie nächste Woche 15 Minuten Zeit?\n\nLiebe Grüße\nJana"),
])
ex.conv(J, "template_trade_recruiting", "de", "Vorlage 3/5: andere Agentur, leicht umformuliert", [
    ("t3", "2021-05-20 07:45", "Servus Frau Pölzl,\n\nbin auf Ihren Betrieb gestoßen und finde stark, was Sie mit der Pölzl Grün GmbH aufgebaut haben. Viele Betriebe in der Grünraumpflege finden aktuell kaum noch Personal.\n\nWir helfen Handwerksbetrieben, über Facebook und Instagram in 30 Tagen qualifizierte Mitarbeiter zu gewinnen.\n\nHaben Sie diese Woche 15 Minuten für ein kurzes Telefonat?\n\nMarco"),
])
ex.conv(J, "template_trade_recruiting", "de", "Vorlage 4/5: andere Agentur, falsche Branche eingesetzt", [
    ("t4", "2021-08-04 10:00", "Hallo Frau Pölzl,\n\nich bin auf Ihr Unternehmen gestoßen und finde es beeindruckend, was Sie mit Pölzl Grün GmbH aufgebaut haben. Viele Betriebe im Elektrohandwerk finden aktuell kaum noch Fachkräfte.\n\nWir helfen Handwerksbetrieben, über Social Media in 30 Tagen qualifizierte Bewerber zu gewinnen.\n\nHätten Sie 15 Minuten für ein kurzes Gespräch?\n\nViele Grüße\nLisa"),
])
ex.conv(J, "template_trade_recruiting", "en", "template 5/5: English version of the same template", [
    ("t5", "2021-10-12 14:20", "Hi Andrea,\n\nI came across your company and I'm impressed by what you've built with Pölzl Grün GmbH. Many landscaping businesses are struggling to find skilled workers right now.\n\nWe help trade businesses attract qualified applicants through social media in just 30 days - no expensive job ads.\n\nWould you have 15 minutes this week for a quick chat?\n\nBest,\nRyan"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("mt1", "2021-02-24 11:00", "Hallo {{Vorname}},\n\nwussten Sie, dass 9 von 10 Kunden vor einer Beauftragung Google-Bewertungen lesen? Mit Bewertungsprofi sammeln Sie automatisch mehr 5-Sterne-Bewertungen. Darf ich Ihnen zeigen, wie das funktioniert?\n\nSimon"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter [Firmenname] stehen gelassen", [
    ("mt2", "2021-04-15 13:30", "Sehr geehrte Damen und Herren,\n\nist der Fuhrpark von [Firmenname] schon bereit für die E-Mobilität? Wir beraten Unternehmen wie [Firmenname] bei der Umstellung und holen die Förderungen für Sie ab.\n\nMit freundlichen Grüßen\nNicole Fuchs"),
])
ex.conv(J, "merge_tag_failure", "de", "falscher Name und falsche Firma", [
    ("mt3", "2021-06-30 09:00", "Sehr geehrte Frau Huber,\n\nals Geschäftsführerin der Gartenbau Maier GmbH stehen Ihnen 2021 zahlreiche Förderungen zu, die oft ungenutzt bleiben. Wir prüfen kostenlos, welche Sie beantragen können. Wann passt Ihnen ein Termin?\n\nAndreas Mayr"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter {company} und englischer Rest", [
    ("mt4", "2021-09-08 15:45", "Hallo Andrea, wie sichert {company} aktuell seine Daten? Viele KMU unterschätzen das Risiko. Cloudwerk bietet Backup und IT-Support zum Fixpreis. Kurzes Gespräch diese Woche?"),
])
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail einer Leasingbank", [
    ("spons1", "2021-03-22 12:00", "<p>Hallo Andrea,</p><p>jetzt in neue Maschinen investieren: <strong>Leasing ab 0,9 %</strong> für Unternehmer – online beantragt in 10 Minuten.</p><p>Nur bis 30. April &amp; solange das Kontingent reicht.</p>"),
], title="Sponsored Conversation", subject="Ihr Vorteil: Leasing ab 0,9 %")
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail einer Tankkarte", [
    ("spons2", "2021-07-05 12:00", "<p>Liebe Andrea,</p><p>sparen Sie bis zu 4 Cent pro Liter an über 1.500 Tankstellen in Österreich. Jetzt <a href=\"#\">TankCard Plus</a> bestellen &ndash; die ersten 3 Monate gebührenfrei!</p>"),
], title="Sponsored Conversation", subject="Tanken und sparen")
ex.conv(J, "paid_award", "de", "Auszeichnung 'Top Dienstleister' gegen Lizenzgebühr", [
    ("award", "2021-04-27 10:00", "Sehr geehrte Frau Pölzl,\n\nwir freuen uns, Ihnen mitzuteilen, dass die Pölzl Grün GmbH im Rahmen unserer Analyse als einer von 'Österreichs Besten Dienstleistern 2021' ausgezeichnet wurde. Das Siegel dürfen Sie nach Abschluss einer Lizenzvereinbarung (ab 1.490 Euro netto/Jahr) auf Ihrer Website, Ihren Fahrzeugen und Angeboten verwenden.\n\nMit besten Grüßen\nDr. Robert Stein"),
])
ex.conv(J, "paid_feature", "de", "Unternehmerinnen-Porträt im Magazin gegen Bezahlung", [
    ("feature", "2021-03-08 09:00", "Liebe Frau Pölzl,\n\nzum Weltfrauentag porträtieren wir in unserer Sonderausgabe 'Erfolgreiche Unternehmerinnen Österreichs' starke Frauen wie Sie. Für eine ganzseitige Präsentation inkl. professionellem Interview beträgt der Kostenbeitrag nur 2.400 Euro. Darf ich Ihnen die Mediadaten schicken?\n\nHerzlichst\nMelanie Grill"),
])
ex.conv(J, "paid_gala", "de", "Einladung zur Wirtschaftsgala mit kostenpflichtigem Nominierungspaket", [
    ("ehrung", "2021-09-01 11:30", "Sehr geehrte Frau Pölzl, Sie wurden für den Award 'Steirisches Unternehmen des Jahres' nominiert! Um in die Endrunde zu kommen, buchen Sie bitte das Nominierungspaket (890 Euro inkl. 2 Galatickets). Wir freuen uns auf Sie!"),
])
ex.conv(J, "paid_podcast", "de", "Podcast-Gastauftritt gegen Produktionsgebühr", [
    ("podcast", "2021-06-09 17:00", "Hey Andrea! Wir suchen für den Macher-Podcast inspirierende Unternehmerinnen. Du wärst perfekt! Für Produktion, Schnitt und Promotion berechnen wir eine einmalige Pauschale von 490 Euro. Bist du dabei?"),
])
ex.conv(J, "offers_own_service", "de", "bietet ihr Winterdienst an, obwohl sie selbst Winterdienst macht", [
    ("own_service", "2021-10-19 10:00", "Sehr geehrte Frau Pölzl,\n\nder Winter kommt bestimmt! Übergeben Sie uns die Räum- und Streupflicht für Ihre Liegenschaft – inklusive Haftungsübernahme, zum Fixpreis pro Saison. Wir sind in ganz Graz und Graz-Umgebung tätig.\n\nGerne erstellen wir Ihnen ein unverbindliches Angebot.\n\nGerald Moser"),
])
ex.conv(J, "capacity_for_clients", "de", "Lead-Plattform fragt nach Kapazitäten für neue Aufträge", [
    ("capacity", "2021-02-10 08:00", "Hallo Frau Pölzl, haben Sie aktuell noch Kapazitäten für neue Aufträge? Wir vermitteln Gartenpflege-Anfragen aus Ihrer Region – exklusiv, nur an einen Betrieb pro PLZ. Die ersten 5 Leads sind kostenlos."),
])
ex.conv(J, "like_minded_entrepreneurs", "de", "'gleichgesinnte Unternehmer' vernetzen", [
    ("likeminded", "2021-05-04 21:30", "Hallo Andrea, ich vernetze mich gerne mit gleichgesinnten Unternehmern, die mehr wollen. In meinem Mastermind-Kreis teilen wir, was wirklich funktioniert, um ein Unternehmen auf das nächste Level zu bringen. Hast du Lust, dich auszutauschen?"),
])
ex.conv(J, "quick_call", "de", "kurzer 15-Minuten-Call", [
    ("fifteen", "2021-06-15 10:15", "Hallo Frau Pölzl, hätten Sie diese Woche 15 Minuten für einen kurzen Call? Ich würde Ihnen gern zeigen, wie Zeitgewinn Software Unternehmen wie Ihres bei der Digitalisierung unterstützt. Wie schaut's Donnerstag aus?"),
])
ex.conv(J, "connect_then_pitch", "de", "Coach: erst Smalltalk, Pitch nach ihrer Antwort", [
    ("ctp1", "2021-03-02 08:00", "Liebe Andrea, danke fürs Vernetzen! Ich finde es so toll, wenn Frauen in 'Männerbranchen' erfolgreich sind. Wie bist du eigentlich zum Winterdienst gekommen?"),
    ("me", "2021-03-02 12:30", "Hallo Alexandra, danke! Über meinen Vater, der hat den Betrieb mit zwei Traktoren angefangen."),
    ("ctp1", "2021-03-03 09:00", "Wie schön! Weißt du, viele Unternehmerinnen, mit denen ich arbeite, kennen das Gefühl, immer für alle da zu sein und selbst zu kurz zu kommen. Mein 8-Wochen-Programm 'Klar & Kraftvoll führen' startet im April, es sind noch 3 Plätze frei. Soll ich dir die Infos schicken?"),
])
ex.conv(J, "connect_then_pitch", "de", "Photovoltaik-Berater: Kompliment, dann Angebot in Nachricht 2", [
    ("ctp2", "2021-06-21 12:00", "Hallo Frau Pölzl, danke für die Vernetzung! Toller Betrieb, habe Ihre Fahrzeuge schon oft in Puntigam gesehen."),
    ("ctp2", "2021-06-23 08:30", "Übrigens: Mit einer PV-Anlage auf Ihrer Halle könnten Sie Ihre Stromkosten um bis zu 70 % senken. Aktuell gibt es noch Förderung. Darf ich einen Termin für eine kostenlose Erstberatung vorschlagen?"),
])
ex.conv(J, "connect_then_pitch", "en", "trader connects, small talk, then trading academy pitch", [
    ("ctp3", "2021-08-10 07:15", "Hi Andrea, thanks for accepting. How is business in Austria these days?"),
    ("ctp3", "2021-08-11 07:15", "I ask because many business owners I talk to want a second income that doesn't depend on weather or staff. I teach a simple forex system, 30 minutes a day. Can I send you a free video?"),
])
ex.conv(J, "follow_up_bumps", "de", "Agentur hakt dreimal ohne Antwort nach", [
    ("bump1", "2021-04-06 09:00", "Hallo Frau Pölzl, wir sind eine Full-Service-Agentur aus Wien und unterstützen KMU bei Social Media, Website und Branding. Darf ich Ihnen unsere Referenzen schicken?"),
    ("bump1", "2021-04-13 09:00", "Hallo Frau Pölzl, wollte nur kurz nachhaken, ob Sie meine Nachricht gesehen haben?"),
    ("bump1", "2021-04-21 09:00", "Hallo nochmal! Ich will nicht nerven – sagen Sie mir einfach kurz, ob das Thema für Sie relevant ist."),
])
ex.conv(J, "follow_up_bumps", "de", "Nachfolgeberater will Firma kaufen lassen, mehrfach nachgehakt", [
    ("bump2", "2021-07-12 14:00", "Sehr geehrte Frau Pölzl, wir haben aktuell mehrere Investoren, die gezielt erfolgreiche Dienstleistungsbetriebe in der Steiermark übernehmen möchten. Haben Sie sich schon Gedanken über Ihre Nachfolge gemacht?"),
    ("bump2", "2021-07-26 14:00", "Darf ich nochmals auf meine Nachricht zurückkommen? Eine unverbindliche Unternehmensbewertung ist für Sie kostenlos."),
    ("bump2", "2021-08-16 14:00", "Sehr geehrte Frau Pölzl, ich melde mich ein letztes Mal. Sollten Sie Interesse haben, stehe ich jederzeit zur Verfügung."),
])
ex.conv(J, "generic_web_agency", "de", "generische Webagentur, Gegenstück zur Webdesignerin", [
    ("j_web", "2020-11-25 10:30", "Hallo Frau Pölzl, Ihre Website ist nicht mehr zeitgemäß und verliert dadurch Kunden. Wir erstellen moderne Websites ab 990 Euro, fertig in 14 Tagen. Interesse?"),
])
ex.conv(J, "generic_robot_mower", "de", "generischer Mähroboter-Verkauf, Gegenstück zum Vortrag-Pitch", [
    ("j_robot", "2021-04-08 11:00", "Sehr geehrte Frau Pölzl, nie wieder Rasenmähen! Unsere Mähroboter erledigen das vollautomatisch. Jetzt mit 15 % Frühlingsrabatt. Darf ich Ihnen einen Katalog schicken?"),
])
ex.conv(J, "generic_app", "de", "generische Handwerker-App, Gegenstück zur Räumprotokoll-App", [
    ("j_app", "2021-09-14 09:30", "Hallo Frau Pölzl, Zettelwirtschaft war gestern! Mit der Handwerker App haben Sie Aufträge, Zeiterfassung und Rechnungen in einer App. 30 Tage kostenlos testen – soll ich Ihnen einen Zugang einrichten?"),
])
ex.conv(J, "generic_salt_supplier", "de", "generischer Streusalz-Anbieter, Gegenstück zum Enteisungsmittel", [
    ("j_salz", "2020-10-01 08:00", "Sehr geehrte Damen und Herren, sichern Sie sich jetzt Ihr Streusalz für den Winter 2020/21 zu Top-Konditionen! Lieferung in Big Bags oder lose, europaweit. Bitte fordern Sie unsere aktuelle Preisliste an."),
])
ex.conv(J, "generic_workwear", "de", "generische Arbeitskleidung, Gegenstück zum Warnschutz-Pitch", [
    ("j_kleidung", "2021-03-16 13:00", "Hallo Frau Pölzl, Arbeitskleidung mit Ihrem Logo ab 10 Stück! T-Shirts, Hoodies, Jacken – schnell und günstig. Jetzt Katalog anfordern."),
])
ex.conv(J, "fluent_generic_names_company", "de", "flüssig formulierte Strategieberatung, nennt die Firma, passt auf jeden", [
    ("fluent", "2021-05-31 10:00", "Sehr geehrte Frau Pölzl,\n\ndie Pölzl Grün GmbH steht wie viele erfolgreiche Familienunternehmen vor der Frage, wie nachhaltiges Wachstum in einem sich wandelnden Marktumfeld gelingen kann. In der Zusammenarbeit mit Geschäftsführerinnen und Geschäftsführern erleben wir immer wieder, dass eine klare strategische Ausrichtung den entscheidenden Unterschied macht.\n\nGerne würde ich mit Ihnen in einem unverbindlichen Gespräch ausloten, welche Potenziale in der Pölzl Grün GmbH stecken.\n\nMit herzlichen Grüßen\nDr. Katharina Weiss"),
])
ex.conv(J, "off_topic_crypto", "en", "English crypto wealth pitch", [
    ("crypto", "2021-02-02 23:10", "Hello Andrea, I hope this message finds you well. I help successful entrepreneurs protect their wealth with Bitcoin and other digital assets. Our clients made 300% last year. Would you be open to a short call?"),
])
ex.conv(J, "off_topic_energy", "de", "Strom- und Gaspreisvergleich", [
    ("energie", "2021-11-03 09:45", "Guten Tag Frau Pölzl, zahlen Sie zu viel für Strom und Gas? Wir vergleichen kostenlos über 100 Anbieter und übernehmen den Wechsel für Sie. Schicken Sie mir einfach Ihre letzte Jahresabrechnung."),
])
ex.conv(J, "generic_staff_leasing", "de", "generische Leiharbeit, Gegenstück zum Saisonkräfte-Vermittler", [
    ("j_leih", "2021-09-28 07:30", "Sehr geehrte Frau Pölzl, Personalengpass? Wir stellen Ihnen kurzfristig Hilfskräfte, Fahrer und Facharbeiter aus allen Branchen zur Verfügung – ab 24,90 Euro/Std. Rufen Sie mich einfach an!"),
])
ex.conv(J, "generic_insurance", "de", "generischer Versicherungscheck, Gegenstück zum spezialisierten Makler", [
    ("j_versich", "2020-06-09 19:00", "Hallo Andrea, wann hast du zuletzt deine Versicherungen gecheckt? Die meisten Selbstständigen zahlen 30 % zu viel. Ich mache dir einen kostenlosen Vergleich, dauert nur 20 Minuten!"),
])
ex.conv(J, "generic_seo", "de", "generisches SEO-Versprechen, Gegenstück zur konkreten Ads-Agentur", [
    ("j_seo", "2021-01-12 10:00", "Hallo Frau Pölzl, möchten Sie auf Platz 1 bei Google? Wir garantieren Top-Rankings in 90 Tagen oder Sie bekommen Ihr Geld zurück. Kostenlose Analyse Ihrer Website unter dem Link in meinem Profil."),
    ("j_seo", "2021-01-26 10:00", "Hallo Frau Pölzl, kurze Erinnerung an meine Nachricht – die kostenlose Analyse gilt nur noch diese Woche!"),
])
ex.conv(J, "ghostwriting", "de", "LinkedIn-Texterin bietet Beiträge an", [
    ("ghost", "2021-08-24 20:00", "Hallo Andrea, dein Profil hat so viel Potenzial! Ich schreibe für Unternehmerinnen 2-3 LinkedIn-Beiträge pro Woche in ihrer Stimme, damit sie als Expertin sichtbar werden. Magst du ein paar Beispiele sehen?"),
])
ex.conv(J, "offshore_admin", "en", "offshore bookkeeping and admin pitch in English", [
    ("buchhaltung", "2021-05-26 05:40", "Dear Andrea, are you spending too much time on bookkeeping and admin? Our remote team handles invoicing, data entry and accounts for European SMEs at a fraction of local costs. Can I share our rates?"),
])
ex.conv(J, "generic_benefits", "de", "Mitarbeitergutscheine, generisch", [
    ("benefits", "2021-11-16 11:15", "Liebe Frau Pölzl, schon an Weihnachtsgeschenke für Ihr Team gedacht? Mit unseren steuerfreien Gutscheinen bis 186 Euro pro Mitarbeiter sagen Sie Danke – ganz einfach online bestellt. Soll ich Ihnen ein Angebot machen?"),
])

if __name__ == "__main__":
    ex.write(Path(__file__).resolve().parents[1] / SLUG,
             {"First Name": "Andrea", "Last Name": "Pölzl",
              "Headline": "Geschäftsführerin Pölzl Grün GmbH | Gartenpflege & Winterdienst in Graz",
              "Summary": "Seit 2001 pflegen wir Gärten, Wohnanlagen und Firmengelände in Graz und Umgebung – und im Winter räumen und streuen wir, bevor Sie aufstehen. 18 Mitarbeiterinnen und Mitarbeiter, eigene Fahrzeuge, Haftungsübernahme nach § 93 StVO.",
              "Industry": "Landschaftsbau", "Geo Location": "Graz, Steiermark, Österreich",
              "Websites": "[COMPANY:https://www.poelzl-gruen.example]"},
             [{"Company Name": "Pölzl Grün GmbH", "Title": "Geschäftsführerin",
               "Description": "Gartenpflege, Grünflächenbetreuung und Winterdienst für Hausverwaltungen, Firmen und Private.",
               "Location": "Graz-Puntigam", "Started On": "Jan 2020", "Finished On": ""},
              {"Company Name": "Gartenpflege & Winterdienst Pölzl", "Title": "Inhaberin",
               "Description": "Übernahme des elterlichen Betriebs.", "Location": "Graz",
               "Started On": "Mar 2009", "Finished On": "Dec 2019"}],
             ["Gartenpflege", "Winterdienst", "Grünraumgestaltung", "Mitarbeiterführung",
              "Baumpflege", "Unternehmensführung"])
    print(ex.summary())

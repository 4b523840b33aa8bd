"""heldout11 persona: Franziska Morath, owner and head chef of an organic regional restaurant with
catering in Freiburg im Breisgau (2021 layout). Mostly German, a few English conversations.

Written blind to the detector in session 3. Every message text below is written by hand.
Run: /work/main/.venv/bin/python corpus/heldout11/_build/de_organic_restaurant_owner_freiburg.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-organic-restaurant-owner-freiburg"
OWNER = Person("me", "Franziska Morath", "https://www.linkedin.com/in/franziska-morath-hofrebe")

ex = Export(SLUG, "2021", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people: suppliers, clients, team, friends
P("wein", "Carola Sütterlin", "Weingut Sütterlin", "Winzerin & Inhaberin", connected="2017-04-03")
P("gemuese", "Bernd Strub", "Demeter-Gemüsehof Strub", "Landwirt", connected="2018-02-14")
P("muehle", "Hannelore Birkle", "Elzmühle Birkle GmbH", "Vertrieb Gastronomie", connected="2019-06-25")
P("kaese", "Toni Wehrle", "Hofkäserei am Schauinsland", "Käsermeister", connected="2018-09-10")
P("rind", "Lukas Hog", "Biohof Hog, Kirchzarten", "Landwirt", connected="2020-03-02")
P("hochzeit", "Svenja Kaltenbach", "", "Lehrerin", connected="2021-01-19",
  invite=("IN", "2021-01-18 20:12", "Hallo Frau Morath, wir würden Sie gern wegen unserer Hochzeit anfragen :)"))
P("solar", "Matthias Reinbold", "Sonnwerk Energie GmbH", "Assistenz der Geschäftsführung / Office Management", connected="2021-05-04")
P("uni", "Dr. Ingrid Faßbender", "Institut für Waldökologie, Universität Freiburg", "Wissenschaftliche Koordinatorin", connected="2019-10-15")
P("baecker", "Jonas Dilger", "Holzofenbäckerei Dilger", "Bäckermeister", connected="2016-11-20")
P("personal", "Sabine Moosmann", "Küchenprofis Südbaden", "Personalberaterin Gastronomie", connected="2021-02-08",
  invite=("OUT", "2021-02-08 09:15", "Hallo Frau Moosmann, ich suche einen Sous-Chef und würde gern mit Ihnen sprechen."))
P("bewerber", "Julien Schaller", "Auberge du Ried", "Chef de partie", connected="2021-03-11")
P("azubi", "Leonie Brändle", "", "Schülerin", connected="2021-02-23")
P("presse", "Martin Gutmann", "Breisgauer Rundschau", "Redakteur Lokales & Genuss", connected="2020-12-01")
P("slowfood", "Ruth Zimmermann", "Slow Food Convivium Freiburg", "Leiterin Convivium", connected="2015-05-12")
P("stammgast", "Prof. Heinrich Albiez", "", "Emeritus, Romanistik", connected="2016-01-08")
P("kurs1", "Annette Vögele", "Vögele Physiotherapie", "Physiotherapeutin", connected="2021-09-26")
P("kurs2", "Thomas Kiefer", "Stadtwerke Emmendingen", "Projektleiter", connected="2021-09-26")
P("kurs3", "Miriam Oberle", "", "Grundschullehrerin", connected="2021-09-27")
P("ausbilder", "Reinhold Faller", "", "Küchenmeister i. R.", connected="2012-07-30")
P("kollege", "Emre Yıldız", "Kantine Gleis 3", "Inhaber", connected="2017-08-21")
P("service", "Katja Huber", "Gasthaus Hofrebe", "Restaurantleitung", connected="2018-04-01")
P("stb", "Dr. Petra Lamm", "Lamm & Rees Steuerberatung", "Steuerberaterin", connected="2017-02-10")
P("kontrolle", "Gregor Seitz", "Ökokontrollstelle Oberrhein", "Kontrolleur", connected="2019-05-09")
P("architekt", "Ulrike Benz", "Benz Hartung Architekten", "Büroleitung", connected="2020-07-14")
P("prof_en", "Dr. Rachel Whitmore", "University of Freiburg", "Visiting Professor, Environmental History", connected="2021-06-02")
P("deleg_en", "Mette Kristiansen", "Aarhus Climate Partnership", "Project Coordinator", connected="2021-08-30")
P("caterin", "Gül Aksoy", "Aksoy Feinkost & Catering", "Inhaberin", connected="2019-03-17")
P("freundin", "Steffi Rombach", "", "Hebamme", connected="2014-10-03")
P("exmitarbeiter", "Dominik Wissler", "Hotel Zur Post Titisee", "Commis de cuisine", connected="2019-08-01")
P("kuerbis", "Anna-Lena Strub", "Demeter-Gemüsehof Strub", "Hofladen & Direktvermarktung", connected="2020-09-15")
P("weinjunior", "Felix Sütterlin", "Weingut Sütterlin", "Vertrieb & Export", connected="2021-04-20")

# ---------------------------------------------------------------- people: pitchers
P("w_brot", "Hanna Leisinger", "Krume & Kruste", "Gründerin", connected="2021-03-02")
P("w_kalk", "Sebastian Uhl", "Kochwerk Software", "Vertrieb Süddeutschland", connected="2021-07-06")
P("w_web", "Nele Fichtner", "Fichtner Webdesign", "Webdesignerin", connected="2021-05-18")
P("w_recr", "Andreas Keller", "Keller Gastro Consulting", "Personalvermittler Spitzengastronomie", connected="2021-04-07")
P("w_energie", "Christoph Harter", "Harter Energieberatung", "Energieberater (dena)", connected="2020-10-21")
P("w_versich", "Tanja Ruf", "Ruf & Partner Versicherungsmakler", "Maklerin für Gastronomie", connected="2021-06-15")
P("w_kasse", "Ralf Gessler", "Kassentechnik Breisgau", "Inhaber", connected="2020-11-23")
P("w_fisch", "Martina Schuler", "Schwarzwaldforelle Schuler", "Fischwirtschaftsmeisterin", connected="2021-02-01")
P("w_foto", "Lisa Brandstetter", "", "Foodfotografin", connected="2021-08-11")
P("w_tour", "Pieter van Dongen", "Velo Gourmet Tours", "Product Manager Germany", connected="2021-03-29")
P("w_allergen", "Daniel Ketterer", "Menükarte24", "Kundenberater", connected="2020-09-28")
P("w_mehrweg", "Yvonne Schätzle", "Rückgabe Mehrwegsysteme", "Regionalleitung Baden", connected="2021-01-12")

P("t1", "Kevin Brunner", "Sternewerk Reputation", "Gründer")
P("t2", "Jasmin Weller", "GastroStars Marketing", "Account Managerin", connected="2021-04-14")
P("t3", "Oliver Krämer", "Bewertungsprofi", "Geschäftsführer")
P("t4", "Daniela Hofer", "Top-Rating Agentur", "Kundenberaterin")
P("t5", "Ethan Walsh", "ReviewBoost Europe", "Growth Manager")
P("m1", "Marcel Vogt", "Tischheld", "Key Account Manager")
P("m2", "Sandra Lenz", "Personalwerk Gastro", "Recruiterin")
P("m3", "Patrick Jäger", "Foodcloud Kassensysteme", "Vertrieb")
P("sp1", "LinkedIn Member", url="")
P("sp2", "Akademie für Hotel- und Gastromanagement", url="https://www.linkedin.com/company/akademie-hotel-gastromanagement")
P("award", "Bettina Krauss", "Gastro Excellence Award", "Projektleitung")
P("guide", "Frank Leitner", "Genussführer Süddeutschland", "Anzeigenleitung")
P("tv", "Yannick Stolz", "Mittelstand TV", "Redaktion")
P("konkurrenz", "Marco Bianchi", "Bianchi Eventcatering", "Inhaber")
P("cap", "Stefan Rapp", "Auftragsbörse Catering", "Gründer")
P("likem", "Dirk Hallmann", "Hallmann Unternehmerkreis", "Unternehmer | Coach | Visionär")
P("quick", "Nadine Pfaff", "Pfaff Consulting", "Beraterin")
P("ctp1", "Tobias Wirth", "Liefermahl", "Partner Manager", connected="2020-11-04",
  invite=("IN", "2020-11-03 18:30", "Hallo Frau Morath, ich würde mich gern mit Ihnen vernetzen!"))
P("ctp2", "Heike Doll", "Stromdirekt Südwest", "Gewerbekundenberaterin", connected="2021-01-26",
  invite=("IN", "2021-01-25 10:12", ""))
P("ctp3", "Benedikt Sauer", "FörderPlus Beratung", "Fördermittelberater", connected="2020-12-09",
  invite=("IN", "2020-12-08 16:44", "Liebe Frau Morath, tolle Arbeit in schweren Zeiten! Würde mich freuen."))
P("ctp4", "Chiara Neumann", "Feed & Flavour Social Media", "Social Media Managerin", connected="2021-06-21",
  invite=("IN", "2021-06-20 21:05", "Hey! Deine Gerichte sehen so lecker aus 😍 Lass uns connecten!"))
P("bump1", "Rüdiger Haas", "Frostkönig Gastro-Großhandel", "Außendienst")
P("bump2", "Melanie Kunz", "FlexPersonal Zeitarbeit", "Disponentin")
P("offt1", "Sven Aldinger", "CryptoWealth Academy", "Trader & Mentor")
P("offt2", "Rahul Verma", "Codenest Technologies", "Business Development Executive")
P("offt3", "Jürgen Metz", "Autohaus Metz Leasing", "Gewerbekunden")
P("fluent", "Carsten Wolff", "Wolff & Kern Unternehmensberatung", "Partner")
P("g_web", "Dennis Schubert", "Pixelmacher Agentur", "Vertrieb")
P("g_fisch", "Harald Brenner", "Nordsee-Frost Handel", "Verkauf Gastronomie")
P("g_versich", "Gewerbeauskunft Zentrale", "Gewerbeauskunft-Zentrale", "Verzeichnisservice")
P("g_kasse", "Alexander Roth", "KassaPro", "Sales")
P("g_verpack", "Ines Schick", "Pack & Go Verpackungen", "Vertrieb")
P("g_foto", "Arif Rahman", "", "Professional photographer & editor")
P("g_kalk", "Lea Hartmann", "GastroCalc", "Business Development")
P("pod", "Rico Lanz", "Erfolgsgeschichten Mittelstand Podcast", "Host")
P("recspam", "Vanessa Ortmann", "Global Hospitality Careers", "Talent Acquisition")
P("gbp", "Google Unternehmensprofil Support-Team", "Local Listing Services", "Verifizierung")
P("lieferant", "Volker Nagel", "Großküchentechnik Nagel", "Gebietsverkaufsleiter")

# ---------------------------------------------------------------- genuine
C("genuine", "vendor_existing_price_change", "de", "Long-time winemaker announces price increase for the new vintage; owner negotiates", [
    ("wein", "2021-02-15 17:20", "Liebe Franzi, ich hoffe, ihr haltet durch mit dem Außer-Haus-Geschäft! Kurze Info, bevor die neue Preisliste rausgeht: Wegen der Frostnacht im April und der höheren Glaspreise müssen wir die Gastropreise für den 2020er Gutedel und Spätburgunder um ca. 8 % anheben (Gutedel 5,90 statt 5,40 netto). Für euch als langjährige Kunden halte ich die alten Preise noch bis Ende März, wenn du vorher bestellst. Liebe Grüße aus Ehrenkirchen, Carola"),
    ("me", "2021-02-15 19:02", "Hallo Carola, danke dass du vorher Bescheid gibst! Verstehe ich total. Dann bestell ich noch im März 15 Kisten Gutedel und 8 Spätburgunder, wir machen ja hoffentlich im Mai wieder auf. Geht Lieferung erst im April?"),
    ("wein", "2021-02-15 19:30", "Klar, Bestellung im März zum alten Preis, Lieferung wann ihr wollt. 👍"),
])
C("genuine", "supplier_existing", "de", "Demeter vegetable farmer about hail damage and the delivery plan", [
    ("gemuese", "2021-06-25 06:45", "Morgen Franziska, schlechte Nachricht: der Hagel gestern hat uns am Kaiserstuhl voll erwischt. Zucchini und Mangold sind hin für die nächsten 3 Wochen, Tomaten im Tunnel sind zum Glück ok. Kann dir diese Woche nur Kartoffeln, Zwiebeln, Tomaten und Bohnen liefern. Sorry!"),
    ("me", "2021-06-25 07:30", "Oh nein Bernd, das tut mir leid. Alles gut, dann bauen wir die Karte um. Brauchst du irgendwas? Wenn ihr Helfer zum Aufräumen braucht, kann ich am Montag zwei Leute schicken, wir haben Ruhetag."),
    ("gemuese", "2021-06-25 08:10", "Des isch lieb. Ich sag Bescheid. Bohnen kannst du dafür so viel haben wie du willst, die haben's überlebt 😄"),
])
C("genuine", "vendor_existing_price_change", "de", "Regional mill announces price adjustment for spelt flour (formal Sie)", [
    ("muehle", "2021-08-30 10:00", "Sehr geehrte Frau Morath, aufgrund der schwachen Dinkelernte 2021 im Südwesten und gestiegener Energiekosten müssen wir unsere Preise zum 1. Oktober anpassen. Bio-Dinkelmehl Type 630 im 25-kg-Sack kostet dann 34,80 € netto (bisher 31,20 €). Die Preisliste finden Sie im Anhang unserer E-Mail von heute. Bei Fragen rufen Sie mich gern an. Mit freundlichen Grüßen, Hannelore Birkle"),
    ("me", "2021-08-30 11:15", "Sehr geehrte Frau Birkle, danke für die Info. Können wir vor dem 1.10. noch 10 Sack zum alten Preis abnehmen? Lagerplatz haben wir."),
    ("muehle", "2021-08-30 11:40", "Das geht, ich gebe es so an die Disposition weiter. Lieferung mit der nächsten Tour am Donnerstag."),
])
C("genuine", "client_quote_request", "de", "Couple asks for a wedding catering quote (80 guests)", [
    ("hochzeit", "2021-01-19 19:40", "Hallo Frau Morath, mein Verlobter und ich heiraten am 18. September in St. Peter und feiern danach in einer Scheune in Glottertal. Wir haben bei Freunden Ihr Catering gegessen und waren begeistert! Wäre es möglich, ein Angebot für ca. 80 Personen zu bekommen? Wir hätten gern Flammkuchen zum Sektempfang und dann ein Buffet, gern vegetarisch lastig. Budget wäre so ca. 65 € pro Person ohne Getränke. Viele Grüße, Svenja Kaltenbach"),
    ("me", "2021-01-20 09:15", "Liebe Frau Kaltenbach, herzlichen Glückwunsch zur Verlobung! Der 18.9. ist bei uns noch frei. Mit 65 € kriegen wir ein schönes Buffet hin, Flammkuchen aus dem mobilen Ofen inklusive. Ich schicke Ihnen bis Freitag ein Angebot per Mail. Eine Frage: gibt es in der Scheune Strom und Wasser?"),
    ("hochzeit", "2021-01-20 12:30", "Strom ja, Wasser nur draußen am Hof. Vielen Dank, wir freuen uns!"),
    ("hochzeit", "2021-02-03 20:05", "Hallo nochmal, das Angebot passt perfekt, wir würden gern fest buchen! Wie läuft das mit der Anzahlung?"),
    ("me", "2021-02-04 08:50", "Wunderbar! 30 % Anzahlung bei Vertragsunterschrift, Rest nach der Feier. Den Vertrag schicke ich heute noch. Und falls Corona uns einen Strich durch die Rechnung macht: kostenlose Verschiebung, versprochen."),
])
C("genuine", "inbound_lead", "de", "Company office manager asks for a summer party catering offer for 120 employees", [
    ("solar", "2021-05-04 14:20", "Guten Tag Frau Morath, wir planen für den 9. Juli unser Sommerfest auf dem Firmengelände in Freiburg-Hochdorf, ca. 120 Mitarbeitende. Unsere Geschäftsführung wünscht sich ausdrücklich ein regionales Bio-Catering, gern mit Grill. Können Sie uns ein Angebot machen? Wir bräuchten auch Stehtische und Geschirr. Die Hygieneregeln klären wir dann ja je nach Stand. Viele Grüße, Matthias Reinbold"),
    ("me", "2021-05-04 16:05", "Hallo Herr Reinbold, vielen Dank für die Anfrage! Sehr gern. Grill mit Weiderind vom Biohof Hog aus Kirchzarten, dazu Salate vom Kaiserstuhl und ein Dessertbuffet - das passt gut zu einem Solarunternehmen 😉 Stehtische und Geschirr kann ich über unseren Partner mitbringen. Ich schicke Ihnen Anfang nächster Woche zwei Varianten. Wie sieht es mit vegetarischen/veganen Anteilen aus?"),
    ("solar", "2021-05-05 09:12", "Ca. 30 % vegetarisch, 10 vegan. Danke!"),
    ("solar", "2021-05-17 11:40", "Wir nehmen Variante B. Bitte Auftragsbestätigung an mich, Rechnung an die Buchhaltung."),
])
C("genuine", "client_quote_request", "de", "University institute asks for a conference lunch quote billed to a research grant", [
    ("uni", "2021-10-04 10:30", "Liebe Frau Morath, wie schon 2019 würden wir gern für unseren Workshop am 11./12. November das Mittagessen bei Ihnen bestellen, diesmal für 45 Personen, geliefert ins Institut. Könnten Sie mir ein Angebot schicken? Wichtig: Die Rechnung muss auf das Drittmittelprojekt laufen, ich schicke Ihnen die Rechnungsadresse. Und bitte ohne Alkohol 😊"),
    ("me", "2021-10-04 11:45", "Liebe Frau Dr. Faßbender, wie schön, dass Sie wieder an uns denken! Angebot kommt morgen, Kürbissuppe und Schwarzwurzeln wären gerade Saison. Rechnungsadresse gern per Mail."),
])
C("genuine", "peer_joint_offer", "de", "Baker friend proposes a joint brunch offer at his bakery on Sundays", [
    ("baecker", "2021-07-12 21:10", "Hoi Franzi! Idee: Was hältst du von einem gemeinsamen Sonntagsbrunch in unserer Backstube? Ich mach Brot, Zopf und Hefegebäck, du machst die warmen Sachen und Aufstriche. Wir verkaufen Tickets zu 34 €, teilen halbe-halbe nach Wareneinsatz. Probelauf im August? Hätte auch schon 2-3 Termine im Kopf."),
    ("me", "2021-07-13 07:50", "Jonas, super Idee!! Halbe-halbe nach Wareneinsatz klingt fair. Lass uns nächste Woche mal in Ruhe durchrechnen - Montag nach der Marktzeit bei dir?"),
    ("baecker", "2021-07-13 08:05", "Montag 14 Uhr, ich mach Kaffee."),
    ("me", "2021-07-20 22:30", "War gut heute! Ich schreib die Kalkulation zusammen und schick sie dir. 22. August als erster Termin?"),
])
C("genuine", "recruiter_engaged", "de", "Hospitality recruiter the owner contacted for a sous-chef search; they discuss fee and profile", [
    ("me", "2021-02-08 09:20", "Hallo Frau Moosmann, danke fürs Annehmen. Wir suchen ab Mai einen Sous-Chef (m/w/d) für unsere Bio-Küche, ideal mit Erfahrung in regionaler Küche und Ausbildereignung. Arbeiten Sie auch mit kleineren Betrieben (12 Mitarbeitende)? Und wie ist Ihr Honorar?"),
    ("personal", "2021-02-09 08:30", "Liebe Frau Morath, sehr gern, kleine inhabergeführte Betriebe sind sogar unser Schwerpunkt. Unser Honorar liegt bei 18 % des Jahresbruttogehalts, fällig erst bei erfolgreicher Einstellung, mit 3 Monaten Nachbesetzungsgarantie. Passt Ihnen ein Telefonat am Donnerstag um 15 Uhr? Dann besprechen wir Gehaltsrahmen und Arbeitszeiten."),
    ("me", "2021-02-09 09:05", "Donnerstag 15 Uhr passt. Gehaltsrahmen wäre 3.200-3.600 brutto, 5-Tage-Woche, Sonntag/Montag frei."),
    ("personal", "2021-03-16 17:15", "Ich habe zwei Kandidatinnen für Sie, Profile kommen per Mail. Eine davon war 4 Jahre in einem Bio-Landgasthof im Allgäu."),
])
C("genuine", "hiring_applicant", "mixed", "Alsatian chef applies as sous-chef (German with French bits)", [
    ("bewerber", "2021-03-11 22:40", "Bonjour Frau Morath, ich habe Ihre Stellenanzeige für Sous-Chef gesehen. Ich bin Chef de partie in der Auberge du Ried bei Colmar seit 3 ans und möchte gern nach Freiburg wechseln, meine Partnerin arbeitet an der Uni. Mein Deutsch ist nicht perfekt aber in der Küche geht es gut :) Ich schicke Ihnen gern meinen Lebenslauf. Cordialement, Julien Schaller"),
    ("me", "2021-03-12 08:10", "Bonjour Monsieur Schaller, vielen Dank! Sehr gern, schicken Sie mir Ihren Lebenslauf an kueche@hofrebe.example. Hätten Sie Lust, nächste Woche einen Probetag bei uns zu machen? Wir kochen gerade nur Außer-Haus, aber das ist eigentlich ein guter Test."),
    ("bewerber", "2021-03-12 09:02", "Avec plaisir! Mittwoch oder Donnerstag?"),
    ("me", "2021-03-12 09:20", "Mittwoch, 8 Uhr. Messer mitbringen 😉"),
])
C("genuine", "hiring_applicant", "de", "School student asks about an apprenticeship (Ausbildung) as cook", [
    ("azubi", "2021-02-23 16:05", "Hallo Frau Morath, ich bin in der 10. Klasse an der Staudinger-Schule und würde gern ab September eine Ausbildung als Köchin machen. Bilden Sie aus? Ich hab schon ein Praktikum im Altenheim in der Küche gemacht und koche auch zuhause viel. LG Leonie"),
    ("me", "2021-02-23 18:30", "Hallo Leonie, ja, wir bilden aus und suchen für September noch jemanden! Schick mir gerne deine Bewerbung (Lebenslauf + letztes Zeugnis reicht). Und wenn die Schule es erlaubt: ein Schnuppertag in den Pfingstferien wäre toll."),
    ("azubi", "2021-02-23 18:45", "Super, danke!!! Mach ich 😊"),
])
C("genuine", "journalist", "de", "Local journalist asks for an interview about organic gastronomy during lockdown", [
    ("presse", "2020-12-01 11:20", "Hallo Frau Morath, ich schreibe für die Breisgauer Rundschau eine Serie darüber, wie Freiburger Gastronomen durch den zweiten Lockdown kommen. Ihr Außer-Haus-Menü mit den Höfen aus der Region wäre ein schönes Beispiel. Hätten Sie nächste Woche 30 Minuten für ein Gespräch? Fotograf würde ich mitbringen."),
    ("me", "2020-12-01 13:00", "Hallo Herr Gutmann, gern! Dienstag oder Mittwoch vormittags zwischen 10 und 11, da ist es in der Küche ruhig. Bitte dann auch Bernd Strub vom Gemüsehof erwähnen, ohne die Höfe geht gar nix."),
    ("presse", "2020-12-01 13:15", "Mittwoch 10 Uhr. Bis dann!"),
    ("presse", "2020-12-12 08:00", "Der Artikel ist heute erschienen, Seite 21. Danke nochmal!"),
])
C("genuine", "event_invite", "de", "Slow Food convivium invites her to the autumn round table", [
    ("slowfood", "2021-09-06 19:30", "Liebe Franziska, unsere Herbst-Tafelrunde ist am 9. Oktober auf dem Hof von Lukas Hog in Kirchzarten, Thema 'Ganze Tiere, ganze Pflanzen'. Magst du einen kleinen Gang beisteuern? Es gibt wie immer kein Honorar, aber viel Wein und gute Leute. Liebe Grüße, Ruth"),
    ("me", "2021-09-06 21:10", "Liebe Ruth, da bin ich dabei! Ich mach was mit Rinderbacke und Wurzelgemüse. Brauchst du schon die Allergene?"),
    ("slowfood", "2021-09-07 08:00", "Wunderbar! Allergene bis Ende September reicht."),
])
C("genuine", "client_in_spam", "de", "Regular guest asks to book the Stube for a 70th birthday; LinkedIn put it in SPAM", [
    ("stammgast", "2021-07-28 10:40", "Verehrte Frau Morath, meine Frau wird am 4. Dezember 70 und wir würden gerne, wenn es die Lage erlaubt, Ihre Stube für etwa 22 Personen reservieren. Mittags, ein Menü mit 4 Gängen, vielleicht Ihr Rehrücken, wenn er dann auf der Karte ist? Telefonisch erreiche ich Sie leider nie. Mit herzlichen Grüßen, Ihr Heinrich Albiez"),
    ("me", "2021-08-09 15:20", "Lieber Herr Professor Albiez, entschuldigen Sie bitte die späte Antwort, Ihre Nachricht war in einem Spam-Ordner gelandet! Der 4.12. mittags ist für Sie reserviert, und den Rehrücken machen wir auf jeden Fall. Ich rufe Sie nächste Woche wegen der Details an. Herzliche Grüße an Ihre Frau!"),
], folder="SPAM")
C("genuine", "thanks_congrats", "de", "Thank-you after the wild herbs cooking class (1 of 3 near-duplicates)", [
    ("kurs1", "2021-09-26 20:15", "Liebe Frau Morath, vielen Dank für den tollen Wildkräuter-Kochkurs heute! Hat riesig Spaß gemacht und war super lecker. Bis bald!"),
])
C("genuine", "thanks_congrats", "de", "Thank-you after the wild herbs cooking class (2 of 3 near-duplicates)", [
    ("kurs2", "2021-09-26 21:40", "Vielen Dank für den tollen Kochkurs heute, Frau Morath! Hat sehr viel Spaß gemacht und war mega lecker. Bis bald mal im Restaurant!"),
    ("me", "2021-09-27 09:00", "Danke Ihnen, Herr Kiefer! Es war eine tolle Gruppe."),
])
C("genuine", "thanks_congrats", "de", "Thank-you after the wild herbs cooking class (3 of 3 near-duplicates)", [
    ("kurs3", "2021-09-27 07:55", "Liebe Frau Morath, danke für den wunderbaren Wildkräuterkurs gestern! Hat riesig Spaß gemacht und das Giersch-Pesto mach ich jetzt jede Woche 😄 Bis bald!"),
])
C("genuine", "owner_started_supplier", "de", "Owner asks an organic cattle farm about buying whole animals", [
    ("me", "2020-03-02 09:30", "Hallo Herr Hog, Bernd Strub hat mir Ihren Hof empfohlen. Wir würden gern ganze Tiere bzw. Hälften von Ihren Weiderindern abnehmen und alles verarbeiten, nicht nur Filet. Hätten Sie Interesse? Wir bräuchten etwa ein Rind alle 6 Wochen."),
    ("rind", "2020-03-03 19:45", "Grüß Gott Frau Morath, das freut mich sehr. Ein Rind alle 6 Wochen kriegen wir hin, ab Herbst sogar regelmäßiger. Schlachtung macht die Metzgerei in Stegen. Preis pro kg Schlachtgewicht schick ich Ihnen, da reden wir dann. Kommen Sie doch mal vorbei und schauen sich die Tiere an."),
    ("me", "2020-03-03 20:10", "Sehr gern, Samstag nach dem Markt?"),
    ("rind", "2021-10-18 07:30", "Morgen Frau Morath, nächste Hälfte ist am 2.11. soweit. Wieder wie immer gereift 3 Wochen?"),
    ("me", "2021-10-18 08:00", "Ja bitte, wie immer. Danke!"),
])
C("genuine", "owner_asks_peer", "de", "Owner asks a fellow restaurateur about the Überbrückungshilfe application", [
    ("me", "2021-01-14 22:05", "Hey Emre, kurze Frage: Hast du die Überbrückungshilfe III schon beantragt? Meine Steuerberaterin sagt, Fixkosten für die Kühlzelle zählen, aber ich blick bei den Abschlagszahlungen nicht durch. Wie lang hat's bei dir gedauert?"),
    ("kollege", "2021-01-15 08:40", "Hi Franzi! Ja, über meinen Steuerberater, Abschlag kam nach 3 Wochen. Die Kühlzelle zählt, aber nur anteilig wenn du sie auch privat nutzt 😅 Ruf mich heut Abend an, dann erklär ich's dir."),
    ("me", "2021-01-15 09:00", "Privat nutz ich nur das Bier drin, das zählt nicht 😂 ruf dich an!"),
])
C("genuine", "mentor_longstanding", "de", "Her former training chef checks in; long-standing contact", [
    ("ausbilder", "2020-12-24 11:30", "Liebe Franziska, frohe Weihnachten! Hab den Artikel in der Zeitung gelesen. Ich bin stolz auf dich. Damals in meiner Küche hast du jeden Tag die Zwiebeln falsch geschnitten und jetzt schreibt die Zeitung über dich. Halt durch, das wird wieder. Dein Reinhold"),
    ("me", "2020-12-24 14:00", "Lieber Reinhold, danke!! Du hast mir alles beigebracht, auch die Zwiebeln 😄 Frohe Weihnachten dir und Gerda. Wenn wir wieder aufmachen, bist du der erste Gast, versprochen."),
    ("ausbilder", "2021-05-22 18:00", "Habt ihr schon auf? Gerda und ich würden am Samstag kommen."),
    ("me", "2021-05-22 18:30", "Ja, seit Mittwoch! Ich halte euch den Ecktisch frei. 19 Uhr?"),
])
C("genuine", "peer_cooperation", "de", "Fellow restaurateur proposes sharing a cargo bike for deliveries", [
    ("kollege", "2020-11-05 14:20", "Franzi, Idee für den Lockdown: Wir teilen uns ein Lastenrad für die Lieferungen in der Wiehre und im Stühlinger? Ich hab ein Angebot von der Radwerkstatt, 2.900 € gebraucht, wir zahlen halbe-halbe und teilen nach Wochentagen. Bock?"),
    ("me", "2020-11-05 15:00", "Absolut! Mo-Mi du, Do-Sa ich? Sonntag wer zuerst fragt 😄"),
    ("kollege", "2020-11-05 15:05", "Deal. Ich hol's am Samstag."),
])
C("genuine", "colleague", "de", "Her restaurant manager about staffing for reopening", [
    ("service", "2021-05-10 22:15", "Franzi, ab Mittwoch dürfen wir wieder draußen. Ich hab den Dienstplan gemacht, aber Lukas fällt aus (Quarantäne). Kann ich Mia für Do+Fr als Aushilfe holen? Und: Testpflicht für Gäste, wer kontrolliert das am Eingang?"),
    ("me", "2021-05-10 22:40", "Ja, hol Mia. Am Eingang kontrollier ich die erste Woche selbst, dann sehen wir weiter. Danke dir, du bist die Beste!"),
])
C("genuine", "vendor_existing", "de", "Tax advisor about the Überbrückungshilfe deadline and her fee", [
    ("stb", "2021-03-22 09:10", "Liebe Frau Morath, die Frist für die Überbrückungshilfe III ist verlängert. Wir sollten Ihren Antrag bis Ende April einreichen. Ich brauche noch die Fixkostenaufstellung für Januar bis März. Unser Honorar für den Antrag liegt wie besprochen bei ca. 1.400 €, wird aber zum Teil mitgefördert. Viele Grüße, Petra Lamm"),
    ("me", "2021-03-22 12:45", "Liebe Frau Dr. Lamm, danke! Fixkosten schicke ich bis Freitag. Die Pacht für März ist leider erst verspätet bezahlt, macht das was?"),
    ("stb", "2021-03-22 13:10", "Nein, entscheidend ist die Fälligkeit. Passt."),
])
C("genuine", "vendor_existing", "de", "Organic inspection body schedules the annual inspection and mentions fees", [
    ("kontrolle", "2021-04-12 08:30", "Guten Morgen Frau Morath, die jährliche Bio-Kontrolle steht an. Hätten Sie am 27. oder 29. April Zeit? Bitte halten Sie die Lieferscheine und Zertifikate Ihrer Lieferanten bereit. Die Kontrollgebühr bleibt bei 390 € netto, ab 2022 ändert sich aber die Gebührenordnung, dazu kommt ein separates Schreiben."),
    ("me", "2021-04-12 09:45", "Guten Morgen Herr Seitz, der 29. April passt, am besten ab 9 Uhr. Zertifikate liegen alle im Ordner bereit, bis auf den neuen von der Käserei, den fordere ich an."),
])
C("genuine", "client_recurring", "de", "Architecture office orders weekly lunch deliveries and asks about 2021 prices", [
    ("architekt", "2020-12-14 12:00", "Hallo Frau Morath, unser Team war sehr zufrieden mit dem Mittagstisch im Herbst. Können wir ab Januar wieder jeden Dienstag und Donnerstag für 14 Personen bestellen? Und bleibt der Preis bei 11,50 pro Portion oder ändert sich das mit der Mehrwertsteuer?"),
    ("me", "2020-12-14 14:30", "Liebe Frau Benz, sehr gern! Der Preis bleibt bis Juni bei 11,50, die Mehrwertsteuer-Senkung gilt ja weiter für Speisen. Ab Juli muss ich schauen. Ab 12.1. geht's los?"),
    ("architekt", "2020-12-14 14:45", "12.1. perfekt, danke!"),
])
C("genuine", "inbound_lead", "en", "Visiting professor wants to book the whole restaurant for a farewell dinner (English)", [
    ("prof_en", "2021-06-02 16:20", "Dear Ms. Morath, I'm a visiting professor at the university and I'm leaving Freiburg at the end of July. My colleagues keep telling me your restaurant is the place. Would it be possible to book the whole restaurant (or a large part of it) on July 23 for around 35 people? A set menu would be ideal. I'm sorry my German is not good enough to write this in German! Best, Rachel Whitmore"),
    ("me", "2021-06-02 18:40", "Dear Professor Whitmore, thank you so much! July 23 works. For 35 guests we can close the restaurant for you. I'll send you two menu options and prices by the weekend - any allergies or vegetarians in your group?"),
    ("prof_en", "2021-06-02 19:05", "Wonderful! About 8 vegetarians, one person with a nut allergy."),
])
C("genuine", "inbound_lead", "en", "Danish climate delegation coordinator asks for a catering quote for a study visit (English)", [
    ("deleg_en", "2021-08-30 09:40", "Hello Franziska, I'm organising a study visit of 40 people from Aarhus to Freiburg's Vauban district on 14-15 October. The city recommended you for a regional and organic lunch on the 14th, ideally served at the community centre in Vauban. Could you send us a quote? We have a fixed budget of about 35 EUR per person incl. non-alcoholic drinks."),
    ("me", "2021-08-30 11:20", "Hi Mette, thank you for asking! That works. I'll send a quote tomorrow with a warm lunch (seasonal soup, main dish, dessert) and drinks within your budget. Do you need an invoice in English?"),
    ("deleg_en", "2021-08-30 11:35", "Yes please, in English and with our EU project number. Thank you!"),
])
C("genuine", "event_invite", "de", "Winemaker invites her to the vintage presentation at the estate", [
    ("wein", "2021-10-11 18:20", "Franzi, am 6. November machen wir die Jahrgangspräsentation für Gastro-Kunden auf dem Weingut, 15-19 Uhr. Kommst du? Wäre schön, wenn du Katja mitbringst. Es gibt Zwiebelkuchen und neuen Süßen 🍇"),
    ("me", "2021-10-11 19:00", "Da kommen wir! Zwiebelkuchen und Neuer Süßer, wie könnte ich nein sagen."),
])
C("genuine", "peer_capacity_request", "de", "Fellow caterer asks if she has capacity to take over a booking she cannot serve (genuine despite capacity wording)", [
    ("caterin", "2021-06-01 13:10", "Hallo Franziska, ich bin am 12. Juni doppelt gebucht und hab eine Anfrage vom Kindergarten St. Martin für ihr Sommerfest, 60 Personen, eher einfach, Budget 18 € pro Person. Hast du an dem Tag noch Kapazität? Ich würde ihnen gern dich empfehlen, du passt mit Bio besser als ich."),
    ("me", "2021-06-01 14:00", "Hallo Gül, lieb, dass du an mich denkst! Am 12. hab ich nachmittags Luft. Gib ihnen gern meine Nummer. Und wenn du mal wieder zu viel hast - gerne jederzeit, umgekehrt genauso."),
    ("caterin", "2021-06-01 14:05", "Mach ich. Danke dir!"),
])
C("genuine", "friend", "de", "Old friend, small talk and a birthday", [
    ("freundin", "2021-03-30 21:15", "Franziii, alles Gute zum Geburtstag!! 🎂 Hoffentlich hattest du heute mal frei. Wann sehen wir uns? Ich hab seit Monaten nur Babys und Kreißsaal gesehen 😅"),
    ("me", "2021-03-31 08:00", "Danke Steffi!! Frei... haha. Samstag Spaziergang am Schlossberg mit Kaffee to go?"),
    ("freundin", "2021-03-31 08:30", "Jaaa! 15 Uhr am Kanonenplatz"),
])
C("genuine", "thanks_congrats", "de", "Long-time guest congratulates on the reopening", [
    ("stammgast", "2021-05-20 21:30", "Liebe Frau Morath, wir waren heute endlich wieder bei Ihnen auf der Terrasse. Es war, als wäre nie etwas gewesen. Der Spargel mit Bärlauch-Hollandaise: ein Gedicht. Herzlichen Glückwunsch zur Wiedereröffnung und danke, dass Sie durchgehalten haben."),
    ("me", "2021-05-21 09:00", "Lieber Herr Professor Albiez, danke! Das bedeutet uns sehr viel."),
])
C("genuine", "owner_started_supplier", "de", "Owner asks the cheese dairy for more mountain cheese; they mention a price change", [
    ("me", "2021-09-13 07:45", "Hallo Toni, kannst du mir für Oktober 2 Laibe Bergkäse mehr reservieren? Wir machen Käsespätzle zur Wanderzeit und die Leute rennen uns die Bude ein."),
    ("kaese", "2021-09-13 20:20", "Hoi Franzi, 2 Laibe geht. Muss dir aber sagen, ab November nehm ich 1,20 € mehr pro Kilo, die Milch ist teurer geworden. Hoffe das ist ok für dich."),
    ("me", "2021-09-13 20:40", "Klar Toni, versteh ich. Deine Käse sind's wert."),
])
C("genuine", "former_employee", "de", "Former employee asks for his work reference (Arbeitszeugnis)", [
    ("exmitarbeiter", "2021-04-06 17:30", "Hallo Franziska, ich hoffe, euch geht's gut! Ich bräuchte für eine Bewerbung noch mein qualifiziertes Arbeitszeugnis von euch, das ist irgendwie im Lockdown untergegangen. Könntest du mir das schicken? Danke und liebe Grüße an die Küche!"),
    ("me", "2021-04-06 19:00", "Hallo Dominik! Oh je, sorry. Mach ich diese Woche, du kriegst es per Post und als PDF. Viel Erfolg bei der Bewerbung!"),
])
C("genuine", "supplier_offer_existing", "de", "Existing farm offers surplus pumpkins at a reduced price (supplier offer, genuine)", [
    ("kuerbis", "2020-10-01 11:15", "Hallo Franziska, wir haben dieses Jahr viel zu viele Hokkaido und Butternut. Magst du welche? 1,10 €/kg statt 1,60, ab 50 kg. Sonst landen die im Tierfutter und das wär schade."),
    ("me", "2020-10-01 12:00", "Ja! 80 kg bitte, wir machen Suppe für den Außer-Haus-Verkauf und ich leg Chutney ein."),
    ("kuerbis", "2020-10-01 12:10", "Super, kommt Dienstag mit Bernd."),
])
C("genuine", "event_invite", "de", "Regular guest and professor invites her to a small reading with dinner at the Romance Studies alumni association", [
    ("stammgast", "2020-09-18 10:05", "Liebe Frau Morath, der Förderverein unseres Seminars veranstaltet am 16. Oktober eine kleine Lesung aus 'Die Küche der Provence'. Wir würden uns freuen, wenn Sie als Gast kämen - und vielleicht zwei, drei Worte über regionale Küche diesseits des Rheins sagen. Eintritt frei, Wein vom Verein."),
    ("me", "2020-09-18 12:30", "Lieber Herr Albiez, wie schön! Ich komme gern, solange es mittwochs oder donnerstags ist ... Der 16. ist ein Freitag? Dann komme ich nach dem Service, so gegen 21 Uhr, wenn das nicht zu spät ist."),
    ("stammgast", "2020-09-18 13:00", "Für Sie verschieben wir den Wein nach hinten."),
])
C("genuine", "vendor_existing", "en", "Winery's export/sales junior (English, Swiss colleague in the team) confirms an order", [
    ("weinjunior", "2021-04-20 10:00", "Hi Franziska, I'm Felix, Carola's nephew, I just started in sales and export at the Weingut (sorry, my German is from Zurich so I write English for business, Carola says it's fine). I have your order for 15 cases Gutedel and 8 cases Spätburgunder at the old price. Delivery on 29 April? Best, Felix"),
    ("me", "2021-04-20 10:30", "Hi Felix, welcome! 29 April is perfect, before 11 am please. Schöne Grüße an Carola!"),
])

# ---------------------------------------------------------------- wanted pitches
C("wanted_pitch", "tailored_relevant_pitch", "de", "Bread-upcycling startup cites her post about throwing away 15 kg bread per week", [
    ("w_brot", "2021-03-02 18:30", "Hallo Frau Morath, Ihr Post letzte Woche ('Wir werfen jede Woche 15 kg gutes Holzofenbrot weg, und es tut mir in der Seele weh') hat mich sehr angesprochen. Wir sind ein kleines Freiburger Startup und machen aus Brot vom Vortag Brotchips und Paniermehl, holen montags und donnerstags mit dem Lastenrad ab und zahlen 0,40 €/kg. Die Chips könnten Sie sogar mit Ihrem Namen als Snack verkaufen. Dilger liefert uns schon, Sie haben ja dasselbe Brot. Hätten Sie Lust, das mal vier Wochen zu testen?"),
    ("me", "2021-03-03 08:20", "Hallo Frau Leisinger, das klingt sehr gut! Ja, testen wir das. Montags ist bei uns Ruhetag, aber Dienstag früh ginge."),
    ("w_brot", "2021-03-03 08:45", "Dienstag geht auch. Ich komm nächste Woche zum Kennenlernen vorbei!"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Recipe costing software sales rep references her talk on calculation in organic kitchens", [
    ("w_kalk", "2021-07-06 14:00", "Hallo Frau Morath, ich war bei Ihrem Vortrag 'Regional heißt nicht teuer' auf dem Bio-Gastrotag in Stuttgart. Sie haben erzählt, dass Sie die Rezeptkalkulation noch in Excel machen und bei jeder Preiserhöhung eines Hofes 40 Rezepte von Hand nachziehen. Genau das macht Kochwerk automatisch: Lieferantenpreis ändern, alle Rezepte und Deckungsbeiträge aktualisieren sich, inkl. Bio-Anteil für die Kontrolle. Für Betriebe Ihrer Größe 49 € im Monat. Soll ich Ihnen Ihre drei aufwendigsten Rezepte als Demo einpflegen?"),
    ("me", "2021-07-06 21:30", "Sie haben gut zugehört 😄 Ja, gern. Rindfleisch-Kalkulation mit ganzen Tieren wäre der Härtetest. Können wir im August telefonieren?"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Freiburg web designer visited her site and names concrete problems (9 MB PDF menu, broken mobile booking, lockdown hours)", [
    ("w_web", "2021-05-18 10:15", "Liebe Frau Morath, ich wohne in der Wiehre und wollte gestern bei Ihnen reservieren - auf dem Handy funktioniert das Reservierungsformular nicht (der Absenden-Knopf liegt hinter dem Cookie-Banner), die Speisekarte ist ein 9-MB-PDF und oben steht noch 'Wegen Lockdown nur Außer-Haus'. Ich bin Webdesignerin hier in Freiburg und würde Ihnen das für einen Festpreis von 850 € richten: Karte als normale Seite, die Sie selbst ändern können, Formular reparieren, Öffnungszeiten. Keine neue Website nötig. Wenn Sie mögen, zeige ich es Ihnen bei einem Kaffee."),
    ("me", "2021-05-18 12:00", "Oh Gott, danke für den Hinweis, das wusste ich nicht! Ja, bitte kommen Sie vorbei. Donnerstag 15 Uhr?"),
])
C("wanted_pitch", "tailored_recruiter", "de", "Gastro recruiter saw her sous-chef ad running for months and proposes a specific candidate", [
    ("w_recr", "2021-04-07 09:00", "Guten Tag Frau Morath, Ihre Anzeige für den Sous-Chef läuft auf dem Gastro-Jobportal jetzt seit Februar. Ich habe gerade einen Kandidaten, der passen könnte: 34 Jahre, 5 Jahre Sous-Chef in einem Bioland-Gasthof bei Ravensburg, AEVO vorhanden, will aus familiären Gründen nach Freiburg. Gehaltsvorstellung 3.400 €. Mein Honorar wäre 15 % bei Einstellung. Soll ich Ihnen das anonymisierte Profil schicken?"),
    ("me", "2021-04-07 10:30", "Guten Tag Herr Keller, ja, bitte schicken Sie das Profil. Ich arbeite parallel mit einer anderen Vermittlerin, das sage ich lieber gleich."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Energy consultant recommended by her farmer (mutual contact) names her old cold room", [
    ("w_energie", "2020-10-21 15:40", "Hallo Frau Morath, Bernd Strub hat mir Ihren Namen gegeben - ich habe letztes Jahr die Kühlung in seinem Hofladen umgebaut. Er meinte, Ihre Kühlzelle ist von 1998 und läuft im Sommer fast durch. Gerade gibt es für Gastronomiebetriebe 40 % Förderung über das BAFA-Programm für Kälteanlagen, und die Antragsfrist ist jetzt günstig, weil Sie ohnehin geschlossen haben. Ich mache Ihnen gern einen kostenlosen Vor-Ort-Check, danach sehen Sie, ob sich das rechnet."),
    ("me", "2020-10-22 09:10", "Hallo Herr Harter, Bernd übertreibt nicht, das Ding brummt wie ein Traktor. Gern, nächste Woche Dienstag?"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Insurance broker for gastronomy saw the new catering GmbH in the commercial register and names a concrete gap", [
    ("w_versich", "2021-06-15 11:00", "Sehr geehrte Frau Morath, ich habe im Handelsregister gesehen, dass Sie die Hofrebe Catering GmbH neu eingetragen haben - herzlichen Glückwunsch. Ein Punkt, der bei Neugründungen im Catering oft übersehen wird: Die Betriebshaftpflicht des Restaurants deckt die neue GmbH nicht automatisch ab, und Schäden an gemietetem Equipment (Zelte, Geschirr bei Hochzeiten) sind meist ausgeschlossen. Ich bin Maklerin mit Schwerpunkt Gastronomie in Freiburg und vergleiche das gern unverbindlich. Sie können mir auch einfach Ihre jetzige Police schicken, dann sage ich Ihnen, ob es eine Lücke gibt."),
    ("me", "2021-06-16 08:00", "Guter Punkt, darüber habe ich tatsächlich nicht nachgedacht. Ich schicke Ihnen die Police."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Local POS partner names her cash register model and the TSE deadline", [
    ("w_kasse", "2020-11-23 10:20", "Guten Tag Frau Morath, ich habe bei Ihnen im Sommer gegessen und gesehen, dass Sie eine Kassenwerk K2 haben. Für diese Modelle muss bis 31. März 2021 die TSE nachgerüstet sein, sonst gibt es bei einer Kassennachschau Ärger. Wir sind autorisierter Kassenwerk-Partner in Freiburg, das Nachrüsten dauert 1 Stunde und kostet 389 € inkl. Einrichtung. Jetzt im Lockdown wäre ein guter Zeitpunkt, weil die Kasse eh nicht läuft."),
    ("me", "2020-11-23 12:40", "Oh, das hatte ich auf dem Schirm, aber verdrängt. Danke! Können Sie nächste Woche kommen?"),
    ("w_kasse", "2020-11-23 13:00", "Mittwoch 10 Uhr?"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Black Forest trout farm read her menu and offers char 30 km closer than Lake Constance fish", [
    ("w_fisch", "2021-02-01 09:30", "Hallo Frau Morath, auf Ihrer Außer-Haus-Karte steht Felchen vom Bodensee - schön, dass Sie regional denken! Wir sind eine Bio-Forellenzucht im Simonswäldertal, 30 km von Ihnen, und haben Saibling und Forelle mit Naturland-Zertifikat, auch geräuchert. Wir liefern donnerstags nach Freiburg, Mindestmenge 5 kg. Vielleicht als Ergänzung, wenn der Bodensee mal nicht liefert? Ich bringe gern Proben vorbei."),
    ("me", "2021-02-01 11:00", "Hallo Frau Schuler, das klingt toll, ich kannte Sie nicht! Proben gern, und schicken Sie mir bitte Preisliste und Zertifikat (für meine Bio-Kontrolle)."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Food photographer saw her Instagram and notes the autumn menu has no photos", [
    ("w_foto", "2021-08-11 20:00", "Hallo Franziska, ich folge der Hofrebe auf Instagram und mag eure Posts sehr - aber die Fotos sind fast alle vom Handy in der Küche bei Neonlicht, und für die neue Herbstkarte gibt's noch gar keine Bilder. Ich bin Foodfotografin aus Gundelfingen und fotografiere bei Tageslicht direkt im Gastraum, ohne Food-Styling-Tricks, das passt zu eurem ehrlichen Stil. Halbtagesshooting mit 25 Bildern für 480 €. Portfolio: lisabrandstetter-food.example"),
    ("me", "2021-08-12 09:30", "Neonlicht, autsch, aber stimmt 😄 Lass uns telefonieren. Die Herbstkarte startet am 1. Oktober."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Dutch cycling-tour operator read the newspaper article and proposes a lunch stop partnership (English)", [
    ("w_tour", "2021-03-29 13:00", "Dear Ms. Morath, I read the article about your restaurant and the farms you work with in the Breisgauer Rundschau (our German colleague translated it for us). We organise guided e-bike tours 'Markgräflerland & Kaiserstuhl' for Dutch and Belgian guests, groups of 12-16, and we're looking for a lunch stop in Freiburg where guests can hear from the chef where the food comes from. From May to September, about 2 groups a week, fixed menu around 38 EUR per person. Would this be interesting for you?"),
    ("me", "2021-03-29 16:40", "Dear Mr. van Dongen, yes, this sounds interesting! Tuesdays and Wednesdays at lunch would work best. Could you send me the tour dates?"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Allergen labelling software rep names her weekly changing handwritten menu and allergen list", [
    ("w_allergen", "2020-09-28 10:45", "Guten Tag Frau Morath, ich habe gesehen, dass Sie Ihre Wochenkarte jede Woche neu schreiben und die Allergenliste als handschriftliche Tafel neben der Theke hängt - sehr charmant, aber bei der letzten Lebensmittelkontrolle in Freiburg haben mehrere Betriebe genau dafür eine Auflage bekommen (Kennzeichnung muss zum Gericht eindeutig zuordenbar sein). Mit Menükarte24 tippen Sie die Gerichte ein, die Allergene werden aus Ihren Rezepten übernommen und Sie drucken Karte + Liste in einem Rutsch. 19 € im Monat, ohne Vertragslaufzeit."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Reusable packaging provider saw her single-use takeaway boxes in her Instagram stories", [
    ("w_mehrweg", "2021-01-12 16:00", "Liebe Frau Morath, in Ihren Instagram-Storys sieht man jeden Abend Stapel von Einweg-Bagasseschalen für das Außer-Haus-Menü. Ab 2023 wird Mehrweg für Betriebe wie Ihren Pflicht, und in Freiburg machen schon 40 Gastronomen bei unserem Pfandsystem mit - Ihre Gäste können die Schalen also auch bei Emre in der Kantine Gleis 3 zurückgeben. Für Betriebe unter 50 Essen am Tag kostet die Teilnahme 25 € im Monat, keine Kosten pro Schale. Mögen Sie eine Probekiste?"),
    ("me", "2021-01-12 18:30", "Ja, Emre hat mir schon davon erzählt. Schicken Sie eine Probekiste, dann rechne ich mal."),
])

# ---------------------------------------------------------------- junk: one template, five senders
C("junk", "mass_template", "de", "Review-boosting template 1 of 5", [
    ("t1", "2021-02-17 09:10", "Sehr geehrte Frau Morath, wussten Sie, dass 9 von 10 Gästen vor dem Restaurantbesuch Google-Bewertungen lesen? Wir helfen Gastronomen, in nur 30 Tagen deutlich mehr 5-Sterne-Bewertungen zu bekommen - automatisch und rechtssicher. Hätten Sie diese Woche Zeit für ein kurzes Gespräch?"),
])
C("junk", "mass_template", "de", "Review-boosting template 2 of 5 (connected first)", [
    ("t2", "2021-04-15 10:30", "Hallo Frau Morath, danke für die Vernetzung! Wussten Sie, dass 9 von 10 Gästen vor dem Besuch Google-Bewertungen lesen? Wir helfen Restaurants, innerhalb von 30 Tagen spürbar mehr 5-Sterne-Bewertungen zu sammeln - vollautomatisch und rechtssicher. Haben Sie Zeit für ein kurzes Gespräch?"),
])
C("junk", "mass_template", "de", "Review-boosting template 3 of 5 with bump", [
    ("t3", "2021-06-08 08:20", "Guten Tag Frau Morath, 90 % der Gäste lesen vor dem Restaurantbesuch Bewertungen auf Google. Wir sorgen dafür, dass Ihr Betrieb in 30 Tagen deutlich mehr 5-Sterne-Bewertungen bekommt - automatisiert und rechtssicher. Wann passt Ihnen ein kurzes Telefonat?"),
    ("t3", "2021-06-15 08:22", "Frau Morath, ich wollte nur kurz nachhaken, ob meine Nachricht angekommen ist?"),
])
C("junk", "mass_template", "de", "Review-boosting template 4 of 5, varied wording", [
    ("t4", "2021-08-24 14:15", "Hallo Franziska, wusstest du, dass fast alle Gäste vorher Google-Bewertungen checken? Wir helfen Gastrobetrieben, in 30 Tagen mehr 5-Sterne-Bewertungen zu bekommen, automatisch und DSGVO-konform. Kurzes Gespräch diese Woche?"),
])
C("junk", "mass_template", "en", "Review-boosting template 5 of 5, in English", [
    ("t5", "2021-10-05 11:00", "Hi Franziska, did you know 9 out of 10 guests read Google reviews before choosing a restaurant? We help restaurants get significantly more 5-star reviews in just 30 days - fully automated and compliant. Do you have time for a short call this week?"),
])
# ---------------------------------------------------------------- junk: merge-tag failures
C("junk", "merge_tag_fail", "de", "Unfilled {{Vorname}} placeholder in a table reservation platform pitch", [
    ("m1", "2021-05-26 09:00", "Hallo {{Vorname}}, jetzt, wo die Gastronomie wieder öffnet, ist die Nachfrage riesig. Mit Tischheld bekommen Restaurants wie {{Firmenname}} bis zu 30 % mehr Reservierungen über unser Portal. Darf ich Ihnen kurz zeigen, wie das funktioniert?"),
])
C("junk", "merge_tag_fail", "de", "Staffing pitch with [Restaurantname] placeholder", [
    ("m2", "2021-07-19 13:40", "Liebe Frau Morath, Personalmangel in der Gastronomie? Wir haben für [Restaurantname] sofort verfügbare Köche und Servicekräfte. Melden Sie sich gern für ein unverbindliches Angebot!"),
])
C("junk", "merge_tag_fail", "de", "POS pitch with wrong name and wrong restaurant", [
    ("m3", "2021-03-09 10:10", "Sehr geehrter Herr Moritz, wir haben gesehen, dass das Restaurant Adler noch mit einer alten Kasse arbeitet. Mit Foodcloud erhalten Sie ein modernes, TSE-konformes Kassensystem ab 29 € im Monat. Darf ich Ihnen ein Angebot schicken?"),
])
# ---------------------------------------------------------------- junk: sponsored InMail
C("junk", "sponsored_inmail", "de", "Sponsored InMail from LinkedIn Member about a delivery platform", [
    ("sp1", "2020-11-12 12:00", "<p>Hallo Franziska,</p><p>Lieferdienst jetzt starten &ndash; ohne eigene Fahrer! Restaurants in Ihrer Region erzielen mit uns bis zu 40&nbsp;% mehr Umsatz im Lockdown.</p><p>Jetzt kostenlos registrieren.</p>"),
], title="Sponsored Conversation", subject="Ihr Restaurant online in 48 Stunden")
C("junk", "sponsored_inmail", "de", "Sponsored InMail from an academy about a hospitality management course", [
    ("sp2", "2021-09-01 12:00", "<p>Franziska, bereit für den nächsten Karriereschritt?</p><p>Werden Sie staatlich geprüfte/r Betriebswirt/in Hotellerie &amp; Gastronomie &ndash; berufsbegleitend und 100 % online. Jetzt Infomaterial anfordern!</p>"),
], title="Sponsored Conversation", subject="Berufsbegleitend zum Betriebswirt")
# ---------------------------------------------------------------- junk: paid features
C("junk", "paid_award", "de", "Award that requires a fee after 'nomination'", [
    ("award", "2021-07-01 09:30", "Herzlichen Glückwunsch, Frau Morath! Ihr Betrieb wurde von unserer Jury für den Gastro Excellence Award 2021 in der Kategorie 'Regionale Küche Baden-Württemberg' ausgewählt. Um die Auszeichnung zu erhalten (Urkunde, Siegel für Ihre Website, Pressemitteilung), bestätigen Sie bitte die Teilnahme. Die Bearbeitungsgebühr beträgt 490 € zzgl. MwSt."),
    ("award", "2021-07-08 09:30", "Frau Morath, die Frist zur Bestätigung Ihrer Auszeichnung endet am Freitag!"),
])
C("junk", "paid_feature", "de", "Paid premium entry in a restaurant guide", [
    ("guide", "2021-04-28 11:00", "Guten Tag Frau Morath, der Genussführer Süddeutschland 2022 erscheint im Herbst in einer Auflage von 40.000 Exemplaren. Wir möchten die Hofrebe gern als Empfehlung aufnehmen. Der Premium-Eintrag mit Foto und halbseitigem Text kostet 690 €. Sollen wir Ihnen die Unterlagen zusenden?"),
])
C("junk", "paid_feature", "de", "Business TV 'feature' with a production fee", [
    ("tv", "2021-10-19 15:20", "Liebe Frau Morath, unsere Redaktion bereitet eine Sendung über erfolgreiche Familienunternehmen in Baden vor und Ihr Betrieb ist uns positiv aufgefallen! Für die Produktion des 3-minütigen Beitrags fällt eine Kostenbeteiligung von 1.950 € an. Dürfen wir Sie für ein Vorgespräch anrufen?"),
])
# ---------------------------------------------------------------- junk: other shapes
C("junk", "sells_what_you_sell", "de", "Event caterer offers catering to a caterer", [
    ("konkurrenz", "2021-06-22 10:00", "Hallo Frau Morath, planen Sie ein Firmenevent oder eine Weihnachtsfeier? Bianchi Eventcatering bietet mediterrane Buffets, Fingerfood und Live-Cooking für 20 bis 500 Gäste im ganzen Breisgau. Fordern Sie jetzt Ihr persönliches Angebot an!"),
])
C("junk", "capacity_ask", "de", "Lead broker asks if she has capacity for new clients, with commission", [
    ("cap", "2021-08-03 16:00", "Hallo Frau Morath, haben Sie aktuell Kapazitäten für neue Catering-Kunden? Über unsere Plattform vermitteln wir monatlich Hunderte Anfragen an Caterer in ganz Deutschland. Sie zahlen nur 12 % Provision pro vermitteltem Auftrag. Interesse?"),
])
C("junk", "like_minded_networking", "de", "Networking invitation 'as like-minded entrepreneurs'", [
    ("likem", "2021-02-26 22:10", "Hallo Franziska, ich vernetze mich gern mit gleichgesinnten Unternehmern, die etwas bewegen wollen! In meinem Unternehmerkreis tauschen sich Macher aus allen Branchen aus, um gemeinsam zu wachsen. Lass uns doch mal unverbindlich telefonieren und schauen, wie wir uns gegenseitig unterstützen können. 🚀"),
])
C("junk", "quick_call_ask", "de", "Consultant asks for a quick 15-minute call without saying what for", [
    ("quick", "2021-09-14 08:40", "Guten Morgen Frau Morath, hätten Sie diese oder nächste Woche 15 Minuten für ein kurzes Telefonat? Ich würde Ihnen gern etwas vorstellen, das für viele Gastronomen gerade sehr spannend ist. Hier können Sie direkt einen Termin wählen: termin-pfaff.example/15min"),
])
C("junk", "connect_then_pitch", "de", "Delivery platform: small talk during lockdown, owner answers, then platform pitch", [
    ("ctp1", "2020-11-04 11:00", "Hallo Frau Morath, danke fürs Vernetzen! Wie kommen Sie durch den zweiten Lockdown? Ist echt eine harte Zeit für die Gastro."),
    ("me", "2020-11-04 14:30", "Danke der Nachfrage. Wir machen Außer-Haus, es geht so."),
    ("ctp1", "2020-11-04 14:45", "Das freut mich zu hören! Genau da könnten wir helfen: Mit Liefermahl sind Sie in 48 Stunden online und erreichen tausende neue Kunden in Freiburg. Provision nur 25 %. Soll ich Ihnen die Unterlagen schicken?"),
])
C("junk", "connect_then_pitch", "de", "Electricity reseller connects, then pitches a commercial tariff with a bump", [
    ("ctp2", "2021-01-26 09:30", "Hallo Frau Morath, schön, dass wir jetzt vernetzt sind! Ich wünsche Ihnen ein gutes neues Jahr, trotz allem."),
    ("ctp2", "2021-01-29 09:30", "Übrigens: Viele Gastronomen zahlen zu viel für Strom. Ich mache Ihnen gern einen kostenlosen Tarifvergleich für Gewerbekunden - einfach die letzte Jahresabrechnung schicken!"),
    ("ctp2", "2021-02-09 09:35", "Hallo Frau Morath, haben Sie meine Nachricht gesehen?"),
])
C("junk", "connect_then_pitch", "de", "Subsidy consultant compliments her, then pitches his fee-based grant service", [
    ("ctp3", "2020-12-09 10:10", "Liebe Frau Morath, vielen Dank für die Vernetzung. Ich habe großen Respekt davor, wie Sie Ihr Restaurant durch diese Krise bringen!"),
    ("me", "2020-12-09 20:00", "Danke, das ist nett."),
    ("ctp3", "2020-12-10 08:15", "Sehr gern! Wussten Sie, dass Ihnen vermutlich noch Fördergelder zustehen? Wir prüfen über 2.000 Programme und holen das Maximum für Sie raus - gegen ein Erfolgshonorar von 20 %. Wann können wir telefonieren?"),
])
C("junk", "connect_then_pitch", "de", "Social media manager compliments her dishes, then sells a monthly package", [
    ("ctp4", "2021-06-21 09:00", "Hey Franziska! Danke fürs Annehmen 😊 Deine Gerichte sehen echt mega aus! Wie lange gibt es das Restaurant schon?"),
    ("ctp4", "2021-06-24 09:05", "Ich betreue Instagram und TikTok für Restaurants - 12 Posts + 8 Reels im Monat für 790 €. Meine Kunden haben im Schnitt 300 % mehr Reichweite! Wollen wir mal telefonieren? 📱"),
])
C("junk", "followup_bump", "de", "Frozen-food wholesaler pitch with two unanswered bumps (irrelevant to an organic fresh kitchen)", [
    ("bump1", "2021-03-02 07:30", "Guten Tag Frau Morath, als Gastro-Großhandel liefern wir Ihnen über 3.000 Tiefkühlartikel - von Pommes bis Convenience-Desserts - zu Top-Konditionen. Darf ich Ihnen unseren Katalog zusenden?"),
    ("bump1", "2021-03-10 07:32", "Frau Morath, ich wollte kurz nachfragen, ob Sie Interesse an unserem Katalog haben?"),
    ("bump1", "2021-03-19 07:35", "Letzte Nachfrage: Soll ich Ihnen ein Probepaket schicken?"),
])
C("junk", "followup_bump", "de", "Temp-staffing agency pitch with bumps", [
    ("bump2", "2021-05-31 11:00", "Hallo Frau Morath, zur Wiedereröffnung fehlen Ihnen Mitarbeiter? Wir stellen Köche, Spülkräfte und Servicepersonal auf Zeit, auch kurzfristig. Stundensätze ab 24,90 €."),
    ("bump2", "2021-06-07 11:02", "Ich hake nochmal nach, Frau Morath 🙂"),
    ("bump2", "2021-06-16 11:05", "Frau Morath, darf ich Sie anrufen?"),
])
C("junk", "off_topic_product", "de", "Crypto trading mentoring pitch", [
    ("offt1", "2021-04-03 23:10", "Hallo Franziska! Gastronomie ist gerade schwierig, oder? Ich zeige Menschen wie dir, wie man mit Krypto-Trading ein zweites Einkommen aufbaut. Meine Schüler machen 5-10 % pro Woche. Interesse an einem kostenlosen Webinar?"),
])
C("junk", "off_topic_product", "en", "IT outsourcing pitch in English", [
    ("offt2", "2021-02-10 06:20", "Hello Franziska, hope you are safe and healthy. We are a leading IT company offering web development, mobile apps, ERP and digital marketing services at very competitive prices. Please let me know if you have any requirements. Thanks and regards."),
])
C("junk", "off_topic_product", "de", "Car leasing offer for commercial customers", [
    ("offt3", "2021-08-17 12:30", "Guten Tag Frau Morath, als Gewerbetreibende profitieren Sie jetzt von unseren Leasing-Sonderkonditionen für E-Fahrzeuge und Transporter. Inklusive Wartung, ab 199 € netto im Monat. Darf ich Ihnen ein Angebot machen?"),
])
C("junk", "fluent_generic_names_company", "de", "Fluent consultant message that names the restaurant but could go to anyone", [
    ("fluent", "2021-06-29 10:00", "Sehr geehrte Frau Morath, die Hofrebe ist ohne Zweifel eine der spannendsten Adressen der Freiburger Gastronomie, und es beeindruckt mich, wie Sie Ihr Unternehmen durch die letzten Monate geführt haben. Gerade jetzt stellen sich viele inhabergeführte Betriebe wie die Hofrebe strategisch neu auf. Wir begleiten Unternehmen dabei, Prozesse zu optimieren, Wachstumspotenziale zu heben und die Zukunft aktiv zu gestalten. Ich würde mich freuen, Sie in einem unverbindlichen Gespräch kennenzulernen."),
])
C("junk", "generic_service_pitch", "de", "Generic website redesign pitch (counterpart of the local web designer)", [
    ("g_web", "2021-05-06 09:45", "Hallo Frau Morath, Ihre Website ist nicht mehr zeitgemäß? Wir erstellen moderne, responsive Websites mit SEO-Optimierung ab 2.990 €. Jetzt kostenloses Erstgespräch sichern!"),
])
C("junk", "generic_service_pitch", "de", "Generic frozen fish wholesaler (counterpart of the trout farm)", [
    ("g_fisch", "2021-02-22 08:10", "Sehr geehrte Damen und Herren, wir liefern Fisch und Meeresfrüchte tiefgekühlt in Gastro-Qualität: Lachs, Pangasius, Garnelen und mehr. Ab 150 € Bestellwert versandkostenfrei. Fordern Sie unsere aktuelle Preisliste an."),
])
C("junk", "register_offer_scam", "de", "Directory 'offer' after the register entry (counterpart of the insurance broker)", [
    ("g_versich", "2021-06-14 07:00", "Betreff: Eintragung Hofrebe Catering GmbH. Sehr geehrte Geschäftsführung, zur Vervollständigung Ihres Eintrags im zentralen Gewerbeverzeichnis bitten wir um Prüfung und Bestätigung Ihrer Daten. Die Eintragung kostet jährlich 498 € netto. Bitte antworten Sie innerhalb von 7 Tagen."),
])
C("junk", "generic_service_pitch", "de", "Generic POS system pitch (counterpart of the local POS partner)", [
    ("g_kasse", "2020-12-01 10:30", "Hallo Frau Morath, ist Ihre Kasse fit für 2021? KassaPro ist die iPad-Kasse für Gastronomie: modern, TSE-ready, mit Reporting in Echtzeit. Jetzt 3 Monate kostenlos testen!"),
])
C("junk", "generic_service_pitch", "de", "Generic takeaway packaging pitch (counterpart of the reusable packaging provider)", [
    ("g_verpack", "2021-01-20 10:15", "Liebe Gastronomen, Außer-Haus-Verkauf boomt! Bei Pack & Go bekommen Sie Menüschalen, Becher und Tüten zum Großhandelspreis. Jetzt Muster anfordern!"),
])
C("junk", "generic_service_pitch", "en", "Generic photo-editing freelancer pitch in English (counterpart of the food photographer)", [
    ("g_foto", "2021-08-30 04:40", "Hi dear, I am a professional photo editor. I can do background removal, retouching, product photo editing for your business at cheap price. 24 hours delivery. Please check my portfolio and let me know."),
])
C("junk", "generic_service_pitch", "de", "Generic calculation software pitch (counterpart of the recipe costing vendor)", [
    ("g_kalk", "2021-09-21 14:00", "Hallo Frau Morath, kennen Sie Ihre Wareneinsatzquote wirklich? Mit GastroCalc behalten Sie alle Kosten im Blick. Über 5.000 Betriebe vertrauen uns. Jetzt 30 Tage gratis testen!"),
])
C("junk", "generic_service_pitch", "de", "Commercial kitchen equipment sales blast", [
    ("lieferant", "2021-04-20 08:00", "Sehr geehrte Frau Morath, zur Wiedereröffnung: Kombidämpfer, Spülmaschinen und Kühltechnik jetzt mit bis zu 35 % Rabatt und 0 % Finanzierung. Angebot gültig bis 30.4. Rufen Sie uns an!"),
])

C("junk", "paid_podcast", "de", "Podcast guest slot that costs a 'production package' fee", [
    ("pod", "2021-03-16 17:00", "Hallo Franziska, wir haben dich als Gast für unseren Podcast 'Erfolgsgeschichten Mittelstand' ausgewählt! 🎙️ Du bekommst eine eigene Folge, Social-Media-Clips und ein Gastprofil auf unserer Website. Für das Produktionspaket berechnen wir einmalig 590 €. Soll ich dir einen Aufnahmetermin reservieren?"),
])
C("junk", "recruiting_spam", "de", "Mass recruiter blast for a hotel chef job abroad, ignores that she owns the restaurant", [
    ("recspam", "2021-09-08 06:50", "Hallo Franziska, Ihr Profil passt perfekt zu einer spannenden Position! Für ein 5-Sterne-Resort in Dubai suchen wir Commis de Cuisine und Demi Chefs de Partie (m/w/d), steuerfreies Gehalt, Unterkunft inklusive. Sind Sie offen für neue Herausforderungen?"),
])
C("junk", "listing_scam", "de", "Fake 'Google profile verification' message asking for payment", [
    ("gbp", "2021-05-27 08:05", "WICHTIG: Ihr Google-Unternehmensprofil 'Gasthaus Hofrebe' ist nicht verifiziert und wird in 48 Stunden aus der Suche entfernt! Jetzt für 249 € pro Jahr verifizieren lassen und Top-Platzierung sichern. Antworten Sie mit JA, damit wir Sie zurückrufen."),
])

ROOT = Path(__file__).resolve().parents[1]
ex.write(
    ROOT / SLUG,
    {
        "First Name": "Franziska", "Last Name": "Morath",
        "Headline": "Inhaberin & Küchenchefin Gasthaus Hofrebe | Bio-Küche aus der Region | Hofrebe Catering Freiburg",
        "Summary": ("Seit 2015 führe ich das Gasthaus Hofrebe in der Freiburger Wiehre: bio-zertifizierte, regionale Küche "
                    "mit Gemüse vom Kaiserstuhl, Weiderind aus dem Dreisamtal, Käse vom Schauinsland und Wein aus dem "
                    "Markgräflerland. Mit Hofrebe Catering kochen wir für Hochzeiten, Firmenfeste und Tagungen im Breisgau. "
                    "Wir bilden aus und geben Kochkurse zu Wildkräutern und ganzer Verwertung."),
        "Industry": "Restaurants", "Zip Code": "79100", "Geo Location": "Freiburg im Breisgau, Baden-Württemberg, Deutschland",
        "Websites": "[COMPANY:https://hofrebe.example]",
    },
    [
        {"Company Name": "Gasthaus Hofrebe", "Title": "Inhaberin & Küchenchefin", "Description": "Bio-zertifiziertes Restaurant mit regionaler Küche, 60 Plätze, Terrasse", "Location": "Freiburg im Breisgau", "Started On": "Apr 2015", "Finished On": ""},
        {"Company Name": "Hofrebe Catering GmbH", "Title": "Geschäftsführerin", "Description": "Catering für Hochzeiten, Firmenfeiern und Tagungen", "Location": "Freiburg im Breisgau", "Started On": "Jun 2021", "Finished On": ""},
        {"Company Name": "Landgasthof zur Linde", "Title": "Sous-Chefin", "Description": "", "Location": "Staufen im Breisgau", "Started On": "Mar 2010", "Finished On": "Feb 2015"},
        {"Company Name": "Hotel Waldhorn", "Title": "Auszubildende Köchin / Commis", "Description": "", "Location": "Schwarzwald", "Started On": "Sep 2005", "Finished On": "Feb 2010"},
    ],
    ["Regionale Küche", "Bio-Gastronomie", "Catering", "Menüplanung", "Kalkulation", "HACCP",
     "Personalführung", "Ausbildung", "Wildkräuter", "Ganztierverwertung", "Weinbegleitung", "Eventplanung"],
)
print(ex.summary())

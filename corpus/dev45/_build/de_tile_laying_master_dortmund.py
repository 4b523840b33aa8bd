"""dev45 persona: Sandra Kowalczyk, Fliesenlegermeisterin with a 6-person firm in Dortmund (2021 layout).

Written blind to the detector, session 5. Every message text below is written by hand.
Run: /work/main/.venv/bin/python corpus/dev45/_build/de_tile_laying_master_dortmund.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-tile-laying-master-dortmund"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Sandra Kowalczyk", "https://www.linkedin.com/in/sandra-kowalczyk-fliesen",
               "Kowalczyk Fliesen & Naturstein GmbH", "Inhaberin, Fliesenlegermeisterin")
ex = Export(SLUG, "2021", owner)
p = ex.person
c = ex.conv

# ------------------------------------------------------------------ people: genuine
p("brink", "Monika Brinkhoff", "", "", connected=None)
p("gu", "Thorsten Ewald", "Ewald Bau GmbH", "Bauleiter", connected="2017-04-03")
p("arch", "Johanna Sternberg", "Sternberg Architekten", "Architektin", connected="2019-06-20")
p("grosshandel", "Ralf Pieper", "Westfalen Keramik Handel", "Außendienst", connected="2015-02-11")
p("hwk", "Dr. Annette Lohmann", "Handwerkskammer Dortmund", "Abteilung Berufsbildung", connected="2018-09-14")
p("azubi1", "Kevin Schulte", "Kowalczyk Fliesen & Naturstein GmbH", "Auszubildender", connected="2020-08-01")
p("bewerber", "Leon Aydin", "", "Schüler", connected=None)
p("mykola", "Mykola Hrytsenko", "", "Tiler", connected=None)
p("sani", "Uwe Bergmann", "Bergmann Sanitär & Heizung", "Installateurmeister", connected="2016-03-22")
p("recr", "Katja Wellmann", "Handwerk Plus Personal", "Personalberaterin", connected="2022-01-18",
  invite=("OUT", "2022-01-18 21:05", "Hallo Frau Wellmann, Herr Bergmann meinte, Sie vermitteln Gesellen im Ausbauhandwerk. Hätten Sie kurz Zeit?"))
p("presse", "Timo Klapdor", "Dortmunder Stadtanzeiger", "Redakteur Wirtschaft", connected=None)
p("innung", "Heinz-Werner Fels", "Fliesenleger-Innung Dortmund", "Obermeister", connected="2012-05-05")
p("gast1", "Petra Ostermann", "", "Privatkundin", connected="2022-09-10")
p("gast2", "Markus Hölscher", "Hölscher Immobilien", "Makler", connected="2022-09-10")
p("gast3", "Aylin Demir", "Berufskolleg Dortmund-Ost", "Lehrerin", connected="2022-09-11")
p("hv", "Stefanie Grewe", "Grewe Hausverwaltung", "Objektbetreuerin", connected=None)
p("zahn", "Dr. Bernd Vogelsang", "Zahnarztpraxis Vogelsang", "Zahnarzt", connected="2014-10-01")
p("stb", "Klaus Dreier", "Dreier & Partner Steuerberater", "Steuerberater", connected="2011-01-15")
p("leasing", "Nina Kaltenbach", "RuhrFleet Leasing", "Kundenbetreuung", connected="2019-11-28")
p("soft", "Dennis Ortmann", "BauPilot Software", "Customer Success", connected="2020-02-05")
p("reklam", "Jürgen Sasse", "", "", connected=None)
p("terrasse", "Ole Brandt", "", "", connected=None)
p("kumpel", "Dariusz Nowak", "Nowak Estrich", "Estrichlegermeister", connected="2010-06-30")
p("azubi2", "Jana Weber", "Kowalczyk Fliesen & Naturstein GmbH", "Auszubildende", connected="2021-08-02")
p("nl", "Bram de Vries", "De Vries Architecten", "Architect", connected="2022-03-02")
p("maler", "Sven Kuhlmann", "Malerbetrieb Kuhlmann", "Malermeister", connected="2018-07-07")
p("hwkbb", "Frank Rehbein", "Handwerkskammer Dortmund", "Betriebsberater Digitalisierung", connected="2021-03-03")
p("herst", "Melanie Jost", "Aquasafe Abdichtungssysteme", "Anwendungstechnik", connected="2017-10-10")
p("lehrer", "Rainer Kampmann", "", "Meisterschule i.R.", connected="2008-04-01")
p("geselle", "Tomasz Lis", "Kowalczyk Fliesen & Naturstein GmbH", "Fliesenlegergeselle", connected="2019-05-01")
p("kundin2", "Claudia Reinert", "", "", connected="2022-06-15")

# ------------------------------------------------------------------ people: wanted pitches
p("aufmass", "Philipp Große-Wilde", "Raumkante", "Gründer", connected="2022-04-12",
  invite=("IN", "2022-04-12 08:30", "Hallo Frau Kowalczyk, Ihr Beitrag zum Aufmaß im Altbau hat mich angesprochen - gerne vernetzen."))
p("ausbau", "Marcel Tenhagen", "Tenhagen Fahrzeugeinrichtung", "Inhaber", connected=None)
p("vakuum", "Oliver Stratmann", "Grip&Lift Werkzeuge", "Fachberater NRW", connected=None)
p("pv", "Sabrina Heuer", "Heuer Handwerkspersonal", "Personalvermittlerin", connected=None)
p("web", "Lukas Wiemann", "Wiemann Webwerk", "Webentwickler", connected=None)
p("workwear", "Carina Böttcher", "Hosenwerk", "Gründerin", connected=None)
p("container", "Andreas Mertens", "Mertens Mulden", "Disposition", connected=None)
p("tender", "Gregor Hülsmann", "Hülsmann Schlüsselfertigbau", "Kalkulation", connected=None)
p("es", "Lucía Ferrer", "Cerámica Alcora", "Export Manager DACH", connected=None)
p("zeit", "Jan-Niklas Hoppe", "Stundenzettel.app", "Vertrieb", connected=None)
p("cad", "Miriam Kortmann", "", "Freiberufliche Bauzeichnerin", connected=None)
p("sv", "Bernhard Wolters", "Institut für Bausachverständige West", "Seminarleitung", connected=None)

# ------------------------------------------------------------------ people: junk
p("seo", "Dominik Hahn", "KlickMeister Marketing", "Geschäftsführer")
p("kaffee", "Jessica Lorenz", "BüroBarista", "Vertrieb")
p("kolonne", "Piotr Zielinski", "ZP Bau Service", "Inhaber")
p("anfragen", "Maximilian Roth", "HandwerkerLeads24", "Gründer & CEO")
p("gleich", "Sascha Brenner", "Brenner Invest", "Unternehmer | Mentor | Visionär")
p("call", "Lisa-Marie Kern", "Prozessmacher GmbH", "Business Development")
p("cp1", "Florian Wendt", "Wendt Finanz", "Finanzcoach", connected="2022-05-03",
  invite=("IN", "2022-05-03 18:12", "Hallo Sandra, super Profil! Lass uns vernetzen."))
p("cp2", "Tanja Ebert", "SocialHandwerk", "Recruiting-Expertin", connected="2022-08-22",
  invite=("IN", "2022-08-22 07:40", ""))
p("cp3", "Ben Kiefer", "Kiefer Consulting", "Unternehmensberater", connected="2021-11-08",
  invite=("IN", "2021-11-08 12:00", "Hallo Frau Kowalczyk, wir sind ja quasi Nachbarn im Pott :)"))
p("bump1", "Jannik Voss", "FactorFix", "Key Account Manager")
p("bump2", "Melina Arslan", "EnergieProfi NRW", "Energieberaterin")
p("t1", "Robin Jäger", "Wachstumsschmiede", "Partner")
p("t2", "Nadine Hoff", "UmsatzPlus Beratung", "Beraterin")
p("t3", "Yannick Stein", "Meisterwachstum", "Gründer")
p("t4", "Kerstin Albers", "Betriebsturbo GmbH", "Vertriebsleitung")
p("t5", "Ryan Fletcher", "GrowthBridge Ltd", "Partnerships Manager")
p("m1", "Patrick Engel", "Personalglück", "Recruiting")
p("m2", "Vanessa Kühn", "Bewertungsprofi", "Kundenberaterin")
p("m3", "Christian Lange", "SecureIT Mittelstand", "IT-Berater")
p("m4", "Dana Witt", "Fuhrparkheld", "Vertrieb")
p("sp1", "BauFinanz Direkt", url="https://www.linkedin.com/company/baufinanz-direkt-beispiel")
p("sp2", "ProWerkzeug Online", url="https://www.linkedin.com/company/prowerkzeug-online-beispiel")
p("award", "Simone Kraft", "Deutscher Handwerkspreis der Besten", "Projektleitung")
p("pod", "Marco Ries", "Macher im Mittelstand Podcast", "Host")
p("mag", "Eva Brandl", "Mittelstand Heute Magazin", "Anzeigen & Redaktion")
p("fluent", "Dr. Stephan Rauch", "Rauch & Cie. Strategieberatung", "Partner")
p("krypto", "Elena Smirnova", "", "Investorin")
p("jsoft", "Torben Lutz", "HandwerkOS", "Sales")
p("jleas", "Sarah Neumann", "FlottenDeal24", "Leasing-Beraterin")
p("jweb", "Kai Becker", "Webseiten-Fabrik", "Kundenberater")
p("jpv", "Mike Schreiber", "Jobturbo", "Personalberater")
p("jwear", "Ramona Fink", "PromoTextil Express", "Vertrieb")
p("jsem", "Heike Brand", "Akademie für Führung", "Seminarberatung")
p("foerder", "Gerrit Janssen", "FördermittelCheck", "Fördermittelexperte")
p("ki", "Leonie Busch", "KI-Boost", "Head of Sales")
p("franchise", "Ralf Kemper", "BadProfi Franchise", "Expansion Manager")
p("inkasso", "Holger Meier", "ZahlSicher Inkasso", "Vertrieb")
p("jcont", "Stefan Bauer", "EntsorgungsPortal", "Vertriebsinnendienst")

# ======================================================================= genuine (35)
c("genuine", "client_quote_request", "de", "Privatkundin fragt Angebot für Badsanierung an",
  [("brink", "2022-03-07 19:22", "Guten Abend Frau Kowalczyk, Ihre Firma wurde mir von meiner Nachbarin empfohlen (Familie Ostermann, Sie haben dort letztes Jahr das Bad gemacht). Wir möchten unser Bad in Kirchhörde komplett erneuern lassen, ca. 7 m², Wanne raus, bodengleiche Dusche rein. Könnten Sie uns ein Angebot machen? Wann hätten Sie Zeit für einen Termin vor Ort?"),
   ("me", "2022-03-08 07:05", "Guten Morgen Frau Brinkhoff, vielen Dank für die Anfrage und Grüße an Frau Ostermann! Ich komme gerne zum Aufmaß vorbei. Passt Ihnen Donnerstag 16:30 Uhr? Für Sanitär arbeite ich mit Herrn Bergmann zusammen, dann bekommen Sie alles aus einer Hand."),
   ("brink", "2022-03-08 08:40", "Donnerstag 16:30 passt wunderbar. Adresse schicke ich Ihnen per Mail.")])

c("genuine", "contractor_change_order", "de", "GU-Bauleiter fragt Nachtragsangebot und Termin an",
  [("gu", "2022-05-16 06:48", "Moin Sandra, Haus 3 in der Gartenstadt: Bauherr will in beiden Bädern jetzt doch raumhoch fliesen statt 1,20. Machst du mir bis Mittwoch nen Nachtrag? Estrich ist trocken, CM-Messung war 1,6."),
   ("me", "2022-05-16 07:30", "Moin Thorsten, mach ich. Gleiche Fliese wie Bestellung? Dann brauch ich nur die Mehrmenge, ca. 18 m² pro Bad. Lieferzeit bei Westfalen Keramik grad 2 Wochen."),
   ("gu", "2022-05-16 07:35", "Gleiche Fliese, ja. Danke dir. Termin Anfang Juni bleibt?"),
   ("me", "2022-05-16 07:36", "Bleibt.")])

c("genuine", "architect_detail", "de", "Architektin klärt Details Großformat und Gefälle",
  [("arch", "2022-02-10 14:15", "Hallo Frau Kowalczyk, für die Praxis in der Kronenstraße plant der Bauherr 120x120 im Flur und in den Behandlungsräumen. Im WC mit Bodenablauf hätte ich gern die gleiche Optik. Ist Gefälle mit dem Format machbar oder sollten wir dort auf 60x60 wechseln? Ich möchte keine Überzähne riskieren."),
   ("me", "2022-02-10 18:50", "Hallo Frau Sternberg, mit 120x120 im Gefälle wird es unschön, da bekommen Sie Kanten. Mein Vorschlag: Rinne an der Wand statt Punktablauf, dann geht Einseitgefälle und Sie können das Format durchziehen. Ich schicke Ihnen morgen eine Skizze."),
   ("arch", "2022-02-11 09:00", "Das klingt gut, danke! Skizze gern an das Büro.")])

c("genuine", "vendor_price_change", "de", "Großhändler kündigt Preiserhöhung an",
  [("grosshandel", "2022-02-21 11:00", "Hallo Sandra, kurze Vorwarnung: ab 1. März gehen Feinsteinzeug bei fast allen italienischen Herstellern um 8-12 % hoch, dazu kommt ein Energiezuschlag von 0,90 €/m². Wenn du für Ewald Haus 3 noch bestellen willst, mach es diese Woche, dann halte ich dir den alten Preis."),
   ("me", "2022-02-21 12:30", "Danke Ralf, das ist echt fair. Ich schick dir heute Abend die Bestellung für Haus 3 und das Brinkhoff-Bad."),
   ("grosshandel", "2022-02-21 12:31", "👍")])

c("genuine", "chamber_exam_committee", "de", "Handwerkskammer fragt sie als Prüferin an",
  [("hwk", "2022-04-04 10:10", "Sehr geehrte Frau Kowalczyk, für den Gesellenprüfungsausschuss Fliesen-, Platten- und Mosaikleger suchen wir ab Sommer eine Arbeitgebervertreterin. Ihr Obermeister Herr Fels hat Sie vorgeschlagen. Hätten Sie grundsätzlich Interesse? Der Aufwand sind ca. 4 Prüfungstage im Jahr."),
   ("me", "2022-04-04 20:00", "Sehr geehrte Frau Dr. Lohmann, vielen Dank für die Anfrage. Ja, das mache ich gern. Bitte schicken Sie mir die Unterlagen."),
   ("hwk", "2022-04-05 08:30", "Vielen Dank, das freut uns sehr. Die Berufungsunterlagen gehen Ihnen per Post zu.")])

c("genuine", "apprentice_internal", "de", "Azubi fragt wegen Berufsschule und Berichtsheft",
  [("azubi1", "2021-10-12 18:40", "Hallo Chefin, nächste Woche ist doch Blockunterricht, soll ich trotzdem Montag früh mit auf die Baustelle Hörde? Und Berichtsheft bring ich Freitag mit sorry hab ich vergessen"),
   ("me", "2021-10-12 19:02", "Hallo Kevin, nein, Montag gehst du in die Schule, Tomasz schafft das allein. Berichtsheft bitte wirklich Freitag, sonst unterschreib ich nix mehr vor der Zwischenprüfung 😉"),
   ("azubi1", "2021-10-12 19:03", "Alles klar, Freitag versprochen")])

c("genuine", "applicant_apprenticeship", "de", "Schüler bewirbt sich um Ausbildungsplatz",
  [("bewerber", "2022-01-26 16:05", "Hallo Frau Kowalczyk, ich heiße Leon, bin 16 und mache im Sommer meinen Abschluss an der Gesamtschule Scharnhorst. Ich habe bei meinem Onkel schon beim Fliesen geholfen und würde gern eine Ausbildung als Fliesenleger bei Ihnen machen. Darf ich Ihnen meine Bewerbung schicken oder ein Praktikum machen?"),
   ("me", "2022-01-26 20:14", "Hallo Leon, schön, dass du dich meldest! Schick mir die Bewerbung gern an info@kowalczyk-fliesen.de. Ein Praktikum in den Osterferien wäre ideal, dann siehst du, ob dir das wirklich liegt. Arbeitsschuhe mit Stahlkappe brauchst du, Rest haben wir."),
   ("bewerber", "2022-01-26 20:30", "Vielen Dank!! Ich schicke sie heute noch.")])

c("genuine", "applicant_journeyman", "en", "experienced tiler applies in English",
  [("mykola", "2022-06-02 12:00", "Hello Mrs Kowalczyk, my name is Mykola, I am tiler with 11 years experience from Kharkiv, large format and mosaic, also waterproofing. I live in Dortmund-Hörde since April with my family. My German is still A2 but I learn every day. Do you need a worker? I can show photos of my work. Thank you"),
   ("me", "2022-06-02 19:15", "Hello Mykola, thank you for writing. Yes, we are looking for an experienced tiler. Can you come to our workshop on Friday at 3pm? Address: Schüruferstraße, Aplerbeck. My colleague Tomasz speaks Polish and a little Ukrainian, that will help. Please bring the photos!"),
   ("mykola", "2022-06-02 19:40", "Thank you very much, I will come Friday 15:00.")])

c("genuine", "peer_joint_offer", "de", "Sanitär-Kollege schlägt gemeinsames Komplettbad-Angebot vor",
  [("sani", "2022-03-10 21:10", "Sandra, wegen Brinkhoff: sollen wir das wieder als Paket anbieten? Ich mach Sanitär und Elektro über Jürgens Firma, du Fliesen und Trockenbau, wir rechnen einen Festpreis und teilen die Gewährleistung sauber auf. Hab grob 24-26 T€ im Kopf."),
   ("me", "2022-03-10 21:30", "Ja, Paket ist gut, die Leute wollen einen Ansprechpartner. 26 wird eng mit der Rinne und raumhoch, eher 28. Ich schick dir morgen meine Positionen."),
   ("sani", "2022-03-10 21:32", "Passt. Dann machen wir 28 und du schreibst das Angebot, ich hab kein Bock auf Word 😂")])

c("genuine", "recruiter_engaged", "de", "Personalberaterin, die sie selbst angeschrieben hat",
  [("me", "2022-01-18 21:10", "Hallo Frau Wellmann, danke fürs Annehmen. Wir suchen einen Gesellen mit Erfahrung im Großformat, gern auch jemand, der in 2-3 Jahren den Meister machen will. Was würde eine Vermittlung bei Ihnen kosten?"),
   ("recr", "2022-01-19 09:20", "Hallo Frau Kowalczyk, sehr gern. Unser Honorar liegt bei 18 % des ersten Jahresbruttos, fällig erst bei Einstellung, mit 3 Monaten Nachbesetzungsgarantie. Ich hätte aktuell zwei Kandidaten aus dem Raum Unna/Schwerte. Wollen wir morgen telefonieren?"),
   ("me", "2022-01-19 12:00", "Morgen ab 17 Uhr gern."),
   ("recr", "2022-01-19 12:05", "Perfekt, ich rufe um 17:15 an.")])

c("genuine", "journalist", "de", "Lokalredakteur fragt Interview zu Frauen im Handwerk an",
  [("presse", "2022-07-04 11:30", "Hallo Frau Kowalczyk, ich schreibe für den Stadtanzeiger eine Serie über Frauen, die im Dortmunder Handwerk einen Betrieb führen. Hätten Sie Lust auf ein Gespräch und ein Foto auf einer Baustelle? Dauert ca. eine Stunde."),
   ("me", "2022-07-04 17:45", "Hallo Herr Klapdor, gern. Foto auf der Baustelle geht, aber nur mit Einverständnis der Kunden. Ich frag mal bei Frau Brinkhoff, deren Bad ist fast fertig."),
   ("presse", "2022-07-05 09:00", "Super, danke! Melden Sie sich einfach, wenn Sie einen Termin haben.")])

c("genuine", "event_invitation_contact", "de", "Obermeister lädt zur Innungsversammlung ein",
  [("innung", "2022-10-17 10:00", "Liebe Sandra, am 24.11. ist Innungsversammlung im Hotel am Westfalenpark. Thema u.a. Großformat und Gewährleistung. Könntest du 10 Minuten zu deinen Erfahrungen mit 120x240 erzählen? Danach Grünkohl. Glück auf, Heinz-Werner"),
   ("me", "2022-10-17 12:30", "Lieber Heinz-Werner, mach ich gern, für Grünkohl immer. Bis dann!")])

c("genuine", "thanks_after_event", "de", "Dankesnachricht nach Tag der offenen Werkstatt (1 von 3)",
  [("gast1", "2022-09-10 20:15", "Liebe Frau Kowalczyk, vielen Dank für den tollen Tag heute in Ihrer Werkstatt! Die Kinder waren begeistert vom Mosaik-Tisch. Und die Waffeln 😋 Herzliche Grüße, Petra Ostermann"),
   ("me", "2022-09-11 09:00", "Liebe Frau Ostermann, danke, dass Sie da waren! Das Mosaik der Kinder hängt jetzt in der Werkstatt.")])

c("genuine", "thanks_after_event", "de", "Dankesnachricht nach Tag der offenen Werkstatt (2 von 3)",
  [("gast2", "2022-09-10 21:40", "Danke für die Einladung heute, war ein richtig schöner Nachmittag. Hab gesehen wie viel Arbeit in so einer Dusche steckt - meine Kunden werden die Preise künftig von mir erklärt bekommen 😄")])

c("genuine", "thanks_after_event", "de", "Dankesnachricht nach Tag der offenen Werkstatt (3 von 3)",
  [("gast3", "2022-09-11 10:10", "Liebe Frau Kowalczyk, herzlichen Dank für den Tag der offenen Werkstatt! Meine Schülerinnen aus der Berufsorientierung haben noch im Bus davon geredet. Vielleicht dürfen wir im Frühjahr mit der Klasse vorbeikommen?"),
   ("me", "2022-09-11 11:00", "Sehr gern, Frau Demir! Melden Sie sich einfach im Februar, dann planen wir das.")])

c("genuine", "inbound_lead_spam_folder", "de", "Hausverwaltung fragt Rahmenvertrag an, landete im Spam",
  [("hv", "2022-08-01 10:30", "Sehr geehrte Frau Kowalczyk, wir verwalten ca. 40 Mehrfamilienhäuser in Dortmund-Süd und suchen einen festen Fliesenbetrieb für Reparaturen (Wasserschäden, Fugen, Treppenhäuser). Hätten Sie Interesse an einem Rahmenvertrag? Gerne würden wir Ihre Stundensätze und Anfahrtspauschale erfahren. Mit freundlichen Grüßen, Stefanie Grewe"),
   ("me", "2022-08-09 20:10", "Sehr geehrte Frau Grewe, entschuldigen Sie die späte Antwort, Ihre Nachricht war im Spam-Ordner gelandet. Ja, grundsätzlich gern. Ich rufe Sie morgen Vormittag an, dann können wir über Mengen und Konditionen sprechen."),
   ("hv", "2022-08-10 08:15", "Kein Problem, das passiert. Ich bin bis 12 im Büro.")],
  folder="SPAM")

c("genuine", "long_standing_client", "de", "langjähriger Kunde Zahnarztpraxis meldet Schaden",
  [("zahn", "2022-11-02 13:05", "Hallo Frau Kowalczyk, bei uns im Sterilisationsraum hat sich eine Fliese gelöst, wahrscheinlich durch den neuen Thermodesinfektor. Können Sie sich das mal ansehen? Sie haben ja damals 2014 alles gemacht, vermutlich haben Sie noch Restfliesen?"),
   ("me", "2022-11-02 18:20", "Hallo Herr Dr. Vogelsang, ja, ich habe noch zwei Pakete im Lager! Ich schicke Tomasz am Freitag nach Praxisschluss vorbei, gegen 18 Uhr?"),
   ("zahn", "2022-11-02 18:45", "Freitag 18 Uhr ist perfekt. Danke!")])

c("genuine", "own_tax_advisor", "de", "Steuerberater zu Jahresabschluss und neuer Gebühr",
  [("stb", "2022-01-10 08:30", "Guten Morgen Sandra, ein gesundes neues Jahr. Für den Jahresabschluss brauchen wir bitte bis Ende Februar die Inventur der Fliesenbestände. Außerdem: Unsere Vergütung für die Lohnbuchhaltung steigt ab April von 28 auf 31 € pro Mitarbeiter und Monat. Gruß Klaus"),
   ("me", "2022-01-10 12:10", "Danke Klaus, dir auch! Inventur machen wir am 28.1., dann hast du es Anfang Februar. Die Erhöhung ist ok.")])

c("genuine", "vendor_contract_renewal", "de", "eigene Leasingfirma zur Vertragsverlängerung Transporter",
  [("leasing", "2022-06-20 09:00", "Hallo Frau Kowalczyk, der Leasingvertrag für Ihren Sprinter (DO-KF 412) endet am 30.09. Wegen der Lieferzeiten bei Neufahrzeugen bieten wir eine Verlängerung um 12 Monate an, Rate 389 € statt bisher 412 €. Alternativ könnten wir ein Nachfolgefahrzeug bestellen, Lieferung aber frühestens März. Wie möchten Sie verfahren?"),
   ("me", "2022-06-21 07:15", "Hallo Frau Kaltenbach, dann verlängern wir um 12 Monate. Bitte schicken Sie mir den Vertrag."),
   ("leasing", "2022-06-21 10:00", "Gern, kommt heute per DocuSign.")])

c("genuine", "vendor_price_change", "de", "eigene Handwerkersoftware kündigt neue Preise an",
  [("soft", "2021-11-15 15:00", "Hallo Frau Kowalczyk, als langjährige Kundin möchte ich Sie persönlich informieren: Ab Januar stellen wir auf Nutzerlizenzen um. Für Ihre 4 Nutzer wären das 96 € statt bisher pauschal 79 € im Monat. Wenn Sie bis 31.12. auf Jahreszahlung umstellen, bleiben Sie für 2022 beim alten Preis."),
   ("me", "2021-11-15 19:30", "Hallo Herr Ortmann, danke für die Info. Dann stellen wir auf Jahreszahlung um. Was muss ich dafür tun?"),
   ("soft", "2021-11-16 08:45", "Ich schicke Ihnen den Änderungsauftrag, einmal unterschreiben, fertig.")])

c("genuine", "owner_started_request", "de", "sie fragt Architektin nach Ausschreibungsunterlagen",
  [("me", "2022-09-26 19:00", "Hallo Frau Sternberg, ich habe gehört, Sie planen das Ärztehaus an der Hörder Brücke. Wenn die Fliesenarbeiten ausgeschrieben werden, würde ich mich gern beteiligen. Können Sie mich auf die Bieterliste setzen?"),
   ("arch", "2022-09-27 08:50", "Hallo Frau Kowalczyk, sehr gern, nach der Praxis Kronenstraße sowieso. Die Unterlagen kommen voraussichtlich im November.")])

c("genuine", "owner_started_samples", "de", "sie bittet Großhändler um Muster",
  [("me", "2022-04-19 06:30", "Moin Ralf, kannst du mir von der neuen Terrazzo-Optik (die in Grau und Sand) je zwei Muster in 60x60 bis Donnerstag ins Lager legen? Kundin will anfassen."),
   ("grosshandel", "2022-04-19 07:10", "Moin, liegt Mittwoch bei der Abholung für dich bereit."),
   ("me", "2022-04-19 07:12", "Top, danke!")])

c("genuine", "client_complaint", "de", "Kunde reklamiert Risse in der Fuge",
  [("reklam", "2022-08-15 17:55", "Frau Kowalczyk, in der Dusche die Sie im März gemacht haben sind jetzt Risse in der Fuge an der Ecke. Das darf ja wohl nach 5 Monaten nicht sein. Ich erwarte dass das gemacht wird."),
   ("me", "2022-08-15 19:30", "Guten Abend Herr Sasse, danke für die Meldung. In der Ecke gehört eigentlich Silikon hin, keine Zementfuge, das schauen wir uns an. Natürlich im Rahmen der Gewährleistung. Passt Ihnen Mittwoch ab 15 Uhr?"),
   ("reklam", "2022-08-15 20:10", "Mittwoch geht. Danke für die schnelle Antwort.")])

c("genuine", "inbound_lead_terrace", "de", "Privatkunde will Terrasse mit Feinsteinzeug auf Stelzlagern",
  [("terrasse", "2022-04-25 21:00", "Hi, wat kostet bei Ihnen so ungefähr ne Terrasse mit Feinsteinzeug auf Stelzlager? Sind so 35 m², Unterbau ist Beton, Haus in Lünen. Nächstes Jahr wär auch ok."),
   ("me", "2022-04-26 07:00", "Hallo Herr Brandt, grob liegen wir mit Material mittlerer Preisklasse bei 140-180 €/m², je nach Höhe der Stelzlager. Genau sag ich's Ihnen nach einem Termin vor Ort. Für dieses Jahr bin ich leider voll, Frühjahr 2023 geht."),
   ("terrasse", "2022-04-26 08:00", "Ok dann melden wir uns im Winter nochmal. Danke!")])

c("genuine", "long_standing_friend", "de", "alter Kumpel Estrichleger, BVB und Baustelle",
  [("kumpel", "2022-05-14 20:05", "Hömma Sandra, haste gesehen? Haaland geht nach Manchester. Ich könnt heulen"),
   ("me", "2022-05-14 20:20", "Ja schlimm. Aber sach mal, du wolltest mir doch noch sagen, wann der Estrich in der Gartenstadt Haus 4 reinkommt?"),
   ("kumpel", "2022-05-14 20:22", "Immer nur Arbeit mit dir 😂 KW 23, Dienstag. Ich sach Thorsten Bescheid."),
   ("me", "2022-05-14 20:23", "Danke, du bist der Beste. Nächstes Heimspiel Bier auf mich.")])

c("genuine", "apprentice_congrats", "de", "Azubine hat Zwischenprüfung bestanden",
  [("azubi2", "2022-05-30 14:00", "Chefin!!! Zwischenprüfung bestanden, 88 Punkte 🎉🎉"),
   ("me", "2022-05-30 14:05", "Jana, Wahnsinn! Herzlichen Glückwunsch, ich bin mega stolz. Freitag gibt's Kuchen für alle auf deine Kosten 😄 nee Quatsch, auf meine.")])

c("genuine", "contractor_contract_terms", "de", "GU-Vertrag: Sicherheitseinbehalt und VOB/B",
  [("gu", "2021-03-02 07:10", "Sandra, Vertrag für die Gartenstadt kommt heute. Wir haben diesmal 5 % Sicherheitseinbehalt für 5 Jahre drin, Vorgabe von oben. Wenn du lieber ne Bürgschaft stellst, geht auch."),
   ("me", "2021-03-02 12:00", "Thorsten, 5 Jahre bar einbehalten ist bei der Summe heftig. Ich stell ne Gewährleistungsbürgschaft über die Sparkasse, dann bitte die Klausel entsprechend anpassen. Sonst alles wie gehabt nach VOB/B?"),
   ("gu", "2021-03-02 12:15", "Ja, VOB/B. Bürgschaft passt, ich sag dem Einkauf Bescheid.")])

c("genuine", "foreign_architect_quote", "en", "Dutch architect asks for a quote for a Dortmund project",
  [("nl", "2022-03-02 10:00", "Dear Ms Kowalczyk, we are designing a small hotel conversion near Dortmund Hauptbahnhof for a Dutch client. We are looking for a local tiling contractor for approx. 22 bathrooms, 4.5 m² each, with a prefab shower tray. Would you be able to give a quote based on our drawings? German documents can be provided."),
   ("me", "2022-03-02 18:30", "Dear Mr de Vries, thank you for thinking of us. 22 bathrooms is a good size for our team of six. Please send the drawings and the tile specification, English is fine. Start date would be important for our planning."),
   ("nl", "2022-03-03 08:15", "Great, drawings follow by email today. Start is planned for September.")])

c("genuine", "neighbour_trade_smalltalk", "de", "Malermeister von nebenan leiht sich Werkzeug",
  [("maler", "2022-07-21 07:00", "Morgen Sandra, kann ich mir heute euren großen Fliesenschneider ausleihen? Muss bei nem Kunden zwei Fensterbänke kürzen. Bring ihn heut Abend zurück, Ehrenwort"),
   ("me", "2022-07-21 07:05", "Klar, Kevin ist ab 7:30 in der Werkstatt. Aber sauber zurück bitte, nicht wie letztes Mal mit Farbe dran 😜"),
   ("maler", "2022-07-21 07:06", "Das war EIN Mal 😂 danke!")])

c("genuine", "chamber_funding_advice", "de", "Betriebsberater der HWK zu Förderprogramm",
  [("hwkbb", "2021-03-15 13:00", "Hallo Frau Kowalczyk, wie im Telefonat besprochen: Für die Einführung der mobilen Zeiterfassung und Aufmaß-Tablets käme das Programm Mittelstand Innovativ & Digital in Frage, bis zu 50 % Zuschuss. Ich habe Ihnen die Checkliste angehängt. Wichtig: Antrag vor Auftragsvergabe stellen!"),
   ("me", "2021-03-15 18:00", "Vielen Dank Herr Rehbein, das ist sehr hilfreich. Ich melde mich, wenn ich die Angebote habe.")])

c("genuine", "manufacturer_training_invite", "de", "bekannte Anwendungstechnikerin lädt zur Schulung ein",
  [("herst", "2022-02-28 11:00", "Hallo Sandra, wir machen am 6. April eine Praxisschulung zum neuen Dichtbahn-System in unserem Schulungszentrum in Hamm. Für Innungsbetriebe kostenlos, deine Azubis dürfen gern mit. Soll ich dir drei Plätze reservieren?"),
   ("me", "2022-02-28 12:40", "Hallo Melanie, ja bitte, für mich, Kevin und Jana. Gibt's wieder Mittagessen? 😄"),
   ("herst", "2022-02-28 12:45", "Natürlich, Currywurst ist gesetzt.")])

c("genuine", "former_teacher_congrats", "de", "alter Meisterschullehrer gratuliert zu 10 Jahren Meisterbetrieb",
  [("lehrer", "2022-06-01 09:30", "Liebe Sandra, ich habe im Stadtanzeiger gelesen, dass Ihr Betrieb 10 Jahre alt wird. Herzlichen Glückwunsch! Ich erinnere mich noch gut an Ihr Meisterstück mit dem Kreisbogen. Weiter so! Rainer Kampmann"),
   ("me", "2022-06-01 19:40", "Lieber Herr Kampmann, was für eine schöne Nachricht! Ohne Ihre Geduld mit meinem Kreisbogen hätte ich das nicht geschafft. Kommen Sie doch zur Feier am 25.6., ich schicke Ihnen eine Einladung!")])

c("genuine", "team_group_chat", "de", "Teamchat zur Baustelle",
  [("geselle", "2022-09-05 06:10", "Kleber für Hörde reicht nicht, brauchen noch 6 Sack flex"),
   ("me", "2022-09-05 06:30", "Bestelle ich, kommt um 10. Kevin, du fährst mit Tomasz"),
   ("azubi1", "2022-09-05 06:31", "ok"),
   ("geselle", "2022-09-05 10:40", "ist da danke")],
  title="Team Kowalczyk Baustellen", extra=["azubi2"])

c("genuine", "client_thanks", "de", "Kundin bedankt sich und hat Bewertung geschrieben",
  [("kundin2", "2022-06-15 20:00", "Liebe Frau Kowalczyk, unser Bad ist ein Traum! Vielen Dank an Sie und Ihr Team, vor allem Tomasz war so ordentlich. Ich habe Ihnen eine Bewertung bei Google geschrieben."),
   ("me", "2022-06-16 07:00", "Liebe Frau Reinert, ganz herzlichen Dank, das gebe ich ans Team weiter! Viel Freude mit dem neuen Bad.")])

c("genuine", "teacher_internship_request", "de", "Lehrerin fragt nach Klassenbesuch (Anschluss an Event)",
  [("gast3", "2023-02-14 08:00", "Liebe Frau Kowalczyk, wie im September besprochen: Dürften wir mit 12 Schülerinnen am 16. März von 9-12 Uhr in die Werkstatt kommen? Gerne auch mit einer kleinen Übung."),
   ("me", "2023-02-14 19:00", "Liebe Frau Demir, ja, der 16. März passt. Wir bereiten kleine Mosaik-Untersetzer vor, die dürfen sie mitnehmen."),
   ("gast3", "2023-02-14 19:30", "Wunderbar, vielen Dank!")])

# ================================================================== wanted_pitch (12)
c("wanted_pitch", "software_post", "de", "App-Gründer nimmt Bezug auf ihren Beitrag zum Aufmaß im Altbau",
  [("aufmass", "2022-04-12 08:45", "Hallo Frau Kowalczyk, danke fürs Vernetzen. Ihr Beitrag, dass Sie im Altbau mit Zollstock und Zettel aufmessen und abends die schiefen Wände in die Kalkulation übertragen, hat mich an meinen Vater erinnert (Fliesenleger in Bochum). Wir haben eine App gebaut, die mit dem Laser-Entfernungsmesser per Bluetooth die Wandflächen inkl. Nischen und Vorsprüngen erfasst und direkt die Fliesenmenge mit Verschnitt nach Format rechnet. Sie exportiert auch in BauPilot, das Sie laut Ihrem Beitrag nutzen. Darf ich Ihnen einen Testzugang geben?"),
   ("me", "2022-04-12 19:30", "Das mit BauPilot ist interessant. Ja, schicken Sie mal den Testzugang, ich probier's beim nächsten Aufmaß aus."),
   ("aufmass", "2022-04-13 08:00", "Gern, Zugangsdaten sind raus. Wenn Sie mögen, komme ich auch einmal mit auf eine Baustelle.")])

c("wanted_pitch", "van_fitout_setup", "de", "Fahrzeugeinrichter nimmt Bezug auf ihr Sprinter-Foto",
  [("ausbau", "2022-07-11 12:00", "Hallo Frau Kowalczyk, auf dem Foto vom Sprinter in Ihrem Beitrag zum Firmenjubiläum sieht man, dass der 125er Fliesenschneider quer über den Sackkarren gelegt ist, weil das Regal rechts zu tief ist. Wir bauen für Fliesenleger eine Schiene an der Seitenwand, in die der Schneider senkrecht eingehängt wird, und Klebersäcke stehen dann gesichert vorne. Einbau in einem Tag in Unna, ca. 1.450 € netto. Wenn Ihr Leasing im Herbst ausläuft, können wir es auch ins neue Fahrzeug übernehmen.")])

c("wanted_pitch", "tool_supplier_talk", "de", "Werkzeugberater nimmt Bezug auf ihren Vortrag bei der Innung",
  [("vakuum", "2022-11-28 10:00", "Hallo Frau Kowalczyk, ich war bei der Innungsversammlung und Ihr Bericht über die 120x240-Platten im Praxisflur, bei denen Sie zu viert tragen mussten und eine gebrochen ist, war der ehrlichste Beitrag des Abends. Wir haben ein Rahmen-Tragesystem mit Saugern, das zwei Personen für das Format reicht. Ich würde es Ihnen gern auf einer Ihrer Baustellen eine Woche zum Testen dalassen, kostenlos."),
   ("me", "2022-11-28 18:30", "Hallo Herr Stratmann, die zerbrochene Platte tut mir heute noch weh. Gern, im Januar haben wir wieder Großformat, dann melde ich mich.")])

c("wanted_pitch", "recruiter_job_posting", "de", "Personalvermittlerin mit passendem Kandidaten zu ihrer Stellenanzeige",
  [("pv", "2022-03-21 09:15", "Hallo Frau Kowalczyk, ich habe Ihre Anzeige in der Stellenbörse der Handwerkskammer gesehen (Geselle, Großformat, Führerschein B). Ich betreue gerade einen Fliesenlegergesellen, 29, der aus Kassel nach Dortmund zieht, 6 Jahre Erfahrung mit Großformat und Natursteinverlegung, Führerschein vorhanden, Meisterkurs geplant. Soll ich Ihnen das anonymisierte Profil schicken? Honorar nur bei Einstellung.")])

c("wanted_pitch", "web_site_visited", "de", "Webentwickler hat ihre Referenzseite konkret geprüft",
  [("web", "2021-08-23 14:00", "Hallo Frau Kowalczyk, ich bin über Ihre Website gestolpert, weil wir auch ein Bad planen. Ihre Referenzgalerie ist toll, aber die Seite lädt auf dem Handy fast 40 MB, weil die Fotos in Originalgröße eingebunden sind - über mobiles Netz dauert das bei mir 25 Sekunden. Das kann ich Ihnen für eine Pauschale von 180 € komprimieren und einen Lazy-Load einbauen, ohne am Design etwas zu ändern. Nur falls Sie niemanden haben, der das macht."),
   ("me", "2021-08-23 20:00", "Oh, das wusste ich nicht. Unser Neffe hat die Seite gebaut... Ja, machen Sie das bitte, schicken Sie mir ein Angebot.")])

c("wanted_pitch", "workwear_press", "de", "Arbeitskleidung für Frauen nach Zeitungsartikel",
  [("workwear", "2022-08-03 19:00", "Hallo Frau Kowalczyk, ich habe den Artikel im Stadtanzeiger über Sie gelesen - besonders die Stelle, dass Sie Kniepolster-Hosen aus der Herrenabteilung kürzen lassen müssen, weil es keine passenden gibt. Genau deshalb habe ich Hosenwerk gegründet: Arbeitshosen mit Kniepolstertaschen in Damenschnitten, Größen 34-50. Ich würde Ihnen und Jana gern je eine Hose zum Testen schicken. Wenn sie taugt, gibt es 15 % Innungsrabatt.")])

c("wanted_pitch", "disposal_mutual_contact", "de", "Containerdienst über Empfehlung von Uwe Bergmann",
  [("container", "2022-05-09 11:00", "Hallo Frau Kowalczyk, Uwe Bergmann hat mir erzählt, dass Sie bei Badsanierungen im Mehrfamilienhaus oft Ärger mit großen Containern auf dem Gehweg haben. Wir haben seit Frühjahr 1,5-m³-BigBags für Fliesenschutt, die in den Hausflur passen und die wir innerhalb von 24 Std. abholen, ohne Sondernutzungserlaubnis. 89 € pro Sack inkl. Entsorgung. Uwe nutzt das schon. Soll ich Ihnen ein paar zum Start bringen?")])

c("wanted_pitch", "tender_subcontract", "de", "GU fragt sie als Nachunternehmerin für öffentliche Ausschreibung an",
  [("tender", "2022-10-04 08:30", "Sehr geehrte Frau Kowalczyk, die Stadt Dortmund hat auf vergabe.NRW die Sanierung der Sanitärbereiche der Grundschule Wellinghofen ausgeschrieben (ca. 640 m² Fliesen, Ausführung Sommerferien 2023). Wir bieten als GU und suchen einen Fliesenbetrieb aus dem Dortmunder Süden als Nachunternehmer. Sie wurden uns wegen der Arbeiten in der Praxis Kronenstraße genannt. Hätten Sie Interesse, uns bis 20.10. ein Angebot auf Basis des LV zu geben?"),
   ("me", "2022-10-04 19:00", "Sehr geehrter Herr Hülsmann, Interesse ja, Sommerferien 2023 wäre machbar. Bitte schicken Sie mir das LV.")])

c("wanted_pitch", "manufacturer_post_en", "en", "Spanish manufacturer refers to her café project post",
  [("es", "2022-06-27 10:30", "Hello Sandra, I saw your post about the café in the Kreuzviertel where you laid the terrazzo-look tiles in a herringbone pattern - beautiful work, and a brave choice with 10x40 in a terrazzo design. We produce a through-body terrazzo porcelain in the same 10x40 format, which avoids the white edges you mentioned on cut pieces. I'd be happy to send you samples and connect you with our German distributor in Essen.")])

c("wanted_pitch", "timesheet_tools", "de", "Zeiterfassung mit Schnittstelle zu ihrer Software",
  [("zeit", "2021-04-06 10:00", "Hallo Frau Kowalczyk, Herr Rehbein von der Handwerkskammer hat in seinem Newsletter Ihren Betrieb als Beispiel für die Digitalisierungsförderung genannt - mit BauPilot und Papier-Stundenzetteln. Unsere App schreibt die Stunden pro Baustelle direkt in BauPilot-Projekte (offizielle Schnittstelle), Ihre sechs Mitarbeiter stempeln per Handy. 6 € pro Nutzer und Monat, und es ist förderfähig im Programm, das Sie beantragen. Wäre eine Demo für Sie interessant?"),
   ("me", "2021-04-06 18:30", "Ja, gern. Donnerstag 17 Uhr?")])

c("wanted_pitch", "freelance_cad_problem", "de", "Bauzeichnerin bietet Verlegepläne an, nennt ihr Problem konkret",
  [("cad", "2022-11-14 21:00", "Hallo Frau Kowalczyk, in der Innungs-Gruppe schrieben Sie, dass Architekten immer öfter Verlegepläne mit Fugenbild verlangen und Sie die abends selbst in Excel zeichnen. Ich bin freiberufliche Bauzeichnerin (früher bei einem Fliesenhersteller) und mache genau solche Pläne als DWG/PDF, meist 1-2 Tage Lieferzeit, 45 € pro Raum. Ein Beispiel für ein Bad mit Rinne hänge ich an.")])

c("wanted_pitch", "expert_course_register", "de", "Sachverständigen-Lehrgang, Bezug auf Handwerksrolle und Prüferamt",
  [("sv", "2022-12-01 09:00", "Sehr geehrte Frau Kowalczyk, Sie sind seit 2012 mit Meisterbetrieb in der Handwerksrolle eingetragen und seit diesem Jahr im Gesellenprüfungsausschuss - das sind genau die Voraussetzungen für unseren Vorbereitungslehrgang zur öffentlich bestellten Sachverständigen im Fliesenlegerhandwerk. Im Ruhrgebiet gibt es derzeit nur drei, die Gerichte warten monatelang. Der nächste Kurs startet im März in Dortmund (berufsbegleitend, samstags). Darf ich Ihnen die Unterlagen schicken?")])

# ======================================================================== junk (38)
c("junk", "generic_seo", "de", "generische SEO-Masche",
  [("seo", "2022-02-02 10:00", "Hallo Frau Kowalczyk, ich habe Ihre Website analysiert und festgestellt, dass Sie bei Google für wichtige Suchbegriffe nicht auf Seite 1 erscheinen. Wir verhelfen Unternehmen wie Ihrem zu mehr Sichtbarkeit und Anfragen. Darf ich Ihnen eine kostenlose Analyse zusenden?")])

c("junk", "off_topic_product", "de", "Kaffeevollautomat fürs Büro",
  [("kaffee", "2021-09-14 11:00", "Hallo Sandra! Guter Kaffee = motivierte Mitarbeiter ☕ Mit BüroBarista bekommen Sie einen Profi-Vollautomaten inkl. Wartung ab 49 € im Monat. Darf ich Ihnen ein Angebot schicken?")])

c("junk", "offers_what_she_sells", "de", "Verlegekolonne bietet ihr Fliesenarbeiten an",
  [("kolonne", "2022-03-29 08:00", "Guten Tag, wir sind erfahrene Fliesenleger-Team aus Polen, machen alle Fliesenarbeiten, Bäder, Küchen, Terrassen, schnell und günstig ab 25 €/m². Haben Sie Arbeit für uns? Wir können sofort anfangen. Mit freundlichen Grüßen")])

c("junk", "capacity_new_clients", "de", "Leadgenerator: Kapazitäten für neue Kunden?",
  [("anfragen", "2022-01-11 09:30", "Hallo Sandra, kurze Frage: Hast du aktuell Kapazitäten für 10-15 neue Badsanierungs-Aufträge pro Monat? Wir liefern Handwerksbetrieben qualifizierte Anfragen aus ihrer Region - exklusiv, nur ein Betrieb pro PLZ-Gebiet. Dortmund ist noch frei. Soll ich dir zeigen, wie das funktioniert?")])

c("junk", "likeminded_entrepreneurs", "de", "gleichgesinnte Unternehmer vernetzen",
  [("gleich", "2021-12-01 07:30", "Hallo Sandra, ich vernetze mich gerne mit gleichgesinnten Unternehmern, die etwas bewegen wollen 💪 Gemeinsam sind wir stärker! Lass uns schauen, wie wir uns gegenseitig unterstützen können. Beste Grüße, Sascha")])

c("junk", "quick_call", "de", "kurzes 15-minütiges Telefonat",
  [("call", "2022-06-08 14:20", "Hallo Frau Kowalczyk, hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat? Ich würde gerne mehr über Ihr Unternehmen erfahren und Ihnen zeigen, wie wir Betrieben wie Ihrem helfen, Prozesse zu optimieren. Wann passt es Ihnen am besten?")])

c("junk", "connect_then_pitch", "de", "erst Smalltalk, dann Finanzcoaching in Nachricht 2",
  [("cp1", "2022-05-03 18:30", "Hey Sandra, danke fürs Annehmen! Wie läuft's bei dir so auf den Baustellen? 😊"),
   ("cp1", "2022-05-05 09:00", "Ich frag, weil viele Selbstständige im Handwerk ihre Altersvorsorge komplett vernachlässigen. Ich biete ein kostenloses Rentenlücken-Gespräch an, 30 Minuten per Zoom. Hast du nächste Woche Zeit?")])

c("junk", "connect_then_pitch", "de", "Smalltalk beantwortet, dann Social-Recruiting-Pitch",
  [("cp2", "2022-08-22 08:00", "Hallo Sandra, schön, dass wir jetzt vernetzt sind! Ich sehe, du bildest aus - finde ich toll. Wie viele Azubis habt ihr aktuell?"),
   ("me", "2022-08-22 19:10", "Hallo Tanja, zwei, Kevin und Jana. Nächstes Jahr hoffentlich drei."),
   ("cp2", "2022-08-23 07:45", "Super! Damit das klappt: Mit unserer Social-Recruiting-Kampagne auf Instagram und TikTok bekommst du in 30 Tagen mindestens 20 Bewerbungen, garantiert. Paket ab 2.490 €. Wollen wir kurz telefonieren?")])

c("junk", "connect_then_pitch", "de", "Nachbar im Pott, Beratungspitch in Nachricht 3",
  [("cp3", "2021-11-08 12:10", "Glück auf, Frau Kowalczyk! Sie sind aus Aplerbeck? Ich bin in Hörde groß geworden 😊"),
   ("cp3", "2021-11-09 08:00", "Die Baustelle am Phoenix-See ist ja ewig, oder? Ich fahr da jeden Tag vorbei."),
   ("cp3", "2021-11-11 09:15", "Lange Rede kurzer Sinn: Ich helfe Handwerksbetrieben, mit einem klaren Preissystem 20 % mehr Marge zu erzielen. Das Erstgespräch ist kostenlos. Passt Ihnen Dienstag?")])

c("junk", "follow_up_bumps", "de", "Factoring-Angebot mit Nachfassen ohne Antwort",
  [("bump1", "2022-04-04 10:00", "Hallo Frau Kowalczyk, warten Sie auch oft wochenlang auf Ihr Geld? Mit FactorFix bekommen Sie Ihre Rechnungen innerhalb von 24 Stunden ausgezahlt. Darf ich Ihnen unverbindlich die Konditionen schicken?"),
   ("bump1", "2022-04-11 10:00", "Hallo Frau Kowalczyk, ich wollte kurz nachhaken, ob Sie meine Nachricht gesehen haben?"),
   ("bump1", "2022-04-25 10:00", "Hallo Frau Kowalczyk, ich melde mich ein letztes Mal. Falls das Thema aktuell nicht passt, ist das völlig in Ordnung!")])

c("junk", "follow_up_bumps", "de", "Energieberatung mit Nachfassen ohne Antwort",
  [("bump2", "2022-09-19 08:30", "Guten Morgen Frau Kowalczyk, die Energiepreise explodieren - auch für Ihre Werkstatt. Wir prüfen kostenlos Ihr Einsparpotenzial. Wann darf ich Sie anrufen?"),
   ("bump2", "2022-09-26 08:30", "Hallo nochmal, nur ein kurzer Reminder zu meiner Nachricht 😊"),
   ("bump2", "2022-10-10 08:30", "Ich nehme an, es passt gerade nicht. Ich schließe Ihre Anfrage dann.")])

c("junk", "template_wave", "de", "Vorlagenwelle 1 von 5",
  [("t1", "2022-10-24 09:05", "Hallo Sandra, ich bin auf Kowalczyk Fliesen & Naturstein gestoßen und war beeindruckt. Wir begleiten Inhaber im Handwerk dabei, ihren Betrieb unabhängiger vom eigenen Einsatz zu machen - mehr Umsatz, weniger Stress. Hättest du nächste Woche Zeit für ein kurzes Kennenlernen?")])

c("junk", "template_wave", "de", "Vorlagenwelle 2 von 5",
  [("t2", "2022-10-25 13:40", "Hallo Frau Kowalczyk, ich bin auf Kowalczyk Fliesen gestoßen und war wirklich beeindruckt. Wir begleiten Handwerksunternehmer dabei, ihren Betrieb unabhängiger vom eigenen Einsatz zu machen: mehr Umsatz, weniger Stress. Hätten Sie nächste Woche Zeit für ein kurzes Kennenlerngespräch?")])

c("junk", "template_wave", "de", "Vorlagenwelle 3 von 5",
  [("t3", "2022-10-26 08:15", "Hi Sandra, bin auf deinen Betrieb Kowalczyk Fliesen & Naturstein GmbH gestoßen - echt beeindruckend! Ich helfe Meisterbetrieben, unabhängiger vom Chef zu werden: mehr Umsatz, weniger Stress. Lust auf ein kurzes Kennenlernen nächste Woche?")])

c("junk", "template_wave", "de", "Vorlagenwelle 4 von 5",
  [("t4", "2022-10-27 16:20", "Hallo Frau Kowalczyk, beim Recherchieren bin ich auf Kowalczyk Fliesen & Naturstein gestoßen und war beeindruckt. Wir unterstützen Inhaber im Ausbauhandwerk dabei, ihren Betrieb unabhängiger vom eigenen Einsatz zu führen - mit mehr Umsatz und weniger Stress. Haben Sie nächste Woche Zeit für ein kurzes Gespräch?")])

c("junk", "template_wave", "en", "template wave 5 of 5 in English",
  [("t5", "2022-10-28 10:00", "Hi Sandra, I came across Kowalczyk Fliesen & Naturstein and was really impressed. We help owners in the trades make their business less dependent on their own hours - more revenue, less stress. Would you have time for a short intro call next week?")])

c("junk", "merge_tag_failure", "de", "Recruiting-Pitch mit {{Vorname}}",
  [("m1", "2022-02-15 09:00", "Hallo {{Vorname}}, finden Sie auch keine Fachkräfte? Mit Personalglück besetzen wir offene Stellen im Handwerk in durchschnittlich 21 Tagen. Darf ich Ihnen unser Konzept vorstellen?")])

c("junk", "merge_tag_failure", "de", "Bewertungsservice mit [Firma]-Platzhalter",
  [("m2", "2022-07-13 15:30", "Hallo Frau Kowalczyk, wussten Sie, dass 88 % der Kunden Online-Bewertungen vertrauen? Wir helfen [Firma], mehr 5-Sterne-Bewertungen zu sammeln und negative Bewertungen professionell zu managen. Interesse an einem kostenlosen Check für [Firma]?")])

c("junk", "merge_tag_failure", "de", "IT-Sicherheit mit falschem Namen",
  [("m3", "2022-09-01 10:00", "Sehr geehrter Herr Thomas Kowalczyk, Cyberangriffe auf den Mittelstand nehmen zu. Ist Ihr Betrieb geschützt? Wir bieten einen kostenlosen Sicherheitscheck für Handwerksbetriebe an. Wann passt Ihnen ein Termin?")])

c("junk", "merge_tag_failure", "de", "Fuhrpark-Angebot an falsche Firma",
  [("m4", "2021-06-22 11:00", "Hallo Frau Kowalczyk, als Geschäftsführerin der Kowalski Sanitärtechnik GmbH wissen Sie, wie teuer ein Fuhrpark sein kann. Fuhrparkheld senkt Ihre Kosten um bis zu 30 %. Darf ich Ihnen ein unverbindliches Angebot erstellen?")])

c("junk", "sponsored_inmail", "de", "gesponserte Finanzierungs-InMail",
  [("sp1", "2022-03-15 12:00", "<p>Hallo Sandra,</p><p>Investieren Sie jetzt in Ihren Betrieb: Betriebsmittelkredite bis 250.000&nbsp;&euro; mit Zusage in 48 Stunden bei <b>BauFinanz Direkt</b>.</p><p><a href=\"https://example.com\">Jetzt Konditionen prüfen</a></p>")],
  title="Sponsored Conversation", subject="Liquidität für Ihren Handwerksbetrieb")

c("junk", "sponsored_inmail", "de", "gesponserte Werkzeug-InMail",
  [("sp2", "2022-10-03 12:00", "<p>Hallo Sandra,</p><p>Nur diese Woche: <b>20&nbsp;%</b> auf alle Akku-Werkzeuge im ProWerkzeug Online-Shop. Gratis Versand ab 99&nbsp;&euro;.</p>")],
  title="Sponsored Conversation", subject="20 % auf Akku-Werkzeuge - nur diese Woche")

c("junk", "paid_award", "de", "kostenpflichtiger Handwerkspreis",
  [("award", "2022-05-23 10:00", "Sehr geehrte Frau Kowalczyk, herzlichen Glückwunsch! Ihr Betrieb wurde für den 'Deutschen Handwerkspreis der Besten 2022' in der Kategorie Fliesen & Naturstein nominiert. Für die Teilnahme und die Nutzung des Siegels fällt eine einmalige Lizenzgebühr von 790 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag."),
   ("award", "2022-05-30 10:00", "Sehr geehrte Frau Kowalczyk, wir haben noch keine Bestätigung erhalten. Ihr Platz kann nur noch bis Mittwoch reserviert werden.")])

c("junk", "paid_podcast", "de", "Podcast-Gastplatz gegen Gebühr",
  [("pod", "2022-08-16 13:00", "Hallo Sandra, wir würden dich gern als Gast in 'Macher im Mittelstand' einladen! Unsere Folgen erreichen über 50.000 Unternehmer. Für Produktion, Schnitt und Social-Media-Paket berechnen wir eine Pauschale von 490 €. Soll ich dir einen Termin reservieren?")])

c("junk", "paid_feature", "de", "Magazinporträt gegen Kostenbeteiligung",
  [("mag", "2022-04-26 11:00", "Sehr geehrte Frau Kowalczyk, unsere Redaktion möchte Ihr Unternehmen in der kommenden Ausgabe 'Erfolgreiche Unternehmerinnen in NRW' porträtieren. Für das ganzseitige Porträt inkl. Fotoshooting bitten wir um eine Kostenbeteiligung von 1.450 € netto. Die Plätze sind begrenzt.")])

c("junk", "fluent_generic_company", "de", "eloquente Beratungsmail, nennt Firma, passt auf jeden",
  [("fluent", "2022-11-07 08:45", "Sehr geehrte Frau Kowalczyk, mit Interesse verfolge ich die Entwicklung der Kowalczyk Fliesen & Naturstein GmbH. In Zeiten steigender Kosten und wachsender Kundenerwartungen entscheidet die strategische Klarheit über den Erfolg von morgen. Rauch & Cie. begleitet Unternehmerinnen und Unternehmer dabei, Strategie, Organisation und Führung in Einklang zu bringen. Gern würde ich in einem persönlichen Gespräch erörtern, welche Impulse für die Kowalczyk Fliesen & Naturstein GmbH relevant sein könnten.")])

c("junk", "crypto", "en", "crypto investment in English",
  [("krypto", "2021-07-09 23:10", "Hello Sandra, how are you? I am new on LinkedIn and I see your profile is very interesting. I make good profit with Bitcoin trading, 30% monthly. I can teach you. Are you interested?")])

c("junk", "generic_software", "de", "generische Handwerkersoftware (Gegenstück zur Aufmaß-App)",
  [("jsoft", "2022-06-14 10:00", "Hallo Frau Kowalczyk, noch mit Zettelwirtschaft unterwegs? HandwerkOS ist die All-in-One-Software für Handwerker: Angebote, Rechnungen, Zeiterfassung und mehr. Jetzt 30 Tage kostenlos testen!")])

c("junk", "generic_leasing", "de", "generisches Transporter-Leasing (Gegenstück zum Fahrzeugeinrichter)",
  [("jleas", "2022-08-30 09:00", "Hallo Sandra, Top-Leasingangebote für Gewerbekunden: Transporter ab 199 € netto im Monat, sofort verfügbar! Sichern Sie sich jetzt Ihr neues Firmenfahrzeug. Darf ich Ihnen ein Angebot machen?")])

c("junk", "generic_web_design", "de", "generisches Webdesign (Gegenstück zum Webentwickler)",
  [("jweb", "2021-05-17 14:00", "Hallo Frau Kowalczyk, ist Ihre Website noch zeitgemäß? Wir erstellen moderne, responsive Websites für Handwerksbetriebe zum Festpreis ab 999 €. Ich schicke Ihnen gern Referenzen.")])

c("junk", "generic_recruiter", "de", "generische Personalvermittlung (Gegenstück zur passenden Vermittlerin)",
  [("jpv", "2022-03-30 16:00", "Hallo, wir haben aktuell zahlreiche Kandidaten aus allen Branchen verfügbar: Lagerhelfer, Bürokräfte, Elektriker, Pflegekräfte und mehr. Sagen Sie uns einfach, wen Sie suchen!")])

c("junk", "generic_workwear", "de", "generische Werbetextilien (Gegenstück zu Hosenwerk)",
  [("jwear", "2022-08-08 10:30", "Hallo Frau Kowalczyk, Ihr Logo auf T-Shirts, Hoodies und Caps - ab 50 Stück schon ab 4,90 €! Perfekt für Ihr Team und als Werbegeschenk. Jetzt Katalog anfordern!")])

c("junk", "generic_seminar", "de", "generisches Führungsseminar (Gegenstück zum Sachverständigen-Lehrgang)",
  [("jsem", "2022-12-05 09:30", "Sehr geehrte Frau Kowalczyk, werden Sie zur Führungskraft, der Ihr Team folgt! Unser 3-tägiges Intensivseminar 'Führen mit Wirkung' bringt Sie auf das nächste Level. Frühbucherrabatt nur noch bis Monatsende.")])

c("junk", "grant_consulting", "de", "Fördermittelberatung gegen Erfolgshonorar",
  [("foerder", "2022-01-24 10:45", "Hallo Frau Kowalczyk, wussten Sie, dass Ihnen bis zu 80 % Förderung für Beratung, Digitalisierung und Energie zustehen? Wir prüfen kostenlos, welche Fördermittel Sie bekommen können - Honorar nur bei Erfolg. Kurzer Call?")])

c("junk", "ai_tool", "de", "KI-Tool für alles",
  [("ki", "2022-11-21 11:00", "Hallo Sandra, KI verändert alles - auch das Handwerk! 🚀 Mit KI-Boost schreibst du Angebote, Social-Media-Posts und E-Mails in Sekunden. Jetzt kostenlos testen und der Konkurrenz voraus sein!")])

c("junk", "franchise", "de", "Franchise-Angebot Badsanierung",
  [("franchise", "2021-10-05 09:00", "Hallo Frau Kowalczyk, haben Sie schon mal darüber nachgedacht, Ihren Betrieb unter einer starken Marke zu führen? BadProfi sucht Franchisepartner in NRW. Zentrales Marketing, Leads und Einkaufsvorteile. Gebiet Dortmund noch frei!")])

c("junk", "debt_collection", "de", "Inkasso-Angebot",
  [("inkasso", "2021-08-10 10:00", "Guten Tag Frau Kowalczyk, offene Forderungen belasten Ihre Liquidität. ZahlSicher Inkasso treibt Ihre Außenstände schnell und zuverlässig ein - für Sie ohne Kostenrisiko. Darf ich Ihnen unsere Konditionen zusenden?")])

c("junk", "generic_disposal", "de", "generischer Containerdienst (Gegenstück zu Mertens Mulden)",
  [("jcont", "2022-05-18 13:00", "Hallo, Sie brauchen einen Container? Über EntsorgungsPortal vergleichen Sie Preise von über 1.000 Entsorgern deutschlandweit. Jetzt online bestellen und bis zu 40 % sparen!")])

PROFILE = {
    "First Name": "Sandra", "Last Name": "Kowalczyk",
    "Headline": "Fliesenlegermeisterin | Inhaberin Kowalczyk Fliesen & Naturstein GmbH | Bäder, Großformat, Naturstein im Dortmunder Süden",
    "Summary": "Seit 2012 Meisterbetrieb in Dortmund-Aplerbeck. Sechs Leute, zwei davon Azubis. Wir machen Badsanierungen, "
               "Großformate, Naturstein und Terrassen - für Privatkunden, Architekten und Generalunternehmer. "
               "Mitglied der Fliesenleger-Innung Dortmund.",
    "Industry": "Construction", "Geo Location": "Dortmund, Nordrhein-Westfalen, Deutschland",
    "Websites": "[COMPANY:kowalczyk-fliesen.de]",
}
POSITIONS = [
    {"Company Name": "Kowalczyk Fliesen & Naturstein GmbH", "Title": "Inhaberin, Fliesenlegermeisterin",
     "Description": "Fliesen, Platten, Mosaik und Naturstein. Ausbildungsbetrieb.", "Location": "Dortmund",
     "Started On": "Jun 2012", "Finished On": ""},
    {"Company Name": "Fliesen Hübner", "Title": "Fliesenlegergesellin", "Description": "",
     "Location": "Schwerte", "Started On": "Aug 2004", "Finished On": "May 2012"},
]
SKILLS = ["Fliesenverlegung", "Großformat", "Naturstein", "Abdichtung", "Badsanierung", "Ausbildung",
          "Kalkulation"]

if __name__ == "__main__":
    ex.write(OUT, PROFILE, POSITIONS, SKILLS)
    print(ex.summary())

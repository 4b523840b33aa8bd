"""dev9 persona (written blind as heldout13, session 3): Sabine Kächele, owner of a Garten- und Landschaftsbau company near Stuttgart.

Written by hand, blind to the detector (session 3). 2024 export layout, mostly German with
Swabian colour, a few English conversations. Running this script regenerates
../de-landscaping-company-owner-stuttgart byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-landscaping-company-owner-stuttgart"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Sabine Kächele", "https://www.linkedin.com/in/sabine-kaechele-galabau")
x = Export(SLUG, "2024", owner)
P = x.person

# ---------------------------------------------------------------- people
P("fr_weller", "Dorothee Weller", "", "Privatkundin", connected="2023-03-02")
P("hr_bauer", "Markus Bauer", "", "Zahnarzt", connected="2023-09-18")
P("stadt", "Jürgen Häfele", "Stadt Fellbach", "Sachgebietsleiter Grünflächen", connected="2018-05-14")
P("gemeinde", "Petra Schwarz", "Gemeinde Kernen im Remstal", "Bauamt", connected="2020-02-10")
P("baumschule", "Gottfried Eisele", "Baumschule Eisele", "Inhaber", connected="2012-04-03")
P("stein", "Nicole Raichle", "Raichle Natursteine", "Vertrieb Innendienst", connected="2016-10-21")
P("zimmerer", "Tobias Wahl", "Wahl Holzbau", "Zimmermeister", connected="2015-07-07")
P("recruit", "Carina Albrecht", "Grünkraft Personal", "Personalberaterin", connected="2023-11-20")
P("azubi", "Leon Yılmaz", "", "Schüler", connected="2024-01-15", invite=("IN", "2024-01-14 19:20", "Hallo Frau Kächele, ich habe mich für die Ausbildung beworben."))
P("meister", "Jonas Hägele", "", "Gärtnermeister GaLaBau", connected="2024-04-08")
P("presse", "Anja Kienzle", "Rems-Murr-Rundschau", "Redakteurin", connected="2023-06-12")
P("verband1", "Frank Sieber", "Sieber Gartenbau", "Geschäftsführer", connected="2014-03-19")
P("verband2", "Ute Ziegler", "Ziegler Landschaftsarchitektur", "Landschaftsarchitektin", connected="2017-05-05")
P("verband3", "Manfred Ott", "Ott Grün GmbH", "Inhaber", connected="2013-11-11")
P("architekt", "Daniel Rössler", "Rössler Architekten", "Architekt", connected="2019-08-27")
P("exazubi", "Kevin Schäfer", "Stadt Waiblingen", "Gärtner Grünflächenunterhaltung", connected="2017-09-01")
P("meisterschule", "Heike Bader", "Bader Gärten", "Inhaberin", connected="2011-06-30")
P("hausverw", "Sandra Mayer", "Mayer & Lutz Hausverwaltung", "Objektbetreuerin")
P("stb", "Wolfgang Kurz", "Kurz Steuerberatung", "Steuerberater", connected="2012-01-20")
P("hausverw2", "Thomas Brenner", "Brenner Immobilien", "Verwalter", connected="2021-04-22")
P("bank", "Melanie Schuler", "Kreissparkasse Rems-Murr", "Firmenkundenberaterin", connected="2016-02-12")
P("maschinen", "Rolf Mack", "Mack Baumaschinen", "Service & Verkauf", connected="2014-08-08")
P("berufsschule", "Gisela Haug", "Berufsschule Stuttgart-Hohenheim", "Fachlehrerin Gartenbau", connected="2019-09-10")
P("ukdesigner", "Harriet Cole", "Cole Garden Design", "Garden Designer", connected="2024-02-01")
P("expat", "Ryan O'Connell", "", "Engineer", connected="2024-03-11")
P("kita", "Bettina Frank", "Kita Sonnenhügel Schmiden", "Leitung", connected="2023-05-09")
P("nachbar", "Achim Scholl", "Scholl Tiefbau", "Bauleiter", connected="2010-10-10")
P("vorarb", "Dragan Petrović", "Kächele GaLaBau", "Vorarbeiter", connected="2015-03-03")
P("friedhof", "Renate Walz", "Friedhofsverwaltung Fellbach", "Sachbearbeiterin", connected="2019-01-08")
P("freundin", "Claudia Haas", "", "Lehrerin", connected="2012-12-12")
P("dankkunde", "Ralf Brodbeck", "", "Privatkunde", connected="2023-07-30")
P("verband4", "Sebastian Frey", "Verband Garten-, Landschafts- und Sportplatzbau BW", "Referent Regionalgruppe", connected="2016-06-16")
# wanted pitches
P("soft", "Lukas Wendel", "AufmaßPro Software", "Vertrieb Süd", connected="2023-05-16")
P("rigolen", "Martina Lorenz", "AquaSpeicher Systeme", "Fachberaterin Regenwasser")
P("baumrec", "Oliver Kraus", "Kraus Personalberatung Grüne Berufe", "Personalberater")
P("foto", "Nina Ebert", "", "Fotografin Architektur & Garten")
P("vergabe", "Stefan Dürr", "Dürr Vergabeberatung", "Berater öffentliche Aufträge")
P("maehrob", "Felix Gruber", "Gruber Motorgeräte", "Inhaber")
P("efleet", "Katrin Vogt", "Remstal Nutzfahrzeuge", "Flottenberatung")
P("gps", "Andreas Pfeiffer", "Geoline Maschinensteuerung", "Anwendungstechniker")
P("muschelkalk", "Bernd Schaal", "Steinbruch Schaal", "Vertrieb")
P("bewaesser", "Tanja Beck", "Tropfwerk Bewässerungsplanung", "Planerin")
P("dutch", "Joost van Dijk", "Van Dijk Vaste Planten", "Export Manager")
P("pflanzen_app", "Miriam Roth", "GrünLog", "Gründerin")
# junk
P("web", "Dennis Krüger", "Pixelwerk Webdesign", "Geschäftsführer")
P("leads", "Marcel Hoffmann", "Handwerker-Leads24", "Vertriebsleiter")
P("ads", "Sarah Lindner", "KlickBoost Marketing", "Account Managerin")
P("kaffee", "Jan Peters", "OfficeBean", "Key Account")
P("krypto", "Viktor Brandt", "", "Investor | Krypto | Freiheit")
P("pv", "Sven Keller", "SonnenDach Direkt", "Energieberater")
P("konkurrenz", "Mario Sorrentino", "Grünpflege Profi Service", "Inhaber")
P("auftrag", "Julia Brandstätter", "AuftragsRadar", "Kundenberaterin")
P("gleich", "Ralf Steinmetz", "Steinmetz Consulting", "Unternehmer | Mentor | Visionär")
P("call", "Kai Neumann", "WachstumsWerk", "Gründer")
P("ctp1", "Florian Weiß", "Social Recruiting Süd", "Recruiting-Experte", connected="2024-02-19", invite=("IN", "2024-02-18 20:45", ""))
P("ctp2", "Laura Engel", "EngelFinanz", "Finanzberaterin", connected="2024-05-06", invite=("IN", "2024-05-05 09:12", "Hallo Sabine, schöne Gärten! Würde mich über Vernetzung freuen."))
P("ctp3", "Patrick Lenz", "Lenz Digital", "Digitalberater", connected="2024-08-26", invite=("IN", "2024-08-25 17:30", ""))
P("tpl1", "Tim Berger", "HandwerkHero Recruiting", "Gründer")
P("tpl2", "Sophie Maurer", "Fachkraft Magnet", "Recruiting Consultant")
P("tpl3", "Dominik Schwab", "Azubi-Turbo", "Geschäftsführer")
P("tpl4", "Jana Pohl", "MeisterFinder", "Projektleiterin")
P("tpl5", "Chris Walker", "TradeHire Europe", "Growth Lead")
P("mt1", "Benedikt Sauer", "Flottenprofi Leasing", "Außendienst")
P("mt2", "Melina Kraft", "Kraft Versicherungsmakler", "Beraterin")
P("mt3", "Robert Haller", "Haller IT Service", "Vertrieb")
P("mt4", "Yvonne Schick", "Bürofix", "Vertrieb")
P("award", "Lena Vollmer", "Deutscher Handwerker-Champion", "Projektleitung")
P("magazin", "Holger Franke", "Wirtschaftsprofile Süd", "Anzeigenleitung")
P("podcast", "Tobias Reiter", "Macher Mittelstand Podcast", "Host")
P("fluent", "Kristina Hahn", "Hahn Brand Studio", "Markenstrategin")
P("fluent2", "Matthias Graf", "Graf & Partner Unternehmensberatung", "Partner")
P("softgen", "Timo Seifert", "HandwerkOffice Cloud", "Sales")
P("fotogen", "Marco Klein", "Klein Media Production", "Videograf")
P("recgen", "Isabel Kraus", "PeopleFirst Staffing", "Senior Consultant")
P("vergabegen", "Ausschreibungs-Alarm Team (Nadine Roth)", "Ausschreibungs-Alarm", "Kundenservice")
P("fleetgen", "Oskar Pohl", "AutoAbo Business", "Vertrieb")
P("bump", "Elias Wagner", "Datenschutz Direkt", "Datenschutzberater")
P("engjunk", "Rahul Verma", "GlobalSoft Solutions", "Business Development Manager")
P("li_member", "LinkedIn Member", url="")
P("sp1", "ProfiLeasing Bank", url="https://www.linkedin.com/company/profileasing-bank")
P("sp2", "Cloudlohn", url="https://www.linkedin.com/company/cloudlohn")
P("sp3", "Fuhrpark360", url="https://www.linkedin.com/company/fuhrpark360")

C = x.conv

# ---------------------------------------------------------------- genuine
C("genuine", "inbound_lead_quote", "de", "Privatkundin möchte ein Angebot für Gartenumgestaltung (Käuferin)", [
    ("fr_weller", "2023-03-02 18:40", "Grüß Gott Frau Kächele, meine Nachbarin Frau Brodbeck hat Sie sehr empfohlen. Wir möchten unseren Garten in Schmiden umgestalten lassen: Rasen raus, Staudenbeete, eine kleine Terrasse aus Naturstein, ca. 250 m². Könnten Sie vorbeikommen und uns ein Angebot machen? Budget haben wir so grob 25-30.000 Euro im Kopf."),
    ("me", "2023-03-03 07:15", "Grüß Gott Frau Weller, des freut mich, dass Frau Brodbeck zufrieden war! Ich komm gern vorbei. Passt Ihnen Dienstag, 14.3., 16 Uhr? Dann mess ich auf und Sie bekommen das Angebot innerhalb von zwei Wochen."),
    ("fr_weller", "2023-03-03 08:02", "Dienstag passt prima. Bis dann!"),
    ("fr_weller", "2023-04-02 10:10", "Vielen Dank für das Angebot. Wir würden gern die Variante B mit Muschelkalk nehmen. Wann könnten Sie anfangen?"),
    ("me", "2023-04-03 07:30", "Super! Mitte Mai könnten mir anfangen. Ich schick Ihnen die Auftragsbestätigung."),
])
C("genuine", "inbound_lead_quote", "de", "Kunde fragt Angebot für Trockenmauer am Hang an", [
    ("hr_bauer", "2023-09-18 20:30", "Hallo Frau Kächele, wir haben ein Stückle am Hang in Stetten, die alte Trockenmauer ist teilweise eingebrochen (ca. 14 m lang, 1,20 hoch). Machen Sie sowas und was kostet das ungefähr?"),
    ("me", "2023-09-19 06:50", "Hallo Herr Bauer, ja, Trockenmauern machen mir gern, ist quasi unser Steckenpferd. Ohne Anschauen schwierig, grob 450-600 € pro m² Ansichtsfläche je nach Zustand. Ich schau's mir am Samstag an, wenn's Ihnen recht ist?"),
    ("hr_bauer", "2023-09-19 12:00", "Samstag 10 Uhr, ich schick Ihnen den Standort."),
])
C("genuine", "municipal_tender", "de", "Stadt Fellbach: Bieterfrage zur Ausschreibung Grünpflege", [
    ("me", "2024-01-22 08:10", "Hallo Herr Häfele, kurze Frage zur Ausschreibung Grünpflege Los 3 (Kappelberg): Im LV steht Position 2.14 'Heckenschnitt beidseitig', in den Plänen ist die Hecke aber an der Mauer. Ist einseitig gemeint? Offiziell stell ich die Frage natürlich noch über die Vergabeplattform."),
    ("stadt", "2024-01-22 11:30", "Hallo Frau Kächele, gut gesehen, das ist ein Fehler im LV. Bitte über die Plattform stellen, dann geht die Antwort an alle Bieter. Danke!"),
    ("me", "2024-01-22 11:45", "Mach ich. Danke Ihnen!"),
])
C("genuine", "contract_renewal_price", "de", "Gemeinde: Verlängerung Pflegevertrag mit Preisanpassung", [
    ("gemeinde", "2023-11-06 09:00", "Sehr geehrte Frau Kächele, der Pflegevertrag für die Grünanlagen am Rathaus läuft Ende des Jahres aus. Der Gemeinderat würde gern um zwei Jahre verlängern. Sie hatten eine Preisanpassung angekündigt, könnten Sie uns die neuen Einheitspreise bis 20.11. schicken?"),
    ("me", "2023-11-06 12:40", "Sehr geehrte Frau Schwarz, vielen Dank! Die Preise steigen wegen Lohn und Diesel um ca. 6,5 %, ich schick Ihnen die Aufstellung bis Ende der Woche."),
    ("gemeinde", "2023-11-07 08:15", "Danke, das dürfte im Rahmen sein."),
])
C("genuine", "vendor_price_change", "de", "Baumschule (langjähriger Lieferant) kündigt Preiserhöhung an", [
    ("baumschule", "2023-10-12 17:00", "Hallo Sabine, vorab damit's dich nicht überrascht: ab der Frühjahrssaison gehen mir bei den Hochstämmen um 8 % hoch, Containerware 5 %. Torf und Transport halt. Für deine Vorbestellungen bis 30.11. gilt noch der alte Preis."),
    ("me", "2023-10-12 18:30", "Hallo Gottfried, danke für die Warnung. Dann bestell ich die Feldahorn für Kernen noch diesen Monat. Schick mir die Verfügbarkeit?"),
    ("baumschule", "2023-10-13 07:20", "Mach ich. Grüß mir den Dragan, gell."),
])
C("genuine", "vendor_price_change", "de", "Natursteinlieferant: Dieselzuschlag auf Lieferungen", [
    ("stein", "2023-04-17 10:30", "Guten Morgen Frau Kächele, zur Info: ab 1. Mai berechnen wir auf Lieferungen einen Dieselzuschlag von 2,5 % auf den Frachtanteil. Die Materialpreise bleiben unverändert. Bei Abholung entfällt der Zuschlag."),
    ("me", "2023-04-17 11:15", "Danke für die Info, Frau Raichle. Wir holen eh meistens selber."),
])
C("genuine", "peer_joint_offer", "de", "Zimmerer schlägt gemeinsames Angebot Terrasse + Garten vor", [
    ("zimmerer", "2024-03-04 19:10", "Servus Sabine, ich hab bei einem Kunden in Korb eine große Holzterrasse mit Pergola, der will aber auch den Garten drumrum neu. Wollen mir ein gemeinsames Angebot machen? Ich Holz, du Garten, eine Ansprechperson für den Kunden. Marge teilen mir fair."),
    ("me", "2024-03-04 20:05", "Servus Tobi, gern! Wer macht den Bauzeitenplan? Ich hab im Mai ziemlich voll."),
    ("zimmerer", "2024-03-05 07:00", "Ich schick dir die Pläne, dann schauet mir am Freitag zusammen drüber. Vesper geht auf mich."),
])
C("genuine", "recruiter_engaged", "de", "Personalberaterin, die sie für Vorarbeiter-Suche beauftragt hat", [
    ("me", "2023-11-20 08:30", "Hallo Frau Albrecht, wie telefonisch besprochen: Wir suchen eine/n Vorarbeiter/in GaLaBau, Führerschein CE, Erfahrung mit Pflasterarbeiten. Ihr Honorar von 20 % passt für uns, erfolgsabhängig."),
    ("recruit", "2023-11-21 14:00", "Vielen Dank, Frau Kächele. Ich habe zwei Kandidaten, die wechselwillig sind, einer aus Backnang. Profile kommen bis Freitag."),
    ("recruit", "2023-12-01 16:20", "Herr M. (Backnang) könnte am 11.12. zum Probearbeiten kommen. Passt das?"),
    ("me", "2023-12-01 17:00", "Passt. 7 Uhr am Bauhof."),
])
C("genuine", "applicant", "de", "Bewerber für Ausbildungsplatz schreibt nach Vernetzung", [
    ("azubi", "2024-01-15 17:45", "Hallo Frau Kächele, ich habe mich letzte Woche für die Ausbildung als Landschaftsgärtner beworben. Ich mach grad mein Praktikum bei der Stadtgärtnerei und es macht mir voll Spaß. Könnte ich vielleicht mal ein paar Tage bei Ihnen mitschaffen?"),
    ("me", "2024-01-16 06:55", "Hallo Leon, klar! Komm in den Faschingsferien, Montag 7 Uhr, Arbeitsschuhe mitbringen."),
    ("azubi", "2024-01-16 15:30", "Super, danke!!"),
])
C("genuine", "applicant", "de", "Gärtnermeister bewirbt sich initiativ, Gehalt wird besprochen", [
    ("meister", "2024-04-08 21:00", "Guten Abend Frau Kächele, ich bin Gärtnermeister, 34, derzeit bei einem großen Betrieb in Stuttgart, möchte aber wieder näher an die Baustelle und in die Region. Hätten Sie Interesse an einem Gespräch? Gehaltsvorstellung wäre um die 4.200 brutto."),
    ("me", "2024-04-09 07:10", "Guten Morgen Herr Hägele, ja, sehr gern. Kommen Sie Donnerstag nach Feierabend ins Büro?"),
])
C("genuine", "journalist", "de", "Redakteurin fragt Interview zum Schottergarten-Verbot an", [
    ("presse", "2023-06-12 13:00", "Hallo Frau Kächele, ich schreibe über Schottergärten und das Verbot im Landesnaturschutzgesetz. Werden die jetzt wirklich zurückgebaut? Hätten Sie Zeit für ein kurzes Gespräch und evtl. ein Foto von einem Rückbau?"),
    ("me", "2023-06-12 18:20", "Hallo Frau Kienzle, gern. Mir haben diese Woche grad einen in Rommelshausen. Donnerstag morgen auf der Baustelle?"),
    ("presse", "2023-06-13 08:00", "Perfekt, ich bring den Fotografen mit."),
])
C("genuine", "congrats_after_event", "de", "Glückwunsch nach ihrem Vortrag bei der Fachtagung Schwammstadt (1/3)", [
    ("verband1", "2024-06-20 18:10", "Starker Vortrag heut, Sabine! Das mit den Baumrigolen in der Hauptstraße war sehr anschaulich. Danke!"),
    ("me", "2024-06-20 19:00", "Danke Frank! Hat Spaß gemacht."),
])
C("genuine", "congrats_after_event", "de", "Glückwunsch nach Vortrag (2/3)", [
    ("verband2", "2024-06-20 18:45", "Toller Vortrag heute, sehr anschaulich mit den Baumrigolen! Danke fürs Teilen."),
])
C("genuine", "congrats_after_event", "de", "Glückwunsch nach Vortrag (3/3)", [
    ("verband3", "2024-06-21 07:30", "Hallo Sabine, danke für den Vortrag gestern. Sehr anschaulich, des mit de Rigolen. Schickst du mir die Folien?"),
    ("me", "2024-06-21 08:10", "Klar Manfred, kommt per Mail."),
])
C("genuine", "owner_started_architect", "de", "Sie schreibt dem Architekten wegen Außenanlagen eines Neubaus an", [
    ("me", "2023-08-14 07:40", "Hallo Daniel, ich hab gesehen, dass euer Kindergarten in Oeffingen in die Ausführung geht. Sind die Außenanlagen schon vergeben? Mir würden gern mitbieten, Naturspielplatz ist genau unser Ding."),
    ("architekt", "2023-08-14 12:20", "Hallo Sabine, die gehen im Herbst öffentlich raus, beschränkte Ausschreibung. Ich sag der Stadt, dass ihr Interesse habt."),
    ("me", "2023-08-14 12:30", "Merci!"),
])
C("genuine", "long_standing_contact", "de", "ehemaliger Azubi meldet sich, Smalltalk", [
    ("exazubi", "2023-07-03 19:00", "Hallo Chefin 😄 bin jetzt fest bei der Stadt Waiblingen übernommen worden. Wollt mich nochmal bedanken, ohne die Ausbildung bei euch wär des nix worden."),
    ("me", "2023-07-03 20:15", "Kevin! Des freut mich arg. Komm halt mal beim Sommerfest vorbei."),
])
C("genuine", "long_standing_contact", "de", "Meisterschul-Kollegin, langjährige Freundschaft, Maschinenverleih", [
    ("meisterschule", "2024-05-13 12:00", "Hey Sabine, hasch du nächste Woche deine Fräse übrig? Meine isch in der Werkstatt und ich hab an Auftrag in Winnenden."),
    ("me", "2024-05-13 12:40", "Di + Mi kannst se haben. Holsch se am Montagabend?"),
    ("meisterschule", "2024-05-13 12:41", "Du bisch a Schatz."),
])
C("genuine", "client_quote_spam_folder", "de", "Hausverwaltung fragt Winterdienst-Angebot an, landete im Spam", [
    ("hausverw", "2023-09-25 10:45", "Sehr geehrte Frau Kächele, wir verwalten drei Wohnanlagen in Fellbach und suchen für die kommende Saison einen zuverlässigen Winterdienst (Räumen und Streuen, ca. 1.400 m² Wege). Bieten Sie das an? Wenn ja, bitte um ein Angebot bis 15.10. Mit freundlichen Grüßen, Sandra Mayer"),
    ("me", "2023-10-02 07:00", "Sehr geehrte Frau Mayer, entschuldigen Sie die späte Antwort, Ihre Nachricht war im Spam gelandet. Ja, wir machen Winterdienst. Angebot kommt bis 10.10."),
], folder="SPAM")
C("genuine", "landscape_architect", "de", "Landschaftsarchitektin fragt Referenzen für gemeinsame Bewerbung", [
    ("verband2", "2024-02-12 09:20", "Liebe Sabine, wir bewerben uns beim Wettbewerb für den Stadtpark Bad Cannstatt und bräuchten eine ausführende Firma im Team. Hättest du drei Referenzen mit Regenwasserbewirtschaftung?"),
    ("me", "2024-02-12 11:00", "Liebe Ute, sehr gern! Kernen Rathausplatz, Schmiden Kita, Hauptstraße Rigolen. Ich schick dir Fotos und Auftragssummen."),
])
C("genuine", "tax_advisor", "de", "Steuerberater wegen Investitionsabzugsbetrag für Bagger", [
    ("stb", "2023-12-04 16:00", "Hallo Frau Kächele, wenn Sie den Minibagger noch dieses Jahr kaufen wollen, sollten wir über den IAB reden. Termin nächste Woche?"),
    ("me", "2023-12-04 17:30", "Ja bitte, Mittwoch?"),
    ("stb", "2023-12-05 08:00", "Mittwoch 10 Uhr, Frau Nübel trägt's ein."),
])
C("genuine", "client_maintenance", "de", "Hausverwalter, langjähriger Kunde, Pflegeauftrag und Reklamation", [
    ("hausverw2", "2024-07-15 08:30", "Morgen Frau Kächele, in der Anlage Gartenstraße ist der Rasen an der Südseite verbrannt, Bewohner beschweren sich. Kann da jemand schauen? Und bitte Angebot für eine Tropfbewässerung für die Beete."),
    ("me", "2024-07-15 09:10", "Morgen Herr Brenner, Dragan schaut heut Mittag vorbei. Angebot für die Tropfbewässerung kommt diese Woche."),
])
C("genuine", "event_invitation", "de", "Einladung Sommerfest der Regionalgruppe von echtem Kontakt", [
    ("verband4", "2024-06-03 10:00", "Liebe Sabine, am 12. Juli ist das Sommerfest der Regionalgruppe Stuttgart bei Ott Grün in Weinstadt. Kommst du? Mit Partner gern. Gib mir bis 30.6. Bescheid."),
    ("me", "2024-06-03 12:00", "Mir kommet zu zweit! Danke Sebastian."),
])
C("genuine", "friend", "de", "Freundin, Smalltalk", [
    ("freundin", "2023-05-20 21:00", "Na, immer noch jeden Tag im Dreck? 😄 Wann gehen mir mal wieder aufs Weinfescht? Kappelberg?"),
    ("me", "2023-05-20 21:30", "Immer im Dreck! Weinfescht klingt gut, nächster Samstag?"),
    ("freundin", "2023-05-20 21:32", "Abgemacht."),
])
C("genuine", "bank_leasing", "de", "Firmenkundenberaterin zur Finanzierung des Minibaggers", [
    ("bank", "2023-12-11 11:15", "Hallo Frau Kächele, anbei die Konditionen für die Finanzierung des Minibaggers: 4,1 % eff., 48 Monate, oder Leasing mit Restwert 20 %. Sollen wir das gemeinsam mit Herrn Kurz durchgehen?"),
    ("me", "2023-12-11 13:00", "Ja, das wär gut. Ich frag Herrn Kurz nach einem Termin."),
])
C("genuine", "vendor_service", "de", "Maschinenhändler, Inspektion und neue Stundensätze", [
    ("maschinen", "2024-02-20 08:00", "Hallo Sabine, eure zwei Radlader sind zur Inspektion fällig. Ab März haben wir neue Werkstattsätze, 98 statt 92 € die Stunde. Wenn du sie noch im Februar bringst, gilt der alte."),
    ("me", "2024-02-20 08:30", "Bringen mir nächsten Montag."),
])
C("genuine", "vocational_school", "de", "Berufsschullehrerin wegen Azubi-Leistung", [
    ("berufsschule", "2024-03-14 14:00", "Sehr geehrte Frau Kächele, Ihr Azubi Luca hat in Pflanzenkunde etwas nachgelassen. Vielleicht könnten Sie im Betrieb ein bisschen üben lassen? Er ist sonst sehr engagiert."),
    ("me", "2024-03-14 18:00", "Danke für den Hinweis, Frau Haug. Ich nehm ihn zu den Pflanzungen mit, da lernt er's am schnellsten."),
])
C("genuine", "peer_collab_english", "en", "UK garden designer new in Stuttgart asks for a build partner", [
    ("ukdesigner", "2024-02-01 15:00", "Hi Sabine, I'm a garden designer who just moved from Bristol to Stuttgart with my family. My German is still 'ein bisschen'. I have two private clients in Degerloch who need a build contractor for my designs. Would you be open to meeting? I'd love to find a reliable partner."),
    ("me", "2024-02-01 18:30", "Hi Harriet, welcome to Stuttgart! Sure, let's have coffee. My English is better than your German, so we'll manage 😉 Thursday?"),
    ("ukdesigner", "2024-02-01 18:40", "Thursday is perfect. Thank you!"),
])
C("genuine", "inbound_lead_english", "en", "expat homeowner wants a quote in English", [
    ("expat", "2024-03-11 20:00", "Hello, we bought a house in Fellbach with a neglected garden (approx. 400 sqm). Looking for someone to redesign it: patio, lawn, some trees, maybe a small vegetable area. Do you work with English-speaking clients? Could you give us a quote?"),
    ("me", "2024-03-12 07:00", "Hello Ryan, yes of course. I can visit next week and measure. Would Tuesday late afternoon work?"),
    ("expat", "2024-03-12 07:30", "Tuesday 5pm works. Thanks!"),
])
C("genuine", "inbound_lead_quote", "de", "Kita fragt Naturspielplatz an", [
    ("kita", "2023-05-09 13:30", "Liebe Frau Kächele, unser Förderverein hat 18.000 € gesammelt für einen Naturspielbereich (Weidentipi, Matschanlage, Hügel). Geht damit etwas? Wir würden uns über einen Besuch freuen."),
    ("me", "2023-05-09 16:00", "Liebe Frau Frank, damit geht einiges! Ich komm nächste Woche vorbei. Weidentipi pflanzen mir am besten im Herbst oder Frühjahr."),
])
C("genuine", "peer_help", "de", "Tiefbau-Nachbar, Container und Smalltalk", [
    ("nachbar", "2023-08-01 06:45", "Morga Sabine, brauchsch du heut noch den Container? Mir hättet en Platz frei auf'm Hof."),
    ("me", "2023-08-01 06:50", "Morga Achim, noi danke, erst nächste Woch."),
])
C("genuine", "employee", "de", "Vorarbeiter meldet sich wegen Baustelle", [
    ("vorarb", "2024-09-10 12:30", "Chefin, in Korb Leitung gefunden die nicht im Plan. Bagger steht. Rufst du Netze BW an?"),
    ("me", "2024-09-10 12:35", "Mach ich sofort. Macht solang hinten mit der Pflanzung weiter."),
])
C("genuine", "cemetery", "de", "Friedhofsverwaltung, Grabfeldpflege Auftrag", [
    ("friedhof", "2023-10-16 09:00", "Guten Tag Frau Kächele, können Sie zu Allerheiligen die Gemeinschaftsgrabanlage wieder herrichten wie letztes Jahr? Zum gleichen Preis wäre schön 🙂"),
    ("me", "2023-10-16 11:30", "Guten Tag Frau Walz, ja machen mir. Preis bleibt wie letztes Jahr."),
])
C("genuine", "client_thanks", "de", "zufriedener Kunde bedankt sich nach Fertigstellung", [
    ("dankkunde", "2023-07-30 19:30", "Liebe Frau Kächele, der Garten ist ein Traum geworden. Die Kinder sind nur noch draußen. Danke an Sie und Ihr Team, besonders an Dragan! Wir empfehlen Sie gern weiter."),
    ("me", "2023-07-30 20:00", "Des freut uns arg! Ich richt's dem Team aus. Viel Freude damit!"),
])
C("genuine", "group_regional", "de", "Gruppe der Regionalgruppe: Absprache Messefahrt", [
    ("verband4", "2024-08-28 09:00", "Wer fährt mit zur GaLaBau nach Nürnberg? Mir könnten einen Bus chartern."),
    ("verband1", "2024-08-28 09:20", "Bin dabei, mit zwei Azubis."),
    ("me", "2024-08-28 10:00", "Mir sind zu dritt."),
    ("verband3", "2024-08-28 11:15", "I komm au."),
], title="Regionalgruppe Stuttgart – GaLaBau 2024")
C("genuine", "municipal_program", "de", "Stadt informiert über Förderprogramm Dachbegrünung, Nachfrage", [
    ("stadt", "2024-04-15 10:30", "Hallo Frau Kächele, zur Info: Das Förderprogramm Dach- und Fassadenbegrünung läuft ab Mai wieder. Falls Kunden fragen: 50 % bis 10.000 €. Flyer schick ich Ihnen gern."),
    ("me", "2024-04-15 11:00", "Danke Herr Häfele, gern 50 Flyer!"),
])

# ---------------------------------------------------------------- wanted pitches
C("wanted_pitch", "software_post_reference", "de", "Kalkulationssoftware bezieht sich auf ihren Post über Aufmaß auf Papier", [
    ("soft", "2023-05-16 09:00", "Hallo Frau Kächele, Ihr Post letzte Woche hat mich zum Schmunzeln gebracht: drei Vorarbeiter, drei Handschriften und am Ende fehlt das Aufmaß für die Mehrmengen beim Pflaster. Genau dafür haben wir eine Tablet-App gebaut, die das Aufmaß direkt in Ihre GAEB-Positionen schreibt. Ein Betrieb aus Backnang (Sieber Gartenbau) nutzt das seit einem Jahr. 30 Tage kostenlos testen, ohne Vertrag?"),
    ("me", "2023-05-16 12:00", "Frank hat mir davon erzählt. Zeigen Sie's mir mal, am besten mit Dragan zusammen."),
    ("soft", "2023-05-16 12:20", "Sehr gern, ich komm auch auf den Bauhof."),
])
C("wanted_pitch", "rigolen_talk_reference", "de", "Regenwasser-Hersteller bezieht sich auf ihren Schwammstadt-Vortrag", [
    ("rigolen", "2024-06-24 10:15", "Guten Tag Frau Kächele, ich war bei der Fachtagung und fand Ihren Vortrag sehr praxisnah. Sie sagten, die Baumrigolen in der Hauptstraße seien wegen des engen Leitungskorridors kaum einbaubar gewesen. Wir haben ein Rigolenmodul mit nur 30 cm Bauhöhe, das genau für solche Fälle entwickelt wurde. Darf ich Ihnen Muster und Einbaubeispiele aus Esslingen schicken?"),
    ("me", "2024-06-24 14:00", "Gern, Muster an den Bauhof bitte."),
])
C("wanted_pitch", "recruiter_relevant_role", "de", "Personalberater für grüne Berufe mit passenden Kandidaten für ihre Baumpfleger-Anzeige", [
    ("baumrec", "2024-03-20 08:40", "Hallo Frau Kächele, ich habe Ihre Anzeige für eine/n Baumpfleger/in mit SKT-B gesehen. Ich vermittle ausschließlich Gärtner und Baumpfleger in Baden-Württemberg und habe aktuell einen European Tree Worker aus Schorndorf, der wegen Pendelei wechseln will. Honorar nur bei Einstellung, 15 %. Soll ich das anonyme Profil schicken?"),
    ("me", "2024-03-20 12:30", "Ja, gerne."),
])
C("wanted_pitch", "photographer_website", "de", "Fotografin hat ihre Website angeschaut und konkrete Schwächen benannt", [
    ("foto", "2023-06-26 19:00", "Hallo Frau Kächele, ich fotografiere Gärten und Außenanlagen. Auf Ihrer Website sind die Referenzen toll, aber die Fotos sind fast alle bei Mittagssonne gemacht und teilweise von 2015 (die Trockenmauer in Stetten sieht man nur von hinten). Ich würde drei aktuelle Projekte zur Abendstunde fotografieren, Pauschal 890 €. Ein Beispiel von mir: der Kräutergarten vom Weingut Heid."),
    ("me", "2023-06-27 07:00", "Ehrlich gesagt, da haben Sie recht. Melden Sie sich im August, dann ist der Garten Weller fertig."),
])
C("wanted_pitch", "tender_consultant_register", "de", "Vergabeberater nennt ein konkretes öffentliches Verfahren, bei dem sie knapp verloren hat", [
    ("vergabe", "2024-02-26 11:00", "Guten Tag Frau Kächele, laut Submissionsergebnis auf der Vergabeplattform lagen Sie bei 'Grünpflege Kappelberg Los 3' auf Platz 2, nur 1,8 % hinter dem Erstplatzierten. Bei solchen Abständen entscheidet oft die Kalkulation der Nebenleistungen. Ich biete eine einmalige Nachkalkulation dieses Loses an (Festpreis 450 €), damit Sie beim nächsten Los wissen, wo der Unterschied lag."),
    ("me", "2024-02-26 17:00", "Des hat mich wirklich geärgert. Rufen Sie mich morgen an."),
])
C("wanted_pitch", "mutual_contact_mower", "de", "Mähroboter-Händler über gemeinsamen Kontakt (Gottfried Eisele)", [
    ("maehrob", "2024-04-02 08:30", "Hallo Frau Kächele, Gottfried Eisele hat mir gesagt, dass Sie für die Pflege der Gemeindeflächen in Kernen über Mähroboter nachdenken. Wir betreuen in Weinstadt schon 6 kommunale Flächen mit RTK-Robotern ohne Begrenzungsdraht. Ich lade Sie gern zu einer Vorführung auf einer dieser Flächen ein."),
    ("me", "2024-04-02 09:15", "Ja, des interessiert mich. Nächste Woche?"),
])
C("wanted_pitch", "fleet_specific_problem", "de", "Nutzfahrzeughändler nennt konkretes Problem: Euro-5-Pritschen und Umweltzone", [
    ("efleet", "2023-09-04 10:00", "Hallo Frau Kächele, mir ist auf den Fotos Ihrer Baustellen aufgefallen, dass zwei Ihrer Pritschenwagen noch Euro 5 sind. Mit der verschärften Umweltzone Stuttgart wird das bei Ihren Aufträgen in Bad Cannstatt ab Januar schwierig. Wir haben einen E-Kipper 3,5 t mit 180 km Reichweite, der auf Ihren Anhänger passt. Probefahrt eine Woche kostenlos, auch auf der Baustelle."),
    ("me", "2023-09-04 12:00", "Des Thema schieb ich seit Monaten vor mir her. Probefahrt gern, im Oktober."),
])
C("wanted_pitch", "gps_tools_setup", "de", "Maschinensteuerung für ihren konkreten Minibagger (von Instagram erkannt)", [
    ("gps", "2024-01-29 14:00", "Hallo Frau Kächele, auf Ihrem Instagram sieht man den neuen 2,7-t-Minibagger beim Planum für die Kita in Oeffingen. Für genau dieses Modell gibt es unser 2D-Nachrüstset mit Laser, Einbau an einem Tag auf Ihrem Hof. Bei Pflasterflächen spart das laut unseren Kunden ca. 20 % Nacharbeit. Darf ich ein Angebot schicken?"),
    ("me", "2024-01-30 07:00", "Schicken Sie mal. Rolf Mack soll aber mitschauen, wegen Garantie."),
])
C("wanted_pitch", "stone_supplier_site", "de", "Steinbruch bietet Muschelkalk an, weil ihre Referenzen fast nur Muschelkalk zeigen", [
    ("muschelkalk", "2023-10-09 09:30", "Grüß Gott Frau Kächele, auf Ihrer Website sind fast alle Mauern aus Muschelkalk. Wir sind ein kleiner Steinbruch bei Crailsheim und liefern Mauersteine direkt, ohne Händler, im Schnitt 15 % günstiger als über den Baustoffhandel. Für Trockenmauern haben wir lagerhafte Steine in Längen bis 80 cm. Ich bring gern eine Palette Muster vorbei."),
    ("me", "2023-10-09 11:40", "Oh, interessant. Ja bringen Sie mal Muster."),
])
C("wanted_pitch", "irrigation_article", "de", "Bewässerungsplanerin bezieht sich auf ihren Artikel über Rasen im Trockensommer", [
    ("bewaesser", "2023-08-21 15:10", "Liebe Frau Kächele, Ihren Artikel im Verbandsheft 'Der Rasen ist nicht das Problem, die Bewässerung ist es' habe ich mit großer Zustimmung gelesen. Ich plane Tropf- und Zisternenanlagen für GaLaBau-Betriebe als Subplanerin, d.h. Sie bleiben beim Kunden Ansprechpartner. Für Wohnanlagen wie die, die Sie im Artikel beschreiben, hätte ich ein Musterkonzept."),
    ("me", "2023-08-21 19:00", "Des passt gerade perfekt, ich hab da eine Wohnanlage. Lassen Sie uns telefonieren."),
])
C("wanted_pitch", "nursery_public_project", "en", "Dutch perennial nursery references her public planting project", [
    ("dutch", "2024-05-27 09:00", "Dear Ms Kächele, I saw in the Fellbach city newsletter that your company planted the new prairie-style perennial beds at the Rathausplatz in Kernen. These mixes are exactly what we grow (drought-tolerant, 9cm pots). For projects above 2,000 plants we deliver directly from Boskoop with our own truck. Could I send you our 2024 municipal list with prices?"),
    ("me", "2024-05-27 12:00", "Hello Mr van Dijk, yes please send the list. Prices incl. delivery to Fellbach?"),
])
C("wanted_pitch", "plant_log_app_post", "de", "Gründerin einer Pflege-App bezieht sich auf ihre Frage in einer Verbandsgruppe", [
    ("pflanzen_app", "2024-07-29 13:00", "Hallo Frau Kächele, in der LinkedIn-Gruppe der Regionalgruppe haben Sie gefragt, wie andere die Anwachspflege-Nachweise für kommunale Auftraggeber dokumentieren. Wir haben dafür eine kleine App gebaut: Foto + GPS + Datum pro Baum, Export als PDF für das Grünflächenamt. Stadt Fellbach akzeptiert das Format. Mögen Sie es testen?"),
])

# ---------------------------------------------------------------- junk
C("junk", "generic_software", "de", "allgemeine Handwerkersoftware, Gegenstück zur Aufmaß-App", [
    ("softgen", "2023-06-05 09:00", "Hallo Frau Kächele,\n\nsind Sie es leid, Zeit mit Papierkram zu verschwenden? HandwerkOffice Cloud ist die All-in-One-Lösung für Handwerksbetriebe: Angebote, Rechnungen, Zeiterfassung und mehr. Jetzt 14 Tage kostenlos testen!\n\nBeste Grüße\nTimo Seifert"),
    ("softgen", "2023-06-19 09:00", "Hallo Frau Kächele, kurze Erinnerung an meine Nachricht 🙂"),
])
C("junk", "generic_photography", "de", "generisches Imagevideo-Angebot, Gegenstück zur Fotografin", [
    ("fotogen", "2023-07-10 11:00", "Hallo! Wir produzieren professionelle Imagefilme für Unternehmen jeder Branche. Mit einem Video steigern Sie Ihre Sichtbarkeit um bis zu 300 %. Jetzt Paket ab 2.990 € sichern!"),
])
C("junk", "generic_recruiter", "de", "Personaldienstleister ohne Bezug, Gegenstück zum Baumpfleger-Berater", [
    ("recgen", "2024-03-25 10:00", "Sehr geehrte Frau Kächele, Fachkräftemangel? PeopleFirst Staffing besetzt Ihre offenen Stellen schnell und zuverlässig, branchenübergreifend. Lassen Sie uns telefonieren!"),
])
C("junk", "generic_tender_portal", "de", "Ausschreibungsportal-Abo, Gegenstück zur Vergabeberatung", [
    ("vergabegen", "2024-03-04 07:00", "Sehr geehrte Damen und Herren, verpassen Sie keine Ausschreibung mehr! Mit Ausschreibungs-Alarm erhalten Sie täglich passende öffentliche Aufträge per E-Mail. Testen Sie uns 4 Wochen gratis."),
])
C("junk", "generic_fleet", "de", "Auto-Abo für Firmen, Gegenstück zum E-Kipper-Angebot", [
    ("fleetgen", "2023-09-18 16:00", "Hallo Sabine, Firmenwagen ohne Risiko? Mit AutoAbo Business fahren Ihre Mitarbeiter Neuwagen zum Fixpreis. Alles inklusive außer Tanken. Interesse?"),
])
C("junk", "generic_service", "de", "Webdesign-Angebot", [
    ("web", "2023-04-24 08:30", "Hallo Frau Kächele, ich habe mir Ihre Webseite angeschaut – da geht noch viel mehr! Wir erstellen moderne, mobile Webseiten für Handwerker ab 1.499 €. Darf ich Ihnen ein kostenloses Konzept schicken?"),
])
C("junk", "capacity_for_clients", "de", "Auftragsvermittlung: 'Haben Sie Kapazitäten für neue Aufträge?'", [
    ("auftrag", "2024-04-22 10:00", "Hallo Frau Kächele, haben Sie aktuell noch Kapazitäten für neue Aufträge? Über AuftragsRadar bekommen Handwerksbetriebe in Ihrer Region täglich neue Kundenanfragen. Die ersten 3 Leads sind gratis!"),
    ("auftrag", "2024-05-06 10:00", "Hallo nochmal, sind die Auftragsbücher voll oder darf ich Ihnen die 3 Gratis-Leads freischalten?"),
])
C("junk", "lead_generation", "de", "Lead-Generierung für Handwerker", [
    ("leads", "2023-10-30 08:00", "Servus Sabine! 🚀 Wir generieren für GaLaBau-Betriebe 30+ qualifizierte Anfragen pro Monat über Facebook und Instagram. Garantiert oder Geld zurück. Kurzer Call diese Woche?"),
])
C("junk", "quick_15_minute_call", "de", "15-Minuten-Call ohne Inhalt", [
    ("call", "2024-01-08 09:00", "Hallo Sabine, hättest du diese Woche 15 Minuten für einen kurzen Austausch? Ich glaube, da gibt's spannende Synergien. Hier mein Kalenderlink."),
])
C("junk", "off_topic_coffee", "de", "Kaffeevollautomat fürs Büro, off-topic", [
    ("kaffee", "2023-11-13 14:00", "Guten Tag Frau Kächele, guter Kaffee motiviert Ihr Team! OfficeBean bietet Kaffeevollautomaten im Mietmodell ab 49 € im Monat, inkl. Wartung. Darf ich Ihnen ein Angebot zusenden?"),
])
C("junk", "off_topic_crypto", "de", "Krypto-Pitch", [
    ("krypto", "2024-02-05 22:40", "Hey Sabine! Ich zeige Unternehmern, wie sie mit 2 Stunden pro Woche passives Einkommen mit Krypto aufbauen. Meine Community wächst gerade stark. Lust auf ein kurzes Gespräch? 💰"),
])
C("junk", "off_topic_solar", "de", "Photovoltaik für Firmendach", [
    ("pv", "2023-08-07 10:20", "Hallo Frau Kächele, Gewerbestrom wird immer teurer. Mit einer PV-Anlage auf Ihrer Halle sparen Sie bis zu 60 %. Kostenlose Dachanalyse?"),
])
C("junk", "offers_what_she_sells", "de", "anderer Betrieb bietet ihr Gartenpflege an (genau ihr Angebot)", [
    ("konkurrenz", "2024-05-21 08:15", "Sehr geehrte Damen und Herren, Grünpflege Profi Service übernimmt die komplette Pflege Ihrer Außenanlagen: Rasenmähen, Heckenschnitt, Winterdienst. Zuverlässig und günstig. Fordern Sie jetzt Ihr unverbindliches Angebot an!"),
])
C("junk", "like_minded_entrepreneurs", "de", "Vernetzung unter Gleichgesinnten", [
    ("gleich", "2023-07-17 21:00", "Hallo Sabine, ich vernetze mich gern mit gleichgesinnten Unternehmerinnen und Unternehmern, die etwas bewegen wollen. Lass uns gemeinsam wachsen! 🙌 Liebe Grüße, Ralf"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, Smalltalk, sie antwortet, dann Social-Recruiting-Pitch", [
    ("ctp1", "2024-02-19 08:10", "Hallo Sabine, danke fürs Vernetzen! Wie läuft die Saison bei euch an? Ist ja noch recht frisch draußen."),
    ("me", "2024-02-19 12:30", "Hallo Florian, ja, mir fangen grad mit dem Rückschnitt an. Läuft."),
    ("ctp1", "2024-02-19 13:00", "Klingt gut! Sag mal, sucht ihr eigentlich Mitarbeiter? Wir haben ein System, mit dem Handwerksbetriebe in 30 Tagen 10+ Bewerbungen über Social Media bekommen. Kurzer Call morgen?"),
    ("ctp1", "2024-02-26 08:00", "Hi Sabine, kurz nochmal nachgehakt 🙂"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen mit Kompliment, in Nachricht 2 Finanzberatung", [
    ("ctp2", "2024-05-06 18:00", "Hallo Sabine, danke fürs Annehmen! Eure Gärten sehen wirklich toll aus 🌸"),
    ("ctp2", "2024-05-08 18:05", "Als Unternehmerin denkst du sicher auch an deine Altersvorsorge. Ich habe ein Konzept speziell für Selbstständige mit Steuervorteilen. Wann hättest du 20 Minuten?"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, Frage, dann Digitalisierungsberatung mit Fördermittel-Köder", [
    ("ctp3", "2024-08-26 09:00", "Hallo Frau Kächele, schön, dass wir vernetzt sind. Darf ich fragen, wie Sie aktuell Ihre Baustellen planen?"),
    ("me", "2024-08-26 20:00", "Hallo Herr Lenz, mit Excel und viel Telefon 😄"),
    ("ctp3", "2024-08-27 07:30", "Das höre ich oft! Mit dem Förderprogramm 'Digital jetzt' übernimmt der Staat bis zu 50 % Ihrer Digitalisierung. Wir beantragen das für Sie und setzen um. Passt Donnerstag für ein Erstgespräch?"),
])
C("junk", "template_recruiting", "de", "Social-Recruiting-Vorlage, Absender 1 von 5", [
    ("tpl1", "2023-09-11 08:00", "Hallo Sabine,\n\nich sehe, dass Kächele GaLaBau gerade wächst. Viele Handwerksbetriebe finden keine Fachkräfte mehr über klassische Stellenanzeigen. Mit unserem Social-Recruiting-System gewinnen unsere Kunden im Schnitt 12 qualifizierte Bewerber in 4 Wochen.\n\nHättest du Interesse an einer kostenlosen Potenzialanalyse?\n\nViele Grüße\nTim"),
])
C("junk", "template_recruiting", "de", "Social-Recruiting-Vorlage, Absender 2 von 5", [
    ("tpl2", "2023-09-12 10:30", "Hallo Frau Kächele,\n\nich sehe, dass Ihr Betrieb gerade wächst. Viele Handwerksunternehmen finden über normale Stellenanzeigen keine Fachkräfte mehr. Mit unserem Social-Recruiting-Ansatz gewinnen unsere Kunden im Schnitt 15 passende Bewerber in 30 Tagen.\n\nWäre eine kostenlose Potenzialanalyse interessant?\n\nBeste Grüße\nSophie Maurer"),
])
C("junk", "template_recruiting", "de", "Social-Recruiting-Vorlage, Absender 3 von 5, mit Nachfass", [
    ("tpl3", "2023-09-14 07:45", "Hallo Sabine,\n\nich sehe, dass ihr gerade wachst. Viele Handwerksbetriebe bekommen über Stellenanzeigen keine Azubis mehr. Mit unserem System gewinnen unsere Kunden im Schnitt 8 motivierte Azubi-Bewerber in 4 Wochen.\n\nLust auf eine kostenlose Potenzialanalyse?\n\nGruß Dominik"),
    ("tpl3", "2023-09-21 07:45", "Hi Sabine, hast du meine Nachricht gesehen?"),
])
C("junk", "template_recruiting", "de", "Social-Recruiting-Vorlage, Absender 4 von 5", [
    ("tpl4", "2023-09-18 13:20", "Hallo Frau Kächele,\n\nich sehe, dass die Kächele Garten- und Landschaftsbau GmbH gerade wächst. Viele Betriebe finden über klassische Anzeigen keinen Meister mehr. Mit unserem Recruiting-System gewinnen unsere Kunden im Schnitt 10 qualifizierte Bewerbungen in 4 Wochen.\n\nHätten Sie Interesse an einer kostenlosen Analyse?\n\nFreundliche Grüße\nJana Pohl"),
])
C("junk", "template_recruiting", "en", "social-recruiting template, sender 5 of 5, in English", [
    ("tpl5", "2023-09-20 15:00", "Hi Sabine,\n\nI see Kächele GaLaBau is growing right now. Many trade businesses can't find skilled workers through classic job ads anymore. With our social recruiting system, our clients get 12 qualified applicants in 4 weeks on average.\n\nWould you be interested in a free potential analysis?\n\nCheers,\nChris"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("mt1", "2024-06-10 09:00", "Hallo {{Vorname}},\n\nIhr Fuhrpark kostet Sie zu viel? Flottenprofi Leasing bietet Transporter und Pritschenwagen zu Top-Konditionen. Ich freue mich auf Ihre Rückmeldung!"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter [Firma] nicht ersetzt", [
    ("mt2", "2024-01-17 11:00", "Sehr geehrte Frau Kächele, als Unternehmerin bei [Firma] tragen Sie große Verantwortung. Ist Ihre Betriebshaftpflicht noch aktuell? Ich prüfe Ihre Verträge kostenlos."),
])
C("junk", "merge_tag_failure", "de", "falsche Anrede und falsche Firma", [
    ("mt3", "2023-12-18 08:30", "Sehr geehrter Herr Kächele, als Geschäftsführer der Kächele Elektrotechnik GmbH wissen Sie, wie wichtig sichere IT ist. Haller IT Service betreut Ihre Server rund um die Uhr. Wann passt ein Termin?"),
])
C("junk", "merge_tag_failure", "de", "falscher Name im Text, Bürobedarf", [
    ("mt4", "2024-09-16 10:00", "Hallo Frau Schneider, vielen Dank für Ihr Interesse an Bürofix! Wie besprochen sende ich Ihnen unser Angebot für Druckerpapier und Toner. Bei Fragen bin ich für Sie da."),
])
C("junk", "paid_award", "de", "'Auszeichnung' mit Lizenzgebühr", [
    ("award", "2024-03-11 09:00", "Herzlichen Glückwunsch, Frau Kächele! Ihr Betrieb wurde als 'Deutscher Handwerker-Champion 2024' in der Kategorie Garten- und Landschaftsbau ausgewählt. Für die Nutzung des Siegels (Urkunde, Logo-Paket, Pressemitteilung) fällt eine einmalige Lizenzgebühr von 790 € zzgl. MwSt. an."),
    ("award", "2024-03-25 09:00", "Sehr geehrte Frau Kächele, die Frist für Ihre Auszeichnung läuft am Freitag ab. Sollen wir Ihren Platz reservieren?"),
])
C("junk", "paid_feature", "de", "bezahltes Unternehmerporträt im Magazin", [
    ("magazin", "2023-11-27 13:00", "Sehr geehrte Frau Kächele, für unsere Ausgabe 'Erfolgreiche Unternehmerinnen aus der Region Stuttgart' möchten wir Sie gern porträtieren. Eine Doppelseite mit Interview und Fotos gibt es ab 1.850 € Kostenbeteiligung. Interesse?"),
])
C("junk", "paid_podcast", "de", "Podcast-Gastplatz gegen Gebühr", [
    ("podcast", "2024-07-08 17:00", "Hi Sabine! Ich lade ausgewählte Mittelständler in meinen Podcast 'Macher Mittelstand' ein. Als Gast bekommst du eine professionelle Folge + Social-Clips für einen Produktionsbeitrag von 490 €. Bist du dabei?"),
])
C("junk", "fluent_names_company", "de", "flüssige Markenstrategie-Nachricht mit Firmenname, passt auf jeden", [
    ("fluent", "2024-04-15 09:30", "Liebe Frau Kächele, ich verfolge die Entwicklung der Kächele GaLaBau GmbH schon eine Weile und finde es beeindruckend, wie Sie Tradition und Moderne verbinden. Gerade in Zeiten des Wandels ist eine starke Marke der Schlüssel zu nachhaltigem Erfolg. In einem kurzen Gespräch zeige ich Ihnen gern, wie wir Ihre Markenbotschaft schärfen können."),
])
C("junk", "fluent_names_company", "de", "Unternehmensberatung nennt Firma, aber generisch", [
    ("fluent2", "2023-10-23 08:00", "Sehr geehrte Frau Kächele, Unternehmen wie die Kächele GaLaBau stehen vor großen Herausforderungen: Fachkräftemangel, Nachfolge, Digitalisierung. Graf & Partner begleitet mittelständische Unternehmen ganzheitlich auf dem Weg in die Zukunft. Ich würde mich freuen, Sie kennenzulernen."),
])
C("junk", "follow_up_bump", "de", "Datenschutzberater, Nachfass-Nachrichten ohne Antwort", [
    ("bump", "2023-05-22 08:00", "Sehr geehrte Frau Kächele, ist Ihr Betrieb DSGVO-konform? Bußgelder bis zu 20 Mio. €! Wir übernehmen den externen Datenschutzbeauftragten für 99 € im Monat."),
    ("bump", "2023-05-30 08:00", "Sehr geehrte Frau Kächele, ich wollte nochmal nachfragen."),
    ("bump", "2023-06-12 08:00", "Frau Kächele, ich gehe davon aus, dass das Thema für Sie nicht relevant ist? Eine kurze Rückmeldung wäre nett."),
])
C("junk", "generic_service_english", "en", "offshore IT pitch in English", [
    ("engjunk", "2024-06-03 05:30", "Dear Sabine,\n\nGreetings from GlobalSoft! We offer website development, mobile apps, ERP and digital marketing services at very affordable rates. Kindly share your requirement so we can send a proposal.\n\nRegards,\nRahul"),
    ("engjunk", "2024-06-10 05:30", "Dear Sabine, gentle reminder on my previous message."),
])
C("junk", "generic_ads", "de", "Google-Ads-Agentur", [
    ("ads", "2023-03-27 14:00", "Hallo Frau Kächele! Wussten Sie, dass 80 % Ihrer Kunden über Google suchen? Mit KlickBoost erscheinen Sie ganz oben. Jetzt kostenloses Erstgespräch vereinbaren."),
], subject="Mehr Kunden über Google")
C("junk", "inmail_member", "de", "Nachricht von anonymem LinkedIn Member zu Webinar", [
    ("li_member", "2024-05-14 12:00", "Exklusives Webinar: So verdoppeln Handwerksbetriebe 2024 ihren Gewinn. Jetzt kostenlos anmelden!"),
], subject="Exklusive Einladung")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Leasingbank", [
    ("sp1", "2023-04-05 12:00", "<p>Hallo Sabine,</p><p>Investieren ohne Liquidität zu binden: Mit ProfiLeasing finanzieren Sie Maschinen &amp; Fahrzeuge flexibel.</p><p><strong>Jetzt Konditionen prüfen.</strong></p>"),
], title="Sponsored Conversation", subject="Maschinen flexibel finanzieren")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Lohnabrechnung", [
    ("sp2", "2024-01-10 12:00", "<p>Hallo Sabine,</p><p>Lohnabrechnung in 5 Minuten? Cloudlohn macht&#39;s möglich &ndash; auch für Baubetriebe mit SOKA-BAU.</p><p>30 Tage kostenlos testen.</p>"),
], title="Sponsored Conversation", subject="Lohnabrechnung einfach gemacht")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Fuhrparkverwaltung", [
    ("sp3", "2024-09-03 12:00", "<p>Hallo Sabine,</p><p>Behalten Sie Ihren Fuhrpark im Blick: Fahrtenbuch, Wartung &amp; Kosten in einer App.</p><p>Demo anfordern.</p>"),
], title="Sponsored Conversation", subject="Fuhrpark digital verwalten")
C("junk", "quick_15_minute_call", "de", "Berater will '15 Minuten' und hakt nach", [
    ("gleich", "2024-06-17 20:00", "Sabine, nur eine Frage: Wenn ich dir in 15 Minuten zeige, wie du 20 % mehr Gewinn machst, ohne mehr zu arbeiten – hättest du Interesse?"),
    ("gleich", "2024-06-24 20:00", "Kurze Erinnerung 😊"),
], subject="15 Minuten")
C("junk", "offers_what_she_sells", "de", "Gartenplanungs-Agentur bietet ihr Gartengestaltung an", [
    ("konkurrenz", "2024-08-12 08:15", "Hallo Frau Kächele, träumen Sie von einem neuen Garten für Ihr Firmengelände? Wir planen und bauen Außenanlagen mit Herz. Jetzt Beratungstermin sichern!"),
], subject="Ihr Traumgarten")


x.write(OUT,
        {"First Name": "Sabine", "Last Name": "Kächele",
         "Headline": "Inhaberin Kächele Garten- und Landschaftsbau GmbH | Gärtnermeisterin | Trockenmauern, Schwammstadt",
         "Summary": "Familienbetrieb in zweiter Generation in Fellbach, 20 Mitarbeitende. Privatgärten, "
                    "öffentliches Grün, Pflege, Regenwasserbewirtschaftung. Ausbildungsbetrieb.",
         "Industry": "Landscaping Services", "Geo Location": "Fellbach, Baden-Württemberg, Deutschland",
         "Websites": "[COMPANY:kaechele-galabau.example]"},
        [{"Company Name": "Kächele Garten- und Landschaftsbau GmbH", "Title": "Inhaberin & Geschäftsführerin",
          "Description": "20 Mitarbeitende, Privatgärten, kommunale Grünflächen, Ausschreibungen",
          "Location": "Fellbach", "Started On": "Apr 2014", "Finished On": ""},
         {"Company Name": "Kächele Garten- und Landschaftsbau GmbH", "Title": "Bauleiterin",
          "Description": "", "Location": "Fellbach", "Started On": "Sep 2008", "Finished On": "Mar 2014"}],
        ["Garten- und Landschaftsbau", "Trockenmauerbau", "Ausschreibungen", "Pflanzenverwendung",
         "Regenwassermanagement", "Mitarbeiterführung"])
print(x.summary())

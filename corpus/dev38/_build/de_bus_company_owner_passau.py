"""dev38 persona 2: Veronika Zellhuber, owner of a family bus company in Passau.

Written blind to the code (session 5). All message texts are invented and written by hand here;
running this script regenerates ../de-bus-company-owner-passau byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-bus-company-owner-passau"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Veronika Zellhuber", "https://www.linkedin.com/in/veronika-zellhuber-omnibus",
               "Omnibus Zellhuber GmbH & Co. KG", "Geschäftsführerin")
ex = Export(SLUG, "2021", owner)
p = ex.person
c = ex.conv

# ---------------------------------------------------------------- people: genuine
p("rektorin", "Gertraud Pilsl", "Grundschule Hutthurn", "Rektorin", connected="2018-09-20")
p("gym", "Matthias Eder", "Gymnasium Leopoldinum Passau", "Oberstudienrat", connected="2021-03-02")
p("lra", "Sabine Weinzierl", "Landratsamt Passau", "Sachgebiet ÖPNV und Schülerbeförderung",
  connected="2016-02-11")
p("lra2", "Johann Kagerbauer", "Landratsamt Passau", "Genehmigungsbehörde PBefG", connected="2019-07-15")
p("rv", "Thomas Hirschberger", "Donau-Reisen Regensburg", "Inhaber", connected="2012-05-03")
p("uk", "Rachel Pemberton", "Riverbank Voyages Ltd", "Ground Operations Manager")
p("fahrer1", "Sepp Gruber", "Omnibus Zellhuber", "Busfahrer", connected="2015-04-01")
p("bewerber", "Petr Novák", "", "Berufskraftfahrer", connected="2021-06-28")
p("man", "Andreas Fuchs", "Nutzfahrzeuge Bachmeier GmbH", "Serviceberater Bus", connected="2014-10-10")
p("setra", "Robert Wimmer", "Omnibus-Center Donau", "Verkauf Reisebusse", connected="2013-03-18")
p("tank", "Claudia Heindl", "Tankpunkt Süd Flottenservice", "Kundenbetreuung", connected="2017-11-02")
p("peer", "Markus Stockinger", "Stockinger Reisen Vilshofen", "Geschäftsführer", connected="2010-06-06")
p("pb", "Dr. Ulrike Brandl", "Brandl Personalberatung", "Personalberaterin", connected="2021-02-15")
p("fest1", "Anton Reischl", "Reischl Metallbau", "Inhaber", connected="2016-05-05")
p("fest2", "Elfriede Bauer", "Seniorenclub Fürstenzell", "Vorsitzende", connected="2019-03-03")
p("fest3", "Stefan Lindinger", "Lindinger Autohaus", "Verkaufsleiter", connected="2018-01-12")
p("pfarr", "Hildegard Moosbauer", "", "")
p("verbandsfreund", "Georg Haslinger", "Haslinger Busreisen Pocking", "Geschäftsführer",
  connected="2009-11-20")
p("verband", "Katharina Röhrl", "Verband Niederbayerischer Omnibusbetriebe e.V.", "Geschäftsstelle",
  connected="2015-09-09")
p("presse", "Lukas Obermaier", "Donau-Bote Passau", "Lokalredakteur")
p("hotel", "Martina Pichler", "Hotel Alpenrose Meran", "Gruppenreservierung", connected="2011-04-04")
p("stw", "Franz Wagenhuber", "Verkehrsbetriebe Passau", "Fahrplanung", connected="2017-02-02")
p("kollege", "Ludwig Kern", "Kern Omnibus Tittling", "Inhaber", connected="2008-08-08")
p("blaskapelle", "Xaver Kölbl", "Blaskapelle Tiefenbach", "1. Vorstand")
p("kiga", "Nadine Wallner", "Kinderhaus St. Nikola", "Leitung", connected="2021-05-01")
p("vers", "Bernhard Oswald", "Oswald Versicherungsbüro", "Versicherungsfachmann", connected="2012-12-12")
p("telema", "Jonas Berger", "Tracknetz GmbH", "Key Account", connected="2019-01-22")
p("usa", "Emily Hartwell", "Passau Exchange Program (US)", "Program Coordinator")
p("cousin", "Korbinian Zellhuber", "Omnibus Zellhuber", "Werkstattleiter", connected="2012-01-01")
p("cz", "Tomáš Dvořák", "Dvořák Bus s.r.o., České Budějovice", "Managing Director",
  connected="2016-08-08")
p("ihk", "Renate Aichinger", "IHK Niederbayern", "Ausbildungsberaterin", connected="2019-10-10")
p("azubi", "Lena Schmidbauer", "", "Schülerin")
p("wirtschaft", "Dr. Helmut Stadler", "Wirtschaftsforum Passauer Land", "Vorsitzender",
  connected="2014-01-15")
p("bgm", "Alois Hundsrucker", "Gemeinde Ruderting", "Erster Bürgermeister", connected="2020-06-01")
p("stb", "Monika Englmaier", "Englmaier Steuerberatung", "Steuerberaterin", connected="2010-02-02")

# ---------------------------------------------------------------- people: wanted pitches
p("w_tele", "Daniel Hufnagl", "Tachodirekt", "Vertrieb Süddeutschland")
p("w_web", "Simon Achatz", "Achatz Webwerk", "Webentwickler", connected="2021-04-10")
p("w_rec", "Ivana Marić", "Drava Personal", "Recruiting Berufskraftfahrer")
p("w_tank", "Christoph Lehner", "TriRegio Fuel", "Key Account Bus & Reise")
p("w_vergabe", "Wolfgang Seidl", "Seidl Vergabeberatung", "Berater ÖPNV-Vergaben")
p("w_polster", "Erich Kammerl", "Kammerl Fahrzeugpolsterei", "Meister", connected="2021-07-20",
  invite=("IN", "2021-07-19 18:30", "Grüß Gott Frau Zellhuber, Herr Wimmer vom Omnibus-Center hat mir "
          "Ihren Namen gegeben."))
p("w_gurt", "Sandra Königsberger", "SafeSeat Systems", "Vertrieb Schulbus")
p("w_dmc", "Marko Horvat", "Istra Group Travel", "Sales Manager DACH")
p("w_dispo", "Felix Rauscher", "Dispoline", "Gründer")
p("w_foto", "Julia Haider", "", "Fotografin & Filmerin, Passau")
p("w_m95", "Rainer Ertl", "Fahrschule Ertl Akademie", "Leiter Weiterbildung")
p("w_cruise", "Hannah Whitfield", "Danube Shore Services", "Operations Director")

# ---------------------------------------------------------------- people: junk
p("j_gps", "Kevin Schuster", "FlottenPro24", "Vertriebsmitarbeiter")
p("j_web", "Marcel Wendt", "Webdesign Wendt", "Inhaber")
p("j_pers", "Aylin Demir", "GlobalSkills Personal", "Business Development")
p("j_tank", "Patrick Vogt", "EuroFuelCard Plus", "Außendienst")
p("j_vergabe", "Nicole Brandt", "Ausschreibungsradar", "Kundenberatung")
p("j_digi", "Sven Albrecht", "DigiBoost Consulting", "Senior Consultant")
p("j_wein", "Carina Seiler", "Weinkontor Rheinhessen", "Firmenkunden")
p("j_krypto", "Dennis Hoffmann", "", "Krypto-Investor | Finanzielle Freiheit")
p("j_yoga", "Leonie Wagner", "Soulful Leadership Retreats", "Gründerin")
p("j_busverm", "Timo Krause", "BusBuchen24", "Firmenkunden-Vertrieb")
p("j_kap", "Jan Petersen", "Kundenmagnet Agentur", "Geschäftsführer")
p("j_unternehmer", "Oliver Meyer", "", "Unternehmer | Investor | Visionär")
p("j_call", "Sarah König", "Vertriebsturbo", "Vertriebsberaterin")
p("j_ctp1", "Manuel Berger", "Leasingwelt Süd", "Leasingberater", connected="2021-03-16",
  invite=("IN", "2021-03-15 20:40", "Servus, würde mich über eine Vernetzung freuen!"))
p("j_ctp2", "Tanja Roth", "Social Media Schmiede", "Social Media Managerin", connected="2021-05-04",
  invite=("IN", "2021-05-03 07:15", ""))
p("j_ctp3", "Daniel Kraft", "Mindset Mentoring", "Business Coach", connected="2021-09-07",
  invite=("IN", "2021-09-06 22:01", "Hallo Veronika, spannendes Profil!"))
p("j_bump", "Florian Weiß", "LeadHaus", "Growth Manager")
p("j_bump2", "Melanie Schulz", "Bewertungsprofi", "Kundenberaterin")
p("j_t1", "Benedikt Hahn", "Terminfabrik", "Gründer")
p("j_t2", "Laura Fischer", "Planbar Marketing", "Kundenakquise")
p("j_t3", "Robin Schäfer", "Auftragsplus", "Partnermanager")
p("j_t4", "Max Neumann", "Reisebooster", "Vertrieb")
p("j_t5", "Chris Walker", "Pipeline Partners UK", "Growth Lead")
p("j_m1", "Kai Lehmann", "ProfitFlow", "Sales")
p("j_m2", "Julia Brenner", "Büroprofi Versand", "Außendienst")
p("j_m3", "Stefan Maurer", "Kanzlei-Marketing", "Akquise")
p("j_m4", "Nina Hartmann", "CleverCharge", "Vertrieb E-Mobilität")
p("j_sp1", "Süd-Leasing Bank", "Süd-Leasing Bank", "",
  url="https://www.linkedin.com/company/sued-leasing-bank")
p("j_sp2", "Akademie für Führung Online", "Akademie für Führung Online", "",
  url="https://www.linkedin.com/company/akademie-fuehrung-online")
p("j_sp3", "Volta Fleet Electric", "Volta Fleet Electric", "",
  url="https://www.linkedin.com/company/volta-fleet-electric")
p("j_award", "Jana Köhler", "Top-Arbeitgeber Mittelstand", "Projektleitung")
p("j_mag", "Peter Lange", "Wirtschaftsspiegel Bayern", "Anzeigenredaktion")
p("j_pod", "Marie Krüger", "Mittelstandshelden Podcast", "Gästemanagement")
p("j_ki", "Hendrik Baumann", "NeuroAssist KI", "Solution Consultant")
p("j_travel", "Jake Morrison", "TourLead Pro", "Founder")
p("j_luft", "Ralf Winter", "PureAir Büro", "Vertrieb")
p("j_foerder", "Anja Köster", "Fördermittel-Express", "Förderberaterin")
p("j_led", "Lily Chen", "Shenzhen BrightStar Lighting Co.", "Export Sales")

# ================================================================ GENUINE (35)
c("genuine", "school_transport_schedule", "de", "Rektorin: Schulbeginn verschiebt sich, Schulbus früher", [
    ("rektorin", "2021-07-12 10:15", "Liebe Frau Zellhuber, ab dem neuen Schuljahr beginnt bei uns der "
     "Unterricht um 7.55 statt um 8.05 Uhr (Vorgabe vom Schulamt). Wäre es möglich, dass der Bus aus "
     "Kalteneck zehn Minuten früher fährt? Das Landratsamt weiß Bescheid. Herzliche Grüße, G. Pilsl"),
    ("me", "2021-07-12 16:40", "Grüß Gott Frau Pilsl, das kriegen wir hin. Ich stimme es mit Frau "
     "Weinzierl vom Landratsamt ab und schicke Ihnen bis Ende Juli den neuen Fahrplan. Schöne Ferien schon "
     "mal!"),
    ("rektorin", "2021-07-13 07:30", "Vergelt's Gott, das ist eine große Erleichterung."),
])
c("genuine", "client_quote_request", "de", "Gymnasiallehrer fragt Angebot für Klassenfahrt nach Prag an", [
    ("gym", "2021-03-02 18:20", "Sehr geehrte Frau Zellhuber, wir planen (hoffentlich, Corona-Lage "
     "vorausgesetzt) eine Studienfahrt nach Prag für die 10. Klassen, 3 Tage im Oktober, 52 Schüler + 4 "
     "Lehrkräfte. Können Sie uns ein Angebot für Bus inkl. Fahrer und Stadtrundfahrt machen? Wichtig wäre "
     "eine kostenlose Stornierung bei Schulschließung."),
    ("me", "2021-03-03 09:10", "Sehr geehrter Herr Eder, gerne. Für 56 Personen nehmen wir unseren "
     "Setra mit 59 Plätzen. Bus mit Fahrer für 3 Tage, Prag hin und zurück inkl. Transfers vor Ort: 2.380 "
     "€ brutto, Fahrerzimmer übernimmt die Schule. Storno bei behördlicher Schulschließung kostenfrei, "
     "das schreibe ich Ihnen ausdrücklich ins Angebot. PDF kommt per Mail."),
    ("gym", "2021-03-03 12:45", "Vielen Dank, das ging ja schnell! Ich lege es der Schulleitung vor."),
    ("gym", "2021-09-20 14:00", "Gute Nachricht: die Fahrt findet statt! Können wir das Angebot vom März "
     "so bestätigen?"),
    ("me", "2021-09-20 17:30", "Freut mich sehr! Ja, Preis bleibt. Auftragsbestätigung folgt."),
])
c("genuine", "landratsamt_contract_price_clause", "de", "Landratsamt: Vertragsverlängerung Schülerbeförderung mit Dieselpreisgleitklausel", [
    ("lra", "2021-05-18 11:00", "Sehr geehrte Frau Zellhuber, der Vertrag über die freigestellte "
     "Schülerbeförderung (Los 3, Hutthurn/Ruderting) läuft zum 31.07. aus. Der Landkreis möchte um ein "
     "Jahr verlängern. Bitte teilen Sie mir mit, ob Sie zu den bisherigen Konditionen bereit sind oder "
     "eine Anpassung über die Dieselpreisgleitklausel beantragen. Die Verstärkerbusse wegen Corona rechnen "
     "wir wie besprochen gesondert ab."),
    ("me", "2021-05-18 15:30", "Sehr geehrte Frau Weinzierl, wir verlängern gern. Wegen des Dieselpreises "
     "(+19 % seit Januar) beantragen wir die Anpassung nach Ziffer 7 des Vertrags, Berechnung schicke "
     "ich Ihnen bis Freitag. Die Verstärkerfahrten März bis Mai sind abgerechnet, Rechnung liegt bei Ihnen."),
    ("lra", "2021-05-19 08:45", "Danke, dann warte ich auf die Berechnung."),
])
c("genuine", "authority_license_renewal", "de", "Genehmigungsbehörde braucht Unterlagen für Linienverlängerung", [
    ("lra2", "2021-02-09 09:20", "Grüß Gott Frau Zellhuber, für die Wiedererteilung der Genehmigung der "
     "Linie 6112 benötige ich noch die aktuelle Unbedenklichkeitsbescheinigung des Finanzamts und den "
     "Nachweis der Eigenkapitalausstattung. Frist wäre der 15.03."),
    ("me", "2021-02-09 13:00", "Grüß Gott Herr Kagerbauer, die Bescheinigung ist beantragt, den "
     "Eigenkapitalnachweis macht meine Steuerberaterin. Sie haben beides bis Anfang März."),
])
c("genuine", "tour_operator_partner", "de", "langjähriger Reiseveranstalter fragt Bus für Gardasee-Reise an, Preis", [
    ("rv", "2021-06-01 08:05", "Servus Vroni, es geht wieder los! Ich hab eine Gardasee-Reise 12.-17.9. "
     "mit 38 Gästen. Machst du mir den Bus wieder zum Preis wie 2019? 6 Tage, Fahrer im Hotel. Falls der "
     "Sepp fahren könnt, wär's perfekt, die Stammgäste fragen immer nach ihm."),
    ("me", "2021-06-01 12:30", "Servus Thomas, endlich! Preis wie 2019 geht leider nimmer ganz, Diesel "
     "und Maut sind rauf. 4.150 € statt 3.900 € für die 6 Tage. Sepp frag ich, der freut sich sicher."),
    ("rv", "2021-06-01 12:50", "Passt, machen wir so. Bestätigung schick ich dir heut noch."),
    ("me", "2021-06-02 07:40", "Sepp fährt. Gruß an die Gabi!"),
])
c("genuine", "inbound_buyer_cruise_transfers", "en", "UK cruise operator wants to buy transfers", [
    ("uk", "2021-04-21 10:30", "Dear Ms Zellhuber, we are restarting our Danube itineraries from July and "
     "are looking for a reliable local coach partner in Passau for transfers between the river landing "
     "and Salzburg / Český Krumlov excursions. Roughly 2-3 coaches twice a week until October. Could you "
     "let us know availability and your rates for a full day and a half day?"),
    ("me", "2021-04-21 17:45", "Dear Ms Pemberton, thank you for your enquiry. We can provide 2 coaches on "
     "Tuesdays and Saturdays, a third on request. Full day (up to 10 h) 890 EUR, half day (5 h) 520 EUR "
     "net per coach incl. driver, plus parking fees in Salzburg. All drivers are vaccinated. Happy to set "
     "up a call."),
    ("uk", "2021-04-22 09:00", "That sounds very good. Could we speak Monday at 10 UK time?"),
])
c("genuine", "driver_sick_swap", "de", "Fahrer krank, Schichttausch, du-Ton", [
    ("fahrer1", "2021-10-04 05:12", "Morgen Vroni, mi hats erwischt, Fieber und Halsweh. Test is negativ. "
     "Kann heut ned fahrn. Der Hans hat gsagt er übernimmt die Schule wenn du zustimmst"),
    ("me", "2021-10-04 05:35", "Gute Besserung Sepp! Passt, ich ruf den Hans an. Meld dich morgen wie's "
     "dir geht."),
    ("fahrer1", "2021-10-06 18:00", "Bin wieder fit, morgen fahr ich wieder"),
])
c("genuine", "applicant_driver", "de", "Bewerbung eines tschechischen Busfahrers", [
    ("bewerber", "2021-06-29 20:10", "Guten Tag Frau Zellhuber, ich habe gesehen, Sie suchen Busfahrer. Ich "
     "habe Führerschein D und Fahrerkarte, Modul 95 bis 2024. Ich wohne in Philippsreut, 10 Jahre "
     "Erfahrung Reisebus in Tschechien und Österreich. Mein Deutsch ist nicht perfekt aber gut für Arbeit. "
     "Lebenslauf ist anbei. Mit freundlichen Grüßen Petr Novák"),
    ("me", "2021-06-30 08:15", "Guten Tag Herr Novák, vielen Dank für Ihre Bewerbung! Können Sie am "
     "Montag um 10 Uhr zu uns in den Betrieb nach Heining kommen? Dann machen wir gleich eine kurze "
     "Probefahrt."),
    ("bewerber", "2021-06-30 09:00", "Ja, Montag 10 Uhr passt. Danke!"),
], attachments={0: "https://www.linkedin.com/dms/lebenslauf-novak.pdf"})
c("genuine", "vendor_price_change_service", "de", "MAN-Vertragspartner: Preisanpassung Wartungsvertrag", [
    ("man", "2021-11-02 14:20", "Hallo Frau Zellhuber, ab 1.1.2022 passen wir die Stundensätze in der "
     "Buswerkstatt an (von 118 auf 126 € netto). Für Ihren Wartungsvertrag über die 6 Lion's Intercity "
     "heißt das +4,2 % auf die Monatspauschale. Die genaue Aufstellung kommt per Post. Gerne können wir "
     "über eine Laufzeitverlängerung reden, dann halten wir den alten Satz bis Mitte 2022."),
    ("me", "2021-11-03 10:00", "Hallo Herr Fuchs, danke für die Vorwarnung. Schicken Sie mir bitte ein "
     "Angebot mit Verlängerung um 24 Monate, dann rechnen wir."),
    ("man", "2021-11-03 11:30", "Mach ich bis Ende der Woche."),
])
c("genuine", "owner_requested_dealer_quote", "de", "Setra-Händler schickt angefragtes Angebot Gebrauchtbus", [
    ("me", "2021-08-16 19:00", "Servus Robert, wir brauchen fürs nächste Jahr noch einen Reisebus, gern "
     "gebraucht, 3-Achser, Euro 6, max. 400.000 km. Hast was da?"),
    ("setra", "2021-08-17 08:30", "Servus Vroni, ich hätt einen S 516 HD/3 Baujahr 2018, 312.000 km, "
     "Scheckheft, Küche und Toilette, 57 Plätze. 189.000 € netto, Inzahlungnahme von eurem alten 415er "
     "möglich. Bilder schick ich dir aufs Handy."),
    ("me", "2021-08-17 12:00", "Klingt gut. Kann ich ihn nächste Woche anschauen? Korbinian kommt mit."),
    ("setra", "2021-08-17 12:10", "Dienstag um 2 in Neu-Ulm? Oder ich bring ihn euch runter."),
])
c("genuine", "fuel_card_fee_change", "de", "bestehender Tankkarten-Anbieter erhöht Servicegebühr", [
    ("tank", "2021-09-28 10:00", "Sehr geehrte Frau Zellhuber, leider müssen wir ab dem 01.11.2021 die "
     "Servicegebühr pro Karte von 2,50 € auf 3,20 € monatlich anpassen. Ihre 16 Karten bleiben aktiv, "
     "eine Aktion Ihrerseits ist nicht nötig. Bei Fragen rufen Sie mich gern an."),
    ("me", "2021-09-28 16:00", "Hallo Frau Heindl, das ist ja eine ordentliche Erhöhung. Gibt es einen "
     "Mengenrabatt ab 15 Karten? Wir sind seit 2017 Kunde."),
    ("tank", "2021-09-29 09:15", "Ich habe nachgefragt: für Sie bleiben es 2,80 €. Danke für Ihre Treue!"),
])
c("genuine", "peer_joint_bid", "de", "befreundeter Unternehmer schlägt gemeinsames Angebot für Linienbündel vor", [
    ("peer", "2021-02-24 21:00", "Servus Vroni, hast du die Vorabbekanntmachung fürs Linienbündel Ilztal "
     "gesehen? Alleine schaffen wir das beide nicht mit den Fahrzeugen. Was hältst von einer "
     "Bietergemeinschaft? Du die Linien nördlich der Ilz, ich den Rest, gemeinsame Kalkulation. "
     "Treffen wir uns mal auf ein Bier beim Peschl?"),
    ("me", "2021-02-25 07:20", "Servus Markus, hab ich gesehen und genau das gleiche gedacht. Bier gern, "
     "sobald die Wirtschaften wieder aufhaben :) Bis dahin Teams? Donnerstag 19 Uhr?"),
    ("peer", "2021-02-25 07:45", "Donnerstag passt. Ich bring die Umläufe mit."),
])
c("genuine", "recruiter_engaged_by_owner", "de", "Inhaberin hat Personalberaterin für Disponent beauftragt", [
    ("me", "2021-02-15 17:00", "Sehr geehrte Frau Dr. Brandl, wie telefonisch besprochen: wir suchen ab "
     "Sommer eine/n Disponent/in in Vollzeit für Reise- und Linienverkehr. Gehaltsrahmen 3.400-3.900 € "
     "brutto. Können Sie mir Ihr Honorarangebot schicken?"),
    ("pb", "2021-02-16 10:00", "Sehr geehrte Frau Zellhuber, gerne. Unser Honorar beträgt 20 % des "
     "Jahresbruttogehalts, zahlbar in zwei Raten, mit Nachbesetzungsgarantie von 6 Monaten. Ich habe "
     "bereits zwei interessante Profile aus der Region, u.a. eine Speditionskauffrau aus Hauzenberg."),
    ("me", "2021-02-16 14:30", "Passt, dann legen wir los. Schicken Sie mir die Profile."),
    ("pb", "2021-03-10 16:00", "Frau K. (Hauzenberg) würde gern zum Gespräch kommen. 17.3. vormittags?"),
])
c("genuine", "thanks_after_event", "de", "Dank nach dem Jubiläumsfest (1 von 3)", [
    ("fest1", "2021-09-12 09:30", "Liebe Veronika, vielen Dank für das tolle Fest gestern zum 75-jährigen! "
     "Die Oldtimer-Rundfahrt war ein Traum, und die Musi war auch super. Auf die nächsten 75!"),
    ("me", "2021-09-12 13:00", "Danke Toni, schön dass ihr da wart!"),
])
c("genuine", "thanks_after_event", "de", "Dank nach dem Jubiläumsfest (2 von 3)", [
    ("fest2", "2021-09-12 10:45", "Liebe Frau Zellhuber, herzlichen Dank für das schöne Jubiläumsfest "
     "gestern. Unsere Senioren schwärmen heute noch von der Oldtimer-Rundfahrt. Alles Gute für die "
     "nächsten 75 Jahre!"),
])
c("genuine", "thanks_after_event", "de", "Dank nach dem Jubiläumsfest (3 von 3)", [
    ("fest3", "2021-09-12 18:20", "Hallo Veronika, danke für das super Fest gestern zum 75-jährigen! "
     "Oldtimer-Rundfahrt war das Highlight. Weiter so und auf die nächsten 75 Jahre!"),
    ("me", "2021-09-13 07:50", "Danke Stefan! Bis bald."),
])
c("genuine", "genuine_in_spam", "de", "Pfarrsekretärin fragt Bus für Wallfahrt an, landete im Spam", [
    ("pfarr", "2021-08-03 11:10", "Grüß Gott, hier schreibt die Pfarrei St. Severin. Wir möchten am "
     "Samstag, 9. Oktober, mit ca. 45 Pfarrangehörigen nach Altötting wallfahren. Könnten Sie uns einen "
     "Bus anbieten? Abfahrt 7 Uhr an der Kirche, Rückkehr gegen 18 Uhr. Bitte um ein Angebot. Vergelt's "
     "Gott, H. Moosbauer, Pfarrbüro"),
], folder="SPAM")
c("genuine", "long_standing_peer", "de", "langjähriger Kollege aus dem Verband, Corona-Gespräch", [
    ("verbandsfreund", "2021-01-20 20:15", "Servus Vroni, wie haltet ihr euch? Bei uns stehen 9 von 11 "
     "Bussen seit November. Hast die Überbrückungshilfe III schon beantragt? Mein Steuerberater blickt "
     "selber nicht mehr durch."),
    ("me", "2021-01-20 21:00", "Servus Schorsch, bei uns genauso, nur der Schulverkehr läuft halb. Die "
     "Monika macht den Antrag, sie sagt Fixkosten für die Busse gehen rein. Ich schick dir ihre Nummer."),
    ("verbandsfreund", "2021-01-20 21:10", "Du bist a Schatz. Bleibts gsund!"),
    ("verbandsfreund", "2021-06-14 19:00", "Endlich wieder Reisen! Hab grad die ersten 3 Fahrten fix."),
    ("me", "2021-06-14 20:30", "Bei uns auch, man glaubt's kaum."),
])
c("genuine", "association_assembly_invite", "de", "Verband lädt zur Online-Mitgliederversammlung ein", [
    ("verband", "2021-04-06 09:00", "Sehr geehrte Frau Zellhuber, die diesjährige Mitgliederversammlung "
     "findet am 28. April online statt (Zoom-Link folgt). Auf der Tagesordnung: Corona-Hilfen, "
     "Fahrermangel, Neuwahl des Beirats. Dürfen wir wieder mit Ihnen als Beisitzerin rechnen?"),
    ("me", "2021-04-06 12:00", "Sehr geehrte Frau Röhrl, ja, ich bin dabei und stelle mich gern wieder "
     "zur Wahl."),
])
c("genuine", "journalist_request", "de", "Lokalredakteur will Stimme zur Lage der Busunternehmen", [
    ("presse", "2021-03-11 13:30", "Hallo Frau Zellhuber, ich schreibe für die Wochenendausgabe über die "
     "Lage der Reisebusunternehmen in der Region nach einem Jahr Corona. Hätten Sie morgen 20 Minuten "
     "Zeit für ein Telefonat? Gern auch ein Foto im Betriebshof."),
    ("me", "2021-03-11 15:00", "Hallo Herr Obermaier, ja gern, morgen ab 14 Uhr. Foto auch, dann sehen "
     "die Leute mal, wie 10 Busse nebeneinander stehen und nicht fahren dürfen."),
])
c("genuine", "hotel_partner_group_booking", "de", "Partnerhotel in Meran bestätigt Gruppenbuchung", [
    ("hotel", "2021-07-06 10:00", "Liebe Frau Zellhuber, hiermit bestätigen wir 21 Doppelzimmer und das "
     "Fahrerzimmer für 3.-7. Oktober, Halbpension. Stornierung bis 14 Tage vorher kostenfrei, danach 50 %. "
     "Wir freuen uns, dass Sie wieder zu uns nach Meran kommen!"),
    ("me", "2021-07-06 11:30", "Liebe Frau Pichler, danke, passt alles. Wir freuen uns auch!"),
])
c("genuine", "transit_timetable", "de", "Verkehrsbetriebe: Fahrplanänderung Subunternehmerlinie", [
    ("stw", "2021-11-15 08:30", "Hallo Frau Zellhuber, zum Fahrplanwechsel im Dezember fällt bei der "
     "Linie 8 die Fahrt um 22.40 Uhr weg, dafür kommt samstags eine Fahrt um 6.10 Uhr dazu. Die "
     "angepassten Umläufe schick ich Ihnen im Anhang. Passt das für Ihre Fahrer?"),
    ("me", "2021-11-15 14:00", "Hallo Herr Wagenhuber, passt, ist sogar besser für uns. Danke!"),
], attachments={0: "https://www.linkedin.com/dms/umlaeufe-linie8-dez21.xlsx"})
c("genuine", "owner_asks_colleague_spare_bus", "de", "Inhaberin bittet Kollegen um Ersatzbus nach Panne", [
    ("me", "2021-07-23 06:05", "Lucki, Notfall: Getriebeschaden am 415er, ich hab um 8 eine Gruppe nach "
     "Salzburg. Hast du einen Bus mit 50 Plätzen frei? Zahle natürlich den üblichen Satz."),
    ("kollege", "2021-07-23 06:20", "Kannst den weißen Tourismo haben, steht vollgetankt. Schlüssel beim "
     "Hofer in der Werkstatt. Fahrer hast eh selber?"),
    ("me", "2021-07-23 06:22", "Ja, Fahrer hab ich. Du bist der Beste. Ich meld mich."),
])
c("genuine", "inbound_buyer_club_trip", "de", "Blaskapelle will Bus zum Musikfest buchen, fragt Preis", [
    ("blaskapelle", "2021-08-24 21:30", "Servus, mia san die Blaskapelle Tiefenbach, 40 Musikanten plus "
     "Instrumente (Tuba, Schlagzeug!). Mia bräuchten am 2. Oktober an Bus zum Bezirksmusikfest nach "
     "Deggendorf und z'ruck. Was kost des? Gruß Xaver"),
    ("me", "2021-08-25 07:30", "Servus Xaver, des geht. Für Deggendorf hin und zurück, Wartezeit "
     "inklusive, 590 € mit MwSt. Für die Tuba nehmen ma an Bus mit großem Kofferraum, passt scho."),
    ("blaskapelle", "2021-08-25 08:00", "Passt, buchen ma! Gibt a Freibier fürn Fahrer (nach der Fahrt "
     "natürlich)"),
])
c("genuine", "kindergarten_outing_price", "de", "Kindergarten fragt Ausflugsbus an", [
    ("kiga", "2021-05-25 13:00", "Hallo Frau Zellhuber, wir würden im Juli gern mit den Vorschulkindern "
     "(22 Kinder, 5 Erwachsene) in den Tierpark nach Hellabrunn. Haben Sie einen Bus mit Kindersitzen und "
     "was würde das kosten?"),
    ("me", "2021-05-25 17:15", "Hallo Frau Wallner, ja, unser Kleinbus hat Sitzerhöhungen. München und "
     "zurück mit Wartezeit: 780 €. Wir machen 10 % Rabatt für Kindergärten aus dem Landkreis, also 702 €."),
])
c("genuine", "insurance_fleet_premium", "de", "Versicherungsagent: Flottenversicherung Beitragsanpassung", [
    ("vers", "2021-10-19 16:00", "Hallo Veronika, die Flottenversicherung kommt zum 1.1. mit +6 % "
     "(Schadenquote der ganzen Sparte, ned eure). Wenn du den neuen Setra dazunimmst, rechne ich das "
     "gleich mit rein. Sollen wir uns mal zusammensetzen?"),
    ("me", "2021-10-20 08:00", "Servus Bernhard, ja, nächste Woche. Der Setra kommt erst im Januar."),
])
c("genuine", "existing_telematics_renewal", "de", "bestehender Telematik-Anbieter: Vertragsverlängerung und Preis", [
    ("telema", "2021-06-08 11:00", "Hallo Frau Zellhuber, Ihr Vertrag für die 16 Fahrzeugeinheiten läuft "
     "im August aus. Bei Verlängerung um 36 Monate bleibt der Preis bei 19 € pro Fahrzeug und Monat, "
     "sonst gehen wir auf 24 €. Außerdem stellen wir die alten Geräte auf LTE um, das ist kostenlos."),
    ("me", "2021-06-08 18:00", "Hallo Herr Berger, ehrlich gesagt bin ich mit dem Fernauslesen der "
     "Tachographen nicht zufrieden, das bricht ständig ab. Bevor ich 36 Monate unterschreibe, möchte ich "
     "das geklärt haben."),
    ("telema", "2021-06-09 09:00", "Verstehe ich. Ich schicke Ihnen unseren Techniker, er schaut sich "
     "das im Depot an."),
])
c("genuine", "inbound_buyer_us_program", "en", "US study-abroad coordinator wants day trips", [
    ("usa", "2021-09-01 15:30", "Hi Veronika, I coordinate a small study abroad program at the university "
     "here. Our 28 students would love day trips to Munich, Salzburg and Regensburg this semester. Would "
     "your company be able to do three Saturdays in October? Please send pricing. Thanks so much!"),
    ("me", "2021-09-02 08:20", "Hi Emily, welcome to Passau! Yes, we can do that. Munich 820 EUR, Salzburg "
     "640 EUR, Regensburg 590 EUR per day incl. driver, VAT included. I'll email a short offer."),
    ("usa", "2021-09-02 09:00", "Amazing, thank you! Let's do all three."),
])
c("genuine", "family_small_talk", "de", "Cousin aus dem Betrieb, Dult und Werkstatt", [
    ("cousin", "2021-09-23 17:40", "Vroni, gehst morgen auf d'Herbstdult? Und: der Lion's City 4 braucht "
     "neue Bremsscheiben, hab's beim Fuchs bestellt"),
    ("me", "2021-09-23 18:10", "Passt mit den Bremsen. Dult ja, um 7 im Zelt, die Kinder wollen "
     "Kettenkarussell fahren"),
])
c("genuine", "partner_company_cz", "en", "Czech partner company swaps vehicles for Prague trips", [
    ("cz", "2021-10-05 09:45", "Hi Veronika, for the Prague school trip on 18 Oct, do you still want our "
     "local guide and the city permit for the coach? Permit costs 1,500 CZK, I can arrange it. Also if you "
     "need a second coach we have one free that week."),
    ("me", "2021-10-05 12:00", "Hi Tomáš, yes please arrange guide and permit, I'll pay on invoice. One "
     "coach is enough. Thanks, and greetings to Jana!"),
])
c("genuine", "ihk_apprentice_exam", "de", "IHK Ausbildungsberaterin zu Prüfungsterminen des Azubis", [
    ("ihk", "2021-04-14 10:00", "Sehr geehrte Frau Zellhuber, die praktische Abschlussprüfung für Ihren "
     "Auszubildenden zum Berufskraftfahrer ist am 8. Juni in Straubing. Bitte stellen Sie ein geeignetes "
     "Prüfungsfahrzeug. Benötigen Sie noch Unterlagen?"),
    ("me", "2021-04-14 11:30", "Vielen Dank Frau Aichinger, Fahrzeug stellen wir, Unterlagen sind "
     "vollständig."),
])
c("genuine", "applicant_apprentice_office", "de", "Schülerin bewirbt sich um Ausbildung Büromanagement", [
    ("azubi", "2021-01-28 16:45", "Sehr geehrte Frau Zellhuber, ich heiße Lena Schmidbauer und mache im "
     "Sommer meinen Realschulabschluss in Hauzenberg. Ich würde gern eine Ausbildung als Kauffrau für "
     "Büromanagement bei Ihnen machen, weil mein Opa früher bei Ihnen gefahren ist und ich Reisen und "
     "Organisieren mag. Darf ich Ihnen meine Bewerbung schicken?"),
    ("me", "2021-01-28 19:30", "Liebe Lena, sehr gern! Schick sie an info@ und grüß deinen Opa schön, "
     "das war bestimmt der Herr Schmidbauer Alois?"),
    ("azubi", "2021-01-28 19:45", "Ja genau, danke!!"),
])
c("genuine", "event_invite_real_contact", "de", "Wirtschaftsforum lädt zum Sommerempfang ein", [
    ("wirtschaft", "2021-06-22 09:00", "Liebe Frau Zellhuber, nach langer Pause wollen wir uns wieder "
     "persönlich treffen: Sommerempfang des Wirtschaftsforums am 15. Juli auf der Veste Oberhaus, 18 Uhr, "
     "3G-Regel. Ich würde mich sehr freuen, Sie zu sehen."),
    ("me", "2021-06-22 11:00", "Lieber Herr Dr. Stadler, sehr gern, ich komme mit meinem Cousin."),
])
c("genuine", "municipality_senior_trip", "de", "Bürgermeister bestellt Seniorenausflug", [
    ("bgm", "2021-08-10 10:30", "Grüß Gott Frau Zellhuber, die Gemeinde möcht heuer wieder den "
     "Seniorenausflug machen, wenn's die Lage erlaubt. Zwei Busse am 29. September, an den Chiemsee mit "
     "Schifffahrt. Machen S' uns bitte wie immer ein Angebot?"),
    ("me", "2021-08-10 14:00", "Grüß Gott Herr Bürgermeister, gern. Zwei Busse Chiemsee: 1.640 € "
     "gesamt. Die Schifffahrt reserviere ich Ihnen auf Wunsch gleich mit."),
    ("bgm", "2021-08-10 14:30", "Bitte mit Schifffahrt. Danke!"),
])
c("genuine", "tax_advisor_covid_aid", "de", "Steuerberaterin zur Überbrückungshilfe III", [
    ("stb", "2021-02-18 17:00", "Liebe Frau Zellhuber, für die Überbrückungshilfe III brauche ich noch die "
     "Leasingraten der Busse und die Versicherungsbeiträge Jan-Juni als Aufstellung. Dann kann ich bis "
     "Ende Februar einreichen."),
    ("me", "2021-02-18 18:30", "Schick ich Ihnen morgen früh. Danke, dass Sie da so dran bleiben!"),
    ("stb", "2021-03-30 10:00", "Abschlagszahlung ist bewilligt, 48.300 €."),
])

# ================================================================ WANTED PITCHES (12)
c("wanted_pitch", "telematics_from_post", "de", "Tacho-Fernauslese-Anbieter bezieht sich auf ihren Post über Abbrüche", [
    ("w_tele", "2021-06-15 10:20", "Guten Tag Frau Zellhuber, Sie haben letzte Woche geschrieben, dass bei "
     "Ihnen das Fernauslesen der Fahrerkarten im Depot in Heining ständig abbricht und Sie am Ende doch "
     "mit dem Downloadkey rumlaufen. Das liegt bei älteren DTCO-Versionen oft an der Authentifizierung "
     "über die Unternehmenskarte, nicht am Mobilfunk. Wir machen nur Tacho-Fernauslesung (kein Tracking), "
     "auch für gemischte Flotten MAN/Setra, und archivieren gleich rechtssicher. Wenn Sie mögen, lasse ich "
     "Sie 2 Monate mit 3 Bussen kostenlos testen."),
    ("me", "2021-06-15 19:00", "Das klingt tatsächlich nach unserem Problem. Rufen Sie mich Donnerstag an."),
])
c("wanted_pitch", "web_fix_from_site_visit", "de", "Webentwickler hat ihre Seite besucht: Tagesfahrten 2021 fehlen, Katalog zu groß", [
    ("w_web", "2021-04-12 09:00", "Hallo Frau Zellhuber, danke fürs Vernetzen. Ich hab mir eure Seite "
     "angeschaut, weil meine Eltern gern bei euch mitfahren: bei den Tagesfahrten stehen noch die Termine "
     "von 2019, und der Katalog als PDF hat 22 MB, am Handy lädt der ewig. Ich bin Webentwickler aus "
     "Passau-Grubweg und mach sowas für kleine Betriebe. Wenn's euch hilft, baue ich euch eine einfache "
     "Terminliste, die ihr selber pflegen könnt, und verkleinere den Katalog. Festpreis, kein Abo."),
])
c("wanted_pitch", "recruiting_from_press", "de", "Fahrer-Recruiting bezieht sich auf ihr Zitat im Donau-Boten", [
    ("w_rec", "2021-03-22 11:40", "Sehr geehrte Frau Zellhuber, im Donau-Boten haben Sie gesagt, dass Ihnen "
     "nach Corona mindestens 4 Fahrer fehlen werden, weil zwei in Rente gehen und zwei in die Logistik "
     "gewechselt sind. Wir vermitteln ausschließlich Busfahrer aus Kroatien und Bosnien, mit Führerschein "
     "D, Fahrerkarte und B1-Deutsch, und kümmern uns um die Umschreibung und das Modul 95. Ein Betrieb in "
     "Deggendorf hat über uns 3 Fahrer eingestellt. Darf ich Ihnen 2-3 Profile schicken?"),
    ("me", "2021-03-22 20:00", "Ja, schicken Sie mir gern Profile und Ihre Konditionen."),
])
c("wanted_pitch", "fuel_card_specific_problem", "de", "Tankkarte für AT/CZ-Maut: ihr konkretes Problem benannt", [
    ("w_tank", "2021-10-11 14:00", "Grüß Gott Frau Zellhuber, Sie fahren regelmäßig nach Prag, Salzburg und "
     "Südtirol und tanken vermutlich in Schärding, weil's da günstiger ist. Mit den meisten deutschen "
     "Karten zahlen Sie dort Auslandsgebühren und brauchen trotzdem eine extra GO-Box und die tschechische "
     "Mautbox. Unsere Karte deckt DE/AT/CZ/IT-Tankstellen und die Maut in allen vier Ländern über eine "
     "Box ab, ohne Auslandsaufschlag. Für 16 Busse kann ich Ihnen gern eine Vergleichsrechnung machen."),
])
c("wanted_pitch", "tender_consultant_from_register", "de", "Vergabeberater nennt Vorabbekanntmachung Linienbündel im EU-Amtsblatt", [
    ("w_vergabe", "2021-02-26 10:00", "Sehr geehrte Frau Zellhuber, der Landkreis Passau hat im EU-Amtsblatt "
     "die Vorabbekanntmachung nach Art. 7 Abs. 2 VO 1370/2007 für das Linienbündel Ilztal veröffentlicht; "
     "Ihre Linie 6112 liegt mittendrin. Mittelständler verlieren hier oft, weil die Bietergemeinschaft "
     "vergaberechtlich nicht sauber aufgesetzt ist. Ich habe 2019 zwei Bietergemeinschaften im Landkreis "
     "Regen begleitet. Gerne ein unverbindliches Erstgespräch."),
    ("me", "2021-02-26 17:00", "Danke, Ihr Timing ist gut. Mein Kollege und ich überlegen genau das. "
     "Rufen Sie mich nächste Woche an."),
])
c("wanted_pitch", "upholstery_via_mutual_contact", "de", "Polsterei über Setra-Verkäufer Herrn Wimmer empfohlen", [
    ("w_polster", "2021-07-20 09:15", "Grüß Gott Frau Zellhuber, danke fürs Annehmen. Herr Wimmer vom "
     "Omnibus-Center hat erzählt, dass Sie den 415er noch zwei Jahre fahren wollen, aber die Sitze arg "
     "mitgenommen sind. Wir beziehen Reisebussitze neu (auch Kopfschoner mit Logo), 57 Sitze in einer "
     "Woche, schwer entflammbar nach Norm. Ich kann gern vorbeikommen und Muster zeigen."),
    ("me", "2021-07-20 12:00", "Ja, der Robert hat mir von Ihnen erzählt. Kommen Sie gern, am besten "
     "nachmittags."),
])
c("wanted_pitch", "safety_from_her_talk", "de", "Anbieter Gurtwarner bezieht sich auf ihren Vortrag beim Verband", [
    ("w_gurt", "2021-05-03 15:30", "Sehr geehrte Frau Zellhuber, ich habe Ihren Beitrag bei der "
     "Online-Mitgliederversammlung des Verbands gehört, wo Sie gesagt haben, dass die Fahrer im "
     "Schulverkehr nicht gleichzeitig fahren und kontrollieren können, ob alle Kinder angeschnallt sind. "
     "Wir haben ein Gurtanzeigesystem zum Nachrüsten für Lion's Intercity, das dem Fahrer pro Sitzreihe "
     "anzeigt, wo ein Gurt offen ist. Es gibt dafür aktuell eine Förderung vom Freistaat. Darf ich Ihnen "
     "Unterlagen schicken?"),
])
c("wanted_pitch", "dmc_from_catalogue", "en", "Croatian DMC references the Istria trip in her 2021 catalogue", [
    ("w_dmc", "2021-01-19 10:10", "Dear Ms Zellhuber, I saw in your 2021 catalogue that you offer an "
     "8-day Istria trip in September with Poreč as a base. For groups of 35-50 we can offer hotel allotments "
     "in Poreč and Rovinj with free cancellation until 21 days, guides in German, and a driver room at no "
     "cost. We work with several Bavarian coach companies. Would you like our 2021 group rates?"),
    ("me", "2021-01-19 16:30", "Dear Mr Horvat, yes please send the rates. Cancellation terms are the most "
     "important this year."),
])
c("wanted_pitch", "dispatch_software_from_setup", "de", "Dispositionssoftware kennt ihre Excel-Planung und Flotte", [
    ("w_dispo", "2021-05-26 08:45", "Hallo Frau Zellhuber, im Interview in der Verbandszeitschrift haben "
     "Sie erzählt, dass Sie Dienstpläne für 16 Busse und 22 Fahrer immer noch in Excel machen und am "
     "Sonntagabend die Lenkzeiten von Hand nachrechnen. Genau dafür haben wir Dispoline gebaut: Umläufe "
     "Schul-/Linienverkehr plus Reisen in einem Plan, Lenk- und Ruhezeiten werden direkt geprüft. Wir "
     "sind ein kleines Team aus Landshut. Ich zeige es Ihnen gern an Ihren echten Daten."),
])
c("wanted_pitch", "photographer_from_her_site", "de", "Fotografin: Fotos auf der Website zeigen alte Lackierung", [
    ("w_foto", "2021-04-27 12:30", "Hallo Frau Zellhuber, mir ist aufgefallen, dass auf Ihrer Website und im "
     "Katalog noch die Busse in der alten roten Lackierung zu sehen sind, auf der Straße fahren Sie aber "
     "längst in Blau-Weiß. Zum 75-jährigen im September wäre doch ein schöner Anlass für neue Bilder, "
     "z.B. mit der Flotte vor dem Dom oder an der Ortspitze. Ich fotografiere und filme in Passau, Beispiele "
     "auf meiner Seite."),
    ("me", "2021-04-27 18:00", "Gute Idee, daran hab ich gar nicht gedacht. Schicken Sie mir ein Angebot."),
])
c("wanted_pitch", "training_from_job_ad", "de", "Weiterbildungsanbieter bezieht sich auf ihre Stellenanzeige", [
    ("w_m95", "2021-07-01 10:00", "Sehr geehrte Frau Zellhuber, in Ihrer Stellenanzeige für Busfahrer "
     "schreiben Sie 'Modul 95 übernehmen wir'. Wenn Sie mehrere Fahrer gleichzeitig schulen müssen, kommen "
     "wir mit allen 5 Modulen auch zu Ihnen in den Betrieb, an Samstagen, damit der Schulverkehr nicht "
     "leidet. Ab 6 Teilnehmern 15 % günstiger als im Schulungszentrum."),
])
c("wanted_pitch", "shore_excursions_seen_coaches", "en", "shore-excursion handler saw her coaches at the river landing", [
    ("w_cruise", "2021-08-30 13:00", "Dear Veronika, our team has been watching your blue-and-white coaches "
     "at the Ortspitze landing all summer and they're always on time, which is rare! We handle shore "
     "excursions for two river cruise lines and need a second coach partner in Passau for 2022 (Apr-Oct, "
     "about 120 coach days). Would you be open to a conversation?"),
    ("me", "2021-08-30 19:00", "Dear Hannah, thank you, that's nice to hear. Yes, let's talk."),
])

# ================================================================ JUNK (38)
c("junk", "generic_fleet_tracking", "de", "generisches Fahrzeugortung-Angebot, Gegenstück zu Tacho-Pitch", [
    ("j_gps", "2021-06-21 08:00", "Hallo Frau Zellhuber, wissen Sie immer, wo Ihre Fahrzeuge sind? Mit "
     "FlottenPro24 behalten Sie Ihre Flotte in Echtzeit im Blick. Jetzt 3 Monate gratis testen! Einfach "
     "kurz antworten."),
])
c("junk", "generic_web_redesign", "de", "generisches Webdesign-Angebot", [
    ("j_web", "2021-04-15 11:00", "Guten Tag, Ihre Website ist nicht mehr zeitgemäß. Wir erstellen "
     "moderne, responsive Websites ab 499 € inkl. SEO. Jetzt unverbindlich anfragen!"),
])
c("junk", "generic_recruiting", "de", "generische Auslandsvermittlung für alle Branchen", [
    ("j_pers", "2021-03-30 09:30", "Hallo Veronika, Fachkräftemangel? Wir vermitteln qualifizierte "
     "Fachkräfte aus dem Ausland für Pflege, Handwerk, IT und Gastronomie. Schnell, unkompliziert, "
     "zuverlässig. Wann passt Ihnen ein kurzes Kennenlernen?"),
])
c("junk", "generic_fuel_card", "de", "generische Tankkarte", [
    ("j_tank", "2021-10-14 10:00", "Sehr geehrte Damen und Herren, sparen Sie bis zu 5 Cent pro Liter mit "
     "der EuroFuelCard Plus! Über 20.000 Akzeptanzstellen. Jetzt beantragen."),
])
c("junk", "generic_tender_alerts", "de", "generischer Ausschreibungsdienst", [
    ("j_vergabe", "2021-03-04 08:30", "Hallo Frau Zellhuber, verpassen Sie keine öffentliche Ausschreibung "
     "mehr! Ausschreibungsradar liefert Ihnen täglich passende Aufträge aus ganz Deutschland. 14 Tage "
     "kostenlos testen."),
])
c("junk", "generic_digitalisation", "de", "generische Digitalisierungsberatung", [
    ("j_digi", "2021-05-31 14:00", "Hallo Frau Zellhuber, die Digitalisierung wartet nicht. Wir begleiten "
     "mittelständische Unternehmen auf dem Weg zur digitalen Transformation: Prozesse, Cloud, KI. Lassen "
     "Sie uns sprechen!"),
])
c("junk", "off_topic_wine", "de", "Wein für Firmenkunden", [
    ("j_wein", "2021-11-08 10:00", "Liebe Frau Zellhuber, Weihnachten steht vor der Tür! Überraschen Sie "
     "Ihre Kunden mit exklusiven Weinpräsenten aus Rheinhessen, individuell mit Ihrem Logo. "
     "Frühbucherrabatt 10 % bis 15.11."),
])
c("junk", "off_topic_crypto", "de", "Krypto-Anwerbung", [
    ("j_krypto", "2021-04-02 23:00", "Hey Veronika 👋 ich hab vor einem Jahr mit 500 € angefangen und "
     "verdiene jetzt passiv 4.000 € im Monat mit Krypto. Willst du wissen wie? Schreib mir einfach "
     "INFO 🚀"),
])
c("junk", "off_topic_retreat", "de", "Yoga-Retreat für Führungskräfte", [
    ("j_yoga", "2021-09-14 07:30", "Liebe Veronika, als Unternehmerin gibst du jeden Tag alles. Wann "
     "hast du das letzte Mal an dich gedacht? Unser Soulful Leadership Retreat auf Bali (7 Tage, "
     "3.900 €) bringt dich zurück in deine Kraft. Nur noch 4 Plätze frei ✨"),
])
c("junk", "offers_what_she_sells", "de", "Busvermittlung bietet einem Busunternehmen Busreisen an", [
    ("j_busverm", "2021-06-29 11:00", "Guten Tag Frau Zellhuber, planen Sie einen Betriebsausflug oder "
     "eine Firmenveranstaltung? Bei BusBuchen24 vergleichen Sie über 3.000 Busunternehmen und mieten "
     "Ihren Reisebus mit Fahrer zum Bestpreis. Jetzt kostenloses Angebot anfordern!"),
])
c("junk", "capacity_for_new_clients", "de", "Agentur fragt nach Kapazitäten für neue Kunden", [
    ("j_kap", "2021-07-19 09:00", "Hallo Veronika, kurze Frage: Hast du aktuell Kapazitäten für 5-10 neue "
     "Kunden pro Monat? Wir bringen Dienstleistern planbar neue Aufträge über Social Media. Kein Risiko, "
     "Bezahlung nur bei Erfolg."),
])
c("junk", "like_minded_entrepreneurs", "de", "Vernetzung als gleichgesinnte Unternehmer", [
    ("j_unternehmer", "2021-02-02 12:00", "Hallo Veronika, ich vernetze mich gern mit gleichgesinnten "
     "Unternehmern, die etwas bewegen wollen. Gemeinsam sind wir stärker! Lass uns austauschen und "
     "Synergien finden 💪"),
])
c("junk", "quick_15_min_call", "de", "kurzer 15-Minuten-Call", [
    ("j_call", "2021-08-09 10:00", "Hallo Frau Zellhuber, ich habe 2-3 Ideen, wie Omnibus Zellhuber mehr "
     "Anfragen generieren kann. Hätten Sie diese Woche 15 Minuten für einen kurzen Call? Ich verspreche, "
     "es lohnt sich."),
])
c("junk", "connect_then_pitch", "de", "Vernetzen, Smalltalk, dann Leasing-Pitch in Nachricht 2", [
    ("j_ctp1", "2021-03-17 09:10", "Servus Veronika, danke fürs Vernetzen! Schöne Gegend, die Dreiflüssestadt. "
     "War letztes Jahr zum Radeln dort."),
    ("j_ctp1", "2021-03-19 10:00", "Sag mal, wie finanziert ihr eigentlich eure Fahrzeuge? Wir haben "
     "gerade Top-Konditionen für Firmenwagen-Leasing, Audi, BMW, Mercedes, ab 1,9 %. Soll ich dir ein "
     "Angebot machen?"),
])
c("junk", "connect_then_pitch_after_reply", "de", "Vernetzen, sie antwortet auf Smalltalk, dann Social-Media-Pitch", [
    ("j_ctp2", "2021-05-05 10:00", "Hallo Veronika, freut mich, dass wir vernetzt sind! Wie läuft's denn "
     "bei euch nach dem Lockdown?"),
    ("me", "2021-05-05 18:30", "Danke, langsam geht's wieder los, die ersten Reisen sind gebucht."),
    ("j_ctp2", "2021-05-06 08:15", "Super! Genau jetzt ist der perfekte Zeitpunkt, um auf Instagram und "
     "Facebook sichtbar zu sein. Wir übernehmen dein komplettes Social Media für 890 €/Monat, inkl. 12 "
     "Posts und Reels. Wollen wir mal telefonieren?"),
])
c("junk", "connect_then_pitch_third", "de", "Vernetzen, Coaching-Pitch in Nachricht 3", [
    ("j_ctp3", "2021-09-08 07:00", "Danke für die Vernetzung Veronika! 🙏"),
    ("j_ctp3", "2021-09-10 07:00", "Was ist aktuell deine größte Herausforderung als Unternehmerin?"),
    ("j_ctp3", "2021-09-14 07:00", "Viele Unternehmerinnen, mit denen ich arbeite, stecken im "
     "Hamsterrad. In meinem 12-Wochen-Mentoring lernst du, wie du dein Business auf Autopilot stellst. "
     "Diese Woche gibt's noch ein kostenloses Strategiegespräch. Interesse?"),
])
c("junk", "follow_up_bumps", "de", "Nachfass-Bumps ohne Antwort", [
    ("j_bump", "2021-05-10 09:00", "Hallo Frau Zellhuber, wir generieren für Unternehmen 20+ qualifizierte "
     "Leads pro Monat über LinkedIn. Interessiert?"),
    ("j_bump", "2021-05-17 09:00", "Hallo Frau Zellhuber, ich hole meine Nachricht nochmal nach oben."),
    ("j_bump", "2021-05-31 09:00", "Haben Sie meine letzte Nachricht gesehen?"),
    ("j_bump", "2021-06-14 09:00", "Ich nehme an, es passt gerade nicht. Ich melde mich in ein paar "
     "Monaten wieder."),
])
c("junk", "follow_up_bumps", "de", "Bewertungsdienst mit Nachfass-Bumps", [
    ("j_bump2", "2021-07-05 13:00", "Hallo Veronika, mehr 5-Sterne-Bewertungen bei Google? Wir helfen "
     "Unternehmen, ihre Online-Reputation zu verbessern."),
    ("j_bump2", "2021-07-12 13:00", "Hallo nochmal! Kurze Erinnerung an meine Nachricht 🙂"),
    ("j_bump2", "2021-07-26 13:00", "Letzter Versuch: Haben Sie Interesse?"),
])
c("junk", "template_orders", "de", "gleiche Vorlage 1/5: planbar neue Aufträge", [
    ("j_t1", "2021-10-18 09:00", "Hallo Frau Zellhuber, ich bin auf Omnibus Zellhuber gestoßen und finde "
     "spannend, was Sie in Passau aufgebaut haben. Wir helfen Unternehmen aus der Reisebranche, jeden "
     "Monat planbar 10-15 neue Anfragen zu gewinnen, ohne Werbebudget. Wären Sie offen für ein kurzes "
     "Gespräch?"),
])
c("junk", "template_orders", "de", "gleiche Vorlage 2/5", [
    ("j_t2", "2021-10-19 14:30", "Hallo Veronika, bin auf Omnibus Zellhuber gestoßen und finde es "
     "wirklich spannend, was ihr in Passau aufgebaut habt. Wir helfen Busunternehmen, monatlich planbar "
     "10-15 neue Buchungsanfragen zu bekommen, ganz ohne Werbeausgaben. Offen für einen kurzen Austausch?"),
])
c("junk", "template_orders", "de", "gleiche Vorlage 3/5", [
    ("j_t3", "2021-10-21 08:20", "Guten Tag Frau Zellhuber, ich bin auf Ihr Unternehmen gestoßen und "
     "finde spannend, was Sie in Niederbayern aufgebaut haben. Wir unterstützen Mittelständler dabei, "
     "jeden Monat 10 bis 15 neue Aufträge zu generieren, ohne Werbebudget. Hätten Sie Lust auf ein "
     "kurzes Gespräch?"),
])
c("junk", "template_orders", "de", "gleiche Vorlage 4/5", [
    ("j_t4", "2021-10-25 11:45", "Hallo Frau Zellhuber! Bin auf Omnibus Zellhuber gestoßen und finde "
     "richtig spannend, was Sie in Passau aufbauen. Wir helfen Reiseunternehmen, jeden Monat 10-15 neue "
     "qualifizierte Anfragen zu bekommen, ohne Ads. Kurz telefonieren?"),
])
c("junk", "template_orders", "en", "same template 5/5, in English", [
    ("j_t5", "2021-10-27 16:00", "Hi Veronika, I came across Omnibus Zellhuber and was impressed by what "
     "you've built in Passau. We help travel businesses win 10-15 new qualified enquiries every month "
     "without ad spend. Would you be open to a quick chat?"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("j_m1", "2021-02-15 07:00", "Hallo {{Vorname}}, als Entscheider in {{Branche}} wissen Sie, wie "
     "wichtig Liquidität ist. Mit ProfitFlow verbessern Sie Ihren Cashflow in 30 Tagen. Darf ich Ihnen "
     "eine Demo zeigen?"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter [Firma] stehen geblieben", [
    ("j_m2", "2021-03-09 10:30", "Sehr geehrte Frau Zellhuber, ich möchte Ihnen gerne zeigen, wie [Firma] "
     "mit Büroprofi Versand bis zu 20 % bei Büromaterial spart. Als Neukunde erhalten Sie 10 % Rabatt."),
])
c("junk", "merge_tag_wrong_name", "de", "falscher Name und falsches Geschlecht", [
    ("j_m3", "2021-06-01 13:00", "Sehr geehrter Herr Zellmann, als erfolgreicher Rechtsanwalt wissen Sie, "
     "wie wichtig Mandantengewinnung ist. Unsere Kanzlei-Marketing-Lösung bringt Ihnen neue Mandate."),
])
c("junk", "merge_tag_wrong_company", "de", "falsche Firma eingesetzt", [
    ("j_m4", "2021-08-17 11:00", "Hallo Frau Zellhuber, herzlichen Glückwunsch zum Erfolg von Reisebüro "
     "Hofbauer! Haben Sie schon an Ladesäulen für Ihren Kundenparkplatz gedacht? Wir installieren "
     "Wallboxen mit 100 % Förderung."),
])
c("junk", "sponsored_inmail", "de", "Sponsored InMail: Leasingbank", [
    ("j_sp1", "2021-02-22 12:00", "<p>Hallo Veronika,</p><p>Investieren trotz Krise? Mit der Süd-Leasing "
     "Bank finanzieren Sie Maschinen und Fahrzeuge flexibel.</p><p>Jetzt Angebot anfordern.</p>"),
], title="Sponsored Conversation", subject="Flexibel investieren")
c("junk", "sponsored_inmail", "de", "Sponsored InMail: Online-Führungskurs", [
    ("j_sp2", "2021-05-17 12:00", "<p>Hallo Veronika,</p><p>Werden Sie zur Führungskraft, die Teams "
     "begeistert. Zertifikatskurs 100 % online.</p>"),
], title="Sponsored Conversation", subject="Führung neu gedacht")
c("junk", "sponsored_inmail", "de", "Sponsored InMail: E-Transporter", [
    ("j_sp3", "2021-09-06 12:00", "<p>Hallo Veronika,</p><p>Elektrisch in die Zukunft: Volta Fleet "
     "Transporter jetzt mit Umweltbonus.</p>"),
], title="Sponsored Conversation", subject="Ihr Fuhrpark wird elektrisch")
c("junk", "paid_award", "de", "Auszeichnung gegen Gebühr", [
    ("j_award", "2021-04-19 09:00", "Sehr geehrte Frau Zellhuber, herzlichen Glückwunsch! Omnibus "
     "Zellhuber wurde als 'Top-Arbeitgeber Mittelstand 2021' ausgewählt. Für die Nutzung des Siegels und "
     "die Veröffentlichung im Ranking fällt eine einmalige Lizenzgebühr von 1.490 € zzgl. MwSt. an. "
     "Bitte bestätigen Sie bis Freitag."),
])
c("junk", "paid_feature", "de", "Unternehmensporträt gegen Bezahlung", [
    ("j_mag", "2021-06-07 11:30", "Hallo Frau Zellhuber, für unsere Sonderausgabe 'Familienunternehmen in "
     "Bayern' würden wir Sie gern porträtieren. Eine ganzseitige Darstellung inkl. Interview kostet 2.300 "
     "€, halbseitig 1.250 €. Die Auflage liegt bei 40.000 Exemplaren."),
])
c("junk", "paid_podcast_slot", "de", "Podcast-Gastplatz gegen Gebühr", [
    ("j_pod", "2021-07-27 16:00", "Hallo Veronika! Wir würden dich gern im Mittelstandshelden Podcast "
     "vorstellen. Für Produktion, Schnitt und Promotion berechnen wir eine einmalige Pauschale von 490 €. "
     "Soll ich dir den Buchungslink schicken?"),
])
c("junk", "fluent_generic_names_company", "de", "flüssiger KI-Pitch, nennt die Firma, passt auf jeden", [
    ("j_ki", "2021-09-20 10:10", "Sehr geehrte Frau Zellhuber, bei Omnibus Zellhuber steht der Kunde "
     "erkennbar im Mittelpunkt. Genau deshalb bin ich überzeugt, dass NeuroAssist KI ein echter Gewinn für "
     "Sie sein kann: Unser intelligenter Assistent beantwortet Anfragen rund um die Uhr, qualifiziert "
     "Interessenten und entlastet Ihr Team spürbar. Unternehmen wie Ihres steigern so ihre Abschlussquote "
     "um bis zu 30 %. Wollen wir gemeinsam herausfinden, was möglich ist?"),
])
c("junk", "generic_leadgen_english", "en", "English lead-gen for 'travel companies'", [
    ("j_travel", "2021-08-23 15:00", "Hey Veronika, we help tour operators and travel agencies fill their "
     "trips with our AI-powered lead engine. 3x more bookings guaranteed. Worth a quick call?"),
])
c("junk", "off_topic_air_purifier", "de", "Luftreiniger fürs Büro", [
    ("j_luft", "2021-01-11 09:00", "Sehr geehrte Damen und Herren, schützen Sie Ihre Mitarbeiter! Unsere "
     "HEPA-Luftreiniger für Büros filtern 99,97 % aller Aerosole. Jetzt zum Aktionspreis."),
])
c("junk", "generic_funding_consulting", "de", "generische Fördermittelberatung", [
    ("j_foerder", "2021-03-25 10:00", "Hallo Frau Zellhuber, wussten Sie, dass Sie bis zu 80 % Förderung "
     "für Digitalisierung und Beratung erhalten können? Wir prüfen kostenlos Ihre Förderfähigkeit."),
])
c("junk", "off_topic_factory_english", "en", "English factory pitch for LED lights", [
    ("j_led", "2021-11-22 03:30", "Dear Sir/Madam, we are professional manufacturer of LED lighting with "
     "15 years experience. Factory price, CE RoHS, fast delivery. May I send you our catalog?"),
])

ex.write(
    OUT,
    {"First Name": "Veronika", "Last Name": "Zellhuber", "Headline": "Geschäftsführerin Omnibus Zellhuber | "
     "Reisen, Linien- und Schülerverkehr im Passauer Land | 3. Generation",
     "Summary": "Familienbetrieb seit 1946 in Passau-Heining. 16 Busse, 22 Fahrerinnen und Fahrer. "
     "Schulbusse, Linienverkehr im Auftrag des Landkreises, Tages- und Mehrtagesfahrten.",
     "Industry": "Transportation/Trucking/Railroad", "Geo Location": "Passau, Bayern, Deutschland",
     "Websites": "[COMPANY:omnibus-zellhuber.de]"},
    [{"Company Name": "Omnibus Zellhuber GmbH & Co. KG", "Title": "Geschäftsführerin",
      "Description": "Reiseverkehr, Linienverkehr, Schülerbeförderung", "Location": "Passau",
      "Started On": "Jan 2008", "Finished On": ""},
     {"Company Name": "Omnibus Zellhuber GmbH & Co. KG", "Title": "Disponentin", "Description": "",
      "Location": "Passau", "Started On": "Sep 2002", "Finished On": "Dec 2007"}],
    ["Personenbeförderung", "Disposition", "Reiseplanung", "ÖPNV", "Personalführung"],
)

if __name__ == "__main__":
    print(ex.summary())

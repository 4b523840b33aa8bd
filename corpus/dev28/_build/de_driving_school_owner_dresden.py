"""dev28 persona 2: Anett Kühnel, owner of Fahrschule Kühnel with three branches in Dresden
(Neustadt, Striesen, Gorbitz). 2021 export layout, mostly German with a few English threads.
Written blind to the detector code, session 4. All texts written by hand."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-driving-school-owner-dresden"
OWNER = Person("me", "Anett Kühnel", "https://www.linkedin.com/in/anett-kuehnel-fahrschule",
               "Fahrschule Kühnel", "Inhaberin")
ex = Export(SLUG, "2021", OWNER)
P = ex.person
G, W, J = "genuine", "wanted_pitch", "junk"

# ---------------------------------------------------------------- people
P("schueler", "Leon Hentschel", "", "Schüler", connected="2022-01-15")
P("mutter", "Simone Pfützner", "Uniklinikum Dresden", "Pflegefachkraft")
P("fl1", "Ronny Matthes", "Fahrschule Kühnel", "Fahrlehrer BE/CE", connected="2015-03-02")
P("dekra", "Jens Lehmann", "DEKRA Prüfstelle Dresden", "Leiter Fahrerlaubnisprüfung", connected="2016-11-20")
P("autohaus", "Uwe Grellmann", "Autohaus Elbtal", "Flottenverkauf", connected="2017-06-06")
P("sim", "Katja Vogel", "DriveSim Systems GmbH", "Kundenservice", connected="2020-09-09")
P("soft", "Marco Ehrlich", "Fahrlehrwerk Software", "Key Account", connected="2019-04-04")
P("peer", "Steffen Wuttke", "Motorradschule Wuttke", "Inhaber", connected="2012-05-05")
P("bewerber", "Tobias Rähmisch", "", "Fahrlehreranwärter", connected="2022-03-01")
P("recruit", "Claudia Brandt", "Sachsen Personal Partner", "Personalberaterin", connected="2021-11-02")
P("ty1", "Maik Richter", "Polizeidirektion Dresden", "Verkehrsprävention", connected="2022-06-20")
P("ty2", "Daniela Schöne", "Verkehrswacht Dresden e.V.", "Vorstand", connected="2022-06-20")
P("ty3", "Peter Klotzsche", "Gymnasium Dresden-Plauen", "Lehrer", connected="2022-06-21")
P("journo", "Franziska Thiele", "Elbland Kurier", "Redakteurin Lokales")
P("mentor", "Gerd Hofmann", "Fahrlehrerverband Sachsen", "Ehrenmitglied", connected="2011-01-10")
P("autohaus2", "Sandra Kretschmar", "E-Mobil Zentrum Dresden", "Verkauf Gewerbekunden", connected="2022-02-14")
P("gymi", "Christiane Böhme", "Oberschule Gorbitz", "Schulleiterin", connected="2022-08-30")
P("verband", "Holger Jähnig", "Fahrlehrerverband Sachsen", "Geschäftsführer", connected="2014-07-07")
P("bau", "Rico Schubert", "Schubert Tiefbau GmbH", "Geschäftsführer")
P("stb", "Ines Lorenz", "Lorenz Steuerberatung", "Steuerberaterin", connected="2013-02-02")
P("freundin", "Jana Ullrich", "", "", connected="2010-10-10")
P("pflege", "Manuela Heinze", "Pflegedienst Sonnenschein", "Pflegedienstleitung", connected="2022-05-18")
P("kollege", "Dirk Naumann", "Fahrschule Naumann", "Inhaber", connected="2016-02-29")
P("vater", "Thomas Zschoche", "", "")
P("b17", "Lena Kaiser", "", "Schülerin")
P("expat", "Aarav Singh", "TU Dresden", "Research Associate", connected="2022-04-11")
P("expat2", "Emily Carter", "Fraunhofer-Institut", "Postdoc")
P("vermieter", "Frank Lindner", "Lindner Immobilien", "Hausverwaltung", connected="2018-08-08")
P("makler", "Sabine Große", "Große Versicherungsmakler", "Maklerin", connected="2016-06-16")
P("fl2", "Sven Petzold", "Fahrschule Kühnel", "Fahrlehrer A/B", connected="2019-01-07")
P("fl3", "Mandy Liebscher", "Fahrschule Kühnel", "Filialleitung Gorbitz", connected="2018-03-03")
P("exschueler", "Felix Wagner", "Dresdner Verkehrsbetriebe", "Straßenbahnfahrer", connected="2014-09-09")
P("grundschule", "Ute Fiedler", "Grundschule Striesen", "Lehrerin", connected="2021-10-10")
P("moto", "Nico Haase", "Motorrad Haase", "Verkauf", connected="2020-03-03")
# wanted pitchers
P("simw", "Benedikt Sommer", "VirtuDrive", "Vertrieb Ost")
P("mktw", "Julia Hamann", "", "Freie Marketingberaterin")
P("tabletw", "Oliver Reuter", "TheorieDigital", "Gründer", connected="2022-09-12",
  invite=("IN", "2022-09-12 15:40", "Hallo Frau Kühnel, war heute in Ihrer Filiale Striesen. Würde mich über die Vernetzung freuen."))
P("platzw", "Lutz Gräfe", "Verkehrsübungsplatz Klotzsche", "Betreiber")
P("ausbildw", "Karsten Wendt", "Fahrlehrerakademie Mitteldeutschland", "Leiter")
P("ladew", "Maximilian Ott", "Elbstrom Ladetechnik", "Projektleiter")
P("softw", "Hannah Fleischer", "Buchbar", "Customer Success")
P("recw", "Patrick Seifert", "Logistik Talente", "Personalberater")
P("autow", "Ralf Kunze", "Autohaus Kunze Freital", "Gewerbekundenbetreuer")
P("enfl", "Daniel O'Brien", "", "Driving Instructor (freelance)")
P("wrapw", "Maria Scholz", "Folierwerk Dresden", "Inhaberin")
P("webw", "Florian Beck", "", "Webentwickler")
# junk senders
P("seo", "Kevin Schulz", "Top Ranking Agentur", "SEO-Berater")
P("pv", "Marcel Hoffmann", "Sonnenkraft Deutschland", "Energieberater")
P("intensiv", "Sabrina Krüger", "FührerscheinTurbo", "Partnermanagerin")
P("capacity", "Dennis Wolff", "Leadmaschine", "Gründer")
P("likemind", "Alexander König", "König Consulting", "Unternehmer | Speaker | Mentor", connected="2022-04-04",
  invite=("IN", "2022-04-04 06:55", "Hallo Anett, lass uns als gleichgesinnte Unternehmer vernetzen!"))
P("fifteen", "Nadine Roth", "Erfolgsformel Coaching", "Business Coach")
P("ctp1", "Sebastian Winter", "Winter Digital", "Geschäftsführer", connected="2022-10-05",
  invite=("IN", "2022-10-05 08:30", ""))
P("ctp2", "Melanie Sauer", "Azubi-Booster", "Vertrieb", connected="2022-02-21",
  invite=("IN", "2022-02-21 11:11", "Hallo Anett, spannende Branche!"))
P("ctp3", "Tim Berger", "FlottenFinanz", "Berater", connected="2021-12-01",
  invite=("IN", "2021-12-01 17:45", ""))
P("bump", "Lisa Schneider", "Vertriebsprofis24", "Business Development")
P("tpl1", "Jan Neumann", "Kundenmagnet", "Gründer")
P("tpl2", "Sarah Zimmermann", "LokalSichtbar", "Account Managerin")
P("tpl3", "Philipp Braun", "Fahrschul-Marketing Pro", "Inhaber")
P("tpl4", "Anna Lange", "Reichweite Plus", "Beraterin")
P("tpl5", "Ryan Cooper", "LocalLeads Ltd", "Growth Lead")
P("merge1", "Stefan Krause", "Vertriebsautomatik", "Vertriebsleiter")
P("merge2", "Carina Weiß", "Druckerei Schnellweg", "Vertrieb")
P("merge3", "Mario Fischer", "Finanzplan Direkt", "Finanzberater")
P("merge4", "Jessica Vogt", "Bürobedarf Express", "Key Account")
P("spon1", "Sparkasse Business Online", "", "", url="https://www.linkedin.com/company/sparkasse-business-online-example")
P("spon2", "FlottenLeasing24", "", "", url="https://www.linkedin.com/company/flottenleasing24")
P("award", "Thomas Engel", "Deutscher Mittelstandspreis Regional", "Jury-Büro")
P("feature", "Katharina Meier", "Unternehmerköpfe Magazin", "Redaktion & Anzeigen")
P("fluent", "Dominik Hartmann", "Markenwerk Consulting", "Strategieberater")
P("simgen", "Robert Klein", "SimuTrain International", "Sales Manager")
P("mktgen", "Vanessa Busch", "Social Boost Agentur", "Social Media Managerin")
P("appgen", "Lukas Wendler", "Lernwelt Apps", "Vertrieb")
P("recgen", "Andreas Huber", "Personal Direkt 360", "Recruiter")
P("wrapgen", "Marco Stein", "Werbeflächen Deutschland", "Vertrieb")
P("webgen", "Priya Sharma", "WebSolutions India", "Business Analyst")
P("mlm", "Yvonne Günther", "", "Mama | Unternehmerin | Freiheit", connected="2021-09-09")
P("krypto", "Nils Baumann", "", "Trader")
P("ausland", "Milan Horvat", "EuroWorkforce", "Personalvermittlung")
P("ghost", "Laura Fuchs", "Texthelden", "LinkedIn-Ghostwriterin")
P("kredit", "Oliver Pohl", "Kapital Schnell", "Finanzierungsberater")
P("bewertung", "Kai Jung", "Sterne-Boost", "Gründer")
P("kasse", "Tanja Roth", "KassenKönig", "Vertrieb")
P("verzeichnis", "Heiko Brandl", "Gewerbeverzeichnis Sachsen Online", "Kundenbetreuung")

# ---------------------------------------------------------------- genuine
ex.conv(G, "student_exam", "de", "Fahrschüler fragt nach Prüfungstermin", [
    ("schueler", "2022-05-09 18:22", "Hallo Frau Kühnel, Herr Matthes meinte ich bin bereit für die Prüfung. Gibts schon nen Termin? Ich hab ab 20. Juni Ferien"),
    ("me", "2022-05-10 08:05", "Hallo Leon, ja, du bist für den 23.06. um 9:40 ab Filiale Neustadt angemeldet. Bitte Ausweis nicht vergessen!"),
    ("schueler", "2022-05-10 08:30", "Mega danke!!"),
])
ex.conv(G, "inbound_lead_quote", "de", "Mutter fragt Angebot für Intensivkurs, harter Fall: Preis", [
    ("mutter", "2022-03-14 21:10", "Guten Abend Frau Kühnel, meine Tochter (17) möchte in den Osterferien den Führerschein Klasse B machen, am liebsten als Intensivkurs. Was würde das ungefähr kosten? Sie war noch nie gefahren. Ich arbeite Schicht, daher hier über LinkedIn, sorry."),
    ("me", "2022-03-15 07:45", "Guten Morgen Frau Pfützner, gar kein Problem. Grundbetrag 390 €, Fahrstunde 62 €, Sonderfahrten 78 €. Für Anfänger rechnen wir mit ca. 30 Übungsstunden plus 12 Sonderfahrten, also grob 3.200 € plus Prüfungsgebühren. Theorie muss vorher bestanden sein. Ich schicke Ihnen gern ein schriftliches Angebot."),
    ("mutter", "2022-03-15 12:30", "Oh, mehr als gedacht, aber ja bitte das Angebot schicken. Danke!"),
])
ex.conv(G, "staff", "de", "Fahrlehrer meldet sich krank, Stunden verschieben", [
    ("fl1", "2022-11-07 06:12", "Moin Anett, mich hats erwischt, Fieber. Kannst du meine Stunden heute verschieben? LKW-Prüfung am Donnerstag sollte klappen."),
    ("me", "2022-11-07 06:30", "Gute Besserung Ronny! Mach ich. Leg dich hin."),
])
ex.conv(G, "exam_office", "de", "DEKRA: weniger Prüftermine im Sommer", [
    ("dekra", "2022-06-01 09:00", "Sehr geehrte Frau Kühnel, wegen zwei Ausfällen im Prüferteam können wir im Juli nur 14 statt 20 praktische Prüfungen pro Woche für Ihre Fahrschule vergeben. Ich bitte um Verständnis. Ab August normalisiert sich das wieder."),
    ("me", "2022-06-01 10:20", "Sehr geehrter Herr Lehmann, danke für die frühzeitige Info. Könnten wir die Klasse-C-Prüfungen priorisieren? Da hängen Arbeitsverträge dran."),
    ("dekra", "2022-06-01 14:10", "Das lässt sich machen. Schicken Sie mir bitte eine Liste."),
])
ex.conv(G, "vendor_price_change", "de", "Autohaus kündigt höhere Leasingrate an, harter Fall: Preisänderung", [
    ("autohaus", "2022-09-20 11:30", "Hallo Frau Kühnel, leider muss ich Ihnen mitteilen, dass die Leasingraten für die drei Golf Fahrschulwagen bei Vertragsverlängerung um ca. 45 € im Monat steigen. Hersteller und Zinsen. Ich kann Ihnen aber einen Nachlass auf die Doppelbedienung geben. Sollen wir uns zusammensetzen?"),
    ("me", "2022-09-20 13:00", "Hallo Herr Grellmann, schön ist anders. Ja, nächste Woche Dienstag in Striesen? Bringen Sie bitte auch ein Angebot für einen ID.3 mit."),
    ("autohaus", "2022-09-20 13:15", "Dienstag 10 Uhr passt. Mach ich."),
])
ex.conv(G, "vendor_price_change", "de", "Simulator-Wartungsvertrag wird teurer (Bestandslieferant)", [
    ("sim", "2022-12-01 10:00", "Sehr geehrte Frau Kühnel, zum 01.01. passen wir die Preise für den Wartungs- und Updatevertrag Ihres Fahrsimulators an: neu 89 € statt 75 € monatlich. Enthalten ist ab sofort auch das neue Autobahn-Modul. Bei Fragen melden Sie sich gern."),
    ("me", "2022-12-02 08:40", "Danke Frau Vogel. Gibt es einen Rabatt bei jährlicher Zahlung?"),
    ("sim", "2022-12-02 11:00", "Ja, bei Jahreszahlung 5 %. Ich schicke Ihnen das Formular."),
])
ex.conv(G, "vendor_announcement", "de", "Fahrschulsoftware: neues Preismodell, Bestandskunde", [
    ("soft", "2022-04-25 14:00", "Hallo Anett, kurze Info vorab, bevor die offizielle Mail kommt: wir stellen ab Juli auf Preis pro Filiale um. Für dich wären das 3 x 49 € statt bisher 129 € pauschal. Ich versuche, dir als Kundin der ersten Stunde die alte Pauschale bis Jahresende zu halten."),
    ("me", "2022-04-25 16:30", "Danke Marco, das wäre nett. Sonst muss ich mir das echt überlegen."),
])
ex.conv(G, "peer_joint_offer", "de", "Motorradschule schlägt Kombi-Angebot vor, harter Fall: gemeinsames Angebot", [
    ("peer", "2022-02-08 19:30", "Nu Anett, ich hab ne Idee. Ich hab mehr Motorradschüler als ich Autos für die B-Ausbildung hab, du hast keine Motorräder. Wie wärs mit nem Kombipaket A2+B, wir teilen uns den Grundbetrag und machen 10 % Rabatt? Lass ma drüber reden bei nem Kaffee."),
    ("me", "2022-02-08 20:05", "Steffen, das klingt gut! Wie teilen wir die Theorie auf? Ich hab in Neustadt mehr Platz. Donnerstag Kaffee bei mir?"),
    ("peer", "2022-02-08 20:10", "Donnerstag, ich bring Eierschecke mit."),
])
ex.conv(G, "job_applicant", "de", "Bewerbung Fahrlehreranwärter, harter Fall: Einstellung", [
    ("bewerber", "2022-03-02 17:45", "Sehr geehrte Frau Kühnel, ich beende im Juni meine Ausbildung zum Fahrlehrer BE an der Fahrlehrerakademie in Leipzig und suche eine Ausbildungsfahrschule für das Praktikum und danach eine Festanstellung. Ich wohne in Gorbitz. Meine Unterlagen hänge ich an. Über ein Gespräch würde ich mich freuen."),
    ("me", "2022-03-03 09:10", "Hallo Herr Rähmisch, danke für Ihre Bewerbung! Wir suchen tatsächlich für Gorbitz. Passt Ihnen Montag 15 Uhr in der Filiale Gorbitz? Frau Liebscher ist auch dabei."),
    ("bewerber", "2022-03-03 10:00", "Sehr gern, ich komme."),
], attachments={0: "https://www.linkedin.com/dms/bewerbung-raehmisch.pdf"})
ex.conv(G, "recruiter_engaged", "de", "Personalberaterin, die sie beauftragt hat, harter Fall: Honorar", [
    ("me", "2021-11-03 10:00", "Hallo Frau Brandt, wie gestern am Telefon besprochen: wir suchen zwei Fahrlehrer, einer davon gern mit CE. Können Sie mir Ihr Angebot schriftlich schicken?"),
    ("recruit", "2021-11-03 15:20", "Hallo Frau Kühnel, sehr gern. Unser Honorar beträgt 18 % des Jahresbruttos, zahlbar erst bei Einstellung, mit 6 Monaten Nachbesetzungsgarantie. Angebot kommt per Mail. Ich habe schon eine Kandidatin aus Bautzen im Kopf."),
    ("me", "2021-11-03 15:45", "Passt, bitte loslegen."),
    ("recruit", "2021-11-19 11:00", "Erste zwei Profile sind in Ihrem Postfach. Herr K. könnte ab Februar."),
])
ex.conv(G, "thanks_after_event", "de", "Dank nach Verkehrssicherheitstag 1/3 (nahezu gleich)", [
    ("ty1", "2022-06-20 08:15", "Guten Morgen Frau Kühnel, vielen Dank für die tolle Zusammenarbeit beim Verkehrssicherheitstag am Samstag! Der Simulator war der Renner bei den Jugendlichen. Gern wieder im nächsten Jahr."),
])
ex.conv(G, "thanks_after_event", "de", "Dank nach Verkehrssicherheitstag 2/3", [
    ("ty2", "2022-06-20 10:02", "Liebe Frau Kühnel, herzlichen Dank für Ihre Unterstützung beim Verkehrssicherheitstag! Der Fahrsimulator war bei den Jugendlichen der Renner. Wir freuen uns aufs nächste Jahr."),
    ("me", "2022-06-20 12:30", "Sehr gern, hat uns auch Spaß gemacht!"),
])
ex.conv(G, "thanks_after_event", "de", "Dank nach Verkehrssicherheitstag 3/3", [
    ("ty3", "2022-06-21 19:40", "Hallo Frau Kühnel, danke für Samstag! Meine 10. Klasse redet immer noch vom Simulator. Nächstes Jahr gern wieder, vielleicht mit Tag der offenen Tür bei Ihnen?"),
])
ex.conv(G, "press_request", "de", "Journalistin fragt zum Fahrlehrermangel an", [
    ("journo", "2022-08-16 11:00", "Sehr geehrte Frau Kühnel, ich schreibe für den Elbland Kurier über lange Wartezeiten in Dresdner Fahrschulen. Hätten Sie diese Woche 20 Minuten für ein Telefonat? Gern auch mit einem Foto in einer Ihrer Filialen."),
    ("me", "2022-08-16 14:30", "Sehr geehrte Frau Thiele, gern. Donnerstag 13 Uhr? Foto am besten in Neustadt, da ist der Simulator."),
    ("journo", "2022-08-16 14:50", "Donnerstag 13 Uhr, ich rufe Sie an. Danke!"),
])
ex.conv(G, "long_standing_contact", "de", "alter Ausbilder, Smalltalk", [
    ("mentor", "2022-12-23 17:00", "Liebe Anett, frohe Weihnachten dir und deinen Leuten! Hab gelesen, ihr habt jetzt drei Filialen. Als ich dir damals die Fahrlehrerprüfung abgenommen hab, hätte ich das nicht gedacht, du warst so aufgeregt. Ich bin stolz wie Bolle."),
    ("me", "2022-12-23 18:30", "Gerd, wie schön von dir zu hören! Ohne dich wär ich nie Fahrlehrerin geworden. Komm im Januar mal auf ne Bemme und Kaffee vorbei!"),
    ("mentor", "2022-12-23 19:00", "Mach ich. Grüß mir die Elbe."),
])
ex.conv(G, "owner_started_supplier", "de", "Inhaberin fragt Angebot für E-Fahrschulwagen an", [
    ("me", "2022-02-15 09:00", "Hallo Frau Kretschmar, danke fürs Vernetzen. Wir überlegen, in Striesen ein Elektro-Fahrschulauto anzuschaffen (Automatik, B197). Können Sie mir ein Leasingangebot inkl. Doppelpedale machen?"),
    ("autohaus2", "2022-02-16 13:00", "Hallo Frau Kühnel, gern! Für einen ID.3 mit Fahrschulausstattung komme ich auf 489 € netto/Monat bei 36 Monaten und 20.000 km. Angebot im Anhang."),
    ("me", "2022-02-16 16:10", "Danke, ich melde mich nach Rücksprache mit der Steuerberaterin."),
], attachments={1: "https://www.linkedin.com/dms/angebot-id3-fahrschule.pdf"})
ex.conv(G, "owner_started_school", "de", "Inhaberin bietet Oberschule einen Infoabend an", [
    ("me", "2022-08-31 10:00", "Sehr geehrte Frau Böhme, wir haben seit diesem Jahr eine Filiale in Gorbitz. Hätten Sie Interesse an einem kostenlosen Infoabend für Eltern der 9./10. Klassen zum Thema Begleitetes Fahren ab 17?"),
    ("gymi", "2022-09-05 14:00", "Sehr geehrte Frau Kühnel, danke für das Angebot. Gern im Rahmen des Elternabends am 29.09., 18 Uhr. Reichen Ihnen 20 Minuten?"),
    ("me", "2022-09-05 15:00", "Das reicht völlig. Ich freue mich!"),
])
ex.conv(G, "event_invite_contact", "de", "Verband lädt zur Jahrestagung ein", [
    ("verband", "2022-03-22 10:00", "Liebe Anett, unsere Jahrestagung ist am 14. Mai in Chemnitz. Hättest du Lust, im Workshop 'Fahrlehrer finden und halten' von deinen Erfahrungen zu berichten? 15 Minuten Input reichen."),
    ("me", "2022-03-22 11:40", "Hallo Holger, mach ich gern. Schick mir den Ablauf."),
])
ex.conv(G, "inbound_lead_spam_folder", "de", "echte Firmenanfrage im SPAM-Ordner: LKW-Führerschein für Mitarbeiter", [
    ("bau", "2022-07-04 07:10", "Guten Tag, wir sind ein Tiefbauunternehmen in Heidenau und brauchen für 4 Mitarbeiter den Führerschein Klasse C bzw. CE. Teilweise über Bildungsgutschein. Machen Sie sowas und was kostet das pro Kopf? Gruß Schubert"),
    ("me", "2022-07-12 08:00", "Guten Tag Herr Schubert, Ihre Nachricht war leider im Spam gelandet, Entschuldigung! Ja, das machen wir, auch mit Bildungsgutschein. Ich rufe Sie heute Nachmittag an."),
], folder="SPAM")
ex.conv(G, "accountant", "de", "Steuerberaterin zu Jahresabschluss und Honorar", [
    ("stb", "2022-01-18 09:30", "Hallo Anett, für den Jahresabschluss 2021 brauche ich noch die Fahrtenbücher der Fahrschulwagen und die Belege zum Simulator. Info noch: unsere Stundensätze steigen ab März um 6 %."),
    ("me", "2022-01-18 12:00", "Hallo Ines, schick ich dir bis Freitag. Danke für die Vorwarnung."),
])
ex.conv(G, "friend_congrats", "de", "Freundin gratuliert zum Jubiläum", [
    ("freundin", "2022-04-01 20:00", "Anett!!! 20 Jahre Fahrschule Kühnel, ich hab die Anzeige in der Zeitung gesehen 🎉 Wann wird gefeiert? Ich bring Sekt mit"),
    ("me", "2022-04-01 20:20", "Haha danke Jana! Samstag in 2 Wochen, Grillen im Hof in Striesen. Einladung kommt!"),
])
ex.conv(G, "inbound_lead_corporate", "de", "Pflegedienst will Fahrsicherheitsstunden für Mitarbeiterinnen, harter Fall: Angebot", [
    ("pflege", "2022-05-19 13:00", "Hallo Frau Kühnel, wir sind ein ambulanter Pflegedienst und haben einige Kolleginnen, die lange nicht mehr gefahren sind und jetzt unsere Touren fahren sollen. Bieten Sie Auffrischungsstunden an? Wir bräuchten ein Angebot für ca. 8 Personen à 4 Stunden."),
    ("me", "2022-05-19 16:20", "Hallo Frau Heinze, sehr gern! Auffrischung 58 € pro Stunde, bei 32 Stunden mache ich Ihnen 52 €, gern auch mit Ihren eigenen Dienstwagen. Angebot schicke ich morgen."),
    ("pflege", "2022-05-20 08:00", "Super, danke! Mit Dienstwagen wäre ideal."),
])
ex.conv(G, "peer_colleague", "de", "Kollege tauscht Prüfungsslot", [
    ("kollege", "2022-10-11 07:30", "Morgen Anett, hast du am Freitag noch nen Prüfslot übrig? Mein Schüler muss zur Bundeswehr und braucht die Fahrerlaubnis vorher. Ich geb dir dafür einen im November."),
    ("me", "2022-10-11 08:00", "Nimm den um 11:20. Passt."),
    ("kollege", "2022-10-11 08:02", "Du bist ne Wucht. Danke!"),
])
ex.conv(G, "parent_billing", "de", "Vater fragt zur Rechnung", [
    ("vater", "2022-09-02 19:15", "Guten Abend, auf der Rechnung meiner Sohnes stehen 6 Sonderfahrten Autobahn, er sagt er war nur 4 mal auf der Autobahn. Können Sie das mal prüfen? MfG T. Zschoche"),
    ("me", "2022-09-03 09:00", "Guten Morgen Herr Zschoche, ich habe nachgesehen: es waren 4 Autobahnfahrten und 2 Nachtfahrten, beide zählen als Sonderfahrten. Ich schicke Ihnen die Aufstellung mit Datum gern per Mail."),
    ("vater", "2022-09-03 10:30", "Ah ok, danke für die schnelle Antwort."),
])
ex.conv(G, "student_question", "de", "Schülerin fragt nach BF17", [
    ("b17", "2022-01-27 16:40", "hallo, ich werde im mai 17 und will begleitetes fahren machen. wann muss ich mich spätestens anmelden damit das klappt? und kann mein opa begleiter sein, der ist 72"),
    ("me", "2022-01-27 18:00", "Hallo Lena, am besten jetzt gleich, dann kannst du mit 16,5 schon anfangen. Ja, dein Opa darf Begleiter sein, wenn er seit 5 Jahren den Führerschein hat und nicht mehr als 1 Punkt in Flensburg."),
    ("b17", "2022-01-27 18:05", "cool danke, der hat 0 punkte 😂"),
])
ex.conv(G, "inbound_lead_english", "en", "TU researcher asks for lessons in English", [
    ("expat", "2022-04-12 12:30", "Hello Mrs Kühnel, I am a researcher at TU Dresden from India. My Indian licence is no longer valid here after 6 months. Do you offer driving lessons in English and can you help me with the conversion? What would it cost roughly?"),
    ("me", "2022-04-12 14:00", "Hello Mr Singh, yes, two of our instructors teach in English. For a conversion you usually need no theory course, only the theory and practical exam and a few lessons, roughly 700-1,000 EUR depending on how many lessons you need. Come to our Neustadt branch any afternoon."),
    ("expat", "2022-04-12 14:20", "Thank you, I will come Thursday."),
])
ex.conv(G, "inbound_lead_english", "en", "postdoc asks about US licence conversion", [
    ("expat2", "2022-10-03 09:15", "Hi, quick question. I have a California licence and I'm told Germany doesn't accept it directly. Do I really need to do lessons? I've been driving for 12 years lol. Thanks, Emily"),
    ("me", "2022-10-03 11:00", "Hi Emily, unfortunately yes, California isn't on the list, so you need both exams. Most experienced drivers only need 2-3 lessons to learn the exam routes and German rules (right before left!). Happy to book you in."),
])
ex.conv(G, "vendor_price_change", "de", "Hausverwaltung: Nebenkostenerhöhung Filiale", [
    ("vermieter", "2022-10-17 10:00", "Sehr geehrte Frau Kühnel, wegen der gestiegenen Energiekosten erhöhen wir die Nebenkostenvorauszahlung für die Räume Schandauer Straße ab November auf 310 € monatlich. Das Schreiben geht Ihnen auch per Post zu."),
    ("me", "2022-10-17 12:00", "Danke für die Info, Herr Lindner. Können Sie mir die Abrechnung des Vorjahres noch einmal schicken?"),
])
ex.conv(G, "vendor_price_change", "de", "Versicherungsmaklerin: Flottenbeitrag steigt, Alternativangebot", [
    ("makler", "2022-11-28 15:00", "Hallo Anett, die Flottenversicherung für deine 9 Fahrschulwagen wird zum 1.1. um 11 % teurer. Ich hab schon zwei Alternativen eingeholt, eine wäre sogar günstiger als jetzt. Wann hast du 20 Minuten?"),
    ("me", "2022-11-28 16:00", "Danke Sabine! Mittwoch nach 17 Uhr?"),
])
ex.conv(G, "staff", "de", "Fahrlehrer empfiehlt Bekannten für offene Stelle", [
    ("fl2", "2022-07-14 20:00", "Hi Anett, ein Kumpel von mir aus Pirna ist Fahrlehrer A/BE und wäre wechselwillig. Soll ich ihm deine Nummer geben?"),
    ("me", "2022-07-14 20:30", "Ja unbedingt! Danke Sven."),
])
ex.conv(G, "branch_group", "de", "Gruppe der Filialleitungen", [
    ("fl3", "2022-11-02 07:50", "Guten Morgen, in Gorbitz ist die Heizung im Theorieraum wieder aus. Theorie heute Abend bitte nach Neustadt verlegen?"),
    ("fl1", "2022-11-02 08:05", "Neustadt ist ab 18 Uhr frei."),
    ("me", "2022-11-02 08:10", "Ja, bitte verlegen, ich ruf den Hausmeister an. Mandy, kannst du die Schüler informieren?"),
    ("fl3", "2022-11-02 08:12", "Mach ich."),
], title="Filialleitungen Kühnel")
ex.conv(G, "long_standing_contact", "de", "ehemaliger Schüler meldet sich nach Jahren", [
    ("exschueler", "2022-06-30 22:10", "Hallo Frau Kühnel, Sie erinnern sich bestimmt nicht, Sie haben mich 2009 durch die Prüfung gebracht (dreimal durchgefallen vorher 🙈). Heute hab ich meine Straßenbahnfahrerprüfung bestanden. Wollte nur Danke sagen!"),
    ("me", "2022-07-01 07:30", "Felix! Doch, ich erinnere mich an den Kreisverkehr am Albertplatz 😄 Herzlichen Glückwunsch, das freut mich riesig!"),
])
ex.conv(G, "school_project", "de", "Grundschule bittet um Verkehrserziehung", [
    ("grundschule", "2021-10-11 13:00", "Liebe Frau Kühnel, letztes Jahr waren Sie mit dem toten-Winkel-Projekt bei uns, die Kinder reden heute noch davon. Würden Sie das im Frühjahr wieder machen? Wir können leider nichts zahlen, aber Kuchen gibt es."),
    ("me", "2021-10-11 16:00", "Liebe Frau Fiedler, sehr gern, Kuchen ist die beste Bezahlung! März oder April?"),
    ("grundschule", "2021-10-12 07:30", "April wäre super."),
])
ex.conv(G, "requested_quote", "de", "Inhaberin fragt Motorradhändler nach Ausbildungsmotorrädern, harter Fall: Angebot", [
    ("me", "2022-03-04 11:00", "Hallo Nico, wegen Kombiangebot mit Steffen brauch ich evtl. zwei A2-Maschinen für die Filiale Neustadt. Was hättest du da für Fahrschulen?"),
    ("moto", "2022-03-04 17:20", "Hallo Anett, zwei MT-07 mit Drossel und Sturzbügeln würde ich dir für je 6.890 € machen, Fahrschulrabatt schon drin. Inspektion im ersten Jahr geht aufs Haus."),
    ("me", "2022-03-05 09:00", "Klingt fair. Ich sprech mit Steffen und meld mich nächste Woche."),
])
ex.conv(G, "exam_office", "de", "DEKRA informiert über neue Prüfungsrichtlinie", [
    ("dekra", "2021-12-20 10:00", "Sehr geehrte Frau Kühnel, zur Information: ab Januar wird die optimierte praktische Prüfung mit elektronischem Prüfprotokoll auch in Dresden eingeführt. Wir bieten am 12.01. eine Infoveranstaltung für Fahrlehrer an. Anmeldung bei mir."),
    ("me", "2021-12-20 11:00", "Danke, wir kommen mit vier Fahrlehrern."),
])

# ---------------------------------------------------------------- wanted pitches
ex.conv(W, "simulator", "de", "Simulatoranbieter bezieht sich auf ihren Post über Wartelisten", [
    ("simw", "2022-08-22 10:30", "Sehr geehrte Frau Kühnel, Ihr Beitrag über die 4-monatige Warteliste und die 60 Schüler, die auf Fahrstunden warten, hat mich angesprochen. Sie haben schon einen Simulator in Neustadt. Wir haben ein Modul für Gruppenschaltung, mit dem ein Fahrlehrer zwei Simulatorplätze parallel betreut, bei der Fahrschule Pirna hat das die Wartezeit um etwa drei Wochen verkürzt. Darf ich Ihnen die Zahlen schicken?"),
    ("me", "2022-08-23 08:00", "Ja, schicken Sie mal. Bin gespannt."),
])
ex.conv(W, "marketing_freelancer", "de", "Freelancerin hat ihren Vortrag auf der Verbandstagung gehört", [
    ("mktw", "2022-05-16 19:00", "Hallo Frau Kühnel, ich war am Samstag bei der Verbandstagung in Chemnitz und Ihr Input zu 'Fahrlehrer finden und halten' war der beste des Tages. Sie sagten, Ihre Stellenanzeigen bringen kaum Bewerbungen. Ich mache Arbeitgeber-Videos für kleine Betriebe in Sachsen, z. B. für zwei Pflegedienste, und hätte eine konkrete Idee für ein 'Ein Tag als Fahrlehrerin'-Video. Hätten Sie Lust auf einen Kaffee?"),
    ("me", "2022-05-17 07:50", "Danke für die Blumen! Ja, warum nicht, nächste Woche?"),
])
ex.conv(W, "theory_app", "de", "Gründer war in der Filiale und hat die Papierliste gesehen", [
    ("tabletw", "2022-09-12 16:00", "Danke fürs Annehmen! Ich war heute in Striesen, weil mein Bruder sich anmelden wollte, und habe gesehen, dass Ihre Theorieanwesenheit noch auf Papier unterschrieben und danach abgetippt wird. Wir haben eine kleine Check-in-Lösung per QR-Code, die die Anwesenheit direkt in Fahrlehrwerk überträgt (das nutzen Sie ja auch). Würden Sie es einen Monat in Striesen testen? Kostenlos."),
])
ex.conv(W, "practice_ground", "de", "Verkehrsübungsplatz nennt konkretes Problem der Filiale Gorbitz", [
    ("platzw", "2022-04-20 09:00", "Guten Tag Frau Kühnel, ich habe gehört, dass Sie in Gorbitz für die Grundfahraufgaben immer auf Supermarktparkplätze ausweichen müssen, seit der Platz an der Merianstraße bebaut wird. Wir betreiben den Übungsplatz in Klotzsche und vermieten feste Zeitfenster an Fahrschulen, z. B. Dienstag und Donnerstag vormittags noch frei. Interesse an einer Besichtigung?"),
])
ex.conv(W, "instructor_training", "de", "Akademie nennt gemeinsamen Kontakt (Holger Jähnig)", [
    ("ausbildw", "2022-06-07 14:00", "Hallo Frau Kühnel, Holger Jähnig vom Verband meinte, Sie überlegen, selbst Ausbildungsfahrschule für Fahrlehreranwärter zu werden. Wir suchen in Dresden genau solche Partnerbetriebe für unsere Anwärter und übernehmen die Seminarorganisation. Soll ich Ihnen die Voraussetzungen und die Vergütung schicken?"),
    ("me", "2022-06-07 18:00", "Ja, gerne. Holger hat recht, das steht auf meiner Liste."),
])
ex.conv(W, "charging_infrastructure", "de", "Ladetechnik-Firma hat den Förderbescheid im Amtsblatt gelesen", [
    ("ladew", "2022-03-28 11:00", "Sehr geehrte Frau Kühnel, im Dresdner Amtsblatt stand, dass Ihre Fahrschule Fördermittel für zwei Ladepunkte in Striesen bekommen hat. Wir installieren Wallboxen für Gewerbe, auch mit der Abrechnung nach Fahrzeug, die für Ihre Dienstwagenbuchhaltung nötig ist. Falls noch kein Installateur feststeht: wir könnten nächste Woche vorbeikommen."),
])
ex.conv(W, "online_booking", "de", "Anbieter kennt ihre Software und ihr Excel-Problem", [
    ("softw", "2022-10-25 13:20", "Hallo Frau Kühnel, Sie haben in der Fahrlehrwerk-Nutzergruppe geschrieben, dass Ihre Schüler Fahrstunden noch per WhatsApp anfragen und Sie die Excel-Liste dann von Hand abgleichen. Buchbar hat eine direkte Schnittstelle zu Fahrlehrwerk: Schüler buchen freie Slots selbst, der Kalender der Fahrlehrer bleibt führend. Ich zeige es Ihnen gern an Ihren echten Daten."),
])
ex.conv(W, "recruiter_relevant", "de", "Personalberater mit CE-Fahrlehrer für ihre Anzeige", [
    ("recw", "2022-01-24 09:30", "Guten Tag Frau Kühnel, ich habe Ihre Anzeige für einen Fahrlehrer mit CE auf der Verbandsseite gesehen. Ich vermittle ausschließlich in Logistik und Verkehr und habe einen Kandidaten, ehemaliger Berufskraftfahrer mit frischem Fahrlehrerschein CE, wohnhaft in Freital. Soll ich Ihnen das anonymisierte Profil schicken? Honorar nur bei Einstellung."),
    ("me", "2022-01-24 12:00", "Ja bitte, ich arbeite zwar schon mit einer Beraterin, aber CE ist schwer zu finden."),
])
ex.conv(W, "car_dealer", "de", "Autohaus bezieht sich auf Zeitungsartikel über Automatik-Umstellung", [
    ("autow", "2022-08-29 10:00", "Guten Tag Frau Kühnel, im Elbland Kurier stand, dass Sie auf Automatik mit B197 umstellen wollen und Ihnen ein zweites Auto für Gorbitz fehlt. Wir haben einen Skoda Scala Automatik mit eingebauter Doppelbedienung als Vorführwagen, 14 Monate alt, sofort verfügbar. Ich kann ihn Ihnen gern eine Woche zum Testen überlassen."),
])
ex.conv(W, "freelance_instructor", "en", "English-speaking instructor answers her post", [
    ("enfl", "2022-04-19 18:30", "Hi Anett, I saw your post that you're getting more and more requests from TU and Fraunhofer people for lessons in English and only have two instructors who can do it. I'm an Irish-born driving instructor (German Fahrlehrerschein BE since 2019) based in Radebeul, working freelance two days a week. Would that help you?"),
    ("me", "2022-04-19 20:00", "Hi Daniel, yes very much! Can you call me tomorrow?"),
])
ex.conv(W, "vehicle_wrap", "de", "Folierer hat die verblassten Autos gesehen", [
    ("wrapw", "2022-07-05 08:40", "Hallo Frau Kühnel, ich sehe Ihre Fahrschulautos jeden Tag auf der Bautzner Straße. Bei dem blauen Golf ist die Folie auf der Motorhaube schon ziemlich ausgeblichen und das Telefonnummer-Feld blättert ab. Wir folieren Fahrschulwagen oft über Nacht, damit kein Ausbildungstag ausfällt. Soll ich Ihnen für den einen Wagen ein Angebot machen?"),
])
ex.conv(W, "website_fix", "de", "Webentwickler nennt defektes Anmeldeformular", [
    ("webw", "2022-11-14 21:00", "Hallo Frau Kühnel, kurzer Hinweis: das Anmeldeformular auf Ihrer Website schickt auf dem iPhone nichts ab, der Button bleibt grau (getestet mit Safari, iOS 16). Ich bin Webentwickler in der Neustadt und würde das für eine kleine Pauschale reparieren, oder Ihnen einfach sagen, woran es liegt, falls Sie eine Agentur haben."),
    ("me", "2022-11-15 08:00", "Oh nein, danke! Das erklärt einiges. Bitte melden Sie sich telefonisch."),
])

# ---------------------------------------------------------------- junk
ex.conv(J, "generic_seo", "de", "generisches SEO-Angebot", [
    ("seo", "2022-02-03 05:40", "Hallo Frau Kühnel, ich habe mir Ihre Website angesehen und festgestellt, dass Sie bei Google für wichtige Suchbegriffe nicht auf Seite 1 erscheinen. Mit unserer bewährten Methode steigern wir Ihre Sichtbarkeit um bis zu 300 %. Darf ich Ihnen eine kostenlose Analyse senden?"),
])
ex.conv(J, "off_topic_product", "de", "Photovoltaik ohne Bezug", [
    ("pv", "2022-06-14 08:00", "Guten Tag Frau Kühnel, Strompreise explodieren! Mit einer Photovoltaikanlage ohne Anzahlung sparen Sie ab dem ersten Tag. Darf ich einen unverbindlichen Beratungstermin vereinbaren?"),
    ("pv", "2022-06-21 08:00", "Hallo Frau Kühnel, haben Sie meine Nachricht gesehen? Die Förderung läuft bald aus."),
])
ex.conv(J, "offers_what_she_sells", "de", "Intensiv-Führerschein-Anbieter wirbt bei einer Fahrschule", [
    ("intensiv", "2022-03-29 10:15", "Hallo Frau Kühnel, brauchen Ihre Mitarbeiter einen Führerschein? FührerscheinTurbo bietet Intensivkurse Klasse B in nur 14 Tagen, deutschlandweit. Für Firmenkunden gibt es 10 % Rabatt. Sollen wir Ihnen ein Angebot für Ihr Team erstellen?"),
])
ex.conv(J, "capacity_new_clients", "de", "Haben Sie Kapazitäten für Neukunden?", [
    ("capacity", "2022-09-06 06:10", "Hallo Anett, kurze Frage: Hast du aktuell Kapazitäten für neue Kunden? Wir bringen Dienstleistern 15-30 qualifizierte Anfragen pro Monat. Keine Grundgebühr, nur Erfolgsprovision."),
])
ex.conv(J, "like_minded_connect", "de", "gleichgesinnte Unternehmer, dann Mastermind", [
    ("likemind", "2022-04-04 07:10", "Hallo Anett, danke fürs Vernetzen! Ich umgebe mich gern mit gleichgesinnten Unternehmern, die etwas bewegen wollen. Ich baue gerade einen exklusiven Kreis von Unternehmern auf, die ihren Umsatz verdoppeln wollen. Soll ich dir mehr erzählen?"),
])
ex.conv(J, "quick_call", "de", "kurzes 15-Minuten-Gespräch", [
    ("fifteen", "2022-10-18 05:50", "Hallo Frau Kühnel, ich helfe Unternehmerinnen, mehr Zeit und mehr Gewinn zu haben. Hätten Sie diese Woche 15 Minuten für ein kurzes Kennenlerngespräch? Ich bin sicher, da steckt viel Potenzial drin."),
])
ex.conv(J, "connect_then_pitch", "de", "Vernetzen, dann Pitch in Nachricht 2 ohne Antwort", [
    ("ctp1", "2022-10-05 09:00", "Hallo Frau Kühnel, danke für die Annahme! Wie läuft das Geschäft bei Ihnen in Dresden?"),
    ("ctp1", "2022-10-07 09:00", "Der eigentliche Grund meiner Nachricht: Wir erstellen TikTok-Kampagnen für lokale Unternehmen, Pakete ab 990 € im Monat. Wollen wir mal 15 Minuten telefonieren?"),
])
ex.conv(J, "connect_then_pitch", "de", "Vernetzen, Smalltalk beantwortet, dann Pitch", [
    ("ctp2", "2022-02-21 12:00", "Hallo Anett, danke fürs Vernetzen! Fahrschule stell ich mir gerade total spannend vor, bilden Sie auch selbst aus?"),
    ("me", "2022-02-21 18:30", "Hallo, ja, wir haben auch eine Auszubildende im Büro. Warum?"),
    ("ctp2", "2022-02-22 08:45", "Super! Genau dafür haben wir Azubi-Booster: Wir finden für Sie über Instagram und Snapchat passende Azubis, garantiert 10 Bewerbungen in 30 Tagen für nur 1.490 €. Darf ich Ihnen das Konzept schicken?"),
    ("ctp2", "2022-03-01 08:45", "Hallo Anett, kurze Erinnerung an mein Angebot 😊"),
])
ex.conv(J, "connect_then_pitch", "de", "Vernetzen, Pitch erst in Nachricht 3", [
    ("ctp3", "2021-12-01 18:00", "Hallo Frau Kühnel, schön, dass wir vernetzt sind."),
    ("ctp3", "2021-12-03 10:00", "Ich hoffe, Sie kommen gut durch die Vorweihnachtszeit!"),
    ("ctp3", "2021-12-06 10:00", "Übrigens: Wir finanzieren Firmenfahrzeuge ohne Schufa und ohne Anzahlung, auch für junge Unternehmen. Haben Sie aktuell Bedarf an neuen Fahrzeugen?"),
])
ex.conv(J, "follow_up_bump", "de", "Nachfass-Erinnerungen ohne Antwort", [
    ("bump", "2022-05-03 14:00", "Hallo Frau Kühnel, wir helfen mittelständischen Unternehmen, ihren Vertrieb zu automatisieren. Wäre das ein Thema für Sie?"),
    ("bump", "2022-05-10 14:00", "Hallo Frau Kühnel, ich wollte kurz nachhaken, ob Sie meine letzte Nachricht gesehen haben?"),
    ("bump", "2022-05-17 14:00", "Hallo Frau Kühnel, ich schiebe das nochmal nach oben :)"),
    ("bump", "2022-05-30 14:00", "Hallo Frau Kühnel, soll ich das Thema schließen? Ein kurzes Ja oder Nein würde mir helfen."),
])
ex.conv(J, "template_multi_sender", "de", "gemeinsame Vorlage 1/5: mehr Fahrschüler über Social Media", [
    ("tpl1", "2022-07-19 07:30", "Hallo Frau Kühnel, mir ist aufgefallen, dass die Fahrschule Kühnel in Dresden einen tollen Ruf hat. Wir helfen Fahrschulen dabei, über Social Media planbar 20+ neue Anmeldungen pro Monat zu gewinnen. Wären Sie offen für ein kurzes Gespräch diese Woche?"),
])
ex.conv(J, "template_multi_sender", "de", "gemeinsame Vorlage 2/5", [
    ("tpl2", "2022-07-21 11:05", "Hallo Frau Kühnel, mir ist aufgefallen, dass Ihre Fahrschule in Dresden einen super Ruf genießt. Wir unterstützen Fahrschulen dabei, über Social Media planbar 25+ neue Schüler pro Monat zu gewinnen. Hätten Sie diese Woche Zeit für ein kurzes Gespräch?"),
])
ex.conv(J, "template_multi_sender", "de", "gemeinsame Vorlage 3/5", [
    ("tpl3", "2022-07-26 16:45", "Hi Anett, mir ist aufgefallen, dass Fahrschule Kühnel einen richtig guten Ruf hat! Wir helfen Fahrschulen, mit Social Media planbar 30 neue Anmeldungen im Monat zu bekommen. Offen für ein kurzes Gespräch nächste Woche?"),
])
ex.conv(J, "template_multi_sender", "de", "gemeinsame Vorlage 4/5", [
    ("tpl4", "2022-08-02 08:20", "Hallo Frau Kühnel, mir ist aufgefallen, dass die Fahrschule Kühnel in Dresden einen ausgezeichneten Ruf hat. Wir helfen lokalen Betrieben, über Social Media planbar 20+ neue Kunden pro Monat zu gewinnen. Wären Sie offen für einen kurzen Austausch?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 5/5, English variant", [
    ("tpl5", "2022-08-04 13:10", "Hi Anett, I noticed Fahrschule Kühnel has a great reputation in Dresden. We help driving schools predictably get 20+ new sign-ups per month through social media. Would you be open to a quick chat this week?"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter {{Vorname}}", [
    ("merge1", "2022-01-11 05:00", "Hallo {{Vorname}}, ich hoffe, es geht Ihnen gut! Ich melde mich, weil {{Firma}} perfekt zu unserem Vertriebsautomatisierungsprogramm passt. Hätten Sie Donnerstag Zeit für ein Telefonat?"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter [Firma]", [
    ("merge2", "2022-04-26 06:30", "Guten Tag Frau Kühnel, wir verfolgen [Firma] schon länger und sind begeistert von Ihrer Entwicklung. Als Druckerei bieten wir Flyer, Visitenkarten und Roll-ups zu Top-Preisen. Darf ich Ihnen Muster schicken?"),
])
ex.conv(J, "merge_tag_failure", "de", "falscher Name in der Anrede", [
    ("merge3", "2022-09-27 12:00", "Sehr geehrter Herr Schulze, als Geschäftsführer der Fahrschule Kühnel kennen Sie sicher das Thema Altersvorsorge für Selbstständige. Ich zeige Ihnen in 20 Minuten, wie Sie bis zu 40 % Steuern sparen. Wann passt es Ihnen?"),
])
ex.conv(J, "merge_tag_failure", "de", "falsche Firma", [
    ("merge4", "2022-11-08 07:15", "Hallo Frau Kühnel, als langjähriger Partner der Zahnarztpraxis Dr. Meier in Chemnitz möchten wir Ihnen unser Büroartikel-Abo vorstellen: nie wieder leere Toner! Interesse an einem Testpaket?"),
])
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail Geschäftskonto", [
    ("spon1", "2022-03-10 10:00", "<p>Hallo Anett,</p><p>eröffnen Sie jetzt Ihr Geschäftskonto online &amp; sichern Sie sich 12 Monate ohne Kontoführungsgebühr.</p>"),
], title="Sponsored Conversation", subject="Ihr Geschäftskonto in 10 Minuten")
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail Flottenleasing", [
    ("spon2", "2022-09-15 10:00", "Hallo Anett, Gewerbeleasing ab 149 € netto im Monat. Jetzt Wunschfahrzeug konfigurieren und Sonderkonditionen sichern."),
], title="Sponsored Conversation", subject="Gewerbeleasing-Wochen")
ex.conv(J, "paid_award", "de", "bezahlter Award mit Siegelgebühr", [
    ("award", "2022-05-24 09:00", "Sehr geehrte Frau Kühnel, herzlichen Glückwunsch! Die Fahrschule Kühnel wurde von unserer Jury als 'Top Dienstleister Sachsen 2022' ausgewählt. Für die Nutzung des Siegels, die Urkunde und das Winner-Paket berechnen wir einmalig 1.290 € zzgl. MwSt. Bitte bestätigen Sie bis Freitag."),
])
ex.conv(J, "paid_feature", "de", "bezahltes Interview im Magazin", [
    ("feature", "2022-10-04 08:00", "Liebe Frau Kühnel, für unsere Ausgabe 'Unternehmerinnen aus Sachsen' würden wir Sie gern porträtieren! Ganzseitiges Interview mit Foto, Auflage 30.000. Der Redaktionsbeitrag für die Produktion beträgt 890 €. Dürfen wir Sie einplanen?"),
])
ex.conv(J, "fluent_generic_named", "de", "flüssiger Pitch mit Firmennamen, aber an jeden schickbar", [
    ("fluent", "2022-06-28 08:30", "Sehr geehrte Frau Kühnel, die Fahrschule Kühnel steht für Qualität und Vertrauen, und genau diese Werte verdienen eine starke Marke. Markenwerk begleitet mittelständische Unternehmen dabei, ihre Positionierung zu schärfen und Kunden nachhaltig zu begeistern. Ich hätte einige Ideen speziell für die Fahrschule Kühnel. Wann passt Ihnen ein kurzer Austausch?"),
])
ex.conv(J, "generic_simulator", "en", "generic simulator sales blast (counterpart to tailored simulator pitch)", [
    ("simgen", "2022-09-20 03:00", "Dear Sir or Madam, SimuTrain offers world-class driving simulators for training centers, academies and fleets. Reduce costs by 30%! Please find our catalogue attached and let us know your requirement."),
])
ex.conv(J, "generic_marketing", "de", "generische Social-Media-Agentur (Gegenstück zur Freelancerin)", [
    ("mktgen", "2022-05-31 07:00", "Hallo Anett! 📈 Sind Sie schon auf Instagram erfolgreich? Unsere Agentur erstellt Content, Reels und Werbeanzeigen für Unternehmen jeder Branche. Jetzt Erstgespräch gratis sichern!"),
])
ex.conv(J, "generic_app", "de", "generische Lern-App (Gegenstück zum Theorie-Check-in)", [
    ("appgen", "2022-10-10 06:00", "Guten Tag, digitalisieren Sie jetzt Ihr Unternehmen mit unserer White-Label-App! Lerninhalte, Push-Nachrichten, Terminbuchung, alles in einem. Für Schulen, Vereine, Fitnessstudios und mehr. Demo gefällig?"),
])
ex.conv(J, "generic_recruitment", "de", "generischer Personalvermittler (Gegenstück zum Spezialisten)", [
    ("recgen", "2022-02-14 06:30", "Hallo Frau Kühnel, Fachkräftemangel? Personal Direkt 360 vermittelt Mitarbeiter aus allen Bereichen: Handwerk, Pflege, Büro, IT. Jetzt unverbindlich Kandidaten anfragen!"),
])
ex.conv(J, "generic_advertising", "de", "generische Fahrzeugwerbung (Gegenstück zum Folierer)", [
    ("wrapgen", "2022-07-12 05:15", "Guten Tag, verdienen Sie Geld mit Ihrem Auto! Werbeflächen Deutschland zahlt bis zu 150 € monatlich für Werbung auf Ihrem Fahrzeug. Jetzt registrieren und loslegen."),
])
ex.conv(J, "generic_webdev", "en", "offshore web pitch (counterpart to the local developer)", [
    ("webgen", "2022-11-21 04:30", "Hello, I visited your website and found some issues with design, speed and mobile responsiveness. We can redesign your website at a very low cost. Kindly share your WhatsApp number so we can discuss."),
    ("webgen", "2022-11-28 04:30", "Hello, gentle reminder. Please revert."),
])
ex.conv(J, "mlm", "de", "MLM von einer Kontaktperson", [
    ("mlm", "2021-09-20 21:30", "Hey Anett 😊 ich verfolge deine Beiträge schon eine Weile und finde dich super inspirierend! Ich habe ein tolles Business-Konzept gefunden, mit dem ich nebenbei ein passives Einkommen aufbaue. Suche noch 2-3 motivierte Frauen. Magst du mehr wissen? Ganz unverbindlich 💕"),
])
ex.conv(J, "off_topic_product", "de", "Krypto-Trading ohne Bezug", [
    ("krypto", "2022-01-05 23:00", "Hi Anett, 2022 wird DEIN Jahr! Ich zeige Unternehmern, wie sie mit nur 20 Minuten am Tag mit Krypto ein zweites Einkommen aufbauen. Schreib mir einfach 'JA' 🚀"),
])
ex.conv(J, "foreign_staffing", "de", "Personalvermittlung aus dem Ausland ohne Bezug zur Branche", [
    ("ausland", "2022-08-09 09:00", "Sehr geehrte Damen und Herren, wir vermitteln qualifizierte Fachkräfte aus Osteuropa und Asien: Schweißer, Pflegekräfte, Köche, Lagerarbeiter. Schnell und rechtssicher. Bei Bedarf senden wir Ihnen Profile."),
])
ex.conv(J, "ghostwriting", "de", "LinkedIn-Ghostwriting", [
    ("ghost", "2022-11-30 07:00", "Hallo Anett, Unternehmer, die 3x pro Woche auf LinkedIn posten, bekommen 5x mehr Anfragen. Ich schreibe deine Beiträge in deinem Stil. Soll ich dir 3 kostenlose Probebeiträge schicken?"),
])
ex.conv(J, "business_loan", "de", "Kreditvermittler", [
    ("kredit", "2022-04-12 05:00", "Guten Tag Frau Kühnel, benötigen Sie Liquidität? Wir vermitteln Unternehmenskredite bis 250.000 € in 48 Stunden, ohne Bankgespräch. Jetzt unverbindlich anfragen!"),
])
ex.conv(J, "review_boosting", "de", "Google-Bewertungen kaufen", [
    ("bewertung", "2022-06-07 22:15", "Hallo, mehr 5-Sterne-Bewertungen = mehr Kunden! Mit Sterne-Boost bekommen Sie in 30 Tagen bis zu 50 neue Google-Bewertungen. Pakete ab 299 €. Interesse?"),
])
ex.conv(J, "off_topic_product", "de", "Kassensystem für Gastronomie", [
    ("kasse", "2022-12-06 09:30", "Hallo Frau Kühnel, ist Ihre Kasse schon TSE-konform? KassenKönig ist das Kassensystem für Gastronomie und Einzelhandel. Jetzt 3 Monate kostenlos testen!"),
])
ex.conv(J, "paid_directory", "de", "kostenpflichtiger Branchenbuch-Eintrag als Formular getarnt", [
    ("verzeichnis", "2022-12-13 09:35", "Guten Tag Frau Kühnel, Ihr Eintrag im Gewerbeverzeichnis Sachsen ist unvollständig. Bitte bestätigen Sie Ihre Daten bis 31.12., der Premiumeintrag kostet 39 € im Monat bei 24 Monaten Laufzeit."),
])

if __name__ == "__main__":
    ex.write(Path(__file__).resolve().parents[1] / SLUG,
             {"First Name": "Anett", "Last Name": "Kühnel",
              "Headline": "Inhaberin Fahrschule Kühnel | 3 Filialen in Dresden | Klassen A, B, BE, C, CE",
              "Summary": "Seit 2002 bringen wir Dresden sicher auf die Straße. Filialen in Neustadt, Striesen und Gorbitz.",
              "Industry": "Bildungswesen", "Zip Code": "01099",
              "Geo Location": "Dresden, Sachsen, Deutschland",
              "Websites": "[COMPANY:fahrschule-kuehnel.example]"},
             [{"Company Name": "Fahrschule Kühnel", "Title": "Inhaberin",
               "Location": "Dresden", "Started On": "Apr 2002"},
              {"Company Name": "Fahrschule Hofmann", "Title": "Fahrlehrerin",
               "Location": "Dresden", "Started On": "Sep 1997", "Finished On": "Mar 2002"}],
             ["Fahrausbildung", "Fahrlehrerin", "Personalführung", "Verkehrspädagogik", "Unternehmensführung"])
    print(ex.summary())

"""dev25 persona (written blind as heldout31, session 4): heldout31 persona 2: self-employed bookbinder and paper restorer in Weimar.

Written blind to the detector code (session 4). 2021 export layout, mostly German with a few
English threads. Run it to regenerate ../de-bookbinder-restorer-weimar byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-bookbinder-restorer-weimar"
OWNER = Person("me", "Friederike Gensel", "https://www.linkedin.com/in/friederike-gensel",
               "Buchbinderei & Papierrestaurierung Gensel", "Buchbindermeisterin, Papierrestauratorin")

e = Export(SLUG, "2021", OWNER)
P = e.person

# ------------------------------------------------------------------ genuine contacts
P("bib", "Dr. Ulrike Sommerlatte", "Landesbibliothek Ilmtal", "Leiterin Bestandserhaltung", connected="2016-04-12")
P("archiv", "Jens Pfannschmidt", "Kreisarchiv Weimarer Land", "Archivleiter", connected="2018-09-03")
P("sammler1", "Konstantin Hegewald", "", "Sammler, Antiquariatskunde")
P("baerwinkel", "Dr. Eberhard Bärwinkel", "", "Bibliophile, Vorsitzender Weimarer Bücherfreunde e.V.", connected="2012-11-02")
P("museum", "Carola Knobloch", "Museum für Thüringer Druckgeschichte", "Kuratorin", connected="2019-05-20")
P("leder", "Wolfgang Hirte", "Gerberei Hirte Neustadt/Orla", "Vertrieb", connected="2014-03-09")
P("papier", "Sabine Mehlhorn", "Papiermühle Ilmenau-Manebach", "Inhaberin", connected="2015-10-01")
P("hwk", "Thomas Eckardt", "Handwerkskammer Erfurt", "Referent Meisterprüfung", connected="2017-01-17")
P("praktikum", "Lea Wunderlich", "", "Studentin Konservierung und Restaurierung, FH Erfurt", connected="2021-02-02")
P("azubi_en", "Marta Kowalska", "", "Bookbinding student, Kraków", connected="2021-03-10")
P("kollegin", "Antje Rudloff", "Rudloff Restaurierung Erfurt", "Diplom-Restauratorin", connected="2013-06-06")
P("leipzig", "Ines Wappler", "Handbuchbinderei Wappler Leipzig", "Buchbindermeisterin", connected="2011-09-09")
P("filete", "Heiko Stolle", "Stolle Prägewerkzeuge", "Inhaber")
P("presse", "Marlene Teichert", "Ilmtal-Zeitung", "Redakteurin Lokales/Kultur", connected="2021-06-15")
P("ty1", "Sophie Brandstätter", "", "Grafikdesignerin", connected="2021-09-12")
P("ty2", "Karsten Liebetrau", "", "Lehrer, Hobbybuchbinder", connected="2021-09-12")
P("ty3", "Yvonne Schaller", "Schreibwaren Schaller Apolda", "Inhaberin", connected="2021-09-13")
P("pfarrer", "Matthias Kühn", "Ev.-Luth. Kirchgemeinde Mellingen", "Pfarrer")
P("freundin", "Doreen Ackermann", "Stadtverwaltung Weimar", "Sachbearbeiterin Kultur", connected="2010-02-14")
P("stb", "Reinhard Göbel", "Steuerberatung Göbel", "Steuerberater", connected="2015-01-20")
P("bibel", "Annegret Vollrath", "", "")
P("headhunterg", "Katharina Seidel", "Seidel Personalberatung", "Personalberaterin Kultur & Wissenschaft", connected="2021-04-21")
P("verlag", "Jonas Krügel", "Edition Krügel", "Verleger", connected="2020-08-01")
P("stammtisch1", "Bernd Ortlepp", "Buchbinderei Ortlepp Gotha", "Buchbindermeister", connected="2012-05-05")
P("stammtisch2", "Gisela Hopf", "", "Buchbinderin im Ruhestand", connected="2012-05-06")
P("fh", "Prof. Dr. Henrike Lamprecht", "FH Erfurt, Konservierung und Restaurierung", "Professorin", connected="2016-10-10")
P("usa", "Daniel Whitcombe", "", "Collector, Boston MA")
P("meister", "Günter Hentschel", "", "Buchbindermeister i.R.", connected="2010-06-30")
P("vermieter", "Ralf Wiegand", "Wiegand Immobilienverwaltung", "Hausverwalter", connected="2019-02-01")
P("kalligrafin", "Mareike Zöllner", "", "Kalligrafin", connected="2018-03-03")
P("registrar", "Eleanor Price", "Halvorsen Museum of the Book, Oslo", "Registrar", connected="2020-11-11")
P("braut", "Julia Heyder", "", "")
P("hwk_aus", "Petra Fröbel", "Handwerkskammer Erfurt", "Ausbildungsberaterin", connected="2019-07-07")
P("expraktikantin", "Hanna Schilling", "Staatsarchiv Rudolstadt", "Restauratorin", connected="2018-08-20")

# ------------------------------------------------------------------ wanted pitches
P("w_gerber", "Florian Aßmann", "Aßmann Lederwerkstatt", "Gerbermeister", connected="2021-01-18")
P("w_doku", "Dr. Tobias Reinsch", "ConservaDoc", "Gründer", connected="2021-05-02")
P("w_foto", "Lina Morgenroth", "", "Fotografin (Produkt & Handwerk), Weimar")
P("w_foerder", "Steffen Apel", "Apel Vergabeberatung", "Berater öffentliche Aufträge", connected="2021-03-23")
P("w_klima", "Andreas Trommer", "Trommer Klimatechnik Jena", "Meister, Archivklima")
P("w_absaug", "Birgit Nothnagel", "LaborLuft GmbH", "Fachberaterin Restaurierung")
P("w_hh", "Michael Osterloh", "Osterloh Executive Search", "Partner, Kulturinstitutionen", connected="2021-07-19")
P("w_schere", "Uwe Dietzel", "Dietzel Schleifdienst", "Inhaber")
P("w_shop", "Sarah Bennett", "Crafted Commerce", "Shop consultant for makers")
P("w_washi", "Kenji Mori", "Kozo & Co. Amsterdam", "Founder, Japanese paper import", connected="2021-08-30")
P("w_kurs", "Theresa Kahlert", "Werkstattzeit", "Partnermanagerin Thüringen")
P("w_gold", "Roland Pinkert", "Blattgold Pinkert Schwabach", "Vertrieb")

# ------------------------------------------------------------------ junk senders
P("t1", "Marvin Schulze", "Handwerk Digital Pro", "Gründer")
P("t2", "Laura Engelhardt", "KundenMagnet Agentur", "Social Media Strategin")
P("t3", "Dennis Wolff", "Meisterklicks", "Head of Sales")
P("t4", "Nicole Brandt", "Reichweite360", "Beraterin")
P("t5", "Aiden Clarke", "CraftGrowth Ltd", "Founder")
P("mt1", "Kevin Hoppe", "LeadFabrik", "Vertrieb")
P("mt2", "Sandra Peters", "Druckerei Ostrand", "Kundenberatung")
P("mt3", "Tim Vogler", "SichtbarJetzt", "Consultant")
P("mt4", "Jasmin Köhler", "BuchhaltungsHeld", "Partner Success")
P("spon1", "Lexwerk Rechnungsprogramm", url="https://www.linkedin.com/company/lexwerk")
P("spon2", "Deutsche Mittelstandsakademie", url="https://www.linkedin.com/company/mittelstandsakademie")
P("award", "Heike Brunner", "Handwerk des Jahres Award", "Projektleitung")
P("feature", "Olaf Reimers", "Wirtschaftsspiegel Mitteldeutschland", "Anzeigen & Porträts")
P("podpay", "Chris Albrecht", "Unternehmerstimmen Podcast", "Produzent")
P("fotobuch", "Melanie Graf", "BindeWerk Online", "Key Account")
P("portal", "Patrick Reuter", "Auftragsradar", "Partnerbetreuung")
P("gleich", "Steffi Wendt", "Wendt Ventures", "Unternehmerin | Mentorin | Netzwerkerin")
P("call15", "Oliver Kranz", "CloudKasse", "Sales Development")
P("ctp1", "Robert Thiel", "Thiel Finanzkonzepte", "Finanzberater",
  connected="2021-04-07", invite=("IN", "2021-04-06 19:12", "Hallo Frau Gensel, ich vernetze mich gerne mit Unternehmerinnen aus der Region."))
P("ctp2", "Nadine Fuchs", "Sonnenstrom Mitte", "Energieberaterin",
  connected="2021-06-22", invite=("IN", "2021-06-21 08:40", "Liebe Grüße aus Erfurt!"))
P("ctp3", "Maximilian Berg", "Insta-Boost Agentur", "Creator Manager",
  connected="2021-10-04", invite=("IN", "2021-10-03 22:05", ""))
P("bump1", "Sebastian Lang", "WebBaukasten24", "Kundenberater")
P("bump2", "Tanja Reich", "Inkasso Mitte", "Außendienst")
P("krypto", "Alexander Baumann", "Alpha Capital Club", "Vermögensberater")
P("leasing", "Jörg Schreiber", "AutoFlex Gewerbeleasing", "Verkaufsberater")
P("fluent", "Katrin Albers", "Markenwert Studio", "Strategin")
P("genleder", "Dirk Sauer", "Lederhandel Sauer", "Großhandel")
P("genfoto", "Mario Kunze", "Fotostudio Blitzlicht", "Fotograf")
P("genfoerder", "Vanessa Lorenz", "FörderMax", "Fördermittelexpertin")
P("gensoft", "Philipp Hartung", "OfficeFlow Software", "Account Executive")
P("genhh", "Stefanie Kramer", "Personal Direkt", "Recruiterin")
P("genshop", "Florian Heß", "ShopStarter", "E-Commerce Berater")
P("bewertung", "Lisa Möller", "TopSterne", "Reputationsmanagement")
P("aloe", "Manuela Dorn", "", "Gesundheit & Lifestyle | Teamleiterin")
P("bu", "Christian Wirth", "Wirth Versicherungsmakler", "Versicherungsmakler")
P("uebersetz", "Paulina Ritter", "LinguaPro Übersetzungen", "Projektmanagerin")


def c(label: str, category: str, language: str, note: str, *messages: tuple[str, str, str],
      **options: object) -> None:
    e.conv(label, category, language, note, list(messages), **options)


# ================================================================== genuine (35)
c("genuine", "client_quote_request", "de", "Bibliothek fragt Angebot für Restaurierung von 12 Bänden an",
  ("bib", "2021-02-15 10:20", "Liebe Frau Gensel, wir haben im Magazin 12 Bände der Weimarer Intelligenzblätter (1790er) mit gebrochenen Rücken und Wasserrändern gefunden. Könnten Sie sich die Bände anschauen und uns ein Angebot machen? Das Budget für dieses Jahr ist knapp, aber bis Ende März müssten wir es festlegen."),
  ("me", "2021-02-15 12:05", "Liebe Frau Dr. Sommerlatte, sehr gern. Ich kann Donnerstag vormittag vorbeikommen und mir die Bände ansehen. Das Angebot schicke ich dann bis Anfang März, gestaffelt nach Dringlichkeit, damit Sie notfalls in zwei Etappen vergeben können."),
  ("bib", "2021-02-15 12:31", "Wunderbar, Donnerstag 10 Uhr an der Pforte. Herzliche Grüße"))
c("genuine", "client_quote_request", "de", "Kreisarchiv: Preisanfrage Schimmelbefall",
  ("archiv", "2021-04-19 08:45", "Hallo Friederike, wir haben im Außenmagazin Schimmel an ca. 3 laufenden Metern Gemeinderatsprotokolle entdeckt (nach dem Wasserschaden im Winter). Wir müssen drei Angebote einholen, schickst du uns eins? Trockenreinigung, Desinfektion, neue Umschläge. Frist 7. Mai."),
  ("me", "2021-04-19 09:30", "Hallo Jens, oh je. Ja, mache ich. Ich bräuchte vorher Fotos oder kurz vor Ort, um die Befallsstärke einzuschätzen. Passt Dienstag?"),
  ("archiv", "2021-04-19 09:41", "Dienstag passt, bring Maske mit 😷"))
c("genuine", "inbound_lead_buy", "de", "Sammler möchte Maßeinband für Erstausgabe",
  ("sammler1", "2021-03-08 21:10", "Guten Abend Frau Gensel, ich habe bei einem Antiquar in Halle eine Erstausgabe von Wielands Oberon erworben, leider nur in einem späteren, sehr lädierten Pappband. Ich würde mir einen Halbledereinband im Stil der Zeit wünschen. Machen Sie so etwas und in welcher Preisregion bewegt sich das ungefähr?"),
  ("me", "2021-03-09 08:50", "Guten Morgen Herr Hegewald, ja, das mache ich sehr gern. Ein Halbfranzband mit Marmorpapierbezug und Rückenvergoldung liegt je nach Aufwand zwischen 380 und 550 Euro. Am besten bringen Sie das Buch in die Werkstatt, dann kann ich genauer kalkulieren."),
  ("sammler1", "2021-03-09 09:15", "Das klingt gut. Ich komme Samstag vorbei, wenn Ihnen das passt."),
  ("me", "2021-03-09 09:20", "Samstag bis 13 Uhr bin ich da."))
c("genuine", "long_standing_client", "de", "langjähriger Sammler und Vereinsvorsitzender",
  ("baerwinkel", "2019-11-28 17:00", "Verehrte Frau Gensel, die Kassette für den Goethe-Almanach ist ein Gedicht. Meine Frau sagt, ich soll sie nicht mehr so oft aufklappen. Herzlichen Dank!"),
  ("me", "2019-11-29 08:30", "Lieber Herr Dr. Bärwinkel, das freut mich sehr. Grüßen Sie Ihre Frau!"),
  ("baerwinkel", "2020-12-18 11:11", "Frohe Weihnachten aus der Belvederer Allee. Die Bücherfreunde vermissen Ihren Vortrag, hoffentlich 2021 wieder in Präsenz."),
  ("me", "2020-12-18 14:00", "Ihnen auch ein frohes Fest! Im Frühjahr sehr gern, wenn Corona es zulässt."),
  ("baerwinkel", "2021-05-03 10:30", "Liebe Frau Gensel, wir würden Sie gern am 17. Juni zu einem Vortrag über Marmorpapiere einladen, im Garten des Vereinshauses. Honorar wie immer bescheiden, aber es gibt Zwiebelkuchen."),
  ("me", "2021-05-03 18:20", "Für Zwiebelkuchen komme ich immer. Zugesagt!"))
c("genuine", "museum_project", "de", "Museum bereitet Ausstellung vor",
  ("museum", "2021-06-01 14:20", "Hallo Friederike, für die Herbstausstellung bräuchten wir 8 Buchwiegen in verschiedenen Winkeln und zwei Einbände müssten vorher stabilisiert werden. Hast du im Juli Luft? Angebot gern per Mail."),
  ("me", "2021-06-01 16:40", "Hallo Carola, Juli geht. Buchwiegen aus säurefreiem Karton oder Plexi? Schick mir die Formate, dann rechne ich."),
  ("museum", "2021-06-02 09:05", "Karton reicht. Formate kommen heute noch."))
c("genuine", "supplier_price_change", "de", "Lederlieferant kündigt Preiserhöhung an",
  ("leder", "2021-07-05 09:00", "Sehr geehrte Frau Gensel, ich wollte Sie persönlich vorwarnen: ab 1. September müssen wir die Preise für pflanzlich gegerbtes Ziegenleder um etwa 9 % anheben, die Rohhäute sind deutlich teurer geworden. Wenn Sie noch vorher bestellen möchten, halten wir den alten Preis. Ihre übliche Menge wären ja 6 Häute Oasenziege?"),
  ("me", "2021-07-05 11:15", "Lieber Herr Hirte, danke für die Info. Dann nehme ich jetzt 8 Häute, 4 rot, 2 braun, 2 naturell. Rechnung wie immer."),
  ("leder", "2021-07-05 11:30", "Notiert, Versand nächste Woche. Schönen Sommer!"))
c("genuine", "supplier_price_change", "de", "Papiermühle schickt neue Preisliste",
  ("papier", "2021-01-11 13:45", "Liebe Friederike, gutes neues Jahr! Die neue Preisliste hängt an der Mail. Büttenpapier steigt leider um 40 Cent pro Bogen, die Energiepreise halt. Für dich als Stammkundin bleibt der Mengenrabatt ab 50 Bogen."),
  ("me", "2021-01-11 15:00", "Danke dir, Sabine. Ich komme im Februar mal wieder rauf nach Manebach und hole selbst ab, dann gibts auch Kaffee."),
  ("papier", "2021-01-11 15:12", "Immer! Aber erst wenn der Schnee weg ist, die Straße ist grad ne Katastrophe."))
c("genuine", "event_invitation_contact", "de", "Handwerkskammer lädt in Prüfungsausschuss ein",
  ("hwk", "2021-03-02 10:00", "Sehr geehrte Frau Gensel, der Meisterprüfungsausschuss Buchbinder sucht für die Prüfungen im Herbst eine Beisitzerin. Hätten Sie Interesse? Aufwandsentschädigung nach Satzung. Einführungsveranstaltung am 14. April in Erfurt."),
  ("me", "2021-03-03 08:15", "Sehr geehrter Herr Eckardt, ja, das mache ich gern. Bitte schicken Sie mir die Unterlagen."))
c("genuine", "applicant_training", "de", "Studentin möchte Praktikum bei ihr",
  ("praktikum", "2021-02-03 18:30", "Sehr geehrte Frau Gensel, ich studiere im 4. Semester Konservierung und Restaurierung an der FH Erfurt (Schwerpunkt Schriftgut). Für das Praxissemester ab September suche ich eine Werkstatt, und Prof. Lamprecht hat mir Ihre empfohlen. Hätten Sie grundsätzlich die Möglichkeit, eine Praktikantin aufzunehmen? Meine Unterlagen schicke ich gern per Mail."),
  ("me", "2021-02-04 09:10", "Liebe Frau Wunderlich, grundsätzlich ja, die Werkstatt ist klein, aber ein Platz geht. Schicken Sie mir Ihre Unterlagen, dann telefonieren wir."),
  ("praktikum", "2021-02-04 09:22", "Vielen, vielen Dank!! Kommt heute noch."))
c("genuine", "applicant_training", "en", "Polish student asks in English about training with her",
  ("azubi_en", "2021-03-11 20:14", "Dear Ms Gensel, I am a bookbinding student from Kraków and I will spend a semester in Germany with Erasmus+ next year. I saw your work with paste papers on Instagram and I would love to learn in your workshop for 3 months. I speak English and a little German (A2). Would this be possible? Erasmus pays my stipend, so there would be no cost for you."),
  ("me", "2021-03-12 08:40", "Dear Marta, thank you for writing. It might be possible from March 2022. Please send me your portfolio and tell me which dates you have in mind. Mein Englisch ist okay, dein Deutsch wird hier schnell besser 😊"),
  ("azubi_en", "2021-03-12 09:02", "Thank you so much! Portfolio is coming today."))
c("genuine", "peer_joint_offer", "de", "Kollegin schlägt gemeinsames Angebot für Ausschreibung vor",
  ("kollegin", "2021-08-09 19:40", "Hi Frieda, hast du die Ausschreibung vom Stadtarchiv Jena gesehen? 220 Urkunden, Papier und Pergament gemischt. Allein schaffe ich das nicht bis Dezember. Wollen wir als Bietergemeinschaft gehen? Du Papier, ich Pergament und Siegel. Wir müssten uns auf einen gemeinsamen Stundensatz einigen, sonst sieht das komisch aus."),
  ("me", "2021-08-09 21:05", "Antje, ja! Hab's gesehen und gedacht, das ist zu groß für mich allein. Treffen wir uns Mittwoch im Café am Frauenplan? Ich bring meine Kalkulation mit."),
  ("kollegin", "2021-08-09 21:08", "Abgemacht. 16 Uhr?"),
  ("me", "2021-08-09 21:10", "16 Uhr 👍"))
c("genuine", "owner_started_peer", "de", "Inhaberin fragt Kollegin in Leipzig nach Weizenstärke-Bezugsquelle",
  ("me", "2021-05-10 20:30", "Hallo Ines, kurze Frage unter Kolleginnen: mein Lieferant für Weizenstärke hat dichtgemacht. Wo bestellst du deine? Die vom Baumarkt nehm ich für Restaurierung nicht."),
  ("leipzig", "2021-05-11 07:55", "Morsche Frieda! Ich bestell bei einem Restaurierungsbedarf in Dresden, schick dir den Link. Und die reine Weizenstärke ohne Zusätze nehmen, nicht die 'gebrauchsfertige'."),
  ("me", "2021-05-11 08:10", "Danke dir! Wann sehen wir uns mal wieder? Buchmesse fällt ja wieder aus..."),
  ("leipzig", "2021-05-11 08:12", "Komm halt im Sommer rüber, wir grillen."))
c("genuine", "owner_started_purchase", "de", "Inhaberin möchte Filete kaufen",
  ("me", "2021-01-25 10:00", "Guten Tag Herr Stolle, ich suche eine Doppelfilete mit 1,5 mm Abstand und ein Rollenstempel mit Eierstabmuster, Messing. Haben Sie so etwas auf Lager oder fertigen Sie an?"),
  ("filete", "2021-01-26 17:20", "Guten Tag Frau Gensel, die Doppelfilete habe ich da (89 Euro), den Eierstab würde ich anfertigen, Lieferzeit 6 Wochen, ca. 320 Euro. Soll ich ein verbindliches Angebot schicken?"),
  ("me", "2021-01-26 18:00", "Ja bitte, beides."))
c("genuine", "media_request", "de", "Journalistin möchte Porträt schreiben",
  ("presse", "2021-06-16 11:30", "Hallo Frau Gensel, für unsere Sommerserie 'Alte Handwerke in Weimar' würde ich Sie gern in Ihrer Werkstatt besuchen, mit Fotograf. Hätten Sie nächste Woche eine Stunde Zeit?"),
  ("me", "2021-06-16 13:10", "Hallo Frau Teichert, sehr gern. Mittwoch ab 14 Uhr wäre gut, da ist gerade ein schöner Einband in der Presse."))
c("genuine", "thanks_after_event", "de", "Dank nach Workshop auf dem Zwiebelmarkt (1 von 3)",
  ("ty1", "2021-10-10 19:20", "Liebe Frau Gensel, vielen Dank für den tollen Workshop zur japanischen Bindung auf dem Zwiebelmarkt! Hat riesig Spaß gemacht, mein Heft liegt schon auf dem Schreibtisch. Liebe Grüße, Sophie"))
c("genuine", "thanks_after_event", "de", "Dank nach Workshop auf dem Zwiebelmarkt (2 von 3)",
  ("ty2", "2021-10-10 20:45", "Hallo Frau Gensel, vielen Dank für den tollen Workshop zur japanischen Bindung am Zwiebelmarkt. Hat großen Spaß gemacht! Gibt es auch mal einen Kurs für Fortgeschrittene?"),
  ("me", "2021-10-11 08:30", "Hallo Herr Liebetrau, ja, im Januar plane ich einen zum Koptischen Binden. Ich melde mich!"))
c("genuine", "thanks_after_event", "de", "Dank nach Workshop auf dem Zwiebelmarkt (3 von 3)",
  ("ty3", "2021-10-11 09:15", "Liebe Frau Gensel, danke für den schönen Workshop zur japanischen Bindung auf dem Zwiebelmarkt, hat richtig Spaß gemacht. Vielleicht können wir Ihre Notizbücher ja auch bei uns im Laden in Apolda anbieten? Melden Sie sich gern."),
  ("me", "2021-10-11 12:00", "Liebe Frau Schaller, das wäre schön! Ich komme nächste Woche mal mit ein paar Mustern vorbei."))
c("genuine", "inbound_lead_spam_folder", "de", "Pfarrer möchte Kirchenbuch restaurieren lassen, im SPAM-Ordner",
  ("pfarrer", "2021-09-20 15:05", "Sehr geehrte Frau Gensel, in unserer Sakristei lagert das Kirchenbuch von 1683 bis 1744, der Einband ist zerfallen und einige Blätter lose. Der Gemeindekirchenrat möchte es restaurieren lassen und hat dafür Spenden gesammelt. Könnten Sie es sich ansehen und uns sagen, was das ungefähr kosten würde? Mit freundlichen Grüßen, Pfarrer Kühn"),
  folder="SPAM")
c("genuine", "friend", "de", "Freundin, Zwiebelmarkt und Bratwurst",
  ("freundin", "2021-10-07 12:40", "Na, biste am Samstag aufm Zwiebelmarkt oder sitzt de wieder in deiner Werkstatt? 😄"),
  ("me", "2021-10-07 13:00", "Ich mach dort doch den Workshop! Danach aber Rostbratwurst und Zwiebelkuchen, versprochen."),
  ("freundin", "2021-10-07 13:02", "Gebongt. Ich wart an der Bratwurstbude am Theaterplatz. Un zieh dir was Warmes an, es soll saukalt werden."))
c("genuine", "advisor_existing", "de", "Steuerberater, Umsatzsteuer und Kleinunternehmergrenze",
  ("stb", "2021-11-15 16:00", "Hallo Frau Gensel, Sie liegen dieses Jahr über der Kleinunternehmergrenze, ab 1.1. müssen Sie also Umsatzsteuer ausweisen. Bitte passen Sie Ihre Angebotsvorlagen an. Können wir im Dezember kurz telefonieren?"),
  ("me", "2021-11-15 17:30", "Oh, danke für den Hinweis. Telefon gern, am besten 9. oder 10. Dezember."))
c("genuine", "inbound_lead_buy", "de", "Privatkundin möchte Familienbibel restaurieren",
  ("bibel", "2021-04-26 19:50", "Hallo, ich habe Ihre Werkstatt über die Handwerkskammer gefunden. Wir haben die Familienbibel meiner Urgroßmutter, ca. 1880, der Buchrücken hängt nur noch an einem Faden. Was würde eine Reparatur kosten? Es muss nicht perfekt sein, sie soll nur wieder zusammenhalten. Viele Grüße A. Vollrath"),
  ("me", "2021-04-27 08:20", "Guten Tag Frau Vollrath, so eine Reparatur kostet meist zwischen 120 und 250 Euro, je nachdem, ob die Heftung noch hält. Bringen Sie sie gern vorbei, ich schaue kostenlos drauf."),
  ("bibel", "2021-04-27 09:00", "Das ist ja toll, dann komme ich Freitag."))
c("genuine", "recruiter_engaged", "de", "Personalberaterin, Inhaberin hat auf Werkstattleitungsstelle reagiert",
  ("headhunterg", "2021-04-22 09:30", "Liebe Frau Gensel, danke für das offene Gespräch gestern. Wie besprochen: Die Stiftung wäre bereit, für die Leitung der Restaurierungswerkstatt E13 zu zahlen, Stufe nach Erfahrung, dazu 2 Tage mobiles Arbeiten für Ihre eigene Werkstatt. Mögen Sie sich das bis Ende nächster Woche überlegen?"),
  ("me", "2021-04-23 20:10", "Liebe Frau Seidel, danke. Ehrlich gesagt hänge ich an meiner Selbstständigkeit. Wäre eine 60%-Stelle denkbar? Dann würde ich mich vorstellen."),
  ("headhunterg", "2021-04-26 11:00", "Ich frage nach und melde mich bis Mittwoch."))
c("genuine", "client_contract", "de", "Kleinverlag bestellt Handeinbände für Vorzugsausgabe",
  ("verlag", "2021-09-01 10:10", "Hallo Friederike, wir machen die Vorzugsausgabe des Lyrikbands jetzt wirklich: 40 Exemplare in Halbpergament, nummeriert. Kannst du mir bis Ende der Woche einen Preis pro Stück und einen Liefertermin nennen? Dann machen wir einen kleinen Vertrag, damit alles ordentlich ist."),
  ("me", "2021-09-02 18:45", "Hallo Jonas, 40 Stück schaffe ich bis Mitte November. 95 Euro pro Exemplar inkl. Material, Schuber kostet extra 28. Vertrag gern."),
  ("verlag", "2021-09-03 08:30", "Nehmen wir, mit Schuber. Vertrag schick ich heute."))
c("genuine", "peer_group_chat", "de", "Gruppenchat Thüringer Buchbinder-Stammtisch",
  ("stammtisch1", "2021-07-28 18:00", "Na ihr, Stammtisch im August wieder im Biergarten in Gotha? Gisela bringt Pflaumenkuchen."),
  ("stammtisch2", "2021-07-28 18:20", "Wenn die Pflaumen was werden! Ich bin dabei."),
  ("me", "2021-07-28 19:00", "Bin dabei, bringe die neuen Kleisterpapiere zum Angucken mit."),
  title="Buchbinder-Stammtisch Thüringen")
c("genuine", "teaching_invitation", "de", "Professorin bietet Lehrauftrag an",
  ("fh", "2021-05-18 13:00", "Liebe Frau Gensel, hätten Sie im Wintersemester Interesse an einem Lehrauftrag 'Historische Bindetechniken', 2 SWS, Blockveranstaltung? Die Studierenden schwärmen noch von Ihrem Gastvortrag."),
  ("me", "2021-05-19 07:50", "Liebe Frau Lamprecht, ja, sehr gern! Block im November wäre ideal."))
c("genuine", "inbound_lead_buy", "en", "American collector wants a clamshell box, asks price",
  ("usa", "2021-02-22 23:10", "Dear Ms Gensel, a dealer in Leipzig recommended you. I own a 1790 Göschen edition of Goethe's Faust fragment and would like a proper clamshell box in dark green cloth with a leather label. Could you quote me, including shipping to Boston? I'm in no hurry."),
  ("me", "2021-02-23 09:15", "Dear Mr Whitcombe, thank you for your message. Please send me the exact dimensions (height, width, thickness in mm). A box like this would be around 180 euros plus about 45 euros insured shipping to the US."),
  ("usa", "2021-02-23 14:40", "Perfect, measurements to follow tonight."))
c("genuine", "long_standing_mentor", "de", "ehemaliger Lehrmeister, seit Jahren in Kontakt",
  ("meister", "2020-03-30 10:00", "Mädel, haste denn noch genug Arbeit, jetzt wo alles zu ist? Sonst schick ich dir paar Kunden von mir, ich mach ja kaum noch was."),
  ("me", "2020-03-30 12:15", "Lieber Herr Hentschel, danke! Es geht gerade so, Archive haben zum Glück weiter Aufträge. Bleiben Sie gesund!"),
  ("meister", "2021-08-15 17:30", "Hab deinen Artikel in der Zeitung gesehen. Stolz bin ich. Und das Kapital auf dem Foto war sauber gestochen, hab genau hingeguckt 😉"),
  ("me", "2021-08-15 18:40", "Von Ihnen gelernt! Ich komme im September mal nach Leipzig, dann gibt's Kaffee und Kuchen."))
c("genuine", "landlord", "de", "Hausverwaltung kündigt Nebenkostenerhöhung an",
  ("vermieter", "2021-03-15 09:10", "Sehr geehrte Frau Gensel, mit der Nebenkostenabrechnung 2020 ergibt sich eine Nachzahlung von 312,40 Euro, die Vorauszahlung erhöht sich ab Mai um 25 Euro monatlich. Außerdem steht im Juni die Fassadensanierung an, der Werkstatteingang ist dann zwei Wochen nur über den Hof erreichbar."),
  ("me", "2021-03-15 10:30", "Danke, Herr Wiegand. Können Sie mir die genauen Wochen der Sanierung sagen? Ich muss Abholtermine mit Kunden planen."))
c("genuine", "peer_joint_offer", "de", "Kalligrafin möchte gemeinsamen Kurs anbieten",
  ("kalligrafin", "2021-06-29 21:00", "Hey Frieda! Wie wär's mit einem gemeinsamen Wochenendkurs 'Schreiben und Binden'? Samstag Kalligrafie, Sonntag binden wir die Blätter zu einem Buch. Teilnahmegebühr teilen wir fifty-fifty. Ich hätte den Raum in der Kulturscheune in Ettersburg."),
  ("me", "2021-06-30 07:30", "Oh ja, das ist eine schöne Idee! Herbst? Ich rechne mal, was Material pro Person kostet."))
c("genuine", "museum_loan", "en", "museum registrar in Oslo about a loan condition report",
  ("registrar", "2021-05-25 11:00", "Dear Friederike, thank you again for the condition report on the Ilmenau pattern book. The courier will collect it on 14 June. Could you confirm that the cradle you made travels in the same crate? Our insurer needs the value of the cradle listed separately."),
  ("me", "2021-05-25 14:20", "Dear Eleanor, yes, the cradle travels in the crate. Value 240 EUR. I'll be at the workshop from 9 am on the 14th."))
c("genuine", "inbound_lead_buy", "de", "Braut möchte handgebundenes Gästebuch",
  ("braut", "2021-03-30 22:15", "Hallo! Wir heiraten im August auf der Wachsenburg und hätten gern ein handgebundenes Gästebuch in Leinen mit unseren Initialen. Machen Sie sowas auch? Was würde das kosten? LG Julia"),
  ("me", "2021-03-31 08:45", "Hallo Julia, herzlichen Glückwunsch! Ja, gern. Leinen mit Prägung der Initialen, ca. 80 Seiten, liegt bei 140 Euro. Welche Farbe schwebt euch vor?"),
  ("braut", "2021-03-31 09:10", "Salbeigrün! Passt zur Deko 😍"))
c("genuine", "hiring_apprentice", "de", "Handwerkskammer: Ausbildungsvertrag für erste Auszubildende",
  ("me", "2021-06-08 09:00", "Guten Tag Frau Fröbel, ich möchte ab 1. September eine Auszubildende einstellen. Welche Unterlagen brauchen Sie für die Eintragung des Ausbildungsvertrags, und muss ich die Eignung der Werkstatt nochmal nachweisen?"),
  ("hwk_aus", "2021-06-08 14:30", "Guten Tag Frau Gensel, schön! Sie brauchen den Vertrag in dreifacher Ausfertigung und den betrieblichen Ausbildungsplan. Die Eignung ist mit Ihrem Meisterbrief gegeben, ich komme aber einmal kurz vorbei, das ist Routine."))
c("genuine", "client_invoice", "de", "Kreisarchiv: Rückfrage zur Rechnung",
  ("archiv", "2021-07-12 11:00", "Hi Friederike, die Kämmerei fragt, ob du die Rechnung für die Schimmelbehandlung auf zwei Haushaltsstellen aufteilen kannst, 60/40. Sorry für den Bürokratiekram."),
  ("me", "2021-07-12 11:40", "Kein Problem, schick ich dir heute neu."),
  subject="Rechnung 2021-031")
c("genuine", "former_intern", "de", "ehemalige Praktikantin bedankt sich, hat Stelle",
  ("expraktikantin", "2021-01-05 17:00", "Liebe Friederike, ich wollte dir erzählen: ich habe die Stelle im Staatsarchiv Rudolstadt bekommen! Ohne das Praktikum bei dir hätte ich nie so viel Praxis vorweisen können. Danke!!"),
  ("me", "2021-01-05 18:30", "Hanna, wie toll! Herzlichen Glückwunsch. Du hast es dir verdient."))
c("genuine", "event_invitation_contact", "de", "Bibliothek lädt zur Ausstellungseröffnung ein",
  ("bib", "2021-09-24 15:00", "Liebe Frau Gensel, am 8. Oktober eröffnen wir die Ausstellung zu 250 Jahren Bibliotheksbau, und zwei der von Ihnen restaurierten Bände sind dabei. Wir würden uns freuen, wenn Sie kommen. 18 Uhr, Rokokosaal."),
  ("me", "2021-09-24 16:10", "Das lasse ich mir nicht entgehen. Vielen Dank!"))

# ================================================================== wanted pitches (12)
c("wanted_pitch", "supplier_post_read", "de", "Gerber hat ihren Beitrag über brüchiges Kalbsleder gelesen",
  ("w_gerber", "2021-01-19 09:30", "Hallo Frau Gensel, danke fürs Vernetzen. Ich habe Ihren Beitrag über die zerfallenden Kalbsledereinbände aus den 1920ern gelesen (red rot), und Ihre Frage, woher man heute noch wirklich alterungsbeständiges Leder bekommt. Ich gerbe in einer kleinen Werkstatt in der Rhön rein pflanzlich mit Kastanie und Mimosa, und lasse jede Partie auf Säurefestigkeit prüfen, die Prüfprotokolle gebe ich mit. Wenn Sie möchten, schicke ich Ihnen zwei Musterstücke Kalb und Ziege zum Testen, kostenlos."),
  ("me", "2021-01-19 10:45", "Guten Tag Herr Aßmann, das ist tatsächlich interessant. Ja, gern Muster, und bitte auch die Protokolle."))
c("wanted_pitch", "software_talk_attended", "de", "Dokumentationssoftware, hat ihren Vortrag gehört",
  ("w_doku", "2021-05-03 14:00", "Liebe Frau Gensel, ich habe Ihren Vortrag bei der Online-Tagung Papierrestaurierung in Halle gehört. Sie sagten, dass Sie Zustandsprotokolle noch in Word schreiben und die Fotos händisch zuordnen, und dass Archive zunehmend strukturierte Daten verlangen. Wir haben mit ConservaDoc genau dafür eine schlanke Lösung gebaut, die auch Einzelwerkstätten bezahlen können (19 € im Monat), Export im Format, das die Landesarchive wollen. Darf ich Ihnen das in 20 Minuten zeigen?"),
  ("me", "2021-05-04 08:30", "Hallo Herr Reinsch, ja, das würde ich mir anschauen. Nächsten Dienstag?"))
c("wanted_pitch", "photographer_site_visited", "de", "Fotografin hat ihre Website angesehen, Fotos zu dunkel",
  ("w_foto", "2021-07-20 10:15", "Hallo Frau Gensel, ich bin Fotografin hier in Weimar und war neulich auf Ihrer Website. Ihre Arbeiten sind wunderschön, aber die Fotos im Shop sind ziemlich dunkel und die Rückenvergoldungen sieht man kaum, gerade beim Halbfranzband auf der Startseite. Ich fotografiere viel für Kunsthandwerkerinnen und habe Erfahrung mit spiegelnden Goldflächen. Ich könnte an einem Vormittag in Ihrer Werkstatt 15 Objekte aufnehmen, Festpreis 290 Euro. Wäre das interessant?"),
  ("me", "2021-07-20 12:30", "Ach, das stimmt leider. Ja, lassen Sie uns einen Termin finden."))
c("wanted_pitch", "consultant_public_tender", "de", "Vergabeberater nennt konkrete Ausschreibung des Kreisarchivs Sömmerda",
  ("w_foerder", "2021-03-24 08:00", "Guten Morgen Frau Gensel, auf der Vergabeplattform Thüringen ist seit gestern die Ausschreibung 'Restaurierung Schriftgut, Los 2 Papier' des Kreisarchivs Sömmerda online, Abgabe 20. April. Das passt genau zu Ihrem Profil. Viele kleine Werkstätten scheitern an den Formalien (Eigenerklärungen, Referenzliste). Ich helfe bei der Angebotsabgabe zum Pauschalpreis, oder prüfe nur Ihre Unterlagen vor Abgabe. Soll ich Ihnen die Unterlagen-Checkliste schicken?"),
  ("me", "2021-03-24 09:15", "Guten Morgen, danke für den Hinweis, die hatte ich noch nicht gesehen! Checkliste gern."))
c("wanted_pitch", "supplier_mutual_contact", "de", "Klimatechniker, empfohlen von Archivleiter Pfannschmidt",
  ("w_klima", "2021-08-11 13:20", "Guten Tag Frau Gensel, Herr Pfannschmidt vom Kreisarchiv hat mir Ihren Namen gegeben. Er meinte, Ihre Werkstatt im Altbau hat im Sommer über 65 % Luftfeuchte und Sie lagern dort Kundenobjekte. Wir haben das Archivmagazin in Apolda klimatisiert und machen auch kleine Räume mit Luftentfeuchter und Datenlogger, ohne Baumaßnahmen. Ich würde mir das gern unverbindlich anschauen."),
  ("me", "2021-08-11 15:00", "Hallo Herr Trommer, ja, das ist wirklich ein Problem. Kommen Sie gern vorbei, Montag oder Dienstag nächste Woche?"))
c("wanted_pitch", "equipment_specific_problem", "de", "Absaugtische, bezieht sich auf Schimmelbehandlung auf ihrer Website",
  ("w_absaug", "2021-05-27 11:00", "Sehr geehrte Frau Gensel, auf Ihrer Website bieten Sie Trockenreinigung von schimmelbefallenem Archivgut an. In kleinen Werkstätten wird das oft an einem normalen Tisch mit Staubsauger und FFP2-Maske gemacht, was für Sie selbst nicht ideal ist. Wir haben einen kompakten Absaugarbeitsplatz mit HEPA-Filter (80 cm breit, passt auf einen normalen Werktisch), der für Restaurierungswerkstätten entwickelt wurde. Für Einzelunternehmerinnen gibt es ihn auch zur Miete. Darf ich Ihnen das Datenblatt schicken?"),
  ("me", "2021-05-28 08:20", "Ja, schicken Sie mir das Datenblatt und die Mietkonditionen."))
c("wanted_pitch", "recruiter_relevant_role", "de", "Headhunter mit passender Stelle, kennt ihren Meisterpreis",
  ("w_hh", "2021-07-20 09:00", "Sehr geehrte Frau Gensel, ich suche für eine Stiftung in Dresden eine Leitung der Buch- und Papierrestaurierung (Team von 4). Ich bin auf Sie gestoßen, weil Sie 2014 den Bundespreis für Ihr Meisterstück (den Pergamentband mit Langstichheftung) bekommen haben und seither für Archive in ganz Thüringen restaurieren. Die Stelle wäre auch in Teilzeit denkbar. Wenn Sie grundsätzlich offen sind, schicke ich Ihnen die Beschreibung vertraulich."),
  ("me", "2021-07-21 18:00", "Guten Abend Herr Osterloh, danke für die Anfrage. Ich bin eher nicht wechselwillig, aber schicken Sie die Beschreibung gern."))
c("wanted_pitch", "service_tools_named", "de", "Schleifdienst hat ihre Pappschere auf Instagram erkannt",
  ("w_schere", "2021-11-03 16:30", "Hallo Frau Gensel, auf Ihrem Instagram-Foto von letzter Woche steht eine alte Ideal-Pappschere, ich tippe auf Baujahr 60er. Bei den Maschinen ist das Obermesser oft nicht mehr gerade geschliffen und die Pappe franst aus, was Sie in der Story ja auch erwähnt haben. Ich schleife solche Messer vor Ort in Thüringen, ca. 85 Euro inkl. Anfahrt in Weimar. Wenn Sie mögen, komme ich nächsten Monat vorbei, ich bin sowieso bei einer Druckerei in der Nähe."),
  ("me", "2021-11-03 17:00", "Gut beobachtet! Ja, gern. Schreiben Sie mir, wann Sie in der Gegend sind."))
c("wanted_pitch", "shop_consultant_site_visited", "en", "English shop consultant noticed her shop lacks English and US shipping",
  ("w_shop", "2021-06-14 12:00", "Hi Friederike, I came across your paste papers via a bookbinding forum in the US, and when I went to your online shop there was no English version and no shipping option outside the EU, although a few forum users said they'd emailed you to order. I help small makers set up international selling on exactly the shop system you use, including customs labels. Fixed price, about 2 days of work. Would that be useful to you?"),
  ("me", "2021-06-15 09:00", "Hi Sarah, yes, I keep getting those emails and handle them one by one. Please send me what it would cost."))
c("wanted_pitch", "supplier_article_read", "en", "Japanese paper importer read magazine article about her",
  ("w_washi", "2021-08-31 10:00", "Dear Friederike, I read the Restauro article about your work on the Weimar council records and the note that you had trouble finding a thin kozo tissue under 5 g/m² after your usual supplier stopped. We import directly from two families in Kochi and have a 3.5 g/m² kozo that conservators in Leipzig and Vienna use for exactly that kind of mending. I'd be happy to send a sample set so you can test it. No obligation."),
  ("me", "2021-09-01 08:15", "Dear Kenji, how kind, yes please, I'd love to test it."))
c("wanted_pitch", "platform_public_listing", "de", "Kursplattform sah ihre Workshops im Weimarer Veranstaltungskalender",
  ("w_kurs", "2021-10-14 10:30", "Liebe Frau Gensel, ich habe Ihren Workshop zur japanischen Bindung im Veranstaltungskalender der Stadt Weimar gesehen, und dass er ausgebucht war. Wir vermitteln Handwerkskurse in Thüringen und Sachsen, vor allem als Geschenkgutscheine. Sie legen Termine und Preis selbst fest, wir nehmen 15 % Provision nur bei Buchung. Gerade Buchbinden ist vor Weihnachten sehr gefragt. Interesse?"),
  ("me", "2021-10-15 09:00", "Interessant. Wie läuft das mit Stornierungen? Schicken Sie mir gern die Bedingungen."))
c("wanted_pitch", "supplier_post_read", "de", "Blattgoldlieferant reagiert auf ihren Beitrag über eingestelltes Doppelgold",
  ("w_gold", "2021-09-07 08:45", "Guten Tag Frau Gensel, Sie haben vorige Woche gepostet, dass Ihr Lieferant das 23¾-Karat-Doppelgold für die Rückenvergoldung eingestellt hat. Wir schlagen das in Schwabach noch selbst, auch in Heftchen zu 25 Blatt für kleine Werkstätten. Ich schicke Ihnen gern ein Probeheft zum Selbstkostenpreis, dann sehen Sie, ob es sich beim Vergolden genauso verhält."),
  ("me", "2021-09-07 10:00", "Oh, das wäre wunderbar. Ja bitte, ein Probeheft."))

# ================================================================== junk (38)
c("junk", "template_social_media", "de", "Vorlage Social-Media-Agentur, Absender 1",
  ("t1", "2021-02-09 09:00", "Hallo Friederike, ich bin auf dein Profil gestoßen und finde spannend, was du mit Buchbinderei & Papierrestaurierung Gensel machst! Wir helfen Handwerksbetrieben, über Social Media planbar 20+ neue Kundenanfragen pro Monat zu bekommen. Hast du diese Woche 15 Minuten für ein kurzes Gespräch?"))
c("junk", "template_social_media", "de", "Vorlage Social-Media-Agentur, Absender 2",
  ("t2", "2021-04-13 10:30", "Hallo Friederike, bin auf dein Profil gestoßen und finde richtig spannend, was du mit deiner Buchbinderei machst! Wir helfen Handwerksbetrieben, über Social Media planbar 25 neue Anfragen im Monat zu gewinnen. Hast du diese Woche kurz 15 Minuten?"))
c("junk", "template_social_media", "de", "Vorlage Social-Media-Agentur, Absender 3",
  ("t3", "2021-06-08 14:15", "Hi Friederike, ich bin auf Ihr Profil gestoßen und finde es spannend, was Sie mit der Papierrestaurierung Gensel aufbauen. Wir unterstützen Handwerksbetriebe dabei, über Social Media planbar 20+ neue Kundenanfragen pro Monat zu generieren. Hätten Sie diese Woche 15 Minuten?"))
c("junk", "template_social_media", "de", "Vorlage Social-Media-Agentur, Absender 4",
  ("t4", "2021-08-24 08:20", "Hallo Friederike! Ich bin auf dein Profil gestoßen und finde toll, was du mit Buchbinderei & Papierrestaurierung Gensel machst 🙌 Wir helfen Handwerkern, über Social Media planbar 20 bis 30 neue Kundenanfragen monatlich zu bekommen. Hast du diese Woche 15 Min für einen kurzen Call?"))
c("junk", "template_social_media", "en", "same template in English, sender 5",
  ("t5", "2021-10-19 11:40", "Hi Friederike, I came across your profile and love what you're doing with Buchbinderei & Papierrestaurierung Gensel! We help craft businesses get 20+ new customer enquiries a month through social media, predictably. Do you have 15 minutes this week for a quick chat?"))
c("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt",
  ("mt1", "2021-03-16 07:30", "Hallo {{Vorname}}, ich habe gesehen, dass {{Firma}} im Bereich {{Branche}} tätig ist. Wir liefern Ihnen jeden Monat 50 qualifizierte B2B-Leads. Wann passt ein kurzer Austausch?"))
c("junk", "merge_tag_failure", "de", "falscher Name und falsches Geschlecht",
  ("mt2", "2021-05-05 12:00", "Sehr geehrter Herr Gensel, als Inhaber der Buchhandlung Gensel wissen Sie, wie wichtig hochwertige Flyer sind. Wir drucken 5.000 Flyer ab 49 Euro. Dürfen wir Ihnen ein Angebot machen?"))
c("junk", "merge_tag_failure", "de", "[Firma]-Platzhalter",
  ("mt3", "2021-07-06 16:10", "Liebe Friederike, mir ist aufgefallen, dass [Firma] online noch Potenzial hat. Mit unserem Sichtbarkeits-Paket bringen wir [Firma] auf Seite 1 bei Google. Kurzer Call?"))
c("junk", "merge_tag_failure", "de", "Vorname klein und Firmenname als Personenname",
  ("mt4", "2021-11-23 09:45", "Hallo buchbinderei, Buchhaltung nervt? Mit BuchhaltungsHeld erledigst du deine Belege in 5 Minuten pro Woche. Jetzt 3 Monate gratis testen!"))
c("junk", "sponsored_inmail", "de", "Sponsored InMail Rechnungsprogramm",
  ("spon1", "2021-03-01 00:00", "<p>Hallo Friederike,</p><p>Rechnungen schreiben in Sekunden &ndash; GoBD-konform &amp; mit Steuerberater-Export.</p><p>Jetzt 30 Tage kostenlos testen.</p>"),
  title="Sponsored Conversation", subject="Schluss mit Papierkram")
c("junk", "sponsored_inmail", "de", "Sponsored InMail Weiterbildung",
  ("spon2", "2021-09-15 00:00", "<p>Friederike, bereit für den nächsten Karriereschritt?</p><p>Berufsbegleitender Zertifikatskurs &bdquo;Digitale F&uuml;hrung&ldquo; &ndash; jetzt Platz sichern.</p>"),
  title="Sponsored Conversation", subject="Ihre Weiterbildung 2022")
c("junk", "paid_award", "de", "Award mit Teilnahmegebühr",
  ("award", "2021-06-21 10:00", "Sehr geehrte Frau Gensel, herzlichen Glückwunsch! Ihr Betrieb wurde von unserer Jury für die Auszeichnung 'Handwerk des Jahres 2021 – Region Thüringen' nominiert. Für die Urkunde, das Siegel zur Nutzung in Ihrer Werbung und die Veröffentlichung fällt eine Gebühr von 690 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag."))
c("junk", "paid_feature", "de", "bezahltes Unternehmerinnen-Porträt",
  ("feature", "2021-08-02 13:00", "Hallo Frau Gensel, wir bereiten die Sonderausgabe 'Starke Frauen im Mittelstand' vor und möchten Sie porträtieren. Ganzseitiges Porträt mit Foto, Printauflage 25.000, dazu online. Der Kostenbeitrag liegt bei 890 € netto. Darf ich Ihnen die Mediadaten senden?"))
c("junk", "paid_podcast", "de", "Podcastplatz gegen Gebühr",
  ("podpay", "2021-09-29 18:30", "Hey Friederike, deine Geschichte als Handwerkerin würde perfekt in unseren Podcast passen! Wir haben über 100.000 Hörer. Für Produktion und Promotion berechnen wir eine Pauschale von 490 €. Hast du Lust?"))
c("junk", "offers_what_she_sells", "de", "Online-Bindeservice bietet ihr Bindung an",
  ("fotobuch", "2021-05-18 11:20", "Hallo Frau Gensel, brauchen Sie hochwertige Hardcover-Bindungen oder Fotobücher für Ihr Unternehmen? BindeWerk Online bindet Abschlussarbeiten, Chroniken und Jubiläumsbücher ab Auflage 1 – schnell und günstig. Jetzt 10 % Neukundenrabatt!"))
c("junk", "capacity_for_clients", "de", "Auftragsportal fragt nach Kapazität",
  ("portal", "2021-04-01 09:30", "Hallo Friederike, kurze Frage: Hast du aktuell Kapazitäten für neue Kunden? Auf Auftragsradar suchen gerade viele Privatkunden in Thüringen nach Handwerkern. Für 39 € im Monat bekommst du alle Anfragen aus deiner Region."))
c("junk", "like_minded_connect", "de", "Vernetzung unter Gleichgesinnten",
  ("gleich", "2021-02-23 21:00", "Liebe Friederike, ich vernetze mich so gern mit gleichgesinnten Unternehmerinnen, die etwas bewegen wollen 💜 Lass uns doch connecten und schauen, wie wir uns gegenseitig stärken können!"),
  ("gleich", "2021-03-02 20:45", "Liebe Friederike, in meinem Online-Mastermind für Unternehmerinnen ist ab März noch ein Platz frei. Soll ich dir die Infos schicken?"))
c("junk", "quick_call", "de", "15-Minuten-Call Kassensystem",
  ("call15", "2021-06-15 08:00", "Hallo Frau Gensel, haben Sie 15 Minuten für einen kurzen Call? Ich möchte Ihnen zeigen, wie Sie mit CloudKasse Zeit beim Tagesabschluss sparen. Passt Ihnen Mittwoch 10 Uhr oder Donnerstag 14 Uhr?"))
c("junk", "connect_then_pitch", "de", "Finanzberater: Smalltalk, Antwort, dann Pitch",
  ("ctp1", "2021-04-07 10:00", "Hallo Frau Gensel, danke fürs Annehmen! Ich war letztens in Weimar, eine wunderschöne Stadt. Haben Sie Ihre Werkstatt direkt in der Altstadt?"),
  ("me", "2021-04-07 13:20", "Hallo Herr Thiel, ja, nah am Jakobskirchhof."),
  ("ctp1", "2021-04-08 09:00", "Tolle Lage! Sagen Sie, als Selbstständige: Haben Sie Ihre Altersvorsorge schon optimal aufgestellt? Viele Handwerkerinnen verschenken da Tausende Euro. Ich würde Ihnen gern in einem kostenlosen Gespräch zeigen, wie man das steuerlich clever macht."))
c("junk", "connect_then_pitch", "de", "Solar: Grüße aus Erfurt, dann Pitch",
  ("ctp2", "2021-06-22 09:15", "Hallo Friederike, schön, dass wir jetzt vernetzt sind! Genießt du auch das tolle Wetter? ☀️"),
  ("ctp2", "2021-06-24 09:10", "Apropos Sonne: Mit einer PV-Anlage auf dem Dach deiner Werkstatt könntest du deine Stromkosten um bis zu 70 % senken. Darf ich dir eine kostenlose Potenzialanalyse machen?"))
c("junk", "connect_then_pitch", "de", "Instagram-Wachstum nach Vernetzung, dann Erinnerung",
  ("ctp3", "2021-10-04 11:00", "Hey Friederike, danke fürs Connecten! Deine Einbände sind echt der Wahnsinn 😍"),
  ("ctp3", "2021-10-05 11:00", "Wir helfen Kreativen, auf Instagram in 90 Tagen 10.000 echte Follower zu bekommen. Willst du wissen wie?"),
  ("ctp3", "2021-10-12 11:00", "Hey, nur ein kurzer Reminder wegen meiner Nachricht 🙂"))
c("junk", "follow_up_bumps", "de", "Website-Baukasten mit Nachfassen ohne Antwort",
  ("bump1", "2021-01-12 10:00", "Hallo Frau Gensel, Ihre Website ist nicht mehr ganz zeitgemäß. Mit unserem Baukasten haben Sie in einem Tag eine neue – ab 9,90 € im Monat. Interesse?"),
  ("bump1", "2021-01-19 10:00", "Hallo Frau Gensel, ich wollte nochmal an meine Nachricht erinnern."),
  ("bump1", "2021-01-28 10:00", "Hallo Frau Gensel, haben Sie meine Nachricht gesehen? Das Angebot gilt nur noch bis Ende Januar."))
c("junk", "follow_up_bumps", "de", "Inkassodienst mit Nachfassen",
  ("bump2", "2021-08-30 08:00", "Guten Tag Frau Gensel, offene Rechnungen belasten Ihre Liquidität? Wir übernehmen Ihr Forderungsmanagement zum Festpreis."),
  ("bump2", "2021-09-07 08:00", "Guten Tag, ich hake nochmal nach – haben Sie Interesse an einem unverbindlichen Gespräch?"),
  ("bump2", "2021-09-20 08:00", "Letzter Versuch 🙂 Falls das Thema später aktuell wird, melden Sie sich gern."))
c("junk", "off_topic_investment", "de", "Krypto/Vermögensclub",
  ("krypto", "2021-11-08 20:20", "Hallo Friederike, hast du schon von der Möglichkeit gehört, mit digitalen Assets ein passives Einkommen aufzubauen? In unserem exklusiven Club zeigen wir Unternehmerinnen, wie das geht. Nächster Info-Abend am Donnerstag online."))
c("junk", "off_topic_product", "de", "Gewerbeleasing Firmenwagen",
  ("leasing", "2021-05-25 12:45", "Hallo Frau Gensel, als Gewerbetreibende profitieren Sie von unseren Top-Leasingraten für E-Autos, z. B. ab 199 € netto im Monat. Soll ich Ihnen ein individuelles Angebot erstellen?"))
c("junk", "fluent_names_company", "de", "Markenagentur nennt ihre Firma, aber austauschbar",
  ("fluent", "2021-07-27 10:10", "Liebe Frau Gensel, Buchbinderei & Papierrestaurierung Gensel steht für Qualität und Leidenschaft, das merkt man sofort. Doch in einem hart umkämpften Markt reicht Qualität allein oft nicht aus: Es braucht eine Marke, die im Kopf bleibt. Wir entwickeln für Unternehmen wie Ihres eine ganzheitliche Markenstrategie. Darf ich Ihnen in einem kurzen Gespräch zeigen, wie das für Sie aussehen könnte?"))
c("junk", "generic_counterpart_leather", "de", "generischer Lederhändler (Gegenstück zum Gerber)",
  ("genleder", "2021-02-17 09:00", "Sehr geehrte Damen und Herren, wir sind Großhändler für Leder aller Art: Rind, Schwein, Kunstleder für Möbel, Taschen und Autoinnenausstattung. Fordern Sie jetzt unseren Katalog an!"))
c("junk", "generic_counterpart_photo", "de", "generischer Fotograf (Gegenstück zur Produktfotografin)",
  ("genfoto", "2021-08-10 14:00", "Hallo! Brauchen Sie professionelle Fotos? Ob Hochzeit, Business-Portrait oder Produktfoto – Fotostudio Blitzlicht ist Ihr Partner. Jetzt Termin buchen!"))
c("junk", "generic_counterpart_funding", "de", "generische Fördermittelberatung (Gegenstück zum Vergabeberater)",
  ("genfoerder", "2021-03-30 11:30", "Hallo Frau Gensel, wussten Sie, dass Ihnen bis zu 80 % Förderung zustehen könnten? Wir prüfen kostenlos, welche Fördermittel für Ihr Unternehmen in Frage kommen. Jetzt Termin vereinbaren!"))
c("junk", "generic_counterpart_software", "de", "generische Bürosoftware (Gegenstück zu ConservaDoc)",
  ("gensoft", "2021-05-11 10:00", "Hallo Frau Gensel, digitalisieren Sie Ihr Unternehmen! OfficeFlow vereint CRM, Projektmanagement und Zeiterfassung in einer Software. Buchen Sie jetzt eine Demo."))
c("junk", "generic_counterpart_recruiter", "de", "generische Recruiterin (Gegenstück zum Headhunter)",
  ("genhh", "2021-07-13 15:30", "Hallo Friederike, spannendes Profil! Ich habe aktuell viele offene Positionen im Bereich Vertrieb, Office und Logistik in ganz Deutschland. Bist du offen für neue Herausforderungen?"))
c("junk", "generic_counterpart_shop", "de", "generischer Onlineshop-Berater (Gegenstück zur Shop-Beraterin)",
  ("genshop", "2021-06-01 17:00", "Hallo Friederike, willst du endlich online durchstarten? Wir bauen dir deinen Onlineshop in 7 Tagen, inklusive 1.000 Produkte Import. Jetzt kostenloses Erstgespräch sichern!"))
c("junk", "review_selling", "de", "Google-Bewertungen kaufen",
  ("bewertung", "2021-10-26 13:30", "Hallo Frau Gensel, mehr Sterne = mehr Kunden! Wir steigern Ihre Google-Bewertungen nachhaltig. Pakete ab 99 €. Schreiben Sie mir für Details."))
c("junk", "mlm", "de", "MLM Aloe Vera",
  ("aloe", "2021-04-20 21:30", "Hey Friederike 🌿 Ich suche aktuell 3 motivierte Frauen, die sich nebenbei etwas aufbauen wollen, flexibel von zu Hause. Wäre das was für dich? Ich erzähl dir gern mehr!"))
c("junk", "insurance_generic", "de", "Berufsunfähigkeitsversicherung generisch",
  ("bu", "2021-02-02 08:30", "Guten Tag Frau Gensel, sind Sie als Selbstständige ausreichend abgesichert, wenn Sie einmal nicht arbeiten können? Ich biete Ihnen einen kostenlosen BU-Check an. Wann passt es Ihnen?"))
c("junk", "pushy_after_decline", "de", "Social-Media-Agentur hakt trotz Absage nach",
  ("t1", "2021-03-04 09:00", "Hallo Friederike, ich wollte nochmal nachhaken wegen Social Media. Wir haben gerade einen Kunden aus dem Handwerk, der seinen Umsatz verdoppelt hat."),
  ("me", "2021-03-04 12:00", "Hallo Marvin, danke, aber ich habe mehr Anfragen als Zeit. Kein Bedarf."),
  ("t1", "2021-03-04 12:05", "Verstehe ich total! Aber genau dann lohnt es sich, die richtigen Kunden zu filtern und höhere Preise durchzusetzen. 15 Minuten, und ich zeige dir wie?"),
  subject="Nochmal kurz")
c("junk", "off_topic_product", "de", "Arbeitskleidung mit Logo",
  ("mt2", "2021-09-14 10:20", "Sehr geehrte Frau Gensel, ergänzend zu unseren Druckprodukten bieten wir jetzt auch bestickte Arbeitskleidung an. Schürzen mit Logo ab 14,90 €! Katalog anbei."),
  subject="Neu: Arbeitskleidung")
c("junk", "off_topic_service", "de", "Übersetzungsbüro, generisch",
  ("uebersetz", "2021-12-01 09:40", "Sehr geehrte Frau Gensel, planen Sie die Expansion ins Ausland? LinguaPro übersetzt Ihre Website, Verträge und Marketingtexte in über 40 Sprachen, zertifiziert nach ISO 17100. Gern sende ich Ihnen ein unverbindliches Angebot."),
  ("uebersetz", "2021-12-09 09:40", "Sehr geehrte Frau Gensel, darf ich kurz an meine Nachricht erinnern? Bis Jahresende gewähren wir 15 % Rabatt auf die erste Übersetzung."))


def main() -> None:
    out = Path(__file__).resolve().parents[1] / SLUG
    profile = {
        "First Name": "Friederike", "Last Name": "Gensel",
        "Headline": "Buchbindermeisterin & Papierrestauratorin in Weimar | Einbände, Restaurierung, Kurse",
        "Summary": "Eigene Werkstatt seit 2012: Restaurierung von Büchern, Archivalien und Grafik für "
                   "Bibliotheken, Archive, Museen und Privatsammler. Handeinbände, Kassetten, Kurse.",
        "Industry": "Restaurierung und Handwerk", "Zip Code": "99423",
        "Geo Location": "Weimar, Thüringen, Deutschland",
        "Websites": "[COMPANY:https://buchbinderei-gensel.example.de]",
    }
    positions = [
        {"Company Name": "Buchbinderei & Papierrestaurierung Gensel", "Title": "Inhaberin",
         "Description": "Buchbinderei und Papierrestaurierung, Weimar.", "Location": "Weimar",
         "Started On": "Apr 2012", "Finished On": ""},
        {"Company Name": "Handbuchbinderei Hentschel, Leipzig", "Title": "Gesellin",
         "Description": "", "Location": "Leipzig", "Started On": "Sep 2006", "Finished On": "Mar 2012"},
    ]
    skills = ["Papierrestaurierung", "Handbuchbinderei", "Buchrestaurierung", "Vergoldung",
              "Kleisterpapier", "Schadenskartierung"]
    e.write(out, profile, positions, skills)
    print(e.summary())


if __name__ == "__main__":
    main()

"""dev20 persona (written blind as heldout26, session 4): heldout26 persona 2: Volker Twelsiek, Kfz-Meister and owner of an independent workshop in Bielefeld.

Written blind to the code (session 4): every message below is written by hand for this corpus.
Running this script regenerates ../de-car-repair-workshop-owner-bielefeld byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-car-repair-workshop-owner-bielefeld"
OWNER = Person("me", "Volker Twelsiek", "https://www.linkedin.com/in/volker-twelsiek-4c90a1",
               "Kfz-Meisterbetrieb Twelsiek", "Inhaber, Kfz-Technikermeister")
ex = Export(SLUG, "2021", OWNER)
P = ex.person

# ---------------------------------------------------------------- people
P("zahnriemen", "Sabine Obermeier", "", "")
P("pflege", "Jens Kottmann", "Ambulanter Pflegedienst Sonnenschein", "Fuhrparkleiter", connected="2019-09-03")
P("teile", "Markus Hölscher", "OWL Autoteile Handel GmbH", "Außendienst", connected="2014-05-20")
P("innung", "Petra Wiemann", "Kfz-Innung Bielefeld", "Geschäftsführerin", connected="2016-02-11")
P("azubi", "Leon Schröder", "Kfz-Meisterbetrieb Twelsiek", "Auszubildender Kfz-Mechatroniker", connected="2020-08-01")
P("bewerber", "Mehmet Aydın", "", "Schüler")
P("regulierer", "Katrin Pohlmann", "Westfalia Versicherung AG", "Schadenregulierung Kfz", connected="2020-06-15")
P("recruiter", "Tobias Lüke", "Personalwerk OWL", "Personalberater", connected="2021-01-12",
  invite=("OUT", "2021-01-12 07:35", "Moin Herr Lüke, Kollege Wiemann hat Sie empfohlen."))
P("karosserie", "Ralf Niemöller", "Karosserie & Lack Niemöller", "Inhaber", connected="2012-10-01")
P("fest1", "Gisela Strunk", "", "")
P("fest2", "Heiner Brüggemann", "Brüggemann Sanitär", "Installateurmeister", connected="2017-04-04")
P("fest3", "Anja Tiemann", "", "")
P("altkollege", "Uwe Kleinebekel", "Autohaus Kleinebekel", "Werkstattleiter", connected="2011-03-30",
  invite=("OUT", "2011-03-30 20:10", ""))
P("meisterschule", "Frank 'Franky' Dreier", "Dreier Nutzfahrzeuge", "Meister", connected="2010-11-02")
P("spamkunde", "Hildegard Vogt", "", "")
P("journo", "Lena Brandhorst", "Neue Westfälische", "Redakteurin Lokales", connected="2021-03-02")
P("expat", "Daniel Whitaker", "Brackwede Precision Tools", "Process Engineer")
P("taxi", "Serkan Yıldız", "Taxi Sparrenburg GmbH", "Geschäftsführer", connected="2018-07-07")
P("reifen", "Claudia Meierjohann", "Meierjohann Gebäudereinigung", "Büroleitung")
P("diagvendor", "Stefan Rehkopf", "DiagTec Deutschland", "Key Account Manager", connected="2017-09-09")
P("geselle", "Björn Klußmann", "Kfz-Meisterbetrieb Twelsiek", "Kfz-Mechatroniker", connected="2015-08-15")
P("steuer", "Annette Vahle", "Vahle & Partner Steuerberatung", "Steuerberaterin", connected="2013-01-22")
P("oldie", "Wolfgang Kemena", "", "Rentner")
P("berufskolleg", "Michael Bökamp", "Carl-Severing-Berufskolleg", "Fachlehrer Fahrzeugtechnik", connected="2018-02-02")
P("pruefer", "Andreas Lohmann", "Prüfstelle OWL", "Prüfingenieur", connected="2016-06-06")
P("glas", "Nicole Hagedorn", "Autoglas Hagedorn", "Inhaberin", connected="2019-03-15")
P("beschwerde", "Thorsten Reckmann", "", "")
P("verein", "Kalle Wöstmann", "SV Sennestadt 1920", "Jugendleiter", connected="2015-05-05")
P("exmitarbeiter", "Patrick Ellerbrock", "", "Kfz-Mechatroniker")
P("batteries", "Joost van der Berg", "Benelux Battery Distribution B.V.", "Account Manager", connected="2019-11-11")
P("baecker", "Elke Upmeier", "Bäckerei Upmeier", "Inhaberin", connected="2018-12-01")
P("regulierer2", "Sven Hartkemeyer", "Westfalia Versicherung AG", "Schadensachbearbeiter")
P("stammtisch", "Gerd Bultmann", "Bultmann Kfz-Technik", "Inhaber", connected="2009-06-20")
P("jubilaeum", "Ursula Dieckmann", "Sparkasse Bielefeld", "Firmenkundenberaterin", connected="2014-09-09")

# wanted pitches
P("w_diag", "Julia Krane", "GatewayFix GmbH", "Vertrieb Werkstattlösungen", connected="2021-02-19",
  invite=("IN", "2021-02-18 17:30", "Hallo Herr Twelsiek, Ihr Beitrag zum Secure Gateway hat mich angesprochen."))
P("w_hv", "Dr. Martin Sprenger", "HV-Akademie Ostwestfalen", "Trainer Hochvolttechnik")
P("w_termin", "Kevin Oesterwinter", "", "Freiberuflicher Webentwickler")
P("w_regal", "Birgit Lammers", "Lammers Lagertechnik", "Vertrieb")
P("w_recruit", "Nina Stückemann", "Talentwerk Technik", "Recruiterin Kfz-Handwerk")
P("w_smart", "Dennis Kuhlmann", "Smart Repair Kuhlmann", "Inhaber")
P("w_tender", "Oliver Beckmann", "Beckmann Nutzfahrzeug-Aufbauten", "Vertriebsleiter")
P("w_software", "Sandra Voß", "WerkstattCloud", "Kundenberaterin")
P("w_sprache", "Aylin Demir", "Sprachwerk Bielefeld", "Projektleitung Berufssprache")
P("w_japan", "Christian Nagel", "Nippon Parts Nord", "Gebietsleiter OWL")
P("w_hybrid", "Gavin Marsh", "ReCell Hybrid Batteries Ltd", "Business Development")
P("w_pv", "Lukas Frerichs", "Sonnendach OWL", "Projektplaner")

# junk
P("j_seo", "Marcel Jankowski", "TopRank Agentur", "Online Marketing Berater")
P("j_web", "Rahul Verma", "CodeNest Technologies", "Business Development Manager")
P("j_crypto", "Alina Weiss", "", "Investorin | Mentorin | Freiheit")
P("j_yacht", "Jörg Tappe", "Blue Horizon Yachting", "Event Sales")
P("j_fleet", "Sebastian Ahlers", "FleetCare Mobil Service", "Vertrieb")
P("j_capacity", "Dominik Rüter", "WerkstattLeads24", "Gründer")
P("j_likeminded", "Ramona Stiegler", "Stiegler Consulting", "Unternehmerin | Business Coach")
P("j_15min", "Florian Hecht", "Umsatzhebel GmbH", "Partner")
P("j_ctp1", "Marvin Kettler", "Kettler Finanzberatung", "Finanzberater", connected="2021-03-08",
  invite=("IN", "2021-03-08 06:50", ""))
P("j_ctp2", "Jessica Brink", "Brink Social Media", "Social Media Managerin", connected="2021-04-26",
  invite=("IN", "2021-04-25 19:12", "Hallo Volker, tolle Werkstatt! Lass uns vernetzen :)"))
P("j_ctp3", "Timo Engelhardt", "EnergieKontor24", "Energieberater", connected="2020-10-13",
  invite=("IN", "2020-10-12 11:00", ""))
P("j_bump", "Heike Sonntag", "Factoring Plus AG", "Vertriebsberaterin")
P("j_tpl1", "Nils Overbeck", "Sterne Direkt", "Inhaber")
P("j_tpl2", "Vanessa Kroll", "ReviewBoost GmbH", "Kundenbetreuung")
P("j_tpl3", "Patrick Sommerfeld", "LokalHeld Marketing", "Geschäftsführer")
P("j_tpl4", "Celina Hartung", "5Sterne Werkstattmarketing", "Beraterin")
P("j_tpl5", "Ethan Cole", "StarPilot Reviews", "Growth Manager")
P("j_merge1", "Lisa Brömmelhaus", "Vertriebsturbo", "Sales Development")
P("j_merge2", "Kai Petersen", "AdsFabrik", "Account Manager")
P("j_merge3", "Yvonne Hartmann", "Immo Invest Nord", "Beraterin")
P("j_merge4", "Thomas Brandes", "Firmenwagen Direkt Leasing", "Key Account")
P("spon1", "LinkedIn Member", url="")
P("spon2", "Gewerbekredit24", url="https://www.linkedin.com/company/gewerbekredit24")
P("spon3", "LinkedIn Member", url="")
P("j_award", "Dr. Carsten Ulbrich", "Deutsches Handwerksinstitut für Qualität", "Projektleiter Auszeichnungen")
P("j_feature", "Sarah Lindemann", "Meisterbetriebe Magazin", "Anzeigenleitung")
P("j_podcast", "Benedikt Roth", "Handwerk Heroes Podcast", "Host")
P("j_fluent", "Katharina von Hagen", "Markenmanufaktur Hagen", "Strategin")
P("j_diag", "Ivan Petrović", "AutoScan Europe", "Sales Manager")
P("j_schulung", "Michaela Frost", "Weiterbildung Kompakt", "Seminarberaterin")
P("j_termin", "Fabian Götz", "BuchDirekt Online", "Vertrieb")
P("j_recruit", "Oksana Melnyk", "GlobalWorkforce Personal", "Personalvermittlung")
P("j_erp", "Andreas Keil", "BusinessSuite 360", "Vertriebsleiter")
P("j_pv", "Nadine Klose", "Solar Sofort GmbH", "Energieexpertin")
P("j_bav", "Jan-Hendrik Wolter", "Vorsorge Partner", "Fachberater bAV")
P("j_mlm", "Sandra Kühn", "", "Teamleiterin | Gesundheit & Freiheit")
P("j_tests", "Rico Lenz", "Schnelltest Partner Deutschland", "Partnermanagement")

C = ex.conv

# ================================================================ GENUINE (35)
C("genuine", "inbound_lead_quote", "de", "Kundin fragt Kostenvoranschlag Zahnriemenwechsel an", [
    ("zahnriemen", "2021-04-12 19:22", "Guten Abend Herr Twelsiek, meine Nachbarin hat Ihre Werkstatt empfohlen. Bei meinem Skoda Octavia (2015, 1.6 TDI, 148.000 km) steht der Zahnriemenwechsel an. Was würde das bei Ihnen ungefähr kosten, mit Wasserpumpe? Und wann hätten Sie einen Termin frei? Danke und viele Grüße, Sabine Obermeier"),
    ("me", "2021-04-13 07:10", "Guten Morgen Frau Obermeier, danke für die Anfrage und Grüße an die Nachbarin! Zahnriemen mit Spannrolle und Wasserpumpe, Originalteile: rund 690 € inkl. MwSt., je nach Zustand der Keilrippenriemen. Termin ginge Dienstag 20.04., Auto bis 8 Uhr bringen, abends wieder abholen."),
    ("zahnriemen", "2021-04-13 08:45", "Super, dann nehme ich den Dienstag. Kann ich den Schlüssel auch schon Montagabend in den Briefkasten werfen?"),
    ("me", "2021-04-13 09:02", "Klar, Umschlag mit Name und Kennzeichen, dann passt das."),
])
C("genuine", "fleet_client_contract", "de", "Pflegedienst verhandelt Rahmenvertrag für 14 Fahrzeuge", [
    ("pflege", "2020-11-03 13:15", "Hallo Volker, wie besprochen hier nochmal schriftlich: Wir haben jetzt 14 Fahrzeuge (10 Up, 4 Caddy). Ich hätte gern einen Rahmenvertrag für Inspektion, HU und Reifenwechsel mit festen Preisen und Hol- und Bringdienst, weil meine Leute keine Zeit haben. Kannst du mir bis Ende des Monats ein Angebot machen? Gruß Jens"),
    ("me", "2020-11-03 17:40", "Moin Jens, mach ich. Hol-/Bringdienst innerhalb Bielefeld kein Problem, wir machen das mit dem Azubi. Ich rechne mit 8% auf Teile und festen Pauschalen je Inspektion. Angebot kommt bis 20.11."),
    ("pflege", "2020-11-24 10:02", "Angebot ist da, danke. Geschäftsleitung ist fast einverstanden, nur die Reifeneinlagerung mit 19 € pro Satz und Saison ist ihnen zu hoch. 15 € ginge?"),
    ("me", "2020-11-24 11:30", "17 € und wir haben nen Deal. Da sind Waschen und Wuchten beim Wechsel mit drin."),
    ("pflege", "2020-11-24 11:45", "Passt. Schick mir den Vertrag, ich lass unterschreiben."),
])
C("genuine", "vendor_existing_price_change", "de", "Teilehändler kündigt neue Konditionen und Preiserhöhung an", [
    ("teile", "2021-06-01 08:30", "Moin Volker, kurze Info vorab, bevor das offizielle Schreiben kommt: Ab 1.7. erhöhen wir die Listenpreise bei Bremsen und Filtern um ca. 4-6 %, Hersteller geben das an uns weiter. Dein Rabatt von 32 % bleibt, und die zweite Tour nachmittags um 15 Uhr bleibt auch. Wenn du vorher noch größere Mengen Bremsscheiben lagern willst, sag Bescheid, dann halte ich dir die alten Preise bis 30.6."),
    ("me", "2021-06-01 12:05", "Danke Markus, fair dass du vorher Bescheid sagst. Ich schick dir morgen ne Liste, was ich noch einlagern will."),
])
C("genuine", "event_invite", "de", "Kfz-Innung lädt zur Freisprechungsfeier ein", [
    ("innung", "2021-07-05 10:00", "Sehr geehrter Herr Twelsiek, lieber Volker, die Freisprechungsfeier der Kfz-Innung Bielefeld findet am Freitag, 3. September, um 18 Uhr in der Ravensberger Spinnerei statt (unter 3G). Ihr Azubi Jonas Pape wird dort freigesprochen. Wir würden uns freuen, wenn Sie als Ausbildungsbetrieb dabei sind, und wenn Sie als Obermeister-Stellvertreter zwei Sätze sagen würden, noch mehr. Herzliche Grüße, Petra Wiemann"),
    ("me", "2021-07-05 18:20", "Liebe Petra, da komme ich gern, und die zwei Sätze krieg ich auch hin. Ich bringe meine Frau mit."),
])
C("genuine", "colleague_apprentice", "de", "Azubi fragt wegen Berufsschule und Prüfungsvorbereitung", [
    ("azubi", "2021-02-15 20:45", "Hallo Chef, sorry dass ich hier schreib, hab deine handynr nicht. Die Berufsschule ist wegen Corona wieder auf Distanz, ich soll aber für die Zwischenprüfung üben. Kann ich Freitags nachmittags an dem alten Golf in der Halle 2 Messübungen machen? Lg Leon"),
    ("me", "2021-02-16 06:55", "Moin Leon, na klar. Björn zeigt dir Freitag das Oszi. Und handynr hängt am Schwarzen Brett, Junge 😉"),
])
C("genuine", "job_applicant", "de", "Bewerber für Ausbildungsplatz 2021", [
    ("bewerber", "2021-01-20 16:10", "Sehr geehrter Herr Twelsiek,\nich heiße Mehmet, bin 16 und mache im Sommer meinen Realschulabschluss an der Realschule Senne. Ich habe mich schon immer für Autos interessiert und helfe meinem Onkel beim Schrauben. Bieten Sie für 2021 noch einen Ausbildungsplatz als Kfz-Mechatroniker an? Über ein Praktikum würde ich mich auch freuen.\nMit freundlichen Grüßen\nMehmet Aydın"),
    ("me", "2021-01-21 07:20", "Hallo Mehmet, ja, wir bilden 2021 wieder aus. Schick mir deine Bewerbung mit letztem Zeugnis per Mail an info@, und dann machst du erstmal eine Woche Praktikum in den Osterferien, ok?"),
    ("bewerber", "2021-01-21 15:02", "Vielen Dank!! Mach ich heute noch."),
])
C("genuine", "insurer_claims", "de", "Schadenreguliererin zum Kostenvoranschlag und Stundenverrechnungssatz", [
    ("regulierer", "2021-03-17 09:40", "Sehr geehrter Herr Twelsiek, zum Haftpflichtschaden unseres VN (Kennzeichen BI-KR 482, Schaden vom 04.03.) liegt uns Ihr Kostenvoranschlag über 3.284,50 € vor. Der angesetzte Stundenverrechnungssatz für Karosseriearbeiten liegt über dem regionalen Durchschnitt. Können Sie uns die Zusammensetzung erläutern oder uns einen Termin zur Nachbesichtigung nennen? Mit freundlichen Grüßen, K. Pohlmann"),
    ("me", "2021-03-17 12:15", "Sehr geehrte Frau Pohlmann, der Satz ist unser üblicher Satz für Fachwerkstätten in Bielefeld, den hat Ihr Haus bei drei Schäden in diesem Jahr ohne Kürzung reguliert. Nachbesichtigung gern, Donnerstag oder Freitag zwischen 8 und 11 Uhr. Das Fahrzeug steht bei uns."),
    ("regulierer", "2021-03-18 08:05", "Danke, dann verzichten wir auf die Nachbesichtigung. Die Freigabe geht heute raus."),
])
C("genuine", "recruiter_engaged", "de", "Inhaber hat Personalberater beauftragt: Suche Kfz-Mechatroniker, Honorar besprochen", [
    ("me", "2021-01-12 07:40", "Guten Morgen Herr Lüke, danke fürs Vernetzen. Ich suche ab April einen Kfz-Mechatroniker-Gesellen, gern mit HV-Schein (Stufe 2), Vollzeit. Wie würden Sie das angehen und was kostet mich das?"),
    ("recruiter", "2021-01-12 11:25", "Guten Morgen Herr Twelsiek, gern. Für Handwerksbetriebe berechnen wir 18 % des Jahresbruttos, zahlbar bei Arbeitsantritt, Nachbesetzungsgarantie 3 Monate. Ich würde Ihren Betrieb gern einmal sehen, bevor ich Kandidaten anspreche. Passt Ihnen Donnerstag 14 Uhr?"),
    ("me", "2021-01-12 11:40", "Donnerstag passt. 18 % ist happig, aber wenn der Richtige kommt, soll's mir recht sein."),
    ("recruiter", "2021-02-09 16:30", "Kurzes Update: zwei Kandidaten, einer aus Gütersloh mit HV2. Profile per Mail. Vorstellungsgespräch nächste Woche möglich?"),
])
C("genuine", "peer_joint_offer", "de", "Karosserie-Kollege schlägt gemeinsames Unfall-Komplettangebot vor", [
    ("karosserie", "2020-09-14 18:05", "N'Abend Volker. Ich hab mir was überlegt: Wir machen zusammen Unfallinstandsetzung aus einer Hand, du Mechanik/Diagnose/ADAS-Kalibrierung, ich Karosserie und Lack. Ein Ansprechpartner für Kunde und Versicherung, ein gemeinsamer Kostenvoranschlag. Die Westfalia sucht grad Partnerbetriebe in Bielefeld-Süd. Lass mal auf'n Bier drüber reden."),
    ("me", "2020-09-14 19:30", "Ralf, gute Idee. Wir müssen nur klären, wer die Rechnung schreibt und wie wir die Marge teilen. Mittwoch im Bültmannshof?"),
    ("karosserie", "2020-09-14 19:33", "Mittwoch 19 Uhr. Ich bring den Entwurf mit."),
])
C("genuine", "thanks_congrats", "de", "Dank nach dem Tag der offenen Werkstatt zum 25-Jährigen (1 von 3)", [
    ("fest1", "2021-08-29 20:10", "Lieber Herr Twelsiek, vielen Dank für den schönen Tag der offenen Werkstatt heute! Die Bratwurst war lecker und mein Enkel redet nur noch von der Hebebühne. Herzlichen Glückwunsch zum 25-jährigen! Gisela Strunk"),
])
C("genuine", "thanks_congrats", "de", "Dank nach dem Tag der offenen Werkstatt zum 25-Jährigen (2 von 3)", [
    ("fest2", "2021-08-29 21:30", "Volker, danke für heute! Schöner Tag, toll organisiert. Glückwunsch zu 25 Jahren, weiter so! Heiner"),
    ("me", "2021-08-30 07:15", "Danke Heiner, schön dass ihr da wart!"),
])
C("genuine", "thanks_congrats", "de", "Dank nach dem Tag der offenen Werkstatt zum 25-Jährigen (3 von 3)", [
    ("fest3", "2021-08-30 09:02", "Hallo Herr Twelsiek, danke für den tollen Tag gestern und herzlichen Glückwunsch zum Jubiläum! Die Kinder fanden die Reifenwechsel-Challenge super."),
])
C("genuine", "owner_started_peer", "de", "Inhaber fragt alten Kollegen nach einem W123-Teil", [
    ("me", "2020-10-20 12:30", "Hallo Uwe, lange nicht gehört! Ich hab hier nen Kunden mit nem W123 240D, der braucht ein Vakuum-Umschaltventil für die ZV, Mercedes hat nix mehr. Habt ihr im alten Lager noch was rumliegen?"),
    ("altkollege", "2020-10-20 17:55", "Volker! Ich guck morgen im Keller, da liegt noch ne Kiste mit W123-Kram vom alten Schmidt. Wenn was da ist, bring ich's Samstag vorbei. Und dann trinken wir einen Kaffee, du Vogel."),
    ("altkollege", "2020-10-21 10:12", "Zwei Stück gefunden, eins davon neu in der Tüte 😄"),
    ("me", "2020-10-21 10:20", "Du bist Gold wert!"),
])
C("genuine", "friend_longstanding", "de", "Kumpel aus der Meisterschule, Stammtisch-Geplänkel", [
    ("meisterschule", "2021-05-08 21:12", "Hömma Volker, wat is los, man hört ja gar nix mehr von dir. Arminia bleibt drin, da müssen wir drauf anstoßen wenn die Biergärten wieder auf sind. Und sag mal, kennst du jemand der nen gebrauchten Bremsenprüfstand abgibt? Meiner macht Zicken."),
    ("me", "2021-05-09 09:30", "Franky, alter Schwede. Anstoßen auf jeden Fall! Prüfstand: Gerd Bultmann rüstet um, frag den mal, sag schönen Gruß."),
])
C("genuine", "customer_spam_folder", "de", "Kundin fragt nach der Rechnung; LinkedIn legt es in SPAM", [
    ("spamkunde", "2021-02-03 11:48", "Sehr geehrter Herr Twelsiek, ich habe meinen Polo letzte Woche bei Ihnen zur Inspektion gehabt und bezahlt, aber leider keine Rechnung bekommen, die brauche ich für die Beihilfe (Fahrdienst). Könnten Sie mir die bitte zusenden an h.vogt@ (Adresse haben Sie)? Vielen Dank, H. Vogt"),
    ("me", "2021-02-08 08:10", "Sehr geehrte Frau Vogt, entschuldigen Sie, Ihre Nachricht war im Spam-Ordner gelandet. Die Rechnung geht heute per Post und per Mail raus."),
], folder="SPAM")
C("genuine", "journalist", "de", "Lokaljournalistin fragt nach Chipmangel und Werkstattalltag", [
    ("journo", "2021-03-02 14:20", "Hallo Herr Twelsiek, ich schreibe für die NW einen Text über freie Werkstätten in der Pandemie: Kurzarbeit, Teileengpässe, E-Autos. Hätten Sie diese Woche 30 Minuten für ein Gespräch? Gern auch telefonisch. Beste Grüße, Lena Brandhorst"),
    ("me", "2021-03-02 16:45", "Hallo Frau Brandhorst, gern. Donnerstag ab 15 Uhr, dann ist es ruhiger. Kommen Sie ruhig vorbei, dann kann der Fotograf gleich mit."),
])
C("genuine", "inbound_lead_english", "en", "English-speaking engineer asks about preparing his car for the HU", [
    ("expat", "2021-05-18 18:30", "Hi Mr Twelsiek, sorry for writing in English. I moved to Bielefeld for work last year and my car (a 2012 Ford Focus, imported from the UK, now German plates) needs its TÜV in June. A colleague said you speak English and are honest. Could you check it before the inspection and tell me roughly what it might need? The headlights are still UK-style I think."),
    ("me", "2021-05-18 20:05", "Hello Mr Whitaker, no problem. Yes, UK headlights will not pass, you need the continental ones, around 380 euro fitted. Bring the car on Monday 31 May, we check everything and the inspector comes on Wednesday anyway, so we can do the HU here."),
    ("expat", "2021-05-18 20:22", "Perfect, thank you very much. See you on the 31st."),
])
C("genuine", "fleet_client", "de", "Taxiunternehmen zu Wartungsterminen und Preisen", [
    ("taxi", "2021-01-25 07:05", "Morgen Volker, zwei von meinen Passats müssen diese Woche zur Inspektion, einer hat 390tkm und das DSG ruckelt. Kriegst du die zwischen Mittwoch und Freitag rein? Und was nimmst du jetzt für ne DSG-Spülung, letztes Mal warens 280?"),
    ("me", "2021-01-25 07:30", "Moin Serkan, Mittwoch 7 Uhr beide. DSG-Spülung 295 €, Öl ist teurer geworden. Den mit 390tkm lese ich mal aus, bevor wir spülen."),
    ("taxi", "2021-01-25 07:31", "👍"),
])
C("genuine", "inbound_lead", "de", "Firma fragt Reifeneinlagerung und Räderwechsel für ihre Firmenwagen an", [
    ("reifen", "2020-10-05 10:45", "Guten Tag Herr Twelsiek, wir sind eine Gebäudereinigung in Sennestadt mit 6 Transportern. Bisher haben wir die Reifen selbst gelagert, aber der Platz fehlt. Bieten Sie Reifeneinlagerung mit Wechsel an und was würde das für 6 Fahrzeuge pro Saison kosten? Freundliche Grüße, Claudia Meierjohann"),
    ("me", "2020-10-05 13:10", "Guten Tag Frau Meierjohann, ja, machen wir. Für Transporter: Wechsel inkl. Wuchten 45 €, Einlagerung 19 € pro Satz und Saison. Bei 6 Fahrzeugen gebe ich 10 % Nachlass. Wenn Sie mögen, machen wir alle an einem Samstagvormittag."),
    ("reifen", "2020-10-06 09:12", "Das klingt gut. Samstag 24.10.?"),
    ("me", "2020-10-06 09:40", "Trag ich ein."),
])
C("genuine", "vendor_existing_price_change", "de", "Diagnosegeräte-Lieferant: Lizenzverlängerung wird teurer", [
    ("diagvendor", "2020-12-01 09:00", "Hallo Herr Twelsiek, Ihre Softwarelizenz für das DT-700 läuft am 31.12. aus. Ab 2021 kostet die Jahreslizenz 1.190 € netto statt 1.090 €, dafür ist der SGW-Zugang für Stellantis und das Mercedes-Update enthalten, das Sie letztes Jahr extra gekauft haben. Soll ich die Verlängerung wie gewohnt vorbereiten?"),
    ("me", "2020-12-02 07:45", "Hallo Herr Rehkopf, ja bitte, aber schicken Sie mir schriftlich, dass SGW wirklich drin ist. Letztes Jahr hieß es das auch."),
    ("diagvendor", "2020-12-02 10:30", "Kommt heute schriftlich, versprochen."),
])
C("genuine", "colleague_staff", "de", "Geselle fragt nach Urlaub in den Sommerferien", [
    ("geselle", "2021-03-22 17:30", "Chef, kurze Frage, können wir die letzten zwei Wochen Sommerferien Urlaub machen? Meine Frau hat jetzt ihre Urlaubsplanung bekommen. Ich weiß ist Reifensaison-Vorbereitung aber Ende August ist noch ruhig"),
    ("me", "2021-03-22 18:10", "Geht klar Björn, trag's in den Kalender. Dann aber ab September keine Ausreden 😄"),
])
C("genuine", "advisor_existing", "de", "Steuerberaterin zur Kurzarbeit und Überbrückungshilfe", [
    ("steuer", "2020-04-02 08:20", "Lieber Herr Twelsiek, zur Kurzarbeit: Die Anzeige bei der Agentur ist raus. Bitte schicken Sie mir bis zum 5. des Folgemonats die Stunden pro Mitarbeiter. Soforthilfe NRW haben Sie beantragt? Falls nicht, machen wir das heute noch zusammen, rufen Sie mich bitte an."),
    ("me", "2020-04-02 08:45", "Danke Frau Vahle, Soforthilfe noch nicht. Ich ruf um 10 an."),
])
C("genuine", "inbound_lead", "de", "Oldtimerbesitzer fragt H-Kennzeichen-Vorbereitung an", [
    ("oldie", "2021-06-14 15:12", "Sehr geehrter Herr Twelsiek, ich habe einen Opel Rekord D von 1975, der 2022 ein H-Kennzeichen bekommen soll. Man sagte mir, Sie kennen sich mit alten Autos aus. Könnten Sie den Wagen durchsehen und mir sagen, was zu tun ist und was das kostet, bevor der Gutachter kommt? Mit freundlichem Gruß W. Kemena"),
    ("me", "2021-06-14 19:40", "Guten Abend Herr Kemena, ein Rekord D, schön! Ja, machen wir gern. Die Durchsicht kostet pauschal 120 €, danach bekommen Sie eine Liste mit Preisen. Rost an Schwellern und Radläufen ist meist das Thema."),
])
C("genuine", "school_partner", "de", "Berufskolleg-Lehrer zu Praktikumsplätzen", [
    ("berufskolleg", "2020-09-28 12:10", "Hallo Volker, hast du im Frühjahr wieder zwei Praktikumsplätze für die Fachoberschule Technik? Die Jungs vom letzten Jahr schwärmen immer noch. Ich bräuchte nur kurze Rückmeldung bis Ende Oktober. Beste Grüße Michael"),
    ("me", "2020-09-28 17:05", "Hallo Michael, zwei Plätze gern, im Februar/März. Corona-Regeln müssen wir dann sehen."),
])
C("genuine", "owner_started_question", "de", "Inhaber fragt die Innung nach Ausbildungsvergütung", [
    ("me", "2020-07-14 10:20", "Hallo Petra, kurze Frage: gilt ab August die neue Mindestausbildungsvergütung auch für den Azubi, der schon im 2. Lehrjahr ist, oder nur für Neuverträge? Danke dir"),
    ("innung", "2020-07-14 13:02", "Hallo Volker, die Mindestvergütung gilt nur für Verträge ab 1.1.2020, aber ihr liegt mit dem Innungstarif ohnehin drüber. Für 2021 gibt's neue Sätze, schick ich dir rundum."),
])
C("genuine", "partner_existing", "de", "Prüfingenieur zum wöchentlichen Prüftag", [
    ("pruefer", "2021-04-06 07:50", "Moin Volker, ich bin diese Woche Donnerstag statt Mittwoch bei dir, Mittwoch hab ich Schulung. Wie viele HUs hast du? Mehr als 8 schaff ich nicht."),
    ("me", "2021-04-06 08:05", "Moin Andreas, 7 HU plus 1 Änderungsabnahme (Anhängerkupplung). Donnerstag ist ok."),
])
C("genuine", "partner_existing", "de", "Autoglas-Partnerin zu Kalibrierung nach Scheibentausch", [
    ("glas", "2021-05-25 11:30", "Hallo Volker, ich hab morgen einen Golf 8 mit Frontscheibe, danach muss die Kamera kalibriert werden. Kannst du den um 14 Uhr übernehmen? Gleicher Preis wie immer?"),
    ("me", "2021-05-25 12:00", "14 Uhr ok, gleicher Preis, 149 € netto."),
])
C("genuine", "customer_complaint", "de", "Kunde beschwert sich über Geräusch nach Reparatur", [
    ("beschwerde", "2021-07-19 19:55", "Guten Abend, ich hab letzte Woche bei Ihnen die Bremsen vorne machen lassen (Astra, BI-TR 119). Seitdem quietscht es beim Bremsen wie verrückt. Für 410 € erwarte ich eigentlich Ruhe. Was machen wir da?"),
    ("me", "2021-07-20 07:10", "Guten Morgen Herr Reckmann, das tut mir leid, das gucken wir uns natürlich kostenlos an. Kommen Sie heute oder morgen früh vorbei, dauert 20 Minuten. Meist ist es die Anlagefläche, die nochmal gefettet werden muss."),
    ("beschwerde", "2021-07-20 07:35", "Ok, ich komm morgen um 7.30."),
    ("beschwerde", "2021-07-21 09:40", "Ist weg, danke. Schnell und unkompliziert, so muss das."),
])
C("genuine", "community_sponsoring", "de", "Sportverein (er ist Mitglied) fragt nach Trikotsponsoring", [
    ("verein", "2021-06-28 21:00", "Moin Volker, die C-Jugend braucht neue Trikots für die Saison. Letztes Mal hattest du ja die Hälfte übernommen. Wärst du wieder dabei? Wären diesmal so 650 € für die Hälfte, dafür steht Twelsiek wieder groß vorne drauf 😉 Kalle"),
    ("me", "2021-06-29 06:50", "Kalle, bin dabei. Schick mir die Rechnung."),
])
C("genuine", "reference_request", "de", "Ehemaliger Mitarbeiter bittet um Arbeitszeugnis", [
    ("exmitarbeiter", "2021-02-22 18:15", "Hallo Volker, hoffe euch gehts gut. Ich bräuchte für meine Bewerbung bei Bosch Service noch ein qualifiziertes Zeugnis, das einfache hab ich. Kannst du mir das ausstellen? Danke dir!"),
    ("me", "2021-02-23 07:30", "Hallo Patrick, klar, schreib ich dir bis Freitag. Viel Erfolg!"),
])
C("genuine", "vendor_existing_english", "en", "Dutch battery distributor about a delayed delivery", [
    ("batteries", "2021-01-11 09:15", "Good morning Volker, I have to let you know that your order of 24 AGM batteries (order 55312) will be delayed until next Thursday because of the snow on the A30. I'm sorry for this. Do you need a few urgently? I can send 6 by courier from our Venlo stock at our cost."),
    ("me", "2021-01-11 09:40", "Morning Joost, yes please send 6 by courier, 4x 70Ah and 2x 95Ah. Thanks for telling me early."),
    ("batteries", "2021-01-11 10:05", "Done, they arrive tomorrow before noon."),
])
C("genuine", "fleet_client", "de", "Bäckerei mit Lieferwagen braucht dringend Hilfe", [
    ("baecker", "2020-12-18 04:50", "Volker es tut mir leid so früh, der Sprinter springt nicht an und wir müssen um 6 die Brötchen zu den Kindergärten fahren. Kannst du jemand schicken? Elke"),
    ("me", "2020-12-18 05:20", "Bin in 15 Minuten da mit dem Starthilfegerät. Kaffee aufsetzen 😉"),
    ("baecker", "2020-12-18 06:40", "Danke dir, du bist ein Schatz. Rechnung bitte mit der nächsten Inspektion."),
])
C("genuine", "insurer_claims", "de", "Sachbearbeiter der Versicherung zum Mietwagen im Schadenfall", [
    ("regulierer2", "2021-08-10 14:30", "Guten Tag Herr Twelsiek, im Schadenfall 21-0788-KH fragt der Geschädigte nach einem Mietwagen für die Reparaturdauer. Laut Ihrem KV sind es 4 Arbeitstage. Stellen Sie einen Ersatzwagen oder soll der Kunde selbst anmieten? Wir übernehmen Klasse 4 bis max. 5 Tage."),
    ("me", "2021-08-10 15:05", "Guten Tag Herr Hartkemeyer, wir stellen unseren Werkstattersatzwagen (Golf), 4 Tage à 45 €. Rechnung separat."),
])
C("genuine", "event_invite", "de", "Kollege lädt zum Meister-Stammtisch OWL ein", [
    ("stammtisch", "2021-09-06 12:00", "Moin Volker, der Meister-Stammtisch is wieder da! Dienstag 21.9. ab 19 Uhr im Brauhaus am Siegfriedplatz, 2G. Thema diesmal: wie kommen wir an die Reparaturinfos von den Herstellern ohne uns dumm und dämlich zu zahlen. Bringst du Björn mit?"),
    ("me", "2021-09-06 18:20", "Bin dabei Gerd, Björn frag ich."),
])
C("genuine", "thanks_congrats", "de", "Firmenkundenberaterin gratuliert zum 25-jährigen Betriebsjubiläum", [
    ("jubilaeum", "2021-08-02 09:30", "Lieber Herr Twelsiek, herzlichen Glückwunsch zum 25-jährigen Bestehen Ihres Betriebs! Seit 2014 darf ich Sie begleiten und es ist immer eine Freude. Auf die nächsten 25! Ihre Ursula Dieckmann"),
    ("me", "2021-08-02 12:40", "Vielen Dank Frau Dieckmann, das freut mich sehr. Sie kommen doch am 29.8. zum Tag der offenen Werkstatt?"),
    ("jubilaeum", "2021-08-02 13:00", "Aber sicher!"),
])

# ================================================================ WANTED PITCHES (12)
C("wanted_pitch", "tailored_post", "de", "Gateway-Anbieter bezieht sich auf seinen Beitrag zum Secure Gateway", [
    ("w_diag", "2021-02-19 08:45", "Guten Morgen Herr Twelsiek, danke fürs Annehmen. Ihr Beitrag letzte Woche, dass Sie bei einem Peugeot 3008 wegen des Secure Gateways keine Fehler löschen konnten und der Kunde zum Vertragshändler musste, hat mich angesprochen. Genau dafür haben wir ein Gateway-Modul, das mit Ihrem DT-700 funktioniert (Sie hatten das Gerät auf dem Foto), inklusive Stellantis-Freischaltung. 249 € einmalig, 60 € pro Jahr. Wenn Sie mögen, bringe ich es nächste Woche zum Testen vorbei, kostenfrei. Beste Grüße, Julia Krane"),
    ("me", "2021-02-19 12:20", "Hallo Frau Krane, klingt gut. Herr Rehkopf von DiagTec hat mir das auch versprochen, bisher ohne Erfolg. Dienstag 10 Uhr?"),
    ("w_diag", "2021-02-19 12:35", "Dienstag 10 Uhr, ich bringe einen 3008-Datensatz mit."),
])
C("wanted_pitch", "tailored_talk", "de", "HV-Trainer bezieht sich auf seinen Vortrag bei der Innung", [
    ("w_hv", "2021-05-03 10:10", "Sehr geehrter Herr Twelsiek, ich war bei Ihrem Vortrag auf der Innungsversammlung (online) über E-Autos in freien Werkstätten. Sie sagten, nur Sie und ein Geselle haben die HV-Qualifikation Stufe 2 und Sie müssten Hybridkunden deshalb oft wegschicken. Wir schulen in Herford, Stufe 2 in 3 Tagen, auch als Inhouse-Kurs in Ihrer Werkstatt an Ihren eigenen Fahrzeugen. Für 3 Mitarbeiter wäre das inhouse günstiger als 3 Einzelplätze (ca. 1.650 € statt 2.280 €), und über die Bildungsprämie NRW förderfähig. Darf ich ein Angebot schicken? Mit freundlichen Grüßen, Martin Sprenger"),
    ("me", "2021-05-03 17:20", "Ja bitte, Angebot an info@. Am liebsten im Juli, da ist's ruhiger."),
])
C("wanted_pitch", "tailored_site_visit", "de", "Webentwickler hat seine Website besucht und konkrete Mängel gefunden", [
    ("w_termin", "2021-03-29 21:05", "Hallo Herr Twelsiek, ich bin Kunde bei Ihnen (der grüne Fiesta 😄) und wollte neulich abends online einen Termin machen. Auf Ihrer Seite gibt's nur Telefon und Fax, und die Öffnungszeiten stehen noch mit 'Samstag 8-12' drin, obwohl Sie samstags zu haben. Ich mache Webseiten für kleine Betriebe hier in Bielefeld. Ich könnte Ihnen eine einfache Terminanfrage einbauen, die direkt in Ihr Postfach geht, und die Zeiten korrigieren, für 350 € pauschal, ohne Abo. Nur falls Sie wollen! Kevin Oesterwinter"),
    ("me", "2021-03-30 07:00", "Moin Herr Oesterwinter, das mit Samstag hat mir keiner gesagt, peinlich. Kommen Sie doch mal vorbei, dann reden wir."),
])
C("wanted_pitch", "tailored_photos_seen", "de", "Lagertechnik-Anbieterin hat die Reifenstapel auf Google-Fotos gesehen", [
    ("w_regal", "2020-09-08 09:30", "Guten Tag Herr Twelsiek, auf den Google-Fotos Ihres Betriebs sieht man im Hof Reifenstapel unter Planen, und Sie schreiben in der Antwort auf eine Bewertung, dass die Einlagerung wegen Platzmangel voll ist. Wir bauen Reifenregale für Hallen mit niedriger Decke, 4 Ebenen mit Fahrwagen. In einer Fläche von 6 x 4 m bekommen Sie rund 220 Sätze unter. Ich schaue mir Ihre Halle gern kostenlos an und mache einen Plan. Beste Grüße, Birgit Lammers"),
    ("me", "2020-09-08 11:50", "Das mit den Planen nervt mich selber. Donnerstag nachmittag?"),
])
C("wanted_pitch", "tailored_recruiter", "de", "Recruiterin mit HV-qualifiziertem Kandidaten zu seiner Stellenanzeige", [
    ("w_recruit", "2021-02-02 13:40", "Hallo Herr Twelsiek, ich habe Ihre Stellenanzeige in der Jobbörse der Arbeitsagentur gesehen (Kfz-Mechatroniker, HV2 erwünscht, ab April). Ich betreue einen Gesellen aus Bielefeld-Heepen, 28, HV-Stufe 2, 6 Jahre in einer Opel-Werkstatt, der weg vom Autohaus in einen freien Betrieb möchte. Er wäre ab 1.4. verfügbar. Unser Honorar: 15 %. Darf ich Ihnen das Profil anonymisiert schicken? Nina Stückemann"),
    ("me", "2021-02-02 16:00", "Hallo Frau Stückemann, ich bin schon mit Herrn Lüke von Personalwerk dran, aber schicken Sie es gern. Wenn es ein anderer Kandidat ist, reden wir."),
])
C("wanted_pitch", "tailored_mutual_contact", "de", "Smart-Repair-Betrieb auf Empfehlung des Karosseriekollegen", [
    ("w_smart", "2021-04-20 10:15", "Hallo Herr Twelsiek, Ralf Niemöller hat mir Ihren Namen gegeben. Er meinte, Sie schicken Kunden mit kleinen Dellen und Parkremplern oft zu ihm, obwohl sich für ihn eine Lackierung da kaum lohnt. Ich mache Smart Repair (Ausbeulen ohne Lackieren, Spot-Repair) und könnte einmal die Woche zu Ihnen kommen und die Fahrzeuge direkt bei Ihnen machen. Sie behalten den Kunden, ich rechne mit Ihnen ab. Interesse? Dennis Kuhlmann"),
    ("me", "2021-04-20 12:30", "Ralf hat's mir schon angekündigt. Ja, lassen Sie uns das mal 2 Monate testen."),
])
C("wanted_pitch", "tailored_tender", "de", "Aufbautenhersteller schlägt gemeinsames Angebot zur Stadtwerke-Ausschreibung vor", [
    ("w_tender", "2021-06-09 08:20", "Sehr geehrter Herr Twelsiek, die Stadtwerke haben im Vergabeportal die Wartung von 32 Transportern mit Werkstatteinbauten ausgeschrieben (Los 2, Bielefeld-Süd, Frist 2.7.). Los 2 verlangt Mechanik und Prüfung der Einbauten aus einer Hand. Wir bauen diese Regalsysteme, Sie sind der einzige freie Meisterbetrieb mit Bremsenprüfstand im Süden. Wollen wir als Bietergemeinschaft anbieten? Ich habe die Unterlagen schon durchgesehen und kann sie Ihnen schicken. Oliver Beckmann"),
    ("me", "2021-06-09 13:10", "Herr Beckmann, gute Idee, die Ausschreibung hatte ich gesehen, aber allein zu groß. Schicken Sie mir die Unterlagen, ich melde mich Freitag."),
])
C("wanted_pitch", "tailored_tools", "de", "Werkstattsoftware-Anbieterin kennt seine alte Software und den Windows-7-Rechner", [
    ("w_software", "2020-11-16 11:00", "Guten Tag Herr Twelsiek, Sie hatten in der Facebookgruppe 'Freie Werkstätten OWL' gefragt, wie man aus WerkPlan 5 die Kundendaten rausbekommt, weil der Rechner noch mit Windows 7 läuft und der Hersteller nicht mehr existiert. Wir haben einen Importer genau für WerkPlan-Datenbanken (Kunden, Fahrzeuge, Historie seit 2003 bleibt erhalten). WerkstattCloud läuft im Browser, 69 € im Monat, Import kostenlos. Wenn Sie mögen, schicken Sie mir eine Kopie der Datenbank und ich zeige Ihnen Ihre eigenen Daten in der neuen Oberfläche. Sandra Voß"),
    ("me", "2020-11-16 19:30", "Interessant. Ich frag mal Frau Vahle wegen Datenschutz, dann melde ich mich."),
])
C("wanted_pitch", "tailored_press_item", "de", "Sprachschule nach NW-Artikel über seine Azubis mit Fluchtgeschichte", [
    ("w_sprache", "2021-03-15 09:45", "Sehr geehrter Herr Twelsiek, ich habe in der NW gelesen, dass zwei Ihrer Azubis aus Syrien und Eritrea kommen und die Fachbegriffe in der Berufsschule die größte Hürde sind. Wir bieten einen berufsbezogenen Deutschkurs 'Fachsprache Kfz' an, 2 Stunden pro Woche, auch abends, vom BAMF gefördert, für die Azubis kostenlos. Ein Kollege aus der Kfz-Innung Herford nutzt das schon. Darf ich Ihnen die Infos schicken? Mit freundlichen Grüßen, Aylin Demir"),
    ("me", "2021-03-15 12:00", "Ja, bitte! Das wäre eine große Hilfe."),
])
C("wanted_pitch", "tailored_specialty", "de", "Teilehändler für japanische Marken bezieht sich auf seine Spezialisierung", [
    ("w_japan", "2020-08-24 10:20", "Guten Tag Herr Twelsiek, auf Ihrer Website steht 'Spezialist für Toyota, Mazda und Honda' und in Ihren Bewertungen wird oft der Hybrid-Service erwähnt. Wir sind Großhändler nur für japanische Marken und liefern seit diesem Monat zweimal täglich nach Bielefeld, auch Hybrid-Teile wie Inverter-Kühlpumpen, die es bei den Allroundern kaum gibt. Ich würde Ihnen gern unsere Konditionen zeigen und einen Testauftrag anbieten. Christian Nagel"),
    ("me", "2020-08-24 16:00", "Herr Nagel, Inverterpumpen für den Auris warte ich gerade 5 Tage. Schicken Sie mal die Konditionen."),
])
C("wanted_pitch", "tailored_article_english", "en", "UK hybrid battery remanufacturer read his LinkedIn article on Prius batteries", [
    ("w_hybrid", "2021-04-07 14:00", "Hello Mr Twelsiek, I read your LinkedIn article on repairing Prius 2 hybrid batteries cell by cell instead of replacing the whole pack (I used a translator, I hope I understood correctly!). You wrote that the quality of replacement modules is the main problem. We remanufacture and grade modules in Birmingham and ship to EU workshops with DDP paperwork since Brexit. Graded modules for the Prius 2 are 38 EUR each with a 2-year warranty. I'd be glad to send you 4 test modules free of charge. Best regards, Gavin Marsh"),
    ("me", "2021-04-08 07:30", "Hello Mr Marsh, yes, please send the test modules. If the grading is good, I need about 30 per year."),
])
C("wanted_pitch", "tailored_social_post", "de", "PV-Planer bezieht sich auf seinen Post zu den Wallboxen und dem Hallendach", [
    ("w_pv", "2021-07-12 08:30", "Moin Herr Twelsiek, Sie haben gepostet, dass Sie jetzt zwei Wallboxen für Kundenfahrzeuge haben und der Strompreis Ihnen dabei Bauchschmerzen macht. Ihr Hallendach (Süd-West, ca. 400 m², auf dem Luftbild gut zu sehen) wäre für rund 60 kWp geeignet, damit würden Sie die Wallboxen und den Kompressor tagsüber weitgehend selbst versorgen. Ich rechne Ihnen das gern kostenlos mit Ihren echten Verbrauchsdaten durch. Lukas Frerichs, Sonnendach OWL (wir sitzen in Schloß Holte)"),
])

# ================================================================ JUNK (38)
C("junk", "generic_service_pitch", "de", "generisches SEO-Angebot", [
    ("j_seo", "2021-01-18 09:00", "Hallo Herr Twelsiek,\n\nich habe mir Ihre Website angesehen und festgestellt, dass Sie bei Google für wichtige Suchbegriffe Ihrer Branche nicht auf Seite 1 erscheinen. Damit entgehen Ihnen jeden Monat zahlreiche Anfragen!\n\nUnsere Agentur bringt Unternehmen wie Ihres nachhaltig nach vorne. Hätten Sie Interesse an einer kostenlosen SEO-Analyse?\n\nBeste Grüße\nMarcel Jankowski"),
])
C("junk", "generic_service_pitch", "en", "offshore web development pitch in English", [
    ("j_web", "2020-11-02 05:30", "Hello Sir, Hope you are doing well. We are a top rated IT company offering website design, mobile app development, e-commerce, CRM and digital marketing services at very competitive rates. We have delivered 800+ projects for clients in USA, UK, Germany. Kindly share your requirements so that we can send you a proposal. Regards, Rahul"),
    ("j_web", "2020-11-09 05:30", "Hello Sir, Just following up on my previous message. Looking forward to your positive reply."),
])
C("junk", "mlm_crypto", "de", "Krypto-Mentoring", [
    ("j_crypto", "2021-02-24 22:40", "Hey Volker 😊 Ich sehe du bist selbstständig, respekt! Darf ich fragen ob du schon mal über Bitcoin nachgedacht hast? Ich hab letztes Jahr mit einem Mentor angefangen und verdiene jetzt nebenbei mehr als in meinem alten Job. Ich nehme diesen Monat noch 3 Leute mit. Interesse? 🚀"),
])
C("junk", "off_topic_product", "de", "Yacht-Incentive für Mitarbeiter", [
    ("j_yacht", "2021-05-27 14:00", "Sehr geehrter Herr Twelsiek, belohnen Sie Ihr Team mit einem unvergesslichen Erlebnis! Unsere Incentive-Segeltörns in Kroatien und auf der Ostsee für Gruppen von 8 bis 80 Personen sind das perfekte Teambuilding. Sichern Sie sich jetzt Ihren Wunschtermin für 2022 mit 15 % Frühbucherrabatt."),
])
C("junk", "sells_what_you_sell", "de", "Mobiler Werkstattservice bietet ihm Fahrzeugwartung an", [
    ("j_fleet", "2021-03-10 10:30", "Guten Tag Herr Twelsiek, kümmern Sie sich noch selbst um die Wartung Ihrer Firmenfahrzeuge? Mit FleetCare kommt die Werkstatt zu Ihnen: Inspektion, Reifenwechsel und kleine Reparaturen direkt auf Ihrem Firmengelände, ohne Ausfallzeiten. Darf ich Ihnen ein unverbindliches Angebot für Ihren Fuhrpark machen?"),
])
C("junk", "capacity_ask", "de", "Lead-Generierung: Kapazität für Neukunden?", [
    ("j_capacity", "2021-04-14 12:00", "Hi Volker, kurze Frage: Hast du aktuell noch Kapazitäten für 20-30 neue Werkstattkunden im Monat? Wir schicken Werkstätten über Facebook-Ads qualifizierte Anfragen für Inspektion und Reparatur. Bezahlt wird nur pro Anfrage. Wenn ja, schick ich dir ein kurzes Video wie das läuft."),
    ("j_capacity", "2021-04-21 12:00", "Hi Volker, nur kurz nachgehakt, wäre das was für dich?"),
])
C("junk", "like_minded_networking", "de", "Vernetzung unter gleichgesinnten Unternehmern", [
    ("j_likeminded", "2021-06-02 07:15", "Hallo Volker, ich vernetze mich gern mit gleichgesinnten Unternehmern, die etwas bewegen wollen. Ich glaube an die Kraft von Netzwerken und daran, dass wir gemeinsam mehr erreichen. Lass uns gern austauschen und schauen, wo sich Synergien ergeben! Herzliche Grüße, Ramona 🌟"),
])
C("junk", "quick_call_ask", "de", "15-Minuten-Call mit Kalenderlink und Nachfassen", [
    ("j_15min", "2021-05-10 16:00", "Hallo Herr Twelsiek, ich helfe Inhabern von Handwerksbetrieben, ihren Umsatz um 30 % zu steigern, ohne mehr zu arbeiten. Hätten Sie diese Woche 15 Minuten für ein kurzes Kennenlerngespräch? Hier mein Kalender: https://termine.umsatzhebel.example/florian-15"),
    ("j_15min", "2021-05-17 16:00", "Hallo Herr Twelsiek, ich hole meine Nachricht nochmal nach oben. 15 Minuten, versprochen!"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, Smalltalk, dann Finanzberatung in Nachricht 2", [
    ("j_ctp1", "2021-03-09 07:30", "Hallo Herr Twelsiek, danke für die Vernetzung! Wie läuft's bei Ihnen in der Werkstatt in diesen Zeiten?"),
    ("j_ctp1", "2021-03-11 07:30", "Herr Twelsiek, als Unternehmer denken Sie sicher auch an Ihre Altersvorsorge und Steueroptimierung. Viele Selbstständige verschenken hier jedes Jahr mehrere tausend Euro. Ich würde Ihnen gern in einem kurzen Gespräch zeigen, wie Sie das ändern. Wann passt es Ihnen?"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, Inhaber antwortet auf Smalltalk, dann Social-Media-Paket", [
    ("j_ctp2", "2021-04-26 09:10", "Hey Volker, danke fürs Annehmen! Ich liebe ja alte Autos, welches ist dein Lieblingsauto, das du je repariert hast? 😊"),
    ("me", "2021-04-26 12:15", "Moin, schwer zu sagen, vielleicht ein Citroën DS von '71. Hat Nerven gekostet."),
    ("j_ctp2", "2021-04-26 12:30", "Wie cool!! Genau solche Geschichten wollen die Leute auf Instagram sehen! Mir ist aufgefallen, dass deine Werkstatt dort kaum aktiv ist. Ich biete ein Rundum-Paket mit 12 Posts und 4 Reels im Monat für 690 €. Soll ich dir ein Angebot schicken?"),
    ("j_ctp2", "2021-05-03 10:00", "Hi Volker, hast du mein Angebot gesehen? 😊"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, zweimal Smalltalk, dann Stromtarif-Pitch in Nachricht 3", [
    ("j_ctp3", "2020-10-13 10:00", "Guten Tag Herr Twelsiek, vielen Dank für die Annahme meiner Kontaktanfrage!"),
    ("j_ctp3", "2020-10-15 10:00", "Schönes Wetter heute in OWL, oder? 😄"),
    ("j_ctp3", "2020-10-19 10:00", "Herr Twelsiek, wir haben für Gewerbekunden gerade exklusive Festpreise für Strom und Gas. Wenn Sie mir Ihre letzte Jahresabrechnung schicken, zeige ich Ihnen Ihr Einsparpotenzial. Unverbindlich natürlich."),
])
C("junk", "followup_bump", "de", "Factoring-Angebot mit mehreren unbeantworteten Erinnerungen", [
    ("j_bump", "2021-02-01 10:00", "Guten Tag Herr Twelsiek, warten Sie auch zu oft auf Ihr Geld? Mit Factoring Plus erhalten Sie Ihre Rechnungsbeträge innerhalb von 24 Stunden. Darf ich Ihnen unsere Konditionen schicken?"),
    ("j_bump", "2021-02-08 10:00", "Guten Tag Herr Twelsiek, ich wollte kurz nachhaken, ob Sie meine Nachricht gesehen haben."),
    ("j_bump", "2021-02-16 10:00", "Hallo Herr Twelsiek, ich möchte Sie nicht nerven, aber ist das Thema Liquidität für Sie relevant?"),
    ("j_bump", "2021-03-01 10:00", "Letzte Nachricht von mir, Herr Twelsiek. Falls sich etwas ändert, melden Sie sich gern."),
])
C("junk", "mass_template", "de", "Bewertungs-Template, Absender 1 von 5", [
    ("j_tpl1", "2021-01-26 11:10", "Hallo Herr Twelsiek, viele Werkstätten verlieren jeden Monat Kunden an die Vertragshändler, nur weil sie bei Google zu wenige Bewertungen haben. Mit unserem System bekommen Sie automatisch mehr 5-Sterne-Bewertungen von zufriedenen Kunden, im Schnitt 40 neue in 3 Monaten. Darf ich Ihnen in 10 Minuten zeigen, wie das funktioniert? Nils"),
])
C("junk", "mass_template", "de", "Bewertungs-Template, Absender 2 von 5", [
    ("j_tpl2", "2021-02-23 14:25", "Guten Tag Herr Twelsiek, viele Kfz-Werkstätten verlieren jeden Monat Kunden an die Autohäuser, nur weil sie bei Google zu wenig Bewertungen haben. Mit unserem System sammeln Sie automatisch 5-Sterne-Bewertungen, im Schnitt 35 neue in 90 Tagen. Darf ich Ihnen in 10 Minuten zeigen wie? Viele Grüße, Vanessa Kroll"),
])
C("junk", "mass_template", "de", "Bewertungs-Template, Absender 3 von 5", [
    ("j_tpl3", "2021-04-06 09:50", "Hallo Volker, viele Werkstätten in OWL verlieren Monat für Monat Kunden an Vertragswerkstätten, bloß weil sie bei Google zu wenige Bewertungen haben. Unser System holt automatisch mehr 5-Sterne-Bewertungen rein, im Schnitt 40 Stück in 3 Monaten. Hast du 10 Minuten, dann zeig ich's dir? Patrick"),
    ("j_tpl3", "2021-04-13 09:50", "Hallo Volker, kurz hochgeholt, hast du's gesehen?"),
])
C("junk", "mass_template", "de", "Bewertungs-Template, Absender 4 von 5", [
    ("j_tpl4", "2021-06-15 15:00", "Hallo Herr Twelsiek, wussten Sie, dass viele Werkstätten jeden Monat Kunden an Vertragshändler verlieren, nur wegen zu weniger Google-Bewertungen? Mit unserem System bekommen Sie automatisch mehr 5-Sterne-Bewertungen, durchschnittlich 45 neue in 3 Monaten, garantiert. 10 Minuten Demo? Celina Hartung"),
])
C("junk", "mass_template", "en", "review template, sender 5 of 5, in English", [
    ("j_tpl5", "2021-07-20 13:30", "Hi Volker, many auto repair shops lose customers to dealerships every month just because they have too few Google reviews. Our system automatically gets you more 5-star reviews from happy customers, 40 new ones in 3 months on average. Can I show you how it works in 10 minutes? Ethan"),
])
C("junk", "merge_tag_fail", "de", "Vertriebs-Template mit {{Vorname}}", [
    ("j_merge1", "2021-03-03 13:00", "Hallo {{Vorname}}, ich habe gesehen, dass {{Firma}} gerade wächst, und wollte mich kurz melden. Wir helfen Unternehmen wie Ihrem, 15-20 qualifizierte Termine pro Monat zu generieren, vollautomatisch. Lust auf einen kurzen Austausch?"),
])
C("junk", "merge_tag_fail", "de", "Google-Ads-Angebot mit [Firmenname]-Platzhalter", [
    ("j_merge2", "2021-05-19 10:40", "Hallo Herr Twelsiek, ich bin beeindruckt, was [Firmenname] in der Branche [Branche] leistet. Wir betreuen Google-Ads-Konten für Unternehmen wie Ihres und senken die Kosten pro Lead im Schnitt um 40 %. Interesse an einem kostenlosen Konto-Check?"),
])
C("junk", "merge_tag_fail", "de", "Immobilien-Investment mit falschem Namen", [
    ("j_merge3", "2021-06-21 18:00", "Hallo Herr Brinkhoff, als erfolgreicher Zahnarzt wissen Sie, wie wichtig es ist, Ihr Vermögen klug anzulegen. Wir bieten exklusive Kapitalanlage-Immobilien in Leipzig mit 4,5 % Rendite. Darf ich Ihnen das Exposé schicken?"),
])
C("junk", "merge_tag_fail", "de", "Leasing-Angebot an die falsche Firma", [
    ("j_merge4", "2021-08-17 08:45", "Sehr geehrter Herr Twelsiek, als Geschäftsführer des Autohaus Meyer GmbH kennen Sie die Herausforderungen bei der Dienstwagenbeschaffung. Mit Firmenwagen Direkt leasen Sie Neufahrzeuge aller Marken zu Top-Konditionen. Darf ich Ihnen ein Angebot machen?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail für Weiterbildung", [
    ("spon1", "2021-01-14 12:00", "<p>Hallo Volker,</p><p>bereit für den nächsten Karriereschritt? Mit unserem berufsbegleitenden Online-MBA qualifizieren Sie sich für Führungsaufgaben &ndash; flexibel und staatlich anerkannt.</p><p>Jetzt Infomaterial anfordern!</p>"),
], title="Sponsored Conversation", subject="Ihr Weg zum MBA")
C("junk", "sponsored_inmail", "de", "Sponsored InMail für einen Gewerbekredit", [
    ("spon2", "2021-04-01 12:00", "<p>Hallo Volker,</p><p>Investitionen planen? Mit Gewerbekredit24 erhalten Sie bis zu 250.000 &euro; in 48 Stunden &ndash; ohne Papierkram.</p><p>Jetzt Konditionen prüfen</p>"),
], title="Sponsored Conversation", subject="Schnelle Finanzierung für Ihr Unternehmen")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for a cloud phone system, in English", [
    ("spon3", "2021-09-02 12:00", "<p>Hi Volker,</p><p>Never miss a customer call again. Our cloud phone system routes calls to any device &amp; costs less than your landline.</p><p>Book your free demo today.</p>"),
], title="Sponsored Conversation", subject="Modernise your business phone")
C("junk", "paid_award", "de", "Kostenpflichtiges Qualitätssiegel 'Top-Werkstatt 2021'", [
    ("j_award", "2021-05-05 10:00", "Sehr geehrter Herr Twelsiek, wir freuen uns, Ihnen mitzuteilen, dass Ihr Betrieb auf Basis unserer unabhängigen Analyse von Online-Bewertungen für das Siegel 'TOP-Werkstatt 2021' qualifiziert ist. Um das Siegel, die Urkunde und die Nutzungsrechte für Ihre Werbung zu erhalten, wählen Sie bitte eines unserer Lizenzpakete (ab 490 € zzgl. MwSt.). Die Frist endet am 31.05."),
    ("j_award", "2021-05-25 10:00", "Sehr geehrter Herr Twelsiek, nur noch 6 Tage, um Ihr Siegel 'TOP-Werkstatt 2021' zu sichern!"),
])
C("junk", "paid_feature", "de", "Bezahltes Unternehmensporträt im Magazin", [
    ("j_feature", "2021-03-23 15:30", "Sehr geehrter Herr Twelsiek, unsere Redaktion hat Ihren Betrieb für die Ausgabe 'Deutschlands starke Meisterbetriebe 2021' ausgewählt. Ein ganzseitiges Porträt inklusive professioneller Texterstellung erhalten Sie zum Sonderpreis von 1.490 € (statt 2.900 €). Soll ich Ihnen einen Platz reservieren?"),
])
C("junk", "paid_podcast", "de", "Podcast-Gastauftritt gegen Gebühr", [
    ("j_podcast", "2021-07-08 09:15", "Servus Volker! Ich bin Host von 'Handwerk Heroes', einem der erfolgreichsten Podcasts für Handwerksunternehmer. Ich würde dich sehr gern als Gast haben! Für Produktion, Schnitt und Promotion nehmen wir einen kleinen Kostenbeitrag von 390 €. Bist du dabei? 🎙️"),
])
C("junk", "fluent_generic_pitch", "de", "Flüssiger Marken-Pitch, der die Firma nennt, aber auf jeden passt", [
    ("j_fluent", "2021-06-23 11:20", "Lieber Herr Twelsiek,\n\nich verfolge den Kfz-Meisterbetrieb Twelsiek schon eine Weile und bin beeindruckt, wie klar Sie für Qualität und Verlässlichkeit stehen. Man spürt, dass dahinter echte Leidenschaft steckt.\n\nOft erleben wir, dass Unternehmen an genau diesem Punkt stehen: Die Leistung ist hervorragend, aber die Marke erzählt die Geschichte noch nicht so, wie sie es verdient. Genau hier setzen wir an, mit Positionierung, Corporate Design und Storytelling, das verkauft.\n\nHätten Sie in den nächsten Wochen Lust auf ein unverbindliches Gespräch?\n\nHerzliche Grüße\nKatharina von Hagen"),
])
C("junk", "generic_service_pitch", "en", "generic diagnostic scanner pitch, counterpart of the tailored gateway offer", [
    ("j_diag", "2021-02-10 08:00", "Dear Partner, AutoScan Europe offers professional OBD2 diagnostic scanners for all car brands, with lifetime free updates, from only 399 EUR. Special discount for workshops this month! Please contact us for the catalogue and price list."),
])
C("junk", "generic_service_pitch", "de", "generisches Seminarangebot, Gegenstück zur HV-Schulung", [
    ("j_schulung", "2021-04-19 09:30", "Sehr geehrte Damen und Herren, entdecken Sie unser neues Seminarprogramm 2021: Zeitmanagement, Führung, Excel, Kommunikation, Arbeitssicherheit und vieles mehr. Jetzt buchen und 10 % Rabatt sichern!"),
])
C("junk", "generic_service_pitch", "de", "generische Online-Terminbuchung, Gegenstück zum Webentwickler", [
    ("j_termin", "2021-03-15 14:15", "Hallo Herr Twelsiek, verlieren Sie noch Kunden, weil Sie telefonisch nicht erreichbar sind? Mit BuchDirekt buchen Ihre Kunden rund um die Uhr online. Für Friseure, Ärzte, Kosmetikstudios und alle Dienstleister. Jetzt 30 Tage kostenlos testen!"),
    ("j_termin", "2021-03-29 14:15", "Hallo Herr Twelsiek, haben Sie schon einen Blick auf BuchDirekt geworfen?"),
])
C("junk", "recruiting_spam", "de", "Personalvermittlung aller Branchen, Gegenstück zur Recruiterin", [
    ("j_recruit", "2021-02-17 07:40", "Guten Tag! Fachkräftemangel? Wir vermitteln qualifizierte Fachkräfte aus Osteuropa in allen Branchen: Pflege, Bau, Logistik, Gastronomie, Industrie. Schnell, zuverlässig, günstig. Teilen Sie uns Ihren Bedarf mit!"),
])
C("junk", "generic_service_pitch", "de", "generische ERP-Software, Gegenstück zur Werkstattsoftware", [
    ("j_erp", "2020-12-07 10:05", "Guten Tag Herr Twelsiek, ist Ihre Unternehmenssoftware noch zeitgemäß? BusinessSuite 360 vereint Warenwirtschaft, CRM, Buchhaltung und Projektmanagement in einer Lösung. Über 5.000 zufriedene Kunden aus allen Branchen. Darf ich Ihnen eine Demo zeigen?"),
])
C("junk", "generic_service_pitch", "de", "generische PV-Werbung, Gegenstück zum PV-Planer", [
    ("j_pv", "2021-06-30 12:30", "Hallo! Die Strompreise steigen und steigen. Jetzt mit Photovoltaik unabhängig werden! Kostenloser Solar-Check für Ihr Haus in nur 2 Minuten. Jetzt Termin sichern ☀️"),
])
C("junk", "generic_service_pitch", "de", "betriebliche Altersvorsorge, kalt angeschrieben", [
    ("j_bav", "2021-01-05 09:00", "Sehr geehrter Herr Twelsiek, ab 2022 müssen Arbeitgeber den Zuschuss zur Entgeltumwandlung auch für Altverträge zahlen. Sind Sie darauf vorbereitet? Gern prüfe ich Ihre bAV kostenlos auf Haftungsrisiken."),
])
C("junk", "mlm_crypto", "de", "Network-Marketing Nahrungsergänzung", [
    ("j_mlm", "2021-03-19 21:45", "Hallo Volker 🙂 Du wirkst wie jemand, der offen für Neues ist! Ich baue gerade ein Team im Bereich Gesundheit & Wellness auf, komplett von zu Hause, nebenbei. Hättest du Lust, dir das mal unverbindlich anzuschauen? Kein Verkauf, versprochen 😉"),
])
C("junk", "off_topic_product", "de", "Schnelltestzentrum-Partnerprogramm", [
    ("j_tests", "2021-04-08 08:15", "Guten Tag Herr Twelsiek, nutzen Sie Ihre Räume und verdienen Sie mit! Als Partner von Schnelltest Partner Deutschland eröffnen Sie ein eigenes Corona-Testzentrum, wir liefern Tests, Software und Schulung. Bis zu 18 € pro Test. Jetzt Partner werden!"),
])
C("junk", "generic_service_pitch", "de", "generische Telefonassistenz", [
    ("j_15min", "2021-08-24 10:20", "Hallo Herr Twelsiek, neues Thema von meiner Seite: Wir haben jetzt auch einen Telefonservice, der Ihre Anrufe annimmt, wenn Sie in der Werkstatt sind. Ab 49 € im Monat. Interesse?"),
])

PROFILE = {
    "First Name": "Volker", "Last Name": "Twelsiek",
    "Headline": "Kfz-Technikermeister | Inhaber Kfz-Meisterbetrieb Twelsiek, Bielefeld-Sennestadt",
    "Summary": ("Freie Meisterwerkstatt seit 1996, 9 Mitarbeiter, 2 Azubis. Wir reparieren und warten "
                "alle Marken, mit Schwerpunkt japanische Fahrzeuge und Hybrid. HU/AU im Haus, Reifenservice "
                "und Einlagerung, Fuhrparkbetreuung für Pflegedienste, Taxiunternehmen und Handwerker aus OWL. "
                "Stellvertretender Obermeister der Kfz-Innung Bielefeld."),
    "Industry": "Automotive", "Zip Code": "33689", "Geo Location": "Bielefeld, Nordrhein-Westfalen, Deutschland",
    "Websites": "[COMPANY:kfz-twelsiek.example]",
}
POSITIONS = [
    {"Company Name": "Kfz-Meisterbetrieb Twelsiek", "Title": "Inhaber, Kfz-Technikermeister",
     "Description": "Freie Kfz-Werkstatt, alle Marken, Hybrid-Service, Fuhrparkbetreuung.",
     "Location": "Bielefeld", "Started On": "Aug 1996", "Finished On": ""},
    {"Company Name": "Kfz-Innung Bielefeld", "Title": "Stellv. Obermeister", "Description": "Ehrenamt",
     "Location": "Bielefeld", "Started On": "Mar 2016", "Finished On": ""},
    {"Company Name": "Autohaus Kleinebekel", "Title": "Kfz-Mechaniker, später Serviceleiter", "Description": "",
     "Location": "Gütersloh", "Started On": "Aug 1986", "Finished On": "Jul 1996"},
]
SKILLS = ["Kfz-Technik", "Fahrzeugdiagnose", "Hybridtechnik", "Hochvolt-Systeme", "Fuhrparkmanagement",
          "Ausbildung", "Kundenservice", "Unfallinstandsetzung", "Mitarbeiterführung", "Werkstattorganisation",
          "Oldtimer", "Kalkulation"]

if __name__ == "__main__":
    ex.write(HERE.parent / SLUG, PROFILE, POSITIONS, SKILLS)
    print(ex.summary())

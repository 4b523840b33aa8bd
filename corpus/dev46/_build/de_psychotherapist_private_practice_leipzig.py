"""dev46 persona 2: Friederike Lommatzsch, Psychologische Psychotherapeutin (VT) mit eigener
Praxis in Leipzig-Gohlis. 2021 export layout, mostly German with a few English threads.
Written blind, session 5."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-psychotherapist-private-practice-leipzig"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Friederike Lommatzsch", "https://www.linkedin.com/in/friederike-lommatzsch-psych",
               "Praxis für Psychotherapie Lommatzsch", "Psychologische Psychotherapeutin (VT)")
e = Export(SLUG, "2021", owner)
P = e.person

# ---------------------------------------------------------------- people: genuine contacts
P("pat1", "Jonas Rehbein", "", "Student")
P("pat2", "Sabine Kretzschmar", "Stadt Leipzig", "Sachbearbeiterin")
P("pat3", "Michael Thieme", "Porsche Leipzig", "Schichtleiter")
P("phd", "Aylin Demir", "Universität Leipzig", "Doctoral Researcher, Chemistry")
P("kv", "Uwe Hänsel", "KV Sachsen, Bezirksgeschäftsstelle Leipzig", "Sachbearbeiter Abrechnung",
  connected="2019-02-12")
P("koll1", "Dr. Katharina Voigtländer", "Praxis Voigtländer", "Psychologische Psychotherapeutin (TP)",
  connected="2016-10-04")
P("koll2", "Steffen Gräfe", "Praxis am Rosental", "Psychologischer Psychotherapeut", connected="2018-03-20")
P("superv", "Dr. Renate Oelschlägel", "", "Supervisorin, Lehrtherapeutin", connected="2014-09-01")
P("inter1", "Henrike Baumbach", "Praxis Baumbach", "Psychotherapeutin", connected="2017-05-15")
P("inter2", "Tilo Schubert", "Praxis Schubert", "Kinder- und Jugendlichenpsychotherapeut", connected="2017-05-16")
P("software", "Carolin Weiß", "TheraPlan Praxissoftware", "Kundenbetreuung Ost", connected="2018-11-08")
P("institut", "Prof. Dr. Matthias Zenker", "Mitteldeutsches Institut für Verhaltenstherapie",
  "Ausbildungsleitung", connected="2015-01-30")
P("pia", "Lena Fröhlich", "Mitteldeutsches Institut für Verhaltenstherapie", "Psychotherapeutin in Ausbildung")
P("rezeption", "Doreen Pietzsch", "", "Medizinische Fachangestellte")
P("hrfirma", "Anja Brückner", "Elsterwerk Logistik GmbH", "Leiterin Personalentwicklung")
P("peer", "Marie Lindner", "Ergotherapie & Achtsamkeit Lindner", "Inhaberin", connected="2019-06-03")
P("vermittler", "Ralf Kaden", "Medi-Praxisbörse Mitteldeutschland", "Berater Praxisabgabe & Jobsharing",
  connected="2021-02-15", invite=("OUT", "2021-02-15 09:20", "Guten Tag Herr Kaden, ich suche eine Jobsharing-Partnerin für meinen Sitz."))
P("journo", "Franziska Hofmann", "Leipziger Rundschau", "Redakteurin Gesundheit")
P("fachtag", "Dr. Annett Seidel", "Universitätsklinikum Leipzig", "Oberärztin Psychosomatik", connected="2019-10-10")
P("thx1", "Claudia Neubert", "Diakonie Leipzig", "Sozialarbeiterin")
P("thx2", "Robert Kühn", "Praxis Kühn", "Psychotherapeut", connected="2021-09-25")
P("thx3", "Yvonne Hartung", "Caritas Beratungsstelle", "Psychologische Beraterin")
P("vertretung", "Dr. Gunnar Ehrlich", "Praxis Ehrlich Dresden", "Psychologischer Psychotherapeut")
P("studienfreundin", "Susann Klotzsche", "SRH Klinikum Gera", "Psychologin", connected="2011-12-02")
P("mentor", "Dr. Wolfgang Ebert", "", "Chefarzt i. R.", connected="2013-04-18")
P("koll3", "Dr. Ines Trommler", "Praxis Trommler", "Psychologische Psychotherapeutin", connected="2015-11-11")
P("it", "Sven Kirchhof", "Kirchhof Praxis-IT", "Inhaber", connected="2018-06-06")
P("hausarzt", "Dr. med. Thomas Gärtner", "Hausarztpraxis Gohlis-Nord", "Facharzt für Allgemeinmedizin",
  connected="2017-01-09")
P("psychiater", "Dr. med. Bettina Rosenkranz", "MVZ Leipzig-Mitte", "Fachärztin für Psychiatrie",
  connected="2016-02-22")
P("selbstzahler", "Christian Vogel", "", "Geschäftsführer")
P("uk", "Dr. Hannah Whitfield", "University of Bristol", "Research Fellow")
P("hausverw", "Kerstin Lehmann", "Hausverwaltung Lehmann & Söhne", "Objektbetreuung", connected="2019-04-01")
P("selbsthilfe", "Petra Morgenstern", "Selbsthilfekontaktstelle Leipzig", "Koordinatorin")
P("verband", "Jens Bachmann", "Berufsverband, Landesgruppe Sachsen", "Sprecher", connected="2018-09-14")
P("beratung", "Ulrike Jahn", "Familienberatung Leipzig-Nord", "Leiterin", connected="2020-01-21")
P("expia", "Maximilian Rost", "", "Psychologischer Psychotherapeut", connected="2018-04-10")

# ---------------------------------------------------------------- people: wanted pitches
P("sms", "Benedikt Fuchs", "Terminruhe", "Gründer")
P("video", "Sarah Mahnke", "Sichtkontakt Videosprechstunde", "Partnermanagement")
P("web", "Julia Kästner", "Kästner Webdesign", "Freiberufliche Webdesignerin")
P("telefon", "Martina Seifert", "Praxisstimme Telefonservice", "Inhaberin")
P("stb", "Anke Wunderlich", "Steuerkanzlei Wunderlich", "Steuerberaterin (Heilberufe)")
P("anwalt", "Dr. Philipp Brandt", "Brandt Medizinrecht", "Rechtsanwalt, Fachanwalt für Medizinrecht")
P("buchung", "Nils Krüger", "Slotwerk", "Vertrieb Psychotherapie")
P("klinik", "Kathrin Zschoche", "Parkklinik Bad Schandau", "Personalreferentin")
P("schema", "Dr. Tobias Wendt", "Institut für Schematherapie Halle", "Leiter Weiterbildung")
P("illu", "Mira Haase", "", "Illustratorin")
P("biofb", "Frank Opitz", "Vitalwelle Medizintechnik", "Fachberater")
P("diga", "Ben Carter", "Restwell Health", "Clinical Partnerships Lead")

# ---------------------------------------------------------------- people: junk
P("tpl1", "Marco Wendler", "PraxisBoost", "Wachstumsberater")
P("tpl2", "Jacqueline Huth", "MediReach Marketing", "Kundenberaterin")
P("tpl3", "Dennis Graf", "Patientenmagnet", "Geschäftsführer")
P("tpl4", "Oliver Stahl", "Praxisplus Digital", "Partner")
P("tpl5", "Ryan Holt", "ClinicGrowth Labs", "Growth Partner")
P("merge1", "Kevin Scholz", "LeadWerk", "Vertrieb")
P("merge2", "Nadine Fink", "Bewertungsheld", "Sales")
P("merge3", "Thorsten Maier", "MedFinanz Partner", "Finanzberater")
P("merge4", "Sandra Pohl", "DentaMarketing", "Kundenbetreuung")
P("spon1", "Apobank Praxisfinanzierung Ost", "", "", url="https://www.linkedin.com/company/praxisfinanz-ost")
P("spon2", "Akademie für Gesundheitsmanagement", "", "", url="https://www.linkedin.com/company/akad-gesundheitsmanagement")
P("award", "Helmut Rauschenbach", "Deutsches Gesundheitsportal Exzellenz", "Redaktion Auszeichnungen")
P("podcast", "Lisa-Marie Gerber", "Gesund & Erfolgreich Magazin", "Anzeigenleitung")
P("ads", "Patrick Böhme", "Klickpraxis", "Google-Ads-Experte")
P("pv", "Daniel Hübner", "Sonnendach Sachsen", "Energieberater")
P("selling", "Jana Rößler", "MindBalance Online", "Business Development")
P("capacity", "Felix Engel", "Therapieplatz-Express", "Gründer")
P("likeminded", "Alexander Stein", "Stein Coaching & Consulting", "Unternehmer | Coach | Mentor")
P("fifteen", "Tim Lorenz", "Abrechnungsprofi", "Account Executive")
P("ctp1", "Markus Heller", "Heller Finanzplanung", "Finanzplaner für Heilberufe",
  connected="2021-03-08", invite=("IN", "2021-03-08 07:55", "Hallo Frau Lommatzsch, ich würde mich gern mit Ihnen vernetzen."))
P("ctp2", "Vanessa Krause", "Leuchtturm Coaching", "Coachin",
  connected="2021-06-21", invite=("IN", "2021-06-21 19:30", ""))
P("ctp3", "Sebastian Frey", "PraxisCloud", "Sales Manager",
  connected="2021-10-04", invite=("IN", "2021-10-04 13:02", "Liebe Grüße aus Leipzig!"))
P("bump1", "Stefanie Busch", "Praxisshop24", "Vertrieb")
P("bump2", "Rainer Voß", "DokuFlow", "Key Account Manager")
P("fluent", "Dr. Carsten Mehnert", "Mehnert Health Consulting", "Managing Partner")
P("gensms", "Tobias Herzog", "SMSblitz", "Vertrieb")
P("genvideo", "Melanie Zobel", "Meetingraum24", "Sales")
P("genweb", "Artur Nowak", "WebFix Agentur", "Projektleiter")
P("gencall", "Kai Richter", "CallCenter Direkt", "Vertriebsleiter")
P("genstb", "Monika Albrecht", "Steuer-Smart", "Kundengewinnung")
P("coachausb", "Bianca Lehnert", "", "Erfolgscoach")
P("immo", "Jürgen Pfeiffer", "Pfeiffer Immobilienkonzepte", "Berater")
P("bu", "Nico Walther", "Finanzkompass", "Berater")
P("offshore", "Arjun Mehta", "Nexsoft Solutions", "Business Development Manager")
P("pharma", "Claudia Richter", "Talentbrücke Personalberatung", "Senior Consultant")
P("portal", "Eva Lange", "Arztfinder Plus", "Partnerbetreuung")
P("ghost", "Lukas Berger", "Postwerk", "LinkedIn-Ghostwriter")
P("ebike", "Maik Schreiber", "RadLeasing Plus", "Firmenkundenbetreuer")


def c(label, category, note, messages, language="de", **kw):
    return e.conv(label, category, language, note, messages, **kw)


# ================================================================== GENUINE
c("genuine", "therapieplatz_anfrage", "Patient sucht Therapieplatz; sie verweist diskret auf Telefonzeit und Warteliste", [
    ("pat1", "2020-10-05 22:14", "Guten Abend Frau Lommatzsch, entschuldigen Sie, dass ich Ihnen hier schreibe. Ich versuche seit Wochen, Ihre Praxis telefonisch zu erreichen. Ich suche dringend einen Therapieplatz und hätte gern ein Erstgespräch. Ist das bei Ihnen überhaupt möglich?"),
    ("me", "2020-10-06 08:10", "Guten Morgen Herr Rehbein, danke für Ihre Nachricht. Bitte schreiben Sie mir hier keine Einzelheiten zu Ihrer Situation. Meine Telefonsprechstunde ist Di und Do 8:00–9:00 Uhr, dann vergebe ich Termine für die Sprechstunde. Meine Warteliste für einen festen Platz liegt derzeit bei etwa 5 Monaten. Falls es schneller gehen muss, hilft Ihnen auch die Terminservicestelle unter 116117."),
    ("pat1", "2020-10-06 08:35", "Vielen Dank, ich rufe Donnerstag an."),
])
c("genuine", "therapieplatz_angehoerige", "Mutter sucht Platz für Sohn; Verweis an KJP-Kollegen", [
    ("pat2", "2021-01-18 19:40", "Sehr geehrte Frau Lommatzsch, mein Sohn ist 15 und wir suchen Hilfe. Nehmen Sie auch Jugendliche?"),
    ("me", "2021-01-19 07:50", "Sehr geehrte Frau Kretzschmar, ich behandle ausschließlich Erwachsene. Ich empfehle Ihnen die Praxis von Herrn Tilo Schubert (Kinder- und Jugendlichenpsychotherapeut) in Gohlis-Süd, er hat regelmäßig Sprechstundentermine. Alles Gute für Sie beide."),
    ("pat2", "2021-01-19 12:02", "Danke, das ist sehr lieb."),
])
c("genuine", "patientin_terminabsage", "Patient sagt Termin ab; sie bleibt knapp und diskret", [
    ("pat3", "2021-04-12 06:30", "Guten Morgen, ich muss den Termin morgen leider absagen, Schichtänderung. Tut mir leid so kurzfristig."),
    ("me", "2021-04-12 07:45", "Guten Morgen Herr Thieme, danke für die Info. Ich melde mich telefonisch wegen eines Ersatztermins. Bitte nutzen Sie für Absagen künftig lieber Telefon oder Mail, LinkedIn ist dafür nicht gut geschützt."),
])
c("genuine", "therapy_request_english", "international PhD student asks for therapy in English", [
    ("phd", "2021-02-08 21:05", "Dear Dr. Lommatzsch, I am a PhD student at Leipzig University and my German is not good enough for therapy. Your profile says you also work in English. Do you have any availability, and does public insurance (TK) cover it?"),
    ("me", "2021-02-09 08:20", "Dear Ms. Demir, yes, I offer sessions in English and TK covers them like any other therapy. Please call during my phone hours (Tue/Thu 8–9 am) and I will book a first consultation. Please don't share personal details here."),
    ("phd", "2021-02-09 08:31", "Thank you so much, I'll call on Thursday."),
], language="en")
c("genuine", "kv_abrechnung", "KV Sachsen Sachbearbeiter zu Videosprechstunde und Abrechnung", [
    ("kv", "2020-07-14 10:20", "Sehr geehrte Frau Lommatzsch, zu Ihrer Nachfrage: die Begrenzung der Videobehandlungen ist für das 2. und 3. Quartal weiterhin ausgesetzt. Bitte kennzeichnen Sie die Leistungen trotzdem mit der GOP 01450 für den Technikzuschlag. Das aktualisierte Merkblatt finden Sie im Mitgliederportal."),
    ("me", "2020-07-14 11:02", "Vielen Dank, Herr Hänsel, das hilft mir sehr. Gilt das auch für die probatorischen Sitzungen?"),
    ("kv", "2020-07-14 13:15", "Ja, auch für die Probatorik, solange der persönliche Erstkontakt in der Sprechstunde stattgefunden hat."),
])
c("genuine", "kollegin_ueberweisung", "Kollegin fragt nach Kapazität für Traumapatientin", [
    ("koll1", "2021-05-03 17:45", "Liebe Friederike, hättest Du in absehbarer Zeit Kapazität für eine Patientin mit PTBS nach Unfall? Sie möchte ausdrücklich VT. Ich bin komplett voll."),
    ("me", "2021-05-03 19:10", "Liebe Katharina, leider frühestens im Oktober. Frag mal Ines Trommler, die hat im Sommer zwei Plätze frei, soweit ich weiß. Ansonsten setze ich sie gern auf meine Liste."),
    ("koll1", "2021-05-03 19:22", "Danke Dir, ich frag Ines!"),
])
c("genuine", "owner_started_ueberweisung", "sie fragt einen Kollegen nach Platz für Zwangspatienten", [
    ("me", "2020-11-16 12:30", "Lieber Steffen, hast Du noch Expositionserfahrung bei Zwängen und einen Platz frei? Ich hätte einen jungen Mann, der gut zu Dir passen würde. Details gern am Telefon."),
    ("koll2", "2020-11-16 18:40", "Hallo Friederike, ja, ab Januar habe ich einen Platz. Ruf mich morgen Mittag an, 12:15 passt."),
])
c("genuine", "supervision_honorar_aenderung", "langjährige Supervisorin kündigt Honorarerhöhung an", [
    ("superv", "2020-12-01 09:00", "Liebe Frau Lommatzsch, ich wollte Sie rechtzeitig informieren: ab Januar erhöhe ich mein Honorar für Einzelsupervision von 90 auf 100 Euro pro 50 Minuten. Ich hoffe, das ist für Sie weiterhin machbar. Unser nächster Termin wäre der 14.1., 16 Uhr?"),
    ("me", "2020-12-01 12:45", "Liebe Frau Oelschlägel, das ist völlig in Ordnung und nach all den Jahren mehr als fair. Der 14.1. passt. Herzliche Grüße und eine ruhige Adventszeit!"),
])
c("genuine", "intervisionsgruppe", "Gruppenchat Intervisionsgruppe, Terminfindung", [
    ("inter1", "2021-03-02 20:00", "Ihr Lieben, nächste Intervision wieder online oder wagen wir uns in meine Praxis? Fenster auf, Abstand, Test vorher?"),
    ("inter2", "2021-03-02 20:45", "Ich wär für Präsenz, mir fehlt das ni-zoomen sehr 😅"),
    ("me", "2021-03-02 21:10", "Präsenz gern, mit Test. 17.3. um 19 Uhr? Ich bring Gebäck vom Bäcker an der Gohliser Straße mit."),
    ("inter1", "2021-03-02 21:12", "17.3. ist gebongt."),
], title="Intervision Gohlis")
c("genuine", "bestehender_anbieter_preisaenderung", "bestehende Praxissoftware kündigt Preiserhöhung wegen TI an", [
    ("software", "2020-09-10 14:00", "Sehr geehrte Frau Lommatzsch, vorab persönlich, bevor das Rundschreiben kommt: Durch die neuen TI-Anforderungen (eAU, KIM) steigt die TheraPlan-Monatsgebühr ab 1.1.2021 von 49 auf 59 Euro. Das KIM-Modul ist enthalten, Sie müssen nichts extra bestellen. Bei Fragen rufen Sie mich gern direkt an."),
    ("me", "2020-09-11 08:15", "Danke für die Vorwarnung. Wird die TI-Erstattung der KV das abdecken, wissen Sie das?"),
    ("software", "2020-09-11 09:40", "Zum Großteil ja, die Pauschale für KIM deckt etwa 8 Euro pro Monat. Ich schicke Ihnen die Übersicht per Mail."),
])
c("genuine", "institut_dozentur_anfrage", "Ausbildungsinstitut möchte sie als Dozentin, Honorar genannt", [
    ("institut", "2021-06-07 11:00", "Liebe Frau Lommatzsch, hätten Sie Interesse, im Wintersemester wieder das Seminar 'Schlafstörungen in der VT' (16 UE) bei uns zu übernehmen? Das Honorar ist auf 70 Euro pro UE gestiegen. Termine wären zwei Samstage im November."),
    ("me", "2021-06-08 09:30", "Lieber Herr Zenker, sehr gern. Der 13. und 27.11. wären mir am liebsten."),
    ("institut", "2021-06-08 10:05", "Wunderbar, ich trage Sie ein und schicke den Honorarvertrag."),
])
c("genuine", "pia_bewerbung", "PiA bewirbt sich um Ausbildungsfall-Supervision/Praktikum", [
    ("pia", "2021-08-16 15:20", "Sehr geehrte Frau Lommatzsch, ich bin PiA im 3. Ausbildungsjahr am MIVT und suche eine Praxis für meine praktische Ausbildung ab Januar (ambulante Fälle unter Supervision). Herr Zenker meinte, Sie hätten das früher angeboten. Wäre das denkbar? Meinen Lebenslauf schicke ich gern."),
    ("me", "2021-08-17 08:00", "Liebe Frau Fröhlich, grundsätzlich ja, ein Raum wäre Mo und Mi frei. Schicken Sie mir Ihre Unterlagen an die Praxis-Mail, dann vereinbaren wir ein Gespräch."),
])
c("genuine", "bewerbung_rezeption", "Bewerbung als MFA/Rezeption auf Minijob", [
    ("rezeption", "2021-04-26 18:05", "Hallo Frau Lommatzsch, ich habe Ihre Anzeige für die Praxisassistenz (Minijob, 10 Std.) gesehen. Ich bin gelernte MFA und arbeite derzeit Teilzeit in einer Hautarztpraxis. Wäre die Stelle noch frei? Und wie ist der Stundenlohn?"),
    ("me", "2021-04-27 07:55", "Hallo Frau Pietzsch, ja, die Stelle ist noch frei. 14 Euro die Stunde, Di und Do vormittags. Mögen Sie nächste Woche zum Kennenlernen vorbeikommen?"),
    ("rezeption", "2021-04-27 09:10", "Sehr gern! Dienstag nach 14 Uhr ginge bei mir."),
])
c("genuine", "firmenanfrage_workshop_angebot", "Firma möchte Stresspräventions-Workshop kaufen, Angebot erbeten", [
    ("hrfirma", "2021-09-13 10:30", "Sehr geehrte Frau Lommatzsch, wir möchten für unsere Schichtleiter (ca. 14 Personen) einen halbtägigen Workshop zur Stressprävention anbieten. Eine Kollegin hat Sie beim Fachtag gehört. Machen Sie so etwas und könnten Sie uns ein Angebot schicken?"),
    ("me", "2021-09-13 16:00", "Sehr geehrte Frau Brückner, ja, das biete ich an. Für einen Halbtag (4 Std.) inklusive Vorbereitung und Handout berechne ich 850 Euro zzgl. Fahrtkosten. Ein schriftliches Angebot schicke ich Ihnen diese Woche. Welche Termine wären denkbar?"),
    ("hrfirma", "2021-09-14 08:45", "Danke! Ende Oktober oder Anfang November, gern vormittags."),
])
c("genuine", "peer_gemeinsames_angebot", "Ergotherapeutin schlägt gemeinsames Gruppenangebot vor", [
    ("peer", "2021-07-05 13:20", "Hallo Friederike! Ich hab da so eine Idee: ein gemeinsamer Achtsamkeitskurs für Firmen, Du den psychoedukativen Teil, ich die Körperübungen. 8 Abende, 2 Stunden, wir teilen 50/50. Was meinst Du? Die Krankenkassen zahlen für §20-Kurse ja auch was dazu."),
    ("me", "2021-07-05 19:00", "Klingt gut, Marie! Lass uns das im August mal durchrechnen. Wegen §20 müsste ich mir die Zertifizierung angucken, das ist ja immer ein bissel Papierkram."),
    ("peer", "2021-07-05 19:15", "Nu klar. Ich hab das schon mal gemacht, ich zeig's Dir."),
])
c("genuine", "berater_selbst_beauftragt", "Praxisvermittler, den sie selbst beauftragt hat, Honorar und Kandidatinnen", [
    ("me", "2021-02-15 09:30", "Guten Tag Herr Kaden, danke fürs Vernetzen. Wie gesagt suche ich eine Jobsharing-Partnerin für meinen halben Sitz. Wie läuft das bei Ihnen und was kostet es?"),
    ("vermittler", "2021-02-16 11:00", "Guten Tag Frau Lommatzsch, gern. Wir inserieren in unserer Börse und sprechen gezielt Kolleginnen an. Honorar: 1.200 Euro pauschal bei erfolgreichem Vertragsabschluss, vorher nichts. Ich hätte bereits zwei Interessentinnen aus Halle und Leipzig."),
    ("me", "2021-02-16 12:20", "Das klingt fair. Schicken Sie mir gern die Profile."),
    ("vermittler", "2021-02-19 09:10", "Sind per Mail raus. Frau B. könnte ab Juli."),
])
c("genuine", "journalistin_interview", "Journalistin bittet um Experteninterview zu Corona und Psyche", [
    ("journo", "2020-11-24 14:30", "Sehr geehrte Frau Lommatzsch, ich schreibe für die Leipziger Rundschau über die Wartezeiten auf Therapieplätze im zweiten Lockdown. Hätten Sie 20 Minuten für ein Telefoninterview? Kein Honorar, aber wir nennen Ihre Praxis, wenn Sie möchten."),
    ("me", "2020-11-25 09:00", "Sehr geehrte Frau Hofmann, gern, aber bitte ohne Praxisnennung, ich möchte keinen zusätzlichen Ansturm auf meine Warteliste erzeugen. Donnerstag 13 Uhr?"),
    ("journo", "2020-11-25 09:30", "Verstehe ich gut. Donnerstag 13 Uhr passt."),
])
c("genuine", "einladung_fachtag", "Oberärztin lädt sie als Referentin zum Fachtag ein", [
    ("fachtag", "2021-05-20 16:00", "Liebe Frau Lommatzsch, wir planen im September den Fachtag 'Angst im Alltag' am UKL. Würden Sie einen Vortrag (30 Min.) über ambulante Expositionstherapie halten? Es gibt eine kleine Aufwandsentschädigung."),
    ("me", "2021-05-21 08:30", "Liebe Frau Seidel, sehr gern. Der 24.9. ist bei mir frei."),
])
c("genuine", "dank_nach_fachtag", "fast gleicher Dank nach ihrem Fachtag-Vortrag #1", [
    ("thx1", "2021-09-25 09:10", "Liebe Frau Lommatzsch, vielen Dank für Ihren Vortrag gestern beim Fachtag Angst! Besonders die Fallbeispiele zur Exposition haben mir sehr geholfen. Herzliche Grüße, Claudia Neubert"),
])
c("genuine", "dank_nach_fachtag", "fast gleicher Dank nach dem Fachtag #2", [
    ("thx2", "2021-09-25 11:30", "Liebe Kollegin, danke für den tollen Vortrag gestern beim Fachtag Angst. Die Fallbeispiele zur Exposition waren sehr hilfreich. Viele Grüße aus der Südvorstadt!"),
    ("me", "2021-09-25 14:00", "Danke, Herr Kühn, das freut mich sehr!"),
])
c("genuine", "dank_nach_fachtag", "fast gleicher Dank nach dem Fachtag #3", [
    ("thx3", "2021-09-26 19:45", "Hallo Frau Lommatzsch, herzlichen Dank für Ihren Vortrag beim Fachtag. Ihre Beispiele zur Expositionstherapie nehme ich mit in unsere Beratung. Alles Gute!"),
])
c("genuine", "urlaubsvertretung_im_spam", "Kollege aus Dresden fragt nach Urlaubsvertretung, im SPAM gelandet", [
    ("vertretung", "2021-06-28 12:15", "Sehr geehrte Frau Kollegin, Frau Trommler gab mir Ihren Namen. Ich ziehe im August für 3 Wochen nach Leipzig (Familie) und suche eine Kollegin, die in dieser Zeit Krisentermine für meine Leipziger Patienten übernehmen könnte, umgekehrt biete ich Ihnen dasselbe für Dresden an. Hätten Sie Interesse an einer gegenseitigen Vertretungsabsprache?"),
], folder="SPAM")
c("genuine", "langjaehrige_studienfreundin", "Studienfreundin aus Jena seit 2011, sächsisches Geplauder", [
    ("studienfreundin", "2020-08-02 20:30", "Nu, Friedi, lebst Du noch? 😄 Ich bin nächsten Samstag in Leipzig, Gaffee am Cossi?"),
    ("me", "2020-08-02 21:05", "Ei verbibbsch, Susi! Samstag geht, aber erst ab 14 Uhr. Ich bring Eierschecke mit, versprochen."),
    ("studienfreundin", "2021-04-11 10:00", "Hab gehört, Du hast jetzt ne PiA in der Praxis? Respekt, dass Du Dir das antust 😉"),
    ("me", "2021-04-11 12:30", "Noch nicht, erst ab Januar. Aber ich freu mich drauf. Mir fehlt der Austausch mit jungen Leuten."),
])
c("genuine", "langjaehriger_mentor", "ehemaliger Chefarzt, langjähriger Kontakt", [
    ("mentor", "2020-12-23 11:00", "Liebe Frau Lommatzsch, ich wünsche Ihnen ein gesegnetes Fest. Ich denke gern an die Zeit in der Klinik zurück. Passen Sie gut auf sich auf in diesem seltsamen Jahr."),
    ("me", "2020-12-23 15:20", "Lieber Herr Dr. Ebert, vielen Dank! Ohne Ihre Ermutigung hätte ich mich nie niedergelassen. Ihnen und Ihrer Frau schöne Feiertage."),
])
c("genuine", "owner_started_fachfrage_kollegin", "sie fragt Kollegin nach Erfahrungen mit dem Jobsharing-Verfahren", [
    ("me", "2021-01-25 18:00", "Liebe Ines, Du hattest doch 2019 Jobsharing mit Deiner Kollegin beantragt. Wie lange hat der Zulassungsausschuss gebraucht? Ich überlege das ernsthaft."),
    ("koll3", "2021-01-26 07:40", "Ca. 4 Monate vom Antrag bis zur Genehmigung. Wichtig ist der Leistungsumfang, die Obergrenze ist 125% Deines bisherigen Durchschnitts. Ruf mich an, dann erzähl ich Dir die Fallstricke."),
])
c("genuine", "owner_started_it_angebot", "sie bittet ihren Praxis-IT-Dienstleister um ein Angebot", [
    ("me", "2020-10-19 09:00", "Hallo Herr Kirchhof, der Konnektor muss ja bis Jahresende getauscht werden. Können Sie mir ein Angebot für Tausch und Einrichtung machen?"),
    ("it", "2020-10-19 16:30", "Hallo Frau Lommatzsch, Tausch inkl. Einrichtung und Test: 380 Euro netto, der Konnektor selbst wird über die TI-Pauschale erstattet. Termin könnte ich Ihnen am 9.11. abends anbieten, dann stört's die Patienten ni."),
    ("me", "2020-10-20 07:45", "Passt, 9.11. nach 18 Uhr."),
])
c("genuine", "hausarzt_ueberweisung", "Hausarzt bittet um Erstgespräch für Patientin, Konsiliarbericht", [
    ("hausarzt", "2021-03-15 13:00", "Liebe Kollegin, ich hätte eine Patientin mit ausgeprägter Schlafstörung, die eine KVT-I bräuchte. Nehmen Sie Überweisungen auf diesem Weg an? Den Konsiliarbericht erstelle ich selbstverständlich."),
    ("me", "2021-03-15 18:20", "Lieber Herr Gärtner, ja, gern. Die Patientin soll sich in der Telefonsprechstunde melden und Ihren Namen nennen, dann geht es schneller."),
])
c("genuine", "psychiaterin_abstimmung", "Psychiaterin stimmt sich diskret zu gemeinsamer Patientin ab", [
    ("psychiater", "2021-07-19 12:10", "Liebe Frau Lommatzsch, kurze Rückmeldung zu unserer gemeinsamen Patientin (Initialen wie besprochen): Medikation ist angepasst. Können wir nächste Woche kurz telefonieren? Bitte keine Details hier."),
    ("me", "2021-07-19 13:00", "Gern, Dienstag 12:30?"),
    ("psychiater", "2021-07-19 13:10", "Passt."),
])
c("genuine", "selbstzahler_anfrage_honorar", "Selbstzahler will Therapie kaufen, fragt Honorar", [
    ("selbstzahler", "2021-10-11 21:40", "Guten Abend Frau Lommatzsch, ich bin privat versichert bzw. würde auch selbst zahlen, ich möchte nicht, dass etwas über die Kasse läuft. Wie hoch wäre Ihr Honorar pro Sitzung und wie schnell wäre ein Termin möglich?"),
    ("me", "2021-10-12 08:05", "Guten Morgen Herr Vogel, als Selbstzahler rechne ich nach GOP ab, eine Einzelsitzung (50 Min.) liegt beim 2,3-fachen Satz bei etwa 100 Euro. Für Selbstzahler habe ich im November einzelne Termine frei. Rufen Sie mich gern in der Telefonzeit an."),
    ("selbstzahler", "2021-10-12 08:30", "Sehr gut, das mache ich."),
])
c("genuine", "research_study_english", "UK researcher invites her to an interview study", [
    ("uk", "2021-03-29 10:00", "Dear Dr. Lommatzsch, I'm leading a small qualitative study on how therapists in Germany and the UK adapted to video therapy during the pandemic. Would you be willing to do a 45-minute interview (in English)? We can offer a £40 voucher. Ethics approval is attached to the info sheet I can send you."),
    ("me", "2021-03-30 09:15", "Dear Dr. Whitfield, I'd be happy to take part. Please send the info sheet; any afternoon next week works."),
], language="en")
c("genuine", "hausverwaltung_mieterhoehung", "Hausverwaltung kündigt Nebenkostenerhöhung für Praxisräume an", [
    ("hausverw", "2021-11-02 10:00", "Sehr geehrte Frau Lommatzsch, zur Info vorab: Die Nebenkostenvorauszahlung für die Praxisräume Lindenthaler Str. erhöht sich ab Januar um 35 Euro monatlich (Heizkosten). Das offizielle Schreiben kommt per Post. Mit freundlichen Grüßen"),
    ("me", "2021-11-02 12:30", "Danke für die Vorab-Info, Frau Lehmann. Ist die Heizung im Wartezimmer bis dahin repariert?"),
    ("hausverw", "2021-11-02 13:05", "Der Monteur kommt am 8.11., versprochen."),
])
c("genuine", "selbsthilfe_kontakt", "Selbsthilfekontaktstelle möchte sie als Ansprechpartnerin listen", [
    ("selbsthilfe", "2020-09-21 11:00", "Liebe Frau Lommatzsch, eine neue Selbsthilfegruppe für Menschen mit Panikstörung gründet sich in Gohlis. Dürften wir Sie als fachliche Ansprechpartnerin nennen, falls die Gruppe Rückfragen hat? Das ist ehrenamtlich, ein bis zwei Anfragen im Jahr."),
    ("me", "2020-09-22 08:40", "Liebe Frau Morgenstern, ja, gern. Bitte nur meine Praxis-Mail angeben."),
])
c("genuine", "berufsverband_ag", "Berufsverband fragt nach Mitarbeit in AG", [
    ("verband", "2021-02-01 19:00", "Hallo Friederike, wir gründen in der Landesgruppe eine AG zur Bedarfsplanung in Sachsen. Hättest Du Lust mitzumachen? Ein Treffen pro Quartal, online."),
    ("me", "2021-02-02 07:50", "Hallo Jens, ja, da bin ich dabei. Leipzig ist ja das beste Beispiel, wie schief das läuft."),
])
c("genuine", "beratungsstelle_infoabend", "Beratungsstelle lädt zu gemeinsamem Infoabend ein", [
    ("beratung", "2021-10-18 14:00", "Liebe Frau Lommatzsch, wir machen im November einen Infoabend 'Wege zur Psychotherapie' für Eltern. Könnten Sie 20 Minuten erklären, wie man an einen Platz kommt? Gerne auch mit Ihren Tipps zur Terminservicestelle."),
    ("me", "2021-10-19 08:20", "Liebe Frau Jahn, das mache ich gern. Bitte schicken Sie mir Datum und Uhrzeit."),
])
c("genuine", "glueckwunsch_approbation", "ehemaliger PiA meldet Approbation, Glückwunsch", [
    ("expia", "2021-06-30 17:30", "Liebe Frau Lommatzsch, ich hab's geschafft, Approbation bestanden! Ohne Ihre Supervision damals wäre das nichts geworden. Danke!"),
    ("me", "2021-06-30 18:15", "Herzlichen Glückwunsch, Herr Rost! Das freut mich riesig. Lassen Sie es sich gut gehen und feiern Sie schön."),
])

# ================================================================== WANTED PITCHES
c("wanted_pitch", "bezug_auf_ihren_post", "SMS-Erinnerung, bezieht sich auf ihren Beitrag zu Ausfallterminen", [
    ("sms", "2021-05-10 09:00", "Guten Tag Frau Lommatzsch, ich habe Ihren Beitrag über unentschuldigte Ausfälle gelesen, vor allem den Satz, dass Sie die Erinnerungsanrufe jeden Montag selbst machen und dafür eine Stunde Therapiezeit verlieren. Terminruhe verschickt Erinnerungs-SMS ohne Diagnosen oder Namen im Text, Server in Frankfurt, AV-Vertrag nach DSGVO. Für Einzelpraxen 19 Euro/Monat, 2 Monate kostenlos testen. Wenn Sie möchten, richte ich das gemeinsam mit Ihnen ein."),
    ("me", "2021-05-10 12:30", "Das klingt tatsächlich passend. Können Sie mir den AV-Vertrag vorab schicken?"),
])
c("wanted_pitch", "bezug_auf_ihren_vortrag", "Videosprechstunden-Anbieter bezieht sich auf ihren Vortrag zu Verbindungsabbrüchen", [
    ("video", "2020-12-07 10:15", "Sehr geehrte Frau Lommatzsch, ich war bei Ihrem Online-Vortrag für den Berufsverband und Ihre Schilderung, dass Ihnen die Verbindung bei zwei Krisengesprächen mitten im Satz abgebrochen ist, ist mir nachgegangen. Sichtkontakt ist KBV-zertifiziert und schaltet bei schwacher Leitung automatisch auf Audio um, statt abzubrechen. Ich würde Ihnen gern einen Testzugang für einen Monat geben, ohne Verpflichtung."),
])
c("wanted_pitch", "website_besucht", "Webdesignerin hat ihre Praxiswebsite angesehen, konkrete Mängel", [
    ("web", "2021-08-02 14:45", "Hallo Frau Lommatzsch, ich bin selbst in Gohlis ansässig und bin über die KV-Arztsuche auf Ihre Website gestoßen. Mir ist aufgefallen, dass dort noch die Telefonzeiten von 2019 stehen (Mo/Mi) und die Seite auf dem Handy das Kontaktformular abschneidet. Außerdem fehlt der Hinweis, dass Sie auch auf Englisch behandeln. Ich baue schlichte, barrierearme Praxisseiten, ab 900 Euro. Soll ich Ihnen zwei Beispiele von Therapeutinnen in Leipzig schicken?"),
    ("me", "2021-08-02 19:30", "Oh je, das mit den Telefonzeiten ist mir peinlich. Ja, schicken Sie mir gern Beispiele."),
])
c("wanted_pitch", "konkretes_problem_benannt", "Telefonservice hat selbst versucht anzurufen, nennt volle Mailbox", [
    ("telefon", "2021-03-22 11:30", "Sehr geehrte Frau Lommatzsch, ich habe in der letzten Woche dreimal versucht, Sie außerhalb der Telefonsprechstunde zu erreichen, um Ihnen etwas anzubieten, und jedes Mal war die Mailbox voll. So geht es vermutlich auch Patientinnen. Wir sind ein kleiner Telefonservice in Leipzig nur für Psychotherapiepraxen, geschult im Umgang mit Menschen in Krisen, mit Schweigepflichterklärung. Wir nehmen Anrufe an und tragen Sprechstundentermine in Ihren Kalender ein. 1,20 Euro pro Anruf. Darf ich Ihnen Unterlagen schicken?"),
])
c("wanted_pitch", "gemeinsamer_kontakt", "Steuerberaterin auf Empfehlung ihrer Supervisorin", [
    ("stb", "2021-01-11 10:00", "Sehr geehrte Frau Lommatzsch, Frau Dr. Oelschlägel hat mir erzählt, dass Sie mit Ihrer bisherigen Steuerberatung unzufrieden sind, seit die Kanzlei übernommen wurde. Ich betreue ausschließlich Heilberufe, darunter zwölf psychotherapeutische Praxen in Leipzig, und kenne die Besonderheiten bei Jobsharing und Dozententätigkeit. Wenn Sie mögen, sehe ich mir gern unverbindlich Ihren letzten Jahresabschluss an."),
    ("me", "2021-01-11 17:20", "Ja, das stimmt leider. Ich melde mich nach dem Quartalswechsel bei Ihnen."),
])
c("wanted_pitch", "oeffentliche_bekanntmachung", "Medizinrechtler bezieht sich auf die öffentliche Ausschreibung im Ärzteblatt", [
    ("anwalt", "2021-04-19 09:20", "Sehr geehrte Frau Lommatzsch, ich habe im Sächsischen Ärzteblatt gesehen, dass Ihr Antrag auf Jobsharing für den Planungsbereich Leipzig-Stadt im Mai vor dem Zulassungsausschuss verhandelt wird. Der Jobsharing-Vertrag mit der Partnerin und die Leistungsbegrenzung sind erfahrungsgemäß die Punkte, an denen es hakt. Ich prüfe Verträge dieser Art zum Festpreis von 450 Euro. Bei Interesse gern ein kurzes Telefonat."),
])
c("wanted_pitch", "ihre_software_bekannt", "Online-Terminbuchung mit Schnittstelle zu TheraPlan, ihr Setup benannt", [
    ("buchung", "2021-07-12 15:00", "Hallo Frau Lommatzsch, ich sehe in der KV-Arztsuche, dass Sie TheraPlan nutzen (die Terminvergabe-Schaltfläche verweist darauf). Slotwerk hat seit Juni eine direkte TheraPlan-Schnittstelle: Patientinnen buchen nur die Sprechstundentermine, die Sie freigeben, Ihr Kalender bleibt die Hauptquelle. Das wäre eine Entlastung für Ihre Telefonzeit am Di/Do. Darf ich Ihnen eine 20-minütige Vorführung anbieten?"),
])
c("wanted_pitch", "recruiter_passende_stelle", "Klinik sucht leitende Psychologin für Tagesklinik, passend zu ihrem Profil", [
    ("klinik", "2021-09-06 10:00", "Sehr geehrte Frau Lommatzsch, wir eröffnen 2022 eine psychosomatische Tagesklinik in Leipzig-Plagwitz und suchen eine leitende Psychologische Psychotherapeutin (VT), gern auch in Teilzeit neben der eigenen Praxis. Ihre Schwerpunkte Angst und Schlafstörungen sowie Ihre Dozententätigkeit passen genau zu unserem Konzept. Hätten Sie Interesse an einem vertraulichen Gespräch?"),
    ("me", "2021-09-07 20:00", "Danke für die Anfrage. Ich bin gerade mitten im Jobsharing-Verfahren, aber ein unverbindliches Gespräch im Januar wäre denkbar."),
])
c("wanted_pitch", "weiterbildung_passend_profil", "Institut bietet Schematherapie-Weiterbildung, bezogen auf ihre Profilangaben", [
    ("schema", "2021-02-22 13:00", "Liebe Frau Lommatzsch, in Ihrem Profil schreiben Sie, dass Sie sich zunehmend mit Persönlichkeitsakzentuierungen bei Angstpatientinnen beschäftigen und Schematherapie lernen möchten. Unser nächster Curriculum-Durchgang in Halle beginnt im September, berufsbegleitend, Wochenenden, von der Kammer akkreditiert. Wir haben für Kolleginnen aus Sachsen noch zwei Plätze. Soll ich Ihnen das Programm schicken?"),
    ("me", "2021-02-22 18:30", "Ja, bitte, das ist tatsächlich gerade Thema bei mir."),
])
c("wanted_pitch", "freelancer_arbeitsblaetter", "Illustratorin hat ihre Arbeitsblätter auf der Website gesehen", [
    ("illu", "2021-06-14 11:20", "Hallo Frau Lommatzsch, ich bin Illustratorin in Connewitz und habe auf Ihrer Website die Arbeitsblätter zur Schlafhygiene entdeckt, die Sie Patientinnen zum Download geben. Inhaltlich super, aber optisch sehr Word-2003 (sorry!). Ich würde sie Ihnen ruhig und freundlich gestalten, fünf Blätter für 350 Euro, mit Rechten für Praxis und Seminare."),
    ("me", "2021-06-14 13:00", "Haha, Word 2003 trifft es. Schicken Sie mir gern ein Beispiel."),
])
c("wanted_pitch", "lieferant_entspannungsverfahren", "Biofeedback-Anbieter bezieht sich auf ihr Angebot Entspannungsverfahren", [
    ("biofb", "2020-10-26 09:45", "Sehr geehrte Frau Lommatzsch, Sie haben bei der KV die Genehmigung für Entspannungsverfahren (PMR) und bieten laut Website Kurse für Schlafpatientinnen an. Unser Atem-Biofeedback-Gerät wird in Schlaflaboren eingesetzt und lässt sich direkt in PMR-Sitzungen einbauen. Ich könnte es Ihnen vier Wochen kostenlos zum Ausprobieren dalassen."),
])
c("wanted_pitch", "digital_health_advisor_english", "DiGA startup cites her paper on CBT-I, paid advisory role", [
    ("diga", "2021-08-23 16:00", "Dear Dr. Lommatzsch, I read your 2019 article on group CBT-I in outpatient practice (the one on drop-out rates in shift workers). Restwell is building a sleep app that we plan to submit as a DiGA next year, and we need a licensed German psychotherapist to review the therapy modules. It's a paid advisory role, roughly 4 hours a month, €120/hour. Would you be open to a call?"),
    ("me", "2021-08-24 09:00", "Dear Mr. Carter, that sounds interesting. Please send a short description of the modules and the expected timeline."),
], language="en")

# ================================================================== JUNK
tpl = [
    ("tpl1", "2021-03-01 08:30", "Hallo Frau Lommatzsch, ich bin auf Ihre Praxis aufmerksam geworden und finde Ihr Angebot wirklich spannend! Wir helfen Praxen dabei, in nur 60 Tagen 30 neue Privatpatienten zu gewinnen, ganz ohne Kaltakquise. Hätten Sie diese Woche Zeit für ein kurzes Gespräch?", "de"),
    ("tpl2", "2021-03-03 10:10", "Guten Tag Frau Lommatzsch, Ihre Praxis ist mir positiv aufgefallen! Wir unterstützen Praxen dabei, innerhalb von 60 Tagen bis zu 30 neue Selbstzahler zu gewinnen, ohne Kaltakquise. Haben Sie diese Woche kurz Zeit für ein Gespräch?", "de"),
    ("tpl3", "2021-03-04 14:55", "Hallo Friederike, bin gerade auf Deine Praxis gestoßen, sehr spannend! Wir helfen Praxen, in 60 Tagen 30 neue Privatpatienten zu gewinnen, ganz ohne Kaltakquise. Lust auf ein kurzes Gespräch diese Woche?", "de"),
    ("tpl4", "2021-03-09 09:05", "Sehr geehrte Frau Lommatzsch, ich bin auf Ihre Praxis für Psychotherapie aufmerksam geworden. Wir helfen Praxen dabei, in nur 60 Tagen 30 zusätzliche Privatpatienten zu gewinnen, ohne Kaltakquise. Wäre ein kurzes Gespräch diese Woche möglich?", "de"),
    ("tpl5", "2021-03-15 16:40", "Hi Friederike, I came across your practice and really like what you're doing! We help practices win 30 new private-pay patients in just 60 days, no cold outreach needed. Do you have time for a quick chat this week?", "en"),
]
for i, (who, when, text, lang) in enumerate(tpl, 1):
    c("junk", "template_privatpatienten", f"gleiche Vorlage 'Privatpatienten', Absender {i} von 5" + (" (englische Variante)" if lang == "en" else ""),
      [(who, when, text)], language=lang)
c("junk", "merge_tag_fehler", "wörtliches {{Vorname}}", [
    ("merge1", "2021-04-06 07:15", "Hallo {{Vorname}},\n\nwussten Sie, dass 80 % der Praxen ihr Potenzial bei Neupatienten nicht ausschöpfen? LeadWerk ändert das. Darf ich Ihnen eine kurze Analyse schicken?"),
])
c("junk", "merge_tag_fehler", "Platzhalter [Praxisname] stehen geblieben", [
    ("merge2", "2021-05-18 12:00", "Guten Tag Frau Lommatzsch, wie zufrieden sind Sie mit den Online-Bewertungen von [Praxisname]? Mit Bewertungsheld sammeln Sie automatisch 5-Sterne-Bewertungen. Jetzt 14 Tage kostenlos testen!"),
])
c("junk", "merge_tag_falscher_name", "spricht sie als Frau Dr. Müller an", [
    ("merge3", "2021-06-09 18:20", "Sehr geehrte Frau Dr. Müller, als Ärztin haben Sie besondere Anforderungen an Ihre Altersvorsorge. Gern zeige ich Ihnen in einem kostenfreien Gespräch, wie Sie bis zu 4.000 Euro Steuern im Jahr sparen."),
])
c("junk", "merge_tag_falsche_branche", "hält ihre Praxis für eine Zahnarztpraxis", [
    ("merge4", "2021-08-30 10:30", "Liebe Frau Lommatzsch, Ihre Zahnarztpraxis verdient mehr Sichtbarkeit! Mit DentaMarketing gewinnen Sie gezielt Implantat- und Prophylaxepatienten. Darf ich Ihnen unser Paket vorstellen?"),
])
c("junk", "sponsored_inmail", "Sponsored InMail Praxisfinanzierung", [
    ("spon1", "2021-02-15 12:00", "<p>Sehr geehrte Frau Lommatzsch,</p><p>Sie planen die Modernisierung Ihrer Praxis? Mit unserer Praxisfinanzierung ab 2,9&nbsp;% effektiv erfüllen Sie sich Ihre Pläne. Jetzt unverbindlich informieren!</p>"),
], title="Sponsored Conversation", subject="Ihre Praxis. Ihre Pläne. Unsere Finanzierung.")
c("junk", "sponsored_inmail", "Sponsored InMail Fernstudium Gesundheitsmanagement", [
    ("spon2", "2021-07-01 12:00", "<p>Hallo Friederike,</p><p>Bereit für den nächsten Karriereschritt? Der berufsbegleitende MBA Gesundheitsmanagement &ndash; 100&nbsp;% online, staatlich anerkannt. Jetzt Infomaterial anfordern.</p>"),
], title="Sponsored Conversation", subject="MBA Gesundheitsmanagement – jetzt starten")
c("junk", "bezahlte_auszeichnung", "'Top-Therapeutin'-Siegel gegen Lizenzgebühr", [
    ("award", "2021-04-20 09:00", "Sehr geehrte Frau Lommatzsch,\n\nwir freuen uns, Ihnen mitteilen zu können, dass Ihre Praxis für das Siegel 'Exzellente Psychotherapie 2021' ausgewählt wurde. Für die Nutzung des Siegels auf Ihrer Website und in Ihren Praxisräumen fällt eine einmalige Lizenzgebühr von 390 Euro zzgl. MwSt. an. Bitte bestätigen Sie bis zum 30.04."),
])
c("junk", "bezahltes_feature", "Porträt im Magazin gegen 'Kostenbeteiligung'", [
    ("podcast", "2021-09-14 11:10", "Liebe Frau Lommatzsch, für unsere Herbstausgabe 'Gesund & Erfolgreich' porträtieren wir ausgewählte Expertinnen aus Mitteldeutschland. Wir würden Sie gern auf einer Doppelseite vorstellen! Die Kostenbeteiligung für Layout und Druck beträgt 1.190 Euro. Soll ich Ihnen die Mediadaten schicken?"),
    ("podcast", "2021-09-21 11:10", "Liebe Frau Lommatzsch, kurze Erinnerung: Redaktionsschluss ist Freitag!"),
])
c("junk", "generischer_service_ads", "generische Google-Ads-Agentur", [
    ("ads", "2021-01-27 13:30", "Hallo Frau Lommatzsch! Mehr Patienten über Google? Wir schalten Ihre Praxis-Anzeigen professionell und Sie zahlen nur für Ergebnisse. Kostenloses Erstgespräch hier buchen: Termin wählen und loslegen!"),
])
c("junk", "themenfremdes_produkt", "Photovoltaik für eine Mietpraxis", [
    ("pv", "2021-05-04 08:10", "Guten Tag Frau Lommatzsch, die Strompreise steigen, jetzt ist der perfekte Zeitpunkt für Ihre eigene Solaranlage! Wir beraten Sie kostenlos vor Ort. Wann passt es Ihnen?"),
])
c("junk", "bietet_an_was_sie_verkauft", "bietet ihr Online-Psychotherapie für ihre 'Mitarbeitenden' an", [
    ("selling", "2021-10-05 14:00", "Hallo Frau Lommatzsch, psychische Belastungen sind der häufigste Grund für Ausfälle. Mit MindBalance Online erhalten Ihre Mitarbeitenden innerhalb von 48 Stunden einen Termin bei einer Psychologin per Video. Darf ich Ihnen ein Angebot für Ihr Team machen?"),
])
c("junk", "kapazitaet_neue_klienten", "fragt, ob sie Kapazitäten für neue Klienten hat (Vermittlungsplattform mit Provision)", [
    ("capacity", "2021-02-10 10:00", "Hallo Frau Lommatzsch, haben Sie aktuell Kapazitäten für neue Klient:innen? Therapieplatz-Express vermittelt Selbstzahler direkt in freie Termine, Sie zahlen nur 15 % Provision pro vermittelter Sitzung. Sollen wir Sie aufnehmen?"),
])
c("junk", "gleichgesinnte_vernetzen", "'als gleichgesinnte Unternehmer vernetzen' (English)", [
    ("likeminded", "2021-04-01 06:45", "Hi Friederike, I love connecting with like-minded entrepreneurs who are making a difference. Let's connect and support each other's journey! 🙌"),
], language="en")
c("junk", "kurzes_15_minuten_gespraech", "'kurzes 15-Minuten-Telefonat' Abrechnungsdienst", [
    ("fifteen", "2021-06-22 09:30", "Hallo Frau Lommatzsch, hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat? Wir zeigen Praxen, wie sie bis zu 12 % mehr aus ihrer Abrechnung holen. Mittwoch 10 Uhr oder Donnerstag 14 Uhr?"),
])
c("junk", "vernetzen_dann_pitch", "erst Smalltalk, sie antwortet, Pitch in Nachricht 3", [
    ("ctp1", "2021-03-09 08:00", "Vielen Dank fürs Vernetzen, Frau Lommatzsch! Ich sehe, Sie sind auch in Gohlis? Schöne Ecke, vor allem jetzt, wo es am Rosental wieder grünt."),
    ("me", "2021-03-09 12:40", "Ja, die Praxis ist in Gohlis. Das Rosental ist meine Mittagspause. Danke fürs Vernetzen."),
    ("ctp1", "2021-03-10 09:15", "Wie schön! Apropos: Ich berate Heilberufler zu Altersvorsorge und Berufsunfähigkeit, gerade Selbstständige sind oft unterversichert. Hätten Sie Lust auf einen kostenlosen Check? Dauert nur 30 Minuten."),
])
c("junk", "vernetzen_dann_pitch", "Kompliment zuerst, dann Coaching-Programm, keine Antwort", [
    ("ctp2", "2021-06-22 20:00", "Hallo Friederike, schön, dass wir jetzt vernetzt sind! Ich finde Deine Arbeit so wertvoll 💛"),
    ("ctp2", "2021-06-24 20:05", "Darf ich Dich was fragen? Viele Therapeutinnen, mit denen ich spreche, fühlen sich ausgebrannt und unterbezahlt. In meinem 12-Wochen-Programm 'Praxis mit Leichtigkeit' lernst Du, Dein Business auf 10k/Monat zu skalieren. Magst Du ein kostenloses Klarheitsgespräch?"),
])
c("junk", "vernetzen_dann_pitch", "Grüße aus Leipzig, dann Cloud-Software, dann Nachfassen", [
    ("ctp3", "2021-10-05 08:30", "Hallo Frau Lommatzsch, danke fürs Annehmen! Wie läuft's bei Ihnen in diesen Zeiten?"),
    ("me", "2021-10-05 18:00", "Danke, viel zu tun, wie überall."),
    ("ctp3", "2021-10-06 09:00", "Das glaub ich! Genau deshalb schreibe ich: PraxisCloud ersetzt Ihre Praxissoftware komplett, alles im Browser, ohne Installation. Wechselprämie 3 Monate gratis. Wollen wir uns kurz austauschen?"),
    ("ctp3", "2021-10-13 09:00", "Ich hole meine Nachricht nochmal hoch, Frau Lommatzsch :)"),
])
c("junk", "nachfass_ohne_antwort", "Praxisbedarf-Shop mit drei Nachfass-Nachrichten", [
    ("bump1", "2021-01-12 10:00", "Guten Tag Frau Lommatzsch, Praxisbedarf günstiger! Desinfektionsmittel, Masken, Papierhandtücher zu Top-Konditionen. Darf ich Ihnen unseren Katalog senden?"),
    ("bump1", "2021-01-19 10:00", "Hallo Frau Lommatzsch, ich wollte kurz nachfragen, ob Sie meine Nachricht gesehen haben?"),
    ("bump1", "2021-01-26 10:00", "Frau Lommatzsch, nur eine kurze Erinnerung an mein Angebot!"),
    ("bump1", "2021-02-09 10:00", "Letzter Versuch :) Soll ich Ihnen den Katalog schicken?"),
])
c("junk", "nachfass_ohne_antwort", "Dokumentationssoftware, zwei Nachfass-Nachrichten", [
    ("bump2", "2021-08-09 11:00", "Sehr geehrte Frau Lommatzsch, mit DokuFlow sparen Praxen täglich 45 Minuten Dokumentationszeit durch Spracherkennung. Interesse an einer Demo?"),
    ("bump2", "2021-08-16 11:00", "Darf ich nochmal an meine Nachricht erinnern?"),
    ("bump2", "2021-08-30 11:00", "Hallo Frau Lommatzsch, sollte das Thema aktuell nicht passen, geben Sie mir gern kurz Bescheid."),
])
c("junk", "fluessig_generisch_nennt_praxis", "eloquente Beratung, nennt ihre Praxis, passt auf jede", [
    ("fluent", "2021-05-25 10:40", "Sehr geehrte Frau Lommatzsch,\n\ndie Praxis für Psychotherapie Lommatzsch steht, wie viele Praxen in Sachsen, vor den Herausforderungen der Digitalisierung, des Fachkräftemangels und steigender Patientenerwartungen. Mehnert Health Consulting begleitet Praxen und MVZ dabei, Prozesse zu verschlanken, Erlöse zu sichern und zukunftsfähig aufgestellt zu sein.\n\nGern würde ich Ihnen in einem persönlichen Gespräch einige Impulse für Ihre Praxis geben. Wann passt es Ihnen?"),
])
c("junk", "generisches_gegenstueck_sms", "generischer SMS-Versand (Gegenstück zu Terminruhe)", [
    ("gensms", "2021-05-17 13:00", "SMS-Marketing für Ihr Unternehmen! Erreichen Sie Ihre Kunden mit 98 % Öffnungsrate. 1.000 SMS schon ab 49 Euro. Jetzt registrieren!"),
])
c("junk", "generisches_gegenstueck_video", "generisches Videokonferenz-Tool (Gegenstück zu Sichtkontakt)", [
    ("genvideo", "2021-01-14 15:20", "Hallo Frau Lommatzsch, arbeiten Sie noch mit Zoom? Meetingraum24 ist die sichere Alternative für Teams und Unternehmen. Jetzt 30 Tage kostenlos testen!"),
])
c("junk", "generisches_gegenstueck_web", "generische Webagentur (Gegenstück zur Webdesignerin)", [
    ("genweb", "2021-08-10 09:45", "Guten Tag, Ihre Website ist nicht mehr zeitgemäß? Wir erstellen moderne Websites für jede Branche, schon ab 499 Euro. Rufen Sie uns an!"),
])
c("junk", "generisches_gegenstueck_telefon", "Callcenter für Outbound-Vertrieb (Gegenstück zu Praxisstimme)", [
    ("gencall", "2021-03-29 14:10", "Sehr geehrte Frau Lommatzsch, lagern Sie Ihre Telefonakquise aus! CallCenter Direkt generiert qualifizierte Termine für Ihren Vertrieb. Jetzt Testpaket sichern."),
])
c("junk", "generisches_gegenstueck_steuer", "generische Steuerberatungs-App (Gegenstück zur Steuerberaterin)", [
    ("genstb", "2021-01-20 07:30", "Steuern sparen war nie einfacher! Mit Steuer-Smart machen Selbstständige ihre Steuererklärung in 20 Minuten. Jetzt App laden und 20 % Rabatt sichern."),
])
c("junk", "coaching_ausbildung", "'werde Coach' Ausbildung mit Einkommensversprechen", [
    ("coachausb", "2021-07-27 21:15", "Hey Friederike 😊 Hast Du schon mal überlegt, Dein Wissen als Online-Coach zu verkaufen? Mit meiner Methode verdienen Therapeutinnen 5-stellig im Monat, ganz ohne Kassenzulassung! Schreib mir 'JA' und ich schick Dir das Webinar."),
])
c("junk", "immobilien_steuer", "Immobilien als Steuersparmodell", [
    ("immo", "2021-11-08 17:30", "Guten Tag Frau Lommatzsch, als gut verdienende Selbstständige zahlen Sie sicher zu viel Steuern. Mit einer denkmalgeschützten Wohnung in Leipzig sparen Sie bis zu 40 % Ihrer Investition über die AfA. Darf ich Ihnen ein Objekt vorstellen?"),
])
c("junk", "versicherung_generisch", "Berufsunfähigkeitsversicherung generisch", [
    ("bu", "2021-09-27 08:00", "Hallo! Sind Sie ausreichend gegen Berufsunfähigkeit abgesichert? Wir vergleichen über 50 Tarife für Sie. Kostenlos und unverbindlich."),
])
c("junk", "offshore_software_english", "offshore software development (English)", [
    ("offshore", "2021-06-02 05:20", "Hello Friederike, Hope you are doing well. We are a leading software development company offering web, mobile and AI solutions at competitive rates. Can we schedule a call to discuss your requirements?"),
    ("offshore", "2021-06-09 05:20", "Hello Friederike, just checking if you had a chance to see my previous message?"),
], language="en")
c("junk", "recruiter_irrelevant", "Headhunterin für Pharma-Außendienst", [
    ("pharma", "2021-10-20 12:00", "Liebe Frau Lommatzsch, für einen Kunden aus der Pharmaindustrie suche ich eine Pharmareferentin für die Region Sachsen (Indikation Dermatologie). Attraktiver Dienstwagen inklusive. Wäre das etwas für Sie?"),
])
c("junk", "bewertungsportal_premium", "Arztportal will Premium-Profil verkaufen", [
    ("portal", "2021-03-23 10:00", "Sehr geehrte Frau Lommatzsch, Ihr Basisprofil auf Arztfinder Plus wurde 214-mal aufgerufen! Mit dem Premium-Profil (79 Euro/Monat) erscheinen Sie ganz oben und können Ihre Leistungen ausführlich beschreiben. Jetzt upgraden?"),
])
c("junk", "ghostwriting", "LinkedIn-Ghostwriting-Angebot", [
    ("ghost", "2021-11-15 19:00", "Hallo Friederike, Du hast ein spannendes Profil, aber postest kaum! Wir schreiben für Expertinnen wie Dich 3 Posts pro Woche, die Reichweite bringen. Ab 690 Euro/Monat. Lust auf ein Kennenlernen?"),
])

c("junk", "themenfremdes_produkt", "E-Bike-Leasing für Firmen, passt nicht zur Einzelpraxis", [
    ("ebike", "2021-04-13 11:45", "Moin Frau Lommatzsch! Steigern Sie Ihre Arbeitgeberattraktivität mit Dienstrad-Leasing für Ihre Belegschaft. 0 Euro Aufwand für Sie als Arbeitgeber, bis zu 40 % Ersparnis für Ihre Mitarbeitenden. Wann darf ich Ihnen das Modell vorstellen?"),
])

if __name__ == "__main__":
    e.write(OUT,
            {"First Name": "Friederike", "Last Name": "Lommatzsch",
             "Headline": "Psychologische Psychotherapeutin (Verhaltenstherapie) | Eigene Praxis in Leipzig-Gohlis | Angst, Schlafstörungen | Dozentin",
             "Summary": "Kassenpraxis für Verhaltenstherapie in Leipzig-Gohlis. Schwerpunkte: Angststörungen, Schlafstörungen (KVT-I), Entspannungsverfahren. Behandlung auch auf Englisch. Dozentin in der Psychotherapeutenausbildung. Interesse: Schematherapie bei Persönlichkeitsakzentuierungen. Bitte keine Anfragen mit Gesundheitsdaten über LinkedIn.",
             "Industry": "Mental Health Care", "Zip Code": "04155", "Geo Location": "Leipzig, Sachsen, Deutschland",
             "Websites": "[PERSONAL:https://praxis-lommatzsch.example]"},
            [{"Company Name": "Praxis für Psychotherapie Lommatzsch", "Title": "Psychologische Psychotherapeutin (VT)",
              "Description": "Kassenzulassung (halber Versorgungsauftrag), Selbstzahler, Englisch.",
              "Location": "Leipzig", "Started On": "Apr 2015", "Finished On": ""},
             {"Company Name": "Mitteldeutsches Institut für Verhaltenstherapie", "Title": "Dozentin",
              "Description": "Seminare Schlafstörungen, Exposition", "Location": "Leipzig",
              "Started On": "Okt 2016", "Finished On": ""},
             {"Company Name": "Fachklinik am Auensee", "Title": "Psychologin", "Description": "",
              "Location": "Leipzig", "Started On": "Sep 2009", "Finished On": "Mrz 2015"}],
            ["Verhaltenstherapie", "Psychotherapie", "Angststörungen", "Schlafstörungen",
             "Progressive Muskelentspannung", "Supervision", "Lehre"])
    print(e.summary())

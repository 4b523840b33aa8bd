"""dev40 persona: piano maker and tuner with a small workshop in Vienna (2024 layout).

Every message below is invented and written by hand for this corpus. Running this script
regenerates ../de-piano-tuner-workshop-owner-vienna byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-piano-tuner-workshop-owner-vienna"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Theresa Kainz", "https://www.linkedin.com/in/theresa-kainz-klavierbau")
ex = Export(SLUG, "2024", owner)
P = ex.person
C = ex.conv


def fresh(day: str, time: str = "08:05", note: str = "") -> dict[str, object]:
    """A stranger whose invitation and connection land just before the first message."""
    return {"connected": day, "invite": ("IN", f"{day} {time}", note)}


# ---------------------------------------------------------------- customers, schools, halls, trade
P("kunde_boes", "Dr. Friederike Hollerer", "", "Fachärztin für Dermatologie", connected="2019-04-02")
P("musikschule", "Mag. Gernot Pfeiffer", "Musikschule Margareten", "Schulleiter", connected="2018-09-11")
P("konzertsaal", "Ulrike Weinhandl", "Palais Hartenstein Konzertsaal", "Technische Leitung", connected="2016-01-25")
P("haendler", "Robert Pichler", "Klavierhaus Pichler & Sohn", "Geschäftsführer", connected="2012-06-30")
P("filz", "Jörg Lindemann", "Lindemann Hammerbau", "Vertrieb Österreich", connected="2015-10-14")
P("saiten", "Brigitte Haas", "Saitenmanufaktur Haas", "Auftragsabwicklung", connected="2017-02-08")
P("lehrling", "Jonas Fuchsberger", "Klavierwerkstatt Kainz", "Lehrling Klavierbau, 2. Lehrjahr", connected="2023-09-04")
P("bewerberin", "Lea Strohmaier", "", "Schülerin, HTL Mödling", connected=None)
P("innung", "KR Ing. Wolfgang Stadlmayr", "Landesinnung Wien der Kunsthandwerke", "Berufsgruppenobmann Klavierbau", connected="2014-05-20")
P("kaeufer", "Markus Trenkwalder", "", "Softwareentwickler", connected=None)
P("kollege_orgel", "Bernhard Ziegler", "Orgelbau Ziegler", "Orgelbaumeister", connected="2013-11-03")
P("recruiter", "Sandra Kopecky", "Handwerk Personal Wien", "Personalberaterin", connected="2023-10-12")
P("gast1", "Elisabeth Mraz", "", "Pianistin", connected="2020-12-01")
P("gast2", "Helmut Rainer", "Wiener Städtische", "Pensionist", connected="2022-03-17")
P("gast3", "Vera Novotny", "Musikuniversität Wien", "Studentin Klavier", connected="2023-06-08")
P("journalistin", "Katharina Weiss", "Wiener Stadtblatt", "Redakteurin Stadtleben", connected="2024-02-05")
P("expat", "Daniel Whitmore", "UN Vienna", "Programme Officer", connected="2023-11-20",
  invite=("OUT", "2023-11-20 18:00", ""))
P("pianist_jp", "Aiko Tanabe", "", "Concert pianist", connected="2022-09-09")
P("salzburg", "Christine Aigner", "", "Volksschullehrerin", connected=None)
P("spedition", "Ferdinand Hruby", "Hruby Klaviertransporte", "Inhaber", connected="2011-08-01")
P("holz", "Stefano Dellantonio", "Legnami Dellantonio", "Export", connected="2016-07-19")
P("meister", "Alois Kainz", "", "Klavierbaumeister i. R.", connected="2010-03-14")
P("stimmer1", "Martin Gschwandtner", "", "Klavierstimmer", connected="2015-05-05")
P("stimmer2", "Petra Vesely", "Konzerthaus-Service", "Konzertstimmerin", connected="2014-02-02")
P("studentin", "Sophie Langthaler", "", "Musikstudentin", connected="2024-01-09")
P("hotel", "Thomas Auer", "Hotel Grünangerhof", "Front Office Manager", connected="2022-05-25")
P("pfarre", "Pfarrer Andreas Bichler", "Pfarre St. Josef Ottakring", "Pfarrer", connected="2021-10-10")
P("versicherung", "Mag. Renate Fischer", "Donau Wien Versicherung", "Schadenreferentin", connected="2024-03-01")
P("uni", "Ing. Dietmar Koller", "Konservatorium Wien Privatuniversität", "Facility Management", connected="2019-08-27")
P("stb", "Mag. Silvia Brandl", "Brandl Steuerberatung", "Steuerberaterin", connected="2012-01-12")
P("neffe", "Florian Kainz", "", "Student", connected="2018-08-18")
P("ex_lehrling", "Lukas Steiner", "Steinberg Pianofortefabrik Hamburg", "Konzerttechniker", connected="2017-09-01")
P("theater", "Miriam Oberleitner", "Theater an der Lände", "Requisite", connected="2021-02-02")
P("kundin_beschwerde", "Ingrid Pölzl", "", "Pensionistin", connected="2020-06-06")
P("graz", "Helmut Sorger", "Piano Sorger Graz", "Inhaber", connected="2019-03-03")
# ---------------------------------------------------------------- wanted pitches
P("w_soft", "Benedikt Auinger", "Stimmkalender", "Gründer")
P("w_film", "Nora Kaltenegger", "Kaltenegger Film", "Regisseurin & Kamera", **fresh("2024-04-15", "21:10", "Hallo Frau Kainz, ich war bei Ihrem Vortrag bei den Wiener Handwerkstagen."))
P("w_filz", "Matthias Weigelt", "Weigelt Filz Vogtland", "Anwendungstechnik")
P("w_recr", "Dr. Clara Hämmerle", "Hämmerle Executive Search", "Partnerin")
P("w_klima", "Severin Moll", "Hygrolux", "Produktmanager")
P("w_transport", "Ludwig Aschauer", "Aschauer Pianospedition", "Disposition", **fresh("2023-11-28", "10:00", "Robert Pichler meinte, wir sollten uns kennenlernen."))
P("w_tender", "Mag. Eva Hinterleitner", "Pianoservice Ost GmbH", "Geschäftsführerin")
P("w_web", "Kevin Rauscher", "", "Webentwickler für Handwerksbetriebe")
P("w_furnier", "Anton Gruber", "Altholz & Furnier Gruber", "Inhaber")
P("w_vers", "Mag. Philipp Zach", "Zach Kunstversicherungsmakler", "Makler")
P("w_foerder", "Julia Steindl", "Steindl Förderberatung", "Förderberaterin")
P("w_tours", "Harriet Blake", "Vienna Sound Walks", "Founder")
# ---------------------------------------------------------------- junk senders
P("j_soft", "Dennis Wagner", "Terminio", "Sales Manager DACH")
P("j_video", "Kai Brückner", "Bewegtbild Pro", "Head of Sales")
P("j_parts", "Li Wei", "Ningbo Harmony Musical Parts Co.", "Sales Manager")
P("j_recr", "Marco Stadler", "Talentbrücke", "Senior Recruiter")
P("j_klima", "Oksana Bilyk", "AirPure Solutions", "Business Development")
P("j_web", "Tim Hoffmann", "Webwerk24", "Kundenberater")
P("j_pod", "Yvonne Gerber", "Erfolgsgeschichten Mittelstand", "Redaktion")
P("j_award", "Sebastian Kolb", "Top Handwerk Award Österreich", "Projektleitung")
P("j_mag", "Claudia Reiter", "Wirtschaftsporträt Österreich", "Anzeigenleitung")
P("j_capacity", "Florian Eder", "Eder Performance Marketing", "Geschäftsführer")
P("j_likeminded", "Patrick Sommer", "Sommer Holding", "Unternehmer | Investor | Mentor")
P("j_15min", "Jan Kowalski", "Rankhoch SEO", "SEO-Berater")
P("j_ctp1", "Stefanie Maier", "Maier Leadgen", "Business Development", **fresh("2024-03-04", "07:40"))
P("j_ctp2", "Rene Huber", "Huber Finanzplanung", "Vermögensberater", **fresh("2023-10-09", "19:02", "Servus, kommen beide aus Wien!"))
P("j_ctp3", "Chris Lambert", "ScaleUp Partners", "Growth Consultant", **fresh("2024-05-21", "13:30"))
P("j_bump1", "Andrea Winkler", "Winkler Social Media", "Inhaberin")
P("j_bump2", "Manuel Prinz", "Kassenwerk", "Vertrieb")
P("j_tpl1", "Lisa Brandner", "Sichtbar Digital", "Kundenberaterin")
P("j_tpl2", "Moritz Hagen", "Lokalheld Marketing", "Account Manager")
P("j_tpl3", "Verena Kraus", "Klickfabrik", "Vertrieb")
P("j_tpl4", "Tobias Jung", "Handwerk Online Pro", "Geschäftsführer")
P("j_tpl5", "Ryan Mitchell", "LocalBoost Agency", "Partnerships Lead")
P("j_merge1", "Jasmin Öztürk", "ProBüro Service", "Vertrieb")
P("j_merge2", "Dominik Fritsch", "Fritsch Werbemittel", "Außendienst")
P("j_merge3", "Georg Lanz", "LanzConsult", "Unternehmensberater")
P("j_merge4", "Nadine Berger", "Berger Reinigungstechnik", "Key Account")
P("j_spons1", "Sparkasse Businessportal", "", "", url="https://www.linkedin.com/company/sparkasse-businessportal")
P("j_spons2", "LinkedIn Member", "", "", url="")
P("j_spons3", "Fernakademie Wirtschaft", "", "", url="https://www.linkedin.com/company/fernakademie-wirtschaft")
P("j_solar", "Harald Wimmer", "PV Power Austria", "Energieberater")
P("j_crypto", "Alexander Voss", "", "Krypto-Coach | Finanzielle Freiheit")
P("j_sellsame", "Igor Petrenko", "PianoWorld Export", "Sales")
P("j_stimm", "Roman Egger", "Stimmservice24", "Gründer")
P("j_fluent", "Dr. Hannes Lichtenegger", "Lichtenegger Strategy", "Managing Partner")
P("j_leasing", "Sabine Koch", "FlexLeasing AG", "Vertriebsleiterin")
P("j_ki", "Nico Baumann", "KIautomat", "Co-Founder")
P("j_coach", "Melanie Roth", "", "Business Coach für Frauen")
P("j_tshirt", "Ömer Kaya", "PrintStar Textil", "Vertrieb")

# ================================================================ GENUINE
C("genuine", "customer_tuning", "de", "Privatkundin bucht Stimmung für Stutzflügel", [
    ("kunde_boes", "2024-02-12 19:22", "Liebe Frau Kainz, es ist wieder so weit - der Bösendorfer klingt seit der Heizperiode ziemlich schief, vor allem oben. Hätten Sie im März einen Termin? Am liebsten an einem Freitagvormittag, da habe ich keine Ordination."),
    ("me", "2024-02-12 20:05", "Liebe Frau Dr. Hollerer, gerne! Freitag, 8. März um 9 Uhr ginge. Bitte die Luftbefeuchter bis dahin nicht abdrehen ;-)"),
    ("kunde_boes", "2024-02-12 20:11", "Perfekt, danke! Und ja, versprochen."),
])
C("genuine", "school_quote_request", "de", "Musikschule fragt Angebot für Jahreswartung an; harter Fall mit Preisen", [
    ("musikschule", "2023-06-19 10:40", "Sehr geehrte Frau Kainz, wir würden ab Herbst gerne einen Jahreswartungsvertrag für unsere 14 Klaviere und 2 Flügel abschließen (zweimal Stimmen pro Jahr, kleine Reparaturen). Könnten Sie uns ein Angebot schicken? Die Bezirksvertretung will bis Ende Juli drei Angebote sehen."),
    ("me", "2023-06-19 12:15", "Sehr geehrter Herr Mag. Pfeiffer, sehr gerne. Ich komme nächste Woche einmal vorbei und schaue mir die Instrumente an, dann schicke ich Ihnen ein Angebot. Passt Dienstag Nachmittag?"),
    ("musikschule", "2023-06-19 12:30", "Dienstag ab 14 Uhr, ich sag dem Schulwart Bescheid."),
    ("me", "2023-06-29 17:45", "Angebot ist per Mail unterwegs: pro Instrument € 135 pro Stimmung, Flügel € 165, Kleinreparaturen nach Aufwand mit 10 % Schulrabatt. Das Schimmel-Klavier in Raum 4 bräuchte allerdings neue Hammerköpfe, das hab ich separat angeführt."),
    ("musikschule", "2023-07-24 09:10", "Wir haben uns für Sie entschieden! Vertrag kommt nächste Woche."),
])
C("genuine", "concert_hall_tuning", "de", "Konzertsaal bestellt Konzertstimmung", [
    ("konzertsaal", "2024-01-22 14:00", "Hallo Theresa, Liederabend am 3.2., Probe ab 15 Uhr. Kannst du um 12 stimmen und in der Pause nachstimmen? Die Sopranistin will angeblich 442."),
    ("me", "2024-01-22 14:35", "Servus Ulli, passt. 442 ist kein Problem, der Steinway steht eh auf 442. Ich bleib dann gleich bis zur Pause."),
    ("konzertsaal", "2024-01-22 14:37", "Danke, du bist die Beste. Karte liegt an der Kassa."),
])
C("genuine", "dealer_repair_job", "de", "Klavierhändler beauftragt Überholung, langjähriger Kontakt", [
    ("haendler", "2023-09-05 11:20", "Grüß dich Theresa, wir haben einen Steinway O von 1924 in Zahlung genommen. Mechanik ziemlich hinüber, Resonanzboden hat zwei Risse. Schaust du ihn dir an? Wenn's sich rechnet, Überholung bei dir wie immer."),
    ("me", "2023-09-05 12:01", "Servus Robert, klingt spannend. Bring ihn am Montag, ich mach dir bis Ende der Woche einen Kostenvoranschlag."),
    ("haendler", "2023-09-15 16:30", "KV passt. € 14.800 ist viel, aber der Flügel ist's wert. Leg los."),
    ("me", "2023-09-15 16:44", "Super. Rechne mit Anfang Dezember."),
])
C("genuine", "supplier_price_increase", "de", "bestehender Hammerkopf-Lieferant kündigt Preiserhöhung an; harter Fall", [
    ("filz", "2024-01-08 08:30", "Sehr geehrte Frau Kainz, ein gutes neues Jahr! Leider muss ich Ihnen mitteilen, dass wir unsere Preise zum 1. März um 7 % anpassen müssen - die Wollfilzpreise sind nochmals deutlich gestiegen. Bestellungen, die bis 29. Februar eingehen, berechnen wir noch zum alten Preis. Ihre übliche Frühjahrsbestellung (3 Sätze Konzerthammerköpfe) könnten wir also noch zu € 1.240 je Satz liefern."),
    ("me", "2024-01-08 10:12", "Danke für die Vorwarnung, Herr Lindemann. Dann bestelle ich gleich die drei Sätze plus einen Satz Pianinohämmer, Bestellung kommt heute per Mail."),
    ("filz", "2024-01-08 10:30", "Vielen Dank, ich bestätige morgen."),
])
C("genuine", "supplier_delay", "de", "Saitenlieferant meldet Verzögerung", [
    ("saiten", "2023-11-14 13:05", "Liebe Frau Kainz, die Bass-Saiten für den Förster (Auftrag 2318) verzögern sich leider um ca. 10 Tage, unser Umspinner ist krank. Ist das ein Problem?"),
    ("me", "2023-11-14 13:40", "Liebe Frau Haas, ärgerlich, aber machbar. Der Kunde will ihn erst zu Weihnachten. Bitte Bescheid geben, sobald sie rausgehen."),
])
C("genuine", "apprentice", "de", "Lehrling meldet sich krank und fragt nach Berufsschule", [
    ("lehrling", "2024-03-11 06:48", "Guten Morgen Chefin, ich bin leider krank, hab Fieber. Krankmeldung bring ich morgen. Sorry!! Und nächste Woche ist ja Berufsschule in Ebensee, stimmt's?"),
    ("me", "2024-03-11 07:15", "Gute Besserung Jonas! Bleib daheim und trink Tee. Ja, Berufsschule ab 18., den Bus nach Ebensee zahl ich dir wie immer."),
    ("lehrling", "2024-03-11 07:16", "Danke!!"),
])
C("genuine", "apprenticeship_applicant", "de", "Bewerberin für Lehrstelle", [
    ("bewerberin", "2024-04-22 17:30", "Sehr geehrte Frau Kainz,\n\nich bin 17 Jahre alt, besuche die HTL Mödling (Holztechnik) und spiele seit 10 Jahren Klavier. Ich würde sehr gerne ab Herbst eine Lehre als Klavierbauerin machen und wollte fragen, ob Sie eine Lehrstelle frei haben. Eine Schnupperwoche in den Sommerferien wäre auch toll. Meine Bewerbung habe ich Ihnen auch per Mail geschickt.\n\nMit freundlichen Grüßen\nLea Strohmaier"),
    ("me", "2024-04-22 19:10", "Liebe Lea, danke für deine Nachricht! Eine Schnupperwoche im Juli geht sicher, ab Herbst nehme ich tatsächlich einen zweiten Lehrling. Komm doch nächsten Samstag vorbei, dann zeig ich dir die Werkstatt."),
    ("bewerberin", "2024-04-22 19:25", "Vielen, vielen Dank! Ich komme gerne!"),
])
C("genuine", "guild_exam", "de", "Innung bittet sie als Prüferin", [
    ("innung", "2023-04-17 10:00", "Sehr geehrte Frau Kollegin, die Landesinnung würde Sie gerne als Prüferin für die Lehrabschlussprüfungen im Juni nominieren. Termine: 12. und 13. Juni, jeweils ganztägig, Entschädigung nach Tarif. Dürfen wir Sie eintragen?"),
    ("me", "2023-04-17 11:30", "Sehr geehrter Herr Kommerzialrat, sehr gerne. Bitte eintragen."),
    ("innung", "2023-04-17 11:45", "Herzlichen Dank!"),
])
C("genuine", "inbound_buyer", "de", "Interessent will restauriertes Klavier kaufen; eingehende Kaufanfrage", [
    ("kaeufer", "2024-05-06 21:15", "Hallo Frau Kainz, ich hab auf Ihrer Website das restaurierte Pleyel-Pianino von 1912 gesehen. Ist das noch zu haben? Meine Tochter fängt mit Klavier an und wir hätten gern was mit Charakter statt eines Digitalpianos. Was würde es inkl. Lieferung in den 16. (3. Stock, kein Lift) kosten?"),
    ("me", "2024-05-07 08:20", "Guten Morgen Herr Trenkwalder, ja, das Pleyel ist noch da. € 6.900 inkl. erster Stimmung bei Ihnen, die Lieferung in den 3. Stock ohne Lift macht Hruby um ca. € 390. Kommen Sie doch am Samstag mit Ihrer Tochter zum Probespielen!"),
    ("kaeufer", "2024-05-07 08:45", "Samstag 10 Uhr? Wir freuen uns."),
    ("me", "2024-05-07 09:00", "Passt, bis Samstag!"),
])
C("genuine", "peer_joint_offer", "de", "Orgelbauer schlägt gemeinsames Angebot für Stiftsschule vor", [
    ("kollege_orgel", "2023-10-02 18:00", "Servus Theresa! Das Stiftsgymnasium in Melk will einen Wartungsvertrag für alle Instrumente - 2 Orgeln, 9 Klaviere, 1 Cembalo. Machen wir ein gemeinsames Angebot? Ich Orgeln und Cembalo, du die Klaviere, eine Rechnung über mich. Preise müssten wir abstimmen."),
    ("me", "2023-10-02 18:45", "Bernhard, gern! Klaviere wie bei Margareten, € 135 pro Stimmung, plus Anfahrt. Soll ich dir die Zahlen schicken?"),
    ("kollege_orgel", "2023-10-02 19:02", "Ja bitte, bis Freitag. Abgabe ist am 20."),
])
C("genuine", "recruiter_engaged", "de", "Inhaberin hat Personalberaterin für Gesellen beauftragt", [
    ("me", "2023-10-12 09:15", "Sehr geehrte Frau Kopecky, ich suche seit Monaten eine:n Klavierbauer:in (Gesell:in) für meine Werkstatt in Neubau, 38,5 Stunden. Die AMS-Inserate bringen nichts. Übernehmen Sie auch so spezielle Handwerksberufe?"),
    ("recruiter", "2023-10-12 11:40", "Sehr geehrte Frau Kainz, ja, gerade solche Nischen. Unser Honorar liegt bei 2 Bruttomonatsgehältern, fällig erst bei Einstellung. Wollen wir nächste Woche telefonieren?"),
    ("me", "2023-10-12 12:00", "Gerne, Mittwoch 16 Uhr?"),
    ("recruiter", "2023-11-20 15:30", "Ich habe einen Kandidaten aus Bayern, 8 Jahre bei einem Hersteller in Braunschweig, will nach Wien ziehen. Lebenslauf kommt per Mail."),
])
C("genuine", "thanks_after_house_concert", "de", "Dankesnachricht 1 nach dem Werkstattkonzert (fast gleich wie 2 und 3)", [
    ("gast1", "2024-04-13 23:05", "Liebe Theresa, danke für den wunderbaren Abend in der Werkstatt! Der restaurierte Streicher klingt traumhaft. Es war mir eine Ehre, darauf zu spielen."),
    ("me", "2024-04-14 10:00", "Liebe Elisabeth, die Ehre war ganz meinerseits. Dein Schubert!"),
])
C("genuine", "thanks_after_house_concert", "de", "Dankesnachricht 2 nach dem Werkstattkonzert", [
    ("gast2", "2024-04-14 09:12", "Sehr geehrte Frau Kainz, herzlichen Dank für den schönen Abend gestern in Ihrer Werkstatt. Meine Frau und ich waren begeistert."),
])
C("genuine", "thanks_after_house_concert", "de", "Dankesnachricht 3 nach dem Werkstattkonzert", [
    ("gast3", "2024-04-14 11:40", "Danke für gestern Abend!! Der Streicher ist so ein Traum, ich hätte ewig zuhören können :)"),
    ("me", "2024-04-14 12:10", "Freut mich, Vera! Komm gern mal unter der Woche spielen."),
])
C("genuine", "journalist", "de", "Journalistin plant Porträt", [
    ("journalistin", "2024-02-06 10:25", "Liebe Frau Kainz, danke fürs Vernetzen. Ich schreibe für das Stadtblatt eine Serie über Handwerkerinnen im 7. Bezirk und würde Sie sehr gerne porträtieren - am liebsten bei der Arbeit am Streicher-Flügel, von dem Sie auf Instagram erzählt haben. Hätten Sie nächste Woche eine Stunde?"),
    ("me", "2024-02-06 11:00", "Liebe Frau Weiss, sehr gerne. Donnerstag Vormittag? Der Streicher ist gerade ohne Mechanik, das gibt gute Fotos."),
    ("journalistin", "2024-02-06 11:05", "Donnerstag 10 Uhr, ich bringe den Fotografen mit."),
])
C("genuine", "expat_customer", "en", "English-speaking customer wants a piano shipped back to the US", [
    ("expat", "2024-06-03 16:20", "Dear Ms Kainz, you tuned our Petrof last year in the 19th district. My posting in Vienna ends in August and we'd like to ship the piano to Boston. Could you prepare it for the container (and maybe recommend a mover)? Happy to pay for a visit to discuss."),
    ("me", "2024-06-03 18:05", "Dear Mr Whitmore, of course. I'll need to secure the action and check the humidity situation - Boston winters are dry. Hruby Klaviertransporte work with sea-freight companies, I'll ask them. Could I come on 12 June at 10?"),
    ("expat", "2024-06-03 18:30", "12 June at 10 is perfect. Thank you!"),
])
C("genuine", "pianist_voicing", "en", "concert pianist asks for voicing before recital", [
    ("pianist_jp", "2023-05-15 08:10", "Dear Theresa, I will play at Palais Hartenstein again on 27 May. Last time the treble of the Steinway was a little bright for Debussy. Would it be possible to voice it a bit softer? I trust your ears completely."),
    ("me", "2023-05-15 09:30", "Dear Aiko, lovely to hear from you. Yes, I'll soften the top two octaves the day before and you can try it at the rehearsal. If it's too much I can bring it back."),
    ("pianist_jp", "2023-05-15 09:41", "Thank you so much. See you soon!"),
])
C("genuine", "spam_folder_customer", "de", "Kundin aus Salzburg, Nachricht im Spam-Ordner gelandet", [
    ("salzburg", "2023-08-21 20:40", "Guten Abend Frau Kainz, ich habe das Klavier meiner Großmutter in Wien geerbt (Hietzing) und möchte es nach Salzburg bringen. Es ist ein altes Hofmann. Lohnt sich das überhaupt? Könnten Sie es sich vorher anschauen? Danke und liebe Grüße, Christine Aigner"),
    ("me", "2023-08-29 09:15", "Liebe Frau Aigner, bitte entschuldigen Sie die späte Antwort, Ihre Nachricht ist im Spam-Ordner gelandet! Ja, ich schaue es mir gerne an, Begutachtung vor Ort € 80. Passt Ihnen der 5. September?"),
    ("salzburg", "2023-08-29 12:30", "Ja, perfekt, danke!"),
], folder="SPAM")
C("genuine", "owner_started_transport", "de", "Inhaberin bucht Klaviertransport, langjähriger Kontakt", [
    ("me", "2023-12-04 08:00", "Servus Ferdl, der Steinway O für Pichler ist fertig. Kannst du ihn am 11. oder 12. abholen und in den Schauraum bringen?"),
    ("spedition", "2023-12-04 09:20", "Servus Theresa, 12. in der Früh geht. Um 7:30 bei dir?"),
    ("me", "2023-12-04 09:25", "Passt, Kaffee steht bereit."),
])
C("genuine", "owner_started_wood", "mixed", "Inhaberin fragt Holzlieferanten nach Resonanzholz, teils Englisch", [
    ("me", "2023-03-20 10:00", "Buongiorno Stefano! Do you still have quarter-sawn spruce for soundboards from the winter cut? I need enough for two upright soundboards. Preis bitte in Euro wie immer :)"),
    ("holz", "2023-03-20 14:20", "Ciao Theresa! Yes, very nice wood this year, 11 rings per cm. For two boards about € 620 plus shipping. I send photos tomorrow."),
    ("me", "2023-03-20 14:40", "Perfetto, grazie!"),
])
C("genuine", "long_standing_mentor", "de", "alter Meister (Onkel/Lehrherr) plaudert", [
    ("meister", "2024-01-01 11:00", "Liebe Resi, a gutes neues Jahr! Hab im Radio gehört, dass du den Streicher restaurierst. Wenn du die alten Wiener Mechanik-Teile brauchst, ich hab noch a Schachtel im Keller. Bussi, dein Onkel Alois"),
    ("me", "2024-01-01 12:30", "Onkel Alois! Prosit Neujahr! Ja, die Schachtel will ich unbedingt, ich komm am Sonntag mit einem Guglhupf."),
    ("meister", "2024-01-01 12:45", "Mit Rosinen bitte."),
])
C("genuine", "tuners_group_chat", "de", "Gruppenchat Wiener Stimmer zur Stimmtonhöhe", [
    ("stimmer1", "2023-07-03 21:00", "Weiß wer, auf welcher Tonhöhe das Festival im Augarten heuer spielt? Die Agentur sagt 443, der Dirigent 442."),
    ("stimmer2", "2023-07-03 21:10", "443, das Orchester ist aus Berlin, die spielen fast immer 443."),
    ("me", "2023-07-03 21:25", "Ich würd mir's schriftlich geben lassen. Letztes Jahr hab ich zweimal gestimmt wegen so einem Hin und Her."),
    ("stimmer1", "2023-07-03 21:27", "Eh. Danke euch!"),
], title="Stimmer Wien")
C("genuine", "student_rental", "de", "Studentin fragt nach Mietklavier mit Rabatt", [
    ("studentin", "2024-01-10 15:00", "Hallo! Ich studiere Klavier an der MUK und suche ein Mietklavier für meine WG in Ottakring. Gibt's bei Ihnen Studentenrabatt? Mehr als 50 € im Monat geht sich leider nicht aus."),
    ("me", "2024-01-10 16:40", "Hallo Sophie, ich hab ein Hofmann-Pianino, das um € 45 im Monat zu haben wäre, Stimmung einmal im Jahr inklusive. Anlieferung zahlst du einmalig. Willst du's anspielen kommen?"),
    ("studentin", "2024-01-10 16:55", "Ja!! Danke! Morgen?"),
])
C("genuine", "hotel_contract", "de", "Hotel fragt Wartungsvertrag für Lobbyflügel an", [
    ("hotel", "2023-02-27 11:30", "Grüß Gott Frau Kainz, unser Lobbyflügel (Yamaha C3) wird von Gästen gerne bespielt und klingt entsprechend. Könnten Sie uns ein Angebot für viermal Stimmen pro Jahr machen? Gerne mit Fixpreis."),
    ("me", "2023-02-27 13:10", "Grüß Gott Herr Auer, vier Stimmungen pro Jahr zum Fixpreis von € 620 netto, inklusive kleiner Regulierarbeiten. Bei Bedarf Intonation extra. Soll ich den Vertrag schicken?"),
    ("hotel", "2023-02-28 08:40", "Ja, bitte schicken. Danke!"),
])
C("genuine", "parish_donation", "de", "Pfarrer bittet um Einschätzung eines gespendeten Flügels", [
    ("pfarre", "2023-09-25 17:20", "Liebe Frau Kainz, uns wurde ein alter Flügel für den Pfarrsaal geschenkt. Ehrlich gesagt fürchte ich, er ist mehr Möbel als Instrument. Würden Sie mal schauen, ob sich was machen lässt? Die Pfarre hat natürlich kein großes Budget."),
    ("me", "2023-09-25 18:30", "Lieber Herr Pfarrer, selbstverständlich, für die Pfarre schau ich mir's kostenlos an. Donnerstag nach der Abendmesse?"),
])
C("genuine", "insurance_appraisal", "de", "Versicherung beauftragt Gutachten nach Wasserschaden", [
    ("versicherung", "2024-03-01 09:40", "Sehr geehrte Frau Kainz, eine Versicherungsnehmerin in 1180 Wien hatte einen Wasserschaden; ein Bechstein-Flügel ist betroffen. Könnten Sie ein Gutachten zu Schaden und Reparaturkosten erstellen? Ihr Stundensatz für Gutachten bitte vorab."),
    ("me", "2024-03-01 10:25", "Sehr geehrte Frau Mag. Fischer, gerne. Gutachten nach Aufwand, € 95 pro Stunde, erfahrungsgemäß 3-4 Stunden inkl. Bericht. Ich kann nächste Woche hin."),
    ("versicherung", "2024-03-01 10:40", "Danke, ich gebe die Kontaktdaten der Kundin weiter."),
])
C("genuine", "conservatory_schedule", "de", "Facility Management der Privatuni plant Stimmtermine", [
    ("uni", "2023-08-28 08:15", "Guten Morgen, Semesterbeginn ist 2.10. Könnten Sie wie immer die Übungsräume in der letzten Septemberwoche stimmen? Es kommen zwei neue Klaviere dazu (Raum 214 und 215)."),
    ("me", "2023-08-28 08:50", "Guten Morgen Herr Koller, ja, 25. bis 29. September. Die zwei neuen gern auch."),
])
C("genuine", "accountant_fee_change", "de", "bestehende Steuerberaterin kündigt neue Honorare an; harter Fall", [
    ("stb", "2023-12-11 10:00", "Liebe Theresa, kurze Info vorab: Ab Jänner passen wir unsere Pauschalen an, die monatliche Buchhaltung für dich geht von € 210 auf € 235. Jahresabschluss bleibt gleich. Wenn du Fragen hast, ruf mich an. Und bitte die Belege für Dezember bis 15.1.!"),
    ("me", "2023-12-11 11:15", "Danke Silvia, passt. Belege kommen pünktlich, versprochen (diesmal wirklich)."),
])
C("genuine", "family_small_talk", "de", "Neffe plaudert über Heurigen", [
    ("neffe", "2023-09-09 22:30", "Tante Resi!! Samstag Heuriger in Stammersdorf mit Oma und Opa? Oma sagt du kommst eh nie"),
    ("me", "2023-09-10 09:00", "Sag der Oma, ich komm! Aber erst ab 5, ich hab vorher noch a Stimmung in Floridsdorf."),
    ("me", "2023-09-10 09:02", "Und frag den Opa, ob er den"),
], drafts={2})
C("genuine", "former_apprentice", "de", "ehemaliger Lehrling meldet sich aus Hamburg", [
    ("ex_lehrling", "2023-11-02 19:45", "Hallo Theresa! Lange nichts gehört. Bin jetzt Konzerttechniker bei Steinberg, darf bald mit auf Tour nach Japan. Ohne deine Lehre hätte ich das nie geschafft - danke dir nochmal! Wie geht's der Werkstatt?"),
    ("me", "2023-11-02 20:30", "Lukas!! Wie schön! Ich bin so stolz auf dich. Werkstatt brummt, hab grad einen neuen Lehrling. Melde dich, wenn du in Wien bist."),
])
C("genuine", "theatre_rental", "de", "Theater will ein kaputtes Klavier für eine Inszenierung mieten", [
    ("theater", "2024-05-27 11:10", "Hallo Theresa, wir brauchen für die neue Horváth-Inszenierung ein Klavier, das auf der Bühne 'zerstört' wird (es wird nur angemalt und umgeworfen, keine Sorge). Hast du ein unrettbares Pianino? Wir zahlen natürlich."),
    ("me", "2024-05-27 12:00", "Hallo Miriam, ich hab ein Gehäuse ohne Innenleben im Hof stehen, das wäre ideal und viel leichter. € 150 und ihr holt's ab?"),
    ("theater", "2024-05-27 12:10", "Deal! Wir kommen Mittwoch mit dem Bus."),
])
C("genuine", "customer_complaint", "de", "Kundin beschwert sich, Stimmung hält nicht", [
    ("kundin_beschwerde", "2023-12-18 16:00", "Frau Kainz, Sie haben mein Klavier vor drei Wochen gestimmt und jetzt ist es schon wieder verstimmt. Für € 140 erwarte ich mir schon, dass das ein bisserl länger hält!"),
    ("me", "2023-12-18 17:20", "Liebe Frau Pölzl, das tut mir leid. Steht das Klavier noch neben dem Heizkörper? Ich komme nächste Woche kostenlos nachstimmen und bringe Ihnen einen Hygrometer mit, dann sehen wir, wie trocken es ist."),
    ("kundin_beschwerde", "2023-12-18 17:45", "Ja, es steht beim Heizkörper. Na gut, danke. Dienstag?"),
])
C("genuine", "inbound_dealer_graz", "de", "Händler aus Graz will restaurierte Instrumente abnehmen", [
    ("graz", "2024-02-19 10:30", "Liebe Frau Kainz, ich habe gehört, Sie restaurieren alte Wiener Flügel. Wir hätten in Graz Interesse an zwei, drei restaurierten Instrumenten pro Jahr für unseren Schauraum. Könnten wir über Konditionen reden? Gerne komme ich nach Wien."),
    ("me", "2024-02-19 12:00", "Lieber Herr Sorger, das freut mich. Im Moment hab ich einen Ehrbar in Arbeit, der im Mai fertig wird. Kommen Sie gern vorbei, dann reden wir über Händlerpreise."),
])
C("genuine", "guild_jury", "de", "Innung fragt nach Jury für Lehrlingswettbewerb", [
    ("innung", "2024-05-13 14:00", "Liebe Frau Kainz, danke nochmals für Ihre Hilfe bei den Prüfungen letztes Jahr. Heuer gibt es erstmals einen Lehrlingswettbewerb der Kunsthandwerke. Wären Sie in der Jury? Termin 18. Oktober."),
    ("me", "2024-05-13 15:10", "Gerne, bin dabei!"),
])
C("genuine", "apprentice_question", "de", "Lehrling fragt nach Werkzeug", [
    ("lehrling", "2024-06-17 18:20", "Chefin, darf ich mir für die Berufsschule das gute Intonierbesteck ausborgen? Wir haben Prüfungsstück Intonation. Bring's Freitag zurück, Ehrenwort"),
    ("me", "2024-06-17 18:40", "Ja, aber im Etui und nicht in der Jackentasche! Viel Glück!"),
])

# ================================================================ WANTED PITCHES
C("wanted_pitch", "reminder_software_post", "de", "Terminerinnerungs-Software bezieht sich auf ihren Beitrag über vergessene Stimmtermine", [
    ("w_soft", "2024-02-27 09:30", "Liebe Frau Kainz, Ihr Beitrag letzte Woche, dass gut die Hälfte Ihrer Kund:innen die jährliche Stimmung vergisst und Sie im Februar dann alle auf einmal anrufen, hat mich zum Schmunzeln gebracht - genau deshalb haben wir Stimmkalender gebaut. Es ist ein kleines Tool nur für Klavierstimmer: Es merkt sich das Datum der letzten Stimmung und schickt elf Monate später eine SMS mit Buchungslink, der direkt in Ihren Google-Kalender geht. Sieben Wiener Stimmer verwenden es schon. € 19 im Monat, 60 Tage gratis. Soll ich Ihnen einen Testzugang anlegen?"),
    ("me", "2024-02-27 11:00", "Ha, erwischt. Ja, legen Sie mir einen Testzugang an, ich probier's im März."),
    ("w_soft", "2024-02-27 11:10", "Gemacht, Zugangsdaten kommen per Mail."),
])
C("wanted_pitch", "filmmaker_talk", "de", "Filmemacherin war bei ihrem Vortrag auf den Wiener Handwerkstagen", [
    ("w_film", "2024-04-16 10:00", "Liebe Frau Kainz, danke fürs Annehmen! Ihr Vortrag über Intonation, bei dem Sie den Saal erst den harten und dann den gestochenen Hammer hören haben lassen, war für mich das Highlight der Handwerkstage. Ich mache kurze Dokumentarfilme über Wiener Handwerk (zuletzt über die Geigenbauerin in der Josefstadt). Hätten Sie Lust auf einen 5-Minuten-Film über die Streicher-Restaurierung? Für Handwerksbetriebe zum Selbstkostenpreis von € 1.800, Sie bekommen alle Rechte."),
    ("me", "2024-04-16 12:20", "Den Geigenfilm hab ich gesehen, der war wunderschön. Ich denk drüber nach - können wir nächste Woche telefonieren?"),
    ("w_film", "2024-04-16 12:30", "Sehr gerne!"),
])
C("wanted_pitch", "felt_supplier_article", "de", "Filzhersteller bezieht sich auf ihren Fachartikel zur Hammerkopfhärte", [
    ("w_filz", "2023-10-17 14:00", "Sehr geehrte Frau Kainz, ich habe Ihren Artikel im Klavierbau Journal (Ausgabe 3/23) über die Härtemessung bei Hammerköpfen mit großem Interesse gelesen - besonders Ihre Beobachtung, dass viele Filze nach dem Pressen im Diskant zu hart sind und man zu viel nadeln muss. Wir pressen seit letztem Jahr mit einem weicheren Profil, genau aus diesem Grund. Darf ich Ihnen zwei Mustersätze kostenlos schicken, zum Vergleich mit Ihrem bisherigen Lieferanten?"),
    ("me", "2023-10-17 16:30", "Das ist ein Angebot, das ich nicht ablehne. Gerne, an die Werkstattadresse."),
])
C("wanted_pitch", "recruiter_relevant_role", "de", "Headhunterin mit passender Stelle (Leitung Konzertdienst)", [
    ("w_recr", "2024-03-18 08:50", "Sehr geehrte Frau Kainz, ich suche im Auftrag eines großen Wiener Konzerthauses eine Leitung für den Instrumentendienst (12 Konzertflügel, 3 Säle, Team von 4 Stimmern). Ihr Name fiel mehrfach, u. a. wegen Ihrer Arbeit im Palais Hartenstein und Ihrer Prüfertätigkeit für die Innung. Mir ist klar, dass Sie eine eigene Werkstatt führen; die Position wäre auch mit 30 Stunden denkbar. Hätten Sie Interesse an einem vertraulichen Gespräch?"),
    ("me", "2024-03-18 13:00", "Sehr geehrte Frau Dr. Hämmerle, danke für die Anfrage, das ehrt mich. Ich bleibe bei meiner Werkstatt, kann Ihnen aber eine Kollegin nennen, die sehr gut passen würde."),
    ("w_recr", "2024-03-18 13:20", "Das wäre großartig, vielen Dank."),
])
C("wanted_pitch", "humidity_problem_named", "de", "Klimageräte-Anbieter nennt konkret das Problem trockener Altbauwohnungen mit Fernwärme", [
    ("w_klima", "2023-11-06 10:15", "Sehr geehrte Frau Kainz, auf Ihrer Website empfehlen Sie 45-60 % Luftfeuchte und schreiben, dass Sie jeden Winter Risse im Resonanzboden bei Kunden in Altbauwohnungen mit Fernwärme sehen. Genau dafür haben wir ein Klimasystem entwickelt, das direkt im Klavier sitzt (Befeuchter + Entfeuchter, lautlos). Wir suchen in Wien einen Fachbetrieb, der es einbaut - Händlerpreis € 320, Endkunde € 480. Dürfen wir Ihnen ein Testgerät schicken?"),
    ("me", "2023-11-06 12:00", "Schicken Sie gern eins, ich bau's bei Frau Pölzl ein, die hat genau dieses Problem."),
])
C("wanted_pitch", "transport_mutual_contact", "de", "Spedition über gemeinsamen Kontakt Robert Pichler", [
    ("w_transport", "2023-11-28 10:30", "Grüß Gott Frau Kainz, Robert Pichler hat mir erzählt, dass Herr Hruby über Weihnachten immer ausgebucht ist und Sie dann Flügel selbst mit dem Händlerbus holen. Wir sind auf Flügeltransporte spezialisiert (Treppenraupe, Flügelbrett, Versicherung bis € 150.000) und hätten im Dezember noch Kapazität. Für Werkstätten € 260 pauschal innerhalb Wiens. Nur als Backup, falls Herr Hruby voll ist."),
    ("me", "2023-11-28 11:40", "Danke, als Backup sehr willkommen! Ich hab am 20. einen Flügel in Hietzing, der wackelt noch. Ich melde mich."),
])
C("wanted_pitch", "tender_subcontract", "de", "größerer Stimmservice bietet Subauftrag für öffentliche Ausschreibung an", [
    ("w_tender", "2024-01-29 15:00", "Liebe Frau Kainz, die Stadt Wien hat die Wartung der Klaviere an den städtischen Musikschulen ausgeschrieben (Los 3: Bezirke 4-9, 71 Instrumente). Wir bieten für Los 3, haben aber in den inneren Bezirken zu wenig Leute. Da Sie die Musikschule Margareten ohnehin betreuen, wäre eine Subbeauftragung für die Bezirke 5-7 naheliegend. Hätten Sie Interesse? Unterlagen schicke ich gerne."),
    ("me", "2024-01-29 17:30", "Interessant. Schicken Sie mir bitte die Unterlagen und Ihre Preisvorstellung pro Instrument."),
])
C("wanted_pitch", "web_tools_setup", "de", "Webentwickler bemerkt PDF-Fax-Formular und alten Homepage-Baukasten", [
    ("w_web", "2024-05-14 20:10", "Hallo Frau Kainz, ich bin selbst Hobbypianist und war auf Ihrer Homepage, um einen Stimmtermin auszumachen - da gibt's nur ein PDF zum Ausdrucken und Faxen, und auf dem Handy ist die Seite kaum lesbar (der Baukasten von 2012 wird, glaube ich, gar nicht mehr gewartet). Ich baue Seiten für kleine Handwerksbetriebe: eine einfache, mobile Seite mit Online-Terminanfrage wäre um € 1.400 machbar, Ihre Texte und Fotos übernehme ich. Wenn nicht, hätte ich trotzdem gern einen Termin für mein Klavier :)"),
    ("me", "2024-05-14 21:00", "Erwischt, das Fax ist noch vom Onkel. Termin gern, und zur Homepage reden wir dabei."),
])
C("wanted_pitch", "veneer_workshop_visit", "de", "Furnierhändler hat die Werkstatt beim Tag der offenen Tür besucht", [
    ("w_furnier", "2023-10-23 11:00", "Liebe Frau Kainz, ich war am Samstag bei Ihrem Tag der offenen Werkstatt und hab gesehen, dass Sie beim Biedermeier-Flügel das fehlende Mahagonifurnier mit Stückerln aus drei verschiedenen Chargen flicken. Ich hab ein Lager mit altem kubanischen Mahagoni aus Abbruchmöbeln, gleiche Zeit, gleiche Maserung. Kommen Sie gern mal nach Stockerau schauen, Sie können sich die Blätter selbst aussuchen."),
    ("me", "2023-10-23 12:15", "Sie haben ein gutes Auge! Ich komm nächste Woche."),
])
C("wanted_pitch", "insurance_press_item", "de", "Kunstversicherungsmakler nach dem Zeitungsartikel über den Streicher-Flügel", [
    ("w_vers", "2024-03-04 09:00", "Sehr geehrte Frau Kainz, ich habe im Stadtblatt gelesen, dass Sie den Streicher von 1845 für das Bezirksmuseum restaurieren und der Flügel danach bei Konzerten bespielt wird. Leihgaben in Werkstätten sind bei der Betriebsversicherung oft nicht oder nur bis zum Zeitwert gedeckt. Wir versichern Instrumente 'von Nagel zu Nagel' inkl. Transport; für ein Objekt dieser Art liegt die Prämie meist bei 0,3 % des Werts. Soll ich Ihnen das unverbindlich durchrechnen?"),
    ("me", "2024-03-04 10:20", "Gute Frage eigentlich, das hab ich nie geprüft. Ja, bitte rechnen Sie's durch."),
])
C("wanted_pitch", "funding_public_call", "de", "Förderberaterin verweist auf konkrete Förderausschreibung", [
    ("w_foerder", "2024-04-02 14:00", "Liebe Frau Kainz, die Wirtschaftsagentur Wien hat einen neuen Call für Handwerksbetriebe unter 10 Mitarbeitern geöffnet (Einreichung bis 30. Juni): 50 % Zuschuss für Digitalisierung und Maschinen bis € 20.000. Eine neue Homepage mit Online-Terminbuchung und z. B. eine Absauganlage für die Lackiererei wären förderbar. Ich arbeite auf Erfolgsbasis (8 % der Fördersumme). Interesse?"),
    ("me", "2024-04-02 15:30", "Die Absauganlage steht eh auf meiner Liste. Wir können reden."),
])
C("wanted_pitch", "tours_instagram", "en", "English-language music tour company saw her Instagram posts", [
    ("w_tours", "2024-06-10 12:00", "Dear Theresa, I run small music-heritage walks in Vienna for English-speaking visitors, and your Instagram posts about the Streicher restoration are exactly the kind of thing my guests ask about after the Beethoven houses. Would you consider hosting a group of 8-10 for 30 minutes once a month? We'd pay € 25 per guest, and I'd of course keep them away from anything with glue on it."),
    ("me", "2024-06-10 14:30", "Dear Harriet, what a nice idea. Once a month on a Friday afternoon could work. Let's talk!"),
])

# ================================================================ JUNK
C("junk", "generic_booking_software", "de", "generische Terminbuchungs-Software; Gegenstück zum Stimmkalender", [
    ("j_soft", "2024-02-05 09:00", "Hallo Frau Kainz,\n\nverlieren Sie noch Zeit mit Terminvereinbarungen am Telefon? Mit Terminio buchen Ihre Kunden rund um die Uhr online - für Friseure, Physios, Werkstätten und mehr.\n\n✔ Online-Kalender\n✔ Erinnerungen per SMS\n✔ Bezahlung vorab\n\nHätten Sie 15 Minuten für eine kurze Demo?\n\nBeste Grüße\nDennis Wagner"),
])
C("junk", "generic_video", "de", "generische Videoagentur; Gegenstück zur Filmemacherin", [
    ("j_video", "2024-04-29 11:11", "Hallo Theresa, Videos sind 2024 der Schlüssel zu mehr Reichweite! Wir produzieren Imagefilme, Reels und Recruiting-Videos für Unternehmen jeder Größe. Pakete ab € 3.490. Darf ich Ihnen unser Showreel schicken?"),
])
C("junk", "generic_parts", "en", "generic parts exporter in English; counterpart of the felt supplier", [
    ("j_parts", "2023-09-12 03:20", "Dear Manager, we are professional manufacturer of piano parts in China since 2005: hammers, strings, keys, tuning pins, felts. Best quality and best price, OEM available. MOQ 100 sets. Please check our catalogue and send us your inquiry. Best regards, Li Wei"),
    ("j_parts", "2023-09-26 03:20", "Dear Manager, did you receive our catalogue? Special discount 15% this month."),
])
C("junk", "generic_recruiter", "de", "irrelevante Stelle; Gegenstück zur Headhunterin", [
    ("j_recr", "2024-03-25 12:00", "Hallo Theresa, ich hätte eine spannende Position im technischen Außendienst (Medizintechnik) in Linz für Sie, Firmenwagen inkl. Ihr Profil passt super! Wann können wir kurz telefonieren?"),
])
C("junk", "generic_air_purifier", "de", "generische Luftreiniger ohne Bezug; Gegenstück zum Klimasystem", [
    ("j_klima", "2023-11-15 10:00", "Sehr geehrte Damen und Herren, saubere Luft im Büro steigert die Produktivität um bis zu 15 %! AirPure Luftreiniger mit HEPA-Filter jetzt zum Aktionspreis. Gerne sende ich Ihnen ein unverbindliches Angebot."),
])
C("junk", "generic_web_agency", "de", "generische Webagentur; Gegenstück zum Webentwickler", [
    ("j_web", "2024-05-02 10:30", "Hallo Frau Kainz, Ihre Website ist Ihre digitale Visitenkarte! Wir erstellen professionelle Websites ab € 49 im Monat - inklusive Hosting, SEO und Support. Jetzt kostenlos beraten lassen!"),
])
C("junk", "paid_podcast_slot", "de", "bezahlter Podcast-Platz", [
    ("j_pod", "2024-01-17 14:00", "Liebe Theresa, wir haben Sie als Gast für unseren Podcast 'Erfolgsgeschichten Mittelstand' ausgewählt! 🎙️ Sie erhalten eine professionell produzierte Folge, Social-Media-Clips und einen Blogartikel. Für die Produktion berechnen wir einen einmaligen Beitrag von € 490 netto. Soll ich Ihnen einen Termin reservieren?"),
])
C("junk", "paid_award", "de", "kostenpflichtiger Award", [
    ("j_award", "2023-06-06 09:00", "Sehr geehrte Frau Kainz, herzlichen Glückwunsch! Ihr Betrieb wurde für den TOP HANDWERK AWARD ÖSTERREICH 2023 nominiert. Um das Siegel und die Urkunde zu erhalten, buchen Sie bitte bis 30.6. Ihr Award-Paket (€ 690 zzgl. USt.). Das Siegel dürfen Sie 12 Monate auf Website und Fahrzeugen verwenden."),
    ("j_award", "2023-06-20 09:00", "Erinnerung: Nur noch 10 Tage bis zum Ende der Frist für Ihr Award-Paket!"),
])
C("junk", "paid_feature", "de", "bezahltes Unternehmensporträt", [
    ("j_mag", "2023-08-08 10:45", "Sehr geehrte Frau Kainz, für unsere Sonderausgabe 'Wiens beste Handwerksbetriebe' möchten wir Ihnen ein ganzseitiges Porträt anbieten. Der Druckkostenbeitrag beträgt € 1.150. Auflage 40.000 Stück. Darf ich Sie für die Ausgabe vormerken?"),
])
C("junk", "capacity_for_clients", "de", "fragt nach Kapazität für neue Kunden", [
    ("j_capacity", "2023-09-18 08:30", "Hallo Theresa, kurze Frage: Hast du aktuell Kapazitäten für neue Kunden? Wir bringen Dienstleistern wie dir 10-20 qualifizierte Anfragen pro Monat über Meta-Ads. Wenn ja, zeig ich dir gern, wie das funktioniert."),
])
C("junk", "likeminded_entrepreneurs", "de", "Vernetzen als gleichgesinnte Unternehmer", [
    ("j_likeminded", "2024-02-20 22:10", "Hallo Theresa, ich vernetze mich gerne mit gleichgesinnten Unternehmerinnen und Unternehmern, die etwas bewegen wollen 🚀 Lass uns connecten und schauen, wie wir einander Mehrwert bieten können!"),
])
C("junk", "quick_15_min_call", "de", "15-Minuten-Call SEO", [
    ("j_15min", "2023-07-11 11:00", "Guten Tag Frau Kainz, ich habe mir Ihre Website angesehen und einige schnelle Verbesserungen für Google gefunden. Haben Sie diese Woche 15 Minuten für einen kurzen Call? Ich zeige Ihnen alles per Bildschirmfreigabe."),
])
C("junk", "connect_then_pitch", "de", "erst Smalltalk über Wien, Pitch in Nachricht 2", [
    ("j_ctp1", "2024-03-04 08:12", "Hallo Theresa, danke fürs Vernetzen! Wien ist einfach eine wunderschöne Stadt, ich war letzten Sommer dort. Hast du einen Lieblingsort?"),
    ("me", "2024-03-04 12:00", "Hallo Stefanie, der Augarten in der Früh!"),
    ("j_ctp1", "2024-03-05 08:30", "Schön! Übrigens: Wir helfen Unternehmen, mit KI-gestützter Akquise 20+ Termine pro Monat mit Entscheidern zu buchen. Wäre das nächste Woche einen kurzen Austausch wert?"),
])
C("junk", "connect_then_pitch", "de", "Smalltalk als Wiener, dann Vermögensberatung nach ihrer Antwort", [
    ("j_ctp2", "2023-10-09 19:30", "Servus Theresa! Schön, eine Wienerin zu vernetzen. Klavierbau, wie cool! Spielst du selbst auch?"),
    ("me", "2023-10-10 08:15", "Servus, ja, aber nur noch zum Testen :)"),
    ("j_ctp2", "2023-10-10 09:00", "Haha, verstehe! Sag, als Selbstständige - hast du deine Pensionsvorsorge schon optimiert? Viele Unternehmerinnen verschenken da bares Geld. Ich mach dir gern eine kostenlose Analyse, dauert nur 20 Minuten."),
    ("j_ctp2", "2023-10-17 09:00", "Hey Theresa, wollte nur kurz nachhaken 😊"),
])
C("junk", "connect_then_pitch", "en", "English small talk then growth consulting pitch in message 3", [
    ("j_ctp3", "2024-05-21 13:45", "Hi Theresa, thanks for connecting! Always great to meet fellow business owners."),
    ("j_ctp3", "2024-05-22 09:00", "How's business going this quarter?"),
    ("j_ctp3", "2024-05-23 09:00", "At ScaleUp Partners we help small business owners double revenue in 90 days with our proprietary growth framework. I have 2 spots open this month - would you like to book a free strategy session?"),
])
C("junk", "followup_bump", "de", "Social-Media-Agentur fasst dreimal nach ohne Antwort", [
    ("j_bump1", "2023-05-08 10:00", "Hallo Frau Kainz, Instagram ist für Handwerker DIE Chance! Wir übernehmen Ihre Social-Media-Betreuung komplett. Interesse an einem Erstgespräch?"),
    ("j_bump1", "2023-05-15 10:00", "Hallo Frau Kainz, darf ich nochmal nachfragen?"),
    ("j_bump1", "2023-05-29 10:00", "Hallo Frau Kainz, ich möchte nicht nerven - nur ein letztes Mal nachgefragt!"),
])
C("junk", "followup_bump", "de", "Registrierkassen-Anbieter fasst nach", [
    ("j_bump2", "2024-01-15 08:00", "Guten Morgen! Ist Ihre Registrierkasse RKSV-konform und fit für 2024? Kassenwerk bietet die Cloud-Kasse für Kleinbetriebe ab € 9,90. Jetzt wechseln!"),
    ("j_bump2", "2024-01-22 08:00", "Guten Morgen, kurzes Follow-up zu meiner Nachricht von letzter Woche."),
    ("j_bump2", "2024-02-05 08:00", "Letzte Erinnerung: Aktion endet am Freitag!"),
])
C("junk", "template_mass", "de", "Vorlage 1 von 5: mehr Anfragen über Google", [
    ("j_tpl1", "2023-04-04 09:10", "Hallo Frau Kainz, ich bin auf die Klavierwerkstatt Kainz gestoßen und war beeindruckt von Ihrer Arbeit! Wir helfen Handwerksbetrieben wie Ihrem, über Google 3x mehr Anfragen zu bekommen. Wären Sie offen für ein kurzes Gespräch?"),
])
C("junk", "template_mass", "de", "Vorlage 2 von 5: gleiche Nachricht, andere Füllung", [
    ("j_tpl2", "2023-04-19 14:30", "Hallo Theresa, bin auf deinen Betrieb gestoßen und echt beeindruckt von eurer Arbeit! Wir helfen Handwerksbetrieben wie deinem, über lokale Suche 3x mehr Anfragen zu bekommen. Offen für ein kurzes Gespräch?"),
])
C("junk", "template_mass", "de", "Vorlage 3 von 5: gleiche Nachricht, andere Füllung", [
    ("j_tpl3", "2023-05-03 10:05", "Guten Tag Frau Kainz, ich bin auf Ihre Klavierwerkstatt gestoßen und bin beeindruckt von Ihrer Arbeit. Wir unterstützen Betriebe wie Ihren dabei, über Google Ads bis zu 3x mehr Kundenanfragen zu bekommen. Hätten Sie Interesse an einem kurzen Gespräch?"),
])
C("junk", "template_mass", "de", "Vorlage 4 von 5: gleiche Nachricht, andere Füllung", [
    ("j_tpl4", "2023-05-24 16:40", "Hallo Frau Kainz! Bin auf Klavierwerkstatt Kainz gestoßen und war sofort beeindruckt. Wir helfen Handwerkern wie Ihnen, über Google-Bewertungen 3x mehr Anfragen zu bekommen. Wären Sie für ein kurzes Gespräch offen?"),
])
C("junk", "template_mass", "en", "template 5 of 5 in English", [
    ("j_tpl5", "2023-06-14 11:20", "Hi Theresa, I came across Klavierwerkstatt Kainz and was really impressed by your work! We help craft businesses like yours get 3x more enquiries from Google. Would you be open to a quick chat?"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("j_merge1", "2023-03-14 08:00", "Hallo {{Vorname}},\n\nüberlastet mit Büroarbeit? ProBüro übernimmt Buchhaltung, Telefon und Terminverwaltung für Ihr Unternehmen - flexibel und günstig. Dürfen wir Ihnen ein Angebot machen?"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter [Firma] im Werbemittel-Pitch", [
    ("j_merge2", "2023-10-30 13:00", "Sehr geehrte Frau Kainz, Weihnachten steht vor der Tür! Überraschen Sie die Kunden von [Firma] mit hochwertigen Werbegeschenken mit Ihrem Logo - Kugelschreiber, Tassen, Kalender. Mindestmenge nur 50 Stück."),
])
C("junk", "merge_tag_failure", "de", "falsche Anrede (Herr Kainz)", [
    ("j_merge3", "2024-04-08 09:45", "Sehr geehrter Herr Kainz, als Geschäftsführer stehen Sie vor der Herausforderung, Ihr Unternehmen zukunftsfit zu machen. LanzConsult begleitet Sie bei Strategie, Prozessen und Nachfolge. Darf ich Sie zu einem unverbindlichen Gespräch einladen?"),
])
C("junk", "merge_tag_failure", "de", "falsche Firma (Pianohaus Mertens) im Reinigungs-Pitch", [
    ("j_merge4", "2023-12-05 10:20", "Guten Tag Frau Kainz, wir haben gesehen, dass das Pianohaus Mertens neue Räumlichkeiten bezogen hat - herzlichen Glückwunsch! Berger Reinigungstechnik bietet professionelle Büro- und Schauraumreinigung. Gerne erstellen wir Ihnen ein kostenloses Angebot."),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail einer Bank", [
    ("j_spons1", "2023-07-01 12:00", "<p>Hallo Theresa,</p><p>Ihr Geschäftskonto kann mehr: Mit dem <b>Businessportal</b> erledigen Sie Zahlungen, Belege und Kredite in einer App.</p><p>Jetzt 12 Monate ohne Kontoführungsgebühr!</p>"),
], title="Sponsored Conversation", subject="Ihr Geschäftskonto")
C("junk", "sponsored_inmail", "de", "Sponsored InMail ohne Absenderprofil (LinkedIn Member)", [
    ("j_spons2", "2024-03-12 12:00", "Exklusives Webinar: So sparen Selbstständige 2024 Steuern. Jetzt kostenlos anmelden!"),
], subject="Exklusives Webinar")
C("junk", "sponsored_inmail", "de", "Sponsored InMail einer Fernakademie", [
    ("j_spons3", "2024-06-04 12:00", "<p>Theresa, bereit für den nächsten Karriereschritt?</p><p>Der berufsbegleitende MBA der Fernakademie Wirtschaft: 100 % online, staatlich anerkannt. <a href=\"https://example.org\">Infopaket anfordern</a></p>"),
], title="Sponsored Conversation", subject="Berufsbegleitender MBA")
C("junk", "off_topic_product", "de", "Photovoltaik ohne Bezug", [
    ("j_solar", "2023-04-25 09:00", "Grüß Gott Frau Kainz, mit einer PV-Anlage auf Ihrem Betriebsgebäude senken Sie die Stromkosten um bis zu 70 %! Jetzt Förderung sichern. Sind Sie Eigentümerin der Immobilie?"),
])
C("junk", "off_topic_product", "de", "Krypto-Coaching", [
    ("j_crypto", "2023-11-26 23:40", "Hey Theresa 👋 Stell dir vor, dein Geld arbeitet für dich, während du schläfst. Meine Community macht 5-10 % pro Woche mit Krypto-Trading. Willst du mehr erfahren?"),
])
C("junk", "sells_her_own_goods", "en", "exporter offers pianos, exactly what she sells", [
    ("j_sellsame", "2024-01-25 06:10", "Dear Sir/Madam, we offer refurbished upright and grand pianos from Europe at wholesale prices, perfect for resellers and piano workshops. 40ft container with 30 pianos available now. Send your email for price list."),
])
C("junk", "sells_her_own_service", "de", "Stimmservice-Plattform bietet ihr Stimmen an", [
    ("j_stimm", "2023-08-15 10:00", "Hallo! Sie haben ein Klavier? Stimmservice24 vermittelt geprüfte Klavierstimmer in ganz Österreich - Stimmung ab € 99, Termin in 48 Stunden. Jetzt online buchen und 10 % sparen!"),
])
C("junk", "fluent_generic_named", "de", "flüssiger Pitch mit Firmennamen, an jeden schickbar", [
    ("j_fluent", "2024-02-14 08:30", "Sehr geehrte Frau Kainz,\n\nich verfolge die Entwicklung der Klavierwerkstatt Kainz mit großem Interesse. Gerade inhabergeführte Unternehmen wie die Klavierwerkstatt Kainz stehen heute vor besonderen Herausforderungen: Fachkräftemangel, Digitalisierung und steigende Kosten. Lichtenegger Strategy begleitet Unternehmen auf dem Weg zu nachhaltigem Wachstum.\n\nGerne würde ich mit Ihnen ausloten, wie wir die Klavierwerkstatt Kainz beim nächsten Schritt unterstützen können.\n\nMit besten Grüßen\nHannes Lichtenegger"),
])
C("junk", "generic_service", "de", "Leasing-Pitch generisch", [
    ("j_leasing", "2023-06-27 11:30", "Hallo Frau Kainz, Fuhrpark, Maschinen, IT - mit FlexLeasing bleiben Sie liquide. Schnelle Zusage in 24 Stunden. Darf ich Ihnen unsere Konditionen schicken?"),
])
C("junk", "generic_service", "de", "KI-Automatisierung, mit Nachfassen", [
    ("j_ki", "2024-06-11 10:00", "Hey Theresa, wir automatisieren 80 % der Routinearbeit mit KI-Agenten. Kunden sparen 20+ Stunden pro Woche. 15 Minuten, um zu schauen, was bei dir geht?"),
    ("j_ki", "2024-06-18 10:00", "Hey Theresa, kurzes Nachhaken. Soll ich dir stattdessen ein kurzes Video schicken?"),
])
C("junk", "generic_service", "de", "Business-Coaching für Frauen", [
    ("j_coach", "2023-03-08 07:30", "Liebe Theresa, zum Weltfrauentag 💜: Bist du bereit, als Unternehmerin in deine volle Kraft zu kommen? Mein 8-Wochen-Programm 'Female Leadership Flow' startet im April. Hol dir jetzt dein kostenloses Erstgespräch!"),
])
C("junk", "generic_service", "de", "bedruckte Arbeitskleidung", [
    ("j_tshirt", "2023-09-04 09:15", "Guten Tag! Einheitliche Arbeitskleidung mit Logo stärkt Ihre Marke. T-Shirts, Polos, Schürzen bedruckt ab 20 Stück. Kostenloses Muster anfordern?"),
])

ex.write(
    OUT,
    profile={"First Name": "Theresa", "Last Name": "Kainz",
             "Headline": "Klavierbaumeisterin | Klavierwerkstatt Kainz, Wien-Neubau",
             "Summary": "Stimmen, Intonieren, Restaurieren - seit 2009 in der Zieglergasse. "
                        "Konzertstimmungen, Wartung für Musikschulen, Restaurierung historischer Wiener Flügel.",
             "Industry": "Musikinstrumente", "Geo Location": "Wien, Österreich",
             "Websites": "[COMPANY:https://klavierwerkstatt-kainz.at]"},
    positions=[
        {"Company Name": "Klavierwerkstatt Kainz", "Title": "Inhaberin, Klavierbaumeisterin",
         "Description": "Stimmung, Reparatur, Restaurierung, Vermietung und Verkauf.",
         "Location": "Wien", "Started On": "Mär 2009", "Finished On": ""},
        {"Company Name": "Klavierwerkstatt Alois Kainz", "Title": "Klavierbauerin",
         "Description": "", "Location": "Wien", "Started On": "Sep 2001", "Finished On": "Feb 2009"},
    ],
    skills=["Klavierbau", "Klavierstimmung", "Intonation", "Restaurierung", "Konzertservice"],
)
print(ex.summary())

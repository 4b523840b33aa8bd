"""dev44 persona: director of a Catholic kindergarten (Kita) in Trier (2026 layout).

Written blind to the detector code in session 5; every message text is written by hand here.
Run with the project venv; it regenerates ../de-kindergarten-director-catholic-trier/.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-kindergarten-director-catholic-trier"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Annette Pauly", "https://www.linkedin.com/in/annette-pauly-kita-trier",
               "Kath. Kita St. Helena Trier-Pallien", "Kita-Leitung")
ex = Export(SLUG, "2026", owner)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people: genuine contacts
P("mutter_platz", "Jana Wagner-Kreutz", "Steuerbüro Kreutz & Wagner", "Steuerfachangestellte")
P("hr_firma", "Tobias Kettern", "Moselwerke Kettern & Söhne GmbH", "Personalleiter")
P("moebel", "Ralf Schommer", "Schommer Kindermöbel", "Außendienst Rheinland-Pfalz/Saarland",
  connected="2016-03-10")
P("app_alt", "Sophie Lentes", "KitaKompass", "Customer Success", connected="2021-09-01")
P("jugendamt", "Dr. Markus Hoffmann", "Jugendamt Trier", "Fachberatung Kindertagesstätten",
  connected="2017-06-12")
P("pfarrer", "Pfarrer Stefan Lellig", "Kath. Pfarrei St. Helena Trier", "Pfarrer", connected="2018-09-01")
P("bistum", "Christiane Marx", "Bistum Trier, Abteilung Kindertageseinrichtungen", "Referentin",
  connected="2015-01-20")
P("bewerberin", "Lea Thielen", "", "Erzieherin (staatl. anerkannt)", connected="2025-04-02",
  invite=("IN", "2025-04-02 19:12", "Hallo Frau Pauly, ich habe mich auf Ihre Stelle beworben und würde mich gerne vernetzen."))
P("personalberater", "Heike Bollig", "Bollig Personalberatung Soziale Berufe", "Inhaberin",
  connected="2025-01-15")
P("fortbildung", "Martina Reuter", "Fortbildungsinstitut Hunsrück-Mosel", "Seminarorganisation",
  connected="2019-02-02")
P("kollegin_kita", "Birgit Hansen", "Kath. Kita St. Paulin Trier", "Kita-Leitung", connected="2014-08-08")
P("danke1", "Sandra Kirsch", "Kita Sonnenblume Konz", "Erzieherin", connected="2022-05-05")
P("danke2", "Petra Michels", "Kita Arche Noah Schweich", "Stellv. Leitung", connected="2020-10-10")
P("danke3", "Nicole Weber", "Kita Zauberwald Bernkastel-Kues", "Kita-Leitung", connected="2019-11-11")
P("spielwaren", "Thomas Ehses", "Ehses Spiel & Raum", "Fachberater Krippe", connected="2025-05-20",
  invite=("OUT", "2025-05-19 16:40", ""))
P("freundin", "Claudia Schmitt", "Kita Regenbogen Saarburg", "Erzieherin", connected="2012-03-03")
P("elternbeirat", "Daniel Reinert", "Elternausschuss Kita St. Helena", "Vorsitzender")
P("zeitung", "Katrin Meyer", "Moselbote", "Redakteurin Lokales", connected="2023-03-01")
P("erzieher", "Jonas Klein", "Kath. Kita St. Helena Trier-Pallien", "Erzieher", connected="2022-08-15")
P("foerderverein", "Ursula Becker", "Förderverein Kita St. Helena e.V.", "Kassenwartin",
  connected="2016-04-04")
P("winzer", "Michael Schneider-Lauer", "Weingut Schneider-Lauer, Trier-Olewig", "Winzer")
P("praktikantin", "Mia Hermes", "Berufsbildende Schule Trier", "Schülerin Sozialassistenz")
P("fachschule", "Gisela Kohl", "Fachschule für Sozialwesen Trier", "Lehrkraft Praxisanleitung",
  connected="2013-09-09")
P("logopaedin", "Franziska Gerhardt", "Logopädie am Viehmarkt", "Logopädin", connected="2021-11-11")
P("grundschule", "Andreas Wirtz", "Grundschule Pallien", "Schulleiter", connected="2018-02-14")
P("caritas", "Johannes Meurer", "Caritasverband Trier", "Netzwerkkoordination Frühe Hilfen",
  connected="2016-12-01")
P("hausmeister", "Horst Lorig", "Kath. Pfarrei St. Helena Trier", "Haustechnik")
P("ex_fachberatung", "Renate Blasius", "im Ruhestand", "ehem. Fachberaterin Bistum Trier",
  connected="2010-06-06")
P("expat", "Rachel Donnelly", "Kirchberg Fund Services S.A.", "Financial Analyst")
P("erasmus", "Siobhán Kearney", "Little Acorns Early Learning Centre, Galway", "Manager",
  connected="2025-02-27")
P("caterer", "Frank Reinhold", "Moselküche Reinhold GmbH", "Geschäftsführer", connected="2019-08-01")
P("quereinsteiger", "Marco Lehnert", "", "Quereinsteiger Erziehung (vorher Einzelhandel)")
P("zahnarzt", "Dr. Sabine Theis", "Zahnarztpraxis am Moselufer", "Zahnärztin, LAGZ Prophylaxe",
  connected="2020-01-01")
P("fotograf", "Bernd Wallerich", "Foto Wallerich Trier", "Kindergartenfotograf", connected="2015-05-05")
P("traeger", "Klaus Feilen", "Kath. Kita-Verbund Mosel-Saar gGmbH", "Geschäftsführer",
  connected="2014-01-02")
P("kollegin2", "Ayşe Demir", "Kath. Kita St. Helena Trier-Pallien", "Stellv. Leitung", connected="2019-09-01")

# ---------------------------------------------------------------- people: wanted pitches
P("w_app", "Christoph Nehrbaß", "Kitalino Software", "Gründer")
P("w_sprache", "Dr. Eva Linden", "Sprachraum Fortbildungen", "Referentin für alltagsintegrierte Sprachbildung",
  connected="2025-06-16", invite=("IN", "2025-06-16 08:15", "Liebe Frau Pauly, danke für Ihren Vortrag in Koblenz!"))
P("w_spielplatz", "Georg Simon", "Simon Naturspielräume", "Landschaftsarchitekt")
P("w_akustik", "Nadine Conrad", "RaumRuhe Akustik", "Akustikberaterin")
P("w_kueche", "Stefan Franzen", "Franzen Großküchentechnik", "Projektleiter öffentliche Auftraggeber")
P("w_musik", "Katharina Weis", "", "Musikpädagogin (Musikgarten, Rhythmik)")
P("w_it", "Lukas Biewer", "Biewer IT für Soziale Einrichtungen", "Inhaber")
P("w_recruit", "Dr. Ines Wallenborn", "Wallenborn Consulting", "Personalberaterin Sozialwirtschaft")
P("w_festschrift", "Peter Hauth", "Druckerei & Verlag Hauth", "Verlagsleiter")
P("w_sprachmaterial", "Melanie Kaspar", "Kaspar Lernmaterial", "Bildungsberaterin")
P("w_bilingual", "Owen Fitzgerald", "Bright Bridges Early Years", "Bilingual early-years trainer")
P("w_matsch", "Julia Stoffel", "Matschfuchs Outdoorkleidung", "Sammelbestellungen Kitas")

# ---------------------------------------------------------------- people: junk senders
P("j_leads", "Kevin Brandt", "Planbar Wachstum GmbH", "CEO & Founder")
P("j_pv", "Sven Kowalski", "SonnenKraft Direkt", "Energieberater")
P("j_betreuung", "Larissa Ohm", "FamilyCare Flex GmbH", "Business Development")
P("j_kapazitaet", "Dennis Mohr", "Kundenmagnet Agentur", "Partnermanager")
P("j_gleichgesinnt", "Marcel Jung", "Jung Holding", "Unternehmer | Mentor | Investor")
P("j_call", "Tim Seidel", "ScaleSprint", "Growth Consultant")
P("j_ctp1", "Vanessa Krüger", "Krüger Coaching", "Resilienz-Coach für Führungskräfte",
  connected="2025-03-10", invite=("IN", "2025-03-10 07:55", "Hallo Annette, ich vernetze mich gerne mit starken Frauen in Führung!"))
P("j_ctp2", "Florian Hartmann", "Hartmann Finanzplanung", "Finanzberater",
  connected="2025-07-07", invite=("IN", "2025-07-07 12:30", ""))
P("j_ctp3", "Sabrina Wolf", "PromoWelt Werbeartikel", "Key Account",
  connected="2025-10-13", invite=("IN", "2025-10-13 09:01", "Hallo Frau Pauly, ich würde mich freuen, Sie in meinem Netzwerk zu haben."))
P("j_bump1", "Patrick Engel", "Digitalfabrik Engel", "Webdesigner")
P("j_bump2", "Jessica Braun", "Bewertungsprofi", "Reputationsmanagement")
P("j_tpl1", "Matthias Vogel", "FörderKompass Beratung", "Fördermittelberater")
P("j_tpl2", "Sarah Lindner", "Zuschuss24", "Beraterin öffentliche Förderung")
P("j_tpl3", "Oliver Baum", "GrantPilot Deutschland", "Senior Consultant")
P("j_tpl4", "Nadja Fuchs", "Fördergeld-Experten", "Projektmanagerin")
P("j_tpl5", "James Whitmore", "EuroGrant Partners", "Funding Consultant")
P("j_merge1", "Lena Schubert", "KitaKlick", "Sales Development")
P("j_merge2", "Robert Hahn", "HygieneDirekt", "Vertrieb")
P("j_merge3", "Simone Zimmer", "Spielzeugwelt B2B", "Vertriebsinnendienst")
P("j_merge4", "Christian Lange", "BüroProfi Leasing", "Gebietsleiter")
P("s_versicherung", "Rheinland Direkt Versicherung", "Rheinland Direkt", "",
  url="https://www.linkedin.com/company/rheinland-direkt-versicherung")
P("s_studium", "Hochschule Pfalzwald Fernstudium", "Hochschule Pfalzwald", "",
  url="https://www.linkedin.com/company/hochschule-pfalzwald-fernstudium")
P("j_award", "Dr. Bettina Roth", "Deutscher Bildungs-Exzellenzpreis", "Jury-Koordination")
P("j_advertorial", "Uwe Kramer", "Magazin Bildung & Zukunft", "Anzeigenleitung")
P("j_fluent", "Helena Sturm", "Sturm & Partner Kommunikation", "Geschäftsführerin")
P("j_app", "Nico Petersen", "KitaDigital Pro", "Vertrieb")
P("j_fortbildung", "Ramona Seitz", "Akademie Erfolg+", "Seminarberatung")
P("j_spielgeraete", "Heinz Maurer", "Maurer Spielgeräte Export", "Verkauf")
P("j_recruit", "Leon Ziegler", "PflegeJobs Direkt", "Recruiter")
P("j_caterer", "Anja Busch", "Menü-Express Großraum", "Vertrieb Gemeinschaftsverpflegung")
P("j_werbeartikel", "Marvin Koch", "Merch4Kids", "Sales")
P("j_krypto", "Daniel Frey", "AlphaCoin Club", "Vermögensaufbau")
P("j_reinigung", "Goran Petrović", "Glanzwerk Gebäudeservice", "Vertriebsleiter")
P("j_ghostwriter", "Lisa Marie Hahn", "LinkedIn Ghostwriting Studio", "Personal Branding Expertin")
P("j_mlm", "Tanja Roth", "VitalLife", "Teamleiterin Gesundheit & Freiheit")
P("j_bump3", "Alexander Wendt", "Cloudtelefonie Wendt", "Account Manager")
P("j_strom", "Dominik Arnold", "Gewerbestrom Vergleich24", "Energiemakler")
P("j_saas_en", "Priya Nair", "Shiftwise", "Account Executive DACH")

# ================================================================= genuine
C("genuine", "parent_place_request", "de", "Mutter fragt nach einem Krippenplatz ab Herbst (Kundin, die 'kaufen' will)",
  [("mutter_platz", "2025-03-04 20:45", "Guten Abend Frau Pauly, entschuldigen Sie, dass ich Sie hier anschreibe. Wir ziehen im Sommer nach Pallien und suchen für unsere Tochter (dann 14 Monate) einen Krippenplatz ab 1. Oktober. Die Anmeldung über das Kita-Portal der Stadt haben wir gemacht, aber ich wollte fragen, ob man sich die Kita vorher mal anschauen kann? Und was kostet eigentlich das Mittagessen bei Ihnen?"),
   ("me", "2025-03-05 08:10", "Guten Morgen Frau Wagner-Kreutz, gerne! Wir haben am 20. März einen Infonachmittag von 15 bis 17 Uhr, kommen Sie einfach vorbei. Das Mittagessen kostet aktuell 3,90 € pro Tag, der Beitrag selbst ist in RLP ja beitragsfrei. Viele Grüße, Annette Pauly"),
   ("mutter_platz", "2025-03-05 08:22", "Super, vielen Dank! Dann bis zum 20.")])
C("genuine", "employer_asks_for_places_and_costs", "de", "Personalleiter einer Firma fragt nach Belegplätzen und Kosten (Anfrage mit Preisen)",
  [("hr_firma", "2025-05-13 11:00", "Sehr geehrte Frau Pauly, wir sind ein Familienunternehmen mit 140 Beschäftigten in Trier-West und überlegen, Belegplätze für Kinder unserer Mitarbeitenden zu finanzieren. Ist so etwas bei einer kirchlichen Kita möglich, und mit welchen Kosten pro Platz und Jahr müssten wir rechnen? Über einen Termin würde ich mich freuen."),
   ("me", "2025-05-13 14:30", "Sehr geehrter Herr Kettern, vielen Dank für Ihr Interesse. Grundsätzlich ja, aber das läuft über unseren Träger und in Abstimmung mit dem Jugendamt (Bedarfsplanung). Ich leite Ihre Anfrage an Herrn Feilen vom Kita-Verbund weiter und schlage einen gemeinsamen Termin vor. Zahlen nenne ich lieber nicht aus dem Bauch heraus."),
   ("hr_firma", "2025-05-13 15:02", "Sehr gerne, vielen Dank!")])
C("genuine", "vendor_price_change", "de", "bestehender Möbellieferant kündigt Preiserhöhung an und bietet alten Preis für laufende Bestellung",
  [("moebel", "2025-09-02 09:15", "Hallo Annette, kurze Info vorab, bevor das offizielle Schreiben kommt: Ab 1.11. erhöhen wir die Preise um ca. 6 % (Holz und Fracht). Euer Angebot für die Garderoben im Krippenflur (Nr. 25-0417) halte ich noch zum alten Preis, wenn ihr bis Ende Oktober bestellt. Viele Grüße aus Wittlich, Ralf"),
   ("me", "2025-09-02 12:40", "Danke Ralf, gut zu wissen! Ich kläre das mit dem Träger, die Freigabe sollte bis Mitte Oktober da sein."),
   ("moebel", "2025-09-02 12:55", "Prima, passt. Melde dich einfach.")])
C("genuine", "app_vendor_renewal", "de", "Kita-App, die sie nutzt, erklärt neue Lizenzpreise zur Verlängerung",
  [("app_alt", "2025-11-18 10:00", "Liebe Frau Pauly, Ihre KitaKompass-Lizenz läuft zum 31.12. aus. Ab 2026 kostet das Paket 'Kita M' 89 € statt 79 € im Monat, dafür ist das Elternmodul mit Übersetzung jetzt inklusive. Wenn Sie bis 10.12. verlängern, bleibt es für 2026 bei 79 €. Soll ich Ihnen das Verlängerungsformular schicken?"),
   ("me", "2025-11-18 13:20", "Hallo Frau Lentes, ja bitte, das Formular geht dann an unseren Träger zur Unterschrift."),
   ("app_alt", "2025-11-18 13:25", "Ist unterwegs!")],
  attachments={2: "https://www.linkedin.com/dms/kitakompass-verlaengerung-2026.pdf"})
C("genuine", "youth_office", "de", "Fachberatung Jugendamt zu Personalschlüssel und Betriebserlaubnis",
  [("jugendamt", "2025-06-24 08:30", "Liebe Frau Pauly, wegen der geplanten Umwandlung der zweiten Gruppe in eine Krippengruppe brauchen wir für die Änderung der Betriebserlaubnis noch den aktualisierten Personalplan und den Grundriss mit den Schlafraumflächen. Passt Ihnen ein Termin vor Ort am 8. Juli?"),
   ("me", "2025-06-24 09:45", "Lieber Herr Dr. Hoffmann, der 8. Juli passt, gerne um 10 Uhr. Die Unterlagen schicke ich vorab."),
   ("jugendamt", "2025-06-24 09:50", "Danke, bis dann!")])
C("genuine", "parish_event", "de", "Pfarrer zur Planung des St.-Martins-Umzugs",
  [("pfarrer", "2025-10-08 17:00", "Liebe Annette, wegen St. Martin: Der Umzug startet wie immer an der Kirche, 17:30 Uhr am 11.11. Das Pferd kommt wieder vom Reiterhof in Zewen. Können eure Vorschulkinder das Martinsspiel in der Kirche machen? Und wer kümmert sich dieses Jahr um die Weckmänner?"),
   ("me", "2025-10-08 18:30", "Lieber Stefan, ja, die Vorschulkinder proben schon! Weckmänner bestellt der Elternausschuss wieder bei der Bäckerei in der Aachener Straße. Ich bring den Feuerwehr-Zettel nächste Woche vorbei.")])
C("genuine", "diocese_invitation", "de", "Referentin des Bistums lädt zur Leitungskonferenz ein",
  [("bistum", "2025-01-21 11:00", "Liebe Frau Pauly, herzliche Einladung zur Leitungskonferenz des Dekanats am 12. Februar in der Bischöflichen Akademie. Thema: Religionspädagogik in multireligiösen Gruppen. Hätten Sie Lust, 10 Minuten aus Ihrer Praxis mit den Festkalendern zu berichten?"),
   ("me", "2025-01-21 12:05", "Liebe Frau Marx, sehr gerne, ich bringe unseren Jahreskreis-Kalender mit.")])
C("genuine", "job_applicant", "de", "Bewerberin auf die Erzieherinnenstelle meldet sich",
  [("bewerberin", "2025-04-02 19:30", "Hallo Frau Pauly, danke fürs Annehmen! Ich habe mich letzte Woche auf die Stelle als Erzieherin (30 Std., Krippe) beworben. Ich bin gerade im Anerkennungsjahr in Konz und würde ab August gerne zu Ihnen wechseln. Ich hänge meine Bewerbung nochmal an, falls die Mail untergegangen ist."),
   ("me", "2025-04-03 07:45", "Liebe Frau Thielen, Ihre Bewerbung ist angekommen, vielen Dank! Hätten Sie am 10. April um 14 Uhr Zeit für ein Gespräch bei uns in der Kita?"),
   ("bewerberin", "2025-04-03 08:10", "Ja, sehr gerne! Bis dann.")],
  attachments={0: "https://www.linkedin.com/dms/bewerbung-lea-thielen.pdf"})
C("genuine", "recruiter_engaged", "de", "beauftragte Personalberaterin schickt Kandidatinnen für die stellv. Leitung",
  [("me", "2025-01-15 10:00", "Liebe Frau Bollig, wie telefonisch besprochen: Wir suchen eine stellvertretende Leitung (Vollzeit, AVR Caritas S 13). Der Träger hat das Honorar wie in Ihrem Angebot freigegeben. Können Sie starten?"),
   ("personalberater", "2025-01-15 11:30", "Liebe Frau Pauly, sehr gerne, danke für den Auftrag! Ich melde mich in zwei Wochen mit ersten Profilen."),
   ("personalberater", "2025-02-03 16:00", "So, drei Profile liegen in Ihrem Postfach. Frau Demir finde ich besonders spannend, sie kennt die Trierer Kita-Landschaft sehr gut."),
   ("me", "2025-02-03 17:20", "Danke! Frau Demir würde ich gerne als erste kennenlernen.")])
C("genuine", "owner_requests_quote", "de", "sie fragt beim Fortbildungsinstitut ein Angebot für einen Teamtag an",
  [("me", "2025-08-19 13:00", "Liebe Frau Reuter, wir würden gerne am 14. November unseren pädagogischen Tag mit Ihnen machen, Thema Partizipation in der Krippe, 14 Kolleginnen. Können Sie mir ein Angebot schicken (Referentin, Material, Fahrtkosten)?"),
   ("fortbildung", "2025-08-20 09:30", "Liebe Frau Pauly, gerne! Frau Dr. Scholl hätte am 14.11. Zeit. Ganztags inkl. Material 1.150 €, Fahrtkosten pauschal 60 €. Angebot als PDF anbei."),
   ("me", "2025-08-20 10:15", "Prima, dann buchen wir verbindlich.")],
  attachments={1: "https://www.linkedin.com/dms/angebot-teamtag-st-helena.pdf"})
C("genuine", "peer_joint_offer", "de", "befreundete Kita-Leitung schlägt gemeinsame Fortbildung und geteilte Kosten vor",
  [("kollegin_kita", "2025-02-11 20:10", "Hallo Annette, ich hab ne Idee: Wir wollen beide dieses Jahr Erste Hilfe am Kind auffrischen. Wenn wir das zusammen bei uns in St. Paulin machen, zahlen wir pro Person statt pro Kurs, wären bei ca. 22 Leuten nur noch 35 € pro Nase. Und die Sprachförderkraft könnten wir uns ab Herbst vielleicht auch teilen? Lass uns mal telefonieren."),
   ("me", "2025-02-11 21:00", "Birgit, super Idee! Erste Hilfe bin ich sofort dabei. Sprachförderkraft muss ich mit Klaus besprechen. Telefon morgen nach 16 Uhr?"),
   ("kollegin_kita", "2025-02-11 21:05", "Passt 👍")])
C("genuine", "event_thank_you", "de", "Dankesnachricht nach ihrem Vortrag beim Fachtag (1/3, fast gleich)",
  [("danke1", "2025-06-15 18:20", "Liebe Frau Pauly, vielen Dank für Ihren tollen Vortrag heute beim Fachtag! Ich nehme ganz viele Ideen mit in unser Team. Herzliche Grüße aus Konz")])
C("genuine", "event_thank_you", "de", "Dankesnachricht nach ihrem Vortrag beim Fachtag (2/3, fast gleich)",
  [("danke2", "2025-06-15 19:45", "Liebe Annette, danke für deinen tollen Vortrag heute beim Fachtag, ich nehme viele Ideen mit ins Team! Liebe Grüße aus Schweich"),
   ("me", "2025-06-15 21:00", "Danke dir Petra, schön dass du da warst!")])
C("genuine", "event_thank_you", "de", "Dankesnachricht nach ihrem Vortrag beim Fachtag (3/3, fast gleich)",
  [("danke3", "2025-06-16 07:30", "Guten Morgen Frau Pauly, vielen Dank nochmal für den tollen Vortrag gestern beim Fachtag. Ich nehme einige Ideen fürs Team mit. Viele Grüße von der Mittelmosel")])
C("genuine", "owner_outreach_supplier_quote", "de", "sie schreibt einen Spielwarenhändler an und bittet um ein Angebot für die Krippe",
  [("me", "2025-05-20 08:00", "Hallo Herr Ehses, danke fürs Vernetzen. Wir richten ab Herbst eine zweite Krippengruppe ein und bräuchten ein Angebot für Bewegungslandschaft, Spiegelwand und Kleinkindregale. Können Sie vorbeikommen und ausmessen?"),
   ("spielwaren", "2025-05-20 10:30", "Guten Morgen Frau Pauly, sehr gerne! Ich bin am Dienstag ohnehin in Trier, 9 Uhr?"),
   ("me", "2025-05-20 10:45", "Dienstag 9 Uhr passt.")])
C("genuine", "longstanding_friend", "de", "langjährige Freundin aus der Fachschulzeit, Smalltalk über Weinfest",
  [("freundin", "2025-08-28 21:30", "Na du! Wie jeht et? Kommst du am Samstag nach Saarburg zum Weinfest? Federweißer ist schon da 🍇 und ich will endlich mal wieder quatschen ohne Elternabend im Nacken 😅"),
   ("me", "2025-08-28 22:10", "Ohhh ja!! Ich komm mit dem Zug, so gegen 16 Uhr. Halt mir nen Platz frei!"),
   ("freundin", "2025-08-28 22:12", "Mach ich. Bis Samstag, mach et joot!")])
C("genuine", "parent_committee_spam_folder", "de", "Elternausschuss-Vorsitzender zur Sommerfestplanung; Nachricht landete im SPAM",
  [("elternbeirat", "2025-05-26 21:50", "Hallo Frau Pauly, Daniel Reinert hier vom Elternausschuss. Wir würden fürs Sommerfest am 5. Juli gerne eine Hüpfburg mieten (ca. 180 €, zahlt der Förderverein) und einen Waffelstand machen. Brauchen wir dafür eine Genehmigung von der Pfarrei? Und dürfen wir den Grill auf dem Hof aufstellen?"),
   ("me", "2025-06-02 07:40", "Hallo Herr Reinert, entschuldigen Sie die späte Antwort, Ihre Nachricht war im Spam-Ordner gelandet! Hüpfburg und Waffeln sind super. Grill geht, aber bitte an der Mauer zur Straße, nicht unter dem Kastanienbaum. Ich frage bei der Pfarrei nach, das ist aber eine Formsache.")],
  folder="SPAM")
C("genuine", "journalist_request", "de", "Lokalredakteurin fragt nach Gesprächstermin zum Thema Kita-Plätze",
  [("zeitung", "2025-09-16 10:30", "Hallo Frau Pauly, ich schreibe für den Moselboten über die Wartelisten für Krippenplätze in Trier. Hätten Sie Zeit für ein kurzes Gespräch und dürften wir ein Foto (ohne Kinder) vor der Kita machen?"),
   ("me", "2025-09-16 11:40", "Hallo Frau Meyer, grundsätzlich gern, ich muss mich aber kurz mit dem Träger abstimmen, was Zahlen angeht. Ich melde mich bis morgen."),
   ("me", "2025-09-17 09:00", "Der Träger ist einverstanden. Donnerstag 13:30 Uhr?"),
   ("zeitung", "2025-09-17 09:15", "Perfekt, bis Donnerstag!")])
C("genuine", "team_internal", "de", "Erzieher aus dem Team zum Dienstplan",
  [("erzieher", "2025-11-24 06:05", "Morgen Annette, ich lieg flach mit Fieber 🤒 AU ist beantragt. Der Waldtag am Donnerstag müsste dann jemand anderes begleiten, sorry!"),
   ("me", "2025-11-24 06:30", "Gute Besserung Jonas! Ich tausch mit Ayşe, kein Problem. Kurier dich aus.")])
C("genuine", "support_association", "de", "Förderverein-Kassenwartin zur Spende für neuen Sandkasten",
  [("foerderverein", "2025-04-22 15:00", "Liebe Annette, der Vorstand hat gestern 2.400 € für die Sandkastenerneuerung bewilligt 🎉 Kannst du mir die Rechnung dann direkt schicken? Dann überweise ich an die Firma."),
   ("me", "2025-04-22 16:00", "Ursula, das ist wunderbar, danke an euch alle! Die Rechnung leite ich weiter, sobald sie da ist.")])
C("genuine", "parent_sponsor", "de", "Vater und Winzer bietet Traubensaft und Federweißer fürs Herbstfest an",
  [("winzer", "2025-09-09 19:00", "Hallo Frau Pauly, ich bin der Papa von Ben aus der Igelgruppe. Fürs Herbstfest könnten wir vom Weingut Traubensaft für die Kinder und Federweißer + Zwiebelkuchen für die Eltern spendieren, wenn das okay ist. Einfach Bescheid geben wieviel."),
   ("me", "2025-09-09 20:15", "Lieber Herr Schneider-Lauer, das ist ja toll, herzlichen Dank! Beim Federweißer muss ich kurz mit der Pfarrei klären wegen Alkohol auf dem Gelände, Traubensaft nehmen wir sehr gerne. Ca. 80 Personen."),
   ("winzer", "2025-09-09 20:20", "Alles klar, meld dich einfach.")])
C("genuine", "internship_request", "de", "Schülerin fragt nach einem Praktikumsplatz",
  [("praktikantin", "2025-10-30 16:40", "Hallo Frau Pauly, ich bin in der Ausbildung zur Sozialassistentin an der BBS und suche für Februar/März ein Praktikum (6 Wochen). Hätten Sie noch einen Platz frei? Ich war selbst mal in Ihrer Kita 😊"),
   ("me", "2025-10-31 08:00", "Hallo Mia, wie schön! Ja, wir haben noch einen Platz. Schick mir bitte die Unterlagen der Schule per Mail an die Kita-Adresse.")])
C("genuine", "school_cooperation", "de", "Lehrkraft der Fachschule zur Praxisanleitung im Anerkennungsjahr",
  [("fachschule", "2025-03-17 12:30", "Liebe Annette, hättest du im neuen Schuljahr wieder Kapazität für eine Berufspraktikantin? Die Schülerin heißt Emma, sehr zuverlässig. Der Praxisbesuch wäre dann im November."),
   ("me", "2025-03-17 13:10", "Liebe Gisela, ja, Ayşe würde die Anleitung übernehmen. Schick mir Emmas Kontakt.")])
C("genuine", "therapist_cooperation", "de", "Logopädin zur Kooperation für ein Kind (ohne Namen)",
  [("logopaedin", "2025-02-05 13:00", "Hallo Frau Pauly, die Eltern von L. haben die Schweigepflichtentbindung unterschrieben. Könnte ich einmal in der Gruppe hospitieren, am besten im Morgenkreis? Dienstags würde es bei mir passen."),
   ("me", "2025-02-05 14:20", "Hallo Frau Gerhardt, gerne, Dienstag 18.2. um 8:45 Uhr?"),
   ("logopaedin", "2025-02-05 14:30", "Passt, danke!")])
C("genuine", "primary_school_transition", "de", "Schulleiter zum Übergang Kita-Grundschule",
  [("grundschule", "2025-01-28 09:00", "Liebe Frau Pauly, die Schnuppertage für die künftigen Erstklässler möchten wir auf den 7. und 8. Mai legen. Passt das bei Ihnen? Und wie viele Vorschulkinder kommen voraussichtlich zu uns?"),
   ("me", "2025-01-28 10:00", "Lieber Herr Wirtz, beide Tage passen. Es sind 14 Kinder, davon 11 für die Grundschule Pallien.")])
C("genuine", "event_invitation_contact", "de", "Caritas-Netzwerk lädt zum Neujahrsempfang Frühe Hilfen ein",
  [("caritas", "2026-01-07 10:00", "Liebe Annette, ein gutes neues Jahr! Wir laden wieder zum Neujahrsempfang des Netzwerks Frühe Hilfen ein, 23.1., 16 Uhr im Caritas-Haus. Dieses Jahr mit kleinem Impuls zur Familienbildung in Kitas. Kommst du?"),
   ("me", "2026-01-07 11:30", "Lieber Johannes, dir auch! Ich komme gern, mit Ayşe.")])
C("genuine", "facility_issue", "de", "Haustechnik der Pfarrei zur defekten Heizung",
  [("hausmeister", "2025-12-02 07:10", "Moien Frau Pauly, die Heizung im Krippentrakt zickt wieder. Ich hab den Notdienst bestellt, kommt gegen 10. Bis dahin bitte die kleinen Heizlüfter aus dem Keller nehmen."),
   ("me", "2025-12-02 07:20", "Danke Herr Lorig! Machen wir.")])
C("genuine", "anniversary_congrats", "de", "ehemalige Fachberaterin gratuliert zu 10 Jahren Leitung",
  [("ex_fachberatung", "2025-08-01 09:00", "Liebe Annette, heute vor 10 Jahren hast du die Leitung in St. Helena übernommen, ich weiß es noch genau! Herzlichen Glückwunsch und Gottes Segen für die nächsten Jahre."),
   ("me", "2025-08-01 12:00", "Liebe Renate, was für ein schönes Gedächtnis! Ohne deine Begleitung damals hätte ich es nicht geschafft. Danke!")])
C("genuine", "expat_parent_inquiry", "en", "English-speaking expat parent (Luxembourg commuter) asks about a place and the costs",
  [("expat", "2025-07-14 20:00", "Hello Ms Pauly, sorry for writing in English, my German is still basic. We moved to Trier in June (I commute to Luxembourg) and we're looking for a Kindergarten place for our son, 3.5 years old. Is it possible to apply mid-year? What are the costs, and is there lunch? He speaks English and a bit of Irish."),
   ("me", "2025-07-15 08:00", "Hello Ms Donnelly, welcome to Trier! Yes, you can register any time through the city's Kita portal, and then we talk about the waiting list. Kindergarten is free of charge in Rhineland-Palatinate, lunch is 3.90 euro per day. Please come visit us, e.g. Thursday at 3 pm?"),
   ("expat", "2025-07-15 08:20", "Thank you so much, Thursday works!")])
C("genuine", "erasmus_partner", "en", "Irish partner centre plans an Erasmus+ job-shadowing exchange",
  [("erasmus", "2025-03-03 12:00", "Hi Annette, lovely to meet you online last week! Our Erasmus+ accreditation came through, so two of our educators could come for job shadowing in October. Would the week of 13 October suit? And could you recommend a guesthouse near the Kita?"),
   ("me", "2025-03-03 14:00", "Hi Siobhán, wonderful news! 13 October suits. There's a small guesthouse at Zurlauben by the river, 10 minutes walk. I'll send details."),
   ("erasmus", "2025-03-03 14:10", "Brilliant, thanks a million!")])
C("genuine", "caterer_price_change", "de", "bestehender Caterer kündigt Preisanpassung für das Mittagessen an",
  [("caterer", "2025-06-30 10:00", "Sehr geehrte Frau Pauly, leider müssen wir zum 1. September den Preis je Mittagessen von 3,60 € auf 3,90 € anpassen (Lebensmittel und Tarifabschluss). Das Schreiben an den Träger geht heute raus. Für Rückfragen stehe ich gern zur Verfügung."),
   ("me", "2025-06-30 11:30", "Sehr geehrter Herr Reinhold, danke für die frühzeitige Info. Ich informiere den Elternausschuss. Bleibt es bei zwei vegetarischen Tagen pro Woche?"),
   ("caterer", "2025-06-30 11:45", "Ja, daran ändert sich nichts.")])
C("genuine", "career_changer_applicant", "de", "Quereinsteiger fragt nach Ausbildung in Teilzeit bei ihr",
  [("quereinsteiger", "2025-02-19 21:00", "Guten Abend Frau Pauly, ich bin 38, war 15 Jahre im Einzelhandel und will Erzieher werden (berufsbegleitend, Teilzeitausbildung). Nehmen Sie Quereinsteiger? Ich würde mich sehr über ein Gespräch freuen."),
   ("me", "2025-02-20 07:50", "Guten Morgen Herr Lehnert, ja, das machen wir gern. Kommen Sie doch nächsten Mittwoch um 15 Uhr zum Kennenlernen vorbei.")])
C("genuine", "dentist_visit", "de", "Zahnärztin zum Prophylaxe-Besuch",
  [("zahnarzt", "2025-10-14 12:00", "Hallo Frau Pauly, wir würden gerne wieder zur Zahnputz-Aktion kommen. Geht der 4. November vormittags?"),
   ("me", "2025-10-14 12:30", "Hallo Frau Dr. Theis, der 4.11. ist prima. Die Kinder freuen sich schon auf das Krokodil!")])
C("genuine", "photographer_prices", "de", "langjähriger Kita-Fotograf nennt neue Preise und Termine",
  [("fotograf", "2025-03-25 09:00", "Hallo Annette, wie jedes Jahr: Fototermin im Mai? Ich hätte den 13. oder 14. frei. Kleine Info: Die Mappe kostet dieses Jahr 24 € statt 22 €, Gruppenfotos bleiben bei 8 €. Der Kita bleiben wie immer 10 % für die Gruppenkasse."),
   ("me", "2025-03-25 10:00", "Hallo Bernd, 14. Mai. Ich schreib's in den Elternbrief."),
   ("fotograf", "2025-03-25 10:05", "Merci!")])
C("genuine", "carrier_management", "de", "Geschäftsführer des Trägers zu Haushalt und Stellenplan, mit einem nicht gesendeten Entwurf",
  [("traeger", "2025-11-05 14:00", "Hallo Annette, der Haushalt 2026 ist durch. Die zusätzliche halbe Stelle für die Krippe ist drin, aber die Sachkosten müssen wir um 5 % kürzen. Können wir nächste Woche zusammen draufschauen?"),
   ("me", "2025-11-05 15:00", "Hallo Klaus, super mit der Stelle! Bei den Sachkosten wird's eng, aber ja, Mittwoch?"),
   ("me", "2025-11-05 15:10", "PS: Und könnten wir bei der Gelegenheit auch über die Bel"),
   ("traeger", "2025-11-05 15:20", "Mittwoch 10 Uhr im Büro.")],
  drafts={2})
C("genuine", "team_deputy", "de", "stellvertretende Leitung zur Eingewöhnungsplanung",
  [("kollegin2", "2025-08-18 13:00", "Annette, ich hab den Eingewöhnungsplan für die 6 neuen Krippenkinder fertig, gestaffelt ab 1.9. Schau mal drüber, ob das mit den Urlauben passt? Liegt in deinem Fach."),
   ("me", "2025-08-18 14:00", "Danke dir, schau ich mir heute noch an!")])

# ================================================================= wanted pitches
C("wanted_pitch", "app_vendor_article", "de", "Software-Gründer bezieht sich auf ihren Fachartikel über Dokumentationslast",
  [("w_app", "2025-04-29 10:00", "Sehr geehrte Frau Pauly, ich habe Ihren Artikel in 'Kita & Praxis' (Heft 3/2025) über die Dokumentationslast gelesen, besonders die Stelle, dass Ihre Kolleginnen Beobachtungen abends zu Hause abtippen, weil die Tablets in der Gruppe nicht reichen. Genau dafür haben wir Kitalino gebaut: Beobachtungen per Sprachnotiz im Gruppenraum, die Software macht einen Entwurf für den Bildungsbericht, der offline funktioniert. Wir haben eine Schnittstelle zu KitaKompass, das Sie ja schon nutzen. Darf ich Ihnen das in 20 Minuten zeigen?"),
   ("me", "2025-04-29 14:00", "Lieber Herr Nehrbaß, danke, dass Sie den Artikel wirklich gelesen haben. Eine Demo gerne, aber nach den Pfingstferien.")])
C("wanted_pitch", "trainer_talk", "de", "Fortbildnerin bezieht sich auf ihren Vortrag beim Fachtag in Koblenz",
  [("w_sprache", "2025-06-16 08:30", "Liebe Frau Pauly, danke fürs Annehmen! Ihr Vortrag gestern in Koblenz hat mich sehr berührt, vor allem das Beispiel mit den Liedern in fünf Familiensprachen im Morgenkreis. Sie sagten, dass Ihnen nach dem Ende des Bundesprogramms die Fachkraft für Sprache fehlt. Ich biete Inhouse-Fortbildungen zur alltagsintegrierten Sprachbildung an, speziell für mehrsprachige Gruppen, und arbeite oft mit kirchlichen Trägern im Bistum Trier. Hätten Sie Interesse an einem Konzept für einen Teamtag?"),
   ("me", "2025-06-16 12:00", "Liebe Frau Dr. Linden, ja, das interessiert mich wirklich. Schicken Sie mir gerne ein Konzept mit Kosten.")])
C("wanted_pitch", "playground_site_visit", "de", "Landschaftsarchitekt war auf ihrer Website und nennt den Außenbereich konkret",
  [("w_spielplatz", "2025-07-22 11:00", "Guten Tag Frau Pauly, auf Ihrer Website sieht man das Außengelände mit dem Hang zur Mosel hin und die alte Holzlok, die laut Ihrem Elternbrief ja im Frühjahr gesperrt wurde. Wir planen naturnahe Spielräume in Hanglage, mit Kletterhang, Matschbereich und Weidentunnel, und übernehmen auch den Förderantrag beim Land (Programm 'Naturnahe Kita-Außengelände', Einreichung bis 30.9.). Wenn Sie möchten, schaue ich mir den Hang kostenlos an."),
   ("me", "2025-07-22 13:00", "Hallo Herr Simon, tatsächlich planen wir genau das. Kommen Sie gerne vorbei, nächste Woche Dienstag?")])
C("wanted_pitch", "acoustics_specific_problem", "de", "Akustikberaterin nennt das konkrete Lärmproblem im neuen Krippenraum",
  [("w_akustik", "2025-10-21 09:30", "Sehr geehrte Frau Pauly, Herr Ehses von Ehses Spiel & Raum hat mir erzählt, dass der neue Krippenraum mit der hohen Decke und dem Fliesenboden stark hallt und die Kinder beim Mittagessen kaum zur Ruhe kommen. Wir messen die Nachhallzeit vor Ort und schlagen Deckenabsorber vor, die die DIN 18041 für Gruppenräume erfüllen. Die Messung kostet 290 €, wird bei Auftrag angerechnet. Soll ich einen Termin vorschlagen?")])
C("wanted_pitch", "kitchen_public_tender", "de", "Küchenbauer bezieht sich auf die öffentliche Ausschreibung der Krippenerweiterung",
  [("w_kueche", "2025-09-03 08:00", "Sehr geehrte Frau Pauly, im Ausschreibungsportal Rheinland-Pfalz ist die Vergabe 'Umbau Kita St. Helena, Los 4 Ausgabeküche' (Vergabenr. TR-2025-117) veröffentlicht. Wir werden ein Angebot abgeben und haben eine fachliche Frage zur Ausgabe: Soll die Küche auch Frühstück für die Krippe vorbereiten können (dann Kühlvitrine in Kinderhöhe)? Wir haben 2024 die Ausgabeküchen in zwei Trierer Kitas gebaut und können gerne Referenzen nennen."),
   ("me", "2025-09-03 10:00", "Guten Tag Herr Franzen, fachliche Fragen bitte über das Portal stellen, damit alle Bieter die gleiche Info haben. Aber danke für die gute Frage, die Kühlvitrine ist ein Punkt.")])
C("wanted_pitch", "music_mutual_contact", "de", "Musikpädagogin auf Empfehlung des Pfarrers",
  [("w_musik", "2025-01-09 16:00", "Liebe Frau Pauly, Pfarrer Lellig hat mir Ihren Namen gegeben, er meinte, Sie suchen jemanden für Musik mit den Krippenkindern, seit Frau Kuhn im Ruhestand ist. Ich mache Musikgarten und Rhythmik in zwei Kitas in Ehrang, donnerstags hätte ich noch einen Vormittag frei. Die Kosten würden über Elternbeiträge oder den Förderverein laufen, 8 € pro Kind und Monat. Darf ich mal für eine Schnupperstunde vorbeikommen?"),
   ("me", "2025-01-09 18:00", "Liebe Frau Weis, wie schön, dass Stefan an uns gedacht hat. Sehr gerne eine Schnupperstunde, z.B. 23.1.?")])
C("wanted_pitch", "it_her_setup", "de", "IT-Dienstleister kennt ihre Ausstattung und das konkrete Problem mit alten Geräten",
  [("w_it", "2025-10-01 10:15", "Hallo Frau Pauly, in Ihrem LinkedIn-Beitrag zum Digitaltag haben Sie geschrieben, dass KitaKompass auf den drei alten Gruppen-Tablets ständig abstürzt und das Büro noch einen Windows-10-Rechner hat, für den im Oktober der Support endet. Wir betreuen die IT von sieben Pfarreien im Dekanat, auch die Rahmenverträge mit dem Bistum kennen wir. Wir könnten Tablets plus Büro-PC über den Rahmenvertrag des Bistums tauschen und die App gleich einrichten. Soll ich Ihnen ein Angebot machen?")])
C("wanted_pitch", "recruiter_relevant_role", "de", "Personalberaterin mit passender Leitungsstelle, nennt ihre Qualifikation",
  [("w_recruit", "2025-12-03 17:00", "Sehr geehrte Frau Pauly, ich suche im Auftrag eines katholischen Trägers in Koblenz eine Leitung für ein neues Familienzentrum (6 Gruppen, inkl. Eltern-Kind-Café und Beratung). Ihre zehn Jahre Leitung in St. Helena, die Zusatzqualifikation Familienzentrum und Ihr Vortrag zur Sprachbildung passen sehr gut. Mir ist klar, dass Sie sehr verwurzelt sind in Trier. Wären Sie dennoch offen für ein vertrauliches Gespräch?"),
   ("me", "2025-12-04 19:30", "Sehr geehrte Frau Dr. Wallenborn, danke für die freundliche Anfrage. Ich bleibe in Trier, aber ich kenne jemanden, der passen könnte. Darf ich Ihren Kontakt weitergeben?")])
C("wanted_pitch", "printer_press_item", "de", "Druckerei nimmt Bezug auf den Zeitungsartikel zum 50-jährigen Jubiläum",
  [("w_festschrift", "2026-01-20 11:00", "Guten Tag Frau Pauly, im Moselboten stand am Samstag, dass die Kita St. Helena im Juni ihr 50-jähriges Jubiläum feiert und Sie alte Fotos von Ehemaligen sammeln. Wir haben schon Festschriften für mehrere Pfarreien gedruckt, z.B. 2023 für die Pfarrei in Ehrang. Wir könnten aus den gesammelten Fotos eine kleine Chronik (32 Seiten, 300 Stück) machen, Satz inklusive, ab ca. 1.400 €. Wenn Sie mögen, schicke ich Ihnen ein Muster."),
   ("me", "2026-01-20 13:00", "Guten Tag Herr Hauth, ein Muster gerne, an die Kita-Adresse bitte.")])
C("wanted_pitch", "material_public_programme", "de", "Lernmaterialanbieterin bezieht sich auf das Ende des Bundesprogramms Sprach-Kitas in ihrer Kita",
  [("w_sprachmaterial", "2025-02-25 09:00", "Liebe Frau Pauly, Ihre Kita steht auf der (alten) Liste der Sprach-Kitas im Bistum Trier. Viele dieser Kitas haben seit dem Ende des Bundesprogramms kein Budget mehr für neues Sprachmaterial, aber das Land RLP fördert jetzt über das Kita-Zukunftsgesetz Sprachförderung. Wir haben ein Paket mit mehrsprachigen Bilderbüchern (u.a. Türkisch, Arabisch, Ukrainisch), das über diese Mittel abrechenbar ist. Möchten Sie die Liste ansehen?")])
C("wanted_pitch", "bilingual_trainer_post", "en", "English early-years trainer refers to her post about Luxembourg commuter families",
  [("w_bilingual", "2025-09-30 10:00", "Hi Annette, I read your post about the growing number of English-speaking Luxembourg-commuter families at St. Helena and how your team feels unsure in settling-in talks. I run short practical workshops (in German or English) for Kita teams on welcoming English-speaking families: key phrases, parent letters, what Irish/UK parents expect from 'Kindergarten'. I've done this for two Kitas in Saarland. Would a 3-hour evening session be useful? Happy to send the outline."),
   ("me", "2025-09-30 12:00", "Hi Owen, that's spot on. Please send the outline and price.")])
C("wanted_pitch", "outdoor_clothing_site", "de", "Outdoor-Kleidungsanbieterin kennt den Waldtag von der Kita-Homepage",
  [("w_matsch", "2025-09-16 14:00", "Hallo Frau Pauly, auf Ihrer Homepage habe ich gelesen, dass jeden Donnerstag Waldtag im Mattheiser Wald ist und die Eltern um Matschhose und Gummistiefel gebeten werden. Wir organisieren Sammelbestellungen für Kitas: Eltern bestellen über einen Link, geliefert wird gesammelt in die Kita, und 5 % gehen an den Förderverein. Falls das den Eltern vor dem Winter hilft, schicke ich gerne einen Flyer.")])

# ================================================================= junk
C("junk", "generic_leadgen", "de", "generische Neukundengewinnung",
  [("j_leads", "2025-02-12 07:45", "Hallo Annette,\n\nwir helfen Unternehmen dabei, planbar 20-40 qualifizierte Neukundentermine pro Monat zu generieren – ohne Kaltakquise.\n\nHättest du Interesse, dass ich dir unser System in einem kurzen Call zeige?\n\nBeste Grüße\nKevin")])
C("junk", "off_topic_solar", "de", "Photovoltaik-Angebot ohne Bezug",
  [("j_pv", "2025-04-08 18:30", "Hallo Frau Pauly, sind Sie Eigenheimbesitzerin im Raum Trier? Mit einer PV-Anlage inkl. Speicher sparen Sie bis zu 80 % Stromkosten. Ich erstelle Ihnen gerne eine kostenlose Wirtschaftlichkeitsberechnung ☀️")])
C("junk", "offers_what_she_provides", "de", "Anbieter verkauft ihr Kinderbetreuung für 'Ihre Mitarbeitenden' (genau was sie selbst anbietet)",
  [("j_betreuung", "2025-05-06 10:00", "Sehr geehrte Frau Pauly,\n\nals Arbeitgeberin wissen Sie: Fehlende Kinderbetreuung kostet Fachkräfte. FamilyCare Flex bietet Ihren Mitarbeitenden flexible Kinderbetreuung, Notfall-Betreuung und Ferienprogramme – bundesweit.\n\nDarf ich Ihnen unser Arbeitgeber-Paket vorstellen?\n\nFreundliche Grüße\nLarissa Ohm")])
C("junk", "capacity_for_clients", "de", "fragt, ob sie Kapazitäten für neue Kunden hat",
  [("j_kapazitaet", "2025-03-18 12:00", "Hallo Annette, kurze Frage: Hast du aktuell noch Kapazitäten für neue Kunden? Wir vermitteln laufend Anfragen aus deiner Region und arbeiten nur auf Erfolgsbasis. Lass uns gern kurz sprechen!")])
C("junk", "like_minded_connect", "de", "Vernetzung als gleichgesinnte Unternehmer",
  [("j_gleichgesinnt", "2025-01-27 06:00", "Hey Annette, ich vernetze mich gerne mit gleichgesinnten Unternehmern und Macherinnen, die etwas bewegen wollen. Lass uns connecten und schauen, wie wir uns gegenseitig auf das nächste Level bringen! 💪🔥")])
C("junk", "quick_call", "de", "kurzer 15-minütiger Call ohne Kontext",
  [("j_call", "2025-06-03 09:00", "Hallo Frau Pauly, hätten Sie nächste Woche 15 Minuten für einen kurzen Austausch? Ich habe eine Idee, wie die Kath. Kita St. Helena Trier-Pallien ihre Prozesse deutlich effizienter gestalten könnte. Wann passt es Ihnen am besten?")])
C("junk", "connect_then_pitch", "de", "Connect-then-pitch: Smalltalk, sie antwortet, dann Coaching-Pitch",
  [("j_ctp1", "2025-03-10 08:10", "Liebe Annette, danke fürs Vernetzen! Wie geht es dir in deiner Leitungsrolle gerade? Ich stelle mir das herausfordernd vor."),
   ("me", "2025-03-10 19:40", "Hallo Vanessa, danke, es ist viel los, aber das Team ist toll."),
   ("j_ctp1", "2025-03-11 08:00", "Das klingt schön! Viele Führungsfrauen, mit denen ich arbeite, sagen genau das und merken erst spät, wie erschöpft sie sind. In meinem 8-Wochen-Programm 'Stark führen ohne Burnout' (1.490 €) lernst du ... hast du Lust auf ein kostenloses Erstgespräch?")])
C("junk", "connect_then_pitch", "de", "Connect-then-pitch: Finanzberater, Pitch in Nachricht 2",
  [("j_ctp2", "2025-07-07 13:00", "Hallo Frau Pauly, danke für die Vernetzung! Ich wünsche Ihnen einen schönen Sommer."),
   ("j_ctp2", "2025-07-09 09:00", "Übrigens: Gerade im öffentlichen und kirchlichen Dienst gibt es oft eine Versorgungslücke. Ich biete eine kostenlose Rentenanalyse inkl. Zusatzversorgung an. Wann hätten Sie 30 Minuten?")])
C("junk", "connect_then_pitch", "de", "Connect-then-pitch: Werbeartikel im dritten Schritt",
  [("j_ctp3", "2025-10-13 09:30", "Hallo Frau Pauly, vielen Dank fürs Annehmen meiner Anfrage!"),
   ("j_ctp3", "2025-10-15 10:00", "Ich sehe, Sie arbeiten mit Kindern – was für ein schöner Beruf! Wie lange machen Sie das schon?"),
   ("j_ctp3", "2025-10-17 10:00", "Kleiner Tipp zu Weihnachten: Wir bedrucken Brotdosen, Trinkflaschen und Turnbeutel mit Ihrem Logo, schon ab 50 Stück. Darf ich Ihnen unseren Katalog schicken?")])
C("junk", "follow_up_bump", "de", "Webdesign-Pitch mit unbeantworteten Nachfassern",
  [("j_bump1", "2025-04-14 08:00", "Hallo Frau Pauly, Ihre Website wirkt etwas in die Jahre gekommen. Wir erstellen moderne, mobile Webseiten ab 1.990 €. Interesse an einem unverbindlichen Entwurf?"),
   ("j_bump1", "2025-04-22 08:00", "Hallo Frau Pauly, ich wollte nur kurz nachhaken, ob Sie meine Nachricht gesehen haben?"),
   ("j_bump1", "2025-05-05 08:00", "Ich melde mich ein letztes Mal. Soll ich das Thema schließen?")])
C("junk", "follow_up_bump", "de", "Bewertungsmanagement mit Nachfassern",
  [("j_bump2", "2025-08-04 11:00", "Hallo Annette! Wussten Sie, dass 9 von 10 Eltern Google-Bewertungen lesen, bevor sie eine Kita wählen? Wir helfen Ihnen, negative Bewertungen zu entfernen und mehr 5-Sterne zu bekommen."),
   ("j_bump2", "2025-08-11 11:00", "Nur kurz nach oben geschoben 🙂"),
   ("j_bump2", "2025-08-25 11:00", "Hallo? Besteht grundsätzlich Interesse?")])
C("junk", "funding_template", "de", "Fördermittel-Vorlage (1/5)",
  [("j_tpl1", "2025-02-18 09:00", "Hallo Frau Pauly, wussten Sie, dass Einrichtungen wie die Kath. Kita St. Helena Trier-Pallien aktuell bis zu 80 % Zuschuss für Digitalisierung und Energieeffizienz erhalten können? Viele lassen dieses Geld liegen. Wir prüfen Ihre Fördermöglichkeiten kostenlos. Passt ein kurzes Telefonat diese Woche?")])
C("junk", "funding_template", "de", "Fördermittel-Vorlage (2/5)",
  [("j_tpl2", "2025-04-01 10:30", "Guten Tag Frau Pauly, wussten Sie, dass Organisationen wie die Kath. Kita St. Helena Trier-Pallien derzeit bis zu 80 % Förderung für Digitalisierung und Energie bekommen können? Die meisten lassen dieses Geld liegen. Wir prüfen Ihre Möglichkeiten kostenfrei – kurzes Telefonat diese Woche?")])
C("junk", "funding_template", "de", "Fördermittel-Vorlage (3/5)",
  [("j_tpl3", "2025-06-10 14:00", "Hallo Annette, wusstest du, dass Einrichtungen wie eure aktuell bis zu 80 % Zuschuss für Digitalisierung & Energieeffizienz bekommen können? Viel Geld bleibt ungenutzt. Wir checken eure Fördermöglichkeiten gratis. Hast du diese Woche kurz Zeit?")])
C("junk", "funding_template", "de", "Fördermittel-Vorlage (4/5)",
  [("j_tpl4", "2025-09-23 08:45", "Sehr geehrte Frau Pauly, wussten Sie, dass Kitas wie die Kath. Kita St. Helena Trier-Pallien bis zu 80 % Zuschüsse für Digitalisierung und energetische Sanierung erhalten können? Wir prüfen kostenlos, welche Programme für Sie passen. Wäre ein kurzes Gespräch diese Woche möglich?")])
C("junk", "funding_template", "en", "funding template (5/5, English variant of the same template)",
  [("j_tpl5", "2025-11-11 09:15", "Hi Annette, did you know that organisations like Kath. Kita St. Helena Trier-Pallien can currently get up to 80% in grants for digitalisation and energy efficiency? Most leave this money on the table. We check your funding options for free - do you have time for a short call this week?")])
C("junk", "merge_tag_failure", "de", "Merge-Tag-Fehler: {{Vorname}}",
  [("j_merge1", "2025-03-25 07:30", "Hallo {{Vorname}},\n\nimmer mehr Kitas setzen auf KitaKlick für Dienstpläne, Elternkommunikation und Abrechnung. Darf ich Ihnen in 15 Minuten zeigen, wie das bei Ihnen aussehen könnte?\n\nViele Grüße\nLena")])
C("junk", "merge_tag_failure", "de", "Merge-Tag-Fehler: [Firma] und [Branche]",
  [("j_merge2", "2025-05-27 13:00", "Guten Tag Frau Pauly, als Ansprechpartnerin bei [Firma] kennen Sie die hohen Anforderungen an Hygiene in der [Branche]. Wir liefern Desinfektionsmittel, Handschuhe und Spender zu Top-Konditionen. Darf ich Ihnen ein Angebot senden?")])
C("junk", "merge_tag_failure", "de", "Merge-Tag-Fehler: falscher Name",
  [("j_merge3", "2025-07-01 15:30", "Liebe Frau Paulsen, vielen Dank für Ihr Interesse an unserem B2B-Spielzeugsortiment! Anbei erhalten Sie unseren aktuellen Katalog mit Händlerpreisen. Bei Fragen bin ich jederzeit für Sie da.")])
C("junk", "merge_tag_failure", "de", "Merge-Tag-Fehler: falsche Einrichtung",
  [("j_merge4", "2025-10-28 10:00", "Hallo Frau Pauly, ich hoffe, in der Kita Regenbogen Saarbrücken läuft alles gut! Viele Einrichtungen stellen gerade ihre Drucker und Kopierer auf Leasing um und sparen bis zu 30 %. Hätten Sie Interesse an einem kostenlosen Vergleich?")])
C("junk", "sponsored_inmail", "de", "Sponsored InMail einer Versicherung",
  [("s_versicherung", "2025-05-15 12:00", "<p>Hallo Annette,</p><p>sichern Sie sich jetzt die <b>Berufsunfähigkeitsversicherung</b> mit Top-Konditionen für soziale Berufe &ndash; Online-Abschluss in 10 Minuten.</p><p><a href='#'>Jetzt Beitrag berechnen</a></p>")],
  title="Sponsored Conversation", subject="BU-Schutz für soziale Berufe")
C("junk", "sponsored_inmail", "de", "Sponsored InMail eines Fernstudienanbieters",
  [("s_studium", "2025-09-08 12:00", "<p>Hallo Annette,</p><p>berufsbegleitend zum <b>Bachelor Bildungsmanagement</b>: 100 % online, Start jederzeit. Jetzt 4 Wochen kostenlos testen!</p>")],
  title="Sponsored Conversation", subject="Ihr Bachelor neben dem Beruf")
C("junk", "paid_award", "de", "bezahlter 'Preis' mit Teilnahmegebühr",
  [("j_award", "2025-06-24 10:00", "Sehr geehrte Frau Pauly,\n\nherzlichen Glückwunsch! Die Kath. Kita St. Helena Trier-Pallien wurde für den Deutschen Bildungs-Exzellenzpreis 2025 in der Kategorie 'Frühkindliche Bildung' nominiert. Für die Aufnahme in die Finalrunde erheben wir eine Bearbeitungsgebühr von 890 € zzgl. MwSt., inklusive Urkunde, Siegel zur Nutzung auf Ihrer Website und Porträt im Jahrbuch.\n\nMit freundlichen Grüßen\nDr. Bettina Roth")])
C("junk", "paid_feature", "de", "bezahlter redaktioneller Beitrag (Advertorial)",
  [("j_advertorial", "2025-08-19 11:30", "Hallo Frau Pauly, für unsere Herbstausgabe 'Vorbilder der frühkindlichen Bildung' möchten wir Ihre Einrichtung gerne auf einer ganzen Seite porträtieren. Der Beitrag zur Produktion liegt bei 1.250 € netto, die Auflage beträgt 40.000 Exemplare. Haben Sie Interesse?")])
C("junk", "fluent_named_company", "de", "flüssiger Kommunikations-Pitch, nennt die Kita, passt aber auf jeden",
  [("j_fluent", "2025-11-25 09:00", "Liebe Frau Pauly, ich verfolge die Arbeit der Kath. Kita St. Helena Trier-Pallien schon eine Weile und finde beeindruckend, mit wie viel Herz Sie Ihre Einrichtung führen. Gerade im sozialen Bereich ist es heute wichtiger denn je, die eigene Geschichte sichtbar zu machen – für Familien, Fachkräfte und Partner. Wir begleiten Organisationen dabei, ihre Marke authentisch zu positionieren. Hätten Sie Lust auf einen unverbindlichen Austausch?")])
C("junk", "generic_kita_app", "de", "generische Kita-App-Werbung (Gegenstück zum maßgeschneiderten Software-Pitch)",
  [("j_app", "2025-05-12 08:20", "Hallo! Mit KitaDigital Pro digitalisieren Sie Ihre gesamte Kita in nur einem Tag: Elternapp, Anwesenheit, Dokumentation, Abrechnung. Jetzt 30 Tage kostenlos testen! Viele Grüße, Nico")])
C("junk", "generic_training", "de", "generische Seminarwerbung (Gegenstück zur Sprachbildungs-Fortbildnerin)",
  [("j_fortbildung", "2025-06-23 10:00", "Sehr geehrte Damen und Herren, die Akademie Erfolg+ bietet über 200 Seminare in den Bereichen Führung, Kommunikation, Zeitmanagement und Verkauf. Sichern Sie sich jetzt 20 % Frühbucherrabatt für 2026!")])
C("junk", "generic_playground", "de", "generische Spielgeräte-Werbung (Gegenstück zum Landschaftsarchitekten)",
  [("j_spielgeraete", "2025-07-28 06:30", "Guten Tag, wir sind Hersteller von Spielgeräten aus Metall und Kunststoff (Rutschen, Schaukeln, Karussells) zu Fabrikpreisen. Lieferung europaweit. Bitte teilen Sie uns Ihren Bedarf mit.")])
C("junk", "generic_recruiter_irrelevant", "de", "Recruiter mit unpassender Pflegestelle",
  [("j_recruit", "2025-04-15 12:45", "Hi Annette, ich habe eine spannende Stelle als Pflegefachkraft (m/w/d) in einem Klinikum in Stuttgart mit Top-Gehalt und Wechselprämie von 3.000 €! Hast du Interesse? Schick mir einfach deinen Lebenslauf 😊")])
C("junk", "generic_catering", "de", "generischer Caterer (ohne Bezug zu ihrer Situation)",
  [("j_caterer", "2025-09-29 09:00", "Hallo Frau Pauly, Menü-Express liefert täglich frische Mittagessen für Betriebe, Schulen und Kantinen – ab 4,20 € pro Portion. Gerne erstellen wir Ihnen ein individuelles Angebot!")])
C("junk", "generic_merch", "de", "Werbeartikel ohne Bezug (Gegenstück zur Matschhosen-Sammelbestellung)",
  [("j_werbeartikel", "2025-10-20 14:00", "Hey! Bei Merch4Kids bekommt ihr bedruckte T-Shirts, Caps und Rucksäcke für eure Events. Jetzt mit 15 % Herbstrabatt – Code HERBST15 👕")])
C("junk", "crypto_investment", "de", "Krypto-Anlageangebot",
  [("j_krypto", "2025-12-09 22:30", "Hallo Annette, ich hoffe, es geht dir gut! Ich wollte dir eine Möglichkeit zeigen, wie unsere Mitglieder mit Krypto monatlich 5-8 % passives Einkommen erzielen. Ganz ohne Vorwissen. Darf ich dir ein kurzes Video schicken?")])
C("junk", "generic_cleaning", "de", "generischer Reinigungsdienst",
  [("j_reinigung", "2025-03-31 07:00", "Sehr geehrte Frau Pauly, Glanzwerk Gebäudeservice übernimmt Unterhaltsreinigung, Glasreinigung und Grundreinigung für Büros und Praxen. Wir erstellen Ihnen gerne ein unverbindliches Angebot.")])
C("junk", "ghostwriting", "de", "LinkedIn-Ghostwriting-Angebot",
  [("j_ghostwriter", "2026-02-03 08:15", "Hi Annette! Du hast so viel Expertise, aber postest kaum auf LinkedIn. Ich schreibe für dich 3 Posts pro Woche in deiner Tonalität, damit du zur Thought Leaderin wirst. Paket ab 690 €/Monat. Lust auf ein Kennenlernen?")])
C("junk", "mlm_wellness", "de", "Network-Marketing Nahrungsergänzung",
  [("j_mlm", "2026-01-13 21:00", "Hallo liebe Annette 🌸 gerade Frauen in sozialen Berufen geben so viel und denken zu wenig an sich. Ich habe ein Konzept gefunden, das mir Energie UND ein zweites Einkommen gebracht hat. Darf ich dir mehr erzählen?")])
C("junk", "follow_up_bump", "de", "Cloudtelefonie mit drei Nachfassern",
  [("j_bump3", "2026-02-10 08:00", "Hallo Frau Pauly, mit unserer Cloud-Telefonanlage sparen Einrichtungen bis zu 40 % Telefonkosten. Darf ich Ihnen ein Angebot machen?"),
   ("j_bump3", "2026-02-13 08:00", "Hallo Frau Pauly, kurze Erinnerung an meine Nachricht."),
   ("j_bump3", "2026-02-18 08:00", "Ich versuche es nochmal 🙂 Gibt es jemanden, der bei Ihnen für Telefonie zuständig ist?"),
   ("j_bump3", "2026-02-25 08:00", "Letzter Versuch, dann lasse ich Sie in Ruhe.")])
C("junk", "generic_energy_broker", "de", "Gewerbestrom-Vergleich ohne Bezug",
  [("j_strom", "2025-11-04 07:15", "Guten Morgen Frau Pauly, zahlen Sie für Ihren Gewerbestrom noch zu viel? Wir vergleichen über 300 Anbieter und sichern Ihnen Festpreise bis 2028. Schicken Sie mir einfach Ihre letzte Jahresabrechnung, den Rest erledigen wir."),
   ("j_strom", "2025-11-18 07:15", "Hallo Frau Pauly, haben Sie meine Nachricht erhalten? Die Preise steigen gerade wieder.")])
C("junk", "generic_saas_english", "en", "English-language shift-planning SaaS pitch, generic",
  [("j_saas_en", "2026-03-02 10:00", "Hi Annette, I'm reaching out because teams like yours at Kath. Kita St. Helena Trier-Pallien are switching from spreadsheets to Shiftwise for rota planning. Customers see 30% less admin time. Would you be open to a quick 15-minute demo next week?")])

ex.write(
    OUT,
    profile={"First Name": "Annette", "Last Name": "Pauly",
             "Headline": "Kita-Leitung | Kath. Kita St. Helena Trier-Pallien | Sprachbildung & Familienzentrum",
             "Summary": "Seit 2015 leite ich eine katholische Kita mit 4 Gruppen (davon 2 Krippengruppen) an der "
                        "Mosel in Trier. Herzensthemen: alltagsintegrierte Sprachbildung, Zusammenarbeit mit "
                        "Familien, Religionspädagogik im Jahreskreis.",
             "Industry": "Primary/Secondary Education", "Zip Code": "54294",
             "Geo Location": "Trier, Rheinland-Pfalz, Deutschland",
             "Websites": "[OTHER:kita-st-helena-trier.de]"},
    positions=[
        {"Company Name": "Kath. Kita St. Helena Trier-Pallien", "Title": "Kita-Leitung",
         "Description": "Leitung einer 4-gruppigen Einrichtung, 14 Mitarbeitende, Träger: Kath. Kita-Verbund Mosel-Saar.",
         "Location": "Trier", "Started On": "Aug 2015", "Finished On": ""},
        {"Company Name": "Kath. Kita St. Paulin Trier", "Title": "Stellvertretende Leitung",
         "Description": "", "Location": "Trier", "Started On": "Sep 2009", "Finished On": "Jul 2015"},
        {"Company Name": "Kita Regenbogen Saarburg", "Title": "Erzieherin",
         "Description": "", "Location": "Saarburg", "Started On": "Aug 2003", "Finished On": "Aug 2009"},
    ],
    skills=["Frühkindliche Bildung", "Teamleitung", "Sprachbildung", "Elternarbeit", "Religionspädagogik",
            "Qualitätsmanagement", "Krippenpädagogik"],
)
print(ex.summary())

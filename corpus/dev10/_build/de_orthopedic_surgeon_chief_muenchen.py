"""dev10 persona (written blind as heldout15, session 3): Dr. Veronika Hallmeier, Chefärztin Orthopädie at a private clinic in Munich.

Written blind to the detector's code (session 3). 2024 export layout, mostly German with
a few English threads. All texts are invented and written by hand here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-orthopedic-surgeon-chief-muenchen"
OUT = Path(__file__).resolve().parents[1] / SLUG
SPONSORED = "Sponsored Conversation"

ex = Export(SLUG, "2024", Person("me", "Veronika Hallmeier",
                                  "https://www.linkedin.com/in/ACoAAVeronikaHallmeier",
                                  "Privatklinik am Auerfeld", "Chefärztin Orthopädie"))
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people: clinic, colleagues, patients
P("oa", "Stefan Wimmer", "Privatklinik am Auerfeld", "Leitender Oberarzt Orthopädie", connected="2019-04-01")
P("gf", "Dr. Markus Eberl", "Privatklinik am Auerfeld", "Kaufmännischer Geschäftsführer", connected="2018-11-12")
P("rep", "Tobias Kranz", "Alpimed Orthopaedics GmbH", "Gebietsleiter Süd", connected="2017-06-20")
P("pat1", "Gerhard Lechner", "", "Steuerberater i.R.")
P("club", "Dr. Julia Pfister", "TSV Isarau Handball", "Mannschaftsärztin", connected="2023-02-10")
P("physio", "Benedikt Sailer", "Physio am Gärtnerplatz", "Inhaber", connected="2016-03-03")
P("hh", "Annette Vogelsang", "Vogelsang & Partner Healthcare Executive Search", "Partnerin", connected="2024-01-09")
P("app", "Dr. Lea Brunnhuber", "Klinikum Rosenheim", "Assistenzärztin Orthopädie und Unfallchirurgie")
P("innsbruck", "Prof. Dr. Florian Kessler", "Universitätsklinik Innsbruck", "Leiter Endoprothetik", connected="2015-09-25")
P("dk1", "Dr. Johannes Maierhofer", "Orthopädie Zentrum Passau", "Oberarzt")
P("dk2", "Dr. Carina Lutz", "Klinikum Landshut", "Fachärztin Orthopädie")
P("dk3", "Dr. Yusuf Demirci", "Sportklinik Augsburg", "Oberarzt Knie")
P("wien", "Dr. Paul Hafner", "Orthopädisches Spital Wien-Mitte", "Primar", connected="2016-10-14")
P("res_recruit", "Dr. Moritz Stadler", "Kreisklinik Dachau", "Oberarzt Unfallchirurgie", connected="2020-01-20")
P("mentor", "Prof. Dr. Hans-Peter Gruber", "Ludwig-Maximilians-Universität München", "Emeritus", connected="2012-02-02")
P("friend", "Sabine Ostermaier", "", "", connected="2011-07-15")
P("journalist", "Katrin Zöllner", "Münchner Stadtanzeiger", "Redakteurin Gesundheit", connected="2022-05-05")
P("congress", "Prof. Dr. Elisabeth Rainer", "Alpenländischer Endoprothetik-Kongress", "Kongresspräsidentin", connected="2014-05-18")
P("resident", "Dr. Niklas Obermeier", "Privatklinik am Auerfeld", "Assistenzarzt", connected="2022-10-01")
P("res2", "Dr. Aylin Kaya", "Privatklinik am Auerfeld", "Assistenzärztin", connected="2023-04-01")
P("op", "Martina Reiter", "Privatklinik am Auerfeld", "OP-Managerin", connected="2019-01-15")
P("robotrep", "Daniel Hübner", "Motus Surgical Deutschland", "Key Account Manager", connected="2021-08-30")
P("pat2", "Renate Schlichting", "", "")
P("gp", "Dr. Wolfgang Stangl", "Hausarztpraxis Stangl Giesing", "Facharzt für Allgemeinmedizin", connected="2018-05-22")
P("pkv", "Dr. Heike Fromm", "Arvalis Private Krankenversicherung", "Beratungsärztin")
P("boston", "Dr. Rachel Okonkwo", "Harborview Orthopedic Institute Boston", "Arthroplasty Fellowship Director", connected="2019-10-10")
P("study", "Dr. Pieter Janssens", "KNEE-REG Study Group Leuven", "Study Coordinator")
P("former_oa", "Dr. Thomas Haslinger", "Klinik Chiemgau", "Chefarzt Orthopädie", connected="2013-03-03")
P("student", "Felix Amann", "TU München", "Medizinstudent, 9. Semester")
P("marketing", "Lisa Brandl", "Privatklinik am Auerfeld", "Leitung Unternehmenskommunikation", connected="2021-02-15")
P("expat", "James Whitcombe", "", "")
P("mgg", "Dr. Ulrike Seidl", "Münchner Orthopädische Gesellschaft", "Schriftführerin", connected="2010-11-11")

# ---------------------------------------------------------------- people: pitches
P("w_diktat", "Jana Wolters", "Sprechwerk Medical", "Gründerin")
P("w_writer", "Dr. Clara Imhof", "", "Freie Medizinjournalistin & Medical Writer")
P("w_termin", "Philipp Auer", "Terminklar", "Vertrieb Kliniken Bayern")
P("w_hybrid", "Sandra Lindner", "Lindner Abrechnungsberatung", "Geschäftsführerin")
P("w_app", "Maximilian Roth", "Kniewerk Reha-App", "Co-Founder")
P("w_steri", "Andreas Köhler", "Sterilog Süd", "Projektleiter ambulante OP-Zentren")
P("w_prom", "Dr. Svenja Petersen", "Registra Health", "Produktmanagerin")
P("w_hh", "Christoph Baumann", "Baumann Medical Search", "Geschäftsführer")
P("w_implant", "Evelyn Schubert", "Conmedica Implants", "Produktspezialistin Knie")
P("w_us", "Megan Halloway", "StrideTrack", "Clinical Partnerships Lead")
P("w_reha", "Dr. Bernhard Moosreiner", "Rehaklinik Tegernseer Tal", "Chefarzt Orthopädische Reha")
P("w_reviews", "Nadine Greiner", "Klinikpuls Kommunikation", "Beraterin")

P("j_seo", "Marco Berisha", "MedRank Online", "Account Manager")
P("j_web", "Svenja Holt", "Praxiswebseiten24", "Kundenberaterin")
P("j_billing", "Oliver Kuhn", "AbrechnungsProfi Medizin", "Vertrieb")
P("j_it", "Dennis Vogt", "SecuMed IT", "Sales Executive")
P("j_pv", "Ralf Zierer", "Sonnenkraft Bayern", "Energieberater")
P("j_immo", "Kevin Schrader", "Kapitalanlage Süd", "Immobilienberater für Ärzte")
P("j_bu", "Tim Lorenz", "Ärzte-Finanzkontor", "Finanzberater")
P("j_wine", "Giulia Ferraro", "Cantina Dolce Vino", "Export Manager")
P("j_turkey", "Emre Yildiz", "EuroMed Surgery Travel", "Patient Coordinator")
P("j_patients", "Sebastian Fuchs", "PrivatPatienten Direkt", "Partnermanager")
P("j_likeminded", "Dr. Rüdiger Brandt", "Brandt Health Ventures", "Unternehmer | Investor | Visionär")
P("j_15min", "Laura Meinhardt", "Cleverbox HR", "Account Executive")
P("j_ctp1", "Florian Hartl", "MediLease Finanz", "Leasingberater",
  connected="2023-11-06", invite=("IN", "2023-11-05 20:15", ""))
P("j_ctp2", "Isabel Novak", "Ortho-Textil Novak", "Vertrieb",
  connected="2024-03-11", invite=("IN", "2024-03-10 09:30", "Liebe Frau Dr. Hallmeier, ich würde mich freuen, mich mit Ihnen zu vernetzen!"))
P("j_ctp3", "Ryan Mitchell", "ScribeFlow AI", "Enterprise Sales DACH",
  connected="2024-06-17", invite=("IN", "2024-06-16 17:02", ""))
P("j_bump1", "Nico Brenner", "KlinikCloud", "Business Development")
P("j_bump2", "Melanie Schrödl", "PersonalPlus Pflege", "Personalvermittlung")
P("t1", "Johannes Kraft", "Wachstum Medical Marketing", "Geschäftsführer")
P("t2", "Sarah Beck", "PraxisBoost", "Inhaberin")
P("t3", "Timo Weigand", "Patientenmagnet GmbH", "Head of Sales")
P("t4", "Anja Lorenz", "Klinikerfolg Agentur", "Beraterin")
P("t5", "Marcus Reed", "Healthgrowth Partners", "Managing Director")
P("m1", "Kai Werner", "Medstock Praxisbedarf", "Vertrieb")
P("m2", "Thorsten Reichl", "LeadMed Consulting", "Berater")
P("m3", "Elena Wagner", "Hygieneplan Digital", "Vertrieb")
P("m4", "Patrick Sommer", "OP-Textilservice Sommer", "Außendienst")
P("s1", "Ärzteversorgung Plus", "", "", url="https://www.linkedin.com/company/aerzteversorgung-plus")
P("s2", "Medicus Akademie Online", "", "", url="https://www.linkedin.com/company/medicus-akademie-online")
P("s3", "Luxwagen Business", "", "", url="https://www.linkedin.com/company/luxwagen-business")
P("award", "Bettina Kron", "Deutsches Ärzte-Qualitätssiegel", "Leitung Auszeichnungen")
P("feature", "Manuel Schenk", "Gesundheitsmagazin Süd", "Anzeigenleitung Redaktion")
P("podcast", "Jonas Reimers", "Docs on Air Podcast", "Host")
P("fluent", "Dr. Philipp Ahrens", "Clinixa Consulting", "Partner")
P("j_diktat", "Melina Fröhlich", "DiktatDirekt", "Vertrieb")
P("j_termin", "Stefan Hofer", "Bookdoc Online", "Sales")
P("j_hh", "Patricia Engel", "TopMed Personal", "Personalberaterin")
P("j_implant", "Hakan Aydin", "Global Ortho Supply", "Export Sales")
P("j_summit", "Vanessa Kirchner", "Digital Health Leaders Summit", "Community Managerin")

# ================================================================= GENUINE (35)
C("genuine", "colleague_or_plan", "de", "Leitender Oberarzt zum OP-Plan", [
    ("oa", "2024-05-13 06:48", "Morgen Veronika, Saal 2 fällt heute bis 10 Uhr aus (Klima). Ich schiebe die Hüfte von Frau R. auf 11, ok?"),
    ("me", "2024-05-13 06:55", "Ok. Dann mach ich die Arthroskopie vorher in Saal 3, frag Martina ob die Anästhesie das hergibt."),
    ("oa", "2024-05-13 07:02", "Passt, ist geklärt 👍"),
])
C("genuine", "colleague_implant_prices", "de", "Geschäftsführer zu Implantatpreisen und Budget", [
    ("gf", "2024-02-06 17:30", "Liebe Frau Hallmeier, der Einkauf meldet, dass Alpimed die Knieprothesen ab 1.4. um 7 % anheben will. Bei unseren Fallzahlen sind das rund 85.000 € im Jahr. Können wir über einen Wechsel bei den Standardfällen sprechen oder einen Rahmenvertrag verhandeln?"),
    ("me", "2024-02-06 19:12", "Lieber Herr Eberl, ein Wechsel mitten im Jahr ist für das Team und die Robotik-Planung heikel. Ich rede erst mit Herrn Kranz, drei Jahre Preisbindung bei garantierter Menge wäre mein Vorschlag. Termin Donnerstag?"),
    ("gf", "2024-02-06 19:20", "Donnerstag 16 Uhr, mein Büro."),
])
C("genuine", "vendor_price_change", "de", "Bestehender Implantat-Lieferant kündigt Preiserhöhung an", [
    ("rep", "2024-02-01 10:05", "Sehr geehrte Frau Dr. Hallmeier, liebe Veronika, vorab persönlich, bevor das offizielle Schreiben kommt: Wir müssen die Listenpreise für das Knie-System zum 1. April um 7 % anpassen (Titan, Logistik, MDR-Kosten). Ich weiß, das ist unangenehm. Lass uns gerne reden, was bei euren Mengen möglich ist."),
    ("me", "2024-02-07 08:30", "Hallo Tobias, danke fürs Vorwarnen. 7 % gehen so nicht durch, unser GF prüft Alternativen. Was geht bei einer Preisbindung über 36 Monate und 220 Knie pro Jahr?"),
    ("rep", "2024-02-07 12:40", "Ich kläre das mit der Zentrale. Denke, 3 % mit Preisbindung sind realistisch. Melde mich bis Freitag."),
    ("rep", "2024-02-09 15:10", "Zentrale sagt ja: 2,5 % ab April, dann fix bis März 2027. Angebot geht an Herrn Eberl."),
    ("me", "2024-02-09 15:30", "Danke, das ist fair."),
])
C("genuine", "patient_self_pay_quote", "de", "Selbstzahler-Patient fragt nach Kostenvoranschlag für Hüft-TEP", [
    ("pat1", "2024-03-18 20:41", "Sehr geehrte Frau Dr. Hallmeier, entschuldigen Sie die Anfrage über LinkedIn. Mein Orthopäde empfiehlt mir eine Hüftprothese rechts. Ich bin gesetzlich versichert, würde aber gerne bei Ihnen als Selbstzahler operiert werden. Können Sie mir sagen, mit welchen Kosten ich rechnen muss und wie lange die Wartezeit ist? Mit freundlichen Grüßen, Gerhard Lechner"),
    ("me", "2024-03-19 07:50", "Sehr geehrter Herr Lechner, gerne. Für eine Hüft-TEP als Selbstzahler liegen die Gesamtkosten (OP, Implantat, 5 Tage stationär) bei ca. 14.500 bis 16.000 €. Einen verbindlichen Kostenvoranschlag bekommen Sie nach der Sprechstunde. Frau Meier im Sekretariat (089 / 4410-200) gibt Ihnen einen Termin, derzeit ca. 3 Wochen Vorlauf."),
    ("pat1", "2024-03-19 09:15", "Vielen Dank für die rasche Antwort, ich rufe heute an."),
])
C("genuine", "club_cooperation_inbound", "de", "Mannschaftsärztin will Kooperation mit der Klinik (Kundin)", [
    ("club", "2024-07-02 13:20", "Hallo Veronika, wie gestern am Telefon besprochen: der Verein würde gern eine feste Kooperation machen, also Sprechstunde für Spielerinnen innerhalb von 48 h, MRT-Zugang und ihr als Partnerklinik auf dem Trikotärmel. Magst du mir sagen, was das kostet bzw. wie ihr so was normalerweise abrechnet?"),
    ("me", "2024-07-02 18:05", "Hallo Julia, schön! Die Behandlungen laufen ganz normal über die Kassen bzw. privat, da gibt es nichts extra. Für die 48-h-Sprechstunde und die Sichtbarkeit macht unsere Kommunikation einen Vertrag, ich verbinde dich mit Frau Brandl. Sponsoring-Höhe klärt sie mit euch."),
    ("club", "2024-07-02 18:20", "Super, danke dir!"),
])
C("genuine", "peer_joint_offer", "de", "Physio-Partner schlägt gemeinsames Reha-Angebot vor", [
    ("physio", "2024-04-15 12:10", "Servus Veronika, ich hab eine Idee: ein gemeinsames Paket für Privatpatienten nach Knie-TEP, also OP bei dir, dann 12 Einheiten Physio bei uns mit festen Terminen ab Tag 10, und ein gemeinsamer Kontrolltermin nach 6 Wochen. Ich würde für das Physio-Paket 780 € ansetzen. Was meinst du, sollen wir das mal durchrechnen?"),
    ("me", "2024-04-15 21:30", "Servus Bene, finde ich gut. Rechtlich müssen wir sauber bleiben, keine Zuweisung gegen Vorteil, der Patient muss frei wählen können. Wenn wir das als Info-Angebot formulieren, bin ich dabei. Treffen nächste Woche?"),
    ("physio", "2024-04-16 07:45", "Klar, Mittwoch nach deiner Sprechstunde?"),
    ("me", "2024-04-16 08:00", "Mittwoch 17 Uhr."),
])
C("genuine", "headhunter_engaged", "de", "Personalberaterin, mit der sie im Gespräch ist (Ärztliche Direktorin)", [
    ("hh", "2024-01-09 11:00", "Sehr geehrte Frau Dr. Hallmeier, vielen Dank für das offene Telefonat heute. Wie besprochen, anbei die Eckdaten: Ärztliche Direktorin einer Klinikgruppe mit 3 Standorten am Starnberger See, Start 2025, Vergütung deutlich über Ihrer aktuellen Position. Darf ich Ihr Profil dem Aufsichtsrat vorstellen?"),
    ("me", "2024-01-10 21:10", "Liebe Frau Vogelsang, danke. Ja, aber bitte vertraulich und erst nach einem Gespräch mit dem Vorsitzenden. Die OP-Tätigkeit möchte ich zu mindestens 40 % behalten."),
    ("hh", "2024-01-11 08:30", "Selbstverständlich. Ich kläre die OP-Quote vorab. Termin mit Herrn Dr. Wendt wäre am 24.1. möglich."),
    ("me", "2024-01-11 12:00", "24.1. passt, ab 18 Uhr."),
])
C("genuine", "job_applicant", "de", "Bewerbung einer Assistenzärztin um Weiterbildungsstelle", [
    ("app", "2024-06-03 21:55", "Sehr geehrte Frau Dr. Hallmeier,\n\nich bin im 4. Weiterbildungsjahr O&U am Klinikum Rosenheim und möchte meinen Schwerpunkt in die Endoprothetik legen. Ihr Haus ist als EndoProthetikZentrum der Maximalversorgung zertifiziert, und ich würde sehr gerne ab 2025 bei Ihnen weiterarbeiten. Meine Bewerbung habe ich an Ihr Sekretariat geschickt. Wäre eine Hospitation möglich?\n\nMit freundlichen Grüßen\nLea Brunnhuber"),
    ("me", "2024-06-04 07:10", "Liebe Frau Brunnhuber, danke für Ihr Interesse. Hospitation gerne, am besten an einem Dienstag (Robotik-Tag). Frau Meier meldet sich wegen eines Termins."),
    ("app", "2024-06-04 07:40", "Herzlichen Dank, ich freue mich sehr!"),
])
C("genuine", "colleague_in_spam", "de", "Kollege aus Innsbruck überweist Patientin, Nachricht im Spam-Ordner", [
    ("innsbruck", "2024-09-23 16:40", "Liebe Veronika, ich habe eine Patientin aus Garmisch (Revision nach periprothetischer Fraktur), die gerne in München versorgt werden möchte, näher an der Familie. Kann ich sie dir schicken? Befunde hätte ich. Viele Grüße aus Innsbruck, Florian"),
], folder="SPAM")
C("genuine", "thanks_after_session", "de", "Dank nach ihrem Vortrag beim Münchner Knietag, 1 von 3 ähnlichen", [
    ("dk1", "2024-10-19 18:10", "Liebe Frau Dr. Hallmeier, vielen Dank für Ihren Vortrag heute beim Münchner Knietag! Die Videos zur Weichteilbalancierung waren für uns sehr lehrreich. Ich würde mich über eine Vernetzung freuen."),
    ("me", "2024-10-19 20:30", "Sehr gerne, danke für Ihr Kommen!"),
])
C("genuine", "thanks_after_session", "de", "Dank nach ihrem Vortrag beim Münchner Knietag, 2 von 3 ähnlichen", [
    ("dk2", "2024-10-19 19:02", "Danke für den tollen Vortrag beim Knietag, Frau Hallmeier! Besonders der Teil zur Weichteilbalancierung hat mir viel gebracht. Schön, vernetzt zu sein."),
])
C("genuine", "thanks_after_session", "de", "Dank nach ihrem Vortrag beim Münchner Knietag, 3 von 3 ähnlichen", [
    ("dk3", "2024-10-20 08:45", "Guten Morgen Frau Kollegin, herzlichen Dank für den Vortrag gestern beim Knietag. Die Weichteil-Videos waren klasse. Dürfte ich die Folien für unsere Assistenten-Fortbildung verwenden (mit Quellenangabe natürlich)?"),
    ("me", "2024-10-20 11:00", "Gerne, ich schicke sie Ihnen per Mail."),
])
C("genuine", "owner_started_peer_question", "de", "Sie fragt einen Wiener Kollegen nach Erfahrung mit einem Implantat", [
    ("me", "2023-11-20 19:40", "Lieber Paul, kurze Frage unter Kollegen: ihr habt doch letztes Jahr auf den zementfreien Kurzschaft umgestellt. Wie sind eure Erfahrungen bei den älteren Patientinnen, Stichwort Sinterung?"),
    ("wien", "2023-11-21 07:15", "Servus Veronika! Bei über 75 und Osteoporose machen wir weiter zementiert. Sonst sehr zufrieden, Sinterung im Mittel unter 2 mm. Kann dir unsere Auswertung schicken."),
    ("me", "2023-11-21 07:30", "Das wäre super, danke!"),
])
C("genuine", "owner_started_hiring", "de", "Sie wirbt einen früheren Assistenzarzt als Oberarzt an", [
    ("me", "2024-08-12 21:00", "Lieber Moritz, wir besetzen im Frühjahr eine Oberarztstelle Endoprothetik. Ich musste sofort an dich denken. Hättest du Lust auf einen Kaffee, ganz unverbindlich?"),
    ("res_recruit", "2024-08-13 06:30", "Liebe Veronika, das freut mich riesig. Ja, sehr gerne. Kommende Woche Mittwoch?"),
    ("me", "2024-08-13 07:00", "Mittwoch 18 Uhr, Café am Wiener Platz."),
    ("res_recruit", "2024-09-02 20:15", "Danke nochmal fürs Gespräch. Ich hab mit meiner Frau gesprochen, ich bewerbe mich."),
    ("me", "2024-09-02 20:40", "Wunderbar! Schick die Unterlagen direkt an mich."),
])
C("genuine", "long_standing_mentor", "de", "Doktorvater, Kontakt über viele Jahre", [
    ("mentor", "2022-12-22 10:00", "Liebe Veronika, frohe Weihnachten! Ich habe deinen Artikel in der Orthopädie aktuell gelesen, sehr klar geschrieben. Der alte Chef ist stolz."),
    ("me", "2022-12-22 16:30", "Lieber Herr Professor Gruber, danke, das bedeutet mir viel! Frohe Weihnachten Ihnen und Ihrer Frau."),
    ("mentor", "2023-09-01 09:10", "Liebe Veronika, magst du im November einen Gastvortrag in meiner Seniorenvorlesung halten? Die Leute lieben Knie-Themen."),
    ("me", "2023-09-01 12:00", "Sehr gerne, schicken Sie mir ein Datum."),
    ("mentor", "2024-06-30 11:20", "Gratulation zur Rezertifizierung! Weiter so."),
    ("me", "2024-06-30 13:00", "Danke! Ohne Ihre Schule nicht denkbar."),
])
C("genuine", "friend_smalltalk", "de", "Studienfreundin, privat", [
    ("friend", "2024-03-02 19:05", "Vroni!! Wann gehen wir endlich mal wieder auf die Hütte? Die Kinder fragen schon nach der Tante mit dem Gips 😂"),
    ("me", "2024-03-02 21:40", "Haha. Osterferien? Ich hab die Woche nach Ostern frei, wenn nix dazwischenkommt."),
    ("friend", "2024-03-02 21:45", "Gebongt, ich reservier!"),
])
C("genuine", "journalist_request", "de", "Journalistin bittet um Interview", [
    ("journalist", "2024-05-27 11:30", "Liebe Frau Dr. Hallmeier, wir planen für die Gesundheitsseite einen Beitrag zur Frage, ob in Deutschland zu viele Knieprothesen eingesetzt werden. Hätten Sie 20 Minuten für ein Telefonat bis Donnerstag? Gerne mit Ihrer Sicht auf die Indikationsstellung."),
    ("me", "2024-05-27 13:00", "Liebe Frau Zöllner, gerne. Mittwoch 13:30? Ich bitte um Freigabe der Zitate."),
    ("journalist", "2024-05-27 13:05", "Selbstverständlich. Mittwoch 13:30, ich rufe an."),
])
C("genuine", "congress_invite_contact", "de", "Kongresspräsidentin lädt sie als Referentin ein", [
    ("congress", "2024-01-22 09:00", "Liebe Veronika, für den Alpenländischen Endoprothetik-Kongress im Juni in Salzburg möchte ich dich herzlich als Referentin für die Sitzung 'Robotik: Hype oder Standard?' einladen, 15 Minuten plus Diskussion. Reise und Hotel übernehmen wir. Hast du Lust?"),
    ("me", "2024-01-22 20:00", "Liebe Elisabeth, sehr gerne! Ich nehme die Lernkurven-Daten von 300 Fällen mit."),
])
C("genuine", "resident_question", "de", "Assistenzarzt fragt nach Rotation", [
    ("resident", "2024-07-18 22:10", "Liebe Frau Hallmeier, sorry für die späte Nachricht. Könnte ich im Herbst für 3 Monate in die Wirbelsäule rotieren? Für den Katalog fehlen mir noch Eingriffe."),
    ("me", "2024-07-19 07:05", "Hallo Herr Obermeier, grundsätzlich ja. Sprechen Sie mit Dr. Wimmer wegen des Dienstplans und schicken Sie mir Ihre Logbuch-Übersicht."),
])
C("genuine", "residents_group", "de", "Gruppenchat Assistenzärzte zum Dienstplan", [
    ("res2", "2024-11-28 14:00", "Kann jemand am 24.12. tauschen? Ich hätte den 31. 🙈"),
    ("resident", "2024-11-28 14:12", "Ich nehm den 24., du den 31., ok?"),
    ("me", "2024-11-28 14:30", "Von mir aus ok, bitte im Dienstplan eintragen. Und danke euch beiden."),
], title="Dienstplan Dezember", extra=["oa"])
C("genuine", "colleague_or_management", "de", "OP-Managerin zu Sterilgut-Engpass", [
    ("op", "2024-09-09 07:10", "Frau Dr. Hallmeier, die Siebe für das Revisionsset sind heute nicht rechtzeitig aus der Sterilisation zurück. Wollen wir die Revision auf morgen schieben?"),
    ("me", "2024-09-09 07:18", "Ja, bitte morgen als erste. Patientin informiere ich selbst."),
])
C("genuine", "vendor_service_quote", "de", "Bestehender Roboter-Hersteller schickt Angebot für Servicevertrag", [
    ("robotrep", "2024-08-05 10:00", "Liebe Frau Dr. Hallmeier, der Servicevertrag für das OP-Robotiksystem läuft zum 31.12. aus. Anbei das Verlängerungsangebot: 3 Jahre, 64.000 € p.a. inkl. Software-Updates und Ersatzgerät bei Ausfall (bisher 58.000 €). Ich bin nächste Woche im Haus, wenn Sie Fragen haben."),
    ("me", "2024-08-05 12:30", "Danke Herr Hübner. Das Angebot geht an Herrn Eberl. Die Erhöhung müssen Sie uns bitte erklären, gerne Dienstag 15 Uhr."),
    ("robotrep", "2024-08-05 12:45", "Dienstag 15 Uhr, ich komme vorbei."),
    ("me", "2024-08-06 22:10", "Herr Hübner, vorab noch: Ist das Ersatzgerät auch bei Software-Ausfall inklusive oder nur bei"),
], drafts={3})
C("genuine", "patient_thanks", "de", "Patientin bedankt sich nach der OP", [
    ("pat2", "2024-04-08 18:20", "Liebe Frau Dr. Hallmeier, heute vor 8 Wochen haben Sie mein linkes Knie operiert. Heute war ich zum ersten Mal wieder mit meinem Hund an der Isar, ohne Stock! Ich wollte einfach Danke sagen, an Sie und das ganze Team auf Station 3. Herzliche Grüße, Renate Schlichting"),
    ("me", "2024-04-08 20:00", "Liebe Frau Schlichting, das ist die schönste Nachricht des Tages. Grüßen Sie den Hund! Alles Gute weiterhin."),
])
C("genuine", "referral_from_gp", "de", "Hausarzt überweist Patienten und fragt nach Termin", [
    ("gp", "2024-10-07 12:45", "Liebe Kollegin, ich habe einen 58-jährigen Patienten mit Gonarthrose Grad IV, konservativ austherapiert, dringend Wunsch nach OP-Beratung. Kriegen wir zeitnah einen Termin? Privat versichert. Schönen Gruß aus Giesing, Wolfgang Stangl"),
    ("me", "2024-10-07 13:30", "Lieber Herr Stangl, danke. Er soll sich auf mich beziehen, wir geben ihm einen Termin diese Woche."),
])
C("genuine", "insurer_question", "de", "Beratungsärztin der PKV zu Kostenübernahme", [
    ("pkv", "2024-06-19 10:00", "Sehr geehrte Frau Dr. Hallmeier, für Ihren Patienten K. (geplante Revision) benötigen wir zur Kostenübernahme noch den Befund der Gelenkpunktion. Können Sie diesen nachreichen?"),
    ("me", "2024-06-19 11:20", "Sehr geehrte Frau Dr. Fromm, der Befund geht heute per Fax an Ihre Leistungsabteilung."),
])
C("genuine", "intl_fellowship", "en", "US fellowship director arranges a visit (English)", [
    ("boston", "2024-02-14 15:00", "Hi Veronika, one of my fellows, Dr. Amir Shah, would love to spend two weeks in Munich in September to see your robotic TKA workflow. Would that be possible? Happy to return the favor for any of your residents."),
    ("me", "2024-02-14 19:30", "Hi Rachel, absolutely, September works. Second and third week would be best. And I'll take you up on the offer for Dr. Kaya next year!"),
    ("boston", "2024-02-14 19:45", "Wonderful, deal!"),
])
C("genuine", "research_invitation", "en", "Study coordinator invites the clinic to a multicentre registry study (English)", [
    ("study", "2024-03-05 09:30", "Dear Dr. Hallmeier, on behalf of the KNEE-REG group I'd like to invite your department to our multicentre study on patient-reported outcomes after robotic versus conventional TKA. Prof. Kessler from Innsbruck suggested your centre. There's no funding from industry; we cover the data entry costs per patient. Could I send the protocol?"),
    ("me", "2024-03-05 12:40", "Dear Dr. Janssens, yes please send the protocol. Our ethics committee meets monthly, so timing is important."),
])
C("genuine", "former_oa_contact", "de", "Ehemaliger Oberarzt, heute Chefarzt, schickt Patienten", [
    ("former_oa", "2024-05-02 08:00", "Servus Veronika, ich hab einen komplexen Fall (Knie-Revision mit Knochendefekt AORI 3), den ich nicht im Chiemgau machen will. Magst du ihn übernehmen? Und wann gehen wir endlich mal wieder essen?"),
    ("me", "2024-05-02 12:15", "Servus Thomas, klar, schick ihn. Essen: sobald du mal in München bist, ich lade ein."),
])
C("genuine", "physio_price_list", "de", "Langjähriger Physio-Partner schickt neue Preise", [
    ("physio", "2024-11-04 09:00", "Hi Veronika, kurz zur Info: ab Januar erhöhen wir die Privatpreise um ca. 5 % (KG 45 → 48 €). Ich schick dir die neue Liste für eure Patientenmappe."),
    ("me", "2024-11-04 12:00", "Danke, leite ich an die Station weiter."),
])
C("genuine", "student_famulatur", "de", "Medizinstudent fragt nach Famulatur", [
    ("student", "2024-01-30 16:30", "Sehr geehrte Frau Dr. Hallmeier, ich bin Medizinstudent an der TUM und würde gerne im August eine Famulatur in der Orthopädie bei Ihnen machen. Ist das möglich? Viele Grüße, Felix Amann"),
    ("me", "2024-01-31 07:30", "Hallo Herr Amann, gerne, August ist noch frei. Bitte schicken Sie eine kurze Bewerbung ans Sekretariat."),
])
C("genuine", "marketing_approval", "de", "Unternehmenskommunikation bittet um Freigabe eines Website-Textes", [
    ("marketing", "2024-09-16 15:00", "Liebe Frau Dr. Hallmeier, anbei der neue Text für die Seite 'Robotik-assistierte Knieprothetik'. Können Sie fachlich drüberschauen? Wir würden ihn gerne Freitag online stellen."),
    ("me", "2024-09-16 21:00", "Liebe Frau Brandl, bitte 'schmerzfrei nach 2 Wochen' streichen, das können wir nicht versprechen. Sonst gut."),
    ("marketing", "2024-09-17 08:00", "Danke, ist raus!"),
])
C("genuine", "owner_started_congress", "de", "Sie schreibt der Schriftführerin der Fachgesellschaft wegen eines Abstracts", [
    ("me", "2024-02-20 22:15", "Liebe Ulrike, ich habe die Deadline für die Frühjahrstagung verpasst, OP-Marathon. Geht noch ein Abstract bis Freitag?"),
    ("mgg", "2024-02-21 08:20", "Liebe Veronika, für dich machen wir das, aber bitte wirklich bis Freitag 12 Uhr 😉"),
    ("me", "2024-02-21 08:25", "Versprochen. Danke!"),
])
C("genuine", "congrats_colleague", "de", "Glückwünsche eines Kollegen zur Rezertifizierung", [
    ("wien", "2024-07-01 09:00", "Gratuliere zur Rezertifizierung als EndoProthetikZentrum der Maximalversorgung! Ihr habt's verdient."),
    ("me", "2024-07-01 12:00", "Danke Paul! Nächstes Mal kommst du zum Audit-Bier."),
])
C("genuine", "society_event_invite", "de", "Einladung zum Sommerfest der Fachgesellschaft von bekannter Kollegin", [
    ("mgg", "2024-06-10 10:00", "Liebe Veronika, unser Sommerfest ist am 19. Juli im Augustiner-Keller, ab 18 Uhr. Kommst du? Wir würden dich gern als neues Vorstandsmitglied vorstellen."),
    ("me", "2024-06-10 12:00", "Ich komme, und ich bringe Stefan mit."),
])
C("genuine", "expat_patient_inquiry", "en", "English-speaking expat asks for an appointment (inbound buyer)", [
    ("expat", "2024-08-20 10:15", "Dear Dr Hallmeier, I'm a British expat living in Munich with private insurance. I tore my ACL skiing in March and my GP says I should see a knee specialist. Do you see English-speaking patients, and how quickly could I get an appointment? Many thanks, James Whitcombe"),
    ("me", "2024-08-20 12:00", "Dear Mr Whitcombe, yes, of course. Please call my office on 089 4410-200 and mention this message, we'll find a slot next week. Bring your MRI if you have one."),
    ("expat", "2024-08-20 12:10", "Brilliant, thank you!"),
])

# ================================================================= WANTED PITCHES (12)
C("wanted_pitch", "dictation_after_post", "de", "Diktat-Software bezieht sich auf ihren Post zum Dokumentationsaufwand", [
    ("w_diktat", "2024-04-23 09:15", "Sehr geehrte Frau Dr. Hallmeier, Ihr Beitrag letzte Woche, dass Ihre Assistenzärzte nach einem OP-Tag noch zwei Stunden an Arztbriefen sitzen, hat mich angesprochen. Genau dafür haben wir Sprechwerk gebaut: Diktat im OP-Saal per Headset, der Entlassbrief wird als Entwurf im KIS angelegt, mit orthopädischem Fachvokabular (inkl. Implantat-Bezeichnungen). Zwei Münchner Kliniken testen das gerade. Hätten Sie Interesse an einem 4-wöchigen Test mit zwei Ihrer Assistenten?"),
    ("me", "2024-04-23 13:00", "Interessant. Läuft das mit unserem KIS (MedFlow)? Und wo liegen die Daten?"),
    ("w_diktat", "2024-04-23 13:30", "MedFlow-Schnittstelle ist produktiv, Daten in Frankfurt, AVV liegt vor. Ich schicke Ihnen die Unterlagen."),
])
C("wanted_pitch", "writer_after_talk", "de", "Medical Writerin bezieht sich auf ihren Kongressvortrag", [
    ("w_writer", "2024-06-25 20:00", "Liebe Frau Dr. Hallmeier, ich habe Ihren Vortrag in Salzburg zu den Lernkurven bei 300 robotischen Knien gehört. Die Daten wären meiner Meinung nach ein starkes Paper für ein Journal mit Peer Review, es gibt dazu kaum europäische Serien dieser Größe. Ich bin Ärztin und Medical Writer und unterstütze Kliniken bei Manuskripten (Struktur, Statistikabstimmung, Englisch, Einreichung). Wäre das für Sie interessant? Referenzen schicke ich gerne."),
    ("me", "2024-06-26 07:30", "Liebe Frau Imhof, tatsächlich liegt das Manuskript seit Monaten halb fertig. Schicken Sie mir bitte ein Angebot."),
])
C("wanted_pitch", "booking_after_site_visit", "de", "Terminbuchungssoftware hat ihre Klinik-Website geprüft", [
    ("w_termin", "2024-02-27 11:00", "Guten Tag Frau Dr. Hallmeier, ich habe auf der Website der Privatklinik am Auerfeld versucht, einen Termin für die Knie-Sprechstunde zu buchen: Das geht nur telefonisch, Mo-Do 8-12 Uhr, und in den Google-Bewertungen beschweren sich mehrere Patienten über die Erreichbarkeit. Unser System bindet sich in Ihre Website ein und zeigt nur die Slots, die Ihr Sekretariat freigibt (z. B. Erstvorstellung Knie, 20 Min.). Darf ich Ihnen das in 20 Minuten zeigen?"),
])
C("wanted_pitch", "billing_specific_problem", "de", "Abrechnungsberatung nennt konkretes Hybrid-DRG-Problem", [
    ("w_hybrid", "2024-03-12 08:45", "Sehr geehrte Frau Dr. Hallmeier, seit Januar fallen die Knie-Arthroskopien mit Meniskusteilresektion unter die Hybrid-DRG. Viele Häuser rechnen diese Fälle noch stationär ab und bekommen sie vom MD gestrichen. Nach Ihrem Qualitätsbericht machen Sie über 400 Arthroskopien im Jahr, das ist für Ihr Haus ein sechsstelliges Thema. Wir haben für drei bayerische Kliniken die Umstellung begleitet (Kodierung, Prozess, Sachkosten). Hätten Sie Interesse an einer kurzen Analyse?"),
    ("me", "2024-03-12 12:10", "Das Thema brennt tatsächlich. Ich leite Sie an Herrn Eberl weiter, bitte schicken Sie ein Angebot an ihn."),
])
C("wanted_pitch", "rehab_app_mutual_contact", "de", "Reha-App, empfohlen über gemeinsamen Kontakt (namentlich)", [
    ("w_app", "2024-05-06 17:30", "Hallo Frau Dr. Hallmeier, Benedikt Sailer vom Physio am Gärtnerplatz hat mir empfohlen, Sie anzuschreiben. Wir haben eine App für die Zeit zwischen Entlassung nach Knie-TEP und erster Physio gebaut, mit Übungsvideos und Schmerztagebuch, das der Physio sieht. Benedikt nutzt sie mit 15 Patienten. Er meinte, Sie hätten Bedenken beim Datenschutz, darauf würde ich gerne eingehen. Kaffee im Glockenbach?"),
    ("me", "2024-05-06 20:00", "Bene hat mir davon erzählt. Schicken Sie bitte vorab das Datenschutzkonzept."),
])
C("wanted_pitch", "sterile_after_press", "de", "Sterilgutlogistik nach Pressebericht über das neue ambulante OP-Zentrum", [
    ("w_steri", "2024-07-22 09:00", "Sehr geehrte Frau Dr. Hallmeier, laut Münchner Stadtanzeiger eröffnet Ihre Klinik 2025 ein ambulantes OP-Zentrum mit drei Sälen. Bei ambulanten Arthroskopien ist der Sieb-Umlauf oft der Engpass, weil die ZSVA auf stationären Rhythmus ausgelegt ist. Wir planen und betreiben Sterilgut-Logistik für ambulante Zentren in Bayern und könnten Ihnen zeigen, wie andere Häuser die Wechselzeiten unter 20 Minuten halten. Interesse an einem Termin mit Ihrer OP-Managerin?"),
    ("me", "2024-07-22 12:00", "Ja, gerne mit Frau Reiter zusammen. Bitte Terminvorschläge an sie."),
])
C("wanted_pitch", "prom_fits_setup", "de", "PROM-Software passend zu KIS und Endoprothesenregister", [
    ("w_prom", "2024-09-30 10:30", "Sehr geehrte Frau Dr. Hallmeier, als EndoProthetikZentrum melden Sie an das Endoprothesenregister und arbeiten laut Stellenausschreibung mit MedFlow als KIS. Unsere PROM-Lösung holt die Fragebögen (KOOS, Oxford Knee) per SMS ein und schreibt die Scores direkt in die MedFlow-Akte, sodass Ihre Teilnahme an KNEE-REG (Ihre Klinik ist auf der Studienseite als Zentrum gelistet) ohne Papier läuft. Darf ich Ihnen eine Demo anbieten?"),
])
C("wanted_pitch", "recruiter_relevant_role", "de", "Personalberater mit passender Chefarztstelle", [
    ("w_hh", "2024-10-14 19:00", "Sehr geehrte Frau Dr. Hallmeier, ich suche für eine Universitätsklinik in Süddeutschland eine Leitung der Sektion Endoprothetik mit Professur-Option. Gesucht wird jemand mit >300 robotischen Eingriffen, Leitung eines EndoProthetikZentrums der Maximalversorgung und Publikationen zur Lernkurve. Das passt auffallend genau zu Ihrem Profil und Ihrem Salzburger Vortrag. Wäre ein vertrauliches Gespräch denkbar?"),
    ("me", "2024-10-15 07:00", "Sehr geehrter Herr Baumann, im Moment eher nicht, aber schicken Sie mir gerne die Unterlagen."),
])
C("wanted_pitch", "implant_fits_robot", "de", "Implantat-Produktspezialistin passend zu ihrem Robotersystem", [
    ("w_implant", "2024-11-18 14:00", "Sehr geehrte Frau Dr. Hallmeier, unser neues medial stabilisiertes Knie ist seit Oktober für das Motus-Robotiksystem freigegeben, das Sie in Ihrer Klinik einsetzen. Bei Ihren Revisionen mit Knochendefekt könnte das modulare Stielsystem interessant sein. Ich würde Ihnen gerne ein Sawbone-Training mit Planungsdaten im Motus-Format anbieten, im Dezember bei Ihnen im Haus."),
])
C("wanted_pitch", "us_remote_monitoring", "en", "US remote-monitoring company cites her EFORT abstract (English)", [
    ("w_us", "2024-06-03 16:00", "Dear Dr. Hallmeier, I read your EFORT abstract on early mobilisation after robotic TKA, especially the finding that step counts in week 2 predicted the 6-week KOOS. Our wearable tracks exactly that (steps, knee flexion via sensor sleeve) and we're looking for a European research partner. We'd provide 100 devices free for a study. Would you be open to a call?"),
    ("me", "2024-06-03 21:00", "Dear Ms Halloway, that's interesting. Please send the technical documentation and your MDR status."),
])
C("wanted_pitch", "rehab_from_quality_report", "de", "Reha-Klinik nutzt öffentlichen Qualitätsbericht für Kooperationsangebot", [
    ("w_reha", "2024-08-26 09:00", "Liebe Frau Kollegin Hallmeier, laut dem aktuellen Qualitätsbericht Ihrer Klinik implantieren Sie rund 500 Endoprothesen im Jahr, die Anschlussheilbehandlung läuft aber über viele verschiedene Häuser. Wir sind eine orthopädische Reha im Tegernseer Tal, 45 Minuten von Ihnen, und bieten eine Direktverlegung mit Übergabe per Videovisite am Entlasstag an. Ich würde mich über ein kollegiales Gespräch freuen."),
    ("me", "2024-08-26 20:00", "Lieber Herr Moosreiner, gerne, die Übergabe ist bei uns tatsächlich ein Schwachpunkt. Rufen Sie mich an."),
])
C("wanted_pitch", "reviews_agency_specific", "de", "Kommunikationsagentur analysiert konkrete Bewertungen ihrer Abteilung", [
    ("w_reviews", "2024-10-01 11:20", "Sehr geehrte Frau Dr. Hallmeier, ich habe mir die 63 Online-Bewertungen Ihrer orthopädischen Abteilung angesehen: fachlich durchweg hervorragend, aber 19 Beschwerden betreffen dasselbe, nämlich die Wartezeit am Entlasstag (Arztbrief, Transport). Wir helfen Kliniken, genau solche Muster zu finden und intern zu beheben, statt Bewertungen zu 'managen'. Soll ich Ihnen die Auswertung schicken?"),
])

# ================================================================= JUNK (38)
C("junk", "generic_seo", "de", "Generisches SEO-Angebot für Ärzte", [
    ("j_seo", "2024-01-15 07:30", "Hallo Frau Hallmeier, wussten Sie, dass 80 % der Patienten ihren Arzt über Google finden? Mit MedRank bringen wir Ihre Praxis auf Seite 1. Jetzt kostenlose Analyse anfordern!"),
])
C("junk", "generic_website", "de", "Generisches Website-Angebot, Gegenstück zur Terminbuchung", [
    ("j_web", "2024-02-19 10:00", "Guten Tag, ist Ihre Praxiswebsite noch zeitgemäß? Wir erstellen moderne Praxiswebseiten ab 990 € inklusive Online-Terminbuchung. Über 2.000 zufriedene Ärzte. Darf ich Ihnen ein unverbindliches Angebot schicken?"),
])
C("junk", "generic_billing", "de", "Generisches Abrechnungs-Outsourcing, Gegenstück zur Hybrid-DRG-Beratung", [
    ("j_billing", "2024-04-02 09:10", "Sehr geehrte Frau Dr. Hallmeier, verschenken Sie kein Geld bei der Abrechnung! Wir übernehmen Ihre komplette Privatabrechnung und steigern Ihren Umsatz um bis zu 15 %. Haben Sie Interesse an einem kurzen Gespräch?"),
])
C("junk", "generic_it_security", "de", "Generisches IT-Security-Angebot", [
    ("j_it", "2024-05-21 08:00", "Hallo Veronika, Cyberangriffe auf Praxen und Kliniken nehmen zu. Ist Ihre IT sicher? SecuMed bietet Penetrationstests und 24/7-Monitoring. Kurzer Austausch nächste Woche?"),
])
C("junk", "off_topic_solar", "de", "Off-topic: Photovoltaik fürs Eigenheim", [
    ("j_pv", "2024-03-25 18:00", "Grüß Gott Frau Hallmeier, jetzt noch von der Förderung profitieren: PV-Anlage mit Speicher fürs Eigenheim, Komplettpaket inkl. Montage. Wann darf ich bei Ihnen vorbeikommen?"),
])
C("junk", "off_topic_property", "de", "Off-topic: Steuerspar-Immobilie für Ärzte", [
    ("j_immo", "2024-06-11 20:30", "Sehr geehrte Frau Dr. Hallmeier, als Chefärztin zahlen Sie vermutlich den Spitzensteuersatz. Mit einer Denkmalschutz-Immobilie in Leipzig sparen Sie bis zu 30.000 € Steuern im Jahr. Ich habe aktuell nur noch 3 Einheiten. Wann passt Ihnen ein 15-minütiges Telefonat?"),
])
C("junk", "off_topic_insurance", "de", "Off-topic: Berufsunfähigkeitsversicherung, Massenansprache", [
    ("j_bu", "2024-07-08 12:00", "Liebe Ärztin, liebe Arzt, sind Sie für den Fall der Berufsunfähigkeit richtig abgesichert? Viele Mediziner haben gefährliche Lücken. Sichern Sie sich jetzt einen kostenlosen Vertrags-Check!"),
])
C("junk", "off_topic_wine", "en", "Off-topic: Italian wine export offer (English)", [
    ("j_wine", "2024-09-12 11:11", "Dear Veronika, we are a family winery from Puglia looking for distributors and restaurants in Germany. Would you be interested in our Primitivo and Negroamaro? I can send you the price list and samples."),
])
C("junk", "sells_what_she_sells", "de", "Medizintourismus bietet ihr genau die Operationen an, die sie selbst macht", [
    ("j_turkey", "2024-04-29 14:45", "Hallo! Knie- oder Hüftprothese zum halben Preis? In unseren JCI-zertifizierten Partnerkliniken in Istanbul operieren erfahrene Orthopäden, All-inclusive-Paket mit Hotel und Transfer ab 6.900 €. Empfehlen Sie uns weiter und erhalten Sie eine Provision!"),
])
C("junk", "capacity_new_clients", "de", "Fragt nach Kapazität für neue Patienten, dann Vermittlungsangebot gegen Provision", [
    ("j_patients", "2024-08-19 09:00", "Sehr geehrte Frau Dr. Hallmeier, haben Sie aktuell Kapazitäten für neue Privatpatienten? Wir vermitteln monatlich über 200 Selbstzahler und PKV-Patienten an Fachärzte. Sie zahlen nur pro erschienenem Patienten. Darf ich Ihnen die Konditionen schicken?"),
])
C("junk", "like_minded", "de", "Vernetzen als Gleichgesinnte", [
    ("j_likeminded", "2024-02-02 21:00", "Liebe Veronika, ich vernetze mich gezielt mit Gleichgesinnten, die im Gesundheitswesen etwas bewegen wollen. Lass uns gerne mal austauschen, wie wir gemeinsam wachsen können! Ich glaube, da ist viel Potenzial. 💡"),
])
C("junk", "quick_15_min", "de", "Kurzer 15-Minuten-Call, generisch", [
    ("j_15min", "2024-05-14 10:30", "Hallo Frau Hallmeier, hätten Sie diese Woche 15 Minuten für einen kurzen Call? Ich möchte Ihnen zeigen, wie Cleverbox die Dienstplanung für Teams wie Ihres vereinfacht. Passt Ihnen Donnerstag 14 Uhr?"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, Smalltalk, sie antwortet, dann Leasing-Pitch", [
    ("j_ctp1", "2023-11-06 08:30", "Vielen Dank für die Vernetzung, Frau Dr. Hallmeier! Wie läuft es bei Ihnen in der Klinik, sicher viel zu tun vor dem Jahresende?"),
    ("me", "2023-11-06 19:40", "Danke, ja, es ist einiges los."),
    ("j_ctp1", "2023-11-06 19:55", "Das glaube ich! Genau deshalb melde ich mich: Wir finanzieren Medizintechnik ab 10.000 € per Leasing, steuerlich optimal, Zusage in 48 Stunden. Stehen bei Ihnen Anschaffungen an? Gerne kurzes Telefonat."),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, Kompliment, Pitch in Nachricht 2", [
    ("j_ctp2", "2024-03-11 10:00", "Liebe Frau Dr. Hallmeier, schön, dass wir nun vernetzt sind! Ich verfolge Ihre Beiträge schon länger, sehr inspirierend."),
    ("j_ctp2", "2024-03-13 09:15", "Darf ich Ihnen bei der Gelegenheit unsere neuen OP-Abdecktücher vorstellen? 20 % günstiger als Markenware, gleiche Qualität. Wer ist bei Ihnen für den Einkauf zuständig?"),
])
C("junk", "connect_then_pitch", "en", "Connect-then-pitch in English: AI scribe after small talk", [
    ("j_ctp3", "2024-06-17 07:50", "Hi Veronika, thanks for connecting! How's summer in Munich? I was there for Oktoberfest last year, amazing city."),
    ("j_ctp3", "2024-06-19 08:00", "Anyway, I wanted to share something: ScribeFlow AI writes clinical notes automatically and saves doctors 2 hours a day. Would you be open to a quick 15-min demo this week?"),
])
C("junk", "follow_up_bump", "de", "Nachfass-Nachrichten ohne Antwort", [
    ("j_bump1", "2024-01-08 09:00", "Sehr geehrte Frau Dr. Hallmeier, KlinikCloud digitalisiert Ihre komplette Patientenakte in der Cloud. Darf ich Ihnen eine Demo zeigen?"),
    ("j_bump1", "2024-01-16 09:00", "Ich wollte nur kurz nachhaken, ob Sie meine Nachricht gesehen haben?"),
    ("j_bump1", "2024-01-25 09:00", "Frau Dr. Hallmeier, ich weiß, Sie sind sehr beschäftigt. Wäre ein anderer Ansprechpartner sinnvoller?"),
    ("j_bump1", "2024-02-06 09:00", "Ein letztes Mal: Falls das Thema gerade nicht passt, melde ich mich im Sommer wieder."),
])
C("junk", "follow_up_bump", "de", "Personalvermittlung Pflege, Nachfassen ohne Antwort", [
    ("j_bump2", "2024-09-03 13:00", "Guten Tag Frau Hallmeier, fehlen Ihnen Pflegekräfte? Wir vermitteln examinierte Pflegekräfte aus dem Ausland, inkl. Anerkennung."),
    ("j_bump2", "2024-09-17 13:00", "Guten Tag, ich hake nochmal nach. Haben Sie aktuell Bedarf?"),
])
C("junk", "mass_template", "de", "Vorlage Variante 1 von 5 (Marketing)", [
    ("t1", "2024-05-06 08:05", "Hallo Frau Dr. Hallmeier, ich bin auf Ihr Profil gestoßen und war beeindruckt, was Sie an der Privatklinik am Auerfeld aufgebaut haben. Wir helfen Kliniken, in 90 Tagen 30 % mehr Privatpatienten zu gewinnen, mit einem bewährten System. Hätten Sie Donnerstag Zeit für ein kurzes Gespräch, um zu sehen, ob es passt?"),
])
C("junk", "mass_template", "de", "Vorlage Variante 2 von 5 (Praxismarketing)", [
    ("t2", "2024-05-08 12:40", "Hallo Veronika, bin auf dein Profil gestoßen und echt beeindruckt, was du an der Privatklinik am Auerfeld machst! Wir helfen Ärzten, in 90 Tagen 40 % mehr Selbstzahler zu gewinnen, mit unserem erprobten System. Hast du Dienstag kurz Zeit, um zu schauen, ob es passt?"),
])
C("junk", "mass_template", "de", "Vorlage Variante 3 von 5 (Patientengewinnung)", [
    ("t3", "2024-05-13 15:20", "Guten Tag Frau Hallmeier, Ihr Profil ist mir aufgefallen und ich war beeindruckt von Ihrer Arbeit an der Privatklinik am Auerfeld. Wir unterstützen Fachkliniken dabei, innerhalb von 90 Tagen 35 % mehr Anfragen zu generieren, mit einem bewährten Prozess. Passt Ihnen Freitag für ein kurzes Telefonat?"),
])
C("junk", "mass_template", "de", "Vorlage Variante 4 von 5 (Agentur)", [
    ("t4", "2024-05-22 09:45", "Hallo Frau Dr. Hallmeier, ich bin auf Ihr Profil gestoßen und beeindruckt, was Sie in der Orthopädie leisten. Wir helfen Kliniken, in 90 Tagen 50 % mehr OP-Anfragen zu erhalten, mit einem bewährten System. Wäre Montag ein kurzes Gespräch möglich, um zu prüfen, ob es passt?"),
])
C("junk", "mass_template", "en", "Template variant 5 of 5, English copy", [
    ("t5", "2024-05-29 14:00", "Hi Dr. Hallmeier, I came across your profile and was really impressed by what you've built at Privatklinik am Auerfeld. We help clinics attract 30% more private patients in 90 days with our proven system. Would you be open to a quick call on Wednesday to see if it's a fit?"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("m1", "2024-03-04 08:00", "Hallo {{Vorname}}, Ihr Praxisbedarf zum Top-Preis: Handschuhe, Tupfer, Desinfektion, alles aus einer Hand. Für {{Praxisname}} gibt es 10 % Neukundenrabatt. Einfach antworten!"),
])
C("junk", "merge_tag_failure", "de", "Falsche Anrede (Herr) und falscher Name", [
    ("m2", "2024-06-24 10:10", "Sehr geehrter Herr Dr. Hallmann, als Inhaber einer erfolgreichen Praxis kennen Sie die Herausforderung, neue Patienten zu gewinnen. Wir haben die Lösung. Darf ich Sie anrufen?"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter [Klinikname] im Text", [
    ("m3", "2024-08-07 09:30", "Sehr geehrte Frau Dr. Hallmeier, wie ist der Hygieneplan bei [Klinikname] organisiert? Mit Hygieneplan Digital sparen Sie bis zu 5 Stunden pro Woche. Kostenlose Testphase!"),
])
C("junk", "merge_tag_failure", "de", "Falsche Klinik im Anschreiben", [
    ("m4", "2024-10-21 11:00", "Sehr geehrte Frau Dr. Hallmeier, als Chefärztin am Klinikum Ingolstadt haben Sie sicher hohe Ansprüche an OP-Textilien. Dürfen wir Ihnen unser Mietwäsche-Konzept vorstellen?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Altersvorsorge", [
    ("s1", "2024-02-12 12:00", "<p>Sehr geehrte Frau Dr. Hallmeier,</p><p>sichern Sie Ihre Altersvorsorge mit der Ärzteversorgung Plus: bis zu 4,1&nbsp;% Garantiezins. Jetzt informieren.</p>"),
], title=SPONSORED, subject="Ihre Altersvorsorge als Ärztin")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Online-Führungskurs", [
    ("s2", "2024-07-15 12:00", "<p>Hallo Veronika,</p><p>Führung im Krankenhaus neu denken: Zertifikatskurs 'Medical Leadership', 100&nbsp;% online. Jetzt 20&nbsp;% Frühbucherrabatt sichern.</p>"),
], title=SPONSORED, subject="Medical Leadership – jetzt anmelden")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Dienstwagen-Leasing", [
    ("s3", "2024-10-08 12:00", "<p>Sehr geehrte Frau Hallmeier,</p><p>Ihr neuer Dienstwagen ab 399&nbsp;€ im Monat – exklusiv für Führungskräfte. <a href=\"https://luxwagen.example/business\">Jetzt Angebot sichern</a></p>"),
], title=SPONSORED, subject="Exklusiv für Führungskräfte")
C("junk", "paid_award", "de", "Qualitätssiegel mit Lizenzgebühr", [
    ("award", "2024-04-10 10:00", "Sehr geehrte Frau Dr. Hallmeier,\n\nherzlichen Glückwunsch! Sie wurden auf Basis unserer Patientenumfrage als 'Top-Ärztin 2024 – Orthopädie' ausgezeichnet. Um das Siegel auf Ihrer Website und in Ihren Räumen zu nutzen, benötigen wir Ihre Bestätigung des Lizenzpakets (1.890 € zzgl. MwSt./Jahr).\n\nMit freundlichen Grüßen\nBettina Kron"),
])
C("junk", "paid_feature", "de", "Bezahltes Redaktionsporträt", [
    ("feature", "2024-06-05 14:00", "Sehr geehrte Frau Dr. Hallmeier, für unsere Ausgabe 'Die besten Spezialisten Süddeutschlands' möchten wir Sie porträtieren. Das redaktionelle Porträt (1 Seite inkl. Foto) kostet 2.400 € netto. Die Auflage beträgt 80.000 Exemplare. Darf ich Ihnen einen Platz reservieren?"),
])
C("junk", "paid_podcast", "de", "Podcast-Gastauftritt gegen Gebühr", [
    ("podcast", "2024-09-25 17:00", "Hi Veronika! Wir würden dich gern in 'Docs on Air' vorstellen. Unsere Experten-Folgen erreichen 15.000 Hörer. Für die Produktion berechnen wir einen Unkostenbeitrag von 590 €. Bist du dabei?"),
])
C("junk", "fluent_names_company", "de", "Flüssiges Schreiben mit Kliniknamen, aber generisch", [
    ("fluent", "2024-07-30 09:00", "Sehr geehrte Frau Dr. Hallmeier,\n\ndie Privatklinik am Auerfeld hat sich in einem anspruchsvollen Münchner Umfeld hervorragend positioniert. Gerade Häuser wie Ihres stehen vor der Herausforderung, Qualität und Wirtschaftlichkeit in Einklang zu bringen. Wir begleiten Kliniken dabei, verborgene Effizienzpotenziale zu heben, typischerweise 5 bis 10 % der Kosten.\n\nWäre es sinnvoll, hierzu einmal unverbindlich ins Gespräch zu kommen?\n\nBeste Grüße\nPhilipp Ahrens"),
])
C("junk", "generic_dictation", "de", "Generisches Diktat-Angebot, Gegenstück zum zugeschnittenen Pitch", [
    ("j_diktat", "2024-04-30 08:00", "Hallo Frau Hallmeier, Schluss mit Papierkram! DiktatDirekt wandelt Ihre Sprache in Text um, für alle Fachrichtungen. Jetzt 30 Tage kostenlos testen."),
])
C("junk", "generic_booking", "de", "Generisches Terminbuchungs-Angebot, Gegenstück", [
    ("j_termin", "2024-03-06 10:00", "Sehr geehrte Damen und Herren, reduzieren Sie No-Shows um bis zu 60 %! Bookdoc ist die Online-Terminbuchung für Praxen jeder Größe. Jetzt Demo buchen."),
])
C("junk", "generic_recruiter", "de", "Massen-Personalberaterin, Gegenstück zur passenden Chefarztstelle", [
    ("j_hh", "2024-10-28 08:30", "Hallo Veronika, ich habe spannende Positionen für Ärzte in ganz Deutschland: Chefarzt, Oberarzt, Facharzt, attraktive Vergütung! Bist du offen für Veränderung? Schick mir gern deinen Lebenslauf."),
])
C("junk", "generic_implant_supply", "en", "Generic implant distributor, counterpart of the tailored implant pitch (English)", [
    ("j_implant", "2024-11-25 06:20", "Dear Doctor, we are a leading manufacturer and exporter of orthopedic implants (plates, screws, nails, hip and knee systems) with CE certification. Competitive prices. Please share your requirement and we will send the catalogue."),
])
C("junk", "mass_event_ticket", "de", "Massen-Einladung zu einem kostenpflichtigen Online-Gipfel", [
    ("j_summit", "2024-11-11 07:15", "Liebe Veronika, du bist eingeladen! Beim Digital Health Leaders Summit treffen sich 3.000 Entscheider aus dem Gesundheitswesen. Sichere dir jetzt dein VIP-Ticket zum Early-Bird-Preis von 499 € (statt 999 €). Nur noch 48 Stunden!"),
])


def main() -> None:
    ex.write(OUT, {
        "First Name": "Veronika", "Last Name": "Hallmeier",
        "Headline": "Chefärztin Orthopädie | Knie- und Hüftendoprothetik | Robotik | Privatklinik am Auerfeld, München",
        "Summary": "Chefärztin der Orthopädie an der Privatklinik am Auerfeld. Schwerpunkte: "
                   "Knie- und Hüftendoprothetik, robotisch-assistierte Knieprothetik, Revisionen. "
                   "Leitung des EndoProthetikZentrums der Maximalversorgung.",
        "Industry": "Hospitals and Health Care", "Geo Location": "München, Bayern, Deutschland",
    }, [
        {"Company Name": "Privatklinik am Auerfeld", "Title": "Chefärztin Orthopädie",
         "Description": "Leitung der Abteilung Orthopädie, EndoProthetikZentrum der Maximalversorgung.",
         "Location": "München", "Started On": "Apr 2019", "Finished On": ""},
        {"Company Name": "Klinik Chiemgau", "Title": "Leitende Oberärztin", "Description": "",
         "Location": "Traunstein", "Started On": "Jan 2013", "Finished On": "Mar 2019"},
        {"Company Name": "Klinikum der Universität München", "Title": "Assistenzärztin / Fachärztin",
         "Description": "", "Location": "München", "Started On": "Oct 2006", "Finished On": "Dec 2012"},
    ], ["Orthopädie", "Endoprothetik", "Kniechirurgie", "Robotik", "Hüftchirurgie",
        "Klinikmanagement", "Weiterbildung"])
    print(ex.summary())


if __name__ == "__main__":
    main()

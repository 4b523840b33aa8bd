"""dev19 persona (written blind as heldout25, session 4): heldout25 persona 2: Inken Carstensen, owner of Fördepflege Carstensen GmbH, an ambulant
care service (ambulanter Pflegedienst) in Kiel with 35 staff. Mostly German, a few English
conversations; 2021 export layout, messages from late 2019 to autumn 2021.

Written blind to the unpitch code (session 4). Every message text below is written by hand.
Run: /work/main/.venv/bin/python corpus/dev19/_build/de_home_care_service_owner_kiel.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-home-care-service-owner-kiel"
OWNER = Person("me", "Inken Carstensen", "https://www.linkedin.com/in/inken-carstensen-8d20a4",
               "Fördepflege Carstensen GmbH", "Inhaberin & Geschäftsführerin")
ex = Export(SLUG, "2021", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people: genuine side
P("tochter", "Sabine Voss", "Stadtwerke Neumünster", "Sachbearbeiterin Personal", connected="2021-02-08")
P("sohn", "Jörg Petersen", "Petersen Bootsbau", "Bootsbaumeister", connected="2020-04-17")
P("kasse", "Annegret Möller", "Nordkasse Pflegeversicherung", "Fachbereich Vertragspartner Pflege", connected="2019-10-02")
P("praxis", "Melanie Rohwer", "Hausarztpraxis am Blücherplatz", "MFA / Praxismanagement", connected="2020-01-15")
P("software", "Thorsten Brandt", "CuraNord Software GmbH", "Key Account Manager", connected="2018-06-11")
P("bewerb_pfk", "Kübra Aydın", "", "Pflegefachfrau", connected="2021-05-03")
P("bewerb_azubi", "Lasse Thomsen", "", "Schüler, Gymnasium Elmschenhagen", connected="2021-03-22")
P("recruiterin", "Dörte Jacobsen", "Jacobsen Personalberatung Gesundheit", "Inhaberin", connected="2020-10-05")
P("kollegin_pd", "Frauke Lindemann", "Pflegeteam Probstei", "Geschäftsführerin", connected="2017-09-19")
P("journalistin", "Katrin Ehlers", "Förde-Kurier", "Redakteurin Lokales", connected="2021-01-11")
P("netzwerk", "Helge Wiese", "Netzwerk Pflege Kiel e.V.", "Vorstand", connected="2018-03-08")
P("dank_1", "Ute Schlüter", "Pflegedienst Lotsenhaus", "Pflegedienstleitung", connected="2021-09-16")
P("dank_2", "Marco Bendixen", "Sozialstation Kronshagen", "Einrichtungsleitung", connected="2021-09-16")
P("dank_3", "Christiane Struve", "Diakonie Pflege Rendsburg", "Qualitätsbeauftragte", connected="2021-09-17")
P("mitarbeiterin", "Janina Kock", "Fördepflege Carstensen GmbH", "Pflegefachkraft / Tourenleitung", connected="2019-04-01")
P("spam_angeh", "Renate Claussen", "", "Rentnerin")
P("hausarzt", "Dr. Malte Sievers", "Praxis Dr. Sievers & Kolleginnen", "Facharzt für Allgemeinmedizin",
  connected="2020-08-24", invite=("OUT", "2020-08-21 19:30", "Moin Herr Dr. Sievers, wir betreuen einige Ihrer Patientinnen in Gaarden. Würde mich über die Vernetzung freuen."))
P("steuer", "Hauke Detlefsen", "Detlefsen & Partner Steuerberatung", "Steuerberater", connected="2016-11-30")
P("wobau", "Stefanie Lorenzen", "Wohnungsgenossenschaft Kieler Förde eG", "Sozialmanagement",
  connected="2021-04-12", invite=("OUT", "2021-04-10 08:45", ""))
P("altkollegin", "Birgit Hansen", "Klinikum Nord-Ost", "Stationsleitung Geriatrie", connected="2014-02-20")
P("pflegeschule", "Ole Schwarten", "Pflegeschule Kiel-Wik", "Koordination Praktische Ausbildung", connected="2019-08-14")
P("lieferant", "Jens Kröger", "Nordmed Pflegebedarf", "Außendienst", connected="2018-09-03")
P("leasing", "Svenja Paulsen", "Autohaus Förde Fleet", "Flottenberatung", connected="2019-01-28")
P("trauer", "Gerd Ohlsen", "", "Rentner", connected="2020-12-14")
P("qm", "Dr. Imke Sörensen", "Sörensen QM-Beratung", "Beraterin Qualitätsmanagement Pflege", connected="2019-06-20")
P("bewerb_en", "Maricel Dizon", "", "Registered Nurse", connected="2021-07-07")
P("stuetzpunkt", "Wiebke Harms", "Pflegestützpunkt Kiel", "Pflegeberaterin", connected="2018-05-30")
P("sozialstation", "Pastor Arne Tietjen", "Ev. Sozialstation Holtenau", "Geschäftsführung", connected="2019-03-11")
P("freundin", "Maike Brodersen", "", "Lehrerin", connected="2015-07-04")
P("betreut", "Hans-Peter Wulf", "Seniorenwohnanlage Schwentinepark", "Einrichtungsleitung", connected="2021-06-01")
P("firma_hr", "Nadine Krohn", "Hafentechnik Kiel GmbH", "Leitung Personal", connected="2021-08-23")
P("verband", "Ralf Matthiesen", "Landesverband Ambulante Pflege SH", "Referent Vergütung", connected="2017-01-09")
P("physio", "Lena Carstens", "Physio am Exer", "Physiotherapeutin", connected="2020-02-02")
P("dk_kollegin", "Mette Kjærgaard", "Sønderborg Kommune Hjemmepleje", "Team Leader Home Care", connected="2021-05-18")
P("segeln", "Anke Rathje", "", "Seglerin & Freundin", connected="2016-06-22")

# ---------------------------------------------------------------- people: wanted pitches
P("springer_app", "Felix Hartmann", "Dienstfrei App", "Gründer")
P("lastenrad", "Nils Oldenburg", "Fördebike Dienstradleasing", "Vertrieb Gewerbekunden")
P("recruit_agentur", "Sarah Kühl", "PflegeTalente Nord", "Recruiting-Beraterin")
P("telefon", "Miriam Lüth", "Rufbereit Telefonservice", "Geschäftsführerin")
P("abrechnung", "Carsten Ebel", "Nordabrechnung Pflege", "Kundenberatung")
P("makler", "Volker Henningsen", "Henningsen Versicherungsmakler", "Fachmakler Gesundheitswesen")
P("ti", "Tanja Reimers", "Kieler TI-Service", "Projektleitung Telematik")
P("pdl_recruiter", "Oliver Brügge", "Brügge Executive Care", "Personalberater Pflege")
P("zahn", "Katharina Peters", "", "Dentalhygienikerin, Fortbildungen Mundpflege")
P("wallbox", "Björn Sell", "Sell Elektrotechnik", "Meister / Inhaber")
P("nurse_agency", "Ramon Villanueva", "Bridgeway Care Recruitment", "Partner Relations Germany")
P("kasacks", "Yvonne Dose", "Nordtex Berufskleidung", "Kundenberatung")

# ---------------------------------------------------------------- people: junk
P("tpl_1", "Dennis Vogt", "SocialRecruit Pro", "Geschäftsführer")
P("tpl_2", "Laura Seidel", "Pflegekraft-Magnet", "Head of Sales")
P("tpl_3", "Kevin Schulze", "Klickpersonal GmbH", "Recruiting-Experte")
P("tpl_4", "Emily Carter", "HireCare Digital", "Partnerships Manager")
P("tpl_5", "Marcel Brenner", "Bewerberflut Marketing", "Gründer")
P("merge_1", "Tim Gerber", "Digitalschmiede Süd", "Webentwicklung")
P("merge_2", "Jana Winkler", "Büroservice Winkler", "Inhaberin")
P("merge_3", "Florian Maurer", "ProZeit Solutions", "Vertrieb")
P("merge_4", "Sandra Hoffmann", "Gastro & Pflege Einkauf", "Key Account")
P("spons_1", "LinkedIn Member", url="")
P("spons_2", "LinkedIn Member", url="")
P("spons_3", "LinkedIn Member", url="")
P("award", "Dr. Roland Kessler", "Deutsches Pflege-Siegel Institut", "Leitung Auszeichnungen")
P("podcast", "Chris Baumann", "Chefsache Pflege Podcast", "Host & Produzent")
P("magazin", "Heike Kramer", "PflegeGuide Norddeutschland", "Anzeigenberatung")
P("same", "Tatjana Roth", "Seniorenhilfe Zuhause24", "Kundenberatung")
P("kapazitaet", "Patrick Neumann", "Pflegekunden-Finder", "Partnermanagement")
P("gleich", "Sven Albrecht", "Albrecht Consulting", "Unternehmer | Speaker | Coach")
P("quickcall", "Alexander Fink", "WorkflowPlus", "Account Executive")
P("ctp_1", "Michael Brandl", "Führung & Team Akademie", "Trainer für Führungskräfte",
  connected="2020-11-09", invite=("IN", "2020-11-08 21:10", "Hallo Frau Carstensen, ich vernetze mich gern mit Unternehmerinnen aus dem Norden."))
P("ctp_2", "Julia Engel", "Content Nordwind", "Social Media Managerin",
  connected="2021-03-02", invite=("IN", "2021-03-01 16:40", ""))
P("ctp_3", "Ryan Mitchell", "CareFlow Analytics", "Sales Director EMEA",
  connected="2021-08-30", invite=("IN", "2021-08-30 07:05", "Hi Inken, would love to connect!"))
P("bump_1", "Daniel Kraus", "Kraus Fördermittel", "Fördermittelberater")
P("bump_2", "Melanie Schuster", "LohnProfi", "Vertriebsleitung")
P("pv", "Stefan Wolff", "SolarDach Nord", "Energieberater")
P("krypto", "Ricardo Stein", "", "Investor | Krypto-Mentor")
P("fluent", "Lisa Marquardt", "VoiceMate KI", "Partnermanagerin")
P("recruit_generic", "Tobias Lang", "Personal Plus Deutschland", "Personalvermittler")
P("abrechnung_generic", "Andrea Schütz", "ABS Abrechnungsservice", "Vertriebsinnendienst")
P("telefon_generic", "Ronny Fischer", "Callcenter Direkt", "Vertrieb")
P("rad_generic", "Mark Scholz", "BikeFlat Leasing", "Vertriebspartner")
P("versich_generic", "Timo Becker", "Becker Finanz", "Finanzberater")
P("reviews", "Anton Berg", "Sternewerk", "Reputation Manager")
P("nurses_generic", "Sandeep Rao", "GlobalNurse Supply", "Director International")
P("website", "Philipp Engel", "Pixelwerk Agentur", "Projektleitung")
P("ghost", "Corinna Weiß", "", "LinkedIn-Ghostwriterin für CEOs")
P("energie", "Holger Kurz", "Gewerbestrom Vergleich", "Energiemakler")
P("mlm", "Nicole Hahn", "", "Teamleiterin Vital & Frei")

# ================================================================ GENUINE (35)
C("genuine", "inbound_lead_care", "de", "Tochter sucht Pflege für Vater ab Montag, fragt nach Kosten",
  [("tochter", "2021-02-08 20:14", "Guten Abend Frau Carstensen,\nmein Vater (84) wird am Montag aus dem Städtischen Krankenhaus entlassen und braucht morgens und abends Hilfe, Kompressionsstrümpfe, Tabletten. Er wohnt in der Wik. Haben Sie überhaupt noch Kapazität? Und was kostet das ungefähr, er hat Pflegegrad 2, wir haben ja keine Ahnung...\nViele Grüße, Sabine Voss"),
   ("me", "2021-02-08 21:02", "Guten Abend Frau Voss, die Wik gehört zu unserem Tourengebiet, und ab Montag bekommen wir das hin. Die Kompressionsstrümpfe und Tabletten zahlt bei ärztlicher Verordnung die Krankenkasse, die Grundpflege läuft über die Pflegesachleistung bei PG 2 (bis 689 € im Monat). Was darüber hinausgeht, rechnen wir Ihnen vorher transparent aus. Ich würde gern am Montag nachmittag zum Erstgespräch vorbeikommen – passt 15 Uhr?"),
   ("tochter", "2021-02-08 21:20", "Das wäre großartig, 15 Uhr passt. Danke für die schnelle Antwort, mir fällt ein Stein vom Herzen."),
   ("me", "2021-02-15 17:40", "Kostenvoranschlag liegt Ihrem Vater jetzt schriftlich vor. Bei Fragen jederzeit melden.")])

C("genuine", "client_family_complaint", "de", "Sohn beschwert sich über wechselnde Pflegekräfte",
  [("sohn", "2020-04-17 19:05", "Moin Frau Carstensen. Meine Mutter hatte diese Woche 5 verschiedene Leute. Sie ist dement, das bringt sie total durcheinander. Geht das nicht besser?"),
   ("me", "2020-04-17 20:10", "Moin Herr Petersen, das tut mir leid, Sie haben völlig recht. Durch Corona-Ausfälle mussten wir diese Woche viel umplanen. Ab Montag ist wieder Frau Kock fest auf der Tour Ihrer Mutter, mit max. einer Vertretung. Ich ruf Sie morgen an."),
   ("sohn", "2020-04-18 09:30", "Danke. Hab verstanden dass es grad schwierig ist. Bleiben Sie gesund"),
   ("sohn", "2021-05-20 18:00", "Nur kurz: Mutter schwärmt von Janina. Danke für alles.")])

C("genuine", "payer_pflegekasse", "de", "Pflegekasse: Rückfrage Abrechnung und Vergütungsverhandlung",
  [("kasse", "2020-09-03 10:12", "Sehr geehrte Frau Carstensen,\n\nzu Ihrer Abrechnung August haben wir bei drei Versicherten die Leistungskomplexe 3 und 4 am selben Einsatz abgerechnet gefunden. Könnten Sie das bitte prüfen? Zudem möchte ich Sie daran erinnern, dass die Unterlagen für die Vergütungsverhandlung 2021 bis 30.09. einzureichen sind.\n\nMit freundlichen Grüßen\nAnnegret Möller"),
   ("me", "2020-09-03 11:40", "Sehr geehrte Frau Möller, danke für den Hinweis. Das war ein Fehler beim Softwareupdate, wir korrigieren die drei Fälle diese Woche. Die Verhandlungsunterlagen kommen über den Landesverband fristgerecht."),
   ("kasse", "2020-09-04 08:15", "Vielen Dank, dann erwarte ich die Korrektur.")])

C("genuine", "doctor_practice", "de", "Arztpraxis: Verordnung häusliche Krankenpflege fehlt",
  [("praxis", "2021-01-19 08:25", "Guten Morgen, hier Rohwer aus der Praxis am Blücherplatz. Die VO für Herrn Schmidtke (Insulin) ist raus, aber die Seite 2 hat der Chef nicht unterschrieben, schick ich heut Mittag per Fax nochmal. Sorry!"),
   ("me", "2021-01-19 08:40", "Super, danke Frau Rohwer! Wir sind ab morgen früh bei ihm."),
   ("praxis", "2021-06-02 12:10", "Moin, kurze Info: Dr. Lange ist ab Juli in Rente, Nachfolgerin ist Frau Dr. Yilmaz, die VOs laufen normal weiter.")])

C("genuine", "vendor_price_change", "de", "bestehender Doku-Softwareanbieter kündigt Preiserhöhung an",
  [("software", "2020-10-27 14:00", "Hallo Frau Carstensen,\n\nbevor Sie das offizielle Schreiben bekommen: zum 01.01.2021 passen wir die Lizenzpreise um 6,5 % an, bei Ihnen also von 11,20 € auf 11,93 € pro mobilem Gerät/Monat. Hintergrund sind vor allem die Weiterentwicklung für die TI-Anbindung und gestiegene Hostingkosten.\n\nWenn Sie den Vertrag vor Jahresende um 24 Monate verlängern, bleiben Sie beim alten Preis. Sollen wir telefonieren?\n\nBeste Grüße\nThorsten Brandt"),
   ("me", "2020-10-27 16:22", "Moin Herr Brandt, danke für die Vorwarnung. Die 24 Monate klingen fair, wenn die TI-Anbindung bis dahin im Preis drin ist und nicht extra kostet. Können Sie mir das schriftlich geben?"),
   ("software", "2020-10-28 09:05", "Mach ich, Angebot kommt heute per Mail. TI-Modul ist enthalten."),
   ("me", "2020-11-02 10:00", "Unterschrieben zurück. Schönen Tag!")])

C("genuine", "applicant", "de", "Pflegefachkraft bewirbt sich, Gehalt und Dienstwagen",
  [("bewerb_pfk", "2021-05-04 21:33", "Hallo Frau Carstensen, ich hab gesehen dass Sie Pflegefachkräfte suchen. Ich arbeite seit 5 Jahren im Krankenhaus und will in die ambulante Pflege, weil ich den Schichtdienst nicht mehr schaffe (2 Kinder). Wie sieht es bei Ihnen mit Teilzeit aus und gibt es Dienstwagen? LG Kübra"),
   ("me", "2021-05-05 07:50", "Hallo Kübra, Teilzeit ist bei uns eher die Regel als die Ausnahme, viele Touren sind 6-11 Uhr. Dienstwagen ja, privat nutzbar nicht. Gehalt liegt bei uns für PFK bei 3.350 € brutto Vollzeit plus Zuschläge. Magst du einfach mal vorbeikommen? Wir duzen uns hier alle 😊"),
   ("bewerb_pfk", "2021-05-05 12:15", "Gerne! Donnerstag nach 14 Uhr?"),
   ("me", "2021-05-05 12:30", "Donnerstag 14:30, Elisabethstraße 40, klingeln bei Büro.")])

C("genuine", "applicant", "de", "Schüler fragt nach Ausbildungsplatz",
  [("bewerb_azubi", "2021-03-22 17:02", "Sehr geehrte Frau Carstensen, ich mache im Sommer Abitur und möchte die Ausbildung zum Pflegefachmann machen. Bilden Sie auch im ambulanten Bereich aus? Mit freundlichen Grüßen Lasse Thomsen"),
   ("me", "2021-03-22 18:15", "Hallo Lasse, ja, wir bilden zusammen mit der Pflegeschule Kiel-Wik aus, Start ist 1. Oktober. Schick deine Bewerbung gern an unsere Mailadresse auf der Website. Ein Praktikumstag vorher lohnt sich, dann weißt du wie es auf Tour ist."),
   ("bewerb_azubi", "2021-03-22 18:30", "Vielen Dank! Mache ich.")])

C("genuine", "recruiter_engaged", "de", "von ihr beauftragte Personalberaterin für PDL-Stelle, Honorar",
  [("me", "2020-10-05 11:00", "Moin Frau Jacobsen, Frau Lindemann vom Pflegeteam Probstei hat Sie empfohlen. Ich suche eine stellvertretende PDL, gern mit Erfahrung im Qualitätsmanagement. Wie arbeiten Sie und was kostet das?"),
   ("recruiterin", "2020-10-05 14:20", "Moin Frau Carstensen, schön, dass Frau Lindemann an mich gedacht hat! Ich arbeite erfolgsbasiert, Honorar 20 % des Jahresbruttos, zahlbar bei Arbeitsantritt, mit 6 Monaten Nachbesetzungsgarantie. Wollen wir nächste Woche telefonieren, damit ich das Profil genauer verstehe?"),
   ("me", "2020-10-05 15:00", "Gerne. Dienstag 10 Uhr?"),
   ("recruiterin", "2020-11-16 16:45", "Ich habe zwei Kandidatinnen, beide mit PDL-Weiterbildung. Profile gehen gleich per Mail raus. Eine davon wohnt in Preetz, das könnte gut passen."),
   ("me", "2020-11-16 17:10", "Klingt gut, ich schau heute Abend rein.")])

C("genuine", "peer_joint_offer", "de", "befreundete Pflegedienst-Chefin schlägt gemeinsames Angebot vor",
  [("kollegin_pd", "2021-04-26 19:45", "Moin Inken! Die Genossenschaft in Dietrichsdorf baut doch dieses Servicewohnen mit 40 Wohnungen. Die wollen EINEN Pflegedienst als Partner vor Ort, aber 40 Wohnungen schafft keine von uns allein mit Nachtbereitschaft. Wollen wir zusammen anbieten? Du die Tagestouren, ich die Nacht und Wochenende? Preislich müssten wir uns abstimmen, die wollen bis Ende Mai ein Konzept."),
   ("me", "2021-04-26 20:30", "Frauke, das ist genial. Ich hab mit Frau Lorenzen von der Genossenschaft eh schon gesprochen. Lass uns Donnerstag zusammensetzen, bei mir im Büro? Ich mach Kaffee und Franzbrötchen."),
   ("kollegin_pd", "2021-04-26 20:33", "Gebongt. 16 Uhr."),
   ("kollegin_pd", "2021-05-12 08:10", "Entwurf Kooperationsvertrag liegt in deinem Postfach. Schau mal auf §4 Haftung, da bin ich unsicher.")])

C("genuine", "journalist", "de", "Lokaljournalistin möchte Interview zum Personalmangel",
  [("journalistin", "2021-01-11 13:30", "Sehr geehrte Frau Carstensen, ich schreibe für den Förde-Kurier eine Serie über die Pflege in Kiel in der Pandemie. Hätten Sie Zeit für ein Gespräch und dürften wir eine Pflegekraft einen Vormittag auf Tour begleiten (natürlich mit Einverständnis der Patienten)?"),
   ("me", "2021-01-11 14:50", "Gern, Frau Ehlers. Begleitung auf Tour muss ich mit den Familien klären, das dauert ein paar Tage. Ein Gespräch geht nächste Woche Mittwoch."),
   ("journalistin", "2021-01-11 15:05", "Mittwoch 11 Uhr bei Ihnen? Danke!")])

C("genuine", "event_invite", "de", "Netzwerk Pflege Kiel lädt zum Stammtisch und Vortrag ein",
  [("netzwerk", "2021-08-09 17:20", "Moin Inken, der Netzwerk-Stammtisch ist wieder in Präsenz, am 14.9. im Ratskeller. Hättest du Lust, beim Pflegeforum im September was über eure E-Bike-Touren zu erzählen? 20 Minuten, die Leute fragen ständig danach."),
   ("me", "2021-08-09 18:00", "Moin Helge, beides gern! Stammtisch bin ich dabei, Vortrag mach ich."),
   ("netzwerk", "2021-08-10 09:00", "Top, ich trag dich ins Programm ein.")])

C("genuine", "thanks_congrats", "de", "Danke nach ihrem Vortrag beim Pflegeforum (1 von 3)",
  [("dank_1", "2021-09-16 19:10", "Liebe Frau Carstensen, vielen Dank für Ihren Vortrag heute beim Pflegeforum! Die Idee mit den E-Bikes für die Innenstadttouren nehmen wir mit.")])
C("genuine", "thanks_congrats", "de", "Danke nach ihrem Vortrag beim Pflegeforum (2 von 3)",
  [("dank_2", "2021-09-16 21:45", "Moin Frau Carstensen, danke für den tollen Vortrag heute beim Pflegeforum! Die E-Bike-Idee für die Stadttouren nehmen wir auf jeden Fall mit nach Kronshagen."),
   ("me", "2021-09-17 07:30", "Moin Herr Bendixen, sehr gern! Wenn Sie mal eine Probefahrt wollen, kommen Sie vorbei.")])
C("genuine", "thanks_congrats", "de", "Danke nach ihrem Vortrag beim Pflegeforum (3 von 3)",
  [("dank_3", "2021-09-17 08:05", "Guten Morgen, danke nochmal für den Vortrag gestern beim Pflegeforum, war einer der besten Beiträge des Tages. Die Folien würde ich gern bei uns im QM-Zirkel zeigen, wenn das ok ist?"),
   ("me", "2021-09-17 09:15", "Ja klar, schicke ich Ihnen per Mail.")])

C("genuine", "colleague", "de", "Mitarbeiterin: Tourentausch und Urlaub",
  [("mitarbeiterin", "2021-06-28 06:12", "Moin Chefin, Tour 3 ist heute wieder doppelt belegt im Plan, Jonas und ich. Wer fährt? Und kann ich die erste Augustwoche Urlaub haben, Kita hat zu 🙈"),
   ("me", "2021-06-28 06:20", "Moin Janina, du fährst 3, Jonas übernimmt 5 für Anke. Urlaub passt, trag ihn ein."),
   ("mitarbeiterin", "2021-06-28 06:21", "👍 danke!")])

C("genuine", "inbound_lead_spam_folder", "de", "Rentnerin fragt nach Pflege für Ehemann – landete im SPAM-Ordner",
  [("spam_angeh", "2021-07-19 10:48", "Sehr geehrte Damen und Herren, mein Mann hatte einen Schlaganfall und kommt nächste Woche aus der Reha nach Hause, Kiel Elmschenhagen. Wir brauchen Hilfe beim Waschen und Anziehen, vielleicht 2 mal am Tag. Meine Nachbarin sagt Sie sind gut. Ich kenne mich mit diesem Linkedin nicht aus, meine Enkelin hat mir geholfen. Bitte rufen Sie mich an, Telefonnummer steht im Profil. Mit freundlichen Grüßen Renate Claussen")],
  folder="SPAM")

C("genuine", "owner_started_cooperation", "de", "Inhaberin schreibt Hausarzt wegen Kooperation Wundversorgung",
  [("me", "2020-08-24 19:15", "Guten Abend Herr Dr. Sievers, danke fürs Vernetzen. Wir haben seit Kurzem zwei Wundexpertinnen im Team. Hätten Sie Interesse an einer festen Absprache für Ihre Patienten mit chronischen Wunden – Fotodokumentation, kurzer Draht, gemeinsame Visite alle 2 Wochen?"),
   ("hausarzt", "2020-08-26 21:02", "Moin Frau Carstensen, ja, das würde uns helfen, gerade bei den Ulcus-Patienten in Gaarden. Kommen Sie doch mal in der Mittagspause vorbei, Mittwochs ab 13 Uhr."),
   ("me", "2020-08-27 07:40", "Mache ich, nächsten Mittwoch.")])

C("genuine", "owner_started_advisor", "de", "Inhaberin fragt Steuerberater zu Jahresabschluss und Corona-Bonus",
  [("me", "2020-07-06 18:30", "Moin Hauke, kurze Frage: der Corona-Pflegebonus, den die Kasse erstattet – muss ich den in der Lohnabrechnung irgendwie besonders kennzeichnen? Unsere Lohnbuchhalterin ist unsicher."),
   ("steuer", "2020-07-06 20:10", "Moin Inken, ja, steuer- und sv-frei bis 1.500 €, eigene Lohnart. Ich schick Helga morgen die Details. Und denk an den Termin für den Jahresabschluss, 20.8.!"),
   ("me", "2020-07-06 20:15", "Danke dir! 20.8. steht.")])

C("genuine", "owner_started_project", "de", "Inhaberin schreibt Wohnungsgenossenschaft wegen Quartierspflege",
  [("me", "2021-04-12 09:10", "Sehr geehrte Frau Lorenzen, danke für die Annahme meiner Anfrage. Ich habe vom geplanten Servicewohnen in Dietrichsdorf gelesen. Wir sind ein Pflegedienst mit 35 Mitarbeitenden in Kiel-Ost und würden uns gern als Partner vorstellen. Hätten Sie Zeit für ein Gespräch?"),
   ("wobau", "2021-04-13 15:30", "Sehr geehrte Frau Carstensen, das freut mich. Wir werden eine Interessenbekundung ausschreiben, Frist 31. Mai. Ich nehme Sie in den Verteiler. Gern können wir vorab telefonieren."),
   ("me", "2021-04-13 16:00", "Vielen Dank, ich melde mich Anfang Mai.")])

C("genuine", "long_standing", "de", "ehemalige Kollegin aus der Klinik, Kontakt seit Jahren",
  [("altkollegin", "2014-02-21 22:10", "Inken!!! Endlich auch hier. Wie ist die Selbständigkeit?"),
   ("me", "2014-02-22 09:00", "Anstrengend und großartig 😅 Wir sind jetzt 8 Leute. Du fehlst mir auf der Geriatrie!"),
   ("altkollegin", "2018-12-20 20:00", "Frohe Weihnachten du Unternehmerin. 25 Leute jetzt? Wahnsinn"),
   ("altkollegin", "2021-03-30 21:15", "Hast du schon deine zweite Impfung? Bei uns läuft's endlich. Wollen wir im Sommer wieder an die Förde, Eis in Laboe?"),
   ("me", "2021-03-31 07:10", "Erste ja, zweite im April. Laboe unbedingt! Juli?")])

C("genuine", "training_partner", "de", "Pflegeschule fragt nach Ausbildungsplätzen und Praxisanleitung",
  [("pflegeschule", "2021-02-15 11:20", "Moin Frau Carstensen, für den Kurs im Oktober haben wir mehr Bewerber als Plätze bei den ambulanten Trägern. Könnten Sie 2 statt 1 Auszubildenden nehmen? Ihre Praxisanleiterin müsste dann die Stunden aufstocken, wir können Sie bei der Refinanzierung über den Ausbildungsfonds unterstützen."),
   ("me", "2021-02-15 13:00", "Moin Herr Schwarten, zwei gehen, wenn die Refinanzierung für die Anleitungsstunden klappt. Schicken Sie mir die Unterlagen?")])

C("genuine", "vendor_price_change", "de", "bestehender Lieferant: Handschuhpreise steigen stark",
  [("lieferant", "2020-05-14 16:30", "Hallo Frau Carstensen, leider schlechte Nachrichten: Nitrilhandschuhe steigen ab nächster Lieferung von 4,90 auf 11,80 € pro 100er-Box, Schutzkittel ebenfalls deutlich. Ich kann Ihnen 40 Kartons zum alten Preis reservieren, wenn Sie bis Freitag bestellen. Mehr gibt mein Lager nicht her."),
   ("me", "2020-05-14 17:05", "Oh je. Nehmen Sie die 40 Kartons bitte. Und können Sie mich informieren, sobald es wieder runtergeht?"),
   ("lieferant", "2020-05-14 17:20", "Mach ich. Bestellung ist drin.")])

C("genuine", "vendor_quote_requested", "de", "Autohaus: Angebot Leasingverlängerung Dienstwagen auf ihre Anfrage",
  [("me", "2021-06-07 10:00", "Hallo Frau Paulsen, unsere 6 Kleinwagen laufen im Oktober aus dem Leasing. Können Sie mir ein Angebot für die Verlängerung machen, gern auch mit 2 E-Autos zum Vergleich?"),
   ("leasing", "2021-06-09 14:40", "Hallo Frau Carstensen, gern! Angebot hängt an der Mail: Verlängerung 12 Monate zu 189 € netto/Fahrzeug, oder neue Verträge 36 Monate. Die E-Variante kommt mit Umweltbonus auf 159 €, Lieferzeit allerdings 7 Monate. Sollen wir uns zusammensetzen?"),
   ("me", "2021-06-09 15:10", "Ja, nächste Woche. 7 Monate ist zu lang, aber lassen Sie uns über 2 E-Autos ab Frühjahr reden.")])

C("genuine", "thanks_family", "de", "Witwer bedankt sich nach Tod der Ehefrau",
  [("trauer", "2020-12-14 11:00", "Liebe Frau Carstensen, ich wollte mich auf diesem Wege bei Ihnen und Ihrem Team bedanken. Die letzten Wochen mit meiner Frau zu Hause waren nur möglich, weil Sie jeden Tag da waren. Besonders Schwester Janina. Das vergesse ich nicht. Ihr Gerd Ohlsen"),
   ("me", "2020-12-14 12:30", "Lieber Herr Ohlsen, vielen Dank für Ihre Worte, ich gebe sie an das Team weiter. Unser herzliches Beileid. Wenn Sie etwas brauchen, rufen Sie an.")])

C("genuine", "advisor_existing", "de", "QM-Beraterin bereitet Qualitätsprüfung vor",
  [("qm", "2021-03-08 09:00", "Guten Morgen Frau Carstensen, der MD hat sich bei Ihnen ja für die Regelprüfung angekündigt, richtig? Dann sollten wir die Pflegeplanung nach SIS bei 5 Stichproben vorher gemeinsam durchgehen. Mein Tagessatz ist wie besprochen, 2 Tage sollten reichen."),
   ("me", "2021-03-08 10:15", "Ja, Ende April. Passt der 12. und 13. April?"),
   ("qm", "2021-03-08 10:30", "Eingetragen.")])

C("genuine", "applicant", "en", "international nurse asks about recognition and a job (English)",
  [("bewerb_en", "2021-07-08 03:20", "Good day Mrs. Carstensen! I am a registered nurse from Iloilo, Philippines with 6 years experience in a geriatric ward. I am learning German (B1 now, B2 exam in December). I saw that your company is hiring nurses. Is it possible to work with you while my recognition in Schleswig-Holstein is processing? Thank you very much and God bless."),
   ("me", "2021-07-08 08:45", "Dear Maricel, thank you for writing! Yes, that is possible: during the recognition process you could work with us as a care assistant and do the adaptation course alongside. Once you have your B2 certificate, please send me your documents and we can start the application together."),
   ("bewerb_en", "2021-07-08 09:10", "Thank you so much Ma'am! I will study hard 😊")])

C("genuine", "referral", "de", "Pflegestützpunkt vermittelt eine Familie",
  [("stuetzpunkt", "2021-05-25 14:00", "Hallo Inken, ich hab hier eine Familie aus Neumühlen-Dietrichsdorf, Mutter PG 3, die suchen dringend einen Dienst. Alle anderen im Bereich haben abgesagt. Habt ihr noch was frei? Dann geb ich deine Nummer weiter."),
   ("me", "2021-05-25 14:30", "Hi Wiebke, für Dietrichsdorf morgens ja, abends wird's eng. Gib gern die Nummer weiter, ich kläre das direkt.")])

C("genuine", "peer_cooperation", "de", "Sozialstation: Vertretung über Weihnachten",
  [("sozialstation", "2020-12-01 10:30", "Liebe Frau Carstensen, wie in den letzten Jahren die Frage: können wir uns über die Feiertage wieder bei den Rufbereitschaften abwechseln? Wir hätten gern 24.-26., Sie dann 31.-1.?"),
   ("me", "2020-12-01 11:00", "Lieber Herr Tietjen, machen wir so. Wie immer – danke für die gute Nachbarschaft!")])

C("genuine", "friend", "de", "Freundin gratuliert zu 10 Jahren Pflegedienst",
  [("freundin", "2021-10-01 07:15", "10 Jahre Fördepflege!!! 🥳🥂 Ich weiß noch wie du mit drei Leuten und dem alten Polo angefangen hast. Bin so stolz auf dich!"),
   ("me", "2021-10-01 08:00", "Oh Maike 🥹 danke! Der Polo hat übrigens erst letztes Jahr aufgegeben."),
   ("freundin", "2021-10-01 08:05", "Haha RIP Polo. Feiern wir am Samstag?")])

C("genuine", "inbound_lead_contract", "de", "Seniorenwohnanlage möchte Angebot für 12 Bewohner",
  [("betreut", "2021-06-02 10:00", "Sehr geehrte Frau Carstensen,\n\nin unserer Seniorenwohnanlage am Schwentinepark wohnen derzeit 12 Mieter mit Pflegegrad, die von drei verschiedenen Diensten versorgt werden. Das ist organisatorisch schwierig. Wir würden gern einen festen Partner haben. Könnten Sie uns ein Angebot machen, inkl. Präsenzzeit im Haus (z.B. 2 Stunden täglich)?\n\nMit freundlichen Grüßen\nHans-Peter Wulf"),
   ("me", "2021-06-02 12:45", "Sehr geehrter Herr Wulf, sehr gerne. Die Pflegeleistungen rechnen wir mit den Kassen der Bewohner ab, die Präsenzzeit müssten wir Ihnen als Pauschale anbieten. Darf ich die Anlage nächste Woche besichtigen?"),
   ("betreut", "2021-06-02 14:00", "Dienstag 9 Uhr?"),
   ("me", "2021-06-15 16:30", "Das Angebot ist heute per Post und Mail an Sie rausgegangen. Die Präsenzpauschale liegt bei 1.850 € monatlich.")])

C("genuine", "inbound_lead_b2b", "de", "Personalleiterin fragt Pflegeberatung für Mitarbeitende an",
  [("firma_hr", "2021-08-24 13:10", "Hallo Frau Carstensen, wir haben einige Mitarbeitende, die nebenbei Angehörige pflegen und ziemlich am Limit sind. Bieten Sie so etwas wie eine Pflegeberatung oder Sprechstunde im Betrieb an? Was würde das kosten? Beste Grüße, Nadine Krohn"),
   ("me", "2021-08-24 15:00", "Hallo Frau Krohn, ja, das machen wir für zwei Betriebe in Kiel: einmal im Monat 3 Stunden Sprechstunde vor Ort plus Telefonberatung. Pauschal 390 € pro Termin. Sollen wir das mal am Telefon durchsprechen?"),
   ("firma_hr", "2021-08-24 15:20", "Ja gern, Donnerstag ab 10?")])

C("genuine", "association", "de", "Landesverband informiert über Vergütungsverhandlung",
  [("verband", "2021-04-20 16:00", "Liebe Frau Carstensen, kurzes Update: die Kassen haben für die Wegepauschale 3,5 % angeboten, wir halten an 5,2 fest. Nächste Runde am 6.5. Wäre gut, wenn Sie uns Ihre Fahrzeiten aus dem letzten Quartal als Beispiel geben könnten."),
   ("me", "2021-04-20 17:10", "Hallo Herr Matthiesen, schicke ich bis Freitag. Unsere Durchschnittsfahrt Innenstadt liegt mittlerweile bei 14 Minuten, das sollte reichen als Argument.")])

C("genuine", "colleague_external", "de", "Physiotherapeutin: Patientenübergabe und Plausch",
  [("physio", "2021-02-10 12:20", "Hey Inken, Frau Kuhlmann aus der Hasseldieksdammer hat ab nächster Woche wieder Physio bei mir, 2x die Woche. Könnt ihr sie dienstags schon um 8 fertig haben? Und sag mal, Schnee in Kiel, wann gab's das zuletzt 😄"),
   ("me", "2021-02-10 12:40", "Klar, ich sag Tour 2 Bescheid. Und ja, die E-Bikes stehen heute alle im Keller, Schietwetter deluxe ❄️")])

C("genuine", "peer_exchange", "en", "Danish home-care team lead plans study visit (English)",
  [("dk_kollegin", "2021-05-19 09:30", "Hi Inken, it was lovely to meet you at the online cross-border conference. As mentioned, our team in Sønderborg would love to visit you in Kiel in September and see how you plan your routes with the e-bikes. Maybe 4 people for a day? We would of course invite you back."),
   ("me", "2021-05-19 10:20", "Hi Mette, yes, very welcome! September works. Let's find a date when the Kieler Woche crowds are gone 😄"),
   ("dk_kollegin", "2021-05-19 10:40", "Perfect. I'll send some dates.")])

C("genuine", "friend", "de", "Segelfreundin, Kieler Woche und Smalltalk",
  [("segeln", "2021-06-10 21:00", "Moin moin! Kieler Woche findet dieses Jahr im September statt, hast du gehört? Segeln wir mit? Der Skipper sucht noch Leute für die Donnerstagsregatta"),
   ("me", "2021-06-10 21:30", "Moin Anke, wenn ich nicht Rufbereitschaft hab, ja! Schick mir das Datum."),
   ("segeln", "2021-06-10 21:31", "⛵️ 9.9.!")])

# ================================================================ WANTED PITCHES (12)
C("wanted_pitch", "tailored_software_post", "de", "Springer-App bezieht sich auf ihren Post zum Dienstplan-Chaos",
  [("springer_app", "2021-01-26 09:15", "Hallo Frau Carstensen,\n\nIhr Post von letzter Woche – 'Dienstplan um 5:40 Uhr zum dritten Mal umgeschrieben, weil zwei Krankmeldungen per WhatsApp kamen' – hat bei mir ziemlich nachgehallt. Genau dafür haben wir Dienstfrei gebaut: Ihre Teilzeitkräfte sagen vorher, an welchen Tagen sie einspringen könnten, und bei einer Krankmeldung geht die Tour automatisch als Angebot an die passenden Leute raus. Erster Zusage gewinnt, Plan aktualisiert sich.\n\nWir haben eine Schnittstelle zu CuraNord, das Sie nutzen (steht in Ihrer Stellenanzeige). Drei Monate kostenlos testen, danach 2 € pro Mitarbeitendem. Darf ich es Ihnen 20 Minuten zeigen?\n\nFelix Hartmann"),
   ("me", "2021-01-26 12:00", "Moin Herr Hartmann, der Post war wohl ein Hilferuf 😅 Zeigen Sie mal. Donnerstag 14 Uhr?"),
   ("springer_app", "2021-01-26 12:10", "Donnerstag 14 Uhr passt, Link kommt per Mail.")])

C("wanted_pitch", "tailored_supplier_talk", "de", "Dienstrad-Leasing hat ihren Vortrag gehört, Pflegekoffer-Halterung",
  [("lastenrad", "2021-09-20 10:30", "Moin Frau Carstensen, ich saß beim Pflegeforum in der dritten Reihe. Sie erwähnten, dass Ihre 4 E-Bikes aus Privatkauf sind und bei Platten die Tour steht. Wir leasen Diensträder für Pflegedienste inkl. Wartung und Ersatzrad binnen 4 Stunden in Kiel, und wir haben eine abschließbare Halterung für den Pflegekoffer, die wir mit einem Dienst in Lübeck entwickelt haben. Bei 10 Rädern wären Sie bei ca. 54 € pro Rad/Monat inkl. Versicherung. Wenn es interessiert, bringe ich ein Rad zum Probefahren vorbei."),
   ("me", "2021-09-20 13:45", "Moin Herr Oldenburg, das mit dem Ersatzrad ist genau unser Problem. Bringen Sie gern eins mit, Mittwoch ab 12 Uhr sind die Frühtouren durch.")])

C("wanted_pitch", "tailored_agency_site", "de", "Recruiting-Agentur hat ihre Karriereseite getestet",
  [("recruit_agentur", "2021-03-15 11:00", "Hallo Frau Carstensen,\n\nich habe mir Ihre Karriereseite auf dem Handy angeschaut: Das Bewerbungsformular verlangt einen Lebenslauf als PDF-Upload, und auf dem iPhone bricht es nach dem Hochladen ab. Pflegekräfte bewerben sich fast nur mobil, oft in der Pause. Das kostet Sie wahrscheinlich mehr Bewerbungen als jede fehlende Anzeige.\n\nWir bauen für Pflegedienste Kurzbewerbungen ohne Lebenslauf (5 Fragen, 60 Sekunden) und schalten gezielte Anzeigen im Umkreis von 20 km um Kiel. Zwei Pflegedienste in Neumünster arbeiten mit uns. Festpreis 2.900 € für Einrichtung und 3 Monate Kampagne. Soll ich Ihnen Screenshots vom Fehler schicken?\n\nSarah Kühl"),
   ("me", "2021-03-15 14:20", "Ach du Schreck, das wusste ich nicht. Ja, bitte schicken."),
   ("recruit_agentur", "2021-03-15 14:35", "Sind unterwegs an Ihre Info-Adresse.")])

C("wanted_pitch", "tailored_service_problem", "de", "Telefonservice nennt ihre Google-Bewertungen zur Erreichbarkeit",
  [("telefon", "2021-05-31 09:40", "Guten Morgen Frau Carstensen, in Ihren Google-Bewertungen steht dreimal in den letzten Monaten sinngemäß 'nie jemand erreichbar, nur Anrufbeantworter' – und zweimal davon von Angehörigen, die einen Dienst gesucht haben. Bei 35 Leuten auf Tour ist das ja kein Wunder.\n\nUnser Telefonservice arbeitet nur für Pflegedienste, die Kolleginnen am Telefon sind selbst ehemalige Pflegekräfte: Neuanfragen werden mit einem Aufnahmebogen erfasst, Notfälle gehen sofort an Ihre Rufbereitschaft. Ab 149 € im Monat. Interesse an einer Testwoche?"),
   ("me", "2021-05-31 10:30", "Das sitzt. Testwoche gern, aber erst ab Juni, wenn die neue Bürokraft eingearbeitet ist.")])

C("wanted_pitch", "tailored_service_mutual_contact", "de", "Abrechnungsdienstleister über Frauke Lindemann",
  [("abrechnung", "2021-07-12 15:00", "Hallo Frau Carstensen, Frauke Lindemann vom Pflegeteam Probstei meinte, ich solle mich mal bei Ihnen melden – Sie hätten seit dem Softwareupdate wiederholt Rückfragen der Kassen zu doppelt abgerechneten Leistungskomplexen gehabt. Wir übernehmen für Frau Lindemann seit zwei Jahren die Abrechnung inkl. Prüfung vor Versand, Gebühr 2,4 % vom Abrechnungsvolumen. Wenn es hilft, schaue ich mir unverbindlich eine Monatsabrechnung an.")])

C("wanted_pitch", "tailored_broker_register", "de", "Versicherungsmakler hat Handelsregistereintrag der GmbH-Umwandlung gesehen",
  [("makler", "2019-11-25 08:30", "Sehr geehrte Frau Carstensen,\n\nim Handelsregister habe ich gesehen, dass Ihr Pflegedienst seit dem 1.11. als Fördepflege Carstensen GmbH eingetragen ist. Bitte prüfen Sie, ob Ihre Betriebs- und Berufshaftpflicht noch auf Sie als Einzelunternehmerin läuft – viele Versicherer passen den Versicherungsnehmer nicht automatisch an, und im Schadensfall wird das unangenehm. Auch die Schlüsselversicherung für die Patientenwohnungen ist häufig nicht enthalten.\n\nIch bin spezialisiert auf ambulante Pflege und mache Ihnen gern kostenfrei einen Abgleich.\n\nVolker Henningsen"),
   ("me", "2019-11-25 11:00", "Guter Punkt, das habe ich tatsächlich nicht geprüft. Schicken Sie mir bitte Ihre Unterlagenliste.")])

C("wanted_pitch", "tailored_vendor_setup", "de", "TI-Dienstleister kennt ihre Softwareumgebung",
  [("ti", "2021-06-21 14:15", "Hallo Frau Carstensen,\n\nSie arbeiten mit CuraNord und haben laut Ihrer Website 12 Tablets auf Tour. Für die TI-Anbindung der Pflege brauchen Sie einen Konnektor, den SMC-B-Ausweis und ein KIM-Postfach – CuraNord liefert das Modul, aber nicht die Installation vor Ort. Wir machen genau das für CuraNord-Kunden in SH, inkl. Antrag der Förderpauschale, damit die Kosten größtenteils erstattet werden. Soll ich Ihnen die Checkliste schicken?\n\nTanja Reimers, Kieler TI-Service"),
   ("me", "2021-06-21 15:00", "Ja bitte, und wie lange dauert die Installation?"),
   ("ti", "2021-06-21 15:20", "Ein halber Tag, wenn der Ausweis da ist. Checkliste kommt gleich.")])

C("wanted_pitch", "tailored_recruiter", "de", "Personalberater hat eine passende PDL-Kandidatin",
  [("pdl_recruiter", "2021-02-22 10:00", "Guten Tag Frau Carstensen, Ihre Stellenanzeige für die stellvertretende PDL läuft jetzt seit vier Monaten. Ich habe eine Kandidatin aus Eckernförde, derzeit PDL in einem kleinen Dienst, der im Sommer von einer Kette übernommen wird – sie möchte weg, bevor das passiert. Weiterbildung nach §71 SGB XI, QM-Erfahrung mit zwei MD-Prüfungen. Wenn die Stelle noch offen ist, stelle ich gern den Kontakt her, Honorar 18 %."),
   ("me", "2021-02-22 11:30", "Die Stelle ist offen, meine bisherige Beraterin hat leider nicht geliefert. Schicken Sie mir das anonymisierte Profil.")])

C("wanted_pitch", "tailored_trainer_post", "de", "Dentalhygienikerin zu ihrem Kommentar über Mundpflege",
  [("zahn", "2021-04-06 18:00", "Hallo Frau Carstensen, in der Gruppe 'Ambulante Pflege Nord' haben Sie kommentiert, dass Ihr Team beim Expertenstandard Mundgesundheit unsicher ist, vor allem bei Prothesen und Menschen mit Demenz. Ich bin Dentalhygienikerin und mache dazu Inhouse-Schulungen, 3 Stunden, sehr praktisch mit Übungsmodellen, zählt als Pflichtfortbildung. Für bis zu 15 Teilnehmende 480 €. Ich komme aus Rendsburg, also nicht weit."),
   ("me", "2021-04-06 19:20", "Wie schön, dass das jemand gelesen hat! Zwei Termine bräuchten wir, damit alle drankommen. Schicken Sie mir Ihre freien Termine im Mai?")])

C("wanted_pitch", "tailored_installer_post", "de", "Elektriker zu ihrem Post über E-Autos im Fuhrpark",
  [("wallbox", "2021-06-30 07:50", "Moin Frau Carstensen, Sie hatten gepostet, dass Sie 2 E-Autos für den Fuhrpark planen, aber am Büro in der Elisabethstraße nur Laternenparken ist. Ich hab mir den Hof angeschaut, als ich eh in der Gegend war – auf dem hinteren Stellplatz kann man vom Hausanschluss aus zwei Wallboxen setzen, das Land SH fördert gewerbliche Ladepunkte gerade mit bis zu 50 %. Für beide würde ich bei ca. 3.400 € netto vor Förderung landen. Gern komme ich mal vorbei."),
   ("me", "2021-06-30 09:05", "Moin Herr Sell, der Hof gehört der Hausverwaltung, aber das kläre ich gern. Kommen Sie nächste Woche vorbei?")])

C("wanted_pitch", "tailored_recruiter", "en", "ethical nurse recruitment agency read her career page (English)",
  [("nurse_agency", "2021-08-16 08:00", "Dear Ms Carstensen,\n\nYour careers page says you are looking for four registered nurses and that you already support international applicants with recognition in Schleswig-Holstein. We place Filipino nurses with German B2 exclusively in ambulant care, and we handle the recognition file with the Landesamt in Kiel, including the adaptation course. We do not charge the nurses any fees, in line with WHO code rules; the employer fee is EUR 6,500 per placement, refunded pro rata if the nurse leaves in the first year.\n\nWe currently have two nurses with home-care experience who want to live near the sea. May I send their anonymised profiles?\n\nRamon Villanueva")])

C("wanted_pitch", "tailored_supplier_press", "de", "Berufskleidung: hat das Teamfoto im Förde-Kurier gesehen",
  [("kasacks", "2021-02-03 12:00", "Hallo Frau Carstensen, auf dem Teamfoto im Förde-Kurier-Artikel über Ihren Pflegedienst trägt jede Kollegin ein anderes Kasack, und ein Logo sieht man nicht. Wir statten mehrere Pflegedienste in SH aus: waschbar bei 95°, mit eingesticktem Logo, und wir führen eine Größenkartei pro Mitarbeitende, sodass neue Kolleginnen innerhalb einer Woche ausgestattet sind. Bei 35 Personen à 3 Teilen läge das bei etwa 2.800 €. Wenn Sie mögen, schicke ich ein Musterset in Ihrer Logofarbe.")])

# ================================================================ JUNK (38)
# same template, five senders (one in English)
C("junk", "mass_template", "de", "Social-Recruiting-Vorlage (1 von 5)",
  [("tpl_1", "2020-09-15 06:10", "Hallo Frau Carstensen,\n\nich bin auf Ihren Pflegedienst aufmerksam geworden und finde Ihre Arbeit wirklich wichtig. Wir helfen Pflegediensten, innerhalb von 90 Tagen mindestens 10 qualifizierte Pflegefachkräfte über Social Media zu gewinnen – ohne teure Stellenanzeigen.\n\nHätten Sie Interesse an einem kurzen Austausch?\n\nViele Grüße\nDennis Vogt")])
C("junk", "mass_template", "de", "Social-Recruiting-Vorlage (2 von 5)",
  [("tpl_2", "2020-11-24 07:05", "Hallo Frau Carstensen,\n\nich bin auf Ihren Pflegedienst aufmerksam geworden und finde Ihre Arbeit unglaublich wichtig! Wir helfen Pflegediensten dabei, in nur 90 Tagen mindestens 10 qualifizierte Pflegekräfte über Social Media zu gewinnen – ganz ohne teure Stellenanzeigen.\n\nWären Sie offen für einen kurzen Austausch?\n\nBeste Grüße\nLaura")])
C("junk", "mass_template", "de", "Social-Recruiting-Vorlage (3 von 5)",
  [("tpl_3", "2021-02-09 05:55", "Guten Tag Frau Carstensen, bin auf Ihr Unternehmen aufmerksam geworden und finde Ihre Arbeit sehr wichtig. Wir unterstützen Pflegedienste, in 90 Tagen 10+ Fachkräfte über Social Media zu gewinnen, ohne teure Anzeigen. Kurzer Austausch diese Woche?")])
C("junk", "mass_template", "en", "social-recruiting template in English (4 of 5)",
  [("tpl_4", "2021-05-11 06:30", "Hi Inken,\n\nI came across your care service and I think the work you do is so important. We help home care providers hire at least 10 qualified nurses in 90 days through social media - no expensive job ads.\n\nWould you be open to a quick chat?\n\nBest,\nEmily")])
C("junk", "mass_template", "de", "Social-Recruiting-Vorlage (5 von 5) mit Nachfassen",
  [("tpl_5", "2021-08-03 06:45", "Hallo Frau Carstensen, ich bin auf Ihren Pflegedienst aufmerksam geworden und finde Ihre Arbeit wirklich wichtig. Wir helfen Pflegediensten, in 90 Tagen mindestens 10 qualifizierte Fachkräfte über Social Media zu gewinnen – ohne teure Stellenanzeigen. Interesse an einem kurzen Austausch?"),
   ("tpl_5", "2021-08-10 06:40", "Hallo Frau Carstensen, ich wollte meine Nachricht nochmal nach oben holen 🙂")])

# merge-tag failures
C("junk", "merge_tag_fail", "de", "Webdesign mit {{Vorname}}",
  [("merge_1", "2020-06-16 04:20", "Hallo {{Vorname}},\n\nIhre Website ist nicht mehr zeitgemäß und kostet Sie Kunden. Wir erstellen moderne Websites ab 999 € – in nur 14 Tagen online. Darf ich Ihnen ein unverbindliches Angebot senden?")])
C("junk", "merge_tag_fail", "de", "Büroservice mit [Firma]",
  [("merge_2", "2020-10-13 08:00", "Guten Tag Frau Carstensen, als Geschäftsführerin von [Firma] haben Sie sicher wenig Zeit für Büroarbeit. Unser virtueller Büroservice übernimmt Ablage, Termine und Korrespondenz ab 19 € pro Stunde. Sollen wir telefonieren?")])
C("junk", "merge_tag_fail", "de", "Zeiterfassung an 'Herrn Carstensen' und falsche Branche",
  [("merge_3", "2021-01-05 07:30", "Sehr geehrter Herr Carstensen,\n\nals Inhaber eines Handwerksbetriebs kennen Sie das Problem: Stundenzettel gehen verloren, Baustellenzeiten stimmen nicht. ProZeit erfasst Arbeitszeiten per App direkt auf der Baustelle. Gern zeige ich Ihnen in 15 Minuten, wie das funktioniert.")])
C("junk", "merge_tag_fail", "de", "Einkaufsgemeinschaft mit falschem Firmennamen",
  [("merge_4", "2021-04-27 09:10", "Liebe Frau Carstensen, wir freuen uns, dass das Pflegeteam Nordlicht unserer Einkaufsgemeinschaft beitreten möchte! Hier nochmal alle Vorteile: bis zu 30 % Rabatt auf Hygieneartikel, Lebensmittel und Reinigungsmittel. Die Mitgliedschaft kostet 49 € im Monat.")])

# sponsored InMail
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Fernstudium Pflegemanagement",
  [("spons_1", "2020-03-10 12:00", "<p>Hallo Inken,</p><p>Karriere in der Pflege? Mit unserem berufsbegleitenden Fernstudium <b>Pflegemanagement (B.A.)</b> zur Führungskraft – 4 Wochen kostenlos testen.</p><p>Jetzt Infomaterial anfordern &amp; Stipendium sichern!</p>")],
  title="Sponsored Conversation", subject="Pflegemanagement studieren")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Geschäftskonto",
  [("spons_2", "2020-11-03 12:00", "<p>Inken, Ihr Geschäftskonto für 0 € im Monat.</p><p>Eröffnen Sie in 10 Minuten online &amp; erhalten Sie 50 € Startguthaben.</p>")],
  title="Sponsored Conversation", subject="0 € Geschäftskonto")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: leadership webinar (English)",
  [("spons_3", "2021-06-15 12:00", "<p>Hi Inken,</p><p>Join 5,000 leaders at our free virtual summit <b>The Future of Work 2021</b>. Speakers from Fortune 500 companies &amp; top universities.</p><p>Save your seat today.</p>")],
  title="Sponsored Conversation", subject="Free virtual summit")

# paid award / podcast / magazine
C("junk", "paid_award", "de", "Pflegesiegel gegen Gebühr",
  [("award", "2021-03-29 09:00", "Sehr geehrte Frau Carstensen,\n\nherzlichen Glückwunsch! Ihr Pflegedienst wurde auf Grundlage öffentlich zugänglicher Bewertungen als 'TOP Pflegedienst 2021' ausgewählt. Mit dem Siegel zeigen Sie Patienten und Bewerbern Ihre Qualität. Die Lizenzgebühr für die Nutzung des Siegels beträgt einmalig 890 € zzgl. MwSt.\n\nMit freundlichen Grüßen\nDr. Roland Kessler")])
C("junk", "paid_podcast", "de", "Podcast-Gastauftritt gegen Honorar",
  [("podcast", "2021-05-05 20:30", "Hey Inken! Ich würde dich gern in meinem Podcast 'Chefsache Pflege' vorstellen – über 30.000 Hörer aus der Branche. Für Gäste gibt es unser Interview-Paket (450 €) inkl. Schnitt, Social-Clips und Erwähnung im Newsletter. Hättest du Lust?"),
   ("podcast", "2021-05-12 20:35", "Hi Inken, nur kurz nachgehakt, die Mai-Termine sind fast weg!")])
C("junk", "paid_feature", "de", "Anzeige als 'redaktioneller Beitrag' im Pflegeguide",
  [("magazin", "2021-07-06 10:00", "Guten Tag Frau Carstensen, für die neue Ausgabe des PflegeGuide Norddeutschland würden wir Ihren Pflegedienst gern mit einem redaktionellen Porträt vorstellen. Die Kosten für die Veröffentlichung (1/2 Seite) betragen 1.290 €, inkl. Online-Eintrag für 12 Monate. Darf ich Ihnen die Mediadaten schicken?")])

C("junk", "sells_what_you_sell", "de", "Seniorenhilfe-Vermittlung bietet ihr Pflege für Angehörige an",
  [("same", "2020-07-21 09:30", "Guten Tag Frau Carstensen,\n\nsuchen Sie eine liebevolle Betreuung für Ihre Eltern oder Angehörigen? Unsere geprüften Pflege- und Betreuungskräfte unterstützen Ihre Liebsten zu Hause – bei Grundpflege, Haushalt und Begleitung. Rufen Sie uns an, wir beraten Sie kostenlos!\n\nIhr Team von Seniorenhilfe Zuhause24")])
C("junk", "capacity_ask", "de", "Lead-Händler: 'Haben Sie Kapazitäten für neue Patienten?'",
  [("kapazitaet", "2021-03-09 08:15", "Hallo Frau Carstensen, kurze Frage: Haben Sie aktuell Kapazitäten für neue Patienten? Wir vermitteln täglich Anfragen von pflegebedürftigen Menschen in Ihrer Region. Sie zahlen nur pro Anfrage (39 €). Soll ich Sie freischalten?")])
C("junk", "like_minded_networking", "de", "Gleichgesinnte Unternehmer vernetzen",
  [("gleich", "2020-08-11 07:00", "Hallo Inken, ich vernetze mich gern mit gleichgesinnten Unternehmerinnen und Unternehmern, die etwas bewegen wollen 💪 Lass uns gegenseitig unterstützen! Übrigens: Am Donnerstag startet meine kostenlose Masterclass 'Vom Unternehmer zum Investor'. Hier der Link zur Anmeldung: albrecht-masterclass.example/start")])
C("junk", "quick_call_ask", "de", "15-Minuten-Call ohne Bezug",
  [("quickcall", "2021-04-14 06:50", "Guten Morgen Frau Carstensen, hätten Sie diese Woche 15 Minuten für einen kurzen Call? Ich möchte Ihnen zeigen, wie WorkflowPlus Ihre Prozesse digitalisiert. Hier können Sie direkt einen Termin wählen: termine.workflowplus.example/alexander")])

# connect-then-pitch
C("junk", "connect_then_pitch", "de", "Führungstrainer: Smalltalk, sie antwortet, dann Pitch",
  [("ctp_1", "2020-11-09 09:00", "Hallo Frau Carstensen, danke fürs Vernetzen! Wie geht es Ihnen und Ihrem Team in diesen Zeiten? Die Pflege leistet gerade Unglaubliches."),
   ("me", "2020-11-09 12:30", "Danke, es ist anstrengend, aber wir halten zusammen."),
   ("ctp_1", "2020-11-10 08:45", "Das glaube ich sofort. Gerade jetzt ist Führung entscheidend! In meinem 8-wöchigen Online-Programm 'Führen mit Herz' lernen Sie, Ihr Team resilient zu machen. Für Netzwerkkontakte gibt es 20 % Rabatt, statt 1.490 € nur 1.192 €. Soll ich Ihnen die Details schicken?")])
C("junk", "connect_then_pitch", "de", "Social-Media-Managerin: Kompliment, dann Angebot, dann Nachfassen",
  [("ctp_2", "2021-03-02 10:00", "Hallo Inken, schön dass wir jetzt vernetzt sind! Toll, was du im Norden aufgebaut hast 😊"),
   ("ctp_2", "2021-03-04 10:05", "Ich habe mir euren Auftritt auf Instagram und LinkedIn angeschaut und sehe da noch richtig viel Potenzial! Ich übernehme für Unternehmen das komplette Content-Management, 3 Posts pro Woche ab 690 € im Monat. Hast du Lust auf ein kurzes Kennenlernen?"),
   ("ctp_2", "2021-03-11 10:10", "Hi Inken, hast du meine Nachricht gesehen? 😊")])
C("junk", "connect_then_pitch", "en", "analytics vendor: thanks for connecting, then pitch (English)",
  [("ctp_3", "2021-08-30 09:15", "Hi Inken, thanks for accepting my invitation! Hope you are having a great week."),
   ("ctp_3", "2021-09-01 09:10", "Inken, CareFlow Analytics helps healthcare organisations unlock data-driven insights with AI-powered dashboards. Leaders like you are seeing 25% cost reductions. Do you have 20 minutes next week for a quick demo?"),
   ("ctp_3", "2021-09-08 09:05", "Hi Inken, just circling back on my last note. Would next Tuesday work?")])

# follow-up bumps
C("junk", "followup_bump", "de", "Fördermittelberater, mehrfach nachgefasst",
  [("bump_1", "2020-02-04 08:00", "Hallo Frau Carstensen, wussten Sie, dass Unternehmen bis zu 80 % ihrer Beratungskosten gefördert bekommen können? Wir prüfen kostenlos Ihre Fördermöglichkeiten."),
   ("bump_1", "2020-02-11 08:00", "Hallo Frau Carstensen, ich wollte kurz nachfragen, ob Sie meine Nachricht gesehen haben?"),
   ("bump_1", "2020-02-25 08:00", "Frau Carstensen, letzte Nachricht von mir – falls das Thema später relevant wird, melden Sie sich gern.")])
C("junk", "followup_bump", "de", "Lohnabrechnung, zweimal nachgefasst",
  [("bump_2", "2021-07-20 07:20", "Guten Tag Frau Carstensen, Lohnabrechnung kostet Sie zu viel Zeit? Wir übernehmen das komplett ab 12 € pro Mitarbeiter."),
   ("bump_2", "2021-07-27 07:25", "Guten Tag, ich hake nochmal nach – passt es vielleicht nächste Woche?"),
   ("bump_2", "2021-08-05 07:30", "Hallo Frau Carstensen, soll ich Ihnen einfach mal ein Angebot schicken?")])

C("junk", "off_topic_product", "de", "Photovoltaik fürs Eigenheim",
  [("pv", "2020-05-26 10:30", "Hallo Frau Carstensen, steigende Strompreise? Mit einer Photovoltaikanlage auf Ihrem Eigenheim machen Sie sich unabhängig. Jetzt kostenlosen Solar-Check vereinbaren – nur noch wenige Termine im Juni in Schleswig-Holstein frei!")])
C("junk", "mlm_crypto", "de", "Krypto-Mentor",
  [("krypto", "2021-04-19 22:40", "Hey Inken 👋 Ich sehe du bist Unternehmerin. Hast du schon mal über passives Einkommen mit Krypto nachgedacht? Meine Community macht gerade 8-12 % im Monat. Bei Interesse schick ich dir ein kurzes Video 🚀")])
C("junk", "fluent_generic_names_company", "de", "KI-Telefonassistent nennt die Firma, aber nichts Spezifisches",
  [("fluent", "2021-09-07 09:30", "Liebe Frau Carstensen,\n\nich verfolge die Entwicklung der Fördepflege Carstensen GmbH schon eine Weile und bin beeindruckt, wie Sie Qualität und Menschlichkeit verbinden. Genau solche Unternehmen unterstützen wir mit VoiceMate, unserem KI-gestützten Assistenten, der Ihre Prozesse effizienter macht und Ihrem Team den Rücken freihält.\n\nIch würde mich freuen, Ihnen in einem kurzen Gespräch zu zeigen, was für die Fördepflege möglich ist.\n\nHerzliche Grüße\nLisa Marquardt")])

# generic counterparts of wanted pitches
C("junk", "recruiting_spam", "de", "generischer Personalvermittler (Gegenstück zur Recruiting-Agentur)",
  [("recruit_generic", "2021-03-23 08:30", "Sehr geehrte Damen und Herren, Fachkräftemangel? Wir vermitteln qualifiziertes Personal in allen Branchen – Handwerk, Logistik, Pflege, IT. Schnell, zuverlässig, deutschlandweit. Fordern Sie jetzt unverbindlich Kandidatenprofile an!")])
C("junk", "generic_service_pitch", "de", "generischer Abrechnungsservice (Gegenstück)",
  [("abrechnung_generic", "2021-07-28 10:00", "Sehr geehrte Frau Carstensen, wir sind Ihr Partner für die Abrechnung mit allen Kostenträgern. Schnell, sicher und günstig. Wechseln Sie jetzt und erhalten Sie die ersten 3 Monate zum halben Preis.")])
C("junk", "generic_service_pitch", "de", "generisches Callcenter (Gegenstück)",
  [("telefon_generic", "2021-06-08 11:10", "Hallo! Verpassen Sie keine Anrufe mehr: Callcenter Direkt nimmt Ihre Anrufe professionell entgegen, 24/7, für alle Branchen. Jetzt 14 Tage kostenlos testen!")])
C("junk", "generic_service_pitch", "de", "generisches Dienstrad-Leasing (Gegenstück)",
  [("rad_generic", "2021-09-28 07:40", "Hallo Frau Carstensen, Dienstradleasing ist DER Mitarbeiter-Benefit 2021! Ihre Mitarbeiter sparen bis zu 40 % beim Traumrad, für Sie kostenneutral. Wann passt ein kurzer Termin?")])
C("junk", "generic_service_pitch", "de", "generischer Finanzberater (Gegenstück zum Fachmakler)",
  [("versich_generic", "2019-12-10 19:00", "Hallo Inken, als Unternehmerin solltest du deine Finanzen und Absicherung im Blick haben. Ich mache einen kostenlosen Rundum-Check: Altersvorsorge, BU, Versicherungen, Geldanlage. Wann hast du 30 Minuten?")])
C("junk", "generic_service_pitch", "de", "Bewertungen kaufen",
  [("reviews", "2021-06-01 13:00", "Hallo, schlechte Google-Bewertungen? Wir sorgen für mehr 5-Sterne-Bewertungen und entfernen negative Einträge. Pakete ab 199 €. Diskret und schnell.")])
C("junk", "recruiting_spam", "en", "generic foreign nurse supplier (counterpart to the tailored agency)",
  [("nurses_generic", "2021-08-24 04:30", "Dear Sir/Madam, greetings from GlobalNurse Supply! We have 500+ nurses, caregivers and doctors ready to deploy to Germany, Europe and Middle East. Best rates guaranteed. Kindly share your requirement and we will send CVs within 24 hours.")])
C("junk", "generic_service_pitch", "de", "Website-Relaunch generisch",
  [("website", "2020-01-21 09:00", "Guten Tag Frau Carstensen, wir sind eine Full-Service-Agentur aus München und haben uns auf moderne Websites für den Mittelstand spezialisiert. Ist bei Ihnen 2020 ein Relaunch geplant? Ich freue mich auf Ihre Rückmeldung.")])
C("junk", "generic_service_pitch", "de", "LinkedIn-Ghostwriting",
  [("ghost", "2021-02-16 18:15", "Hallo Inken, du hast so viel Expertise – aber dein LinkedIn-Profil zeigt das noch nicht! Ich schreibe für CEOs 3 Posts pro Woche, die Reichweite bringen. Lust auf ein kostenloses Erstgespräch? 🚀")])
C("junk", "generic_service_pitch", "de", "Gewerbestrom-Vergleich",
  [("energie", "2020-09-29 08:30", "Sehr geehrte Frau Carstensen, zahlen Sie zu viel für Strom und Gas? Als unabhängiger Energiemakler vergleichen wir über 800 Anbieter für Ihr Unternehmen. Senden Sie uns einfach Ihre letzte Jahresabrechnung.")])
C("junk", "mlm_crypto", "de", "Nahrungsergänzung als Nebenverdienst",
  [("mlm", "2020-10-20 21:10", "Hallo liebe Inken 🌸 Ich habe gesehen, dass du in der Pflege arbeitest – so ein anstrengender Beruf! Ich habe durch unsere Vitalprodukte nicht nur mehr Energie, sondern auch ein tolles Nebeneinkommen. Magst du mehr erfahren? Ganz unverbindlich 💕")])

ex.write(
    HERE.parent / SLUG,
    profile={
        "First Name": "Inken", "Last Name": "Carstensen", "Maiden Name": "", "Address": "",
        "Birth Date": "",
        "Headline": "Inhaberin Fördepflege Carstensen GmbH | Ambulante Pflege in Kiel",
        "Summary": ("Seit 2011 führe ich unseren ambulanten Pflegedienst in Kiel. Mit 35 Kolleginnen und "
                    "Kollegen versorgen wir rund 190 Menschen zu Hause: Grund- und Behandlungspflege, "
                    "Wundversorgung, Beratungsbesuche nach §37.3 und Entlastung für Angehörige. "
                    "Wir fahren in der Innenstadt mit E-Bikes und bilden selbst aus. Vorher war ich "
                    "zehn Jahre Krankenschwester in der Geriatrie."),
        "Industry": "Hospital & Health Care", "Zip Code": "24143", "Geo Location": "Kiel, Schleswig-Holstein, Germany",
        "Twitter Handles": "", "Websites": "[COMPANY:foerdepflege-carstensen.example.de]", "Instant Messengers": "",
    },
    positions=[
        {"Company Name": "Fördepflege Carstensen GmbH", "Title": "Inhaberin & Geschäftsführerin",
         "Description": "Ambulanter Pflegedienst, 35 Mitarbeitende, Kiel-Ost und Innenstadt.",
         "Location": "Kiel", "Started On": "Oct 2011", "Finished On": ""},
        {"Company Name": "Klinikum Nord-Ost", "Title": "Gesundheits- und Krankenpflegerin, Geriatrie",
         "Description": "", "Location": "Kiel", "Started On": "Sep 2001", "Finished On": "Sep 2011"},
    ],
    skills=["Ambulante Pflege", "Pflegemanagement", "Wundmanagement", "Personalführung",
            "Qualitätsmanagement", "SGB XI", "SGB V", "Dienstplanung", "Tourenplanung",
            "Praxisanleitung", "Angehörigenberatung", "Vergütungsverhandlungen"],
)
print(ex.summary())

"""Persona dev32/de-vocational-school-it-teacher-essen, written blind to the detector (session 5).

Andrea Wischnewski teaches IT and heads the IT department (Bildungsgangleitung Fachinformatik) at the
invented Berufskolleg Emscherpark in Essen. Mostly German with a few English threads, 2023 export
layout. Every message below is written by hand. Running this script regenerates the persona folder
byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-vocational-school-it-teacher-essen"
OWNER = Person("me", "Andrea Wischnewski", "https://www.linkedin.com/in/andrea-wischnewski-bkep",
               "Berufskolleg Emscherpark Essen", "Studienrätin, Bildungsgangleitung Fachinformatik")
SPONSORED = "Sponsored Conversation"


def people(ex: Export) -> None:
    p = ex.person
    # Kollegium, Schulleitung, Schulträger, Behörden
    p("kollege", "Stefan Brockhoff", "Berufskolleg Emscherpark Essen", "Lehrer Informatik/Politik",
      connected="2017-08-30")
    p("kollegin", "Derya Yıldırım", "Berufskolleg Emscherpark Essen", "Lehrerin IT-Systeme",
      connected="2019-09-02")
    p("schulleiterin", "Monika Terhorst", "Berufskolleg Emscherpark Essen", "Schulleiterin",
      connected="2016-02-11")
    p("schultraeger", "Jürgen Kampmann", "Stadt Essen, Fachbereich Schule", "Sachgebiet IT-Ausstattung",
      connected="2020-06-15")
    p("systemhaus", "Oliver Neumeyer", "Ruhrnetz Systemhaus GmbH", "Key Account Öffentliche Auftraggeber",
      connected="2018-03-01")
    p("schul_it", "Lena Pohlmann", "Essener Schul-IT Service", "Technikerin Außendienst", connected="2021-10-04")
    p("bezreg", "Dr. Katrin Overbeck", "Bezirksregierung Düsseldorf", "Dezernentin Berufskollegs",
      connected="2019-05-20")
    p("ihk", "Thomas Brückner", "IHK zu Essen", "Ausbildungsberater IT-Berufe", connected="2015-11-23")
    p("ihk_pa", "Sandra Kuhlmann", "IHK zu Essen", "Prüfungsorganisation", connected="2021-01-12")
    p("lms_vendor", "Marius Feldkamp", "Lernwerk Online GmbH", "Kundenbetreuung Schulen",
      connected="2020-09-01")
    # Ausbildungsbetriebe und Azubis
    p("ausbilder1", "Frank Szymanski", "Stadtwerke Gelsenbach AG", "Ausbilder IT", connected="2018-08-01")
    p("ausbilder2", "Nicole Wolters", "Ruhrdata Services GmbH", "Ausbildungsleitung", connected="2019-03-14")
    p("ausbilder3", "Hakan Çelik", "Çelik Computertechnik", "Inhaber", connected="2022-08-29")
    p("azubi1", "Jannik Nowak", "Ruhrdata Services GmbH", "Auszubildender Fachinformatiker AE",
      connected="2022-09-05")
    p("azubi2", "Melina Schütte", "Stadtwerke Gelsenbach AG", "Auszubildende Fachinformatikerin SI",
      connected="2022-10-01")
    p("absolvent1", "Kevin Brzezinski", "Ruhrdata Services GmbH", "Fachinformatiker Systemintegration",
      connected="2020-09-01")
    p("absolvent2", "Lara Hoffmann", "Stadtwerke Gelsenbach AG", "Fachinformatikerin Anwendungsentwicklung",
      connected="2020-09-01")
    p("absolvent3", "Murat Aydın", "Çelik Computertechnik", "IT-Systemelektroniker", connected="2020-09-01")
    p("ehemaliger", "Dennis Kowalke", "Emschergenossenschaft", "Netzwerkadministrator",
      connected="2016-07-01")
    p("studentin", "Alina Rüther", "Berufskolleg Emscherpark Essen", "Schülerin Höhere Berufsfachschule")
    p("bewerber", "Sebastian Graf", "Freelancer", "Softwareentwickler, Seiteneinstieg Lehramt")
    p("referendarin", "Johanna Lüke", "ZfsL Essen", "Lehramtsanwärterin Informatik/Mathe")
    p("peer_gelsen", "Ralf Dombrowski", "Berufskolleg Gelsenkirchen-Nord", "Bildungsgangleiter IT",
      connected="2018-10-10")
    p("uni_freund", "Tobias Ehlert", "Universität Duisburg-Essen", "Wissenschaftlicher Mitarbeiter",
      connected="2012-04-17")
    p("journalist", "Birgit Sander", "WAZ Essen", "Lokalredakteurin")
    p("foerderverein", "Gisela Marx", "Förderverein BK Emscherpark e.V.", "Kassiererin", connected="2017-01-10")
    p("bildungstraeger", "Yvonne Brandt", "Weiterbildungszentrum Ruhr gGmbH", "Kursplanung")
    p("verband", "Michael Reinecke", "Verband der Lehrkräfte an Berufskollegs NRW", "Referent Fortbildung",
      connected="2021-04-08")
    p("recruiter", "Jasmin Krüger", "Ruhrdata Services GmbH", "Talent Acquisition", connected="2023-01-16",
      invite=("OUT", "2023-01-16 13:40", "Hallo Frau Krüger, schön, dass wir uns auf der Messe getroffen haben!"))
    p("erasmus_nl", "Pieter van Dongen", "Summa College Eindhoven", "ICT teacher, Erasmus coordinator",
      connected="2022-05-09")
    p("finland", "Aino Lehtinen", "Tampere Vocational College", "Network instructor", connected="2021-11-11")
    p("hausmeister", "Werner Grabowski", "Berufskolleg Emscherpark Essen", "Hausmeister",
      connected="2019-12-01")
    p("spam_ausb", "Petra Lindemann", "Lindemann Bürotechnik KG", "Geschäftsführerin")
    # wanted pitches
    p("w_switch", "Markus Tiedemann", "NetzRecycling Ruhr", "Vertrieb Bildungseinrichtungen")
    p("w_git", "Carolin Weiß", "Codeschmiede Education", "Partnerships Schulen")
    p("w_wlan", "Björn Hagedorn", "Hagedorn Funknetze", "Geschäftsführer")
    p("w_ihkmutual", "Anke Vollmer", "Prüfungsfit Akademie", "Dozentin AP1/AP2")
    p("w_moodle", "Felix Ostrowski", "Schulcloud Hosting NRW", "Technischer Vertrieb")
    p("w_ansible", "Eike Brandes", "", "Linux-Trainer, freiberuflich")
    p("w_lehrauftrag", "Prof. Dr. Ulrike Sommer", "FOM-freie Hochschule Ruhr", "Studiengangsleitung")
    p("w_esp32", "Niklas Bauer", "Maker-Kiste Bildung", "Vertrieb")
    p("w_ctf", "Rebecca Hart", "FlagForge", "Education Partnerships")
    p("w_ssd", "Uwe Lichtenberg", "Lichtenberg IT", "Inhaber")
    p("w_erasmus", "Marta Kowalska", "EduBridge Consulting", "Erasmus+ project consultant")
    p("w_verlag", "Christian Oberhausen", "Verlag Lernfeld Technik", "Schulberatung NRW")
    # junk
    p("j_t1", "Patrick Sommerfeld", "EduLeads GmbH", "Account Executive")
    p("j_t2", "Vanessa Albers", "Schulmarketing Pro", "Vertrieb")
    p("j_t3", "Dominik Haas", "Bildungsreich Digital", "Gründer")
    p("j_t4", "Laura Mertens", "KlassenKlick", "Partnermanagerin")
    p("j_t5", "Ethan Brooks", "Campusly", "Growth Manager")
    p("j_tag1", "Sven Richter", "Digitalpakt-Profis", "Fördermittelberater")
    p("j_tag2", "Tanja Roth", "TeamFlow Seminare", "Vertrieb")
    p("j_tag3", "Marco Lenz", "CloudBüro24", "Sales")
    p("j_tag4", "Julia Becker", "PKV Direktberatung", "Beraterin für Beamte")
    p("j_spon1", "Fernakademie für Management", "", "", url="https://www.linkedin.com/company/fernakademie-mgmt")
    p("j_spon2", "BeamtenBank Direkt", "", "", url="https://www.linkedin.com/company/beamtenbank-direkt")
    p("j_award", "Carsten Ulrich", "Deutscher Bildungsinnovationspreis", "Jurybüro")
    p("j_podcast", "Nico Brandl", "Zukunft Bildung Podcast", "Host & Produzent")
    p("j_feature", "Miriam Kehl", "Schule & Zukunft Magazin", "Anzeigenleitung")
    p("j_sameoffer", "Rüdiger Voss", "IT-Akademie Voss", "Geschäftsführer")
    p("j_capacity", "Lisa Kaminski", "Freelancermatch", "Projektvermittlung")
    p("j_likeminded", "Tim Wagner", "Bildungsvisionäre Netzwerk", "Coach")
    p("j_15min", "Anja Förster", "Schulverwaltung 360", "Business Development")
    p("j_ctp1", "Daniel Kühn", "Smartboard Solutions Deutschland", "Vertriebsleiter West",
      connected="2023-02-06", invite=("IN", "2023-02-06 07:58", "Hallo Frau Wischnewski, gerne würde ich "
                                       "mich mit Ihnen vernetzen!"))
    p("j_ctp2", "Sarah Lindner", "Finanzkompass für Lehrkräfte", "Finanzberaterin",
      connected="2023-04-17", invite=("IN", "2023-04-17 19:30", ""))
    p("j_ctp3", "Philipp Adler", "Adler Personalentwicklung", "Trainer",
      connected="2023-06-12", invite=("IN", "2023-06-12 08:10", "Tolles Profil! Lass uns connecten."))
    p("j_bump1", "Kai Jansen", "Tablet-Leasing Schule", "Kundenberater")
    p("j_bump2", "Greg Palmer", "SecureMail Pro", "Sales Development")
    p("j_fluent", "Dr. Henrike Falk", "Falk Transformation Partners", "Managing Partner")
    p("j_laptops", "Mario Stein", "Refurbed Business IT", "Vertrieb")
    p("j_itdienst", "Alexander Pohl", "PohlTech IT-Services", "Inhaber")
    p("j_lms", "Sophie Lang", "Lernwelt 4.0", "Sales")
    p("j_recruiter", "Heiko Brandt", "Top Talents Consulting", "Senior Recruiter SAP")
    p("j_solar", "Ralf Niehaus", "SonnenDach Direkt", "Energieberater")
    p("j_krypto", "Max Berger", "Alpha Wealth Circle", "Investment")
    p("j_cyber", "Oliver Grant", "CyberShield Academy", "Account Manager")
    p("j_bump3", "Ines Hartwig", "Wachstumswerk", "Vertrieb")
    p("j_kalender", "Bernd Klostermann", "Klostermann Werbemittel", "Außendienst")
    p("j_reisen", "Janine Voigt", "Klassenfahrten Plus", "Reiseberaterin")
    p("j_robotik", "Florian Metz", "RoboKids Lernsysteme", "Vertrieb Schulen")
    p("j_umschulung", "Kerstin Albrecht", "Karrierestart IT Akademie", "Bildungsberatung")
    p("j_freight", "Kevin Zhang", "Oceanlink Freight", "Overseas Sales Manager")
    p("j_verlag", "Newsletter Schulbuchwelt", "Schulbuchwelt Versand", "")


def genuine(ex: Export) -> None:
    c = ex.conv
    c("genuine", "colleague_timetable", "de", "Kollege fragt nach Vertretung, du, Ruhrpott", [
        ("kollege", "2023-01-19 06:48", "Moin Andrea, ich häng aufm Ruhrschnellweg fest, A40 mal wieder dicht "
         "ab Frohnhausen. Kannste in der FI22a die ersten 10 Minuten reingucken? Aufgabe liegt im "
         "Moodle-Kurs unter 'Subnetting Übung 3'."),
        ("me", "2023-01-19 06:55", "Klar, mach ich. Fahr vorsichtig."),
        ("kollege", "2023-01-19 08:20", "Danke dir, hast was gut. Kaffee geht heute auf mich"),
    ])
    c("genuine", "budget_quote", "de", "Schulleiterin bittet um Angebote für Laptops, Preise werden besprochen", [
        ("schulleiterin", "2023-03-02 15:10", "Liebe Andrea, der Schulträger hat uns signalisiert, dass aus dem "
         "Digitalpakt noch ca. 38.000 € für die Abteilung übrig sind, Abrechnung bis 30.6. Könntest du bis "
         "Ende nächster Woche zwei Vergleichsangebote für einen Klassensatz Laptops (30 Stück) plus "
         "Ladewagen einholen? Bitte über den Rahmenvertrag der Stadt, sonst bekommen wir Ärger. Gruß, Monika"),
        ("me", "2023-03-02 16:40", "Hallo Monika, mach ich. Laut Rahmenvertrag liegen wir bei ca. 890 € "
         "pro Gerät inkl. Imaging, der Ladewagen um die 1.900 €. Dann bleibt sogar noch was für die "
         "Switches im Raum 214 übrig. Ich melde mich bis Freitag nächster Woche."),
        ("schulleiterin", "2023-03-02 16:52", "Super, danke dir!"),
    ])
    c("genuine", "schooltraeger_price_change", "de", "Schulträger informiert über Preisanpassung im Rahmenvertrag",
      [
          ("schultraeger", "2023-05-08 10:00", "Sehr geehrte Frau Wischnewski, zur Info vorab: Der "
           "Rahmenvertrag Endgeräte wurde zum 1.6. angepasst, die Stückpreise für die Standard-Notebooks "
           "steigen um ca. 7 %. Ihre Bestellung vom März ist davon nicht betroffen, Folgebestellungen aber "
           "schon. Mit freundlichen Grüßen, J. Kampmann"),
          ("me", "2023-05-08 11:15", "Vielen Dank für den Hinweis, Herr Kampmann. Dann ziehen wir die "
           "Bestellung für die Dokumentenkameras noch vor. Schicke ich Ihnen diese Woche."),
      ])
    c("genuine", "vendor_price_change", "de", "Systemhaus kündigt Preisanpassung für den Wartungsvertrag an", [
        ("systemhaus", "2023-10-24 09:30", "Guten Morgen Frau Wischnewski, wie telefonisch angekündigt: Zum "
         "01.01. passen wir die Stundensätze im Wartungsvertrag für das Netzwerklabor an (Techniker 89 € "
         "statt 82 €/h). Die Pauschale für die Firmware-Updates bleibt gleich. Das offizielle Schreiben geht "
         "an den Schulträger. Bei Fragen gerne melden. Viele Grüße, O. Neumeyer"),
        ("me", "2023-10-24 12:05", "Danke, Herr Neumeyer. Können wir die Vor-Ort-Termine dann bündeln? "
         "Lieber zweimal im Halbjahr einen ganzen Tag als acht Einzeltermine."),
        ("systemhaus", "2023-10-24 13:20", "Ja, das lässt sich machen und spart Ihnen die Anfahrtspauschale. "
         "Ich schlage Termine in den Herbstferien und Osterferien vor."),
    ])
    c("genuine", "trainer_company_absence", "de", "Ausbilder fragt nach Fehlzeiten eines Azubis", [
        ("ausbilder1", "2023-02-14 13:45", "Hallo Frau Wischnewski, kurze Frage: Melina Schütte sagt, sie war "
         "letzten Donnerstag in der Schule, bei uns ist sie aber als Berufsschultag krank eingetragen. "
         "Können Sie mir sagen, ob sie da war? Nicht dass da was durcheinander ist. Gruß Frank Szymanski"),
        ("me", "2023-02-14 14:30", "Hallo Herr Szymanski, laut Klassenbuch war sie da, alle Stunden. Der "
         "Fehler liegt also wohl in Ihrem System. Sie hat übrigens in der Klausur Netzwerktechnik eine "
         "1- geschrieben, das dürfen Sie ihr gerne sagen."),
        ("ausbilder1", "2023-02-14 14:38", "Na dann ist ja gut, danke! Und schön zu hören."),
    ])
    c("genuine", "trainee_question", "de", "Azubi fragt nach Frist für den Projektantrag", [
        ("azubi1", "2023-11-06 21:33", "Hallo Frau Wischnewski, sorry für die späte Nachricht. Bis wann muss "
         "der Projektantrag für die Abschlussprüfung eigentlich bei der IHK sein? Mein Ausbilder meint "
         "15.12. aber im Portal steht was anderes. Und darf ich ein Projekt mit Docker machen oder ist das "
         "zu wenig 'Anwendungsentwicklung'?"),
        ("me", "2023-11-06 22:10", "Hallo Jannik, maßgeblich ist immer das IHK-Portal, nicht was wir im "
         "Flur erzählen :) Docker ist okay, solange du selbst Code schreibst und nicht nur Container "
         "zusammensteckst. Bring den Entwurf Donnerstag mit, dann gucken wir drüber."),
        ("azubi1", "2023-11-06 22:12", "Danke!! Bring ich mit."),
    ])
    c("genuine", "trainee_personal", "de", "Azubine meldet sich krank und hat Prüfungsangst", [
        ("azubi2", "2023-04-24 07:05", "Guten Morgen Frau Wischnewski, ich bin heute leider krank, AU reiche "
         "ich nach. Ehrlich gesagt bin ich auch total nervös wegen AP1 nächste Woche, ich hab das Gefühl "
         "ich kann gar nichts."),
        ("me", "2023-04-24 07:40", "Gute Besserung, Melina. Und zur AP1: Sie können mehr als Sie denken, "
         "Ihre Klausuren sagen das ganz deutlich. Wenn Sie wieder fit sind, machen wir Mittwoch in der "
         "Pause eine alte Prüfung zusammen durch, okay?"),
        ("azubi2", "2023-04-24 08:01", "Okay, danke, das hilft echt."),
    ])
    c("genuine", "ihk_examiner", "de", "IHK lädt sie als Prüferin ein, Entschädigung und Termine", [
        ("ihk_pa", "2023-03-20 11:00", "Sehr geehrte Frau Wischnewski, für die Sommerprüfung benötigen wir "
         "Sie wieder im Prüfungsausschuss FI-AE 3. Die Projektpräsentationen finden am 26.–28.06. statt. "
         "Die Entschädigung erfolgt wie gewohnt nach der Entschädigungsrichtlinie (Pauschale plus "
         "Fahrtkosten). Bitte geben Sie mir bis 14.04. Bescheid, ob Sie verfügbar sind."),
        ("me", "2023-03-20 12:20", "Sehr geehrte Frau Kuhlmann, ich bin an allen drei Tagen verfügbar, "
         "sofern die Schulleitung mich freistellt - das kläre ich heute noch."),
        ("ihk_pa", "2023-03-21 08:30", "Vielen Dank! Die Freistellungsbescheinigung für die Schule schicke "
         "ich Ihnen per Post."),
    ])
    c("genuine", "authority_promotion", "de", "Bezirksregierung zur Ausschreibung einer Funktionsstelle", [
        ("bezreg", "2023-09-04 10:30", "Sehr geehrte Frau Wischnewski, Ihre Schulleiterin hat mir "
         "mitgeteilt, dass Sie sich für die ausgeschriebene Funktionsstelle (A 15, Koordination "
         "Digitalisierung) interessieren. Die Bewerbungsfrist endet am 29.09. Das Revisionsverfahren "
         "würde voraussichtlich im November stattfinden. Für Fragen stehe ich gerne zur Verfügung. "
         "Mit freundlichen Grüßen, K. Overbeck"),
        ("me", "2023-09-04 13:05", "Sehr geehrte Frau Dr. Overbeck, vielen Dank. Eine Frage: Muss die "
         "Unterrichtsprobe im Revisionsverfahren in einem Bildungsgang der dualen Ausbildung stattfinden "
         "oder geht auch die Höhere Berufsfachschule?"),
        ("bezreg", "2023-09-05 09:00", "Beides ist möglich. Ich empfehle die Klasse, in der Sie sich am "
         "wohlsten fühlen."),
    ])
    c("genuine", "applicant", "de", "Seiteneinsteiger bewirbt sich, fragt nach Stelle und Gehalt", [
        ("bewerber", "2023-05-15 19:12", "Hallo Frau Wischnewski, ich bin seit 12 Jahren Softwareentwickler "
         "(Java, Kotlin) und überlege ernsthaft, als Seiteneinsteiger an ein Berufskolleg zu gehen. Ich habe "
         "gesehen, dass bei Ihnen eine Stelle für Informatik/Wirtschaftsinformatik ausgeschrieben ist. "
         "Dürfte ich Sie mal 20 Minuten anrufen? Mich interessiert vor allem, wie die ersten zwei Jahre "
         "ablaufen und ob man mit Master in Informatik direkt verbeamtet wird."),
        ("me", "2023-05-15 20:30", "Hallo Herr Graf, gerne! Ganz ehrlich vorweg: finanziell ist es in den "
         "ersten zwei Jahren berufsbegleitender Ausbildung kein Zuckerschlecken, aber wir brauchen genau "
         "Leute wie Sie. Mittwoch ab 15 Uhr passt mir gut, Nummer schicke ich per Nachricht."),
        ("bewerber", "2023-05-15 20:41", "Mittwoch 15 Uhr ist perfekt, vielen Dank!"),
    ])
    c("genuine", "applicant", "de", "Lehramtsanwärterin fragt nach Ausbildungsschule", [
        ("referendarin", "2023-06-01 17:00", "Liebe Frau Wischnewski, Frau Bergmann vom ZfsL meinte, ich "
         "solle mich einfach mal bei Ihnen melden. Ich beginne im November mein Referendariat (Informatik "
         "und Mathe) und würde sehr gerne an Ihr Berufskolleg. Hätten Sie Kapazitäten für eine "
         "Ausbildungslehrkraft in Informatik? Viele Grüße, Johanna Lüke"),
        ("me", "2023-06-01 19:20", "Liebe Frau Lüke, das freut mich! Ich kann Sie in der FI-Unterstufe "
         "betreuen. Schreiben Sie bitte zusätzlich eine kurze Mail an das Sekretariat, dann geben wir der "
         "Bezirksregierung unseren Wunsch weiter."),
    ])
    c("genuine", "inbound_lead_buyer", "de", "Bildungsträger will den Computerraum abends mieten, fragt nach Preis",
      [
          ("bildungstraeger", "2023-08-21 10:15", "Guten Tag Frau Wischnewski, wir suchen ab Oktober einen "
           "Computerraum mit ca. 20 Plätzen für einen Abendkurs (Di und Do, 18–21 Uhr) im Rahmen einer "
           "Umschulung. Ihre Schule wurde uns empfohlen. Wäre eine Anmietung möglich und was würde das "
           "kosten? Wir zahlen natürlich auch für Reinigung und Hausmeister."),
          ("me", "2023-08-21 12:40", "Guten Tag Frau Brandt, grundsätzlich ja, Raum 212 steht abends leer. "
           "Über die Miete entscheidet allerdings die Stadt als Schulträger, die Sätze liegen meines Wissens "
           "bei rund 25 € pro Abend plus Hausmeisterstunden. Ich leite Ihre Anfrage an Herrn Kampmann "
           "weiter und setze Sie in CC."),
          ("bildungstraeger", "2023-08-21 13:00", "Das klingt gut, vielen Dank für die schnelle Antwort!"),
      ])
    c("genuine", "inbound_lead_buyer", "de", "Lehrerverband bucht sie als bezahlte Referentin", [
        ("verband", "2023-02-27 16:00", "Liebe Frau Wischnewski, wir würden Sie gern als Referentin für "
         "unsere Regionalfortbildung 'Lernfeldunterricht in den IT-Berufen' im Mai buchen, halber Tag in "
         "Dortmund. Wir zahlen ein Honorar von 400 € plus Fahrtkosten. Hätten Sie Interesse und wann "
         "passt es?"),
        ("me", "2023-02-27 17:30", "Lieber Herr Reinecke, sehr gern. Der 12. oder 19. Mai würde gehen. "
         "Brauche ich eine Nebentätigkeitsgenehmigung von der Bezirksregierung oder kümmern Sie sich darum?"),
        ("verband", "2023-02-28 08:15", "Die brauchen Sie, aber bei dem Umfang ist es nur eine Anzeige. "
         "Wir nehmen den 12. Mai!"),
    ])
    c("genuine", "peer_joint_offer", "de", "Kollege aus Gelsenkirchen schlägt gemeinsames Angebot/Antrag vor", [
        ("peer_gelsen", "2023-06-20 20:05", "Glück auf Andrea! Idee: Wir machen den Erasmus-Antrag für die "
         "Azubi-Mobilität nächstes Jahr zusammen, ihr und wir. Und wir legen das Geld für das Netzwerk-Lab-"
         "Kit zusammen - 12 Switches und 4 Router, Angebot vom Systemhaus liegt bei 14.200 €, geteilt wären "
         "es 7.100 pro Schule. Wir teilen das Lab halbjährlich. Was meinste?"),
        ("me", "2023-06-20 21:00", "Klingt gut, Ralf. Beim Lab hab ich Bedenken mit dem Transport, die "
         "Dinger sind ja keine Tupperdosen. Können wir das Angebot mal zusammen mit dem Systemhaus "
         "durchgehen? Vielleicht gibt's bei 2 Schulen Mengenrabatt."),
        ("peer_gelsen", "2023-06-21 07:30", "Guter Punkt. Ich frag nach einem gemeinsamen Termin. Und "
         "Samstag gucken wir nicht zusammen Fußball, dat weißte"),
        ("me", "2023-06-21 07:45", "RWE gegen S04 II wäre ja auch noch schöner :)"),
    ])
    c("genuine", "recruiter_engaged", "de", "Recruiterin eines Ausbildungsbetriebs, mit der sie Kontakt aufnahm", [
        ("me", "2023-01-16 14:00", "Hallo Frau Krüger, danke für die Vernetzung. Wie auf der Ausbildungsmesse "
         "besprochen: Ich habe in der Höheren Berufsfachschule einige Schülerinnen, die im Sommer eine "
         "Ausbildung suchen. Wäre es möglich, dass Sie Ihre Stellen im März bei uns im Unterricht "
         "vorstellen?"),
        ("recruiter", "2023-01-17 09:40", "Liebe Frau Wischnewski, sehr gerne! Wir haben für August 6 "
         "Ausbildungsplätze FI-SI und 3 FI-AE offen, Vergütung im ersten Jahr 1.150 €. Ich würde mit einem "
         "unserer Azubis kommen. Passt der 14. März in der 3./4. Stunde?"),
        ("me", "2023-01-17 10:05", "Perfekt, ich trage es ein."),
    ])
    c("genuine", "thanks_after_event", "de", "Absolvent 1 bedankt sich nach der Abschlussfeier", [
        ("absolvent1", "2023-07-08 22:40", "Hallo Frau Wischnewski, wollte mich nochmal bedanken für die "
         "drei Jahre und die Rede gestern bei der Abschlussfeier. Hätte nie gedacht, dass ich mal "
         "Subnetting verstehe. Bleibe bei Ruhrdata übernommen!"),
        ("me", "2023-07-09 09:10", "Das freut mich riesig, Kevin. Alles Gute und glück auf!"),
    ])
    c("genuine", "thanks_after_event", "de", "Absolventin 2, fast gleicher Dank nach derselben Feier", [
        ("absolvent2", "2023-07-09 10:15", "Liebe Frau Wischnewski, vielen Dank für die schöne Abschlussfeier "
         "gestern und für alles in den drei Jahren! Ohne Ihre Nachhilfe in SQL hätte ich die Prüfung nicht "
         "so gut geschafft."),
    ])
    c("genuine", "thanks_after_event", "de", "Absolvent 3, fast gleicher Dank nach derselben Feier", [
        ("absolvent3", "2023-07-09 13:02", "Hallo Frau Wischnewski, danke für die Abschlussfeier gestern und "
         "für die drei Jahre. War ne geile Zeit (sorry, aber ist so). Melde mich mal, wenn ich Meister "
         "bin :)"),
        ("me", "2023-07-09 13:30", "Ich verlasse mich drauf, Murat!"),
    ])
    c("genuine", "owner_started_alumni", "de", "sie fragt einen Ehemaligen, ob er im Unterricht erzählt", [
        ("me", "2023-10-10 16:20", "Hallo Dennis, lange nicht gehört! Ich hab eine FI-SI-Klasse, die "
         "wissen will, wie IT bei einem Wasserverband aussieht. Hättest du Lust, im November mal eine "
         "Doppelstunde zu erzählen? Leider ohne Honorar, aber mit Kantinen-Currywurst."),
        ("ehemaliger", "2023-10-11 18:00", "Hi Frau W., für Currywurst mach ich alles :D Ich frag meinen Chef, "
         "aber eigentlich sollte das gehen. Leitwarte und SCADA wäre bestimmt spannend für die."),
        ("me", "2023-10-11 18:20", "Sehr gern! Dienstag oder Donnerstag, Hauptsache vormittags."),
    ])
    c("genuine", "owner_started_authority", "de", "sie fragt die Bezirksregierung nach Fortbildungsmitteln", [
        ("me", "2022-11-14 11:00", "Sehr geehrte Frau Dr. Overbeck, drei Kolleginnen aus meinem Bildungsgang "
         "möchten die Zertifizierung für Netzwerktechnik machen. Gibt es dafür Fortbildungsmittel oder "
         "läuft das nur über das Schulbudget?"),
        ("bezreg", "2022-11-16 14:10", "Sehr geehrte Frau Wischnewski, das läuft über das Fortbildungsbudget "
         "der Schule; für Kosten darüber hinaus kann die Schulleitung einen Antrag beim Kompetenzteam "
         "stellen. Viele Grüße"),
    ])
    c("genuine", "long_standing_friend", "de", "alter Studienfreund, seit Jahren Kontakt, Rot-Weiss", [
        ("uni_freund", "2020-09-20 18:00", "Andrea!! Hast du gesehen, RWE hat tatsächlich gewonnen. Ich sag "
         "nur: Hafenstraße, nächste Saison, wir zwei, wie früher."),
        ("me", "2020-09-20 18:30", "Abgemacht! Sofern ich nicht Klausuren korrigiere."),
        ("uni_freund", "2023-05-27 21:10", "AUFSTIEG ist lange her, aber Klassenerhalt ist auch schön. "
         "Treffen wir uns mal am Baldeneysee? Ich hab neue Projekte mit Berufsschullehrern, "
         "Fortbildungsforschung, vielleicht wär das was für dich."),
        ("me", "2023-05-27 22:00", "Gerne! Pfingstferien, Haus Scheppen, Radtour? Und erzähl mir mehr "
         "von dem Projekt."),
    ])
    c("genuine", "trainer_in_spam", "de", "Ausbildungsbetrieb fragt nach Praktikanten, landete im Spam-Ordner", [
        ("spam_ausb", "2023-08-28 09:00", "Sehr geehrte Frau Wischnewski, wir sind ein kleiner Bürotechnik-"
         "Betrieb in Essen-Steele und würden gern zum ersten Mal einen Praktikanten aus der Höheren "
         "Berufsfachschule nehmen, evtl. mit späterer Ausbildung. Wie läuft das bei Ihnen ab und an wen "
         "müssen wir uns wenden? Mit freundlichen Grüßen, P. Lindemann"),
        ("me", "2023-09-04 15:00", "Sehr geehrte Frau Lindemann, entschuldigen Sie die späte Antwort, Ihre "
         "Nachricht war in einem Filterordner gelandet. Wie schön! Ich schicke Ihnen unseren "
         "Praktikumsleitfaden und würde Sie gern kurz anrufen."),
    ], folder="SPAM")
    c("genuine", "journalist_request", "de", "Lokalredakteurin will ein Interview zum Lehrkräftemangel", [
        ("journalist", "2023-02-08 12:30", "Hallo Frau Wischnewski, ich schreibe für die WAZ Essen über den "
         "Mangel an Informatik-Lehrkräften an Berufskollegs. Ihr Name fiel bei der IHK. Hätten Sie Zeit "
         "für ein kurzes Gespräch und wären Sie mit einem Foto im Netzwerklabor einverstanden?"),
        ("me", "2023-02-08 14:00", "Hallo Frau Sander, gern, das Thema liegt mir am Herzen. Ich müsste es "
         "kurz mit der Schulleitung abstimmen (Pressekontakte laufen über sie). Donnerstag nach der 6. "
         "Stunde ginge."),
        ("journalist", "2023-02-08 14:15", "Prima, ich warte auf Ihr Okay."),
    ])
    c("genuine", "event_invitation", "de", "Kollegin lädt zum Grillen der Fachgruppe ein", [
        ("kollegin", "2023-06-26 15:30", "Hey Andrea, Grillen der Fachgruppe ist am Freitag 7.7. bei mir im "
         "Garten in Kray, ab 17 Uhr. Jeder bringt was mit, ich hab Sucuk und Grillkäse. Kommst du?"),
        ("me", "2023-06-26 16:00", "Logo! Ich bring Nudelsalat mit, den ohne Mayo, keine Sorge."),
    ])
    c("genuine", "event_invitation", "de", "IHK lädt zum Ausbildersprechtag ein", [
        ("ihk", "2023-09-18 10:00", "Hallo Frau Wischnewski, am 9. November ist wieder unser Ausbilder-"
         "sprechtag IT in der IHK. Die Betriebe fragen jedes Jahr nach Ihnen, gerade wegen der "
         "Lernfeld-Umstellung. Können Sie wieder 15 Minuten zum Stand der Berufsschule sagen? Gruß, "
         "Thomas Brückner"),
        ("me", "2023-09-18 11:30", "Hallo Herr Brückner, gerne, ich bin dabei."),
    ])
    c("genuine", "vendor_price_change", "de", "Lernplattform-Anbieter kündigt Lizenzpreisänderung an", [
        ("lms_vendor", "2023-11-13 09:00", "Sehr geehrte Frau Wischnewski, wie bereits per Mail an die "
         "Schulleitung angekündigt, stellen wir zum neuen Schuljahr auf eine Lizenz pro aktivem Nutzer um "
         "(3,20 € statt pauschal 2.400 €). Für Ihre Schule mit ca. 900 aktiven Nutzern wäre das etwas "
         "teurer. Gerne rechne ich Ihnen eine Übergangslösung aus."),
        ("me", "2023-11-13 10:40", "Hallo Herr Feldkamp, 2.880 statt 2.400 € müssen wir dann mit dem "
         "Schulträger klären. Bitte schicken Sie mir die Übergangslösung schriftlich."),
    ])
    c("genuine", "it_support_ticket", "de", "Schul-IT-Technikerin zur WLAN-Störung", [
        ("schul_it", "2023-03-13 08:10", "Morgen Frau Wischnewski, der Access Point im 2. OG ist wieder "
         "raus. Ich bin ab 10 da, ist Raum 214 dann frei?"),
        ("me", "2023-03-13 08:20", "Ab 11:30 ist frei. Vorher schreiben die da eine Klausur - ohne WLAN "
         "ist mir das heute ganz recht, ehrlich gesagt."),
        ("schul_it", "2023-03-13 08:22", "Haha, verstehe. Dann 11:30."),
    ])
    c("genuine", "erasmus_partner", "en", "Dutch partner school about an exchange week", [
        ("erasmus_nl", "2023-01-30 13:00", "Hi Andrea, we have the dates for our students' visit: 15-19 May. "
         "8 students, 2 teachers. Could your school arrange a company visit in Essen, maybe at a data "
         "centre? And we would love to see the Zollverein, of course."),
        ("me", "2023-01-30 15:20", "Hi Pieter, great! I'll ask Ruhrdata about their data centre. "
         "Zollverein is a must - I'll book a guided tour in English. Do your students need a place to "
         "stay or is that organised?"),
        ("erasmus_nl", "2023-01-30 15:45", "We booked a hostel near the station. See you in May!"),
    ])
    c("genuine", "international_peer", "en", "Finnish network instructor shares lab material", [
        ("finland", "2022-12-05 09:00", "Hi Andrea, as promised at the conference in Tallinn, here's the "
         "link to our VLAN troubleshooting lab in English. Feel free to translate it. If you make a "
         "German version, could you share it back?"),
        ("me", "2022-12-05 11:10", "Thank you Aino! Of course. My students will hate the broken trunk "
         "port task, which means it's perfect."),
    ])
    c("genuine", "trainer_grade_discussion", "de", "Ausbildungsleiterin diskutiert eine Zeugnisnote", [
        ("ausbilder2", "2023-07-03 16:20", "Hallo Frau Wischnewski, Jannik ist ziemlich geknickt wegen der "
         "4 in Wirtschafts- und Sozialprozesse. Bei uns im Betrieb ist er einer der Besten. Können wir "
         "kurz telefonieren, wie wir ihn unterstützen können?"),
        ("me", "2023-07-03 17:00", "Gern, Frau Wolters. Es liegt an zwei verpassten Tests, nicht am "
         "Können. Er kann sie nachschreiben. Morgen 14 Uhr?"),
        ("ausbilder2", "2023-07-03 17:05", "Passt, danke!"),
    ])
    c("genuine", "foerderverein_quote", "de", "Förderverein will 3D-Drucker kaufen, Preis wird abgestimmt", [
        ("foerderverein", "2023-04-12 18:00", "Liebe Frau Wischnewski, der Vorstand hat beschlossen, dass wir "
         "für die IT-Systemelektroniker bis zu 1.500 € für einen 3D-Drucker übernehmen. Könnten Sie uns "
         "ein Angebot mit Verbrauchsmaterial zukommen lassen? Herzliche Grüße, Gisela Marx"),
        ("me", "2023-04-12 19:30", "Liebe Frau Marx, wie toll, vielen Dank an den Vorstand! Ich habe ein "
         "Angebot über 1.190 € für den Drucker plus 200 € Filament. Ich schicke es Ihnen morgen als PDF."),
    ])
    c("genuine", "trainee_company_new", "de", "kleiner Ausbildungsbetrieb fragt nach Anmeldung seines Azubis", [
        ("ausbilder3", "2023-07-24 12:00", "Hallo Frau Wischnewski, ich hab ab 1.8. meinen ersten Azubi, "
         "IT-Systemelektroniker. Muss ich den bei Ihnen anmelden oder macht das die IHK? Sorry für die "
         "Frage, bin neu in dem Ganzen. Gruß Hakan Çelik"),
        ("me", "2023-07-24 13:10", "Hallo Herr Çelik, herzlichen Glückwunsch! Die Anmeldung bei uns "
         "machen Sie über das Formular auf unserer Website, den Vertrag registriert die IHK. Berufsschultage "
         "sind im ersten Jahr Montag und Mittwoch. Murat Aydın arbeitet doch bei Ihnen - der kennt uns gut!"),
        ("ausbilder3", "2023-07-24 13:20", "Stimmt, der hat nur Gutes erzählt. Danke!"),
    ])
    c("genuine", "student_reference", "de", "Schülerin bittet um ein Empfehlungsschreiben", [
        ("studentin", "2023-10-30 17:45", "Hallo Frau Wischnewski, ich bewerbe mich für ein duales Studium "
         "Informatik bei der FH und die wollen ein Empfehlungsschreiben. Würden Sie das machen? Wäre bis "
         "15.11. nötig."),
        ("me", "2023-10-30 18:30", "Hallo Alina, sehr gern. Schicken Sie mir bitte die Ausschreibung, "
         "dann kann ich gezielt schreiben."),
    ])
    c("genuine", "facility_request", "de", "Hausmeister zur Klimaanlage im Serverraum", [
        ("hausmeister", "2023-07-17 07:30", "Morgen Frau Wischnewski. Die Klima im Serverraum tropft wieder. "
         "Ich hab nen Eimer druntergestellt, aber bei 32 Grad nächste Woche wird dat eng. Soll ich die "
         "Firma rufen oder macht dat die Stadt?"),
        ("me", "2023-07-17 07:45", "Morgen Herr Grabowski, danke! Bitte direkt die Stadt (Gebäudemanagement), "
         "die haben den Wartungsvertrag. Ich schreib Herrn Kampmann parallel an."),
    ])
    c("genuine", "department_group", "de", "Fachgruppen-Chat zur Aufteilung der Prüfungsaufsichten", [
        ("kollegin", "2023-04-17 14:00", "Hallo zusammen, Aufsichten für die AP1 am 25.4.: ich kann 1.-3. "
         "Stunde, danach muss ich zur Zeugniskonferenz."),
        ("kollege", "2023-04-17 14:20", "Ich nehm 4.-6."),
        ("me", "2023-04-17 14:35", "Super, dann mach ich Einlass und Auswertung. Danke euch!"),
    ], title="Fachgruppe IT – Prüfungen", extra=["peer_gelsen"])


def wanted(ex: Export) -> None:
    c = ex.conv
    c("wanted_pitch", "hardware_after_post", "de", "Gebrauchthändler für Netzwerkhardware bezieht sich auf ihren "
      "Beitrag über fehlende Switches", [
          ("w_switch", "2023-02-15 10:00", "Guten Tag Frau Wischnewski, ich habe Ihren Beitrag gelesen, in dem "
           "Sie beschreiben, dass sich im Netzwerklabor 28 Azubis 6 Switches teilen und Simulation allein "
           "eben nicht reicht, um ein falsch gestecktes Kabel zu finden. Wir bereiten gebrauchte Enterprise-"
           "Switches aus Rechenzentrumsrückbauten auf, geprüft, mit 12 Monaten Gewährleistung, zu etwa "
           "einem Fünftel des Neupreises - für Bildungseinrichtungen nochmal 10 % günstiger. Soll ich Ihnen "
           "eine Liste schicken, was wir aktuell in der Größe für ein Schul-Lab da haben?"),
          ("me", "2023-02-15 13:00", "Ja, bitte. Wichtig wäre uns Konsolenzugang und dass die Geräte "
           "zurückgesetzt sind."),
          ("w_switch", "2023-02-15 13:30", "Selbstverständlich, alle mit Werkseinstellung und Konsolenkabel. "
           "Liste kommt heute noch."),
      ])
    c("wanted_pitch", "edtech_after_talk", "de", "Git-Plattform für Schulen bezieht sich auf ihren Vortrag", [
        ("w_git", "2023-03-28 12:00", "Hallo Frau Wischnewski, ich war beim Digitaltag Bildung Ruhr in "
         "Bochum in Ihrem Vortrag. Sie erzählten, dass die Projektdokumentationen noch per USB-Stick "
         "abgegeben werden und Sie nie wissen, welche Version die letzte ist. Wir hosten Git-Instanzen "
         "für Schulen auf Servern in Deutschland, datenschutzkonform nach den NRW-Vorgaben, mit Klassen-"
         "Organisation und Abgabefristen. Für Berufskollegs ist das erste Schuljahr kostenlos. Hätten Sie "
         "Lust, das mit einer Klasse zu testen?"),
        ("me", "2023-03-28 15:45", "Sie haben gut zugehört :) Ja, gern mit der FI22a. Schicken Sie mir "
         "bitte den AV-Vertrag, den muss unser Datenschutzbeauftragter sehen."),
    ])
    c("wanted_pitch", "wlan_public_plan", "de", "WLAN-Spezialist kennt den öffentlichen Medienentwicklungsplan", [
        ("w_wlan", "2023-05-22 09:30", "Sehr geehrte Frau Wischnewski, im Ratsinformationssystem der Stadt "
         "Essen ist der Medienentwicklungsplan veröffentlicht, und dort steht Ihr Berufskolleg für 2024 mit "
         "der WLAN-Vollausleuchtung im Altbau. Wir haben genau so ein Gebäude (Backstein, 1960er, dicke "
         "Wände) letztes Jahr am Berufskolleg in Bottrop ausgeleuchtet. Die Ausschreibung läuft natürlich "
         "über die Stadt; ich biete Ihnen aber an, vorab eine kostenlose Messung zu machen, damit Sie im "
         "Gespräch mit dem Schulträger wissen, welche Räume problematisch sind."),
        ("me", "2023-05-22 11:00", "Das wäre tatsächlich hilfreich. Ich muss das aber mit Herrn Kampmann "
         "abstimmen, damit es keine Probleme mit dem Vergaberecht gibt."),
    ])
    c("wanted_pitch", "trainer_mutual_contact", "de", "Prüfungsvorbereitungs-Dozentin, von der IHK per Name "
      "empfohlen", [
          ("w_ihkmutual", "2023-01-09 14:00", "Hallo Frau Wischnewski, Thomas Brückner von der IHK hat mir "
           "Ihren Namen gegeben. Ich gebe AP1-Vorbereitungskurse für Fachinformatiker und er meinte, dass "
           "bei Ihnen viele Betriebe nach einem Kurs für ihre Azubis fragen. Ich würde den Kurs gern bei "
           "Ihnen an der Schule an zwei Samstagen anbieten, die Betriebe zahlen 180 € pro Azubi. Für die "
           "Schule entstehen keine Kosten, wir bräuchten nur einen Raum. Wäre das ein Gespräch wert?"),
          ("me", "2023-01-09 16:20", "Ja, wir haben tatsächlich oft solche Anfragen. Rufen Sie mich gern "
           "in der Schule an, Freitag ab 13 Uhr."),
      ])
    c("wanted_pitch", "hosting_specific_problem", "de", "Hoster nennt das konkrete Montag-8-Uhr-Lastproblem "
      "ihrer Moodle-Instanz", [
          ("w_moodle", "2023-09-11 10:05", "Hallo Frau Wischnewski, Ihr Moodle (lernen.bk-emscherpark...) "
           "ist heute zwischen 7:55 und 8:20 wieder nicht erreichbar gewesen - das sieht man auf den "
           "öffentlichen Statusseiten, und Ihre Schülervertretung hat sich auf Instagram darüber lustig "
           "gemacht. Typisch ist das, wenn 600 Leute gleichzeitig den Kurs öffnen und der Server keinen "
           "Cache hat. Wir hosten Moodle für 40 Schulen in NRW mit automatischer Skalierung zu "
           "Unterrichtsbeginn; Umzug inklusive Kursdaten am Wochenende. Möchten Sie ein Angebot?"),
          ("me", "2023-09-11 12:30", "Leider stimmt das alles. Schicken Sie mir ein Angebot für 1.000 "
           "Nutzer, ich gebe es an den Schulträger weiter."),
      ])
    c("wanted_pitch", "trainer_knows_setup", "de", "Linux-Trainer hat ihr öffentliches Ansible-Repository gesehen",
      [
          ("w_ansible", "2023-06-05 20:00", "Hallo Frau Wischnewski, ich bin über Ihr öffentliches Repository "
           "gestolpert, mit dem Sie die 120 Laborrechner per Ansible auf Ubuntu 22.04 bringen. Sauber "
           "gemacht! Mir ist aufgefallen, dass die Playbooks die Schülerkonten lokal anlegen - mit "
           "LDAP-Anbindung an Ihren Schulserver hätten Sie das Problem mit den vergessenen Passwörtern "
           "nach den Ferien los. Ich gebe Lehrerfortbildungen zu Linux-Administration; ein halber Tag für "
           "Ihre Fachgruppe mit genau Ihrem Setup würde 650 € kosten. Interesse?"),
          ("me", "2023-06-05 21:15", "Ha, die Passwörter nach den Ferien sind tatsächlich jedes Mal ein "
           "Drama. Ich frage die Fachgruppe, ob wir das über das Fortbildungsbudget machen."),
      ])
    c("wanted_pitch", "recruiter_relevant_role", "de", "Hochschule bietet Lehrauftrag passend zu ihrer "
      "Masterarbeit an", [
          ("w_lehrauftrag", "2023-08-14 11:00", "Sehr geehrte Frau Wischnewski, ich habe Ihre Masterarbeit "
           "zur Lernfelddidaktik in IT-Berufen gelesen (über die UB Duisburg-Essen). Wir suchen für das "
           "Wintersemester eine Lehrbeauftragte für 'Fachdidaktik Informatik in der beruflichen Bildung' im "
           "berufsbegleitenden Master, freitags abends in Essen, 2 SWS, Vergütung 65 € pro Stunde. Mit "
           "Ihrer Praxis wären Sie ideal. Dürfte ich Ihnen die Modulbeschreibung schicken?"),
          ("me", "2023-08-14 18:00", "Das ehrt mich. Ja, bitte schicken Sie die Modulbeschreibung - ich "
           "müsste es mir als Nebentätigkeit genehmigen lassen."),
      ])
    c("wanted_pitch", "supplier_curriculum", "de", "Lernkit-Anbieter bezieht sich auf ihre Lernsituation zu "
      "Lernfeld 7", [
          ("w_esp32", "2023-10-02 09:00", "Hallo Frau Wischnewski, auf Ihrer Schulwebsite ist Ihre "
           "Lernsituation zu Lernfeld 7 veröffentlicht (Temperaturüberwachung im Serverraum mit MQTT). Sie "
           "schreiben dort, dass die Sensoren oft nicht zu den Boards passen. Wir stellen Klassensätze mit "
           "ESP32, vorgelöteten Sensoren und einem fertig konfigurierten MQTT-Broker zusammen, 15 Kits für "
           "1.240 €. Ich würde Ihnen gern ein Muster-Kit zum Testen schicken, kostenlos und unverbindlich."),
      ])
    c("wanted_pitch", "edtech_after_press", "en", "CTF platform refers to the WAZ article about her cyber class",
      [
          ("w_ctf", "2023-03-06 15:00", "Hi Ms Wischnewski, apologies for writing in English - a colleague "
           "translated the WAZ article about your new cyber security elective for me. You mentioned that "
           "your students love capture-the-flag challenges but you build them all yourself at night. "
           "FlagForge has 200 ready-made challenges for vocational students, with German translations "
           "since January, and a free classroom plan for public schools. Would a 20-minute demo be useful?"),
          ("me", "2023-03-06 18:00", "Hello Ms Hart, no problem with English. Yes, a demo would be "
           "useful, ideally with a colleague. Next Tuesday 3pm CET?"),
      ])
    c("wanted_pitch", "local_it_visited", "de", "IT-Händler war beim Tag der offenen Tür und sah die alten HDDs", [
        ("w_ssd", "2023-11-27 19:00", "N'Abend Frau Wischnewski, ich war am Samstag mit meiner Tochter beim "
         "Tag der offenen Tür bei Ihnen. Im Labor haben die Schüler gezeigt, wie lange die Rechner zum "
         "Hochfahren brauchen - das waren ja noch HDDs drin. Ich hab einen kleinen IT-Laden in Kray und "
         "rüste solche Geräte auf SSD um, 39 € pro Rechner inkl. Klonen. Wenn die Azubis das selbst "
         "machen wollen, als Projekt, liefere ich auch nur die SSDs zum Einkaufspreis. Glück auf!"),
        ("me", "2023-11-27 20:30", "Guten Abend Herr Lichtenberg, die Idee mit dem Azubi-Projekt gefällt "
         "mir sehr. Schicken Sie mir ein Angebot für 60 SSDs, dann frag ich den Förderverein."),
    ])
    c("wanted_pitch", "consultant_public_register", "en", "Erasmus consultant refers to her school's accreditation "
      "in the public EU database", [
          ("w_erasmus", "2023-10-16 10:00", "Dear Ms Wischnewski, I saw in the Erasmus+ project results "
           "database that Berufskolleg Emscherpark has held a VET accreditation since 2021 but applied for "
           "only one short-term mobility last round. Many schools lose the remaining budget because the "
           "partner search is so time-consuming. We help accredited VET schools find host companies for "
           "IT apprentices in Poland and Ireland, fees paid from the organisational support budget, so "
           "nothing extra for the school. Could I send you a short overview?"),
      ])
    c("wanted_pitch", "publisher_new_curriculum", "de", "Fachverlag kennt ihre Rolle in der Lehrplankommission", [
        ("w_verlag", "2023-04-03 13:00", "Sehr geehrte Frau Wischnewski, laut Bekanntmachung der "
         "QUA-LiS-Seite waren Sie in der Lehrplankommission für die neuordnung der IT-Berufe. Wir bringen "
         "im Sommer ein Arbeitsbuch zu den Lernfeldern 10a und 11a (FI-AE) heraus und suchen zwei "
         "Lehrkräfte, die die Kapitel vorab gegenlesen - gegen Honorar und natürlich mit Freiexemplaren für "
         "Ihren Bildungsgang. Hätten Sie Interesse?"),
        ("me", "2023-04-03 16:00", "Grundsätzlich ja. Wie viel Umfang und bis wann?"),
        ("w_verlag", "2023-04-04 08:30", "Ca. 80 Seiten bis Ende Mai, Honorar 500 €."),
    ])


def junk(ex: Export) -> None:
    c = ex.conv
    c("junk", "template_school_marketing", "de", "Vorlage 1/5: Anmeldezahlen durch Social Ads", [
        ("j_t1", "2023-01-24 09:15", "Hallo Frau Wischnewski, ich bin auf das Berufskolleg Emscherpark "
         "gestoßen und war beeindruckt von Ihrem vielfältigen Bildungsangebot! Wir helfen Schulen, mit "
         "gezielten Instagram-Kampagnen bis zu 40 % mehr Anmeldungen zu gewinnen. Hätten Sie Lust auf ein "
         "kurzes Gespräch, um zu sehen, ob es passt?"),
    ])
    c("junk", "template_school_marketing", "de", "Vorlage 2/5, anderer Absender", [
        ("j_t2", "2023-03-09 10:02", "Hallo Frau Wischnewski, ich bin auf das Berufskolleg Emscherpark "
         "gestoßen und war wirklich beeindruckt von Ihrem tollen Schulprofil! Wir helfen Bildungseinrichtungen, "
         "mit TikTok-Kampagnen 30 % mehr Bewerbungen zu erzielen. Wäre ein kurzer Austausch interessant?"),
    ])
    c("junk", "template_school_marketing", "de", "Vorlage 3/5", [
        ("j_t3", "2023-05-03 08:45", "Hallo Andrea, bin auf das Berufskolleg Emscherpark gestoßen und war "
         "echt begeistert von eurem modernen Angebot! Wir helfen Schulen dabei, mit Google Ads bis zu 50 % "
         "mehr Anmeldungen zu bekommen. Lust auf einen kurzen Call, um zu schauen, ob's passt?"),
    ])
    c("junk", "template_school_marketing", "de", "Vorlage 4/5 mit Nachfassen", [
        ("j_t4", "2023-08-22 11:30", "Hallo Frau Wischnewski, ich bin auf das Berufskolleg Emscherpark "
         "gestoßen und war beeindruckt von Ihren innovativen Bildungsgängen! Wir unterstützen Schulen, "
         "mit YouTube-Kampagnen 35 % mehr Anmeldungen zu gewinnen. Hätten Sie Zeit für ein kurzes Gespräch?"),
        ("j_t4", "2023-08-29 11:30", "Hallo Frau Wischnewski, ich wollte meine Nachricht nur noch einmal "
         "nach oben holen :)"),
    ])
    c("junk", "template_school_marketing", "en", "template 5/5 in English", [
        ("j_t5", "2023-10-10 14:20", "Hi Andrea, I came across Berufskolleg Emscherpark and was really "
         "impressed by your diverse programs! We help schools boost enrollment by up to 45% with targeted "
         "LinkedIn campaigns. Would you be open to a quick chat to see if it's a fit?"),
    ])
    c("junk", "merge_tag_failure", "de", "ungefüllter Platzhalter {{Vorname}}, Fördermittelberatung", [
        ("j_tag1", "2023-02-02 07:30", "Hallo {{Vorname}},\n\nwussten Sie, dass {{Schule}} noch Anspruch auf "
         "Fördermittel aus dem DigitalPakt haben könnte? Wir übernehmen die komplette Antragstellung gegen "
         "eine Erfolgsprovision von 12 %. Melden Sie sich für eine kostenlose Erstberatung!"),
    ])
    c("junk", "merge_tag_failure", "de", "[Firma]-Platzhalter in Teambuilding-Angebot", [
        ("j_tag2", "2023-04-19 13:00", "Guten Tag,\n\nsuchen Sie ein besonderes Teamevent für [Firma]? Unsere "
         "Outdoor-Seminare stärken Zusammenhalt und Kommunikation in Ihrem Team. Jetzt Frühbucherrabatt "
         "für [Firma] sichern!"),
    ])
    c("junk", "merge_tag_failure", "de", "falsche Anrede und falsche Organisation", [
        ("j_tag3", "2023-06-28 10:10", "Sehr geehrter Herr Wischnewski, als Geschäftsführer des "
         "Gymnasium Borbeck kennen Sie das Problem: Papierchaos im Büro. CloudBüro24 digitalisiert Ihre "
         "Ablage in 30 Tagen. Darf ich Ihnen eine Demo zeigen?"),
    ])
    c("junk", "merge_tag_failure", "de", "%FIRSTNAME%-Platzhalter, PKV für Beamte", [
        ("j_tag4", "2023-09-25 18:00", "Liebe/r %FIRSTNAME%, als verbeamtete Lehrkraft haben Sie Anspruch "
         "auf Beihilfe - aber ist Ihr Restkostentarif wirklich optimal? Viele Lehrer zahlen 80 € zu viel im "
         "Monat. Ich mache Ihnen gern einen kostenlosen Vergleich."),
    ])
    c("junk", "sponsored_inmail", "de", "Sponsored InMail einer Fernakademie (MBA)", [
        ("j_spon1", "2023-03-15 12:00", "<p>Hallo Andrea,</p><p>Nächster Karriereschritt? Der "
         "berufsbegleitende MBA der Fernakademie für Management &ndash; 100&nbsp;% online, "
         "staatlich anerkannt.</p><p>Jetzt 4 Wochen gratis testen.</p>"),
    ], title=SPONSORED, subject="Ihr MBA neben dem Beruf")
    c("junk", "sponsored_inmail", "de", "Sponsored InMail: Beamtendarlehen", [
        ("j_spon2", "2023-07-05 12:00", "<p>Hallo Andrea,</p><p>Exklusiv f&uuml;r Beamte und Beamtinnen: "
         "Darlehen bis 120.000&nbsp;&euro; mit Top-Zins ab 3,9&nbsp;%.</p><p>Jetzt Konditionen "
         "pr&uuml;fen!</p>"),
    ], title=SPONSORED, subject="Beamtendarlehen zum Top-Zins")
    c("junk", "paid_award", "de", "Bildungspreis mit Teilnahme- und Siegerpaket-Gebühr", [
        ("j_award", "2023-05-10 10:00", "Sehr geehrte Frau Wischnewski,\n\nwir freuen uns, Ihnen mitzuteilen, "
         "dass Sie für den Deutschen Bildungsinnovationspreis 2023 in der Kategorie 'Digitale Schule' "
         "nominiert wurden! Um Ihre Nominierung zu bestätigen, wird eine Bearbeitungsgebühr von 390 € "
         "zzgl. MwSt. fällig. Im Preis enthalten: Urkunde, Siegel zur Nutzung auf Ihrer Website und "
         "Teilnahme an der Gala in Berlin (Begleitperson 190 €)."),
    ])
    c("junk", "paid_podcast", "de", "Podcast-Gastauftritt gegen 'Produktionskostenbeteiligung'", [
        ("j_podcast", "2023-06-07 17:00", "Hey Andrea! Wir vom Zukunft Bildung Podcast (Top 10 in der "
         "Kategorie Bildung!) suchen spannende Stimmen aus der Praxis. Du wärst perfekt! Für die "
         "Produktion, Schnitt und Social-Media-Snippets berechnen wir eine Beteiligung von 290 €. Soll ich "
         "dir einen Termin reservieren?"),
    ])
    c("junk", "paid_feature", "de", "Magazin-'Porträt' gegen Gebühr, mit Nachfassen nach Absage", [
        ("j_feature", "2023-02-21 09:00", "Sehr geehrte Frau Wischnewski, für unsere Ausgabe 'Digitale "
         "Berufskollegs' möchte unsere Redaktion Ihre Schule auf einer Doppelseite porträtieren. Der "
         "Kostenbeitrag beträgt 1.450 € (statt 2.200 €)."),
        ("me", "2023-02-21 12:00", "Danke, aber als öffentliche Schule können wir für redaktionelle Beiträge "
         "nichts bezahlen."),
        ("j_feature", "2023-02-23 09:00", "Verstehe ich! Vielleicht passt ja eine halbe Seite für 690 €? "
         "Das Angebot gilt bis Freitag."),
    ])
    c("junk", "offers_what_she_sells", "de", "IT-Akademie bietet einer IT-Lehrerin IT-Schulungen an", [
        ("j_sameoffer", "2023-03-22 08:00", "Guten Tag Frau Wischnewski, wussten Sie, dass IT-Kenntnisse im "
         "Beruf immer wichtiger werden? Die IT-Akademie Voss bietet Schulungen zu Netzwerktechnik, Linux und "
         "Programmierung für Ihre Mitarbeitenden an - auch als Inhouse-Seminar. Darf ich Ihnen unser "
         "Kursprogramm schicken?"),
    ])
    c("junk", "capacity_question", "de", "'Haben Sie Kapazitäten für neue Projekte?'", [
        ("j_capacity", "2023-05-30 11:00", "Hallo Andrea, kurze Frage: Hast du aktuell Kapazitäten für neue "
         "Kundenprojekte? Wir vermitteln IT-Freelancer an Konzerne, Tagessätze ab 750 €. Schick mir gern "
         "dein aktuelles Profil!"),
    ])
    c("junk", "like_minded_connect", "de", "'gleichgesinnte Bildungsvisionäre', dann Coaching-Angebot", [
        ("j_likeminded", "2023-08-08 20:00", "Liebe Andrea, ich liebe es, mich mit gleichgesinnten "
         "Bildungsvisionären zu vernetzen, die Schule neu denken! Ich begleite Lehrkräfte, die sich ein "
         "zweites Standbein als Coach aufbauen wollen - mein 12-Wochen-Programm hat schon 200 Lehrkräften "
         "zu 3.000 € Zusatzeinkommen verholfen. Lust auf ein unverbindliches Kennenlernen?"),
    ])
    c("junk", "quick_call", "de", "'kurzes 15-minütiges Gespräch' zur Schulverwaltungssoftware", [
        ("j_15min", "2023-09-19 08:30", "Guten Morgen Frau Wischnewski, hätten Sie diese Woche 15 Minuten für "
         "ein kurzes Gespräch? Wir zeigen Ihnen, wie Schulverwaltung 360 Ihre Verwaltung um 30 % entlastet. "
         "Wie sieht Ihr Donnerstag aus?"),
    ])
    c("junk", "connect_then_pitch", "de", "Einladung und Verbindung kurz vorher, Smalltalk, Pitch in Nachricht 2", [
        ("j_ctp1", "2023-02-06 08:30", "Vielen Dank für die Vernetzung, Frau Wischnewski! Spannend, was Sie "
         "am Berufskolleg machen. Wie lange sind Sie schon in Essen?"),
        ("me", "2023-02-06 12:40", "Gerne. Schon immer, bin in Altenessen aufgewachsen."),
        ("j_ctp1", "2023-02-06 13:00", "Toll, eine echte Ruhrgebietlerin! Übrigens: Viele Berufskollegs "
         "setzen inzwischen auf unsere interaktiven 86-Zoll-Displays. Aktuell haben wir ein "
         "Schulpaket mit 20 % Rabatt. Darf ich Ihnen ein Angebot schicken?"),
    ])
    c("junk", "connect_then_pitch", "de", "Einladung am selben Tag, Finanzberatung nach Smalltalk", [
        ("j_ctp2", "2023-04-17 20:00", "Hallo Andrea, danke fürs Annehmen! Wie läuft das Schuljahr bei dir "
         "so?"),
        ("j_ctp2", "2023-04-19 19:00", "Ich frage, weil viele Lehrkräfte, mit denen ich spreche, sich Gedanken "
         "über die Versorgungslücke im Alter machen. Ich habe ein Konzept speziell für Beamtinnen. "
         "Hast du 30 Minuten für ein kostenloses Gespräch?"),
    ])
    c("junk", "connect_then_pitch", "de", "Einladung mit Notiz, Pitch in Nachricht 3", [
        ("j_ctp3", "2023-06-12 08:40", "Hi Andrea, schön, dass wir jetzt vernetzt sind! Was motiviert dich "
         "an deinem Job am meisten?"),
        ("me", "2023-06-12 16:00", "Wenn die Azubis was zum ersten Mal zum Laufen bringen."),
        ("j_ctp3", "2023-06-13 08:00", "Wie schön! Und was raubt dir am meisten Energie?"),
        ("j_ctp3", "2023-06-15 08:00", "Genau dafür habe ich mein Resilienz-Training für Lehrkräfte "
         "entwickelt: 6 Sessions, 890 €, auch über Bildungsurlaub absetzbar. Soll ich dir den Link "
         "schicken?"),
    ])
    c("junk", "follow_up_bumps", "de", "Tablet-Leasing mit zwei Nachfassern, keine Antwort", [
        ("j_bump1", "2023-01-11 10:00", "Guten Tag Frau Wischnewski, Tablets für alle Schüler ohne "
         "Investitionskosten? Mit unserem Leasingmodell ab 9,90 € pro Gerät und Monat. Interesse?"),
        ("j_bump1", "2023-01-18 10:00", "Guten Tag Frau Wischnewski, haben Sie meine Nachricht gesehen?"),
        ("j_bump1", "2023-02-01 10:00", "Ich gehe davon aus, dass aktuell kein Bedarf besteht. Ich melde mich "
         "im nächsten Quartal noch einmal."),
    ])
    c("junk", "follow_up_bumps", "en", "English email security pitch with bumps", [
        ("j_bump2", "2023-05-16 06:00", "Hi Andrea, did you know 91% of cyber attacks start with email? "
         "SecureMail Pro protects organizations like Berufskolleg Emscherpark. Worth a quick look?"),
        ("j_bump2", "2023-05-19 06:00", "Hi Andrea, bumping this in case it got buried."),
        ("j_bump2", "2023-05-26 06:00", "Hi Andrea, should I reach out to someone else on your team?"),
    ])
    c("junk", "follow_up_bumps", "de", "Vertriebsagentur, nur Nachfasser, archiviert", [
        ("j_bump3", "2023-10-04 09:00", "Hallo Frau Wischnewski, ich komme zurück auf meine letzte Nachricht "
         "zu planbaren Neukundenterminen. Wie sehen Sie das?"),
        ("j_bump3", "2023-10-11 09:00", "Hallo Frau Wischnewski, ein letztes Mal: Passt das Thema gerade?"),
    ], folder="ARCHIVE")
    c("junk", "fluent_generic", "de", "glatter Beratungs-Pitch, nennt die Schule, passt aber auf jeden", [
        ("j_fluent", "2023-11-21 14:00", "Sehr geehrte Frau Wischnewski,\n\ndas Berufskolleg Emscherpark steht "
         "wie viele Organisationen vor der Herausforderung, Transformation nicht nur zu planen, sondern "
         "nachhaltig zu verankern. Als Partner von Bildungs- und Non-Profit-Organisationen begleiten wir "
         "Führungskräfte dabei, Veränderung ganzheitlich zu gestalten - von der Vision bis zur Umsetzung. "
         "Gern würde ich mit Ihnen ausloten, wie wir das Berufskolleg Emscherpark auf diesem Weg "
         "unterstützen können.\n\nMit besten Grüßen\nDr. Henrike Falk"),
    ])
    c("junk", "generic_refurbished", "de", "generischer Refurbished-Laptop-Pitch, Gegenstück zum Switch-Händler", [
        ("j_laptops", "2023-02-28 07:45", "Hallo, wir bieten generalüberholte Business-Laptops mit "
         "Garantie zu unschlagbaren Preisen. Ideal für Unternehmen jeder Größe! Jetzt Staffelpreise "
         "anfragen."),
    ])
    c("junk", "generic_it_service", "de", "generischer IT-Dienstleister", [
        ("j_itdienst", "2023-07-12 15:00", "Sehr geehrte Damen und Herren, PohlTech IT-Services ist Ihr "
         "zuverlässiger Partner für IT-Betreuung, Cloud-Lösungen und Cybersecurity. Wir betreuen kleine "
         "und mittelständische Unternehmen im ganzen Ruhrgebiet. Vereinbaren Sie jetzt ein kostenloses "
         "Erstgespräch!"),
    ])
    c("junk", "generic_lms", "de", "generische Lernplattform, Gegenstück zum Moodle-Hoster", [
        ("j_lms", "2023-09-27 10:00", "Hallo Frau Wischnewski, ist Ihre Organisation bereit für das Lernen "
         "der Zukunft? Lernwelt 4.0 ist die KI-gestützte Lernplattform für Unternehmen und Schulen. "
         "Jetzt kostenlose Demo sichern!"),
    ])
    c("junk", "irrelevant_recruiter", "de", "Recruiter mit SAP-Stelle in München, ohne Bezug", [
        ("j_recruiter", "2023-04-25 16:30", "Hallo Andrea, dein Profil hat mich sehr angesprochen! Für einen "
         "namhaften Kunden in München suche ich einen SAP S/4HANA FI/CO Senior Consultant (m/w/d), "
         "100 % remote möglich, bis 95.000 €. Hast du Interesse an einem kurzen Austausch?"),
    ])
    c("junk", "off_topic_product", "de", "Photovoltaik fürs Eigenheim", [
        ("j_solar", "2023-03-30 18:20", "Hallo Frau Wischnewski, die Strompreise steigen weiter - machen Sie "
         "sich unabhängig! Photovoltaik-Komplettanlage inklusive Speicher ab 0 € Anzahlung. Jetzt "
         "kostenlosen Vor-Ort-Termin in Essen vereinbaren."),
    ])
    c("junk", "off_topic_investment", "de", "Krypto-Investmentclub", [
        ("j_krypto", "2023-08-30 22:00", "Hi Andrea, als Lehrerin hast du ein sicheres Einkommen - aber lässt "
         "du dein Geld auch für dich arbeiten? Unser privater Investmentclub erzielt 2-3 % pro Monat mit "
         "KI-Trading. Darf ich dir mehr erzählen?"),
    ], folder="SPAM")
    c("junk", "generic_cyber_training", "en", "generic cyber awareness training, counterpart of the CTF platform", [
        ("j_cyber", "2023-06-20 13:00", "Hello Andrea, is your workforce your weakest link? CyberShield "
         "Academy delivers engaging security awareness training for employees of all levels. Book a demo "
         "and get 3 months free."),
    ])
    c("junk", "mass_newsletter", "de", "Massen-Newsletter eines Schulbuchversands", [
        ("j_verlag", "2023-11-02 06:00", "Liebe Lehrkräfte, der Herbst-Sale ist da! Bis zu 30 % auf "
         "ausgewählte Unterrichtsmaterialien für alle Schulformen. Nur bis Sonntag - jetzt im Shop "
         "stöbern!"),
    ])
    c("junk", "generic_school_trips", "de", "Klassenfahrten-Angebot, generisches Gegenstück zur Erasmus-Beratung", [
        ("j_reisen", "2023-01-05 11:00", "Liebe Lehrkraft, planen Sie schon Ihre Klassenfahrt 2023? London, "
         "Rom oder Prag ab 299 € pro Person inklusive Bus und Programm. Jetzt unverbindlich Angebot "
         "anfordern und Freiplatz für Lehrkräfte sichern!"),
    ])
    c("junk", "generic_kits", "de", "Robotik-Bausätze für Grundschulen, generisches Gegenstück zum ESP32-Anbieter", [
        ("j_robotik", "2023-10-18 09:30", "Hallo Frau Wischnewski, begeistern Sie Ihre Schülerinnen und "
         "Schüler schon in der Grundschule für MINT! Unsere RoboKids-Sets sind kinderleicht und ab 6 Jahren "
         "geeignet. Klassensatz jetzt mit 15 % Rabatt."),
    ])
    c("junk", "offers_what_she_sells", "de", "Umschulung zum Fachinformatiker wird der Fachinformatik-Lehrerin "
      "angeboten", [
          ("j_umschulung", "2023-07-26 17:00", "Hallo Andrea, Lust auf einen Neustart in der IT? Mit unserer "
           "Umschulung zum Fachinformatiker (m/w/d) in 24 Monaten - zu 100 % gefördert durch "
           "Bildungsgutschein. Keine Vorkenntnisse nötig! Jetzt kostenlos beraten lassen."),
      ])
    c("junk", "off_topic_product", "en", "English freight forwarding pitch", [
        ("j_freight", "2023-08-15 03:40", "Dear Andrea,\nGood day! This is Kevin from Oceanlink Freight. We "
         "offer competitive sea and air freight rates from China to Hamburg and Rotterdam, door to door "
         "service. Please let me know if you have any shipments recently.\nBest regards"),
    ], folder="SPAM")
    c("junk", "generic_promo_items", "de", "Werbekalender-Angebot an eine Lehrerin", [
        ("j_kalender", "2023-12-04 08:00", "Sehr geehrte Damen und Herren, auch in diesem Jahr bieten wir "
         "Ihnen Wandkalender und Werbeartikel mit Ihrem Logo an. Jetzt bis 15.12. bestellen und "
         "pünktlich zum Jahreswechsel verteilen!"),
    ], subject="Werbekalender 2024")


def main() -> None:
    ex = Export(SLUG, "2023", OWNER)
    people(ex)
    genuine(ex)
    wanted(ex)
    junk(ex)
    profile = {
        "First Name": "Andrea", "Last Name": "Wischnewski",
        "Headline": "IT-Lehrerin & Bildungsgangleitung Fachinformatik am Berufskolleg Emscherpark Essen",
        "Summary": "Ich unterrichte Fachinformatiker:innen und IT-Systemelektroniker:innen, leite den "
                   "Bildungsgang und sitze im IHK-Prüfungsausschuss. Netzwerklabor, Lernfelder, "
                   "Linux im Klassenraum. Glück auf!",
        "Industry": "Primary and Secondary Education", "Zip Code": "45329",
        "Geo Location": "Essen, Nordrhein-Westfalen, Deutschland",
    }
    positions = [
        {"Company Name": "Berufskolleg Emscherpark Essen", "Title": "Studienrätin, Bildungsgangleitung "
         "Fachinformatik", "Description": "Informatik, IT-Systeme, Netzwerktechnik; Koordination der "
         "dualen IT-Ausbildung.", "Location": "Essen", "Started On": "Aug 2014"},
        {"Company Name": "IHK zu Essen", "Title": "Prüferin FI-AE (ehrenamtlich)", "Description": "",
         "Location": "Essen", "Started On": "Jan 2017"},
        {"Company Name": "Emscher Data GmbH", "Title": "Systemadministratorin", "Description": "",
         "Location": "Gelsenkirchen", "Started On": "Sep 2008", "Finished On": "Jul 2012"},
    ]
    skills = ["Informatikdidaktik", "Netzwerktechnik", "Linux", "Ansible", "Moodle",
              "Berufliche Bildung", "Lernfeldunterricht"]
    ex.write(HERE.parents[1] / SLUG, profile, positions, skills)
    print(ex.summary())


if __name__ == "__main__":
    main()

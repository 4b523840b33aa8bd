"""dev15 persona (written blind as heldout21, session 4): Persona de-fitness-studio-owner-koeln (heldout21, written blind): Katrin Schallenberg, owner of
Rheinkraft Studios, two independent fitness and physio-prevention studios in Köln-Ehrenfeld and
Köln-Sülz. Every message below is written by hand for this corpus. Layout 2021.
Run: /work/main/.venv/bin/python corpus/dev15/_build/de_fitness_studio_owner_koeln.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-fitness-studio-owner-koeln"
OWNER = Person("me", "Katrin Schallenberg", "https://www.linkedin.com/in/katrin-schallenberg-rheinkraft",
               "Rheinkraft Studios", "Inhaberin")
x = Export(SLUG, "2021", OWNER)
P = x.person

# ----------------------------------------------------------------- people: genuine
P("lea", "Lea Pütz", "", "Mitglied Rheinkraft Ehrenfeld", connected="2022-03-14")
P("hans", "Hans-Werner Esser", "Rentner", "Mitglied Rheinkraft Sülz", connected="2021-09-30")
P("jonas", "Jonas Kreuzberg", "Rheinkraft Studios", "Trainer (B-Lizenz)", connected="2020-05-11")
P("aylin", "Aylin Demir", "Rheinkraft Studios", "Physiotherapeutin, Kursleitung Rücken", connected="2021-02-01")
P("marco", "Marco Lenz", "", "Physiotherapeut (B.Sc.)", connected=None)
P("sophie", "Sophie Wirtz", "", "Studentin Sportwissenschaft", connected="2025-08-29")
P("berg", "Ralf Bergmann", "Bergmann Sportgeräte GmbH", "Gebietsverkaufsleiter West", connected="2016-04-20")
P("techn", "Uwe Hamacher", "Bergmann Sportgeräte GmbH", "Servicetechniker", connected="2019-01-15")
P("kk", "Dr. Simone Brauckmann", "Rheinische Betriebskrankenkasse", "Referentin Prävention", connected="2020-11-03")
P("hr1", "Nadine Falkenberg", "Kaltenbach Logistik GmbH", "Personalleiterin", connected="2025-01-22")
P("hr2", "Thomas Odenthal", "Stadtwerke Frechen-Süd", "Betriebliches Gesundheitsmanagement", connected="2024-09-05")
P("physio", "Björn Klefisch", "Physio am Aachener Weiher", "Inhaber", connected="2018-06-18")
P("recr", "Miriam Hoff", "Hoff Personal Köln", "Personalberaterin Gesundheit & Sport", connected="2025-03-04")
P("journo", "Jan Schmitz-Bongard", "Ehrenfelder Veedelsblatt", "Redakteur", connected="2023-10-16")
P("stamm", "Petra Kürten", "Unternehmerinnen-Netzwerk Köln-West", "Sprecherin", connected="2019-03-21")
P("ty1", "Gaby Hilgers", "", "Mitglied Rheinkraft Sülz", connected="2023-05-02")
P("ty2", "Frank Broich", "Broich Sanitätshaus", "Inhaber", connected="2017-09-12")
P("ty3", "Melanie Overath", "", "Mitglied Rheinkraft Ehrenfeld", connected="2024-01-08")
P("spamm", "Dieter Lückerath", "", "Mitglied Rheinkraft Ehrenfeld", connected=None)
P("vermieter", "Gerd Schäfer", "Schäfer Immobilienverwaltung", "Hausverwaltung", connected="2019-07-07")
P("exjob", "Tobias Ritterbach", "", "Personal Trainer", connected="2018-02-02")
P("dshs", "Anja Wendland", "Sporthochschule (ehem. Kommilitonin)", "Sportwissenschaftlerin", connected="2010-11-22")
P("bank", "Stefan Pohl", "Kreissparkasse Rhein-Erft", "Firmenkundenberater", connected="2016-02-29")
P("yoga", "Clara Nettesheim", "", "Yogalehrerin (freiberuflich)", connected="2020-09-09")
P("kunde_b", "Ingo Krämer", "Krämer & Söhne Druckerei", "Geschäftsführer", connected="2021-06-01")
P("ortho", "Dr. Markus Heinen", "Orthopädie am Sülzgürtel", "Facharzt für Orthopädie", connected="2022-02-17")
P("verein", "Ute Kremer", "TuS Sülz 07 e.V.", "Jugendwartin", connected="2023-04-24")
P("tr_group1", "Ben Hürth", "Rheinkraft Studios", "Trainer", connected="2023-06-01")
P("tr_group2", "Selin Aksoy", "Rheinkraft Studios", "Trainerin", connected="2024-02-15")
P("soft", "Kerstin Vogt", "StudioFlow Software GmbH", "Kundenbetreuung", connected="2020-01-10")
P("expat", "Ryan O'Connell", "", "Member, Rheinkraft Ehrenfeld", connected="2024-11-02")
P("gamehr", "Elena Marković", "Pixelhafen Games GmbH", "People & Culture Lead", connected="2025-04-09")
P("friend", "Sandra Jüssen", "", "Freundin, Grundschullehrerin", connected="2012-05-05")
P("elektro", "Achim Rösner", "Rösner Elektrotechnik", "Meister", connected="2019-10-10")
P("steuer", "Birgit Zons", "Zons Steuerberatung", "Steuerberaterin", connected="2015-01-12")

# ----------------------------------------------------------------- people: wanted pitches
P("w_book", "Philipp Assenmacher", "Kurswerk Software", "Gründer", connected="2025-05-12")
P("w_bgm", "Dr. Julia Reinartz", "Reinartz BGM Beratung", "Beraterin Betriebliches Gesundheitsmanagement", connected="2024-11-20",
  invite=("IN", "2024-11-19 18:30", "Liebe Frau Schallenberg, Ihr Impuls beim IHK-Frühstück zu Firmenfitness war der beste Beitrag des Morgens. Gern vernetzt!"))
P("w_web", "Lukas Frings", "Frings Webwerk", "Webentwickler", connected=None)
P("w_floor", "Holger Mertens", "SilentFloor Sportböden", "Projektleiter", connected=None)
P("w_used", "Erwin Stommel", "Stommel Gebrauchtgeräte", "Inhaber", connected="2025-02-10")
P("w_sign", "Nina Berger", "Veedelsdruck Werbetechnik", "Inhaberin", connected=None)
P("w_pay", "Daniel Kürschner", "Lastschrift Plus GmbH", "Key Account Fitness", connected=None)
P("w_recr", "Tanja Wolff", "PhysioJobs Rheinland", "Recruiterin", connected="2025-07-03")
P("w_social", "Mara Lindlar", "", "Social-Media-Freelancerin 50+", connected="2025-06-20")
P("w_zpp", "Heike Brühl", "Präventionskurs-Service Brühl", "Beraterin Kurszertifizierung", connected=None)
P("w_drink", "Paul Neuhaus", "Rheinquell Sportgetränke", "Außendienst", connected=None)
P("w_corp", "Sebastian Kaul", "Firmenfit Rheinland", "Partnermanagement", connected="2025-09-15")

# ----------------------------------------------------------------- people: junk
P("j_book", "Marcel Engel", "BookMaster 360", "Sales Manager DACH", connected=None)
P("j_leads", "Kevin Richter", "B2B Leadmaschine", "Geschäftsführer", connected=None)
P("j_web", "Anil Kapoor", "WebSolutions India", "Digital Marketing Consultant", connected=None)
P("j_floor", "Sven Hoffmann", "BodenProfi24", "Vertrieb", connected=None)
P("j_pay", "Laura Klein", "PayFast Europe", "Business Development", connected=None)
P("j_social", "Jessica Baumann", "Social Boost Agentur", "Account Managerin", connected=None)
P("j_corp", "Florian Weber", "CorporateMove", "Partner Acquisition", connected=None)
P("j_pv", "Michael Schulte", "SonnenStrom Direkt", "Energieberater", connected=None)
P("j_crypto", "Alexander König", "", "Finanzcoach | Trader | Mentor", connected="2025-03-18")
P("j_online", "Nico Sander", "FitAtWork Online", "Gründer", connected=None)
P("j_capacity", "Julia Schreiber", "Kundenstrom Agentur", "Partnermanagerin", connected=None)
P("j_like", "Dennis Vogel", "", "Unternehmer | Speaker | Visionär", connected="2025-02-03",
  invite=("IN", "2025-02-02 21:44", "Hallo Katrin, ich vernetze mich gern mit gleichgesinnten Unternehmerinnen und Unternehmern!"))
P("j_15", "Patrick Lange", "Growth Partners GmbH", "Senior Consultant", connected=None)
P("j_ctp1", "Stefanie Horn", "VitalEMS Leasing", "Regionalleitung", connected="2025-01-09",
  invite=("IN", "2025-01-08 11:20", ""))
P("j_ctp2", "Oliver Brandt", "KI-Rezeption GmbH", "Vertrieb", connected="2025-06-02",
  invite=("IN", "2025-06-01 09:15", "Hallo Frau Schallenberg, ebenfalls aus Köln, gern vernetzen!"))
P("j_ctp3", "Benedikt Maurer", "Prime Supplements", "Brand Ambassador", connected="2025-10-13",
  invite=("IN", "2025-10-12 20:05", ""))
P("j_bump", "Tim Berger", "ReviewRocket", "Kundenberater", connected=None)
P("j_bump2", "Lisa Krüger", "EnergieSpar Makler", "Energieberaterin", connected=None)
P("t1", "Jana Peters", "Fitness Marketing Pro", "Beraterin", connected=None)
P("t2", "Robert Fuchs", "StudioWachstum", "Consultant", connected=None)
P("t3", "Carina Schütz", "Mitgliederplus", "Growth Managerin", connected=None)
P("t4", "Max Hartmann", "GymLeads", "Vertrieb", connected=None)
P("t5", "Chloe Bennett", "FitFunnel Agency", "Client Partner", connected=None)
P("m1", "Sarah Wagner", "CloudKasse", "Vertrieb", connected=None)
P("m2", "Marius Lorenz", "Recruiting Now", "Recruiter", connected=None)
P("m3", "Anna Zimmermann", "Druckwerk Online", "Sales", connected=None)
P("m4", "Thomas Beck", "Franchise Vision", "Expansion Manager", connected=None)
P("sp1", "MoveGear Pro", "", "", url="https://www.linkedin.com/company/movegear-pro")
P("sp2", "Allfinanz Gewerbeschutz", "", "", url="https://www.linkedin.com/company/allfinanz-gewerbeschutz")
P("sp3", "HealthCert Akademie", "", "", url="https://www.linkedin.com/company/healthcert-akademie")
P("j_award", "Verena Krause", "Top-Studio Award Deutschland", "Projektleitung", connected=None)
P("j_feature", "Daniel Roth", "Fitness Unternehmer Magazin", "Anzeigenleitung", connected=None)
P("j_fluent", "Katharina Seidel", "Nordlicht Consulting", "Senior Partnerin", connected=None)
P("j_chat", "Jonathan Albers", "ChatGym AI", "Founder", connected=None)
P("j_dubai", "Sami Haddad", "Gulf Property Invest", "Investment Advisor", connected=None)
P("j_lease", "Carsten Möller", "Flottenprofi", "Dienstwagenberater", connected=None)
P("j_mlm", "Vanessa Jung", "", "Gesundheitsbotschafterin", connected=None)
P("j_webinar", "Christian Petersen", "Studio Profit Akademie", "Gründer & Coach", connected=None)

# ======================================================================== genuine (35)
x.conv("genuine", "member_request", "de", "Mitglied möchte wegen Schwangerschaft pausieren",
       [("lea", "2025-03-03 19:12", "Hi Katrin! Ich hab ne schöne Nachricht: ich bin schwanger 🙂 Kann ich meinen Vertrag ab April ruhen lassen? Brauchst du ne Bescheinigung vom Arzt?"),
        ("me", "2025-03-03 20:30", "Herzlichen Glückwunsch, Lea!! Klar geht das. Einfach kurz den Mutterpass oder ne Bescheinigung an der Theke zeigen, dann pausieren wir bis zu 12 Monate ohne Kosten. Und wenn du magst: Aylin macht ab Mai einen Rückbildungskurs."),
        ("lea", "2025-03-03 20:34", "Du bist die Beste ❤️")])
x.conv("genuine", "member_feedback", "de", "älteres Mitglied lobt Trainer, fragt nach Kurszeiten",
       [("hans", "2024-10-07 10:05", "Sehr geehrte Frau Schallenberg, ich wollte einmal sagen, dass der junge Herr Kreuzberg sich sehr gut um mich kümmert seit meiner Knie-OP. Gibt es den Kurs Rücken-fit auch Donnerstags vormittags? Mit freundlichen Grüßen, H.-W. Esser"),
        ("me", "2024-10-07 12:40", "Lieber Herr Esser, das freut mich sehr, ich richte es Jonas aus! Donnerstags um 10:30 Uhr läuft der Kurs in Sülz, es sind noch zwei Plätze frei. Soll ich Sie eintragen?"),
        ("hans", "2024-10-07 13:15", "Ja bitte. Vielen Dank und schöne Grüße an das ganze Team.")])
x.conv("genuine", "employee_shift", "de", "Trainer meldet sich krank, Schichttausch",
       [("jonas", "2025-11-11 06:40", "Moin Katrin, mich hats erwischt, Fieber. Ben kann meine Frühschicht übernehmen, hab schon gefragt. Sorry gerade heute am 11.11. 🤧"),
        ("me", "2025-11-11 07:05", "Gute Besserung! Danke dass du das schon geregelt hast. Kurier dich aus, der Zoch läuft auch ohne dich 😉")])
x.conv("genuine", "employee_contract", "de", "Angestellte Physiotherapeutin möchte mehr Stunden und spricht Gehalt an",
       [("aylin", "2025-06-16 21:10", "Hallo Katrin, hast du diese Woche mal 20 Minuten? Ich würde gern ab September auf 30 Stunden aufstocken, die Rückenkurse sind ja dauernd voll. Und ich würde dann auch gern übers Gehalt reden, ich hab jetzt die Zusatzqualifikation Beckenboden."),
        ("me", "2025-06-17 08:15", "Hallo Aylin, sehr gern, das passt mir sogar gut in die Planung. Mittwoch nach dem 18-Uhr-Kurs in Sülz? Dann bring ich einen Entwurf für die Vertragsänderung mit."),
        ("aylin", "2025-06-17 08:20", "Perfekt, danke dir!")])
x.conv("genuine", "job_applicant", "de", "Bewerbung Physiotherapeut auf Stellenanzeige",
       [("marco", "2025-07-10 17:45", "Sehr geehrte Frau Schallenberg,\nich habe Ihre Stellenanzeige für eine/n Physiotherapeut/in (Teilzeit, Prävention) gesehen und möchte mich hiermit bewerben. Ich habe meinen Bachelor an der Hochschule in Bochum gemacht und arbeite seit drei Jahren in einer Praxis in Bonn, möchte aber gern mehr präventiv arbeiten. Meine Unterlagen schicke ich Ihnen gern per Mail.\nViele Grüße\nMarco Lenz"),
        ("me", "2025-07-11 09:00", "Hallo Herr Lenz, vielen Dank für Ihr Interesse! Schicken Sie die Unterlagen gern an jobs@rheinkraft-studios.de. Hätten Sie nächste Woche Zeit für ein Kennenlernen mit Probetraining?"),
        ("marco", "2025-07-11 09:30", "Sehr gern, Dienstag oder Donnerstag nachmittags ginge.")])
x.conv("genuine", "job_applicant", "de", "Studentin fragt nach Minijob an der Theke",
       [("sophie", "2025-08-30 14:20", "Hey, ich studier an der Spoho und trainier bei euch in Ehrenfeld. Sucht ihr zufällig noch jemanden für die Theke am WE? Minijob würde mir reichen 🙂"),
        ("me", "2025-08-30 16:00", "Hi Sophie, tatsächlich ja! Samstag 9-15 Uhr wäre frei. Komm doch Montag kurz vorbei, dann quatschen wir."),
        ("sophie", "2025-08-30 16:05", "Mega, bis Montag!")])
x.conv("genuine", "vendor_price_change", "de", "langjähriger Gerätelieferant kündigt Preiserhöhung an",
       [("berg", "2025-10-20 11:30", "Hallo Katrin, ich wollte dich vorwarnen, bevor das offizielle Schreiben kommt: Zum 1. Januar erhöhen wir die Listenpreise im Kraftbereich um 6 %, bei Cardio um 4 %. Für dich als Bestandskundin halte ich die alten Preise bis 15.12. fest, falls ihr noch was für Sülz bestellen wollt. Ruf mich gern an."),
        ("me", "2025-10-20 13:05", "Danke Ralf, fair von dir. Wir wollten eh die zwei Beinpressen in Sülz tauschen. Schick mir bitte ein Angebot mit Inzahlungnahme der alten, dann entscheide ich bis Ende November."),
        ("berg", "2025-10-21 09:00", "Angebot ist raus, mit 1.400 € Inzahlungnahme für beide. Grüße an die Truppe!")])
x.conv("genuine", "vendor_service_contract", "de", "Servicetechniker zur Wartung, Wartungsvertrag verlängern",
       [("techn", "2025-02-12 08:05", "Guten Morgen Frau Schallenberg, Laufband Nr. 3 in Ehrenfeld hat einen Lagerschaden, Ersatzteil ist bestellt, kommt Freitag. Ihr Wartungsvertrag läuft übrigens Ende März aus, Herr Bergmann schickt das Verlängerungsangebot."),
        ("me", "2025-02-12 08:30", "Danke Herr Hamacher! Dann hängen wir ein Schild an die 3. Freitag passt."),
        ("techn", "2025-02-14 15:40", "Laufband läuft wieder. Schönes Wochenende!")])
x.conv("genuine", "health_insurer", "de", "Krankenkasse zur Rezertifizierung der Präventionskurse und Kooperation",
       [("kk", "2025-04-01 10:00", "Sehr geehrte Frau Schallenberg,\nIhre Kurse 'Rücken aktiv' und 'Fit ab 60' laufen in der Zertifizierung nach § 20 SGB V zum 30.06. aus. Bitte denken Sie an die rechtzeitige Verlängerung bei der Zentralen Prüfstelle. Außerdem möchten wir unsere Bonusprogramm-Kooperation für 2026 fortsetzen, die Konditionen bleiben gleich (80 % Erstattung für Versicherte). Hätten Sie Zeit für ein kurzes Telefonat im April?\nMit freundlichen Grüßen\nSimone Brauckmann"),
        ("me", "2025-04-01 14:20", "Sehr geehrte Frau Dr. Brauckmann, vielen Dank für die Erinnerung, die Verlängerung ist in Arbeit. Für das Telefonat passt mir Dienstag, 15.4., um 10 Uhr."),
        ("kk", "2025-04-02 08:30", "Sehr gern, ich rufe Sie an.")])
x.conv("genuine", "inbound_lead_corporate", "de", "Logistikfirma möchte Firmenmitgliedschaften kaufen, fragt nach Angebot",
       [("hr1", "2025-01-23 09:40", "Hallo Frau Schallenberg, wir sind eine Spedition in Bickendorf mit ca. 120 Mitarbeitenden, viele davon im Lager mit Rückenproblemen. Bieten Sie Firmenmitgliedschaften an? Wir würden gern ab März etwas anbieten, Budget ist da. Können Sie mir ein Angebot schicken?"),
        ("me", "2025-01-23 11:15", "Hallo Frau Falkenberg, sehr gern! Wir haben ein Firmenmodell mit Zuschuss pro Mitarbeitendem, und für Lagerteams bieten wir zusätzlich einen Rückenkurs direkt bei Ihnen im Betrieb an. Ich schicke Ihnen bis Freitag ein Angebot für 20, 40 und 60 Teilnehmende."),
        ("hr1", "2025-01-23 11:30", "Super, das hilft mir für die GF-Runde nächste Woche."),
        ("hr1", "2025-02-05 16:10", "Die GF hat zugestimmt, wir starten mit 40 Plätzen. Vertrag bitte an mich.")])
x.conv("genuine", "client_quote_request", "de", "Stadtwerke fragen Angebot für Gesundheitstag-Workshop an",
       [("hr2", "2025-05-08 13:00", "Guten Tag Frau Schallenberg, wir planen am 18. September unseren Gesundheitstag. Könnten Sie zwei Workshops à 45 Minuten 'Rückengesund am Schreibtisch' anbieten? Bitte mit Preis, wir brauchen drei Vergleichsangebote."),
        ("me", "2025-05-08 15:30", "Guten Tag Herr Odenthal, sehr gern. Zwei Workshops inkl. Material und Anfahrt: 640 € netto. Ich schicke Ihnen das formale Angebot heute noch per Mail."),
        ("hr2", "2025-05-09 08:10", "Vielen Dank, erhalten.")])
x.conv("genuine", "peer_joint_offer", "de", "Physiopraxis schlägt gemeinsames Nachsorge-Paket vor",
       [("physio", "2025-03-25 18:30", "Katrin, ich hab ne Idee. Viele meiner Patienten fallen nach den 6x KG ins Loch. Was hältst du von nem Kombi-Paket: letzte Behandlung bei mir, dann 3 Monate Gerätetraining bei dir mit Übergabe-Befund? Preis teilen wir auf, ich hab das mal grob auf 189 € gerechnet."),
        ("me", "2025-03-25 19:45", "Björn, das find ich super. Genau die Leute sehen wir dann im Juni mit dem nächsten Bandscheibenvorfall. Lass uns das nächste Woche bei nem Kölsch durchrechnen, 189 € klingt realistisch."),
        ("physio", "2025-03-25 19:50", "Jeht klar. Donnerstag im Brauhaus am Weiher?")])
x.conv("genuine", "recruiter_engaged", "de", "beauftragte Personalberaterin für Studioleitung Sülz",
       [("me", "2025-03-03 10:00", "Hallo Frau Hoff, Björn Klefisch hat Sie mir empfohlen. Ich suche eine Studioleitung für Sülz (Vollzeit, ab Juni). Arbeiten Sie auch für kleine Studios? Was würde das kosten?"),
        ("recr", "2025-03-04 09:20", "Hallo Frau Schallenberg, ja, gern, kleine Betriebe sind sogar mein Schwerpunkt. Erfolgshonorar 18 % des Jahresbruttos, davon ein Drittel bei Auftrag. Schicken Sie mir gern die Eckdaten?"),
        ("me", "2025-03-04 11:00", "Eckdaten sind per Mail raus. Gehalt 42-48k, Sport-/Fitnessökonom oder ähnliches."),
        ("recr", "2025-04-11 17:05", "Ich habe zwei sehr gute Kandidatinnen, eine davon leitet aktuell ein Studio in Bonn-Beuel. Profile anbei per Mail. Passt Ihnen ein Gespräch am 22. oder 23.?")])
x.conv("genuine", "journalist", "de", "Lokalredakteur fragt nach Training im Alter und Karneval",
       [("journo", "2025-01-28 12:00", "Hallo Frau Schallenberg, Jan vom Veedelsblatt. Wir machen vor Karneval eine Serie 'Fit für die Session'. Hätten Sie 15 Minuten für ein Telefoninterview und ein Foto mit Ihrer Ü60-Gruppe? Gern diese Woche."),
        ("me", "2025-01-28 13:30", "Hallo Jan, sehr gern! Die Gruppe trainiert Donnerstag 10:30 in Sülz, die haben bestimmt Spaß am Foto, einige kommen eh schon im Kostüm 😄"),
        ("journo", "2025-01-28 13:35", "Herrlich. Dann Donnerstag 10:15, ich bring den Fotografen mit.")])
x.conv("genuine", "event_invitation", "de", "Netzwerk-Sprecherin lädt zum Unternehmerinnen-Frühstück ein",
       [("stamm", "2025-09-01 08:15", "Liebe Katrin, am 9. Oktober ist wieder unser Frühstück im Café Schmitz in Ehrenfeld, Thema 'Personal finden in Zeiten von Fachkräftemangel'. Magst du kommen und vielleicht 5 Minuten zu deinen Erfahrungen erzählen?"),
        ("me", "2025-09-01 09:40", "Liebe Petra, bin dabei! 5 Minuten krieg ich hin, hab gerade genug Stoff zum Thema 🙈"),
        ("stamm", "2025-09-01 09:42", "Wunderbar, ich trag dich ein.")])
x.conv("genuine", "thanks_after_event", "de", "Dank nach dem Sommerfest zum 10-jährigen Jubiläum (1 von 3)",
       [("ty1", "2025-06-29 10:30", "Liebe Katrin, danke für das tolle Sommerfest gestern! Die Hüpfburg für die Enkel, das Büffet, die Schnupperkurse – alles super. 10 Jahre Rheinkraft, darauf ein Kölsch! 🍻"),
        ("me", "2025-06-29 12:00", "Danke Gaby, schön dass ihr da wart!")])
x.conv("genuine", "thanks_after_event", "de", "Dank nach dem Sommerfest zum 10-jährigen Jubiläum (2 von 3)",
       [("ty2", "2025-06-29 11:05", "Hallo Katrin, vielen Dank für die Einladung zum Jubiläum gestern. Schönes Fest, tolle Stimmung. Auf die nächsten 10 Jahre gute Nachbarschaft! Gruß Frank")])
x.conv("genuine", "thanks_after_event", "de", "Dank nach dem Sommerfest zum 10-jährigen Jubiläum (3 von 3)",
       [("ty3", "2025-06-29 18:20", "Danke für das schöne Fest gestern!! Hab mich direkt für den Yoga-Kurs angemeldet 😊 Happy 10 Jahre!"),
        ("me", "2025-06-29 19:00", "Wie schön, Melanie! Clara freut sich auf dich.")])
x.conv("genuine", "spam_folder_genuine", "de", "Mitglied meldet verlorenen Schlüssel, landete im Spam-Ordner",
       [("spamm", "2025-11-24 21:03", "Guten abend frau schallenberg ich habe glaube ich meinen Transponder im Umkleideraum verloren, Spind 41. Wenn den jemand findet bitte melden. Gruß Lückerath"),
        ("me", "2025-11-26 08:10", "Guten Morgen Herr Lückerath, Ihre Nachricht war leider im Spam-Ordner gelandet, Entschuldigung! Der Transponder wurde gefunden und liegt an der Theke in Ehrenfeld.")],
       folder="SPAM")
x.conv("genuine", "owner_started_landlord", "de", "Inhaberin fragt Hausverwaltung nach Nebenkostenabrechnung",
       [("me", "2025-04-14 09:00", "Guten Tag Herr Schäfer, in der Nebenkostenabrechnung 2024 für die Venloer Str. ist der Posten Hausmeister fast doppelt so hoch wie 2023. Können Sie mir die Aufstellung schicken? Danke und Gruß, K. Schallenberg"),
        ("vermieter", "2025-04-15 11:20", "Guten Tag Frau Schallenberg, da ist uns ein Fehler unterlaufen, der Winterdienst wurde doppelt verbucht. Sie erhalten eine korrigierte Abrechnung, die Gutschrift beträgt 412,80 €."),
        ("me", "2025-04-15 11:45", "Danke für die schnelle Klärung!")])
x.conv("genuine", "owner_started_rehire", "de", "Inhaberin fragt ehemaligen Trainer, ob er zurückkommt",
       [("me", "2025-08-04 20:10", "Hey Tobi, lange nix gehört! Ich hab gehört, du bist wieder in Köln? Falls du Lust hast: Wir suchen für Sülz jemanden für Personal Training, freiberuflich, 2-3 Abende die Woche. Wär schön, dich wieder dabei zu haben."),
        ("exjob", "2025-08-05 07:50", "Katrin!! Ja, seit Juni zurück aus München. Klingt gut, lass uns telefonieren. Was zahlst du inzwischen? 😄"),
        ("me", "2025-08-05 08:30", "Mehr als damals, versprochen. Ruf mich heute Mittag an.")])
x.conv("genuine", "long_standing_friend", "de", "Studienkollegin von der Sporthochschule, Kontakt über Jahre",
       [("dshs", "2023-12-22 17:30", "Frohe Weihnachten, Kathi! Unglaublich, dass unser Examen jetzt 15 Jahre her ist. Wie laufen die Studios?"),
        ("me", "2023-12-23 10:00", "Frohe Weihnachten Anja! Läuft, manchmal zu gut, ich komm kaum zum Luftholen. Treffen wir uns im neuen Jahr mal?"),
        ("dshs", "2024-09-14 12:15", "Ich bin im Oktober auf dem Kongress an der Spoho, hast du abends Zeit?"),
        ("me", "2024-09-14 13:00", "Für dich immer. Donnerstag?"),
        ("dshs", "2025-12-20 16:45", "Und wieder ein Jahr rum. Danke für den schönen Abend im Oktober, das sollten wir öfter machen. Frohe Weihnachten an dich und die Jungs!"),
        ("me", "2025-12-20 18:30", "Dir auch, Anja! Nächstes Jahr zweimal, abgemacht.")])
x.conv("genuine", "bank_financing", "de", "Hausbank zum Investitionskredit für Geräte",
       [("bank", "2025-11-03 10:10", "Guten Tag Frau Schallenberg, wie besprochen habe ich die Unterlagen für das KfW-Darlehen (45.000 €, 8 Jahre) vorbereitet. Der Zins liegt aktuell bei 4,1 % effektiv. Könnten wir den Termin zur Unterschrift auf den 12.11. legen?"),
        ("me", "2025-11-03 12:00", "Guten Tag Herr Pohl, der 12.11. passt, 14 Uhr in der Filiale Frechen?"),
        ("bank", "2025-11-03 12:15", "14 Uhr passt. Bis dann.")])
x.conv("genuine", "member_complaint", "de", "Mitglied beschwert sich über die Sauna",
       [("ty1", "2025-01-15 20:40", "Katrin, nicht böse gemeint, aber die Sauna in Sülz war heute wieder nur lauwarm. Das dritte Mal diesen Monat. Wir Mädels vom Dienstagskurs sind etwas enttäuscht."),
        ("me", "2025-01-15 21:05", "Gaby, du hast völlig recht, das nervt. Der Elektriker kommt Freitag, ein Heizstab ist wohl hinüber. Als kleines Sorry gibt's nächste Woche für euch Tee und Obst nach dem Kurs."),
        ("ty1", "2025-01-15 21:10", "Na dann 😊 Danke!")])
x.conv("genuine", "contractor_rate_change", "de", "freiberufliche Yogalehrerin erhöht ihren Stundensatz",
       [("yoga", "2025-10-28 09:30", "Liebe Katrin, ich wollte dir frühzeitig sagen, dass ich meinen Stundensatz ab Januar von 35 auf 40 € anhebe. Die Fortbildungen und die Versicherung sind teurer geworden. Ich hoffe, das ist für dich okay? Ich mach total gern weiter bei euch."),
        ("me", "2025-10-28 12:15", "Liebe Clara, danke für die offene Ansage. 40 € ist fair, du bist jeden Cent wert. Ich pass das in der Planung an."),
        ("yoga", "2025-10-28 12:20", "Danke dir 🙏")])
x.conv("genuine", "corporate_client_renewal", "de", "Bestandskunde Druckerei verlängert Firmenvertrag mit weniger Plätzen",
       [("kunde_b", "2025-05-27 16:00", "Hallo Frau Schallenberg, unser Rahmenvertrag läuft im Juli aus. Wir möchten verlängern, aber nur noch für 12 statt 18 Mitarbeiter, wir haben leider verkleinert. Geht das zum gleichen Preis pro Kopf?"),
        ("me", "2025-05-27 17:30", "Hallo Herr Krämer, das tut mir leid zu hören. Ja, bei 12 Plätzen bleibt der Preis pro Kopf gleich (29 €/Monat). Ich schick Ihnen die Verlängerung diese Woche."),
        ("kunde_b", "2025-05-27 17:40", "Danke, sehr anständig.")])
x.conv("genuine", "referral_doctor", "de", "Orthopäde will Patienten zum Präventionskurs schicken",
       [("ortho", "2024-05-14 13:00", "Frau Schallenberg, ich schicke Ihnen in letzter Zeit vermehrt Patienten mit unspezifischen Rückenschmerzen. Wäre es möglich, Flyer für den zertifizierten Rückenkurs bei uns auszulegen?"),
        ("me", "2024-05-14 14:20", "Sehr gern, Herr Dr. Heinen! Ich bringe Ihnen Donnerstag 100 Stück vorbei. Danke für das Vertrauen.")])
x.conv("genuine", "local_club_sponsoring", "de", "Sportverein bittet um kleine Unterstützung für Jugend",
       [("verein", "2025-02-19 19:00", "Hallo Katrin, die D-Jugend vom TuS Sülz braucht neue Trikots. Hättest du Lust, mit deinem Logo auf dem Rücken dabei zu sein? Wir reden von 350 €. Und die Jungs würden sich über ein Athletiktraining bei euch riesig freuen!"),
        ("me", "2025-02-19 20:00", "Ute, klar bin ich dabei! Und das Athletiktraining machen wir in den Osterferien, Jonas freut sich schon."),
        ("verein", "2025-02-19 20:05", "Super, danke! 💙")])
x.conv("genuine", "team_group", "de", "Team-Gruppenchat: Schichtplan an Weiberfastnacht",
       [("tr_group1", "2025-02-24 18:00", "Wer macht Weiberfastnacht die Theke in Ehrenfeld? Ich bin ab 11:11 raus 🤡"),
        ("tr_group2", "2025-02-24 18:05", "Ich kann bis 14 Uhr, dann bin ich auch weg 😅"),
        ("me", "2025-02-24 18:20", "Wir machen Weiberfastnacht um 13 Uhr zu, wie jedes Jahr. Schild hängt morgen. Alaaf, ihr Jecken!"),
        ("tr_group1", "2025-02-24 18:21", "Beste Chefin 🥳")],
       title="Team Rheinkraft", extra=["jonas"])
x.conv("genuine", "vendor_price_change", "de", "Software-Anbieter der Mitgliederverwaltung: Umstellung und neue Preise",
       [("soft", "2025-08-12 10:00", "Hallo Frau Schallenberg, zum 1.10. stellen wir alle Kundinnen auf die neue Cloud-Version um. Für Ihren Tarif (2 Standorte) ändert sich der Preis von 149 auf 169 € monatlich, dafür entfällt die separate App-Gebühr von 25 €. Unterm Strich also günstiger. Wollen wir einen Termin für die Umstellung vereinbaren?"),
        ("me", "2025-08-12 11:30", "Hallo Frau Vogt, danke. Bitte nicht in der ersten Oktoberwoche, da laufen die Lastschriften. Ab 8.10. gern."),
        ("soft", "2025-08-12 11:45", "Notiert: 8.10., 7 Uhr morgens, damit es vor Öffnung fertig ist.")])
x.conv("genuine", "member_request", "en", "expat member asks in English about adding his partner",
       [("expat", "2025-01-06 19:30", "Hi Katrin, quick one: my partner just moved to Cologne from Dublin. Can she join on a partner rate? Her German is still basic, are there any classes in English?"),
        ("me", "2025-01-06 20:15", "Hi Ryan, welcome to her! Yes, partner rate is 10 € off per month. Jonas and Selin both coach in English and our Saturday Functional class is basically bilingual. Bring her by for a free trial!"),
        ("expat", "2025-01-06 20:20", "Brilliant, thanks. We'll come Saturday.")])
x.conv("genuine", "inbound_lead_corporate", "en", "games studio HR asks in English for corporate memberships",
       [("gamehr", "2025-04-10 11:00", "Hi Katrin, I run People & Culture at Pixelhafen, we're 60 people in Ehrenfeld, two streets from your studio. Our team voted for a gym benefit and yours is the one everybody walks past. Could you send me an offer for corporate memberships? Ideally with flexible hours, our devs come in at weird times."),
        ("me", "2025-04-10 13:30", "Hi Elena, great to hear from you! Our Ehrenfeld studio is open 6-23 and members get unstaffed night access with a key fob. I'll send an offer today for 20 and 40 memberships, English version of course."),
        ("gamehr", "2025-04-10 13:40", "Perfect, thank you!")])
x.conv("genuine", "friend_congrats", "de", "Freundin gratuliert zum Jubiläum",
       [("friend", "2025-06-15 21:00", "Kathi!!! 10 Jahre! Ich weiß noch, wie du in der leeren Halle standest und gesagt hast 'entweder das klappt oder ich geh zurück in die Reha'. Es hat geklappt. Bin so stolz auf dich ❤️"),
        ("me", "2025-06-15 21:30", "Sandra, du bringst mich zum Heulen. Danke, dass du damals die Wände mit gestrichen hast! Du kommst zum Fest, oder?"),
        ("friend", "2025-06-15 21:32", "Als ob ich das verpassen würde!")])
x.conv("genuine", "owner_started_quote", "de", "Inhaberin bittet Elektriker um Angebot für Saunareparatur",
       [("me", "2025-01-16 08:00", "Hallo Herr Rösner, die Sauna in Sülz heizt nicht mehr richtig. Könnten Sie Freitag vorbeischauen und mir danach ein Angebot machen, falls es mehr als ein Heizstab ist?"),
        ("elektro", "2025-01-16 09:15", "Moin Frau Schallenberg, Freitag 8 Uhr bin ich da. Heizstab hab ich auf Lager, falls es das ist: ca. 280 € inkl. Einbau."),
        ("elektro", "2025-01-17 10:30", "War doch nur ein Heizstab plus Fühler. Läuft wieder. Rechnung kommt.")])
x.conv("genuine", "advisor_contact", "de", "Steuerberaterin zur Umsatzsteuer bei Präventionskursen",
       [("steuer", "2025-03-10 14:00", "Hallo Katrin, kurze Frage für den Jahresabschluss: Die Firmen-Workshops hast du mit 19 % abgerechnet, die zertifizierten Kurse steuerfrei. Stimmt das so für alle Kurse? Dann buche ich das so."),
        ("me", "2025-03-10 15:30", "Hallo Birgit, ja, nur die §-20-Kurse steuerfrei, alles andere 19 %. Die Liste schick ich dir morgen."),
        ("steuer", "2025-03-10 15:35", "Danke!")])

# ======================================================================== wanted pitches (12)
x.conv("wanted_pitch", "tailored_post", "de", "Kurssoftware-Gründer bezieht sich auf ihren Beitrag über Wartelisten im Rückenkurs",
       [("w_book", "2025-05-13 08:30", "Hallo Frau Schallenberg, danke fürs Vernetzen. Ihr Beitrag letzte Woche hat mich nicht losgelassen: 40 Leute auf der Warteliste für 'Rücken aktiv', und Ihr Team telefoniert die Liste jedes Mal von Hand ab, wenn jemand absagt. Genau dafür haben wir in Kurswerk eine Nachrück-Automatik gebaut – wer frei wird, wird per SMS gefragt, wer zuerst bestätigt, bekommt den Platz. Läuft parallel zu StudioFlow, das Sie ja nutzen. Darf ich Ihnen einen 2-Wochen-Test einrichten?"),
        ("me", "2025-05-13 10:10", "Sie haben meinen Post gelesen, das merkt man. Ja, gern testen. Melden Sie sich bei Aylin, sie macht die Kursplanung.")])
x.conv("wanted_pitch", "tailored_talk", "de", "BGM-Beraterin nach ihrem Vortrag beim IHK-Frühstück, bringt Firmenkunden",
       [("w_bgm", "2024-11-21 09:00", "Liebe Frau Schallenberg, Ihr Punkt beim IHK-Frühstück, dass Firmenfitness an der Schwelle zum Studio scheitert und nicht am Preis, hat mir aus der Seele gesprochen. Ich berate mittelständische Betriebe im Kölner Westen zum BGM und suche genau so einen Partner für den Bewegungsteil, der auch mal in die Betriebe geht. Zwei meiner Kunden (je ca. 80 MA in Ossendorf) planen 2025 Angebote. Hätten Sie Lust auf einen Kaffee?"),
        ("me", "2024-11-21 12:30", "Sehr gern! Ossendorf liegt ja quasi vor unserer Haustür. Nächste Woche Mittwoch?"),
        ("w_bgm", "2024-11-21 12:45", "Mittwoch 10 Uhr bei Ihnen im Studio, dann seh ich es gleich.")])
x.conv("wanted_pitch", "tailored_site_visit", "de", "Webentwickler hat ihre Website besucht und konkrete Mängel am Kursplan gefunden",
       [("w_web", "2025-02-17 19:00", "Hallo Frau Schallenberg, ich wohne in Sülz und wollte mich neulich für einen Kurs bei Ihnen anmelden. Dabei ist mir aufgefallen: Der Kursplan auf rheinkraft-studios.de ist ein PDF von 2023 (der Beckenboden-Kurs fehlt), auf dem Handy muss man zoomen, und der 'Probetraining'-Button führt auf eine 404-Seite. Ich baue Websites für kleine Betriebe und könnte den Kursplan direkt aus Ihrer Studiosoftware einbinden, damit er immer aktuell ist. Wenn Sie mögen, zeige ich Ihnen bei einem Probetraining, wie das aussähe 🙂"),
        ("me", "2025-02-17 21:00", "Oh je, der 404-Button, peinlich. Danke für den Hinweis! Kommen Sie gern Donnerstag vorbei.")])
x.conv("wanted_pitch", "tailored_specific_problem", "de", "Sportboden-Anbieter nennt ihr konkretes Trittschallproblem mit den Nachbarn",
       [("w_floor", "2025-07-08 10:15", "Guten Tag Frau Schallenberg, in den Google-Bewertungen Ihres Studios in Ehrenfeld schreiben zwei Nachbarn über das Poltern beim Hanteltraining abends, und im Veedelsblatt stand, dass die Hausverwaltung Ihnen eine Frist gesetzt hat. Wir verlegen schwimmende Sportböden mit Entkopplung, die bei Kurzhantel-Drops ca. 25 dB Trittschall schlucken, ohne dass Sie die Geräte umbauen müssen. Für die ca. 60 m² Freihantelbereich wären das grob 9-11.000 €. Soll ich einmal messen kommen?"),
        ("me", "2025-07-08 13:00", "Sie haben gründlich recherchiert, leider stimmt alles. Ja, bitte messen. Nächste Woche vormittags.")])
x.conv("wanted_pitch", "tailored_mutual_contact", "de", "Gebrauchtgerätehändler auf Empfehlung ihres Physio-Partners",
       [("w_used", "2025-02-11 17:30", "Hallo Katrin, Björn Klefisch meinte, du suchst einen gebrauchten Kabelzug für den Reha-Bereich in Sülz und willst keine 6.000 € für neu ausgeben. Ich hab gerade einen Doppelkabelzug aus einer Praxisauflösung in Brühl, 4 Jahre alt, frisch gewartet, 2.300 € inkl. Aufbau. Fotos schick ich dir gern."),
        ("me", "2025-02-11 18:00", "Björn ist ein Schatz. Ja, Fotos bitte! Und passt der durch eine 90er Tür?"),
        ("w_used", "2025-02-11 18:10", "Zerlegt ja. Fotos kommen.")])
x.conv("wanted_pitch", "tailored_press_item", "de", "Werbetechnik bezieht sich auf Pressemeldung zum dritten Standort in Nippes",
       [("w_sign", "2025-10-06 09:00", "Hallo Frau Schallenberg, ich habe im Veedelsblatt gelesen, dass Sie im Frühjahr in der Neusser Straße einen dritten Standort eröffnen. Herzlichen Glückwunsch! Wir machen Fassadenbeschriftung und Fensterfolien hier im Veedel. Die Neusser Str. hat übrigens eine Gestaltungssatzung, Leuchtreklame über 1,5 m² muss genehmigt werden – den Antrag übernehmen wir gern mit. Darf ich Ihnen Beispiele von Läden in der Nachbarschaft zeigen?")])
x.conv("wanted_pitch", "tailored_tools", "de", "Zahlungsdienstleister kennt ihre Software und Rücklastschriftquote",
       [("w_pay", "2025-06-03 11:00", "Guten Tag Frau Schallenberg, Sie nutzen StudioFlow für Ihre Mitgliederverwaltung – dort gibt es seit dem Sommer eine Schnittstelle zu uns. Bei Studios Ihrer Größe liegen Rücklastschriften typischerweise bei 2-3 %, und das Nachtelefonieren kostet Ihre Thekenkräfte Stunden. Wir übernehmen das automatische Mahnen mit Zahllink per SMS, Gebühr nur bei Erfolg (3,9 % der eingezogenen Summe). Darf ich Ihnen eine Rechnung auf Basis Ihrer Mitgliederzahl machen?"),
        ("me", "2025-06-03 14:00", "Das ist tatsächlich ein Dauerthema bei uns. Schicken Sie mir die Rechnung.")])
x.conv("wanted_pitch", "tailored_recruiter_role", "de", "Recruiterin mit passender Kandidatin zur Physio-Stellenanzeige",
       [("w_recr", "2025-07-04 09:10", "Hallo Frau Schallenberg, zu Ihrer Stellenanzeige 'Physiotherapeut/in Prävention, Teilzeit' auf Ihrer Website: Ich betreue aktuell eine Physiotherapeutin mit Zusatz Gerätegestützte KG und Rückenschullizenz, die aus familiären Gründen nach Köln-Süd zieht und genau 25 Stunden sucht. Honorar nur bei Einstellung. Soll ich Ihnen das anonymisierte Profil schicken?"),
        ("me", "2025-07-04 10:00", "Ja, gern, schicken Sie es an jobs@rheinkraft-studios.de.")])
x.conv("wanted_pitch", "tailored_content", "de", "Social-Media-Freelancerin hat ihre Reels der Ü60-Gruppe gesehen",
       [("w_social", "2025-06-21 10:00", "Hallo Katrin, ich folge euch auf Instagram, und eure Reels mit der Ü60-Gruppe (der Herr mit dem Kreuzheben zu 'Viva Colonia'!) haben 10x mehr Reichweite als alles andere auf eurem Kanal. Ihr postet sie aber nur sporadisch. Ich mache Social Media speziell für die Zielgruppe 50+, z. B. für ein Sanitätshaus in Lindenthal. Vorschlag: 2 Reels pro Woche mit der Gruppe, 480 € im Monat. Ich könnte nächsten Donnerstag einfach mal mitdrehen, unverbindlich."),
        ("me", "2025-06-21 11:30", "Herr Esser wird begeistert sein, dass er berühmt ist 😂 Komm gern Donnerstag.")])
x.conv("wanted_pitch", "tailored_course_page", "de", "Zertifizierungsberaterin bezieht sich auf ihren neuen Beckenboden-Kurs",
       [("w_zpp", "2025-09-09 14:30", "Sehr geehrte Frau Schallenberg, auf Ihrer Kursseite habe ich gesehen, dass Sie seit Sommer einen Beckenboden-Kurs für Frauen anbieten, derzeit als Selbstzahlerkurs zu 120 €. Mit Frau Demirs Zusatzqualifikation wäre er grundsätzlich nach § 20 zertifizierbar – dann erstatten die Kassen Ihren Teilnehmerinnen bis zu 80 %. Ich schreibe die Kurskonzepte und Stundenverlaufspläne für die Prüfstelle, Pauschalpreis 650 €. Interesse?")])
x.conv("wanted_pitch", "tailored_shop_visit", "de", "Getränke-Lieferant war im Studio und hat den Kühlschrank gesehen",
       [("w_drink", "2025-04-22 16:20", "Hallo Frau Schallenberg, ich war gestern zum Probetraining in Ehrenfeld (sehr nett, Ihr Jonas!). An der Theke ist mir aufgefallen, dass Ihr Kühlschrank halb leer war und Sie die Iso-Drinks beim Großmarkt holen. Wir sind eine Kölner Marke, liefern wöchentlich, Kühlschrank stellen wir kostenlos, und die Marge pro Flasche liegt bei Ihnen bei ca. 1,10 €. Ich lasse Ihnen gern ein Probepaket da."),
        ("me", "2025-04-22 18:00", "Haha, ertappt, ich fahr tatsächlich selbst zur Metro. Bringen Sie das Probepaket vorbei.")])
x.conv("wanted_pitch", "tailored_partner_platform", "de", "Firmenfitness-Plattform kennt ihre Firmenkunden und Nebenzeiten",
       [("w_corp", "2025-09-16 10:00", "Hallo Frau Schallenberg, auf Ihrer Website listen Sie 14 Firmenkunden, das ist für zwei Studios beachtlich. Wir sind eine regionale Firmenfitness-Plattform nur für inhabergeführte Studios im Rheinland, keine Ketten. Drei Ihrer Kunden (u. a. die Spedition in Bickendorf) haben bei uns angefragt, ob Rheinkraft dabei ist. Auszahlung pro Check-in, keine Exklusivität, und wir steuern die Besuche bewusst in Ihre Nebenzeiten 9-15 Uhr. Wollen wir die Zahlen einmal gemeinsam anschauen?")])

# ======================================================================== junk (38)
x.conv("junk", "generic_booking_software", "de", "generische Buchungssoftware, Gegenstück zum Kurswerk-Angebot",
       [("j_book", "2025-04-07 09:00", "Hallo Katrin, verwalten Sie Ihre Termine noch manuell? Mit BookMaster 360 sparen Unternehmen bis zu 10 Stunden pro Woche! Online-Buchung, Erinnerungen, Zahlungen – alles in einer Lösung. Jetzt 30 Tage kostenlos testen. Wann passt Ihnen eine kurze Demo?")])
x.conv("junk", "generic_leads", "de", "generische B2B-Leads, Gegenstück zur BGM-Beraterin",
       [("j_leads", "2025-01-14 07:45", "Hallo Katrin,\n\nwir generieren für Unternehmen wie Ihres 30+ qualifizierte B2B-Termine pro Monat. Garantiert. Ohne Kaltakquise, ohne Risiko.\n\nInteresse an einem unverbindlichen Erstgespräch?\n\nBeste Grüße\nKevin")])
x.conv("junk", "generic_web", "en", "generic web agency in English, counterpart of the local web developer",
       [("j_web", "2025-02-25 05:50", "Hi Katrin,\n\nI was going through your website and found some issues like slow loading, poor SEO and not mobile friendly. We can fix these issues and redesign your website at very reasonable cost.\n\nCan I send you a proposal?\n\nThanks\nAnil")])
x.conv("junk", "generic_flooring", "de", "generischer Bodenbelag, Gegenstück zum Trittschall-Angebot",
       [("j_floor", "2025-07-21 13:00", "Sehr geehrte Damen und Herren, BodenProfi24 ist Ihr Partner für Industrieböden, Hallenböden und Sportböden aller Art. Profitieren Sie jetzt von 15 % Sommerrabatt! Fordern Sie noch heute Ihr kostenloses Angebot an.")])
x.conv("junk", "generic_payment", "de", "generischer Zahlungsanbieter, Gegenstück zum Lastschrift-Spezialisten",
       [("j_pay", "2025-05-26 10:30", "Hi Katrin, akzeptieren Sie schon alle Zahlungsarten? Mit PayFast Europe erhalten Sie Kartenterminal, Online-Payment und Auszahlung am nächsten Tag – ab 0,79 % pro Transaktion. Soll ich Ihnen ein Terminal zum Testen schicken?")])
x.conv("junk", "generic_social_media", "de", "generische Social-Media-Agentur, Gegenstück zur 50+-Freelancerin",
       [("j_social", "2025-06-10 12:00", "Hey Katrin! 🚀 Ihr Instagram-Account hat riesiges Potenzial! Wir bringen Sie in 90 Tagen auf 10.000 Follower – garantiert. Content, Reels, Ads, alles aus einer Hand. Lust auf ein kostenloses Strategiegespräch?")])
x.conv("junk", "generic_partner_platform", "de", "generische Firmenfitness-Plattform, Gegenstück zur regionalen",
       [("j_corp", "2025-08-25 15:00", "Hallo Katrin, werden Sie Partner von CorporateMove, dem am schnellsten wachsenden Firmenfitness-Netzwerk Europas! Über 2 Millionen Mitglieder warten auf Studios wie Ihres. Registrierung in 5 Minuten. Jetzt Partner werden und neue Kunden gewinnen!")])
x.conv("junk", "off_topic_solar", "de", "Photovoltaik für Mieterin, off-topic",
       [("j_pv", "2025-03-31 09:15", "Guten Tag Frau Schallenberg, die Strompreise steigen weiter! Mit einer eigenen PV-Anlage machen Sie sich unabhängig. Jetzt kostenlosen Dachcheck sichern – nur noch diesen Monat mit 0 € Anzahlung.")])
x.conv("junk", "off_topic_trading", "de", "Trading-Coach direkt nach dem Vernetzen",
       [("j_crypto", "2025-03-19 22:10", "Hey Katrin, danke für die Vernetzung! 🙏 Kurze Frage: Hast du dir schon mal Gedanken über ein zweites Einkommen gemacht? Ich zeige Unternehmern, wie sie mit 30 Minuten am Tag an der Börse passiv Geld verdienen. Mein kostenloses Webinar ist am Sonntag. Soll ich dir den Link schicken?")])
x.conv("junk", "offers_what_she_sells", "de", "bietet Online-Fitness für ihre Mitarbeitenden an – genau ihr eigenes Angebot",
       [("j_online", "2025-09-22 08:00", "Hallo Katrin, Ihre Mitarbeitenden sitzen zu viel? Mit FitAtWork Online bekommen Ihre Teams Rückenkurse, Yoga und Firmenfitness als Livestream – ganz ohne Studio! Schon ab 9 € pro Mitarbeiter. Darf ich Ihnen ein Angebot für Rheinkraft Studios machen?")])
x.conv("junk", "capacity_for_clients", "de", "Agentur fragt nach Kapazitäten für neue Kunden",
       [("j_capacity", "2025-02-12 10:00", "Hallo Katrin, kurze Frage: Haben Sie aktuell noch Kapazitäten für neue Kunden? Wir vermitteln Dienstleistern jeden Monat zahlungskräftige Neukunden – Sie zahlen erst bei Auftrag. Lohnt sich ein Gespräch?")])
x.conv("junk", "like_minded_connect", "de", "Gleichgesinnte-Unternehmer-Vernetzung, dann Mastermind",
       [("j_like", "2025-02-03 07:30", "Hallo Katrin, schön, dass wir jetzt vernetzt sind! Ich liebe es, mich mit gleichgesinnten Unternehmerinnen auszutauschen, die etwas bewegen wollen. Was ist gerade deine größte Herausforderung im Business?"),
        ("j_like", "2025-02-10 07:30", "Hey Katrin, ich starte nächsten Monat eine exklusive Mastermind für Unternehmer, die auf 7-stellig skalieren wollen. Nur 8 Plätze. Ich hab direkt an dich gedacht! Sollen wir kurz telefonieren?")])
x.conv("junk", "quick_call", "de", "kurzes 15-Minuten-Gespräch ohne Inhalt",
       [("j_15", "2025-10-14 11:30", "Hallo Frau Schallenberg, ich halte es kurz: Hätten Sie diese Woche 15 Minuten für ein kurzes Gespräch? Ich sehe spannende Synergien zwischen Growth Partners und Rheinkraft Studios. Dienstag oder Donnerstag?")])
x.conv("junk", "connect_then_pitch", "de", "Smalltalk über Karneval, EMS-Leasing in Nachricht 2 nach ihrer Antwort",
       [("j_ctp1", "2025-01-09 10:00", "Hallo Katrin, danke fürs Annehmen! Bist du auch so jeck und schon im Karnevalsfieber? 🎉"),
        ("me", "2025-01-09 12:30", "Haha, in Köln kommt man da nicht drumrum. Im Studio ist jetzt Hochsaison, alle wollen ins Kostüm passen 😄"),
        ("j_ctp1", "2025-01-09 13:00", "Perfekt, genau da setzt EMS an! 20 Minuten ersetzen 3 Stunden Training. Wir leasen EMS-Geräte an Studios ab 299 €/Monat, Ihre Mitglieder zahlen extra pro Session. Darf ich Ihnen die Rentabilitätsrechnung schicken?")])
x.conv("junk", "connect_then_pitch", "de", "Kölner Gruß, KI-Telefonassistent in Nachricht 2 ohne Antwort",
       [("j_ctp2", "2025-06-02 09:00", "Guten Morgen Frau Schallenberg, schön, sich unter Kölnern zu vernetzen! Wie läuft der Sommer im Studio?"),
        ("j_ctp2", "2025-06-05 09:00", "Ich frage, weil viele Studios im Sommer Anrufe verpassen, wenn die Theke unterbesetzt ist. Unsere KI-Rezeption nimmt 24/7 Anrufe an, bucht Probetrainings und spricht perfektes Deutsch. Ab 149 € im Monat. Interesse an einer Demo?")])
x.conv("junk", "connect_then_pitch", "de", "Kompliment zum Studio, Supplements in Nachricht 3",
       [("j_ctp3", "2025-10-13 19:00", "Hey Katrin! Richtig starkes Studio, was du da aufgebaut hast 💪"),
        ("me", "2025-10-14 08:00", "Danke dir!"),
        ("j_ctp3", "2025-10-14 08:15", "Gerne! Trainierst du selbst auch noch regelmäßig?"),
        ("j_ctp3", "2025-10-16 20:30", "Übrigens: Wir suchen Studios als Partner für unsere Premium-Supplements. Du bekommst 25 % Provision auf jeden Verkauf und ein Startpaket im Wert von 400 €. Mega Nebeneinkommen! Soll ich dir mehr Infos schicken?")])
x.conv("junk", "follow_up_bumps", "de", "Bewertungs-Tool, drei Nachfassungen ohne Antwort",
       [("j_bump", "2025-03-05 09:00", "Hallo Katrin, wussten Sie, dass 93 % der Kunden Online-Bewertungen lesen? ReviewRocket bringt Ihnen automatisch mehr 5-Sterne-Bewertungen. Kurz sprechen?"),
        ("j_bump", "2025-03-12 09:00", "Hallo Katrin, wollte meine Nachricht nochmal nach oben holen 🙂"),
        ("j_bump", "2025-03-19 09:00", "Hallo Katrin, haben Sie meine Nachricht gesehen?"),
        ("j_bump", "2025-04-02 09:00", "Letzter Versuch: Soll ich das Thema schließen?")])
x.conv("junk", "follow_up_bumps", "de", "Energiemakler, zwei Nachfassungen ohne Antwort",
       [("j_bump2", "2025-11-04 10:00", "Sehr geehrte Frau Schallenberg, Gewerbestrom zu teuer? Wir vergleichen über 800 Anbieter kostenlos für Sie."),
        ("j_bump2", "2025-11-11 10:00", "Ich wollte kurz nachhaken, ob meine Nachricht angekommen ist."),
        ("j_bump2", "2025-11-25 10:00", "Noch einmal kurz nachgefragt – Interesse?")])
x.conv("junk", "template_campaign", "de", "gleiche Vorlage 1/5: mehr Mitglieder in 60 Tagen",
       [("t1", "2025-08-04 09:12", "Hallo Katrin, ich habe mir Rheinkraft Studios angesehen und bin echt beeindruckt! Wir helfen Studiobetreibern wie Ihnen, in 60 Tagen 50+ neue Mitglieder zu gewinnen – ohne Rabattschlachten. Wären Sie offen für ein kurzes Gespräch nächste Woche?")])
x.conv("junk", "template_campaign", "de", "gleiche Vorlage 2/5, leicht umformuliert",
       [("t2", "2025-08-05 10:40", "Hi Katrin, habe mir gerade Rheinkraft Studios angeschaut – wirklich beeindruckend! Wir unterstützen Studioinhaber wie dich dabei, innerhalb von 60 Tagen über 50 neue Mitglieder zu gewinnen, ganz ohne Rabattaktionen. Offen für einen kurzen Austausch nächste Woche?")])
x.conv("junk", "template_campaign", "de", "gleiche Vorlage 3/5, leicht umformuliert",
       [("t3", "2025-08-07 14:05", "Hallo Frau Schallenberg, ich bin auf Rheinkraft gestoßen und echt beeindruckt. Mitgliederplus hilft Fitnessstudios, in nur 60 Tagen 50 oder mehr Neumitglieder zu gewinnen – ohne Preisnachlässe. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?")])
x.conv("junk", "template_campaign", "de", "gleiche Vorlage 4/5, leicht umformuliert",
       [("t4", "2025-08-11 08:20", "Hallo Katrin! Bin echt beeindruckt von deinem Studio. Wir helfen Gym-Ownern, in 60 Tagen 50+ neue Mitglieder zu gewinnen, ohne Rabatte. Kurzer Call nächste Woche?")])
x.conv("junk", "template_campaign", "en", "same template 5/5, in English",
       [("t5", "2025-08-12 16:30", "Hi Katrin, I came across Rheinkraft Studios and I'm genuinely impressed! We help studio owners like you add 50+ new members in 60 days - without discounting. Would you be open to a quick chat next week?")])
x.conv("junk", "merge_tag_failure", "de", "nicht ersetzter Platzhalter {{Vorname}}",
       [("m1", "2025-01-27 10:00", "Hallo {{Vorname}},\n\nmit CloudKasse haben Sie Ihre Kasse immer dabei – GoBD-konform, TSE inklusive. Jetzt 3 Monate gratis testen!\n\nViele Grüße\nSarah Wagner")])
x.conv("junk", "merge_tag_failure", "de", "falscher Vorname in Massennachricht",
       [("m2", "2025-04-15 08:00", "Hallo Sabine, ich hoffe, es geht Ihnen gut! Wir haben aktuell top qualifizierte Vertriebsmitarbeiter und Buchhalter im Pool. Suchen Sie gerade Verstärkung?")])
x.conv("junk", "merge_tag_failure", "de", "Platzhalter [Firma] stehen gelassen",
       [("m3", "2025-05-19 11:30", "Guten Tag Frau Schallenberg, für [Firma] drucken wir Flyer, Visitenkarten und Roll-Ups zu Top-Preisen. Bestellen Sie bis Freitag und erhalten Sie 20 % Rabatt auf Ihre erste Bestellung!")])
x.conv("junk", "merge_tag_failure", "de", "falscher Firmenname und falsche Stadt",
       [("m4", "2025-09-30 15:00", "Hallo Frau Schallenberg, Ihr Studio 'Powerhouse Gym' in Düsseldorf hat uns begeistert! Mit Franchise Vision machen Sie aus Ihrem Konzept eine Franchise-Marke mit 20 Standorten. Wann können wir sprechen?")])
x.conv("junk", "sponsored_inmail", "de", "Sponsored InMail eines Geräteherstellers",
       [("sp1", "2025-03-10 12:00", "<p>Hallo Katrin,</p><p>die neue <b>MoveGear Pro Serie</b> ist da! Jetzt bis zu 30&nbsp;% Messerabatt sichern &ndash; nur bis 31.03.</p><p>Jetzt Katalog anfordern</p>")],
       title="Sponsored Conversation", subject="Messerabatt bis 31.03.")
x.conv("junk", "sponsored_inmail", "de", "Sponsored InMail einer Versicherung",
       [("sp2", "2025-07-01 12:00", "<p>Hallo Katrin,</p><p>ist Ihr Betrieb richtig abgesichert? Vergleichen Sie jetzt Ihre Betriebshaftpflicht in 3 Minuten und sparen Sie bis zu 40&nbsp;%.</p>")],
       title="Sponsored Conversation", subject="Betriebshaftpflicht vergleichen")
x.conv("junk", "sponsored_inmail", "de", "Sponsored InMail einer Weiterbildungsakademie",
       [("sp3", "2025-11-17 12:00", "<p>Hallo Katrin,</p><p>werden Sie zertifizierte*r Gesundheitscoach &ndash; berufsbegleitend und 100&nbsp;% online. Jetzt Frühbucherpreis sichern!</p>")],
       title="Sponsored Conversation", subject="Ihre Weiterbildung zum Gesundheitscoach")
x.conv("junk", "paid_award", "de", "Award mit Teilnahmegebühr",
       [("j_award", "2025-05-05 09:00", "Herzlichen Glückwunsch, Frau Schallenberg! Rheinkraft Studios wurde für den 'Top-Studio Award Deutschland 2025' nominiert. Als Preisträgerin erhalten Sie Urkunde, Siegel zur Nutzung in Ihrer Werbung und einen Eintrag in unserem Online-Verzeichnis. Für die Teilnahme erheben wir eine einmalige Bearbeitungsgebühr von 890 € zzgl. MwSt. Bitte bestätigen Sie bis Freitag."),
        ("me", "2025-05-05 10:00", "Nach welchen Kriterien wurden wir denn nominiert?"),
        ("j_award", "2025-05-05 10:20", "Unsere Jury bewertet Service, Innovation und Kundenzufriedenheit. Sie haben alle Kriterien erfüllt! Bei Bestätigung heute reduziert sich die Gebühr auf 690 €.")])
x.conv("junk", "paid_feature", "de", "bezahltes Porträt im Magazin",
       [("j_feature", "2025-09-08 13:30", "Liebe Frau Schallenberg, für unsere Ausgabe 'Erfolgreiche Unternehmerinnen der Fitnessbranche' möchten wir Sie gern porträtieren! Ganzseitiges Interview mit Foto, Auflage 25.000. Der Kostenbeitrag für Redaktion und Layout beträgt 1.450 €. Darf ich Ihnen die Unterlagen schicken?")])
x.conv("junk", "fluent_generic_named", "de", "eloquente, aber beliebige Beratung, die Rheinkraft nennt",
       [("j_fluent", "2025-12-01 09:00", "Sehr geehrte Frau Schallenberg, mit großem Interesse verfolge ich die Entwicklung von Rheinkraft Studios. Unternehmen in Ihrer Wachstumsphase stehen oft vor der Herausforderung, Prozesse, Führung und Strategie in Einklang zu bringen. Nordlicht Consulting begleitet inhabergeführte Unternehmen dabei, ihr volles Potenzial zu entfalten. Ich würde mich freuen, in einem persönlichen Gespräch zu erkunden, wie wir Rheinkraft auf dem weiteren Weg unterstützen können. Wann passt es Ihnen?")])
x.conv("junk", "generic_ai_chatbot", "en", "AI chatbot pitch in English",
       [("j_chat", "2025-04-28 16:00", "Hey Katrin 👋 Gyms using ChatGym AI convert 3x more website visitors into trial members. Our AI answers questions 24/7 in 40 languages. Want a free 14-day trial? Takes 2 minutes to set up.")])
x.conv("junk", "off_topic_property", "en", "Dubai property investment, off-topic",
       [("j_dubai", "2025-06-17 06:30", "Dear Katrin, exclusive opportunity: off-plan apartments in Dubai Marina with 8% guaranteed rental yield and golden visa eligibility. Prices start at 195,000 EUR. May I send you the brochure?")])
x.conv("junk", "off_topic_leasing", "de", "Dienstwagen-Leasing, off-topic",
       [("j_lease", "2025-10-01 08:30", "Hallo Frau Schallenberg, fahren Sie noch privat zum Termin? Mit unserem Gewerbeleasing bekommen Sie einen E-Dienstwagen ab 199 € netto im Monat, inklusive Wartung. Darf ich Ihnen Angebote zusammenstellen?")])
x.conv("junk", "mlm_pitch", "de", "Network-Marketing für Nahrungsergänzung",
       [("j_mlm", "2025-08-18 21:45", "Hallo liebe Katrin 🌸 Als Frau in der Gesundheitsbranche bist du wie gemacht für unser Team! Ich habe mit unseren Vital-Shakes nicht nur 12 kg verloren, sondern verdiene nebenbei 2.000 € im Monat. Hast du 10 Minuten für ein Gespräch? Ganz unverbindlich 💕")])

x.conv("junk", "generic_webinar", "de", "Webinar-Einladung mit Kursverkauf, an alle Studiobetreiber",
       [("j_webinar", "2025-07-14 18:30", "Hallo Katrin, exklusive Einladung: In meinem kostenlosen Live-Webinar am Donnerstag zeige ich, wie Studiobetreiber ihren Umsatz in 6 Monaten verdoppeln – ohne mehr Mitglieder. Nur 50 Plätze! Am Ende gibt es ein Sonderangebot für mein Mentoring-Programm. Hier anmelden: studioprofit-akademie.de/live")])

PROFILE = {"First Name": "Katrin", "Last Name": "Schallenberg",
           "Headline": "Inhaberin Rheinkraft Studios | Fitness & Physio-Prävention in Ehrenfeld und Sülz",
           "Summary": "Diplom-Sportwissenschaftlerin (Spoho Köln). Seit 2015 zwei inhabergeführte Studios mit "
                      "Gerätetraining, zertifizierten Präventionskursen nach § 20 SGB V und Firmenfitness. "
                      "Kein Discounter, keine Kette, dafür Trainer, die Ihren Namen kennen.",
           "Industry": "Health, Wellness & Fitness", "Zip Code": "50825",
           "Geo Location": "Köln, Nordrhein-Westfalen, Deutschland", "Websites": "rheinkraft-studios.de"}
POSITIONS = [
    {"Company Name": "Rheinkraft Studios", "Title": "Inhaberin",
     "Description": "Zwei Studios (Ehrenfeld, Sülz), 11 Mitarbeitende, Präventionskurse, Firmenfitness.",
     "Location": "Köln", "Started On": "Jun 2015", "Finished On": ""},
    {"Company Name": "Reha-Zentrum Köln-West", "Title": "Sporttherapeutin", "Description": "",
     "Location": "Köln", "Started On": "Oct 2009", "Finished On": "Mai 2015"},
]
SKILLS = ["Trainingsplanung", "Prävention", "Betriebliches Gesundheitsmanagement", "Rehabilitationssport",
          "Personalführung", "Unternehmensführung"]

if __name__ == "__main__":
    x.write(Path(__file__).resolve().parents[1] / SLUG, PROFILE, POSITIONS, SKILLS)
    print(x.summary())

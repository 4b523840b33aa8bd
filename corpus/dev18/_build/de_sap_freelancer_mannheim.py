"""dev18 persona (written blind as heldout24, session 4): Persona heldout24 / de-sap-freelancer-mannheim (written blind, session 4).

Katrin Oberländer is a self-employed SAP FI/CO consultant in Mannheim who works for end
clients directly and through IT staffing agencies. Export layout 2021. Mostly German with a
few English conversations. Every person, company and message is invented and written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-sap-freelancer-mannheim"
OUT = HERE.parents[1] / SLUG

owner = Person("me", "Katrin Oberländer", "https://www.linkedin.com/in/katrin-oberlaender-sap",
               "Oberländer SAP Beratung", "Freiberufliche SAP FI/CO Beraterin")
ex = Export(SLUG, "2021", owner)
P = ex.person
C = ex.conv

# ------------------------------------------------------------------ people
P("kontor", "Melanie Strobel", "Kontor42 IT-Partner GmbH", "Account Managerin", connected="2018-09-12")
P("neckartal", "Dr. Frank Hasselbach", "Neckartal Maschinenbau GmbH", "CFO", connected="2019-03-04")
P("neck_pl", "Tobias Wendel", "Neckartal Maschinenbau GmbH", "Projektleiter S/4HANA", connected="2021-01-18")
P("lead", "Ursula Kampmann", "Bergstraße Armaturen GmbH", "Leiterin Rechnungswesen")
P("jochen", "Jochen Reiter", "Reiter SAP Logistik", "Freiberuflicher SAP SD/MM Berater", connected="2016-05-20")
P("sandra", "Sandra Vogt", "Bergmann & Vogt IT-Staffing", "Senior Recruiterin", connected="2020-11-02")
P("werkst", "Lea Schwarzkopf", "Hochschule Mannheim", "Studentin Wirtschaftsinformatik")
P("stb", "Birgit Hemmerich", "Hemmerich Steuerberatung", "Steuerberaterin", connected="2017-01-10")
P("schulung", "Rainer Fuchs", "Kurpfalz SAP Akademie", "Schulungskoordination", connected="2021-06-01")
P("pfalzchemie", "Michael Brandt", "Pfalzchemie AG", "Leiter Controlling", connected="2015-10-22")
P("pfalz_ctrl", "Anja Köhler", "Pfalzchemie AG", "Controllerin", connected="2019-07-07")
P("stamm1", "Holger Petri", "Rhein-Neckar Stadtwerke", "SAP Inhouse Berater FI", connected="2021-10-14")
P("stamm2", "Yvonne Lenz", "Lenz Consulting", "SAP CO Beraterin", connected="2021-10-14")
P("stamm3", "Markus Albrecht", "Heidelberger Druckerei Service GmbH", "Teamleiter Finanzsysteme",
  connected="2021-10-15")
P("stammorg", "Dieter Schäfer", "SAP-Stammtisch Rhein-Neckar", "Organisator", connected="2017-04-02")
P("bigfour", "Claudia Wirth", "", "Senior Managerin Finance Transformation", connected="2012-08-01")
P("frei2", "Stefan Ohlig", "", "Freiberuflicher SAP FI Berater", connected="2018-02-27")
P("versich", "Thomas Gerber", "Gerber Versicherungsmakler", "Versicherungsmakler", connected="2018-03-15")
P("agentur2", "Jana Müller-Kurz", "ProjektPilot IT Services", "Recruiterin SAP", connected="2021-03-22")
P("journo", "Felix Demand", "Freelance Tech Magazin", "Redakteur")
P("hochschule", "Prof. Dr. Martina Weiß", "Hochschule Mannheim", "Professorin Rechnungswesen", connected="2020-05-05")
P("it_client", "Sven Rudolph", "Neckartal Maschinenbau GmbH", "IT-Administrator")
P("referrer", "Gerd Wolf", "Odenwald Fensterbau GmbH", "Kaufmännischer Leiter", connected="2019-11-19")
P("referee", "Patrick Nguyen", "Rheinauhafen Logistik GmbH", "Head of Finance")
P("dutch", "Annelies de Vries", "Verhoeven Packaging Deutschland GmbH", "Finance Director")
P("india", "Rohit Deshmukh", "Offshore Delivery Center", "SAP FI Consultant", connected="2020-02-14")
P("zurich", "Daniel Meier", "Alpstein Consulting AG", "Talent Partner", connected="2022-01-10")
P("exwerk", "Jonas Bauer", "", "Junior SAP Berater", connected="2020-04-01")
P("cowork", "Nadine Erhardt", "Quadrat Coworking Mannheim", "Community Managerin", connected="2019-01-15")
P("schorle", "Harald Wenz", "", "Rentner, Nachbar aus der Neckarstadt", connected="2014-06-06")
# wanted pitches
P("w_ifrs", "Carsten Lindner", "LeaseLedger GmbH", "Partner Management")
P("w_migr", "Eva Reinholz", "DataBridge Migration", "Pre-Sales", connected="2021-10-16",
  invite=("IN", "2021-10-16 10:02", "Hallo Frau Oberländer, ich war beim Stammtisch in Heidelberg - Ihr Vortrag zur Anlagenbuchhaltung war klasse."))
P("w_web", "Kai Hoffmann", "", "Freiberuflicher Webentwickler, Mannheim")
P("w_factor", "Julia Sand", "Freelancer Finanz GmbH", "Kundenberatung")
P("w_reiter", "Marc Obermann", "Fibutools", "Gründer")
P("w_tender", "Andreas Krämer", "Kraemer & Weis Public Consulting", "Geschäftsführer")
P("w_sandbox", "Ben Tschida", "SandCloud Hosting", "Account Executive")
P("w_recruit", "Laura Engel", "Campus IT Solutions", "Senior Consultant SAP Finance", connected="2022-03-01",
  invite=("IN", "2022-03-01 08:15", "Hallo Katrin, ich hätte ein Central-Finance-Projekt, das ziemlich genau zu deinem Profil passt."))
P("w_training", "Ralf Neumann", "FinSkill Trainings", "Trainer SAP Group Reporting")
P("w_insure", "Sabine Roth", "Roth IT-Versicherungen", "Maklerin")
P("w_swiss", "Lukas Brunner", "Limmat Finance Consulting AG", "Partner")
P("w_stb", "Dr. Jan Pohl", "Pohl Steuerberatung", "Steuerberater, Schwerpunkt IT-Freiberufler")
# junk
P("j_nearshore", "Piotr Nowak", "NearSAP Solutions", "Business Development")
P("j_kapaz", "Dennis Hartmann", "LeadMaschine", "Vertrieb")
P("j_gleich", "Kevin Pauli", "Pauli Ventures", "Unternehmer | Investor | Mentor")
P("j_15", "Oliver Krause", "Kostenfrei Consulting", "Senior Berater")
P("j_ctp1", "Marcel Fink", "FinFlow Coaching", "Business Coach",
  connected="2021-05-10", invite=("IN", "2021-05-10 09:55", ""))
P("j_ctp2", "Nina Berger", "Berger Finanzplanung", "Finanzplanerin",
  connected="2021-08-23", invite=("IN", "2021-08-23 18:40", "Hallo Katrin, lass uns gern vernetzen!"))
P("j_ctp3", "Alexander Horn", "Horn Immobilien Invest", "Immobilienberater",
  connected="2022-02-07", invite=("IN", "2022-02-07 07:30", ""))
P("j_ctp4", "Jessica Palmer", "GrowthStack", "Head of Partnerships",
  connected="2022-04-19", invite=("IN", "2022-04-19 11:11", ""))
P("j_bump1", "Tim Lehmann", "Druckerei Lehmann", "Vertrieb")
P("j_bump2", "Sarah Klein", "CloudSicher", "Sales Development")
P("j_tpl1", "Florian Maier", "Kundenstrom Agentur", "Gründer")
P("j_tpl2", "Lisa Wagner", "Expertenmagnet", "Strategieberaterin")
P("j_tpl3", "Daniel Schulz", "B2B Wachstum GmbH", "Account Executive")
P("j_tpl4", "Matthias Keller", "Akquise Profis", "Vertriebsleiter")
P("j_tpl5", "Ryan Cooper", "ClientFlow Partners", "Founder")
P("j_merge1", "Svenja Otto", "Officeplus Büroservice", "Kundenbetreuung")
P("j_merge2", "Heiko Berg", "DigitalSign Pro", "Vertrieb")
P("j_merge3", "Carina Voss", "TalentSprung", "Recruiterin")
P("j_merge4", "Andrea Simon", "Simon Eventlocations", "Eventmanagerin")
P("s_cloud", "Cumulo Cloud Services", "Cumulo Cloud Services", "",
  url="https://www.linkedin.com/company/cumulo-cloud")
P("s_weiter", "Akademie für Führung", "Akademie für Führung", "",
  url="https://www.linkedin.com/company/akademie-fuer-fuehrung")
P("j_award", "Jürgen Stahl", "Beraterpreis Deutschland", "Jury-Koordination")
P("j_podcast", "Nico Brandl", "Die Selbstständigen-Show", "Podcast Host")
P("j_fluent", "Philipp von Arnim", "Synaptik AI", "Enterprise Sales")
P("j_ifrs", "Tanja Engelhardt", "Finanzsoftware24", "Vertrieb")
P("j_migr", "Stefan Roller", "MigrationMaster", "Sales")
P("j_web", "Ahmed Yilmaz", "WebPower Agentur", "Projektmanager")
P("j_recruit", "Melissa Frank", "ITjobs Direkt", "Recruiterin")
P("j_insure", "Klaus Dietrich", "Allfinanz Dietrich", "Finanzberater")
P("j_training", "Sabrina Lorenz", "Karriere Akademie Online", "Bildungsberaterin")
P("j_crypto", "Max Winter", "", "Krypto-Enthusiast | Mentor")
P("j_wine", "Renate Vogel", "Pfälzer Weinabo", "Vertrieb")
P("j_ghost", "Johannes Wald", "Wald Ghostwriting", "LinkedIn Ghostwriter")
P("j_va", "Maria Cruz", "AssistNow Philippines", "Business Development")
P("j_erp", "Bernd Schreiber", "KlarERP", "Vertriebsleiter")
P("j_mag", "Corinna Haas", "Mittelstand Spotlight Magazin", "Anzeigen & Redaktion")
P("j_bike", "Lukas Hein", "RadLeasing Plus", "Key Account")
P("j_staff", "Anja Reuter", "PersonalSofort", "Personalberaterin")

# ------------------------------------------------------------------ genuine
C("genuine", "agency_terms_change", "de", "Agentur, über die sie arbeitet, ändert Zahlungsziel und Marge (harter Fall: Preise, Vertrag)", [
    ("kontor", "2021-11-03 09:12", "Hallo Katrin, vorab eine Info, bevor die offizielle Mail kommt: Ab 1.1. stellen wir bei allen Freelancer-Verträgen das Zahlungsziel von 14 auf 30 Tage um, und die Marge beim Neckartal-Projekt steigt von 15 auf 17 %, weil der Kunde jetzt über einen Rahmenvertrag mit Einkaufsplattform läuft. Dein Stundensatz von 125 € bleibt gleich. Lass uns gern telefonieren, wenn du Fragen hast."),
    ("me", "2021-11-03 10:40", "Hallo Melanie, danke für die Vorwarnung. Die 30 Tage tun schon weh, ehrlich gesagt. Können wir für Neckartal bei 21 Tagen bleiben? Die Marge ist eure Sache, solange mein Satz bleibt."),
    ("kontor", "2021-11-03 11:05", "Ich frag intern nach, ich denke 21 Tage kriegen wir für dich hin. Melde mich bis Freitag."),
    ("kontor", "2021-11-05 15:30", "Gute Nachricht: 21 Tage passt. Neuer Vertragsnachtrag kommt per DocuSign."),
])
C("genuine", "client_quote_request", "de", "Endkunde bittet um Angebot für Jahresabschluss-Support (harter Fall: Angebot, Tagessatz)", [
    ("neckartal", "2021-12-01 08:05", "Guten Morgen Frau Oberländer, wir würden Sie gern auch für den Jahresabschluss 2021 dabeihaben, insbesondere Anlagenbuchhaltung und die Umstellung der Kostenstellenplanung. Können Sie mir ein Angebot für ca. 15 Tage im Januar/Februar schicken? Gern direkt, nicht über die Agentur, falls das vertraglich geht."),
    ("me", "2021-12-01 09:20", "Guten Morgen Herr Dr. Hasselbach, sehr gern. Direkt geht ab Februar, weil meine Agenturbindung für Neckartal Ende Januar ausläuft - ich kläre das sauber mit Kontor42. Angebot schicke ich Ihnen bis Freitag, Tagessatz 1.000 € netto, remote-Anteil wie bisher."),
    ("neckartal", "2021-12-01 09:35", "Passt, danke. Bitte den Januar dann noch über die Agentur."),
])
C("genuine", "inbound_lead_buy", "de", "Mittelständler findet ihre Website und will sie beauftragen (harter Fall: Inbound-Lead, Kosten)", [
    ("lead", "2022-02-15 14:22", "Sehr geehrte Frau Oberländer, wir sind ein Armaturenhersteller in Weinheim (180 MA) und stellen im Herbst von SAP ECC auf S/4HANA um. Unser Systemhaus macht die Technik, aber für FI/CO und speziell die Anlagenbuchhaltung suchen wir jemanden mit Erfahrung. Ihr Blogartikel zur neuen Anlagenbuchhaltung hat uns überzeugt. Hätten Sie ab Juni Kapazität, und was würde das ungefähr kosten? Mit freundlichen Grüßen, Ursula Kampmann"),
    ("me", "2022-02-15 16:50", "Sehr geehrte Frau Kampmann, vielen Dank für Ihre Nachricht, das klingt nach einem spannenden Projekt. Ab Juni kann ich ca. 3 Tage pro Woche anbieten. Mein Tagessatz liegt bei 1.000 € netto. Sollen wir nächste Woche telefonieren, damit ich den Umfang besser einschätzen kann?"),
    ("lead", "2022-02-16 08:10", "Sehr gern. Dienstag 10 Uhr?"),
    ("me", "2022-02-16 08:30", "Dienstag 10 Uhr passt. Ich schicke eine Einladung."),
])
C("genuine", "peer_joint_offer", "de", "Freelancer-Kollege schlägt gemeinsames Angebot vor (harter Fall: Paketpreis)", [
    ("jochen", "2021-09-08 19:45", "Ei Gude Katrin! Ich hab da eine Idee: Viele Mittelständler hier in der Kurpfalz fragen nach einem S/4-Vorabcheck. Was hältst du davon, wenn wir das zusammen anbieten - du FI/CO, ich SD/MM, 5 Tage Festpreis, sagen wir 9.500 € netto, und wir teilen 50/50? Ich hätt schon zwei Kandidaten in Speyer."),
    ("me", "2021-09-08 20:30", "Hallo Jochen! Klingt gut. 5 Tage sind knapp, wenn wir auch die Kostenrechnung anschauen sollen. Lass uns mal ein Konzept schreiben - Donnerstag auf ne Schorle im Jungbusch?"),
    ("jochen", "2021-09-08 20:33", "Allemol! 19 Uhr?"),
    ("me", "2021-09-08 20:35", "19 Uhr. Ich bring die Vorlage vom letzten Health Check mit."),
])
C("genuine", "recruiter_engaged", "de", "Recruiterin, mit der sie im Gespräch ist, Satzverhandlung (harter Fall: Recruiter, Stundensatz)", [
    ("sandra", "2021-06-14 11:00", "Hallo Katrin, wie besprochen: Der Kunde in Ludwigshafen (Chemie) sucht ab September FI-Unterstützung für die S/4-Einführung, 9 Monate, 60 % remote. Budget liegt bei 115 €/h. Darf ich dein Profil schicken?"),
    ("me", "2021-06-14 12:30", "Hallo Sandra, Projekt klingt gut, aber unter 125 € mache ich das nicht, ich bin gerade voll ausgelastet und das wäre ein Wechsel. Wenn das geht, gern."),
    ("sandra", "2021-06-15 09:40", "Ich hab's probiert: 122 € und sie übernehmen die Reisekosten zu 100 %. Deal?"),
    ("me", "2021-06-15 10:15", "Okay, mit Reisekosten - Deal. Schick mein Profil bitte in der aktuellen Version von letzter Woche."),
])
C("genuine", "applicant", "de", "Werkstudentin bewirbt sich auf ihren Post", [
    ("werkst", "2022-03-21 20:02", "Hallo Frau Oberländer, ich habe Ihren Beitrag gesehen, dass Sie eine Werkstudentin für Testdokumentation und Schulungsunterlagen suchen. Ich studiere Wirtschaftsinformatik im 5. Semester an der Hochschule Mannheim und hatte im letzten Semester ein SAP-Praktikum (FI-Grundlagen). 15 h/Woche wären möglich. Ich würde mich sehr über ein Gespräch freuen! Viele Grüße, Lea Schwarzkopf"),
    ("me", "2022-03-22 07:50", "Hallo Lea, danke für Ihre Nachricht! Schicken Sie mir doch bitte Lebenslauf und Notenübersicht per Mail. Ich melde mich dann nächste Woche."),
    ("werkst", "2022-03-22 08:03", "Vielen Dank, ist unterwegs!"),
])
C("genuine", "tax_adviser", "de", "langjährige Steuerberaterin, Belege für die Umsatzsteuer", [
    ("stb", "2021-04-08 10:30", "Liebe Frau Oberländer, für die Voranmeldung März fehlen mir noch die Rechnungen an Kontor42 und die Reisekostenbelege aus Ludwigshafen. Können Sie die bis Montag hochladen? Herzliche Grüße, B. Hemmerich"),
    ("me", "2021-04-08 18:12", "Liebe Frau Hemmerich, sorry, mal wieder ich. Lade ich am Wochenende hoch!"),
])
C("genuine", "vendor_price_change", "de", "Steuerberaterin kündigt Honoraranpassung an (harter Fall: Preisänderung eines bestehenden Dienstleisters)", [
    ("stb", "2022-01-12 09:00", "Liebe Frau Oberländer, ich wollte Sie persönlich informieren: Ab dem Abschluss 2021 passe ich meine Pauschalen an, für Sie steigt die monatliche Buchhaltungspauschale von 180 € auf 205 €, der Jahresabschluss bleibt unverändert. Die neue Vereinbarung schicke ich Ihnen zur Unterschrift. Bei Fragen rufen Sie gern an."),
    ("me", "2022-01-12 12:40", "Danke für die offene Info, Frau Hemmerich. Das ist völlig in Ordnung, ich unterschreibe, sobald es da ist."),
])
C("genuine", "training_booked", "de", "Schulungsanbieter bestätigt ihre gebuchte Zertifizierung", [
    ("schulung", "2021-06-22 13:15", "Hallo Frau Oberländer, Ihre Anmeldung zur Zertifizierungsprüfung S/4HANA Finance am 14.07. ist bestätigt. Die Prüfung findet in unseren Räumen in Mannheim-Neckarau statt, Beginn 9:00 Uhr. Bitte Ausweis mitbringen."),
    ("me", "2021-06-22 13:40", "Danke! Gibt es vor Ort Parkplätze?"),
    ("schulung", "2021-06-22 14:02", "Ja, hinter dem Gebäude, Einfahrt über die Rheingoldstraße."),
])
C("genuine", "client_question_spam_folder", "de", "Controllerin eines Altkunden mit Fachfrage, im SPAM-Ordner gelandet", [
    ("pfalz_ctrl", "2022-04-04 16:48", "Hallo Katrin, entschuldige die Störung - wir haben seit dem Upgrade das Problem, dass die Umlagezyklen im CO mit einer Fehlermeldung wegen gesperrter Kostenstellen abbrechen. Du hattest die Zyklen damals gebaut. Hast du eine Idee, wo wir zuerst schauen sollen? Wir bezahlen natürlich gern eine Stunde. Lg Anja"),
], folder="SPAM")
C("genuine", "thanks_after_talk", "de", "Dank nach ihrem Vortrag beim SAP-Stammtisch (Beinahe-Duplikat 1/3)", [
    ("stamm1", "2021-10-14 22:05", "Hallo Frau Oberländer, vielen Dank für Ihren Vortrag heute Abend! Die Folie mit den Stolperfallen bei der Anlagenbuchhaltung war Gold wert. Viele Grüße, Holger Petri"),
])
C("genuine", "thanks_after_talk", "de", "Dank nach ihrem Vortrag beim SAP-Stammtisch (Beinahe-Duplikat 2/3)", [
    ("stamm2", "2021-10-14 22:40", "Katrin, danke für den tollen Vortrag heute! Super praxisnah. Die Stolperfallen-Folie hab ich gleich fotografiert 😄 Bis zum nächsten Stammtisch!"),
    ("me", "2021-10-15 07:30", "Danke Yvonne, freut mich! Bis bald."),
])
C("genuine", "thanks_after_talk", "de", "Dank nach ihrem Vortrag beim SAP-Stammtisch (Beinahe-Duplikat 3/3)", [
    ("stamm3", "2021-10-15 08:12", "Guten Morgen Frau Oberländer, danke nochmal für den Vortrag gestern beim Stammtisch - sehr praxisnah, vor allem die Stolperfallen bei der Anlagenbuchhaltung. Würden Sie die Folien teilen? Gruß Markus Albrecht"),
    ("me", "2021-10-15 09:00", "Guten Morgen Herr Albrecht, gern, Dieter verschickt sie heute an alle Teilnehmer."),
])
C("genuine", "owner_started_followup", "de", "sie schreibt einen früheren Kunden wegen Anschlussprojekt an", [
    ("me", "2022-05-02 08:30", "Hallo Michael, lange nichts gehört! Ich habe ab Oktober wieder Kapazitäten. Ihr wolltet doch 2022 das Konzernreporting angehen - ist das noch ein Thema?"),
    ("pfalzchemie", "2022-05-02 17:45", "Hallo Katrin, schön von dir zu hören! Ja, ist es, aber das Budget wird erst im Juli freigegeben. Ich melde mich dann auf jeden Fall bei dir, du kennst unser System ja am besten."),
    ("me", "2022-05-02 18:02", "Super, dann bis Juli. Grüß das Team!"),
])
C("genuine", "owner_started_peer_question", "de", "sie fragt einen Kollegen zur Statusfeststellung", [
    ("me", "2021-07-19 21:10", "Hi Stefan, kurze Frage unter Freelancern: Die Agentur für das Ludwigshafen-Projekt will, dass ich ein Statusfeststellungsverfahren mache. Hast du das schon mal durchgezogen? Wie lange hat das gedauert?"),
    ("frei2", "2021-07-20 07:30", "Morgen Katrin, ja, 2019. Hat knapp 4 Monate gedauert, ging aber gut aus. Wichtig: eigene Arbeitsmittel, mehrere Auftraggeber, keine Einbindung in die Kundenorga. Schick dir meine Checkliste."),
    ("me", "2021-07-20 07:45", "Danke dir, du bist ein Schatz!"),
])
C("genuine", "long_standing_friend", "de", "ehemalige Kollegin aus der Beratung, Geburtstagsgruß", [
    ("bigfour", "2021-08-30 07:10", "Alles Gute zum Geburtstag, liebe Katrin! 🎉 Genieß den Tag und lass heute mal das SAP zu. Wann sehen wir uns endlich mal wieder? Ich bin im Oktober in Mannheim."),
    ("me", "2021-08-30 12:00", "Danke dir Claudia!! Oktober klingt super, dann gehen wir in die Quadrate zum Essen, ich lade ein."),
])
C("genuine", "client_project", "de", "Projektleiter beim Endkunden, Go-live-Planung", [
    ("neck_pl", "2022-01-20 17:30", "Hi Katrin, für das Go-live-Wochenende 12./13.02.: Kannst du Samstag von 8 bis 14 Uhr on site sein für die Saldenübernahme? Sonntag reicht Rufbereitschaft."),
    ("me", "2022-01-20 18:05", "Samstag passt. Rufbereitschaft Sonntag auch, aber bitte als Pauschale abrechnen wie besprochen."),
    ("neck_pl", "2022-01-20 18:10", "Klar, ist so im Auftrag."),
])
C("genuine", "client_timesheet", "de", "Projektleiter unterschreibt Stundenzettel", [
    ("me", "2022-03-01 09:00", "Hallo Tobias, Stundenzettel Februar liegt bei dir im Portal, 17,5 Tage. Magst du bis Donnerstag freigeben? Sonst verschiebt sich die Rechnung."),
    ("neck_pl", "2022-03-01 12:15", "Erledigt 👍"),
])
C("genuine", "agency_admin", "de", "Agentur fragt zur Rechnung", [
    ("kontor", "2021-07-05 10:20", "Hallo Katrin, in deiner Juni-Rechnung ist der 17.06. doppelt. Kannst du eine korrigierte schicken?"),
    ("me", "2021-07-05 10:50", "Oh, peinlich. Korrektur kommt gleich!"),
])
C("genuine", "peer_cover", "de", "Kollege fragt nach Urlaubsvertretung (Unterauftrag)", [
    ("frei2", "2022-06-27 12:12", "Hi Katrin, ich bin im August zwei Wochen in Kroatien und mein Kunde in Walldorf braucht jemand für den Monatsabschluss-Support, ca. 4 Tage. Hättest du Lust? Ich würde dich zu meinem Satz weiterreichen, also 120 €."),
    ("me", "2022-06-27 13:00", "Klar, mach ich gern. Schick mir die Daten, ich blocke die Tage."),
])
C("genuine", "event_invite_known_contact", "de", "Organisator lädt sie als Sprecherin zum Stammtisch ein", [
    ("stammorg", "2021-09-01 19:00", "Hallo Katrin, der Stammtisch am 14.10. findet endlich wieder in Präsenz statt, im Nebenraum vom Brauhaus in Heidelberg. Hättest du Lust, 20 Minuten über deine Erfahrungen mit der neuen Anlagenbuchhaltung zu erzählen? Danach gibt's Flammkuchen."),
    ("me", "2021-09-01 19:30", "Dieter, für Flammkuchen mach ich alles 😄 Ja, gern!"),
])
C("genuine", "international_client", "en", "international client's German subsidiary asks for a call", [
    ("dutch", "2022-04-11 11:00", "Dear Katrin, Gerd Wolf at Odenwald Fensterbau gave me your name. We are a Dutch packaging group and our German entity in Mannheim needs help setting up product costing in SAP after a carve-out. My German is poor, I hope English is fine. Could we have a call this week?"),
    ("me", "2022-04-11 12:20", "Dear Annelies, of course, English is fine. Thursday at 2 pm or Friday morning would work for me."),
    ("dutch", "2022-04-11 12:35", "Thursday 2 pm, perfect. I'll send a Teams invite."),
])
C("genuine", "former_colleague_reference", "en", "former offshore colleague asks for a recommendation", [
    ("india", "2022-05-18 06:40", "Hi Katrin, hope you are doing well! I am applying for a position in Frankfurt as SAP FI consultant. Would you be willing to write a short recommendation on LinkedIn, about our work together at Pfalzchemie? Thanks a lot!"),
    ("me", "2022-05-18 19:05", "Hi Rohit, great to hear from you and good luck! Of course, I'll write it this weekend."),
    ("india", "2022-05-18 19:30", "Thank you so much, Katrin!"),
])
C("genuine", "insurance_renewal", "de", "bestehender Versicherungsmakler zur Verlängerung der Berufshaftpflicht (harter Fall: Beitrag, Vertrag)", [
    ("versich", "2021-12-06 10:00", "Hallo Frau Oberländer, Ihre Vermögensschadenhaftpflicht läuft zum 31.01. aus. Der Versicherer erhöht den Beitrag um 6 %, also auf 742 € im Jahr. Ich habe einen Vergleich mit zwei Alternativen gemacht, eine davon mit höherer Deckungssumme (1 Mio. statt 500.000) für 790 €. Soll ich Ihnen das zuschicken?"),
    ("me", "2021-12-06 11:15", "Ja bitte, Herr Gerber. Die höhere Deckungssumme wird bei Konzernkunden mittlerweile öfter verlangt."),
])
C("genuine", "agency_availability", "de", "zweite Agentur fragt Verfügbarkeit für passendes Projekt, sie sagt ab", [
    ("agentur2", "2021-03-22 14:00", "Hallo Frau Oberländer, vielen Dank für die Vernetzung. Ich habe ein CO-PA-Projekt in Karlsruhe ab Mai, 100 % remote möglich. Wären Sie verfügbar?"),
    ("me", "2021-03-22 15:30", "Hallo Frau Müller-Kurz, danke, klingt interessant, aber ich bin bis Ende August gebunden. Gern wieder ab September anfragen."),
    ("agentur2", "2021-03-22 15:45", "Notiert, ich melde mich im Sommer!"),
])
C("genuine", "journalist", "de", "Redakteur fragt für Artikel über Freelancer-Stundensätze an", [
    ("journo", "2022-02-02 10:30", "Hallo Frau Oberländer, ich schreibe für das Freelance Tech Magazin einen Beitrag über Stundensätze von SAP-Freelancern nach Corona. Hätten Sie 20 Minuten für ein Gespräch? Gern auch anonym."),
    ("me", "2022-02-02 13:00", "Hallo Herr Demand, gern, aber bitte anonym. Freitag Vormittag?"),
])
C("genuine", "guest_lecture", "de", "Professorin lädt sie zur Gastvorlesung ein", [
    ("hochschule", "2022-04-26 09:15", "Liebe Frau Oberländer, hätten Sie Lust, im Juni wieder eine Gastvorlesung im Kurs 'ERP-Systeme im Rechnungswesen' zu halten? Die Studierenden fanden Ihren Praxisbericht letztes Jahr großartig."),
    ("me", "2022-04-26 19:40", "Liebe Frau Weiß, sehr gern! Dienstags passt es mir am besten."),
])
C("genuine", "client_it_access", "de", "IT des Kunden wegen VPN-Zugang", [
    ("it_client", "2021-02-01 08:02", "Guten Morgen, Ihr VPN-Token ist abgelaufen, ich habe Ihnen einen neuen per Post geschickt. Bis dahin geht der Zugang über die Citrix-Umgebung. Gruß Rudolph"),
    ("me", "2021-02-01 08:20", "Danke, Herr Rudolph!"),
])
C("genuine", "referral_intro", "de", "alter Kunde stellt sie einem Bekannten vor (Gruppe)", [
    ("referrer", "2022-03-30 13:00", "Hallo zusammen, Patrick, das ist Katrin Oberländer, die uns beim Wechsel auf S/4 die ganze Finanzseite gerettet hat. Katrin, Patrick ist Head of Finance bei Rheinauhafen Logistik und steht vor genau dem gleichen Thema. Ich lass euch zwei mal machen 🙂"),
    ("referee", "2022-03-30 14:10", "Danke Gerd! Frau Oberländer, freut mich. Hätten Sie in den nächsten zwei Wochen Zeit für einen Kaffee?"),
    ("me", "2022-03-30 15:00", "Danke Gerd für die netten Worte! Herr Nguyen, sehr gern - wie wäre Mittwoch nächste Woche im Café am Wasserturm?"),
], title="Katrin / Patrick")
C("genuine", "project_group", "de", "Projektteam-Gruppe beim Kunden", [
    ("neck_pl", "2022-02-13 11:30", "Saldenübernahme ist durch, Abstimmung passt auf den Cent. Danke euch allen!"),
    ("me", "2022-02-13 11:35", "Wahnsinn. Sekt gibt's Montag 🥂"),
    ("jochen", "2022-02-13 11:40", "Mir brauche kä Sekt, mir brauche Schlaf 😅"),
], title="Go-live S/4 Neckartal")
C("genuine", "recruiter_followup_zurich", "en", "Swiss recruiter after an interview she attended", [
    ("zurich", "2022-01-24 16:00", "Hi Katrin, thank you for taking the time to speak with the client on Friday. They were very impressed by your CO-PA experience. They would like a second conversation with their CFO next week. Would Tuesday or Wednesday afternoon work?"),
    ("me", "2022-01-24 17:30", "Hi Daniel, thanks, good to hear. Wednesday afternoon works. Please note I can only do 40% remote from Mannheim, as we discussed."),
    ("zurich", "2022-01-24 17:45", "Noted, I've flagged that already. I'll confirm the time tomorrow."),
])
C("genuine", "former_student_reference", "de", "ehemaliger Werkstudent bittet um Zeugnis", [
    ("exwerk", "2021-05-12 18:20", "Hallo Katrin, ich bewerbe mich gerade als Junior FI-Berater. Könntest du mir ein kurzes Zeugnis für die Zeit als Werkstudent bei dir schreiben? Wäre mega!"),
    ("me", "2021-05-12 20:00", "Hallo Jonas, klar, mach ich bis Ende der Woche. Wo bewirbst du dich?"),
    ("exwerk", "2021-05-12 20:10", "Bei einem Systemhaus in Heilbronn. Danke dir!"),
])
C("genuine", "coworking_space", "de", "Coworking-Space lädt zur Weihnachtsfeier und informiert über neue Preise", [
    ("cowork", "2021-11-22 12:00", "Hallo Katrin! Am 16.12. ist unsere Weihnachtsfeier im Quadrat, Glühwein und Grumbeersupp vom Nachbarn. Und kleine Info: Ab Januar kostet der Fix-Desk 259 statt 239 € - für Bestandsmitglieder wie dich erst ab April. Kommst du?"),
    ("me", "2021-11-22 12:30", "Grumbeersupp? Ich bin dabei! Danke für die Schonfrist 😉"),
])
C("genuine", "neighbour_small_talk", "de", "Nachbar aus der Neckarstadt, Smalltalk", [
    ("schorle", "2022-06-10 17:30", "Katrin, die Tomaten vom Balkon sind reif, willst du welche? Und kommst am Samstag zum Hoffest? Mei Fraa macht Kuchen."),
    ("me", "2022-06-10 18:45", "Harald, immer her mit den Tomaten! Samstag bin ich da, ich bring Schorle mit."),
])
C("genuine", "swiss_tax_question", "mixed", "sie fragt Steuerberaterin zur Schweizer Rechnung, Kundenmail auf Englisch zitiert", [
    ("me", "2022-02-08 20:15", "Liebe Frau Hemmerich, falls das Schweizer Projekt kommt: Der Kunde schreibt 'invoices must show Swiss VAT number and be issued in CHF'. Muss ich da was beachten wegen Reverse Charge?"),
    ("stb", "2022-02-09 08:30", "Liebe Frau Oberländer, ja, Leistungsort ist die Schweiz, also keine deutsche USt, Hinweis auf Steuerschuldnerschaft des Leistungsempfängers. CHF ist kein Problem, wir rechnen mit dem Monatskurs um. Schicken Sie mir den Vertrag, wenn es konkret wird."),
])

# ------------------------------------------------------------------ wanted pitches
C("wanted_pitch", "ifrs16_post", "de", "Softwareanbieter bezieht sich auf ihren Beitrag zu IFRS 16 im Parallel Ledger", [
    ("w_ifrs", "2021-11-24 09:40", "Hallo Frau Oberländer, Ihr Beitrag letzte Woche zu IFRS 16 im Parallel Ledger hat bei uns intern die Runde gemacht - vor allem Ihr Punkt, dass viele Mittelständler Leasingverträge immer noch in Excel führen und dann manuell ins Ledger 0L buchen. Unser Add-on LeaseLedger bucht die Leasingverträge direkt in beide Ledger und ist SAP-zertifiziert. Wir suchen Beraterinnen, die es bei Kunden mit einführen, Partnermodell mit Provision oder Tagessatz. Hätten Sie Interesse an einer Demo?"),
    ("me", "2021-11-24 12:00", "Hallo Herr Lindner, das trifft einen Nerv. Demo gern, aber ich bleibe herstellerunabhängig - Partnerschaft eher nicht. Passt das trotzdem?"),
    ("w_ifrs", "2021-11-24 12:15", "Absolut, auch als unabhängige Beraterin ist die Demo sinnvoll. Ich schicke Ihnen Termine."),
])
C("wanted_pitch", "migration_tool_talk", "de", "Migrationstool-Anbieterin war bei ihrem Vortrag", [
    ("w_migr", "2021-10-16 10:30", "Danke fürs Vernetzen! Ihr Vortrag am Donnerstag hat genau das Thema getroffen, mit dem wir jeden Tag zu tun haben: die Altdatenübernahme der Anlagen mit abweichenden Bewertungsbereichen. Sie hatten erwähnt, dass Sie die Bewegungsdaten per Excel abgleichen. Unser Tool macht die Abstimmung Alt/Neu je Bewertungsbereich automatisch. Wenn Sie mögen, zeige ich Ihnen das an einem Ihrer anonymisierten Datensätze - 30 Minuten, ohne Verkaufsdruck."),
])
C("wanted_pitch", "website_visited", "de", "Webentwickler hat ihre Website besucht und nennt konkretes Problem", [
    ("w_web", "2022-01-19 19:20", "Hallo Frau Oberländer, ich bin beim Recherchieren zu S/4 auf Ihrem Blog gelandet (der Artikel zur Kostenstellenplanung war sehr gut!). Dabei ist mir aufgefallen, dass das Kontaktformular auf dem Handy nicht abschickt - der Button liegt hinter dem Cookie-Banner. Ich bin Webentwickler hier in Mannheim und würde das für eine kleine Pauschale fixen, gern auch nur den einen Fehler. Screenshots schicke ich Ihnen gern."),
    ("me", "2022-01-19 21:00", "Oh nein, danke für den Hinweis! Schicken Sie gern die Screenshots und was das kosten würde."),
])
C("wanted_pitch", "factoring_specific_problem", "de", "Factoring-Anbieter nennt ihr konkretes Problem mit langen Zahlungszielen", [
    ("w_factor", "2021-11-15 10:00", "Hallo Frau Oberländer, Sie hatten in der Freelancer-Gruppe geschrieben, dass Agenturen jetzt auf 30 Tage Zahlungsziel umstellen und Sie dadurch im Januar eine Lücke von zwei Monatsumsätzen vorfinanzieren. Genau dafür bieten wir Factoring speziell für IT-Freelancer an: Auszahlung 48 h nach Freigabe des Stundenzettels, 1,9 % Gebühr, keine Mindestlaufzeit. Die Agentur merkt davon nichts außer einer neuen Bankverbindung. Wäre das eine Überlegung wert?"),
])
C("wanted_pitch", "mutual_contact", "de", "Gründer eines Tools empfohlen von Jochen Reiter", [
    ("w_reiter", "2022-05-09 08:50", "Hallo Katrin, Jochen Reiter meinte, ich soll mich mal bei dir melden. Wir haben ein kleines Tool gebaut, das SAP-Customizing-Dokumentation aus dem System zieht und als Word-Handbuch ausgibt - Jochen nutzt es seit dem Speyer-Projekt. Er meinte, du schreibst deine Abnahmedokus immer von Hand und fluchst dabei. 😄 Magst du es einen Monat kostenlos testen?"),
    ("me", "2022-05-09 09:30", "Haha, Jochen kennt mich. Ja, gern testen!"),
])
C("wanted_pitch", "public_tender", "de", "Beratungshaus verweist auf öffentliche Ausschreibung der Stadt und sucht FI/CO-Subunternehmerin", [
    ("w_tender", "2022-06-01 11:30", "Sehr geehrte Frau Oberländer, wir bereiten ein Angebot für die Ausschreibung der Stadt Mannheim zur SAP-Betreuung im Finanzwesen vor (Vergabeplattform, Bewerbungsfrist 30.06.). Gefordert sind u. a. zwei Referenzen im kommunalen Umfeld mit FI/CO und Erfahrung in der doppischen Haushaltsführung. Sie haben laut Profil die Stadtwerke-Umstellung begleitet. Hätten Sie Interesse, als Subunternehmerin mit ca. 40 Tagen p.a. in unser Angebot zu gehen? Konditionen gern im Gespräch."),
])
C("wanted_pitch", "sandbox_setup", "de", "Hoster bezieht sich auf ihr Setup (eigenes S/4-Testsystem auf AWS)", [
    ("w_sandbox", "2022-03-14 14:14", "Hallo Frau Oberländer, in Ihrem Post zum Lernen für die Zertifizierung schrieben Sie, dass Ihr privates S/4-Testsystem auf AWS Sie 300 € im Monat kostet, obwohl es nur abends läuft. Wir hosten genau solche Trial-Appliances mit automatischem Stopp nachts und am Wochenende in Frankfurt, meist kommen Freelancer dann auf unter 90 €. Wenn Sie wollen, rechne ich Ihnen das für Ihre Instanzgröße konkret aus."),
])
C("wanted_pitch", "recruiter_relevant_role", "de", "Recruiterin mit passendem Central-Finance-Projekt, nennt Satz und ihre Erfahrung", [
    ("w_recruit", "2022-03-01 08:30", "Danke fürs Annehmen, Katrin! Kurz zum Projekt: Pharmaunternehmen in Heidelberg, Central Finance mit drei ECC-Quellsystemen, Start Juni, 10 Monate, 80 % remote. Gesucht wird jemand mit CO-PA und Erfahrung in der Replikation - bei dir habe ich das Neckartal-Projekt und die Pfalzchemie-Konzernrechnung gesehen. Budget bis 130 €/h. Wenn dich das interessiert, ruf ich dich gern an, ansonsten kein Stress."),
    ("me", "2022-03-01 12:00", "Hallo Laura, klingt tatsächlich gut, Juni ist realistisch. Ruf gern morgen Nachmittag an."),
])
C("wanted_pitch", "training_gap", "de", "Trainer verweist auf ihren Kommentar zu Group Reporting", [
    ("w_training", "2022-04-20 10:10", "Hallo Frau Oberländer, Sie hatten unter Michael Brandts Beitrag kommentiert, dass Ihnen für Konzernreporting-Projekte noch Praxis in SAP Group Reporting fehlt. Wir bieten im Juni einen 3-tägigen Praxisworkshop in Mannheim an, max. 8 Teilnehmende, mit eigenem System und echter Konsolidierung über drei Gesellschaften. Für Freiberufler 1.490 € netto. Interesse am Programm?"),
])
C("wanted_pitch", "insurance_register", "de", "Versicherungsmaklerin bezieht sich auf den Handelsregistereintrag ihrer GmbH", [
    ("w_insure", "2022-06-20 15:00", "Hallo Frau Oberländer, ich habe im Handelsregister gesehen, dass Sie zum 1. Juni die Oberländer SAP Beratung GmbH gegründet haben - herzlichen Glückwunsch! Beim Wechsel vom Einzelunternehmen zur GmbH muss die Vermögensschadenhaftpflicht auf die GmbH umgeschrieben werden, sonst besteht für neue Aufträge u. U. kein Schutz. Ich bin auf IT-Freelancer spezialisiert und prüfe das gern kostenlos, auch wenn Sie schon einen Makler haben."),
])
C("wanted_pitch", "swiss_subcontract", "en", "Zurich consultancy pitches a subcontract referencing a shared former project", [
    ("w_swiss", "2022-05-25 13:30", "Hello Katrin, we haven't met, but Rohit Deshmukh worked with us last year and spoke highly of your work on the Pfalzchemie group costing. We have a German-speaking client in Basel moving to S/4 next spring and need an FI/CO lead who can run workshops in German. 6 months, 3 days a week, partly remote from Germany. Would you be open to a short call?"),
])
C("wanted_pitch", "tax_adviser_specialist", "de", "Steuerberater für IT-Freelancer bezieht sich auf ihre Frage zur Schweiz", [
    ("w_stb", "2022-02-11 09:00", "Hallo Frau Oberländer, in der Gruppe 'SAP Freelancer DACH' haben Sie nach Reverse Charge bei Schweizer Kunden gefragt. Kurzer Hinweis, ganz ohne Hintergedanken: Bei Vor-Ort-Tagen in der Schweiz kann ab bestimmten Schwellen eine Quellensteuer- bzw. Meldepflicht entstehen. Wir betreuen viele SAP-Freelancer mit Schweizer Projekten; falls Ihre Steuerberaterin das nicht abdeckt, helfe ich gern mit einer Einmalberatung."),
])

# ------------------------------------------------------------------ junk
C("junk", "offers_what_she_sells", "en", "nearshore SAP consultancy offering her FI/CO consultants", [
    ("j_nearshore", "2021-04-19 09:00", "Hi Katrin, are you looking for experienced SAP FI/CO consultants? NearSAP provides certified consultants from Poland at 45 EUR/h. Flexible, fast, German-speaking on request. Let me know your needs!"),
])
C("junk", "capacity_new_clients", "de", "Leadgenerierung: Haben Sie Kapazitäten für neue Kunden?", [
    ("j_kapaz", "2021-06-08 08:30", "Hallo Katrin, kurze Frage: Hast du aktuell Kapazitäten für neue Kunden? Wir liefern Beratern jeden Monat 10+ qualifizierte Termine mit Entscheidern. Bezahlung nur bei Erfolg. Soll ich dir zeigen, wie das funktioniert?"),
])
C("junk", "like_minded_entrepreneurs", "de", "Vernetzen unter Gleichgesinnten", [
    ("j_gleich", "2021-09-20 06:15", "Hey Katrin! Ich vernetze mich gern mit gleichgesinnten Unternehmerinnen, die etwas bewegen wollen. 💪 Ich glaube, wir können uns gegenseitig super inspirieren. Lass uns connecten und schauen, was sich ergibt!"),
])
C("junk", "quick_15_min_call", "de", "kurzes 15-Minuten-Gespräch", [
    ("j_15", "2022-01-10 09:00", "Hallo Frau Oberländer, hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat? Wir helfen Unternehmen, ihre Fixkosten um 20 % zu senken - ohne Risiko. Wann passt es Ihnen?"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, Smalltalk, dann Coaching-Pitch", [
    ("j_ctp1", "2021-05-10 10:20", "Hallo Katrin, danke fürs Vernetzen! Wie läuft's bei dir gerade so?"),
    ("j_ctp1", "2021-05-12 08:45", "Ich frag, weil ich viele Selbstständige begleite, die zwar gut ausgelastet sind, aber nie aus dem Hamsterrad kommen. Mein 8-Wochen-Programm 'Freiheit statt Stundensatz' zeigt dir, wie du skalierbar wirst. Hast du Lust auf ein kostenloses Strategiegespräch?"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, sie antwortet auf Smalltalk, dann Finanzplanung", [
    ("j_ctp2", "2021-08-23 19:00", "Hallo Katrin, schön, dass wir jetzt vernetzt sind! Ich sehe, du bist auch in Mannheim - Monnem vorne! 😄"),
    ("me", "2021-08-24 07:30", "Hallo Nina, ja, Neckarstadt. 🙂"),
    ("j_ctp2", "2021-08-24 07:45", "Wie schön! Sag mal, als Selbstständige ist das Thema Altersvorsorge ja oft ein bisschen stiefmütterlich behandelt. Ich habe da ein tolles Konzept mit Fonds und Steuervorteil - hast du nächste Woche 30 Minuten?"),
])
C("junk", "connect_then_pitch", "de", "Vernetzen, Kompliment, dann Immobilieninvestment", [
    ("j_ctp3", "2022-02-07 08:00", "Guten Morgen Frau Oberländer, danke für die Annahme! Beeindruckender Werdegang."),
    ("j_ctp3", "2022-02-09 08:00", "Darf ich Ihnen eine Frage stellen? Haben Sie sich schon einmal mit Kapitalanlage-Immobilien beschäftigt? Gerade für Gutverdiener mit hoher Steuerlast ist eine Neubauwohnung in Ludwigshafen aktuell hochinteressant."),
    ("j_ctp3", "2022-02-16 08:00", "Ich hake nochmal nach, Frau Oberländer - die letzten zwei Einheiten sind fast weg."),
])
C("junk", "connect_then_pitch", "en", "connect, small talk, then growth agency pitch", [
    ("j_ctp4", "2022-04-19 11:30", "Hey Katrin, thanks for connecting! Saw you're an SAP consultant - must be busy times with all the S/4 migrations!"),
    ("j_ctp4", "2022-04-21 09:00", "Quick question - have you thought about building a personal brand to attract clients directly? We help consultants generate inbound leads on LinkedIn with done-for-you content and automated outreach. Open to a quick chat?"),
])
C("junk", "follow_up_bumps", "de", "Druckerei mit Nachfassen ohne Antwort", [
    ("j_bump1", "2021-03-02 10:00", "Hallo Frau Oberländer, brauchen Sie neue Visitenkarten, Flyer oder Briefpapier? Bei uns 20 % Neukundenrabatt!"),
    ("j_bump1", "2021-03-09 10:00", "Hallo Frau Oberländer, ich wollte nur kurz nachhaken."),
    ("j_bump1", "2021-03-23 10:00", "Hallo nochmal, der Rabatt gilt nur noch bis Monatsende!"),
])
C("junk", "follow_up_bumps", "de", "IT-Security-Pitch mit Nachfassen ohne Antwort", [
    ("j_bump2", "2022-05-03 09:15", "Hallo Katrin, wie schützt du deine Kundendaten? CloudSicher bietet Backup und Virenschutz für Selbstständige ab 9,90 €/Monat."),
    ("j_bump2", "2022-05-10 09:15", "Hi Katrin, hast du meine Nachricht gesehen? 🙂"),
    ("j_bump2", "2022-05-24 09:15", "Letzter Versuch: Ich schicke dir gern einen kostenlosen Testzugang."),
])
C("junk", "template_client_acquisition", "de", "gleiche Vorlage 1/5: Kundengewinnung für Berater", [
    ("j_tpl1", "2021-02-10 09:00", "Hallo Katrin, ich bin auf dein Profil gestoßen und finde spannend, was du als SAP-Beraterin machst. Wir helfen Beratern, planbar 3-5 neue Kunden pro Monat zu gewinnen - ganz ohne Kaltakquise. Hättest du Lust auf ein kurzes Kennenlernen?"),
])
C("junk", "template_client_acquisition", "de", "gleiche Vorlage 2/5: anderer Absender, leicht umformuliert", [
    ("j_tpl2", "2021-05-26 10:30", "Hallo Katrin, ich bin über dein Profil gestolpert und finde es wirklich spannend, was du im SAP-Umfeld machst! Wir unterstützen Expertinnen dabei, jeden Monat planbar 3-5 Neukunden zu gewinnen, ohne Kaltakquise. Lust auf ein kurzes Kennenlerngespräch?"),
])
C("junk", "template_client_acquisition", "de", "gleiche Vorlage 3/5: Sie-Form", [
    ("j_tpl3", "2021-09-14 14:00", "Hallo Frau Oberländer, ich bin auf Ihr Profil gestoßen und finde spannend, was Sie als Beraterin im Finanzbereich machen. Wir helfen Beratern, planbar 3 bis 5 neue Mandate pro Monat zu gewinnen - ohne Kaltakquise. Hätten Sie Interesse an einem kurzen Austausch?"),
    ("j_tpl3", "2021-09-21 14:00", "Hallo Frau Oberländer, ich wollte meine Nachricht nochmal nach oben holen."),
])
C("junk", "template_client_acquisition", "de", "gleiche Vorlage 4/5: andere Branche eingesetzt", [
    ("j_tpl4", "2022-01-18 11:00", "Hi Katrin, bin auf dein Profil gestoßen und finde super spannend, was du als IT-Expertin machst. Wir helfen IT-Beratern, planbar 3-5 neue Kunden pro Monat zu gewinnen, ohne Kaltakquise. Kurzes Kennenlernen?"),
])
C("junk", "template_client_acquisition", "en", "same template 5/5: English variant", [
    ("j_tpl5", "2022-04-05 16:00", "Hi Katrin, I came across your profile and love what you're doing as an SAP consultant. We help consultants predictably win 3-5 new clients a month - without cold outreach. Would you be up for a quick intro call?"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter-Fehler: {{Vorname}}", [
    ("j_merge1", "2021-07-01 08:00", "Hallo {{Vorname}}, entlasten Sie sich im Büroalltag! Unser Büroservice übernimmt Telefon, Post und Terminvereinbarung für Selbstständige ab 49 € im Monat. Viele Grüße, Svenja Otto"),
])
C("junk", "merge_tag_failure", "de", "Platzhalter-Fehler: [Firmenname]", [
    ("j_merge2", "2021-10-05 10:00", "Sehr geehrte Frau Oberländer, mit DigitalSign Pro unterschreibt [Firmenname] Verträge in Sekunden - rechtssicher und DSGVO-konform. Darf ich [Firmenname] eine kostenlose Testversion einrichten?"),
])
C("junk", "merge_tag_failure", "de", "falscher Name", [
    ("j_merge3", "2022-02-22 13:00", "Hallo Frau Obermeier, vielen Dank für das nette Gespräch letzte Woche! Wie besprochen sende ich Ihnen anbei drei Profile für Ihre offene Stelle als Java-Entwickler. Freue mich auf Ihr Feedback."),
])
C("junk", "merge_tag_failure", "de", "falsche Firma und Anlass", [
    ("j_merge4", "2022-06-07 09:30", "Liebe Katrin, für die Sommerfeier der Oberland Brauerei haben wir noch tolle Locations frei - Rooftop, Weingut oder Schiff auf dem Neckar. Soll ich Ihnen ein Angebot für 120 Personen machen?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Cloud", [
    ("s_cloud", "2021-08-10 12:00", "<p>Hallo Katrin,</p><p>migrieren Sie Ihre Workloads jetzt in die Cumulo Cloud &ndash; mit 300&nbsp;€ Startguthaben.</p><p><a href=\"https://example.invalid/cloud\">Jetzt registrieren</a></p>"),
], title="Sponsored Conversation", subject="300 € Startguthaben für Ihre Cloud")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Führungsakademie", [
    ("s_weiter", "2022-03-29 12:00", "<p>Hallo Katrin,</p><p>bereit für den nächsten Karriereschritt? Unser berufsbegleitendes Programm <b>Leadership Excellence</b> startet im Mai.</p><p>Jetzt Infomaterial anfordern.</p>"),
], title="Sponsored Conversation", subject="Leadership Excellence - Start im Mai")
C("junk", "paid_award", "de", "bezahlte Auszeichnung", [
    ("j_award", "2021-11-30 10:00", "Sehr geehrte Frau Oberländer, herzlichen Glückwunsch! Sie wurden von unserer Jury als 'Top-Beraterin 2022 Rhein-Neckar' ausgewählt. Um das Siegel nutzen zu dürfen und im Beraterverzeichnis gelistet zu werden, fällt eine einmalige Lizenzgebühr von 890 € zzgl. MwSt. an."),
])
C("junk", "paid_podcast", "de", "Podcast-Gastplatz gegen Gebühr", [
    ("j_podcast", "2022-03-08 15:00", "Hey Katrin! Wir würden dich super gern in 'Die Selbstständigen-Show' holen. Unsere Gäste bekommen eine professionell produzierte Folge plus Social-Media-Paket. Für die Produktion nehmen wir einen kleinen Kostenbeitrag von 397 €. Interesse?"),
])
C("junk", "fluent_named_generic", "de", "flüssiger Pitch mit Firmenname, aber beliebig", [
    ("j_fluent", "2022-05-17 10:45", "Sehr geehrte Frau Oberländer, Oberländer SAP Beratung steht - wie viele innovative Unternehmen in der Region - vor der Frage, wie sich künstliche Intelligenz gewinnbringend einsetzen lässt. Synaptik AI unterstützt Organisationen jeder Größe dabei, Prozesse zu automatisieren, Daten besser zu nutzen und Wettbewerbsvorteile zu sichern. Gern würde ich in einem kurzen Gespräch verstehen, welche Prioritäten Sie für das kommende Jahr setzen. Passt Ihnen Dienstag oder Donnerstag?"),
])
C("junk", "generic_finance_software", "de", "generische Finanzsoftware (Gegenstück zum IFRS-16-Pitch)", [
    ("j_ifrs", "2021-12-02 09:00", "Hallo Frau Oberländer, suchen Sie eine moderne Finanzsoftware? Finanzsoftware24 vereint Buchhaltung, Controlling und Reporting in einer Cloud-Lösung. Jetzt 30 Tage kostenlos testen!"),
])
C("junk", "generic_migration", "de", "generischer Migrations-Pitch (Gegenstück zum Tool nach dem Vortrag)", [
    ("j_migr", "2021-10-25 10:00", "Hallo Katrin, steht bei Ihnen eine Datenmigration an? MigrationMaster migriert Daten aus jedem System in jedes System - schnell, sicher, günstig. Darf ich Ihnen unsere Broschüre senden?"),
])
C("junk", "generic_web_agency", "de", "generischer Website-Pitch (Gegenstück zum Webentwickler)", [
    ("j_web", "2022-02-01 11:00", "Hallo Katrin, Ihre Website könnte mehr Kunden bringen! Wir erstellen moderne, SEO-optimierte Websites ab 999 €. Jetzt kostenlosen Website-Check sichern!"),
])
C("junk", "irrelevant_recruiter", "de", "Recruiterin mit unpassender Stelle", [
    ("j_recruit", "2021-07-27 12:00", "Hallo Katrin, ich habe eine spannende Festanstellung als Senior Java Backend Developer (m/w/d) in Stuttgart, 75-85k. Wäre das was für dich oder kennst du jemanden?"),
])
C("junk", "generic_insurance", "de", "generischer Versicherungs-Pitch (Gegenstück zur Maklerin mit HR-Eintrag)", [
    ("j_insure", "2022-06-28 17:00", "Hallo Katrin, wann hast du zuletzt deine Versicherungen geprüft? Die meisten zahlen zu viel! Ich mache dir einen kostenlosen Check für alle Verträge - Kfz, Haftpflicht, BU, Rente. Wann hast du Zeit?"),
])
C("junk", "generic_training", "de", "generisches Weiterbildungsangebot (Gegenstück zum Group-Reporting-Workshop)", [
    ("j_training", "2022-04-28 10:00", "Hallo Frau Oberländer, bilden Sie sich jetzt weiter - mit über 500 Online-Kursen von Excel bis Projektmanagement! Förderfähig mit Bildungsgutschein. Jetzt kostenlos beraten lassen."),
])
C("junk", "off_topic_crypto", "de", "Off-topic: Krypto", [
    ("j_crypto", "2021-12-19 22:00", "Hi Katrin 🚀 Hast du schon von der neuen Coin gehört, die gerade auf 3 Börsen gelistet wird? Ich nehme nur 10 Leute in meine private Gruppe auf. Interesse?"),
])
C("junk", "off_topic_wine", "de", "Off-topic: Weinabo mit Kurpfalz-Anstrich", [
    ("j_wine", "2022-05-30 18:00", "Hallo Katrin, als Kurpfälzerin weißt du guten Wein zu schätzen! 🍷 Mit dem Pfälzer Weinabo bekommst du jeden Monat 6 Flaschen vom Winzer direkt nach Hause. Erste Box 50 % günstiger!"),
])
C("junk", "generic_ghostwriting", "de", "LinkedIn-Ghostwriting", [
    ("j_ghost", "2021-04-27 09:00", "Hallo Katrin, du hast so viel Expertise - aber dein LinkedIn-Profil zeigt das kaum. Ich schreibe für Expertinnen wie dich 3 Posts pro Woche, die Reichweite bringen. Ab 690 € im Monat. Lass uns sprechen!"),
])
C("junk", "generic_virtual_assistant", "en", "offshore VA pitch", [
    ("j_va", "2021-10-20 04:00", "Hello Katrin, are you spending too much time on admin? Our virtual assistants handle email, scheduling and bookkeeping from $7/hour. Kindly let me know if you are interested."),
])
C("junk", "offers_what_she_sells", "de", "ERP-Anbieter will ihr eine ERP-Einführung verkaufen", [
    ("j_erp", "2022-06-14 10:30", "Hallo Frau Oberländer, ist Ihr ERP noch zeitgemäß? Mit KlarERP führen wir Ihre Finanzbuchhaltung und Kostenrechnung in nur 8 Wochen ein - inklusive Beratung und Schulung. Darf ich Ihnen ein Angebot machen?"),
    ("j_erp", "2022-06-28 10:30", "Hallo Frau Oberländer, ich wollte kurz nachfassen, ob mein Angebot für Sie interessant ist."),
])

C("junk", "paid_feature", "de", "bezahltes Firmenporträt im Magazin", [
    ("j_mag", "2021-09-28 11:00", "Sehr geehrte Frau Oberländer, für unsere Sonderausgabe 'Digitale Vorreiter der Metropolregion' möchten wir Oberländer SAP Beratung mit einem redaktionellen Porträt vorstellen. Die Veröffentlichung (1/1 Seite print + online) ist mit einem Kostenbeitrag von 1.450 € verbunden. Darf ich Ihnen die Mediadaten senden?"),
])
C("junk", "off_topic_bike_leasing", "de", "Off-topic: Dienstrad-Leasing für Mitarbeiter, die sie nicht hat", [
    ("j_bike", "2022-03-22 08:20", "Hallo Frau Oberländer, bieten Sie Ihren Mitarbeitenden schon Dienstrad-Leasing an? Mit RadLeasing Plus sparen Ihre Teams bis zu 40 % gegenüber dem Kauf - für Sie als Arbeitgeber kostenneutral. Kurzer Termin nächste Woche?"),
])
C("junk", "generic_staffing", "de", "Personalvermittlung: Sie suchen Fachkräfte?", [
    ("j_staff", "2021-11-09 09:45", "Guten Tag Frau Oberländer, Fachkräftemangel? Wir besetzen Ihre offenen Stellen in Buchhaltung und Controlling innerhalb von 4 Wochen. Erfolgsbasiert, 18 % vom Jahresgehalt. Haben Sie aktuell Bedarf?"),
    ("j_staff", "2021-11-23 09:45", "Guten Tag Frau Oberländer, ich komme nochmal auf meine Nachricht zurück. Haben Sie aktuell offene Stellen?"),
])

ex.write(OUT,
         {"First Name": "Katrin", "Last Name": "Oberländer",
          "Headline": "Freiberufliche SAP FI/CO Beraterin | S/4HANA Finance | Anlagenbuchhaltung & Controlling | Mannheim",
          "Summary": "Seit 2015 selbstständig. Ich begleite Mittelständler und Konzerne in der Metropolregion Rhein-Neckar bei S/4HANA-Einführungen im Finanzwesen: Hauptbuch, Anlagenbuchhaltung, Kostenstellenrechnung, CO-PA. Direkt oder über Agenturen.",
          "Industry": "Information Technology & Services", "Zip Code": "68169",
          "Geo Location": "Mannheim, Baden-Württemberg, Deutschland",
          "Websites": "[COMPANY:https://oberlaender-sap.example]"},
         [{"Company Name": "Oberländer SAP Beratung", "Title": "Freiberufliche SAP FI/CO Beraterin",
           "Description": "S/4HANA Finance, Anlagenbuchhaltung, CO-PA, Migration.",
           "Location": "Mannheim", "Started On": "Apr 2015", "Finished On": ""},
          {"Company Name": "Big-Four-Beratung", "Title": "Managerin Finance Transformation",
           "Description": "SAP FI/CO Einführungen.", "Location": "Frankfurt am Main",
           "Started On": "Oct 2008", "Finished On": "Mar 2015"}],
         ["SAP FI", "SAP CO", "S/4HANA Finance", "Anlagenbuchhaltung", "CO-PA", "Datenmigration",
          "IFRS", "Projektmanagement"])
print(ex.summary())

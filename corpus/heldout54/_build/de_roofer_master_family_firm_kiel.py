"""heldout54 persona: master roofer running a family roofing firm near Kiel (2026 layout, mostly German).

Written blind to the detector code in session 5; every message text is written by hand here.
Run it to regenerate ../de-roofer-master-family-firm-kiel/ byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-roofer-master-family-firm-kiel"
OWNER = Person("me", "Frauke Thomsen", "https://www.linkedin.com/in/frauke-thomsen-dach",
               "Thomsen Bedachungen GmbH & Co. KG", "Dachdeckermeisterin & Geschäftsführerin")
ex = Export(SLUG, "2026", OWNER)
P = ex.person

# ---------------------------------------------------------------- people: genuine contacts
P("jessen", "Birte Jessen", "", "Lehrerin", connected="2025-03-02")
P("hansen", "Ole Hansen", "", "", connected="2025-10-24")
P("hvkiel", "Kirsten Wulff", "Förde Hausverwaltung GmbH", "Objektbetreuerin", connected="2021-05-18")
P("nordmark", "Sönke Harms", "Nordmark Versicherung AG", "Schadenregulierer", connected="2019-11-07")
P("kustenv", "Anja Brodersen", "Küstenland Versicherung", "Sachbearbeiterin Schaden", connected="2025-10-27")
P("baustoff", "Holger Matthiesen", "Matthiesen Baustoffhandel Neumünster", "Verkaufsleiter Dach",
  connected="2014-02-12")
P("aussend", "Timo Kähler", "Matthiesen Baustoffhandel Neumünster", "Außendienst", connected="2022-08-30")
P("obermeister", "Uwe Reimers", "Dachdecker-Innung Kiel", "Obermeister", connected="2012-09-05")
P("azubi1", "Jannik Lorenzen", "Thomsen Bedachungen", "Auszubildender Dachdecker", connected="2023-08-01")
P("mutter", "Silke Lorenzen", "", "", connected="2023-08-20")
P("lehrer", "Dr. Henning Bock", "RBZ am Königsweg Kiel", "Fachlehrer Dachtechnik", connected="2018-04-11")
P("azubi2", "Mats Claussen", "Thomsen Bedachungen", "Auszubildender (2. Lehrjahr)", connected="2024-08-05")
P("praktikum", "Lea Schnoor", "", "Schülerin", connected="2025-12-01")
P("geselle", "Kevin Dethlefsen", "", "Dachdeckergeselle", connected="2025-06-10")
P("solar", "Arne Paulsen", "Paulsen Solartechnik", "Geschäftsführer", connected="2020-04-22")
P("zimmerei", "Jens Rohwer", "Zimmerei Rohwer", "Zimmermeister", connected="2010-07-01")
P("personal", "Nicole Stamer", "Nordlicht Personal", "Personalberaterin", connected="2025-04-03")
P("architekt", "Claas Ivers", "Ivers Architekten", "Architekt", connected="2016-01-20")
P("schornstein", "Gerd Mommsen", "", "Bezirksschornsteinfegermeister", connected="2015-03-03")
P("presse", "Maren Sievers", "Kieler Rundschau", "Redakteurin Lokales", connected="2025-10-28")
P("meisterschule", "Björn Asmussen", "Asmussen Dach Hamburg", "Inhaber", connected="2006-11-15")
P("notfall", "Dieter Carstens", "", "")
P("expat", "Prof. Rachel Whitmore", "Kiel University", "Professor of Oceanography", connected="2025-05-14")
P("dk", "Mette Kjærgaard", "EUC Syd Sønderborg", "Faglærer, tagdækning", connected="2024-11-19")
P("software", "Svenja Rathje", "HandwerkDigital", "Kundenbetreuung", connected="2021-02-15")
P("kundin", "Gisela Möller", "", "", connected="2025-08-12")
P("nachbar", "Torben Ewers", "", "", connected="2025-07-03")
P("bauherr", "Malte Feddersen", "", "Bauherr", connected="2025-02-25")
P("kollege", "Hauke Schwarten", "Schwarten Dach & Wand", "Dachdeckermeister", connected="2013-05-30")
P("hwk", "Ute Bielfeldt", "Handwerkskammer Lübeck", "Ausbildungsberaterin", connected="2017-09-12")
P("kirche", "Pastorin Anke Friedrichsen", "Ev.-Luth. Kirchengemeinde Flintbek", "Pastorin",
  connected="2025-01-09")
P("vorstand1", "Peter Sell", "Dachdecker-Innung Kiel", "Lehrlingswart", connected="2012-09-06")
P("vorstand2", "Katrin Voß", "Dachdecker-Innung Kiel", "Geschäftsführerin", connected="2016-06-23")
P("geruest", "Rainer Witt", "Witt Gerüstbau", "Inhaber", connected="2011-03-17")
P("steuer", "Iris Wendt", "Wendt & Partner Steuerberatung", "Steuerberaterin", connected="2009-04-28")

# ---------------------------------------------------------------- people: wanted pitches
P("drohne", "Finn Sörensen", "Sörensen Luftbild", "Drohnenpilot (A2)")
P("azubimarketing", "Lena Hinrichs", "Handwerksglück Recruiting", "Beraterin Azubimarketing")
P("webagentur", "Jonas Krey", "Krey & Lütt Webdesign", "Webentwickler")
P("zeiterfassung", "Tanja Reese", "StundenBox", "Vertrieb Handwerk")
P("geruestneu", "Mirko Dahl", "Dahl Gerüste Rendsburg", "Geschäftsführer")
P("absturz", "Stefan Ohm", "Anschlag Nord GmbH", "Fachberater Absturzsicherung")
P("nachfolge", "Dr. Birgit Holm", "Holm Nachfolgeberatung", "Beraterin Unternehmensnachfolge")
P("kupfer", "Sven Lassen", "Lassen Metallhandel", "Fachberater Kupfer & Zink")
P("lift", "Pieter de Vries", "Hoogland Lifts B.V.", "Export Manager DACH/Nordics")
P("buero", "Claudia Petersen", "Büro auf Zeit Petersen", "Virtuelle Assistenz für Handwerksbetriebe")
P("makler", "Frank Gosch", "Gosch Versicherungsmakler", "Makler für Bauhandwerk")
P("fotograf", "Nele Wiese", "", "Fotografin")

# ---------------------------------------------------------------- people: junk senders
P("tpl1", "Marcel Krüger", "WachstumsWerk GmbH", "Geschäftsführer")
P("tpl2", "Sabrina Lenz", "Handwerker Erfolgsschmiede", "Business Coach")
P("tpl3", "Dennis Hoffmann", "Digitalpuls Marketing", "Head of Sales")
P("tpl4", "Julia Brandt", "Meisterklicks", "Gründerin")
P("tpl5", "Oliver Grant", "TradeBoost Ltd", "Growth Consultant")
P("merge1", "Patrick Weber", "LeadKraft", "Vertrieb")
P("merge2", "Yvonne Maier", "Bürokonzept Süd", "Kundenberaterin")
P("merge3", "Thorsten Vogel", "FinanzPlus Beratung", "Finanzberater")
P("merge4", "Melanie Kraus", "SocialHandwerk", "Social Media Managerin")
P("spon1", "FlottenLeasing24", "FlottenLeasing24", "", url="https://www.linkedin.com/company/flottenleasing24")
P("spon2", "Akademie für Betriebsführung", "Akademie für Betriebsführung", "",
  url="https://www.linkedin.com/company/akademie-betriebsfuehrung")
P("spon3", "LinkedIn Member", "", "", url="")
P("award", "Dirk Albers", "Deutscher Handwerker-Award", "Jurykoordination")
P("magazin", "Vanessa Roth", "Handwerk Heute Magazin", "Anzeigenleitung")
P("podcast", "Kai Neumann", "Podcast 'Macher im Mittelstand'", "Host")
P("drohnefake", "Steffen Pohl", "DachCheck Deutschland", "Regionalleiter")
P("beschicht", "Andrzej Nowak", "NovaCoat Dachbeschichtung", "Vertriebspartner")
P("kapazitat", "Lukas Engel", "AuftragsRadar", "Gründer")
P("gleichgesinnt", "Ralf Busch", "Busch Holding", "Unternehmer | Investor | Mentor")
P("kurzcall", "Nina Pfeiffer", "Sichtbar Online", "Marketing-Beraterin")
P("ctp1", "Tobias Lange", "Liquidität Plus", "Factoring-Berater",
  connected="2025-05-20", invite=("IN", "2025-05-19 20:11", "Moin Frau Thomsen, würde mich über die Vernetzung freuen!"))
P("ctp2", "Jana Wolff", "SolarProfit Invest", "Investmentberaterin",
  connected="2025-09-08", invite=("IN", "2025-09-07 18:45", ""))
P("ctp3", "Michael Franke", "ERPplus Handwerk", "Key Account Manager",
  connected="2026-01-12", invite=("IN", "2026-01-11 10:30", "Hallo Frau Thomsen, spannendes Profil!"))
P("bump1", "Christian Becker", "Fachkraft International", "Recruiting Consultant")
P("bump2", "Sarah Klein", "Bewertungsprofi", "Reputationsmanagement")
P("krypto", "Alexander Roth", "CryptoVermögen", "Vermögensberater")
P("kaffee", "Sandra Jung", "BüroGenuss Kaffeeservice", "Außendienst")
P("yacht", "Felix Hartmann", "Nordsegel Events", "Eventmanager")
P("offshore", "Anil Kapoor", "NexGen Softech", "Business Development")
P("genweb", "Marco Schulz", "WebFix24", "Vertriebsleiter")
P("genrecruit", "Laura Fischer", "GlobalSkills Personal", "Recruiterin")
P("genversich", "Jürgen Schmitt", "AllRisk Finanz", "Versicherungsfachmann")
P("generp", "Daniel Koch", "CloudERP Mittelstand", "Sales Manager")
P("fluent", "Katharina Berg", "Markenmut Agentur", "Strategin")
P("seo", "Ryan Mitchell", "RankFirst Digital", "SEO Specialist")
P("chatbot", "Philipp Haas", "KI-Handwerk", "Gründer")
P("coaching", "Stefan Brandl", "Unternehmer-Akademie Brandl", "Coach für Handwerksunternehmer")
P("messe", "Sabine Huber", "Bauen & Wohnen München", "Ausstellerbetreuung")
P("energie", "Tim Graf", "Gewerbestrom Direkt", "Energieberater")

C = ex.conv

# =================================================================== GENUINE (35)
C("genuine", "homeowner_quote_request", "de", "Hausbesitzerin aus Molfsee will Angebot für Dachsanierung",
  [("jessen", "2025-03-03 19:22",
    "Moin Frau Thomsen, wir haben ein Siedlungshaus von 1962 in Molfsee gekauft und das Dach ist "
    "durch (Betondachsteine, teilweise gebrochen, keine Dämmung). Können Sie uns ein Angebot für "
    "eine komplette Sanierung mit Aufsparrendämmung machen? Wir wären ab April flexibel. Viele Grüße, "
    "Birte Jessen"),
   ("me", "2025-03-04 07:10",
    "Moin Frau Jessen, das machen wir gerne. Ich würde mir das Dach vorher ansehen, sonst wird das "
    "Angebot nur geraten. Passt Ihnen Donnerstag um 16 Uhr?"),
   ("jessen", "2025-03-04 07:45", "Donnerstag 16 Uhr passt. Adresse: Dorfstraße 14. Danke!"),
   ("me", "2025-03-12 17:30",
    "Angebot liegt in Ihrem Postfach. Mit Dämmung und neuen Tondachziegeln rund 38.400 € brutto, "
    "BAFA-Förderung ist da noch nicht abgezogen. Fragen gern jederzeit."),
   ("jessen", "2025-03-12 20:05", "Danke, wir besprechen das am Wochenende und melden uns!")],
  attachments={3: "https://www.linkedin.com/dms/angebot-2025-031-jessen.pdf"})

C("genuine", "storm_damage_homeowner", "de", "Hausbesitzer nach Orkan: Ziegel runter, dringend",
  [("hansen", "2025-10-24 06:48",
    "Moin! Heute nacht hat's bei uns in Klausdorf ordentlich Ziegel runtergeholt, ca. 2 qm offen "
    "über dem Schlafzimmer. Haben Sie irgendwie heute noch jemanden? Wir sind sonst aufgeschmissen."),
   ("me", "2025-10-24 07:02",
    "Moin Herr Hansen, wir sind voll, aber Notsicherung mit Plane kriegen wir heute Nachmittag hin. "
    "Bitte Fotos schicken und die Adresse. Reparatur dann nächste Woche."),
   ("hansen", "2025-10-24 07:05", "Fotos anbei. Kieler Str. 88. Tausend Dank!!"),
   ("me", "2025-10-24 07:10", "Jannik und Mats kommen gegen 14 Uhr.")],
  attachments={2: "https://www.linkedin.com/dms/dach-klausdorf-1.jpg"})

C("genuine", "property_manager_contract", "de", "Hausverwaltung fragt Wartungsvertrag für drei Flachdächer an",
  [("hvkiel", "2025-02-11 10:15",
    "Guten Tag Frau Thomsen, wir verwalten drei MFH in Kiel-Gaarden mit Flachdach (Bitumen, ca. "
    "1.400 qm gesamt). Die Eigentümer wollen einen jährlichen Wartungsvertrag inkl. Rinnenreinigung. "
    "Könnten Sie uns bis Ende März ein Angebot schicken? Mit freundlichen Grüßen, K. Wulff"),
   ("me", "2025-02-11 13:40",
    "Hallo Frau Wulff, gerne. Kann ich die Dächer nächste Woche mal begehen? Dann kriegen Sie einen "
    "Preis pro Begehung plus Stundensätze für Kleinreparaturen."),
   ("hvkiel", "2025-02-11 14:02", "Sehr gut. Hausmeister Herr Yilmaz schließt auf, Tel. kommt per Mail.")])

C("genuine", "insurer_claim_coordination", "de", "Schadenregulierer (langjährig) koordiniert Sturmschäden",
  [("nordmark", "2025-10-27 08:30",
    "Moin Frauke, nach 'Ylva' habe ich 14 Schäden im Raum Kiel auf dem Tisch, davon 5 mit dir als "
    "Betrieb. Kannst du mir bis Freitag für alle fünf Kostenvoranschläge mit Fotos schicken? Bei "
    "unter 2.000 € brauche ich keinen Gutachter."),
   ("me", "2025-10-27 09:15", "Moin Sönke, mach ich. Zwei sind über 2.000, Laboe und Schönkirchen."),
   ("nordmark", "2025-10-27 09:20", "Dann schick ich für die beiden den Gutachter. Danke dir!")])

C("genuine", "insurer_estimate_request", "de", "Versicherung bittet um Kostenvoranschlag zu Sturmschaden",
  [("kustenv", "2025-10-27 14:00",
    "Sehr geehrte Frau Thomsen, zum Schadenfall 25-48812 (VN Ole Hansen, Klausdorf) benötigen wir "
    "einen Kostenvoranschlag sowie Fotos vor und nach der Notsicherung. Vielen Dank. Mit "
    "freundlichen Grüßen, A. Brodersen"),
   ("me", "2025-10-28 16:20",
    "Sehr geehrte Frau Brodersen, KVA und Fotos anbei. Notsicherung 385,00 €, Reparatur 1.640,00 € "
    "netto. Mit freundlichen Grüßen, F. Thomsen")],
  attachments={1: "https://www.linkedin.com/dms/kva-25-48812.pdf"})

C("genuine", "vendor_price_change", "de", "Baustoffhändler (seit Jahren) kündigt Preiserhöhung an",
  [("baustoff", "2025-01-20 09:00",
    "Moin Frauke, damit's dich nicht kalt erwischt: Ab 1. März gehen Tondachziegel bei fast allen "
    "Herstellern um 6-8 % hoch, Bitumenbahnen um ca. 4 %. Was du bis Ende Februar bestellst, "
    "kriegst du noch zum alten Kurs. Meld dich, wenn du was vorziehen willst."),
   ("me", "2025-01-20 10:30",
    "Moin Holger, danke für den Hinweis! Ich zieh die Ziegel für Molfsee und Preetz vor, schick mir "
    "mal das Angebot für 2.800 Stück Frankfurter Pfanne, naturrot."),
   ("baustoff", "2025-01-20 11:05", "Kommt heute noch. Gruß an Jens, falls du ihn siehst.")])

C("genuine", "wholesaler_delivery", "de", "Außendienst des Baustoffhändlers klärt Liefertermin",
  [("aussend", "2025-04-07 06:40",
    "Moin, Lieferung Molfsee geht Mittwoch raus, Kran-LKW, ca. 9 Uhr. Passt das mit dem Gerüst?"),
   ("me", "2025-04-07 06:55", "Moin Timo, passt. Gerüst steht ab Dienstag. Bitte nicht vor halb 9, Schulweg."),
   ("aussend", "2025-04-07 07:00", "Alles klar 👍")])

C("genuine", "event_invitation_contact", "de", "Obermeister lädt zur Freisprechungsfeier ein",
  [("obermeister", "2025-06-30 12:00",
    "Moin Frauke, Freisprechung ist am 18. Juli um 17 Uhr in der Halle 400. Du hast zwei Gesellen "
    "dabei, Jannik und der Junge von Schwarten. Sagst du ein paar Worte für die Betriebe? Max. 5 Minuten, "
    "die wollen danach an den Grill."),
   ("me", "2025-06-30 12:20", "Moin Uwe, mach ich gern. 5 Minuten schaff ich, Grill ist Motivation genug.")])

C("genuine", "freisprechung_thanks", "de", "Dank nach der Freisprechungsfeier (1 von 3, frischer Geselle)",
  [("azubi1", "2025-07-19 10:12",
    "Moin Chefin, danke nochmal für alles, auch für die Rede gestern. Hab mich echt gefreut. Bis "
    "Montag auf der Baustelle 😄"),
   ("me", "2025-07-19 10:30", "Hast du dir verdient, Jannik! Glückwunsch nochmal. Montag 7 Uhr, ausgeschlafen bitte.")])

C("genuine", "freisprechung_thanks", "de", "Dank nach der Freisprechungsfeier (2 von 3, Mutter des Gesellen)",
  [("mutter", "2025-07-19 11:40",
    "Liebe Frau Thomsen, vielen Dank für gestern und für die schöne Rede. Danke, dass Sie Jannik "
    "drei Jahre so gut begleitet haben. Wir sind sehr stolz. Herzliche Grüße, Silke Lorenzen")])

C("genuine", "freisprechung_thanks", "de", "Dank nach der Freisprechungsfeier (3 von 3, Berufsschullehrer)",
  [("lehrer", "2025-07-19 13:05",
    "Liebe Frau Thomsen, danke für Ihre Worte gestern. Dass ein Betrieb mal öffentlich sagt, was die "
    "Berufsschule leistet, kommt selten vor. Danke! Beste Grüße, H. Bock"),
   ("me", "2025-07-19 15:00", "Gern, Herr Bock. War ja auch so. Schöne Ferien!")])

C("genuine", "apprentice_question", "de", "Azubi fragt nach Berufsschultagen und Krankmeldung",
  [("azubi2", "2025-11-03 06:15",
    "Moin Frauke, ich lieg flach mit Fieber, Krankmeldung lad ich heut in der App hoch. Und ab "
    "nächster Woche ist Blockunterricht, 3 Wochen, nur damit dus weißt"),
   ("me", "2025-11-03 06:30", "Gute Besserung Mats! Block hab ich im Kalender. Kurier dich aus.")])

C("genuine", "internship_applicant", "de", "Schülerin fragt nach Schulpraktikum",
  [("praktikum", "2025-12-02 17:50",
    "Hallo Frau Thomsen, ich bin in der 9. Klasse an der Gemeinschaftsschule Flintbek und suche "
    "einen Praktikumsplatz für 2 Wochen im März. Ich bin schwindelfrei und arbeite gern draußen. "
    "Darf ich mich bei Ihnen bewerben? Viele Grüße Lea Schnoor"),
   ("me", "2025-12-03 07:30",
    "Hallo Lea, sehr gerne! Schick mir eine kurze Bewerbung per Mail und komm dann mal mit deinen "
    "Eltern vorbei, dann zeig ich dir den Betrieb."),
   ("praktikum", "2025-12-03 16:10", "Danke!!! Mach ich gleich heute.")])

C("genuine", "journeyman_applicant", "de", "Geselle aus Dithmarschen bewirbt sich",
  [("geselle", "2025-06-11 21:02",
    "Moin, ich bin Dachdeckergeselle (6 Jahre, viel Schiefer und Flachdach) und zieh im Herbst "
    "zu meiner Freundin nach Kiel. Sucht ihr noch Leute? Führerschein BE hab ich. Gruß Kevin"),
   ("me", "2025-06-12 06:50",
    "Moin Kevin, ja, suchen wir. Komm doch mal zum Probearbeiten, wenn du in der Gegend bist. "
    "Schiefer ist bei uns gern gesehen."),
   ("geselle", "2025-06-12 07:20", "Top. Bin am 28. in Kiel, geht das?"),
   ("me", "2025-06-12 07:25", "Geht. 7 Uhr Hof, Eiderstraße 5.")])

C("genuine", "peer_joint_offer", "de", "Solarteur schlägt gemeinsames Paket Dachsanierung + PV vor",
  [("solar", "2025-02-24 18:00",
    "Moin Frauke, ich hab in letzter Zeit ständig Kunden, bei denen erst das Dach neu muss, bevor "
    "PV drauf kann. Sollen wir das als Paket anbieten? Ein Angebot, ein Ansprechpartner, "
    "Gerüst nur einmal. Ich würd sagen, Gerüstkosten teilen wir 50/50."),
   ("me", "2025-02-24 19:30",
    "Moin Arne, klingt vernünftig. Gewährleistung muss aber sauber getrennt sein. Lass uns mal "
    "zusammen eine Vorlage machen, Donnerstag bei mir im Büro?"),
   ("solar", "2025-02-24 19:45", "Donnerstag 17 Uhr, ich bring Franzbrötchen mit.")])

C("genuine", "owner_asks_carpenter", "de", "Inhaberin fragt Zimmerei um Hilfe beim Dachstuhl",
  [("me", "2025-03-13 12:10",
    "Moin Jens, in Molfsee sind zwei Sparren ziemlich mürbe, sieht nach altem Wasserschaden aus. "
    "Kannst du dir das die Tage mal anschauen, bevor ich dem Kunden was sag?"),
   ("zimmerei", "2025-03-13 12:40", "Moin, Freitag früh bin ich eh in Molfsee. 7:30?"),
   ("me", "2025-03-13 12:42", "Perfekt, danke dir.")])

C("genuine", "engaged_recruiter", "de", "beauftragte Personalberaterin schickt Kandidaten für Vorarbeiter",
  [("me", "2025-04-03 09:00",
    "Hallo Frau Stamer, wie telefonisch besprochen: Wir suchen einen Vorarbeiter Steildach, gern mit "
    "Meister oder Meisterambition. Ihr Honorar von 18 % des Jahresgehalts ist für uns okay."),
   ("personal", "2025-04-03 11:20",
    "Hallo Frau Thomsen, danke für den Auftrag. Ich melde mich in zwei bis drei Wochen mit ersten "
    "Profilen."),
   ("personal", "2025-04-24 15:10",
    "Ich habe zwei Kandidaten: einen Vorarbeiter aus Eckernförde (42, Meisterkurs begonnen) und einen "
    "aus Plön (35, viel Reet-Erfahrung). Profile per Mail. Wann hätten Sie Zeit für Gespräche?"),
   ("me", "2025-04-24 16:00", "Super. Gern beide nächste Woche, Dienstag oder Mittwoch nachmittag.")])

C("genuine", "architect_quote_request", "de", "Architekt fragt Angebot für Gründach auf Kita an",
  [("architekt", "2025-05-05 14:30",
    "Hallo Frauke, wir planen den Anbau der Kita in Kronshagen, ca. 320 qm extensives Gründach. "
    "Hättest du Interesse, ein Angebot abzugeben? LV kommt als GAEB-Datei. Abgabe 30.5."),
   ("me", "2025-05-05 16:00", "Moin Claas, ja klar. Schick rüber, ich kalkulier das."),
   ("architekt", "2025-05-05 16:15", "Ist raus. Danke!")])

C("genuine", "chimney_sweep_coordination", "de", "Schornsteinfeger stimmt Kaminkopfarbeiten ab",
  [("schornstein", "2025-09-15 07:30",
    "Moin Frau Thomsen, der Kaminkopf bei Möller in Flintbek muss neu verkleidet werden, bevor ich "
    "abnehme. Machen Sie das mit, wenn Sie eh das Dach da machen?"),
   ("me", "2025-09-15 08:10", "Moin Herr Mommsen, ja, machen wir mit. Ich sag Bescheid, wenn fertig.")])

C("genuine", "journalist_request", "de", "Lokalredakteurin fragt zu Sturmschäden und Fachkräftemangel",
  [("presse", "2025-10-28 11:00",
    "Guten Tag Frau Thomsen, ich schreibe für die Kieler Rundschau über die Lage nach dem Sturm: "
    "Wie lange müssen Leute auf einen Dachdecker warten, und warum? Hätten Sie 15 Minuten für ein "
    "Telefonat heute oder morgen?"),
   ("me", "2025-10-28 12:30", "Gern, morgen 12:30, da mach ich eh Pause. Nummer schick ich per Mail."),
   ("presse", "2025-10-28 12:35", "Prima, danke!")])

C("genuine", "long_standing_friend", "de", "alter Meisterschulkollege aus Hamburg, Klönschnack",
  [("meisterschule", "2025-12-20 18:00",
    "Na, alte Dachziege 😄 Frohe Weihnachten! Kommst du im Januar zur Dach+Holz? Dann gehen wir wie "
    "früher ein Bier trinken und lästern über Bitumen."),
   ("me", "2025-12-20 19:15",
    "Moin Björn! Frohe Weihnachten zurück. Dach+Holz ja, Bier auf jeden Fall. Grüß Anja!"),
   ("meisterschule", "2025-12-20 19:20", "Mach ich. Bis dann!")])

C("genuine", "spam_folder_leak", "de", "undichtes Dach bei Stammkunde, im SPAM gelandet",
  [("notfall", "2025-11-17 07:05",
    "Guten Morgen Frau Thomsen, hier Carstens aus Flintbek, Sie haben 2019 unser Dach gemacht. Seit dem "
    "Regen tropft es im Flur an der Gaube. Können Sie jemanden schicken? Telefon erreiche ich nur den "
    "AB. Mfg D. Carstens")],
  folder="SPAM")

C("genuine", "expat_quote_request", "en", "English-speaking professor asks for a quote for roof windows",
  [("expat", "2025-05-15 20:30",
    "Hello Ms Thomsen, apologies for writing in English, my German is still at the 'Moin' stage. We "
    "bought a house in Kitzeberg and would like two roof windows added to the attic plus insulation. "
    "Could you give us a quote? A colleague at the university recommended you."),
   ("me", "2025-05-16 07:15",
    "Hello Professor Whitmore, no problem at all! Happy to take a look. Would next Tuesday 5pm work? "
    "Then I can send you a written quote within a week."),
   ("expat", "2025-05-16 08:00", "Tuesday 5pm is perfect. Thank you so much!")])

C("genuine", "danish_exchange_teacher", "en", "Danish vocational teacher asks about hosting an apprentice",
  [("dk", "2025-01-14 09:00",
    "Hi Frauke, it was nice to meet you at the Nordbau fair. As promised: we have a 3rd-year roofing "
    "apprentice who would like a 3-week placement in Germany in May (Erasmus+ covers costs). Would "
    "Thomsen Bedachungen be open to hosting him? He speaks good English and some German."),
   ("me", "2025-01-14 12:00",
    "Hi Mette, yes, we'd love that! May is busy, so he'll learn a lot. Please send me the Erasmus "
    "paperwork and I'll sort out accommodation with my team."),
   ("dk", "2025-01-14 12:30", "Wonderful, tusind tak! Paperwork follows this week.")])

C("genuine", "vendor_software_price_change", "de", "bestehender Softwareanbieter: neue Preise ab Juli",
  [("software", "2025-05-26 10:00",
    "Guten Tag Frau Thomsen, wie angekündigt stellen wir zum 1. Juli auf das neue Lizenzmodell um. "
    "Für Ihre 4 Büro- und 9 App-Lizenzen bedeutet das 214 € statt bisher 189 € im Monat. Bei "
    "Jahreszahlung gewähren wir 10 % Rabatt. Bei Fragen rufen Sie mich gern an."),
   ("me", "2025-05-26 14:30",
    "Hallo Frau Rathje, danke. Was passiert mit den App-Lizenzen von Azubis, die nur Zeiterfassung "
    "nutzen? Die bräuchte ich nicht voll."),
   ("software", "2025-05-27 09:10",
    "Dafür gibt es ab Juli eine Light-Lizenz für 4 €/Monat. Ich schicke Ihnen ein Angebot mit 4 Light-Lizenzen."),
   ("me", "2025-05-27 09:30", "Super, danke.")])

C("genuine", "customer_thanks_review", "de", "zufriedene Kundin bedankt sich nach Fertigstellung",
  [("kundin", "2025-10-02 16:40",
    "Liebe Frau Thomsen, das Dach ist wunderschön geworden, und Ihre Jungs waren so ordentlich! Ich "
    "habe Ihnen bei Google 5 Sterne gegeben. Den Kaminkopf hat Herr Mommsen auch abgenommen. Danke!"),
   ("me", "2025-10-02 18:00", "Liebe Frau Möller, das freut uns sehr! Danke für die Bewertung und die Kekse 😊")])

C("genuine", "customer_complaint", "de", "Nachbar beschwert sich über Nägel im Garten",
  [("nachbar", "2025-07-04 19:10",
    "Guten Abend, Ihre Leute haben nebenan (Haus Feddersen) das Dach gemacht und bei uns liegen "
    "überall Nägel im Rasen. Mein Hund hat sich fast eine eingetreten. Bitte kümmern Sie sich."),
   ("me", "2025-07-04 19:40",
    "Guten Abend Herr Ewers, das tut mir leid, das darf nicht passieren. Morgen früh kommt jemand mit "
    "dem Magnetbesen und geht Ihren Garten komplett ab."),
   ("nachbar", "2025-07-05 12:15", "Ist erledigt, danke für die schnelle Reaktion.")])

C("genuine", "client_invoice_question", "de", "Bauherr fragt nach Abschlagsrechnung und Vertrag",
  [("bauherr", "2025-06-20 08:30",
    "Moin Frau Thomsen, in der zweiten Abschlagsrechnung steht das Gerüst nochmal drin, war das "
    "nicht im ersten Abschlag schon komplett? Laut Vertrag 40/40/20. Gruß M. Feddersen"),
   ("me", "2025-06-20 10:00",
    "Moin Herr Feddersen, Sie haben recht, da ist uns ein Fehler passiert. Korrigierte Rechnung "
    "kommt heute per Mail, 1.120 € weniger. Entschuldigung!"),
   ("bauherr", "2025-06-20 10:10", "Kein Problem, danke!")])

C("genuine", "colleague_borrow_equipment", "de", "Innungskollege will Dachdeckeraufzug leihen",
  [("kollege", "2025-08-11 06:20",
    "Moin Frauke, mein Aufzug ist hin (Motor). Kann ich mir deinen Donnerstag und Freitag leihen? "
    "Geb dir dafür Kiste Bier und den Dieselanteil."),
   ("me", "2025-08-11 06:45", "Moin Hauke, kein Ding. Steht ab Mittwochabend auf dem Hof, Schlüssel bei Gesa im Büro."),
   ("kollege", "2025-08-11 06:46", "Bist die Beste!")])

C("genuine", "chamber_training_advisor", "de", "Ausbildungsberaterin der Handwerkskammer zur Zwischenprüfung",
  [("hwk", "2025-03-18 10:00",
    "Sehr geehrte Frau Thomsen, die Zwischenprüfung für Herrn Claussen findet am 14. Mai in Lübeck "
    "statt. Bitte stellen Sie ihn für den Tag frei. Die Anmeldung liegt uns vor. Freundliche Grüße, "
    "U. Bielfeldt"),
   ("me", "2025-03-18 11:00", "Vielen Dank, Frau Bielfeldt, ist eingetragen.")])

C("genuine", "owner_asks_wholesaler_quote", "de", "Inhaberin fragt Angebot für Schiefer für Kirchturm an",
  [("me", "2025-09-01 07:30",
    "Moin Holger, für den Kirchturm in Flintbek brauch ich ca. 85 qm Moselschiefer, altdeutsche "
    "Deckung, plus Kupferbleche. Kannst du mir einen Preis machen, Lieferung Oktober?"),
   ("baustoff", "2025-09-01 09:15",
    "Moin! Schiefer mach ich dir für 118 €/qm, Lieferzeit aktuell 4 Wochen. Kupfer frag ich noch an. "
    "Kirchturm, Respekt 😄"),
   ("me", "2025-09-01 09:20", "Danke. Respekt vor allem vor dem Wind da oben.")])

C("genuine", "parish_quote_request", "de", "Kirchengemeinde fragt Angebot für Kirchturm-Reparatur an",
  [("kirche", "2025-08-25 13:00",
    "Liebe Frau Thomsen, am Kirchturm lösen sich Schieferplatten, eine ist letzte Woche auf den "
    "Friedhofsweg gefallen. Der Kirchengemeinderat bittet um ein Angebot. Wäre eine Besichtigung "
    "nächste Woche möglich? Herzlich, Anke Friedrichsen"),
   ("me", "2025-08-25 15:00",
    "Liebe Frau Friedrichsen, ja, unbedingt, und bitte den Weg bis dahin absperren. Ich komme "
    "Dienstag mit dem Steiger vorbei."),
   ("kirche", "2025-08-25 15:20", "Ist abgesperrt. Danke, bis Dienstag!")])

C("genuine", "guild_board_group", "de", "Gruppe des Innungsvorstands zum Stand beim Tag des Handwerks",
  [("vorstand2", "2025-08-28 09:00",
    "Moin zusammen, Tag des Handwerks am 20.9. auf dem Rathausplatz. Wer kann welche Schicht am "
    "Stand? Wir brauchen jemanden für das Nagel-Wettkloppen 😄"),
   ("vorstand1", "2025-08-28 09:30", "Ich nehm 10-13 Uhr und bring zwei Azubis mit."),
   ("me", "2025-08-28 10:00", "13-16 Uhr bin ich da. Nagelklotz bring ich mit."),
   ("obermeister", "2025-08-28 10:45", "Dann mach ich den Rest. Danke, Leute!")],
  title="Innungsvorstand Dachdecker Kiel")

C("genuine", "scaffolding_partner_price", "de", "Gerüstbauer (Partner seit Jahren) passt qm-Preis an",
  [("geruest", "2025-02-03 17:00",
    "Moin Frauke, muss dir leider sagen: ab April 9,80 statt 9,20 je qm Standzeit 4 Wochen, Diesel "
    "und Lohn. Für dich bleibt die Anfahrt frei wie immer."),
   ("me", "2025-02-03 18:10", "Moin Rainer, verständlich. Danke, dass du vorher Bescheid sagst.")])

C("genuine", "tax_advisor_long_standing", "de", "langjährige Steuerberaterin, Jahresabschluss-Termin",
  [("steuer", "2026-01-13 09:30",
    "Hallo Frauke, frohes Neues! Für den Jahresabschluss bräuchte ich die Inventurliste bis Ende "
    "Februar. Und wollen wir im März über die Nachfolgeregelung mit deinem Neffen sprechen?"),
   ("me", "2026-01-13 12:00",
    "Hallo Iris, dir auch! Inventur kommt. Und ja, März passt, Lars ist dann auch aus der Meisterschule zurück."),
   ("me", "2026-01-13 12:01", "Bring ich Unterlagen zur GmbH-Umwandlung mit?")],
  drafts={2})

# =================================================================== WANTED PITCHES (12)
C("wanted_pitch", "drone_after_post", "de",
  "Drohnenpilot bezieht sich auf ihren Post über Azubis, die nach Stürmen nicht aufs nasse Dach sollen",
  [("drohne", "2025-11-04 19:00",
    "Moin Frau Thomsen, Ihr Post nach 'Ylva' hat mich angesprochen: dass Sie Ihre Azubis nicht für "
    "jede Schadensaufnahme aufs nasse Dach schicken wollen. Ich fliege Schadensaufnahmen mit "
    "Drohne für zwei Dachdecker in Rendsburg, Fotos plus Aufmaß-PDF für die Versicherung, 95 € pro "
    "Objekt im Umkreis 20 km. Wenn Sie mögen, fliege ich ein Dach kostenlos zum Ausprobieren."),
   ("me", "2025-11-05 07:00", "Moin Herr Sörensen, das probier ich gern. Haben Sie Freitag Zeit? Objekt in Laboe."),
   ("drohne", "2025-11-05 07:30", "Freitag 10 Uhr passt. Schicken Sie mir die Adresse.")])

C("wanted_pitch", "recruiting_after_talk", "de",
  "Azubi-Recruiting-Agentur war bei ihrem Vortrag in der Handwerkskammer",
  [("azubimarketing", "2025-04-16 11:30",
    "Hallo Frau Thomsen, ich war gestern bei Ihrem Vortrag in der Handwerkskammer ('Azubis findet "
    "man nicht auf der Messe'). Ihr Punkt, dass Eltern die eigentliche Zielgruppe sind, deckt sich "
    "mit unseren Zahlen. Wir machen Azubi-Kampagnen nur für Handwerksbetriebe in SH, mit "
    "Elternabend-Format statt TikTok-Tanz. Für einen Betrieb Ihrer Größe ab 1.900 € pro Kampagne. "
    "Hätten Sie Lust auf einen Kaffee in Kiel?")])

C("wanted_pitch", "website_after_visit", "de",
  "Webagentur aus Kiel hat die Website besucht und nennt konkrete Mängel",
  [("webagentur", "2025-09-22 14:00",
    "Moin Frau Thomsen, ich bin Webentwickler aus Kiel-Wik. Bei Ihrer Seite ist mir aufgefallen: "
    "Das Kontaktformular lässt sich auf dem Handy nicht abschicken (der Button liegt unter dem "
    "Cookie-Banner), und die Notfallnummer für Sturmschäden steht nur im Impressum. Gerade nach "
    "Stürmen schade. Das Formular fixe ich Ihnen für 150 €, für eine Notfall-Leiste oben kämen "
    "nochmal 90 € dazu. Screenshot anbei."),
   ("me", "2025-09-22 16:00", "Oh, das wusste ich nicht. Danke! Machen Sie mal beides, Rechnung an die Firma."),
   ("webagentur", "2025-09-22 16:10", "Top, ist bis Freitag erledigt.")],
  attachments={0: "https://www.linkedin.com/dms/screenshot-kontaktformular.png"})

C("wanted_pitch", "time_tracking_for_her_software", "de",
  "Zeiterfassungs-App, die weiß, dass sie HandwerkDigital nutzt und Stundenzettel auf Papier führt",
  [("zeiterfassung", "2025-07-09 10:20",
    "Hallo Frau Thomsen, Svenja Rathje von HandwerkDigital meinte, Sie würden die Stundenzettel "
    "Ihrer Kolonnen noch auf Papier sammeln und ins System abtippen. Unsere App hat eine direkte "
    "Schnittstelle zu HandwerkDigital, die Stunden landen gleich beim richtigen Auftrag. 3 € je "
    "Mitarbeiter im Monat, 30 Tage zum Testen. Interesse?")])

C("wanted_pitch", "scaffolding_mutual_contact", "de",
  "Gerüstbauer aus Rendsburg, von Zimmerei Rohwer empfohlen, freie Kapazität in der Sturmsaison",
  [("geruestneu", "2025-10-30 08:00",
    "Moin Frau Thomsen, Jens Rohwer hat mir Ihren Namen gegeben. Er meinte, Witt Gerüstbau ist seit "
    "dem Sturm bis Weihnachten voll und Sie hätten Aufträge, die auf Gerüste warten. Wir haben ab "
    "nächster Woche zwei Kolonnen frei, 9,50 €/qm, Kiel und Umland. Wenn's passt, rufen Sie einfach an."),
   ("me", "2025-10-30 09:00", "Moin Herr Dahl, das passt sogar sehr. Ich ruf heute Mittag an.")])

C("wanted_pitch", "fall_protection_public_tender", "de",
  "Absturzsicherungs-Anbieter kennt die Ausschreibung der Schuldach-Sanierung aus dem Vergabeportal",
  [("absturz", "2025-06-03 09:10",
    "Guten Tag Frau Thomsen, laut Vergabeportal SH haben Sie den Zuschlag für die Dachsanierung der "
    "Grundschule Flintbek erhalten, herzlichen Glückwunsch. Im LV Pos. 07.020 sind 14 "
    "Einzelanschlagpunkte nach DIN EN 795 gefordert. Wir liefern die passenden für Foliendächer "
    "inkl. Montageschulung für Ihre Leute. Angebot gern bis Ende der Woche.")])

C("wanted_pitch", "succession_after_press", "de",
  "Nachfolgeberaterin las im Zeitungsbericht zum 75-jährigen Jubiläum über die geplante Übergabe",
  [("nachfolge", "2026-01-08 10:00",
    "Sehr geehrte Frau Thomsen, ich habe in der Kieler Rundschau den Bericht zum 75-jährigen "
    "Jubiläum gelesen und dass Ihr Neffe den Betrieb übernehmen soll. Ich begleite "
    "Familiennachfolgen im Handwerk in SH (Gesellschaftsform, Übergabe in Stufen, "
    "Pflichtteilsfragen). Falls Sie eine zweite Meinung neben Ihrer Steuerberatung möchten, biete "
    "ich ein kostenloses Erstgespräch an.")])

C("wanted_pitch", "copper_supplier_after_instagram", "de",
  "Metallhändler sah ihr Instagram-Video der Kupfergaube und bietet Vorkonfektionierung",
  [("kupfer", "2025-08-19 16:00",
    "Moin Frau Thomsen, Ihr Instagram-Video von der Kupfergaube in Preetz ist toll geworden. Mir "
    "ist aufgefallen, dass Ihre Leute die Stehfalz-Bahnen vor Ort kanten. Wir liefern Kupfer und "
    "Zink vorprofiliert auf Maß aus Neumünster, meist in 5 Werktagen. Spart Ihnen bei solchen "
    "Gauben gut einen Tag. Preisliste schicke ich gern.")])

C("wanted_pitch", "lift_after_post_problem", "en",
  "Dutch lift maker saw her post that her old roofing lift broke mid-job",
  [("lift", "2025-08-14 11:00",
    "Hello Ms Thomsen, I saw your post (via Hauke Schwarten's comment) that your roofing lift "
    "broke down last week and a colleague's motor too. We make inclined roofing lifts in Friesland "
    "and have a demo unit in Hamburg until the end of August. If you want, we can bring it to one "
    "of your sites for a day. Spare parts ship to Kiel in 48h. Sorry for writing in English."),
   ("me", "2025-08-14 13:00", "Hello Mr de Vries, English is fine. A demo next week would be great, Tuesday?")])

C("wanted_pitch", "office_help_job_ad", "de",
  "virtuelle Assistenz sah die seit Monaten offene Stellenanzeige 'Bürokraft 20h'",
  [("buero", "2025-11-20 09:00",
    "Hallo Frau Thomsen, Ihre Anzeige für eine Bürokraft (20 Std.) ist seit Juli online. Bis Sie "
    "jemanden finden: Ich arbeite remote für drei Dachdeckerbetriebe, kenne HandwerkDigital und "
    "übernehme Angebote schreiben, Rechnungen und Versicherungskorrespondenz, gerade jetzt mit den "
    "Sturmfällen. Stundensatz 38 €, monatlich kündbar.")])

C("wanted_pitch", "insurance_after_article", "de",
  "Makler für Bauhandwerk bezieht sich auf ihren Artikel in der Innungszeitung über Haftpflichtprämien",
  [("makler", "2025-03-25 14:00",
    "Guten Tag Frau Thomsen, Ihr Beitrag in 'Dachdecker Nord' zu den Betriebshaftpflichtprämien "
    "nach Sturmjahren hat mich angesprochen, vor allem der Punkt mit der Selbstbeteiligung bei "
    "Arbeiten an Reetdächern. Wir sind Makler nur für Bauhandwerk und haben einen Rahmenvertrag, "
    "der Reet separat bewertet. Gerne vergleiche ich Ihre Police unverbindlich."),
   ("me", "2025-03-26 08:00", "Moin Herr Gosch, gern, Police kommt per Mail. Bin gespannt.")])

C("wanted_pitch", "photographer_after_event", "de",
  "Fotografin sah ihren Stand beim Tag des Handwerks und bietet Fotos für die Azubi-Werbung",
  [("fotograf", "2025-09-22 20:00",
    "Moin Frau Thomsen, ich habe Samstag am Rathausplatz Ihr Nagel-Wettkloppen fotografiert (Bilder "
    "anbei, gehören Ihnen!). Die Kinder und Ihre Azubis sahen klasse aus. Falls Sie für die "
    "Azubi-Werbung echte Baustellenfotos statt Stockbildern brauchen: Ein halber Tag auf der "
    "Baustelle kostet bei mir 480 €."),
   ("me", "2025-09-23 07:00", "Moin Frau Wiese, danke für die Bilder, die sind toll! Melde mich im Frühjahr.")])

# =================================================================== JUNK (38)
C("junk", "template_15min", "de", "Vorlage 1/5: Profil gesehen, beeindruckt, 15 Minuten",
  [("tpl1", "2025-02-18 07:40",
    "Hallo Frau Thomsen, ich bin auf Ihr Profil gestoßen und war beeindruckt von dem, was Sie mit "
    "Thomsen Bedachungen aufgebaut haben. Wir helfen Handwerksbetrieben, planbar neue Aufträge zu "
    "gewinnen. Hätten Sie nächste Woche 15 Minuten für ein kurzes Gespräch?")])

C("junk", "template_15min", "de", "Vorlage 2/5: gleicher Aufbau, Coaching-Füllung",
  [("tpl2", "2025-04-09 06:55",
    "Hallo Frau Thomsen, bin auf Ihr Profil gestoßen und war echt beeindruckt von Thomsen "
    "Bedachungen GmbH & Co. KG! Wir helfen Handwerksunternehmern, sich aus dem Tagesgeschäft zu "
    "befreien. Hätten Sie diese Woche 15 Minuten für ein kurzes Kennenlernen?")])

C("junk", "template_15min", "de", "Vorlage 3/5: gleicher Aufbau, Marketing-Füllung, Du-Form",
  [("tpl3", "2025-06-17 08:05",
    "Hey Frauke, bin über dein Profil gestolpert und war beeindruckt, was ihr bei Thomsen Bedachungen "
    "macht. Wir helfen Handwerksbetrieben, mit Social Ads an neue Mitarbeiter zu kommen. Hast du "
    "nächste Woche 15 Minuten?")])

C("junk", "template_15min", "de", "Vorlage 4/5: gleicher Aufbau, mit Nachfass-Nachricht",
  [("tpl4", "2025-08-26 07:30",
    "Guten Tag Frau Thomsen, ich bin auf Ihr Profil aufmerksam geworden und bin beeindruckt von "
    "Thomsen Bedachungen. Wir helfen Meisterbetrieben, bei Google auf Platz 1 zu kommen. Hätten "
    "Sie 15 Minuten für einen kurzen Austausch?"),
   ("tpl4", "2025-09-02 07:30", "Hallo Frau Thomsen, ich wollte meine Nachricht nochmal nach oben holen 🙂")])

C("junk", "template_15min", "en", "template 5/5: same shape in English",
  [("tpl5", "2025-10-07 10:15",
    "Hi Frauke, I came across your profile and was impressed by what you've built at Thomsen "
    "Bedachungen. We help trade businesses generate a steady stream of qualified leads. Do you "
    "have 15 minutes next week for a quick call?")])

C("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt",
  [("merge1", "2025-03-11 09:00",
    "Hallo {{Vorname}}, ich habe gesehen, dass {{Firma}} gerade wächst. Wir liefern Ihnen "
    "exklusive Kundenanfragen aus Ihrer Region. Darf ich Ihnen unser Modell kurz vorstellen?")])

C("junk", "merge_tag_failure", "de", "Platzhalter [Anrede] [Nachname]",
  [("merge2", "2025-05-13 08:10",
    "Sehr geehrte/r [Anrede] [Nachname], als Geschäftsführer/in von [Unternehmen] kennen Sie das "
    "Problem: Druckerkosten laufen aus dem Ruder. Wir bieten Multifunktionsgeräte ab 29 € im Monat.")])

C("junk", "merge_tag_wrong_company", "de", "falsche Firma (Thomsen Sanitär) und Herr statt Frau",
  [("merge3", "2025-07-22 12:00",
    "Sehr geehrter Herr Thomsen, als Inhaber von Thomsen Sanitär & Heizung haben Sie sicher wenig "
    "Zeit für Ihre private Altersvorsorge. Ich zeige Ihnen in 20 Minuten, wie Sie bis zu 4.000 € "
    "Steuern im Jahr sparen.")])

C("junk", "merge_tag_failure", "de", "Platzhalter {first_name} mitten in deutscher Nachricht",
  [("merge4", "2025-11-25 07:00",
    "Hi {first_name}! 👋 Ihr Handwerksbetrieb verdient mehr Sichtbarkeit auf Instagram. Wir posten "
    "3x pro Woche für Sie, ab 399 €/Monat. Lust auf ein kostenloses Strategiegespräch?")])

C("junk", "sponsored_inmail", "de", "Sponsored InMail: Transporter-Leasing",
  [("spon1", "2025-04-01 12:00",
    "<p>Hallo Frauke,</p><p>jetzt Transporter für Ihren Betrieb leasen: ab 249 € netto im Monat, "
    "sofort verfügbar.</p><p>Angebot gilt nur bis 30.04.</p>")],
  title="Sponsored Conversation", subject="Ihr neuer Firmentransporter ab 249 €")

C("junk", "sponsored_inmail", "de", "Sponsored InMail: Weiterbildung Betriebswirt",
  [("spon2", "2025-09-09 12:00",
    "<p>Hallo Frauke,</p><p>werden Sie Geprüfte/r Betriebswirt/in (HwO) – berufsbegleitend und "
    "online.</p><p>Jetzt Infomaterial anfordern &amp; 10 % Frühbucherrabatt sichern!</p>")],
  title="Sponsored Conversation", subject="Ihr nächster Karriereschritt")

C("junk", "sponsored_inmail", "de", "Sponsored InMail ohne Absenderprofil (LinkedIn Member)",
  [("spon3", "2026-01-20 12:00",
    "Exklusives Webinar: So senken Handwerksbetriebe 2026 ihre Energiekosten um 30 %. Jetzt kostenlos anmelden!")],
  subject="Exklusive Webinar-Einladung")

C("junk", "paid_award", "de", "kostenpflichtiger 'Handwerker-Award'",
  [("award", "2025-05-06 10:00",
    "Herzlichen Glückwunsch, Frau Thomsen! Thomsen Bedachungen wurde für den Deutschen "
    "Handwerker-Award 2025 nominiert. Für Urkunde, Siegel zur Nutzung in Ihrer Werbung und "
    "Eintrag im Siegerportal fällt eine Lizenzgebühr von 890 € zzgl. MwSt. an. Bitte bestätigen Sie "
    "innerhalb von 7 Tagen.")])

C("junk", "paid_feature", "de", "Magazin-Porträt gegen Gebühr",
  [("magazin", "2025-07-01 09:30",
    "Liebe Frau Thomsen, für unsere Sonderausgabe 'Starke Frauen im Handwerk' würden wir Sie gern "
    "porträtieren. Das redaktionelle Paket (1 Seite + Online-Artikel) kostet 1.450 €. Sollen wir "
    "Ihnen die Unterlagen zusenden?"),
   ("magazin", "2025-07-08 09:30", "Liebe Frau Thomsen, nur noch zwei Plätze frei! Kurze Rückmeldung genügt.")])

C("junk", "paid_podcast", "de", "Podcast-Gastauftritt gegen Produktionspauschale",
  [("podcast", "2025-10-14 18:00",
    "Hallo Frau Thomsen, wir würden Sie gern als Gast bei 'Macher im Mittelstand' haben! Für "
    "Produktion, Schnitt und Promotion berechnen wir eine Pauschale von 690 €. Reichweite: über "
    "20.000 Unternehmer. Wann passt es Ihnen?")])

C("junk", "offers_what_she_sells", "de",
  "bietet einer Dachdeckerin kostenlose Drohnen-Dachinspektion für 'ihr Dach' an (Gegenstück zum Drohnenpiloten)",
  [("drohnefake", "2025-11-03 08:00",
    "Guten Tag Frau Thomsen, nach den Herbststürmen sind viele Dächer beschädigt, ohne dass die "
    "Eigentümer es merken. Wir bieten jetzt eine KOSTENLOSE Drohnen-Dachinspektion für Ihr Haus "
    "an. Termin einfach über unseren Link buchen!")])

C("junk", "offers_what_she_sells", "de", "Dachbeschichtung 'neues Dach ohne Abriss' an eine Dachdeckerin",
  [("beschicht", "2025-06-24 15:00",
    "Guten Tag, Ihr Dach sieht alt aus? Mit NovaCoat Dachbeschichtung wird es wie neu, ohne Abriss, "
    "in nur einem Tag und 70 % günstiger als ein neues Dach! Jetzt Sommeraktion: 15 % Rabatt.")])

C("junk", "capacity_for_clients", "de", "'Haben Sie noch Kapazitäten für neue Aufträge?'",
  [("kapazitat", "2025-02-25 06:30",
    "Moin Frau Thomsen, kurze Frage: Haben Sie aktuell noch Kapazitäten für neue Aufträge? Wir "
    "vermitteln Sanierungsanfragen aus Ihrer Region, Sie zahlen nur pro Anfrage (ab 49 €).")])

C("junk", "like_minded_entrepreneurs", "de", "Vernetzung 'unter gleichgesinnten Unternehmern'",
  [("gleichgesinnt", "2025-08-05 22:30",
    "Hallo Frauke, ich vernetze mich gern mit gleichgesinnten Unternehmern, die etwas bewegen wollen. "
    "Lass uns schauen, wie wir uns gegenseitig voranbringen können! 🚀")])

C("junk", "quick_call", "de", "kurzer 15-Minuten-Call zu Online-Sichtbarkeit",
  [("kurzcall", "2025-12-09 07:15",
    "Hallo Frau Thomsen, ich habe mir Ihre Online-Präsenz angeschaut und sehe großes Potenzial. "
    "Hätten Sie Zeit für einen kurzen 15-Minuten-Call? Ich zeige Ihnen 3 schnelle Hebel.")])

C("junk", "connect_then_pitch", "de",
  "Vernetzung am Vortag, Smalltalk übers Wetter, Factoring-Pitch in Nachricht 3 nach ihrer Antwort",
  [("ctp1", "2025-05-20 08:00",
    "Moin Frau Thomsen, danke fürs Annehmen! Bei Ihnen oben im Norden auch so ein Schietwetter diese Woche?"),
   ("me", "2025-05-20 12:10", "Moin, ja, Regen seit Sonntag. Für Dachdecker ein Graus."),
   ("ctp1", "2025-05-21 07:45",
    "Kann ich mir vorstellen! Apropos: Viele Handwerksbetriebe warten 60 Tage und mehr auf ihr Geld. "
    "Mit unserem Factoring haben Sie es in 24 Stunden auf dem Konto. Darf ich Ihnen ein Angebot machen?")])

C("junk", "connect_then_pitch", "de", "Vernetzung ohne Nachricht, dann Kompliment, dann Anlage-Pitch",
  [("ctp2", "2025-09-08 09:00", "Hallo Frauke, schön, dass wir vernetzt sind! Tolle Projekte bei euch."),
   ("ctp2", "2025-09-10 09:15",
    "Übrigens: Unternehmer wie du legen ihr Geld gerade in Solarparks an, 7 % Rendite garantiert. "
    "Soll ich dir das Exposé schicken?")])

C("junk", "connect_then_pitch", "de", "Vernetzung, Frage zur Branche, dann ERP-Pitch und Nachfass",
  [("ctp3", "2026-01-12 10:00",
    "Guten Tag Frau Thomsen, danke für die Vernetzung. Wie läuft der Winter bei Ihnen, viel zu tun nach den Stürmen?"),
   ("me", "2026-01-12 17:30", "Danke, ja, wir sind gut ausgelastet."),
   ("ctp3", "2026-01-13 08:00",
    "Das freut mich! Genau dann lohnt sich ein ERP, das mitwächst. ERPplus Handwerk digitalisiert "
    "Ihren Betrieb von der Anfrage bis zur Rechnung. Darf ich Ihnen eine Demo zeigen?"),
   ("ctp3", "2026-01-20 08:00", "Hallo Frau Thomsen, hatten Sie schon Gelegenheit, sich das anzusehen?")])

C("junk", "followup_bump_no_reply", "de",
  "Fachkräfte aus dem Ausland, zwei Nachfass-Nachrichten ohne Antwort (Gegenstück zur Azubi-Agentur)",
  [("bump1", "2025-03-04 08:00",
    "Guten Tag Frau Thomsen, Fachkräftemangel? Wir vermitteln qualifizierte Handwerker aus "
    "Drittstaaten, inklusive Visum und Unterkunft. Interesse?"),
   ("bump1", "2025-03-11 08:00", "Ich wollte kurz nachhaken, ob meine Nachricht angekommen ist."),
   ("bump1", "2025-03-25 08:00", "Letzter Versuch 🙂 Soll ich Ihnen die Infos per Mail schicken?")])

C("junk", "followup_bump_no_reply", "de", "gekaufte Google-Bewertungen, Nachfass ohne Antwort",
  [("bump2", "2025-10-21 11:00",
    "Hallo Frau Thomsen, mehr 5-Sterne-Bewertungen = mehr Aufträge. Wir helfen Ihnen, in 30 Tagen "
    "50+ positive Google-Bewertungen zu bekommen. 100 % sicher."),
   ("bump2", "2025-10-28 11:00", "Hallo? Noch Interesse? 😊")])

C("junk", "off_topic_product", "de", "Krypto-Vermögensaufbau",
  [("krypto", "2025-04-29 21:45",
    "Guten Abend Frau Thomsen, als erfolgreiche Unternehmerin sollten Sie über Bitcoin als "
    "Inflationsschutz nachdenken. Unsere Kunden erzielten 2024 über 40 %. Darf ich Sie anrufen?")])

C("junk", "off_topic_product", "de", "Kaffeevollautomat fürs Büro",
  [("kaffee", "2025-06-10 10:00",
    "Hallo Frau Thomsen, guter Kaffee = motivierte Mitarbeiter! Jetzt Kaffeevollautomat für Ihr "
    "Büro mieten, 3 Monate gratis testen.")])

C("junk", "off_topic_product", "de", "Segelyacht-Firmenevent zur Kieler Woche, Massenmail",
  [("yacht", "2025-05-27 13:00",
    "Liebe Entscheiderin, machen Sie Ihr Firmenevent zur Kieler Woche unvergesslich: exklusive "
    "Segeltörns für bis zu 12 Gäste ab 2.900 €. Nur noch wenige Termine frei!")])

C("junk", "offshore_dev", "en", "offshore software development, English",
  [("offshore", "2025-08-12 04:20",
    "Dear Frauke, greetings from NexGen Softech! We are a CMMI Level 3 company offering custom "
    "software, mobile apps and AI solutions at 50% lower cost. Please let me know if you have any "
    "requirement we can help with.")])

C("junk", "generic_web", "de", "Website-Pitch ohne Bezug (Gegenstück zur Kieler Webagentur)",
  [("genweb", "2025-09-30 08:20",
    "Sehr geehrte Frau Thomsen, Ihre Website entspricht nicht mehr den aktuellen Standards. Wir "
    "erstellen Ihnen eine moderne Website ab 990 € – schnell, mobil, SEO-optimiert. Jetzt Termin "
    "vereinbaren!")])

C("junk", "generic_recruiting", "de", "generisches Recruiting-Angebot für alle Branchen",
  [("genrecruit", "2025-11-11 09:00",
    "Hallo Frau Thomsen, wir finden Ihre neuen Mitarbeiter, egal welche Branche! Über 10.000 "
    "Kandidaten in unserer Datenbank. Erfolgsbasiert. Wann können wir telefonieren?")])

C("junk", "generic_insurance", "de", "generischer Versicherungs-Check (Gegenstück zum Makler)",
  [("genversich", "2025-02-04 19:30",
    "Guten Abend, zahlen Sie zu viel für Ihre Versicherungen? Unser kostenloser Versicherungscheck "
    "für Selbstständige spart im Schnitt 30 %. Einfach Termin buchen.")])

C("junk", "generic_erp", "de", "generisches ERP/Digitalisierungs-Pitch (Gegenstück zur Zeiterfassung)",
  [("generp", "2025-07-15 10:10",
    "Hallo Frau Thomsen, die Digitalisierung wartet nicht! Mit CloudERP steuern Sie Ihr ganzes "
    "Unternehmen aus einer Cloud. Über 5.000 Mittelständler vertrauen uns. Kostenlose Demo?")])

C("junk", "fluent_names_company", "de", "flüssiger Agentur-Pitch, nennt die Firma, passt aber auf jeden",
  [("fluent", "2025-10-16 09:40",
    "Liebe Frau Thomsen, Thomsen Bedachungen steht seit Jahrzehnten für Qualität und Verlässlichkeit, "
    "das spürt man sofort. Gerade Traditionsbetriebe haben oft eine großartige Geschichte, die online "
    "aber kaum sichtbar wird. Wir entwickeln Marken, die Vertrauen schaffen und Menschen begeistern. "
    "Wollen wir gemeinsam herausfinden, welches Potenzial in Thomsen Bedachungen steckt?")])

C("junk", "quick_call_seo", "en", "English SEO cold message",
  [("seo", "2025-12-02 05:45",
    "Hi Frauke, I noticed your website isn't ranking on the first page of Google for 'roofing "
    "company'. I can fix this in 30 days. Do you have 15 minutes for a quick call?")])

C("junk", "ai_chatbot", "de", "KI-Chatbot für Handwerker, allgemein",
  [("chatbot", "2025-04-22 07:00",
    "Moin! Unsere KI beantwortet Kundenanfragen rund um die Uhr, schreibt Angebote und vereinbart "
    "Termine. Nie wieder verpasste Anrufe! Jetzt 14 Tage kostenlos testen.")])

C("junk", "paid_coaching", "de", "Coaching-Programm 'vom Handwerker zum Unternehmer'",
  [("coaching", "2025-08-19 20:15",
    "Hallo Frauke, arbeitest du noch IM oder schon AM Unternehmen? In meinem 12-Wochen-Programm "
    "lernst du, wie du 20 Stunden pro Woche freischaufelst. Nur 5 Plätze im Herbst. Sollen wir "
    "reden?")])

C("junk", "irrelevant_trade_fair", "de", "Ausstellerplatz auf einer Messe in München, Massenangebot",
  [("messe", "2025-03-27 09:00",
    "Sehr geehrte Damen und Herren, sichern Sie sich jetzt Ihren Ausstellerplatz auf der Bauen & "
    "Wohnen München 2026! Frühbucherpreis 189 €/qm bis 30.04.")])

C("junk", "off_topic_energy", "de", "Gewerbestrom-Vergleich",
  [("energie", "2025-12-16 08:30",
    "Guten Tag Frau Thomsen, Ihre Stromkosten sind zu hoch! Wir vergleichen über 900 Anbieter für "
    "Gewerbekunden und sparen Ihnen bis zu 40 %. Schicken Sie mir einfach Ihre letzte Rechnung.")])


def main() -> None:
    out = Path(__file__).resolve().parents[1] / SLUG
    ex.write(out,
             {"First Name": "Frauke", "Last Name": "Thomsen",
              "Headline": "Dachdeckermeisterin | Geschäftsführerin Thomsen Bedachungen, Flintbek bei Kiel | "
                          "Steildach, Flachdach, Schiefer, Sturmschäden | Ausbildungsbetrieb",
              "Summary": "Familienbetrieb in dritter Generation seit 1951. 14 Leute, 4 Azubis. Wir "
                         "decken Dächer zwischen Eckernförde und Plön, machen Schiefer und Flachdach "
                         "und sind nach jedem Sturm als erste da. Vorstand in der Dachdecker-Innung Kiel.",
              "Industry": "Construction", "Zip Code": "24220", "Geo Location": "Flintbek, Schleswig-Holstein, Germany",
              "Websites": "https://thomsen-bedachungen.example"},
             [{"Company Name": "Thomsen Bedachungen GmbH & Co. KG", "Title": "Geschäftsführerin",
               "Description": "Dritte Generation. Steildach, Flachdach, Schiefer, Dachbegrünung.",
               "Location": "Flintbek", "Started On": "Jan 2009", "Finished On": ""},
              {"Company Name": "Dachdecker-Innung Kiel", "Title": "Vorstandsmitglied", "Description": "",
               "Location": "Kiel", "Started On": "Mar 2016", "Finished On": ""},
              {"Company Name": "Thomsen Bedachungen", "Title": "Dachdeckermeisterin", "Description": "",
               "Location": "Flintbek", "Started On": "Aug 2003", "Finished On": "Dec 2008"}],
             ["Dachdeckerhandwerk", "Schieferdeckung", "Flachdachabdichtung", "Ausbildung",
              "Kalkulation", "Betriebsführung"])
    print(ex.summary())


if __name__ == "__main__":
    main()

"""dev14 persona (written blind as heldout20, session 4): heldout20 persona: Heike Rolfes, Dachdeckermeisterin, owner of a 25-person roofing firm in Bissendorf.

Written by hand, blind to the detector (session 3). Mostly German, a few English; 2021 export layout.
Run with the project venv; it rewrites ../de-roofing-company-owner-osnabrueck/ byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-roofing-company-owner-osnabrueck"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Heike Rolfes", "https://www.linkedin.com/in/heike-rolfes-dach",
               "Rolfes Bedachungen GmbH", "Geschäftsführerin, Dachdeckermeisterin")
ex = Export(SLUG, "2021", owner)
P = ex.person
G, W, J = "genuine", "wanted_pitch", "junk"

# ---------------------------------------------------------------- people
P("brink", "Thomas Brinkmann", "", "Privatkunde")
P("hv_meyer", "Sandra Meyer-Lüdke", "Hasetal Hausverwaltung GmbH", "Objektbetreuerin", connected="2017-03-08")
P("arch_k", "Jens Kottmann", "Kottmann Architekten", "Architekt, Partner", connected="2016-09-12")
P("ziegel", "Markus Hölscher", "Nordwest Ziegelwerke", "Verkaufsberater Außendienst", connected="2014-05-20")
P("daemm", "Claudia Stüve", "Dämmtec Handel GmbH", "Innendienst Vertrieb", connected="2018-11-02")
P("solar_w", "Frank Wessels", "Wessels Solartechnik", "Geschäftsführer", connected="2019-04-15")
P("rec_anja", "Anja Pohlmann", "Pohlmann Personalberatung", "Personalberaterin Bau & Handwerk",
  connected="2021-02-03", invite=("OUT", "2021-02-03 08:05", "Hallo Frau Pohlmann, wie telefonisch besprochen."))
P("azubi_lukas", "Lukas Niermann", "", "Schüler")
P("geselle", "Dennis Kruse", "", "Dachdeckergeselle")
P("hwk", "Birgit Tepe", "Handwerkskammer", "Ausbildungsberaterin", connected="2015-01-20")
P("fest1", "Ralf Obermeyer", "Obermeyer Zimmerei", "Inhaber", connected="2012-06-01")
P("fest2", "Petra Lienesch", "Sparkasse", "Firmenkundenbetreuerin", connected="2016-02-11")
P("fest3", "Gerd Wiemann", "Wiemann Haustechnik", "Inhaber", connected="2013-10-04")
P("sturm", "Monika Schwegmann", "", "Privatkundin")
P("klemp", "Olaf Rehling", "Rehling Bauklempnerei", "Klempnermeister", connected="2009-08-17")
P("innung", "Hermann Vortmann", "Dachdecker-Innung", "Obermeister", connected="2011-03-30")
P("freundin", "Silke Bredemeier", "", "Freundin aus Berufsschulzeiten", connected="2010-12-24")
P("presse", "Jana Kleine-Börger", "Osnabrücker Landbote", "Redakteurin Wirtschaft", connected="2020-06-18")
P("hv_koch", "Uwe Koch", "Hasetal Hausverwaltung GmbH", "Technischer Leiter", connected="2019-07-22")
P("kundin_b", "Ingrid Bußmann", "", "Privatkundin", connected="2021-06-30")
P("bauer", "Heinrich Große-Wöstmann", "", "Landwirt")
P("gutacht", "Stefan Wulftange", "Sachverständigenbüro Wulftange", "Bausachverständiger", connected="2018-03-14")
P("stb", "Martina Esch", "Esch & Partner Steuerberatung", "Steuerberaterin", connected="2012-01-09")
P("geruest", "Carsten Pleus", "Pleus Gerüstbau", "Inhaber", connected="2015-06-25")
P("gruppe1", "Anne Strotmann", "Strotmann Bedachungen", "Inhaberin", connected="2014-09-09")
P("gruppe2", "Bernd Tiemann", "Tiemann Dach & Wand", "Dachdeckermeister", connected="2011-11-11")
P("exazubi", "Kevin Lamping", "", "Dachdeckermeister", connected="2016-08-01")
P("kollege_ems", "Wilhelm Hanekamp", "Hanekamp Dach", "Inhaber", connected="2013-05-05")
P("autohaus", "Nicole Frerker", "Autohaus Frerker", "Buchhaltung", connected="2020-09-09")
P("nl_solar", "Joost van Dijk", "Zonnedak Twente B.V.", "Project Manager", connected="2020-02-27")
P("lehrer", "Tobias Hilgemann", "Oberschule Bissendorf", "Lehrer, Berufsorientierung", connected="2019-11-19")
P("velux_ad", "Sven Lammers", "Nordlicht Dachfenster", "Fachberater Außendienst", connected="2015-04-02")
P("kunde_post", "Rüdiger Ahlers", "", "Privatkunde", connected="2021-09-02")
# wanted pitches
P("w_aufmass", "Katrin Vogelsang", "DachMaß App", "Vertrieb Handwerk")
P("w_drohne", "Timo Brüning", "Luftbild Brüning", "Drohnenpilot, Dachvermessung")
P("w_web", "Nils Haverkamp", "Haverkamp Webdesign", "Webentwickler")
P("w_recruit", "Lea Sunder", "Handwerkerglück Recruiting", "Recruiterin Bau & Handwerk")
P("w_klemp", "Matthias Wübbeler", "Wübbeler Dachrinnen & Blech", "Klempnermeister")
P("w_geruest", "Dirk Sandkämper", "Sandkämper Gerüste", "Kalkulation")
P("w_pir", "Julia Feldkamp", "Westfalen Dämmstoffe", "Vertrieb Nord")
P("w_zeit", "Sebastian Otte", "Stundenzettel.app", "Gründer")
P("w_nl", "Pieter Bakker", "SolarTile Systems B.V.", "Partner Manager DACH")
P("w_kleidung", "Manuela Rieke", "Rieke Berufsbekleidung", "Inhaberin")
P("w_energie", "Florian Gerdes", "Gerdes Energieberatung", "Energieberater (dena-gelistet)")
P("w_kran", "Heiko Dreyer", "Dreyer Baumaschinen", "Verkauf Gebrauchtmaschinen")
# junk senders
P("j_web", "Marcel König", "WebPower Deutschland", "Sales Manager")
P("j_bewert", "Lisa Schulz", "Sterne-Booster", "Kundenberaterin")
P("j_krypto", "Alexander Weiß", "", "Finanzcoach | Investor")
P("j_moebel", "Sabrina Koch", "OfficeComfort24", "Key Account")
P("j_dach", "Piotr Nowak", "NowaBud Dachbau", "Vertrieb",
  connected="2021-04-12", invite=("IN", "2021-04-11 19:30", ""))
P("j_beschicht", "Andreas Richter", "DachGlanz Beschichtungen", "Gebietsleiter")
P("j_leads", "Jasmin Yilmaz", "Handwerker-Anfragen24", "Partnermanagerin")
P("j_gleich", "Dominik Bauer", "Bauer Consulting", "Unternehmer | Mentor | Speaker",
  connected="2021-01-18", invite=("IN", "2021-01-17 21:02", "Lass uns als gleichgesinnte Unternehmer vernetzen!"))
P("j_15", "Tim Hoffmann", "Vertriebsturbo GmbH", "Business Development")
P("j_ctp1", "Kai Neumann", "Handwerk Digital Akademie", "Gründer",
  connected="2021-03-08", invite=("IN", "2021-03-07 18:44", ""))
P("j_ctp2", "Melanie Krüger", "FactorPlus", "Beraterin Mittelstand",
  connected="2021-05-25", invite=("IN", "2021-05-24 10:15", "Hallo Frau Rolfes, tolle Arbeit, die Sie da machen!"))
P("j_ctp3", "Patrick Lange", "LeasePro Nord", "Leasingberater",
  connected="2021-08-16", invite=("IN", "2021-08-15 20:50", ""))
P("j_ctp4", "Jennifer Wolf", "Wolf Coaching", "Business Coach für Handwerker",
  connected="2020-11-23", invite=("IN", "2020-11-22 09:00", ""))
P("j_bump1", "Sven Schröder", "Fördermittel-Profis", "Fördermittelberater")
P("j_bump2", "Tanja Becker", "Energie-Vergleich Pro", "Gewerbekundenberaterin")
P("j_t1", "Christian Maier", "Wachstumswerk", "Partner")
P("j_t2", "Julia Fischer", "Kundenmagnet GmbH", "Beraterin")
P("j_t3", "Stefan Wagner", "Auftragsplus", "Geschäftsführer")
P("j_t4", "Sarah Schmitt", "Meisterkunden Marketing", "Account Managerin")
P("j_t5", "Daniel Hughes", "TradeGrowth Europe", "Partnerships Lead")
P("j_mt1", "Nina Zimmermann", "Klickwerk Agentur", "Projektmanagerin")
P("j_mt2", "Oliver Braun", "Sicherheit Plus", "Vertrieb")
P("j_mt3", "Katharina Hahn", "FlottenFuchs", "Vertriebsinnendienst")
P("j_mt4", "Michael Schäfer", "ProZeit Software", "Sales")
P("j_sp1", "Baumarkt Profi-Club", url="https://www.linkedin.com/company/baumarkt-profi-club")
P("j_sp2", "Nordbank Direkt Business", url="https://www.linkedin.com/company/nordbank-direkt-business")
P("j_sp3", "LogiFleet Telematik", url="https://www.linkedin.com/company/logifleet-telematik")
P("j_award", "Franziska Lenz", "Top-Handwerksbetrieb Deutschland", "Projektleitung")
P("j_arbeitg", "Rainer Vogt", "Beste Arbeitgeber Regional", "Redaktion")
P("j_named", "Jonas Keller", "Craftboard", "Head of Sales DACH")
P("j_rec", "Laura Krause", "PersonalPower24", "Recruiting Consultant")
P("j_kleid", "Eric Lehmann", "Textildruck Express", "Vertrieb")
P("j_soft", "Thorsten Berg", "HandwerkPro Cloud", "Vertriebsleiter")
P("j_drohne", "Max Peters", "SkyPix Media", "Drohnenservice")
P("j_nachf", "Dr. Ulrich Seidel", "Seidel M&A Partners", "Managing Partner")
P("j_gerust2", "Ivan Petrov", "EuroScaffold Trade", "Export Manager")
P("j_linked", "Vanessa Roth", "", "LinkedIn-Expertin | Personal Branding")

# ================================================================ GENUINE
ex.conv(G, "client_quote_request", "de", "Hausbesitzer fragt Angebot für Dachsanierung an; Preisgespräch", [
    ("brink", "2021-03-02 18:40", "Guten Abend Frau Rolfes, wir haben ein Einfamilienhaus in Belm, Baujahr 1972, Betondachsteine, ca. 160 qm Dachfläche. Es tropft an der Gaube und wir wollen das Dach jetzt komplett machen lassen, mit Dämmung. Können Sie uns ein Angebot machen? Ihre Firma wurde uns von Nachbarn empfohlen."),
    ("me", "2021-03-03 07:15", "Guten Morgen Herr Brinkmann, danke für Ihre Anfrage. Ich komme gern zum Aufmaß vorbei, nächste Woche Dienstag oder Donnerstag ab 16 Uhr? Grob geschätzt liegen wir bei so einem Dach mit Aufsparrendämmung zwischen 38.000 und 48.000 Euro, genauer kann ich es nach dem Termin sagen. Wegen der Materiallage dieses Jahr kann ich Preise leider nur 4 Wochen halten."),
    ("brink", "2021-03-03 08:02", "Donnerstag 16 Uhr passt. Adresse schicke ich per Mail. Danke für die offene Einschätzung!"),
])
ex.conv(G, "property_manager_contract", "de", "Hausverwaltung fragt Preis für Wartungsvertrag über 14 Objekte", [
    ("hv_meyer", "2021-01-19 09:30", "Moin Frau Rolfes, wir würden gern für unsere 14 Mehrfamilienhäuser in Osnabrück und Georgsmarienhütte einen Wartungsvertrag abschließen (jährliche Dachbegehung, Rinnenreinigung, kleine Reparaturen nach Aufwand). Können Sie uns bis Ende Februar ein Angebot mit Pauschale pro Objekt machen?"),
    ("me", "2021-01-19 11:05", "Moin Frau Meyer-Lüdke, sehr gern. Schicken Sie mir bitte die Liste mit Adressen und ungefähren Dachflächen, dann rechne ich das. Bei 14 Objekten kommen wir bestimmt auf einen guten Satz pro Haus."),
    ("hv_meyer", "2021-01-19 11:40", "Liste kommt heute per Mail von Herrn Koch. Schönen Tag noch!"),
    ("me", "2021-02-15 16:20", "Angebot ist raus: 285 € netto pro Objekt und Jahr inkl. Begehung und Rinnenreinigung, Reparaturen nach Stundensatz 58 €. Bei Fragen gern anrufen."),
])
ex.conv(G, "architect_tender", "de", "Architekt lädt zur Angebotsabgabe für Kita-Gründach ein", [
    ("arch_k", "2021-04-20 14:10", "Hallo Heike, wir haben die Kita in Melle-Buer in der Ausführungsplanung, Flachdach mit extensiver Begrünung, ca. 900 qm. Beschränkte Ausschreibung, ich würde euch gern auf die Bieterliste setzen. Habt ihr im Herbst Kapazität? LV kommt Anfang Mai."),
    ("me", "2021-04-20 17:45", "Hallo Jens, danke dass du an uns denkst! Herbst ist eng, aber für so ein Projekt machen wir das möglich. Setz uns drauf. Gründach machen wir mit Obermeyer zusammen, das passt."),
    ("arch_k", "2021-04-21 08:00", "Prima, dann seid ihr drin. Submission ist am 28.05., 11 Uhr im Rathaus."),
])
ex.conv(G, "vendor_price_change", "de", "Ziegellieferant kündigt Preiserhöhung an", [
    ("ziegel", "2021-02-08 10:00", "Hallo Frau Rolfes, leider muss ich Ihnen mitteilen, dass wir zum 1. April unsere Listenpreise für Tondachziegel um 7,5 % anheben (Energie und Transport). Ihre Projektpreise für die bereits bestätigten Baustellen bleiben natürlich bestehen. Wenn Sie für das Frühjahr größere Mengen planen, bestellen Sie gern noch im März zu den alten Konditionen."),
    ("me", "2021-02-08 12:30", "Hallo Herr Hölscher, danke für die Vorwarnung. Ich schicke Ihnen bis Freitag eine Mengenaufstellung für drei Baustellen, dann bestellen wir vor. Bleibt es bei 3 % Skonto?"),
    ("ziegel", "2021-02-08 12:45", "Ja, Skonto bleibt. Danke Ihnen!"),
])
ex.conv(G, "vendor_allocation_surcharge", "de", "Dämmstoffhändler informiert über Zuteilung und Materialzuschlag", [
    ("daemm", "2021-05-06 08:20", "Guten Morgen Frau Rolfes, kurze Info zur Lage: PIR-Dämmplatten bekommen wir derzeit nur noch kontingentiert, Lieferzeit 8-10 Wochen. Der Hersteller erhebt ab sofort einen Materialzuschlag von 18 % auf alle offenen Aufträge. Ihre Bestellung für die Baustelle Wallenhorst ist zugeteilt, Liefertermin KW 24. Alternativ hätten wir Mineralwolle sofort verfügbar."),
    ("me", "2021-05-06 09:10", "Danke Frau Stüve. Das ist heftig, aber Sie können ja nix dafür. Wallenhorst bleibt bei PIR, für Hagen a.T.W. bitte Mineralwolle-Alternative anbieten, ich rede mit dem Kunden."),
    ("daemm", "2021-05-06 09:30", "Mache ich bis heute Mittag fertig."),
])
ex.conv(G, "peer_joint_offer", "de", "Solarteur schlägt gemeinsames Angebot Dach plus PV vor; Aufteilung", [
    ("solar_w", "2021-06-14 19:20", "Moin Heike, ich hab hier schon wieder drei Anfragen, wo die Leute PV wollen, aber das Dach eigentlich erst neu muss. Sollen wir das fest als Paket anbieten? Du machst Dach + Unterkonstruktion, ich PV + Elektrik, ein Angebot, ein Ansprechpartner. Preislich würde ich sagen, jeder kalkuliert seinen Teil und wir geben 3 % Paketrabatt gemeinsam."),
    ("me", "2021-06-14 20:05", "Moin Frank, die Idee hatte ich auch schon. Aber wer haftet wofür, das müssen wir sauber regeln, gerade bei den Dachdurchdringungen. Lass uns nächste Woche mal zusammensetzen, bring deine Anfragen mit."),
    ("solar_w", "2021-06-14 20:10", "Mittwoch 7 Uhr bei dir im Büro? Ich bring Brötchen."),
    ("me", "2021-06-14 20:11", "Abgemacht 👍"),
])
ex.conv(G, "recruiter_engaged", "de", "Personalberaterin, die sie selbst beauftragt hat, stellt Bauleiter-Kandidaten vor", [
    ("me", "2021-02-03 08:10", "Hallo Frau Pohlmann, wie besprochen: Wir suchen einen Bauleiter oder Polier (m/w/d) mit Dachdeckerhintergrund, gern Meister oder Techniker. Gehalt bis 60.000 plus Firmenwagen. Ihr Honorar wie im Angebot, 20 % vom Jahresgehalt bei Erfolg."),
    ("rec_anja", "2021-03-10 15:30", "Hallo Frau Rolfes, ich habe einen interessanten Kandidaten: Dachdeckermeister, 38, aktuell Polier bei einem großen Betrieb im Münsterland, möchte näher an Bramsche wohnen. Gehaltsvorstellung 57.000. Profil schicke ich Ihnen gleich per Mail. Wann hätten Sie Zeit für ein Kennenlernen?"),
    ("me", "2021-03-10 16:00", "Klingt gut. Kommende Woche Dienstag 17 Uhr bei uns im Betrieb."),
])
ex.conv(G, "applicant_apprentice", "de", "Schüler bewirbt sich um Ausbildungsplatz", [
    ("azubi_lukas", "2021-01-27 16:45", "Sehr geehrte Frau Rolfes,\nich heiße Lukas und gehe in die 10. Klasse der Oberschule in Bissendorf. Ich würde gern ab August eine Ausbildung zum Dachdecker bei Ihnen machen. Ich hab in den Ferien schon bei meinem Onkel auf dem Bau geholfen und hab keine Höhenangst. Kann ich ein Praktikum bei Ihnen machen?\nMit freundlichen Grüßen\nLukas Niermann"),
    ("me", "2021-01-28 07:30", "Hallo Lukas, schön dass du dich meldest! Ja, ein Praktikum geht in den Osterferien. Ruf bitte im Büro bei Frau Tegeler an (05402 ...) oder lass deine Eltern anrufen, dann machen wir eine Woche fest. Arbeitsschuhe haben wir für dich."),
    ("azubi_lukas", "2021-01-28 15:10", "Vielen Dank!! Meine Mutter ruft morgen an"),
])
ex.conv(G, "applicant_journeyman", "de", "Geselle bewirbt sich und fragt nach Lohn", [
    ("geselle", "2021-07-12 21:15", "Hallo, ich bin Dachdeckergeselle (5 Jahre Berufserfahrung, Steildach und Flachdach, Führerschein BE) und suche was Neues in der Nähe von Melle. Sucht ihr noch Leute? Was zahlt ihr so? Gruß Dennis"),
    ("me", "2021-07-13 06:50", "Moin Dennis, ja wir suchen. Wir zahlen über Tarif, bei 5 Jahren Erfahrung reden wir über 19,50 bis 21 Euro, je nachdem. Komm doch mal Samstag vorbei, dann zeig ich dir den Betrieb."),
    ("geselle", "2021-07-13 07:20", "Samstag 10 Uhr passt. Bis dann"),
])
ex.conv(G, "chamber_exam_invite", "de", "Handwerkskammer fragt sie als Prüferin für die Gesellenprüfung an", [
    ("hwk", "2021-05-18 10:40", "Liebe Frau Rolfes, für die Sommer-Gesellenprüfung im Dachdeckerhandwerk fehlt uns noch eine Beisitzerin im Prüfungsausschuss (praktischer Teil am 2. und 3. Juli). Hätten Sie Zeit? Aufwandsentschädigung wie gewohnt."),
    ("me", "2021-05-18 12:00", "Liebe Frau Tepe, 2. Juli geht, 3. Juli bin ich leider auf einer Hochzeit. Reicht Ihnen ein Tag?"),
    ("hwk", "2021-05-18 12:30", "Ja, das hilft schon sehr. Ich trage Sie für Freitag ein. Danke!"),
])
ex.conv(G, "thanks_after_event", "de", "Dank nach dem 50-jährigen Firmenjubiläum, fast gleichlautend #1", [
    ("fest1", "2021-09-05 10:12", "Moin Heike, nochmal danke für das tolle Fest gestern! 50 Jahre Rolfes Bedachungen, da kann dein Vater stolz sein. Das Spanferkel war erste Sahne."),
    ("me", "2021-09-05 11:00", "Danke Ralf, schön dass ihr da wart! Und danke für die Säge, die kommt in die Vitrine 😄"),
])
ex.conv(G, "thanks_after_event", "de", "Dank nach dem Firmenjubiläum, fast gleichlautend #2", [
    ("fest2", "2021-09-05 12:30", "Liebe Frau Rolfes, vielen Dank für die Einladung zu Ihrem 50-jährigen Firmenjubiläum gestern. Ein wirklich schönes Fest! Alles Gute für die nächsten 50 Jahre."),
])
ex.conv(G, "thanks_after_event", "de", "Dank nach dem Firmenjubiläum, fast gleichlautend #3", [
    ("fest3", "2021-09-06 07:45", "Moin Heike, danke für das schöne Fest am Samstag! 50 Jahre, Wahnsinn. Alles Gute für die nächsten 50!"),
])
ex.conv(G, "storm_damage_in_spam", "de", "echte Kundin nach Sturmschaden, im SPAM-Ordner gelandet", [
    ("sturm", "2021-02-17 06:55", "Guten Morgen, bei uns in Bissendorf-Wissingen hat der Sturm heute Nacht einen Teil der Ziegel vom Dach geholt, es regnet in den Dachboden. Können Sie jemanden schicken? Ich erreiche im Büro niemanden. Monika Schwegmann, Am Mühlenbach 4"),
], folder="SPAM")
ex.conv(G, "owner_started_subcontractor", "de", "sie fragt einen alten Meisterschul-Kollegen nach Klempner-Kapazität", [
    ("me", "2021-04-26 12:15", "Moin Olaf, lange nix gehört! Hast du im Juni/Juli noch Luft für Kastenrinnen und Verwahrungen? Wir haben ein Kirchendach in Ostercappeln, Zink, alles nach Denkmalschutz. Ich würde dich gern als Sub dazunehmen."),
    ("klemp", "2021-04-26 19:40", "Moin Heike! Juni wird knapp, Juli geht. Schick mir mal die Pläne, dann mach ich dir nen Preis. Grüß deinen Vadder!"),
    ("me", "2021-04-26 20:00", "Mach ich, danke dir!"),
])
ex.conv(G, "owner_started_guild_question", "de", "sie fragt den Obermeister zur Tarifrunde", [
    ("me", "2021-03-15 19:00", "Hallo Hermann, weißt du schon, wann die neuen Tariflöhne gelten? Ich muss die Kalkulation für die Hausverwaltung fertig machen und will nicht zu knapp rechnen."),
    ("innung", "2021-03-16 08:10", "Moin Heike, Stand jetzt gelten die neuen Sätze ab 1. Mai, rund 2 % mehr. Rundschreiben kommt diese Woche. Kommst du zur Versammlung im April?"),
    ("me", "2021-03-16 08:30", "Danke! Ja, bin dabei."),
])
ex.conv(G, "long_standing_friend", "de", "Freundin aus der Berufsschule, Grünkohlessen-Verabredung", [
    ("freundin", "2020-12-04 20:30", "Na Heike, wie is? Dieses Jahr wird das wohl nix mit Grünkohl und Kohlfahrt, oder? 😩"),
    ("me", "2020-12-04 21:10", "Nee, leider. Aber wir holen das nach! Sobald es geht, Grünkohl mit Pinkel bei mir, ich koch."),
    ("freundin", "2020-12-04 21:12", "Ich nehm dich beim Wort! Grüß die Jungs"),
])
ex.conv(G, "journalist_request", "de", "Lokaljournalistin fragt zu Fachkräftemangel und Ausbildung an", [
    ("presse", "2021-08-23 11:20", "Hallo Frau Rolfes, ich schreibe für den Osnabrücker Landboten über Fachkräftemangel im Handwerk im Landkreis. Sie bilden ja überdurchschnittlich viele junge Leute aus und sind eine der wenigen Meisterinnen im Dachdeckerhandwerk hier. Hätten Sie diese Woche 20 Minuten für ein Gespräch und vielleicht ein Foto mit Ihren Azubis?"),
    ("me", "2021-08-23 13:00", "Hallo Frau Kleine-Börger, gern. Donnerstag 7 Uhr auf dem Hof, da sind alle Azubis da, bevor sie rausfahren."),
    ("presse", "2021-08-23 13:15", "Früh, aber perfekt fürs Licht. Bis Donnerstag!"),
])
ex.conv(G, "event_invite_real_contact", "de", "Obermeister lädt zur Innungsversammlung mit Vortrag ein", [
    ("innung", "2021-09-20 09:00", "Liebe Heike, die Herbstversammlung der Innung ist am 21.10. im Landgasthaus in Schledehausen. Würdest du 15 Minuten über eure Azubi-Werbung erzählen? Das interessiert viele hier."),
    ("me", "2021-09-20 12:40", "Mach ich gern, Hermann. Ich bring die Fotos vom Berufsinfotag mit."),
])
ex.conv(G, "property_manager_damage", "de", "Hausverwaltung meldet undichtes Flachdach, dringend", [
    ("hv_koch", "2021-07-15 07:05", "Moin Frau Rolfes, Hansastraße 12: Wasser in der Wohnung im 3. OG nach dem Starkregen, vermutlich Flachdach über dem Treppenhaus. Können Sie heute jemanden schicken? Auftrag ist freigegeben bis 1.500 € netto, darüber bitte kurz Rücksprache."),
    ("me", "2021-07-15 07:20", "Moin Herr Koch, Jörg fährt um 10 hin. Ich melde mich mit Fotos."),
    ("me", "2021-07-15 13:50", "Anschluss am Lichtkuppelkranz war gerissen, provisorisch abgedichtet. Endgültige Reparatur ca. 950 € netto, nächste Woche machbar."),
    ("hv_koch", "2021-07-15 14:05", "Passt, bitte so machen. Danke für die schnelle Hilfe!"),
])
ex.conv(G, "client_thanks_review", "de", "zufriedene Kundin bedankt sich nach Reparatur", [
    ("kundin_b", "2021-07-01 18:30", "Liebe Frau Rolfes, ich wollte mich nochmal bedanken. Ihre Leute waren so freundlich und ordentlich, der Garten sieht aus wie vorher! Ich habe Sie auch bei Google bewertet. Herzliche Grüße aus Jeggen"),
    ("me", "2021-07-01 19:15", "Liebe Frau Bußmann, das freut mich sehr, ich geb das an die Jungs weiter. Danke für die Bewertung!"),
])
ex.conv(G, "architect_technical", "de", "Architekt fragt nach Detail Kehle an Gauben", [
    ("arch_k", "2021-06-08 16:00", "Heike, kurze Fachfrage: beim Projekt in Engter wollen die Bauherren Schieferkehlen an den Gauben, Dachneigung aber nur 28 Grad. Geht das sauber oder lieber Metallkehle? Will das nicht falsch ausschreiben."),
    ("me", "2021-06-08 18:30", "Bei 28 Grad würde ich die Schieferkehle nur mit Unterlegkehle machen, sonst gibt's Ärger. Metall ist sicherer und günstiger. Ich ruf dich morgen an und erklär's."),
])
ex.conv(G, "inbound_lead_farm", "de", "Landwirt will Asbestdach am Stall entfernen lassen und PV; will kaufen", [
    ("bauer", "2021-10-04 20:50", "Guten Abend. Ich habe einen Schweinestall in Schledehausen mit alten Wellplatten (vermutlich Asbest, Baujahr 1978), ca. 600 qm. Die sollen runter und es soll PV drauf. Machen Sie Asbestsanierung? Was würde das ungefähr kosten? Termin wäre mir zwischen Ernte und Weihnachten am liebsten."),
    ("me", "2021-10-05 07:00", "Guten Morgen Herr Große-Wöstmann, ja, wir sind nach TRGS 519 zugelassen. Für Abbau, Entsorgung und neue Sandwichelemente rechnen Sie grob mit 55-70 € pro qm, je nach Zustand. Für die PV arbeiten wir mit Wessels Solartechnik zusammen. Ich komme gern vorbei, passt Freitagvormittag?"),
    ("bauer", "2021-10-05 12:30", "Freitag 9 Uhr. Hof ist hinter der Kirche, das große grüne Tor."),
])
ex.conv(G, "surveyor_quote", "de", "Sachverständiger bittet für Versicherung um Kostenvoranschlag", [
    ("gutacht", "2021-02-22 10:30", "Hallo Frau Rolfes, ich begutachte für die Versicherung den Sturmschaden bei Frau Schwegmann in Wissingen. Können Sie mir Ihren Kostenvoranschlag mit Fotos zukommen lassen? Die Versicherung will bis Monatsende regulieren."),
    ("me", "2021-02-22 11:15", "Hallo Herr Wulftange, schicke ich heute noch per Mail. Notabdichtung ist gemacht, Reparatur 2.840 € brutto."),
])
ex.conv(G, "tax_advisor", "de", "Steuerberaterin erinnert an Unterlagen für Überbrückungshilfe", [
    ("stb", "2021-01-11 08:45", "Guten Morgen Frau Rolfes, für die Schlussabrechnung Kurzarbeitergeld Dezember brauche ich noch die Stundenzettel von zwei Mitarbeitern. Und denken Sie an die Inventur-Liste fürs Lager. Danke!"),
    ("me", "2021-01-11 09:30", "Moin Frau Esch, geht heute noch raus. Die Inventur schicken wir Freitag."),
])
ex.conv(G, "vendor_price_change", "de", "Gerüstbauer passt Preise an und bestätigt Termine", [
    ("geruest", "2021-03-22 17:00", "Moin Heike, ich muss leider zum 1. April die Standmiete anpassen: 0,11 € statt 0,09 € pro qm und Tag, Stahl ist einfach irre teuer geworden. Auf- und Abbau bleibt gleich. Für Belm und Wallenhorst gilt noch der alte Preis, die hast du ja schon bestellt."),
    ("me", "2021-03-22 18:10", "Moin Carsten, verstehe ich. Danke dass die beiden noch alt laufen. Kirche Ostercappeln brauchen wir ab 5. Juli, schreib dir das mal auf."),
])
ex.conv(G, "guild_group_chat", "de", "Gruppenchat Innungsvorstand zur Berufsmesse", [
    ("gruppe1", "2021-09-28 12:10", "Leute, die Berufsmesse in der Stadthalle ist am 13.11. Wer kann den Stand besetzen? Ich hab vormittags."),
    ("gruppe2", "2021-09-28 12:45", "Ich kann nachmittags, bring das Dachmodell mit"),
    ("me", "2021-09-28 13:20", "Ich bring zwei Azubis mit, die erzählen das eh besser als wir alten Hasen 😄"),
    ("gruppe1", "2021-09-28 13:22", "Super, dann sind wir komplett"),
], title="Innungsvorstand Nachwuchs")
ex.conv(G, "former_apprentice", "de", "ehemaliger Azubi, jetzt Meister, bedankt sich", [
    ("exazubi", "2021-06-26 14:00", "Moin Chefin 😄 Ich hab heute den Meisterbrief bekommen! Wollte mich bedanken, ohne dich hätte ich nach dem ersten Lehrjahr hingeschmissen."),
    ("me", "2021-06-26 15:30", "Kevin!!! Herzlichen Glückwunsch, ich bin stolz wie Bolle. Wenn du mal nen Job suchst, weißt du wo du klingeln musst."),
    ("exazubi", "2021-06-26 15:35", "Vielleicht komm ich drauf zurück 😉"),
])
ex.conv(G, "peer_crane_share", "de", "Kollege aus dem Emsland fragt Kran und Leute aus", [
    ("kollege_ems", "2021-08-09 06:40", "Moin Heike, unser Kran ist kaputt (Hydraulik), Ersatzteil dauert 3 Wochen. Kannst du mir deinen nächste Woche für 2 Tage leihen, mit Fahrer? Ich zahl natürlich, sag was du nimmst."),
    ("me", "2021-08-09 07:15", "Moin Wilhelm, Mittwoch und Donnerstag geht. 480 € pro Tag mit Fahrer, Diesel zahlst du. Passt?"),
    ("kollege_ems", "2021-08-09 07:18", "Passt. Danke dir, du bist Gold wert"),
])
ex.conv(G, "client_invoice_correction", "de", "Gewerbekunde bittet um Rechnungskorrektur", [
    ("autohaus", "2021-05-20 10:10", "Guten Tag Frau Rolfes, in Ihrer Rechnung 2021-0314 fehlt unsere Bestellnummer und die Leistung ist auf die falsche Adresse (Hauptstraße statt Industriestraße) ausgestellt. Könnten Sie die bitte korrigieren? Dann geht die Zahlung sofort raus."),
    ("me", "2021-05-20 11:00", "Entschuldigung, wird korrigiert und kommt heute per Mail."),
])
ex.conv(G, "partner_english", "en", "Dutch solar partner writes in English about a joint cross-border project", [
    ("nl_solar", "2021-04-07 13:30", "Hi Heike, the farm in Bad Bentheim we talked about: the client wants to start in June. Our mounting crew can do the PV but we need your team for the new roof sheets first. Could you send the price for 1,200 m2 of sandwich panels incl. installation? Then I put together one offer for him. Greetings from Enschede!"),
    ("me", "2021-04-07 15:00", "Hi Joost, thanks! I will send you the price by Friday. June is possible if he confirms in April because of the material delivery times. Best regards, Heike"),
    ("nl_solar", "2021-04-07 15:10", "Great, I will push him. Thanks!"),
])
ex.conv(G, "school_career_day", "de", "Lehrer lädt sie zum Berufsorientierungstag ein", [
    ("lehrer", "2021-10-12 14:20", "Hallo Frau Rolfes, wie letztes Jahr (na ja, vorletztes) würden wir uns freuen, wenn Sie beim Berufsorientierungstag am 25.11. das Dachdeckerhandwerk vorstellen. Die Schüler fanden das Dachmodell toll."),
    ("me", "2021-10-12 16:00", "Hallo Herr Hilgemann, bin dabei! Lukas aus Ihrer alten 10b ist jetzt übrigens bei uns Azubi, den bring ich mit."),
])
ex.conv(G, "supplier_rep_training", "de", "langjähriger Außendienstler lädt zur Produktschulung ein", [
    ("velux_ad", "2021-10-25 08:30", "Hallo Frau Rolfes, wir machen am 18.11. eine Schulung zu den neuen Dachfenster-Anschlussrahmen bei uns im Lager in Hasbergen, für Ihre Monteure kostenlos, Mittag inklusive. Soll ich drei Plätze für Ihr Team reservieren?"),
    ("me", "2021-10-25 10:00", "Hallo Herr Lammers, ja bitte vier Plätze, die Azubis im 3. Lehrjahr sollen mit."),
])
ex.conv(G, "customer_post_comment", "de", "Kunde meldet sich zu ihrem Zeitungsartikel; will im Frühjahr Angebot", [
    ("kunde_post", "2021-09-02 19:00", "Moin Frau Rolfes, hab den Artikel im Landboten über Ihre Azubis gelesen, klasse! Sie haben 2015 unser Dach in Natbergen gemacht, hält bis heute bombenfest. Jetzt ist die Garage dran, Flachdach. Können Sie im Frühjahr mal gucken kommen?"),
    ("me", "2021-09-03 07:10", "Moin Herr Ahlers, danke! Ich schreib Sie für März auf, wir melden uns zur Terminabsprache."),
])
ex.conv(G, "owner_started_thanks", "de", "sie bedankt sich bei der Sparkassen-Beraterin für schnelle Kreditzusage", [
    ("me", "2021-06-02 17:30", "Liebe Frau Lienesch, danke für die schnelle Zusage für den neuen Kran! Der Händler liefert im Juli."),
    ("fest2", "2021-06-03 08:15", "Sehr gern, Frau Rolfes. Dann viel Freude damit und unfallfreies Arbeiten!"),
])

# ================================================================ WANTED PITCHES
ex.conv(W, "software_from_her_post", "de", "Aufmaß-App bezieht sich auf ihren Beitrag über Aufmaß mit dem Zollstock", [
    ("w_aufmass", "2021-03-24 09:15", "Hallo Frau Rolfes, Ihr Beitrag letzte Woche, dass Ihre Monteure bei Steildächern mit Gauben immer noch zu zweit mit Zollstock und Skizze aufmessen und das Büro danach zwei Stunden abtippt, hat bei uns im Team die Runde gemacht. Genau dafür haben wir DachMaß gebaut: Fotos vom Boden, die App rechnet Flächen, Kehlen und Grate und exportiert das Aufmaß in Ihre Kalkulation. Ich würde Ihnen gern an einem Ihrer echten Dächer zeigen, wie genau das ist. Passt Ihnen ein Termin auf der Baustelle?"),
    ("me", "2021-03-24 12:00", "Hallo Frau Vogelsang, interessant. Wenn das bei Gauben wirklich stimmt, gern. Rufen Sie im Büro an, wir haben nächste Woche ein Dach in Belm."),
])
ex.conv(W, "drone_from_her_talk", "de", "Drohnenpilot war bei ihrem Vortrag bei der Innung und bietet Dachinspektion an", [
    ("w_drohne", "2021-10-25 18:30", "Hallo Frau Rolfes, ich war als Gast bei der Innungsversammlung in Schledehausen und Sie haben erzählt, dass Ihre Leute für jede Schadensbegutachtung bei der Hausverwaltung aufs Dach müssen, auch bei Regen. Ich fliege Dachinspektionen mit Wärmebild für Versicherer im Raum Osnabrück. Für Ihre Wartungsobjekte könnte ich vorab fliegen und Ihnen die Bilder liefern, damit Ihre Leute nur noch da hoch müssen, wo wirklich was ist. Pro Objekt ca. 120 €. Hätten Sie Interesse an einem Testflug?"),
])
ex.conv(W, "website_specific_problem", "de", "Webentwickler hat ihre Karriereseite besucht und konkrete Fehler benannt", [
    ("w_web", "2021-05-11 20:00", "Guten Abend Frau Rolfes, ich bin aus Bissendorf und Ihre Autos sieht man hier ja überall. Ich habe mir Ihre Website angesehen, weil Sie Azubis suchen: Die Karriereseite zeigt noch die Stellen von 2019, der Bewerbungslink führt auf eine Fehlerseite und auf dem Handy ist die Telefonnummer nicht anklickbar. Das kostet Sie vermutlich Bewerbungen. Ich würde die Seite für einen Festpreis von 900 € überarbeiten, mit einfachem Bewerbungsformular (ohne Anschreiben). Wenn Sie mögen, schicke ich Screenshots."),
    ("me", "2021-05-11 21:30", "Oh je, das wusste ich nicht. Schicken Sie mal die Screenshots, dann reden wir."),
])
ex.conv(W, "recruiter_relevant_role", "de", "Recruiterin bezieht sich auf ihre offene Bauleiter-Stelle seit Monaten", [
    ("w_recruit", "2021-06-07 10:00", "Hallo Frau Rolfes, Ihre Stellenanzeige 'Bauleiter Dach (m/w/d)' steht seit Februar auf Ihrer Seite und in der Jobbörse. Wir rekrutieren ausschließlich für Dachdecker- und Zimmereibetriebe und sprechen Poliere direkt über Social Media in einem Radius von 40 km an, das erreicht Leute, die gar nicht aktiv suchen. Festpreis 4.900 €, keine Provision. Falls Ihre aktuelle Suche noch läuft, würde ich Ihnen gern zeigen, wie wir das für einen Betrieb in Vechta gemacht haben."),
])
ex.conv(W, "subcontractor_mutual_contact", "de", "Klempner kommt über Empfehlung von Frank Wessels", [
    ("w_klemp", "2021-05-03 12:30", "Moin Frau Rolfes, Frank Wessels hat mir erzählt, dass Sie für Ihr Kirchendach in Ostercappeln noch Kapazität für Zinkarbeiten suchen. Wir sind eine kleine Bauklempnerei in Melle und haben schon zwei denkmalgeschützte Dächer mit Stehfalz gemacht (Fotos kann ich schicken). Im Juni hätten wir noch Luft."),
    ("me", "2021-05-03 14:00", "Moin Herr Wübbeler, danke für die Nachricht. Juni bräuchte ich tatsächlich noch jemanden für die Vorarbeiten. Schicken Sie mir mal Referenzen."),
])
ex.conv(W, "scaffolding_public_tender", "de", "Gerüstbauer hat die öffentliche Ausschreibung der Kita gesehen", [
    ("w_geruest", "2021-05-14 11:45", "Guten Tag Frau Rolfes, wir haben auf dem Vergabeportal die Ausschreibung Kita Melle-Buer (Dachabdichtung und Begrünung) gesehen. Falls Sie anbieten: Wir stellen Gerüst und Absturzsicherung für Flachdächer mit Seitenschutz und Treppenturm und können Ihnen für die 900 qm ein Festpreisangebot bis zur Submission am 28.05. machen, damit Sie sicher kalkulieren können."),
])
ex.conv(W, "supplier_named_problem", "de", "Dämmstoff-Händler nennt ihr Lieferproblem mit PIR konkret", [
    ("w_pir", "2021-05-12 08:30", "Hallo Frau Rolfes, in Ihrem Beitrag zur Materialknappheit schrieben Sie, dass Sie PIR-Aufsparrendämmung erst in KW 24 bekommen und Kunden vertrösten müssen. Wir sind ein Händler aus Rheine und haben durch einen früheren Rahmenvertrag noch Kontingent in 120 und 140 mm. Ich kann Ihnen für zwei Baustellen sofort liefern, Preis liegt allerdings über Ihrem Listenpreis. Sollen wir telefonieren?"),
    ("me", "2021-05-12 09:00", "Ja bitte, heute nach 15 Uhr. Wenn der Aufpreis im Rahmen ist, nehme ich das."),
])
ex.conv(W, "software_her_tools", "de", "Zeiterfassungs-App kennt ihre Handwerkersoftware aus der Stellenanzeige", [
    ("w_zeit", "2021-07-27 16:30", "Hallo Frau Rolfes, in Ihrer Stellenanzeige für die Bürokraft steht, dass Sie mit Taifun arbeiten und die Stundenzettel noch auf Papier kommen. Unsere App macht die Zeiterfassung per Handy auf der Baustelle, inkl. Baustellenzuordnung, und schreibt die Stunden direkt in die Taifun-Nachkalkulation. Zwei Dachdeckerbetriebe im Emsland nutzen das seit letztem Jahr. Ich könnte Ihnen einen Zugang für 2 Kolonnen für 4 Wochen einrichten."),
])
ex.conv(W, "manufacturer_english", "en", "Dutch in-roof PV manufacturer references her project photo; English", [
    ("w_nl", "2021-08-18 09:40", "Hello Mrs Rolfes, I saw the photos of the in-roof solar project in Wallenhorst that you posted with Wessels Solartechnik. Nice clean flashing work! We make in-roof PV tiles that fit standard clay tile profiles, and we are looking for a certified roofing partner in the Osnabrück region. We provide free installer training at our site in Oldenzaal and leads from our website for your area. Would you be interested in a call?"),
    ("me", "2021-08-18 11:30", "Hello Mr Bakker, yes, interesting. Please send me the technical documentation first."),
])
ex.conv(W, "workwear_press_item", "de", "Berufsbekleidung bezieht sich auf das Zeitungsfoto der Azubis", [
    ("w_kleidung", "2021-09-01 08:50", "Guten Morgen Frau Rolfes, ich habe das Foto Ihrer Azubis im Landboten gesehen, toller Artikel! Mir ist aufgefallen, dass die Jungs drei verschiedene Jacken tragen und Ihr Logo nur auf einer ist. Wir sind ein Familienbetrieb in Bramsche und besticken Zunftkleidung und Softshelljacken, auch in kleinen Stückzahlen. Ich könnte Ihnen ein Musterteil mit Ihrem Logo machen, kostenlos."),
])
ex.conv(W, "energy_consultant_partner", "de", "Energieberater bezieht sich auf ihre Klage über Förderanträge und schlägt Kooperation vor", [
    ("w_energie", "2021-07-05 19:15", "Hallo Frau Rolfes, Sie schrieben in einem Kommentar, dass Ihre Kunden bei der BEG-Förderung ständig an den Unterlagen scheitern und Sie Aufträge verschieben müssen. Ich bin Energieberater in Osnabrück und mache genau die technischen Nachweise und den Förderantrag vor Auftragsvergabe. Vorschlag: Sie verweisen Kunden mit Dämmung an mich, ich mache den Antrag innerhalb von zwei Wochen. Keine Provisionen in beide Richtungen, die Kunden zahlen mich direkt (wird zu 50 % gefördert)."),
    ("me", "2021-07-06 07:30", "Guten Morgen Herr Gerdes, das wäre eine echte Hilfe. Lassen Sie uns nächste Woche telefonieren."),
])
ex.conv(W, "used_crane_her_search", "de", "Baumaschinenhändler reagiert auf ihr Suchinserat für einen Dachdeckerkran", [
    ("w_kran", "2021-04-29 13:00", "Hallo Frau Rolfes, Sie suchen laut Ihrem Inserat einen gebrauchten Dachdeckerkran mit 25-27 m Ausladung auf Anhänger, max. 8 Jahre alt. Wir haben gerade einen aus einer Betriebsaufgabe hereinbekommen, Baujahr 2016, 26 m, 1.900 Betriebsstunden, UVV neu. Fotos und Preis schicke ich gern, steht in Vechta zur Besichtigung."),
])

# ================================================================ JUNK
ex.conv(J, "generic_web_design", "de", "generische Webdesign-Akquise; Gegenstück zur konkreten Website-Nachricht", [
    ("j_web", "2021-04-06 05:30", "Hallo,\n\nIhre Website ist nicht mehr zeitgemäß? Wir erstellen moderne, responsive Websites für Unternehmen jeder Branche ab 499 €. Inklusive SEO und Hosting. Darf ich Ihnen unverbindlich unsere Referenzen zeigen?\n\nBeste Grüße\nMarcel König"),
])
ex.conv(J, "generic_reviews", "de", "Google-Bewertungen kaufen", [
    ("j_bewert", "2021-06-29 14:00", "Hallo Frau Rolfes, wussten Sie, dass 87 % der Kunden vor der Beauftragung Bewertungen lesen? Mit Sterne-Booster erhalten Sie innerhalb von 14 Tagen 50+ echte 5-Sterne-Bewertungen. Jetzt zum Einführungspreis!"),
])
ex.conv(J, "off_topic_crypto", "de", "themenfremd: Krypto-Investment", [
    ("j_krypto", "2021-02-14 22:30", "Hallo Heike, ich zeige Unternehmerinnen, wie sie mit nur 30 Minuten am Tag ein passives Einkommen mit Krypto aufbauen. Meine Teilnehmer machen im Schnitt 15 % pro Monat. Darf ich dir ein kurzes Video schicken?"),
])
ex.conv(J, "off_topic_office_furniture", "de", "themenfremd: Büromöbel", [
    ("j_moebel", "2021-03-18 10:00", "Sehr geehrte Damen und Herren, Homeoffice ist gekommen, um zu bleiben! Ergonomische Bürostühle und höhenverstellbare Schreibtische jetzt mit 30 % Rabatt für Geschäftskunden. Fordern Sie unseren Katalog an."),
])
ex.conv(J, "offers_her_own_service", "de", "Dachdeckerfirma bietet ihr genau das an, was sie selbst verkauft (Kolonne, Connect-then-pitch)", [
    ("j_dach", "2021-04-12 07:00", "Dzień dobry Frau Rolfes, danke fürs Vernetzen! Wir sind Dachdeckerfirma mit 3 Kolonnen und übernehmen Dacharbeiten aller Art, Steildach, Flachdach, Sanierung, sehr günstig, ab 28 €/qm komplett. Sie haben Aufträge für uns? Wir kommen schnell."),
])
ex.conv(J, "offers_her_own_service", "de", "Dachbeschichtung wird ihr für ihre eigenen Gebäude angeboten", [
    ("j_beschicht", "2021-05-25 09:20", "Guten Tag, ist Ihr Dach in die Jahre gekommen? Statt teurer Neueindeckung: Mit der DachGlanz-Beschichtung sieht Ihr Dach aus wie neu, hält 20 Jahre und kostet nur einen Bruchteil. Kostenlose Dachbesichtigung in Ihrer Region diese Woche möglich!"),
])
ex.conv(J, "capacity_new_clients", "de", "'Haben Sie Kapazitäten für neue Aufträge?' Leadportal", [
    ("j_leads", "2021-02-23 11:10", "Hallo Frau Rolfes, haben Sie aktuell Kapazitäten für neue Aufträge? Wir vermitteln geprüfte Anfragen für Dachsanierung in Ihrer PLZ-Region, ab 39 € pro Lead. Die ersten 5 Anfragen sind kostenlos!"),
    ("j_leads", "2021-03-09 11:10", "Hallo Frau Rolfes, ich wollte nochmal nachhaken, ob Sie Interesse an neuen Aufträgen haben?"),
])
ex.conv(J, "like_minded_entrepreneurs", "de", "'als gleichgesinnte Unternehmer vernetzen'", [
    ("j_gleich", "2021-01-18 07:45", "Hallo Heike, schön, dass wir uns vernetzt haben! Ich freue mich immer, gleichgesinnte Unternehmer kennenzulernen, die etwas bewegen wollen. Lass uns doch mal austauschen, wie wir uns gegenseitig unterstützen können. Wann hast du Zeit?"),
])
ex.conv(J, "quick_15_min_call", "de", "'kurzes 15-Minuten-Gespräch' ohne Kontext", [
    ("j_15", "2021-09-14 08:05", "Guten Morgen Frau Rolfes, hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat? Ich bin überzeugt, dass wir Rolfes Bedachungen beim Wachstum unterstützen können. Passt Ihnen Donnerstag 10 Uhr?"),
])
ex.conv(J, "connect_then_pitch", "de", "Connect-then-pitch: erst Small Talk, dann Online-Kurs im 2. Nachricht", [
    ("j_ctp1", "2021-03-08 08:00", "Moin Frau Rolfes, danke für die Vernetzung! Wie läuft's bei Ihnen in der Saison, viel zu tun?"),
    ("me", "2021-03-08 12:30", "Moin, ja, gut zu tun, danke!"),
    ("j_ctp1", "2021-03-08 12:40", "Super! Genau deshalb melde ich mich: Viele Handwerksbetriebe verschenken Umsatz, weil sie nicht digital sichtbar sind. In unserer Handwerk Digital Akademie lernen Sie in 8 Wochen, wie Sie über Social Media planbar Kunden gewinnen. Für Innungsmitglieder gerade 20 % Rabatt. Soll ich Ihnen die Infos schicken?"),
])
ex.conv(J, "connect_then_pitch", "de", "Connect-then-pitch: Kompliment, dann Factoring", [
    ("j_ctp2", "2021-05-25 09:00", "Hallo Frau Rolfes, danke fürs Annehmen! Ich finde es klasse, dass eine Frau so einen Betrieb führt. Respekt!"),
    ("j_ctp2", "2021-05-27 09:05", "Darf ich fragen, wie Sie mit langen Zahlungszielen Ihrer Kunden umgehen? Mit FactorPlus bekommen Sie Ihre Rechnungen innerhalb von 24 Stunden ausbezahlt. Gerade bei Hausverwaltungen lohnt sich das. Kurzes Telefonat?"),
])
ex.conv(J, "connect_then_pitch", "de", "Connect-then-pitch: Leasing-Angebot in Nachricht 3", [
    ("j_ctp3", "2021-08-16 07:30", "Moin Frau Rolfes, danke für die Vernetzung 🙂"),
    ("j_ctp3", "2021-08-17 07:32", "Ich sehe, Sie sind im Osnabrücker Land aktiv, schöne Gegend! Ich komme aus Lingen."),
    ("j_ctp3", "2021-08-19 07:35", "Kurz zu mir: Ich finanziere Fahrzeuge und Maschinen für Handwerksbetriebe, Leasing ab 1,9 %. Steht bei Ihnen demnächst eine Anschaffung an?"),
])
ex.conv(J, "connect_then_pitch", "de", "Connect-then-pitch: Business-Coaching nach ihrer Antwort", [
    ("j_ctp4", "2020-11-23 19:00", "Hallo Heike, danke fürs Vernetzen! Was ist deine größte Herausforderung gerade als Unternehmerin?"),
    ("me", "2020-11-24 06:50", "Ehrlich gesagt: Leute finden."),
    ("j_ctp4", "2020-11-24 07:05", "Das höre ich so oft! Genau dafür habe ich mein 12-Wochen-Programm 'Chef statt Macher' entwickelt. Investition 3.997 €, danach hast du ein Team, das ohne dich läuft. Lass uns ein kostenloses Strategiegespräch machen!"),
])
ex.conv(J, "follow_up_bump", "de", "Fördermittelberatung mit zwei Nachfass-Nachrichten ohne Antwort", [
    ("j_bump1", "2021-06-01 06:15", "Sehr geehrte Frau Rolfes, wussten Sie, dass Ihnen bis zu 80 % Förderung für Digitalisierung und Beratung zustehen? Wir prüfen kostenlos Ihre Ansprüche."),
    ("j_bump1", "2021-06-08 06:15", "Sehr geehrte Frau Rolfes, ich wollte kurz nachfragen, ob meine Nachricht angekommen ist."),
    ("j_bump1", "2021-06-17 06:15", "Frau Rolfes, letzte Nachricht von mir: Die Fördertöpfe sind bald leer. Melden Sie sich gern."),
])
ex.conv(J, "follow_up_bump", "de", "Gewerbestrom-Vergleich plus Nachfass", [
    ("j_bump2", "2021-10-19 10:30", "Hallo Frau Rolfes, die Energiepreise steigen. Mit unserem Gewerbestromvergleich sparen Betriebe Ihrer Größe bis zu 3.000 € im Jahr. Darf ich Ihnen ein Angebot erstellen?"),
    ("j_bump2", "2021-10-28 10:31", "Hallo Frau Rolfes, haben Sie meine letzte Nachricht gesehen? Ich freue mich auf Ihre Rückmeldung."),
])
ex.conv(J, "template_multi_sender", "de", "gleiche Vorlage 1/5: 'auf Ihr Profil gestoßen, wir helfen Handwerksbetrieben'", [
    ("j_t1", "2021-07-06 13:00", "Hallo Frau Rolfes, ich bin auf Ihr Profil gestoßen und war beeindruckt, was Sie mit Rolfes Bedachungen aufgebaut haben. Wir helfen Handwerksbetrieben wie Ihrem, jeden Monat 10-15 neue Aufträge über Online-Marketing zu gewinnen. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?"),
])
ex.conv(J, "template_multi_sender", "de", "gleiche Vorlage 2/5, andere Füllung", [
    ("j_t2", "2021-07-09 09:40", "Hallo Frau Rolfes, ich bin auf Ihr Profil gestoßen und war wirklich beeindruckt von Ihrem Dachdeckerbetrieb. Wir helfen Betrieben aus dem Bauhandwerk, jeden Monat 10+ neue Kundenaufträge über Online-Marketing zu gewinnen. Hätten Sie kommende Woche Zeit für ein kurzes Gespräch?"),
])
ex.conv(J, "template_multi_sender", "de", "gleiche Vorlage 3/5, umformuliert", [
    ("j_t3", "2021-07-15 16:20", "Guten Tag Frau Rolfes, bin auf Ihr Profil gestoßen und ehrlich beeindruckt, was Sie als Dachdeckermeisterin aufgebaut haben. Wir unterstützen Handwerksunternehmen dabei, monatlich 15-20 neue Aufträge über Online-Marketing zu generieren. Wäre ein kurzes Gespräch nächste Woche für Sie interessant?"),
])
ex.conv(J, "template_multi_sender", "de", "gleiche Vorlage 4/5 mit Nachfass", [
    ("j_t4", "2021-08-03 11:00", "Hallo Frau Rolfes, ich bin auf Ihr Profil gestoßen und war beeindruckt von Rolfes Bedachungen GmbH. Wir helfen Handwerksbetrieben wie Ihrem, jeden Monat planbar neue Aufträge über Online-Marketing zu gewinnen. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?"),
    ("j_t4", "2021-08-10 11:00", "Hallo Frau Rolfes, ich wollte mein Anliegen nochmal nach oben holen. Passt es nächste Woche?"),
])
ex.conv(J, "template_multi_sender", "en", "same template 5/5 in English from an international agency", [
    ("j_t5", "2021-08-24 14:30", "Hi Heike, I came across your profile and was impressed by what you have built at Rolfes Bedachungen. We help trade businesses like yours win 10-15 new jobs every month through online marketing. Would you have time for a short call next week?"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("j_mt1", "2021-02-02 10:15", "Hallo {{Vorname}}, ich habe gesehen, dass {{Firma}} stark wächst. Unsere Agentur sorgt dafür, dass Sie bei Google ganz oben stehen. Haben Sie Lust auf ein kurzes Kennenlernen?"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter [Firma] stehengeblieben", [
    ("j_mt2", "2021-04-14 15:00", "Sehr geehrte Frau Rolfes, als Geschäftsführerin von [Firma] wissen Sie, wie wichtig Sicherheit ist. Wir bieten Alarmanlagen und Videoüberwachung für Gewerbeobjekte mit 24/7-Aufschaltung. Wann dürfen wir Sie beraten?"),
])
ex.conv(J, "merge_tag_failure", "de", "falsche Anrede 'Herr Rolfes'", [
    ("j_mt3", "2021-06-22 09:30", "Sehr geehrter Herr Rolfes, Ihr Fuhrpark verdient das Beste! Mit FlottenFuchs verwalten Sie Fahrzeuge, Tankkarten und UVV-Prüfungen in einer Software. Ich würde Ihnen das gern in einer Demo zeigen."),
])
ex.conv(J, "merge_tag_failure", "de", "falsche Firma und Branche eingesetzt", [
    ("j_mt4", "2021-09-29 13:45", "Hallo Frau Rolfes, als Inhaberin von Rolfes Elektrotechnik kennen Sie das Problem: Stundenzettel gehen verloren. ProZeit macht Schluss damit. Elektrobetriebe sparen so 5 Stunden pro Woche. Demo gefällig?"),
])
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail eines Baumarkt-Profiprogramms", [
    ("j_sp1", "2021-03-01 12:00", "<p>Hallo Heike,</p><p>Als Profi-Club-Mitglied sparen Sie <strong>10&nbsp;% auf Ihren Einkauf</strong> und erhalten Zugang zu exklusiven Aktionen.</p><p>Jetzt kostenlos anmelden!</p>"),
], title="Sponsored Conversation", subject="Ihr Profi-Vorteil wartet")
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail einer Direktbank", [
    ("j_sp2", "2021-05-03 12:00", "<p>Hallo Heike,</p><p>Das Geschäftskonto für Macher: 0&nbsp;€ Kontoführung im ersten Jahr, kostenlose Visa Business.</p><p><a href=\"https://nordbank.example/business\">Jetzt eröffnen</a></p>"),
], title="Sponsored Conversation", subject="Geschäftskonto in 10 Minuten")
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail eines Telematik-Anbieters", [
    ("j_sp3", "2021-10-11 12:00", "<p>Heike, wissen Sie, wo Ihre Fahrzeuge gerade sind?</p><p>LogiFleet Telematik: GPS-Ortung ab 9,90&nbsp;€ / Fahrzeug. <b>3 Monate gratis testen.</b></p>"),
], title="Sponsored Conversation", subject="3 Monate gratis")
ex.conv(J, "paid_award", "de", "bezahltes 'Top-Handwerksbetrieb'-Siegel", [
    ("j_award", "2021-04-27 10:30", "Sehr geehrte Frau Rolfes,\n\nherzlichen Glückwunsch! Ihr Betrieb wurde für die Auszeichnung 'Top-Handwerksbetrieb Deutschland 2021' nominiert. Um das Siegel zu nutzen (Urkunde, Website-Badge, Pressemitteilung), fällt eine einmalige Lizenzgebühr von 790 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag.\n\nMit freundlichen Grüßen\nFranziska Lenz"),
])
ex.conv(J, "paid_feature", "de", "bezahlte 'Arbeitgeber'-Reportage", [
    ("j_arbeitg", "2021-08-31 15:20", "Hallo Frau Rolfes, für unser Magazin 'Beste Arbeitgeber Regional - Osnabrück & Emsland' möchten wir Ihr Unternehmen porträtieren. Eine ganzseitige Reportage mit Fotoshooting kostet 1.450 € netto, die halbe Seite 890 €. Wir haben nur noch zwei Plätze frei."),
])
ex.conv(J, "fluent_named_generic", "de", "flüssige Nachricht nennt ihre Firma, passt aber auf jeden Betrieb", [
    ("j_named", "2021-10-05 11:00", "Hallo Frau Rolfes, Rolfes Bedachungen steht für Qualität und Zuverlässigkeit, das sieht man sofort. Genau deshalb melde ich mich: Craftboard ist die All-in-One-Plattform, mit der Betriebe wie Rolfes Bedachungen Angebote, Aufträge und Rechnungen an einem Ort steuern. Unternehmen ähnlich wie Rolfes Bedachungen sparen so bis zu 10 Stunden pro Woche. Wäre es einen Austausch wert, ob Craftboard auch Rolfes Bedachungen voranbringen kann?"),
])
ex.conv(J, "generic_recruiting", "de", "generisches Recruiting; Gegenstück zur konkreten Recruiterin", [
    ("j_rec", "2021-06-15 08:10", "Hallo Frau Rolfes, Fachkräftemangel? Mit PersonalPower24 finden Sie in 30 Tagen neue Mitarbeiter, egal in welcher Branche. Über 500 zufriedene Kunden. Kostenloses Erstgespräch buchen!"),
])
ex.conv(J, "generic_workwear", "de", "generischer Textildruck; Gegenstück zur Berufsbekleidung", [
    ("j_kleid", "2021-09-07 12:00", "Hallo! T-Shirts, Hoodies, Caps mit Ihrem Logo, ab 1 Stück, Lieferung in 5 Tagen. Jetzt 15 % Neukundenrabatt mit Code PROFI15."),
])
ex.conv(J, "generic_craft_software", "de", "generische Handwerkersoftware; Gegenstück zur Aufmaß-App", [
    ("j_soft", "2021-03-30 09:00", "Sehr geehrte Frau Rolfes, ist Ihr Büro noch auf Papier? HandwerkPro Cloud digitalisiert Ihren kompletten Betrieb. Jetzt 30 Tage kostenlos testen und Digitalbonus nutzen."),
])
ex.conv(J, "generic_drone", "de", "generischer Drohnen-Imagefilm; Gegenstück zum Drohnenpiloten", [
    ("j_drohne", "2021-07-20 17:00", "Hallo, wir produzieren spektakuläre Drohnenaufnahmen und Imagefilme für Unternehmen. Heben Sie sich von der Konkurrenz ab! Pakete ab 690 €. Interesse?"),
])
ex.conv(J, "generic_succession_ma", "de", "generische Nachfolge/M&A-Anfrage", [
    ("j_nachf", "2021-05-17 07:00", "Sehr geehrte Frau Rolfes, im Auftrag eines finanzstarken Investors suchen wir etablierte Unternehmen im Baugewerbe zur Übernahme. Haben Sie schon einmal über einen Verkauf nachgedacht? Eine vertrauliche Bewertung ist für Sie kostenfrei."),
])
ex.conv(J, "generic_scaffold_export", "en", "English generic scaffolding export offer", [
    ("j_gerust2", "2021-02-10 04:20", "Dear Sir/Madam, we are manufacturer of scaffolding systems, frame and ringlock, EN 12810 certified, best price from factory. Please kindly send your requirement and we will quote immediately. Best regards, Ivan"),
])
ex.conv(J, "linkedin_branding", "de", "Personal-Branding-Coaching", [
    ("j_linked", "2021-11-02 20:00", "Hey Heike! 👋 Dein Profil hat so viel Potenzial! Mit ein paar Anpassungen könntest du zur Top-Stimme im Handwerk auf LinkedIn werden. Ich habe diesen Monat noch 3 Plätze in meinem Personal-Branding-Programm frei. Interesse?"),
])

ex.write(OUT,
         profile={"First Name": "Heike", "Last Name": "Rolfes",
                  "Headline": "Dachdeckermeisterin | Geschäftsführerin Rolfes Bedachungen GmbH | Steildach, Flachdach, Dach + Solar im Osnabrücker Land",
                  "Summary": "Familienbetrieb in zweiter Generation, 25 Mitarbeitende, davon 6 Azubis. Wir decken, dämmen und sanieren Dächer für Privatkunden, Hausverwaltungen und öffentliche Auftraggeber zwischen Wiehengebirge und Teutoburger Wald.",
                  "Industry": "Construction", "Zip Code": "49143",
                  "Geo Location": "Bissendorf, Niedersachsen, Deutschland",
                  "Websites": "[COMPANY:rolfes-bedachungen.de]"},
         positions=[{"Company Name": "Rolfes Bedachungen GmbH", "Title": "Geschäftsführerin",
                     "Description": "Dachdeckerei mit 25 Mitarbeitenden, Ausbildungsbetrieb.",
                     "Location": "Bissendorf", "Started On": "Jan 2012", "Finished On": ""},
                    {"Company Name": "Rolfes Bedachungen GmbH", "Title": "Dachdeckermeisterin, Bauleitung",
                     "Description": "", "Location": "Bissendorf", "Started On": "Aug 2005", "Finished On": "Dec 2011"}],
         skills=["Dachdeckerhandwerk", "Steildach", "Flachdachabdichtung", "Asbestsanierung (TRGS 519)",
                 "Ausbildung", "Kalkulation", "Photovoltaik-Integration"])
print(ex.summary())

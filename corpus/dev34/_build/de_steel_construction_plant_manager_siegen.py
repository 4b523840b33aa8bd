"""dev34 persona 2: Jörg Irle, Werksleiter at a Stahlbau company in Siegen (2021 layout).

Written blind to the detector (session 5). Every message text below is written by hand.
Run with the project venv; it regenerates ../de-steel-construction-plant-manager-siegen
byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-steel-construction-plant-manager-siegen"
OWNER = Person("me", "Jörg Irle", "https://www.linkedin.com/in/joerg-irle-stahlbau",
               "Weißtal Stahlbau GmbH & Co. KG", "Werksleiter")
ex = Export(SLUG, "2021", OWNER)


def P(key: str, name: str, company: str = "", position: str = "", connected: str | None = None,
      invite: tuple[str, str, str] | None = None, url: str | None = None) -> None:
    ex.person(key, name, company, position, connected=connected, invite=invite, url=url)


def G(category: str, note: str, messages: list[tuple[str, str, str]], lang: str = "de",
      **options: object) -> None:
    ex.conv("genuine", category, lang, note, messages, **options)


def W(category: str, note: str, messages: list[tuple[str, str, str]], lang: str = "de",
      **options: object) -> None:
    ex.conv("wanted_pitch", category, lang, note, messages, **options)


def J(category: str, note: str, messages: list[tuple[str, str, str]], lang: str = "de",
      **options: object) -> None:
    ex.conv("junk", category, lang, note, messages, **options)


# ---------------------------------------------------------------- people: genuine contacts
P("klaus", "Klaus Schneider", "Stahlhandel Hüttental GmbH", "Verkaufsleiter Träger", "2014-03-11")
P("verz", "Sabine Afflerbach", "Verzinkerei Ferndorf", "Vertriebsinnendienst", "2016-09-02")
P("gu", "Thomas Reuter", "Reuter Bau GmbH", "Projektleiter Gewerbebau", "2018-05-17")
P("bauer", "Heinz-Werner Dreisbach", "", "Landwirt", None)
P("dutch", "Pieter van Dongen", "Van Dongen Logistiek Bouw B.V.", "Project Director", None)
P("peer", "Andreas Büdenbender", "Büdenbender Metallbau Kreuztal", "Geschäftsführer", "2012-11-20")
P("headh", "Carola Wenzel", "Wenzel Personalberatung", "Personalberaterin Technik", "2020-09-08",
  invite=("OUT", "2020-09-08 17:30", "Hallo Frau Wenzel, wie am Telefon besprochen."))
P("azubi", "Luca Stahl", "", "Schüler", None)
P("zeichner", "Marina Kovač", "", "Technische Systemplanerin Stahlbau", "2021-03-02",
  invite=("IN", "2021-03-01 19:45", "Guten Abend Herr Irle, ich würde mich gern vernetzen."))
P("br", "Uwe Jung", "Weißtal Stahlbau GmbH & Co. KG", "Betriebsratsvorsitzender", "2015-01-14")
P("schweisser", "Dariusz Nowak", "Weißtal Stahlbau GmbH & Co. KG", "Schweißer / Vorarbeiter", "2017-06-03")
P("tuev", "Dr. Frank Heinemann", "TÜV Westfalen-Süd", "Auditor Schweißtechnik", "2016-02-22")
P("montage1", "Stefan Klein", "Weißtal Stahlbau GmbH & Co. KG", "Montageleiter", "2013-08-30")
P("montage2", "Kevin Hoffmann", "Weißtal Stahlbau GmbH & Co. KG", "Bauleiter", "2019-04-15")
P("brenn", "Ralf Meier", "Schneidtec Anlagenbau", "Servicevertrieb", "2015-10-05")
P("erp", "Nadine Vogt", "StahlPlan Software", "Key Account", "2017-12-12")
P("gast1", "Petra Höfer", "Höfer Hallenbau", "Inhaberin", "2011-05-09")
P("gast2", "Markus Jüngst", "Stadtwerke Kreuztal", "Technischer Leiter", "2019-02-28")
P("gast3", "Bernd Schäfer", "Schäfer & Söhne Spedition", "Disponent", "2010-07-19")
P("pruef", "Dipl.-Ing. Ulrike Hambloch", "Ingenieurbüro Hambloch", "Prüfingenieurin für Baustatik", "2014-04-04")
P("studi", "Christian Weber", "DB Netz AG", "Projektingenieur Brückenbau", "2008-10-01")
P("ihk", "Sandra Becker", "Berufskolleg Technik Siegen", "Abteilungsleiterin Metalltechnik", "2018-06-21")
P("mentor", "Gerhard Heide", "", "Werksleiter i.R.", "2009-12-01")
P("architekt", "Jana Rademacher", "Rademacher Architekten Olpe", "Architektin", None)
P("presse", "Tobias Wurm", "Siegerland-Kurier", "Redakteur Wirtschaft", "2019-11-11")
P("verband", "Dr. Heike Münker", "Industrieclub Südwestfalen", "Geschäftsführerin", "2016-03-03")
P("kunde2", "Oliver Kring", "Kring Logistikimmobilien", "Bauherrenvertreter", "2020-06-06")
P("polish", "Tomasz Wiśniewski", "WiTom Montaż Sp. z o.o.", "Owner", "2018-09-19")
P("uk", "Rachel Hughes", "Hughes Structural Consulting", "Chartered Structural Engineer", "2021-01-25")
P("arch2", "Felix Hoppmann", "hoppmann + partner", "Architekt", "2020-10-10")
P("sifa", "Manfred Daub", "BG ETEM", "Aufsichtsperson", "2017-08-08")
P("kran", "Ingo Schmidt", "Kranverleih Siegerland", "Disposition", "2012-02-02")
P("lehrer", "Birgit Stein", "Realschule am Giersberg", "Lehrerin, Berufsorientierung", "2019-09-09")
P("ehemalig", "Holger Stötzel", "", "Schweißfachmann", "2006-05-05")

# ---------------------------------------------------------------- people: wanted pitches
P("absaug", "Katrin Lenz", "Lenz Absaugtechnik", "Technischer Vertrieb", None)
P("robot", "Dr. Sebastian Ohm", "OhmWeld Automation", "Geschäftsführer", "2021-05-19",
  invite=("IN", "2021-05-18 18:20", "Guten Abend Herr Irle, Ihr Vortrag beim Stahlbautag hat mich sehr beschäftigt."))
P("rost", "Michael Vitt", "Vitt Gitterroste", "Vertriebsleiter", None)
P("spedi", "Anja Thiel", "Thiel Schwertransporte", "Projektdisposition", None)
P("tekla", "Jan Oerter", "", "Freiberuflicher Stahlbaukonstrukteur (Tekla)", None)
P("beschicht", "Dirk Hanses", "Hanses Korrosionsschutz", "Geschäftsführer", None)
P("schnitt", "Elena Braun", "Brückner Softwaretechnik", "Lösungsberaterin", None)
P("headh2", "Johannes Klappert", "Klappert Executive Search", "Partner", None)
P("energie", "Philipp Dreute", "Dreute Energieberatung", "Energieberater", None)
P("dvs", "Ute Kolb", "Schweißtechnische Lehranstalt Siegen-Wittgenstein", "Kursleitung", None)
P("bolt", "Mark Dempsey", "TorqueProof Ltd", "Technical Sales EMEA", None)
P("stahl2", "Ferhat Yılmaz", "Lahn-Sieg Stahlservice", "Außendienst", None)

# ---------------------------------------------------------------- people: junk senders
P("j_luft", "Rene Fischer", "AirClean Pro", "Sales", None)
P("j_robo", "Kai Brandt", "SmartFactory Consulting", "Berater", None)
P("j_cad", "Vikram Shah", "CADSource Global", "Business Development", None)
P("j_wein", "Lorenz Maier", "Weinkontor Maier", "Inhaber", None)
P("j_krypto", "Dennis Kraft", "", "Finanz-Coach", None)
P("j_immo", "Sarah Engel", "Engel Kapitalanlage", "Immobilienberaterin", None)
P("j_pl", "Paweł Zieliński", "SteelPro Fabrication Poland", "Sales Manager", None)
P("j_kap", "Marco Ludwig", "AuftragPlus", "Vertrieb", None)
P("j_gleich", "Tim Kowalski", "Kowalski Ventures", "Unternehmer | Investor | Speaker", None)
P("j_15", "Lena Hartmann", "ProcessFlow GmbH", "Sales Development", None)
P("j_ctp1", "Florian Berg", "Berg Leadership", "Business Coach", "2021-02-09",
  invite=("IN", "2021-02-08 21:10", "Hallo Jörg, ich vernetze mich gern mit Führungskräften aus der Region."))
P("j_ctp2", "Nico Sauer", "Sauer Finanz", "Finanzberater", "2020-10-13",
  invite=("IN", "2020-10-12 07:55", ""))
P("j_ctp3", "Jennifer Walsh", "GrowthLab", "Partnerships", "2021-06-22",
  invite=("IN", "2021-06-21 16:40", "Hi Jörg, would love to connect!"))
P("j_bump1", "Patrick Wolf", "LeadMotor", "Account Executive", None)
P("j_bump2", "Julia Neumann", "Messebau Neumann", "Projektleitung", None)
P("t1", "Sven Krüger", "B2B Leadwerk", "Geschäftsführer", None)
P("t2", "Melanie Roth", "Akquise-Schmiede", "Vertriebsleiterin", None)
P("t3", "Daniel Seidel", "Neukunden24", "Inhaber", None)
P("t4", "Anna Lehmann", "Mittelstand Vertriebspartner", "Beraterin", None)
P("t5", "Chris Porter", "B2B Pipeline Partners", "Head of Growth", None)
P("m1", "Dominik Baum", "Digitalwerk Agentur", "Projektmanager", None)
P("m2", "Yvonne Kraus", "Kraus Recruiting", "Recruiterin", None)
P("m3", "Tobias Franke", "Franke Marketing", "Inhaber", None)
P("m4", "Lisa Scholz", "Scholz Consulting", "Beraterin", None)
P("sp1", "Deutsche Leasingkontor", "", "", None,
  url="https://www.linkedin.com/company/deutsche-leasingkontor")
P("sp2", "CloudSuite ERP", "", "", None, url="https://www.linkedin.com/company/cloudsuite-erp")
P("award", "Martina Kessler", "Top Arbeitgeber Mittelstand", "Projektleitung Auszeichnung", None)
P("advert", "Oliver Reich", "Wirtschaftsspiegel Regional", "Anzeigenleitung", None)
P("fluent", "Dr. Katharina Seel", "Seel & Partner Transformation", "Managing Partner", None)
P("china", "Amy Zhou", "Hengda Industrial Supply", "Export Manager", None)
P("j_gen_rec", "Sebastian Pohl", "Pohl Personal", "Personalvermittler", None)
P("j_solar", "Marcel Hahn", "SonnenKraft Direkt", "Energieberater", None)
P("j_seo", "Kevin Albrecht", "Top10 Ranking", "SEO-Experte", None)
P("j_pv", "Thorsten Ebert", "Ebert Bürobedarf", "Außendienst", None)
P("j_kurs", "Nicole Busch", "Seminarwelt", "Kundenbetreuung", None)
P("j_stahl", "Igor Petrenko", "EuroSteel Trading", "Trader", None)
P("j_coach2", "Daniela Frey", "Frey Mentoring", "Mentorin für Führungskräfte", None)
P("j_video", "Robin Lange", "Lange Bewegtbild", "Creative Director", None)

# ================================================================ GENUINE (35)
G("vendor_price_change", "long-standing steel trader announces surcharge increase on beams", [
    ("klaus", "2021-03-08 07:40", "Moin Jörg, ich muss dir leider die nächste Runde ankündigen: "
     "ab 15.03. steigt der Schrott- und Legierungszuschlag auf Träger (HEA/HEB/IPE) nochmal um "
     "60 €/t. Was ihr bis Freitag abruft, rechne ich noch zum alten Kurs. Sorry, ich mach die "
     "Preise nicht, ich überbring sie nur."),
    ("me", "2021-03-08 08:15", "Tach Klaus. Hab ich befürchtet. Ruf mal die Position für Reuter "
     "(Halle Wenden) komplett ab, ca. 48 t, Liste kommt gleich per Mail."),
    ("klaus", "2021-03-08 08:31", "Alles klar, ist reserviert. Lieferung KW 11 ok?"),
    ("me", "2021-03-08 08:33", "KW 11 passt. Danke dir."),
])
G("vendor_price_change", "galvanizer raises zinc surcharge, asks for capacity planning", [
    ("verz", "2021-05-03 10:05", "Guten Morgen Herr Irle, zur Info: Der Zinkzuschlag wird ab Juni "
     "monatlich angepasst, aktuell +0,04 €/kg gegenüber April. Außerdem sind wir ab KW 24 gut "
     "ausgelastet – wenn Sie größere Mengen für die Brücke Kreuztal haben, sagen Sie bitte "
     "frühzeitig Bescheid, dann planen wir das ein."),
    ("me", "2021-05-03 11:20", "Danke Frau Afflerbach. Brücke kommt voraussichtlich KW 27/28, ca. "
     "22 t. Ich melde mich mit genauen Terminen."),
])
G("client_quote_request", "general contractor asks for a quote for a 40x80 m hall", [
    ("gu", "2021-02-11 14:30", "Hallo Herr Irle, wir haben eine Anfrage für eine Lagerhalle in "
     "Wenden, ca. 40 x 80 m, Traufhöhe 10 m, mit Kranbahn 10 t. Könnten Sie uns bis Ende des "
     "Monats ein Angebot für die Stahlkonstruktion inkl. Montage machen? Statik liegt vor, "
     "schicke ich Ihnen per Mail."),
    ("me", "2021-02-11 16:02", "Hallo Herr Reuter, ja, machen wir. Bitte noch Bodengutachten und "
     "ob Dach/Wand bei uns mit rein soll oder separat."),
    ("gu", "2021-02-12 08:10", "Dach und Wand separat, nur Stahlbau. Gutachten kommt heute."),
    ("gu", "2021-03-01 17:45", "Danke für das Angebot. Preislich passt es, wir würden gern "
     "nächste Woche den Vertrag besprechen. Dienstag 10 Uhr bei Ihnen?"),
    ("me", "2021-03-01 18:03", "Dienstag 10 Uhr passt. Kaffee steht bereit."),
])
G("inbound_lead_buy", "farmer wants to buy a machine hall from them", [
    ("bauer", "2020-08-24 20:50", "Guten Abend, ich bräuchte eine Maschinenhalle für meinen Hof in "
     "Netphen-Deuz, so 15 x 30 m, offen an einer Seite. Mein Nachbar hat seine von Ihnen, die "
     "steht seit 20 Jahren wie ne Eins. Machen Sie sowas noch, oder nur noch die großen Sachen? "
     "Was würde das ungefähr kosten?"),
    ("me", "2020-08-25 07:30", "Guten Morgen Herr Dreisbach, klar machen wir das noch. Grob kann "
     "ich das erst sagen, wenn ich weiß, was drauf soll (Schnee, Dach). Ich schicke Ihnen "
     "unseren Herrn Klein vorbei, der guckt sich das an. Passt Donnerstag Nachmittag?"),
    ("bauer", "2020-08-25 12:15", "Donnerstag passt, ab 16 Uhr bin ich vom Feld zurück."),
])
G("inbound_lead_buy", "Dutch logistics developer wants steel structure for a hall near Venlo", [
    ("dutch", "2021-04-19 09:15", "Good morning Mr Irle, we are developing a 12,000 m2 logistics "
     "hall near Venlo and our usual steel contractor is fully booked until 2022. A colleague at "
     "Kring recommended you. Would you be able to price the steel frame (approx. 650 t) for "
     "erection from September? Drawings available under NDA."),
    ("me", "2021-04-19 11:40", "Good morning Mr van Dongen, thank you for thinking of us. "
     "September is tight but possible if we get the order by end of May. Please send the NDA "
     "and I'll have our calculation team look at it this week."),
    ("dutch", "2021-04-19 12:02", "Excellent. NDA is on its way."),
], lang="en")
G("peer_joint_offer", "befriended metalworking firm proposes a joint bid (ARGE) for a bridge tender", [
    ("peer", "2021-01-18 19:20", "Jörg, hast du die Ausschreibung vom Landesbetrieb für die "
     "Fußgängerbrücke in Kreuztal gesehen? Allein ist mir das zu groß, dir wahrscheinlich das "
     "Geländer zu fummelig. Wollen wir als ARGE anbieten? Ihr Haupttragwerk, wir Geländer und "
     "Treppen. Preis müssten wir zusammen kalkulieren."),
    ("me", "2021-01-18 20:05", "Hab ich gesehen. Finde ich gut. Komm Donnerstag rüber, dann gehen "
     "wir die LV-Positionen durch. Bring Riewekooche mit, dann geb ich das Bier aus."),
    ("peer", "2021-01-18 20:11", "Abgemacht 👍"),
])
G("recruiter_engaged", "personnel consultant he hired to find a welding engineer", [
    ("me", "2020-09-08 17:35", "Hallo Frau Wenzel, danke für das Telefonat. Wie besprochen: Wir "
     "suchen einen Schweißfachingenieur (SFI) als Nachfolger für Herrn Bender, der in Rente geht. Start "
     "spätestens Q1/2021. Honorar wie in Ihrem Angebot, 25 % vom Jahresgehalt."),
    ("headh", "2020-09-09 08:30", "Vielen Dank, Herr Irle, Auftragsbestätigung ist raus. Ich "
     "habe zwei Kandidaten aus dem Sauerland im Kopf, melde mich bis Ende nächster Woche."),
    ("headh", "2020-10-02 15:10", "Ich habe drei Profile, die passen könnten. Einer kommt aus "
     "Wilnsdorf, der würde sogar pendeln wollen 😉. Wann können wir Gespräche terminieren?"),
    ("me", "2020-10-02 16:00", "Nächste Woche Mittwoch und Freitag geht."),
])
G("job_applicant", "school leaver applies for an apprenticeship as Konstruktionsmechaniker", [
    ("azubi", "2021-01-26 18:02", "Sehr geehrter Herr Irle, ich bin in der 10. Klasse an der "
     "Realschule und möchte gerne eine Ausbildung als Konstruktionsmechaniker machen. Mein Opa "
     "hat früher bei Ihnen gearbeitet. Ich habe meine Bewerbung auch per Post geschickt. "
     "Wäre ein Praktikum in den Osterferien möglich? Mit freundlichen Grüßen, Luca Stahl"),
    ("me", "2021-01-27 07:10", "Hallo Luca, schön von dir zu hören – mit dem Namen musst du ja "
     "Stahlbauer werden 🙂. Praktikum in den Osterferien geht. Frau Lück aus der Personal "
     "meldet sich bei dir."),
    ("azubi", "2021-01-27 15:30", "Vielen Dank!!"),
])
G("job_applicant", "detailer applies after connecting", [
    ("zeichner", "2021-03-02 08:20", "Guten Morgen Herr Irle, danke fürs Vernetzen. Ich habe "
     "gesehen, dass Sie eine Technische Systemplanerin suchen. Ich arbeite seit 6 Jahren mit "
     "Tekla, zuletzt bei einem Hallenbauer in Olpe, und würde gern näher an Siegen arbeiten. "
     "Darf ich Ihnen meine Unterlagen direkt schicken?"),
    ("me", "2021-03-02 12:45", "Guten Tag Frau Kovač, sehr gerne, an bewerbung@weisstal-stahlbau.de "
     "und gern mit cc an mich. Wir melden uns zeitnah."),
])
G("works_council", "works council chair about short-time work and shift model (du)", [
    ("br", "2020-04-02 06:50", "Jörg, wir müssen über die Kurzarbeit in der Fertigung reden, die "
     "Leute in Halle 3 machen sich Sorgen. Können wir heute nach der Frühschicht zusammensetzen?"),
    ("me", "2020-04-02 07:05", "Ja, 14:15 im Besprechungsraum. Bring die Liste mit, wer "
     "Überstunden abbauen will."),
    ("br", "2020-11-16 13:20", "Danke noch mal, dass das mit dem Zwei-Schicht-Modell so "
     "geräuschlos gelaufen ist. Die Kollegen sind zufrieden."),
    ("me", "2020-11-16 13:40", "Gut so. Betriebsversammlung im Dezember machen wir draußen, falls "
     "es das Wetter zulässt?"),
    ("br", "2020-11-16 13:42", "Im Dezember im Siegerland draußen? Du bist lustig."),
])
G("welder_requalification", "welder foreman about expiring welder qualifications", [
    ("schweisser", "2021-06-07 06:30", "Guten Morgen Chef, bei mir und vier Kollegen laufen im "
     "August die Schweißerprüfungen ab (135 und 136). Wer kümmert sich um die Termine?"),
    ("me", "2021-06-07 07:00", "Morgen Darek. Mach ich heute mit der SLV klar. Danke fürs "
     "Erinnern."),
])
G("tuev_audit", "TÜV auditor schedules the EN 1090 surveillance audit", [
    ("tuev", "2021-08-23 10:00", "Sehr geehrter Herr Irle, das jährliche Überwachungsaudit nach "
     "EN 1090 (EXC3) steht an. Ich schlage den 21. oder 22. September vor. Bitte halten Sie die "
     "Schweißerprüfbescheinigungen und die WPQR bereit."),
    ("me", "2021-08-23 11:15", "Guten Tag Herr Dr. Heinemann, der 22.09. passt. Wir freuen uns "
     "– na ja, fast."),
    ("tuev", "2021-08-23 11:30", "Das höre ich oft. Bis dann."),
])
G("site_manager_crane", "erection lead reports a crane problem at a site in Olpe", [
    ("montage1", "2021-02-15 07:12", "Jörg, Kran steht, Wind zu stark (und Schneeregen). Heute wird "
     "das nix mit den Bindern. Ich schick die Jungs zurück in die Halle zum Vorbereiten."),
    ("me", "2021-02-15 07:20", "Ok, Sicherheit geht vor. Sag dem Kranverleih Bescheid, wir brauchen "
     "ihn dann Mittwoch."),
    ("montage1", "2021-02-15 07:22", "Mach ich."),
])
G("site_manager_a45", "site manager on the A45 bridge closure delaying deliveries", [
    ("montage2", "2021-12-03 16:40", "Die Rahmedetalbrücke ist ab sofort komplett dicht. Unsere "
     "Lieferung nach Lüdenscheid muss über Land, Spedition sagt mindestens 1,5 h mehr, und für "
     "die langen Träger brauchen wir eine neue Genehmigung."),
    ("me", "2021-12-03 17:10", "Na toll. Ruf Schäfer an, die sollen Route über Olpe prüfen. Und "
     "dem Kunden sagen wir heute noch, dass es Montag wird."),
])
G("machine_service_contract", "cutting-machine vendor renews service contract with price increase", [
    ("brenn", "2020-12-01 09:30", "Guten Morgen Herr Irle, Ihr Wartungsvertrag für die "
     "Plasmaschneidanlage läuft zum 31.12. aus. Für 2021 liegen wir bei 4.850 € netto/Jahr "
     "(bisher 4.600), dafür ist die zweite Wartung jetzt inklusive Verschleißteil-Check. Soll ich "
     "Ihnen den Vertrag zuschicken?"),
    ("me", "2020-12-01 14:10", "Ja, bitte schicken. Und können wir den Termin im Februar auf einen "
     "Samstag legen? Dann steht die Produktion nicht."),
    ("brenn", "2020-12-01 14:45", "Samstag ist möglich, kostet aber Zuschlag. Ich schreibe beide "
     "Varianten rein."),
])
G("software_license_renewal", "existing ERP vendor announces a new license model", [
    ("erp", "2021-09-14 11:00", "Hallo Herr Irle, kurze Vorinfo, bevor die offizielle Mail kommt: "
     "StahlPlan stellt 2022 auf ein Abo-Modell um. Für Ihre 14 Arbeitsplätze wären das 1.120 € "
     "im Monat inkl. Updates. Ihre bisherigen Kauflizenzen bleiben gültig, nur ohne neue "
     "Versionen. Ich würde gern mit Ihnen in Ruhe durchrechnen, was sich lohnt."),
    ("me", "2021-09-14 12:20", "Danke für die Vorwarnung. Wir rechnen das intern und melden uns. "
     "Termin im Oktober?"),
    ("erp", "2021-09-14 12:35", "Gern, ich schlage 12.10. vor."),
])
G("thanks_after_anniversary", "guest thanks for the 75th anniversary party (1 of 3 near-duplicates)", [
    ("gast1", "2021-09-11 21:15", "Lieber Jörg, vielen Dank für die tolle Feier zum 75-jährigen! "
     "Schöne Reden, gutes Essen, und die Hallenführung war klasse. Glück auf für die nächsten 75!"),
])
G("thanks_after_anniversary", "guest thanks for the 75th anniversary party (2 of 3 near-duplicates)", [
    ("gast2", "2021-09-12 09:30", "Guten Morgen Herr Irle, herzlichen Dank für die schöne Feier "
     "zum 75-jährigen Jubiläum gestern. Die Hallenführung war sehr beeindruckend. Alles Gute "
     "für die nächsten 75 Jahre!"),
    ("me", "2021-09-12 10:02", "Danke Herr Jüngst, schön, dass Sie da waren!"),
])
G("thanks_after_anniversary", "guest thanks for the 75th anniversary party (3 of 3 near-duplicates)", [
    ("gast3", "2021-09-12 11:45", "Danke für die super Feier gestern zum 75-jährigen, Jörg! "
     "Essen war top, Hallenführung auch. Auf die nächsten 75! Glück auf"),
])
G("owner_started_structural_check", "he asks the checking engineer about approval of the bridge statics", [
    ("me", "2021-06-21 08:05", "Guten Morgen Frau Hambloch, haben Sie schon in die geprüfte Statik "
     "für die Brücke Kreuztal geschaut? Wir würden gern KW 26 mit dem Zuschnitt anfangen."),
    ("pruef", "2021-06-21 12:30", "Guten Tag Herr Irle, Prüfbericht geht morgen raus. Zwei "
     "Anmerkungen zu den Stirnplattenanschlüssen, nichts Dramatisches."),
    ("me", "2021-06-21 12:45", "Prima, danke!"),
])
G("owner_started_old_classmate", "he asks a university friend at the railway for a contact", [
    ("me", "2021-04-06 19:30", "Hi Christian, lange nichts gehört! Du bist doch immer noch bei der "
     "Bahn im Brückenbau? Wir wollen uns für kleinere Fußgängerbrücken präqualifizieren. Wer "
     "wäre da bei euch der richtige Ansprechpartner? Grüße an Steffi."),
    ("studi", "2021-04-07 07:50", "Jörg! Schön von dir zu hören. Präqualifikation läuft über die "
     "zentrale Stelle, ich schick dir den Kontakt. Und wir müssen endlich mal wieder ein Bier "
     "trinken, nicht erst beim nächsten Jahrgangstreffen in Siegen."),
    ("me", "2021-04-07 08:10", "Auf jeden Fall. Wenn du mal in der Heimat bist, melde dich."),
])
G("owner_started_school", "he contacts the vocational college about apprentice classes", [
    ("me", "2020-07-13 14:00", "Guten Tag Frau Becker, wir stellen dieses Jahr sechs statt vier "
     "Azubis ein. Reicht die Klassengröße bei Ihnen noch, oder müssen wir das früher anmelden?"),
    ("ihk", "2020-07-14 09:10", "Guten Morgen Herr Irle, sechs ist kein Problem, bitte bis 31.07. "
     "anmelden. Schön, dass Sie aufstocken!"),
])
G("mentor_long_standing", "retired former plant manager and mentor, messages over years", [
    ("mentor", "2019-12-23 10:00", "Jörg, frohe Weihnachten dir und den Jungs in der Halle. Lass "
     "dich nicht von den Controllern ärgern."),
    ("me", "2019-12-23 10:40", "Danke Gerhard, dir und Elke auch. Die Controller ärgern mich "
     "trotzdem."),
    ("mentor", "2020-06-30 18:20", "Hab gehört, ihr habt Kurzarbeit. Halte durch, 2009 war auch "
     "schlimm und danach kam der Boom."),
    ("me", "2020-06-30 19:00", "Danke. Ich denk oft an 2009 und wie du das gemacht hast."),
    ("mentor", "2021-09-12 08:00", "Schöne Feier gestern. Ich war stolz auf dich, Junge."),
    ("me", "2021-09-12 08:30", "Das bedeutet mir viel. Ohne dich wäre ich nicht hier."),
])
G("genuine_in_spam", "architect asks about visiting a reference project; landed in spam", [
    ("architekt", "2021-07-05 15:20", "Sehr geehrter Herr Irle, wir planen in Attendorn eine "
     "Sporthalle mit Stahltragwerk und hätten Interesse an einer Besichtigung Ihres "
     "Referenzprojekts (Halle Kring in Freudenberg). Wäre das möglich? Wir würden Sie gern auch "
     "für die Ausführungsplanung frühzeitig einbinden."),
    ("me", "2021-07-12 07:45", "Sehr geehrte Frau Rademacher, entschuldigen Sie die späte Antwort, "
     "Ihre Nachricht war im Spam-Ordner. Eine Besichtigung organisiere ich gern, ich rufe Sie an."),
], folder="SPAM")
G("journalist_request", "business reporter asks for comment on steel prices", [
    ("presse", "2021-05-25 11:30", "Hallo Herr Irle, ich schreibe über die Stahlpreise und was das "
     "für die Betriebe im Siegerland bedeutet. Hätten Sie 15 Minuten für ein Gespräch? Gern auch "
     "mit Zitat."),
    ("me", "2021-05-25 12:10", "Hallo Herr Wurm, ja, morgen ab 14 Uhr. Aber bitte nicht schreiben, "
     "dass wir pleitegehen, das tun wir nämlich nicht."),
    ("presse", "2021-05-25 12:15", "Versprochen 😄"),
])
G("event_invite_contact", "regional industry club invites him to speak on a panel", [
    ("verband", "2021-10-04 09:00", "Lieber Herr Irle, am 18.11. machen wir im Industrieclub eine "
     "Runde zum Thema Fachkräfte in Südwestfalen. Hätten Sie Lust, als Praktiker auf dem Podium "
     "zu sitzen? Ihr Stahlbautag-Vortrag wird hier noch immer erwähnt."),
    ("me", "2021-10-04 10:20", "Liebe Frau Dr. Münker, gern. Solange ich nicht in Anzug und "
     "Krawatte muss."),
    ("verband", "2021-10-04 10:25", "Hemd reicht. Danke!"),
])
G("customer_delivery", "client's owner representative about delivery dates and a change order", [
    ("kunde2", "2020-10-20 13:40", "Herr Irle, der Mieter will jetzt doch ein Vordach über den "
     "Toren 1-6. Können Sie das als Nachtrag anbieten und trotzdem den Montagetermin halten?"),
    ("me", "2020-10-20 15:00", "Nachtrag kommt bis Freitag. Termin halten wir, wenn die Freigabe "
     "bis 6.11. da ist."),
    ("kunde2", "2020-10-20 15:30", "Deal."),
])
G("subcontractor_crew", "Polish erection subcontractor confirms crews (English)", [
    ("polish", "2021-07-19 06:45", "Hello Jörg, I can send 6 guys for Venlo from 6th September, "
     "with own MEWPs. Same rate as Lüdenscheid. Accommodation you book or we book?"),
    ("me", "2021-07-19 07:30", "Hi Tomasz, great. You book, we pay, same as last time. I'll send "
     "the order this week."),
    ("polish", "2021-07-19 07:41", "Perfect. Pozdrawiam!"),
], lang="en")
G("foreign_engineer_docs", "UK structural engineer asks for CE documentation (English)", [
    ("uk", "2021-02-03 14:00", "Dear Jörg, we are checking the steelwork you supplied for the "
     "Birmingham plant extension. Could you send the Declaration of Performance and the mill "
     "certificates for batch 3? After Brexit our client insists on the full set."),
    ("me", "2021-02-03 16:20", "Dear Rachel, of course. I've asked our QA to send the DoP and "
     "3.1 certificates today. Let me know if anything is missing."),
], lang="en")
G("assembly_team_group", "group chat of site managers and erection leads for the weekly plan", [
    ("montage1", "2021-10-25 06:15", "Wochenplan: Mo-Mi Venlo Achse 12-20, Do Fr Kreuztal Brücke "
     "Vormontage. Brauche noch zwei Leute für Donnerstag."),
    ("montage2", "2021-10-25 06:40", "Kann Marvin und Ali abgeben, wenn Wenden bis Mittwoch fertig "
     "ist."),
    ("me", "2021-10-25 07:00", "Gut. Und Leute: Helm auf auch beim Frühstück auf der Baustelle, BG "
     "kommt diese Woche."),
], title="Montage KW 43", extra=[])
G("architect_budget_price", "architect asks for a budget price for a steel staircase", [
    ("arch2", "2020-11-04 10:10", "Hallo Jörg, brauche für einen Bauherrn in Siegen-Weidenau einen "
     "Richtpreis für eine außenliegende Fluchttreppe, 3 Geschosse, verzinkt, Gitterroststufen. "
     "Nur grob, damit er nicht vom Stuhl fällt."),
    ("me", "2020-11-04 13:30", "Grob 28-35 T€ inkl. Montage, je nach Podesten. Schick mir die "
     "Pläne, dann wird's genauer."),
])
G("safety_inspection", "accident insurance inspector announces a visit", [
    ("sifa", "2021-10-22 12:00", "Sehr geehrter Herr Irle, ich komme am 28.10. zur Begehung, "
     "Schwerpunkt Absturzsicherung auf Montagestellen. Bitte einen Ansprechpartner vor Ort "
     "benennen."),
    ("me", "2021-10-22 13:15", "Herr Daub, Herr Hoffmann begleitet Sie, Treffpunkt Baustelle "
     "Wenden 9 Uhr."),
])
G("vendor_price_change", "crane hire company adjusts its rates", [
    ("kran", "2021-01-04 08:20", "Frohes Neues! Leider muss ich die Stundensätze anpassen: 60-t-Kran "
     "ab Februar 195 €/h statt 180 €/h, An- und Abfahrt unverändert. Rahmenvertrag bleibt sonst "
     "gleich."),
    ("me", "2021-01-04 09:00", "Frohes Neues. Hmm. Ok, aber dann will ich Priorität, wenn's "
     "wieder eng wird."),
    ("kran", "2021-01-04 09:10", "Habt ihr sowieso 😉"),
])
G("school_internships", "teacher asks whether students can do internships", [
    ("lehrer", "2021-11-08 15:30", "Hallo Herr Irle, letztes Jahr waren zwei unserer Schüler bei "
     "Ihnen im Praktikum und total begeistert. Hätten Sie im Februar wieder Plätze frei?"),
    ("me", "2021-11-08 16:45", "Hallo Frau Stein, gern wieder zwei, gern auch eine Schülerin. "
     "Melden Sie sich bei Frau Lück."),
])
G("old_colleague_mixed", "former welder now in Dubai, banter switching German and English", [
    ("ehemalig", "2020-12-24 09:00", "Frohe Weihnachten aus Dubai, Jörg! 28 degrees here, no snow, "
     "I miss the Siegerland Nieselregen. Grüß die Jungs in der Halle!"),
    ("me", "2020-12-24 10:15", "Frohe Weihnachten Holger! Hier 2 Grad und Nebel, you're not missing "
     "anything. Wann kommst du mal wieder heim?"),
    ("ehemalig", "2020-12-24 10:20", "Summer 2021 hopefully. Dann gibt's Krönchen-Bier!"),
], lang="mixed")

# ================================================================ WANTED PITCHES (12)
W("fume_extraction_post", "extraction vendor references his post about welding fume in hall 2", [
    ("absaug", "2021-03-22 10:30", "Guten Tag Herr Irle, Sie hatten letzte Woche gepostet, dass in "
     "Halle 2 beim MAG-Schweißen an den großen Bindern die Punktabsaugung nicht hinterherkommt, "
     "weil die Teile zu lang sind. Genau dafür haben wir eine mitfahrende Brenner-Absaugung, die "
     "am Schweißbrenner sitzt – bei einem Stahlbauer in Olpe läuft das seit einem Jahr. Darf ich "
     "Ihnen ein Video und die Messwerte von dort schicken? Gern auch Vorführung bei Ihnen."),
    ("me", "2021-03-22 12:00", "Ja, schicken Sie mal. Und welcher Stahlbauer in Olpe?"),
    ("absaug", "2021-03-22 12:20", "Brüggemann – Herr Stracke dort ist gern bereit, mit Ihnen zu "
     "telefonieren."),
])
W("welding_robot_talk", "robot integrator refers to his talk at Stahlbautag", [
    ("robot", "2021-05-19 08:00", "Guten Morgen Herr Irle, danke fürs Vernetzen. Sie sagten in "
     "Ihrem Vortrag, dass Sie keinen Roboter für Großserien brauchen, sondern einen, der "
     "Kopfplatten und Steifen an Einzelträgern schweißt, ohne dass jemand einen Tag programmiert. "
     "Wir lesen dafür das Tekla-Modell direkt ein; programmiert wird nichts. Eine Anlage läuft "
     "bei einem Hallenbauer in Hessen. Hätten Sie Interesse an einem Besuch dort?"),
    ("me", "2021-05-19 09:30", "Das klingt erstmal zu gut. Aber ein Besuch schadet nicht. Juni?"),
])
W("gratings_site_visited", "gratings supplier looked at their reference projects", [
    ("rost", "2020-09-15 14:00", "Sehr geehrter Herr Irle, ich habe mir Ihre Referenzen auf der "
     "Website angeschaut – bei fast jeder Halle sind Bühnen und Treppen mit Pressrosten dabei, "
     "offenbar von unterschiedlichen Lieferanten. Wir fertigen Pressroste in Kreuztal, also 15 "
     "km von Ihnen, mit Lieferung in 5 Arbeitstagen und Zuschnitt nach Ihrer Stückliste. Einen "
     "Rahmenpreis für Ihre typischen Maße biete ich Ihnen gern an."),
])
W("heavy_transport_press", "heavy-haul firm references the A45 bridge closure", [
    ("spedi", "2021-12-08 11:00", "Guten Tag Herr Irle, seit der Sperrung der Rahmedetalbrücke "
     "stehen viele Betriebe im Siegerland mit langen Teilen vor dem Problem mit den Genehmigungen. "
     "Wir haben für Überlängen bis 30 m bereits genehmigte Umleitungsrouten Richtung Ruhrgebiet "
     "und Sauerland und können kurzfristig fahren. Falls Ihre Lüdenscheid-Lieferungen betroffen "
     "sind: Ich schicke Ihnen gern die Routen und Preise."),
    ("me", "2021-12-08 11:30", "Sind sie. Bitte schicken, dringend."),
])
W("detailer_mutual_contact", "freelance Tekla detailer referred by their Kreuztal partner", [
    ("tekla", "2021-02-01 17:00", "Hallo Herr Irle, Andreas Büdenbender meinte, Sie suchen "
     "kurzfristig Unterstützung in der Werkstattplanung für die Brücke und die Halle Wenden. Ich "
     "bin freiberuflicher Tekla-Konstrukteur, 12 Jahre Erfahrung, EXC3-Projekte, und hätte ab "
     "März ca. 25 Stunden die Woche frei. Gern schicke ich Referenzen."),
    ("me", "2021-02-01 18:10", "Hallo Herr Oerter, Andreas hat Sie schon angekündigt. Rufen Sie "
     "mich morgen an?"),
])
W("coating_tender_award", "coating subcontractor references the public award notice", [
    ("beschicht", "2021-04-28 09:45", "Sehr geehrter Herr Irle, laut Vergabebekanntmachung haben "
     "Sie mit Büdenbender den Zuschlag für die Fußgängerbrücke Kreuztal erhalten – Glückwunsch! "
     "Das LV fordert ein Duplexsystem nach ZTV-ING mit Korrosivität C4. Wir sind für ZTV-ING "
     "zugelassen und haben Kapazität im Juli/August. Darf ich Ihnen ein Angebot machen?"),
    ("me", "2021-04-28 10:30", "Ja, gern. LV-Position 04 schicke ich Ihnen."),
])
W("erp_interface_tools", "software firm knows their Tekla + StahlPlan setup from a job ad", [
    ("schnitt", "2021-07-06 10:00", "Guten Tag Herr Irle, in Ihrer Stellenanzeige für die "
     "Arbeitsvorbereitung steht 'Übertragung der Stücklisten aus Tekla in StahlPlan'. Wenn das "
     "heißt, dass jemand die Listen von Hand abtippt: Wir haben eine Schnittstelle "
     "genau für diese Kombination gebaut, die bei drei Stahlbauern läuft. Ich zeige Ihnen das "
     "gern in 30 Minuten an Ihren eigenen Daten."),
    ("me", "2021-07-06 11:00", "Genau so ist es leider. Nächste Woche Dienstag?"),
])
W("executive_search_relevant", "headhunter with a relevant technical MD role in steel construction", [
    ("headh2", "2021-10-12 18:30", "Sehr geehrter Herr Irle, vertraulich: Ein familiengeführter "
     "Stahl- und Brückenbauer in Nordhessen (ca. 400 MA) sucht einen Geschäftsführer Technik. "
     "Ihr Werdegang – Werksleitung, EXC3, der Aufbau der Brückensparte – passt sehr genau. Ich "
     "weiß, dass Sie fest im Siegerland verwurzelt sind; der Standort ist 1 h 10 entfernt. Darf "
     "ich Ihnen das Profil schicken?"),
    ("me", "2021-10-13 07:20", "Danke, aktuell nicht. Aber schicken Sie's ruhig, ich lese es."),
])
W("energy_audit_specific", "energy consultant names their energy audit obligation and roof area", [
    ("energie", "2021-06-01 14:15", "Guten Tag Herr Irle, Weißtal Stahlbau ist mit rund 280 "
     "Mitarbeitern kein KMU im Sinne des EDL-G, d. h. das Energieaudit nach DIN EN 16247 ist bis "
     "Dezember fällig (vier Jahre nach dem letzten, laut BAFA-Liste 2017). Ich bin BAFA-"
     "gelisteter Auditor aus Netphen und würde dabei auch die 9.000 m² Dachfläche von Halle 3 "
     "für PV bewerten. Kurzes Angebot gefällig?"),
    ("me", "2021-06-01 15:40", "Stimmt, das Audit hatte ich verdrängt. Ja, bitte Angebot."),
])
W("welder_training_post", "welding school offers in-house re-qualification after his post", [
    ("dvs", "2021-06-10 09:00", "Hallo Herr Irle, Sie schrieben, dass Sie zwölf Schweißer für die "
     "Verlängerung nach ISO 9606 nach Dortmund schicken müssten. Wir können die Prüfungen bei "
     "Ihnen im Werk abnehmen, an Ihren eigenen Geräten, zwei Tage im August. Kosten pro "
     "Schweißer wie im Haus, Fahrtkosten entfallen."),
    ("me", "2021-06-10 10:15", "Sehr gut, das spart uns zwei Tage Ausfall. Bitte Termine vorschlagen."),
])
W("bolt_verification_en", "English vendor references his post about a bolt torque audit finding", [
    ("bolt", "2021-09-27 10:00", "Hi Jörg, apologies for writing in English. You posted that the "
     "auditor flagged missing torque records for preloaded bolts on site. Our wireless torque "
     "wrench logs every bolt with time and position and exports a PDF for the EN 1090 file. "
     "Several German fabricators use it; I can arrange a loan unit for your next erection."),
], lang="en")
W("steel_stock_specific", "new steel service centre with stock in Kreuztal offers short lead times", [
    ("stahl2", "2021-06-07 13:00", "Guten Tag Herr Irle, Sie haben im Siegerland-Kurier gesagt, "
     "dass die Lieferzeiten für Träger gerade das größere Problem sind als der Preis. Wir haben "
     "in Kreuztal ein Lager mit IPE/HEA bis 600 eröffnet, Zuschnitt und Sägebohren inklusive, "
     "Lieferung in 48 Stunden. Als Zweitlieferant für Engpässe vielleicht interessant?"),
    ("me", "2021-06-07 14:00", "Als Zweitlieferant ja. Schicken Sie mir die Lagerliste."),
])

# ================================================================ JUNK (38)
J("generic_air_cleaner", "generic air purifier pitch, counterpart of the fume extraction offer", [
    ("j_luft", "2021-04-06 08:00", "Hallo Herr Irle, saubere Luft steigert die Produktivität um bis "
     "zu 15 %! Unsere Luftreiniger eignen sich für Büros, Praxen und Werkstätten. Jetzt mit 20 % "
     "Einführungsrabatt – darf ich Ihnen ein Angebot senden?"),
])
J("generic_automation", "generic Industry 4.0 consulting, counterpart of the robot integrator", [
    ("j_robo", "2021-06-14 09:00", "Sehr geehrter Herr Irle, die Digitalisierung verändert die "
     "Industrie grundlegend. Mit unserem Industrie-4.0-Check identifizieren wir Ihre "
     "Potenziale in nur 2 Tagen. Wann passt Ihnen ein kurzes Kennenlerngespräch?"),
])
J("generic_cad_outsourcing", "CAD outsourcing pitch, counterpart of the referred detailer", [
    ("j_cad", "2021-02-22 05:30", "Dear Sir, we are a leading CAD outsourcing company with 200+ "
     "engineers providing drafting services at 60% lower cost. Services: AutoCAD, SolidWorks, "
     "Revit, BIM. Kindly share your requirement."),
], lang="en")
J("off_topic_wine", "wine subscription", [
    ("j_wein", "2020-11-23 10:00", "Hallo Jörg, Weihnachten steht vor der Tür! Überraschen Sie Ihre "
     "Kunden mit unseren Präsentkisten vom Weingut. Ab 50 Stück mit Firmenlogo. Katalog anbei!"),
])
J("off_topic_crypto", "crypto coaching", [
    ("j_krypto", "2021-05-11 21:30", "Hey Jörg! Wusstest du, dass 90 % der Unternehmer ihr Geld "
     "falsch anlegen? Ich zeige dir in einem kostenlosen Webinar, wie du mit Bitcoin passives "
     "Einkommen aufbaust. Bist du dabei?"),
])
J("off_topic_real_estate", "real estate investment", [
    ("j_immo", "2020-10-05 12:00", "Guten Tag Herr Irle, als Führungskraft zahlen Sie "
     "vermutlich zu viel Steuern. Mit einer Kapitalanlage-Immobilie in Leipzig sparen Sie "
     "bis zu 8.000 € im Jahr. Darf ich Ihnen unverbindlich ein Objekt vorstellen?"),
])
J("offer_what_he_sells", "Polish steel fabricator offers steel structures, what he sells himself", [
    ("j_pl", "2021-03-15 08:10", "Dear Mr. Irle, SteelPro Fabrication Poland offers steel "
     "structures, halls and platforms at very competitive prices, EN 1090 EXC2 certified. We "
     "deliver across Germany. Please send your inquiries for quotation."),
], lang="en")
J("capacity_for_new_clients", "asks if they have capacity for new orders, then sells order brokering", [
    ("j_kap", "2021-01-12 09:00", "Hallo Herr Irle, kurze Frage: Haben Sie aktuell Kapazitäten für "
     "neue Aufträge?"),
    ("j_kap", "2021-01-14 09:00", "Hintergrund: Über unsere Plattform erhalten Metallbauer jeden "
     "Monat qualifizierte Ausschreibungen. Die ersten 30 Tage sind kostenlos. Soll ich Sie "
     "freischalten?"),
])
J("like_minded_entrepreneurs", "connect as like-minded entrepreneurs", [
    ("j_gleich", "2020-08-03 19:00", "Hi Jörg, ich vernetze mich gern mit gleichgesinnten "
     "Unternehmern, die etwas bewegen wollen. Ich glaube, wir können uns gegenseitig "
     "inspirieren. Lass uns connecten! 🚀"),
])
J("quick_15_min_call", "asks for a quick 15-minute call", [
    ("j_15", "2021-08-17 10:30", "Hallo Herr Irle, hätten Sie diese Woche 15 Minuten für ein "
     "kurzes Gespräch? Ich bin sicher, dass wir Weißtal Stahlbau helfen können, Prozesse "
     "schlanker zu machen. Hier mein Kalenderlink."),
])
J("connect_then_pitch", "coach connects, small talk about snow, he answers, pitch in message 3", [
    ("j_ctp1", "2021-02-09 08:00", "Danke fürs Vernetzen, Jörg! Bei euch im Siegerland liegt "
     "bestimmt noch ordentlich Schnee, oder?"),
    ("me", "2021-02-09 12:30", "Ja, die Kalteiche war heute Morgen zu. Aber wir sind Schnee "
     "gewohnt."),
    ("j_ctp1", "2021-02-10 09:00", "Haha, echte Siegerländer! Übrigens: Ich begleite Führungskräfte "
     "dabei, mehr Klarheit und Fokus zu gewinnen. Mein 8-Wochen-Programm startet im März – "
     "wäre das was für dich?"),
])
J("connect_then_pitch", "financial adviser connects, no reply, pitch in message 2", [
    ("j_ctp2", "2020-10-13 07:30", "Guten Morgen Herr Irle, danke für die Annahme. Schönen Start "
     "in die Woche!"),
    ("j_ctp2", "2020-10-15 07:30", "Kurze Frage: Haben Sie Ihre Altersvorsorge als Führungskraft "
     "schon optimal aufgestellt? Viele verschenken hier Tausende Euro. 20 Minuten per Zoom?"),
])
J("connect_then_pitch", "English growth agency connects, asks a question, pitch in message 3", [
    ("j_ctp3", "2021-06-22 09:00", "Hi Jörg, thanks for connecting! What's the biggest challenge "
     "for your team this year?"),
    ("j_ctp3", "2021-06-24 09:00", "Just curious 🙂"),
    ("j_ctp3", "2021-06-28 09:00", "We help manufacturing companies generate 20+ qualified leads "
     "per month with LinkedIn automation. Open to seeing how?"),
], lang="en")
J("follow_up_bumps", "lead automation with three unanswered bumps", [
    ("j_bump1", "2021-03-01 08:00", "Hallo Herr Irle, wir helfen B2B-Unternehmen, ihren Vertrieb "
     "zu automatisieren. Interesse an einer Demo?"),
    ("j_bump1", "2021-03-08 08:00", "Hallo Herr Irle, ich wollte nur noch einmal nachhaken."),
    ("j_bump1", "2021-03-16 08:00", "Hallo Herr Irle, haben Sie meine Nachricht gesehen?"),
    ("j_bump1", "2021-03-25 08:00", "Letzter Versuch: Soll ich das Thema für Sie schließen?"),
])
J("follow_up_bumps", "trade fair stand builder bumping without reply", [
    ("j_bump2", "2020-01-20 11:00", "Guten Tag Herr Irle, planen Sie Ihren Messeauftritt für 2020? "
     "Wir bauen individuelle Messestände zum Festpreis."),
    ("j_bump2", "2020-02-03 11:00", "Ich melde mich noch einmal wegen Ihres Messestands."),
])
J("template_lead_gen", "acquisition template, sender 1 of 5", [
    ("t1", "2021-02-02 09:00", "Hallo Herr Irle, ich habe gesehen, dass Sie Werksleiter bei "
     "Weißtal Stahlbau sind. Wir haben bereits über 50 Industrieunternehmen dabei geholfen, "
     "jeden Monat 10-15 neue Anfragen zu generieren – ganz ohne Kaltakquise. Wären Sie offen für "
     "ein kurzes Gespräch?"),
])
J("template_lead_gen", "acquisition template, sender 2 of 5, reworded", [
    ("t2", "2021-03-23 10:15", "Guten Tag Herr Irle, wie ich sehe, leiten Sie das Werk von "
     "Weißtal Stahlbau. Wir haben schon mehr als 50 Industriebetrieben geholfen, monatlich 10 bis "
     "15 neue Kundenanfragen zu bekommen, ohne Kaltakquise. Hätten Sie Interesse an einem kurzen "
     "Austausch?"),
])
J("template_lead_gen", "acquisition template, sender 3 of 5, du-form", [
    ("t3", "2021-05-04 08:40", "Hi Jörg, hab gesehen, dass du Werksleiter bei Weißtal Stahlbau "
     "bist. Wir haben 50+ Industrieunternehmen geholfen, 10-15 neue Anfragen pro Monat zu "
     "bekommen – ohne Kaltakquise. Offen für nen kurzen Call?"),
])
J("template_lead_gen", "acquisition template, sender 4 of 5, with a bump", [
    ("t4", "2021-07-13 13:00", "Sehr geehrter Herr Irle, Sie sind als Werksleiter bei Weißtal "
     "Stahlbau tätig. Über 50 Industrieunternehmen erhalten durch uns bereits 10-15 neue "
     "Anfragen im Monat, ohne Kaltakquise. Darf ich Ihnen in einem kurzen Gespräch zeigen, wie?"),
    ("t4", "2021-07-20 13:00", "Sehr geehrter Herr Irle, ich erlaube mir, nochmals nachzufragen."),
])
J("template_lead_gen", "acquisition template, sender 5 of 5, in English", [
    ("t5", "2021-09-07 15:30", "Hi Jörg, I noticed you're Plant Manager at Weißtal Stahlbau. We've "
     "helped 50+ industrial companies generate 10-15 new inquiries every month - no cold calling. "
     "Would you be open to a short chat?"),
], lang="en")
J("merge_tag_failure", "unfilled {{Vorname}} merge tag", [
    ("m1", "2021-01-19 09:00", "Hallo {{Vorname}}, ich bin auf {{Firma}} aufmerksam geworden und "
     "finde Ihre Arbeit spannend. Wir entwickeln Websites, die verkaufen. Darf ich Ihnen ein paar "
     "Ideen schicken?"),
])
J("merge_tag_failure", "wrong salutation and wrong gender", [
    ("m2", "2021-04-27 11:00", "Sehr geehrte Frau Irle, für unseren Kunden, ein renommiertes "
     "Modeunternehmen, suchen wir eine Teamleitung Filialvertrieb. Ihr Profil passt hervorragend!"),
])
J("merge_tag_failure", "[Firma] placeholder left in", [
    ("m3", "2021-08-02 14:00", "Hallo Herr Irle, ich habe mir [Firma] angesehen und sehe großes "
     "Potenzial im Online-Marketing. Wir steigern Ihre Sichtbarkeit um 300 %. Wann können wir "
     "sprechen?"),
])
J("merge_tag_failure", "wrong company name (a bakery)", [
    ("m4", "2021-10-19 10:00", "Hallo Herr Irle, als Inhaber der Bäckerei Irle wissen Sie, wie "
     "wichtig Mitarbeiterbindung ist. Unser Benefit-Programm hilft Ihnen dabei. Kurz telefonieren?"),
])
J("sponsored_inmail", "sponsored InMail for machinery leasing", [
    ("sp1", "2021-03-10 12:00", "<p>Sehr geehrter Herr Irle,</p><p>investieren Sie jetzt in neue "
     "Maschinen &ndash; ohne Ihre Liquidität zu belasten. Leasing ab 0,99&nbsp;% für den "
     "Mittelstand.</p><p><a href=\"https://example.com/leasing\">Jetzt Angebot anfordern</a></p>"),
], title="Sponsored Conversation", subject="Maschinenleasing für den Mittelstand")
J("sponsored_inmail", "sponsored InMail for a cloud ERP", [
    ("sp2", "2021-08-24 12:00", "<p>Hi Jörg,</p><p>Is your ERP holding you back? CloudSuite "
     "connects production, finance &amp; sales in one place.</p><p>Watch the 5-minute demo.</p>"),
], title="Sponsored Conversation", subject="The ERP built for manufacturers", lang="en")
J("paid_award", "'top employer' award that costs a fee", [
    ("award", "2021-05-17 09:00", "Sehr geehrter Herr Irle, herzlichen Glückwunsch! Weißtal "
     "Stahlbau wurde für die Auszeichnung 'Top Arbeitgeber Mittelstand 2021' nominiert. Für das "
     "Siegel und die Nutzungsrechte fällt eine Lizenzgebühr von 2.490 € zzgl. MwSt. an. Bitte "
     "bestätigen Sie bis Monatsende."),
])
J("paid_feature", "advertorial in a regional business magazine for a fee", [
    ("advert", "2021-02-16 10:00", "Guten Tag Herr Irle, wir planen eine Sonderausgabe 'Starke "
     "Unternehmen aus Südwestfalen' und möchten Weißtal Stahlbau mit einem Porträt vorstellen. "
     "Das redaktionelle Porträt (1/1 Seite) kostet 1.850 € netto. Darf ich Sie einplanen?"),
])
J("fluent_generic_named", "polished transformation pitch naming his company, fits any firm", [
    ("fluent", "2021-09-21 09:30", "Sehr geehrter Herr Irle, Weißtal Stahlbau steht – wie viele "
     "traditionsreiche Mittelständler – vor der Aufgabe, Wachstum, Digitalisierung und "
     "Fachkräftesicherung gleichzeitig zu meistern. Mit unserem bewährten Transformationsansatz "
     "begleiten wir Unternehmen wie Weißtal Stahlbau von der Strategie bis zur Umsetzung. Ich "
     "würde mich freuen, Ihnen in einem persönlichen Gespräch unsere Erfahrungen vorzustellen."),
])
J("off_topic_supply_china", "Chinese supplier of random industrial goods", [
    ("china", "2020-06-08 03:00", "Dear Manager, we are manufacturer of PPE masks, gloves, LED "
     "lights and hardware tools. Best price and fast shipping. Please check our catalog."),
], lang="en")
J("irrelevant_recruiter", "recruiter with an unrelated sales role, counterpart of the executive search", [
    ("j_gen_rec", "2021-10-26 16:00", "Hallo Herr Irle, ich habe eine spannende Position als "
     "Vertriebsmitarbeiter Versicherungen im Außendienst für Sie! Top-Provision, Firmenwagen. "
     "Darf ich Sie anrufen?"),
])
J("generic_solar", "generic solar pitch, counterpart of the energy audit offer", [
    ("j_solar", "2021-06-15 11:00", "Hallo, Strompreise explodieren! Mit SonnenKraft sparen Sie bis "
     "zu 70 % Stromkosten. Kostenlose Beratung für Eigenheim und Gewerbe. Jetzt Termin sichern!"),
])
J("generic_seo", "generic SEO pitch", [
    ("j_seo", "2020-09-29 07:00", "Hallo Jörg, Ihre Website ist bei Google nicht auf Seite 1. Wir "
     "bringen Sie in 3 Monaten nach oben – garantiert! Kostenlose Analyse anfordern?"),
])
J("off_topic_office_supplies", "office supplies", [
    ("j_pv", "2020-12-07 10:00", "Guten Tag, Ihr Toner geht zur Neige? Bei uns erhalten Sie "
     "Bürobedarf und Druckerpatronen bis zu 40 % günstiger. Neukundenrabatt 10 %."),
])
J("generic_seminar", "generic leadership seminar, counterpart of the in-house welder training", [
    ("j_kurs", "2021-06-21 12:00", "Sehr geehrte Damen und Herren, entdecken Sie unser neues "
     "Seminarprogramm 2021: Zeitmanagement, Konfliktlösung, Excel für Fortgeschrittene. Jetzt "
     "Frühbucherrabatt sichern!"),
])
J("generic_steel_trader", "mass steel trading offer, counterpart of the local steel service centre", [
    ("j_stahl", "2021-04-20 06:45", "Dear Sir/Madam, we offer hot rolled coils, rebar, billets "
     "and scrap HMS 1/2 at best prices, CIF any port. Minimum order 5000 MT. Please send your "
     "LOI."),
], lang="en")
J("generic_leadership_coach", "generic mentoring offer for executives", [
    ("j_coach2", "2020-03-09 20:00", "Lieber Jörg, als Führungskraft trägst du viel Verantwortung. "
     "Aber wer kümmert sich um dich? In meinem Mentoring finden Manager zurück zu Energie und "
     "Freude. Lust auf ein kostenloses Erstgespräch?"),
])

J("generic_employer_video", "employer-branding video pitch that fits any company", [
    ("j_video", "2021-11-15 10:00", "Moin Herr Irle! Fachkräftemangel? Mit einem authentischen "
     "Recruiting-Video finden Sie die besten Talente – wir haben schon über 300 Unternehmen "
     "zu mehr Bewerbungen verholfen. Paketpreis ab 2.990 €. Kurzes Telefonat diese Woche?"),
])


if __name__ == "__main__":
    ex.write(HERE.parents[1] / SLUG,
             {"First Name": "Jörg", "Last Name": "Irle",
              "Headline": "Werksleiter bei Weißtal Stahlbau GmbH & Co. KG",
              "Summary": "Stahlbau aus dem Siegerland seit 1946: Hallen, Brücken, Bühnen. "
                         "Verantwortlich für Fertigung, Montage und Qualität (EN 1090 EXC3), "
                         "rund 280 Mitarbeitende. Glück auf!",
              "Industry": "Construction", "Geo Location": "Siegen, Nordrhein-Westfalen, Deutschland",
              "Websites": "https://weisstal-stahlbau.de"},
             [{"Company Name": "Weißtal Stahlbau GmbH & Co. KG", "Title": "Werksleiter",
               "Description": "Fertigung, Montage, Qualitätssicherung, Brückensparte.",
               "Location": "Siegen-Geisweid", "Started On": "Apr 2014", "Finished On": ""},
              {"Company Name": "Weißtal Stahlbau GmbH & Co. KG", "Title": "Fertigungsleiter",
               "Description": "", "Location": "Siegen-Geisweid", "Started On": "Jan 2008",
               "Finished On": "Mar 2014"},
              {"Company Name": "Universität Siegen", "Title": "Wissenschaftlicher Mitarbeiter",
               "Description": "Lehrstuhl Stahlbau", "Location": "Siegen", "Started On": "Oct 2004",
               "Finished On": "Dec 2007"}],
             ["Stahlbau", "EN 1090", "Schweißtechnik", "Produktionsleitung", "Brückenbau",
              "Lean Management", "Tekla Structures"])
    print(ex.summary())

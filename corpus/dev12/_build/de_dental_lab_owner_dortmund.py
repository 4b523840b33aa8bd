"""dev12 persona (written blind as heldout18, session 3) 2: Martina Wieczorek, Zahntechnikermeisterin and owner of Wieczorek
Dentaltechnik GmbH in Dortmund-Hörde (14 technicians). Mostly German with a few English
conversations, 2024 export layout. All message texts written by hand for this file.
Run: /work/main/.venv/bin/python corpus/dev12/_build/de_dental_lab_owner_dortmund.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-dental-lab-owner-dortmund"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Martina Wieczorek", "https://www.linkedin.com/in/martina-wieczorek-dental",
               "Wieczorek Dentaltechnik GmbH", "Inhaberin, Zahntechnikermeisterin")
x = Export(SLUG, "2024", owner)
p = x.person

# ---------------------------------------------------------------- people: genuine
p("yilmaz", "Emre Yilmaz", "Zahnarztpraxis Dr. Yilmaz, Aplerbeck", "Zahnarzt", connected="2015-09-14")
p("nowak", "Katrin Nowak", "Zahnarztpraxis Nowak (in Gründung)", "Zahnärztin")
p("zirkon", "Jörg Kampmann", "Zirkonia Werke Hagen", "Key Account Manager", connected="2017-03-02")
p("gold", "Heike Sundermann", "Rhein-Ruhr Edelmetall", "Außendienst Dental", connected="2012-05-20")
p("cad", "Timo Brandt", "Dentaris Software GmbH", "Customer Success", connected="2020-11-10")
p("lena", "Lena Szymanski", "", "Schülerin, Gesamtschule Hörde")
p("jessica", "Jessica Kaluza", "", "Zahntechnikerin (Gesellin)")
p("innung", "Werner Pohlmann", "Zahntechniker-Innung Ruhr-Westfalen", "Obermeister",
  connected="2011-02-08")
p("uwe", "Uwe Brzezinski", "Brzezinski Zahntechnik Bochum", "Inhaber", connected="2013-06-27")
p("headhunt", "Sandra Kowalewski", "Handwerk Personal Ruhr", "Personalberaterin",
  connected="2024-09-03", invite=("OUT", "2024-09-03 11:40",
                                  "Hallo Frau Kowalewski, Uwe Brzezinski hat Sie empfohlen."))
p("hake", "Christoph Hake", "Zahnarztpraxis am Westpark", "Zahnarzt", connected="2019-04-11")
p("demir", "Aylin Demir", "Praxis Dr. Demir & Kollegen, Lünen", "Zahnärztin", connected="2021-01-30")
p("ostendorf", "Frank Ostendorf", "Zahnarztpraxis Ostendorf, Castrop-Rauxel", "Zahnarzt",
  connected="2016-08-08")
p("brueggemann", "Heinz Brüggemann", "Zahnarztpraxis Brüggemann, Hörde", "Zahnarzt")
p("presse", "Nadine Wollmann", "Revierblatt", "Redakteurin Wirtschaft", connected="2022-10-05")
p("hwk", "Petra Lindemann", "Handwerkskammer", "Ausbildungsberaterin", connected="2018-09-19")
p("dirk", "Dirk Tomczak", "Tomczak Dental Design, Herne", "Zahntechnikermeister", connected="2009-07-01")
p("ofen", "Marc Albers", "Dentalhandel Albers", "Technik & Geräte", connected="2014-03-12")
p("kai", "Kai Reuter", "Reuter Implantatprothetik", "Zahntechniker", connected="2018-11-23")
p("lehrer", "Gabriele Funke", "Berufskolleg Dortmund", "Fachlehrerin Zahntechnik",
  connected="2019-08-15")
p("frieda", "Frieda Schulte", "", "Rentnerin")
p("vries", "Maarten de Vries", "Tandartspraktijk De Vries, Enschede", "Tandarts")
p("nordic", "Elin Bergqvist", "NordImplant Components AB", "Export Manager DACH",
  connected="2021-05-05")
p("rui", "Rui Carvalho", "", "Dental Technician")
p("kurier", "Sven Mrozek", "Mrozek Kurier & Dental-Logistik", "Geschäftsführer", connected="2016-01-18")
p("huelsmann", "Bernd Hülsmann", "Zahnarztpraxis Hülsmann", "Zahnarzt", connected="2017-05-29")
p("andrea", "Andrea Küpper", "Dentalfachhandel Westfalen", "Gebietsleitung", connected="2010-10-10")
p("mehmet", "Mehmet Aksoy", "Wieczorek Dentaltechnik GmbH", "Zahntechniker CAD/CAM",
  connected="2020-02-03")
p("klinik", "Dr. Johannes Terhorst", "Universitätszahnklinik Westfalen", "Oberarzt Prothetik",
  connected="2023-06-12")
p("vertreter", "Ralf Niemeyer", "Vita-Line Dentalkeramik", "Fachberater", connected="2015-02-17")
p("reinhold", "Reinhold Wieczorek", "", "Zahntechnikermeister i.R.", connected="2012-01-03")
p("mvz", "Sabrina Lorenz", "MVZ Zahngesundheit Dortmund-Mitte", "Einkauf & Organisation")
p("svenja", "Svenja Pawlak", "Dentallabor Zürichsee AG", "Zahntechnikerin", connected="2019-07-01")
p("kerstin", "Kerstin Lüdtke", "Praxis Dr. Lüdtke", "Zahnärztin", connected="2020-06-06")
p("obi", "Olaf Bieling", "Zahnarztpraxis Bieling, Hombruch", "Zahnarzt", connected="2022-03-14")

# ---------------------------------------------------------------- people: wanted pitches
p("laborpilot", "Stefanie Rauch", "LaborPilot", "Vertrieb Dentallabore")
p("resin", "Tobias Engel", "Engel Dental Resins", "Anwendungstechnik")
p("webagentur", "Jannik Sobotta", "Sobotta Webdesign", "Inhaber")
p("cadrecruit", "Laura Fiedler", "Dentis Talent", "Recruiterin Zahntechnik")
p("foto", "Philipp Haarmann", "Haarmann Dentalfotografie", "Fotograf")
p("camfix", "Andreas Vollmer", "", "Freiberuflicher CAD/CAM-Techniker")
p("scheide", "Claudia Renner", "Westfalen Scheidegut", "Beraterin Recycling")
p("foerder", "Oliver Brandes", "Brandes Fördermittelberatung", "Berater Handwerk")
p("farbe", "Nina Petersen", "ShadeLab Dental", "Produktspezialistin")
p("azubi", "Leon Krämer", "Azubiwerk Social", "Gründer")
p("overnight", "Sanne Jansen", "NightShift Dental Design B.V.", "Account Manager")
p("zirk2", "Michael Freitag", "Sauerland Zirkon", "Vertrieb")

# ---------------------------------------------------------------- people: junk
p("t1", "Patrick Lenz", "Umsatzwerk Handwerk", "Wachstumsberater")
p("t2", "Jana Wolters", "Meisterbetrieb Plus", "Business Coach")
p("t3", "Kevin Schröder", "Handwerk Digital Boost", "Gründer")
p("t4", "Tom Becker-Hansen", "AuftragsMagnet", "Vertrieb")
p("t5", "Ryan Mitchell", "TradeGrowth Partners", "Growth Advisor")
p("m1", "Sebastian Krug", "Krug Marketing", "Performance Marketing")
p("m2", "Melanie Hoff", "Praxis-Recruiting 24", "Recruiting-Beraterin")
p("m3", "Dennis Ahrens", "Ahrens Versicherungsmakler", "Makler")
p("m4", "Yvonne Berg", "Patientenstrom GmbH", "Kundenberaterin")
p("s1", "FlottenLeasing Direkt", "", "", url="https://www.linkedin.com/company/flottenleasing-direkt")
p("s2", "SkillBridge Academy", "", "", url="https://www.linkedin.com/company/skillbridge-academy")
p("award", "Vanessa Roth", "Deutscher Handwerksqualitätspreis", "Projektleitung")
p("tv", "Marco Steiner", "Handwerk im Fokus TV", "Redaktion")
p("podcast", "Lisa-Marie Kuhn", "Chefsache Podcast", "Host")
p("istanbul", "Burak Tas", "Bosporus Dental Lab", "International Sales")
p("kapaz", "Florian Heck", "Dental-Leads NRW", "Partnermanager")
p("gleich", "Marvin Otte", "", "Unternehmer | Investor | Mentor",
  connected="2025-02-10", invite=("IN", "2025-02-10 19:02",
                                  "Hallo Martina, lass uns als gleichgesinnte Unternehmer vernetzen!"))
p("call15", "Nico Hartwig", "ProzessPro", "Berater")
p("ctp1", "Sarah Engels", "Klarblick Coaching", "Führungskräftecoach",
  connected="2024-11-04", invite=("IN", "2024-11-04 08:15",
                                  "Hallo Frau Wieczorek, ich vernetze mich gern mit Unternehmerinnen aus dem Ruhrgebiet."))
p("ctp2", "Henrik Lange", "Lange Energieberatung", "Energieberater",
  connected="2025-01-20", invite=("IN", "2025-01-20 13:30", ""))
p("ctp3", "Daniel Moser", "", "Vertriebsprofi | Dental",
  connected="2025-03-03", invite=("IN", "2025-03-03 10:05", "Hi Martina, spannendes Profil!"))
p("ctp4", "Carina Vogel", "Teamspirit Events", "Inhaberin",
  connected="2024-10-14", invite=("IN", "2024-10-14 17:20",
                                  "Hallo Martina, wir haben einige gemeinsame Kontakte - würde mich freuen!"))
p("flu1", "Alexander Graf", "Graf Consulting", "Unternehmensberater")
p("flu2", "Julia Neumann", "Markenwerk Digital", "Strategin")
p("gsoft", "Ben Krause", "DentOrga Cloud", "Sales")
p("gweb", "Marcel Vogt", "Webmeister24", "Kundenberater")
p("grec", "Tanja Weiß", "Personalvermittlung Schnell & Gut", "Recruiterin")
p("gprint", "Holger Seidel", "3D-Druck-Zentrum Mitte", "Vertrieb")
p("gfoer", "Rainer Baum", "Fördergeld Express", "Fördermittelexperte")
p("gzirk", "Igor Petrov", "EuroZirkon Trading", "Sales Manager")
p("pv", "Lukas Hennig", "SonnenDach Ruhr", "Energieberater")
p("kaffee", "Sabrina Kolb", "Bürogenuss", "Vertrieb Gastro & Büro")
p("trade", "Max Wendler", "", "Trader | Finanzielle Freiheit")
p("bu", "Gregor Stahl", "Stahl Finanzplanung", "Finanzberater")
p("bewert", "Emily Schulz", "TopRating Agentur", "Kundenbetreuung")
p("vers", "Jan-Ole Petersen", "Direktvertrieb Nord", "Recruiting")
p("webinar", "Steffen Kraft", "LinkedIn Umsatz Akademie", "Gründer")
p("dsgvo", "Nils Hartung", "DatenSicher Consulting", "Externer Datenschutzbeauftragter")

c = x.conv

# ================================================================= GENUINE (35)
c("genuine", "client_quote_request", "de", "langjähriger Zahnarzt fragt Kostenvoranschlag an", [
    ("yilmaz", "2025-03-11 12:40", "Hallo Martina, ich bräuchte einen KV für eine Patientin: 16-14 "
     "Brücke Zirkon vollanatomisch und 21, 22 Einzelkronen, verblendet. Privatpatientin, sie will "
     "es schriftlich fürs Erstattungsthema. Scan schick ich heut Nachmittag übers Portal."),
    ("me", "2025-03-11 13:15", "Hallo Emre, kriegst du bis morgen früh. Für 21/22 verblendet würde "
     "ich dir eher Lithiumdisilikat empfehlen, Farbe wird bei der Patientin sonst schwierig. Mach ich "
     "dir als Alternative mit drauf."),
    ("yilmaz", "2025-03-11 13:18", "Top, danke dir. Grüß die Truppe!"),
    ("me", "2025-03-12 07:55", "KV ist raus per Mail: Variante Zirkon 1.842,60 €, Variante "
     "Lithiumdisilikat 1.966,20 € inkl. Material. Sag Bescheid."),
])
c("genuine", "inbound_buyer", "de", "neue Praxis sucht Labor, fragt Preisliste und Abholservice", [
    ("nowak", "2025-01-22 20:05", "Sehr geehrte Frau Wieczorek, ich eröffne im April eine Praxis in "
     "Schwerte (Übernahme von Dr. Heitkamp) und suche ein Labor in der Nähe. Eine Kollegin hat Sie "
     "empfohlen. Könnten Sie mir Ihre Preisliste schicken und sagen, ob Sie bis Schwerte abholen? "
     "Wir scannen intraoral, ca. 60 % der Arbeiten wären Kronen/Brücken."),
    ("me", "2025-01-23 08:30", "Guten Morgen Frau Dr. Nowak, herzlichen Glückwunsch zur Praxis! "
     "Preisliste schicke ich Ihnen per Mail. Schwerte fahren wir täglich an (Abholung bis 11 Uhr). "
     "Gern komme ich mal mit unserer CAD-Kollegin vorbei und wir stimmen den Scan-Workflow ab."),
    ("nowak", "2025-01-23 12:10", "Sehr gern, passt Ihnen der 6. Februar?"),
    ("me", "2025-01-23 12:40", "6.2. passt, ich bringe Farbmuster mit."),
])
c("genuine", "vendor_price_change", "de", "bestehender Zirkonlieferant kündigt Preiserhöhung an", [
    ("zirkon", "2024-11-18 09:20", "Hallo Frau Wieczorek, wie schon telefonisch angedeutet: Zum "
     "1. Januar passen wir die Preise für die Multilayer-Ronden um 6,5 % an. Ihre Rahmenvereinbarung "
     "bis Ende Februar gilt natürlich weiter. Wenn Sie vorher noch einen Vorrat ordern wollen, sagen "
     "Sie mir gern bis zum 15.12. Bescheid."),
    ("me", "2024-11-18 10:05", "Hallo Herr Kampmann, danke für die Vorwarnung. Ich nehme noch 40 "
     "Ronden 98x14 A2/A3 zum alten Preis, Bestellung kommt heute."),
    ("zirkon", "2024-11-18 10:12", "Notiert, danke!"),
])
c("genuine", "vendor_pricing", "de", "Edelmetallhändlerin, Legierungspreise und Termin", [
    ("me", "2025-02-04 15:10", "Hallo Heike, wat macht der Goldpreis mit uns diese Woche? Ich hab "
     "zwei Teleskoparbeiten reinbekommen und muss den Zahnärzten was sagen."),
    ("gold", "2025-02-04 15:40", "Hallo Martina, schlimm ist's. Die hochgoldhaltige liegt heute bei "
     "knapp 78 € das Gramm, Tendenz rauf. Ich würd den Praxen sagen, Tagespreis bei Lieferung. Komm "
     "Donnerstag eh vorbei, dann reden wir über die Scheidgutabrechnung."),
    ("me", "2025-02-04 15:42", "Alles klar. Kaffee steht bereit."),
])
c("genuine", "vendor_price_change", "de", "CAD-Software-Hersteller: Lizenzverlängerung und neuer "
  "Preis", [
    ("cad", "2024-12-02 11:00", "Hallo Frau Wieczorek, Ihre drei Dentaris-Lizenzen laufen am 31.01. "
     "aus. Ab 2025 kostet das Wartungspaket 1.190 € statt 1.090 € pro Platz und Jahr, dafür ist das "
     "Modul für Aufbissschienen jetzt enthalten. Soll ich das Angebot wie gehabt vorbereiten?"),
    ("me", "2024-12-02 11:45", "Hallo Herr Brandt, ja bitte, und rechnen Sie mir einen vierten Platz "
     "mit ein. Wir stellen im Frühjahr noch jemanden ein."),
    ("cad", "2024-12-02 12:30", "Mache ich, Angebot kommt bis Freitag."),
])
c("genuine", "applicant_apprentice", "de", "Schülerin bewirbt sich um Ausbildungsplatz", [
    ("lena", "2025-03-25 17:44", "Hallo Frau Wieczorek, ich hab im Herbst mein Praktikum bei Ihnen "
     "gemacht (bei Herrn Aksoy in der Keramik). Ich wollte fragen ob der Ausbildungsplatz ab August "
     "noch frei ist? Meine Bewerbung hab ich per Mail geschickt. Ich hätte wirklich große Lust!! "
     "Viele Grüße Lena Szymanski"),
    ("me", "2025-03-25 19:20", "Hallo Lena, schön von dir zu hören! Ja, der Platz ist noch frei und "
     "Mehmet hat nur Gutes erzählt. Komm doch nächsten Mittwoch um 15 Uhr vorbei, dann reden wir."),
    ("lena", "2025-03-25 19:22", "Ja super, ich komme!! Danke"),
])
c("genuine", "applicant", "de", "Gesellin bewirbt sich", [
    ("jessica", "2025-02-17 21:30", "Guten Abend Frau Wieczorek, ich habe gesehen, dass Sie eine "
     "Zahntechnikerin für CAD/CAM suchen. Ich arbeite seit 4 Jahren in einem Labor in Gelsenkirchen, "
     "hauptsächlich Dentaris und Fräsen, und möchte mich gern verändern (kürzerer Arbeitsweg, ich "
     "wohne in Hörde). Darf ich Ihnen meine Unterlagen schicken?"),
    ("me", "2025-02-18 07:50", "Guten Morgen Frau Kaluza, sehr gerne! An bewerbung@wieczorek-dental.de. "
     "Probearbeiten wäre auch jederzeit möglich."),
])
c("genuine", "guild_invitation", "de", "Innung: Einladung zur Versammlung und Prüfungsausschuss", [
    ("innung", "2025-03-05 10:15", "Liebe Martina, Glück auf! Die Innungsversammlung ist am 2. April "
     "um 18 Uhr im Haus des Handwerks. Wir brauchen dich außerdem wieder im Prüfungsausschuss für die "
     "Gesellenprüfung im Sommer, 12. bis 14. Juni. Kann ich mit dir rechnen?"),
    ("me", "2025-03-05 12:00", "Glück auf Werner! Versammlung ja, Prüfung auch, aber am 14. nur bis "
     "Mittag."),
    ("innung", "2025-03-05 12:04", "Reicht völlig. Danke dir!"),
])
c("genuine", "peer_joint_offer", "de", "befreundeter Laborinhaber schlägt gemeinsames Angebot für "
  "ein MVZ vor", [
    ("uwe", "2025-01-14 18:55", "Martina, hör ma. Das MVZ in Dortmund-Mitte schreibt die "
     "Laborleistungen neu aus, die wollen einen Partner für alles, auch Implantatstege und "
     "Totalprothetik. Allein schafft das keiner von uns. Wat hältst du davon, wenn wir zusammen "
     "anbieten? Du machst Kronen/Brücken/Zirkon, ich Stege und Kombi. Preise stimmen wir ab."),
    ("me", "2025-01-14 19:30", "Uwe, genau daran hab ich auch schon gedacht. Lass uns nächste Woche "
     "zusammensetzen. Frist ist der 28.?"),
    ("uwe", "2025-01-14 19:32", "28. Februar. Dienstag bei mir in Bochum? Ich mach Kaffee, du bringst "
     "Teilchen."),
    ("me", "2025-01-14 19:33", "Deal."),
])
c("genuine", "recruiter_engaged", "de", "Personalberaterin, die die Inhaberin beauftragt hat; "
  "Inhaberin hat angefangen", [
    ("me", "2024-09-03 11:50", "Hallo Frau Kowalewski, danke fürs Vernetzen. Wir suchen dringend "
     "eine/n Zahntechniker/in mit CAD-Erfahrung, Vollzeit, gern auch Meister. Was würde eine Suche bei "
     "Ihnen kosten?"),
    ("headhunt", "2024-09-04 09:10", "Hallo Frau Wieczorek, gern! Wir arbeiten erfolgsbasiert: 18 % "
     "des Jahresbruttos, fällig bei Arbeitsbeginn, mit 3 Monaten Nachbesetzungsgarantie. Ich schicke "
     "Ihnen den Vertrag."),
    ("headhunt", "2024-10-21 14:30", "Kurzes Update: zwei Kandidaten, einer aus Unna (Dentaris, 6 "
     "Jahre), eine aus Essen (Meisterin, sucht Teilzeit 30 h). Profile per Mail. Gespräche nächste "
     "Woche möglich?"),
    ("me", "2024-10-21 15:00", "Super, beide gern. Dienstag oder Donnerstag nachmittags."),
])
c("genuine", "thank_you_after_event", "de", "Dank nach Fortbildungsabend im Labor (1 von 3, fast "
  "gleich)", [
    ("hake", "2025-02-27 08:12", "Liebe Frau Wieczorek, vielen Dank für den tollen Abend gestern! "
     "Die Demo zur digitalen Totalprothese war super, und die Frikadellen auch. Gern wieder!"),
    ("me", "2025-02-27 09:00", "Danke Ihnen fürs Kommen, Herr Hake!"),
])
c("genuine", "thank_you_after_event", "de", "Dank nach Fortbildungsabend (2 von 3, fast gleich)", [
    ("demir", "2025-02-27 09:40", "Liebe Frau Wieczorek, vielen Dank für den tollen Abend gestern! "
     "Die Demo zur digitalen Totalprothese war sehr spannend, wir probieren das bald mal aus."),
])
c("genuine", "thank_you_after_event", "de", "Dank nach Fortbildungsabend (3 von 3, fast gleich)", [
    ("ostendorf", "2025-02-27 12:25", "Hallo Frau Wieczorek, danke für den tollen Abend gestern! "
     "Digitale Totalprothese hat mich überzeugt. Ich schick Ihnen nächste Woche den ersten Fall."),
    ("me", "2025-02-27 13:10", "Das freut mich, Herr Ostendorf! Wir kümmern uns."),
])
c("genuine", "client_complaint", "de", "älterer Zahnarzt, neues Konto, Reklamation Farbe; im "
  "Spam-Ordner gelandet", [
    ("brueggemann", "2025-01-08 17:20", "Frau Wieczorek, meine Tochter hat mir dieses LinkedIn "
     "eingerichtet, das Telefon war bei Ihnen besetzt. Die Krone 11 für Frau K. ist zu hell, sieht man "
     "schon auf zwei Meter. Patientin kommt Freitag wieder. Können Sie das bis dahin machen? "
     "Brüggemann"),
    ("me", "2025-01-13 08:05", "Lieber Herr Dr. Brüggemann, entschuldigen Sie bitte, Ihre Nachricht "
     "ist in einem Ordner gelandet, den ich kaum sehe. Ich rufe Sie gleich an - wir machen die Krone "
     "natürlich neu, ich komme zur Farbnahme gern selbst in die Praxis."),
    ("brueggemann", "2025-01-13 09:30", "Gut. Dienstag 8 Uhr."),
], folder="SPAM")
c("genuine", "journalist", "de", "Journalistin, Fachkräftemangel im Handwerk", [
    ("presse", "2024-10-08 14:00", "Hallo Frau Wieczorek, wir machen eine Serie zum Fachkräftemangel "
     "im Handwerk im Revier. Hätten Sie Lust, dass wir Sie im Labor besuchen, mit Fotograf, so 1,5 "
     "Stunden? Es geht vor allem um Ausbildung und Digitalisierung."),
    ("me", "2024-10-08 16:20", "Hallo Frau Wollmann, gern! Am besten vormittags, dann ist Betrieb. "
     "Wie wär's mit dem 17.10. um 10?"),
    ("presse", "2024-10-08 16:45", "Passt, bis dann!"),
])
c("genuine", "chamber_training", "de", "Handwerkskammer, Ausbildungsvertrag", [
    ("hwk", "2025-04-02 09:30", "Hallo Frau Wieczorek, für den neuen Ausbildungsvertrag von Frau "
     "Szymanski fehlt uns noch die Unterschrift der Erziehungsberechtigten auf Seite 3. Können Sie das "
     "nachreichen?"),
    ("me", "2025-04-02 10:15", "Mach ich, liegt bis Freitag bei Ihnen."),
])
c("genuine", "old_friend", "de", "Meisterschul-Kollege, langjährig, BVB", [
    ("dirk", "2025-03-16 22:10", "Na Tina, gestern Stadion gewesen? Ich sach nix. Ich sach NIX. Aber "
     "wir müssen mal wieder ein Bier trinken, ist ewig her. Wie läuft der Laden?"),
    ("me", "2025-03-17 07:30", "Frag nich. Laden läuft, zu viel Arbeit, zu wenig Leute, wie immer. "
     "Bier gerne - Freitag in der Bude am Phoenixsee?"),
    ("dirk", "2025-03-17 07:45", "Freitag 19 Uhr. Ich bring Heike mit."),
])
c("genuine", "owner_quote_request", "de", "Inhaberin fragt Angebot für Sinterofen an", [
    ("me", "2024-10-29 16:00", "Hallo Marc, ich bräuchte ein Angebot für einen zweiten Sinterofen, "
     "Speed-Sinterung, am liebsten dasselbe Modell wie der alte. Und was gibst du mir für den alten "
     "in Zahlung?"),
    ("ofen", "2024-10-30 10:20", "Hallo Martina, der gleiche Ofen liegt aktuell bei 14.900 € netto, "
     "ich kann dir 12 % geben, Messepreis läuft noch. Für den alten (Bj. 2016?) 1.500 € Inzahlungnahme. "
     "Lieferung KW 48 möglich."),
    ("me", "2024-10-30 11:00", "Klingt fair. Schick mir das schriftlich, ich red mit meinem Steuerberater."),
])
c("genuine", "peer_question", "de", "Inhaberin fragt befreundeten Techniker nach Scanbody-"
  "Bibliothek", [
    ("me", "2024-12-10 13:05", "Hi Kai, hast du die Scanbody-Bibliothek für das neue Implantatsystem "
     "von Dr. Hake? Der Hersteller zickt rum."),
    ("kai", "2024-12-10 13:40", "Moin! Ja, hab ich, schick dir den Link. Aber Vorsicht, die v2 hat "
     "einen falschen Versatz bei 4.1er Plattform, nimm v3."),
    ("me", "2024-12-10 13:42", "Du bist Gold wert. Danke!!"),
])
c("genuine", "school_teacher", "de", "Berufsschullehrerin zu einem Azubi", [
    ("lehrer", "2024-11-26 15:15", "Hallo Frau Wieczorek, kurze Rückmeldung zu Tim: Er hat in den "
     "letzten drei Wochen zweimal gefehlt und die Werkstoffkunde-Arbeit verhauen. Fachlich ist er "
     "gut, aber er braucht wohl etwas Rückenwind. Können wir mal telefonieren?"),
    ("me", "2024-11-26 16:30", "Danke Frau Funke, das wusste ich nicht. Gern morgen ab 14 Uhr."),
])
c("genuine", "inbound_buyer", "de", "Privatperson fragt Reparatur ihrer Prothese an", [
    ("frieda", "2025-01-27 10:05", "Guten Tag, meine Prothese oben ist gebrochen (beim Brötchen essen, "
     "ich schäme mich). Machen Sie auch für Privatleute eine Reparatur und was kostet das ungefähr? "
     "Mein Zahnarzt hat bis nächste Woche Urlaub. Mit freundlichen Grüßen, F. Schulte"),
    ("me", "2025-01-27 10:30", "Guten Tag Frau Schulte, das muss Ihnen nicht peinlich sein, das "
     "passiert öfter als man denkt. Ja, bringen Sie sie einfach vorbei (Hörder Bahnhofstraße). Eine "
     "einfache Bruchreparatur liegt bei ca. 60-80 €, meistens können Sie sie am selben Nachmittag "
     "wieder mitnehmen."),
    ("frieda", "2025-01-27 10:41", "Vielen Dank, dann komme ich heute noch. Das ist ja ein Segen."),
])
c("genuine", "inbound_buyer", "en", "Dutch dentist across the border wants to send cases, asks "
  "prices", [
    ("vries", "2025-02-10 11:25", "Dear Ms. Wieczorek, I run a practice in Enschede and I'm looking "
     "for a German lab for zirconia and implant work, our current lab is retiring. A colleague in "
     "Gronau recommended you. Do you accept international cases (we scan intraorally), and could you "
     "send me your price list in English or euro figures? Thank you!"),
    ("me", "2025-02-10 13:00", "Dear Dr. de Vries, thank you for reaching out! Yes, we work with two "
     "practices in the Netherlands already. I'll email our price list (in English) today. Pickup is "
     "twice a week by courier, or you can send the scans and we ship back by DHL Express."),
    ("vries", "2025-02-10 13:30", "Perfect. I'll send a first case next week."),
])
c("genuine", "vendor_price_change", "en", "existing Swedish implant component supplier raises "
  "prices", [
    ("nordic", "2024-12-09 10:00", "Hi Martina, I hope all is well in Dortmund! Please note that from "
     "February 1 our titanium bases will go from 42 to 46 EUR due to raw material costs. Orders placed "
     "before January 31 get the old price. Let me know if you'd like me to reserve stock."),
    ("me", "2024-12-09 11:15", "Hi Elin, thanks for letting me know. Please reserve 60 pieces, mixed "
     "platforms like last time. PO follows."),
])
c("genuine", "applicant", "en", "Portuguese dental technician applies in English", [
    ("rui", "2025-03-02 19:50", "Hello Mrs. Wieczorek, I am a dental technician from Porto with 7 "
     "years experience in ceramics and CAD. My German is B1 and I have a course starting in Dortmund. "
     "I saw your job post and would love to apply. Can I send CV in English?"),
    ("me", "2025-03-03 08:20", "Hello Rui, of course! Send it to bewerbung@wieczorek-dental.de. Our "
     "ceramist Mehmet speaks English too, so that's no problem for a trial day."),
    ("rui", "2025-03-03 08:45", "Thank you very much, I send today!"),
])
c("genuine", "vendor_price_change", "de", "Kurierdienst, Treibstoffzuschlag steigt", [
    ("kurier", "2025-01-06 08:00", "Moin Martina, frohes Neues! Ich muss leider die Tourpauschale "
     "anpassen, ab Februar 4,20 statt 3,80 pro Stopp. Maut und Sprit, du kennst das. Schwerte und "
     "Lünen bleiben wie besprochen täglich."),
    ("me", "2025-01-06 09:10", "Frohes Neues Sven! Geht klar. Aber dann will ich, dass Schwerte vor "
     "11 abgeholt wird, ab März kommt die neue Praxis dazu."),
    ("kurier", "2025-01-06 09:12", "Kriegen wa hin."),
])
c("genuine", "client_complaint", "de", "Zahnarzt: Biss zu hoch, Korrektur", [
    ("huelsmann", "2024-11-12 16:55", "Frau Wieczorek, die Brücke 34-36 war ca. 0,5 mm zu hoch, hab "
     "eingeschliffen, aber bei der nächsten bitte nochmal auf den Gegenbiss schauen. Ansonsten Farbe "
     "top."),
    ("me", "2024-11-12 17:30", "Danke für die Rückmeldung, Herr Hülsmann. Ich schau mir den Scan an, "
     "ich vermute der Bissregistrat-Scan war verschoben. Melde mich morgen."),
])
c("genuine", "congrats", "de", "Gratulation zum 25-jährigen Laborjubiläum", [
    ("andrea", "2024-09-20 12:00", "Liebe Martina, 25 Jahre Wieczorek Dentaltechnik!! Ich weiß noch, "
     "wie du mit zwei Leuten im Keller in der Hermannstraße angefangen hast. Herzlichen Glückwunsch, "
     "ich bin stolz, dich seitdem zu begleiten."),
    ("me", "2024-09-20 14:30", "Andrea, du bist ein Schatz. Kommst du zum Fest am 5.10.?"),
    ("andrea", "2024-09-20 14:35", "Klar!"),
])
c("genuine", "colleague", "de", "eigener Mitarbeiter fragt nach Fortbildung und Urlaub", [
    ("mehmet", "2025-02-20 18:30", "Chefin, darf ich im Mai zur Keramik-Fortbildung in Frankfurt (2 "
     "Tage)? Kostet 690 €. Und ich bräuchte die zweite Juliwoche Urlaub, Hochzeit von meinem Cousin."),
    ("me", "2025-02-20 19:10", "Fortbildung ja, zahlt der Laden. Urlaub trag ich ein. Wann lernst du "
     "den Tim eigentlich für die Keramik an?"),
    ("mehmet", "2025-02-20 19:12", "Ab März, versprochen."),
    ("me", "2025-02-20 19:20", "Und bitte denk an die Liste für die Keramikmassen, Niemeyer kommt "
     "Donnerstag."),
], drafts={3})
c("genuine", "research_collaboration", "de", "Uni-Zahnklinik fragt Kooperation für Studie", [
    ("klinik", "2025-03-19 10:40", "Sehr geehrte Frau Wieczorek, wir planen eine klinische Studie zu "
     "gedruckten Aufbissschienen (n=40) und suchen ein Praxislabor als Partner für die Herstellung. "
     "Vergütung nach BEB, Autorenschaft für Ihr Labor selbstverständlich. Hätten Sie Interesse an "
     "einem Gespräch?"),
    ("me", "2025-03-19 12:30", "Sehr geehrter Herr Dr. Terhorst, das klingt sehr interessant. Gern, "
     "nächste Woche Mittwoch oder Donnerstag?"),
])
c("genuine", "event_invitation", "de", "bekannter Keramik-Fachberater lädt zum Abendessen an der "
  "Messe ein", [
    ("vertreter", "2025-03-06 15:00", "Hallo Martina, wir machen am Messe-Donnerstag wieder das "
     "Kundenessen in Köln, diesmal im Brauhaus am Dom. Ihr kommt doch? Gern mit zwei Leuten aus dem "
     "Labor."),
    ("me", "2025-03-06 16:45", "Ralf, wir sind dabei, ich bring Mehmet und Jessica mit (falls die "
     "bis dahin bei uns anfängt)."),
])
c("genuine", "family_mentor", "de", "Inhaberin fragt ihren Onkel (Zahntechnikermeister i.R.) zur "
  "Nachfolge", [
    ("me", "2025-01-19 20:00", "Onkel Reinhold, hast du nächste Woche mal Zeit? Ich will mit dir über "
     "die Nachfolgefrage reden, ich bin ja auch nicht mehr 40. Und du hast das damals so gut geregelt."),
    ("reinhold", "2025-01-20 09:15", "Kind, für dich immer. Komm Sonntag zum Kaffee, Tante Gisela "
     "backt Streuselkuchen. Bring die Zahlen mit."),
])
c("genuine", "client_rush", "de", "Zahnarzt: Notfall-Reparatur am Freitag", [
    ("obi", "2025-04-04 11:50", "Frau Wieczorek, Notfall: Patient hat Interimsprothese kaputt, fliegt "
     "Samstag in Urlaub. Schaffen Sie das heute noch, wenn ich die bis 13 Uhr schicke? Zahle gern "
     "Expresszuschlag."),
    ("me", "2025-04-04 11:58", "Schicken Sie sie, bis 17 Uhr ist sie fertig. Express kostet 35 € extra."),
    ("obi", "2025-04-04 12:00", "Danke, Sie retten mir den Tag!"),
])
c("genuine", "client_contract", "de", "MVZ-Einkauf fragt Angebot für Rahmenvertrag an", [
    ("mvz", "2025-02-03 13:20", "Guten Tag Frau Wieczorek, wir bereiten die Ausschreibung unserer "
     "Laborleistungen vor (drei Standorte, ca. 900 Arbeiten/Jahr). Dürfen wir Sie zur Abgabe eines "
     "Angebots einladen? Unterlagen sende ich per Mail, Frist 28.02."),
    ("me", "2025-02-03 14:00", "Guten Tag Frau Lorenz, vielen Dank, sehr gern. Wir werden gemeinsam "
     "mit Brzezinski Zahntechnik Bochum anbieten, ist das in Ordnung?"),
    ("mvz", "2025-02-03 15:10", "Ja, Bietergemeinschaften sind ausdrücklich zulässig."),
])
c("genuine", "former_apprentice", "de", "ehemalige Azubine aus der Schweiz meldet sich", [
    ("svenja", "2024-12-23 19:00", "Hallo Martina! Frohe Weihnachten aus Zürich! Ich hab letzte Woche "
     "meine Meisterprüfung bestanden und musste sofort an dich denken, ohne dich hätt ich nie "
     "angefangen. Grüß alle, besonders Mehmet und seine schlechten Witze."),
    ("me", "2024-12-23 21:00", "Svenja!!! Ich bin so stolz auf dich. Frohe Weihnachten, und melde "
     "dich, wenn du mal wieder im Pott bist."),
])
c("genuine", "owner_price_notice", "de", "Inhaberin kündigt einer Praxis ihre eigene "
  "Preisanpassung an; Zahnärztin antwortet", [
    ("me", "2024-12-04 10:00", "Liebe Frau Dr. Lüdtke, vorab persönlich: Zum 1. Februar passen wir "
     "unsere Preise für Zirkon und Keramik um durchschnittlich 4 % an, Material und Löhne. Die neue "
     "Liste kommt mit der Dezemberrechnung. Bei Fragen rufen Sie mich jederzeit an."),
    ("kerstin", "2024-12-04 12:40", "Danke für die offene Info, Frau Wieczorek. Ist nachvollziehbar. "
     "Bleibt der Abholservice gleich?"),
    ("me", "2024-12-04 12:55", "Ja, der bleibt wie er ist."),
])

# ================================================================= WANTED PITCHES (12)
c("wanted_pitch", "lab_software", "de", "Hausaufgabe: ihr Beitrag über Zettelwirtschaft mit "
  "Auftragszetteln; konkrete Lösung", [
    ("laborpilot", "2025-02-12 09:30", "Hallo Frau Wieczorek, Ihr Beitrag letzte Woche über die "
     "'gelben Zettel, die durchs Labor wandern' hat mich zum Schmunzeln gebracht - und Sie schrieben, "
     "dass Ihnen allein im Januar drei Termine durchgerutscht sind, weil der Zettel beim Modellguss "
     "hing. Genau dafür ist LaborPilot gebaut: Auftrag kommt mit dem Scan aus dem Portal, jede Station "
     "hakt am Tablet ab, Terminampel auf dem Monitor. Es läuft in 14er-Laboren wie Ihrem für 189 € im "
     "Monat. Wenn Sie mögen, zeige ich es Ihnen mit einem echten Auftrag aus Ihrem Labor, 30 Minuten."),
    ("me", "2025-02-12 12:00", "Ha, das mit dem gelben Zettel stimmt leider. Läuft das auch mit "
     "Dentaris zusammen?"),
    ("laborpilot", "2025-02-12 12:20", "Ja, Dentaris-Export wird direkt eingelesen. Ich schicke Ihnen "
     "zwei Terminvorschläge."),
])
c("wanted_pitch", "3d_print_resin", "de", "Hausaufgabe: ihr Vortrag bei der Innung über gedruckte "
  "Modelle und Verzug", [
    ("resin", "2024-11-28 14:45", "Hallo Frau Wieczorek, ich war bei Ihrem Vortrag auf dem "
     "Innungsabend in Unna. Sie sagten, Ihre gedruckten Modelle verziehen sich, wenn sie länger als "
     "24 Stunden liegen, und Sie deshalb Stümpfe noch gipsen. Unser Modellharz ist genau auf dieses "
     "Problem hin entwickelt (Nachhärtung bei 60 °C, Formstabilität über 14 Tage gemessen). Ich "
     "würde Ihnen gern eine Flasche für Ihren Drucker schicken, kostenlos, und nach zwei Wochen "
     "zusammen nachmessen."),
    ("me", "2024-11-29 08:10", "Gern, schicken Sie. Wir drucken auf dem Resolux P2."),
])
c("wanted_pitch", "web_agency", "de", "Hausaufgabe: hat ihre Website besucht und konkrete Mängel "
  "gefunden", [
    ("webagentur", "2025-01-30 10:00", "Hallo Frau Wieczorek, ich bin Webdesigner aus Hörde und "
     "war auf Ihrer Seite: Die Preisliste zum Download ist von 2019, das Kontaktformular gibt beim "
     "Absenden einen Fehler (Screenshot anbei), und auf dem Handy ist das Menü nicht bedienbar. "
     "Gerade für Zahnärzte, die neue Labore suchen, ist das schade. Ich würde die drei Punkte für "
     "pauschal 450 € beheben. Gern auch einfach nur als Hinweis, falls Sie jemanden dafür haben."),
    ("me", "2025-01-30 11:30", "Oh nein, das Formular! Danke. Schicken Sie mir ein Angebot."),
])
c("wanted_pitch", "recruiter_relevant", "de", "Hausaufgabe: ihre Stellenanzeige in der Jobbörse "
  "seit Februar; relevante Kandidaten", [
    ("cadrecruit", "2025-03-20 09:15", "Hallo Frau Wieczorek, Ihre Anzeige 'Zahntechniker/in "
     "CAD/CAM (m/w/d)' steht seit 6. Februar in der Jobbörse der Arbeitsagentur. Wir vermitteln "
     "ausschließlich Zahntechniker, aktuell habe ich zwei Kandidatinnen aus Valencia mit "
     "Dentaris-Erfahrung und B2-Deutsch, beide wollen ins Ruhrgebiet. Honorar 15 % nur bei "
     "Einstellung. Soll ich Ihnen die anonymisierten Profile schicken?"),
    ("me", "2025-03-20 10:00", "Ja, gerne. Sprachniveau ist mir wichtig wegen Zahnarztkontakt."),
])
c("wanted_pitch", "dental_photography", "de", "Hausaufgabe: gemeinsamer Kontakt (Dr. Yilmaz) "
  "namentlich empfohlen", [
    ("foto", "2025-02-24 16:00", "Hallo Frau Wieczorek, Dr. Emre Yilmaz hat mir Ihren Namen gegeben - "
     "ich fotografiere seine Patientenfälle und er meinte, Sie suchen schon länger jemanden für "
     "ordentliche Fotos Ihrer Arbeiten für die Website und den Fortbildungsabend. Ich mache "
     "Dentalfotografie mit Kreuzpolfilter, Laborfotos an einem Vormittag für 380 €. Ein paar "
     "Beispiele seiner Fälle schicke ich gern mit."),
    ("me", "2025-02-24 17:30", "Ja, Emre hat von Ihnen erzählt! Gerne mal Beispiele."),
])
c("wanted_pitch", "cam_integration", "de", "Hausaufgabe: kennt ihr Setup (Dentaris 4.2 + Millora M5) "
  "und das konkrete Postprozessor-Problem", [
    ("camfix", "2024-12-17 11:30", "Hallo Frau Wieczorek, in der Dentaris-Nutzergruppe hat Ihr "
     "Mitarbeiter gefragt, warum die M5 nach dem Update auf 4.2 bei Brücken über 4 Glieder die "
     "Haltestege falsch setzt. Das ist ein bekannter Fehler im Postprozessor, der Hersteller behebt "
     "ihn erst im Sommer. Ich habe für drei Labore einen angepassten Postprozessor eingespielt, "
     "Remote, ca. 2 Stunden, 260 € netto. Wenn Sie wollen, schaue ich mir erst kostenlos einen "
     "Ihrer Fräsjobs an."),
    ("me", "2024-12-17 12:15", "Das ist genau unser Problem, Mehmet flucht seit Wochen. Melden Sie "
     "sich bei ihm, ich gebe Bescheid."),
])
c("wanted_pitch", "precious_metal_recycling", "de", "Hausaufgabe: Zeitungsartikel über das Labor "
  "(Revierblatt), konkrete Zahlen", [
    ("scheide", "2024-10-30 10:20", "Hallo Frau Wieczorek, ich habe den Revierblatt-Artikel über "
     "Ihr Labor gelesen - 14 Techniker, und Sie arbeiten noch viel mit Teleskopen. Bei so vielen "
     "Arbeitsplätzen landet erfahrungsgemäß einiges an Edelmetall im Absaugfilter und im "
     "Kehrgut. Wir holen Filter und Kehrgut kostenlos ab und rechnen nach Analyse ab; Labore Ihrer "
     "Größe bekommen bei uns im Schnitt 1.500 bis 3.000 € im Jahr zurück. Interesse an einem "
     "unverbindlichen Termin?"),
])
c("wanted_pitch", "funding_consulting", "de", "Hausaufgabe: nennt konkretes Förderprogramm mit "
  "Frist und ihren geplanten Ofenkauf", [
    ("foerder", "2024-11-05 08:50", "Hallo Frau Wieczorek, Sie schrieben kürzlich, dass Sie einen "
     "zweiten Sinterofen und einen weiteren Scanner-Arbeitsplatz planen. Der 'Digitalscheck Handwerk "
     "NRW' fördert genau solche Investitionen mit 50 % bis 15.000 €, aber nur wenn der Antrag VOR der "
     "Bestellung gestellt wird - die aktuelle Runde endet am 30. November. Ich mache solche Anträge "
     "für Handwerksbetriebe, Honorar 8 % der Förderung, nur bei Bewilligung."),
    ("me", "2024-11-05 09:30", "Oh, gut dass Sie das schreiben, ich wollte nächste Woche bestellen! "
     "Rufen Sie mich heute an?"),
])
c("wanted_pitch", "shade_matching", "de", "Hausaufgabe: ihr Kommentar zu Farbreklamationen; "
  "konkretes Problem", [
    ("farbe", "2025-01-15 13:15", "Hallo Frau Wieczorek, unter einem Beitrag zur Farbnahme haben Sie "
     "kommentiert, dass die meisten Ihrer Neuanfertigungen wegen Farbe passieren und nicht wegen "
     "Passung - und dass Sie deshalb selbst in Praxen fahren. Unser Farbmessgerät schickt Messung und "
     "Polfoto direkt aus der Praxis ins Labor. Wir haben ein Leihgerät für 4 Wochen frei, "
     "kostenlos, für Sie und eine Ihrer Praxen. Hätten Sie Lust, das zu testen?"),
])
c("wanted_pitch", "apprentice_recruiting", "de", "Hausaufgabe: ihre Lehrstellenbörse-Anzeige seit "
  "März unbesetzt", [
    ("azubi", "2024-06-10 12:00", "Hallo Frau Wieczorek, Ihr Ausbildungsplatz Zahntechnik bei der "
     "Lehrstellenbörse ist seit März online und noch offen. Wir machen Azubi-Kampagnen auf TikTok und "
     "Instagram für Handwerksbetriebe im Ruhrgebiet, mit kurzen Clips aus dem echten Betrieb. Drei "
     "Dentallabore in Essen und Bochum haben darüber ihre Plätze für 2024 besetzt. Paket für einen "
     "Ausbildungsplatz 890 €, Dreh bei Ihnen im Labor."),
    ("me", "2024-06-11 18:20", "Interessant. Haben Sie Beispiele von den Laboren?"),
])
c("wanted_pitch", "cad_outsourcing", "en", "homework: her job ad for a CAD technician and her "
  "software; overnight design as a bridge", [
    ("overnight", "2025-02-25 10:10", "Hi Martina, I noticed you've been looking for a CAD technician "
     "since early February (your Jobbörse ad) - I hope it's OK to write in English. While you search: "
     "we're an overnight design service in Nijmegen, our technicians design natively in Dentaris, so "
     "the files open in your setup without conversion. Send scans by 6pm, design is back by 7am. "
     "Crowns are 9 EUR per unit. Happy to do 5 free test cases."),
    ("me", "2025-02-25 13:40", "Hi Sanne, that could help us over the next months. Send me the terms "
     "please."),
])
c("wanted_pitch", "zirconia_supplier", "de", "Hausaufgabe: öffentliche Preiserhöhung ihres "
  "Lieferanten und ihr Rondenformat", [
    ("zirk2", "2024-12-11 11:00", "Hallo Frau Wieczorek, nach der Preisanpassung der Zirkonia Werke "
     "zum Januar (war ja in der Fachpresse) sehen sich gerade viele Labore um. Sie fräsen auf der "
     "Millora mit 98er Ronden, Multilayer - wir haben eine vergleichbare Ronde aus Attendorn, bei "
     "Abnahme von 100 Stück 12 % unter dem neuen Listenpreis. Ich schicke Ihnen gern fünf "
     "Musterronden A2/A3 zum Vergleichen."),
    ("me", "2024-12-11 13:00", "Schicken Sie fünf Muster. Versprechen kann ich nichts."),
])

# ================================================================= JUNK (38)
c("junk", "template_growth", "de", "Vorlage 1/5: Handwerksbetriebe 30 % mehr Aufträge", [
    ("t1", "2025-02-03 08:10", "Hallo Frau Wieczorek, ich bin auf Ihr Profil gestoßen und war "
     "beeindruckt, was Sie bei Wieczorek Dentaltechnik aufgebaut haben. Wir helfen "
     "Handwerksbetrieben, in 90 Tagen 30 % mehr Aufträge zu gewinnen - ohne Kaltakquise. Hätten Sie "
     "Lust auf ein kurzes Gespräch?"),
])
c("junk", "template_growth", "de", "Vorlage 2/5: gleiche Vorlage, Du-Form", [
    ("t2", "2025-02-05 12:30", "Hey Martina, bin auf dein Profil gestoßen und echt beeindruckt, was "
     "du bei Wieczorek Dentaltechnik aufgebaut hast! Ich helfe Handwerksbetrieben, in 90 Tagen 30 % "
     "mehr Aufträge zu gewinnen, ganz ohne Kaltakquise. Lust auf einen kurzen Austausch?"),
])
c("junk", "template_growth", "de", "Vorlage 3/5: gleiche Vorlage, mit Nachfass", [
    ("t3", "2025-02-10 09:00", "Guten Tag Frau Wieczorek, beim Durchstöbern von LinkedIn bin ich auf "
     "Ihr Profil gestoßen und war beeindruckt. Wir unterstützen Handwerksbetriebe dabei, innerhalb "
     "von 90 Tagen rund 30 % mehr Aufträge zu gewinnen. Wäre ein kurzes Gespräch für Sie interessant?"),
    ("t3", "2025-02-17 09:00", "Hallo Frau Wieczorek, ich wollte meine Nachricht nochmal nach oben "
     "holen. Passt es diese Woche?"),
])
c("junk", "template_growth", "de", "Vorlage 4/5: gleiche Vorlage, anderer Betrieb gemeint", [
    ("t4", "2025-02-12 16:45", "Hallo Martina, ich bin auf Ihr Profil gestoßen und war beeindruckt "
     "von Ihrem Betrieb. Wir helfen Handwerksbetrieben, in 90 Tagen 30 % mehr Aufträge zu gewinnen. "
     "Unser System funktioniert für Dachdecker, Elektriker und Zahnlabore gleichermaßen. Kurz "
     "telefonieren?"),
])
c("junk", "template_growth", "en", "template 5/5: same template in English", [
    ("t5", "2025-02-14 14:20", "Hi Martina, I came across your profile and was impressed by what "
     "you've built at Wieczorek Dentaltechnik. We help trade businesses win 30% more jobs in 90 "
     "days without cold calling. Would you be open to a quick chat?"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("m1", "2024-10-15 07:40", "Hallo {{Vorname}}, wussten Sie, dass 80 % Ihrer Wunschkunden Sie "
     "über Google suchen? Mit unseren Performance-Kampagnen bringen wir Ihnen planbar neue Anfragen. "
     "Darf ich Ihnen eine kostenlose Analyse schicken?"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter [Firmenname]", [
    ("m2", "2024-11-20 10:00", "Guten Tag Frau Wieczorek, Fachkräftemangel auch bei [Firmenname]? "
     "Wir finden in 30 Tagen qualifizierte Mitarbeiter für Ihre Praxis - garantiert. Wann passt ein "
     "kurzes Telefonat?"),
])
c("junk", "merge_tag_failure", "de", "falsche Anrede (Herr) und Name aus Firmenname", [
    ("m3", "2025-01-09 11:15", "Sehr geehrter Herr Wieczorek, als Geschäftsführer tragen Sie große "
     "Verantwortung - auch für Ihre Altersvorsorge. Ich zeige Ihnen, wie Sie mit der "
     "Rürup-Rente bis zu 40 % Steuern sparen. Wann darf ich Sie anrufen?"),
])
c("junk", "merge_tag_failure", "de", "falscher Betrieb: hält das Labor für eine Zahnarztpraxis", [
    ("m4", "2025-03-10 14:05", "Liebes Team der Zahnarztpraxis Wieczorek, mehr Patienten für "
     "Implantate und Aligner? Wir bringen Ihnen monatlich 20-40 qualifizierte Patientenanfragen "
     "über Social Media. Nur 990 € im Monat. Kurzer Call?"),
])
c("junk", "sponsored_inmail", "de", "Sponsored InMail: Firmenwagen-Leasing", [
    ("s1", "2024-12-01 12:00", "<p>Hallo Martina,</p><p>Ihr neuer Firmenwagen ab 199 &euro; netto im "
     "Monat &ndash; E-Auto inklusive Wartung.</p><p><b>Jetzt Angebot sichern!</b></p>"),
], title="Sponsored Conversation", subject="Elektrisch zum Kunden")
c("junk", "sponsored_inmail", "en", "sponsored InMail: online leadership course", [
    ("s2", "2025-03-01 12:00", "<p>Hi Martina,</p><p>Become the leader your team needs. Join "
     "SkillBridge's 6-week online Leadership Certificate.</p><p>Enroll by March 31 &amp; save 30%.</p>"),
], title="Sponsored Conversation", subject="Your leadership journey starts here")
c("junk", "paid_award", "de", "bezahltes Siegel 'Top Dentallabor'", [
    ("award", "2024-10-22 09:30", "Herzlichen Glückwunsch, Frau Wieczorek! Ihr Betrieb wurde für "
     "das Qualitätssiegel 'TOP Dentallabor Ruhrgebiet 2025' ausgewählt. Für die Nutzung des Siegels "
     "auf Website, Briefpapier und Praxisschild fällt eine Lizenzgebühr von 890 € zzgl. MwSt. an. "
     "Bitte bestätigen Sie bis zum 31.10."),
])
c("junk", "paid_feature", "de", "bezahltes TV-Porträt", [
    ("tv", "2024-11-07 13:00", "Hallo Frau Wieczorek, für unsere Sendereihe 'Handwerk im Fokus' "
     "suchen wir innovative Betriebe aus NRW. Ihr Labor wäre perfekt! Der Produktionskostenanteil "
     "für ein 3-minütiges Porträt beträgt 1.490 €, Sie erhalten alle Nutzungsrechte."),
])
c("junk", "paid_podcast", "de", "bezahlter Podcast-Gastplatz", [
    ("podcast", "2025-01-28 17:00", "Hi Martina, ich würde dich super gern in meinen Podcast "
     "'Chefsache' einladen - Unternehmerinnen, die anpacken! Für Gäste gibt's ein Paket mit Folge, "
     "Reels und Newsletter-Feature für 590 €. Wär das was für dich?"),
    ("podcast", "2025-02-04 17:00", "Hi Martina, nur kurz: für Februar sind noch zwei Plätze frei!"),
])
c("junk", "offers_her_own_service", "de", "Auslandslabor bietet ihr genau das an, was sie selbst "
  "verkauft", [
    ("istanbul", "2024-10-03 10:10", "Sehr geehrte Frau Wieczorek, Bosporus Dental Lab liefert "
     "hochwertigen Zahnersatz zu Bestpreisen: Zirkonkrone ab 39 €, E.max ab 49 €, Lieferung in 5 "
     "Arbeitstagen nach Deutschland. Wir freuen uns, Ihr Labor mit Kapazitäten zu unterstützen. "
     "Preisliste anbei."),
])
c("junk", "capacity_for_clients", "de", "'Haben Sie Kapazitäten für neue Kunden?' Lead-Vermittler", [
    ("kapaz", "2025-01-16 11:00", "Hallo Frau Wieczorek, kurze Frage: Haben Sie aktuell Kapazitäten "
     "für neue Kunden? Wir vermitteln Zahnarztpraxen an Dentallabore, 149 € pro Kontakt. Bei "
     "Interesse schicke ich Ihnen die Konditionen."),
])
c("junk", "like_minded_connect", "de", "'gleichgesinnte Unternehmer' und danach Netzwerk-Pitch", [
    ("gleich", "2025-02-10 19:15", "Hey Martina, danke fürs Annehmen! Ich liebe es, mich mit "
     "gleichgesinnten Unternehmern zu vernetzen, die wirklich was bewegen wollen. Ich baue gerade "
     "einen exklusiven Mastermind-Kreis für Macher auf. Lass uns doch mal 20 Minuten sprechen, wie wir "
     "uns gegenseitig pushen können!"),
])
c("junk", "quick_call", "de", "'kurzes 15-Minuten-Telefonat', generisch", [
    ("call15", "2024-12-05 08:45", "Hallo Frau Wieczorek, hätten Sie diese Woche 15 Minuten für ein "
     "kurzes Telefonat? Ich bin überzeugt, dass wir Ihre Prozesse deutlich effizienter machen können. "
     "Donnerstag 10 Uhr?"),
    ("call15", "2024-12-10 08:45", "Hallo Frau Wieczorek, ich melde mich nochmal kurz - 15 Minuten "
     "reichen wirklich!"),
    ("call15", "2024-12-17 08:45", "Letzter Versuch, versprochen :) Wann passt es Ihnen?"),
])
c("junk", "connect_then_pitch", "de", "vernetzen, Smalltalk, Inhaberin antwortet, Pitch in "
  "Nachricht 3", [
    ("ctp1", "2024-11-04 08:30", "Danke fürs Vernetzen, Frau Wieczorek! Ich finde es toll, wenn "
     "Frauen im Handwerk Betriebe führen. Wie lange haben Sie das Labor schon?"),
    ("me", "2024-11-04 12:10", "Danke! Seit 25 Jahren, wir haben gerade Jubiläum gefeiert."),
    ("ctp1", "2024-11-05 09:00", "Wow, Glückwunsch! Dann kennen Sie sicher das Thema "
     "Führungskräfte-Entwicklung. Mein Coaching-Programm 'Klar führen' hilft Inhaberinnen, ihr Team "
     "loszulassen. 6 Sessions für 2.400 €. Soll ich Ihnen die Infos schicken?"),
])
c("junk", "connect_then_pitch", "de", "vernetzen ohne Nachricht, Energieberatung in Nachricht 2", [
    ("ctp2", "2025-01-20 14:00", "Hallo Frau Wieczorek, danke für die Vernetzung! Grüße aus "
     "Bielefeld."),
    ("ctp2", "2025-01-22 10:00", "Übrigens: Mit Ihren Fräsmaschinen und Öfen zahlen Sie "
     "wahrscheinlich zu viel für Strom. Ich mache eine kostenlose Energieanalyse für Gewerbekunden. "
     "Wann darf ich vorbeikommen?"),
])
c("junk", "connect_then_pitch", "de", "vernetzen, Kompliment, dann Vertriebstraining", [
    ("ctp3", "2025-03-03 10:20", "Hi Martina, danke fürs Connecten! Tolles Profil, das Thema Dental "
     "ist mega spannend. Wie läuft's bei euch?"),
    ("ctp3", "2025-03-06 18:00", "Ich frag, weil ich Vertriebsteams im Dentalbereich trainiere. Die "
     "meisten Labore verschenken Potenzial bei Neukunden. Wollen wir mal 15 Minuten sprechen?"),
    ("ctp3", "2025-03-13 18:00", "Hi Martina, hast du meine Nachricht gesehen?"),
])
c("junk", "connect_then_pitch", "de", "vernetzen wegen 'gemeinsamer Kontakte', dann Teamevents", [
    ("ctp4", "2024-10-14 17:40", "Hallo Martina, schön, dass wir jetzt vernetzt sind! Ich sehe, Sie "
     "kennen auch Uwe Brzezinski, die Welt ist klein."),
    ("me", "2024-10-15 07:55", "Hallo, ja, Uwe kenne ich seit Jahren."),
    ("ctp4", "2024-10-15 09:20", "Wie schön! Ich organisiere übrigens Teamevents und "
     "Weihnachtsfeiern im Ruhrgebiet - Escape Room, Kochkurs, Zeche-Führung. Planen Sie schon Ihre "
     "Weihnachtsfeier? Ab 49 € pro Person!"),
])
c("junk", "fluent_generic_named", "de", "fließender Pitch, nennt Firmenname, passt auf jeden", [
    ("flu1", "2025-01-21 10:40", "Sehr geehrte Frau Wieczorek, Wieczorek Dentaltechnik steht für "
     "Qualität und Tradition - das sieht man sofort. Doch gerade erfolgreiche Betriebe wie "
     "Wieczorek Dentaltechnik stehen heute vor neuen Herausforderungen: Digitalisierung, "
     "Fachkräfte, Nachfolge. Als Unternehmensberater begleite ich Mittelständler ganzheitlich auf "
     "diesem Weg. Ich würde mich freuen, Sie kennenzulernen."),
])
c("junk", "fluent_generic_named", "de", "fließender Marken-Pitch, nennt Firmenname", [
    ("flu2", "2025-03-12 11:10", "Hallo Frau Wieczorek, ich habe mir Wieczorek Dentaltechnik "
     "angesehen und bin überzeugt: Da steckt mehr drin! Eine starke Marke macht den Unterschied "
     "zwischen austauschbar und unverzichtbar. Wir entwickeln Markenstrategien für Unternehmen, die "
     "wachsen wollen. Wollen wir sprechen?"),
])
c("junk", "generic_lab_software", "de", "generisches Gegenstück zur Laborsoftware", [
    ("gsoft", "2025-02-18 09:00", "Guten Tag, DentOrga Cloud ist die All-in-One-Lösung für "
     "Praxen und Labore. Terminplanung, Abrechnung, Warenwirtschaft. Jetzt 30 Tage kostenlos testen!"),
])
c("junk", "generic_web_agency", "de", "generisches Gegenstück zur Webagentur", [
    ("gweb", "2025-01-07 14:30", "Hallo, ist Ihre Website noch zeitgemäß? Webmeister24 erstellt "
     "professionelle Websites ab 999 € - responsiv, SEO-optimiert, in 14 Tagen online. Jetzt "
     "unverbindlich anfragen!"),
])
c("junk", "generic_recruiter", "de", "generisches Gegenstück zur Fachrecruiterin", [
    ("grec", "2025-03-04 08:00", "Hallo Frau Wieczorek, Sie suchen Personal? Wir besetzen jede "
     "Stelle in Rekordzeit - egal ob Büro, Lager oder Handwerk. Über 10.000 Kandidaten im Pool. "
     "Rufen Sie mich an!"),
], folder="ARCHIVE")
c("junk", "generic_3d_printing", "de", "generisches Gegenstück zum Harz-Angebot", [
    ("gprint", "2024-12-03 15:00", "Hallo! Entdecken Sie die Zukunft der Fertigung: Unser "
     "3D-Druck-Zentrum fertigt Prototypen und Kleinserien für jede Branche. Sonderaktion: 20 % Rabatt "
     "auf Ihren ersten Auftrag."),
])
c("junk", "generic_funding", "de", "generisches Gegenstück zur Förderberatung", [
    ("gfoer", "2024-11-11 10:00", "Wussten Sie, dass Sie bis zu 80 % Förderung für Ihr Unternehmen "
     "bekommen können? Wir checken kostenlos, welche Fördermittel Ihnen zustehen. Jetzt Termin "
     "sichern!"),
    ("gfoer", "2024-11-18 10:00", "Nur noch wenige Fördertöpfe offen - jetzt handeln!"),
])
c("junk", "generic_zirconia", "en", "generic counterpart of the zirconia offer, in English", [
    ("gzirk", "2024-12-13 06:30", "Dear Sir/Madam, we are leading manufacturer of zirconia blocks "
     "from China with CE certificate. Best price, fast delivery, OEM possible. Please contact me for "
     "catalogue and price list. Best regards, Igor"),
])
c("junk", "off_topic", "de", "themenfremd: Photovoltaik", [
    ("pv", "2025-03-18 12:00", "Hallo Frau Wieczorek, Ihr Betriebsdach in Hörde hat bestimmt Platz "
     "für eine PV-Anlage! Mit Förderung amortisiert sich das in 6 Jahren. Darf ich Ihnen ein "
     "kostenloses Angebot machen?"),
])
c("junk", "off_topic", "de", "themenfremd: Kaffeevollautomat fürs Büro", [
    ("kaffee", "2024-11-13 09:40", "Guten Morgen! Guter Kaffee = motiviertes Team :) Testen Sie "
     "unsere Kaffeevollautomaten 4 Wochen gratis, inklusive Bohnen. Interesse?"),
])
c("junk", "off_topic", "de", "themenfremd: Trading und finanzielle Freiheit, im Spam", [
    ("trade", "2025-02-25 22:30", "Hi Martina, stell dir vor du müsstest nie wieder arbeiten. Ich "
     "zeige dir, wie ich mit 15 Minuten Trading am Tag 8.000 € im Monat verdiene. Schreib mir "
     "einfach 'INFO'."),
], folder="SPAM")
c("junk", "off_topic", "de", "themenfremd: Berufsunfähigkeitsversicherung", [
    ("bu", "2024-10-01 18:00", "Hallo Frau Wieczorek, als Selbstständige sind Sie im Ernstfall kaum "
     "abgesichert. Haben Sie schon eine Berufsunfähigkeitsversicherung? Ich berate Sie gern "
     "kostenlos."),
])
c("junk", "off_topic", "de", "themenfremd: gekaufte Google-Bewertungen", [
    ("bewert", "2025-01-31 15:20", "Hallo, mehr 5-Sterne-Bewertungen auf Google? Wir liefern echte "
     "Bewertungen von echten Profilen, ab 9,90 € pro Bewertung. Diskret und schnell."),
])
c("junk", "irrelevant_recruiter", "de", "Recruiter mit irrelevanter Stelle (Versicherungsvertrieb)", [
    ("vers", "2025-02-06 11:00", "Hallo Martina, Ihr Profil passt perfekt zu unserer Position als "
     "Vertriebspartnerin im Versicherungsbereich! Flexible Arbeitszeit, unbegrenztes Einkommen. "
     "Wollen wir uns kurz austauschen?"),
])
c("junk", "webinar_invite", "de", "Webinar-Einladung 'Mit LinkedIn zu mehr Umsatz'", [
    ("webinar", "2024-12-12 07:00", "Hallo Martina! Am Donnerstag zeige ich im kostenlosen Webinar, "
     "wie Unternehmer mit LinkedIn 10 neue Kunden pro Monat gewinnen. Nur 100 Plätze - hier "
     "anmelden und Bonus-Workbook sichern!"),
])
c("junk", "follow_up_bumps", "de", "DSGVO-Beratung, nur Nachfass-Nachrichten ohne Antwort", [
    ("dsgvo", "2024-10-09 08:00", "Guten Tag Frau Wieczorek, als Betrieb mit Patientendaten sind "
     "Sie verpflichtet, einen Datenschutzbeauftragten zu benennen. Wir übernehmen das extern ab "
     "79 € im Monat. Haben Sie das schon geregelt?"),
    ("dsgvo", "2024-10-16 08:00", "Frau Wieczorek, ich hake nochmal nach - Bußgelder können "
     "empfindlich sein."),
    ("dsgvo", "2024-10-23 08:00", "Kurze Erinnerung an meine Nachricht oben."),
    ("dsgvo", "2024-11-06 08:00", "Ich gehe davon aus, dass das Thema aktuell keine Priorität hat. "
     "Melden Sie sich gern, wenn sich das ändert."),
])

if __name__ == "__main__":
    x.write(OUT,
            {"First Name": "Martina", "Last Name": "Wieczorek",
             "Headline": "Zahntechnikermeisterin | Inhaberin Wieczorek Dentaltechnik GmbH | Zirkon, "
                         "Keramik, digitale Prothetik aus Dortmund",
             "Summary": "Seit 1999 machen wir in Hörde Zahnersatz für Praxen im Ruhrgebiet. 14 "
                        "Techniker, 3 Azubis, eine Fräse, die manchmal zickt. Glück auf!",
             "Industry": "Medical Equipment Manufacturing", "Zip Code": "44263",
             "Geo Location": "Dortmund, Nordrhein-Westfalen, Deutschland",
             "Websites": "[COMPANY:https://wieczorek-dental.de]"},
            [{"Company Name": "Wieczorek Dentaltechnik GmbH", "Title": "Inhaberin & Geschäftsführerin",
              "Description": "Dentallabor mit 14 Zahntechnikern: Zirkon, Keramik, Implantatprothetik, "
                             "digitale Totalprothese.",
              "Location": "Dortmund", "Started On": "Sep 1999", "Finished On": ""},
             {"Company Name": "Dentallabor Reinhold Wieczorek", "Title": "Zahntechnikerin",
              "Description": "", "Location": "Dortmund", "Started On": "Aug 1991",
              "Finished On": "Aug 1999"}],
            ["Zahntechnik", "CAD/CAM", "Vollkeramik", "Implantatprothetik", "Ausbildung",
             "Betriebsführung"])
    print(x.summary())

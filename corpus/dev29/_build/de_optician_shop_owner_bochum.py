"""dev29 persona 2: owner of an independent optician's shop in Bochum-Linden.

Written blind to the code (session 5). 2026 export layout, mostly German with a few
English conversations. Run to regenerate the persona folder byte-identically.
"""
from __future__ import annotations

from _shared import OUT_ROOT, Export, Person

SLUG = "de-optician-shop-owner-bochum"
OWNER = Person("me", "Sabine Kowalczyk", "https://www.linkedin.com/in/sabine-kowalczyk-augenoptik",
               "Augenoptik Kowalczyk", "Inhaberin, Augenoptikermeisterin")

ex = Export(SLUG, "2026", OWNER)
P = ex.person

# ---------------------------------------------------------------- people: genuine
P("brandt", "Gisela Brandt", "", "Rentnerin", connected="2021-05-11")
P("mama_leon", "Katrin Wolters", "Stadtwerke Bochum", "Sachbearbeiterin", connected="2025-09-02",
  invite=("IN", "2025-09-01 20:15", "Hallo Frau Kowalczyk, Sie wurden mir von der Kita empfohlen, Thema Kurzsichtigkeit."))
P("kaczmarek", "Horst Kaczmarek", "", "Bergmann i.R.", connected="2019-02-20")
P("pohlmann", "Jens Pohlmann", "Nordlicht Eyewear GmbH", "Außendienst NRW", connected="2016-04-04")
P("optiglas", "Martina Scholz", "Optiglas Werke", "Key Account Managerin West", connected="2018-07-13")
P("innung", "Rüdiger Hasenkamp", "Augenoptiker-Innung Westfalen-Süd", "Geschäftsführer", connected="2014-11-03")
P("demir", "Dr. Aylin Demir", "Augenarztpraxis Demir Linden", "Fachärztin für Augenheilkunde", connected="2017-06-22")
P("witten", "Frank Osterkamp", "Osterkamp Sehen & Hören", "Inhaber", connected="2015-03-19")
P("lena", "Lena Marx", "", "Schülerin, Realschule Höntrop", connected="2026-01-12",
  invite=("IN", "2026-01-11 17:40", "Hallo, ich interessiere mich für eine Ausbildung als Augenoptikerin."))
P("azubi", "Jonas Tewes", "Augenoptik Kowalczyk", "Auszubildender Augenoptiker", connected="2024-08-01")
P("recruiter", "Miriam Feldhaus", "Feldhaus Personal Handwerk", "Personalberaterin", connected="2025-04-28")
P("waz", "Tobias Lenz", "WAZ Bochum", "Lokalredakteur", connected="2025-10-06")
P("werbe", "Udo Brinkmann", "Werbegemeinschaft Linden e.V.", "Vorsitzender", connected="2012-09-15")
P("ty1", "Merve Aksoy", "Optik am Markt Herne", "Augenoptikerin", connected="2025-11-20")
P("ty2", "Kevin Lukas", "Brillen Becker Dortmund", "Augenoptikergeselle", connected="2025-11-20")
P("ty3", "Sarah Wienold", "", "Meisterschülerin Augenoptik", connected="2025-11-21")
P("betriebsarzt", "Dr. Markus Heinen", "Ruhrtal Logistik GmbH", "Betriebsarzt")
P("meisterfreundin", "Tanja Reuter", "Optik Reuter München", "Inhaberin", connected="2011-08-01")
P("hamburg", "Jasper Lindholm", "Lindholm Handmade Frames", "Gründer", connected="2025-03-10")
P("ladenbau", "Peter Groß", "Groß Ladenbau GmbH", "Projektleiter", connected="2019-01-28")
P("warenwirt", "Claudia Neumann", "OptoSoft GmbH", "Kundenbetreuung", connected="2019-05-05")
P("pflege", "Heike Sommer", "Seniorenzentrum Am Hellweg", "Einrichtungsleitung", connected="2025-06-18")
P("hoerakustik", "Marco Jansen", "Jansen Hörgeräte", "Hörakustikermeister", connected="2013-05-14")
P("danish", "Mette Kjær", "Kjær Eyewear ApS", "Designer & Founder", connected="2024-04-15")
P("student", "Oliver Hughes", "Ruhr-Universität Bochum", "PhD researcher", connected="2025-10-20")
P("vfl", "Dennis Pawlak", "Pawlak Elektrotechnik", "Meister", connected="2010-02-02")
P("elternzeit", "Jessica Brömmel", "Augenoptik Kowalczyk", "Augenoptikerin", connected="2018-10-01")
P("fotograf", "Stefan Krupka", "Krupka Fotografie", "Fotograf", connected="2016-12-12")
P("hockey", "Anja Terhorst", "", "Lehrerin", connected="2025-08-30")
P("bsvw", "Hans-Werner Opitz", "Blinden- und Sehbehindertenverein Bochum", "Vorstand", connected="2022-04-09")
P("praktikum", "Amelie Vogt", "Ernst-Abbe-Hochschule Jena", "Studentin Augenoptik/Optometrie", connected="2025-12-03")
P("vermieter", "Günter Hülsmann", "Hülsmann Grundbesitz", "Eigentümer", connected="2013-02-01")
P("steuer", "Björn Lückemeyer", "Lückemeyer Steuerberatung", "Steuerberater", connected="2015-01-20")

# ---------------------------------------------------------------- people: wanted pitches
P("myopie", "Nadine Kramer", "Visiocare Lenses", "Fachberaterin Myopie-Management",
  connected="2025-05-20", invite=("IN", "2025-05-19 09:10", "Ihr Beitrag zu Myopie bei Kindern hat mich angesprochen."))
P("nachsorge", "Florian Esser", "LinsenErinnerung", "Gründer")
P("deko", "Carina Holtkamp", "", "Freie Schaufenstergestalterin")
P("termin", "Robert Kuhn", "Sehtermin.de", "Vertrieb")
P("lowvision", "Ralf Dieckmann", "Lupenwerk Sehhilfen", "Gebietsleiter")
P("optikbau", "Sven Aydin", "OptikRaum Ladenbau", "Geschäftsführer")
P("migration", "Julia Hartmann", "Brillux Software", "Migration & Onboarding")
P("optikrec", "Thomas Brücker", "Augenoptik Personal", "Personalberater für Augenoptik")
P("produktfoto", "Lea Schürmann", "", "Produktfotografin")
P("localseo", "Nils Wagner", "Kiezsichtbar", "Inhaber")
P("regional", "Ayla Yıldız", "Zechenholz Eyewear", "Mitgründerin")
P("orthok", "Pieter de Vries", "NightShape Lenses B.V.", "Business Development Manager DACH")

# ---------------------------------------------------------------- people: junk
P("seo", "Maximilian Storch", "Top1 Ranking Agentur", "Senior Consultant")
P("bookgen", "Sandra Kessler", "Termio Pro", "Account Executive")
P("ladengen", "Kai Brandl", "Interior Concepts 24", "Vertrieb")
P("kasse", "Patrick Hein", "KassenKing", "Vertriebsleiter")
P("rekrutgen", "Vanessa Roth", "GlobalSkills Recruiting", "Recruiting Consultant")
P("contentgen", "Leon Fischer", "Contentwerk Studio", "Creative Director")
P("chinaframes", "Lily Zhang", "Wenzhou Bright Optical Co.", "Sales Manager")
P("samesell", "Dominik Rauch", "VisionFirst Mobil", "Key Account Manager")
P("kapazitaet", "Marcel Yilmaz", "Kundenstrom Marketing", "Partner")
P("gleichgesinnt", "Christian Lorenz", "Lorenz Holding", "Unternehmer | Investor | Mentor")
P("fuenfzehn", "Julia Weiß", "ProfitPilot", "Business Development")
P("ctp1", "Tim Bergmann", "Sonnenkraft Ruhr", "Energieberater",
  connected="2025-07-07", invite=("IN", "2025-07-06 19:48", ""))
P("ctp2", "Natalie Krüger", "KI-Assist Handel", "Gründerin",
  connected="2025-10-14", invite=("IN", "2025-10-14 07:55", "Hallo Sabine, toll, wie du dein Geschäft führst!"))
P("ctp3", "Sebastian Ott", "Fördermittel Direkt", "Fördermittelberater",
  connected="2026-02-02", invite=("IN", "2026-02-01 21:30", ""))
P("bump1", "Moritz Hahn", "Bewertungsschutz24", "Kundenberater")
P("bump2", "Lisa Kaufmann", "Leasing Komfort", "Vertrieb Gewerbekunden")
P("tpl1", "Daniel Schreiber", "Neukunden Turbo", "Geschäftsführer")
P("tpl2", "Anna Seidel", "Terminmacher GmbH", "Head of Sales")
P("tpl3", "Markus Böhm", "Wachstumswerk", "Gründer")
P("tpl4", "Sophie Arnold", "LeadLabor", "Partnerin")
P("tpl5", "Ethan Cole", "BookedOut Agency", "Founder")
P("merge1", "Jan Peters", "Gewerbestrom Vergleich", "Energieberater")
P("merge2", "Melanie Frank", "Druckerei Frank", "Vertrieb")
P("merge3", "Oliver Schütz", "VersicherungsPartner West", "Gewerbeversicherungen")
P("merge4", "Tanja Pohl", "Spiegelwerk Displays", "Vertrieb")
P("spon1", "Sparkasse Business Digital", "", "", url="https://www.linkedin.com/company/business-digital-konto")
P("spon2", "FlexWork Software", "", "", url="https://www.linkedin.com/company/flexwork-software")
P("spon3", "Academy of Leadership", "", "", url="https://www.linkedin.com/company/academy-of-leadership-global")
P("award", "Michael Hoffmann", "Deutschlands Beste Fachhändler", "Leitung Auszeichnungen")
P("feature", "Sandra Vogel", "Unternehmerinnen Magazin Ruhr", "Anzeigenleitung")
P("podcast", "Jannik Wolf", "Mittelstand Mutmacher Podcast", "Host")
P("fluent", "Felix Brandt", "Markenkompass", "Strategieberater")
P("krypto", "Eva Schneider", "", "Finanzmentorin")
P("finanz", "Ralf Jäger", "Vermögen & Vorsorge Partner", "Finanzcoach")
P("chatbot", "Hendrik Sauer", "Chatwerk AI", "Sales")
P("inkasso", "Dirk Schaller", "Forderungsprofi24", "Vertrieb")
P("shopify", "Aleksandra Nowak", "ShopStart Agentur", "E-Commerce Beraterin")
P("rewards", "Laura Becker", "Mitarbeiter-Benefits Plus", "Vertrieb")

G, W, J = "genuine", "wanted_pitch", "junk"

# ================================================================= GENUINE (35)
ex.conv(G, "customer_pickup", "de", "Stammkundin fragt nach Gleitsichtbrille und Eingewöhnung", [
    ("brandt", "2026-02-10 10:14", "Guten Morgen Frau Kowalczyk, ist meine neue Gleitsichtbrille schon da? "
     "Sie sagten ja ca. 10 Tage. Ich könnte Donnerstag vorbeikommen, wenn ich eh beim Arzt bin."),
    ("me", "2026-02-10 12:02", "Guten Tag Frau Brandt, die Gläser sind gestern gekommen, Jonas schleift sie heute "
     "ein. Donnerstag passt prima, dann passen wir sie gleich noch an."),
    ("brandt", "2026-02-16 18:40", "Die Brille ist toll, nur beim Treppe runtergehen ist mir noch etwas schwummerig."),
    ("me", "2026-02-17 08:30", "Das ist die ersten 1-2 Wochen ganz normal. Wenn es bis Ende nächster Woche nicht "
     "besser ist, kommen Sie bitte rein, dann prüfen wir die Zentrierung. Kostet Sie natürlich nichts."),
])
ex.conv(G, "inbound_lead_myopia", "de", "Mutter will Myopie-Management für Sohn kaufen, fragt Preis", [
    ("mama_leon", "2025-09-02 19:05", "Hallo Frau Kowalczyk, danke fürs Annehmen. Unser Leon (8) ist laut "
     "Augenärztin kurzsichtig geworden, -1,25 in einem Jahr. Die Kita-Leitung meinte, Sie machen diese "
     "speziellen Gläser, die das bremsen. Was kostet sowas ungefähr und zahlt die Kasse was?"),
    ("me", "2025-09-03 09:20", "Hallo Frau Wolters, ja, das machen wir. Die Myopie-Management-Gläser liegen bei uns "
     "zwischen 380 und 460 € das Paar, dazu ein Kindergestell, und alle 6 Monate eine Kontrolle (im Preis drin). "
     "Die Krankenkasse zahlt bei Kindern einen Teil der normalen Gläser, den Rest leider nicht. Am besten kommen Sie "
     "mit Leon für 45 Minuten zur Beratung, ohne Kaufzwang."),
    ("mama_leon", "2025-09-03 09:48", "Super, danke. Geht Samstag vormittag?"),
    ("me", "2025-09-03 10:01", "Samstag 10:30 Uhr ist frei, ich trag Sie ein."),
])
ex.conv(G, "longtime_customer", "de", "langjähriger Kunde, Bergmann i.R., bedankt sich für Reparatur", [
    ("kaczmarek", "2019-03-01 11:00", "Frau Kowalczyk, dat mit dem Bügel haben Se ja super hingekricht. "
     "Die Brille hat schon 20 Jahre auffem Buckel, die geb ich nich her."),
    ("me", "2019-03-01 13:15", "Gern geschehen, Herr Kaczmarek! Die hält noch mal 20 Jahre."),
    ("kaczmarek", "2023-12-20 10:30", "Frohe Weihnachten an Sie und dat ganze Team. Meine Enkelin hat mir dat "
     "LinkedIn eingerichtet, da dachte ich, schreib ich ma."),
    ("me", "2023-12-20 12:00", "Das freut uns sehr! Ihnen und Ihrer Frau auch frohe Weihnachten. Glück auf!"),
    ("kaczmarek", "2025-11-04 09:00", "Ich brauch wohl doch ma ne neue, die Zeitung wird immer kleiner 😉 "
     "Kann ich Mittwoch kommen?"),
    ("me", "2025-11-04 09:25", "Mittwoch ab 14 Uhr gerne, der Kaffee steht bereit."),
])
ex.conv(G, "vendor_price_change", "de", "bestehender Fassungslieferant kündigt Preiserhöhung an", [
    ("pohlmann", "2026-01-08 08:45", "Moin Sabine, frohes Neues! Kurz vorab, bevor es offiziell kommt: Nordlicht "
     "erhöht zum 1.3. die Listenpreise um ca. 6 %, bei Titan etwas mehr. Wenn du die Frühjahrsorder bis 15.2. "
     "machst, läuft die noch zu alten Konditionen. Soll ich nächste Woche mit der Kollektion vorbeikommen?"),
    ("me", "2026-01-08 12:30", "Hallo Jens, dir auch! Ja, komm Dienstag, aber bring nicht wieder 300 Fassungen mit, "
     "mein Lager platzt. Ich nehm eher weniger, dafür die Kinderlinie nach."),
    ("pohlmann", "2026-01-08 12:41", "Haha, versprochen. Dienstag 9:30?"),
    ("me", "2026-01-08 12:44", "Passt."),
])
ex.conv(G, "vendor_price_change", "de", "Glaslieferant: neue Preisliste und Frachtpauschale", [
    ("optiglas", "2025-12-01 10:00", "Liebe Frau Kowalczyk, anbei zur Info: Zum 1. Januar tritt unsere neue "
     "Preisliste in Kraft. Einstärkengläser bleiben stabil, bei Gleitsicht ca. +3,5 %. Außerdem führen wir "
     "eine Frachtpauschale von 2,90 € pro Auftrag unter 100 € Warenwert ein. Ihre Rabattstaffel bleibt wie "
     "vereinbart. Bei Fragen rufen Sie mich gerne an."),
    ("me", "2025-12-01 16:10", "Danke für die Info. Die Frachtpauschale trifft uns bei Einzelaufträgen schon. "
     "Können wir über eine Sammelbestellung 2x pro Woche reden?"),
    ("optiglas", "2025-12-02 09:15", "Das geht, ich schicke Ihnen die Konditionen für Sammelversand."),
])
ex.conv(G, "guild_event_invitation", "de", "Innung lädt zur Freisprechungsfeier ein und fragt nach Prüfertätigkeit", [
    ("innung", "2025-06-02 14:00", "Liebe Kollegin Kowalczyk, die Freisprechungsfeier der Augenoptiker findet am "
     "27. Juni um 17 Uhr in der Handwerkskammer statt. Ihr Jonas hat ja die Zwischenprüfung mit gut "
     "bestanden - das sehen wir gern. Außerdem suchen wir für den Gesellenprüfungsausschuss noch eine "
     "Arbeitgebervertreterin. Hätten Sie Interesse?"),
    ("me", "2025-06-02 17:30", "Lieber Herr Hasenkamp, ich komme gern. Prüfungsausschuss: grundsätzlich ja, "
     "aber nicht in der Ferienzeit, da bin ich im Laden allein. Lassen Sie uns telefonieren."),
])
ex.conv(G, "ophthalmologist_referral", "de", "Augenärztin überweist Keratokonus-Patientin zur Linsenanpassung", [
    ("demir", "2025-10-13 12:30", "Hallo Sabine, ich schicke dir diese Woche eine junge Patientin mit "
     "beginnendem Keratokonus, Topo kommt per Mail. Formstabile Linsen, bitte mit etwas Geduld, sie ist sehr "
     "ängstlich. Können wir uns danach kurz abstimmen?"),
    ("me", "2025-10-13 13:05", "Klar, danke Aylin. Ich nehm mir für sie einen Doppeltermin. Melde mich nach der Anpassung."),
    ("me", "2025-10-21 18:20", "Erste Anpassung lief gut, trägt sie 4h ohne Probleme. Kontrolle in 2 Wochen bei mir, dann bei dir?"),
    ("demir", "2025-10-21 19:00", "Perfekt so. Danke dir!"),
])
ex.conv(G, "peer_joint_offer", "de", "Kollege aus Witten schlägt gemeinsames Angebot für Firmen-Bildschirmbrillen vor", [
    ("witten", "2025-04-07 20:30", "Hallo Sabine, ich hab ne Anfrage von nem Logistiker in Witten/Bochum-Grenze: "
     "180 Mitarbeiter, wollen Sehtests und Bildschirmbrillen über die Firma. Alleine schaff ich das nicht. "
     "Wollen wir das zusammen anbieten? Ich mach Witten-Seite, du die Bochumer Leute, gleiche Preise. "
     "Ich dachte an 149 € Komplettpreis Einstärken, Gleitsicht-Bildschirm 289 €."),
    ("me", "2025-04-08 08:10", "Hallo Frank, klingt gut. Aber 149 € ist knapp, wenn die Sehtests vor Ort "
     "beim Kunden stattfinden. Lass uns mal rechnen - Donnerstag nach Ladenschluss bei dir?"),
    ("witten", "2025-04-08 08:30", "Donnerstag 19 Uhr, ich hol Pizza."),
])
ex.conv(G, "apprentice_applicant", "de", "Schülerin bewirbt sich um Ausbildungsplatz und Praktikum", [
    ("lena", "2026-01-12 16:00", "Hallo Frau Kowalczyk, ich bin Lena, 16, und mache diesen Sommer meinen "
     "Realschulabschluss. Ich würde gerne Augenoptikerin werden, weil ich selbst seit der 3. Klasse Brille trage "
     "und das Handwerkliche mag. Kann ich bei Ihnen ein Praktikum in den Osterferien machen? Und nehmen Sie 2026 "
     "Azubis?"),
    ("me", "2026-01-12 19:30", "Hallo Lena, schön, dass du dich meldest! Praktikum in den Osterferien geht, "
     "schick mir bitte kurz deinen Lebenslauf und das letzte Zeugnis. Ob wir 2026 ausbilden, entscheide ich im "
     "Februar - das Praktikum ist aber ein guter Anfang."),
    ("lena", "2026-01-12 19:45", "Vielen Dank!! Ich schicke es morgen."),
])
ex.conv(G, "apprentice_current", "de", "eigener Azubi: Berufsschule und Urlaub", [
    ("azubi", "2025-07-14 07:12", "Moin Chefin, die Berufsschule hat den Blockunterricht verschoben, ich bin "
     "jetzt 8.-19.9. in Dortmund statt im Oktober. Kann ich meinen Urlaub dann auf Oktober legen?"),
    ("me", "2025-07-14 08:00", "Moin Jonas, ja, kein Problem. Trag's in den Kalender ein."),
])
ex.conv(G, "recruiter_engaged", "de", "Inhaberin beauftragt Personalberaterin, Honorar und Kandidatin", [
    ("me", "2025-04-28 21:00", "Hallo Frau Feldhaus, danke fürs Vernetzen. Wie am Telefon besprochen: Ich suche "
     "ab Herbst eine/n Augenoptikermeister/in in Teilzeit (25-30 Std.), gerne mit Kontaktlinsen-Erfahrung. "
     "Können Sie mir Ihr Angebot schriftlich schicken?"),
    ("recruiter", "2025-04-29 10:20", "Guten Morgen Frau Kowalczyk, gern. Mein Honorar liegt bei 18 % des "
     "Jahresbruttos, fällig erst bei Einstellung, 3 Monate Nachbesetzungsgarantie. Ich habe bereits eine "
     "Kandidatin aus Essen im Blick, die wegen der Kinder kürzer treten möchte."),
    ("me", "2025-04-29 12:00", "Einverstanden. Gerne Profil der Kandidatin schicken."),
    ("recruiter", "2025-05-15 15:40", "Profil ist per Mail raus. Sie könnte am 22. zum Probearbeiten kommen."),
])
ex.conv(G, "journalist_request", "de", "Lokalredakteur fragt Interview zu Kurzsichtigkeit bei Kindern an", [
    ("waz", "2025-10-06 11:30", "Guten Tag Frau Kowalczyk, ich schreibe für die WAZ Bochum über die Zunahme von "
     "Kurzsichtigkeit bei Kindern (Stichwort Handy). Dr. Demir hat Sie als Ansprechpartnerin genannt. Hätten Sie "
     "diese Woche 20 Minuten für ein Gespräch und wäre ein Foto im Laden möglich?"),
    ("me", "2025-10-06 13:00", "Hallo Herr Lenz, gerne. Mittwoch 9 Uhr vor Ladenöffnung? Dann ist es ruhig für Fotos."),
    ("waz", "2025-10-06 13:10", "Mittwoch 9 Uhr, ich komme mit Fotografin. Danke!"),
])
ex.conv(G, "event_invitation_local", "de", "Werbegemeinschaft lädt zum Lindener Weihnachtsmarkt ein", [
    ("werbe", "2025-09-22 18:00", "Hallo Sabine, wie jedes Jahr: Lindener Adventsmarkt am 2. Advent. Machst du "
     "wieder mit dem Sehtest-Stand und Glühwein? Standgebühr bleibt bei 40 €. Bräuchte Bescheid bis Ende Oktober."),
    ("me", "2025-09-22 20:40", "Klar bin ich dabei, Udo. Aber diesmal bitte nicht wieder neben dem Reibekuchenstand, "
     "meine Jacke roch bis Januar 😄"),
    ("werbe", "2025-09-22 20:45", "Haha, ich guck, was ich machen kann."),
])
ex.conv(G, "thank_you_after_talk", "de", "Dank nach ihrem Vortrag bei der Innung (1 von 3, fast gleich)", [
    ("ty1", "2025-11-20 09:00", "Hallo Frau Kowalczyk, vielen Dank für Ihren Vortrag gestern bei der Innung "
     "zum Thema Selbstständigkeit. Besonders die Zahlen zur Ladenmiete fand ich sehr ehrlich. Freue mich über die Vernetzung!"),
    ("me", "2025-11-20 12:30", "Danke, Frau Aksoy, freut mich!"),
])
ex.conv(G, "thank_you_after_talk", "de", "Dank nach ihrem Vortrag bei der Innung (2 von 3, fast gleich)", [
    ("ty2", "2025-11-20 10:15", "Hallo Frau Kowalczyk, danke für den Vortrag gestern bei der Innung zur "
     "Selbstständigkeit! Hat mich echt motiviert, den Meister durchzuziehen. Freu mich über die Vernetzung."),
])
ex.conv(G, "thank_you_after_talk", "de", "Dank nach ihrem Vortrag bei der Innung (3 von 3, fast gleich)", [
    ("ty3", "2025-11-21 08:40", "Liebe Frau Kowalczyk, vielen Dank für Ihren tollen Vortrag gestern zum Thema "
     "Selbstständigkeit in der Augenoptik. Darf ich mich bei Fragen zur Gründung mal bei Ihnen melden?"),
    ("me", "2025-11-21 09:30", "Sehr gern, Frau Wienold. Einfach schreiben."),
])
ex.conv(G, "inbound_lead_spam_folder", "de", "Betriebsarzt will Bildschirmbrillen für Belegschaft kaufen, im Spam gelandet", [
    ("betriebsarzt", "2025-08-19 10:40", "Sehr geehrte Frau Kowalczyk, ich bin Betriebsarzt bei Ruhrtal Logistik "
     "am Standort Bochum-Linden (ca. 60 Bildschirmarbeitsplätze). Wir möchten Sehtests und ggf. "
     "Bildschirmarbeitsplatzbrillen nach G37/DGUV-Vorgaben über einen Optiker in der Nähe abwickeln. Könnten Sie "
     "uns ein Angebot machen? Mit freundlichen Grüßen, Dr. Markus Heinen"),
], folder="SPAM")
ex.conv(G, "old_friend", "de", "Freundin aus der Meisterschule in München, Jahre Smalltalk", [
    ("meisterfreundin", "2020-03-25 21:00", "Sabine, wie geht's euch mit dem Lockdown? Wir haben nur noch Notdienst "
     "für Reparaturen offen. Ich dreh durch."),
    ("me", "2020-03-25 21:30", "Genauso hier. Ich putz zum dritten Mal die Vitrinen. Bleib gesund!"),
    ("meisterfreundin", "2022-08-10 10:00", "15 Jahre Meisterbrief! Weißt du noch, das Prüfungsstück mit der "
     "Randlosbrille, wo dir die Bohrung gerissen ist? 😂"),
    ("me", "2022-08-10 12:00", "Erinner mich nicht!! Und du hast gelacht, bis der Prüfer guckte."),
    ("meisterfreundin", "2025-09-30 19:00", "Bin im November auf ner Messe in Essen. Currywurst in Bochum?"),
    ("me", "2025-09-30 19:20", "Aber sowas von. Ich zeig dir die beste Bude im Bermudadreieck."),
])
ex.conv(G, "owner_started_supplier", "de", "Inhaberin fragt kleinen Fassungshersteller nach Konditionen", [
    ("me", "2025-03-10 20:00", "Hallo Herr Lindholm, wir haben uns auf der opti kurz am Stand unterhalten. Ihre "
     "handgemachten Acetatfassungen würden gut zu meinen Kunden passen. Wie sind Ihre Konditionen für einen "
     "kleinen Laden - Mindestabnahme, Rückgaberecht?"),
    ("hamburg", "2025-03-11 09:30", "Hallo Frau Kowalczyk, schön, dass Sie sich melden! Erstorder ab 12 Fassungen, "
     "Händler-EK 95-120 €, UVP 290-340 €. Nach 6 Monaten tauschen wir bis zu 4 Modelle um. Ich schicke die Preisliste."),
    ("me", "2025-03-11 10:15", "Klingt fair. Ich nehm 12, Auswahl schick ich Ihnen diese Woche."),
])
ex.conv(G, "owner_started_quote", "de", "Inhaberin bittet ihren Ladenbauer um Angebot für Kontaktlinsen-Ecke", [
    ("me", "2025-05-06 19:00", "Hallo Herr Groß, der Laden hält sich super seit 2019! Ich möchte hinten eine "
     "kleine Kontaktlinsen-Anpass-Ecke abtrennen, mit Waschbecken und einer Wand mit Stauraum. Können Sie "
     "mal vorbeikommen und ein Angebot machen?"),
    ("ladenbau", "2025-05-07 08:20", "Guten Morgen Frau Kowalczyk, das freut mich. Waschbecken ist das "
     "Kostspielige, wegen Wasseranschluss. Ich komme Montag vorbei, dann kann ich's sagen. Grob rechnen Sie "
     "mal mit 6-9 T€."),
    ("me", "2025-05-07 08:45", "Montag nach 18 Uhr ist gut."),
])
ex.conv(G, "vendor_price_change", "de", "bestehender Warenwirtschaftsanbieter: Umstellung und neue Gebühr", [
    ("warenwirt", "2025-11-17 11:00", "Sehr geehrte Frau Kowalczyk, wie angekündigt stellen wir OptoSoft classic "
     "Ende 2026 ein. Als Bestandskundin können Sie auf OptoSoft Cloud wechseln, die Monatsgebühr beträgt dann "
     "69 € statt 49 €, die Datenübernahme ist bis Juni kostenlos. Möchten Sie einen Termin zur Umstellung?"),
    ("me", "2025-11-17 13:30", "Hallo Frau Neumann, 20 € mehr im Monat ist happig. Ich schau mir das an und "
     "melde mich im Januar. Bleibt die Schnittstelle zum Glaslieferanten?"),
    ("warenwirt", "2025-11-17 14:05", "Ja, die Bestellschnittstelle bleibt erhalten."),
])
ex.conv(G, "inbound_lead_care_home", "de", "Seniorenheim möchte Sehtest-Hausbesuche buchen", [
    ("pflege", "2025-06-18 10:00", "Liebe Frau Kowalczyk, wir haben 64 Bewohner*innen, viele kommen nicht mehr "
     "in einen Laden. Bieten Sie Hausbesuche an? Wir bräuchten Sehtests, Reparaturen und neue Brillen. "
     "Was würde das kosten?"),
    ("me", "2025-06-18 12:15", "Liebe Frau Sommer, ja, wir kommen einmal im Quartal ins Haus. Die Anfahrt "
     "berechne ich einmalig pauschal mit 35 €, Sehtests sind bei Brillenkauf frei. Sollen wir einen ersten "
     "Termin im Juli machen?"),
    ("pflege", "2025-06-18 13:00", "Sehr gern, ich rufe Sie an."),
])
ex.conv(G, "neighbour_business", "de", "Nachbar-Hörakustiker, Baustelle vor der Tür", [
    ("hoerakustik", "2025-08-25 08:05", "Morgen Sabine, hast du gelesen? Die Stadt reißt ab September die "
     "Hattinger auf, 8 Wochen, wegen der Gleise. Sollen wir mit Udo zusammen Schilder machen lassen, "
     "'Wir haben geöffnet'? Kosten teilen wir."),
    ("me", "2025-08-25 08:40", "Oh nee, nicht schon wieder. Ja, unbedingt. Ich frag Melanie von der Druckerei, "
     "die hat das letztes Mal gut gemacht."),
])
ex.conv(G, "supplier_english", "en", "Danish frame designer, existing supplier, reorder in English", [
    ("danish", "2025-09-09 09:00", "Hi Sabine! The new autumn colours are ready - the honey tortoise you asked for "
     "is finally in production. Shall I reserve 6 pieces for you before the big chains order? Same price as spring."),
    ("me", "2025-09-09 11:30", "Hi Mette, yes please, 6 honey tortoise and 2 of the black/crystal. Send the invoice as usual."),
    ("danish", "2025-09-09 11:42", "Done! Shipping next Friday. Greetings to Bochum 🙂"),
])
ex.conv(G, "customer_english", "en", "university researcher asks about contact lens prescription", [
    ("student", "2025-10-20 12:00", "Hi, I'm a postdoc at RUB, originally from Leeds. I need a contact lens "
     "check before I travel home at Christmas - my UK prescription expired. Do you speak English and do you "
     "have appointments in the evening? Sorry, my German is terrible."),
    ("me", "2025-10-20 13:10", "Hi Oliver, no problem at all, we speak English. We're open until 7pm on Thursdays. "
     "The check is 35 €, bring your current lenses and the old prescription if you have it."),
    ("student", "2025-10-20 13:20", "Brilliant, Thursday it is. Cheers!"),
])
ex.conv(G, "friend_event", "de", "Kumpel lädt zum VfL-Spiel ein", [
    ("vfl", "2025-10-01 17:00", "Sabine, hab zwei Karten für Samstag gegen Dortmund über. Bist dabei? "
     "Treffen 14 Uhr anne Trinkhalle."),
    ("me", "2025-10-01 17:05", "Derby?! Natürlich. Ich bring die Schals mit."),
    ("vfl", "2025-10-05 22:10", "Nächstes Mal bringst du mehr Glück mit 😅"),
])
ex.conv(G, "employee_parental_leave", "de", "Mitarbeiterin in Elternzeit fragt nach Teilzeit-Rückkehr", [
    ("elternzeit", "2026-01-20 20:30", "Hallo Sabine, die Kleine kommt im Mai in die Kita. Wäre es möglich, dass "
     "ich ab Juni mit 20 Stunden wieder anfange, vormittags? Ich vermiss den Laden ehrlich gesagt."),
    ("me", "2026-01-20 21:00", "Jessi, wie schön! Ja, das kriegen wir hin. Lass uns nächste Woche mal einen "
     "Kaffee trinken und den Plan machen."),
])
ex.conv(G, "owner_started_photographer", "de", "Inhaberin fragt befreundeten Fotografen nach Preis für Fotos", [
    ("me", "2025-03-20 18:00", "Stefan, ich bräuchte im April neue Fotos vom Laden und vom Team für die Website "
     "und die Schaufenster. Hast du Zeit und was würde das kosten?"),
    ("fotograf", "2025-03-20 19:10", "Für dich: halber Tag, 15 bearbeitete Bilder, 450 € netto. Ich komm am "
     "besten an einem Montag vor Ladenöffnung."),
    ("me", "2025-03-20 19:15", "Deal. 14. April?"),
])
ex.conv(G, "inbound_lead_sports", "de", "Kundin fragt Angebot für Sportbrille mit Stärke für Tochter", [
    ("hockey", "2025-08-30 14:00", "Hallo Frau Kowalczyk, meine Tochter spielt Hockey und braucht eine "
     "Sportbrille mit Stärke (-2,5 / -2,75). Haben Sie sowas und in welchem Preisrahmen? Der Trainer sagt, "
     "Kontaktlinsen wären auch eine Option."),
    ("me", "2025-08-30 16:30", "Hallo Frau Terhorst, ja, Schutzbrillen mit Stärke gibt's ab ca. 190 € komplett. "
     "Bei 13 Jahren wären Tageslinsen aber auch gut möglich, ca. 30 € im Monat. Kommen Sie gern zum Ausprobieren vorbei."),
])
ex.conv(G, "association_invitation", "de", "Sehbehindertenverein fragt nach Beratungstag", [
    ("bsvw", "2025-04-09 10:00", "Liebe Frau Kowalczyk, unser Verein möchte wie 2023 wieder einen Beratungstag zu "
     "vergrößernden Sehhilfen anbieten. Damals war das sehr hilfreich für unsere Mitglieder. Hätten Sie im Mai "
     "einen Samstag Zeit?"),
    ("me", "2025-04-09 12:40", "Lieber Herr Opitz, sehr gern. Der 17. Mai würde passen. Ich bringe Lupen und "
     "ein Bildschirmlesegerät zum Ausprobieren mit."),
])
ex.conv(G, "internship_applicant", "de", "Optometrie-Studentin fragt nach Praxissemester", [
    ("praktikum", "2025-12-03 15:00", "Hallo Frau Kowalczyk, ich studiere Augenoptik/Optometrie in Jena und komme "
     "aus Bochum. Für das Praxissemester ab März suche ich einen Betrieb mit Schwerpunkt Kontaktlinsen oder "
     "Myopie-Management. Auf Ihrer Website steht, dass Sie beides machen. Wäre ein Praxissemester bei Ihnen denkbar?"),
    ("me", "2025-12-04 09:00", "Hallo Frau Vogt, denkbar ja. Schicken Sie mir bitte die Vorgaben der Hochschule "
     "und Ihren Lebenslauf, dann telefonieren wir."),
    ("praktikum", "2025-12-15 10:00", "Ich wollte nur kurz nachhaken, ob meine Unterlagen angekommen sind? Viele Grüße"),
])
ex.conv(G, "advisor_contact", "de", "eigener Steuerberater, kurze Abstimmung", [
    ("steuer", "2025-02-11 09:00", "Hallo Frau Kowalczyk, für den Jahresabschluss fehlen mir noch die "
     "Inventurlisten Fassungen und Kontaktlinsen. Geht das bis Ende Februar? Und: Wollen Sie die "
     "Investition in die Kontaktlinsen-Ecke noch dieses Jahr machen? Wegen Abschreibung."),
    ("me", "2025-02-11 12:00", "Hallo Herr Lückemeyer, Listen kommen bis 25.2. Die Ecke wohl eher Sommer, ich schick Ihnen das Angebot, sobald ich es hab."),
])
ex.conv(G, "ophthalmologist_cooperation", "de", "Augenärztin schlägt gemeinsamen Elternabend zu Myopie vor", [
    ("demir", "2026-02-24 13:10", "Sabine, die Grundschule an der Kirchstraße hat angefragt, ob wir einen "
     "Elternabend zu Kurzsichtigkeit machen. Ich den medizinischen Teil, du Brillen/Linsen? Honorar gibt's "
     "keins, aber Kekse."),
    ("me", "2026-02-24 14:00", "Bin dabei. Aber bitte nicht so werblich von meiner Seite, sonst gibt's wieder Beschwerden vom Förderverein 😉"),
    ("demir", "2026-02-24 14:10", "Haha, keine Sorge. Ich schlag den 19.3. vor."),
])
ex.conv(G, "customer_complaint", "de", "Kundin beschwert sich über Lieferverzug, Inhaberin entschuldigt sich", [
    ("hockey", "2025-10-14 17:30", "Hallo Frau Kowalczyk, die Sportbrille sollte letzte Woche fertig sein, wir "
     "haben Samstag Turnier. Wissen Sie schon was?"),
    ("me", "2025-10-14 18:00", "Hallo Frau Terhorst, es tut mir leid - das Glas kam beschädigt an, der Ersatz "
     "ist morgen da. Ich schleife es sofort ein, Freitag ab 15 Uhr können Sie abholen. Die Reinigungsbox gibt's als Entschuldigung dazu."),
    ("hockey", "2025-10-14 18:05", "Danke, das ist nett! Freitag dann."),
])

ex.conv(G, "landlord_rent_index", "de", "Vermieter kündigt Indexmieterhöhung an, Inhaberin verhandelt Nachbarlokal", [
    ("vermieter", "2025-12-05 11:00", "Sehr geehrte Frau Kowalczyk, gemäß der Indexklausel in Ihrem Mietvertrag "
     "erhöht sich die Miete ab 1. Februar um 4,1 % auf 1.612 € netto kalt. Das Schreiben kommt auch per Post. "
     "Und wegen des Nachbarlokals: Der Blumenladen zieht zum Sommer aus, wenn Sie noch Interesse haben."),
    ("me", "2025-12-05 15:20", "Sehr geehrter Herr Hülsmann, danke für die Info. Am Nachbarlokal habe ich großes "
     "Interesse. Könnten wir einen gemeinsamen Vertrag für beide Flächen besprechen, mit etwas Entgegenkommen "
     "beim Quadratmeterpreis, da ich den Durchbruch selbst bezahle?"),
    ("vermieter", "2025-12-08 09:40", "Darüber können wir reden. Kommen Sie im Januar ins Büro."),
])

# ================================================================= WANTED PITCHES (12)
ex.conv(W, "myopia_supplier_post", "de", "Hausaufgabe: ihr LinkedIn-Beitrag zu Myopie bei Kindern; Fachberaterin", [
    ("myopie", "2025-05-20 09:30", "Hallo Frau Kowalczyk, danke fürs Vernetzen. In Ihrem Beitrag schrieben Sie, "
     "dass Sie inzwischen 40 Kinder im Myopie-Management betreuen, aber die Eltern bei der Halbjahreskontrolle "
     "oft nicht wiederkommen. Wir bieten zu unseren Myopie-Gläsern einen Elternbrief und eine kleine Messreihe "
     "(Achslänge) als Vorlage, die die Wiederkehrquote bei anderen Optikern deutlich verbessert hat. Darf ich "
     "Ihnen ein Anpass-Set für 3 Monate zum Testen schicken? Ohne Abnahmeverpflichtung."),
    ("me", "2025-05-20 12:00", "Das mit der Wiederkehr ist tatsächlich mein Problem. Schicken Sie mal Infos zu den Konditionen."),
])
ex.conv(W, "recall_software_talk", "de", "Hausaufgabe: ihr Vortrag beim Augenoptik-Tag NRW; Nachsorge-Erinnerung", [
    ("nachsorge", "2025-10-02 10:00", "Hallo Frau Kowalczyk, ich war beim Augenoptik-Tag NRW in Ihrem Vortrag zur "
     "Kontaktlinsen-Nachsorge. Sie sagten, etwa 40 % Ihrer Linsenträger kommen nicht zur Jahreskontrolle, und "
     "Sie rufen die Leute noch selbst an. Wir haben ein kleines Tool gebaut, das aus OptoSoft die fälligen "
     "Kontrollen zieht und per SMS erinnert, DSGVO-konform mit Einwilligung. 19 € im Monat, "
     "erster Monat frei. Soll ich es Ihnen in 20 Minuten zeigen, gern auch nach Ladenschluss?"),
])
ex.conv(W, "window_design_shop_visited", "de", "Hausaufgabe: Schaufenster besucht, Westsonne und Spiegelung benannt", [
    ("deko", "2025-07-03 19:00", "Hallo Frau Kowalczyk, ich wohne in Linden und gehe oft an Ihrem Laden vorbei. "
     "Nachmittags spiegelt Ihr Schaufenster durch die Westsonne so stark, dass man die Brillen kaum sieht - "
     "und die Fassungen in der untersten Reihe verblassen sicher auch. Ich bin freie Schaufenstergestalterin "
     "und arbeite mit entspiegelnder UV-Folie und saisonalen Deko-Konzepten. Ein Konzept für den Herbst "
     "würde ca. 380 € kosten, Material extra. Interesse an einem Vorschlag?"),
    ("me", "2025-07-04 08:30", "Sie haben recht, die Sonne ist mein Feind. Kommen Sie gern mal rein, dienstags ist es ruhiger."),
])
ex.conv(W, "booking_tool_reviews", "de", "Hausaufgabe: Google-Bewertungen nennen Wartezeit samstags; Terminbuchung", [
    ("termin", "2025-06-11 11:00", "Guten Tag Frau Kowalczyk, in Ihren Google-Bewertungen (sonst top, 4,8!) "
     "taucht dreimal auf, dass man samstags für den Sehtest lange warten musste. Sehtermin.de ist nur für "
     "Optiker gemacht: Kunden buchen den Sehtest online in Ihre freien Slots, Sie legen fest, wie viele "
     "Samstagstermine es gibt. Mit OptoSoft gibt es eine Schnittstelle. 29 € im Monat, monatlich kündbar. "
     "Interesse an einem Testzugang?"),
])
ex.conv(W, "low_vision_mutual_contact", "de", "Hausaufgabe: Dr. Demir als gemeinsamer Kontakt; Low-Vision-Hilfsmittel", [
    ("lowvision", "2025-04-15 14:00", "Sehr geehrte Frau Kowalczyk, Frau Dr. Demir hat mir erzählt, dass Sie im "
     "Mai einen Beratungstag beim Blinden- und Sehbehindertenverein machen und dafür noch elektronische Lupen "
     "suchen. Wir können Ihnen drei Bildschirmlesegeräte und ein Lupensortiment in Kommission stellen, Sie "
     "zahlen nur, was verkauft wird. Ich könnte die Geräte vorher bei Ihnen erklären."),
    ("me", "2025-04-15 17:00", "Das kommt wie gerufen. Rufen Sie mich morgen an?"),
    ("lowvision", "2025-04-15 17:10", "Mache ich, gegen 10 Uhr."),
])
ex.conv(W, "shopfitter_press", "de", "Hausaufgabe: WAZ-Artikel über Vergrößerung; Optiker-Ladenbauer", [
    ("optikbau", "2025-10-15 09:00", "Hallo Frau Kowalczyk, ich habe den WAZ-Artikel gelesen, in dem Sie sagten, "
     "dass Sie das Nachbarlokal dazunehmen und einen Refraktionsraum plus Kinderecke planen. Wir bauen "
     "ausschließlich für Augenoptiker - also mit den 5-6 m Prüfdistanz, Spiegellösung bei kurzen Räumen und "
     "Kinder-Fassungswand auf Augenhöhe. Bei zwei Läden in Dortmund und Hagen haben wir das im laufenden Betrieb "
     "gemacht. Wenn Sie möchten, skizziere ich kostenlos eine Variante mit dem Grundriss des Nachbarlokals."),
])
ex.conv(W, "software_migration_tools", "de", "Hausaufgabe: ihr Abkündigung von OptoSoft classic; Migrationsangebot", [
    ("migration", "2025-12-09 10:30", "Guten Tag Frau Kowalczyk, Sie nutzen laut Ihrer Website-Terminbuchung "
     "OptoSoft classic, das Ende 2026 eingestellt wird. Wir übernehmen Kundendaten, Refraktionswerte, "
     "Kontaktlinsen-Historie und offene Aufträge zum Festpreis von 490 € in Brillux - und die Monatsgebühr "
     "liegt für einen Laden mit bis zu 5 Arbeitsplätzen bei 55 €. Falls Sie vergleichen möchten, schicke "
     "ich Ihnen gern eine Gegenüberstellung."),
    ("me", "2025-12-09 12:00", "Ja, bitte schicken. Ich muss mich eh bis Sommer entscheiden."),
])
ex.conv(W, "recruiter_relevant_candidate", "de", "Hausaufgabe: ihre Stellenanzeige in der Innungsbörse; passender Kandidat", [
    ("optikrec", "2025-05-06 08:30", "Guten Morgen Frau Kowalczyk, ich vermittle nur Augenoptiker. Ihre Anzeige "
     "für eine/n Meister/in in Teilzeit steht seit März in der Innungsbörse. Ich habe eine Meisterin "
     "(12 Jahre, Schwerpunkt formstabile Linsen), die aus familiären Gründen nach Bochum-Süd zieht und 25-30 "
     "Stunden sucht. Honorar 15 %, nur bei Einstellung. Soll ich das anonymisierte Profil schicken?"),
    ("me", "2025-05-06 09:10", "Ich arbeite schon mit einer Beraterin, aber schicken Sie das Profil trotzdem."),
])
ex.conv(W, "photographer_instagram", "de", "Hausaufgabe: Instagram-Bilder der dänischen Fassungen; Produktfotos", [
    ("produktfoto", "2025-09-25 20:00", "Hallo Frau Kowalczyk, ich folge Ihrem Laden auf Instagram. Die neuen "
     "Kjær-Fassungen in Honig-Havanna sind wunderschön, aber auf den Handyfotos vor dem Regal gehen die "
     "Farben verloren. Ich fotografiere Brillen auf weißem und farbigem Hintergrund, auch mit Modell, "
     "10 Fassungen für 280 €. Hier ein Beispiel, das ich für einen Optiker in Essen gemacht habe. "
     "Würde Sie das interessieren?"),
])
ex.conv(W, "local_seo_google_profile", "de", "Hausaufgabe: falsche Öffnungszeiten im Google-Profil; lokale Sichtbarkeit", [
    ("localseo", "2025-08-12 09:00", "Hallo Frau Kowalczyk, kurzer Hinweis vorweg, ganz ohne Hintergedanken: "
     "In Ihrem Google-Profil steht Mittwoch nachmittags geöffnet, auf Ihrer Tür aber nicht. Zwei Bewertungen "
     "beschweren sich darüber. Ich betreue ein paar Läden in Linden und Dahlhausen (Bäckerei Wiesmann, "
     "Blumen Kröger) beim Google-Profil und 'Optiker Bochum-Linden'-Suchen. Korrigieren können Sie das selbst "
     "in 5 Minuten - falls Sie sonst Hilfe wollen: 60 € im Monat, ohne Vertrag."),
    ("me", "2025-08-12 10:30", "Oh danke, das hab ich tatsächlich nicht gewusst. Hab's geändert!"),
])
ex.conv(W, "regional_frames_interview", "de", "Hausaufgabe: Interview im Innungsnewsletter zu regionalen Produkten", [
    ("regional", "2025-11-03 12:00", "Liebe Frau Kowalczyk, im Innungsnewsletter haben Sie gesagt, Sie würden "
     "gern mehr Fassungen aus der Region führen, finden aber nichts unter 400 € UVP. Wir fertigen in Essen-"
     "Katernberg Fassungen aus Acetat und Altholz von Zechengelände - UVP 229-279 €, Mindestabnahme 8 Stück, "
     "und wir kommen mit der Kollektion persönlich vorbei. Ein Muster-Set könnte ich Ihnen für Ihr "
     "Schaufenster im Dezember leihen."),
    ("me", "2025-11-03 14:00", "Zechenholz! Das ist ja genau mein Thema. Kommen Sie vorbei, gern nächste Woche."),
])
ex.conv(W, "orthok_register_english", "en", "homework: listed in the ortho-k fitter directory; Dutch lens lab pitches in English", [
    ("orthok", "2025-07-22 10:00", "Dear Ms Kowalczyk, I found your practice in the professional directory of "
     "certified orthokeratology fitters - you are one of only three listed in the Ruhr area. We are a Dutch lab "
     "producing ortho-k lenses with a 10-day turnaround to Germany and free remakes within 90 days. Since you "
     "already fit myopia-control spectacle lenses, I thought a second lab for ortho-k might be useful. "
     "Could I send you our fitting guide and price list? I'm happy to continue in German if you prefer."),
])

# ================================================================= JUNK (38)
ex.conv(J, "generic_seo", "de", "generische SEO-Agentur (Gegenstück zu lokaler Sichtbarkeit)", [
    ("seo", "2025-06-30 10:00", "Hallo Sabine, Ihr Unternehmen hat großes Potenzial bei Google! Mit unserer "
     "bewährten SEO-Strategie bringen wir Sie auf Seite 1. Darf ich Ihnen eine kostenlose Analyse schicken?"),
])
ex.conv(J, "generic_booking_software", "de", "generische Terminsoftware für alle Branchen", [
    ("bookgen", "2025-07-15 14:00", "Hallo Frau Kowalczyk, ob Friseur, Arztpraxis oder Fitnessstudio - mit Termio "
     "Pro buchen Ihre Kunden rund um die Uhr online. Über 10.000 Unternehmen vertrauen uns. Jetzt 30 Tage gratis testen!"),
])
ex.conv(J, "generic_shopfitting", "de", "generischer Interior-Vertrieb (Gegenstück zu Optiker-Ladenbauer)", [
    ("ladengen", "2025-10-28 11:00", "Sehr geehrte Damen und Herren, Interior Concepts 24 realisiert Büro-, "
     "Praxis- und Ladeneinrichtungen deutschlandweit. Vom Konzept bis zur Montage alles aus einer Hand. "
     "Gerne senden wir Ihnen unsere Referenzmappe."),
])
ex.conv(J, "generic_pos", "de", "generisches Kassensystem (Gegenstück zu Migrationsangebot)", [
    ("kasse", "2025-12-16 09:30", "Hi Sabine! Dein Kassensystem ist veraltet? KassenKing ist die Nr. 1 für "
     "Gastro und Einzelhandel - TSE-konform, mit App und Kartenterminal. Jetzt wechseln und 3 Monate gratis!"),
])
ex.conv(J, "generic_recruiter", "de", "generische Fachkräftevermittlung für alle Branchen", [
    ("rekrutgen", "2025-05-12 10:00", "Guten Tag, Fachkräftemangel? Wir vermitteln qualifizierte Fachkräfte aus "
     "dem Ausland für Pflege, Handwerk, Gastronomie und Logistik. Schnell, rechtssicher, mit Visum-Service. "
     "Wann passt ein kurzes Kennenlernen?"),
])
ex.conv(J, "generic_content", "de", "generische Content-Agentur (Gegenstück zur Produktfotografin)", [
    ("contentgen", "2025-10-07 16:00", "Hey Sabine 👋 Social Media ist heute alles! Wir produzieren Reels, Posts "
     "und Stories für dein Business - 20 Reels im Monat ab 990 €. Lust auf ein unverbindliches Gespräch?"),
])
ex.conv(J, "generic_frames_wholesale", "en", "mass frame wholesaler (counterpart of regional frames)", [
    ("chinaframes", "2025-11-10 03:15", "Dear Purchasing Manager, we are professional manufacturer of optical "
     "frames and sunglasses since 2005. Acetate, metal, TR90. Price from USD 2.5. OEM/ODM welcome. MOQ 300 pcs. "
     "Please check our catalogue and reply for free samples."),
])
ex.conv(J, "offers_what_she_sells", "de", "mobiler Sehtest-Dienst bietet einer Optikerin Bildschirmbrillen an", [
    ("samesell", "2025-09-16 10:00", "Sehr geehrte Frau Kowalczyk, wussten Sie, dass Arbeitgeber verpflichtet sind, "
     "Bildschirmarbeitsplatzbrillen bereitzustellen? VisionFirst Mobil kommt mit dem Sehtest-Mobil direkt zu "
     "Ihnen ins Unternehmen, Ihre Mitarbeiter erhalten ihre Brille innerhalb von 10 Tagen. Sollen wir Ihnen "
     "ein Angebot für Ihre Belegschaft machen?"),
])
ex.conv(J, "capacity_for_clients", "de", "fragt, ob sie Kapazität für neue Kunden hat", [
    ("kapazitaet", "2025-08-05 08:15", "Hallo Sabine, kurze Frage: Hättest du Kapazitäten für 20-30 neue Kunden "
     "im Monat? Wir bringen lokalen Geschäften planbar Neukunden über Facebook-Ads. Wenn ja, zeig ich dir gern, wie."),
])
ex.conv(J, "like_minded_entrepreneurs", "de", "Vernetzung als gleichgesinnte Unternehmer", [
    ("gleichgesinnt", "2025-06-08 22:30", "Hallo Sabine, ich vernetze mich gern mit gleichgesinnten Unternehmern, "
     "die etwas bewegen wollen 💡 Lass uns austauschen, vielleicht ergeben sich Synergien! Beste Grüße, Christian"),
])
ex.conv(J, "quick_call", "de", "kurzes 15-Minuten-Gespräch", [
    ("fuenfzehn", "2025-09-09 11:00", "Hallo Frau Kowalczyk, hätten Sie diese Woche 15 Minuten für ein kurzes "
     "Gespräch? Ich möchte Ihnen zeigen, wie ProfitPilot Unternehmen wie Ihrem hilft, mehr Gewinn zu machen. "
     "Passt Dienstag oder Donnerstag besser?"),
])
ex.conv(J, "connect_then_pitch", "de", "Solarberater: Smalltalk, sie antwortet, Pitch in Nachricht 3", [
    ("ctp1", "2025-07-07 09:00", "Hallo Sabine, danke fürs Vernetzen! Bin auch aus Bochum, Weitmar. Schöner Laden "
     "habt ihr da an der Hattinger! Wie läuft's so im Sommer?"),
    ("me", "2025-07-07 12:40", "Hallo Tim, danke! Sommer ist ruhig, die Leute sind im Urlaub."),
    ("ctp1", "2025-07-08 09:00", "Dann ist ja jetzt die perfekte Zeit, über Energiekosten nachzudenken 😉 "
     "Wir planen Photovoltaik für Gewerbe, auch für Mietobjekte. Soll ich mal einen Blick auf eure Stromrechnung werfen?"),
])
ex.conv(J, "connect_then_pitch", "de", "KI-Assistent: Kompliment, dann Pitch in Nachricht 2", [
    ("ctp2", "2025-10-14 09:00", "Danke fürs Annehmen, Sabine! Ich liebe es, starke Frauen im Handwerk zu sehen 💪"),
    ("ctp2", "2025-10-16 09:00", "Sag mal, wie viel Zeit verbringst du mit E-Mails und Social Media? Unser "
     "KI-Assistent erledigt das für Händler automatisch - ab 49 € im Monat. Magst du eine Demo?"),
])
ex.conv(J, "connect_then_pitch", "de", "Fördermittelberater: Vernetzung, Pitch, Nachfassen", [
    ("ctp3", "2026-02-02 08:30", "Guten Morgen Frau Kowalczyk, schön, dass wir jetzt vernetzt sind!"),
    ("ctp3", "2026-02-03 08:30", "Wussten Sie, dass Unternehmen wie Ihres bis zu 80 % Förderung für "
     "Digitalisierung erhalten können? Wir übernehmen die komplette Antragstellung. Erfolgshonorar nur bei Bewilligung."),
    ("ctp3", "2026-02-10 08:30", "Darf ich nochmal nachhaken? Die Fördertöpfe sind schnell leer."),
])
ex.conv(J, "follow_up_bump", "de", "Bewertungen löschen: Nachfassen ohne Antwort", [
    ("bump1", "2025-08-20 10:00", "Hallo Frau Kowalczyk, negative Google-Bewertungen schaden Ihrem Umsatz. Wir "
     "lassen unberechtigte Bewertungen rechtssicher löschen - Sie zahlen nur bei Erfolg."),
    ("bump1", "2025-08-27 10:00", "Hallo Frau Kowalczyk, haben Sie meine Nachricht gesehen?"),
    ("bump1", "2025-09-08 10:00", "Ich melde mich ein letztes Mal - soll ich Ihnen die Infos per Mail schicken?"),
])
ex.conv(J, "follow_up_bump", "de", "Gewerbeleasing: zwei Nachfassungen", [
    ("bump2", "2025-11-03 09:00", "Hallo Sabine, schon mal über ein E-Auto als Firmenwagen nachgedacht? Jetzt mit "
     "Top-Leasingraten für Selbstständige!"),
    ("bump2", "2025-11-11 09:00", "Hallo Sabine, kurze Erinnerung an mein Angebot 🙂"),
    ("bump2", "2025-11-25 09:00", "Das Angebot gilt nur noch bis Monatsende!"),
])
ex.conv(J, "mass_template", "de", "Terminlieferanten-Vorlage, Absender 1 von 5", [
    ("tpl1", "2025-03-04 09:10", "Hallo Sabine, ich bin auf Augenoptik Kowalczyk gestoßen und war beeindruckt, "
     "was ihr im Bereich Augenoptik aufgebaut habt. Wir helfen lokalen Fachgeschäften, jeden Monat 15-25 neue "
     "Kunden zu gewinnen - ohne Kaltakquise. Hättest du nächste Woche 15 Minuten?"),
])
ex.conv(J, "mass_template", "de", "Terminlieferanten-Vorlage, Absender 2 von 5", [
    ("tpl2", "2025-04-22 10:30", "Hallo Frau Kowalczyk, ich bin auf Ihr Geschäft gestoßen und war beeindruckt, "
     "was Sie im Bereich Einzelhandel aufgebaut haben. Wir helfen Fachgeschäften, monatlich 15 bis 25 "
     "Neukunden zu gewinnen, ganz ohne Kaltakquise. Hätten Sie nächste Woche kurz Zeit?"),
])
ex.conv(J, "mass_template", "de", "Terminlieferanten-Vorlage, Absender 3 von 5", [
    ("tpl3", "2025-06-17 15:20", "Hi Sabine, bin über Augenoptik Kowalczyk gestolpert und echt beeindruckt, was "
     "du im Bereich Optik aufgebaut hast! Wir helfen lokalen Unternehmen, jeden Monat 15-25 Neukunden zu "
     "gewinnen, ohne Kaltakquise. Hast du nächste Woche 15 Minuten?"),
])
ex.conv(J, "mass_template", "de", "Terminlieferanten-Vorlage, Absender 4 von 5", [
    ("tpl4", "2025-09-30 08:45", "Hallo Sabine, ich bin auf Augenoptik Kowalczyk in Bochum gestoßen und war "
     "wirklich beeindruckt, was ihr im Gesundheitsbereich aufgebaut habt. Wir unterstützen Fachgeschäfte "
     "dabei, planbar 15-25 neue Kunden pro Monat zu gewinnen - ohne Kaltakquise. 15 Minuten nächste Woche?"),
])
ex.conv(J, "mass_template", "en", "appointment template, sender 5 of 5, in English", [
    ("tpl5", "2026-01-27 14:00", "Hi Sabine, I came across Augenoptik Kowalczyk and was really impressed by what "
     "you've built in the eyewear space. We help local businesses win 15-25 new customers every month without "
     "cold outreach. Would you have 15 minutes next week?"),
])
ex.conv(J, "merge_tag_failure", "de", "unersetzter Platzhalter {{Vorname}}", [
    ("merge1", "2025-05-27 07:30", "Hallo {{Vorname}}, zahlen Sie zu viel für Gewerbestrom? Wir vergleichen über "
     "200 Anbieter und sparen im Schnitt 23 %. Kostenloser Check in 2 Minuten!"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter [Firma] stehen geblieben", [
    ("merge2", "2025-07-29 10:00", "Sehr geehrte Frau Kowalczyk, [Firma] verdient einen professionellen Auftritt! "
     "Flyer, Visitenkarten und Roll-ups günstig und schnell - jetzt 15 % Neukundenrabatt."),
])
ex.conv(J, "merge_tag_failure", "de", "falscher Vorname (Sandra)", [
    ("merge3", "2025-09-23 11:00", "Hallo Sandra, als Inhaberin eines Fachgeschäfts sollten Sie Ihre "
     "Betriebsunterbrechungsversicherung regelmäßig prüfen. Ich berate Sie gern kostenlos und unverbindlich."),
])
ex.conv(J, "merge_tag_failure", "de", "falscher Firmenname (Optik Kowalski)", [
    ("merge4", "2026-01-15 10:20", "Liebes Team von Optik Kowalski, wie präsentieren Sie Ihre Brillen? Unsere "
     "beleuchteten Spiegeldisplays steigern nachweislich den Umsatz. Gern schicke ich Ihnen den Katalog 2026."),
])
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail, Geschäftskonto", [
    ("spon1", "2025-04-01 12:00", "<p>Hallo Sabine,</p><p>Ihr Geschäftskonto in 10 Minuten eröffnen - "
     "12 Monate ohne Kontoführungsgebühr.</p><p>Jetzt Konto eröffnen</p>"),
], title="Sponsored Conversation", subject="12 Monate ohne Gebühren")
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail, Dienstplan-Software", [
    ("spon2", "2025-08-26 12:00", "<p>Hallo Sabine,</p><p>Schluss mit Excel-Dienstplänen! FlexWork plant Schichten "
     "automatisch.</p><p>Kostenlos testen</p>"),
], title="Sponsored Conversation", subject="Dienstpläne in 5 Minuten")
ex.conv(J, "sponsored_inmail", "en", "sponsored InMail in English, leadership course", [
    ("spon3", "2026-02-17 12:00", "<p>Hi Sabine,</p><p>Join 5,000 leaders in our Global Leadership Certificate. "
     "Early-bird tuition ends Friday.</p>"),
], title="Sponsored Conversation", subject="Early-bird ends Friday")
ex.conv(J, "paid_award", "de", "bezahltes Siegel 'Top Fachhändler'", [
    ("award", "2025-11-25 10:00", "Herzlichen Glückwunsch, Frau Kowalczyk! Augenoptik Kowalczyk wurde als einer "
     "der besten Fachhändler Deutschlands 2026 ausgewählt. Für die Nutzung des Siegels und den Eintrag im "
     "Bestenportal fällt eine einmalige Lizenzgebühr von 490 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag."),
])
ex.conv(J, "paid_feature", "de", "bezahltes Porträt im Unternehmerinnen-Magazin", [
    ("feature", "2025-03-18 09:00", "Liebe Sabine, wir möchten Sie gerne im Unternehmerinnen Magazin Ruhr porträtieren! "
     "Das Porträt (1 Seite, inkl. Fotoshooting) erscheint in unserer Frühjahrsausgabe. Die Kosten für die "
     "Produktion betragen 1.250 €. Wir freuen uns auf Ihre Rückmeldung!"),
])
ex.conv(J, "paid_podcast", "de", "Podcast-Gastplatz gegen Gebühr", [
    ("podcast", "2025-06-24 18:00", "Hey Sabine, wir suchen Mutmacher aus dem Mittelstand für unseren Podcast! "
     "Als Gast erhältst du eine eigene Folge, Social-Media-Clips und eine Verlinkung. Investition: 590 €. "
     "Bist du dabei?"),
])
ex.conv(J, "fluent_generic_named", "de", "flüssiger Pitch mit Firmenname, aber an jeden sendbar", [
    ("fluent", "2025-05-05 08:00", "Sehr geehrte Frau Kowalczyk, Augenoptik Kowalczyk steht sichtbar für Qualität "
     "und persönliche Beratung - genau die Werte, die heute in einer lauten Marktumgebung klar kommuniziert "
     "werden müssen. Mit Markenkompass begleiten wir inhabergeführte Unternehmen dabei, ihre Positionierung "
     "zu schärfen und ihre Marke konsistent zu erzählen. Gerne zeige ich Ihnen in einem kurzen Austausch, "
     "welches Potenzial wir für Augenoptik Kowalczyk sehen."),
])
ex.conv(J, "off_topic_crypto", "de", "Krypto-Mentorin", [
    ("krypto", "2025-12-28 23:10", "Hallo Sabine, wie geht es dir? Ich helfe Frauen, mit Krypto ein passives "
     "Einkommen aufzubauen. Meine Schülerinnen verdienen 500 € pro Woche nebenbei. Willst du mehr wissen? 🌸"),
])
ex.conv(J, "off_topic_finance", "de", "Finanzcoach, Altersvorsorge für Selbstständige", [
    ("finanz", "2025-02-03 20:00", "Hallo Sabine, als Selbstständige ist die Altersvorsorge oft ein Stiefkind. "
     "Ich zeige dir in einem kostenlosen Webinar, wie du mit ETFs und Steuertricks mehr rausholst. Interesse?"),
])
ex.conv(J, "off_topic_chatbot", "de", "KI-Chatbot für die Website", [
    ("chatbot", "2025-07-22 13:00", "Hallo Frau Kowalczyk, Ihre Website-Besucher haben Fragen - auch nachts. Unser "
     "KI-Chatbot beantwortet sie 24/7 und erhöht die Conversion um 35 %. Jetzt kostenlos einrichten!"),
])
ex.conv(J, "off_topic_benefits", "de", "Mitarbeiter-Benefits-Karte", [
    ("rewards", "2025-10-21 10:00", "Hallo Sabine, bindest du deine Mitarbeiter schon mit steuerfreien Benefits? "
     "Unsere Benefit-Karte bringt bis zu 50 € netto mehr pro Monat. Lass uns kurz sprechen!"),
])

ex.conv(J, "off_topic_debt_collection", "de", "Inkasso-Dienstleister", [
    ("inkasso", "2025-04-14 09:00", "Guten Tag, offene Rechnungen belasten Ihre Liquidität? Forderungsprofi24 "
     "treibt Ihre Forderungen schnell und effizient ein - für Sie kostenfrei. Jetzt Forderung online übergeben!"),
])
ex.conv(J, "generic_ecommerce", "de", "Shop-Agentur, an jeden Einzelhändler", [
    ("shopify", "2025-11-18 12:30", "Hallo Sabine, der Onlinehandel wächst jedes Jahr - ist Ihr Geschäft schon "
     "dabei? Wir bauen Ihren Onlineshop in 14 Tagen, inklusive Produktdaten und Zahlungsanbieter, ab 2.490 €. "
     "Ich freue mich auf Ihre Nachricht!"),
    ("shopify", "2025-11-26 12:30", "Hallo Sabine, nur eine kurze Erinnerung - unser Black-Friday-Rabatt gilt noch bis Sonntag!"),
])

PROFILE = {
    "First Name": "Sabine", "Last Name": "Kowalczyk", "Headline":
    "Augenoptikermeisterin & Inhaberin Augenoptik Kowalczyk | Myopie-Management, Kontaktlinsen, Low Vision",
    "Summary": "Inhabergeführter Optiker in Bochum-Linden seit 2013. Brillen, Kontaktlinsen, Myopie-Management für "
    "Kinder, vergrößernde Sehhilfen. Ausbildungsbetrieb. Glück auf!",
    "Industry": "Retail", "Zip Code": "44879", "Geo Location": "Bochum, Nordrhein-Westfalen, Deutschland",
    "Websites": "[COMPANY:https://augenoptik-kowalczyk.example.de]",
}
POSITIONS = [
    {"Company Name": "Augenoptik Kowalczyk", "Title": "Inhaberin, Augenoptikermeisterin",
     "Description": "Eigener Laden mit 4 Mitarbeitenden, Ausbildungsbetrieb.",
     "Location": "Bochum", "Started On": "Apr 2013", "Finished On": ""},
    {"Company Name": "Optik Hensel Essen", "Title": "Augenoptikermeisterin",
     "Description": "Kontaktlinsenanpassung, Filialleitung.", "Location": "Essen",
     "Started On": "Sep 2007", "Finished On": "Mar 2013"},
]
SKILLS = ["Augenoptik", "Kontaktlinsenanpassung", "Myopie-Management", "Refraktion", "Low Vision",
          "Ausbildung", "Einzelhandel", "Kundenberatung"]

if __name__ == "__main__":
    ex.write(OUT_ROOT / SLUG, PROFILE, POSITIONS, SKILLS)
    print(ex.summary())

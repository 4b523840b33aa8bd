"""Persona: Bernhard Aigner, owner of a 7-person IT managed-service provider in Linz.

Layout: LinkedIn export 2024 (RECIPIENT PROFILE URLS, IS MESSAGE DRAFT, IS CONVERSATION DRAFT).
Austrian German with some English. All messages hand-written for heldout3 (session 2),
blind to the detector.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person

SLUG = "de-it-msp-owner-linz"
OWNER = Person("me", "Bernhard Aigner", "https://www.linkedin.com/in/bernhard-aigner-it-linz")
x = Export(SLUG, "2024", OWNER)
P = x.person
C = x.conv

# ---------------------------------------------------------------- real contacts
P("k_stb", "Elisabeth Pühringer", "Pühringer & Partner Steuerberatung", "Kanzleileiterin", connected="2017-03-14")
P("k_arzt", "Dr. Markus Hölzl", "Ordination Dr. Hölzl", "Allgemeinmediziner", connected="2019-09-30")
P("k_metall", "Gerald Mayrhofer", "Mayrhofer Metallbau GmbH", "Geschäftsführer", connected="2016-05-02")
P("k_metall_it", "Sandra Leitner", "Mayrhofer Metallbau GmbH", "Assistenz der GF", connected="2020-02-11")
P("k_baeck", "Josef Wiesinger", "Bäckerei Wiesinger", "Inhaber", connected="2018-10-08")
P("k_startup", "Priya Nair", "Loopcraft Robotics", "COO", connected="2023-11-20", invite=("IN", "2023-11-19 10:00", "Hi Bernhard, we're a startup in the Tabakfabrik and need IT support."))
P("k_zahnarzt", "Dr. Verena Strasser", "Zahnarztpraxis Dr. Strasser", "Zahnärztin", connected=None)
P("k_anwalt", "Mag. Thomas Eder", "Eder Rechtsanwälte", "Rechtsanwalt", connected="2015-06-19")
P("k_gemeinde", "Karin Lehner", "Marktgemeinde Gallneukirchen", "Amtsleiterin", connected="2018-01-22")
P("k_tischler", "Franz Ecker", "Tischlerei Ecker", "Tischlermeister", connected="2021-04-15")
P("k_thanks1", "Michaela Pichler", "Pühringer & Partner Steuerberatung", "Bilanzbuchhalterin", connected="2019-11-04")
P("k_thanks2", "Andreas Reiter", "Mayrhofer Metallbau GmbH", "Produktionsleiter", connected="2021-07-23")
P("k_thanks3", "Sabine Gruber", "Ordination Dr. Hölzl", "Ordinationsassistentin", connected="2022-03-01")
P("dist", "Claudia Hofer", "Alpendist IT-Distribution GmbH", "Inside Sales", connected="2016-02-09")
P("backupvendor", "Lukas Brandstätter", "Vaultline Software", "Partner Account Manager DACH", connected="2020-10-12")
P("bank", "Wolfgang Hinterberger", "Mühlviertler Regionalbank", "Firmenkundenbetreuer", connected="2014-09-03")
P("versich", "Doris Kapeller", "Kapeller Versicherungsmakler", "Versicherungsmaklerin", connected="2017-08-17")
P("elektro", "Stefan Hauer", "Hauer Elektrotechnik", "Projektleiter", connected="2015-12-01")
P("wko", "Mag. Birgit Fellner", "WKO Oberösterreich, Fachgruppe UBIT", "Geschäftsführerin", connected="2016-11-28")
P("htl", "DI Harald Kern", "HTL Leonding", "Abteilungsvorstand Informatik", connected="2017-04-07")
P("presse", "Julia Rammer", "Oberösterreichisches Wirtschaftsblatt", "Redakteurin", connected=None)
P("kollege_sbg", "Martin Stadler", "Stadler EDV Salzburg", "Inhaber", connected="2013-03-18")
P("kollege_wels", "Roland Baumgartner", "netzwerk.werk Wels", "Geschäftsführer", connected="2018-05-30")
P("bew_lehre", "Elias Kastner", "", "Schüler", connected="2024-02-20", invite=("IN", "2024-02-19 17:02", "Sehr geehrter Herr Aigner, ich interessiere mich für eine Lehrstelle."))
P("bew_admin", "Katarina Jović", "Linz AG", "Systemadministratorin", connected="2024-04-03", invite=("IN", "2024-04-02 21:10", ""))
P("kandidat", "Daniel Fuchs", "Keba", "IT Support Engineer", connected="2024-05-08", invite=("OUT", "2024-05-07 09:30", "Hallo Daniel, ich würde mich gern wegen einer Stelle bei uns austauschen."))
P("ex_mitarb", "Lisa Haider", "Fronius", "Junior Network Engineer", connected="2019-09-02")
P("freund", "Christian \"Chris\" Wimmer", "voestalpine", "Instandhaltung", connected="2012-08-15")
P("intro_stb", "Mag. Helmut Obermayr", "Obermayr Steuerberatung", "Steuerberater", connected="2014-02-27")
P("intro_kunde", "Renate Schöfl", "Schöfl Immobilien", "Geschäftsführerin", connected="2024-06-12", invite=("IN", "2024-06-11 14:00", ""))
P("verein", "Gabriele Mühlbauer", "IT-Frühstück Linz (Verein)", "Obfrau", connected="2019-03-03")
P("msft_partner", "Jan Novák", "Cloudhaus CSP", "Partner Success", connected="2022-01-10")
P("kunde_lead_spam", "Ing. Peter Danninger", "Danninger Haustechnik", "Geschäftsführer", connected=None)
P("congrats", "Manuela Stöger", "Stöger Werbeagentur", "Inhaberin", connected="2016-06-06")

# ---------------------------------------------------------------- wanted pitch senders
P("w_nis2", "Mag. Ursula Breitenfellner", "Breitenfellner Compliance", "NIS2-Beraterin", connected="2024-03-05", invite=("IN", "2024-03-04 16:00", "Ihr Beitrag zu NIS2 bei Zulieferern hat mir aus der Seele gesprochen."))
P("w_aware", "Tobias Lang", "Phishfest Awareness", "Partnermanager Österreich", connected=None)
P("w_fiber", "Nina Kreuzer", "Donaunetz Glasfaser", "Geschäftskundenberaterin", connected="2024-07-01", invite=("IN", "2024-06-30 19:30", ""))
P("w_psa", "Hannes Wurm", "Ticketwerk", "Gründer", connected=None)
P("w_recruit", "Verena Oberndorfer", "Techtalente OÖ", "Recruiterin IT-Technik", connected="2024-05-20", invite=("IN", "2024-05-19 12:00", ""))
P("w_refurb", "Jakob Pointner", "ReBoot Hardware Linz", "Geschäftsführer", connected=None)
P("w_noc", "Petr Dvořák", "Budějovice NOC s.r.o.", "Business Development", connected="2024-08-14", invite=("IN", "2024-08-13 08:20", "Hello Mr Aigner, read your post about on-call duty."))
P("w_cyberins", "Mag. Eva Angerer", "CyberSafe Versicherungsmakler", "Spezialistin Cyberversicherung", connected=None)
P("w_arztsw", "Michael Gratzl", "MedPraxis IT-Lösungen", "Vertrieb Partner", connected=None)
P("w_cabling", "Roman Schwarz", "LWL-Technik Schwarz", "Inhaber", connected="2024-09-02", invite=("IN", "2024-09-01 18:15", ""))
P("w_m365", "Sophie Lechner", "Lizenzlotse", "Lizenzberaterin", connected=None)

# ---------------------------------------------------------------- junk senders
P("j_offshore", "Rahul Verma", "CodeNest Technologies", "Business Development Manager", connected="2024-03-18", invite=("IN", "2024-03-17 05:10", "Hi Bernhard, would love to connect with you."))
P("tpl1", "Kevin Schuster", "Terminwerk Vertriebsservice", "Vertriebsleiter", connected=None)
P("tpl2", "Laura Wendt", "Terminwerk Vertriebsservice", "Key Account", connected="2024-06-03", invite=("IN", "2024-06-02 10:00", ""))
P("tpl3", "Marcel Koenig", "B2B Leadhafen", "Geschäftsführer", connected=None)
P("tpl4", "Jana Brückner", "Leadmotor GmbH", "Partnermanagerin", connected=None)
P("j_reseller", "Oliver Brandt", "Skybackup Europe", "Channel Manager", connected=None)
P("j_reseller2", "Mike Sanders", "ResellerHub Cloud", "Partner Recruitment", connected=None)
P("j_capacity", "Sarah Lindner", "Wachstumswerk Consulting", "Beraterin", connected="2024-09-10", invite=("IN", "2024-09-09 09:00", ""))
P("j_gleich", "Dominik Reisinger", "Reisinger Invest", "Unternehmer | Investor | Mentor", connected="2024-04-22", invite=("IN", "2024-04-21 07:00", "Servus Bernhard, vernetzen wir uns unter Gleichgesinnten?"))
P("j_call", "Felix Hartmann", "Datenraum24", "Sales Development", connected=None)
P("j_bump", "Nicole Weiß", "ProfiPrint Werbemittel", "Kundenberaterin", connected=None)
P("j_recruit", "Alexander Kurz", "Hire & Go Personalberatung", "Senior Consultant", connected=None)
P("j_recruit2", "Teresa Maier", "Vermögensplan Austria", "Teamleiterin", connected="2024-10-01", invite=("IN", "2024-09-30 20:00", ""))
P("j_crypto", "Alina Petrova", "", "Investorin | Bitcoin | Freiheit", connected=None)
P("j_mlm", "Sonja Weber", "", "Gesundheitscoach | Mama | Unternehmerin", connected="2024-02-02", invite=("IN", "2024-02-01 22:00", ""))
P("j_award", "Dr. Carina Lobmeyr", "Austrian Business Excellence Awards", "Jury-Koordination", connected=None)
P("j_feature", "Patrick Holzer", "Erfolgsmenschen Magazin", "Chefredaktion", connected=None)
P("j_whitelabel", "Stefan Gruber", "HelpdeskPro24 Wien", "Partnervertrieb", connected=None)
P("j_msp_same", "Arun Kumar", "Nimbus Managed Services", "Sales Lead EMEA", connected=None)
P("j_seo", "Melanie Huber", "Klickstark Online Marketing", "SEO-Beraterin", connected=None)
P("j_data", "Tim Rodenberg", "B2B Adressmanufaktur", "Vertrieb", connected=None)
P("j_named", "Lena Sommer", "Recruitify Social", "Growth Consultant", connected="2024-07-22", invite=("IN", "2024-07-21 11:00", ""))
P("j_ma", "Florian Wagner", "Alpine M&A Partners", "Associate", connected="2024-08-26", invite=("IN", "2024-08-25 09:00", ""))
P("j_franchise", "Markus Pfeiffer", "FixFone Franchise", "Expansion Manager", connected=None)
P("j_kaffee", "Bettina Moser", "Bürokaffee Austria", "Außendienst", connected=None)
P("j_mt1", "Jessica Frey", "Growlytics", "SDR", connected=None)
P("j_mt2", "Thomas Berger", "ITProfit Seminare", "Vertrieb", connected=None)
P("j_mt3", "Ravi Shankar", "Excelsoft Solutions", "Account Manager", connected=None)
P("j_mt4", "Carolin Weber", "Flottenprofi Leasing", "Beraterin", connected="2024-11-05", invite=("IN", "2024-11-04 08:00", ""))
P("j_offshore2", "Ahmed Raza", "DevBridge Global", "Head of Sales", connected=None)
P("j_smalltalk", "Patrick Steiner", "Steiner Sales Academy", "Vertriebstrainer", connected="2024-01-15", invite=("IN", "2024-01-14 19:00", ""))
P("j_xmas", "Vanessa Lorenz", "Eventlocation Donaublick", "Eventmanagerin", connected=None)
P("k_startup_it", "Marek Horvat", "Loopcraft Robotics", "Lab Engineer", connected="2024-12-02", invite=("IN", "2024-12-01 18:00", ""))
P("k_metall_gf2", "Ing. Harald Mayrhofer", "Mayrhofer Metallbau GmbH", "Prokurist", connected="2016-05-03")
P("w_colo", "Stefanie Aichinger", "Donaurechenzentrum Linz", "Vertrieb Colocation", connected=None)
P("j_chatbot", "Ben Carter", "ChatCloser AI", "Founder & CEO", connected=None)
P("j_podcast", "Sebastian Krammer", "Der Unternehmer-Podcast Österreich", "Host", connected="2024-05-13", invite=("IN", "2024-05-12 09:00", ""))
P("spon_webinar", "Northvault Cloud", "Northvault Cloud", "", url="https://www.linkedin.com/company/northvault-cloud")
P("spon_leasing", "Bluepeak Leasing", "Bluepeak Leasing", "", url="https://www.linkedin.com/company/bluepeak-leasing")
P("spon_mba", "Danube Executive School", "Danube Executive School", "", url="https://www.linkedin.com/company/danube-executive-school")

# ================================================================ GENUINE
C("genuine", "customer_outage", "de", "tax office server down, urgent, typos", [
    ("k_stb", "2024-01-29 07:42", "Herr Aigner, bei uns geht seit heut früh nix, der Server ist nicht erreichbar und keiner kann ins BMD. Telefon geht bei Ihnen nur die Box. Bitte um dringenden Rückruf, wir haben Monatsende!!"),
    ("me", "2024-01-29 07:51", "Guten Morgen Frau Pühringer, ich seh's im Monitoring, der Hyper-V-Host ist nach dem Stromausfall heute Nacht nicht mehr hochgefahren. Kollege Huemer ist in 20 Minuten bei Ihnen."),
    ("k_stb", "2024-01-29 09:15", "Läuft wieder. Danke, das war knapp."),
])
C("genuine", "customer_outage", "de", "doctor's office e-card system not working", [
    ("k_arzt", "2024-03-11 08:05", "Guten Morgen, bei uns funktioniert das e-card-System nicht, Fehlermeldung 'Verbindung zum GIN nicht möglich'. Wartezimmer ist voll. Können Sie bitte schauen?"),
    ("me", "2024-03-11 08:12", "Guten Morgen Herr Doktor, ich schalt mich gleich per Fernwartung drauf. Bitte den Router im Kastl neben der Anmeldung einmal aus- und einschalten, falls das Ihre Assistentin machen kann."),
    ("k_arzt", "2024-03-11 08:31", "Hat funktioniert, danke vielmals!"),
])
C("genuine", "customer_outage", "de", "manufacturer VPN to branch site down", [
    ("k_metall", "2024-05-14 13:20", "Bernhard, Standort Freistadt hat keine Verbindung zum ERP, VPN dürfte weg sein. Die Produktion steht dort. Wie schnell kann wer kommen?"),
    ("me", "2024-05-14 13:24", "Servus Gerald, schau ich mir sofort an. Wenn's die Firewall draußen ist, bin ich selber um 14:30 in Freistadt."),
    ("me", "2024-05-14 13:50", "Update: Provider hat in Freistadt eine Störung, Leitung ist tot. Ich schalte euch bis dahin auf den LTE-Backup um, dauert 10 Minuten."),
    ("k_metall", "2024-05-14 14:12", "Passt, läuft. Danke!"),
])
C("genuine", "customer_quote_request", "de", "manufacturer assistant asks for laptop quote, prices", [
    ("k_metall_it", "2024-02-06 10:30", "Hallo Herr Aigner, Herr Mayrhofer bittet um ein Angebot für 6 neue Notebooks für die Arbeitsvorbereitung (sollen CAD können) inkl. Einrichtung. Budget ca. 1.800 € pro Stück. Bis wann wäre das möglich?"),
    ("me", "2024-02-06 11:02", "Hallo Frau Leitner, gerne. Angebot kommt bis Donnerstag, ich würde das 14-Zoll-Modell mit dedizierter Grafik vorschlagen, liegt knapp drunter. Einrichtung pauschal 120 € pro Gerät."),
    ("k_metall_it", "2024-02-06 11:10", "Super, danke!"),
])
C("genuine", "customer_contract_price", "de", "bakery owner asks about maintenance contract price increase", [
    ("k_baeck", "2024-01-08 18:45", "Servus Bernhard, hab die Rechnung für den Wartungsvertrag bekommen, is ja um 8 % mehr wie letztes Jahr. Is das die Indexanpassung oder habts ihr was dazugerechnet? Ned bös gemeint, muss es nur meiner Frau erklären 😅"),
    ("me", "2024-01-08 19:30", "Servus Josef, ist nur der VPI laut Vertrag, 7,8 %. Zusätzlich ist nix drauf. Wenn du magst, komm ich nächste Woche vorbei und wir schauen, ob wir die alten Kassen-PCs eh noch brauchen, dann wird's wieder weniger."),
    ("k_baeck", "2024-01-08 19:41", "passt, danke dir. Krapfen gibts eh 😄"),
])
C("genuine", "customer_onboarding", "en", "startup COO asks for onboarding offer and call", [
    ("k_startup", "2024-11-21 09:10", "Hi Bernhard, thanks for connecting. We're 14 people, mostly engineers, all on Macs plus a few Linux boxes, Google Workspace. We need someone to handle onboarding/offboarding, device management and a proper backup. Could you send an offer? And maybe a quick call this week to walk through it?"),
    ("me", "2024-11-21 11:45", "Hi Priya, sure. We do Mac management for two other teams in the Tabakfabrik. Thursday 10:00 for a call? Offer will follow afterwards, roughly 45 euros per user per month depending on what you need."),
    ("k_startup", "2024-11-21 11:52", "Thursday 10 works. Talk then!"),
])
C("genuine", "inbound_lead_in_spam", "de", "dentist asks what a maintenance contract costs, landed in SPAM", [
    ("k_zahnarzt", "2024-09-17 20:35", "Sehr geehrter Herr Aigner, Sie wurden mir von Dr. Hölzl empfohlen. Wir sind eine Zahnarztpraxis mit 5 Arbeitsplätzen und einem Röntgen-PC, unser bisheriger Techniker geht in Pension. Was kostet bei Ihnen so ein Wartungsvertrag ungefähr? Könnten Sie sich das einmal anschauen kommen? Mit freundlichen Grüßen, Verena Strasser"),
], folder="SPAM")
C("genuine", "customer_question_invoice", "de", "lawyer questions hours on invoice", [
    ("k_anwalt", "2024-04-02 16:20", "Sehr geehrter Herr Ing. Aigner, in Ihrer Rechnung RE-2024-0318 sind 3,5 Stunden für 'Drucker Sekretariat' verrechnet. Das erscheint mir viel für einen Drucker. Können Sie mir das bitte kurz aufschlüsseln? Danke und beste Grüße, Thomas Eder"),
    ("me", "2024-04-02 17:05", "Sehr geehrter Herr Mag. Eder, das war der Tausch der Fixiereinheit inkl. Anfahrt und die Neuinstallation der Scan-to-Mail-Funktion auf allen 6 PCs. Ich schicke Ihnen den Arbeitsbericht per Mail. Beste Grüße"),
    ("k_anwalt", "2024-04-03 08:10", "Danke, das ist nachvollziehbar."),
])
C("genuine", "customer_public_sector", "de", "municipality asks about tender for new PCs", [
    ("k_gemeinde", "2024-06-18 10:45", "Grüß Gott Herr Aigner, wir werden heuer noch 12 PCs im Gemeindeamt tauschen und müssen dafür drei Angebote einholen. Dürfen wir Sie wieder einladen? Unterlagen kommen über die Vergabeplattform bis Ende Juni."),
    ("me", "2024-06-18 11:20", "Grüß Gott Frau Lehner, sehr gerne, wir beteiligen uns."),
])
C("genuine", "customer_quick_call", "de", "carpenter asks for quick call about new NAS", [
    ("k_tischler", "2024-10-03 12:05", "hallo bernhard, hast du heut nachmittag 10 min fürn kurzen anruf? gehts um die nas fürs büro, die alte macht komische geräusche"),
    ("me", "2024-10-03 12:40", "hallo franz, ja, ruf um 15 uhr an. Und bitte heute noch eine externe Platte anstecken, ich stoß eine Sicherung an."),
])
C("genuine", "thanks", "de", "thank-you after weekend restore (near-duplicate 1)", [
    ("k_thanks1", "2024-01-30 08:05", "Lieber Herr Aigner, vielen herzlichen Dank für Ihren schnellen Einsatz gestern! Ohne Sie hätten wir den Monatsabschluss nicht geschafft. Liebe Grüße, Michaela Pichler"),
])
C("genuine", "thanks", "de", "thank-you after fix (near-duplicate 2)", [
    ("k_thanks2", "2024-05-15 07:30", "Servus Bernhard, vielen herzlichen Dank für euren schnellen Einsatz gestern! Ohne euch wär Freistadt den ganzen Tag gestanden. LG Andreas"),
])
C("genuine", "thanks", "de", "thank-you after fix (near-duplicate 3)", [
    ("k_thanks3", "2024-03-11 12:10", "Vielen herzlichen Dank für die schnelle Hilfe heute früh! Liebe Grüße aus der Ordination, Sabine"),
    ("me", "2024-03-11 12:20", "Gern geschehen!"),
])
C("genuine", "existing_vendor_order", "de", "distributor about delayed existing order", [
    ("dist", "2024-02-12 14:00", "Hallo Herr Aigner, zu Ihrer Bestellung 4500378112 (6x Notebook, Projekt Mayrhofer): der Hersteller hat den Liefertermin auf KW 10 verschoben. Alternativ hätten wir das Vorgängermodell sofort lagernd, gleicher Preis, 8 GB weniger RAM. Wie möchten Sie vorgehen? Beste Grüße Claudia Hofer"),
    ("me", "2024-02-12 14:30", "Hallo Frau Hofer, bitte auf KW 10 warten, die brauchen den Speicher für CAD. Danke fürs Bescheidgeben!"),
    ("dist", "2024-03-06 09:10", "Kurzes Update: Ware ist heute raus, Tracking kommt per Mail."),
])
C("genuine", "existing_vendor_renewal", "de", "backup vendor about renewal of existing partner licences", [
    ("backupvendor", "2024-09-25 11:00", "Hallo Bernhard, eure Partnerlizenzen (62 Workloads) laufen am 31.10. aus. Die Verlängerung bleibt zum aktuellen Preis, wenn ihr bis 15.10. bestellt, danach gilt die neue Preisliste (+6 %). Soll ich dir das Angebot über Alpendist schicken lassen?"),
    ("me", "2024-09-25 13:20", "Hi Lukas, ja bitte, wir verlängern. 68 Workloads, wir haben inzwischen zwei Kunden mehr."),
])
C("genuine", "bank", "de", "bank advisor asks for annual statements for credit line renewal", [
    ("bank", "2024-04-16 09:30", "Sehr geehrter Herr Aigner, für die Verlängerung Ihres Betriebsmittelrahmens benötige ich wie jedes Jahr den Jahresabschluss 2023 sowie eine aktuelle Saldenliste. Könnten Sie mir diese bis Ende Mai zukommen lassen? Gerne auch ein kurzer Termin in der Filiale. Mit freundlichen Grüßen, Wolfgang Hinterberger"),
    ("me", "2024-04-16 10:05", "Grüß Gott Herr Hinterberger, mein Steuerberater schickt Ihnen das bis Mitte Mai. Einen Termin machen wir gerne, ich überlege ob wir den Rahmen für den neuen Bus etwas erhöhen."),
])
C("genuine", "existing_vendor_insurance", "de", "insurance broker about renewal of his cyber policy", [
    ("versich", "2024-07-08 15:40", "Hallo Bernhard, deine Betriebshaftpflicht inkl. Cyber läuft im September ab. Der Versicherer will heuer einen neuen Fragebogen zu MFA und Backups, ich schick ihn dir. Prämie bleibt laut Vorabinfo gleich. Lg Doris"),
    ("me", "2024-07-09 08:15", "Danke Doris, schick ihn, füll ich aus."),
])
C("genuine", "subcontractor", "de", "electrician coordinates cabling job for shared customer", [
    ("elektro", "2024-08-20 11:15", "Servus Bernhard, bei Mayrhofer in der neuen Halle sind die Leerverrohrungen fertig. Wir könnten nächste Woche die Cat7 ziehen. Brauchst du die Dosen in der Werkstatt auf 1,20 oder wie besprochen auf 0,30?"),
    ("me", "2024-08-20 12:00", "Servus Stefan, 1,20 bei den Werkbänken, sonst 0,30. Patchpanel kommt in den Schrank im Lager."),
])
C("genuine", "association_invite", "de", "chamber of commerce invites him to speak", [
    ("wko", "2024-02-27 10:00", "Lieber Herr Aigner, wir planen am 23. April in der WKO Linz einen Abend zum Thema 'Cybersicherheit für Kleinbetriebe' und würden Sie gern als Praktiker auf dem Podium haben (20 Minuten Impuls + Diskussion). Ein Honorar können wir leider nicht anbieten, aber Verpflegung und viele Unternehmer aus der Region. Hätten Sie Zeit und Lust? Beste Grüße, Birgit Fellner"),
    ("me", "2024-02-27 14:30", "Liebe Frau Fellner, sehr gerne, der 23. passt. Ich bereite was mit echten (anonymisierten) Vorfällen vor."),
])
C("genuine", "school_invite", "de", "technical school invites him as thesis jury", [
    ("htl", "2024-03-20 13:00", "Hallo Bernhard, wie jedes Jahr suchen wir externe Juroren für die Diplomarbeitspräsentationen der 5. Klassen, diesmal am 13. und 14. Juni. Hättest du an einem der Tage Zeit? Es gibt wieder ein Mittagessen und eine Urkunde 😉 LG Harald"),
    ("me", "2024-03-20 19:05", "Servus Harald, 13. Juni geht sich aus. Wie immer gern, vielleicht ist ja wieder wer für uns dabei."),
])
C("genuine", "journalist_request", "de", "journalist asks about NIS2 for small firms", [
    ("presse", "2024-10-08 11:30", "Sehr geehrter Herr Aigner, ich schreibe für das OÖ Wirtschaftsblatt einen Artikel zu NIS2 und was das für Zulieferbetriebe bedeutet. Ihr Vortrag bei der WKO wurde mir empfohlen. Hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat? Mit besten Grüßen, Julia Rammer"),
    ("me", "2024-10-08 12:10", "Sehr geehrte Frau Rammer, gerne, morgen ab 14 Uhr unter 0732 / 23 44 18."),
])
C("genuine", "colleague_cover", "de", "fellow MSP in Salzburg arranges holiday cover", [
    ("kollege_sbg", "2024-07-25 20:30", "Servus Bernhard, bin vom 5. bis 18. August in Kroatien. Wie letztes Jahr: Wenn bei meinen zwei Linzer Kunden was brennt, übernimmst du? Zugänge liegen im Passwortsafe wie gehabt, Stundensatz wie immer."),
    ("me", "2024-07-25 21:00", "Servus Martin, passt, mach ich. Schönen Urlaub!"),
])
C("genuine", "colleague_exchange", "de", "MSP in Wels asks for opinion on firewall vendor", [
    ("kollege_wels", "2024-11-12 17:45", "Hi Bernhard, kurze Frage unter Kollegen: ihr habt doch letztes Jahr von der einen Firewall-Marke weg gewechselt. Würdest du's wieder tun? Wir überlegen dasselbe, uns nervt der Support."),
    ("me", "2024-11-12 18:20", "Hi Roland, ja, sofort. Können wir gern am Freitag beim IT-Frühstück drüber reden."),
])
C("genuine", "applicant_apprentice", "de", "apprentice applicant asks about Lehrstelle", [
    ("bew_lehre", "2024-02-20 18:30", "Sehr geehrter Herr Aigner, danke, dass Sie meine Anfrage angenommen haben. Ich bin 15 und gehe in die Poly in Urfahr. Ich möchte gern IT-Techniker werden und hab schon meinen eigenen PC zusammengebaut. Bieten Sie heuer eine Lehrstelle an? Mit freundlichen Grüßen Elias Kastner"),
    ("me", "2024-02-21 08:00", "Hallo Elias, ja, wir nehmen im September einen Lehrling. Magst du eine Woche schnuppern kommen? Schick mir bitte dein Zeugnis per Mail."),
    ("bew_lehre", "2024-02-21 16:00", "Ja sehr gerne!! Mail ist unterwegs"),
])
C("genuine", "applicant_admin", "de", "sysadmin applicant asks salary range, hiring talk", [
    ("bew_admin", "2024-04-03 20:15", "Hallo Herr Aigner, ich habe Ihre Ausschreibung für die Stelle als Systemtechniker gesehen. Ich bin derzeit bei der Linz AG, 4 Jahre Erfahrung mit Windows Server, Intune und Netzwerk. Bevor ich mich offiziell bewerbe: In welchem Gehaltsrahmen liegt die Stelle, und ist eine 4-Tage-Woche möglich?"),
    ("me", "2024-04-04 07:45", "Hallo Frau Jović, danke für Ihr Interesse! Wir zahlen je nach Erfahrung 3.600 bis 4.200 € brutto, 14 mal. 4 Tage à 9,5 Stunden haben zwei Kollegen bereits. Ein Gespräch nächste Woche?"),
    ("bew_admin", "2024-04-04 09:00", "Klingt gut, Dienstag nach 16 Uhr wäre ideal."),
])
C("genuine", "owner_recruits_candidate", "de", "owner approaches a candidate himself", [
    ("me", "2024-05-08 12:00", "Hallo Daniel, danke fürs Annehmen. Wir suchen einen Techniker für unser Team in Urfahr, Kunden sind vor allem Kanzleien und Arztpraxen. Ich hab gesehen, du hast vorher bei einem Systemhaus gearbeitet. Hättest du Lust auf einen Kaffee, ganz unverbindlich?"),
    ("kandidat", "2024-05-09 19:20", "Hallo Bernhard, danke für die Nachricht. Bin grundsätzlich zufrieden, aber auf einen Kaffee gern. Nächsten Mittwoch nach der Arbeit?"),
    ("me", "2024-05-09 19:40", "Passt, 17 Uhr im Café in der Hauptstraße?"),
])
C("genuine", "former_employee", "de", "former employee asks for reference letter", [
    ("ex_mitarb", "2024-06-03 21:00", "Hallo Bernhard! Ich bewerbe mich gerade intern für eine Senior-Stelle und bräuchte ein aktualisiertes Dienstzeugnis bzw. ein kurzes Empfehlungsschreiben. Wär das möglich? Danke dir!"),
    ("me", "2024-06-04 07:30", "Hallo Lisa, klar, schick ich dir bis Freitag. Viel Erfolg!"),
])
C("genuine", "friend", "de", "old friend asks about the Stammtisch and a home router", [
    ("freund", "2024-12-19 22:10", "heast, gehst am samstag eh mit zum punsch? und ganz kurz: mei router daham spinnt seit dem update, kannst da des amoi anschaun wennst eh kommst 🙏"),
    ("me", "2024-12-19 22:30", "Klar bin ich dabei. Router schau ich mir an, nimm ihn mit 😂"),
])
C("genuine", "introduction", "de", "tax advisor introduces new client in a group chat", [
    ("intro_stb", "2024-06-12 09:00", "Liebe Frau Schöfl, lieber Bernhard, wie besprochen verbinde ich Sie beide hier. Frau Schöfl sucht jemanden, der die IT in ihrem Immobilienbüro (8 Personen) übernimmt. Bernhard betreut seit Jahren meine Kanzlei, ich kann ihn nur empfehlen."),
    ("intro_kunde", "2024-06-12 10:15", "Danke, Herr Obermayr! Herr Aigner, könnten Sie nächste Woche einmal bei uns vorbeischauen? Wir sind in der Landstraße."),
    ("me", "2024-06-12 11:00", "Sehr gern, Frau Schöfl. Dienstag um 9? Und danke dir, Helmut!"),
], title="Schöfl Immobilien IT")
C("genuine", "event_invite", "de", "IT-breakfast association invites to next meetup", [
    ("verein", "2024-11-05 08:00", "Guten Morgen! Am 15.11. ist wieder IT-Frühstück im Wissensturm, 7:30 Uhr, Thema diesmal 'KI im Kleinbetrieb – Hype oder Werkzeug'. Bitte kurz zu- oder absagen, damit wir genug Kipferl bestellen. LG Gabi"),
    ("me", "2024-11-05 08:20", "Bin dabei, danke!"),
])
C("genuine", "existing_vendor_order", "en", "cloud distributor about an existing licence order error", [
    ("msft_partner", "2024-08-02 10:40", "Hi Bernhard, regarding your order from yesterday for Loopcraft Robotics (14 x Business Premium): the tenant domain in the order doesn't match the one in your customer list. Could you confirm which one is correct before we provision? Thanks, Jan"),
    ("me", "2024-08-02 11:00", "Hi Jan, good catch, it's loopcraft-robotics.at, not .com. Please go ahead."),
])
C("genuine", "inbound_lead", "de", "plumbing company wants IT offer after bad experience", [
    ("kunde_lead_spam", "2024-12-04 18:10", "Grüß Gott Herr Aigner, wir sind ein Installateurbetrieb mit 22 Mitarbeitern in Gallneukirchen. Nach einem Verschlüsselungsvorfall letzte Woche suchen wir einen neuen IT-Partner. Frau Lehner von der Gemeinde hat Sie empfohlen. Könnten Sie uns ein Angebot für Betreuung und Backup machen? Am liebsten mit einem Termin vor Ort."),
    ("me", "2024-12-04 19:00", "Grüß Gott Herr Danninger, das tut mir leid zu hören. Ich kann morgen um 8 Uhr bei Ihnen sein und mir den Stand ansehen, ein Angebot gibt's dann bis Ende der Woche."),
])
C("genuine", "congrats", "de", "congratulations on 10-year company anniversary", [
    ("congrats", "2024-04-10 09:00", "Lieber Bernhard, herzliche Gratulation zum 10-jährigen Firmenjubiläum! Wahnsinn, wie die Zeit vergeht, ich weiß noch wie du mir den ersten Server in den Keller gestellt hast 😄 Weiter so! Manuela"),
    ("me", "2024-04-10 12:00", "Danke dir Manuela! Der Server läuft übrigens noch 😅"),
])
C("genuine", "customer_draft_reply", "de", "bakery asks about tablet for shop, owner's reply partly left as draft", [
    ("k_baeck", "2024-09-02 06:30", "Morgen Bernhard, brauch für die Filiale in Urfahr ein Tablet für die Bestellungen. Was würdst empfehlen und was kostet sowas ca.?"),
    ("me", "2024-09-02 08:45", "Morgen Josef, ein robustes Android-Tablet mit Hülle liegt bei ca. 350 €, eingerichtet mit eurer Bestell-App. Ich bring dir eins zum Anschauen mit."),
    ("me", "2024-09-02 08:50", "PS: und das mit der Kasse machen wir"),
], drafts={2})

C("genuine", "customer_support_mixed", "mixed", "startup engineer writes English, owner answers in German, they mix", [
    ("k_startup_it", "2024-12-03 10:20", "Hi Bernhard, Marek from Loopcraft. The new Macs don't see the lab printer, Priya said I should ask you directly. Sorry, mein Deutsch ist noch nicht so gut 😅"),
    ("me", "2024-12-03 10:35", "Hallo Marek, kein Problem! The printer is in a separate VLAN, I'll add a rule today. Sag mir bitte, welche Geräte betroffen sind?"),
    ("k_startup_it", "2024-12-03 10:41", "Danke! Three MacBooks, serials are in the ticket. Works now?"),
    ("me", "2024-12-03 11:10", "Jetzt sollte es gehen, bitte einmal testen."),
])
C("genuine", "customer_price_negotiation", "de", "customer wants a quick call because the offer is too expensive", [
    ("k_metall_gf2", "2024-10-21 16:05", "Grüß Gott Herr Aigner, danke für das Angebot zur Netzwerkerweiterung Halle 3. Preislich liegen wir ca. 4.000 € über dem, was wir budgetiert haben. Hätten Sie morgen 15 Minuten für ein kurzes Telefonat? Vielleicht können wir den Switch-Teil abspecken."),
    ("me", "2024-10-21 16:40", "Grüß Gott Herr Ing. Mayrhofer, gern, morgen um 9 Uhr? Beim Switch-Teil geht einiges, wenn wir auf PoE in der Werkstatt verzichten."),
    ("k_metall_gf2", "2024-10-21 16:45", "Passt, 9 Uhr."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "Linz colocation provider after his post about servers in the office", [
    ("w_colo", "2024-11-18 11:00", "Guten Tag Herr Aigner, Sie haben geschrieben, dass die Backup-Server Ihrer Kunden noch bei Ihnen im Büro in der Hauptstraße stehen und Sie sich bei jedem Gewitter Sorgen machen. Unser Rechenzentrum ist 3 km von Ihnen entfernt; für IT-Dienstleister vermieten wir Viertel-Racks mit 24/7-Zutritt ab 290 € im Monat inkl. Strom bis 1 kW. Gerne zeige ich Ihnen die Räume bei einer kurzen Führung."),
])
C("junk", "irrelevant_product", "en", "AI website chatbot mass pitch", [
    ("j_chatbot", "2024-09-16 17:00", "Hey Bernhard 👋 Quick question: what happens when a visitor lands on your website at 11pm? With ChatCloser AI, an AI agent answers, qualifies and books them into your calendar 24/7. Setup in 5 min. Want a free trial?"),
])
C("junk", "paid_podcast", "de", "podcast guest slot with a fee after connecting", [
    ("j_podcast", "2024-05-13 10:00", "Hallo Bernhard, danke fürs Vernetzen! Ich würde dich gern als Gast in 'Der Unternehmer-Podcast Österreich' einladen. Unsere Folgen erreichen über 20.000 Hörer. Für Schnitt, Cover und Bewerbung fällt ein einmaliger Beitrag von 390 € an. Sollen wir einen Aufnahmetermin fixieren?"),
])

# ================================================================ WANTED PITCH
C("wanted_pitch", "tailored_relevant_pitch", "de", "NIS2 consultant proposes partnership for his manufacturing clients", [
    ("w_nis2", "2024-03-06 10:00", "Lieber Herr Aigner, danke fürs Vernetzen. Sie haben in Ihrem Beitrag geschrieben, dass zwei Ihrer Metallbau-Kunden von ihren Automotive-Abnehmern NIS2-Nachweise verlangt bekommen und Sie die organisatorische Seite (Risikoanalyse, Meldeprozesse) nicht abdecken wollen. Genau das mache ich, technisch bin ich dagegen keine Hilfe. Wollen wir uns auf einen Kaffee treffen und schauen, ob wir uns ergänzen? Ich bin in Linz-Urfahr."),
    ("me", "2024-03-06 17:30", "Liebe Frau Breitenfellner, ja, das passt sogar sehr gut. Kommende Woche Mittwoch?"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "security awareness vendor refers to phishing incident post, Austrian content", [
    ("w_aware", "2024-05-27 14:20", "Hallo Herr Aigner, Ihr Post über die gefälschte 'FinanzOnline'-Mail bei einer Steuerkanzlei war sehr anschaulich. Die meisten Awareness-Schulungen am Markt sind deutsch-deutsch und zeigen Sparkassen-Mails, die bei österreichischen Kunden nicht ziehen. Wir haben Vorlagen mit FinanzOnline, ÖGK, Post.at usw. und ein MSP-Modell mit Mandantenfähigkeit ab 1,20 € pro User. Ich richte Ihnen gern einen Testmandanten ein, dann können Sie es bei Ihrer Kanzlei ausprobieren."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "fibre provider after his post about slow upload in Urfahr", [
    ("w_fiber", "2024-07-02 09:15", "Guten Morgen Herr Aigner, Sie hatten sich über 40 Mbit Upload im Büro in der Hauptstraße beschwert, weil die Offsite-Backups Ihrer Kunden nachts nicht fertig werden. Wir haben im Juni genau diesen Straßenzug mit Glasfaser erschlossen. Für Ihre Adresse wären symmetrisch 500/500 mit fixer IP um 149 € netto möglich, Anschluss aktuell ohne Herstellungskosten. Darf ich Ihnen die Verfügbarkeit schriftlich schicken?"),
    ("me", "2024-07-02 10:00", "Ja bitte, das wäre eine Erlösung."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "ticketing tool founder references his Excel ticket comment", [
    ("w_psa", "2024-10-15 16:00", "Servus Bernhard, du hast in der UBIT-Gruppe geschrieben, dass ihr Tickets und Stunden noch in Excel und Outlook führt, weil die großen PSA-Tools für 7 Leute zu teuer und zu englisch sind. Ich bin selbst Ex-Techniker aus Steyr und hab genau dafür ein kleines Tool gebaut: deutsch, Abrechnung nach österreichischer Rechnungslegung, 15 € pro Techniker. Magst es dir 30 Tage anschauen? Ich helf beim Import der Excel."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "IT recruiter refers to his open technician job posting", [
    ("w_recruit", "2024-05-21 08:30", "Hallo Herr Aigner, ich sehe, Ihre Stelle als Systemtechniker ist seit Februar online. Ich vermittle ausschließlich IT-Techniker in Oberösterreich und habe aktuell zwei Kandidaten, die aus größeren Systemhäusern weg wollen und Kanzlei-Umfeld kennen. Mein Honorar ist erfolgsabhängig (15 % vom Jahresbrutto). Soll ich Ihnen die anonymisierten Profile schicken?"),
    ("me", "2024-05-21 12:00", "Hallo Frau Oberndorfer, ja, schicken Sie mir die Profile bitte."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "refurbished hardware dealer refers to sustainability post", [
    ("w_refurb", "2024-08-08 11:40", "Hallo Herr Aigner, Sie haben letztens gepostet, dass Sie bei der Gemeinde Gallneukirchen gern gebrauchte Business-Geräte einsetzen würden, es aber keine Gewährleistung gibt. Wir sind ein Refurbisher in Linz-Ebelsberg, 24 Monate Gewährleistung, Datenlöschung mit Zertifikat, und wir kaufen auch Ihre Altgeräte an. Gerne schicke ich eine Liste der aktuell lagernden Business-Notebooks."),
])
C("wanted_pitch", "tailored_relevant_pitch", "en", "Czech NOC offers German-speaking night monitoring after on-call post", [
    ("w_noc", "2024-08-14 09:00", "Dear Mr Aigner, thank you for accepting. In your post you wrote that you personally carry the on-call phone every second week and want to stop. We are a NOC in České Budějovice, 1 hour from Linz, with German-speaking technicians at night. We work with 9 small MSPs in Upper Austria and Bavaria and only handle monitoring and first response, never contact your customers directly. Would you like a short call to see if our escalation model fits?"),
    ("me", "2024-08-14 20:30", "Hello Mr Dvořák, interesting timing. Yes, let's talk next week. Tuesday 10:00?"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "cyber insurance specialist with MSP angle refers to his WKO talk", [
    ("w_cyberins", "2024-04-25 10:20", "Guten Tag Herr Aigner, ich war vorgestern bei Ihrem Impuls in der WKO. Sie sagten, die meisten Ihrer Kunden haben keine Cyberversicherung, weil die Fragebögen sie überfordern. Wir haben mit zwei Versicherern einen Rahmen speziell für Kunden von IT-Dienstleistern: Wenn Sie MFA und Backup bestätigen, entfällt der Großteil der Fragen. Wäre es interessant, das für Ihre Kanzleikunden einmal durchzurechnen?"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "medical-practice software partner refers to his doctor clients", [
    ("w_arztsw", "2024-06-25 15:45", "Hallo Herr Aigner, auf Ihrer Website steht, dass Sie über 30 Ordinationen in OÖ betreuen. Wir sind Hersteller einer Arztsoftware und suchen für das Mühlviertel einen technischen Partner, der bei Umstellungen die Hardware und das Netzwerk macht. Wir zahlen die Installationsstunden direkt. Wäre das für Sie interessant?"),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "fibre-optic cabling company after his question in a group", [
    ("w_cabling", "2024-09-02 07:50", "Servus Bernhard, du hast in der Gruppe gefragt, wer im Mühlviertel LWL spleißt, weil die Halle bei Mayrhofer eine Glasfaser zum Bürotrakt braucht. Das machen wir, Messprotokoll inklusive. Für ca. 120 m und zwei Schränke wären wir bei 1.400–1.700 € netto. Ich kann nächste Woche vorbeischauen."),
    ("me", "2024-09-02 08:30", "Servus Roman, super, Donnerstag wär gut. Ich schick dir die Adresse."),
])
C("wanted_pitch", "tailored_relevant_pitch", "de", "licence consultant spots over-licensing in his public tender", [
    ("w_m365", "2024-07-15 13:00", "Guten Tag Herr Aigner, in der Ausschreibung der Marktgemeinde Gallneukirchen war Ihr Angebot öffentlich einsehbar. Mir ist aufgefallen, dass für die 12 Arbeitsplätze E3-Lizenzen kalkuliert sind, obwohl laut Leistungsverzeichnis Business Premium ausreichen würde. Ich berate Systemhäuser bei solchen Fragen auf Stundenbasis (95 €). Falls Sie das bei künftigen Angeboten gegenprüfen lassen wollen, melden Sie sich gern."),
])

# ================================================================ JUNK
C("junk", "connect_then_pitch_offshore", "en", "small talk then offshore developers pitch", [
    ("j_offshore", "2024-03-18 06:00", "Hi Bernhard, thanks for connecting! How is business in Austria these days?"),
    ("me", "2024-03-18 08:30", "Hi Rahul, busy, thanks."),
    ("j_offshore", "2024-03-18 08:45", "Great to hear! We are CodeNest Technologies, a 250+ member team providing dedicated developers (.NET, React, Python, Flutter) at $18/hour. Many European IT companies scale with us. Can we schedule a quick call to discuss your requirements?"),
    ("j_offshore", "2024-03-25 06:00", "Hi Bernhard, following up on my previous message. Let me know a suitable time."),
])
# template from four senders
C("junk", "template_appointment_setting", "de", "appointment-setting template (sender 1)", [
    ("tpl1", "2024-02-14 09:00", "Sehr geehrter Herr Aigner,\n\nich bin auf die Aigner IT-Service GmbH aufmerksam geworden und war beeindruckt. Wir unterstützen IT-Dienstleister dabei, planbar 5–10 qualifizierte Neukundentermine pro Monat zu erhalten – ohne Kaltakquise und ohne Risiko, Sie zahlen nur für stattgefundene Termine.\n\nHätten Sie diese Woche 15 Minuten für ein kurzes Kennenlernen?\n\nBeste Grüße\nKevin Schuster"),
])
C("junk", "template_appointment_setting", "de", "appointment-setting template (sender 2, same company)", [
    ("tpl2", "2024-06-04 10:12", "Hallo Herr Aigner,\n\nich bin auf Ihr Unternehmen aufmerksam geworden und war beeindruckt. Wir helfen IT-Dienstleistern, planbar 5–10 qualifizierte Neukundentermine pro Monat zu bekommen – ganz ohne Kaltakquise und ohne Risiko, bezahlt wird nur für stattgefundene Termine.\n\nHätten Sie diese Woche 15 Minuten für ein kurzes Kennenlernen?\n\nViele Grüße\nLaura Wendt"),
    ("tpl2", "2024-06-11 10:12", "Hallo Herr Aigner, ich wollte meine Nachricht nochmal nach oben holen 🙂"),
])
C("junk", "template_appointment_setting", "de", "appointment-setting template (sender 3, different company, spintax)", [
    ("tpl3", "2024-09-03 08:30", "Guten Tag Herr Aigner,\n\nbin gerade auf Aigner IT gestoßen und war wirklich beeindruckt. Wir unterstützen Systemhäuser dabei, jeden Monat planbar 8–12 qualifizierte Erstgespräche mit Entscheidern zu bekommen – keine Kaltakquise, kein Risiko, Sie zahlen nur für tatsächlich stattgefundene Termine.\n\nHätten Sie diese Woche 15 Minuten Zeit für ein kurzes Kennenlernen?\n\nBeste Grüße\nMarcel Koenig"),
])
C("junk", "template_appointment_setting", "de", "appointment-setting template (sender 4, SPAM folder)", [
    ("tpl4", "2024-11-19 07:05", "Sehr geehrter Herr Aigner,\n\nich bin auf die Aigner IT-Service GmbH aufmerksam geworden und war begeistert. Wir unterstützen IT-Dienstleister dabei, planbar 5–10 qualifizierte Neukundentermine pro Monat zu erhalten – ohne Kaltakquise, ohne Risiko. Sie zahlen nur für stattgefundene Termine.\n\nHaben Sie diese oder nächste Woche 15 Minuten für ein kurzes Kennenlernen?\n\nHerzliche Grüße\nJana Brückner"),
], folder="SPAM")
C("junk", "reseller_spam", "de", "cloud backup reseller programme, generic", [
    ("j_reseller", "2024-04-09 11:00", "Hallo Herr Aigner,\n\nwerden Sie Skybackup-Partner und verdienen Sie bis zu 40 % Marge auf jede verkaufte Lizenz! Keine Mindestabnahme, White-Label-Portal, deutschsprachiger Support. Jetzt registrieren und die ersten 3 Monate kostenlos testen.\n\nIch freue mich auf Ihre Rückmeldung!"),
])
C("junk", "reseller_spam", "en", "reseller recruitment in English", [
    ("j_reseller2", "2024-10-22 15:30", "Hi Bernhard, are you looking for new recurring revenue streams? Join 3,000+ MSPs reselling our cloud suite: email security, backup, VoIP. Up to 50% margin and free marketing materials. Book your onboarding call here 👉"),
])
C("junk", "capacity_question", "de", "do you have capacity for new clients", [
    ("j_capacity", "2024-09-10 09:30", "Hallo Bernhard, kurze Frage: Hast du aktuell Kapazitäten für neue Kunden?"),
    ("me", "2024-09-10 12:00", "Hallo Sarah, kommt drauf an. Worum geht's?"),
    ("j_capacity", "2024-09-10 12:20", "Super! Ich arbeite mit IT-Unternehmern, die von 300k auf 1 Mio. Umsatz wachsen wollen. Mit unserem Wachstumsprogramm hast du in 90 Tagen ein skalierbares Vertriebssystem. Hast du Mittwoch 15 Minuten für ein Gespräch?"),
])
C("junk", "like_minded_entrepreneurs", "de", "like-minded entrepreneurs then investment pitch", [
    ("j_gleich", "2024-04-22 08:00", "Servus Bernhard, danke fürs Vernetzen! Ich verbinde mich gern mit gleichgesinnten Unternehmern, die etwas bewegen wollen. Ich baue gerade einen exklusiven Kreis von Unternehmern auf, die ihr Vermögen steueroptimiert in Immobilien in Dubai anlegen. Wäre das grundsätzlich ein Thema für dich?"),
])
C("junk", "quick_call", "de", "data room provider asks for quick 15 minute call", [
    ("j_call", "2024-05-06 10:00", "Hallo Herr Aigner, darf ich Ihnen in einem kurzen 15-minütigen Call zeigen, wie Datenraum24 Ihre Due-Diligence-Prozesse beschleunigt? Wann passt es Ihnen diese Woche?"),
])
C("junk", "follow_up_bumps", "de", "promo products with three bumps", [
    ("j_bump", "2024-02-19 09:00", "Sehr geehrter Herr Aigner, suchen Sie noch Werbegeschenke für Ihre Kunden? Bei ProfiPrint erhalten Sie USB-Sticks, Kugelschreiber und Tassen mit Ihrem Logo ab 50 Stück. Gerne sende ich Ihnen unseren Katalog."),
    ("j_bump", "2024-02-26 09:00", "Kurze Erinnerung an meine Nachricht 🙂"),
    ("j_bump", "2024-03-04 09:00", "Darf ich nochmals nachfragen, ob Interesse besteht?"),
    ("j_bump", "2024-03-11 09:00", "Letzter Versuch: Soll ich Ihnen den Katalog zusenden oder ist das Thema aktuell nicht relevant?"),
])
C("junk", "recruiting_unrelated", "de", "recruiter offers unrelated SAP job in Germany", [
    ("j_recruit", "2024-06-20 14:00", "Hallo Herr Aigner, ich bin auf Ihr Profil gestoßen und denke, Sie wären ideal für eine Position als SAP FI/CO Senior Berater (m/w/d) bei einem DAX-Konzern in Frankfurt. Sehr attraktives Gehalt, 30 Tage Urlaub. Hätten Sie Interesse an einem Austausch?"),
])
C("junk", "recruiting_financial_advisor", "de", "financial advisor team recruitment after connecting", [
    ("j_recruit2", "2024-10-01 20:30", "Hallo Bernhard, danke für die Vernetzung! Ich baue gerade ein Team in Oberösterreich auf und suche Menschen mit Unternehmergeist, die sich nebenberuflich ein zweites Standbein als Vermögensberater aufbauen wollen. Wäre das etwas für dich?"),
], folder="SPAM")
C("junk", "crypto", "de", "crypto investment pitch in SPAM", [
    ("j_crypto", "2024-07-30 23:15", "Hallo Bernhard, ich hoffe es geht dir gut 😊 Ich habe vor einem Jahr angefangen, mit einer KI-gestützten Bitcoin-Strategie zu investieren und verdiene jetzt passiv 3.000 € pro Monat. Darf ich dir zeigen, wie das funktioniert? Start schon ab 250 €."),
], folder="SPAM")
C("junk", "mlm", "de", "MLM health products after connecting", [
    ("j_mlm", "2024-02-02 21:00", "Hallo Bernhard 💚 Schön, dass wir vernetzt sind! Darf ich dich was fragen? Bist du offen für Möglichkeiten, dir neben deinem Job etwas aufzubauen? Ich arbeite mit einem Gesundheits-Unternehmen und suche noch 2 Partner in OÖ."),
    ("j_mlm", "2024-02-09 20:45", "Hey, hast du meine Nachricht gesehen? Würde dir gern ein kurzes Video schicken 😊"),
])
C("junk", "paid_award", "de", "paid business award with seal fee", [
    ("j_award", "2024-03-27 10:00", "Sehr geehrter Herr Aigner,\n\nwir freuen uns, Ihnen mitteilen zu dürfen, dass die Aigner IT-Service GmbH von unserer Jury als 'Top IT-Dienstleister Oberösterreich 2024' ausgewählt wurde.\n\nUm die Auszeichnung zu nutzen (Urkunde, digitales Siegel, Pressemitteilung), fällt eine einmalige Lizenzgebühr von 890 € zzgl. USt. an. Bitte bestätigen Sie bis 10. April.\n\nMit freundlichen Grüßen\nDr. Carina Lobmeyr"),
])
C("junk", "paid_feature", "de", "paid magazine interview", [
    ("j_feature", "2024-08-19 13:30", "Hallo Herr Aigner! Für unsere Herbstausgabe 'Erfolgsmenschen Oberösterreich' suchen wir inspirierende Unternehmerpersönlichkeiten. Wir würden Sie gern porträtieren (2 Seiten, Interview + Fotoshooting). Der Kostenbeitrag für Produktion und Distribution beträgt 1.490 €. Darf ich einen Platz für Sie reservieren?"),
])
C("junk", "sells_what_he_sells", "de", "white-label helpdesk from Vienna, generic", [
    ("j_whitelabel", "2024-05-29 11:00", "Hallo Herr Aigner,\n\nals IT-Dienstleister kennen Sie das: Tickets stapeln sich, Techniker sind knapp. HelpdeskPro24 übernimmt Ihren First-Level-Support 24/7 unter Ihrem Namen – ab 9 € pro Ticket. Wann können wir kurz telefonieren?"),
])
C("junk", "sells_what_he_sells", "en", "offshore MSP offers managed IT services to him", [
    ("j_msp_same", "2024-09-24 04:40", "Dear Bernhard,\n\nNimbus Managed Services offers 24/7 IT support, network monitoring, cloud migration and cybersecurity for businesses like Aigner IT-Service GmbH. Reduce your IT costs by up to 60%! Let us know a convenient time for a quick call.\n\nRegards,\nArun"),
])
C("junk", "seo_pitch", "de", "SEO agency, not on page one", [
    ("j_seo", "2024-03-12 15:00", "Hallo Herr Aigner, ich habe nach 'IT Dienstleister Linz' gegoogelt und Ihre Website erst auf Seite 3 gefunden. Ihre Mitbewerber schnappen Ihnen so täglich Kunden weg! Gerne erstelle ich Ihnen eine kostenlose SEO-Analyse. Interesse?"),
])
C("junk", "lead_list", "de", "address database of IT decision makers", [
    ("j_data", "2024-01-23 09:45", "Guten Tag, exklusiv für IT-Dienstleister: 12.400 verifizierte Entscheider-Kontakte aus Österreich (GF, IT-Leiter) mit Durchwahl und E-Mail, DSGVO-konform. Aktionspreis 790 € statt 1.290 €. Soll ich Ihnen eine Probeliste schicken?"),
], folder="SPAM")
C("junk", "fluent_named_company", "de", "recruiting ads pitch naming his company fluently", [
    ("j_named", "2024-07-22 12:00", "Hallo Bernhard, danke fürs Annehmen! Ich hab gesehen, dass die Aigner IT-Service GmbH gerade einen Systemtechniker sucht und ihr euch auf Kanzleien und Ordinationen spezialisiert habt, spannende Nische! Genau solche Betriebe unterstützen wir mit Recruiting über Social Ads: In 30 Tagen 20+ Bewerbungen, garantiert. Sollen wir uns diese Woche kurz dazu austauschen?"),
    ("j_named", "2024-07-29 12:00", "Hi Bernhard, nur kurz nachgehakt, passt dir Donnerstag?"),
])
C("junk", "connect_then_pitch_ma", "de", "M&A firm after connecting, buyers for MSPs", [
    ("j_ma", "2024-08-26 09:15", "Hallo Herr Aigner, danke für die Vernetzung. Wie läuft das Geschäft in Linz?"),
    ("me", "2024-08-26 20:00", "Danke, gut."),
    ("j_ma", "2024-08-27 08:00", "Freut mich! Wir begleiten Inhaber von IT-Dienstleistern beim Unternehmensverkauf und haben derzeit mehrere strategische Käufer, die in Oberösterreich zukaufen wollen. Haben Sie sich schon einmal Gedanken über Ihre Nachfolge gemacht? Gerne kostenlose Unternehmensbewertung."),
])
C("junk", "franchise", "de", "phone repair franchise offer", [
    ("j_franchise", "2024-11-26 10:30", "Sehr geehrter Herr Aigner, werden Sie FixFone-Franchisepartner in Linz! Handyreparatur ist ein krisensicherer Markt. Startkapital ab 35.000 €, wir unterstützen bei Standort und Marketing. Darf ich Ihnen unsere Infomappe senden?"),
])
C("junk", "irrelevant_product", "de", "office coffee machine rental", [
    ("j_kaffee", "2024-01-16 08:15", "Grüß Gott Herr Aigner, wie zufrieden sind Sie mit dem Kaffee in Ihrem Büro? Wir stellen Ihnen einen Vollautomaten kostenlos hin, Sie zahlen nur die Bohnen. Darf ich nächste Woche mit einer Verkostung vorbeikommen?"),
])
C("junk", "irrelevant_product", "de", "Christmas party venue mass message", [
    ("j_xmas", "2024-10-14 14:00", "Liebe Unternehmerinnen und Unternehmer, die Weihnachtsfeier steht vor der Tür! 🎄 Sichern Sie sich jetzt Ihren Termin in der Eventlocation Donaublick – Frühbucherbonus bis 31.10.: Sektempfang gratis. Ich freue mich auf Ihre Anfrage!"),
])
C("junk", "merge_tag_failure", "en", "unfilled first name tag", [
    ("j_mt1", "2024-04-30 16:00", "Hi {{FirstName}},\n\nI noticed {{Company}} is growing fast! Growlytics helps IT companies like yours turn website visitors into booked meetings. Would you be open to a 15-min chat next week?"),
])
C("junk", "merge_tag_failure", "de", "bracket placeholder for company", [
    ("j_mt2", "2024-06-11 09:00", "Sehr geehrte Damen und Herren der [Firmenname],\n\nunser Seminar 'Mehr Gewinn im IT-Vertrieb' findet am 12. September in Wien statt. Melden Sie sich jetzt an und sichern Sie sich 20 % Frühbucherrabatt."),
])
C("junk", "merge_tag_failure", "en", "wrong name and wrong company", [
    ("j_mt3", "2024-08-06 05:30", "Hi Thomas,\n\nHope you're doing well. I came across Aigner Elektro GmbH and was impressed by your growth. We are a leading software development company offering custom web and mobile app development. Can we connect for a brief discussion?\n\nThanks,\nRavi"),
])
C("junk", "merge_tag_failure", "de", "gender placeholder and unfilled tag after connecting", [
    ("j_mt4", "2024-11-05 08:30", "Sehr geehrte/r Frau/Herr %NACHNAME%, vielen Dank für die Vernetzung! Als Geschäftsführer/in wissen Sie, wie wichtig ein zuverlässiger Fuhrpark ist. Flottenprofi Leasing bietet Ihnen E-Autos ab 299 € netto im Monat. Darf ich Ihnen ein Angebot erstellen?"),
])
C("junk", "offshore_dev", "en", "second offshore dev pitch with bumps", [
    ("j_offshore2", "2024-12-02 05:00", "Hello Bernhard,\n\nHope you are doing well! DevBridge Global is an ISO certified software company with 400+ developers. We help European agencies and IT firms with white-label development, staff augmentation and AI solutions at 60% lower cost.\n\nAre you available for a quick 15 min call this week?"),
    ("j_offshore2", "2024-12-09 05:00", "Hi Bernhard, just following up on my previous message. Looking forward to hearing from you."),
])
C("junk", "connect_then_pitch_training", "de", "two friendly messages then sales training pitch", [
    ("j_smalltalk", "2024-01-15 08:00", "Hallo Bernhard, danke fürs Vernetzen! Ich sehe, du bist auch in Linz, wie lange gibt's euch schon?"),
    ("me", "2024-01-15 12:00", "Hallo Patrick, seit 2014."),
    ("j_smalltalk", "2024-01-15 12:10", "Respekt, 10 Jahre! 👏 Wie gewinnt ihr aktuell neue Kunden, eher über Empfehlungen?"),
    ("me", "2024-01-15 13:00", "Fast nur Empfehlungen."),
    ("j_smalltalk", "2024-01-16 07:30", "Das höre ich oft! Genau da setzt mein Vertriebstraining für Techniker an: In 6 Wochen lernt dein Team, Zusatzaufträge beim Kunden zu erkennen und abzuschließen. Nächster Kurs startet im Februar, 2 Plätze frei. Soll ich dir die Infos schicken?"),
])
C("junk", "sponsored_inmail", "de", "sponsored cloud webinar", [
    ("spon_webinar", "2024-03-04 12:00", "<p>Hallo Bernhard,</p><p>erfahren Sie in unserem <b>kostenlosen Webinar</b>, wie Sie mit Northvault Cloud Ihre Infrastrukturkosten um bis zu 35&nbsp;% senken.</p><p><a href=\"https://example.invalid/northvault\">Jetzt anmelden</a></p>"),
], title="Sponsored Conversation")
C("junk", "sponsored_inmail", "de", "sponsored leasing offer", [
    ("spon_leasing", "2024-06-17 12:00", "<p>Hallo Bernhard, investieren ohne Liquidität zu binden: <b>Bluepeak IT-Leasing</b> ab 36 Monaten, Entscheidung in 24 Stunden.</p>"),
], title="Sponsored Conversation")
C("junk", "sponsored_inmail", "en", "sponsored executive MBA", [
    ("spon_mba", "2024-10-07 12:00", "<p>Hi Bernhard, take the next step in your leadership journey. Our part-time <b>Executive MBA</b> starts in March. Scholarships available for entrepreneurs.</p>"),
], title="Sponsored Conversation")

x.write(
    Path(__file__).resolve().parents[1] / SLUG,
    {"First Name": "Bernhard", "Last Name": "Aigner",
     "Headline": "Geschäftsführer Aigner IT-Service GmbH | IT-Betreuung für Kanzleien, Ordinationen und Gewerbe in OÖ",
     "Summary": "Wir betreuen mit 7 Leuten die IT von rund 60 Kleinbetrieben in Linz und im Mühlviertel: Steuerberater, Anwälte, Arztpraxen, Metallbau, Gemeinden. Server, Netzwerk, Backup, Microsoft 365, Security. Lehrbetrieb.",
     "Industry": "IT Services and IT Consulting", "Geo Location": "Linz, Oberösterreich, Österreich",
     "Websites": "[COMPANY:aigner-it.at]"},
    [
        {"Company Name": "Aigner IT-Service GmbH", "Title": "Geschäftsführer",
         "Description": "Managed Services, Netzwerk, Backup, Microsoft 365", "Location": "Linz",
         "Started On": "Apr 2014", "Finished On": ""},
        {"Company Name": "Datenwerk Systemhaus GmbH", "Title": "Systemtechniker", "Description": "",
         "Location": "Wels", "Started On": "Sep 2006", "Finished On": "Mar 2014"},
    ],
    ["Netzwerktechnik", "Microsoft 365", "Windows Server", "Backup & Recovery", "Firewall",
     "IT-Sicherheit", "Hyper-V", "Lehrlingsausbildung"],
)
print(x.summary())

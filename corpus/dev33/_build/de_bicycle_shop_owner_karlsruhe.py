"""Persona: Katrin Ebersbach, owner of Fächerrad (bicycle shop, e-bike leasing partner, repair
workshop) in Karlsruhe-Oststadt. Mostly German with a few English threads, 2021 export layout.
Every message is written by hand for dev33 (written blind to the detector).
Run: python this_file.py  -> regenerates the persona folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-bicycle-shop-owner-karlsruhe"
SHOP = "Fächerrad Karlsruhe GmbH"

owner = Person("me", "Katrin Ebersbach", "https://www.linkedin.com/in/katrin-ebersbach-faecherrad",
               SHOP, "Inhaberin & Geschäftsführerin")
x = Export(SLUG, "2021", owner)
p = x.person
c = x.conv

# ----------------------------------------------------------------- people: genuine contacts
p("stamm", "Werner Kübler", "", "Rentner, Ex-Lehrer am Fichte-Gymnasium", connected="2014-05-03")
p("quote_cust", "Simone Rapp", "", "Architektin", connected="2021-03-02")
p("it_firm", "Jan-Philipp Stoll", "Rheinbit Software GmbH", "Head of People & Culture", connected="2021-02-09")
p("grosshandel", "Bernd Hartmann", "Hartmann Zweiradgroßhandel", "Vertrieb Außendienst Baden",
  connected="2015-09-14")
p("leasing_am", "Nadine Vogel", "DienstVelo GmbH", "Partnermanagerin Fachhandel Süd", connected="2019-04-10")
p("brand_rep", "Tobias Gärtner", "Kinzig Bikes", "Gebietsverkaufsleiter Südwest", connected="2017-11-20")
p("peer_ett", "Jochen Maier", "Radlager Ettlingen", "Inhaber", connected="2013-06-18")
p("recruit_ok", "Svenja Lorenz", "Velopersonal", "Personalberaterin Zweirad", connected="2021-01-12")
p("azubi", "Luca Schneider", "", "Schüler, Realschule Durlach",
  invite=("IN", "2021-04-19 18:40", "Hallo Frau Ebersbach, ich würde mich gern für die Ausbildung bewerben."),
  connected="2021-04-20")
p("journo", "Petra Hauser", "Badische Rundschau", "Redakteurin Lokales Karlsruhe", connected="2020-07-01")
p("city", "Dr. Felix Brandner", "Stadt Karlsruhe", "Radverkehrsbüro, Stadtplanungsamt", connected="2018-03-22")
p("verband", "Ulrike Seitz", "Zweirad-Fachhandelsverband Baden-Württemberg", "Geschäftsführerin",
  connected="2016-02-01")
p("guest1", "Andreas Fettig", "Sparkasse Karlsruhe", "Firmenkundenberater", connected="2016-10-05")
p("guest2", "Heike Roth", "Radsportverein Durlach 1899", "Vorsitzende", connected="2019-05-12")
p("guest3", "Martin Oberle", "Oberle Steuerberatung", "Steuerberater", connected="2012-01-30")
p("spam_cust", "Gisela Nagel", "", "Kundin", connected="2020-08-24")
p("mech", "Dominik Wagner", SHOP, "Zweiradmechatroniker-Meister, Werkstattleitung", connected="2016-03-01")
p("ex_mech", "Serkan Yıldız", "Kinzig Bikes", "Technischer Service", connected="2014-09-09")
p("happy_cust", "Benedikt Frey", "", "Lehrer", connected="2021-06-06")
p("kit", "Dr. Priya Raman", "KIT Institut für Technische Physik", "Postdoc", connected="2021-05-03")
p("tour", "Hannah O'Connell", "Cork Cycling Club", "Trip organiser")
p("landlord", "Rolf Dieterle", "Dieterle Grundstücksverwaltung", "Hausverwaltung", connected="2018-12-12")
p("mech2", "Lena Kraft", SHOP, "Zweiradmechatronikerin", connected="2019-08-01")
p("hr_cust", "Sandra Hock", "Maschinenbau Weingarten AG", "Personalreferentin", connected="2020-02-17")
p("teacher", "Thomas Bühler", "Rheinauen-Gewerbeschule Karlsruhe", "Fachlehrer Zweiradtechnik", connected="2017-09-04")
p("ihk", "Claudia Wenz", "IHK Karlsruhe", "Ausbildungsberaterin", connected="2018-06-19")
p("insurer", "Marco Lehmann", "Badische Gewerbeversicherung", "Schadenregulierung", connected="2020-11-03")
p("friend_fr", "Anja Zimmermann", "Velo Zimmermann Freiburg", "Inhaberin", connected="2015-03-27")
p("angry", "Philipp Schuster", "", "Projektleiter", connected="2021-08-30")
p("radclub", "Gerd Blum", "Radfahrerclub Karlsruhe e.V.", "Kassenwart", connected="2016-06-20")

# ----------------------------------------------------------------- people: wanted pitches
p("w_remarket", "Lisa Engelhardt", "Zweitrad Remarketing", "Einkauf Fachhandel", connected="2021-07-07")
p("w_booking", "Florian Huber", "Werkstattplaner", "Gründer")
p("w_cargo", "Pieter de Wolf", "Bakfiets Kooperatie Utrecht", "Dealer Development DACH")
p("w_freelance", "Kevin Strobel", "", "Freiberuflicher Zweiradmechaniker")
p("w_parts", "Sabrina Klotz", "Rheintal Teile-Express", "Vertrieb Fachhandel")
p("w_tracker", "Moritz Ehrhardt", "Velofind", "Partnervertrieb Süd")
p("w_connector", "Daniel Fuchs", "Shopbrücke", "Technischer Vertrieb")
p("w_recruit", "Carina Heß", "Mechatronik Personal Südwest", "Personalberaterin")
p("w_insure", "Ralf Böhm", "Dienstrad-Schutz", "Maklerbetreuer Fachhandel")
p("w_ladenbau", "Thorsten Renz", "Renz Ladenbau", "Inhaber")
p("w_tender", "Johanna Pfister", "Vergabelotse", "Beraterin öffentliche Ausschreibungen")
p("w_photo", "Jonas Albrecht", "", "Fotograf, Karlsruhe", connected="2021-05-25")

# ----------------------------------------------------------------- people: junk senders
p("j_reviews", "Marcel Jung", "Sterneboost", "Kundenberater")
p("j_social", "Vanessa Kramer", "Likewerk Agentur", "Social Media Managerin")
p("j_solar", "Stefan Brunner", "SonnenDach Süd", "Energieberater")
p("j_coffee", "Tanja Wolff", "Bohnenglück Business", "Vertrieb Gewerbekunden")
p("j_factory", "Kevin Zhang", "Hangzhou Voltwheel Co., Ltd.", "Export Sales Manager")
p("j_mobile", "Patrick Schmid", "RadDoc mobil", "Gründer")
p("j_capacity", "Alexander Roos", "Kundenmagnet", "Geschäftsführer")
p("j_likeminded", "Jasmin Berger", "", "Unternehmerin | Mindset | Freiheit")
p("j_15min", "Sebastian Lang", "KassenKlar", "Account Executive")
p("j_c2p1", "Dirk Hoffmann", "Hoffmann Finanzkonzepte", "Versicherungsmakler",
  invite=("IN", "2021-03-14 21:05", ""), connected="2021-03-15")
p("j_c2p2", "Melanie Seidel", "Förderwerk Consulting", "Unternehmensberaterin",
  invite=("IN", "2021-06-21 08:02", "Hallo Katrin, ich vernetze mich gern mit Unternehmerinnen aus der Region!"),
  connected="2021-06-22")
p("j_c2p3", "Ricardo Alves", "GrowthLab Digital", "Founder",
  invite=("IN", "2021-09-06 10:30", ""), connected="2021-09-07")
p("j_bump", "Nico Hartung", "Klickfabrik", "Online-Marketing Berater")
p("j_tpl1", "Laura Becker", "Servicepilot", "Business Development")
p("j_tpl2", "Timo Krüger", "WerkstattPlus Marketing", "Partnermanager")
p("j_tpl3", "Julia Ziegler", "Händlerhelden", "Vertrieb")
p("j_tpl4", "Max Fiedler", "Umsatzrad", "Gründer")
p("j_tpl5", "Oliver Grant", "DealerGrowth UK", "Head of Sales")
p("j_merge1", "Sarah Winter", "Mitarbeiterglück", "Vertrieb")
p("j_merge2", "Dennis Köhler", "MessePro Events", "Ausstellerberatung")
p("j_merge3", "Yvonne Keller", "Keller Consulting", "Beraterin")
p("j_merge4", "Florian Weiß", "Objektpartner Immobilien", "Immobilienberater")
p("sp_bank", "Nordkonto Business", url="https://www.linkedin.com/company/nordkonto-business")
p("sp_course", "Akademie für Handelsmanagement", url="https://www.linkedin.com/company/akademie-handelsmanagement")
p("sp_car", "Elektroflotte Leasing", url="https://www.linkedin.com/company/elektroflotte-leasing")
p("j_award", "Carolin Maurer", "Deutscher Händlerpreis Institut", "Projektleitung")
p("j_feature", "Ingo Schäfer", "Mittelstand im Südwesten Magazin", "Anzeigen & Redaktion")
p("j_podcast", "Tyler Brooks", "The Retail Rebels Podcast", "Host")
p("j_fluent", "Katharina Lenz", "Velocity Commerce", "Senior Partner Managerin")
p("j_usedbike", "Erik Sommer", "Radankauf24", "Einkauf")
p("j_terminsw", "Anna Vogt", "Terminio", "Vertrieb")
p("j_recruit", "Mario Brandt", "Personalpartner Plus", "Recruiting Consultant")
p("j_tracker", "Tim Berger", "TrackMe Solutions", "Sales")
p("j_ladenbau", "Kai Neumann", "Shopdesign Pro", "Projektvertrieb")
p("j_crypto", "Leon Hartmann", "", "Investor | Krypto | Passives Einkommen")
p("j_foerder", "Birgit Adler", "Fördermittel-Zentrale", "Beraterin")
p("j_web", "Daniel Polat", "PixelPerfekt Webdesign", "Inhaber")
p("j_parts_generic", "Jason Lin", "Formosa Cycle Parts Trading", "Sales Representative")
p("j_property", "Sven Richter", "Kapitalwert Immobilien", "Anlageberater")

# =================================================================== GENUINE (35)

c("genuine", "long_standing_customer", "de", "Stammkunde seit 2014, Inspektion und Plausch", [
    ("stamm", "2021-03-22 10:12", "Hallo Frau Ebersbach, mein alter Randonneur bräuchte mal wieder eine Inspektion vor der Saison. Die Schaltung hakt am großen Ritzel. Geht's nächste Woche oder seid ihr komplett zu?"),
    ("me", "2021-03-22 12:40", "Hallo Herr Kübler! Für Sie immer. Bringen Sie ihn Dienstag früh vorbei, Dominik schaut ihn sich an. Am großen Ritzel isch meistens das Schaltauge, wir werden sehen."),
    ("stamm", "2021-03-22 12:55", "Prima, dann bis Dienstag. Ich bring wieder Brezeln mit für die Werkstatt. Ade!"),
])

c("genuine", "customer_quote_request", "de", "Kundin bittet um Angebot für ein Lastenrad", [
    ("quote_cust", "2021-03-02 20:15", "Guten Abend, wir überlegen ein Lastenrad für zwei Kinder (3 und 5) anzuschaffen, weil wir das Auto abschaffen wollen. Können Sie mir ein Angebot machen, gern auch mit Förderung von der Stadt? Budget so um die 5.000 €, wir wohnen am Turmberg, also muss es einen ordentlichen Motor haben 😅"),
    ("me", "2021-03-03 09:30", "Hallo Frau Rapp, gern! Für den Turmberg würde ich ein Long-John mit Mittelmotor empfehlen. Ich schick Ihnen bis Freitag zwei Varianten als Angebot. Die städtische Lastenradförderung ist gerade wieder offen, die Unterlagen geb ich Ihnen mit. Probefahrt am Samstag möglich?"),
    ("quote_cust", "2021-03-03 09:52", "Super, Samstag 11 Uhr passt. Wir kommen alle vier 😄"),
    ("me", "2021-03-05 17:10", "Angebot ist per Mail raus: Variante A 4.890 €, Variante B 5.640 € inkl. Regenverdeck. Bis Samstag!"),
])

c("genuine", "inbound_buyer_company_leasing", "de", "Firma will Dienstrad-Leasing für 60 Mitarbeitende über ihren Laden", [
    ("it_firm", "2021-02-10 11:20", "Hallo Frau Ebersbach, wir sind eine Softwarefirma in der Oststadt mit ca. 60 Leuten und wollen Dienstradleasing einführen. Mehrere Kolleg*innen kaufen schon bei Ihnen und haben Sie empfohlen. Könnten Sie uns helfen - welche Leasinganbieter nehmen Sie, und könnten Sie bei uns mal einen Info-Nachmittag mit Probefahrten machen?"),
    ("me", "2021-02-10 14:05", "Hallo Herr Stoll, das freut mich sehr! Wir arbeiten mit DienstVelo und BikeBenefit. Info-Nachmittag machen wir gern, am besten ab April wenn's wärmer ist. Ich bring 10-12 Testräder mit. Sollen wir kurz telefonieren?"),
    ("it_firm", "2021-02-10 14:30", "Sehr gern, Donnerstag 10 Uhr?"),
    ("it_firm", "2021-04-22 16:45", "Nochmal danke für gestern - 14 Leute haben schon angefragt! Wie geht es jetzt weiter mit dem Rahmenvertrag?"),
])

c("genuine", "existing_vendor_price_increase", "de", "Großhändler (seit 2015) kündigt Preiserhöhung an", [
    ("grosshandel", "2021-05-11 08:30", "Morgen Katrin, vorab die schlechte Nachricht bevor das Rundschreiben kommt: ab 1. Juni gehen Antriebsteile um 8-12 % hoch, Ketten und Kassetten am meisten. Lieferzeit für XT-Kassetten aktuell 180 Tage+. Wenn du noch was brauchst, bestell diese Woche zum alten Preis."),
    ("me", "2021-05-11 09:15", "Oh Mann, Bernd. Danke für die Warnung. Schreib mir 40 Ketten 11-fach und 15 Kassetten 11-42 auf, was halt noch da ist."),
    ("grosshandel", "2021-05-11 09:40", "Ketten ja, Kassetten nur 8. Rest kommt irgendwann im Herbst, hoffentlich. Gruß aus Mannheim."),
])

c("genuine", "existing_partner_contract_change", "de", "Leasingpartner ändert Händlerkonditionen", [
    ("leasing_am", "2021-01-18 13:00", "Hallo Frau Ebersbach, zum 1. März passen wir die Händlerkonditionen an: die Servicegebühr pro Vertrag sinkt von 3,5 auf 3,0 %, dafür fällt die Mindestanzahl für den Partnerstatus Gold weg. Die neue Rahmenvereinbarung kommt per DocuSign. Haben Sie Fragen dazu, gern telefonisch."),
    ("me", "2021-01-18 15:20", "Hallo Frau Vogel, danke. Ehrlich gesagt find ich 3 % happig, wenn die Auszahlung weiterhin 30 Tage dauert. Können wir darüber sprechen?"),
    ("leasing_am", "2021-01-19 09:05", "Verstehe ich. Ich kläre intern, ob wir für Sie die Auszahlung auf 14 Tage bekommen. Melde mich bis Freitag."),
])

c("genuine", "existing_brand_delivery_delay", "de", "Markenvertreter: Lieferverzug der Vororder", [
    ("brand_rep", "2021-07-02 17:30", "Hallo Katrin, ich muss dir leider sagen, dass von deiner Vororder 2022 die Trekking-Modelle frühestens im März kommen. Die Motoren hängen im Hafen in Rotterdam. Die MTBs kommen wie geplant im November. Soll ich was umbuchen?"),
    ("me", "2021-07-02 18:10", "Menno. Ja, buch mir 4 Trekking in die Stadtrad-Version um, die sind ja angeblich früher da?"),
    ("brand_rep", "2021-07-05 08:20", "Hab ich gemacht, kommen im Januar. Bis zur Hausmesse in Gengenbach!"),
])

c("genuine", "peer_joint_offer", "de", "befreundeter Händler schlägt gemeinsames Angebot für Ausschreibung vor", [
    ("peer_ett", "2021-06-08 19:45", "Salü Katrin, hast du gesehen, die Stadt schreibt die Wartung von ihren 120 Diensträdern aus? Alleine schaffen wir des beide nicht. Was hältst du davon, wenn wir zusammen ein Angebot abgeben, du Innenstadt und Oststadt, ich Durlach und Süd? Preis pro Inspektion müssten wir uns einigen."),
    ("me", "2021-06-08 20:30", "Jochen, genau das hab ich auch gedacht! Bietergemeinschaft, oder? Komm Donnerstag nach Ladenschluss vorbei, ich mach uns ein Schorle und wir rechnen."),
    ("peer_ett", "2021-06-08 20:34", "Abgemacht. Ich bring die Unterlagen mit."),
    ("peer_ett", "2021-06-24 22:10", "Angebot ist raus. 49 € pro Inspektion plus Teile. Daumen drücken!"),
])

c("genuine", "engaged_recruiter", "de", "beauftragte Personalberaterin schickt Kandidaten", [
    ("me", "2021-01-12 08:50", "Hallo Frau Lorenz, wie telefonisch besprochen: wir suchen ab März eine/n Zweiradmechatroniker/in, Vollzeit, gern mit E-Bike-Diagnose-Erfahrung (Bosch, Shimano). Das Honorar wie in Ihrem Angebot, 18 % vom Jahresbrutto."),
    ("recruit_ok", "2021-01-12 10:15", "Guten Morgen Frau Ebersbach, danke für den Auftrag! Ich habe zwei Profile im Kopf, einer aus Pforzheim, eine aus Landau. Ich melde mich nächste Woche mit den Unterlagen."),
    ("recruit_ok", "2021-01-21 14:00", "Die zwei Profile sind per Mail unterwegs. Herr K. könnte zum 1.3., Frau M. erst zum 1.4., ist aber Meisterin. Gehaltsvorstellung 2.900 bzw. 3.200 €."),
    ("me", "2021-01-21 16:30", "Beide gern zum Probearbeiten. Kommende Woche?"),
])

c("genuine", "job_applicant_apprentice", "de", "Azubi-Bewerbung", [
    ("azubi", "2021-04-20 17:30", "Hallo Frau Ebersbach, danke fürs Annehmen. Ich mache im Sommer meinen Realschulabschluss und würde gern bei Ihnen die Ausbildung zum Zweiradmechatroniker machen. Ich schraube seit Jahren an meinem BMX und an den Rädern von meiner Familie. Kann ich mal ein Praktikum machen?"),
    ("me", "2021-04-20 19:00", "Hallo Luca, klingt super. Komm doch in den Pfingstferien eine Woche zum Praktikum. Schick mir bitte noch dein letztes Zeugnis per Mail."),
    ("azubi", "2021-04-20 19:05", "Danke!!! Mach ich morgen"),
])

c("genuine", "journalist_enquiry", "de", "Lokalredakteurin fragt zu Lieferengpässen", [
    ("journo", "2021-04-07 11:10", "Liebe Frau Ebersbach, wir machen eine Geschichte zum Fahrradboom und den leeren Läden. Hätten Sie diese Woche 20 Minuten für ein Gespräch, gern auch mit Foto in der Werkstatt?"),
    ("me", "2021-04-07 12:00", "Hallo Frau Hauser, ja gern. Donnerstag 8:30 bevor der Laden aufmacht? Dann ist's noch ruhig."),
    ("journo", "2021-04-07 12:05", "Perfekt, ich komme mit unserem Fotografen."),
])

c("genuine", "city_event_invitation", "de", "Radverkehrsbüro lädt zum Händler-Workshop ein", [
    ("city", "2021-09-14 10:00", "Sehr geehrte Frau Ebersbach, liebe Katrin, wir planen im Oktober einen Workshop mit dem Fachhandel zu Abstellanlagen und Lastenrad-Stellplätzen in der Innenstadt, gerade jetzt wo die Kombilösung bald fertig wird. Hätten Sie Lust, aus Händlersicht zu berichten? 21.10., 16 Uhr, Rathaus West."),
    ("me", "2021-09-14 11:30", "Hallo Felix, klar bin ich dabei. Ich bring die Zahlen mit, wie viele Lastenräder wir seit 2019 verkauft haben."),
])

c("genuine", "trade_association", "de", "Verband: Mitgliederversammlung und Tarifinfo", [
    ("verband", "2021-10-04 09:00", "Liebe Frau Ebersbach, zur Mitgliederversammlung am 12.11. in Stuttgart möchte ich Sie persönlich einladen - TOP 4 ist der neue Tarifvertrag fürs Kfz-/Zweiradhandwerk, da wäre Ihre Stimme als Ausbildungsbetrieb wichtig. Anreise mit dem Zug, wir erstatten."),
    ("me", "2021-10-04 13:20", "Hallo Frau Seitz, ich komme. Auch wenn's nach Stuttgart geht 😉"),
    ("verband", "2021-10-04 13:25", "Wir versprechen badischen Wein!"),
])

c("genuine", "thanks_after_anniversary", "de", "fast gleicher Dank 1 nach der Jubiläumsfeier", [
    ("guest1", "2021-09-26 09:15", "Liebe Frau Ebersbach, herzlichen Dank für die tolle Feier gestern zu 10 Jahren Fächerrad! Sehr schöner Abend, und das Flammkuchen-Buffet war top."),
])
c("genuine", "thanks_after_anniversary", "de", "fast gleicher Dank 2 nach der Jubiläumsfeier", [
    ("guest2", "2021-09-26 10:02", "Liebe Katrin, vielen Dank für die schöne Feier gestern! 10 Jahre Fächerrad - Glückwunsch nochmal vom ganzen Verein, war ein toller Abend."),
    ("me", "2021-09-26 11:30", "Danke Heike, schön dass ihr da wart! Auf die nächsten 10 🚲"),
])
c("genuine", "thanks_after_anniversary", "de", "fast gleicher Dank 3 nach der Jubiläumsfeier (langjähriger Steuerberater)", [
    ("guest3", "2021-09-26 12:40", "Katrin, danke für den schönen Abend gestern! 10 Jahre - ich weiß noch, wie wir den Businessplan am Küchentisch geschrieben haben. Glückwunsch!"),
])

c("genuine", "genuine_in_spam", "de", "Kundin fragt nach Akku-Rückruf, landete im SPAM", [
    ("spam_cust", "2021-08-03 15:22", "Hallo Frau Ebersbach, ich habe in der Zeitung gelesen, dass es einen Rückruf für Akkus gibt. Ist mein E-Bike von Ihnen davon betroffen? Gekauft im August 2020, das grüne. Danke und liebe Grüße, Gisela Nagel"),
], folder="SPAM")

c("genuine", "owner_started_city", "de", "Inhaberin fragt Stadt nach Fahrradbügeln vor dem Laden", [
    ("me", "2021-05-18 08:20", "Hallo Felix, kurze Frage: vor unserem Laden stehen die Kundenräder immer auf dem Gehweg, weil nur 4 Bügel da sind. Gibt's eine Chance auf mehr? Wir würden uns auch an den Kosten beteiligen."),
    ("city", "2021-05-18 14:10", "Hallo Katrin, gute Frage - wir haben ein Programm für Bügel im Straßenraum, ich nehm euch auf die Liste. Ein Parkplatz davor könnte umgewidmet werden. Ich schau mir das vor Ort an."),
    ("me", "2021-05-18 14:20", "Super, danke!"),
])

c("genuine", "owner_started_wholesaler", "de", "Inhaberin fragt Großhändler nach Rückstand", [
    ("me", "2021-08-17 07:45", "Morgen Bernd, die 8 Kassetten vom Mai, die im Herbst kommen sollten - gibt's da was Neues? Ich hab 5 Kunden die warten."),
    ("grosshandel", "2021-08-17 10:30", "Leider nein, Katrin. Neuer Termin KW 44. Ich kann dir 10-fach als Ausweichlösung anbieten, falls das für manche passt."),
])

c("genuine", "employee_workshop", "de", "Werkstattleiter zur Planung", [
    ("mech", "2021-06-11 18:50", "Katrin, ich bin morgen erst um 10 da, muss mit dem Kleinen zum Kinderarzt. Lena macht die Annahme. Die zwei Bosch-Updates stehen auf der Liste."),
    ("me", "2021-06-11 19:00", "Kein Problem, gute Besserung dem Kleinen!"),
])

c("genuine", "long_standing_former_mechanic", "de", "ehemaliger Mechaniker (seit 2014) meldet sich", [
    ("ex_mech", "2021-02-25 20:30", "Hey Katrin! Lange nichts gehört. Ich bin jetzt bei Kinzig im technischen Service in Gengenbach, falls ihr mal Garantiefälle habt, direkt an mich. Wie läuft der Laden? Hab gehört ihr seid komplett ausverkauft 😄"),
    ("me", "2021-02-25 21:15", "Serkan!! Wie schön. Ja, ausverkauft ist untertrieben, wir verkaufen gerade Ausstellungsstücke mit Kratzern. Komm mal vorbei wenn du in KA bist, Dominik freut sich auch."),
])

c("genuine", "happy_customer", "de", "zufriedener Kunde bedankt sich", [
    ("happy_cust", "2021-06-14 19:20", "Servus Frau Ebersbach, wollte nur sagen: das Rad läuft wie neu, danke an Ihr Team! Bin gestern damit bis zum Rheinhafen und zurück, kein einziges Knacken mehr. Hab Sie bei den Kollegen im Lehrerzimmer weiterempfohlen."),
    ("me", "2021-06-14 20:00", "Das freut uns riesig, danke fürs Weitersagen!"),
])

c("genuine", "english_customer_repair", "en", "English-speaking researcher asks about an e-bike repair", [
    ("kit", "2021-05-04 12:30", "Hi Katrin, sorry my German is still bad. My e-bike shows error 503 and won't assist anymore. I bought it in Frankfurt, not from you - can you still repair it? And how long is the wait right now?"),
    ("me", "2021-05-04 13:10", "Hi Priya, no problem! Yes we repair all brands. 503 is usually the speed sensor, often just the magnet on the spoke. Bring it by, diagnosis is 25 € and we can usually fix that one same day."),
    ("kit", "2021-05-04 13:12", "Amazing, thank you! Coming tomorrow."),
])

c("genuine", "english_inbound_group_rental", "en", "Irish cycling club wants to rent e-bikes for a Black Forest trip (inbound buyer)", [
    ("tour", "2021-07-20 21:00", "Hello! Our club is planning a week in the Black Forest next June, 12 riders, starting from Karlsruhe. Would you rent us 12 e-trekking bikes for 7 days, and what would it cost? We'd also need panniers. Thanks a million, Hannah"),
    ("me", "2021-07-21 08:40", "Hi Hannah, lovely idea! Yes we can do that - 12 e-trekking bikes for 7 days would be 2,520 € (30 € per bike per day), panniers included, 500 € deposit. I'd hold them for you with a 20% down payment. Shall I send a formal offer?"),
    ("tour", "2021-07-21 09:15", "Yes please! That's a great price."),
])

c("genuine", "tax_advisor", "de", "langjähriger Steuerberater zur Überbrückungshilfe", [
    ("guest3", "2021-02-03 16:00", "Katrin, für die Überbrückungshilfe III brauch ich bis Montag deine Umsätze Januar und die Fixkosten für die Werkstatt. Der Laden war ja zu, die Werkstatt offen - müssen wir sauber trennen."),
    ("me", "2021-02-03 18:20", "Mach ich am Wochenende. Danke Martin!"),
])

c("genuine", "bank_advisor_loan", "de", "Bankberater zur Finanzierung der Filiale Durlach", [
    ("guest1", "2021-10-19 11:30", "Hallo Frau Ebersbach, die Zusage für das KfW-Darlehen für die Filiale in Durlach ist da. 150.000 €, 10 Jahre, 2 Jahre tilgungsfrei. Können wir Mittwoch die Unterlagen unterschreiben?"),
    ("me", "2021-10-19 12:00", "Juhu! Mittwoch 9 Uhr bei Ihnen in der Kaiserstraße?"),
    ("guest1", "2021-10-19 12:05", "Passt, ich freu mich."),
])

c("genuine", "landlord", "de", "Hausverwaltung wegen Hoftor", [
    ("landlord", "2021-03-09 09:10", "Sehr geehrte Frau Ebersbach, am 16.3. wird das Hoftor erneuert, der Hof ist von 8-14 Uhr nicht befahrbar. Bitte informieren Sie Ihre Lieferanten."),
    ("me", "2021-03-09 09:30", "Danke für die Info, Herr Dieterle. Ich sag's dem Großhändler."),
])

c("genuine", "team_group_chat", "de", "Gruppenchat Werkstattteam zum Samstag", [
    ("mech2", "2021-04-23 17:30", "Wer macht Samstag? Ich hab Hochzeit von meiner Cousine 🙈"),
    ("mech", "2021-04-23 17:40", "Ich mach Samstag, aber dann nehm ich Montag frei."),
    ("me", "2021-04-23 17:45", "Passt, danke Dominik. Lena, viel Spaß auf der Hochzeit!"),
], title="Werkstatt-Team")

c("genuine", "club_sponsoring_price", "de", "Radsportverein: Trikot-Sponsoring verlängern, Preisgespräch", [
    ("guest2", "2021-11-02 19:00", "Hallo Katrin, unser Trikotsponsoring läuft zum Jahresende aus. Würdet ihr verlängern? Gleicher Betrag wie bisher (800 € im Jahr), dafür Logo auf Brust und Rücken und die Nachwuchsgruppe fährt weiter eure Testräder ein 😉"),
    ("me", "2021-11-03 08:15", "Na klar verlängern wir. Wenn ihr noch 10 % Rabatt für Mitglieder auf Werkstattleistungen rein schreibt, leg ich 200 € drauf."),
    ("guest2", "2021-11-03 08:30", "Deal!"),
])

c("genuine", "business_customer_lease_return", "de", "Personalreferentin eines Firmenkunden zur Leasing-Rückgabe", [
    ("hr_cust", "2021-05-25 10:00", "Hallo Frau Ebersbach, einer unserer Mitarbeiter hat gekündigt und sein geleastes E-Bike muss zurück. Kann er es bei Ihnen abgeben, und übernehmen Sie den Zustandsbericht für DienstVelo?"),
    ("me", "2021-05-25 10:45", "Hallo Frau Hock, ja, einfach vorbeibringen mit Schlüssel und Ladegerät. Den Bericht schicken wir direkt an DienstVelo, Sie bekommen eine Kopie."),
])

c("genuine", "vocational_school", "de", "Berufsschullehrer zu Azubi und Exkursion", [
    ("teacher", "2021-10-12 13:15", "Hallo Frau Ebersbach, dürften wir mit der Mittelstufe (14 Azubis) am 3.11. für eine Stunde in Ihre Werkstatt kommen? Thema Diagnose-Software. Ihr Azubi Luca hat's vorgeschlagen 🙂"),
    ("me", "2021-10-12 14:00", "Sehr gern, Herr Bühler. Vormittags ist besser, ab 10 Uhr. Dominik zeigt das Diagnosetool."),
])

c("genuine", "chamber_exam_committee", "de", "IHK: Prüfungsausschuss", [
    ("ihk", "2021-06-01 09:30", "Liebe Frau Ebersbach, für die Sommerprüfung Zweiradmechatronik brauchen wir am 8. und 9. Juli noch eine Prüferin aus dem Handel. Könnten Sie einspringen?"),
    ("me", "2021-06-01 11:00", "Am 8. ja, am 9. leider nicht, da bin ich allein im Laden."),
    ("ihk", "2021-06-01 11:20", "Danke, das hilft schon sehr!"),
])

c("genuine", "insurer_claim", "de", "Versicherung zum Einbruchschaden", [
    ("insurer", "2021-01-07 14:45", "Sehr geehrte Frau Ebersbach, zum Einbruch vom 28.12.: der Gutachter kommt am Montag, 10 Uhr. Bitte halten Sie die Einkaufsrechnungen der drei entwendeten E-Bikes bereit."),
    ("me", "2021-01-07 15:00", "Danke, ist notiert. Die Rechnungen liegen bereit."),
])

c("genuine", "friend_peer_smalltalk", "de", "befreundete Händlerin in Freiburg, Plausch", [
    ("friend_fr", "2021-08-09 21:30", "Na du Fächerstädterin 😄 Wie überlebst du den Sommer? Bei uns stehen die Leute Schlange für Schläuche. Kommst du zur Hausmesse nach Gengenbach? Dann trinken wir danach einen in Offenburg."),
    ("me", "2021-08-09 21:50", "Anja! Ja ich komm, mit dem Zug. Und ja, wir verkaufen inzwischen Flickzeug wie Gold. Bis dann!"),
])

c("genuine", "complaint_wait_time", "de", "verärgerter Kunde wegen Wartezeit", [
    ("angry", "2021-08-30 18:20", "Hallo, ich habe mein Rad am 9.8. abgegeben für einen Bremsenservice und es ist immer noch nicht fertig. Drei Wochen für Bremsen?! Ich brauch das Rad für die Arbeit. Bitte um Rückmeldung."),
    ("me", "2021-08-30 19:05", "Hallo Herr Schuster, das tut mir wirklich leid. Die Bremsbeläge waren im Rückstand beim Großhändler, wir hätten Sie anrufen müssen. Ich hab heute Ersatz aus Ettlingen besorgt, Ihr Rad ist morgen Mittag fertig, der Service geht auf uns."),
    ("angry", "2021-08-30 19:30", "Ok, danke für die ehrliche Antwort. Dann bis morgen."),
])

c("genuine", "club_event_invite", "de", "Radclub lädt zur Codier-Aktion ein", [
    ("radclub", "2021-04-12 20:00", "Hallo Katrin, die Codier-Aktion am Schlossplatz am 8. Mai findet statt (draußen, mit Abstand). Hättet ihr wieder einen Stand mit kleiner Werkstatt wie 2019? Wir stellen Pavillon und Strom."),
    ("me", "2021-04-13 07:40", "Hallo Gerd, ja gern! Lena und ich kommen mit Montageständer. Ab 10?"),
])

# =================================================================== WANTED PITCHES (12)

c("wanted_pitch", "remarketing_her_post", "de", "Hausaufgabe: bezieht sich auf ihren LinkedIn-Post zu Leasingrückläufern", [
    ("w_remarket", "2021-07-08 09:30", "Hallo Frau Ebersbach, danke fürs Vernetzen. In Ihrem Post letzte Woche haben Sie geschrieben, dass bei Ihnen 23 Leasingrückläufer im Keller stehen und die Aufbereitung Ihre Werkstatt blockiert. Wir kaufen genau solche Räder vom Fachhandel an - Abholung in Karlsruhe, Zustandsbewertung bei uns, Auszahlung in 10 Tagen. Sie könnten die Werkstattzeit wieder für Kunden nutzen. Soll ich Ihnen einen Ankaufpreis für die 23 Räder machen, wenn Sie mir die Liste schicken?"),
    ("me", "2021-07-08 12:15", "Hallo Frau Engelhardt, ha, der Post hat sich gelohnt. Ja, schicke Ihnen morgen die Liste mit Modellen und Kilometerständen."),
])

c("wanted_pitch", "booking_software_talk", "de", "Hausaufgabe: war bei ihrem Vortrag beim IHK-Handelsforum", [
    ("w_booking", "2021-10-28 16:20", "Hallo Frau Ebersbach, ich war gestern beim IHK-Handelsforum und fand Ihren Vortrag über die Werkstatt im Fahrradboom richtig ehrlich - vor allem, dass 30 % der Anrufe nur die Frage 'ist mein Rad fertig?' sind. Wir haben ein kleines Werkstatt-Tool gebaut, das Kunden automatisch per SMS Bescheid gibt und Termine online vergibt, für Zweiradbetriebe gemacht, 39 € im Monat. Wenn Sie mögen, richte ich es Ihnen vier Wochen kostenlos ein und wir schauen dann, ob die Anrufe weniger werden."),
    ("me", "2021-10-29 08:10", "Hallo Herr Huber, das klingt tatsächlich nach genau dem was wir brauchen. Können Sie nächste Woche mal vorbeikommen? Dominik muss es mögen, sonst wird's nix."),
])

c("wanted_pitch", "cargo_brand_shop_visit", "en", "homework: visited her shop and saw the cargo-bike demand", [
    ("w_cargo", "2021-06-15 14:00", "Hi Katrin, I was in Karlsruhe last Saturday and came into Fächerrad - your colleague Lena told me you've sold out of cargo bikes since March and that customers wait months. We're a Dutch cooperative building two-wheel box bikes, and we're looking for one dealer per city in Baden. We could deliver 6 demo bikes in September. I can also send you our dealer terms - we don't require a minimum order in year one."),
    ("me", "2021-06-15 18:30", "Hi Pieter, Lena told me about your visit! Yes please send the terms. September would be great timing for us."),
])

c("wanted_pitch", "freelance_mechanic_problem", "de", "Hausaufgabe: nennt ihr konkretes Problem (3 Wochen Werkstatt-Wartezeit)", [
    ("w_freelance", "2021-05-10 21:00", "Hallo Frau Ebersbach, ich hab in Ihren Google-Bewertungen gelesen, dass Kunden gerade drei Wochen auf einen Werkstatttermin warten, und Sie haben selbst geantwortet, dass Ihnen ein Mechaniker fehlt. Ich bin gelernter Zweiradmechaniker, Bosch- und Shimano-zertifiziert, und mache seit zwei Jahren Saisonaushilfe für Läden in der Pfalz. Mai bis August könnte ich 3 Tage die Woche bei Ihnen schrauben, auf Rechnung. Interesse?"),
    ("me", "2021-05-11 07:30", "Hallo Herr Strobel, ja, sehr! Können Sie diese Woche zum Probearbeiten kommen?"),
    ("w_freelance", "2021-05-11 07:45", "Donnerstag ganztags geht. Ich bring mein Werkzeug mit."),
])

c("wanted_pitch", "parts_mutual_contact", "de", "Hausaufgabe: gemeinsamer Kontakt namentlich (Jochen Maier)", [
    ("w_parts", "2021-08-20 10:10", "Hallo Frau Ebersbach, Jochen Maier vom Radlager Ettlingen hat mir Ihren Namen gegeben - er meinte, Sie suchen gerade eine zweite Quelle für Bremsbeläge und Ketten, weil Ihr Großhändler nicht liefern kann. Wir haben ein Lager in Rastatt und liefern im Umkreis von 50 km am nächsten Morgen, aktuell auch Shimano-Beläge in größeren Mengen. Darf ich Ihnen unsere Verfügbarkeitsliste schicken?"),
    ("me", "2021-08-20 11:00", "Hallo Frau Klotz, ja gerne, Jochen hat recht. Bitte die Liste für Beläge, Ketten 11/12-fach und Schläuche."),
])

c("wanted_pitch", "tracker_press_item", "de", "Hausaufgabe: Zeitungsartikel über Einbruch in ihren Laden", [
    ("w_tracker", "2021-01-14 11:45", "Hallo Frau Ebersbach, ich habe in der Badischen Rundschau gelesen, dass bei Ihnen kurz nach Weihnachten drei E-Bikes gestohlen wurden - das tut mir leid. Wir stellen GPS-Tracker her, die unsichtbar im Steuerrohr sitzen und mit Bosch- und Shimano-Systemen laufen. Zwei Ideen: Ihre Ausstellungsräder damit ausstatten, und die Tracker als Zubehör verkaufen - Händlermarge 35 %. Ich könnte Ihnen fünf Testgeräte schicken."),
    ("me", "2021-01-14 14:20", "Hallo Herr Ehrhardt, danke. Die fünf Testgeräte nehme ich gern. Die Polizei hat bisher nichts gefunden..."),
])

c("wanted_pitch", "connector_her_tools", "de", "Hausaufgabe: kennt ihre Warenwirtschaft und ihren Webshop", [
    ("w_connector", "2021-03-30 15:00", "Hallo Frau Ebersbach, Sie nutzen VeloCash als Warenwirtschaft und haben auf Ihrer Website einen Shopify-Shop mit Zubehör - ich sehe, dass dort bei vielen Artikeln 'auf Anfrage' steht, vermutlich weil der Bestand nicht synchron ist. Wir haben eine Schnittstelle gebaut, die Bestände aus VeloCash alle 15 Minuten in Shopify schreibt. 6 Fahrradläden in BW nutzen sie. Einrichtung 290 €, danach 25 € im Monat. Wäre das interessant?"),
    ("me", "2021-03-30 17:45", "Oh ja, das 'auf Anfrage' nervt mich selbst. Schicken Sie mir gern ein Angebot und eine Referenz, die ich anrufen kann."),
])

c("wanted_pitch", "recruiter_relevant_candidate", "de", "Personalberaterin bietet passende Kandidatin zur offenen Werkstattleiter-Stelle", [
    ("w_recruit", "2021-11-08 09:00", "Guten Morgen Frau Ebersbach, ich habe Ihre Stellenanzeige für eine Werkstattleitung in der neuen Filiale Durlach gesehen. Ich betreue gerade eine Zweiradmechaniker-Meisterin aus Bruchsal, 8 Jahre Erfahrung, zuletzt Werkstattleitung bei einem großen Händler in Heidelberg, möchte näher an Karlsruhe. Darf ich Ihnen ihr anonymisiertes Profil schicken? Honorar nur bei Einstellung."),
    ("me", "2021-11-08 12:30", "Hallo Frau Heß, ja, schicken Sie bitte das Profil. Konditionen bitte gleich mit."),
])

c("wanted_pitch", "insurance_partner_portal", "de", "Hausaufgabe: weiß, dass sie DienstVelo-Partnerin ist", [
    ("w_insure", "2021-04-15 10:30", "Hallo Frau Ebersbach, auf der Händlerkarte von DienstVelo sind Sie als Partnerhändlerin in Karlsruhe gelistet. Viele Partner haben das Problem, dass bei Diebstahl eines Leasingrads die Abwicklung über den Händler läuft und der Händler die Werkstattkosten vorstreckt. Wir bieten eine Händler-Rahmenpolice, bei der wir direkt mit DienstVelo abrechnen. Ich würde Ihnen gern in 20 Minuten zeigen, wie das bei einem Händler in Pforzheim läuft."),
])

c("wanted_pitch", "shopfitter_register_press", "de", "Hausaufgabe: Handelsregister/Presse zur neuen Filiale Durlach", [
    ("w_ladenbau", "2021-10-25 14:15", "Sehr geehrte Frau Ebersbach, laut Handelsregister und dem Bericht in der Rundschau eröffnen Sie im Frühjahr eine Filiale in der Pfinztalstraße in Durlach. Wir sind ein Ladenbau-Betrieb aus Bretten und haben Fahrrad-Wandsysteme und Werkstatt-Einrichtungen für kleine Flächen gebaut (zuletzt in Bruchsal, 140 m²). Wenn Sie den Grundriss haben, mache ich Ihnen gern eine kostenlose Skizze."),
    ("me", "2021-10-26 08:00", "Hallo Herr Renz, gern. Die Fläche ist 160 m², Grundriss schicke ich per Mail. Wandsystem für ca. 40 Räder wäre das Ziel."),
])

c("wanted_pitch", "tender_consultant", "de", "Hausaufgabe: bezieht sich auf die öffentliche Ausschreibung der Stadt", [
    ("w_tender", "2021-06-10 09:00", "Hallo Frau Ebersbach, die Stadt Karlsruhe hat die Wartung der Dienstfahrräder ausgeschrieben (Vergabeplattform, Frist 25.6.). Für kleine Fachbetriebe sind die Formulare oft die größte Hürde - Eigenerklärungen, Bietergemeinschaft, Preisblatt. Ich begleite Handwerksbetriebe bei genau solchen kommunalen Vergaben, Pauschale 450 €. Falls Sie überlegen teilzunehmen, schaue ich mir die Unterlagen gern kurz an."),
    ("me", "2021-06-10 20:40", "Hallo Frau Pfister, Timing ist gut - wir überlegen gerade mit einem Kollegen aus Ettlingen. Können wir nächste Woche telefonieren?"),
])

c("wanted_pitch", "photographer_saw_instagram", "de", "Hausaufgabe: kennt ihre Feierabendrunden auf Instagram", [
    ("w_photo", "2021-05-26 19:00", "Hallo Katrin, danke fürs Annehmen! Ich folge euch auf Instagram und mag eure Feierabendrunden mittwochs zum Turmberg. Die Fotos sind aber meistens Handy-Selfies 😉 Ich bin Fotograf hier in der Südweststadt und fahre selbst Rad - ich würde gern mal eine Runde begleiten und Bilder für eure Website machen, Festpreis 350 € für 30 bearbeitete Fotos."),
    ("me", "2021-05-26 20:15", "Haha, ertappt. Komm nächsten Mittwoch mit, 18:30 am Laden!"),
])

# =================================================================== JUNK (38)

c("junk", "generic_reviews_agency", "de", "generisch: Google-Bewertungen", [
    ("j_reviews", "2021-02-16 10:00", "Hallo Katrin, wussten Sie, dass 93 % der Kunden vor dem Kauf Bewertungen lesen? Mit Sterneboost bekommen Sie mehr 5-Sterne-Bewertungen und negative verschwinden schneller. Darf ich Ihnen unser Paket vorstellen?"),
])
c("junk", "generic_social_agency", "de", "generisch: Social-Media-Agentur", [
    ("j_social", "2021-03-04 13:30", "Hey Katrin! 😊 Wir bringen lokale Unternehmen auf Instagram und TikTok groß raus. Content, Reels, Community Management - alles aus einer Hand ab 990 €/Monat. Lust auf ein unverbindliches Gespräch?"),
])
c("junk", "off_topic_solar", "de", "fachfremd: Photovoltaik", [
    ("j_solar", "2021-04-26 18:00", "Guten Tag Frau Ebersbach, haben Sie schon über eine Photovoltaikanlage auf Ihrem Firmendach nachgedacht? Jetzt mit attraktiver Förderung und ohne Anzahlung. Ich berate Sie gern kostenlos vor Ort."),
])
c("junk", "off_topic_coffee", "de", "fachfremd: Kaffeevollautomat fürs Büro", [
    ("j_coffee", "2021-09-20 11:15", "Hallo Frau Ebersbach, guter Kaffee motiviert! Testen Sie jetzt 4 Wochen kostenlos unseren Kaffeevollautomaten für Ihr Team - inklusive Bohnen und Wartung. Wann darf ich liefern?"),
])
c("junk", "offers_what_she_sells", "en", "factory offers OEM e-bikes: what she sells", [
    ("j_factory", "2021-05-17 04:20", "Dear Sir/Madam, we are professional e-bike manufacturer since 2008 with CE/EN15194 certificate. 250W hub motor, 36V battery, factory price from USD 389. MOQ 50 pcs. OEM logo welcome. Please check our catalog and reply for best quotation."),
    ("j_factory", "2021-05-31 04:20", "Dear friend, did you receive my catalog? We have special discount this month."),
])
c("junk", "offers_what_she_sells", "de", "mobile Reparatur bietet ihr an, was sie selbst macht", [
    ("j_mobile", "2021-07-12 08:45", "Hallo Katrin, Fahrräder Ihrer Mitarbeiter kaputt? RadDoc kommt direkt zu Ihnen in den Betrieb und repariert vor Ort - Inspektion, Platten, E-Bike-Service. Als Benefit für Ihre Belegschaft, ab 49 € pro Rad. Interesse an einem Aktionstag?"),
])
c("junk", "capacity_for_new_clients", "de", "'Kapazitäten für Neukunden?'", [
    ("j_capacity", "2021-02-23 09:00", "Hallo Katrin, kurze Frage: Hätten Sie im nächsten Monat Kapazitäten für 10-15 neue Kunden? Wir liefern Ihnen planbar qualifizierte Anfragen über Facebook-Ads. Wenn ja, erkläre ich Ihnen gerne wie."),
])
c("junk", "like_minded_entrepreneurs", "de", "'gleichgesinnte Unternehmerinnen'", [
    ("j_likeminded", "2021-05-03 07:00", "Hallo liebe Katrin 🌸 Ich vernetze mich so gern mit gleichgesinnten Unternehmerinnen, die mehr vom Leben wollen! Ich baue gerade ein Netzwerk von Frauen auf, die finanziell frei werden möchten. Magst du dich mal austauschen?"),
])
c("junk", "quick_15_minute_call", "de", "'kurzes 15-Minuten-Gespräch' Kassensystem", [
    ("j_15min", "2021-06-29 14:00", "Hallo Frau Ebersbach, hätten Sie diese Woche 15 Minuten für ein kurzes Gespräch? KassenKlar ist das Kassensystem für den modernen Einzelhandel - TSE-konform, Cloud, ab 29 €/Monat. Wann passt es Ihnen?"),
])
c("junk", "connect_then_pitch", "de", "Vernetzen, Smalltalk beantwortet, dann Versicherungspitch", [
    ("j_c2p1", "2021-03-15 09:10", "Hallo Katrin, danke fürs Vernetzen! Fährst du selbst auch viel Rad? Ich bin gerade auf Gravel umgestiegen."),
    ("me", "2021-03-15 12:00", "Hallo Dirk, klar, hauptsächlich Rennrad im Albtal. Gravel ist schon verlockend 😄"),
    ("j_c2p1", "2021-03-15 12:20", "Albtal ist traumhaft! Sag mal, wie bist du eigentlich als Geschäftsführerin abgesichert? Viele Selbstständige haben keine BU und keine Altersvorsorge. Ich mach dir gern einen kostenlosen Check, dauert 30 Minuten."),
])
c("junk", "connect_then_pitch", "de", "Vernetzen, Kompliment, dann Förderberatung, keine Antwort", [
    ("j_c2p2", "2021-06-22 08:30", "Hallo Katrin, schön, dass wir jetzt vernetzt sind! Toll, was du in Karlsruhe aufgebaut hast."),
    ("j_c2p2", "2021-06-25 08:30", "Übrigens: wusstest du, dass es für Digitalisierung im Handel bis zu 80 % Förderung gibt? Ich übernehme den kompletten Antrag für dich gegen Erfolgshonorar. Sollen wir telefonieren?"),
])
c("junk", "connect_then_pitch", "en", "connect, small talk, then growth agency pitch", [
    ("j_c2p3", "2021-09-07 10:05", "Hi Katrin, thanks for connecting! How is business in Karlsruhe these days?"),
    ("j_c2p3", "2021-09-09 10:05", "We help local retailers 3x their online revenue with paid ads and funnels. I've got a case study from a bike shop in Austria - shall I send it over?"),
])
c("junk", "follow_up_bumps", "de", "Nachfass-Bumps ohne Antwort", [
    ("j_bump", "2021-01-25 10:00", "Hallo Frau Ebersbach, mit gezieltem Online-Marketing gewinnen Sie mehr Kunden aus Ihrer Region. Darf ich Ihnen eine kostenlose Analyse schicken?"),
    ("j_bump", "2021-02-01 10:00", "Hallo Frau Ebersbach, ich wollte nochmal kurz nachhaken 🙂"),
    ("j_bump", "2021-02-09 10:00", "Hallo Frau Ebersbach, ist das Thema Neukundengewinnung aktuell für Sie relevant?"),
    ("j_bump", "2021-02-18 10:00", "Hallo Frau Ebersbach, ich gehe davon aus, dass es gerade nicht passt. Ich melde mich in ein paar Monaten wieder."),
])
c("junk", "template_workshop_revenue", "de", "gleiche Vorlage 1/5: mehr Werkstattumsatz", [
    ("j_tpl1", "2021-07-19 09:30", "Hallo Katrin, als Inhaberin eines Fahrradgeschäfts wissen Sie, wie wichtig die Werkstatt für den Umsatz ist. Wir helfen Fahrradhändlern, ihren Werkstattumsatz in 90 Tagen um 30 % zu steigern - ohne zusätzliches Personal. Wäre es verrückt, dass wir mal 15 Minuten sprechen?"),
])
c("junk", "template_workshop_revenue", "de", "gleiche Vorlage 2/5: mehr Werkstattumsatz", [
    ("j_tpl2", "2021-07-27 11:10", "Hallo Frau Ebersbach, als Geschäftsführerin im Zweiradhandel wissen Sie sicher, wie viel Umsatz in der Werkstatt steckt. Wir unterstützen Fahrradläden dabei, den Werkstattumsatz in 3 Monaten um bis zu 35 % zu erhöhen, ganz ohne neue Mitarbeiter. Wäre ein kurzes Gespräch verrückt?"),
])
c("junk", "template_workshop_revenue", "de", "gleiche Vorlage 3/5: mehr Werkstattumsatz", [
    ("j_tpl3", "2021-08-05 08:50", "Hi Katrin! Als Fahrradhändlerin weißt du, dass die Werkstatt das Herz vom Laden ist. Wir helfen Bike-Shops, 30 % mehr Werkstattumsatz in 90 Tagen zu machen - ohne extra Personal. Wäre es verrückt, kurz zu telefonieren?"),
])
c("junk", "template_workshop_revenue", "de", "gleiche Vorlage 4/5: mehr Werkstattumsatz, mit Bump", [
    ("j_tpl4", "2021-08-23 13:40", "Hallo Katrin, als Inhaberin von Fächerrad wissen Sie, wie wichtig der Service für die Kundenbindung ist. Wir helfen Fahrradgeschäften, in 90 Tagen 25-30 % mehr Werkstattumsatz zu erzielen, ohne zusätzliche Mechaniker. Wäre es abwegig, dass wir kurz sprechen?"),
    ("j_tpl4", "2021-08-30 13:40", "Hallo Katrin, kurz nach oben geschoben 🙂"),
])
c("junk", "template_workshop_revenue", "en", "same template 5/5 in English", [
    ("j_tpl5", "2021-09-13 10:20", "Hi Katrin, as the owner of a bike shop you know how much revenue sits in your workshop. We help bicycle dealers grow service revenue by 30% in 90 days without hiring more mechanics. Would it be crazy to hop on a quick 15-minute call?"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} stehen geblieben", [
    ("j_merge1", "2021-03-29 10:00", "Hallo {{Vorname}}, wie zufrieden sind die Mitarbeitenden bei {{Firma}}? Mit Mitarbeiterglück machen Sie Zufriedenheit messbar - in 5 Minuten pro Monat. Darf ich Ihnen eine Demo zeigen?"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter [Firmenname]", [
    ("j_merge2", "2021-04-08 15:30", "Sehr geehrte Frau Ebersbach, präsentieren Sie [Firmenname] auf der Handwerk & Handel Expo in Stuttgart! Standflächen ab 2.400 €, Frühbucherrabatt bis Monatsende. Darf ich Ihnen das Ausstellerpaket zusenden?"),
])
c("junk", "merge_tag_failure", "de", "falsche Anrede (Herr statt Frau, falscher Name)", [
    ("j_merge3", "2021-06-16 09:20", "Sehr geehrter Herr Ebersberg, als Geschäftsführer eines wachsenden Handwerksbetriebs stehen Sie sicher vor der Herausforderung der Nachfolgeplanung. Keller Consulting begleitet Sie diskret. Darf ich Sie anrufen?"),
])
c("junk", "merge_tag_failure", "de", "falscher Firmenname eingesetzt", [
    ("j_merge4", "2021-10-07 17:10", "Hallo Frau Ebersbach, ich habe gesehen, dass die Fächer Immobilien GmbH weiter wächst - Gratulation! Wir haben aktuell exklusive Gewerbeobjekte in Karlsruhe und Umgebung. Darf ich Ihnen das Exposé schicken?"),
])
c("junk", "sponsored_inmail", "de", "Sponsored InMail: Geschäftskonto", [
    ("sp_bank", "2021-02-08 12:00", "<p>Hallo Katrin,</p><p>Ihr Geschäftskonto in 10 Minuten eröffnen &ndash; <strong>3 Monate kostenlos</strong>. Jetzt wechseln &amp; Bonus sichern.</p>"),
], title="Sponsored Conversation", subject="Ihr neues Geschäftskonto")
c("junk", "sponsored_inmail", "de", "Sponsored InMail: Weiterbildung", [
    ("sp_course", "2021-05-24 12:00", "<p>Hallo Katrin,</p><p>Werden Sie <strong>Geprüfte Handelsfachwirtin</strong> &ndash; berufsbegleitend und online. Infoabend am Donnerstag.</p>"),
], title="Sponsored Conversation", subject="Ihre Karriere im Handel")
c("junk", "sponsored_inmail", "de", "Sponsored InMail: E-Auto-Leasing", [
    ("sp_car", "2021-10-11 12:00", "<p>Katrin, jetzt auf Elektro umsteigen:</p><p>Gewerbeleasing ab 199&nbsp;&euro; netto/Monat. <a href=\"#\">Angebot sichern</a></p>"),
], title="Sponsored Conversation", subject="E-Flotte für Ihr Unternehmen")
c("junk", "paid_award", "de", "bezahltes 'Top-Händler'-Siegel", [
    ("j_award", "2021-08-11 10:30", "Sehr geehrte Frau Ebersbach, herzlichen Glückwunsch! Ihr Unternehmen wurde für die Auszeichnung 'Top Fachhändler 2021' ausgewählt. Für die Nutzung des Siegels in Werbung und Laden sowie die Urkunde fällt eine einmalige Lizenzgebühr von 890 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag."),
])
c("junk", "paid_feature", "de", "bezahlter Magazin-Beitrag", [
    ("j_feature", "2021-09-29 14:00", "Hallo Frau Ebersbach, für unsere Ausgabe 'Erfolgreiche Unternehmerinnen aus Baden' würden wir gern ein Porträt über Sie bringen. Für Gestaltung und Druck berechnen wir einen Kostenbeitrag von 1.490 €. Auflage 25.000. Darf ich Sie einplanen?"),
])
c("junk", "paid_podcast", "en", "podcast guest slot with a fee", [
    ("j_podcast", "2021-11-10 19:30", "Hey Katrin! 🎙️ We'd love to feature you on The Retail Rebels Podcast - we interview inspiring independent retailers from around the world. Our guest production package is $397 and includes video clips for your socials. Interested?"),
])
c("junk", "fluent_generic_names_company", "de", "flüssig, nennt Fächerrad, aber beliebig", [
    ("j_fluent", "2021-07-05 09:00", "Liebe Frau Ebersbach, Fächerrad steht für Qualität und Leidenschaft - das spürt man sofort. Gerade inhabergeführte Händler wie Sie haben im digitalen Wandel enorme Chancen. Velocity Commerce begleitet Handelsunternehmen ganzheitlich bei Omnichannel-Strategie, Customer Experience und nachhaltigem Wachstum. Ich würde mich freuen, in einem kurzen Austausch zu erfahren, wo Fächerrad heute steht und wohin die Reise gehen soll."),
])
c("junk", "generic_used_bike_buyer", "de", "generisches Gegenstück zum Remarketing-Pitch", [
    ("j_usedbike", "2021-08-02 12:00", "Hallo! Wir kaufen Ihr Fahrrad oder E-Bike zum Bestpreis - egal welche Marke, egal welcher Zustand. Jetzt online bewerten und sofort Geld erhalten!"),
])
c("junk", "generic_booking_software", "de", "generisches Gegenstück zur Werkstatt-Software", [
    ("j_terminsw", "2021-09-01 10:40", "Hallo Katrin, Terminio ist die Online-Terminbuchung für alle Branchen - Friseure, Ärzte, Handwerker. Jetzt 30 Tage kostenlos testen!"),
])
c("junk", "generic_recruiter", "de", "generisches Gegenstück zur passenden Personalberaterin", [
    ("j_recruit", "2021-11-15 08:15", "Guten Tag Frau Ebersbach, Fachkräftemangel? Personalpartner Plus besetzt Ihre offenen Stellen in allen Branchen schnell und zuverlässig - ob Büro, Lager oder Produktion. Ich freue mich auf Ihren Rückruf."),
])
c("junk", "generic_tracker", "de", "generisches Gegenstück zum GPS-Tracker-Pitch", [
    ("j_tracker", "2021-02-22 15:50", "Hallo, schützen Sie was Ihnen wichtig ist! Unsere GPS-Tracker für Auto, Motorrad, Hund und Koffer - jetzt mit 20 % Firmenrabatt."),
])
c("junk", "generic_shopfitting", "de", "generisches Gegenstück zum Ladenbau-Pitch", [
    ("j_ladenbau", "2021-11-03 11:30", "Sehr geehrte Damen und Herren, Shopdesign Pro realisiert Ladeneinrichtungen für Mode, Food und Retail deutschlandweit. Gerne senden wir Ihnen unsere Referenzmappe."),
])
c("junk", "off_topic_crypto", "de", "fachfremd: Krypto-Einkommen", [
    ("j_crypto", "2021-04-01 22:30", "Hi Katrin 🚀 Hast du schon von passivem Einkommen mit Krypto gehört? Ich zeig dir in einem kostenlosen Webinar, wie ich in 6 Monaten meinen Job gekündigt habe. Soll ich dir den Link schicken?"),
])
c("junk", "generic_grants", "de", "generische Fördermittelberatung", [
    ("j_foerder", "2021-03-17 09:45", "Sehr geehrte Frau Ebersbach, wussten Sie, dass Ihrem Unternehmen möglicherweise Fördermittel in Höhe von bis zu 50.000 € zustehen? Wir prüfen kostenlos Ihre Förderfähigkeit. Jetzt Termin vereinbaren!"),
])
c("junk", "generic_web_design", "de", "generisches Webdesign-Angebot", [
    ("j_web", "2021-06-07 16:20", "Hallo, Ihre Website ist nicht mehr zeitgemäß und nicht für Mobilgeräte optimiert. Wir erstellen Ihnen eine moderne Website ab 1.499 € - fertig in 14 Tagen. Interesse?"),
])
c("junk", "generic_parts_wholesale", "en", "generic mass parts-trading pitch", [
    ("j_parts_generic", "2021-10-18 03:10", "Hello dear, we supply all kinds of bicycle parts: tires, chains, saddles, brakes, lights. Good quality, good price, any quantity. WhatsApp for price list."),
])
c("junk", "off_topic_property", "de", "fachfremd: Kapitalanlage-Immobilien", [
    ("j_property", "2021-11-22 18:45", "Guten Abend Frau Ebersbach, als erfolgreiche Unternehmerin sollten Sie über Steuervorteile durch Kapitalanlage-Immobilien nachdenken. Ich habe aktuell Neubauwohnungen in Leipzig mit 4 % Rendite. Darf ich Ihnen die Unterlagen zusenden?"),
])


def main() -> None:
    out = HERE.parents[1] / SLUG
    x.write(out, {
        "First Name": "Katrin", "Last Name": "Ebersbach",
        "Headline": "Inhaberin Fächerrad Karlsruhe | Fahrräder, E-Bikes, Dienstrad-Leasing & Meisterwerkstatt",
        "Summary": "Seit 2011 verkaufen und reparieren wir Räder in der Karlsruher Oststadt. Partnerin für "
                   "Dienstrad-Leasing, Ausbildungsbetrieb, Lastenrad-Fan. Feierabendrunde jeden Mittwoch.",
        "Industry": "Retail", "Zip Code": "76131", "Geo Location": "Karlsruhe, Baden-Württemberg, Deutschland",
        "Websites": "[COMPANY:faecherrad-karlsruhe.example]",
    }, [
        {"Company Name": SHOP, "Title": "Inhaberin & Geschäftsführerin", "Description":
         "Fahrradfachgeschäft mit Werkstatt, E-Bike-Leasing-Partner, 7 Mitarbeitende.",
         "Location": "Karlsruhe", "Started On": "Sep 2011", "Finished On": ""},
        {"Company Name": "Radsport Bühler Rastatt", "Title": "Verkäuferin und Werkstatt",
         "Description": "", "Location": "Rastatt", "Started On": "Aug 2005", "Finished On": "Jul 2011"},
    ], ["Einzelhandel", "Fahrradtechnik", "E-Bikes", "Dienstradleasing", "Ausbildung", "Werkstattorganisation"])
    print(x.summary())


if __name__ == "__main__":
    main()

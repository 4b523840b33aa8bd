"""Persona: general manager of a 4-star city hotel in Salzburg (2023 layout, Austrian German).

Written blind to the detector in session 2. Every message is hand-written for this corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-hotel-general-manager-salzburg"
OUT = Path(__file__).resolve().parents[1] / SLUG
SPONSORED = "Sponsored Conversation"

owner = Person("me", "Katrin Hofstätter", "https://www.linkedin.com/in/katrin-hofstaetter-salzburg",
               "Hotel Salzachblick", "General Manager / Direktorin")
ex = Export(SLUG, "2023", owner)
P = ex.person

# ---------------------------------------------------------------- genuine
P("corp", "Dr. Markus Pichler", "Alpenwerk Pharma GmbH", "Leiter Event & Travel Management", connected="2021-05-11")
P("wed_uk", "Hannah Whitmore", "", "Teacher")
P("wed_de", "Lisa Gruber", "", "Projektleiterin")
P("staff_rez", "Melanie Schwaiger", "Hotel Salzachblick", "Front Office Managerin", connected="2019-03-01")
P("staff_chef", "Florian Rainer", "Hotel Salzachblick", "Küchenchef", connected="2020-09-15")
P("staff_hk", "Jasmina Kovačević", "Hotel Salzachblick", "Hausdame", connected="2018-06-01")
P("tvb", "Mag. Elisabeth Wimmer", "Tourismus Salzburg Stadt", "Leitung MICE & Kongress", connected="2017-11-20")
P("laundry", "Thomas Hollerer", "Wäscherei Hollerer KG", "Geschäftsführer", connected="2019-01-14")
P("laundry_acc", "Sabine Eder", "Wäscherei Hollerer KG", "Buchhaltung")
P("appl1", "Lukas Stadler", "", "Schüler Tourismusschule")
P("appl2", "Ana-Maria Popescu", "", "Chef de Rang")
P("owner_h", "Georg Salzmann", "Salzmann Hotelbeteiligungen", "Eigentümer", connected="2016-02-02")
P("assoc", "Dr. Renate Lackner", "Österreichische Hoteliervereinigung, Landesgruppe Salzburg", "Geschäftsführerin",
  connected="2018-04-17")
P("guest1", "Wolfgang Brandstätter", "", "Vertriebsleiter")
P("guest2", "Susanne Kerschbaum", "", "Controllerin")
P("guest3", "Petra Lindner", "", "Teamleiterin")
P("journo", "Martin Haslauer", "Salzburger Rundschau", "Wirtschaftsredakteur")
P("excol", "Stefanie Kogler", "Hotel Bergkristall Innsbruck", "Direktorin", connected="2012-07-01")
P("tour", "Kenji Watanabe", "Sakura Europe Tours", "Product Manager Central Europe")
P("orch", "Claire Dubois", "Orchestre de Chambre de Lyon", "Tour Manager")
P("coffee", "Bernd Aichhorn", "Rösterei Aichhorn", "Inhaber", connected="2020-01-20")
P("channel", "Nina Fuchs", "RoomLink Channel Manager", "Customer Success", connected="2021-10-10")
P("intro", "Mag. Paul Reiter", "Salzburger Sparkasse", "Firmenkundenbetreuer", connected="2015-09-09")
P("intro_t", "Verena Mayrhofer", "Mayrhofer Catering", "Geschäftsführerin")
P("former", "Daniel Huber", "", "Barkeeper", connected="2019-05-05")
P("uni", "Prof. Dr. Sandra Eibl", "FH Salzburg", "Studiengangsleitung Tourismusmanagement", connected="2020-03-03")
P("agency_corp", "Julia Brunner", "Convention Partner Austria", "Senior Event Managerin", connected="2022-01-17")
P("bank", "Ing. Herbert Moser", "Moser Haustechnik", "Geschäftsführer", connected="2017-08-08")

# ---------------------------------------------------------------- wanted pitches
P("w_energy", "DI Christoph Lanz", "Lanz Energieberatung", "Energieberater")
P("w_linen", "Miriam Auer", "Textilpflege Pongau", "Vertrieb Hotellerie")
P("w_seo", "Sebastian Wallner", "Wallner Digital", "SEO-Berater")
P("w_farm", "Maria Schnöll", "Biohof Schnöll", "Bäuerin")
P("w_bike", "Jakob Eisl", "Salzach eBike", "Gründer")
P("w_revenue", "Andrea Kastner", "", "Freelance Revenue Managerin")
P("w_photo", "Elias Baumgartner", "", "Architektur- und Hotelfotograf")
P("w_hybrid", "Tobias Hinterberger", "StageNet Veranstaltungstechnik", "Projektleiter")
P("w_shuttle", "Gerald Ebner", "Ebner Transfers", "Inhaber")
P("w_wedding", "Sophie Wieser", "Wieser Weddings", "Hochzeitsplanerin")
P("w_meld", "Oliver Kainz", "GästeDigital", "Vertrieb Österreich")
P("w_bees", "Franz Pöllmann", "Imkerei Pöllmann", "Imker")

# ---------------------------------------------------------------- junk
P("j_tpl1", "Kevin Sommer", "DirectStay Solutions", "Sales Manager DACH")
P("j_tpl2", "Lena Hartmann", "DirectStay Solutions", "Account Executive")
P("j_tpl3", "Marcel Vogt", "DirectStay Solutions", "Business Development")
P("j_tpl4", "Jana Richter", "DirectStay Solutions", "Partnerschaften")
P("j_merge1", "Dennis Kraus", "HotelBoost 360", "Vertrieb")
P("j_merge2", "Sandra Neumann", "Amenity Express", "Key Account")
P("j_merge3", "Ralf Schuster", "PV Sonnenkraft", "Energieexperte")
P("j_merge4", "Chris Taylor", "StayHub", "Partner Manager")
P("j_ctp1", "Patrick Weidinger", "Energiekontor Austria", "Energiemakler",
  connected="2022-09-06", invite=("IN", "2022-09-05 18:20", "Grüß Gott Frau Hofstätter, ich würde mich über die Vernetzung freuen!"))
P("j_ctp2", "Marco Lehner", "Lehner Social", "LinkedIn-Coach",
  connected="2023-01-24", invite=("IN", "2023-01-23 21:02", ""))
P("j_ctp3", "Sven Albrecht", "Albrecht Consulting", "Unternehmer | Investor",
  connected="2023-04-11", invite=("IN", "2023-04-10 07:50", "Gleichgesinnte Unternehmer sollten sich vernetzen."))
P("j_bump1", "Tim Berger", "TableSmart", "Sales")
P("j_bump2", "Yvonne Klein", "Webagentur Pixelwerk", "Kundenberatung")
P("j_ota", "Alessandro Ricci", "BookNest", "Hotel Acquisition Manager")
P("j_seo", "Maximilian Roth", "RankPilot", "SEO Spezialist")
P("j_award", "Dr. h.c. Helmut Graf", "European Hospitality Excellence Awards", "Jury-Vorsitz")
P("j_feature", "Carina Wolf", "Alpen Hotel Guide", "Anzeigenverkauf")
P("j_recruit", "Manuel Hofer", "FinanzPlus Vermögensberatung", "Karriere-Coach")
P("j_mlm", "Bianca Steiner", "", "Selbstständige Beraterin")
P("j_crypto", "Alex Novak", "", "Krypto-Investor")
P("j_offshore", "Vikram Singh", "Sigma Softlabs", "Business Development Manager")
P("j_dental", "Nico Brandt", "PraxisMarketing Pro", "Geschäftsführer")
P("j_cap", "Oliver Seidl", "Tagungsleads.at", "Gründer")
P("j_fluent1", "Dr. Katharina Lenz", "Lenz & Partner Hospitality Consulting", "Managing Partner")
P("j_fluent2", "Stefan Gerstl", "Gerstl Media", "Creative Director")
P("j_fluent3", "Lisa-Marie Haider", "GreenStay Zertifizierung", "Vertrieb")
P("j_amen", "Roland Fink", "Hotelbedarf Fink", "Außendienst")
P("j_spam1", "Mike Johnson", "", "Entrepreneur")
P("j_spam2", "Elena Petrenko", "", "Finanzberaterin")
P("j_inkasso", "Harald Bauer", "Bauer Forderungsmanagement", "Vertrieb")
P("j_leasing", "Sabrina Mayer", "AutoFlex Leasing", "Flottenberaterin")
P("j_linen", "Dragan Petrović", "TexHotel Direct", "Export Manager")
P("j_podcast", "Felix Amann", "Erfolgsgespräche Podcast", "Host")
P("j_ctp4", "Ryan O'Connell", "HotelBot AI", "Co-Founder",
  connected="2023-10-02", invite=("OUT", "2023-09-30 17:00", ""))
P("lost", "Ingrid Svensson", "", "Retired teacher")
P("staff_sous", "Tobias Gschwandtner", "Hotel Salzachblick", "Sous Chef", connected="2021-03-01")
P("regular", "Dr. Werner Hollaus", "", "Notar i.R.", connected="2020-07-12")
P("spon1", "Voltana Energie", "Voltana Energie", "", url="https://www.linkedin.com/company/voltana-energie")
P("spon2", "Staffly HR", "Staffly HR", "", url="https://www.linkedin.com/company/staffly-hr")
P("spon3", "TravelNest Global", "TravelNest Global", "", url="https://www.linkedin.com/company/travelnest-global")

J, G, W = "junk", "genuine", "wanted_pitch"
c = ex.conv

# ================================================================= junk
c(J, "template_multi", "de", "Direktbuchungs-Vorlage 1/4", [
    ("j_tpl1", "2022-10-04 09:10", "Hallo Frau Hofstätter, ich bin auf das Hotel Salzachblick gestoßen und war sofort begeistert "
     "von Ihrer Lage. Wir helfen Stadthotels in Österreich, ihre Direktbuchungsquote um 30 % zu steigern – ganz ohne "
     "höhere Provisionen. Hätten Sie diese Woche 15 Minuten für einen kurzen Austausch?"),
])
c(J, "template_multi", "de", "Direktbuchungs-Vorlage 2/4", [
    ("j_tpl2", "2022-11-15 14:02", "Hallo Frau Hofstätter, ich bin kürzlich auf das Hotel Salzachblick aufmerksam geworden und "
     "war begeistert von Ihrem Konzept. Wir unterstützen Hotels im DACH-Raum dabei, die Direktbuchungsquote um bis zu 35 % "
     "zu erhöhen, ohne zusätzliche Provisionen. Hätten Sie nächste Woche 15 Minuten für ein kurzes Gespräch?"),
])
c(J, "template_multi", "de", "Direktbuchungs-Vorlage 3/4 mit Nachfassen", [
    ("j_tpl3", "2023-02-07 10:30", "Guten Tag Frau Hofstätter, beim Recherchieren bin ich auf das Hotel Salzachblick gestoßen – "
     "tolle Lage direkt an der Salzach! Wir helfen Hotels in Österreich, ihre Direktbuchungen um 30 % zu steigern, "
     "ohne höhere Provisionen. Wären 15 Minuten diese Woche drin?"),
    ("j_tpl3", "2023-02-14 10:31", "Hallo Frau Hofstätter, ich wollte meine Nachricht nochmal nach oben holen. Passt es diese Woche?"),
])
c(J, "template_multi", "de", "Direktbuchungs-Vorlage 4/4 im Spam", [
    ("j_tpl4", "2023-05-23 08:45", "Hallo Frau Hofstätter, ich bin auf das Hotel Salzachblick gestoßen und war begeistert von "
     "Ihrem Haus. Wir helfen Hotels in Österreich, ihre Direktbuchungsquote um 30 % zu steigern – ohne höhere Provisionen. "
     "Hätten Sie kommende Woche 15 Minuten Zeit?"),
], folder="SPAM")

c(J, "merge_tag_failure", "de", "{Anrede} {Nachname} Hotel-Marketing", [
    ("j_merge1", "2022-08-30 07:15", "Sehr geehrte/r {Anrede} {Nachname},\n\nmit HotelBoost 360 steigern Sie Ihre Auslastung "
     "nachweislich um bis zu 25 %. Über 400 Häuser vertrauen bereits auf unsere Lösung. Darf ich Ihnen eine kostenlose "
     "Demo zeigen?\n\nMit freundlichen Grüßen\nDennis Kraus"),
])
c(J, "merge_tag_failure", "de", "[Vorname] Amenities", [
    ("j_merge2", "2022-12-06 11:40", "Hallo [Vorname],\n\nsind Sie mit Ihren aktuellen Gastgeschenken und Badamenities "
     "zufrieden? Amenity Express liefert Shampoo, Duschgel und Slipper im eigenen Hoteldesign ab 500 Stück. Gerne sende ich "
     "Ihnen unseren Katalog!"),
])
c(J, "merge_tag_failure", "de", "falscher Name und falsches Hotel, PV", [
    ("j_merge3", "2023-03-14 16:20", "Lieber Herr Müller, als Betreiber des Hotel Sonnenhof in Kitzbühel zahlen Sie sicher zu "
     "viel für Strom. Mit einer PV-Anlage auf Ihrem Dach sparen Sie bis zu 70 %. Wann darf ich vorbeikommen?"),
])
c(J, "merge_tag_failure", "en", "{{firstName}} OTA, English", [
    ("j_merge4", "2023-06-12 13:05", "Hi {{firstName}},\n\nStayHub is the fastest-growing booking platform in Europe and we'd "
     "love to list {{hotelName}}. Commission is only 12% for the first year. Can we set up a quick call?\n\nCheers, Chris"),
])

c(J, "sponsored_inmail", "de", "Energieversorger gesponsert", [
    ("spon1", "2022-11-02 12:00", "<p>Sehr geehrte Frau Hofstätter,</p><p>Fixpreis für Ihren Gewerbestrom bis 2025 sichern "
     "&ndash; jetzt unverbindliches Angebot anfordern.</p><p>Ihr Voltana-Team</p>"),
], title=SPONSORED, subject="Gewerbestrom zum Fixpreis")
c(J, "sponsored_inmail", "de", "HR-Software gesponsert", [
    ("spon2", "2023-03-01 12:00", "<p>Hallo Katrin,</p><p>Dienstpläne in Minuten statt Stunden: Staffly plant Schichten "
     "automatisch &amp; rechtssicher. <b>30 Tage gratis testen.</b></p>"),
], title=SPONSORED, subject="Schluss mit Excel-Dienstplänen")
c(J, "sponsored_inmail", "en", "booking platform sponsored, English", [
    ("spon3", "2023-07-18 12:00", "<p>Hi Katrin,</p><p>Reach 80 million travellers with TravelNest Global. List your property "
     "in minutes and pay nothing until your first booking.</p>"),
], title=SPONSORED, subject="Fill your empty rooms this season")

c(J, "connect_then_pitch", "de", "Vernetzen, dann Energiemakler", [
    ("j_ctp1", "2022-09-06 08:10", "Vielen Dank für die Vernetzung, Frau Hofstätter! Wie läuft die Saison bei Ihnen?"),
    ("me", "2022-09-06 12:00", "Danke, sehr gut, die Festspielzeit war stark."),
    ("j_ctp1", "2022-09-07 09:00", "Das freut mich! Apropos: Viele Hotels zahlen derzeit viel zu viel für Energie. Wir vergleichen "
     "kostenlos über 30 Anbieter. Sollen wir kurz telefonieren?"),
])
c(J, "connect_then_pitch", "de", "Vernetzen, dann LinkedIn-Coaching (du)", [
    ("j_ctp2", "2023-01-24 07:30", "Hey Katrin, danke fürs Annehmen! Ich hab gesehen, du bist auch in Salzburg – cool!"),
    ("j_ctp2", "2023-01-26 19:12", "Sag mal, postest du eigentlich regelmäßig auf LinkedIn? Ich helfe Führungskräften, in 90 Tagen "
     "zur Marke zu werden. Hast du Lust auf ein kostenloses Strategiegespräch?"),
])
c(J, "connect_then_pitch", "de", "Vernetzen als Gleichgesinnte, dann Investment", [
    ("j_ctp3", "2023-04-11 06:45", "Servus Katrin, schön dass wir uns vernetzt haben. Ich vernetze mich gerne mit gleichgesinnten "
     "Unternehmern."),
    ("j_ctp3", "2023-04-13 21:30", "Ich baue gerade einen exklusiven Kreis für Immobilieninvestments in Dubai auf. Renditen von 9 % "
     "p.a. sind drin. Wäre das was für dich? Lass uns mal telefonieren."),
    ("j_ctp3", "2023-04-20 21:31", "?"),
])

c(J, "follow_up_bump", "de", "Tischreservierungstool, mehrfach nachgefasst", [
    ("j_bump1", "2022-07-12 10:00", "Guten Tag Frau Hofstätter, mit TableSmart reduzieren Restaurants No-Shows um 60 %. "
     "Darf ich Ihnen das kurz zeigen?"),
    ("j_bump1", "2022-07-19 10:00", "Hallo nochmal, haben Sie meine Nachricht gesehen?"),
    ("j_bump1", "2022-07-28 10:00", "Frau Hofstätter, ich versuche es ein letztes Mal – ist das Thema für Sie relevant?"),
])
c(J, "follow_up_bump", "de", "Webagentur, Nachfassen", [
    ("j_bump2", "2023-08-08 09:20", "Sehr geehrte Damen und Herren, wir erstellen moderne Websites für KMU ab 990 €. Referenzen auf "
     "Anfrage."),
    ("j_bump2", "2023-08-22 09:22", "Darf ich kurz nachfragen, ob Interesse besteht?"),
])

c(J, "booking_platform", "en", "new OTA wants listing", [
    ("j_ota", "2022-10-25 15:15", "Dear Katrin, I'm Alessandro from BookNest, the new booking platform for independent hotels. "
     "Zero setup costs and commission starting at 10%. Can I send you our onboarding link?"),
])
c(J, "seo_generic", "de", "SEO Seite 1 generisch", [
    ("j_seo", "2023-01-10 11:11", "Hallo Frau Hofstätter, Ihre Website ist bei Google leider nicht auf Seite 1. Ich kann das in 30 "
     "Tagen ändern – garantiert. Kurzer Call?"),
])
c(J, "paid_award", "de", "Award mit Teilnahmegebühr", [
    ("j_award", "2023-02-20 09:00", "Sehr geehrte Frau Hofstätter,\n\nes ist mir eine Ehre, Ihnen mitzuteilen, dass das Hotel "
     "Salzachblick von unserer Jury für den European Hospitality Excellence Award 2023 nominiert wurde. Zur Bestätigung "
     "Ihrer Teilnahme an der Gala in Wien sowie der Nutzung des Gewinnersiegels fällt eine Akkreditierungsgebühr von "
     "2.900 € netto an.\n\nHochachtungsvoll\nDr. h.c. Helmut Graf"),
])
c(J, "paid_feature", "de", "Advertorial im Hotel Guide", [
    ("j_feature", "2023-05-09 14:40", "Liebe Frau Hofstätter, für die Sommerausgabe des Alpen Hotel Guide haben wir noch eine "
     "Doppelseite frei – redaktionell aufbereitet, inkl. Fotos. Sonderpreis für Sie: 1.850 € statt 2.400 €. Darf ich "
     "reservieren?"),
])
c(J, "recruiting_spam", "de", "Vermögensberater-Nebenjob", [
    ("j_recruit", "2022-12-13 20:15", "Hallo Katrin, dein Profil ist mir positiv aufgefallen! Wir suchen Persönlichkeiten, die "
     "nebenberuflich als Vermögensberater durchstarten wollen. Keine Vorkenntnisse nötig. Interesse an einem Kennenlernen?"),
])
c(J, "mlm", "de", "Network-Marketing Nahrungsergänzung", [
    ("j_mlm", "2023-03-28 21:40", "Hallo liebe Katrin 🌸 ich bin total begeistert von meinem neuen Business mit natürlichen "
     "Nahrungsergänzungsmitteln und suche Frauen, die sich ein zweites Standbein aufbauen wollen. Darf ich dir ein kurzes "
     "Video schicken?"),
])
c(J, "crypto", "de", "Krypto im Spam", [
    ("j_crypto", "2022-11-29 02:10", "Hallo! Ich habe mit Bitcoin-Trading in 3 Monaten 40.000 € verdient. Schreib mir 'INFO' und "
     "ich zeige dir wie 🚀"),
], folder="SPAM")
c(J, "off_topic", "en", "offshore software dev, English", [
    ("j_offshore", "2023-06-27 06:30", "Hello Katrin, hope you are doing great. We are a leading software development company "
     "providing custom ERP, CRM and mobile apps at affordable rates. Kindly let me know a suitable time for a call."),
])
c(J, "off_topic", "de", "Zahnarztmarketing an Hotel", [
    ("j_dental", "2023-04-04 10:05", "Sehr geehrte Frau Hofstätter, wir bringen Zahnarztpraxen planbar 20 neue Privatpatienten "
     "pro Monat. Wann passt Ihnen ein Erstgespräch?"),
])
c(J, "capacity", "de", "Tagungsleads: Haben Sie noch Kapazitäten?", [
    ("j_cap", "2023-09-05 08:00", "Hallo Frau Hofstätter, kurze Frage: Haben Sie für Herbst noch Kapazitäten für Firmentagungen? "
     "Wir generieren für Hotels qualifizierte Tagungsanfragen über LinkedIn-Ads – Sie zahlen nur pro Lead (79 €). "
     "Soll ich Ihnen ein Beispiel schicken?"),
])
c(J, "fluent_generic", "de", "Hotelberatung flüssig, nennt Hotel, generisch", [
    ("j_fluent1", "2022-08-16 09:30", "Sehr geehrte Frau Hofstätter,\n\ndas Hotel Salzachblick gehört zweifellos zu den schönsten "
     "Adressen der Stadt. Gerade in Zeiten steigender Kosten stellen sich viele Hoteliers die Frage, wie sich Ertrag und "
     "Gästezufriedenheit nachhaltig verbinden lassen. Als Beratung mit über 20 Jahren Erfahrung begleiten wir Häuser "
     "ganzheitlich – von der Strategie über das Pricing bis zur Mitarbeiterführung.\n\nIch würde mich sehr freuen, Sie "
     "in einem unverbindlichen Gespräch kennenzulernen.\n\nHerzliche Grüße\nKatharina Lenz"),
])
c(J, "fluent_generic", "de", "Imagefilm-Agentur, nennt Hotel", [
    ("j_fluent2", "2023-02-28 15:00", "Hallo Frau Hofstätter, ein Haus wie das Hotel Salzachblick verdient Bilder, die Emotionen "
     "wecken. Wir produzieren Imagefilme für Hotellerie, Industrie und Handel – kreativ, schnell, budgetfreundlich. Darf ich "
     "Ihnen unser Showreel senden?"),
    ("j_fluent2", "2023-03-09 15:05", "Ich hake nochmal freundlich nach – Interesse am Showreel?"),
])
c(J, "fluent_generic", "de", "Nachhaltigkeitssiegel, nennt Hotel", [
    ("j_fluent3", "2023-07-04 10:45", "Liebe Frau Hofstätter, Gäste achten heute mehr denn je auf Nachhaltigkeit. Mit dem "
     "GreenStay-Siegel zeigen Sie, dass das Hotel Salzachblick Verantwortung übernimmt. Zertifizierung in nur 4 Wochen, "
     "komplett online. Wollen wir einen Termin vereinbaren?"),
])
c(J, "generic_vendor", "de", "Hotelbedarf Katalog", [
    ("j_amen", "2022-09-20 13:00", "Grüß Gott! Hotelbedarf Fink – alles vom Kleiderbügel bis zur Minibar. Aktuell 15 % "
     "Herbstrabatt auf das gesamte Sortiment. Katalog gefällig?"),
])
c(J, "spam_folder", "en", "make money online, spam", [
    ("j_spam1", "2023-05-02 04:20", "Hi dear, I have a business proposal that can make you $5000 weekly working from home. Reply "
     "for details."),
], folder="SPAM")
c(J, "spam_folder", "de", "Geldanlage im Spam", [
    ("j_spam2", "2023-08-15 05:55", "Guten Tag, ich biete Ihnen eine sichere Geldanlage mit 8 % Zinsen monatlich. Bei Interesse "
     "melden Sie sich."),
], folder="SPAM")
c(J, "off_topic", "de", "Inkasso generisch", [
    ("j_inkasso", "2023-01-31 11:30", "Sehr geehrte Frau Hofstätter, offene Forderungen belasten Ihre Liquidität. Wir übernehmen "
     "Ihr komplettes Mahnwesen – erfolgsbasiert. Darf ich Ihnen unsere Konditionen senden?"),
])
c(J, "off_topic", "de", "Firmenwagenleasing", [
    ("j_leasing", "2023-09-19 09:50", "Hallo Frau Hofstätter, Elektro-Firmenwagen jetzt ab 299 € netto/Monat inkl. Versicherung. "
     "Sollen wir Ihren Fuhrpark kurz durchrechnen?"),
])

c(J, "generic_vendor", "de", "Textil-Direktvertrieb generisch", [
    ("j_linen", "2023-05-16 07:40", "Sehr geehrte Damen und Herren, wir sind Hersteller von Hoteltextilien (Bettwäsche, Frottier, "
     "Bademäntel) aus Serbien und liefern in ganz Europa bis zu 40 % günstiger als der Großhandel. Gerne senden wir Ihnen "
     "unsere Preisliste. Mit freundlichen Grüßen"),
])
c(J, "paid_podcast", "de", "Podcast-Gast gegen Gebühr", [
    ("j_podcast", "2023-06-13 18:10", "Hallo Katrin, ich würde dich gern in meinen Podcast 'Erfolgsgespräche' einladen! Wir haben "
     "über 10.000 Hörer. Für Produktion und Promotion berechnen wir eine Pauschale von 490 €. Bist du dabei?"),
])
c(J, "connect_then_pitch", "en", "owner invited him after a fair, he pitches an AI chatbot", [
    ("j_ctp4", "2023-10-02 09:00", "Hi Katrin, thanks for connecting! Beautiful hotel, I stayed in Salzburg last summer."),
    ("j_ctp4", "2023-10-04 09:05", "Quick question - how many guest emails does your front desk answer per day? HotelBot AI "
     "answers 80% of them automatically in 30 languages. Can I show you a 15-minute demo?"),
    ("j_ctp4", "2023-10-11 09:05", "Hi Katrin, bumping this in case you missed it!"),
])

# ================================================================= wanted pitches
c(W, "tailored_pitch", "de", "Energieberater mit Bezug zu Gebäude und Förderung", [
    ("w_energy", "2022-10-18 10:20", "Sehr geehrte Frau Hofstätter, im Bericht der Salzburger Rundschau zum Umbau Ihres Hauses "
     "stand, dass der Altbautrakt aus 1912 noch an der alten Gaskesselanlage hängt, während der Neubau schon Fernwärme hat. "
     "Für genau diese Kombination gibt es derzeit eine Förderschiene für betriebliche Heizungsumstellung. Ich habe zwei "
     "Hotels in der Altstadt durch den Antrag begleitet. Wenn Sie mögen, schaue ich mir die Heizzentrale einmal unverbindlich an."),
    ("me", "2022-10-19 08:30", "Das kommt tatsächlich gelegen. Bitte melden Sie sich bei unserem Haustechniker Herrn Moser, "
     "ich gebe ihm Bescheid."),
])
c(W, "tailored_pitch", "de", "Wäscherei mit Bezug auf Gästebewertungen", [
    ("w_linen", "2022-12-14 09:00", "Grüß Gott Frau Hofstätter, ich habe mir Ihre Bewertungen angesehen – auffällig oft kommt "
     "'Handtücher rau' vor, sonst sind die Zimmer top bewertet. Das ist meist eine Frage von Waschtemperatur und Weichspüler "
     "bei Frottier mit hohem Baumwollanteil. Wir pflegen für drei Salzburger 4-Sterne-Häuser. Gern wasche ich Ihnen 50 "
     "Handtücher probeweise kostenlos, dann sehen Sie den Unterschied selbst."),
])
c(W, "tailored_pitch", "de", "SEO-Berater: Seminarräume nicht indexiert", [
    ("w_seo", "2023-01-17 14:15", "Hallo Frau Hofstätter, bei der Suche 'Tagungshotel Salzburg Altstadt' taucht Ihr Haus nicht auf, "
     "obwohl Sie fünf Seminarräume haben. Grund: Die Seite /tagungen steht auf 'noindex', vermutlich ein Überbleibsel vom "
     "Relaunch. Das lässt sich in fünf Minuten beheben – sagen Sie es einfach Ihrer Agentur. Falls Sie danach Unterstützung "
     "beim Ranking wollen, melden Sie sich gerne."),
    ("me", "2023-01-17 16:00", "Danke, das war tatsächlich so! Agentur ist informiert. Ich melde mich, falls wir mehr brauchen."),
])
c(W, "tailored_pitch", "de", "Biohof fürs regionale Frühstück", [
    ("w_farm", "2023-03-07 19:30", "Liebe Frau Hofstätter, auf Ihrer Website steht 'regionales Frühstück', ich habe aber gesehen, dass "
     "der Joghurt aus Bayern kommt 😉. Wir sind ein Biohof in Elixhausen, 15 km entfernt, und liefern Joghurt, Topfen und "
     "Eier zweimal pro Woche an zwei Gasthäuser in der Stadt. Für Ihre Menge würde sich eine eigene Tour rechnen. "
     "Darf ich Ihrem Küchenchef eine Kostprobe vorbeibringen?"),
    ("me", "2023-03-08 07:45", "Erwischt 😄 Gerne, bitte direkt mit Herrn Rainer ausmachen."),
])
c(W, "tailored_pitch", "de", "E-Bike-Verleih als Gästeservice", [
    ("w_bike", "2023-04-25 11:00", "Hallo Frau Hofstätter, viele Ihrer Gäste fragen laut Bewertungen nach Radverleih – Ihr Haus "
     "liegt ja direkt am Salzach-Radweg. Wir liefern E-Bikes auf Abruf ans Hotel und holen sie wieder ab, ohne dass Sie "
     "Stellfläche brauchen. Provision für das Hotel 15 %. Wäre das ein Thema für die Saison?"),
])
c(W, "tailored_pitch", "de", "Revenue-Managerin zu Festspielpreisen", [
    ("w_revenue", "2023-05-30 08:40", "Liebe Frau Hofstätter, ich war jahrelang Revenue Managerin in einem Haus an der Staatsbrücke "
     "und arbeite jetzt freiberuflich. Mir ist aufgefallen, dass Ihre Raten für die Festspielwochen im August schon seit März "
     "offen und im Vergleich zum Wettbewerb 20-25 % günstiger sind – gleichzeitig schließen Sie im Oktober kaum. "
     "Ich hätte ein paar konkrete Ideen. Eine Stunde Gespräch ist unverbindlich."),
    ("me", "2023-05-30 12:00", "Spannend, das Thema beschäftigt uns tatsächlich. Passt Ihnen Donnerstag 15 Uhr im Hotel?"),
    ("w_revenue", "2023-05-30 12:20", "Sehr gern, bis Donnerstag!"),
])
c(W, "tailored_pitch", "de", "Hotelfotograf: alte Zimmerfotos", [
    ("w_photo", "2023-06-20 10:10", "Sehr geehrte Frau Hofstätter, gratuliere zur Renovierung der Flussseite! Auf Booking und Ihrer "
     "Website sind allerdings noch die Zimmerfotos mit den alten roten Teppichen online. Ich fotografiere Hotels im Raum "
     "Salzburg (Referenzen im Profil) und hätte im Juli noch zwei Tage frei. Soll ich ein Angebot für 12 Zimmerkategorien schicken?"),
])
c(W, "tailored_pitch", "de", "Veranstaltungstechnik für Saal Mirabell", [
    ("w_hybrid", "2023-07-11 13:30", "Hallo Frau Hofstätter, wir hatten im Mai die Technik für die Alpenwerk-Tagung bei Ihnen im "
     "Saal Mirabell geliefert, als externer Dienstleister des Kunden. Dabei ist uns aufgefallen, dass der Saal ohne fest "
     "installierte Kameras für Hybrid-Formate schwer zu vermarkten ist. Wir könnten eine kleine Festinstallation mit "
     "Mietmodell anbieten – dann kann Ihr Bankett-Team das selbst verkaufen. Interesse an einem Angebot?"),
])
c(W, "tailored_pitch", "de", "Flughafentransfer bezogen auf Bewertungen", [
    ("w_shuttle", "2023-08-29 09:15", "Grüß Gott Frau Hofstätter, mehrere Gäste schreiben in Bewertungen, dass das Taxi vom "
     "Flughafen zu Ihnen fast 40 € kostet. Wir fahren fixe Shuttles zu 14 € pro Person und könnten Ihr Haus als fixen Halt "
     "aufnehmen, Buchung über Ihre Rezeption. Soll ich Ihnen die Fahrpläne schicken?"),
])
c(W, "tailored_pitch", "de", "Hochzeitsplanerin für Gartenpavillon", [
    ("w_wedding", "2022-11-08 17:00", "Liebe Frau Hofstätter, ich plane vor allem Hochzeiten für Paare aus dem Ausland, die in "
     "Salzburg heiraten wollen, und bekomme ständig Anfragen nach kleinen Locations mit Blick auf die Festung. Ihr "
     "Gartenpavillon wäre perfekt für 30-50 Gäste. Darf ich Ihn in meine Location-Liste aufnehmen und einmal besichtigen?"),
    ("me", "2022-11-09 09:00", "Sehr gerne, melden Sie sich bei unserer Bankettabteilung für einen Termin."),
])
c(W, "tailored_pitch", "de", "digitales Meldewesen mit Ortstaxe Salzburg", [
    ("w_meld", "2023-09-12 10:00", "Sehr geehrte Frau Hofstätter, Sie nutzen laut Ihrer Stellenanzeige noch RoomLink mit "
     "Papier-Meldeschein. Wir haben seit heuer eine direkte Schnittstelle zu RoomLink, die das Gästeblatt digital erfasst und "
     "die Ortstaxe für die Stadt Salzburg automatisch abrechnet. Zwei Häuser in der Linzer Gasse nutzen das schon – ich kann "
     "gern den Kontakt herstellen, damit Sie sich aus erster Hand informieren."),
])
c(W, "tailored_pitch", "de", "Imker, Honig fürs Frühstück und Dachfläche", [
    ("w_bees", "2023-06-06 18:00", "Servus Frau Hofstätter, ich bin Hobby-Imker aus Anif und hab gelesen, dass Sie das Flachdach "
     "vom Neubau begrünt haben. Ich würde dort gern zwei Bienenstöcke aufstellen und den Honig ans Hotel liefern – "
     "'Honig vom eigenen Dach' beim Frühstück kommt bei Gästen gut an. Kosten für Sie: keine. Was meinen Sie?"),
])

# ================================================================= genuine
c(G, "corporate_client", "de", "Firmenkunde bucht Tagung, Preise", [
    ("corp", "2023-02-02 09:30", "Sehr geehrte Frau Hofstätter, wir planen unsere Vertriebstagung von 9. bis 11. Mai mit ca. 80 "
     "Teilnehmern. Könnten Sie uns ein Angebot für 70 Einzelzimmer, den Saal Mirabell und Vollpension schicken? "
     "Gern auch telefonisch."),
    ("me", "2023-02-02 11:00", "Sehr geehrter Herr Dr. Pichler, vielen Dank! Das Angebot kommt bis Freitag. Tagungspauschale wäre "
     "89 € pro Person und Tag, Zimmer 145 € inkl. Frühstück."),
    ("corp", "2023-02-03 08:15", "Danke. Gibt es bei drei Nächten einen Nachlass? Unser Budget liegt bei 135 € pro Zimmer."),
    ("me", "2023-02-03 10:00", "Bei drei Nächten kann ich 138 € anbieten, Option bis 20. Februar."),
    ("corp", "2023-02-15 14:00", "Passt, wir bestätigen. Vertrag bitte an meine Assistenz."),
])
c(G, "wedding_enquiry", "en", "UK couple wedding enquiry, spam folder", [
    ("wed_uk", "2022-09-27 20:40", "Dear Ms Hofstätter, my fiancé and I would love to get married in Salzburg in June 2023. "
     "Could your hotel host a dinner for about 45 guests and do you offer a room block? Could we have a video call to talk "
     "through prices? Many thanks, Hannah"),
    ("wed_uk", "2022-10-10 19:00", "Hello again, just wondering if my previous message reached you?"),
], folder="SPAM")
c(G, "wedding_enquiry", "de", "Hochzeitsanfrage, Menüpreise", [
    ("wed_de", "2023-01-19 21:15", "Hallo Frau Hofstätter, wir heiraten im September 2023 standesamtlich im Schloss Mirabell und "
     "suchen eine Location für die Feier danach, ca. 60 Personen. Was würde ein Menü mit Weinbegleitung ungefähr kosten?"),
    ("me", "2023-01-20 09:00", "Liebe Frau Gruber, herzlichen Glückwunsch! Menüs liegen zwischen 78 und 110 € pro Person, "
     "Weinbegleitung ab 38 €. Kommen Sie gern auf eine Besichtigung vorbei."),
    ("wed_de", "2023-01-20 12:30", "Super, danke! Passt Samstag, 28.1. um 11 Uhr?"),
    ("me", "2023-01-20 13:00", "Ja, ich habe Sie eingetragen."),
])
c(G, "staff", "de", "Rezeptionsleiterin Dienstplan (du)", [
    ("staff_rez", "2023-03-16 07:10", "Morgen Katrin, Sarah ist krank, ich brauch für heute Spätdienst jemanden. Darf ich Daniel "
     "anrufen, auch wenn er eigentlich frei hat?"),
    ("me", "2023-03-16 07:25", "Ja klar, Überstunden passen. Danke dir!"),
])
c(G, "staff", "de", "Küchenchef Budget (du)", [
    ("staff_chef", "2023-04-03 15:00", "Hi Katrin, der neue Kombidämpfer kostet laut Angebot 14.800 €. Ich hab noch eins über 12.900 "
     "bekommen, aber ohne Wartung. Können wir kurz reden?"),
    ("me", "2023-04-03 15:30", "Komm um 17 Uhr ins Büro, dann schauen wir's uns an."),
])
c(G, "staff", "de", "Hausdame Urlaubsantrag (du)", [
    ("staff_hk", "2023-06-01 09:00", "Liebe Katrin, ich wollte fragen ob ich die zweite Augustwoche frei nehmen kann, meine Schwester "
     "heiratet in Split. Ich weiß, Festspielzeit... 🙈"),
    ("me", "2023-06-01 10:00", "Liebe Jasmina, das kriegen wir hin. Alles Gute der Schwester!"),
])
c(G, "tourism_board", "de", "Tourismus Salzburg Kongressanfrage", [
    ("tvb", "2022-10-03 10:30", "Liebe Katrin, wir haben eine Anfrage für einen Medizinkongress im Oktober 2023, 600 Teilnehmer. "
     "Könntest du uns ein Kontingent von 40 Zimmern für drei Nächte nennen, mit Preis? Deadline für die Bewerbung ist "
     "der 14.10."),
    ("me", "2022-10-04 09:00", "Liebe Elisabeth, 40 Zimmer gehen, 159 € im DZ zur Einzelnutzung. Schick ich dir bis morgen schriftlich."),
    ("tvb", "2022-10-04 09:20", "Perfekt, danke dir!"),
])
c(G, "tourism_board", "de", "Tourismus Salzburg Einladung Partnertreffen", [
    ("tvb", "2023-09-04 11:00", "Liebe Partnerbetriebe, herzliche Einladung zum Herbst-Partnertreffen am 26. September im "
     "Kongresshaus. Bitte um Anmeldung bis 15.9. Liebe Grüße, Elisabeth"),
])
c(G, "existing_vendor", "de", "Wäscherei Rechnungsdifferenz", [
    ("me", "2023-02-27 08:30", "Lieber Herr Hollerer, auf der Jänner-Rechnung sind 1.240 kg Flachwäsche verrechnet, laut unseren "
     "Lieferscheinen waren es 1.080 kg. Können Sie das bitte prüfen lassen?"),
    ("laundry", "2023-02-27 10:15", "Grüß Gott Frau Hofstätter, danke für den Hinweis. Ich gebe es an Frau Eder in der Buchhaltung "
     "weiter."),
    ("laundry_acc", "2023-02-28 14:00", "Sehr geehrte Frau Hofstätter, Sie haben recht, es wurde eine Lieferung doppelt erfasst. "
     "Eine Gutschrift über 224,00 € geht Ihnen heute zu. Entschuldigen Sie den Fehler."),
])
c(G, "existing_vendor", "de", "Wäscherei Preisanpassung", [
    ("laundry", "2023-08-21 09:00", "Sehr geehrte Frau Hofstätter, wegen der gestiegenen Energiekosten müssen wir ab 1. Oktober "
     "die Kilopreise um 6 % anpassen. Gerne erkläre ich Ihnen die Kalkulation persönlich. Wann hätten Sie Zeit?"),
    ("me", "2023-08-21 13:00", "Herr Hollerer, 6 % sind viel. Kommen Sie bitte nächste Woche vorbei, dann reden wir darüber."),
])
c(G, "applicant", "de", "Lehrlingsbewerbung", [
    ("appl1", "2023-03-21 16:40", "Sehr geehrte Frau Hofstätter, ich bin 15 Jahre alt und möchte im Herbst eine Lehre als "
     "Hotel- und Gastgewerbeassistent beginnen. Ich habe letzten Sommer im Gasthof meines Onkels geholfen. Darf ich Ihnen "
     "meine Bewerbung schicken?"),
    ("me", "2023-03-22 08:00", "Lieber Lukas, sehr gerne! Schick sie an jobs@salzachblick.at, wir laden dich zum Schnuppern ein."),
])
c(G, "applicant", "de", "Chef de Rang Bewerbung mit Gehaltsfrage", [
    ("appl2", "2023-04-17 12:00", "Guten Tag Frau Hofstätter, ich habe Ihre Stelle als Restaurantleiterin gesehen. Ich arbeite "
     "derzeit als Chef de Rang in Wien. Können Sie mir sagen, ob eine Personalwohnung zur Verfügung steht und wie das "
     "Gehalt ist?"),
    ("me", "2023-04-17 18:00", "Guten Tag Frau Popescu, ja, wir haben Personalzimmer. Das Gehalt liegt bei 2.900 € brutto plus "
     "Überzahlung je nach Erfahrung. Ich freue mich auf Ihre Bewerbung."),
])
c(G, "owner", "de", "Eigentümer: Quartalszahlen", [
    ("owner_h", "2023-07-05 08:00", "Katrin, kannst du mir bis Freitag die Zahlen vom zweiten Quartal schicken? Die Bank will die "
     "Auslastung sehen. Und: Was hältst du von dem Angebot für die PV-Anlage?"),
    ("me", "2023-07-05 09:30", "Schick ich dir Donnerstag. PV: wir brauchen erst die Statik vom Dach, das Angebot ist zu früh."),
])
c(G, "association", "de", "Hoteliervereinigung Generalversammlung", [
    ("assoc", "2023-03-02 10:00", "Sehr geehrte Frau Hofstätter, wir laden Sie herzlich zur Landesversammlung am 20. April ein. "
     "Hätten Sie Interesse, im Panel zum Thema Fachkräfte 10 Minuten über Ihre Erfahrungen mit der Vier-Tage-Woche zu sprechen?"),
    ("me", "2023-03-02 15:00", "Sehr gerne, Frau Dr. Lackner."),
])
c(G, "thanks", "de", "Dank nach Tagung 1/3", [
    ("guest1", "2023-05-12 17:30", "Sehr geehrte Frau Hofstätter, vielen Dank für die hervorragende Betreuung während unserer "
     "Tagung. Das Team war großartig!"),
])
c(G, "thanks", "de", "Dank nach Tagung 2/3", [
    ("guest2", "2023-05-12 19:10", "Liebe Frau Hofstätter, herzlichen Dank für die hervorragende Betreuung bei unserer Tagung. "
     "Ihr Team war großartig!"),
    ("me", "2023-05-13 08:00", "Vielen Dank, das gebe ich gerne weiter!"),
])
c(G, "thanks", "de", "Dank nach Tagung 3/3", [
    ("guest3", "2023-05-13 09:45", "Vielen Dank für die tolle Betreuung während unserer Tagung, Frau Hofstätter – das ganze Team war "
     "großartig."),
])
c(G, "journalist", "de", "Journalist Festspielauslastung", [
    ("journo", "2023-07-24 14:00", "Grüß Gott Frau Hofstätter, ich schreibe für die Salzburger Rundschau über die Auslastung der "
     "Stadthotellerie während der Festspiele. Hätten Sie morgen 10 Minuten für ein Telefonat? Gern auch mit Zahlen, "
     "die Sie freigeben wollen."),
    ("me", "2023-07-24 16:00", "Gerne, morgen um 11 Uhr unter der Hotelnummer."),
])
c(G, "former_colleague", "de", "Ex-Kollegin Innsbruck (du)", [
    ("excol", "2023-01-09 20:00", "Katrin!! Hab gelesen, dass ihr die Vier-Tage-Woche eingeführt habt. Wie macht ihr das mit dem "
     "Frühdienst? Wir überlegen das auch. Telefonieren wir mal?"),
    ("me", "2023-01-09 21:30", "Steffi! Ja gern, Donnerstag Abend? Ich erzähl dir alles, auch was schiefgegangen ist 😅"),
    ("excol", "2023-01-09 21:45", "Donnerstag passt, ich ruf dich um 19 Uhr an."),
])
c(G, "inbound_lead", "en", "tour operator wants allotment, prices", [
    ("tour", "2022-11-22 03:15", "Dear Ms Hofstätter, Sakura Europe Tours is planning 18 departures of a Vienna-Salzburg-Munich "
     "tour in 2023. We are looking for a hotel in Salzburg for 1 night per group, 20 twin rooms. Could you send us your "
     "group rates with breakfast and your cancellation terms?"),
    ("me", "2022-11-22 09:30", "Dear Mr Watanabe, thank you. I will send our 2023 group contract by Friday. Could you share the "
     "departure dates?"),
    ("tour", "2022-11-23 02:00", "Of course, please find the list attached."),
], attachments={2: "https://www.linkedin.com/dms/sakura-2023-departures.xlsx"})
c(G, "inbound_lead", "en", "orchestra tour manager booking rooms", [
    ("orch", "2023-04-12 11:20", "Hello Katrin, our chamber orchestra plays the Mozarteum on 3 August. We need 32 single rooms for "
     "two nights, close to the hall. Is this possible during the festival, and at what price?"),
    ("me", "2023-04-12 14:00", "Dear Claire, we can offer 32 singles at 189 € per night including breakfast. Shall I hold them?"),
    ("orch", "2023-04-13 09:00", "Yes please, hold until 30 April."),
])
c(G, "existing_vendor", "de", "Kaffeerösterei Lieferung", [
    ("coffee", "2023-08-01 07:30", "Guten Morgen Frau Hofstätter, die Lieferung für diese Woche verzögert sich um einen Tag, unser "
     "Röster ist in Wartung. Reicht Ihr Bestand bis Donnerstag?"),
    ("me", "2023-08-01 08:00", "Ja, das geht sich aus. Danke für die Info!"),
])
c(G, "existing_vendor", "de", "Channel-Manager Support zu bestehendem Vertrag", [
    ("channel", "2022-12-19 10:00", "Hallo Frau Hofstätter, wir haben bemerkt, dass Ihre Verbindung zu einem Buchungsportal seit "
     "gestern Fehler liefert. Unsere Technik kümmert sich darum. Bitte prüfen Sie, ob Ihr Passwort dort geändert wurde."),
    ("me", "2022-12-19 10:40", "Ja, unser Revenue hat es geändert. Schicke Ihnen die neuen Zugangsdaten per Mail."),
])
c(G, "intro", "de", "Bankbetreuer stellt Caterin vor", [
    ("intro", "2023-05-15 12:00", "Liebe Frau Hofstätter, darf ich Ihnen Frau Mayrhofer vorstellen? Sie baut gerade ein "
     "Catering-Unternehmen auf und sucht Kooperationen für Außer-Haus-Events. Ich dachte, Sie beide sollten sich kennen."),
    ("intro_t", "2023-05-15 14:20", "Danke, Herr Reiter! Frau Hofstätter, es würde mich freuen, Sie auf einen Kaffee zu treffen – "
     "ganz ohne Verkaufsgespräch, einfach zum Kennenlernen."),
    ("me", "2023-05-16 09:00", "Sehr gerne. Nächsten Dienstag um 10 im Hotelcafé?"),
])
c(G, "former_staff", "de", "Ehemaliger Barkeeper, Rückkehr (Inhaberin startet)", [
    ("me", "2023-02-13 18:00", "Servus Daniel, wir suchen ab Mai wieder einen Barchef. Hättest du Interesse zurückzukommen?"),
    ("former", "2023-02-13 21:00", "Servus Katrin! Interesse ja – was wäre denn drin gehaltlich?"),
    ("me", "2023-02-14 08:00", "Lass uns das persönlich besprechen. Freitag auf einen Kaffee?"),
])
c(G, "university", "de", "FH: Exkursion mit Studierenden", [
    ("uni", "2022-11-03 10:00", "Liebe Frau Hofstätter, dürften wir im Dezember mit 25 Studierenden eine Hausführung machen? "
     "Ein kurzer Vortrag von Ihnen über Revenue Management wäre großartig."),
    ("me", "2022-11-03 12:00", "Gern, Frau Professor Eibl. Wie wäre der 6. Dezember, 14 Uhr?"),
])
c(G, "agency_client", "de", "Eventagentur bucht für Kunden", [
    ("agency_corp", "2023-08-07 16:00", "Hallo Katrin, ich hab einen Kunden aus München für ein Incentive im November, 40 Personen, "
     "zwei Nächte. Habt ihr was frei? Provision wie immer 8 %."),
    ("me", "2023-08-08 08:30", "Hallo Julia, ja, 14.-16.11. geht. Ich schick dir ein Angebot."),
])
c(G, "existing_vendor", "de", "Haustechnik Wartungsangebot", [
    ("bank", "2023-09-26 07:45", "Sehr geehrte Frau Hofstätter, anbei das Angebot für die jährliche Wartung der Lüftung, "
     "3.450 € netto, wie letztes Jahr. Termin wäre KW 44 möglich."),
    ("me", "2023-09-26 09:00", "Passt, bitte KW 44 fix einplanen."),
], attachments={0: "https://www.linkedin.com/dms/wartung-lueftung-2023.pdf"})
c(G, "thanks", "de", "Danke für Hausführung", [
    ("uni", "2022-12-07 09:00", "Liebe Frau Hofstätter, vielen Dank für den tollen Nachmittag – die Studierenden waren begeistert!"),
])
c(G, "wedding_enquiry", "en", "UK couple follow-up after reply", [
    ("me", "2022-10-12 08:00", "Dear Hannah, I'm so sorry - your message landed in a filter folder. Yes, our garden pavilion seats "
     "50 and we can hold 20 rooms. Would Thursday at 6pm CET work for a video call?"),
    ("wed_uk", "2022-10-12 18:30", "Thursday is perfect, thank you!"),
], subject="Wedding June 2023")
c(G, "staff", "mixed", "Rezeption englischer Gast mit Beschwerde, Deutsch/Englisch", [
    ("staff_rez", "2023-08-12 22:40", "Katrin, sorry für die späte Nachricht – Gast auf 312 hat sich beschwert, ich kopier dir seine "
     "Mail: 'The air conditioning has not worked for two nights and nobody has come.' Haustechnik kommt erst morgen früh. "
     "Darf ich ihm eine Nacht gutschreiben?"),
    ("me", "2023-08-12 22:55", "Ja, eine Nacht gutschreiben und Frühstück aufs Haus. Danke dir!"),
])
c(G, "corporate_client", "de", "Firmenkunde Rahmenvertrag Verlängerung", [
    ("corp", "2023-09-21 10:00", "Liebe Frau Hofstätter, unsere Firmenrate läuft Ende des Jahres aus. Können wir für 2024 wieder "
     "einen Rahmenvertrag machen? Wir rechnen mit ca. 400 Nächten."),
    ("me", "2023-09-21 11:30", "Sehr gerne, Herr Dr. Pichler. Ich schicke Ihnen einen Vorschlag bis Ende des Monats."),
])
c(G, "owner", "de", "Eigentümer leitet Award-Mail weiter", [
    ("owner_h", "2023-02-21 07:30", "Katrin, ich hab auch so eine 'Award'-Mail bekommen. 2.900 € fürs Siegel? Ignorieren, oder?"),
    ("me", "2023-02-21 07:50", "Ignorieren. Das ist reine Abzocke."),
])

c(G, "guest", "en", "lost property request from guest, spam folder", [
    ("lost", "2023-07-03 19:20", "Dear Ms Hofstätter, I stayed in room 218 last week and I believe I left my reading glasses and "
     "a grey cardigan in the wardrobe. Could your housekeeping check? I'm happy to pay for postage to Sweden."),
], folder="SPAM")
c(G, "staff", "de", "Sous Chef kündigt (du)", [
    ("staff_sous", "2023-09-08 22:10", "Hallo Katrin, ich wollte es dir persönlich sagen bevor du es schriftlich bekommst: ich hab "
     "ein Angebot als Küchenchef in Zell am See angenommen. Kündigungsfrist halte ich natürlich ein. Danke für alles."),
    ("me", "2023-09-09 08:00", "Lieber Tobias, schade für uns, aber gratuliere von Herzen! Lass uns nächste Woche reden, wie wir "
     "die Übergabe machen."),
])
c(G, "regular_guest", "de", "Stammgast fragt nach Preis für Winteraufenthalt", [
    ("regular", "2023-10-10 11:00", "Liebe Frau Hofstätter, meine Frau und ich würden heuer wieder vier Wochen im Jänner bei Ihnen "
     "wohnen. Können Sie uns wie letztes Jahr einen Langzeitpreis machen? Wir hätten gern wieder das Eckzimmer."),
    ("me", "2023-10-10 14:30", "Lieber Herr Dr. Hollaus, wie schön! Das Eckzimmer ist frei, ich kann Ihnen 118 € pro Nacht inkl. "
     "Frühstück anbieten, gleich wie im Vorjahr."),
    ("regular", "2023-10-10 15:00", "Wunderbar, dann buchen wir fix."),
])

ex.write(OUT, {
    "First Name": "Katrin", "Last Name": "Hofstätter",
    "Headline": "General Manager | Hotel Salzachblick **** Salzburg",
    "Summary": "Direktorin eines 4-Sterne-Stadthotels an der Salzach: 112 Zimmer, 5 Seminarräume, Restaurant und "
               "Gartenpavillon. Schwerpunkte: Tagungen, Revenue Management, Mitarbeiterführung.",
    "Industry": "Hospitality", "Geo Location": "Salzburg, Österreich",
    "Websites": "[COMPANY:www.salzachblick.at]",
}, [
    {"Company Name": "Hotel Salzachblick", "Title": "General Manager / Direktorin",
     "Description": "Gesamtverantwortung für Betrieb, Vertrieb und 68 Mitarbeitende.",
     "Location": "Salzburg", "Started On": "Apr 2018", "Finished On": ""},
    {"Company Name": "Hotel Bergkristall Innsbruck", "Title": "Front Office Managerin", "Description": "",
     "Location": "Innsbruck", "Started On": "Sep 2011", "Finished On": "Mar 2018"},
], ["Hotellerie", "Revenue Management", "Tagungen & Events", "Mitarbeiterführung", "Hotel Management"])
print(ex.summary())

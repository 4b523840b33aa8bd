"""Persona dev32/mixed-furniture-product-designer-copenhagen-german, written blind (session 5).

Friederike Lahrmann is a German product designer who runs Studio Vinkel, a small furniture design
studio in Copenhagen (licences to manufacturers, a few own editions, commissions). German and
English about half and half, a few Danish words; 2026 export layout. Every message below is written
by hand. Running this script regenerates the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-furniture-product-designer-copenhagen-german"
OWNER = Person("me", "Friederike Lahrmann", "https://www.linkedin.com/in/friederike-lahrmann-vinkel",
               "Studio Vinkel", "Founder & Furniture Designer")
SPONSORED = "Sponsored Conversation"


def people(ex: Export) -> None:
    p = ex.person
    # manufacturers, retailers, clients
    p("mfr_dk", "Mads Kjærgaard", "Kjærgaard Møbler A/S", "Head of Product", connected="2019-04-02")
    p("mfr_de", "Thomas Rüdiger", "Rüdiger Holzwerkstätten GmbH", "Geschäftsführer", connected="2021-06-14")
    p("mfr_de_prod", "Sabine Endres", "Rüdiger Holzwerkstätten GmbH", "Produktionsleitung",
      connected="2023-02-08")
    p("mfr_de_fibu", "Heike Zöllner", "Rüdiger Holzwerkstätten GmbH", "Finanzbuchhaltung")
    p("retail_hh", "Jana Petersen", "Haus & Hafen Interior, Hamburg", "Inhaberin")
    p("retail_ber", "Konstantin Weigel", "Raumgut Berlin", "Einkauf", connected="2022-10-20")
    p("retail_wien", "Verena Hofbauer", "Hofbauer Wohnkultur Wien", "Einkauf")
    p("retail_list", "Ida Lund", "Nordlys Living", "Buyer", connected="2023-05-30")
    p("client_muc", "Dr. Andreas Kessler", "Kessler Zahnmedizin", "Zahnarzt")
    p("client_hotel", "Signe Dalsgaard", "Hotel Havnelys", "General Manager")
    p("client_arch", "Henrik Bro", "Bro & Vestergaard Arkitekter", "Partner, Architect")
    p("client_wobble", "Claudia Meinert", "", "Lehrerin")
    # workshop, suppliers, services
    p("snedker", "Jesper Holm", "Holm Snedkeri", "Snedkermester", connected="2018-09-01")
    p("veneer", "Gerd Fassbinder", "Fassbinder Furniere", "Vertrieb", connected="2024-11-12",
      invite=("OUT", "2024-11-12 09:30", ""))
    p("freight", "Lotte Skou", "Skou Art & Fair Logistics", "Project Coordinator", connected="2020-03-03")
    p("revisor", "Anders Mølgaard", "Mølgaard Revision", "Statsautoriseret revisor", connected="2019-01-20")
    p("photog", "Noor Haddad", "Noor Haddad Studio", "Still-life photographer", connected="2021-09-09")
    p("landlord", "Pernille Rask", "Refshaleøen Ejendomme", "Udlejning", connected="2020-01-08")
    # fairs, press, peers, network
    p("fair_milan", "Giulia Ferraro", "Spazio Binari Milano", "Exhibitor Relations", connected="2024-10-03")
    p("peer_koeln", "Lukas Brenner", "Brenner Objekt", "Designer", connected="2016-04-11")
    p("press_de", "Katharina Vogt", "Form & Raum Magazin", "Redakteurin Möbel")
    p("press_dk", "Emil Thorsen", "Rum & Form Journal", "Editor", connected="2022-06-01")
    p("recruiter", "Sofie Vinther", "Nordic Design Talent", "Recruiter", connected="2025-08-19",
      invite=("OUT", "2025-08-19 09:05", "Hi Sofie, as promised on the phone."))
    p("applicant_dk", "Aksel Rønne", "Royal Danish Academy", "MA student, Furniture Design")
    p("applicant_de", "Marie Hollwitz", "Burg Giebichenstein Halle", "Studentin Industriedesign")
    p("visitor1", "Clara Jensen", "", "Interior architect")
    p("visitor2", "Felix Amberg", "Amberg Architekten", "Architekt")
    p("visitor3", "Hanne Skovgaard", "Skovgaard Interiors", "Interior Stylist")
    p("prof", "Prof. Reinhard Lütke", "Hochschule für Gestaltung Schwäbisch Gmünd", "Professor Produktgestaltung",
      connected="2014-07-15")
    p("old_friend", "Nina Oberländer", "Oberländer Grafik", "Grafikdesignerin", connected="2013-10-01")
    p("ex_intern", "Jonas Vestby", "Kvadrat Lab", "Junior Designer", connected="2023-01-09")
    p("museum", "Dr. Birte Claussen", "Museum für Gestaltung Kiel", "Kuratorin Design")
    p("council", "Malene Friis", "Dansk Møbelforum", "Events", connected="2022-11-11")
    p("jury", "Prof. Dr. Ute Sanders", "Bundesverband Junges Design", "Vorsitz", connected="2020-05-05")
    p("group_a", "Rasmus Eske", "Eske Keramik", "Ceramicist", connected="2020-02-10")
    p("group_b", "Yuki Tanabe", "Tanabe Textile Studio", "Textile designer", connected="2020-02-10")
    p("spam_client", "Gregor Haslinger", "Haslinger Boutique Hotels", "Eigentümer")
    # wanted pitches
    p("w_cnc", "Paweł Jankowski", "Jankowski CNC Studio", "Owner")
    p("w_textile", "Ingrid Aas", "Fjellull Weavers", "Sales & Development")
    p("w_oil", "Martin Oesterle", "Oesterle Holzpflege", "Anwendungstechnik")
    p("w_pack", "Elin Berg", "Formpulp Packaging", "Packaging engineer")
    p("w_lawyer", "Dr. Julia Strack", "Strack Design Law", "Rechtsanwältin, Designrecht")
    p("w_tender", "Morten Krog", "Krog Contract Furniture", "Sales Director")
    p("w_render", "Daniela Costa", "", "Freelance 3D visualiser")
    p("w_recruit", "Charlotte Moos", "Moos Search", "Design Recruitment")
    p("w_fairfreight", "Ben Schuster", "Schuster Messelogistik", "Projektleiter Messen Italien")
    p("w_alu", "Stefan Kaltenbach", "Kaltenbach Profile", "Vertrieb Designprojekte")
    p("w_pr", "Leonie Hart", "Hart Kommunikation", "Design-PR")
    p("w_royalty", "Oskar Lindqvist", "Royalto", "Founder")
    # junk
    p("j_t1", "Ashley Cooper", "Studio Growth Co", "Account Executive")
    p("j_t2", "Dev Patel", "Showroom Leads", "Growth")
    p("j_t3", "Hannah Meyer", "Interior Pipeline", "Partnerships")
    p("j_t4", "Jake Turner", "DesignerReach", "Founder")
    p("j_t5", "Moritz Kaiser", "Designkunden GmbH", "Vertrieb")
    p("j_tag1", "Brian Walsh", "Outsource CAD Pro", "Business Development")
    p("j_tag2", "Tobias Engel", "Webwerk 24", "Vertrieb")
    p("j_tag3", "Lucy Chen", "Trendline Marketplace", "Seller Onboarding")
    p("j_tag4", "Sandra Pfeiffer", "Zeitwert Coaching", "Coach")
    p("j_spon1", "Shopvia Commerce", "", "", url="https://www.linkedin.com/company/shopvia-commerce")
    p("j_spon2", "Auslandsschutz Plus", "", "", url="https://www.linkedin.com/company/auslandsschutz-plus")
    p("j_award", "Victoria Sloane", "Global Luxury Design Awards", "Awards Manager")
    p("j_podcast", "Chris Mallon", "The Creative CEO Show", "Host")
    p("j_feature", "Annette Roeder", "Exklusiv Wohnen Magazin", "Anzeigen & Kooperationen")
    p("j_seo", "Rahul Verma", "TopRank Solutions", "Digital Marketing Expert")
    p("j_web", "Kevin Schulte", "Pixelhafen", "Webdesigner")
    p("j_oem", "Linda Wu", "Foshan Grandwood Furniture", "Export Manager")
    p("j_sameoffer", "Marco Steiner", "Steiner Design Lab", "Design Director")
    p("j_capacity", "Rachel Adams", "ClientFlow Agency", "Founder")
    p("j_likeminded", "Peter Albrecht", "Founders Mindset Circle", "Mentor")
    p("j_15min", "Emma Collins", "ScaleRight Consulting", "Partner")
    p("j_ctp1", "Dennis Faber", "Faber Wachstumsberatung", "Inhaber", connected="2025-03-03",
      invite=("IN", "2025-03-03 08:55", "Hallo Friederike, tolles Portfolio! Gerne vernetzen."))
    p("j_ctp2", "Olivia Grant", "Nimbus Ventures", "Investor Relations", connected="2025-06-16",
      invite=("IN", "2025-06-16 10:02", ""))
    p("j_ctp3", "Jan Hoppe", "Hoppe Personal Branding", "LinkedIn-Coach", connected="2025-10-06",
      invite=("IN", "2025-10-06 19:40", "Designer unter sich :) Lass uns vernetzen!"))
    p("j_bump1", "Sam Ortega", "ReviewBoost", "Outreach")
    p("j_bump2", "Julia Franke", "Messebau Franke", "Vertrieb")
    p("j_bump3", "Noah Fischer", "Leadwerk", "SDR")
    p("j_fluent", "Alexandra Wren", "Meridian Brand Studio", "Brand Partner")
    p("j_pr", "Tom Bradley", "Buzzwire PR", "PR Manager")
    p("j_cad", "Sunil Rao", "DraftHub India", "Sales")
    p("j_render", "Ivan Petrov", "RenderFast", "3D Artist")
    p("j_forklift", "Heinz Gruber", "Gruber Flurförderzeuge", "Vertrieb")
    p("j_crypto", "Ryan Cole", "Apex Digital Assets", "Senior Advisor")
    p("j_voip", "Greta Sommer", "Telvio Business", "Vertrieb")
    p("j_foerder", "Markus Biehl", "Exportförderung Direkt", "Fördermittelberater")
    p("j_amazon", "Selina Vogel", "Marketplace Heroes", "Account Managerin")
    p("j_uebersetzung", "Carina Wolf", "Lingua Express", "Kundenberatung")
    p("j_royalty", "Mia Larsen", "InvoiceNinja Nordic", "Sales")


def genuine(ex: Export) -> None:
    c = ex.conv
    c("genuine", "licensee_royalties", "en", "Danish licensee sends royalty statement and proposes rate for new "
      "product", [
          ("mfr_dk", "2025-02-10 09:00", "Hej Friederike, Q4 royalty statement for Bue attached. Good quarter, "
           "the oiled oak version finally overtook the black one. For the new Bue high-back we'd like to "
           "propose 4% on net wholesale instead of the 5% on the original, because the tooling is all new. "
           "Can we talk this week?"),
          ("me", "2025-02-10 11:30", "Hej Mads, tak - nice to see oak winning. On the high-back: I'd accept "
           "4% for the first 2,000 units while you recover the tooling, then back to 5%. The design "
           "work was not smaller than on the original, honestly more."),
          ("mfr_dk", "2025-02-10 14:05", "Fair. Let me check with our CFO and I'll send an amendment to "
           "the licence agreement. Thursday 10:00 at the factory?"),
          ("me", "2025-02-10 14:20", "Thursday works. I'll take the early train to Vejle."),
      ], attachments={0: "https://www.linkedin.com/dms/royalty-statement-bue-q4.pdf"})
    c("genuine", "licence_contract", "de", "deutscher Hersteller verhandelt Lizenzvertrag für einen Tisch", [
        ("mfr_de", "2025-04-07 16:00", "Liebe Frau Lahrmann, danke für die Präsentation letzte Woche in "
         "Coburg. Wir möchten den Lisene-Tisch in Lizenz fertigen. Unser Vorschlag: 3,5 % Lizenzgebühr auf "
         "den Händlernettopreis, Vorschuss 6.000 €, Laufzeit 5 Jahre. Den Vertragsentwurf schicke ich "
         "gern nächste Woche."),
        ("me", "2025-04-07 18:45", "Lieber Herr Rüdiger, das freut mich sehr. 3,5 % ist mir zu niedrig - "
         "branchenüblich sind 4–5 %, und ich liefere Ihnen die Fertigungszeichnungen komplett. Ich könnte "
         "mir 4,5 % mit 8.000 € Vorschuss vorstellen. Und ich brauche ein Mitspracherecht bei Farben und "
         "Oberflächen."),
        ("mfr_de", "2025-04-08 09:10", "Verstehe. Treffen wir uns bei 4 % und 8.000 €, Mitspracherecht "
         "ist selbstverständlich. Ich lasse den Entwurf so aufsetzen."),
        ("me", "2025-04-08 09:30", "Einverstanden, vorbehaltlich des Entwurfs. Danke!"),
    ])
    c("genuine", "production_issue", "de", "Produktionsleiterin meldet ein Problem an der Leimfuge", [
        ("mfr_de_prod", "2025-06-18 07:40", "Guten Morgen Frau Lahrmann, bei der Nullserie vom Lisene-Tisch "
         "reißt die Leimfuge an der Zarge nach dem Klimatest bei 30 % Luftfeuchte. Foto anbei. Wir würden "
         "eine Lamello-Verbindung zusätzlich setzen - optisch unsichtbar. Sind Sie einverstanden?"),
        ("me", "2025-06-18 08:15", "Guten Morgen Frau Endres, danke fürs schnelle Melden. Ja, Lamello ist "
         "okay, solange die Kante außen bei 2 mm Radius bleibt. Können Sie mir ein Muster nach Kopenhagen "
         "schicken?"),
        ("mfr_de_prod", "2025-06-18 08:40", "Machen wir, geht Freitag raus."),
    ], attachments={0: "https://www.linkedin.com/dms/zarge-riss-klimatest.jpg"})
    c("genuine", "licensee_invoice", "de", "Buchhaltung des Lizenznehmers fragt nach der Rechnung für den Vorschuss", [
        ("mfr_de_fibu", "2025-05-14 10:30", "Guten Tag Frau Lahrmann, für die Zahlung des Lizenzvorschusses "
         "(8.000 €) benötigen wir eine Rechnung mit Ihrer dänischen CVR-Nummer und dem Hinweis auf die "
         "Steuerschuldnerschaft des Leistungsempfängers. Können Sie die bis Monatsende schicken? Dann "
         "geht die Zahlung mit dem nächsten Lauf raus."),
        ("me", "2025-05-14 11:15", "Guten Tag Frau Zöllner, gern, die Rechnung kommt heute noch per Mail."),
    ])
    c("genuine", "inbound_lead_buyer", "de", "Hamburger Händlerin will Händlerkonditionen für die Hocker", [
        ("retail_hh", "2025-03-19 12:20", "Moin Frau Lahrmann, ich habe Ihren Skarv-Hocker bei Raumgut in "
         "Berlin gesehen und würde ihn gern in meinem Laden in Ottensen führen. Welche Händlerkonditionen "
         "haben Sie, und gibt es eine Mindestabnahme? Ich würde mit 12 Stück anfangen."),
        ("me", "2025-03-19 14:00", "Moin Frau Petersen, wie schön! Der Skarv kostet im Handel 420 €, "
         "Händlerpreis 210 € netto, ab 10 Stück frei Haus nach Deutschland. Mindestabnahme sind 6 Stück. "
         "Ich schicke Ihnen die Preisliste und ein paar Bilder für Ihre Website."),
        ("retail_hh", "2025-03-19 14:30", "Perfekt. Dann 12 Stück, 8 Eiche natur, 4 geräuchert."),
    ])
    c("genuine", "retailer_reorder", "de", "Berliner Händler bestellt nach, du", [
        ("retail_ber", "2025-09-02 10:00", "Hi Friederike, die Skarv sind wieder weg, die Leute lieben die "
         "Dinger. 10 Stück nachbestellen, gleiche Aufteilung? Und kommst du zur Berlin Design Week? "
         "Dann trinken wir endlich mal was."),
        ("me", "2025-09-02 10:40", "Hey Konstantin, super! 10 Stück gehen nächste Woche raus. Design Week "
         "klappt leider nicht, ich bin in Köln beim Aufbau. Nächstes Mal!"),
    ])
    c("genuine", "client_quote_request", "de", "Privatkunde aus München will einen maßgefertigten Esstisch", [
        ("client_muc", "2025-05-12 21:15", "Sehr geehrte Frau Lahrmann, meine Frau und ich haben Ihren "
         "Lisene-Tisch in der Form & Raum gesehen. Wir bräuchten ihn allerdings in 3,20 m Länge für unser "
         "Esszimmer. Ist das machbar und was würde das kosten? Lieferung nach München-Bogenhausen."),
        ("me", "2025-05-13 09:00", "Sehr geehrter Herr Dr. Kessler, 3,20 m ist machbar, braucht aber ein "
         "drittes Beinpaar bzw. eine verstärkte Zarge, damit nichts durchhängt. Ich kalkuliere ca. 9.800 € "
         "in Eiche geölt inkl. Lieferung. Eine Skizze mit dem dritten Bein schicke ich Ihnen gern vorab."),
        ("client_muc", "2025-05-13 12:00", "Danke, bitte schicken Sie die Skizze. Der Preis ist in Ordnung."),
    ])
    c("genuine", "inbound_lead_buyer", "mixed", "Copenhagen hotel wants lounge chairs, mixes English and Danish",
      [
          ("client_hotel", "2025-08-25 13:00", "Hej Friederike, we are renovating the lobby at Hotel Havnelys "
           "and our architect suggested your Bue chair. We would need 14 chairs and maybe 4 side tables. "
           "Could you send a tilbud (quote)? We want to open before jul."),
          ("me", "2025-08-25 15:30", "Hej Signe, mange tak for henvendelsen! Bue is produced by Kjærgaard, "
           "so I'll connect you with their contract team for pricing - list price is around 14,500 DKK per "
           "chair, contract projects usually get a discount. I can design the side tables as a small special "
           "edition for the lobby if you like."),
          ("client_hotel", "2025-08-25 16:10", "That would be lovely. Let's meet at the hotel next week."),
      ])
    c("genuine", "inbound_lead_buyer", "en", "architect wants to specify her shelf for 40 units, asks price", [
        ("client_arch", "2025-11-04 10:20", "Hi Friederike, we're doing a student housing project in Aarhus, "
         "180 rooms, and we'd like to specify the Lisene wall shelf in 40 common rooms. Is there a project "
         "price, and can it be made in a fire-retardant board?"),
        ("me", "2025-11-04 13:00", "Hi Henrik, great project. Fire-retardant MDF with oak veneer is possible, "
         "my workshop has done it before. For 40 units I'd quote around 2,900 DKK per shelf excl. moms. "
         "Shall I send you a spec sheet?"),
        ("client_arch", "2025-11-04 13:20", "Yes please, and a sample."),
    ])
    c("genuine", "vendor_price_change", "mixed", "her Danish workshop announces a rise in oak prices", [
        ("snedker", "2025-01-08 07:30", "Godmorgen Friederike. Bad news first: oak from our sawmill goes up 11% "
         "from February, so the Skarv production price goes from 1,150 to 1,240 DKK. Sorry. Good news: "
         "the smoked batch is finished, you can pick up Friday before fyraften."),
        ("me", "2025-01-08 08:20", "Godmorgen Jesper. Øv. OK, I'll adjust my prices from March. Can we "
         "order the next 60 before February to get the old price?"),
        ("snedker", "2025-01-08 08:45", "Ja, if you confirm this week."),
        ("me", "2025-01-08 08:50", "Confirmed. 40 natural, 20 smoked. Vi ses fredag."),
    ])
    c("genuine", "fair_organiser", "en", "Milan off-site exhibition organiser, stand and fee confirmation", [
        ("fair_milan", "2025-01-20 11:00", "Dear Friederike, we are happy to confirm your space in the former "
         "ticket hall (Room C, 24 sqm) for Milan Design Week. The participation fee of EUR 4,800 is due "
         "by 28 February. Set-up is from 5 April. Please send your floor plan by 1 March."),
        ("me", "2025-01-20 13:30", "Dear Giulia, wonderful, thank you. Could we have two power outlets at "
         "the back wall? The lamp prototype needs one."),
        ("fair_milan", "2025-01-21 09:00", "Of course, noted on your file."),
    ])
    c("genuine", "peer_joint_offer", "de", "Designerkollege schlägt geteilten Stand in Köln und Gemeinschaftsangebot "
      "vor", [
          ("peer_koeln", "2025-07-01 20:30", "Hey Friederike! Wie wär's, wenn wir uns für die Kölner "
           "Designwoche im Januar einen Raum teilen? Meine Leuchten, deine Möbel, passt super zusammen. "
           "Miete wäre 3.600 € für die Woche, also 1.800 pro Nase. Und Raumgut hat gefragt, ob wir ihnen "
           "ein gemeinsames Paket (Tisch + Leuchte) anbieten - das könnten wir gleich dort zeigen."),
          ("me", "2025-07-01 21:15", "Lukas, ja! Beim Paket müssen wir aufpassen, dass die Marge für beide "
           "stimmt. Ich würde 15 % Paketrabatt geben, wenn du mitziehst."),
          ("peer_koeln", "2025-07-02 08:00", "Ich zieh mit. Ich ruf dich Donnerstag an, dann machen wir "
           "das fix."),
      ])
    c("genuine", "press_request", "de", "Redakteurin bittet um Bilder und Preise für einen Artikel", [
        ("press_de", "2025-04-22 10:00", "Liebe Frau Lahrmann, wir bringen im Juni eine Strecke über "
         "nordische Esstische und würden gern den Lisene zeigen. Hätten Sie Freisteller in hoher Auflösung, "
         "den Preis und einen Bezugsquellen-Hinweis? Redaktionsschluss ist der 9. Mai."),
        ("me", "2025-04-22 11:15", "Liebe Frau Vogt, sehr gern! Bilder kommen per WeTransfer, Preis ab "
         "3.900 €, erhältlich ab Juli über Rüdiger Holzwerkstätten und ausgewählte Händler. Fotos bitte "
         "mit Credit Noor Haddad."),
    ])
    c("genuine", "press_interview", "en", "Danish design journal editor, long-standing contact, interview", [
        ("press_dk", "2025-10-13 14:00", "Hej Friederike, we're doing an issue on immigrant designers in "
         "Danish furniture - would you do an interview? An hour at your studio, plus our photographer. "
         "And I promise not to ask about the German bread thing again."),
        ("me", "2025-10-13 15:10", "Ha, you may ask about the bread, it's still terrible here. Yes, gladly. "
         "Any Tuesday in November?"),
        ("press_dk", "2025-10-13 15:20", "18 November, 10:00. Tak!"),
    ])
    c("genuine", "recruiter_engaged", "en", "recruiter she engaged sends junior designer candidates", [
        ("me", "2025-08-19 09:30", "Hi Sofie, thanks for connecting. As discussed on the phone: I'm hiring "
         "a junior furniture designer, 30 hours, Rhino and hands-on workshop experience, Danish or German "
         "speaking. Salary band 32-36k DKK per month. Your fee of 18% is fine for me."),
        ("recruiter", "2025-09-02 16:00", "Hi Friederike, I have three candidates for you: one from the "
         "Academy in Kolding, one German who has been at a kitchen manufacturer for two years, and one "
         "Swedish cabinetmaker who retrained as a designer. Could you do interviews 15-17 September?"),
        ("me", "2025-09-02 17:00", "Yes, the 16th works best. The cabinetmaker sounds exciting."),
    ])
    c("genuine", "applicant", "en", "MA student applies for an internship", [
        ("applicant_dk", "2025-02-24 19:00", "Hi Friederike, I'm in my first year of the MA in furniture "
         "design at the Royal Danish Academy. I saw the Bue chair at the Designmuseum shop and I would love "
         "to do my internship with you in autumn. I'm good at Rhino and have spent a lot of time in the "
         "wood workshop. Portfolio link in my profile. Venlig hilsen, Aksel"),
        ("me", "2025-02-25 08:30", "Hej Aksel, thank you! Your stool project with the steam-bent rail is "
         "lovely. Come by the studio for coffee on Friday at 14 and we'll talk."),
    ])
    c("genuine", "applicant", "de", "Studentin aus Halle bewirbt sich um ein Praktikum", [
        ("applicant_de", "2025-10-20 17:30", "Liebe Frau Lahrmann, ich studiere Industriedesign an der Burg "
         "in Halle und suche ab März ein Praxissemester. Ich finde Ihre Arbeit mit Lizenzherstellern "
         "spannend, weil wir im Studium fast nur über Eigenproduktion reden. Wäre ein Praktikum bei Ihnen "
         "möglich? Portfolio im Anhang. Viele Grüße, Marie Hollwitz"),
        ("me", "2025-10-21 09:00", "Liebe Marie, danke für die Bewerbung! Ab März habe ich tatsächlich "
         "einen Platz frei, 6 Monate, mit Vergütung nach dänischem Praktikumsniveau. Lass uns nächste "
         "Woche per Video sprechen - Dienstag 16 Uhr?"),
        ("applicant_de", "2025-10-21 09:20", "Sehr gern, Dienstag 16 Uhr passt!"),
    ], attachments={0: "https://www.linkedin.com/dms/portfolio-hollwitz.pdf"})
    c("genuine", "thanks_after_event", "en", "visitor 1 thanks her after the open studio", [
        ("visitor1", "2025-06-12 22:00", "Thank you for opening the studio tonight for 3daysofdesign! "
         "Seeing the Bue prototypes side by side was so interesting. And the cardamom buns!"),
        ("me", "2025-06-13 08:00", "Tak Clara, glad you came!"),
    ])
    c("genuine", "thanks_after_event", "de", "Besucher 2, fast gleicher Dank nach dem offenen Studio", [
        ("visitor2", "2025-06-13 07:45", "Liebe Friederike, danke für den offenen Abend im Studio gestern! "
         "Die Prototypen nebeneinander zu sehen war super spannend. Ich melde mich wegen eines Projekts."),
    ])
    c("genuine", "thanks_after_event", "mixed", "visitor 3, near-duplicate thanks, a little Danish", [
        ("visitor3", "2025-06-13 09:30", "Tusind tak for the open studio last night! So inspiring to see "
         "the prototypes next to each other. Hyggelig aften."),
        ("me", "2025-06-13 10:00", "Tak Hanne, det var hyggeligt!"),
    ])
    c("genuine", "owner_started_supplier", "de", "sie fragt einen Furnierhändler nach Mustern", [
        ("me", "2024-11-12 10:00", "Guten Tag Herr Fassbinder, danke für die Vernetzung. Ich suche für einen "
         "Tisch Räuchereiche-Furnier, gern riftgeschnitten, ca. 40 m². Könnten Sie mir Muster nach "
         "Kopenhagen schicken und einen Richtpreis nennen?"),
        ("veneer", "2024-11-13 11:20", "Guten Tag Frau Lahrmann, Muster gehen morgen raus. Riftschnitt "
         "Räuchereiche liegt aktuell bei ca. 38 €/m², bei 40 m² machen wir 34 €."),
        ("me", "2024-11-13 11:45", "Vielen Dank, das klingt gut."),
    ])
    c("genuine", "owner_started_mentor", "de", "sie schreibt ihrem früheren Professor", [
        ("me", "2025-05-05 18:00", "Lieber Herr Lütke, ich denke oft an Ihr Seminar über Verbindungen. Der "
         "Lisene-Tisch geht jetzt in Produktion, und die Zarge ist am Ende fast so geworden, wie Sie es "
         "2012 an meinem Modell kritisiert haben :) Ich würde Ihnen gern ein Exemplar fürs Institut "
         "schenken."),
        ("prof", "2025-05-06 10:30", "Liebe Frau Lahrmann, was für eine schöne Nachricht. Ich nehme das "
         "Geschenk gern an - die Studierenden sollen sehen, dass aus Kritik auch etwas wird. Kommen Sie "
         "doch im Herbst für einen Vortrag vorbei?"),
    ])
    c("genuine", "long_standing_friend", "de", "Freundin aus dem Studium, über Jahre", [
        ("old_friend", "2021-12-24 18:00", "Frohe Weihnachten nach Kopenhagen! Habt ihr Schnee? Hier nur "
         "Nieselregen wie immer in Stuttgart"),
        ("me", "2021-12-24 19:30", "Glædelig jul! Kein Schnee, nur Wind. Und die Dänen essen Reisbrei. "
         "Vermisse dich!"),
        ("old_friend", "2024-08-30 12:00", "Ich komme im Oktober nach Kopenhagen!! Hast du ein Sofa frei?"),
        ("me", "2024-08-30 12:40", "Ein Sofa, das ich selbst gebaut habe, sogar. Komm!"),
        ("old_friend", "2025-11-18 21:00", "Die Grafik für deinen Katalog ist fertig, schick ich morgen. "
         "Freundschaftspreis wie besprochen, 1.200 statt 2.000."),
        ("me", "2025-11-18 21:20", "Du bist die Beste. Ich zahle in Zimtschnecken und Geld."),
    ])
    c("genuine", "client_in_spam", "de", "Wiener Hotelier fragt nach Stühlen, landete im Spam-Ordner", [
        ("spam_client", "2025-09-15 11:00", "Sehr geehrte Frau Lahrmann, für unser Boutiquehotel in Salzburg "
         "suchen wir 30 Stühle für das Frühstücksrestaurant. Ihr Bue-Stuhl wäre ideal, aber wir bräuchten "
         "eine Version ohne Armlehnen. Ist das denkbar? Mit besten Grüßen aus Wien, G. Haslinger"),
        ("me", "2025-09-22 08:30", "Sehr geehrter Herr Haslinger, verzeihen Sie die späte Antwort, Ihre "
         "Nachricht war im falschen Ordner gelandet. Eine Variante ohne Armlehnen ist tatsächlich in "
         "Arbeit - darf ich Sie anrufen?"),
    ], folder="SPAM")
    c("genuine", "photographer_rights", "en", "photographer about usage rights and an invoice", [
        ("photog", "2025-03-03 09:00", "Hi Friederike, the invoice for the Lisene shoot is in your inbox. "
         "Usage is unlimited for your own channels and press; if Rüdiger wants to use them in their "
         "catalogue I'd license them separately, 4,000 DKK flat. Ok?"),
        ("me", "2025-03-03 10:00", "Totally fair, Noor. I'll tell Thomas and he'll contact you directly."),
    ])
    c("genuine", "vendor_price_change", "en", "fair logistics partner announces a fuel surcharge", [
        ("freight", "2025-02-17 15:00", "Hi Friederike, for Milan this year we have to add a fuel and toll "
         "surcharge of 9% to the quote from December - the Brenner restrictions are making everything "
         "slower. New total would be 3,270 DKK instead of 3,000. Crates stay in our Padborg warehouse as "
         "usual until Cologne."),
        ("me", "2025-02-17 16:00", "Understood, Lotte. Please go ahead, and keep the crates for Cologne."),
    ])
    c("genuine", "accountant", "mixed", "Danish accountant about VAT on German sales, English with Danish terms", [
        ("revisor", "2025-07-07 10:00", "Hej Friederike, for the EU-salg to Germany we need the "
         "momsnumre of your retailers on every invoice, otherwise I have to charge Danish moms. Raumgut is "
         "fine, Haus & Hafen is missing. Can you ask them?"),
        ("me", "2025-07-07 11:20", "Hej Anders, I'll ask Jana today. Tak for heads-up."),
    ])
    c("genuine", "event_invitation", "en", "Danish furniture forum invites her to speak at a reception", [
        ("council", "2025-09-29 12:00", "Dear Friederike, we'd love you to join the panel 'Licensing in "
         "Danish furniture' at our winter reception on 4 December, 17:00 at Holmen. Mads Kjærgaard "
         "is also on the panel. Dinner afterwards for speakers."),
        ("me", "2025-09-29 14:00", "Dear Malene, I'd love to. Mads and I can tell the story of the "
         "4% debate live :)"),
    ])
    c("genuine", "jury_invitation", "de", "Einladung in die Jury eines Nachwuchspreises", [
        ("jury", "2025-03-25 09:00", "Liebe Frau Lahrmann, wir würden Sie gern in die Jury des Förderpreises "
         "Junges Möbeldesign 2025 berufen. Jurysitzung ist am 12. September in Frankfurt, Reise und "
         "Übernachtung übernehmen wir, dazu eine Aufwandsentschädigung von 300 €."),
        ("me", "2025-03-25 10:40", "Liebe Frau Professor Sanders, sehr gern, vielen Dank für das Vertrauen."),
    ])
    c("genuine", "client_complaint", "de", "Kundin meldet einen wackelnden Hocker", [
        ("client_wobble", "2025-10-27 19:00", "Hallo Frau Lahrmann, ich habe im Sommer zwei Skarv-Hocker in "
         "Hamburg gekauft. Einer wackelt seit der Heizperiode. Kann man da was machen?"),
        ("me", "2025-10-27 20:15", "Hallo Frau Meinert, das tut mir leid - bei Massivholz kann die trockene "
         "Heizungsluft das Bein minimal verziehen. Ich schicke Ihnen kostenlos einen Satz Filzgleiter in "
         "zwei Stärken, und wenn das nicht reicht, tauscht Frau Petersen den Hocker aus."),
        ("client_wobble", "2025-10-27 20:30", "Das ist sehr nett, danke!"),
    ])
    c("genuine", "studio_group", "mixed", "shared workshop group chat about the Christmas market", [
        ("group_a", "2025-11-10 12:00", "Hej alle, julemarked at Refshaleøen on 13-14 Dec: who's in? We'd "
         "split the stand, 1,500 DKK each."),
        ("group_b", "2025-11-10 12:30", "I'm in. Friederike, bring the little Skarv stools, they sell."),
        ("me", "2025-11-10 13:00", "I'm in! Ich bringe Glühwein, the German kind, not the sweet Danish one."),
        ("group_a", "2025-11-10 13:05", "Deal. Gløgg war begins."),
    ], title="Værksted Refshaleøen")
    c("genuine", "retailer_price_list", "en", "retailer asks for the 2026 price list after her price change", [
        ("retail_list", "2026-01-05 09:00", "Hi Friederike, happy new year! Could you send the 2026 price "
         "list? Our system still has the old Skarv wholesale price and I don't want to order at the wrong "
         "one."),
        ("me", "2026-01-05 10:30", "Godt nytår Ida! Attached - Skarv is now 1,680 DKK wholesale "
         "(was 1,590) because of the oak price."),
    ], attachments={1: "https://www.linkedin.com/dms/studio-vinkel-prices-2026.pdf"})
    c("genuine", "reference_request", "en", "former intern asks for a reference", [
        ("ex_intern", "2025-12-01 18:00", "Hi Friederike! I'm applying for a designer role at a lighting "
         "brand in Stockholm - could I put you down as a reference? You know my workshop side best."),
        ("me", "2025-12-01 18:30", "Of course Jonas! Happy to."),
    ])
    c("genuine", "museum_acquisition", "de", "Kuratorin will einen Prototyp für die Sammlung erwerben", [
        ("museum", "2025-08-11 10:00", "Sehr geehrte Frau Lahrmann, wir möchten für unsere Sammlung "
         "skandinavisch-deutschen Designs einen frühen Prototyp des Bue-Stuhls erwerben, idealerweise mit "
         "Skizzen. Hätten Sie Interesse, und welche Vorstellung haben Sie zum Preis?"),
        ("me", "2025-08-11 12:30", "Sehr geehrte Frau Dr. Claussen, was für eine Ehre. Ich habe den "
         "zweiten Prototyp aus Birke noch, mit Skizzenbuch. Über den Preis sprechen wir gern telefonisch."),
    ])
    c("genuine", "landlord", "mixed", "workshop landlord about lease renewal and rent", [
        ("landlord", "2025-05-20 09:00", "Hej Friederike, your lejekontrakt for the studio runs out 31 "
         "August. We can renew for 3 years at 1,050 DKK per m² per year (now 980). Let me know."),
        ("me", "2025-05-20 11:00", "Hej Pernille, tak. Can we do 1,020 if I sign for 5 years?"),
        ("landlord", "2025-05-21 08:30", "I'll ask, but that sounds reasonable."),
    ])


def wanted(ex: Export) -> None:
    c = ex.conv
    c("wanted_pitch", "workshop_after_post", "en", "Polish CNC shop refers to her post about milling the curved "
      "backrest", [
          ("w_cnc", "2025-03-10 10:00", "Hi Friederike, I read your post about the Bue high-back, where you "
           "wrote that nobody wants to mill the double-curved backrest in batches under 100 because the "
           "fixture costs more than the parts. We are a 5-axis shop near Poznań and we build our fixtures "
           "from MDF in-house, so a first batch of 30 is realistic for us. If you send the STEP file I can "
           "give you a price per piece within two days, free of charge."),
          ("me", "2025-03-10 12:20", "That's exactly the bottleneck. Sending the file now - please quote 30 "
           "and 100 pieces in oak."),
      ])
    c("wanted_pitch", "supplier_after_talk", "en", "Norwegian weaving mill refers to her Milan talk on "
      "mono-material upholstery", [
          ("w_textile", "2025-04-14 09:00", "Hi Friederike, I was at your talk in Milan last week about "
           "designing chairs that can be taken apart at the end of life. You said the foam is always the "
           "problem. We weave a thick wool felt-and-bouclé that works as a padding and cover in one layer - "
           "no foam, no glue. I'd be happy to send a 1-metre sample to test on a Bue seat."),
          ("me", "2025-04-14 11:00", "Yes, please! Same address as on my website."),
      ])
    c("wanted_pitch", "supplier_visited_studio", "de", "Holzpflege-Anbieter war im offenen Studio und sah die "
      "vergilbte Seifenoberfläche", [
          ("w_oil", "2025-06-16 08:30", "Guten Morgen Frau Lahrmann, ich war am Donnerstag bei Ihrem offenen "
           "Studio. Mir ist aufgefallen, dass die geseifte Eichenplatte am Fenster schon gelblich wird, die "
           "daneben unter dem Regal aber nicht - typisch für Seife unter UV. Wir haben ein weißpigmentiertes "
           "Hartwachsöl, das den hellen Seifenlook hält und deutlich UV-stabiler ist. Ich würde Ihnen gern "
           "eine Musterdose schicken, und unser Anwendungstechniker kann mit Ihrem Tischler telefonieren."),
          ("me", "2025-06-16 09:20", "Gut beobachtet - das Problem haben wir seit letztem Sommer. Bitte "
           "schicken Sie ein Muster an Holm Snedkeri, Jesper weiß Bescheid."),
      ])
    c("wanted_pitch", "packaging_specific_problem", "en", "packaging engineer names her scratched-leg "
      "transport damage", [
          ("w_pack", "2025-07-21 13:00", "Hi Friederike, a few retailer reviews of the Skarv stool mention "
           "the same thing: legs arriving with scuffs at the foot, always on the outer side. That's the "
           "leg rubbing against the carton wall when the box is stood on its end. We make moulded-pulp "
           "inserts from recycled paper that hold each leg separately; for a stool that size the tooling is "
           "about EUR 1,800 and the inserts around EUR 0.90 each. Happy to make a free prototype insert if "
           "you send me one stool."),
          ("me", "2025-07-21 15:00", "You've found our biggest returns problem. I'll send a stool this week."),
      ])
    c("wanted_pitch", "lawyer_mutual_contact", "de", "Designrechtsanwältin, empfohlen durch den Lizenznehmer", [
        ("w_lawyer", "2025-05-26 17:00", "Sehr geehrte Frau Lahrmann, Thomas Rüdiger hat mir Ihren Kontakt "
         "gegeben. Auf zwei großen Online-Marktplätzen wird derzeit ein 'skandinavischer Sessel' verkauft, "
         "der Ihrem Bue bis auf die Armlehnen-Rundung gleicht - Herr Rüdiger meinte, Sie seien unsicher, "
         "ob Ihr eingetragenes Gemeinschaftsgeschmacksmuster dafür reicht. Ich habe zwei Kopien genauer "
         "angesehen und halte eine Abmahnung für aussichtsreich. Eine Ersteinschätzung kostet bei mir "
         "pauschal 350 €."),
        ("me", "2025-05-26 19:30", "Danke, Frau Strack, und danke an Thomas. Ja, ich hätte gern die "
         "Ersteinschätzung. Ich schicke Ihnen die Eintragungsnummer."),
    ])
    c("wanted_pitch", "partner_public_tender", "en", "contract furniture maker found a public tender that fits "
      "her stool", [
          ("w_tender", "2025-09-08 08:00", "Hej Friederike, Copenhagen Municipality has published a tender "
           "for furniture for three new libraries (udbud closes 10 October). Lot 2 asks for 'stackable "
           "stools in Danish hardwood, design-led, max 480 mm seat height' - Skarv fits almost word for "
           "word. We are a contract manufacturer with the certifications they require (FSC, Danish "
           "indoor climate label) and would bid with Skarv under a licence, paying you royalties. Could we "
           "meet to talk about it this week?"),
          ("me", "2025-09-08 10:00", "Interesting - Skarv is 460 mm, so yes. Wednesday at my studio?"),
      ])
    c("wanted_pitch", "freelancer_knows_tools", "en", "3D visualiser knows her Rhino/KeyShot workflow", [
        ("w_render", "2025-02-03 15:00", "Hi Friederike, from your posts I know you work in Rhino and render "
         "in KeyShot yourself, and the renders are good, but the oak always looks a bit plastic in the "
         "highlights. I specialise in wood materials for furniture brands - I'd use your Rhino files "
         "directly, no remodelling, and give you a material library you can keep using in KeyShot. A test "
         "with the Lisene table would be free."),
        ("me", "2025-02-03 16:30", "Ouch, but true. OK - let's do the free test, I'll send the file."),
    ])
    c("wanted_pitch", "recruiter_relevant_role", "de", "Recruiterin mit passendem Freelance-Mandat für eine "
      "Kollektion", [
          ("w_recruit", "2025-11-17 11:00", "Liebe Frau Lahrmann, ich suche für einen Schweizer Hersteller von "
           "Objektmöbeln eine externe Designerin für eine Stuhlfamilie aus Massivholz, Projekt über 9 "
           "Monate, Honorar plus Lizenz. Der Kunde hat ausdrücklich nach jemandem gefragt, der Lizenz-"
           "erfahrung mit dänischen Herstellern hat und deutschsprachig ist - da kam ich über den "
           "Kjærgaard-Katalog auf Sie. Dürfte ich Ihnen das Briefing vertraulich schicken?"),
          ("me", "2025-11-17 13:00", "Ja, gern. Ich unterschreibe vorher auch eine NDA, falls nötig."),
      ])
    c("wanted_pitch", "logistics_after_press", "de", "Messelogistiker kennt aus der Presse ihre Mailand- und "
      "Köln-Termine", [
          ("w_fairfreight", "2025-10-02 09:00", "Hallo Frau Lahrmann, laut dem Artikel in Form & Raum zeigen "
           "Sie im Januar in Köln und im April wieder in Mailand. Zwischen den beiden Messen lagern die "
           "meisten Aussteller ihre Kisten teuer in Italien zwischen. Wir fahren Sammeltransporte Köln–"
           "Mailand und lagern in Verona, ca. 30 % günstiger als zweimal Einzeltransport. Ich kalkuliere "
           "Ihnen das gern mit Ihren Kistenmaßen."),
          ("me", "2025-10-02 10:00", "Ich bin mit meiner Spedition zufrieden, aber schicken Sie mir gern eine "
           "Vergleichsrechnung für 4 Kisten."),
      ])
    c("wanted_pitch", "supplier_after_instagram", "de", "Aluprofil-Hersteller bezieht sich auf ihre Skizze auf "
      "Instagram", [
          ("w_alu", "2025-12-09 14:00", "Hallo Frau Lahrmann, auf Instagram haben Sie eine Skizze für eine "
           "Aluminium-Version des Lisene-Regals gezeigt, mit der Frage, ob jemand kleine Serien von "
           "Sonderprofilen macht. Machen wir - ab 300 kg Recycling-Aluminium, Werkzeugkosten für ein "
           "Profil dieser Größe ca. 2.500 €. Ich schicke Ihnen gern Muster eloxierter Oberflächen."),
      ])
    c("wanted_pitch", "pr_agency_specific", "de", "Design-PR-Agentur nennt konkrete Redaktionen zu ihrem "
      "Köln-Launch", [
          ("w_pr", "2025-11-03 10:00", "Liebe Frau Lahrmann, Ihr Lisene-Tisch startet im Januar in Köln, "
           "war bisher aber nur in der Form & Raum. Die Wohn- und Architekturtitel, die im Frühjahr "
           "Esstisch-Strecken planen (ich denke an drei bestimmte Redaktionen in Hamburg und München), "
           "haben Sie noch nicht erreicht - Redaktionsschluss ist dort schon Mitte Dezember. Wir "
           "machen Design-PR für kleine Studios und würden eine Launch-Mappe mit Ihren Noor-Haddad-Bildern "
           "verschicken. Pauschal 2.400 € für den Launch. Wollen wir sprechen?"),
          ("me", "2025-11-03 12:00", "Das Timing-Problem ist mir neu - danke. Ja, lassen Sie uns sprechen."),
      ])
    c("wanted_pitch", "software_knows_setup", "en", "royalty tracking software knows she has four licensees", [
        ("w_royalty", "2026-01-12 10:00", "Hi Friederike, your website lists four licensees in three "
         "countries. I'd guess you get four quarterly royalty statements in four different formats and "
         "check them in a spreadsheet? Royalto reads the statements (PDF or Excel), converts DKK/EUR/CHF and "
         "flags when a licensee's unit numbers don't match their public catalogue launches. Designers with "
         "under 5 licences pay EUR 19/month. Want to try it with last year's statements?"),
        ("me", "2026-01-12 11:00", "Four formats and one very tired spreadsheet, yes. Let's try."),
    ])


def junk(ex: Export) -> None:
    c = ex.conv
    c("junk", "template_leads", "en", "template 1/5: architect and retailer leads", [
        ("j_t1", "2025-01-28 09:00", "Hi Friederike, I came across Studio Vinkel and loved your timeless "
         "furniture pieces! We help design studios land 10+ new architect and retailer partnerships every "
         "month through our done-for-you outreach system. Would you be open to a quick call to see if it's "
         "a fit?"),
    ])
    c("junk", "template_leads", "en", "template 2/5, other sender and fill", [
        ("j_t2", "2025-03-27 11:30", "Hi Friederike, came across Studio Vinkel and loved your beautiful "
         "Scandinavian designs! We help furniture designers land 15+ showroom partnerships a month with "
         "our done-for-you LinkedIn outreach. Open to a quick call to see if it's a fit?"),
    ])
    c("junk", "template_leads", "en", "template 3/5", [
        ("j_t3", "2025-05-19 08:15", "Hey Friederike! I came across Studio Vinkel and really loved your "
         "minimalist collections. We help design brands land 20+ interior designer partnerships monthly "
         "through done-for-you email outreach. Worth a quick call to see if it's a fit?"),
    ])
    c("junk", "template_leads", "en", "template 4/5 with a bump", [
        ("j_t4", "2025-08-04 10:00", "Hi Friederike, I came across Studio Vinkel and loved your iconic "
         "chairs! We help furniture studios land 10+ hospitality projects every month with our "
         "done-for-you outreach. Would you be open to a quick call to see if it's a fit?"),
        ("j_t4", "2025-08-11 10:00", "Hi Friederike, just bumping this to the top of your inbox!"),
    ])
    c("junk", "template_leads", "de", "Vorlage 5/5 auf Deutsch", [
        ("j_t5", "2025-10-14 09:40", "Hallo Friederike, ich bin auf Studio Vinkel gestoßen und war begeistert "
         "von deinen zeitlosen Möbelstücken! Wir helfen Designstudios, jeden Monat 10+ neue Partnerschaften "
         "mit Architekten und Händlern zu gewinnen - komplett für dich umgesetzt. Hättest du Lust auf ein "
         "kurzes Gespräch, um zu sehen, ob es passt?"),
    ])
    c("junk", "merge_tag_failure", "en", "{{first_name}} left unfilled, CAD outsourcing", [
        ("j_tag1", "2025-02-18 05:30", "Hi {{first_name}},\n\nDo you need help with CAD drafting for "
         "{{company}}? Our team of 50+ engineers delivers shop drawings in 24 hours at a fraction of the "
         "cost. Can we schedule a short call?"),
    ])
    c("junk", "merge_tag_failure", "de", "[Name]-Platzhalter in Webdesign-Pitch", [
        ("j_tag2", "2025-04-02 14:00", "Liebe/r [Name],\n\nIhre Website ist Ihre digitale Visitenkarte - "
         "aber ist sie noch zeitgemäß? Webwerk 24 erstellt moderne Websites für [Branche] ab 1.490 €. "
         "Jetzt kostenloses Erstgespräch vereinbaren!"),
    ])
    c("junk", "merge_tag_failure", "en", "wrong name and wrong company in marketplace pitch", [
        ("j_tag3", "2025-06-24 16:20", "Hi Frederik, love what you're doing at Nordform Studio! We'd love "
         "to have your products on Trendline - 2M monthly shoppers, zero listing fee, just 28% "
         "commission. Can I send you our onboarding link?"),
    ])
    c("junk", "merge_tag_failure", "de", "falscher Name und Platzhalter {Branche}, Coaching", [
        ("j_tag4", "2025-09-30 19:00", "Hallo Frau Lehmann, als erfolgreiche Unternehmerin in der "
         "{Branche} kennen Sie das Gefühl, nie genug Zeit zu haben. In meinem Zeitwert-Programm lernen "
         "Sie, 10 Stunden pro Woche zurückzugewinnen. Darf ich Ihnen mehr erzählen?"),
    ])
    c("junk", "sponsored_inmail", "en", "sponsored InMail from an e-commerce platform", [
        ("j_spon1", "2025-04-09 12:00", "<p>Hi Friederike,</p><p>Sell your designs worldwide. Start your "
         "online store with Shopvia &ndash; 3 months for &euro;1.</p><p><a href=\"https://example.invalid/"
         "start\">Start free trial</a></p>"),
    ], title=SPONSORED, subject="Your online store for €1")
    c("junk", "sponsored_inmail", "de", "Sponsored InMail: Auslandskrankenversicherung", [
        ("j_spon2", "2025-11-04 12:00", "<p>Hallo Friederike,</p><p>Sie leben im Ausland? Sichern Sie sich "
         "deutschen Versicherungsschutz weltweit &ndash; ab 39&nbsp;&euro; im Monat.</p><p>Jetzt Tarif "
         "berechnen.</p>"),
    ], title=SPONSORED, subject="Versicherungsschutz für Auslandsdeutsche")
    c("junk", "paid_award", "en", "'you've won' design award that charges for the winner package", [
        ("j_award", "2025-05-06 10:00", "Dear Friederike,\n\nCongratulations! Following a review by our "
         "international panel, Studio Vinkel has been selected as a Gold Winner of the Global Luxury Design "
         "Awards 2025. To activate your winner status, including the trophy, certificate and use of the "
         "winner's logo, a winner's package fee of EUR 1,190 applies. Please confirm within 7 days."),
    ])
    c("junk", "paid_podcast", "en", "podcast guest spot with a 'sponsorship fee'", [
        ("j_podcast", "2025-07-15 17:30", "Hey Friederike! We'd love to have you on The Creative CEO Show. "
         "Our guests include founders from 40 countries. To keep the show ad-free we ask guests for a "
         "sponsorship contribution of $450, which includes a full episode, 5 reels and a blog feature. "
         "Interested?"),
    ])
    c("junk", "paid_feature", "de", "Magazin-'Porträt' gegen Kostenbeteiligung, Nachfassen nach Absage", [
        ("j_feature", "2025-02-25 10:00", "Liebe Frau Lahrmann, unsere Redaktion möchte Studio Vinkel in "
         "der Frühjahrsausgabe mit einem ganzseitigen Porträt vorstellen. Die Kostenbeteiligung liegt bei "
         "1.800 € (statt 2.900 €)."),
        ("me", "2025-02-25 12:00", "Danke, aber für redaktionelle Beiträge zahle ich nicht."),
        ("j_feature", "2025-02-27 09:30", "Das verstehe ich gut. Eine halbe Seite wäre für 890 € möglich - "
         "nur noch bis Freitag."),
    ])
    c("junk", "generic_seo", "en", "generic SEO pitch", [
        ("j_seo", "2025-03-18 04:50", "Hello, I was analyzing your website and found several issues which "
         "are stopping it from ranking on Google. I can provide you a detailed proposal with affordable "
         "packages. Please reply with your WhatsApp number."),
    ])
    c("junk", "generic_web_design", "de", "generischer Webdesign-Pitch", [
        ("j_web", "2025-08-19 11:00", "Hallo Frau Lahrmann, ist Ihre Website bereit für 2025? Wir gestalten "
         "moderne, responsive Websites mit Shop-Funktion für Selbstständige und KMU. Festpreis ab 990 €. "
         "Ich freue mich auf Ihre Rückmeldung!"),
    ])
    c("junk", "generic_oem", "en", "Chinese OEM factory mass pitch", [
        ("j_oem", "2025-05-28 02:10", "Dear Sir/Madam,\nGreetings from Foshan! We are a professional "
         "furniture manufacturer with 20 years experience, 600 workers. Sofa, dining chair, hotel "
         "furniture, OEM/ODM welcome. Please check our catalogue and send your inquiry."),
    ], folder="SPAM")
    c("junk", "offers_what_she_sells", "de", "Designstudio bietet der Designerin Möbeldesign an", [
        ("j_sameoffer", "2025-06-03 09:00", "Hallo Friederike, planen Sie eine neue Möbelkollektion? Steiner "
         "Design Lab entwickelt für Marken zeitlose Möbel - vom ersten Entwurf bis zur Serienreife. "
         "Gern zeige ich Ihnen unser Portfolio in einem kurzen Call."),
    ])
    c("junk", "capacity_question", "en", "'do you have capacity for new clients?'", [
        ("j_capacity", "2025-07-08 18:00", "Hi Friederike, quick question - do you currently have capacity "
         "to take on 3-5 new clients per month? If yes, I'd love to show you how we fill design studios' "
         "pipelines on autopilot."),
    ])
    c("junk", "like_minded_connect", "en", "'like-minded founders' then a mastermind pitch", [
        ("j_likeminded", "2025-08-27 20:00", "Hi Friederike, I love connecting with like-minded founders who "
         "are building something meaningful. I run a private mastermind for creative entrepreneurs scaling "
         "past 500k. Would love to hear about your journey - are you open to a virtual coffee?"),
    ])
    c("junk", "quick_call", "en", "'quick 15-minute call' for generic consulting", [
        ("j_15min", "2025-09-16 08:30", "Hi Friederike, do you have 15 minutes this week for a quick call? "
         "We help founder-led businesses unlock their next stage of growth with proven operational "
         "frameworks. What does Wednesday look like?"),
    ])
    c("junk", "connect_then_pitch", "de", "Einladung kurz vorher, Smalltalk, Pitch nach ihrer Antwort", [
        ("j_ctp1", "2025-03-03 09:20", "Danke fürs Vernetzen, Friederike! Kopenhagen, wie schön. Wie lange "
         "bist du schon dort?"),
        ("me", "2025-03-03 12:00", "Seit elf Jahren, inzwischen fast Dänin."),
        ("j_ctp1", "2025-03-03 12:15", "Toll! Sag mal, wie gewinnst du aktuell neue Kunden? Ich helfe "
         "Kreativen, mit meinem 90-Tage-Programm planbar 5-stellige Monatsumsätze zu erzielen. Wollen wir "
         "nächste Woche telefonieren?"),
    ])
    c("junk", "connect_then_pitch", "en", "invite minutes before; investment pitch in message 2", [
        ("j_ctp2", "2025-06-16 10:30", "Hi Friederike, thanks for accepting! Your chair designs are "
         "stunning. How is the studio doing this year?"),
        ("j_ctp2", "2025-06-18 10:30", "The reason I ask - we're offering a select group of founders early "
         "access to a pre-IPO fund with projected 4x returns. Minimum ticket EUR 25k. Shall I send the deck?"),
    ])
    c("junk", "connect_then_pitch", "de", "Einladung mit Notiz, Pitch in Nachricht 3", [
        ("j_ctp3", "2025-10-06 20:00", "Hey Friederike, cool, dass wir jetzt vernetzt sind! Postest du "
         "eigentlich regelmäßig?"),
        ("me", "2025-10-07 08:30", "Eher unregelmäßig, wenn ich was zu zeigen habe."),
        ("j_ctp3", "2025-10-07 09:00", "Verstehe ich total. Was hält dich davon ab?"),
        ("j_ctp3", "2025-10-09 09:00", "Mein Personal-Branding-Programm bringt dich in 8 Wochen auf 10k "
         "Follower, inkl. Ghostwriting. Aktuell 1.490 € statt 2.490 €. Soll ich dir die Infos schicken?"),
    ])
    c("junk", "follow_up_bumps", "en", "review-generation pitch, two bumps, no reply", [
        ("j_bump1", "2025-01-14 10:00", "Hi Friederike, brands with 200+ reviews sell 3x more online. "
         "ReviewBoost automates review requests after every order. Interested?"),
        ("j_bump1", "2025-01-21 10:00", "Hi Friederike, just following up on my last message."),
        ("j_bump1", "2025-02-04 10:00", "Hi Friederike, I'll assume it's not a priority right now. Should I "
         "close your file?"),
    ])
    c("junk", "follow_up_bumps", "de", "Messebau mit Nachfassern, keine Antwort", [
        ("j_bump2", "2025-11-25 09:00", "Hallo Frau Lahrmann, planen Sie schon Ihren nächsten Messeauftritt? "
         "Wir realisieren individuelle Messestände in ganz Europa - von 9 bis 900 m²."),
        ("j_bump2", "2025-12-02 09:00", "Hallo Frau Lahrmann, ich wollte kurz nachhaken."),
        ("j_bump2", "2025-12-16 09:00", "Hallo Frau Lahrmann, ein letztes Mal: Besteht Interesse?"),
    ])
    c("junk", "follow_up_bumps", "de", "Leadagentur, nur Nachfasser, archiviert", [
        ("j_bump3", "2026-01-19 08:00", "Hallo Friederike, ich komme auf meine Nachricht zu planbaren "
         "Terminen mit Einkäufern zurück. Wie sieht's aus?"),
        ("j_bump3", "2026-01-26 08:00", "Hallo Friederike, letzter Versuch - passt das Thema gerade nicht?"),
    ], folder="ARCHIVE")
    c("junk", "fluent_generic", "en", "polished brand pitch that names the studio but fits anyone", [
        ("j_fluent", "2025-12-03 14:00", "Hi Friederike,\n\nStudio Vinkel has built something genuinely "
         "special, and I believe the story behind your work deserves to reach the audience it was made "
         "for. At Meridian Brand Studio we partner with visionary founders to sharpen their narrative, "
         "elevate their visual identity and build brands that endure.\n\nWould you be open to a "
         "conversation about where Studio Vinkel could go next?\n\nWarm regards,\nAlexandra"),
    ])
    c("junk", "generic_pr", "en", "generic PR pitch, counterpart of the design-PR agency", [
        ("j_pr", "2025-11-11 13:00", "Hi Friederike, want to be featured in Forbes, Business Insider and "
         "200+ news sites? Our guaranteed press package gets your brand on major outlets in 14 days. "
         "Packages from $1,497."),
    ])
    c("junk", "generic_cad", "en", "generic CAD outsourcing, counterpart of the 3D visualiser", [
        ("j_cad", "2025-04-22 06:00", "Dear Friederike, we provide 2D/3D CAD drafting, BIM modeling and "
         "architectural rendering services for architects, engineers and contractors at $15/hour. "
         "Let me know if you have any project requirements."),
    ])
    c("junk", "generic_render", "en", "cheap rendering spam, counterpart of the tailored visualiser", [
        ("j_render", "2025-02-11 03:20", "Hello! I make photorealistic 3D renders for any product: furniture, "
         "jewelry, cosmetics, packaging. Fast delivery, unlimited revisions, price from $30. Check my "
         "portfolio and message me!"),
    ])
    c("junk", "off_topic_product", "de", "Gabelstapler-Angebot", [
        ("j_forklift", "2025-03-12 07:30", "Sehr geehrte Damen und Herren, Gruber Flurförderzeuge bietet "
         "Elektro- und Dieselstapler zum Kauf, zur Miete und im Leasing. Jetzt Frühjahrsaktion mit 0 % "
         "Finanzierung nutzen!"),
    ])
    c("junk", "off_topic_investment", "en", "crypto asset advisor", [
        ("j_crypto", "2025-09-03 22:40", "Hi Friederike, have you considered diversifying into digital "
         "assets? Our clients achieved 34% last year with our managed portfolio. Happy to share how in a "
         "short call."),
    ], folder="SPAM")
    c("junk", "off_topic_product", "de", "Telefonanlage für Unternehmen", [
        ("j_voip", "2025-10-21 10:15", "Hallo Frau Lahrmann, telefonieren Sie noch analog? Mit Telvio "
         "Business bekommen Sie die Cloud-Telefonanlage für Ihr gesamtes Team ab 4,90 € pro Nutzer. "
         "Jetzt 30 Tage kostenlos testen!"),
    ])
    c("junk", "generic_funding", "de", "generischer Fördermittel-Pitch", [
        ("j_foerder", "2025-04-29 08:00", "Guten Tag Frau Lahrmann, wussten Sie, dass Unternehmen bis zu "
         "50 % ihrer Exportkosten gefördert bekommen können? Wir prüfen Ihre Förderfähigkeit kostenlos und "
         "übernehmen die Antragstellung gegen Erfolgshonorar. Wann passt ein kurzes Telefonat?"),
    ])
    c("junk", "generic_marketplace", "de", "Amazon-Agentur, austauschbar", [
        ("j_amazon", "2025-08-12 15:45", "Hallo Friederike, deine Produkte würden auf Amazon richtig gut "
         "laufen! Wir übernehmen Listing, Werbung und Versand über FBA - unsere Kunden verdreifachen ihren "
         "Umsatz in 6 Monaten. Kurzer Call diese Woche?"),
        ("j_amazon", "2025-08-19 15:45", "Hi Friederike, hast du meine Nachricht gesehen? :)"),
    ])
    c("junk", "generic_translation", "de", "Übersetzungsbüro-Massenmail", [
        ("j_uebersetzung", "2025-12-10 09:10", "Sehr geehrte Damen und Herren, Lingua Express übersetzt "
         "Ihre Dokumente in über 80 Sprachen - schnell, zertifiziert und zum Festpreis. Fordern Sie jetzt "
         "Ihr unverbindliches Angebot an!"),
    ])
    c("junk", "generic_invoicing", "en", "generic invoicing software, counterpart of the royalty tool", [
        ("j_royalty", "2026-01-20 09:00", "Hi Friederike, still sending invoices manually? InvoiceNinja "
         "Nordic automates invoicing and payment reminders for Nordic SMEs. Try it free for 30 days!"),
    ])


def main() -> None:
    ex = Export(SLUG, "2026", OWNER)
    people(ex)
    genuine(ex)
    wanted(ex)
    junk(ex)
    profile = {
        "First Name": "Friederike", "Last Name": "Lahrmann",
        "Headline": "Furniture designer | Founder of Studio Vinkel, Copenhagen | Möbeldesign zwischen "
                    "Deutschland und Dänemark",
        "Summary": "German designer in Copenhagen since 2014. I design chairs, stools and tables for "
                   "licensing manufacturers (Kjærgaard Møbler, Rüdiger Holzwerkstätten) and produce small "
                   "editions with local workshops. Milan and Cologne every year.",
        "Industry": "Design Services", "Zip Code": "1432",
        "Geo Location": "Copenhagen, Capital Region of Denmark, Denmark",
        "Websites": "[PORTFOLIO:studiovinkel.example]",
    }
    positions = [
        {"Company Name": "Studio Vinkel", "Title": "Founder & Furniture Designer",
         "Description": "Furniture design studio: licensed designs, small editions, commissions.",
         "Location": "Copenhagen", "Started On": "Mar 2017"},
        {"Company Name": "Kjærgaard Møbler A/S", "Title": "Product Designer", "Description": "",
         "Location": "Vejle", "Started On": "Aug 2014", "Finished On": "Feb 2017"},
    ]
    skills = ["Furniture Design", "Product Design", "Rhinoceros 3D", "KeyShot", "Licensing",
              "Woodworking", "Prototyping"]
    ex.write(HERE.parents[1] / SLUG, profile, positions, skills)
    print(ex.summary())


if __name__ == "__main__":
    main()

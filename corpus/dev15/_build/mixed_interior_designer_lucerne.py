"""dev15 persona (written blind as heldout21, session 4): Persona mixed-interior-designer-lucerne (heldout21, written blind): Corinne Amrein, interior
designer with her own four-person studio (Amrein Innenarchitektur GmbH) in Luzern. Swiss German
and English, about half and half. Every message below is written by hand for this corpus.
Layout 2026 (quoted CSV, attachments, drafts).
Run: /work/main/.venv/bin/python corpus/dev15/_build/mixed_interior_designer_lucerne.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-interior-designer-lucerne"
OWNER = Person("me", "Corinne Amrein", "https://www.linkedin.com/in/corinne-amrein-innen",
               "Amrein Innenarchitektur GmbH", "Inhaberin & Innenarchitektin")
x = Export(SLUG, "2026", OWNER)
P = x.person

# ----------------------------------------------------------------- people: genuine
P("frau_b", "Verena Bucher", "", "Privatkundin", connected="2025-02-03")
P("expats", "Hannah Lindgren", "", "Private client (Meggen)", connected="2025-09-10")
P("hotel", "Reto Zimmermann", "Hotel Seeburg Horw", "Direktor", connected="2021-05-18")
P("resto", "Luca Bernasconi", "Osteria Reuss", "Owner", connected="2023-11-02")
P("schreiner", "Urs Arnold", "Arnold Schreinerei AG", "Geschäftsführer", connected="2016-03-09")
P("moebel", "Beat Achermann", "Achermann Möbelmanufaktur", "Inhaber", connected="2018-07-30")
P("fabric", "Olivia Hargreaves", "Hargreaves & Pell Textiles", "Export Sales Manager DACH", connected="2019-04-02")
P("archi", "Martin Studer", "Studer Wey Architekten", "Partner", connected="2017-10-12")
P("archi_en", "Sofia Ricci", "Ricci Architecture Andermatt", "Principal Architect", connected="2022-01-20")
P("press_en", "Tom Ashby", "Alpine Interiors Quarterly", "Features Editor", connected="2024-06-11")
P("press_de", "Nadja Felber", "Wohnkultur Schweiz", "Redaktorin", connected="2020-02-25")
P("recr", "Simone Vogel", "Vogel Personalberatung Zentralschweiz", "Personalberaterin Architektur & Design", connected="2025-01-13")
P("appl", "Jana Kovač", "", "MA Interior Architecture student, Hochschule Luzern", connected="2025-03-26")
P("ty1", "Andrea Marti", "Marti Leuchten", "Inhaberin", connected="2019-09-19")
P("ty2", "Daniel Kaufmann", "", "Architekt", connected="2022-05-05")
P("ty3", "Emily Carter", "Carter Studio Zug", "Interior Designer", connected="2023-08-08")
P("spamhotel", "Priya Shah", "Alpenblick Hotels AG", "Procurement Manager", connected=None)
P("weber", "Ruedi Fässler", "Handweberei Fässler Appenzell", "Weber", connected=None)
P("lamp", "Mette Sørensen", "Lysform ApS", "Project Sales", connected=None)
P("exboss", "Gabriela Hänni", "Hänni Design Zürich", "Gründerin", connected="2009-08-14")
P("lara", "Lara Wicki", "Amrein Innenarchitektur GmbH", "Innenarchitektin", connected="2021-08-02")
P("milan", "Giulia Moretti", "Fratelli Moretti Sedie", "Sales Director", connected="2018-04-15")
P("gallery", "Peter Estermann", "Galerie Estermann", "Galerist", connected="2015-11-11")
P("hotelgroup", "James Whitmore", "Edelweiss Boutique Hotels", "Head of Development", connected="2025-05-20")
P("zahn", "Dr. Marc Portmann", "Zahnarztpraxis Portmann", "Zahnarzt", connected="2025-08-04")
P("polster", "Hanspeter Lustenberger", "Lustenberger Polsterei", "Polsterermeister", connected="2014-06-06")
P("frau_s", "Margrit Schnyder", "", "Privatkundin", connected="2016-01-20")
P("archi_mix", "Nico Bühler", "Bühler Partner Architekten", "Architekt ETH", connected="2020-06-30")
P("client_pay", "Michael Grant", "", "Private client (Weggis)", connected="2024-10-01")
P("geneva", "Camille Favre", "Favre Intérieurs Genève", "Fondatrice", connected="2022-09-15")
P("treu", "Irene Galliker", "Galliker Treuhand", "Treuhänderin", connected="2018-01-10")
P("friend", "Sabrina Kälin", "", "Freundin", connected="2008-03-03")
P("noah", "Noah Steiner", "Amrein Innenarchitektur GmbH", "Projektleiter", connected="2022-02-14")
P("mia", "Mia Roos", "Amrein Innenarchitektur GmbH", "Zeichnerin EFZ", connected="2023-08-01")

# ----------------------------------------------------------------- people: wanted pitches
P("w_acoustic", "Fabian Wyss", "Stillraum Akustik", "Akustikplaner", connected="2025-03-18")
P("w_wood", "Elias Gisler", "Altholz Gisler", "Inhaber", connected="2025-05-28",
  invite=("IN", "2025-05-27 18:20", "Grüezi Frau Amrein, Ihr Referat an den Designtagen zu zirkulären Materialien war super. Gern vernetzen."))
P("w_rug", "Leila Nouri", "Nouri Rugs", "Founder", connected=None)
P("w_fr", "Graham Pike", "Pike Contract Fabrics", "Technical Sales", connected=None)
P("w_metal", "Roman Imhof", "Imhof Metallbau", "Inhaber", connected="2025-04-09")
P("w_light", "Katja Brunner", "Brunner Lichtplanung", "Lichtplanerin", connected=None)
P("w_render", "Diego Alvarez", "", "Freelance 3D Visualiser", connected="2025-07-14")
P("w_recr", "Oliver Hayes", "Hayes Design Recruitment", "Recruiter, Interior Design", connected="2025-02-06")
P("w_photo", "Lena Schüpbach", "Schüpbach Architekturfotografie", "Fotografin", connected=None)
P("w_pm", "Ava Thompson", "Sourcebook for Designers", "Customer Success", connected=None)
P("w_wall", "Henry Blake", "Blake & Lowther Wallcoverings", "Hospitality Agent Switzerland", connected=None)
P("w_web", "Selina Huber", "Huber Digital", "Webdesignerin", connected=None)

# ----------------------------------------------------------------- people: junk
P("j_acoustic", "Ryan Mitchell", "SoundBlock Panels", "Sales Rep", connected=None)
P("j_furn", "Wang Lei", "Foshan Grand Furniture Co.", "Export Manager", connected=None)
P("j_rug", "Aisha Khan", "Carpet World Export", "Sales", connected=None)
P("j_fabric", "Marco Rossi", "TextilePro Global", "Business Development", connected=None)
P("j_light", "Jessica Lee", "LuxLight LED", "Sales Executive", connected=None)
P("j_render", "Arjun Patel", "RenderHub Studio", "Business Development Manager", connected=None)
P("j_photo", "Kevin Brandt", "Brandt Media", "Fotograf & Videograf", connected=None)
P("j_pm", "Chris Walker", "TaskFlow", "Account Executive", connected=None)
P("j_seo", "Deepak Singh", "RankUp SEO Services", "SEO Expert", connected=None)
P("j_recr", "Lisa Meier", "Top Talents AG", "Recruiterin", connected=None)
P("j_same", "Natalie Cruz", "DecorNow Online", "Partnerships", connected=None)
P("j_capacity", "Marc Steffen", "Auftragsbörse Schweiz", "Partnermanager", connected=None)
P("j_like", "Sandro Keller", "", "Unternehmer | Mentor | Investor", connected="2025-01-20",
  invite=("IN", "2025-01-19 22:30", "Hoi Corinne, ich vernetze mich gern mit gleichgesinnten Unternehmerinnen."))
P("j_15", "Ethan Brooks", "ScaleUp Partners", "Growth Consultant", connected=None)
P("j_ctp1", "Manuela Frei", "Vorsorge Plus", "Finanzberaterin", connected="2025-03-03",
  invite=("IN", "2025-03-02 19:10", ""))
P("j_ctp2", "Jake Turner", "SmartHome Pro", "Partnerships Manager", connected="2025-07-01",
  invite=("IN", "2025-06-30 08:30", "Love your work, Corinne! Let's connect."))
P("j_ctp3", "Stefan Baumann", "KI-Büro Schweiz", "Berater", connected="2025-10-06",
  invite=("IN", "2025-10-05 17:45", ""))
P("j_bump", "Sarah Collins", "LeadGenius", "SDR", connected=None)
P("j_bump2", "Patrick Graf", "Druckerei Express", "Verkauf", connected=None)
P("t1", "Rachel Green", "Luxe Home Staging", "Partner Manager", connected=None)
P("t2", "Mark Evans", "DesignLeads Pro", "Growth Lead", connected=None)
P("t3", "Tanja Schmid", "Wohnkunden.ch", "Vertrieb", connected=None)
P("t4", "Ben Harper", "InteriorBoost", "Client Success", connected=None)
P("t5", "Yvonne Hofer", "Designer Netzwerk Schweiz", "Partnerbetreuung", connected=None)
P("m1", "Laura Bianchi", "CloudCAD", "Sales", connected=None)
P("m2", "Tim Frey", "Digitalwerk", "Kundenberater", connected=None)
P("m3", "Sophie Turner", "PrintCraft", "Sales", connected=None)
P("m4", "Daniel Müller", "Büroplan AG", "Verkaufsleiter", connected=None)
P("sp1", "Swiss Home Fair", "", "", url="https://www.linkedin.com/company/swiss-home-fair")
P("sp2", "CadMaster Pro", "", "", url="https://www.linkedin.com/company/cadmaster-pro")
P("j_award", "Charlotte Evans", "European Design Excellence Awards", "Awards Coordinator", connected=None)
P("j_pod", "Reto Blum", "Erfolgsfrauen Podcast", "Host", connected=None)
P("j_fluent", "Alexandra Wood", "Meridian Growth Advisory", "Managing Director", connected=None)
P("j_wine", "Giorgio Conti", "Vini Conti", "Export", connected=None)
P("j_crypto", "Ivan Petrov", "", "Blockchain Consultant", connected=None)
P("j_draft", "Rohit Kumar", "CAD Outsourcing Experts", "Director", connected=None)
P("j_fluent2", "Jan Vogt", "Horizon Strategie AG", "Partner", connected=None)

# ======================================================================== genuine (35)
x.conv("genuine", "client_quote_request", "de", "Privatkundin möchte Offerte für Wohnzimmer-Umgestaltung",
       [("frau_b", "2025-02-04 19:20", "Grüezi Frau Amrein, meine Schwester hat mir Ihre Arbeit in ihrer Wohnung in Kriens gezeigt. Wir möchten unser Wohn- und Esszimmer (ca. 45 m²) neu gestalten, Böden bleiben, aber Licht, Vorhänge, Möbel und ein Einbauregal. Könnten Sie uns eine Offerte machen? Wir wohnen in Ebikon."),
        ("me", "2025-02-05 08:30", "Grüezi Frau Bucher, herzlichen Dank für die Anfrage und Grüsse an Ihre Schwester! Ich komme gerne für ein Erstgespräch vorbei (kostenlos, ca. 1 Std.), danach erhalten Sie eine Offerte für Konzept und Umsetzung. Passt Ihnen Dienstag, 11. Februar, um 17 Uhr?"),
        ("frau_b", "2025-02-05 12:10", "Ja, das passt. Merci vielmal!")])
x.conv("genuine", "inbound_lead_buyer", "en", "expat couple wants to buy a full-home furnishing package",
       [("expats", "2025-09-11 09:15", "Hi Corinne, we just bought a 1970s house in Meggen and move in January. We'd like someone to do the full interior: furniture, lighting, curtains, the lot. We saw your Osteria Reuss project and loved it. Is that the kind of job you take on, and how do your fees work?"),
        ("me", "2025-09-11 11:40", "Hi Hannah, congratulations on the house! Yes, full-home projects are a big part of what we do. We usually work with a fixed design fee for the concept plus a percentage on the procurement. Would you like to meet at the house next week so I can see the spaces? January is tight but doable if we order the long-lead items in October."),
        ("expats", "2025-09-11 12:05", "Perfect. Thursday afternoon? My husband can join after 4."),
        ("me", "2025-09-11 12:20", "Thursday 16:15 works. Please send me the address and, if you have them, the floor plans.")],
       attachments={3: "https://www.linkedin.com/dms/amrein-fee-structure-2025.pdf"})
x.conv("genuine", "hotel_client_contract", "de", "Hoteldirektor zur Phase 2 der Zimmerrenovation",
       [("hotel", "2025-10-15 07:50", "Hoi Corinne, der VR hat Phase 2 bewilligt: die 24 Zimmer im Seeflügel, Umbau zwischen 5. Januar und 20. März. Budget wie besprochen CHF 38'000 pro Zimmer all-in. Kannst du mir den Vertragsentwurf bis Ende Monat schicken?"),
        ("me", "2025-10-15 08:30", "Reto, super Nachricht! Ja, Vertragsentwurf kommt bis 29.10. Ich würde die Vorhänge und Teppiche jetzt schon reservieren, sonst wird's mit März knapp."),
        ("hotel", "2025-10-15 08:35", "Mach das. Danke dir!")])
x.conv("genuine", "restaurant_client_snag", "en", "restaurant owner reports snags after opening",
       [("resto", "2024-03-18 22:40", "Corinne, opening weekend was a dream, people keep photographing the bar! Two things though: the pendant over table 7 flickers, and the banquette fabric near the door is already pilling. Can we look at it?"),
        ("me", "2024-03-19 08:15", "So glad it went well Luca! Flicker is likely the driver, I'll send Marti Leuchten on Wednesday. The pilling shouldn't happen with that fabric at 60k rubs, I'll get the supplier to check the batch. Both under warranty, of course."),
        ("resto", "2024-03-19 08:30", "Grazie mille. Dinner on me when you come.")])
x.conv("genuine", "vendor_price_change", "de", "Schreinerei kündigt Preisaufschlag wegen Eichenholz an",
       [("schreiner", "2025-04-03 17:00", "Sali Corinne, ich muss dir leider sagen, dass wir ab 1. Mai bei Eiche massiv 9 % aufschlagen müssen, der Holzpreis ist wieder gestiegen. Für die zwei laufenden Offerten (Bucher und Hotel Seeburg) halte ich die alten Preise, wenn du bis Ende April bestätigst."),
        ("me", "2025-04-03 18:20", "Danke Urs, dass du's mir direkt sagst. Seeburg bestätige ich diese Woche. Bei Bucher frag ich, ob sie auf Esche wechseln würden. Was wäre der Unterschied?"),
        ("schreiner", "2025-04-04 07:10", "Esche wäre ca. 12 % günstiger. Ich rechne dir beide Varianten.")])
x.conv("genuine", "maker_delivery_delay", "de", "Möbelmanufaktur meldet Lieferverzögerung beim Esstisch",
       [("moebel", "2025-06-24 10:45", "Grüezi Corinne, schlechte Nachricht: Die Nussbaumplatte für den Esstisch Lindgren hat beim Trocknen einen Riss bekommen. Wir haben eine neue Bohle, aber Lieferung verschiebt sich um 3 Wochen auf den 25. Juli. Tut mir leid."),
        ("me", "2025-06-24 11:30", "Schade, aber lieber so als ein Riss im Tisch. Ich informiere die Kundschaft. Kannst du mir ein Foto der neuen Bohle schicken? Die wollen das sicher sehen."),
        ("moebel", "2025-06-24 13:00", "Foto anbei, schöne Maserung.")],
       attachments={2: "https://www.linkedin.com/dms/nussbaum-bohle.jpg"})
x.conv("genuine", "vendor_price_change", "en", "fabric supplier announces price list and discontinued colourways",
       [("fabric", "2025-12-01 10:00", "Dear Corinne, our 2026 price list comes into effect on 1 February: an average increase of 4.5% on wool and 3% on linen. Two colourways of Fell (Moss and Slate) are being discontinued, I know you specified Slate for the Seeburg rooms. We have 140 m in stock in Bradford and can hold it for you until 15 December."),
        ("me", "2025-12-01 10:45", "Olivia, thank you for thinking of that! Please hold 120 m of Slate, PO follows today. Could you send the new price list as PDF?"),
        ("fabric", "2025-12-01 11:20", "Held and price list attached. Merry Christmas in advance!")],
       attachments={2: "https://www.linkedin.com/dms/hp-pricelist-2026.pdf"})
x.conv("genuine", "peer_joint_offer", "de", "Architekt schlägt gemeinsame Offerte für Hotel in Engelberg vor",
       [("archi", "2025-05-12 14:20", "Hoi Corinne, das Hotel Titlisblick in Engelberg schreibt eine Gesamtleistung für den Umbau aus, Architektur und Innenarchitektur zusammen. Hättet ihr Lust, mit uns als ARGE anzubieten? Wir machen Hülle und Bauleitung, ihr die Innenräume. Honorar teilen wir nach SIA-Leistungsanteil."),
        ("me", "2025-05-12 16:00", "Martin, sehr gerne! Wann ist Eingabe? Ich würde Noah als Projektleiter einplanen."),
        ("archi", "2025-05-12 16:10", "Eingabe 20. Juni. Ich schick dir die Unterlagen. Kafi am Freitag?"),
        ("me", "2025-05-12 16:12", "Freitag 9 Uhr, ich komm zu euch.")])
x.conv("genuine", "architect_collaboration", "en", "architect in Andermatt on a chalet collaboration",
       [("archi_en", "2025-01-27 09:30", "Ciao Corinne, the client for the chalet in Andermatt has finally signed off on the shell. Can we meet to define the interfaces? Especially the kitchen, joinery and lighting, I don't want the electrician improvising again."),
        ("me", "2025-01-27 10:15", "Ciao Sofia! Yes please, let's do it properly this time. I can come up on 4 Feb, train gets in at 10:07."),
        ("archi_en", "2025-01-27 10:20", "I'll pick you up at the station.")])
x.conv("genuine", "design_press", "en", "design magazine editor wants to feature the Osteria Reuss project",
       [("press_en", "2024-06-12 15:00", "Hi Corinne, I'm putting together a feature on small Alpine restaurants with strong interiors for our autumn issue and Osteria Reuss keeps coming up. Would you be up for a short interview and could you share professional photos? There's no cost involved, we credit the photographer."),
        ("me", "2024-06-12 17:30", "Hi Tom, what a nice surprise, yes! Photos are by Lena Schüpbach, I'll ask her for the press release. When do you need the interview?"),
        ("press_en", "2024-06-13 08:10", "By end of June, 30 min by phone is fine.")])
x.conv("genuine", "design_press", "de", "Redaktorin Wohnmagazin fragt nach Bildern für Jahresrückblick",
       [("press_de", "2025-11-20 10:30", "Liebe Corinne, für unseren Jahresrückblick 'Räume des Jahres' möchten wir das Hotel Seeburg aufnehmen. Hättest du 3-4 Bilder in Druckauflösung und zwei Sätze zur Idee dahinter? Redaktionsschluss 5. Dezember."),
        ("me", "2025-11-20 11:00", "Liebe Nadja, wie schön! Bilder kommen bis Ende Woche, Text auch. Danke, dass ihr an uns gedacht habt.")])
x.conv("genuine", "recruiter_engaged", "de", "beauftragte Personalberaterin für Junior-Innenarchitekt:in",
       [("me", "2025-01-13 08:45", "Grüezi Frau Vogel, Martin Studer hat Sie empfohlen. Wir suchen eine Junior-Innenarchitektin / einen Junior-Innenarchitekten, 80-100 %, ab Frühling. Wie arbeiten Sie, und was kostet es?"),
        ("recr", "2025-01-14 09:00", "Grüezi Frau Amrein, danke für Ihr Vertrauen. Ich arbeite auf Erfolgsbasis, 15 % des Jahreslohns, mit 3 Monaten Garantie. Schicken Sie mir gern das Stellenprofil?"),
        ("me", "2025-01-14 10:20", "Profil geht per Mail raus. Lohn CHF 68-75k."),
        ("recr", "2025-02-19 16:00", "Ich habe drei Dossiers für Sie, zwei davon mit Hotelerfahrung. Wann hätten Sie Zeit für Gespräche?")])
x.conv("genuine", "job_applicant", "en", "student applies for a six-month internship",
       [("appl", "2025-03-27 18:00", "Dear Ms Amrein, I am in my second year of the MA in Interior Architecture in Lucerne and would love to do my 6-month internship at your studio from September. I especially admire how you used local materials at the Seeburg. My portfolio is attached. Unfortunately my German is only B1 so far, but I'm learning fast!"),
        ("me", "2025-03-28 08:30", "Dear Jana, thank you, your portfolio is lovely, especially the acoustic study. Could you come by the studio on 8 April at 14:00? And don't worry about the German, half our clients speak English."),
        ("appl", "2025-03-28 08:45", "Thank you so much, I'll be there!")],
       attachments={0: "https://www.linkedin.com/dms/kovac-portfolio-2025.pdf"})
x.conv("genuine", "thanks_after_talk", "de", "Dank nach ihrem Referat an den Luzerner Designtagen (1 von 3)",
       [("ty1", "2025-05-25 20:10", "Liebe Corinne, danke für dein Referat heute! Das mit dem Altholz aus dem Entlebucher Stall hat mich sehr berührt. Wir müssen mal zusammen etwas machen."),
        ("me", "2025-05-25 21:00", "Danke Andrea! Sehr gern, ich melde mich nach dem Sommer.")])
x.conv("genuine", "thanks_after_talk", "de", "Dank nach ihrem Referat an den Luzerner Designtagen (2 von 3)",
       [("ty2", "2025-05-26 07:30", "Guten Morgen Corinne, danke für den inspirierenden Vortrag gestern an den Designtagen. Die Zahlen zur Wiederverwendung waren sehr überzeugend. Herzliche Grüsse, Daniel")])
x.conv("genuine", "thanks_after_talk", "en", "thank-you after her Lucerne Design Days talk (3 of 3)",
       [("ty3", "2025-05-26 09:15", "Corinne, thank you for yesterday's talk at the Design Days! The barn-wood story was my highlight of the whole weekend. Would love to grab a coffee next time I'm in Lucerne."),
        ("me", "2025-05-26 10:00", "Thanks so much Emily! Yes, let me know when you're over from Zug.")])
x.conv("genuine", "spam_folder_genuine", "en", "hotel procurement confirms purchase order, landed in spam",
       [("spamhotel", "2025-08-19 14:30", "Dear Ms Amrein, please find attached the signed purchase order for the lobby furniture at Alpenblick Grindelwald (PO 4471-B, CHF 86,400). Kindly confirm the delivery window of 2-6 October."),
        ("me", "2025-08-21 08:05", "Dear Ms Shah, apologies for the delay, your message ended up in my spam folder. PO received with thanks, delivery window 2-6 October confirmed.")],
       folder="SPAM", attachments={0: "https://www.linkedin.com/dms/po-4471-b.pdf"})
x.conv("genuine", "owner_started_supplier", "de", "Inhaberin fragt Handweberei nach Mustern",
       [("me", "2025-03-10 10:00", "Grüezi Herr Fässler, ich habe Ihre Leinenstoffe an der Messe in Basel gesehen. Für ein Hotelprojekt in Horw suche ich einen handgewebten Stoff für Kissen und Bettläufer, ca. 60 Laufmeter. Könnten Sie mir Muster in Naturtönen schicken?"),
        ("weber", "2025-03-11 19:30", "Grüezi Frau Amrein, das freut mich. Muster gehen morgen auf die Post. 60 Meter schaffe ich bis Ende Mai, wenn Sie bis Mitte April bestellen."),
        ("me", "2025-03-24 08:15", "Muster sind angekommen, wunderschön. Wir nehmen das 'Säntis' in Hafer. Bestellung folgt.")])
x.conv("genuine", "owner_started_quote", "en", "she asks a Danish lighting maker for a project quote",
       [("me", "2025-06-02 09:00", "Hello Mette, I'm specifying pendants for a hotel restaurant in Horw, Switzerland: 18 x the Skærv pendant in smoked glass, plus 6 wall lights. Could you send me a project quote including freight to Lucerne and lead time?"),
        ("lamp", "2025-06-03 11:20", "Hi Corinne, thanks for thinking of us! Project price for 18 pendants and 6 wall lights is DKK 94,800 ex VAT, freight to Lucerne DKK 3,200. Lead time 7 weeks. Quote attached."),
        ("me", "2025-06-03 12:00", "Thank you, that's within budget. I'll confirm with the client this week.")],
       attachments={1: "https://www.linkedin.com/dms/lysform-quote-2291.pdf"})
x.conv("genuine", "long_standing_mentor", "de", "ehemalige Chefin in Zürich, Kontakt über viele Jahre",
       [("exboss", "2022-12-21 18:00", "Liebe Corinne, frohe Festtage! Ich sehe mit Freude, was du in Luzern aufgebaut hast. Ich wusste schon 2009, dass du nicht lange bei mir bleibst 😉"),
        ("me", "2022-12-22 09:00", "Liebe Gabriela, ohne deine Schule wäre das alles nicht gegangen. Frohe Weihnachten!"),
        ("exboss", "2024-04-15 12:00", "Bist du an der Möbelmesse in Mailand? Ein Apéro wie früher?"),
        ("me", "2024-04-15 13:20", "Ja! Mittwochabend, Brera?"),
        ("exboss", "2025-12-19 17:30", "Wieder ein Jahr. Ich habe übrigens einer Kundin aus Weggis deinen Namen gegeben, die passt besser zu dir als zu mir. Frohe Festtage!"),
        ("me", "2025-12-19 18:40", "Merci, Gabriela, das ist lieb! Schöne Festtage dir und Hans.")])
x.conv("genuine", "employee", "de", "Mitarbeiterin zu Ferien und Kundenfeedback",
       [("lara", "2025-07-07 16:40", "Hoi Corinne, chönnt ich d'Woche vom 11. August Ferie näh? Frau Bucher het übrigens hüt aglüte, sie isch mega zfriede mit em Regal 😊"),
        ("me", "2025-07-07 17:15", "Hoi Lara, klar, gönn dir! Und merci fürs Weitersäge, das freut mi."),
        ("lara", "2025-07-07 17:16", "Merci!")])
x.conv("genuine", "event_invitation", "en", "Italian chair maker invites her to their Milan dinner",
       [("milan", "2025-03-20 11:00", "Cara Corinne, as every year we're hosting a small dinner for our designers during the Salone, Wednesday 9 April at our showroom. It would be lovely to see you again. Can I count you in?"),
        ("me", "2025-03-20 12:30", "Cara Giulia, I wouldn't miss it! Count me in, plus one (my colleague Noah)."),
        ("milan", "2025-03-20 12:35", "Perfetto, a presto!")])
x.conv("genuine", "event_invitation", "de", "Galerist lädt zur Vernissage ein",
       [("gallery", "2025-10-01 15:00", "Liebe Corinne, am 17. Oktober eröffnen wir die Ausstellung mit den Keramiken von Anna Bieri. Ich weiss, du magst ihre Arbeiten. Kommst du zur Vernissage? Ab 18 Uhr, Apéro."),
        ("me", "2025-10-01 15:30", "Lieber Peter, sehr gern! Vielleicht finde ich gleich etwas für die Seeburg-Lobby.")])
x.conv("genuine", "client_quote_request", "en", "boutique hotel group asks for a fee proposal for a lobby",
       [("hotelgroup", "2025-05-21 10:00", "Dear Corinne, we're refurbishing the lobby and bar of our property in Wengen next spring. Reto at the Seeburg spoke very highly of you. Could you send us a fee proposal for concept through to site supervision? Approx. 220 m², budget for FF&E around CHF 450k."),
        ("me", "2025-05-21 14:30", "Dear James, thank you, and thanks to Reto! I'll visit the site first if possible, then send a proposal within a week. Would 3 or 4 June work?"),
        ("hotelgroup", "2025-05-21 15:00", "4 June is good. I'll arrange the train tickets for you."),
        ("me", "2025-06-11 09:00", "Dear James, please find our fee proposal attached: CHF 58,500 for phases 1-5, site supervision on a time basis.")],
       attachments={3: "https://www.linkedin.com/dms/amrein-proposal-wengen.pdf"})
x.conv("genuine", "client_quote_request", "de", "Zahnarzt fragt nach Offerte für Wartebereich",
       [("zahn", "2025-08-05 12:30", "Guten Tag Frau Amrein, unsere Praxis am Schwanenplatz wirkt etwas steril, die Patienten sind nervös genug. Könnten Sie uns eine Offerte für die Neugestaltung des Wartebereichs und des Empfangs machen?"),
        ("me", "2025-08-05 14:00", "Guten Tag Herr Portmann, sehr gerne. Ich schlage einen Besichtigungstermin vor, idealerweise ausserhalb der Sprechstunden. Wie wäre Mittwoch, 13. August, 18 Uhr?"),
        ("zahn", "2025-08-05 14:10", "Passt bestens.")])
x.conv("genuine", "craftsman", "de", "Polsterer zu Neubezug der Stühle einer Kundin",
       [("polster", "2025-09-02 09:30", "Grüezi Corinne, d'Stüehl vo de Frau Schnyder sind fertig. Dä Stoff isch e chli knapp gsi, aber es het glanget. Wenn wotsch se cho hole oder söll ich liefere?"),
        ("me", "2025-09-02 10:00", "Grüezi Hanspeter, super! Bitte direkt liefere, sie isch am Donnschtig dihei. Schick mer d'Rechnig."),
        ("polster", "2025-09-02 10:05", "Mach ich. Gruess")])
x.conv("genuine", "long_standing_client", "de", "langjährige Privatkundin bedankt sich und hat neuen kleinen Auftrag",
       [("frau_s", "2025-09-05 16:00", "Liebe Frau Amrein, die Stühle sind wunderschön geworden, wie neu und doch die alten. Mein Mann hätte sich gefreut. Nun hätte ich noch eine Bitte: Könnten Sie sich einmal das Gästezimmer anschauen? Meine Enkelin zieht im Winter ein."),
        ("me", "2025-09-05 17:30", "Liebe Frau Schnyder, das freut mich sehr. Natürlich komme ich vorbei, wie wäre nächsten Dienstag nach dem Mittag?"),
        ("frau_s", "2025-09-05 17:45", "Dienstag passt. Ich mache Kaffee.")])
x.conv("genuine", "architect_collaboration", "mixed", "architect writes in Swiss German and English mixed about a joint project",
       [("archi_mix", "2025-04-22 13:00", "Hoi Corinne, quick one: de Client in Kastanienbaum will d'Küche now in dark oak statt white. Can you check with Urs if that changes the lead time? Sorry für d'Änderig, chasch dir vorstelle wie das gsi isch im Meeting 🙄"),
        ("me", "2025-04-22 13:40", "Haha, kann ich. I'll ask Urs today. Eiche dunkel gebeizt, oder geräuchert? That makes a difference for the price too."),
        ("archi_mix", "2025-04-22 13:45", "Geräuchert. Merci!")])
x.conv("genuine", "client_payment", "en", "private client asks to split the final invoice",
       [("client_pay", "2025-02-10 20:00", "Hi Corinne, the house in Weggis looks incredible, thank you. Awkward question: could we split the final invoice (CHF 24,600) into two payments, February and April? Our bonus comes in April."),
        ("me", "2025-02-11 08:30", "Hi Michael, so glad you like it! Yes, that's fine. I'll send two invoices, half due 28 Feb and half 30 April."),
        ("client_pay", "2025-02-11 08:45", "You're a star. Thank you.")])
x.conv("genuine", "peer_referral", "en", "Geneva designer proposes referring clients both ways",
       [("geneva", "2025-06-30 10:00", "Hi Corinne, we met at the Design Days. I keep getting enquiries from German-speaking Switzerland that I can't serve properly, and I guess you get some from Romandie. Shall we refer to each other? No commission, just good karma and maybe a bottle of Chasselas."),
        ("me", "2025-06-30 11:00", "Camille, what a nice idea. Yes! I'll send you the couple from Montreux I couldn't take on last month."),
        ("geneva", "2025-06-30 11:05", "Parfait. Deal.")])
x.conv("genuine", "advisor_contact", "de", "Treuhänderin zur Mehrwertsteuer auf Auslandsbestellungen",
       [("treu", "2025-07-15 09:00", "Grüezi Corinne, bei den Leuchten aus Dänemark ist die Einfuhr-MWST noch nicht verbucht. Hast du die Veranlagungsverfügung vom Spediteur? Sonst können wir die Vorsteuer nicht abziehen."),
        ("me", "2025-07-15 10:30", "Grüezi Irene, ich frag Mia, sie hat die Zollpapiere. Kommt bis Freitag."),
        ("treu", "2025-07-15 10:35", "Merci!")])
x.conv("genuine", "friend_congrats", "de", "Freundin gratuliert zum 5-Jahr-Jubiläum des Studios",
       [("friend", "2025-04-01 19:00", "Corinne!! 5 Jahr Studio Amrein! Weisch no, wo mer i dim Wohnzimmer d'Logo-Entwürf ufem Bode uusbreitet händ? Bin so stolz uf dich 🥂"),
        ("me", "2025-04-01 19:30", "Sabrina 🥹 Natürli weiss ich das no! Ohni dich hätt ich's nie gwagt. Am Samstag stosse mer a, gäll?"),
        ("friend", "2025-04-01 19:31", "Logisch!")])
x.conv("genuine", "team_group", "de", "Team-Gruppenchat zum Fotoshooting im Hotel",
       [("noah", "2025-03-26 08:00", "Morge zäme, Fotoshooting Seeburg isch am Mittwoch 7:30. Mia, chasch du d'Kissen und d'Vase us em Lager mitneh?"),
        ("mia", "2025-03-26 08:05", "Jep, mach ich!"),
        ("me", "2025-03-26 08:20", "Merci euch. Ich bring Gipfeli. Und bitte die Vorhänge am Abend vorher dämpfen lassen, Reto weiss Bescheid."),
        ("lara", "2025-03-26 08:22", "🥐🙌")],
       title="Studio Amrein Team")
x.conv("genuine", "owner_started_quote", "de", "Inhaberin bittet Schreiner um Offerte für Einbauschrank",
       [("me", "2025-09-22 08:00", "Sali Urs, für Frau Schnyders Gästezimmer bräuchte ich eine Offerte für einen Einbauschrank, 240 x 260 cm, Front Esche lackiert, innen Tablare und Kleiderstange. Plan hängt an. Zeitrahmen: Montage bis Mitte November."),
        ("schreiner", "2025-09-23 17:30", "Sali Corinne, Offerte anbei: CHF 7'850 inkl. Montage. Mitte November geht, wenn du bis 10. Oktober bestätigst."),
        ("me", "2025-09-24 09:00", "Danke! Frau Schnyder ist einverstanden, ich bestätige hiermit.")],
       attachments={0: "https://www.linkedin.com/dms/schrank-schnyder-plan.pdf", 1: "https://www.linkedin.com/dms/offerte-arnold-5521.pdf"})

x.conv("genuine", "client_followup_draft", "en", "client asks about the curtain date; the owner's answer is still an unsent draft",
       [("expats", "2025-11-18 19:05", "Hi Corinne, sorry to chase - any news on the curtains for the living room? My in-laws arrive on 20 December and I'd love the room finished by then."),
        ("me", "2025-11-18 22:40", "Hi Hannah, no need to apologise! The fabric is at the workroom, sewing starts next week. Installation")],
       drafts={1})

# ======================================================================== wanted pitches (12)
x.conv("wanted_pitch", "tailored_post", "de", "Akustikplaner bezieht sich auf ihren Beitrag über den Lärm in der Osteria",
       [("w_acoustic", "2025-03-19 10:00", "Grüezi Frau Amrein, danke fürs Vernetzen. In Ihrem Beitrag über die Osteria Reuss schreiben Sie offen, dass es am Freitagabend zu laut ist und die Sichtbetondecke das Problem ist, die der Bauherr nicht verkleiden will. Wir machen genau für solche Fälle Akustiksegel aus Schafwolle, die man abhängen kann, ohne die Decke anzutasten. Nachhallzeit messen wir vorher und nachher. Darf ich Ihnen Bilder eines ähnlichen Lokals in Zug schicken?"),
        ("me", "2025-03-19 11:30", "Das ist tatsächlich unser wunder Punkt dort. Ja, schicken Sie mir die Bilder, ich zeige sie Luca.")])
x.conv("wanted_pitch", "tailored_talk", "de", "Altholzhändler nach ihrem Referat an den Designtagen",
       [("w_wood", "2025-05-28 08:00", "Grüezi Frau Amrein, danke für die Annahme. Sie haben im Referat gesagt, dass Sie für das Hotelprojekt in Engelberg Altholz suchen, aber nur Fichte finden. Wir haben gerade einen Stall in Schüpfheim rückgebaut, der Lärche und etwas Ulme hatte, sauber getrocknet und entnagelt, ca. 14 m³. Ich würde Ihnen gern Muster vorbeibringen."),
        ("me", "2025-05-28 09:15", "Ulme! Das wäre ein Traum. Bringen Sie die Muster gern nächste Woche ins Studio.")])
x.conv("wanted_pitch", "tailored_shop_visit", "en", "rug maker visited her showroom and noticed the rug sizes",
       [("w_rug", "2025-04-14 17:00", "Hi Corinne, I stopped by your studio on Hertensteinstrasse on Saturday (your colleague Mia was lovely). I noticed all the rugs in your showroom are standard 200 x 300, while your hotel room layouts online need something closer to 170 x 240 to clear the bed legs. We weave to size in wool and nettle, minimum order one piece, 6 weeks. I left a sample with Mia. Would you like a price for the Seeburg room format?"),
        ("me", "2025-04-15 08:40", "You have a sharp eye, Leila. Yes, please send a price for 24 pieces at 170 x 240.")])
x.conv("wanted_pitch", "tailored_specific_problem", "en", "contract fabric supplier names the fire classification problem in her hotel project",
       [("w_fr", "2025-10-20 09:30", "Dear Ms Amrein, last week you asked in the Swiss interior designers' forum whether anyone knows a linen-look curtain that reaches RF1 under the VKF rules, because your fire safety engineer rejected the linen you'd chosen (RF3 untreated) for a hotel. We make inherently flame-retardant weaves that look and handle like linen, certified RF1 without coating, and we can send a swatch with the test report. Would that help for the Seeburg rooms?"),
        ("me", "2025-10-20 10:10", "That is exactly our headache right now. Yes, please send swatches and the report.")])
x.conv("wanted_pitch", "tailored_mutual_contact", "de", "Metallbauer auf Empfehlung ihres Schreiners",
       [("w_metal", "2025-04-10 07:30", "Grüezi Frau Amrein, Urs Arnold hat mir gesagt, dass Sie für die Bar im Chalet in Andermatt ein Regal aus geschwärztem Stahl mit Eichenböden planen und dass sein bisheriger Metallbauer pensioniert ist. Wir arbeiten oft mit ihm zusammen, er kann Ihnen das bestätigen. Gern mache ich Ihnen eine Offerte, wenn Sie mir die Pläne schicken."),
        ("me", "2025-04-10 08:15", "Grüezi Herr Imhof, ja, das hat Urs mir auch erzählt. Pläne kommen heute.")])
x.conv("wanted_pitch", "tailored_public_register", "de", "Lichtplanerin zitiert die Baupublikation des Hotels",
       [("w_light", "2025-11-03 14:00", "Guten Tag Frau Amrein, im Kantonsblatt ist das Baugesuch des Hotels Titlisblick in Engelberg publiziert, mit Studer Wey Architekten und Ihrem Büro als Projektverfassende. Für die neue Fassade und die Lobby ist dort eine Lichtreklame vermerkt, die in Engelberg nach 22 Uhr gedimmt werden muss. Ich plane seit 12 Jahren Hotelbeleuchtung mit genau diesen Auflagen und würde Ihnen gerne meine Referenzen aus Andermatt und Arosa zeigen.")])
x.conv("wanted_pitch", "tailored_tools", "en", "3D visualiser noticed her SketchUp/V-Ray workflow and lighting issue",
       [("w_render", "2025-07-15 09:00", "Hi Corinne, thanks for connecting. Your project renders on your website are clearly SketchUp + V-Ray (the default sun settings give it away, sorry!), and the evening scenes come out flat because the IES profiles are missing. I do visualisation for small interior studios working with exactly that setup and can add the real fixture photometry you specify. Two evening views for the Wengen lobby proposal would be CHF 1,400. Want a free re-render of one existing image to judge?"),
        ("me", "2025-07-15 10:30", "Ouch, but fair. Yes, re-render the Seeburg bar evening view and let's see.")])
x.conv("wanted_pitch", "tailored_recruiter_role", "en", "specialist recruiter with a candidate for her posted junior role",
       [("w_recr", "2025-02-07 11:00", "Hi Corinne, I saw your posting for a Junior Interior Architect with hospitality interest. I'm working with a candidate who did two years at a London hotel design studio, is moving back to Lucerne for family reasons and speaks Swiss German natively. Fee is 15%, only on hire. Would you like the anonymised CV?"),
        ("me", "2025-02-07 12:30", "Hi Oliver, I already work with a recruiter on this role, but if this candidate isn't in her pool I'm happy to look. Send it over and I'll check.")])
x.conv("wanted_pitch", "tailored_press_item", "de", "Architekturfotografin sah die Publikation im Magazin mit Handybildern",
       [("w_photo", "2025-12-10 11:00", "Liebe Frau Amrein, im Jahresrückblick von Wohnkultur Schweiz ist Ihr Seeburg-Projekt mit zwei Bildern drin, die leider nicht von Lena sind, sondern offensichtlich mit dem Handy bei Mischlicht fotografiert. Schade um so ein Projekt! Ich fotografiere Innenräume für Hotels und Gestalterinnen, und ich hätte im Januar noch zwei Tage frei, bevor Phase 2 beginnt. Darf ich Ihnen mein Portfolio schicken?")])
x.conv("wanted_pitch", "tailored_interview", "en", "procurement software refers to her interview about spreadsheets",
       [("w_pm", "2025-06-25 15:00", "Hi Corinne, in your interview with Alpine Interiors Quarterly you said your studio still tracks procurement for each hotel room in a 40-tab Excel file and that one missed delivery date cost you a week on the Seeburg. That's exactly what Sourcebook does: specs, POs, lead times and client approvals per room, with the Swiss VAT handled. Studios of 4-6 people pay CHF 89/month. Could I import one of your existing sheets so you can see it with your own data?")])
x.conv("wanted_pitch", "tailored_project_type", "en", "wallcovering agent offers hospitality-grade papers for her hotel corridors",
       [("w_wall", "2025-08-27 13:00", "Dear Corinne, I represent Blake & Lowther in Switzerland. I saw on your site that the Seeburg corridors use a painted finish and the director mentioned in the Luzerner Zeitung that luggage scuffs are a daily fight. Our Type II textile-backed papers look like a linen weave but survive suitcase traffic, and they're Euroclass B-s1,d0. I'd love to leave a sample book at your studio, no strings."),
        ("me", "2025-08-27 14:10", "Henry, good timing, we're planning Phase 2. Please drop the book off any weekday.")])
x.conv("wanted_pitch", "tailored_site_language", "de", "Webdesignerin bemerkt, dass ihre Website nur Deutsch ist, aber Kundschaft englisch",
       [("w_web", "2025-01-30 16:30", "Grüezi Frau Amrein, mir ist aufgefallen, dass von Ihren 27 Google-Bewertungen 12 auf Englisch sind (viele aus Meggen, Weggis, Küssnacht), Ihre Website aber nur auf Deutsch existiert und das Kontaktformular englische Adressen mit 'Ungültige PLZ' ablehnt, wenn man ein UK-Format eingibt. Ich baue zweisprachige Websites für Architektur- und Designbüros in der Zentralschweiz. Das Formular könnte ich Ihnen sogar einzeln reparieren. Soll ich Ihnen einen Vorschlag machen?")])

# ======================================================================== junk (38)
x.conv("junk", "generic_acoustic", "en", "generic acoustic panels, counterpart of the tailored acoustician",
       [("j_acoustic", "2025-04-01 10:00", "Hi Corinne, is noise a problem in your office? SoundBlock Panels reduce echo by up to 80%! Available in 30 colours, easy DIY installation. Order now and get free shipping on orders over $500!")])
x.conv("junk", "generic_furniture_wholesale", "en", "Chinese furniture exporter, generic",
       [("j_furn", "2025-02-20 03:15", "Dear Sir/Madam,\n\nGood day! This is Wang Lei from Foshan Grand Furniture. We are professional manufacturer of hotel furniture, sofa, dining chair with 20 years experience. High quality and competitive price. Catalogue attached.\n\nLooking forward to your reply.")],
       attachments={0: "https://www.linkedin.com/dms/foshan-catalogue-2025.pdf"})
x.conv("junk", "generic_rugs", "en", "generic carpet exporter, counterpart of the made-to-measure rug maker",
       [("j_rug", "2025-05-12 06:00", "Hello Corinne, we are leading exporter of handmade carpets from India. Wool, silk, viscose, all sizes available. Best prices guaranteed. Kindly share your requirement.")])
x.conv("junk", "generic_fabric", "en", "generic textile pitch, counterpart of the FR fabric supplier",
       [("j_fabric", "2025-10-28 11:00", "Hi Corinne! TextilePro Global offers 10,000+ fabrics for upholstery, curtains and more at wholesale prices. Free samples! Can I send you our latest collection?")])
x.conv("junk", "generic_lighting", "en", "generic LED pitch, counterpart of the lighting planner",
       [("j_light", "2025-11-12 08:00", "Hi Corinne, upgrade to LED and save up to 70% on energy! LuxLight offers commercial LED panels, downlights and strips direct from factory. MOQ 100 pcs. Interested in price list?")])
x.conv("junk", "generic_render_outsourcing", "en", "generic render outsourcing, counterpart of the freelance visualiser",
       [("j_render", "2025-07-22 05:40", "Dear Corinne,\n\nWe are a team of 50+ 3D artists providing photorealistic interior and exterior rendering at just $49 per image. Fast turnaround 24-48 hours. Please share your project so we can do 1 free sample.\n\nRegards\nArjun")])
x.conv("junk", "generic_photography", "de", "generischer Foto/Video-Anbieter, Gegenstück zur Architekturfotografin",
       [("j_photo", "2025-12-15 10:00", "Hallo Corinne! Professionelle Fotos und Imagevideos für Ihr Unternehmen – Business-Porträts, Produktfotos, Social-Media-Content. Jetzt Paket ab CHF 490 buchen! Wann darf ich Sie anrufen?")])
x.conv("junk", "generic_pm_software", "en", "generic project tool, counterpart of the procurement tool",
       [("j_pm", "2025-06-30 14:00", "Hi Corinne, teams using TaskFlow ship projects 2x faster. Kanban, Gantt, time tracking and 200+ integrations. Start your free trial today - no credit card required!")])
x.conv("junk", "generic_seo", "en", "generic SEO pitch, counterpart of the bilingual website designer",
       [("j_seo", "2025-02-03 04:30", "Hello,\n\nI checked your website and it is not ranking on Google first page for important keywords. We can bring your website on top with our SEO services. 100% guaranteed results at affordable price. Please reply for free audit report.")])
x.conv("junk", "generic_recruiter", "de", "generische Personalvermittlung, Gegenstück zum Fach-Recruiter",
       [("j_recr", "2025-03-17 09:00", "Grüezi Frau Amrein, suchen Sie Personal? Top Talents AG vermittelt Fachkräfte in allen Branchen – Büro, Handwerk, IT, Verkauf. Rufen Sie mich an für ein unverbindliches Gespräch!")])
x.conv("junk", "offers_what_she_sells", "en", "online decor service offers interior design to an interior designer",
       [("j_same", "2025-08-11 12:00", "Hi Corinne! Dreaming of a home that feels like you? DecorNow's online interior designers create your personalised room plan from CHF 149, with a shoppable list delivered in 7 days. Use code HELLO20 for 20% off your first room!")])
x.conv("junk", "capacity_for_clients", "de", "Auftragsplattform fragt nach Kapazität für neue Projekte",
       [("j_capacity", "2025-01-28 10:00", "Grüezi Frau Amrein, haben Sie aktuell Kapazität für neue Projekte? Auf Auftragsbörse Schweiz warten monatlich über 300 Anfragen für Innenausbau und Einrichtung. Jetzt als Partner registrieren – die ersten 3 Leads sind gratis!")])
x.conv("junk", "like_minded_connect", "de", "gleichgesinnte Unternehmer, dann bezahltes Coaching",
       [("j_like", "2025-01-21 07:00", "Hoi Corinne, schön, dass wir jetzt vernetzt sind! Ich umgebe mich gern mit Gleichgesinnten, die Grosses vorhaben. Was treibt dich an?"),
        ("j_like", "2025-01-28 07:00", "Hoi Corinne, ich hab ein 12-Wochen-Programm für Unternehmerinnen, die ihren Umsatz verdoppeln wollen. Für mein Netzwerk gibt's diese Woche 30 % Rabatt. Wollen wir kurz telefonieren?")])
x.conv("junk", "quick_call", "en", "quick 15 minutes, no substance",
       [("j_15", "2025-09-29 16:00", "Hi Corinne, I'll be brief. Do you have 15 minutes this week for a quick call? I see a real opportunity for Amrein Innenarchitektur to scale. Tuesday or Thursday?")])
x.conv("junk", "connect_then_pitch", "de", "Smalltalk über Fasnacht, Vorsorgeberatung in Nachricht 2 nach ihrer Antwort",
       [("j_ctp1", "2025-03-03 09:00", "Grüezi Corinne, danke fürs Vernetzen! Bist du auch an der Fasnacht unterwegs? Luzern ist ja diese Woche im Ausnahmezustand 😄"),
        ("me", "2025-03-03 12:00", "Haha, ja, am Güdisdienstag bin ich immer dabei. Das Studio bleibt am Schmutzigen Donnerstag zu."),
        ("j_ctp1", "2025-03-03 12:30", "Herrlich! Übrigens, gerade als Selbständige wird die 3. Säule oft vergessen. Ich mache kostenlose Vorsorgechecks für Unternehmerinnen. Darf ich dir einen Termin vorschlagen?")])
x.conv("junk", "connect_then_pitch", "en", "compliment, smart-home reseller programme in message 2 without reply",
       [("j_ctp2", "2025-07-01 09:00", "Hi Corinne! Your projects are stunning, especially the hotel work. How long have you been in business?"),
        ("j_ctp2", "2025-07-03 09:00", "Reason I'm asking: interior designers earn 15% commission reselling SmartHome Pro systems to their clients. Voice control, blinds, lighting, all in one app. Want me to send the partner deck?")])
x.conv("junk", "connect_then_pitch", "de", "Frage zum Studioalltag, KI-Schulung in Nachricht 3",
       [("j_ctp3", "2025-10-06 10:00", "Grüezi Frau Amrein, danke für die Vernetzung."),
        ("me", "2025-10-06 11:00", "Gern geschehen."),
        ("j_ctp3", "2025-10-06 11:30", "Wie viel Zeit verbringen Sie eigentlich mit Offerten und E-Mails pro Woche?"),
        ("j_ctp3", "2025-10-08 09:00", "Mit unserem KI-Workshop für KMU sparen Teams bis zu 8 Stunden pro Woche. Nächster Termin in Luzern am 12.11., CHF 890 pro Person. Soll ich Ihnen zwei Plätze reservieren?")])
x.conv("junk", "follow_up_bumps", "en", "lead-gen SDR bumps three times without reply",
       [("j_bump", "2025-04-07 10:00", "Hi Corinne, we help design studios book 10+ qualified client calls a month. Open to learning more?"),
        ("j_bump", "2025-04-14 10:00", "Hi Corinne, floating this back up. Any thoughts?"),
        ("j_bump", "2025-04-22 10:00", "Corinne, did you see my note?"),
        ("j_bump", "2025-05-06 10:00", "Should I take this off your plate? Just let me know either way.")])
x.conv("junk", "follow_up_bumps", "de", "Druckerei fasst zweimal nach, ohne Antwort",
       [("j_bump2", "2025-09-01 08:00", "Grüezi Frau Amrein, brauchen Sie Visitenkarten, Flyer oder Broschüren? 24h-Express-Service!"),
        ("j_bump2", "2025-09-08 08:00", "Ich wollte kurz nachfragen, ob meine Nachricht angekommen ist."),
        ("j_bump2", "2025-09-22 08:00", "Nur noch einmal kurz: Interesse an einem Muster-Set?")])
x.conv("junk", "template_campaign", "en", "shared template 1/5: luxury clients for interior designers",
       [("t1", "2025-06-02 09:10", "Hi Corinne, I came across Amrein Innenarchitektur and love your aesthetic! We connect high-end interior designers with luxury homeowners actively looking for a designer. Would you be open to a short chat about getting 3-5 new premium projects per quarter?")])
x.conv("junk", "template_campaign", "en", "shared template 2/5, slightly reworded",
       [("t2", "2025-06-03 14:25", "Hi Corinne - came across your studio and absolutely love your aesthetic! DesignLeads Pro connects premium interior designers with luxury homeowners who are actively searching. Open to a quick chat about landing 3-5 new high-end projects every quarter?")])
x.conv("junk", "template_campaign", "de", "gleiche Vorlage 3/5, auf Deutsch",
       [("t3", "2025-06-05 08:40", "Grüezi Frau Amrein, ich bin auf Ihr Studio gestossen und finde Ihre Ästhetik wunderbar! Wir vermitteln hochwertigen Innenarchitektinnen vermögende Privatkunden, die aktiv eine Gestalterin suchen. Hätten Sie Zeit für ein kurzes Gespräch über 3-5 neue Premium-Projekte pro Quartal?")])
x.conv("junk", "template_campaign", "en", "shared template 4/5, slightly reworded",
       [("t4", "2025-06-09 11:00", "Hey Corinne! Love your aesthetic. We help interior designers like you win 3-5 luxury projects per quarter by connecting you with homeowners ready to hire. Worth a quick chat?")])
x.conv("junk", "template_campaign", "de", "gleiche Vorlage 5/5, auf Deutsch, leicht anders",
       [("t5", "2025-06-12 10:30", "Hallo Corinne, dein Studio ist mir aufgefallen und ich liebe deine Ästhetik! Wir bringen Innenarchitektinnen mit Privatkunden im Premiumsegment zusammen. Lust auf einen kurzen Austausch über 3-5 zusätzliche Projekte pro Quartal?")])
x.conv("junk", "merge_tag_failure", "en", "unfilled {first_name} and {company} tags",
       [("m1", "2025-01-15 09:00", "Hi {first_name},\n\nAre your designers at {company} still drawing in 2D? CloudCAD brings BIM to the browser. Book a demo this week and get 3 months free!")])
x.conv("junk", "merge_tag_failure", "de", "nicht ersetzter Platzhalter {{Vorname}}",
       [("m2", "2025-03-25 10:00", "Hallo {{Vorname}}, wir digitalisieren Ihre Buchhaltung in 48 Stunden. Schluss mit Papierbergen! Jetzt kostenlose Erstberatung sichern.")])
x.conv("junk", "merge_tag_failure", "en", "wrong first name",
       [("m3", "2025-05-05 12:00", "Hi Caroline, hope this finds you well! PrintCraft offers premium business cards and brochures with free design. Can I send a sample pack?")])
x.conv("junk", "merge_tag_failure", "de", "falscher Firmenname aus anderem Versand",
       [("m4", "2025-08-18 15:00", "Grüezi Frau Amrein, als Geschäftsführerin der Amrein Treuhand AG kennen Sie das Problem: zu wenig Platz im Büro. Büroplan AG richtet Ihre Büroräume funktional und modern ein. Darf ich Sie besuchen?")])
x.conv("junk", "sponsored_inmail", "de", "Sponsored InMail einer Wohnmesse",
       [("sp1", "2025-09-15 12:00", "<p>Grüezi Corinne,</p><p>die <b>Swiss Home Fair</b> öffnet im November ihre Tore. Jetzt Aussteller werden und Frühbucherrabatt von 15&nbsp;% sichern!</p>")],
       title="Sponsored Conversation", subject="Aussteller werden - Frühbucherrabatt")
x.conv("junk", "sponsored_inmail", "en", "sponsored InMail from a CAD vendor",
       [("sp2", "2025-11-03 12:00", "<p>Hi Corinne,</p><p>Design faster with <b>CadMaster Pro 2026</b>. AI-assisted floor plans, instant renders. Start your 30-day free trial &rarr;</p>")],
       title="Sponsored Conversation", subject="Try CadMaster Pro 2026 free")
x.conv("junk", "paid_award", "en", "design award that costs an entry and winner's fee",
       [("j_award", "2025-04-23 09:00", "Dear Corinne, congratulations! Amrein Innenarchitektur has been selected as a finalist for the European Design Excellence Awards 2025 in the category 'Best Boutique Interior Studio - Switzerland'. To secure your winner's package (trophy, certificate, digital badge and feature in our winners' book) a fee of EUR 1,250 applies. Please confirm by 30 April."),
        ("me", "2025-04-23 10:00", "Which of our projects was submitted? We never entered."),
        ("j_award", "2025-04-23 10:30", "Our research team nominates outstanding studios directly! You can of course add project photos after payment.")])
x.conv("junk", "paid_podcast", "de", "Podcast-Gastauftritt gegen Produktionspauschale",
       [("j_pod", "2025-10-20 18:00", "Hoi Corinne, ich bin Host vom Erfolgsfrauen Podcast und würde dich sehr gern als Gast einladen, um deine Geschichte zu erzählen! Für Schnitt, Promotion und die Erwähnung in unserem Newsletter verrechnen wir eine Produktionspauschale von CHF 690. Hast du Lust?")])
x.conv("junk", "fluent_generic_named", "en", "polished advisory pitch naming her studio, could go to anyone",
       [("j_fluent", "2025-11-25 09:30", "Dear Corinne, I have been following Amrein Innenarchitektur's journey with great admiration. Studios at your stage often reach a point where creative excellence must be matched by operational scalability. At Meridian Growth Advisory, we partner with founder-led businesses to unlock sustainable growth while preserving what makes them unique. I would welcome the opportunity to explore how we might support your next chapter. Would you be open to a conversation in the coming weeks?")])
x.conv("junk", "off_topic_wine", "en", "wine export pitch, off-topic",
       [("j_wine", "2025-12-02 10:00", "Dear Corinne, looking for the perfect corporate gift this Christmas? Our family estate in Tuscany offers premium Chianti Classico gift boxes for companies, minimum 24 bottles, delivered to Switzerland duty paid. Shall I send the price list?")])
x.conv("junk", "off_topic_crypto", "en", "crypto pitch, off-topic",
       [("j_crypto", "2025-05-30 23:10", "Hello Corinne, smart business owners are moving 10% of their reserves into digital assets. I help entrepreneurs in Switzerland set up compliant crypto portfolios with returns of 25%+ annually. Can I share how?")])
x.conv("junk", "offshore_drafting", "en", "offshore CAD drafting pitch",
       [("j_draft", "2025-03-05 04:50", "Dear Corinne,\n\nAre you looking for CAD drafting support? We provide AutoCAD, Revit and SketchUp drafting services at USD 12/hour with dedicated drafter. NDA signed. Please let us know your requirement.\n\nBest Regards\nRohit")])
x.conv("junk", "fluent_generic_named", "de", "eloquente Strategieberatung mit Firmennamen, beliebig",
       [("j_fluent2", "2025-09-10 08:30", "Sehr geehrte Frau Amrein, die Amrein Innenarchitektur GmbH hat sich in den letzten Jahren beeindruckend entwickelt. Gerade inhabergeführte Unternehmen stehen heute vor der Aufgabe, Wachstum, Digitalisierung und Nachfolge klug zu verbinden. Horizon Strategie begleitet KMU in der Zentralschweiz mit Erfahrung und Augenmass. Gerne würde ich Ihnen in einem unverbindlichen Gespräch aufzeigen, welche Potenziale wir sehen. Darf ich Ihnen Terminvorschläge machen?")])
x.conv("junk", "mixed_language_template", "mixed", "mass pitch with German greeting and English body",
       [("t4", "2025-10-15 09:00", "Grüezi Corinne! Quick follow-up from InteriorBoost: our autumn cohort for interior designers starts next week - 5 luxury leads guaranteed or your money back. Freue mich auf Ihre Antwort!")])

PROFILE = {"First Name": "Corinne", "Last Name": "Amrein",
           "Headline": "Innenarchitektin | Inhaberin Amrein Innenarchitektur GmbH, Luzern | Hotels, Gastronomie, Privat",
           "Summary": "Wir sind ein Studio mit vier Leuten in Luzern. Wir gestalten Hotels, Restaurants und "
                      "Wohnungen mit Schreinern, Webern und Polsterern aus der Region. Wir arbeiten auf Deutsch und Englisch.",
           "Industry": "Design Services", "Zip Code": "6004",
           "Geo Location": "Luzern, Schweiz", "Websites": "amrein-innen.ch"}
POSITIONS = [
    {"Company Name": "Amrein Innenarchitektur GmbH", "Title": "Inhaberin & Innenarchitektin",
     "Description": "Konzept bis Bauleitung für Hotels, Gastronomie und Privatkundschaft.",
     "Location": "Luzern", "Started On": "Apr 2020", "Finished On": ""},
    {"Company Name": "Hänni Design Zürich", "Title": "Innenarchitektin", "Description": "",
     "Location": "Zürich", "Started On": "Aug 2009", "Finished On": "Mar 2020"},
]
SKILLS = ["Innenarchitektur", "Hospitality Design", "Lichtplanung", "SketchUp", "Materialkonzepte",
          "Projektleitung"]

if __name__ == "__main__":
    x.write(Path(__file__).resolve().parents[1] / SLUG, PROFILE, POSITIONS, SKILLS)
    print(x.summary())

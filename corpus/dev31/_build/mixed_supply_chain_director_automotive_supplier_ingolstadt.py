"""dev31 persona: Katrin Wimmer, Director Supply Chain at a tier-1 supplier near Ingolstadt.

Written blind to the detector (session 5). All message texts are written by hand here;
running this script regenerates ../mixed-supply-chain-director-automotive-supplier-ingolstadt
byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-supply-chain-director-automotive-supplier-ingolstadt"
OWNER = Person("me", "Katrin Wimmer", "https://www.linkedin.com/in/katrin-wimmer-scm",
               "Brunnhuber Fahrzeugtechnik GmbH", "Director Supply Chain Management")


def build() -> Export:
    ex = Export(SLUG, "2026", OWNER)
    person, conv = ex.person, ex.conv

    # ------------------------------------------------------------------ genuine
    person("oem_de", "Stefan Strobl", "Veltrup Automotive AG", "Einkäufer Interieur & Sitzsysteme",
           connected="2017-05-22")
    conv("genuine", "oem_quote_request", "de",
         "OEM-Einkäufer fragt Angebot für Mehrmengen und Lieferfähigkeit an",
         [("oem_de", "2025-09-16 08:12", "Servus Frau Wimmer, wir erhöhen für die Baureihe V7 die Planzahlen ab "
           "KW 2 um ca. 18 %. Können Sie für die Sitzversteller-Baugruppe (SNR 4K0-881-302) bis Freitag "
           "ein Angebot für die Mehrmenge abgeben, inkl. Aussage zur Kapazität Presswerk und eventuellem "
           "Werkzeug-Invest? Die RFQ kommt parallel übers Portal."),
          ("me", "2025-09-16 09:40", "Servus Herr Strobl, danke für die Vorwarnung. Presse 4 ist ab Januar "
           "eh im Dreischicht-Betrieb, 18 % schaffen wir ohne Zusatzwerkzeug, beim Zukaufteil Motor muss "
           "ich mit dem Lieferanten reden. Angebot kommt Donnerstag."),
          ("oem_de", "2025-09-16 09:52", "Passt, danke. Gerne auch Stufenpreis ab 120k Stück.")])

    person("oem_us", "Melissa Carter", "Norhaven Motors", "Senior Buyer, Seating", connected="2021-03-08")
    conv("genuine", "oem_quote_request", "en",
         "US OEM buyer asks for pricing on an extended run-out and last-time-buy",
         [("oem_us", "2025-10-02 15:30", "Hi Katrin, our program for the Ridgeline platform is extended by 9 "
           "months (to Q3 2027). Can you quote the seat control module for the extension period and let me "
           "know if there are any components with last-time-buy risk? Our finance team wants numbers by "
           "Oct 15."),
          ("me", "2025-10-02 17:05", "Hi Melissa, good to hear the program is doing well. Yes, we'll quote by "
           "Oct 13. One known LTB: the EEPROM on the control board, supplier EOL notice came in August. We "
           "would propose a one-time LTB of 40k pcs, cost to be shared. I'll include it in the quote."),
          ("oem_us", "2025-10-02 17:20", "Thanks, that's exactly the kind of heads-up I need. Talk soon.")])

    person("sub_de", "Markus Eberl", "Eberl Kunststofftechnik GmbH", "Vertriebsleiter", connected="2016-11-30")
    conv("genuine", "vendor_price_change", "de",
         "bestehender Unterlieferant kündigt Preiserhöhung wegen Energie und Granulat an",
         [("sub_de", "2025-11-04 10:15", "Hallo Katrin, ich muss dir leider vorab sagen, dass wir zum 1.1. eine "
           "Preisanpassung von 3,8 % auf alle Spritzgussteile anmelden. Energie und PA6-Granulat. Die "
           "offizielle Ankündigung mit Kostennachweis kommt nächste Woche an euren Einkauf. Lass uns "
           "reden, bevor das eskaliert, ich will keinen Streit."),
          ("me", "2025-11-04 11:30", "Hallo Markus, danke für die Offenheit. 3,8 % wird schwierig, der OEM "
           "gibt uns nix. Schick die Kostennachweise, dann schauen wir uns Granulat-Index und Energie "
           "getrennt an. Termin nächste Woche bei euch in Kösching?"),
          ("sub_de", "2025-11-04 11:45", "Mittwoch 10 Uhr. Ich sorg für Weißwürscht 😉")])

    person("sub_cz", "Petr Novák", "Ocelárna Brno Components s.r.o.", "Key Account Manager",
           connected="2019-04-15")
    conv("genuine", "vendor_price_change", "en",
         "Czech steel sub-supplier announces alloy surcharge adjustment",
         [("sub_cz", "2025-12-01 09:00", "Dear Katrin, as per our framework agreement, the alloy surcharge for "
           "Q1 2026 will be 212 EUR/t (Q4: 186 EUR/t) based on the published index. The detailed "
           "calculation is attached. Base prices stay unchanged. Best regards, Petr"),
          ("me", "2025-12-01 10:20", "Thanks Petr, received. Our purchasing will check against the index and "
           "confirm.")],
         attachments={0: "https://www.linkedin.com/dms/surcharge-q1-2026.pdf"})

    person("log_de", "Sabine Fuchs", "Danubia Logistik GmbH", "Key Account Automotive", connected="2018-02-06")
    conv("genuine", "vendor_price_change", "de",
         "bestehender Logistikdienstleister mit neuen Frachtraten 2026",
         [("log_de", "2025-11-20 14:00", "Grüß Gott Frau Wimmer, anbei unsere Frachtraten für 2026. Die "
           "Maut-Erhöhung schlägt leider mit +4,2 % auf den Stückgutrelationen durch, die Milkrun-Touren "
           "Ingolstadt–Neuburg bleiben stabil. Gern besprechen wir das beim Jahresgespräch."),
          ("me", "2025-11-20 15:10", "Grüß Gott Frau Fuchs, danke. Jahresgespräch gern am 9.12., dann auch "
           "zum Thema Sonderfahrten, die waren dieses Jahr zu teuer.")],
         attachments={0: "https://www.linkedin.com/dms/frachtraten-2026.xlsx"})

    person("werk", "Florian Huber", "Brunnhuber Fahrzeugtechnik GmbH", "Werkleiter Gaimersheim",
           connected="2019-01-10")
    conv("genuine", "plant_team", "de",
         "Werkleiter zum drohenden Bandstillstand wegen fehlender Zukaufteile",
         [("werk", "2025-10-21 06:12", "Katrin, Motoren von Kovalčik sind wieder ned da. Frühschicht kann "
           "noch bis ca. 11 Uhr bauen, dann steht Linie 3. Wie schaut's aus?"),
          ("me", "2025-10-21 06:25", "Bin dran. LKW steht seit gestern Abend an der Grenze, Zollpapiere. Ich "
           "hab eine Sonderfahrt mit 600 Stück aus dem Konsilager Győr angestoßen, Ankunft ca. 10:30."),
          ("werk", "2025-10-21 06:27", "Top. Sag Bescheid wenn er durch ist."),
          ("me", "2025-10-21 10:41", "Ist im Wareneingang. Linie 3 läuft weiter.")])

    person("dispo", "Lena Schmid", "Brunnhuber Fahrzeugtechnik GmbH", "Teamleiterin Disposition",
           connected="2020-09-01")
    conv("genuine", "plant_team", "de",
         "Disponentin bittet um Freigabe einer Sonderfahrt (Kosten)",
         [("dispo", "2026-01-13 16:50", "Hi Katrin, brauch deine Freigabe für eine Sonderfahrt Brno–Gaimersheim "
           "heute Nacht, 1.480 €. Grund: Abrufschwankung V7 +25 % von heute auf morgen. Ohne fehlen uns "
           "morgen 2 Schichten Blechteile."),
          ("me", "2026-01-13 17:05", "Freigegeben. Bitte Kostenstelle auf Veltrup-Abrufschwankung buchen, die "
           "holen wir uns zurück."),
          ("dispo", "2026-01-13 17:06", "Danke dir!")])

    person("hh_engaged", "Thomas Reindl", "Reindl & Partner Executive Search", "Partner Automotive",
           connected="2025-06-18", invite=("OUT", "2025-06-17 17:00", ""))
    conv("genuine", "recruiter_owner_engaged", "mixed",
         "beauftragter Headhunter schickt Shortlist für Head of Logistics, Deutsch/Englisch gemischt",
         [("hh_engaged", "2025-07-08 09:30", "Hallo Frau Wimmer, wie besprochen die Shortlist für die Position "
           "Head of Logistics: drei Kandidaten, two of them bilingual, one currently in Wolfsburg, one "
           "at a Tier-1 in Regensburg, one in Poland who'd relocate. Gehaltsband liegt bei allen im "
           "Rahmen (110–125k). Können wir Donnerstag telefonieren?"),
          ("me", "2025-07-08 10:15", "Hallo Herr Reindl, super, Donnerstag 14 Uhr. Der aus Regensburg klingt "
           "spannend, send me the full CV beforehand please."),
          ("hh_engaged", "2025-07-08 10:20", "Kommt heute noch.")])

    person("applicant", "Arjun Mehta", "", "Supply Chain Planner", connected="2025-08-04",
           invite=("IN", "2025-08-04 19:30", "Dear Ms. Wimmer, I applied for the planner role and would be glad to connect."))
    conv("genuine", "applicant", "en",
         "applicant for a supply chain planner role writes in English",
         [("applicant", "2025-08-04 19:45", "Dear Ms. Wimmer, I applied yesterday for the Supply Chain Planner "
           "position (Ref. 2025-117). I have four years of experience in material planning with SAP MM/PP at "
           "a seating supplier in Pune and I moved to Munich in 2024. I'm learning German (B1 now). I would "
           "be grateful if you could consider my application."),
          ("me", "2025-08-05 08:30", "Dear Mr. Mehta, thank you, I've forwarded your application to HR with a "
           "note. English is fine for the first interview, our OEM contacts are half English anyway. "
           "Viel Erfolg mit dem Deutschkurs!"),
          ("applicant", "2025-08-05 08:45", "Thank you very much! Danke schön!")])

    person("spam_gen", "Sven Lindström", "Stellan Cars AB", "Supplier Quality Engineer", connected="2022-10-19")
    conv("genuine", "spam_folder_oem_quality", "en",
         "OEM supplier quality engineer about an audit, landed in SPAM",
         [("spam_gen", "2025-11-10 13:20", "Hi Katrin, the 8D for the broken adjuster lever (complaint "
           "Q-25-0871) is due Friday. Could you make sure your quality team sends the D4 root-cause part "
           "before then? Otherwise I have to escalate to controlled shipping level 1, which none of us "
           "wants."),
          ("spam_gen", "2025-11-12 08:05", "Katrin? Not sure my message reached you.")],
         folder="SPAM")

    # near-duplicate thanks after the supplier day
    person("ld1", "Gabriele Stadler", "Stadler Drahtbiegetechnik", "Geschäftsführerin", connected="2020-05-11")
    person("ld2", "Tomasz Wiśniewski", "Polmet Stamping Sp. z o.o.", "Sales Director", connected="2021-07-30")
    person("ld3", "Josef Aigner", "Aigner Federn GmbH", "Vertrieb", connected="2016-03-14")
    conv("genuine", "thanks_after_supplier_day", "de",
         "Dank nach dem Lieferantentag (1/3)",
         [("ld1", "2025-06-26 17:30", "Liebe Frau Wimmer, vielen Dank für den sehr offenen Lieferantentag "
           "heute. Die Forecast-Transparenz, die Sie vorgestellt haben, hilft uns enorm bei der "
           "Drahtbestellung. Und der Leberkäs war auch hervorragend 😊")])
    conv("genuine", "thanks_after_supplier_day", "en",
         "thanks after the supplier day (2/3), English",
         [("ld2", "2025-06-26 19:05", "Dear Katrin, thank you for the excellent supplier day today. Very open "
           "presentation of the forecast and capacity plans. Looking forward to the follow-up on the "
           "rolling 12-month forecast."),
          ("me", "2025-06-27 08:00", "Thank you Tomasz, and thanks for travelling all the way from Poznań!")])
    conv("genuine", "thanks_after_supplier_day", "de",
         "Dank nach dem Lieferantentag (3/3)",
         [("ld3", "2025-06-27 07:15", "Servus Katrin, danke nochmal für gestern, war ein guter Tag. Die Sache "
           "mit dem 12-Monats-Forecast find ich super. Schickst die Folien noch rum?")])

    person("expeer", "Bernhard Lechner", "Kronwald Automotive Systems", "VP Purchasing", connected="2012-09-03")
    conv("genuine", "owner_started_second_source", "de",
         "Katrin fragt einen früheren Kollegen nach einer Zweitquelle",
         [("me", "2025-12-09 19:30", "Servus Bernhard, lang nix gehört! Kurze Frage unter alten Kollegen: Ihr "
           "habt doch auch Hall-Sensoren im Sitzbereich. Habt ihr eine Zweitquelle, die ihr empfehlen "
           "könnt? Unser Lieferant hat Allokation angekündigt."),
          ("expeer", "2025-12-10 07:45", "Servus Katrin! Ja, wir haben letztes Jahr einen Zweitlieferanten aus "
           "Dresden qualifiziert, sind zufrieden. Ich schick dir den Kontakt. Und wir sollten mal wieder "
           "auf a Bier, Volksfest hat nicht geklappt."),
          ("me", "2025-12-10 08:10", "Danke dir! Bier im Januar, versprochen.")])

    person("log_hu", "Gábor Szabó", "Pannonia Cross-Dock Kft.", "Business Development Manager",
           connected="2025-09-25", invite=("OUT", "2025-09-24 18:10", "Nice meeting you at the BVL event in Munich!"))
    conv("genuine", "owner_started_logistics_quote", "en",
         "Katrin asks a Hungarian logistics provider for a cross-dock quote",
         [("me", "2025-09-25 11:00", "Hi Gábor, thanks for connecting after the BVL event. As mentioned, we're "
           "looking for a cross-dock near Győr for our sister plant's supplies, approx. 30 pallets/day, "
           "inbound from 4 suppliers, outbound JIS to the plant. Could you send a quote?"),
          ("log_hu", "2025-09-26 09:15", "Hi Katrin, with pleasure. We'll send a quote by Tuesday. Can you "
           "share the packaging types (KLT/GLT) and the daily call-off pattern?"),
          ("me", "2025-09-26 09:40", "Sure, Lena from our dispo team will send you the data today.")])

    person("peer", "Andreas Obermaier", "Obermaier Präzisionsteile GmbH", "Geschäftsführer",
           connected="2018-06-21")
    conv("genuine", "peer_joint_offer", "de",
         "Geschäftsführer eines befreundeten Zulieferers schlägt gemeinsame Einkaufskooperation für Granulat vor",
         [("peer", "2025-10-28 17:40", "Hallo Katrin, wir zahlen beide zu viel für PA66, weil wir einzeln zu "
           "klein sind. Was meinst, wenn wir zusammen mit Stadler eine Einkaufskooperation machen und beim "
           "Compoundeur als ein Kunde auftreten? Zusammen wären wir bei ca. 900 t/Jahr. Ich hab ein "
           "Angebot vom Compoundeur, 6 % unter unserem Preis, wenn wir bündeln."),
          ("me", "2025-10-28 18:20", "Hallo Andreas, spannend. Kartellrechtlich müssen wir sauber bleiben, also "
           "keine Preisinfos untereinander außer über einen neutralen Dritten. Aber grundsätzlich ja. Ich "
           "red mit unserem Einkaufsleiter und melde mich."),
          ("peer", "2025-10-28 18:25", "Klar, unser Anwalt schaut auch drauf. Gruß!")])

    person("mentor", "Helmut Wagner", "Technische Hochschule Ingolstadt",
           "Professor für Logistik (emer.)", connected="2011-07-15")
    conv("genuine", "long_standing_mentor", "de",
         "ehemaliger Professor und Mentor, jährlicher Austausch",
         [("mentor", "2025-12-22 10:00", "Liebe Frau Wimmer, frohe Weihnachten! Ich habe gelesen, dass Sie nun "
           "Director sind. Wer hätte das gedacht, als Sie 2009 in meiner Vorlesung über Bullwhip-Effekt so "
           "kritische Fragen gestellt haben. Ich bin stolz. Herzliche Grüße, Ihr H. Wagner"),
          ("me", "2025-12-22 11:30", "Lieber Herr Professor Wagner, vielen Dank! Den Bullwhip-Effekt erlebe ich "
           "jetzt jeden Tag live 😄 Darf ich Sie im Januar auf einen Kaffee einladen?"),
          ("mentor", "2025-12-22 12:00", "Sehr gern. Rufen Sie an.")])

    person("journ", "Daniel Kerschbaum", "Zulieferer Aktuell", "Redakteur", connected="2024-05-02")
    conv("genuine", "journalist_request", "de",
         "Fachjournalist bittet um Stellungnahme zur Halbleiter-Allokation",
         [("journ", "2025-12-03 09:30", "Guten Tag Frau Wimmer, wir bereiten einen Artikel zur erneuten "
           "Halbleiter-Allokation vor und würden gern einen mittelständischen Tier-1 zu Wort kommen lassen. "
           "Hätten Sie 20 Minuten, gern auch anonymisiert?"),
          ("me", "2025-12-03 11:00", "Guten Tag Herr Kerschbaum, grundsätzlich ja, aber ich muss das mit "
           "unserer Kommunikation abstimmen. Ich melde mich bis Freitag."),
          ("journ", "2025-12-05 16:00", "Danke, freue mich auf Rückmeldung."),
          ("me", "2025-12-05 16:30", "Freigabe ist da, aber namentlich nur mit Firmennamen, nicht mit "
           "Kundennamen. Montag 10 Uhr?")])

    person("ak", "Claudia Hirsch", "Arbeitskreis Supply Chain Bayern", "Sprecherin", connected="2019-10-10")
    conv("genuine", "event_invitation_contact", "de",
         "Sprecherin des Arbeitskreises lädt zum nächsten Treffen ein",
         [("ak", "2026-01-08 10:00", "Liebe Katrin, das nächste AK-Treffen ist am 12.2. bei Kronwald in "
           "Regensburg, Thema 'Resilienz nach der Chipkrise 2.0'. Magst du den Impuls zur Frühwarnung "
           "übernehmen? 20 Minuten reichen."),
          ("me", "2026-01-08 10:30", "Gerne, Claudia! Ich bring die Excel-Ampel mit, die alle immer sehen wollen.")])

    person("customs", "Rachel Brooks", "Atlantic Customs Brokers", "Account Manager", connected="2022-04-01")
    conv("genuine", "vendor_tariff_update", "en",
         "existing customs broker informs about new US tariff rules and its own fee change",
         [("customs", "2025-08-12 14:00", "Hi Katrin, quick update: the new US tariff rules on auto parts take "
           "effect Sept 1. Your seat control modules fall under the affected HTS heading; USMCA won't apply "
           "since they ship from Germany. Also, our entry fee goes from $95 to $110 per entry from "
           "October. Happy to walk your team through the impact."),
          ("me", "2025-08-12 15:20", "Thanks Rachel, please set up a call with me and our finance lead this week.")])

    person("consult", "Ingrid Pöschl", "Pöschl Supply Chain Advisory", "Managing Partner",
           connected="2025-03-14")
    conv("genuine", "engaged_consultant", "de",
         "beauftragte Beraterin terminiert den Ergebnis-Workshop und die Schlussrechnung",
         [("consult", "2025-06-03 09:00", "Liebe Frau Wimmer, die Bestandsanalyse ist fertig. Wir würden die "
           "Ergebnisse gern am 17.6. im Workshop vorstellen. Die Schlussrechnung (Phase 2, 38.500 € wie "
           "vereinbart) kommt mit dem Abschlussbericht."),
          ("me", "2025-06-03 10:10", "Liebe Frau Pöschl, 17.6. passt, 9–12 Uhr bei uns. Bitte den Teil "
           "Sicherheitsbestände Elektronik ausführlich, das ist unser Schmerzpunkt.")])

    person("scm_vendor", "Julian Berger", "PlanWerk Software GmbH", "Customer Success Manager",
           connected="2023-02-15")
    conv("genuine", "vendor_renewal_price_change", "de",
         "Anbieter der bereits genutzten Planungssoftware kündigt neue Lizenzpreise zur Verlängerung an",
         [("scm_vendor", "2025-10-14 11:00", "Hallo Frau Wimmer, Ihr PlanWerk-Vertrag verlängert sich zum 1.2. "
           "Mit der neuen Version stellen wir auf User-basierte Lizenzen um: 25 Named User à 95 €/Monat "
           "statt bisher Pauschale 1.950 €. Für Sie wäre das leicht teurer. Wir können aber die ersten "
           "12 Monate zur alten Pauschale verlängern, wenn Sie bis Ende November unterschreiben."),
          ("me", "2025-10-14 13:30", "Hallo Herr Berger, danke für die Info. Bitte schicken Sie mir das "
           "Angebot für beide Varianten, ich brauche es für den Budgetprozess."),
          ("scm_vendor", "2025-10-14 13:45", "Kommt bis Freitag.")])

    person("startup", "Leon Fischer", "Voltride Mobility GmbH", "Head of Operations")
    conv("genuine", "inbound_lead_buyer", "en",
         "e-mobility start-up wants to buy seat adjusters for a small series",
         [("startup", "2025-11-18 16:00", "Hi Ms. Wimmer, we're a Munich start-up building electric delivery "
           "vans (small series, ~3,000 units/year from 2027). A colleague at Veltrup said you make "
           "excellent manual seat adjusters and are flexible with smaller volumes. Could we request a "
           "quote? I can share the CAD and target price."),
          ("me", "2025-11-18 17:30", "Hi Mr. Fischer, thanks for thinking of us. Small series is possible if "
           "we can use existing tooling. Please send CAD and volumes, I'll loop in our sales colleague "
           "Michael Brandl who'll take the RFQ."),
          ("startup", "2025-11-18 17:45", "Great, sending today.")])

    person("br", "Hans Kastl", "Brunnhuber Fahrzeugtechnik GmbH", "Betriebsratsvorsitzender",
           connected="2019-06-06")
    conv("genuine", "plant_team", "de",
         "Betriebsrat fragt nach Schichtplanung bei Mehrmengen",
         [("br", "2025-09-30 13:00", "Hallo Katrin, wenn die Mehrmengen für Veltrup kommen: plant ihr "
           "Samstagsschichten oder Leiharbeit? Ich muss das im Gremium rechtzeitig auf dem Tisch haben."),
          ("me", "2025-09-30 14:15", "Hallo Hans, geplant ist Dreischicht auf Presse 4 ab Januar, Samstage "
           "nur im Notfall. Ich schick dir die Kapazitätsplanung, bevor sie in die GL geht.")])

    person("friend", "Veronika Mayr", "", "", connected="2013-08-08")
    conv("genuine", "friend_small_talk", "de",
         "Freundin, Verabredung zum Bergwandern",
         [("friend", "2025-07-18 20:30", "Kathi, Samstag Brünnstein? Wetter soll passen. Abfahrt 6:30 bei mir"),
          ("me", "2025-07-18 20:45", "Oh ja, i brauch dringend Berge. Bin um halb sieben da, bring Brotzeit mit"),
          ("friend", "2025-07-18 20:46", "👍 Kaiserschmarrn auf der Hütte geht auf mich")])

    person("student", "Sophie Brandner", "", "Masterstudentin Supply Chain Management, THI")
    conv("genuine", "thesis_request", "de",
         "Masterstudentin fragt nach einer Abschlussarbeit in der Abteilung",
         [("student", "2025-05-06 12:00", "Sehr geehrte Frau Wimmer, ich studiere SCM an der THI und suche "
           "ein Thema für meine Masterarbeit ab Oktober, am liebsten zu Frühwarnsystemen für "
           "Versorgungsrisiken. Prof. Wagner hat mir Ihren Namen genannt. Gäbe es bei Brunnhuber eine "
           "Möglichkeit?"),
          ("me", "2025-05-06 15:00", "Liebe Frau Brandner, das passt sogar sehr gut, wir wollen unsere "
           "Excel-Ampel ablösen. Schicken Sie mir einen kurzen Lebenslauf, dann sprechen wir.")])

    person("sqa_uk", "Daniel Hughes", "Stellan Cars AB", "Supplier Development Manager", connected="2023-11-06")
    conv("genuine", "oem_audit_scheduling", "en",
         "OEM supplier development manager schedules a capacity audit",
         [("sqa_uk", "2026-01-20 10:00", "Hello Katrin, for the volume uplift on the EX40 programme we need to "
           "run a run-at-rate at your Gaimersheim plant. Would 24 or 25 February work? Two of us will come."),
          ("me", "2026-01-20 11:00", "Hi Daniel, 25 February works. We'll prepare line 3 and the "
           "sub-supplier capacity confirmations. I'll send a hotel recommendation, Ingolstadt is busy that "
           "week."),
          ("sqa_uk", "2026-01-20 11:10", "Much appreciated.")])

    person("sub_pl", "Agnieszka Kowalska", "Polmet Stamping Sp. z o.o.", "Customer Service",
           connected="2022-02-17")
    conv("genuine", "sub_supplier_forecast", "en",
         "Polish sub-supplier asks for an updated forecast and confirms capacity",
         [("sub_pl", "2025-12-15 08:30", "Dear Ms. Wimmer, could you please send the updated 12-month forecast "
           "for bracket 77-112? Our steel ordering for Q2 closes on Dec 20. Thank you!"),
          ("me", "2025-12-15 09:10", "Hello Ms. Kowalska, Lena will send it today. Volume goes up ~15% from "
           "February."),
          ("sub_pl", "2025-12-15 09:20", "Noted, we can cover that. Thank you.")])

    person("rail", "Wolfgang Stangl", "Isar-Donau Rail Cargo", "Vertrieb", connected="2021-11-11")
    conv("genuine", "logistics_claim", "de",
         "Bahnlogistiker zu einem Transportschaden und Schadensregulierung",
         [("me", "2025-08-28 09:00", "Servus Herr Stangl, beim Wagen aus Brno waren gestern 6 GLT mit "
           "Stahlteilen verrutscht, 2 Gitterboxen beschädigt, Teile verbogen. Fotos und Schadensprotokoll "
           "schick ich per Mail. Wie läuft die Regulierung bei euch?"),
          ("rail", "2025-08-28 11:30", "Servus Frau Wimmer, ärgerlich, tut mir leid. Bitte Protokoll an "
           "schaden@ schicken, wir melden es heute der Versicherung. Ich komm nächste Woche vorbei und wir "
           "schauen uns die Ladungssicherung gemeinsam an.")])

    person("exemp", "Maria Gruber", "Kronwald Automotive Systems", "Material Planner", connected="2017-02-01")
    conv("genuine", "former_colleague_congrats", "de",
         "ehemalige Mitarbeiterin gratuliert zur Beförderung",
         [("exemp", "2025-04-02 07:50", "Katrin!!! Director! Herzlichen Glückwunsch, du hast es so verdient. "
           "Ich erzähl heut noch jedem, wie du 2021 die Chipkrise gemanagt hast."),
          ("me", "2025-04-02 08:30", "Danke Maria! Ohne euch damals hätte ich das nie geschafft. Grüß mir "
           "das alte Team!")])

    person("tf1", "Markus Forster", "Brunnhuber Fahrzeugtechnik GmbH", "Leiter Einkauf Elektronik",
           connected="2019-01-15")
    person("tf2", "Nina Kaufmann", "Brunnhuber Fahrzeugtechnik GmbH", "Qualitätsmanagement",
           connected="2020-04-20")
    conv("genuine", "internal_task_force", "mixed",
         "interne Task-Force Halbleiter als Gruppen-Chat, Deutsch mit englischen Fachbegriffen",
         [("me", "2025-12-11 07:30", "Morgen zusammen, Status Hall-Sensoren: Lieferant bestätigt nur 70 % "
           "Allokation für Q1. Second source aus Dresden ist angefragt, Samples KW 3. Bitte heute bis 12 "
           "die Coverage-Liste aktualisieren."),
          ("tf1", "2025-12-11 08:05", "Coverage bis KW 6 ok, danach wird's eng. Ich eskaliere beim Distri, "
           "vielleicht geht noch was über den broker market, aber nur mit full traceability."),
          ("tf2", "2025-12-11 08:20", "Für die Zweitquelle brauchen wir PPAP Level 3, plant 6 Wochen ein."),
          ("me", "2025-12-11 08:30", "Passt. Ich informier Veltrup und Stellan proaktiv.")],
         title="Task Force Halbleiter Q1")

    person("mx", "Alejandro Ruiz", "Inyectados del Bajío S.A. de C.V.", "Plant Manager", connected="2024-10-09")
    conv("genuine", "sub_supplier_mexico", "en",
         "Mexican sub-supplier for the new Querétaro plant confirms samples",
         [("mx", "2025-11-05 18:00", "Hi Katrin, the first-off-tool samples for the trim clips are ready. We "
           "ship 50 pcs by DHL tomorrow to Gaimersheim and 50 pcs to your team in Querétaro. Dimensional "
           "report attached."),
          ("me", "2025-11-05 19:10", "Muchas gracias Alejandro! Our quality team will check by next "
           "Wednesday.")],
         attachments={0: "https://www.linkedin.com/dms/fot-dimensional-report.pdf"})

    person("hh_career", "Caroline Ashworth", "Ashworth Leadership Search", "Partner, Automotive Practice",
           connected="2025-09-02")
    conv("genuine", "recruiter_owner_engaged", "en",
         "headhunter for a VP role; Katrin engages and arranges a call",
         [("hh_career", "2025-09-02 09:00", "Dear Katrin, I'm retained on a VP Global Supply Chain search for a "
           "European tier-1 (EUR 2.5bn revenue, seating and interiors). Your combination of OEM-facing work "
           "and the 2021 crisis management you spoke about at the BVL congress stands out. Would you be "
           "open to a confidential conversation?"),
          ("me", "2025-09-03 20:15", "Dear Caroline, thank you. I'm happy where I am, but a confidential "
           "conversation can't hurt. Next week Tuesday evening?"),
          ("hh_career", "2025-09-04 08:00", "Tuesday 6 pm CET works. I'll send a Teams invite.")])

    person("sk", "Martin Horváth", "Brunnhuber Slovakia s.r.o.", "Logistics Manager", connected="2020-12-01")
    conv("genuine", "sister_plant", "en",
         "colleague at the Slovak sister plant about shared packaging",
         [("sk", "2025-10-09 13:00", "Hi Katrin, we're short 400 KLT 4147 again. Could Gaimersheim lend us "
           "some until the new batch arrives in November? I'll cover the transport."),
          ("me", "2025-10-09 14:00", "Hi Martin, we can send 250, more would hurt us. Truck on Monday?"),
          ("sk", "2025-10-09 14:05", "250 is great, thank you!")])

    person("oem_log", "Tyler Brooks", "Norhaven Motors", "Inbound Logistics Lead, Chattanooga Plant",
           connected="2022-08-24")
    conv("genuine", "oem_premium_freight_dispute", "en",
         "US OEM plant logistics lead discusses who pays an air freight; cost split agreed",
         [("oem_log", "2025-08-20 14:40", "Hi Katrin, about last week's air shipment of 1,200 control modules: "
           "our finance flagged the $18,400 charge-back. From our side the shortage came from your late "
           "ASN, but I know our schedule jumped too. Can we talk before this goes to the commercial teams?"),
          ("me", "2025-08-20 16:05", "Hi Tyler, thanks for reaching out first. Our data shows your release "
           "went up 40% inside the frozen zone, but the ASN was indeed a day late. Would you accept a "
           "50/50 split? I'll send the call-off history so your finance can see it."),
          ("oem_log", "2025-08-21 09:10", "50/50 works for me, send the data and I'll close it internally."),
          ("me", "2025-08-21 09:30", "Sent. Thanks for being reasonable, much appreciated.")])

    # ------------------------------------------------------------------ wanted pitches
    person("w_tower", "Elif Aksoy", "Signalkette GmbH", "Co-Founder")
    conv("wanted_pitch", "scm_software_post_tools", "de",
         "Software-Gründerin bezieht sich auf Katrins Post über die Excel-Ampel mit SAP-Export",
         [("w_tower", "2025-12-17 10:00", "Hallo Frau Wimmer, Ihr Post über die Teilemangel-Ampel hat mich "
           "beschäftigt: täglicher SAP-Export, drei Excel-Makros und eine Ampel, die nur Sie und eine "
           "Kollegin wirklich verstehen. So ähnlich haben wir bei einem Sitzhersteller in der Oberpfalz "
           "angefangen. Unser Tool liest die gleichen SAP-Tabellen (MD04-Sicht, Lieferavis, Abrufe) und "
           "baut daraus die Ampel automatisch, Ihre Logik bleibt erhalten. Wenn Sie mögen, zeige ich es "
           "Ihnen an einem anonymisierten Export von Ihnen. Ganz ohne Verkaufsdruck."),
          ("me", "2025-12-17 12:30", "Hallo Frau Aksoy, ehrlich gesagt genau mein Thema. Januar, zweite "
           "Woche? Meine Masterstudentin würde gern dabei sein.")])

    person("w_vis", "Owen Fairclough", "Trackline Visibility", "Solutions Engineer")
    conv("wanted_pitch", "freight_visibility_after_talk", "en",
         "visibility start-up refers to her BVL talk and the Brno border delays",
         [("w_vis", "2025-10-30 15:00", "Hi Katrin, I attended your talk at the BVL congress in Berlin. You "
           "said you learn about trucks stuck at the Czech border when the line stops, not before. We do "
           "real-time ETA for road freight using the carriers' telematics, no app for drivers needed, and "
           "we already have Danubia Logistik connected on our platform (they're your carrier on the Brno "
           "lane, if I understood correctly). A pilot on that single lane would take about two weeks. "
           "Interested?"),
          ("me", "2025-10-30 16:10", "Hi Oliver, you did listen :) A single-lane pilot sounds reasonable. "
           "Please send the scope and cost.")])

    person("w_klt", "Rainer Scholz", "Mehrweg Systeme Süd GmbH", "Vertrieb Automotive")
    conv("wanted_pitch", "packaging_specific_problem", "de",
         "Ladungsträger-Anbieter nennt die konkrete KLT-Knappheit zwischen den Werken",
         [("w_klt", "2025-10-16 09:30", "Guten Tag Frau Wimmer, Herr Horváth aus Ihrem Werk in der Slowakei "
           "hat bei uns KLT 4147 angefragt und erwähnt, dass Gaimersheim ihm aushelfen musste. Wir vermieten "
           "KLT im Pool mit Reinigung und Tracking, Mindestlaufzeit 6 Monate, und hätten 2.000 Stück 4147 "
           "sofort verfügbar. Damit wären beide Werke entspannt, ohne dass Sie Ladungsträger kaufen. Soll ich "
           "Ihnen ein Angebot für beide Standorte machen?")])

    person("w_mx", "Laura Jiménez", "Frontera Trade Advisors", "Customs & Trade Compliance Partner")
    conv("wanted_pitch", "customs_press_item", "en",
         "trade advisor read the press release about the Querétaro plant and names IMMEX",
         [("w_mx", "2025-07-22 11:00", "Dear Ms. Wimmer, I read Brunnhuber's press release about the new plant "
           "in Querétaro starting production in 2026. German suppliers entering Mexico often underestimate "
           "the IMMEX programme setup and the annex 24 inventory control, which must be in place before "
           "the first temporary import. We've set up IMMEX for four European automotive suppliers in El "
           "Bajío. If the registration is not yet filed, I'd be glad to share a timeline of what needs to "
           "happen by when.")])

    person("w_rec", "Simone Rauch", "Rauch Interim & Recruiting", "Beraterin Supply Chain")
    conv("wanted_pitch", "recruiter_relevant_role", "de",
         "Recruiterin bezieht sich auf die offene Stelle Head of Logistics und bietet Interimslösung",
         [("w_rec", "2025-06-24 08:30", "Guten Tag Frau Wimmer, Ihre Stelle 'Head of Logistics' ist seit "
           "März ausgeschrieben. Falls die Besetzung noch dauert: Ich hätte einen Interim Manager, der bis "
           "Mai die Werkslogistik eines Sitzherstellers in Landshut geleitet hat, Schwerpunkt JIS und "
           "Leergutmanagement, ab sofort verfügbar, Tagessatz 1.150 €. Vielleicht eine Brücke bis zur "
           "Festbesetzung?")])

    person("w_granulat", "Thomas Baumann", "Donau Compounds GmbH", "Key Account Manager")
    conv("wanted_pitch", "granulate_mutual_contact", "de",
         "Compoundeur kommt auf Empfehlung von Herrn Strobl mit konkreter Materialspezifikation",
         [("w_granulat", "2025-11-25 13:00", "Sehr geehrte Frau Wimmer, Herr Strobl von Veltrup hat mir "
           "erzählt, dass Sie für den Hebel des Sitzverstellers eine Zweitquelle für PA66 GF30 "
           "wärmestabilisiert suchen und dass die Freigabe bei Veltrup über die hauseigene Werkstoffnorm "
           "läuft. Unser Typ ist bei Veltrup bereits für zwei andere Teile freigegeben. Das würde die "
           "Bemusterung deutlich verkürzen. Darf ich Ihnen das Datenblatt und die Freigabenummern schicken?"),
          ("me", "2025-11-25 15:00", "Sehr geehrter Herr Baumann, ja bitte, das ist tatsächlich relevant. "
           "Bitte in Kopie an Herrn Forster aus dem Einkauf.")])

    person("w_distress", "Michael Sauer", "Sauer Restrukturierung", "Partner")
    conv("wanted_pitch", "distressed_supplier_public_register", "de",
         "Berater hat die Insolvenzbekanntmachung eines ihrer Unterlieferanten gesehen",
         [("w_distress", "2025-08-19 08:00", "Guten Morgen Frau Wimmer, laut Insolvenzbekanntmachung von "
           "gestern hat die Kessler Druckguss GmbH in Eichstätt einen Insolvenzantrag in Eigenverwaltung "
           "gestellt. Soweit ich weiß, liefern die Ihnen die Gehäuse für das Steuergerät. In solchen Fällen "
           "unterstützen wir Kunden bei der Absicherung der Versorgung: Werkzeugherausgabe, "
           "Vorratsproduktion, Verhandlung mit dem Sachwalter. Falls Sie Unterstützung brauchen, bin ich "
           "heute und morgen erreichbar."),
          ("me", "2025-08-19 08:40", "Guten Morgen Herr Sauer, das wussten wir seit gestern Abend auch. Ja, "
           "bitte rufen Sie mich um 10 an.")])

    person("w_edi", "Kerstin Lutz", "EDIbridge GmbH", "Solution Consultant")
    conv("wanted_pitch", "edi_tools_setup", "de",
         "EDI-Anbieter nennt ihr konkretes Migrationsproblem (VDA 4905 zu Global DELFOR)",
         [("w_edi", "2026-01-27 10:30", "Hallo Frau Wimmer, im Arbeitskreis Supply Chain Bayern haben Sie "
           "erwähnt, dass Veltrup bis Jahresende von VDA 4905 auf das globale DELFOR-Format umstellt und "
           "Ihr bisheriger WebEDI-Anbieter das nur als teures Projekt anbietet. Wir haben die Umstellung "
           "genau bei Veltrup schon für fünf Zulieferer gemacht, das Mapping existiert also. Festpreis "
           "statt Projekt. Soll ich Ihnen ein Angebot schicken?")])

    person("w_rail", "Zsófia Kiss", "Danube Rail Shuttle", "Commercial Manager")
    conv("wanted_pitch", "rail_lane_specific", "en",
         "rail operator offers a new shuttle on exactly her Gaimersheim–Győr lane",
         [("w_rail", "2025-11-12 09:00", "Dear Katrin, Gábor Szabó from Pannonia Cross-Dock mentioned you're "
           "setting up a cross-dock near Győr for your sister plant. From March we run a new intermodal "
           "shuttle Ingolstadt–Győr three times a week, 26 hours door to door, with trailer slots that fit "
           "your volume (he mentioned ~30 pallets/day). It's usually 15-20% cheaper than road on that "
           "distance and helps your CO2 reporting. Happy to send a proposal.")])

    person("w_train", "Bettina Moser", "Moser SCM Academy", "Trainerin CPIM/CSCP")
    conv("wanted_pitch", "training_site_visited", "de",
         "Trainerin sah die Karriereseite mit den Trainee-Stellen und bietet Inhouse-Schulung",
         [("w_train", "2025-09-09 14:00", "Hallo Frau Wimmer, auf Ihrer Karriereseite suchen Sie gerade drei "
           "Supply-Chain-Trainees und erwähnen ein 'strukturiertes Ausbildungsprogramm'. Ich biete "
           "Inhouse-Vorbereitung auf die CPIM-Zertifizierung an, auf Deutsch, mit Beispielen aus der "
           "Zulieferindustrie, in Modulen, die neben dem Tagesgeschäft machbar sind. Vielleicht ein Baustein "
           "für Ihr Programm?")])

    person("w_chip", "Kevin O'Neill", "Certis Components", "Account Manager, Authorized Distribution")
    conv("wanted_pitch", "chip_specific_part", "en",
         "authorised distributor refers to her post on the Hall sensor allocation with exact part family",
         [("w_chip", "2025-12-12 16:00", "Hi Katrin, in your post about the Q1 allocation you mentioned the "
           "Hall sensor in your seat position module and that you only accept full traceability. We are an "
           "authorised distributor (not a broker) for the Dresden manufacturer you're qualifying as second "
           "source, and we have allocation for 60k pcs of the AEC-Q100 variant in Q1 with CoC directly from "
           "the fab. Would it help if I sent the lead times and pricing?"),
          ("me", "2025-12-12 17:00", "Hi Kevin, yes, please send it to me and Markus Forster.")])

    person("w_pcf", "Anna Leitner", "CarbonLink Consulting", "Senior Consultant")
    conv("wanted_pitch", "pcf_specific_requirement", "de",
         "Beraterin nennt die konkrete PCF-Anforderung von Veltrup mit Frist",
         [("w_pcf", "2026-02-03 09:00", "Guten Tag Frau Wimmer, Veltrup verlangt laut dem neuen "
           "Lieferantenhandbuch ab 1.7. für alle neuen Angebote einen Product Carbon Footprint über das "
           "Datenraum-Netzwerk, und Ihr Angebot für die V7-Mehrmengen wäre wohl schon betroffen. Wir haben "
           "das für zwei Zulieferer im Raum Ingolstadt umgesetzt, inklusive Anbindung. Wenn es bei Ihnen "
           "noch offen ist, skizziere ich gern den Aufwand.")])

    # ------------------------------------------------------------------ junk
    person("t1", "Jake Donovan", "SupplyScale Partners", "Growth Consultant")
    conv("junk", "template_cost_savings", "en",
         "template 1/5: '15% procurement savings guaranteed'",
         [("t1", "2025-05-13 07:02", "Hi Katrin, I noticed you're leading supply chain at Brunnhuber "
           "Fahrzeugtechnik. We help automotive suppliers cut procurement costs by 15% in 90 days, "
           "guaranteed, or you don't pay. Do you have 15 minutes this week to explore?")])
    person("t2", "Priya Sharma", "ProcureMax Solutions", "Business Development Manager")
    conv("junk", "template_cost_savings", "en",
         "template 2/5: same script, other sender",
         [("t2", "2025-07-01 06:45", "Hi Katrin, I noticed you lead the supply chain function at Brunnhuber. We "
           "help manufacturers reduce procurement spend by 12-18% within 90 days - guaranteed, or no fee. "
           "Would you have 15 minutes this week?")])
    person("t3", "Ben Walsh", "CostCutters Global", "Partner")
    conv("junk", "template_cost_savings", "en",
         "template 3/5: same script plus bump",
         [("t3", "2025-08-26 08:10", "Hi Katrin, noticed you're heading supply chain at Brunnhuber "
           "Fahrzeugtechnik. We help tier-1 suppliers cut procurement costs 15% in 90 days, guaranteed or "
           "you don't pay. 15 minutes this week?"),
          ("t3", "2025-09-02 08:11", "Hi Katrin, just wanted to float this to the top of your inbox.")])
    person("t4", "Dominik Feld", "Einkaufshebel GmbH", "Senior Berater")
    conv("junk", "template_cost_savings", "de",
         "Vorlage 4/5: gleiche Vorlage auf Deutsch (andere Sprache)",
         [("t4", "2025-10-07 07:30", "Hallo Frau Wimmer, ich habe gesehen, dass Sie die Supply Chain bei "
           "Brunnhuber Fahrzeugtechnik verantworten. Wir helfen Automobilzulieferern, ihre Einkaufskosten "
           "in 90 Tagen um 15 % zu senken, garantiert, sonst zahlen Sie nichts. Hätten Sie diese Woche 15 "
           "Minuten?")])
    person("t5", "Chris Patel", "LeanSource Advisory", "Director")
    conv("junk", "template_cost_savings", "en",
         "template 5/5: shortened variant",
         [("t5", "2026-01-14 06:55", "Katrin - saw you run supply chain at Brunnhuber. We cut procurement "
           "costs 15% in 90 days for auto suppliers, guaranteed. 15 min this week?")])

    person("m1", "Lukas Weber", "Datenfluss Marketing", "Account Manager")
    conv("junk", "merge_tag_failure", "de",
         "Platzhalter {{Vorname}} und {{Firma}} nicht ersetzt",
         [("m1", "2025-06-17 10:00", "Hallo {{Vorname}}, als Entscheider bei {{Firma}} kennen Sie das Problem: "
           "zu wenig qualifizierte Leads. Wir ändern das. Darf ich Ihnen unsere Case Study schicken?")])
    person("m2", "Heather Collins", "OfficeWell Furniture", "Corporate Sales")
    conv("junk", "merge_tag_failure", "en",
         "wrong name and [Company] placeholder",
         [("m2", "2025-09-23 14:30", "Hi Michael, as [Company] grows its team, ergonomic office furniture "
           "becomes a must. Our sit-stand desks are 30% off for corporate orders this month. Can I send a "
           "catalogue?")])
    person("m3", "Felix Zander", "Kühlwerk Getränkeservice", "Vertrieb")
    conv("junk", "merge_tag_failure", "de",
         "falsche Firma (Brunnhuber Brauerei) im Getränkeautomaten-Pitch",
         [("m3", "2025-11-26 09:15", "Guten Tag Frau Wimmer, als Supply-Chain-Verantwortliche der Brunnhuber "
           "Brauerei wissen Sie, wie wichtig gute Getränkeversorgung für Ihr Team ist. Unsere Wasserspender "
           "mit Sprudelfunktion gibt es jetzt ab 29 € im Monat.")])
    person("m4", "Ashley Rivera", "Nexon SaaS", "SDR")
    conv("junk", "merge_tag_failure", "en",
         "{first_name} placeholder in a SaaS pitch",
         [("m4", "2026-02-10 11:00", "Hey {first_name}! Quick one: how is {company_name} currently handling "
           "expense reports? Nexon automates them end to end. Worth a 10-min look?")])

    person("s1", "Westbridge Business School", "", "",
           url="https://www.linkedin.com/company/westbridge-business-school")
    conv("junk", "sponsored_inmail", "en",
         "Sponsored InMail for an executive programme",
         [("s1", "2025-05-28 12:00", "<p>Hi Katrin,</p><p>Lead global supply chains with confidence. Join the "
           "<b>Executive Certificate in Supply Chain Strategy</b> – 8 weeks online.</p><p><a href=\"#\">"
           "Apply now</a></p>")],
         title="Sponsored Conversation", subject="Katrin, advance your supply chain career")
    person("s2", "Bayerische Mittelstandsbank", "", "",
           url="https://www.linkedin.com/company/bayerische-mittelstandsbank")
    conv("junk", "sponsored_inmail", "de",
         "Sponsored InMail für Geschäftskonto",
         [("s2", "2025-10-15 12:00", "<p>Hallo Katrin,</p><p>Das Geschäftskonto, das mitwächst: 0 € "
           "Kontoführung im ersten Jahr &amp; 150 € Startbonus.</p>")],
         title="Sponsored Conversation", subject="Ihr neues Geschäftskonto")

    person("a1", "Olivia Grant", "Global Supply Chain Excellence Awards", "Awards Director")
    conv("junk", "paid_award", "en",
         "'award' requiring an entry and gala package fee",
         [("a1", "2025-09-10 10:00", "Dear Katrin, congratulations! You have been shortlisted as 'Supply Chain "
           "Leader of the Year – DACH 2025'. To confirm your shortlisting, please complete the entry and "
           "gala package (EUR 1,950, including two seats at the gala dinner in London) by Sept 30.")])
    person("a2", "Jonas Reiter", "Automobil-Profile Magazin", "Redaktion Sonderpublikationen")
    conv("junk", "paid_feature", "de",
         "redaktionelles Porträt gegen 'Produktionskostenbeitrag'",
         [("a2", "2025-11-04 13:00", "Sehr geehrte Frau Wimmer, wir planen eine Sonderausgabe 'Top-Zulieferer "
           "Bayern' und möchten Brunnhuber mit einem zweiseitigen Porträt vorstellen. Der "
           "Produktionskostenbeitrag liegt bei 2.400 € netto. Darf ich Ihnen die Unterlagen schicken?"),
          ("a2", "2025-11-18 13:00", "Sehr geehrte Frau Wimmer, darf ich nochmal nachhaken? Es sind nur noch "
           "drei Plätze frei.")])
    person("a3", "Ryan Cooper", "Supply Chain Titans Podcast", "Booking Manager")
    conv("junk", "paid_podcast_slot", "en",
         "podcast guest slot with a 'sponsorship contribution'",
         [("a3", "2025-12-02 17:00", "Hey Katrin! We'd love to have you on Supply Chain Titans (top 1% "
           "globally). Featured guests contribute a sponsorship of $850 which covers editing, promotion and "
           "a LinkedIn carousel. Should I send the booking link?")])

    person("x1", "Zhang Wei", "Ningbo Auto Seat Parts Co., Ltd.", "Export Manager")
    conv("junk", "offers_what_she_sells", "en",
         "Chinese manufacturer offers the exact seat adjusters her company makes",
         [("x1", "2025-06-05 02:30", "Dear Purchasing Manager, we are professional manufacturer of seat "
           "adjusters, seat recliners and seat control modules for automotive OEMs. IATF 16949 certified, "
           "30% cheaper than European suppliers. Can we send you our catalogue and price list?")])
    person("x2", "Marcel Brenner", "OEM-Connect Leads", "Vertriebsleiter")
    conv("junk", "capacity_for_new_clients", "de",
         "'Haben Sie Kapazität für neue Kunden?' mit OEM-Lead-Paket",
         [("x2", "2025-07-22 08:00", "Hallo Frau Wimmer, kurze Frage: Haben Sie aktuell freie Kapazitäten für "
           "neue Kunden? Wir bringen Zulieferer mit Einkäufern von OEMs zusammen. Für 1.500 € im Monat "
           "erhalten Sie 5 qualifizierte Gesprächstermine.")])
    person("x3", "Brandon Steele", "", "Founder | Investor | Keynote Speaker")
    conv("junk", "like_minded_entrepreneurs", "en",
         "'connect with like-minded leaders' followed by a mastermind pitch",
         [("x3", "2025-08-11 19:00", "Hi Katrin, always great to connect with like-minded leaders who drive "
           "change! I host an exclusive mastermind for senior executives. Would love to learn about your "
           "journey and explore synergies."),
          ("x3", "2025-08-18 19:02", "Katrin, the autumn cohort closes Friday. Shall I reserve a seat for you?")])
    person("x4", "Florian Neubauer", "Neubauer Consulting Group", "Partner")
    conv("junk", "quick_15_minute_call", "de",
         "'kurzer 15-Minuten-Call' ohne Inhalt",
         [("x4", "2025-09-16 07:20", "Hallo Frau Wimmer, hätten Sie nächste Woche 15 Minuten für einen kurzen "
           "Call? Ich würde gern Ihre aktuellen Prioritäten verstehen und ein paar Impulse teilen, die "
           "anderen Zulieferern geholfen haben.")])

    person("c1", "Daniela Wirth", "Mindshift Leadership Coaching", "Executive Coach",
           connected="2025-04-08", invite=("IN", "2025-04-07 21:10", "Liebe Katrin, ich würde mich sehr gerne vernetzen!"))
    conv("junk", "connect_then_pitch", "de",
         "vernetzt sich, gratuliert zur Beförderung, Katrin antwortet, dann Coaching-Pitch",
         [("c1", "2025-04-08 08:30", "Danke fürs Annehmen, Katrin! Und Glückwunsch zur neuen Rolle als "
           "Director! Wie fühlen sich die ersten Tage an?"),
          ("me", "2025-04-08 12:00", "Danke! Viel los, aber spannend."),
          ("c1", "2025-04-09 09:00", "Das glaub ich! Gerade die ersten 100 Tage entscheiden über den Erfolg in "
           "einer neuen Führungsrolle. Ich begleite Frauen in Führung mit meinem 'First 100 Days' "
           "Programm, 6 Sessions. Hast du Lust auf ein kostenloses Kennenlerngespräch?")])
    person("c2", "Mike Henderson", "FreightNow Brokerage", "Senior Account Executive",
           connected="2025-07-14", invite=("IN", "2025-07-13 22:40", ""))
    conv("junk", "connect_then_pitch", "en",
         "connects, small talk about the heat wave, spot-freight pitch in message 2",
         [("c2", "2025-07-14 07:55", "Thanks for connecting Katrin! Hope you're "
           "surviving the heat wave over there in Bavaria."),
          ("c2", "2025-07-16 08:00", "By the way, we're a digital freight brokerage with capacity across "
           "Europe and the US. Spot quotes in under 10 minutes. Can I send you our rate card?")])
    person("c3", "Sebastian Roth", "Roth Vermögensmanagement", "Vermögensberater",
           connected="2025-11-03", invite=("IN", "2025-11-02 18:00", "Hallo Frau Wimmer, gerne vernetzen!"))
    conv("junk", "connect_then_pitch", "de",
         "vernetzt sich, Smalltalk Bergwandern, Katrin antwortet, Pitch in Nachricht 3",
         [("c3", "2025-11-03 09:00", "Hallo Frau Wimmer, danke fürs Vernetzen! Ich sehe, Sie sind auch "
           "Bergsteigerin, welche Tour war dieses Jahr Ihr Highlight?"),
          ("me", "2025-11-03 20:00", "Hallo Herr Roth, der Brünnstein bei Traumwetter im Juli 🙂"),
          ("c3", "2025-11-04 08:30", "Herrlich! Apropos Gipfel: Viele Führungskräfte auf Ihrem Level "
           "verschenken steuerlich Potenzial bei Boni und Altersvorsorge. Darf ich Ihnen einen "
           "unverbindlichen Vermögens-Check anbieten?")])

    person("b1", "Nathan Price", "SecureOps Cyber", "Account Executive")
    conv("junk", "follow_up_bumps", "en",
         "three bumps, no reply (OT security)",
         [("b1", "2025-06-10 09:00", "Hi Katrin, manufacturing plants are the #1 target of ransomware in 2025. "
           "We offer OT security assessments for automotive suppliers. Can I share details?"),
          ("b1", "2025-06-17 09:00", "Hi Katrin, following up on my note below. Any interest?"),
          ("b1", "2025-06-24 09:00", "Hi Katrin, I'll assume this isn't a priority. Should I close the loop?")])
    person("b2", "Carina Vogel", "Zeitarbeit Direkt Bayern", "Disponentin")
    conv("junk", "follow_up_bumps", "de",
         "Nachfassen ohne Antwort (Zeitarbeit)",
         [("b2", "2025-12-01 08:00", "Guten Tag Frau Wimmer, brauchen Sie kurzfristig Staplerfahrer oder "
           "Produktionshelfer? Wir liefern innerhalb von 24 Stunden."),
          ("b2", "2025-12-08 08:00", "Guten Tag Frau Wimmer, ich wollte nochmal nachfragen 🙂"),
          ("b2", "2025-12-15 08:00", "Letzte Nachricht von mir: Gerade vor Weihnachten haben wir noch "
           "Kapazität. Melden Sie sich gern!")])

    person("f1", "Victoria Ashby", "Meridian Transformation Partners", "Principal")
    conv("junk", "fluent_names_company_generic", "en",
         "fluent pitch naming her company, could be sent to any manufacturer",
         [("f1", "2025-10-21 11:00", "Dear Katrin, Brunnhuber Fahrzeugtechnik has clearly earned its place as "
           "a trusted partner in a demanding industry. As the automotive landscape shifts, companies like "
           "Brunnhuber face a unique moment: the need to balance resilience, cost and sustainability at "
           "once. At Meridian we partner with leadership teams to turn that complexity into competitive "
           "advantage. Would you be open to a conversation about Brunnhuber's transformation journey?")])

    person("k1", "Tobias Lenz", "ChainPilot AI", "Account Executive")
    conv("junk", "generic_scm_software_counterpart", "de",
         "generisches KI-Supply-Chain-Tool (Gegenstück zum zugeschnittenen Software-Pitch)",
         [("k1", "2025-11-11 10:00", "Hallo Frau Wimmer, mit ChainPilot AI erhalten Sie End-to-End-Transparenz "
           "über Ihre gesamte Lieferkette, KI-basiert, in Echtzeit. Über 500 Unternehmen vertrauen uns. "
           "Darf ich Ihnen eine Demo zeigen?")])
    person("k2", "Sandra Ott", "EDI-Komplett", "Vertrieb")
    conv("junk", "generic_edi_counterpart", "de",
         "generischer EDI-Anbieter (Gegenstück zum konkreten Migrations-Pitch)",
         [("k2", "2025-08-05 09:30", "Guten Tag, EDI muss nicht kompliziert sein! Mit EDI-Komplett tauschen Sie "
           "Bestellungen und Rechnungen mit allen Partnern aus. Jetzt 30 Tage kostenlos testen.")])
    person("k3", "Global Pack Team", "Global Pack Solutions", "Sales")
    conv("junk", "generic_packaging_counterpart", "en",
         "mass-mailed packaging offer (counterpart of the KLT pool offer)",
         [("k3", "2025-09-30 03:00", "Dear Sir/Madam, we supply plastic pallets, crates, boxes and foam "
           "inserts at factory prices. Free samples. Please reply with your requirements.")])
    person("k4", "Jennifer Moore", "Worldwide Customs Solutions", "Business Development")
    conv("junk", "generic_customs_counterpart", "en",
         "generic customs brokerage pitch (counterpart of the IMMEX pitch)",
         [("k4", "2025-07-29 12:00", "Hi Katrin, struggling with customs? We handle customs clearance in 50+ "
           "countries. Fast, reliable and affordable. Let me know if you'd like a quote!")])
    person("k5", "Derek Hall", "TalentWave Recruiting", "Recruiter")
    conv("junk", "irrelevant_recruiter", "en",
         "recruiter with an irrelevant junior role",
         [("k5", "2025-06-30 10:20", "Hi Katrin, I have an exciting Junior Buyer opportunity (fixed-term, 12 "
           "months) at an FMCG company in Hamburg. Based on your profile you'd be a great fit! Open to chat?")])
    person("k6", "Marie Schulz", "Headhunter24", "Personalberaterin")
    conv("junk", "generic_headhunter", "de",
         "Massenmail eines Headhunters ohne konkrete Stelle",
         [("k6", "2025-10-01 07:00", "Hallo Katrin, spannende Positionen im Top-Management warten auf Sie! "
           "Laden Sie Ihren Lebenslauf in unseren exklusiven Talentpool hoch und lassen Sie sich von "
           "Headhuntern finden.")])
    person("k7", "Yacht Luxe Charter", "Adriatic Luxe Yachts", "Corporate Events")
    conv("junk", "off_topic_product", "en",
         "off-topic: corporate yacht events",
         [("k7", "2025-05-20 13:00", "Hello Katrin! Reward your top suppliers with an unforgettable corporate "
           "yacht event in Croatia. Packages from EUR 15,000. Book before June and save 10%.")])
    person("k8", "Weinhaus Pfalzgold", "Weinhaus Pfalzgold", "Firmenkunden")
    conv("junk", "off_topic_product", "de",
         "Firmenweihnachtsgeschenke Wein",
         [("k8", "2025-11-10 10:00", "Liebe Frau Wimmer, schon an die Weihnachtsgeschenke für Kunden und "
           "Lieferanten gedacht? Unsere Präsentkisten mit Pfälzer Wein und Firmenlogo ab 24,90 €. "
           "Frühbucherrabatt bis 20.11.!")])
    person("k9", "Viktor Hahn", "", "Trader")
    conv("junk", "off_topic_crypto", "de",
         "Krypto-'Gelegenheit'",
         [("k9", "2025-08-30 23:40", "Hallo Katrin, ich hoffe es geht dir gut. Ich habe eine KI-Trading-"
           "Plattform gefunden, die stabil 12 % im Monat bringt. Soll ich dir zeigen wie?")])
    person("k10", "Steffen Kraus", "Lean Excellence Akademie", "Trainer")
    conv("junk", "generic_training", "de",
         "generisches Lean-Seminar-Angebot (Gegenstück zur CPIM-Trainerin)",
         [("k10", "2025-09-24 08:30", "Guten Tag, steigern Sie die Effizienz Ihres Teams! Unsere offenen "
           "Lean-Six-Sigma-Seminare (Green Belt, Black Belt) finden in 20 Städten statt. Jetzt 20 % "
           "Frühbucherrabatt sichern.")])
    person("k11", "Alex Turner", "ChipSource Brokers Ltd", "Sales")
    conv("junk", "generic_chip_broker", "en",
         "mass-mailed chip broker (counterpart of the authorised distributor)",
         [("k11", "2025-12-16 04:15", "Dear Buyer, we have huge stock of ICs, MCUs, sensors, all brands, "
           "original and new. Shortage parts available, best price, fast delivery. Send us your BOM "
           "today!")])
    person("k12", "Petra Linke", "Nachhaltig Zertifiziert GmbH", "Beraterin")
    conv("junk", "generic_sustainability", "de",
         "generisches Nachhaltigkeits-Siegel (Gegenstück zur PCF-Beraterin)",
         [("k12", "2026-01-21 09:00", "Hallo Frau Wimmer, Nachhaltigkeit wird für Ihre Kunden immer wichtiger! "
           "Mit unserem Siegel 'Klimabewusstes Unternehmen' zeigen Sie Verantwortung. Zertifizierung in nur "
           "4 Wochen, ab 2.900 €.")])
    person("k14", "Lars Jansen", "Interim Pool Deutschland", "Partner")
    conv("junk", "generic_interim_pool", "de",
         "Massenmail Interim-Management-Pool (Gegenstück zur konkreten Interim-Recruiterin)",
         [("k14", "2025-07-08 07:15", "Sehr geehrte Damen und Herren, in unserem Pool stehen über 3.000 Interim "
           "Manager für alle Funktionen bereit, innerhalb von 48 Stunden verfügbar. Sprechen Sie uns an!")])
    person("k15", "Emma Wilson", "LeadGen Data Co.", "Data Specialist")
    conv("junk", "generic_data_list", "en",
         "contact list seller",
         [("k15", "2025-10-28 06:30", "Hi Katrin, would you be interested in a verified contact list of "
           "automotive purchasing decision makers in Europe? 18,000 contacts with direct emails. Reply for "
           "a free sample.")])
    return ex


def main() -> None:
    ex = build()
    ex.write(HERE.parents[1] / SLUG,
             profile={"First Name": "Katrin", "Last Name": "Wimmer",
                      "Headline": "Director Supply Chain Management @ Brunnhuber Fahrzeugtechnik | Automotive "
                                  "Tier-1 | Resilient supply chains",
                      "Summary": "Supply chain leader in the automotive supplier industry since 2010. "
                                 "Verantwortlich für Materialdisposition, Logistik, Lieferantensteuerung und "
                                 "Kapazitätsplanung an drei Standorten (Gaimersheim, Slowakei, Mexiko).",
                      "Industry": "Automotive", "Zip Code": "85080",
                      "Geo Location": "Gaimersheim, Bayern, Deutschland",
                      "Websites": "[COMPANY:brunnhuber-fahrzeugtechnik.de]"},
             positions=[{"Company Name": "Brunnhuber Fahrzeugtechnik GmbH",
                         "Title": "Director Supply Chain Management",
                         "Description": "Gesamtverantwortung Supply Chain, 85 Mitarbeitende.",
                         "Location": "Gaimersheim", "Started On": "Apr 2025", "Finished On": ""},
                        {"Company Name": "Brunnhuber Fahrzeugtechnik GmbH", "Title": "Head of Logistics",
                         "Description": "", "Location": "Gaimersheim", "Started On": "Jan 2019",
                         "Finished On": "Mar 2025"},
                        {"Company Name": "Kronwald Automotive Systems", "Title": "Teamleiterin Disposition",
                         "Description": "", "Location": "Regensburg", "Started On": "Sep 2010",
                         "Finished On": "Dec 2018"}],
             skills=["Supply Chain Management", "SAP MM/PP", "Lieferantenmanagement", "Logistik",
                     "Kapazitätsplanung", "VDA Standards", "Risk Management"])
    print(ex.summary())


if __name__ == "__main__":
    main()

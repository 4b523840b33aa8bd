"""dev12 persona (written blind as heldout18, session 3) 3: Johanna Strasser, COO of Flinkwerk Logistik GmbH, a cargo-bike
last-mile delivery start-up in Vienna (about 70 riders, hubs in Simmering and Ottakring).
Austrian German and English about half and half, 2026 export layout. All message texts
written by hand for this file.
Run: /work/main/.venv/bin/python corpus/dev12/_build/mixed_logistics_startup_coo_vienna.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-logistics-startup-coo-vienna"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Johanna Strasser", "https://www.linkedin.com/in/johanna-strasser-flinkwerk",
               "Flinkwerk Logistik GmbH", "COO & Co-Founder")
x = Export(SLUG, "2026", owner)
p = x.person

# ---------------------------------------------------------------- people: genuine
p("henrik", "Henrik Aalto", "Donaukapital Ventures", "Partner", connected="2022-04-19")
p("gerti", "Gertraud Haslinger", "", "Business Angel", connected="2021-06-02")
p("bakkr", "Joost van Dam", "Bakkr Cargo B.V.", "Key Account DACH", connected="2022-09-12")
p("volt", "Florian Wimmer", "VoltPool Akkuleasing", "Vertrieb Flotten", connected="2023-03-08")
p("ma46", "Ing. Barbara Pichler", "Stadt Wien", "Referentin Verkehrsorganisation",
  connected="2023-11-20")
p("bezirk", "Markus Leitgeb", "Bezirksvorstehung Neubau", "Büroleitung", connected="2024-05-06")
p("baeckerei", "Sabine Wurzinger", "Wurzinger Biobäckerei", "Geschäftsführerin")
p("d2c", "Clara Weidmann", "Hafergut Foods", "Head of Operations")
p("wein", "Thomas Ebner", "Weinhandlung Ebner & Söhne", "Inhaber", connected="2023-10-02")
p("apotheke", "Mag. pharm. Elisabeth Raab", "Apothekengruppe Donaustadt", "Leitung Logistik")
p("graz", "Stefan Url", "Radbote Graz", "Geschäftsführer", connected="2021-09-15")
p("search", "Priya Sharma", "Meridian Search", "Principal, Operations Practice",
  connected="2025-08-25", invite=("OUT", "2025-08-25 09:10",
                                  "Hi Priya, Henrik Aalto recommended you for our Head of Fleet search."))
p("rider", "Dominik Hrubesch", "Flinkwerk Logistik GmbH", "Rider")
p("analyst", "Anaïs Moreau", "", "Operations Analyst")
p("journal", "Katrin Stöger", "Wiener Tagespost", "Redakteurin Stadt", connected="2024-02-27")
p("ty1", "Mateo Rossi", "CityHub Milano", "Head of Urban Operations")
p("ty2", "Ingrid Halvorsen", "Oslo Sykkelbud", "COO", connected="2025-11-13")
p("ty3", "Pieter Claes", "Brussels Last Mile Lab", "Researcher", connected="2025-11-13")
p("route", "Daniel Okoro", "Routewise", "Account Executive", connected="2025-06-03")
p("forsch", "DI Dr. Verena Kaltenbrunner", "Institut für Verkehrsplanung", "Senior Researcher",
  connected="2022-01-25")
p("ex", "Roland Gruber", "Paketwelt Austria", "Regionalleiter Wien Ost", connected="2017-04-11")
p("wko", "Mag. Alexandra Koller", "Wirtschaftskammer Wien", "Fachgruppe Güterbeförderung",
  connected="2023-06-30")
p("broker", "Gerhard Mayrhofer", "Mayrhofer Versicherungsmakler", "Makler", connected="2022-02-14")
p("tourly", "Sophie Lindgren", "Tourly", "Customer Success Lead", connected="2022-05-10")
p("lukas", "Lukas Reindl", "Flinkwerk Logistik GmbH", "CEO & Co-Founder", connected="2019-10-01")
p("br", "Emre Kaya", "Flinkwerk Logistik GmbH", "Betriebsratsvorsitzender", connected="2023-01-16")
p("vc2", "Charlotte Beaumont", "Northline Capital", "Principal", connected="2025-10-08")
p("spar", "Martin Huber-Lenz", "Frischmarkt Österreich", "Head of Innovation",
  connected="2025-09-02")
p("wu", "Theresa Nagl", "", "Senior Consultant", connected="2014-10-01")
p("ams", "Harald Winkler", "AMS Wien", "Unternehmensberatung Service für Unternehmen",
  connected="2024-03-19")
p("giulia", "Giulia Ferrante", "Flinkwerk Logistik GmbH", "Hub Manager Ottakring",
  connected="2024-08-01")
p("halle", "Ing. Peter Steindl", "Steindl Immobilien", "Gewerbeflächen", connected="2020-07-07")
p("kunde", "Andrea Pock", "Pock Concept Store", "Inhaberin", connected="2024-12-03")
p("student", "Felix Oberhauser", "", "Student, Logistik & Supply Chain")
p("berlin", "Nils Petersen", "Kiezkurier Berlin", "COO", connected="2020-03-04")

# ---------------------------------------------------------------- people: wanted pitches
p("service", "Manuel Steiner", "Kettenblatt Werkstatt", "Inhaber, mobiler Radservice")
p("telem", "Aiko Tanaka", "Trackline Telematics", "Solutions Engineer")
p("container", "Christina Lechner", "HubBox Modular", "Vertrieb Österreich")
p("fleetrec", "Oliver Grant", "Velo Talent", "Recruiter, Micromobility & Fleet")
p("routeopt", "Samir Haddad", "Stopwise", "Founder")
p("cfo", "Rebecca Lindqvist", "Fractional Finance Partners", "Interim CFO")
p("workwear", "Hannes Pfeffer", "Pfeffer Arbeitskleidung", "Außendienst")
p("foerder", "Mag. Daniela Fuchs", "Fuchs Förderberatung", "Geschäftsführerin")
p("vers", "Clemens Aigner", "Rad & Flotte Versicherung", "Spezialist Lastenrad-Flotten")
p("garage", "Bernhard Rauscher", "City Parken GmbH", "Business Development")
p("apidev", "Tomasz Wiśniewski", "", "Freelance Integration Developer")
p("payroll", "Nina Gruber", "LohnKlar", "Branchenexpertin Transport")

# ---------------------------------------------------------------- people: junk
p("t1", "Sebastian Moll", "RoutenKI", "Sales Lead DACH")
p("t2", "Verena Kogler", "LieferSpar", "Account Executive")
p("t3", "Jonas Adler", "Optima Fleet", "Business Development")
p("t4", "Lisa Brandstätter", "SmartDrop Solutions", "Sales")
p("t5", "Jake Morrison", "RouteGenius AI", "Enterprise Sales")
p("m1", "Ethan Cole", "GrowthLoop", "SDR")
p("m2", "Stefanie Wagner", "Employer Branding Studio", "Beraterin")
p("m3", "Olivia Turner", "LeadFlux", "Outbound Specialist")
p("m4", "Robert Kainz", "Kainz Eventtechnik", "Verkauf")
p("s1", "Nimbus HR Cloud", "", "", url="https://www.linkedin.com/company/nimbus-hr-cloud")
p("s2", "Alpenbank Business", "", "", url="https://www.linkedin.com/company/alpenbank-business")
p("s3", "Quantix Analytics", "", "", url="https://www.linkedin.com/company/quantix-analytics")
p("award", "Sophia Reynolds", "Women in Logistics Europe Awards", "Awards Coordinator")
p("mag", "Mag. Walter Hofer", "Wirtschaftsporträt Österreich", "Anzeigenleitung")
p("pod", "Chris Dalton", "Startup Grind Stories", "Podcast Host")
p("kurier", "Ali Yildiz", "Blitzbote Wien", "Geschäftsführer")
p("capacity", "Megan Foster", "ShipLeads", "Partnerships")
p("likeminded", "Tyler Brooks", "", "Founder | Visionary | Growth Hacker",
  connected="2025-10-20", invite=("IN", "2025-10-20 06:55",
                                  "Hey Johanna, always keen to connect with like-minded founders!"))
p("call15", "Patrick Pühringer", "Prozesswerk", "Berater")
p("ctp1", "Lena Fasching", "Fasching Coaching", "Resilienz-Coach",
  connected="2025-11-03", invite=("IN", "2025-11-03 10:02",
                                  "Liebe Johanna, ich vernetze mich gern mit starken Frauen in der Wiener Startup-Szene!"))
p("ctp2", "Ryan Walsh", "Brightpath Consulting", "Partner",
  connected="2026-01-12", invite=("IN", "2026-01-12 15:20", ""))
p("ctp3", "David Berger", "Berger Leasing", "Kundenbetreuer",
  connected="2025-12-01", invite=("IN", "2025-12-01 09:45", "Servus Johanna, gemeinsame Kontakte - gerne vernetzen!"))
p("ctp4", "Hannah Kim", "ScaleOps", "Growth Partner",
  connected="2026-02-09", invite=("IN", "2026-02-09 18:10",
                                  "Hi Johanna, loved your post on winter operations!"))
p("flu1", "Benjamin Frost", "Catalyst Advisory", "Managing Partner")
p("flu2", "Mag. Sandra Leitner", "Leitner Kommunikation", "Geschäftsführerin")
p("gbike", "Reinhard Moser", "BikeFix Business", "Vertrieb")
p("gtrack", "Sean O'Malley", "FleetEye", "Sales Manager")
p("gfund", "Karl Pammer", "Förderprofi24", "Fördermittelexperte")
p("gwear", "Julia Hackl", "Merchandise Wien", "Vertrieb")
p("gvers", "Wolfgang Eder", "Eder Finanz", "Vermögensberater")
p("crypto", "Alex Rivera", "", "Crypto Educator | 7 Figures")
p("plants", "Miriam Stadler", "Grünraum Office", "Kundenberaterin")
p("yacht", "Marco Bellini", "Adriatic Team Events", "Sales")
p("ghost", "Katharina Pirker", "", "LinkedIn Ghostwriterin")
p("offshore", "Rahul Mehta", "CodeBridge Offshore", "Business Development Manager")
p("javarec", "Emily Clarke", "TechHire Europe", "Senior IT Recruiter")
p("wine", "Gernot Haider", "Präsentkorb Manufaktur", "Firmenkunden")
p("robot", "Derek Olsen", "AutoStack Robotics", "Regional Sales Director")

c = x.conv

# ================================================================= GENUINE (35)
c("genuine", "investor", "en", "lead investor, board meeting KPIs, long-standing", [
    ("henrik", "2026-02-16 08:05", "Morning Johanna. For Thursday's board: can you put the cost per "
     "drop by hub on one slide? Simmering vs Ottakring, Q3 vs Q4. The others keep asking why "
     "Ottakring is cheaper and I'd like the answer to come from you, not from me guessing."),
    ("me", "2026-02-16 08:40", "Morning! Yes - short answer is drop density and the shorter bridge "
     "to the Gürtel. I'll have it in the deck tonight. Ottakring is at EUR 2.31, Simmering 2.78."),
    ("henrik", "2026-02-16 08:42", "Perfect. And congrats on the December numbers, really."),
])
c("genuine", "angel_investor", "de", "Business Angel, langjährig, Intro zu Handelskette", [
    ("gerti", "2025-09-01 19:30", "Liebe Johanna, ich war am Wochenende mit dem Martin Huber-Lenz "
     "wandern, der macht bei Frischmarkt jetzt Innovation. Die suchen für die Innenstadtfilialen "
     "was mit Lastenrädern. Darf ich euch verbinden? Ihr würdet euch gut verstehen."),
    ("me", "2025-09-01 20:15", "Gerti, du bist die Beste. Ja bitte! Wie geht's dem Knie nach der "
     "Wanderung?"),
    ("gerti", "2025-09-01 20:20", "Knie sagt nein, Kopf sagt ja. Mail kommt morgen. Bussi"),
])
c("genuine", "vendor_price_change", "en", "existing Dutch cargo-bike supplier raises 2026 prices", [
    ("bakkr", "2025-10-14 10:30", "Hi Johanna, ahead of your 2026 order: the Bakkr L2 goes from "
     "EUR 6,950 to EUR 7,380 from January (new hub motor and higher steel costs). For the 15 bikes "
     "you mentioned, if we get a signed order before Dec 5 I can keep the 2025 price and deliver in "
     "March. Price sheet attached."),
    ("me", "2025-10-14 11:20", "Thanks Joost. Can you include the winter tyre package at the old "
     "price too? Then I'll get the PO signed next week."),
    ("bakkr", "2025-10-14 12:00", "Winter tyres included. Deal."),
], attachments={0: "https://www.linkedin.com/dms/bakkr-price-sheet-2026.pdf"})
c("genuine", "vendor_contract_renewal", "de", "Akkuleasing: Vertragsverlängerung, neuer Preis", [
    ("volt", "2025-11-20 09:00", "Hallo Frau Strasser, euer Rahmenvertrag für die 140 Akkus läuft "
     "mit 31. Jänner aus. Für die Verlängerung auf 24 Monate kann ich euch 11,40 € pro Akku und Monat "
     "anbieten (bisher 10,90), dafür ist der Tausch bei unter 80 % Kapazität dann inklusive. Passt "
     "das als Basis?"),
    ("me", "2025-11-20 10:15", "Hallo Herr Wimmer, grundsätzlich ja. Können wir uns bei 11,20 "
     "treffen, wenn wir auf 36 Monate gehen?"),
    ("volt", "2025-11-21 08:30", "Bei 36 Monaten geht 11,20. Ich schick den Vertragsentwurf."),
])
c("genuine", "city_permit", "de", "Stadt Wien, Ladezone-Genehmigung mit Auflagen", [
    ("ma46", "2025-09-24 13:10", "Sehr geehrte Frau Strasser, die Ladezone in der Neustiftgasse ist "
     "genehmigt, befristet auf 12 Monate, Mo-Sa 7-11 Uhr. Auflage: Abstellen der Lastenräder nur "
     "innerhalb der Markierung, keine Gehsteignutzung. Der Bescheid geht Ihnen postalisch zu."),
    ("me", "2025-09-24 13:45", "Sehr geehrte Frau Ing. Pichler, vielen Dank, das freut uns sehr! Wir "
     "schulen das Team diese Woche auf die Auflagen."),
])
c("genuine", "district_office", "de", "Bezirksvorstehung: Mikro-Hub in Parkgarage, Termin", [
    ("bezirk", "2025-12-10 11:00", "Grüß Gott Frau Strasser, die Bezirksvorsteherin würde sich das "
     "Mikro-Hub-Konzept gern vor der Bezirksvertretungssitzung im Jänner persönlich anschauen. "
     "Hätten Sie am 8. oder 9. Jänner Zeit, am besten vor Ort in der Garage Kaiserstraße?"),
    ("me", "2025-12-10 12:30", "Grüß Gott Herr Leitgeb, sehr gern, der 9. Jänner um 10 Uhr würde "
     "passen. Ich bringe unseren Hub-Manager mit."),
])
c("genuine", "inbound_buyer", "de", "Biobäckerei möchte Same-Day-Lieferung kaufen, fragt Preise", [
    ("baeckerei", "2026-01-19 07:20", "Guten Morgen Frau Strasser, wir beliefern derzeit 22 "
     "Bürokunden im 6., 7. und 8. Bezirk selbst mit dem Kastenwagen, das ist ein Wahnsinn mit dem "
     "Parken. Könnt ihr das übernehmen, jeden Werktag ab 6:30? Was würde das ungefähr kosten?"),
    ("me", "2026-01-19 08:10", "Guten Morgen Frau Wurzinger! Das klingt genau nach uns. Für eine "
     "fixe Morgentour mit ~22 Stopps kalkulieren wir grob 165-190 € pro Tag, abhängig von Gewicht und "
     "Zeitfenstern. Darf ich mir die Adressliste anschauen und am Donnerstag vorbeikommen?"),
    ("baeckerei", "2026-01-19 08:25", "Gern, Donnerstag 14 Uhr in der Backstube in der Zieglergasse. "
     "Es gibt Kipferl."),
])
c("genuine", "inbound_buyer", "en", "German D2C brand expanding to Vienna asks rates", [
    ("d2c", "2025-11-04 14:40", "Hi Johanna, we're a Munich oat drink brand launching in Vienna in "
     "spring with about 150 orders a day to start. We'd love a greener last mile than the usual "
     "parcel networks. Do you do same-day for D2C, and what are your rates per drop? Happy to jump "
     "on a call."),
    ("me", "2025-11-04 15:30", "Hi Clara, congrats on the launch! Yes - same-day inside the Gürtel, "
     "next-morning for the outer districts. At 150 drops a day you'd be in our EUR 3.90-4.40 band "
     "depending on parcel size. Call Thursday at 10?"),
    ("d2c", "2025-11-04 15:45", "Thursday 10 works. Sending an invite."),
])
c("genuine", "client_quote_request", "de", "bestehender Kunde (Weinhandlung) will Angebot fürs "
  "Weihnachtsgeschäft", [
    ("wein", "2025-10-27 16:00", "Servus Johanna, heuer wird's im Dezember wieder wild, wir rechnen "
     "mit ca. 1.200 Firmengeschenken, großteils Kartons à 6 Flaschen. Könnt ihr mir bis Ende der "
     "Woche ein Angebot schicken? Letztes Jahr hat's super funktioniert."),
    ("me", "2025-10-27 16:40", "Servus Thomas! Freut mich. Angebot kommt bis Freitag. Brauchst du "
     "wieder die Zustellung mit Unterschrift?"),
    ("wein", "2025-10-27 16:42", "Ja bitte, die Firmen wollen das."),
    ("me", "2025-10-31 11:00", "Angebot im Anhang: 6,80 € pro Karton innerhalb des Gürtels, 8,20 € "
     "außerhalb, Unterschrift inklusive. Fixes Fenster 18.-22.12."),
], attachments={3: "https://www.linkedin.com/dms/angebot-ebner-weihnachten-2025.pdf"})
c("genuine", "inbound_buyer", "de", "Apothekengruppe will Lieferung beauftragen; im Spam-Ordner "
  "gelandet", [
    ("apotheke", "2025-12-02 12:30", "Sehr geehrte Frau Strasser, wir betreiben fünf Apotheken in der "
     "Donaustadt und möchten ab Februar eine Botenzustellung für ältere Kundinnen und Kunden "
     "anbieten (rezeptfreie Ware, gekühlt teilweise). Bieten Sie das an? Um Rückmeldung wird "
     "gebeten. Mfg E. Raab"),
    ("me", "2025-12-09 18:20", "Sehr geehrte Frau Mag. Raab, bitte entschuldigen Sie die späte "
     "Antwort, Ihre Nachricht ist bei mir im Spam gelandet. Ja, das machen wir gern, auch gekühlt mit "
     "unseren Thermoboxen. Darf ich Sie morgen anrufen?"),
    ("apotheke", "2025-12-10 08:15", "Sehr gern, ab 9 Uhr unter 01 555 2044."),
], folder="SPAM")
c("genuine", "peer_joint_offer", "de", "Grazer Kurier schlägt gemeinsames Angebot für Handelskette "
  "vor", [
    ("graz", "2025-10-06 17:45", "Hallo Johanna, kurze Idee: Eine Modekette will Filialbelieferung "
     "per Lastenrad in Wien UND Graz, aber nur einen Vertragspartner. Wollen wir gemeinsam anbieten? "
     "Ihr Wien, wir Graz, ein Rahmenvertrag, Abrechnung über euch, wir kriegen 40 %. Meld dich!"),
    ("me", "2025-10-06 19:10", "Stefan, spannend! Lass uns am Mittwoch telefonieren. Wer ist "
     "Ansprechpartner bei denen?"),
    ("graz", "2025-10-06 19:25", "Einkauf Logistik, ich schick dir die Ausschreibung. Mittwoch 9?"),
    ("me", "2025-10-06 19:26", "Passt."),
])
c("genuine", "recruiter_engaged", "en", "search firm she engaged for Head of Fleet; owner started", [
    ("me", "2025-08-25 09:30", "Hi Priya, thanks for connecting. We need a Head of Fleet - 200 "
     "cargo bikes by end of 2026, two workshops, battery logistics. German needed for the team. "
     "What would a search look like on your side?"),
    ("search", "2025-08-26 10:00", "Hi Johanna, great to hear from you. Retained search, 25% of "
     "first-year base, first third on signing. Typical timeline 10-12 weeks. Shall we do a "
     "briefing call Friday?"),
    ("search", "2025-10-02 16:20", "Update: three finalists. One from a Berlin e-moped fleet, one "
     "from a bus operator in Linz, one from a bike-share in Munich. Profiles in your inbox."),
    ("me", "2025-10-02 17:00", "Great, let's interview all three next week."),
])
c("genuine", "applicant", "de", "eigener Rider bewirbt sich als Teamleiter", [
    ("rider", "2026-01-28 21:05", "Hallo Johanna, i hab gsehn dass ihr einen Teamleiter für den Hub "
     "Simmering sucht. Ich fahr jetzt seit 2 Jahren bei euch und kenn jede Hausnummer im 11. ;) "
     "Darf ich mich bewerben auch wenn ich keine Ausbildung in dem Bereich hab?"),
    ("me", "2026-01-29 08:00", "Hallo Dominik, unbedingt! Genau solche Leute wollen wir. Schreib "
     "mir ein paar Zeilen und lass uns nächste Woche nach der Schicht reden."),
    ("rider", "2026-01-29 08:10", "Leiwand, danke!"),
])
c("genuine", "applicant", "en", "operations analyst applies from abroad", [
    ("analyst", "2025-12-15 09:45", "Dear Ms Strasser, I'm applying for the Operations Analyst role. "
     "I'm finishing my MSc in Lyon and did my thesis on micro-hub placement for cargo bikes (happy "
     "to share it). My German is A2 and improving. Would you consider an English-speaking analyst?"),
    ("me", "2025-12-15 11:30", "Dear Anaïs, thanks - yes, the role works in English. Please send the "
     "thesis along with your CV, I'm genuinely curious about the micro-hub part."),
])
c("genuine", "journalist", "de", "Journalistin, Artikel über Ladezonen", [
    ("journal", "2025-10-13 10:00", "Hallo Frau Strasser, ich schreibe über die neuen Ladezonen für "
     "Lastenräder und wie die Geschäftsleute im 7. darauf reagieren. Hätten Sie morgen 15 Minuten "
     "für ein Telefonat? Gern auch mit einem Zitat."),
    ("me", "2025-10-13 10:20", "Hallo Frau Stöger, gern, morgen ab 11 bin ich erreichbar."),
])
c("genuine", "thank_you_after_event", "en", "thank-you after her talk at Urban Logistics Forum (1 of "
  "3 near-duplicates)", [
    ("ty1", "2025-11-14 08:30", "Johanna, thank you for your talk at the Urban Logistics Forum "
     "yesterday! The battery swap part was brilliant. Would love to stay in touch."),
    ("me", "2025-11-14 09:10", "Thank you Mateo! Let's swap notes on Milan sometime."),
])
c("genuine", "thank_you_after_event", "en", "thank-you after her talk (2 of 3 near-duplicates)", [
    ("ty2", "2025-11-14 09:05", "Hi Johanna, thank you for your talk at the Urban Logistics Forum "
     "yesterday - the battery swap part was so useful for us in Oslo. Let's stay in touch!"),
])
c("genuine", "thank_you_after_event", "en", "thank-you after her talk (3 of 3 near-duplicates)", [
    ("ty3", "2025-11-14 13:40", "Thanks for your talk at the Urban Logistics Forum yesterday, "
     "Johanna. The battery swap section was excellent. Could I cite your numbers in a paper?"),
    ("me", "2025-11-14 15:00", "Thanks Pieter! Yes, with a reference to the slides, happy to."),
])
c("genuine", "owner_quote_request", "en", "owner started: asks route-planning vendor for quote", [
    ("me", "2025-06-03 14:00", "Hi Daniel, good to meet you at the Mobility Meetup. Could you send "
     "me a quote for Routewise for ~70 riders, two depots, and API access to our own app?"),
    ("route", "2025-06-04 09:30", "Hi Johanna! For 70 drivers with API: EUR 19 per driver/month on "
     "annual billing, API included, one-off onboarding EUR 2,500. Quote attached. Happy to run a "
     "2-week pilot on Ottakring first."),
    ("me", "2025-06-04 10:00", "Thanks - we'll review it against our current setup and come back "
     "by end of June."),
], attachments={1: "https://www.linkedin.com/dms/routewise-quote-flinkwerk.pdf"})
c("genuine", "research_collaboration", "de", "Inhaberin fragt Forscherin nach Pilotdaten", [
    ("me", "2025-07-08 16:30", "Liebe Verena, hättet ihr Interesse, unsere anonymisierten "
     "Zustelldaten für die Studie zu Mikro-Hubs zu verwenden? Wir wollen im Gegenzug wissen, wo der "
     "dritte Hub am meisten bringt. Kaffee diese Woche?"),
    ("forsch", "2025-07-09 08:45", "Liebe Johanna, das wäre großartig! Wir bräuchten eine "
     "Datenvereinbarung, mach ich über die Uni. Donnerstag 10 Uhr bei uns am Institut?"),
    ("me", "2025-07-09 09:00", "Perfekt, bis Donnerstag."),
])
c("genuine", "former_colleague", "de", "ehemaliger Kollege beim Paketdienst, langjährig", [
    ("ex", "2025-12-22 18:00", "Servus Johanna! Frohe Weihnachten. Hab euch letztens in der "
     "Mariahilfer gesehen, drei Lastenräder hintereinander, schaut professionell aus. Wer hätt das "
     "2017 gedacht, als du bei uns im Depot Liesing die Touren gebaut hast?"),
    ("me", "2025-12-22 19:30", "Roland! Frohe Weihnachten! Ohne die Zeit im Depot gäb's Flinkwerk "
     "nicht. Auf ein Punsch im Jänner?"),
    ("ex", "2025-12-22 19:35", "Fix. Ich meld mich."),
])
c("genuine", "event_invitation", "de", "Wirtschaftskammer: Einladung aufs Podium (echter Kontakt)", [
    ("wko", "2026-02-02 11:20", "Liebe Frau Strasser, wir würden Sie gern für das Podium 'Letzte "
     "Meile 2030' am 19. März in der Wirtschaftskammer gewinnen. Mit dabei: Stadt Wien und zwei "
     "Paketdienste. Hätten Sie Zeit und Lust?"),
    ("me", "2026-02-02 13:00", "Liebe Frau Mag. Koller, sehr gern! Bitte schicken Sie mir die "
     "Eckdaten."),
])
c("genuine", "vendor_price_change", "de", "Versicherungsmakler: Prämie für Flottenversicherung "
  "steigt", [
    ("broker", "2025-12-01 10:10", "Hallo Frau Strasser, die Versicherung hat die Prämie für die "
     "Lastenrad-Flotte für 2026 neu kalkuliert: +9 %, hauptsächlich wegen der Diebstähle im "
     "Sommer. Ich habe zwei Alternativangebote eingeholt, eines ist sogar günstiger, wenn ihr die "
     "GPS-Tracker nachweist. Wann können wir telefonieren?"),
    ("me", "2025-12-01 11:00", "Danke Herr Mayrhofer, Tracker haben wir in allen Rädern. Morgen 14 "
     "Uhr?"),
])
c("genuine", "vendor_price_change", "en", "existing dispatch software vendor announces new pricing", [
    ("tourly", "2025-09-15 15:00", "Hi Johanna, a heads-up before it goes out by email: Tourly is "
     "moving to per-driver pricing in January (EUR 14/driver/month instead of the flat EUR 790). "
     "For your 70 riders that's EUR 980. As a customer since 2022 you can keep the flat plan until "
     "your renewal in June. Happy to walk you through it."),
    ("me", "2025-09-15 16:10", "Thanks for the heads up Sophie. That's a 24% jump for us - let's "
     "talk before June, we're reviewing the whole setup."),
    ("tourly", "2025-09-15 16:20", "Understood. I'll set something up for April."),
])
c("genuine", "cofounder", "de", "CEO und Mitgründer, kurze Abstimmung", [
    ("lukas", "2026-03-02 07:10", "Johanna, kannst du heute beim Call mit Frischmarkt dabei sein? 15 "
     "Uhr. Die wollen über Kühlboxen reden und da bist du besser."),
    ("me", "2026-03-02 07:25", "Bin dabei. Ich bring die Zahlen vom Thermobox-Test."),
])
c("genuine", "works_council", "de", "Betriebsrat zur Winterausrüstung", [
    ("br", "2025-11-25 20:00", "Hallo Johanna, mehrere Kollegen sagen, die Winterhandschuhe sind "
     "nach 3 Wochen durch. Können wir beim nächsten Jour fixe über bessere reden? Und über die "
     "Pausenregelung bei Minusgraden."),
    ("me", "2025-11-25 20:40", "Danke Emre, beides kommt auf die Agenda am Donnerstag. Ich hol bis "
     "dahin zwei Angebote für Handschuhe."),
])
c("genuine", "investor_intro", "en", "second VC after demo day, asks for data room", [
    ("vc2", "2025-10-09 10:30", "Hi Johanna, great meeting you at the demo day yesterday. We're "
     "looking at last-mile in CEE for our next fund. Would you share the data room when you start "
     "the Series B process? No rush, just want to be on the list."),
    ("me", "2025-10-09 12:00", "Hi Charlotte, thanks! We plan to open it in Q2. I'll put you on the "
     "list and send our Q4 update in January."),
])
c("genuine", "corporate_client_pilot", "mixed", "corporate partner (intro from angel) negotiates a "
  "pilot contract; German then switches to English for the legal team", [
    ("spar", "2025-09-03 09:00", "Liebe Frau Strasser, Gerti hat uns verbunden - danke fürs "
     "Vernetzen! Wir wollen im Frühjahr mit vier Filialen im 1. und 7. Bezirk einen Pilot "
     "starten. Können Sie mir bis Ende September ein Angebot für 3 Monate schicken?"),
    ("me", "2025-09-03 10:30", "Lieber Herr Huber-Lenz, sehr gern! Angebot kommt bis 26.9."),
    ("spar", "2025-09-29 14:00", "Thanks for the offer - I'm adding our procurement lead Sarah, "
     "who's based in our Amsterdam office, so let's continue in English. Could you send the draft "
     "pilot contract with SLAs by next week?"),
    ("me", "2025-09-29 15:00", "Of course. Draft contract with SLAs (98% on-time, cold chain "
     "logging) will be with you on Monday."),
])
c("genuine", "congrats", "de", "Studienfreundin gratuliert zur Liste (nicht bezahlt)", [
    ("wu", "2025-06-18 12:30", "Jooo Johanna!! Gerade gesehen, dass ihr in der Standard-Liste der "
     "spannendsten Wiener Startups seid. Ur stolz auf dich! Weißt du noch, WU-Bibliothek, "
     "Logistik-Klausur, du hast mich durchgeschleppt?"),
    ("me", "2025-06-18 14:00", "Theresa!! Danke dir! Und ja, du hast mir dafür Statistik erklärt. "
     "Wir sind quitt :) Spritzer am Donaukanal?"),
    ("wu", "2025-06-18 14:05", "Freitag 18 Uhr, Tel Aviv Beach."),
])
c("genuine", "public_employment_service", "de", "AMS: Eingliederungsbeihilfe für neue Rider", [
    ("ams", "2026-01-08 09:30", "Sehr geehrte Frau Strasser, wie besprochen: Für die vier "
     "Personen, die Sie über uns einstellen möchten, wäre eine Eingliederungsbeihilfe möglich. Ich "
     "brauche dafür bis 20. Jänner die Dienstverträge im Entwurf."),
    ("me", "2026-01-08 10:00", "Danke Herr Winkler, schicke ich bis Ende nächster Woche."),
])
c("genuine", "colleague", "mixed", "hub manager, German/English mix in the team", [
    ("giulia", "2026-02-24 06:45", "Morning Johanna, two riders sick heute, Ottakring ist short. "
     "Kann ich zwei von Simmering leihen bis 12? Otherwise the Frischmarkt drops are late."),
    ("me", "2026-02-24 06:50", "Ja, nimm Dominik und Sara. Sag Emre Bescheid. Thanks for flagging "
     "so early!"),
    ("giulia", "2026-02-24 06:52", "Grazie, perfetto. Ich sag's ihm."),
])
c("genuine", "owner_quote_request", "de", "Inhaberin fragt Vermieter nach Miete für Lagerfläche", [
    ("me", "2025-08-12 11:00", "Lieber Herr Ing. Steindl, habt ihr in Ottakring noch eine "
     "ebenerdige Fläche um die 250 m² frei? Wir platzen aus allen Nähten. Was wäre der Mietpreis?"),
    ("halle", "2025-08-13 09:20", "Liebe Frau Strasser, in der Thaliastraße wird mit Oktober was "
     "frei, 280 m², Rolltor, 9,50 €/m² netto plus BK. Besichtigung jederzeit."),
    ("me", "2025-08-13 10:00", "Super, nächste Woche Dienstag?"),
])
c("genuine", "client_complaint", "de", "Kundin beschwert sich über Verspätungen im 15.", [
    ("kunde", "2026-01-14 17:30", "Hallo Johanna, die letzten drei Tage waren die Zustellungen im 15. "
     "jeweils über eine Stunde zu spät, zwei Kundinnen haben sich bei mir beschwert. Was ist da los?"),
    ("me", "2026-01-14 18:10", "Liebe Andrea, sorry, das ist unser Fehler: Baustelle "
     "Märzstraße, die Tour war nicht angepasst. Ist ab morgen umgestellt, und die drei Tage schreiben "
     "wir dir gut."),
    ("kunde", "2026-01-14 18:15", "Danke, so geht das. LG"),
])
c("genuine", "student_thesis", "de", "Student fragt nach Masterarbeit", [
    ("student", "2025-11-18 22:00", "Sehr geehrte Frau Strasser, ich studiere Logistik an der FH und "
     "suche ein Unternehmen für meine Masterarbeit zum Thema Akkumanagement bei Lastenrädern. Wäre "
     "Flinkwerk dafür offen? Ich würde mich sehr freuen."),
    ("me", "2025-11-19 08:30", "Hallo Felix, das Thema ist für uns tatsächlich relevant. Schick mir "
     "ein kurzes Exposé, dann reden wir."),
])
c("genuine", "peer_exchange", "en", "peer COO in Berlin, long-standing, swapping notes", [
    ("berlin", "2026-02-11 19:20", "Hey Johanna, did you guys also get hit by the bike theft wave in "
     "January? We lost 4 in two weeks. Thinking about those heavy frame locks. What do you use?"),
    ("me", "2026-02-11 20:05", "Ugh, yes, 2 in Simmering. We moved to parking inside the hub only "
     "and GPS alarms. Happy to do a call, I'll share the insurer's checklist too."),
    ("berlin", "2026-02-11 20:10", "You're a legend. Friday?"),
])

# ================================================================= WANTED PITCHES (12)
c("wanted_pitch", "bike_maintenance", "de", "Hausaufgabe: ihr LinkedIn-Beitrag über 11 % Ausfall "
  "wegen Bremsbelägen im Winter", [
    ("service", "2026-01-21 09:15", "Hallo Frau Strasser, Sie haben letzte Woche geschrieben, dass "
     "im Jänner 11 % Ihrer Flotte wegen Bremsbelägen stehen, weil Ihre Werkstatt mit Salz und Split "
     "nicht nachkommt. Wir sind eine mobile Radwerkstatt und machen für zwei Wiener "
     "Zustelldienste einen Nachtservice direkt im Hub: Beläge, Ketten, Licht, 35 € pro Rad plus "
     "Material. Wenn Sie mögen, kommen wir eine Nacht nach Simmering und machen 10 Räder zum Test."),
    ("me", "2026-01-21 10:00", "Das klingt sehr gut. Könnten Sie diese Woche noch? Melden Sie sich "
     "bei unserem Hub-Manager."),
])
c("wanted_pitch", "telematics", "en", "homework: her talk at the Urban Logistics Forum about battery "
  "swaps; concrete offer", [
    ("telem", "2025-11-17 11:00", "Hi Johanna, I was in the audience at the Urban Logistics Forum "
     "when you said you still track battery swaps on a whiteboard and lose about 20 minutes per "
     "rider per shift to 'where's a charged one'. Our battery telemetry plugs into the BMS of the "
     "pack model you showed on your slide and shows charge per battery per hub in one view. "
     "Happy to lend you 20 units for a month - no cost, I just want to see if it holds up in "
     "Vienna winter."),
    ("me", "2025-11-17 14:20", "Ha, the whiteboard is real. Yes, let's try it. Our packs are from "
     "VoltPool - is that the same BMS?"),
    ("telem", "2025-11-17 14:30", "Same BMS. I'll send a short agreement."),
])
c("wanted_pitch", "micro_hub_containers", "de", "Hausaufgabe: Beschluss der Bezirksvertretung zum "
  "Mikro-Hub (öffentlich)", [
    ("container", "2026-01-27 10:40", "Sehr geehrte Frau Strasser, im Protokoll der "
     "Bezirksvertretung Neubau von letzter Woche steht, dass der Mikro-Hub in der Kaiserstraße "
     "genehmigt ist, aber nur mit 'rückbaubarer Aufstellung ohne Bodenverankerung'. Genau das "
     "machen unsere Module: 15 m² Container mit Ladestrom, ohne Fundament, in zwei Tagen "
     "aufgestellt. Wir haben in Graz so einen Hub für Radbote gebaut. Darf ich Ihnen Pläne "
     "und ein Angebot schicken?"),
    ("me", "2026-01-27 11:30", "Gerne! Stefan von Radbote hat davon erzählt. Bitte mit "
     "Mietvariante."),
])
c("wanted_pitch", "recruiter_relevant", "en", "homework: her public job ad for a fleet maintenance "
  "lead; relevant candidates", [
    ("fleetrec", "2026-02-05 09:20", "Hi Johanna, I saw your ad for a Fleet Maintenance Lead "
     "(cargo bikes, 2 workshops, German B2). I only recruit for micromobility fleets and I have two "
     "people who'd fit: a workshop lead from a bike-share in Munich who wants to move to Vienna, and "
     "a mechanic-turned-supervisor from an e-scooter operator here in Vienna. Contingent, 18% of "
     "base. Want the anonymised profiles?"),
    ("me", "2026-02-05 10:10", "Yes please, especially the Vienna one."),
])
c("wanted_pitch", "route_optimization", "en", "homework: knows her setup (Tourly + Google Sheets) and "
  "the exact time-window problem", [
    ("routeopt", "2025-09-22 16:00", "Hi Johanna, in the Tourly user forum your ops team asked how to "
     "keep bakery time windows (6:30-8:00) when Tourly re-sequences after a late pickup - and the "
     "workaround was a Google Sheet. Stopwise is a small add-on that sits on Tourly's API and "
     "enforces hard windows; it runs alongside your setup, no migration. EUR 4 per rider per month. "
     "Since you're reviewing Tourly before June anyway, I'd be happy to show you on your own data."),
    ("me", "2025-09-23 08:30", "OK, that's exactly our pain. Send me a slot next week."),
])
c("wanted_pitch", "fractional_cfo", "en", "homework: mutual contact (her lead investor) named; "
  "Series B timing", [
    ("cfo", "2025-12-03 14:15", "Hi Johanna, Henrik Aalto suggested I reach out - I was interim CFO "
     "at two of Donaukapital's portfolio companies through their Series B. He mentioned you're "
     "planning to open the data room in Q2 and don't have a finance lead yet. I do 2 days a week "
     "for 3-6 months: model, data room, investor Q&A. Happy to have a no-strings coffee first."),
    ("me", "2025-12-03 16:00", "Hi Rebecca, Henrik mentioned you. Coffee next week, yes!"),
])
c("wanted_pitch", "workwear", "de", "Hausaufgabe: Fotos auf ihrer Karriereseite, konkreter Bedarf "
  "bei Regenkleidung", [
    ("workwear", "2025-10-21 13:30", "Grüß Gott Frau Strasser, ich habe mir Ihre Karriereseite "
     "angesehen - auf den Fotos tragen Ihre Fahrer:innen Regenjacken, die am Rücken kein "
     "Reflexmaterial haben, und im Bewerbungstext steht 'Ganzjährig bei jedem Wetter'. Wir statten "
     "in Wien zwei Fahrradbotendienste aus: Jacken mit Reflexband rundum, atmungsaktiv, mit Ihrem "
     "Logo, ab 50 Stück 89 € netto. Ich komme gern mit Mustern im Hub vorbei."),
    ("me", "2025-10-21 15:00", "Guter Punkt mit dem Reflexband, das hat unser Betriebsrat auch "
     "angesprochen. Bitte kommen Sie nächste Woche vorbei."),
])
c("wanted_pitch", "funding_consulting", "de", "Hausaufgabe: konkrete Förderschiene mit Frist, passt "
  "zum Mikro-Hub", [
    ("foerder", "2026-02-17 08:30", "Sehr geehrte Frau Strasser, der Klimafonds der Stadt hat die "
     "Schiene 'Stadtlogistik 2026' geöffnet - bis 40 % für Mikro-Hubs und Ladeinfrastruktur, "
     "Einreichfrist 31. März. Ihr Hub in der Kaiserstraße erfüllt nach meinem Verständnis die "
     "Kriterien (Bezirksbeschluss liegt ja vor). Ich habe heuer schon drei Projekte in dieser "
     "Schiene eingereicht. Honorar: Fixum 1.800 € plus 5 % bei Zusage."),
    ("me", "2026-02-17 09:10", "Das kam mir noch nicht unter, danke! Können wir Donnerstag "
     "telefonieren?"),
])
c("wanted_pitch", "fleet_insurance", "de", "Hausaufgabe: Presseartikel zur Series A und den "
  "Diebstählen im Sommer", [
    ("vers", "2025-12-04 12:00", "Hallo Frau Strasser, im Artikel über Ihre Finanzierungsrunde "
     "stand, dass Flinkwerk 2026 auf 200 Lastenräder wachsen will, und Sie erwähnten die "
     "Diebstähle im Sommer. Wir versichern ausschließlich Lastenrad-Flotten, mit Prämienrabatt für "
     "GPS-Tracker und Indoor-Abstellung. Ich rechne Ihnen gern ein Vergleichsangebot, auch über "
     "Ihren Makler, wenn Ihnen das lieber ist."),
])
c("wanted_pitch", "hub_space", "de", "Hausaufgabe: ihre öffentliche Liefergebietskarte, Lücke im 7. "
  "Bezirk", [
    ("garage", "2025-10-29 15:30", "Guten Tag Frau Strasser, auf Ihrer Website sieht man im "
     "Liefergebiet, dass der 7. von Ottakring aus bedient wird, mit einem ziemlich langen Weg über "
     "den Gürtel. Unsere Garage in der Zieglergasse hat im EG 120 m² frei, mit Stromanschluss und "
     "Einfahrt für Lastenräder. Monatsmiete 2.100 € netto. Vielleicht eine Zwischenlösung bis zum "
     "Hub in der Kaiserstraße?"),
    ("me", "2025-10-29 16:40", "Interessant, zeigen Sie mir das bitte nächste Woche."),
])
c("wanted_pitch", "api_integration", "en", "homework: read her public API docs and names the missing "
  "delivery status webhook", [
    ("apidev", "2026-01-07 12:10", "Hi Johanna, I integrate shop systems with delivery providers. I "
     "was reading Flinkwerk's public API docs for a client (a Vienna florist) and noticed there's no "
     "webhook for 'delivered' - shops have to poll every few minutes, which is why two of your shop "
     "plugins show stale statuses. I could build a webhook endpoint and update the Shopify plugin; "
     "about 6 days of work at EUR 650/day. Happy to send a short technical note first."),
    ("me", "2026-01-07 13:30", "Hi Tomasz, you've found our known sore spot. Send the note, I'll "
     "forward it to our CTO."),
])
c("wanted_pitch", "payroll_software", "de", "Hausaufgabe: neuer Kollektivvertrag für Fahrradboten "
  "und ihr Mix aus Angestellten und Freien", [
    ("payroll", "2025-12-16 10:20", "Hallo Frau Strasser, mit dem neuen Kollektivvertrag für "
     "Fahrradboten ab Jänner ändern sich die Zuschläge für Nacht- und Wochenendfahrten. Sie haben "
     "laut Ihren Stellenanzeigen sowohl angestellte als auch freie Rider - genau diese Kombi "
     "bildet LohnKlar ab, inklusive Schichtimport aus Tourly. Für 70 Personen 4,50 € pro Kopf. Darf "
     "ich Ihnen die KV-Änderungen und unsere Umsetzung in 20 Minuten zeigen?"),
])

# ================================================================= JUNK (38)
c("junk", "template_route_ai", "de", "Vorlage 1/5: KI-Routenoptimierung, 25 % weniger Kosten", [
    ("t1", "2025-10-06 08:30", "Hallo Johanna, ich habe gesehen, dass Flinkwerk stark wächst - "
     "Gratulation! Wir helfen Logistikunternehmen, ihre Zustellkosten mit KI-Routenoptimierung um "
     "25 % zu senken. Wären Sie offen für ein kurzes Gespräch?"),
])
c("junk", "template_route_ai", "de", "Vorlage 2/5: gleiche Vorlage, andere Firma", [
    ("t2", "2025-10-08 13:15", "Hallo Frau Strasser, Gratulation zum Wachstum von Flinkwerk! Wir "
     "unterstützen Logistiker dabei, mit KI-gestützter Routenplanung bis zu 25 % der Zustellkosten "
     "einzusparen. Hätten Sie Zeit für einen kurzen Austausch?"),
    ("t2", "2025-10-15 13:15", "Hallo Frau Strasser, darf ich nochmal nachfragen?"),
])
c("junk", "template_route_ai", "de", "Vorlage 3/5: gleiche Vorlage, Du-Form", [
    ("t3", "2025-10-09 09:40", "Hi Johanna, hab gesehen, dass ihr bei Flinkwerk ordentlich wachst - "
     "Gratulation! Wir helfen Logistik-Firmen, mit KI-Routenoptimierung ihre Lieferkosten um 25 % zu "
     "senken. Offen für einen kurzen Call?"),
])
c("junk", "template_route_ai", "de", "Vorlage 4/5: gleiche Vorlage, LKW-Flotte statt Lastenräder", [
    ("t4", "2025-10-14 11:00", "Guten Tag Frau Strasser, ich habe gesehen, dass Ihr Unternehmen "
     "wächst - Gratulation! Mit unserer KI-Routenoptimierung senken Speditionen die Kosten ihrer "
     "LKW-Flotte um bis zu 25 %. Wäre ein kurzes Gespräch interessant?"),
])
c("junk", "template_route_ai", "en", "template 5/5: same template in English", [
    ("t5", "2025-10-16 15:50", "Hi Johanna, I noticed Flinkwerk is growing fast - congrats! We help "
     "logistics companies cut delivery costs by 25% with AI route optimization. Would you be open "
     "to a quick chat?"),
])
c("junk", "merge_tag_failure", "en", "merge tag failure: {first_name}", [
    ("m1", "2025-09-09 07:30", "Hey {first_name}, quick question: is {company} still doing "
     "outbound manually? We automate your whole pipeline with AI agents. Worth 15 min?"),
])
c("junk", "merge_tag_failure", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("m2", "2025-11-11 10:00", "Liebe/r {{Vorname}}, ist Ihre Arbeitgebermarke stark genug für die "
     "Gen Z? Wir entwickeln Employer-Branding-Kampagnen, die wirken. Wann darf ich anrufen?"),
])
c("junk", "merge_tag_failure", "en", "merge tag failure: [Company] and wrong industry", [
    ("m3", "2025-12-08 12:45", "Hi Johanna, I help SaaS founders like you at [Company] book 30+ "
     "demos a month. Our clients include fintech and HR tech leaders. Can I send a 2-min video?"),
])
c("junk", "merge_tag_failure", "de", "falscher Name und falsche Firma", [
    ("m4", "2025-08-19 14:20", "Hallo Julia, ich habe gesehen, dass Velocity Couriers bald ein "
     "Firmenevent plant. Wir liefern Licht- und Tontechnik für Events jeder Größe in Wien. Darf ich "
     "Ihnen ein Angebot schicken?"),
])
c("junk", "sponsored_inmail", "en", "sponsored InMail: HR software", [
    ("s1", "2025-10-01 12:00", "<p>Hi Johanna,</p><p>Shift planning, time tracking &amp; payroll in "
     "one place. Nimbus HR Cloud &ndash; <b>free for 30 days</b>.</p>"),
], title="Sponsored Conversation", subject="Less admin, more ops")
c("junk", "sponsored_inmail", "de", "Sponsored InMail: Geschäftskonto", [
    ("s2", "2026-01-15 12:00", "<p>Hallo Johanna,</p><p>Das Geschäftskonto f&uuml;r Gr&uuml;nder:innen "
     "&ndash; 12 Monate ohne Kontof&uuml;hrungsgeb&uuml;hr.</p><p>Jetzt in 10 Minuten er&ouml;ffnen.</p>"),
], title="Sponsored Conversation", subject="Ihr Geschäftskonto wartet")
c("junk", "sponsored_inmail", "en", "sponsored InMail: analytics webinar", [
    ("s3", "2026-02-20 12:00", "<p>Johanna, join our live webinar: <b>5 dashboards every COO "
     "needs</b>.</p><p>Register today &ndash; seats are limited.</p>"),
], title="Sponsored Conversation", subject="Exclusive COO webinar")
c("junk", "paid_award", "en", "paid award: 'Top 100 women in logistics' with a fee", [
    ("award", "2025-09-30 09:00", "Dear Johanna, congratulations! You have been shortlisted for the "
     "Women in Logistics Europe Awards 2025 - 'Operational Excellence'. To secure your place as a "
     "finalist, please complete registration (EUR 1,150, includes gala dinner and winner's trophy) "
     "by October 15."),
])
c("junk", "paid_feature", "de", "bezahltes Firmenporträt im Magazin", [
    ("mag", "2025-11-06 11:30", "Sehr geehrte Frau Strasser, für unsere Ausgabe 'Österreichs "
     "Innovatoren' möchten wir Flinkwerk auf einer Doppelseite porträtieren. Der "
     "Druckkostenbeitrag beträgt 2.400 € zzgl. USt. Ein Redakteur meldet sich nach Auftragsbestätigung."),
])
c("junk", "paid_podcast", "en", "paid podcast slot", [
    ("pod", "2025-12-11 17:00", "Hey Johanna! Your founder story would be perfect for Startup Grind "
     "Stories. We have a featured guest slot in January - the production package is USD 600 and "
     "includes audiogram clips. Shall I lock it in?"),
    ("pod", "2025-12-18 17:00", "Hi Johanna, just following up on the January slot!"),
])
c("junk", "offers_her_own_service", "de", "Konkurrenzkurier bietet ihr genau ihre eigene "
  "Dienstleistung an", [
    ("kurier", "2025-09-17 10:00", "Sehr geehrte Damen und Herren, Blitzbote Wien übernimmt Ihre "
     "Zustellungen in ganz Wien - schnell, zuverlässig, auch per Lastenrad! Same-Day ab 5,90 €. "
     "Wir freuen uns auf Ihre Anfrage."),
])
c("junk", "capacity_for_clients", "en", "'do you have capacity for new clients?' lead seller", [
    ("capacity", "2025-11-25 13:00", "Hi Johanna, do you have capacity for new clients right now? "
     "ShipLeads sends delivery companies pre-qualified e-commerce shops looking for carriers. "
     "Pay per lead, no contract. Want a sample list?"),
])
c("junk", "like_minded_connect", "en", "'like-minded founders' then mastermind pitch", [
    ("likeminded", "2025-10-20 07:10", "Thanks for connecting Johanna! Love meeting like-minded "
     "founders who are crushing it. I run a founders' mastermind - 8 weeks, small group, big "
     "breakthroughs. Would love to see if it's a fit for you. When are you free?"),
])
c("junk", "quick_call", "de", "'kurzes 15-Minuten-Gespräch', generisch mit Nachfass", [
    ("call15", "2025-09-02 09:00", "Hallo Frau Strasser, hätten Sie 15 Minuten für ein kurzes "
     "Gespräch? Ich bin sicher, dass ich Ihnen ein paar wertvolle Impulse für Ihre Prozesse geben "
     "kann."),
    ("call15", "2025-09-09 09:00", "Hallo Frau Strasser, nur eine kurze Erinnerung an meine "
     "Nachricht. 15 Minuten genügen!"),
])
c("junk", "connect_then_pitch", "de", "vernetzen, Smalltalk, Inhaberin antwortet, Pitch in "
  "Nachricht 3", [
    ("ctp1", "2025-11-03 10:30", "Liebe Johanna, danke fürs Vernetzen! Wie geht's dir so in der "
     "Vorweihnachtszeit? Bei euch ist jetzt sicher Hochsaison."),
    ("me", "2025-11-03 12:15", "Hallo Lena, danke, ja, es ist ordentlich was los!"),
    ("ctp1", "2025-11-04 09:00", "Das kann ich mir vorstellen! Genau deshalb biete ich "
     "Resilienz-Workshops für Führungskräfte an - damit man in stressigen Zeiten nicht ausbrennt. "
     "Für dein Team hätte ich ein Paket ab 3.900 €. Magst du dir das anschauen?"),
])
c("junk", "connect_then_pitch", "en", "connect with empty invite, consulting pitch in message 2", [
    ("ctp2", "2026-01-12 15:40", "Hi Johanna, great to connect! How's the start to the year been?"),
    ("ctp2", "2026-01-14 09:15", "Reason I ask: we help scale-ups redesign their operating model for "
     "the next growth stage. Most COOs we speak with are firefighting. Could we grab 20 minutes?"),
    ("ctp2", "2026-01-21 09:15", "Hi Johanna - bumping this in case it slipped through."),
])
c("junk", "connect_then_pitch", "de", "vernetzen über 'gemeinsame Kontakte', dann Leasing", [
    ("ctp3", "2025-12-01 10:00", "Servus Johanna, danke für die Annahme! Schöne Adventszeit "
     "wünsch ich."),
    ("ctp3", "2025-12-03 08:30", "Kurz zu mir: Ich mache Fahrzeugleasing für Unternehmen, vom "
     "E-Transporter bis zum Dienstwagen für die Geschäftsführung. Gerade gibt's Top-Konditionen "
     "bei E-Autos. Soll ich dir ein Angebot schicken?"),
])
c("junk", "connect_then_pitch", "en", "connect citing her post, then a generic growth pitch", [
    ("ctp4", "2026-02-09 18:30", "Hey Johanna, thanks for accepting! Your post on winter ops was so "
     "real. How do you keep the team motivated in that weather?"),
    ("me", "2026-02-10 08:00", "Thanks Hannah! Hot tea at the hub and a lot of honesty, mostly."),
    ("ctp4", "2026-02-10 09:45", "Love that! Totally unrelated, but we help B2B companies 3x their "
     "inbound with LinkedIn automation. Would you be open to a quick demo?"),
])
c("junk", "fluent_generic_named", "en", "fluent junk naming Flinkwerk, fits any company", [
    ("flu1", "2025-11-19 10:10", "Hi Johanna, Flinkwerk is clearly on an exciting trajectory. In our "
     "experience, companies like Flinkwerk reach an inflection point where the systems that got them "
     "here won't get them there. Catalyst Advisory partners with leadership teams to unlock the next "
     "stage of growth. I'd welcome the chance to learn about Flinkwerk's priorities for 2026."),
])
c("junk", "fluent_generic_named", "de", "fließender PR-Pitch, nennt Flinkwerk, passt auf jeden", [
    ("flu2", "2026-01-22 11:00", "Liebe Frau Strasser, Flinkwerk hat eine spannende Geschichte, die "
     "noch viel mehr Menschen hören sollten. Wir bringen innovative Unternehmen wie Flinkwerk in die "
     "relevanten Medien und positionieren sie als Vordenker ihrer Branche. Gerne erzähle ich Ihnen "
     "mehr bei einem Kaffee."),
])
c("junk", "generic_bike_service", "de", "generisches Gegenstück zur Radwerkstatt", [
    ("gbike", "2025-12-09 09:00", "Guten Tag! BikeFix Business bietet Dienstrad-Service für "
     "Unternehmen: Jahresinspektion für Ihre Mitarbeiter-Bikes ab 79 €. Jetzt Firmenkonto "
     "anlegen!"),
])
c("junk", "generic_fleet_tracking", "en", "generic counterpart of the telematics pitch", [
    ("gtrack", "2025-12-02 14:00", "Hi Johanna, do you know where your vehicles are right now? "
     "FleetEye gives you real-time GPS tracking for trucks and vans, driver scoring and fuel "
     "reports. Book a demo today!"),
])
c("junk", "generic_funding", "de", "generisches Gegenstück zur Förderberatung", [
    ("gfund", "2026-02-19 08:00", "Sehr geehrte Damen und Herren, sichern Sie sich jetzt bis zu "
     "100.000 € Förderung! Wir prüfen kostenlos Ihre Förderfähigkeit. Jetzt Termin vereinbaren."),
])
c("junk", "generic_merch", "de", "generisches Gegenstück zum Arbeitskleidungs-Angebot", [
    ("gwear", "2025-10-23 10:30", "Hallo! Werbeartikel mit Ihrem Logo: Kugelschreiber, Tassen, "
     "T-Shirts, Hoodies. Jetzt 15 % Herbstrabatt sichern!"),
])
c("junk", "generic_insurance", "de", "generisches Gegenstück zum Versicherungs-Angebot", [
    ("gvers", "2025-12-05 19:00", "Hallo Johanna, als Unternehmerin solltest du deine private "
     "Vorsorge nicht vergessen! Ich zeige dir, wie du mit einem Fondsvertrag steuerschonend "
     "Vermögen aufbaust. Wann passt ein Kaffee?"),
])
c("junk", "off_topic", "en", "off-topic: crypto course, in spam", [
    ("crypto", "2026-01-03 23:10", "Johanna, 2026 is the year. My students made 4x last quarter "
     "with my crypto signals. DM me 'READY' for a free masterclass spot."),
], folder="SPAM")
c("junk", "off_topic", "de", "themenfremd: Büropflanzen", [
    ("plants", "2025-09-25 10:00", "Grüß Gott! Mehr Grün im Büro steigert die Produktivität "
     "nachweislich um 15 %. Wir liefern und pflegen Büropflanzen im Abo. Kostenlose Beratung vor Ort?"),
])
c("junk", "off_topic", "en", "off-topic: yacht charter team event", [
    ("yacht", "2026-02-26 12:30", "Hi Johanna, reward your team with an unforgettable sailing week "
     "in Croatia! All-inclusive team packages from EUR 890 per person. Early booking discount until "
     "March 31."),
])
c("junk", "off_topic", "de", "themenfremd: LinkedIn-Ghostwriting", [
    ("ghost", "2025-11-28 08:45", "Hallo Johanna, du hast so viel zu erzählen, postest aber kaum! "
     "Als Ghostwriterin schreibe ich dir 3 Posts pro Woche in deiner Stimme. 1.200 € im Monat. "
     "Lust auf ein Kennenlernen?"),
    ("ghost", "2025-12-05 08:45", "Hi Johanna, nur ein kleiner Stupser :)"),
])
c("junk", "off_topic", "en", "off-topic: offshore development team", [
    ("offshore", "2025-10-30 05:40", "Dear Johanna, greetings from CodeBridge! We provide dedicated "
     "offshore developers (React, Node, Python) at USD 22/hour. Kindly let me know if you have any "
     "requirement. Looking forward to your positive response."),
    ("offshore", "2025-11-06 05:40", "Dear Johanna, kindly revert on my previous message."),
], folder="ARCHIVE")
c("junk", "off_topic", "de", "themenfremd: Präsentkörbe für Firmenkunden", [
    ("wine", "2025-11-12 09:20", "Sehr geehrte Frau Strasser, überraschen Sie Ihre Kunden heuer mit "
     "handverlesenen Präsentkörben aus Österreich! Ab 20 Stück gratis Zustellung in ganz Wien."),
])
c("junk", "irrelevant_recruiter", "en", "recruiter with an irrelevant role", [
    ("javarec", "2026-01-20 10:00", "Hi Johanna, I'm recruiting a Senior Java Developer for a "
     "fintech in Frankfurt, EUR 95-110k, hybrid. Your profile looks like a great match! Would you be "
     "open to a chat?"),
])
c("junk", "follow_up_bumps", "en", "warehouse robotics pitch, only bumps, never answered", [
    ("robot", "2025-09-11 15:00", "Hi Johanna, labor shortages hitting your warehouse? AutoStack's "
     "autonomous mobile robots cut picking time by 60%. Can I send you our ROI calculator?"),
    ("robot", "2025-09-18 15:00", "Hi Johanna, following up on my last note."),
    ("robot", "2025-09-29 15:00", "Johanna - should I reach out to someone else on your team?"),
    ("robot", "2025-10-13 15:00", "Closing the loop here. If automation becomes a priority, you know "
     "where to find me."),
])

if __name__ == "__main__":
    x.write(OUT,
            {"First Name": "Johanna", "Last Name": "Strasser",
             "Headline": "COO & Co-Founder Flinkwerk | Letzte Meile per Lastenrad in Wien | "
                         "Ops, Flotte, Hubs",
             "Summary": "Wir stellen in Wien mit ~70 Rider:innen und Lastenrädern zu. Vorher "
                        "Tourenplanung bei einem Paketdienst. I speak ops, German and English.",
             "Industry": "Transportation, Logistics, Supply Chain and Storage", "Zip Code": "1110",
             "Geo Location": "Vienna, Austria",
             "Websites": "[COMPANY:https://flinkwerk.at]"},
            [{"Company Name": "Flinkwerk Logistik GmbH", "Title": "COO & Co-Founder",
              "Description": "Last-mile delivery by cargo bike; hubs in Simmering and Ottakring.",
              "Location": "Wien", "Started On": "Oct 2019", "Finished On": ""},
             {"Company Name": "Paketwelt Austria", "Title": "Tourenplanerin Depot Liesing",
              "Description": "", "Location": "Wien", "Started On": "Sep 2015",
              "Finished On": "Sep 2019"}],
            ["Operations Management", "Last Mile Delivery", "Fleet Management", "Routenplanung",
             "Personalführung", "Urban Logistics"])
    print(x.summary())

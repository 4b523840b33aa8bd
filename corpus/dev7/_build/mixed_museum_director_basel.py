"""Persona mixed-museum-director-basel (heldout7, written blind in session 2).

Dr. Andrea Leuenberger, director of the (fictional) Museum Lindenhof Basel, a mid-size art
museum for 19th-21st century art with a print room. Swiss Standard German (no sharp s),
English and a little French. Export in the 2021 layout (no recipient URLs).
Every message below is written by hand for this corpus.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-museum-director-basel"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Andrea Leuenberger", "https://www.linkedin.com/in/andrea-leuenberger-museum")
ex = Export(SLUG, "2021", owner)
P, C = ex.person, ex.conv

# ------------------------------------------------------------------ people
# genuine
P("lender", "Dr. Hans-Ulrich Stähelin", "Privatsammlung", "Sammler", connected="2017-05-03")
P("registrar", "Emily Thornton", "Whitfield Gallery of Art, Leeds", "Registrar", connected="2019-11-12")
P("kurator", "Nicolas Baumann", "Museum Lindenhof Basel", "Kurator Grafische Sammlung", connected="2015-02-01")
P("gastkur", "Dr. Mira Okonkwo", "Independent", "Curator", connected="2020-01-20")
P("donor", "Verena Iselin", "Iselin-Stiftung", "Präsidentin", connected="2016-09-09")
P("journo", "Simon Brodbeck", "bz Basel", "Kulturredaktor")
P("lehrer", "Beat Gisler", "Sekundarschule Sandgruben", "Lehrer Bildnerisches Gestalten")
P("stiftungsrat", "Prof. Dr. Thomas Rüegg", "Museum Lindenhof Basel", "Präsident des Stiftungsrats", connected="2014-06-06")
P("shipper", "Marco Zanetti", "Rheinart Fine Art Logistics", "Projektleiter", connected="2018-03-03")
P("broker", "Claudia Frey", "Artas Versicherungsbroker", "Kundenberaterin Museen", connected="2019-04-04")
P("mulhouse", "Élodie Kieffer", "Musée des Beaux-Arts de Mulhouse", "Conservatrice", connected="2018-10-10")
P("estate", "Lena Vogel", "Nachlass Otto Vogel", "Nachlassverwalterin", connected="2020-08-01")
P("intern", "Jonas Meier", "Universität Basel", "MA Kunstgeschichte")
P("kanton", "Dr. Ruth Gasser", "Abteilung Kultur Basel-Stadt", "Leiterin Museen", connected="2013-01-01")
P("museumsnacht", "Fabienne Roth", "Verein Museumsnacht Basel", "Geschäftsführerin", connected="2016-12-12")
P("thanks1", "Caroline Sarasin", "", "Kunstvermittlerin", connected="2019-02-02")
P("thanks2", "Daniel Wyss", "Galerie Wyss", "Galerist", connected="2017-07-07")
P("thanks3", "Anne-Sophie Brunner", "", "Architektin", connected="2021-09-20")
P("spamlender", "Richard Ellison", "Private collection, London", "Collector")
P("artist", "Yuki Tanabe", "", "Artist", connected="2021-03-15",
  invite=("IN", "2021-03-14 21:10", "Lovely to meet you at the panel today."))
P("conservator", "Sara Müller", "Museum Lindenhof Basel", "Leiterin Restaurierung", connected="2015-03-03")
P("icom", "Dr. Pascal Meyer", "ICOM Schweiz", "Vorstand", connected="2012-05-05")
P("peer", "Prof. Catherine Lewis", "Courtauld Institute", "Professor of Art History", connected="2018-06-06")
P("fundr", "Nadja Portmann", "Museum Lindenhof Basel", "Leiterin Fundraising", connected="2019-01-01")
P("uni", "Prof. Dr. Lukas Frei", "Universität Basel", "Kunsthistorisches Seminar", connected="2014-04-04")
P("expat", "James Okafor", "Roche", "Head of Corporate Communications")

# wanted pitches
P("w_cons", "Dr. Fiona Hartley", "Hartley Paper Conservation", "Paper Conservator")
P("w_light", "Reto Schmid", "Lumen Museumslicht", "Lichtplaner")
P("w_access", "Martina Kälin", "Inklusiv Kultur", "Beraterin Barrierefreiheit")
P("w_transl", "Chloé Dubois", "Freelance", "Traductrice d'art FR/DE/EN")
P("w_ticket", "Stefan Aebi", "Kassenwerk AG", "Produktmanager Kultur")
P("w_publ", "Dr. Ines Graf", "Verlag Scheidegger & Partner", "Programmleitung Kunst")
P("w_digit", "Thomas Keller", "Scanlab Bern", "Digitalisierung Kulturgut")
P("w_kgtg", "lic. iur. Patricia Lenz", "Lenz Kulturrecht", "Rechtsanwältin")
P("w_fund", "Dr. Philipp Wenger", "Wenger Philanthropy Advisory", "Berater")
P("w_audio", "Hannah Blum", "Hörwerk Audioguides", "Produzentin")
P("w_sec", "Urs Tanner", "Tanner Sicherheitstechnik", "Museumssicherheit")

# junk
P("j_t1", "Jessica Meier", "EventStars GmbH", "Senior Event Managerin")
P("j_t2", "Kai Brunner", "Eventkultur AG", "Key Account")
P("j_t3", "Lara Schenk", "WOW Events Schweiz", "Business Development")
P("j_t4", "Nico Huber", "Erlebniswerk Events", "Projektleiter")
P("j_t5", "Sarah Graf", "Momentum Eventagentur", "Event Consultant")
P("j_ticket", "Brandon Hughes", "TixFlow", "Account Executive, Cultural Sector")
P("j_award", "International Culture Awards", "ICA Ltd", "Awards Committee")
P("j_award2", "Melanie Stauffer", "Swiss Culture Excellence", "Projektleitung")
P("j_nft", "Alex Rivera", "ArtChain Labs", "Co-Founder",
  connected="2021-04-12", invite=("IN", "2021-04-11 19:50", ""))
P("j_invest", "Charlotte Beaumont", "Masterworks Capital Partners", "Art Investment Advisor")
P("j_invest2", "Gianluca Ferri", "Arte Rendita SA", "Wealth Manager")
P("j_vr", "Oliver Stone", "360Immerse", "Founder")
P("j_merch", "Tanja Lüthi", "PrintMerch Express", "Verkauf")
P("j_leads", "Daniel Fox", "GrowthGrid", "Growth Consultant")
P("j_recr", "Sandra Bühler", "Helvetic Staffing Partner", "Recruiterin")
P("j_merge1", "Martin Kunz", "Kulturmarketing Plus", "Berater")
P("j_merge2", "Emily Carter", "MuseumApp Pro", "Partnerships")
P("j_merge3", "Jean-Marc Rossier", "Solutions Culturelles SA", "Directeur commercial")
P("j_merge4", "Felix Amsler", "Digitalwerk Agentur", "CEO")
P("j_like", "Stefan Berger", "Berger Ventures", "Founder | Investor | Visionary",
  connected="2021-06-01", invite=("IN", "2021-05-31 22:00", ""))
P("j_call", "Ryan Mitchell", "Audience Accelerator", "Founder")
P("j_ctp", "Corinne Widmer", "Widmer Coaching", "Leadership Coach",
  connected="2020-11-16", invite=("IN", "2020-11-15 08:20", "Liebe Andrea, gerne vernetze ich mich mit Ihnen."))
P("j_bump", "Michelle Roth", "SocialBoost Agentur", "Account Managerin")
P("j_crypto", "Victor Lange", "Crypto Freedom Circle", "Mentor")
P("j_spam1", "Anna Sommer", "", "")
P("j_spam2", "Prize Department", "Global Museum Fund", "")
P("j_fr", "Thierry Morel", "Prestige Événements", "Chargé d'affaires")
P("j_crowd", "Laura Kessler", "FundIt Crowdfunding", "Kampagnen-Coach")
P("vhs", "Monika Schäfer", "Volkshochschule Lörrach", "Programmbereich Kultur")
P("visitor", "Peter Gut", "", "Pensionär")
P("printer", "Lukas Stocker", "Druckerei Schwabe-Stocker", "Kundenberater", connected="2019-05-05")
P("corp", "Isabelle Nguyen", "Helvetia Pharma Services", "Head of Events")
P("w_ipm", "Dr. Karin Eberle", "IPM Kulturgut", "Schädlingsmonitoring für Museen")
P("j_mag", "Redaktion Leading Women", "Leading Women Magazine", "Editorial")
P("j_seo", "Marco Tschopp", "Suchmaschinenprofi GmbH", "SEO-Berater")
P("j_ai", "Daniel Park", "ChatGenius AI", "Growth")
P("j_signage", "Tim Walker", "ScreenSmart Signage", "Regional Sales Manager",
  connected="2021-08-30", invite=("IN", "2021-08-29 17:05", "Hi Andrea, would be great to connect!"))
P("j_frame", "Bilderrahmen Direkt", "Bilderrahmen Direkt", "Kundenservice")
P("sp_bank", "Helvetia Private Bank", "", "", url="https://www.linkedin.com/company/helvetia-private-bank-demo")
P("sp_soft", "CultureCloud", "", "", url="https://www.linkedin.com/company/culturecloud-software")
P("sp_mba", "Alpine Business School", "", "", url="https://www.linkedin.com/company/alpine-business-school")

# ------------------------------------------------------------------ genuine
C("genuine", "lender", "de", "private lender about a painting loan and the courier", [
    ("lender", "2021-02-08 10:10", "Liebe Frau Leuenberger, ich habe den Leihvertrag für den Hodler erhalten. Zwei Punkte: Ich möchte, dass das Bild an der Wand mit Glas gezeigt wird, und beim Rücktransport hätte ich gern, dass Frau Müller von der Restaurierung dabei ist. Sonst bin ich einverstanden."),
    ("me", "2021-02-08 11:30", "Lieber Herr Stähelin, beides ist selbstverständlich. Ich ergänze den Vertrag und schicke ihn Ihnen diese Woche zur Unterschrift. Herzlichen Dank für Ihr Vertrauen!"),
    ("lender", "2021-02-08 11:45", "Merci vielmal, das freut mich."),
])
C("genuine", "lender_institution", "en", "UK registrar about loan agreement, courier and facility report", [
    ("registrar", "2021-05-17 09:00", "Dear Andrea, thank you for the facility report. Our conservation team is happy with the RH and light levels. We'll need a courier to accompany the two Turners both ways, and given the current rules they'll need a COVID test on arrival. Could you confirm you'll cover two nights' accommodation in Basel for install?"),
    ("me", "2021-05-17 10:15", "Dear Emily, yes, we'll cover accommodation and per diems for both trips and arrange the test. I'll send you the draft loan agreement with the revised insurance values by Friday."),
    ("registrar", "2021-05-17 10:30", "Perfect, thank you."),
])
C("genuine", "staff_curator", "de", "own curator about the print-room show and budget", [
    ("kurator", "2021-03-01 08:20", "Andrea, kurz zur Grafik-Ausstellung im Herbst: Die Rahmung wird teurer als budgetiert, ca. CHF 8'400 statt 6'000, weil wir 40 Blätter neu passepartourieren müssen. Kann ich das aus dem Reservetopf nehmen?"),
    ("me", "2021-03-01 09:00", "Ja, aber bitte mit Nadja abstimmen, sie braucht die Zahl für den Bericht an die Iselin-Stiftung."),
])
C("genuine", "guest_curator", "en", "guest curator about the catalogue deadline", [
    ("gastkur", "2021-06-21 17:40", "Hi Andrea, the catalogue essay is at 6,800 words - 800 over. I'd rather not cut the section on the Basel years. Could we trade two plates for the extra text? Happy to talk tomorrow."),
    ("me", "2021-06-21 18:10", "Hi Mira, I'd keep the Basel section too. Let's talk with the publisher at 10 tomorrow, I'll set up a call."),
])
C("genuine", "donor", "de", "donor about a pledged donation - talks money, genuine", [
    ("donor", "2020-10-05 14:00", "Liebe Andrea, der Stiftungsrat der Iselin-Stiftung hat gestern die CHF 250'000 für die Vermittlungsräume bewilligt, verteilt auf drei Jahre. Die Vereinbarung kommt per Post. Herzliche Gratulation, das habt ihr euch verdient!"),
    ("me", "2020-10-05 14:30", "Liebe Verena, was für eine wunderbare Nachricht! Ganz herzlichen Dank - ich rufe dich morgen an."),
])
C("genuine", "journalist", "de", "journalist about museum reopening after lockdown", [
    ("journo", "2021-02-25 11:00", "Grüezi Frau Leuenberger, die Museen dürfen ab 1. März wieder öffnen. Hätten Sie morgen kurz Zeit für ein Telefongespräch? Mich interessiert, wie Sie mit Zeitfenster-Tickets und Schutzkonzept arbeiten werden."),
    ("me", "2021-02-25 12:00", "Grüezi Herr Brodbeck, gerne, morgen um 9 Uhr?"),
    ("journo", "2021-02-25 12:05", "Perfekt, danke."),
])
C("genuine", "teacher_booking", "de", "teacher books a school tour, asks about price", [
    ("lehrer", "2021-09-06 19:20", "Guten Abend Frau Leuenberger, ich würde gern mit meiner 2. Sek (22 Jugendliche) im Oktober die Hodler-Ausstellung besuchen, idealerweise mit Führung. Was kostet das für Schulen? Und gibt es einen Workshop zum Selbermachen?"),
    ("me", "2021-09-07 08:00", "Guten Tag Herr Gisler, für Basler Schulen sind Eintritt und Führung gratis, der Workshop kostet CHF 5 pro Kind. Ich gebe Ihre Anfrage an unsere Kunstvermittlung weiter, die meldet sich bei Ihnen."),
    ("lehrer", "2021-09-07 08:30", "Herzlichen Dank!"),
])
C("genuine", "board", "de", "board president about the budget meeting", [
    ("stiftungsrat", "2020-11-23 07:50", "Liebe Andrea, für die Stiftungsratssitzung am 10.12. bitte ich um eine Übersicht der Covid-bedingten Einnahmeausfälle und der beantragten Ausfallentschädigungen. Zwei Seiten genügen."),
    ("me", "2020-11-23 08:30", "Lieber Thomas, das bekommst du bis 3.12."),
])
C("genuine", "existing_vendor", "de", "art shipper about an existing transport", [
    ("shipper", "2021-08-30 13:00", "Guten Tag Frau Leuenberger, die Klimakisten für die Rücktransporte nach Leeds sind bestellt. Abfahrt wäre am 18.1. um 6 Uhr, Zollabfertigung in Basel-Weil. Bitte bestätigen Sie uns noch den Kurier."),
    ("me", "2021-08-30 13:40", "Danke Herr Zanetti, Kurierin ist Frau Müller. Details folgen per Mail."),
])
C("genuine", "existing_vendor", "de", "insurance broker about the existing exhibition policy", [
    ("broker", "2021-04-14 10:00", "Liebe Frau Leuenberger, für die Nagel-zu-Nagel-Versicherung der Hodler-Ausstellung brauche ich noch die definitive Werkliste mit Versicherungswerten. Die Prämie beträgt nach erster Schätzung CHF 14'200."),
    ("me", "2021-04-14 11:00", "Liebe Frau Frey, die Liste kommt morgen von Herrn Baumann."),
])
C("genuine", "partner_museum_fr", "mixed", "French partner museum about a co-production (French and German)", [
    ("mulhouse", "2021-03-22 09:30", "Chère Andrea, nous avons enfin l'accord de la Ville pour l'exposition commune sur l'affiche alsacienne et bâloise en 2022. Pourrions-nous fixer une réunion en avril? Je peux venir à Bâle."),
    ("me", "2021-03-22 10:15", "Chère Élodie, quelle bonne nouvelle! Gerne, am liebsten am 14. oder 15. April bei uns. Ich bringe Nicolas Baumann mit, er kennt die Plakatsammlung am besten."),
    ("mulhouse", "2021-03-22 10:40", "Le 15 avril, parfait. À bientôt!"),
])
C("genuine", "artist_estate", "de", "artist estate about a gift of works", [
    ("estate", "2020-09-14 16:00", "Sehr geehrte Frau Leuenberger, im Namen der Erbengemeinschaft möchte ich Ihnen 30 Zeichnungen meines Grossvaters Otto Vogel als Schenkung anbieten. Hätten Sie Interesse, sich die Blätter anzuschauen?"),
    ("me", "2020-09-14 17:00", "Sehr geehrte Frau Vogel, das ist sehr grosszügig. Herr Baumann und ich würden die Blätter sehr gern sehen. Wann passt es Ihnen?"),
    ("estate", "2020-09-15 08:10", "Nächste Woche Dienstag oder Mittwoch, in Riehen."),
])
C("genuine", "applicant", "de", "student applies for an internship", [
    ("intern", "2021-01-18 20:45", "Sehr geehrte Frau Dr. Leuenberger, ich studiere Kunstgeschichte im Master und interessiere mich für ein Praktikum in Ihrer Grafischen Sammlung ab Sommer. Darf ich Ihnen meine Bewerbung schicken?"),
    ("me", "2021-01-19 08:30", "Grüezi Herr Meier, gerne an Nicolas Baumann, er betreut die Praktika. Viel Erfolg!"),
])
C("genuine", "canton_funding", "de", "cantonal culture department about subsidy reporting", [
    ("kanton", "2021-06-02 10:00", "Liebe Andrea, für die Leistungsvereinbarung 2022-2025 bitte ich euch um die Besucherzahlen 2019-2021 aufgeschlüsselt nach Schulklassen. Frist ist der 30. Juni."),
    ("me", "2021-06-02 10:20", "Liebe Ruth, machen wir. Danke für die frühe Info."),
])
C("genuine", "association_event", "de", "Museumsnacht invitation and participation", [
    ("museumsnacht", "2020-09-28 09:00", "Liebe Andrea, die Museumsnacht 2021 findet - hoffentlich - am 22. Januar statt, mit Zeitfenstern. Seid ihr wieder dabei? Anmeldung bis 15. Oktober."),
    ("me", "2020-09-28 09:45", "Liebe Fabienne, selbstverständlich sind wir dabei!"),
])
C("genuine", "thanks", "de", "thanks after the opening (near-duplicate 1)", [
    ("thanks1", "2021-09-17 08:30", "Liebe Andrea, herzlichen Dank für die wunderbare Vernissage gestern! Eine grossartige Ausstellung, und der Apéro im Garten war perfekt."),
])
C("genuine", "thanks", "de", "thanks after the opening (near-duplicate 2)", [
    ("thanks2", "2021-09-17 09:05", "Liebe Andrea, herzlichen Dank für die wunderbare Vernissage gestern - eine grossartige Ausstellung! Der Apéro im Garten war perfekt."),
    ("me", "2021-09-17 10:00", "Lieber Daniel, merci, schön warst du da!"),
])
C("genuine", "thanks", "mixed", "thanks after the opening (near-duplicate 3, French and German)", [
    ("thanks3", "2021-09-17 11:20", "Merci pour la magnifique soirée! Herzlichen Dank für die Vernissage gestern, eine grossartige Ausstellung."),
])
C("genuine", "lender_in_spam", "en", "genuine potential lender whose message landed in SPAM", [
    ("spamlender", "2021-07-05 15:30", "Dear Dr Leuenberger, I own a small oil study by Ferdinand Hodler (Lake Thun, c. 1905) that has not been exhibited since the 1970s. I read about your forthcoming exhibition in The Art Newspaper. Would you be interested in considering it as a loan? I can send photographs and the provenance file."),
], folder="SPAM")
C("genuine", "artist", "en", "artist thanks and asks about a studio visit", [
    ("artist", "2021-03-16 12:00", "Dear Andrea, thank you for connecting after the panel at Art Basel Conversations. If you ever have an hour, I would love to show you the new paper works in my studio in Kleinbasel."),
    ("me", "2021-03-16 13:00", "Dear Yuki, with pleasure. How about the week after Easter?"),
])
C("genuine", "staff_conservation", "de", "head of conservation about climate problem", [
    ("conservator", "2021-07-19 07:10", "Andrea, in Saal 4 haben wir seit gestern 62 % Luftfeuchte. Die Klimaanlage hat einen Defekt, Techniker kommt um 10. Ich würde die zwei Leihgaben aus Leeds vorsichtshalber ins Depot nehmen."),
    ("me", "2021-07-19 07:20", "Ja, mach das sofort, und bitte Emily Thornton informieren. Danke!"),
])
C("genuine", "association_icom", "de", "ICOM board invites her to a panel", [
    ("icom", "2021-04-26 15:00", "Liebe Frau Leuenberger, für die ICOM-Jahrestagung in Lugano suchen wir eine Direktorin für das Panel 'Museen nach der Pandemie'. Hätten Sie Lust? Reise und Hotel werden übernommen."),
    ("me", "2021-04-26 16:30", "Lieber Herr Meyer, sehr gern, vielen Dank für die Anfrage."),
])
C("genuine", "peer", "en", "academic peer recommends a student", [
    ("peer", "2021-10-11 10:00", "Dear Andrea, one of my PhD students, Lina Haas, works on Swiss poster design 1900-1930 and would benefit enormously from a week in your print room. Could I put her in touch with your curator?"),
    ("me", "2021-10-11 11:00", "Dear Catherine, of course - please have her write to Nicolas Baumann and mention you."),
])
C("genuine", "staff_fundraising", "de", "own fundraiser about a corporate sponsor meeting", [
    ("fundr", "2021-11-08 17:00", "Andrea, Roche hat geantwortet: Sie wären bereit, über ein Sponsoring der Vermittlung 2022 zu reden. Termin am 23.11. um 14 Uhr bei ihnen am Standort. Kannst du mitkommen?"),
    ("me", "2021-11-08 17:30", "Ja, trage ich ein."),
])
C("genuine", "owner_outreach", "en", "owner writes to a corporate comms head (owner-started) about sponsorship", [
    ("me", "2021-11-10 09:00", "Dear Mr Okafor, thank you for agreeing to meet on the 23rd. Ahead of the meeting, I've attached a two-page overview of our school programme, which reached 9,400 children in 2019. We look forward to the conversation."),
    ("expat", "2021-11-10 14:20", "Dear Dr Leuenberger, thank you - very helpful. See you on the 23rd."),
])
C("genuine", "owner_outreach", "de", "owner asks a collector for a loan (owner-started)", [
    ("me", "2020-12-02 10:00", "Lieber Herr Stähelin, wir planen für Herbst 2021 eine Hodler-Ausstellung zum Thema Landschaft. Ihr 'Genfersee am Morgen' wäre ein Herzstück. Dürfte ich Sie im Januar besuchen und das Projekt vorstellen?"),
    ("lender", "2020-12-03 09:00", "Liebe Frau Leuenberger, Sie sind herzlich willkommen. Rufen Sie mich an."),
])
C("genuine", "university", "de", "university professor about a joint seminar", [
    ("uni", "2021-02-15 13:30", "Liebe Andrea, wollen wir im Herbstsemester wieder ein gemeinsames Seminar mit Objektstudium in eurer Grafischen Sammlung machen? Thema könnte die Plakatkunst sein, passend zu eurer Kooperation mit Mulhouse."),
    ("me", "2021-02-15 14:00", "Lieber Lukas, sehr gerne. Lass uns im März einen Kaffee trinken."),
])
C("genuine", "donor_event", "de", "donor invites her to a private dinner", [
    ("donor", "2021-12-01 18:00", "Liebe Andrea, wir würden dich und deinen Mann gern zum Jahresabschluss-Znacht am 17.12. zu uns einladen. Ganz privat, nur Freunde der Stiftung."),
    ("me", "2021-12-01 18:30", "Liebe Verena, wir kommen sehr gerne!"),
])
C("genuine", "group_staff", "de", "management team group thread about reopening", [
    ("kurator", "2021-02-26 08:00", "Plan für Montag: Kasse ab 10, Zeitfenster alle 30 Minuten, max. 60 Personen im Haus."),
    ("conservator", "2021-02-26 08:15", "Saal 4 bleibt zu, die Vitrinen sind noch nicht zurück."),
    ("me", "2021-02-26 08:30", "Danke, so machen wir's. Ich bin ab 9 im Haus."),
], title="GL Wiedereröffnung", extra=["fundr"])
C("genuine", "congrats", "en", "congrats on her appointment to a federal commission", [
    ("peer", "2020-07-01 09:00", "Dear Andrea, congratulations on your appointment to the Federal Art Commission! Very well deserved."),
    ("me", "2020-07-01 10:00", "Thank you so much, Catherine!"),
])
C("genuine", "partner_museum_fr", "mixed", "French partner follows up on exhibition dates, short", [
    ("mulhouse", "2021-10-04 16:00", "Andrea, petite question: l'ouverture à Mulhouse le 3 juin 2022, ça vous va? Sonst verschieben wir um eine Woche."),
    ("me", "2021-10-04 16:30", "3 juin, c'est parfait. Merci Élodie!"),
])
C("genuine", "lender_thanks", "de", "lender thanks after the exhibition, archived", [
    ("lender", "2021-12-20 11:00", "Liebe Frau Leuenberger, das Bild ist wohlbehalten zurück. Es war mir eine Freude, es in Ihrer schönen Ausstellung zu sehen. Frohe Festtage!"),
], folder="ARCHIVE")
C("genuine", "journalist_followup", "en", "English-speaking journalist asks for images", [
    ("journo", "2021-09-10 14:00", "Hi Andrea, our weekend supplement is running a piece on the Hodler show in English for the expat readers. Could your press office send 3 high-res images with credits? Thanks, Simon"),
    ("me", "2021-09-10 14:30", "Hi Simon, sure - our press office will send them today."),
])

C("genuine", "group_booking", "de", "adult-education group from across the border books a tour", [
    ("vhs", "2021-10-25 09:15", "Sehr geehrte Frau Dr. Leuenberger, wir möchten mit einer Gruppe von 18 Personen der VHS Lörrach im November eine Führung durch die Hodler-Ausstellung buchen, gern an einem Donnerstagabend. Was würde das kosten und müssen alle ein Covid-Zertifikat haben?"),
    ("me", "2021-10-25 10:00", "Sehr geehrte Frau Schäfer, sehr gerne. Die Gruppenführung kostet CHF 180 plus ermässigter Eintritt, und ja, in der Schweiz gilt im Museum die Zertifikatspflicht. Unsere Vermittlung schickt Ihnen Termine."),
])
C("genuine", "visitor_question", "de", "visitor asks about wheelchair access", [
    ("visitor", "2021-08-02 18:00", "Grüezi, meine Frau sitzt im Rollstuhl. Ist die Ausstellung im 2. Stock mit dem Lift erreichbar? Danke für eine kurze Antwort."),
    ("me", "2021-08-02 19:30", "Grüezi Herr Gut, ja, alle Säle sind mit dem Lift erreichbar, und an der Kasse gibt es einen Leihrollstuhl. Wir freuen uns auf Ihren Besuch!"),
])
C("genuine", "existing_vendor", "mixed", "catalogue printer about proofs of the existing order", [
    ("printer", "2021-07-28 11:00", "Grüezi Frau Leuenberger, die Proofs für den Hodler-Katalog sind bereit. Die englische Fassung hat noch zwei Bildlegenden ohne credit line ('courtesy of the lender' - bitte Namen ergänzen?). Abholung oder Kurier?"),
    ("me", "2021-07-28 11:30", "Danke Herr Stocker, bitte per Kurier. Die Credits schickt Ihnen Herr Baumann heute."),
])
C("genuine", "venue_rental_lead", "en", "company wants to rent the museum for a dinner - inbound buyer, talks budget", [
    ("corp", "2021-11-15 13:00", "Dear Dr Leuenberger, we'd like to host a seated dinner for 80 guests in your garden hall on 9 June 2022, with a private tour of the collection beforehand. Is the museum available for private hire and could you share a price range? Our budget is flexible for the right venue."),
    ("me", "2021-11-15 14:10", "Dear Ms Nguyen, thank you for thinking of us. The garden hall is available on 9 June. I'll ask our events colleague to send you the rental conditions and a proposal this week."),
])

# ------------------------------------------------------------------ wanted pitches
C("wanted_pitch", "paper_conservator", "en", "paper conservator references the Vogel gift and the print room", [
    ("w_cons", "2020-11-09 10:00", "Dear Dr Leuenberger, I read in the Basler Zeitung that you received 30 drawings by Otto Vogel. Many of his sheets from the 1930s are on acidic wood-pulp paper and tend to show foxing. I am an accredited paper conservator (ICON) working in Freiburg im Breisgau, 40 minutes away, and I've treated Vogel sheets for the Augustinermuseum. Would a condition survey on site be helpful? I'd send a quote beforehand."),
    ("me", "2020-11-09 11:30", "Dear Dr Hartley, this is indeed helpful. Our head of conservation, Sara Müller, will be in touch."),
])
C("wanted_pitch", "lighting", "de", "lighting planner refers to the renovation of Saal 4", [
    ("w_light", "2021-01-25 09:30", "Grüezi Frau Leuenberger, im Jahresbericht habe ich gesehen, dass Sie Saal 4 im Sommer sanieren. Wir haben 2019 die Grafikräume im Kunstmuseum Winterthur auf LED mit 50 Lux umgerüstet - mit sehr guter Farbwiedergabe bei Papierarbeiten. Gern zeige ich Ihnen vor Ort, wie das aussieht."),
])
C("wanted_pitch", "accessibility", "de", "accessibility consultant mentions the new education rooms", [
    ("w_access", "2020-10-20 14:00", "Liebe Frau Leuenberger, herzliche Gratulation zur Iselin-Spende für die neuen Vermittlungsräume! Falls Sie die Räume barrierefrei planen möchten (taktile Leitsysteme, Induktionsschleife, Leichte Sprache), begleite ich das gerne. Ich habe u.a. das Naturhistorische Museum Bern beraten."),
    ("me", "2020-10-20 15:00", "Liebe Frau Kälin, danke, das Thema ist tatsächlich offen. Schicken Sie mir gern eine Referenzliste."),
])
C("wanted_pitch", "catalogue_translation", "mixed", "art translator noticed the bilingual catalogue with Mulhouse", [
    ("w_transl", "2021-04-06 11:00", "Bonjour Madame Leuenberger, j'ai lu que vous préparez avec Mulhouse une exposition sur l'affiche. Für den zweisprachigen Katalog übersetze ich gern ins Französische - ich habe u.a. für das Musée Tinguely und die Fondation Beyeler Kataloge übersetzt. Muster sende ich gern."),
])
C("wanted_pitch", "ticketing_tailored", "de", "ticketing vendor knows their Museums-PASS and time slots", [
    ("w_ticket", "2021-03-08 10:00", "Sehr geehrte Frau Leuenberger, ich habe gesehen, dass Sie seit der Wiedereröffnung Zeitfenster-Tickets über ein Formular verkaufen und den Oberrheinischen Museums-PASS an der Kasse manuell erfassen. Unser Kassensystem hat eine Schnittstelle zum Museums-PASS und wird bereits im Museum der Kulturen genutzt. Darf ich Ihnen eine 30-minütige Demo geben?"),
])
C("wanted_pitch", "publisher_coedition", "de", "publisher proposes co-edition of the Hodler catalogue", [
    ("w_publ", "2021-02-01 16:00", "Liebe Frau Leuenberger, Ihre Hodler-Ausstellung im Herbst passt hervorragend in unser Programm - wir haben 2018 den Band zu Hodlers Bildnissen verlegt. Wir könnten den Katalog als Koedition mit Buchhandelsvertrieb in der ganzen Schweiz und Deutschland herausbringen. Hätten Sie Zeit für ein Gespräch?"),
    ("me", "2021-02-01 17:00", "Liebe Frau Graf, sehr gerne, lassen Sie uns nächste Woche telefonieren."),
])
C("wanted_pitch", "digitisation", "de", "digitisation service refers to the 12,000-sheet print collection", [
    ("w_digit", "2021-05-10 09:00", "Guten Tag Frau Leuenberger, Ihre Grafische Sammlung mit rund 12'000 Blättern ist laut Website erst zu einem Drittel online. Wir digitalisieren Papierarbeiten vor Ort mit Reprotisch (bis A1) und liefern IIIF-fähige Daten. Das Projekt könnte über den Lotteriefonds gefördert werden - gern berate ich Sie auch dazu."),
])
C("wanted_pitch", "legal_return_guarantee", "de", "lawyer about the return guarantee for the Leeds loans", [
    ("w_kgtg", "2021-03-29 10:30", "Sehr geehrte Frau Leuenberger, für die Leihgaben aus Grossbritannien in Ihrer Herbstausstellung werden Sie eine Rückgabegarantie nach KGTG beantragen müssen. Ich habe diese Gesuche für mehrere Schweizer Museen begleitet. Falls Sie Unterstützung brauchen, stehe ich gerne zur Verfügung."),
])
C("wanted_pitch", "fundraising_campaign", "de", "fundraising adviser read the annual report about the extension funding gap", [
    ("w_fund", "2021-08-16 14:00", "Sehr geehrte Frau Leuenberger, im Jahresbericht 2020 schreiben Sie, dass für den Erweiterungsbau noch CHF 4 Mio. private Mittel fehlen. Ich habe die Kapitalkampagne des Museums Oskar Reinhart begleitet. Hätten Sie Interesse an einem unverbindlichen Austausch?"),
])
C("wanted_pitch", "audio_guide", "en", "audio guide producer refers to the English-speaking visitors", [
    ("w_audio", "2021-06-28 12:00", "Dear Andrea, I noticed from your visitor survey (published in your annual report) that 28% of your visitors prefer English, but the audio guide is in German and French only. We produce audio guides with local voices and recently did the Hodler rooms at a Bernese museum. Happy to send a sample."),
])
C("wanted_pitch", "security", "de", "security specialist references the loan requirements", [
    ("w_sec", "2021-04-19 08:30", "Grüezi Frau Leuenberger, britische Leihgeber verlangen inzwischen oft Vitrinenalarme und eine Nachtbewachung nach UK Government Indemnity Scheme. Wir haben das für das Kunsthaus Zug umgesetzt. Soll ich Ihnen zeigen, wie das bei Ihnen aussehen könnte?"),
])

C("wanted_pitch", "pest_management", "de", "IPM specialist refers to her post about moths in the depot", [
    ("w_ipm", "2021-09-06 10:00", "Liebe Frau Leuenberger, Ihr Beitrag über die Kleidermotten im Textildepot hat mich angesprochen - leider ein häufiges Problem nach den Lockdowns, wenn die Räume weniger begangen werden. Ich betreue das Schädlingsmonitoring für drei Museen in der Nordwestschweiz und könnte Ihnen ein Fallenraster und eine Stickstoff-Behandlung der befallenen Objekte anbieten. Eine Erstbegehung ist kostenlos."),
    ("me", "2021-09-06 11:00", "Liebe Frau Eberle, sehr willkommen. Bitte melden Sie sich bei Sara Müller."),
])

# ------------------------------------------------------------------ junk
TEMPLATE = [
    ("j_t1", "2020-08-17 07:30", "Liebe Frau Leuenberger\n\nUnvergessliche Erlebnisse schaffen - das ist unsere Leidenschaft! Als eine der führenden Eventagenturen der Schweiz realisieren wir Firmenanlässe, Galas und Incentives mit Wow-Effekt.\n\nGerne zeige ich Ihnen in einem kurzen Gespräch, wie wir auch für Sie einzigartige Momente gestalten können.\n\nHerzliche Grüsse"),
    ("j_t2", "2020-11-02 08:15", "Sehr geehrte Frau Leuenberger\n\nUnvergessliche Erlebnisse kreieren - das ist unsere Passion! Als eine der innovativsten Eventagenturen der Schweiz realisieren wir Firmenevents, Galas und Incentives mit Wow-Faktor.\n\nGerne zeige ich Ihnen in einem kurzen Call, wie wir auch für Sie unvergessliche Momente schaffen.\n\nBeste Grüsse"),
    ("j_t3", "2021-02-09 07:45", "Hallo Andrea\n\nUnvergessliche Erlebnisse schaffen ist unsere Leidenschaft! Als eine der führenden Eventagenturen der Schweiz setzen wir Firmenanlässe, Jubiläen und Incentives mit Wow-Effekt um.\n\nGerne zeige ich dir in 15 Minuten, wie wir auch für dich einzigartige Momente gestalten können.\n\nLiebe Grüsse"),
    ("j_t4", "2021-05-25 08:00", "Liebe Frau Leuenberger\n\nUnvergessliche Erlebnisse schaffen - das ist unsere Leidenschaft! Als eine der führenden Eventagenturen der Schweiz realisieren wir Firmenanlässe, Sommerfeste und Incentives mit Wow-Effekt.\n\nGerne zeige ich Ihnen in einem kurzen Gespräch, wie wir auch für das Museum Lindenhof einzigartige Momente gestalten können.\n\nHerzliche Grüsse"),
    ("j_t5", "2021-10-12 07:20", "Liebe Frau Leuenberger\n\nUnvergessliche Erlebnisse schaffen - das ist unsere Leidenschaft! Als eine der führenden Eventagenturen realisieren wir Weihnachtsessen, Galas und Incentives mit Wow-Effekt.\n\nGerne zeige ich Ihnen in einem kurzen Gespräch, wie wir auch für Sie einzigartige Momente gestalten.\n\nHerzliche Grüsse"),
]
for index, message in enumerate(TEMPLATE, 1):
    C("junk", "event_agency_template", "de", f"event agency template, sender {index} of 5", [message])

C("junk", "ticketing_generic", "en", "generic ticketing software pitch naming the museum, with bumps", [
    ("j_ticket", "2021-03-15 15:00", "Hi Andrea, cultural venues like Museum Lindenhof Basel are losing up to 30% of potential revenue through outdated ticketing. TixFlow is the all-in-one platform trusted by 500+ venues worldwide - dynamic pricing, memberships, donations. Do you have 15 minutes this week?"),
    ("j_ticket", "2021-03-22 15:00", "Hi Andrea, just following up on my previous note. Would next Tuesday work?"),
    ("j_ticket", "2021-04-01 15:00", "Hi Andrea, I'll assume the timing isn't right. Should I reach out again in Q3?"),
])
C("junk", "paid_award", "en", "paid international culture award", [
    ("j_award", "2021-06-07 09:00", "Dear Dr. Leuenberger, we are delighted to inform you that Museum Lindenhof Basel has been selected as a finalist for the International Culture Awards 2021 - Best Mid-Size Museum (Europe). To confirm your participation in the gala in Dubai and receive your trophy, kindly complete the registration (fee EUR 2,950) by 20 June."),
])
C("junk", "paid_award", "de", "paid Swiss culture award", [
    ("j_award2", "2021-09-27 10:00", "Sehr geehrte Frau Leuenberger, Ihr Museum wurde für den 'Swiss Culture Excellence Award 2021' nominiert! Mit der Auszeichnung erhalten Sie ein Qualitätssiegel und ein redaktionelles Porträt. Die Teilnahmegebühr beträgt CHF 1'800. Wir freuen uns auf Ihre Bestätigung."),
])
C("junk", "nft_connect_pitch", "en", "NFT pitch after connecting", [
    ("j_nft", "2021-04-12 08:00", "Hey Andrea! Thanks for connecting - love what museums are doing with digital these days 🎨"),
    ("j_nft", "2021-04-14 08:00", "So here's the thing: we help museums turn their collections into NFTs. The Uffizi did it, and so can you. Zero upfront cost, 50/50 revenue split. Can we hop on a quick call?"),
    ("j_nft", "2021-04-21 08:00", "Bumping this - NFT market is moving fast! 🚀"),
])
C("junk", "art_investment", "en", "art investment scheme", [
    ("j_invest", "2021-07-20 11:00", "Dear Andrea, as someone with a deep appreciation of art, you may be interested in owning shares of blue-chip paintings. Our clients have seen average annual returns of 14.2%. Minimum investment CHF 20,000. May I send you our brochure?"),
])
C("junk", "art_investment", "mixed", "art investment scheme, Italian-Swiss sender in German/English", [
    ("j_invest2", "2021-10-18 16:00", "Buongiorno Frau Leuenberger, Kunst als Anlage: garantierte Rendite 8% p.a. mit zertifizierten Werken. Exclusive opportunity for museum professionals. Darf ich Sie anrufen?"),
])
C("junk", "virtual_tour", "en", "360 virtual tour pitch, generic", [
    ("j_vr", "2020-06-15 13:00", "Hi Andrea, museums are closed but your visitors don't have to miss out! We create immersive 360° virtual tours in 48h. Special lockdown price USD 990. Interested?"),
])
C("junk", "merchandise", "de", "merchandise printing pitch", [
    ("j_merch", "2021-05-03 09:00", "Hallo! Tassen, Tote Bags, T-Shirts mit Ihrem Logo - ab 50 Stück, Lieferung in 5 Tagen. Jetzt 15 % Frühlingsrabatt. Katalog?"),
])
C("junk", "lead_gen", "en", "lead generation, capacity for new clients", [
    ("j_leads", "2021-08-09 14:00", "Hi Andrea, do you have capacity for new clients this quarter? We help consultancies book 20+ qualified meetings per month on autopilot. Worth a chat?"),
])
C("junk", "unrelated_recruiting", "de", "recruiting spam for unrelated job", [
    ("j_recr", "2021-01-11 08:00", "Hallo Andrea! Für einen Kunden in Zürich suchen wir per sofort eine Sachbearbeiterin Debitorenbuchhaltung 80-100 %. Wäre das spannend für dich? Melde dich gern!"),
])
C("junk", "merge_tag_failure", "de", "unfilled merge tag", [
    ("j_merge1", "2020-09-07 07:00", "Liebe/r {Anrede} {Nachname}\n\nMöchten Sie mehr Besucherinnen und Besucher für {Institution}? Unsere Kulturmarketing-Pakete starten bei CHF 490 pro Monat. Kurzes Telefonat?"),
])
C("junk", "merge_tag_failure", "en", "template with wrong museum name", [
    ("j_merge2", "2021-02-22 05:00", "Hi Andrea, I love what you're doing at the Kunstmuseum Bern! Museums using MuseumApp Pro increased visitor engagement by 60%. Can I send you a demo link?"),
])
C("junk", "merge_tag_failure", "mixed", "French template with placeholder left in, German sign-off", [
    ("j_merge3", "2021-06-14 08:30", "Bonjour [PRÉNOM], nous accompagnons les institutions culturelles dans leur transformation digitale. Seriez-vous disponible pour un échange de 20 minutes? Freundliche Grüsse, Jean-Marc"),
])
C("junk", "merge_tag_failure", "de", "wrong first name", [
    ("j_merge4", "2021-11-22 09:00", "Hallo Sandra, Ihr Unternehmen wächst - Ihre Website auch? Wir bauen Websites, die verkaufen. Erstberatung kostenlos!"),
])
C("junk", "like_minded", "en", "like-minded visionary, connect then pitch", [
    ("j_like", "2021-06-01 07:30", "Andrea, great to connect with another visionary leader! Always inspired by people shaping culture."),
    ("j_like", "2021-06-03 07:30", "I'm building an exclusive circle of leaders who want to 10x their impact. Our next retreat is in Ibiza - application link below. Would love to see you there."),
])
C("junk", "quick_call", "en", "quick 15-minute call", [
    ("j_call", "2021-09-20 16:00", "Hey Andrea, quick question - got 15 minutes this week? I have a proven system to triple your audience in 90 days."),
])
C("junk", "coach_connect_pitch", "de", "leadership coach small talk then pitch", [
    ("j_ctp", "2020-11-16 09:00", "Liebe Andrea, danke fürs Vernetzen! Ihre Arbeit für die Kultur in Basel beeindruckt mich."),
    ("me", "2020-11-16 10:30", "Danke, freundlich!"),
    ("j_ctp", "2020-11-18 09:00", "Sehr gern! Gerade in Krisenzeiten brauchen Führungskräfte einen Raum für sich. Mein Coaching-Programm 'Resilient führen' startet im Januar - darf ich Ihnen die Unterlagen schicken?"),
])
C("junk", "social_bump", "de", "social-media agency bump sequence", [
    ("j_bump", "2021-04-06 08:00", "Hallo Frau Leuenberger, haben Sie meine Nachricht gesehen?"),
    ("j_bump", "2021-04-13 08:00", "Ich schiebe das nochmal kurz nach oben 🙂"),
    ("j_bump", "2021-04-20 08:00", "Letzte Nachricht von mir - mehr Follower für Ihr Museum, ja oder nein?"),
])
C("junk", "crypto", "en", "crypto scheme, SPAM", [
    ("j_crypto", "2021-05-12 23:30", "Hi Andrea, are you open to learning how I earn 3% daily with crypto? It's changed my life. Message me!"),
], folder="SPAM")
C("junk", "romance_spam", "en", "fake-profile spam, SPAM", [
    ("j_spam1", "2021-08-23 02:20", "Hello dear, I saw your profile and you look very kind. I am lonely widow looking for friendship. Can we talk on WhatsApp?"),
], folder="SPAM")
C("junk", "prize_scam", "en", "prize/grant scam, SPAM", [
    ("j_spam2", "2020-12-14 03:00", "Your museum has been selected to receive a grant of USD 500,000 from the Global Museum Fund. Kindly send processing fee of USD 450 to release funds."),
], folder="SPAM")
C("junk", "event_agency_fr", "mixed", "French event agency, generic, French with German", [
    ("j_fr", "2021-03-02 10:00", "Madame, Prestige Événements organise vos soirées de gala et séminaires clé en main. Wir sprechen auch Deutsch! Catalogue sur demande."),
])
C("junk", "crowdfunding", "de", "crowdfunding consultant, generic", [
    ("j_crowd", "2020-07-06 11:00", "Hallo! Starten Sie Ihr eigenes Crowdfunding-Projekt - wir begleiten Sie von der Idee bis zum Erfolg. Über 1'000 erfolgreiche Kampagnen. Kostenloses Erstgespräch?"),
])
C("junk", "paid_feature", "en", "paid 'leading women' magazine feature", [
    ("j_mag", "2021-03-08 06:00", "Dear Andrea, happy International Women's Day! You have been selected to be featured in our 'Top 50 Women Leaders in Culture 2021' edition. Feature packages start at USD 1,500. Reply YES to secure your spot."),
])
C("junk", "seo", "de", "SEO pitch naming the museum website", [
    ("j_seo", "2021-05-31 09:00", "Guten Tag Frau Leuenberger, museum-lindenhof.ch ist bei Google für 'Museum Basel' nicht auf Seite 1. Mit unserem SEO-Paket ändern wir das in 3 Monaten. Darf ich Ihnen eine kostenlose Analyse schicken?"),
])
C("junk", "ai_chatbot", "en", "AI chatbot for 'your business', generic", [
    ("j_ai", "2021-12-06 17:00", "Hi Andrea, what if your business could answer every customer question instantly, 24/7? ChatGenius AI does exactly that. Setup in 10 minutes. Free trial?"),
])
C("junk", "signage_connect_pitch", "en", "digital signage connect-then-pitch", [
    ("j_signage", "2021-08-30 08:00", "Thanks for connecting, Andrea! Hope you had a lovely summer."),
    ("j_signage", "2021-09-01 08:10", "Quick one: are you still using printed posters in the foyer? Our digital signage screens pay for themselves in 12 months. Happy to send a brochure or jump on a quick call."),
])
C("junk", "framing_shop", "de", "generic picture-frame webshop, SPAM", [
    ("j_frame", "2021-11-29 01:30", "BLACK FRIDAY! Bis zu 60 % auf alle Bilderrahmen. Nur heute! Jetzt bestellen."),
], folder="SPAM")
C("junk", "sponsored_inmail", "de", "Sponsored InMail from a private bank", [
    ("sp_bank", "2021-03-10 12:00", "<p>Liebe Andrea</p><p>Verm&ouml;gensverwaltung f&uuml;r F&uuml;hrungskr&auml;fte&nbsp;- jetzt Beratungstermin vereinbaren.</p>"),
], title="Sponsored Conversation", subject="Ihr Vermögen in besten Händen")
C("junk", "sponsored_inmail", "en", "Sponsored InMail from culture software", [
    ("sp_soft", "2021-07-14 12:00", "<p>Hi Andrea,</p><p>CultureCloud helps 2,000 venues sell tickets &amp; memberships. Get a free demo.</p>"),
], title="Sponsored Conversation", subject="Sell more tickets this season")
C("junk", "sponsored_inmail", "en", "Sponsored InMail for an executive MBA", [
    ("sp_mba", "2021-10-05 12:00", "<p>Hi Andrea,</p><p>Take the next step: our Executive MBA starts in January. Scholarships available.</p>"),
], title="Sponsored Conversation", subject="Your Executive MBA")

ex.write(
    OUT,
    {"First Name": "Andrea", "Last Name": "Leuenberger",
     "Headline": "Direktorin Museum Lindenhof Basel | Kunst des 19. bis 21. Jahrhunderts",
     "Summary": "Seit 2014 leite ich das Museum Lindenhof in Basel: Sammlung, Ausstellungen, Grafische Sammlung mit rund 12'000 Blättern und ein wachsendes Vermittlungsprogramm. Kunsthistorikerin (Dr. phil., Universität Basel).",
     "Industry": "Museums, Historical Sites, and Zoos", "Geo Location": "Basel, Schweiz",
     "Websites": "[COMPANY:museum-lindenhof.ch]"},
    [{"Company Name": "Museum Lindenhof Basel", "Title": "Direktorin",
      "Description": "Leitung von Sammlung, Ausstellungen, Vermittlung und Betrieb", "Location": "Basel",
      "Started On": "Aug 2014", "Finished On": ""},
     {"Company Name": "Kunstmuseum Winterthur", "Title": "Kuratorin",
      "Description": "", "Location": "Winterthur", "Started On": "Mar 2007", "Finished On": "Jul 2014"}],
    ["Kunstgeschichte", "Ausstellungen", "Museumsmanagement", "Fundraising", "Grafische Sammlungen"],
)
print(ex.summary())

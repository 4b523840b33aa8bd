"""dev28 persona 3: Lea Brandstätter, associate at Kiesel Capital, an early-stage fund in
Munich (B2B software and industrial tech). 2026 export layout, German and English about half/half.
Written blind to the detector code, session 4. All texts written by hand."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-venture-capital-associate-munich"
OWNER = Person("me", "Lea Brandstätter", "https://www.linkedin.com/in/lea-brandstaetter-vc",
               "Kiesel Capital", "Investment Associate")
ex = Export(SLUG, "2026", OWNER)
P = ex.person
G, W, J = "genuine", "wanted_pitch", "junk"

# ---------------------------------------------------------------- people
P("founder1", "Moritz Achleitner", "Schraubwerk AI", "Co-Founder & CEO")
P("founder2", "Priya Raman", "Tessellate Robotics", "Founder", connected="2025-09-26")
P("founder3", "Jonas Eberl", "Lagerklar", "CEO", connected="2025-06-02")
P("coinv1", "Felix Obermaier", "Alpenblick Ventures", "Partner", connected="2021-03-15")
P("coinv2", "Rachel Goldberg", "Northwind Seed", "Principal", connected="2023-11-08")
P("lp1", "Cornelia Wagner-Thurn", "Family Office Thurn", "Investment Manager", connected="2022-05-05")
P("lp2", "Markus Rieder", "Bayerische Versorgungskasse Beteiligungen", "Referent Private Equity", connected="2024-01-20")
P("dataroom", "Tobias Kern", "Vaultroom", "Customer Success", connected="2023-02-02")
P("crm", "Hannah Miles", "Dealgraph", "Account Executive", connected="2024-06-06")
P("event1", "Sophie Lindqvist", "Munich Founders Night", "Organiser", connected="2022-10-10")
P("recruit", "Benedikt Strobl", "Strobl Executive Search", "Partner", connected="2025-04-14")
P("applicant", "Ayla Demir", "LMU München", "MSc Finance student", connected="2025-10-01")
P("ty1", "Lukas Hintermaier", "Werkraum Accelerator", "Programme Lead", connected="2025-11-21")
P("ty2", "Mira Costa", "Greenloop", "Founder", connected="2025-11-21")
P("ty3", "Daniel Fuchs", "Bauwise", "CTO", connected="2025-11-22")
P("journo", "Katrin Mühlbauer", "Münchner Wirtschaftsbrief", "Redakteurin Start-ups")
P("oldcol", "Sebastian Huber", "Huber & Kollegen Strategy", "Manager", connected="2017-09-01")
P("pf1", "Elena Vasquez", "Fieldnote Analytics", "CEO", connected="2023-07-19")
P("pf2", "Thomas Lichtl", "Kranwerk Digital", "Gründer & CEO", connected="2022-12-12")
P("spamfounder", "Clemens Aigner", "Stahlblick", "Co-Founder")
P("peervc", "Nora Schweiger", "Isarbrücke Capital", "Associate", connected="2020-02-20")
P("prof", "Prof. Dr. Wolfgang Kessler", "TUM School of Management", "Lehrstuhl Entrepreneurship", connected="2019-06-06")
P("lawyer", "Dr. Julia Reinhold", "Reinhold Hartmann Rechtsanwälte", "Partnerin", connected="2021-08-08")
P("boss", "Christoph Kiesel", "Kiesel Capital", "Managing Partner", connected="2020-01-15")
P("lpinbound", "Andreas Moosbrugger", "Moosbrugger Antriebstechnik GmbH", "CFO")
P("angel", "Vivian Lee", "", "Angel investor", connected="2019-03-03")
P("founder4", "Kilian Steiner", "Pflegeplan", "Co-Founder", connected="2025-08-15")
P("founder5", "Amira Haddad", "Ferrofy", "CEO", connected="2025-05-05")
P("team1", "Paul Wegmann", "Kiesel Capital", "Analyst", connected="2024-09-01")
P("acc", "Greta Sommer", "Werkraum Accelerator", "Community Manager", connected="2023-04-04")
P("friend", "Johanna Ritter", "", "", connected="2015-10-10")
P("fundadmin", "Michael Brenner", "Alpine Fund Services", "Fund Accountant", connected="2023-01-01")
P("usvc", "Greg Patterson", "Bayline Partners", "General Partner", connected="2025-02-02")
P("founder6", "Sarah Okafor", "Quietgrid", "Founder", connected="2025-03-10")
# wanted pitchers
P("drw", "Maximilian Haas", "Dossier.io", "Founder")
P("crmw", "Chloe Bennett", "Thesisboard", "Founding AE")
P("speakw", "Isabella Rossi", "", "Speaker coach")
P("adminw", "Florian Kastner", "Kapitalverwaltung Süd", "Business Development", connected="2025-12-03",
  invite=("IN", "2025-12-03 10:05", "Hallo Frau Brandstätter, Glückwunsch zur BaFin-Registrierung von Fonds II."))
P("researchw", "Tim Okonkwo", "", "Freelance market researcher")
P("legalw", "Dr. Paulina Weber", "Weber Tech Law", "Rechtsanwältin")
P("dataw", "Jakob Lindner", "Foundermap", "Co-Founder")
P("kycw", "Annika Petersen", "OnboardLP", "Head of Sales")
P("recw", "Charlotte Meyer", "Meyer & Rau Talent", "Principal Consultant")
P("scoutw", "Raphael Gruber", "", "Student, TUM Venture Lab")
P("eventw", "Oskar Brandl", "Deep Tech Breakfast Munich", "Host")
P("translw", "Elif Yilmaz", "", "Finanzübersetzerin")
# junk senders
P("leadgen", "Ethan Brooks", "DealFlow Engine", "Growth Lead")
P("yacht", "Dimitri Vlahos", "Aegean Charters", "Sales")
P("financing", "Marcel Unger", "StartKapital Direkt", "Finanzierungsberater")
P("capacity", "Olivia Grant", "PitchPerfect Partners", "Founder")
P("likemind", "Ben Walker", "Walker Holdings", "Investor | Founder | Dreamer", connected="2025-07-07",
  invite=("IN", "2025-07-07 06:30", "Hi Lea, let's connect as like-minded investors and entrepreneurs!"))
P("fifteen", "Stefanie Lorenz", "Mindset Elite", "High-Performance Coach")
P("ctp1", "Noah Fischer", "Fundraise Studio", "Founder", connected="2025-10-13",
  invite=("IN", "2025-10-13 09:01", ""))
P("ctp2", "Isabel Krämer", "InvestorRelations Pro", "Beraterin", connected="2026-01-19",
  invite=("IN", "2026-01-19 20:10", "Hallo Lea, spannender Fonds!"))
P("ctp3", "Ryan Choi", "Apex Wealth Partners", "Wealth Manager", connected="2025-08-25",
  invite=("IN", "2025-08-25 12:40", ""))
P("bump", "Jennifer Walsh", "Signalhire Pro", "SDR")
P("tpl1", "Adam Novak", "CapitalConnect", "Head of Partnerships")
P("tpl2", "Megan O'Neill", "VentureLeads", "Partnerships Manager")
P("tpl3", "Lars Hoffmann", "InvestorMatch", "Gründer")
P("tpl4", "Daniel Kim", "StartupSignal", "BD Lead")
P("tpl5", "Emma Richter", "FounderPipeline", "Community Lead")
P("merge1", "Tyler Reed", "OutboundOS", "Account Executive")
P("merge2", "Sandra Pohl", "Messebau Premium", "Vertrieb")
P("merge3", "Victor Almeida", "Lumen Analytics", "Sales Director")
P("merge4", "Kerstin Maurer", "Büroservice Süd", "Vertrieb")
P("spon1", "Quantora Wealth", "", "", url="https://www.linkedin.com/company/quantora-wealth")
P("spon2", "Flowsheet", "", "", url="https://www.linkedin.com/company/flowsheet-app")
P("spon3", "Executive MBA Alpenland", "", "", url="https://www.linkedin.com/company/emba-alpenland")
P("award", "Rebecca Stone", "Women in Capital Awards", "Awards Manager")
P("speakpaid", "Martin Vogl", "Future Finance Summit", "Speaker Relations")
P("fluent", "Alexander Weiss", "Kompass Brand Advisory", "Senior Consultant")
P("memecoin", "Jay Morrison", "MoonPaws Token", "Founder & Visionary")
P("drgen", "Karan Mehta", "SecureShare VDR", "Business Development Executive")
P("crmgen", "Lisa Hartwig", "SalesCloud24", "Vertrieb")
P("eventgen", "Patrick Dunn", "Global Investor Forum", "Delegate Relations")
P("recgen", "Marina Koch", "Karrieresprung", "Recruiterin")
P("legalgen", "Frank Albrecht", "Kanzlei Albrecht", "Rechtsanwalt")
P("researchgen", "Ana Souza", "MarketReportsHub", "Research Sales")
P("coach", "Ralf Berger", "Leadership Lab", "Executive Coach", connected="2025-04-01")
P("watch", "Luca Bianchi", "Orologi Privati", "Private Client Advisor")
P("wine", "Henrik Wolf", "Vinum Invest", "Anlageberater")
P("nft", "Zara Ahmed", "ChainFund DAO", "Community Lead")
P("ghost", "Mia Schuster", "Postfabrik", "LinkedIn-Ghostwriterin")
P("offshore", "Sanjay Gupta", "Prime Outsource Solutions", "Business Manager")

# ---------------------------------------------------------------- genuine
ex.conv(G, "founder_inbound", "de", "Gründer pitcht passend zur Fondsthese, harter Fall: Runde und Bewertung", [
    ("founder1", "2025-11-04 07:50", "Hallo Frau Brandstätter, ich habe Ihren Artikel über KI in der Fertigungsplanung gelesen. Wir bauen bei Schraubwerk AI eine Planungssoftware für Lohnfertiger mit 20-200 Mitarbeitern, aktuell 14 zahlende Kunden, 310k ARR. Wir sammeln 2,5 Mio. € Seed bei 12 Mio. pre. Darf ich Ihnen das Deck schicken?"),
    ("me", "2025-11-04 10:15", "Hallo Herr Achleitner, gern, schicken Sie es direkt hierher. Lohnfertiger ist genau unser Fokus. Haben Sie einen Lead?"),
    ("founder1", "2025-11-04 10:40", "Noch keinen Lead, zwei Business Angels sind committed. Deck anbei."),
    ("me", "2025-11-05 18:00", "Danke, sieht spannend aus. Können wir Donnerstag 9 Uhr 45 Minuten machen?"),
], attachments={2: "https://www.linkedin.com/dms/schraubwerk-seed-deck.pdf"})
ex.conv(G, "founder_followup_event", "en", "founder she met at an event sends deck", [
    ("founder2", "2025-09-26 09:00", "Hi Lea, great to meet you at Founders Night yesterday! As promised, our deck attached. We're raising a 3M seed for our bin-picking robotics, closing in December. Would love your feedback even if it's too early for Kiesel."),
    ("me", "2025-09-26 13:20", "Hi Priya, thanks, great chatting too. I'll read it over the weekend and come back with questions Monday."),
    ("me", "2025-09-29 08:30", "Questions: 1) what's your gross margin on the pilot hardware, 2) who's the design partner in Ingolstadt? Happy to set a call with Christoph this week."),
    ("founder2", "2025-09-29 09:10", "1) ~38% today, 55% at scale. 2) Can't name them in writing yet, happy to on a call. Wednesday?"),
], attachments={0: "https://www.linkedin.com/dms/tessellate-deck-sep25.pdf"})
ex.conv(G, "owner_started_founder", "de", "Associate spricht Gründer von sich aus an", [
    ("me", "2025-06-02 11:00", "Hallo Herr Eberl, ich habe Lagerklar bei einem Kunden in Landshut im Einsatz gesehen und war beeindruckt. Sind Sie gerade im Gespräch mit Investoren? Wir investieren Pre-Seed und Seed in B2B-Software für Logistik."),
    ("founder3", "2025-06-03 08:20", "Hallo Frau Brandstätter, danke! Wir sind noch gebootstrapped, planen aber im Herbst eine Runde. Gern auf einen Kaffee vorher."),
    ("me", "2025-06-03 08:45", "Sehr gern, ich lade ein. Nächste Woche am Viktualienmarkt?"),
])
ex.conv(G, "co_investor", "de", "Co-Investor bespricht Term Sheet, harter Fall: Vertrag", [
    ("coinv1", "2025-12-02 16:00", "Servus Lea, zu Kranwerk Bridge: Wir würden 600k zeichnen, wenn ihr 400k macht. Die Liquidation Preference 1x non-participating wie gehabt. Beim Cap sind wir bei 18 Mio., Thomas will 22. Siehst du Spielraum?"),
    ("me", "2025-12-02 17:30", "Servus Felix, 400k passt für uns, Christoph hat grünes Licht gegeben. Beim Cap würden wir 20 mittragen, 22 ist zu viel für die aktuellen Zahlen. Telefonieren wir morgen früh mit Thomas?"),
    ("coinv1", "2025-12-02 17:45", "Morgen 8:30, ich schick den Link."),
])
ex.conv(G, "co_investor", "en", "US co-investor asks about pro-rata", [
    ("coinv2", "2025-08-12 15:00", "Hey Lea, quick one on Fieldnote. Elena says the Series A lead wants to cap existing investors' pro-rata at 50%. Are you guys planning to fight for full pro-rata? We'd like to align before the call on Thursday."),
    ("me", "2025-08-12 16:10", "Hi Rachel, yes we want full pro-rata, it's one of our top 3. Let's align, free tomorrow 5pm CET?"),
    ("coinv2", "2025-08-12 16:20", "Works. Sending invite."),
])
ex.conv(G, "lp_relations", "de", "Family Office fragt nach Quartalsbericht", [
    ("lp1", "2025-10-20 09:30", "Liebe Frau Brandstätter, könnten Sie mir den Q3-Bericht vorab schicken? Unser Beirat tagt am 28. und ich würde gern die Bewertungsänderung bei Kranwerk erklären können."),
    ("me", "2025-10-20 11:00", "Liebe Frau Wagner-Thurn, der Bericht kommt am Freitag offiziell, ich schicke Ihnen heute Abend den Entwurf des Kranwerk-Abschnitts mit den Annahmen."),
])
ex.conv(G, "lp_relations", "de", "Versorgungskasse zu Kapitalabruf", [
    ("lp2", "2026-01-13 10:15", "Guten Morgen Frau Brandstätter, wir haben den Capital Call Nr. 7 erhalten. Die Zahlungsfrist 10 Bankarbeitstage ist für uns intern schwierig, ist eine Verlängerung auf 15 Tage möglich? Und: wird der Betrag ganz für die Schraubwerk-Investition verwendet?"),
    ("me", "2026-01-13 12:30", "Guten Morgen Herr Rieder, 15 Tage sind in Ordnung, ich gebe es an den Fondsverwalter weiter. Rund 70 % gehen in Schraubwerk, der Rest sind Management Fee und die Follow-on-Reserve für Fieldnote."),
])
ex.conv(G, "vendor_price_change", "en", "existing data-room vendor announces price change, hard case: price change", [
    ("dataroom", "2025-07-21 11:00", "Hi Lea, a heads-up before your renewal in September: we're moving from per-room to per-seat pricing. For Kiesel with 6 seats that'd be EUR 4,320 a year instead of 3,600. I can lock your current price for one more year if you renew by end of August."),
    ("me", "2025-07-21 14:30", "Thanks Tobias. Please send the renewal at the current price, I'll get it signed."),
    ("dataroom", "2025-07-21 14:45", "Done, it's in your inbox."),
])
ex.conv(G, "vendor_quote", "en", "existing CRM vendor sends renewal quote she asked for, hard case: quote", [
    ("me", "2025-10-06 09:00", "Hi Hannah, we're adding two seats for Fund II in January. Could you send me a quote for 8 seats including the LP portal add-on?"),
    ("crm", "2025-10-06 16:00", "Hi Lea! 8 seats + LP portal comes to USD 14,900/yr, I've applied a 10% multi-year discount if you sign for 2 years. Quote attached, valid till 31 Oct."),
    ("me", "2025-10-07 08:00", "Thanks, I'll take it to Christoph."),
], attachments={1: "https://www.linkedin.com/dms/dealgraph-quote-kiesel.pdf"})
ex.conv(G, "event_invite_contact", "de", "Organisatorin lädt sie als Jurorin ein", [
    ("event1", "2025-08-28 18:00", "Hi Lea, wir machen im November wieder das Pitch-Battle bei der Founders Night. Hast du Lust, in der Jury zu sitzen? 10 Teams, 3 Minuten pro Pitch, danach Brezn und Bier."),
    ("me", "2025-08-28 19:10", "Na klar! Schick mir das Datum."),
    ("event1", "2025-08-28 19:15", "20.11., 18 Uhr, Werksviertel. Danke dir!"),
])
ex.conv(G, "recruiter_engaged", "de", "Headhunter, den der Fonds beauftragt hat, harter Fall: Honorar und Einstellung", [
    ("me", "2025-04-15 09:30", "Hallo Herr Strobl, danke für das Gespräch. Wie besprochen suchen wir einen Analysten (m/w/d) für Fonds II, Start im Juli. Können Sie mir Ihre Konditionen schriftlich geben?"),
    ("recruit", "2025-04-15 14:00", "Hallo Frau Brandstätter, gern: Retainer 5.000 €, Erfolgshonorar 22 % des ersten Jahresgehalts abzüglich Retainer. Shortlist in drei Wochen. Vertrag kommt per Mail."),
    ("me", "2025-04-15 14:30", "Passt, ich unterschreibe heute noch."),
    ("recruit", "2025-05-06 10:00", "Die Shortlist mit 4 Kandidaten ist in Ihrem Postfach."),
])
ex.conv(G, "job_applicant", "en", "applicant for the internship", [
    ("applicant", "2025-10-02 20:30", "Hi Lea, thank you for accepting my request. I saw the internship posting for Kiesel Capital for spring 2026. I'm in my second year of the MSc Finance at LMU, worked at a deep-tech startup for a year and built a small market map on industrial AI (linked in my CV). Would you be open to a short chat?"),
    ("me", "2025-10-03 08:15", "Hi Ayla, thanks for reaching out. Please apply via the form on our site too, but yes, let's do 20 min next Tuesday at 12?"),
    ("applicant", "2025-10-03 08:40", "Perfect, thank you!"),
], attachments={0: "https://www.linkedin.com/dms/ayla-demir-cv.pdf"})
ex.conv(G, "thanks_after_event", "de", "nahezu gleicher Dank nach Workshop 1/3", [
    ("ty1", "2025-11-21 09:00", "Liebe Lea, vielen Dank für deinen Workshop zu Cap Tables gestern im Werkraum! Die Founder waren begeistert, und das Excel-Beispiel war Gold wert. Gerne wieder im nächsten Batch!"),
])
ex.conv(G, "thanks_after_event", "en", "near-identical thanks after the workshop 2/3", [
    ("ty2", "2025-11-21 11:30", "Hi Lea, thank you so much for the cap table workshop yesterday at Werkraum! The Excel example was gold. Hope you'll come back for the next batch!"),
    ("me", "2025-11-21 12:10", "Thanks Mira, glad it helped! Good luck with the round."),
])
ex.conv(G, "thanks_after_event", "de", "nahezu gleicher Dank nach Workshop 3/3", [
    ("ty3", "2025-11-22 08:20", "Hallo Lea, danke für den Cap-Table-Workshop am Donnerstag! Das Excel-Beispiel hat uns echt geholfen, wir haben unsere ESOP-Planung gleich angepasst. Hoffentlich bis zum nächsten Batch!"),
])
ex.conv(G, "press_request", "de", "Journalistin bittet um Einschätzung", [
    ("journo", "2025-07-08 13:00", "Hallo Frau Brandstätter, ich schreibe über die Seed-Finanzierungen in Bayern im ersten Halbjahr. Hätten Sie Zeit für ein kurzes Zitat zur Frage, ob Industrie-KI überbewertet ist? Bis Donnerstag Mittag wäre ideal."),
    ("me", "2025-07-08 15:00", "Hallo Frau Mühlbauer, gern. Ich schicke Ihnen bis morgen zwei, drei Sätze, die ich vorher noch mit unserer Kommunikation abstimme."),
])
ex.conv(G, "long_standing_contact", "de", "ehemaliger Kollege aus der Beratung, Smalltalk", [
    ("oldcol", "2025-12-19 17:30", "Servus Lea! Frohe Weihnachten. Bist du über die Feiertage in München? Die alte Truppe trifft sich am 27. im Augustiner, wie jedes Jahr. Du fehlst seit zwei Jahren 😉"),
    ("me", "2025-12-19 18:45", "Sebi! Dieses Jahr bin ich dabei, versprochen. Wer kommt noch?"),
    ("oldcol", "2025-12-19 19:00", "Alle außer Flo, der ist in Singapur. Freu mich!"),
])
ex.conv(G, "portfolio", "en", "portfolio founder asks for a customer intro", [
    ("pf1", "2025-09-03 07:45", "Morning Lea! Could you intro me to the Head of Quality at the gearbox manufacturer you mentioned in Augsburg? We just shipped the defect-clustering feature and it's exactly their use case."),
    ("me", "2025-09-03 09:00", "Morning Elena, sure, sending a double opt-in email now."),
])
ex.conv(G, "portfolio", "de", "Portfoliogründer sucht CFO, bittet um Hilfe", [
    ("pf2", "2025-06-17 21:00", "Hi Lea, wir brauchen vor der A-Runde eine:n CFO oder zumindest Head of Finance. Kennst du jemand oder hast du einen Headhunter, mit dem ihr gute Erfahrungen habt? Budget so 130-150k."),
    ("me", "2025-06-18 08:10", "Hi Thomas, ja: Benedikt Strobl, mit dem suchen wir gerade selbst. Ich stelle euch vor. Und ich frag mal bei Isarbrücke, die hatten letztes Jahr eine gute Kandidatin."),
    ("pf2", "2025-06-18 08:30", "Top, danke!!"),
])
ex.conv(G, "founder_spam_folder", "de", "passender Gründer landet im SPAM-Ordner", [
    ("spamfounder", "2025-09-15 06:40", "Grüß Gott Frau Brandstätter, wir sind ein Team aus Wien (ex-Voestalpine) und bauen Kamerasysteme, die Oberflächenfehler an Stahlcoils in Echtzeit erkennen. 3 Pilotkunden, erster bezahlter Vertrag unterschrieben. Wir suchen 1,5 Mio. € Pre-Seed. Passt das zu Kiesel?"),
    ("me", "2025-09-24 09:00", "Hallo Herr Aigner, Ihre Nachricht war leider im Spam-Ordner, tut mir leid! Das passt sehr gut zu uns. Können Sie mir das Deck schicken und wir telefonieren nächste Woche?"),
], folder="SPAM")
ex.conv(G, "peer_joint_offer", "de", "befreundete VC-Associate schlägt gemeinsame Office Hours vor, harter Fall: gemeinsames Angebot", [
    ("peervc", "2025-05-12 12:30", "Hey Lea, wollen wir im Herbst gemeinsame Office Hours für Industrie-Startups anbieten? Jeden ersten Mittwoch, ihr und wir, 4 Slots à 30 Min. Werkraum würde den Raum umsonst stellen. Kosten nur Kaffee und Brezn, teilen wir."),
    ("me", "2025-05-12 13:00", "Nora, super Idee! Ich frag Christoph, aber ich bin sicher dabei. Lass uns nächste Woche die Anmeldeseite bauen."),
])
ex.conv(G, "university", "de", "Professor lädt zu Gastvortrag ein", [
    ("prof", "2025-10-27 10:00", "Liebe Frau Brandstätter, hätten Sie im Januar Zeit für einen Gastvortrag in meiner Vorlesung 'Entrepreneurial Finance'? 45 Minuten zu Seed-Bewertungen aus Praxissicht wären ideal. Leider ohne Honorar, aber mit dankbaren Studierenden."),
    ("me", "2025-10-27 14:20", "Lieber Herr Kessler, sehr gern! Der 15. oder 22. Januar würde passen."),
    ("prof", "2025-10-28 08:00", "Dann der 22. Vielen Dank!"),
])
ex.conv(G, "vendor_price_change", "de", "Fondsanwältin kündigt neue Stundensätze an", [
    ("lawyer", "2025-12-10 11:00", "Liebe Lea, kurz vorab: ab 1. Januar passen wir unsere Stundensätze an (Partner 480 €, Associates 320 €). Für das Fonds-II-Closing bleibt es beim vereinbarten Pauschalhonorar. Das offizielle Schreiben kommt an Christoph."),
    ("me", "2025-12-10 11:40", "Danke Julia für die Vorwarnung, ich sag's Christoph."),
])
ex.conv(G, "internal", "de", "Managing Partner intern, inkl. unversandtem Entwurf", [
    ("boss", "2025-11-06 07:30", "Lea, ich habe das Schraubwerk-Memo gelesen. Stark. Zwei Punkte: Churn-Annahmen konservativer, und ruf bitte zwei Referenzkunden an. IC am Dienstag."),
    ("me", "2025-11-06 08:00", "Mach ich, die Kunden sind für Freitag angefragt."),
    ("me", "2025-11-06 08:05", "Und noch was zum Thema Bewertung, ich finde 12 pre eigentlich"),
], drafts={2})
ex.conv(G, "inbound_lp_lead", "de", "Mittelständler will als LP in Fonds II investieren, harter Fall: Kaufinteresse", [
    ("lpinbound", "2025-11-17 15:20", "Sehr geehrte Frau Brandstätter, wir sind ein Familienunternehmen aus dem Allgäu (Antriebstechnik, 600 MA) und möchten uns erstmals an einem Venture-Fonds beteiligen, um näher an Start-ups in der Industrie zu sein. Ist Fonds II noch offen? Welche Mindestzeichnung und welche Konditionen gelten?"),
    ("me", "2025-11-17 17:00", "Sehr geehrter Herr Moosbrugger, vielen Dank für Ihr Interesse! Fonds II ist bis März offen, die Mindestzeichnung liegt bei 1 Mio. €, Management Fee 2,5 %, Carry 20 %. Ich würde gern mit unserem Managing Partner einen Termin bei Ihnen in Kempten machen."),
    ("lpinbound", "2025-11-18 08:30", "Sehr gern. Mein Assistent meldet sich."),
])
ex.conv(G, "angel_dealshare", "en", "angel friend shares a deal", [
    ("angel", "2025-07-30 22:00", "Lea, you need to meet these two. Ex-Siemens, building predictive maintenance for elevators. Tiny round, 800k, I'm in for 50. Not sure if it's your size but the team is A+. Want an intro?"),
    ("me", "2025-07-31 07:30", "Always. Intro please, Viv!"),
])
ex.conv(G, "founder_negotiation", "de", "Gründer verhandelt nach Angebot", [
    ("founder4", "2025-09-10 19:00", "Hallo Lea, danke für das Term Sheet. Wir haben noch ein Konkurrenzangebot mit 10 % höherer Bewertung, aber wir würden lieber mit euch gehen. Könnt ihr beim Pre-Money auf 8 Mio. gehen? Dann unterschreiben wir diese Woche."),
    ("me", "2025-09-10 20:30", "Hallo Kilian, danke für die Offenheit. 8 ist zu hoch, ich kann Christoph 7,5 vorschlagen, wenn der Board Seat bleibt. Telefonieren wir morgen?"),
    ("founder4", "2025-09-10 20:45", "Morgen 12 Uhr."),
])
ex.conv(G, "owner_started_update", "en", "associate asks a founder for an update", [
    ("me", "2025-05-06 09:00", "Hi Amira, it's been 6 months since we passed. How's Ferrofy going? Any news on the magnet recycling pilot with the e-bike maker?"),
    ("founder5", "2025-05-06 13:00", "Hi Lea! Pilot went well, they signed a 2-year contract. We're raising a seed extension in June, would love to send you the update."),
    ("me", "2025-05-06 13:15", "Please do, congrats!"),
])
ex.conv(G, "deal_team_group", "mixed", "deal team group chat, German and English", [
    ("team1", "2025-11-10 08:00", "Morning! Reference calls Schraubwerk done: both very positive, one mentioned onboarding took 3 months though."),
    ("boss", "2025-11-10 08:20", "Gut. Lea, pack das bitte ins Memo unter Risiken."),
    ("me", "2025-11-10 08:25", "Done. Paul, can you update the cohort chart too?"),
    ("team1", "2025-11-10 08:30", "On it."),
], title="Deal Team Schraubwerk")
ex.conv(G, "accelerator", "de", "Accelerator sucht Mentorinnen", [
    ("acc", "2025-03-18 11:00", "Hallo Lea, für den Frühjahrsbatch suchen wir noch Mentorinnen für Finance-Themen. 2 Stunden im Monat. Magst du wieder dabei sein?"),
    ("me", "2025-03-18 12:00", "Ja klar, trag mich ein."),
])
ex.conv(G, "friend_congrats", "de", "Freundin gratuliert zur Beförderung", [
    ("friend", "2026-01-08 20:30", "LEA!!! Senior Associate? Warum erfahr ich das über LinkedIn 😤 Glückwunsch, Sekt am Wochenende?"),
    ("me", "2026-01-08 21:00", "Haha sorry, heute erst offiziell! Samstag bei mir?"),
])
ex.conv(G, "vendor_admin", "de", "Fondsverwaltung klärt Rechnung", [
    ("fundadmin", "2025-10-01 10:30", "Hallo Frau Brandstätter, die Rechnung von Reinhold Hartmann für September fehlt uns noch für die NAV-Berechnung. Könnten Sie die bitte weiterleiten?"),
    ("me", "2025-10-01 11:00", "Hallo Herr Brenner, ist unterwegs."),
])
ex.conv(G, "peer_investor", "en", "US VC asks about the Munich ecosystem", [
    ("usvc", "2025-02-03 17:00", "Hi Lea, Greg from Bayline. We're looking at a few industrial AI deals in Bavaria and keep hearing your name. Would you have 30 min to give an outsider the lay of the land? Happy to share what we see in the US market in return."),
    ("me", "2025-02-04 08:30", "Hi Greg, happy to. Thursday 5pm CET?"),
])
ex.conv(G, "founder_feedback", "en", "founder asks for feedback after a pass", [
    ("founder6", "2025-03-12 10:00", "Hi Lea, thanks for the quick and honest no. Would you mind sharing the main reason? We're iterating the deck before the next round of meetings."),
    ("me", "2025-03-12 12:40", "Hi Sarah, of course. Honestly it's mainly market size: grid-edge monitoring for municipal utilities in DACH felt too small for our fund model without a clear path to the US. The team and product were strong. Happy to look again if the expansion story gets sharper."),
    ("founder6", "2025-03-12 13:00", "Super helpful, thanks."),
])
ex.conv(G, "co_investor", "de", "Co-Investor lädt zum Syndikats-Dinner ein", [
    ("coinv1", "2025-07-15 12:00", "Lea, wir machen am 24. ein kleines Dinner mit 8 Seed-Investoren aus München, ganz informell, im Tantris-Nachbarlokal. Kommst du?"),
    ("me", "2025-07-15 12:30", "Gern, danke Felix!"),
])

# ---------------------------------------------------------------- wanted pitches
ex.conv(W, "data_room", "en", "data-room founder refers to her post about DD pain", [
    ("drw", "2025-08-19 09:15", "Hi Lea, your post about spending 11 hours chasing a founder's customer contracts across three Google Drives really resonated. We built Dossier.io for exactly that: founders get a DD checklist mapped to your template and you see gaps at a glance, no more 'final_v3' folders. Since you already use Vaultroom for closings, we'd sit before that, at the screening stage. Happy to set up Kiesel's checklist for free to try it on one deal."),
    ("me", "2025-08-19 18:00", "Ha, that post got more reactions than anything I've written. OK, let's try on one deal."),
])
ex.conv(W, "crm_vc", "en", "CRM vendor knows her Notion + Airtable setup", [
    ("crmw", "2025-06-23 14:00", "Hi Lea, in your interview with the Werkraum newsletter you mentioned Kiesel tracks deal flow in Airtable with Notion for memos, and that intros from your network get lost in email. Thesisboard imports both and auto-logs intros from your inbox. We just onboarded two other Munich seed funds. Would a 20-min demo with your own Airtable base make sense?"),
])
ex.conv(W, "speaker_coach", "de", "Speaker-Coach hat ihren Vortrag gesehen", [
    ("speakw", "2025-11-24 10:00", "Liebe Frau Brandstätter, ich war letzte Woche beim Cap-Table-Workshop im Werkraum. Inhaltlich super, aber ich glaube, Sie haben gemerkt, dass Sie die Zeit überzogen haben und der letzte Teil zu ESOP durchgerauscht ist. Ich coache Investorinnen für Bühnen und Panels, z. B. für die Bits-Konferenz. Falls Sie im Januar an der TUM sprechen: Eine Probesession wäre kostenlos."),
    ("me", "2025-11-24 12:00", "Autsch, aber stimmt 😅 Ich melde mich nach Weihnachten."),
])
ex.conv(W, "fund_admin", "de", "KVG hat die BaFin-Registrierung von Fonds II gesehen", [
    ("adminw", "2025-12-03 10:30", "Danke für die Vernetzung. Wir haben gesehen, dass Kiesel Capital Fonds II im BaFin-Register als registrierte AIF-Verwaltung eingetragen ist. Bei der Größe wird das jährliche Reporting an die Bundesbank ab nächstem Jahr Pflicht. Wir übernehmen das für sechs Münchner Seed-Fonds als Paket. Soll ich Ihnen eine Übersicht der Fristen und Kosten schicken?"),
])
ex.conv(W, "market_research", "en", "freelance researcher refers to her article on industrial AI", [
    ("researchw", "2025-04-07 11:00", "Hi Lea, I read your piece on the 'messy middle' of industrial AI adoption in the Mittelstand. You wrote there's no good data on how many Lohnfertiger run modern MES systems. I did exactly that kind of survey for a Fraunhofer project (n=420, Bavaria & BW). I could rerun it for Kiesel as a proprietary dataset in 6 weeks. Want a one-pager?"),
    ("me", "2025-04-07 15:00", "That's genuinely interesting. Send the one-pager please."),
])
ex.conv(W, "legal", "de", "Anwältin nimmt Bezug auf ihr veröffentlichtes Term-Sheet-Muster", [
    ("legalw", "2025-06-30 09:00", "Sehr geehrte Frau Brandstätter, Sie haben auf Ihrem Blog das Kiesel-Term-Sheet-Muster veröffentlicht, sehr gut. Eine Anmerkung: Die Vesting-Klausel in Ziffer 7 ist bei einer GmbH so nicht durchsetzbar, wenn die Anteile schon übertragen wurden. Ich berate viele Münchner Seed-Fonds genau dazu und würde Ihnen gern eine alternative Formulierung zeigen, unverbindlich."),
])
ex.conv(W, "startup_data", "en", "data tool points at her tracking setup", [
    ("dataw", "2025-09-08 08:00", "Hi Lea, I noticed on your GitHub that you maintain a small script scraping Handelsregister filings to spot new GmbHs in manufacturing software. Foundermap does that for all of DACH with daily updates and a clean API, including founder backgrounds. Happy to give you API access for a month, you could plug it straight into your Airtable."),
])
ex.conv(W, "lp_onboarding", "en", "KYC vendor names her concrete LP onboarding problem", [
    ("kycw", "2025-12-09 13:00", "Hi Lea, Julia Reinhold mentioned you've got 30+ new LPs for Fund II and that KYC is still done via PDFs over email. OnboardLP handles subscription docs, KYC and e-signature in one flow, already used for two Munich funds. Could we show you how a first close would look in it?"),
    ("me", "2025-12-09 16:00", "Julia's right, it's painful. Let's do a call next week."),
])
ex.conv(W, "recruiter_relevant", "de", "Recruiterin mit passender Principal-Rolle", [
    ("recw", "2026-01-14 08:30", "Hallo Frau Brandstätter, zunächst Glückwunsch zur Beförderung. Ich melde mich trotzdem, weil die Rolle sehr genau passt: Ein Industrie-CVC in Stuttgart sucht eine Principal mit Seed-Erfahrung in Fertigungssoftware, Ihr Schraubwerk-Deal wäre das perfekte Beispiel. Wenn das nicht passt, verstehe ich das, ich würde mich trotzdem über einen Austausch freuen."),
])
ex.conv(W, "scout", "de", "Student bietet Scouting an, erwähnt gemeinsamen Kontakt", [
    ("scoutw", "2025-10-15 17:00", "Hallo Frau Brandstätter, Prof. Kessler hat mir empfohlen, Sie anzuschreiben. Ich leite im TUM Venture Lab die Robotik-Gruppe und sehe früh, welche Teams an Industrieautomation arbeiten. Ich würde gern als Scout für Kiesel arbeiten, z. B. monatlich eine Liste mit 5 Teams. Vergütung nur bei Investment."),
    ("me", "2025-10-16 08:30", "Hallo Herr Gruber, klingt gut. Schicken Sie mir mal eine erste Liste."),
])
ex.conv(W, "event_invite_sponsorship", "en", "event host names her fund's thesis, asks for co-hosting", [
    ("eventw", "2025-09-22 12:00", "Hi Lea, I host Deep Tech Breakfast in Munich, 60 founders a month, mostly from TUM and Fraunhofer spin-offs. I saw Kiesel's new thesis page on industrial software. We're planning a manufacturing special in February and would love you as co-host. There's an optional 1,500 EUR partner package, but a free speaking slot is fine too."),
])
ex.conv(W, "translation", "de", "Übersetzerin bemerkt Fehler in ihren LP-Unterlagen", [
    ("translw", "2025-11-26 19:00", "Hallo Frau Brandstätter, ich bin auf Ihre englische Fonds-II-Präsentation gestoßen (Link im Kiesel-Newsletter). Auf Folie 12 steht 'Management Fee 2.5% p.a. on committed capitals' und bei 'Verwahrstelle' wurde 'Custody Place' übersetzt, das irritiert angelsächsische LPs eher. Ich übersetze Fondsdokumente für Münchner Häuser. Soll ich Ihnen die Folien kurz korrigieren, als Probe?"),
])

# ---------------------------------------------------------------- junk
ex.conv(J, "generic_lead_gen", "en", "generic lead gen for funds", [
    ("leadgen", "2025-05-20 04:30", "Hi Lea, are you looking for more quality deal flow? DealFlow Engine delivers 50+ vetted startups per month straight to your inbox, across all sectors and stages. Can I send you a sample list?"),
])
ex.conv(J, "off_topic_product", "en", "yacht charter", [
    ("yacht", "2025-06-10 09:00", "Dear Lea, summer is coming! Treat your team or your LPs to an exclusive yacht charter in the Greek islands. Corporate packages from EUR 18,000/week. Shall I send our brochure?"),
])
ex.conv(J, "offers_what_she_sells", "de", "Finanzierungsvermittler bietet ihr Startup-Kapital an", [
    ("financing", "2025-08-05 07:45", "Hallo Frau Brandstätter, suchen Sie Kapital für Ihr Start-up? Wir vermitteln Wagniskapital, Business Angels und Fördermittel für Gründer, Erfolgsquote 87 %. Gern prüfen wir Ihr Vorhaben kostenlos."),
])
ex.conv(J, "capacity_new_clients", "en", "pitch deck agency asks about capacity", [
    ("capacity", "2025-07-29 06:00", "Hi Lea, quick question: do you have capacity for new clients right now? We create investor-ready pitch decks that raise. Happy to share our portfolio."),
])
ex.conv(J, "like_minded_connect", "en", "like-minded connect then generic pitch", [
    ("likemind", "2025-07-07 07:00", "Thanks for connecting, Lea! I love connecting with like-minded investors and entrepreneurs. I'm putting together an exclusive group of high-net-worth founders and investors, 12 spots only. Let me know if you want in!"),
])
ex.conv(J, "quick_call", "de", "kurzer 15-Minuten-Call", [
    ("fifteen", "2025-09-30 05:45", "Hallo Lea, ich arbeite mit Führungskräften aus der Finanzbranche an Resilienz und Performance. Hast du diese Woche 15 Minuten für ein kurzes Kennenlernen? Ich bin sicher, da geht noch mehr!"),
])
ex.conv(J, "connect_then_pitch", "en", "connect then pitch in message 2, no reply", [
    ("ctp1", "2025-10-13 10:00", "Thanks for connecting Lea! How's Q4 shaping up at Kiesel?"),
    ("ctp1", "2025-10-15 10:00", "Reason I ask: we help your portfolio founders build fundraising materials and run their investor outreach. 15% off for VC partners. Could we set up a referral partnership?"),
])
ex.conv(J, "connect_then_pitch", "de", "vernetzen, Smalltalk beantwortet, dann Pitch", [
    ("ctp2", "2026-01-19 21:00", "Hallo Lea, danke fürs Vernetzen! Wie läuft das Fundraising für Fonds II?"),
    ("me", "2026-01-20 08:15", "Hallo Isabel, danke, läuft gut, wir sind auf der Zielgeraden."),
    ("ctp2", "2026-01-20 09:00", "Klasse! Genau dafür sind wir da: Wir übernehmen Investor Relations und LP-Kommunikation für Fonds, Pakete ab 3.500 €/Monat. Darf ich Ihnen unsere Referenzen schicken?"),
    ("ctp2", "2026-01-27 09:00", "Hallo Lea, ich wollte nochmal nachhaken 😊"),
])
ex.conv(J, "connect_then_pitch", "en", "connect then wealth pitch in message 3", [
    ("ctp3", "2025-08-25 13:00", "Great to be connected, Lea."),
    ("ctp3", "2025-08-27 09:00", "Hope you had a nice summer!"),
    ("ctp3", "2025-08-29 09:00", "As a young professional in finance, have you thought about your own wealth strategy? We specialise in tax-efficient portfolios for high earners. Coffee next week?"),
])
ex.conv(J, "follow_up_bump", "en", "follow-up bumps with no reply", [
    ("bump", "2025-04-08 14:00", "Hi Lea, we help investment teams find any founder's email and phone number in one click. Worth a look?"),
    ("bump", "2025-04-15 14:00", "Hi Lea, following up on my note from last week."),
    ("bump", "2025-04-24 14:00", "Hi Lea, bumping this to the top of your inbox!"),
    ("bump", "2025-05-06 14:00", "Hi Lea, I'll assume the timing isn't right. Should I reach out next quarter?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 1/5: founder matching platform", [
    ("tpl1", "2025-10-21 08:00", "Hi Lea, I came across Kiesel Capital and was impressed by your portfolio. We connect investors with pre-vetted founders raising right now. Over 300 funds already use our platform. Open to a quick call this week?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 2/5", [
    ("tpl2", "2025-10-22 13:30", "Hi Lea, I came across Kiesel Capital and was really impressed by your portfolio. We connect VCs with pre-vetted startups actively raising. 250+ funds already on the platform. Would you be open to a short call this week?"),
])
ex.conv(J, "template_multi_sender", "de", "gemeinsame Vorlage 3/5, deutsche Variante", [
    ("tpl3", "2025-10-28 09:10", "Hallo Lea, ich bin auf Kiesel Capital gestoßen und war von eurem Portfolio beeindruckt. Wir bringen Investoren mit vorgeprüften Start-ups zusammen, die gerade Kapital suchen. Über 200 Fonds nutzen schon unsere Plattform. Hättest du diese Woche Zeit für ein kurzes Gespräch?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 4/5", [
    ("tpl4", "2025-11-03 16:00", "Hey Lea! Came across Kiesel Capital - impressive portfolio. We match investors with pre-vetted founders who are raising right now. 400+ funds use us. Quick call this week?"),
])
ex.conv(J, "template_multi_sender", "en", "shared template 5/5", [
    ("tpl5", "2025-11-05 10:45", "Hi Lea, I came across your fund and was impressed by the portfolio. We connect investors with pre-vetted founders currently raising. 300+ funds trust our platform. Open to a quick chat next week?"),
])
ex.conv(J, "merge_tag_failure", "en", "merge tag {first_name}", [
    ("merge1", "2025-06-03 05:00", "Hi {first_name}, noticed {{company}} is growing fast - congrats! Teams like yours use OutboundOS to 3x their pipeline. Worth a quick chat on Thursday?"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter [Firmenname]", [
    ("merge2", "2025-02-18 06:30", "Sehr geehrte Damen und Herren, für Ihren nächsten Messeauftritt von [Firmenname] bieten wir Standbau zum Festpreis. Jetzt Frühbucherrabatt sichern!"),
])
ex.conv(J, "merge_tag_failure", "en", "wrong name and wrong company", [
    ("merge3", "2025-09-16 12:00", "Hi Laura, congrats on the recent Series B at Brandstätter Logistics! Scaling ops teams love our BI dashboards. Want a demo?"),
])
ex.conv(J, "merge_tag_failure", "de", "Platzhalter {{Vorname}}, dann Nachfass ohne Antwort", [
    ("merge4", "2025-12-02 07:10", "Hallo {{Vorname}}, brauchen Sie eine repräsentative Geschäftsadresse in München? Virtuelles Büro ab 29 € im Monat inkl. Postweiterleitung."),
    ("merge4", "2025-12-09 07:10", "Hallo Frau Brandstätter, nur kurz nachgefragt: Unser Angebot für die Geschäftsadresse in München gilt noch bis Freitag!"),
])
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail Vermögensverwaltung", [
    ("spon1", "2025-05-14 10:00", "<p>Hallo Lea,</p><p>Ihr Vermögen verdient mehr. Quantora &ndash; digitale Vermögensverwaltung ab 10.000 &euro;.</p>"),
], title="Sponsored Conversation", subject="Vermögen clever anlegen")
ex.conv(J, "sponsored_inmail", "en", "Sponsored InMail spreadsheet tool", [
    ("spon2", "2025-09-09 10:00", "Hi Lea, finance teams save 10 hours a week with Flowsheet. Try it free for 30 days."),
], title="Sponsored Conversation", subject="Your spreadsheets, automated")
ex.conv(J, "sponsored_inmail", "de", "Sponsored InMail Executive MBA", [
    ("spon3", "2026-02-03 10:00", "Hallo Lea, der nächste Executive-MBA-Jahrgang startet im April. Jetzt Infoabend buchen und Frühbucherrabatt sichern."),
], title="Sponsored Conversation", subject="Ihr nächster Karriereschritt")
ex.conv(J, "paid_award", "en", "paid 'Top Women in VC' award", [
    ("award", "2025-10-07 09:00", "Dear Lea, congratulations! You have been shortlisted for the 'Top 40 Women in Capital Europe 2025'. To confirm your place in the winners' publication and gala, a participation fee of EUR 2,400 applies. Please confirm by Friday."),
])
ex.conv(J, "paid_speaking", "de", "bezahlter Speaker-Slot", [
    ("speakpaid", "2025-08-12 08:30", "Hallo Frau Brandstätter, wir würden Sie gern als Speakerin beim Future Finance Summit in Frankfurt begrüßen! Unser Speaker-Paket inkl. Keynote-Slot, Fotoshooting und Social-Media-Promotion kostet 4.900 € zzgl. MwSt. Die Plätze sind stark nachgefragt."),
])
ex.conv(J, "fluent_generic_named", "en", "fluent pitch naming her fund but generic", [
    ("fluent", "2025-07-01 08:00", "Hi Lea, Kiesel Capital has a compelling story, and in a crowded market the funds that win LPs are the ones with a distinct brand. Kompass helps investment firms articulate their edge, refresh their visual identity and build thought leadership. I'd love to share a few ideas specifically for Kiesel Capital. Would you be open to a 20-minute conversation?"),
])
ex.conv(J, "mass_founder_blast", "en", "mass-blast memecoin founder pitch, irrelevant to her thesis", [
    ("memecoin", "2025-06-24 02:10", "Dear Investor, MoonPaws is the next 1000x opportunity!! 🐾🚀 We are raising $5M for the first dog-themed DeFi ecosystem. Presale ending soon. Whitepaper attached, reply to get whitelisted!"),
    ("memecoin", "2025-07-01 02:10", "Dear Investor, last chance for presale pricing!!"),
], attachments={0: "https://www.linkedin.com/dms/moonpaws-whitepaper.pdf"})
ex.conv(J, "generic_data_room", "en", "generic data-room pitch (counterpart)", [
    ("drgen", "2025-08-26 04:00", "Dear Sir/Madam, SecureShare VDR offers secure virtual data rooms for M&A, due diligence and board communication at the lowest price in the market. Free trial available. Kindly let me know a suitable time for demo."),
])
ex.conv(J, "generic_crm", "de", "generisches CRM (Gegenstück)", [
    ("crmgen", "2025-06-17 06:15", "Hallo Frau Brandstätter, arbeiten Sie noch mit Excel? SalesCloud24 ist das CRM für Vertriebsteams jeder Größe. Jetzt 14 Tage kostenlos testen!"),
])
ex.conv(J, "generic_event", "en", "generic investor forum tickets (counterpart)", [
    ("eventgen", "2025-09-29 03:30", "Dear Lea, join 2,000+ investors at the Global Investor Forum in Dubai! Delegate passes from USD 1,950. Exclusive networking, 100+ speakers. Register now with code VIP20."),
])
ex.conv(J, "generic_recruitment", "de", "generische Recruiterin (Gegenstück)", [
    ("recgen", "2025-11-11 07:00", "Hallo Lea, ich habe spannende Positionen im Finance-Bereich für dich! Controlling, Buchhaltung, Treasury. Bist du offen für neue Herausforderungen? Schick mir gern deinen Lebenslauf."),
])
ex.conv(J, "generic_legal", "de", "generische Kanzlei (Gegenstück)", [
    ("legalgen", "2025-07-22 08:00", "Sehr geehrte Damen und Herren, unsere Kanzlei berät Unternehmen in allen Rechtsfragen: Arbeitsrecht, Mietrecht, Vertragsrecht, Inkasso. Vereinbaren Sie jetzt ein kostenloses Erstgespräch."),
])
ex.conv(J, "generic_research", "en", "generic market report sales (counterpart)", [
    ("researchgen", "2025-04-22 05:00", "Hello, our latest Global Industrial AI Market Report 2025-2032 is now available. CAGR insights, key players, regional analysis. Get 30% off the single-user licence (USD 4,250) this week only."),
])
ex.conv(J, "coaching", "de", "Executive Coaching von einer Verbindung", [
    ("coach", "2025-04-02 07:30", "Hallo Lea, danke für die Vernetzung! Als Executive Coach begleite ich Führungskräfte auf dem Weg in die nächste Rolle. Mein 12-Wochen-Programm ist ab Mai wieder buchbar. Soll ich dir die Details schicken?"),
])
ex.conv(J, "off_topic_product", "de", "Luxusuhren", [
    ("watch", "2025-11-25 19:00", "Guten Abend Frau Brandstätter, pünktlich zu Weihnachten haben wir einige seltene Sammleruhren zu Vorzugspreisen. Diskrete Besichtigung in München möglich. Darf ich Ihnen die Liste schicken?"),
])
ex.conv(J, "off_topic_investment", "de", "Weininvestment", [
    ("wine", "2025-03-25 08:00", "Hallo Frau Brandstätter, Wein als Sachwert: 9 % Rendite p.a. seit 2010! Unsere Bordeaux-Portfolios starten ab 25.000 €. Darf ich Ihnen die Unterlagen senden?"),
    ("wine", "2025-04-01 08:00", "Hallo Frau Brandstätter, ich wollte kurz nachfragen, ob Sie meine Nachricht erhalten haben?"),
])
ex.conv(J, "off_topic_investment", "en", "DAO fund pitch", [
    ("nft", "2025-02-11 23:40", "gm Lea! ChainFund DAO lets VCs tokenise their carry and trade it on-chain. Be one of the first 10 funds to onboard and get 0% fees forever. DM me!"),
])
ex.conv(J, "ghostwriting", "de", "LinkedIn-Ghostwriting", [
    ("ghost", "2025-10-09 07:20", "Hi Lea, Investorinnen mit starker LinkedIn-Präsenz bekommen bessere Deals. Ich schreibe deine Posts in deiner Stimme, 3x pro Woche. Drei Probeposts gratis?"),
])
ex.conv(J, "offshore_services", "en", "offshore back office", [
    ("offshore", "2025-03-04 04:20", "Greetings of the day! We provide offshore bookkeeping, data entry, virtual assistant and research services at 70% lower cost. Please let us know your requirement. Kindly revert."),
])

if __name__ == "__main__":
    ex.write(Path(__file__).resolve().parents[1] / SLUG,
             {"First Name": "Lea", "Last Name": "Brandstätter",
              "Headline": "Senior Associate at Kiesel Capital | Seed investing in industrial software & AI",
              "Summary": "Early-stage investor in B2B software for manufacturing and logistics. Previously strategy consulting.",
              "Industry": "Venture Capital and Private Equity Principals", "Zip Code": "80331",
              "Geo Location": "München, Bayern, Deutschland",
              "Websites": "[COMPANY:kiesel-capital.example]"},
             [{"Company Name": "Kiesel Capital", "Title": "Senior Associate",
               "Location": "München", "Started On": "Jan 2026"},
              {"Company Name": "Kiesel Capital", "Title": "Investment Associate",
               "Location": "München", "Started On": "Jan 2020", "Finished On": "Dec 2025"},
              {"Company Name": "Huber & Kollegen Strategy", "Title": "Consultant",
               "Location": "München", "Started On": "Sep 2016", "Finished On": "Dec 2019"}],
             ["Venture Capital", "Due Diligence", "Financial Modeling", "Industrial AI", "Term Sheets"])
    print(ex.summary())

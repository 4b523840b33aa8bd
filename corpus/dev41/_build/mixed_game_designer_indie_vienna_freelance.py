"""dev41 persona 3: Mira Hofstätter, freelance game and level designer in Vienna. Sells level
design, systems design and game-jam workshops to studios; also makes her own small puzzle game
"Kellerlicht" (Kickstarter 2023, Steam demo 2024).

Written blind to unpitch's code. Every message below is written by hand for this corpus.
Run: /work/main/.venv/bin/python corpus/dev41/_build/mixed_game_designer_indie_vienna_freelance.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-game-designer-indie-vienna-freelance"
OUT = HERE.parents[1] / SLUG

owner = Person("me", "Mira Hofstätter", "https://www.linkedin.com/in/mira-hofstaetter-design",
               "Hofstätter Game Design", "Freelance Game & Level Designer")
ex = Export(SLUG, "2024", owner)
P = ex.person
C = ex.conv
SPONSORED = "Sponsored Conversation"

# ------------------------------------------------------------------ people
P("beisl", "Florian Prohaska", "Pixelbeisl Games", "Creative Director", connected="2019-03-14")
P("finn", "Aino Virtanen", "Lumisade Interactive", "Lead Producer")
P("pub", "Gregor Maddox", "Owlbright Publishing", "Publishing Manager", connected="2023-02-20")
P("jam", "Theresa Windisch", "Vienna Game Jam e.V.", "Organisatorin", connected="2018-01-27")
P("ty1", "Paul Riedl", "", "Game Design Student, FH", connected="2024-05-26")
P("ty2", "Clara Mayrhofer", "Rübezahl Studios", "Junior Level Designer", connected="2024-05-26")
P("ty3", "Ethan Brooks", "Pinecone Games", "Designer", connected="2024-05-26")
P("backer1", "Marcus Lindqvist", "", "Software engineer")
P("backer2", "Stefan Pichler", "", "Lehrer")
P("asset", "Rosa Delgado", "TileForge Assets", "Community & Licensing", connected="2021-09-09")
P("accountant", "Mag. Brigitte Haider", "Haider Steuerberatung", "Steuerberaterin", connected="2017-06-06")
P("narr", "Jakob Strasser", "Freelance", "Narrative Designer", connected="2016-11-11")
P("recr_eng", "Linnea Sjöberg", "North Arc Talent", "Games Recruiter", connected="2024-02-05")
P("applicant", "Jana Koller", "", "Junior Game Designerin", connected="2023-08-01")
P("journo", "Martin Zöchling", "Wiener Tagblatt", "Redakteur Digitales & Games")
P("festival", "Ivana Kovač", "Zagreb Indie Days", "Festival Director", connected="2022-09-22")
P("spamfan", "Haruka Sato", "", "Illustrator")
P("composer", "Lukas Eder", "Eder Sound", "Komponist & Sound Designer", connected="2015-05-05")
P("loc", "Élodie Martin", "Freelance", "FR/DE Game Localiser", connected="2020-02-02")
P("oldmate", "Sophie Wallner", "Donauwelle Studios", "Lead Artist", connected="2014-10-10")
P("museum", "Dr. Karin Fuchs", "Haus der Spiele Wien", "Leiterin Vermittlung")
P("client2", "Oscar Whitfield", "Brightmoor Games", "Producer", connected="2022-04-04")
P("friend", "Leni Hager", "", "Architektin", connected="2013-08-08")
P("peerfb", "Dario Conti", "Freelance", "Level Designer", connected="2021-03-03")
P("foerder", "Mag. Thomas Berger", "Wiener Kreativförderung", "Programmmanager", connected="2023-01-10")
P("scout", "Yuki Tanabe", "Kitsune Press", "Business Development", connected="2024-08-23")
P("student", "Tobias Nemec", "", "Schüler, HTL Spengergasse")
P("pt1", "Anna Gruber", "", "Playtesterin", connected="2022-02-02")
P("pt2", "Max Hübner", "", "Playtester", connected="2022-02-02")
P("cowork", "Nina Steiner", "Schraubenfabrik Coworking", "Community Managerin", connected="2020-01-15")
P("uni", "Prof. Andreas Weiß", "FH Technikum Wien", "Studiengangsleiter Game Engineering", connected="2018-06-06")
P("jammate", "Kemal Yilmaz", "", "Programmer", connected="2023-01-30")
P("prod", "Hannah Cole", "Brightmoor Games", "Production Coordinator", connected="2022-04-04")
P("vhs", "Sabine Navratil", "Volkshochschule Ottakring", "Programmplanung Jugend & Digitales")
P("streamer", "Jess Tarrant", "", "Variety streamer")

# wanted pitch senders
P("w_tool", "Rasmus Holm", "SnapKit Tools", "Founder")
P("w_loc", "Kenji Mori", "Sakura Bridge Localization", "Project Lead")
P("w_port", "Petra Novák", "Portside Games", "Business Development")
P("w_recr", "Daniel Moser", "GameJobs Austria", "Recruiter")
P("w_qa", "Amelia Grant", "Fresh Eyes Playtesting", "Research Lead")
P("w_pr", "Verena Lang", "Spielwiese PR", "Geschäftsführerin")
P("w_legal", "Mag. Felix Kern", "Kern Rechtsanwälte", "Rechtsanwalt, Games & Medienrecht")
P("w_ci", "Tom Ashby", "Buildling CI", "Developer Relations")
P("w_pins", "Martina Huber", "Pin & Patch Manufaktur", "Kundenberatung")
P("w_trailer", "Elias Brandner", "", "Freier Trailer-Editor")
P("w_access", "Priya Nandakumar", "Playable For All", "Accessibility Consultant")
P("w_cm", "Lisa Fink", "", "Freie Community Managerin")

# junk senders
P("j_asset", "Ryan Cho", "AssetMegaStore", "Marketing")
P("j_loc", "Maria Santos", "GlobalTongue Translations", "Sales Manager")
P("j_port", "Ahmed Raza", "PortPro Studio", "Business Developer")
P("j_recr", "Julia Wagner", "IT-Karriere Partner", "Recruiterin")
P("j_qa", "Sanjay Patel", "TestMatrix QA", "Client Partner")
P("j_pr", "Chad Morrison", "ViralGames Agency", "CEO")
P("t1", "Tyler Reed", "WishlistRocket", "Growth")
P("t2", "Ashley Ng", "StreamBoost Network", "Partnerships")
P("t3", "Noah Fischer", "Influence Pixel", "Creator Relations")
P("t4", "Brianna Lopez", "GameReach Media", "Outreach")
P("t5", "Lena Baumgartner", "Spielsturm Marketing", "Kooperationen")
P("m1", "Kyle Benson", "IndieScale", "Founder")
P("m2", "Jennifer Koch", "Kreativ Recruiting", "Consultant")
P("m3", "Derek Shaw", "PlayLaunch", "Partnerships")
P("m4", "Olivia Hart", "GameDev Growth Co", "Consultant")
P("s_engine", "Vortex Engine", url="https://www.linkedin.com/company/vortex-engine")
P("s_bank", "FlexiKonto Business", url="https://www.linkedin.com/company/flexikonto-business")
P("s_course", "Masterclass Games Academy", url="https://www.linkedin.com/company/masterclass-games-academy")
P("j_award", "Samantha Price", "Global Indie Game Honors", "Awards Coordinator")
P("j_feature", "Jake Miller", "IndieSpotlight TV", "Channel Manager")
P("j_same", "Vikram Shah", "LevelCraft Outsourcing", "Head of Sales")
P("j_cap", "Katrin Hofer", "Freelancer Funnel", "Inhaberin")
P("j_like", "Brad Kingsley", "Kingsley Holdings", "Founder | Investor | Visionary")
P("j_15", "Manuel Berger", "SalesCloud Austria", "Account Executive")
P("j_ctp1", "Lukas Reiter", "Reiter Finanz", "Vermögensberater",
  connected="2024-03-11", invite=("IN", "2024-03-10 20:45", "Servus Mira, cooles Profil! Würde mich gern vernetzen."))
P("j_ctp2", "Sienna Clarke", "GrowthLoop", "Founder",
  connected="2024-06-17", invite=("IN", "2024-06-16 14:00", "Hi Mira, fellow gamer here, would love to connect!"))
P("j_ctp3", "Markus Haas", "Bürowelt Haas", "Vertrieb",
  connected="2023-10-02", invite=("IN", "2023-10-01 09:30", ""))
P("j_bump1", "Ana Petrović", "SEO Wien Pro", "Beraterin")
P("j_bump2", "Connor Walsh", "ReviewBoost", "Account Manager")
P("j_coffee", "Gerald Pfeiffer", "Office Kaffee Service", "Außendienst")
P("j_nft", "Devon Ray", "ChainQuest Labs", "BD Lead")
P("j_fluent1", "Harriet Lowe", "Lowe & Fairfax Creative", "Managing Director")
P("j_fluent2", "Stefanie Weiss", "Markenwerk Wien", "Beraterin")
P("j_reviews", "Alex Turner", "SteamStars Service", "Sales")
P("j_vers", "Robert Kainz", "Kainz Versicherungsmakler", "Berater")
P("j_coach", "Birgit Lechner", "Kreativ-Mindset Coaching", "Coach")
P("j_fakepub", "Samuel Oduya", "Apex Indie Publishing", "Publishing Director")
P("j_webinar", "Daniela Roth", "Digital Business Events", "Events")

# ------------------------------------------------------------------ genuine
C("genuine", "client_quote_request", "de", "Wiener Studio (Stammkunde) will Angebot für drei Levels",
  [("beisl", "2024-01-09 10:20", "Servus Mira! Gutes neues Jahr. Wir kriegen grad das Go für den DLC von 'Tramway Tales'. Hättest du ab März Zeit für 3 Levels, Blockout bis Polish? Schick mir bitte ein Angebot, gern mit Tagsatz und Schätzung pro Level."),
   ("me", "2024-01-09 18:40", "Servus Flo, leiwand, gratuliere! März passt. Tagsatz wie letztes Jahr 480 €, pro Level rechne ich 12-15 Tage inkl. zwei Iterationen nach Playtest. Angebot kommt morgen als PDF."),
   ("beisl", "2024-01-11 09:00", "Passt perfekt. Vertrag schickt dir die Sandra, wie immer."),
   ("me", "2024-01-11 09:10", "Super, danke!")],
  attachments={1: "https://www.linkedin.com/dms/angebot-tramway-dlc.pdf"})

C("genuine", "inbound_lead_quote", "en", "Finnish studio wants to buy level design days and asks rate",
  [("finn", "2024-04-03 08:45", "Hi Mira, we played the Kellerlicht demo at the office and loved how the levels teach without words. We're looking for an external level designer for 6-8 weeks on our co-op puzzler. Could you share your rate and availability?"),
   ("me", "2024-04-03 14:30", "Hi Aino, thank you, that's lovely to hear! I'm free from mid-May. My day rate is €480, or a fixed price per level if you have a clear scope. Happy to do a call to look at your greybox."),
   ("finn", "2024-04-04 07:55", "Great. Call Tuesday 10:00 CET? I'll send an NDA before."),
   ("me", "2024-04-04 08:10", "Tuesday works. NDA is fine, send it over.")])

C("genuine", "publisher_contract", "en", "publisher of her own game, milestone and contract amendment",
  [("pub", "2024-07-15 16:00", "Hi Mira, finance confirmed milestone 3 payment goes out Friday. Also attached the contract amendment for the Switch port rev share (we discussed 60/40 after recoup). Have a look and let me know if anything's off."),
   ("me", "2024-07-16 09:20", "Thanks Gregor! Clause 4.2 says 'net receipts' without defining platform fees, can we add the definition from the main agreement? Otherwise fine."),
   ("pub", "2024-07-16 11:00", "Good catch, legal will fix that. New version tomorrow.")],
  attachments={0: "https://www.linkedin.com/dms/owlbright-amendment-switch.pdf"})

C("genuine", "event_invitation_contact", "de", "Game-Jam-Organisatorin lädt sie als Mentorin ein",
  [("jam", "2023-12-04 12:00", "Hallo Mira! Global Game Jam im Jänner, wieder in der Schraubenfabrik. Magst du wieder Mentorin sein? Freitagabend Keynote 10 Minuten + Samstag Runden durch die Teams. Pizza und ewige Dankbarkeit inklusive."),
   ("me", "2023-12-04 19:30", "Na sicher! Freitag bin ich dabei, Samstag bis 18 Uhr. Keynote diesmal über Scope-Management, weil jedes Jahr die Hälfte zu groß plant 😅"),
   ("jam", "2023-12-04 19:45", "Perfekt, genau das brauchen die!")])

C("genuine", "thanks_after_talk", "de", "Dank 1 von 3 nach ihrem Festival-Talk",
  [("ty1", "2024-05-26 10:12", "Hallo Frau Hofstätter, danke für den Talk gestern beim Spielefest! Das mit dem 'Lehren ohne Text' hat mir für mein Abschlussprojekt total geholfen. Danke auch fürs Annehmen!")])
C("genuine", "thanks_after_talk", "de", "Dank 2 von 3 nach demselben Talk",
  [("ty2", "2024-05-26 11:40", "Mira, super Talk gestern!! Die Folie mit den drei Blockout-Stufen hab ich gleich unserem Lead gezeigt. Danke dir!"),
   ("me", "2024-05-26 13:00", "Danke Clara, freut mich sehr! Die Folien stell ich diese Woche online.")])
C("genuine", "thanks_after_talk", "en", "thanks 3 of 3 after the same talk, in English",
  [("ty3", "2024-05-26 12:05", "Hi Mira, thanks for the talk yesterday at the festival, really enjoyed it. The bit about teaching mechanics without text was gold. Cheers for connecting!")])

C("genuine", "backer_question", "en", "Kickstarter backer asks about physical reward shipping",
  [("backer1", "2024-02-12 20:10", "Hi Mira, backer #412 here. Just wondering if the art book tier has shipped yet? I moved house in December and want to make sure it goes to the new address."),
   ("me", "2024-02-13 09:00", "Hi Marcus, thanks for backing! Art books ship in March. Please update your address in the BackerKit survey by 28 Feb and you're all set."),
   ("backer1", "2024-02-13 09:30", "Done, thanks for the quick answer!")])

C("genuine", "backer_bug_report", "de", "Backer meldet Bug in der Demo und lobt",
  [("backer2", "2024-03-30 21:50", "Servus! Hab die Demo mit meinen Schülern in der Informatik-AG gespielt, sie lieben es. Kleiner Bug: Im Waschküchen-Level kann man durch die Wand hinterm Boiler fallen, wenn man springt und gleichzeitig die Lampe dreht."),
   ("me", "2024-03-31 10:00", "Servus Stefan, danke!! Das ist genau die Art Bug-Report, die ich liebe. Schau ich mir an, Fix kommt mit dem nächsten Patch. Grüß die AG!"),
   ("backer2", "2024-03-31 10:15", "Mach ich 😊")])

C("genuine", "vendor_price_change", "en", "asset vendor she licenses from announces license price change",
  [("asset", "2024-06-03 15:00", "Hi Mira! As a long-time TileForge customer, heads-up: from July our commercial license moves from a one-off $79 to $99, and we're adding a 'studio' tier. Your existing licenses stay valid forever, including future updates to packs you already own."),
   ("me", "2024-06-03 19:20", "Thanks for letting me know Rosa. Does the 'studio' tier cover contractors working on a client's project? That's my usual situation."),
   ("asset", "2024-06-04 08:10", "Yes, if the client holds the studio license any contractor on that project is covered. I'll send you the FAQ.")])

C("genuine", "vendor_price_change", "de", "Steuerberaterin: UVA-Erinnerung und neue Honorare",
  [("accountant", "2024-01-15 09:00", "Liebe Frau Hofstätter, bitte die Belege für das 4. Quartal bis 31. Jänner. Außerdem zur Info: Unsere Pauschale steigt ab 1. März um 5% (Indexanpassung), also von 180 € auf 189 € pro Monat."),
   ("me", "2024-01-15 12:30", "Liebe Frau Haider, Belege kommen nächste Woche. Und passt, danke für die Info. Die Kickstarter-Einnahmen sind heuer ein eigenes Kapitel, oder?"),
   ("accountant", "2024-01-15 14:00", "Ja, das besprechen wir am besten bei einem Termin im Februar.")])

C("genuine", "peer_joint_offer", "de", "Narrative-Designer schlägt gemeinsames Paketangebot vor",
  [("narr", "2023-09-18 22:30", "Mira, Idee beim Spritzer gestern weitergedacht: Wir bieten Studios ein Paket 'Narrative + Level' an, 4 Wochen Pre-Production, fixer Preis, du Blockouts, ich Story-Beats. 18k gesamt, 50/50? Hätte schon zwei Studios im Kopf."),
   ("me", "2023-09-19 08:40", "Gefällt mir! Aber wir brauchen einen klaren Vertrag, wer was haftet, und ich will die Blockouts im Portfolio zeigen dürfen. Telefonieren wir Freitag?"),
   ("narr", "2023-09-19 08:55", "Freitag 11. Ich mach einen Entwurf.")])

C("genuine", "recruiter_engaged", "en", "owner asked a recruiter about a remote contract role",
  [("me", "2024-02-05 11:00", "Hi Linnea, I saw your post about a senior level designer contract (remote, Stockholm studio). I'm freelance and could do 3 days a week from June. What's the budget range and how long?"),
   ("recr_eng", "2024-02-05 14:20", "Hi Mira, thanks for reaching out! It's a 9-month contract, €520-580/day depending on experience, 3 days a week is possible. Your Kellerlicht work is exactly what they're after. Shall I send your portfolio over?"),
   ("me", "2024-02-06 09:00", "Yes please, and mention the co-op puzzle levels for Brightmoor, they're under NDA but I can show them in a call."),
   ("recr_eng", "2024-02-12 16:00", "They'd like an interview next Thursday! Sending the details.")])

C("genuine", "applicant", "de", "Junior-Designerin bewirbt sich für Praktikum bei Kellerlicht",
  [("applicant", "2023-08-01 19:00", "Liebe Mira, ich habe gesehen, dass du für Kellerlicht eine Praktikantin für Level-Design und QA suchst. Ich habe gerade mein Studium an der FH abgeschlossen, mein Portfolio ist im Anhang. Ich würde mich riesig freuen!"),
   ("me", "2023-08-02 10:00", "Hallo Jana, danke für die Bewerbung! Dein Leuchtturm-Level ist richtig schön gebaut. Hast du nächste Woche Zeit für einen Kaffee im Café Sperl? Dann erklär ich dir die Rahmenbedingungen (20 h/Woche, bezahlt)."),
   ("applicant", "2023-08-02 10:30", "Sehr gern! Mittwoch am Nachmittag?")],
  attachments={0: "https://www.linkedin.com/dms/portfolio-koller.pdf"})

C("genuine", "journalist", "de", "Journalist bittet um Interview zum Kickstarter",
  [("journo", "2023-06-20 14:00", "Liebe Frau Hofstätter, wir machen eine Serie über die Wiener Indie-Szene. Ihr Kickstarter für Kellerlicht ist ja in 4 Tagen finanziert worden. Hätten Sie Zeit für ein Interview, gern im Studio mit Fotos?"),
   ("me", "2023-06-20 16:30", "Lieber Herr Zöchling, sehr gern! Mein 'Studio' ist ein Schreibtisch in der Schraubenfabrik, aber für Fotos geht das schon 😄 Donnerstag ab 14 Uhr?"),
   ("journo", "2023-06-20 16:45", "Donnerstag 15 Uhr, ich komme mit unserer Fotografin.")])

C("genuine", "event_invitation_contact", "en", "festival director she knows invites Kellerlicht to the showcase",
  [("festival", "2024-03-05 09:30", "Hi Mira! We'd love Kellerlicht in this year's showcase at Zagreb Indie Days (27-29 Sept). Free booth for selected games, we cover one hotel night. Interested?"),
   ("me", "2024-03-05 12:00", "Ivana, yes yes yes! Thank you. Can I bring Jana to help at the booth?"),
   ("festival", "2024-03-05 12:15", "Of course, two badges. I'll send the form.")])

C("genuine", "fan_spam_folder", "en", "fan shares fan art link, filtered to spam",
  [("spamfan", "2024-04-20 02:30", "Hello Mira-san! I played the Kellerlicht demo and I drew the little lamp character. I hope you like it! https://pixiv.example/haruka_kellerlicht (sorry for my English)")],
  folder="SPAM")

C("genuine", "owner_started_vendor", "de", "sie fragt ihren Komponisten nach Preis und Zeitplan",
  [("me", "2023-10-10 10:00", "Servus Lukas! Für Kellerlicht brauch ich noch 4 Tracks (Keller, Dachboden, Hof, Ending) plus Ambience. Was würdest du dafür nehmen und wann ginge das?"),
   ("composer", "2023-10-10 18:30", "Servus! Für 4 Tracks + Ambience-Loops 3.200 € inkl. Stems, Lieferung bis Ende Jänner. Wenn du die Rechte fürs Soundtrack-Album willst, reden wir nochmal."),
   ("me", "2023-10-11 09:00", "Deal. Album-Rechte teilen wir uns, 50/50 auf Bandcamp?"),
   ("composer", "2023-10-11 09:15", "Passt. Ich schreib's in die Auftragsbestätigung.")])

C("genuine", "owner_started_vendor", "en", "owner asks localiser for a quote for French",
  [("me", "2024-05-02 09:30", "Hi Élodie, Kellerlicht has about 3,800 words (mostly UI and item descriptions). Could you quote for French? Deadline would be end of August."),
   ("loc", "2024-05-02 13:00", "Hi Mira! 3,800 words, €0.11/word, so €418 plus one round of LQA in-game for €150. End of August is fine."),
   ("me", "2024-05-02 13:20", "Perfect, let's do it. I'll send the string export next week.")])

C("genuine", "longstanding_colleague", "de", "Kollegin aus dem ersten Studiojob, seit 2014",
  [("oldmate", "2023-12-22 19:00", "Mira!! Weihnachts-Punsch am Spittelberg wie jedes Jahr? Die alte Donauwelle-Partie kommt am 23. um 18 Uhr."),
   ("me", "2023-12-22 19:30", "Fix! Ich bring den Kevin mit, der is grad aus London zurück."),
   ("oldmate", "2024-12-20 18:00", "Punsch-Tradition Teil 10! Gleiche Zeit, gleicher Stand?"),
   ("me", "2024-12-20 18:20", "Zehn Jahre, oida. Ich bin dabei.")])

C("genuine", "inbound_lead_quote", "de", "Museum will ein Lernspiel beauftragen und fragt nach Kosten",
  [("museum", "2024-09-10 11:00", "Sehr geehrte Frau Hofstätter, für unsere Ausstellung 'Spiel der Stadt' (Eröffnung März 2025) suchen wir jemanden, der ein kleines begehbares Rätselspiel für Schulklassen konzipiert. Könnten Sie uns ein Angebot für Konzept und Level-Design machen? Das Budget liegt bei etwa 15.000 €."),
   ("me", "2024-09-10 17:00", "Sehr geehrte Frau Dr. Fuchs, das klingt wunderbar. Ich würde gern vorab die Räume sehen. Für Konzept, Prototyp und Testrunden mit einer Schulklasse würde ich mit ca. 24 Arbeitstagen rechnen, also innerhalb Ihres Budgets. Ein Termin nächste Woche?"),
   ("museum", "2024-09-11 09:00", "Donnerstag 10 Uhr wäre gut, Eingang Mariahilfer Straße.")])

C("genuine", "client_rate_question", "en", "existing client asks rate for extra revision hours",
  [("client2", "2024-08-07 16:30", "Hey Mira, QA found the lighthouse level too hard for the median player. Can we book you for 4 extra days of revisions at your usual rate? Need it before gold master on the 30th."),
   ("me", "2024-08-07 19:00", "Hi Oscar, yes, usual €480/day, I can start Monday. Send me the heatmaps so I can see where they die."),
   ("client2", "2024-08-08 08:00", "Brilliant, PO and heatmaps incoming.")])

C("genuine", "friend_smalltalk", "de", "Freundin lädt zum Heurigen ein",
  [("friend", "2024-06-20 17:00", "Heuriger am Samstag in Nussdorf? Wir sind zu fünft, ab 16 Uhr. Du musst mir eh noch von Zagreb erzählen!"),
   ("me", "2024-06-20 17:30", "Nach der Crunch-Woche brauch ich das dringend. Bin dabei!"),
   ("friend", "2024-06-20 17:32", "Leiwand 🍷")])

C("genuine", "peer_feedback", "en", "fellow level designer asks for portfolio feedback",
  [("peerfb", "2024-01-22 20:00", "Hey Mira, would you have 20 min to look at my portfolio before I apply to Guerrilla? Honest feedback please, no sugar."),
   ("me", "2024-01-23 09:00", "Sure Dario! Send the link. First tip already: put the top-down maps before the screenshots, leads want to see flow."),
   ("peerfb", "2024-01-23 09:30", "Link sent, and already moving the maps. Thanks!")])

C("genuine", "funding_body", "de", "Förderstelle zum Antrag",
  [("foerder", "2023-02-14 10:00", "Sehr geehrte Frau Hofstätter, zu Ihrem Antrag für Kellerlicht fehlt noch der Finanzierungsplan mit den Kickstarter-Zielen. Bitte bis 28.2. nachreichen, dann kommt er in die März-Jury."),
   ("me", "2023-02-14 12:00", "Vielen Dank für den Hinweis, Herr Berger. Ich reiche ihn diese Woche nach."),
   ("foerder", "2023-03-30 15:00", "Gratulation, die Jury hat eine Förderung von 25.000 € beschlossen. Der Vertrag folgt per Post.")])

C("genuine", "publisher_lead", "en", "publisher scout met at Gamescom follows up about Japanese release",
  [("scout", "2024-08-23 18:00", "Hi Mira, great to meet you at Gamescom yesterday. As promised: we'd like to talk about a Japanese console release of Kellerlicht. Could we schedule a call after you're back in Vienna?"),
   ("me", "2024-08-24 10:00", "Hi Yuki, lovely to meet you too! Yes, any day from 2 September. Owlbright has the worldwide PC rights, so I'll loop in Gregor."),
   ("scout", "2024-08-24 11:00", "Perfect, 3 September 9:00 CET then.")])

C("genuine", "student_question", "de", "HTL-Schüler fragt nach Einstieg in die Branche",
  [("student", "2024-10-03 16:00", "Hallo! Ich bin in der 4. Klasse HTL und will Level Designer werden. Wie bist du da reingekommen? Sorry falls das nervt"),
   ("me", "2024-10-03 20:00", "Hallo Tobias, nervt gar nicht! Kurz: viele Game Jams, kleine Levels in bestehenden Editoren bauen und dokumentieren, warum du was gemacht hast. Komm im Jänner zum Game Jam in der Schraubenfabrik, da lernst du Leute kennen."),
   ("student", "2024-10-03 20:10", "Danke!! Ich komm sicher")])

C("genuine", "playtester_group", "mixed", "Playtest-Gruppe, gemischt Deutsch und Englisch",
  [("me", "2024-02-26 18:00", "Neuer Build ist online! Bitte v.a. den Dachboden testen. English notes welcome too."),
   ("pt1", "2024-02-26 21:30", "Dachboden ist viel besser! Nur der zweite Spiegel-Raum ist noch zäh."),
   ("pt2", "2024-02-27 08:00", "Agree with Anna, mirror room 2 took me 14 min. Rest felt great."),
   ("me", "2024-02-27 09:00", "Danke euch! Mirror room gets a hint lamp.")],
  title="Kellerlicht Playtest")

C("genuine", "coworking", "de", "Coworking-Community lädt zur Sommerfeier",
  [("cowork", "2024-06-05 11:00", "Hi Mira! Sommerfest am 21. im Innenhof, Grillen + Vorstellungsrunde der neuen Mitglieder. Magst du Kellerlicht auf dem Beamer zeigen? Die Leute fragen ständig."),
   ("me", "2024-06-05 13:00", "Gern! Ich bring den Controller mit."),
   ("cowork", "2024-06-05 13:05", "🎉")])

C("genuine", "guest_lecture", "de", "FH lädt sie zu bezahlter Gastvorlesung ein",
  [("uni", "2024-09-02 10:00", "Liebe Frau Hofstätter, wir würden Sie gern für zwei Gastvorlesungen zu Level-Design im Wintersemester gewinnen (je 3 Einheiten, Honorar nach Lektorensatz). Hätten Sie Interesse?"),
   ("me", "2024-09-02 15:00", "Lieber Herr Prof. Weiß, sehr gern. November wäre für mich ideal. Brauchen Sie einen Lebenslauf für die Verrechnung?"),
   ("uni", "2024-09-03 08:30", "Ja bitte, und die Steuernummer. Termine schlage ich Ihnen diese Woche vor.")])

C("genuine", "jam_teammate", "mixed", "Jam-Teamkollege will das Jam-Spiel fertig machen",
  [("jammate", "2023-02-02 22:00", "Hey Mira, ich hab unser Jam-Spiel nochmal gespielt. Honestly I think 'Kabelsalat' could be a small itch release. Lust, das an zwei Wochenenden fertig zu machen?"),
   ("me", "2023-02-03 09:00", "Haha ja! But only if we keep scope tiny. Nur 10 Levels, kein Multiplayer."),
   ("jammate", "2023-02-03 09:05", "Deal, no multiplayer. Promise.")])

C("genuine", "client_contract", "en", "client production coordinator sends NDA and invoice details",
  [("prod", "2024-08-09 10:00", "Hi Mira, attaching the contract extension for the 4 revision days and our updated invoicing address (we moved to Bristol). Please reference PO 2291 on the invoice."),
   ("me", "2024-08-09 11:00", "Thanks Hannah, signed and returned. Invoice goes out on completion."),
   ("prod", "2024-09-02 09:00", "Invoice received and approved, payment in 14 days. Thanks for rescuing the lighthouse!")],
  attachments={0: "https://www.linkedin.com/dms/brightmoor-extension-po2291.pdf"})

C("genuine", "composer_ongoing", "de", "Komponist schickt Zwischenstand und Rechnung",
  [("composer", "2024-01-28 20:00", "Servus Mira, alle 4 Tracks sind fertig, Link zum Ordner hab ich dir gemailt. Rechnung über die zweite Hälfte (1.600 €) hängt an."),
   ("me", "2024-01-29 08:30", "Lukas, der Dachboden-Track ist ein Traum. Überweise heute!"),
   ("me", "2024-01-29 08:31", "PS: Hast du Zeit für ein Soundtrack-Release-Gespräch im Februar?")],
  attachments={0: "https://www.linkedin.com/dms/rechnung-eder-sound-2.pdf"}, drafts={2})

C("genuine", "backer_streamer", "en", "backer and streamer asks for a key to stream the demo",
  [("streamer", "2024-04-12 17:00", "Hey Mira! Backed you on KS last year. I'd love to stream the full Kellerlicht when it's out, any chance of a key closer to launch? No pressure, I'm a small channel (~800 avg)."),
   ("me", "2024-04-12 18:30", "Hi Jess, of course! 800 is not small for a puzzle game. I'll add you to the press/creator list, keys go out two weeks before launch.")])

C("genuine", "inbound_lead_quote", "de", "Volkshochschule möchte einen Game-Jam-Workshop buchen und fragt den Preis",
  [("vhs", "2024-10-21 13:30", "Liebe Frau Hofstätter, wir planen in den Semesterferien einen Game-Jam-Workshop für Jugendliche (14-18, ca. 16 Personen, 2 Tage). Eine Kollegin hat Sie beim Global Game Jam erlebt. Wären Sie interessiert und was würden Sie verrechnen?"),
   ("me", "2024-10-21 19:10", "Liebe Frau Navratil, sehr gern! Für zwei Tage inkl. Vorbereitung und Material verrechne ich 1.100 € netto. Wichtig wären Laptops mit installiertem Godot, ich schicke Ihnen eine Checkliste."),
   ("vhs", "2024-10-22 08:45", "Das passt in unser Budget. Ich schicke Ihnen den Honorarvertrag für den 10. und 11. Februar.")])

# ------------------------------------------------------------------ wanted pitches
C("wanted_pitch", "tool_post", "en", "level tool founder cites her devlog about modular kit snapping",
  [("w_tool", "2024-03-18 09:15", "Hi Mira, I read your devlog 'Building Kellerlicht's basement kit' and the part where you fixed misaligned wall pieces by hand because Godot's grid snapping ignores your 0.75 m module. That's literally why I built SnapKit: custom module grids and socket-based snapping for Godot 4. I'd love to give you a free license and get your feedback, no strings."),
   ("me", "2024-03-18 12:00", "Oh, that's exactly my pain. Send the license, I'll try it on the attic kit this week.")])

C("wanted_pitch", "localisation_kickstarter_page", "en", "localisation studio read her Kickstarter stretch goal for Japanese",
  [("w_loc", "2024-01-30 08:00", "Hello Mira, I saw on your Kickstarter page that the Japanese localisation stretch goal was reached, and in update #14 you wrote you're still looking for a translator who understands puzzle hints. We localised two environmental puzzle games (both titles are in my profile) and always playtest hints in Japanese before delivery. For ~3,800 words I'd estimate €950 including LQA. Would you like a sample of your first 200 strings?")])

C("wanted_pitch", "porting_talk", "en", "porting studio saw her festival talk on the light system",
  [("w_port", "2024-05-28 10:30", "Hi Mira, I was in the audience for your talk at the Spielefest. When you mentioned the dynamic light puzzles run at 40 fps on a Steam Deck, I thought of our Switch ports: we've shipped two Godot 4 games on Switch and solved exactly that light-baking problem. If Owlbright hasn't picked a porting partner yet, we'd love to quote."),
   ("me", "2024-05-28 14:00", "Thanks Petra, that's relevant. Gregor at Owlbright decides, I'll forward your details.")])

C("wanted_pitch", "recruiter_relevant_portfolio", "de", "Recruiter mit passender Level-Design-Stelle nennt konkrete Portfolio-Levels",
  [("w_recr", "2024-10-14 09:00", "Hallo Mira, ich suche für ein Wiener Studio (Action-Adventure, ca. 40 Leute) eine Senior Level Designerin auf freier Basis, 6 Monate, 3-4 Tage pro Woche. Dein Leuchtturm-Level für Brightmoor und die Blockout-Serie auf ArtStation sind genau das, was der Lead Designer beschreibt. Remote möglich, Tagsatz bis 550 €. Interesse an Details?")])

C("wanted_pitch", "playtest_specific_problem", "en", "playtest service names the concrete demo problem from Steam reviews",
  [("w_qa", "2024-04-08 13:15", "Hi Mira, 9 of the 60 Steam reviews on your demo mention getting stuck in the laundry room after the boiler puzzle, and the Steam stats show a big drop-off there. We run small remote playtests with recorded sessions (8 players, 48 h turnaround, €400) so you'd see exactly where the hint lamp goes unnoticed. Happy to run the first session at cost if you'd like to try.")])

C("wanted_pitch", "pr_mutual_contact", "de", "PR-Agentur über gemeinsamen Kontakt beim Publisher",
  [("w_pr", "2024-07-22 11:00", "Liebe Mira, Gregor Maddox von Owlbright hat mir deinen Kontakt gegeben: Er meinte, für den DACH-Launch von Kellerlicht fehlt euch noch jemand für deutschsprachige Presse und Creator. Wir machen seit 8 Jahren Indie-PR im DACH-Raum (u. a. zwei Titel, die bei der Gamescom-Indie-Area waren). Magst du auf einen Kaffee vorbeikommen, wir sind in der Neubaugasse?")])

C("wanted_pitch", "legal_public_register", "de", "Anwalt nach der veröffentlichten Förderliste",
  [("w_legal", "2023-04-05 09:30", "Sehr geehrte Frau Hofstätter, ich habe auf der Förderliste der Wiener Kreativförderung gesehen, dass Kellerlicht eine Förderung erhalten hat. Förderverträge verlangen meist Nachweise zur IP-Kette, also dass alle Freelancer-Beiträge (Musik, Grafik) ordentlich übertragen sind. Wir prüfen das für Indie-Studios pauschal für 390 €. Falls Sie das brauchen, melden Sie sich gern.")])

C("wanted_pitch", "ci_tools_setup", "en", "build service noticed her manual butler uploads in the devlog",
  [("w_ci", "2024-06-11 16:00", "Hi Mira, in your latest devlog you mentioned spending an evening every week exporting Godot builds for Windows, Linux and Steam Deck and pushing them to itch with butler by hand. Buildling does that automatically on every tag, Godot 4 templates included, and we have a free indie tier for projects under 5 GB. I'd happily set up your pipeline on a 20-minute call.")])

C("wanted_pitch", "pins_kickstarter_tiers", "de", "Pin-Manufaktur kennt ihre Kickstarter-Stufen und die Verzögerung",
  [("w_pins", "2023-11-06 10:00", "Liebe Mira, in deinem Kickstarter-Update stand, dass sich die Emaille-Pins für die 35-€-Stufe verzögern, weil der Hersteller in Shenzhen nicht liefert. Wir sind eine kleine Manufaktur in Wiener Neustadt und könnten die 600 Pins in 3 Wochen fertigen, Preis ca. 1,90 € pro Stück. Muster schicke ich gern zu."),
   ("me", "2023-11-06 12:30", "Das wäre meine Rettung. Bitte ein Muster, Motiv ist die Lampe aus der Kampagne.")])

C("wanted_pitch", "trailer_specific_problem", "de", "Trailer-Editor nennt das konkrete Problem ihres Steam-Trailers",
  [("w_trailer", "2024-04-25 20:00", "Hallo Mira, dein Steam-Trailer zu Kellerlicht ist schön, aber er ist 2:40 lang und die ersten 15 Sekunden sind Logos, da springen die meisten auf der Store-Seite ab. Ich schneide Indie-Trailer (z. B. für 'Dunkelfeld'), und würde dir eine 45-Sekunden-Version nur mit Gameplay machen, Fixpreis 700 €. Einen 10-Sekunden-Entwurf schick ich dir gern gratis.")])

C("wanted_pitch", "accessibility_article", "en", "accessibility consultant responds to her article on colourblind modes",
  [("w_access", "2024-02-19 15:30", "Hi Mira, I enjoyed your Game Developer article on why a colourblind filter doesn't work for light puzzles. You're right that shape coding is the answer, and we've audited three puzzle games for exactly that. I'd be glad to do a free 30-minute review of the Kellerlicht demo against the accessibility guidelines before your launch, and then you can decide if a full audit is worth it.")])

C("wanted_pitch", "community_manager_discord", "de", "Community Managerin hat ihren Discord gesehen",
  [("w_cm", "2024-09-16 21:00", "Hallo Mira, ich bin seit dem Kickstarter auf deinem Kellerlicht-Discord (gut 1.400 Leute). Der #bug-reports-Kanal hat gerade 80 unbeantwortete Posts und viele Fragen kommen doppelt. Ich bin freie Community Managerin und könnte bis zum Launch 8 Stunden pro Woche übernehmen: Bugs sortieren, FAQ pinnen, Events. 35 €/h. Wär das was?"),
   ("me", "2024-09-17 09:00", "Ehrlich gesagt: ja, dringend. Telefonieren wir morgen?")])

# ------------------------------------------------------------------ junk
C("junk", "generic_asset_sale", "en", "asset store blast, counterpart of the tailored tool",
  [("j_asset", "2024-03-25 12:00", "🔥 MEGA SALE 🔥 10,000+ game assets up to 90% off! Characters, environments, UI kits. Don't miss out, sale ends Sunday!")])

C("junk", "generic_localisation", "en", "generic translation agency, counterpart of the tailored localiser",
  [("j_loc", "2024-02-06 07:30", "Dear Sir/Madam, GlobalTongue offers professional translation in 120+ languages at the lowest price. Documents, websites, apps and games. Please send us your files for a free quote.")])

C("junk", "generic_porting", "en", "porting blast, counterpart of the tailored porting studio",
  [("j_port", "2024-06-01 06:00", "Hello, we port games to all platforms (PS5, Xbox, Switch, mobile) with affordable prices. 100+ games ported. Let me know if you are interested to discuss your project."),
   ("j_port", "2024-06-08 06:00", "Hello, kindly update on my previous message.")])

C("junk", "irrelevant_recruiter", "de", "SAP-Beraterstelle an eine Game Designerin",
  [("j_recr", "2024-05-13 08:30", "Hallo Mira, für einen Top-Kunden in Linz suche ich eine SAP-FI-Beraterin (m/w/d), unbefristet, 75k+. Dein Profil hat mich direkt angesprochen! Hast du Zeit für ein kurzes Telefonat?")])

C("junk", "generic_qa", "en", "generic QA outsourcing, counterpart of the tailored playtest service",
  [("j_qa", "2024-04-15 05:45", "Hi Mira, looking for a reliable testing partner? TestMatrix offers manual & automated QA for web, mobile and games, 24/7 coverage at up to 60% lower cost. Shall we schedule a call?")])

C("junk", "generic_pr", "en", "viral marketing agency",
  [("j_pr", "2024-07-29 23:00", "Hey! Want your game to go VIRAL? 🚀 We've helped 300+ indie games hit the front page of Steam. Our packages start at just $2,999. DM me for a free strategy session!")])

C("junk", "template_wishlists", "en", "mass template 1 of 5: wishlists via influencers",
  [("t1", "2024-04-02 15:00", "Hey Mira, love what you're building with Kellerlicht! We help indie studios get 10k+ wishlists in 30 days through our network of 2,000 gaming creators. Would you be open to a quick chat?")])
C("junk", "template_wishlists", "en", "mass template 2 of 5, slightly varied",
  [("t2", "2024-04-09 17:20", "Hi Mira! Really loving what you're building at Hofstätter Game Design. We help indie devs get 10,000+ wishlists in just 30 days with our creator network of 1,500 streamers. Open to a quick chat?")])
C("junk", "template_wishlists", "en", "mass template 3 of 5",
  [("t3", "2024-05-06 11:00", "Hey Mira, love what you're building! We help indie studios like yours reach 10k wishlists in 30 days through 2,000+ gaming influencers. Would a quick chat make sense?"),
   ("t3", "2024-05-13 11:00", "Hey Mira, bumping this in case it got buried!")])
C("junk", "template_wishlists", "en", "mass template 4 of 5",
  [("t4", "2024-06-24 09:40", "Hi Mira - love what you're building with your puzzle game! We help indie teams secure 10k+ wishlists in under 30 days via our creator network. Open to a quick chat this week?")])
C("junk", "template_wishlists", "de", "Massenvorlage 5 von 5, deutsche Fassung",
  [("t5", "2024-07-01 10:00", "Hallo Mira, ich finde toll, was du mit Kellerlicht aufbaust! Wir helfen Indie-Studios, in 30 Tagen über 10.000 Wishlists zu sammeln, über unser Netzwerk aus 2.000 Gaming-Creators. Hättest du Lust auf einen kurzen Austausch?")])

C("junk", "merge_tag_failure", "en", "unfilled {first_name} and {game_title}",
  [("m1", "2024-02-20 14:00", "Hi {first_name}, congrats on launching {game_title}! We help indie studios scale revenue with live-ops and monetisation. Can I send you a case study?")])

C("junk", "merge_tag_failure", "de", "nicht ersetztes {{Vorname}}",
  [("m2", "2023-11-20 09:00", "Hallo {{Vorname}}, für eine spannende Position als UX/UI Designer (m/w/d) in Graz suche ich genau jemanden wie dich. Darf ich dir Details schicken?")])

C("junk", "merge_tag_failure", "en", "wrong game named in a marketing pitch",
  [("m3", "2024-08-12 16:00", "Hi Mira, I absolutely loved playing Hollow Pines, the art direction is stunning! Our launch marketing could take Hollow Pines to the next level. Free audit this week?")])

C("junk", "merge_tag_failure", "en", "[Studio Name] placeholder left in",
  [("m4", "2024-09-23 10:30", "Hi Mira, I noticed [Studio Name] is hiring and growing fast. We help studios like [Studio Name] cut hiring costs by 40%. Worth a 15 min call?")])

C("junk", "sponsored_inmail", "en", "sponsored InMail for a game engine",
  [("s_engine", "2024-03-04 12:00", "<p>Hi Mira,</p><p>Build faster with <b>Vortex Engine 5</b>. Free for revenue under $100k &ndash; download now and get 3 months of Pro on us.</p>")],
  title=SPONSORED, subject="Your next game deserves a better engine")

C("junk", "sponsored_inmail", "de", "Sponsored InMail für ein Geschäftskonto",
  [("s_bank", "2024-01-22 12:00", "<p>Hallo Mira,</p><p>Als Selbstständige verdienst du ein Konto, das mitdenkt. <b>FlexiKonto Business</b>: 0 &euro; Kontoführung im ersten Jahr.</p>")],
  title=SPONSORED, subject="Dein Business-Konto in 10 Minuten")

C("junk", "sponsored_inmail", "en", "sponsored InMail for an online course",
  [("s_course", "2024-10-07 12:00", "<p>Mira, level up your career.</p><p>Join 20,000 developers in our <b>Game Design Masterclass</b>. 40% off this week only.</p>")],
  title=SPONSORED, subject="Become a better game designer")

C("junk", "paid_award", "en", "indie award shortlist with an entry fee",
  [("j_award", "2024-05-15 10:00", "Dear Mira, great news! Kellerlicht has been shortlisted for the Global Indie Game Honors 2024. To confirm your shortlist position and receive the official laurel for your Steam page, a processing fee of $199 applies. Please confirm within 5 days.")])

C("junk", "paid_feature", "en", "YouTube feature for a fee",
  [("j_feature", "2024-06-18 13:00", "Hey Mira! We'd love to feature your game on IndieSpotlight TV (250k subscribers). Feature packages start at $150 for a dedicated 3-minute segment. Interested?"),
   ("j_feature", "2024-06-25 13:00", "Hi again, spots for July are filling up fast!")])

C("junk", "offers_what_she_sells", "en", "outsourced level design offered to a freelance level designer",
  [("j_same", "2024-08-19 06:30", "Hello Mira, is your studio struggling to keep up with content? LevelCraft provides outsourced level design, blockouts and environment art at 50% lower cost than in-house teams. Can we share our portfolio?")])

C("junk", "capacity_for_clients", "de", "Hast du Kapazität für neue Kunden?",
  [("j_cap", "2024-02-26 08:15", "Hey Mira, kurze Frage: Hast du gerade Kapazität für neue Kunden? Ich bringe Freelancern jeden Monat 3-5 neue Aufträge über LinkedIn-Automatisierung. Wenn ja, zeig ich dir in 10 Minuten, wie das läuft.")])

C("junk", "like_minded_entrepreneurs", "en", "let's connect as like-minded entrepreneurs",
  [("j_like", "2024-01-03 21:00", "Hi Mira, I'm always excited to connect with like-minded entrepreneurs and creators. Let's connect and explore how we can create massive value together! 🌍💡")])

C("junk", "quick_15_min_call", "de", "kurzes 15-Minuten-Gespräch für CRM",
  [("j_15", "2024-09-09 09:00", "Hallo Frau Hofstätter, hätten Sie 15 Minuten für ein kurzes Gespräch? Ich würde Ihnen gern zeigen, wie SalesCloud Ihren Vertrieb automatisiert. Dienstag oder Mittwoch?")])

C("junk", "connect_then_pitch", "de", "vernetzt, Smalltalk über Games, Pitch in Nachricht 3",
  [("j_ctp1", "2024-03-11 09:00", "Servus Mira, danke fürs Vernetzen! Spielst du selbst auch noch viel, oder bleibt da als Designerin keine Zeit?"),
   ("me", "2024-03-11 19:00", "Viel zu wenig! Grad Baldur's Gate, in Etappen 😄"),
   ("j_ctp1", "2024-03-12 08:30", "Haha, kenn ich. Apropos Etappen: Als Freelancerin ist die Pension ja so ein Thema. Ich hab ein Konzept speziell für Kreative, magst du dir das in 20 Minuten anschauen?")])

C("junk", "connect_then_pitch", "en", "connects as fellow gamer, then growth pitch",
  [("j_ctp2", "2024-06-17 10:00", "Thanks for connecting Mira! What's the game you wish you'd designed?"),
   ("j_ctp2", "2024-06-19 10:00", "Btw, GrowthLoop helps creators turn their audience into recurring revenue with memberships. Kellerlicht's community could be a goldmine. Want a free teardown?")])

C("junk", "connect_then_pitch", "de", "vernetzt ohne Nachricht, dann Bürostühle",
  [("j_ctp3", "2023-10-02 08:00", "Hallo Frau Hofstätter, danke für die Vernetzung! Wie geht's Ihnen im Coworking?"),
   ("j_ctp3", "2023-10-04 08:00", "Gerade für lange Designtage: unsere ergonomischen Bürostühle gibt's im Oktober 30% günstiger. Darf ich Ihnen ein Angebot schicken?")])

C("junk", "bump_no_reply", "de", "SEO mit zwei Nachfassern ohne Antwort",
  [("j_bump1", "2024-05-20 09:00", "Hallo Mira, deine Website rankt für 'Game Designer Wien' nicht auf Seite 1. Das können wir ändern! Kurzer Call?"),
   ("j_bump1", "2024-05-27 09:00", "Hallo Mira, ich wollte nur nochmal nachfragen."),
   ("j_bump1", "2024-06-10 09:00", "Letzter Versuch: Soll ich dir eine kostenlose Analyse schicken?")])

C("junk", "bump_no_reply", "en", "review service with bumps",
  [("j_bump2", "2024-04-29 14:00", "Hi Mira, more reviews = more sales. We can help you get your first 100 Steam reviews fast. Want details?"),
   ("j_bump2", "2024-05-06 14:00", "Following up!"),
   ("j_bump2", "2024-05-20 14:00", "Hey Mira, closing the loop here. Let me know if timing is better later.")])

C("junk", "off_topic_product", "de", "Kaffeevollautomat fürs Büro",
  [("j_coffee", "2024-02-13 10:00", "Guten Tag! Bester Kaffee fürs Büro: Unsere Vollautomaten gibt's jetzt im Mietmodell ab 39 € im Monat, inkl. Wartung. Darf ich einen Testtermin vereinbaren?")])

C("junk", "off_topic_web3", "en", "web3 token pitch",
  [("j_nft", "2024-03-27 22:00", "Hey Mira! Imagine if Kellerlicht players could OWN their items on-chain 🔥 ChainQuest Labs helps indie games launch tokens and NFTs. Let's hop on a call!")])

C("junk", "fluent_generic_named_company", "en", "fluent agency pitch naming her studio, could go to anyone",
  [("j_fluent1", "2024-07-08 08:30", "Dear Mira, Hofstätter Game Design has built a genuinely distinctive body of work, and in a crowded market distinctiveness is everything. Our studio partners with ambitious creative businesses to sharpen their brand story and turn attention into growth. I'd welcome the opportunity to explore how we might support Hofstätter Game Design in its next chapter.")])

C("junk", "fluent_generic_named_company", "de", "flüssige Markenberatung, nennt Kellerlicht",
  [("j_fluent2", "2024-09-30 09:10", "Liebe Frau Hofstätter, mit Kellerlicht haben Sie ein Projekt geschaffen, das Aufmerksamkeit verdient. Damit Kellerlicht auch langfristig wächst, braucht es eine klare Markenstrategie. Wir begleiten Kreativunternehmen von der Positionierung bis zur Umsetzung. Darf ich Ihnen unsere Herangehensweise vorstellen?")])

C("junk", "fake_reviews", "en", "paid Steam reviews service",
  [("j_reviews", "2024-08-05 03:00", "Hi, boost your Steam rating! Real accounts, positive reviews, safe and fast delivery. 50 reviews for $250. Reply to order.")])

C("junk", "generic_insurance", "de", "Versicherungsmakler für Selbstständige",
  [("j_vers", "2024-01-29 11:00", "Hallo Mira, als Selbstständige bist du sicher optimal versichert? Oft nicht! Ich mache dir gern einen kostenlosen Versicherungscheck. Wann passt es dir?")])

C("junk", "coaching", "de", "Mindset-Coaching für Kreative",
  [("j_coach", "2024-03-05 07:00", "Liebe Mira, viele Kreative stehen sich selbst im Weg. In meinem 6-Wochen-Programm 'Kreativ ohne Grenzen' löst du deine Blockaden. Jetzt Frühbucherpreis 1.490 € sichern!")])

C("junk", "upfront_fee_publisher", "en", "fake publisher asking an upfront fee",
  [("j_fakepub", "2024-06-03 12:00", "Dear Mira, we are impressed by your game and would like to offer you a publishing deal! Our publishing package ($2,500 one-time onboarding fee) includes Steam marketing, press release and store optimisation. Please reply to receive the contract.")])

C("junk", "mass_webinar", "de", "Massen-Webinareinladung",
  [("j_webinar", "2024-04-16 11:00", "Einladung zum kostenlosen Webinar 'LinkedIn für Selbstständige: Mehr Aufträge in 30 Tagen' am 23.4. um 19 Uhr. Jetzt Platz sichern!")])

profile = {"First Name": "Mira", "Last Name": "Hofstätter",
           "Headline": "Freelance Game & Level Designer | Kellerlicht (Steam) | Game jam mentor | Wien",
           "Summary": "Ich baue Levels, die ohne Text erklären. Freelance level and systems design for studios across Europe, and my own puzzle game Kellerlicht (Kickstarter 2023).",
           "Industry": "Computer Games", "Geo Location": "Wien, Österreich",
           "Websites": "https://mira-hofstaetter.at, https://kellerlicht.game"}
positions = [
    {"Company Name": "Hofstätter Game Design", "Title": "Freelance Game & Level Designer", "Location": "Wien", "Started On": "Feb 2019"},
    {"Company Name": "Kellerlicht", "Title": "Creator", "Description": "Solo puzzle game, Kickstarter 2023", "Location": "Wien", "Started On": "Jan 2022"},
    {"Company Name": "Donauwelle Studios", "Title": "Level Designer", "Location": "Wien", "Started On": "Sep 2014", "Finished On": "Jan 2019"},
]
skills = ["Level Design", "Game Design", "Godot", "Unreal Engine", "Puzzle Design", "Playtesting", "Blender"]

if __name__ == "__main__":
    ex.write(OUT, profile, positions, skills)
    print(ex.summary())

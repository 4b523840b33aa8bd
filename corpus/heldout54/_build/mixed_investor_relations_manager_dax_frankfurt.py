"""heldout54 persona: investor relations manager at a DAX-listed company in Frankfurt (2024 layout,
German and English about half each).

Written blind to the detector code in session 5; every message text is written by hand here.
Run it to regenerate ../mixed-investor-relations-manager-dax-frankfurt/ byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-investor-relations-manager-dax-frankfurt"
OWNER = Person("me", "Katharina Brückner", "https://www.linkedin.com/in/ACoAAKatharinaBrueckner",
               "Falkenau Industries SE", "Senior Manager Investor Relations")
ex = Export(SLUG, "2024", OWNER)
P = ex.person

# ---------------------------------------------------------------- people: genuine contacts
P("analyst1", "James Holloway-Cheng", "Ashcombe Securities", "Equity Analyst, Capital Goods",
  connected="2019-02-14")
P("fm1", "Dr. Stefan Kessler", "Mainfeld Invest", "Senior Portfolio Manager", connected="2024-02-28")
P("cfo", "Dr. Matthias Roeder", "Falkenau Industries SE", "Chief Financial Officer", connected="2017-05-02")
P("roadshow", "Priyanka Shah", "Ashcombe Securities", "Corporate Access", connected="2021-09-30")
P("webcast", "Andreas Hölzl", "StreamIR GmbH", "Key Account Manager", connected="2020-01-21")
P("irweb", "Emma Lindgren", "Baltic Digital IR", "Client Director", connected="2021-11-11")
P("proxy", "Oliver Grantham", "Meridian Proxy Research", "Senior Analyst, Continental Europe",
  connected="2022-03-17")
P("headhunter", "Christiane Faber", "Faber & Roth Executive Search", "Partnerin", connected="2024-01-15")
P("applicant", "Ayşe Demir", "", "MSc Finance, Goethe University", connected="2024-02-05")
P("cmd1", "Henrik Aas", "Nordvest Kapitalforvaltning", "Portfolio Manager", connected="2023-06-07")
P("cmd2", "Julia Reinhardt", "Sparkassen Asset Management", "Analystin Aktien Industrie",
  connected="2020-10-10")
P("cmd3", "Tom Whitaker", "Harrow Lane Capital", "Partner", connected="2022-05-25")
P("buyside", "Markus Voigt", "Taunus Capital", "Fondsmanager", connected="2016-08-18")
P("journalist", "Sebastian Urban", "Frankfurter Finanzblatt", "Redakteur Unternehmen", connected="2018-12-03")
P("peerir", "Nina Hofstetter", "Rheinmark Chemie AG", "Head of Investor Relations", connected="2015-04-09")
P("arbeitskreis", "Daniel Reuter", "Arbeitskreis IR Rhein-Main", "Sprecher", connected="2014-10-21")
P("exkollege", "Florian Stark", "Hessische Pensionskasse", "Leiter Aktien", connected="2011-03-30")
P("usfund", "Rebecca Miles", "Cascade State Teachers' Retirement System", "Investment Officer")
P("retail", "Werner Ploog", "", "Privatanleger", connected="2024-04-29")
P("sdk", "Gabriele Mertens", "Schutzverband der Kleinaktionäre", "Landesgeschäftsführerin Hessen",
  connected="2019-05-06")
P("legal", "Dr. Johanna Kraft", "Falkenau Industries SE", "Senior Legal Counsel Capital Markets",
  connected="2018-01-08")
P("esg", "Lucía Romero", "Verdance ESG Ratings", "Corporate Relations", connected="2022-09-01")
P("analyst2", "Benedikt Straub", "Bankhaus Lindner", "Aktienanalyst", connected="2024-01-22")
P("teamir1", "Paul Wegener", "Falkenau Industries SE", "Investor Relations Analyst", connected="2020-03-02")
P("teamir2", "Sophie Carter", "Falkenau Industries SE", "IR Manager (ESG & Retail)", connected="2022-07-11")
P("treasury", "Lars Eggert", "Falkenau Industries SE", "Head of Treasury", connected="2017-06-19")
P("freundin", "Anna-Lena Kohl", "", "", connected="2010-10-01")
P("conference", "Greg Patterson", "Bramwell & Co.", "Head of Conferences, EMEA", connected="2019-11-20")
P("translator", "Hannah Weiß", "", "Freie Fachübersetzerin Finanzen", connected="2016-02-02")
P("mentor", "Richard Ellingham", "", "Former CFO, non-executive director", connected="2009-09-09")
P("analyst3", "Chloé Martin", "Banque Duval", "Sell-side Analyst, Industrials", connected="2021-01-12")
P("board", "Petra Neumann", "Falkenau Industries SE", "Leiterin Vorstandsbüro", connected="2019-08-26")
P("nordic", "Sanna Virtanen", "Aalto Pension Fund", "Equity Portfolio Manager", connected="2024-03-20")
P("student", "Moritz Engel", "", "Masterstudent Finance", connected="2024-08-30")
P("boersentag", "Claudia Sauer", "Börsentag Rhein-Main", "Organisation", connected="2023-02-20")

# ---------------------------------------------------------------- people: wanted pitches
P("w_web", "Felix Nakamura-Ross", "Clearline IR Websites", "Founder")
P("w_target", "Dr. Sabine Lorenz", "Aktionärsradar GmbH", "Geschäftsführerin")
P("w_headhunter", "Thomas Brenner", "Brenner Partners", "Partner, Finance & IR Search")
P("w_webcast", "Ruth O'Connell", "Lumencast", "Head of Sales, DACH")
P("w_perception", "Jan-Philipp Wolff", "Wolff Perception Studies", "Berater")
P("w_activist", "Carsten Heyden", "Kapitalmarktwacht", "Managing Partner")
P("w_retail", "Leonie Brandt", "AskTheBoard", "Partnerships Lead")
P("w_consensus", "Ben Aldridge", "Consensio", "Co-founder")
P("w_translate", "Marion Schick", "Schick Financial Translations", "Inhaberin")
P("w_nordic", "Erik Holm", "Fjord Equities", "Corporate Access, Nordics")
P("w_proxysol", "Diana Kovacs", "Harbourline Governance Advisory", "Director")
P("w_esg", "Dr. Tobias Renner", "Renner Sustainability Advisory", "Partner")

# ---------------------------------------------------------------- people: junk senders
P("tpl1", "Ryan Fletcher", "Elevate Growth Partners", "Managing Director")
P("tpl2", "Samantha Ortiz", "NextWave Digital", "CEO")
P("tpl3", "Karthik Iyer", "Velocity Offshore Solutions", "Head of Partnerships")
P("tpl4", "Jens Albrecht", "Sichtbarkeitsschmiede", "Gründer")
P("tpl5", "Megan Doyle", "BrandLift Media", "Partnerships Director")
P("merge1", "Kevin Huang", "PipelinePro", "SDR")
P("merge2", "Sandra Lehmann", "DigiOffice Consulting", "Beraterin")
P("merge3", "Adam Fields", "Summit Leadership Institute", "Program Advisor")
P("merge4", "Thomas Wirth", "Wirth Finanzplanung", "Finanzplaner")
P("spon1", "Kingsbridge Business School", "Kingsbridge Business School", "",
  url="https://www.linkedin.com/company/kingsbridge-business-school")
P("spon2", "MarketPulse Terminal", "MarketPulse", "", url="https://www.linkedin.com/company/marketpulse-terminal")
P("award", "Charlotte Reeves", "European IR Excellence Awards", "Awards Manager")
P("podcast", "Marvin Scholz", "Podcast 'Kapital & Köpfe'", "Host")
P("feature", "Daniel Price", "CFO Insight Review", "Editorial Partnerships")
P("outsourced", "Victor Bauer", "InvestorLink Europe", "Director")
P("capacity", "Liam Carter", "Apex Client Acquisition", "Founder")
P("likeminded", "Marco Bellini", "Bellini Global", "Entrepreneur | Visionary | Speaker")
P("quickcall", "Kristin Möller", "Prozessklar Beratung", "Beraterin")
P("ctp1", "Alexandra Weiss", "Executive Presence Coaching", "Executive Coach",
  connected="2024-03-04", invite=("IN", "2024-03-03 18:22", "Hallo Frau Brückner, ich würde mich gern mit Ihnen vernetzen."))
P("ctp2", "Brandon Lee", "QuantEdge Signals", "Senior Trader",
  connected="2024-06-17", invite=("IN", "2024-06-16 22:05", ""))
P("ctp3", "Simone Gärtner", "Weingut Gärtner Exklusiv", "Geschäftsführerin",
  connected="2024-10-08", invite=("IN", "2024-10-07 12:15", "Liebe Grüße aus dem Rheingau!"))
P("bump1", "Nathan Brooks", "DataHarvest Leads", "Account Executive")
P("bump2", "Melanie Krause", "Eventraum Frankfurt", "Vertrieb")
P("solar", "Dominik Seidel", "SonnenPlus", "Energieberater")
P("crypto", "Ivan Petrov", "Nova Digital Wealth", "Private Client Advisor")
P("yacht", "Giulia Romano", "Riviera Yacht Charters", "Charter Manager")
P("offshore", "Sanjay Gupta", "TechNova Solutions", "Business Development Manager")
P("preipo", "Harrison Blake", "Blackridge Private Markets", "Director")
P("genweb", "Tim Oster", "WebStudio Oster", "Inhaber")
P("genrecr", "Jessica Moore", "HireFast Global", "Talent Partner")
P("genwebcast", "Alex Turner", "EventSphere Virtual", "Account Executive")
P("gentrans", "Petra Haas", "Übersetzungsbüro Universal", "Vertrieb")
P("fluent", "Laura Vogt", "Narrativ Strategy", "Partnerin")
P("leadgen", "Chris Walker", "B2B Growth Engine", "Founder")
P("ticket", "Olivia Grant", "Future of Finance Summit", "Delegate Sales")
P("finfluencer", "Kevin Sander", "Börsenbuzz Media", "Head of Issuer Campaigns")
P("genesg", "Ramona Fuchs", "GreenReady Consulting", "Senior Consultant")
P("watch", "Maximilian Hartl", "Hartl Luxusuhren", "Berater")

C = ex.conv

# =================================================================== GENUINE (35)
C("genuine", "analyst_call_request", "en", "long-standing sell-side analyst wants a call with the CFO after Q2",
  [("analyst1", "2024-07-31 08:40",
    "Hi Katharina, thanks for yesterday's call. Could we get 30 min with Matthias in the next two "
    "weeks? Mostly on the FX headwind in Americas and how much of the H2 margin step-up is price vs "
    "mix. Happy to send questions upfront."),
   ("me", "2024-07-31 09:30",
    "Hi James, sure. Matthias has Aug 8 at 15:00 CET or Aug 12 at 10:00. Please do send the "
    "questions, he likes to prepare."),
   ("analyst1", "2024-07-31 09:45", "Aug 8 at 15:00 works. Questions to follow by Friday. Thanks!")])

C("genuine", "fund_manager_wants_position", "de", "Fondsmanager baut Position auf, möchte 1:1 mit dem CFO",
  [("fm1", "2024-03-01 10:15",
    "Guten Tag Frau Brückner, wir haben uns nach den Q4-Zahlen intensiver mit Falkenau beschäftigt "
    "und überlegen, eine Position aufzubauen. Wäre ein 1:1 mit Herrn Dr. Roeder auf der Roadshow "
    "in Frankfurt möglich? Wir sind flexibel. Beste Grüße, Stefan Kessler"),
   ("me", "2024-03-01 11:20",
    "Sehr geehrter Herr Dr. Kessler, vielen Dank für Ihr Interesse. Am 14. März ist Dr. Roeder in "
    "Frankfurt, 9:00 oder 16:30 wären frei. Ich halte Ihnen gern einen Slot."),
   ("fm1", "2024-03-01 11:40", "9:00 Uhr wäre ideal. Gerne bei uns im Büro, Bockenheimer Landstraße."),
   ("me", "2024-03-01 11:45", "Notiert, ich schicke die Einladung.")])

C("genuine", "cfo_script_review", "de", "CFO zum Q3-Skript",
  [("cfo", "2024-11-05 21:10",
    "Katharina, Skript gelesen. Seite 3 zu lang, und den Satz zur Guidance bitte so wie mit Legal "
    "abgestimmt, kein Wort mehr. Sonst gut. Morgen 7:30 Probelauf?"),
   ("me", "2024-11-05 21:25", "Mach ich. 7:30 steht, Paul bereitet die Q&A-Liste vor."),
   ("cfo", "2024-11-05 21:26", "Danke.")])

C("genuine", "roadshow_logistics", "en", "broker's corporate access organises the London roadshow",
  [("roadshow", "2024-02-20 16:00",
    "Hi Katharina, London roadshow on March 19 is confirmed: 6 one-on-ones, 1 group lunch. Car "
    "picks you up at St Pancras at 7:45. Two investors asked for the CFO only, the rest are fine "
    "with you plus the CFO. Schedule attached."),
   ("me", "2024-02-20 17:10",
    "Thanks Priyanka, looks great. Could you move the 17:00 slot earlier? Our train back is at 18:31."),
   ("roadshow", "2024-02-21 08:30", "Done, moved to 16:00. See you in London!")])

C("genuine", "vendor_price_change", "de", "bestehender Webcast-Dienstleister kündigt Preiserhöhung an",
  [("webcast", "2024-10-15 09:00",
    "Hallo Frau Brückner, vorab zur Budgetplanung 2025: Die Pauschale für Quartals-Webcasts steigt "
    "von 2.900 € auf 3.150 € pro Call, Hauptversammlung bleibt gleich. Wer bis 30.11. für 2025 "
    "verlängert, behält den alten Preis für Q4-Call und Q1. Viele Grüße, Andreas Hölzl"),
   ("me", "2024-10-15 10:30",
    "Hallo Herr Hölzl, danke für den Hinweis. Schicken Sie mir die Verlängerung bitte als PDF, ich "
    "gebe sie in die Freigabe."),
   ("webcast", "2024-10-15 11:00", "Ist unterwegs.")])

C("genuine", "vendor_renewal_quote", "en", "existing IR website vendor sends renewal quote",
  [("irweb", "2024-09-03 13:00",
    "Hi Katharina, our contract renews Jan 1. Hosting and maintenance stay at EUR 1,850/month. The "
    "new share-price widget and the ESEF viewer would add EUR 300/month. Happy to walk you through "
    "it with a demo."),
   ("me", "2024-09-04 08:15",
    "Hi Emma, thanks. Base renewal is fine. The ESEF viewer I'd like to see first, can we do next "
    "Tuesday?"),
   ("irweb", "2024-09-04 08:40", "Tuesday 11:00 CET, invite coming.")])

C("genuine", "proxy_adviser_engagement", "en", "proxy adviser engagement call ahead of the AGM",
  [("proxy", "2024-04-08 10:00",
    "Dear Katharina, ahead of Falkenau's AGM on May 16 we'd like to schedule an engagement call on "
    "the remuneration report, in particular the new LTI peer group. Would April 15-19 work for you "
    "and someone from the Supervisory Board office?"),
   ("me", "2024-04-08 14:30",
    "Dear Oliver, yes, April 17 at 14:00 CET works. Petra Neumann from the board office will join."),
   ("proxy", "2024-04-08 14:45", "Confirmed, thank you.")])

C("genuine", "engaged_headhunter", "de", "beauftragte Personalberaterin schickt Shortlist für IR-Analyst",
  [("me", "2024-01-15 09:30",
    "Liebe Frau Faber, wie besprochen: Wir suchen eine/n IR-Analyst/in, 2-4 Jahre Erfahrung, gern "
    "sell-side. Ihr Angebot (ein Drittel des Zieljahresgehalts, in drei Raten) ist freigegeben."),
   ("headhunter", "2024-01-15 12:00", "Danke, Frau Brückner! Ich melde mich in drei Wochen mit einer Longlist."),
   ("headhunter", "2024-02-06 17:30",
    "Liebe Frau Brückner, anbei die Shortlist mit vier Profilen, zwei davon aus dem Research einer "
    "Großbank. Wann hätten Sie Zeit für erste Gespräche?"),
   ("me", "2024-02-07 08:00", "Wunderbar, nächste Woche Dienstag und Donnerstag ganztags.")])

C("genuine", "job_applicant", "en", "applicant for the IR analyst role follows up in English",
  [("applicant", "2024-02-16 19:45",
    "Dear Ms Brückner, thank you for the interview on Tuesday. I really enjoyed the case on the "
    "consensus deviation, and I've thought more about the question on the H2 seasonality (my "
    "answer was too short). Happy to share a short note if helpful. Best regards, Ayşe Demir"),
   ("me", "2024-02-17 10:00",
    "Dear Ayşe, thank you, that's kind. No need for a note, we'll be in touch through Ms Faber "
    "next week."),
   ("applicant", "2024-02-17 10:15", "Thank you, have a nice weekend!")])

C("genuine", "cmd_thanks", "en", "thank-you after Capital Markets Day (1 of 3)",
  [("cmd1", "2024-06-13 18:20",
    "Katharina, thanks for a very well organised CMD. The plant tour was the highlight, and the "
    "mid-term targets were clearer than I expected. Looking forward to the follow-up in Oslo.")])

C("genuine", "cmd_thanks", "de", "Dank nach dem Capital Markets Day (2 von 3)",
  [("cmd2", "2024-06-13 19:05",
    "Liebe Frau Brückner, vielen Dank für den gelungenen Kapitalmarkttag! Sehr gut organisiert, "
    "und die Werksführung war wirklich ein Highlight. Bis bald!"),
   ("me", "2024-06-14 08:30", "Liebe Frau Reinhardt, danke, das freut mich sehr! Bis bald.")])

C("genuine", "cmd_thanks", "en", "thank-you after Capital Markets Day (3 of 3)",
  [("cmd3", "2024-06-14 07:50",
    "Thanks for a great CMD yesterday, Katharina. Very well run, and the plant tour was excellent. "
    "See you at the Bramwell conference.")])

C("genuine", "owner_asks_feedback", "de", "Inhaberin fragt langjährigen Buy-Side-Kontakt nach Roadshow-Feedback",
  [("me", "2024-03-20 18:30",
    "Hallo Markus, kurze Frage unter uns: Wie kam die Präsentation gestern beim Lunch an? Wir "
    "überlegen, die Margenbrücke für H2 anders zu zeigen."),
   ("buyside", "2024-03-20 20:10",
    "Hi Katharina, ehrlich? Die Brücke war zu kleinteilig, drei Balken hätten gereicht. Ansonsten "
    "gut, Matthias war sehr klar beim Capex. Apfelwein nächste Woche?"),
   ("me", "2024-03-20 20:15", "Danke dir, genau das brauchte ich. Apfelwein ja, Donnerstag in Sachsenhausen?")])

C("genuine", "owner_requests_quote", "en", "owner asks the webcast vendor for a hybrid CMD quote",
  [("me", "2024-03-27 11:00",
    "Hi Andreas, for our CMD on June 13 we'd like a hybrid setup: livestream from the plant in "
    "Hanau, Q&A from both rooms and online, English only. Could you send a quote by mid-April?"),
   ("webcast", "2024-03-28 09:30",
    "Hi Katharina, sure. Rough estimate for a full day on site with two cameras and online Q&A: "
    "EUR 14-16k. Detailed quote after a site check, could we visit Hanau on April 9?"),
   ("me", "2024-03-28 10:00", "April 9 works, I'll arrange visitor passes.")])

C("genuine", "journalist_request", "de", "Journalist bittet um CFO-Interview nach den Q3-Zahlen",
  [("journalist", "2024-11-07 12:15",
    "Hallo Frau Brückner, wäre nach den Zahlen ein kurzes Interview mit Herrn Roeder möglich, 20 "
    "Minuten, Thema Zölle und US-Werk? Erscheinen würde es Samstag."),
   ("me", "2024-11-07 13:30",
    "Hallo Herr Urban, ich frage bei ihm und bei der Pressestelle nach. Freitag früh wäre "
    "realistisch, ich melde mich bis heute Abend."),
   ("journalist", "2024-11-07 13:35", "Danke, das wäre prima.")])

C("genuine", "peer_joint_offer", "de", "IR-Kollegin eines anderen DAX-Konzerns schlägt gemeinsamen Privatanlegertag vor",
  [("peerir", "2024-05-22 17:45",
    "Liebe Katharina, wir überlegen, im Herbst einen Privatanlegertag in Frankfurt zu machen. Hättet "
    "ihr Lust, das gemeinsam zu machen? Zwei Unternehmen ziehen mehr Leute, und wir teilen die Kosten "
    "für Raum und Moderation (ca. 18.000 € gesamt) 50/50."),
   ("me", "2024-05-23 08:30",
    "Liebe Nina, super Idee! Ich muss es Matthias vorlegen, aber ich bin dafür. Lass uns nächste "
    "Woche telefonieren und ein Konzept auf eine Seite bringen."),
   ("peerir", "2024-05-23 08:45", "Perfekt. Mittwoch 12 Uhr?")])

C("genuine", "event_invitation_contact", "de", "Arbeitskreis IR lädt zum Sommertreffen ein",
  [("arbeitskreis", "2024-06-25 10:00",
    "Liebe Katharina, unser Sommertreffen ist am 11. Juli ab 18 Uhr auf der Dachterrasse bei "
    "Rheinmark. Thema: ESEF und KI im Geschäftsbericht. Kommst du? Gern auch mit Sophie."),
   ("me", "2024-06-25 11:00", "Lieber Daniel, wir kommen beide! Danke für die Einladung.")])

C("genuine", "long_standing_contact", "de", "ehemaliger Kollege, jetzt Pensionskasse, Smalltalk",
  [("exkollege", "2024-09-16 19:30",
    "Na, Katharina, wie läuft's bei Falkenau? Habe deinen CMD-Mitschnitt gesehen, souverän wie "
    "immer. Lass mal wieder Mittag essen, wie damals in der Kantine mit dem schlechten Kaffee."),
   ("me", "2024-09-16 20:05",
    "Florian! Danke dir. Der Kaffee war wirklich legendär schlecht. Nächste Woche Mittwoch in der "
    "Kleinmarkthalle?"),
   ("exkollege", "2024-09-16 20:10", "Abgemacht.")])

C("genuine", "spam_folder_investor", "en", "US pension fund requests a meeting, landed in SPAM",
  [("usfund", "2024-09-24 15:40",
    "Dear Ms. Brückner, our fund holds a small position in Falkenau and we'll be in Frankfurt "
    "October 21-22. Would a meeting with IR be possible, ideally including someone who can speak "
    "to the US plant ramp-up? Kind regards, Rebecca Miles")],
  folder="SPAM")

C("genuine", "retail_shareholder_question", "de", "Privatanleger fragt nach Dividendentermin",
  [("retail", "2024-04-30 18:05",
    "Sehr geehrte Frau Brückner, ich bin seit 2009 Aktionär. Wann genau ist der Ex-Tag der "
    "Dividende, und wird sie wieder in bar ausgezahlt oder gibt es eine Aktiendividende? Mit "
    "freundlichen Grüßen W. Ploog"),
   ("me", "2024-05-02 09:00",
    "Sehr geehrter Herr Ploog, vorbehaltlich des HV-Beschlusses am 16. Mai ist der Ex-Tag der 17. "
    "Mai, Auszahlung am 21. Mai, in bar. Danke für Ihre langjährige Treue!")])

C("genuine", "shareholder_association", "de", "Aktionärsschutz-Verband kündigt Fragen zur HV an",
  [("sdk", "2024-05-06 11:00",
    "Sehr geehrte Frau Brückner, wir werden auf der HV Fragen zur Vergütung und zum US-Werk "
    "stellen. Damit die Antworten fundiert ausfallen können, vorab ein kurzer Hinweis. Wäre "
    "vorher ein kurzes Gespräch möglich?"),
   ("me", "2024-05-06 15:00", "Sehr geehrte Frau Mertens, gern. Donnerstag 10 Uhr telefonisch?")])

C("genuine", "legal_quiet_period", "de", "Rechtsabteilung erinnert an Quiet Period und Insiderliste",
  [("legal", "2024-10-14 08:15",
    "Hallo Katharina, kurze Erinnerung: Quiet Period ab 17.10. Bitte keine Einzelgespräche mehr, "
    "und schick mir bis Mittwoch die aktualisierte Liste, wer im IR-Team Zugang zu den Vorabzahlen hat."),
   ("me", "2024-10-14 08:40", "Danke Johanna, kommt heute Nachmittag.")])

C("genuine", "esg_rating_verification", "en", "existing ESG rating agency asks to verify data",
  [("esg", "2024-08-19 10:30",
    "Hi Katharina, your draft rating update is on the portal. Please verify the Scope 3 figure by "
    "Sept 2; we could not match it to the sustainability report (page 48 vs. 52)."),
   ("me", "2024-08-19 16:00",
    "Hi Lucía, thanks. Page 52 is the restated figure, I'll add a note on the portal with the "
    "reconciliation.")])

C("genuine", "analyst_initiation", "de", "Analyst einer Regionalbank startet Coverage, bittet um Modell-Check",
  [("analyst2", "2024-01-24 14:00",
    "Hallo Frau Brückner, wir nehmen Falkenau im Februar in die Coverage auf. Dürfte ich Ihnen "
    "vorab die Segmentstruktur meines Modells zeigen? Nur zur Plausibilität, keine Schätzungen."),
   ("me", "2024-01-24 15:30",
    "Hallo Herr Straub, schön zu hören. Gerne, Struktur ja, Zahlen kommentieren wir nicht. "
    "Montag 11 Uhr?"),
   ("analyst2", "2024-01-24 15:40", "Montag 11 Uhr, vielen Dank!")])

C("genuine", "ir_team_group", "mixed", "IR-Team-Gruppe bereitet den Q4-Call vor, Deutsch und Englisch gemischt",
  [("teamir1", "2024-02-26 17:30",
    "Q&A-Liste v3 ist im Ordner. Ich hab die FX-Fragen zusammengelegt."),
   ("teamir2", "2024-02-26 17:42",
    "Thanks Paul! I added two ESG questions, Verdance asked about Scope 3 again."),
   ("me", "2024-02-26 18:05",
    "Super, danke euch beiden. Morgen 8:00 final mit Matthias, bitte pünktlich, er hat um 9 Aufsichtsrat."),
   ("teamir1", "2024-02-26 18:06", "👍")],
  title="IR Team Q4 Call")

C("genuine", "treasury_bond_call", "de", "Treasury bittet um Unterstützung bei Anleiheinvestoren-Call",
  [("treasury", "2024-09-09 13:00",
    "Hi Katharina, wir planen im Oktober eine Anleihe und ein Investor-Call mit Fixed-Income-Leuten. "
    "Kannst du uns mit der Liste und dem Dial-in helfen? Eure Präsentationsvorlage wäre auch super."),
   ("me", "2024-09-09 13:40", "Klar, Lars. Ich schick dir die Vorlage und rede mit Herrn Hölzl wegen Dial-in.")])

C("genuine", "friend_small_talk", "de", "Freundin aus dem Studium, Eintracht-Karten",
  [("freundin", "2024-08-22 20:30",
    "Kathi!! Hab zwei Karten für die Eintracht am Sonntag, Westkurve. Bist du dabei? 🦅"),
   ("me", "2024-08-22 20:45", "Unbedingt! Aber danach Grüne Soße bei deiner Mutter, das ist der Deal 😄"),
   ("freundin", "2024-08-22 20:46", "Sie hat's schon angeboten haha")])

C("genuine", "conference_invitation", "en", "broker conference head invites Falkenau to present",
  [("conference", "2024-07-02 09:00",
    "Hi Katharina, we'd love to have Falkenau at our Industrials Conference in London, Sept 24-25. "
    "Presentation slot plus up to 10 one-on-ones. Would the CFO be available?"),
   ("me", "2024-07-02 10:30", "Hi Greg, thanks! Tentatively yes for the 25th, confirming by Friday."),
   ("conference", "2024-07-02 10:45", "Great, slot pencilled in.")])

C("genuine", "translator_rate_change", "de", "langjährige Übersetzerin passt Zeilenpreis an",
  [("translator", "2024-11-25 10:00",
    "Liebe Frau Brückner, ab dem Geschäftsbericht 2024 muss ich meinen Zeilenpreis von 1,85 € auf "
    "1,95 € anheben. Der Zeitplan wie letztes Jahr (Übergabe 20. Februar) passt mir gut."),
   ("me", "2024-11-25 11:30", "Liebe Frau Weiß, das ist in Ordnung. Zeitplan passt, danke für die frühe Info!")])

C("genuine", "mentor_congrats", "en", "retired CFO mentor congratulates her",
  [("mentor", "2024-06-20 08:00",
    "Katharina, I watched the CMD replay. Very well done, and I noticed you handled the hostile "
    "question on the US plant without blinking. Proud of you. Lunch when I'm next in Frankfurt?"),
   ("me", "2024-06-20 09:15",
    "Richard, that means a lot, thank you. You taught me the not-blinking part. Lunch, absolutely.")])

C("genuine", "analyst_consensus", "en", "sell-side analyst sends estimates for the consensus",
  [("analyst3", "2024-10-21 16:00",
    "Hi Katharina, please find my updated estimates for your Q3 consensus: sales EUR 2.41bn, adj. "
    "EBIT margin 11.2%. Let me know if you need the full template."),
   ("me", "2024-10-21 16:30", "Thanks Chloé, that's all I need. Consensus goes out Thursday.")])

C("genuine", "board_office_agm", "de", "Vorstandsbüro zu HV-Fragen",
  [("board", "2024-05-13 17:20",
    "Katharina, kannst du bis morgen Mittag die Antworten zu den Fragen vom Aktionärsschutzverband "
    "gegenlesen? Der Vorstand will die Fassung Mittwoch final."),
   ("me", "2024-05-13 17:45", "Ja, mache ich heute Abend noch.")])

C("genuine", "investor_followup", "en", "Nordic investor thanks for the meeting and asks about capex",
  [("nordic", "2024-03-22 11:00",
    "Thank you for the meeting in Helsinki. One follow-up: of the EUR 420m capex guidance, how much "
    "is the US plant vs. maintenance? Not urgent."),
   ("me", "2024-03-22 14:00",
    "Thank you Sanna, lovely to meet you. Roughly EUR 180m US plant, the rest maintenance and "
    "digitalisation, as per slide 14 of the FY deck. Happy to set up a call with the plant team "
    "in autumn.")])

C("genuine", "student_interview", "de", "Masterstudent bittet um Interview für die Abschlussarbeit",
  [("student", "2024-09-02 12:00",
    "Hallo Frau Brückner, ich schreibe meine Masterarbeit an der Goethe-Uni über Privatanleger-"
    "Kommunikation im DAX. Hätten Sie 30 Minuten für ein Interview? Das wäre großartig."),
   ("me", "2024-09-02 17:00",
    "Hallo Herr Engel, gern. Meine Kollegin Sophie Carter wäre dafür sogar die bessere "
    "Ansprechpartnerin, ich setze sie in Kopie per Mail."),
   ("student", "2024-09-02 17:10", "Vielen Dank!")])

C("genuine", "retail_event_invite", "de", "Organisatorin des Börsentags lädt ein, nennt Standpreis",
  [("boersentag", "2024-01-30 10:00",
    "Liebe Frau Brückner, schön, dass Falkenau letztes Jahr dabei war! Für den Börsentag am 12. "
    "Oktober können wir Ihnen wieder den Vortragsslot um 11 Uhr anbieten. Standpaket wie 2023 "
    "für 4.500 € netto. Sind Sie wieder dabei?"),
   ("me", "2024-01-30 11:30", "Liebe Frau Sauer, ja, sehr gern, gleiche Konditionen. Sophie übernimmt die Organisation."),
   ("boersentag", "2024-01-30 11:40", "Wunderbar, dann reserviere ich.")])

# =================================================================== WANTED PITCHES (12)
C("wanted_pitch", "ir_website_specific_problem", "en",
  "IR website specialist visited the IR site and found the broken ESEF link and untagged PDF",
  [("w_web", "2024-04-04 10:00",
    "Hi Katharina, I was reading Falkenau's FY report on your IR site and noticed two things: the "
    "ESEF zip link under 'Reports 2023' returns a 404, and the English results presentation isn't "
    "tagged, so screen readers skip the charts. Under the EAA that'll matter from 2025. We fix "
    "exactly these for listed companies (fixed fee, no platform switch). Screenshots attached if "
    "useful for your web team."),
   ("me", "2024-04-04 13:00", "Thanks Felix, that 404 is embarrassing. Forwarding to our vendor; let's talk about the accessibility part.")])

C("wanted_pitch", "targeting_after_talk", "de",
  "Targeting-Anbieterin bezieht sich auf ihren Vortrag beim Arbeitskreis zur Aktionärsidentifikation",
  [("w_target", "2024-07-15 09:30",
    "Liebe Frau Brückner, Ihr Vortrag beim Arbeitskreis IR am Donnerstag zu den Grenzen der "
    "Aktionärsidentifikation nach ARUG II war der beste des Abends. Ihr Beispiel mit den 23 % "
    "'nicht auflösbar' über Nominee-Konten kenne ich gut. Wir lösen diese Ketten für zwei MDAX-"
    "Unternehmen über Custodian-Abfragen weiter auf. Darf ich Ihnen anonymisiert zeigen, wie weit "
    "wir bei vergleichbarer Aktionärsstruktur gekommen sind?"),
   ("me", "2024-07-15 12:00", "Liebe Frau Lorenz, danke! Ja, das würde mich interessieren. Schicken Sie mir zwei Terminvorschläge.")])

C("wanted_pitch", "headhunter_relevant_role", "de",
  "Headhunter mit Head-of-IR-Rolle im MDAX, bezieht sich auf CMD und Retail-Tag",
  [("w_headhunter", "2024-10-01 08:45",
    "Guten Morgen Frau Brückner, ich suche für ein MDAX-Unternehmen aus dem Maschinenbau eine "
    "Leitung Investor Relations, direkt an den CFO. Gesucht wird jemand, der einen Kapitalmarkttag "
    "verantwortet hat und Privatanleger ernst nimmt. Ihr CMD in Hanau und der gemeinsame "
    "Privatanlegertag mit Rheinmark passen genau. Diskret natürlich. Hätten Sie Interesse an einem "
    "Gespräch?"),
   ("me", "2024-10-01 19:30", "Guten Abend Herr Brenner, grundsätzlich offen für ein Gespräch, gern privat per Mail."),
   ("w_headhunter", "2024-10-01 20:00", "Danke, melde mich morgen.")])

C("wanted_pitch", "webcast_specific_problem", "en",
  "webcast competitor noticed the audio dropouts in the first minutes of the Q2 call replay",
  [("w_webcast", "2024-08-06 11:15",
    "Hi Katharina, I listened to the Q2 replay: the audio drops three times in the first eight "
    "minutes, right during the guidance part, and the replay still has the gaps. We run webcasts "
    "for four DAX issuers with a redundant audio path (phone and stream in parallel). If you're "
    "reviewing vendors for 2025, I'd be glad to share our setup and SLA.")])

C("wanted_pitch", "perception_study_mutual_contact", "de",
  "Berater für Perception Studies, empfohlen von Nina Hofstetter (Rheinmark)",
  [("w_perception", "2024-07-22 14:00",
    "Liebe Frau Brückner, Nina Hofstetter von Rheinmark hat mir erzählt, dass Sie nach dem CMD eine "
    "Perception Study überlegen. Wir haben Rheinmarks Studie 2023 gemacht, 28 Interviews, davon "
    "die Hälfte Nicht-Aktionäre. Wenn Sie möchten, schicke ich Ihnen den anonymisierten Fragebogen "
    "und ein Angebot."),
   ("me", "2024-07-22 15:00", "Lieber Herr Wolff, ja, gern beides. Nina hat Sie sehr empfohlen.")])

C("wanted_pitch", "activist_monitoring_public_notice", "de",
  "Monitoring-Boutique bezieht sich auf die veröffentlichte Stimmrechtsmitteilung eines US-Hedgefonds",
  [("w_activist", "2024-09-12 08:00",
    "Sehr geehrte Frau Brückner, laut Ihrer Stimmrechtsmitteilung von gestern hat Harwell Point "
    "Capital die 3 %-Schwelle überschritten, zum Teil über Instrumente. Harwell ist bei zwei "
    "europäischen Industriewerten mit Forderungen nach Abspaltungen aufgefallen. Wir beobachten "
    "solche Positionen täglich und geben Frühwarnungen. Falls das für Sie und den CFO gerade "
    "relevant ist, stehe ich kurzfristig für ein Gespräch zur Verfügung.")])

C("wanted_pitch", "retail_qna_after_post", "en",
  "retail Q&A platform refers to her LinkedIn post about retail investors being ignored",
  [("w_retail", "2024-10-16 17:00",
    "Hi Katharina, your post after the Börsentag ('retail shareholders ask better questions than "
    "we think') got me. We run a pre-submitted Q&A for retail investors before results, with "
    "upvoting, and the IR team answers the top 10 on video. Two German mid-caps use it. Would you "
    "like to see what questions came in for them?"),
   ("me", "2024-10-17 08:30", "Hi Leonie, yes, I'd like to see that. Sophie runs retail for us, I'll loop her in.")])

C("wanted_pitch", "consensus_tool_setup", "en",
  "consensus tool that knows they collect estimates in Excel and publish a PDF",
  [("w_consensus", "2024-10-28 10:00",
    "Hi Katharina, I saw your Q3 consensus PDF on the IR site (thank you for publishing it!). From "
    "the format it looks like it's compiled in Excel from emails. Consensio collects the analyst "
    "estimates through a form, flags stale ones, and exports the same table you publish. It "
    "also plugs into IRwise, which I believe you use. Free for the first quarter."),
   ("me", "2024-10-28 12:00", "Hi Ben, good guess on both. Send me a trial link, Paul will test it.")])

C("wanted_pitch", "translation_specific_problem", "de",
  "Finanzübersetzerin bemerkt, dass der englische Bericht drei Wochen nach dem deutschen erschien",
  [("w_translate", "2024-04-23 09:00",
    "Guten Tag Frau Brückner, mir ist aufgefallen, dass Ihr englischer Geschäftsbericht 2023 erst "
    "drei Wochen nach dem deutschen online ging, während die meisten DAX-Werte am selben Tag "
    "veröffentlichen. Wir arbeiten mit einem Team aus vier Übersetzerinnen parallel zur Erstellung, "
    "nicht danach. Falls Sie für 2024 eine Ergänzung zu Ihrer bisherigen Lösung suchen, schicke "
    "ich gern Referenzen.")])

C("wanted_pitch", "nordic_roadshow_after_cmd_slide", "en",
  "Nordic corporate access firm cites the shareholder-structure slide from the CMD",
  [("w_nordic", "2024-06-24 13:30",
    "Hi Katharina, on slide 6 of your CMD deck the Nordics are 2% of identified holders, versus "
    "6-8% for your closest peers. We organise roadshows in Stockholm, Oslo, Copenhagen and "
    "Helsinki and already met two Nordic funds who asked about Falkenau after the CMD. A two-day "
    "roadshow in November? No fee to the issuer."),
   ("me", "2024-06-25 09:00", "Hi Erik, that's a fair point about the Nordics. Let's talk, next week?")])

C("wanted_pitch", "proxy_solicitation_after_agm_result", "en",
  "governance advisory firm cites the published AGM result on say-on-pay",
  [("w_proxysol", "2024-05-21 10:00",
    "Dear Katharina, congratulations on the AGM. The published results show the remuneration "
    "report at 68.4%, down from 91% last year, and Meridian had recommended against. We help "
    "issuers run a shareholder engagement round in the autumn ahead of the next vote. If it's "
    "helpful, I can share what typically moved the needle for German issuers after a similar vote.")])

C("wanted_pitch", "esg_advisor_after_call_transcript", "de",
  "ESG-Berater bezieht sich auf die Analystenfrage zur Taxonomie im Q3-Call-Transkript",
  [("w_esg", "2024-11-12 09:30",
    "Sehr geehrte Frau Brückner, im Transkript Ihres Q3-Calls fragte ein Analyst nach der "
    "Taxonomie-Quote des US-Werks, und Dr. Roeder verwies auf den CSRD-Bericht. Wir helfen "
    "Industrieunternehmen, genau diese Brücke zwischen Taxonomie-Kennzahlen und Equity Story "
    "verständlich aufzubereiten. Hätten Sie Interesse an einem kurzen Austausch?")])

# =================================================================== JUNK (38)
C("junk", "template_impressed_call", "en", "template 1/5: impressed by your profile, 15-minute call",
  [("tpl1", "2024-01-17 07:30",
    "Hi Katharina, I came across your profile and was genuinely impressed by what you're doing at "
    "Falkenau Industries SE. We help corporate leaders accelerate growth with proven frameworks. "
    "Would you be open to a quick 15-minute call next week?")])

C("junk", "template_impressed_call", "en", "template 2/5: same shape, digital fill",
  [("tpl2", "2024-03-12 06:50",
    "Hi Katharina! I came across your profile and was so impressed by your work at Falkenau "
    "Industries. We help enterprise teams transform their digital presence. Open to a quick "
    "15-min chat this week?")])

C("junk", "template_impressed_call", "en", "template 3/5: same shape, offshore fill, bump",
  [("tpl3", "2024-05-28 05:15",
    "Hello Katharina, I came across your profile and was truly impressed by the work you are "
    "leading at Falkenau Industries SE. We help companies like yours cut IT costs by up to 50%. "
    "Would you have 15 minutes for a quick call?"),
   ("tpl3", "2024-06-04 05:15", "Hi Katharina, just following up on my previous message. Any thoughts?")])

C("junk", "template_impressed_call", "de", "Vorlage 4/5: gleicher Aufbau auf Deutsch",
  [("tpl4", "2024-08-13 07:45",
    "Hallo Frau Brückner, ich bin auf Ihr Profil gestoßen und war wirklich beeindruckt von Ihrer "
    "Arbeit bei Falkenau Industries SE. Wir helfen Führungskräften, ihre Sichtbarkeit auf LinkedIn "
    "zu steigern. Hätten Sie nächste Woche 15 Minuten für ein kurzes Gespräch?")])

C("junk", "template_impressed_call", "en", "template 5/5: same shape, media fill",
  [("tpl5", "2024-11-19 09:00",
    "Hey Katharina, stumbled across your profile and really impressed by what you're building at "
    "Falkenau Industries! We help leaders turn their expertise into a personal brand. Worth a "
    "quick 15-minute call?")])

C("junk", "merge_tag_failure", "en", "merge tag {FirstName} and {Company}",
  [("merge1", "2024-02-13 14:00",
    "Hi {FirstName}, saw that {Company} is hiring. We build outbound pipelines that book 40+ demos "
    "a month. Open to a chat?")])

C("junk", "merge_tag_failure", "de", "Platzhalter {{Unternehmen}} nicht ersetzt",
  [("merge2", "2024-04-16 08:30",
    "Hallo Frau Brückner, bei {{Unternehmen}} stehen sicher auch Digitalisierungsprojekte an. Wir "
    "begleiten Mittelständler von der Strategie bis zur Umsetzung. Wann passt ein Kennenlernen?")])

C("junk", "merge_tag_wrong_name", "en", "wrong name (Christina) and wrong company",
  [("merge3", "2024-07-09 16:20",
    "Dear Christina, as a senior leader at Falkenau Foods, you've likely thought about your next "
    "career step. Our Executive Leadership Certificate starts in September. May I send the brochure?")])

C("junk", "merge_tag_failure", "de", "Platzhalter [Vorname] in Finanzplanungs-Pitch",
  [("merge4", "2024-10-22 19:00",
    "Hallo [Vorname], als Führungskraft in einem DAX-Konzern haben Sie sicher wenig Zeit für Ihre "
    "Finanzen. Ich zeige Ihnen, wie Sie mit ETFs und Immobilien Steuern sparen. 30 Min. kostenlos?")])

C("junk", "sponsored_inmail", "en", "Sponsored InMail for an executive MBA",
  [("spon1", "2024-02-01 12:00",
    "<p>Hi Katharina,</p><p>Lead with confidence. The Kingsbridge Global Executive MBA fits around "
    "your career &ndash; with modules in London, Singapore and New York.</p><p>Info session on "
    "March 5. Register now.</p>")],
  title="Sponsored Conversation", subject="Katharina, your Executive MBA")

C("junk", "sponsored_inmail", "en", "Sponsored InMail for a market data terminal",
  [("spon2", "2024-09-17 12:00",
    "<p>Hi Katharina,</p><p>Track every analyst rating and price target in real time with "
    "MarketPulse Terminal.</p><p>Start your 30-day free trial today.</p>")],
  title="Sponsored Conversation", subject="Real-time data for IR professionals")

C("junk", "paid_award", "en", "paid 'IR excellence' award",
  [("award", "2024-04-23 11:00",
    "Dear Katharina, congratulations! You have been shortlisted for the European IR Excellence "
    "Awards 2024 in the category 'Best IR Professional, DACH'. To confirm your shortlisting, the "
    "entry and gala fee of EUR 1,950 is payable by May 10.")])

C("junk", "paid_podcast", "de", "Podcast-Auftritt gegen 'Produktionskostenbeitrag'",
  [("podcast", "2024-06-04 18:30",
    "Hallo Frau Brückner, wir würden Sie gern in 'Kapital & Köpfe' vorstellen! Für Produktion und "
    "Vermarktung fällt ein Kostenbeitrag von 850 € an. Wir haben über 15.000 Hörer aus der "
    "Finanzbranche.")])

C("junk", "paid_feature", "en", "paid editorial feature",
  [("feature", "2024-08-27 10:00",
    "Hi Katharina, CFO Insight Review is preparing a special report on 'Europe's Most Trusted "
    "Investor Relations Teams'. Falkenau could be featured with a two-page interview. Sponsored "
    "editorial packages start at EUR 3,900."),
   ("feature", "2024-09-03 10:00", "Hi Katharina, just a reminder that the deadline is this Friday!")])

C("junk", "offers_what_she_does", "en", "offers outsourced IR and investor access to a DAX IR manager",
  [("outsourced", "2024-03-05 09:15",
    "Hi Katharina, is your company struggling to get in front of the right investors? InvestorLink "
    "Europe provides outsourced investor relations for listed companies: we write your equity "
    "story, organise roadshows and get you access to 2,000+ investors. Can we schedule a call?")])

C("junk", "capacity_for_clients", "en", "'do you have capacity for new clients?'",
  [("capacity", "2024-05-14 06:40",
    "Hey Katharina, quick question, do you have capacity to take on more clients this quarter? "
    "We help consultants and agencies add 5-10 new retainer clients a month.")])

C("junk", "like_minded_entrepreneurs", "en", "connect as like-minded entrepreneurs",
  [("likeminded", "2024-07-30 23:10",
    "Hi Katharina, I'm always looking to connect with like-minded entrepreneurs and visionaries. "
    "Together we can achieve more! Let's connect and explore synergies. 🌍")])

C("junk", "quick_call", "de", "kurzes 15-Minuten-Telefonat zu Prozessoptimierung",
  [("quickcall", "2024-09-24 07:20",
    "Guten Morgen Frau Brückner, hätten Sie diese Woche 15 Minuten für ein kurzes Telefonat? Ich "
    "möchte Ihnen zeigen, wie wir bei Konzernen Prozesskosten um 20 % senken.")])

C("junk", "connect_then_pitch", "de",
  "Vernetzung am Vortag, Smalltalk über Frankfurt, Coaching-Pitch in Nachricht 3 nach ihrer Antwort",
  [("ctp1", "2024-03-04 09:00",
    "Liebe Frau Brückner, danke für die Vernetzung! Sie sind auch in Frankfurt, oder? Ich liebe "
    "den Main im Frühling."),
   ("me", "2024-03-04 12:30", "Ja, am Mainufer ist es gerade schön, wenn es nicht regnet."),
   ("ctp1", "2024-03-05 08:00",
    "Ganz genau! Übrigens: Ich begleite Frauen in Führungspositionen dabei, auf Vorstandsebene "
    "souveräner aufzutreten. Mein 8-Wochen-Programm startet im April. Darf ich Ihnen mehr erzählen?")])

C("junk", "connect_then_pitch", "en", "connected without note, then trading signals pitch",
  [("ctp2", "2024-06-17 08:00", "Hi Katharina, thanks for connecting! Love your background in finance."),
   ("ctp2", "2024-06-19 08:10",
    "Quick one: our AI trading signals returned 312% last year. Finance pros like you get a "
    "private Telegram invite. Want in?")])

C("junk", "connect_then_pitch", "de", "Vernetzung, Smalltalk, dann Weinangebot mit Nachfass",
  [("ctp3", "2024-10-08 11:00",
    "Liebe Frau Brückner, schön, dass wir verbunden sind! Waren Sie schon mal im Rheingau zur Weinlese?"),
   ("me", "2024-10-08 19:00", "Ja, letztes Jahr in Eltville, sehr schön."),
   ("ctp3", "2024-10-09 09:00",
    "Wie schön! Für Ihre Weihnachtsgeschenke an Kunden und Geschäftspartner bieten wir exklusive "
    "Präsentkisten ab 49 € an, mit Logo-Gravur. Soll ich Ihnen den Katalog schicken?"),
   ("ctp3", "2024-10-16 09:00", "Liebe Frau Brückner, haben Sie den Katalog erhalten? 🍷")])

C("junk", "followup_bump_no_reply", "en", "lead list pitch with two bumps, never answered",
  [("bump1", "2024-01-09 10:00",
    "Hi Katharina, we have verified contact data for 250,000 decision makers in DACH. Want a free sample?"),
   ("bump1", "2024-01-16 10:00", "Hi Katharina, did you see my last message?"),
   ("bump1", "2024-01-30 10:00", "Hi Katharina, I'll take your silence as a no for now 🙂 Let me know if that changes!")])

C("junk", "followup_bump_no_reply", "de", "Eventlocation-Angebot mit Nachfass",
  [("bump2", "2024-11-26 14:00",
    "Guten Tag Frau Brückner, planen Sie schon Ihre Weihnachtsfeier? Unser Loft in der Hanauer "
    "Landstraße hat noch Termine frei!"),
   ("bump2", "2024-12-03 14:00", "Nur noch zwei Termine frei, kurze Rückmeldung wäre super!")])

C("junk", "off_topic_product", "de", "Photovoltaik fürs Eigenheim",
  [("solar", "2024-04-09 18:00",
    "Hallo Frau Brückner, mit einer PV-Anlage auf Ihrem Dach sparen Sie bis zu 80 % Stromkosten. "
    "Kostenlose Beratung vor Ort, jetzt Termin sichern!")])

C("junk", "off_topic_product", "en", "crypto wealth pitch",
  [("crypto", "2024-05-07 22:30",
    "Dear Katharina, I help executives protect their wealth through diversified digital asset "
    "portfolios. Would you be open to a confidential conversation?")])

C("junk", "off_topic_product", "en", "yacht charter mass pitch",
  [("yacht", "2024-06-11 10:00",
    "Dear Katharina, treat your team to an unforgettable corporate retreat on the French Riviera. "
    "Luxury yacht charters from EUR 12,000 per week. Availability for summer is limited!")])

C("junk", "offshore_dev", "en", "offshore development company",
  [("offshore", "2024-07-23 04:45",
    "Dear Katharina, greetings from TechNova! We are a leading IT company with 500+ developers "
    "offering web, mobile, AI and blockchain development. Kindly share any requirement.")])

C("junk", "off_topic_investment", "en", "pre-IPO investment offer to an IR manager",
  [("preipo", "2024-08-20 15:30",
    "Hi Katharina, as a finance professional you'll appreciate this: we have a limited allocation "
    "in a pre-IPO AI company at a 40% discount to the expected listing price. Minimum ticket "
    "EUR 50k. Interested in the teaser?")])

C("junk", "generic_web", "de", "generischer Website-Pitch (Gegenstück zum IR-Website-Spezialisten)",
  [("genweb", "2024-04-18 08:00",
    "Sehr geehrte Frau Brückner, ist Ihre Website noch zeitgemäß? Wir gestalten moderne, "
    "responsive Websites für Unternehmen jeder Größe. Jetzt kostenloses Erstgespräch buchen!")])

C("junk", "generic_recruiter", "en", "recruiter with an unrelated sales role (counterpart of the IR headhunter)",
  [("genrecr", "2024-10-03 09:30",
    "Hi Katharina, I'm recruiting for a Head of Sales at a fast-growing fintech in Berlin. "
    "Fantastic package and equity. Your profile stood out! Open to a chat?")])

C("junk", "generic_webcast", "en", "generic virtual event platform (counterpart of the webcast pitch)",
  [("genwebcast", "2024-08-08 13:00",
    "Hi Katharina, planning your next virtual event? EventSphere is the all-in-one platform for "
    "webinars, town halls and conferences. Book a demo and get 3 months free!")])

C("junk", "generic_translation", "de", "generisches Übersetzungsbüro (Gegenstück zur Finanzübersetzerin)",
  [("gentrans", "2024-05-02 07:10",
    "Sehr geehrte Damen und Herren, wir übersetzen in über 80 Sprachen, schnell und günstig, für "
    "alle Fachgebiete. Fordern Sie jetzt Ihr unverbindliches Angebot an!")])

C("junk", "fluent_names_company", "de", "eloquenter Pitch, der Falkenau nennt, aber auf jeden passt",
  [("fluent", "2024-09-05 10:20",
    "Liebe Frau Brückner, Falkenau Industries steht für Innovationskraft und Verlässlichkeit, "
    "Werte, die am Kapitalmarkt zählen. Doch gerade starke Unternehmen schöpfen das Potenzial ihrer "
    "Geschichte oft nicht aus. Wir entwickeln Narrative, die Vertrauen schaffen und Menschen "
    "bewegen. Wollen wir gemeinsam ausloten, wie Falkenau noch klarer wahrgenommen werden kann?")])

C("junk", "lead_generation", "en", "B2B lead generation pitch",
  [("leadgen", "2024-03-26 06:00",
    "Katharina, what if you had 30 qualified sales meetings on your calendar every month? We do "
    "the outreach, you close. Want to see how?")])

C("junk", "paid_event_ticket", "en", "paid summit delegate pass",
  [("ticket", "2024-02-27 09:00",
    "Dear Katharina, you're invited to the Future of Finance Summit in Dubai! As a senior finance "
    "leader you qualify for our VIP delegate pass at EUR 2,490 (50% off). Reserve your seat today.")])

C("junk", "off_topic_luxury", "de", "Luxusuhren-Angebot",
  [("watch", "2024-12-10 17:30",
    "Guten Abend Frau Brückner, auf der Suche nach einem besonderen Geschenk? Wir haben exklusive "
    "Damenuhren renommierter Manufakturen sofort verfügbar. Diskrete Beratung in unserem "
    "Showroom auf der Goethestraße.")])

C("junk", "offers_what_she_does", "de", "bietet IR-Sichtbarkeit bei Investoren an, massenhaft",
  [("finfluencer", "2024-12-05 08:00",
    "Hallo Frau Brückner, wir bringen jetzt auch börsennotierte Unternehmen vor "
    "Investoren, mit Finfluencer-Kampagnen auf Instagram und TikTok. Interesse an einem Pilot?")])

C("junk", "generic_esg", "de", "generisches CSRD-Komplettpaket (Gegenstück zum ESG-Berater)",
  [("genesg", "2024-06-18 07:55",
    "Sehr geehrte Frau Brückner, die CSRD kommt, ist Ihr Unternehmen vorbereitet? Unser "
    "Komplettpaket macht Sie in 8 Wochen CSRD-ready, ab 9.900 €. Jetzt unverbindlich anfragen!")])


def main() -> None:
    out = Path(__file__).resolve().parents[1] / SLUG
    ex.write(out,
             {"First Name": "Katharina", "Last Name": "Brückner",
              "Headline": "Senior Manager Investor Relations at Falkenau Industries SE (DAX) | Equity story, "
                          "capital markets day, retail investors",
              "Summary": "Ich verantworte bei Falkenau die Kommunikation mit Analysten, institutionellen "
                         "und privaten Anlegern: Quartalscalls, Roadshows, Kapitalmarkttag, HV. Vorher "
                         "Equity Research. I'm happy to talk to investors in German or English.",
              "Industry": "Investor Relations", "Zip Code": "60311",
              "Geo Location": "Frankfurt am Main, Hessen, Germany",
              "Websites": "https://ir.falkenau-industries.example"},
             [{"Company Name": "Falkenau Industries SE", "Title": "Senior Manager Investor Relations",
               "Description": "Analysts, investors, CMD, AGM, retail investor programme.",
               "Location": "Frankfurt am Main", "Started On": "May 2017", "Finished On": ""},
              {"Company Name": "Hessische Landesbank Research", "Title": "Equity Analyst, Capital Goods",
               "Description": "", "Location": "Frankfurt am Main", "Started On": "Sep 2010",
               "Finished On": "Apr 2017"}],
             ["Investor Relations", "Capital Markets", "Financial Modeling", "Corporate Communications",
              "ESG Reporting", "Equity Research"])
    print(ex.summary())


if __name__ == "__main__":
    main()

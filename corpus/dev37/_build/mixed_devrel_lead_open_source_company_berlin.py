"""Persona: Lea Wiesinger, developer-relations lead at Quarzbase, an open-source database company in Berlin.

Written by hand for dev37 (blind to the detector). 2026 export layout, German and English
about half and half. Running this script regenerates the persona folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-devrel-lead-open-source-company-berlin"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Lea Wiesinger", "https://www.linkedin.com/in/lea-wiesinger-devrel",
               "Quarzbase", "Head of Developer Relations")
ex = Export(SLUG, "2026", owner)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine

P("contrib_pr", "Tiago Ferreira", "Independent", "Software Engineer, QuarzDB contributor", connected="2023-04-11")
C("genuine", "community_contributor", "en", "long-time contributor asks for a review on his compaction PR",
  [("contrib_pr", "2025-09-03 20:15", "Hey Lea, sorry to ping you here. My PR for incremental WAL compaction (#4127) has been sitting for three weeks and I think it fell between maintainers since Jonas went on parental leave. Could you nudge someone? Happy to split it into two smaller PRs if that helps review."),
   ("me", "2025-09-04 08:40", "Hi Tiago, not sorry at all, thanks for the nudge. I've assigned it to Mariana, she wrote the original compaction code. Splitting would help: the test harness changes could go in first on their own."),
   ("contrib_pr", "2025-09-04 09:02", "Will split tonight. Thanks!")])

P("cfp_dbt", "Dr. Henning Paulsen", "Datenbanktage Leipzig", "Programmkomitee", connected="2022-10-02")
C("genuine", "conference_cfp_accepted", "de", "Programmkomitee bestätigt ihren Talk und das Reisebudget",
  [("cfp_dbt", "2025-06-17 14:00", "Hallo Frau Wiesinger, ich freue mich, Ihnen mitzuteilen, dass Ihr Vortrag \"Was wir aus 2.000 GitHub-Issues über Onboarding gelernt haben\" angenommen wurde. Wir übernehmen Reisekosten 2. Klasse und eine Hotelnacht. Bitte bestätigen Sie bis 1. Juli."),
   ("me", "2025-06-17 16:30", "Hallo Herr Paulsen, vielen Dank, ich bestätige gern! Darf ich eine Kollegin als Co-Speakerin mitbringen? Sie hat die Auswertung gemacht."),
   ("cfp_dbt", "2025-06-18 09:10", "Sehr gern, die zweite Übernachtung übernehmen wir auch.")])

P("meetup_host", "Kemal Aydın", "Berlin Database Meetup", "Organizer", connected="2021-03-08")
C("genuine", "meetup_sponsoring_ask", "de", "Meetup-Host fragt nach Speaker und Pizza-Sponsoring mit Betrag",
  [("meetup_host", "2025-10-02 19:00", "Hey Lea! Wir haben im November wieder einen Termin bei den Leuten in Kreuzberg. Hast du jemanden, der was zu QuarzDB 3.0 erzählt? Und würdet ihr wieder Pizza und Getränke übernehmen? Wären so 350 € für 60 Leute."),
   ("me", "2025-10-02 20:30", "Hey Kemal, klar! Mariana kann über den neuen Query-Planner reden. Pizza übernehmen wir, schick mir die Rechnung an die übliche Adresse."),
   ("meetup_host", "2025-10-02 20:35", "Mega, danke dir 🍕")])

P("partner_cloud", "Sophie Lindqvist", "Nordhost Cloud", "Partner Marketing Manager", connected="2024-02-15")
C("genuine", "partner_joint_offer", "en", "hosting partner proposes a joint webinar and a bundled offer",
  [("partner_cloud", "2025-04-09 10:30", "Hi Lea, following the integration launch: would you be up for a joint webinar in May? Our idea is 'from laptop to production with QuarzDB on Nordhost', 45 min, and a bundled offer for attendees (3 months of managed QuarzDB at 50% off, we carry the discount). We'd split promotion 50/50."),
   ("me", "2025-04-09 14:00", "Hi Sophie, love it. One condition from our side: the demo should use the open-source build, not just your managed one, so self-hosters feel welcome too. May 21 or 28?"),
   ("partner_cloud", "2025-04-09 14:20", "Totally fair. May 28, I'll send an invite.")])

P("swag_vendor", "Marlene Voigt", "Druckwerk Kollektiv", "Kundenbetreuung", connected="2022-05-19")
C("genuine", "existing_vendor_price_change", "de", "bestehender Merch-Lieferant kündigt Preiserhöhung für Hoodies an",
  [("swag_vendor", "2025-08-12 11:00", "Hallo Lea, kurze Info bevor du für die Konferenzsaison bestellst: Die Bio-Hoodies werden ab September 4,20 € teurer pro Stück, weil unser Textillieferant die Preise angehoben hat. Sticker und Socken bleiben gleich. Wenn du vorher bestellst, gilt noch der alte Preis."),
   ("me", "2025-08-12 13:30", "Danke für die Vorwarnung! Dann bestelle ich die 200 Hoodies diese Woche noch. Gleiche Farben wie letztes Mal, Motiv kommt heute."),
   ("swag_vendor", "2025-08-12 13:45", "Super, ich reserviere die Rohlinge.")])

P("recruiter_eng", "Daniel Brückner", "Kernel Talent", "Tech Recruiter", connected="2025-01-13")
C("genuine", "recruiter_engaged", "de", "von ihr beauftragter Recruiter schickt Kandidat:innen für die Developer-Advocate-Stelle",
  [("me", "2025-01-13 10:00", "Hallo Daniel, wie besprochen: Wir suchen eine:n Developer Advocate mit Datenbank-Hintergrund, Berlin oder remote in EU, 75-85k. Deine Fee sind 20 % des Jahresgehalts, fällig nach drei Monaten, richtig?"),
   ("recruiter_eng", "2025-01-13 11:30", "Genau so. Ich fang mit Leuten an, die schon Talks halten oder bloggen."),
   ("recruiter_eng", "2025-02-04 16:00", "Drei Profile sind in deinem Postfach: eine Postgres-Contributorin aus Wien, ein Ex-Support-Engineer von einem Cloud-Anbieter und ein Data Engineer mit YouTube-Kanal. Sollen wir Erstgespräche planen?"),
   ("me", "2025-02-04 17:10", "Ja, alle drei bitte, die Wienerin gern zuerst.")])

P("applicant", "Aisha Bello", "", "Backend Engineer", connected="2025-01-20")
C("genuine", "job_applicant", "en", "applicant for the developer advocate role sends her talk recording",
  [("applicant", "2025-01-20 21:00", "Hi Lea, I applied for the Developer Advocate role through the careers page and wanted to say hi directly. I've been using QuarzDB for our IoT pipeline for two years and wrote the unofficial Go driver tutorial that's linked in your docs. Here's a talk I gave at a local meetup if that helps."),
   ("me", "2025-01-21 09:15", "Hi Aisha, oh that's YOU! That tutorial is one of the most visited pages we link to. I'll make sure your application lands with the hiring team, expect an email this week.")],
  attachments={0: "https://www.linkedin.com/dms/attachment/aisha-bello-meetup-talk.mp4"})

P("lead_enterprise", "Markus Ehrlich", "Stadtwerke Rheinland Digital", "Leiter Datenplattform", connected="2025-03-03")
C("genuine", "inbound_lead_buy", "de", "Stadtwerke wollen Enterprise-Support kaufen, fragt nach Preis",
  [("lead_enterprise", "2025-03-03 09:00", "Guten Tag Frau Wiesinger, wir betreiben QuarzDB seit einem Jahr für Smart-Meter-Daten, selbst gehostet. Jetzt will der Betrieb einen Supportvertrag mit SLA. Was kostet das bei Ihnen ungefähr, und an wen wende ich mich? Ich habe Sie vom Vortrag in Leipzig in Erinnerung."),
   ("me", "2025-03-03 10:20", "Guten Tag Herr Ehrlich, schön zu hören! Ich verbinde Sie mit meinem Kollegen Jan aus dem Sales-Team, er meldet sich heute noch. Ganz grob: Business-Support fängt bei etwa 18.000 € im Jahr an, mit 24/7-SLA entsprechend mehr."),
   ("lead_enterprise", "2025-03-03 10:35", "Danke, das hilft für die Budgetplanung.")])

P("journo", "Franziska Lamprecht", "Datenfunk Magazin", "Redakteurin", connected="2024-11-07")
C("genuine", "journalist_request", "de", "Journalistin bittet um Statement zur Lizenzänderung eines Konkurrenten",
  [("journo", "2025-11-18 12:00", "Hallo Lea, ich schreibe über die Welle von Lizenzwechseln bei Datenbankfirmen. Hättest du Lust auf ein kurzes Statement, warum ihr bei Apache 2.0 bleibt? Bis Donnerstag wäre super."),
   ("me", "2025-11-18 15:30", "Hallo Franzi, gern. Ich schick dir morgen früh drei Sätze, die unser CEO auch abgenickt hat 😉"),
   ("me", "2025-11-19 08:45", "Hier: \"Wir glauben, dass eine Datenbank Infrastruktur ist. Infrastruktur braucht Vertrauen, und Vertrauen braucht eine Lizenz, die sich nicht ändert, wenn das Geschäft gerade schwierig ist. Deshalb bleiben wir bei Apache 2.0.\"")])

P("dinner", "Noah Adebayo", "Vectorhaus", "Staff Engineer", connected="2020-09-09")
C("genuine", "event_invitation_contact", "en", "friend invites her to a community dinner",
  [("dinner", "2025-05-26 18:00", "Lea! A few of us database folks are doing a dinner the night before the conference in Amsterdam, nothing sponsored, just people who build this stuff. You in? Indonesian place, we pay our own."),
   ("me", "2025-05-26 19:20", "Absolutely in. Put me down for two, I'm bringing Mariana."),
   ("dinner", "2025-05-26 19:21", "🙌")])

P("speaker_ask", "Yuki Tanaka", "Independent", "Database Researcher, QuarzDB contributor", connected="2024-06-14")
C("genuine", "owner_started_speaker", "en", "owner invites a contributor to speak at the meetup",
  [("me", "2025-09-22 11:00", "Hi Yuki, your blog post on adaptive indexing in QuarzDB was brilliant. Would you give a 20-minute version at the Berlin Database Meetup in January? We cover travel from Hamburg and a hotel night."),
   ("speaker_ask", "2025-09-22 13:30", "Oh wow, thank you! I've never spoken at a meetup. January works. Is it okay if the talk has a lot of graphs and not much code?"),
   ("me", "2025-09-22 13:45", "Graphs are perfect. I'll send the details.")])

P("swag_quote", "Jens Hoffmann", "Socken & Co Berlin", "Vertrieb B2B", connected="2023-03-21")
C("genuine", "owner_started_quote", "de", "Inhaberin fragt Sockenhersteller nach Angebot",
  [("me", "2025-07-01 15:00", "Hallo Jens, wir bräuchten 300 Paar Socken mit dem Quarzbase-Logo, Bio-Baumwolle, drei Größen. Was kostet das und wie lange dauert es? Bis Mitte September wäre wichtig."),
   ("swag_quote", "2025-07-02 09:00", "Hallo Lea, 300 Paar mit eingestricktem Logo: 5,80 € pro Paar netto, Lieferzeit 6 Wochen. Mitte September passt, wenn du bis 20. Juli freigibst."),
   ("me", "2025-07-02 09:30", "Perfekt, Freigabe kommt nächste Woche.")])

# near-duplicate thank-yous after her workshop
P("ws1", "Pavel Novák", "Mendelsohn Analytics", "Data Engineer", connected="2025-10-10")
P("ws2", "Clara Zimmermann", "Freelance", "Backend-Entwicklerin", connected="2025-10-10")
P("ws3", "Ravi Iyer", "Railgrid Labs", "Software Engineer", connected="2025-10-11")
C("genuine", "thanks_after_event", "en", "thank-you after her hands-on workshop at the conference (1 of 3)",
  [("ws1", "2025-10-10 18:30", "Thanks for the workshop today Lea! The time-bucketing exercise finally made it click for me. Already rewriting our dashboard queries."),
   ("me", "2025-10-10 19:00", "So glad it helped, Pavel! Share the before/after numbers if you can.")])
C("genuine", "thanks_after_event", "de", "Danke nach ihrem Workshop auf der Konferenz (2 von 3)",
  [("ws2", "2025-10-10 21:10", "Danke für den Workshop heute, Lea! Super vorbereitet, und die Übungen haben auch auf meinem alten Laptop funktioniert 😄")])
C("genuine", "thanks_after_event", "en", "thank-you after her hands-on workshop at the conference (3 of 3)",
  [("ws3", "2025-10-11 08:20", "Hi Lea, thanks for the workshop yesterday. Really well done. Quick q: are the slides online somewhere?"),
   ("me", "2025-10-11 09:00", "Thanks Ravi! Slides and the notebook are linked in the workshop repo README.")])

P("excolleague", "Benedikt Strauß", "Modehaus Online Engineering", "Engineering Manager", connected="2016-10-01")
C("genuine", "long_standing_excolleague", "de", "langjähriger Ex-Kollege, Plausch und Kaffee",
  [("excolleague", "2025-12-09 12:30", "Servus Lea! Lang nix gehört. Ich bin nächste Woche in Berlin, Kaffee? Will hören, wie es so ist auf der Open-Source-Seite. Bei uns gibt's wieder mal eine Reorg 🙄"),
   ("me", "2025-12-09 13:00", "Servus Bene! Unbedingt. Mittwoch 15 Uhr im Café am Engelbecken wie früher?"),
   ("excolleague", "2025-12-09 13:05", "Deal.")])

P("cto", "Mariana Costa", "Quarzbase", "CTO & Co-founder", connected="2021-01-04")
C("genuine", "colleague_internal", "en", "CTO asks her to rewrite the release notes before 3.0",
  [("cto", "2025-09-29 22:10", "Lea, can you take a pass at the 3.0 release notes tomorrow? They read like a changelog for us, not for users. Especially the breaking change in timestamp parsing needs a migration section."),
   ("me", "2025-09-30 07:50", "On it. I'll add a 'who is affected' box and a one-liner to check your schema. Draft by noon."),
   ("cto", "2025-09-30 07:52", "❤️")])

P("lecturer", "Prof. Dr. Katharina Vogel", "HTW Berlin", "Professorin Datenbanksysteme", connected="2023-09-30")
C("genuine", "guest_lecture", "de", "Professorin bittet um Gastvorlesung",
  [("lecturer", "2025-11-04 10:00", "Liebe Frau Wiesinger, hätten Sie Lust, im Januar eine Gastvorlesung in meinem Master-Kurs zu halten? Thema frei, gern etwas zu Open-Source-Entwicklung in der Praxis. 90 Minuten, etwa 40 Studierende."),
   ("me", "2025-11-04 12:15", "Liebe Frau Vogel, sehr gern! Ich würde über \"Wie ein Pull Request von außen zu einem Release wird\" sprechen, mit echten Beispielen. Passt der 15. Januar?"),
   ("lecturer", "2025-11-04 13:00", "Der 15. ist perfekt.")])

P("mentee", "Lucas Pereira", "Universidade de Coimbra", "Student", connected="2025-02-20")
C("genuine", "mentoring_request", "en", "student asks her to mentor his open-source semester project",
  [("mentee", "2025-02-20 17:00", "Hello Lea, I'm a master's student and I'd like to do my Open Source Semester project on QuarzDB (a Python client with async support). Would Quarzbase be able to provide a mentor? I've already fixed two small docs issues."),
   ("me", "2025-02-21 09:30", "Hi Lucas, yes! I'll mentor you myself for the community side and find an engineer for code reviews. Open a draft proposal as a GitHub discussion and tag me.")])

P("partner_devrel", "Greta Halvorsen", "Streamweave", "Developer Advocate", connected="2024-08-08")
C("genuine", "partner_docs_review", "en", "partner company's devrel asks her to review integration docs",
  [("partner_devrel", "2025-06-05 14:00", "Hi Lea, we finished the QuarzDB sink connector docs. Would you or someone on your team review the config section before we publish next week? I want to make sure we don't recommend anything you'd consider a footgun."),
   ("me", "2025-06-05 16:00", "Hi Greta, happy to. One thing I already know: please don't default batch size to 100k, people will copy it and OOM. I'll review the rest by Friday.")])

P("podcast_real", "Moritz Engel", "Kaffee & Code Podcast", "Host", connected="2022-07-07")
C("genuine", "podcast_invitation_free", "de", "Podcast-Einladung ohne Kosten von bekanntem Host",
  [("podcast_real", "2025-03-24 19:00", "Hi Lea, hättest du Lust, mal wieder bei Kaffee & Code vorbeizuschauen? Diesmal zum Thema \"DevRel ohne Marketing-Sprech\". Aufnahme bei uns im Studio in Friedrichshain, dauert ca. eine Stunde."),
   ("me", "2025-03-24 20:10", "Na klar, sehr gern! April ist bei mir gut, nur nicht die Woche nach Ostern."),
   ("podcast_real", "2025-03-24 20:15", "Dann schlag ich dir zwei Termine vor.")])

P("security_spam", "Ethan Marsh", "Gridline OSS", "Maintainer", connected="2025-07-21")
C("genuine", "security_report_in_spam", "en", "downstream maintainer's security report landed in SPAM",
  [("security_spam", "2025-07-21 23:40", "Hi Lea, I maintain Gridline, which embeds QuarzDB. We found what looks like a path traversal in the backup restore command when the archive contains symlinks. I emailed security@ two days ago but got no reply, so trying here. Not public yet. Can you make sure the right person sees it?"),
   ("me", "2025-07-23 08:10", "Hi Ethan, thank you, and sorry: your message went to my spam folder and the security@ alias had a routing bug we just fixed. Mariana is on it now and will contact you today. We'll credit you in the advisory."),
   ("security_spam", "2025-07-23 08:30", "Great, thanks for the quick turnaround.")],
  folder="SPAM")

P("grp_b", "Ines Baumgartner", "Berlin Database Meetup", "Co-Organizerin", connected="2022-01-12")
C("genuine", "group_organisers", "de", "Gruppenchat der Meetup-Orga-Runde",
  [("grp_b", "2026-01-07 10:00", "Hallo ihr zwei, Location für Februar: Die Leute in Kreuzberg haben abgesagt, Umbau. Alternativen?"),
   ("me", "2026-01-07 10:20", "Wir könnten bei uns im Büro machen, 50 Leute passen, wenn wir die Tische rausstellen."),
   ("meetup_host", "2026-01-07 10:45", "Perfekt, dann Quarzbase-Büro. Ich mach die Ankündigung.")],
  title="Meetup Orga 2026")

P("pc_invite", "Amelia Brooks", "FOSS Data Summit", "Program Chair", connected="2023-05-05")
C("genuine", "program_committee_invite", "en", "conference asks her to join the program committee",
  [("pc_invite", "2025-12-01 09:00", "Hi Lea, would you join the FOSS Data Summit program committee this year? It's about 30 CFP reviews in February, plus one call. No pay, but a free pass and our eternal gratitude."),
   ("me", "2025-12-01 11:00", "Hi Amelia, yes, happy to. Can I ask for the community/DevRel track? I'd be most useful there."),
   ("pc_invite", "2025-12-01 11:10", "Done!")])

P("translator_comm", "Beatriz Souza", "Independent", "Docs translator, QuarzDB community", connected="2024-04-04")
C("genuine", "community_docs_translation", "en", "community member coordinating the Portuguese docs translation",
  [("translator_comm", "2025-08-18 13:00", "Oi Lea! The pt-BR translation of the getting-started guide is done, 14 pages. Two volunteers reviewed it. Can we get a language switcher on the docs site? Right now nobody will find it."),
   ("me", "2025-08-18 15:20", "Beatriz, that's amazing, obrigada! I'll ask the web team for the switcher this sprint and we'll shout you out in the newsletter.")])

P("training_lead", "Annika Roth", "Versicherungsgruppe Nordstern", "Teamlead Data Engineering", connected="2025-05-12")
C("genuine", "inbound_lead_training", "de", "Kundin möchte bezahlten Trainings-Workshop buchen",
  [("training_lead", "2025-05-12 10:30", "Hallo Frau Wiesinger, unser Team (12 Personen) steigt auf QuarzDB um. Bieten Sie Inhouse-Schulungen an? Zwei Tage, vor Ort in Hamburg. Was würde das kosten?"),
   ("me", "2025-05-12 14:00", "Hallo Frau Roth, ja, machen wir. Zwei Tage vor Ort für bis zu 15 Personen liegen bei 7.800 € zzgl. Reisekosten. Ich schicke Ihnen die Agenda, dann können wir sie auf Ihre Use-Cases anpassen."),
   ("training_lead", "2025-05-12 14:30", "Sehr gern, dann stimme ich das intern ab.")])

P("climbing", "Svenja Krüger", "Charité", "Ärztin", connected="2019-03-15")
C("genuine", "friend_small_talk", "de", "Freundin, Bouldern und Smalltalk",
  [("climbing", "2026-01-19 19:00", "Boulderhalle Donnerstag? Die neuen Routen im Überhang sind raus, ich scheitere seit Tagen am gelben"),
   ("me", "2026-01-19 19:15", "Ja! Ich komm nach der Arbeit, 19 Uhr?"),
   ("climbing", "2026-01-19 19:16", "💪")])

P("venue", "Carlos Mendes", "Spreeforum Eventlocations", "Event Manager", connected="2025-02-10")
C("genuine", "existing_vendor_contract", "en", "venue she booked sends the contract and deposit terms",
  [("me", "2025-02-10 11:00", "Hi Carlos, we'd like to book the loft for Quarzbase Community Day on 19 June, 150 people, full day with catering. Could you send the contract?"),
   ("venue", "2025-02-10 15:30", "Hi Lea, great news. Contract attached: €6,900 incl. catering, 30% deposit on signing, free cancellation until 19 April. Let me know if anything needs changing."),
   ("me", "2025-02-11 09:00", "Looks good. Signed copy attached, deposit goes out this week.")],
  attachments={1: "https://www.linkedin.com/dms/attachment/spreeforum-contract-community-day.pdf",
               2: "https://www.linkedin.com/dms/attachment/spreeforum-contract-signed.pdf"})

P("user_angry", "Florian Jäger", "Logistik Nord", "Senior Developer", connected="2025-10-08")
C("genuine", "user_feedback", "de", "verärgerter Nutzer wegen Breaking Change, sie kümmert sich",
  [("user_angry", "2025-10-08 22:00", "Ehrlich gesagt: Das Update auf 3.0 hat bei uns heute Nacht die Importe zerschossen, weil Timestamps ohne Zeitzone jetzt anders geparst werden. Stand das irgendwo groß genug drin?"),
   ("me", "2025-10-09 08:15", "Hallo Florian, das tut mir leid. Es stand in den Release Notes, aber offensichtlich nicht sichtbar genug. Es gibt ein Config-Flag legacy_timestamp_parsing=true als Übergang. Ich mach daraus heute noch einen Hinweis ganz oben in der Upgrade-Doku. Darf ich dich zitieren (anonym) als Beispiel?"),
   ("user_angry", "2025-10-09 08:40", "Danke, das Flag hat's gelöst. Ja, gern anonym.")])

P("munich", "Theresa Huber", "Munich Data Engineering Meetup", "Organizerin", connected="2024-12-02")
C("genuine", "speaker_invitation", "de", "Münchner Meetup lädt sie als Speakerin ein",
  [("munich", "2025-12-02 09:30", "Servus Lea, wir würden dich gern im März beim Munich Data Engineering Meetup als Speakerin haben. Reise zahlen wir leider nicht, aber Brezn und Bier gibt's reichlich 🥨"),
   ("me", "2025-12-02 10:00", "Servus Theresa, ich bin im März eh in München, passt also! Schick mir das Datum.")])

P("hackathon", "Omar Khalil", "HackTheData Berlin", "Organizer", connected="2025-04-01")
C("genuine", "judge_invitation", "en", "hackathon organiser invites her to judge",
  [("hackathon", "2025-04-01 12:00", "Hi Lea, we're running a 48h data hackathon at the end of May. Would you be one of the judges? It's the Sunday afternoon only, about 3 hours."),
   ("me", "2025-04-01 13:00", "Hi Omar, yes, happy to. And we'll offer a small prize for the best project using QuarzDB, if that's allowed?"),
   ("hackathon", "2025-04-01 13:10", "More than allowed 😄")])

P("analyst", "Dr. Isabel Fontaine", "Redwater Research", "Principal Analyst, Data Infrastructure", connected="2024-10-15")
C("genuine", "analyst_briefing", "en", "industry analyst asks for a briefing, no fee",
  [("analyst", "2025-10-15 16:00", "Hi Lea, I'm writing our annual landscape report on embedded analytical databases. Could we do a 45-minute briefing with you and someone from engineering in November? It's unpaid and doesn't require being a client."),
   ("me", "2025-10-15 17:30", "Hi Isabel, sure. I'll bring Mariana. Week of 10 November works best.")])

P("book", "Dr. Felix Warnke", "O'Brennan Media", "Series Editor", connected="2023-11-20")
C("genuine", "book_chapter", "de", "Herausgeber fragt nach Buchkapitel über Community-Arbeit",
  [("book", "2025-02-03 11:00", "Hallo Lea, für den Sammelband \"Open Source im Unternehmen\" fehlt uns noch ein Kapitel über Developer Relations. 20 Seiten, Abgabe im Juni, Honorar 600 €. Hättest du Lust?"),
   ("me", "2025-02-03 18:00", "Hallo Felix, Lust ja, Zeit knapp. Geht auch August? Dann sag ich zu."),
   ("book", "2025-02-04 09:00", "August geht. Ich schick dir den Vertrag.")])

P("ceo", "Tobias Lang", "Quarzbase", "CEO & Co-founder", connected="2021-01-04")
C("genuine", "budget_planning", "de", "CEO zum DevRel-Budget fürs nächste Jahr",
  [("ceo", "2025-11-24 18:00", "Hi Lea, fürs Budget 2026: Kannst du mir bis Freitag eine Seite schicken mit Events, Swag, Reisen und der zweiten Advocate-Stelle? Gern mit Prio, falls wir kürzen müssen."),
   ("me", "2025-11-24 18:30", "Mach ich. Spoiler: Swag kürzen wir zuerst, die Advocate-Stelle zuletzt 😉")])

P("contrib_de", "Hannes Wolff", "Independent", "Rust-Entwickler, QuarzDB-Contributor", connected="2023-08-08")
C("genuine", "contributor_recognition", "de", "Inhaberin bedankt sich bei Contributor und bietet Konferenzticket an",
  [("me", "2025-06-30 10:00", "Hallo Hannes, dein Patch für den Parquet-Export ist jetzt in 2.9 drin und hat schon zwei Issues geschlossen. Danke! Wir würden dir gern ein Ticket für die Datenbanktage schenken, magst du?"),
   ("contrib_de", "2025-06-30 12:00", "Wow, danke! Sehr gern. Dann seh ich mir deinen Talk an 😄")])

# ---------------------------------------------------------------- wanted pitches

P("w_agency", "Julia Sandberg", "Runtime Marketing", "Founder (developer marketing)", connected="2025-05-06")
C("wanted_pitch", "agency_tailored_post", "en", "dev-marketing agency cites her post on docs-to-signup drop-off",
  [("w_agency", "2025-05-06 10:00", "Hi Lea, your post on the 'quickstart cliff' (62% of visitors leave on step 3 when they need Docker) was the most honest funnel breakdown I've read from a DB company. We're a 4-person developer-marketing shop; we did a similar quickstart rework for an open-source message queue (a no-Docker path with a WASM playground). Happy to share what moved the numbers there, no pitch deck. If it's useful afterwards, we do fixed-scope sprints from €12k."),
   ("me", "2025-05-06 14:00", "Hi Julia, I'd genuinely like to hear about the WASM playground. Next Tuesday 30 min?")])

P("w_swag", "Malte Rehberg", "Kreislauf Merch", "Gründer", connected="2025-03-12")
C("wanted_pitch", "swag_tailored_talk", "de", "nachhaltiger Merch-Anbieter bezieht sich auf ihren Talk über Swag-Müll",
  [("w_swag", "2025-03-12 09:00", "Hallo Lea, ich war bei deinem Talk in Leipzig und fand den Teil über die 400 übrig gebliebenen T-Shirts im Keller sehr ehrlich. Wir machen Merch on demand: Leute lösen am Stand einen Code ein und bekommen das Shirt in ihrer Größe nach Hause geschickt, nichts bleibt übrig. Für Konferenzen rechnen wir pro eingelöstem Code, keine Mindestmenge. Ich zeig's dir gern bei einem Kaffee in Berlin."),
   ("me", "2025-03-12 12:00", "Oh, das Kellerproblem ist real 😅 Kaffee gern, nächste Woche?")])

P("w_video", "Sam Okafor", "Loudroom Studio", "Video & Audio Producer", connected="2025-08-25")
C("wanted_pitch", "video_tools_setup", "en", "video producer noticed the audio issues in her YouTube series",
  [("w_video", "2025-08-25 11:00", "Hi Lea, I watch your 'QuarzDB in 10 minutes' series. The content is great, but since episode 7 there's a clear echo, I think you moved rooms, and the laptop mic picks it up. Comments mention it too. I help devrel teams with remote setups: usually a €90 lav mic, two acoustic panels and a preset in the recording tool. I'd do a 1-hour remote session for €150, or send you a free checklist if you'd rather DIY."),
   ("me", "2025-08-25 13:00", "Ha, yes, we moved offices. Send the checklist, and if I fail I'll book the session.")])

P("w_recruit_job", "Charlotte Nyberg", "Signal Search", "Executive Recruiter, Developer Tools", connected="2025-11-10")
C("wanted_pitch", "recruiter_relevant_role", "en", "recruiter with a relevant VP DevRel role, references her talks and team size",
  [("w_recruit_job", "2025-11-10 15:00", "Hi Lea, I'll be upfront that this is a recruiting message. I'm working on a VP Developer Relations search for a Series C open-source observability company (Berlin or remote). They specifically want someone who has built a contributor program, not just content, which is what your Datenbanktage talk was about. You'd lead a team of 9. If the timing is wrong, I'd still value 15 minutes of your view on what such a role needs."),
   ("me", "2025-11-11 09:00", "Hi Charlotte, thanks for being direct. I'm happy where I am, but I'm glad to give you 15 minutes of advice.")])

P("w_docs", "Henrik Aalto", "Docsearch.io", "Co-founder", connected="2025-07-14")
C("wanted_pitch", "docs_tool_specific_problem", "en", "docs-search vendor names the broken search on their docs site and their generator",
  [("w_docs", "2025-07-14 10:30", "Hi Lea, I noticed that search on docs.quarzbase (built with your static site generator's default plugin) returns nothing for SQL keywords like 'GROUP BY' or 'ASOF', because the tokenizer strips uppercase stopwords. There's a GitHub issue from a user about it (#3871). We built a drop-in search for that generator that handles code tokens; open-source projects get it free. I can open a PR against your docs repo if you want to try it."),
   ("me", "2025-07-14 12:00", "That issue has annoyed me for months. Yes please, open a PR and tag me.")])

P("w_sponsor", "Leonie Braun", "DataWeek Berlin", "Partnerships", connected="2025-01-28")
C("wanted_pitch", "sponsorship_tailored", "de", "Konferenz bietet Sponsoring an, bezieht sich auf ihren Stand letztes Jahr und Besucherdaten",
  [("w_sponsor", "2025-01-28 11:00", "Hallo Lea, letztes Jahr war euer Stand bei DataWeek einer der meistbesuchten im Community-Bereich, und bei der Umfrage haben 31 % der Teilnehmenden QuarzDB als \"in Evaluation\" angegeben. Wir haben dieses Jahr ein neues Format: ein Hands-on-Raum für Open-Source-Projekte, 4.500 € statt eines normalen Stands. Ich dachte an euch zuerst, weil euer Workshop letztes Jahr Warteschlange hatte."),
   ("me", "2025-01-28 15:00", "Das klingt deutlich sinnvoller als ein Stand. Schick mir die Details, ich kläre das Budget.")])

P("w_translate", "Kenji Mori", "Babel Docs", "Localization Lead", connected="2025-09-01")
C("wanted_pitch", "translation_mutual_contact", "en", "localisation agency introduced by Beatriz Souza, the community translator",
  [("w_translate", "2025-09-01 09:00", "Hi Lea, Beatriz Souza mentioned you're getting requests for Japanese docs after the Tokyo meetup, and that the volunteer model worked for Portuguese but there's nobody for Japanese yet. We localise developer docs and keep them in sync with git (PR per release). For your getting-started guide plus API reference, roughly €4,200 one-off, then per-release updates. Beatriz can vouch that we don't do machine-translate-and-pray."),
   ("me", "2025-09-02 10:00", "Beatriz speaks highly of you. Let's talk, send me a sample of an API page you've done.")])

P("w_forum", "Paula Nieminen", "Threadline", "Community Platform Specialist", connected="2025-04-22")
C("wanted_pitch", "platform_public_item", "de", "Forum-Anbieter bezieht sich auf öffentliche GitHub-Diskussion zur Forum-Migration",
  [("w_forum", "2025-04-22 14:00", "Hallo Lea, ich habe die öffentliche GitHub-Discussion gelesen, in der ihr überlegt, vom selbst gehosteten Forum wegzugehen, weil das Upgrade auf die neue Version seit Monaten hängt und Spam durchkommt. Wir betreiben Foren für Open-Source-Projekte als Managed Service, inklusive Migration mit Erhalt aller URLs. Für Projekte unter Apache-Lizenz kostenlos bis 10k Nutzer:innen. Wenn ihr wollt, mache ich einen Test-Import eures Dumps."),
   ("me", "2025-04-22 16:30", "Interessant, URLs erhalten war unser Hauptproblem. Ich spreche mit dem Team.")])

P("w_writer", "Elif Demir", "Freelance", "Technical Writer", connected="2025-06-23")
C("wanted_pitch", "freelancer_article_contribution", "de", "Technische Redakteurin hat ihren Artikel gelesen und schon einen Docs-PR geschickt",
  [("w_writer", "2025-06-23 10:00", "Hallo Lea, nach deinem Artikel über die \"Dokumentationsschuld\" bei Open-Source-Datenbanken habe ich mir eure Concepts-Seite zu Retention Policies vorgenommen und einen PR geöffnet (#4052), der sie in drei Abschnitte teilt. Falls euch das gefällt: Ich bin freiberufliche Technische Redakteurin und hätte ab August Kapazität für ein paar Wochen, Tagessatz 720 €. Aber der PR ist so oder so geschenkt 🙂"),
   ("me", "2025-06-23 13:00", "Hallo Elif, ich hab den PR gesehen, der ist richtig gut! Lass uns nächste Woche sprechen.")])

P("w_telemetry", "Viktor Hallberg", "Pulse OSS Analytics", "Founder", connected="2025-03-31")
C("wanted_pitch", "analytics_public_stats_problem", "en", "OSS analytics founder references their public download-count confusion",
  [("w_telemetry", "2025-03-31 12:00", "Hi Lea, in your Q1 community update you wrote that Docker pulls jumped 4x but you don't know if that's real users or CI pipelines. That's exactly the question we answer: privacy-respecting, opt-in telemetry plus heuristics to separate CI from humans across registries. A few Apache-licensed DBs use us. Free for projects your size; paid tier only for the dashboards your sales team might want."),
   ("me", "2025-04-01 09:00", "This is exactly the discussion we're having internally. Can you share how you handle opt-in? Our community is sensitive about telemetry.")])

P("w_venue", "Greta Schulz", "Spreespeicher Events", "Sales Event Location", connected="2025-10-20")
C("wanted_pitch", "venue_press_item", "de", "Eventlocation bezieht sich auf die Pressemitteilung zur Finanzierungsrunde und den Community Day",
  [("w_venue", "2025-10-20 10:00", "Hallo Lea, Glückwunsch zur Series-B, ich hab's im Berliner Wirtschaftsblatt gelesen. Dort stand auch, dass ihr den Community Day nächstes Jahr auf 400 Leute vergrößern wollt. Euer bisheriger Loft fasst ja 150. Wir haben einen Speicher an der Spree mit einem Hauptraum für 450 und drei Workshopräumen, 8 Minuten vom Ostbahnhof. Für Juni 2026 hätten wir noch zwei Termine. Magst du vorbeikommen?"),
   ("me", "2025-10-20 14:00", "Ja, das Platzproblem ist real. Ich komme nächste Woche mit Carla vom Events-Team.")])

P("w_bench", "Dr. Arvid Lindgren", "Fairbench Consulting", "Performance Engineer", connected="2025-11-27")
C("wanted_pitch", "consulting_public_controversy", "en", "benchmarking consultant references the public benchmark dispute on Hacker News",
  [("w_bench", "2025-11-27 16:00", "Hi Lea, I followed the thread where a competitor's benchmark showed QuarzDB 5x slower, and your engineer pointed out they ran it with fsync on and a 64MB cache. The rebuttal was right but, as usual, nobody reads rebuttals. I run independent, reproducible benchmarks (all configs public, vendor can review but not veto). If you want a neutral third-party result you can point to, I'd quote around €9k. Totally fine if you'd rather not spend on this."),
   ("me", "2025-11-28 09:00", "It's tempting. Let me discuss with Mariana whether 'vendor can't veto' is something we're brave enough for 😅")])

# ---------------------------------------------------------------- junk

P("j_agency", "Tyler Brooks", "DevGrowth Agency", "Growth Partner")
C("junk", "generic_dev_marketing", "en", "generic developer-marketing agency pitch (counterpart of Runtime Marketing)",
  [("j_agency", "2025-05-14 09:00", "Hi Lea, developers hate being marketed to. That's why DevGrowth helps dev-tool companies 10x their signups with authentic, developer-first campaigns. We've worked with 50+ SaaS brands. Open to a quick chat?"),
   ("j_agency", "2025-05-21 09:00", "Hey Lea, floating this up in case you missed it!")])

P("j_swag", "Kim Nguyen", "PromoGiant", "Account Manager")
C("junk", "generic_swag", "en", "generic promotional products pitch (counterpart of Kreislauf Merch)",
  [("j_swag", "2025-02-18 08:00", "Hi Lea! Make your brand unforgettable with custom swag! Mugs, pens, tote bags, USB sticks and more, with the lowest prices guaranteed. Order 500+ and get free shipping. Want our catalog?")])

P("j_video", "Dennis Hahn", "Bewegtbild Agentur", "Geschäftsführer")
C("junk", "generic_video", "de", "generische Videoproduktion (Gegenstück zu Loudroom)",
  [("j_video", "2025-08-04 10:00", "Hallo Lea, Video ist der Content der Zukunft! Wir produzieren Erklärvideos, Imagefilme und Social Clips für Tech-Unternehmen. Komplettpakete ab 2.490 €. Darf ich dir unser Showreel schicken?")])

P("j_recruit", "Nina Hartwig", "IT Personal Partner", "Senior Recruiterin")
C("junk", "irrelevant_recruiter", "de", "Recruiterin mit unpassender Java-Stelle",
  [("j_recruit", "2025-06-10 11:00", "Hallo Lea, dein Profil passt perfekt zu einer spannenden Position als Senior Java Developer (m/w/d) bei einem Versicherungskonzern in München! 100 % Präsenz, 80-90k. Hast du Interesse an einem kurzen Austausch?")])

P("j_docs", "Priya Raman", "DocuBot AI", "Sales Executive")
C("junk", "generic_docs_tool", "en", "generic AI documentation tool pitch (counterpart of Docsearch)",
  [("j_docs", "2025-07-28 07:30", "Hi Lea, is your documentation holding your product back? DocuBot AI writes, updates and translates your docs automatically using GPT. Teams save 20 hours a week. Can I show you a 15-min demo?")])

P("j_sponsor", "Marco Ricci", "Global Tech Leaders Summit", "Sponsorship Director")
C("junk", "generic_sponsorship", "en", "generic sponsorship package pitch (counterpart of DataWeek)",
  [("j_sponsor", "2025-02-05 12:00", "Dear Lea, the Global Tech Leaders Summit brings together 5,000+ C-level executives from Fortune 500 companies. Our Gold sponsorship package (€25,000) includes a keynote slot and booth. Limited packages remaining. Shall I send the prospectus?")])

P("j_sellsame", "Ashley Carter", "HyperStore DB", "Account Executive")
C("junk", "offers_what_she_sells", "en", "database vendor pitches its database to a database company",
  [("j_sellsame", "2025-09-15 10:00", "Hi Lea, is your team still struggling with slow analytical queries? HyperStore DB is the blazing-fast analytical database that's 100x faster than traditional solutions. Migrate in days, not months. Can we set up a call to discuss your data stack?")])

P("j_devrelaas", "Maximilian Ott", "Community Rocket", "Gründer")
C("junk", "offers_what_she_sells", "de", "Agentur bietet 'Developer Relations as a Service' an, also ihren eigenen Job",
  [("j_devrelaas", "2025-11-03 09:30", "Hallo Lea, wir bieten Developer Relations as a Service: Wir bauen eure Community auf, halten Talks und schreiben Tutorials. So könnt ihr euch aufs Produkt konzentrieren. Wollen wir mal sprechen?"),
   ("me", "2025-11-03 12:00", "Hallo Maximilian, das ist mein Job 🙂 Danke, kein Bedarf.")])

P("j_capacity", "Jake Morrison", "PipelineFill", "Founder")
C("junk", "capacity_for_new_clients", "en", "lead-gen asks if she has capacity for new clients",
  [("j_capacity", "2025-04-15 08:00", "Hi Lea, quick question: do you have capacity to onboard 10-15 new enterprise clients next quarter? We book qualified meetings with decision-makers for B2B tech firms. If yes, I'll share how.")])

P("j_likeminded", "Dr. Rüdiger Stahl", "Stahl Ventures", "Investor | Founder | Speaker",
  connected="2025-03-17", invite=("IN", "2025-03-17 07:00", "Hallo Lea, lass uns als gleichgesinnte Macher:innen vernetzen!"))
C("junk", "like_minded_entrepreneurs", "de", "'gleichgesinnte Unternehmer vernetzen', dann Mastermind",
  [("j_likeminded", "2025-03-17 07:10", "Danke fürs Vernetzen, Lea! Ich vernetze mich gern mit gleichgesinnten Unternehmer:innen. In meinem exklusiven Founder Circle tauschen sich ambitionierte Gründer:innen über Skalierung aus. Darf ich dir mehr erzählen?")])

P("j_15min", "Brandon Lee", "Catalyst Partners", "Senior Partner")
C("junk", "quick_call", "en", "quick 15-minute call with bumps",
  [("j_15min", "2025-10-06 13:00", "Hi Lea, I'd love a quick 15-minute call to share how we're helping developer-first companies like Quarzbase accelerate pipeline. Does Thursday work?"),
   ("j_15min", "2025-10-13 13:00", "Hi Lea, bumping this. Would 15 minutes next week be better?")])

P("j_ctp1", "Emily Roberts", "Tandem Outsourcing", "Partnerships",
  connected="2025-06-02", invite=("IN", "2025-06-02 09:00", "Hi Lea, loved your recent post! Let's connect."))
C("junk", "connect_then_pitch", "en", "connect-then-pitch: compliment, she replies, then offshore dev team pitch",
  [("j_ctp1", "2025-06-02 09:20", "Hi Lea, thanks for connecting! Really enjoyed your post on community onboarding. How long have you been in DevRel?"),
   ("me", "2025-06-02 12:00", "Hi Emily, thanks! About eight years now, the last four at Quarzbase."),
   ("j_ctp1", "2025-06-03 08:00", "Amazing! By the way, we provide dedicated offshore engineering teams at 60% lower cost than Berlin rates. Many open-source companies use us to accelerate their roadmap. Would you be open to a quick call?")])

P("j_ctp2", "Stefan Möller", "Möller Vermögensberatung", "Finanzberater",
  connected="2025-08-18", invite=("IN", "2025-08-18 18:00", ""))
C("junk", "connect_then_pitch", "de", "connect-then-pitch: Smalltalk über Berlin, dann Finanzberatung",
  [("j_ctp2", "2025-08-18 18:10", "Hi Lea, schön, dass wir vernetzt sind! Wie gefällt dir die Start-up-Szene in Berlin gerade?"),
   ("j_ctp2", "2025-08-20 09:00", "Übrigens: Viele Tech-Angestellte mit virtuellen Anteilen oder ESOPs verschenken steuerlich bares Geld. Ich habe mich darauf spezialisiert. Lust auf ein kostenloses Erstgespräch?")])

P("j_ctp3", "Lara Weiß", "Talent Hub Solutions", "Headhunterin",
  connected="2025-12-15", invite=("IN", "2025-12-15 10:00", "Hallo Lea, würde mich gern vernetzen!"))
C("junk", "connect_then_pitch", "de", "connect-then-pitch: Weihnachtsgruß, Antwort, dann Recruiting-Dienstleistung",
  [("j_ctp3", "2025-12-15 10:15", "Hallo Lea, danke fürs Annehmen! Schon in Weihnachtsstimmung?"),
   ("me", "2025-12-15 20:00", "Hallo Lara, so halb, erst noch ein Release 😅"),
   ("j_ctp3", "2025-12-16 08:00", "Kenne ich! Apropos Team: Wir finden Entwickler:innen in 14 Tagen, Erfolgshonorar nur 15 %. Sucht ihr gerade jemanden?"),
   ("j_ctp3", "2025-12-23 08:00", "Hallo Lea, ich wollte kurz nachhaken 🙂")])

P("j_bump", "Oscar Lindholm", "Adstream Media", "Account Director")
C("junk", "follow_up_bumps", "en", "ad network bumps with no reply",
  [("j_bump", "2025-01-14 09:00", "Hi Lea, want to reach 2M developers? Our developer ad network places your brand on top coding sites. CPMs from $12."),
   ("j_bump", "2025-01-21 09:00", "Hi Lea, just following up on my previous note."),
   ("j_bump", "2025-01-30 09:00", "Hi Lea, any thoughts? Happy to share case studies."),
   ("j_bump", "2025-02-11 09:00", "Closing the loop here. Let me know if things change!")])

# one template, five senders (three German, two English)
P("j_t1", "Fabian Neumann", "ScaleOps GmbH", "Business Development")
C("junk", "template_outsourcing", "de", "Template Entwickler-Outsourcing, Kopie 1 von 5",
  [("j_t1", "2025-03-04 10:00", "Hallo Lea, ich habe gesehen, dass Quarzbase gerade stark wächst, Glückwunsch! Viele Tech-Unternehmen in dieser Phase kämpfen damit, schnell genug gute Entwickler:innen zu finden. Wir stellen innerhalb von 2 Wochen erfahrene Entwicklerteams bereit, 40 % günstiger als Inhouse. Lohnt sich ein kurzer Austausch?")])
P("j_t2", "Sarah Köhler", "DevTeam Direct", "Partner Managerin")
C("junk", "template_outsourcing", "de", "Template Entwickler-Outsourcing, Kopie 2 von 5",
  [("j_t2", "2025-03-19 14:30", "Hallo Lea, ich habe gesehen, dass Quarzbase aktuell stark wächst, herzlichen Glückwunsch! Viele Tech-Firmen in dieser Phase tun sich schwer, schnell genug gute Entwickler:innen zu finden. Wir stellen in 2 Wochen erfahrene Teams bereit, bis zu 40 % günstiger als Inhouse. Wäre ein kurzer Austausch sinnvoll?")])
P("j_t3", "Mateusz Kowalczyk", "Nearshore Devs", "Head of Sales")
C("junk", "template_outsourcing", "en", "developer outsourcing template, copy 3 of 5",
  [("j_t3", "2025-04-02 09:15", "Hi Lea, I saw that Quarzbase is growing fast, congrats! Many tech companies at this stage struggle to hire good developers quickly enough. We provide experienced dev teams within 2 weeks, 40% cheaper than in-house. Worth a quick chat?")])
P("j_t4", "Andrei Popescu", "CodeBridge Partners", "Sales Director")
C("junk", "template_outsourcing", "en", "developer outsourcing template, copy 4 of 5",
  [("j_t4", "2025-04-23 16:00", "Hey Lea, noticed Quarzbase is scaling quickly - congrats! Most tech companies at your stage struggle to hire great engineers fast enough. We deliver senior dev teams in 2 weeks at 40% less than in-house cost. Open to a short chat?"),
   ("j_t4", "2025-04-30 16:00", "Hi Lea, bumping this up!")])
P("j_t5", "Jana Fischer", "Softwerk Nearshore", "Vertrieb")
C("junk", "template_outsourcing", "de", "Template Entwickler-Outsourcing, Kopie 5 von 5",
  [("j_t5", "2025-05-08 11:45", "Hallo Lea, habe gesehen, dass ihr bei Quarzbase schnell wachst, Glückwunsch! Viele Tech-Unternehmen in eurer Phase finden nicht schnell genug gute Entwickler:innen. Wir stellen erfahrene Teams in 2 Wochen bereit, 40 % günstiger als Inhouse. Kurz telefonieren?")])

# merge-tag failures
P("j_m1", "Ryan Cole", "Outbound Engine", "SDR")
C("junk", "merge_tag_failure", "en", "unfilled {{first_name}} and {{company}} tags",
  [("j_m1", "2025-02-25 10:00", "Hi {{first_name}}, I noticed {{company}} just raised funding. We help companies like yours turn investment into predictable revenue with outbound automation. Got 15 minutes next week?")])
P("j_m2", "Katrin Bauer", "Prozessexzellenz GmbH", "Beraterin")
C("junk", "merge_tag_failure", "de", "nicht ersetzter Platzhalter {{Vorname}}",
  [("j_m2", "2025-06-24 09:00", "Hallo {{Vorname}}, als {{Position}} kennst du sicher die Herausforderung, Prozesse effizient zu gestalten. Wir haben für Unternehmen wie deins eine Lösung entwickelt. Hast du diese Woche kurz Zeit?")])
P("j_m3", "Michael Turner", "CloudSpend Optimizer", "Account Executive")
C("junk", "merge_tag_failure", "en", "wrong name and wrong company (Hi Laura, ClickFlow)",
  [("j_m3", "2025-09-09 14:00", "Hi Laura, I've been following ClickFlow's growth and I'm impressed! Companies like ClickFlow typically overspend on cloud by 35%. We can cut your AWS bill in 30 days. Can I show you how?")])
P("j_m4", "Philipp Sommer", "LeadMagnet Pro", "Growth Hacker")
C("junk", "merge_tag_failure", "de", "Platzhalter [Firmenname] nicht ersetzt",
  [("j_m4", "2025-12-03 10:30", "Hallo Lea, ich bin auf [Firmenname] gestoßen und finde spannend, was ihr im Bereich [Branche] macht. Wir generieren für B2B-Firmen 20+ qualifizierte Leads pro Monat. Lust auf einen kurzen Call?")])

# Sponsored InMail
P("j_s1", "Cloudmaxx", "Cloudmaxx", url="https://www.linkedin.com/company/cloudmaxx")
C("junk", "sponsored_inmail", "en", "sponsored InMail for a cloud free tier",
  [("j_s1", "2025-04-08 12:00", "<p>Hi Lea,</p><p>Build faster with $300 in free cloud credits. Deploy databases, containers &amp; AI workloads in minutes.</p><p><a href=\"https://example.com\">Claim your credits</a></p>")],
  title="Sponsored Conversation", subject="$300 in free credits for your team")
P("j_s2", "Executive Academy Berlin", "Executive Academy", url="https://www.linkedin.com/company/executive-academy-berlin")
C("junk", "sponsored_inmail", "de", "Sponsored InMail für ein Executive-MBA",
  [("j_s2", "2025-10-14 12:00", "<p>Hallo Lea,</p><p>Bereit für den nächsten Karriereschritt? Unser berufsbegleitender Executive MBA startet im März &ndash; jetzt Infoabend sichern.</p>")],
  title="Sponsored Conversation", subject="Executive MBA: Infoabend am 12. November")
P("j_s3", "Monitrix", "Monitrix", url="https://www.linkedin.com/company/monitrix")
C("junk", "sponsored_inmail", "en", "sponsored InMail for an observability webinar",
  [("j_s3", "2026-01-13 12:00", "<p>Hi Lea,</p><p>Join our live webinar: <b>5 observability mistakes that cost you millions</b>. Register now&nbsp;&ndash; seats are limited!</p>")],
  title="Sponsored Conversation", subject="Live webinar: observability mistakes")

# paid awards, features, podcasts
P("j_award", "Victoria Hale", "Top 50 DevRel Leaders Awards", "Awards Director")
C("junk", "paid_award", "en", "'Top 50 DevRel Leaders' award that requires a fee",
  [("j_award", "2025-07-07 10:00", "Dear Lea, congratulations! You've been shortlisted for the Top 50 DevRel Leaders 2025. To secure your place in the official publication and receive your winner's badge, a listing fee of $790 applies. Please confirm by Friday to be included.")])
P("j_feature", "Lisa Martens", "Tech Gründer:innen Magazin", "Redaktion Partnerschaften")
C("junk", "paid_feature", "de", "bezahlter Beitrag in einem Tech-Magazin",
  [("j_feature", "2025-09-22 11:00", "Hallo Lea, wir möchten Quarzbase in unserer Rubrik \"Die spannendsten Open-Source-Startups\" vorstellen! Ein Porträt mit Interview und Backlink, Kostenbeteiligung 1.200 € netto. Soll ich dir das Mediakit schicken?"),
   ("me", "2025-09-22 14:00", "Hallo Lisa, bezahlte Artikel machen wir grundsätzlich nicht. Danke trotzdem.")])
P("j_podcast", "Chris Walker", "Scale Up Stories Podcast", "Host")
C("junk", "paid_podcast", "en", "podcast guest slot for a fee",
  [("j_podcast", "2025-11-17 17:00", "Hey Lea! I host Scale Up Stories, a top 1% global business podcast. We'd love to have you on to share your journey. Guest features include full production and promotion for a one-time fee of $495. Interested?")])

# fluent junk naming her company
P("j_fluent", "Alexandra Winter", "Brightline Consulting", "Principal")
C("junk", "fluent_generic_names_company", "en", "fluent pitch naming Quarzbase that fits any company",
  [("j_fluent", "2025-08-27 09:30", "Hi Lea, I've been following Quarzbase's journey and I'm genuinely impressed by the momentum you've built. Companies at this inflection point often find that the strategies that got them here won't get them to the next stage. We partner with high-growth teams to align go-to-market, culture and operations so that growth compounds rather than stalls. I'd love to hear how you're thinking about the year ahead. Would a short conversation be worthwhile?")])

# generic shapes
P("j_seo", "Rohit Kumar", "SEOxperts", "Digital Marketing Executive")
C("junk", "generic_seo", "en", "generic SEO pitch",
  [("j_seo", "2025-02-10 05:30", "Hello Lea, I checked your website quarzbase and found it is missing many SEO keywords. I can bring your website on first page of Google. Very cheap price. Shall I send the audit?")])
P("j_krypto", "Lennart Vogel", "Crypto Alpha Club", "Investment Advisor")
C("junk", "off_topic_investment", "de", "Krypto-Investment, themenfremd",
  [("j_krypto", "2025-12-08 21:00", "Guten Abend Lea, ich lade ausgewählte Tech-Professionals zu unserem exklusiven Krypto-Investmentclub ein. Unsere Mitglieder erzielen 8 % Rendite im Monat. Darf ich dir mehr erzählen?")])
P("j_coach", "Nadine Hoff", "Leadership Glow", "Executive Coach")
C("junk", "generic_coaching", "de", "Leadership-Coaching",
  [("j_coach", "2025-03-25 20:00", "Liebe Lea, als Führungskraft in einem wachsenden Unternehmen kennst du sicher das Gefühl, nie genug Zeit zu haben. In meinem 8-Wochen-Programm lernst du, mit mehr Klarheit zu führen. Nur noch 2 Plätze frei ✨")])
P("j_ai", "Felix Brand", "AgentFlow AI", "Co-Founder")
C("junk", "generic_ai_automation", "de", "KI-Automatisierung generisch",
  [("j_ai", "2025-10-28 08:30", "Hi Lea, stell dir vor, KI-Agenten übernehmen eure komplette Lead-Qualifizierung. Unsere Kunden sparen 30 Stunden pro Woche. Wollen wir 15 Minuten sprechen?")])
P("j_gift", "Mara Jansen", "Giftly Corporate", "Corporate Sales")
C("junk", "generic_corporate_gifts", "de", "Firmengeschenke-Pitch",
  [("j_gift", "2025-11-11 09:00", "Hallo Lea, Weihnachten steht vor der Tür! Überrasche dein Team und eure Kund:innen mit personalisierten Geschenkboxen. Jetzt bis 30.11. bestellen und 10 % sparen."),
   ("j_gift", "2025-11-25 09:00", "Hallo Lea, nur noch 5 Tage bis Bestellschluss!")])
P("j_events", "Gabriel Santos", "Elite Speakers Bureau", "Talent Manager")
C("junk", "paid_speaker_listing", "en", "speaker bureau listing with an upfront fee",
  [("j_events", "2025-06-16 11:00", "Hi Lea, we represent top tech speakers and would love to add you to our roster. Our clients book speakers for $5k-$20k per keynote. A one-time onboarding fee of $350 covers your profile and promo video. Shall we get started?")])
P("j_pentest", "Dmitri Volkov", "SecureNow", "Sales")
C("junk", "generic_security", "de", "generischer Pentest-Pitch",
  [("j_pentest", "2025-07-30 10:00", "Hallo Lea, wie sicher ist eure Infrastruktur wirklich? Unsere zertifizierten Pentester finden Lücken, bevor es Hacker tun. Pentest-Paket ab 3.900 €. Wann passt ein kurzes Gespräch?")])

if __name__ == "__main__":
    ex.write(
        OUT,
        {"First Name": "Lea", "Last Name": "Wiesinger",
         "Headline": "Head of Developer Relations at Quarzbase | QuarzDB, the open-source analytical database | Speaker",
         "Summary": "I help developers succeed with QuarzDB: docs, talks, meetups, contributor program. "
                    "Ich spreche auf Deutsch und Englisch über Datenbanken und Communities.",
         "Industry": "Software Development", "Zip Code": "10999",
         "Geo Location": "Berlin, Germany",
         "Websites": "[COMPANY:quarzbase.example]", "Twitter Handles": "[leaw_devrel]"},
        [{"Company Name": "Quarzbase", "Title": "Head of Developer Relations",
          "Description": "Developer relations, docs and community for the open-source QuarzDB.",
          "Location": "Berlin", "Started On": "Jan 2021", "Finished On": ""},
         {"Company Name": "Fernwerk Software", "Title": "Developer Advocate",
          "Description": "", "Location": "Berlin", "Started On": "Oct 2016", "Finished On": "Dec 2020"}],
        ["Developer Relations", "Databases", "Public Speaking", "Technical Writing", "Community Building", "SQL"],
    )
    print(ex.summary())

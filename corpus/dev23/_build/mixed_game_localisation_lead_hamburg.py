"""dev23 persona (written blind as heldout29, session 4): heldout29 persona: Johanna Petersen, Localisation Lead at a 150-person mobile games studio in Hamburg.

Written blind to the detector (session 4). Layout 2026. All message texts are hand-written here;
running this script regenerates ../mixed-game-localisation-lead-hamburg byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-game-localisation-lead-hamburg"
OUT = Path(__file__).resolve().parents[1] / SLUG

ex = Export(SLUG, "2026", Person("me", "Johanna Petersen", "https://www.linkedin.com/in/johanna-petersen-loc-93a0f1",
                                 "Kranich Games GmbH", "Localisation Lead"))
P = ex.person
c = ex.conv
STUDIO = "Kranich Games"

# ---------------------------------------------------------------- people
P("lsp_pm", "Friederike Albers", "WordBridge Localisation", "Senior Project Manager Games", connected="2019-03-12")
P("lqa", "Tomasz Wójcik", "PixelProof QA", "Account Manager", connected="2021-06-01")
P("producer", "Malte Ohlsen", STUDIO, "Senior Producer", connected="2020-09-14")
P("indie", "Priscilla Addo", "Lanternfish Games", "Co-founder & CEO", connected="2025-03-03",
  invite=("IN", "2025-03-02 15:20", "Hi Johanna, loved your talk on shipping in 14 languages - may I connect?"))
P("peer", "Svenja Thormählen", "Fleetwerk Games", "Localization Manager", connected="2018-11-20")
P("recruiter", "Ole Brandt", "Hafen Talent", "Recruiter Games & Tech", connected="2024-04-04",
  invite=("OUT", "2024-04-04 09:00", "Moin Ole, Malte meinte, du hast gute Kontakte nach Japan. Wir suchen jemanden."))
P("applicant", "Aiko Tanaka", "", "Freelance JA-EN game translator", connected="2024-05-15",
  invite=("IN", "2024-05-14 22:40", "Hello, I saw the Localisation Specialist (Japanese) opening at Kranich."))
P("tl_fr", "Camille Roux", "", "Freelance EN>FR game translator", connected="2017-02-02")
P("tl_de", "Jan-Hendrik Vos", "", "Freiberuflicher Übersetzer EN>DE (Games)", connected="2016-06-06")
P("thx1", "Mateo Ruiz", "Polyglot Pixel", "Localization Producer", connected="2024-11-08")
P("thx2", "Hannah Siebert", "Ostsee Interactive", "Junior Localisation Manager", connected="2024-11-08")
P("thx3", "Kenji Mori", "Sakura Bridge Localization", "Business Lead", connected="2024-11-09")
P("excolleague", "Birte Lorenzen", "Elbwerk Studios", "Lead Game Designer", connected="2015-08-08")
P("journalist", "Fabian Kroll", "Spielwerk Magazin", "Redakteur", connected="2024-07-01")
P("conf", "Rachel Whitfield", "Game Loc Forum Europe", "Programme Chair", connected="2022-05-05")
P("voice", "Dörte Hansen-Krüger", "Tonhafen Studios", "Casting & Produktion", connected="2019-10-10")
P("tl_ja", "Yuki Sato", "", "Freelance EN>JA translator", connected="2020-02-20")
P("tms", "Lukas Steiner", "Phraseloom", "Customer Success Manager", connected="2021-01-18")
P("qa_lead", "Daniel Okonkwo", STUDIO, "QA Lead", connected="2021-03-03")
P("korea", "Min-jun Park", "Hanbit Mobile Publishing", "Partnership Manager", connected="2023-09-09")
P("lecturer", "Prof. Dr. Ulrike Brenner", "Universität Hamburg", "Professorin für Übersetzungswissenschaft", connected="2019-04-01")
P("friend", "Wiebke Claussen", "", "", connected="2013-01-01")
P("boss", "Kai Rademacher", STUDIO, "Head of Studio", connected="2020-09-01")
P("tl_pt", "Beatriz Almeida", "", "Freelance EN>PT-BR translator", connected="2023-01-15")
P("stammtisch", "Nils Petersen-Graf", "Game Loc Stammtisch Hamburg", "Organisator", connected="2018-02-02")
P("intern", "Lea Kowalski", "", "M.A. Übersetzen, Universität Hamburg", connected="2023-03-01")
P("legal", "Dr. Carsten Wulf", STUDIO, "Legal Counsel", connected="2021-05-05")
P("audio", "Grace Liu", STUDIO, "Audio Lead", connected="2022-01-10")
P("meetup", "Arjun Mehta", "Hamburg Mobile Devs", "Meetup Organiser", connected="2022-09-09")

# wanted pitchers
P("w_ptbr", "Rafael Souza", "Tucano Localization", "Head of Games")
P("w_pseudo", "Ines Oldenburg", "StringGuard", "Co-founder")
P("w_rtl", "Layla Haddad", "", "Freelance Arabic game localiser & RTL UI consultant")
P("w_lqa", "Martin Kowalczyk", "Linguaplay LQA", "Business Development DACH",
  invite=("IN", "2024-11-12 09:00", "Hallo Johanna, Ihr Vortrag auf dem Forum war großartig."), connected="2024-11-12")
P("w_recruit", "Sabine Holtz", "Holtz Executive Search", "Partnerin Games & Entertainment")
P("w_aso", "Tobias Eggers", "StoreText", "ASO-Lokalisierung")
P("w_voice", "Marlene Funk", "Stimmwerk Casting", "Inhaberin")
P("w_font", "Quang Nguyen", "Glyphworks Type Studio", "Type Designer")
P("w_korean", "Seo-yeon Kim", "", "Korean culturalisation consultant")
P("w_term", "Annika Lübbers", "", "Freie Terminologin")
P("w_school", "Dr. Kerstin Vogt", "SDI Hamburg Fachschule für Übersetzer", "Praktikumskoordination")
P("w_mt", "Philipp Barth", "PostEdit Pro", "Solutions Engineer")

# junk senders
P("j_lsp1", "Priya Sharma", "GlobalTongue Translations", "Business Development Manager",
  invite=("IN", "2024-02-05 05:30", ""), connected="2024-02-05")
P("j_lsp2", "Carlos Mendez", "LinguaMax Solutions", "Sales Director")
P("j_lsp3", "Elena Popescu", "Verbatim Language Services", "Key Account Manager",
  invite=("IN", "2024-06-17 07:00", ""), connected="2024-06-17")
P("j_lsp4", "Daniel Ferreira", "OmniLingo Group", "Vendor Partnerships")
P("j_lsp5", "Kathrin Ebert", "Sprachbrücke24 GmbH", "Vertrieb")
P("j_merge1", "Ryan Cooper", "PlayScale UA", "Growth Manager")
P("j_merge2", "Melanie Haas", "TalentSprint Personalberatung", "Senior Consultant")
P("j_merge3", "Victor Lam", "ArtForge Outsourcing", "Business Development")
P("j_merge4", "Jessica Wong", "LocStack", "SDR")
P("j_award", "Oliver Grant", "Women in Games Leadership Awards", "Awards Team")
P("j_panel", "Natalie Fischer", "Mobile Games Growth Summit", "Speaker Relations")
P("j_ctp1", "Marvin Koch", "Koch Consulting", "Business Coach",
  invite=("IN", "2024-03-18 20:00", "Gleichgesinnte sollten sich vernetzen!"), connected="2024-03-19")
P("j_ctp2", "Ashley Turner", "PlayTest Army", "Partnerships",
  invite=("IN", "2024-08-26 14:00", ""), connected="2024-08-26")
P("j_ctp3", "Stefan Berger", "Ergonomie Plus", "Vertrieb",
  invite=("IN", "2024-10-14 09:30", ""), connected="2024-10-15")
P("j_ctp4", "Hamza Qureshi", "DevNest Solutions", "Account Executive",
  invite=("IN", "2025-01-27 06:10", "Hi Johanna, let's connect!"), connected="2025-01-27")
P("j_qa", "Rohan Gupta", "BugZero Testing", "QA Solutions Consultant")
P("j_tms", "Max Lindqvist", "TransFlow Cloud", "Account Executive")
P("j_recruit", "Julia Baumann", "Jobs4Tech", "Recruiter")
P("j_crypto", "Leon Wagner", "Metaverse Ventures", "Investment Advisor")
P("j_vo", "Brandon Hughes", "VoiceHub Global", "Sales")
P("j_fluent", "Clara Behrendt", "LocaleLift", "Head of Partnerships")
P("j_capacity", "Anil Kumar", "TransGlobe Vendors", "Vendor Manager")
P("j_call", "Tim Schröder", "Schröder Digital", "Gründer")
P("j_network", "Gabriel Santos", "Founders Circle Europe", "Community Builder")
P("j_consult", "Henrik Dahl", "Dahl Loc Consulting", "Localization Strategy Consultant")
P("j_webinar", "Sophia Lange", "GrowthWebinare.de", "Event-Team")
P("j_chairs", "Peter Mahler", "OfficeNova", "Key Account")
P("spon1", "LinkedIn Member", url="")
P("spon2", "LinkedIn Member", url="")
P("spon3", "Cloudvault Business", url="https://www.linkedin.com/company/cloudvault-business")

SPONSORED = "Sponsored Conversation"

# ============================================================ GENUINE
c("genuine", "vendor_existing_price_change", "de", "Bestehender LSP kündigt höhere Wortpreise für JA/KO an", [
    ("lsp_pm", "2024-01-22 10:30", "Hallo Johanna,\n\nich wollte dich persönlich vorwarnen, bevor die offizielle Mail kommt: Ab 1. März erhöhen wir die Wortpreise für Japanisch und Koreanisch um 1,5 Cent (unsere Linguist:innen in Tokio und Seoul haben ihre Sätze angepasst). Alle anderen Sprachen bleiben gleich. Für das Harbour-Heroes-Update im Februar gilt noch der alte Preis.\n\nWenn du magst, können wir nächste Woche kurz telefonieren, ob ein Rahmenvertrag mit Volumenstaffel für euch Sinn macht.\n\nLiebe Grüße\nFriederike"),
    ("me", "2024-01-22 14:15", "Danke für die Vorwarnung, Friederike! Ärgerlich, aber fair. Rahmenvertrag: ja, lass uns reden. Mittwoch 11 Uhr?"),
    ("lsp_pm", "2024-01-22 14:20", "Mittwoch 11 passt. Ich schick eine Einladung."),
])
c("genuine", "vendor_existing_price_change", "en", "existing LQA vendor announces new hourly rates", [
    ("lqa", "2024-11-25 09:00", "Hi Johanna, hope the Winter event launch went smoothly! A heads-up for your 2025 planning: our LQA hourly rate goes from €27 to €29 from January. For Kranich we can keep €27 for Q1 if you confirm the Tiny Trawlers 2.0 LQA slot before Christmas. Let me know, Tomasz"),
    ("me", "2024-11-25 11:40", "Thanks Tomasz. Confirming the 2.0 slot: 3 weeks from 10 Feb, DE/FR/ES/JA/KO. Please send the updated SOW."),
    ("lqa", "2024-11-25 11:55", "Great, SOW coming today."),
])
c("genuine", "client_quote_request", "de", "Producer will Kostenschätzung für Lokalisierung in 14 Sprachen", [
    ("producer", "2024-03-05 16:45", "Hey Jo, für das Greenlight-Meeting am Freitag brauch ich eine grobe Loc-Schätzung für Project Möwe: ca. 45k Wörter zum Launch, 14 Sprachen, plus VO nur EN/DE. Muss nicht genau sein, Range reicht. Geht das bis Donnerstag?"),
    ("me", "2024-03-05 17:10", "Klar. Mit den neuen JA/KO-Preisen und LQA grob 180-210k € zum Launch, VO extra. Ich mach dir bis Donnerstag eine Tabelle mit Annahmen, damit Kai nicht nachfragt 😅"),
    ("producer", "2024-03-05 17:12", "Du bist die Beste."),
])
c("genuine", "inbound_lead", "en", "indie studio wants to buy Kranich's localisation services via publishing deal", [
    ("indie", "2025-03-03 10:00", "Hi Johanna, thanks for connecting! We're a 6-person studio in Accra and Berlin with a cosy fishing game (funny coincidence with Tiny Trawlers, I know). Your talk mentioned that Kranich offers localisation and culturalisation for its publishing partners. We'd love to buy that as a service - 8 languages, ~20k words. Could you tell me how pricing works and who I should talk to?"),
    ("me", "2025-03-03 13:30", "Hi Priscilla, great to hear from you! Yes, we do that for partners. Pricing is per word plus a project management fee; for 8 languages at your volume I'd expect somewhere in the mid five figures. Let me loop in our publishing BD colleague - are you free for a call next Tuesday?"),
    ("indie", "2025-03-03 13:45", "Tuesday works, any time after 2pm CET. Thank you!"),
])
c("genuine", "peer_joint_offer", "de", "Loc-Managerin eines anderen Hamburger Studios schlägt gemeinsame VO-Studio-Ausschreibung vor", [
    ("peer", "2024-06-10 18:30", "Moin Johanna! Idee beim Feierabendbier gestern: wir buchen beide ständig Tonhafen für DE-Voiceover und zahlen beide Einzelpreise. Wollen wir gemeinsam ein Rahmenangebot anfragen? 2 Studios, garantiertes Jahresvolumen, dafür 15-20% Rabatt. Ich würd den Entwurf schreiben."),
    ("me", "2024-06-10 21:00", "Svenja, genial. Bin dabei. Ich frag Carsten, ob es rechtlich ein Problem ist, wenn wir zusammen verhandeln."),
    ("peer", "2024-06-11 08:15", "👍 Entwurf kommt Ende der Woche."),
    ("me", "2024-06-19 10:00", "Carsten sagt ok, solange jedes Studio seinen eigenen Vertrag unterschreibt. Schick den Entwurf gern an Dörte."),
])
c("genuine", "recruiter_relevant", "de", "Recruiter, den sie selbst beauftragt hat (JA-Spezialist gesucht)", [
    ("me", "2024-04-04 09:05", "Moin Ole, danke fürs Annehmen. Wir suchen eine:n Localisation Specialist Japanisch (Festanstellung Hamburg oder remote aus der EU). Malte meinte, ihr habt da ein gutes Netzwerk. Wie sind eure Konditionen?"),
    ("recruiter", "2024-04-04 11:30", "Moin Johanna, gerne! Wir arbeiten mit 20 % vom Jahresbrutto, Zahlung bei Start, 3 Monate Garantie. Schick mir die Stellenbeschreibung, dann hab ich in 2 Wochen die ersten Profile."),
    ("me", "2024-04-04 12:00", "Passt. JD kommt per Mail."),
    ("recruiter", "2024-05-02 15:00", "Drei Profile sind raus, die zweite (Tokio, 6 Jahre bei einem JRPG-Zulieferer) ist stark. Gespräch nächste Woche?"),
])
c("genuine", "applicant", "en", "translator applies for the open Japanese specialist role", [
    ("applicant", "2024-05-15 08:10", "Dear Johanna, thank you for connecting. I'm applying for the Localisation Specialist (Japanese) position. I have 7 years of experience translating mobile RPGs and gacha events EN>JA and JA>EN, and I moved to Hamburg last year. I sent my application through your careers page but wanted to say hello personally. I've played Harbour Heroes since launch - the JA version is good, but the fish names could be funnier 😉"),
    ("me", "2024-05-15 10:00", "Hi Aiko, thanks for reaching out! I'll look for your application. And you're right about the fish names, we argued about that for weeks."),
    ("applicant", "2024-05-15 10:05", "Haha! Thank you, I'm looking forward to hearing from you."),
])
c("genuine", "vendor_in_spam", "de", "Freiberuflicher Übersetzer fragt nach Rechnung - im SPAM-Ordner gelandet", [
    ("tl_de", "2024-08-12 09:30", "Hallo Johanna, kurze Frage: meine Rechnung vom Juni (Event-Texte Harbour Heroes, 8.400 Wörter) ist noch offen. Ist die vielleicht bei euch in der Buchhaltung hängen geblieben? Nicht dringend, nur damit sie nicht verloren geht. Grüße, Jan-Hendrik"),
    ("me", "2024-08-19 08:45", "Oh nein, Jan-Hendrik, deine Nachricht lag im Spam-Ordner! Ich hab's gerade mit der Buchhaltung geklärt, die Überweisung geht heute raus. Sorry!"),
], folder="SPAM")
c("genuine", "thanks_congrats", "en", "thank-you after her Game Loc Forum talk (1 of 3)", [
    ("thx1", "2024-11-08 18:20", "Thanks for the great talk today Johanna! Really useful tips on string length. Nice meeting you at the forum!"),
])
c("genuine", "thanks_congrats", "de", "Danke nach ihrem Vortrag (2 von 3)", [
    ("thx2", "2024-11-08 19:45", "Danke für den tollen Vortrag heute, Johanna! Sehr hilfreiche Tipps zur Stringlänge. Schön, dich beim Forum kennengelernt zu haben!"),
    ("me", "2024-11-08 22:00", "Danke dir, Hannah! Melde dich, wenn du Fragen hast."),
])
c("genuine", "thanks_congrats", "en", "thank-you after her talk (3 of 3)", [
    ("thx3", "2024-11-09 07:30", "Thank you for the great talk yesterday, Johanna. Very useful tips about string length. Nice to meet you at the forum."),
])
c("genuine", "friend", "de", "Ex-Kollegin, langjähriger Kontakt", [
    ("excolleague", "2022-04-01 12:00", "Jo! Hab gehört, du bist jetzt Lead bei Kranich? Glückwunsch, das wurde auch Zeit!"),
    ("me", "2022-04-01 13:15", "Danke Birte!! Ja, seit heute offiziell. Kein Aprilscherz 😂"),
    ("excolleague", "2023-12-15 17:00", "Weihnachtsmarkt am Rathaus, wie jedes Jahr? Donnerstag?"),
    ("me", "2023-12-15 17:30", "Natürlich. 18 Uhr beim Feuerzangenbowle-Stand."),
    ("excolleague", "2024-12-12 16:00", "Selbe Zeit, selber Ort? 🎄"),
    ("me", "2024-12-12 16:05", "Klar!"),
])
c("genuine", "journalist", "de", "Redakteur fragt Interview zu Lokalisierung in Mobile Games an", [
    ("journalist", "2024-07-01 11:00", "Hallo Frau Petersen, ich schreibe für Spielwerk einen Artikel darüber, wie deutsche Studios ihre Spiele international lokalisieren - und warum deutsche Spiele selbst manchmal schlecht übersetzt wirken. Hätten Sie Zeit für ein 30-minütiges Gespräch? Kein bezahlter Beitrag, ganz normal redaktionell."),
    ("me", "2024-07-01 14:20", "Hallo Herr Kroll, gern! Ich muss das kurz mit unserer PR abstimmen, melde mich bis Mittwoch."),
    ("me", "2024-07-03 09:00", "PR ist einverstanden. Donnerstag 15 Uhr per Video?"),
    ("journalist", "2024-07-03 09:20", "Perfekt, Link kommt."),
])
c("genuine", "event_invite", "en", "conference programme chair (known contact) invites her to speak", [
    ("conf", "2024-05-20 10:00", "Hi Johanna, we'd love to have you back at Game Loc Forum Europe in November. Last year's feedback for your workshop was the best we had. Could you do a 30-minute talk on string length and UI for mobile? Travel and hotel covered as usual."),
    ("me", "2024-05-20 12:00", "Hi Rachel, thank you, I'd love to! Title to follow."),
    ("conf", "2024-09-30 09:00", "Final reminder: slides by 25 October please. Looking forward to it!"),
])
c("genuine", "vendor_existing", "en", "long-standing French freelance translator, capacity and deadline", [
    ("tl_fr", "2024-09-02 09:00", "Hi Johanna! Back from holidays. I saw the new batch in Phraseloom, 6,200 words for Friday. That's tight with the glossary changes - could I deliver Monday morning instead?"),
    ("me", "2024-09-02 09:30", "Hi Camille, welcome back! Monday 10am is fine, LQA doesn't start before Tuesday anyway."),
    ("tl_fr", "2024-09-02 09:31", "Merci !!"),
])
c("genuine", "owner_started", "de", "Inhaberin bucht Sprecher beim VO-Studio", [
    ("me", "2024-02-14 10:00", "Hallo Dörte, wir brauchen für das Frühlings-Event von Harbour Heroes 3 Sprecher:innen DE (Kapitänin, Möwe, Erzähler). Ca. 120 Takes. Habt ihr KW 11 noch Studiozeit?"),
    ("voice", "2024-02-14 11:30", "Moin Johanna, KW 11 geht, Dienstag und Mittwoch. Die Möwe macht wieder Frank? Kostenvoranschlag kommt heute."),
    ("me", "2024-02-14 11:45", "Ja, unbedingt Frank, die Community liebt ihn."),
])
c("genuine", "vendor_existing", "en", "Japanese translator asks culturalisation question", [
    ("tl_ja", "2024-10-07 03:15", "Hi Johanna, a question on the New Year event: the English text has the 'lucky number 4' joke. In Japanese 4 sounds like death, so it's really not lucky 😅 Shall I change it to 7 or 8? I would also need to change the icon in the reward screen."),
    ("me", "2024-10-07 08:30", "Great catch Yuki, thank you! Please use 8 and I'll ask art for a new icon."),
])
c("genuine", "colleague", "de", "Producer: String-Freeze verschoben", [
    ("producer", "2024-09-16 19:40", "Jo, schlechte Nachricht: String Freeze für 2.0 rutscht eine Woche nach hinten, Design hat noch den Shop umgebaut.\n\nHeißt für dich:\n- Übersetzung startet 30.9. statt 23.9.\n- LQA-Slot bei PixelProof müssen wir schieben\n\nKannst du mit Tomasz reden?"),
    ("me", "2024-09-16 20:05", "Mach ich morgen früh. Aber bitte diesmal wirklich Freeze, nicht 'Freeze außer Shop' 🙃"),
])
c("genuine", "vendor_existing_price_change", "en", "TMS vendor renewal with new per-seat price", [
    ("tms", "2024-10-21 14:00", "Hi Johanna, your Phraseloom contract renews on 1 December. The Team plan goes from €45 to €52 per seat/month with the new MT quality estimation included. With your 18 seats that's about €1,500 more per year. Alternatively I can offer a 2-year term at €48. Happy to walk you through it on a call."),
    ("me", "2024-10-21 16:30", "Thanks Lukas. The 2-year option is interesting; I need our finance team on the call. Next week Thursday?"),
    ("tms", "2024-10-21 16:40", "Thursday 10:00 sent."),
], attachments={0: "https://www.linkedin.com/dms/phraseloom-renewal-2025.pdf"})
c("genuine", "colleague", "en", "QA lead reports truncated Turkish strings", [
    ("qa_lead", "2024-04-24 15:10", "Hey Johanna, Turkish build: the 'Claim all rewards' button overflows on small Android screens (screenshot in Jira, LOC-1432). Also the plural in the inventory says '1 balıklar'. Can your side fix or is it a code thing?"),
    ("me", "2024-04-24 15:30", "Plural is code - we don't pass the count to the ICU format there. Button is ours, I'll ask the TR translator for a shorter variant. Thanks Daniel!"),
])
c("genuine", "client", "en", "Korean publishing partner, contract and localisation budget", [
    ("korea", "2024-02-01 02:30", "Dear Johanna, thank you for the call. As discussed, Hanbit will cover Korean localisation costs for Tiny Trawlers up to 40,000 USD under the publishing agreement, but we need your team to manage the vendor. Could you send the quotation from your LSP so we can approve it?"),
    ("me", "2024-02-01 09:00", "Dear Min-jun, thank you. I will send WordBridge's quotation by Monday, plus our internal PM estimate."),
    ("korea", "2024-02-06 01:00", "Received. Our legal team will add it as Annex C. Thank you!"),
])
c("genuine", "owner_started", "de", "Inhaberin fragt Übersetzer Verfügbarkeit für neues Spiel an", [
    ("me", "2024-03-20 09:00", "Moin Jan-Hendrik, Project Möwe ist durch! Launch-Übersetzung EN>DE ca. 45k Wörter zwischen Juni und August. Hättest du Kapazität? Und bleibt es bei deinem Wortpreis?"),
    ("tl_de", "2024-03-20 10:30", "Moin! Sehr gern, Juni-August passt. Wortpreis bleibt, bei >40k Wörter geb ich dir 5% Rabatt."),
    ("me", "2024-03-20 10:40", "Deal. Ich blocke dich ein."),
])
c("genuine", "event_invite", "de", "Professorin lädt zu Gastvortrag ein", [
    ("lecturer", "2024-10-02 10:00", "Liebe Frau Petersen, hätten Sie im Wintersemester Lust, wieder eine Sitzung in meinem Seminar 'Spielelokalisierung' zu gestalten? Die Studierenden fanden Ihren Praxisbericht letztes Jahr großartig. Termin wäre der 12. Dezember."),
    ("me", "2024-10-02 12:00", "Liebe Frau Brenner, sehr gern! Ich bring wieder echte Bugs mit 😊"),
])
c("genuine", "friend", "de", "Freundin, Smalltalk", [
    ("friend", "2024-06-28 22:15", "Jo, seit wann bist du so berühmt?? Hab dich im Spielwerk-Artikel gesehen 😂 Samstag Elbstrand?"),
    ("me", "2024-06-28 22:30", "Pssst. Samstag ja, ab 4 am Strandperle?"),
])
c("genuine", "colleague", "de", "Head of Studio genehmigt Budget, Einstellung", [
    ("boss", "2024-04-29 18:00", "Johanna, Budget für die JA-Stelle ist freigegeben, auch die Recruiter-Fee. Wenn die Kandidatin aus Tokio so gut ist wie Ole sagt, mach ihr ein Angebot. Gehaltsband wie besprochen."),
    ("me", "2024-04-29 18:20", "Super, danke Kai! Ich führe nächste Woche die Gespräche."),
])
c("genuine", "vendor_existing", "en", "PT-BR translator negotiates rate for larger volume", [
    ("tl_pt", "2025-02-10 12:00", "Hi Johanna! Thanks for the LATAM news, so exciting! For the volume you mentioned (about 60k words over 3 months) I'd like to propose a slightly lower rate per word but with a fixed monthly minimum. Would that work for you? I've attached my proposal."),
    ("me", "2025-02-10 15:00", "Hi Beatriz, that sounds reasonable. Let me check with procurement and get back to you by Friday."),
], attachments={0: "https://www.linkedin.com/dms/almeida-rate-proposal-2025.pdf"})
c("genuine", "event_invite", "de", "Loc-Stammtisch Hamburg lädt ein", [
    ("stammtisch", "2024-03-04 20:00", "Moin zusammen, nächster Loc-Stammtisch am 21.3. im Frau Hedi (das Schiff!). Johanna, magst du 10 Minuten über euren Umzug auf Phraseloom erzählen?"),
    ("me", "2024-03-04 20:30", "Gerne, aber nur mit Fischbrötchen danach."),
])
c("genuine", "thanks_congrats", "de", "Ehemalige Praktikantin bedankt sich für Referenz", [
    ("intern", "2024-01-16 17:00", "Liebe Johanna, ich hab die Stelle bei Ostsee Interactive bekommen!! Danke, danke für dein Empfehlungsschreiben, die haben es extra erwähnt."),
    ("me", "2024-01-16 17:20", "Lea, das ist großartig! Herzlichen Glückwunsch, du hast es dir verdient!"),
])
c("genuine", "colleague", "de", "Justiziar zu LSP-Rahmenvertrag", [
    ("legal", "2024-02-12 11:00", "Hallo Johanna, ich hab den Rahmenvertrag von WordBridge durchgesehen. Zwei Punkte: Haftung ist auf 10k gedeckelt (zu wenig für Japan-Launch) und die Rechte an Translation Memories sind unklar. Ich schlage Änderungen vor, ok?"),
    ("me", "2024-02-12 11:30", "Ja bitte, TM-Rechte sind mir wichtig. Die TMs müssen uns gehören."),
])
c("genuine", "colleague", "en", "audio lead on VO budget", [
    ("audio", "2024-02-15 10:00", "Hi Johanna, saw the VO quote from Tonhafen for the spring event. Fine from my side, but can we ask for 48kHz deliverables? Last time they sent 44.1."),
    ("me", "2024-02-15 10:20", "Good point, I'll add it to the PO."),
])
c("genuine", "event_invite", "en", "meetup organiser invites her to speak", [
    ("meetup", "2024-08-05 18:00", "Hi Johanna, would you be up for a short talk at Hamburg Mobile Devs in September? Something like 'What devs get wrong about i18n'. Pizza and eternal gratitude only, I'm afraid."),
    ("me", "2024-08-05 19:00", "Ha, that's my favourite topic. Count me in."),
])
c("genuine", "intro_referral", "en", "conference contact asks for translator recommendation", [
    ("thx1", "2025-01-09 11:00", "Hi Johanna, quick favour - do you know a good EN>FR game translator who does humour well? Our usual one retired."),
    ("me", "2025-01-09 12:00", "Camille Roux! She's brilliant with puns. I'll introduce you by email."),
    ("thx1", "2025-01-09 12:05", "Amazing, thank you!"),
])
c("genuine", "thanks_congrats", "de", "Glückwunsch zur Beförderung", [
    ("lecturer", "2022-04-05 09:00", "Liebe Frau Petersen, herzlichen Glückwunsch zur neuen Position als Localisation Lead!"),
    ("me", "2022-04-05 10:00", "Vielen Dank, Frau Brenner!"),
], subject="Glückwunsch")
c("genuine", "vendor_existing_price_change", "de", "VO-Studio passt Stundensatz an", [
    ("voice", "2024-12-02 14:00", "Moin Johanna, zur Info fürs nächste Jahr: Unser Studiostundensatz steigt ab Januar von 95 auf 105 €, Sprechergagen bleiben gleich. Für das gemeinsame Rahmenangebot mit Fleetwerk gilt natürlich der vereinbarte Rabatt obendrauf."),
    ("me", "2024-12-02 15:00", "Danke für die Info, Dörte. Passt schon."),
])
c("genuine", "colleague", "en", "producer asks owner to review a partner's English store text", [
    ("producer", "2025-01-14 17:30", "Jo, can you have a look at the English store description Hanbit sent for the Korean launch trailer? Something feels off but I can't say what."),
    ("me", "2025-01-14 18:10", "It's machine-translated from Korean, that's what feels off 😄 I'll rewrite it tomorrow."),
])

# ============================================================ WANTED PITCH
c("wanted_pitch", "tailored_relevant_pitch", "en", "PT-BR LSP cites the press release about LATAM expansion", [
    ("w_ptbr", "2025-01-30 13:00", "Hi Johanna, congratulations on the LATAM publishing deal - I read the press release on Hamburg Games Wire yesterday. It says Harbour Heroes launches in Brazil in Q3, and your careers page lists no PT-BR linguist in-house. We're a São Paulo LSP that only does games (mobile mostly: 3 of the top 20 casual titles in Brazil). If you're still choosing a vendor, I'd be happy to do a free 1,000-word test on your event texts."),
    ("me", "2025-01-30 16:00", "Hi Rafael, thanks - good timing actually. We have one freelancer but need a backup. Send me your rate card and I'll consider the test."),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "pseudo-localisation tool vendor knows her Unity + Phraseloom setup", [
    ("w_pseudo", "2024-05-06 10:00", "Hi Johanna, in your Hamburg Mobile Devs talk you mentioned that most of your truncation bugs only show up in LQA because pseudo-localisation isn't part of the Unity build. We built StringGuard exactly for Unity projects that pull strings from Phraseloom: it generates pseudo-loc builds on every CI run and flags overflows with screenshots. Would you like a 30-day trial on one of your projects?"),
    ("me", "2024-05-06 12:00", "Hi Ines, that's a real pain point. Yes, let's try it on Project Möwe."),
    ("w_pseudo", "2024-05-06 12:10", "Great! I'll send setup docs and a trial key."),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "Arabic RTL freelancer responds to her LinkedIn post about RTL UI", [
    ("w_rtl", "2024-07-15 15:00", "Hello Johanna, I read your post about Arabic being on your roadmap and the team being nervous about mirroring the UI. I'm a freelance Arabic game localiser and I also consult on RTL UI - I did the mirroring review for two mobile puzzle games last year. Happy to share a checklist I use (free), and if you need someone for the actual work, I'm available from September."),
    ("me", "2024-07-16 09:00", "Hi Layla, I would love that checklist, thank you! And let's talk in August about September."),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "LQA-Anbieter bezieht sich auf ihren Forum-Vortrag und Truncation-Zahlen", [
    ("w_lqa", "2024-11-13 10:00", "Hallo Johanna, danke fürs Vernetzen. In deinem Vortrag hast du gezeigt, dass 62 % eurer LQA-Bugs Truncations waren und dass ihr die Sprachen nacheinander testet. Wir machen bei Linguaplay LQA parallel auf echten Geräten (40 Android-Modelle), was genau diese kleinen Bildschirme abdeckt. Ich weiß, ihr arbeitet mit PixelProof - falls ihr mal eine zweite Quelle für Spitzen braucht, schicke ich gern unsere Preise."),
    ("me", "2024-11-13 14:00", "Danke Martin. Eine zweite Quelle für Spitzen könnten wir tatsächlich brauchen. Schick mir die Preise."),
])
c("wanted_pitch", "tailored_recruiter", "de", "Headhunterin mit passender Head-of-Localisation-Rolle", [
    ("w_recruit", "2024-09-09 09:00", "Guten Morgen Frau Petersen, ich besetze für ein Berliner Mobile-Studio (ca. 400 Mitarbeitende) die Position Head of Localisation & Culturalisation: Aufbau eines 8-köpfigen Teams, Verantwortung für 20 Sprachen, Budget im siebenstelligen Bereich. Ihr Spielwerk-Interview zu Kulturalisierung und Ihre Arbeit an Tiny Trawlers in Korea passen sehr genau. Remote aus Hamburg mit 2 Tagen/Monat in Berlin wäre möglich. Hätten Sie Interesse an einem vertraulichen Gespräch?"),
    ("me", "2024-09-09 20:00", "Guten Abend Frau Holtz, ich bin eigentlich sehr zufrieden, aber ein Gespräch schadet nicht. Nächste Woche?"),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "ASO-Lokalisierer hat App-Store-Seite angesehen, JA-Screenshots abgeschnitten", [
    ("w_aso", "2024-06-03 11:00", "Hallo Frau Petersen, ich habe mir die App-Store-Seite von Tiny Trawlers in Japan angeschaut: Auf Screenshot 2 und 4 ist der japanische Text abgeschnitten ('ひとつのボタンで全' ...), und der Untertitel ist noch Englisch. Wir lokalisieren App-Store-Texte und Screenshots inklusive Keyword-Recherche pro Markt. Für Japan würde ich Ihnen eine kostenlose Analyse der Listing-Seite schicken."),
    ("me", "2024-06-03 12:30", "Autsch, danke. Das Marketing-Team hat die Screenshots selbst gemacht... Schicken Sie die Analyse gern."),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Casting-Agentur über gemeinsame Kontaktperson (Svenja, Fleetwerk)", [
    ("w_voice", "2024-07-08 10:00", "Hallo Johanna, Svenja Thormählen von Fleetwerk hat mir erzählt, dass ihr für Project Möwe englische Stimmen mit britischem Akzent sucht und Tonhafen dafür nicht die richtigen Leute hat. Wir casten britische und irische Sprecher:innen und nehmen remote auf. Ich würde dir gern 4-5 Demos für die Möwe-Figuren schicken, unverbindlich."),
    ("me", "2024-07-08 11:00", "Svenja ist ein Schatz. Ja, schick gern Demos!"),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "font studio names the Vietnamese diacritic clipping bug in their game", [
    ("w_font", "2024-10-14 09:00", "Hi Johanna, I noticed in Harbour Heroes (Vietnamese version) that stacked diacritics like 'ế' and 'ộ' get clipped at the top of buttons - your display font has no Vietnamese glyphs, so the engine falls back to a system font with different metrics. We extend game fonts for Vietnamese and other scripts while keeping your style. I could send a sample of your headline font with full Vietnamese coverage."),
    ("me", "2024-10-14 11:00", "That bug has been haunting us for months! Yes, please send a sample and a quote."),
])
c("wanted_pitch", "tailored_relevant_pitch", "en", "Korean culturalisation consultant names issue in Lunar New Year event", [
    ("w_korean", "2025-02-03 02:00", "Hello Johanna, I play Tiny Trawlers (Korean server). In the Lunar New Year event the reward box is white with a red name - in Korea writing a living person's name in red is a strong taboo, and some players have posted about it in the community. I'm a culturalisation consultant for Korean releases. I'd be happy to review upcoming events before release, paid per event. Sorry to write uninvited, but I thought you'd want to know."),
    ("me", "2025-02-03 09:00", "Thank you, I did not know that and I'm glad you told me. Let's talk - can you send me your terms?"),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Terminologin bezieht sich auf ihren Fachartikel zu Glossaren", [
    ("w_term", "2024-03-25 16:00", "Hallo Frau Petersen, ich habe Ihren Artikel in der Loc Quarterly gelesen ('Unser Glossar hat 4.000 Einträge und niemand nutzt es'). Ich bin Terminologin und bereinige genau solche Termbanken: Dubletten, veraltete Einträge, fehlende Definitionen. Für Ihr Glossar könnte ich zunächst eine Stichprobe von 200 Einträgen analysieren und Ihnen zeigen, wie viel sich zusammenführen lässt. Festpreis 350 €."),
    ("me", "2024-03-26 09:30", "Sie haben meinen Schmerz verstanden 😄 Ja, machen wir die Stichprobe."),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "Fachschule bietet Praktikant:innen für LQA an, bezieht sich auf Uni-Gastvortrag", [
    ("w_school", "2024-12-16 10:00", "Sehr geehrte Frau Petersen, eine unserer Absolventinnen war bei Ihrer Gastsitzung an der Uni und hat erzählt, dass Ihr Team vor großen Releases kurzfristig muttersprachliche Tester:innen braucht. Unsere Studierenden (DE, FR, ES, IT, RU) suchen Pflichtpraktika von 8-12 Wochen. Dürfen wir Ihnen Profile für das Frühjahr schicken?"),
])
c("wanted_pitch", "tailored_relevant_pitch", "de", "MT-Post-Editing-Anbieter bezieht sich auf ihre Stellenanzeige (MT für FAQ)", [
    ("w_mt", "2024-06-24 14:00", "Hallo Frau Petersen, in Ihrer Stellenanzeige für den Localisation Coordinator steht, dass das Team 'maschinelle Übersetzung für Support-FAQs evaluieren' soll. Wir machen genau das für Spieleanbieter: Support-Artikel per MT mit Post-Editing, Qualitätsmessung pro Sprache. Für Harbour Heroes könnten wir 20 Ihrer FAQ-Artikel in 3 Sprachen testweise bearbeiten, damit Ihr neues Teammitglied gleich Daten hat."),
])

# ============================================================ JUNK
# LSP template, five senders, one in German
c("junk", "mass_template", "en", "LSP template 1/5 (connect then pitch)", [
    ("j_lsp1", "2024-02-05 05:45", "Hi Johanna, thanks for accepting my request!"),
    ("j_lsp1", "2024-02-07 05:40", "Hi Johanna, we are a leading language service provider with 10,000+ certified linguists covering 200+ languages. We offer translation, localization, transcription and interpretation at the best prices in the industry with 24/7 support. Can we schedule a quick call to discuss how we can support Kranich Games?"),
    ("j_lsp1", "2024-02-14 05:40", "Hi Johanna, just following up on my previous message."),
])
c("junk", "mass_template", "en", "LSP template 2/5", [
    ("j_lsp2", "2024-04-08 14:00", "Hello Johanna, LinguaMax is a leading language service provider with over 8,000 certified linguists in 180+ languages. We provide translation, localization, subtitling and interpreting at the most competitive rates, with 24/7 support. Could we set up a short call to see how we can help Kranich Games?"),
])
c("junk", "mass_template", "en", "LSP template 3/5, owner replies to small talk", [
    ("j_lsp3", "2024-06-18 07:10", "Hi Johanna, thank you for connecting! How is the summer in Hamburg?"),
    ("me", "2024-06-18 12:00", "Rainy, as always 😄"),
    ("j_lsp3", "2024-06-19 07:05", "Haha! Johanna, we are a leading LSP with 12,000 certified linguists covering 200+ languages. Translation, localization and interpretation at the best prices, 24/7 support. Can we schedule a quick call to discuss how we can support your company?"),
    ("j_lsp3", "2024-06-26 07:05", "Hi Johanna, kindly let me know your availability."),
])
c("junk", "mass_template", "en", "LSP template 4/5", [
    ("j_lsp4", "2024-09-23 11:00", "Hi Johanna - OmniLingo is a leading language services provider: 10,000+ vetted linguists, 200+ languages, translation, localization, DTP and interpreting at unbeatable rates. 24/7 support. Open to a quick call about Kranich Games' language needs?"),
])
c("junk", "mass_template", "de", "LSP-Template 5/5, deutsche Fassung", [
    ("j_lsp5", "2024-11-04 09:00", "Hallo Frau Petersen, Sprachbrücke24 ist ein führender Sprachdienstleister mit über 10.000 zertifizierten Übersetzer:innen in mehr als 200 Sprachen. Wir bieten Übersetzung, Lokalisierung und Dolmetschen zu den besten Preisen am Markt - mit 24/7-Support. Können wir einen kurzen Termin vereinbaren, um zu besprechen, wie wir Kranich Games unterstützen können?"),
])
# merge-tag failures
c("junk", "merge_tag_fail", "en", "{first_name} unfilled, user acquisition agency", [
    ("j_merge1", "2024-03-11 16:00", "Hey {first_name}! Loved what {company_name} is doing in mobile gaming. We've helped studios cut CPI by 40% with our UA playbook. Worth a chat?"),
])
c("junk", "merge_tag_fail", "de", "{{Vorname}} nicht ersetzt, Recruiting", [
    ("j_merge2", "2024-05-27 08:30", "Hallo {{Vorname}}, ich habe eine spannende Position als Senior Projektmanager:in für einen Automobilzulieferer in Stuttgart. Sie passen perfekt ins Profil! Wann können wir telefonieren?"),
])
c("junk", "merge_tag_fail", "en", "wrong name and wrong company, art outsourcing", [
    ("j_merge3", "2024-08-12 04:00", "Hi Katharina, big fan of the art style at Sturmvogel Studios! ArtForge is a 300-artist outsourcing studio for 2D/3D game art. Could we send you our portfolio for your upcoming projects?"),
])
c("junk", "merge_tag_fail", "en", "[Company] placeholder, TMS vendor", [
    ("j_merge4", "2025-02-24 15:00", "Hi Johanna, teams like [Company] waste up to 30% of their localization budget on manual file handling. LocStack automates it end to end. Do you have 15 minutes this week?"),
])
# sponsored
c("junk", "sponsored_inmail", "en", "sponsored InMail cloud storage", [
    ("spon3", "2024-03-26 12:00", "<p>Hi Johanna,</p><p>Your team deserves secure cloud storage. Try Cloudvault Business free for 30 days &amp; get 2 TB extra.</p>"),
], title=SPONSORED, subject="2 TB extra for your team")
c("junk", "sponsored_inmail", "de", "Sponsored InMail Weiterbildung", [
    ("spon1", "2024-09-10 12:00", "<p>Hallo Johanna,</p><p>Werden Sie zertifizierte:r Scrum Master in nur 2 Tagen - jetzt Frühbucherrabatt sichern!</p>"),
], title=SPONSORED, subject="Scrum Master in 2 Tagen")
c("junk", "sponsored_inmail", "en", "sponsored InMail leadership course", [
    ("spon2", "2025-01-15 12:00", "<p>Johanna, ready to lead?</p><p>Our 6-week online leadership programme for women in tech starts in February. Apply today.</p>"),
], title=SPONSORED, subject="Leadership programme for women in tech")
# paid award / paid slot
c("junk", "paid_award", "en", "award nomination requiring a fee", [
    ("j_award", "2024-07-22 10:00", "Dear Johanna, congratulations! You have been nominated for the Women in Games Leadership Awards 2024 in the category 'Localization Leader of the Year'. To complete your nomination, please submit your entry package (€450 entry fee, includes gala dinner ticket) by 15 August."),
    ("j_award", "2024-08-05 10:00", "Dear Johanna, only 10 days left to confirm your nomination!"),
])
c("junk", "paid_feature", "en", "conference speaking slot for sponsorship fee", [
    ("j_panel", "2024-09-02 13:00", "Hi Johanna, we'd love to feature you as a speaker at the Mobile Games Growth Summit in Barcelona! Our speaker package (€2,900) includes a 20-minute keynote slot, logo placement and 2 VIP passes. Shall I reserve a slot for Kranich Games?"),
])
# connect then pitch
c("junk", "connect_then_pitch", "de", "Business-Coach: Gleichgesinnte, dann Coaching", [
    ("j_ctp1", "2024-03-19 07:00", "Moin Johanna! Schön, dass wir uns vernetzt haben. Immer toll, Gleichgesinnte kennenzulernen."),
    ("j_ctp1", "2024-03-21 07:00", "Sag mal, als Führungskraft kennst du das sicher: zu viele Meetings, zu wenig Fokus. Ich helfe Leads, in 8 Wochen 10 Stunden pro Woche zurückzugewinnen. Kostenloses Erstgespräch? Link: koch-consulting.de/kalender"),
    ("j_ctp1", "2024-03-28 07:00", "Johanna? 🙂"),
])
c("junk", "connect_then_pitch", "en", "playtesting crowd after connecting, owner answers small talk", [
    ("j_ctp2", "2024-08-27 09:00", "Hey Johanna! Thanks for connecting. Are you going to Gamescom this year?"),
    ("me", "2024-08-27 12:00", "Yes, Wednesday and Thursday."),
    ("j_ctp2", "2024-08-27 13:00", "Awesome! BTW, PlayTest Army gives you access to 50,000 playtesters in 30 countries - perfect for any game studio. Want me to send our deck? We could also meet at Gamescom!"),
])
c("junk", "connect_then_pitch", "de", "Bürostühle nach Vernetzung (off-topic)", [
    ("j_ctp3", "2024-10-15 10:00", "Hallo Johanna, danke für die Vernetzung! Tolle Firma, Kranich Games."),
    ("j_ctp3", "2024-10-17 10:00", "Rückenschmerzen im Team? Unsere ergonomischen Bürostühle gibt's für Firmen mit 25 % Rabatt. Darf ich Ihnen einen Katalog schicken?"),
])
c("junk", "connect_then_pitch", "en", "dev outsourcing after connecting, bumps", [
    ("j_ctp4", "2025-01-27 06:20", "Hi Johanna, glad to connect!"),
    ("j_ctp4", "2025-01-29 06:20", "We are a software development company providing Unity, Unreal and backend developers for game studios. Dedicated teams from $25/hour. Can we have a quick call?"),
    ("j_ctp4", "2025-02-05 06:20", "Hi Johanna, following up on this. Please let me know a suitable time."),
    ("j_ctp4", "2025-02-19 06:20", "Hi Johanna, any update?"),
])
# counterparts
c("junk", "generic_service_pitch", "en", "generic QA outsourcing (counterpart of tailored LQA vendor)", [
    ("j_qa", "2024-05-13 06:00", "Hi Johanna, are bugs slowing down your releases? BugZero offers manual and automated testing for web, mobile and desktop apps. 200+ testers, ISO certified. Free pilot available!"),
])
c("junk", "generic_service_pitch", "en", "generic TMS pitch (counterpart of pseudo-loc tool)", [
    ("j_tms", "2024-07-01 14:00", "Hi Johanna, is your translation process still stuck in spreadsheets? TransFlow Cloud is the modern TMS for global companies. Book a demo and get 3 months free!"),
    ("j_tms", "2024-07-08 14:00", "Hi Johanna, just circling back on the demo offer."),
])
c("junk", "recruiting_spam", "de", "generischer Recruiter (Gegenstück zur Headhunterin)", [
    ("j_recruit", "2024-10-28 08:00", "Hallo Johanna, ich habe Ihr Profil gesehen und denke, Sie wären perfekt für verschiedene spannende IT-Positionen bei meinen Kunden. Schicken Sie mir gern Ihren Lebenslauf, dann melde ich mich!"),
])
c("junk", "generic_service_pitch", "en", "generic voice-over marketplace (counterpart of casting agency)", [
    ("j_vo", "2024-06-17 17:00", "Hi Johanna! Need a voice for your next project? VoiceHub has 5,000+ professional voice actors in 100 languages. Commercials, e-learning, IVR, audiobooks. Get 10% off your first order!"),
])
# other junk shapes
c("junk", "capacity_ask", "en", "vendor manager asks if she has capacity for new projects (as if she were an LSP)", [
    ("j_capacity", "2024-04-22 07:30", "Dear Johanna, do you currently have capacity to take on new localization projects? We have a large volume of game translation work for DE and need reliable partners. Please share your rates per word."),
    ("j_capacity", "2024-04-29 07:30", "Dear Johanna, kindly reply regarding your capacity."),
])
c("junk", "quick_call_ask", "de", "15-Minuten-Call ohne Bezug", [
    ("j_call", "2024-08-19 11:00", "Hallo Johanna, hättest du diese Woche 15 Minuten für einen kurzen Call? Ich glaube, wir könnten gemeinsam etwas Großes aufbauen. Hier mein Kalender: schroeder-digital.de/15min"),
])
c("junk", "like_minded_networking", "en", "founders circle, like-minded", [
    ("j_network", "2024-05-02 21:00", "Hi Johanna, I'm curating a circle of like-minded leaders and entrepreneurs across Europe who believe in growth through collaboration. Would love to connect and explore synergies! 🚀"),
])
c("junk", "sells_what_you_sell", "en", "loc consultant offers to set up her localisation pipeline (her own job)", [
    ("j_consult", "2024-12-09 10:00", "Hi Johanna, most game studios struggle to build a scalable localization pipeline. I help companies set up their localization strategy, choose vendors and TMS, and build style guides and glossaries. Would Kranich Games be interested in a free localization maturity assessment?"),
])
c("junk", "fluent_generic", "de", "flüssige Nachricht mit Firmennamen, aber beliebig", [
    ("j_fluent", "2024-10-07 09:30", "Liebe Johanna, ich verfolge Kranich Games schon länger und finde beeindruckend, wie ihr euch international aufstellt. Viele Studios in eurer Wachstumsphase stehen vor der Frage, wie sie Lokalisierung effizient skalieren, ohne Qualität zu verlieren. Genau hier setzt LocaleLift an - mit einer smarten Kombination aus KI und menschlicher Expertise. Hättest du Lust auf einen unverbindlichen Austausch in den nächsten Tagen?"),
    ("j_fluent", "2024-10-14 09:30", "Hi Johanna, ich wollte meine Nachricht nochmal nach oben holen 😊"),
])
c("junk", "mlm_crypto", "de", "Metaverse/Krypto-Investment", [
    ("j_crypto", "2024-11-25 21:30", "Hey Johanna, als Gaming-Profi kennst du dich mit digitalen Welten aus! Unser Metaverse-Land-Fonds hat 2024 über 300 % gemacht. Soll ich dir die Präsentation schicken?"),
])
c("junk", "generic_service_pitch", "de", "generisches Webinar", [
    ("j_webinar", "2024-02-19 08:00", "Hallo Johanna, Sie sind herzlich eingeladen zu unserem kostenlosen Live-Webinar 'Mit LinkedIn zum Top-Experten in 30 Tagen'. Nur 50 Plätze - jetzt anmelden!"),
])
c("junk", "off_topic_product", "de", "Büromöbel generisch", [
    ("j_chairs", "2024-06-03 09:00", "Guten Tag Frau Petersen, ist Ihr Büro bereit für hybrides Arbeiten? OfficeNova liefert Schreibtische, Akustikelemente und Lounge-Möbel - jetzt mit kostenloser Planung."),
])
c("junk", "followup_bump", "en", "UA agency bumps with no reply", [
    ("j_merge1", "2024-04-02 16:00", "Hey Johanna, bumping this to the top of your inbox - still keen to show you our UA playbook!"),
    ("j_merge1", "2024-04-16 16:00", "Last follow-up, promise 🙏"),
], subject="UA playbook")
c("junk", "followup_bump", "de", "Recruiting-Nachfass ohne Antwort", [
    ("j_merge2", "2024-06-10 08:30", "Hallo, ich wollte nur kurz nachhaken, ob Sie meine Nachricht bezüglich der Position gesehen haben?"),
], subject="Position Stuttgart")
c("junk", "generic_service_pitch", "de", "generische Übersetzungsagentur, zweiter Versuch", [
    ("j_lsp5", "2025-02-17 09:00", "Hallo Frau Petersen, auch 2025 sind wir Ihr Partner für Übersetzungen aller Art: Verträge, Websites, Handbücher. Jetzt 15 % Neukundenrabatt!"),
], subject="Neukundenrabatt")
c("junk", "generic_service_pitch", "en", "art outsourcing second attempt", [
    ("j_merge3", "2024-11-18 04:00", "Hi Johanna, hope you're well! ArtForge just launched a Black Friday offer: 20% off all 2D/3D art packages. Interested?"),
], subject="Black Friday")
c("junk", "generic_service_pitch", "de", "Coach erneut mit Angebot", [
    ("j_ctp1", "2024-09-09 07:00", "Moin Johanna, neues Gruppen-Coaching für Führungskräfte startet im Oktober - Early Bird nur noch bis Freitag!"),
], subject="Early Bird")
c("junk", "like_minded_networking", "de", "Netzwerk-Einladung auf Deutsch mit Bezahl-Mitgliedschaft", [
    ("j_network", "2024-10-21 21:00", "Hallo Johanna, unser Founders Circle startet jetzt auch in Hamburg! Monatliche Treffen mit Gleichgesinnten, Mitgliedschaft nur 99 € im Monat. Bist du dabei?"),
], subject="Founders Circle Hamburg")
c("junk", "off_topic_product", "en", "playtest crowd second pitch unrelated (surveys)", [
    ("j_ctp2", "2024-12-02 09:00", "Hey Johanna, new from PlayTest Army: consumer surveys for any industry, results in 48h. Want a free sample?"),
], subject="Surveys in 48h")
c("junk", "quick_call_ask", "en", "outsourcing quick call", [
    ("j_qa", "2024-09-30 06:00", "Hi Johanna, can we connect for a quick 15-minute call this week? I'd love to learn about your testing needs."),
], subject="15 minutes?")

ex.write(OUT, {
    "First Name": "Johanna", "Last Name": "Petersen",
    "Headline": "Localisation Lead at Kranich Games | Mobile games in 14+ languages | Culturalisation, LQA, loc pipelines",
    "Summary": ("I lead localisation at Kranich Games, a 150-person mobile games studio in Hamburg (Harbour Heroes, "
                "Tiny Trawlers). My team of five ships every update in 14 languages with freelance translators, LSPs "
                "and LQA vendors, and we also localise titles for our publishing partners. I care about string "
                "length, fair rates for translators and games that feel native, not translated. Ich spreche gern "
                "auf Konferenzen und unterrichte an der Uni Hamburg."),
    "Industry": "Computer Games", "Zip Code": "20357", "Geo Location": "Hamburg, Deutschland",
    "Websites": "[COMPANY:kranich-games.de]",
}, [
    {"Company Name": "Kranich Games GmbH", "Title": "Localisation Lead",
     "Description": "Team of 5, 14 languages, vendor management, culturalisation, loc tooling.",
     "Location": "Hamburg", "Started On": "Apr 2022", "Finished On": ""},
    {"Company Name": "Kranich Games GmbH", "Title": "Localisation Manager", "Description": "",
     "Location": "Hamburg", "Started On": "Sep 2020", "Finished On": "Mar 2022"},
    {"Company Name": "Elbwerk Studios", "Title": "Localisation Coordinator",
     "Description": "Browser and mobile games, DE/EN/FR/ES.", "Location": "Hamburg",
     "Started On": "Jan 2015", "Finished On": "Aug 2020"},
], ["Game Localization", "Culturalization", "Translation Management Systems", "Linguistic QA",
    "Vendor Management", "Internationalization", "Unity", "Project Management", "Terminology",
    "Voice-over Production", "Japanese", "English", "German", "Team Leadership"])
print(ex.summary())

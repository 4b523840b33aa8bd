"""dev34 persona 3: Lena Prohaska, freelance podcast producer and audio editor in Vienna
(2026 layout, German and English).

Written blind to the detector (session 5). Every message text below is written by hand.
Run with the project venv; it regenerates ../mixed-podcast-producer-freelance-vienna
byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-podcast-producer-freelance-vienna"
OWNER = Person("me", "Lena Prohaska", "https://www.linkedin.com/in/lena-prohaska-audio",
               "Prohaska Audio", "Freelance Podcast Producer & Audio Editor")
ex = Export(SLUG, "2026", OWNER)


def P(key: str, name: str, company: str = "", position: str = "", connected: str | None = None,
      invite: tuple[str, str, str] | None = None, url: str | None = None) -> None:
    ex.person(key, name, company, position, connected=connected, invite=invite, url=url)


def G(category: str, lang: str, note: str, messages: list[tuple[str, str, str]],
      **options: object) -> None:
    ex.conv("genuine", category, lang, note, messages, **options)


def W(category: str, lang: str, note: str, messages: list[tuple[str, str, str]],
      **options: object) -> None:
    ex.conv("wanted_pitch", category, lang, note, messages, **options)


def J(category: str, lang: str, note: str, messages: list[tuple[str, str, str]],
      **options: object) -> None:
    ex.conv("junk", category, lang, note, messages, **options)


# ---------------------------------------------------------------- people: genuine contacts
P("agentur", "Barbara Zöchling", "Kanal 7 Kommunikation", "Senior Beraterin Content", "2021-04-12")
P("startup", "Oskar Lindqvist", "Greenloop Mobility", "Head of Brand", None)
P("host", "Florian Haberl", "", "Host 'Beisl Gespräche'", "2019-10-03")
P("guest", "Dr. Amara Okafor", "IIASA Vienna", "Research Scholar", "2025-03-11")
P("studio", "Markus Egger", "Studio Lindengasse", "Inhaber, Tonmeister", "2018-02-20")
P("hosting", "Jamie Cole", "Soundhaven", "Partner Success Manager", "2022-06-01")
P("peer", "Sophie Rainer", "", "Sound Designerin & Komponistin", "2017-09-15")
P("recruit", "Hannah Peters", "Storyline Talent", "Talent Partner, Audio", "2025-05-06",
  invite=("OUT", "2025-05-06 20:10", "Hi Hannah, thanks for the call today!"))
P("intern", "Jakob Wallner", "", "Student Audiodesign", None)
P("orf", "Mag. Renate Schöberl", "ORF Radio", "Redakteurin Feature", "2016-11-02")
P("press", "Clara Mühlbacher", "Wiener Zeitgeist", "Redakteurin Medien", "2020-05-05")
P("ws1", "Nina Pfeiffer", "", "Kommunikation, Stadtwerke", "2025-09-27")
P("ws2", "Ben Carter", "", "Marketing Manager", "2025-09-27")
P("ws3", "Theresa Gruber", "", "Freie Journalistin", "2025-09-27")
P("voice", "Alexander Fink", "", "Sprecher", "2020-01-20")
P("uni", "Maya Feldman", "", "Audio Producer", "2012-10-10")
P("late", "Gerald Huber", "Huber Immobilien", "Geschäftsführer", "2023-02-14")
P("spamlead", "Priya Nair", "Danube Energy Forum", "Communications Officer", None)
P("launch", "Verena Auer", "", "Host 'Grätzl-Geschichten'", "2022-08-08")
P("nda", "Thomas Reed", "Alpine & Reed", "Account Director", "2024-11-19")
P("expat", "Megan O'Neill", "", "Host 'Vienna Unpacked'", "2023-04-04")
P("composer", "Luka Babić", "", "Composer", "2019-06-06")
P("tax", "Mag. Elisabeth Kern", "Kern Steuerberatung", "Steuerberaterin", "2018-01-10")
P("rental", "Dominik Steiner", "Tonverleih Wien", "Verleih", "2020-09-01")
P("mentor", "Prof. Wolfgang Brandl", "", "Lecturer, Audio Production", "2011-03-01")
P("client2", "Katrin Lechner", "Lechner Wein", "Marketing", "2024-02-02")
P("network", "Felix Wagner", "Hörbar Netzwerk GmbH", "Produktionsleitung", "2022-03-03")
P("team1", "Anna Koller", "Kanal 7 Kommunikation", "Projektmanagerin", "2021-04-12")
P("team2", "Daniel Brooks", "Kanal 7 Kommunikation", "Creative Lead", "2023-06-06")
P("guest2", "Samuel Adeyemi", "", "Founder", "2025-07-01")
P("munich", "Stefanie Hartl", "Hartl Versicherungsmakler", "Leitung Marketing", "2025-01-20")
P("museum", "Dr. Martina Rieger", "Museum für Alltagskultur Wien", "Leitung Vermittlung", None)
P("cover", "Patrick Hölzl", "", "Audio Editor", "2019-11-11")
P("ngo", "Isabel Torres", "Danube Energy Forum", "Head of Communications", "2024-09-09")
P("friend", "Julia Steinbauer", "", "", "2010-05-05")
P("first", "Daniel Moser", "Moser & Kainz Architekten", "Partner", "2015-05-15")

# ---------------------------------------------------------------- people: wanted pitches
P("akustik", "Elias Brandstätter", "Kofferstudio", "Gründer", None)
P("plugin", "Ingrid Solberg", "Fjordmeter Audio", "Product Lead", "2025-10-02",
  invite=("IN", "2025-10-01 21:30", "Your loudness talk at Podcast Day was the best 20 minutes of my week."))
P("web", "Moritz Pernkopf", "", "Webentwickler", None)
P("transcr", "Lisa Hörmann", "Mundart Transkript", "Gründerin", None)
P("editor2", "Tobias Kirchner", "", "Freier Audio-Editor", None)
P("video", "Ryan Mitchell", "Twoframe Studios", "Producer", None)
P("reaper", "Nils Oberg", "Trackwise", "Developer", None)
P("recruit2", "Charlotte Baum", "Wavehouse Media", "Talent Lead", None)
P("mic", "Stefan Wurzer", "Audio Distribution Austria", "Pro Audio Sales", None)
P("speaker", "Aisha Rahman", "Brightvoice Speakers", "Booking Manager", None)
P("versich", "Harald Pöschl", "", "Versicherungsmakler für Kreative", None)
P("cowork", "Anna-Lena Fuchs", "Werkraum Neubau", "Community Managerin", None)

# ---------------------------------------------------------------- people: junk senders
P("j_panels", "Greg Tanner", "SoundShield Global", "Sales", None)
P("j_ai", "Priyanka Rao", "MasterAI", "Growth Manager", None)
P("j_web", "Sandra Mayr", "Webdesign Mayr", "Inhaberin", None)
P("j_transcr", "Kevin Lu", "ScribeBot", "Customer Success", None)
P("j_full", "Marc Sommer", "PodFactory", "Co-Founder", None)
P("j_full2", "Simone Ertl", "Podcastwerk Austria", "Vertrieb", None)
P("j_crypto", "Alex Brenner", "", "Krypto-Mentor", None)
P("j_forklift", "Gerhard Lang", "Lang Stapler", "Verkauf", None)
P("j_cap", "Jordan Blake", "ClientSurge", "Founder", None)
P("j_like", "Sebastian Holzer", "Holzer Ventures", "Unternehmer | Speaker | Visionär", None)
P("j_15", "Tyler Brooks", "Outbound Labs", "SDR", None)
P("j_ctp1", "Magdalena Strobl", "Strobl Coaching", "Business-Coach für Selbstständige", "2025-04-02",
  invite=("IN", "2025-04-01 18:45", "Hallo Lena, ich vernetze mich gern mit Kreativen aus Wien!"))
P("j_ctp2", "Ethan Ward", "ScaleCast", "Partnerships", "2025-11-17",
  invite=("IN", "2025-11-16 09:10", ""))
P("j_ctp3", "Florian Mayerhofer", "Mayerhofer Finanz", "Finanzcoach", "2024-12-03",
  invite=("IN", "2024-12-02 20:05", "Servus Lena!"))
P("j_bump1", "Olivia Grant-Hughes", "ReachWave", "Account Executive", None)
P("j_bump2", "Martin Eder", "Eder Druck", "Außendienst", None)
P("t1", "Ashley Morgan", "Podpipeline", "Head of Sales", None)
P("t2", "Noah Fischer", "CreatorGrowth", "Founder", None)
P("t3", "Emily Chen", "ListenerBoost", "Growth Lead", None)
P("t4", "Ryan Cooper", "AudienceFlow", "Partner", None)
P("t5", "Lukas Berger", "Hörer-Wachstum", "Geschäftsführer", None)
P("m1", "Daniel Weiss", "Brandsmith", "Account Manager", None)
P("m2", "Vanessa Klug", "Klug Recruiting", "Recruiterin", None)
P("m3", "Steve Harris", "PodBooker", "Outreach", None)
P("m4", "Sarah Kofler", "Kofler Social", "Social Media Managerin", None)
P("sp1", "Nordbank Business", "", "", None, url="https://www.linkedin.com/company/nordbank-business")
P("sp2", "CloudStudio Pro", "", "", None, url="https://www.linkedin.com/company/cloudstudio-pro")
P("sp3", "Alpenkarte Versicherung", "", "", None,
  url="https://www.linkedin.com/company/alpenkarte-versicherung")
P("award", "Victoria Lane", "Global Podcast Excellence Awards", "Awards Director", None)
P("feature", "Jens Hartwig", "Top Kreative Österreich", "Redaktion", None)
P("fluent", "Dr. Helena Marks", "Marks Growth Advisory", "Principal", None)
P("j_speaker", "Ron Baxter", "Keynote Stars Agency", "Agent", None)
P("j_ins", "Reinhard Moll", "Moll Vorsorge", "Vermögensberater", None)
P("j_cowork", "Kim Novak", "Hubspace Global", "Sales", None)
P("j_mic", "Zhang Wei", "Shenzhen ProMic", "Sales Manager", None)
P("j_rec", "Paul Schreiner", "Schreiner Personal", "Personalberater", None)
P("j_mlm", "Bianca Horvath", "", "Lifestyle-Unternehmerin", None)

# ================================================================ GENUINE (35)
G("client_quote_request", "de", "agency client asks for a quote for an 8-episode brand podcast", [
    ("agentur", "2025-10-14 10:20", "Hallo Lena, wir haben einen neuen Kunden (Energieversorger, "
     "eh klar) der einen Podcast will: 8 Folgen à 30 Min, Interviewformat, zwei Hosts aus dem "
     "Haus. Kannst du uns bis Ende nächster Woche ein Angebot schicken? Aufnahme bei ihnen im "
     "Haus oder im Studio, Schnitt, Mastering, Shownotes. Budget ist da, aber nicht unendlich 🙂"),
    ("me", "2025-10-14 12:05", "Servus Barbara! Gern. Zwei Fragen: Wer macht die Redaktion/"
     "Gästeauswahl, und brauchen sie auch Cover-Art und Hosting-Setup? Dann schick ich dir zwei "
     "Varianten."),
    ("agentur", "2025-10-14 12:30", "Redaktion machen wir, Cover auch. Hosting ja, bitte mitanbieten."),
    ("me", "2025-10-20 17:45", "Angebot ist in deinem Postfach. Variante B mit Studioaufnahme."),
    ("agentur", "2025-10-22 09:10", "Kunde sagt ja zu B! Vertrag kommt nächste Woche."),
], attachments={3: "https://www.linkedin.com/dms/prohaska-angebot-kanal7.pdf"})
G("inbound_lead_buy", "en", "startup head of brand wants to buy a podcast production package", [
    ("startup", "2025-06-03 15:00", "Hi Lena, we're an e-scooter startup based in Vienna and we "
     "want to launch a short podcast about urban mobility, English-speaking. A friend at "
     "Alpine & Reed said you produced 'Vienna Unpacked' and that it sounds amazing. What would "
     "you charge for a pilot plus 6 episodes? We'd like to start in September."),
    ("me", "2025-06-03 18:30", "Hi Oskar, thanks for reaching out! Happy to. For a pilot + 6 I'd "
     "usually quote a fixed package incl. format development, recording, edit and mastering. "
     "Could we do a 30-min call this week so I understand the format first?"),
    ("startup", "2025-06-04 08:15", "Sure, Thursday 11?"),
    ("me", "2025-06-04 08:40", "Thursday 11 works. I'll send a link."),
])
G("long_standing_host", "de", "long-running client and friend, host of a Viennese talk podcast", [
    ("host", "2023-01-09 22:10", "Lena, Folge 100 steht an!! Ich will was Besonderes. Live im Beisl "
     "mit Publikum? Bist dabei?"),
    ("me", "2023-01-10 09:00", "Oida, 100! Fix bin ich dabei. Ich bring das Zoom und zwei "
     "Handmikros für die Publikumsfragen."),
    ("host", "2024-03-18 23:40", "Die neue Intro-Musik ist so leiwand. Danke dir."),
    ("host", "2025-12-01 20:00", "Sag mal, machen wir 2026 wieder 2 Folgen im Monat? Gleicher "
     "Preis oder musst du erhöhen? Sag's ehrlich."),
    ("me", "2025-12-02 10:15", "Ehrlich: Ich müsste um 10 % rauf, Studio ist teurer geworden. "
     "Für dich bleibt's aber bei der Pauschale bis Juni, dann reden wir."),
    ("host", "2025-12-02 10:30", "Du bist die Beste. Spritzer geht auf mich."),
])
G("guest_reschedule", "en", "podcast guest asks to reschedule the recording", [
    ("guest", "2025-03-24 08:10", "Dear Lena, I'm so sorry, I have to move our recording on "
     "Thursday - a conference call got moved. Would Friday morning or next Tuesday work for "
     "you and Florian?"),
    ("me", "2025-03-24 09:00", "No problem at all, Dr Okafor. Tuesday 10:00 at Studio Lindengasse, "
     "same address. See you then!"),
])
G("vendor_price_change", "de", "long-standing studio raises its hourly rate", [
    ("studio", "2025-11-20 14:00", "Servus Lena, ich sag's dir lieber persönlich: Ab Jänner kostet "
     "die Stunde im großen Raum 75 statt 65 €, kleiner Raum bleibt bei 45. Strom und Miete, du "
     "kennst das. Deine bereits gebuchten Termine bis Februar rechne ich noch alt."),
    ("me", "2025-11-20 15:20", "Danke, dass du's vorher sagst, Markus. Passt. Ich rechne das für "
     "die Kunden ab Februar neu."),
])
G("vendor_price_change", "en", "existing hosting platform announces plan changes", [
    ("hosting", "2025-08-12 16:00", "Hi Lena, as one of our partner producers I wanted to let you "
     "know personally: from 1 October the Studio plan moves from $29 to $39/month, but you get "
     "unlimited shows instead of 5. Your 7 client shows would actually be cheaper on one Studio "
     "plan than on the two you have now. Want me to merge them?"),
    ("me", "2025-08-12 19:30", "Oh that's good news for once. Yes please merge, but not before "
     "the 15th, I have a launch on the 12th."),
    ("hosting", "2025-08-13 08:00", "Noted, I'll do it on the 16th."),
])
G("peer_joint_offer", "de", "sound designer colleague proposes a joint offer for a museum audio guide", [
    ("peer", "2025-05-12 11:30", "Hey Lena! Das Museum für Alltagskultur hat eine Ausschreibung für "
     "einen Audioguide + Hörstationen. Ich mach Sounddesign und Musik, du Produktion, Sprecher, "
     "Schnitt? Zusammen sind wir glaubwürdig. Preis müssten wir gemeinsam kalkulieren, ich "
     "dachte an eine Bietergemeinschaft."),
    ("me", "2025-05-12 13:00", "Urgerne! Treffen wir uns Donnerstag am Naschmarkt und rechnen?"),
    ("peer", "2025-05-12 13:05", "Deal. 12:30 beim Türken mit den guten Linsen."),
])
G("recruiter_engaged", "en", "recruiter she talked to about a part-time audio lead role", [
    ("recruit", "2025-05-07 09:00", "Hi Lena, thanks for the great call yesterday! As discussed, "
     "the client is open to 24h/week remote with 2 days a month in Berlin. The range is EUR "
     "48-55k pro rata. Shall I put you forward?"),
    ("me", "2025-05-07 12:30", "Hi Hannah, thanks! Yes, please put me forward, but I'd want to "
     "keep my existing clients - please make sure they know that up front."),
    ("recruit", "2025-05-07 12:45", "Absolutely, I'll make it clear. Will come back to you by Friday."),
])
G("job_applicant", "de", "audio design student applies for an assistant job / internship", [
    ("intern", "2025-02-17 19:20", "Hallo Frau Prohaska, ich studiere Audiodesign im 4. Semester und "
     "höre seit Jahren 'Beisl Gespräche' – der Schnitt ist für mich die Referenz. Suchen Sie "
     "vielleicht jemanden für Schnitt-Assistenz oder ein Praktikum im Sommer? Arbeitsproben "
     "schicke ich gern."),
    ("me", "2025-02-18 09:30", "Hallo Jakob, danke, das freut mich! Schick mir gern zwei "
     "Arbeitsproben, im Sommer könnte ich tatsächlich Hilfe brauchen. Und du darfst Lena sagen."),
    ("intern", "2025-02-18 10:00", "Super, danke! Kommt heute noch."),
])
G("broadcaster_commission", "de", "editor at the public broadcaster commissions a feature", [
    ("orf", "2025-01-08 10:00", "Liebe Frau Prohaska, wir würden gern das Feature über die "
     "Wiener Würstelstände bei Ihnen in Auftrag geben, 54 Minuten, Sendetermin im Mai. Honorar "
     "nach Rahmenvertrag, der Werkvertrag kommt von der Honorarabteilung. Passt Ihnen ein "
     "Gespräch nächste Woche?"),
    ("me", "2025-01-08 11:45", "Liebe Frau Schöberl, sehr gerne! Dienstag oder Mittwoch am Vormittag?"),
    ("orf", "2025-01-08 12:00", "Mittwoch 10 Uhr, bei uns im Funkhaus."),
])
G("journalist_request", "de", "media journalist asks for an interview on the podcast market", [
    ("press", "2025-07-22 14:00", "Hallo Lena, ich schreibe über die Podcast-Branche in Österreich "
     "– wer verdient eigentlich was? Hättest du Zeit für ein Gespräch? Gern auch anonym, wenn's "
     "um Honorare geht."),
    ("me", "2025-07-22 16:10", "Hi Clara, gern, und nicht anonym, es gehört mehr über Honorare "
     "geredet. Freitag?"),
])
G("thanks_after_workshop", "de", "attendee thanks her after the Podcast Day workshop (1 of 3)", [
    ("ws1", "2025-09-27 18:30", "Liebe Lena, danke für den tollen Workshop heute beim Podcast Day! "
     "Die Tipps zum Interviewschnitt waren Gold wert. Ich hoffe, wir sehen uns wieder!"),
])
G("thanks_after_workshop", "en", "attendee thanks her after the Podcast Day workshop (2 of 3)", [
    ("ws2", "2025-09-27 19:05", "Hi Lena, thanks so much for the workshop at Podcast Day today! "
     "The interview editing tips were gold. Hope to see you again soon!"),
    ("me", "2025-09-28 10:00", "Thanks Ben, glad it helped!"),
])
G("thanks_after_workshop", "de", "attendee thanks her after the Podcast Day workshop (3 of 3)", [
    ("ws3", "2025-09-28 08:45", "Danke für den super Workshop gestern beim Podcast Day, Lena! "
     "Vor allem das mit dem Interviewschnitt nehm ich mit. Bis bald hoffentlich!"),
])
G("owner_started_voice_quote", "de", "she asks a voice actor for a quote", [
    ("me", "2025-05-20 10:00", "Hallo Alex, ich brauch für einen Museums-Audioguide einen "
     "Sprecher, ca. 40 Min fertiger Text, Aufnahme im Studio Lindengasse. Was würdest du dafür "
     "nehmen? Nutzung 5 Jahre, nur im Museum."),
    ("voice", "2025-05-20 13:30", "Hallo Lena! Für 40 Minuten, 5 Jahre Museum: 1.400 € netto inkl. "
     "einer Korrekturschleife. Termin im Mai ginge."),
    ("me", "2025-05-20 14:00", "Passt, ich nehm das ins Angebot rein."),
])
G("owner_started_old_friend", "en", "she contacts an old uni friend in Berlin about a network", [
    ("me", "2024-11-05 21:00", "Maya! Long time. Are you still at the Berlin network? I'm thinking "
     "about pitching them a series and have no idea who decides. Also: how ARE you?"),
    ("uni", "2024-11-06 08:20", "Lena!!! I left in spring, now freelance too (welcome to the club, "
     "haha). But I'll connect you with Charlotte there, she's lovely. And I'm good, tired, "
     "baby's 8 months now."),
    ("me", "2024-11-06 08:45", "Baby!! Congrats, I had no idea. Thank you, that'd be amazing."),
])
G("owner_started_invoice", "de", "she chases an overdue invoice with a client", [
    ("me", "2025-03-03 09:15", "Guten Morgen Herr Huber, kurze Erinnerung: Die Rechnung für die "
     "letzten drei Folgen (Nr. 2025-011) ist seit 3 Wochen offen. Können Sie bitte kurz "
     "nachsehen?"),
    ("late", "2025-03-03 17:40", "Frau Prohaska, Entschuldigung, das ist bei uns untergegangen. "
     "Wird diese Woche überwiesen."),
    ("me", "2025-03-10 09:00", "Ist angekommen, danke!"),
])
G("genuine_in_spam", "en", "communications officer asks for a production quote; landed in spam", [
    ("spamlead", "2024-09-02 11:00", "Dear Ms Prohaska, I work at the Danube Energy Forum in "
     "Vienna. We are planning a 6-part English podcast ahead of our conference and were given "
     "your name by our head of communications. Could you let us know your availability and "
     "rates? Our procurement needs three quotes by 20 September."),
    ("me", "2024-09-09 08:30", "Dear Ms Nair, my apologies, your message ended up in my spam folder. "
     "I'm available and will send a quote by Friday."),
], folder="SPAM")
G("event_invite_contact", "de", "host of a podcast she produced invites her to the launch party", [
    ("launch", "2024-10-01 12:00", "Lena!! Launch von Staffel 2 am 17.10. beim Heurigen Ranftl in "
     "Ottakring, ab 19 Uhr. Ohne dich gäb's das alles nicht – du MUSST kommen. Begleitung gern."),
    ("me", "2024-10-01 12:20", "Na sicher komm ich! Ich bring den Patrick mit."),
])
G("agency_contract", "en", "agency account director sends contract and NDA for a brand series", [
    ("nda", "2024-11-20 10:00", "Hi Lena, great to finally connect after all those emails. Please "
     "find the NDA and the production agreement attached. Payment terms 30 days, 50% on "
     "signature. Shout if anything looks off."),
    ("me", "2024-11-20 15:30", "Thanks Thomas. One change: I need the final files to be approved "
     "within 10 working days, otherwise they count as approved. Otherwise fine."),
    ("nda", "2024-11-21 09:00", "Fair. Updated version attached."),
], attachments={0: "https://www.linkedin.com/dms/alpine-reed-nda.pdf",
                2: "https://www.linkedin.com/dms/alpine-reed-agreement-v2.pdf"})
G("host_edit_notes", "en", "English-speaking expat host sends notes on an edit", [
    ("expat", "2025-02-11 21:30", "Hey Lena, listened to ep 34 - love it. Two things: can we cut "
     "the bit where I mispronounce 'Schönbrunn' (again, ugh), and the ending feels abrupt. "
     "Maybe 5 more seconds of music?"),
    ("me", "2025-02-12 09:00", "Ha, your 'Schönbrunn' is charming but ok. Both done, new version "
     "in the folder."),
    ("expat", "2025-02-12 09:20", "Perfect. You're a star."),
])
G("composer_jingle", "mixed", "composer friend delivers a jingle, chat switching languages", [
    ("composer", "2025-06-20 23:00", "Hey, jingle ist fertig, three versions: long, short, "
     "sting. Sag mir, welche du magst. Bin morgen wieder in Zagreb."),
    ("me", "2025-06-21 09:10", "Luka, die short version ist perfect! Can you make the sting a "
     "bit less 'Tatort'? 😂"),
    ("composer", "2025-06-21 09:30", "Haha ok, less Tatort, more Kaffeehaus. Kommt heute Abend."),
], attachments={0: "https://www.linkedin.com/dms/jingle-v1.zip"})
G("accountant_fee", "de", "tax adviser raises her fee and mentions the small-business threshold", [
    ("tax", "2025-01-15 09:00", "Liebe Frau Prohaska, kurze Info: Unser Pauschalhonorar für die "
     "Jahreserklärung steigt ab 2025 auf 980 € (bisher 890 €). Und: Mit Ihrem Umsatz 2024 "
     "überschreiten Sie die Kleinunternehmergrenze, wir müssen ab jetzt Umsatzsteuer "
     "verrechnen. Können wir Ende Jänner telefonieren?"),
    ("me", "2025-01-15 12:00", "Liebe Frau Kern, oje, aber danke. 28.1. vormittags?"),
    ("tax", "2025-01-15 12:10", "28.1. um 10 Uhr, ich rufe Sie an."),
])
G("vendor_price_change", "de", "equipment rental adjusts prices and offers a package", [
    ("rental", "2024-08-05 10:00", "Hallo Lena, ab September passen wir die Leihpreise an: "
     "Zoom F8 + 4 Lavaliers jetzt 55 €/Tag statt 48. Für Stammkunden gibt's aber ein "
     "Wochenpaket um 190 €. Sag Bescheid, wenn du für den Herbst was brauchst."),
    ("me", "2024-08-05 11:00", "Danke Dominik. Das Wochenpaket nehm ich für 14.-20.10., bitte reservieren."),
])
G("mentor_long_standing", "en", "former lecturer and mentor, occasional messages over the years", [
    ("mentor", "2023-05-30 10:00", "Lena, I just heard your Naschmarkt piece on the radio. "
     "Proud teacher moment. The ambience work in the first five minutes is superb."),
    ("me", "2023-05-30 12:00", "Wolfgang! That means a lot. Still using your 'record 2 minutes "
     "of room tone' rule on every job."),
    ("mentor", "2025-06-15 09:00", "Would you come and talk to my second years in October? They "
     "need to hear how freelancing really works. Small fee, big gratitude."),
    ("me", "2025-06-15 10:30", "Of course. Send me a date."),
])
G("client_approval", "de", "wine-estate client approves an episode and asks for a small change", [
    ("client2", "2025-04-28 16:00", "Liebe Lena, Folge 3 ist super geworden! Nur eine Bitte: Der "
     "Satz über den Grünen Veltliner bei Minute 12 – mein Vater möchte, dass 'Ried' statt 'Lage' "
     "gesagt wird. Geht das noch?"),
    ("me", "2025-04-28 17:10", "Geht! Ich hab das Wort aus einer anderen Stelle genommen, klingt "
     "natürlich. Neue Version ist online."),
])
G("capacity_question_existing_client", "de", "existing network client asks if she has capacity", [
    ("network", "2025-11-04 11:00", "Hallo Lena, hättest du im Jänner/Februar Kapazität für eine "
     "neue Staffel 'Wissen in 15'? Gleicher Umfang wie 2024, 10 Folgen. Wir würden dich gern "
     "wieder haben."),
    ("me", "2025-11-04 13:00", "Hallo Felix, ja, Jänner geht. Ich schick dir das Angebot wie "
     "letztes Mal, mit dem neuen Studiopreis."),
    ("network", "2025-11-04 13:15", "Passt, danke!"),
])
G("production_team_group", "mixed", "group chat with the agency team on a brand series", [
    ("team1", "2025-11-10 09:00", "Guten Morgen! Recording mit dem CEO ist am Donnerstag 14 Uhr, "
     "Raum 3.12."),
    ("team2", "2025-11-10 09:20", "Morning all - I'll bring the brief. Lena, can you do a quick "
     "mic check at 13:45?"),
    ("me", "2025-11-10 09:30", "Klar, bin um halb da. And please tell him no jingly bracelets 😅"),
    ("team1", "2025-11-10 09:32", "Haha, wird ausgerichtet."),
], title="Kanal 7 x Energie Podcast", extra=["agentur"])
G("guest_thanks", "en", "podcast guest thanks her after the episode came out", [
    ("guest2", "2025-07-29 20:00", "Lena, the episode came out today and I've had 30 messages "
     "already. You made me sound so much smarter than I am. Thank you!"),
    ("me", "2025-07-30 08:00", "Haha, you did the smart part, I just took out the 'ähms'. Congrats!"),
])
G("rate_negotiation", "de", "Munich client negotiates the price of a second season", [
    ("munich", "2025-09-02 10:00", "Liebe Frau Prohaska, Staffel 2 ist genehmigt! Einziger Haken: "
     "Budget ist 15 % kleiner. Können wir über den Umfang reden statt über den Preis? Z. B. "
     "kürzere Folgen?"),
    ("me", "2025-09-02 11:30", "Liebe Frau Hartl, das ist der richtige Ansatz. Mit 25 statt 35 "
     "Minuten und ohne Transkripte komme ich hin. Ich schicke ein überarbeitetes Angebot."),
])
G("inbound_lead_buy", "de", "museum wants to commission an audio guide", [
    ("museum", "2025-06-10 14:00", "Sehr geehrte Frau Prohaska, wir haben Ihr Feature über die "
     "Würstelstände gehört und würden gern mit Ihnen über einen Audioguide für unsere neue "
     "Dauerausstellung sprechen. Die Ausschreibung läuft noch, aber wir möchten Sie ausdrücklich "
     "zur Angebotslegung einladen."),
    ("me", "2025-06-10 16:00", "Sehr geehrte Frau Dr. Rieger, danke für die Einladung! Ich lege "
     "gemeinsam mit der Sounddesignerin Sophie Rainer ein Angebot."),
])
G("colleague_cover", "de", "fellow editor asks her to cover his clients during holidays", [
    ("cover", "2025-07-15 18:00", "Servus Lena, ich bin 4.-18.8. in Kroatien. Könntest du meine "
     "zwei Wochen-Podcasts schneiden? Vorlagen in Reaper, Honorar geht 1:1 an dich."),
    ("me", "2025-07-15 19:00", "Klar. Schick mir die Templates und die Ansprechpartner. Schönen "
     "Urlaub, nimm Sonnencreme mit!"),
])
G("ngo_series", "en", "NGO head of communications confirms the English series after the quote", [
    ("ngo", "2024-09-20 10:00", "Dear Lena, your quote was the one we chose - congratulations! "
     "Purchase order to follow. Could we start with a kickoff on 1 October?"),
    ("me", "2024-09-20 11:00", "Wonderful news, thank you Isabel. 1 October works, morning?"),
    ("ngo", "2024-09-20 11:10", "9:30 at our office. Coffee will be strong."),
    ("me", "2024-09-20 11:12", "I'll hold you to that."),
])
G("friend_congrats", "de", "old friend congratulates her on an award nomination", [
    ("friend", "2025-10-22 20:00", "LENAAA! Hab gerade gelesen, dass das Würstelstand-Feature für "
     "den Radiopreis nominiert ist!! Ich bin so stolz. Heuriger am Samstag zum Feiern?"),
    ("me", "2025-10-22 21:30", "Juliii 😭 danke! Samstag fix. Ich zahl den Spritzer."),
])
G("first_client_long_standing", "en", "her very first client, now a friend, asks for advice", [
    ("first", "2020-03-30 10:00", "Lena, lockdown idea: should we turn our office talks into a "
     "podcast? You did our first one in 2015, remember?"),
    ("me", "2020-03-30 12:00", "How could I forget, we recorded it in your archive room. Yes, "
     "let's talk."),
    ("first", "2025-12-15 17:00", "Ten years since that first recording! Xmas drink at our office "
     "on Friday?"),
    ("me", "2025-12-15 18:00", "Ten years, wow. I'll be there."),
])
G("reply_draft_to_host", "en", "host asks about recording at a festival; her answer is still a draft", [
    ("expat", "2026-01-20 19:00", "Hey! Crazy idea: record an episode live at the Ball season "
     "thing in February? Would you be up for it, and what would the extra cost be?"),
    ("me", "2026-01-21 08:00", "Love it! Extra would be roughly a day rate plus kit hire, I'll "
     "check the venue first and"),
], drafts={1})

# ================================================================ WANTED PITCHES (12)
W("remote_recording_kit_post", "de", "rental startup references her post about echoey home recordings", [
    ("akustik", "2025-03-18 10:00", "Hallo Lena, dein Post über die Gäste, die aus der "
     "Altbauküche mit 4 m Raumhöhe aufnehmen, hat mich sehr zum Lachen gebracht (und "
     "weinen, vermutlich dich). Wir verleihen in Wien einen Koffer mit Mikro, Interface und "
     "faltbarer Absorberbox, Bote bringt ihn am Vortag zum Gast und holt ihn ab. 39 € pro "
     "Aufnahme. Magst du es bei der nächsten Remote-Folge testen? Geht auf uns."),
    ("me", "2025-03-18 12:00", "Haha, ja, das war ich weinend. Testen gern! Nächste Woche hab ich "
     "einen Gast in Hietzing."),
])
W("loudness_plugin_talk", "en", "plugin developer references her Podcast Day talk on loudness", [
    ("plugin", "2025-10-02 09:30", "Thanks for connecting, Lena. In your talk you said the most "
     "tedious part of your week is checking every episode against -16 LUFS for Spotify and -23 "
     "for the broadcaster, with two different tools. We're a tiny team in Bergen; our meter does "
     "both profiles side by side and writes a report per file. I'd love to give you a free "
     "licence in exchange for honest feedback - no marketing use unless you say yes."),
    ("me", "2025-10-02 13:00", "That's literally my Tuesday problem. Yes, send it over."),
])
W("website_fix_noticed", "de", "web developer noticed her showreel players don't load on mobile", [
    ("web", "2025-01-27 14:00", "Hallo Lena, ich hab mir deine Seite prohaska-audio.at angehört (im "
     "wörtlichen Sinn): Die Showreel-Player laden am Handy nicht, weil die WAV-Dateien 80 MB "
     "haben. Als MP3 mit 192k wären es 6 MB und die Seite lädt in 2 statt 14 Sekunden. Ich bin "
     "Webentwickler im 7. und mach das gern für eine Pauschale von 150 €, oder ich erklär dir, "
     "wie du's selber machst."),
    ("me", "2025-01-27 16:20", "Ups. Erklär's mir, und wenn ich's verbock, buch ich dich 😄"),
])
W("dialect_transcription_specific", "de", "transcription service names the Viennese dialect problem in her show", [
    ("transcr", "2025-05-05 10:30", "Hallo Frau Prohaska, für 'Beisl Gespräche' gibt es auf der "
     "Website Transkripte, und man sieht, dass die automatische Erkennung am Wienerischen "
     "scheitert ('Heast' wird zu 'Herbst'). Wir transkribieren mit Menschen aus Wien und "
     "Niederösterreich, Dialekt wird auf Wunsch ins Standarddeutsche geglättet. 1,20 € pro "
     "Minute. Eine Probefolge mache ich gratis."),
    ("me", "2025-05-05 12:00", "'Heast' als 'Herbst' 😂 stimmt leider. Probefolge gern – Nr. 112."),
])
W("editor_mutual_contact", "de", "freelance editor referred by her studio owner", [
    ("editor2", "2025-08-25 11:00", "Hallo Lena, der Markus vom Studio Lindengasse hat gemeint, du "
     "suchst jemanden für Überlauf-Schnitt im Herbst. Ich schneide seit 5 Jahren Interview-"
     "Podcasts, arbeite in Reaper und kann deine Templates übernehmen. Referenzen schick ich gern."),
    ("me", "2025-08-25 13:00", "Hallo Tobias, Markus hat von dir erzählt! Schick mir bitte zwei "
     "Arbeitsproben."),
])
W("video_podcast_press", "en", "video crew references the press release about a client's podcast launch", [
    ("video", "2025-09-10 10:00", "Hi Lena, I read in Medienblatt that Greenloop is launching its "
     "podcast in September, with a video version on YouTube. The press release credits you as "
     "producer. We "
     "do multicam video for audio-first podcasts in Vienna - we sync to your audio, you stay "
     "in charge of sound. If you need a video partner, I'd love to show you our setup."),
    ("me", "2025-09-10 12:30", "Good timing, they asked me about video yesterday. Can you send "
     "a reel and rough day rate?"),
])
W("reaper_workflow_tools", "en", "developer offers a Reaper + Riverside workflow tool knowing her setup", [
    ("reaper", "2025-10-14 09:00", "Hi Lena, in your Podcast Day workshop slides (shared on your "
     "site) your workflow is Riverside tracks -> Reaper template -> manual renaming and "
     "syncing. I wrote a Reaper extension that pulls Riverside tracks, names them by speaker "
     "and aligns them automatically. EUR 49 once. Happy to send a trial key."),
])
W("recruiter_relevant_role", "en", "talent lead with a relevant head-of-audio role in Berlin", [
    ("recruit2", "2024-11-25 15:00", "Hi Lena, Maya Feldman suggested I reach out. We're looking "
     "for a Head of Audio at Wavehouse (12 shows, team of 4 editors). Your mix of broadcast "
     "features and brand podcasts is exactly what we're missing. Remote from Vienna is fine. "
     "Would you be open to a conversation, even if just to see?"),
    ("me", "2024-11-26 09:00", "Hi Charlotte, Maya told me! Open to a conversation, yes."),
])
W("mic_demo_supplier", "de", "distributor offers a demo of the microphone she said she wanted", [
    ("mic", "2025-02-03 10:00", "Hallo Frau Prohaska, Sie haben in der Wiener Podcast-Gruppe "
     "gefragt, ob jemand das neue dynamische Broadcast-Mikro im Vergleich zum SM7B kennt. Wir "
     "sind der österreichische Vertrieb und können Ihnen zwei Stück für eine Woche zum "
     "Vergleich in Ihr Studio bringen, unverbindlich."),
    ("me", "2025-02-03 11:00", "Sehr gern! Nächste Woche ab Mittwoch?"),
])
W("guest_booking_relevant", "en", "speaker agency suggests expert guests for a specific show", [
    ("speaker", "2025-06-23 11:00", "Hi Lena, I listened to episode 12 of the Danube Energy Forum "
     "podcast - the one where the hydrogen guest cancelled and you re-cut the episode around "
     "Isabel. If you need reliable back-up guests on energy topics, we represent three "
     "researchers in Vienna who are happy to record at short notice, no fee for non-profit "
     "podcasts."),
])
W("equipment_insurance_post", "de", "insurance broker for creatives references her stolen laptop post", [
    ("versich", "2024-07-08 09:00", "Hallo Lena, tut mir leid wegen deines Laptops am "
     "Westbahnhof – dein Post hat mich an drei ähnliche Fälle von Tonleuten erinnert. Eine "
     "Elektronikversicherung für mobiles Equipment (inkl. Diebstahl aus dem Auto und in "
     "Öffis) kostet für deine Ausrüstung grob 15-20 € im Monat. Wenn du magst, schau ich mir "
     "deine Geräteliste an, unverbindlich."),
    ("me", "2024-07-08 12:00", "Ja, bitte. Das passiert mir nicht noch einmal."),
])
W("coworking_booth_specific", "de", "coworking space with a sound booth references her wardrobe recordings", [
    ("cowork", "2025-11-25 10:00", "Hallo Lena, wir haben in deinem Instagram gesehen, dass du "
     "Voice-overs gerade im Kleiderschrank aufnimmst (respekt!). Wir sind ein Coworking in der "
     "Zieglergasse, 4 Minuten von dir, und haben seit Kurzem eine schallisolierte Sprecherkabine. "
     "Als Fix-Mitglied ist sie inklusive. Komm gern auf einen Probetag vorbei."),
])

# ================================================================ JUNK (38)
J("generic_acoustic_panels", "en", "generic acoustic panels pitch, counterpart of the recording kit", [
    ("j_panels", "2025-03-25 05:00", "Hello, SoundShield offers premium acoustic panels for "
     "offices, restaurants and home theaters. Bulk discounts available. May I send our catalog?"),
])
J("generic_ai_mastering", "en", "AI mastering that replaces her job, counterpart of the plugin", [
    ("j_ai", "2025-10-20 14:00", "Hi Lena! Why pay an audio engineer? MasterAI masters your "
     "podcast in 30 seconds with studio quality. Try 3 tracks free today!"),
])
J("generic_webdesign", "de", "generic web design pitch, counterpart of the showreel fix", [
    ("j_web", "2025-02-10 09:00", "Hallo Lena, Ihre Website wirkt etwas veraltet. Wir erstellen "
     "moderne, responsive Websites ab 990 €. Kostenloses Erstgespräch?"),
])
J("generic_ai_transcription", "en", "mass AI transcription pitch, counterpart of the dialect service", [
    ("j_transcr", "2025-05-19 07:00", "Hi there, ScribeBot transcribes audio in 90+ languages with "
     "99% accuracy! Perfect for podcasters. Get 60 free minutes with code LINKED60."),
])
J("offer_what_she_sells", "en", "full-service podcast production offered to a podcast producer", [
    ("j_full", "2025-06-16 10:00", "Hi Lena, ever thought about starting a podcast for your "
     "business? PodFactory handles everything - recording, editing, mixing and distribution. "
     "Packages from EUR 499/episode. Want to hear some samples?"),
])
J("offer_what_she_sells", "de", "Austrian podcast agency offers her podcast production", [
    ("j_full2", "2025-08-19 10:00", "Hallo Frau Prohaska, ein eigener Podcast stärkt Ihre Marke! "
     "Podcastwerk Austria produziert Ihren Podcast von A bis Z, inkl. Schnitt und Hosting. "
     "Dürfen wir Ihnen ein Angebot legen?"),
])
J("off_topic_crypto", "de", "crypto mentoring", [
    ("j_crypto", "2024-08-27 22:00", "Hey Lena! Schon mal überlegt, wie du als Selbstständige "
     "passives Einkommen mit Krypto aufbaust? Mein Gratis-Webinar zeigt's dir. Bist du dabei?"),
])
J("off_topic_forklift", "de", "forklifts for a freelance audio producer", [
    ("j_forklift", "2025-03-11 08:00", "Sehr geehrte Damen und Herren, wir bieten gebrauchte "
     "Gabelstapler und Hubwagen zu Top-Preisen. Jetzt Frühjahrsaktion nutzen!"),
])
J("capacity_for_new_clients", "en", "asks about capacity for new clients, then sells lead gen", [
    ("j_cap", "2025-04-22 09:00", "Hi Lena, quick one - are you taking on new clients right now?"),
    ("j_cap", "2025-04-24 09:00", "Asking because we help freelancers fill their calendar with "
     "3-5 new retainer clients a month. Worth a 10-minute chat?"),
])
J("like_minded_entrepreneurs", "de", "connect as like-minded entrepreneurs", [
    ("j_like", "2024-10-14 19:00", "Hallo Lena, ich vernetze mich gerne mit gleichgesinnten "
     "Unternehmerinnen und Unternehmern, die etwas bewegen wollen. Lass uns gemeinsam wachsen! 🚀"),
])
J("quick_15_min_call", "en", "asks for a quick 15-minute call", [
    ("j_15", "2025-09-16 16:00", "Hi Lena, do you have 15 minutes this week? I'd love to share "
     "how we help creative freelancers book more calls. Here's my Calendly."),
])
J("connect_then_pitch", "de", "coach connects, small talk, she answers, coaching pitch in message 3", [
    ("j_ctp1", "2025-04-02 09:00", "Danke fürs Vernetzen, Lena! Wie ist der Frühling in Wien "
     "bei dir? Hier in Linz regnet's nur."),
    ("me", "2025-04-02 12:00", "Hallo Magdalena, hier auch eher gemischt, aber der Flieder blüht "
     "schon :)"),
    ("j_ctp1", "2025-04-03 08:30", "Schön! Du, ich begleite Selbstständige dabei, ihre Preise "
     "selbstbewusst zu erhöhen und endlich nicht mehr Zeit gegen Geld zu tauschen. Mein "
     "Gruppenprogramm startet im Mai – soll ich dir die Infos schicken?"),
])
J("connect_then_pitch", "en", "growth agency connects, no reply, pitch in message 2", [
    ("j_ctp2", "2025-11-17 08:00", "Hey Lena, thanks for connecting! Love your content."),
    ("j_ctp2", "2025-11-19 08:00", "We help podcasts grow to 10k downloads per episode through "
     "paid promotion. Want to see some case studies?"),
])
J("connect_then_pitch", "de", "financial coach connects with 'Servus', pitch in message 2", [
    ("j_ctp3", "2024-12-03 10:00", "Servus Lena, schön, dass wir vernetzt sind! Wie läuft's so "
     "als Freelancerin?"),
    ("j_ctp3", "2024-12-05 10:00", "Gerade Freelancerinnen haben oft eine Pensionslücke. Ich "
     "zeige dir in 30 Minuten, wie du das mit einem ETF-Sparplan löst. Wann hast du Zeit?"),
])
J("follow_up_bumps", "en", "outreach agency bumping three times without reply", [
    ("j_bump1", "2025-01-13 08:00", "Hi Lena, I'd love to show you how ReachWave automates "
     "LinkedIn outreach. Open to a demo?"),
    ("j_bump1", "2025-01-20 08:00", "Hi Lena, just bumping this up!"),
    ("j_bump1", "2025-01-28 08:00", "Hi Lena, did you get a chance to look at my note?"),
    ("j_bump1", "2025-02-06 08:00", "Closing the loop here - let me know if timing is better later."),
])
J("follow_up_bumps", "de", "print shop bumping without reply", [
    ("j_bump2", "2024-09-16 09:00", "Grüß Gott Frau Prohaska, brauchen Sie Visitenkarten oder "
     "Flyer? 500 Stück ab 29 €."),
    ("j_bump2", "2024-09-30 09:00", "Ich darf nochmals an unser Angebot erinnern."),
])
J("template_podcast_growth", "en", "podcast growth template, sender 1 of 5", [
    ("t1", "2025-02-24 09:00", "Hi Lena, I came across your work as a podcast producer in Vienna. "
     "We've helped 120+ podcasters triple their downloads in 90 days with our proven listener "
     "growth system. Would you be open to a quick call this week?"),
])
J("template_podcast_growth", "en", "podcast growth template, sender 2 of 5", [
    ("t2", "2025-04-07 10:30", "Hey Lena, came across your work as a podcast producer based in "
     "Vienna! We've helped more than 120 podcasters 3x their downloads within 90 days using our "
     "listener growth system. Open to a quick call this week?"),
])
J("template_podcast_growth", "en", "podcast growth template, sender 3 of 5, with a bump", [
    ("t3", "2025-06-30 14:00", "Hi Lena, I noticed you produce podcasts at Prohaska Audio. Our "
     "proven listener-growth system has helped 120+ podcasters triple downloads in 90 days. "
     "Would a quick call this week make sense?"),
    ("t3", "2025-07-07 14:00", "Hi Lena, following up on my note above!"),
])
J("template_podcast_growth", "en", "podcast growth template, sender 4 of 5", [
    ("t4", "2025-09-22 11:15", "Hi Lena - saw you're a podcast producer in Vienna. We've helped "
     "over 120 podcasters triple their downloads in just 90 days. Quick call this week?"),
])
J("template_podcast_growth", "de", "podcast growth template, sender 5 of 5, in German", [
    ("t5", "2025-12-09 09:30", "Hallo Lena, ich bin auf deine Arbeit als Podcast-Produzentin in "
     "Wien gestoßen. Wir haben schon über 120 Podcastern geholfen, ihre Downloads in 90 Tagen zu "
     "verdreifachen – mit unserem bewährten Hörer-Wachstumssystem. Hättest du diese Woche Zeit "
     "für ein kurzes Gespräch?"),
])
J("merge_tag_failure", "en", "unfilled {first_name} tag", [
    ("m1", "2025-01-21 10:00", "Hi {first_name}, I love what {company} is doing! We help brands "
     "like yours stand out with bold identity design. Can I send you our portfolio?"),
])
J("merge_tag_failure", "de", "unfilled {{Vorname}} tag in a recruiting message", [
    ("m2", "2025-03-04 11:00", "Hallo {{Vorname}}, ich habe eine spannende Position als "
     "{{Position}} für Sie. Ihr Profil passt perfekt! Wann können wir telefonieren?"),
])
J("merge_tag_failure", "en", "wrong name and wrong company", [
    ("m3", "2025-05-27 09:00", "Hi Katharina, love what you're doing at Spotify! We book expert "
     "guests for top podcasts - would your show be open to new guest pitches?"),
])
J("merge_tag_failure", "de", "[Unternehmen] placeholder left in", [
    ("m4", "2025-10-07 10:00", "Hallo Lena, ich habe mir den Auftritt von [Unternehmen] auf "
     "Instagram angesehen – da ist noch viel Luft nach oben! Wir übernehmen Ihr Social Media ab "
     "390 €/Monat."),
])
J("sponsored_inmail", "de", "sponsored InMail for a business bank account", [
    ("sp1", "2025-02-18 12:00", "<p>Hallo Lena,</p><p>Ihr Geschäftskonto in 10 Minuten &ndash; "
     "ohne Papierkram, mit Buchhaltungs-Export.</p><p><a href=\"https://example.com/nordbank\">"
     "Jetzt eröffnen</a></p>"),
], title="Sponsored Conversation", subject="Geschäftskonto für Selbstständige")
J("sponsored_inmail", "en", "sponsored InMail for cloud video software", [
    ("sp2", "2025-07-15 12:00", "<p>Hi Lena,</p><p>Create studio-quality video &amp; audio from "
     "your browser. CloudStudio Pro &mdash; now with AI edit.</p><p>Start your free trial.</p>"),
], title="Sponsored Conversation", subject="Your studio, in the browser")
J("sponsored_inmail", "de", "sponsored InMail for private pension insurance", [
    ("sp3", "2025-11-03 12:00", "<p>Liebe Lena,</p><p>Als Selbstständige vorsorgen? Die "
     "Alpenkarte Pensionsvorsorge ab 50&nbsp;€ im Monat.</p><p>Jetzt berechnen.</p>"),
], title="Sponsored Conversation", subject="Ihre Pension. Ihre Entscheidung.")
J("paid_award", "en", "'award' that requires an entry package fee", [
    ("award", "2025-08-04 03:00", "Dear Lena, congratulations! Prohaska Audio has been selected as "
     "a finalist in the Global Podcast Excellence Awards 2025 (Europe). To secure your finalist "
     "status and trophy, please complete the winner's package (EUR 390) within 7 days."),
])
J("paid_feature", "de", "paid feature in a 'top creatives' list", [
    ("feature", "2025-04-15 10:00", "Hallo Lena, Sie wurden für unsere Liste 'Top 50 Kreative "
     "Österreichs 2025' ausgewählt! Für das Porträt inkl. Interview und Siegel berechnen wir "
     "einen Unkostenbeitrag von 290 €. Dürfen wir Sie aufnehmen?"),
])
J("fluent_generic_named", "en", "polished pitch naming her business but fits anyone", [
    ("fluent", "2025-10-28 09:00", "Hi Lena, I've spent some time looking at Prohaska Audio and "
     "I'm impressed by what you've built. Many founder-led businesses like Prohaska Audio reach "
     "a point where growth depends on sharper positioning and repeatable systems. That's "
     "exactly where we help. Would you be open to a 20-minute conversation next week to explore "
     "whether there's a fit?"),
])
J("paid_speaker_slot", "en", "keynote agency wants a fee to list her as a speaker", [
    ("j_speaker", "2025-12-02 04:00", "Hi Lena, we'd love to add you to our roster of keynote "
     "speakers! A one-time onboarding fee of $750 gets you a profile, showreel and priority "
     "bookings at international events."),
])
J("generic_insurance", "de", "generic wealth/insurance pitch, counterpart of the equipment broker", [
    ("j_ins", "2024-07-22 18:00", "Grüß Gott! Wussten Sie, dass 8 von 10 Selbstständigen falsch "
     "versichert sind? Ich mache Ihnen einen kostenlosen Versicherungscheck. Wann passt es?"),
])
J("generic_coworking", "en", "global coworking chain pitch, counterpart of the local booth", [
    ("j_cowork", "2025-12-01 10:00", "Hi Lena, Hubspace has 300+ locations worldwide. Get 20% off "
     "your first month of a hot desk membership! Book a tour today."),
])
J("generic_mic_bulk", "en", "bulk microphone manufacturer, counterpart of the distributor demo", [
    ("j_mic", "2025-02-17 02:00", "Dear friend, we are professional manufacturer of USB and XLR "
     "microphones, OEM available, MOQ 500 pcs. Best price for your market. Please reply for "
     "quotation."),
])
J("irrelevant_recruiter", "de", "recruiter with an irrelevant call-centre role, counterpart of the head-of-audio role", [
    ("j_rec", "2025-01-14 15:00", "Hallo Lena, für einen Kunden suche ich eine Teamleitung im "
     "Kundenservice (Callcenter, Vollzeit, Wien-Liesing). Ihr Profil hat mich angesprochen! "
     "Interesse an einem Telefonat?"),
])
J("mlm_lifestyle", "de", "network marketing recruiting pitch", [
    ("j_mlm", "2025-06-05 21:30", "Hey Süße! 💕 Ich hab gesehen, du bist selbstständig – ich "
     "hab mir mit Beauty-Produkten ein zweites Standbein aufgebaut, komplett flexibel. Magst du "
     "mal unverbindlich reinhören? Ganz ohne Druck!"),
])
J("generic_video_podcast", "en", "generic video production pitch, counterpart of the video crew", [
    ("j_full", "2025-10-06 10:00", "Hi Lena, video podcasts get 5x more reach! PodFactory now "
     "offers video production too - packages from EUR 899. Interested?"),
], subject="Video podcasts")


if __name__ == "__main__":
    ex.write(HERE.parents[1] / SLUG,
             {"First Name": "Lena", "Last Name": "Prohaska",
              "Headline": "Podcast Producer & Audio Editor | Prohaska Audio | Wien",
              "Summary": "Ich produziere Podcasts und Radiofeatures für Marken, Agenturen und "
                         "den öffentlich-rechtlichen Rundfunk. Interviewschnitt, Sounddesign, "
                         "Mastering. Working in German and English.",
              "Industry": "Media Production", "Geo Location": "Vienna, Austria",
              "Websites": "https://prohaska-audio.at"},
             [{"Company Name": "Prohaska Audio", "Title": "Founder, Podcast Producer",
               "Description": "Freelance podcast production, audio editing, radio features.",
               "Location": "Wien", "Started On": "Mar 2015", "Finished On": ""},
              {"Company Name": "Studio Lindengasse", "Title": "Tontechnikerin",
               "Description": "", "Location": "Wien", "Started On": "Sep 2012",
               "Finished On": "Feb 2015"}],
             ["Podcast Production", "Audio Editing", "Reaper", "Sound Design", "Radio Features",
              "Interviewing", "Loudness Standards"])
    print(ex.summary())

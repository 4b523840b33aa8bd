"""heldout16 persona: owner of a craft brewery with taproom in Bamberg (2021 layout, mostly German).

Written blind to the detector, session 3. Every message text below is written by hand.
Run: /work/main/.venv/bin/python corpus/heldout16/_build/de_craft_brewery_owner_bamberg.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-craft-brewery-owner-bamberg"
OUT = Path(__file__).resolve().parents[1] / SLUG
OWNER = Person("me", "Kathrin Dörfler", "https://www.linkedin.com/in/kathrin-doerfler-b7a912")

ex = Export(SLUG, "2021", OWNER)
p = ex.person
c = ex.conv

# ====================================================================== genuine

p("malz", "Reinhold Gunzenhauser", "Mälzerei Gunzenhauser", "Vertrieb Brauereien",
  connected="2016-03-14")
c("genuine", "vendor_price_change", "de",
  "bestehende Mälzerei kündigt Preiserhöhung für Rauchmalz an; Inhaberin verhandelt",
  [("malz", "2021-08-23 07:40",
    "Servus Kathrin, ich wollt's dir persönlich sagen bevor das Rundschreiben kommt: die Gerste "
    "aus der 21er Ernte ist knapp und teuer, dazu das Buchenholz für die Räucherung. Wir müssen "
    "beim Rauchmalz ab 1. Oktober um 11 % hoch, beim Pilsner Malz um 8 %. Für dich heißt das bei "
    "der Jahresmenge ungefähr 2.900 € mehr. Tut mir leid, ich weiß, das Jahr war eh schon zach."),
   ("me", "2021-08-23 12:15",
    "Servus Reinhold, danke dass du's vorher sagst. 11 % ist happig. Kann ich die Menge für das "
    "erste Halbjahr 22 noch zum alten Preis fest bestellen, wenn ich bis Ende September abrufe?"),
   ("malz", "2021-08-23 14:02",
    "Für ein halbes Jahr krieg ich das durch, ja. Schick mir die Mengen bis 15.9., dann mach ich "
    "dir ein Angebot."),
   ("me", "2021-08-23 14:10", "Passt. Danke dir!"),
  ])

p("hopfen", "Marianne Brandl", "Hopfenhof Brandl", "Inhaberin", connected="2017-09-02")
c("genuine", "vendor_contract", "de", "Hopfenbäuerin zum Vorvertrag und Preis für die nächste Ernte",
  [("hopfen", "2021-02-09 19:30",
    "Hallo Kathrin, die Vorverträge für Ernte 2021 gehen raus. Bei dir wären das wie letztes Jahr "
    "40 kg Hersbrucker und 25 kg Perle, Preis 8,40 bzw. 9,10 pro kg. Wenn du mehr Tettnanger "
    "willst, musst bald Bescheid sagen, der ist heuer begehrt."),
   ("me", "2021-02-10 08:05",
    "Hallo Marianne! Die Mengen passen. Vom Tettnanger hätt ich gern 10 kg extra, für ein "
    "Sommerbier. Schickst mir den Vertrag per Mail?"),
   ("hopfen", "2021-02-10 08:40", "Mach ich. Grüß mir die Schwemme!"),
  ])

p("wirt_forch", "Jürgen Sponsel", "Gasthaus Zum Roten Ochsen", "Wirt", connected="2019-06-20")
c("genuine", "client_quote_request", "de",
  "Wirt aus Forchheim will ein Angebot für Kellerbier in Fässern für den Sommer",
  [("wirt_forch", "2021-05-18 16:45",
    "Grüß Gott Frau Dörfler, wenn das mit der Außengastro ab Juni wieder geht, hätt ich gern Ihr "
    "Kellerbier im Ausschank. So 6-8 Fass à 30 l im Monat, Juni bis September. Machen Sie mir "
    "bitte ein Angebot inkl. Leihanlage? Bisher hab ich nur Flaschen von Ihnen gehabt."),
   ("me", "2021-05-19 09:10",
    "Grüß Gott Herr Sponsel, das freut mich sehr! Das 30-l-Fass Kellerbier kostet bei der Menge "
    "96 € netto, Leihanlage mit Durchlaufkühler stellen wir Ihnen kostenlos hin, Reinigung "
    "vierteljährlich 35 €. Ich schick Ihnen das Angebot schriftlich bis Freitag."),
   ("wirt_forch", "2021-05-19 10:30", "Des passt. Dann bis Freitag."),
  ])

p("nbg_rest", "Selin Aydın", "Kantine Gostenhof", "Betreiberin")
c("genuine", "inbound_lead", "de", "Restaurant aus Nürnberg will Rauchbier listen und fragt nach Preisen",
  [("nbg_rest", "2021-07-06 11:22",
    "Hallo Frau Dörfler, ich betreibe ein kleines Restaurant in Gostenhof und unsere Gäste fragen "
    "immer wieder nach Rauchbier. Ihres haben wir bei einem Ausflug in Bamberg getrunken und "
    "fanden es toll (nicht zu rauchig!). Liefern Sie auch nach Nürnberg? Was kostet ein Kasten / "
    "ein Fass? Wir würden gern klein anfangen."),
   ("me", "2021-07-06 17:50",
    "Hallo Frau Aydın, vielen Dank, freut mich! Nach Nürnberg liefern wir über Getränke Wiesent, "
    "die fahren jeden Dienstag. Kasten 20x0,5 l liegt bei 21,50 € netto plus Pfand, 20-l-Fass bei "
    "68 €. Ich leite Ihre Anfrage an Herrn Wiesent weiter, okay?"),
   ("nbg_rest", "2021-07-06 18:03", "Super, sehr gerne! Danke für die schnelle Antwort 🙂"),
  ])

p("dk_import", "Mads Kjeldsen", "Nordic Ale Import ApS", "Purchasing Manager",
  connected="2021-03-02", invite=("IN", "2021-03-01 14:00", "Hi Kathrin, importer from Copenhagen, would love to connect."))
c("genuine", "inbound_lead_export", "en",
  "Danish importer wants to buy pallets of smoked beer; English",
  [("dk_import", "2021-03-02 09:30",
    "Hi Kathrin, thanks for connecting. We import German and Belgian specialty beer into Denmark "
    "and Sweden. Your Rauchbier Märzen was a hit at a tasting we did in February. Could you quote "
    "for 2 pallets (0.5l bottles) ex works, and tell me your lead time? We'd need back labels in "
    "Danish, we can supply the artwork."),
   ("me", "2021-03-02 15:20",
    "Hi Mads, great to hear! 2 pallets = 1,680 bottles. Ex works price would be 1.05 EUR per bottle "
    "plus deposit-free one-way glass, lead time 3 weeks. Danish back labels are no problem if you "
    "send the artwork. I'll email you a formal offer."),
   ("dk_import", "2021-03-03 08:12", "Perfect, looking forward to it. Skål!"),
  ])

p("firma_ausflug", "Tobias Weigand", "Frankenlogistik GmbH", "Assistenz der Geschäftsführung")
c("genuine", "inbound_lead_tour", "de", "Firma fragt eine Brauereiführung mit Verkostung für 35 Leute an",
  [("firma_ausflug", "2021-09-14 13:05",
    "Sehr geehrte Frau Dörfler, wir planen für den 22. Oktober unseren Betriebsausflug nach "
    "Bamberg (35 Personen). Bieten Sie Brauereiführungen mit Verkostung und evtl. Brotzeit an? "
    "Was würde das kosten? Viele Grüße, Tobias Weigand"),
   ("me", "2021-09-14 18:40",
    "Sehr geehrter Herr Weigand, sehr gern! Führung (ca. 60 min) mit Verkostung von 4 Bieren "
    "kostet 19 € p. P., mit fränkischer Brotzeit 29 € p. P. Am 22.10. hätten wir ab 16 Uhr Zeit. "
    "Bitte beachten Sie die 3G-Regel."),
   ("firma_ausflug", "2021-09-15 08:20", "Dann nehmen wir die Variante mit Brotzeit, 16 Uhr. Vielen Dank!"),
  ])

p("kessler", "Stefan Kessler", "Brauerei Kessler", "Braumeister & Inhaber", connected="2013-10-01")
c("genuine", "peer_joint_offer", "de",
  "befreundeter Bamberger Brauer schlägt eine gemeinsame Weihnachtsbox mit Kostenteilung vor",
  [("kessler", "2021-09-28 21:10",
    "Kathrin, mal a Idee: mir machen heuer zusammen a Bamberger Weihnachtsbox. 3 Flaschen von dir, "
    "3 von mir, zwei Seidla Gläser, Verkauf über beide Shops und die Touri-Info. Karton und Druck "
    "teilen mir uns, Erlös nach Flaschen. Ich hab a Kalkulation, Verkaufspreis 29,90."),
   ("me", "2021-09-29 07:30",
    "Stefan, des is gut! Aber Gläser mit beiden Logos, sonst gibt's Streit 😄 Schick mir die "
    "Kalkulation, ich schau's mir heut Abend an."),
   ("kessler", "2021-09-29 07:45", "Logiscch. Mail ist raus."),
   ("me", "2021-09-29 22:10", "Zahlen passen. Mach mer. Wer bestellt die Kartons?"),
   ("kessler", "2021-09-30 06:55", "Ich. Du kümmerst dich um die Gläser."),
  ])

p("recruiter_brau", "Nadine Roth", "BrauPersonal Franken", "Personalberaterin",
  connected="2021-04-12", invite=("OUT", "2021-04-12 10:00", ""))
c("genuine", "recruiter_engaged", "de",
  "Inhaberin beauftragt eine Personalberatung für einen Brauer-Gesellen; Honorar wird besprochen",
  [("me", "2021-04-12 10:05",
    "Hallo Frau Roth, Stefan Kessler hat mir Sie empfohlen. Ich suche ab Juli einen Brauer und "
    "Mälzer (Geselle), Vollzeit, gern mit Erfahrung in der Flaschenabfüllung. Zwei Anzeigen haben "
    "nichts gebracht. Wie arbeiten Sie und was kostet das?"),
   ("recruiter_brau", "2021-04-12 14:30",
    "Hallo Frau Dörfler, danke für Ihr Vertrauen! Für Fachkräfte nehmen wir 18 % vom "
    "Jahresbruttogehalt, fällig erst bei Einstellung, mit 3 Monaten Nachbesetzungsgarantie. Ich "
    "hätte schon zwei Kandidaten aus Kulmbach und Bayreuth im Kopf."),
   ("me", "2021-04-12 15:00", "Klingt fair. Schicken Sie mir gern die Profile."),
   ("recruiter_brau", "2021-04-20 09:45", "Profile sind per Mail raus. Herr Lang wäre ab 1.7. verfügbar."),
  ])

p("bewerber", "Lukas Hümmer", "", "Brauer und Mälzer")
c("genuine", "applicant", "de", "Bewerber für die Brauerstelle meldet sich direkt",
  [("bewerber", "2021-05-03 20:14",
    "Hallo Frau Dörfler, ich hab gesehen das Sie einen Brauer suchen. Ich hab 2018 ausgelernt "
    "(Brauerei in der Fränkischen Schweiz) und arbeite grad in einer Großbrauerei, aber mir fehlt "
    "das handwerkliche. Darf ich Ihnen meine Unterlagen schicken? Rauchbier würd mich echt reizen."),
   ("me", "2021-05-04 07:20",
    "Hallo Herr Hümmer, gerne! Schicken Sie sie an jobs@doerfler-braeu.example. Kommen Sie doch "
    "gern auch mal auf ein Bier vorbei, dann zeig ich Ihnen das Sudhaus."),
   ("bewerber", "2021-05-04 07:45", "Mach ich, danke!!"),
  ])

p("be_bar", "Pieter Vanderstraeten", "Café De Gist", "Owner")
c("genuine", "inbound_lead_spam_folder", "en",
  "Belgian beer bar owner wants to buy kegs; LinkedIn filed it as SPAM; owner answered later",
  [("be_bar", "2020-10-06 10:15",
    "Hello Kathrin, I run a beer café in Ghent. I visited your taproom in September and I'm still "
    "thinking about the Ungespundet. Is it possible to buy 20l kegs for export to Belgium? We "
    "would take maybe 10 kegs per quarter. Sorry for writing here, your website form did not work."),
   ("me", "2020-10-21 19:40",
    "Hi Pieter, so sorry for the late reply, your message ended up in my spam folder! Yes, that's "
    "possible. 20l keg Ungespundet is 64 EUR net, you'd need to arrange the transport or we use "
    "our forwarder (approx. 85 EUR per pallet to Ghent). Shall I send a proposal?"),
   ("be_bar", "2020-10-22 08:00", "Yes please! Thank you."),
  ], folder="SPAM")

p("danke1", "Andrea Pfister", "", "", connected="2021-06-28")
p("danke2", "Matthias Schütz", "Sparkasse Bamberg-Land", "Firmenkundenberater", connected="2018-01-10")
p("danke3", "Julia Hofmann", "", "Lehrerin", connected="2021-06-27")
c("genuine", "thanks_after_event", "de", "Dank nach der Wiedereröffnung der Schwemme (1 von 3)",
  [("danke1", "2021-06-27 10:02",
    "Liebe Kathrin, danke für den wunderschönen Abend gestern! Endlich wieder Leute, endlich wieder "
    "frisch Gezapftes. Hab mich so gefreut 🍺"),
   ("me", "2021-06-27 11:30", "Danke dir Andrea, schön dass ihr da wart! ❤️")])
c("genuine", "thanks_after_event", "de", "Dank nach der Wiedereröffnung der Schwemme (2 von 3)",
  [("danke2", "2021-06-27 12:15",
    "Hallo Frau Dörfler, vielen Dank für den schönen Abend gestern. Die Wiedereröffnung war "
    "wirklich gelungen. Viele Grüße, Matthias Schütz")])
c("genuine", "thanks_after_event", "de", "Dank nach der Wiedereröffnung der Schwemme (3 von 3)",
  [("danke3", "2021-06-27 18:40",
    "Danke für den tollen Abend gestern!! War richtig schön, bis bald in der Schwemme :)")])

p("glas", "Heike Rosenbusch", "Rosenbusch Glasveredelung", "Vertrieb", connected="2021-08-05",
  invite=("OUT", "2021-08-05 09:00", ""))
c("genuine", "owner_started_quote", "de",
  "Inhaberin fragt selbst ein Angebot für bedruckte Seidla-Gläser an",
  [("me", "2021-08-05 09:12",
    "Hallo Frau Rosenbusch, wir bräuchten für eine Weihnachtsbox 600 Seidla (0,5 l) mit "
    "zweifarbigem Druck, zwei Logos. Können Sie mir ein Angebot machen? Liefertermin spätestens "
    "15. November."),
   ("glas", "2021-08-06 10:20",
    "Hallo Frau Dörfler, gerne. 600 Stück Seidla, 2-farbig, kommen auf 2,85 € pro Stück netto, "
    "Klischeekosten einmalig 90 €. Liefertermin 15.11. ist machbar, wenn die Druckdaten bis "
    "1.10. da sind."),
   ("me", "2021-08-06 11:00", "Danke, ich geb Ihnen nächste Woche Bescheid."),
  ])

p("wst_freund", "Florian Ebert", "Klosterbrauerei Ettal", "Braumeister", connected="2011-07-20")
c("genuine", "long_standing_contact", "de", "Studienfreund aus Weihenstephan, lockerer Austausch",
  [("wst_freund", "2020-12-18 21:45",
    "Kathrin! Wie kommst du durch den Lockdown? Wir stehn da mit vollen Tanks und keiner trinkt's. "
    "Machst du Flaschenverkauf ab Hof? Erzähl mal."),
   ("me", "2020-12-19 10:20",
    "Flo! Ja, Rampenverkauf Fr + Sa und Lieferdienst in Bamberg mit dem Lastenrad 😅 Hält uns über "
    "Wasser. Das Fassbier hab ich zum Teil zu Bierbrand brennen lassen. Und bei euch?"),
   ("wst_freund", "2020-12-19 11:05", "Bierbrand, genial! Ruf mich mal an, das will ich genauer wissen."),
  ])

p("festival", "Carina Bögl", "Craftbier-Sommer Erlangen", "Organisation", connected="2019-02-28")
c("genuine", "event_invite", "de", "Festival-Organisatorin lädt zum Craftbier-Festival ein",
  [("festival", "2021-05-25 15:00",
    "Hallo Kathrin, wir dürfen im August tatsächlich wieder, mit Hygienekonzept und max. 800 Leuten. "
    "Bist du wieder dabei? Standgebühr wie 2019 (250 €), diesmal mit festem Zeitfenster-Ticketing."),
   ("me", "2021-05-25 18:22", "Auf jeden Fall! Trag mich ein. Ich bring das Ungespundete und das Sommerbier."),
   ("festival", "2021-05-25 18:30", "Juhu! Vertrag kommt per Mail."),
  ])

p("haendler", "Bernd Wiesent", "Getränke Wiesent GmbH", "Geschäftsführer", connected="2015-05-05")
c("genuine", "distributor_existing_price", "de",
  "bestehender Getränkegroßhändler verhandelt Listungskonditionen und Preisanpassung",
  [("haendler", "2021-10-11 08:15",
    "Servus Kathrin, wir müssen über 2022 reden. Diesel und Personal ziehen an, ich muss die "
    "Logistikpauschale pro Kasten von 1,10 auf 1,35 € anheben. Dafür würd ich dein Kellerbier in "
    "die Sortimentsliste für die Nürnberger Gastro aufnehmen, da wär Potenzial."),
   ("me", "2021-10-11 12:40",
    "Servus Bernd, 1,35 tut weh. Wenn das Kellerbier in die Nürnberger Liste kommt und du mir "
    "mindestens 6 Objekte garantierst, bin ich bei 1,25 dabei. Frau Aydın aus Gostenhof hätten wir "
    "ja schon."),
   ("haendler", "2021-10-11 13:30", "1,25 mit 6 Objekten. Handschlag. Ich schick dir die Vereinbarung."),
  ])

p("journalist", "Veronika Lindner", "Bierkultur Magazin", "Redakteurin", connected="2020-11-03")
c("genuine", "journalist", "de", "Journalistin möchte ein Interview zum Thema Rauchbier",
  [("journalist", "2020-11-03 11:11",
    "Liebe Frau Dörfler, ich schreibe für das Bierkultur Magazin eine Geschichte über junge "
    "Brauerinnen in Franken und das Rauchbier. Hätten Sie nächste Woche Zeit für ein "
    "Telefoninterview (ca. 30 min)? Fotos würden wir im Frühjahr vor Ort machen."),
   ("me", "2020-11-03 13:00", "Liebe Frau Lindner, sehr gern. Dienstag oder Mittwoch vormittag?"),
   ("journalist", "2020-11-03 13:20", "Mittwoch 10 Uhr? Ich ruf Sie an."),
  ])

c("genuine", "bank_advisor", "de", "Firmenkundenberater der Sparkasse zur Überbrückungshilfe",
  [("danke2", "2021-01-26 09:00",
    "Hallo Frau Dörfler, kurze Info: die Überbrückungshilfe III kann jetzt über Ihren Steuerberater "
    "beantragt werden. Falls Sie bis dahin den Kontokorrent ausweiten müssen, melden Sie sich "
    "bitte, wir finden eine Lösung."),
   ("me", "2021-01-26 10:15", "Danke Herr Schütz, das ist gut zu wissen. Ich meld mich nächste Woche."),
  ])

p("steuer", "Dr. Ulrike Meyer-Heß", "Kanzlei Meyer-Heß", "Steuerberaterin", connected="2014-02-19")
c("genuine", "advisor_existing", "de", "Steuerberaterin erinnert an die Biersteueranmeldung",
  [("steuer", "2021-02-08 14:30",
    "Liebe Frau Dörfler, bitte denken Sie an die Biersteueranmeldung für Januar bis zum 15. Und "
    "schicken Sie mir die Umsätze aus dem Lieferdienst getrennt, wegen des ermäßigten Satzes auf "
    "Speisen bei den Brotzeitpaketen."),
   ("me", "2021-02-08 16:00", "Mach ich, danke! Kommt bis Freitag."),
  ])

p("wirt_beschwerde", "Klaus Fößel", "Bierkeller am Stephansberg", "Pächter", connected="2017-05-01")
c("genuine", "client_complaint", "de", "Stammkunde meldet Probleme mit der Zapfanlage und einem Fass",
  [("wirt_beschwerde", "2021-07-17 17:30",
    "Kathrin, des Fass vom Dienstag schäumt wie blöd und schmeckt a weng sauer. Is des des Bier "
    "oder mei Anlage? Samstag is voll, ich brauch bis morgen a Lösung!"),
   ("me", "2021-07-17 17:45",
    "Klaus, ich schick dir den Max gleich mit einem Ersatzfass vorbei und er schaut die Leitung "
    "an. Wenn's am Bier liegt, schreib ich dir's gut. Tut mir leid!"),
   ("wirt_beschwerde", "2021-07-17 19:10", "Max war da, Leitung war's. Passt scho. Danke fürs schnelle Kommen."),
  ])

p("taproom_mgr", "Max Deinlein", "Dörfler Bräu", "Leitung Schwemme & Ausschank", connected="2019-03-01")
c("genuine", "colleague", "de", "Schankleiter zur 3G-Regel und Schichtplanung",
  [("taproom_mgr", "2021-08-30 22:05",
    "Chefin, ab Donnerstag 3G auch drinnen, ich brauch am Eingang jemand zum Kontrollieren. Kann "
    "die Lea Fr und Sa machen? Dann geht's mit 4 Leuten hinterm Tresen."),
   ("me", "2021-08-31 07:10", "Ja, Lea macht's. Und häng bitte den Aushang an die Tür."),
  ])

p("hotel", "Sabine Krug", "Hotel Domblick", "F&B Managerin", connected="2018-11-14")
c("genuine", "client_order", "de", "Hotel bestellt Bockbier für die Adventszeit und fragt nach Preis",
  [("hotel", "2020-10-27 10:45",
    "Liebe Frau Dörfler, gibt es dieses Jahr wieder den Weihnachtsbock? Wir würden gern 15 Kästen "
    "und 4 Fässer fürs Restaurant nehmen, falls wir im Dezember überhaupt öffnen dürfen... Gleicher "
    "Preis wie letztes Jahr?"),
   ("me", "2020-10-27 12:30",
    "Liebe Frau Krug, ja, der Bock ist im Tank! Preis bleibt gleich. Und falls Sie im Dezember zu "
    "haben müssen, nehm ich die Fässer zurück, versprochen."),
  ])

p("techniker", "Georg Strobel", "Strobel Brautechnik", "Servicetechniker", connected="2016-06-06")
c("genuine", "vendor_service_price", "de",
  "Brautechnik-Dienstleister kündigt höhere Wartungspauschale an; Inhaberin fragt nach Termin",
  [("techniker", "2021-03-15 08:00",
    "Guten Morgen Frau Dörfler, die jährliche Wartung vom Sudwerk und der Abfüllung steht an. Ab "
    "diesem Jahr liegt die Pauschale bei 1.480 € statt 1.350 € (Anfahrt und Material). Passt Ihnen "
    "die KW 14?"),
   ("me", "2021-03-15 09:30", "Guten Morgen Herr Strobel, KW 14 passt, am liebsten Dienstag. Preis ist ok."),
  ])

p("tourismus", "Anja Rösch", "Bamberg Erleben e.V.", "Projektleitung Genuss", connected="2020-01-22")
c("genuine", "event_invite", "de", "Tourismusverein lädt ein, beim neuen Bierpfad-Pass mitzumachen",
  [("tourismus", "2021-04-20 14:20",
    "Hallo Kathrin, für den Neustart nach Corona planen wir einen 'Bierpfad-Pass': Gäste sammeln "
    "Stempel in 8 Brauereien. Wärt ihr dabei? Kostet euch nix, ihr bekommt Listung in der "
    "Broschüre und auf der Website. Treffen am 5. Mai im Rathaus."),
   ("me", "2021-04-20 16:00", "Klar sind wir dabei! 5. Mai komm ich."),
  ])

p("freundin", "Steffi Zenk", "", "", connected="2012-08-08")
c("genuine", "friend", "de", "Freundin gratuliert zur Medaille",
  [("freundin", "2021-11-06 20:30",
    "GOLD für das Ungespundete!!! 🥇🥇 Ich bin so stolz auf dich! Wann wird gefeiert?"),
   ("me", "2021-11-06 21:10", "Hahaha danke Steffi!! Freitag in der Schwemme, ich geb ein Fass aus 🍻"),
  ])

p("hobbybrauer", "Dennis Kraus", "", "Hobbybrauer", connected="2021-02-14")
c("genuine", "community", "de", "Hobbybrauer fragt nach Rat zum Räuchern",
  [("hobbybrauer", "2021-02-14 16:00",
    "Hi Kathrin, sorry für die Frage von nem Hobbybrauer: ich will mein Malz selbst räuchern, Buche. "
    "Wie lang lässt du's im Rauch, damit's nicht nach Schinken schmeckt? 😅"),
   ("me", "2021-02-15 08:30",
    "Hi Dennis, kein Problem. Kommt auf die Temperatur an, aber lieber weniger und mit kaltem Rauch. "
    "Und nimm am Anfang nur 20 % Rauchmalz in der Schüttung. Viel Spaß!"),
  ])

p("student", "Hannah Görtler", "Universität Bamberg", "Masterstudentin Kulturgeographie",
  connected="2021-06-01")
c("genuine", "research_request", "de", "Studentin möchte Interview für eine Masterarbeit",
  [("student", "2021-06-01 10:30",
    "Sehr geehrte Frau Dörfler, ich schreibe meine Masterarbeit über Brauereitourismus in "
    "Oberfranken nach Corona. Dürfte ich Sie ca. 40 Minuten interviewen? Die Daten werden "
    "anonymisiert."),
   ("me", "2021-06-02 08:00", "Sehr gern, Frau Görtler. Kommen Sie doch in die Brauerei, am besten vormittags."),
  ])

p("hochzeit", "Elena Brückner", "Brückner Catering", "Inhaberin", connected="2020-07-07")
c("genuine", "inbound_lead", "de", "Catering fragt Bier für eine Hochzeit an",
  [("hochzeit", "2021-08-02 12:00",
    "Hallo Kathrin, ich hab im September eine Hochzeit auf einem Hof bei Scheßlitz, 120 Gäste, das "
    "Brautpaar will unbedingt dein Kellerbier. Kannst du 5 Fässer + Ausschankwagen machen? Was "
    "kostet der Wagen pro Tag?"),
   ("me", "2021-08-02 14:30",
    "Hallo Elena, Fässer gehen, der Ausschankwagen kostet 150 € am Tag inkl. Reinigung. Welcher Samstag?"),
   ("hochzeit", "2021-08-02 14:41", "18. September. Ich reservier!"),
  ])

p("grafik", "Jonas Leicht", "Studio Leicht", "Grafikdesigner", connected="2020-09-15")
c("genuine", "vendor_existing_quote", "de",
  "beauftragter Grafiker schickt Rechnung und ein Nachtragsangebot für zusätzliche Etiketten",
  [("grafik", "2021-01-12 17:10",
    "Hallo Kathrin, anbei (per Mail) die Rechnung für den Etiketten-Relaunch. Du hattest noch die "
    "zwei Saisonbiere angesprochen: die würd ich dir für je 420 € machen, weil das Raster ja steht."),
   ("me", "2021-01-13 08:00", "Hi Jonas, Rechnung geht heut raus. Die Saisonbiere machen wir, Bock zuerst."),
  ])

p("bayreuth", "Tim Schramm", "Schramm's Hausbrauerei", "Brauer", connected="2018-09-09")
c("genuine", "peer_colleague", "de", "Brauerkollege aus Bayreuth fragt nach CO2-Flaschen",
  [("bayreuth", "2021-07-22 07:15",
    "Moin Kathrin, unser CO2-Lieferant hat nix mehr bis nächste Woche. Kannst du mir zwei Flaschen "
    "leihen? Ich bring dir dafür nen Kasten von meinem Stout."),
   ("me", "2021-07-22 07:40", "Klar, hol sie heut Nachmittag. Stout nehm ich gern 😄"),
  ])

p("kerwa", "Werner Düthorn", "Kerwaburschen Strullendorf-Nord", "Vorstand", connected="2019-08-19")
c("genuine", "client_order", "de", "Kerwaverein fragt Fassbier für die Dorfkerwa an",
  [("kerwa", "2021-07-05 19:50",
    "Servus Kathrin, heuer dürf mer die Kerwa wieder machen, wenn auch kleiner. 12 Fass Lager und "
    "4 Fass Rauch, wie 2019? Was kost des jetzt? Und des Kühlwagerl bräucht mer a wieder."),
   ("me", "2021-07-05 21:00",
    "Servus Werner, schön! Lager 30 l 92 €, Rauch 96 €, Kühlwagen wie immer umsonst für euch. "
    "Lieferung Freitag früh?"),
   ("kerwa", "2021-07-05 21:05", "Passt. Bist a Schatz."),
  ])

p("verband", "Dr. Michael Hagen", "Verband Fränkischer Privatbrauereien", "Geschäftsführer",
  connected="2015-11-11")
c("genuine", "association", "de", "Verband lädt zur Mitgliederversammlung",
  [("verband", "2021-09-06 11:00",
    "Liebe Frau Dörfler, die Mitgliederversammlung findet am 14. Oktober in Kulmbach statt, diesmal "
    "wieder in Präsenz. Wir würden uns freuen, wenn Sie kurz vom Lieferdienst-Modell berichten "
    "(10 Minuten)."),
   ("me", "2021-09-06 13:15", "Lieber Herr Hagen, gerne, ich bin dabei."),
  ])

p("exazubi", "Sophie Wagner", "Hoppy Hollow Brewing (Oregon)", "Brewer", connected="2016-08-30")
c("genuine", "long_standing_contact", "en", "former apprentice now brewing in the US catches up in English",
  [("exazubi", "2021-03-28 03:10",
    "Hey Kathrin! Greetings from Oregon. We just brewed a 'Bamberg style' Rauchbier and the "
    "Americans are going nuts for it. I told everyone I learned it from you 😊 How are you doing "
    "with all the lockdowns?"),
   ("me", "2021-03-28 09:30",
    "Sophie!! So lovely to hear from you. We're surviving, bottle shop and delivery. Send me a photo "
    "of the beer, and tell them the real one is in Bamberg 😉"),
   ("exazubi", "2021-03-28 16:20", "Haha will do. Miss the Schwemme!"),
  ])

p("vinothek", "Lorenz Hauck", "Genusshaus Hauck", "Inhaber", connected="2020-12-01")
c("genuine", "client_quote_request", "de", "Feinkostladen möchte Geschenkkörbe mit ihrem Bier, fragt Konditionen",
  [("vinothek", "2020-12-01 10:10",
    "Hallo Frau Dörfler, wir stellen für Firmenkunden Geschenkkörbe zusammen und würden gern Ihr "
    "Rauchbier und den Bock aufnehmen, je ca. 200 Flaschen. Welche Konditionen können Sie für "
    "Wiederverkäufer machen?"),
   ("me", "2020-12-01 11:40", "Hallo Herr Hauck, für Wiederverkäufer 15 % auf den Ladenpreis ab 120 Flaschen. Abholung bei uns oder Lieferung in Bamberg frei."),
   ("vinothek", "2020-12-01 12:00", "Prima, dann holen wir am Donnerstag ab."),
  ])

# ====================================================================== wanted pitches

p("w_flaschen", "Oliver Brinkmann", "Glasgut Handelskontor", "Key Account Brauereien")
c("wanted_pitch", "tailored_post", "de",
  "Flaschenhändler bezieht sich auf ihren Post zur Flaschenknappheit und nennt konkrete Mengen",
  [("w_flaschen", "2021-06-09 09:20",
    "Hallo Frau Dörfler, ich habe Ihren Beitrag von gestern gelesen, dass Ihnen für die Abfüllung "
    "im Juli rund 8.000 NRW-Flaschen 0,5 l fehlen, weil das Leergut nicht zurückkommt. Wir haben "
    "aktuell 2 Lkw Neuglas NRW braun bei einem Werk in Thüringen reserviert. Ich könnte Ihnen 10 "
    "Paletten (ca. 12.000 Stück) bis KW 27 liefern, Preis 0,19 €/Stück ab Werk. Falls das hilft, "
    "rufen Sie mich gern an."),
   ("me", "2021-06-09 11:45", "Hallo Herr Brinkmann, das hilft tatsächlich! Ich ruf Sie nach dem Mittag an."),
  ])

p("w_sensor", "Dr. Katja Eisenreich", "Fumotec Messtechnik", "Anwendungstechnik")
c("wanted_pitch", "tailored_talk", "de",
  "Messtechnikfirma bezieht sich auf ihren Vortrag zur eigenen Rauchmalz-Darre",
  [("w_sensor", "2020-11-24 15:00",
    "Sehr geehrte Frau Dörfler, ich habe Ihren Online-Vortrag beim Fränkischen Brauertag gehört, "
    "in dem Sie erzählt haben, dass Sie die Temperatur in Ihrer kleinen Rauchdarre noch von Hand "
    "alle halbe Stunde ablesen. Wir bauen Funk-Temperaturlogger für Räucheranlagen (eigentlich "
    "aus dem Metzgerhandwerk), die direkt aufs Handy melden. Darf ich Ihnen ein Leihgerät für eine "
    "Charge schicken? Kostenlos, nur Ihre Rückmeldung würde uns interessieren."),
   ("me", "2020-11-24 18:30", "Sehr gern, das nervt mich tatsächlich seit Jahren. Adresse schick ich Ihnen."),
  ])

p("w_kasse", "Benedikt Sauer", "Tresenwerk Kassensysteme", "Vertrieb Franken")
c("wanted_pitch", "tailored_site_visit", "de",
  "Kassenanbieter war in der Schwemme und beschreibt konkret ihre Strichliste und die TSE-Pflicht",
  [("w_kasse", "2021-07-27 10:30",
    "Hallo Frau Dörfler, ich war am Samstag bei Ihnen in der Schwemme (sehr gutes Kellerbier!) und "
    "hab gesehen, dass Ihre Leute bei vollem Haus mit Strichlisten auf dem Bierdeckel arbeiten und "
    "am Ende alles in die Registrierkasse tippen. Das kostet Zeit und ist seit der TSE-Pflicht "
    "auch steuerlich heikel. Wir haben ein Tablet-System für Biergärten mit Handbons, zugelassener "
    "TSE und Fassbier-Statistik. Ich würd's Ihnen gern mal an einem ruhigen Vormittag zeigen."),
   ("me", "2021-07-27 13:00", "Ertappt 😅 Ja, kommen Sie gern nächsten Dienstag um 10 vorbei."),
  ])

p("w_dose", "Jakob Ulrich", "Mobile Dose Süd", "Gründer")
c("wanted_pitch", "tailored_named_problem", "de",
  "mobiler Dosenabfüller greift ihre Aussage in der Zeitung auf, dass sie für den Export Dosen bräuchte",
  [("w_dose", "2021-04-07 08:50",
    "Servus Frau Dörfler, im Artikel in der Bamberger Rundschau letzte Woche haben Sie gesagt, dass "
    "die Dänen und Belgier gern Dosen hätten, Ihnen eine eigene Dosenlinie aber zu teuer ist. Genau "
    "dafür gibt's uns: wir kommen mit der mobilen Linie auf den Hof, füllen bis zu 4.000 Dosen am "
    "Tag, Dosen und Deckel bringen wir mit. Mindestmenge 10 hl. Wollen wir mal rechnen?"),
   ("me", "2021-04-07 12:20", "Ja! Rechnen Sie mal mit 15 hl Rauchbier Märzen, 0,44 l."),
  ])

p("w_berlin", "Marlene Fischer", "Hopfenpost Berlin", "Sortiment & Einkauf")
c("wanted_pitch", "tailored_mutual_contact", "de",
  "Berliner Craftbier-Vertrieb meldet sich auf Empfehlung von Stefan Kessler",
  [("w_berlin", "2021-10-19 14:10",
    "Hallo Kathrin, Stefan Kessler hat mir erzählt, dass du für dein Ungespundetes einen Vertrieb in "
    "Berlin suchst. Wir beliefern 60 Bars und Flaschenläden in Berlin und haben seit zwei Jahren "
    "Stefans Pils im Programm. Unser Modell: Festabnahme pro Quartal, Kühlkette bis zur Bar. Hast "
    "du Lust auf einen Call nächste Woche?"),
   ("me", "2021-10-19 20:00", "Hallo Marlene, ja, gerne! Donnerstag 14 Uhr?"),
   ("w_berlin", "2021-10-20 08:00", "Passt, ich schick dir einen Link."),
  ])

p("w_kaelte", "Holger Sperber", "Sperber Kältetechnik", "Projektleiter")
c("wanted_pitch", "tailored_public_item", "de",
  "Kältetechnikfirma bezieht sich auf den veröffentlichten Bauantrag zur Erweiterung des Gärkellers",
  [("w_kaelte", "2021-09-02 07:45",
    "Sehr geehrte Frau Dörfler, im Bauausschuss der Stadt Bamberg stand letzte Woche Ihr Bauantrag "
    "für die Erweiterung des Gär- und Lagerkellers auf der Tagesordnung. Bei einem Gewölbekeller "
    "in der Altstadt ist die Kühlung oft der knifflige Teil (Feuchte, Abwärme, Denkmalschutz). Wir "
    "haben die Kühlung für zwei Kellerbrauereien im Landkreis geplant und würden Ihnen gern "
    "unverbindlich eine Variante mit Glykol und Wärmerückgewinnung vorschlagen."),
  ])

p("w_erp", "Fabian Ott", "Sudlog Software", "Gründer")
c("wanted_pitch", "tailored_tools", "de",
  "Brauerei-Software-Anbieter nennt ihre Excel-Sudprotokolle und die Biersteuer-Meldung",
  [("w_erp", "2021-05-11 16:20",
    "Hallo Frau Dörfler, in Ihrer Stellenanzeige steht 'sicherer Umgang mit unseren "
    "Excel-Sudprotokollen' und in Ihrem Vortrag beim Verband erwähnten Sie, dass die monatliche "
    "Biersteueranmeldung ein ganzer Abend ist. Unser Programm Sudlog ist für Brauereien unter "
    "5.000 hl gemacht: Sudprotokoll am Tablet, Lagerbuch, und die Biersteuer-Anmeldung fällt "
    "automatisch raus. Import Ihrer Excel-Vorlagen machen wir kostenlos. Interesse an einer Demo?"),
  ])

p("w_recruit", "Sebastian Kunz", "Brau-Fachkräfte Nord", "Personalberater")
c("wanted_pitch", "tailored_recruiter", "de",
  "Personalberater hat einen passenden Braumeister-Kandidaten für ihre ausgeschriebene Stelle",
  [("w_recruit", "2021-04-26 11:00",
    "Hallo Frau Dörfler, zu Ihrer ausgeschriebenen Stelle (Brauer/Mälzer, Bamberg, ab Juli): ich "
    "betreue einen Kandidaten, 29, Geselle aus Kulmbach, 4 Jahre Erfahrung mit Flaschenfüller und "
    "Kieselgurfiltration, will zurück nach Oberfranken. Honorar 15 %, nur bei Einstellung. Soll ich "
    "Ihnen das anonymisierte Profil schicken?"),
   ("me", "2021-04-26 13:00",
    "Hallo Herr Kunz, danke, ich arbeite schon mit Frau Roth, aber schicken Sie's gern, falls es "
    "jemand anders ist."),
  ])

p("w_agentur", "Ronja Weiß", "Schaumkrone Kommunikation", "Inhaberin")
c("wanted_pitch", "tailored_marketing", "de",
  "Getränke-Agentur nennt ihren Etiketten-Relaunch und die Untappd-Bewertungen",
  [("w_agentur", "2021-02-23 10:00",
    "Hallo Kathrin, ich hab gesehen, dass ihr die Etiketten neu gemacht habt (sehr schön, das "
    "Sandstein-Motiv!). Auf Untappd hat das Rauchbier Märzen 3,9 aber fast keine Fotos, und euer "
    "Instagram zeigt fast nur das Sudhaus. Wir machen seit 6 Jahren nur Getränkemarken (u. a. zwei "
    "Brauereien in der Oberpfalz). Ich hätte drei konkrete Ideen, wie ihr die neuen Etiketten in "
    "den Flaschenverkauf bringt. 20 Minuten, und ich bring sie mit?"),
  ])

p("w_tours", "Gareth Hughes", "Hop & Heritage Tours", "Founder")
c("wanted_pitch", "tailored_visit_en", "en",
  "British beer tour operator visited the taproom and proposes Sunday group tastings",
  [("w_tours", "2021-10-04 12:00",
    "Hi Kathrin, I run small-group beer tours of Franconia from the UK (12 people max). We "
    "stopped at your Schwemme on a scouting trip in September, and I noticed you're closed on "
    "Sunday afternoons, which is exactly when our groups are in Bamberg. Would you consider a "
    "paid tasting for our groups, 6 Sundays in 2022? We pay 25 EUR per head plus what they drink. "
    "Happy to talk on the phone, my German is 'ein bisschen'."),
   ("me", "2021-10-04 18:00", "Hi Gareth, interesting! Let's talk. Thursday afternoon?"),
  ])

p("w_hopfen", "Christoph Lechner", "Hallertauer Aromahopfen Genossenschaft", "Brauereiberatung")
c("wanted_pitch", "tailored_supplier", "de",
  "Hopfengenossenschaft schlägt eine neue Sorte passend zu ihrem Hopfenzupfer-Pils vor",
  [("w_hopfen", "2021-09-21 09:30",
    "Grüß Gott Frau Dörfler, Ihr 'Hopfenzupfer' ist laut Website mit Hersbrucker gebraut und Sie "
    "schreiben, dass Sie ihn etwas frischer haben wollen. Wir haben aus der Ernte 2021 eine neue "
    "Aromasorte, die sehr nah am Hersbrucker ist, aber mehr Zitrus hat. Ich schick Ihnen gern 1 kg "
    "zum Probesud, kostenlos."),
   ("me", "2021-09-21 12:00", "Gern! Aber nur wenn die Marianne nicht beleidigt ist 😄 Schicken Sie's."),
  ])

p("w_energie", "Andreas Schmittlein", "Energieberatung Oberfranken", "Energieberater (BAFA)")
c("wanted_pitch", "tailored_named_problem", "de",
  "Energieberater nennt ihren alten Ölkessel aus dem Zeitungsbericht und ein passendes Förderprogramm",
  [("w_energie", "2021-03-30 13:15",
    "Sehr geehrte Frau Dörfler, in dem Porträt über Sie im Bierkultur Magazin stand, dass Ihr "
    "Dampfkessel noch mit Öl läuft und 1994 gebaut wurde. Für Brauereien gibt es im Moment ein "
    "BAFA-Programm, das den Umstieg auf Prozesswärme aus Biomasse oder Wärmepumpe mit bis zu 40 % "
    "fördert. Ich habe zwei Brauereien in Oberfranken durch den Antrag begleitet. Soll ich mir die "
    "Zahlen mal anschauen? Die erste Einschätzung kostet nichts."),
  ])

# ====================================================================== junk

p("j_flaschen", "Mirko Haas", "PackPro Verpackungen", "Vertrieb", connected="2021-06-15",
  invite=("IN", "2021-06-14 20:00", ""))
c("junk", "generic_counterpart_packaging", "de", "generischer Verpackungsanbieter, ohne Bezug zu ihr",
  [("j_flaschen", "2021-06-16 08:00",
    "Hallo Kathrin, danke fürs Vernetzen! Wir liefern Kartonagen, Folien, Klebeband und "
    "Versandmaterial für Onlinehändler und Industrie. Kann ich Ihnen unseren Katalog schicken?"),
  ])

p("j_kasse", "Nico Berger", "KassaCloud", "Sales Manager")
c("junk", "generic_counterpart_pos", "de", "generisches Kassensystem-Angebot",
  [("j_kasse", "2021-03-09 10:00",
    "Hallo, sind Sie mit Ihrem Kassensystem zufrieden? KassaCloud ist die moderne Lösung für "
    "Einzelhandel, Friseure und Gastronomie. Jetzt 3 Monate gratis testen! Viele Grüße"),
   ("j_kasse", "2021-03-16 10:00", "Hallo nochmal, haben Sie meine Nachricht gesehen?"),
  ])

p("j_recruit", "Patrick Lenz", "TopTalent Solutions", "Senior Recruiter")
c("junk", "recruiting_spam", "de", "Recruiter mit unpassender Stelle",
  [("j_recruit", "2021-09-08 12:00",
    "Hallo Kathrin, Ihr Profil passt perfekt zu einer spannenden Position als Head of Procurement "
    "bei einem Automobilzulieferer in Stuttgart (100k+). Hätten Sie Lust auf einen Austausch?"),
  ])

p("j_social", "Vanessa Krämer", "Likewerk Social Media", "Social Media Managerin")
c("junk", "generic_counterpart_marketing", "de", "generische Social-Media-Agentur",
  [("j_social", "2021-04-14 18:30",
    "Hey Kathrin 😊 Wusstest du, dass 70 % der Kunden ein Unternehmen zuerst auf Instagram checken? "
    "Wir übernehmen deinen kompletten Auftritt ab 399 €/Monat. Lust auf ein kostenloses Erstgespräch?"),
  ])

p("j_seo", "Ahmed Karimi", "SEO Rakete", "Geschäftsführer")
c("junk", "generic_service_pitch", "de", "SEO-Agentur, Schema F",
  [("j_seo", "2020-09-22 06:45",
    "Guten Tag, ich habe mir Ihre Website angesehen und festgestellt, dass Sie bei Google nicht auf "
    "Seite 1 stehen. Wir garantieren Top-Platzierungen innerhalb von 90 Tagen. Darf ich Ihnen eine "
    "kostenlose Analyse schicken?"),
  ])

p("j_web", "Laura Engel", "Webschmiede24", "Webdesignerin", connected="2021-01-18",
  invite=("IN", "2021-01-17 09:00", ""))
c("junk", "generic_service_pitch", "de", "Webdesign-Angebot mit Festpreis",
  [("j_web", "2021-01-19 09:30",
    "Hallo Frau Dörfler, eine moderne Website ist heute Ihre wichtigste Visitenkarte. Wir erstellen "
    "Ihre neue Website zum Festpreis ab 990 €, inkl. Hosting im ersten Jahr. Darf ich Ihnen "
    "Referenzen zeigen?"),
  ])

p("j_leasing", "Ralf Böhnlein", "Leasingpartner Süd", "Berater")
c("junk", "generic_service_pitch", "de", "Leasing/Finanzierung, generisch",
  [("j_leasing", "2021-05-25 09:00",
    "Sehr geehrte Damen und Herren, benötigen Sie Liquidität für Investitionen? Wir vermitteln "
    "Leasing und Mietkauf für Maschinen, Fahrzeuge und IT, auch bei schwieriger Bonität. Rufen Sie "
    "mich an!"),
  ], folder="ARCHIVE")

p("j_inkasso", "Sven Möller", "Creditas Forderungsmanagement", "Vertrieb")
c("junk", "generic_service_pitch", "de", "Inkasso-Dienstleister",
  [("j_inkasso", "2021-08-10 14:00",
    "Hallo Kathrin, offene Rechnungen bremsen Ihr Wachstum? Wir treiben Ihre Forderungen effizient "
    "und kundenfreundlich ein, ohne Vorabkosten. Kurzes Gespräch diese Woche?"),
  ])

p("j_solar", "Thomas Reiß", "SolarInvest Bayern", "Projektberater")
c("junk", "off_topic_product", "de", "Solarpark-Investment",
  [("j_solar", "2021-02-02 19:00",
    "Guten Abend Frau Dörfler, haben Sie schon über eine Beteiligung an einem Solarpark nachgedacht? "
    "Garantierte 6,5 % Rendite p. a., steuerlich optimiert. Ich sende Ihnen gern das Exposé."),
  ])

p("j_crypto", "Jenny Sommerfeld", "", "Finanz-Mentorin | Krypto | Freiheit")
c("junk", "mlm_crypto", "de", "Krypto-/Freiheits-Masche",
  [("j_crypto", "2021-05-04 22:30",
    "Hallo Kathrin, du wirkst wie eine Frau, die mehr vom Leben will 🌴 Ich habe mit einem "
    "einfachen System in 6 Monaten mein Gehalt verdoppelt, nebenbei mit Krypto. Soll ich dir "
    "zeigen wie?"),
   ("j_crypto", "2021-05-07 22:31", "??"),
  ])

p("j_reifen", "Dragan Petrović", "AutoTeile Express", "Außendienst")
c("junk", "off_topic_product", "de", "Reifen und Autoteile",
  [("j_reifen", "2020-10-13 11:00",
    "Guten Tag, wir bieten Reifen, Felgen und Ersatzteile für Ihren Fuhrpark zu Großhandelspreisen. "
    "Jetzt Winterreifen-Aktion: 4 Stück ab 199 €. Anfrage einfach per Nachricht."),
  ])

p("j_eigenmarke", "Kevin Schulte", "BrewMyBrand GmbH", "Business Development")
c("junk", "sells_what_you_sell", "de",
  "Anbieter von Eigenmarken-Bier bietet der Brauerin an, ihr 'eigenes Bier' brauen zu lassen",
  [("j_eigenmarke", "2021-07-13 10:00",
    "Hallo Kathrin, schon mal an ein eigenes Bier für dein Unternehmen gedacht? 🍺 Wir brauen dein "
    "individuelles Craft Beer mit deinem Logo, ab 500 Flaschen. Perfekt als Kundengeschenk oder "
    "für Events! Soll ich dir ein Angebot schicken?"),
  ])

p("j_bierabo", "Lisa Marquardt", "CraftBox Club", "Partnermanagerin")
c("junk", "sells_what_you_sell", "de", "Bier-Abo-Box will ihr Craftbier-Pakete verkaufen",
  [("j_bierabo", "2021-11-02 17:15",
    "Hi Kathrin! Du liebst gutes Bier? Dann wirst du unsere CraftBox lieben: jeden Monat 12 "
    "ausgewählte Craftbiere aus ganz Europa direkt nach Hause. Mit dem Code LINKEDIN20 sparst du "
    "20 % auf die erste Box 🍻"),
  ])

p("j_capacity", "Henrik Lohse", "Lohse Partners", "Managing Partner")
c("junk", "capacity_ask", "de", "fragt, ob sie Kapazitäten für neue Kunden hat",
  [("j_capacity", "2021-06-22 08:30",
    "Hallo Kathrin, kurze Frage: Hätten Sie aktuell Kapazitäten für neue Kunden? Wir haben mehr "
    "Anfragen, als wir bedienen können, und suchen Partner in Ihrer Branche."),
  ])

p("j_likeminded", "Daniel Ostrowski", "Ostrowski Consulting", "Unternehmer | Investor | Speaker",
  connected="2021-03-22", invite=("IN", "2021-03-21 18:00",
                                    "Hallo Kathrin, ich vernetze mich gern mit gleichgesinnten Unternehmern!"))
c("junk", "like_minded_networking", "de", "gleichgesinnte Unternehmer, Einladung in einen Mastermind-Kreis",
  [("j_likeminded", "2021-03-23 07:00",
    "Hallo Kathrin, schön, dass wir jetzt vernetzt sind! Ich tausche mich gern mit gleichgesinnten "
    "Unternehmern aus. Ich leite eine exklusive Mastermind-Gruppe für Unternehmer aus Bayern. Wäre "
    "das was für dich?"),
  ])

p("j_15min", "Marc Hoffmann", "Vertriebsturbo", "Sales Coach")
c("junk", "quick_call_ask", "de", "15-Minuten-Call mit Kalenderlink",
  [("j_15min", "2021-10-26 09:00",
    "Hallo Kathrin, hast du 15 Minuten für einen kurzen Call? Ich zeige dir, wie Dörfler Bräu mit "
    "unserem System planbar 10-15 neue Kunden pro Monat gewinnt. Termin direkt hier buchen: "
    "https://termin.vertriebsturbo-go.de/marc"),
   ("j_15min", "2021-11-02 09:00", "Hallo Kathrin, nur ein kurzer Reminder 😊"),
  ])

p("j_ctp1", "Christian Maurer", "Maurer Versicherungsmakler", "Versicherungsmakler",
  connected="2021-02-15", invite=("IN", "2021-02-15 08:00", "Hallo aus Erlangen!"))
c("junk", "connect_then_pitch", "de",
  "erst Smalltalk über Bamberg, sie antwortet, dann Versicherungsangebot",
  [("j_ctp1", "2021-02-16 10:00",
    "Hallo Frau Dörfler, danke fürs Annehmen! Ich bin oft in Bamberg, wunderschöne Stadt. Wie "
    "kommen Sie als Brauerei durch den Lockdown?"),
   ("me", "2021-02-16 12:30", "Danke der Nachfrage, es geht so. Flaschenverkauf läuft."),
   ("j_ctp1", "2021-02-17 09:00",
    "Das freut mich zu hören! Gerade in solchen Zeiten ist die richtige Absicherung wichtig. Ich "
    "würde gern Ihre Betriebshaftpflicht und Betriebsunterbrechungsversicherung kostenlos "
    "überprüfen, oft lassen sich 20-30 % sparen. Wann passt es Ihnen?"),
  ])

p("j_ctp2", "Melanie Vogt", "Vogt Coaching", "Business Coach",
  connected="2021-08-16", invite=("IN", "2021-08-16 07:30", ""))
c("junk", "connect_then_pitch", "de", "Dank fürs Vernetzen, dann Coaching-Pitch, dann Bump",
  [("j_ctp2", "2021-08-17 08:00", "Hallo Kathrin, danke für die Vernetzung! Tolles Profil 🙌"),
   ("j_ctp2", "2021-08-19 08:00",
    "Ich begleite Unternehmerinnen dabei, aus dem Hamsterrad rauszukommen und endlich mehr Zeit "
    "für sich zu haben. Hast du Lust auf ein kostenloses Klarheitsgespräch?"),
   ("j_ctp2", "2021-08-26 08:00", "Hallo Kathrin, ich wollte nur nochmal nachhaken 😊"),
  ])

p("j_ctp3", "Florian Wirth", "Wirth IT-Service", "Inhaber",
  connected="2020-11-09", invite=("IN", "2020-11-08 21:00", ""))
c("junk", "connect_then_pitch", "de", "Kompliment, sie antwortet, dann IT-Wartungsvertrag",
  [("j_ctp3", "2020-11-09 19:00",
    "Servus Kathrin, freut mich! Ich trink euer Rauchbier ab und zu, sehr lecker."),
   ("me", "2020-11-10 08:00", "Servus, das freut mich, danke!"),
   ("j_ctp3", "2020-11-10 08:45",
    "Gerne! Sag mal, wer kümmert sich bei euch eigentlich um die IT? Wir bieten Wartungsverträge "
    "für kleine Betriebe ab 89 € im Monat, inklusive Backup und Virenschutz. Soll ich dir was "
    "zusammenstellen?"),
   ("j_ctp3", "2020-11-17 08:45", "Kathrin? 🙂"),
  ])

p("j_bump", "Yannick Bauer", "Zeitwerk HR-Software", "Account Executive")
c("junk", "followup_bump", "de", "Zeiterfassungssoftware, dreimal nachgefasst ohne Antwort",
  [("j_bump", "2021-09-13 09:00",
    "Hallo Frau Dörfler, wie erfassen Sie aktuell die Arbeitszeiten Ihrer Mitarbeitenden?"),
   ("j_bump", "2021-09-20 09:00", "Hallo Frau Dörfler, ich hole meine Nachricht nochmal nach oben."),
   ("j_bump", "2021-09-27 09:00", "Hallo Frau Dörfler, passt es vielleicht nächste Woche besser?"),
   ("j_bump", "2021-10-04 09:00", "Letzter Versuch: soll ich mich im neuen Jahr nochmal melden?"),
  ])

p("j_werbe", "Sabrina Otte", "Promo-Artikel-Welt", "Kundenberaterin")
c("junk", "off_topic_product", "de", "Werbeartikel-Katalog, Massenversand",
  [("j_werbe", "2021-02-17 10:20",
    "Hallo Frau Dörfler, Kugelschreiber, Tassen, Powerbanks mit Ihrem Logo, schon ab 50 Stück! "
    "Jetzt im Februar 10 % Frühjahrsrabatt auf alle Werbeartikel. Katalog gefällig?"),
  ])

# -- one template, five senders (one in English)
p("j_tpl1", "Dennis Albrecht", "LeadBoost Consulting", "Gründer")
c("junk", "mass_template", "de", "Vorlage B: 'auf Ihr Profil gestoßen, mehr Kunden über LinkedIn' (1 von 5)",
  [("j_tpl1", "2021-05-17 08:00",
    "Hallo Kathrin, ich bin auf Ihr Profil gestoßen und finde spannend, was Sie bei Dörfler Bräu "
    "machen. Wir unterstützen Unternehmen aus der Getränkebranche dabei, über LinkedIn planbar "
    "neue Kunden zu gewinnen. Wären Sie offen für einen kurzen Austausch?"),
  ])
p("j_tpl2", "Sarah Neumann", "Kundenmagnet Digital", "Head of Sales")
c("junk", "mass_template", "de", "Vorlage B (2 von 5), Namen getauscht",
  [("j_tpl2", "2021-05-20 13:30",
    "Hallo Kathrin, ich bin auf Ihr Profil gestoßen und finde es spannend, was Sie bei Dörfler Bräu "
    "aufbauen. Wir helfen Unternehmen aus der Lebensmittelbranche, über LinkedIn planbar neue "
    "Kunden zu gewinnen. Offen für einen kurzen Austausch?"),
  ])
p("j_tpl3", "Tim Kowalski", "B2B Wachstum GmbH", "Berater")
c("junk", "mass_template", "de", "Vorlage B (3 von 5)",
  [("j_tpl3", "2021-06-01 09:15",
    "Hi Kathrin, bin auf dein Profil gestoßen und finde spannend, was du bei Dörfler Bräu machst. "
    "Wir unterstützen Unternehmen aus deiner Branche dabei, über LinkedIn planbar Neukunden zu "
    "gewinnen. Wärst du offen für einen kurzen Austausch?"),
   ("j_tpl3", "2021-06-08 09:15", "Hi Kathrin, kurzer Push, falls es untergegangen ist 🙂"),
  ])
p("j_tpl4", "Julia Brandt", "Pipeline Pilot", "Gründerin")
c("junk", "mass_template", "de", "Vorlage B (4 von 5)",
  [("j_tpl4", "2021-06-14 15:00",
    "Hallo Kathrin, ich bin auf Ihr Profil gestoßen und finde spannend, was Sie mit Dörfler Bräu "
    "machen. Wir unterstützen Brauereien dabei, mit LinkedIn planbar neue Kunden zu gewinnen. "
    "Wären Sie offen für ein kurzes Gespräch?"),
  ])
p("j_tpl5", "Ethan Clarke", "Growthlane", "Founder")
c("junk", "mass_template", "en", "template B (5 of 5), the same pitch in English",
  [("j_tpl5", "2021-06-21 10:40",
    "Hi Kathrin, I came across your profile and love what you're doing at Dörfler Bräu. We help "
    "companies in the beverage industry win new clients predictably through LinkedIn. Would you be "
    "open to a quick chat?"),
  ])

# -- merge-tag failures
p("j_mt1", "Robin Hartl", "Akquise Profis", "Vertrieb")
c("junk", "merge_tag_fail", "de", "Platzhalter {{Vorname}} nicht ersetzt",
  [("j_mt1", "2021-03-03 10:10",
    "Hallo {{Vorname}}, mir ist aufgefallen, dass {{Firma}} stark wächst! Wir helfen Teams wie "
    "Ihrem, mehr Termine zu vereinbaren. Kurzer Austausch?"),
  ])
p("j_mt2", "Katja Sommer", "EventKult", "Kundenbetreuung")
c("junk", "merge_tag_fail", "de", "[Name]-Platzhalter stehen geblieben",
  [("j_mt2", "2021-09-15 11:00",
    "Liebe/r [Name], für Ihre nächste Firmenfeier bei [Unternehmen] organisieren wir alles: "
    "Location, Catering, DJ. Jetzt Herbsttermine sichern!"),
  ])
p("j_mt3", "Uwe Stahl", "Stahl Unternehmensberatung", "Berater")
c("junk", "merge_tag_fail", "de", "falsche Anrede: Herr Dörfler",
  [("j_mt3", "2020-08-18 09:00",
    "Sehr geehrter Herr Dörfler, als Geschäftsführer eines mittelständischen Unternehmens kennen "
    "Sie das Problem: zu wenig Zeit für Strategie. Wir beraten Sie zu Nachfolgeregelung und "
    "Unternehmensverkauf. Darf ich Sie anrufen?"),
  ])
p("j_mt4", "Marie Lutz", "Genuss Digital", "Projektmanagerin")
c("junk", "merge_tag_fail", "de", "falsche Firma: hält sie für eine andere Brauerei",
  [("j_mt4", "2021-10-05 14:00",
    "Hallo Kathrin, ich bin großer Fan vom Lindenbräu Coburg! Mit unserem Online-Shop-System "
    "könnten Sie Ihre Biere deutschlandweit verkaufen. Sollen wir uns mal für Lindenbräu austauschen?"),
  ])

# -- Sponsored InMail
p("j_spon1", "LinkedIn Member", url="")
c("junk", "sponsored_inmail", "de", "Sponsored InMail für eine Weiterbildung",
  [("j_spon1", "2021-02-24 12:00",
    "<p>Hallo Kathrin,</p><p>Ihr Weg zum zertifizierten Projektmanager: berufsbegleitend, "
    "100&nbsp;% online &amp; staatlich gefördert.</p><p>Jetzt informieren!</p>"),
  ], title="Sponsored Conversation", subject="Ihre Karriere, Ihr Tempo")
p("j_spon2", "LinkedIn Member", url="")
c("junk", "sponsored_inmail", "de", "Sponsored InMail einer Business-Bank",
  [("j_spon2", "2021-07-01 12:00",
    "<p>Hallo Kathrin,</p><p>Das Geschäftskonto für Selbstständige: 0&nbsp;€ Kontoführung im "
    "ersten Jahr. Jetzt in 8 Minuten eröffnen.</p>"),
  ], title="Sponsored Conversation", subject="Ihr neues Geschäftskonto")
p("j_spon3", "LinkedIn Member", url="")
c("junk", "sponsored_inmail", "en", "sponsored InMail for a logistics whitepaper, in English",
  [("j_spon3", "2021-10-12 12:00",
    "<p>Hi Kathrin,</p><p>Download our free guide: 7 ways to cut shipping costs in 2022.</p>"),
  ], title="Sponsored Conversation", subject="Free guide for SMEs")

# -- paid awards / features / podcast
p("j_award", "Christina Falk", "Deutscher Mittelstandspreis Genuss", "Award Management")
c("junk", "paid_award", "de", "Award mit Teilnahmegebühr",
  [("j_award", "2021-04-28 09:00",
    "Sehr geehrte Frau Dörfler, herzlichen Glückwunsch! Dörfler Bräu wurde von unserer Jury für den "
    "'Genuss-Unternehmen des Jahres 2021' nominiert. Für das Siegerpaket (Urkunde, Siegel, "
    "Pressemitteilung) fällt eine Lizenzgebühr von 1.490 € zzgl. MwSt. an."),
  ])
p("j_feature", "Oliver Pütz", "Wirtschaftsköpfe Franken", "Anzeigenredaktion")
c("junk", "paid_feature", "de", "kostenpflichtiges Unternehmerporträt",
  [("j_feature", "2020-12-07 15:30",
    "Hallo Frau Dörfler, für unsere Ausgabe 'Frauen in der Wirtschaft' möchten wir Sie gern "
    "porträtieren! Für die ganzseitige Darstellung inkl. Interview berechnen wir einen "
    "Kostenbeitrag von 890 €. Darf ich Sie vormerken?"),
  ])
p("j_podcast", "Jana Rieger", "Erfolgsmenschen Podcast", "Host")
c("junk", "paid_podcast", "de", "Podcast-Gastplatz gegen Gebühr",
  [("j_podcast", "2021-08-24 20:00",
    "Hey Kathrin! 🎙️ Deine Geschichte als Brauerin ist sooo inspirierend. Wir würden dich gern in "
    "unseren Podcast holen! Für Produktion und Promotion berechnen wir eine einmalige Pauschale "
    "von 349 €. Soll ich dir einen Termin reservieren?"),
  ])

# -- fluent junk naming her company
p("j_fluent", "Johanna Kessel", "Brandwerk Consulting", "Senior Consultant")
c("junk", "fluent_named_company", "de", "flüssig, freundlich, nennt Dörfler Bräu, passt aber auf jeden",
  [("j_fluent", "2021-11-09 10:00",
    "Liebe Frau Dörfler, ich verfolge Dörfler Bräu schon eine Weile und bin beeindruckt, mit "
    "welcher Leidenschaft Sie Ihr Unternehmen führen. Gerade traditionsreiche Betriebe wie Ihrer "
    "haben oft ungenutztes Potenzial in der Markenführung. Mit unserem bewährten 5-Phasen-Modell "
    "haben wir Unternehmen wie Ihrem geholfen, ihre Sichtbarkeit nachhaltig zu steigern. Ich würde "
    "mich freuen, Ihnen in einem unverbindlichen Gespräch ein paar Impulse speziell für Dörfler "
    "Bräu mitzugeben. Wie sieht es bei Ihnen nächste Woche aus?"),
  ])

p("j_uebersetz", "Priya Raman", "GlobalLingo Translations", "Business Development")
c("junk", "generic_service_pitch", "en", "translation agency, English, generic",
  [("j_uebersetz", "2021-01-26 07:00",
    "Dear Kathrin, expanding internationally? GlobalLingo offers professional translation in 120 "
    "languages at competitive rates. Get 15% off your first project."),
  ])


if __name__ == "__main__":
    ex.write(
        OUT,
        {"First Name": "Kathrin", "Last Name": "Dörfler",
         "Headline": "Braumeisterin & Inhaberin Dörfler Bräu | Rauchbier, Kellerbier & die Schwemme in Bamberg",
         "Summary": ("Ich führe in dritter Generation die Brauerei Dörfler Bräu in Bamberg: Rauchbier, "
                     "Kellerbier und Saisonbiere, in Flasche und Fass für Gastronomie, Handel und "
                     "Export. Dazu unser Ausschank 'die Schwemme' im Sand mit Führungen und "
                     "Verkostungen. Fassbier für Kerwa, Feste und Hochzeiten liefern wir auch."),
         "Industry": "Getränkeherstellung", "Geo Location": "Bamberg, Bayern, Deutschland",
         "Websites": "[COMPANY:doerfler-braeu.example]"},
        [{"Company Name": "Dörfler Bräu", "Title": "Inhaberin & Braumeisterin",
          "Description": "Familienbrauerei mit Ausschank in Bamberg.", "Location": "Bamberg",
          "Started On": "Jan 2015", "Finished On": ""},
         {"Company Name": "Dörfler Bräu", "Title": "Braumeisterin", "Description": "",
          "Location": "Bamberg", "Started On": "Sep 2011", "Finished On": "Dec 2014"},
         {"Company Name": "Klosterbrauerei Ettal", "Title": "Brauerin", "Description": "",
          "Location": "Ettal", "Started On": "Oct 2009", "Finished On": "Aug 2011"}],
        ["Brauwesen", "Rauchbier", "Qualitätssicherung", "Gastronomie", "Vertrieb",
         "Unternehmensführung", "Lebensmittelrecht", "Veranstaltungsplanung", "Export",
         "Mitarbeiterführung", "Hopfen", "Mälzerei"],
    )
    print(ex.summary())

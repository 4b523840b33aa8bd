"""Persona: Gesa Ahlers, Inhaberin eines Bauunternehmens mit 40 Leuten in Bremen-Borgfeld.

Written blind to the detector (session 2). 2021 messages.csv layout. Every message is hand-written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-construction-company-owner-bremen"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Gesa Ahlers", "https://www.linkedin.com/in/gesa-ahlers-bau",
               "Wümme-Bau Ahlers GmbH", "Geschäftsführende Gesellschafterin")
ex = Export(SLUG, "2021", owner)
P = ex.person


def junk(category: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("junk", category, "de", note, messages, **kw)


def good(category: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("genuine", category, "de", note, messages, **kw)


def wanted(category: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("wanted_pitch", category, "de", note, messages, **kw)


# ------------------------------------------------------------------ junk: ein Template, vier Absender
TEMPLATE = [
    ("t1", "Marius Ionescu", "EuroWork Personal Solutions", "2020-11-10 08:45",
     "Sehr geehrte Frau Ahlers,\n\nviele Bauunternehmen in Bremen kämpfen mit dem Fachkräftemangel. "
     "Wir vermitteln qualifizierte Maurer, Eisenflechter und Betonbauer aus Rumänien – legal, mit "
     "A1-Bescheinigung, ab 34 € pro Stunde.\n\nHätten Sie diese Woche 15 Minuten für ein kurzes "
     "Telefonat?\n\nMit freundlichen Grüßen\nMarius Ionescu", "INBOX"),
    ("t2", "Agnieszka Wrobel", "BauKraft Polska Sp. z o.o.", "2021-01-19 10:02",
     "Sehr geehrte Frau Ahlers,\n\nviele Baufirmen in Norddeutschland kämpfen mit dem Fachkräftemangel. "
     "Wir vermitteln erfahrene Maurer, Eisenflechter und Schalungsbauer aus Polen – legal, mit "
     "A1-Bescheinigung, ab 36 € pro Stunde.\n\nHätten Sie kurz Zeit für ein Telefonat?\n\n"
     "Freundliche Grüße\nAgnieszka Wrobel", "INBOX"),
    ("t3", "Dragan Petrović", "Balkan Bau Service GmbH", "2021-03-04 07:30",
     "Guten Tag Frau Ahlers,\n\nviele Bauunternehmen in Ihrer Region kämpfen mit dem Fachkräftemangel. "
     "Wir vermitteln geprüfte Maurer, Eisenflechter und Betonbauer aus Serbien – legal, mit "
     "A1-Bescheinigung, ab 38 € pro Stunde.\n\nHätten Sie diese Woche Zeit für ein kurzes "
     "Gespräch?\n\nBeste Grüße\nDragan Petrović", "SPAM"),
    ("t4", "Lena Schuster", "FlexBau Personaldienst", "2021-06-15 09:20",
     "Sehr geehrte Frau Ahlers,\n\nviele Bauunternehmen in Bremen und umzu kämpfen mit dem Fachkräftemangel. "
     "Wir vermitteln qualifizierte Maurer, Eisenflechter und Betonbauer aus Rumänien und Bulgarien – "
     "legal, mit A1-Bescheinigung, ab 35 € pro Stunde.\n\nHätten Sie 15 Minuten für ein kurzes "
     "Telefonat?\n\nMit freundlichen Grüßen\nLena Schuster", "INBOX"),
]
for key, name, company, when, text, folder in TEMPLATE:
    P(key, name, company, "Vertrieb")
    junk("template_multi_sender", f"Personalvermittlung-Template, Absender {name}",
         [(key, when, text)], folder=folder)
ex.conversations[-1].messages.append(
    ("t4", "2021-06-22 09:25", "Sehr geehrte Frau Ahlers, ich wollte nur kurz nachfragen, ob meine Nachricht angekommen ist?"))

# ------------------------------------------------------------------ junk: Platzhalter-Fehler
P("m1", "Tobias Wendland", "KalkuPro Software", "Sales Manager")
junk("merge_tag_failure", "Kalkulationssoftware, {{Vorname}} nicht ersetzt",
     [("m1", "2020-10-06 10:10",
       "Hallo {{Vorname}},\n\nwie viel Zeit verbringt Ihr Team mit der Angebotskalkulation? Mit KalkuPro "
       "erstellen Bauunternehmen Angebote 70 % schneller. Darf ich Ihnen eine kostenlose Demo zeigen?")])
P("m2", "Sabrina Holm", "LeadWerk Digital", "Business Development")
junk("merge_tag_failure", "Leadgenerierung mit [Nachname]/[Firma]",
     [("m2", "2021-02-23 14:00",
       "Sehr geehrte/r Herr/Frau [Nachname],\n\nich habe gesehen, dass [Firma] auf Wachstumskurs ist. Wir "
       "generieren für Handwerksbetriebe monatlich 20+ qualifizierte Anfragen über Social Media. "
       "Wann passt Ihnen ein kurzer Austausch?")])
P("m3", "Kevin Brandes", "Maschinenhandel Nord", "Außendienst")
junk("merge_tag_failure", "falsche Firma im Anschreiben (Hansebau Müller)",
     [("m3", "2021-04-13 11:35",
       "Guten Tag Frau Ahlers,\n\nals Geschäftsführerin der Hansebau Müller GmbH wissen Sie, wie wichtig "
       "zuverlässige Maschinen sind. Wir haben aktuell gebrauchte Minibagger ab 18.900 € netto auf Lager. "
       "Interesse an unserer Liste?")])
P("m4", "Julia Carstens", "Social Boost Agentur", "Inhaberin")
junk("merge_tag_failure", "Anrede mit ganzem Headline-Text",
     [("m4", "2020-12-01 09:00",
       "Hallo Gesa Ahlers - Geschäftsführende Gesellschafterin bei Wümme-Bau Ahlers GmbH | Rohbau | "
       "Sanierung | Klinker,\n\nSie möchten mehr Reichweite auf Instagram? Wir machen Ihr Unternehmen "
       "sichtbar! Jetzt kostenloses Erstgespräch sichern.")])
P("m5", "Frank Oltmanns", "Vermögensplan Nord", "Berater")
junk("merge_tag_failure", "falscher Name (Herr Brüning)",
     [("m5", "2021-05-18 17:45",
       "Sehr geehrter Herr Brüning,\n\nals Unternehmer in der Baubranche sollten Sie Ihre "
       "Altersvorsorge nicht dem Zufall überlassen. Gerne stelle ich Ihnen unser steueroptimiertes "
       "Konzept für Geschäftsführer vor. Wann darf ich Sie anrufen?")])

# ------------------------------------------------------------------ junk: Sponsored InMail
P("s1", "FlottePlus Leasing", "FlottePlus Leasing", "", url="https://www.linkedin.com/company/flotteplus-leasing")
junk("sponsored_inmail", "Leasing-Werbung Transporter",
     [("s1", "2021-03-22 12:00",
       "<p>Hallo Gesa,</p><p>Transporter für Ihr Gewerbe ab 229&nbsp;&euro; netto im Monat &ndash; jetzt "
       "Angebot sichern.</p><p><b>Zum Konfigurator</b></p>")],
     title="Sponsored Conversation", subject="Ihr neuer Firmentransporter")
P("s2", "Nordbank Geschäftskonto", "Nordbank", "", url="https://www.linkedin.com/company/nordbank-business")
junk("sponsored_inmail", "Geschäftskonto-Werbung",
     [("s2", "2020-09-14 12:00",
       "<p>Hallo Gesa,</p><p>Das Geschäftskonto, das mit Ihrem Unternehmen wächst. 12 Monate ohne "
       "Kontoführungsgebühr.</p>")],
     title="Sponsored Conversation", subject="12 Monate kostenlos")
P("s3", "Hochschule Weserland Weiterbildung", "Hochschule Weserland", "",
  url="https://www.linkedin.com/company/hs-weserland-weiterbildung")
junk("sponsored_inmail", "berufsbegleitender Master, Werbung",
     [("s3", "2021-05-03 12:00",
       "<p>Gesa, bringen Sie Ihre Karriere aufs nächste Level: berufsbegleitender Master Baumanagement. "
       "Jetzt Infomaterial anfordern.</p>")],
     title="Sponsored Conversation", subject="Master Baumanagement – berufsbegleitend")

# ------------------------------------------------------------------ junk: erst vernetzen, dann pitchen
P("c1", "Dennis Kowalski", "BauAI Solutions", "Co-Founder", connected="2021-02-08",
  invite=("IN", "2021-02-07 19:30", ""))
junk("connect_then_pitch", "Smalltalk, dann KI-Angebotstool",
     [("c1", "2021-02-08 08:15", "Moin Frau Ahlers, danke fürs Vernetzen! Schön, jemanden aus der Bremer Baubranche kennenzulernen. Wie läuft es bei Ihnen im Winter?"),
      ("me", "2021-02-08 12:40", "Moin, bei dem Frost ruht der Rohbau leider. Innen läuft's."),
      ("c1", "2021-02-10 09:00",
       "Verstehe! Übrigens: Wir haben eine KI entwickelt, die Leistungsverzeichnisse automatisch "
       "auswertet und in Minuten kalkuliert. Hätten Sie Lust auf eine 15-minütige Demo?")])
P("c2", "Yvonne Reimers", "Erfolgsnetzwerk Nord", "Business Coach", connected="2020-11-23",
  invite=("IN", "2020-11-22 20:10", "Lassen Sie uns als gleichgesinnte Unternehmerinnen vernetzen!"))
junk("like_minded_entrepreneurs", "Gleichgesinnte Unternehmerinnen, dann Coaching-Programm",
     [("c2", "2020-11-23 07:50", "Liebe Gesa, wie schön, dass wir jetzt vernetzt sind! Ich liebe es, mich mit starken Unternehmerinnen auszutauschen."),
      ("c2", "2020-11-26 08:05",
       "Ich habe eine Frage an dich: Wenn du dein Business in 90 Tagen verdoppeln könntest, ohne mehr zu "
       "arbeiten – wärst du offen dafür? In meinem Programm \"Female Leader Nord\" sind noch 3 Plätze frei.")])
P("c3", "Jens Hagedorn", "Solarfix Gewerbe", "Energieberater", connected="2021-06-01",
  invite=("IN", "2021-05-31 16:00", ""))
junk("connect_then_pitch", "Kompliment zum Beitrag, dann Solaranlage + Nachfass",
     [("c3", "2021-06-01 10:00", "Hallo Frau Ahlers, toller Beitrag neulich! Danke für die Vernetzung."),
      ("c3", "2021-06-03 10:05",
       "Kurze Frage: Haben Sie schon über eine PV-Anlage auf Ihrer Halle nachgedacht? Wir machen das "
       "komplett ohne Eigenkapital. Soll ich Ihnen eine Wirtschaftlichkeitsberechnung schicken?"),
      ("c3", "2021-06-14 10:02", "Frau Ahlers, ich wollte nochmal nachhaken. Die Förderung läuft bald aus!")])

# ------------------------------------------------------------------ junk: Nachfass-Ketten
P("f1", "Stefanie Albers", "WebMeister Handwerk", "Projektleitung")
junk("follow_up_bump", "Website-Relaunch mit drei Nachfassern",
     [("f1", "2020-09-02 09:00",
       "Guten Tag Frau Ahlers, Ihre Website lädt auf dem Handy über 6 Sekunden. Das kostet Sie Aufträge. "
       "Wir bauen Handwerker-Websites zum Festpreis. Interesse?"),
      ("f1", "2020-09-09 09:00", "Ich hole meine Nachricht nochmal nach oben 🙂"),
      ("f1", "2020-09-17 09:00", "Frau Ahlers, haben Sie meine letzte Nachricht gesehen?"),
      ("f1", "2020-09-28 09:00", "Da ich nichts gehört habe, gehe ich davon aus, dass das Thema gerade nicht passt. Soll ich mich in einem halben Jahr nochmal melden?")])
P("f2", "Oliver Schramm", "Drohnenblick Media", "Inhaber")
junk("follow_up_bump", "Imagefilm + Nachfass",
     [("f2", "2021-04-06 14:00",
       "Hallo Frau Ahlers, ein professioneller Imagefilm ist das beste Recruiting-Tool für Bauunternehmen. "
       "Pakete ab 2.490 €. Darf ich Ihnen Beispiele schicken?"),
      ("f2", "2021-04-13 14:01", "Kurzer Reminder zu meiner Nachricht 😉")])

# ------------------------------------------------------------------ junk: Recruiting, Krypto, Strukturvertrieb
P("r1", "Sandra Kießling", "TopTalents Executive Search", "Senior Consultant")
junk("recruiting_spam", "fremde Stelle: Vertriebsleitung Solar in München",
     [("r1", "2021-01-12 11:00",
       "Hallo Frau Ahlers, Ihr Profil ist mir positiv aufgefallen! Für einen Kunden suche ich eine "
       "Vertriebsleitung (m/w/d) Solar im Großraum München, 120 k€ + Dienstwagen. Hätten Sie Interesse "
       "an einem vertraulichen Austausch?")])
P("r2", "Marco Lüdtke", "Finanzkompass Akademie", "Direktionsleiter")
junk("recruiting_spam", "Strukturvertrieb: Nebenberuflich Finanzberater",
     [("r2", "2020-10-20 20:30",
       "Hallo Gesa, hast du schon mal über ein zweites Standbein nachgedacht? Wir suchen "
       "Führungspersönlichkeiten, die nebenberuflich als Finanzcoach durchstarten wollen. Ausbildung "
       "bezahlt, freie Zeiteinteilung. Lust auf ein Kennenlernen per Zoom?")])
P("x1", "Alexander Wirth", "", "Trader")
junk("crypto_mlm", "Krypto-Gewinne, Spam-Ordner",
     [("x1", "2021-03-30 23:10",
       "Guten Abend Gesa, ich hoffe, es geht Ihnen gut. Ich helfe Unternehmern, mit Bitcoin-Trading "
       "passiv 3–5 % pro Woche zu verdienen. Vollautomatisch. Darf ich Ihnen zeigen, wie?")], folder="SPAM")
P("x2", "Nicole Franke", "VitalLife Team", "Teamleiterin")
junk("crypto_mlm", "Nahrungsergänzung MLM für die Bauarbeiter",
     [("x2", "2020-12-08 19:15",
       "Hallo liebe Gesa! 💪 Deine Jungs auf dem Bau leisten jeden Tag Schwerstarbeit. Unsere "
       "Protein-Shakes und Vitalpakete geben mehr Energie – und du kannst sogar mitverdienen! Magst du mehr wissen?")])
P("x3", "Rüdiger Pahl", "Goldwerk Invest", "Vermögensberater")
junk("crypto_mlm", "Goldsparplan für Unternehmer",
     [("x3", "2021-06-08 10:45",
       "Sehr geehrte Frau Ahlers, Inflation frisst Ihr Betriebsvermögen. Mit unserem physischen "
       "Goldsparplan sichern sich Unternehmer ab – schon ab 100 € monatlich. Darf ich Ihnen unsere "
       "Broschüre zusenden?")])

# ------------------------------------------------------------------ junk: bezahlte Auszeichnungen, Interviews
P("a1", "Katrin Moll", "Deutscher Handwerkspreis Initiative", "Projektmanagerin")
junk("paid_award", "Top-Arbeitgeber-Siegel gegen Gebühr",
     [("a1", "2021-02-16 10:30",
       "Herzlichen Glückwunsch, Frau Ahlers! Wümme-Bau Ahlers wurde für das Siegel \"Top-Arbeitgeber "
       "Handwerk 2021\" nominiert. Die Lizenzgebühr für Siegel, Urkunde und Pressepaket beträgt "
       "1.890 € zzgl. MwSt. Bitte bestätigen Sie bis Freitag.")])
P("a2", "Benedikt Sauer", "Mittelstand im Fokus TV", "Redaktion")
junk("paid_award", "TV-Interview mit Produktionskostenbeteiligung",
     [("a2", "2020-11-03 13:15",
       "Sehr geehrte Frau Ahlers, unsere Redaktion möchte Sie als Vorzeigeunternehmerin im Format "
       "\"Mittelstand im Fokus\" porträtieren. Für Dreh und Ausstrahlung fällt ein "
       "Produktionskostenzuschuss von 3.400 € an. Dürfen wir Ihnen das Exposé schicken?")])
P("a3", "Timo Lehnert", "Macher im Mittelstand Podcast", "Host")
junk("paid_award", "Podcast-Gastauftritt gegen Beitrag",
     [("a3", "2021-05-25 16:40",
       "Hey Gesa! Wir würden dich super gerne in unserem Podcast \"Macher im Mittelstand\" (Top 1 % in "
       "Deutschland) haben. Für die Produktion nehmen wir einen kleinen Unkostenbeitrag von 490 €. "
       "Wann hast du Zeit für eine Aufnahme?")])

# ------------------------------------------------------------------ junk: Kapazitäten, eigene Leistungen, themenfremd
P("o1", "Nadine Voigt", "BauAnfragen24", "Partnermanagement")
junk("capacity_pitch", "Haben Sie Kapazitäten? Bezahlte Bauanfragen",
     [("o1", "2021-03-09 09:40",
       "Hallo Frau Ahlers, haben Sie aktuell Kapazitäten für neue Aufträge? Wir vermitteln exklusive "
       "Bauherren-Anfragen in Ihrer Region, ab 59 € pro Kontakt. Soll ich Ihre PLZ freischalten?")])
P("o2", "Heiko Raabe", "Traumhaus Nord GmbH", "Bauberater")
junk("sells_herself", "schlüsselfertiges Einfamilienhaus an eine Baufirma",
     [("o2", "2020-08-25 18:00",
       "Guten Tag Frau Ahlers, träumen Sie vom eigenen Haus? Wir bauen Ihr Einfamilienhaus "
       "schlüsselfertig zum Festpreis – jetzt kostenloses Beratungsgespräch vereinbaren!")])
P("o3", "Amit Sharma", "CodeNest Technologies", "Business Development Manager")
junk("off_topic", "Offshore-App-Entwicklung, englisch-deutsch Kauderwelsch",
     [("o3", "2021-01-26 05:20",
       "Sehr geehrte Gesa,\nWir sind ein Team aus 150+ Entwicklern und bauen Apps und Webshops für "
       "Unternehmen weltweit. Haben Sie kommende Softwareprojekte? Unsere Stundensätze beginnen bei 20 $.")],
     folder="SPAM")
P("o4", "Patrick Neumann", "KaffeeKultur Büroservice", "Gebietsleiter")
junk("off_topic", "Kaffeevollautomat fürs Büro",
     [("o4", "2020-10-27 11:00",
       "Hallo Frau Ahlers, wie ist eigentlich der Kaffee in Ihrem Büro? ☕ Wir stellen Ihnen einen "
       "Profi-Vollautomaten kostenlos auf, Sie zahlen nur die Bohnen. Lust auf eine Testwoche?")])
P("o5", "Melanie Krüger", "ShopBoost Fulfillment", "Key Account")
junk("off_topic", "E-Commerce-Fulfillment an Bauunternehmen",
     [("o5", "2021-04-27 15:00",
       "Hallo Frau Ahlers, sind Sie mit Ihrem aktuellen Fulfillment-Dienstleister zufrieden? Wir "
       "versenden Ihre Produkte in 24h europaweit und übernehmen Amazon-Prep. Darf ich ein Angebot machen?")])
P("o6", "Christian Heldt", "WachstumsWerk Consulting", "Managing Partner")
junk("generic_fluent", "flüssiger Allgemein-Pitch, nennt Firma",
     [("o6", "2021-05-11 09:30",
       "Guten Morgen Frau Ahlers, ich habe mir heute früh die Website von Wümme-Bau Ahlers angeschaut – "
       "beeindruckende Referenzen, man sieht, dass Sie Qualität leben. Gerade in der Baubranche erleben "
       "wir immer wieder, dass Inhaberinnen und Inhaber operativ so eingebunden sind, dass für die "
       "strategische Entwicklung kaum Zeit bleibt. Steigende Materialpreise, Fachkräftemangel und "
       "Margendruck kommen hinzu. Genau hier setzt unser bewährtes 3-Säulen-System an: Prozesse, "
       "Preise, Personal. Unsere Kunden aus Handwerk und Bau steigern damit im Schnitt ihren Gewinn um "
       "bis zu 100 %, ohne zusätzliches Personal, und gewinnen wieder Zeit für das Wesentliche. Ich "
       "frage mich daher: Wären Sie offen dafür, sich anzusehen, wie das auch bei Ihnen funktionieren "
       "könnte? Ein kurzes 15-minütiges Gespräch würde genügen, und Sie gehen in jedem Fall mit zwei, "
       "drei konkreten Impulsen heraus."),
      ("o6", "2021-05-18 09:31", "Frau Ahlers, darf ich nochmal nachfragen? Ich bin sicher, es lohnt sich für Sie.")])
P("o7", "Svenja Timm", "CyberSafe Mittelstand", "IT-Sicherheitsberaterin")
junk("generic_fluent", "Angst-Pitch IT-Sicherheit mit Firmennamen",
     [("o7", "2020-12-15 08:20",
       "Frau Ahlers, Unternehmen wie Wümme-Bau Ahlers sind das Hauptziel von Ransomware-Angriffen. Die "
       "durchschnittlichen Kosten liegen bei 250.000 €. Wir bieten Ihnen einen kostenlosen Sicherheitscheck an. "
       "Passt Ihnen Dienstag?")])
P("o8", "Lisa Meier", "Bewertungsprofi", "")
junk("off_topic", "gekaufte Google-Bewertungen, Spam-Ordner",
     [("o8", "2021-02-02 02:40",
       "50 echte 5-Sterne-Google-Bewertungen in 7 Tagen!!! Garantiert dauerhaft. Antworten Sie mit JA für die Preisliste.")],
     folder="SPAM")
P("o9", "Wang Lei", "Qingdao Steelworks Trading", "Sales Manager")
junk("generic_template", "Massenmail Baustahl aus China",
     [("o9", "2020-09-22 03:05",
       "Sehr geehrte Damen und Herren,\nwir sind ein führender Hersteller von Baustahl, Bewehrungsmatten und "
       "Stahlträgern. Beste Preise, schnelle Lieferung nach Hamburg. Bitte senden Sie uns Ihre Anfrage.\nMit freundlichen Grüßen")])
P("o10", "Manfred Böttcher", "Unternehmensbörse Nord", "M&A-Berater")
junk("generic_template", "Nachfolge-Massenanschreiben",
     [("o10", "2021-03-16 16:30",
       "Sehr geehrte Frau Ahlers, haben Sie sich schon Gedanken über die Nachfolge in Ihrem Unternehmen "
       "gemacht? Wir haben zahlreiche solvente Käufer für Handwerksbetriebe im Norden. Eine "
       "Unternehmensbewertung ist für Sie kostenlos.")])
P("o11", "Carina Busch", "Fördermittel Express", "Fördermittelberaterin")
junk("off_topic", "Förderzusage-Köder, Spam-Ordner",
     [("o11", "2021-06-21 22:55",
       "GLÜCKWUNSCH!! Ihr Unternehmen ist förderberechtigt für bis zu 80.000 € Zuschuss! Nur noch 48 "
       "Stunden. Jetzt Anspruch prüfen lassen!")], folder="SPAM")

# ------------------------------------------------------------------ genuine
P("g1", "Henning Rohlfs", "", "Lehrer", connected="2021-03-01",
  invite=("IN", "2021-02-28 20:00", "Moin, wir planen einen Anbau und suchen eine Baufirma."))
good("inbound_lead", "Bauherr fragt Anbau an, Preise, Besichtigung",
     [("g1", "2021-03-01 19:40",
       "Moin Frau Ahlers, danke fürs Annehmen. Wir haben ein Siedlungshaus in Lilienthal von 1958 und "
       "möchten einen Anbau, ca. 35 m², Bodenplatte und Mauerwerk mit Klinker. Die Baugenehmigung ist "
       "beantragt. Machen Sie so etwas? Was kostet so ein Rohbau ungefähr?"),
      ("me", "2021-03-02 07:15",
       "Moin Herr Rohlfs, ja, das ist genau unser Ding. Pauschal kann ich nichts sagen, grob liegen wir bei "
       "so einem Rohbau mit Klinker zwischen 1.100 und 1.400 € pro m², je nach Gründung. Ich würde mir das "
       "gern vor Ort ansehen. Passt Ihnen Samstag um 10?"),
      ("g1", "2021-03-02 07:40", "Samstag 10 Uhr passt. Adresse schicke ich gleich per Mail."),
      ("me", "2021-03-02 07:42", "Prima, bis Samstag.")])
P("g2", "Birte Lammers", "Weserwohnen eG", "Leiterin Technik", connected="2018-05-14")
good("inbound_lead", "Wohnungsgenossenschaft bittet um Angebot für Balkonsanierung",
     [("g2", "2020-10-13 10:00",
       "Sehr geehrte Frau Ahlers, wir schreiben im Januar die Balkonsanierung in der Fleetrade aus "
       "(48 Balkone, Betoninstandsetzung und neue Abdichtung). Wären Sie interessiert, ein Angebot "
       "abzugeben? Die Unterlagen könnte ich Ihnen vorab zusenden."),
      ("me", "2020-10-13 11:30",
       "Sehr geehrte Frau Lammers, sehr gern. Schicken Sie mir die Unterlagen bitte an die Büroadresse. "
       "Ein Ortstermin vorab wäre hilfreich."),
      ("g2", "2020-10-13 12:05", "Mache ich. Ortstermin am 27.10. um 9 Uhr, Treffpunkt Hausnummer 12."),
      ("me", "2020-10-28 16:30",
       "Sehr geehrte Frau Lammers, vielen Dank für den Ortstermin gestern. Ein paar Punkte, bevor wir "
       "kalkulieren, damit unser Angebot mit den anderen vergleichbar ist: Erstens sind bei mindestens "
       "sechs Balkonen die Kragplatten an der Unterseite so stark abgeplatzt, dass die Bewehrung offen "
       "liegt. Im LV ist Betoninstandsetzung pauschal pro Balkon angesetzt; ich würde vorschlagen, das "
       "nach Fläche abzurechnen, sonst wird es für einen der Bieter ein Glücksspiel. Zweitens fehlt im LV "
       "die Entwässerung: Die alten Speier sind teilweise zu kurz, das Wasser läuft an der Fassade herunter. "
       "Soll das in unser Angebot mit rein oder macht das der Klempner? Drittens die Bauzeit: Wenn Sie "
       "im bewohnten Zustand sanieren wollen, planen wir je Strang zwei Wochen und sprechen die Mieter "
       "vorher einzeln an. Und viertens bräuchten wir eine Fläche für Container und Material auf dem Hof. "
       "Gern können wir das auch kurz telefonisch klären."),
      ("g2", "2020-10-29 08:15",
       "Sehr geehrte Frau Ahlers, danke, sehr hilfreich. Abrechnung nach Fläche übernehmen wir für alle "
       "Bieter, die Speier kommen als eigene Position ins LV. Der Hof steht zur Verfügung. Ich schicke "
       "morgen die geänderten Unterlagen an alle."),
      ("me", "2020-10-29 08:30", "Prima, danke!")])
P("g3", "Jörn Kück", "Kück Architekten", "Architekt", connected="2016-09-20")
good("colleague", "Architekt zum Bauzeitenplan",
     [("g3", "2021-04-20 17:10",
       "Hallo Gesa, der Bauherr in Schwachhausen will den Einzug auf Oktober vorziehen. Schaffen wir die "
       "Klinkerfassade bis Ende Juli, wenn der Gerüstbauer eine Woche früher kommt? Ich brauche bis "
       "Freitag eine ehrliche Einschätzung."),
      ("me", "2021-04-20 18:30",
       "Ehrlich: nur wenn der Steinlieferant Wort hält. Ich ruf morgen beim Werk an und melde mich."),
      ("g3", "2021-04-20 18:35", "Danke dir!")])
P("g4", "Uwe Seedorf", "Zimmerei Seedorf", "Zimmermeister", connected="2015-02-11")
good("vendor_existing", "Subunternehmer Zimmerei, Plattdeutsch gefärbt",
     [("g4", "2021-05-06 06:10",
       "Moin Gesa! Dat Dachholz för Oberneuland is endlich dor. Wi künnt Dingsdag mit'n Dachstuhl anfangen, "
       "wenn dien Lüüd de Ringbalken fardig hebbt. Geiht dat klor?"),
      ("me", "2021-05-06 06:45",
       "Moin Uwe, jo, Ringbalken is Montag betoniert. Dingsdag passt. Kran steiht ok noch."),
      ("g4", "2021-05-06 06:47", "Top. Bit denn!")])
P("g5", "Thorsten Dierks", "Baustoffe Dierks", "Verkaufsberater", connected="2017-06-30")
good("vendor_existing", "Baustoffhändler: Lieferverzug Kalksandstein",
     [("g5", "2021-02-24 13:20",
       "Frau Ahlers, zu Ihrem Auftrag 20210311: Die KS-Steine 17,5 kommen erst am 8.3. statt am 3.3., das "
       "Werk hatte Frostschaden an der Presse. Ich kann Ihnen als Ersatz 15er zum gleichen Preis anbieten "
       "oder wir warten. Wie möchten Sie es?"),
      ("me", "2021-02-24 14:00", "Wir warten, die Statik ist auf 17,5 gerechnet. Danke für die Info."),
      ("g5", "2021-02-24 14:02", "Alles klar, dann bleibt es beim 8.3.")])
P("g6", "Finn Wessels", "", "Schüler")
good("applicant", "Ausbildungsbewerbung Maurer",
     [("g6", "2021-01-28 16:20",
       "Sehr geehrte Frau Ahlers, ich heiße Finn Wessels, bin 16 und mache im Sommer meinen Abschluss an "
       "der Oberschule Borgfeld. Ich habe bei Ihnen schon ein Praktikum gemacht und würde gerne die "
       "Ausbildung zum Maurer bei Ihnen anfangen. Meine Bewerbung habe ich per Post geschickt."),
      ("me", "2021-01-28 18:00",
       "Hallo Finn, schön von dir zu hören! Die Bewerbung ist angekommen. Komm doch nächsten Mittwoch um "
       "15 Uhr mit deinen Eltern ins Büro, dann reden wir.")])
P("g7", "Piotr Nowak", "", "Polier", connected="2021-05-21")
good("applicant", "Polier bewirbt sich auf Stellenanzeige",
     [("g7", "2021-05-21 20:10",
       "Guten Abend Frau Ahlers, ich habe Ihre Anzeige für einen Polier Hochbau gesehen. Ich arbeite "
       "seit 14 Jahren im Rohbau, davon 6 als Polier, zur Zeit in Delmenhorst. Gehaltsvorstellung um "
       "die 4.200 € brutto. Wann könnte ich vorbeikommen?"),
      ("me", "2021-05-22 09:30", "Guten Morgen Herr Nowak, danke für Ihre Nachricht. Donnerstag 16 Uhr in Borgfeld?"),
      ("g7", "2021-05-22 10:00", "Donnerstag passt, ich komme.")])
P("g8", "Anja Fricke", "Fricke Personalberatung Bau", "Inhaberin", connected="2021-02-15")
good("owner_initiated_hiring", "Inhaberin beauftragt Personalberaterin für Bauleiter, Honorar",
     [("me", "2021-02-15 09:00",
       "Guten Tag Frau Fricke, Jörn Kück hat Sie empfohlen. Wir suchen einen Bauleiter Hochbau (Bauing. "
       "oder Meister) für Bremen und Umland. Übernehmen Sie solche Suchen?"),
      ("g8", "2021-02-15 11:20",
       "Guten Tag Frau Ahlers, sehr gern. Mein Honorar beträgt 25 % des Jahreszielgehalts, ein Drittel bei "
       "Auftrag, der Rest bei Einstellung, mit sechs Monaten Nachbesetzungsgarantie. Sollen wir nächste "
       "Woche telefonieren?"),
      ("me", "2021-02-15 12:00", "Ja, Dienstag 14 Uhr?"),
      ("g8", "2021-02-15 12:03", "Notiert. Ich rufe Sie an.")])
P("g9", "Dr. Karin Wöltje", "Handwerkskammer Bremen", "Abteilung Berufsbildung", connected="2019-11-07")
good("event_invite", "Handwerkskammer bittet um Mitwirkung im Prüfungsausschuss",
     [("g9", "2020-09-08 10:30",
       "Sehr geehrte Frau Ahlers, im Gesellenprüfungsausschuss Maurer wird ein Platz für die "
       "Arbeitgeberseite frei. Hätten Sie Interesse, ab Winter mitzuwirken? Es sind ca. vier Prüfungstage "
       "im Jahr. Eine Aufwandsentschädigung wird gezahlt.")])
P("g10", "Holger Precht", "Bauinnung Bremen", "Obermeister", connected="2014-04-01")
good("event_invite", "Innung lädt zum Vortrag ein (Referentin)",
     [("g10", "2021-06-02 08:00",
       "Moin Gesa, für die Innungsversammlung im September suchen wir jemanden, der 20 Minuten über eure "
       "Erfahrungen mit der digitalen Bautagebuch-App erzählt. Hättest du Lust? Danach Grünkohl gibt's "
       "diesmal leider nicht, nur Schnittchen 😄"),
      ("me", "2021-06-02 12:10", "Moin Holger, mach ich gern. Schick mir den Termin.")])
P("g11", "Maren Stührmann", "Weser-Nachrichten", "Redakteurin Wirtschaft")
good("journalist", "Journalistin fragt Interview zum Fachkräftemangel an",
     [("g11", "2021-03-25 11:45",
       "Sehr geehrte Frau Ahlers, ich schreibe einen Beitrag über Frauen an der Spitze von Bauunternehmen "
       "und den Nachwuchsmangel im Handwerk. Hätten Sie diese oder nächste Woche 30 Minuten für ein Gespräch? "
       "Gern auch auf einer Baustelle mit Fotograf."),
      ("me", "2021-03-25 13:00", "Gern. Nächsten Dienstag auf der Baustelle in Findorff, 10 Uhr?"),
      ("g11", "2021-03-25 13:10", "Perfekt, ich bringe den Fotografen mit.")])
P("g12", "Hinnerk Gerdes", "Wümme-Bau Ahlers GmbH", "Polier", connected="2016-03-01")
good("colleague", "eigener Polier, Plattdeutsch-Chat zum Kran",
     [("g12", "2020-11-17 05:55", "Moin Cheffin, wat is mit de Kran för morgen? De Firma seggt, se kummt eerst Middag."),
      ("me", "2020-11-17 06:20", "Moin Hinnerk. Ik roop dor glieks an. Fangt morgen eerst mit de Schalung an."),
      ("g12", "2020-11-17 06:22", "Jo, maakt wi. 👍")])
for key, name, when, text in [
    ("g13", "Lukas Behrens", "2021-04-01 17:00",
     "Sehr geehrte Frau Ahlers, vielen Dank, dass ich mein Schulpraktikum bei Ihnen machen durfte. "
     "Besonders das Mauern auf der Baustelle in Lilienthal hat mir Spaß gemacht. Ich kann mir gut vorstellen, "
     "später im Bau zu arbeiten. Viele Grüße, Lukas"),
    ("g14", "Emma Rosenbrock", "2021-04-01 18:20",
     "Sehr geehrte Frau Ahlers, vielen Dank, dass ich mein Schulpraktikum bei Ihnen machen durfte. "
     "Besonders die Arbeit auf der Baustelle in Lilienthal hat mir gefallen. Ich kann mir gut vorstellen, "
     "später etwas im Bau zu machen. Liebe Grüße, Emma"),
    ("g15", "Jannik Oetken", "2021-04-02 09:10",
     "Hallo Frau Ahlers, vielen Dank für das Praktikum! Am besten fand ich die Baustelle in Lilienthal. "
     "Ich kann mir gut vorstellen, später im Bau zu arbeiten. Viele Grüße Jannik"),
]:
    P(key, name, "", "Schüler/in Oberschule Borgfeld")
    good("thanks", f"fast gleicher Praktikums-Dank von {name}", [(key, when, text)])
P("g16", "Sabine Hollmann", "", "", connected="2020-06-12")
good("thanks", "Bauherrin dankt nach Einzug",
     [("g16", "2020-12-20 15:00",
       "Liebe Frau Ahlers, wir sind jetzt vier Wochen im neuen Haus und wollten einfach Danke sagen. Ihre "
       "Leute waren immer pünktlich, freundlich und haben sauber gearbeitet, auch als der Winter kam. "
       "Wir empfehlen Sie überall weiter! Frohe Weihnachten an das ganze Team.")])
P("g17", "Dirk Thalmann", "Thalmann Ingenieure", "Tragwerksplaner", connected="2017-10-10")
good("vendor_existing", "Statiker zum Bewehrungsplan, Telefonat",
     [("g17", "2021-01-14 09:10",
       "Frau Ahlers, in Position 4 (Unterzug Achse C) hat sich die Bewehrung geändert, der neue Plan "
       "ist raus. Bitte nicht nach Index b verlegen. Können wir kurz telefonieren, bevor Ihr Eisenflechter anfängt?"),
      ("me", "2021-01-14 09:30", "Danke! Rufen Sie mich bitte um 11 an, dann ist der Polier dabei.")])
P("g18", "Volker Haase", "Sparkasse Weser-Hamme", "Firmenkundenbetreuer", connected="2015-08-18")
good("vendor_existing", "Hausbank mit Angebot zum angefragten Avalrahmen",
     [("g18", "2021-02-09 14:30",
       "Guten Tag Frau Ahlers, wie besprochen: Wir können den Avalrahmen auf 600.000 € erhöhen, Avalprovision "
       "1,2 % p.a. Die Unterlagen liegen zur Unterschrift bereit. Passt Ihnen Donnerstag in der Filiale?"),
      ("me", "2021-02-09 15:10", "Donnerstag 8:30 passt. Danke, Herr Haase.")])
P("g19", "Ingrid Mahnken", "Mahnken & Partner Steuerberatung", "Steuerberaterin", connected="2013-01-20")
good("advisor_existing", "Steuerberaterin zur Bauabzugsteuer",
     [("g19", "2020-10-01 08:40",
       "Liebe Frau Ahlers, bei der Rechnung an die Weserwohnen fehlt noch die Freistellungsbescheinigung. "
       "Ohne die muss der Auftraggeber 15 % einbehalten. Ich habe die neue beim Finanzamt beantragt, sie "
       "kommt nächste Woche. Nur zur Info."),
      ("me", "2020-10-01 09:00", "Danke, gut dass Sie aufpassen!")])
P("g20", "Rolf Ahrens", "", "Rentner")
good("neighbour", "Nachbar beschwert sich über Baustellenlärm, landet im Spam",
     [("g20", "2021-05-28 19:45",
       "Guten Abend, ich wohne neben Ihrer Baustelle in der Kirchhuchtinger Landstraße. Heute hat die "
       "Rüttelplatte schon um 6:15 Uhr angefangen. Ich bin 82 und schlafe schlecht. Können Ihre Leute bitte "
       "erst um 7 anfangen? Danke. R. Ahrens")], folder="SPAM")
P("g21", "Meike Stolle", "BG BAU", "Aufsichtsperson", connected="2019-03-12")
good("authority", "BG BAU kündigt Baustellenbesichtigung an",
     [("g21", "2021-04-07 09:00",
       "Sehr geehrte Frau Ahlers, ich würde gern am 15.4. die Baustelle in Findorff besichtigen "
       "(Schwerpunkt Absturzsicherung am Gerüst). Ist Ihr Bauleiter vor Ort? Es handelt sich um eine "
       "Routinebegehung."),
      ("me", "2021-04-07 10:15", "Sehr geehrte Frau Stolle, ja, Herr Gerdes ist ab 7 Uhr dort. Ich komme um 9 dazu.")])
P("g22", "Carsten Wübbenhorst", "Mietpark Nord", "Disponent", connected="2018-02-02")
good("vendor_existing", "Mietpark: Rückgabe des Minibaggers",
     [("g22", "2021-06-11 15:30",
       "Moin Frau Ahlers, der 3-Tonner in Lilienthal ist bis Freitag gemietet. Verlängern oder holen wir ihn ab?"),
      ("me", "2021-06-11 15:50", "Moin, bitte eine Woche verlängern, die Drainage ist noch nicht fertig."),
      ("g22", "2021-06-11 15:52", "Erledigt.")])
P("g23", "Timo Kaemena", "", "Maurer", connected="2018-08-01")
good("reference_request", "ehemaliger Mitarbeiter bittet um Zeugnis",
     [("g23", "2020-08-18 21:00",
       "Hallo Gesa, ich hoffe es geht allen gut. Ich mache ja jetzt die Meisterschule in Oldenburg und "
       "bräuchte für die Förderung noch ein qualifiziertes Arbeitszeugnis von euch. Kannst du das machen? "
       "Gruß an die Truppe!"),
      ("me", "2020-08-19 07:10", "Klar Timo, bekommst du diese Woche. Viel Erfolg in der Meisterschule!")])
P("g24", "Elke Brünjes", "", "", connected="2012-05-05")
good("friend", "alte Freundin gratuliert zum 60-jährigen Firmenjubiläum",
     [("g24", "2021-06-19 20:30",
       "Gesa, 60 Jahre Wümme-Bau! Dein Vadder wär so stolz. Hab das Foto vom Fest in den Weser-Nachrichten gesehen, "
       "büschen traurig, dass ich nich dabei sein konnte. Klönschnack bald?"),
      ("me", "2021-06-19 21:00", "Och Elke ❤️ Jo, nächste Woche bei mir im Garten. Ik bring de Kööm mit.")])
P("g26", "Bernd Schnaars", "", "Bauherr")
P("g25", "Rieke Tönjes", "", "Architektin", connected="2020-02-14")
good("intro", "Architektin stellt neuen Bauherrn vor (Gruppe)",
     [("g25", "2021-02-03 12:00",
       "Liebe Frau Ahlers, darf ich Ihnen Herrn Schnaars vorstellen? Er plant ein Mehrfamilienhaus in "
       "Vegesack und ich habe ihm Ihr Team für den Rohbau empfohlen. Herr Schnaars, Frau Ahlers hat unser "
       "Projekt in Grohn gebaut."),
      ("g26", "2021-02-03 13:20", "Guten Tag Frau Ahlers, danke Frau Tönjes. Ich würde Ihnen gern die Pläne zeigen, wenn Sie Zeit haben."),
      ("me", "2021-02-03 14:00", "Sehr gern, Herr Schnaars. Kommen Sie nächste Woche ins Büro? Montag 16 Uhr?")],
     title="Schnaars / Ahlers")
P("g27", "Kai Bollmann", "Gerüstbau Bollmann", "Inhaber")
good("owner_initiated", "Inhaberin fragt Gerüstbauer an, Antwort mit Preis",
     [("me", "2020-09-29 07:30",
       "Moin Herr Bollmann, wir brauchen ab 19.10. ein Fassadengerüst für ein Doppelhaus in Findorff, "
       "ca. 420 m², Standzeit 8 Wochen. Können Sie das und was würde es kosten?"),
      ("g27", "2020-09-29 12:15",
       "Moin Frau Ahlers, ja, passt. 420 m² inkl. Auf- und Abbau und 4 Wochen Grundstandzeit: 5.460 € netto, "
       "jede weitere Woche 190 €. Ich schicke das Angebot per Mail."),
      ("me", "2020-09-29 12:40", "Danke, das passt. Auftrag kommt heute.")])
P("g28", "Ulrike Fehsenfeld", "Berufsschule für Bautechnik Bremen", "Lehrerin", connected="2019-09-09")
good("education_partner", "Berufsschule: Azubi fehlt, bitte Rückmeldung",
     [("g28", "2021-03-17 13:00",
       "Sehr geehrte Frau Ahlers, Ihr Auszubildender Mats fehlt seit zwei Wochen im Blockunterricht ohne "
       "Entschuldigung. Können wir telefonieren? Ich möchte ihm die Prüfung nicht verbauen."),
      ("me", "2021-03-17 13:40", "Danke für die Info, davon wusste ich nichts. Ich rufe Sie um 15 Uhr an.")])
P("g29", "Moritz Feldkamp", "Wümme-Bau Ahlers GmbH", "Bauleiter", connected="2019-07-01")
good("colleague", "Gruppenchat Bauleitung zur Wochenplanung",
     [("g29", "2021-05-31 18:00", "Lilienthal: Drainage Mittwoch fertig, Kellerdecke Freitag. Brauchen Donnerstag zwei Mann extra."),
      ("g12", "2021-05-31 18:10", "Kann Jannes und Mirko von Findorff abgeben, da warten wir eh auf Steine."),
      ("me", "2021-05-31 18:30", "Gut so. Danke euch beiden.")],
     title="Bauleitung Wochenplan")
P("g30", "Dr. Hauke Wittrock", "Universität Bremen", "Bauingenieurwesen, Lehrbeauftragter", connected="2020-01-30")
good("event_invite", "Uni fragt Baustellenexkursion an",
     [("g30", "2020-11-10 11:00",
       "Sehr geehrte Frau Ahlers, wäre es möglich, im Frühjahr mit 15 Studierenden eine Ihrer Baustellen zu "
       "besichtigen? Gerne mit kurzer Einführung durch Ihren Bauleiter. Wir bringen eigene PSA mit.")])
P("g31", "Gerda Wohlers", "", "", connected="2021-04-15")
good("inbound_lead", "Privatkundin: Feuchter Keller, Angebot gewünscht",
     [("g31", "2021-04-16 09:30",
       "Guten Tag Frau Ahlers, meine Nachbarin Frau Hollmann hat Sie empfohlen. Wir haben seit dem Winter "
       "einen feuchten Keller (Altbau 1930, Walle). Kann sich das jemand anschauen und uns sagen, was eine "
       "Abdichtung kosten würde? Wir wollen nicht den Teuersten, aber es soll ordentlich sein.")])
P("g32", "Matthias Rüter", "Rüter Elektro", "Elektromeister", connected="2016-11-11")
good("colleague", "Gewerkkollege fragt nach Schlitzen vor dem Putz",
     [("g32", "2021-03-08 16:45", "Moin Gesa, dürfen wir in Oberneuland im EG noch schlitzen, oder putzt ihr schon Mittwoch?"),
      ("me", "2021-03-08 17:00", "Moin Matthias, bis Dienstagabend darfst du. Danach ist Putz."),
      ("g32", "2021-03-08 17:01", "Dann bin ich Montag mit zwei Mann da.")])
P("g33", "Heike Freese", "", "", connected="2020-06-20")
good("thanks", "Bauherrin dankt nach Einzug (fast gleich wie Hollmann)",
     [("g33", "2021-02-14 11:00",
       "Liebe Frau Ahlers, wir sind jetzt seit einem Monat im neuen Haus und möchten einfach Danke sagen. "
       "Ihre Leute waren immer pünktlich und freundlich und haben sauber gearbeitet, trotz Frost. "
       "Wir empfehlen Sie gern weiter! Herzliche Grüße, Familie Freese")])

# ------------------------------------------------------------------ wanted pitches
P("w1", "Sönke Haßelbusch", "BauDoku Nord", "Gründer", connected="2021-06-03",
  invite=("IN", "2021-06-02 10:00", "Ihr Interview zum Bautagebuch hat mich angesprochen."))
wanted("tailored_vendor", "Bautagebuch-App; hat Interview gelesen und kennt ihre Baustellenzahl",
     [("w1", "2021-06-03 08:30",
       "Guten Tag Frau Ahlers, im Weser-Nachrichten-Interview sagten Sie, Ihre Poliere schreiben das "
       "Bautagebuch noch abends auf Papier und das Büro tippt es ab. Wir sind ein Bremer Zweimann-Team und "
       "haben genau dafür eine App gebaut, die offline auf der Baustelle funktioniert und Fotos mit Wetter "
       "automatisch ablegt. Wenn Sie mögen, richte ich sie für eine Ihrer sechs Baustellen vier Wochen "
       "kostenlos ein."),
      ("me", "2021-06-03 12:10", "Klingt vernünftig. Rufen Sie Herrn Feldkamp an, der testet gern.")])
P("w2", "Hendrik Klöver", "Klinkerwerk Klöver", "Vertrieb Sanierung")
wanted("tailored_vendor", "Klinkerwerk mit passendem Handstrich für ihr Altbauprojekt",
     [("w2", "2021-04-22 14:00",
       "Sehr geehrte Frau Ahlers, auf Ihrem Beitrag zur Fassadensanierung in Schwachhausen sieht man "
       "einen rotbunten Handstrichklinker aus den 1920ern. Solche Steine brennen wir noch im Ringofen nach "
       "altem Format (NF 240x115x71). Ich könnte Ihnen drei Musterriemchen schicken, damit Sie die "
       "Ausbesserungen abstimmen können. Kostet Sie nichts.")])
P("w3", "Marlene Ostendorf", "Azubi-Kompass Weser", "Inhaberin", connected="2021-01-08")
wanted("tailored_vendor", "Azubi-Marketing nach ihrem Post 'null Bewerbungen'",
     [("w3", "2021-01-08 10:00",
       "Moin Frau Ahlers, Ihr Post, dass auf die Maurer-Ausbildungsstelle bisher keine einzige Bewerbung "
       "kam, hat mich nicht losgelassen. Wir gehen mit Betrieben an Oberschulen in Bremen-Nord und "
       "Lilienthal und machen kurze Handyvideos mit den eigenen Azubis. Für einen Betrieb Ihrer Größe "
       "kostet das 900 € für das Schuljahr. Darf ich Ihnen zeigen, was wir mit der Zimmerei Seedorf gemacht haben?"),
      ("me", "2021-01-08 11:30", "Uwe hat davon erzählt! Ja, gern. Nächste Woche?")])
P("w4", "Tjark Meinken", "Energieberatung Meinken", "Energieeffizienz-Experte")
wanted("tailored_partner", "Energieberater: Sanierungsfahrplan für ihre Kunden",
     [("w4", "2020-10-20 16:20",
       "Sehr geehrte Frau Ahlers, Sie sanieren viele Altbauten in Walle und Findorff. Seit dem neuen "
       "BEG-Programm brauchen Ihre Kunden für den Zuschuss einen individuellen Sanierungsfahrplan. Ich bin "
       "gelisteter Energieeffizienz-Experte in Bremen und könnte Ihre Bauherren vor Baubeginn beraten, "
       "damit die Förderung nicht verloren geht. Hätten Sie Interesse an einem kurzen Kennenlernen?")])
P("w5", "Jana Thiele", "Vermessung Thiele", "ÖbVI")
wanted("tailored_vendor", "Vermessungsbüro zum Mehrfamilienhaus in Vegesack",
     [("w5", "2021-02-18 09:45",
       "Guten Tag Frau Ahlers, Frau Tönjes erwähnte, dass Sie das Mehrfamilienhaus Schnaars in Vegesack "
       "bauen. Wir haben dort letztes Jahr die Grenzen vermessen und kennen das Grundstück. Für die "
       "Gebäudeabsteckung könnten wir kurzfristig kommen, Festpreis 1.150 € netto.")])
P("w6", "Oliver Harms", "Harms Arbeitsschutz", "Fachkraft für Arbeitssicherheit")
wanted("tailored_vendor", "Arbeitsschutz nach BG-Begehung, Schulung auf der Baustelle",
     [("w6", "2021-04-26 13:00",
       "Sehr geehrte Frau Ahlers, Frau Stolle von der BG BAU hat mir erzählt, dass Sie nach der Begehung in "
       "Findorff Ihre Leute zur Absturzsicherung nachschulen wollen. Ich mache das direkt auf der Baustelle "
       "am eigenen Gerüst, 2 Stunden, bis 15 Teilnehmer, 480 €. Auf Wunsch auch op Platt 😉")])
P("w7", "Ralf Lindemann", "Kranverleih Lindemann", "Disposition", connected="2020-11-18")
wanted("tailored_vendor", "lokaler Kranverleih nach ihrem Kranproblem",
     [("w7", "2020-11-18 11:00",
       "Moin Frau Ahlers, ich hab mitbekommen, dass Ihr Mietkran in Oberneuland gestern erst mittags kam. "
       "Wir sitzen in Lilienthal, 12 Minuten von Ihrer Baustelle, und haben einen 30-m-Autokran, der ab "
       "6:30 stehen kann. Wenn's mal wieder klemmt: einfach anrufen. Stundensatz 145 € inkl. Fahrer.")])
P("w8", "Anke Rosenthal", "Bau-Lohn Service Bremen", "Lohnbuchhalterin")
wanted("tailored_vendor", "Lohnbuchhaltung mit SOKA-BAU-Erfahrung, Empfehlung der Steuerberaterin",
     [("w8", "2021-01-20 08:15",
       "Sehr geehrte Frau Ahlers, Frau Mahnken sagte mir, dass Ihre Lohnbuchhalterin im Sommer in Rente "
       "geht. Ich mache seit 15 Jahren Baulohn mit SOKA-BAU-Meldungen, Winterbeschäftigungsumlage und "
       "Saison-Kug. Wenn Sie möchten, stelle ich mich gern bei Ihnen vor.")])
P("w9", "Tomasz Zieliński", "Drohnenaufmaß Nord", "Vermessungstechniker")
wanted("tailored_vendor", "Drohnenaufmaß für ihre Balkonsanierungs-Ausschreibung",
     [("w9", "2020-11-04 10:30",
       "Guten Tag Frau Ahlers, ich habe gesehen, dass Sie beim Ortstermin für die 48 Balkone in der "
       "Fleetrade waren (ich war für einen anderen Bieter dort). Für Ihre Kalkulation könnte ich die "
       "Fassade in einem halben Tag per Drohne aufmessen und Ihnen die Schadstellen als Liste liefern. "
       "Pauschal 850 €.")])
P("w10", "Nina Steinbrink", "Werbetechnik Steinbrink", "Inhaberin", connected="2021-05-03")
wanted("tailored_vendor", "Bauschilder im neuen Firmenlogo",
     [("w10", "2021-05-04 12:00",
       "Hallo Frau Ahlers, Glückwunsch zum neuen Logo zum Jubiläum! Mir ist aufgefallen, dass auf den "
       "Bauschildern in Findorff und Lilienthal noch das alte hängt. Ich drucke Aluverbundschilder in "
       "2 Tagen, 6 Stück im neuen Design würden 690 € kosten."),
      ("me", "2021-05-04 13:00", "Stimmt, daran hab ich gar nicht gedacht. Schicken Sie mir ein Angebot.")])
P("w11", "Björn Tietjen", "Tietjen Abdichtungstechnik", "Geschäftsführer")
wanted("tailored_partner", "Abdichtungsfirma bietet Injektionsverfahren für Altbaukeller an",
     [("w11", "2021-04-29 15:30",
       "Sehr geehrte Frau Ahlers, wir haben gehört, dass Sie in Walle öfter Kellersanierungen in "
       "Altbauten machen. Wo Sie von außen nicht aufgraben können (Reihenhäuser!), arbeiten wir mit "
       "Horizontalsperre per Injektion. Wir würden gern als Subunternehmer für Sie arbeiten, zu "
       "Handwerkerkonditionen. Kann ich Ihnen zwei Referenzen in Walle zeigen?")])
P("w12", "Kristina Vogt", "Vogt Mediation Bau", "Mediatorin")
wanted("tailored_vendor", "Baumediatorin nach Bericht über Streit um Nachtrag",
     [("w12", "2020-12-03 17:00",
       "Guten Tag Frau Ahlers, in Ihrem Post über die Nachtragsdiskussion beim Projekt in Oberneuland "
       "schrieben Sie, dass Sie lieber reden als klagen. Ich bin Bauingenieurin und Mediatorin und "
       "begleite genau solche Nachtragsstreitigkeiten, meist an einem Tag. Falls es festgefahren ist, "
       "biete ich ein kostenloses Vorgespräch an.")])

# ------------------------------------------------------------------ nachgereicht: weitere Fälle
P("c4", "Sven Oelrichs", "ZeitGenau Apps", "Vertrieb Nord", connected="2021-04-19",
  invite=("IN", "2021-04-18 21:40", ""))
junk("connect_then_pitch", "'Auch aus Bremen?', dann Zeiterfassungs-App",
     [("c4", "2021-04-19 07:30", "Moin Frau Ahlers! Auch aus Bremen? Ich sitze in der Überseestadt. Schönes Wochenende gehabt?"),
      ("c4", "2021-04-21 07:35",
       "Ich frag, weil wir gerade viele Baubetriebe bei der digitalen Zeiterfassung unterstützen – "
       "Stempeln per App, GPS, Export an die Lohnbuchhaltung. 14 Tage kostenlos. Wollen wir kurz telefonieren?")])
P("o12", "Rainer Kuhlmann", "FassadenProfi Deutschland", "Regionalleiter")
junk("sells_herself", "Fassadensanierung an eine Fassadenbaufirma",
     [("o12", "2021-02-25 10:15",
       "Sehr geehrte Frau Ahlers, ist Ihre Fassade in die Jahre gekommen? Wir sanieren Klinker- und "
       "Putzfassaden bundesweit zum Festpreis. Jetzt kostenlose Fassadenanalyse vereinbaren!")])
P("g34", "Ralf Cordes", "Betonwerk Cordes", "Vertriebsleiter", connected="2014-09-09")
good("vendor_existing", "Betonlieferant kündigt Preiserhöhung an (Bestandskunde)",
     [("g34", "2021-03-29 08:00",
       "Sehr geehrte Frau Ahlers, leider müssen wir zum 1. Mai die Preise für C25/30 um 6 € je m³ "
       "anheben, Zement und Diesel sind deutlich teurer geworden. Für Ihre laufenden Aufträge in "
       "Lilienthal und Findorff halten wir die alten Preise bis Ende Juni. Bei Fragen rufen Sie mich gern an."),
      ("me", "2021-03-29 09:10", "Danke für die faire Übergangsfrist, Herr Cordes. Passt so.")])
P("g35", "Leonie Hashagen", "Hochschule Bremen", "Studentin Bauingenieurwesen")
good("applicant", "Studentin fragt nach Bachelorarbeit und Werkstudentenstelle",
     [("g35", "2021-05-12 14:30",
       "Sehr geehrte Frau Ahlers, ich studiere Bauingenieurwesen im 6. Semester und würde meine "
       "Bachelorarbeit gern zum Thema Bauablaufplanung in der Altbausanierung schreiben, idealerweise "
       "mit einem echten Projekt. Wäre das bei Ihnen denkbar? Ich könnte parallel als Werkstudentin "
       "16 Stunden pro Woche arbeiten.")])
P("g36", "Gerd Ahlers", "", "Rentner", connected="2011-01-01")
good("owner_initiated", "Inhaberin lädt ehemaligen Polier (Onkel) zum Jubiläum ein, Platt",
     [("me", "2021-05-26 19:00",
       "Moin Onkel Gerd, an'n 18. Juni fiert wi 60 Johr Wümme-Bau op'n Hoff. Du kummst doch? De olen "
       "Lüüd ut de Kolonne kaamt ok."),
      ("g36", "2021-05-26 20:15", "Na kloor, Deern! Dat laat ik mi nich entgahn. Ik bring Tante Hilde mit."),
      ("me", "2021-05-26 20:20", "Fein! 🎉")])

if __name__ == "__main__":
    ex.write(OUT,
             {"First Name": "Gesa", "Last Name": "Ahlers",
              "Headline": "Geschäftsführende Gesellschafterin Wümme-Bau Ahlers GmbH | Rohbau | Sanierung | Klinker",
              "Summary": "Familienbetrieb in dritter Generation, 40 Leute, Rohbau, Altbausanierung und "
                         "Klinkerfassaden in Bremen und umzu. Wi snackt ok Platt.",
              "Industry": "Construction", "Zip Code": "28357",
              "Geo Location": "Bremen, Deutschland", "Websites": "[COMPANY:https://wuemme-bau.example]"},
             [{"Company Name": "Wümme-Bau Ahlers GmbH", "Title": "Geschäftsführende Gesellschafterin",
               "Description": "Hochbau, Sanierung, Klinkerfassaden. 40 Mitarbeitende.",
               "Location": "Bremen-Borgfeld", "Started On": "Jan 2012", "Finished On": ""},
              {"Company Name": "Wümme-Bau Ahlers GmbH", "Title": "Bauleiterin",
               "Location": "Bremen", "Started On": "Sep 2005", "Finished On": "Dec 2011"}],
             ["Bauleitung", "Rohbau", "Altbausanierung", "Kalkulation", "Klinkerfassaden", "Personalführung"])
    print(ex.summary())

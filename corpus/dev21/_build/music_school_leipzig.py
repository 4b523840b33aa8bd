"""dev21 persona (written blind as heldout27, session 4): Persona heldout27/de-music-school-owner-leipzig (written blind, session 4).

Friederike Mäder owns the Musikschule Klangwerkstatt Gohlis in Leipzig (14 freelance teachers,
about 180 pupils). Mostly German with a few English threads, 2021 export layout, 2020-2021
(lockdowns, online lessons). Every message below is written by hand for this corpus.
Run: /work/main/.venv/bin/python corpus/dev21/_build/music_school_leipzig.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-music-school-owner-leipzig"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Friederike Mäder", "https://www.linkedin.com/in/friederike-maeder-klangwerkstatt",
               "Musikschule Klangwerkstatt Gohlis", "Inhaberin")
ex = Export(SLUG, "2021", owner)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people
P("mama_kl", "Sandra Kühnel", "Stadtwerke Leipzig", "Sachbearbeiterin")
P("papa_umzug", "Mirko Schädlich", "Schädlich Dachbau", "Dachdeckermeister", connected="2019-09-03")
P("mama_online", "Anja Rothe", "", "Erzieherin", connected="2018-08-27")
P("erwachsen", "Jörg Findeisen", "DHL Hub Leipzig", "Schichtleiter")
P("geige", "Tamara Wolkowa", "freiberuflich", "Violinpädagogin", connected="2014-09-01")
P("schlagzeug", "Benny Kretzschmar", "freiberuflich", "Schlagzeuger & Instrumentallehrer", connected="2016-02-15")
P("floete", "Lena Obermüller", "", "Flötistin (M.Mus.)")
P("gitarre_es", "Javier Moreno Ruiz", "", "Classical guitarist")
P("haendler", "Uwe Pfeifer", "Musikhaus Pfeifer Leipzig", "Inhaber", connected="2012-04-20")
P("stimmer", "Rainer Gottschalk", "Klavierbau Gottschalk", "Klavierbaumeister", connected="2013-11-11")
P("kulturamt", "Dr. Katrin Esche", "Kulturamt Leipzig", "Sachgebietsleiterin Kulturförderung", connected="2017-05-09")
P("saal", "Holger Reinsch", "Lindenhof-Saal Plagwitz", "Veranstaltungsleitung", connected="2018-03-19")
P("tanz", "Yvonne Haubold", "Tanzstudio Auftakt", "Inhaberin", connected="2015-10-07")
P("personal", "Stefanie Brückner", "Brückner Personal Leipzig", "Personalberaterin", connected="2021-03-02",
  invite=("OUT", "2021-03-02 08:40", "Guten Morgen Frau Brückner, Frau Haubold hat Sie mir empfohlen."))
P("exschuelerin", "Marie Sonntag", "Hochschule für Musik Dresden", "Studentin Klavier")
P("dank1", "Katja Hentschel", "Universitätsklinikum", "Pflegedienstleitung", connected="2019-06-22")
P("dank2", "Thomas Zieger", "Zieger IT-Service", "Geschäftsführer", connected="2020-01-14")
P("dank3", "Nadine Böhme", "", "Lehrerin", connected="2017-09-30")
P("presse", "Jan Seidel", "Leipziger Stadtanzeiger", "Redakteur Kultur")
P("netzwerk", "Cornelia Frenzel", "Musikschule Südvorstadt", "Leiterin", connected="2013-02-01")
P("studienfreundin", "Judith Arndt", "Staatstheater Cottbus", "Korrepetitorin", connected="2011-06-30")
P("schule", "Heike Lorenz", "Grundschule am Rosental", "Schulleiterin", connected="2020-02-10")
P("kita", "Silvio Naumann", "Kita Sonnenkäfer", "Leiter")
P("stb", "Matthias Grundmann", "Grundmann & Partner Steuerberatung", "Steuerberater", connected="2015-01-20")
P("software_alt", "Paula Reiter", "Kursfuchs GmbH", "Kundenbetreuung", connected="2019-02-18")
P("vermieter", "Dietmar Rost", "Rost Hausverwaltung", "Hausverwalter", connected="2016-07-01")
P("leh_klavier", "Konstantin Weigel", "freiberuflich", "Pianist & Klavierlehrer", connected="2015-09-01")
P("leh_cello", "Agnieszka Nowak", "freiberuflich", "Cellistin", connected="2018-09-10")
P("bristol", "Rhiannon Davies", "Harbourside Music Centre Bristol", "Head of Strings", connected="2019-10-02")
P("chor", "Peter Lehmann", "Männerchor Gohlis 1887 e.V.", "Vorsitzender")
P("glueckwunsch", "Ulrike Thiem", "Sächsischer Musikrat (ehrenamtlich)", "Beisitzerin", connected="2010-03-14")
P("fsj", "Emil Franke", "", "Abiturient")
P("geschwister", "Ronny Petzold", "Petzold Kfz-Service", "Kfz-Meister", connected="2020-09-01")
P("expat", "Hannah Whitfield", "BMW Group Plant Leipzig", "Quality Engineer")
P("leh_gesang", "Sophie Markert", "freiberuflich", "Sängerin & Gesangslehrerin", connected="2017-01-12")

# wanted
P("w_stream", "Felix Thümmler", "", "Tontechniker (freiberuflich)")
P("w_buchung", "Carolin Adler", "Taktwerk Software", "Produktmanagerin")
P("w_web", "Robert Lindner", "Lindner & Kunze Webdesign", "Webentwickler", connected="2021-01-19",
  invite=("IN", "2021-01-19 18:30", "Hallo Frau Mäder, ich wohne um die Ecke in Gohlis, würde mich über die Vernetzung freuen."))
P("w_akustik", "Andreas Seifert", "Seifert Raumakustik", "Akustikbauer")
P("w_geigenbau", "Clara Wendt", "Geigenbau Wendt", "Geigenbaumeisterin")
P("w_foerder", "Beate Kalisch", "Kalisch Fördermittelberatung", "Beraterin")
P("w_latenz", "Tobias Marx", "JamKabine", "Gründer")
P("w_lehrer", "Daniela Richter", "Muse & Takt Personalvermittlung", "Vermittlerin für Musikpädagogik")
P("w_piano", "Gerd Ullmann", "Pianohaus Ullmann Halle", "Vertrieb")
P("w_raum", "Anke Voigt", "Voigt Immobilien Leipzig-Nord", "Maklerin")
P("w_versich", "Lutz Brendel", "Brendel Instrumentenversicherung", "Versicherungsmakler")
P("w_noten", "Mareike Stein", "Notenkontor Mitteldeutschland", "Schulbetreuung")

# junk
P("j_seo", "Dennis Hartwig", "TopRank Agentur", "SEO-Experte")
P("j_web_en", "Rahul Verma", "CodeNest Solutions", "Business Development Executive")
P("j_krypto", "Alex Brandt", "", "Crypto Trader | Financial Freedom | Mentor")
P("j_online", "Lukas Brenner", "Musikmeister Online", "Head of Growth")
P("j_kapaz", "Jessica Walther", "Kundenmagnet GmbH", "Vertrieb")
P("j_gleichgesinnt", "Marvin Kluge", "Kluge Consulting", "Unternehmer | Visionär | Mentor", connected="2021-05-10")
P("j_15min", "Sebastian Krause", "Digitalwerk Marketing", "Account Manager")
P("j_ctp1", "Nicole Gerlach", "Gerlach Finanzkonzepte", "Finanzberaterin", connected="2020-11-04",
  invite=("IN", "2020-11-04 09:12", "Hallo Friederike, gern vernetze ich mich mit Unternehmerinnen aus Leipzig!"))
P("j_ctp2", "Daniel Fuchs", "SolarPlus Sachsen", "Energieberater", connected="2021-04-12",
  invite=("IN", "2021-04-12 20:05", ""))
P("j_ctp3", "Melanie Kaiser", "Kaiser Coaching", "Business-Coach für Selbständige", connected="2021-08-23",
  invite=("IN", "2021-08-23 07:30", "Liebe Friederike, Dein Profil hat mich sehr inspiriert!"))
P("j_bump1", "Florian Heinz", "Lohnfix", "Vertriebsmitarbeiter")
P("j_bump2", "Sabrina Köhler", "Druckerei Schnellblatt", "Kundenberaterin")
P("j_t1", "Maximilian Ernst", "KursPilot", "Sales")
P("j_t2", "Lisa Hartung", "Stundenplaner Pro", "Business Development")
P("j_t3", "Kevin Lange", "EduBook", "Vertrieb")
P("j_t4", "Emily Carter", "LessonLoop", "Account Executive")
P("j_t5", "Jana Scholz", "Schulverwalter24", "Partnermanagerin")
P("j_mt1", "Patrick Vogel", "Vogel Marketing", "Geschäftsführer")
P("j_mt2", "Sarah Ludwig", "ReinRaum Gebäudereinigung", "Vertrieb")
P("j_mt3", "Tim Berger", "Berger Versicherungen", "Versicherungsfachmann")
P("j_mt4", "Vanessa Kurz", "LeadBoost", "Outreach")
P("j_sp1", "Sparkasse Mittelsachsen Business", "", "",
  url="https://www.linkedin.com/company/sparkasse-mittelsachsen-business-beispiel")
P("j_sp2", "Akademie für Führung Online", "", "", url="https://www.linkedin.com/company/akademie-fuehrung-online")
P("j_sp3", "CloudDesk Office", "", "", url="https://www.linkedin.com/company/clouddesk-office")
P("j_award", "Dr. Ralf Hübner", "Deutscher Mittelstands-Exzellenzpreis", "Jurykoordinator")
P("j_pod", "Chris Möller", "Erfolgsmacher Podcast", "Host")
P("j_fluent", "Verena Albrecht", "Wachstumswerk Consulting", "Senior Beraterin")
P("j_buchung", "Oliver Busch", "AppointMe", "Sales Manager")
P("j_web_gen", "Marco Schubert", "Webmacher Sachsen", "Inhaber")
P("j_akustik", "Ingo Pohl", "Schallschutz Direkt", "Außendienst")
P("j_recruit", "Julia Brandl", "TechTalents", "IT-Recruiterin")
P("j_versich", "Frank Adam", "FinanzPlus AG", "Vermögensberater")
P("j_drucker", "Steffen Möbius", "Kopiertechnik Möbius", "Vertrieb")
P("j_mlm", "Cindy Hoffmann", "", "Mama | Gesundheit | Freiheit", connected="2021-02-02")
P("j_franchise", "Hendrik Vos", "KiddyBeats Franchise", "Expansion Manager")
P("j_verzeichnis", "Bianca Seidel", "Branchenportal Deutschland", "Kundenberatung")
P("j_insta", "Leon Wagner", "Followerboost Media", "Social Media Manager")

# ---------------------------------------------------------------- genuine
C("genuine", "inbound_lead_parent", "de", "Mutter fragt nach Klavierunterricht und Preisen", [
    ("mama_kl", "2021-08-30 19:45", "Guddn Abend Frau Mäder, meine Tochter Lotte (8) will unbedingt Klavier lernen, seit sie bei Oma auf dem alten Klavier rumklimpert. Was kostet denn bei Ihnen eine Stunde und habt ihr überhaupt noch Plätze frei? Wir wohnen in der Lützowstraße, also gleich um die Ecke."),
    ("me", "2021-08-31 08:20", "Guten Morgen Frau Kühnel, wie schön! Einzelunterricht 30 Minuten kostet bei uns 68 € im Monat, 45 Minuten 92 €. Bei Herrn Weigel wird ab Oktober ein Platz frei, donnerstags 15:30. Wollen Sie mit Lotte zu einer kostenlosen Probestunde kommen?"),
    ("mama_kl", "2021-08-31 12:10", "Nu klar! Donnerstag passt. Sie freut sich riesig."),
])
C("genuine", "parent_cancellation", "de", "Vater kündigt wegen Umzug, fragt nach Frist", [
    ("papa_umzug", "2020-06-15 21:02", "Hallo Frau Mäder, wir ziehen Ende August nach Markkleeberg, der Weg mit Paul zum Schlagzeug wird da zu weit. Wie ist das mit der Kündigungsfrist? Tut uns echt leid, Benny is super."),
    ("me", "2020-06-16 09:15", "Hallo Herr Schädlich, schade! Die Frist ist 6 Wochen zum Monatsende, Ende August passt also, wenn Sie bis Mitte Juli kündigen. Eine kurze Mail genügt. Vielleicht mag Paul ja online weitermachen?"),
])
C("genuine", "parent_online_lessons", "de", "Mutter fragt nach Online-Unterricht im Lockdown", [
    ("mama_online", "2020-03-17 18:30", "Hallo Friederike, wie läuft das jetzt mit dem Gitarrenunterricht wenn die Schulen zu sind? Ben hat schon gefragt ob er jetzt \"frei\" hat haha"),
    ("me", "2020-03-17 20:05", "Hallo Anja, frei gibts nicht :) Ab Montag läuft alles per Video, die Lehrer melden sich bei euch mit dem Link. Falls das Internet bei euch zickt, sag Bescheid, dann machen wir Telefon plus Noten per Mail."),
    ("mama_online", "2020-03-17 20:09", "Super, danke dir! Bleibt gesund"),
])
C("genuine", "inbound_lead_adult", "de", "Erwachsener will Gitarre lernen, fragt Probestunde", [
    ("erwachsen", "2021-01-11 22:40", "Hallo, ich bin 47 und wollte schon immer Gitarre lernen, hab jetzt im Lockdown endlich Zeit. Nehmen Sie auch so alte Anfänger? Und geht das online? Ich arbeite Schicht, also meistens vormittags."),
    ("me", "2021-01-12 08:05", "Hallo Herr Findeisen, na klar, unser ältester Schüler ist 76! Vormittags online geht gut bei Herrn Kaminski. Eine Probestunde ist kostenlos, danach 45 Minuten für 92 € monatlich. Soll ich Ihnen einen Termin vorschlagen?"),
    ("erwachsen", "2021-01-12 09:30", "Ja bitte, am liebsten Dienstag."),
])
C("genuine", "teacher_fee_raise", "de", "Geigenlehrerin möchte höheres Honorar, Verhandlung", [
    ("geige", "2021-06-07 11:15", "Liebe Friederike, ich muss ein unangenehmes Thema ansprechen. Ich unterrichte jetzt seit 7 Jahren bei dir für 24 € die 45 Minuten. Mit Krankenkasse und Miete komme ich so nicht mehr hin. Ab September bräuchte ich 28 €. Ich weiß, dass das viel ist. Können wir reden?"),
    ("me", "2021-06-07 14:40", "Liebe Tamara, gut, dass du es ansprichst, und du hast recht. 28 sofort schaffe ich nicht ohne die Elternbeiträge zu erhöhen. Vorschlag: 26,50 ab September und 28 ab Februar, wenn die neue Gebührenordnung greift. Kaffee am Donnerstag?"),
    ("geige", "2021-06-07 15:02", "Das ist fair. Donnerstag gerne, ich bring Kuchen mit."),
])
C("genuine", "teacher_substitute", "de", "Schlagzeuglehrer krank, Vertretung", [
    ("schlagzeug", "2021-11-22 06:50", "Moin Friedi, hab mir Corona eingefangen, bin die ganze Woche raus. Kannst du die Eltern informieren? Ich kann ab nächster Woche die Stunden nachholen, Samstags vielleicht"),
    ("me", "2021-11-22 07:30", "Oh nee, gute Besserung! Ich schreib allen. Samstag nachholen ist prima, ich mach dir den Raum 3 frei."),
])
C("genuine", "job_applicant", "de", "Flötistin bewirbt sich als Honorarlehrkraft", [
    ("floete", "2021-04-26 10:05", "Sehr geehrte Frau Mäder,\n\nich habe gerade meinen Master an der HMT Leipzig abgeschlossen und würde sehr gern an Ihrer Musikschule Querflöte und Blockflöte unterrichten. Ich habe drei Jahre Unterrichtserfahrung an der Musikschule Borna. Meine Unterlagen sende ich gern per Mail.\n\nMit freundlichen Grüßen\nLena Obermüller"),
    ("me", "2021-04-26 16:20", "Liebe Frau Obermüller, das passt gerade wunderbar, wir haben eine Warteliste für Querflöte. Schicken Sie die Unterlagen an info@, und hätten Sie nächste Woche Zeit für ein Gespräch mit kleiner Lehrprobe?"),
    ("floete", "2021-04-26 16:45", "Sehr gern! Mittwoch nachmittag wäre ideal."),
])
C("genuine", "job_applicant", "en", "Spanish guitarist applies in English", [
    ("gitarre_es", "2020-09-08 13:10", "Dear Ms. Mäder, I am a classical guitarist from Sevilla, I moved to Leipzig with my partner in August. My German is still A2 but improving every day. I have taught children and adults for 8 years. Would you have any hours for a guitar teacher? I can also teach in Spanish and English."),
    ("me", "2020-09-09 09:00", "Dear Javier, welcome to Leipzig! We have a few international families who would love lessons in English or Spanish. Could you come by on Friday at 11? Bring your guitar."),
    ("gitarre_es", "2020-09-09 09:20", "Yes! Thank you very much, I will be there."),
])
C("genuine", "vendor_price_change", "de", "Musikhaus erhöht Mietpreise für Leihinstrumente", [
    ("haendler", "2021-02-15 10:30", "Hallo Frau Mäder, ich wollte Ihnen persönlich Bescheid geben bevor der Brief kommt: die Mietgebühren für Schülerinstrumente gehen ab 1. April um 2 € pro Monat hoch, also Geige 1/2 dann 17 €, Cello 1/4 dann 29 €. Die Lieferanten haben uns ordentlich draufgepackt. Für Ihre Schule bleibt der 10% Rabatt natürlich."),
    ("me", "2021-02-15 12:00", "Danke, Herr Pfeifer, dass Sie es vorher sagen. Können wir für die Familien mit Leipzig-Pass beim alten Preis bleiben? Das sind bei uns 11 Instrumente."),
    ("haendler", "2021-02-16 09:15", "Für die 11 mache ich das, klar. Schicken Sie mir die Liste."),
])
C("genuine", "owner_asks_quote", "de", "Inhaberin fragt Klavierstimmer nach Angebot", [
    ("me", "2021-07-19 09:00", "Lieber Herr Gottschalk, es ist wieder so weit: Können Sie mir ein Angebot für das Stimmen unserer 5 Klaviere und des Flügels im Saal machen? Am liebsten in der letzten Ferienwoche."),
    ("stimmer", "2021-07-20 18:45", "Guten Abend Frau Mäder, 5 Klaviere à 95 € und der Flügel 130 €, zusammen 605 € zzgl. MwSt. Beim Flügel müsste ich mir die Mechanik mal angucken, der hatte letztes Mal schon ne Macke. Letzte Ferienwoche Montag und Dienstag geht."),
    ("me", "2021-07-20 19:10", "Prima, gebucht. Kaffee steht bereit."),
])
C("genuine", "culture_office", "de", "Kulturamt zum Verwendungsnachweis der Förderung", [
    ("kulturamt", "2021-01-25 13:00", "Sehr geehrte Frau Mäder, für die Projektförderung \"Musik für alle Kinder in Gohlis\" 2020 fehlt uns noch der Sachbericht zum Verwendungsnachweis. Können Sie ihn bis 15. Februar nachreichen? Die Belege haben wir erhalten."),
    ("me", "2021-01-25 15:30", "Sehr geehrte Frau Dr. Esche, Entschuldigung, der ist im Lockdown-Chaos liegen geblieben. Sie haben ihn bis Ende nächster Woche."),
    ("kulturamt", "2021-01-26 08:10", "Vielen Dank, das reicht völlig."),
])
C("genuine", "venue_booking", "de", "Saal für Sommerkonzert buchen, Miete und Vertrag", [
    ("me", "2021-03-29 10:15", "Hallo Herr Reinsch, wir würden gern am 3. Juli wieder unser Sommerkonzert im Lindenhof-Saal machen, falls es die Lage erlaubt. Was kostet der Saal inklusive Technik, und gäbe es eine kostenlose Stornierung bei einem Lockdown?"),
    ("saal", "2021-03-30 11:40", "Hallo Frau Mäder, schön von Ihnen zu hören! Saalmiete für den Nachmittag 450 €, mit Licht und Tonmann 620 €. Corona-Storno ist bis 14 Tage vorher kostenfrei, das schreiben wir rein. Bestuhlung nach Hygienekonzept max. 120 Personen."),
    ("me", "2021-03-30 12:05", "Wunderbar, dann bitte den Vertrag mit Technik."),
])
C("genuine", "peer_joint_offer", "de", "Tanzstudio schlägt gemeinsame Ferienwoche vor", [
    ("tanz", "2021-04-19 20:10", "Hey Friederike, ich hab ne Idee für die Sommerferien: ne gemeinsame Ferienwoche \"Musik & Tanz\" für 8-12jährige, vormittags bei dir Trommeln und Singen, nachmittags bei mir Tanz, am Freitag Aufführung. Ich würd sagen 189 € pro Kind, wir teilen 50/50. Was meinst du?"),
    ("me", "2021-04-20 07:55", "Yvonne, das ist genial! 189 find ich gut, aber lass uns einen Geschwisterpreis machen. Und Mittagessen? Der Bäcker in der Georg-Schumann-Straße liefert vielleicht."),
    ("tanz", "2021-04-20 08:20", "Machen wir. Ich ruf den Bäcker an, du machst den Flyer? 😄"),
])
C("genuine", "recruiter_engaged", "de", "Inhaberin beauftragt Personalberaterin für Büroleitung", [
    ("me", "2021-03-02 08:45", "Guten Morgen Frau Brückner, danke fürs Vernetzen. Ich suche eine Büroleitung in Teilzeit (25 Std.) für unsere Musikschule, Anmeldungen, Abrechnung, Elternkommunikation. Wie arbeiten Sie und was kostet das?"),
    ("personal", "2021-03-02 11:30", "Guten Tag Frau Mäder, danke für Ihr Vertrauen. Für so eine Stelle berechne ich 15% des Jahresbruttos, fällig erst bei Einstellung, mit 3 Monaten Nachbesetzungsgarantie. Ich hätte sogar schon jemanden im Kopf, die vorher in einer Tanzschule gearbeitet hat. Können wir telefonieren?"),
    ("me", "2021-03-02 11:50", "Gern, morgen um 14 Uhr?"),
])
C("genuine", "former_pupil", "de", "Ehemalige Schülerin bedankt sich, landete im Spam-Ordner", [
    ("exschuelerin", "2021-10-18 23:05", "Liebe Frau Mäder, ich weiß nicht ob Sie sich noch an mich erinnern, ich hab von 2009 bis 2017 bei Ihnen Klavier gehabt. Ich habe gerade die Aufnahmeprüfung in Dresden bestanden und wollte einfach Danke sagen. Ohne Ihre Geduld mit mir (und meinen ungeübten Hausaufgaben) wär das nie passiert!!"),
], folder="SPAM")
C("genuine", "thanks_after_event", "de", "Dank nach dem Sommerkonzert (1/3)", [
    ("dank1", "2021-07-03 21:30", "Liebe Frau Mäder, vielen Dank für das wunderschöne Sommerkonzert heute! Emma war so aufgeregt und ist so stolz. Ein ganz toller Nachmittag."),
    ("me", "2021-07-04 10:00", "Liebe Frau Hentschel, Emma hat das großartig gemacht! Danke fürs Kommen."),
])
C("genuine", "thanks_after_event", "de", "Dank nach dem Sommerkonzert (2/3)", [
    ("dank2", "2021-07-03 22:12", "Hallo Frau Mäder, danke für das tolle Sommerkonzert heute! War ein ganz wunderbarer Nachmittag, Finn ist immer noch ganz aufgeregt."),
])
C("genuine", "thanks_after_event", "de", "Dank nach dem Sommerkonzert (3/3)", [
    ("dank3", "2021-07-04 08:40", "Liebe Friederike, vielen lieben Dank für das wunderschöne Sommerkonzert gestern! Ein toller Nachmittag, Mia ist so stolz."),
])
C("genuine", "journalist", "de", "Redakteur fragt nach Musikschulen in der Pandemie", [
    ("presse", "2021-02-08 14:20", "Guten Tag Frau Mäder, ich schreibe für den Stadtanzeiger über private Musikschulen im zweiten Lockdown. Hätten Sie Zeit für ein kurzes Telefonat, wie Sie mit den Honorarkräften und dem Online-Unterricht umgehen? Gern noch diese Woche."),
    ("me", "2021-02-08 16:00", "Hallo Herr Seidel, gern. Mittwoch ab 13 Uhr bin ich erreichbar. Ich kann Ihnen auch zwei Lehrer vermitteln, die was erzählen."),
])
C("genuine", "event_invitation", "de", "Stammtisch der Leipziger Musikschulen", [
    ("netzwerk", "2021-09-13 17:00", "Hallo Friederike, der Musikschul-Stammtisch findet endlich wieder live statt! 28.9., 19 Uhr, im Kaffeehaus am Südplatz. Thema: die neuen Honorarsätze und die Rentenversicherungsprüfung. Kommst du?"),
    ("me", "2021-09-13 19:30", "Bin dabei! Das Thema brennt mir auch unter den Nägeln."),
])
C("genuine", "long_standing_contact", "de", "Studienfreundin meldet sich nach langer Zeit", [
    ("studienfreundin", "2020-12-24 15:00", "Frohe Weihnachten, Friedi! Hab grad an dich gedacht, weil im Radio dieses Brahms-Intermezzo lief, an dem wir uns 2004 beide die Finger gebrochen haben. Wie geht's dir und der Schule in diesem verrückten Jahr?"),
    ("me", "2020-12-25 11:15", "Juuudith! Frohe Weihnachten! Ach, das Intermezzo, ich hör noch Prof. Lämmel schimpfen. Uns gehts okay, viel Online-Chaos, aber die Kinder sind treu. Und bei dir, spielt das Theater überhaupt?"),
    ("studienfreundin", "2020-12-26 10:40", "Nee, alles zu. Ich übe Korrepetition mit mir selbst. Lass uns im Frühjahr mal treffen, ja?"),
])
C("genuine", "client_quote_request", "de", "Grundschule fragt Angebot für Trommel-AG im Ganztag", [
    ("schule", "2021-05-31 12:30", "Liebe Frau Mäder, wir möchten im neuen Schuljahr eine Trommel-AG im Ganztagsangebot einrichten, donnerstags 14-15:30, ca. 12 Kinder. Könnten Sie uns ein Angebot schicken? Die Mittel kommen aus dem GTA-Budget, wir bräuchten das bis 20. Juni."),
    ("me", "2021-06-01 09:10", "Liebe Frau Lorenz, sehr gern! Benny Kretzschmar würde das übernehmen. Ich rechne mit 55 € pro Termin inkl. Instrumente, bei 36 Terminen also 1.980 €. Das schriftliche Angebot schicke ich Ihnen diese Woche."),
    ("schule", "2021-06-01 10:00", "Klingt gut, danke!"),
])
C("genuine", "client_quote_request", "de", "Kita fragt nach musikalischer Früherziehung", [
    ("kita", "2020-10-05 13:45", "Hallo, wir sind eine Kita in Möckern und suchen jemanden für musikalische Früherziehung, einmal die Woche für die Vorschulgruppe. Machen Sie sowas auch vor Ort und was würde das kosten?"),
    ("me", "2020-10-05 17:20", "Hallo Herr Naumann, ja, machen wir, Frau Markert ist da unsere Expertin. Vor Ort 45 Minuten kosten 48 € pro Termin. Ich ruf Sie morgen an, dann besprechen wir die Details."),
])
C("genuine", "tax_advisor", "de", "Steuerberater zur Scheinselbständigkeit der Honorarkräfte", [
    ("stb", "2021-10-04 16:30", "Frau Mäder, kurzer Hinweis: Die Rentenversicherung prüft gerade verstärkt Musikschulen wegen Scheinselbständigkeit. Wir sollten Ihre Honorarverträge noch dieses Jahr durchgehen, vor allem wer nur für Sie arbeitet. Termin im November?"),
    ("me", "2021-10-05 08:15", "Oh je, ja bitte. 9. November vormittags?"),
    ("stb", "2021-10-05 09:00", "Passt. Bringen Sie bitte die Verträge und die Stundenlisten mit."),
])
C("genuine", "vendor_price_change", "de", "bestehende Buchungssoftware kündigt Preisänderung an", [
    ("software_alt", "2021-09-01 10:00", "Liebe Frau Mäder, als langjährige Kursfuchs-Kundin möchten wir Sie informieren, dass unser Tarif \"Schule M\" ab 1.1.2022 von 39 € auf 49 € im Monat steigt. Dafür ist das SEPA-Lastschriftmodul künftig inklusive (bisher 12 € extra). Bei Fragen bin ich gern für Sie da."),
    ("me", "2021-09-02 12:20", "Hallo Frau Reiter, dann zahle ich ja effektiv weniger, wenn ich SEPA eh nutze? Bitte bestätigen Sie mir das kurz."),
    ("software_alt", "2021-09-02 14:05", "Genau, bei Ihnen sinkt die Rechnung um 2 € im Monat. 🙂"),
])
C("genuine", "landlord", "de", "Hausverwaltung zur Nebenkostenabrechnung", [
    ("vermieter", "2021-05-11 09:20", "Guten Tag Frau Mäder, die Nebenkostenabrechnung 2020 ist raus, Nachzahlung 312,40 €. Außerdem wird im August die Heizung im Erdgeschoss getauscht, zwei Tage ohne Warmwasser. Ich sag Ihnen noch die genauen Tage."),
    ("me", "2021-05-11 10:00", "Danke, Herr Rost. Bitte nicht in der ersten Schulwoche, da ist bei uns Hochbetrieb."),
])
C("genuine", "colleague_group", "de", "Lehrer-Gruppe plant das Vorspiel", [
    ("leh_klavier", "2021-11-29 20:00", "Hallo zusammen, wer hat noch Schüler fürs Adventsvorspiel am 12.12.? Ich hab 6 Klavierschüler, die Liste ist bei Friederike."),
    ("leh_cello", "2021-11-29 20:15", "Ich hab 3 Cellisten, und eine will mit Geige im Duo spielen. Tamara weiß Bescheid."),
    ("me", "2021-11-29 21:05", "Danke euch! Wir machen zwei Durchgänge wegen 2G und Abstand, 14 und 16 Uhr. Liste bitte bis Freitag ergänzen."),
], title="Lehrerzimmer Klangwerkstatt", extra=["geige", "leh_gesang"])
C("genuine", "partner_school_abroad", "en", "partner music centre in Bristol about an exchange", [
    ("bristol", "2021-09-20 12:00", "Hi Friederike! Hope you're well. Now that travel is easier, are we still on for the string ensemble exchange next spring? Our kids are desperate to see Leipzig and the Bach stuff. We'd be 14 pupils and 3 adults."),
    ("me", "2021-09-20 18:30", "Hi Rhiannon! Yes, absolutely, my pupils already voted for April. Host families are the tricky part, I'll ask at the next parents' evening. Let's talk in October?"),
    ("bristol", "2021-09-21 08:10", "Lovely. Speak then!"),
])
C("genuine", "inbound_room_rental", "de", "Männerchor fragt Proberaum zur Miete an", [
    ("chor", "2021-06-21 18:00", "Sehr geehrte Frau Mäder, unser Männerchor sucht einen neuen Proberaum, da die Gaststätte geschlossen hat. Könnten wir montags 19-21 Uhr Ihren Saal mieten? Wir sind 22 Sänger. Was würde das kosten?"),
    ("me", "2021-06-22 08:45", "Sehr geehrter Herr Lehmann, montags abends ist der Saal frei. Für Vereine nehmen wir 25 € pro Abend inkl. Klavier. Kommen Sie gern vorbei und schauen ihn sich an."),
    ("chor", "2021-06-22 09:30", "Das ist sehr anständig! Ich komme Mittwoch vorbei."),
])
C("genuine", "congrats", "de", "Glückwunsch zum 10-jährigen Schuljubiläum", [
    ("glueckwunsch", "2021-09-01 09:00", "Liebe Friederike, herzlichen Glückwunsch zum 10-jährigen Bestehen der Klangwerkstatt! Ich weiß noch, wie du mit zwei Klavieren und einem Karton Noten angefangen hast. Einfach toll."),
    ("me", "2021-09-01 12:30", "Danke, liebe Ulrike! Und du warst diejenige, die mir damals gesagt hat, ich soll mich trauen."),
])
C("genuine", "job_applicant", "de", "Abiturient fragt nach FSJ Kultur", [
    ("fsj", "2021-02-22 17:10", "Hallo Frau Mäder, ich mach dieses Jahr Abi und würde gern ein FSJ Kultur machen. Bieten Sie sowas an? Ich spiele seit 10 Jahren Trompete und helfe gern bei allem."),
    ("me", "2021-02-23 10:00", "Hallo Emil, wir sind leider keine anerkannte Einsatzstelle, aber ich frag bei der Musikschule Südvorstadt nach, die haben eine. Melde mich nächste Woche."),
])
C("genuine", "parent_price_question", "de", "Vater fragt nach Geschwisterrabatt", [
    ("geschwister", "2020-09-07 19:00", "Nabend, wir ham jetzt beide Kinder bei Ihnen, Gitarre und Gesang. Gibts da ni sowas wie Geschwisterrabatt? Frach nur mal."),
    ("me", "2020-09-08 08:30", "Guten Morgen Herr Petzold, ja, gibt es, 10% auf den zweiten Vertrag. Ich passe das ab Oktober an und rechne September nach."),
    ("geschwister", "2020-09-08 08:45", "Nu prima, danke!"),
])
C("genuine", "inbound_lead_parent", "en", "expat mother asks about cello lessons in English", [
    ("expat", "2021-05-03 20:20", "Hi Friederike, we moved to Leipzig from Manchester in March for my job at the plant. My son (10) played cello for two years at home and really misses it. Do you have a teacher who can teach in English? What would it cost? We're in Eutritzsch."),
    ("me", "2021-05-04 08:30", "Hi Hannah, welcome! Agnieszka, our cellist, teaches in English and Polish. 45 minutes weekly is 92 euros a month, and we can rent him a cello from the music shop for about 29. Would a trial lesson next Tuesday suit?"),
    ("expat", "2021-05-04 08:50", "Brilliant, Tuesday is perfect."),
])
C("genuine", "teacher_issue", "de", "Gesangslehrerin klärt Raumplan", [
    ("leh_gesang", "2021-08-16 10:30", "Hi Friederike, kann ich dienstags in Raum 2 statt 4? Neben dem Schlagzeugraum kann ich keinen Ton stimmen, die Kinder hören sich selbst nicht."),
    ("me", "2021-08-16 11:00", "Verständlich. Ich tausch dich mit Javier, der hat nix gegen Bumm-Bumm."),
    ("leh_gesang", "2021-08-16 11:02", "Du bist die Beste ❤️"),
])
C("genuine", "owner_started_colleague", "de", "Inhaberin fragt Klavierlehrer wegen Wettbewerb", [
    ("me", "2021-01-05 10:00", "Hallo Konstantin, frohes neues Jahr! Meldest du Leonie für Jugend musiziert an? Der Regionalwettbewerb ist dieses Jahr online per Video."),
    ("leh_klavier", "2021-01-05 12:30", "Frohes Neues! Ja, sie will. Wir nehmen Ende Januar auf, kann ich dafür den Flügel im Saal nutzen?"),
    ("me", "2021-01-05 12:45", "Klar, trag dich in den Kalender ein."),
])

# ---------------------------------------------------------------- wanted pitches
C("wanted_pitch", "tailored_streaming", "de", "Tontechniker nimmt Bezug auf ihren Beitrag zum gescheiterten Livestream", [
    ("w_stream", "2020-12-14 11:20", "Hallo Frau Mäder, ich habe Ihren Beitrag über das Adventsvorspiel gelesen, bei dem der Livestream nach 10 Minuten abgebrochen ist und der Flügel klang wie ein Spielzeugklavier. Das liegt fast immer an der Handy-Kamera mit automatischer Pegelung. Ich mache seit dem Frühjahr Streams für kleine Konzerte in Leipzig, mit zwei Mikros und einem Mischpult, 180 € pro Nachmittag. Falls Sie im Frühjahr wieder streamen, würde ich mich freuen."),
    ("me", "2020-12-14 13:00", "Oh ja, das war ein Desaster. Melden Sie sich bitte im Februar, dann planen wir das Frühlingsvorspiel."),
])
C("wanted_pitch", "tailored_booking_software", "de", "Softwareanbieterin bezieht sich auf ihren Vortrag", [
    ("w_buchung", "2021-10-11 09:30", "Liebe Frau Mäder, ich war beim Musikschultag Sachsen in Ihrem Vortrag über die Abrechnung mit Honorarkräften. Sie sagten, dass Sie jeden Monat einen ganzen Tag mit Excel die Honorare gegen die tatsächlich gehaltenen Stunden abgleichen. Genau dafür haben wir bei Taktwerk eine Funktion, die Ausfälle und Nachholstunden automatisch verrechnet und die Honorarabrechnung als PDF erzeugt. Ich würde sie Ihnen gern an Ihren echten Zahlen zeigen, 30 Minuten."),
    ("me", "2021-10-11 14:15", "Das klingt zu schön, um wahr zu sein. Zeigen Sie mal, nächste Woche Mittwoch?"),
])
C("wanted_pitch", "tailored_website", "de", "Webentwickler aus der Nachbarschaft kennt ihr PDF-Anmeldeformular", [
    ("w_web", "2021-01-19 18:50", "Danke fürs Annehmen! Kurz zum Hintergrund: Meine Tochter wollte sich bei Ihnen für Gesang anmelden und wir haben gemerkt, dass man das Anmeldeformular ausdrucken muss und es auf dem Handy gar nicht aufgeht. Ich baue solche Formulare, die direkt in Ihre Kursfuchs-Verwaltung schreiben (die hat eine Schnittstelle). Wäre für Sie ein überschaubarer Aufwand, ich schätze 600-800 €. Nur falls es Sie nervt, sonst einfach ignorieren :)"),
    ("me", "2021-01-20 09:10", "Es nervt mich seit Jahren! Lassen Sie uns reden. Und Ihre Tochter ist natürlich herzlich willkommen."),
])
C("wanted_pitch", "tailored_acoustics", "de", "Akustikbauer nennt konkret das Schlagzeugraum-Problem", [
    ("w_akustik", "2021-08-18 08:15", "Guten Tag Frau Mäder, Herr Kretzschmar (wir spielen zusammen in einer Band) hat mir erzählt, dass der Schlagzeugraum bei Ihnen durch die Wand in den Gesangsraum durchschlägt. Bei Altbau-Trennwänden hilft meist eine Vorsatzschale mit entkoppeltem Ständerwerk, ca. 18 dB Verbesserung. Ich könnte mir das unverbindlich anschauen und Ihnen sagen, ob es sich lohnt."),
    ("me", "2021-08-18 12:00", "Das wäre toll, vor allem für Frau Markert. Kommen Sie Freitag um 10?"),
])
C("wanted_pitch", "tailored_mutual_contact", "de", "Geigenbauerin, empfohlen von Tamara Wolkowa", [
    ("w_geigenbau", "2021-03-15 14:00", "Liebe Frau Mäder, Tamara Wolkowa meinte, dass bei Ihnen viele Schülergeigen mit schlechten Saiten und verzogenen Stegen herumstehen. Ich biete Musikschulen einen Service-Tag an: Ich komme einmal im Halbjahr, richte alle Instrumente vor Ort ein, Stege und Saiten zum Materialpreis. Hätten Sie Interesse, wenn Tamara dabei ist?"),
    ("me", "2021-03-15 16:40", "Ja! Tamara schimpft da schon lang. Schicken Sie mir bitte die Konditionen."),
])
C("wanted_pitch", "tailored_funding_call", "de", "Fördermittelberaterin nennt die konkrete Förderrichtlinie und Frist", [
    ("w_foerder", "2021-06-28 10:00", "Sehr geehrte Frau Mäder, das Kulturamt hat letzte Woche die Förderrichtlinie \"Kulturelle Bildung im Stadtteil 2022\" veröffentlicht, Frist 15. September, bis 15.000 € für Projekte mit Schulen in Nord. Ihre Kooperation mit der Grundschule am Rosental würde genau passen. Ich schreibe Anträge auf Erfolgsbasis (8% der Fördersumme). Falls Sie es selbst machen wollen, haben Sie jetzt zumindest den Hinweis."),
])
C("wanted_pitch", "tailored_low_latency", "de", "Gründer kennt ihr Zoom-Setup aus einem Interview", [
    ("w_latenz", "2021-02-10 19:30", "Hallo Frau Mäder, Sie haben im Stadtanzeiger gesagt, dass Ihre Lehrer per Zoom mit \"Originalton\" unterrichten und Zusammenspielen trotzdem unmöglich ist. Das ist die Latenz, Zoom liegt bei 150-300 ms. Wir haben in Leipzig eine Lösung für Musikunterricht entwickelt mit unter 30 ms innerhalb der Stadt. Ich würde Ihnen gern zwei Testzugänge für Ihre Lehrer geben, kostenlos bis Ostern."),
    ("me", "2021-02-11 08:00", "Gern, probieren wir mit Klavier und Geige aus."),
])
C("wanted_pitch", "tailored_recruiter", "de", "Vermittlerin mit passender Klavierlehrerin zur Stellenanzeige", [
    ("w_lehrer", "2021-07-07 13:00", "Guten Tag Frau Mäder, ich habe Ihre Anzeige für eine Klavierlehrkraft (Honorarbasis, 12-15 Std.) auf der Seite des Musikschulverbands gesehen. Ich vermittle ausschließlich Musikpädagog:innen und hätte eine Pianistin aus Halle, die nach Leipzig zieht und Erfahrung mit Früherziehung hat. Für Honorarkräfte berechne ich eine einmalige Pauschale von 350 €. Soll ich Ihnen das Profil schicken?"),
])
C("wanted_pitch", "tailored_digital_piano", "de", "Pianohaus nennt ihre Warteliste aus dem Presseartikel", [
    ("w_piano", "2021-03-08 10:20", "Guten Tag Frau Mäder, im Stadtanzeiger stand, dass Sie 60 Kinder auf der Warteliste für Klavier haben, aber keine Räume mehr. Manche Schulen lösen das mit Gruppenunterricht an Digitalpianos mit Kopfhörern (4 Kinder, ein Lehrer). Wir vermieten solche Klassensätze mit Lehrerpult, 4 Instrumente ab 140 € im Monat. Darf ich Ihnen ein Beispiel aus einer Musikschule in Halle zeigen?"),
])
C("wanted_pitch", "tailored_real_estate", "de", "Maklerin mit Gewerberaum in Nachbarschaft wegen Raumnot", [
    ("w_raum", "2021-04-01 09:00", "Liebe Frau Mäder, Sie haben im Stadtanzeiger erzählt, dass Ihnen die Räume fehlen. Zwei Häuser weiter, in der Menckestraße, wird im Sommer ein Ladenlokal im EG frei, 78 qm, drei Räume, Altbau mit dicken Wänden. Der Eigentümer hätte nichts gegen Musikunterricht. Wollen Sie es sich anschauen, bevor es öffentlich inseriert wird?"),
    ("me", "2021-04-01 11:30", "Oh, das ist ja spannend. Ja, bitte!"),
])
C("wanted_pitch", "tailored_instrument_insurance", "de", "Makler kennt die Zahl ihrer Leihinstrumente von der Website", [
    ("w_versich", "2021-11-08 15:00", "Sehr geehrte Frau Mäder, auf Ihrer Website steht, dass Sie über 40 Leihinstrumente an Schüler ausgeben. Viele Inhaltsversicherungen decken Instrumente außerhalb der Räume nicht ab, also nicht im Bus oder zu Hause beim Kind. Wir haben eine Gruppenpolice speziell für Musikschul-Leihinstrumente. Ich könnte kurz prüfen, ob Ihre jetzige Police die Lücke hat."),
])
C("wanted_pitch", "tailored_sheet_music", "en", "sheet music dealer knows her English-language exchange repertoire", [
    ("w_noten", "2021-10-25 11:00", "Hello Ms. Mäder, I saw on Harbourside Music Centre's page that your string ensemble is doing an exchange with Bristol in April and rehearsing the Holst St Paul's Suite. We carry the parts for both editions (the UK one they use differs in bar numbers!), with a 15% school discount and delivery to Leipzig in 3 days. Happy to send the matching set."),
    ("me", "2021-10-25 14:30", "Ha, that bar-number thing would have caught us out. Please send a quote for 16 players."),
])

# ---------------------------------------------------------------- junk
C("junk", "generic_seo", "de", "generischer SEO-Pitch", [
    ("j_seo", "2021-03-22 06:40", "Hallo Frau Mäder, ich habe mir Ihre Website angeschaut und festgestellt, dass Sie bei Google noch viel Potenzial verschenken. Wir bringen Unternehmen wie Ihres auf Seite 1. Darf ich Ihnen eine kostenlose Analyse schicken?"),
])
C("junk", "generic_web_design", "en", "offshore web/app agency in English", [
    ("j_web_en", "2021-05-17 04:55", "Hi Friederike,\n\nHope you are doing great. We are a leading IT company providing website development, mobile app development and digital marketing services at very reasonable rates. Please let me know if you have any requirement.\n\nThanks & Regards\nRahul"),
])
C("junk", "off_topic_crypto", "en", "crypto mentoring pitch", [
    ("j_krypto", "2021-04-05 23:10", "Hi Friederike, I saw your profile and I think you have the mindset for financial freedom. I help people earn passive income with crypto trading signals, my students made 40% last month. Want me to show you how?"),
])
C("junk", "offers_what_she_sells", "de", "Online-Musikschule bietet ihr Musikunterricht an", [
    ("j_online", "2021-01-26 12:00", "Hallo Friederike! Wolltest du schon immer ein Instrument lernen? Mit Musikmeister Online lernst du Gitarre, Klavier oder Ukulele in nur 30 Tagen, jederzeit und von überall. Jetzt 3 Monate zum Preis von einem, nur diese Woche!"),
])
C("junk", "capacity_new_clients", "de", "fragt nach Kapazität für neue Kunden", [
    ("j_kapaz", "2021-06-09 10:05", "Hallo Frau Mäder, kurze Frage: Haben Sie aktuell Kapazitäten für neue Kunden? Wir liefern qualifizierte Anfragen für Dienstleister in Ihrer Region, Sie zahlen nur pro Termin. Passt das?"),
])
C("junk", "like_minded_entrepreneurs", "de", "Vernetzung als gleichgesinnte Unternehmer", [
    ("j_gleichgesinnt", "2021-05-10 21:00", "Hey Friederike, schön dass wir jetzt connected sind! Ich vernetze mich gern mit gleichgesinnten Unternehmern, die etwas bewegen wollen. Lass uns doch mal austauschen, wie wir uns gegenseitig auf das nächste Level bringen können! 🚀"),
])
C("junk", "quick_call", "de", "kurzes 15-Minuten-Gespräch", [
    ("j_15min", "2021-09-28 08:00", "Hallo Frau Mäder, hätten Sie diese Woche 15 Minuten für ein kurzes Gespräch? Wir helfen lokalen Unternehmen, über Social Media planbar neue Kunden zu gewinnen. Dienstag oder Mittwoch?"),
])
C("junk", "connect_then_pitch", "de", "Smalltalk, sie antwortet, dann Altersvorsorge-Pitch", [
    ("j_ctp1", "2020-11-04 09:20", "Danke fürs Vernetzen, Friederike! Wie kommst du denn als Musikschule durch den Lockdown light?"),
    ("me", "2020-11-04 12:00", "Hallo Nicole, es geht, wir unterrichten online weiter. Danke der Nachfrage."),
    ("j_ctp1", "2020-11-05 08:30", "Toll, dass ihr das so meistert! Gerade jetzt merken viele Selbständige, wie wichtig eine solide Altersvorsorge ist. Ich habe ein Konzept speziell für Unternehmerinnen, mit Steuervorteil. Sollen wir mal 20 Minuten telefonieren?"),
])
C("junk", "connect_then_pitch", "de", "vernetzt, Smalltalk, dann Solar-Pitch ohne Antwort", [
    ("j_ctp2", "2021-04-12 20:10", "Hallo Friederike, danke für die Annahme! Schönes Frühlingswetter heute in Leipzig, oder?"),
    ("j_ctp2", "2021-04-14 09:00", "Mal eine Frage: Haben Sie schon über eine Photovoltaikanlage nachgedacht? Mit den aktuellen Förderungen amortisiert sich das in 7 Jahren. Ich mache Ihnen gern ein kostenloses Angebot!"),
])
C("junk", "connect_then_pitch", "de", "Coach: Kompliment, Frage, dann Coaching-Paket", [
    ("j_ctp3", "2021-08-23 07:40", "Liebe Friederike, schön, dass wir uns vernetzt haben! Was ist gerade deine größte Herausforderung als Unternehmerin?"),
    ("me", "2021-08-23 13:00", "Zeit, wie bei allen wohl."),
    ("j_ctp3", "2021-08-23 13:10", "Das höre ich so oft! Genau dafür habe ich mein 8-Wochen-Programm \"Zeitfreiheit\" entwickelt. Aktuell habe ich noch 2 Plätze zum Einführungspreis von 1.490 €. Magst du mehr erfahren?"),
])
C("junk", "follow_up_bump", "de", "Lohnabrechnung, zweimal nachgefasst ohne Antwort", [
    ("j_bump1", "2021-02-01 09:00", "Hallo Frau Mäder, Lohnfix übernimmt Ihre komplette Lohnabrechnung, schnell und günstig. Hätten Sie Interesse an einer Demo?"),
    ("j_bump1", "2021-02-08 09:00", "Hallo Frau Mäder, ich wollte nur kurz nachhaken, ob Sie meine Nachricht gesehen haben?"),
    ("j_bump1", "2021-02-17 09:00", "Hallo Frau Mäder, da ich nichts gehört habe, gehe ich davon aus, dass das Thema gerade nicht passt. Ich melde mich in ein paar Monaten wieder."),
])
C("junk", "follow_up_bump", "de", "Druckerei fasst nach", [
    ("j_bump2", "2021-06-14 11:00", "Hallo Frau Mäder, brauchen Sie Flyer, Visitenkarten oder Plakate? Wir drucken schnell und günstig, auch Kleinauflagen."),
    ("j_bump2", "2021-06-22 11:00", "Nur ein kurzes Follow-up zu meiner Nachricht, haben Sie Bedarf?"),
])
C("junk", "template_campaign", "de", "Kursverwaltungs-Template, Absender 1/5", [
    ("j_t1", "2021-03-01 10:00", "Hallo Frau Mäder, ich habe gesehen, dass Sie Inhaberin der Musikschule Klangwerkstatt Gohlis sind. Die meisten Musikschulen verlieren jede Woche 5+ Stunden mit Stundenplänen und Abrechnungen. KursPilot automatisiert das in wenigen Klicks. Wäre ein kurzer Austausch interessant?"),
])
C("junk", "template_campaign", "de", "Kursverwaltungs-Template, Absender 2/5", [
    ("j_t2", "2021-03-03 14:20", "Hallo Frau Mäder, wie ich sehe sind Sie Inhaberin der Musikschule Klangwerkstatt Gohlis. Die meisten Musikschulen verlieren wöchentlich über 5 Stunden mit Stundenplänen und Abrechnung. Stundenplaner Pro erledigt das mit wenigen Klicks. Wäre ein kurzes Gespräch interessant?"),
])
C("junk", "template_campaign", "de", "Kursverwaltungs-Template, Absender 3/5", [
    ("j_t3", "2021-03-09 09:15", "Hi Friederike, ich sehe, du leitest die Musikschule Klangwerkstatt Gohlis. Die meisten Bildungseinrichtungen verlieren jede Woche 6+ Stunden mit Stundenplänen und Abrechnungen. EduBook automatisiert das in wenigen Klicks. Lust auf einen kurzen Austausch?"),
])
C("junk", "template_campaign", "en", "course-admin template, sender 4/5, in English", [
    ("j_t4", "2021-03-15 16:00", "Hi Friederike, I noticed you're the owner of Musikschule Klangwerkstatt Gohlis. Most music schools lose 5+ hours every week on scheduling and billing. LessonLoop automates it in a few clicks. Would a quick chat be of interest?"),
])
C("junk", "template_campaign", "de", "Kursverwaltungs-Template, Absender 5/5, nachgefasst", [
    ("j_t5", "2021-03-22 10:30", "Hallo Frau Mäder, ich habe gesehen, dass Sie Inhaberin der Musikschule Klangwerkstatt Gohlis sind. Die meisten Musikschulen verlieren pro Woche 5+ Stunden mit Stundenplänen und Abrechnungen. Schulverwalter24 automatisiert das mit wenigen Klicks. Wäre ein kurzer Austausch interessant?"),
    ("j_t5", "2021-03-29 10:30", "Hallo Frau Mäder, ich wollte meine Nachricht noch einmal nach oben holen. Wäre ein kurzer Austausch interessant?"),
])
C("junk", "merge_tag_failure", "de", "leerer Platzhalter {{Vorname}}", [
    ("j_mt1", "2021-07-26 05:30", "Hallo {{Vorname}},\n\nich hoffe, es geht Ihnen gut! Bei Vogel Marketing helfen wir Unternehmen wie {{Firma}}, mehr Sichtbarkeit zu bekommen. Haben Sie nächste Woche Zeit für ein kurzes Gespräch?"),
])
C("junk", "merge_tag_failure", "de", "falsche Firma: Tanzschule statt Musikschule", [
    ("j_mt2", "2021-10-19 10:00", "Guten Tag Frau Mäder, saubere Räume sind gerade für die Tanzschule Schrittmacher das A und O! ReinRaum bietet professionelle Unterhaltsreinigung zu fairen Preisen. Darf ich Ihnen ein Angebot machen?"),
])
C("junk", "merge_tag_failure", "de", "falscher Name in der Anrede", [
    ("j_mt3", "2021-05-25 13:15", "Sehr geehrte Frau Müller, als Inhaberin eines Handwerksbetriebs wissen Sie, wie wichtig eine gute Betriebshaftpflicht ist. Ich prüfe gern kostenlos Ihren aktuellen Vertrag."),
])
C("junk", "merge_tag_failure", "de", "Platzhalter [Branche] nicht ersetzt", [
    ("j_mt4", "2021-11-30 09:45", "Hallo Friederike, ich bin auf dein Profil gestoßen und finde spannend, was du in der [Branche] machst. Wir generieren für [Branche]-Unternehmen 20+ Leads pro Monat. Interesse?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Geschäftskonto", [
    ("j_sp1", "2021-02-24 12:00", "<p>Hallo Friederike,</p><p>Ihr Business verdient ein Konto, das mitwächst: 0 &euro; Kontoführung im ersten Jahr.</p><p><a href=\"https://example.com/konto\">Jetzt eröffnen</a></p>"),
], title="Sponsored Conversation", subject="Ihr neues Geschäftskonto")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Führungskräfte-Akademie", [
    ("j_sp2", "2021-06-30 12:00", "<p>Hallo Friederike,</p><p>F&uuml;hren Sie Ihr Team in die Zukunft &ndash; mit unserem zertifizierten Online-Lehrgang &bdquo;Leadership 4.0&ldquo;.</p>"),
], title="Sponsored Conversation", subject="Leadership 4.0 – jetzt anmelden")
C("junk", "sponsored_inmail", "en", "Sponsored InMail: cloud office suite", [
    ("j_sp3", "2021-09-15 12:00", "<p>Hi Friederike,</p><p>Work from anywhere with CloudDesk Office. Try it free for 60 days.</p>"),
], title="Sponsored Conversation", subject="Work from anywhere")
C("junk", "paid_award", "de", "kostenpflichtiger Mittelstandspreis", [
    ("j_award", "2021-08-09 10:00", "Sehr geehrte Frau Mäder,\n\nherzlichen Glückwunsch! Ihre Musikschule wurde für den Deutschen Mittelstands-Exzellenzpreis 2021 in der Kategorie Bildung nominiert. Für die Teilnahme an der Finalrunde inklusive Gala, Urkunde und Siegel zur Nutzung in Ihrer Werbung fällt eine Teilnahmegebühr von 1.290 € netto an. Bitte bestätigen Sie bis 20.8."),
])
C("junk", "paid_podcast", "de", "Podcast-Interview gegen Gebühr", [
    ("j_pod", "2021-10-04 18:00", "Hi Friederike, ich würde dich gern in meinem Erfolgsmacher Podcast interviewen! Unsere Hörer lieben Geschichten von mutigen Gründerinnen. Für Produktion, Schnitt und Promotion berechnen wir eine kleine Beteiligung von 490 €. Bist du dabei?"),
])
C("junk", "fluent_generic_named", "de", "flüssiger Pitch mit Firmenname, passt auf jeden", [
    ("j_fluent", "2021-07-12 10:30", "Liebe Frau Mäder, die Musikschule Klangwerkstatt Gohlis steht für Qualität und Leidenschaft, das merkt man sofort. Gerade Unternehmen wie die Klangwerkstatt stehen heute vor der Herausforderung, Wachstum nachhaltig zu gestalten. Wachstumswerk begleitet Sie dabei mit maßgeschneiderten Strategien. Wollen wir unverbindlich sprechen?"),
])
C("junk", "generic_booking_software", "de", "generische Terminbuchungs-App (Gegenstück zu Taktwerk)", [
    ("j_buchung", "2021-10-14 09:00", "Hallo Frau Mäder, mit AppointMe buchen Ihre Kunden Termine online, rund um die Uhr. Perfekt für Friseure, Physiotherapeuten, Kosmetikstudios und viele mehr. Jetzt 30 Tage kostenlos testen!"),
])
C("junk", "generic_web_design", "de", "generisches Webdesign (Gegenstück zu Lindner)", [
    ("j_web_gen", "2021-02-02 08:20", "Hallo, Ihre Website ist nicht mehr zeitgemäß? Webmacher Sachsen erstellt moderne Websites ab 999 €, inklusive Hosting im ersten Jahr. Melden Sie sich für ein unverbindliches Angebot."),
])
C("junk", "generic_acoustics", "de", "generischer Schallschutz (Gegenstück zum Akustikbauer)", [
    ("j_akustik", "2021-08-30 07:30", "Sehr geehrte Damen und Herren, Schallschutz Direkt liefert Akustikpaneele für Büros, Praxen und Gastronomie. Jetzt 20% Rabatt auf alle Paneele bis Monatsende!"),
])
C("junk", "irrelevant_recruiter", "de", "IT-Recruiterin mit irrelevanter Stelle", [
    ("j_recruit", "2021-06-16 15:00", "Hallo Friederike, ich habe eine spannende Position als Senior Java Developer (m/w/d) in Leipzig, 75-85k. Dein Profil passt super! Hast du Zeit für ein Telefonat?"),
])
C("junk", "financial_advice", "de", "Vermögensberater mit allgemeinem Pitch", [
    ("j_versich", "2021-04-20 17:30", "Guten Tag Frau Mäder, als Selbständige sollten Sie Ihr Vermögen optimal aufstellen. Ich biete Ihnen eine kostenlose Finanzanalyse an, ganz unverbindlich."),
])
C("junk", "off_topic_product", "de", "Kopierer-Leasing", [
    ("j_drucker", "2021-09-06 09:10", "Hallo Frau Mäder, zahlen Sie noch zu viel für Ihre Drucker? Wir bieten Multifunktionsgeräte im Leasing ab 39 € im Monat inklusive Service. Darf ich ein Angebot schicken?"),
])
C("junk", "mlm_recruiting", "de", "MLM-Anwerbung", [
    ("j_mlm", "2021-02-03 21:30", "Hey Friederike 😊 ich hab gesehen, du bist auch Unternehmerin! Ich arbeite nebenbei mit einem tollen Gesundheitsunternehmen und suche noch motivierte Frauen für mein Team. Du kannst dir ganz flexibel was dazuverdienen. Darf ich dir ein kurzes Video schicken?"),
])
C("junk", "franchise_pitch", "de", "Franchise für Kindermusikkurse", [
    ("j_franchise", "2021-11-15 10:00", "Hallo Frau Mäder, KiddyBeats expandiert nach Sachsen! Werden Sie Franchisepartnerin für unsere erfolgreichen Musikkurse für Kinder von 0-6 Jahren. Einstiegsgebühr nur 9.900 €. Darf ich Ihnen unsere Unterlagen schicken?"),
])
C("junk", "generic_seo", "de", "zweiter SEO/Google-Bewertungen-Pitch mit Nachfassen", [
    ("j_seo", "2021-09-20 06:35", "Hallo nochmal Frau Mäder, wussten Sie, dass 87% der Kunden vor dem Kauf Google-Bewertungen lesen? Wir helfen Ihnen, mehr 5-Sterne-Bewertungen zu bekommen. Kurzes Gespräch?"),
])
C("junk", "paid_directory_feature", "de", "kostenpflichtiger Premium-Eintrag im Branchenportal", [
    ("j_verzeichnis", "2021-05-04 11:00", "Sehr geehrte Frau Mäder, Ihr Eintrag im Branchenportal Deutschland ist noch nicht verifiziert. Sichern Sie sich jetzt den Premium-Eintrag mit Logo, Top-Platzierung und Siegel \"Empfohlener Anbieter 2021\" für nur 349 € jährlich. Bitte bestätigen Sie innerhalb von 7 Tagen."),
])
C("junk", "generic_social_media", "de", "Instagram-Follower-Agentur", [
    ("j_insta", "2021-08-02 22:15", "Hey 👋 mehr Reichweite für dein Business? Wir bringen dir 1.000 echte Follower pro Monat auf Instagram, garantiert! Starterpaket ab 79 €. Schreib mir einfach \"JA\"."),
])


if __name__ == "__main__":
    ex.write(
        OUT,
        {"First Name": "Friederike", "Last Name": "Mäder",
         "Headline": "Inhaberin Musikschule Klangwerkstatt Gohlis | Pianistin | Musikpädagogin",
         "Summary": "Seit 2011 leite ich die Klangwerkstatt in Leipzig-Gohlis: 14 Lehrkräfte, rund 180 Schülerinnen "
                    "und Schüler von 4 bis 76 Jahren, Klavier, Streicher, Gitarre, Gesang, Schlagzeug.",
         "Industry": "Music", "Zip Code": "04155", "Geo Location": "Leipzig, Sachsen, Deutschland",
         "Websites": "[COMPANY:klangwerkstatt-gohlis.example]"},
        [{"Company Name": "Musikschule Klangwerkstatt Gohlis", "Title": "Inhaberin",
          "Description": "Gründung und Leitung einer privaten Musikschule.", "Location": "Leipzig",
          "Started On": "Sep 2011", "Finished On": ""},
         {"Company Name": "Musikschule Südvorstadt", "Title": "Klavierlehrerin",
          "Description": "", "Location": "Leipzig", "Started On": "Oct 2006", "Finished On": "Aug 2011"}],
        ["Klavier", "Musikpädagogik", "Schulleitung", "Kulturförderung", "Veranstaltungsorganisation"],
    )
    print(ex.summary())

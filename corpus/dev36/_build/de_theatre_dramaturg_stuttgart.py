"""Persona dev36/de-theatre-dramaturg-stuttgart, written blind to the code (session 5).

Johanna Reutter is dramaturg at the Nesenbach-Theater, a municipal theatre in Stuttgart
(Großes Haus and Kammerbühne, new plays, youth theatre). The theatre sells tickets,
school performances with workshops, guest performances and foyer rentals.
Export layout 2026. Every message below is written by hand for this corpus.
Run: /work/main/.venv/bin/python corpus/dev36/_build/de_theatre_dramaturg_stuttgart.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-theatre-dramaturg-stuttgart"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Johanna Reutter", "https://www.linkedin.com/in/johanna-reutter-dramaturgie",
               "Nesenbach-Theater Stuttgart", "Dramaturgin")
ex = Export(SLUG, "2026", owner)
P = ex.person

# ---------------------------------------------------------------- people: genuine contacts
P("lukas", "Lukas Bräuninger", "", "Regisseur", connected="2017-09-14")
P("mira", "Mira Okonkwo-Haas", "", "Autorin", connected="2021-05-02")
P("verlag1", "Cornelia Staib", "Brenner Theaterverlag", "Lektorat & Aufführungsrechte",
  connected="2016-02-10")
P("verlag2", "Henrik Jessen", "Verlag Rampenlicht", "Verlagsleitung", connected="2018-11-23")
P("tobias", "Tobias Wörner", "", "Schauspieler", connected="2025-01-19")
P("elif", "Elif Sarıkaya", "Nesenbach-Theater Stuttgart", "Schauspielerin (Ensemble)",
  connected="2019-09-01")
P("presse1", "Annette Vogelsang", "Stuttgarter Abendblatt", "Redakteurin Kultur",
  connected="2020-03-03")
P("kulturamt", "Stefan Hägele", "Kulturamt der Landeshauptstadt Stuttgart",
  "Sachbearbeiter Theaterförderung", connected="2019-01-22")
P("festival", "Dorothee Lindqvist", "Festival Neue Stücke Mannheim", "Künstlerische Leitung",
  connected="2022-06-15")
P("ticket", "Marcel Pfleiderer", "Kartenwerk Ticketing GmbH", "Key Account Kultur",
  connected="2020-08-08")
P("buehne", "Sabine Kurz", "Kurz Bühnentechnik", "Projektleitung Verleih", connected="2021-10-10")
P("praktikant", "Leonie Baumeister", "Universität Tübingen", "Studentin Theaterwissenschaft",
  connected="2025-02-02")
P("erasmus", "Aoife Gallagher", "Trinity College Dublin", "Student, Drama and Theatre Studies")
P("lehrer", "Jürgen Mayer-Frick", "Hegel-Gymnasium Stuttgart-Vaihingen", "Lehrer Deutsch & Darstellendes Spiel",
  connected="2023-09-12")
P("firma", "Birgit Schwenk", "Schwenk Präzisionsteile GmbH", "Assistenz der Geschäftsführung")
P("peer", "Katrin Oswald", "Theater Reutlingen Süd", "Leitende Dramaturgin", connected="2015-04-20")
P("recruit", "Dr. Volker Armbruster", "Armbruster Kultur-Personalberatung", "Partner",
  connected="2025-04-02")
P("glueck1", "Nadine Fischer", "", "Kostümbildnerin", connected="2018-05-05")
P("glueck2", "Ralf Steinhilber", "Freundeskreis Nesenbach-Theater e.V.", "Vorsitzender",
  connected="2016-12-12")
P("glueck3", "Paula Eberhardt", "Junges Ensemble Stuttgart", "Theaterpädagogin",
  connected="2020-10-10")
P("autor2", "Konstantin Rieger", "", "Autor", connected="2025-05-06")
P("prof", "Prof. Dr. Gisela Hornung", "Universität Stuttgart", "Neuere deutsche Literatur",
  connected="2012-07-01")
P("friend", "Sophie Landenberger", "Akademie für Darstellende Kunst Ludwigsburg", "Dozentin",
  connected="2011-10-01")
P("intendant", "Wolfgang Reichle", "Nesenbach-Theater Stuttgart", "Intendant",
  connected="2019-08-01")
P("kbb", "Ines Traub", "Nesenbach-Theater Stuttgart", "Leitung Künstlerisches Betriebsbüro",
  connected="2019-08-01")
P("uebertitel", "Marta Kowalczyk", "", "Übertitel & Übersetzung (freiberuflich)",
  connected="2022-01-10")
P("zuerich", "Regula Zbinden", "", "Regisseurin", connected=None)
P("edinburgh", "Fiona MacRae", "Traverse North Festival", "Programme Director",
  connected="2024-08-20")
P("kostuem", "Nadja Ilić", "", "Kostümbildnerin", connected="2023-02-14")
P("hospitant", "Jonas Fritz", "", "Regieassistent", connected="2024-03-01")
P("fotograf", "Benedikt Sauter", "Sauter Fotografie", "Theaterfotograf", connected="2017-10-10")
P("london", "Oliver Pembroke", "Pembroke & Lyle Productions", "Producer", connected="2025-06-30")
P("radio", "Timo Eckstein", "Radio Neckar Kultur", "Redakteur Bühne", connected="2021-03-09")
P("dozent", "Dr. Felix Amann", "Universität Stuttgart", "Akademischer Rat, Theaterwissenschaft",
  connected="2022-11-15")
P("verlag3", "Miriam Fuchs", "Brenner Theaterverlag", "Presse & Veranstaltungen",
  connected="2023-04-04")

# ---------------------------------------------------------------- people: wanted pitches
P("tourlog", "Frank Deuschle", "Deuschle Kulturlogistik", "Disposition Tourneen")
P("appdev", "Hannah Seitz", "", "Entwicklerin, Theaterpädagogik-Apps")
P("webkultur", "Daniel Kraus", "Kraus & Kaya Kulturkommunikation", "Geschäftsführer")
P("hoerschleife", "Andrea Wunderlich", "Wunderlich Akustik", "Beratung barrierefreie Spielstätten")
P("video", "Yusuf Demir", "", "Videodesigner")
P("xr", "Clara Nguyen", "Studio Vierte Wand", "Creative Director")
P("surtitle", "Gregor Blum", "Spielzeile Übertitelsysteme", "Vertrieb")
P("headhunter", "Bettina Lohmüller", "Lohmüller Executive Search Kultur", "Senior Consultant")
P("fundus", "Rainer Kottmann", "Fundus Kottmann", "Inhaber")
P("pr", "Laura Ziegler", "Zuschauerwerk", "Audience Development")
P("programmheft", "Max Eisele", "Heftwerk Digital", "Gründer")
P("translator", "Rachel Whitmore", "", "Surtitle translator DE>EN")

# ---------------------------------------------------------------- people: junk senders
P("j_web", "Kevin Schuster", "WebBoost Agentur", "Vertrieb")
P("j_tender", "Markus Felber", "Vergabeprofi Consulting", "Ausschreibungsberater")
P("j_recruit", "Tanja Reimann", "TopTalente Personal", "Recruiting Consultant")
P("j_pr", "Sven Hollmann", "Reichweite PR", "Account Director")
P("j_spedition", "Dirk Baumann", "Schnell & Sicher Transporte", "Kundenberater")
P("j_audio", "Nicole Brand", "Inklusiv Medien", "Projektmanagerin")
P("j_dramaturgie", "Vanessa Lorch", "", "Freie Dramaturgin | Storytelling-Coach")
P("j_workshop", "Patrick Engel", "Bühne frei! Teamevents", "Gründer")
P("j_location", "Simone Graf", "Eventlocation Alte Spinnerei", "Vermietung")
P("j_kapazitaet", "Florian Haas", "Kundenmagnet", "Inhaber")
P("j_gleichgesinnt", "Jasmin Kroll", "", "Unternehmerin | Mentorin | Speakerin")
P("j_15min", "Alexander Wendt", "Wendt Consulting", "Geschäftsführer")
P("j_ctp1", "Carina Moll", "Mollig Versicherungsmakler", "Finanzberaterin",
  invite=("IN", "2025-06-02 18:44", "Hallo Johanna, ich finde Ihr Profil sehr spannend!"),
  connected="2025-06-03")
P("j_ctp2", "Bastian Ruf", "Lichtwerk LED", "Vertrieb Süd",
  invite=("IN", "2025-09-15 07:20", ""), connected="2025-09-15")
P("j_ctp3", "Lisa Maurer", "Mindwave Coaching", "Resilienz-Coach",
  invite=("IN", "2025-11-03 20:10", "Liebe Johanna, würde mich über die Vernetzung freuen!"),
  connected="2025-11-04")
P("j_bump1", "René Kübler", "Kübler Social Media", "Inhaber")
P("j_bump2", "Sandra Ott", "Print24 Profi", "Key Account")
P("j_tpl1", "Michael Seeger", "Kulturmarketing Plus", "Business Development")
P("j_tpl2", "Julia Brenner", "Besucherhoch GmbH", "Vertriebsleiterin")
P("j_tpl3", "Timo Wagner", "Saalvoll Digital", "Growth Manager")
P("j_tpl4", "Anja Pohl", "Publikumsmagnet", "Beraterin")
P("j_tpl5", "Ethan Brooks", "FullHouse Audience Labs", "Partnerships Lead")
P("j_merge1", "Oliver Krämer", "Leadfabrik", "SDR")
P("j_merge2", "Sarah Unger", "Gehaltsextras24", "Beraterin")
P("j_merge3", "Dominik Lutz", "IT-Service Lutz", "Vertrieb")
P("j_merge4", "Franziska Beck", "Eventkasse Pro", "Account Managerin")
P("j_spon1", "Baden Finanzakademie", url="https://www.linkedin.com/company/baden-finanzakademie")
P("j_spon2", "Kulturreisen Primus", url="https://www.linkedin.com/company/kulturreisen-primus")
P("j_award", "Dr. Heiko Stamm", "Kulturmanager Award Deutschland", "Jury-Koordination")
P("j_podcast", "Melanie Vogt", "Bühnenfunk Podcast", "Host")
P("j_fluent", "Christian Albers", "Organa Software", "Enterprise Sales")
P("j_crypto", "Ilja Berger", "", "Investor | Krypto | Freiheit")
P("j_solar", "Thomas Rapp", "Sonnenkraft Süd", "Energieberater")
P("j_en1", "Brian Walsh", "ScaleUp Outsourcing", "Client Success")
P("j_offtopic", "Yvonne Klee", "Dentalwerk Software", "Vertrieb")
P("j_seo", "Ahmed Karim", "Rank1 Solutions", "SEO Specialist")
P("j_fundraising", "Marius Keller", "Spendenpilot", "Sales Manager DACH")
P("j_kaffee", "Patricia Heinz", "Office Kaffee Service", "Vertrieb")

G, W, J = "genuine", "wanted_pitch", "junk"
C = ex.conv

# =============================================================== GENUINE (35)
C(G, "director_longstanding", "de", "langjähriger Regisseur, Konzeptionsgespräch für die nächste Produktion", [
    ("lukas", "2025-04-03 23:12", "Johanna, ich hab nochmal über den Kirschgarten nachgedacht. Was hältst du davon, den 3. Akt komplett ins Treppenhaus zu verlegen? Das Publikum steht, die Figuren laufen an ihnen vorbei. Ich weiß, Brandschutz, ich weiß."),
    ("me", "2025-04-04 08:40", "Guten Morgen du Nachteule. Idee ist stark, aber der Brandschutz bringt dich um, nicht ich. Ich frag Ines, ob wir das Treppenhaus für 80 Leute freigeben können. Konzeptionsprobe bleibt am 14.?"),
    ("lukas", "2025-04-04 09:15", "Bleibt. Ich bring Brezeln mit, du den Strichvorschlag."),
    ("me", "2025-04-04 09:20", "Deal. Und diesmal streichen wir Jepichodow nicht ganz raus, gell."),
])
C(G, "author_premiere", "de", "Autorin der Uraufführung zur Überarbeitung einer Szene", [
    ("mira", "2025-05-20 17:45", "Liebe Johanna, anbei die neue Fassung von Szene 4. Ich habe den Monolog der Mutter um die Hälfte gekürzt und dafür die Küchenszene ausgebaut. Ehrlich gesagt bin ich unsicher, ob das Ende jetzt zu schnell kommt. Magst du mal drüberschauen, bevor es an Lukas geht?"),
    ("me", "2025-05-21 10:05", "Liebe Mira, gelesen, zweimal. Die Küchenszene ist jetzt das Herz des Stücks, wirklich. Das Ende finde ich nicht zu schnell, aber der letzte Satz der Tochter wiederholt, was wir schon wissen. Können wir telefonieren? Morgen 15 Uhr?"),
    ("mira", "2025-05-21 10:30", "Morgen 15 Uhr passt. Danke dir, ich war schon ganz verzagt."),
], attachments={0: "https://www.linkedin.com/dms/szene4-neufassung.pdf"})
C(G, "publisher_contract", "de", "Theaterverlag: Konditionen und Vertrag für Aufführungsrechte", [
    ("me", "2025-02-11 11:20", "Liebe Frau Staib, wir möchten \"Die Vermessung des Schweigens\" in der Spielzeit 25/26 in der Kammerbühne zeigen, ca. 18 Vorstellungen. Können Sie mir die Konditionen nennen?"),
    ("verlag1", "2025-02-12 09:30", "Liebe Frau Reutter, wie schön! Für die Kammerbühne würden wir 12 % der Bruttoeinnahmen bei einer Mindestgarantie von 95 € pro Vorstellung ansetzen. Die Rechte wären für Stuttgart exklusiv bis Juli 2026. Den Vertragsentwurf schicke ich Ihnen gerne diese Woche."),
    ("me", "2025-02-12 14:10", "Das klingt gut. Bei der Mindestgarantie würde ich gern über 80 € sprechen, wir haben nur 99 Plätze. Ansonsten gerne den Entwurf."),
    ("verlag1", "2025-02-13 08:55", "Bei 99 Plätzen kann ich 85 € anbieten, da bin ich beim Verlag an der Grenze. Entwurf kommt heute."),
])
C(G, "publisher_regular_mailing", "de", "bekannter Verlag schickt neue Stücke persönlich zur Ansicht", [
    ("verlag2", "2025-03-17 10:00", "Hallo Johanna, wie versprochen bei unserem Gespräch in Mülheim: die drei neuen Stücke, die ich für euer Junges Programm im Kopf hatte. Besonders \"Flussabwärts\" von Jana Petrović, 4 Spieler:innen, ab 14. Lass mich wissen, ob ich Ansichtsexemplare schicken soll."),
    ("me", "2025-03-17 16:30", "Hallo Henrik, ja bitte alle drei als PDF. Flussabwärts klingt genau nach dem, was Paula sucht."),
])
C(G, "actor_hiring", "de", "Schauspieler fragt nach Gastvertrag und Vorsprechen", [
    ("tobias", "2025-01-20 12:30", "Sehr geehrte Frau Reutter, ich habe gehört, dass Sie für den Kirschgarten noch einen Gast für die Rolle des Trofimow suchen. Ich war zuletzt zwei Jahre am Theater Konstanz fest und bin jetzt frei. Wäre ein Vorsprechen möglich? Mein Showreel und Lebenslauf schicke ich gern."),
    ("me", "2025-01-21 09:00", "Lieber Herr Wörner, danke für Ihre Nachricht. Schicken Sie Ihre Unterlagen bitte an Ines Traub im KBB, ich gebe ihr Bescheid. Die Vorsprechen sind am 6. und 7. Februar."),
    ("tobias", "2025-01-21 09:22", "Vielen Dank, mach ich sofort!"),
])
C(G, "colleague_smalltalk", "de", "Ensemblekollegin, Geburtstag und Smalltalk", [
    ("elif", "2025-07-09 08:10", "Alles Gute zum Geburtstag, liebe Johanna!! 🎂 Heut Abend nach der Vorstellung in die Kantine? Ich hab Träubleskuchen gebacken, frag nicht warum"),
    ("me", "2025-07-09 08:45", "Elif du Schatz! Träubleskuchen im Juli ist mutig, ich komm auf jeden Fall."),
])
C(G, "press_interview", "de", "Kulturredakteurin möchte Vorgespräch zur Premiere", [
    ("presse1", "2025-09-22 14:15", "Hallo Frau Reutter, ich würde gern vor der Uraufführung von \"Küchenlicht\" einen Vorbericht schreiben. Hätten Sie und Frau Okonkwo-Haas nächste Woche 30 Minuten für ein Gespräch? Fotograf käme mit zur Probe, wenn das geht."),
    ("me", "2025-09-22 17:00", "Liebe Frau Vogelsang, sehr gerne. Dienstag 11 Uhr im Probenzentrum? Zur Probe darf der Fotograf ab 12, vorher ist Intimszene."),
    ("presse1", "2025-09-22 17:12", "Perfekt, Dienstag 11 Uhr. Danke!"),
])
C(G, "kulturamt", "de", "Kulturamt erinnert an Verwendungsnachweis", [
    ("kulturamt", "2025-03-05 09:40", "Sehr geehrte Frau Reutter, zur Projektförderung \"Stadtgeschichten Ost\" fehlt uns noch der Sachbericht für den Verwendungsnachweis. Frist ist der 31.03. Könnten Sie mir kurz bestätigen, dass er bis dahin kommt? Mit freundlichen Grüßen, S. Hägele"),
    ("me", "2025-03-05 11:25", "Sehr geehrter Herr Hägele, ja, der Sachbericht kommt bis zum 25.03. Die Zahlen hat unsere Verwaltung schon geschickt, glaube ich. Viele Grüße, J. Reutter"),
    ("kulturamt", "2025-03-05 11:40", "Die Zahlen sind da, danke. Dann warte ich auf den Bericht."),
])
C(G, "inbound_buyer_gastspiel", "de", "Festival will Gastspiel einkaufen, Gage wird verhandelt", [
    ("festival", "2025-10-14 16:00", "Liebe Johanna, wir haben \"Küchenlicht\" bei der Premiere gesehen und würden es sehr gern im Mai beim Festival zeigen. Wir könnten 2 Vorstellungen machen und eine Gage von 9.000 € plus Reise und Hotel für 14 Personen anbieten. Wäre das grundsätzlich denkbar?"),
    ("me", "2025-10-15 09:30", "Liebe Dorothee, was für eine schöne Nachricht! Grundsätzlich gern. Mit Technik und Bühnenbild sind wir eher bei 18 Personen und brauchen einen 7,5-Tonner. Bei 9.000 € wird es eng, ich spreche mit Ines und melde mich mit einer Kalkulation."),
    ("festival", "2025-10-15 10:10", "Verstehe. Schick mir die Kalkulation, wir finden einen Weg."),
    ("me", "2025-10-20 14:00", "Kalkulation anbei: 12.400 € Gage inkl. Transport, Reise/Hotel auf eurer Seite. Termine 16./17. Mai gingen bei uns."),
], attachments={3: "https://www.linkedin.com/dms/kalkulation-gastspiel-kuechenlicht.xlsx"})
C(G, "existing_vendor_price_change", "de", "Ticketing-Dienstleister kündigt neue Gebühren an", [
    ("ticket", "2025-08-26 10:00", "Liebe Frau Reutter, vorab persönlich, bevor das offizielle Schreiben kommt: Ab 1.1.2026 steigt die Systemgebühr pro Ticket von 0,89 € auf 0,98 €. Für Schulvorstellungen bleibt es bei 0,45 €. Gern erkläre ich Ihnen und Ihrer Verwaltung die Hintergründe in einem Termin."),
    ("me", "2025-08-26 13:20", "Danke für die Vorwarnung, Herr Pfleiderer. Bitte machen Sie einen Termin mit Frau Kienle aus der Verwaltung aus, die entscheidet das."),
])
C(G, "owner_asked_quote", "de", "sie fragt beim Bühnentechnik-Verleih ein Angebot für eine Drehbühne an", [
    ("me", "2025-06-10 09:15", "Hallo Frau Kurz, für den Kirschgarten bräuchten wir von Ende Oktober bis Mitte Februar eine Drehscheibe, ca. 8 m Durchmesser, für die Kammerbühne nicht, fürs Große Haus. Können Sie mir ein Angebot schicken?"),
    ("buehne", "2025-06-11 15:30", "Hallo Frau Reutter, gern. 8 m mit Antrieb und Steuerung läge bei ca. 2.100 € pro Monat netto, plus Auf- und Abbau 3.800 €. Bei vier Monaten könnten wir 10 % nachlassen. Ein genaues Angebot schick ich Ihnen bis Freitag."),
    ("me", "2025-06-11 16:00", "Super, danke! Bitte an mich und an unseren technischen Direktor Herrn Layher."),
])
C(G, "applicant_internship", "de", "Studentin bewirbt sich um Dramaturgiehospitanz", [
    ("praktikant", "2025-02-02 19:30", "Sehr geehrte Frau Reutter, ich studiere Theaterwissenschaft in Tübingen im 5. Semester und würde sehr gerne eine Dramaturgiehospitanz bei Ihnen machen, idealerweise bei der Uraufführung im Herbst. Ich habe Ihr Nachgespräch zu \"Stadtgeschichten Ost\" gesehen und war begeistert. Darf ich Ihnen meine Unterlagen schicken?"),
    ("me", "2025-02-03 08:50", "Liebe Frau Baumeister, sehr gern! Schicken Sie sie an dramaturgie@ unseres Hauses. Herbst ist noch offen."),
])
C(G, "applicant_internship", "en", "Erasmus student asks for an internship in English", [
    ("erasmus", "2025-03-28 14:00", "Dear Ms Reutter, I'm an Irish drama student spending next year on Erasmus in Stuttgart. My German is B2 and getting better. I'd love to assist in the dramaturgy department on a production, even unpaid. I have assisted on two new-writing productions at the Abbey's studio. Would this be possible?"),
    ("me", "2025-03-29 10:15", "Dear Aoife, thanks for writing. Yes, we take international interns. Send me your CV and a short letter, in German if you can, and we'll find a production for you in spring."),
    ("erasmus", "2025-03-29 11:02", "Vielen Dank!! Will do."),
])
C(G, "inbound_buyer_school", "de", "Lehrer will Schulvorstellung und Workshop buchen", [
    ("lehrer", "2025-10-06 07:10", "Liebe Frau Reutter, wir würden mit zwei 10. Klassen (56 Schüler) gern \"Flussabwärts\" sehen, am liebsten mit Vor- oder Nachbereitungsworkshop. Was kostet das pro Schüler und gibt es noch Termine im November?"),
    ("me", "2025-10-06 12:30", "Lieber Herr Mayer-Frick, Schulvorstellungen kosten 8 € pro Schüler, der Workshop mit Paula Eberhardt ist für Schulen kostenlos. Der 19.11. um 10 Uhr hat noch 70 Plätze. Soll ich reservieren?"),
    ("lehrer", "2025-10-06 13:05", "Ja, bitte reservieren, 56 Schüler plus 4 Begleiter. Danke!"),
])
C(G, "inbound_buyer_rental", "de", "Firma will das Foyer für eine Feier mieten, schwäbische Färbung", [
    ("firma", "2025-05-13 10:40", "Grüß Gott Frau Reutter, unser Chef feiert 40 Jahre Firmenjubiläum und hätt gern was Besonderes. Kann man bei Ihnen das Foyer mieten, für ca. 120 Leut, am 27. September, mit einem kleinen Programm von Ihren Schauspielern? Was würd das kosten?"),
    ("me", "2025-05-13 15:00", "Grüß Gott Frau Schwenk, das geht grundsätzlich, der 27.9. ist spielfrei. Foyermiete ab 1.800 €, Programm nach Absprache. Ich leite Sie an unsere Vermietung weiter, die schickt ein Angebot."),
    ("firma", "2025-05-13 15:20", "Des isch prima, vielen Dank!"),
])
C(G, "peer_joint_offer", "de", "Dramaturgin eines Nachbartheaters schlägt gemeinsames Angebot vor", [
    ("peer", "2025-11-18 21:00", "Johanna, Idee: Wir beide haben Stücke für Jugendliche im Frühjahr. Sollen wir den Schulen ein gemeinsames Abo anbieten, 2 Vorstellungen (eine bei euch, eine bei uns) für 14 € statt 16 €, mit Bustransfer? Die Landesförderung für kulturelle Bildung würde den Bus zahlen, glaub ich."),
    ("me", "2025-11-19 08:30", "Katrin, ich liebe es. Lass uns das bis Weihnachten aufsetzen. Wer schreibt den Antrag?"),
    ("peer", "2025-11-19 08:45", "Ich schreib, du rechnest. Wie immer 😄"),
])
C(G, "recruiter_engaged", "de", "Personalberatung, die das Theater für die Stelle Theaterpädagogik beauftragt hat", [
    ("recruit", "2025-04-02 11:00", "Sehr geehrte Frau Reutter, danke für das gute Briefing gestern. Wie besprochen liegt unser Honorar bei einem Drittel des Jahresgehalts TVöD-Entgeltgruppe 11, fällig in zwei Raten. Ich schicke Ihnen bis Ende April eine Longlist mit 6-8 Profilen."),
    ("me", "2025-04-02 13:45", "Sehr geehrter Herr Armbruster, passt so. Bitte auch Leute aus der freien Szene berücksichtigen, nicht nur aus Stadttheatern."),
    ("recruit", "2025-04-29 17:20", "Die Longlist ist per Mail raus: 7 Profile, davon 3 aus der freien Szene. Zwei davon halte ich für besonders stark."),
])
C(G, "congrats_after_premiere", "de", "Glückwunsch nach der Uraufführung (1 von 3)", [
    ("glueck1", "2025-10-12 00:40", "Johanna, was für ein Abend! Herzlichen Glückwunsch zur Premiere, Küchenlicht ist wunderbar geworden. Ich hab geheult bei der Küchenszene."),
])
C(G, "congrats_after_premiere", "de", "Glückwunsch nach der Uraufführung (2 von 3)", [
    ("glueck2", "2025-10-12 09:15", "Liebe Frau Reutter, herzlichen Glückwunsch zur gestrigen Premiere! Der Freundeskreis war vollzählig da und restlos begeistert. Ein wunderbarer Abend."),
    ("me", "2025-10-12 11:00", "Lieber Herr Steinhilber, danke, das freut uns sehr. Bis zum Jahresempfang!"),
])
C(G, "congrats_after_premiere", "de", "Glückwunsch nach der Uraufführung (3 von 3)", [
    ("glueck3", "2025-10-12 10:02", "Herzlichen Glückwunsch zur Premiere gestern!! So ein toller Abend, ich nehm meine Jugendgruppe auf jeden Fall mit."),
])
C(G, "owner_started_contract", "de", "sie fragt einen Autor nach einem Auftragswerk und nennt Honorar", [
    ("me", "2025-05-06 10:00", "Lieber Herr Rieger, ich habe Ihr Stück beim Heidelberger Stückemarkt gesehen und bin seitdem nicht davon losgekommen. Wir würden Sie gerne für ein Auftragswerk für die Spielzeit 26/27 gewinnen, Thema Stuttgart und Auto, im weitesten Sinne. Das Honorar läge bei 7.500 € plus Tantiemen. Hätten Sie Interesse an einem Gespräch?"),
    ("autor2", "2025-05-06 22:30", "Liebe Frau Reutter, wow, danke! Ja, sehr gern. Ich bin zwar aus Offenbach und fahre kein Auto, aber vielleicht ist genau das der Punkt. Wann passt es Ihnen?"),
    ("me", "2025-05-07 08:15", "Genau das ist der Punkt. Nächste Woche Mittwoch in Stuttgart? Wir zahlen die Fahrt."),
])
C(G, "owner_started", "de", "sie lädt ihre frühere Professorin zu einem Podium ein", [
    ("me", "2025-01-14 14:00", "Liebe Frau Hornung, ich hoffe, es geht Ihnen gut! Wir machen im März ein Podium zu Tschechow heute. Hätten Sie Lust, dabei zu sein? Es gäbe ein kleines Honorar von 250 €, vor allem aber gute Gesellschaft."),
    ("prof", "2025-01-15 09:40", "Liebe Johanna, wie schön, von Ihnen zu hören! Ich komme gern, das Honorar spenden Sie bitte dem Jugendclub. Schicken Sie mir den Termin."),
])
C(G, "friend_longstanding", "de", "alte Freundin aus Ludwigsburg, Smalltalk und Kehrwoche", [
    ("friend", "2025-02-22 20:00", "Na du, lebst du noch? Ich hab gehört, euer Hausmeister hat dich wieder wegen der Kehrwoche angeschrieben 😂 Lust auf Besen und Wein am Samstag in der Weinstube?"),
    ("me", "2025-02-22 20:30", "Es war sogar ein Zettel mit Kreuzchen. Schwäbischer wird's nicht. Samstag gern, 19 Uhr?"),
    ("friend", "2025-02-22 20:32", "19 Uhr. Ich reservier."),
    ("friend", "2025-12-23 11:00", "Frohe Weihnachten Johanna! Trotz allem Stress: schönes Jahr mit dir. Nächstes Jahr wieder mehr Weinstube."),
    ("me", "2025-12-23 12:10", "Frohe Weihnachten! Versprochen. Erstmal Schwäbisch-Hall-Familie überleben 😅"),
])
C(G, "internal_group", "de", "Gruppenchat Spielplanung mit Intendant und KBB", [
    ("intendant", "2025-11-25 08:00", "Guten Morgen, kurze Erinnerung: Spielplan 26/27 muss bis 15.12. stehen. Johanna, kannst du die drei Optionen für die Kammerbühne bis Freitag als Liste schicken?"),
    ("kbb", "2025-11-25 08:20", "Und bitte die Besetzungsgrößen dazuschreiben, sonst kann ich nix disponieren."),
    ("me", "2025-11-25 09:05", "Mach ich, Freitag kommt die Liste mit Besetzung und Rechtelage."),
], title="Spielplan 26/27", extra=["kbb"])
C(G, "existing_vendor_price_change", "de", "freie Übertitlerin erhöht Honorar pro Vorstellung", [
    ("uebertitel", "2025-07-01 10:00", "Hallo Johanna, ich wollte dir rechtzeitig sagen, dass ich ab der neuen Spielzeit 160 € statt 140 € pro Vorstellung für das Fahren der Übertitel nehme. Die Übersetzung rechne ich weiter pro Normseite ab. Ich hoffe, das ist ok für euch, ich habe seit 2022 nicht erhöht."),
    ("me", "2025-07-01 12:40", "Hallo Marta, völlig ok und ehrlich gesagt überfällig. Ich gebe es an die Verwaltung weiter."),
])
C(G, "director_inquiry_spam_folder", "de", "Schweizer Regisseurin interessiert an Gastregie, landete im Spam", [
    ("zuerich", "2025-08-11 13:00", "Grüezi Frau Reutter, ich bin Regisseurin aus Zürich und habe in den letzten Jahren viel mit neuen Texten gearbeitet (zuletzt am Theater Chur). Katrin Oswald hat mir empfohlen, mich bei Ihnen zu melden. Hätten Sie für 26/27 Interesse an einem Gespräch über eine Gastregie? Ich bin im Oktober in Stuttgart."),
    ("me", "2025-09-02 09:00", "Grüezi Frau Zbinden, entschuldigen Sie die späte Antwort, Ihre Nachricht war im Spam-Ordner. Sehr gern treffen wir uns im Oktober, schreiben Sie mir Ihre Daten."),
], folder="SPAM")
C(G, "event_invite", "de", "Verlag lädt sie zu den Autorentagen ein", [
    ("verlag3", "2025-06-18 12:00", "Liebe Johanna, wir würden dich gerne zu unseren Autorentagen am 19./20. September nach Berlin einladen. Sieben neue Stücke in szenischen Lesungen, Hotel übernehmen wir. Cornelia lässt grüßen und hofft sehr, dass du kommst."),
    ("me", "2025-06-18 18:30", "Liebe Miriam, danke für die Einladung, ich komme gern! Nur den 19. Abend, am 20. haben wir Hauptprobe."),
])
C(G, "international_curator", "en", "festival programme director wants to see the show for Edinburgh", [
    ("edinburgh", "2025-11-02 15:30", "Dear Johanna, a colleague from Mannheim raved about Küchenlicht. We programme international new writing with English surtitles each August. Is there a performance in January I could attend? I'd also love to talk about whether the production could tour."),
    ("me", "2025-11-03 09:10", "Dear Fiona, how lovely. We play on 17 and 24 January. I'll reserve you a seat and we can have dinner after, Stuttgart style, lots of Maultaschen."),
    ("edinburgh", "2025-11-03 09:45", "17 January please. I've been promised Maultaschen, I'm in."),
])
C(G, "fee_negotiation", "de", "Kostümbildnerin fragt nach Honorar für die nächste Produktion", [
    ("kostuem", "2025-03-10 18:00", "Hallo Johanna, Lukas hat gefragt, ob ich die Kostüme für den Kirschgarten mache. Ich hätte große Lust. Was ist bei euch für ein Großes-Haus-Stück als Honorar vorgesehen? Letztes Mal waren es 6.500 €, aber das war Kammerbühne."),
    ("me", "2025-03-11 09:30", "Hallo Nadja, wie schön! Großes Haus sind bei uns 9.000 €, plus Ausstattungsetat für die Werkstätten. Den Vertrag macht Ines, ich sag ihr Bescheid."),
    ("kostuem", "2025-03-11 09:50", "Passt, ich freu mich!"),
])
C(G, "reference_request", "de", "ehemaliger Hospitant bittet um Zeugnis", [
    ("hospitant", "2025-09-29 14:20", "Hallo Johanna, ich bewerbe mich gerade als Regieassistent in Freiburg. Könntest du mir ein kurzes Zeugnis für die Hospitanz 2024 schreiben? Wäre super lieb. Liebe Grüße aus Mannheim, Jonas"),
    ("me", "2025-09-29 19:00", "Hallo Jonas, klar! Bis Ende der Woche hast du es. Viel Glück in Freiburg!"),
])
C(G, "existing_vendor_price_change", "de", "Hausfotograf schickt neue Preise für Probenfotos", [
    ("fotograf", "2025-08-01 09:00", "Servus Johanna, für die neue Spielzeit hab ich die Preise angepasst: Probenfotos pro Produktion 850 € statt 750 €, inkl. Nutzungsrechte Presse und Web. Plakatmotive wie gehabt separat. Sag Bescheid, ob das für euch passt, dann schick ich die Rahmenvereinbarung neu."),
    ("me", "2025-08-01 11:15", "Servus Benedikt, passt. Schick die Vereinbarung bitte direkt an die Presseabteilung in Kopie."),
])
C(G, "inbound_buyer_coproduction", "en", "London producer wants to buy the set and discuss co-production", [
    ("london", "2025-06-30 11:00", "Hi Johanna, Oliver Pembroke here. We're planning an English-language production of Chekhov's Cherry Orchard for a UK tour in 2026 and heard your Stuttgart staging will close in February. Would the theatre consider selling the set, or even co-producing? We'd pay fair market value, of course."),
    ("me", "2025-07-01 10:00", "Hi Oliver, interesting timing. Selling the set is possible in principle, our workshop boss would need to price it. Co-production is a bigger question for our Intendant. Could you send a short outline of the tour?"),
    ("london", "2025-07-01 12:30", "Will do by Friday. Thanks for being open to it."),
])
C(G, "press_radio", "de", "Radioredakteur möchte kurzes Interview", [
    ("radio", "2025-09-30 16:45", "Hallo Frau Reutter, für unsere Sendung am Samstag würde ich gern 5 Minuten O-Ton mit Ihnen zur Uraufführung machen. Telefon reicht. Geht Donnerstag Vormittag?"),
    ("me", "2025-10-01 08:30", "Hallo Herr Eckstein, Donnerstag 10:30 geht. Rufen Sie mich im Büro an."),
])
C(G, "event_invite_community", "de", "Freundeskreis lädt zum Jahresempfang und bittet um Einführung", [
    ("glueck2", "2025-01-08 10:00", "Liebe Frau Reutter, der Freundeskreis lädt am 7. Februar zum Jahresempfang ein. Wir würden uns sehr freuen, wenn Sie eine kurze Einführung in die zweite Spielzeithälfte geben. 10 Minuten, danach Sekt und Butterbrezeln."),
    ("me", "2025-01-08 15:10", "Lieber Herr Steinhilber, sehr gern. Für Butterbrezeln immer."),
])

C(G, "seminar_visit", "de", "Dozent möchte mit seinem Seminar eine Probe besuchen", [
    ("dozent", "2025-11-10 13:30", "Liebe Frau Reutter, ich gebe im Winter ein Seminar zu Brecht auf der Gegenwartsbühne. Dürften wir mit ca. 15 Studierenden eine Probe der Dreigroschenoper besuchen, gern mit anschließendem Gespräch mit Ihnen? Ich weiß, dass das Proben stört, wir wären ganz leise."),
    ("me", "2025-11-11 09:20", "Lieber Herr Amann, gern, aber erst ab der zweiten Bühnenprobenwoche, also ab 12. Januar. Ich kläre mit der Regie, welcher Tag passt."),
    ("dozent", "2025-11-11 10:00", "Wunderbar, vielen Dank! Wir richten uns nach Ihnen."),
])

# =============================================================== WANTED PITCHES (12)
C(W, "wanted_post", "de", "Tourneelogistik bezieht sich auf ihren Beitrag über teure Gastspieltransporte", [
    ("tourlog", "2025-11-05 10:00", "Sehr geehrte Frau Reutter, Ihr Beitrag über das Gastspiel in Mannheim hat mich angesprochen, besonders der Satz, dass der 7,5-Tonner für zwei Tage mehr kostet als die Übertitel. Wir fahren ausschließlich für Theater und kombinieren Rückfahrten: Wenn wir für das Theater Heilbronn ohnehin am 15. Mai nach Mannheim fahren, nehmen wir Ihr Bühnenbild mit. Das spart meist 30-40 %. Darf ich Ihnen ein Angebot für den Mai machen?"),
    ("me", "2025-11-05 14:30", "Das ist tatsächlich unser Problem. Ja, schicken Sie ein Angebot, Maße sende ich Ihnen."),
])
C(W, "wanted_talk", "de", "App-Entwicklerin war bei ihrem Vortrag zur Stückentwicklung mit Jugendlichen", [
    ("appdev", "2025-06-02 20:00", "Liebe Frau Reutter, ich war bei Ihrem Vortrag auf der Jahrestagung Dramaturgie in Dresden. Sie haben erzählt, dass die Jugendlichen ihre Texte für die Stückentwicklung auf Zetteln und in WhatsApp-Gruppen sammeln und Sie am Ende alles abtippen. Ich habe für ein Jugendtheater in Leipzig eine kleine App gebaut, in der die Gruppe Textfragmente sammelt, sortiert und gemeinsam kommentiert, datenschutzkonform ohne WhatsApp. Soll ich sie Ihnen mal zeigen? Für Ihren Jugendclub könnte ich sie kostenlos testen lassen."),
    ("me", "2025-06-03 09:00", "Das Abtippen ist wirklich das Schlimmste. Zeigen Sie gern, ich frage Paula, ob sie dabei ist."),
])
C(W, "wanted_site", "de", "Kulturagentur hat die Website besucht und nennt konkrete Mängel", [
    ("webkultur", "2025-04-22 11:30", "Guten Tag Frau Reutter, wir haben uns nach Ihrer Spielzeitvorschau Ihre Website angeschaut: Der Spielplan lässt sich auf dem Handy nur quer lesen, die Übertitel-Termine stehen nur im PDF-Monatsleporello, und der Ticketlink führt bei Schulvorstellungen ins Leere. Wir arbeiten nur für Kulturinstitutionen (u. a. zwei Stadttheater in Bayern) und könnten genau diese drei Punkte in einem kleinen Paket beheben, ohne Relaunch. Interesse an einem Gespräch?"),
    ("me", "2025-04-23 10:00", "Autsch, aber stimmt alles. Ich leite das an unsere Öffentlichkeitsarbeit weiter, die meldet sich."),
])
C(W, "wanted_specific_problem", "de", "Akustikberaterin nennt die fehlende Induktionsschleife in der Kammerbühne", [
    ("hoerschleife", "2025-03-24 09:15", "Sehr geehrte Frau Reutter, in der Kritik zu \"Die Vermessung des Schweigens\" im Abendblatt schrieb ein Leser, dass er in der Kammerbühne trotz Hörgerät kaum etwas verstanden hat, weil es dort keine Induktionsschleife gibt. Wir planen und installieren Hörschleifen in historischen Räumen, oft ohne Bodenarbeiten. Für 99 Plätze liegt das meist bei 6-9 Tsd. €, und es gibt dafür Fördermittel vom Land. Ich würde mir den Raum gern einmal unverbindlich anschauen."),
    ("me", "2025-03-24 13:00", "Den Leserbrief haben wir auch gelesen, und er hat recht. Ja, kommen Sie gern vorbei, ich verbinde Sie mit der Technik."),
])
C(W, "wanted_mutual_contact", "de", "Videodesigner, von ihrem Regisseur Lukas empfohlen", [
    ("video", "2025-07-15 14:00", "Hallo Johanna, Lukas Bräuninger hat mir erzählt, dass ihr für den Kirschgarten noch jemanden für Video sucht, vor allem für die Projektionen aufs Treppenhaus im 3. Akt. Ich habe mit ihm 2023 in Freiburg gearbeitet. Mein Reel ist anbei, Honorarvorstellung für eine Großes-Haus-Produktion wäre bei 7.000 €. Magst du mal telefonieren?"),
    ("me", "2025-07-15 18:00", "Hallo Yusuf, ja, Lukas hat von dir geschwärmt. Morgen Nachmittag?"),
], attachments={0: "https://www.linkedin.com/dms/yusuf-demir-reel-2025.mp4"})
C(W, "wanted_press_item", "de", "XR-Studio bezieht sich auf die Förderzusage aus der Pressemitteilung", [
    ("xr", "2025-12-02 10:30", "Liebe Frau Reutter, in der Pressemitteilung der Stadt stand, dass das Nesenbach-Theater Mittel aus dem Programm für digitale Vermittlung bekommt, für einen digitalen Stadtrundgang zu \"Stadtgeschichten Ost\". Wir haben letztes Jahr den Audio-AR-Rundgang für das Stadtmuseum Esslingen gemacht und kennen die Förderbedingungen. Hätten Sie Lust, dass wir Ihnen zeigen, wie so ein Rundgang mit Ihren Ensemble-Stimmen aussehen könnte?"),
    ("me", "2025-12-02 15:00", "Das passt, wir sind gerade am Überlegen, wer das umsetzt. Schicken Sie mir gern den Esslinger Link."),
])
C(W, "wanted_tools", "de", "Übertitel-Software, weil sie gesehen haben, dass sie PowerPoint benutzen", [
    ("surtitle", "2025-02-18 12:00", "Hallo Frau Reutter, ich war in der englisch übertitelten Vorstellung am Samstag und habe gesehen, dass Ihre Übertitel per PowerPoint über den Seitenbeamer laufen. Beim Szenenwechsel hat es zweimal gehakt. Mit unserer Software kann Ihre Übertitlerin Cues vorbereiten, DE/EN parallel fahren und das Publikum auch am Handy mitlesen. Andere Häuser Ihrer Größe zahlen ca. 90 € im Monat. Darf ich eine Testlizenz schicken?"),
    ("me", "2025-02-18 16:40", "Das Haken haben wir auch bemerkt. Schicken Sie die Testlizenz an Marta Kowalczyk, sie fährt die Übertitel."),
])
C(W, "wanted_recruiter", "de", "Headhunterin mit Chefdramaturgie-Stelle, kennt ihre Uraufführungen", [
    ("headhunter", "2025-08-19 10:00", "Sehr geehrte Frau Reutter, ich suche im Auftrag eines Staatstheaters in Norddeutschland eine Chefdramaturgin mit Schwerpunkt Gegenwartsdramatik. Ihre Uraufführungen (zuletzt Okonkwo-Haas, davor die Stadtgeschichten-Reihe) und Ihre Arbeit mit Jugendlichen passen sehr genau auf das Profil. Wären Sie offen für ein vertrauliches Gespräch?"),
    ("me", "2025-08-20 21:00", "Sehr geehrte Frau Lohmüller, ich bin gerade nicht auf der Suche, aber ein vertrauliches Gespräch schadet nie. Nächste Woche?"),
])
C(W, "wanted_supplier", "de", "Kostümfundus hat den Spielplan gelesen und bietet passende Zwanzigerjahre-Bestände", [
    ("fundus", "2025-05-26 09:00", "Grüß Gott Frau Reutter, im neuen Spielplan steht für Februar die Dreigroschenoper. Wir haben in Esslingen einen Fundus mit rund 400 Kostümen aus den 20ern und 30ern, darunter komplette Bettlergarderobe, die schon am Staatstheater Kassel lief. Ausleihe für Produktionszeitraum ab 35 € pro Kostüm. Ihre Kostümbildnerin kann gerne vorbeikommen und aussuchen."),
    ("me", "2025-05-26 11:00", "Das ist ja praktisch um die Ecke. Ich gebe es an die Kostümabteilung weiter."),
])
C(W, "wanted_press_item", "de", "Publikumsentwicklung bezieht sich auf Zeitungsartikel über leere Plätze", [
    ("pr", "2025-01-27 08:30", "Liebe Frau Reutter, im Abendblatt-Artikel zur Auslastung der städtischen Bühnen stand, dass die Kammerbühne bei den Unter-30-Jährigen bei 11 % liegt und die Jugendabos eingebrochen sind. Wir haben mit dem Theater Ulm ein Studierenden-Programm aufgebaut (Last-Minute-Tickets über die Hochschul-Apps, Nachgespräche in der Bar), das dort die U30-Quote in einem Jahr verdoppelt hat. Ich würde Ihnen die Zahlen gern zeigen."),
    ("me", "2025-01-27 17:20", "Die 11 % tun weh. Zeigen Sie mir die Zahlen, gern mit unserer Marketingleiterin."),
])
C(W, "wanted_post", "de", "digitales Programmheft, bezieht sich auf ihren Essay im Programmheft", [
    ("programmheft", "2025-10-20 13:00", "Hallo Frau Reutter, Ihr Essay im Programmheft zu Küchenlicht, über das Schweigen am Familientisch, ist das Beste, was ich dieses Jahr in einem Programmheft gelesen habe. Schade nur, dass es nach der Vorstellung im Papierkorb landet. Wir machen digitale Programmhefte, die man per QR am Platz liest und die nach der Spielzeit online bleiben. Für Ihr Haus wären das etwa 1.200 € pro Spielzeit. Interesse?"),
    ("me", "2025-10-21 09:00", "Danke für die Blumen. Papierkorb stimmt leider. Schicken Sie mir ein Beispiel."),
])
C(W, "wanted_press_item", "en", "surtitle translator read her interview about plans for English surtitles", [
    ("translator", "2025-10-09 18:00", "Dear Ms Reutter, in your radio interview you mentioned that you want English surtitles for Küchenlicht because of the festival interest. I'm a theatre translator (DE>EN, native English speaker based in Stuttgart) and translated two of Mira Okonkwo-Haas's earlier texts for a reading in Manchester. I'd love to offer a surtitle translation; I charge per page and can deliver in 3 weeks. Sample attached."),
    ("me", "2025-10-10 09:30", "Dear Rachel, what a coincidence with Mira. Yes, please send your rates, and I'll loop in Marta who runs our surtitles."),
], attachments={0: "https://www.linkedin.com/dms/sample-surtitles-whitmore.pdf"})

# =============================================================== JUNK (38)
C(J, "generic_counterpart_web", "de", "generische Webagentur, Gegenstück zur Kulturagentur", [
    ("j_web", "2025-05-05 08:00", "Hallo Johanna, Ihre Website ist nicht mehr zeitgemäß? Wir erstellen moderne, responsive Websites für Unternehmen jeder Branche. Jetzt 20 % Frühlingsrabatt auf alle Pakete! Wann passt Ihnen ein kurzes Telefonat?"),
])
C(J, "generic_counterpart_tender", "de", "Ausschreibungsberatung ohne Bezug", [
    ("j_tender", "2025-07-07 09:30", "Sehr geehrte Frau Reutter, öffentliche Aufträge sind ein Milliardenmarkt. Wir finden für Sie die passenden Ausschreibungen und schreiben Ihre Angebote. Unsere Kunden gewinnen 3x häufiger. Darf ich Ihnen unser Leistungsportfolio zusenden?"),
])
C(J, "generic_counterpart_recruiting", "de", "Personalvermittlung generisch, Gegenstück zur Headhunterin", [
    ("j_recruit", "2025-06-23 10:45", "Hallo Frau Reutter, suchen Sie aktuell Fachkräfte? TopTalente vermittelt qualifizierte Mitarbeiter in allen Bereichen, von Logistik bis IT. Erfolgsbasiert, ohne Vorabkosten. Haben Sie offene Stellen, bei denen wir unterstützen dürfen?"),
])
C(J, "generic_counterpart_pr", "de", "PR-Agentur generisch, Gegenstück zur Publikumsentwicklung", [
    ("j_pr", "2025-02-10 11:00", "Liebe Johanna, mehr Sichtbarkeit für Ihre Marke! Reichweite PR bringt Sie in die Medien, von Fachpresse bis Frühstücksfernsehen. Lassen Sie uns über Ihre Kommunikationsziele 2025 sprechen."),
])
C(J, "generic_counterpart_transport", "de", "Spedition generisch, Gegenstück zur Tourneelogistik", [
    ("j_spedition", "2025-09-01 07:30", "Guten Tag, Schnell & Sicher Transporte bietet Ihnen deutschlandweite Transporte zu Top-Konditionen. Stückgut, Komplettladungen, Express. Fordern Sie jetzt Ihr unverbindliches Angebot an!"),
])
C(J, "generic_counterpart_accessibility", "de", "Barrierefreiheits-Pitch generisch, Gegenstück zur Hörschleife", [
    ("j_audio", "2025-04-14 13:00", "Sehr geehrte Damen und Herren, ab 2025 gilt das Barrierefreiheitsstärkungsgesetz! Ist Ihr Unternehmen vorbereitet? Wir machen Ihre Website, Ihre Dokumente und Ihre Videos barrierefrei. Jetzt kostenlosen Check anfordern."),
])
C(J, "sells_what_she_sells", "de", "freie Dramaturgin bietet einer Dramaturgin Dramaturgie an", [
    ("j_dramaturgie", "2025-03-03 15:00", "Hallo Johanna, ich bin freie Dramaturgin und Storytelling-Coach. Ich helfe Theatern, Unternehmen und Marken, ihre Geschichten wirkungsvoll zu erzählen. Ob Stückentwicklung, Textfassung oder Markenstory: Ich unterstütze Sie gerne. Darf ich Ihnen mein Portfolio schicken?"),
])
C(J, "sells_what_she_sells", "de", "Theater-Teamevents einem Theater angeboten", [
    ("j_workshop", "2025-10-27 10:00", "Hallo Johanna, auf der Suche nach einem besonderen Teamevent? Bei unseren Improtheater-Workshops wächst Ihr Team zusammen und hat jede Menge Spaß! Ideal für Weihnachtsfeiern. Jetzt Termine für Dezember sichern."),
])
C(J, "sells_what_she_sells", "de", "Eventlocation wird einem Theater angeboten, das selbst vermietet", [
    ("j_location", "2025-08-18 14:00", "Liebe Frau Reutter, planen Sie schon Ihre nächste Firmenveranstaltung? Die Alte Spinnerei bietet Platz für bis zu 300 Gäste, mit Bühne, Licht und Catering. Gerne schicke ich Ihnen unsere Mappe."),
])
C(J, "capacity_new_clients", "de", "Leadgen fragt nach Kapazität für Neukunden", [
    ("j_kapazitaet", "2025-04-08 07:00", "Hallo Johanna, kurze Frage: Hätten Sie aktuell Kapazitäten für 5-10 neue Kunden pro Monat? Wir liefern Ihnen planbar qualifizierte Anfragen, sonst zahlen Sie nichts. Wenn ja, zeige ich Ihnen gern, wie das funktioniert."),
])
C(J, "like_minded", "de", "gleichgesinnte Unternehmerinnen", [
    ("j_gleichgesinnt", "2025-03-30 21:00", "Hallo liebe Johanna 🌸 ich vernetze mich so gern mit gleichgesinnten, inspirierenden Frauen, die etwas bewegen wollen! Ich habe einen exklusiven Mastermind-Kreis für Unternehmerinnen gegründet. Magst du in der nächsten Runde dabei sein?"),
])
C(J, "quick_call", "de", "15-Minuten-Call ohne Inhalt, mit Nachfassen", [
    ("j_15min", "2025-06-16 08:30", "Hallo Frau Reutter, hätten Sie nächste Woche 15 Minuten für ein kurzes Gespräch? Ich habe eine Idee, die Ihnen helfen kann, Ihre Prozesse deutlich effizienter zu gestalten. Dienstag oder Donnerstag?"),
    ("j_15min", "2025-06-24 08:30", "Hallo Frau Reutter, ich wollte nochmal kurz nachhaken. Passt eventuell ein anderer Termin besser?"),
])
C(J, "connect_then_pitch", "de", "Vernetzung, Smalltalk mit Antwort, dann Versicherungspitch", [
    ("j_ctp1", "2025-06-03 09:00", "Liebe Johanna, danke fürs Annehmen! Ich war letztes Jahr in einer Vorstellung bei Ihnen, wirklich schönes Haus. Wie läuft die Spielzeit?"),
    ("me", "2025-06-03 12:00", "Danke, sehr gut, wir sind gerade in den Endproben."),
    ("j_ctp1", "2025-06-05 10:00", "Toll! Eine Frage nebenbei: Gerade Kreative sind oft bei Altersvorsorge und Berufsunfähigkeit unterversichert. Ich habe mich auf Künstler:innen spezialisiert. Hätten Sie Lust auf einen kostenlosen Check, 30 Minuten, ganz unverbindlich?"),
])
C(J, "connect_then_pitch", "de", "Vernetzung ohne Nachricht, dann LED-Pitch in Nachricht 2", [
    ("j_ctp2", "2025-09-15 11:00", "Hallo Frau Reutter, schön, dass wir jetzt vernetzt sind! Schönen Start in die Woche."),
    ("j_ctp2", "2025-09-17 09:00", "Frau Reutter, kurze Info: Mit unseren LED-Hallenstrahlern sparen Unternehmen bis zu 70 % Stromkosten. Sollen wir für Ihre Räume mal eine kostenlose Lichtplanung machen?"),
])
C(J, "connect_then_pitch", "de", "Vernetzung, zwei Smalltalk-Nachrichten, dann Coaching-Angebot", [
    ("j_ctp3", "2025-11-04 08:00", "Guten Morgen Johanna! Schön, dass wir verbunden sind ☀️"),
    ("j_ctp3", "2025-11-06 08:00", "Ich finde es so spannend, was Menschen in der Kultur leisten. Stressige Zeit gerade, oder?"),
    ("j_ctp3", "2025-11-10 08:00", "Gerade Führungskräfte in der Kultur sind oft am Limit. Mein 6-Wochen-Resilienzprogramm hilft, wieder Kraft zu finden. Es gibt noch 2 Plätze zum Einführungspreis von 490 €. Soll ich dir die Infos schicken?"),
])
C(J, "follow_up_bumps", "de", "Social-Media-Agentur mit mehreren Erinnerungen", [
    ("j_bump1", "2025-01-13 10:00", "Hallo Johanna, Instagram und TikTok sind heute Pflicht. Wir übernehmen Ihr komplettes Social Media, ab 990 €/Monat. Interesse?"),
    ("j_bump1", "2025-01-20 10:00", "Hallo Johanna, haben Sie meine Nachricht gesehen?"),
    ("j_bump1", "2025-01-29 10:00", "Hallo Johanna, ich will nicht nerven, aber das Angebot gilt nur noch diese Woche!"),
])
C(J, "follow_up_bumps", "de", "Druckerei mit Erinnerungen", [
    ("j_bump2", "2025-09-08 09:00", "Sehr geehrte Frau Reutter, Flyer, Plakate, Broschüren: Print24 Profi druckt günstiger als alle anderen. 10 % auf die erste Bestellung!"),
    ("j_bump2", "2025-09-16 09:00", "Sehr geehrte Frau Reutter, ich erlaube mir, kurz nachzufassen."),
    ("j_bump2", "2025-09-30 09:00", "Sehr geehrte Frau Reutter, letzte Erinnerung: Ihr Gutschein läuft am Freitag ab."),
])
C(J, "template_mass", "de", "Kulturmarketing-Vorlage, Absender 1 von 5", [
    ("j_tpl1", "2025-10-01 10:02", "Hallo Johanna, ich habe mir das Nesenbach-Theater angesehen und finde toll, was Sie kulturell bewegen. Wir helfen Theatern, ihre Auslastung mit datenbasiertem Marketing um bis zu 30 % zu steigern. Hätten Sie Lust auf einen kurzen Austausch?"),
])
C(J, "template_mass", "de", "Kulturmarketing-Vorlage, Absender 2 von 5", [
    ("j_tpl2", "2025-10-03 14:17", "Hallo Johanna, ich habe mir das Nesenbach-Theater angeschaut und finde großartig, was Sie in der Kultur bewegen. Wir helfen Bühnen, ihre Auslastung mit datengetriebenem Marketing um bis zu 35 % zu steigern. Hätten Sie Zeit für einen kurzen Austausch?"),
])
C(J, "template_mass", "de", "Kulturmarketing-Vorlage, Absender 3 von 5", [
    ("j_tpl3", "2025-10-06 09:41", "Hi Johanna, hab mir euer Theater angesehen, richtig stark, was ihr kulturell bewegt! Wir helfen Kulturhäusern, ihre Auslastung mit datenbasiertem Marketing um bis zu 30 % zu steigern. Lust auf einen kurzen Austausch?"),
])
C(J, "template_mass", "de", "Kulturmarketing-Vorlage, Absender 4 von 5", [
    ("j_tpl4", "2025-10-08 16:05", "Hallo Frau Reutter, ich habe mir das Nesenbach-Theater Stuttgart angesehen und finde beeindruckend, was Sie in der Kulturszene bewegen. Wir helfen Theatern, ihre Auslastung durch datenbasiertes Marketing um bis zu 25 % zu steigern. Wären Sie offen für einen kurzen Austausch?"),
])
C(J, "template_mass", "en", "audience marketing template, sender 5 of 5, in English", [
    ("j_tpl5", "2025-10-10 15:30", "Hi Johanna, I checked out Nesenbach-Theater and love what you're doing for culture in Stuttgart. We help theatres grow attendance by up to 30% with data-driven marketing. Would you be open to a quick chat?"),
])
C(J, "merge_tag_failure", "de", "unausgefüllter Platzhalter {{Vorname}}", [
    ("j_merge1", "2025-02-24 07:45", "Hallo {{Vorname}},\n\nich bin auf {{Firma}} aufmerksam geworden und wollte mich kurz vorstellen. Wir generieren für B2B-Unternehmen planbar neue Termine mit Entscheidern. Hätten Sie diese Woche 15 Minuten?\n\nBeste Grüße\nOliver"),
])
C(J, "merge_tag_failure", "de", "falsche Anrede Herr statt Frau, falscher Name", [
    ("j_merge2", "2025-05-19 11:00", "Sehr geehrter Herr Reuter,\n\nsteuerfreie Gehaltsextras sind der einfachste Weg, Ihre Mitarbeitenden zu binden. Mit unserer Sachbezugskarte schenken Sie bis zu 50 € im Monat netto. Darf ich Ihnen ein Angebot für Ihr Team erstellen?"),
])
C(J, "merge_tag_failure", "de", "Platzhalter [Firmenname] stehen geblieben", [
    ("j_merge3", "2025-08-04 09:30", "Guten Tag Frau Reutter,\n\nwir betreuen IT-Infrastrukturen für Unternehmen wie [Firmenname] in der Region [Stadt]. Von Server bis Helpdesk, alles aus einer Hand. Sind Sie mit Ihrem aktuellen IT-Dienstleister zufrieden?"),
])
C(J, "merge_tag_failure", "de", "falsches Haus eingesetzt", [
    ("j_merge4", "2025-11-12 14:00", "Liebe Johanna, herzlichen Glückwunsch zur neuen Saison an der Staatsoper Hamburg! Mit Eventkasse Pro verkaufen Sie Tickets ohne Gebühren für Ihre Besucher. Soll ich Ihnen eine Demo zeigen?"),
])
C(J, "sponsored_inmail", "de", "gesponserte InMail einer Finanzakademie", [
    ("j_spon1", "2025-04-01 12:00", "<p>Hallo Johanna,</p><p>Werden Sie zertifizierte Finanzberaterin in nur 12 Wochen &ndash; berufsbegleitend &amp; online.</p><p>Jetzt kostenlos informieren!</p>"),
], title="Sponsored Conversation", subject="Ihre Karriere in der Finanzbranche")
C(J, "sponsored_inmail", "de", "gesponserte InMail eines Reiseveranstalters", [
    ("j_spon2", "2025-07-21 12:00", "<p>Liebe Johanna,</p><p>Opernreisen nach Verona, Salzburg &amp; Bayreuth &ndash; jetzt mit 15&nbsp;% Frühbucherrabatt.</p>"),
], title="Sponsored Conversation", subject="Kulturreisen 2026")
C(J, "paid_award", "de", "kostenpflichtiger Award mit Teilnahmegebühr", [
    ("j_award", "2025-09-09 10:00", "Sehr geehrte Frau Reutter, wir freuen uns, Ihnen mitzuteilen, dass Sie für den Kulturmanager Award Deutschland 2025 nominiert wurden! Als Finalistin erhalten Sie ein Porträt in unserem Magazin, eine Urkunde und das Award-Siegel. Für die Teilnahme fällt eine Organisationspauschale von 890 € zzgl. MwSt. an. Bitte bestätigen Sie bis Freitag."),
])
C(J, "paid_podcast", "de", "Podcast-Gastplatz gegen Gebühr", [
    ("j_podcast", "2025-06-30 16:00", "Hallo Johanna! Wir würden dich gern in unseren Podcast Bühnenfunk einladen und deine Geschichte erzählen 🎙️ Für Produktion und Promotion berechnen wir einen Unkostenbeitrag von 450 €. Magst du einen Termin buchen?"),
])
C(J, "fluent_names_company", "de", "flüssiger Software-Pitch mit Firmennamen, aber beliebig", [
    ("j_fluent", "2025-11-24 10:30", "Hallo Frau Reutter, das Nesenbach-Theater Stuttgart steht für Qualität und Leidenschaft, das merkt man sofort. Gerade in wachsenden Organisationen wie Ihrer bremsen verstreute Excel-Listen und Insellösungen die Zusammenarbeit. Organa bündelt Projekte, Aufgaben und Dokumente auf einer Plattform. Wäre es sinnvoll, gemeinsam zu schauen, wie Organa das Nesenbach-Theater auf dem Weg in die Zukunft unterstützen kann?"),
])
C(J, "off_topic_product", "de", "Krypto-Investment", [
    ("j_crypto", "2025-03-18 22:15", "Hey Johanna 👋 kurze Frage: Hast du schon mal über ein passives Einkommen mit Krypto nachgedacht? Ich zeige Leuten, wie sie mit 20 Minuten am Tag finanziell frei werden. Interesse an meinem kostenlosen Webinar?"),
])
C(J, "off_topic_product", "de", "Solaranlage, ohne Bezug", [
    ("j_solar", "2025-05-27 09:00", "Guten Tag Frau Reutter, Strompreise steigen, jetzt auf Solar umsteigen! Wir beraten Sie kostenlos zu Photovoltaik für Ihr Eigenheim oder Gewerbe. Wann passt ein Rückruf?"),
])
C(J, "generic_service", "en", "offshore outsourcing in English", [
    ("j_en1", "2025-08-12 05:20", "Hi Johanna, are you spending too much time on admin work? ScaleUp provides dedicated virtual assistants from $9/hour. Email, scheduling, data entry, bookkeeping. Let me know if you'd like a free trial week."),
])
C(J, "off_topic_product", "de", "Zahnarztsoftware an ein Theater", [
    ("j_offtopic", "2025-02-03 11:00", "Sehr geehrte Frau Reutter, wie viel Zeit verliert Ihre Praxis täglich mit Terminvergabe und Recall? Dentalwerk automatisiert das für Sie. Gern zeige ich Ihnen in 20 Minuten, wie das in Ihrer Praxis aussehen würde."),
])
C(J, "generic_service_seo", "en", "SEO spam in English", [
    ("j_seo", "2025-12-08 04:40", "Hello Johanna, I visited your website and found 27 SEO errors which are stopping you from getting traffic. I can fix all issues and bring you to Google page one. Shall I send the full report? Price is very affordable."),
])
C(J, "generic_service", "de", "Fundraising-Software, Massenanschreiben an Kultureinrichtungen", [
    ("j_fundraising", "2025-07-29 09:10", "Sehr geehrte Frau Reutter, Non-Profit-Organisationen verschenken jedes Jahr bis zu 40 % ihres Spendenpotenzials. Spendenpilot automatisiert Ihr Fundraising von der Spenderansprache bis zur Zuwendungsbestätigung. Darf ich Ihnen unsere Fallstudien schicken?"),
])
C(J, "off_topic_product", "de", "Bürokaffee-Service, generisch", [
    ("j_kaffee", "2025-01-21 10:30", "Hallo Johanna, guter Kaffee = gute Stimmung im Büro ☕ Wir liefern Vollautomaten inkl. Service und Bohnen ab 2,90 € pro Tag. Wie viele Mitarbeitende haben Sie am Standort?"),
    ("j_kaffee", "2025-02-04 10:30", "Hallo Johanna, ich hake nochmal nach: Dürfen wir Ihnen einen Testautomaten für 4 Wochen hinstellen?"),
])

profile = {
    "First Name": "Johanna", "Last Name": "Reutter", "Maiden Name": "", "Address": "",
    "Birth Date": "", "Headline": "Dramaturgin am Nesenbach-Theater Stuttgart | Gegenwartsdramatik, Uraufführungen, Junges Theater",
    "Summary": "Dramaturgin für Schauspiel und Junges Theater. Schwerpunkt neue Stücke, Stückentwicklung "
               "mit Jugendlichen und Stadtprojekte. Vorher Dramaturgieassistenz in Reutlingen.",
    "Industry": "Performing Arts", "Zip Code": "70182", "Geo Location": "Stuttgart, Baden-Württemberg, Deutschland",
    "Twitter Handles": "", "Websites": "", "Instant Messengers": "",
}
positions = [
    {"Company Name": "Nesenbach-Theater Stuttgart", "Title": "Dramaturgin",
     "Description": "Schauspiel, Kammerbühne, Junges Theater; Uraufführungen und Stadtprojekte.",
     "Location": "Stuttgart", "Started On": "Aug 2019", "Finished On": ""},
    {"Company Name": "Theater Reutlingen Süd", "Title": "Dramaturgieassistentin",
     "Description": "", "Location": "Reutlingen", "Started On": "Sep 2015", "Finished On": "Jul 2019"},
]
skills = ["Dramaturgie", "Gegenwartsdramatik", "Stückentwicklung", "Theaterpädagogik",
          "Kulturmanagement", "Textfassung"]

if __name__ == "__main__":
    ex.write(OUT, profile, positions, skills)
    print(ex.summary())

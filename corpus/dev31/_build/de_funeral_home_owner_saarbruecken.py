"""dev31 persona: Sabine Kiefer, Bestattungshaus Kiefer in Saarbrücken (third generation).

Written blind to the detector (session 5). All message texts are written by hand here;
running this script regenerates ../de-funeral-home-owner-saarbruecken byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-funeral-home-owner-saarbruecken"
OWNER = Person("me", "Sabine Kiefer", "https://www.linkedin.com/in/sabine-kiefer-bestattungen",
               "Bestattungshaus Kiefer", "Inhaberin, Bestattermeisterin")


def build() -> Export:
    ex = Export(SLUG, "2021", OWNER)
    person, conv = ex.person, ex.conv

    # ------------------------------------------------------------------ genuine
    person("fam_becker", "Monika Becker", "", "", connected="2024-10-02")
    conv("genuine", "bereaved_family_thanks", "de",
         "Tochter eines Verstorbenen bedankt sich nach der Trauerfeier",
         [("fam_becker", "2024-10-02 19:40", "Liebe Frau Kiefer, ich wollte Ihnen noch einmal persönlich "
           "danken. Sie haben uns in den schwersten Tagen so ruhig begleitet. Die Feier auf dem Waldfriedhof "
           "war genau so, wie Papa es gewollt hätte, mit dem Lied vom Bergmannschor. Meine Mutter spricht "
           "jeden Tag davon. Von Herzen danke."),
          ("me", "2024-10-03 08:15", "Liebe Frau Becker, vielen Dank für Ihre Zeilen, das bedeutet uns sehr "
           "viel. Grüßen Sie Ihre Mutter herzlich von uns. Wenn Sie in den nächsten Wochen Fragen zum "
           "Grabstein oder zu den Formalitäten haben, melden Sie sich jederzeit.")])

    person("sarg", "Jürgen Pfeifer", "Pfeifer Sargfabrik GmbH", "Vertrieb Süd-West", connected="2015-03-11")
    conv("genuine", "vendor_price_change", "de",
         "langjähriger Sarglieferant kündigt Preiserhöhung an",
         [("sarg", "2024-11-20 10:05", "Hallo Frau Kiefer, vorab persönlich, bevor das offizielle Schreiben "
           "kommt: Zum 1. Januar müssen wir die Preise für Eichen- und Kiefernsärge um ca. 6 % anpassen, "
           "bei den Urnen aus Naturmaterial um 4 %. Hintergrund sind Holz und Transport. Aufträge bis "
           "15.12. laufen noch zu alten Konditionen. Wenn Sie vorab Lager auffüllen möchten, sagen Sie "
           "Bescheid, dann plane ich die Tour nach Saarbrücken entsprechend."),
          ("me", "2024-11-20 11:30", "Hallo Herr Pfeifer, danke für die Vorwarnung. Ich schicke Ihnen bis "
           "Freitag eine Bestellung, vor allem die Kiefer natur und zwei Eichen hell."),
          ("sarg", "2024-11-20 11:42", "Prima, mach ich fertig. Schöne Grüße an Ihren Vater!")])

    person("blumen", "Daniela Hoffmann", "Blumen Hoffmann Malstatt", "Inhaberin", connected="2012-06-01")
    conv("genuine", "vendor_price_change", "de",
         "Stammfloristin schickt neue Preisliste für Trauerfloristik",
         [("blumen", "2025-02-03 07:50", "Morsche Sabine! Ich hab die neue Preisliste für Gestecke und Kränze "
           "fertig, leider alles ein bissel teurer, die Rosen aus Holland sind der Wahnsinn grad. Sargbukett "
           "klein jetzt 95 statt 89, Kranz 60 cm 145. Für euch bleibt der Rabatt natürlich. Schick ich dir "
           "per Mail?"),
          ("me", "2025-02-03 08:20", "Morsche Dani, ja schick's per Mail, merci. Wir passen dann unsere Mappe "
           "für die Beratung an."),
          ("blumen", "2025-02-03 08:22", "Mach ich. Bis Samstag bei der Feier Schmitt!")])

    person("stein", "Thomas Recktenwald", "Steinmetz Recktenwald", "Steinmetz- und Steinbildhauermeister",
           connected="2014-09-23")
    conv("genuine", "peer_joint_offer", "de",
         "Steinmetz schlägt gemeinsamen Vorsorge-Infoabend mit geteilten Kosten vor",
         [("stein", "2025-01-16 18:30", "Hallo Sabine, ich hätt da mal ne Idee. Die Leute fragen bei mir "
           "dauernd nach Vorsorge und ich verweis immer an dich. Wie wär's, wenn wir im Frühjahr zusammen "
           "einen Infoabend machen, Bestattungsvorsorge + Grabmal, im Pfarrheim St. Josef? Kosten für Flyer "
           "und Anzeige in der Wochenzeitung teilen wir halbe-halbe, so ca. 400 € pro Nase. Und ein "
           "gemeinsames Vorsorge-Paket mit festem Preis fürs Grabmal könnten wir auch mal durchrechnen."),
          ("me", "2025-01-17 09:10", "Hallo Thomas, die Idee gefällt mir. Das Paket müssten wir sauber "
           "trennen, damit klar ist, wer was abrechnet, aber grundsätzlich gern. Komm doch nächste Woche "
           "mal vorbei, dann rechnen wir."),
          ("stein", "2025-01-17 09:35", "Dienstag nach Feierabend? Ich bring Lyonerweck mit 😉"),
          ("me", "2025-01-17 09:40", "Abgemacht.")])

    person("pfarrer", "Michael Lauer", "Pfarrei Hl. Dreifaltigkeit Saarbrücken", "Pfarrer", connected="2017-11-02")
    conv("genuine", "clergy_coordination", "de",
         "Pfarrer stimmt Termin für ein Requiem ab",
         [("me", "2025-03-11 09:05", "Guten Morgen Herr Pfarrer Lauer, Familie Altmeyer wünscht sich ein "
           "Requiem in St. Michael, am liebsten Freitag 14 Uhr, Beisetzung danach auf dem Hauptfriedhof. "
           "Wäre das bei Ihnen möglich?"),
          ("pfarrer", "2025-03-11 11:20", "Liebe Frau Kiefer, Freitag 14 Uhr geht. Ich würde die Familie gern "
           "vorher besuchen, am Mittwochnachmittag. Können Sie mir die Telefonnummer der Witwe geben?"),
          ("me", "2025-03-11 11:45", "Gern, ich habe Frau Altmeyer gefragt, sie freut sich. Nummer schicke ich "
           "Ihnen per SMS. Vergelt's Gott!")])

    person("rednerin", "Ulrike Schäfer", "", "Freie Trauerrednerin", connected="2016-04-14")
    conv("genuine", "long_standing_speaker", "de",
         "langjährige freie Trauerrednerin, Terminabsprache im Du",
         [("rednerin", "2025-04-02 20:10", "Hallo Sabine, ich hab Samstag doch Zeit, die Hochzeit in "
           "Saarlouis ist abgesagt worden. Wenn die Familie Weber noch jemanden sucht, ich würde es machen. "
           "Gespräch mit der Familie könnte ich Donnerstag."),
          ("me", "2025-04-02 20:30", "Ulrike, du bist ein Schatz. Ich frag gleich morgen früh. Die Tochter "
           "wollte ausdrücklich keine kirchliche Feier, passt also."),
          ("rednerin", "2025-04-02 20:31", "Gut. Dann warte ich auf deinen Anruf."),
          ("me", "2025-04-03 08:40", "Familie Weber sagt ja, Donnerstag 16 Uhr bei ihnen in Dudweiler. "
           "Adresse schick ich dir.")])

    person("vorsorge_lead", "Karl-Heinz Müller", "", "Rentner", connected="2025-01-28",
           invite=("IN", "2025-01-28 15:05", ""))
    conv("genuine", "client_quote_request", "de",
         "Interessent fragt nach Kosten für eine Bestattungsvorsorge für sich und seine Frau",
         [("vorsorge_lead", "2025-01-28 15:22", "Sehr geehrte Frau Kiefer, meine Frau und ich (beide Mitte "
           "70) möchten unsere Beerdigung regeln, damit die Kinder später nichts zu tun haben. Wir möchten "
           "eine Feuerbestattung und ein Urnengrab in Brebach. Können Sie uns sagen, mit welchen Kosten wir "
           "rechnen müssen und wie so ein Vorsorgevertrag funktioniert? Mit freundlichen Grüßen"),
          ("me", "2025-01-28 17:05", "Sehr geehrter Herr Müller, vielen Dank für Ihr Vertrauen. Für eine "
           "Feuerbestattung mit Trauerfeier und Urnengrab in Brebach liegen die Kosten je nach Wünschen "
           "zwischen 4.200 und 5.800 € pro Person, dazu kommen die Friedhofsgebühren. Das Geld kann "
           "insolvenzsicher auf einem Treuhandkonto angelegt werden. Am besten besprechen wir das in Ruhe, "
           "gern auch bei Ihnen zu Hause. Passt Ihnen ein Termin nächste Woche?"),
          ("vorsorge_lead", "2025-01-29 10:00", "Dienstag Vormittag wäre gut. Vielen Dank für die schnelle Antwort.")])

    person("hospiz", "Anja Zimmer", "Hospiz St. Barbara", "Pflegedienstleitung")
    conv("genuine", "inbound_lead_institution", "de",
         "Hospiz fragt Konditionen für Überführungen auch nachts an (will kaufen)",
         [("hospiz", "2024-12-05 13:10", "Guten Tag Frau Kiefer, wir sind ein stationäres Hospiz mit 10 "
           "Betten. Bisher rufen die Angehörigen selbst einen Bestatter, aber nachts klappt das oft nicht. "
           "Wir suchen einen Bestatter, der nachts überführen kann und mit dem wir eine feste Absprache "
           "haben. Was würden Sie dafür berechnen? Die Kosten trägt natürlich weiter die Familie."),
          ("me", "2024-12-05 16:40", "Guten Tag Frau Zimmer, das machen wir gern. Wir haben 24 Stunden "
           "Bereitschaft. Die Überführung innerhalb Saarbrückens berechnen wir mit 290 €, nachts ohne "
           "Zuschlag. Ich komme gern vorbei und stelle unser Team vor."),
          ("hospiz", "2024-12-06 08:30", "Sehr gern, Donnerstag um 10?")])

    person("verband", "Peter Ecker", "Bestatterverband Saar e.V.", "Geschäftsführer", connected="2013-02-19")
    conv("genuine", "association", "de",
         "Bestatterverband lädt zur Mitgliederversammlung ein und bittet um Beitrag",
         [("verband", "2025-02-10 09:00", "Liebe Kolleginnen und Kollegen, die Mitgliederversammlung findet am "
           "22. März in Neunkirchen statt. Sabine, magst du kurz (10 min) von euren Erfahrungen mit den "
           "Abschiedsräumen berichten? Viele Kollegen überlegen gerade, umzubauen."),
          ("me", "2025-02-10 12:15", "Hallo Peter, mach ich gern. Bring ein paar Fotos mit.")])

    person("personal", "Stefanie Braun", "Braun Personalberatung Saar", "Personalberaterin",
           connected="2024-09-12")
    conv("genuine", "recruiter_owner_engaged", "de",
         "Personalberaterin, die Sabine beauftragt hat, stellt eine Kandidatin vor",
         [("personal", "2024-10-14 11:00", "Hallo Frau Kiefer, wie besprochen habe ich eine Kandidatin für die "
           "Stelle als Bestattungsfachkraft: gelernte Bestattungsfachkraft, 6 Jahre Erfahrung in Trier, "
           "möchte wegen der Familie zurück ins Saarland. Gehaltsvorstellung 3.300 brutto. Darf ich Ihnen "
           "das Profil schicken?"),
          ("me", "2024-10-14 12:30", "Ja bitte, das klingt sehr gut. Führerschein Klasse B hat sie?"),
          ("personal", "2024-10-14 12:45", "Ja, und sie ist auch Trauerbegleitung fortgebildet. Profil kommt per Mail."),
          ("me", "2024-10-17 09:00", "Habe das Profil gelesen, ich würde sie gern kennenlernen. Nächsten Mittwoch?")])

    person("azubi", "Lea Schwarz", "", "Schülerin")
    conv("genuine", "applicant", "de",
         "Bewerbung um einen Ausbildungsplatz als Bestattungsfachkraft",
         [("azubi", "2025-03-03 17:45", "Sehr geehrte Frau Kiefer, ich mache im Sommer mein Fachabi am "
           "Technisch-Wissenschaftlichen Gymnasium und möchte mich für eine Ausbildung als "
           "Bestattungsfachkraft bewerben. Ich habe nach dem Tod meiner Oma gemerkt, wie wichtig ein guter "
           "Bestatter ist. Ein Praktikum im Altenheim habe ich schon gemacht. Meine Unterlagen habe ich per "
           "Post geschickt. Über eine Antwort würde ich mich sehr freuen. Lea Schwarz"),
          ("me", "2025-03-04 08:30", "Liebe Frau Schwarz, vielen Dank für Ihre Bewerbung, die Unterlagen sind "
           "angekommen. Möchten Sie zuerst eine Woche bei uns hospitieren? Dann sehen Sie, wie der Alltag "
           "wirklich aussieht.")])

    person("hospizverein", "Gabriele Klein", "Ambulanter Hospizverein Saarbrücken", "Koordinatorin",
           connected="2019-05-07")
    conv("genuine", "spam_folder_hospice_contact", "de",
         "Koordinatorin des Hospizvereins, Nachricht im SPAM-Ordner gelandet",
         [("hospizverein", "2025-01-09 14:30", "Liebe Sabine, wir machen am 8. Februar wieder den Trauercafé-"
           "Nachmittag. Könntest du wieder den Kaffee und Kuchen sponsern wie letztes Jahr? Und hättest du "
           "Lust, kurz was zum Thema 'Was ist nach dem Tod zu tun' zu erzählen? Lieben Gruß, Gabi")],
         folder="SPAM")

    # three near-duplicate thank-you notes after the memorial service
    person("d1", "Hildegard Marx", "", "")
    person("d2", "Werner Klos", "", "")
    person("d3", "Petra Gräber", "", "")
    conv("genuine", "thanks_after_memorial_service", "de",
         "Dank nach der jährlichen Gedenkfeier im November (1/3)",
         [("d1", "2024-11-24 18:10", "Liebe Frau Kiefer, danke für die schöne Gedenkfeier heute. Dass der "
           "Name meines Mannes vorgelesen wurde und ich eine Kerze anzünden durfte, hat mir gut getan.")])
    conv("genuine", "thanks_after_memorial_service", "de",
         "Dank nach der Gedenkfeier (2/3)",
         [("d2", "2024-11-24 19:30", "Danke für die Gedenkfeier heute, war sehr würdevoll. Die Musik war "
           "wunderschön. Wir kommen nächstes Jahr wieder."),
          ("me", "2024-11-25 08:45", "Lieber Herr Klos, danke Ihnen, dass Sie gekommen sind. Bis nächstes Jahr.")])
    conv("genuine", "thanks_after_memorial_service", "de",
         "Dank nach der Gedenkfeier (3/3)",
         [("d3", "2024-11-25 07:20", "Guten Morgen Frau Kiefer, ich wollte mich noch für gestern bedanken. "
           "Eine sehr schöne Feier. Gibt es den Text, den Frau Schäfer vorgelesen hat, irgendwo zum "
           "Nachlesen?")])

    person("urnen", "Matthias Rupp", "Rupp Urnen & Manufaktur", "Außendienst", connected="2018-08-30")
    conv("genuine", "owner_started_supplier", "de",
         "Sabine fragt beim Urnenlieferanten nach biologisch abbaubaren Seeurnen",
         [("me", "2025-04-08 10:15", "Hallo Herr Rupp, wir haben in letzter Zeit häufiger Anfragen nach "
           "Seebestattung in der Nordsee. Haben Sie inzwischen Seeurnen aus Salz oder Sand im Programm, "
           "und was kosten die im Einkauf?"),
          ("urnen", "2025-04-08 14:00", "Hallo Frau Kiefer, ja, seit Herbst: Salzurne weiß 89 € netto, "
           "Sandurne mit Muschelrelief 104 € netto. Mindestmenge 2. Soll ich Ihnen Muster schicken?"),
          ("me", "2025-04-08 14:20", "Ja gern, je eine. Danke!")])

    person("chor", "Bernd Jung", "Bergmannschor Glück Auf Burbach", "Vorsitzender", connected="2020-03-03")
    conv("genuine", "owner_started_musicians", "de",
         "Sabine fragt beim Bergmannschor für eine Trauerfeier an",
         [("me", "2025-05-06 09:00", "Hallo Herr Jung, die Familie eines ehemaligen Kumpels von der Grube "
           "Luisenthal würde sich sehr freuen, wenn der Chor am Montag, 12.5., um 11 Uhr auf dem "
           "Hauptfriedhof das Steigerlied singt. Wäre das möglich? Der Verstorbene war lange bei Ihnen "
           "im Verein."),
          ("chor", "2025-05-06 12:40", "Das machen wir, Ehrensache. Ich trommel die Männer zusammen, wir "
           "sind mit 12 bis 15 Sängern da. Glück auf!")])

    person("altbest", "Erwin Backes", "", "Bestattermeister i.R.", connected="2011-01-20")
    conv("genuine", "long_standing_family_friend", "de",
         "alter Freund ihres Vaters, pensionierter Bestatter aus Homburg",
         [("altbest", "2025-01-02 11:00", "Ei Sabinche, e gudes neues Johr dir und deinem Vadder! Wie geht's "
           "ihm denn mit der Hüfte? Ich hab im Wochenspiegel gesehen, dass ihr den Abschiedsraum umgebaut "
           "habt. Das hätt dein Opa sehen müssen, der wär stolz."),
          ("me", "2025-01-02 12:30", "Erwin! Dir auch e gudes neues! Papa geht's besser, er läuft schon wieder "
           "mit dem Stock durch die Werkstatt und gibt Kommentare ab 😄 Komm doch mal vorbei und guck dir "
           "den Raum an."),
          ("altbest", "2025-01-02 12:45", "Mach ich, wenn's wärmer wird. Grüß mir den Werner.")])

    person("journal", "Katharina Weiß", "Saar-Echo", "Redakteurin Lokales")
    conv("genuine", "journalist_request", "de",
         "Lokaljournalistin möchte Interview zu steigenden Bestattungskosten",
         [("journal", "2025-02-25 10:30", "Guten Tag Frau Kiefer, ich schreibe für das Saar-Echo eine Serie "
           "über Lebenshaltungskosten und möchte auch über die Kosten einer Beerdigung schreiben: Was kostet "
           "das heute im Saarland, was treibt die Preise, und was können Familien tun? Hätten Sie Zeit für "
           "ein Gespräch von 30 Minuten? Gern auch mit Foto im Abschiedsraum, wenn das für Sie passt."),
          ("me", "2025-02-25 13:00", "Guten Tag Frau Weiß, gern. Mir ist wichtig, dass wir auch über "
           "Friedhofsgebühren sprechen, die machen oft einen großen Teil aus. Donnerstag 15 Uhr bei uns?"),
          ("journal", "2025-02-25 13:20", "Donnerstag 15 Uhr passt. Danke!")])

    person("benefiz", "Christiane Weber", "Förderverein Hospiz St. Barbara", "Vorsitzende", connected="2022-05-18")
    conv("genuine", "event_invitation_contact", "de",
         "Förderverein lädt zu Benefizkonzert ein",
         [("benefiz", "2025-05-14 19:00", "Liebe Frau Kiefer, am 21. Juni spielt das Saarländische "
           "Kammerorchester zugunsten des Hospizes in der Ludwigskirche. Wir würden uns freuen, wenn Sie und "
           "Ihr Vater als Ehrengäste kommen. Zwei Karten liegen für Sie bereit."),
          ("me", "2025-05-14 20:15", "Liebe Frau Weber, wie schön, wir kommen sehr gern. Herzlichen Dank!")])

    person("krema", "Oliver Schuh", "Krematorium Saar GmbH", "Betriebsleiter", connected="2016-10-10")
    conv("genuine", "vendor_price_change", "de",
         "Krematorium informiert über neue Gebühren und Abholzeiten",
         [("krema", "2024-12-11 08:30", "Guten Morgen Frau Kiefer, zur Info: Ab 1.2. gilt die neue "
           "Gebührenordnung, Einäscherung Erwachsene 365 € (bisher 340 €), 2. Leichenschau unverändert. "
           "Außerdem können Urnen künftig auch samstags von 9 bis 12 abgeholt werden."),
          ("me", "2024-12-11 09:10", "Danke Herr Schuh. Samstag ist eine gute Nachricht für uns!")])

    person("uk_fam", "Gareth Thomas", "", "", connected="2025-03-18",
           invite=("IN", "2025-03-18 21:31", "Dear Mrs Kiefer, the hospital gave us your name. Thank you."))
    conv("genuine", "repatriation_quote_english", "en",
         "British family asks for a quote to repatriate their father to Wales",
         [("uk_fam", "2025-03-18 21:40", "Dear Mrs Kiefer, my father passed away yesterday in Saarbrücken "
           "hospital while visiting old friends from his army days. The hospital gave us your name. We would "
           "like to bring him home to Swansea for burial. Could you tell us what is needed and roughly what "
           "it would cost? I'm sorry, I don't speak German."),
          ("me", "2025-03-18 22:10", "Dear Mr Thomas, I am very sorry for your loss. We can take care of "
           "everything here: the death certificate, the international transport document and the transfer "
           "by road to a funeral director in Swansea. The cost is usually between 4,500 and 5,500 euros, "
           "depending on the receiving funeral director. I will call you tomorrow morning at 9 UK time if "
           "that suits you."),
          ("uk_fam", "2025-03-18 22:25", "Thank you, that would be very kind. 9 am is fine.")])

    person("intl", "Pieter de Vries", "Euro Funeral Partners Network", "Coordinator", connected="2021-09-09")
    conv("genuine", "international_network_english", "en",
         "international funeral network coordinator asks about a repatriation handoff",
         [("intl", "2025-03-20 08:15", "Hi Sabine, I heard from the Swansea colleagues that you are handling "
           "Mr Thomas. Our network driver could take over at Calais on Monday if that helps with costs. "
           "Let me know."),
          ("me", "2025-03-20 09:00", "Hi Pieter, thank you, that helps a lot. I'll confirm with the family "
           "and send the documents by noon."),
          ("intl", "2025-03-20 09:05", "Perfect. Talk later.")])

    person("pfarrerin", "Johanna Keßler", "Ev. Kirchengemeinde Alt-Saarbrücken", "Pfarrerin", connected="2021-02-25")
    conv("genuine", "clergy_coordination", "de",
         "evangelische Pfarrerin fragt nach Ablauf einer Trauerfeier",
         [("pfarrerin", "2025-04-22 16:00", "Liebe Frau Kiefer, für die Trauerfeier Hartmann am Donnerstag: "
           "Die Familie möchte, dass der Enkel Gitarre spielt. Gibt es in der Friedhofskapelle eine "
           "Steckdose für den Verstärker?"),
          ("me", "2025-04-22 16:20", "Liebe Frau Keßler, ja, links neben dem Pult. Wir legen eine "
           "Verlängerung bereit.")])

    person("imam", "Yusuf Demir", "DITIB Gemeinde Saarbrücken-Burbach", "Vorstand", connected="2023-07-04")
    conv("genuine", "religious_community", "de",
         "muslimische Gemeinde fragt nach rituellen Waschungen und Überführung in die Türkei",
         [("imam", "2025-01-21 12:00", "Sehr geehrte Frau Kiefer, einige Familien aus unserer Gemeinde "
           "möchten künftig mit Ihnen arbeiten. Ist es möglich, dass die rituelle Waschung in Ihren Räumen "
           "durch Gemeindemitglieder stattfindet? Und haben Sie Erfahrung mit der Überführung nach Türkiye?"),
          ("me", "2025-01-21 14:30", "Sehr geehrter Herr Demir, ja, beides. Unser Waschraum kann dafür genutzt "
           "werden, wir ziehen uns dann zurück. Überführungen in die Türkei haben wir schon mehrfach "
           "organisiert, meist innerhalb von 48 Stunden über Frankfurt. Ich lade Sie gern ein, sich die Räume "
           "anzusehen."),
          ("imam", "2025-01-21 15:00", "Vielen Dank, wir kommen gern nächste Woche vorbei.")])

    person("druck", "Heike Wagner", "Druckerei Wagner Sulzbach", "Geschäftsführerin", connected="2015-12-01")
    conv("genuine", "vendor_price_change", "de",
         "Druckerei kündigt neue Preise für Trauerkarten an und bietet Probedruck",
         [("druck", "2025-03-25 11:10", "Hallo Frau Kiefer, kurze Info: Das Papier für die Trauerkarten "
           "(Büttenoptik) wird ab April 8 % teurer, wir geben das leider weiter. 100 Klappkarten mit "
           "Kuvert dann 118 € statt 109 €. Wir hätten aber ein neues Recyclingpapier, das fast genauso "
           "aussieht und beim alten Preis bleibt. Soll ich Ihnen Muster schicken?"),
          ("me", "2025-03-25 12:00", "Hallo Frau Wagner, ja, gern Muster. Danke für die offene Info.")])

    person("exmit", "Jan Ruffing", "Bestattungen Ruffing Völklingen", "Inhaber", connected="2010-07-12")
    conv("genuine", "former_employee_congrats", "de",
         "ehemaliger Mitarbeiter, jetzt selbstständig, gratuliert zum 70-jährigen Jubiläum",
         [("exmit", "2025-05-02 09:30", "Liebe Sabine, herzlichen Glückwunsch zu 70 Jahren Bestattungshaus "
           "Kiefer! Ich hab bei euch alles gelernt, was ich heute kann. Grüß deinen Vater, ohne ihn wär ich "
           "nie Bestatter geworden."),
          ("me", "2025-05-02 10:00", "Danke Jan, das freut mich riesig. Am 17. Mai ist Tag der offenen Tür, "
           "komm doch vorbei!")])

    person("lehrer", "Frank Schmidt", "Gemeinschaftsschule Bruchwiese", "Lehrer für Ethik")
    conv("genuine", "school_visit_request", "de",
         "Ethiklehrer fragt, ob seine Klasse das Bestattungshaus besuchen darf",
         [("lehrer", "2025-02-18 16:30", "Sehr geehrte Frau Kiefer, meine 10. Klasse behandelt im Ethik-"
           "unterricht das Thema Tod und Trauer. Wäre es denkbar, dass wir Ihr Haus besuchen und Sie den "
           "Jugendlichen erzählen, was ein Bestatter macht? Ca. 22 Schülerinnen und Schüler."),
          ("me", "2025-02-18 18:00", "Sehr geehrter Herr Schmidt, sehr gern. Das mache ich regelmäßig. Bitte "
           "bereiten Sie die Klasse vor, dass auch ein Sarg zu sehen ist. Ein Dienstag im März?"),
          ("lehrer", "2025-02-19 07:30", "Wunderbar, 18. März ab 10 Uhr?")])

    person("friedhof", "Ralf Kühn", "Landeshauptstadt Saarbrücken, Friedhofsverwaltung", "Sachgebietsleiter",
           connected="2014-04-08")
    conv("genuine", "cemetery_administration", "de",
         "Friedhofsverwaltung zu Gebührenänderung und Beisetzungsterminen",
         [("friedhof", "2024-12-16 13:40", "Sehr geehrte Frau Kiefer, der Stadtrat hat die neue "
           "Friedhofsgebührensatzung beschlossen, sie gilt ab 1.1. Die Gebühr für Urnenwahlgräber steigt "
           "auf 1.210 €. Bitte informieren Sie Ihre Kundinnen und Kunden bei laufenden Beratungen. Die "
           "Satzung schicke ich Ihnen als PDF."),
          ("me", "2024-12-16 14:05", "Sehr geehrter Herr Kühn, danke für die Info. Gilt für Beisetzungen, die "
           "noch im Dezember beantragt werden, die alte Gebühr?"),
          ("friedhof", "2024-12-16 14:30", "Ja, maßgeblich ist das Antragsdatum.")])

    person("kollege", "Dirk Schneider", "Bestattungen Schneider Neunkirchen", "Inhaber", connected="2015-06-15")
    conv("genuine", "peer_help", "de",
         "Kollege aus Neunkirchen bittet um Kühlkapazität für zwei Tage",
         [("kollege", "2025-01-06 07:15", "Morsche Sabine, bei uns ist die Kühlung ausgefallen, Techniker "
           "kommt erst Mittwoch. Könnt ihr zwei Verstorbene bis Mittwoch aufnehmen? Wir zahlen natürlich "
           "die übliche Tagespauschale."),
          ("me", "2025-01-06 07:40", "Morsche Dirk, klar, das kriegen wir hin. Bringt sie ab 10 Uhr, Erik ist "
           "da. Pauschale lass mal, das nächste Mal helft ihr uns."),
          ("kollege", "2025-01-06 07:42", "Du bist klasse. Merci!")])

    person("trauerbegl", "Martina Jost", "", "Trauerbegleiterin", connected="2022-08-17")
    conv("genuine", "grief_counsellor", "de",
         "Trauerbegleiterin fragt, ob sie Flyer für ihre Trauergruppe auslegen darf",
         [("trauerbegl", "2025-04-14 10:00", "Hallo Frau Kiefer, ab Mai startet wieder meine offene Trauergruppe "
           "im Mehrgenerationenhaus Malstatt. Dürfte ich ein paar Flyer bei Ihnen auslegen? Die Teilnahme "
           "ist kostenlos."),
          ("me", "2025-04-14 11:00", "Hallo Frau Jost, selbstverständlich, bringen Sie gern welche vorbei.")])

    person("firma", "Melanie Kurz", "Saar-Stahlguss AG", "Leiterin Betriebliches Gesundheitsmanagement")
    conv("genuine", "inbound_lead_talk", "de",
         "Firma möchte einen bezahlten Vortrag zur Vorsorge für ihre Beschäftigten buchen",
         [("firma", "2025-05-20 09:45", "Sehr geehrte Frau Kiefer, im Rahmen unserer Gesundheitswoche möchten "
           "wir einen Vortrag zum Thema 'Vorsorge für den Todesfall: Was Angehörige wissen müssen' anbieten. "
           "Würden Sie das übernehmen? 60 Minuten, ca. 80 Beschäftigte. Bitte nennen Sie uns Ihr Honorar."),
          ("me", "2025-05-20 12:00", "Sehr geehrte Frau Kurz, sehr gern. Für 60 Minuten mit Fragerunde "
           "berechne ich 350 € zzgl. MwSt. Ich bringe Infomaterial zu Patientenverfügung und "
           "Vorsorgevertrag mit, selbstverständlich ohne Verkauf vor Ort.")])

    person("freundin", "Nicole Frisch", "", "", connected="2012-02-02")
    conv("genuine", "friend_small_talk", "de",
         "Freundin lädt zum Schwenken am Wochenende ein",
         [("freundin", "2025-06-05 18:20", "Samstag schwenke mer bei uns im Garten, kommschde? Der Jochen hat "
           "en neie Schwenker gekaaft, du musst dir das Ding angucke 😂"),
          ("me", "2025-06-05 19:00", "Wenn ich keine Bereitschaft hab, gern! Ich bring Kartoffelsalat mit."),
          ("freundin", "2025-06-05 19:02", "Super. Ab 5.")])

    person("rechnung", "Andreas Meyer", "", "", connected="2025-02-11")
    conv("genuine", "client_invoice_instalments", "de",
         "Angehöriger fragt nach Ratenzahlung der Rechnung",
         [("rechnung", "2025-02-11 20:30", "Guten Abend Frau Kiefer, entschuldigen Sie, dass ich schreibe statt "
           "anzurufen, es fällt mir schwer. Die Rechnung für die Beerdigung meiner Mutter ist angekommen. "
           "Das Erbe ist noch nicht da. Wäre es möglich, in drei Raten zu zahlen?"),
          ("me", "2025-02-12 08:10", "Guten Morgen Herr Meyer, natürlich, das ist überhaupt kein Problem. Drei "
           "Raten zum jeweils 15. des Monats, ohne Aufschlag. Ich schicke Ihnen einen kurzen Plan. Und wenn "
           "es anders besser passt, sagen Sie es einfach.")])

    person("quer", "Tobias Lang", "", "Altenpfleger")
    conv("genuine", "applicant", "de",
         "Quereinsteiger aus der Altenpflege bewirbt sich",
         [("quer", "2025-04-28 21:00", "Hallo Frau Kiefer, ich bin seit 12 Jahren Altenpfleger und begleite "
           "oft Menschen beim Sterben. Ich würde gerne als Quereinsteiger in die Bestattung wechseln. Suchen "
           "Sie noch Mitarbeiter? Ich bin 38, habe Führerschein und bin körperlich fit."),
          ("me", "2025-04-29 08:00", "Hallo Herr Lang, danke für Ihre Nachricht. Menschen mit Ihrer Erfahrung "
           "sind in unserem Beruf sehr wertvoll. Wir suchen tatsächlich ab Herbst Verstärkung. Rufen Sie mich "
           "doch an, dann lernen wir uns kennen.")])

    person("vers", "Bettina Roth", "Saar-Vorsorge Versicherungsmakler", "Maklerin", connected="2019-03-27")
    conv("genuine", "partner_contract_renewal", "de",
         "bestehende Partnerin (Sterbegeld-Vermittlung) zum neuen Kooperationsvertrag und Provision",
         [("vers", "2025-03-06 10:20", "Hallo Sabine, unser Kooperationsvertrag läuft Ende Mai aus. Die "
           "Versicherung hat die Tippgeberprovision auf 2,5 % gesenkt, leider nicht verhandelbar. Willst du "
           "trotzdem verlängern? Ich schick dir den Entwurf."),
          ("me", "2025-03-06 11:00", "Hallo Bettina, ja, schick mal. Ich les es mir in Ruhe durch."),
          ("vers", "2025-03-06 11:05", "Mach ich 👍")])

    # ------------------------------------------------------------------ wanted pitches
    person("w_soft", "Florian Weis", "Trauerwerk Software", "Gründer")
    conv("wanted_pitch", "software_tools_setup", "de",
         "Branchensoftware-Gründer bezieht sich auf ihre PDF-Formulare und den Google-Kalender",
         [("w_soft", "2025-02-13 10:00", "Guten Tag Frau Kiefer, ich habe auf Ihrer Website gesehen, dass "
           "Angehörige den Vorsorge-Fragebogen als PDF ausdrucken und zurückfaxen oder mailen müssen, und "
           "dass Ihr Terminbuchungs-Link auf einen öffentlichen Google-Kalender geht. Wir bauen eine Software "
           "nur für Bestatter (aus Kaiserslautern, 14 Häuser nutzen sie), in der das Formular online "
           "ausgefüllt wird und direkt im Auftrag landet, inklusive Sterbefallmappe. Der Kalender bleibt "
           "Google, wir synchronisieren nur. Wenn Sie mögen, zeige ich es Ihnen 20 Minuten am Beispiel "
           "Ihres eigenen Formulars."),
          ("me", "2025-02-13 15:00", "Guten Tag Herr Weis, das Fax-Thema nervt uns tatsächlich. Zeigen Sie "
           "mal. Nächste Woche Dienstag nachmittags?")])

    person("w_film", "Carina Hahn", "Lichtspur Film", "Filmemacherin")
    conv("wanted_pitch", "livestream_after_article", "de",
         "Filmemacherin bezieht sich auf Sabines Artikel zum Livestream von Trauerfeiern",
         [("w_film", "2024-10-21 09:30", "Liebe Frau Kiefer, ich habe Ihren Artikel in der Verbandszeitschrift "
           "gelesen, in dem Sie schreiben, dass seit Corona viele Familien Angehörige im Ausland haben, die "
           "per Handy zuschauen, und dass die Qualität oft unwürdig ist. Ich mache seit zwei Jahren diskrete "
           "Livestreams von Trauerfeiern, mit einer festen Kamera hinten im Raum, ohne Aufzeichnung, wenn die "
           "Familie das nicht möchte. Vielleicht wäre das ein Angebot, das Sie Familien vermitteln könnten? "
           "Ich bin in Saarlouis und komme gerne vorbei."),
          ("me", "2024-10-21 11:00", "Liebe Frau Hahn, danke, das ist tatsächlich ein Thema. Was kostet so ein "
           "Stream für die Familie?"),
          ("w_film", "2024-10-21 11:30", "190 € pauschal im Saarland, inkl. privatem Link für 30 Tage.")])

    person("w_nachlass", "Sven Reinhardt", "", "Referent Digitaler Nachlass")
    conv("wanted_pitch", "digital_legacy_after_talk", "de",
         "Referent hat Sabines Vortrag auf dem Bestattertag gehört, bietet Schulung zum digitalen Nachlass",
         [("w_nachlass", "2025-04-01 14:20", "Hallo Frau Kiefer, ich saß beim Bestattertag Saar in Ihrem "
           "Vortrag über den Umbau des Abschiedsraums. Sie sagten am Ende, dass Familien Sie inzwischen "
           "ständig nach Facebook-Konten und Handy-Passwörtern fragen und Sie darauf keine gute Antwort "
           "haben. Genau dazu schule ich Bestattungsteams: 3 Stunden, praxisnah, mit Checkliste für die "
           "Familien. Wenn das für Ihr Team interessant ist, schicke ich Ihnen gerne die Inhalte.")])

    person("w_grab", "Ludwig Kaiser", "Grabpflege Kaiser", "Friedhofsgärtnermeister")
    conv("wanted_pitch", "grave_care_site_visited", "de",
         "Friedhofsgärtner war im Ausstellungsraum und schlägt konkrete Kooperation Grabpflege vor",
         [("w_grab", "2025-03-19 17:00", "Guten Tag Frau Kiefer, ich war letzte Woche bei Ihnen im "
           "Ausstellungsraum (Sie waren bei einer Beisetzung, Ihre Mitarbeiterin war sehr freundlich). Mir "
           "ist aufgefallen, dass Sie zu Grabpflege nichts im Angebot haben, aber viele Familien danach "
           "fragen, sagte sie. Wir pflegen auf dem Hauptfriedhof und in St. Johann rund 300 Gräber und "
           "könnten Ihren Familien eine Dauergrabpflege anbieten, mit Abrechnung direkt über uns. Vielleicht "
           "lohnt sich ein Gespräch?")])

    person("w_seo", "Jana Petri", "Petri Webdesign Saar", "Webdesignerin")
    conv("wanted_pitch", "local_search_specific_problem", "de",
         "Webdesignerin benennt ein konkretes Problem: Filiale Dudweiler online nicht auffindbar",
         [("w_seo", "2025-01-13 09:15", "Guten Tag Frau Kiefer, ich komme aus Dudweiler und habe letzte Woche "
           "für eine Nachbarin nach einem Bestatter hier gesucht. Ihre Filiale in der Saarbrücker Straße "
           "taucht bei Google Maps gar nicht auf, nur das Haupthaus in Malstatt, und auf Ihrer Website steht "
           "für Dudweiler noch die alte Telefonnummer mit 0681-7... Das kostet Sie wahrscheinlich Anrufe. "
           "Den Maps-Eintrag können Sie selbst anlegen, ich helfe aber gern, wenn Sie möchten (ca. 2 "
           "Stunden Aufwand)."),
          ("me", "2025-01-13 10:00", "Oh je, danke! Das mit der Nummer wusste ich nicht. Können Sie mir ein "
           "Angebot schicken?")])

    person("w_harfe", "Elisabeth Morsch", "", "Harfenistin")
    conv("wanted_pitch", "musician_mutual_contact", "de",
         "Harfenistin kommt auf Empfehlung von Pfarrer Lauer",
         [("w_harfe", "2024-11-07 11:00", "Sehr geehrte Frau Kiefer, Pfarrer Lauer von der Dreifaltigkeit hat "
           "mir geraten, mich bei Ihnen vorzustellen. Ich spiele Harfe bei Trauerfeiern, auch in kleinen "
           "Kapellen ohne Orgel, und er meinte, Sie hätten öfter Familien, die etwas Ruhiges ohne Kirche "
           "wünschen. Ich könnte Ihnen eine kleine Aufnahme schicken. Honorar 180 € pro Feier im Stadtgebiet."),
          ("me", "2024-11-07 13:00", "Liebe Frau Morsch, sehr gern, schicken Sie die Aufnahme. Herzliche "
           "Grüße an Pfarrer Lauer!")])

    person("w_kuehl", "Georg Zenner", "Zenner Kältetechnik", "Geschäftsführer")
    conv("wanted_pitch", "cooling_public_register", "de",
         "Kältetechniker hat die Bauanzeige im Amtsblatt gesehen und bietet Kühlraum-Technik an",
         [("w_kuehl", "2025-04-10 08:00", "Guten Morgen Frau Kiefer, im Amtsblatt der Stadt stand Ihre "
           "Baugenehmigung für die Erweiterung in der Breite Straße. Falls dabei ein neuer Kühlraum geplant "
           "ist: Wir sind ein Kältebetrieb aus Riegelsberg und haben in den letzten Jahren vier "
           "Bestattungshäuser im Saarland ausgestattet (Referenzen gern), mit Überwachung per SMS bei "
           "Temperaturabweichung. Wenn die Planung noch offen ist, machen wir gern ein unverbindliches "
           "Angebot.")])

    person("w_rec", "Carsten Maurer", "Maurer Fachkräfte Bestattung", "Personalberater")
    conv("wanted_pitch", "recruiter_relevant_role", "de",
         "Personalberater bezieht sich auf ihre konkrete Stellenanzeige und hat passende Kandidatin",
         [("w_rec", "2025-05-12 14:00", "Guten Tag Frau Kiefer, ich habe Ihre Anzeige 'Bestattungsfachkraft "
           "(m/w/d) ab Herbst, auch Quereinsteiger' bei der Arbeitsagentur gesehen. Ich vermittle "
           "ausschließlich in der Bestattungsbranche und habe gerade eine Bestatterin aus Zweibrücken, die "
           "nach Saarbrücken ziehen möchte, geprüfte Bestatterin, Erfahrung mit Hygienischer Versorgung. "
           "Honorar nur bei Einstellung. Soll ich Ihnen das anonymisierte Profil schicken?")])

    person("w_urne", "Nadine Fries", "Bliesgau Naturmanufaktur", "Inhaberin")
    conv("wanted_pitch", "local_urn_supplier_post", "de",
         "regionale Urnenmanufaktur bezieht sich auf ihren Post zu Baumbestattungen",
         [("w_urne", "2025-05-28 16:30", "Liebe Frau Kiefer, Sie haben geschrieben, dass inzwischen fast jede "
           "dritte Familie bei Ihnen eine Baumbestattung im Bliesgau oder im Warndt wünscht und die Urnen "
           "dafür fast alle aus Osteuropa kommen. Wir fertigen im Bliesgau Urnen aus Holz und Lehm der "
           "Region, vollständig abbaubar und für die Friedwälder zugelassen. Ich würde Ihnen gern zwei "
           "Muster vorbeibringen.")])

    person("w_franz", "Claire Becker-Muller", "", "Dolmetscherin Französisch-Deutsch")
    conv("wanted_pitch", "interpreter_site_visited", "de",
         "Dolmetscherin bemerkt, dass die Website keine französische Version hat, obwohl Sabine Familien aus Lothringen betreut",
         [("w_franz", "2024-12-02 12:15", "Bonjour Frau Kiefer, auf Ihrer Website steht, dass Sie auch "
           "Familien aus Forbach und Sarreguemines begleiten und Überführungen nach Frankreich übernehmen. "
           "Die Seite gibt es aber nur auf Deutsch, und das Vorsorge-Formular auch. Ich bin Dolmetscherin "
           "und Übersetzerin (vereidigt beim Landgericht Saarbrücken) und übersetze Ihnen die wichtigsten "
           "Seiten zu einem Festpreis. Für Gespräche mit französischen Familien kann ich auch kurzfristig "
           "dolmetschen.")])

    person("w_auto", "Holger Lenz", "Lenz Sonderfahrzeuge", "Vertrieb")
    conv("wanted_pitch", "hearse_press_item", "de",
         "Karosseriebauer hat den Zeitungsartikel mit ihrem alten Bestattungswagen gesehen",
         [("w_auto", "2025-03-04 09:00", "Guten Tag Frau Kiefer, im Saar-Echo-Artikel über Bestattungskosten "
           "war ein Foto Ihres Bestattungswagens zu sehen, ich schätze ein E-Klasse Kombi von 2011. Im "
           "Artikel sagen Sie, dass Sie bei der nächsten Anschaffung an Elektro denken. Wir bauen gerade "
           "einen elektrischen Bestattungswagen auf Basis eines Kombis, 400 km Reichweite, und ein "
           "Vorführwagen ist im April im Saarland. Wenn Sie möchten, bringe ich ihn für eine Probefahrt vorbei.")])

    person("w_uk", "Helen Price", "Cross-Channel Repatriation Ltd", "Operations Manager")
    conv("wanted_pitch", "repatriation_partner_mutual_contact", "en",
         "UK repatriation firm refers to Pieter de Vries and her recent case",
         [("w_uk", "2025-04-03 10:00", "Dear Ms Kiefer, Pieter de Vries from the Euro Funeral Partners network "
           "mentioned that you handled a repatriation to Wales in March and that the Calais handover was the "
           "tricky part. We run a weekly scheduled service between the continent and the UK, with our own "
           "vehicles and the embassy paperwork done on our side, which usually saves families around 20%. "
           "If useful, I'd be happy to send our rates for Saarland pickups.")])

    # ------------------------------------------------------------------ junk
    person("t1", "Maximilian Vogt", "Kundenmagnet Consulting", "Wachstumsberater")
    conv("junk", "template_client_acquisition", "de",
         "Vorlage 1/5: Neukunden-System",
         [("t1", "2024-10-09 08:00", "Hallo Sabine, ich bin auf Ihr Profil gestoßen und war beeindruckt, was "
           "Sie mit Bestattungshaus Kiefer aufgebaut haben. Wir helfen lokalen Unternehmen, mit unserem "
           "bewährten System jeden Monat 15-20 neue Kunden zu gewinnen, ganz ohne Kaltakquise. Hätten Sie "
           "diese Woche Zeit für ein kurzes Gespräch?")])
    person("t2", "Laura Brandt", "Neukunden Turbo GmbH", "Beraterin")
    conv("junk", "template_client_acquisition", "de",
         "Vorlage 2/5: gleiche Vorlage, andere Absenderin",
         [("t2", "2024-11-14 09:12", "Hallo Frau Kiefer, bin auf Ihr Profil gestoßen und wirklich beeindruckt, "
           "was Sie beim Bestattungshaus Kiefer geschaffen haben. Wir unterstützen Unternehmen aus der "
           "Region dabei, mit unserem bewährten System monatlich 10-20 Neukunden zu gewinnen, ohne "
           "Kaltakquise. Hätten Sie diese Woche kurz Zeit?")])
    person("t3", "Dennis Krüger", "Leadmaschine.de", "Geschäftsführer")
    conv("junk", "template_client_acquisition", "de",
         "Vorlage 3/5: gleiche Vorlage mit Nachfass",
         [("t3", "2025-01-20 07:45", "Hallo Sabine, ich bin auf dein Profil gestoßen und war beeindruckt, was "
           "du mit dem Bestattungshaus Kiefer aufgebaut hast. Wir helfen Dienstleistern, mit unserem "
           "bewährten System jeden Monat 15+ neue Kunden zu gewinnen, ohne Kaltakquise. Hast du diese Woche "
           "Zeit für ein kurzes Gespräch?"),
          ("t3", "2025-01-27 07:46", "Hallo Sabine, wollte nur sichergehen, dass meine Nachricht nicht "
           "untergegangen ist 🙂")])
    person("t4", "Ryan Mitchell", "ClientFlow Agency", "Growth Partner")
    conv("junk", "template_client_acquisition", "en",
         "template 4/5: same template in English (other language)",
         [("t4", "2025-02-24 06:30", "Hi Sabine, I came across your profile and was impressed by what you've "
           "built at Bestattungshaus Kiefer. We help local businesses win 15-20 new customers every month "
           "with our proven system, no cold calling needed. Would you have time for a quick chat this week?")])
    person("t5", "Sandra Illig", "Umsatzwerk Consulting", "Senior Beraterin")
    conv("junk", "template_client_acquisition", "de",
         "Vorlage 5/5: gekürzte Variante",
         [("t5", "2025-04-15 08:05", "Hallo Frau Kiefer, beeindruckend, was Sie mit Bestattungshaus Kiefer "
           "aufgebaut haben! Wir helfen Unternehmen, monatlich 15-20 Neukunden zu gewinnen, ohne "
           "Kaltakquise. Kurzes Gespräch diese Woche?")])

    person("m1", "Patrick Sommer", "Digitalhelden Agentur", "Kundenberater")
    conv("junk", "merge_tag_failure", "de",
         "leerer Platzhalter {{Vorname}}",
         [("m1", "2024-09-25 10:00", "Hallo {{Vorname}}, ich habe gesehen, dass Ihr Unternehmen in der Branche "
           "{{Branche}} tätig ist. Wir steigern Ihre Sichtbarkeit auf Instagram um 300 %. Interesse an einer "
           "kostenlosen Analyse?")])
    person("m2", "Sarah Lehmann", "Office-Kaffee Direkt", "Vertrieb")
    conv("junk", "merge_tag_failure", "de",
         "Platzhalter [Firmenname] stehen geblieben",
         [("m2", "2024-12-03 11:20", "Sehr geehrte Damen und Herren, gönnen Sie dem Team von [Firmenname] "
           "echten Barista-Kaffee! Unsere Vollautomaten gibt es ab 49 € im Monat inkl. Wartung. Jetzt 4 "
           "Wochen kostenlos testen.")])
    person("m3", "Kevin Arnold", "SolarPro Saar", "Energieberater")
    conv("junk", "merge_tag_failure", "de",
         "falscher Name und falsche Firma",
         [("m3", "2025-03-12 09:00", "Sehr geehrter Herr Becker, als Geschäftsführer der Schreinerei Becker "
           "wissen Sie, wie teuer Strom geworden ist. Mit einer PV-Anlage auf Ihrer Werkhalle sparen Sie bis "
           "zu 70 %. Darf ich Ihnen ein Angebot machen?")])

    person("s1", "Saarfinanz Direkt", "", "",
           url="https://www.linkedin.com/company/saarfinanz-direkt")
    conv("junk", "sponsored_inmail", "de",
         "Sponsored InMail für Firmenkredit",
         [("s1", "2024-10-30 12:00", "<p>Hallo Sabine,</p><p>Investitionen planen? Mit dem "
           "<b>Saarfinanz Unternehmerkredit</b> bis 250.000 € – Zusage in 48 Stunden.</p><p><a href=\"#\">"
           "Jetzt Konditionen prüfen</a></p>")],
         title="Sponsored Conversation", subject="Ihr Unternehmerkredit, Sabine")
    person("s2", "Hochschule Rheinpfalz Weiterbildung", "", "",
           url="https://www.linkedin.com/company/hochschule-rheinpfalz-weiterbildung")
    conv("junk", "sponsored_inmail", "de",
         "Sponsored InMail für berufsbegleitenden MBA",
         [("s2", "2025-01-15 12:00", "<p>Hallo Sabine,</p><p>Berufsbegleitend zum <b>MBA General "
           "Management</b> – online &amp; flexibel. Infoabend am 30. Januar.</p>")],
         title="Sponsored Conversation", subject="Ihr nächster Karriereschritt")
    person("s3", "FleetLease Business", "", "",
           url="https://www.linkedin.com/company/fleetlease-business")
    conv("junk", "sponsored_inmail", "de",
         "Sponsored InMail für E-Auto-Leasing",
         [("s3", "2025-05-07 12:00", "<p>Hallo Sabine,</p><p>Elektro-Firmenwagen ab 199 € netto/Monat. "
           "Jetzt Angebot sichern!</p>")],
         title="Sponsored Conversation", subject="E-Firmenwagen ab 199 €")

    person("a1", "Ralf Decker", "Deutscher Mittelstandspreis Regional", "Jury-Koordination")
    conv("junk", "paid_award", "de",
         "'Auszeichnung' mit Gebühr für das Siegerpaket",
         [("a1", "2024-11-05 10:00", "Sehr geehrte Frau Kiefer, wir freuen uns, Ihnen mitzuteilen, dass das "
           "Bestattungshaus Kiefer als 'Top Bestatter Saarland 2025' ausgezeichnet wurde! Das Siegel, die "
           "Urkunde und die Nutzungsrechte für Ihre Werbung erhalten Sie mit dem Lizenzpaket für 890 € "
           "zzgl. MwSt. Bitte bestätigen Sie bis Monatsende.")])
    person("a2", "Nina Ostermann", "Wirtschaftsmagazin Südwest", "Anzeigenredaktion")
    conv("junk", "paid_feature", "de",
         "redaktionelles 'Portrait' gegen Kostenbeteiligung",
         [("a2", "2025-02-04 14:00", "Liebe Frau Kiefer, für unsere Sonderausgabe 'Familienunternehmen mit "
           "Tradition' würden wir Sie gern porträtieren. Für Satz und Fotograf fällt eine "
           "Kostenbeteiligung von 1.490 € an (ganze Seite). Darf ich Ihnen die Mediadaten schicken?"),
          ("a2", "2025-02-18 14:00", "Liebe Frau Kiefer, Redaktionsschluss ist nächste Woche. Soll ich Ihnen "
           "einen Platz reservieren?")])
    person("a3", "Timo Reuter", "Unternehmer-Talk Podcast", "Produzent")
    conv("junk", "paid_podcast_slot", "de",
         "Podcast-Gastauftritt gegen Gebühr",
         [("a3", "2025-03-26 16:00", "Hi Sabine! Unser Host würde dich gern als Gast im Unternehmer-Talk "
           "haben, 50.000 Hörer monatlich! Für Produktion und Reichweiten-Paket berechnen wir einmalig 590 €. "
           "Sollen wir einen Termin machen?")])

    person("g1", "Marco Engel", "SEO Rakete", "SEO-Experte")
    conv("junk", "generic_seo", "de",
         "generisches SEO-Angebot (Gegenstück zur konkreten Webdesignerin)",
         [("g1", "2024-10-16 05:55", "Hallo, ich habe Ihre Website analysiert und einige Fehler gefunden, die "
           "Ihr Google-Ranking beeinträchtigen. Ich bringe Sie auf Seite 1 bei Google. Soll ich Ihnen den "
           "kostenlosen Report schicken?")])
    person("g2", "Julia Frank", "BewertungsBoost", "Kundenservice")
    conv("junk", "generic_reviews", "de",
         "Google-Bewertungen kaufen",
         [("g2", "2024-12-18 03:10", "Guten Tag! Mehr 5-Sterne-Bewertungen = mehr Kunden. Wir liefern echte "
           "Google-Bewertungen ab 9,90 € pro Stück, 100 % sicher. Jetzt Paket wählen!")])
    person("g3", "Christian Wolf", "Lead-Partner Süd", "Vertriebsleiter")
    conv("junk", "capacity_for_new_clients", "de",
         "taktlose Frage nach 'Kapazitäten für neue Kunden' mit Sterbefall-Leads",
         [("g3", "2025-01-08 08:30", "Hallo Frau Kiefer, kurze Frage: Haben Sie aktuell Kapazitäten für neue "
           "Kunden? Wir generieren qualifizierte Sterbefall-Leads in Ihrer Region, exklusiv für einen "
           "Bestatter pro PLZ-Gebiet. Nur 49 € pro Lead. Interesse?")])
    person("g4", "Stefan Busch", "Günstig-Bestattung24", "Partnermanager")
    conv("junk", "offers_what_she_sells", "de",
         "Online-Discount-Bestatter bietet ihr genau ihre eigene Leistung an",
         [("g4", "2025-02-12 10:00", "Sehr geehrte Damen und Herren, Bestattungen bundesweit ab 699 € "
           "Festpreis! Vermitteln Sie Anfragen, die Ihnen zu klein sind, an uns und erhalten Sie 50 € "
           "Provision. Oder nutzen Sie unsere Überführungs- und Bestattungsleistungen für Ihre eigenen "
           "Kunden zum Partnerpreis.")])
    person("g5", "Thorsten Kraus", "", "Unternehmer | Mentor | Investor")
    conv("junk", "like_minded_entrepreneurs", "de",
         "'Gleichgesinnte Unternehmer vernetzen' mit Mastermind-Angebot",
         [("g5", "2024-09-17 19:00", "Hallo Sabine, ich vernetze mich gerne mit gleichgesinnten "
           "Unternehmerinnen und Unternehmern, die etwas bewegen wollen! Ich leite eine Mastermind-Gruppe "
           "für Inhaber im Mittelstand. Lass uns doch mal austauschen, vielleicht ergeben sich Synergien.")])
    person("g6", "Benjamin Horn", "Horn Business Solutions", "Managing Partner")
    conv("junk", "quick_15_minute_call", "de",
         "'kurzes 15-Minuten-Telefonat' ohne Inhalt",
         [("g6", "2025-03-18 07:30", "Hallo Frau Kiefer, hätten Sie diese Woche 15 Minuten für ein kurzes "
           "Telefonat? Ich würde gern verstehen, wie Sie aktuell aufgestellt sind, und ein paar Ideen "
           "teilen, die anderen Unternehmern geholfen haben. Dienstag oder Donnerstag?")])
    person("g7", "Vanessa Pohl", "Pohl Coaching", "Business Coach für Frauen",
           connected="2024-11-11", invite=("IN", "2024-11-10 20:45", "Liebe Sabine, ich würde mich gern mit dir vernetzen!"))
    conv("junk", "connect_then_pitch", "de",
         "vernetzt sich, Smalltalk, Sabine antwortet, dann Coaching-Angebot",
         [("g7", "2024-11-11 09:00", "Danke fürs Vernetzen, liebe Sabine! Wie schön, eine Unternehmerin in "
           "dritter Generation. Wie gehst du mit dem Druck um, das Familienerbe weiterzuführen?"),
          ("me", "2024-11-11 12:00", "Hallo Vanessa, man wächst hinein. Mein Vater ist zum Glück noch oft da."),
          ("g7", "2024-11-12 08:30", "Das klingt schön! Viele Nachfolgerinnen fühlen sich trotzdem "
           "ausgebrannt. In meinem 8-Wochen-Programm 'Erbe mit Leichtigkeit' lernst du, loszulassen und "
           "dein Business mit Freude zu führen. Ich hab noch 2 Plätze, magst du ein kostenloses "
           "Erstgespräch?")])
    person("g8", "Markus Ott", "Ott Vermögensberatung", "Finanzberater",
           connected="2025-02-20", invite=("IN", "2025-02-19 18:10", ""))
    conv("junk", "connect_then_pitch", "de",
         "vernetzt sich, Frage nach dem Wochenende, Pitch in Nachricht 2",
         [("g8", "2025-02-20 08:15", "Hallo Frau Kiefer, danke für die Vernetzung! Waren Sie am Wochenende auch "
           "beim Fastnachtsumzug in Dudweiler?"),
          ("g8", "2025-02-22 08:20", "Übrigens, ich berate Unternehmerinnen zur Altersvorsorge und "
           "Unternehmensnachfolge, steuerlich optimiert. Darf ich Ihnen einen unverbindlichen Check anbieten?")])
    person("g9", "Lisa Neumann", "Social Media Manufaktur", "Social-Media-Managerin",
           connected="2025-04-22", invite=("IN", "2025-04-21 21:30", "Hallo Sabine, toller Beitrag!"))
    conv("junk", "connect_then_pitch", "de",
         "vernetzt sich, Kompliment, Sabine dankt, Pitch in Nachricht 3",
         [("g9", "2025-04-22 10:00", "Hi Sabine, dein Beitrag zum Jubiläum hat mich echt berührt 😍"),
          ("me", "2025-04-22 11:00", "Danke schön!"),
          ("g9", "2025-04-23 09:00", "Gerne! Ich betreue Social Media für Bestatter (Reels, TikTok, "
           "Storytelling). Ein Bestatter aus Bayern hat mit uns 1 Mio. Views erreicht! Wollen wir mal "
           "telefonieren?")])

    person("b1", "Oliver Mertens", "CyberSchutz Mittelstand", "IT-Sicherheitsberater")
    conv("junk", "follow_up_bumps", "de",
         "dreimaliges Nachfassen ohne Antwort (IT-Sicherheit)",
         [("b1", "2024-12-04 09:00", "Guten Tag Frau Kiefer, kleine Unternehmen sind das Hauptziel von "
           "Hackern. Wir bieten einen IT-Sicherheitscheck für KMU an. Darf ich Ihnen Infos schicken?"),
          ("b1", "2024-12-11 09:00", "Guten Tag Frau Kiefer, ich wollte kurz nachfassen. Haben Sie meine "
           "Nachricht gesehen?"),
          ("b1", "2024-12-18 09:00", "Frau Kiefer, da ich nichts von Ihnen gehört habe, gehe ich davon aus, "
           "dass das Thema aktuell keine Priorität hat. Soll ich mich im neuen Jahr noch einmal melden?")])
    person("b2", "Jessica Haas", "Mitarbeiter-Benefits Plus", "Account Managerin")
    conv("junk", "follow_up_bumps", "de",
         "Nachfassen ohne Antwort (Mitarbeiter-Benefits)",
         [("b2", "2025-04-07 10:00", "Hallo Frau Kiefer, binden Sie Ihre Mitarbeitenden mit steuerfreien "
           "Sachbezügen bis 50 € im Monat. Unsere Benefit-Karte ist in 5 Minuten eingerichtet."),
          ("b2", "2025-04-14 10:00", "Hallo Frau Kiefer, ich bringe meine Nachricht nochmal nach oben 🙂")])

    person("f1", "Alexander Brück", "Brück & Partner Strategieberatung", "Partner")
    conv("junk", "fluent_names_company_generic", "de",
         "flüssig formulierter Pitch, nennt ihre Firma, passt auf jede",
         [("f1", "2025-01-29 11:00", "Sehr geehrte Frau Kiefer, das Bestattungshaus Kiefer steht seit "
           "Jahrzehnten für Qualität und Vertrauen, das sieht man sofort. Gerade Traditionsunternehmen "
           "stehen heute vor der Herausforderung, Bewährtes zu bewahren und gleichzeitig zukunftsfähig zu "
           "werden. Wir begleiten Familienunternehmen dabei, Strategie, Prozesse und Führung neu "
           "auszurichten. Wäre es für das Bestattungshaus Kiefer interessant, darüber ins Gespräch zu kommen?")])

    person("k1", "Peter Schwab", "Fachkräfte International GmbH", "Recruiting")
    conv("junk", "generic_recruiter_counterpart", "de",
         "generisches Fachkräfte-aus-dem-Ausland-Angebot (Gegenstück zum Branchen-Personalberater)",
         [("k1", "2025-05-13 08:00", "Sehr geehrte Damen und Herren, Fachkräftemangel? Wir vermitteln "
           "motivierte Fachkräfte aus Vietnam, Indien und den Philippinen für alle Branchen: Pflege, "
           "Handwerk, Gastronomie, Logistik. Jetzt kostenloses Erstgespräch buchen!")])
    person("k2", "Wang Li", "Jiangsu Memorial Products Co., Ltd.", "Sales Manager")
    conv("junk", "generic_urn_wholesale_counterpart", "en",
         "mass-mailed urn wholesaler (counterpart of the regional manufacturer)",
         [("k2", "2025-03-03 02:20", "Dear Purchasing Manager, we are professional manufacturer of cremation "
           "urns, caskets and pet urns with 15 years experience. Best price, OEM welcome, MOQ 50 pcs. "
           "Please check our catalogue and reply for price list.")])
    person("k3", "Daniel Voss", "WebStar Agentur", "Projektleiter")
    conv("junk", "generic_website", "de",
         "generischer Website-Relaunch",
         [("k3", "2024-11-26 06:40", "Guten Tag, Ihre Website ist nicht mehr zeitgemäß und verliert Kunden. Wir "
           "erstellen Ihnen eine moderne Website ab 1.999 €, fertig in 14 Tagen. Darf ich Ihnen Beispiele "
           "zeigen?")])
    person("k4", "Manuel Kaya", "KI-Assist Pro", "Gründer")
    conv("junk", "generic_ai_chatbot", "de",
         "KI-Chatbot für 'jedes Unternehmen'",
         [("k4", "2025-05-21 15:15", "Hallo Sabine, stell dir vor, ein KI-Assistent beantwortet 24/7 alle "
           "Kundenanfragen auf deiner Website! Unsere Kunden sparen 20 Stunden pro Woche. Kostenlos testen?")])
    person("k5", "Yacht Charter Mediterranean", "Blue Horizon Charter", "Sales")
    conv("junk", "off_topic_product", "en",
         "off-topic: yacht charter",
         [("k5", "2024-08-20 13:00", "Hello! Treat your team or your best clients to an unforgettable week on "
           "a luxury yacht in Croatia. Corporate packages from 12,000 EUR. Book now for 2025 and save 15%.")])
    person("k6", "Tobias Keller", "Keller Energieberatung", "Energieberater")
    conv("junk", "generic_energy", "de",
         "generischer Strompreis-Vergleich",
         [("k6", "2025-02-26 09:30", "Guten Tag, zahlen Sie zu viel für Strom und Gas? Wir vergleichen kostenlos "
           "über 900 Anbieter für Gewerbekunden. Sparen Sie bis zu 30 %. Schicken Sie mir einfach Ihre "
           "letzte Abrechnung.")])
    person("k7", "Andrea Lorenz", "Trauerportal-Premium", "Vertrieb")
    conv("junk", "generic_online_portal", "de",
         "Gedenkportal-Listing gegen Jahresgebühr, an alle Bestatter",
         [("k7", "2024-10-01 08:00", "Sehr geehrte Bestatterinnen und Bestatter, werden Sie Premium-Partner "
           "auf Deutschlands Trauerportal Nr. 1! Für nur 79 € im Monat erscheint Ihr Haus ganz oben bei "
           "jeder Traueranzeige in Ihrer Region.")])
    person("k8", "Igor Sokolov", "", "Investor")
    conv("junk", "off_topic_crypto", "de",
         "Krypto-'Gelegenheit'",
         [("k8", "2025-04-30 23:10", "Hallo liebe Sabine, wie geht es dir? Ich möchte dir eine Plattform zeigen, "
           "mit der ich jeden Monat 20 % verdiene. Hast du Interesse?")])
    person("k9", "Felix Brenner", "Brenner Reinigungsservice", "Inhaber")
    conv("junk", "generic_cleaning", "de",
         "generisches Büroreinigungsangebot",
         [("k9", "2025-01-14 07:00", "Guten Tag, wir reinigen Büros und Gewerbeflächen im ganzen Saarland, "
           "zuverlässig und günstig. Gern erstellen wir Ihnen ein kostenloses Angebot.")])
    person("k10", "Sophie Hartung", "Tagungshotel Schwarzwald", "Sales Managerin")
    conv("junk", "generic_event_venue", "de",
         "Tagungshotel-Werbung",
         [("k10", "2025-03-31 10:30", "Liebe Frau Kiefer, planen Sie Ihre nächste Teamklausur? Unser "
           "Tagungshotel im Schwarzwald bietet Pauschalen ab 149 € pro Person und Tag. Jetzt "
           "Frühbucherrabatt sichern!")])
    person("k11", "Emily Carter", "GlobalTalent Sourcing", "Talent Partner")
    conv("junk", "irrelevant_recruiter", "en",
         "irrelevant role (SAP consultant) in English",
         [("k11", "2024-12-09 11:45", "Hi Sabine, I have an exciting opportunity for a Senior SAP S/4HANA FI/CO "
           "Consultant with a leading client in Frankfurt. Fully remote possible. Are you open to new "
           "challenges?")])
    person("k12", "Robert Klein", "Leasing-Direkt Gewerbe", "Gebietsleiter")
    conv("junk", "generic_leasing", "de",
         "generisches Leasing-Angebot",
         [("k12", "2025-05-26 09:00", "Guten Tag Frau Kiefer, Kopierer, IT oder Maschinen: Wir leasen alles für "
           "Gewerbetreibende, schnell und unkompliziert. Darf ich Ihnen unser Angebot schicken?")])
    person("k13", "Laura Schuster", "Trauerfeier-Events GmbH", "Partnerbetreuung")
    conv("junk", "offers_what_she_sells", "de",
         "bietet ihr 'Organisation von Trauerfeiern' an, also ihr eigenes Kerngeschäft",
         [("k13", "2025-04-09 12:00", "Hallo, entlasten Sie sich! Wir organisieren komplette Trauerfeiern "
           "inklusive Redner, Musik, Blumen und Catering, deutschlandweit. Sie als Unternehmen profitieren "
           "von attraktiven Partnerkonditionen. Rufen Sie uns an!")])
    return ex


def main() -> None:
    ex = build()
    ex.write(HERE.parents[1] / SLUG,
             profile={"First Name": "Sabine", "Last Name": "Kiefer",
                      "Headline": "Inhaberin Bestattungshaus Kiefer | Bestattermeisterin in dritter Generation "
                                  "| Saarbrücken",
                      "Summary": "Seit 1955 begleiten wir Familien in Saarbrücken und Umgebung im Trauerfall. "
                                 "Erd-, Feuer-, See- und Baumbestattungen, Überführungen im In- und Ausland, "
                                 "Bestattungsvorsorge, eigener Abschiedsraum. Tag und Nacht erreichbar.",
                      "Industry": "Consumer Services", "Zip Code": "66115",
                      "Geo Location": "Saarbrücken, Saarland, Deutschland",
                      "Websites": "[COMPANY:bestattungshaus-kiefer.de]"},
             positions=[{"Company Name": "Bestattungshaus Kiefer", "Title": "Inhaberin",
                         "Description": "Familienunternehmen in dritter Generation.",
                         "Location": "Saarbrücken", "Started On": "Jan 2012", "Finished On": ""},
                        {"Company Name": "Bestattungshaus Kiefer", "Title": "Bestattermeisterin",
                         "Description": "", "Location": "Saarbrücken", "Started On": "Aug 2004",
                         "Finished On": "Dec 2011"}],
             skills=["Bestattungen", "Trauerbegleitung", "Bestattungsvorsorge", "Überführungen",
                     "Thanatopraxie", "Unternehmensführung"])
    print(ex.summary())


if __name__ == "__main__":
    main()

"""Held-out persona 8c: general manager of a Viennese chamber orchestra (2018 layout).

Written blind to the detector (session 2). Austrian German and English, some threads switch
language. The 2018 layout has subjects on every row; every (partner, subject) pair is unique.
Every message is original.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "mixed-orchestra-manager-vienna"

owner = Person("me", "Johanna Leitner", "https://www.linkedin.com/in/johanna-leitner-camerata",
               "Camerata Wieden", "Geschäftsführerin / General Manager")
x = Export("mixed-orchestra-manager-vienna", "2018", owner)
p, c = x.person, x.conv

# ------------------------------------------------------------------ genuine
p("agent1", "Harriet Sloane", "Sloane Artists Management, London", "Senior Artist Manager", connected="2015-10-05")
c("genuine", "soloist_agent", "en", "London agent proposes violinist, fee range, two-way", [
    ("agent1", "2018-01-16 11:20", "Dear Johanna, following our chat in Berlin: Mira Castellano would love to play the Haydn C major concerto with Camerata in the 2019/20 season. She has a window in late November 2019. Her fee for chamber orchestras is in the range of €6,000–7,500. Would that work for your budget? Happy to discuss on a call."),
    ("me", "2018-01-17 09:05", "Dear Harriet, lovely to hear. November is tight but possible. €6,000 would be our ceiling. Could you hold 21–23 November for us until end of February?"),
    ("agent1", "2018-01-17 14:40", "Held until 28 February. I'll talk to Mira about the fee."),
], subject="Mira Castellano – Haydn 2019/20")

p("agent2", "Dr. Wolfgang Pichler", "Konzertdirektion Pichler", "Geschäftsführer", connected="2009-04-14")
c("genuine", "soloist_agent", "de", "Wiener Agentur: Termin-Option Pianistin, von Owner begonnen", [
    ("me", "2017-09-04 10:00", "Lieber Herr Dr. Pichler, hätte Frau Aigner am 14. April 2018 Zeit für Mozart KV 414 mit uns im Brahms-Saal? Herzliche Grüße, Johanna Leitner"),
    ("agent2", "2017-09-05 16:30", "Liebe Frau Leitner, ja, der 14. April ist frei. Ich setze eine Option bis Ende Oktober. Honorar wie beim letzten Mal, plus Anreise aus Salzburg. Beste Grüße, W. Pichler"),
    ("me", "2017-09-05 17:10", "Wunderbar, dann fixieren wir das im Oktober nach der Vorstandssitzung."),
], subject="Aigner / KV 414")

p("agent3", "Sophie Brandauer", "Kunstler Management Berlin", "Artist Manager", connected="2016-06-20")
c("genuine", "soloist_agent", "de", "Agentur meldet Programmänderung des Cellisten", [
    ("agent3", "2018-03-02 09:45", "Liebe Johanna, Jonas Ferber möchte statt Haydn D-Dur lieber das C-Dur-Konzert spielen – er hat sich beim Skifahren die Hand leicht verstaucht und will keine Daumenlagen-Marathons riskieren. Ist das für euch machbar? Das Orchestermaterial schicke ich gern mit. LG Sophie"),
    ("me", "2018-03-02 11:20", "Oje, gute Besserung an Jonas! C-Dur geht, nur die Programmhefte sind schon in Druck – ich kläre das mit der Druckerei."),
], subject="Ferber – Programmänderung")

p("sponsor", "Mag. Gerald Huber", "Donau Privatbank", "Leiter Marketing & Sponsoring", connected="2012-11-08")
c("genuine", "sponsor", "de", "Sponsor verlängert, spricht über Betrag und Gegenleistungen", [
    ("sponsor", "2018-06-12 15:00", "Liebe Frau Leitner, der Vorstand hat die Verlängerung unseres Sponsorings für 2019 und 2020 freigegeben, wieder 35.000 € pro Saison. Als Gegenleistung wünschen wir uns wie bisher Logo im Programmheft, 40 Freikarten und ein Kundenkonzert im Herbst. Sollen wir uns kurz auf einen Kaffee treffen, um den Vertrag durchzugehen?"),
    ("me", "2018-06-12 17:30", "Lieber Herr Huber, das ist eine wunderbare Nachricht – danke! Kaffee sehr gern, Donnerstag um 10 im Café Wortner?"),
    ("sponsor", "2018-06-13 08:15", "Donnerstag 10 Uhr, passt."),
], subject="Sponsoring 2019/2020")

p("gala", "Elisabeth Wurm", "Alpenglas AG", "Head of Corporate Communications", connected="2018-04-03",
  invite=("IN", "2018-04-03 09:10", "Anfrage Firmenkonzert"))
c("genuine", "inbound_lead", "de", "Firma will Orchester für Jubiläumsgala buchen, Preis, Call", [
    ("gala", "2018-04-03 09:30", "Sehr geehrte Frau Leitner, wir feiern im Oktober 100 Jahre Alpenglas und würden gern die Camerata Wieden für ein 45-minütiges Programm bei unserer Gala im Palais engagieren (ca. 300 Gäste). Was würde das ungefähr kosten, und hätten Sie nächste Woche Zeit für ein kurzes Telefonat?"),
    ("me", "2018-04-03 11:00", "Sehr geehrte Frau Wurm, danke für die Anfrage! Für Streicherbesetzung (15 Musiker:innen) rechnen Sie mit etwa 12.000–14.000 € netto inkl. Proben. Telefonat gern Dienstag 14 Uhr."),
], subject="Jubiläumsgala Oktober")

p("fest1", "Mag. Barbara Kofler", "Kärntner Seefestspiele", "Intendantin", connected="2014-07-22")
c("genuine", "festival", "de", "Festival lädt zum Gastspiel ein, Honorar", [
    ("fest1", "2017-10-18 13:00", "Liebe Johanna, wir würden euch gern im Juli 2018 zu den Seefestspielen einladen: ein Abend im Stift, Thema 'Wiener Klassik'. Wir können 18.000 € plus Unterkunft bieten. Habt ihr am 20. oder 21. Juli Zeit?"),
    ("me", "2017-10-18 18:40", "Liebe Barbara, wie schön! 21. Juli ginge. Ich schicke dir nächste Woche einen Programmvorschlag."),
], subject="Gastspiel Sommer 2018")

p("fest2", "Tomaž Zupan", "Lake Bled Summer Music Festival", "Artistic Director")
c("genuine", "festival", "en", "foreign festival invitation landed in SPAM", [
    ("fest2", "2018-02-08 21:15", "Dear Ms Leitner, I heard your Haydn programme at the Brahms-Saal in November and was very impressed. Our festival would be honoured to host Camerata Wieden on 10 August 2018. We can offer a fee of €9,000, travel and accommodation. Could we speak on the phone about it?"),
], folder="SPAM", subject="Invitation Bled 2018")

p("ma7", "Dr. Renate Schuster", "Stadt Wien – Kulturabteilung (MA 7)", "Referentin Musik", connected="2013-02-11")
c("genuine", "city_culture", "de", "Kulturabteilung: Förderansuchen unvollständig", [
    ("ma7", "2017-11-21 10:30", "Sehr geehrte Frau Mag. Leitner, zu Ihrem Ansuchen um Jahresförderung 2018 fehlen uns noch der Finanzplan mit Eigeneinnahmen sowie der Tätigkeitsbericht 2016. Bitte reichen Sie beides bis 15. Dezember nach. Mit freundlichen Grüßen, R. Schuster"),
    ("me", "2017-11-21 14:00", "Sehr geehrte Frau Dr. Schuster, danke für den Hinweis, beides kommt diese Woche per Post und Mail."),
], subject="Jahresförderung 2018")
c("genuine", "city_culture", "de", "Kulturabteilung: Förderzusage", [
    ("ma7", "2018-03-15 09:00", "Sehr geehrte Frau Mag. Leitner, ich darf Ihnen vorab mitteilen, dass der Gemeinderatsausschuss Ihre Förderung für 2018 in Höhe von 120.000 € genehmigt hat. Der Bescheid folgt schriftlich."),
    ("me", "2018-03-15 09:20", "Das ist eine große Erleichterung – herzlichen Dank!"),
], subject="Förderzusage 2018")

p("journ1", "Martin Gruber-Haas", "Wiener Kulturblatt", "Musikkritiker", connected="2016-01-15")
c("genuine", "journalist", "de", "Journalist bittet um Interview zur Saison", [
    ("journ1", "2018-05-07 12:00", "Grüß Gott Frau Leitner, ich plane ein Porträt über freie Orchester in Wien und ihre Finanzierung. Hätten Sie nächste Woche eine Stunde Zeit? Gern in Ihrem Probenlokal."),
    ("me", "2018-05-07 16:00", "Lieber Herr Gruber-Haas, gern – Mittwoch 11 Uhr nach der Probe?"),
], subject="Porträt freie Orchester")

p("journ2", "Eleanor Whitby", "Strings & Stage Magazine", "Reviews Editor", connected="2017-05-30")
c("genuine", "journalist", "en", "English magazine asks for review copy", [
    ("journ2", "2017-05-30 16:00", "Dear Johanna, we'd like to review your new Haydn recording in our September issue. Could your label send two review copies to our London office? Thanks, Eleanor"),
    ("me", "2017-05-31 09:00", "Dear Eleanor, wonderful, I've asked the label to send them this week."),
], subject="Haydn CD review")

p("oboe", "Klaus Rainer", "Camerata Wieden", "Solo-Oboist", connected="2011-09-01")
c("genuine", "musician", "de", "Oboist krank, Ersatz", [
    ("oboe", "2018-02-19 07:30", "Hallo Johanna, ich hab seit gestern eine Sehnenscheidenentzündung, Arzt sagt 2 Wochen Pause. Für die Proben ab Donnerstag kann ich nicht. Die Lena Moser würde einspringen, ich hab sie schon gefragt. Passt das für dich?"),
    ("me", "2018-02-19 08:10", "Gute Besserung, Klaus! Ja, Lena ist super. Ich schicke ihr den Vertrag."),
], subject="krank")

p("konzm", "Anna Petrović", "Camerata Wieden", "Konzertmeisterin", connected="2010-09-01")
c("genuine", "musician", "mixed", "Konzertmeisterin, Deutsch mit englischen Fachwörtern", [
    ("konzm", "2018-09-10 22:00", "Johanna, kurze Frage zum Dezember-Programm: wenn wir Britten Simple Symphony spielen, brauchen wir für den 'Playful Pizzicato'-Satz wirklich die volle Besetzung oder machen wir one-per-part? Ich finde one-per-part klingt more transparent in dem Saal. Was meint der Dirigent?"),
    ("me", "2018-09-11 09:00", "Er will volle Besetzung, aber ich sag ihm deine Idee – probiert es bei der ersten Probe aus."),
], subject="Britten Besetzung")

p("viola", "Ji-woo Park", "", "Violist", connected="2018-07-02",
  invite=("IN", "2018-07-02 03:00", "Application for the viola audition"))
c("genuine", "applicant", "en", "audition applicant from abroad", [
    ("viola", "2018-07-02 03:20", "Dear Ms Leitner, I would like to apply for the tutti viola audition on 15 September. I studied at the Mozarteum and now play in Seoul. Is it possible to send a video for the first round, as travel is expensive? Thank you very much."),
    ("me", "2018-07-02 09:30", "Dear Ms Park, yes, for applicants from outside Europe we accept a video for round one. Details follow by e-mail."),
], subject="Viola audition September")

p("prakt", "Lukas Weninger", "mdw Wien", "Student Kulturmanagement", connected="2018-01-29")
c("genuine", "applicant", "de", "Student fragt nach Praktikum", [
    ("prakt", "2018-01-29 13:00", "Sehr geehrte Frau Mag. Leitner, ich studiere Kulturmanagement an der mdw und suche ab März ein Praktikum (3 Monate). Ich habe selbst lange Cello gespielt und würde gern im Orchestermanagement mitarbeiten. Hätten Sie dafür eine Möglichkeit?"),
], subject="Praktikum ab März")

for key, name, when, text in [
    ("dank1", "Helga Oberhuber", "2018-11-26 21:00", "Liebe Frau Leitner, danke für das wunderbare Benefizkonzert gestern für das Kinderhospiz! Ein berührender Abend. Herzliche Grüße, Helga Oberhuber"),
    ("dank2", "Peter Grünwald", "2018-11-26 22:15", "Sehr geehrte Frau Leitner, herzlichen Dank für das wunderbare Benefizkonzert zugunsten des Kinderhospizes. Ein sehr berührender Abend! Mit besten Grüßen, P. Grünwald"),
    ("dank3", "Maria Steindl", "2018-11-27 08:30", "Liebe Frau Leitner, vielen Dank für das berührende Benefizkonzert gestern fürs Kinderhospiz. Ein wunderbarer Abend! Liebe Grüße, Maria"),
]:
    p(key, name, "", "", connected=when[:10])
    c("genuine", "thanks", "de", "fast gleiche Dankesnachricht nach Benefizkonzert", [(key, when, text)],
      subject="Benefizkonzert")

p("fan", "Dr. Herbert Wallner", "", "Abonnent", connected="2016-12-01")
c("genuine", "audience", "de", "Abonnent gratuliert zum Haydn-Zyklus", [
    ("fan", "2017-11-13 20:00", "Sehr geehrte Frau Leitner, seit 30 Jahren gehe ich in Konzerte, aber selten war ein Haydn so frisch wie gestern. Bitte richten Sie dem Orchester meinen Dank aus. Das Abo für nächstes Jahr ist schon bestellt."),
], subject="Haydn gestern")

p("venue", "Sabine Leeb", "Brahms-Saal Vermietung", "Disposition", connected="2012-05-05")
c("genuine", "venue", "de", "Saaldisposition: Termine Saison 2019/20", [
    ("venue", "2018-04-20 11:00", "Liebe Frau Leitner, für die Saison 2019/20 kann ich Ihnen folgende Termine anbieten: 12.10., 23.11., 18.1., 7.3. und 9.5. Bitte um Rückmeldung bis 15. Mai, danach gebe ich sie frei. Miete wie 2018/19."),
    ("me", "2018-04-23 10:00", "Liebe Frau Leeb, wir nehmen alle fünf. Vertrag bitte an die Büroadresse."),
], subject="Termine 2019/20")

p("druck", "Gerhard Fink", "Druckerei Fink", "Kundenbetreuung", connected="2014-02-02")
c("genuine", "vendor_existing", "de", "eigene Druckerei: Programmheft-Korrektur", [
    ("druck", "2018-03-02 15:00", "Frau Leitner, ich hab die Korrektur mit dem C-Dur-Konzert eingebaut. Druck verschiebt sich um einen Tag, Auslieferung Mittwoch statt Dienstag. Mehrkosten keine. LG Fink"),
    ("me", "2018-03-02 15:20", "Sie sind ein Schatz, danke!"),
], subject="Programmheft März")

p("ticket", "Daniel Hofer", "KartenKasse Software", "Support", connected="2016-08-10")
c("genuine", "vendor_existing", "de", "eigener Ticketing-Anbieter: Abo-Verlängerung", [
    ("ticket", "2018-05-22 09:00", "Guten Morgen Frau Leitner, die Abo-Verlängerungsmails für 2018/19 sind für 1. Juni eingeplant. Bitte prüfen Sie bis Freitag die Preise im System – die Kategorie 3 steht noch auf dem alten Wert."),
    ("me", "2018-05-22 10:30", "Danke, Kategorie 3 ist korrigiert (32 €)."),
], subject="Abo-Verlängerung 2018/19")

p("trans", "Pieter Claessens", "Stage Cargo Europe", "Tour Logistics", connected="2017-06-06")
c("genuine", "vendor_existing", "mixed", "eigener Instrumententransport für Tournee, Deutsch/Englisch", [
    ("trans", "2018-07-10 10:00", "Hi Johanna, for the Bled concert: truck leaves Vienna 9 August 07:00, the cases must be ready at 06:30. Kontrabass-Flightcases bitte mit Namen beschriften, last time we had confusion. Best, Pieter"),
    ("me", "2018-07-10 11:00", "Alles klar, Pieter, cases will be labelled. Danke!"),
], subject="Transport Bled")

p("vorstand", "Dr. Christoph Mayr", "Camerata Wieden (Vorstand)", "Präsident des Vereins", connected="2008-01-10")
p("donor", "Ingeborg Fellner", "", "Mäzenin")
c("genuine", "intro", "de", "Präsident stellt Mäzenin vor (Gruppe)", [
    ("vorstand", "2018-09-25 18:00", "Liebe Johanna, liebe Frau Fellner, ich verbinde Sie beide wie besprochen. Frau Fellner interessiert sich dafür, eine Patenschaft für unsere Nachwuchsakademie zu übernehmen."),
    ("donor", "2018-09-26 09:30", "Liebe Frau Leitner, danke, Christoph! Ich würde gern mehr über die Akademie erfahren und vielleicht eine Probe besuchen."),
    ("me", "2018-09-26 10:15", "Liebe Frau Fellner, es wäre mir eine Freude! Am 3. Oktober proben wir Mozart, ab 10 Uhr in der Wiedner Hauptstraße."),
], subject="Vorstellung Frau Fellner")

p("composer", "Liam O'Rourke", "", "Composer", connected="2017-03-12")
c("genuine", "composer", "en", "composer sends score for premiere", [
    ("composer", "2018-08-30 23:40", "Dear Johanna, the score of 'Danube Fragments' is finished — finally! 11 minutes, strings plus harp as we agreed. Parts will be ready by 20 September. I'm nervous and excited. Can I come to the first rehearsal?"),
    ("me", "2018-08-31 08:30", "Liam, congratulations! Of course, we'd love to have you there."),
], subject="Danube Fragments score")

p("asst", "Mathilde Roux", "", "Assistant to the conductor", connected="2018-01-05")
c("genuine", "colleague", "mixed", "Dirigentenassistentin, englisch mit deutschen Einschüben", [
    ("asst", "2018-01-05 12:00", "Hallo Johanna! Maestro asks if we can move the Generalprobe on 11 January to 14:00, he has a Vorsingen in the morning. Sorry for the short notice, danke!"),
    ("me", "2018-01-05 12:40", "Hallo Mathilde, 14:00 geht, I'll tell the orchestra."),
], subject="Generalprobe 11.1.")

p("mdw", "Univ.-Prof. Elena Stadler", "mdw Wien", "Professorin Violine", connected="2013-10-10")
c("genuine", "cooperation", "de", "Musikuniversität: Kooperation Meisterkurs", [
    ("mdw", "2017-12-05 14:00", "Liebe Johanna, hättet ihr Lust, im Mai einen gemeinsamen Orchesterworkshop mit meinen Studierenden zu machen? Drei Tage Proben mit euren Stimmführer:innen, Abschlusskonzert im Joseph-Haydn-Saal. Die Uni übernimmt die Kosten."),
], subject="Orchesterworkshop Mai")

p("embassy", "Haruka Tanaka", "Embassy of Japan in Austria", "Cultural Attaché", connected="2018-10-01")
c("genuine", "event_invite", "en", "embassy invitation to reception", [
    ("embassy", "2018-10-01 10:00", "Dear Ms Leitner, on behalf of the Ambassador I would like to invite you to a reception on 6 November celebrating 150 years of Austrian-Japanese friendship. A formal invitation will follow by post."),
], subject="Reception 6 November")

p("peer", "Kristina Lind", "Nordic Chamber Orchestra", "General Manager", connected="2015-03-03")
c("genuine", "peer", "en", "owner asks peer about touring China", [
    ("me", "2018-06-20 20:00", "Hi Kristina, we've got an offer from a promoter for a China tour in 2019. You did one two years ago — any advice? Honest answers welcome."),
    ("peer", "2018-06-21 08:30", "Hi Johanna! Get 50% upfront, insist on a local tour manager, and check the halls' air humidity for the instruments. Ours was great artistically but we nearly lost money on freight. Call me anytime."),
], subject="China tour advice")

p("ton", "Reinhard Lechner", "Lechner Tonstudio", "Toningenieur", connected="2011-11-11")
c("genuine", "requested_quote", "de", "Owner fragt Tonmeister nach Angebot", [
    ("me", "2018-02-26 11:00", "Lieber Reinhard, wir möchten das Konzert am 14. April mitschneiden, für eine spätere CD. Kannst du mir ein Angebot machen?"),
    ("ton", "2018-02-26 18:20", "Servus Johanna, Mitschnitt Konzert + Generalprobe, Schnitt und Mastering: 3.800 € netto. Wenn ihr noch eine Korrektursession wollt, plus 600."),
], subject="Mitschnitt 14. April")

p("radio", "Mag. Florian Steiner", "Radio Klassik Wien", "Redakteur Konzertübertragungen", connected="2016-04-04")
c("genuine", "broadcaster", "de", "Radio will Konzert übertragen, spricht über Senderechte", [
    ("radio", "2018-09-03 13:00", "Liebe Frau Leitner, wir würden gern die Uraufführung von 'Danube Fragments' im Oktober live übertragen. Für Senderechte zahlen wir wie üblich die Pauschale laut Rahmenvertrag. Könnten wir kurz telefonieren, um die Technik zu klären?"),
    ("me", "2018-09-03 15:00", "Sehr gern, Herr Steiner! Morgen ab 10 Uhr erreichbar."),
], subject="Übertragung Uraufführung")

p("excol", "Sarah Lindemann", "Salzburger Kammerphilharmonie", "Marketing Director", connected="2010-05-05")
c("genuine", "congrats", "en", "former colleague congrats on appointment", [
    ("excol", "2017-03-06 09:00", "Johanna! Just saw the news — General Manager at Camerata Wieden. They're lucky to have you. Champagne when I'm in Vienna next month?"),
    ("me", "2017-03-06 12:00", "Thank you Sarah! Champagne absolutely, let me know your dates."),
], subject="Congratulations!")

p("friend", "Veronika Strasser", "", "", connected="2005-09-09")
c("genuine", "friend", "de", "Freundin, privat", [
    ("friend", "2018-07-28 19:00", "Hanni, bist du nach dem Festival noch in Kärnten? Wir sind ab 23. am Weissensee, komm doch auf zwei Tage vorbei!"),
], subject="Weissensee")

p("promo", "Kenji Watanabe", "Sakura Classics Promotion", "Producer")
c("genuine", "inbound_lead", "en", "tour promoter wants to engage orchestra, fees and call", [
    ("promo", "2018-05-15 06:00", "Dear Ms Leitner, we are a concert promoter in Tokyo and would like to invite Camerata Wieden for 6 concerts in Japan in October 2019 (Tokyo, Osaka, Nagoya). We propose a total fee of ¥18 million plus flights and hotels. Could we arrange a video call to discuss repertoire?"),
    ("me", "2018-05-15 10:00", "Dear Mr Watanabe, thank you for this kind invitation. A video call next week would be great; please suggest a time that works in Tokyo."),
    ("promo", "2018-05-16 02:00", "Thursday 17 May, 09:00 Vienna time?"),
], subject="Japan tour 2019")

p("school", "Mag. Doris Winkler", "Volksschule Wieden", "Direktorin", connected="2018-02-12")
c("genuine", "inbound_lead", "de", "Schule möchte Schulkonzert buchen", [
    ("school", "2018-02-12 10:00", "Sehr geehrte Frau Leitner, unsere Elternvereinigung würde gern ein Schulkonzert für die 3. und 4. Klassen finanzieren. Was kostet so etwas bei Ihnen, und welche Programme bieten Sie an?"),
    ("me", "2018-02-12 13:00", "Liebe Frau Direktorin, wir haben ein Quintett-Programm 'Wie klingt ein Orchester?' für 50 Minuten, 900 € inkl. Moderation. Ich schicke Ihnen die Beschreibung."),
], subject="Schulkonzert")

p("stb", "Mag. Karl Eder", "Eder & Partner Wirtschaftstreuhand", "Steuerberater", connected="2010-02-02")
c("genuine", "vendor_existing", "de", "eigener Steuerberater: Spendenabsetzbarkeit", [
    ("stb", "2018-10-15 11:00", "Liebe Frau Leitner, für die Verlängerung der Spendenbegünstigung brauche ich bis Monatsende die Bestätigung des Wirtschaftsprüfers für 2017. Bitte kurz Bescheid, ob die schon da ist."),
], subject="Spendenbegünstigung")

p("union", "Mag. Robert Danzer", "Musikergewerkschaft (younion)", "Referent freie Ensembles", connected="2018-09-17",
  invite=("IN", "2018-09-17 08:30", "Honorarrichtlinien freie Orchester"))
c("genuine", "association", "de", "Gewerkschaft zu Honorarsätzen, spricht über Preise und Call", [
    ("union", "2018-09-17 09:00", "Sehr geehrte Frau Leitner, wir überarbeiten die Honorarempfehlungen für freie Orchester (Dienst ab 2019: 145 € statt 130 €). Bevor wir sie veröffentlichen, würden wir gern die Sicht der Geschäftsführungen hören. Hätten Sie 15 Minuten für ein kurzes Gespräch?"),
    ("me", "2018-09-17 11:30", "Sehr geehrter Herr Danzer, gern. Ich hoffe nur, die Förderungen ziehen mit. Freitag vormittags?"),
], subject="Honorarempfehlungen 2019")

# ------------------------------------------------------------------ wanted pitches
p("wticket", "Mag. Petra Lugner", "SaalPlan Ticketing", "Beraterin Kulturinstitutionen")
c("wanted_pitch", "ticketing", "de", "Ticketing-Anbieter analysiert Abo-Struktur und Saalplan", [
    ("wticket", "2018-06-04 10:00", "Sehr geehrte Frau Leitner, ich habe mir Ihren Online-Kartenkauf angesehen: Abonnent:innen können ihre Plätze im Brahms-Saal nicht selbst tauschen und die Kategorie 3 ist online nur telefonisch buchbar. Bei fünf Abo-Konzerten pro Saison kostet das Ihr Büro vermutlich viele Telefonate. Wir haben das für zwei Wiener Ensembles gelöst. Darf ich Ihnen zeigen, wie das mit Ihrem Saalplan aussehen würde?"),
    ("me", "2018-06-04 14:00", "Sie haben leider recht mit den Telefonaten. Schicken Sie mir gern eine Präsentation – unser Vertrag läuft aber noch bis 2019."),
], subject="Abo-Tausch online")

p("wstream", "Daniel Brooks", "Encore Streaming", "Partnerships")
c("wanted_pitch", "streaming", "en", "streaming offer referencing Haydn cycle and small hall", [
    ("wstream", "2018-01-22 15:00", "Dear Johanna, your Haydn cycle sold out all five evenings in a 600-seat hall — that's an audience you can't grow in the room. We film chamber orchestras with three remote cameras, no crew on stage, and stream on a pay-per-view basis with a revenue split. The Bled festival appearance could be a natural pilot. Interested in seeing a sample?"),
], subject="Streaming the Haydn cycle")

p("winsure", "Dr. Andreas Kranz", "Artes Versicherungsmakler", "Geschäftsführer")
c("wanted_pitch", "insurance", "de", "Instrumentenversicherung bezieht sich auf Leihgabe der Konzertmeisterin", [
    ("winsure", "2018-02-14 09:30", "Sehr geehrte Frau Leitner, Ihre Konzertmeisterin spielt laut Programmheft eine Leihgabe aus Privatbesitz. Bei Tourneen nach Slowenien und womöglich Japan wird die Transportversicherung solcher Instrumente oft vom Leihgeber verlangt und ist in Standardpolizzen nicht enthalten. Wir versichern Instrumente für mehrere Wiener Ensembles. Soll ich Ihre bestehende Polizze kostenlos prüfen?"),
], subject="Versicherung Leihinstrument")

p("wlabel", "Charlotte Adams", "Meridian Classics", "A&R Manager")
c("wanted_pitch", "record_label", "en", "label proposes recording referencing premiere and review", [
    ("wlabel", "2018-09-20 16:00", "Dear Johanna, I loved the Strings & Stage review of your Haydn album. Pairing Haydn with the new O'Rourke piece would make an unusual programme for a recording. We'd cover production and distribution; the orchestra keeps broadcast rights. Could we talk after the premiere?"),
    ("me", "2018-09-21 09:00", "Dear Charlotte, intriguing! Let's speak in late October."),
], subject="Recording Haydn + O'Rourke")

p("wfund", "Mag. Sabine Berger", "Berger Fundraising", "Fundraising-Beraterin")
c("wanted_pitch", "fundraising", "de", "Fundraising-Beratung nach Kürzung, Freundeskreis", [
    ("wfund", "2018-04-09 11:00", "Liebe Frau Leitner, im Kulturblatt stand, dass die Bundesförderung für freie Ensembles 2018 um 8 % sinkt. Ihre Benefizkonzerte zeigen, dass Ihr Publikum sehr bindungsstark ist. Ich helfe Orchestern, aus Abonnent:innen Förderer zu machen – zuletzt für ein Grazer Barockensemble. Darf ich Ihnen drei konkrete Ideen für Ihren Freundeskreis schicken?"),
], subject="Freundeskreis")

p("wedu", "Mag. Theresa Holzer", "KlangSchule Musikvermittlung", "Musikvermittlerin")
c("wanted_pitch", "music_education", "de", "Musikvermittlung für Schulkonzerte", [
    ("wedu", "2018-03-05 14:00", "Sehr geehrte Frau Leitner, ich habe gesehen, dass Sie mit 'Wie klingt ein Orchester?' in Volksschulen gehen. Ich entwickle Begleitmaterial für Lehrkräfte (Vorbereitungsstunde, Hörspiele), damit die Kinder gut vorbereitet ins Konzert kommen. Hätten Sie Interesse, das bei Ihrem nächsten Schulkonzert auszuprobieren?"),
], subject="Begleitmaterial Schulkonzerte")

p("wnotes", "Dr. Julian Frey", "", "Musikwissenschaftler")
c("wanted_pitch", "program_notes", "mixed", "Werkeinführungen für Uraufführung, deutsch-englisch", [
    ("wnotes", "2018-09-14 10:00", "Liebe Frau Leitner, zur Uraufführung von 'Danube Fragments' würde ich gern die Werkeinführung schreiben – ich habe über irische Komponisten der Gegenwart promoviert und O'Rourke schon interviewt. I can deliver it in German and English, which might help with the international audience at Bled. Honorar nach Ihren üblichen Sätzen."),
], subject="Werkeinführung Uraufführung")

p("wlight", "Mario Zechner", "Zechner Bühnentechnik", "Geschäftsführer")
c("wanted_pitch", "stage_tech", "de", "Bühnentechnik für Open-Air im Stift", [
    ("wlight", "2018-05-28 09:00", "Grüß Gott Frau Leitner, Ihr Open-Air im Stiftshof bei den Seefestspielen beginnt laut Programm um 20:30 – Ende Juli wird es da gegen 21 Uhr dunkel, also brauchen Sie Pultbeleuchtung und Notenklammern gegen Wind. Wir statten das für die Festspiele seit Jahren aus und sind ohnehin vor Ort. Soll ich ein Angebot machen?"),
    ("me", "2018-05-28 11:00", "Gute Idee, daran hatten wir noch nicht gedacht. Bitte Angebot für 17 Pulte."),
], subject="Pultbeleuchtung Open-Air")

p("whear", "Dr. Ulrike Bauer", "AkustikSchutz", "Arbeitsmedizinerin / Akustikerin")
c("wanted_pitch", "hearing_protection", "de", "Gehörschutz für Orchestermusiker, Probenlokal", [
    ("whear", "2018-10-08 13:00", "Sehr geehrte Frau Leitner, Ihr Probenlokal in der Wiedner Hauptstraße ist ein relativ kleiner Raum mit viel Blech bei den Sinfonien. Wir messen die Pegel an den Pulten und fertigen Otoplastiken für Musiker:innen an, die den Klang nicht verfärben. Die Messung ist für Orchester kostenlos. Interesse?"),
], subject="Gehörschutz Orchester")

p("waud", "Rebecca Lang", "Audience Insight Vienna", "Researcher")
c("wanted_pitch", "audience_research", "en", "audience survey referencing young audiences post", [
    ("waud", "2018-07-17 11:30", "Dear Johanna, in your post about young audiences you wrote that you don't really know why under-35s come once and never return. We run short post-concert surveys via the ticket email, and could compare your Haydn and premiere audiences. Small budget, results in four weeks. Would that be useful?"),
], subject="Young audience survey")

p("wcrm", "Thomas Weber", "Kultur-CRM", "Vertrieb")
c("wanted_pitch", "donor_crm", "de", "Spender-CRM nach Freundeskreis-Relaunch", [
    ("wcrm", "2018-10-22 10:00", "Sehr geehrte Frau Leitner, Sie haben angekündigt, Ihren Freundeskreis neu aufzustellen und Patenschaften für die Nachwuchsakademie anzubieten. Unser CRM ist für Vereine mit Spendenbegünstigung gemacht und erstellt die Meldungen ans Finanzamt automatisch. Darf ich es Ihnen in 30 Minuten zeigen?"),
], subject="Spenderverwaltung")

p("wsub", "Clara Fischer", "", "Übersetzerin")
c("wanted_pitch", "translation", "mixed", "englische Programmhefte für Touristenpublikum", [
    ("wsub", "2018-03-19 17:00", "Liebe Frau Leitner, bei Ihrem letzten Konzert saßen viele englischsprachige Gäste neben mir, die das Programmheft nicht lesen konnten. I translate concert programmes and have worked for two Viennese ensembles; a short English insert would be quick and affordable. Darf ich Ihnen ein Beispiel schicken?"),
], subject="English insert for programmes")

# ------------------------------------------------------------------ junk
template = [
    ("pr1", "Jessica Turner", "SpotlightPR Global", "2018-02-05 10:00",
     "Hi Johanna, I came across Camerata Wieden and love what you're doing in the classical music space! We help arts organisations boost their visibility by 300% through targeted press and social media campaigns. Do you have capacity for a quick 15-minute call this week to explore?"),
    ("pr2", "Marcus Hill", "Crescendo Media Agency", "2018-03-12 14:30",
     "Hello Johanna, I came across Camerata Wieden and really love what you're doing in the performing arts space! We help arts organisations increase their visibility by 250% with targeted press & social campaigns. Do you have capacity for a quick 15 min call next week?"),
    ("pr3", "Amanda Reyes", "Limelight Communications", "2018-04-23 09:20",
     "Hi Johanna! Came across Camerata Wieden and love what you're doing in the classical space. We help cultural organisations boost visibility by 300% through press and social media. Got capacity for a quick 15-minute call this week?"),
    ("pr4", "Oliver Grant", "Encore PR & Digital", "2018-06-18 16:00",
     "Hi Johanna, I came across Camerata Wieden and love what you're doing in the orchestral music space! We help arts organisations boost their visibility by 300% with press and social campaigns. Do you have capacity for a quick 15-minute call?"),
]
for key, name, company, when, text in template:
    p(key, name, company, "Founder")
    c("junk", "template_campaign", "en", f"PR template campaign ({company})", [(key, when, text)],
      subject="Visibility for Camerata Wieden")
c("junk", "followup_bump", "en", "template sender bumps", [
    ("pr2", "2018-03-26 14:30", "Hi Johanna, just bumping this up in case it got buried. Would love to chat!"),
    ("pr2", "2018-04-09 14:30", "Hi Johanna, should I assume the timing isn't right? Happy to circle back."),
], subject="Following up")

p("mt1", "Brandon Lee", "TixBoost", "Account Executive")
c("junk", "merge_tag_failure", "en", "merge tag {{first_name}} {{company}}", [
    ("mt1", "2017-10-02 08:00", "Hi {{first_name}}, venues like {{company}} are losing up to 30% of ticket revenue to empty seats. TixBoost fills them with dynamic pricing. Worth 15 minutes?"),
], subject="Empty seats at {{company}}")
p("mt2", "Sabrina Lechner", "Event Profi Agentur", "Geschäftsführerin")
c("junk", "merge_tag_failure", "de", "Platzhalter [VORNAME]", [
    ("mt2", "2018-01-09 09:00", "Hallo [VORNAME], Ihre nächste Firmenfeier soll unvergesslich werden? Wir organisieren Events von A bis Z – Location, Catering, Unterhaltung. Darf ich Ihnen ein Angebot schicken?"),
], subject="Ihre nächste Firmenfeier")
p("mt3", "Richard Blake", "Arts Leadership Forum", "Director")
c("junk", "merge_tag_failure", "en", "wrong organisation (Vienna Symphony)", [
    ("mt3", "2018-08-14 12:00", "Dear Johanna, as a leader at the Vienna Symphony Orchestra you have been nominated for our International Arts Leadership Summit in Dubai. Delegate package from $2,900. Confirm your place today!"),
], subject="Nomination – Arts Leadership Summit")
p("mt4", "Nadine Wolf", "Coaching Wolf", "Business Coach")
c("junk", "merge_tag_failure", "de", "ganzer Profilname als Anrede", [
    ("mt4", "2018-10-30 07:15", "Liebe Johanna Leitner Geschäftsführerin / General Manager, bist du bereit, 2019 als Führungskraft durchzustarten? Mein Online-Kurs zeigt dir in 6 Wochen, wie. Sichere dir jetzt den Frühbucherpreis!"),
], subject="Dein Durchbruch 2019")

p("sp1", "Premium Card Austria", "", "", url="https://www.linkedin.com/company/premium-card-austria")
c("junk", "sponsored_inmail", "de", "Sponsored InMail: Kreditkarte", [
    ("sp1", "2018-04-16 12:00", "<p>Liebe Johanna,</p><p>Genießen Sie mit der <b>Premium Card Gold</b> exklusive Vorteile: Lounge-Zugang, Reiseversicherung und 1&nbsp;% Cashback.</p><p><a href='https://example.invalid'>Jetzt beantragen</a></p>"),
], title="Sponsored Conversation", subject="Johanna, Ihre Einladung zur Premium Card Gold")
p("sp2", "Global Leadership Institute", "", "", url="https://www.linkedin.com/company/global-leadership-institute")
c("junk", "sponsored_inmail", "en", "Sponsored InMail: online leadership course", [
    ("sp2", "2018-09-24 12:00", "<p>Dear Johanna,</p><p>Lead with confidence. Our 8-week online <b>Strategic Leadership Programme</b> starts 15 October. Early-bird saving of 20&nbsp;% ends Friday.</p>"),
], title="Sponsored Conversation", subject="Early-bird: Strategic Leadership Programme")

p("award1", "Dr. Leopold Hartl", "Austrian Culture Excellence Award", "Generalsekretär")
c("junk", "paid_award", "de", "bezahlter Kulturpreis", [
    ("award1", "2018-05-02 10:00", "Sehr geehrte Frau Mag. Leitner, wir freuen uns, Ihnen mitzuteilen, dass die Camerata Wieden für den Austrian Culture Excellence Award 2018 ausgewählt wurde! Die feierliche Verleihung findet im Juni in einem Wiener Palais statt. Für Trophäe, Urkunde und Gala-Teilnahme (2 Personen) ist ein Unkostenbeitrag von 2.400 € zu entrichten."),
    ("award1", "2018-05-16 10:00", "Sehr geehrte Frau Mag. Leitner, wir dürfen an die Bestätigung Ihrer Auszeichnung erinnern. Die Frist endet am Freitag."),
], subject="Auszeichnung 2018")
p("award2", "Victoria Hamilton", "European Arts & Culture Awards", "Awards Coordinator")
c("junk", "paid_award", "en", "paid European arts award", [
    ("award2", "2017-11-20 11:00", "Dear Johanna, congratulations! Camerata Wieden has been selected as 'Chamber Orchestra of the Year – Austria' in the European Arts & Culture Awards 2017. Winners receive a bespoke trophy and a media package. An administration fee of €1,650 applies. Please reply to claim your award."),
], subject="Chamber Orchestra of the Year – Austria")

p("crypto", "Anna Kovacs", "", "")
c("junk", "crypto_scam", "en", "crypto scam in SPAM", [
    ("crypto", "2018-01-03 23:50", "Hello Johanna, I am an investor and I make 40% every month with Bitcoin. 2018 will be the year of crypto! I can teach you step by step, it is very easy. Add me on WhatsApp."),
], folder="SPAM", subject="Bitcoin opportunity")
p("forex", "Stefan Maurer", "Alpen Invest Partners", "Senior Advisor")
c("junk", "investment_scam", "de", "Anlagebetrug Diamanten", [
    ("forex", "2018-07-05 09:00", "Sehr geehrte Frau Leitner, Kultur braucht Kapital – und Ihr Vermögen braucht Sicherheit. Investieren Sie in zertifizierte Diamanten mit garantierter Wertsteigerung von 12 % jährlich. Mindestanlage 10.000 €. Darf ich Sie anrufen?"),
], subject="Sichere Wertanlage")
p("forex2", "James Whitmore", "Sterling Capital FX", "Account Manager")
c("junk", "investment_scam", "en", "forex scam in SPAM", [
    ("forex2", "2018-10-11 22:00", "Dear Johanna, our managed forex accounts returned 11% per month in 2018. Only 4 slots left for new investors. Minimum €5,000. Reply to receive your personal invitation."),
], folder="SPAM", subject="4 slots left")
p("invest3", "Markus Steiner", "", "Unternehmer")
c("junk", "investment_scam", "mixed", "Krypto-Investment, deutsch-englisch", [
    ("invest3", "2018-03-28 21:00", "Hallo Johanna, du bist ja auch im Kulturbereich tätig 🎻 I found a smart trading bot that makes passive income while you sleep. Ich habe in 3 Monaten 8.000 € verdient! Soll ich dir den Link schicken?"),
], subject="Passives Einkommen")

p("ctp1", "Daniel Novak", "Novak Financial Planning", "Financial Advisor",
  connected="2018-02-19", invite=("IN", "2018-02-19 08:00", ""))
c("junk", "connect_then_pitch", "en", "connect then pension pitch", [
    ("ctp1", "2018-02-19 08:20", "Thanks for connecting, Johanna! I love classical music — how's the season going?"),
    ("me", "2018-02-19 12:00", "Thank you, very busy but good!"),
    ("ctp1", "2018-02-21 09:00", "Great! As a self-employed executive you might have gaps in your retirement planning. I've helped many leaders in the arts sector build tax-efficient portfolios. Could we do a quick 15-minute call?"),
], subject="Thanks for connecting")
p("ctp2", "Claudia Brenner", "Mindset Business Club", "Founder",
  connected="2018-05-21", invite=("IN", "2018-05-21 20:00", "Lass uns als gleichgesinnte Unternehmerinnen vernetzen!"))
c("junk", "connect_then_pitch", "de", "gleichgesinnte Unternehmerinnen, dann Club-Mitgliedschaft", [
    ("ctp2", "2018-05-21 20:10", "Liebe Johanna, schön, dass wir jetzt vernetzt sind! Ich vernetze mich gern mit gleichgesinnten Unternehmerinnen. Was treibt dich gerade um?"),
    ("ctp2", "2018-05-24 09:00", "Ich lade dich herzlich zu unserem Business Club ein: monatliche Treffen, Masterminds, Netzwerk. Die Jahresmitgliedschaft kostet 1.890 €, für dich als Neumitglied 20 % Rabatt. Interesse?"),
], subject="Schön, dass wir vernetzt sind")
p("ctp3", "Rahul Verma", "PixelCraft Solutions", "CEO",
  connected="2018-08-06", invite=("IN", "2018-08-06 05:00", ""))
c("junk", "connect_then_pitch", "en", "connect then web/app development", [
    ("ctp3", "2018-08-06 05:15", "Hi Johanna, glad to connect. Your profile is truly impressive!"),
    ("ctp3", "2018-08-08 05:15", "We design websites and mobile apps for businesses of all sizes at affordable rates. Can we schedule a quick call to discuss your requirements?"),
], subject="Hello Johanna")

p("tixjunk", "Florian Maier", "TicketNow AG", "Sales")
c("junk", "generic_relevant_template", "de", "generische Ticketing-Werbung (Kontrast zu maßgeschneidert)", [
    ("tixjunk", "2018-01-30 10:00", "Sehr geehrte Damen und Herren, verkaufen Sie Ihre Tickets noch altmodisch? Mit TicketNow steigern Sie Ihren Umsatz um bis zu 40 %. Jetzt kostenlos testen!"),
], subject="Mehr Umsatz mit TicketNow")
p("prde", "Mag. Katrin Ebner", "Kulturkommunikation Ebner", "Inhaberin")
c("junk", "generic_relevant_template", "de", "generische PR-Agentur deutsch", [
    ("prde", "2018-09-05 09:30", "Sehr geehrte Damen und Herren, Ihre Kulturinstitution verdient mehr Aufmerksamkeit! Wir bieten PR, Social Media und Pressearbeit aus einer Hand. Gerne stellen wir uns in einem unverbindlichen Gespräch vor."),
], subject="PR für Ihre Institution")
p("rec1", "Tanja Fuchs", "Vertriebskarriere Österreich", "Recruiterin")
c("junk", "recruiting_spam", "de", "Recruiting-Spam Vertrieb", [
    ("rec1", "2018-04-04 12:00", "Hallo Johanna, Ihr Profil hat mich beeindruckt! Für unseren Kunden, einen Versicherungskonzern, suchen wir Quereinsteiger:innen im Außendienst. Top-Verdienst, Firmenauto. Wollen wir telefonieren?"),
], subject="Karrierechance")
p("rec2", "Kevin O'Neil", "Elite Sales Talent", "Recruiter")
c("junk", "recruiting_spam", "en", "recruiting spam unrelated SaaS sales", [
    ("rec2", "2018-11-06 13:00", "Hi Johanna, your background is a great fit for a Senior Account Executive role at a fast-growing SaaS company in Munich. OTE €140k. Interested in a quick chat?"),
], subject="Senior AE role")
p("mlm", "Petra Huber", "", "Unabhängige Partnerin")
c("junk", "mlm", "de", "MLM Kosmetik", [
    ("mlm", "2018-01-10 20:00", "Hallo Johanna 💕 Hast du schon mal überlegt, dir nebenbei etwas aufzubauen? Ich arbeite mit einer tollen Naturkosmetik-Marke und suche Frauen, die Lust auf Freiheit haben. Magst du mehr wissen?"),
], subject="Eine Idee für dich")
p("pod", "Chris Dalton", "Arts Leaders Podcast", "Host")
c("junk", "paid_podcast", "en", "podcast guest spot for a fee", [
    ("pod", "2018-06-26 15:00", "Hi Johanna, we'd love to have you on the Arts Leaders Podcast! Our guests reach 40k+ listeners. There's a small sponsorship fee of $600 to cover production. Shall I send the booking link?"),
], subject="Podcast invitation")
p("mag", "Monika Hold", "Österreichs Kulturmacher Magazin", "Anzeigenleitung")
c("junk", "paid_feature", "de", "bezahltes Porträt im Magazin", [
    ("mag", "2017-12-04 10:00", "Sehr geehrte Frau Leitner, wir möchten Sie in unserer Sonderausgabe 'Kulturmacher:innen 2018' vorstellen. Das redaktionelle Porträt (1/1 Seite) ist Teil unseres Partnerpakets um 1.950 € netto. Darf ich Ihnen den Fragebogen zusenden?"),
], subject="Porträt Kulturmacher:innen 2018")
p("seo", "Ahmed Raza", "WebRank Solutions", "SEO Expert")
c("junk", "irrelevant_service", "en", "SEO spam in SPAM", [
    ("seo", "2018-02-27 04:00", "Hello, I analysed your website camerata-wieden and found many issues hurting your Google ranking. I can bring you to first page. Shall I send free report?"),
], folder="SPAM", subject="Website issues")
p("follow", "Julia Berger", "Social Growth Hub", "Growth Hacker")
c("junk", "irrelevant_service", "de", "Follower kaufen", [
    ("follow", "2018-07-19 18:00", "Hey! 🚀 Mehr Reichweite auf Instagram? Wir bringen dir 10.000 echte Follower in 30 Tagen. Paket ab 99 €. Interesse?"),
], subject="10.000 Follower")
p("va", "Maria Santos", "Remote Assist Pro", "Founder")
c("junk", "capacity_pitch", "en", "virtual assistants", [
    ("va", "2018-05-09 03:00", "Hi Johanna, overwhelmed with admin? Our virtual assistants handle email, scheduling and bookkeeping from $8/hour. Do you have 15 minutes this week?"),
], subject="Admin support")
p("merch", "Lukas Brandl", "Merch Factory", "Vertrieb")
c("junk", "irrelevant_product", "de", "Merchandise, mit Nachfass", [
    ("merch", "2018-10-01 09:00", "Hallo! Bedruckte T-Shirts, Tassen und Taschen für Ihr Team oder Ihre Fans – ab 25 Stück, Lieferung in 7 Tagen. Katalog gefällig?"),
    ("merch", "2018-10-15 09:00", "Nur kurz nachgefragt – Weihnachten naht! 🎁"),
], subject="Merch für Ihr Team")
p("dubai", "Sara Khalid", "Gulf Venues Group", "Business Development")
c("junk", "irrelevant_service", "en", "venue rental in Dubai, generic", [
    ("dubai", "2018-03-20 07:00", "Dear Sir/Madam, planning your next corporate event or product launch? Our luxury venues in Dubai accommodate up to 2,000 guests. Special rates for 2018 bookings. Kindly share your requirements."),
], subject="Luxury venues Dubai")
p("app", "Matthias Gruber", "AppWerk Wien", "Geschäftsführer")
c("junk", "irrelevant_service", "de", "App-Entwicklung generisch", [
    ("app", "2018-11-13 11:00", "Sehr geehrte Frau Leitner, jedes Unternehmen braucht heute eine eigene App! Wir entwickeln native Apps für iOS und Android zum Fixpreis. Darf ich Ihnen in einem kurzen 15-Minuten-Call zeigen, wie?"),
], subject="Ihre eigene App")
p("photo", "Leonie Hartmann", "FotoBox Events", "Inhaberin")
c("junk", "irrelevant_product", "de", "Fotobox-Verleih", [
    ("photo", "2018-08-28 10:00", "Hallo Johanna! Unsere Fotobox ist DAS Highlight auf jeder Feier 📸 Jetzt für Weihnachtsfeiern buchen – 10 % Frühbucherrabatt!"),
], subject="Fotobox für Ihre Feier")
p("coach2", "Thomas Reiter", "Leadership Excellence", "Executive Coach")
c("junk", "followup_bump", "mixed", "Coach, deutsch-englisch, mehrfaches Nachfassen", [
    ("coach2", "2018-06-05 08:00", "Hallo Johanna, as a leader you know: your mindset determines your results. Ich begleite Führungskräfte zu mehr Klarheit und Wirkung. Kurzes Kennenlerngespräch?"),
    ("coach2", "2018-06-12 08:00", "Just checking in – haben Sie meine Nachricht gesehen?"),
    ("coach2", "2018-06-26 08:00", "Letzte Erinnerung: only 2 coaching slots left this quarter!"),
], subject="Mindset & Leadership")

p("av", "Ethan Cole", "StageTech Rentals", "Sales Manager")
c("junk", "irrelevant_service", "en", "generic AV rental with quick-call ask", [
    ("av", "2018-11-20 10:00", "Hi Johanna, planning any conferences or corporate events in 2019? We rent LED walls, sound systems and lighting across Europe at unbeatable prices. Open to a quick 15-minute call?"),
], subject="AV rentals 2019")

x.write(OUT, {
    "First Name": "Johanna", "Last Name": "Leitner",
    "Headline": "Geschäftsführerin / General Manager, Camerata Wieden – Kammerorchester in Wien",
    "Summary": "Ich leite ein freies Kammerorchester mit 35 Musiker:innen: Saisonplanung, Förderungen, Sponsoring, Tourneen. Schwerpunkt Wiener Klassik und neue Musik.",
    "Industry": "Performing Arts", "Geo Location": "Wien, Österreich",
}, [
    {"Company Name": "Camerata Wieden", "Title": "Geschäftsführerin", "Location": "Wien", "Started On": "Mar 2017"},
    {"Company Name": "Salzburger Kammerphilharmonie", "Title": "Orchestra Manager", "Location": "Salzburg", "Started On": "Sep 2010", "Finished On": "Feb 2017"},
], ["Kulturmanagement", "Fundraising", "Orchestermanagement", "Sponsoring", "Tourneeplanung"])
print(x.summary())

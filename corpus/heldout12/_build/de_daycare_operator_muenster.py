"""Persona heldout12/de-daycare-operator-muenster, written blind (session 3).

Annette Hülsmann is Geschäftsführerin of Aasee Kinderhäuser gGmbH, a non-profit operator of
four Kitas in Münster (NRW). Every message below is written by hand for this corpus; running
the script regenerates the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-daycare-operator-muenster"
OWNER = Person("me", "Annette Hülsmann", "https://www.linkedin.com/in/annette-huelsmann-7d20b4",
               "Aasee Kinderhäuser gGmbH", "Geschäftsführerin")

ex = Export(SLUG, "2021", OWNER)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- genuine

P("bruening", "Thomas Brüning", "Stadt Münster, Amt für Kinder, Jugendliche und Familien",
  "Sachgebietsleiter Kindertagesbetreuung", connected="2017-04-03")
C("genuine", "funding_authority", "de", "Jugendamt zu KiBiz-Pauschalen und U3-Ausbau", [
    ("bruening", "2021-03-09 10:14", "Sehr geehrte Frau Hülsmann,\nwie telefonisch besprochen: für die zusätzliche U3-Gruppe in der Kita Regenbogen können wir ab 01.08. die erhöhte Kindpauschale zusagen, wenn die Betriebserlaubnis des LWL bis Ende Juni vorliegt. Die Investitionskostenförderung für die Umbaumaßnahme (Schlafraum, Wickelbereich) läuft über den gesonderten Antrag, Frist ist der 30.04.\nMit freundlichen Grüßen\nThomas Brüning"),
    ("me", "2021-03-09 11:02", "Sehr geehrter Herr Brüning,\nvielen Dank für die schnelle Rückmeldung. Der Antrag beim LWL ist raus, den Investitionsantrag schicke ich Ihnen bis Mitte April inkl. der drei Handwerkerangebote. Eine Frage noch: reicht für den Schlafraum die Brandschutzstellungnahme des Architekten oder brauchen Sie das Gutachten?\nBeste Grüße\nAnnette Hülsmann"),
    ("bruening", "2021-03-10 08:45", "Die Stellungnahme reicht für unseren Antrag. Das LWL wird ggf. mehr wollen. Beste Grüße"),
])

P("kathrin", "Kathrin Overbeck", "Aasee Kinderhäuser gGmbH", "Leitung Kita Aaseeknirpse",
  connected="2016-09-01")
C("genuine", "colleague", "de", "Kita-Leitung: Personalnot durch Quarantäne, Notgruppen", [
    ("kathrin", "2020-11-16 06:48", "Annette, guten Morgen. Jana und Merve sind in Quarantäne (K1 aus der Familie), Stefan krank. Ich hab heute 4 Leute für 3 Gruppen. Kann ich die Bärengruppe auf 25 Std runterfahren? Eltern würde ich gleich informieren."),
    ("me", "2020-11-16 07:01", "Morgen Kathrin. Ja, mach das, reduzier die Bärengruppe. Ich melde das ans Jugendamt. Schick mir bitte kurz die Liste mit den Kindern in der Notbetreuung, dann kann ich auch schauen, ob ich Lisa aus dem Kreuzviertel rüberschicken kann."),
    ("kathrin", "2020-11-16 07:05", "Danke dir!! Liste kommt per Mail"),
    ("me", "2020-11-16 07:40", "Lisa kommt um 9. Halt durch ☕"),
])

P("elternbeirat", "Sandra Niehues", "", "Vorsitzende Elternbeirat Kita Pusteblume", connected="2019-10-14")
C("genuine", "parent", "de", "Elternbeirat beschwert sich über höheres Essensgeld (Preis, aber echt)", [
    ("elternbeirat", "2021-06-21 20:31", "Liebe Frau Hülsmann,\nim Elternbeirat gab es gestern viel Unmut über die Erhöhung des Essensgeldes von 65 auf 72 Euro im Monat. Viele Eltern verstehen nicht, warum das jetzt mitten im Jahr kommt. Könnten Sie uns die Kalkulation erklären bzw. beim nächsten Elternabend kurz dazu etwas sagen? Danke und viele Grüße, Sandra Niehues"),
    ("me", "2021-06-22 08:55", "Liebe Frau Niehues,\ndanke für die offene Rückmeldung. Unser Caterer hat zum 1.8. die Preise angehoben (Lebensmittel und Personal), und wir geben das leider 1:1 weiter, wir verdienen am Essen nichts. Ich komme gerne zum Elternabend am 7.7. und bringe die Rechnung mit. Für Familien mit Bildungs- und Teilhabepaket ändert sich nichts.\nHerzliche Grüße\nAnnette Hülsmann"),
    ("elternbeirat", "2021-06-22 09:30", "Das hilft schon sehr, danke! Bis zum 7."),
])

P("caterer", "Martin Tenhagen", "Tenhagen Frischküche", "Inhaber", connected="2018-02-19")
C("genuine", "vendor_existing", "de", "bestehender Caterer kündigt Preiserhöhung an", [
    ("caterer", "2021-05-31 14:20", "Hallo Annette,\nich muss dir leider etwas Unangenehmes schreiben: Ab 1. August müssen wir das Kita-Mittagessen von 3,20 auf 3,45 € pro Portion anheben. Mindestlohn, Energie, und Bio-Gemüse ist seit Corona echt teuer geworden. Die Qualität bleibt, auch der Bio-Anteil. Ich schick dir das offizielle Schreiben noch per Post. Wenn du drüber reden willst, ruf mich gern an.\nGruß Martin"),
    ("me", "2021-05-31 15:10", "Hallo Martin, danke für die Vorwarnung. Schön ist es nicht, aber nachvollziehbar. Kannst du mir für den Elternbeirat eine kurze Aufstellung machen, woraus sich die 25 Cent zusammensetzen? Dann kann ich das besser erklären."),
    ("caterer", "2021-05-31 15:22", "Mach ich bis Freitag."),
])

P("dach", "Heinz Wessels", "Wessels Bedachungen", "Dachdeckermeister", connected="2019-05-08")
C("genuine", "vendor_requested_quote", "de", "sie bittet um Angebot für Dachrinne und Flachdach", [
    ("me", "2021-02-08 09:30", "Hallo Herr Wessels, bei der Kita Regenbogen in Gievenbeck läuft bei Starkregen wieder Wasser über die Rinne am Gruppenraum 2, und am Flachdach vom Anbau ist eine Blase. Könnten Sie sich das anschauen und ein Angebot machen? Schlüssel liegt bei Frau Kemper in der Kita."),
    ("dach", "2021-02-10 17:45", "Moin Frau Hülsmann, war heute da. Rinne ist durchgerostet, muss neu, ca. 12 m Zink. Die Blase am Flachdach ist harmlos, machen wir mit. Angebot kommt morgen per Mail, grob 2.800 € brutto. Weil Kita: ich kann in den Osterferien, dann sind weniger Kinder da."),
    ("me", "2021-02-11 08:10", "Super, danke! Osterferien passt gut."),
])

P("tuev", "Gerda Blömer", "Spielplatzprüfung Münsterland", "Sachverständige", connected="2018-06-11")
C("genuine", "vendor_existing", "de", "bestehende Prüferin: Jahreshauptinspektion und neuer Preis", [
    ("tuev", "2021-04-12 11:00", "Guten Tag Frau Hülsmann, die jährliche Hauptinspektion der Spielplätze an Ihren vier Standorten steht an. Ich könnte in KW 19 kommen. Kleine Änderung: pro Standort berechne ich ab diesem Jahr 185 € statt 170 € (Anfahrt ist inklusive). Passt Ihnen das?"),
    ("me", "2021-04-12 13:20", "Guten Tag Frau Blömer, ja, KW 19 passt, der Preis ist in Ordnung. Bitte schauen Sie sich in Hiltrup besonders die Nestschaukel an, die Eltern sagen, die knarzt."),
    ("tuev", "2021-04-12 13:45", "Notiert. Ich melde mich mit konkreten Tagen."),
])

P("merve", "Merve Yıldız", "", "Staatlich anerkannte Erzieherin", connected="2021-07-26",
  invite=("IN", "2021-07-26 19:40", "Hallo Frau Hülsmann, ich habe mich auf Ihre Stelle beworben und würde mich gerne vernetzen."))
C("genuine", "applicant", "de", "Bewerberin fragt nach ihrer Bewerbung", [
    ("merve", "2021-07-27 08:20", "Guten Morgen Frau Hülsmann,\nich habe mich vor zwei Wochen auf die Stelle als Erzieherin (30 Std., Kita Kiepenkerlchen) beworben und wollte fragen, ob meine Unterlagen angekommen sind. Ich bin gerade mit der Anerkennung fertig und wohne in Hiltrup, also sehr nah. Über eine Rückmeldung würde ich mich freuen!\nViele Grüße\nMerve Yıldız"),
    ("me", "2021-07-27 12:15", "Liebe Frau Yıldız, ja, Ihre Unterlagen sind da, entschuldigen Sie die Wartezeit, es ist Urlaubszeit. Frau Schulze-Hobeling (Kita-Leitung) meldet sich bis Freitag für einen Termin zum Kennenlernen. Gern auch mit Hospitation."),
    ("merve", "2021-07-27 12:20", "Vielen Dank, das freut mich sehr!"),
])

P("lea", "Lea Hoffmann", "", "PiA-Auszubildende Erzieherin", connected="2021-01-18")
C("genuine", "applicant", "de", "PiA-Azubi fragt nach Ausbildungsplatz (du)", [
    ("lea", "2021-01-18 21:12", "Hallo Frau Hülsmann, ich hoffe es ist ok dass ich Sie hier anschreibe 🙈 Ich fange im August die PiA-Ausbildung am Berufskolleg an und suche noch einen Träger. Meine Schwester war bei Ihnen im Regenbogen im Praktikum und fand es toll. Bilden Sie auch PiA aus? LG Lea"),
    ("me", "2021-01-19 10:05", "Hallo Lea, klar ist das ok! Ja, wir haben zum 1.8. zwei PiA-Plätze, einen davon im Regenbogen. Schick mir doch einfach deinen Lebenslauf und ein paar Sätze, warum du Erzieherin werden willst, an bewerbung@aasee-kinderhaeuser.de. Liebe Grüße an deine Schwester!"),
    ("lea", "2021-01-19 10:30", "Mach ich, danke!!!"),
])

P("kruse", "Dr. Sabine Kruse", "Kruse Personalberatung Sozialwirtschaft", "Inhaberin", connected="2020-09-22")
C("genuine", "recruiter_engaged", "de", "beauftragte Personalberaterin zur Kita-Leitungsstelle und Honorar", [
    ("me", "2021-08-30 09:00", "Liebe Frau Kruse, wie besprochen die Eckdaten: Leitung für die Kita Pusteblume, ab 1.1., freigestellt, TVöD S15, Erfahrung mit Familienzentrum wäre schön. Ihr Angebot mit 20 % des Jahresgehalts in drei Raten ist für uns in Ordnung, Vertrag kommt unterschrieben per Post."),
    ("kruse", "2021-08-30 10:30", "Liebe Frau Hülsmann, vielen Dank für das Vertrauen. Ich starte diese Woche mit der Direktansprache. Erste Profile erwarte ich in ca. 3 Wochen. Darf ich in der Ansprache Ihren Namen und den Träger nennen oder zunächst anonym?"),
    ("me", "2021-08-30 10:45", "Gern mit Namen, wir sind in Münster ja nicht ganz unbekannt 🙂"),
    ("kruse", "2021-09-24 16:10", "Drei Profile sind bei Ihnen im Postfach, zwei davon aus Münster, eine aus Greven. Ich würde Frau B. favorisieren."),
])

P("regina", "Regina Kemper", "Aasee Kinderhäuser gGmbH", "Leitung Kita Regenbogen", connected="2016-09-01")
P("ute", "Ute Schulze-Hobeling", "Aasee Kinderhäuser gGmbH", "Leitung Kita Kiepenkerlchen", connected="2017-08-15")
C("genuine", "colleague", "de", "Gruppenchat der Leitungsrunde zu Lolli-Tests", [
    ("regina", "2021-05-06 14:02", "Hat schon jemand die Lolli-Tests bekommen? Bei uns sind nur 40 Stück angekommen für 68 Kinder 🙄"),
    ("ute", "2021-05-06 14:10", "Wir haben gar nix. Die Eltern fragen schon"),
    ("kathrin", "2021-05-06 14:15", "Bei uns alles da, ich kann 20 abgeben"),
    ("me", "2021-05-06 14:40", "Ich hab beim Jugendamt nachgehakt, die zweite Lieferung kommt Montag. Kathrin, kannst du Regina heute 20 bringen? Danke euch, ihr macht das großartig."),
    ("regina", "2021-05-06 14:42", "Danke!"),
], title="Leitungsrunde Aasee Kinderhäuser")

P("journalist", "Jörg Hackenfort", "Münsterscher Anzeiger", "Redakteur Lokales", connected="2020-02-05")
C("genuine", "journalist", "de", "Lokaljournalist bittet um Statement zum Fachkräftemangel", [
    ("journalist", "2021-09-13 15:30", "Hallo Frau Hülsmann, wir machen am Samstag eine Seite zum Fachkräftemangel in Münsters Kitas. Hätten Sie Zeit für ein kurzes Telefonat morgen? Mich interessiert, wie viele Stellen bei Ihnen offen sind und ob Sie schon Gruppen verkleinern mussten. Gruß Jörg Hackenfort"),
    ("me", "2021-09-13 16:20", "Hallo Herr Hackenfort, gerne, morgen zwischen 10 und 12 unter 0251 ... Kurz vorab: 5 von 62 Stellen offen, verkleinert haben wir noch nicht, aber die Luft ist dünn."),
    ("journalist", "2021-09-14 10:40", "Danke für das Gespräch, Artikel erscheint Samstag. Ich schicke Ihnen Ihr Zitat vorher zur Freigabe."),
])

P("fachtag", "Birgit Lohmann", "Trägerforum Kita Münster e.V.", "Geschäftsstelle", connected="2018-11-20")
C("genuine", "event_invite", "de", "Einladung zum Vortrag beim Fachtag von bekannter Kontaktperson", [
    ("fachtag", "2021-08-17 09:15", "Liebe Annette,\nunser Fachtag ist am 6. Oktober (endlich wieder in Präsenz, in der Halle Münsterland, mit 3G). Hättest du Lust, etwas zu euren multiprofessionellen Teams zu erzählen? 20 Minuten Input plus Diskussion. Viele Träger fragen danach.\nLiebe Grüße, Birgit"),
    ("me", "2021-08-17 10:00", "Liebe Birgit, sehr gern! Ich bring auch eine Kollegin aus dem Team mit, die als Heilerziehungspflegerin bei uns eingestiegen ist, das ist anschaulicher als meine Folien."),
    ("fachtag", "2021-08-17 10:05", "Perfekt, das ist genau das, was die Leute hören wollen!"),
])

P("jansen", "Petra Jansen", "Kinderhaus St. Ludgeri", "Kita-Leitung", connected="2021-10-06",
  invite=("OUT", "2021-10-06 12:40", ""))
P("tebbe", "Michael Tebbe", "Ev. Kita-Verbund Münster-Nord", "Geschäftsführer", connected="2019-03-27")
P("dogan", "Aylin Doğan", "Familienzentrum Coerde", "Leitung", connected="2021-10-06")
C("genuine", "thanks_congrats", "de", "Dank nach dem Fachtag-Vortrag (1 von 3)", [
    ("jansen", "2021-10-06 17:22", "Liebe Frau Hülsmann, vielen Dank für Ihren Vortrag heute! Die Idee mit den Tandems aus Erzieherin und Quereinsteigerin nehme ich mit ins Team."),
    ("me", "2021-10-06 19:01", "Danke Ihnen, Frau Jansen, und viel Erfolg beim Ausprobieren!"),
])
C("genuine", "thanks_congrats", "de", "Dank nach dem Fachtag-Vortrag (2 von 3)", [
    ("tebbe", "2021-10-06 18:05", "Annette, toller Input heute, danke! Lass uns mal in Ruhe telefonieren wegen Springerpool, da hab ich eine Idee."),
])
C("genuine", "thanks_congrats", "de", "Dank nach dem Fachtag-Vortrag (3 von 3)", [
    ("dogan", "2021-10-07 08:10", "Guten Morgen Frau Hülsmann, vielen Dank für den Vortrag gestern, hat mir viel Mut gemacht. Dürfte ich die Folien bekommen?"),
    ("me", "2021-10-07 09:00", "Sehr gern, schicke ich Ihnen per Mail!"),
])

C("genuine", "peer_joint_offer", "de", "anderer Träger schlägt gemeinsamen Springerpool mit Kostenteilung vor", [
    ("tebbe", "2021-10-12 11:30", "Hallo Annette, wie am Fachtag angedeutet: Wir haben 7 Kitas, ihr 4, alle im Westen/Norden der Stadt. Was hältst du von einem gemeinsamen Springerpool, 3 Vollzeitstellen, bei uns angestellt, Kosten nach Nutzungsstunden geteilt? Das Jugendamt fände das wohl gut, ich hab vorsichtig gefragt. Ich könnte bis Ende Oktober eine Kalkulation machen."),
    ("me", "2021-10-12 13:15", "Michael, klingt sehr interessant. Ich müsste das mit meinem Aufsichtsrat besprechen, und ich würde gerne vorher wissen, wie ihr die Stunden abrechnen wollt (Stundensatz inkl. Overhead?). Schick mir die Kalkulation, dann setzen wir uns zusammen."),
    ("tebbe", "2021-10-12 13:20", "Machen wir. Stundensatz würde ich mit ca. 38 € ansetzen, alles drin."),
    ("me", "2021-11-02 16:00", "Kalkulation gelesen, sieht gut aus. Aufsichtsrat tagt am 18.11., ich melde mich danach."),
])

P("firma", "Christoph Rensing", "Rensing Medizintechnik GmbH", "Personalleiter", connected="2021-04-20")
C("genuine", "inbound_lead", "de", "Unternehmen will Belegplätze kaufen und fragt nach Preisen", [
    ("firma", "2021-04-20 11:45", "Sehr geehrte Frau Hülsmann,\nwir sind ein Medizintechnik-Unternehmen mit 240 Mitarbeitenden in Hiltrup. Viele unserer jüngeren Kolleg:innen finden keinen Kita-Platz. Wir würden gern 4 bis 6 Belegplätze in Ihrer Kita Kiepenkerlchen reservieren bzw. finanzieren. Wie funktioniert das bei Ihnen und mit welchen Kosten pro Platz und Jahr müssten wir rechnen?\nMit freundlichen Grüßen\nChristoph Rensing"),
    ("me", "2021-04-20 14:30", "Sehr geehrter Herr Rensing,\nvielen Dank für Ihr Interesse, das freut uns sehr. Belegplätze bieten wir an, allerdings nur im Rahmen der Bedarfsplanung der Stadt. Der Unternehmensanteil liegt je nach Alter des Kindes und Betreuungsumfang bei ca. 3.000 bis 5.500 € pro Platz und Jahr. Gern stelle ich Ihnen das Modell in einem Termin vor, auch die Kooperationsvereinbarung. Passt Ihnen nächste Woche Dienstag?\nFreundliche Grüße\nAnnette Hülsmann"),
    ("firma", "2021-04-20 15:02", "Dienstag 14 Uhr bei uns? Ich lade unseren Geschäftsführer dazu."),
    ("me", "2021-04-20 15:10", "Sehr gern, bis Dienstag."),
])

P("mama", "Julia Frerichs", "", "", connected="2021-02-01")
C("genuine", "parent", "de", "Mutter fragt nach Platz und Kosten", [
    ("mama", "2021-02-01 21:50", "Hallo Frau Hülsmann, entschuldigen Sie, dass ich Sie hier anschreibe. Wir ziehen im Sommer nach Gievenbeck und suchen für unseren Sohn (dann 2) einen Platz ab August, 35 Std. Gibt es im Regenbogen noch eine Chance und was kostet das bei Ihnen im Monat? Vielen Dank! Julia Frerichs"),
    ("me", "2021-02-02 08:30", "Hallo Frau Frerichs, gar kein Problem. Die Platzvergabe läuft in Münster über das Kita-Portal der Stadt, bitte tragen Sie uns dort als Wunsch-Kita ein. Die Elternbeiträge setzt die Stadt nach Einkommen fest, bei uns kommt nur das Essensgeld (derzeit 65 €) dazu. U3-Plätze sind knapp, aber eine Chance gibt es."),
])

P("architect", "Frank Althoff", "Althoff + Rüter Architekten", "Partner", connected="2020-06-30",
  invite=("OUT", "2020-06-29 21:15", "Guten Abend Herr Althoff, danke für das nette Gespräch beim Bauausschuss. Beste Grüße, A. Hülsmann"))
C("genuine", "contract_partner", "de", "Architekt zu Honorar und Vertrag für die fünfte Kita in Roxel", [
    ("architect", "2021-07-05 17:15", "Hallo Frau Hülsmann, anbei (per Mail) der Entwurf des Architektenvertrags für den Neubau Roxel, LPH 1-8, Honorarzone III Mitte, anrechenbare Kosten geschätzt 2,9 Mio. Bitte schauen Sie v.a. auf § 6 (Nebenkosten pauschal 5 %). Wenn das so passt, können wir im August mit dem Vorentwurf starten."),
    ("me", "2021-07-06 09:40", "Hallo Herr Althoff, danke. Die 5 % Nebenkosten möchten wir bitte auf 3,5 % deckeln, das wurde uns vom Aufsichtsrat so vorgegeben. Sonst sieht es gut aus."),
    ("architect", "2021-07-06 10:10", "4 % und wir sind uns einig? 😉"),
    ("me", "2021-07-06 10:25", "4 %, aber dann bitte mit den Farbkonzepten inklusive. Abgemacht."),
])

P("steffi", "Steffi Borgmann", "", "", connected="2011-05-12")
C("genuine", "friend", "de", "alte Studienfreundin, Smalltalk über Send und Leeze", [
    ("steffi", "2021-10-22 19:30", "Annette!! Der Send ist wieder da 🎡 Gehen wir am Sonntag mit den Kindern? Ich komm mit der Leeze, Parken ist eh hoffnungslos"),
    ("me", "2021-10-22 20:02", "Jaaa. Aber nur wenn wir danach noch Reibekuchen essen. 15 Uhr am Eingang Hindenburgplatz?"),
    ("steffi", "2021-10-22 20:05", "Deal 😄"),
])

P("aufsichtsrat", "Dr. Helmut Vennemann", "Aasee Kinderhäuser gGmbH", "Vorsitzender des Aufsichtsrats",
  connected="2015-01-10")
C("genuine", "board", "de", "Aufsichtsratsvorsitzender zum Jahresabschluss und Wirtschaftsprüfer", [
    ("aufsichtsrat", "2021-04-26 18:00", "Liebe Frau Hülsmann, der Prüfbericht ist da, keine Beanstandungen, Glückwunsch. Das Angebot der Prüfungsgesellschaft für 2021 liegt 9 % über dem Vorjahr. Ich würde das einmal mit Ihnen durchsprechen, bevor wir es in der Sitzung beschließen. Haben Sie Donnerstag Zeit?"),
    ("me", "2021-04-27 08:15", "Lieber Herr Vennemann, danke! Donnerstag 17 Uhr passt. Ich hole bis dahin ein Vergleichsangebot ein."),
])

P("lohn", "Markus Feldkamp", "Feldkamp & Partner Steuerberater", "Steuerberater", connected="2016-03-03")
C("genuine", "vendor_existing", "de", "bestehender Steuerberater kündigt neue Preise für die Lohnabrechnung an", [
    ("lohn", "2020-11-30 10:00", "Sehr geehrte Frau Hülsmann,\nzum 01.01.2021 passen wir unsere Vergütung für die Lohnabrechnung an: 24,50 € statt 22 € je Abrechnung. Grund sind vor allem die zusätzlichen Kurzarbeits- und Corona-Sonderzahlungsthemen. Wir bleiben selbstverständlich im Rahmen der StBVV. Für Rückfragen stehe ich gern zur Verfügung.\nMit freundlichen Grüßen\nMarkus Feldkamp"),
    ("me", "2020-11-30 12:30", "Sehr geehrter Herr Feldkamp, verstanden. Bei 62 Abrechnungen im Monat ist das spürbar. Können wir über eine Pauschale sprechen? Ich rufe Sie nächste Woche an."),
])

P("saxion", "Dr. Eline de Vries", "Saxion University of Applied Sciences", "Researcher, Early Childhood Education",
  connected="2021-03-15")
C("genuine", "research_request", "en", "Dutch researcher asks for a study visit; message landed in SPAM", [
    ("saxion", "2021-03-15 13:05", "Dear Ms Hülsmann,\nI am a researcher at Saxion in Enschede working on a cross-border study of how German and Dutch daycare centres organise outdoor play. A colleague at the Euregio office recommended your Kita Aaseeknirpse because of its garden by the lake. Would you be willing to let two of us visit for one morning in June, and perhaps do a 45-minute interview with you? We would of course follow all your Covid rules.\nKind regards,\nEline de Vries"),
    ("me", "2021-03-29 09:20", "Dear Dr de Vries, my apologies, your message ended up in my spam folder and I only just saw it. Yes, we would be glad to have you. June is fine, please suggest two dates and I'll check with the Kita leader. Best regards, Annette Hülsmann"),
    ("saxion", "2021-03-29 10:00", "Wonderful, thank you! 15 or 22 June?"),
], folder="SPAM")

P("enschede", "Marloes Kuipers", "Kinderopvang De Vlinder", "Locatiemanager", connected="2019-09-09")
C("genuine", "partner_exchange", "en", "Dutch partner daycare: exchange visit, in English", [
    ("enschede", "2021-09-20 10:30", "Hi Annette! Now that things are opening up again, shall we restart the staff exchange? We could host 3 of your team for a day in November. My German is still terrible so English ok? 😅"),
    ("me", "2021-09-20 11:15", "Hi Marloes! Yes please, the team has been asking. English is fine, my Dutch is worse than your German. Any Wednesday in November?"),
    ("enschede", "2021-09-20 11:20", "17 November. We'll do lunch, pannenkoeken promised."),
])

P("expat", "Rahul Srinivasan", "University of Münster", "Postdoctoral Researcher", connected="2021-05-25")
C("genuine", "parent", "en", "expat father asks for a place, in English", [
    ("expat", "2021-05-25 22:10", "Dear Ms Hülsmann, I am starting a postdoc at the university in September and my daughter (3) will need a Kita place. My German is basic. Is it possible to apply to your centres in English, and do you have staff who speak English with the children? Thank you very much."),
    ("me", "2021-05-26 08:40", "Dear Dr Srinivasan, welcome to Münster! Applications go through the city's Kita portal (there is an English version). In Kita Pusteblume two of our educators speak English well, and children pick up German very quickly. Please enter us as your first choice and send me a short note when you have done so."),
    ("expat", "2021-05-26 09:00", "Thank you so much, that is very reassuring."),
])

P("fachberatung", "Claudia Reckers", "Stadt Münster", "Fachberatung Kindertagesstätten", connected="2019-01-14")
C("genuine", "funding_authority", "de", "städtische Fachberatung zu neuen Corona-Regeln", [
    ("fachberatung", "2021-01-08 16:45", "Liebe Frau Hülsmann, zur Info vorab: ab Montag gilt der eingeschränkte Pandemiebetrieb, Betreuungsumfang wird um 10 Std. pro Woche reduziert. Das Schreiben vom Ministerium geht Ihnen heute noch zu. Wenn Sie bei der Elterninfo Unterstützung brauchen, melden Sie sich."),
    ("me", "2021-01-08 17:10", "Danke für die Vorwarnung, Frau Reckers. Die Eltern werden begeistert sein... Ich bereite den Brief heute Abend vor."),
])

P("putz", "Dragan Petrović", "Glanzwerk Gebäudereinigung", "Objektleiter", connected="2018-08-01")
C("genuine", "vendor_requested_quote", "de", "sie bittet bestehende Reinigungsfirma um Nachtragsangebot", [
    ("me", "2021-07-19 08:20", "Hallo Herr Petrović, ab 1.8. kommt in der Kita Regenbogen die neue U3-Gruppe dazu (Gruppenraum, Schlafraum, Wickelraum, zusammen ca. 85 qm). Können Sie mir ein Nachtragsangebot für die tägliche Reinigung schicken?"),
    ("putz", "2021-07-20 14:00", "Guten Tag Frau Hülsmann, gerne. Für 85 qm täglich, Sanitär inkl., wären es 310 € netto im Monat zusätzlich. Ab 1.8. kein Problem. Schriftliches Angebot kommt per Mail."),
    ("me", "2021-07-20 14:30", "Danke, passt."),
])

P("ehemalige", "Nicole Terhorst", "Familienzentrum Kinderhaus", "Leitung", connected="2014-06-05")
C("genuine", "friend_colleague", "de", "sie fragt eine ehemalige Kollegin nach Erzieherinnen auf Jobsuche", [
    ("me", "2021-09-01 20:10", "Hallo Nicole, lang nicht gehört! Kurze Frage: kennst du jemanden, der gerade wechseln möchte? Wir haben im Kiepenkerlchen 2 Stellen offen und die Bewerbungslage ist katastrophal."),
    ("ehemalige", "2021-09-02 07:30", "Hallo Annette! Ach, bei uns genauso. Aber: eine Kollegin zieht nach Hiltrup und will nicht mehr pendeln. Ich frag sie, ob ich dir ihre Nummer geben darf. Und wir müssen mal wieder Kaffee trinken!"),
    ("me", "2021-09-02 07:45", "Das wäre super. Kaffee unbedingt, Prinzipalmarkt, wenn es nicht regnet (also nie 😄)"),
])

P("foerderverein", "Ralf Stienemann", "Förderverein Kita Aaseeknirpse e.V.", "1. Vorsitzender", connected="2019-11-04")
C("genuine", "community", "de", "Förderverein plant Spendenlauf", [
    ("foerderverein", "2021-08-23 19:00", "Hallo Frau Hülsmann, der Förderverein möchte am 18.9. einen Spendenlauf um den Aasee machen, Ziel ist der neue Bewegungsraum. Dürfen wir das Logo der Kita verwenden und bräuchten wir eine Genehmigung von Ihnen als Träger?"),
    ("me", "2021-08-24 08:30", "Hallo Herr Stienemann, tolle Idee! Logo ja, sehr gern. Genehmigung vom Träger brauchen Sie nicht, aber bitte bei der Stadt (Grünflächenamt) anmelden. Ich laufe mit!"),
])

P("berufskolleg", "Andrea Kötting", "Berufskolleg Hiltrup", "Lehrerin Sozialpädagogik", connected="2017-10-10")
C("genuine", "community", "de", "Lehrerin fragt nach Praktikumsplätzen", [
    ("berufskolleg", "2021-02-24 13:20", "Liebe Frau Hülsmann, wir suchen für das Blockpraktikum ab April noch 3 Plätze für die Unterstufe. Könnten Sie wieder welche anbieten? Ich weiß, die Lage ist schwierig mit Corona."),
    ("me", "2021-02-24 15:00", "Liebe Frau Kötting, zwei kriegen wir hin, Regenbogen und Aaseeknirpse. Die Schülerinnen müssen sich aber an unsere Testregeln halten."),
    ("berufskolleg", "2021-02-24 15:10", "Selbstverständlich. Danke!"),
])

P("ratsfrau", "Gisela Borchert", "Rat der Stadt Münster", "Ratsmitglied, Jugendhilfeausschuss", connected="2018-04-18")
C("genuine", "community", "de", "Ratsmitglied fragt nach Einschätzung zur Kita-Bedarfsplanung", [
    ("ratsfrau", "2021-06-02 21:05", "Liebe Frau Hülsmann, im Jugendhilfeausschuss geht es nächste Woche um die Bedarfsplanung für Roxel. Könnten Sie mir in zwei, drei Sätzen sagen, wie realistisch Ihr Zeitplan für die neue Einrichtung ist? Ich möchte nichts Falsches sagen."),
    ("me", "2021-06-03 07:50", "Liebe Frau Borchert, Baubeginn Frühjahr 2022 ist realistisch, Eröffnung August 2023, wenn das Grundstück wie besprochen kommt. Engpass ist eher das Personal als der Bau. Gerne telefonisch mehr."),
])

P("vorgaenger", "Werner Lütke-Daldrup", "", "Geschäftsführer i.R.", connected="2013-02-20")
C("genuine", "long_standing_contact", "de", "pensionierter Vorgänger meldet sich, langjähriger Kontakt", [
    ("vorgaenger", "2020-12-23 11:00", "Liebe Annette, was für ein Jahr. Ich denke oft an euch und die Kolleginnen in den Kitas. Ihr habt das toll gemacht. Frohe Weihnachten und grüß mir das Team! Werner"),
    ("me", "2020-12-23 12:30", "Lieber Werner, wie schön von dir zu hören! Danke, das tut gerade gut. Dir und Hanne auch frohe Weihnachten, und bleibt gesund. Im Sommer gibt's hoffentlich wieder Grillen im Kiepenkerlchen, dann bist du eingeladen."),
])

P("kitalino_cs", "Jana Westermann", "Kitalino", "Customer Success", connected="2020-09-14")
C("genuine", "vendor_existing", "de", "bestehender Kita-App-Anbieter zu Vertragsverlängerung", [
    ("kitalino_cs", "2021-08-09 10:30", "Hallo Frau Hülsmann, Ihr Jahresvertrag für Kitalino läuft am 30.09. aus. Für 2021/22 bleibt der Preis bei 1,90 € pro Kind und Monat, neu dazu kommt kostenlos das Modul für Anwesenheitslisten. Soll ich die Verlängerung für alle vier Einrichtungen vorbereiten?"),
    ("me", "2021-08-09 11:00", "Ja bitte, alle vier, und nehmen Sie gleich die neue U3-Gruppe in Gievenbeck mit rein (12 Kinder)."),
])

P("sommerfest", "Tanja Wiesmann", "", "Mutter, Elternbeirat Kita Regenbogen", connected="2020-08-20")
C("genuine", "thanks_parent", "de", "Mutter bedankt sich nach dem Abschied ihres Kindes", [
    ("sommerfest", "2021-07-30 18:45", "Liebe Frau Hülsmann, heute war Lottas letzter Tag im Regenbogen. Vier Jahre, zwei davon mit Corona, und das Team war immer für uns da. Sagen Sie das bitte auch ganz offiziell weiter. Danke!! Tanja Wiesmann"),
    ("me", "2021-07-31 09:10", "Liebe Frau Wiesmann, das gebe ich sehr gern weiter, Frau Kemper wird sich riesig freuen. Alles Gute für Lotta in der Schule! 🎒"),
])

P("musik", "Jana Büscher", "Klangkiste Münster", "Musikpädagogin (selbstständig)", connected="2014-08-20")
C("genuine", "former_colleague_offer", "de", "ehemalige Kollegin, jetzt selbstständig, fragt persönlich nach Musikangebot", [
    ("musik", "2021-09-28 20:20", "Hallo Annette, ich hoffe, dir geht's gut! Du weißt ja, dass ich seit letztem Jahr mit der Klangkiste selbstständig bin. Ich hätte ab Januar dienstags vormittags noch Zeit und hab sofort an das Kiepenkerlchen gedacht, wo wir früher immer zusammen gesungen haben 😊 Wäre ein Musikkreis für die Vorschulkinder was für euch? Für Träger nehme ich 45 € pro Stunde, über den Förderverein ginge es vielleicht auch. Kein Druck, ehrlich!"),
    ("me", "2021-09-29 07:45", "Liebe Jana, wie schön! Ich frag Ute, die wird begeistert sein. Wir telefonieren nächste Woche, ja? Und grüß Ben!"),
    ("musik", "2021-09-29 08:00", "Mach ich, bis dann 🎶"),
])

# ---------------------------------------------------------------- wanted pitches

P("dienstplan", "Katja Brinkhaus", "PlanKita", "Gründerin", connected="2021-02-15",
  invite=("IN", "2021-02-15 08:40", "Hallo Frau Hülsmann, Ihr Beitrag zu Dienstplänen in Corona-Zeiten hat mich sehr angesprochen."))
C("wanted_pitch", "tailored_software", "de", "zitiert ihren LinkedIn-Beitrag über Dienstplan-Chaos bei festen Gruppen", [
    ("dienstplan", "2021-02-15 09:10", "Liebe Frau Hülsmann,\nSie haben letzte Woche geschrieben, dass Ihre Leitungen durch die festen Gruppen jeden Sonntagabend mit Excel die Dienstpläne neu puzzeln und dass Springer praktisch nicht mehr möglich sind. Genau dafür haben wir PlanKita gebaut, zusammen mit zwei Trägern aus Osnabrück: Gruppentrennung als Regel im Plan, KiBiz-Personalschlüssel wird live geprüft, Ausfälle per App.\nWir bieten Trägern mit bis zu 5 Einrichtungen 3 Monate kostenlos an. Wenn Sie mögen, zeige ich es Ihnen oder direkt einer Ihrer Leitungen, gern auch nur 20 Minuten."),
    ("me", "2021-02-16 07:50", "Liebe Frau Brinkhaus, das klingt tatsächlich nach unserem Problem. Bitte zeigen Sie es Frau Overbeck (Aaseeknirpse) und mir, Donnerstag 13:30 online?"),
    ("dienstplan", "2021-02-16 08:05", "Sehr gern, Link kommt per Mail."),
])

P("fortbildung", "Simone Averbeck", "Averbeck Teamentwicklung", "Fortbildnerin", connected="2021-10-08")
C("wanted_pitch", "tailored_service", "de", "Fortbildnerin bezieht sich auf ihren Fachtag-Vortrag", [
    ("fortbildung", "2021-10-08 12:00", "Liebe Frau Hülsmann,\nich saß beim Fachtag in der dritten Reihe. Ihr Satz 'Quereinsteigerinnen sind kein Notnagel, aber sie brauchen eine Landkarte' ist mir hängen geblieben. Ich entwickle seit ein paar Jahren Einarbeitungsmodule genau für diese Zielgruppe (Heilerziehungspflege, Kinderpflege, Sozialassistenz), als Inhouse-Tag für Teams. Für 4 Einrichtungen würde ich 2 Tage vorschlagen, 1.450 € pro Tag. Ich schicke Ihnen gern das Konzept."),
    ("me", "2021-10-08 14:30", "Liebe Frau Averbeck, schön, dass der Satz hängen geblieben ist 🙂 Ja, schicken Sie mir das Konzept, wir planen gerade die Fortbildungstage für 2022."),
])

P("webdesign", "Tobias Schräder", "Schräder Web", "Freiberuflicher Webentwickler", connected="2021-03-22")
C("wanted_pitch", "tailored_freelancer", "de", "hat ihre Website angesehen und benennt konkrete Mängel", [
    ("webdesign", "2021-03-22 20:15", "Hallo Frau Hülsmann,\nich habe eine Tochter im Kiepenkerlchen und bin Webentwickler. Beim Suchen der Schließtage auf Ihrer Website ist mir aufgefallen: die Telefonnummer der Kita Regenbogen ist noch die alte (die endet auf -47, die Kita hat jetzt -52), der Terminkalender zeigt noch 2019, und das Voranmeldeformular ist ein PDF, das man ausdrucken muss. Außerdem ist die Seite auf dem Handy kaum lesbar.\nIch würde das für einen fairen Festpreis modernisieren (Schätzung 2.400 €) oder erstmal nur die Nummer und den Kalender reparieren, das wären 2 Stunden. Keine Pflicht natürlich, wollte nur Bescheid sagen."),
    ("me", "2021-03-23 08:00", "Hallo Herr Schräder, danke, die Telefonnummer ist wirklich peinlich! Bitte machen Sie das kleine Paket sofort, für den Rest schicken Sie mir gern ein Angebot."),
])

P("modulbau", "Sven Grotegut", "Grotegut Modulbau", "Vertrieb Bildungsbauten", connected="2021-06-21")
C("wanted_pitch", "tailored_supplier", "de", "bezieht sich auf den Ratsbeschluss zur neuen Kita in Roxel und bietet Interimsmodule", [
    ("modulbau", "2021-06-21 10:30", "Sehr geehrte Frau Hülsmann,\nim Ratsinformationssystem habe ich gelesen, dass der Jugendhilfeausschuss Ihrem Träger die neue sechsgruppige Einrichtung in Roxel zugesprochen hat, mit Eröffnung 2023. In der Vorlage steht auch, dass schon ab August 2022 Plätze fehlen. Wir bauen Kita-Module als Interimslösung (2 Gruppen, LWL-abgenommen, in 10 Wochen aufgestellt), zuletzt in Greven und Senden. Falls die Stadt eine Übergangslösung auf dem Grundstück wünscht, schicke ich Ihnen gerne Referenzen und eine Mietpreisindikation."),
    ("me", "2021-06-22 09:15", "Sehr geehrter Herr Grotegut, das ist tatsächlich im Gespräch. Schicken Sie mir bitte Referenzen und eine Indikation für 2 Gruppen, Mietdauer 12 bis 15 Monate."),
])

P("waesche", "Andreas Schöppner", "Textilservice Schöppner", "Inhaber", connected="2021-05-10")
C("wanted_pitch", "tailored_mutual_contact", "de", "nennt gemeinsame Kontaktperson und ihr Wäscheproblem", [
    ("waesche", "2021-05-10 13:40", "Guten Tag Frau Hülsmann, Nicole Terhorst vom Familienzentrum Kinderhaus hat mir erzählt, dass bei Ihnen die Kolleginnen abends die Lätzchen, Handtücher und Bettwäsche mit nach Hause nehmen, weil die Waschmaschinen in den Kitas nicht hinterherkommen. Wir holen bei Nicole seit zwei Jahren zweimal pro Woche ab und bringen alles gefaltet zurück, pro Einrichtung ca. 140 € im Monat. Wenn Sie wollen, rechne ich Ihnen das für Ihre vier Häuser mal durch."),
    ("me", "2021-05-10 15:00", "Guten Tag Herr Schöppner, Nicole hat recht, das ist bei uns ein Dauerthema. Ja, bitte rechnen Sie das durch. Ich frage die Leitungen nach den Mengen."),
])

P("lohnkita", "Birgit Hüls", "Hüls Lohnservice Sozialwirtschaft", "Inhaberin", connected="2021-11-08")
C("wanted_pitch", "tailored_service", "de", "kennt aus Stellenanzeigen ihr TVöD-SuE-Setup und Zulagen, bietet spezialisierte Lohnabrechnung", [
    ("lohnkita", "2021-11-08 09:00", "Sehr geehrte Frau Hülsmann,\nin Ihren Stellenanzeigen vergüten Sie nach TVöD SuE mit Praxisanleitungszulage und Jahressonderzahlung, dazu haben Sie PiA-Auszubildende. Genau diese Konstellation (Stufenlaufzeiten, Zulagen, Ausbildungsvergütung) geht bei allgemeinen Steuerbüros oft schief. Wir machen ausschließlich Lohn für soziale Träger, 19,80 € pro Abrechnung, Übernahme zum Quartalswechsel. Falls Sie ohnehin über einen Wechsel nachdenken, schicke ich Ihnen ein Angebot."),
    ("me", "2021-11-08 11:20", "Guten Tag Frau Hüls, interessant, gerade jetzt. Bitte schicken Sie das Angebot für 62 Abrechnungen plus 4 PiA."),
])

P("kitalino_trainer", "Melanie Roßkamp", "", "Freiberufliche Medienpädagogin", connected="2020-10-12")
C("wanted_pitch", "tailored_freelancer", "de", "kennt ihre Kita-App aus ihrem Post und bietet passende Schulung", [
    ("kitalino_trainer", "2020-10-12 19:20", "Hallo Frau Hülsmann, Sie hatten gepostet, dass Sie jetzt in allen vier Häusern Kitalino eingeführt haben und dass sich viele Kolleginnen mit den Portfolio-Fotos und dem Datenschutz schwer tun. Ich bin Medienpädagogin und gebe genau dazu Team-Workshops (Fotos von Kindern, Einwilligungen, Elternkommunikation in der App), auch online in der Mittagsruhe. 2 Stunden kosten 320 €. Wäre das etwas für Ihre Teamtage?"),
    ("me", "2020-10-13 08:15", "Hallo Frau Roßkamp, ja, das wäre wirklich hilfreich. Können wir im November zwei Termine für je zwei Häuser machen?"),
    ("kitalino_trainer", "2020-10-13 08:40", "Gerne. Ich schlage Ihnen 4 Termine vor, Sie suchen aus."),
])

P("spanien", "Laura Martín Gómez", "Puente Fachkräfte", "Personalvermittlerin Pädagogik", connected="2021-06-07")
C("wanted_pitch", "tailored_recruiter", "de", "Recruiterin mit relevanter Lösung, bezieht sich auf ihre seit Monaten offenen Stellen", [
    ("spanien", "2021-06-07 10:10", "Sehr geehrte Frau Hülsmann,\nich sehe Ihre Stellen für Erzieher*innen im Kiepenkerlchen und in der Pusteblume seit Februar online. Wir vermitteln spanische Erzieherinnen mit Hochschulabschluss (Grado en Educación Infantil), die schon B2 Deutsch haben; die Anerkennung bei der Bezirksregierung Köln begleiten wir bis zum Ende. Zwei Kandidatinnen würden gern nach Münster, eine hat vorher in einer deutschen Schule in Madrid gearbeitet. Unser Honorar ist 4.500 € pro Vermittlung, fällig erst nach der Probezeit. Darf ich Ihnen die Profile schicken?"),
    ("me", "2021-06-07 13:00", "Sehr geehrte Frau Martín Gómez, ja bitte. Wie lange dauert die Anerkennung aktuell im Durchschnitt?"),
    ("spanien", "2021-06-07 13:30", "Zurzeit etwa 4 Monate. Profile sind unterwegs."),
])

P("biokueche", "Hannah Pöppelmann", "Pöppelmanns Hofküche", "Geschäftsführerin", connected="2021-09-20")
C("wanted_pitch", "tailored_supplier", "de", "bezieht sich auf ihr Zitat in der Lokalzeitung zu regionalem Essen", [
    ("biokueche", "2021-09-20 07:50", "Guten Morgen Frau Hülsmann,\nim Münsterschen Anzeiger vom Samstag haben Sie gesagt, Sie würden gern mehr Regionales auf die Teller bringen, aber bei 3,45 € pro Essen sei da wenig Luft. Wir sind ein Hof in Nienberge und kochen seit diesem Jahr für zwei Kitas, 60 % regional, 3,39 € pro Portion bei 150 Essen am Tag, weil wir Gemüse und Kartoffeln selbst anbauen. Ich will Ihrem Caterer nichts wegnehmen, aber falls Sie einmal vergleichen möchten, lade ich Sie gern zum Probeessen ein."),
    ("me", "2021-09-20 09:30", "Guten Morgen Frau Pöppelmann, danke, ich komme gern zum Probeessen, vertraglich sind wir bis Sommer 2022 gebunden. Ende Oktober?"),
])

P("solar_kita", "Jens Hölscher", "Sonnenkraft Münsterland eG", "Projektleiter", connected="2021-04-06")
C("wanted_pitch", "tailored_supplier", "de", "hat das Flachdach der Kita Regenbogen gesehen und kennt die Förderung für gemeinnützige Träger", [
    ("solar_kita", "2021-04-06 14:15", "Hallo Frau Hülsmann,\nich fahre jeden Morgen mit dem Rad an Ihrer Kita Regenbogen in Gievenbeck vorbei. Das Flachdach vom Anbau ist nach Süden frei und wird gerade neu gemacht (die Dachdecker waren ja da). Als Bürgerenergie-Genossenschaft pachten wir solche Dächer von gemeinnützigen Trägern, bauen die Anlage auf unsere Kosten, und Sie bekommen den Strom günstiger als vom Versorger. Bei progres.nrw gibt es dafür gerade auch einen Zuschuss. Wollen wir uns das Dach zusammen anschauen, bevor es wieder zu ist?"),
    ("me", "2021-04-06 16:00", "Hallo Herr Hölscher, gute Beobachtung und gutes Timing. Ich gebe Herrn Wessels (Dachdecker) Bescheid, vielleicht können Sie sich dort nächste Woche treffen."),
])

P("fundraising", "Christina Lammers", "", "Fundraising-Beraterin (freiberuflich)", connected="2021-09-06")
C("wanted_pitch", "tailored_freelancer", "de", "bezieht sich auf den Spendenlauf-Post und das konkrete Ziel Bewegungsraum", [
    ("fundraising", "2021-09-06 11:30", "Liebe Frau Hülsmann,\nich habe den Beitrag zum Spendenlauf am Aasee gesehen, toll! Für den Bewegungsraum (Sie schreiben 38.000 €) reicht ein Lauf vermutlich nicht. Solche Räume fördern die Aktion Mensch und zwei Münsteraner Stiftungen ziemlich verlässlich, wenn der Antrag inklusiv gedacht ist. Ich schreibe solche Anträge für Kitas und Vereine, abgerechnet nach Stunden (65 €), keine Erfolgsprovision. Wenn Sie mögen, schaue ich mir die Unterlagen einmal kostenlos an."),
    ("me", "2021-09-06 13:00", "Liebe Frau Lammers, das wäre großartig. Ich verbinde Sie mit Herrn Stienemann vom Förderverein, der hat alle Zahlen."),
])

P("naturplay", "Joost van Dijk", "Groene Speelplekken", "Landscape Designer", connected="2021-11-18")
C("wanted_pitch", "tailored_supplier", "en", "Dutch natural playground designer met her at the exchange visit, names her garden", [
    ("naturplay", "2021-11-18 16:40", "Hi Annette, we met briefly yesterday at De Vlinder in Enschede during your team's exchange visit. Your colleague showed me photos of the garden at Aaseeknirpse, the slope down towards the path and the bare patch under the old chestnut tree where nothing grows. That's exactly the kind of spot we turn into a natural play area with willow tunnels, a log climbing trail and a water channel, usually for 15-25k. We've done several projects in Gronau and Ahaus. Would you like me to send some photos and a rough sketch?"),
    ("me", "2021-11-19 08:30", "Hi Joost, yes, that chestnut corner is our problem child. Please send photos, and I'd love a rough sketch."),
])

# ---------------------------------------------------------------- junk

P("leadgen1", "Dennis Kowalczyk", "Vertriebsturbo GmbH", "Head of Sales", connected="2021-03-01",
  invite=("IN", "2021-03-01 07:30", ""))
C("junk", "connect_then_pitch", "de", "erst Smalltalk, nach ihrer Antwort der Pitch, dann Bump", [
    ("leadgen1", "2021-03-01 08:00", "Hallo Frau Hülsmann, danke fürs Vernetzen! Wie läuft es bei Ihnen gerade so, trotz Corona?"),
    ("me", "2021-03-01 19:40", "Danke, anstrengend, aber wir halten durch."),
    ("leadgen1", "2021-03-02 08:15", "Das glaube ich! Genau deshalb melde ich mich: wir helfen Unternehmen, planbar 20+ Neukundentermine im Monat zu generieren, vollautomatisiert über LinkedIn. Hätten Sie diese Woche 15 Minuten für einen kurzen Austausch?"),
    ("leadgen1", "2021-03-09 08:15", "Hallo Frau Hülsmann, ich schiebe das nochmal kurz nach oben 🙂"),
])

P("coach1", "Yvonne Reichert", "", "Coach für Unternehmerinnen | Mindset | Erfolg", connected="2021-01-25",
  invite=("IN", "2021-01-25 21:00", "Liebe Annette, ich vernetze mich gern mit starken Frauen!"))
C("junk", "connect_then_pitch", "de", "du-Ansprache, Kompliment, dann bezahltes Coaching", [
    ("coach1", "2021-01-26 09:00", "Liebe Annette, schön, dass wir jetzt vernetzt sind! 💛 Was machst du denn genau?"),
    ("coach1", "2021-01-28 09:00", "Ich frage, weil ich gerade 5 Plätze in meinem 1:1-Programm 'Mutig führen' freigegeben habe, für Unternehmerinnen, die 2021 endlich ihr nächstes Level erreichen wollen. Magst du dir ein kostenloses Erstgespräch sichern? terminfix.example/yvonne"),
    ("coach1", "2021-02-04 09:00", "Hey Annette, hast du meine Nachricht gesehen? Die Plätze sind fast weg ✨"),
])

P("seo", "Ravi Kumar", "WebRank Solutions", "SEO Consultant", connected="2020-10-05")
C("junk", "generic_service_pitch", "en", "generic English SEO pitch", [
    ("seo", "2020-10-05 05:40", "Hello Annette,\nI was checking your website and noticed it is not ranking on Google for many important keywords. We can bring your website on first page with our white-hat SEO services at very affordable price. Shall I send you the detailed proposal?\nThanks & Regards\nRavi"),
])

P("social", "Lisa-Marie Kröger", "Likeboost Agentur", "Social Media Managerin", connected="2021-07-12")
C("junk", "generic_service_pitch", "de", "Social-Media-Agentur, generisch", [
    ("social", "2021-07-12 10:10", "Hallo Annette 👋 ist Instagram bei euch schon ein Thema? Wir übernehmen euren kompletten Auftritt, 12 Posts + 8 Reels im Monat, ab 890 €. So werdet ihr zur Marke in eurer Region! Soll ich dir unsere Pakete schicken?"),
])

P("solar_privat", "Kevin Hartwig", "SolarHeld", "Energieberater", connected="2021-05-17")
C("junk", "off_topic_product", "de", "Solar fürs Eigenheim, generisch (Gegenstück zur Energie-Genossenschaft)", [
    ("solar_privat", "2021-05-17 18:00", "Hallo Frau Hülsmann, sind Sie Eigenheimbesitzerin? ☀️ Mit einer PV-Anlage von SolarHeld senken Sie Ihre Stromkosten um bis zu 80 %! Jetzt kostenlosen Solar-Check sichern, dauert nur 2 Minuten."),
])

P("krypto", "Alexander Wolf", "", "Finanzielle Freiheit | Investor", connected="2021-04-13")
C("junk", "mlm_crypto", "de", "Krypto-/Network-Marketing-Angebot", [
    ("sys", "2021-04-13 22:14", "Message request accepted"),
    ("krypto", "2021-04-13 22:15", "Hi Annette, kurze Frage: bist du offen für ein zweites Einkommen neben deinem Job? Ich habe ein System gefunden, mit dem ich mit Krypto monatlich passiv verdiene. Kein Risiko, ich zeig dir gern meine Ergebnisse. Interesse?"),
])

P("betreuung", "Sarah Engelhardt", "FamilyCare Solutions GmbH", "Key Account Managerin", connected="2021-02-22")
C("junk", "sells_what_you_sell", "de", "bietet ihr Kinderbetreuung für Mitarbeitende an, genau was sie selbst anbietet", [
    ("betreuung", "2021-02-22 11:00", "Sehr geehrte Frau Hülsmann,\nwussten Sie, dass 73 % der Eltern in Ihrem Unternehmen Probleme mit der Kinderbetreuung haben? Mit FamilyCare bieten Sie Ihren Mitarbeitenden flexible Betreuungsplätze und Notfallbetreuung an, steuerlich begünstigt. Gern stelle ich Ihnen unser Arbeitgeber-Paket in einem kurzen Termin vor."),
])

P("babysitter", "Finn Albers", "Sitterly", "Partnerships", connected="2021-08-02")
C("junk", "sells_what_you_sell", "de", "Babysitter-Plattform bietet ihr Betreuung an", [
    ("babysitter", "2021-08-02 14:20", "Hey Annette! Betreuung für die Kleinen gesucht? 👶 Mit Sitterly findest du in Münster geprüfte Babysitter in unter 24 Stunden. Für Unternehmen gibt es Rahmenverträge. Lass uns gern kurz sprechen!"),
])

P("kapazitaet", "Oliver Brandt", "Kundenstrom Marketing", "Geschäftsführer", connected="2021-06-28")
C("junk", "capacity_ask", "de", "fragt, ob sie Kapazität für Neukunden hat", [
    ("kapazitaet", "2021-06-28 09:30", "Hallo Frau Hülsmann, kurze Frage: Hätten Sie aktuell noch Kapazitäten für neue Kunden? Wir bringen Dienstleistern aus Ihrer Branche regelmäßig qualifizierte Anfragen. Wenn ja, erzähle ich Ihnen gern, wie das funktioniert."),
    ("kapazitaet", "2021-07-05 09:30", "Hallo nochmal, ist das Thema für Sie interessant?"),
])

P("gleichgesinnt", "Ramona Fischbach", "", "Unternehmerin | Netzwerkerin | Speakerin", connected="2021-03-30")
C("junk", "like_minded_networking", "de", "Vernetzung mit gleichgesinnten Unternehmerinnen, bezahlter Netzwerkclub", [
    ("gleichgesinnt", "2021-03-30 20:00", "Liebe Annette, ich vernetze mich so gern mit gleichgesinnten Unternehmerinnen, die etwas bewegen wollen! 🌸 Ich leite den 'Female Leaders Circle Münsterland', wir treffen uns monatlich online. Mitgliedschaft 49 €/Monat, das erste Treffen ist gratis. Bist du dabei?"),
])

P("viertelstunde", "Marc Jungblut", "ProcessPilot Consulting", "Senior Consultant", connected="2021-09-27")
C("junk", "quick_call_ask", "de", "kurzes 15-Minuten-Gespräch, ohne Bezug", [
    ("viertelstunde", "2021-09-27 08:05", "Guten Morgen Frau Hülsmann, hätten Sie in den nächsten Tagen 15 Minuten für ein kurzes Gespräch? Ich bin sicher, dass wir Ihnen bei der Optimierung Ihrer Prozesse helfen können. Hier direkt einen Termin wählen: kalendo.example/marc-jungblut"),
    ("viertelstunde", "2021-10-04 08:05", "Guten Morgen, ich wollte nochmal an meine Nachricht erinnern. 15 Minuten genügen!"),
])

# one template, five senders (one in English)
P("tmpl1", "Jessica Baumann", "Digitalschmiede Nord", "Business Development", connected="2021-04-19")
C("junk", "mass_template", "de", "Vorlage B 1/5: 'Ihr Unternehmen hat mich beeindruckt'", [
    ("tmpl1", "2021-04-19 10:00", "Hallo Frau Hülsmann, ich bin auf Ihr Profil gestoßen und war beeindruckt, was Sie mit Aasee Kinderhäuser gGmbH aufgebaut haben. Wir unterstützen Unternehmen wie Ihres dabei, mit digitalen Lösungen effizienter zu arbeiten und mehr Zeit fürs Kerngeschäft zu haben. Darf ich Ihnen in einem kurzen Call zeigen, wie das konkret aussieht?"),
])
P("tmpl2", "Patrick Lenz", "Effizienzwerk", "Partner Manager", connected="2021-05-03")
C("junk", "mass_template", "de", "Vorlage B 2/5", [
    ("tmpl2", "2021-05-03 10:20", "Hallo Frau Hülsmann, ich bin auf Ihr Profil gestoßen und war wirklich beeindruckt, was Sie mit der Aasee Kinderhäuser aufgebaut haben. Wir helfen Firmen wie Ihrer, mit smarten digitalen Lösungen effizienter zu werden und mehr Zeit für das Kerngeschäft zu gewinnen. Darf ich Ihnen in einem kurzen Call zeigen, wie das aussieht?"),
])
P("tmpl3", "Nina Schreiber", "Prozesshelden", "Account Executive", connected="2021-05-26")
C("junk", "mass_template", "de", "Vorlage B 3/5", [
    ("tmpl3", "2021-05-26 09:45", "Hallo Annette, bin auf dein Profil gestoßen und war beeindruckt, was du mit Aasee Kinderhäuser aufgebaut hast! Wir unterstützen Unternehmen wie deins, mit digitalen Lösungen effizienter zu arbeiten und mehr Zeit fürs Kerngeschäft zu haben. Darf ich dir in einem kurzen Call zeigen, wie das konkret aussieht?"),
])
P("tmpl4", "Florian Decker", "ClearOps Consulting", "Berater", connected="2021-06-14")
C("junk", "mass_template", "de", "Vorlage B 4/5, leicht umformuliert", [
    ("tmpl4", "2021-06-14 11:30", "Guten Tag Frau Hülsmann, Ihr Profil ist mir aufgefallen und ich bin beeindruckt, was Sie bei Aasee Kinderhäuser gGmbH aufgebaut haben. Wir begleiten Unternehmen wie Ihres dabei, mit digitalen Lösungen effizienter zu arbeiten. Hätten Sie Zeit für einen kurzen Call, in dem ich Ihnen zeige, wie das konkret aussieht?"),
])
P("tmpl5", "Ethan Walsh", "Streamline Digital", "Business Development Rep", connected="2021-07-07")
C("junk", "mass_template", "en", "template B 5/5 in English", [
    ("tmpl5", "2021-07-07 15:00", "Hi Annette, I came across your profile and was impressed by what you've built at Aasee Kinderhäuser gGmbH. We help companies like yours work more efficiently with digital solutions so you have more time for your core business. Could I show you how this looks in a short call?"),
])

P("merge1", "Sabrina Vogt", "Recruitify", "Talent Partner", connected="2021-08-16")
C("junk", "merge_tag_fail", "de", "Platzhalter {{Vorname}} nicht ersetzt", [
    ("merge1", "2021-08-16 09:00", "Hallo {{Vorname}}, ich habe gesehen, dass {{Firma}} gerade wächst. Wir finden in 14 Tagen passende Fachkräfte für Sie, ohne Vorabkosten. Wann passt Ihnen ein kurzer Austausch?"),
])
P("merge2", "Marcel Günther", "Printwerk24", "Vertrieb", connected="2021-03-15")
C("junk", "merge_tag_fail", "de", "falsche Anrede (Herr) und falsche Firma", [
    ("merge2", "2021-03-15 10:30", "Sehr geehrter Herr Hülsmann,\nals Geschäftsführer der Hülsmann Logistik GmbH wissen Sie, wie wichtig ein professioneller Auftritt ist. Wir drucken Ihre Visitenkarten, Flyer und Fahrzeugbeschriftungen zu Top-Preisen. Darf ich Ihnen ein Angebot schicken?"),
])
P("merge3", "Timo Vasić", "Bürofix", "Vertriebsleiter", connected="2020-11-09")
C("junk", "merge_tag_fail", "de", "[Firmenname] Platzhalter stehen geblieben", [
    ("merge3", "2020-11-09 13:00", "Hallo Frau Hülsmann, viele Unternehmen wie [Firmenname] zahlen zu viel für Druckerverträge. Wir analysieren kostenlos Ihre Kosten und sparen im Schnitt 30 %. Wann darf ich Sie anrufen?"),
])

P("lm1", "LinkedIn Member", "", "", url="")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Weiterbildung", [
    ("lm1", "2021-02-10 12:00", "<p>Hallo Annette,</p><p>bringen Sie Ihre Karriere auf das nächste Level: berufsbegleitender Master Digital Leadership, 100 % online &amp; staatlich anerkannt.</p><p>Jetzt Infomaterial anfordern!</p>"),
], title="Sponsored Conversation", subject="Ihr nächster Karriereschritt")
P("lm2", "LinkedIn Member", "", "", url="")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Geschäftskonto", [
    ("lm2", "2021-09-01 12:00", "<p>Annette, Ihr Geschäftskonto in 10 Minuten.</p><p>Kostenlos im ersten Jahr &amp; mit Cashback auf alle Kartenzahlungen. Jetzt eröffnen.</p>"),
], title="Sponsored Conversation", subject="Geschäftskonto in 10 Minuten")
P("lm3", "LinkedIn Member", "", "", url="")
C("junk", "sponsored_inmail", "de", "Sponsored InMail: Webinar HR-Software", [
    ("lm3", "2021-10-19 12:00", "<p>Hallo Annette,</p><p>wie führen Sie Ihr Team durch den Wandel? Melden Sie sich jetzt für unser kostenloses Webinar &bdquo;HR 2022&ldquo; an.</p>"),
], title="Sponsored Conversation", subject="Kostenloses Webinar: HR 2022")

P("award", "Melanie Hartung", "Deutscher Mittelstands-Award", "Jury-Team", connected="2021-05-04")
C("junk", "paid_award", "de", "angebliche Auszeichnung mit Teilnahmegebühr", [
    ("award", "2021-05-04 09:00", "Herzlichen Glückwunsch, Frau Hülsmann! 🏆 Ihr Unternehmen wurde für den Titel 'Top Arbeitgeber 2021' nominiert. Um das Siegel und die Urkunde zu erhalten, ist eine einmalige Lizenzgebühr von 1.290 € zzgl. MwSt. fällig. Sichern Sie sich jetzt Ihren Platz in der Gewinnerliste!"),
])
P("magazin", "Dirk Sommerfeld", "Unternehmer im Porträt", "Chefredaktion", connected="2021-08-30")
C("junk", "paid_feature", "de", "Porträt im Magazin gegen Gebühr", [
    ("magazin", "2021-08-30 14:00", "Guten Tag Frau Hülsmann, für unsere Herbstausgabe 'Frauen, die führen' möchten wir Sie gern porträtieren: eine Doppelseite mit Interview und Fotos, Auflage 25.000. Der Beitrag zu den Produktionskosten beträgt 1.850 €. Darf ich Ihnen die Mediadaten schicken?"),
    ("magazin", "2021-09-08 14:00", "Frau Hülsmann, Redaktionsschluss ist am Freitag, ich halte Ihnen den Platz noch bis dahin frei."),
])

P("wein", "Bernd Eickholt", "Weinkontor Eickholt", "Inhaber", connected="2020-11-23")
C("junk", "off_topic_product", "de", "Weinpräsente zu Weihnachten", [
    ("wein", "2020-11-23 11:00", "Hallo Frau Hülsmann, Weihnachten steht vor der Tür! 🍷 Bedanken Sie sich bei Kunden und Mitarbeitenden mit unseren Präsentkisten, ab 29 € inkl. Logo-Etikett. Bei Bestellung bis 5.12. liefern wir versandkostenfrei."),
])

P("hrsoft", "Jan-Philipp Wendt", "PeopleFlow HR", "Account Executive", connected="2021-03-08")
C("junk", "generic_counterpart_software", "de", "generische HR-Software (Gegenstück zu PlanKita)", [
    ("hrsoft", "2021-03-08 10:00", "Hallo Frau Hülsmann, PeopleFlow ist die All-in-One HR-Software für den Mittelstand: Zeiterfassung, Urlaubsplanung, Personalakte, Recruiting. Über 2.000 Unternehmen vertrauen uns. Ich würde Ihnen gern in einer Demo zeigen, wie Sie 10 Stunden pro Woche sparen. Wann passt es Ihnen?"),
])

P("recruiting_generic", "Kai Merten", "Jobturbo Personal", "Recruiting-Experte", connected="2021-07-19")
C("junk", "recruiting_spam", "de", "generischer Recruiting-Pitch (Gegenstück zur spanischen Vermittlung)", [
    ("recruiting_generic", "2021-07-19 08:30", "Hallo Frau Hülsmann, Fachkräftemangel? Nicht mit uns! Mit unserer Social-Recruiting-Methode bekommen Sie in 30 Tagen 20+ Bewerbungen auf jede Stelle, egal in welcher Branche. Jetzt kostenloses Strategiegespräch buchen!"),
])

P("catering_generic", "Stefanie Brockmann", "Gourmet Business Catering", "Vertrieb", connected="2021-10-11")
C("junk", "generic_counterpart_catering", "de", "generisches Business-Catering (Gegenstück zur Hofküche)", [
    ("catering_generic", "2021-10-11 12:00", "Sehr geehrte Frau Hülsmann, ob Meeting, Firmenfeier oder Messe: Gourmet Business Catering liefert Fingerfood und Buffets für Ihr Unternehmen. Gern sende ich Ihnen unsere aktuelle Speisekarte für das Weihnachtsgeschäft."),
])

P("webgeneric", "Dominik Esser", "Pixelkraft Webdesign", "Inhaber", connected="2021-04-26")
C("junk", "generic_counterpart_web", "de", "generischer Webdesign-Pitch (Gegenstück zum Vater-Entwickler)", [
    ("webgeneric", "2021-04-26 07:30", "Hallo Frau Hülsmann, Ihre Website ist Ihre digitale Visitenkarte. Wir erstellen moderne, responsive Websites ab 1.499 €, inklusive SEO und Hosting. Sollen wir uns kurz austauschen?"),
    ("webgeneric", "2021-05-03 07:30", "Hallo Frau Hülsmann, nur eine kurze Erinnerung an mein Angebot von letzter Woche."),
])

P("fluent", "Carolin Wiegand", "Wiegand Strategy Partners", "Managing Partner", connected="2021-06-09")
C("junk", "generic_service_pitch", "de", "flüssig, freundlich, nennt die Firma, könnte an jeden gehen", [
    ("fluent", "2021-06-09 16:00", "Liebe Frau Hülsmann,\nich verfolge die Entwicklung der Aasee Kinderhäuser gGmbH schon eine Weile mit großem Interesse, Respekt für das, was Sie und Ihr Team leisten! Gerade Organisationen in Wachstumsphasen stehen oft vor der Frage, wie Strategie, Kultur und Prozesse zusammenpassen. Genau hier setzen wir an. Ich würde mich freuen, Sie bei einem virtuellen Kaffee kennenzulernen und zu hören, wo Sie 2021 hinwollen."),
])

P("dienstwagen", "Sven Pohlmann", "FleetPlus Leasing", "Gewerbekundenberater", connected="2021-10-25")
C("junk", "off_topic_product", "de", "Dienstwagen-Leasing", [
    ("dienstwagen", "2021-10-25 10:00", "Guten Tag Frau Hülsmann, jetzt noch die Umweltprämie mitnehmen: Elektro-Dienstwagen für Ihre Firma ab 199 € netto im Monat, Lieferung noch 2021. Darf ich Ihnen ein unverbindliches Angebot machen?"),
])

P("leadgen2", "Emma Lindner", "Growly", "SDR", connected="2021-11-15",
  invite=("IN", "2021-11-14 18:00", ""))
C("junk", "connect_then_pitch", "de", "Danke fürs Vernetzen, Pitch in Nachricht 2, Bump", [
    ("leadgen2", "2021-11-15 08:00", "Hallo Annette, danke für die Vernetzung! Schöne Grüße nach Münster 😊"),
    ("leadgen2", "2021-11-16 08:00", "Übrigens: wir bei Growly helfen Geschäftsführer:innen, ihr LinkedIn-Profil in eine Lead-Maschine zu verwandeln. Wäre das für dich spannend? Ich hätte Donnerstag noch einen Slot frei."),
    ("leadgen2", "2021-11-23 08:00", "Hi Annette, kurzer Reminder zu meiner Nachricht 🙂"),
])

P("versicherung", "Holger Tiemann", "Tiemann Finanzberatung", "Finanzberater", connected="2020-12-07")
C("junk", "off_topic_product", "de", "private Altersvorsorge-Beratung", [
    ("versicherung", "2020-12-07 19:45", "Hallo Frau Hülsmann, als Führungskraft denken Sie sicher auch an Ihre Altersvorsorge. Noch bis Jahresende können Sie Steuervorteile nutzen. Darf ich Ihnen in einem unverbindlichen Gespräch zeigen, wie viel Sie sparen können?"),
    ("versicherung", "2020-12-14 19:45", "Frau Hülsmann, nur noch 2 Wochen bis Jahresende!"),
])

P("bump", "Tim Schürmann", "Cloudwerk IT", "Vertrieb", connected="2021-01-11")
C("junk", "followup_bump", "de", "IT-Dienstleister, mehrere unbeantwortete Erinnerungen", [
    ("bump", "2021-01-11 09:00", "Hallo Frau Hülsmann, wie ist die IT bei Ihnen aufgestellt? Wir betreuen Unternehmen in NRW rundum: Server, Cloud, Support."),
    ("bump", "2021-01-18 09:00", "Hallo Frau Hülsmann, haben Sie meine Nachricht gesehen?"),
    ("bump", "2021-01-26 09:00", "Ich hake nochmal nach. Ist das Thema IT für Sie gerade relevant?"),
    ("bump", "2021-02-03 09:00", "Letzte Nachricht von mir: Soll ich mich im Sommer nochmal melden?"),
])

P("coachgeneric", "Anja Kuhlmann", "Kuhlmann Coaching", "Business Coach", connected="2021-10-18")
C("junk", "generic_counterpart_training", "de", "generisches Führungskräfte-Coaching (Gegenstück zur Fortbildnerin)", [
    ("coachgeneric", "2021-10-18 07:15", "Guten Morgen Frau Hülsmann, Führung ist heute herausfordernder denn je. In meinem Online-Kurs 'Resilient führen' lernen Sie in 6 Wochen, wie Sie gelassen bleiben und Ihr Team begeistern. Frühbucherpreis nur 497 €. Interesse?"),
])

P("podcast", "Julian Rösner", "Mittelstand Mutmacher Podcast", "Host", connected="2021-07-26")
C("junk", "paid_feature", "de", "Podcast-Gastauftritt gegen Gebühr", [
    ("podcast", "2021-07-26 11:00", "Hi Annette, wir würden dich super gern in unserem Podcast 'Mittelstand Mutmacher' vorstellen! Über 10.000 Hörer:innen pro Folge. Für Schnitt, Promo und Social-Media-Clips berechnen wir eine Pauschale von 690 €. Hast du Lust?"),
])

P("english_lead", "Grace Mitchell", "ScaleForce", "Growth Partner", connected="2021-09-13")
C("junk", "generic_service_pitch", "en", "English outsourced sales pitch", [
    ("english_lead", "2021-09-13 14:10", "Hi Annette, hope you're well! We help European B2B companies expand into the UK and US markets with outsourced SDR teams. Would you be open to a quick 15-min chat next week to see if there's a fit?"),
])

P("verzeichnis", "Rüdiger Haas", "Gewerbeauskunft Online", "Kundenservice", connected="2021-02-01")
C("junk", "paid_listing_scam", "de", "kostenpflichtiger Branchenbucheintrag als 'Aktualisierung' getarnt", [
    ("verzeichnis", "2021-02-01 06:50", "Sehr geehrte Frau Hülsmann, bitte prüfen und bestätigen Sie die Daten Ihres Unternehmenseintrags im Gewerbeverzeichnis Online. Nach Bestätigung wird Ihr Premium-Eintrag für 24 Monate freigeschaltet (Jahresgebühr 849 € zzgl. MwSt.). Rückantwort genügt."),
], folder="ARCHIVE")

# ---------------------------------------------------------------- profile

PROFILE = {
    "First Name": "Annette", "Last Name": "Hülsmann",
    "Headline": "Geschäftsführerin Aasee Kinderhäuser gGmbH | vier Kitas in Münster",
    "Summary": ("Ich leite einen gemeinnützigen Träger mit vier Kindertageseinrichtungen in Münster "
                "(Aaseestadt, Kreuzviertel, Gievenbeck, Hiltrup), rund 260 Kinder und 62 "
                "Mitarbeitende. Mir liegen multiprofessionelle Teams, gute Ausbildung (PiA) und "
                "verlässliche Partnerschaften mit Eltern, Stadt und Unternehmen (Belegplätze) am "
                "Herzen. 2023 eröffnen wir unsere fünfte Kita in Roxel."),
    "Industry": "Non-profit Organization Management", "Geo Location": "Münster, Nordrhein-Westfalen, Deutschland",
    "Websites": "[COMPANY:aasee-kinderhaeuser.de]",
}
POSITIONS = [
    {"Company Name": "Aasee Kinderhäuser gGmbH", "Title": "Geschäftsführerin",
     "Description": "Trägerin von vier Kitas; Personal, Finanzen, Bau, Zusammenarbeit mit Stadt und LWL.",
     "Location": "Münster", "Started On": "Jan 2016", "Finished On": ""},
    {"Company Name": "Aasee Kinderhäuser gGmbH", "Title": "Pädagogische Fachberatung",
     "Description": "", "Location": "Münster", "Started On": "Aug 2012", "Finished On": "Dez 2015"},
    {"Company Name": "Familienzentrum Kinderhaus", "Title": "Stellvertretende Leitung",
     "Description": "", "Location": "Münster", "Started On": "Sep 2006", "Finished On": "Jul 2012"},
]
SKILLS = ["Frühkindliche Bildung", "Trägerverwaltung", "Personalführung", "KiBiz", "Fördermittel",
          "Qualitätsmanagement", "Elternarbeit", "Bauprojektsteuerung", "Personalgewinnung",
          "Sozialmanagement", "Haushaltsplanung", "Teamentwicklung"]


def main() -> None:
    ex.write(HERE.parent / SLUG, PROFILE, POSITIONS, SKILLS)
    print(ex.summary())


if __name__ == "__main__":
    main()

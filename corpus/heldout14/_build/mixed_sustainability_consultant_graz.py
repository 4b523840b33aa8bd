"""heldout14 persona: independent ESG / sustainability-reporting consultant in Graz (2024 layout).

Written by hand, blind to the detector. Run to regenerate the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-sustainability-consultant-graz"
OWNER = Person("me", "Verena Pölzl", "https://www.linkedin.com/in/verena-poelzl-esg-31d07f")
ex = Export(SLUG, "2024", OWNER)
P = ex.person


def genuine(category: str, language: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("genuine", category, language, note, messages, **kw)


def wanted(category: str, language: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("wanted_pitch", category, language, note, messages, **kw)


def junk(category: str, language: str, note: str, messages: list[tuple[str, str, str]], **kw: object) -> None:
    ex.conv("junk", category, language, note, messages, **kw)


# ---------------------------------------------------------------- genuine
P("metallbau", "Ing. Gerald Url", "Url Metallbau GmbH", "Geschäftsführer", connected="2025-01-14")
genuine("client_quote_request", "de", "KMU-Geschäftsführer fragt Angebot für VSME-Bericht an", [
    ("metallbau", "2025-01-14 10:20", "Grüß Gott Frau Pölzl, unsere Hausbank will bis Mai einen Nachhaltigkeitsbericht, sonst wird die Kreditlinie teurer, sagen sie. Wir sind 68 Mitarbeiter in Weiz, Stahlbau und Geländer. Mein Steuerberater meinte, Sie machen sowas nach diesem VSME-Standard. Was würde das kosten und wie viel Arbeit ist das für uns? Mfg Gerald Url"),
    ("me", "2025-01-14 13:05", "Grüß Gott Herr Url, danke für Ihre Anfrage! Für ein Unternehmen Ihrer Größe rechne ich mit dem Basis-Modul plus CO2-Bilanz Scope 1 und 2 mit ca. 6 Beratungstagen, bei Ihnen intern etwa 3-4 Tage Datensammeln. Ich schicke Ihnen bis Freitag ein Angebot. Passt Ihnen vorher ein kurzes Telefonat, damit ich die Bank-Anforderungen sehe?"),
    ("metallbau", "2025-01-14 13:40", "Passt, Donnerstag 9 Uhr. Ich leite Ihnen das Schreiben von der Bank weiter."),
    ("metallbau", "2025-01-21 16:10", "Angebot passt, Auftrag kommt morgen unterschrieben retour. Lg"),
])
P("autoparts", "Sandra Kofler", "Kofler Präzisionsteile", "Head of Quality & Sustainability", connected="2024-11-05")
genuine("client_scope3_request", "en", "automotive supplier client needs help with OEM Scope 3 questionnaire, asks quote", [
    ("autoparts", "2024-11-05 08:45", "Hi Verena, our biggest customer (a German OEM) has sent us a supplier questionnaire with product carbon footprints per part number, deadline end of January. We've never done PCFs. Could you help and send us an estimate? Answering in English as the questionnaire is in English and our CEO wants to read along."),
    ("me", "2024-11-05 11:30", "Hi Sandra, yes, happy to. For 5-10 part numbers with a cradle-to-gate PCF I'd estimate 8-10 days. Key question is your material data: do you get mill certificates with CO2 values from your steel suppliers?"),
    ("autoparts", "2024-11-05 12:15", "Some do, some don't. I'll send you what we have."),
    ("me", "2024-11-06 09:00", "Perfect. Proposal attached in email, fixed price for 8 part numbers."),
])
P("weingut", "Johanna Reinisch", "Weingut Reinisch", "Winzerin", connected="2021-05-22")
genuine("existing_client", "de", "Winzerin, langjährige Kundin, Nachfrage zur CO2-Bilanz und Rechnung", [
    ("weingut", "2025-02-03 18:30", "Servus Verena! Die CO2-Bilanz für 2024 ist fertig, oder? Der Importeur aus Schweden fragt schon. Und schickst du mir bitte die Rechnung noch vor März, sonst verhau ich die Buchhaltung wieder 😅"),
    ("me", "2025-02-04 08:10", "Servus Johanna! Bilanz ist fast fertig, die Glasflaschen-Daten fehlen noch vom Lieferanten. Rechnung kommt diese Woche. Sag dem Schweden Ende Februar."),
    ("weingut", "2025-02-04 08:20", "Passt, danke dir! Wir sehen uns beim Kellerfest?"),
    ("me", "2025-02-04 08:22", "Sicher!"),
])
P("hotel", "Markus Pichler", "Hotel Dachsteinblick", "Eigentümer", connected="2025-03-10")
genuine("inbound_lead_buyer", "de", "Hotelier will Umweltzeichen und VSME kaufen", [
    ("hotel", "2025-03-10 21:05", "Sehr geehrte Frau Pölzl, wir sind ein 4-Sterne-Hotel in Schladming mit 45 Zimmern. Reiseveranstalter verlangen zunehmend Nachhaltigkeitsnachweise. Wir möchten das Umweltzeichen und gleich einen VSME-Bericht machen. Bieten Sie beides an und was kostet so ein Paket ungefähr? Freundliche Grüße aus der Ramsau, Markus Pichler"),
    ("me", "2025-03-11 08:30", "Sehr geehrter Herr Pichler, ja, das lässt sich gut kombinieren, weil viele Daten doppelt verwendet werden. Ich schicke Ihnen ein Paketangebot. Wäre ein Termin vor Ort nach Ostern möglich?"),
    ("hotel", "2025-03-11 09:15", "Sehr gerne. Zimmer für die Nacht geht auf uns 😉"),
])
P("slovene", "Tjaša Novak", "Novak Sustainability d.o.o.", "Founder", connected="2023-04-19")
genuine("peer_joint_offer", "en", "Slovenian peer proposes joint cross-border VSME offer", [
    ("slovene", "2025-04-02 14:00", "Hi Verena! Several of my Maribor clients supply Styrian companies and keep getting the same ESG questionnaires. What if we offered a joint package: you handle the Austrian customer side, I handle the Slovenian supplier data, one price, one template? I'd split 50/50. Coffee in Spielfeld halfway? :)"),
    ("me", "2025-04-02 17:20", "Tjaša, I love this. Spielfeld next Wednesday at 10?"),
    ("slovene", "2025-04-02 17:45", "Done. I'll bring a draft price sheet."),
    ("slovene", "2025-04-10 12:00", "Sent you the draft: 4,800 EUR per supplier-customer pair, incl. two workshops. Thoughts?"),
])
P("carbonlane", "Oliver Grant", "Carbonlane", "Customer Success Manager", connected="2023-09-01")
genuine("vendor_price_change", "en", "her carbon-accounting software vendor announces new consultant plan pricing", [
    ("carbonlane", "2025-06-02 09:00", "Hi Verena, quick personal note from your CSM: from your September renewal the Consultant plan moves to 1,490 EUR/year (from 1,190) and now includes 15 client workspaces instead of 10. You currently use 12, so you'd actually save the add-on. Let me know if you want a call to walk through it."),
    ("me", "2025-06-02 10:30", "Thanks Oliver. Does the VSME template come included or is it still an add-on?"),
    ("carbonlane", "2025-06-02 11:05", "Included from September. I'll send the changelog."),
])
P("cowork", "Birgit Haas", "Lendhafen Coworking", "Community Managerin", connected="2022-01-10")
genuine("vendor_price_change", "de", "Coworking-Space kündigt neue Preise an", [
    ("cowork", "2024-12-02 11:00", "Liebe Verena, wie beim Frühstück schon angedeutet: ab Jänner kostet der Fixdesk 290 statt 260 €. Für Mitglieder seit mehr als 2 Jahren bleibt's bis Juni beim alten Preis, das bist du 🙂 Frohe Adventzeit!"),
    ("me", "2024-12-02 12:30", "Danke Birgit, fair. Bis Donnerstag beim Punsch!"),
])
P("energieaudit", "DI Thomas Gruber", "Gruber Energietechnik", "Energieauditor", connected="2020-10-12")
genuine("peer_joint_offer", "de", "Energieauditor schlägt gemeinsames Paket Energieaudit + VSME vor", [
    ("energieaudit", "2025-05-19 16:30", "Hallo Verena, ich hab gerade drei Energieaudits nach EEffG laufen, und jeder Kunde fragt mich hinterher nach dem ESG-Bericht. Sollen wir nicht ein gemeinsames Angebot machen? Die Energiedaten hab ich eh, du baust den Bericht. Ich würd sagen, wir reden über einen Paketpreis."),
    ("me", "2025-05-20 08:00", "Hallo Thomas, super Idee, dachte ich mir auch schon. Mittagessen Freitag?"),
    ("energieaudit", "2025-05-20 08:10", "Freitag 12 Uhr beim Griechen in der Annenstraße."),
])
P("interim", "Claire Dubois", "Interim Partners Austria", "Senior Consultant, Interim Management", connected="2024-10-08")
genuine("recruiter_engaged", "en", "interim agency she registered with offers a CSRD mandate; rate negotiation", [
    ("me", "2024-10-08 10:00", "Hi Claire, as discussed at the Vienna event, here's my profile. I'm open to one interim mandate of 2 days/week from January, ideally CSRD/ESRS in manufacturing in Styria or Carinthia."),
    ("interim", "2024-10-08 14:20", "Thanks Verena! Your profile is perfect for something we have: a Graz industrial group needs ESRS data-point mapping, Jan-June, 2 days/week. Client budget is 1,050 EUR/day, we take 15%. Shall I present you?"),
    ("me", "2024-10-08 15:00", "Yes please. My rate for that would be 1,100 though, can you check?"),
    ("interim", "2024-10-15 09:30", "Client agreed 1,100. Contract in your inbox."),
])
P("praktikum", "Lena Moser", "", "Studentin Umweltsystemwissenschaften", connected="2025-02-24")
genuine("job_applicant", "de", "Studentin bewirbt sich für ein Praktikum", [
    ("praktikum", "2025-02-24 19:40", "Sehr geehrte Frau Pölzl, ich studiere Umweltsystemwissenschaften an der Uni Graz im 5. Semester und suche für Juli/August ein Praktikum im Bereich Nachhaltigkeitsberichterstattung. Ich habe Ihren Vortrag im Seminar von Prof. Strobl gehört. Lebenslauf hängt an. Hätten Sie eventuell Bedarf? Mit freundlichen Grüßen, Lena Moser"),
    ("me", "2025-02-26 08:15", "Liebe Frau Moser, danke für die Bewerbung! Ich bin eine Ein-Personen-Firma, aber im Sommer hätte ich tatsächlich Bedarf für Datenrecherche. Kommen Sie doch nächste Woche auf einen Kaffee ins Lendhafen?"),
])
P("italian", "Giulia Ferraro", "", "ESG Analyst (freelance)", connected="2025-07-07")
genuine("job_applicant", "en", "Italian ESG analyst asks about subcontracting work", [
    ("italian", "2025-07-07 09:10", "Dear Verena, I'm an ESG analyst based in Udine, 4 years at a Milan consultancy (ESRS gap analyses, double materiality). I've just gone freelance and I'm looking for Austrian consultants who need support on peak projects. I speak Italian, English and intermediate German. Would you be open to a short call? Best, Giulia"),
    ("me", "2025-07-08 12:00", "Dear Giulia, thanks for reaching out, your timing is good, autumn looks busy. Could you send me your day rate and two references?"),
    ("italian", "2025-07-08 12:40", "Of course, sending both by email today."),
])
P("journalist", "Philipp Strasser", "Steirisches Tagblatt", "Wirtschaftsredaktion", connected="2025-02-27")
genuine("journalist_request", "de", "Journalist bittet um Einschätzung zum Omnibus-Paket", [
    ("journalist", "2025-02-27 11:00", "Sehr geehrte Frau Pölzl, die EU-Kommission hat gestern das Omnibus-Paket vorgelegt. Für einen Artikel am Samstag: Was bedeutet das konkret für steirische KMU? Hätten Sie heute noch 10 Minuten am Telefon? Vielen Dank, Philipp Strasser"),
    ("me", "2025-02-27 11:40", "Gerne, um 14 Uhr? Kurz vorweg: Für die meisten KMU ändert sich weniger, als viele glauben, weil Banken und Kunden die Daten trotzdem wollen."),
    ("journalist", "2025-02-27 11:45", "14 Uhr passt. Danke!"),
])
P("gruenderzentrum", "Mag. Elisabeth Wallner", "Science Park Graz", "Programmleitung", connected="2019-11-11")
genuine("event_invitation", "de", "bekannte Programmleiterin lädt zur Podiumsdiskussion ein", [
    ("gruenderzentrum", "2025-03-18 14:00", "Liebe Verena, am 22. Mai machen wir einen Abend zum Thema 'Nachhaltigkeit als Pflicht oder Chance?' für Start-ups. Magst du am Podium sitzen? Honorar gibt's leider keines, aber Brötchen und Wein 😉"),
    ("me", "2025-03-18 18:10", "Liebe Elisabeth, sehr gerne, trag mich ein!"),
])
P("fh", "Dr. Andrew Millar", "FH Steiermark Süd", "Lecturer, Sustainable Management (MA)", connected="2023-10-02")
genuine("event_invitation", "en", "lecturer invites her for a guest lecture in the English-language master", [
    ("fh", "2025-09-15 10:00", "Hi Verena, would you be willing to give a 90-minute guest lecture on VSME in practice for our international master students on 20 November? We pay the standard guest lecture fee (sadly modest). The students loved your case study last year."),
    ("me", "2025-09-15 12:20", "Hi Andrew, with pleasure. Same format as last year, with a group exercise?"),
    ("fh", "2025-09-15 12:45", "Perfect. I'll send the contract from HR."),
])
P("thx1", "Martina Zach", "Zach Holzbau", "Prokuristin", connected="2025-04-09")
genuine("thank_you_after_webinar", "de", "Dankesnachricht 1 von 3 nach dem Webinar 'VSME in 90 Minuten'", [
    ("thx1", "2025-04-09 17:20", "Liebe Frau Pölzl, danke für das Webinar heute! Endlich hat mir jemand erklärt, was Basis- und Comprehensive-Modul unterscheidet. Die Folien wären super, falls Sie die teilen."),
    ("me", "2025-04-10 08:30", "Danke, Frau Zach! Folien gehen heute an alle Teilnehmenden per Mail."),
])
P("thx2", "Bernhard Lechner", "Lechner Kunststofftechnik", "Leiter Controlling", connected="2025-04-09")
genuine("thank_you_after_webinar", "de", "Dankesnachricht 2 von 3 nach dem Webinar", [
    ("thx2", "2025-04-09 18:05", "Danke für das Webinar, sehr praxisnah. Vernetze mich gern, liebe Grüße aus Gleisdorf!"),
])
P("thx3", "Katarina Horvat", "Horvat Logistics", "Sustainability Coordinator", connected="2025-04-10")
genuine("thank_you_after_webinar", "en", "thank-you 3 of 3 after the webinar, in English", [
    ("thx3", "2025-04-10 07:55", "Hi Verena, thank you for yesterday's webinar, I followed with my rusty German and your slides helped a lot. The materiality example was great. Thanks for connecting!"),
    ("me", "2025-04-10 09:00", "Thanks Katarina, glad it was useful. Ping me if you have questions on the transport emissions part."),
])
P("bigfour", "Stefan Eder", "Alpen Audit & Advisory", "Director Sustainability Services", connected="2014-09-15")
genuine("long_standing_contact", "mixed", "ex-colleague from her Vienna audit years, German/English mix over a year", [
    ("bigfour", "2024-10-20 20:00", "Servus Vreni! Long time. Wie läuft's mit der Selbstständigkeit? We're drowning in CSRD work here, könntest du dir vorstellen, uns bei zwei steirischen Mandanten zu unterstützen?"),
    ("me", "2024-10-21 08:40", "Stefan! Läuft gut, danke. Honestly I'm quite full until February. Ab März könnte ich reden."),
    ("bigfour", "2025-03-03 09:15", "March it is 😄 Lunch in Graz next week? I'm at a client in Liebenau anyway."),
    ("me", "2025-03-03 10:00", "Donnerstag 12:30, Landhauskeller?"),
    ("bigfour", "2025-08-28 19:00", "Danke nochmal for helping out in spring, the client was very happy. Drink on me in September!"),
])
P("bank", "Mag. Christoph Huber", "Steirische Regionalbank", "ESG-Beauftragter Firmenkunden", connected="2024-12-09")
genuine("owner_started_clarification", "de", "Owner fragt ESG-Beauftragten der Bank nach Fragebogen-Anforderungen", [
    ("me", "2024-12-09 09:30", "Sehr geehrter Herr Huber, mehrere meiner Kunden haben Ihren neuen ESG-Fragebogen bekommen. Akzeptieren Sie einen VSME-Bericht als Ersatz, oder muss der Fragebogen zusätzlich ausgefüllt werden? Das würde den Unternehmen viel Doppelarbeit sparen."),
    ("bank", "2024-12-10 14:00", "Sehr geehrte Frau Pölzl, gute Frage, wir klären das intern gerade. Tendenz: VSME Basis-Modul wird akzeptiert, plus drei Zusatzfragen zu physischen Klimarisiken. Dürfte ich Sie anrufen? Ihre Praxissicht würde uns helfen."),
    ("me", "2024-12-10 14:30", "Gerne, morgen ab 10."),
])
P("testimonial", "Henrik Svensson", "Nordic Wine Import AB", "Purchasing Manager", connected="2024-06-12")
genuine("owner_started_request", "en", "owner asks the wine importer for a testimonial", [
    ("me", "2025-06-16 11:00", "Hi Henrik, hope the summer is good in Gothenburg! I'm updating my website and wondered if you'd give a two-line quote about the carbon data we prepared for Weingut Reinisch? Totally fine if not."),
    ("testimonial", "2025-06-17 08:30", "Hi Verena, happy to! 'Clear, verified figures that fit our tender requirements, delivered on time.' Feel free to edit."),
    ("me", "2025-06-17 09:00", "Perfect, thank you!"),
])
P("cfo_spam", "Mag. Andrea Fink", "Fink Verpackungen GmbH", "CFO", connected="2025-05-05")
genuine("genuine_in_spam", "de", "CFO einer Kundin schickt Datenlink, landete im Spam", [
    ("cfo_spam", "2025-05-05 17:50", "Hallo Frau Pölzl, hier der Link zu den Energiedaten 2024 (Sharepoint, Passwort kommt per SMS): https://finkverpackung.example/share/energie2024. Bitte um kurze Rückmeldung, ob alles da ist. LG Andrea Fink"),
    ("me", "2025-05-07 08:20", "Liebe Frau Fink, Entschuldigung, Ihre Nachricht ist im Spam-Ordner gelandet. Daten sind vollständig, danke! Ich melde mich bis Freitag mit der ersten Auswertung."),
], folder="SPAM")
P("dutch_cfo", "Maarten de Groot", "Veldhoven Packaging Austria GmbH", "Finance Director", connected="2024-11-20")
genuine("client_contract_extension", "en", "client finance director wants to extend contract and asks for new day rate", [
    ("dutch_cfo", "2025-09-03 15:00", "Hi Verena, group HQ has confirmed we're in wave 2 after all, despite the Omnibus discussion, so we'd like to extend your engagement into 2026 for the double materiality update. Could you send a revised proposal with your 2026 day rate?"),
    ("me", "2025-09-04 09:00", "Hi Maarten, glad to continue. My 2026 rate is 1,150 EUR/day; I'll send a proposal for 12 days next week."),
    ("me", "2025-09-04 09:02", "PS: could we schedule the kick-off before the Christmas break?"),
], drafts={2})
P("kunststoff", "Ing. Walter Fuchs", "Fuchs Kunststoff GmbH", "Geschäftsführer", connected="2024-03-03")
genuine("client_question", "de", "Bestandskunde fragt zu Omnibus-Schwellenwerten", [
    ("kunststoff", "2025-03-04 07:30", "Frau Pölzl, kurze Frage: Sind wir mit 240 Mitarbeitern jetzt raus aus der CSRD oder nicht? Die Zeitung schreibt 1000. Sollen wir das Projekt stoppen?"),
    ("me", "2025-03-04 08:45", "Guten Morgen Herr Fuchs, nach dem Vorschlag wären Sie raus, aber das ist noch nicht beschlossen. Ihr größter Kunde will die Daten trotzdem. Mein Rat: wir stellen auf VSME um statt stoppen, das spart ca. 40 % Aufwand. Telefonieren wir morgen?"),
    ("kunststoff", "2025-03-04 09:00", "Ja, 8 Uhr."),
])
P("stb", "Mag. Doris Leitner", "Leitner Steuerberatung", "Steuerberaterin", connected="2018-06-20")
genuine("own_accountant", "de", "ihre Steuerberaterin zur Umsatzsteuer-Voranmeldung", [
    ("stb", "2025-01-28 10:00", "Hallo Verena, du bist heuer über der Kleinunternehmergrenze, ab jetzt monatliche UVA. Bitte schick mir die Belege bis zum 10. Passt ein kurzer Termin nächste Woche?"),
    ("me", "2025-01-28 12:00", "Oje, danke Doris. Dienstag nachmittag?"),
])
P("thesis", "Jakob Steiner", "", "Masterstudent BWL", connected="2025-05-27")
genuine("student_interview_request", "de", "Masterstudent bittet um Interview für Masterarbeit", [
    ("thesis", "2025-05-27 13:30", "Sehr geehrte Frau Pölzl, ich schreibe meine Masterarbeit über Nachhaltigkeitsberichte bei steirischen KMU und würde Sie gern als Expertin interviewen (ca. 45 Min., online). Wäre das möglich? Vielen Dank und liebe Grüße, Jakob Steiner"),
    ("me", "2025-05-28 09:00", "Hallo Herr Steiner, gern! Nächste Woche Mittwoch 16 Uhr?"),
])
P("slides", "Rachel Cohen", "Vienna Sustainable Finance Forum", "Program Manager", connected="2025-06-24")
genuine("conference_followup", "en", "conference organiser asks for slides after her session", [
    ("slides", "2025-06-24 16:00", "Dear Verena, many thanks for your session on SME data for banks. Several attendees asked for your slides; could you send a PDF we can share in the attendee app?"),
    ("me", "2025-06-25 08:00", "Dear Rachel, sent by email just now. Thanks for having me!"),
])
P("netz1", "Sabine Ortner", "Ortner Nachhaltigkeit", "Beraterin", connected="2021-03-08")
P("netz2", "Ulrike Pail", "Pail Consulting", "CSR-Beraterin", connected="2022-06-15")
genuine("peer_group", "de", "Gruppe steirischer Nachhaltigkeitsberaterinnen plant Stammtisch", [
    ("netz1", "2025-01-20 19:00", "Hallo Mädels, Stammtisch im Februar? Thema Omnibus-Gerüchte 🙈"),
    ("netz2", "2025-01-20 19:30", "Bin dabei! 13.2.?"),
    ("me", "2025-01-20 20:00", "13.2. passt, ich reserviere beim Stainzerbauer."),
], title="Nachhaltigkeit Steiermark Stammtisch")
P("dutchplant", "Eva Janssen", "Brabant Foods Austria", "Plant Manager Feldbach", connected="2025-08-11")
genuine("inbound_lead_buyer", "en", "plant manager of a foreign-owned plant asks for a gap analysis quote", [
    ("dutchplant", "2025-08-11 10:30", "Hello Ms Pölzl, I manage the Feldbach plant of a Dutch food group. HQ wants a site-level ESRS gap analysis before the group report, and they prefer a local consultant who knows Austrian regulation. Could you send a quote? We'd need it in English. A call next week would be great."),
    ("me", "2025-08-11 14:00", "Hello Ms Janssen, thank you! I'd be glad to. Could we speak Tuesday at 10 so I understand what HQ already has? Quote will follow right after."),
    ("dutchplant", "2025-08-11 14:20", "Tuesday 10 works."),
])
P("bankadvisor", "Petra Kaufmann", "Steirische Regionalbank", "Firmenkundenbetreuerin", connected="2025-01-30")
genuine("referral_partner", "de", "Firmenkundenbetreuerin empfiehlt Kunden weiter", [
    ("bankadvisor", "2025-01-30 11:20", "Liebe Frau Pölzl, Christoph Huber hat mir Ihren Kontakt gegeben. Ich habe zwei Firmenkunden (Tischlerei und Bauunternehmen), die mit dem ESG-Fragebogen überfordert sind. Darf ich Ihre Kontaktdaten weitergeben?"),
    ("me", "2025-01-30 12:00", "Liebe Frau Kaufmann, sehr gerne, danke für das Vertrauen!"),
])
P("cluster", "DI Martin Weiß", "Holzcluster Süd", "Geschäftsführer", connected="2022-11-29")
genuine("association_workshop_quote", "de", "Branchencluster möchte Workshopreihe buchen und fragt Preis", [
    ("cluster", "2025-09-22 09:00", "Hallo Verena, unsere Mitglieder wollen im Winter eine VSME-Workshopreihe, 3 Halbtage für je ca. 15 Betriebe. Kannst du ein Angebot legen? Fördertopf vom Land ist da, wir brauchen es bis 15.10."),
    ("me", "2025-09-22 11:30", "Hallo Martin, gerne! Bekommst du bis 10.10."),
])
P("clientthanks", "Dr. Ingrid Maier", "Maier Elektronik GmbH", "Geschäftsführerin", connected="2024-02-14")
genuine("client_thanks", "en", "client managing director thanks her after the first report is published", [
    ("clientthanks", "2025-07-01 17:00", "Dear Verena, our first sustainability report is out and our Swiss customer has already called to say it's the clearest supplier report they've received. Thank you for your patience with our team. Next year we'll be faster, promised!"),
    ("me", "2025-07-02 08:30", "Dear Ingrid, wonderful news, congratulations to your whole team!"),
])
P("translator", "Fiona Walsh", "", "Freelance translator DE>EN", connected="2023-02-02")
genuine("owner_started_vendor_quote", "en", "owner asks her regular translator for a quote", [
    ("me", "2025-06-05 10:00", "Hi Fiona, I have another one: a 28-page VSME report for a hotel, German to English, deadline 30 June. Could you quote?"),
    ("translator", "2025-06-05 13:00", "Hi Verena, sure, same rate as before (0.14/word), around 9,000 words so roughly 1,260 EUR. I can deliver by the 25th."),
    ("me", "2025-06-05 13:10", "Great, go ahead. Sending the file now."),
])
P("wp", "Mag. Florian Rauch", "Rauch Wirtschaftsprüfung", "Wirtschaftsprüfer", connected="2024-09-17")
genuine("auditor_coordination", "de", "Wirtschaftsprüfer koordiniert Prüfung eines Kundenberichts", [
    ("wp", "2025-03-20 15:00", "Grüß Sie Frau Pölzl, wir machen die Durchsicht des Nachhaltigkeitsberichts bei Fuchs Kunststoff. Könnten Sie uns die Berechnungsdateien für Scope 2 (marktbasiert) zur Verfügung stellen? Termin für Rückfragen am 2.4.?"),
    ("me", "2025-03-21 09:00", "Grüß Gott Herr Rauch, Dateien schicke ich mit Freigabe von Herrn Fuchs. 2.4. um 10 Uhr passt."),
])
P("unifriend", "Theresa Kogler", "", "Lehrerin", connected="2012-07-01")
genuine("personal_friend", "de", "Studienfreundin, privat", [
    ("unifriend", "2025-08-02 21:00", "Vreni!! Wir sind nächste Woche in Graz, hast Zeit auf einen Spritzer am Lendplatz?"),
    ("me", "2025-08-02 21:30", "Na sicher! Mittwoch abend?"),
    ("unifriend", "2025-08-02 21:35", "Mittwoch 19 Uhr 🥂"),
])

P("gemeinde", "Ing. Harald Schmölzer", "Marktgemeinde Kirchbach", "Amtsleiter", connected="2025-10-15")
genuine("inbound_lead_buyer", "de", "Gemeinde fragt Angebot für kommunale Klimabilanz an", [
    ("gemeinde", "2025-10-15 10:40", "Sehr geehrte Frau Pölzl, der Gemeinderat hat beschlossen, eine Treibhausgasbilanz für die Gemeinde erstellen zu lassen (Gebäude, Fuhrpark, Straßenbeleuchtung). Die KEM-Managerin hat Sie empfohlen. Könnten Sie uns bis Ende November ein Angebot legen? Für die Förderung brauchen wir drei Vergleichsangebote. Mit freundlichen Grüßen, Harald Schmölzer"),
    ("me", "2025-10-16 08:30", "Sehr geehrter Herr Schmölzer, danke für die Anfrage! Gern. Könnten Sie mir vorab die Anzahl der Gemeindegebäude und Fahrzeuge schicken? Dann wird das Angebot genauer."),
    ("gemeinde", "2025-10-16 09:10", "11 Gebäude, 6 Fahrzeuge, Liste kommt per Mail."),
])

# ---------------------------------------------------------------- wanted pitches
P("supplierdata", "Jonas Wirth", "Supplyhive", "Account Executive DACH",
  connected="2025-02-11", invite=("IN", "2025-02-10 16:00", "Hi Verena, your post about 200 supplier Excel files was painfully accurate. Would love to connect."))
wanted("platform_post_reference", "en", "supplier-data platform refers to her post about chasing 200 supplier spreadsheets", [
    ("supplierdata", "2025-02-11 09:30", "Thanks for connecting! In your post you described sending the same Scope 3 Excel to 200 suppliers for Kofler and getting back 47 versions of it. We built Supplyhive for exactly that: one web form per supplier, reminders, unit checks, and an export that maps to the OEM questionnaire. We have a consultant licence so you can use it across clients. Would a 20-minute look with one of your real supplier lists be useful? If it doesn't save you a week per client, I'll leave you alone."),
    ("me", "2025-02-12 18:00", "Ha, it was 51 versions actually. OK, show me. Can we do Thursday?"),
])
P("layout", "Anna Schwarz", "Schwarz Informationsdesign", "Grafikerin", connected="2025-05-23")
wanted("designer_talk_reference", "de", "Grafikerin bezieht sich auf ihren Vortrag und die Bemerkung zu unlesbaren Berichten", [
    ("layout", "2025-05-23 10:00", "Liebe Frau Pölzl, ich war gestern bei der Podiumsdiskussion im Science Park. Sie sagten, dass KMU-Berichte oft 'Excel mit Logo' sind, die niemand liest. Genau da setze ich an: Ich gestalte Nachhaltigkeitsberichte für KMU in Word-Vorlagen, die Ihre Kunden selbst weiterpflegen können, barrierefrei. Wenn Sie mögen, schicke ich Ihnen zwei Beispiele (Tischlerei, Pflegeheim) und ein Pauschalangebot für Ihre Kunden als Add-on."),
    ("me", "2025-05-23 12:30", "Liebe Frau Schwarz, ja bitte, das fehlt mir tatsächlich oft."),
])
P("webagentur", "Daniel Hofer", "Hofer Webwerkstatt", "Webentwickler", connected="2025-04-28")
wanted("web_site_visited", "de", "Webentwickler war auf ihrer Website und nennt das Barrierefreiheitsgesetz und fehlende Englisch-Version", [
    ("webagentur", "2025-04-28 14:15", "Hallo Frau Pölzl, ich hab mir Ihre Website angesehen, weil eine Kundin von mir Sie empfohlen hat. Zwei Dinge: Ihr Kontaktformular hat keine Labels für Screenreader, und ab Juni greift das Barrierefreiheitsgesetz auch für Dienstleistungen mit Online-Buchung. Und die Seite 'Leistungen' gibt's nur auf Deutsch, obwohl Sie laut LinkedIn viel für internationale Kunden arbeiten. Ich könnte beides in 2-3 Tagen erledigen, Fixpreis 1.400 €. Soll ich Ihnen eine Liste der Punkte schicken?"),
    ("me", "2025-04-29 08:00", "Hallo Herr Hofer, die Liste bitte gern. Gut aufgepasst mit dem Englisch."),
])
P("lcadata", "Dr. Sophie Lambert", "Vitis Footprint Data", "Co-founder", connected="2025-02-06")
wanted("specific_problem_named", "en", "wine LCA data provider names her missing glass-bottle emission factors", [
    ("lcadata", "2025-02-06 11:00", "Hi Verena, Johanna Reinisch mentioned at the Vinova fair that your carbon footprint for her winery is waiting on glass bottle data from the supplier. That's the #1 bottleneck we see: generic factors for glass vary by 40% depending on cullet share. We maintain emission factors for the main bottle types from Austrian and Italian glassworks, verified against EPDs. I could give you free access for the Reinisch file so you can finish it, and then we can see if a consultant licence makes sense."),
    ("me", "2025-02-06 13:45", "This is very timely. Yes please, send me access."),
])
P("editor", "James O'Connell", "Plain English Reports", "Editor", connected="2025-03-26")
wanted("mutual_contact_named", "en", "English editor names Fiona Walsh as mutual contact", [
    ("editor", "2025-03-26 09:40", "Hi Verena, Fiona Walsh (who translates for you) mentioned you're getting more English-language reports and that she's fully booked in June. I edit translated sustainability reports for plain English and ESRS terminology consistency, mostly for Austrian and Bavarian consultants. If it helps, I could take overflow work; Fiona and I often team up. Sample edit and rates attached."),
    ("me", "2025-03-27 08:15", "Hi James, Fiona speaks highly of you. Let's talk about June."),
])
P("tender", "Mag. Roland Pucher", "Pucher & Kern Beratung", "Partner", connected="2025-06-30")
wanted("tender_reference", "de", "Beratungsfirma nennt eine konkrete Ausschreibung des Landes und schlägt Bietergemeinschaft vor", [
    ("tender", "2025-06-30 10:00", "Sehr geehrte Frau Pölzl, das Land Steiermark hat die Rahmenvereinbarung 'Nachhaltigkeitsberatung für KMU im Förderprogramm' ausgeschrieben (Frist 4. August, Los 2 Südsteiermark). Gefordert sind drei Referenzen mit VSME, die haben wir nicht, Sie laut Ihrer Website schon (Reinisch, Url, Dachsteinblick). Wir bringen Vergaberecht-Erfahrung und Kapazität mit. Hätten Sie Interesse an einer Bietergemeinschaft? Ich würde gern nächste Woche mit Ihnen sprechen."),
    ("me", "2025-07-01 08:30", "Sehr geehrter Herr Pucher, interessant. Schicken Sie mir bitte die Ausschreibungsunterlagen und Ihren Vorschlag zur Aufteilung."),
])
P("integration", "Michael Trummer", "Trummer Datenservice", "Berater", connected="2025-10-06")
wanted("tools_setup_reference", "de", "Berater kennt ihr Setup (Carbonlane + Buchhaltungsexporte) und bietet Import-Automatik", [
    ("integration", "2025-10-06 09:00", "Hallo Frau Pölzl, in Ihrem Webinar haben Sie gezeigt, dass Sie die Energie- und Treibstoffkosten aus den KontoPlus-Exporten Ihrer Kunden händisch in Carbonlane übertragen. Ich hab für drei Steuerberatungskanzleien einen Import gebaut, der die Konten automatisch auf Carbonlane-Kategorien mappt. Einmal pro Kunde einrichten, dann ein Klick. Darf ich Ihnen das an einem Ihrer Kundenexporte vorführen?"),
    ("me", "2025-10-07 10:00", "Ja, das kostet mich wirklich Stunden. Nächste Woche?"),
])
P("recruiter_rel", "Sophie Brandner", "GreenTalent Austria", "Recruiter Sustainability", connected="2025-07-28")
wanted("recruiter_relevant_role", "en", "recruiter with a specific interim role matching her profile and region", [
    ("recruiter_rel", "2025-07-28 14:00", "Hi Verena, I'm recruiting for a Styrian machine builder (600 staff) that needs an interim sustainability lead for 9 months while their manager is on parental leave, 2-3 days a week, from November. Your VSME and PCF work for automotive suppliers is exactly the profile they described, and they prefer someone in Graz. Would you like the details? Day rates in the range you'd expect."),
    ("me", "2025-07-29 09:00", "Hi Sophie, send me the details please. From November I'd have 2 days."),
])
P("druckerei", "Karl Steinbauer", "Druckerei Steinbauer", "Geschäftsführer", connected="2025-07-03")
wanted("supplier_report_seen", "de", "Druckerei hat den gedruckten Bericht einer Kundin gesehen und bietet Umweltzeichen-Druck an", [
    ("druckerei", "2025-07-03 11:00", "Grüß Gott Frau Pölzl, Frau Dr. Maier von Maier Elektronik hat mir Ihren Bericht gezeigt, den Sie mit ihr erstellt haben. Schöner Bericht, aber gedruckt wurde er auf einem Papier ohne Umweltzeichen, und das steht dann im Bericht selbst als Ziel drin 😉 Wir drucken mit dem Österreichischen Umweltzeichen und klimaneutral, in Leibnitz. Falls Ihre Kunden gedruckte Berichte brauchen, würde ich Ihnen gern Musterdrucke schicken."),
    ("me", "2025-07-04 08:00", "Touché 😄 Ja, gerne Muster schicken."),
])
P("vsmetool", "Laura Bianchi", "Clarity VSME", "Partner Manager", connected="2025-09-01")
wanted("software_article_reference", "en", "VSME software vendor responds to her LinkedIn article comparing VSME tools", [
    ("vsmetool", "2025-09-01 10:00", "Hi Verena, I read your article comparing five VSME tools. You were right that we had no German-language export, and that it was a deal breaker for Austrian SMEs. We shipped it last week, along with the XBRL taxonomy you mentioned. I'd love to give you a free partner licence to re-test, and honestly, I'd welcome a critical follow-up."),
    ("me", "2025-09-02 12:00", "Hi Laura, I appreciate you taking the criticism seriously. Send the licence and I'll test with one client."),
])
P("powerbi", "Nikola Petrović", "", "Freelance data analyst", connected="2025-04-11")
wanted("freelancer_webinar_reference", "en", "freelance analyst picks up a question from her webinar Q&A", [
    ("powerbi", "2025-04-11 08:30", "Hi Verena, in your VSME webinar Q&A someone asked how to show year-on-year energy intensity to management and you said 'ideally a dashboard, but most SMEs won't pay for one'. I build small Power BI dashboards from exactly the data in a VSME report, fixed price 900 EUR, reusable per client. Happy to build one free for one of your clients as a showcase if you'd like to test it."),
])
P("versicherung", "Mag. Eva Prenner", "Prenner Versicherungsmakler", "Versicherungsmaklerin", connected="2025-03-12")
wanted("insurance_specific_risk", "de", "Maklerin nennt konkret das Haftungsrisiko bei CSRD-Beratung", [
    ("versicherung", "2025-03-12 15:00", "Liebe Frau Pölzl, Doris Leitner hat mir erzählt, dass Sie seit heuer auch Berichte mit Prüfungsbegleitung machen. Viele Berufshaftpflicht-Polizzen für Unternehmensberater schließen Schäden aus fehlerhaften Nachhaltigkeitsangaben aus, das sieht man erst im Kleingedruckten. Ich habe eine Lösung bei einem Versicherer, der das explizit deckt. Wenn Sie mir Ihre aktuelle Polizze schicken, prüfe ich das kostenlos."),
    ("me", "2025-03-13 08:00", "Danke Frau Prenner, guter Punkt, das hab ich nie geprüft. Schicke ich Ihnen."),
])

# ---------------------------------------------------------------- junk
P("esggen", "Ryan Cooper", "GreenMetric AI", "Account Executive")
junk("generic_esg_software", "en", "generic ESG software pitch, counterpart of the tailored platform pitches", [
    ("esggen", "2025-01-08 03:30", "Hi Verena, ESG reporting is complex. GreenMetric AI automates CSRD, GRI, SASB and TCFD reporting in one platform, trusted by 500+ companies. Can I show you a quick demo this week?"),
    ("esggen", "2025-01-15 03:30", "Hi Verena, just bumping this to the top of your inbox!"),
])
P("sameoffer1", "Hannah Schmitt", "CSRD Express", "Sales Manager")
junk("offers_her_own_service", "en", "offers CSRD consulting to a CSRD consultant", [
    ("sameoffer1", "2025-02-18 08:00", "Hi Verena, is your company ready for the CSRD? Our experts handle your double materiality assessment and full ESRS report, fast and affordable. Let's schedule a free consultation to discuss your reporting obligations."),
])
P("sameoffer2", "Felix Bauer", "ESG-Bericht24", "Gründer")
junk("offers_her_own_service", "de", "ESG-Bericht per KI in 48 Stunden an eine ESG-Beraterin", [
    ("sameoffer2", "2025-05-06 06:15", "Hallo Verena, dein Nachhaltigkeitsbericht in 48 Stunden, erstellt mit KI und geprüft von Experten! VSME-konform ab 990 €. Jetzt Frühbucherrabatt sichern 🌱"),
])
P("capacity", "Lukas Brenner", "Mandantenmagnet", "Geschäftsführer")
junk("capacity_new_clients", "de", "Haben Sie Kapazität für neue Mandanten?", [
    ("capacity", "2025-03-25 07:00", "Hallo Frau Pölzl, kurze Frage: Haben Sie aktuell Kapazität für 5-10 neue Beratungsmandate pro Monat? Wir bringen Beratern planbar Neukunden über LinkedIn-Automatisierung. Pro Region nur ein Partner."),
    ("capacity", "2025-04-01 07:00", "Hallo Frau Pölzl, darf ich nochmal nachhaken? Der Platz für Graz ist noch frei."),
])
P("likemind", "Marc Dupont", "Impact Ventures Collective", "Founder | Changemaker | Investor")
junk("like_minded_connect", "en", "let's connect as like-minded changemakers", [
    ("likemind", "2025-04-15 05:20", "Hi Verena, I love connecting with like-minded changemakers who are passionate about sustainability 🌍 Let's connect and explore synergies. Together we can create a better future!"),
])
P("call15", "Ashley Morgan", "ScaleConsult", "Business Growth Strategist")
junk("quick_15_minute_call", "en", "quick 15-minute call for consultants", [
    ("call15", "2025-06-10 06:45", "Hey Verena, I help independent consultants hit 20k/month without cold calling. Got 15 minutes this week for a quick call? Grab a slot here: calendly.com/ashley-scale/15"),
])
P("ctp1", "Patrick Lang", "Lang Finanzplanung", "Finanzberater",
  connected="2025-01-21", invite=("IN", "2025-01-20 19:00", "Hallo Frau Pölzl, ich vernetze mich gern mit Unternehmerinnen aus Graz."))
junk("connect_then_pitch", "de", "Vernetzen, Smalltalk, Owner antwortet, Pitch in Nachricht 3", [
    ("ctp1", "2025-01-21 08:00", "Danke für die Vernetzung! Spannendes Thema, Nachhaltigkeit. Wie sind Sie eigentlich dazu gekommen?"),
    ("me", "2025-01-21 12:15", "Danke! Über viele Jahre in der Wirtschaftsprüfung in Wien."),
    ("ctp1", "2025-01-22 09:00", "Sehr spannend! Als Selbstständige denken Sie sicher auch an Ihre Pension. Mit unserer fondsgebundenen Vorsorge sparen Sie Steuern und sorgen vor. Auf einen Kaffee?"),
])
P("ctp2", "Emma Wilson", "CarbonCredit Exchange", "Partnerships Manager",
  connected="2025-05-13", invite=("IN", "2025-05-12 22:00", ""))
junk("connect_then_pitch", "en", "connect, compliment, then carbon credit resale pitch; no reply", [
    ("ctp2", "2025-05-13 07:00", "Hi Verena, thanks for connecting! Really inspiring to see your work with Austrian SMEs 🌿"),
    ("ctp2", "2025-05-15 07:00", "Quick one: we offer verified carbon credits at wholesale prices. Consultants like you earn 20% commission reselling them to clients to reach net zero instantly. Want the partner deck?"),
    ("ctp2", "2025-05-22 07:00", "Hi Verena, any thoughts on the partner programme?"),
])
P("ctp3", "Florian Kainz", "Kainz IT-Solutions", "Inhaber",
  connected="2025-10-13", invite=("IN", "2025-10-12 18:30", "Servus Verena, wir sind ja beide in Graz selbstständig!"))
junk("connect_then_pitch", "de", "Vernetzen als Grazer Kollege, Pitch in Nachricht 2", [
    ("ctp3", "2025-10-13 08:00", "Servus, danke fürs Annehmen! Bist du auch im Lendhafen?"),
    ("me", "2025-10-13 12:00", "Servus, ja, Fixdesk im ersten Stock."),
    ("ctp3", "2025-10-14 08:30", "Cool! Übrigens mach ich Microsoft-365-Betreuung für Selbstständige, 39 € im Monat, alles inklusive. Sollen wir's mal durchgehen?"),
])
# template campaign: 5 senders, one in German
P("tpl1", "Chris Bennett", "ClientFlow Partners", "Head of Growth")
junk("template_campaign", "en", "template 1/5: 'came across your profile... more clients without ads'", [
    ("tpl1", "2024-11-12 04:10", "Hi Verena, I came across your profile and was really impressed by what you've built with your ESG consultancy. We help consultants land 3-5 new retainer clients per month without spending on ads. Open to a quick chat next week to see if it's a fit?"),
])
P("tpl2", "Olivia Hart", "Retainer Engine", "Partner")
junk("template_campaign", "en", "template 2/5: same template, different fill", [
    ("tpl2", "2025-01-28 04:05", "Hi Verena, came across your profile and was impressed with what you're building in sustainability consulting. We help advisors win 4-6 new retainer clients every month with zero ad spend. Open to a short chat next week?"),
])
P("tpl3", "Sebastian Haidinger", "Beraterwachstum", "Gründer")
junk("template_campaign", "de", "Vorlage 3/5: gleiche Vorlage auf Deutsch", [
    ("tpl3", "2025-04-08 04:12", "Hallo Verena, ich bin auf dein Profil gestoßen und war beeindruckt, was du mit deiner Nachhaltigkeitsberatung aufgebaut hast. Wir helfen Beratern, jeden Monat 3-5 neue Dauermandate zu gewinnen, ohne Werbebudget. Offen für ein kurzes Gespräch nächste Woche?"),
])
P("tpl4", "Daniel Fox", "Pipeline Partners", "Founder")
junk("template_campaign", "en", "template 4/5: same template with a bump", [
    ("tpl4", "2025-07-15 04:00", "Hey Verena, stumbled on your profile and was genuinely impressed by your work in ESG. We help consultancies sign 3-5 new monthly retainers without ads. Worth a quick chat next week?"),
    ("tpl4", "2025-07-22 04:00", "Hey Verena, floating this back up in case it got buried 🙂"),
])
P("tpl5", "Grace Lee", "Advisor Growth Co", "Client Partner")
junk("template_campaign", "en", "template 5/5: same template, wrong field filled (IT consulting)", [
    ("tpl5", "2025-10-21 04:08", "Hi Verena, I came across your profile and was impressed by what you've built in IT consulting. We help IT consultants land 3-5 new retainer clients a month without spending on ads. Open to a quick chat next week?"),
])
P("merge1", "Kevin Roberts", "OutReachly", "SDR")
junk("merge_tag_failure", "en", "unfilled {first_name} and {company} tags", [
    ("merge1", "2024-12-03 03:15", "Hi {first_name}, noticed {company} is hiring - congrats! We help fast-growing teams automate recruiting with AI. Worth a 15 min chat?"),
])
P("merge2", "Tanja Wimmer", "Digitalschmiede", "Beraterin")
junk("merge_tag_failure", "de", "{{Vorname}} nicht ersetzt", [
    ("merge2", "2025-02-25 05:00", "Hallo {{Vorname}}, als Unternehmer:in kennen Sie das Problem: zu viel Admin, zu wenig Zeit. Unsere Digitalisierungsberatung ist bis zu 80 % gefördert! Darf ich Ihnen die Details schicken?"),
])
P("merge3", "Ben Harris", "LeadStack", "Growth Lead")
junk("merge_tag_failure", "en", "wrong name (Verona) and wrong company", [
    ("merge3", "2025-08-19 04:40", "Hi Verona, congrats on Pölzl Engineering's recent growth! We help manufacturing firms like yours cut procurement costs by 15%. Can I share a case study?"),
])
P("merge4", "Nina Gartner", "EmployerBrand Pro", "Consultant")
junk("merge_tag_failure", "de", "[Firmenname] Platzhalter", [
    ("merge4", "2025-06-24 04:20", "Hallo Frau Pölzl, bei [Firmenname] ist Employer Branding sicher ein Thema. Wir haben bereits über 200 Unternehmen aus der [Branche] geholfen. Kurzer Austausch?"),
])
P("spon1", "Alpenbank Business", "", "", url="https://www.linkedin.com/company/alpenbank-business")
junk("sponsored_inmail", "de", "Sponsored InMail einer Bank", [
    ("spon1", "2025-03-05 12:00", "<p>Hallo Verena,</p><p>Das Geschäftskonto für Selbstständige: <strong>12 Monate ohne Kontoführungsgebühr</strong> &amp; Gratis-Karte.</p><p><a href=\"https://example.org/konto\">Jetzt eröffnen</a></p>"),
], title="Sponsored Conversation", subject="Ihr Geschäftskonto in 10 Minuten")
P("spon2", "Global ESG Summit", "", "", url="https://www.linkedin.com/company/global-esg-summit")
junk("sponsored_inmail", "en", "Sponsored InMail for a paid summit", [
    ("spon2", "2025-08-27 12:00", "<p>Verena, join 3,000 sustainability leaders in Amsterdam.</p><p>Early-bird passes <strong>&euro;1,295</strong> until Friday. <a href=\"https://example.org/summit\">Register now</a></p>"),
], title="Sponsored Conversation", subject="The ESG event of the year")
P("award", "Victoria Hughes", "European Sustainability Awards", "Awards Director")
junk("paid_award", "en", "award shortlist with an entry fee", [
    ("award", "2025-05-27 10:00", "Congratulations Verena! You have been shortlisted as 'Austria's Sustainability Consultant of the Year 2025'. To secure your place at the gala and receive your trophy and digital logo, a finalist fee of EUR 1,150 applies. Please confirm within 5 days."),
])
P("feature", "Mag. Robert Eigner", "Wirtschaftsprofile Österreich", "Chefredakteur")
junk("paid_feature", "de", "bezahltes Porträt in einem Magazin", [
    ("feature", "2025-09-09 09:00", "Sehr geehrte Frau Pölzl, wir möchten Sie in unserer Ausgabe 'Die 50 wichtigsten Köpfe der Nachhaltigkeit' porträtieren. Das Porträt umfasst eine Doppelseite und Online-Präsenz. Der Kostenbeitrag beträgt 1.680 € zzgl. USt. Darf ich Ihnen die Mediadaten senden?"),
])
P("podcast", "Tyler Brooks", "The Green Founders Podcast", "Booking Manager")
junk("paid_podcast", "en", "podcast slot that requires a fee", [
    ("podcast", "2025-06-17 08:00", "Hi Verena! We'd love to feature you on The Green Founders Podcast (top 1% globally 🎧). To cover editing and promotion, guests contribute a one-time fee of $450. Shall I send the booking link?"),
])
P("fluent", "Dr. Alexandra Berg", "Berg Strategy Partners", "Managing Partner")
junk("fluent_generic_names_company", "en", "polished message naming her firm but could go to anyone", [
    ("fluent", "2025-07-08 08:30", "Dear Verena,\n\nPölzl Nachhaltigkeitsberatung is clearly building something meaningful, and firms at your stage often face the same questions: how to scale, how to systematise, how to stay focused. At Berg Strategy Partners we help purpose-led organisations translate ambition into measurable growth. I would welcome a brief exchange about your priorities for the coming year.\n\nKind regards,\nAlexandra"),
])
P("webgen", "Rahul Gupta", "WebNova Solutions", "Business Development")
junk("generic_web_design", "en", "generic web design, counterpart of the tailored web developer", [
    ("webgen", "2025-05-20 02:30", "Hello Verena, your website is not fully optimized for mobile and SEO. We build beautiful websites at affordable prices starting at $399. Shall I send you our portfolio?"),
])
P("designgen", "Mia Krenn", "KreativKraft Agentur", "Art Director")
junk("generic_design_agency", "de", "generische Designagentur, Gegenstück zur Grafikerin", [
    ("designgen", "2025-06-03 05:00", "Hallo Verena! Dein Branding verdient ein Upgrade ✨ Wir gestalten Logos, Websites und Social-Media-Content für Unternehmen jeder Größe. Jetzt kostenloses Erstgespräch buchen!"),
])
P("transgen", "Lisa Chen", "LinguaPro Global", "Client Manager")
junk("generic_translation", "en", "generic translation agency, counterpart of the tailored editor", [
    ("transgen", "2025-04-22 03:00", "Dear Sir/Madam, LinguaPro offers professional translation in 120+ languages at unbeatable rates. Legal, medical, technical and marketing. Get a free quote today!"),
])
P("recgen", "Jake Miller", "TalentBridge International", "Recruitment Consultant")
junk("generic_recruiter", "en", "generic recruiter, counterpart of the relevant-role recruiter", [
    ("recgen", "2025-08-05 06:20", "Hi Verena, are you open to new opportunities? I have exciting roles across finance, IT, sales and operations with top companies. Send me your CV and I'll match you with the perfect job!"),
])
P("crypto", "Jason Park", "Summit Digital Wealth", "Investment Advisor")
junk("off_topic_crypto", "en", "off-topic crypto pitch", [
    ("crypto", "2025-01-31 22:00", "Hello Verena, I hope you're doing well. I'd like to introduce an exclusive crypto opportunity with guaranteed monthly returns. Are you open to diversifying your portfolio?"),
])
P("gold", "Herbert Zangl", "Edelmetall Invest", "Vermögensberater")
junk("off_topic_investment", "de", "Gold-Sparplan", [
    ("gold", "2025-09-30 18:00", "Sehr geehrte Frau Pölzl, in unsicheren Zeiten ist Gold die sichere Anlage. Mit unserem Edelmetall-Sparplan ab 50 € im Monat schützen Sie Ihr Vermögen. Darf ich Ihnen unverbindlich Informationen zusenden?"),
])
P("yacht", "Ivana Kovač", "Adria Yacht Charter", "Sales")
junk("off_topic_yacht", "en", "yacht charter for team events", [
    ("yacht", "2025-03-31 09:00", "Hi Verena! Planning a team event this summer? Our luxury yachts in Croatia are perfect for corporate retreats. Book before April for 15% off!"),
])
P("ghost", "Sarah Jensen", "Authority Content", "LinkedIn Ghostwriter")
junk("ghostwriting", "en", "LinkedIn ghostwriting pitch", [
    ("ghost", "2025-09-16 07:00", "Verena, your expertise deserves more visibility! I write LinkedIn posts for consultants that generate inbound leads on autopilot. Want a free sample post?"),
])
P("foerder", "Andreas Reiter", "Fördermittel-Profis", "Fördermittelberater")
junk("generic_funding", "de", "generische Förderberatung mit Nachfassen", [
    ("foerder", "2025-02-04 06:30", "Guten Tag Frau Pölzl, wussten Sie, dass Ihr Unternehmen Anspruch auf bis zu 100.000 € Förderung haben könnte? Wir prüfen kostenlos Ihre Fördermöglichkeiten. Wann passt ein kurzes Telefonat?"),
    ("foerder", "2025-02-11 06:30", "Guten Tag, ich wollte nochmals nachfragen, ob Interesse besteht."),
    ("foerder", "2025-02-25 06:30", "Letzte Nachricht von mir: Die Förderfrist läuft bald ab!"),
])
P("offshore", "Vikram Singh", "Codeveda Technologies", "Business Development Manager")
junk("offshore_dev", "en", "offshore development pitch", [
    ("offshore", "2025-11-04 05:45", "Dear Verena,\n\nGreetings! We are a leading IT company offering web, mobile app, AI and ERP development at affordable prices. Kindly share your requirements so we can send a proposal.\n\nRegards"),
])
P("coaching", "Melanie Steindl", "Erfolgsfrau Coaching", "Business Coach für Frauen")
junk("generic_coaching", "de", "generisches Business-Coaching", [
    ("coaching", "2025-10-28 07:15", "Liebe Verena, als Unternehmerin kennst du das sicher: volle Auftragsbücher, aber kein Leben mehr? In meinem 12-Wochen-Programm lernst du, mehr zu verdienen und weniger zu arbeiten. Hast du Lust auf ein kostenloses Klarheitsgespräch? 💫"),
])
P("seo", "Manuel Posch", "Suchmaschinenprofi.at", "SEO-Berater")
junk("generic_seo", "de", "generische SEO-Ansprache", [
    ("seo", "2024-10-29 03:20", "Hallo Frau Pölzl, Ihre Website ist bei Google kaum sichtbar. Wir bringen Sie mit nachhaltiger Suchmaschinenoptimierung auf Seite 1. Interesse an einer kostenlosen Analyse?"),
])
P("solar", "Stefan Holzer", "SonnenKraft Steiermark", "Energieberater")
junk("off_topic_solar", "de", "Photovoltaik fürs Eigenheim", [
    ("solar", "2025-04-29 09:10", "Grüß Gott Frau Pölzl, gerade als Nachhaltigkeitsexpertin sollten Sie eine eigene PV-Anlage haben! Jetzt mit Förderung: Komplettanlage fürs Einfamilienhaus ab 7.900 €. Kostenlose Vor-Ort-Beratung?"),
])
P("ainotes", "Ethan Clarke", "MeetMind AI", "Founding AE")
junk("generic_ai_tool", "en", "generic AI meeting-notes tool with bumps, no reply", [
    ("ainotes", "2025-09-23 01:10", "Hi Verena, consultants lose 5 hours a week writing meeting notes. MeetMind records, transcribes and summarises every call automatically. Free 14-day trial?"),
    ("ainotes", "2025-09-30 01:10", "Hi Verena, did you get a chance to look at MeetMind?"),
    ("ainotes", "2025-10-08 01:10", "Last one from me, should I close the loop?"),
])

if __name__ == "__main__":
    ex.write(
        Path(__file__).resolve().parents[1] / SLUG,
        {"First Name": "Verena", "Last Name": "Pölzl",
         "Headline": "Nachhaltigkeitsberatung für KMU | VSME, CSRD/ESRS, CO2-Bilanzen | Graz",
         "Summary": "Ich unterstütze steirische und österreichische KMU bei Nachhaltigkeitsberichten (VSME, ESRS), CO2-Bilanzen und ESG-Fragebögen von Banken und Kunden. I also work in English for international groups with Austrian sites.",
         "Industry": "Environmental Services", "Geo Location": "Graz, Steiermark, Österreich",
         "Websites": "[COMPANY:poelzl-nachhaltigkeit.at]"},
        [{"Company Name": "Pölzl Nachhaltigkeitsberatung e.U.", "Title": "Gründerin & Beraterin",
          "Description": "Unabhängige Beratung zu VSME, CSRD/ESRS, Wesentlichkeitsanalyse, Scope 1-3.",
          "Location": "Graz", "Started On": "Jan 2021", "Finished On": ""},
         {"Company Name": "Alpen Audit & Advisory", "Title": "Manager Sustainability Services",
          "Description": "", "Location": "Wien", "Started On": "Sep 2012", "Finished On": "Dec 2020"}],
        ["CSRD", "ESRS", "VSME", "Carbon Accounting", "Nachhaltigkeitsberichterstattung",
         "Double Materiality", "GHG Protocol"],
    )
    print(ex.summary())

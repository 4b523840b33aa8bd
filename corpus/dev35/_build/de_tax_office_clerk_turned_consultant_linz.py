"""dev35 persona 2: Renate Haslinger, former clerk at the Finanzamt Linz, since 2016 running a
one-woman payroll and bookkeeping office (Lohnbüro Haslinger) in Leonding near Linz.
2021 export layout, mostly German with a few English conversations.

All messages are invented and written by hand for this corpus. Run this script to regenerate
../de-tax-office-clerk-turned-consultant-linz/ byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "de-tax-office-clerk-turned-consultant-linz"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Renate Haslinger", "https://www.linkedin.com/in/renate-haslinger-lohnbuero",
               "Lohnbüro Haslinger", "Selbständige Personalverrechnerin")
ex = Export(SLUG, "2021", owner)
P = ex.person
C = ex.conv

# ------------------------------------------------------------------ people: genuine side
P("mayrhofer", "Josef Mayrhofer", "Bäckerei Mayrhofer Traun", "Inhaber", connected="2017-02-14")
P("lisa_m", "Lisa Mayrhofer", "Bäckerei Mayrhofer Traun", "Geschäftsführerin", connected="2021-03-02")
P("tischler", "Florian Leitner", "Tischlerei Leitner Gallneukirchen", "Tischlermeister", connected="2018-06-20")
P("friseur", "Sabine Pühringer", "Salon Sabine, Linz-Urfahr", "Friseurmeisterin", connected="2019-04-03")
P("wirt", "Karl Hofinger", "Gasthaus Hofinger, Pucking", "Wirt", connected="2016-11-10")
P("hagen", "Maarten de Vries", "Quillbyte GmbH (Softwarepark Hagenberg)", "CEO", connected="2020-09-15")
P("physio", "Mag. Julia Aigner", "Physiotherapie Aigner, Enns", "Physiotherapeutin", connected="2021-01-18")
P("verein", "Gerhard Kastner", "Musikverein St. Martin", "Kassier", connected="2021-02-08")
P("oegk", "Petra Wiesinger", "Österreichische Gesundheitskasse", "Dienstgeberservice OÖ", connected="2017-05-22")
P("fa_hans", "Johann Ebner", "Finanzamt Österreich", "Teamleiter", connected="2015-03-01")
P("fa_moni", "Monika Reisinger", "Finanzamt Österreich", "Sachbearbeiterin", connected="2015-03-01")
P("wko", "Mag. Thomas Grubauer", "WKO Oberösterreich", "Fachgruppe UBIT", connected="2017-10-12")
P("wko_gs", "Eva Lindner", "WKO Oberösterreich Gründerservice", "Beraterin", connected="2019-01-15")
P("bh_anna", "Anna Schöftner", "Buchhaltung Schöftner, Wels", "Selbständige Buchhalterin", connected="2017-11-23")
P("bh_doris", "Doris Pammer", "Pammer Buchhaltung & Beratung, Steyr", "Bilanzbuchhalterin", connected="2018-09-04")
P("vendor", "Martin Kreuzer", "PERSOLO Software GmbH", "Kundenbetreuung", connected="2016-08-30")
P("vendor_sup", "Stefanie Gruber", "PERSOLO Software GmbH", "Support", connected="2019-02-11")
P("stb", "Mag. Peter Huber", "Huber & Partner Steuerberatung, Linz", "Steuerberater", connected="2016-06-01")
P("applicant", "Kerstin Wimmer", "", "Bürokauffrau", connected="2021-04-12")
P("recruiter", "Michaela Brandstätter", "Personal Plus OÖ", "Personalberaterin", connected="2020-10-01")
P("journalist", "Andreas Hölzl", "OÖ Wirtschaftsblatt", "Redakteur", connected="2021-01-25")
P("kurs1", "Melanie Stadler", "", "Lohnverrechnerin in Ausbildung", connected="2021-03-20")
P("kurs2", "Thomas Ecker", "Ecker Elektro GmbH", "Büroleitung", connected="2021-03-20")
P("kurs3", "Jasmin Hager", "", "Assistentin der Geschäftsführung", connected="2021-03-21")
P("fa_chefin", "Hofrätin Mag. Elisabeth Gruber", "Finanzamt Österreich (i.R.)", "Vorständin a.D.", connected="2015-02-10")
P("friend", "Gabi Pointner", "", "Volksschullehrerin", connected="2014-08-19")
P("bau", "Ing. Herbert Reiter", "Reiter Bau GmbH, Ansfelden", "Geschäftsführer", connected="2018-02-27")
P("it_guy", "Patrick Fellner", "Fellner IT-Service", "Inhaber", connected="2016-09-12")
P("vers", "Manfred Kaiser", "Kaiser Versicherungsmakler", "Versicherungsmakler", connected="2016-07-07")
P("hak", "Mag. Ursula Haider", "HAK Traun", "Lehrerin für Rechnungswesen", connected="2020-02-17")
P("prospect", "Christian Oberndorfer", "Oberndorfer Transporte, Hörsching", "Geschäftsführer", connected="2021-02-20")
P("hagen_hr", "Sophie Klein", "Quillbyte GmbH (Softwarepark Hagenberg)", "Office Manager", connected="2020-10-05")

# ------------------------------------------------------------------ people: wanted pitches
P("w_soft", "Bernhard Mittermayr", "LohnWerk Software", "Vertrieb Oberösterreich", connected="2021-02-01")
P("w_stunden", "Lukas Hametner", "Stundenblatt App", "Gründer")
P("w_itsec", "Daniel Prammer", "Prammer IT-Sicherheit, Linz", "IT-Sicherheitsberater", connected="2021-04-07")
P("w_stb", "Mag. Karin Wöss", "Wöss Steuerberatung, Leonding", "Steuerberaterin", connected="2020-11-18")
P("w_web", "Nina Kapeller", "", "Webdesignerin (Freelance)")
P("w_vers", "Robert Haidinger", "Haidinger Versicherungsmakler GmbH", "Versicherungsmakler")
P("w_interim", "Sandra Moser", "Interim Finance Austria", "Senior Consultant", connected="2021-05-10")
P("w_zeit", "Christoph Baumgartner", "ZeitKlar GmbH", "Partnermanagement")
P("w_ghost", "Verena Schatz", "", "Texterin für Selbständige")
P("w_seminar", "Dr. Wolfgang Lehner", "Lohnsteuer-Akademie Österreich", "Seminarleiter")
P("w_hrtech", "Hannah Berger", "Onboardly (Vienna)", "Partnerships Lead", connected="2021-03-15")
P("w_mandant", "Günther Aichinger", "Aichinger Betriebsberatung", "Unternehmensvermittler")

# ------------------------------------------------------------------ people: junk
P("j_lohn", "Tomáš Novák", "PayRoll Easy s.r.o.", "Business Development DACH")
P("j_seo", "Kevin Schmid", "Ranking Rakete", "Online-Marketing Berater")
P("j_social", "Lea Fuchs", "Social Boost Agentur", "Social Media Managerin")
P("j_pv", "Markus Lang", "SonnenStrom Direkt", "Energieberater")
P("j_wohnung", "Stefan Koller", "Vorsorge Immobilien Invest", "Anlageberater")
P("j_krypto", "Jan Richter", "Crypto Freiheit Akademie", "Coach")
P("j_mlm", "Bianca Hofer", "", "Selbständige Vertriebspartnerin | Gesundheit & Lifestyle")
P("j_kaffee", "Oliver Steindl", "BüroBohne Kaffeeservice", "Key Account Manager")
P("j_kap", "Sebastian Wolf", "Mandanten-Magnet", "Geschäftsführer")
P("j_gleich", "Daniela Kraus", "", "Unternehmerin | Mentorin | Netzwerkerin")
P("j_15min", "Philipp Auer", "Prozessheld GmbH", "Account Executive")
P("j_ctp1", "Manuela Berger", "Erfolgsmentoring Berger", "Business Coach",
  connected="2021-02-09", invite=("IN", "2021-02-09 08:47", "Liebe Renate, ich würde mich freuen, uns zu vernetzen!"))
P("j_ctp2", "Thomas Weiß", "FinanzPlan Plus", "Vermögensberater",
  connected="2021-04-20", invite=("IN", "2021-04-20 19:03", ""))
P("j_ctp3", "Claudia Seidl", "Leadsystem Alpen", "Vertriebsexpertin",
  connected="2021-05-26", invite=("IN", "2021-05-26 10:15", "Hallo aus dem Mühlviertel! Gerne vernetzen."))
P("j_ctp4", "Rainer Holzer", "DigitalDruck Holzer", "Vertrieb",
  connected="2020-11-03", invite=("IN", "2020-11-03 14:22", ""))
P("j_bump", "Jana Hartmann", "Bewertungs-Booster", "Kundenberaterin")
P("j_tpl1", "Michael Sommer", "KanzleiWachstum", "Gründer")
P("j_tpl2", "Katrin Vogel", "Mandantenplus", "Beraterin")
P("j_tpl3", "Florian Baumann", "Steuerkanzlei Marketing Pro", "Geschäftsführer")
P("j_tpl4", "Sarah Lechner", "Buchhalter-Akquise.at", "Vertrieb")
P("j_tpl5", "Ryan Walsh", "Practice Growth Partners", "Head of Growth")
P("j_merge1", "Dominik Brunner", "Vertriebsturbo", "SDR")
P("j_merge2", "Patricia Eder", "CloudKanzlei", "Kundenberaterin")
P("j_merge3", "Alexander Graf", "Digital-Förderung Experten", "Förderberater")
P("j_merge4", "Nicole Steiner", "Fuhrpark Leasing Partner", "Vertrieb")
P("j_award", "Dr. Ralf Schuster", "Österreichs Beste Dienstleister", "Jurybüro")
P("j_feature", "Melanie Zauner", "Wirtschaftsportrait Magazin", "Anzeigenleitung")
P("j_podcast", "Tobias Frank", "Unternehmerinnen Talk Podcast", "Host")
P("j_fluent", "Dr. Harald Wenger", "Wenger Strategy Partners", "Managing Partner")
P("j_softgen", "Marcel Huemer", "LohnProfi Cloud", "Vertrieb")
P("j_itgen", "Jürgen Pichler", "SecureNet Solutions", "Sales")
P("j_webgen", "Anja Berger", "Webdesign Sofort", "Kundenberaterin")
P("j_versgen", "Werner Hauser", "Allround Finanz", "Versicherungsberater")
P("j_recgen", "Lisa Brandl", "JobMatch Austria", "Recruiterin")
P("j_english", "David Harris", "ProBooks Global", "Partner Success Manager")
P("j_coach", "Mario Kern", "", "Mindset Coach")
P("s_bank", "Alpenland Bank", "", "", url="https://www.linkedin.com/company/alpenland-bank")
P("s_soft", "BuchFix Online", "", "", url="https://www.linkedin.com/company/buchfix-online")

# ================================================================== GENUINE
C("genuine", "client_kurzarbeit", "de",
  "long-standing bakery client asks about the Kurzarbeit settlement", [
      ("mayrhofer", "2020-04-03 06:12", "Servus Renate, entschuldige die frühe Stunde, i steh seit 3 in der Backstube. "
       "Wegen der Kurzarbeit: die zwei Verkäuferinnen in der Filiale Oedt sind auf 50 %, die Backstube bleibt voll. "
       "Muss ich da fürs AMS no was extra ausfüllen oder machst du des eh?"),
      ("me", "2020-04-03 07:30", "Guten Morgen Sepp! Das mach ich, du musst nur die Stundenaufzeichnungen bis 5. Mai schicken. "
       "Die AMS-Abrechnung reich ich dann mit der April-Lohnverrechnung ein. Bleibt's gsund!"),
      ("mayrhofer", "2020-04-03 07:41", "Du bist a Wahnsinn. Danke! Nächste Woch bring i a paar Krapfen vorbei."),
  ])

C("genuine", "client_new_apprentice", "de",
  "carpentry client has a new apprentice and asks what is needed for the registration", [
      ("tischler", "2020-08-24 17:55", "Hallo Renate, ab 7. September fangt bei uns ein Lehrling an (Tischlerei, 1. Lehrjahr). "
       "Was brauchst du alles von mir für die Anmeldung? Lehrvertrag ist schon bei der Kammer."),
      ("me", "2020-08-24 19:10", "Hallo Florian, super! Ich brauch: Kopie Lehrvertrag, SV-Nummer, Adresse, Bankverbindung und ob er "
       "Anspruch auf Fahrtkostenersatz hat. Die Anmeldung bei der ÖGK mach ich am 4. September, vor Arbeitsbeginn."),
      ("tischler", "2020-08-25 07:02", "Passt, schick ich dir heut noch."),
  ])

C("genuine", "client_quote_request", "de",
  "hair salon client asks for a new quote because she hires two more staff", [
      ("friseur", "2021-03-08 20:14", "Liebe Renate, gute Nachrichten: wir dürfen endlich wieder aufsperren und ich stell ab April zwei Friseurinnen ein "
       "(eine Vollzeit, eine 25 Stunden). Wie ändert sich dann dein monatliches Honorar? Bitte schick mir ein neues Angebot, "
       "damit ich's meiner Steuerberaterin zeigen kann."),
      ("me", "2021-03-09 08:45", "Liebe Sabine, das freut mich so! Pro Dienstnehmer verrechne ich weiterhin 24 € netto im Monat, plus einmalig 40 € "
       "für jede Anmeldung. Bei dann 6 Mitarbeiterinnen wären das 144 € monatlich. Angebot schick ich dir gleich per Mail."),
      ("friseur", "2021-03-09 09:02", "Perfekt, danke dir!"),
  ])

C("genuine", "client_question", "de",
  "inn owner client asks about holiday pay and catering staff", [
      ("wirt", "2021-06-14 22:30", "Griaß di Renate. Kurze Frage: die Aushilfen vom Sommer, kriegen die auch einen Urlaubszuschuss? "
       "Der Hansi sagt ja, mei Frau sagt na. Gastgewerbe KV halt."),
      ("me", "2021-06-15 08:05", "Servus Karl, der Hansi hat recht, anteilig nach KV Hotel- und Gastgewerbe, auch bei den Aushilfen. "
       "Ich rechne es mit dem Juni-Lohn ab, dann passt es."),
      ("wirt", "2021-06-15 08:20", "Na guat. Sag's aber du meiner Frau 😄"),
  ])

C("genuine", "inbound_lead_buyer", "en",
  "software startup in Hagenberg (English-speaking founder) wants to buy payroll services; asks for a quote", [
      ("hagen", "2020-09-16 10:02", "Hi Renate, thanks for connecting. Our tax advisor Peter Huber recommended you. We're a 6-person software company in "
       "Softwarepark Hagenberg, most of the team is from abroad, and nobody here understands Austrian payroll 🙂 "
       "Could you take over our payroll from October? What would it cost, and do you work in English?"),
      ("me", "2020-09-16 11:30", "Hello Maarten, thank you and thanks to Peter. Yes, I can take you on from October and I'm happy to write in English, "
       "although payslips stay German by law. My fee is 26 € per employee per month plus a one-time 150 € setup. "
       "I'd also need to check the collective agreement (IT-KV) classification of everyone. Shall we have a short call?"),
      ("hagen", "2020-09-16 11:48", "Sounds fair. Thursday 2pm?"),
      ("me", "2020-09-16 11:50", "Thursday 2pm is fine."),
  ])

C("genuine", "inbound_lead_buyer", "de",
  "physiotherapy practice wants to switch its payroll to her; asks for price", [
      ("physio", "2021-01-19 13:20", "Sehr geehrte Frau Haslinger, eine Kollegin aus Leonding hat Sie mir empfohlen. Ich habe in meiner Praxis in Enns "
       "drei Angestellte und bin mit der Lohnverrechnung über meine Steuerkanzlei nicht mehr zufrieden (teuer und langsam). "
       "Wäre ein Wechsel mit März möglich und was würde das ungefähr kosten?"),
      ("me", "2021-01-19 16:40", "Sehr geehrte Frau Mag. Aigner, danke für Ihre Nachricht! Ein Wechsel mit März ist gut machbar. "
       "Für drei Dienstnehmerinnen wären es 72 € netto im Monat, die Übernahme der Lohnkonten ist kostenlos. "
       "Ich bräuchte die Lohnkonten 2020 und die Dienstverträge. Darf ich Sie nächste Woche anrufen?"),
      ("physio", "2021-01-19 17:05", "Sehr gerne, am besten Dienstag ab 12 Uhr."),
  ])

C("genuine", "inbound_lead_buyer", "de",
  "music club treasurer asks whether she can do payroll for a conductor and asks for the cost", [
      ("verein", "2021-02-09 19:45", "Servus Frau Haslinger, i bin der Kassier vom Musikverein St. Martin. Unser neuer Kapellmeister kriegt ab März a "
       "fixes Honorar und der Obmann meint, wir müssen ihn jetzt anmelden. Machen Sie sowas für an Verein auch und was kostet des? "
       "Mia san ka reicher Verein 😅"),
      ("me", "2021-02-10 08:15", "Servus Herr Kastner! Ja, mach ich gern, ich spiel selber Klarinette 😊 Für einen Dienstnehmer beim Verein "
       "verrechne ich 20 €/Monat. Schauen wir uns zuerst an, ob es überhaupt ein Dienstverhältnis ist oder ob die Pauschale reicht. "
       "Rufen Sie mich an?"),
  ])

C("genuine", "authority_contact", "de",
  "ÖGK contact about a correction of a monthly contribution report", [
      ("me", "2021-03-17 09:10", "Liebe Frau Wiesinger, ich hab bei einem Dienstgeber eine mBGM für Jänner mit falscher Beschäftigtengruppe übermittelt. "
       "Reicht ein Storno und Neumeldung oder brauchen Sie noch was schriftlich?"),
      ("oegk", "2021-03-17 11:25", "Liebe Frau Haslinger, Storno und Neumeldung reichen, bitte mit dem Hinweis 'Berichtigung' im Freitext. "
       "Schriftlich brauchen wir nichts. Schöne Grüße ins Büro!"),
      ("me", "2021-03-17 11:30", "Danke vielmals, Sie sind ein Schatz!"),
  ])

C("genuine", "former_colleague_invitation", "de",
  "former Finanzamt colleague invites her to his retirement party", [
      ("fa_hans", "2021-06-01 15:00", "Liebe Renate, ob du's glaubst oder nicht: mit Ende Juli geh ich in Pension! 🎉 "
       "Am 30. Juli machen wir a kleines Fest im Gastgarten vom Klosterhof. Wäre schön, wenn du kommst, die alte Partie von der GPLB ist auch dabei."),
      ("me", "2021-06-01 17:20", "Hans! Gratuliere! Natürlich komm ich, das lass ich mir nicht entgehen. Ich bring die Fotos vom Betriebsausflug 2012 mit 😂"),
  ])

C("genuine", "former_colleague_chat", "de",
  "former colleague at the tax office chats about the FinanzOnline outage", [
      ("fa_moni", "2021-02-26 16:30", "Hast du auch das Problem, dass FinanzOnline heut dauernd raushaut? Bei uns intern geht's auch nur zach. "
       "Nur damit du weißt, dass es nicht an dir liegt 🙈"),
      ("me", "2021-02-26 16:45", "Ja, dreimal rausgeflogen bei den L16! Danke Moni, dann mach ich morgen früh weiter. Lohnzettelfrist ist eh erst Montag."),
  ])

C("genuine", "event_invitation_wko", "de",
  "Wirtschaftskammer contact invites her to the bookkeepers' meeting", [
      ("wko", "2021-09-06 10:00", "Liebe Frau Haslinger, nach langer Pause gibt es wieder einen Buchhalter- und Personalverrechner-Stammtisch der Fachgruppe, "
       "am 23. September in Wels (3G-Regel). Thema: Homeoffice-Pauschale in der Praxis. Dürfen wir mit Ihnen rechnen? "
       "Und hätten Sie Lust, 10 Minuten aus Ihrer Praxis zu erzählen?"),
      ("me", "2021-09-06 12:30", "Lieber Herr Mag. Grubauer, sehr gern, und ja, die 10 Minuten mach ich. Da hab ich einige Geschichten."),
  ])

C("genuine", "speaker_request", "de",
  "WKO Gründerservice asks her to speak at a founders' workshop", [
      ("wko_gs", "2021-04-13 14:15", "Hallo Renate, wir machen im Mai wieder den Online-Workshop 'Mein erster Mitarbeiter'. "
       "Könntest du wieder den Teil Lohnnebenkosten übernehmen? Honorar wie letztes Jahr."),
      ("me", "2021-04-13 15:00", "Hallo Eva, gerne! Schick mir bitte die Termine."),
  ])

C("genuine", "peer_holiday_cover", "de",
  "fellow bookkeeper arranges mutual holiday cover", [
      ("bh_anna", "2021-07-05 08:30", "Hallo Renate! Machen wir's heuer wieder so wie letztes Jahr mit der Urlaubsvertretung? "
       "Ich bin 9.–23. August am Attersee, du im September, oder?"),
      ("me", "2021-07-05 09:15", "Hallo Anna, ja unbedingt. Ich bin 13.–24. September weg (Kroatien, wenn's Corona zulasst). "
       "Schick mir die Liste mit deinen dringenden Mandanten."),
      ("bh_anna", "2021-07-05 09:20", "Mach ich. Danke, du bist die Beste ☀️"),
  ])

C("genuine", "peer_joint_offer", "de",
  "fellow bookkeeper proposes a joint package offer for restaurants", [
      ("bh_doris", "2021-05-18 18:05", "Liebe Renate, ich hab eine Idee: so viele Wirte suchen nach dem Lockdown jemanden für Buchhaltung UND Lohn. "
       "Was hältst du von einem gemeinsamen Paket? Ich mach Buchhaltung und UVA, du die Lohnverrechnung, ein Angebot, zwei Rechnungen. "
       "Preislich dachte ich an 290 € im Monat für einen Betrieb bis 8 Dienstnehmer, aufgeteilt 55/45."),
      ("me", "2021-05-18 20:30", "Liebe Doris, klingt spannend! 55/45 für wen? 😉 Treffen wir uns nächste Woche auf einen Kaffee in Steyr und rechnen das durch."),
      ("bh_doris", "2021-05-18 20:41", "55 für dich, weil Lohn mehr Arbeit ist. Mittwoch 10 Uhr Café am Stadtplatz?"),
      ("me", "2021-05-18 20:45", "Passt!"),
  ])

C("genuine", "vendor_price_change", "de",
  "existing payroll software vendor announces a licence price increase", [
      ("vendor", "2021-10-12 11:00", "Sehr geehrte Frau Haslinger, als langjährige Kundin möchte ich Sie persönlich informieren: "
       "Ab 1. Jänner 2022 steigt die Lizenz für PERSOLO Lohn (bis 50 Dienstnehmer) von 49 auf 56 € netto im Monat. "
       "Grund sind vor allem die vielen gesetzlichen Änderungen (Homeoffice, Corona-Sonderbestimmungen). "
       "Wenn Sie bis 30. November auf jährliche Zahlung umstellen, bleibt es für 2022 beim alten Preis."),
      ("me", "2021-10-12 13:40", "Danke für die Info, Herr Kreuzer. Ich stelle auf jährlich um, bitte schicken Sie mir das Formular."),
  ])

C("genuine", "vendor_support", "de",
  "support ticket with the payroll software vendor about an update", [
      ("me", "2021-01-04 08:10", "Hallo Frau Gruber, nach dem Jahresupdate rechnet das Programm bei zwei Lehrlingen den Entfall des DB falsch. "
       "Ist das bekannt?"),
      ("vendor_sup", "2021-01-04 10:35", "Guten Morgen Frau Haslinger, ja, leider. Hotfix kommt am Mittwoch. Bis dahin bitte die Abrechnung Jänner noch nicht freigeben."),
      ("me", "2021-01-04 10:40", "Alles klar, danke!"),
  ])

C("genuine", "tax_advisor_referral", "de",
  "tax advisor she works with passes on a client and asks about the fee split", [
      ("stb", "2021-02-15 17:00", "Liebe Renate, ich hätte wieder einen Mandanten für dich: Transportunternehmen in Hörsching, 11 Fahrer, "
       "Herr Oberndorfer. Die Lohnverrechnung macht derzeit seine Frau, aber sie will nicht mehr. Darf ich ihm deine Nummer geben?"),
      ("me", "2021-02-15 17:30", "Lieber Peter, sehr gern, danke! Bei 11 Fahrern mit Diäten und Nachtarbeit ist das schon ein Brocken, passt aber."),
      ("stb", "2021-02-15 17:34", "Dachte ich mir. Ich sag ihm Bescheid."),
  ])

C("genuine", "owner_follow_up_prospect", "de",
  "owner started: follows up on the quote she sent to the haulage company", [
      ("me", "2021-02-22 09:00", "Sehr geehrter Herr Oberndorfer, danke für das nette Telefonat am Freitag. Wie besprochen anbei mein Angebot "
       "für die Lohnverrechnung Ihrer 11 Fahrer inkl. Reisekosten und Diäten. Bei Fragen melden Sie sich jederzeit."),
      ("prospect", "2021-02-25 18:20", "Grüß Gott Frau Haslinger, passt soweit. Meine Frau hat noch eine Frage wegen der Überstundenpauschale, "
       "sie ruft Sie morgen an. Starten würden wir gerne mit April."),
      ("me", "2021-02-26 07:50", "Wunderbar, ich freu mich!"),
  ], attachments={0: "https://www.linkedin.com/dms/angebot-oberndorfer-2021.pdf"})

C("genuine", "job_applicant", "de",
  "applicant for her part-time office assistant position", [
      ("applicant", "2021-04-13 20:10", "Sehr geehrte Frau Haslinger, ich habe Ihre Stellenanzeige (Bürokraft, 20 Stunden, Leonding) gesehen "
       "und möchte mich bewerben. Ich bin gelernte Bürokauffrau, war 6 Jahre in einer Spedition und bin nach der Karenz auf der Suche "
       "nach einer Teilzeitstelle. Lebenslauf im Anhang. Mit freundlichen Grüßen, Kerstin Wimmer"),
      ("me", "2021-04-14 09:00", "Liebe Frau Wimmer, danke für Ihre Bewerbung! Hätten Sie nächsten Montag um 9 Uhr Zeit für ein Gespräch in meinem Büro?"),
      ("applicant", "2021-04-14 09:30", "Sehr gerne, ich komme!"),
  ], attachments={0: "https://www.linkedin.com/dms/lebenslauf-wimmer.pdf"})

C("genuine", "recruiter_engaged", "de",
  "recruiter she hired for a part-time payroll clerk sends candidates and fee", [
      ("me", "2021-03-01 10:30", "Liebe Frau Brandstätter, wie besprochen: ich suche eine Personalverrechnerin mit Prüfung, 20-25 Stunden, ab Juni. "
       "Ihr Angebot mit 18 % vom Jahresbrutto nehme ich an."),
      ("recruiter", "2021-03-01 11:15", "Danke Frau Haslinger, der Auftrag ist bestätigt. Ich melde mich in zwei Wochen mit ersten Kandidatinnen."),
      ("recruiter", "2021-03-17 16:40", "Ich habe zwei sehr passende Profile für Sie, beide mit PV-Prüfung, eine mit Erfahrung in der Gastro. "
       "Unterlagen per Mail. Gespräche wären ab 24. März möglich."),
      ("me", "2021-03-17 17:30", "Danke, schau ich mir heut Abend an."),
  ])

C("genuine", "journalist_request", "de",
  "regional business journalist asks for comment on the home-office allowance", [
      ("journalist", "2021-01-26 10:45", "Grüß Gott Frau Haslinger, ich schreibe für das OÖ Wirtschaftsblatt über die neue Homeoffice-Pauschale. "
       "Als ehemalige Finanzbeamtin und heutige Personalverrechnerin kennen Sie beide Seiten. Hätten Sie Zeit für ein kurzes Telefonat diese Woche?"),
      ("me", "2021-01-26 12:00", "Gerne, Herr Hölzl. Donnerstag Vormittag passt mir. Bitte schicken Sie mir die Zitate vorher zum Gegenlesen."),
      ("journalist", "2021-01-26 12:10", "Selbstverständlich. Donnerstag 10 Uhr, ich ruf an."),
  ])

C("genuine", "thank_you_after_course", "de",
  "thank-you after her WIFI course (1 of 3 near-duplicates)", [
      ("kurs1", "2021-03-20 18:30", "Liebe Frau Haslinger, vielen Dank für den tollen Kurs heute beim WIFI! Endlich versteh ich die Sonderzahlungen. "
       "Ich hoffe, wir sehen uns beim Aufbaukurs."),
  ])
C("genuine", "thank_you_after_course", "de",
  "thank-you after her WIFI course (2 of 3 near-duplicates)", [
      ("kurs2", "2021-03-20 19:05", "Vielen Dank für den super Kurs heute, Frau Haslinger! Sehr praxisnah, vor allem die Beispiele zu den Sonderzahlungen. "
       "Ich hab schon meiner Chefin davon erzählt."),
      ("me", "2021-03-21 10:00", "Danke Herr Ecker, freut mich sehr! Viel Erfolg beim Umsetzen."),
  ])
C("genuine", "thank_you_after_course", "de",
  "thank-you after her WIFI course (3 of 3 near-duplicates)", [
      ("kurs3", "2021-03-21 08:15", "Guten Morgen Frau Haslinger, danke nochmal für den Kurs gestern! Endlich hab ich die Sonderzahlungen verstanden 😊 "
       "Darf ich mich bei Fragen melden?"),
      ("me", "2021-03-21 10:05", "Sehr gern, Frau Hager!"),
  ])

C("genuine", "client_handover_spam_folder", "de",
  "daughter of the bakery client takes over the business; message landed in SPAM", [
      ("lisa_m", "2021-03-03 07:20", "Liebe Frau Haslinger, ich bin die Tochter vom Josef Mayrhofer und übernehme mit 1. April die Bäckerei. "
       "Papa sagt, ohne Sie geht gar nichts 😊 Können wir uns nächste Woche zusammensetzen wegen Zeichnungsberechtigung und "
       "wie wir die Lohnunterlagen künftig schicken? Liebe Grüße, Lisa"),
  ], folder="SPAM")

C("genuine", "owner_asks_former_colleague", "de",
  "owner started: asks a former tax office colleague how a new decree is applied", [
      ("me", "2021-04-28 19:00", "Hallo Moni, kurze Frage unter uns Ex-Kolleginnen: wie legt ihr das mit den Essensgutscheinen im Homeoffice aus? "
       "Die Info vom BMF lässt das ein bissl offen."),
      ("fa_moni", "2021-04-29 08:20", "Hi Renate! Wir legen's großzügig aus, auch im Homeoffice steuerfrei bis 8 €, wenn's eine Gaststätte ist. "
       "Offiziell kann ich dir aber nix sagen 😉"),
      ("me", "2021-04-29 08:25", "Verstehe 😉 Danke!"),
  ])

C("genuine", "long_standing_congrats", "de",
  "her former boss at the tax office congratulates her on 5 years of self-employment", [
      ("fa_chefin", "2021-05-02 11:00", "Liebe Frau Haslinger, LinkedIn erinnert mich, dass Sie seit 5 Jahren selbständig sind. "
       "Ich erinnere mich noch gut an das Gespräch, als Sie gekündigt haben, und wie mutig ich das fand. Herzliche Gratulation!"),
      ("me", "2021-05-02 12:40", "Liebe Frau Hofrätin, das freut mich sehr! Ohne die Jahre im Finanzamt könnte ich das heute nicht. "
       "Wir sollten endlich einmal auf einen Kaffee gehen."),
  ])

C("genuine", "friend_personal", "de",
  "friend, personal small talk about a hike", [
      ("friend", "2021-05-13 20:00", "Gehma am Sonntag auf'n Pöstlingberg? Wetter soll passen. Danach a Eis in Urfahr?"),
      ("me", "2021-05-13 20:15", "Jaaa, unbedingt! 10 Uhr bei der Talstation? Ich brauch dringend Bewegung, sitz nur mehr vorm Computer 🙈"),
      ("friend", "2021-05-13 20:16", "10 Uhr passt. Bussi"),
  ])

C("genuine", "client_english_question", "en",
  "existing Hagenberg client asks in English about an e-bike benefit", [
      ("hagen_hr", "2021-04-21 13:30", "Hi Renate, two of our devs want company e-bikes instead of a parking spot. "
       "Is that tax-free for them in Austria, or do we need to add something to their payslip?"),
      ("me", "2021-04-21 14:15", "Hi Sophie, good news: e-bikes given for private use are currently a tax-free benefit (Sachbezug 0), "
       "so nothing extra on the payslip. Please send me the leasing contract so I can note it in the payroll file."),
      ("hagen_hr", "2021-04-21 14:20", "Great, thanks a lot!"),
  ])

C("genuine", "client_question", "de",
  "construction client asks about bad-weather compensation", [
      ("bau", "2020-12-02 16:50", "Frau Haslinger, letzte Woche hatten wir drei Tage Schlechtwetter auf der Baustelle in Ansfelden. "
       "Die Partie war daheim. Schlechtwetterentschädigung über die BUAK, wie immer?"),
      ("me", "2020-12-02 17:20", "Ja Herr Ing. Reiter, wie immer. Schicken Sie mir bitte die Bautagesberichte, dann rechne ich es im Dezember mit ab."),
  ])

C("genuine", "vendor_price_change", "de",
  "existing IT service provider announces a higher flat fee", [
      ("it_guy", "2021-08-30 09:00", "Servus Renate, ich muss leider meine Pauschalen anpassen: ab Oktober kostet die Wartung für dein Büro 45 statt 39 € im Monat, "
       "weil Microsoft die Lizenzen erhöht hat. Ich hoff, das ist ok. Backup-Kontrolle und Updates bleiben gleich."),
      ("me", "2021-08-30 10:15", "Servus Patrick, passt, du bist eh günstig. Danke fürs Bescheid sagen."),
  ])

C("genuine", "insurance_renewal", "de",
  "her existing insurance broker about renewal of her professional liability policy", [
      ("vers", "2021-11-15 10:20", "Liebe Frau Haslinger, Ihre Vermögensschadenhaftpflicht läuft mit Jahresende aus. Die Versicherung bietet eine Verlängerung "
       "um 412 € (bisher 389 €) an. Ich hab mir zwei Alternativangebote geholt, die sind aber nicht günstiger. Soll ich verlängern?"),
      ("me", "2021-11-15 11:00", "Ja bitte verlängern, Herr Kaiser. Danke fürs Vergleichen!"),
  ])

C("genuine", "school_internship_request", "de",
  "business school teacher asks for an internship place for a student", [
      ("hak", "2021-02-17 12:30", "Liebe Frau Haslinger, eine meiner Schülerinnen aus der 4. Klasse interessiert sich sehr für Personalverrechnung. "
       "Hätten Sie im Juli Platz für ein vierwöchiges Pflichtpraktikum? Sie ist sehr verlässlich."),
      ("me", "2021-02-17 18:00", "Liebe Frau Mag. Haider, im Juli geht das gut. Sie soll mir einfach einen kurzen Lebenslauf schicken."),
  ])

C("genuine", "client_year_end", "de",
  "owner started: reminds a client of the year-end payroll forms", [
      ("me", "2021-01-11 08:30", "Hallo Sabine, Erinnerung: bis 20. Jänner brauch ich noch die Trinkgeld-Aufzeichnungen und die Krankenstandstage vom Dezember, "
       "damit die Lohnzettel Ende Feber rausgehen können."),
      ("friseur", "2021-01-11 21:40", "Oje, ganz vergessen. Schick ich morgen!"),
  ])

C("genuine", "client_thanks_gift", "de",
  "bakery client thanks her for the Kurzarbeit help", [
      ("mayrhofer", "2020-12-22 11:00", "Renate, i wollt nur danke sagen für des Jahr. Ohne dich hätt ma des mit der Kurzarbeit nie gschafft. "
       "Hab dir a Linzer Torte ins Büro gstellt. Frohe Weihnachten!"),
      ("me", "2020-12-22 12:30", "Sepp, danke! Die Torte ist schon halb weg 😄 Frohe Weihnachten euch allen!"),
  ])

# ================================================================== WANTED PITCHES
C("wanted_pitch", "software_post_reference", "de",
  "payroll software vendor references her post about cancelling contribution reports in her current tool", [
      ("w_soft", "2021-02-02 09:15", "Guten Morgen Frau Haslinger, Ihr Beitrag letzte Woche über die mühsamen mBGM-Stornos hat mich angesprochen: "
       "Sie schrieben, dass Sie bei jeder Berichtigung in Ihrem Programm die ganze Abrechnung aufrollen müssen. In LohnWerk können Sie eine "
       "einzelne Beitragsgrundlage korrigieren, das Storno erzeugt das Programm selbst. Wir übernehmen die Lohnkonten aus PERSOLO per Import. "
       "Darf ich Ihnen das in 20 Minuten mit einem Ihrer echten Fälle zeigen?"),
      ("me", "2021-02-02 11:00", "Hm, das wäre tatsächlich eine Erleichterung. Ein Vorführtermin im März wäre ok."),
  ])

C("wanted_pitch", "app_course_reference", "de",
  "time-sheet app founder references what she said in her course about paper time sheets", [
      ("w_stunden", "2021-03-22 14:00", "Hallo Frau Haslinger, ich war am Samstag im WIFI-Kurs in der letzten Reihe. Sie haben erzählt, dass Sie von Ihren "
       "Baufirmen die Stundenzettel noch immer zerknittert und mit Kaffeeflecken bekommen und dann alles abtippen. "
       "Genau dafür haben wir Stundenblatt gebaut: die Partie trägt am Handy ein, Sie bekommen eine Exportdatei fürs Lohnprogramm. "
       "Für Lohnbüros gibt's einen Partnerzugang gratis. Interesse an einem Testzugang für einen Ihrer Bau-Mandanten?"),
      ("me", "2021-03-22 16:30", "Sie haben gut aufgepasst 😄 Ja, schicken Sie mir einen Testzugang."),
  ])

C("wanted_pitch", "it_security_setup", "de",
  "IT security consultant refers to her office setup visible in her photo post", [
      ("w_itsec", "2021-04-08 10:30", "Hallo Frau Haslinger, gratuliere zum neuen Büro in Leonding! Auf dem Foto in Ihrem Beitrag sieht man ein NAS neben dem Drucker "
       "und einen Post-it am Monitor. Bei Lohndaten (Gesundheitsdaten, SV-Nummern) ist das aus DSGVO-Sicht heikel. "
       "Ich mache für Ein-Personen-Kanzleien einen Sicherheitscheck vor Ort um pauschal 290 € (verschlüsseltes Backup, Passwortmanager, Zugriff). "
       "Wenn Sie wollen, schau ich einmal unverbindlich vorbei."),
  ])

C("wanted_pitch", "tax_advisor_mutual_contact", "de",
  "tax advisor introduced via a mutual contact by name offers cooperation for balance sheets", [
      ("w_stb", "2020-11-19 08:45", "Liebe Frau Haslinger, Doris Pammer aus Steyr hat mir erzählt, dass Sie für Ihre Lohnmandanten manchmal eine "
       "Steuerberatung für den Jahresabschluss suchen, weil Sie das als Personalverrechnerin nicht machen dürfen. "
       "Meine Kanzlei ist ebenfalls in Leonding und wir haben genau für Kleinbetriebe bis 10 Mitarbeiter Kapazität. "
       "Ein gegenseitiges Empfehlen wäre schön, ganz ohne Provision. Auf einen Kaffee?"),
      ("me", "2020-11-19 13:10", "Liebe Frau Mag. Wöss, sehr gern, Doris hat mir auch schon von Ihnen erzählt."),
  ])

C("wanted_pitch", "webdesign_site_visited", "de",
  "web designer visited her site and found the missing legal notice details", [
      ("w_web", "2021-06-08 21:00", "Liebe Frau Haslinger, ich bin über die Suche 'Lohnverrechnung Leonding' auf Ihre Website gestoßen. "
       "Zwei Dinge sind mir aufgefallen: Im Impressum fehlen die GISA-Zahl und die zuständige Kammer (Pflichtangaben nach ECG), "
       "und das Kontaktformular verschickt ohne SSL, was bei Lohndaten gar nicht gut ist. Ich würde das für 180 € beheben; "
       "einen Relaunch brauchen Sie dafür nicht. Liebe Grüße aus Pasching, Nina Kapeller"),
      ("me", "2021-06-09 08:30", "Oh, das mit der GISA-Zahl war mir gar nicht bewusst. Danke für den Hinweis, bitte schicken Sie mir ein Angebot."),
  ])

C("wanted_pitch", "insurance_public_register", "de",
  "broker references her new trade licence in the public register and the mandatory liability cover", [
      ("w_vers", "2020-07-20 09:30", "Sehr geehrte Frau Haslinger, laut GISA haben Sie seit 1. Juli zusätzlich das Gewerbe 'Buchhalterin' angemeldet. "
       "Nach BiBuG gilt dafür eine Mindestversicherungssumme für die Vermögensschadenhaftpflicht; Ihre bestehende Polizze deckt "
       "vermutlich nur die Personalverrechnung. Ich kann die Erweiterung prüfen. Vielleicht ist ein Wechsel gar nicht nötig, "
       "nur eine Ergänzung beim jetzigen Versicherer."),
  ])

C("wanted_pitch", "interim_role_relevant", "de",
  "interim recruiter with a payroll mandate that fits her freelance setup", [
      ("w_interim", "2021-05-11 15:00", "Liebe Frau Haslinger, ich suche für einen Industriebetrieb in Wels (180 Dienstnehmer, Metall-KV) eine Interim-Unterstützung "
       "für die Personalverrechnung, 2 Tage pro Woche für 9 Monate, Karenzvertretung. Werkvertrag, remote möglich. "
       "Ihr Profil mit dem Finanzamt-Hintergrund passt ideal, weil dort eine GPLB ansteht. Tagsatz wäre 520 €. Wäre das denkbar neben Ihrem Büro?"),
      ("me", "2021-05-11 18:30", "Interessant, 2 Tage sind viel, aber ich denke drüber nach. Können wir telefonieren?"),
  ])

C("wanted_pitch", "time_tracking_article_reference", "de",
  "time-tracking vendor references her article in the chamber newsletter", [
      ("w_zeit", "2021-07-14 11:20", "Grüß Gott Frau Haslinger, Ihr Artikel im Fachgruppen-Newsletter zur Arbeitszeitaufzeichnung in der Gastronomie war "
       "der klarste, den ich dazu gelesen habe, besonders das Beispiel mit den geteilten Diensten. Viele Wirte fragen uns nach einer "
       "Lösung, die ihre Lohnverrechnerin direkt auslesen kann. ZeitKlar hat einen Export für PERSOLO. Hätten Sie Interesse, "
       "das für Ihre Gastro-Mandanten anzuschauen? Für Lohnbüros ist der Zugang kostenlos."),
  ])

C("wanted_pitch", "ghostwriter_profile_specific", "de",
  "copywriter points at concrete gaps in her LinkedIn presence", [
      ("w_ghost", "2021-08-03 19:30", "Liebe Frau Haslinger, Ihre Posts zu Kurzarbeit und Homeoffice-Pauschale bekommen mehr Reaktionen als die von "
       "großen Kanzleien, aber Ihre Überschrift lautet noch 'Ehemals Finanzamt Linz' und es gibt keinen Hinweis, dass man Sie beauftragen kann. "
       "Ich schreibe für Selbständige Profiltexte, einmalig 240 €. Ich hab einen Entwurf für Ihre Überschrift gemacht, wenn Sie ihn sehen wollen."),
      ("me", "2021-08-04 07:45", "Ha, stimmt eigentlich. Zeigen Sie her."),
  ])

C("wanted_pitch", "seminar_course_reference", "de",
  "seminar provider references the question she asked in his webinar", [
      ("w_seminar", "2021-10-05 16:00", "Sehr geehrte Frau Haslinger, Sie haben in meinem Webinar zur Lohnsteuerrichtlinien-Wartung die Frage zur "
       "Pendlerpauschale bei Homeoffice-Tagen gestellt, die wir nicht ausdiskutieren konnten. Im Jahresupdate Personalverrechnung "
       "(2. Dezember, Linz) widmen wir dem einen eigenen Block. Für UBIT-Mitglieder 190 € statt 260 €. Vielleicht interessant für Sie."),
  ])

C("wanted_pitch", "hrtech_tools_setup", "en",
  "Vienna HR tech partner lead names her payroll tool and an integration that fits", [
      ("w_hrtech", "2021-03-16 09:00", "Hi Renate, I hope English is fine. Onboardly is an onboarding app used by a lot of tech startups in Austria, "
       "including Quillbyte in Hagenberg, who said you do their payroll. We just released a direct export to PERSOLO, so the new hire data "
       "(SV number, bank, start date, KV classification) arrives in your tool without retyping. "
       "For payroll partners it's free. Would you like to try it with Quillbyte's next hire?"),
      ("me", "2021-03-16 10:20", "Hi Hannah, that sounds useful. Let's try it with their next hire."),
  ])

C("wanted_pitch", "client_book_broker_specific", "de",
  "business broker offers a payroll client book in exactly her area and size", [
      ("w_mandant", "2021-09-20 10:00", "Sehr geehrte Frau Haslinger, eine Personalverrechnerin aus Traun geht mit Jahresende in Pension und möchte ihren "
       "Mandantenstock übergeben: 14 Kleinbetriebe in Traun, Leonding und Pasching, zusammen rund 85 Dienstnehmer, überwiegend Handel und Gastro. "
       "Auf Ihrer Website steht, dass Sie genau solche Betriebe bis 25 Dienstnehmer betreuen. Bei Interesse schicke ich Ihnen das anonymisierte Exposé."),
  ])

# ================================================================== JUNK
C("junk", "offer_what_she_sells", "de", "online payroll provider offers payroll to a payroll office", [
    ("j_lohn", "2021-01-14 07:30", "Sehr geehrte Damen und Herren, lagern Sie Ihre Lohnverrechnung aus! PayRoll Easy übernimmt Ihre Personalverrechnung "
     "ab 9,90 € pro Dienstnehmer. Schnell, günstig, DSGVO-konform. Jetzt unverbindliches Angebot anfordern!"),
])
C("junk", "generic_seo_pitch", "de", "generic SEO pitch", [
    ("j_seo", "2021-02-18 10:00", "Hallo Renate, ich habe mir Ihre Website angesehen und festgestellt, dass Sie bei Google kaum gefunden werden. "
     "Mit unserer SEO-Strategie bringen wir Sie auf Seite 1. Darf ich Ihnen eine kostenlose Analyse schicken?"),
])
C("junk", "generic_social_media", "de", "generic social media agency", [
    ("j_social", "2021-03-29 12:00", "Hi Renate 👋 Social Media ist heute Pflicht für jedes Unternehmen! Wir übernehmen Ihre Kanäle komplett: "
     "12 Posts im Monat, Stories, Reels. Starterpaket ab 399 €. Lust auf ein kurzes Gespräch?"),
])
C("junk", "offtopic_pv", "de", "off-topic solar panel pitch", [
    ("j_pv", "2021-04-07 17:10", "Grüß Gott! Jetzt noch Förderung sichern: Photovoltaik fürs Eigenheim mit bis zu 30 % Zuschuss. "
     "Unsere Energieberater kommen kostenlos zu Ihnen nach Hause. Wann passt es Ihnen?"),
])
C("junk", "offtopic_investment", "de", "off-topic investment flat pitch", [
    ("j_wohnung", "2021-05-04 09:00", "Sehr geehrte Frau Haslinger, als erfolgreiche Unternehmerin sollten Sie Ihr Vermögen vor der Inflation schützen. "
     "Unsere Vorsorgewohnungen in Wien-Favoriten bringen 3,2 % Rendite, steuerlich optimiert. Ich sende Ihnen gerne das Exposé."),
])
C("junk", "offtopic_crypto", "de", "off-topic crypto coaching", [
    ("j_krypto", "2021-05-19 21:30", "Hey Renate! Stell dir vor, du müsstest nie wieder Lohnzettel machen 😉 Mit meinem Krypto-System verdienen meine "
     "Teilnehmer passives Einkommen. Nur noch 5 Plätze im Juni-Mentoring. Soll ich dir das Video schicken?"),
])
C("junk", "offtopic_mlm", "de", "off-topic network marketing", [
    ("j_mlm", "2021-06-22 20:45", "Hallo liebe Renate 🌸 Ich bin auf dein Profil gestoßen und finde dich total sympathisch! "
     "Ich arbeite mit einem tollen Gesundheitsunternehmen und suche Frauen, die sich etwas dazuverdienen wollen, flexibel von zuhause. "
     "Darf ich dir mehr erzählen? 💕"),
])
C("junk", "offtopic_product", "de", "office coffee service", [
    ("j_kaffee", "2021-09-14 10:30", "Sehr geehrte Frau Haslinger, guter Kaffee steigert die Produktivität Ihres Teams um bis zu 20 %! "
     "Testen Sie jetzt unseren Büro-Kaffeeservice 4 Wochen gratis inkl. Vollautomat."),
])
C("junk", "capacity_for_new_clients", "de", "asks about capacity for new clients", [
    ("j_kap", "2021-02-24 11:00", "Hallo Frau Haslinger, kurze Frage: Haben Sie aktuell noch Kapazitäten für neue Mandanten? "
     "Wir haben ein System entwickelt, mit dem Buchhalter planbar 5-10 neue Mandanten pro Monat gewinnen. Darf ich es Ihnen kurz vorstellen?"),
    ("j_kap", "2021-03-03 11:00", "Hallo Frau Haslinger, ich wollte nur kurz nachhaken, ob meine Nachricht angekommen ist?"),
])
C("junk", "like_minded_entrepreneurs", "de", "let's connect as like-minded women entrepreneurs", [
    ("j_gleich", "2021-03-08 08:00", "Liebe Renate, zum Weltfrauentag möchte ich mich mit gleichgesinnten Unternehmerinnen vernetzen, "
     "die etwas bewegen wollen! 💪 Lass uns gegenseitig inspirieren und schauen, wie wir uns unterstützen können."),
])
C("junk", "quick_15_min_call", "de", "quick 15-minute call request", [
    ("j_15min", "2021-06-02 14:20", "Hallo Frau Haslinger, hätten Sie diese Woche 15 Minuten für ein kurzes Gespräch? Ich würde Ihnen gerne zeigen, "
     "wie Prozessheld Unternehmen wie Lohnbüro Haslinger hilft, Prozesse zu digitalisieren. Hier mein Kalender: "
     "calendly.com/prozessheld/15min"),
])
C("junk", "connect_then_pitch", "de", "business coach: small talk, she answers, pitch in message 3", [
    ("j_ctp1", "2021-02-09 09:10", "Liebe Renate, danke fürs Vernetzen! Wie geht's dir im Lockdown, hast du viel zu tun?"),
    ("me", "2021-02-09 12:00", "Hallo Manuela, ja, sehr viel, Kurzarbeit ohne Ende 😅"),
    ("j_ctp1", "2021-02-10 08:30", "Das glaub ich dir! Genau deshalb melde ich mich: In meinem 8-Wochen-Programm 'Mehr Zeit, mehr Umsatz' lernen "
     "Selbständige, ihre Preise zu erhöhen und weniger zu arbeiten. Investition 1.490 €. Soll ich dir die Infos schicken?"),
])
C("junk", "connect_then_pitch", "de", "financial advisor: small talk then pitch, no reply", [
    ("j_ctp2", "2021-04-20 19:30", "Hallo Frau Haslinger, danke für die Vernetzung! Sie sind ja auch aus Leonding, schöne Gegend."),
    ("j_ctp2", "2021-04-23 18:00", "Darf ich fragen, wie Sie als Selbständige eigentlich für die Pension vorsorgen? "
     "Ich biete eine kostenlose Pensionsanalyse für Unternehmerinnen an, dauert nur 30 Minuten."),
])
C("junk", "connect_then_pitch", "de", "lead system seller: Mühlviertel small talk, pitch in message 2", [
    ("j_ctp3", "2021-05-26 10:40", "Servus Renate! Freut mich! Bist du auch gebürtig aus dem Mühlviertel?"),
    ("me", "2021-05-26 13:00", "Servus, nein, aus Traun 🙂"),
    ("j_ctp3", "2021-05-26 13:05", "Ah schön! Sag, wie gewinnst du eigentlich neue Kunden? Ich helfe Dienstleisterinnen mit einem automatisierten "
     "Leadsystem, das dir jeden Monat 20+ Anfragen bringt. Hast du nächste Woche Zeit für einen Zoom?"),
])
C("junk", "connect_then_pitch", "de", "printing company: greeting then pitch", [
    ("j_ctp4", "2020-11-03 14:40", "Guten Tag Frau Haslinger, danke für die Annahme meiner Kontaktanfrage. Bleiben Sie gesund!"),
    ("j_ctp4", "2020-11-05 09:00", "PS: Brauchen Sie zum Jahreswechsel Visitenkarten, Briefpapier oder Weihnachtskarten? "
     "Bei uns jetzt 20 % Rabatt mit Code HOLZER20."),
])
C("junk", "follow_up_bumps", "de", "review-booster pitch with repeated bumps, never answered", [
    ("j_bump", "2021-07-06 10:00", "Hallo Frau Haslinger, mehr Google-Bewertungen = mehr Kunden! Wir helfen Ihnen zu 50+ 5-Sterne-Bewertungen. Interesse?"),
    ("j_bump", "2021-07-13 10:00", "Hallo Frau Haslinger, haben Sie meine Nachricht gesehen?"),
    ("j_bump", "2021-07-20 10:00", "Ich schiebe das nochmal nach oben 🙂"),
    ("j_bump", "2021-08-03 10:00", "Letzter Versuch: Sollen wir das Thema abschließen?"),
])
C("junk", "template_client_acquisition", "de", "template 1/5: client acquisition for bookkeepers", [
    ("j_tpl1", "2021-01-20 09:00", "Hallo Renate, ich bin auf Ihr Profil gestoßen und sehe, dass Sie eine eigene Kanzlei führen. "
     "Wir helfen Buchhaltern und Steuerberatern, in 90 Tagen 10 neue Wunschmandanten zu gewinnen, ohne Kaltakquise. "
     "Wäre ein kurzes Kennenlerngespräch interessant?"),
])
C("junk", "template_client_acquisition", "de", "template 2/5: same acquisition template, other sender", [
    ("j_tpl2", "2021-03-11 10:30", "Hallo Frau Haslinger, ich bin auf Ihr Profil gestoßen und sehe, dass Sie Ihr eigenes Lohnbüro führen. "
     "Wir unterstützen Buchhalter dabei, innerhalb von 90 Tagen 10 neue Wunschmandanten zu gewinnen, ganz ohne Kaltakquise. "
     "Hätten Sie Lust auf ein kurzes Kennenlernen?"),
])
C("junk", "template_client_acquisition", "de", "template 3/5: same template, Steuerkanzlei fill", [
    ("j_tpl3", "2021-04-15 08:15", "Sehr geehrte Frau Haslinger, beim Durchsehen Ihres Profils habe ich gesehen, dass Sie eine Steuerkanzlei führen. "
     "Wir helfen Kanzleien, in 90 Tagen bis zu 10 neue Wunschmandanten zu gewinnen, ohne Kaltakquise. Wäre ein kurzes Gespräch interessant?"),
])
C("junk", "template_client_acquisition", "de", "template 4/5: same template, slightly reworded, with bump", [
    ("j_tpl4", "2021-06-10 13:00", "Hallo Renate! Gerade auf dein Profil gestoßen, du führst ja eine eigene Buchhaltungskanzlei. "
     "Wir bringen Buchhaltern 10 neue Wunschmandanten in 90 Tagen, ohne Kaltakquise. Kurzes Kennenlernen?"),
    ("j_tpl4", "2021-06-17 13:00", "Hallo Renate, nur ein kurzer Reminder zu meiner Nachricht 🙂"),
])
C("junk", "template_client_acquisition", "en", "template 5/5: same template in English", [
    ("j_tpl5", "2021-08-24 15:00", "Hi Renate, I came across your profile and saw you run your own accounting practice. "
     "We help accountants and bookkeepers land 10 new ideal clients in 90 days, without cold calling. Open to a quick intro call?"),
])
C("junk", "merge_tag_failure", "de", "merge tag failure: {{Vorname}}", [
    ("j_merge1", "2021-02-03 08:05", "Hallo {{Vorname}}, ich habe gesehen, dass {{Firma}} gerade wächst. Viele Unternehmen in Ihrer Branche "
     "verlieren Umsatz durch ineffizienten Vertrieb. Sollen wir uns kurz austauschen?"),
])
C("junk", "merge_tag_failure", "de", "merge tag failure: [Firma] placeholder", [
    ("j_merge2", "2021-04-01 11:45", "Liebe Renate, wie viele Stunden pro Woche verbringt [Firma] mit Belegen sortieren? "
     "CloudKanzlei automatisiert Ihre Buchhaltung zu 90 %. Jetzt 30 Tage gratis testen!"),
])
C("junk", "merge_tag_failure", "de", "wrong salutation (Herr) in a mass message", [
    ("j_merge3", "2021-05-27 09:20", "Sehr geehrter Herr Haslinger, Ihr Unternehmen hat Anspruch auf bis zu 50 % Förderung für Digitalisierungsprojekte "
     "(KMU.DIGITAL). Wir übernehmen die Antragstellung komplett. Wann dürfen wir Sie anrufen?"),
])
C("junk", "merge_tag_failure", "de", "wrong company in a mass message", [
    ("j_merge4", "2021-07-28 14:10", "Sehr geehrte Frau Haslinger, für Ihren Fuhrpark bei Haslinger Bau GmbH haben wir attraktive Leasingangebote "
     "für Transporter und Pritschenwagen. Darf ich Ihnen ein Angebot erstellen?"),
])
C("junk", "sponsored_inmail", "de", "Sponsored InMail from a bank", [
    ("s_bank", "2021-03-10 12:00", "<p>Sehr geehrte Frau Haslinger,</p><p>mit dem Alpenland Business-Konto sparen Selbständige bis zu "
     "120&nbsp;€ im Jahr. Jetzt online eröffnen &amp; Startbonus sichern.</p><p>Mehr erfahren</p>"),
], title="Sponsored Conversation", subject="Ihr Geschäftskonto, 12 Monate gratis")
C("junk", "sponsored_inmail", "de", "Sponsored InMail from an online bookkeeping tool", [
    ("s_soft", "2021-09-21 12:00", "<p>Hallo Renate,</p><p>Schluss mit Zettelwirtschaft! BuchFix erledigt Ihre Buchhaltung automatisch &ndash; "
     "<strong>jetzt 3 Monate kostenlos</strong>.</p><p>Jetzt testen</p>"),
], title="Sponsored Conversation", subject="Buchhaltung in 5 Minuten")
C("junk", "paid_award", "de", "paid award with a package fee", [
    ("j_award", "2021-04-26 10:00", "Sehr geehrte Frau Haslinger, wir freuen uns, Ihnen mitzuteilen, dass Lohnbüro Haslinger für die Auszeichnung "
     "'Österreichs Beste Dienstleister 2021' in der Kategorie Finanzen nominiert wurde! Um die Auszeichnung zu erhalten, buchen Sie bitte "
     "bis 15. Mai das Siegelpaket (590 € zzgl. USt.), inkl. Urkunde, Siegel zur Nutzung auf der Website und Eintrag im Verzeichnis."),
])
C("junk", "paid_feature", "de", "paid magazine portrait", [
    ("j_feature", "2021-06-16 11:30", "Liebe Frau Haslinger, für unsere Sonderausgabe 'Erfolgreiche Frauen in Oberösterreich' suchen wir Unternehmerinnen "
     "mit Vorbildwirkung. Ein ganzseitiges Portrait inkl. Fotoshooting kostet nur 1.200 € statt 1.800 €. Darf ich Sie vormerken?"),
])
C("junk", "paid_podcast", "de", "podcast guest slot with a fee", [
    ("j_podcast", "2021-08-18 17:00", "Hallo Renate! Ich würde dich gerne in meinen Podcast 'Unternehmerinnen Talk' einladen! Über 10.000 Hörerinnen. "
     "Für Produktion und Bewerbung fällt ein kleiner Unkostenbeitrag von 249 € an. Hast du Lust?"),
])
C("junk", "fluent_generic_names_company", "de", "fluent pitch that names her company but fits anyone", [
    ("j_fluent", "2021-10-19 09:45", "Sehr geehrte Frau Haslinger, ich verfolge die Entwicklung des Lohnbüro Haslinger seit einiger Zeit mit großem Interesse. "
     "Gerade Unternehmen, die wie Ihres auf Qualität und Vertrauen setzen, stehen heute vor der Frage, wie sie nachhaltig wachsen können. "
     "Wenger Strategy Partners begleitet Unternehmerinnen und Unternehmer auf diesem Weg. Ich würde mich über einen Austausch freuen, "
     "bei dem wir gemeinsam Potenziale für das kommende Jahr identifizieren."),
])
C("junk", "generic_counterpart_software", "de", "generic payroll software pitch (counterpart of the tailored software pitch)", [
    ("j_softgen", "2021-02-04 15:00", "Guten Tag! LohnProfi Cloud ist die moderne Lohnsoftware für Unternehmen jeder Größe. "
     "Einfach, sicher, günstig. Jetzt kostenlos registrieren und 60 Tage testen!"),
])
C("junk", "generic_counterpart_it_security", "de", "generic IT security pitch (counterpart of the tailored consultant)", [
    ("j_itgen", "2021-04-09 08:00", "Sehr geehrte Damen und Herren, Cyberangriffe nehmen zu! Schützen Sie Ihr Unternehmen mit unseren "
     "Managed Security Services. Vereinbaren Sie jetzt einen Termin mit unseren Experten."),
])
C("junk", "generic_counterpart_webdesign", "de", "generic web design pitch (counterpart of the tailored web designer)", [
    ("j_webgen", "2021-06-09 12:00", "Hallo! Ihre Website ist nicht mehr zeitgemäß? Wir erstellen professionelle Websites ab 499 €, "
     "fertig in 7 Tagen. Jetzt Angebot anfordern!"),
])
C("junk", "generic_counterpart_insurance", "de", "generic insurance pitch (counterpart of the tailored broker)", [
    ("j_versgen", "2021-07-21 18:30", "Hallo Renate, zahlst du zu viel für deine Versicherungen? Ich mache dir einen kostenlosen Versicherungscheck, "
     "Kfz, Haushalt, Unfall, Leben. Spare bis zu 40 %!"),
])
C("junk", "generic_counterpart_recruiter", "de", "generic recruiter with an irrelevant job (counterpart of the interim mandate)", [
    ("j_recgen", "2021-05-12 10:00", "Hallo Renate, ich habe eine spannende Position für dich: Senior SAP FI/CO Consultant (m/w/d) in München, "
     "100 % Präsenz, Reisebereitschaft 60 %. Interesse? Schick mir gern deinen aktuellen Lebenslauf!"),
])
C("junk", "offer_what_she_sells", "en", "English outsourcing pitch offering bookkeeping to a bookkeeper", [
    ("j_english", "2021-09-08 06:50", "Hello Renate, ProBooks Global offers offshore bookkeeping and payroll processing for accounting firms "
     "at 60% lower cost. Our team is trained on Xero, QuickBooks and Sage. Can we schedule a quick call to discuss white-label partnership?"),
])
C("junk", "offtopic_coaching", "de", "mindset coach mass message", [
    ("j_coach", "2021-10-01 21:15", "Hey Renate 🔥 Bist du bereit, dein volles Potenzial zu entfalten? Mein kostenloses Webinar "
     "'Vom Hamsterrad zur Freiheit' startet Sonntag. Hier kannst du dich anmelden: bit.ly/freiheit-jetzt"),
])


def main() -> None:
    ex.write(OUT,
             {"First Name": "Renate", "Last Name": "Haslinger",
              "Headline": "Personalverrechnung & Buchhaltung für Kleinbetriebe | Lohnbüro Haslinger, Leonding | ehemals Finanzamt Linz",
              "Summary": "Nach 14 Jahren im Finanzamt Linz betreue ich seit 2016 Bäckereien, Wirte, Handwerksbetriebe und "
                         "Start-ups im Großraum Linz bei der Lohnverrechnung. Persönlich, schnell und mit Blick von beiden Seiten.",
              "Industry": "Accounting", "Geo Location": "Leonding, Upper Austria, Austria",
              "Websites": "[COMPANY:lohnbuero-haslinger.at]"},
             [{"Company Name": "Lohnbüro Haslinger", "Title": "Inhaberin, Personalverrechnerin",
               "Description": "Lohn- und Gehaltsverrechnung, Buchhaltung für Kleinbetriebe", "Location": "Leonding",
               "Started On": "May 2016", "Finished On": ""},
              {"Company Name": "Finanzamt Linz", "Title": "Sachbearbeiterin, Lohnabgabenprüfung",
               "Description": "", "Location": "Linz", "Started On": "Sep 2002", "Finished On": "Apr 2016"}],
             ["Personalverrechnung", "Lohnverrechnung", "Buchhaltung", "Lohnsteuer", "Sozialversicherung",
              "Kollektivverträge"])
    print(ex.summary())


if __name__ == "__main__":
    main()

"""Persona: Dr. Mareike Overkamp, Rechtsanwältin und Notarin in Hamm (Westfalen).

Written by hand and blind to the detector (dev43, session 5). Mostly German with a few
English threads, 2021 layout. Running this script regenerates the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "de-notary-office-notar-hamm"
OUT = Path(__file__).resolve().parents[1] / SLUG

PROFILE = {
    "First Name": "Mareike", "Last Name": "Overkamp",
    "Headline": "Rechtsanwältin und Notarin in Hamm | Immobilienrecht, Gesellschaftsrecht, Vorsorge",
    "Summary": ("Anwaltsnotarin im Bezirk des OLG Hamm. Beurkundungen von Grundstückskaufverträgen, "
                "GmbH-Gründungen, Testamenten und Vorsorgevollmachten. Beurkundungen auf Wunsch auch "
                "auf Englisch. Im Ausbildungsausschuss der Notarkammer."),
    "Industry": "Law Practice", "Zip Code": "59065",
    "Geo Location": "Hamm, Nordrhein-Westfalen, Deutschland",
    "Websites": "[COMPANY:notariat-overkamp.example]",
}
POSITIONS = [
    {"Company Name": "Overkamp & Terhorst Rechtsanwälte und Notare", "Title": "Rechtsanwältin und Notarin",
     "Description": "Notariat und Kanzlei in der Hammer Innenstadt.", "Location": "Hamm",
     "Started On": "Apr 2014", "Finished On": ""},
    {"Company Name": "Overkamp & Terhorst Rechtsanwälte und Notare", "Title": "Rechtsanwältin",
     "Description": "", "Location": "Hamm", "Started On": "Sep 2008", "Finished On": "Mar 2014"},
    {"Company Name": "Universität Münster", "Title": "Wissenschaftliche Mitarbeiterin",
     "Description": "Lehrstuhl für Bürgerliches Recht", "Location": "Münster",
     "Started On": "Oct 2004", "Finished On": "Aug 2008"},
]
SKILLS = ["Notarrecht", "Immobilienrecht", "Gesellschaftsrecht", "Erbrecht", "Vertragsgestaltung",
          "Grundbuchrecht", "Legal English"]


def people(x: Export) -> None:
    p = x.person
    # genuine contacts
    p("brinkmann", "Jörg Brinkmann", "", "Industriemechaniker", connected="2024-08-28")
    p("yilmaz", "Emre Yilmaz", "Yilmaz Fliesen & Bad", "Fliesenlegermeister", connected="2024-09-02")
    p("sparkasse", "Claudia Hüsing", "Sparkasse Hellweg-Lippe", "Immobilienfinanzierung", connected="2016-04-12")
    p("makler", "Frank Wiemers", "Wiemers Immobilien Hamm", "Inhaber", connected="2014-06-01")
    p("rpfl", "Andrea Schürmann", "Amtsgericht Hamm", "Rechtspflegerin (Grundbuchamt)", connected="2017-01-09")
    p("kammer", "Dr. Stefan Rademacher", "Westfälische Notarkammer", "Geschäftsführer", connected="2015-11-20")
    p("softw", "Ralf Everding", "NotarOffice Pro GmbH", "Key Account Manager", connected="2018-02-02")
    p("azubi", "Leonie Hagedorn", "", "Schülerin, Märkisches Gymnasium", connected="2024-10-01")
    p("refi", "Marie Tegeler", "OLG-Bezirk Hamm", "Rechtsreferendarin", connected="2024-07-11")
    p("peer", "Dr. Jan Vennemann", "Vennemann Notare Ahlen", "Rechtsanwalt und Notar", connected="2012-05-05")
    p("recruit", "Katrin Lömker", "Lömker Personal Münsterland", "Personalberaterin Recht & Steuern",
      connected="2024-05-06", invite=("OUT", "2024-05-06 09:00", "Guten Tag Frau Lömker, Herr Vennemann hat Sie mir empfohlen. Ich suche eine Notarfachwirtin."))
    p("harris", "Oliver Harris", "Westfield Engineering (UK)", "Project Engineer", connected="2024-06-15")
    p("usco", "Megan Kowalski", "Brightline Analytics Inc.", "VP Finance", connected="2024-09-16")
    p("ifa", "Petra Sökefeld", "Sökefeld Steuerberatung", "Steuerberaterin", connected="2024-03-14")
    p("ifb", "Thomas Averbeck", "", "Geschäftsführer, Averbeck Metallbau", connected="2024-03-14")
    p("ifc", "Nadine Kersting", "Kersting Pflegedienst", "Inhaberin", connected="2024-03-15")
    p("studi", "Christiane Lohmann", "Lohmann Rechtsanwälte Münster", "Fachanwältin für Familienrecht", connected="2009-03-03")
    p("presse", "Dirk Sandkühler", "Hammer Stadtanzeiger", "Redakteur Lokales", connected="2020-10-10")
    p("sohn", "Markus Pieper", "", "Vertriebsingenieur", connected="2024-11-04")
    p("anwv", "Ute Bergkamp", "Anwaltverein Hamm e.V.", "Vorsitzende", connected="2013-02-14")
    p("dolm", "Svetlana Morozova", "", "Öffentlich bestellte Dolmetscherin Russisch/Ukrainisch", connected="2019-05-30")
    p("stb", "Heiner Frielinghaus", "Frielinghaus & Partner Steuerberater", "Steuerberater", connected="2011-08-22")
    p("handw", "Kevin Schulze-Ebbing", "", "Zimmermeister", connected="2024-10-14")
    p("tochter", "Birgit Niehues", "", "Lehrerin", connected="2024-07-30")
    p("vertr", "Dr. Katharina Wessel", "Wessel Notare Unna", "Rechtsanwältin und Notarin", connected="2016-09-09")
    p("akten", "Michael Buddenkotte", "SecurAkten Westfalen", "Kundenbetreuung", connected="2019-12-01")
    p("volksb", "Sandra Pöppelmann", "Volksbank Hamm-Lippetal", "Baufinanzierung", connected="2018-03-03")
    p("bautr", "Guido Reckmann", "Reckmann Wohnbau GmbH", "Geschäftsführer", connected="2024-04-25")
    p("hshl", "Prof. Dr. Anja Kötter", "Hochschule Hamm-Lippstadt", "Professorin Wirtschaftsrecht", connected="2021-02-02")
    p("exazubi", "Julia Kampmann", "Notariat Drensteinfurt", "Notarfachwirtin", connected="2019-08-01")
    p("lions", "Reinhard Schmiemann", "Lions Club Hamm-Kurpark", "Präsident", connected="2015-05-15")
    p("buero", "Sabine Kötter", "Overkamp & Terhorst Rechtsanwälte und Notare", "Bürovorsteherin", connected="2014-04-01")
    p("vdberg", "Pieter van den Berg", "", "Eigenaar, Van den Berg Tuinbouw", connected="2024-02-20")
    p("gutacht", "Wolfgang Rüschenbaum", "", "Sachverständiger für Immobilienbewertung", connected="2012-01-12")
    p("netz1", "Dr. Ilka Bröckelmann", "Bröckelmann Notare Soest", "Notarin", connected="2018-06-06")
    p("netz2", "Anne Voßkuhle", "Voßkuhle Notare Beckum", "Notarin", connected="2019-04-04")
    # wanted pitches
    p("scan", "Tobias Reinert", "Archivio Digital GmbH", "Gründer", connected="2024-06-04",
      invite=("IN", "2024-06-04 08:10", "Guten Tag Frau Dr. Overkamp, Ihr Beitrag zum Elektronischen Urkundenarchiv hat mich angesprochen."))
    p("uebers", "Agnieszka Nowak", "Nowak Übersetzungen Hamm", "Ermächtigte Übersetzerin Polnisch/Englisch")
    p("itsec", "Sebastian Thielmann", "Kanzleischutz IT", "IT-Sicherheit für Notariate")
    p("rekrut", "Miriam Feldhaus", "Feldhaus Legal Recruiting", "Personalberaterin Notariat")
    p("akustik", "Lars Hölscher", "Hölscher Raumakustik", "Inhaber")
    p("schild", "Hubert Eickhoff", "Eickhoff Schilder & Gravuren", "Meister")
    p("barriere", "Jana Wolters", "Zugang Plus", "Beraterin Barrierefreiheit")
    p("webnot", "Felix Kranz", "Kanzleiseiten Kranz", "Webentwickler für Kanzleien")
    p("seminar", "Dr. Oliver Drees", "Notarseminare West", "Referent, Gesellschaftsrecht")
    p("ausbild", "Ramona Steinhoff", "ReNo Akademie Westfalen", "Leiterin Prüfungsvorbereitung")
    p("archiv", "Christoph Hülsmann", "Tresorbau Hülsmann", "Vertrieb")
    p("apost", "Rebecca Thornton", "Thornton Document Services Ltd", "Director")
    # junk
    p("seo", "Marvin Becker", "TopRank Kanzleimarketing", "SEO-Berater")
    p("pv", "Dennis Krämer", "SonnenKraft Gewerbe", "Vertriebsleiter")
    p("legal", "Laura Fink", "Vertragsblitz", "Partnerschaften")
    p("mandanten", "Patrick Vogt", "MandantenMagnet", "Akquise", connected="2024-10-07",
      invite=("IN", "2024-10-07 07:00", ""))
    p("gleich", "Sven Richter", "Richter Ventures", "Unternehmer | Investor | Visionär", connected="2024-06-20",
      invite=("IN", "2024-06-20 22:10", "Lassen Sie uns als gleichgesinnte Unternehmer vernetzen!"))
    p("call15", "Nico Baumann", "Prozessfabrik GmbH", "Sales Development")
    p("ctp1", "Jennifer Albers", "Vermögenskompass", "Finanzberaterin", connected="2024-08-12",
      invite=("IN", "2024-08-12 18:30", "Hallo Frau Overkamp, ich würde mich freuen, mich mit Ihnen zu vernetzen."))
    p("ctp2", "Marco Lindner", "Lindner Consulting", "Business Coach", connected="2024-09-23",
      invite=("IN", "2024-09-23 07:45", ""))
    p("ctp3", "Tanja Reuter", "Reuter Energie", "Energieberaterin", connected="2024-05-13",
      invite=("IN", "2024-05-13 19:00", "Hallo aus dem Nachbarort :)"))
    p("t1", "Maximilian Berger", "KanzleiWachstum", "Gründer")
    p("t2", "Sarah Wendt", "Wendt Legal Marketing", "Geschäftsführerin")
    p("t3", "Kai Brockmann", "Mandatsmotor", "Head of Growth")
    p("t4", "Daniel Hoff", "Juris Akquise Partner", "Berater")
    p("t5", "Ryan Whitmore", "LawFirm Growth Co.", "Founder")
    p("mt1", "Jasmin Krause", "DocuFlow Solutions", "Account Executive")
    p("mt2", "Florian Hartmann", "Hartmann Medien", "Kundenberater")
    p("mt3", "Elena Schuster", "BüroPlus Versorgung", "Vertrieb")
    p("sp1", "LexDirekt Software", "LexDirekt Software", "", url="https://www.linkedin.com/company/lexdirekt")
    p("sp2", "Weiterbildungszentrum Recht Online", "Weiterbildungszentrum Recht Online", "",
      url="https://www.linkedin.com/company/wzr-online")
    p("sp3", "Bürokraft Leasing", "Bürokraft Leasing", "", url="https://www.linkedin.com/company/buerokraft-leasing")
    p("award", "Melanie Strobel", "Deutscher Kanzlei-Award", "Projektleitung")
    p("mag", "Andreas Kühn", "Anwalt & Kanzlei Spezial", "Anzeigenleitung")
    p("pod", "Timo Schaller", "Erfolgsrezept Mittelstand Podcast", "Host")
    p("fluent", "Hendrik Meißner", "Meißner Strategie", "Managing Partner")
    p("scanx", "Olga Petrenko", "Scanservice24", "Vertrieb")
    p("uebx", "Rahul Verma", "GlobalTranslate Pro", "Business Development")
    p("itx", "Benedikt Kaiser", "CyberSchild AG", "Sales")
    p("rekx", "Lisa Marquardt", "Top Talente Personal", "Recruiterin")
    p("webx", "Ahmed Saleh", "WebPunkt Agentur", "Webdesign")
    p("semx", "Carina Voigt", "Seminarwelt", "Kundenservice")
    p("krypto", "Alexander Stein", "Stein Digital Assets", "Krypto-Berater")
    p("bump", "Patricia Neumann", "Kopierwerk Leasing", "Außendienst")
    p("va", "Maria Santos", "OfficeRemote", "Virtual Assistant")
    p("wein", "Gregor Albrecht", "Albrecht Weinkontor", "Weinhändler")
    p("gebaeude", "Mirko Tomić", "Glanz Gebäudereinigung", "Geschäftsführer")
    p("recrjob", "Vanessa Hoffmann", "Hoffmann Executive Search", "Senior Consultant")
    p("chatbot", "Jonas Weber", "KanzleiKI", "Founder")
    p("ctp4", "Benjamin Sauer", "Sauer Immobilien Invest", "Investor", connected="2024-11-02",
      invite=("IN", "2024-11-02 12:00", ""))


def conversations(x: Export) -> None:
    c = x.conv
    # ------------------------------------------------------------ genuine
    c("genuine", "client_property_purchase", "de", "Käuferehepaar möchte Beurkundungstermin und Entwurf",
      [("brinkmann", "2024-08-29 19:10", "Guten Abend Frau Dr. Overkamp, meine Frau und ich kaufen über Herrn Wiemers das Reihenhaus in Bockum-Hövel. Herr Wiemers meinte, wir sollen uns wegen Entwurf und Termin direkt an Sie wenden. Geht das auch an einem Freitagnachmittag? Wir arbeiten beide Schicht. Mit freundlichen Grüßen, Jörg Brinkmann"),
       ("me", "2024-08-30 08:15", "Guten Morgen Herr Brinkmann, gern. Bitte schicken Sie uns die Personalausweiskopien und Ihre Steuer-IDs an die Kanzleiadresse. Den Entwurf erhalten Sie spätestens 14 Tage vor dem Termin, wie gesetzlich vorgesehen. Freitag, 27.09., 14 Uhr wäre möglich."),
       ("brinkmann", "2024-08-30 12:02", "Das passt uns gut. Vielen Dank!")])
    c("genuine", "client_quote_request", "de", "Handwerker fragt Kosten einer GmbH-Gründung an",
      [("yilmaz", "2024-09-03 07:40", "Hallo Frau Overkamp, ich will meinen Betrieb in eine GmbH umwandeln bzw. neu gründen, 25.000 Stammkapital, zwei Gesellschafter (ich und mein Bruder). Was kostet das bei Ihnen ungefähr? Und brauchen wir eine eigene Satzung oder reicht das Musterprotokoll?"),
       ("me", "2024-09-03 11:30", "Guten Tag Herr Yilmaz, die Notarkosten sind gesetzlich festgelegt (GNotKG) und bei jedem Notar gleich. Mit Musterprotokoll liegen Sie bei zwei Gesellschaftern bei rund 400-500 Euro zzgl. Handelsregister. Bei zwei Gesellschaftern rate ich aber meist zu einer eigenen Satzung wegen Regelungen zu Ausscheiden und Vererbung; das kostet etwas mehr. Wollen wir kurz telefonieren?"),
       ("yilmaz", "2024-09-03 12:05", "Ja gerne, morgen 8 Uhr bevor ich auf die Baustelle fahr?"),
       ("me", "2024-09-03 12:20", "8 Uhr passt, ich rufe Sie an.")])
    c("genuine", "bank_long_standing", "de", "Sparkasse zur Grundschuldbestellung und Auszahlungsvoraussetzungen",
      [("sparkasse", "2024-09-12 10:00", "Liebe Frau Dr. Overkamp, für den Kauf Brinkmann/Bockum-Hövel schicke ich Ihnen diese Woche die Grundschuldbestellungsunterlagen, 240.000 €. Können Sie die Grundschuld direkt mit dem Kaufvertrag am 27.09. beurkunden? Dann bekommen wir die Auszahlung noch im Oktober hin."),
       ("me", "2024-09-12 11:10", "Liebe Frau Hüsing, ja, das machen wir im selben Termin. Bitte das Formular in der aktuellen Fassung, die alte Zweckerklärung hatte uns im Sommer Ärger gemacht :-)"),
       ("sparkasse", "2024-09-12 11:25", "Ist notiert, ich nehme die neue. Danke und bis bald!")])
    c("genuine", "estate_agent_long_standing", "de", "langjähriger Makler schickt Daten für neuen Kaufvertrag",
      [("makler", "2024-10-08 16:30", "Tach Frau Overkamp, hab wieder was für Sie: Zweifamilienhaus in Heessen, Verkäuferin Erbengemeinschaft (drei Geschwister, eine in Hamburg). Kaufpreis 385.000. Datenblatt schick ich per Mail. Dat wird wieder spannend mit den Vollmachten, sag ich Ihnen gleich."),
       ("me", "2024-10-08 17:05", "Hallo Herr Wiemers, danke! Für die Schwester in Hamburg können wir mit einer Vollmacht arbeiten oder sie genehmigt nachträglich. Ich melde mich, sobald der Grundbuchauszug da ist."),
       ("makler", "2024-10-08 17:10", "Top. Grüße an Frau Kötter!")])
    c("genuine", "court_contact", "de", "Rechtspflegerin vom Grundbuchamt zu einer Fortbildung",
      [("rpfl", "2024-03-05 13:00", "Liebe Frau Overkamp, wir machen am Amtsgericht im April eine kleine Infoveranstaltung für die Notariate zum elektronischen Rechtsverkehr beim Grundbuchamt (häufige Fehler bei den XML-Strukturdaten). Hätten Sie Lust, aus Notarsicht 10 Minuten zu berichten?"),
       ("me", "2024-03-05 15:40", "Liebe Frau Schürmann, sehr gern! Ich bringe meine Sammlung der schönsten Zwischenverfügungen mit (anonymisiert natürlich)."),
       ("rpfl", "2024-03-05 15:55", "Herrlich. 18.04., 15 Uhr, Saal 107.")])
    c("genuine", "chamber_request", "de", "Notarkammer bittet um Mitwirkung als Prüferin",
      [("kammer", "2024-02-19 09:00", "Sehr geehrte Frau Kollegin, für die Abschlussprüfungen der Notarfachangestellten im Sommer 2024 suchen wir noch eine Prüferin aus dem Bezirk Hamm. Ihr Name wurde im Ausbildungsausschuss genannt. Dürfen wir Sie vorschlagen? Mit kollegialen Grüßen, Rademacher"),
       ("me", "2024-02-19 12:00", "Sehr geehrter Herr Dr. Rademacher, gern stehe ich zur Verfügung. Bitte senden Sie mir die Termine, damit ich Vertretungen planen kann."),
       ("kammer", "2024-02-20 08:30", "Vielen Dank. Die Termine gehen Ihnen über die Geschäftsstelle zu.")])
    c("genuine", "vendor_price_change", "de", "bestehender Notarsoftware-Anbieter kündigt Preiserhöhung an",
      [("softw", "2024-10-01 08:00", "Sehr geehrte Frau Dr. Overkamp, vorab persönlich, bevor das offizielle Schreiben kommt: Zum 01.01.2025 passen wir die Lizenzpreise für NotarOffice Pro um 6,5 % an (u. a. wegen der Anbindung an das Urkundenarchiv). Bestandskunden mit Zweijahresvertrag behalten die alten Konditionen bis Ende 2025. Ihr Vertrag läuft im März aus – sollen wir über eine Verlängerung sprechen?"),
       ("me", "2024-10-02 09:30", "Guten Tag Herr Everding, danke für den Hinweis. Ja, bitte schicken Sie mir ein Angebot für die Verlängerung um zwei Jahre mit vier Arbeitsplätzen."),
       ("softw", "2024-10-02 10:00", "Sehr gern, das Angebot kommt bis Freitag.")])
    c("genuine", "applicant_trainee", "de", "Schülerin bewirbt sich um Ausbildungsplatz",
      [("azubi", "2024-10-02 17:20", "Sehr geehrte Frau Dr. Overkamp, ich mache im Sommer 2025 mein Abitur am Märkischen Gymnasium und interessiere mich sehr für die Ausbildung zur Notarfachangestellten. Bilden Sie 2025 aus? Ich habe im Frühjahr ein Praktikum beim Amtsgericht gemacht. Über eine Antwort würde ich mich sehr freuen. Mit freundlichen Grüßen, Leonie Hagedorn"),
       ("me", "2024-10-04 08:00", "Liebe Frau Hagedorn, vielen Dank für Ihr Interesse! Ja, wir bilden 2025 aus. Schicken Sie Ihre Bewerbung gern an Frau Kötter (bewerbung@notariat-overkamp.example). Wir laden im November zu Gesprächen ein."),
       ("azubi", "2024-10-04 14:15", "Vielen Dank, ich schicke sie diese Woche!")])
    c("genuine", "trainee_station", "de", "Referendarin fragt nach Wahlstation",
      [("refi", "2024-07-12 10:00", "Sehr geehrte Frau Dr. Overkamp, ich bin Referendarin am LG Dortmund und würde meine Wahlstation ab Februar gern im Notariat machen. Ein Kollege aus meiner AG war 2022 bei Ihnen und hat sehr geschwärmt. Hätten Sie einen Platz?"),
       ("me", "2024-07-12 13:20", "Liebe Frau Tegeler, das freut mich zu hören. Februar ist noch frei. Kommen Sie doch auf einen Kaffee vorbei, dann besprechen wir Schwerpunkte - gern auch Gesellschaftsrecht."),
       ("refi", "2024-07-12 13:45", "Sehr gern! Passt Ihnen der 22.07.?")])
    c("genuine", "peer_joint_offer", "de", "Notarkollege schlägt gemeinsamen Infoabend mit Kostenbeitrag vor",
      [("peer", "2024-05-14 18:00", "Liebe Mareike, wollen wir im Herbst wieder zusammen einen Infoabend 'Testament, Vorsorgevollmacht, Patientenverfügung' machen? Diesmal mit Frielinghaus für die steuerliche Seite. Die VHS Hamm würde 12 Euro Teilnahmebeitrag nehmen und uns den Saal stellen. Ich mach den Teil Erbrecht, du Vorsorge?"),
       ("me", "2024-05-14 20:30", "Lieber Jan, sehr gern. Vorsorge übernehme ich. Heiner frage ich morgen. Termin eher Oktober, im September ist Kirmes in Heessen und da kommt eh keiner :-)"),
       ("peer", "2024-05-15 07:15", "Oktober passt. Ich kläre das mit der VHS.")])
    c("genuine", "recruiter_engaged", "de", "Personalberaterin, die die Notarin beauftragt hat, stellt Kandidatin vor",
      [("me", "2024-05-06 09:30", "Guten Tag Frau Lömker, danke für die Vernetzung. Wir suchen eine Notarfachwirtin (oder erfahrene Notarfachangestellte) in Vollzeit, gern mit Erfahrung im Gesellschaftsrecht. Wie sind Ihre Konditionen?"),
       ("recruit", "2024-05-06 14:00", "Guten Tag Frau Dr. Overkamp, sehr gern. Mein Honorar liegt bei 20 % des Jahresbruttogehalts, fällig erst bei Einstellung, mit drei Monaten Nachbesetzungsgarantie. Ich habe eine Kandidatin aus Unna im Blick, die wechselwillig ist."),
       ("me", "2024-05-06 15:10", "Das klingt fair. Bitte schicken Sie mir das Profil."),
       ("recruit", "2024-05-21 09:00", "Profil kommt per Mail. Frau K. könnte sich am 29.05. nachmittags vorstellen."),
       ("me", "2024-05-21 09:40", "Der 29.05. um 16 Uhr passt.")])
    c("genuine", "client_english", "en", "British engineer buying a flat in Hamm needs an English-language notarisation",
      [("harris", "2024-06-16 20:00", "Dear Dr Overkamp, I'm a British engineer working in Hamm for the next three years and I'm buying a flat near the Kurpark. My German is not good enough for a legal contract. The estate agent said you do notarisations in English - is that right, and do I need an interpreter?"),
       ("me", "2024-06-17 08:30", "Dear Mr Harris, yes, I can notarise in English if all parties agree, and you will receive a bilingual draft. If the seller prefers German, we can bring in a sworn interpreter. Please send me your passport copy and the agent's details and we'll prepare the draft."),
       ("harris", "2024-06-17 09:05", "That's brilliant, thank you. Sending the documents today.")])
    c("genuine", "inbound_lead_english", "en", "US company wants to found a German GmbH subsidiary and asks about fees",
      [("usco", "2024-09-17 15:00", "Hello Dr. Overkamp, we're a US analytics company planning a German subsidiary (GmbH) near our customer in Hamm. Our CEO can't travel until January. Could you handle the formation, ideally via video, and give us an idea of your fees and timeline?"),
       ("me", "2024-09-18 09:00", "Dear Ms Kowalski, thank you for your message. Since 2022 German GmbHs can be formed by video through the chambers' official video platform, also for foreign shareholders, though the US company's existence and representation will need to be proven with apostilled documents. Notary fees are set by statute; for a standard formation with EUR 25,000 share capital expect roughly EUR 800-1,200 plus court fees. Shall we schedule a call with your counsel?"),
       ("usco", "2024-09-18 16:30", "Very helpful. Yes - how about Tuesday 9am Hamm time?"),
       ("me", "2024-09-18 17:00", "Tuesday 9am works. I'll send an invitation.")])
    c("genuine", "thank_you_after_talk", "de", "Dank nach dem Vortrag beim Unternehmerinnenfrühstück 1/3",
      [("ifa", "2024-03-14 14:00", "Liebe Frau Dr. Overkamp, vielen Dank für Ihren tollen Vortrag heute Morgen zur Unternehmensnachfolge! Ich habe viel mitgenommen, gerade zum Thema Vorsorgevollmacht für Unternehmer. Herzliche Grüße, Petra Sökefeld")])
    c("genuine", "thank_you_after_talk", "de", "Dank nach demselben Vortrag 2/3",
      [("ifb", "2024-03-14 16:20", "Sehr geehrte Frau Dr. Overkamp, danke für den sehr guten Vortrag heute beim Frühstück zur Unternehmensnachfolge. Gerade der Teil zur Vorsorgevollmacht für Unternehmer war für mich neu. Ich melde mich wegen eines Termins. Gruß, T. Averbeck"),
       ("me", "2024-03-15 08:30", "Lieber Herr Averbeck, sehr gern, ich freue mich auf Ihren Anruf.")])
    c("genuine", "thank_you_after_talk", "de", "Dank nach demselben Vortrag 3/3",
      [("ifc", "2024-03-15 07:50", "Liebe Frau Overkamp, nochmal danke für den super Vortrag gestern beim Unternehmerinnenfrühstück! Das Thema Vorsorgevollmacht für Unternehmerinnen hatte ich total unterschätzt. Liebe Grüße, Nadine Kersting")])
    c("genuine", "long_standing_friend", "de", "Studienfreundin aus Münster",
      [("studi", "2024-07-05 21:00", "Mareike! Lang nix gehört. Wir machen am 20.07. ein kleines Jahrgangstreffen im Pinkus... ähm, in der Altstadt in Münster. Kommst du? Bring den Jan mit, der schuldet mir noch ein Bier von 2006."),
       ("me", "2024-07-05 22:10", "Christiane!! Ich bin dabei. Jan frag ich, der drückt sich ja gern. Freu mich!"),
       ("studi", "2024-07-05 22:12", "❤")])
    c("genuine", "journalist_request", "de", "Lokaljournalist bittet um Interview zu Immobilienkauf",
      [("presse", "2024-04-09 11:00", "Guten Tag Frau Dr. Overkamp, wir machen im Stadtanzeiger eine Serie 'Eigenheim in Hamm'. Dürfte ich Sie zu den typischen Stolperfallen beim Notartermin interviewen? 20 Minuten am Telefon würden reichen."),
       ("me", "2024-04-09 12:30", "Guten Tag Herr Sandkühler, gern. Donnerstag 11 Uhr?"),
       ("presse", "2024-04-09 12:45", "Passt, danke!")])
    c("genuine", "client_spam_folder", "de", "Sohn einer verstorbenen Mandantin fragt nach Testament; im Spam-Ordner",
      [("sohn", "2024-11-05 09:12", "Sehr geehrte Frau Dr. Overkamp, meine Mutter Hildegard Pieper ist im Oktober verstorben. Sie hatte 2016 bei Ihnen ein Testament gemacht. Wie läuft das jetzt mit der Eröffnung und brauchen wir einen Erbschein für das Haus in Rhynern? Entschuldigung, dass ich Sie hier anschreibe, ich habe die Telefonnummer nicht gefunden. Markus Pieper")],
      folder="SPAM")
    c("genuine", "event_invitation_contact", "de", "Anwaltverein lädt zum Sommerfest ein",
      [("anwv", "2024-06-03 12:00", "Liebe Kolleginnen und Kollegen, liebe Mareike, unser Sommerfest findet am 12.07. ab 18 Uhr im Maximilianpark statt. Wir würden uns freuen, wenn du kommst - und gern ein paar Worte zur neuen Notarkammer-Satzung sagst, 5 Minuten, versprochen!"),
       ("me", "2024-06-03 13:30", "Liebe Ute, ich komme gern, 5 Minuten schaffe ich ;-)")])
    c("genuine", "vendor_interpreter_fee", "de", "Dolmetscherin meldet neue Stundensätze",
      [("dolm", "2024-01-08 09:00", "Sehr geehrte Frau Dr. Overkamp, frohes neues Jahr! Zur Info: Ab Februar berechne ich für Beurkundungen 85 € pro Stunde (bisher 75 €), Anfahrt innerhalb Hamm weiterhin pauschal. Für den Termin am 23.01. gilt noch der alte Satz."),
       ("me", "2024-01-08 10:15", "Liebe Frau Morozova, danke für die rechtzeitige Info, das ist völlig in Ordnung. Bis zum 23.!")])
    c("genuine", "referral_from_tax_advisor", "de", "Steuerberater empfiehlt Mandanten",
      [("stb", "2024-02-26 16:00", "Liebe Frau Overkamp, ich schicke Ihnen die Eheleute Schulze-Holtmann vorbei. Die wollen den Hof an den Sohn übergeben, mit Nießbrauch. Steuerlich habe ich das vorbereitet, jetzt brauchen sie den Vertrag. Die rufen nächste Woche an."),
       ("me", "2024-02-26 17:00", "Lieber Herr Frielinghaus, danke für das Vertrauen! Schicken Sie mir gern Ihre Berechnung vorab, dann kann ich den Entwurf gleich darauf abstimmen.")])
    c("genuine", "inbound_lead_founder", "de", "Zimmermeister will UG gründen, fragt nach Termin",
      [("handw", "2024-10-15 18:45", "Moin Frau Overkamp, hab gehört Sie machen Gründungen. Ich will ne UG gründen für meinen Zimmereibetrieb, allein. Geht das schnell? Muss im November starten wegen nem Auftrag."),
       ("me", "2024-10-16 08:05", "Guten Morgen Herr Schulze-Ebbing, das ist gut machbar. Mit Musterprotokoll können wir nächste Woche beurkunden, die Eintragung dauert dann meist 1-2 Wochen. Rufen Sie bitte Frau Kötter wegen eines Termins an."),
       ("handw", "2024-10-16 08:30", "Super, mach ich!")])
    c("genuine", "client_home_visit", "de", "Tochter bittet um Hausbesuch für Vorsorgevollmacht der Mutter",
      [("tochter", "2024-07-31 10:00", "Guten Tag Frau Dr. Overkamp, meine Mutter (91) möchte eine Vorsorgevollmacht machen, kann aber nicht mehr gut laufen. Kommen Sie auch ins Haus (Pelkum)? Was kostet das ungefähr?"),
       ("me", "2024-07-31 12:15", "Guten Tag Frau Niehues, ja, ich komme auch zu Ihrer Mutter. Die Gebühr richtet sich nach dem Vermögen, dazu kommt eine Auswärtsgebühr. Frau Kötter kann Ihnen vorab eine Schätzung geben, wenn Sie ihr grob das Vermögen nennen."),
       ("tochter", "2024-07-31 12:40", "Vielen Dank, ich rufe heute noch an.")])
    c("genuine", "owner_asks_colleague_cover", "de", "Notarin fragt Kollegin nach Vertretung im Urlaub",
      [("me", "2024-06-10 19:00", "Liebe Katharina, könntest du mich vom 12. bis 23.08. als Notarvertreterin übernehmen? Es sind vor allem zwei Kaufverträge und ein paar Beglaubigungen. Ich revanchiere mich im Oktober gern."),
       ("vertr", "2024-06-11 07:30", "Liebe Mareike, klar, mache ich. Beantragst du die Bestellung bei der Kammer? Und Oktober nehme ich dich beim Wort - Herbstferien!"),
       ("me", "2024-06-11 08:00", "Ist beantragt. Herbstferien gehören dir :-)")])
    c("genuine", "vendor_price_change_archive", "de", "Aktenvernichtungsdienst kündigt neue Preise an",
      [("akten", "2024-11-11 08:30", "Sehr geehrte Frau Dr. Overkamp, wir informieren unsere Bestandskunden, dass sich ab 01.01.2025 der Preis pro Sicherheitsbehälter (240 l, Schutzklasse 3) von 29 € auf 32 € erhöht. Die Abholintervalle bleiben unverändert. Bei Fragen rufen Sie mich gern an.")])
    c("genuine", "bank_slow_document", "de", "Volksbank wegen Löschungsbewilligung",
      [("me", "2024-04-03 10:00", "Liebe Frau Pöppelmann, in der Sache Kortmann warten wir seit fünf Wochen auf die Löschungsbewilligung. Können Sie einmal nachhaken? Die Käufer werden langsam unruhig."),
       ("volksb", "2024-04-03 14:00", "Liebe Frau Dr. Overkamp, entschuldigen Sie bitte, die ist bei uns in der Marktfolge hängen geblieben. Geht heute noch raus!"),
       ("me", "2024-04-03 14:10", "Danke Ihnen!")])
    c("genuine", "developer_inbound_volume", "de", "Bauträger will Kaufverträge für 18 Wohnungen beurkunden lassen",
      [("bautr", "2024-04-26 09:00", "Sehr geehrte Frau Dr. Overkamp, wir bauen in Hamm-Westen 18 Eigentumswohnungen (Fertigstellung 2026) und suchen ein Notariat für Teilungserklärung und Bauträgerverträge. Können Sie uns ein Angebot machen? Ein anderer Notar hat uns einen Rabatt angeboten, wenn alle Verträge bei ihm laufen."),
       ("me", "2024-04-26 11:45", "Sehr geehrter Herr Reckmann, vielen Dank für die Anfrage. Ein Rabatt wäre berufsrechtlich unzulässig - die Gebühren sind gesetzlich festgelegt. Was ich Ihnen anbieten kann: einen Mustervertrag, den wir vorab mit Ihnen abstimmen, und feste Beurkundungsslots für die Käufer. Wollen wir uns treffen?"),
       ("bautr", "2024-04-26 14:00", "Das ist ehrlich, danke. Treffen gern, Dienstag im Büro?"),
       ("me", "2024-04-26 14:20", "Dienstag 10 Uhr.")])
    c("genuine", "guest_lecture_invite", "de", "Hochschule lädt zu Gastvortrag ein",
      [("hshl", "2024-01-22 12:00", "Liebe Frau Overkamp, hätten Sie im Sommersemester Lust, in meiner Vorlesung Wirtschaftsprivatrecht einen Gastvortrag zur GmbH-Gründung aus der Praxis zu halten? 90 Minuten, ca. 60 Studierende im 3. Semester."),
       ("me", "2024-01-22 18:00", "Liebe Frau Kötter, sehr gern! Mai wäre ideal."),
       ("hshl", "2024-01-23 08:00", "Wunderbar, dann 14.05.!")])
    c("genuine", "owner_contacts_former_trainee", "de", "Notarin schreibt ehemaliger Auszubildenden",
      [("me", "2024-08-20 12:00", "Liebe Julia, herzlichen Glückwunsch zur Notarfachwirtin! Ich habe es im Kammerrundschreiben gelesen. Ich bin sehr stolz auf dich."),
       ("exazubi", "2024-08-20 18:30", "Oh wie lieb, danke Frau Overkamp!! Ohne die Ausbildung bei Ihnen hätte ich das nie gemacht. Grüßen Sie Frau Kötter!")])
    c("genuine", "club_invitation", "de", "Lions Club lädt zum Benefizabend ein",
      [("lions", "2024-10-21 19:00", "Liebe Frau Dr. Overkamp, unser Benefiz-Grünkohlessen ist am 29.11. im Kurhaus. Dürfen wir wieder mit Ihnen rechnen? Der Erlös geht an die Hammer Tafel."),
       ("me", "2024-10-22 08:00", "Lieber Herr Schmiemann, natürlich, zwei Karten bitte. Beim Grünkohl sag ich nicht nein.")])
    c("genuine", "colleague_internal", "de", "Bürovorsteherin zu einem LinkedIn-Beitrag und Urlaubsplanung",
      [("buero", "2024-09-30 17:30", "Frau Overkamp, haben Sie den Beitrag der Kammer zum Urkundenarchiv gesehen? Da ist eine Frist drin, die wir für die Altbestände beachten müssen. Ich leg Ihnen den Ausdruck morgen hin. Und: Ich würde gern die Woche nach Ostern Urlaub nehmen."),
       ("me", "2024-09-30 18:10", "Danke, Frau Kötter! Urlaub nach Ostern ist genehmigt.")])
    c("genuine", "client_dutch_mixed", "mixed", "niederländischer Kunde kauft Ferienhaus, Deutsch-Englisch gemischt",
      [("vdberg", "2024-02-21 10:00", "Guten Tag Frau Overkamp, wir haben ein Haus am Möhnesee gefunden. My German is ok but not for contracts - can we do the Kaufvertrag partly in English? Met vriendelijke groet, Pieter van den Berg"),
       ("me", "2024-02-21 11:30", "Dear Mr van den Berg, of course. Wir können zweisprachig beurkunden, if you understand German reasonably we may not even need an interpreter - I will check that with you in a short call. Welcher Termin passt Ihnen?"),
       ("vdberg", "2024-02-21 12:00", "Thursday afternoon would be great. Dank u wel!")])
    c("genuine", "appraiser_long_standing", "de", "langjähriger Gutachter, kollegialer Austausch",
      [("gutacht", "2024-05-28 08:00", "Moin Frau Overkamp, kurze Frage unter uns: Bei der Hofübergabe Schulze-Holtmann brauchen Sie ein Verkehrswertgutachten für die Hofstelle? Ich hätte ab Juli Luft. Honorar wie immer nach Aufwand."),
       ("me", "2024-05-28 09:15", "Lieber Herr Rüschenbaum, ja, Herr Frielinghaus braucht das fürs Finanzamt. Ich gebe Ihre Nummer weiter."),
       ("gutacht", "2024-05-28 09:20", "Prima. Schönen Gruß aus Rhynern!")])
    c("genuine", "colleague_network_group", "de", "Gruppenchat Notarinnen Westfalen",
      [("netz1", "2024-09-05 20:00", "Ihr Lieben, nächstes Notarinnen-Treffen am 10.10. in Soest? Thema: Erfahrungen mit der Online-Beglaubigung."),
       ("netz2", "2024-09-05 20:30", "Bin dabei! Ich bring Pumpernickel-Muffins mit, keine Widerrede."),
       ("me", "2024-09-05 21:00", "Ich komme auch. Kann kurz von unseren ersten Videobeurkundungen berichten.")],
      title="Notarinnen Westfalen", extra=["vertr"])

    # ------------------------------------------------------------ wanted pitches
    c("wanted_pitch", "scanning_read_post", "de", "Scandienst bezieht sich auf ihren Beitrag zum Urkundenarchiv",
      [("scan", "2024-06-05 09:00", "Guten Tag Frau Dr. Overkamp, vielen Dank für die Vernetzung. In Ihrem Beitrag schrieben Sie, dass die Übergabe der Altbestände an das Elektronische Urkundenarchiv bei Ihnen vor allem an gebundenen Urkundenrollen aus den 90ern hängt, die sich nicht zerstörungsfrei einziehen lassen. Genau das machen wir: Buchscanner vor Ort in Ihrem Notariat, die Akten verlassen nie das Haus, Mitarbeiter mit Verpflichtung nach § 26 BNotO. Darf ich Ihnen zwei Referenzen aus Notariaten im Münsterland nennen?"),
       ("me", "2024-06-05 14:30", "Guten Tag Herr Reinert, das trifft tatsächlich einen Nerv. Bitte schicken Sie mir die Referenzen und eine grobe Preisindikation pro Band.")])
    c("wanted_pitch", "translator_heard_talk", "de", "Übersetzerin hörte ihren Vortrag zu Auslandsbezügen",
      [("uebers", "2024-03-20 12:00", "Sehr geehrte Frau Dr. Overkamp, ich war beim Unternehmerinnenfrühstück und fand Ihren Hinweis spannend, dass bei Nachfolgen in Hamm inzwischen jede fünfte Akte Dokumente aus Polen oder Großbritannien enthält. Ich bin beim LG Hamm ermächtigte Übersetzerin für Polnisch und Englisch, mein Büro ist zwei Straßen von Ihnen. Bestätigte Übersetzungen von Personenstandsurkunden schaffe ich meist in 48 Stunden. Vielleicht darf ich Ihnen meine Preisliste dalassen?")])
    c("wanted_pitch", "it_security_tools", "de", "IT-Sicherheit für Notariate, kennt ihre Ausstattung",
      [("itsec", "2024-07-22 10:00", "Guten Tag Frau Dr. Overkamp, wir betreuen ausschließlich Notariate. Aus Ihrer Stellenanzeige lese ich, dass Sie mit NotarOffice Pro, XNP und der Notarnetzbox arbeiten und gerade auf vier Arbeitsplätze erweitern. Beim Umzug der Signaturkartenleser und der Netzbox in ein neues VLAN geht erfahrungsgemäß oft der Zugang zum Urkundenarchiv kaputt. Wir machen so etwas an einem Samstag. Wenn es hilft, schicke ich Ihnen unsere Checkliste kostenfrei.")])
    c("wanted_pitch", "recruiter_relevant_role", "de", "Recruiterin reagiert auf ihre eigene Stellenanzeige auf der Website",
      [("rekrut", "2024-04-15 08:30", "Guten Tag Frau Dr. Overkamp, auf Ihrer Kanzleiseite suchen Sie seit Februar eine Notarfachangestellte mit Schwerpunkt Gesellschaftsrecht. Ich vermittle ausschließlich Notariatspersonal in Westfalen und habe gerade zwei Kandidatinnen aus Dortmund und Soest, die genau Handelsregisteranmeldungen mit XNP beherrschen. Erfolgshonorar, keine Vorabkosten. Soll ich Ihnen die anonymisierten Profile schicken?")])
    c("wanted_pitch", "acoustics_mutual_contact", "de", "Akustiker nennt den gemeinsamen Kontakt Frielinghaus",
      [("akustik", "2024-08-06 11:00", "Guten Tag Frau Dr. Overkamp, Heiner Frielinghaus hat mir erzählt, dass man bei Ihnen im Beurkundungszimmer die Gespräche im Wartebereich hören kann und umgekehrt - bei Testamenten natürlich ungünstig. Wir haben bei ihm im Besprechungsraum die Schallschutzpaneele gemacht. Wenn Sie möchten, komme ich vorbei und messe das kostenlos aus.")])
    c("wanted_pitch", "sign_maker_press_item", "de", "Schildermacher liest Zeitungsmeldung über Umzug, kennt Amtsschild-Vorgaben",
      [("schild", "2024-09-24 14:00", "Guten Tag Frau Dr. Overkamp, im Stadtanzeiger stand, dass Ihr Notariat im Januar in die Oststraße umzieht. Wir fertigen seit 40 Jahren Notarschilder im Bezirk und kennen die Vorgaben der Dienstordnung für das Amtsschild mit Landeswappen. Ich würde Ihnen gern ein Angebot für Amtsschild und Kanzleischild machen, passend zur Sandsteinfassade dort.")])
    c("wanted_pitch", "accessibility_specific_problem", "de", "Barrierefreiheitsberaterin bemerkt die Treppe auf dem Anfahrtsfoto",
      [("barriere", "2024-05-30 09:00", "Sehr geehrte Frau Dr. Overkamp, auf Ihrer Website steht, dass Sie viele Vorsorgevollmachten und Testamente beurkunden - auf dem Anfahrtsfoto sieht man aber drei Stufen am Eingang ohne Rampe. Für Ihre Kanzleiräume könnten wir ein kurzes Barrierefreiheits-Gutachten machen (Rampe, Türbreiten, Beurkundungszimmer im EG). Die Stadt Hamm fördert das derzeit teilweise. Hätten Sie Interesse an einem Termin?"),
       ("me", "2024-05-31 08:00", "Guten Tag Frau Wolters, guter Hinweis, das Thema steht für die neuen Räume ohnehin an. Bitte schicken Sie mir Ihr Angebot.")])
    c("wanted_pitch", "website_specific_problem", "de", "Webentwickler nennt fehlende Pflichtangaben im Impressum",
      [("webnot", "2024-02-13 10:00", "Guten Tag Frau Dr. Overkamp, beim Blick auf notariat-overkamp.example ist mir aufgefallen, dass im Impressum die zuständige Notarkammer und die Aufsichtsbehörde (Präsident des LG Dortmund) fehlen, außerdem gibt es keine Online-Terminanfrage, obwohl Sie Beurkundungen auf Englisch anbieten. Ich baue nur Kanzlei- und Notarseiten. Wenn Sie möchten, korrigiere ich das Impressum kostenlos und wir reden danach über den Rest.")])
    c("wanted_pitch", "seminar_read_question", "de", "Seminaranbieter antwortet auf ihre Frage zur Videobeurkundung",
      [("seminar", "2024-08-19 16:00", "Sehr geehrte Frau Kollegin, Sie fragten in Ihrem Beitrag, ob jemand Erfahrung mit Videobeurkundungen bei ausländischen Gesellschaftern hat. Ich halte am 14.11. in Dortmund ein halbtägiges Praxisseminar genau dazu (Identifizierung, Vertretungsnachweise aus Drittstaaten, typische Registerbeanstandungen). § 15 FAO/Fortbildungspflicht wird bescheinigt. Den Flyer schicke ich gern; für Teilnehmende aus der Kammer gibt es 10 % Nachlass.")])
    c("wanted_pitch", "training_provider_press_item", "de", "Prüfungsvorbereitung bezieht sich auf ihre Berufung in den Ausbildungsausschuss",
      [("ausbild", "2024-03-25 13:00", "Sehr geehrte Frau Dr. Overkamp, herzlichen Glückwunsch zur Berufung in den Ausbildungsausschuss, die Kammer hat es im Mitteilungsblatt veröffentlicht. Wir bereiten Notarfachangestellte in Hamm auf die Abschlussprüfung vor, abends, vier Wochen, mit Schwerpunkt Kostenrecht (GNotKG) - dort fallen erfahrungsgemäß die meisten durch. Falls Ihre Auszubildenden im Sommer antreten, lade ich sie gern zu einer kostenlosen Probestunde ein.")])
    c("wanted_pitch", "safe_supplier_tools", "de", "Tresorbauer kennt Aufbewahrungspflicht für Urkundensammlung",
      [("archiv", "2024-11-06 10:00", "Guten Tag Frau Dr. Overkamp, für Ihre neuen Räume in der Oststraße: Die Papier-Urkundensammlung bis 2021 müssen Sie ja weiterhin feuersicher verwahren. Wir liefern Archivschränke nach EN 1047-1 für Papier (S 60 P), passend für die Ordnerbreite der üblichen Urkundenrollen, und transportieren beim Umzug direkt mit. Darf ich zur Besichtigung kommen?")])
    c("wanted_pitch", "apostille_service_profile", "en", "UK apostille service refers to her English-language notarisations",
      [("apost", "2024-06-25 11:00", "Dear Dr Overkamp, I noticed on your profile that you notarise in English, and I assume some of your clients are British nationals in Hamm. Since Brexit, UK birth and marriage certificates used in German probate or property matters need an apostille from the FCDO, which takes clients weeks to sort out from abroad. We handle the whole process remotely and deliver to your office, usually within 10 working days. Happy to send you a short explainer for clients, free of charge.")])

    # ------------------------------------------------------------ junk
    c("junk", "generic_seo", "de", "generisches Kanzlei-SEO",
      [("seo", "2024-09-09 06:30", "Hallo, ich habe mir Ihre Website angeschaut und festgestellt, dass Sie bei Google für wichtige Suchbegriffe nicht auf Seite 1 stehen. Wir bringen Kanzleien in 90 Tagen nach oben – garantiert. Darf ich Ihnen eine kostenlose Analyse schicken? Beste Grüße, Marvin Becker")])
    c("junk", "off_topic_solar", "de", "Photovoltaik-Angebot ohne Bezug",
      [("pv", "2024-04-16 10:00", "Sehr geehrte Frau Overkamp, mit einer Photovoltaikanlage auf Ihrem Firmendach senken Sie Ihre Stromkosten um bis zu 70 %. Sind Sie Eigentümerin der Immobilie? Gern erstelle ich Ihnen eine kostenlose Wirtschaftlichkeitsberechnung.")])
    c("junk", "same_offer_as_owner", "de", "Online-Vertragsdienst bietet Notarin Verträge und Vollmachten an",
      [("legal", "2024-07-08 09:00", "Hallo Frau Overkamp! Testament, Vorsorgevollmacht oder Gesellschaftsvertrag – mit Vertragsblitz erstellen Sie rechtssichere Dokumente in 10 Minuten, ganz ohne teuren Notar. Jetzt 30 % Rabatt mit dem Code LINKEDIN30!")])
    c("junk", "capacity_for_clients", "de", "Mandantenakquise fragt nach Kapazität, nach Vernetzung",
      [("mandanten", "2024-10-08 07:10", "Hallo Frau Overkamp, kurze Frage: Haben Sie aktuell Kapazitäten für 5-10 neue Mandate pro Monat? Wir liefern Kanzleien vorqualifizierte Anfragen aus Ihrer Region. Lohnt sich ein kurzes Gespräch?"),
       ("mandanten", "2024-10-15 07:10", "Hallo Frau Overkamp, ich hake nochmal nach – haben Sie meine Nachricht gesehen?")])
    c("junk", "like_minded_entrepreneurs", "de", "gleichgesinnte Unternehmer, dann Investment",
      [("gleich", "2024-06-21 08:00", "Hallo Mareike, schön, dass wir uns vernetzt haben! Ich vernetze mich gern mit gleichgesinnten Unternehmern, die etwas bewegen wollen 💪 Was treibt dich an?"),
       ("gleich", "2024-06-24 08:00", "Übrigens: Ich baue gerade einen kleinen Kreis von Unternehmern auf, die gemeinsam in Off-Market-Immobilien in Dubai investieren. Renditen von 12 % p. a. Darf ich dir die Unterlagen schicken?")])
    c("junk", "quick_call", "de", "15-Minuten-Gespräch für Prozessautomatisierung",
      [("call15", "2024-05-22 15:00", "Hallo Frau Dr. Overkamp, ich fasse mich kurz: Wir helfen Kanzleien, wiederkehrende Prozesse zu automatisieren und 10 Stunden pro Woche zu sparen. Hätten Sie diese Woche 15 Minuten für einen kurzen Austausch? Hier mein Kalender: cal.example/nico-baumann")])
    c("junk", "connect_then_pitch_after_reply", "de", "Small Talk, Notarin antwortet, dann Finanzberatung",
      [("ctp1", "2024-08-13 09:00", "Hallo Frau Overkamp, danke fürs Annehmen! Sie sind auch aus Hamm? Ich wohne seit letztem Jahr in Werries, ganz schön hier."),
       ("me", "2024-08-13 19:30", "Hallo Frau Albers, ja, seit vielen Jahren. Werries ist schön ruhig, viel Spaß dort!"),
       ("ctp1", "2024-08-15 09:00", "Danke! Kurz zum Anlass meiner Anfrage: Ich begleite Selbstständige und Freiberuflerinnen bei der Altersvorsorge und Steueroptimierung. Gerade für Notarinnen gibt es tolle Möglichkeiten über die Basisrente. Darf ich Ihnen in 20 Minuten zeigen, was bei Ihnen drin ist?")])
    c("junk", "connect_then_pitch", "de", "Vernetzung, dann Coaching-Pitch in Nachricht 2",
      [("ctp2", "2024-09-24 08:00", "Hallo Frau Dr. Overkamp, freut mich, dass wir jetzt vernetzt sind. Wie läuft das Jahr bei Ihnen?"),
       ("ctp2", "2024-09-27 08:00", "Viele Kanzleiinhaberinnen, mit denen ich spreche, stehen an dem Punkt, an dem sie mehr arbeiten, aber nicht mehr verdienen. In meinem 8-Wochen-Programm 'Kanzlei-CEO' ändern wir das. Nächster Start: 1. November. Soll ich Ihnen Infos schicken?")])
    c("junk", "connect_then_pitch_energy", "de", "Nachbarort-Small-Talk, dann Energieberatung",
      [("ctp3", "2024-05-14 08:30", "Hallo Frau Overkamp! Ich komme aus Bönen, also quasi Nachbarin :) Ich finde es toll, wie viele Frauen in Hamm selbstständig sind."),
       ("ctp3", "2024-05-17 08:30", "Ich bin Energieberaterin und helfe Gewerbetreibenden, bis zu 30 % Energiekosten zu sparen. Wann ist Ihr Stromvertrag ausgelaufen? Ich mache Ihnen gern ein unverbindliches Angebot."),
       ("ctp3", "2024-05-27 08:30", "Hallo Frau Overkamp, kurze Erinnerung an meine Nachricht 😊")])
    c("junk", "template_client_acquisition", "de", "Vorlage 1/5: planbar neue Mandanten",
      [("t1", "2024-08-01 07:00", "Hallo Frau Overkamp, wir helfen Kanzleien, planbar 10-20 neue Mandanten pro Monat zu gewinnen – ohne Empfehlungsabhängigkeit und ohne Kaltakquise. Eine Kanzlei aus NRW hat so ihren Umsatz in 6 Monaten verdoppelt. Offen für ein kurzes Gespräch?")])
    c("junk", "template_client_acquisition", "de", "Vorlage 2/5: leicht umformuliert",
      [("t2", "2024-08-14 06:45", "Guten Tag Frau Dr. Overkamp, wir unterstützen Kanzleien dabei, planbar 15+ neue Mandate im Monat zu gewinnen – ganz ohne Kaltakquise und ohne auf Empfehlungen angewiesen zu sein. Eine Kanzlei aus Bayern konnte ihren Umsatz in 5 Monaten verdoppeln. Wären Sie offen für einen kurzen Austausch?")])
    c("junk", "template_client_acquisition", "de", "Vorlage 3/5 mit Nachfass-Nachricht",
      [("t3", "2024-09-02 07:30", "Hallo Mareike, wir helfen Kanzleien planbar 10-20 neue Mandanten pro Monat zu gewinnen. Ohne Kaltakquise, ohne Abhängigkeit von Empfehlungen. Eine Kanzlei aus NRW hat damit ihren Umsatz in 6 Monaten verdoppelt. Lust auf ein kurzes Gespräch?"),
       ("t3", "2024-09-09 07:30", "Hi Mareike, wollte meine Nachricht nochmal nach oben holen 🙂")])
    c("junk", "template_client_acquisition", "de", "Vorlage 4/5",
      [("t4", "2024-09-18 06:10", "Sehr geehrte Frau Overkamp, wir unterstützen Notariate und Kanzleien dabei, jeden Monat planbar 10 bis 20 neue Mandanten zu gewinnen – ohne Kaltakquise. Ein Notariat aus Niedersachsen hat so seinen Umsatz in 6 Monaten verdoppelt. Haben Sie Interesse an einem kurzen Gespräch?")])
    c("junk", "template_client_acquisition", "en", "template 5/5 in English",
      [("t5", "2024-10-03 13:00", "Hi Mareike, we help law firms predictably win 10-20 new clients every month - no cold outreach, no relying on referrals. A firm in Germany doubled its revenue in 6 months with our system. Open to a quick chat?")])
    c("junk", "merge_tag_failure", "de", "unausgefülltes {{Vorname}}",
      [("mt1", "2024-07-17 05:00", "Hallo {{Vorname}}, mir ist aufgefallen, dass {{Firma}} stark wächst! Mit DocuFlow digitalisieren Sie Ihre Dokumentenprozesse in wenigen Tagen. Darf ich Ihnen eine kurze Demo zeigen?")])
    c("junk", "merge_tag_failure", "de", "falscher Name und falsches Geschlecht",
      [("mt2", "2024-06-12 09:30", "Sehr geehrter Herr Overbeck, als Inhaber der Kanzlei Overbeck Steuerberatung wissen Sie, wie wichtig Sichtbarkeit ist. Hartmann Medien produziert Imagefilme für Steuerkanzleien ab 2.900 €. Darf ich Ihnen Beispiele schicken?")])
    c("junk", "merge_tag_failure", "de", "Platzhalter [Kanzleiname]",
      [("mt3", "2024-03-12 08:00", "Guten Tag Frau Overkamp, für [Kanzleiname] haben wir ein exklusives Angebot für Büromaterial und Kaffee: 20 % auf die erste Bestellung, kostenlose Lieferung ab 50 €. Jetzt bestellen!")])
    c("junk", "sponsored_inmail", "de", "Sponsored InMail Kanzleisoftware",
      [("sp1", "2024-09-25 12:00", "<p>Sehr geehrte Frau Overkamp,</p><p>LexDirekt ist die Kanzleisoftware, die mitdenkt: Aktenverwaltung, Fristen &amp; Abrechnung in einer Lösung.</p><p>Jetzt 30 Tage kostenlos testen!</p>")],
      title="Sponsored Conversation", subject="Ihre Kanzlei. Digital.")
    c("junk", "sponsored_inmail", "de", "Sponsored InMail Online-Fortbildung",
      [("sp2", "2024-02-08 12:00", "<p>Hallo Frau Overkamp,</p><p>Erfüllen Sie Ihre Fortbildungspflicht bequem online: über 300 Webinare, jederzeit abrufbar.</p><p>Jahresabo jetzt 25&nbsp;% günstiger.</p>")],
      title="Sponsored Conversation", subject="Fortbildung flexibel online")
    c("junk", "sponsored_inmail", "de", "Sponsored InMail Personalleasing",
      [("sp3", "2024-11-12 12:00", "<p>Guten Tag Frau Overkamp,</p><p>Fachkräftemangel? Bürokraft Leasing stellt Ihnen qualifizierte Bürokräfte in 48 Stunden.</p><p>Jetzt unverbindlich anfragen.</p>")],
      title="Sponsored Conversation", subject="Bürokräfte in 48 Stunden")
    c("junk", "paid_award", "de", "Kanzlei-Award gegen Lizenzgebühr",
      [("award", "2024-10-10 10:00", "Sehr geehrte Frau Dr. Overkamp, herzlichen Glückwunsch! Ihre Kanzlei wurde für den Deutschen Kanzlei-Award 2024 in der Kategorie 'Top Notariat Region Westfalen' ausgewählt. Für die Nutzung des Siegels und die Urkunde fällt eine einmalige Lizenzgebühr von 690 € zzgl. MwSt. an. Bitte bestätigen Sie bis zum 20.10.")])
    c("junk", "paid_feature", "de", "bezahltes Porträt im Fachmagazin",
      [("mag", "2024-04-02 09:00", "Sehr geehrte Frau Dr. Overkamp, in der Sonderausgabe 'Die besten Kanzleien in NRW' möchten wir Ihnen eine ganzseitige Präsentation anbieten. Redaktionelles Porträt inklusive Foto, Sonderpreis 1.450 € statt 2.200 €. Anzeigenschluss ist der 15.04.")])
    c("junk", "paid_podcast_slot", "de", "Podcastplatz gegen Produktionspauschale",
      [("pod", "2024-06-27 17:00", "Hallo Frau Overkamp, wir würden Sie gern als Expertin in unserem Podcast 'Erfolgsrezept Mittelstand' (über 50.000 Hörer) vorstellen! Für Schnitt, Promotion und Social-Media-Clips berechnen wir eine Produktionspauschale von 890 €. Soll ich Ihnen einen Termin reservieren?")])
    c("junk", "fluent_generic_names_company", "de", "flüssig, nennt die Kanzlei, passt aber auf jeden",
      [("fluent", "2024-11-07 08:00", "Sehr geehrte Frau Dr. Overkamp, ich verfolge die Entwicklung von Overkamp & Terhorst schon eine Weile und bin beeindruckt, wie konsequent Sie Ihre Kanzlei positioniert haben. Gerade in Ihrer Phase stellt sich oft die Frage, wie man Wachstum strukturiert, ohne die Qualität zu gefährden. Wir begleiten inhabergeführte Unternehmen bei Strategie, Organisation und Digitalisierung. Wäre ein unverbindlicher Austausch für Sie interessant?")])
    c("junk", "generic_scanning", "de", "generisches Gegenstück zum Scandienst",
      [("scanx", "2024-06-18 10:00", "Guten Tag, wir digitalisieren Ihre Papierakten schnell und günstig! Ab 0,04 € pro Seite, Abholung deutschlandweit. Fordern Sie jetzt Ihr Angebot an.")])
    c("junk", "generic_translation", "en", "generic counterpart to the sworn translator",
      [("uebx", "2024-03-27 04:00", "Dear Sir/Madam, GlobalTranslate Pro offers professional translation in 120+ languages at the lowest rates. Legal, medical, technical. Fast turnaround. Please share your requirements for a free quote.")])
    c("junk", "generic_it_security", "de", "generisches Gegenstück zur Notariats-IT",
      [("itx", "2024-07-30 11:00", "Hallo Frau Overkamp, Cyberangriffe auf Unternehmen haben sich 2024 verdoppelt. Ist Ihr Unternehmen geschützt? CyberSchild bietet Rundum-Sicherheit ab 99 € im Monat. Jetzt kostenlosen Security-Check buchen!"),
       ("itx", "2024-08-06 11:00", "Hallo Frau Overkamp, haben Sie meine Nachricht gesehen? Der kostenlose Check ist nur noch diesen Monat verfügbar.")])
    c("junk", "generic_recruiter", "de", "generisches Recruiting ohne Bezug zum Notariat",
      [("rekx", "2024-04-23 09:00", "Hallo! Fachkräfte finden war nie leichter. Top Talente Personal vermittelt Mitarbeiter für alle Branchen – Lager, Büro, IT, Pflege. Sprechen Sie uns an!")])
    c("junk", "generic_web_design", "de", "generisches Webdesign",
      [("webx", "2024-02-20 03:00", "Hallo, ich bin Webdesigner und kann Ihre Website modern und mobilfreundlich gestalten. Günstige Preise, schnelle Umsetzung. Darf ich Ihnen mein Portfolio zeigen?")])
    c("junk", "generic_seminar", "de", "generisches Seminarangebot",
      [("semx", "2024-08-27 10:00", "Hallo! Entdecken Sie unser neues Seminarprogramm 2025: Zeitmanagement, Führung, Kommunikation, Excel für Fortgeschrittene. Frühbucherrabatt 15 % bis Ende September!")])
    c("junk", "crypto_pitch", "de", "Krypto-Pitch",
      [("krypto", "2024-01-30 20:00", "Hallo Mareike, schon mal überlegt, dein Geld für dich arbeiten zu lassen? Ich zeige Berufstätigen, wie sie mit 20 Minuten am Tag Krypto traden. Kostenloses Webinar am Sonntag – soll ich dir den Link schicken?")])
    c("junk", "follow_up_bump", "de", "Kopiererleasing mit Nachfass-Nachrichten ohne Antwort",
      [("bump", "2024-05-06 09:00", "Guten Tag Frau Overkamp, zahlen Sie zu viel für Ihre Kopierer? Wir prüfen Ihren Leasingvertrag kostenlos und sparen im Schnitt 30 %."),
       ("bump", "2024-05-13 09:00", "Guten Tag Frau Overkamp, ich wollte kurz nachfragen, ob meine Nachricht angekommen ist."),
       ("bump", "2024-05-27 09:00", "Guten Tag Frau Overkamp, ich gehe davon aus, dass das Thema gerade nicht passt. Melden Sie sich gern jederzeit.")])
    c("junk", "generic_va", "en", "generic virtual assistant pitch",
      [("va", "2024-03-04 02:15", "Hello! I am a professional virtual assistant with 5 years experience in admin, email, scheduling and data entry. Rates from $7/hour. I would love to support your business!")])
    c("junk", "off_topic_wine", "de", "Weinhändler ohne Bezug",
      [("wein", "2024-11-14 11:00", "Guten Tag Frau Overkamp, Weihnachten naht! Überraschen Sie Ihre Mandanten mit hochwertigen Weinpräsenten – personalisiert mit Ihrem Logo. Bei Bestellung bis 30.11. gratis Geschenkverpackung.")])
    c("junk", "off_topic_cleaning", "de", "Gebäudereinigung generisch",
      [("gebaeude", "2024-01-17 07:00", "Sehr geehrte Damen und Herren, wir bieten professionelle Büro- und Unterhaltsreinigung zu fairen Preisen. Gern erstellen wir Ihnen ein kostenloses Angebot."),
       ("gebaeude", "2024-01-31 07:00", "Sehr geehrte Damen und Herren, haben Sie unser Angebot erhalten?")])
    c("junk", "irrelevant_job_offer", "de", "Headhunter mit unpassender Stelle",
      [("recrjob", "2024-09-12 10:30", "Hallo Frau Overkamp, für einen internationalen Automobilzulieferer suche ich eine Head of Procurement (m/w/d) in Stuttgart. Ihr Profil passt hervorragend! Haben Sie Zeit für ein kurzes Telefonat?")])
    c("junk", "generic_ai_tool", "de", "KI-Tool für Kanzleien, generisch",
      [("chatbot", "2024-10-24 07:00", "Hallo Frau Overkamp, KI verändert den Rechtsmarkt! Mit KanzleiKI beantworten Sie Mandantenanfragen automatisch und sparen 20 Stunden pro Monat. Jetzt 14 Tage kostenlos testen."),
       ("chatbot", "2024-10-31 07:00", "Hallo Frau Overkamp, kurzes Follow-up – wäre das ein Thema für Sie?")])
    c("junk", "connect_then_pitch_real_estate", "de", "Vernetzung, Small Talk, dann Immobilien-Deal",
      [("ctp4", "2024-11-03 09:00", "Hallo Frau Overkamp, danke für die Vernetzung! Sie haben als Notarin ja bestimmt spannende Einblicke in den Hammer Markt."),
       ("me", "2024-11-03 18:00", "Guten Abend Herr Sauer, die habe ich, aber die bleiben natürlich vertraulich :-)"),
       ("ctp4", "2024-11-05 09:00", "Natürlich! Ich frage, weil ich Notare suche, die meinen Investoren Off-Market-Objekte vorab melden. Gegen eine attraktive Tippgeberprovision natürlich. Wollen wir telefonieren?")])


def build() -> Export:
    owner = Person("me", "Mareike Overkamp", "https://www.linkedin.com/in/mareike-overkamp-notarin")
    export = Export(SLUG, "2021", owner)
    people(export)
    conversations(export)
    return export


def main() -> None:
    export = build()
    export.write(OUT, PROFILE, POSITIONS, SKILLS)
    print(export.summary())


if __name__ == "__main__":
    main()

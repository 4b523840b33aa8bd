"""Persona: partner at a small Munich patent firm, German and English (2018 layout).

Written blind to the detector in session 2. Every message is hand-written for this corpus.
The 2018 layout has no conversation id, so every (partner, subject) pair is unique.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-patent-attorney-munich"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Johanna Reischl", "https://www.linkedin.com/in/johanna-reischl-patent",
               "Reischl Vogt Patentanwälte", "Partnerin, Patentanwältin, European Patent Attorney")
ex = Export(SLUG, "2018", owner)
P = ex.person

# ---------------------------------------------------------------- genuine
P("us_assoc", "Daniel K. Whitaker", "Whitaker Lyons LLP", "Partner", connected="2014-10-08")
P("jp_assoc", "Haruka Ishikawa", "Ishikawa & Mori Patent Office", "Patent Attorney", connected="2016-04-20")
P("kr_assoc", "Min-jun Seo", "Hanbit IP Law Firm", "Senior Patent Attorney", connected="2017-06-12")
P("il_assoc", "Noa Ben-David", "Carmel Patents", "Patent Attorney")
P("inventor", "Gerhard Huber", "", "Werkzeugmacher & Erfinder")
P("startup", "Priya Venkataraman", "Sensalyte GmbH", "Co-founder & CTO")
P("clerk", "Monika Strasser", "Landgericht München I", "Justizangestellte, Geschäftsstelle 7. Zivilkammer")
P("excol", "Florian Baumeister", "Baumeister IP", "Patentanwalt", connected="2009-09-01")
P("client_rd", "Dr. Ulrich Kessler", "Kessler Medizintechnik GmbH", "Leiter F&E", connected="2015-03-03")
P("client_ip", "Sabine Roth", "Obermayr Antriebstechnik AG", "Head of IP", connected="2013-11-11")
P("client_en", "Tom Hendricks", "Brightwell Optics Ltd", "General Counsel", connected="2016-09-19")
P("kandidat", "Dr. Lena Hofbauer", "", "Physikerin, Patentanwaltskandidatin in spe")
P("paralegal", "Aylin Demir", "", "Patentanwaltsfachangestellte")
P("seminar1", "Dr. Markus Seidl", "", "Patentingenieur")
P("seminar2", "Katharina Wendt", "", "Patentreferentin")
P("seminar3", "Jonas Pfeiffer", "", "Patentanwaltskandidat")
P("kammer", "Dr. Andrea Kolb", "Patentanwaltskammer", "Referat Aus- und Fortbildung", connected="2012-05-05")
P("conf", "Richard Ellison", "IP Practitioners Forum Europe", "Conference Director", connected="2015-02-02")
P("journo", "Tobias Lindemann", "IP Rundschau", "Redakteur")
P("partner", "Dr. Stefan Vogt", "Reischl Vogt Patentanwälte", "Partner, Patentanwalt", connected="2010-01-15")
P("annuity_ok", "Caroline Mertens", "AnnuIP Services", "Client Manager", connected="2016-01-08")
P("transl_ok", "Hiroshi Tanaka", "Nishiki Translations", "Project Manager", connected="2015-07-07")
P("intro", "Prof. Dr. Bettina Graf", "TU München", "Lehrstuhl für Mikrosystemtechnik", connected="2011-06-06")
P("intro_t", "Leon Ziegler", "Ziegler Microfluidics", "Gründer")
P("ch_assoc", "Beat Zürcher", "Zürcher & Frey Patentanwälte", "Patentanwalt", connected="2012-12-12")
P("alumni", "Dr. Petra Engel", "Europäisches Patentamt", "Prüferin", connected="2008-03-03")

# ---------------------------------------------------------------- wanted pitches
P("w_search", "Dr. Ingrid Lange", "Lange Recherche", "Patentrechercheurin")
P("w_drawing", "Marek Nowak", "Nowak Patentzeichnungen", "Technischer Zeichner")
P("w_upc", "Dr. Felix Ortmann", "Ortmann Rechtsanwälte", "Rechtsanwalt, Partner")
P("w_cn", "Li Wei", "Zhongyuan IP", "Partner")
P("w_transl", "Sarah Whitfield", "Claimwise Translations", "Director")
P("w_docket", "Andreas Kurz", "", "Berater Fristenmanagement")
P("w_kr", "Eun-ji Park", "", "Freelance patent translator KO-DE")
P("w_valuation", "Dr. Nina Berger", "Berger IP Valuation", "Geschäftsführerin")
P("w_software", "Tim Heller", "ClaimChart", "Co-Founder")
P("w_expert", "Prof. Dr. Ralf Wagner", "Hochschule München", "Professor für Medizintechnik")

# ---------------------------------------------------------------- junk
P("j_tpl1", "Robert Kline", "RenewPat Global", "Business Development Director")
P("j_tpl2", "Emily Sandoval", "AnnuityOne", "Partnership Manager")
P("j_tpl3", "Vikash Reddy", "PatentKeepers", "Senior BD Manager")
P("j_tpl4", "Laura Medina", "RenewPat Global", "Account Executive")
P("j_tpl5", "Michael Grant", "IPMaintain", "VP Sales")
P("j_merge1", "Anil Kapoor", "LexiTrans Worldwide", "Sales Manager")
P("j_merge2", "Jennifer Moss", "Global Law Leaders Awards", "Nominations Coordinator")
P("j_merge3", "Sven Petersen", "Kanzleimarketing Nord", "Vertrieb")
P("j_merge4", "Oksana Bondar", "DataDocket", "Lead Generation")
P("j_award1", "Charles Wentworth", "Legal Elite Review", "Awards Editor")
P("j_award2", "Amelia Frost", "Lawyer International Monthly", "Research Team")
P("j_award3", "Dr. Wilhelm Kranz", "Deutsche Kanzlei-Auszeichnung", "Herausgeber")
P("j_transl1", "Priyanka Shah", "TransGlobe Language Services", "Business Development")
P("j_transl2", "Marco Bianchi", "Lingua Rapida", "Key Account")
P("j_saas1", "Jason Whitfield", "LegalFlow Cloud", "Account Executive")
P("j_saas2", "Hannes Lorenz", "Kanzleiassistent.io", "Sales")
P("j_ctp1", "Benjamin Hartl", "Hartl Kanzleiberatung", "Kanzleiberater",
  connected="2018-02-13", invite=("IN", "2018-02-12 20:05", "Liebe Frau Reischl, ich würde mich freuen, Sie in meinem Netzwerk zu haben."))
P("j_ctp2", "Rachel Goldberg", "IP Growth Partners", "Founder",
  connected="2018-05-07", invite=("IN", "2018-05-06 14:00", ""))
P("j_ctp3", "Dominik Fuchs", "", "Unternehmer | Mentor | Speaker",
  connected="2018-08-28", invite=("IN", "2018-08-27 22:15", "Hallo Johanna, gleichgesinnte Unternehmer sollten sich kennen!"))
P("j_bump1", "Simon Gray", "PatentLeads Pro", "Head of Sales")
P("j_bump2", "Nicole Wagner", "Büroservice Wagner", "Inhaberin")
P("j_crypto", "David Moreno", "", "Blockchain Evangelist")
P("j_recruit1", "Timo Krause", "Allfinanz Karriere", "Recruiter")
P("j_recruit2", "Claire Benson", "Hirewave", "Talent Acquisition")
P("j_off1", "Frank Zimmer", "Zimmer Gastro-Technik", "Vertrieb")
P("j_off2", "Karthik Iyer", "Softvana Technologies", "Business Manager")
P("j_fluent1", "Dr. Constantin von Arnim", "Arnim Legal Consulting", "Managing Director")
P("j_fluent2", "Stephanie Clarke", "Vantage IP Outsourcing", "Director of Partnerships")
P("j_fluent3", "Johannes Brenner", "Kanzlei-Web Brenner", "Geschäftsführer")
P("j_cap", "Aaron Fischer", "Erfinderportal24", "Partner Manager")
P("j_spam1", "Jessica Lee", "", "Investor")
P("j_spam2", "Mark Wilson", "", "Consultant")
P("j_like", "Patrick Sommer", "", "Serial Entrepreneur")
P("j_mlm", "Melanie Kroll", "", "Unabhängige Vertriebspartnerin")
P("j_feature", "Oliver Stanton", "Business Leaders Digest", "Features Editor")
P("w_sec", "Jan-Erik Holm", "Holm IT-Sicherheit", "Geschäftsführer")
P("w_tw", "Chen Yu-ting", "Formosa Patent & Trademark", "Patent Attorney")
P("client_fair", "Markus Obermayr", "Obermayr Antriebstechnik AG", "Vorstand Technik", connected="2013-11-12")
P("opp_counsel", "Dr. Christian Falk", "Falk Hoffmann Rechtsanwälte", "Rechtsanwalt")
P("at_inventor", "Elisabeth Gstöttner", "", "Erfinderin, Landwirtin")
P("intern", "Moritz Albrecht", "TU München", "Student Maschinenbau")
P("aippi", "Dr. Susanne Hartmann", "AIPPI Landesgruppe", "Schriftführerin", connected="2014-04-04")
P("ex_trainee", "Dr. Kai Neumann", "Neumann IP", "Patentanwalt", connected="2013-09-01")
P("spon1", "DocuLex Cloud", "DocuLex Cloud", "", url="https://www.linkedin.com/company/doculex-cloud")
P("spon2", "Hanse Executive Academy", "Hanse Executive Academy", "",
  url="https://www.linkedin.com/company/hanse-executive-academy")

J, G, W = "junk", "genuine", "wanted_pitch"
c = ex.conv

# ================================================================= junk
TPL = ("annuity-service template {}/5", "template_multi")
c(J, TPL[1], "en", TPL[0].format(1), [
    ("j_tpl1", "2017-09-12 14:05", "Dear Dr. Reischl, I noticed Reischl Vogt Patentanwälte manages a substantial patent portfolio "
     "for its clients. RenewPat Global helps IP firms cut annuity costs by up to 40% while keeping full control. "
     "Would you be open to a brief call next week?"),
], subject="Reducing annuity costs for Reischl Vogt")
c(J, TPL[1], "en", TPL[0].format(2), [
    ("j_tpl2", "2017-11-21 10:30", "Dear Dr. Reischl, I came across Reischl Vogt Patentanwälte and noticed you manage a significant "
     "patent portfolio on behalf of clients. AnnuityOne helps IP practices reduce renewal costs by up to 35% without "
     "losing control. Would you be open to a short call this week?"),
], subject="Renewal costs")
c(J, TPL[1], "en", TPL[0].format(3), [
    ("j_tpl3", "2018-01-16 07:20", "Dear Dr. Reischl, I noticed that Reischl Vogt manages a substantial portfolio of patents for its "
     "clients. PatentKeepers helps IP firms slash annuity costs by up to 40% while retaining full control. Are you open "
     "to a brief call?"),
    ("j_tpl3", "2018-01-30 07:21", "Dear Dr. Reischl, just following up on my message below. Would a 15-minute call work?"),
], subject="Annuity cost savings")
c(J, TPL[1], "en", TPL[0].format(4), [
    ("j_tpl4", "2018-04-24 15:45", "Dear Dr. Reischl, I noticed Reischl Vogt Patentanwälte manages a large patent portfolio for "
     "clients. RenewPat Global helps IP firms cut annuity costs by up to 40% with full transparency. Would you be open to "
     "a quick call next week?"),
], subject="Annuities - quick question")
c(J, TPL[1], "en", TPL[0].format(5), [
    ("j_tpl5", "2018-09-04 13:00", "Dear Dr. Reischl, I noticed your firm manages a substantial patent portfolio for clients. "
     "IPMaintain helps IP firms reduce annuity spend by up to 40% while keeping full control. Open to a brief call?"),
], subject="Annuity savings for your firm", folder="SPAM")

c(J, "merge_tag_failure", "en", "{Attorney_Name} translation agency", [
    ("j_merge1", "2017-10-03 06:40", "Dear {Attorney_Name},\n\nLexiTrans Worldwide provides certified patent translations in 60+ "
     "languages for EP validations and PCT national phase entries. Competitive rates from EUR 0.07 per word.\n\n"
     "Please let us know your requirements.\n\nBest regards,\nAnil"),
], subject="Patent translations at competitive rates")
c(J, "merge_tag_failure", "en", "award with [FIRM NAME]", [
    ("j_merge2", "2018-03-06 11:11", "Dear Johanna,\n\nWe are pleased to inform you that [FIRM NAME] has been selected as a winner "
     "of the Global Law Leaders Awards 2018 in the category 'Patent Firm of the Year - [COUNTRY]'. To receive your winner's "
     "package, please confirm by return. Packages start at GBP 1,750.\n\nKind regards,\nJennifer"),
], subject="Congratulations - Global Law Leaders Awards 2018")
c(J, "merge_tag_failure", "de", "falscher Name, falsche Kanzlei", [
    ("j_merge3", "2018-06-19 09:00", "Sehr geehrter Herr Schmidt,\n\nals Inhaber der Kanzlei Schmidt & Partner wissen Sie: Mandanten "
     "suchen heute online. Wir bringen Ihre Kanzlei auf Platz 1 bei Google für 'Anwalt Scheidung'. Darf ich Sie anrufen?"),
], subject="Mehr Mandanten für Ihre Kanzlei")
c(J, "merge_tag_failure", "en", "{{firm}} data leads", [
    ("j_merge4", "2018-10-09 08:30", "Hi Johanna, we have a database of 12,000 EU companies that filed patents in the last 12 months. "
     "Perfect for {{firm}} to target new clients. Sample of 100 contacts for free - interested?"),
], subject="Fresh leads for {{firm}}")

c(J, "sponsored_inmail", "en", "legal DMS sponsored", [
    ("spon1", "2018-02-20 12:00", "<p>Hi Johanna,</p><p>Law firms using DocuLex Cloud save <b>6 hours a week</b> on document "
     "handling. Start your 30-day trial today &ndash; no IT team needed.</p>"),
], subject="Your documents, finally organised")
c(J, "sponsored_inmail", "de", "Executive-Programm gesponsert", [
    ("spon2", "2018-07-03 12:00", "<p>Liebe Johanna,</p><p>F&uuml;hrung neu denken: Unser berufsbegleitendes Executive-Programm "
     "f&uuml;r Partnerinnen und Partner startet im Oktober. Jetzt Brosch&uuml;re anfordern.</p>"),
], subject="Führung neu denken – Executive-Programm 2018")

c(J, "paid_award", "en", "legal elite paid award", [
    ("j_award1", "2017-12-05 10:00", "Dear Dr. Reischl,\n\nFollowing extensive research, our editorial board has named you a "
     "'Leading IP Practitioner - Germany 2018'. This recognition comes with a bespoke profile, a glass trophy and "
     "licensing of the award logo. The inclusion fee is EUR 3,200. Please confirm by Friday to secure your place.\n\n"
     "Charles Wentworth"),
], subject="Leading IP Practitioner - Germany 2018")
c(J, "paid_award", "en", "monthly magazine award, spam", [
    ("j_award2", "2018-05-15 09:30", "Dear Johanna, our research team has shortlisted you for the 2018 Intellectual Property "
     "Awards. Winners are announced in our June issue. A winner's package is available for purchase. Reply YES for details."),
], subject="IP Awards 2018 - You have been shortlisted", folder="SPAM")
c(J, "paid_award", "de", "Kanzlei-Auszeichnung gegen Gebühr", [
    ("j_award3", "2018-08-14 14:00", "Sehr geehrte Frau Dr. Reischl,\n\nwir freuen uns, Ihnen mitzuteilen, dass Ihre Kanzlei in die "
     "Auswahl 'Top-Kanzleien für Patentrecht 2018' aufgenommen wurde. Für die Nutzung des Siegels und den Eintrag im "
     "Jahrbuch berechnen wir eine Lizenzgebühr von 1.490 € zzgl. MwSt.\n\nMit besten Grüßen\nDr. Wilhelm Kranz"),
], subject="Ihre Aufnahme in 'Top-Kanzleien 2018'")

c(J, "generic_vendor", "en", "generic translation agency", [
    ("j_transl1", "2017-08-22 08:15", "Hello, TransGlobe offers legal, medical and technical translations in 120 languages with "
     "ISO certification. 24/7 support and fast turnaround. Can I send you our rate card?"),
], subject="Translation services")
c(J, "generic_vendor", "de", "Übersetzungsbüro generisch mit Nachfassen", [
    ("j_transl2", "2018-03-27 10:00", "Sehr geehrte Damen und Herren, Lingua Rapida übersetzt Patente in alle EU-Sprachen – "
     "schnell, günstig, zuverlässig. Gern erstellen wir Ihnen ein kostenloses Angebot."),
    ("j_transl2", "2018-04-10 10:05", "Darf ich nachfragen, ob Sie meine Nachricht erhalten haben?"),
], subject="Patentübersetzungen")
c(J, "legal_tech_generic", "en", "practice management SaaS generic", [
    ("j_saas1", "2018-01-09 16:00", "Hi Johanna, LegalFlow is the all-in-one practice management platform for modern law firms: "
     "time tracking, billing, client intake and more. Would you like a free demo?"),
], subject="Modernise your law firm")
c(J, "legal_tech_generic", "de", "Kanzlei-KI generisch", [
    ("j_saas2", "2018-10-23 11:20", "Hallo Frau Reischl, Kanzleiassistent.io beantwortet Mandantenanfragen automatisch per KI – "
     "rund um die Uhr. Für Familien-, Arbeits- und Mietrecht bereits im Einsatz. Kurze Demo?"),
], subject="KI für Ihre Kanzlei")

c(J, "connect_then_pitch", "de", "Vernetzen, dann Kanzleiberatung", [
    ("j_ctp1", "2018-02-13 08:00", "Liebe Frau Reischl, danke für die Annahme! Ich sehe, Sie sind in München – wie ist die Lage "
     "bei Ihnen in der Kanzlei?"),
    ("me", "2018-02-13 18:30", "Danke, gut zu tun."),
    ("j_ctp1", "2018-02-15 09:10", "Freut mich! Viele Kanzleien in Ihrer Größe verschenken 20 % Umsatz durch ineffiziente "
     "Abrechnung. In einem kostenlosen 30-Minuten-Check zeige ich Ihnen, wo. Wann passt es Ihnen?"),
])
c(J, "connect_then_pitch", "en", "connect then IP marketing agency", [
    ("j_ctp2", "2018-05-07 15:20", "Hi Johanna, great to connect! Love seeing more women leading IP firms."),
    ("j_ctp2", "2018-05-10 09:00", "I help IP boutiques win more direct clients through thought-leadership content. Most of my "
     "clients double their inbound within 6 months. Worth a 15-minute chat?"),
    ("j_ctp2", "2018-05-24 09:00", "Hi Johanna, circling back on this!"),
])
c(J, "connect_then_pitch", "de", "Vernetzen als Gleichgesinnte, dann Coaching (du)", [
    ("j_ctp3", "2018-08-28 07:00", "Hey Johanna, danke fürs Vernetzen! Was treibt dich gerade beruflich an?"),
    ("j_ctp3", "2018-08-30 22:40", "Ich frag, weil ich gerade ein Mastermind für Unternehmerinnen starte, die mehr Freiheit und "
     "passives Einkommen wollen. Noch 3 Plätze frei. Soll ich dir den Link schicken?"),
])

c(J, "follow_up_bump", "en", "lead-gen bumps", [
    ("j_bump1", "2017-07-11 14:00", "Hi Johanna, we connect patent attorneys with US companies seeking EP filings. Pay per "
     "introduction. Interested?"),
    ("j_bump1", "2017-07-18 14:00", "Hi Johanna, any thoughts on my last message?"),
    ("j_bump1", "2017-07-27 14:00", "Hi Johanna, I'll assume the timing isn't right. Feel free to reach out any time."),
], subject="US clients for your firm")
c(J, "follow_up_bump", "de", "Büroservice Nachfassen", [
    ("j_bump2", "2018-06-05 09:45", "Guten Tag, wir übernehmen Ihren Telefondienst und Ihre Schreibarbeiten – flexibel und "
     "günstig. Bei Interesse melden Sie sich gern."),
    ("j_bump2", "2018-06-19 09:45", "Guten Tag, ich wollte mich nochmal in Erinnerung bringen."),
], subject="Telefonservice für Kanzleien")
c(J, "crypto", "en", "blockchain IP tokens", [
    ("j_crypto", "2018-01-23 23:30", "Hi Johanna! IP is being revolutionised by blockchain. Our ICO tokenises patents so inventors "
     "can sell fractions worldwide. Presale closes soon with 30% bonus. Let me know if you want in!"),
], subject="Patents on the blockchain - presale", folder="SPAM")
c(J, "recruiting_spam", "de", "Allfinanz Nebenjob", [
    ("j_recruit1", "2017-10-24 19:00", "Hallo Johanna, dein Profil passt perfekt zu unserem Karriereprogramm in der "
     "Finanzberatung! Flexible Arbeitszeiten, unbegrenztes Einkommen. Lust auf einen Kaffee?"),
], subject="Karrierechance")
c(J, "recruiting_spam", "en", "unrelated sales role", [
    ("j_recruit2", "2018-09-18 10:10", "Hi Johanna, I'm hiring Account Executives for a fast-growing SaaS start-up in Berlin, "
     "OTE €90k. Your background looks great - are you open to a chat?"),
], subject="Account Executive opportunity")
c(J, "off_topic", "de", "Gastro-Technik an Kanzlei", [
    ("j_off1", "2018-04-03 08:20", "Sehr geehrte Frau Reischl, unsere neuen Kombidämpfer sparen bis zu 30 % Energie. "
     "Sollen wir einen Vorführtermin in Ihrer Küche vereinbaren?"),
], subject="Vorführung Kombidämpfer")
c(J, "off_topic", "en", "offshore app development", [
    ("j_off2", "2018-07-17 06:10", "Greetings Johanna, we are a CMMI Level 3 company offering web and mobile app development at "
     "USD 20/hour. Please share your requirements."),
], subject="App development")
c(J, "fluent_generic", "de", "Kanzleiberatung flüssig, nennt Kanzlei", [
    ("j_fluent1", "2017-11-07 10:00", "Sehr geehrte Frau Dr. Reischl,\n\nReischl Vogt Patentanwälte genießt in München einen "
     "ausgezeichneten Ruf. Gleichzeitig stehen gerade mittelgroße Kanzleien vor der Herausforderung, Nachfolge, "
     "Digitalisierung und Mandantenbindung gleichzeitig zu gestalten. Wir begleiten Kanzleien seit 15 Jahren in "
     "Strategie- und Organisationsfragen.\n\nDarf ich Ihnen in einem kurzen Telefonat erläutern, wie wir anderen "
     "Kanzleien geholfen haben?\n\nMit freundlichen Grüßen\nConstantin von Arnim"),
], subject="Zukunft von Reischl Vogt")
c(J, "fluent_generic", "en", "IP outsourcing fluent, names firm", [
    ("j_fluent2", "2018-02-27 09:00", "Dear Dr. Reischl,\n\nReischl Vogt is clearly a firm that values quality. Many European "
     "boutiques we work with are now outsourcing drafting support, proofreading and formalities to our team in Pune, "
     "reducing costs by 50% while partners focus on client work. I'd welcome 20 minutes to explain our model.\n\n"
     "Best regards,\nStephanie Clarke"),
    ("j_fluent2", "2018-03-13 09:02", "Dear Dr. Reischl, I wanted to make sure this reached you. Would next week suit?"),
], subject="Supporting Reischl Vogt's growth")
c(J, "fluent_generic", "de", "Kanzlei-Website flüssig, nennt Kanzlei", [
    ("j_fluent3", "2018-09-25 15:30", "Liebe Frau Reischl, die Website von Reischl Vogt wirkt seriös, aber ein wenig in die Jahre "
     "gekommen. Wir gestalten moderne Kanzleiwebsites, die Mandanten überzeugen – responsive, DSGVO-konform, in vier "
     "Wochen online. Darf ich Ihnen ein paar Entwürfe zeigen?"),
], subject="Ihr Webauftritt")
c(J, "capacity", "de", "Erfinderportal: Haben Sie Kapazitäten?", [
    ("j_cap", "2018-11-06 10:00", "Hallo Frau Reischl, haben Sie aktuell Kapazitäten für neue Mandanten? Unser Portal vermittelt "
     "Erfinder an Patentanwälte – Sie zahlen nur 149 € pro Kontakt. Soll ich Sie freischalten?"),
], subject="Neue Mandanten über Erfinderportal24")
c(J, "spam_folder", "en", "investor scam, spam", [
    ("j_spam1", "2018-04-17 04:00", "Hello dear, I am a private investor looking for a trustworthy partner in Germany to manage "
     "a fund transfer. You will be compensated generously. Kindly reply."),
], subject="Business partnership", folder="SPAM")
c(J, "spam_folder", "en", "generic consultant spam", [
    ("j_spam2", "2018-11-20 03:30", "Hi, I help businesses grow revenue 10x with proven systems. Let's talk!"),
], folder="SPAM")
c(J, "like_minded", "de", "Gleichgesinnte vernetzen", [
    ("j_like", "2018-03-20 21:00", "Hallo Johanna, ich vernetze mich gern mit gleichgesinnten Unternehmern, um Synergien zu "
     "heben. Lass uns doch mal telefonieren und schauen, wie wir uns gegenseitig unterstützen können!"),
])

c(J, "mlm", "de", "Network-Marketing Kosmetik", [
    ("j_mlm", "2018-02-06 20:30", "Hallo liebe Johanna 💫 ich suche gerade zwei bis drei Frauen, die sich mit Naturkosmetik ein "
     "Einkommen nebenbei aufbauen möchten – flexibel von zu Hause. Wäre das vielleicht was für dich?"),
], subject="Kleine Frage an dich")
c(J, "paid_feature", "en", "paid interview feature", [
    ("j_feature", "2018-06-26 12:40", "Dear Johanna, we'd love to feature you in our 'Top Women in Law' series. The interview "
     "is published on our site and newsletter (120k readers). A contribution of EUR 1,200 covers editorial production. "
     "Shall I send the questionnaire?"),
], subject="Feature invitation - Top Women in Law")

# ================================================================= wanted pitches
c(W, "tailored_pitch", "de", "Rechercheurin mit Bezug auf Einspruch", [
    ("w_search", "2017-09-26 11:00", "Sehr geehrte Frau Dr. Reischl, im EP-Register habe ich gesehen, dass Sie für Kessler "
     "Medizintechnik Einspruch gegen ein Katheterpatent eingelegt haben. Ich recherchiere seit 12 Jahren im Bereich "
     "Medizinprodukte, auch in japanischer und chinesischer Nichtpatentliteratur, die in solchen Verfahren oft übersehen "
     "wird. Falls Sie für die Einspruchsbegründung noch Material brauchen: Ich schicke Ihnen gern eine Referenzliste."),
    ("me", "2017-09-26 15:20", "Das ist tatsächlich interessant. Schicken Sie mir bitte Ihre Konditionen für eine "
     "Stand-der-Technik-Recherche, Frist für die Begründung ist knapp."),
    ("w_search", "2017-09-26 16:00", "Sehr gern, kommt heute noch per E-Mail."),
], subject="Recherche Katheter / Medizintechnik")
c(W, "tailored_pitch", "de", "Patentzeichner mit Bezug auf Designanmeldungen", [
    ("w_drawing", "2017-12-12 09:30", "Guten Tag Frau Reischl, mir ist aufgefallen, dass Ihre Kanzlei viele Geschmacksmuster für "
     "Antriebskomponenten anmeldet, und das EUIPO hat zuletzt bei zwei davon Darstellungen beanstandet (Schattierungen). "
     "Ich erstelle Zeichnungen, die den EUIPO- und DPMA-Vorgaben entsprechen, meist in 48 Stunden. Darf ich Ihnen ein "
     "Muster für eine bereits veröffentlichte Anmeldung schicken?"),
], subject="Zeichnungen für Designanmeldungen")
c(W, "tailored_pitch", "mixed", "UPC co-counsel, German with English quotes", [
    ("w_upc", "2018-03-08 17:10", "Liebe Frau Reischl, wir hatten uns auf dem Mandantenabend der Kammer kurz unterhalten. "
     "Sie erwähnten, dass Ihre Mandanten für den Fall des UPC-Starts nach einer Prozessvertretung fragen. Wir sind eine "
     "kleine Prozesskanzlei (6 Anwälte, alle mit Verletzungsverfahren in Düsseldorf und München) und suchen genau "
     "Patentanwälte als technische Partner. Our last two cases were co-run with a London firm, so English-language "
     "proceedings are no problem. Hätten Sie Lust auf ein Mittagessen?"),
    ("me", "2018-03-09 08:40", "Gern, Herr Ortmann. Nächste Woche Donnerstag?"),
], subject="UPC – Zusammenarbeit")
c(W, "tailored_pitch", "en", "Chinese associate with specific register data", [
    ("w_cn", "2018-04-11 03:00", "Dear Dr. Reischl, according to the EP register your firm represented applicants in 14 cases "
     "that were also filed in China last year, mostly in drive technology. We are a Beijing firm with four engineers "
     "specialised in mechanical transmissions and we handle prosecution for two German gearbox manufacturers. "
     "If you currently don't have a preferred associate for this field, I would be glad to send our fee schedule and "
     "two anonymised office-action responses as samples."),
], subject="Chinese prosecution - drive technology")
c(W, "tailored_pitch", "en", "claim translation specialist with sample", [
    ("w_transl", "2018-05-29 10:45", "Dear Dr. Reischl, I read your article in IP Rundschau on how claim translations in EP "
     "validations are a litigation risk, especially terms like 'Stellglied'. That's exactly our niche: we only translate "
     "claims, with a patent attorney reviewing every set. I've attached our glossary of 40 German drive-technology terms "
     "and the English equivalents courts have accepted. Happy to do one validation free so you can compare."),
], subject="Your article on claim translations")
c(W, "tailored_pitch", "de", "Fristenberater nach Kanzleiumzug", [
    ("w_docket", "2018-06-12 14:00", "Sehr geehrte Frau Reischl, ich habe gelesen, dass Sie mit Herrn Vogt in neue Räume gezogen "
     "sind und zwei neue Fachangestellte eingestellt haben. Ich war 15 Jahre Bürovorsteher einer Patentkanzlei und richte "
     "heute Fristenkontrollen neu ein, inkl. Schulung und Vier-Augen-Prinzip für die Haftpflichtversicherung. Falls Sie "
     "die Umstellung ohnehin planen, helfe ich gern mit einem halben Tag Bestandsaufnahme."),
], subject="Fristenkontrolle nach Umzug")
c(W, "tailored_pitch", "mixed", "Koreanisch-Übersetzerin, deutsch mit englischem Lebenslauf", [
    ("w_kr", "2018-07-24 08:00", "Sehr geehrte Frau Reischl, Herr Seo von Hanbit IP hat mir erzählt, dass Sie koreanische "
     "Prioritätsunterlagen derzeit über Englisch übersetzen lassen. Ich übersetze direkt Koreanisch-Deutsch, Schwerpunkt "
     "Elektrotechnik. My CV and references are attached in English. Vielleicht passt es einmal."),
], subject="Koreanisch-Deutsch Übersetzungen")
c(W, "tailored_pitch", "de", "Patentbewertung für Mandanten-Start-up", [
    ("w_valuation", "2018-08-21 10:30", "Liebe Frau Reischl, auf der Website von Sensalyte steht, dass die Series-A läuft, und Sie "
     "sind dort als Patentvertreterin genannt. Investoren verlangen in dieser Phase oft eine Bewertung des Portfolios. Wir "
     "machen das für Medtech-Start-ups zum Festpreis. Vielleicht hilft es Ihrer Mandantin – ich würde mich über eine "
     "Weiterempfehlung freuen, oder erkläre Ihnen gerne vorab unser Vorgehen."),
], subject="Portfoliobewertung Series A")
c(W, "tailored_pitch", "en", "claim-chart tool, knows her litigation support work", [
    ("w_software", "2018-10-02 13:15", "Hi Johanna, in your talk at the IP Practitioners Forum you said claim charts for "
     "infringement opinions still take your team two days each. We built ClaimChart for small patent firms exactly for "
     "that: it aligns claim features with product documentation and exports a chart your client's litigators can use. "
     "Would you be willing to test it on one real case? Free for three months, your data stays on your server."),
    ("me", "2018-10-02 18:00", "Data on our server is the key point. Send me the technical requirements and I'll ask our IT."),
], subject="Claim charts in hours")
c(W, "tailored_pitch", "de", "Professor als Gutachter", [
    ("w_expert", "2018-11-13 16:00", "Sehr geehrte Frau Dr. Reischl, Prof. Graf meinte, Sie suchten für ein Nichtigkeitsverfahren "
     "einen Sachverständigen für Infusionspumpen. Das ist mein Forschungsgebiet seit 20 Jahren; ich habe bereits zwei "
     "Gutachten für das Bundespatentgericht erstellt. Mein Stundensatz liegt bei 220 €. Wenn Sie möchten, telefonieren "
     "wir kurz über den Fall."),
    ("me", "2018-11-14 09:00", "Vielen Dank, Herr Professor Wagner. Ich rufe Sie morgen um 10 an."),
], subject="Gutachten Infusionspumpen")

c(W, "tailored_pitch", "de", "IT-Sicherheit: Erfindungsmeldungen unverschlüsselt", [
    ("w_sec", "2018-05-08 09:20", "Sehr geehrte Frau Dr. Reischl, über das Kontaktformular auf reischl-vogt.de können Mandanten "
     "Erfindungsmeldungen hochladen – die Seite läuft aber noch ohne HTTPS, die Dateien gehen also unverschlüsselt über "
     "das Netz. Mit der DSGVO ab 25. Mai und der Verschwiegenheitspflicht ist das heikel. Ich betreue IT für drei Kanzleien "
     "in München und kann das kurzfristig umstellen. Ein Anruf genügt, auch wenn Sie es lieber mit Ihrem eigenen "
     "Dienstleister lösen."),
    ("me", "2018-05-08 10:05", "Danke für den Hinweis, das ist mir peinlich. Können Sie morgen vorbeikommen?"),
], subject="Kontaktformular ohne Verschlüsselung")
c(W, "tailored_pitch", "en", "Taiwanese associate citing shared client", [
    ("w_tw", "2018-09-11 05:10", "Dear Dr. Reischl, we act for Brightwell Optics in Taiwan and Mr Hendricks mentioned that you "
     "handle their European work. Since Brightwell plans to file its new lens family in TW and EP in parallel, it might "
     "help if our two firms aligned claim sets early. I'd be glad to introduce our team and send our flat-fee structure "
     "for Taiwanese filings originating from Europe."),
    ("me", "2018-09-11 13:00", "Dear Ms Chen, good idea. Let's set up a call with Tom next week."),
], subject="Brightwell Optics - coordination TW/EP")

# ================================================================= genuine
c(G, "client_call", "de", "Mandant will Anruf wegen Wettbewerberprodukt auf Messe", [
    ("client_fair", "2018-04-25 13:10", "Frau Reischl, wir stehen gerade auf der Hannover Messe und Lindgren zeigt ein Getriebe, "
     "das aussieht wie unseres. Können Sie heute noch zurückrufen? Fotos schicke ich gleich."),
    ("me", "2018-04-25 13:25", "Rufe Sie in 10 Minuten an. Bitte auch Prospekt mitnehmen."),
], subject="Hannover Messe – dringend")
c(G, "opposing_counsel", "de", "Gegenseite schlägt Vergleich vor", [
    ("opp_counsel", "2018-07-31 11:00", "Sehr geehrte Frau Kollegin, in Sachen Obermayr ./. Lindgren regt meine Mandantin ein "
     "Gespräch über eine Lizenzlösung an. Hätten Sie in der kommenden Woche Zeit für ein Telefonat unter Kollegen?"),
    ("me", "2018-07-31 15:00", "Sehr geehrter Herr Kollege Falk, ich bespreche das mit unserer Mandantin und melde mich bis Freitag."),
], subject="Obermayr ./. Lindgren – Vergleichsgespräch")
c(G, "associate_case", "en", "US associate asks to correct invoice", [
    ("us_assoc", "2017-12-05 16:45", "Hi Johanna, small thing: our accounts team says invoice 2017-318 lists the GB agent fee "
     "twice. Could you check and reissue?"),
    ("me", "2017-12-06 08:30", "Sorry Dan, you're right. Corrected invoice goes out today."),
], subject="Invoice 2017-318")
c(G, "inventor_quote", "de", "österreichische Erfinderin fragt: Gebrauchsmuster billiger?", [
    ("at_inventor", "2018-09-03 20:15", "Grüß Gott Frau Dr. Reischl, ich hab eine Halterung für Weidezäune erfunden und "
     "möchte sie in Deutschland und Österreich schützen. Ist ein Gebrauchsmuster billiger als ein Patent? Was würden "
     "Sie dafür verlangen?"),
    ("me", "2018-09-04 08:00", "Liebe Frau Gstöttner, ja, ein Gebrauchsmuster ist günstiger und schneller. Für DE rechnen Sie "
     "mit etwa 1.800 €. Für Österreich arbeite ich mit einem Kollegen in Linz. Rufen Sie mich gern an."),
], subject="Weidezaun-Halterung")
c(G, "internship", "de", "Student fragt nach Praktikum", [
    ("intern", "2018-01-24 17:00", "Sehr geehrte Frau Dr. Reischl, ich studiere Maschinenbau im 6. Semester an der TUM und "
     "interessiere mich für den Beruf des Patentanwalts. Bieten Sie ein Praktikum im Sommer an?"),
    ("me", "2018-01-25 09:00", "Lieber Herr Albrecht, ja, wir nehmen jeden Sommer eine Person für 6 Wochen. Schicken Sie gern "
     "Lebenslauf und Notenspiegel."),
], subject="Praktikum Sommer 2018")
c(G, "association", "de", "AIPPI Einladung Mitgliederversammlung", [
    ("aippi", "2018-02-27 10:30", "Liebe Frau Reischl, herzliche Einladung zur Mitgliederversammlung am 15. März mit anschließendem "
     "Vortrag zum Stand des Einheitspatents. Um Anmeldung wird gebeten."),
], subject="Mitgliederversammlung 15. März")
c(G, "congrats", "de", "Ehemaliger Kandidat gratuliert", [
    ("ex_trainee", "2018-01-08 09:30", "Liebe Johanna, gerade gelesen, dass du in die Prüfungskommission der Kammer berufen "
     "wurdest. Herzlichen Glückwunsch! Ohne deine Ausbildung wäre ich heute nicht selbstständig."),
    ("me", "2018-01-08 12:00", "Lieber Kai, das freut mich sehr! Wie läuft's bei dir?"),
], subject="Glückwunsch!")
c(G, "hiring", "de", "Fachangestellte: Zusage und Starttermin", [
    ("paralegal", "2018-07-02 10:00", "Liebe Frau Reischl, vielen Dank für das nette Gespräch! Ich nehme das Angebot sehr gerne an. "
     "Wäre ein Start am 1. September möglich?"),
    ("me", "2018-07-02 11:30", "Wunderbar, Frau Demir! 1. September passt, der Vertrag kommt per Post."),
], subject="Zusage")

c(G, "associate_case", "en", "US associate sends EP validation case", [
    ("us_assoc", "2017-08-08 15:30", "Hi Johanna, we have a new EP grant for our client Hartwell Robotics. Could you handle "
     "validation in DE, plus coordinate FR and GB through your usual agents? Grant date is 16 August, so the 3-month "
     "window is tight. Please send a fee estimate."),
    ("me", "2017-08-09 08:15", "Hi Dan, happy to. Estimate: EUR 1,950 for DE plus agent fees for FR and GB, roughly EUR 800 each. "
     "Please send the instruction letter."),
    ("us_assoc", "2017-08-09 16:00", "Instruction letter attached. Thanks as always!"),
], subject="Hartwell Robotics EP validation")
c(G, "associate_case", "en", "Japanese associate new PCT entry, spam folder", [
    ("jp_assoc", "2018-01-30 02:20", "Dear Dr. Reischl, we would like to instruct you to enter the European regional phase for "
     "PCT/JP2016/0xxxxx on behalf of our client. The 31-month deadline is 28 February 2018. The translation into English "
     "is attached. Kindly confirm receipt."),
    ("jp_assoc", "2018-02-06 02:10", "Dear Dr. Reischl, we have not yet received your confirmation. Could you kindly confirm "
     "by return, as the deadline approaches?"),
], subject="New instruction - EP regional phase entry", folder="SPAM")
c(G, "associate_case", "en", "Japanese associate, owner follows up after spam", [
    ("me", "2018-02-06 09:00", "Dear Ms Ishikawa, my apologies, your message was filtered. Confirmed: we will enter the regional "
     "phase well before 28 February and report the filing."),
    ("jp_assoc", "2018-02-06 10:30", "Thank you very much for your prompt reply."),
], subject="Confirmation - EP regional phase entry")
c(G, "associate_case", "en", "Korean associate asks for fee schedule and reciprocity", [
    ("kr_assoc", "2017-11-14 06:00", "Dear Johanna, good to see you at the AIPPI meeting. Our client is considering 6 new EP "
     "filings next year. Could you send your 2018 fee schedule? We can also discuss how we may refer German applicants "
     "to each other."),
    ("me", "2017-11-14 12:00", "Dear Min-jun, lovely to hear from you. Fee schedule attached. Let's talk by phone next week?"),
], subject="Fee schedule 2018", attachments={1: "https://www.linkedin.com/dms/rv-fees-2018.pdf"})
c(G, "associate_case", "en", "Israeli firm asks for opposition support", [
    ("il_assoc", "2018-06-26 09:00", "Dear Dr. Reischl, a colleague recommended you. Our client has received a notice of "
     "opposition at the EPO and the response is due in 4 months. Would you be able to take over representation? "
     "I'd be grateful for a call to discuss scope and fees."),
    ("me", "2018-06-26 14:00", "Dear Ms Ben-David, thank you for thinking of us. Please send the opposition brief; I'll review "
     "and call you on Thursday."),
], subject="EP opposition - request for representation")
c(G, "inventor_quote", "de", "Erfinder fragt nach Kosten", [
    ("inventor", "2018-02-19 19:45", "Grüß Gott Frau Reischl, ich habe eine Spannvorrichtung für Drehmaschinen entwickelt und "
     "möchte sie schützen lassen. Was kostet denn so eine Patentanmeldung ungefähr? Ich bin kein großer Betrieb."),
    ("me", "2018-02-20 08:30", "Sehr geehrter Herr Huber, für eine deutsche Anmeldung mit Ausarbeitung rechnen Sie mit ca. "
     "3.000-4.500 € plus Amtsgebühren. Gern bespreche ich das in einem kostenlosen Erstgespräch."),
    ("inventor", "2018-02-20 12:00", "Das ist fair. Passt Ihnen Montag?"),
    ("me", "2018-02-20 12:30", "Montag 14 Uhr in der Kanzlei."),
], subject="Anfrage Patentanmeldung")
c(G, "inventor_quote", "en", "startup CTO asks for offer", [
    ("startup", "2018-04-05 11:00", "Hi Dr. Reischl, we're a Munich startup building a sweat-based glucose sensor. Our investors "
     "want an IP strategy before closing. Could you send us an offer for an FTO analysis plus two priority filings?"),
    ("me", "2018-04-05 17:00", "Hi Priya, gladly. Could we have a call first so I understand the technology? Tomorrow 10am?"),
    ("startup", "2018-04-05 17:20", "Perfect, I'll send a dial-in."),
], subject="IP strategy - Sensalyte")
c(G, "court", "de", "Geschäftsstelle Landgericht: Terminverlegung", [
    ("clerk", "2018-05-22 10:10", "Sehr geehrte Frau Dr. Reischl, da wir Sie telefonisch nicht erreicht haben: Der Termin in "
     "Sachen Obermayr ./. Lindgren am 12.6. wird auf den 3.7., 9:30 Uhr, Sitzungssaal B 276, verlegt. Die Ladung geht "
     "Ihnen auch schriftlich zu."),
    ("me", "2018-05-22 11:00", "Vielen Dank für die Information, Frau Strasser."),
], subject="Terminverlegung 7 O 1234/17")
c(G, "former_colleague", "de", "Ex-Kollege (du), Vertretung im Urlaub", [
    ("excol", "2017-07-20 18:30", "Hi Johanna, ich bin im August drei Wochen weg. Könntest du wie letztes Jahr die Fristen "
     "für meine zwei Einspruchsfälle im Blick behalten? Revanchiere mich im Winter 🙂"),
    ("me", "2017-07-20 20:00", "Klar, schick mir die Aktenzeichen und Fristen."),
], subject="Urlaubsvertretung August")
c(G, "client_deadline", "de", "Mandant Frist Prüfungsantrag", [
    ("client_rd", "2018-03-13 08:00", "Frau Dr. Reischl, wir müssen bis wann entscheiden, ob wir für die Anmeldung zum "
     "Schlauchanschluss Prüfungsantrag stellen? Die Geschäftsführung will bis Ende Monat entscheiden."),
    ("me", "2018-03-13 09:15", "Herr Dr. Kessler, die Frist läuft am 18. April ab. Ende März ist also in Ordnung. Gebühr: 350 € "
     "Amtsgebühr plus unsere Pauschale."),
], subject="Prüfungsantrag Schlauchanschluss")
c(G, "client_deadline", "de", "Mandantin Obermayr: Einspruchsfrist", [
    ("client_ip", "2018-09-10 16:40", "Hallo Frau Reischl, die Einspruchsfrist gegen das Lindgren-Patent endet am 2. Oktober. "
     "Schaffen Sie die Begründung bis dahin oder sollen wir vorsorglich nur einlegen und nachreichen?"),
    ("me", "2018-09-10 18:00", "Wir schaffen die vollständige Begründung bis 28.9. Entwurf bekommen Sie am 21.9."),
    ("client_ip", "2018-09-11 07:30", "Sehr gut, danke."),
], subject="Einspruch Lindgren")
c(G, "client_deadline", "en", "UK client renewal deadline question", [
    ("client_en", "2017-10-17 12:00", "Hi Johanna, our finance team wants to drop four German patents from the portfolio. "
     "Can we simply not pay the next renewal, or do we need to file something? Renewal is due end of November."),
    ("me", "2017-10-17 15:30", "Hi Tom, you can let them lapse by non-payment, no filing needed. I'd suggest a short call first "
     "to check none are licensed."),
], subject="Lapsing German patents")
c(G, "hiring", "de", "Bewerbung als Patentanwaltskandidatin", [
    ("kandidat", "2018-01-15 20:00", "Sehr geehrte Frau Dr. Reischl, ich habe in Festkörperphysik promoviert und möchte die "
     "Ausbildung zur Patentanwältin beginnen. Bilden Sie aktuell aus? Ich würde mich über ein Gespräch sehr freuen."),
    ("me", "2018-01-16 08:30", "Liebe Frau Dr. Hofbauer, ja, ab Herbst. Senden Sie bitte Ihre Unterlagen an bewerbung@reischl-vogt.de."),
], subject="Ausbildung zur Patentanwältin")
c(G, "hiring", "de", "Fachangestellte fragt nach Gehalt", [
    ("paralegal", "2018-06-04 12:30", "Guten Tag Frau Reischl, ich habe Ihre Stellenanzeige gesehen. Wie hoch wäre das Gehalt "
     "ungefähr, und ist Teilzeit (30 Std.) möglich? Ich arbeite seit 6 Jahren in einer Patentkanzlei."),
    ("me", "2018-06-04 17:00", "Hallo Frau Demir, Teilzeit ist möglich, das Gehalt liegt je nach Erfahrung bei 3.300-3.800 € "
     "brutto (Vollzeit). Ich freue mich auf Ihre Bewerbung."),
], subject="Stelle Patentanwaltsfachangestellte")
c(G, "thanks", "de", "Dank nach Kammerseminar 1/3", [
    ("seminar1", "2018-10-19 17:00", "Liebe Frau Dr. Reischl, vielen Dank für Ihr Seminar zur Anspruchsformulierung heute – "
     "sehr praxisnah und hilfreich!"),
], subject="Seminar Anspruchsformulierung")
c(G, "thanks", "de", "Dank nach Kammerseminar 2/3", [
    ("seminar2", "2018-10-19 18:20", "Sehr geehrte Frau Dr. Reischl, herzlichen Dank für Ihr heutiges Seminar zur "
     "Anspruchsformulierung – sehr praxisnah und hilfreich."),
    ("me", "2018-10-20 09:00", "Danke Ihnen, freut mich!"),
], subject="Danke für das Seminar")
c(G, "thanks", "de", "Dank nach Kammerseminar 3/3", [
    ("seminar3", "2018-10-20 08:10", "Vielen Dank für das Seminar gestern, Frau Reischl, war sehr praxisnah!"),
])
c(G, "event_invite", "de", "Kammer: Einladung als Referentin", [
    ("kammer", "2018-04-16 10:00", "Liebe Frau Dr. Reischl, hätten Sie Interesse, im Herbst wieder das Seminar zur "
     "Anspruchsformulierung für Kandidatinnen und Kandidaten zu halten? Honorar wie im Vorjahr 600 €."),
    ("me", "2018-04-16 14:00", "Sehr gern, Frau Dr. Kolb. Bitte schicken Sie mir mögliche Termine."),
], subject="Seminar Herbst 2018")
c(G, "event_invite", "en", "conference speaker invitation", [
    ("conf", "2018-05-02 09:45", "Dear Johanna, we'd be honoured if you would speak on the panel 'Claim translation as a "
     "litigation risk' at our Munich conference on 27 September. Speakers receive a complimentary pass. Could we have "
     "a 15-minute call to discuss the panel?"),
    ("me", "2018-05-02 12:10", "Dear Richard, delighted to. Friday 11am works."),
], subject="Speaking invitation - IP Practitioners Forum")
c(G, "journalist", "de", "Fachjournalist bittet um Einschätzung", [
    ("journo", "2018-03-21 11:30", "Sehr geehrte Frau Dr. Reischl, ich schreibe für die IP Rundschau über die Verzögerung des "
     "Einheitspatents nach der Verfassungsbeschwerde. Hätten Sie Zeit für ein kurzes Telefonat bis Donnerstag?"),
    ("me", "2018-03-21 13:00", "Gern, morgen 16 Uhr."),
], subject="Einheitspatent – Anfrage")
c(G, "colleague", "de", "Partner Vogt: Kapazität und Mandat (du)", [
    ("partner", "2018-06-27 19:00", "Johanna, die Israel-Sache klingt gut, aber haben wir im Herbst Kapazität? Ich hab das "
     "Lindgren-Verfahren und zwei Nichtigkeitsklagen. Sollen wir Florian als freien Mitarbeiter fragen?"),
    ("me", "2018-06-27 20:30", "Gute Idee, ich ruf ihn morgen an."),
], subject="Kapazität Herbst")
c(G, "existing_vendor", "en", "existing annuity provider about fee change", [
    ("annuity_ok", "2017-12-14 10:00", "Dear Dr. Reischl, as your annuity provider, I wanted to let you know personally that our "
     "service fee per renewal will change from EUR 38 to EUR 42 from 1 March 2018. Your current portfolio of 412 cases "
     "is not affected until then. Happy to discuss on a call."),
    ("me", "2017-12-14 16:00", "Thank you for the advance notice. Please send the new contract terms to our office manager."),
], subject="Service fee 2018")
c(G, "existing_vendor", "en", "existing translation agency about delivery", [
    ("transl_ok", "2018-08-07 04:30", "Dear Dr. Reischl, the Japanese translation for your file RV-2291 will be delivered on "
     "Friday instead of Thursday because the claims were longer than quoted. The price remains as offered."),
    ("me", "2018-08-07 08:00", "Friday is fine, thank you."),
], subject="Delivery RV-2291")
c(G, "intro", "de", "Professorin stellt Gründer vor", [
    ("intro", "2018-07-09 14:00", "Liebe Johanna, darf ich dir Leon Ziegler vorstellen? Er hat bei mir promoviert und gründet "
     "gerade mit einer Mikrofluidik-Plattform. Er braucht dringend jemanden, der sich um Patente kümmert."),
    ("intro_t", "2018-07-09 16:45", "Vielen Dank, Frau Graf! Frau Reischl, hätten Sie nächste Woche Zeit für ein erstes "
     "Gespräch? Wir wollen vor einer Konferenz im September anmelden."),
    ("me", "2018-07-10 08:00", "Gern, Herr Ziegler. Mittwoch 15 Uhr bei uns?"),
], subject="Vorstellung Ziegler Microfluidics")
c(G, "associate_case", "de", "Schweizer Kollege, Vollmacht", [
    ("ch_assoc", "2018-02-02 09:00", "Grüezi Johanna, für die Anmeldung unseres Mandanten beim DPMA brauche ich noch eure "
     "unterschriebene Vollmacht zurück. Schaffst du das bis Dienstag?"),
    ("me", "2018-02-02 11:00", "Grüezi Beat, geht heute raus."),
], subject="Vollmacht DPMA")
c(G, "friend", "de", "Ex-Kollegin beim EPA, privat", [
    ("alumni", "2018-12-17 21:00", "Liebe Johanna, schöne Weihnachten! Trinken wir im Jänner mal wieder einen Kaffee? Ich bin "
     "jetzt in der Beschwerdekammer-Geschäftsstelle, muss dir erzählen."),
    ("me", "2018-12-18 07:30", "Unbedingt! Dir auch frohe Weihnachten."),
], subject="Weihnachten & Kaffee")
c(G, "client_deadline", "mixed", "UK client, mixed German phrases, opposition deadline", [
    ("client_en", "2018-11-27 10:00", "Hi Johanna, our German subsidiary forwarded a 'Mitteilung nach Regel 79(1) EPÜ' - "
     "they say it has a Frist? Is this urgent and what would the response cost?"),
    ("me", "2018-11-27 11:30", "Hi Tom, yes: it's the invitation to reply to an opposition, 4 months from 20 November. "
     "Not urgent this week, but a response would be in the range of EUR 6,000-9,000. Let's talk Thursday."),
], subject="Mitteilung Regel 79")
c(G, "inventor_quote", "de", "Erfinder folgt nach Erstgespräch mit Auftrag", [
    ("inventor", "2018-03-02 18:00", "Frau Reischl, nach unserem Gespräch möchte ich die Anmeldung machen. Wie gehts jetzt weiter?"),
    ("me", "2018-03-05 08:00", "Herr Huber, ich schicke Ihnen heute Auftragsbestätigung und Fragebogen zur Erfindung."),
], subject="Auftrag Spannvorrichtung")

ex.write(OUT, {
    "First Name": "Johanna", "Last Name": "Reischl",
    "Headline": "Patentanwältin | European Patent Attorney | Partnerin bei Reischl Vogt Patentanwälte, München",
    "Summary": "Patente, Gebrauchsmuster und Designs für Maschinenbau, Antriebstechnik und Medizintechnik. "
               "Einsprüche und Nichtigkeitsverfahren. English and German.",
    "Industry": "Legal Services", "Geo Location": "München, Bayern, Deutschland",
    "Websites": "[COMPANY:www.reischl-vogt.de]",
}, [
    {"Company Name": "Reischl Vogt Patentanwälte", "Title": "Partnerin",
     "Description": "Patentanmeldungen, Einspruch, Nichtigkeit; Maschinenbau und Medizintechnik.",
     "Location": "München", "Started On": "Jan 2010", "Finished On": ""},
    {"Company Name": "Baumeister Patentanwälte", "Title": "Patentanwältin", "Description": "",
     "Location": "München", "Started On": "Sep 2005", "Finished On": "Dec 2009"},
], ["Patentrecht", "Patent Prosecution", "EPO Oppositions", "Medizintechnik", "Maschinenbau", "Claim Drafting"])
print(ex.summary())

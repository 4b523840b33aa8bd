"""dev25 persona (written blind as heldout31, session 4): heldout31 persona 3: freelance cloud architect in Vienna (agencies and banks).

Written blind to the detector code (session 4). 2026 export layout, Austrian German and English
about half and half. Run it to regenerate ../mixed-cloud-architect-freelancer-vienna byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-cloud-architect-freelancer-vienna"
OWNER = Person("me", "Katharina Hölzl", "https://www.linkedin.com/in/katharina-hoelzl-cloud",
               "Hölzl Cloud Architecture e.U.", "Freelance Cloud Architect")

e = Export(SLUG, "2026", OWNER)
P = e.person

# ------------------------------------------------------------------ genuine contacts
P("bank1", "Mag. Stefan Pichler", "Donauländische Privatbank AG", "Head of Platform Engineering", connected="2022-03-14")
P("agency", "Verena Hackl", "Nordlicht IT Staffing Wien", "Key Account Managerin", connected="2020-05-05")
P("rec_en", "Oliver Grant", "Bridgeway Tech Contracting", "Senior Recruiter, DACH contracts", connected="2025-09-01")
P("fintech", "Mira Okonkwo-Lang", "Paylane", "CTO & Co-founder", connected="2025-11-20")
P("versich", "DI Harald Steiner", "Westbahn Versicherung AG", "IT-Architekt", connected="2025-10-02")
P("peer", "Florian Gruber", "", "Freelance Kubernetes & Security Engineer", connected="2019-09-09")
P("cowork", "Sabrina Lechner", "Coworking Neubau", "Community Managerin", connected="2023-01-09")
P("meetup", "Ravi Subramanian", "Vienna Cloud Native Meetup", "Organiser", connected="2021-06-17")
P("ty1", "Jana Novak", "", "DevOps Engineer", connected="2026-02-12")
P("ty2", "Thomas Bauer", "Alpenkredit Bank", "Cloud Engineer", connected="2026-02-12")
P("ty3", "Elif Demir", "", "Platform Engineer", connected="2026-02-13")
P("excoll", "Markus Wallner", "Stadtsparkasse Ostmark", "Bereichsleiter IT-Infrastruktur", connected="2016-02-01")
P("stb", "Mag. Andrea Fuchs", "Fuchs Steuerberatung", "Steuerberaterin", connected="2018-01-15")
P("longcoll", "Bernhard Koller", "Donauländische Privatbank AG", "Senior Network Engineer", connected="2014-07-07")
P("ciso", "Dr. Claire Dubois", "Banque Rhodanienne", "CISO")
P("junior", "Nikola Petrović", "", "Junior Cloud Engineer, FH Technikum Wien graduate", connected="2026-01-05")
P("sub", "Lisa Kainz", "", "Freelance Terraform Engineer", connected="2022-10-10")
P("agency_en", "Hendrik de Vries", "CloudPeople Consulting", "Delivery Manager", connected="2023-04-20")
P("journo", "Martina Haider", "Wiener Tagblatt Digital", "Technologie-Redakteurin", connected="2025-12-01")
P("friend", "Resi Brandstetter", "", "Grafikerin", connected="2012-09-01")
P("nlbank", "Pieter Janssen", "Hollandse Spaarbank", "Engineering Manager", connected="2024-06-03")
P("bank2", "Ing. Doris Haas", "Alpenkredit Bank", "Einkauf IT-Dienstleistungen", connected="2024-02-02")
P("cfp", "Sarah Lindholm", "CloudConf Europe", "Programme Committee", connected="2024-09-09")
P("training", "Gerald Moser", "ITakademie Wien", "Programmleiter", connected="2021-03-03")
P("mentee", "Amara Osei", "", "Cloud Support Associate", connected="2025-05-05")
P("oldclient", "Ing. Peter Brunner", "Tiroler Energiehandel", "IT-Leiter", connected="2021-08-08")
P("stamm1", "Lukas Wimmer", "", "Freelance Data Engineer", connected="2017-04-04")
P("stamm2", "Anja Pöll", "", "Freelance Scrum Master", connected="2018-04-04")
P("partner", "Jessica Mayer", "Kubera Platform", "Partner Manager DACH", connected="2024-11-11")
P("makler", "Christoph Reiter", "Reiter Versicherungsmakler", "Versicherungsmakler", connected="2019-03-03")
P("refer", "Owen Fitzgerald", "", "Freelance AWS Architect, Dublin", connected="2022-02-22")
P("co_org", "Michaela Strobl", "Vienna Cloud Native Meetup", "Co-Organiserin", connected="2022-06-06")
P("fh", "FH-Prof. DI Wolfgang Eder", "FH Technikum Wien", "Studiengangsleiter Cloud Computing", connected="2020-10-10")
P("classmate", "Sebastian Ortner", "", "SRE at a streaming company", connected="2011-06-30")

# ------------------------------------------------------------------ wanted pitches
P("w_finops", "Daniel Kerr", "Tagwise", "Founding Engineer")
P("w_policy", "Johanna Eberl", "Guardrail Labs", "Solutions Engineer DACH", connected="2026-02-13")
P("w_rec", "Priya Sandhu", "Helix Contracting", "Principal Consultant, Cloud Platforms", connected="2026-03-02")
P("w_stb", "Mag. Georg Url", "Url & Partner Steuerberatung", "Steuerberater für IT-Freelancer")
P("w_tender", "Martin Holub", "Holub Consulting", "Bid Manager öffentliche Vergaben", connected="2025-12-15")
P("w_law", "Dr. Eva Schachner", "Schachner Rechtsanwälte", "Rechtsanwältin, Arbeits- und Sozialversicherungsrecht")
P("w_cowork", "Benedikt Auer", "Haus der Stille Coworking", "Gründer")
P("w_train", "Rachel Ng", "Cloudsmith Academy", "Curriculum Lead")
P("w_direct", "Ing. Karin Wolf", "Direktvermittlung Wolf", "Inhaberin")
P("w_cyber", "Tobias Lindner", "Lindner Insurance Brokers", "Specialist, IT professional indemnity")
P("w_writer", "Grace O'Neill", "", "Freelance technical writer (cloud & DevOps)")
P("w_ops", "Matthias Hofer", "", "Freelance Kubernetes Operations")

# ------------------------------------------------------------------ junk senders
P("t1", "Ashley Moore", "TopTalent Cloud Network", "Talent Community Lead")
P("t2", "Ben Schmidt", "EliteDev Collective", "Partnerships")
P("t3", "Sofia Romano", "FreelanceForce", "Community Manager")
P("t4", "Tyler Brooks", "CloudExperts Hub", "Head of Talent")
P("t5", "Manuel Berger", "ProjektPool Austria", "Talent Acquisition")
P("mt1", "Ryan Cole", "OutboundIQ", "SDR")
P("mt2", "Julia Weiß", "TechLeads Vertrieb", "Vertrieb")
P("mt3", "Kevin Duarte", "Nearshore Devs", "Account Manager")
P("spon1", "CloudSecure One", url="https://www.linkedin.com/company/cloudsecure-one")
P("spon2", "Executive Campus Wien", url="https://www.linkedin.com/company/executive-campus-wien")
P("award", "Lauren Fisk", "Top 100 Cloud Leaders DACH", "Awards Team")
P("feature", "Dietmar Kogler", "Österreichs Digitale Köpfe", "Redaktion & Partnerschaften")
P("podpay", "Jake Morrison", "The Tech Founders Show", "Guest Booking")
P("migrate", "Anton Huber", "SkyShift Migration GmbH", "Sales Manager")
P("capacity", "Priyanka Rao", "CodeBridge Offshore", "Business Development")
P("likeminded", "Marco Steiner", "", "Entrepreneur | Visionär | Speaker")
P("call15", "Natalie Ford", "PeopleOps HR Suite", "Account Executive")
P("ctp1", "Daniel Wieser", "Wieser Wealth", "Finanzcoach",
  connected="2026-01-19", invite=("IN", "2026-01-18 21:30", "Servus Katharina, ich vernetz mich gern mit Selbstständigen in Wien!"))
P("ctp2", "Hannah Price", "LaunchPad Personal Branding", "Brand Strategist",
  connected="2026-03-09", invite=("IN", "2026-03-08 10:10", "Loved your post, would love to connect!"))
P("ctp3", "Stefan Hölbling", "ImmoInvest Wien", "Anlageberater",
  connected="2025-11-03", invite=("IN", "2025-11-02 18:00", ""))
P("bump1", "Chris Walker", "LeadStream", "Growth Consultant")
P("bump2", "Sandra Kern", "DigiMarketing Wien", "Beraterin")
P("crypto", "Viktor Lang", "Quantum Yield", "Investment Advisor")
P("furniture", "Petra Zach", "Homeoffice Profi", "Vertrieb")
P("fluent", "Lars Eriksen", "Synapse Automation", "Head of Growth")
P("genfinops", "Michael Dunn", "CostCutter Cloud", "Sales")
P("gensec", "Andreas Rauch", "SecureIT Solutions", "Vertrieb")
P("genrec", "Kimberly Ross", "Global IT Recruiters", "Recruiter")
P("genstb", "Lena Aigner", "SteuerSmart", "Beraterin")
P("gentender", "Paul Ebner", "Ausschreibungs-Alarm", "Kundenbetreuung")
P("gencowork", "Tanja Rieger", "FlexDesk Offices", "Sales")
P("gentrain", "Sam Patel", "CertFast", "Learning Advisor")
P("webdesign", "Florian Novak", "Pixelwerk", "Webdesigner")
P("coach", "Bianca Hofmann", "", "Business Coach für Selbstständige")
P("mba", "Kurt Feldner", "Leasing Austria Direkt", "Verkaufsberater")


def c(label: str, category: str, language: str, note: str, *messages: tuple[str, str, str],
      **options: object) -> None:
    e.conv(label, category, language, note, list(messages), **options)


# ================================================================== genuine (35)
c("genuine", "client_quote_request", "de", "Bankkunde fragt Angebot für Landing-Zone-Erweiterung an",
  ("bank1", "2026-01-13 09:10", "Servus Katharina, wir müssen die Landing Zone heuer um zwei Accounts für das Zahlungsverkehrsteam erweitern, inkl. Netzwerk-Anbindung ans RZ. Kannst du mir bis Ende Jänner ein Angebot schicken, Aufwand in Tagen und Tagsatz? Einkauf will es diesmal als Werkvertrag."),
  ("me", "2026-01-13 11:30", "Hallo Stefan, gerne. Ich schätz das auf 12-15 PT, schick dir bis Freitag ein sauberes Angebot mit Meilensteinen. Als Werkvertrag brauch ich eine klar abgegrenzte Abnahme, das schreib ich rein."),
  ("bank1", "2026-01-13 11:45", "Passt, danke dir!"),
  ("me", "2026-01-16 17:20", "Angebot anbei. 14 PT à 1.150 €, Abnahme nach Meilenstein 2 und 3."),
  attachments={3: "https://www.linkedin.com/dms/angebot-landing-zone-2026.pdf"})
c("genuine", "agency_contract_rate", "de", "Vermittlungsagentur: Verlängerung und Tagsatz",
  ("agency", "2026-02-02 10:00", "Hallo Katharina, die Donaubank möchte dich bis Ende September verlängern. Sie würden gern beim aktuellen Tagsatz bleiben. Ich weiß, du wolltest ab heuer mehr. Was ist deine Schmerzgrenze?"),
  ("me", "2026-02-02 12:15", "Hallo Verena, 1.050 statt 980, das ist seit zwei Jahren gleich und die Inflation war nicht ohne. Bei 1.020 könnt ich mitgehen, wenn die Laufzeit fix ist."),
  ("agency", "2026-02-03 15:40", "Ich hab 1.030 rausverhandelt, Laufzeit fix bis 30.9. Vertrag kommt morgen."),
  ("me", "2026-02-03 16:00", "Super, danke dir!"))
c("genuine", "recruiter_engaged", "en", "recruiter she engaged about a Munich insurer contract",
  ("rec_en", "2025-09-02 09:00", "Hi Katharina, thanks for the call yesterday. As discussed, the Munich insurer is happy with 90% remote and one week onsite per quarter. They're at EUR 115/hour, you mentioned 125. Shall I go back with 122 and a 9-month term?"),
  ("me", "2025-09-02 10:20", "Hi Oliver, yes, 122 with 9 months is fine. Please make sure the contract is with your company, not me directly with them, for the AÜG topic."),
  ("rec_en", "2025-09-02 10:35", "Understood, will confirm by end of day."))
c("genuine", "inbound_lead_buy", "en", "fintech CTO wants her to review AWS architecture",
  ("fintech", "2025-11-21 08:30", "Hi Katharina, a friend at Donaubank recommended you. We're a 20-person payments startup and the regulator wants an independent review of our AWS setup before we get our licence extension. Would you have capacity for a 5-day architecture review in January? What would that cost roughly?"),
  ("me", "2025-11-21 10:00", "Hi Mira, yes, January works. A 5-day review with written report is usually around 6k plus VAT. Happy to do a 30-min call to scope, Tuesday or Wednesday?"),
  ("fintech", "2025-11-21 10:15", "Wednesday 11 works. Sending an invite."))
c("genuine", "inbound_lead_quote", "de", "Versicherung will Azure-Migrationsworkshop",
  ("versich", "2025-10-03 14:00", "Guten Tag Frau Hölzl, wir planen die Migration unseres Partnerportals nach Azure und suchen jemanden für einen zweitägigen Architektur-Workshop mit unserem Team. Kollegen haben Sie empfohlen. Könnten Sie uns ein Angebot legen?"),
  ("me", "2025-10-03 16:30", "Grüß Gott Herr Steiner, sehr gerne. Darf ich vorher 20 Minuten mit Ihnen telefonieren, um Ziel und Teilnehmerkreis zu klären? Dann schick ich Ihnen das Angebot innerhalb von zwei Tagen."),
  ("versich", "2025-10-06 09:00", "Gern, Donnerstag 10 Uhr?"))
c("genuine", "peer_joint_offer", "de", "Freelancer-Kollege schlägt gemeinsames Angebot vor",
  ("peer", "2025-12-04 19:00", "Hey Kathi, die Alpenkredit schreibt ein Cloud-Security-Assessment aus, Architektur + Kubernetes-Hardening. Allein ist das für uns beide zu groß. Gemeinsames Angebot? Ich mach K8s und Security, du die Architektur. Tagsatz würd ich einheitlich machen, sonst wirkt's komisch. 1.100?"),
  ("me", "2025-12-04 20:30", "Flo, bin dabei. 1.100 passt. Wer macht den Hauptauftragnehmer? Ich hab die Rahmenvereinbarung mit denen schon, wär einfacher über mich."),
  ("peer", "2025-12-04 20:35", "Perfekt, dann über dich. Melange am Montag im Café Sperl?"),
  ("me", "2025-12-04 20:36", "Passt, 9 Uhr."))
c("genuine", "vendor_price_change", "de", "Coworking-Space kündigt Preiserhöhung an",
  ("cowork", "2026-02-24 11:00", "Liebe Katharina, ab 1. April passen wir die Preise an: Fixdesk von 290 auf 320 € im Monat. Als Mitglied seit 2023 kannst du bis Ende März zum alten Preis für 12 Monate verlängern. Sag Bescheid, ob du das möchtest!"),
  ("me", "2026-02-24 12:30", "Hallo Sabrina, ja bitte, 12 Monate zum alten Preis. Danke für die Vorwarnung!"))
c("genuine", "event_speaker_invite", "en", "meetup organiser invites her to speak",
  ("meetup", "2026-01-07 18:00", "Hi Katharina, happy new year! Would you give a talk at our February meetup? Something on policy-as-code in regulated environments would be perfect, people keep asking about banks. 30 mins, at the usual place in the 3rd district."),
  ("me", "2026-01-08 08:30", "Hi Ravi, happy new year! Yes, I'd love to. Title: 'Guardrails without tears: policy-as-code at a bank'. 11 Feb?"),
  ("meetup", "2026-01-08 08:45", "11 Feb it is. 🙌"))
c("genuine", "thanks_after_event", "en", "thanks after her meetup talk (1 of 3)",
  ("ty1", "2026-02-11 22:10", "Hi Katharina, thanks for your talk tonight! The bit about rolling out policies in audit mode first was super useful. Greetings from Brno 🙂"))
c("genuine", "thanks_after_event", "de", "Dank nach Meetup-Vortrag (2 von 3)",
  ("ty2", "2026-02-11 22:40", "Hallo Katharina, danke für deinen Vortrag heute! Besonders das mit dem Audit-Modus zuerst war super hilfreich. Schöne Grüße, Thomas"),
  ("me", "2026-02-12 08:10", "Danke Thomas, freut mich! Grüß mir die Kollegen in der Alpenkredit."))
c("genuine", "thanks_after_event", "en", "thanks after her meetup talk (3 of 3)",
  ("ty3", "2026-02-12 09:05", "Thanks for the talk yesterday Katharina, super helpful, especially starting policies in audit mode. Would you share the slides?"),
  ("me", "2026-02-12 09:30", "Thanks Elif! Slides are on the meetup page now."))
c("genuine", "owner_started_outreach", "de", "Inhaberin fragt Ex-Kollegen, ob er Unterstützung braucht",
  ("me", "2025-11-10 09:00", "Hallo Markus, lang ist's her! Ich hab gehört, ihr zieht das Kernbanken-Umfeld teilweise in die Cloud. Ich hätte ab Februar wieder Kapazität, falls ihr Unterstützung bei der Architektur braucht. Auf einen Kaffee?"),
  ("excoll", "2025-11-11 12:30", "Servus Katharina! Ja, tatsächlich, wir suchen gerade. Kaffee gern, nächste Woche Dienstag bei uns am Schwarzenbergplatz?"),
  ("me", "2025-11-11 13:00", "Dienstag passt, 10 Uhr?"))
c("genuine", "owner_started_advisor", "de", "Inhaberin fragt Steuerberaterin nach Reverse Charge",
  ("me", "2025-09-15 17:00", "Liebe Andrea, kurze Frage: der Münchner Kunde läuft über eine deutsche Agentur, die Rechnung geht nach Deutschland. Reverse Charge, und brauch ich da sonst noch was?"),
  ("stb", "2025-09-16 08:40", "Hallo Katharina, ja Reverse Charge, UID vom Kunden auf die Rechnung, Hinweis 'Übergang der Steuerschuld'. Und denk an die ZM. Kostet dich bei mir nix extra, ist im Pauschale."))
c("genuine", "long_standing_colleague", "de", "langjähriger Ex-Kollege, seit Jahren Kontakt",
  ("longcoll", "2019-12-20 16:00", "Frohe Weihnachten Kathi! Ohne dich ist das Team fad."),
  ("me", "2019-12-20 18:00", "Frohe Weihnachten Berni! Punsch im Jänner?"),
  ("longcoll", "2024-06-14 12:00", "Gratuliere zum Auftrag bei uns, dann sehen wir uns ja wieder im Büro 😄"),
  ("me", "2024-06-14 12:20", "Haha, ja, dann gibt's wieder Leberkässemmel am Freitag."),
  ("longcoll", "2026-03-02 08:30", "Kathi, weißt du noch wer damals die Firewall-Regeln fürs DR-Rechenzentrum gemacht hat? Der Auditor fragt."),
  ("me", "2026-03-02 08:50", "Das war der Gerhard, 2017. Doku liegt im alten Confluence-Space NET-DR."))
c("genuine", "client_spam_folder", "en", "bank CISO wants a follow-up meeting, landed in SPAM",
  ("ciso", "2026-03-18 16:45", "Dear Ms Hölzl, my colleague Stefan Pichler told me about your work on their cloud guardrails. We are preparing our DORA register of ICT third-party risks and I would value a one-hour conversation about how you set up the evidence collection. We would of course pay for your time. Would you have a slot in April?"),
  folder="SPAM")
c("genuine", "job_applicant", "en", "junior engineer wants to work with her",
  ("junior", "2026-01-06 19:20", "Hi Katharina, I attended your guest lecture at FH Technikum last semester and I just graduated. I'd love to work as a junior on one of your projects, even part-time, to learn how architecture works in banks. I have AWS SAA and some Terraform experience. Would you be open to that?"),
  ("me", "2026-01-07 08:50", "Hi Nikola, congrats on graduating! I work alone mostly, but a colleague's consultancy is hiring juniors. Can I forward your CV to him?"),
  ("junior", "2026-01-07 09:05", "Yes, that would be amazing, thank you!"))
c("genuine", "owner_hiring_subcontractor", "de", "Inhaberin holt Subunternehmerin dazu, Tagsatz",
  ("me", "2026-01-20 10:00", "Hallo Lisa, ich hab den Landing-Zone-Auftrag bei der Privatbank bekommen und bräuchte dich für ca. 6 PT Terraform-Module. Ab 9. Februar, remote. 850 € Tagsatz ok?"),
  ("sub", "2026-01-20 13:20", "Hi Katharina, gern! 900 wären mir lieber, ich hab grad viele Anfragen. Treffen wir uns bei 875?"),
  ("me", "2026-01-20 13:45", "875 passt. Ich schick dir den Subunternehmervertrag."))
c("genuine", "agency_existing_project", "en", "agency delivery manager asks availability for bank project",
  ("agency_en", "2025-10-20 11:00", "Hi Katharina, we have a Dutch bank looking for a cloud architect for their Azure landing zone refresh, starting March, 3 days a week remote. Same setup as last time with us. Are you available? Rate would be in line with your last contract."),
  ("me", "2025-10-20 12:10", "Hi Hendrik, possibly, I'm fully booked until end of February. 3 days from March could work. Send me the details please."))
c("genuine", "media_request", "de", "Journalistin fragt zu Cloud-Souveränität",
  ("journo", "2025-12-02 10:30", "Hallo Frau Hölzl, ich schreibe über Cloud-Souveränität bei österreichischen Banken. Hätten Sie morgen 15 Minuten für ein Telefonat? Gern auch anonym als 'eine Architektin, die für mehrere Banken arbeitet'."),
  ("me", "2025-12-02 11:00", "Hallo Frau Haider, gern, aber bitte ohne Kundennamen. Morgen 14 Uhr?"))
c("genuine", "friend", "de", "Freundin, Heuriger",
  ("friend", "2025-09-26 17:00", "Oida, Heuriger am Sonntag? Der in Nussdorf hat wieder offen, Sturm gibt's auch noch 🍇"),
  ("me", "2025-09-26 17:20", "Jaaa. Bin dabei, aber erst ab 3, vorher Laufrunde."),
  ("friend", "2025-09-26 17:21", "Streberin. 3 Uhr bei der Straßenbahn-Endstation."))
c("genuine", "client_incident", "en", "Dutch bank client, postmortem scheduling",
  ("nlbank", "2025-07-09 08:15", "Hi Katharina, about yesterday's outage of the private endpoint: can you join the postmortem on Thursday 14:00 CET? Your input on the DNS design would be valuable."),
  ("me", "2025-07-09 08:40", "Hi Pieter, yes. I already have a theory about the conditional forwarder, will bring a diagram."))
c("genuine", "client_invoice", "de", "Bank-Einkauf fragt nach Zahlungsziel und Rechnung",
  ("bank2", "2026-02-10 13:00", "Sehr geehrte Frau Hölzl, für die Rechnung Jänner benötigen wir noch die Bestellnummer 4500-2211 auf der Rechnung. Bitte auch 30 Tage Zahlungsziel statt 14, gemäß Rahmenvertrag."),
  ("me", "2026-02-10 14:30", "Guten Tag Frau Haas, ich schicke die korrigierte Rechnung heute noch. Laut Rahmenvertrag §7 sind es übrigens 21 Tage, aber ich schreib gern 30 hin, kein Problem."))
c("genuine", "event_cfp_accepted", "en", "conference programme committee accepts her talk",
  ("cfp", "2026-03-05 15:00", "Dear Katharina, congratulations, your talk 'DORA for platform teams' has been accepted for CloudConf Europe in Copenhagen. Please confirm by 15 March. Travel and hotel are covered for speakers."),
  ("me", "2026-03-05 16:20", "Wonderful, confirmed! Thank you."))
c("genuine", "training_rate_change", "de", "Trainingsanbieter, bei dem sie unterrichtet: neuer Trainerhonorar-Satz",
  ("training", "2025-12-10 09:30", "Hallo Katharina, für 2026 können wir das Trainerhonorar auf 980 € pro Tag anheben (bisher 900). Bleibst du bei den Terraform-Kursen dabei? Termine wären März, Juni und Oktober."),
  ("me", "2025-12-10 10:30", "Hallo Gerald, danke, ja! März und Oktober fix, Juni muss ich schauen."))
c("genuine", "mentee", "en", "mentee asks for CV review",
  ("mentee", "2025-08-18 21:00", "Hi Katharina, sorry to bother you. I'm applying for my first cloud engineer role. Could you look at my CV? It's 2 pages, I think it's too long."),
  ("me", "2025-08-19 07:45", "Hi Amara, never a bother. Send it over, I'll give you comments by Thursday."),
  ("mentee", "2025-08-19 07:50", "Thank you so much 🙏"))
c("genuine", "reference_request", "de", "ehemaliger Kunde, Referenz für Ausschreibung",
  ("me", "2025-12-08 09:00", "Grüß Gott Herr Brunner, ich bewerbe mich bei einer Ausschreibung und bräuchte eine Referenz für das Azure-Projekt 2022. Darf ich Sie als Ansprechpartner angeben?"),
  ("oldclient", "2025-12-08 11:30", "Griaß di Katharina, selbstverständlich! Gib mich an, und sag mir, wenn jemand anruft."))
c("genuine", "peer_group_chat", "de", "Freelancer-Stammtisch Gruppenchat",
  ("stamm1", "2026-01-28 18:00", "Stammtisch am Donnerstag? Vorschlag: Beisl in der Josefstadt, Schnitzel ist groß genug für alle 😄"),
  ("stamm2", "2026-01-28 18:30", "Bin dabei. Kann wer was zur SVS-Nachbemessung sagen? Ich hab einen Schock gekriegt."),
  ("me", "2026-01-28 19:00", "Dabei! Und Anja: ja, bring den Bescheid mit, wir schauen's uns an."),
  title="Wiener Freelancer-Stammtisch")
c("genuine", "vendor_partner_existing", "en", "cloud vendor partner manager invites her to advisory board",
  ("partner", "2026-02-17 10:00", "Hi Katharina, we're forming a small partner advisory board for DACH, 6 freelancers and boutiques, two calls a year. Your feedback on our policy engine last year shaped the roadmap. Would you join? No fee either way, it's just input."),
  ("me", "2026-02-17 11:00", "Hi Jessica, happy to join!"))
c("genuine", "vendor_price_change", "en", "existing vendor partner manager announces partner programme fee change",
  ("partner", "2025-12-03 09:00", "Hi Katharina, heads-up before the official mail: from April the partner programme moves from free to EUR 490/year for individual partners, but that includes two exam vouchers and the not-for-resale licences you use for your lab. Since you're already certified, I can backdate your renewal to the old terms if you sign the new partner agreement before 31 January."),
  ("me", "2025-12-03 10:15", "Thanks Jessica, fair deal with the vouchers. Send me the agreement and I'll sign before Christmas."))
c("genuine", "vendor_price_change", "de", "Versicherungsmakler: Berufshaftpflicht wird teurer",
  ("makler", "2025-11-25 10:00", "Hallo Katharina, die Prämie für deine Berufshaftpflicht steigt ab 1.1. um 11 %, weil du jetzt DORA-relevante Kunden hast und die Versicherungssumme auf 2 Mio. muss. Ich hab ein Alternativangebot, ist minimal günstiger. Sollen wir telefonieren?"),
  ("me", "2025-11-25 11:15", "Hallo Christoph, ja bitte, morgen Vormittag?"))
c("genuine", "client_contract", "en", "bank client extends contract, asks for updated CV for compliance",
  ("nlbank", "2026-03-12 09:00", "Hi Katharina, good news, budget approved for the extension until December. Our vendor management needs an updated CV and your signed NDA version 3. Could you send both by Friday?"),
  ("me", "2026-03-12 09:30", "Great news! Both coming today."),
  ("me", "2026-03-12 15:00", "Here you go."),
  attachments={2: "https://www.linkedin.com/dms/hoelzl-cv-2026.pdf"})
c("genuine", "peer_referral", "en", "fellow freelancer refers a client to her",
  ("refer", "2026-02-26 13:00", "Hey Katharina, I'm booked solid until summer and a German bank asked me for an Azure architect. I immediately thought of you. OK if I pass on your details?"),
  ("me", "2026-02-26 13:30", "Owen, you're a star. Yes please! Next Guinness is on me when I'm in Dublin."))
c("genuine", "meetup_logistics", "de", "Co-Organisatorin, Logistik fürs Meetup",
  ("co_org", "2026-02-09 12:00", "Hi Katharina, für Mittwoch: Beamer ist HDMI, Clicker bring ich mit. Pizza sponsert diesmal die Alpenkredit, also bitte kurz danke sagen am Anfang 😉"),
  ("me", "2026-02-09 12:30", "Alles klar, danke Michi!"))
c("genuine", "teaching_invitation", "de", "FH lädt zu Gastvortrag ein",
  ("fh", "2025-09-10 14:00", "Liebe Frau Hölzl, hätten Sie wieder Lust auf einen Gastvortrag im Master Cloud Computing? Letztes Jahr war das Feedback hervorragend. Honorar wie gehabt."),
  ("me", "2025-09-10 15:30", "Sehr gern! November?"))
c("genuine", "congrats_certification", "mixed", "alter Schulfreund gratuliert zur Zertifizierung, switching languages",
  ("classmate", "2025-06-30 20:00", "Na schau, Kathi, Professional Architect in allen drei Clouds jetzt? Respekt! Still remember you fixing the school server in 2008 🙂"),
  ("me", "2025-06-30 21:00", "Haha Sebi, danke! That server was held together with duct tape. Wie geht's dir in Berlin?"),
  ("classmate", "2025-06-30 21:10", "Gut, on-call week though, so I'll keep it short. Bier im August wenn ich in Wien bin!"))

# ================================================================== wanted pitches (12)
c("wanted_pitch", "vendor_post_read", "en", "FinOps tool engineer read her blog post on shared EKS cost allocation",
  ("w_finops", "2026-01-22 09:00", "Hi Katharina, I read your post on cost allocation tags not working for shared EKS node groups, and your workaround with the namespace labels and a nightly Athena query. We built Tagwise basically because we hit the same wall: it splits node cost by pod requests per namespace and writes the result back as tags, so Cost Explorer just works. Given you run this for banks, it's self-hosted in their account, no data leaves. Would a 20-minute walkthrough be useful, or should I just send the docs?"),
  ("me", "2026-01-22 12:00", "Hi Daniel, the self-hosted part is key for my clients. Send the docs first, please."))
c("wanted_pitch", "vendor_talk_attended", "de", "Security-Anbieterin war bei ihrem Meetup-Vortrag",
  ("w_policy", "2026-02-13 10:00", "Hallo Katharina, ich war am Mittwoch bei deinem Vortrag zu Policy-as-Code bei der Bank. Du hast erwähnt, dass das Ausnahmen-Management bei euch in Excel liegt und die Auditoren jedes Mal nachfragen, wer welche Ausnahme wann genehmigt hat. Genau das lösen wir mit Guardrail: Ausnahmen mit Ablaufdatum und Genehmiger, direkt aus OPA-Policies. Würde dich eine kurze Demo interessieren, gern auch mit deinem Kunden?"),
  ("me", "2026-02-13 11:30", "Hallo Johanna, ja, das trifft einen Nerv. Demo gern, zuerst nur mit mir."))
c("wanted_pitch", "recruiter_tools_named", "en", "recruiter with relevant role, found her Terraform module on GitHub",
  ("w_rec", "2026-03-03 08:30", "Hi Katharina, I found your open-source Terraform module for Azure policy assignments on GitHub (the one with the exemption handling), and then your profile. I'm filling a 6-month platform architect contract at a Vienna bank, 80% remote, Azure landing zones and DORA evidence. Rate band EUR 1,000-1,150/day. It starts in June, which I see matches when your current project ends. Interested in the details?"),
  ("me", "2026-03-03 09:15", "Hi Priya, June could work. Please send the details."))
c("wanted_pitch", "advisor_mutual_contact", "de", "Steuerberater, empfohlen von Lukas Wimmer",
  ("w_stb", "2025-10-14 09:00", "Hallo Frau Hölzl, Lukas Wimmer hat mir erzählt, dass Sie beim letzten Stammtisch über die SVS-Nachzahlung und die Gewinnfreibetrags-Investitionen gestöhnt haben. Wir betreuen fast nur IT-Freelancer in Wien und machen die Vorauszahlungsplanung quartalsweise, damit solche Nachzahlungen nicht mehr überraschen. Falls Sie irgendwann wechseln wollen, gern ein unverbindliches Gespräch."),
  ("me", "2025-10-14 12:00", "Hallo Herr Url, danke, ich bin mit meiner Steuerberaterin zufrieden. Aber das mit der Vorauszahlungsplanung frag ich sie mal."))
c("wanted_pitch", "bid_partner_public_tender", "de", "Bid Manager nennt konkrete BBG-Ausschreibung",
  ("w_tender", "2025-12-16 10:00", "Guten Tag Frau Hölzl, die Bundesbeschaffung hat gestern die Rahmenvereinbarung 'Cloud-Architektur und -Beratung' (GZ 2025-0412) veröffentlicht, Los 3 ist explizit für Einzelunternehmen und Kleinstbetriebe. Die Eignungskriterien verlangen 3 Referenzen aus dem Finanzsektor, die Sie laut Ihrem Profil haben. Ich begleite KMU bei solchen Angeboten, Honorar nur bei Zuschlag plus kleiner Fixbetrag. Soll ich Ihnen die Kriterien zusammenfassen?"),
  ("me", "2025-12-16 11:00", "Guten Tag Herr Holub, das hab ich noch nicht gesehen. Ja, bitte die Zusammenfassung."))
c("wanted_pitch", "lawyer_specific_problem", "de", "Anwältin spricht konkretes Scheinselbstständigkeitsrisiko an",
  ("w_law", "2025-08-20 08:30", "Sehr geehrte Frau Hölzl, aus Ihrem Profil sehe ich, dass Sie seit über zwei Jahren über dieselbe Agentur für denselben Bankkunden tätig sind, mit Büroplatz dort. Genau diese Konstellation prüft die ÖGK bei GPLA-Prüfungen zunehmend als Dienstverhältnis, was auch Ihren Kunden trifft. Ich mache für IT-Freelancer einen Vertragscheck zum Fixpreis von 450 € netto. Falls das für Sie ein Thema ist, melden Sie sich gern."),
  ("me", "2025-08-20 18:00", "Sehr geehrte Frau Dr. Schachner, das Thema beschäftigt mich tatsächlich. Können wir nächste Woche telefonieren?"))
c("wanted_pitch", "coworking_post_read", "de", "Coworking-Gründer reagiert auf ihren Post über Telefonboxen",
  ("w_cowork", "2026-03-10 13:00", "Hallo Katharina, du hast letzte Woche gepostet, dass du in deinem Coworking für jeden Bank-Call eine Telefonbox reservieren musst und die meistens weg sind. Wir haben zwei Gassen weiter in der Zieglergasse aufgemacht, mit fixen schallisolierten Einzelbüros, tageweise buchbar. Ich lad dich gern auf einen Probetag ein, ganz ohne Verkaufsgespräch."),
  ("me", "2026-03-10 14:00", "Haha, der Post hat gewirkt. Probetag nehm ich gern, nächsten Dienstag?"))
c("wanted_pitch", "training_vendor_certs_named", "en", "training company wants her as trainer, names her certs and repo",
  ("w_train", "2025-07-08 10:00", "Hi Katharina, we're building an advanced Azure governance course for banking teams in DACH and our instructors so far lack hands-on regulated experience. Your three architect certs plus the exemption-handling module on GitHub are exactly the level we need. It would be 4 remote delivery days per quarter, EUR 1,100/day, content co-designed with you. Could we talk?"),
  ("me", "2025-07-08 12:00", "Hi Rachel, sounds interesting. Let's talk next week."))
c("wanted_pitch", "direct_placement_rate", "de", "Direktvermittlerin bietet Bankprojekt ohne Agenturaufschlag",
  ("w_direct", "2025-11-04 09:30", "Hallo Frau Hölzl, Sie arbeiten derzeit über eine große Agentur bei der Donaubank, die üblicherweise 20-25 % Marge nimmt. Ich vermittle Freelancer direkt an zwei Wiener Banken, mit einer einmaligen Vermittlungsgebühr statt laufender Marge. Eine der beiden sucht ab April eine Architektin für Azure Landing Zones mit Erfahrung in österreichischem Bankenumfeld. Darf ich Ihnen Details schicken?"),
  ("me", "2025-11-04 10:30", "Interessant, ja, schicken Sie mir bitte die Details."))
c("wanted_pitch", "insurance_press_item", "en", "broker references DORA third-party clauses in bank contracts",
  ("w_cyber", "2025-10-28 11:00", "Hi Katharina, since January banks have to flow DORA requirements down to ICT contractors, and I've seen several Austrian bank framework contracts that now ask freelancers for cyber cover of at least EUR 1m plus incident notification within 4 hours. Most standard professional indemnity policies for freelancers don't include the cyber part. I specialise in cover for IT contractors working for financial institutions. Happy to check your current policy against your bank contract clauses, free."),
  ("me", "2025-10-29 09:00", "Hi Tobias, my broker is on it, but I'd take a second opinion. Send me what you need."))
c("wanted_pitch", "writer_talk_attended", "en", "technical writer offers to turn her talk into a whitepaper",
  ("w_writer", "2026-02-14 10:30", "Hi Katharina, I watched the recording of your Vienna Cloud Native talk on policy-as-code at banks. It's the clearest explanation of the audit-mode rollout I've seen, and it deserves a longer life than a meetup video. I write technical content for cloud freelancers and could turn it into a 6-page whitepaper or a 3-part blog series in your voice, which tends to work well as a calling card for bank procurement. Fixed price. Would you be interested?"),
  ("me", "2026-02-14 13:00", "Hi Grace, flattering! What would the blog series cost?"))
c("wanted_pitch", "freelancer_site_visited", "de", "Kubernetes-Freelancer sah 'ausgebucht bis März' auf ihrer Website",
  ("w_ops", "2025-11-18 08:00", "Hallo Katharina, auf deiner Website steht 'ausgebucht bis März', und du schreibst im Blog, dass du Anfragen für den laufenden Betrieb von Kubernetes-Clustern meistens ablehnst. Ich mach genau das: Day-2-Operations, Upgrades, Bereitschaft, vor allem für Kunden in regulierten Branchen. Falls du Anfragen weiterleiten willst oder mal einen Sub für den Betrieb brauchst, würd ich mich freuen. Referenzen schick ich gern."),
  ("me", "2025-11-18 09:30", "Hallo Matthias, das kommt gelegen, ich hab grad zwei solche Anfragen. Lass uns telefonieren."))

# ================================================================== junk (38)
c("junk", "template_talent_network", "en", "talent network template, sender 1",
  ("t1", "2025-08-05 09:00", "Hi Katharina, I noticed you're a freelancer in the cloud space with an impressive background! We connect top freelancers with Fortune 500 clients. Join our exclusive talent network for free and get matched with projects that fit your skills. Interested?"))
c("junk", "template_talent_network", "en", "talent network template, sender 2",
  ("t2", "2025-09-16 10:00", "Hi Katharina, noticed you're freelancing in the cloud space, impressive background! We connect top freelancers with enterprise clients across Europe. Join our exclusive network for free and get matched with the right projects. Interested?"))
c("junk", "template_talent_network", "en", "talent network template, sender 3",
  ("t3", "2025-10-28 14:00", "Hey Katharina! I noticed you're a cloud freelancer with an impressive background. We connect top freelancers with Fortune 500 companies - joining our exclusive talent network is free and we match you with projects that fit. Interested?"))
c("junk", "template_talent_network", "en", "talent network template, sender 4",
  ("t4", "2025-12-09 11:00", "Hi Katharina, I noticed you're a freelancer in the cloud space and your background is impressive. We connect the top 3% of freelancers with global enterprise clients. Join our exclusive talent network free of charge and get matched with projects. Interested?"))
c("junk", "template_talent_network", "de", "gleiche Vorlage auf Deutsch, Absender 5",
  ("t5", "2026-01-27 09:30", "Hallo Katharina, mir ist aufgefallen, dass du als Freelancerin im Cloud-Bereich tätig bist, beeindruckender Werdegang! Wir vermitteln Top-Freelancer an Großunternehmen. Tritt unserem exklusiven Talent-Netzwerk kostenlos bei und lass dich mit passenden Projekten matchen. Interesse?"))
c("junk", "merge_tag_failure", "en", "unfilled first_name and company tags",
  ("mt1", "2025-09-09 07:00", "Hi {first_name}, I saw that {company} is hiring engineers. We help tech teams book 20+ demos a month with AI-powered outbound. Worth a quick look?"))
c("junk", "merge_tag_failure", "de", "{{Vorname}} nicht ersetzt",
  ("mt2", "2025-11-11 08:00", "Hallo {{Vorname}}, als Geschäftsführerin von {{Unternehmen}} kennen Sie das Problem: zu wenig qualifizierte Leads. Wir liefern Ihnen 30 Termine pro Monat mit IT-Entscheidern. Passt ein kurzer Call?"))
c("junk", "merge_tag_failure", "en", "wrong name and wrong company",
  ("mt3", "2026-02-04 12:00", "Hi Katarina, congratulations on the growth at Hölzl Bau GmbH! Many construction companies like yours are now outsourcing software development to Portugal. We can build your app at 40% less cost. Can I share some case studies?"))
c("junk", "sponsored_inmail", "en", "sponsored security InMail",
  ("spon1", "2025-10-01 00:00", "<p>Hi Katharina,</p><p>Is your cloud really secure? CloudSecure One scans AWS, Azure &amp; GCP in minutes.</p><p><b>Get your free risk report</b></p>"),
  title="Sponsored Conversation", subject="Your free cloud risk report")
c("junk", "sponsored_inmail", "de", "Sponsored InMail Executive MBA",
  ("spon2", "2026-02-20 00:00", "<p>Liebe Katharina,</p><p>F&uuml;hrung neu denken: Der Executive MBA am Executive Campus Wien &ndash; berufsbegleitend, international.</p><p>Jetzt Infoabend buchen.</p>"),
  title="Sponsored Conversation", subject="Executive MBA Infoabend")
c("junk", "paid_award", "en", "paid Top 100 award",
  ("award", "2025-09-23 10:00", "Dear Katharina, we're delighted to inform you that you've been selected as one of the Top 100 Cloud Leaders in DACH 2025! To receive your award certificate, trophy and listing in our winners' publication, a one-time recognition fee of EUR 1,200 applies. Please confirm within 5 days."))
c("junk", "paid_feature", "de", "bezahltes Porträt in Magazin",
  ("feature", "2025-11-19 10:00", "Sehr geehrte Frau Hölzl, für unsere Ausgabe 'Österreichs Digitale Köpfe 2026' möchten wir Sie als Expertin porträtieren. Doppelseite, professionelles Fotoshooting, Online-Verlinkung. Der Kostenbeitrag beträgt 1.650 € netto. Darf ich Ihnen das Angebot senden?"))
c("junk", "paid_podcast", "en", "podcast slot for a fee",
  ("podpay", "2026-01-14 17:00", "Hey Katharina! Our team loved your profile and we'd love to feature you on The Tech Founders Show (top 1% podcast globally). There's a $950 production fee that covers editing, a highlight reel and promotion to our 300k listeners. Shall I send the booking link?"))
c("junk", "offers_what_she_sells", "de", "Cloud-Migrationsfirma bietet ihr Cloud-Migration an",
  ("migrate", "2025-10-07 09:00", "Grüß Gott Frau Hölzl, ist Ihre IT-Infrastruktur bereit für die Cloud? SkyShift begleitet Unternehmen jeder Größe bei der Migration zu AWS und Azure: Analyse, Architektur, Umsetzung. Ich würde Ihnen gern in einem kostenlosen Erstgespräch zeigen, wie Ihr Unternehmen profitieren kann."))
c("junk", "capacity_for_clients", "en", "offshore shop asks if she has capacity for new clients",
  ("capacity", "2025-12-02 06:30", "Hi Katharina, do you have capacity for new clients right now? If you ever get more projects than you can handle, our team of 150 engineers in Pune can deliver under your brand. White-label at USD 25/hour. Shall we set up a call?"))
c("junk", "like_minded_connect", "de", "Vernetzung als gleichgesinnte Unternehmer",
  ("likeminded", "2025-09-30 22:00", "Servus Katharina! Ich vernetze mich gern mit gleichgesinnten Unternehmern, die groß denken 🚀 Lass uns connecten und gemeinsam wachsen!"),
  ("likeminded", "2025-10-07 21:00", "Hey Katharina, ich starte eine exklusive Mastermind-Gruppe für Visionäre in Wien, nur 10 Plätze. Soll ich dir einen reservieren?"))
c("junk", "quick_call", "en", "quick 15-minute call HR software",
  ("call15", "2025-11-05 08:00", "Hi Katharina, could I borrow 15 minutes of your time this week? I'd love to show you how PeopleOps helps growing teams automate onboarding and payroll. Would Wednesday 10am or Thursday 3pm work?"))
c("junk", "connect_then_pitch", "de", "Finanzcoach: Smalltalk, sie antwortet, dann Pitch",
  ("ctp1", "2026-01-19 09:00", "Servus Katharina, danke fürs Annehmen! Wie läuft's im neuen Jahr? Bei dem Nebel in Wien braucht man ja fast Urlaub 😅"),
  ("me", "2026-01-19 12:00", "Servus, ja, der Nebel ist zach. Läuft gut, danke!"),
  ("ctp1", "2026-01-20 08:30", "Freut mich! Ich helf Selbstständigen, ihre Überschüsse steueroptimiert anzulegen und früher finanziell frei zu sein. Viele IT-Freelancer lassen da richtig Geld liegen. Hast du Lust auf ein kostenloses Erstgespräch?"))
c("junk", "connect_then_pitch", "en", "personal branding: compliment then pitch in message 2",
  ("ctp2", "2026-03-09 11:00", "Thanks for connecting Katharina! Your post on policy-as-code was great, so much value 🙌"),
  ("ctp2", "2026-03-11 11:00", "Quick question: have you thought about building your personal brand on LinkedIn more consistently? My 8-week program helps experts turn their knowledge into inbound leads. Would you like to hop on a call?"))
c("junk", "connect_then_pitch", "de", "Immobilienanlage nach Vernetzung, mit Nachfassen",
  ("ctp3", "2025-11-03 09:00", "Hallo Katharina, danke für die Vernetzung! Schön, jemanden aus dem 7. Bezirk zu treffen."),
  ("ctp3", "2025-11-04 09:00", "Kurz zu mir: ich zeige Gutverdienern, wie sie mit Vorsorgewohnungen Steuern sparen. Gerade für Selbstständige spannend. Darf ich dir unser Exposé schicken?"),
  ("ctp3", "2025-11-11 09:00", "Hallo Katharina, hast du meine Nachricht gesehen?"),
  attachments={1: "https://www.linkedin.com/dms/vorsorgewohnung-expose.pdf"})
c("junk", "follow_up_bumps", "en", "lead-gen bumps with no reply",
  ("bump1", "2025-08-12 09:00", "Hi Katharina, we help consultants fill their calendar with qualified sales meetings. Open to learning more?"),
  ("bump1", "2025-08-19 09:00", "Hi Katharina, just floating this back to the top of your inbox."),
  ("bump1", "2025-08-28 09:00", "Hi Katharina, any thoughts on my previous message?"),
  ("bump1", "2025-09-10 09:00", "Hi Katharina, I'll close your file for now. If timing changes, you know where to find me!"))
c("junk", "follow_up_bumps", "de", "Marketingagentur fasst ohne Antwort nach",
  ("bump2", "2026-02-03 10:00", "Hallo Frau Hölzl, wir bringen Ihr Unternehmen mit Google Ads und SEO nach vorne. Darf ich Ihnen ein unverbindliches Angebot schicken?"),
  ("bump2", "2026-02-10 10:00", "Hallo Frau Hölzl, ich wollte nochmal nachfragen, ob Interesse besteht."),
  ("bump2", "2026-02-24 10:00", "Hallo Frau Hölzl, letzte Erinnerung: unser Frühjahrsangebot gilt nur noch diese Woche."))
c("junk", "off_topic_investment", "en", "crypto yield pitch",
  ("crypto", "2025-10-15 22:00", "Hi Katharina, as a successful tech professional you might be interested in our AI-driven yield strategy, returning 2-3% per month with low risk. Can I share our fact sheet?"))
c("junk", "off_topic_product", "de", "Homeoffice-Möbel",
  ("furniture", "2025-09-02 10:00", "Hallo Frau Hölzl, arbeiten Sie auch viel im Homeoffice? Unsere höhenverstellbaren Schreibtische gibt es jetzt 25 % günstiger für Selbstständige. Katalog anbei!"))
c("junk", "fluent_names_company", "en", "automation agency names her company but generic",
  ("fluent", "2026-01-08 09:00", "Hi Katharina, Hölzl Cloud Architecture is clearly at the forefront of innovation, and companies at the forefront know that manual processes are the silent killer of growth. Synapse Automation helps businesses like yours automate workflows end to end with AI agents, saving 20+ hours a week. Would you be open to exploring what that could look like for Hölzl Cloud Architecture?"))
c("junk", "generic_counterpart_finops", "en", "generic cloud cost pitch (counterpart to Tagwise)",
  ("genfinops", "2025-11-26 08:00", "Hi Katharina, companies waste 30% of their cloud spend! CostCutter Cloud finds savings automatically. Book a free demo and get a savings report in 24 hours."))
c("junk", "generic_counterpart_security", "de", "generische IT-Security (Gegenstück zu Guardrail)",
  ("gensec", "2026-02-17 09:00", "Sehr geehrte Frau Hölzl, Cyberangriffe nehmen zu! SecureIT schützt Ihr Unternehmen mit Firewall, Virenschutz und Mitarbeiterschulungen. Wann dürfen wir Sie beraten?"))
c("junk", "generic_counterpart_recruiter", "en", "irrelevant recruiter role (counterpart to Helix)",
  ("genrec", "2025-10-21 15:00", "Hi Katharina, I have an exciting permanent opportunity for a Senior Java Developer in Munich, 5 days onsite, competitive salary. Your profile looks like a great match! Are you open to a chat?"))
c("junk", "generic_counterpart_tax", "de", "generische Steuerberatung (Gegenstück zu Url & Partner)",
  ("genstb", "2025-10-30 08:00", "Hallo Katharina, zahlst du zu viel Steuern? SteuerSmart hilft Unternehmern, legal Steuern zu sparen. Jetzt kostenlosen Steuer-Check sichern!"))
c("junk", "generic_counterpart_tender", "de", "Ausschreibungsalarm-Abo (Gegenstück zum Bid Manager)",
  ("gentender", "2025-12-18 09:00", "Hallo Frau Hölzl, verpassen Sie keine öffentliche Ausschreibung mehr! Mit Ausschreibungs-Alarm erhalten Sie täglich passende Ausschreibungen aus ganz Europa. Jetzt 14 Tage gratis testen."))
c("junk", "generic_counterpart_coworking", "en", "generic office space (counterpart to coworking pitch)",
  ("gencowork", "2026-03-13 10:00", "Hi Katharina, looking for flexible office space? FlexDesk has 40+ locations across Europe. Get your first month 50% off!"))
c("junk", "generic_counterpart_training", "en", "generic certification cramming (counterpart to Cloudsmith)",
  ("gentrain", "2025-07-15 10:00", "Hi Katharina, boost your career with our guaranteed-pass certification bootcamps! AWS, Azure, GCP, PMP, Scrum - pass in 10 days or your money back. Use code LINKEDIN20 for 20% off."))
c("junk", "website_pitch", "de", "Webdesigner generisch",
  ("webdesign", "2025-08-26 11:00", "Hallo Katharina, ich hab mir deine Website angeschaut und sehe da viel Potenzial! Ich mach dir ein modernes Redesign ab 1.490 €. Wollen wir kurz telefonieren?"))
c("junk", "coach_pitch", "de", "Business Coach für Selbstständige",
  ("coach", "2025-12-29 19:00", "Liebe Katharina, 2026 wird DEIN Jahr! ✨ In meinem 1:1-Coaching verdoppelst du deinen Umsatz als Selbstständige, ohne mehr zu arbeiten. Schreib mir 'JA' und ich schick dir die Infos."))
c("junk", "off_topic_product", "de", "Leasing-Angebot",
  ("mba", "2026-03-04 09:00", "Grüß Gott Frau Hölzl, als Unternehmerin profitieren Sie von Vorsteuerabzug beim E-Auto-Leasing. Aktuell Tesla Model 3 ab 399 € netto. Soll ich ein Angebot erstellen?"))
c("junk", "pushy_after_decline", "en", "talent network pushes after polite decline",
  ("t1", "2025-09-02 09:00", "Hi Katharina, following up on joining our talent network, we have new banking projects!"),
  ("me", "2025-09-02 10:00", "Thanks Ashley, I'm booked and prefer to work with my existing agencies."),
  ("t1", "2025-09-02 10:05", "Totally get it! Many of our members said the same. It only takes 5 minutes to create a profile, and you can set yourself as unavailable. Here's the link!"),
  subject="Banking projects")
c("junk", "merge_tag_failure", "en", "[Company] and [pain point] placeholders",
  ("mt1", "2026-03-17 07:00", "Hi Katharina, I've been following [Company] and noticed you might be struggling with [pain point]. We've helped 300+ firms like yours. Open to a 15-min chat?"),
  subject="Quick idea for [Company]")
c("junk", "sponsored_inmail", "en", "sponsored observability InMail",
  ("spon1", "2026-03-20 00:00", "<p>Katharina, see everything across your clusters.</p><p>CloudSecure One now includes Kubernetes observability &ndash; free for 14 days.</p>"),
  title="Sponsored Conversation", subject="New: Kubernetes observability")


def main() -> None:
    out = Path(__file__).resolve().parents[1] / SLUG
    profile = {
        "First Name": "Katharina", "Last Name": "Hölzl",
        "Headline": "Freelance Cloud Architect | Azure & AWS landing zones for banks | Policy-as-code | Wien",
        "Summary": "Ich entwerfe und baue Cloud-Plattformen für Banken und Versicherungen, direkt oder "
                   "über Partneragenturen. I design cloud platforms for regulated industries.",
        "Industry": "IT Services and IT Consulting", "Zip Code": "1070",
        "Geo Location": "Vienna, Austria",
        "Websites": "[PERSONAL:https://hoelzl-cloud.example.at]",
    }
    positions = [
        {"Company Name": "Hölzl Cloud Architecture e.U.", "Title": "Freelance Cloud Architect",
         "Description": "Landing zones, governance and platform engineering for banks.",
         "Location": "Wien", "Started On": "Mar 2019", "Finished On": ""},
        {"Company Name": "Donauländische Privatbank AG", "Title": "Infrastructure Architect",
         "Description": "", "Location": "Wien", "Started On": "Jul 2013", "Finished On": "Feb 2019"},
    ]
    skills = ["Microsoft Azure", "Amazon Web Services", "Terraform", "Kubernetes",
              "Open Policy Agent", "Cloud Architecture", "DORA"]
    e.write(out, profile, positions, skills)
    print(e.summary())


if __name__ == "__main__":
    main()

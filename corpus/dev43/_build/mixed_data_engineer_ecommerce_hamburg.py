"""Persona: Svea Brodersen, senior data engineer at an e-commerce company in Hamburg.

Written by hand and blind to the detector (dev43, session 5). German and English about
half and half, 2026 layout. Running this script regenerates the persona folder byte-identically.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))
from common import Export, Person  # noqa: E402

SLUG = "mixed-data-engineer-ecommerce-hamburg"
OUT = Path(__file__).resolve().parents[1] / SLUG

PROFILE = {
    "First Name": "Svea", "Last Name": "Brodersen",
    "Headline": "Senior Data Engineer @ Hafenkorb | BigQuery, dbt, Airflow, Kafka | tidewater contributor",
    "Summary": ("Building the data platform behind Hafenkorb's shop (home & living, DACH + DK). "
                "Streaming order events into BigQuery, migrating our lake to Iceberg, mentoring juniors. "
                "Side gig: occasional in-house workshops on dbt and data modelling. Speaker at Data Harbour HH."),
    "Industry": "Retail", "Zip Code": "22767",
    "Geo Location": "Hamburg, Germany",
    "Websites": "[PERSONAL:svea-writes-data.example]",
    "Twitter Handles": "[sveabro]",
}
POSITIONS = [
    {"Company Name": "Hafenkorb GmbH", "Title": "Senior Data Engineer",
     "Description": "Data platform team: ingestion, streaming, modelling, data quality.",
     "Location": "Hamburg", "Started On": "Mar 2021", "Finished On": ""},
    {"Company Name": "Nordlicht Logistik AG", "Title": "Data Engineer",
     "Description": "Warehouse data, Spark, Postgres.", "Location": "Hamburg",
     "Started On": "Aug 2017", "Finished On": "Feb 2021"},
    {"Company Name": "Christian-Albrechts-Universität zu Kiel", "Title": "Studentische Hilfskraft",
     "Description": "Informatik", "Location": "Kiel", "Started On": "Oct 2014", "Finished On": "Jul 2017"},
]
SKILLS = ["Data Engineering", "BigQuery", "dbt", "Apache Airflow", "Apache Kafka", "Apache Iceberg",
          "Python", "SQL", "Data Modeling"]


def people(x: Export) -> None:
    p = x.person
    # genuine contacts
    p("malte", "Malte Jürgens", "Hafenkorb GmbH", "Head of Data Platform", connected="2021-03-01")
    p("jonas", "Jonas Albers", "Hafenkorb GmbH", "Analytics Engineer", connected="2022-01-10")
    p("priyanka", "Priyanka Desai", "tidewater (open source)", "Maintainer", connected="2023-04-18")
    p("henrik", "Henrik Claussen", "Data Harbour Hamburg", "Meetup Organiser", connected="2022-09-09")
    p("elb", "Rachel Owens", "Elbdata Conference", "Program Chair", connected="2025-01-20")
    p("ferry", "Daniel Moss", "Streamferry", "Customer Success Manager", connected="2022-06-14")
    p("moebel", "Katja Reimers", "Möbelmarkt Nord GmbH", "Teamlead BI", connected="2025-04-02")
    p("lukas", "Lukas Petersen", "Freelance", "Data Engineering Trainer", connected="2020-02-02")
    p("recr", "Amelia Grant", "Kestrel Talent", "Technical Recruiter (Data)", connected="2025-05-12",
      invite=("IN", "2025-05-12 10:00", "Hi Svea, I recruit for data platform roles at fintechs in Berlin. Your tidewater work stood out."))
    p("rafa", "Rafael Costa", "", "Data Engineer (open to work)", connected="2025-06-03")
    p("wiebke", "Wiebke Thomsen", "Elbschiff Reisen", "Product Analyst", connected="2016-05-05")
    p("tk1", "Marvin Lenz", "", "Analytics Engineer, Kiel", connected="2025-09-24")
    p("tk2", "Sophie Harrington", "Fjordline Commerce", "Data Analyst", connected="2025-09-24")
    p("tk3", "Deniz Aksoy", "", "Data Engineer", connected="2025-09-25")
    p("kiel", "Inga Matthiesen", "Uniklinik Kiel", "Medizininformatikerin", connected="2014-11-11")
    p("nordl", "Thorben Wulf", "Nordlicht Logistik AG", "Lead Data Engineer", connected="2017-08-15")
    p("kafka", "Ole Brandt", "Kranwerk Mobility", "Staff Engineer", connected="2023-10-10",
      invite=("OUT", "2023-10-10 20:00", "Hi Ole, dein Talk zu Kafka Connect bei Data Harbour war super, würde mich gern vernetzen."))
    p("slides", "Chen Wei", "", "Data Scientist", connected="2025-09-26")
    p("journo", "Paula Rieck", "Datenhafen Magazin", "Redakteurin", connected="2024-11-20")
    p("podcast", "Ben Adeyemi", "Pipes & Tables Podcast", "Host", connected="2023-03-03")
    p("pm", "Carla Heinsohn", "Hafenkorb GmbH", "Product Manager Checkout", connected="2023-02-14")
    p("werk", "Finn Rademacher", "", "Informatikstudent, TU Hamburg", connected="2025-10-01")
    p("wid", "Anja Kowalczyk", "Women in Data Hamburg", "Co-Organiser", connected="2022-11-11")
    p("cloudp", "Stefan Möller", "Wolkenwerk Cloud Partner", "Account Manager", connected="2021-09-01")
    p("oskar", "Oskar Lindgren", "Hafenkorb GmbH", "Data Engineer", connected="2022-08-01")
    p("nele", "Nele Carstens", "Hafenkorb GmbH", "Junior Data Engineer", connected="2024-02-01")
    p("exco", "Hamid Rahimi", "Bluewater Shipping", "Senior Data Engineer", connected="2018-03-03")
    p("mentee", "Lara Voss", "Hafenkorb GmbH", "Werkstudentin Data", connected="2025-03-03")
    p("revconf", "Tom Achterberg", "DataDocks Berlin", "CFP Committee", connected="2024-05-05")
    p("joost", "Joost Visser", "tidewater (open source)", "Creator & Maintainer", connected="2023-05-01")
    p("segel", "Jannik Sievers", "", "Lehrer", connected="2013-06-06")
    p("secco", "Aisha Bello", "Hafenkorb GmbH", "Security Engineer", connected="2024-06-06")
    p("contr", "Mats Hinrichsen", "Hinrichsen Data", "Freelance Data Engineer", connected="2024-01-15")
    p("haw", "Prof. Dr. Birte Janssen", "HAW Hamburg", "Professorin Datenbanken", connected="2020-10-10")
    p("observ", "Greg Patel", "Lookout Data", "Account Executive", connected="2025-07-01")
    # wanted pitches
    p("dq", "Hannah Schultz", "Latewatch", "Founding Engineer", connected="2025-03-12",
      invite=("IN", "2025-03-12 08:00", "Hi Svea, your post on late-arriving order events is the best write-up I've read on it."))
    p("icefree", "Tim Gerdes", "Gerdes Data", "Freelance Data Engineer (Iceberg, Spark)")
    p("recrrel", "Yusuf Demir", "Elbgrün Energy", "Head of Talent, Tech")
    p("shopcdc", "Moritz Kahl", "Shopstream Connect", "Solutions Engineer")
    p("schema", "Laura Bianchi", "Registry Works", "Principal Consultant")
    p("recon", "Kerstin Vollmer", "Settlr", "Co-Founder")
    p("inv", "Jan-Ole Frerichs", "Pulsbestand", "Gründer")
    p("publ", "Matthew Lyle", "Kingfisher Technical Press", "Acquisitions Editor")
    p("bootc", "Friederike Ahrens", "Datenwerft Akademie", "Programmleitung")
    p("finops", "Arjun Shah", "Cloudledger", "FinOps Consultant")
    p("cowork", "Merle Paulsen", "Speicherstadt Works", "Community Managerin")
    p("catalog", "Dana Whitfield", "Lineagely", "Founder & CEO", connected="2025-08-18",
      invite=("IN", "2025-08-18 16:00", "Hi Svea - saw your comment on the tidewater issue about column lineage."))
    # junk
    p("seo", "Kevin Lorenz", "Klickstark Agentur", "Performance Marketing")
    p("print3d", "Gary Whitlock", "ProtoMax Industrial", "Regional Sales")
    p("samesell", "Tobias Engel", "dbt Masterclass Deutschland", "Trainer")
    p("cap", "Priya Nair", "TopFreelance Network", "Talent Partner", connected="2025-10-06",
      invite=("IN", "2025-10-06 06:00", ""))
    p("gleich", "Dominik Rost", "Rost Capital", "Tech-Enthusiast | Investor", connected="2025-07-07",
      invite=("IN", "2025-07-07 21:00", "Hi Svea, lass uns als gleichgesinnte Tech-Köpfe vernetzen!"))
    p("call15", "Brandon Hale", "AgentForge AI", "SDR")
    p("ctpen", "Lucy Carter", "Annotato", "Partnerships", connected="2025-06-16",
      invite=("IN", "2025-06-16 09:00", "Hi Svea, fellow Hamburg data person here!"))
    p("ctpde", "Melanie Voigt", "Finanzlotsen Nord", "Finanzberaterin", connected="2025-08-04",
      invite=("IN", "2025-08-04 19:00", ""))
    p("ctp3", "Ethan Brooks", "LeadSonar", "Account Executive", connected="2025-10-20",
      invite=("IN", "2025-10-20 07:30", "Great profile, Svea!"))
    p("t1", "Piotr Zielinski", "Vistula Code", "Head of Partnerships")
    p("t2", "Oksana Hrytsenko", "DnieperData", "Business Development Manager")
    p("t3", "Mihai Popescu", "Carpathia Devs", "Sales Director")
    p("t4", "Lina Petrovic", "Balkan Data Labs", "Client Partner")
    p("t5", "Karol Nowicki", "Nearshore Datenteam", "Vertrieb DACH")
    p("mt1", "Jessica Moore", "Querystack", "Account Executive")
    p("mt2", "Felix Wagner", "DatenMeister GmbH", "Vertrieb")
    p("mt3", "Rohan Kapoor", "InsightGrid", "Growth")
    p("mt4", "Nina Scholz", "Talentkompass", "Recruiterin")
    p("sp1", "Nimbus Cloud", "Nimbus Cloud", "", url="https://www.linkedin.com/company/nimbus-cloud")
    p("sp2", "Weiterbildung Digital Plus", "Weiterbildung Digital Plus", "",
      url="https://www.linkedin.com/company/weiterbildung-digital-plus")
    p("sp3", "VectorHub", "VectorHub", "", url="https://www.linkedin.com/company/vectorhub")
    p("award", "Olivia Grant", "Data Leaders Awards Europe", "Awards Team")
    p("pod", "Jake Morrison", "Tech Founders Uncut", "Booking Manager")
    p("mag", "Sandra Weiß", "CIO Spotlight Deutschland", "Mediaberatung")
    p("fluent", "Christopher Adler", "Adler & Partners Digital", "Partner")
    p("dqx", "Ryan Mitchell", "DataPure", "Sales")
    p("stafx", "Marco Schmitt", "IT-Personal Direkt", "Account Manager")
    p("recx", "Sabrina Kühl", "Job-Kompass Recruiting", "Recruiterin")
    p("etlx", "Daniel Ortiz", "Connectify", "BDR")
    p("costx", "Amit Verma", "CloudSave Pro", "Sales")
    p("trainx", "Petra Hagen", "IT-Schulungen Hagen", "Vertrieb")
    p("bump", "Christian Böhm", "Böhm Gewerbestrom", "Energieberater")
    p("crypto", "Max Fontaine", "Fontaine Trading Academy", "Mentor")
    p("benefit", "Lea Sommer", "BenefitBox", "Sales")
    p("bi", "Grace Lin", "Dashly", "Account Executive")
    p("immo", "Patrick Lange", "Lange Invest", "Immobilienberater")
    p("mouse", "Steve Turner", "ErgoDesk Pro", "Sales")


def conversations(x: Export) -> None:
    c = x.conv
    # ------------------------------------------------------------ genuine
    c("genuine", "team_lead_hiring", "de", "Teamlead zu Stellenfreigabe und Budget für Junior-Stelle",
      [("malte", "2025-05-20 17:40", "Hey Svea, gute Nachricht: Die Junior-DE-Stelle ist freigegeben, Budget bis 58k. Magst du die Stellenbeschreibung schreiben? Ich will nicht wieder 'Kafka-Guru mit 10 Jahren Erfahrung' für nen Junior drinstehen haben 😅"),
       ("me", "2025-05-20 18:05", "Endlich! Mach ich bis Freitag. Ich nehm SQL + Python als Muss, Airflow als nice to have. Und ich will beim Case Study Interview dabei sein."),
       ("malte", "2025-05-20 18:10", "Deal 👍")])
    c("genuine", "colleague_incident", "de", "Kollege meldet kaputte Pipeline am Morgen",
      [("jonas", "2025-07-08 07:12", "Moin, die orders_daily ist heute leer im Dashboard. Airflow sagt success, aber 0 rows. Hast du ne Idee?"),
       ("me", "2025-07-08 07:30", "Moin! Ja, Streamferry hatte heute Nacht nen Schema-Change im Shopware-Connector. Ich reloade gerade, ist in 20 Min wieder da. Sorry!"),
       ("jonas", "2025-07-08 07:31", "Danke dir, du Heldin")])
    c("genuine", "oss_maintainer_review", "en", "maintainer reviews her pull request",
      [("priyanka", "2025-02-11 15:00", "Hey Svea, reviewed #412 (merge strategy for late rows). Looks great, one question: do we need the extra partition scan when the watermark hasn't moved? Could be expensive on big tables."),
       ("me", "2025-02-11 19:30", "Good catch - no, we can skip it. I'll push a fix tonight and add a test for the no-op case."),
       ("priyanka", "2025-02-12 08:00", "Merged 🎉 thanks!")])
    c("genuine", "meetup_speaker_invite", "de", "Meetup-Organisator lädt zum Vortrag ein",
      [("henrik", "2025-07-15 12:00", "Hi Svea, hättest du Lust, im September bei Data Harbour über eure Iceberg-Migration zu erzählen? 25 Minuten + Fragen, Pizza ist gesetzt."),
       ("me", "2025-07-15 13:10", "Sehr gern! 23.09. passt mir. Ich muss nur intern klären, welche Zahlen ich zeigen darf."),
       ("henrik", "2025-07-15 13:20", "Super, ich trag dich ein!")])
    c("genuine", "conference_contract", "en", "CFP accepted; speaker agreement and travel reimbursement",
      [("elb", "2025-03-04 10:00", "Dear Svea, congratulations - your talk 'Late data is still data' has been accepted for Elbdata 2025! Please sign the speaker agreement by 20 March. We cover one hotel night and travel up to EUR 300; no speaker fee, but a free ticket for a colleague."),
       ("me", "2025-03-04 12:00", "Yay, thank you! I live in Hamburg so no hotel needed - could the colleague ticket go to our junior instead? Signed agreement attached."),
       ("elb", "2025-03-04 14:00", "Of course. Welcome aboard!")],
      attachments={1: "https://www.linkedin.com/dms/speaker-agreement-signed.pdf"})
    c("genuine", "vendor_price_change", "en", "existing ingestion vendor announces pricing change",
      [("ferry", "2025-01-14 09:00", "Hi Svea, heads-up before the official mail: from April we move from connector-based pricing to monthly active rows. For Hafenkorb that's about +18% at current volume, mostly from the clickstream connector. Happy to look at options - e.g. moving clickstream to batch would bring you below today's price."),
       ("me", "2025-01-14 11:20", "Thanks Daniel. +18% won't fly with Malte. Can you send the MAR breakdown per connector? Then we decide."),
       ("ferry", "2025-01-14 11:45", "Sending it today.")])
    c("genuine", "inbound_workshop_quote", "de", "Firma möchte In-house-Workshop kaufen, fragt Angebot an",
      [("moebel", "2025-04-03 09:00", "Hallo Frau Brodersen, wir sind ein BI-Team von 6 Leuten und steigen gerade auf dbt um. Ein Kollege hat Ihren Workshop bei Kranwerk empfohlen. Was würde ein zweitägiger Inhouse-Workshop bei uns in Norderstedt kosten?"),
       ("me", "2025-04-03 18:30", "Hallo Frau Reimers, danke für die Anfrage! Zwei Tage vor Ort für bis zu 8 Personen liegen bei 2.800 € netto, inkl. Übungsprojekt auf Ihrer eigenen Datenbasis, wenn Sie mögen. Nutzen Sie BigQuery oder Snowflake?"),
       ("moebel", "2025-04-04 08:15", "Snowflake. Das Angebot klingt gut, ich kläre das Budget und melde mich."),
       ("moebel", "2025-04-15 10:00", "Budget ist freigegeben! Passen der 12./13. Juni?"),
       ("me", "2025-04-15 12:00", "Passt, ich schicke Ihnen die Auftragsbestätigung.")])
    c("genuine", "peer_joint_offer", "de", "Freelancer schlägt gemeinsamen Trainingstag vor, Umsatzsplit",
      [("lukas", "2025-06-02 20:00", "Na du! Elbdata hat mich gefragt, ob wir einen bezahlten Pre-Conference-Workshop machen wollen: 'dbt in production'. 20 Plätze à 450 €, Konferenz nimmt 30 %. Wir teilen den Rest 50/50? Du Testing & CI, ich Modellierung."),
       ("me", "2025-06-02 21:15", "Klingt gut! Ich muss das nur als Nebentätigkeit anmelden, Malte hat bisher nie was dagegen gehabt. Lass uns nächste Woche ein Outline bauen."),
       ("lukas", "2025-06-02 21:20", "Top. Mittwoch Franzbrötchen bei mir?")])
    c("genuine", "recruiter_engaged", "en", "recruiter for a relevant role; owner replied and discusses salary",
      [("recr", "2025-05-13 09:00", "Hi Svea, thanks for connecting. I'm hiring a Staff Data Engineer for a Berlin fintech (fully remote within Germany). Streaming, Kafka, Iceberg - a lot like your talk at Data Harbour. Would you be open to a chat?"),
       ("me", "2025-05-13 20:00", "Hi Amelia, not actively looking, but I'm curious. What's the salary band and how remote is 'fully remote'?"),
       ("recr", "2025-05-14 08:30", "Band is EUR 95-110k plus VSOP; one team week in Berlin per quarter, otherwise fully remote. Shall we do 20 minutes Thursday?"),
       ("me", "2025-05-14 09:00", "Thursday 17:00 works.")])
    c("genuine", "job_applicant", "en", "applicant for the junior data engineer role",
      [("rafa", "2025-06-04 11:00", "Hi Svea, I saw the Junior Data Engineer role at Hafenkorb that you shared. I moved to Hamburg from Porto Alegre last year, worked 2 years with Airflow and Postgres at a logistics startup, and I'm learning German (B1). Would my profile fit? I applied via the portal as well."),
       ("me", "2025-06-04 18:00", "Hi Rafael, thanks for reaching out directly! German isn't required in the team. I'll flag your application to our recruiter - the first round is a short take-home with SQL."),
       ("rafa", "2025-06-04 18:20", "Thank you so much, looking forward to it!")])
    c("genuine", "friend_referral_candidate", "de", "Freundin empfiehlt Kandidatin",
      [("wiebke", "2025-06-10 19:00", "Svea! Meine Kollegin Merit will weg aus der Analyse und mehr Engineering machen. Die ist richtig gut mit SQL. Darf ich ihr sagen, sie soll sich bei euch auf die Junior-Stelle bewerben und dich erwähnen?"),
       ("me", "2025-06-10 20:00", "Klar, gern! Sag ihr, sie soll mir vorher schreiben, dann kann ich ihr sagen, worauf wir achten."),
       ("wiebke", "2025-06-10 20:05", "Du bist die Beste. Alsterrunde Sonntag?"),
       ("me", "2025-06-10 20:06", "Immer")])
    c("genuine", "thank_you_after_talk", "de", "Dank nach dem Meetup-Talk 1/3",
      [("tk1", "2025-09-24 08:30", "Moin Svea, danke für deinen Talk gestern bei Data Harbour! Der Teil zur Compaction bei Iceberg war genau das, was wir gerade brauchen. Super erklärt!")])
    c("genuine", "thank_you_after_talk", "en", "thank-you after the same talk 2/3 (English)",
      [("tk2", "2025-09-24 09:10", "Hi Svea, thanks for your talk at Data Harbour yesterday! The part on Iceberg compaction was exactly what we need right now. Really well explained."),
       ("me", "2025-09-24 12:00", "Thanks Sophie, glad it helped! Slides are on the meetup page.")])
    c("genuine", "thank_you_after_talk", "de", "Dank nach demselben Talk 3/3",
      [("tk3", "2025-09-25 07:45", "Hey Svea, danke nochmal für den Vortrag vorgestern! Gerade die Compaction-Sache bei Iceberg war super hilfreich für uns. Gern mehr davon!")])
    c("genuine", "long_standing_friend", "de", "Studienfreundin aus Kiel",
      [("kiel", "2025-08-30 21:00", "Svea!! Ich bin nächstes Wochenende in Hamburg. Fischbrötchen an den Landungsbrücken wie früher? Oder bist du zu fein geworden mit deinem Senior-Titel 😜"),
       ("me", "2025-08-30 21:30", "Niemals zu fein für Fischbrötchen! Samstag 12 Uhr?"),
       ("kiel", "2025-08-30 21:32", "Abgemacht!")])
    c("genuine", "former_colleague", "de", "Ex-Kollege aus der Logistik, langjähriger Kontakt",
      [("nordl", "2025-02-18 17:00", "Hi Svea, kurze Frage: Wir überlegen bei Nordlicht endlich von Cron auf Airflow zu gehen. Würdest du das nochmal so machen oder direkt Dagster?"),
       ("me", "2025-02-18 19:00", "Hey Thorben! Für euer Setup ehrlich gesagt Airflow - das Team kennt Python, und die Doku ist riesig. Lass gern mal telefonieren, ich erzähl dir, wo wir reingefallen sind."),
       ("nordl", "2025-02-18 19:10", "Danke! Das Bier in der Schanze geht auf mich.")])
    c("genuine", "owner_asks_maintainer", "en", "owner asks the maintainer about the roadmap",
      [("me", "2025-04-22 21:00", "Hi Joost, quick one: is Iceberg support for the merge writer on the roadmap for 0.9? We'd love to use tidewater for the migration at work and I could put some hours into it."),
       ("joost", "2025-04-23 08:00", "Hi Svea! It is, but nobody's picked it up. If you want to own it, I'll help with the design review. Open an RFC issue?"),
       ("me", "2025-04-23 08:30", "On it 🙂")])
    c("genuine", "owner_asks_peer", "de", "Svea fragt Engineer einer anderen Firma nach seinem Kafka-zu-Iceberg-Setup",
      [("me", "2025-03-19 18:00", "Hi Ole, lange nicht gesprochen! Ihr schreibt doch Kafka direkt nach Iceberg, oder? Wie macht ihr das mit den kleinen Dateien - eigener Compaction-Job oder Kafka Connect Sink?"),
       ("kafka", "2025-03-19 19:00", "Moin Svea! Connect Sink mit 10-Minuten-Commits und nachts ein Spark-Compaction-Job. Läuft stabil. Ich kann dir unsere Config schicken, ohne Secrets natürlich 😄"),
       ("me", "2025-03-19 19:15", "Das wäre mega, danke!")])
    c("genuine", "attendee_spam_folder", "en", "meetup attendee asks for slides; filtered into spam",
      [("slides", "2025-09-26 10:00", "Hi Svea, I was at Data Harbour on Tuesday - great talk! Could you share the slides? I couldn't find them on the meetup page. I'd like to show the compaction benchmark to my team. Thank you!")],
      folder="SPAM")
    c("genuine", "journalist_interview", "de", "Redakteurin bittet um Interview",
      [("journo", "2025-10-06 11:00", "Hallo Frau Brodersen, ich schreibe für das Datenhafen Magazin einen Text über Frauen in Data-Engineering-Rollen in Hamburg. Hätten Sie Zeit für ein 30-minütiges Gespräch? Wir würden Sie gern zitieren und ein Foto bringen."),
       ("me", "2025-10-06 14:00", "Hallo Frau Rieck, sehr gern. Ich muss das Foto kurz mit unserer Kommunikation abstimmen. Donnerstag nach 16 Uhr?"),
       ("journo", "2025-10-06 14:20", "Donnerstag 16:30, ich rufe Sie an.")])
    c("genuine", "podcast_invite_genuine", "en", "long-standing podcast host invites her, free",
      [("podcast", "2025-01-09 13:00", "Hey Svea! Would you come on Pipes & Tables to talk about late-arriving events? Your blog post got a lot of love in our Slack. Remote, ~45 min, no prep needed."),
       ("me", "2025-01-09 18:00", "Hey Ben, happy to! Any Tuesday evening in February works."),
       ("podcast", "2025-01-09 18:30", "Feb 11, 19:00 CET it is.")])
    c("genuine", "colleague_data_request", "de", "Produktmanagerin braucht Daten",
      [("pm", "2025-08-12 10:00", "Hi Svea, ich brauch für das Checkout-Review die Abbruchrate pro Zahlungsart, letzte 90 Tage, DE und DK getrennt. Gibt's das schon irgendwo oder ist das ein Ticket?"),
       ("me", "2025-08-12 10:30", "Gibt's fast: fct_checkout_steps hat alles, nur DK ist erst seit Juni drin. Ich schick dir die Query, Jonas kann dir ein Looker-Tile bauen."),
       ("pm", "2025-08-12 10:35", "Perfekt, danke!")])
    c("genuine", "student_applicant", "de", "Student bewirbt sich als Werkstudent",
      [("werk", "2025-10-02 16:00", "Hallo Frau Brodersen, ich studiere Informatik an der TU Hamburg (5. Semester) und suche eine Werkstudentenstelle im Data-Bereich. Ich hab im Uni-Projekt mit dbt und DuckDB gearbeitet. Sucht Ihr Team jemanden?"),
       ("me", "2025-10-02 19:00", "Hallo Finn, danke! Ab Januar wird tatsächlich eine Stelle frei, weil Lara ihren Master anfängt. Schick mir gern deinen Lebenslauf und den Link zum Projekt."),
       ("werk", "2025-10-02 19:30", "Mach ich, danke!!")])
    c("genuine", "event_invitation_contact", "mixed", "Women-in-Data-Einladung, Deutsch-Englisch gemischt",
      [("wid", "2025-11-03 12:00", "Hi Svea! Unser Jahresend-Dinner ist am 4.12. in der Speicherstadt. Would you give a 5-minute lightning talk about your journey from Kiel to Staff-level-ish? 😄 Dinner is on us."),
       ("me", "2025-11-03 13:00", "Haha 'Staff-level-ish' 😂 Sure, ich bin dabei. Lightning talk in English or German?"),
       ("wid", "2025-11-03 13:05", "English please, we have a few new members from abroad.")])
    c("genuine", "cloud_partner_renewal", "de", "bestehender Cloud-Partner zum Commit-Vertrag",
      [("cloudp", "2025-10-14 09:00", "Hallo Svea, euer Committed-Use-Vertrag für BigQuery läuft Ende Januar aus. Bei eurem aktuellen Verbrauch würde ich 3 Jahre mit 20 % höherem Commit empfehlen, dafür 28 % Rabatt statt 22 %. Soll ich ein Angebot machen?"),
       ("me", "2025-10-14 11:00", "Hi Stefan, 3 Jahre ist mir zu lang, wir migrieren Teile nach Iceberg. Bitte beide Varianten (1 und 3 Jahre) rechnen, dann entscheiden Malte und Finance."),
       ("cloudp", "2025-10-14 11:30", "Mach ich bis Ende der Woche.")])
    c("genuine", "team_group_offsite", "de", "Teamgruppe plant Offsite",
      [("oskar", "2025-04-28 10:00", "Offsite-Vorschlag: 2 Tage Sankt Peter-Ording im Juni. Vormittags Roadmap, nachmittags Strand."),
       ("nele", "2025-04-28 10:05", "JA. Ich bring Kite mit 🪁"),
       ("me", "2025-04-28 10:20", "Bin dabei, aber diesmal ohne Laptop am Strand, Oskar 😄"),
       ("malte", "2025-04-28 11:00", "Budget ist da. Oskar, übernimmst du die Unterkunft?")],
      title="Data Platform Team 🚢")
    c("genuine", "reference_request", "en", "former colleague asks for a reference",
      [("exco", "2025-03-27 18:00", "Hi Svea, hope you're well! I'm applying for a lead role at a shipping analytics company and they want a reference from someone I worked with closely. Would you be willing? It'd be a 15-min call."),
       ("me", "2025-03-27 20:00", "Of course Hamid! Give them my email. Good luck!"),
       ("exco", "2025-03-27 20:05", "Thank you, I owe you one.")])
    c("genuine", "mentee", "de", "Werkstudentin fragt um Rat",
      [("mentee", "2025-09-02 17:00", "Hi Svea, hast du 10 Minuten morgen? Ich überlege, ob ich für die Masterarbeit das Thema Data Contracts nehme, und will deine Meinung hören."),
       ("me", "2025-09-02 17:30", "Klar! 10 Uhr in der Kaffeeküche?"),
       ("mentee", "2025-09-02 17:31", "👍")])
    c("genuine", "cfp_reviewer_invite", "en", "conference asks her to review CFP submissions",
      [("revconf", "2025-06-20 09:00", "Hi Svea, would you join the DataDocks program committee this year? About 30 submissions to review in August, 3 hours max. Reviewers get a free ticket."),
       ("me", "2025-06-20 19:00", "Hi Tom, happy to, as long as I don't get talks from my own company 🙂"),
       ("revconf", "2025-06-21 08:00", "Conflicts are filtered automatically. Welcome!")])
    c("genuine", "oss_comaintainer_invite", "en", "maintainer invites her to become co-maintainer",
      [("joost", "2025-10-10 20:00", "Svea, after the Iceberg writer landed, Priyanka and I would love to make you a co-maintainer of tidewater. No pressure on time - it mostly means reviewing PRs in your area. Interested?"),
       ("me", "2025-10-10 21:30", "Wow, that's an honour. Yes! Though I might need a few weeks off in December."),
       ("joost", "2025-10-10 21:40", "Totally fine. Sending the invite.")])
    c("genuine", "friend_small_talk", "de", "alter Freund fragt nach Segeln",
      [("segel", "2025-05-25 09:00", "Moin! Wind ist heut 4 Bft aus West, perfekt für die Jolle. Bist du 14 Uhr an der Alster?"),
       ("me", "2025-05-25 09:20", "Moin Jannik, bin dabei! Ich bring Franzbrötchen."),
       ("segel", "2025-05-25 09:21", "⛵")])
    c("genuine", "colleague_security", "en", "security colleague raises PII question",
      [("secco", "2025-07-21 14:00", "Hi Svea, for the GDPR audit: are customer emails still in the raw Iceberg tables, or only hashed? The auditor is asking about retention on the raw layer."),
       ("me", "2025-07-21 15:00", "Raw has them in clear for 30 days, then the retention job drops the partitions. Staging and marts only have hashes. I'll send you the DAG and the policy doc."),
       ("secco", "2025-07-21 15:05", "Perfect, that's what I hoped.")])
    c("genuine", "contractor_rate_change", "de", "Freelancer, den sie beauftragt hat, kündigt neuen Tagessatz an",
      [("contr", "2025-11-04 10:00", "Hallo Svea, kurz vorab: Ab Januar gehe ich mit meinem Tagessatz von 880 auf 950 €. Für die laufende Verlängerung bis März bleibt es bei 880, wenn ihr bis Ende November unterschreibt."),
       ("me", "2025-11-04 12:00", "Hi Mats, danke für die Vorwarnung. Ich geb's an Malte und den Einkauf weiter, ich denke, wir schaffen das bis Ende November."),
       ("contr", "2025-11-04 12:10", "Super, danke!")])
    c("genuine", "guest_lecture_invite", "de", "HAW-Professorin lädt zum Gastvortrag ein",
      [("haw", "2025-03-10 08:00", "Liebe Frau Brodersen, hätten Sie im Sommersemester Lust auf einen Gastvortrag in meiner Vorlesung Datenbanksysteme? Thema frei, gern etwas aus der E-Commerce-Praxis."),
       ("me", "2025-03-10 12:00", "Liebe Frau Janssen, sehr gern! Ich würde über Streaming von Bestellungen erzählen. Juni?"),
       ("haw", "2025-03-10 13:00", "Juni ist ideal, 17.06.?")])
    c("genuine", "owner_requests_quote", "en", "owner asks an observability vendor for a quote after a trial",
      [("me", "2025-07-30 10:00", "Hi Greg, our Lookout trial ends Friday. The freshness checks were useful. Could you send a quote for ~400 tables, annual, and tell me if there's a discount if we skip the anomaly ML module?"),
       ("observ", "2025-07-30 15:00", "Hi Svea, great to hear! For 400 tables it's USD 24k/year; without the anomaly module USD 17.5k. I can add a 10% discount if you sign before end of Q3."),
       ("me", "2025-07-30 16:00", "Thanks, I'll bring it to our budget meeting next week.")])
    c("genuine", "colleague_onboarding", "de", "Junior-Kollegin fragt nach Code-Review",
      [("nele", "2025-01-21 15:30", "Hi Svea, hast du heute noch Zeit, auf meinen PR für den Retouren-Join zu schauen? Ich bin nicht sicher, ob die Dedup-Logik stimmt."),
       ("me", "2025-01-21 16:00", "Klar, schau ich mir nach dem Standup an. Schreib schon mal nen Test für den Fall mit Teilretouren, da knallt es sonst."),
       ("nele", "2025-01-21 16:02", "Okay, mach ich!")])

    # ------------------------------------------------------------ wanted pitches
    c("wanted_pitch", "dq_vendor_read_post", "en", "data quality vendor read her blog post on late-arriving order events",
      [("dq", "2025-03-13 08:30", "Hi Svea, thanks for connecting. In your post you wrote that your biggest pain isn't late rows as such, but not knowing which downstream marts were built before the late rows landed. That's literally the reason Latewatch exists: we track, per partition, which models consumed it and flag rebuilds when a late batch arrives, with a dbt + BigQuery integration. Would you be up for a 30-min look? If it doesn't fit your setup I'd still love your feedback."),
       ("me", "2025-03-13 19:00", "Hi Hannah, you actually read it, nice :) Does it work with incremental models that use a lookback window?"),
       ("dq", "2025-03-14 08:00", "Yes - the lookback is parsed from the model config. I'll show it on a demo project with exactly that pattern.")])
    c("wanted_pitch", "freelancer_heard_talk", "de", "Freelancer war bei ihrem Talk und bietet Compaction-Hilfe an",
      [("icefree", "2025-09-29 09:00", "Hi Svea, ich war letzte Woche bei deinem Data-Harbour-Talk. Du hast erwähnt, dass eure nächtliche Compaction für die Clickstream-Tabelle inzwischen 3 Stunden braucht und ihr das Sort-Order-Thema noch vor euch habt. Ich hab genau das bei zwei Retailern gemacht (Z-Order + Partition Evolution auf Iceberg). Falls ihr dafür temporär Unterstützung braucht: Ich hätte ab November 2-3 Tage die Woche frei. Kein Druck, nur falls es passt.")])
    c("wanted_pitch", "recruiter_relevant_role", "en", "recruiter cites her OSS contributions for a streaming role",
      [("recrrel", "2025-06-25 11:00", "Hi Svea, I lead tech hiring at Elbgrün Energy in Hamburg. We're building a streaming platform for smart-meter data (Kafka + Iceberg), and your work on the tidewater Iceberg writer is pretty much the design we're about to build ourselves. The role is Staff Data Engineer, hybrid at the Hafencity office, band EUR 100-115k. If you're happy where you are, I'd still love to buy you a coffee and hear your take on the merge-on-read tradeoffs.")])
    c("wanted_pitch", "connector_vendor_tools", "de", "Anbieter kennt ihren Stack aus den Stellenanzeigen",
      [("shopcdc", "2025-05-27 10:00", "Hallo Frau Brodersen, aus Ihren Stellenanzeigen lese ich: Shopware 6, Airflow, BigQuery, und die Bestellungen kommen über einen generischen Connector. Wir haben einen Shopware-spezifischen CDC-Connector gebaut, der die Custom Fields und Lineitem-Payloads sauber typisiert - genau da brechen generische Connectors bei Schema-Änderungen gern. Hätten Sie Interesse an einem Test auf Ihrer Staging-Instanz?")])
    c("wanted_pitch", "consultancy_mutual_contact", "en", "consultancy mentions Priyanka by name",
      [("schema", "2025-04-08 14:00", "Hi Svea, Priyanka Desai suggested I reach out - she mentioned you're introducing a schema registry for your order events and worried about compatibility rules breaking the Shopware producers. We run a 2-day 'schema evolution' engagement: review your Avro/Protobuf choices, set compatibility per topic, and write the CI check. Happy to share what we did for another retailer if useful."),
       ("me", "2025-04-08 20:00", "Hi Laura, Priyanka is right, that's our current headache. Could you send the case study and a rough price?")])
    c("wanted_pitch", "reconciliation_press_item", "de", "Start-up bezieht sich auf die Pressemitteilung zum Marktplatz-Start",
      [("recon", "2025-08-19 09:00", "Hallo Svea, in der Pressemitteilung zum Start des Hafenkorb-Marktplatzes stand, dass ihr bis Jahresende 200 Drittanbieter anbinden wollt. Spätestens dann wird der Abgleich von Auszahlungen, Provisionen und Retouren pro Händler zum Datenthema. Settlr liefert genau diese Abgleichtabellen direkt nach BigQuery. Darf ich dir in 20 Minuten zeigen, wie das bei einem anderen Marktplatz aussieht?")])
    c("wanted_pitch", "inventory_visited_shop", "de", "Gründer hat im Shop veralteten Lagerbestand gesehen",
      [("inv", "2025-06-30 15:00", "Hallo Frau Brodersen, ich habe gestern bei Hafenkorb einen Sessel bestellt, der in der Suche als 'sofort lieferbar' angezeigt wurde, und eine Stunde später kam die Mail 'leider ausverkauft'. Zwei andere Artikel hatten dasselbe Muster - der Suchindex scheint den Bestand nur nächtlich zu bekommen. Wir bauen Echtzeit-Bestandsstreams vom ERP in Suche und Data Warehouse. Falls das bei euch ein Thema ist, erzähle ich gern mehr."),
       ("me", "2025-06-30 18:00", "Hallo Herr Frerichs, autsch, danke für den Hinweis - das Thema kennen wir. Schicken Sie mir gern Unterlagen, ich gebe sie auch an das Such-Team weiter.")])
    c("wanted_pitch", "publisher_article_series", "en", "publisher wants a book based on her article series",
      [("publ", "2025-02-25 16:00", "Hi Svea, I've been reading your series on svea-writes-data about event-time vs processing-time in e-commerce pipelines - the order-cancellation example in part 3 is the clearest explanation I've seen. We publish practitioner books and I think there's a short book here (~150 pages). Would you be open to a call about a proposal? Standard advance and royalties, and we'd give you a technical editor.")])
    c("wanted_pitch", "bootcamp_hiring_juniors", "de", "Akademie bezieht sich auf die offenen Junior-Stellen und den Stack",
      [("bootc", "2025-06-16 10:00", "Hallo Frau Brodersen, wir haben gesehen, dass Hafenkorb gerade zwei Junior-Data-Engineers sucht. Wir bieten ein 3-wöchiges Onboarding-Programm speziell für BigQuery + dbt + Airflow, das wir auf Ihre eigenen Modelle zuschneiden (anonymisierte Daten). Die Juniors starten danach direkt mit echten Tickets. Hätten Sie Interesse an einem Kurzprofil?")])
    c("wanted_pitch", "finops_from_slides", "en", "FinOps consultant saw the BigQuery bill spike in her slides",
      [("finops", "2025-10-01 12:00", "Hi Svea, in your Data Harbour slides (page 14) the BigQuery bill almost doubles in January and you mention it was a full-table scan in a dashboard. We audit BigQuery slot and on-demand usage, usually finding 20-40% savings in a week, paid as a share of the savings only. Given your commit renewal is probably coming up, it might be good timing. Worth a chat?")])
    c("wanted_pitch", "coworking_meetup_venue", "de", "Coworking bietet Raum an, weiß, dass das Meetup die Location verloren hat",
      [("cowork", "2025-11-10 10:00", "Hallo Svea, auf der Meetup-Seite von Data Harbour steht, dass ihr ab Januar eine neue Location sucht, und du bist dort als Co-Host genannt. Wir haben in der Speicherstadt einen Eventraum für 80 Leute mit Beamer und Mikro und würden ihn Community-Meetups kostenlos geben - wir wollen nur unser Coworking vorstellen dürfen (2 Minuten). Magst du ihn dir ansehen?")])
    c("wanted_pitch", "catalog_founder_github", "en", "data catalog founder refers to her GitHub issue comment",
      [("catalog", "2025-08-19 09:00", "Hi Svea, thanks for accepting! In tidewater issue #455 you described wanting column-level lineage from dbt into the Iceberg writer without a separate catalog service. That's what we're building at Lineagely and we're looking for 3 design partners - free for a year in exchange for monthly feedback calls. Would you be interested?"),
       ("me", "2025-08-19 20:00", "Hi Dana, interesting. Is it open source or at least self-hostable? We can't send metadata to a SaaS right now."),
       ("catalog", "2025-08-20 08:00", "Self-hosted first, Apache-2 core. I'll send you the repo.")])

    # ------------------------------------------------------------ junk
    c("junk", "generic_seo", "de", "generisches SEO für den Shop",
      [("seo", "2025-03-03 06:00", "Hallo Svea, ich habe mir euren Onlineshop angeschaut und sehe viel ungenutztes Potenzial bei Google Shopping und SEO. Wir steigern den Umsatz von Shops im Schnitt um 40 %. Wer ist bei euch für Marketing zuständig?")])
    c("junk", "off_topic_product", "en", "industrial 3D printer pitch",
      [("print3d", "2025-05-06 14:00", "Hi Svea, is your team still outsourcing prototypes? ProtoMax industrial 3D printers cut prototyping costs by 70%. I'd love to arrange a free demo at your facility.")])
    c("junk", "same_offer_as_owner", "de", "dbt-Workshop-Anbieter bietet ihr genau ihr eigenes Angebot an",
      [("samesell", "2025-09-15 08:00", "Hallo Svea, ist dein Team fit in dbt? Unsere 2-tägige dbt-Masterclass bringt Data-Teams auf Profi-Niveau - inhouse oder remote. Jetzt Frühbucherpreis sichern: 1.990 € für bis zu 8 Teilnehmende!")])
    c("junk", "capacity_for_clients", "en", "freelance network asks about capacity, joining fee",
      [("cap", "2025-10-07 06:30", "Hi Svea, do you have capacity for new freelance data projects? Our clients are looking for senior data engineers right now. Join TopFreelance Network today (EUR 49/month, first month free) and get matched within 48 hours!")])
    c("junk", "like_minded_entrepreneurs", "de", "gleichgesinnte Tech-Köpfe, dann Investment",
      [("gleich", "2025-07-08 08:00", "Hey Svea, cool, dass wir vernetzt sind! Ich connecte mich gern mit gleichgesinnten Tech-Köpfen. Was begeistert dich gerade am meisten?"),
       ("gleich", "2025-07-11 08:00", "Kleine Info am Rande: Ich habe einen exklusiven Kreis, der in KI-Start-ups vor dem Börsengang investiert. Ab 5.000 € dabei. Interesse an einem Call?")])
    c("junk", "quick_call", "en", "quick 15-minute call for AI agents",
      [("call15", "2025-04-15 15:00", "Hi Svea, I'll be brief: AgentForge builds AI agents that automate 80% of repetitive data tasks. Do you have 15 minutes this week for a quick call? Grab a slot here: cal.example/brandon"),
       ("call15", "2025-04-22 15:00", "Hi Svea, bumping this in case it got buried!")])
    c("junk", "connect_then_pitch_after_reply", "en", "small talk about Hamburg, owner replies, then labelling pitch",
      [("ctpen", "2025-06-17 09:00", "Hi Svea! Thanks for connecting. Is it as rainy in Hamburg as everyone says? 😄"),
       ("me", "2025-06-17 12:30", "Haha, worse. But the Franzbrötchen make up for it."),
       ("ctpen", "2025-06-19 09:00", "Love that! So, the reason I reached out - Annotato provides high-quality data labelling for AI teams at 50% lower cost. Would your team be open to a pilot?")])
    c("junk", "connect_then_pitch", "de", "Vernetzung, dann Finanzberatung in Nachricht 2",
      [("ctpde", "2025-08-05 09:00", "Hallo Svea, schön, dass wir vernetzt sind! Wie ist die Stimmung in der Tech-Branche gerade?"),
       ("ctpde", "2025-08-08 09:00", "Viele Menschen in Tech-Jobs verschenken Geld bei der Altersvorsorge. In einem 20-Minuten-Check zeige ich dir, wie du bis zu 300 € im Monat mehr rausholst. Wann passt es dir?")])
    c("junk", "connect_then_pitch", "en", "connect, compliment, small talk, pitch in message 3",
      [("ctp3", "2025-10-21 08:00", "Hi Svea, thanks for connecting! Impressive background in data."),
       ("ctp3", "2025-10-23 08:00", "Are you going to any conferences before the end of the year?"),
       ("ctp3", "2025-10-27 08:00", "Quick one: LeadSonar helps B2B teams find in-market buyers using intent data. Who handles sales tooling at Hafenkorb?")])
    c("junk", "template_nearshore", "en", "template 1/5: nearshore data engineers",
      [("t1", "2025-02-04 07:00", "Hi Svea, we have 40+ senior data engineers in Poland ready to join your team within 2 weeks - Airflow, dbt, Spark, BigQuery. Rates from EUR 45/h. Would it make sense to talk?")])
    c("junk", "template_nearshore", "en", "template 2/5, varied",
      [("t2", "2025-03-11 06:30", "Hello Svea, we have 50+ senior data engineers in Ukraine available to join your team within 2 weeks - dbt, Airflow, Spark, Snowflake. Rates start at EUR 40/h. Does it make sense to have a short call?")])
    c("junk", "template_nearshore", "en", "template 3/5 with bump",
      [("t3", "2025-04-01 07:15", "Hi Svea, we've got 35+ senior data engineers in Romania who can join Hafenkorb within 2 weeks (Airflow, dbt, Spark, BigQuery). Rates from EUR 42/h. Would it make sense to talk?"),
       ("t3", "2025-04-08 07:15", "Hi Svea, just following up on my note below 🙂")])
    c("junk", "template_nearshore", "en", "template 4/5",
      [("t4", "2025-05-13 08:00", "Hi Svea! We have 60+ senior data engineers in Serbia ready to join your team in 2 weeks. Spark, Airflow, dbt, Databricks. Rates from EUR 38/h. Would a quick chat make sense?")])
    c("junk", "template_nearshore", "de", "Vorlage 5/5 auf Deutsch",
      [("t5", "2025-06-03 07:00", "Hallo Svea, wir haben über 40 erfahrene Data Engineers in Polen, die innerhalb von 2 Wochen in euer Team einsteigen können - Airflow, dbt, Spark, BigQuery. Stundensätze ab 45 €. Macht ein kurzes Gespräch Sinn?")])
    c("junk", "merge_tag_failure", "en", "unfilled {first_name} tag",
      [("mt1", "2025-02-19 03:00", "Hi {first_name}, I noticed {company} is scaling its data stack! Querystack makes SQL 10x faster on any warehouse. Can I show you a quick demo?")])
    c("junk", "merge_tag_failure", "de", "unausgefülltes {{Vorname}}",
      [("mt2", "2025-04-29 05:00", "Hallo {{Vorname}}, als Data-Verantwortliche bei {{Unternehmen}} kennen Sie sicher das Problem verstreuter Excel-Listen. DatenMeister bringt Ordnung in Ihre Daten. Darf ich Ihnen 15 Minuten zeigen, wie?")])
    c("junk", "merge_tag_failure", "en", "wrong company name",
      [("mt3", "2025-07-15 10:00", "Hi Svea, loved what you're doing at Fischmarkt Online! InsightGrid helps retail data teams build dashboards 5x faster. Open to a quick chat next week?")])
    c("junk", "merge_tag_failure", "de", "Platzhalter [Position] und [Firma]",
      [("mt4", "2025-09-09 08:00", "Hallo Svea, für eine spannende Position als [Position] bei [Firma] suche ich genau Ihr Profil! Haben Sie Zeit für ein kurzes Telefonat?")])
    c("junk", "sponsored_inmail", "en", "sponsored cloud InMail",
      [("sp1", "2025-03-20 12:00", "<p>Hi Svea,</p><p>Move your data warehouse to Nimbus Cloud and get &euro;5,000 in free credits.</p><p>Join 20,000 data teams already building on Nimbus.</p>")],
      title="Sponsored Conversation", subject="€5,000 in free credits for your data team")
    c("junk", "sponsored_inmail", "de", "Sponsored InMail Weiterbildung",
      [("sp2", "2025-06-11 12:00", "<p>Hallo Svea,</p><p>Werden Sie zertifizierte:r KI-Manager:in – berufsbegleitend &amp; 100&nbsp;% online.</p><p>Jetzt kostenlos Infomaterial anfordern!</p>")],
      title="Sponsored Conversation", subject="Ihre Karriere mit KI")
    c("junk", "sponsored_inmail", "en", "sponsored vector database InMail",
      [("sp3", "2025-09-30 12:00", "<p>Hi Svea,</p><p>VectorHub is the fastest vector database for production AI. Free tier, no credit card.</p><p>Start building today &rarr;</p>")],
      title="Sponsored Conversation", subject="Build AI search in minutes")
    c("junk", "paid_award", "en", "paid data leaders award",
      [("award", "2025-05-28 10:00", "Dear Svea, congratulations! You have been selected as a finalist for the Data Leaders Awards Europe 2025 - '40 Under 40'. To secure your finalist profile, gala seat and digital badge, a participation fee of EUR 750 applies. Please confirm by June 10.")])
    c("junk", "paid_podcast_slot", "en", "paid podcast guest slot",
      [("pod", "2025-08-26 17:00", "Hey Svea! We'd love to feature you on Tech Founders Uncut (top 2% podcast globally). Guest slots include professional editing, 10 short clips and newsletter promo for a one-time fee of USD 1,500. Want the booking link?")])
    c("junk", "paid_feature", "de", "bezahltes Porträt im Magazin",
      [("mag", "2025-10-15 09:00", "Hallo Frau Brodersen, für unsere Sonderausgabe 'Die Daten-Köpfe Norddeutschlands' möchten wir Ihnen ein redaktionelles Porträt anbieten. Exklusiver Partnerpreis: 1.290 € zzgl. MwSt. Redaktionsschluss: 31.10.")])
    c("junk", "fluent_generic_names_company", "en", "fluent pitch naming Hafenkorb but could go to anyone",
      [("fluent", "2025-11-12 08:00", "Hi Svea, I've been following Hafenkorb's growth and it's impressive how consistently you've built a data-driven culture. Companies at your stage often find that their data foundations become the bottleneck for the next phase. At Adler & Partners we help scale-ups modernise their data platforms end-to-end. Would you be open to a conversation about your priorities for next year?")])
    c("junk", "generic_dq_tool", "en", "generic counterpart to the data quality pitch",
      [("dqx", "2025-03-25 14:00", "Hi Svea, bad data costs companies an average of $12.9M per year. DataPure is the #1 data quality platform. Book a demo and get a free data health report!")])
    c("junk", "generic_staff_augmentation", "de", "generisches Gegenstück zum Iceberg-Freelancer",
      [("stafx", "2025-10-08 09:00", "Hallo Svea, suchen Sie IT-Fachkräfte? Wir vermitteln Entwickler, Admins und Data-Experten in ganz Deutschland - schnell und flexibel. Wann können wir sprechen?")])
    c("junk", "generic_recruiter", "de", "Recruiterin mit unpassender Java-Stelle",
      [("recx", "2025-07-02 10:00", "Hallo Svea, ich habe eine spannende Position als Senior Java Backend Developer (m/w/d) in München, 100 % vor Ort. Ihr Profil passt perfekt! Wann sind Sie erreichbar?")])
    c("junk", "generic_etl_connectors", "en", "generic counterpart to the Shopware CDC pitch",
      [("etlx", "2025-05-20 13:00", "Hi Svea, connect 300+ data sources to your warehouse in minutes with Connectify. No code needed. Start your free trial today!"),
       ("etlx", "2025-05-27 13:00", "Hi Svea, did you get a chance to check out Connectify?")])
    c("junk", "generic_cloud_cost", "en", "generic counterpart to the FinOps pitch",
      [("costx", "2025-09-17 05:00", "Hi Svea, is your cloud bill out of control? CloudSave Pro cuts AWS, Azure and GCP costs by up to 50%. Get your free savings report today!")])
    c("junk", "generic_training", "de", "generisches Gegenstück zum Onboarding-Bootcamp",
      [("trainx", "2025-06-24 10:00", "Hallo Svea, unser Schulungsprogramm 2026 ist da: Excel, Power BI, Python für Einsteiger, Projektmanagement. Jetzt mit 20 % Frühbucherrabatt!")])
    c("junk", "follow_up_bump", "de", "Gewerbestrom mit mehrfachem Nachfassen ohne Antwort",
      [("bump", "2025-01-20 09:00", "Hallo Frau Brodersen, zahlt Ihr Unternehmen zu viel für Strom? Ich vergleiche kostenlos Ihren Gewerbestromtarif."),
       ("bump", "2025-01-27 09:00", "Hallo Frau Brodersen, haben Sie meine Nachricht gesehen?"),
       ("bump", "2025-02-10 09:00", "Hallo Frau Brodersen, letzte Nachricht von mir - melden Sie sich gern, wenn das Thema aktuell wird.")])
    c("junk", "crypto_pitch", "en", "crypto trading mentor",
      [("crypto", "2025-02-27 20:00", "Hi Svea, as a tech person you'll get this: I teach a simple algorithm-based crypto strategy that takes 15 minutes a day. Free masterclass Sunday - want the link?")])
    c("junk", "off_topic_benefits", "de", "Mitarbeiter-Benefits-App ohne Bezug",
      [("benefit", "2025-08-21 10:00", "Hallo Svea, steuerfreie Benefits für Ihr Team? Mit BenefitBox geben Sie Ihren Mitarbeitenden bis zu 50 € im Monat steuerfrei. Wer ist bei Ihnen für HR zuständig?")])
    c("junk", "generic_bi_demo", "en", "generic BI dashboard demo",
      [("bi", "2025-04-09 16:00", "Hi Svea, tired of slow dashboards? Dashly turns your data into beautiful insights in minutes. Teams like yours love it. Book a 20-minute demo?")])
    c("junk", "off_topic_real_estate", "de", "Immobilieninvestment",
      [("immo", "2025-11-18 18:00", "Hallo Svea, als Senior Data Engineer haben Sie ein überdurchschnittliches Einkommen. Haben Sie schon mal über eine Kapitalanlage-Immobilie nachgedacht? Ich zeige Ihnen in 30 Minuten, wie Sie Steuern sparen und Vermögen aufbauen.")])
    c("junk", "off_topic_office_equipment", "en", "standing desk pitch",
      [("mouse", "2025-01-28 11:00", "Hi Svea, working from home? ErgoDesk Pro standing desks reduce back pain by 54%. Use code LINKEDIN20 for 20% off this week only!")])


def build() -> Export:
    owner = Person("me", "Svea Brodersen", "https://www.linkedin.com/in/svea-brodersen-data")
    export = Export(SLUG, "2026", owner)
    people(export)
    conversations(export)
    return export


def main() -> None:
    export = build()
    export.write(OUT, PROFILE, POSITIONS, SKILLS)
    print(export.summary())


if __name__ == "__main__":
    main()

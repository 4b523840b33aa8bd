"""dev44 persona: German pre-sales engineer at a Swiss cybersecurity vendor in Zurich (2024 layout).

Written blind to the detector code in session 5; every message text is written by hand here.
Run with the project venv; it regenerates ../mixed-cybersecurity-sales-engineer-zurich-german/.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_build"))

from common import Export, Person  # noqa: E402

SLUG = "mixed-cybersecurity-sales-engineer-zurich-german"
OUT = Path(__file__).resolve().parents[1] / SLUG

owner = Person("me", "Svenja Hartwig", "https://www.linkedin.com/in/svenja-hartwig-secops",
               "Alpenwacht Security AG", "Senior Sales Engineer DACH")
ex = Export(SLUG, "2024", owner)
P = ex.person
C = ex.conv

# ---------------------------------------------------------------- people: genuine contacts
P("ciso_bank", "Reto Kälin", "Seetal Privatbank AG", "CISO", connected="2020-11-03")
P("lead_it", "Beat Zürcher", "Zürcher Präzisionsteile AG", "Leiter Informatik",
  invite=("IN", "2024-02-19 08:02", "Guten Tag Frau Hartwig, ich habe Ihre Demo am Swiss Cyber Defense Forum gesehen."),
  connected="2024-02-19")
P("partner_bern", "Nadia Rüegg", "Aarewerk Systems GmbH", "Head of Security Solutions", connected="2019-05-14")
P("ae", "Luca Bernasconi", "Alpenwacht Security AG", "Account Executive Enterprise", connected="2021-02-01")
P("lab_vendor", "Daniel Okonkwo", "LabCloud Hosting", "Customer Success", connected="2022-03-15")
P("recruiter_eng", "Charlotte Meier", "Helvetia Tech Talent", "Senior Recruiter Cyber", connected="2023-09-12")
P("applicant", "Fabian Gerber", "", "MSc Informatik ETH | Security", connected="2024-03-25",
  invite=("IN", "2024-03-25 21:10", "Hallo Svenja, ich habe mich als Junior Sales Engineer beworben, darf ich mich vernetzen?"))
P("ty_a", "Tom Ashworth", "Brightwater Insurance", "Security Architect", connected="2022-10-10")
P("ty_b", "Corinne Favre", "Banque Lémanique Privée SA", "SOC Lead", connected="2023-11-23")
P("ty_c", "Stefan Imhof", "Kanton Zug, Amt für Informatik", "IT-Security Officer", connected="2021-06-30")
P("newciso", "Andrea Lüthi", "Rhätische Logistik AG", "CISO", connected="2024-01-16",
  invite=("OUT", "2024-01-15 17:30", "Hallo Andrea, gratuliere zur neuen Rolle!"))
P("cfp", "Marisa Lindgren", "Swiss Cyber Defense Forum", "Program Committee", connected="2023-04-04")
P("hospital", "Dr. Urs Baumann", "Spital Limmattal-Süd", "Leiter ICT-Sicherheit")
P("uni_friend", "Moritz Kessler", "SAP SE", "Security Engineer", connected="2011-10-01")
P("ex_colleague", "Ethan Brooks", "Ironbark Networks", "Director Solutions Engineering EMEA", connected="2016-08-20")
P("soc_lead", "Priyanka Sharma", "Seetal Privatbank AG", "SOC Team Lead", connected="2022-06-06")
P("pm", "Jonas Widmer", "Alpenwacht Security AG", "Senior Product Manager", connected="2020-09-01")
P("partner_nfr", "Simon Frei", "Ostschweiz IT Partner AG", "Technical Consultant", connected="2022-11-11")
P("training", "Grace Liu", "Offensive Skills Academy", "Enrollment Advisor", connected="2024-04-02")
P("dpo", "Martina Schär", "Zürcher Präzisionsteile AG", "Datenschutzberaterin")
P("stammtisch", "Philipp Brunner", "Zürcher Security Stammtisch", "Organisator", connected="2018-03-03")
P("procurement", "Yvonne Stutz", "Seetal Privatbank AG", "Einkauf IT", connected="2023-02-02")
P("partner_contract", "Oliver Grant", "Northgate Cyber Distribution", "Partner Manager DACH", connected="2021-04-04")
P("ex_boss", "Thomas Reinhardt", "Freiberufler", "Ehem. Head of Presales, Breisgau Netzwerk GmbH",
  connected="2014-01-01")
P("mentee", "Amira Haddad", "ETH Zürich", "MSc Student Cyber Security")
P("journo", "Lukas Egli", "Inside Cyber CH", "Redaktor", connected="2022-01-20")
P("manager", "Sabine Wyss", "Alpenwacht Security AG", "Head of Sales Engineering", connected="2019-10-01")
P("awareness", "Marc Delacroix", "Brightwater Insurance", "CISO", connected="2021-12-12")
P("iam_vendor", "Hannah Vogt", "KeyRidge Identity", "Partner Alliances", connected="2022-09-09")
P("partner_tech", "Remo Schmid", "Aarewerk Systems GmbH", "Security Engineer", connected="2020-02-02")
P("unihockey", "Fabienne Keller", "UHC Zürich Oerlikon Seniors", "Teamcaptain", connected="2019-09-09")
P("reference", "Oliver Kunz", "Rhätische Logistik AG", "Head of IT Infrastructure", connected="2024-03-01")
P("renewal_cust", "Daniela Frick", "Stadtwerke Seeland AG", "Leiterin ICT", connected="2019-03-08")
P("se_colleague", "Nico Bühlmann", "Alpenwacht Security AG", "Sales Engineer", connected="2021-08-01")
P("venue", "Claudia Meili", "Hotel Seeblick Rüschlikon", "Event Sales", connected="2023-05-05")

# ---------------------------------------------------------------- people: wanted pitches
P("w_purple", "Dr. Nikola Petrović", "Redfin Labs GmbH", "Founder, Offensive Security")
P("w_coach", "Sandra Hürlimann", "DemoCraft Coaching", "Coach für technische Präsentationen",
  connected="2024-05-22", invite=("IN", "2024-05-22 18:05", "Hoi Svenja, Ihr Vortrag heute war top!"))
P("w_lab", "Kai Lehmann", "Rackline Hardware", "Solutions Consultant")
P("w_l10n", "Élodie Marchand", "Traduction Sécurité Sàrl", "Localisation Lead")
P("w_recruit", "James Whitcombe", "Leighton & Rhys Search", "Principal, Cyber Security Practice")
P("w_tender", "Patrick Gasser", "Gasser SOC Services AG", "Geschäftsführer")
P("w_video", "Lea Steiner", "", "Freelance Motion Designer (Tech-Explainer)")
P("w_cowork", "Benoît Perrin", "Flon Works Lausanne", "Community Manager")
P("w_candidates", "Michèle Bühler", "Bühler Tech Recruiting", "Inhaberin")
P("w_poc", "Ravi Subramaniam", "PocTrack", "Co-founder & CEO")
P("w_ctf", "Dominik Aebi", "FlagForge", "CTF Designer")
P("w_docs", "Hazel Quinn", "", "Freelance API Technical Writer")

# ---------------------------------------------------------------- people: junk senders
P("j_leadgen", "Tyler Morgan", "Pipeline Rocket", "Founder")
P("j_dubai", "Sascha Nowak", "Gulf Estate Invest", "Senior Property Advisor")
P("j_xdr", "Aaron Fielding", "CyberShield360", "Enterprise Account Executive")
P("j_soc", "Manuel Rieder", "SOCaaS Europe", "Vertrieb DACH")
P("j_capacity", "Jasmin Huber", "Kundenstrom AG", "Partnerships")
P("j_likeminded", "Brandon Steele", "Steele Mindset", "Founder | Coach | Investor")
P("j_call", "Marco Fischer", "WachstumsWerk", "Business Development")
P("j_ctp1", "Olivia Barnes", "TalentBridge Offshore", "Business Development",
  invite=("IN", "2023-07-03 09:10", "Hi Svenja, love to connect with fellow tech professionals!"), connected="2023-07-03")
P("j_ctp2", "Roman Keller", "Keller Vorsorge & Vermögen", "Finanzplaner",
  invite=("IN", "2023-10-16 07:40", "Grüezi Frau Hartwig, gerne würde ich mich mit Ihnen vernetzen."), connected="2023-10-16")
P("j_ctp3", "Denise Hofer", "Swiss Relocation Plus", "Relocation Consultant",
  invite=("IN", "2024-06-10 12:00", ""), connected="2024-06-10")
P("j_bump1", "Chris Newton", "DataLeap Outsourcing", "VP Sales")
P("j_bump2", "Julia Graf", "Eventflow Messebau", "Kundenberaterin")
P("j_tpl1", "Emily Carter", "IntentSignal", "Senior SDR")
P("j_tpl2", "Jake Palmer", "BuyerPulse Data", "Account Executive")
P("j_tpl3", "Sophie Turner", "ABM Forge", "Growth Manager")
P("j_tpl4", "Noah Mitchell", "SignalStack", "Business Development Rep")
P("j_tpl5", "Felix Brandt", "Kaufsignal GmbH", "Sales Development")
P("j_merge1", "Ashley Cooper", "OutreachOS", "SDR")
P("j_merge2", "Tobias Eberle", "CloudKosten Optimierer", "Vertrieb")
P("j_merge3", "Ben Harper", "SecureVault Backup", "Account Manager")
P("j_merge4", "Nina Marti", "Eventtechnik Marti", "Verkauf")
P("s_bank", "Zurich Private Wealth Partners", "ZPWP", "",
  url="https://www.linkedin.com/company/zurich-private-wealth-partners")
P("s_cloud", "Nimbus Cloud Platform", "Nimbus Cloud", "", url="https://www.linkedin.com/company/nimbus-cloud-platform")
P("s_mba", "Lakeside Executive Education", "Lakeside Executive Education", "",
  url="https://www.linkedin.com/company/lakeside-executive-education")
P("j_award", "Rebecca Sloane", "Women in Cyber Excellence Awards", "Awards Manager")
P("j_podcast", "Daniel Kovač", "CyberTalk DACH Podcast", "Host & Producer")
P("j_fluent", "Vincent Moreau", "Axiom Brand Consulting", "Managing Partner")
P("j_pentest", "Rahul Mehta", "HackProof Solutions", "Business Development Manager")
P("j_salestrain", "Kerstin Lang", "Verkaufsprofi Akademie", "Trainerin")
P("j_hardware", "Kevin Zhang", "Global IT Hardware Deals", "Sales")
P("j_translate", "Anna Kowalska", "TransWorld Language Services", "Project Coordinator")
P("j_recruit", "Mike Donovan", "StaffNow Europe", "Recruiter")
P("j_video", "Stefan Moser", "Moser Filmproduktion", "Produzent")
P("j_cowork", "Laura Bianchi", "FlexDesk Europe", "Sales")
P("j_crm", "Peter Lindqvist", "SalesDeck CRM", "Account Executive")
P("j_crypto", "Ivan Petrenko", "CoinVantage", "Investment Manager")
P("j_coffee", "Reto Ammann", "BüroKaffee Schweiz", "Aussendienst")
P("j_bump3", "Chloe Evans", "WebinarBoost", "Partnerships Manager")

# ================================================================= genuine
C("genuine", "customer_quote_request", "en", "customer CISO asks for a quote to expand licences (hard case: price, offer)",
  [("ciso_bank", "2024-03-12 08:40", "Hi Svenja, the board approved extending Sentinel to our two subsidiaries in Ticino and Liechtenstein (roughly 650 additional endpoints). Could you and Luca send me an updated offer, ideally co-termed with our current contract ending Sept 2025? And I'd like your view on whether we need the extra log retention for FINMA."),
   ("me", "2024-03-12 09:15", "Hi Reto, great news! Luca will send the co-termed offer by Friday. On retention: for your setup 12 months hot is enough, I'll write you a short note on how that maps to the FINMA circular."),
   ("ciso_bank", "2024-03-12 09:20", "Perfect, thanks.")])
C("genuine", "inbound_buyer_lead", "de", "IT-Leiter eines KMU will nach der Demo kaufen und fragt nach Preis und POC",
  [("lead_it", "2024-02-19 08:20", "Guten Tag Frau Hartwig, danke fürs Annehmen. Ihre Live-Demo mit dem Ransomware-Stopp am Forum war eindrücklich. Wir sind 280 Mitarbeitende, 3 Standorte, aktuell nur klassischer Virenschutz. Könnten wir einen POC machen, und in welcher Grössenordnung liegen die Lizenzkosten pro Endpoint?"),
   ("me", "2024-02-19 10:05", "Guten Tag Herr Zürcher, vielen Dank! Sehr gerne. Für Ihre Grösse liegen wir grob bei CHF 55-70 pro Endpoint und Jahr, je nach Modul. Ein POC dauert bei uns 30 Tage. Ich schlage einen Scoping-Call mit meinem Kollegen Luca Bernasconi vor – passt Donnerstag 14 Uhr?"),
   ("lead_it", "2024-02-19 10:30", "Donnerstag passt. Ich nehme noch unsere Datenschutzberaterin dazu.")])
C("genuine", "partner_joint_offer", "de", "Channel-Partner schlägt ein gemeinsames Angebot (Bundle mit MDR) für einen Kunden vor",
  [("partner_bern", "2024-05-07 13:00", "Hoi Svenja, wir haben bei der Gemeinde-Verbund-Ausschreibung im Berner Oberland gute Karten. Ich würde gern ein gemeinsames Angebot machen: eure Sentinel-Lizenzen plus unser 24/7-MDR, Rabatt gemeinsam kalkuliert. Kannst du mit Luca klären, ob ihr beim Listenpreis noch 12 % Deal-Registration-Rabatt geben könnt?"),
   ("me", "2024-05-07 14:10", "Hoi Nadia, klingt super. Ich spreche heute mit Luca, Deal Registration sollte kein Problem sein, wenn ihr sie bis Freitag im Portal erfasst."),
   ("partner_bern", "2024-05-07 14:15", "Merci vielmal!")])
C("genuine", "internal_sales_team", "de", "Account Executive stimmt den POC-Ablauf mit ihr ab",
  [("ae", "2024-02-22 16:00", "Svenja, der Call mit Zürcher Präzisionsteile war stark. Kannst du bis Montag den POC-Plan schreiben? Die Datenschützerin will wissen, wo die Telemetrie liegt."),
   ("me", "2024-02-22 16:30", "Mach ich. Telemetrie liegt in Zürich/Genf, ich hänge das Datenblatt an."),
   ("ae", "2024-02-22 16:31", "🙏")])
C("genuine", "vendor_price_change", "en", "existing lab hosting vendor announces price change for the demo environment",
  [("lab_vendor", "2024-07-01 09:00", "Hi Svenja, heads-up from LabCloud: from October 1 the GPU-less 'Demo M' instance goes from CHF 310 to CHF 355/month due to the datacenter energy surcharge. If you commit to 12 months before Sept 15 we can keep CHF 320. Your current 3 instances would be affected."),
   ("me", "2024-07-01 10:20", "Thanks Daniel. I'll check with Sabine whether we commit for 12 months, will let you know by end of August."),
   ("lab_vendor", "2024-07-01 10:25", "Sounds good!")])
C("genuine", "recruiter_engaged", "en", "recruiter she engaged with earlier follows up about a role she discussed",
  [("recruiter_eng", "2023-09-12 11:00", "Hi Svenja, thanks for the chat last week. As promised, here's the role summary for the Solutions Architect position at the Zurich fintech. Salary band CHF 165-185k + bonus. Let me know if you want to go to first round."),
   ("me", "2023-09-13 19:30", "Hi Charlotte, thank you! I read it, it's interesting but I'd rather stay in a vendor role for now. Keep me in mind for senior SE roles though, especially in identity."),
   ("recruiter_eng", "2023-09-14 08:00", "Understood, will do. Thanks for being so clear!")])
C("genuine", "job_applicant", "de", "Bewerber auf die Junior-Sales-Engineer-Stelle",
  [("applicant", "2024-03-25 21:20", "Hallo Svenja, danke fürs Vernetzen. Ich habe mich letzte Woche auf die Stelle Junior Sales Engineer beworben. Ich habe meine Masterarbeit über Detection Engineering gemacht und nebenbei bei einem MSSP im SOC gearbeitet. Falls du Fragen hast, melde dich gerne!"),
   ("me", "2024-03-26 08:30", "Hoi Fabian, danke für die Nachricht. Deine Bewerbung ist bei Sabine und mir, wir melden uns diese Woche für ein erstes Gespräch.")])
C("genuine", "event_thank_you", "en", "thank-you after her conference talk (1/3, near-duplicate)",
  [("ty_a", "2024-05-22 17:40", "Great talk today Svenja! The live ransomware demo was the highlight of the day. Thanks for sharing.")])
C("genuine", "event_thank_you", "en", "thank-you after her conference talk (2/3, near-duplicate)",
  [("ty_b", "2024-05-22 18:15", "Thanks for the great talk today, Svenja! The live ransomware demo was definitely the highlight. Merci!"),
   ("me", "2024-05-22 20:00", "Merci Corinne, glad it worked live 😅")])
C("genuine", "event_thank_you", "de", "Dankesnachricht nach ihrem Konferenzvortrag (3/3, fast gleich, Deutsch)",
  [("ty_c", "2024-05-23 07:50", "Super Vortrag gestern, Svenja! Die Live-Ransomware-Demo war das Highlight. Danke fürs Teilen!")])
C("genuine", "owner_outreach_customer", "de", "sie schreibt die neue CISO eines Kunden an",
  [("me", "2024-01-16 08:15", "Hallo Andrea, danke fürs Annehmen und gratuliere nochmals zur neuen Rolle bei der Rhätischen Logistik. Ihr nutzt Sentinel seit 2022; wenn du magst, mache ich dir gerne ein Onboarding mit eurem aktuellen Setup und den offenen Punkten aus dem letzten Health Check."),
   ("newciso", "2024-01-17 12:10", "Hoi Svenja, sehr gerne, das wäre hilfreich. Ich bin noch am Einarbeiten. Nächste Woche Mittwoch in Chur?"),
   ("me", "2024-01-17 12:30", "Mittwoch passt, ich nehme den Zug um 8:09.")])
C("genuine", "owner_cfp_submission", "en", "owner contacts the conference programme committee about submitting a talk",
  [("me", "2024-01-29 10:00", "Hi Marisa, I'd like to submit a talk for the Forum: a live demo of how a ransomware operator moves from a phished laptop to the backup server, and where detection kicks in. Vendor-neutral, no product slides. Is there still room in the technical track?"),
   ("cfp", "2024-01-30 09:00", "Hi Svenja, that sounds great and exactly what we want more of. CFP closes Feb 15, please submit via the portal and mention the live demo so we plan a longer slot."),
   ("cfp", "2024-03-20 14:00", "Good news: your talk is accepted, May 22, 14:30, Hall B. 40 min incl. Q&A."),
   ("me", "2024-03-20 14:30", "Fantastic, thank you!")])
C("genuine", "rfp_question_spam_folder", "de", "Spital-Sicherheitsverantwortlicher mit RFP-Rückfrage; Nachricht im SPAM",
  [("hospital", "2024-08-27 17:45", "Guten Abend Frau Hartwig, wir bereiten die Ausschreibung für EDR/XDR im Spital vor und ich hätte vorab eine Frage: Läuft Ihr Agent auf den medizinischen Arbeitsstationen mit Windows 10 IoT LTSC, und haben Sie Referenzen im Gesundheitswesen in der Schweiz? Ich möchte die Anforderungen fair formulieren."),
   ("me", "2024-09-03 08:20", "Guten Tag Herr Dr. Baumann, entschuldigen Sie die Verzögerung, Ihre Nachricht ist bei mir im Spam-Ordner gelandet. Ja, LTSC wird unterstützt, inkl. Offline-Modus. Referenzen im Gesundheitswesen kann ich nennen, ich schicke Ihnen gerne ein kurzes Dokument.")],
  folder="SPAM")
C("genuine", "longstanding_friend", "de", "Studienfreund aus Karlsruhe, Smalltalk",
  [("uni_friend", "2024-04-05 20:00", "Svenja! Lange nix gehört. Bist du im Juni beim Alumni-Treffen in Karlsruhe? Wir könnten danach noch in die Oststadt, wie früher 🍻"),
   ("me", "2024-04-05 21:15", "Moritz!! Ja, bin dabei, hab schon den ICE gebucht. Oststadt auf jeden Fall."),
   ("uni_friend", "2024-04-05 21:17", "Sehr gut. Bis dann!")])
C("genuine", "longstanding_ex_colleague", "en", "former colleague from Munich catches up",
  [("ex_colleague", "2023-12-18 15:00", "Hey Svenja, Merry Christmas early! How's Zurich treating you? Still doing the ski weekends? We miss your demos in Munich, the new folks can't make a SIEM look exciting 😄"),
   ("me", "2023-12-18 16:30", "Haha thanks Ethan! All good, Flumserberg every other weekend. Say hi to the team, and have great holidays!")])
C("genuine", "customer_incident", "en", "customer SOC lead contacts her during a live incident",
  [("soc_lead", "2024-06-14 23:10", "Svenja sorry for the late ping - we see mass isolation alerts on 40 endpoints in Lugano after an update of our print server. Is this a known false positive? Support ticket #48213 is open but no answer yet."),
   ("me", "2024-06-14 23:25", "On it. Known issue with the driver signing from the print vendor, hotfix rule is available. I'm calling the support duty engineer now, he'll join your bridge in 10 min."),
   ("soc_lead", "2024-06-14 23:27", "Thank you!!"),
   ("soc_lead", "2024-06-15 00:40", "All endpoints released. You're a star.")])
C("genuine", "internal_product_feedback", "en", "internal product manager asks for customer feedback on a feature",
  [("pm", "2024-04-10 11:00", "Hi Svenja, we're scoping the OT sensor for H2. Which of your customers would be good for 30-min interviews? Ideally manufacturing."),
   ("me", "2024-04-10 11:45", "Zürcher Präzisionsteile for sure, maybe Rhätische Logistik for the depots. I'll ask them this week.")])
C("genuine", "partner_nfr_licences", "de", "Partner-Techniker fragt nach NFR-Lizenzen für sein Lab",
  [("partner_nfr", "2023-11-07 09:30", "Grüezi Svenja, unsere NFR-Lizenzen laufen Ende Monat ab. Kannst du die verlängern? Wir brauchen wieder 25 Endpoints fürs Demo-Lab, plus neu das Identity-Modul."),
   ("me", "2023-11-07 10:00", "Hoi Simon, ich löse das im Partnerportal aus, Identity-Modul packe ich mit rein. Sollte morgen aktiv sein.")])
C("genuine", "training_booked", "en", "training provider she enrolled with confirms exam date and invoice",
  [("training", "2024-04-02 14:00", "Hi Svenja, welcome to the Offensive Skills Academy! Your enrollment for the Advanced Red Team Operations course is confirmed, lab access starts May 1. Your employer invoice (CHF 2,450) was sent to accounts payable. Your exam window is 1-15 August."),
   ("me", "2024-04-02 15:00", "Thanks Grace! Could you move the exam window to September? August is holiday."),
   ("training", "2024-04-03 09:00", "Done, 2-16 September.")])
C("genuine", "customer_dpa_request", "de", "Datenschutzberaterin eines Interessenten fragt nach AVV und nDSG-Unterlagen",
  [("dpo", "2024-02-27 10:15", "Guten Tag Frau Hartwig, im Hinblick auf den POC bräuchten wir den Auftragsverarbeitungsvertrag, die Liste der Subunternehmer und eine Aussage zum Speicherort der Daten gemäss revDSG. Können Sie uns das zukommen lassen?"),
   ("me", "2024-02-27 11:00", "Guten Tag Frau Schär, gerne, ich schicke Ihnen heute das nDSG-Paket (AVV, Subunternehmerliste, TOMs). Daten liegen ausschliesslich in der Schweiz."),
   ("dpo", "2024-02-27 11:10", "Vielen Dank!")])
C("genuine", "event_invitation_contact", "de", "Organisator des Security-Stammtischs lädt sie als Gast ein",
  [("stammtisch", "2024-09-02 12:00", "Hoi Svenja, am 26.9. ist wieder Stammtisch im Zunfthaus, Thema 'Incident Response in KMU'. Magst du ein 10-Minuten-Lightning-Talk machen? Danach Apéro wie immer 🍷"),
   ("me", "2024-09-02 13:00", "Hoi Philipp, sehr gerne! Ich erzähle was über die ersten 60 Minuten nach dem Alarm.")])
C("genuine", "customer_procurement", "de", "Einkauf beim Kunden verlangt überarbeitete Offerte mit Zahlungsbedingungen (harter Fall: Vertrag, Preise)",
  [("procurement", "2024-03-28 09:00", "Guten Tag Frau Hartwig, danke für die Offerte zur Erweiterung. Wir benötigen bitte noch eine Version in CHF inkl. MWST, mit Zahlungsziel 60 Tage und einer Preisgarantie über die Vertragslaufzeit. Ohne diese Punkte kann ich den Antrag nicht an die GL weitergeben."),
   ("me", "2024-03-28 09:40", "Guten Tag Frau Stutz, verstanden. Ich kläre das mit Herrn Bernasconi und unserem Legal; Sie erhalten die angepasste Offerte bis Mittwoch."),
   ("procurement", "2024-03-28 09:45", "Danke.")])
C("genuine", "distributor_contract", "en", "distributor partner manager about contract renewal terms",
  [("partner_contract", "2024-10-01 10:00", "Hi Svenja, our distribution agreement renews in January. Legal wants to change the MDF clause and the price-list notice period from 60 to 90 days. Could you loop in whoever owns that on your side? I'd rather not surprise anyone."),
   ("me", "2024-10-01 10:30", "Hi Oliver, thanks for flagging. That's Sabine and our partner director, I'll set up a call next week.")])
C("genuine", "former_boss_congrats", "de", "ehemaliger Chef gratuliert zur Beförderung",
  [("ex_boss", "2023-07-03 19:00", "Liebe Svenja, gerade gesehen: Senior Sales Engineer! Herzlichen Glückwunsch, hochverdient. Ich hab's immer gesagt, die Schweiz tut dir gut."),
   ("me", "2023-07-03 20:30", "Danke Thomas! Ohne deine Schule in Freiburg wär ich nicht hier. Nächstes Mal, wenn ich im Breisgau bin, gibt's ein Bier.")])
C("genuine", "mentoring_student", "en", "master's student asks for career advice",
  [("mentee", "2024-02-08 18:30", "Hi Svenja, I saw you at the Women in Security meetup at ETH. I'm finishing my master's and wondering whether to go into pre-sales or stay technical. Would you have 20 minutes sometime? Totally fine if not."),
   ("me", "2024-02-08 20:00", "Hi Amira, happy to! Pre-sales IS technical, I'll tell you why 😉 Next Tuesday 12:15, coffee at Polyterrasse?"),
   ("mentee", "2024-02-08 20:05", "Perfect, thank you so much!")])
C("genuine", "journalist_request", "de", "Fachjournalist bittet um Einschätzung zu Ransomware-Angriffen auf KMU",
  [("journo", "2024-07-09 10:00", "Grüezi Frau Hartwig, wir machen einen Schwerpunkt zu Ransomware bei Schweizer KMU. Hätten Sie Zeit für ein kurzes Gespräch diese Woche? Keine Produktwerbung, eher Ihre Sicht aus der Praxis."),
   ("me", "2024-07-09 11:00", "Grüezi Herr Egli, gerne. Donnerstag 10 Uhr telefonisch? Ich muss mich vorher kurz mit unserer Kommunikation abstimmen, das ist aber Formsache.")])
C("genuine", "manager_planning", "de", "Vorgesetzte zur Quartalsplanung und Reisen, mit einem Entwurf",
  [("manager", "2024-06-24 15:00", "Svenja, kannst du bis Freitag deine Q3-Planung schicken? Besonders Romandie: Wie viele Tage brauchst du in Lausanne und Genf?"),
   ("me", "2024-06-24 15:40", "Hi Sabine, ich rechne mit 2 Tagen pro Monat in Lausanne und einem in Genf. Schick ich dir Freitag detailliert."),
   ("me", "2024-06-24 15:45", "Und noch was zur Reisekostenrichtlinie, die 1. Klasse für Strecken über"),
   ("manager", "2024-06-24 15:50", "Super, danke.")],
  drafts={2})
C("genuine", "customer_speaker_invite", "en", "customer CISO invites her to speak at their internal awareness day",
  [("awareness", "2024-09-17 09:00", "Svenja, our Cyber Awareness Day is Oct 24 in Winterthur. After your Forum talk several people asked if you could come and do the live demo for our staff (non-technical, ~200 people). Would that work? We'd of course cover travel."),
   ("me", "2024-09-17 10:00", "Marc, I'd love to. I'll adapt the demo for a non-technical audience, less PowerShell, more story 🙂")])
C("genuine", "peer_joint_webinar", "en", "identity vendor alliance manager proposes a joint webinar for shared customers",
  [("iam_vendor", "2024-08-13 14:00", "Hi Svenja, we have 9 joint customers now. What about a joint webinar in October: 'Stopping identity-based attacks end to end', your detection + our identity threat protection? We'd split the promotion and share leads. Could you own the demo part?"),
   ("me", "2024-08-13 15:30", "Hi Hannah, I like it. Let me check with marketing on lead sharing, the demo part I'm happy to do."),
   ("iam_vendor", "2024-08-13 15:40", "Great! I'll send a draft agenda.")])
C("genuine", "partner_technical_question", "de", "Partner-Engineer mit technischer Frage zur SIEM-Integration",
  [("partner_tech", "2024-01-23 13:30", "Hoi Svenja, kurze Frage: Beim Kunden in Thun kommen die Sentinel-Events im SIEM doppelt an, einmal per Syslog und einmal über die API. Gibt's da eine Best Practice, welche Quelle man nimmt?"),
   ("me", "2024-01-23 14:00", "Hoi Remo, nimm die API, Syslog hat weniger Felder. Syslog-Forwarding dann im Policy-Tab deaktivieren. Ich schick dir den KB-Artikel.")])
C("genuine", "venue_existing_vendor_price", "de", "Hotel, bei dem sie Kundenevents macht, informiert über neue Pauschalen",
  [("venue", "2024-10-08 11:00", "Guten Tag Frau Hartwig, vielen Dank für Ihre Anfrage für den Kundenanlass am 21. November. Leider haben sich unsere Tagungspauschalen per 2025 geändert (CHF 115 statt 98 pro Person). Für Ihren November-Anlass gilt natürlich noch der bisherige Preis. Soll ich den Saal Zürichsee optional reservieren?"),
   ("me", "2024-10-08 11:30", "Guten Tag Frau Meili, ja bitte, optional für 40 Personen. Definitive Zusage bis 25. Oktober.")])
C("genuine", "sports_club_smalltalk", "mixed", "Teamcaptain vom Unihockey-Club, Swiss German mit englischen Einsprengseln",
  [("unihockey", "2024-09-10 21:30", "Hoi Svenja! Training morn isch im Hallenstadion-Nebenhalle statt Oerlikon, gäll. Und bring bitte d'Trikots mit, du häsch s'Set. See you!"),
   ("me", "2024-09-10 21:45", "Merci für d'Info! I bring them, keine Sorge 😄"),
   ("unihockey", "2024-09-10 21:46", "Top 👍")])
C("genuine", "reference_call_request", "en", "prospect's IT head agrees to be a reference for another customer",
  [("me", "2024-04-15 09:00", "Hi Oliver, a favour: a manufacturing company in Zurich is evaluating Sentinel and would love a 20-min reference call with someone running it in a multi-site setup. Would you be open to that?"),
   ("reference", "2024-04-15 11:00", "Hi Svenja, sure, happy to. Thursday or Friday afternoon works. Just not about pricing please 😉"),
   ("me", "2024-04-15 11:10", "Of course, thank you! I'll connect you by email.")])
C("genuine", "mixed_language_customer", "mixed", "Kunde aus der Romandie schreibt gemischt Französisch-Englisch-Deutsch zur Roadmap",
  [("ty_b", "2024-10-15 10:00", "Salut Svenja, quick question: est-ce que le module OT sera disponible en 2025? Unser Head of IT fragt, weil wir das Budget jetzt planen müssen."),
   ("me", "2024-10-15 11:00", "Salut Corinne! Public beta is planned for Q2 2025, GA eher Q4. Ich schicke dir die Roadmap-Folie unter NDA."),
   ("ty_b", "2024-10-15 11:10", "Parfait, merci!")])
C("genuine", "customer_renewal_price_question", "de", "Bestandskundin fragt nach der Preiserhöhung bei der Vertragsverlängerung (harter Fall: Preise, Vertrag)",
  [("renewal_cust", "2024-08-29 08:30", "Hallo Svenja, wir haben die Verlängerungsofferte bekommen. 9 % mehr als letztes Jahr ist für uns als Stadtwerk schwierig zu erklären. Ist das verhandelbar, wenn wir auf 3 Jahre gehen? Und ich wollte dich fragen, ob das Identity-Modul inzwischen im Paket ist."),
   ("me", "2024-08-29 09:10", "Hallo Daniela, verstehe ich. Bei 3 Jahren Laufzeit kann Luca sicher etwas machen, ich bespreche es heute mit ihm. Identity ist seit Juni im Paket 'Advanced' enthalten, das wäre vielleicht sogar günstiger für euch."),
   ("renewal_cust", "2024-08-29 09:20", "Das wäre super. Merci!")])
C("genuine", "internal_deal_group", "de", "interne Gruppenunterhaltung zum Deal mit Vertretung während ihrer Ferien",
  [("ae", "2024-07-11 10:00", "Hoi zäme, Seetal will den Vertrag vor den Sommerferien unterschreiben. Svenja, du bist ab 20.7. weg, oder? Wer übernimmt die technischen Fragen vom Einkauf?"),
   ("me", "2024-07-11 10:20", "Genau, 20.7.-4.8. Nico, kannst du übernehmen? Ich schreib dir heute eine Übergabe mit allen offenen Punkten."),
   ("se_colleague", "2024-07-11 10:45", "Klar, mach ich. Schick mir auch den Link zum POC-Bericht."),
   ("ae", "2024-07-11 10:50", "Merci euch! 🙏")],
  title="Deal Seetal Privatbank – Erweiterung")

# ================================================================= wanted pitches
C("wanted_pitch", "purple_team_article", "en", "offensive security boutique refers to her blog post on lateral movement detection",
  [("w_purple", "2024-03-04 09:00", "Hi Svenja, I read your Alpenwacht blog post 'Three hops to the backup server' - the part where you said your demo lab shows lateral movement only via PsExec because building realistic attack chains takes too long. That's what we do: we'd build you 3-4 realistic, reproducible attack chains (Kerberoasting, RDP pivot, backup deletion) as scripts you can replay in your demo lab before each customer session. Fixed price, and we hand over the code. Would that be interesting for your SE team?"),
   ("me", "2024-03-04 12:30", "Hi Nikola, that's actually a real pain for us. Let's talk, I'll bring Sabine. Next week?")])
C("wanted_pitch", "demo_coach_talk", "de", "Präsentationscoach bezieht sich auf ihren Vortrag und eine konkrete Situation darin",
  [("w_coach", "2024-05-22 18:30", "Liebe Svenja, danke fürs Vernetzen. Dein Vortrag war stark, und als die Demo bei Minute 23 kurz hing, hast du das super abgefangen. Ich coache technische Teams genau für solche Momente: Demo-Storytelling, Plan B, Fragen vom Publikum. Ich habe gesehen, dass euer SE-Team gerade wächst. Hättest du Interesse an einem halben Tag Workshop für euer Team? Ich schicke gern ein Konzept."),
   ("me", "2024-05-23 08:15", "Ha, Minute 23 😅 Danke! Schick mal das Konzept, ich leite es an meine Chefin weiter.")])
C("wanted_pitch", "hardware_her_setup", "en", "hardware consultant knows her demo-lab setup from her public GitHub repo",
  [("w_lab", "2024-07-15 10:00", "Hi Svenja, I came across your public 'sentinel-demo-lab' repo; the README says the whole lab runs on a single Intel NUC with Proxmox and 64 GB RAM, and that you carry it to customer sites. We build ruggedised mini-racks (2 nodes + switch, 128 GB each, flight case, fits in overhead luggage) for pre-sales teams. Same Proxmox setup, just twice the VMs and no more crashing during the 'ransomware' step. Want me to send the spec sheet and a rental option for trade shows?")])
C("wanted_pitch", "localisation_specific_problem", "de", "Übersetzungsagentur benennt das konkrete Problem: französische UI fehlt für Romandie-Kunden",
  [("w_l10n", "2024-06-18 09:00", "Guten Tag Frau Hartwig, bei Ihrem Webinar für die Romandie fragten zwei Teilnehmende, ob die Sentinel-Konsole auf Französisch verfügbar sei, und Sie antworteten 'Ende Jahr, hoffentlich'. Wir sind auf Lokalisierung von Security-Software spezialisiert (UI-Strings, KB-Artikel, Alert-Texte), mit Terminologiedatenbank nach Swiss-French-Standard. Wir könnten die Alert-Texte als Pilot übersetzen, das sind meist die kritischsten Strings. Darf ich Ihnen ein Angebot schicken?"),
   ("me", "2024-06-18 10:00", "Bonjour Frau Marchand, gutes Zuhören! Das entscheidet unser Produktmanagement, ich leite Sie an Jonas Widmer weiter.")])
C("wanted_pitch", "recruiter_relevant_mutual", "en", "executive recruiter with a relevant Principal SE role, names a mutual contact",
  [("w_recruit", "2024-08-20 16:00", "Hi Svenja, Ethan Brooks at Ironbark suggested I contact you - he said you're the best demo person he's worked with. I'm hiring a Principal Solutions Engineer for an identity security vendor expanding into DACH, based in Zurich, building the SE team from scratch (first hire, then 3 more). Given your identity interest and German/English/some French, it seems a strong fit. Open to a confidential 20-minute chat?"),
   ("me", "2024-08-21 07:45", "Hi James, thanks and thanks to Ethan. I'm not actively looking but identity is interesting. Happy to hear more, next week?")])
C("wanted_pitch", "tender_consortium", "de", "SOC-Dienstleister bezieht sich auf eine konkrete öffentliche Ausschreibung auf simap",
  [("w_tender", "2024-04-23 08:30", "Grüezi Frau Hartwig, auf simap.ch ist die Ausschreibung 'Managed Detection & Response für die kantonale Verwaltung' (Projekt-ID 271904, Eingabe bis 14. Juni) publiziert. Gefordert sind EDR mit Datenhaltung in der Schweiz und ein Schweizer SOC. Wir betreiben das SOC in Chur, Sie haben das Produkt mit CH-Hosting. Hätten Sie Interesse, gemeinsam als Bietergemeinschaft einzureichen? Die Eignungskriterien (3 Referenzen öffentliche Hand) würden wir zusammen erfüllen."),
   ("me", "2024-04-23 09:30", "Grüezi Herr Gasser, spannend. Das muss ich mit unserem Sales Director klären, ich melde mich bis Ende Woche.")])
C("wanted_pitch", "video_mutual_contact", "de", "Motion-Designerin auf Empfehlung der Partnerin Nadia Rüegg",
  [("w_video", "2024-06-04 11:00", "Hallo Svenja, Nadia Rüegg von Aarewerk hat mir erzählt, dass ihr für die Partner-Trainings kurze Erklärvideos sucht, weil niemand die 40-Seiten-PDFs liest 😄 Ich mache animierte Tech-Explainer (60-90 Sek.), u.a. für zwei Security-Firmen in Bern. Für eine Serie von 5 Videos liege ich bei ca. CHF 6'500. Soll ich dir ein paar Beispiele schicken?"),
   ("me", "2024-06-04 12:00", "Hallo Lea, Nadia hat recht, leider 😅 Ja, schick mir Beispiele.")])
C("wanted_pitch", "cowork_register_entry", "en", "coworking space noticed the commercial register entry of the new Lausanne branch",
  [("w_cowork", "2024-05-28 10:00", "Hello Svenja, I saw in the SHAB commercial register that Alpenwacht Security AG registered a branch in Lausanne last week, and on your profile that you cover Romandie. Until you have an office, Flon Works has a 4-desk team room with a locked cabinet (useful for demo hardware) and a meeting room for customer workshops, 5 min from the station. Monthly, no long lease. Would you like a visit when you're next in Lausanne?")])
C("wanted_pitch", "recruiter_candidates_careers_page", "de", "Recruiterin hat die Karriereseite gelesen und bietet passende Kandidaten für die Junior-SE-Stelle",
  [("w_candidates", "2024-03-18 09:00", "Grüezi Frau Hartwig, auf Ihrer Karriereseite ist seit 6 Wochen die Stelle 'Junior Sales Engineer (DE/FR)' ausgeschrieben. Französisch plus Security ist in Zürich selten. Ich habe aktuell zwei Kandidatinnen aus Lausanne (beide SOC-Erfahrung, zweisprachig), die nach Zürich wollen. Honorar nur bei Erfolg. Darf ich Ihnen die anonymisierten Profile schicken?")])
C("wanted_pitch", "poc_tool_her_slide", "en", "POC tracking startup saw her conference slide showing an Excel POC tracker",
  [("w_poc", "2024-05-27 13:00", "Hi Svenja, in your Forum talk you briefly showed your POC tracker, an Excel with 60+ columns, and joked that it's 'the real SIEM of pre-sales'. We built PocTrack for exactly that: success criteria per POC, customer-facing checklist, and Salesforce sync so the AE sees the status. Teams of 5-15 SEs are our sweet spot. Want a 20-min look? I can import your Excel structure beforehand.")])
C("wanted_pitch", "ctf_booth", "de", "CTF-Designer bezieht sich auf den Messestand und die Lockpicking-Station",
  [("w_ctf", "2024-06-03 14:00", "Hoi Svenja, ich war an eurem Stand am Forum, die Lockpicking-Station war voll, aber die Leute sind danach einfach weitergegangen, ohne mit euch zu reden. Wir bauen Mini-CTFs für Messestände (15 Minuten, Rangliste auf dem Screen, Lead-Erfassung beim Einloggen), mit Aufgaben, die zu eurem Produkt passen, z.B. 'finde den lateralen Sprung im Log'. Interesse an einer Idee für die nächste Messe?")])
C("wanted_pitch", "tech_writer_docs", "en", "freelance API writer points out that their v3 API docs still show v2 endpoints",
  [("w_docs", "2024-09-24 09:30", "Hi Svenja, I was building a small integration against the Sentinel API and noticed your public docs for v3 still show the /v2/alerts endpoint in the quickstart and the auth example uses the deprecated API key header. Your partner engineers probably hit the same thing. I'm a freelance API technical writer (ex-developer); I could fix the quickstart and write a proper 'first integration in 30 minutes' guide. Happy to send a short proposal if you can point me to the right person."),
   ("me", "2024-09-24 10:30", "Hi Hazel, thanks for spotting that, that's embarrassing. I'll forward to Jonas (PM), he owns the docs.")])

# ================================================================= junk
C("junk", "generic_leadgen", "en", "generic lead-generation pitch",
  [("j_leadgen", "2023-06-20 07:30", "Hi Svenja,\n\nWe help SaaS and tech companies add $1M+ in pipeline in 90 days with done-for-you outbound. Guaranteed meetings or you don't pay.\n\nOpen to a quick chat?\n\nTyler")])
C("junk", "off_topic_real_estate", "de", "Immobilieninvestment in Dubai ohne Bezug",
  [("j_dubai", "2023-11-28 19:00", "Grüezi Svenja, haben Sie schon über eine Investition in Dubai nachgedacht? Off-Plan-Apartments mit 8 % Rendite, steuerfrei, ab CHF 180'000. Ich sende Ihnen gerne unser Exposé.")])
C("junk", "offers_what_she_sells", "en", "competing security vendor pitches XDR to her, a security vendor's sales engineer",
  [("j_xdr", "2024-01-09 10:00", "Hi Svenja,\n\nWith ransomware attacks up 70%, is Alpenwacht Security AG protected? CyberShield360's AI-powered XDR detects and stops threats in real time across endpoints, cloud and email.\n\nCan I show you a 20-minute demo?\n\nBest,\nAaron")])
C("junk", "offers_what_she_sells", "de", "Managed-SOC-Anbieter pitcht Sicherheitsdienst an einen Security-Hersteller",
  [("j_soc", "2024-07-22 08:00", "Guten Tag Frau Hartwig, sind Sie sicher, dass Ihr Unternehmen rund um die Uhr gegen Cyberangriffe geschützt ist? Unser SOC-as-a-Service überwacht Ihre IT 24/7 ab CHF 990 pro Monat. Gerne zeige ich Ihnen unser Angebot in einem kurzen Termin.")])
C("junk", "capacity_for_clients", "de", "fragt nach Kapazitäten für neue Kunden",
  [("j_capacity", "2024-02-13 11:00", "Hallo Svenja, hast du aktuell Kapazitäten für neue Kunden? Wir bringen IT-Dienstleistern regelmässig qualifizierte Anfragen aus der Deutschschweiz. Lass uns kurz telefonieren!")])
C("junk", "like_minded_connect", "en", "let's connect as like-minded entrepreneurs",
  [("j_likeminded", "2023-08-07 05:50", "Hey Svenja! I love connecting with like-minded, growth-oriented entrepreneurs. Let's connect and support each other on this journey. Who knows what we can build together? 🚀🙌")])
C("junk", "quick_call", "de", "kurzer 15-Minuten-Call ohne Kontext",
  [("j_call", "2024-04-16 09:00", "Hallo Frau Hartwig, hätten Sie diese oder nächste Woche 15 Minuten für einen kurzen Call? Ich hätte eine Idee, die für Alpenwacht Security AG sehr spannend sein könnte. Welcher Slot passt Ihnen?")])
C("junk", "connect_then_pitch", "en", "connect-then-pitch: offshore developers after she answered the small talk",
  [("j_ctp1", "2023-07-03 10:00", "Thanks for connecting Svenja! How's summer in Zurich? I've heard the lake is beautiful this time of year."),
   ("me", "2023-07-04 18:20", "It is! Swimming after work is the best part of living here."),
   ("j_ctp1", "2023-07-05 09:00", "Sounds amazing! By the way, we help European tech companies build dedicated offshore dev teams at 60% lower cost. Would Alpenwacht be interested in scaling engineering capacity? Happy to share case studies.")])
C("junk", "connect_then_pitch", "de", "Connect-then-pitch: Finanzplaner, Pitch in Nachricht 2",
  [("j_ctp2", "2023-10-16 08:00", "Grüezi Frau Hartwig, herzlichen Dank für die Vernetzung! Ich wünsche Ihnen einen guten Start in die Woche."),
   ("j_ctp2", "2023-10-18 08:00", "Als Deutsche in der Schweiz haben Sie beim Thema Säule 3a und Pensionskasse sicher einige Fragen, gerade bei einer möglichen Rückkehr. Ich biete eine kostenlose Vorsorgeanalyse an. Wann hätten Sie 30 Minuten Zeit?")])
C("junk", "connect_then_pitch", "de", "Connect-then-pitch: Relocation-Angebot in Nachricht 3",
  [("j_ctp3", "2024-06-10 12:30", "Hallo Svenja, danke fürs Annehmen!"),
   ("j_ctp3", "2024-06-12 09:00", "Wie gefällt es dir in Zürich? Bist du schon lange hier?"),
   ("j_ctp3", "2024-06-14 09:00", "Falls dein Unternehmen internationale Fachkräfte holt: Wir übernehmen Wohnungssuche, Bewilligungen und Schulplätze, Pakete ab CHF 2'900 pro Person. Soll ich dir unsere Broschüre schicken?")])
C("junk", "follow_up_bump", "en", "data outsourcing pitch with unanswered bumps",
  [("j_bump1", "2023-09-04 08:00", "Hi Svenja, we provide data labelling and annotation services for AI/ML teams at a fraction of in-house costs. Worth exploring?"),
   ("j_bump1", "2023-09-11 08:00", "Hi Svenja, just following up on my previous message."),
   ("j_bump1", "2023-09-19 08:00", "Hi again - I'll take your silence as 'not now'. Should I reach out in Q1?")])
C("junk", "follow_up_bump", "de", "Messebau-Pitch mit Nachfassern",
  [("j_bump2", "2024-01-30 09:00", "Guten Tag Frau Hartwig, planen Sie 2024 Messeauftritte? Wir realisieren Messestände von 9 bis 200 m² inklusive Logistik und Montage. Gerne sende ich Ihnen Referenzen."),
   ("j_bump2", "2024-02-06 09:00", "Guten Tag Frau Hartwig, ich wollte kurz nachfragen, ob meine Nachricht angekommen ist."),
   ("j_bump2", "2024-02-20 09:00", "Darf ich Ihnen trotzdem unseren Katalog zusenden?")])
C("junk", "intent_data_template", "en", "intent-data template (1/5)",
  [("j_tpl1", "2023-08-22 14:00", "Hi Svenja, noticed you're a Senior Sales Engineer at Alpenwacht Security AG. Most cybersecurity vendors we work with waste 60% of their outbound on accounts that aren't in-market. Our intent data shows you which companies are actively researching XDR right now. Worth a 15-min look?")])
C("junk", "intent_data_template", "en", "intent-data template (2/5)",
  [("j_tpl2", "2023-10-03 15:30", "Hi Svenja - I noticed you're Senior Sales Engineer at Alpenwacht Security AG. Most security vendors we speak to waste over half of their outbound on accounts that aren't in-market. Our data shows which companies are researching XDR this week. Open to a quick look?")])
C("junk", "intent_data_template", "en", "intent-data template (3/5)",
  [("j_tpl3", "2024-01-17 13:10", "Hey Svenja, saw that you're a Senior Sales Engineer with Alpenwacht Security AG. The cyber vendors we partner with were wasting ~60% of outbound effort on accounts not in-market. We show you who's actively researching XDR right now. 15 min next week?")])
C("junk", "intent_data_template", "en", "intent-data template (4/5)",
  [("j_tpl4", "2024-03-05 16:45", "Hi Svenja, I noticed you're Senior Sales Engineer at Alpenwacht Security AG. Most cybersecurity companies we talk to waste 60% of outbound on out-of-market accounts. Our intent signals reveal which companies are researching XDR solutions today. Could I show you in 15 min?")])
C("junk", "intent_data_template", "de", "Intent-Data-Vorlage (5/5, deutsche Variante derselben Vorlage)",
  [("j_tpl5", "2024-05-14 10:20", "Hallo Svenja, ich habe gesehen, dass du Senior Sales Engineer bei der Alpenwacht Security AG bist. Die meisten Security-Hersteller, mit denen wir sprechen, verschwenden rund 60 % ihres Outbounds auf Accounts, die gar nicht kaufbereit sind. Unsere Intent-Daten zeigen dir, welche Firmen gerade aktiv zu XDR recherchieren. Hast du 15 Minuten?")])
C("junk", "merge_tag_failure", "en", "merge-tag failure: literal {first_name} and {company}",
  [("j_merge1", "2023-09-26 07:15", "Hi {first_name},\n\nI help teams at {company} automate their LinkedIn prospecting so reps can focus on closing. Could I send you a 2-minute video?\n\nCheers,\nAshley")])
C("junk", "merge_tag_failure", "de", "Merge-Tag-Fehler: {{Vorname}}",
  [("j_merge2", "2024-02-27 08:00", "Hallo {{Vorname}},\n\nviele Unternehmen zahlen 30 % zu viel für AWS und Azure. Wir analysieren Ihre Cloud-Kosten kostenlos und zeigen Einsparpotenziale auf. Wann passt ein kurzer Austausch?")])
C("junk", "merge_tag_failure", "en", "merge-tag failure: wrong first name",
  [("j_merge3", "2024-05-02 12:00", "Hi Sven, great to see what you're building at Alpenwacht! Is your Microsoft 365 data backed up? Most companies assume Microsoft does it - they don't. Can I show you SecureVault in 10 minutes?")])
C("junk", "merge_tag_failure", "de", "Merge-Tag-Fehler: [Firmenname] und falsche Branche",
  [("j_merge4", "2024-08-06 10:30", "Grüezi Frau Hartwig, für Ihren nächsten Anlass bei [Firmenname] bieten wir Ton, Licht und Bühnentechnik aus einer Hand. Als führender Event-Caterer in der Region freuen wir uns auf Ihre Anfrage!")])
C("junk", "sponsored_inmail", "en", "Sponsored InMail from a wealth manager",
  [("s_bank", "2023-11-14 12:00", "<p>Dear Svenja,</p><p>As a senior professional in Zurich, you deserve a wealth strategy that works as hard as you do. <b>Book a complimentary portfolio review</b> with Zurich Private Wealth Partners.</p>")],
  title="Sponsored Conversation", subject="Your complimentary portfolio review")
C("junk", "sponsored_inmail", "en", "Sponsored InMail from a cloud platform",
  [("s_cloud", "2024-04-09 12:00", "<p>Hi Svenja,</p><p>Get <b>CHF 500 in free credits</b> on Nimbus Cloud &ndash; Swiss regions now available. Start building today.</p>")],
  title="Sponsored Conversation", subject="CHF 500 free cloud credits")
C("junk", "sponsored_inmail", "de", "Sponsored InMail einer Weiterbildung",
  [("s_mba", "2024-09-03 12:00", "<p>Hallo Svenja,</p><p>Bereit für den nächsten Karriereschritt? Unser <b>Executive Master in Digital Leadership</b> startet im März in Zürich. Jetzt Infoabend buchen.</p>")],
  title="Sponsored Conversation", subject="Executive Master in Digital Leadership")
C("junk", "paid_award", "en", "paid 'women in cyber' award that requires a fee",
  [("j_award", "2024-02-06 10:00", "Dear Svenja,\n\nWe are delighted to inform you that you have been selected as a finalist for the Women in Cyber Excellence Awards DACH 2024! To secure your finalist profile and gala seat, a participation package of EUR 1,290 applies (includes trophy, media kit and social promotion).\n\nWarm regards,\nRebecca Sloane")])
C("junk", "paid_podcast_slot", "de", "Podcast-Gastauftritt gegen Gebühr",
  [("j_podcast", "2024-07-30 11:00", "Hallo Svenja, wir würden dich gerne als Expertin in unserem Podcast CyberTalk DACH featuren! Für Produktion, Schnitt und Distribution fällt eine einmalige Gebühr von EUR 790 an. Dafür bekommst du eine Folge, Social Clips und Backlink. Interesse?")])
C("junk", "fluent_named_company", "en", "fluent brand consultancy pitch naming Alpenwacht but fitting anyone",
  [("j_fluent", "2024-10-02 09:00", "Hi Svenja, I've been following Alpenwacht Security AG's journey and I'm impressed by how you've carved out a strong position in a crowded market. As you scale across DACH, a differentiated brand narrative becomes a real growth lever. At Axiom we help technology companies translate complex offerings into compelling stories for buyers and talent alike. Would you be open to a short exchange in the coming weeks?")])
C("junk", "generic_pentest", "en", "generic pentest offer (counterpart of the tailored purple-team pitch)",
  [("j_pentest", "2024-03-11 04:30", "Hello Sir/Madam, HackProof Solutions offers VAPT, web application pentest, mobile pentest and ISO 27001 consulting at very competitive prices. Please let us know your requirement so we can share a quotation.")])
C("junk", "generic_sales_training", "de", "generisches Verkaufstraining (Gegenstück zum Demo-Coach)",
  [("j_salestrain", "2024-06-05 08:00", "Hallo Svenja, mehr Abschlüsse in kürzerer Zeit? Unsere Verkaufsprofi Akademie hat schon über 5'000 Verkäufer trainiert. Jetzt Frühbucherpreis für das Intensivseminar sichern!")])
C("junk", "generic_hardware", "en", "generic hardware reseller (counterpart of the demo-lab hardware pitch)",
  [("j_hardware", "2024-07-18 03:15", "Dear Purchasing Manager, we supply servers, laptops, switches and storage from all major brands at the best prices. Refurbished and new. Send us your requirement list for a quote.")])
C("junk", "generic_translation", "de", "generische Übersetzungsagentur (Gegenstück zur Lokalisierung)",
  [("j_translate", "2024-06-20 07:00", "Sehr geehrte Damen und Herren, TransWorld bietet Übersetzungen in über 100 Sprachen: juristisch, medizinisch, technisch. Schnell, zuverlässig, günstig. Fordern Sie jetzt Ihr kostenloses Angebot an!")])
C("junk", "generic_recruiter_irrelevant", "en", "recruiter with an irrelevant junior helpdesk role",
  [("j_recruit", "2024-08-26 11:00", "Hi Svenja, I have an exciting contract role for a 1st Level IT Helpdesk Agent in Frankfurt, 6 months, immediate start. Would you be interested? Please send your CV!")])
C("junk", "generic_video", "de", "generische Filmproduktion (Gegenstück zur Motion-Designerin)",
  [("j_video", "2024-06-11 10:00", "Grüezi, wir produzieren Imagefilme, Produktvideos und Social-Media-Clips für Unternehmen jeder Grösse. Aktuell 10 % Rabatt auf alle Pakete. Darf ich Ihnen unser Showreel schicken?")])
C("junk", "generic_coworking", "en", "generic coworking offer (counterpart of the tailored Lausanne space)",
  [("j_cowork", "2024-06-03 08:00", "Hi there! Looking for flexible office space? FlexDesk has 200+ locations across Europe. Hot desks from EUR 199/month. Sign up this week and get your first month free!")])
C("junk", "generic_crm", "en", "generic CRM pitch (counterpart of the POC tracking tool)",
  [("j_crm", "2024-05-30 15:00", "Hi Svenja, is your sales team still juggling spreadsheets? SalesDeck CRM helps teams close 30% more deals. Book a demo or start your free trial today!")])
C("junk", "crypto_investment", "en", "crypto investment pitch",
  [("j_crypto", "2023-12-05 22:40", "Hello Svenja, I hope you are doing well. I would like to introduce you to a private crypto arbitrage fund with 3-5% monthly returns. Minimum investment is only $5,000. May I share more details?")])
C("junk", "off_topic_office_coffee", "de", "Kaffeemaschinen fürs Büro ohne Bezug",
  [("j_coffee", "2023-08-29 09:30", "Grüezi Frau Hartwig, guter Kaffee steigert die Motivation! Wir bieten Kaffeevollautomaten im Mietmodell inklusive Service ab CHF 89 pro Monat. Darf ich Ihnen eine Probestellung anbieten?")])
C("junk", "follow_up_bump", "en", "webinar promotion partnership with three bumps",
  [("j_bump3", "2024-09-09 08:00", "Hi Svenja, we help B2B tech companies fill their webinars with 500+ registrants from their ICP. Interested?"),
   ("j_bump3", "2024-09-12 08:00", "Hi Svenja, circling back on this."),
   ("j_bump3", "2024-09-17 08:00", "Quick bump 🙂"),
   ("j_bump3", "2024-09-24 08:00", "Closing the loop - should I reach out to your marketing team instead?")])

ex.write(
    OUT,
    profile={"First Name": "Svenja", "Last Name": "Hartwig",
             "Headline": "Senior Sales Engineer DACH @ Alpenwacht Security | XDR, Detection Engineering, live demos",
             "Summary": "German in Zurich since 2018. I help security teams in Switzerland, Germany and Austria "
                        "evaluate and roll out Alpenwacht Sentinel (endpoint and identity detection). Speaker, "
                        "occasional blogger, Unihockey on Tuesdays.",
             "Industry": "Computer and Network Security", "Zip Code": "8005",
             "Geo Location": "Zürich, Schweiz",
             "Websites": "[COMPANY:alpenwacht.ch],[OTHER:github.com/shartwig]"},
    positions=[
        {"Company Name": "Alpenwacht Security AG", "Title": "Senior Sales Engineer DACH",
         "Description": "POCs, technical workshops and live demos for enterprise and public sector customers.",
         "Location": "Zürich", "Started On": "Jul 2023", "Finished On": ""},
        {"Company Name": "Alpenwacht Security AG", "Title": "Sales Engineer",
         "Description": "", "Location": "Zürich", "Started On": "Apr 2018", "Finished On": "Jun 2023"},
        {"Company Name": "Ironbark Networks", "Title": "Systems Engineer",
         "Description": "", "Location": "München", "Started On": "Oct 2014", "Finished On": "Mar 2018"},
    ],
    skills=["Pre-Sales", "Endpoint Detection and Response", "SIEM", "Threat Hunting", "Public Speaking",
            "Proof of Concept", "German", "English"],
)
print(ex.summary())
